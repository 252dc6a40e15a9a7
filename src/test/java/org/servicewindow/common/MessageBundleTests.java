package org.servicewindow.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Both languages are complete, and every text a template names exists. */
class MessageBundleTests {

  static final Path BUNDLES = Path.of("src/main/resources/i18n");
  static final Path TEMPLATES = Path.of("src/main/resources/templates");

  @Test
  void everyChineseKeyHasAnEnglishTextAndViceVersa() throws IOException {
    try (Stream<Path> files = Files.list(BUNDLES)) {
      for (Path zh : files.filter(p -> !p.getFileName().toString().contains("_")).toList()) {
        Path en = zh.resolveSibling(zh.getFileName().toString().replace(".properties", "_en.properties"));
        assertThat(en).as("English bundle of %s", zh).exists();
        Properties zhTexts = load(zh);
        Properties enTexts = load(en);
        assertThat(new TreeSet<>(enTexts.stringPropertyNames()))
            .as("keys of %s and %s", zh.getFileName(), en.getFileName())
            .isEqualTo(new TreeSet<>(zhTexts.stringPropertyNames()));
        zhTexts.forEach((k, v) -> assertThat(v.toString()).as("zh text of %s", k).isNotBlank());
        enTexts.forEach((k, v) -> assertThat(v.toString()).as("en text of %s", k).isNotBlank());
      }
    }
  }

  @Test
  void noKeyIsDefinedInTwoBundles() throws IOException {
    Set<String> seen = new HashSet<>();
    try (Stream<Path> files = Files.list(BUNDLES)) {
      for (Path zh : files.filter(p -> !p.getFileName().toString().contains("_")).sorted().toList()) {
        for (String key : load(zh).stringPropertyNames()) {
          assertThat(seen.add(key)).as("key %s defined again in %s", key, zh.getFileName()).isTrue();
        }
      }
    }
  }

  @Test
  void everyLiteralMessageKeyInTheTemplatesExists() throws IOException {
    Set<String> keys = allKeys();
    Pattern literal = Pattern.compile("#\\{([A-Za-z0-9_.]+)(\\(|})");
    try (Stream<Path> templates = Files.walk(TEMPLATES)) {
      for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
        Matcher m = literal.matcher(Files.readString(template));
        while (m.find()) {
          assertThat(keys).as("message key used in %s", TEMPLATES.relativize(template)).contains(m.group(1));
        }
      }
    }
  }

  static Set<String> allKeys() throws IOException {
    Set<String> keys = new HashSet<>();
    try (Stream<Path> files = Files.list(BUNDLES)) {
      for (Path p : files.filter(f -> !f.getFileName().toString().contains("_")).toList()) {
        keys.addAll(load(p).stringPropertyNames());
      }
    }
    return keys;
  }

  static Properties load(Path file) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = Files.newInputStream(file)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
