package org.servicewindow.enforcement.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The files of case records (photos, audio, video, scans), kept on disk outside the web root under a
 * configurable directory. Files are streamed through a SHA-256 digest while written, never held in memory,
 * and named by a random key so no upload can choose where it lands.
 */
@Component
public class CaseFiles {

  /** A file as stored: its key, size and SHA-256. */
  public record StoredFile(String key, long size, String sha256) {}

  private final Path root;

  CaseFiles(EnforcementProperties properties) {
    this.root = Path.of(properties.filesDir()).toAbsolutePath().normalize();
  }

  public StoredFile store(InputStream in) {
    try {
      Files.createDirectories(root);
      String key = UUID.randomUUID().toString();
      Path temp = root.resolve(key + ".part");
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      long size;
      try (InputStream digesting = new DigestInputStream(in, digest);
          OutputStream out = Files.newOutputStream(temp)) {
        size = digesting.transferTo(out);
      }
      Path stored = path(key);
      Files.move(temp, stored, StandardCopyOption.ATOMIC_MOVE);
      removeUnlessCommitted(stored);
      return new StoredFile(key, size, HexFormat.of().formatHex(digest.digest()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A file whose record entry is rolled back (a refused upload, a failed append) is not kept. */
  private static void removeUnlessCommitted(Path stored) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCompletion(int status) {
        if (status != STATUS_COMMITTED) {
          try {
            Files.deleteIfExists(stored);
          } catch (IOException e) {
            // an unreferenced file is harmless; the next cleanup may remove it
          }
        }
      }
    });
  }

  /** The stored file of a key (which is always a UUID, so it cannot point outside the directory). */
  public Path path(String key) {
    return root.resolve(UUID.fromString(key).toString());
  }

  /** Size and SHA-256 of a stored file as it is on disk now, streamed; null when it is gone. */
  public StoredFile measure(String key) {
    Path file = path(key);
    if (!Files.isRegularFile(file)) {
      return null;
    }
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      long size = new DigestInputStream(in, digest).transferTo(OutputStream.nullOutputStream());
      return new StoredFile(key, size, HexFormat.of().formatHex(digest.digest()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
