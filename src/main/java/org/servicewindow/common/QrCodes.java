package org.servicewindow.common;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * QR codes (PNG) for links printed or shown to citizens and staff: notices, desk cards and badges, session sign-in.
 * Medium error correction survives a scuffed badge; a poster behind glass wants more (catalog's {@code GuideQr}).
 */
public final class QrCodes {

  private QrCodes() {}

  /** A square PNG of about {@code size} pixels. */
  public static byte[] png(String text, int size) {
    try {
      BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, size, size, Map.of(
          EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
          EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name(),
          EncodeHintType.MARGIN, 1));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      MatrixToImageWriter.writeToStream(matrix, "PNG", out);
      return out.toByteArray();
    } catch (WriterException e) {
      throw new IllegalArgumentException("text cannot be encoded as a QR code", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The same PNG inlined as a data URI (the content security policy allows {@code data:} images). */
  public static String dataUri(String text, int size) {
    return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(text, size));
  }
}
