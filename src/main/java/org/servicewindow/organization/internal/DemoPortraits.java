package org.servicewindow.organization.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.Random;

/**
 * Portraits for the demo city's staff: a drawn head-and-shoulders figure in office dress on a studio
 * background, varied by a seed. No real person, no text (so no font is needed on a bare server).
 */
final class DemoPortraits {

  private static final Color[] BACKGROUNDS = {
      new Color(0x2f6fbf), new Color(0x3d7cc9), new Color(0x5b8fc7), new Color(0x4a6fa5), new Color(0x6f93b8)};
  private static final Color[] SKIN = {
      new Color(0xf1c9a5), new Color(0xe8b98f), new Color(0xf3d2b3), new Color(0xdca77f), new Color(0xeec3a0)};
  private static final Color[] HAIR = {new Color(0x1b1b1f), new Color(0x2b2220), new Color(0x3a2a22), new Color(0x151518)};
  private static final Color[] JACKETS = {
      new Color(0x1f2a44), new Color(0x26324f), new Color(0x2e2e33), new Color(0x1d3557), new Color(0x3b3f46)};

  private DemoPortraits() {}

  static byte[] png(long seed, boolean longHair) {
    Random random = new Random(seed);
    int w = 300;
    int h = 400;
    BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      Color background = pick(BACKGROUNDS, random);
      g.setPaint(new GradientPaint(0, 0, background.brighter(), 0, h, background.darker()));
      g.fillRect(0, 0, w, h);

      Color skin = pick(SKIN, random);
      Color hair = pick(HAIR, random);
      Color jacket = pick(JACKETS, random);
      double headW = 118 + random.nextInt(14);
      double headH = headW * 1.22;
      double cx = w / 2.0;
      double headTop = 92 + random.nextInt(10);

      if (longHair) {
        g.setColor(hair);
        g.fill(new RoundRectangle2D.Double(cx - headW * 0.62, headTop - 6, headW * 1.24, headH * 1.18, 90, 90));
      }
      // shoulders and jacket
      Path2D body = new Path2D.Double();
      body.moveTo(20, h);
      body.curveTo(28, 330, 70, 300, cx - 46, 292);
      body.lineTo(cx + 46, 292);
      body.curveTo(w - 70, 300, w - 28, 330, w - 20, h);
      body.closePath();
      g.setColor(jacket);
      g.fill(body);
      // shirt and collar
      Path2D shirt = new Path2D.Double();
      shirt.moveTo(cx - 40, 292);
      shirt.lineTo(cx + 40, 292);
      shirt.lineTo(cx, 372);
      shirt.closePath();
      g.setColor(new Color(0xf7f9fc));
      g.fill(shirt);
      if (!longHair) {
        Path2D tie = new Path2D.Double();
        tie.moveTo(cx - 9, 300);
        tie.lineTo(cx + 9, 300);
        tie.lineTo(cx + 13, 360);
        tie.lineTo(cx, 374);
        tie.lineTo(cx - 13, 360);
        tie.closePath();
        g.setColor(new Color(0x9b1c1c));
        g.fill(tie);
      }
      // neck
      g.setColor(skin.darker());
      g.fill(new RoundRectangle2D.Double(cx - 24, headTop + headH - 30, 48, 60, 20, 20));
      // head
      g.setColor(skin);
      g.fill(new Ellipse2D.Double(cx - headW / 2, headTop, headW, headH));
      // ears
      g.fill(new Ellipse2D.Double(cx - headW / 2 - 9, headTop + headH * 0.42, 20, 30));
      g.fill(new Ellipse2D.Double(cx + headW / 2 - 11, headTop + headH * 0.42, 20, 30));
      // hair on top
      g.setColor(hair);
      Path2D top = new Path2D.Double();
      top.moveTo(cx - headW / 2 - 2, headTop + headH * 0.42);
      top.curveTo(cx - headW / 2 - 8, headTop - 22, cx + headW / 2 + 8, headTop - 22, cx + headW / 2 + 2,
          headTop + headH * 0.42);
      top.curveTo(cx + headW * 0.3, headTop + headH * 0.16, cx - headW * 0.1, headTop + headH * 0.26,
          cx - headW / 2 - 2, headTop + headH * 0.42);
      g.fill(top);
      // a quiet face: eyes and a slight smile
      g.setColor(new Color(0x2a2a2a));
      double eyeY = headTop + headH * 0.5;
      g.fill(new Ellipse2D.Double(cx - headW * 0.22 - 5, eyeY, 10, 8));
      g.fill(new Ellipse2D.Double(cx + headW * 0.22 - 5, eyeY, 10, 8));
      g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      g.setColor(new Color(0xa0523d));
      g.draw(new java.awt.geom.Arc2D.Double(cx - 16, headTop + headH * 0.66, 32, 16, 200, 140,
          java.awt.geom.Arc2D.OPEN));
    } finally {
      g.dispose();
    }
    return PhotoUpload.encode(image, "png");
  }

  private static Color pick(Color[] colours, Random random) {
    return colours[random.nextInt(colours.length)];
  }
}
