package org.servicewindow.prereview.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.stereotype.Component;

/**
 * Keeps uploaded files in a directory of their own outside the web root, under names the server makes
 * up (a random id and the extension of the checked kind), so a citizen's file name never reaches the disk.
 */
@Component
public class FileStore {

  private final Path root;

  FileStore(PreReviewProperties properties) {
    this.root = Path.of(properties.filesDir()).toAbsolutePath().normalize();
  }

  void write(String storedName, byte[] content) {
    try {
      Files.createDirectories(root);
      Files.write(resolve(storedName), content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public byte[] read(String storedName) {
    try {
      return Files.readAllBytes(resolve(storedName));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void delete(String storedName) {
    try {
      Files.deleteIfExists(resolve(storedName));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Path resolve(String storedName) {
    Path p = root.resolve(storedName).normalize();
    if (!p.getParent().equals(root)) {
      throw new IllegalArgumentException("outside the file store");
    }
    return p;
  }
}
