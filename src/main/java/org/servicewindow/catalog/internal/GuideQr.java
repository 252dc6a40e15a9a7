package org.servicewindow.catalog.internal;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The QR code of a guide's online page, printed on its poster in the hall's notice board (宣传栏) and on
 * the citizen's checklist. High error correction: a poster behind glass gets glare and scratches.
 */
public final class GuideQr {

  public static final int PIXELS = 600;

  private GuideQr() {}

  public static byte[] png(String url) {
    try {
      var matrix = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, PIXELS, PIXELS,
          Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.H, EncodeHintType.MARGIN, 2));
      var png = new ByteArrayOutputStream();
      MatrixToImageWriter.writeToStream(matrix, "PNG", png);
      return png.toByteArray();
    } catch (WriterException e) {
      throw new IllegalArgumentException("address too long for a QR code", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
