package org.servicewindow.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.servicewindow.catalog.internal.CatalogFile;
import org.servicewindow.catalog.internal.FileUpload;
import org.servicewindow.common.BusinessRuleException;

/** Blank forms and samples are judged by their bytes and size, never by what the browser claims. */
class FileUploadTests {

  static final Instant NOW = Instant.parse("2026-05-11T01:00:00Z");

  @Test
  void aPdfIsAcceptedWithItsHashAndAPathlessName() {
    byte[] pdf = "%PDF-1.4\n...".getBytes(StandardCharsets.US_ASCII);

    CatalogFile file = FileUpload.accept(UUID.randomUUID(), "X-1", "C:\\Users\\张三\\申请书.pdf", pdf, "li", NOW);

    assertThat(file.contentType()).isEqualTo("application/pdf");
    assertThat(file.fileName()).isEqualTo("申请书.pdf");
    assertThat(file.sha256()).hasSize(64);
    assertThat(file.inline()).isTrue();
  }

  @Test
  void anOfficeDocumentNeedsItsContainerAndItsName() {
    byte[] zip = {'P', 'K', 3, 4, 0, 0, 0, 0};

    assertThat(FileUpload.accept(UUID.randomUUID(), "X-1", "表.docx", zip, "li", NOW).inline()).isFalse();
    assertThatThrownBy(() -> FileUpload.accept(UUID.randomUUID(), "X-1", "表.zip", zip, "li", NOW))
        .isInstanceOf(BusinessRuleException.class).hasMessage("catalog.file.type");
  }

  @Test
  void aWebPageCalledPdfIsRefused() {
    byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> FileUpload.accept(UUID.randomUUID(), "X-1", "form.pdf", html, "li", NOW))
        .isInstanceOf(BusinessRuleException.class).hasMessage("catalog.file.type");
  }

  @Test
  void emptyAndOversizedFilesAreRefused() {
    assertThatThrownBy(() -> FileUpload.accept(UUID.randomUUID(), "X-1", "a.pdf", new byte[0], "li", NOW))
        .hasMessage("catalog.file.empty");
    byte[] big = new byte[FileUpload.MAX_BYTES + 1];
    big[0] = '%';
    assertThatThrownBy(() -> FileUpload.accept(UUID.randomUUID(), "X-1", "a.pdf", big, "li", NOW))
        .hasMessage("catalog.file.tooLarge");
  }
}
