"""The font cache rebuilds every table of ReportLab's parse exactly (packed arrays on disk)."""
from __future__ import annotations

from pathlib import Path

import pytest


def test_a_cached_face_has_the_tables_of_a_fresh_parse():
    from reportlab.pdfbase.ttfonts import TTFont

    from services.reports import fontcache
    from services.reports.fonts import search_dirs

    path = next((d / name for name in ("uming.ttc", "wqy-microhei.ttc", "wqy-zenhei.ttc") for d in search_dirs()
                 if (d / name).is_file()), None)
    if path is None:
        pytest.skip("no CJK TrueType font installed")
    fontcache.load("FT-a", Path(path))  # parses and writes the cache
    assert len(list(fontcache.cache_dir().glob("*.pickle"))) == 1
    cached = fontcache.load("FT-b", Path(path))
    plain = TTFont("FT-c", str(path)).face
    face = cached.face
    assert "_glyphToChar" not in vars(face)  # rebuilt only when read
    for table in ("charToGlyph", "charWidths", "hmetrics", "glyphPos", "glyphToChar"):
        assert getattr(face, table) == getattr(plain, table), table
    assert list(face.charToGlyph) == list(plain.charToGlyph)  # the same order too
    assert list(face.glyphToChar.items())[:50] == list(plain.glyphToChar.items())[:50]
    assert face.defaultWidth == plain.defaultWidth and face.unitsPerEm == plain.unitsPerEm
    text = "绩效评价，资金到位率 99.70%（ABC）"
    assert face.makeSubset([ord(c) for c in text]) == plain.makeSubset([ord(c) for c in text])
    assert cached.stringWidth(text, 10.5) == TTFont("FT-d", str(path)).stringWidth(text, 10.5)
