#!/usr/bin/env python3
"""Builds src/main/resources/fonts/NotoSansSC-GB2312.ttf, the CJK font the dashboard's PDF report embeds.

Source: Noto Sans CJK SC Regular (SIL Open Font License 1.1) from Debian's fonts-noto-cjk
(/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc, face 2 = SC). Kept: ASCII, Latin-1, general
punctuation, CJK symbols and full-width forms, and every character of GB 2312 (6,763 hanzi + symbols).
The CFF outlines are converted to TrueType (quadratic) outlines, because PDFBox embeds TrueType fonts.

Needs Debian's `fonttools` (apt-get install fonttools). Run: python3 tools/cjk-font-subset.py
"""
import os
import sys
from fontTools import subset
from fontTools.ttLib import TTFont, newTable
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen

SOURCE = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
TARGET = os.path.join(os.path.dirname(__file__), "..", "src/main/resources/fonts/NotoSansSC-GB2312.ttf")


def gb2312():
    chars = set()
    for hi in range(0xA1, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                chars.add(bytes([hi, lo]).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return chars


def to_truetype(font):
    order = font.getGlyphOrder()
    glyphs = font.getGlyphSet()
    font["loca"] = newTable("loca")
    glyf = font["glyf"] = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyphs)
        glyphs[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyf[name] = pen.glyph()
    for name in order:
        glyf[name].recalcBounds(glyf)
    del font["CFF "]
    for table in ("VORG",):
        if table in font:
            del font[table]
    maxp = font["maxp"] = newTable("maxp")
    maxp.tableVersion = 0x00010000
    maxp.numGlyphs = len(order)
    for attr in ("maxZones",):
        setattr(maxp, attr, 1)
    for attr in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs", "maxStackElements",
                 "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, attr, 0)
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = order
    font.sfntVersion = "\000\001\000\000"
    font.recalcBBoxes = True


def main():
    text = "".join(chr(c) for c in range(0x20, 0x7F)) + "".join(chr(c) for c in range(0xA0, 0x100))
    text += "".join(chr(c) for c in range(0x2000, 0x206F)) + "".join(chr(c) for c in range(0x3000, 0x303F))
    text += "".join(chr(c) for c in range(0xFF00, 0xFFEF)) + "".join(sorted(gb2312()))
    options = subset.Options()
    options.font_number = 2
    options.layout_features = []
    options.hinting = False
    options.name_IDs = ["*"]
    options.notdef_outline = True
    font = subset.load_font(SOURCE, options)
    sub = subset.Subsetter(options)
    sub.populate(text=text)
    sub.subset(font)
    to_truetype(font)
    font.save(TARGET)
    print(TARGET, os.path.getsize(TARGET), "bytes")


if __name__ == "__main__":
    sys.exit(main())
