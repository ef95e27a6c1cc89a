"""ReportLab's TrueType parse, cached on disk: parsing a CJK font's tables takes 0.1–0.2 s per file
on every run; the parsed face (metrics, cmap, table directory) is stored once in the user's data
folder, keyed by the font's path, subfont index, size, modification time and the ReportLab version.

The large tables of a CJK font (cmap, widths, metrics and glyph offsets: tens of thousands of
entries each) are stored as packed arrays and rebuilt with a few C-level calls, several times faster
than unpickling them entry by entry; the glyph → characters table, which only text shaping reads,
is rebuilt when it is first read.

Subsetting needs the font file's bytes: on Linux and macOS the file is mapped read-only, on Windows
read whole (``_font_bytes``). Any
problem with the cache (unreadable, from another version, a font that changed) falls back to a
plain parse, and the cache is rewritten.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from array import array
from pathlib import Path

#: attributes of the parsed face that are rebuilt rather than stored
_SKIP = ("_ttf_data", "_pdfScale")
#: the large tables, stored as packed arrays
_TABLES = ("charToGlyph", "charWidths", "glyphToChar", "hmetrics", "glyphPos")


def cache_dir() -> Path:
    from models.paths import data_dir

    return data_dir() / "cache" / "fonts"


def _key(path: Path, index: int) -> str:
    import reportlab

    st = path.stat()
    raw = f"{path.resolve()}|{index}|{st.st_size}|{st.st_mtime_ns}|{reportlab.Version}|2"
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()


def _scale(units_per_em: int):
    if units_per_em == 1000:
        return lambda x: x
    mult = 1000 / units_per_em
    return lambda x: x * mult


def _packed(face_state: dict) -> dict:
    """The face's state to store: its large tables as packed arrays (``_unpacked`` rebuilds them)."""
    out = {k: v for k, v in face_state.items() if k not in _TABLES}
    c2g, widths, g2c = face_state["charToGlyph"], face_state["charWidths"], face_state["glyphToChar"]
    hmetrics = face_state["hmetrics"]
    out["_packed"] = {
        "c2g": (array("L", c2g.keys()).tobytes(), array("L", c2g.values()).tobytes()),
        "widths": (array("L", widths.keys()).tobytes(), array("d", widths.values()).tobytes()),
        "g2c": (array("L", g2c.keys()).tobytes(), array("L", map(len, g2c.values())).tobytes(),
                array("L", (c for chars in g2c.values() for c in chars)).tobytes()),
        "hmetrics": (array("d", (aw for aw, _ in hmetrics)).tobytes(), array("l", (lsb for _, lsb in hmetrics)).tobytes()),
        "glyphPos": array("Q", face_state["glyphPos"]).tobytes(),
    }
    return out


def _arr(code: str, raw: bytes) -> array:
    a = array(code)
    a.frombytes(raw)
    return a


def _unpacked(state: dict) -> dict:
    """The stored state with the large tables rebuilt as ReportLab builds them (dicts and lists)."""
    state = dict(state)
    packed = state.pop("_packed")
    state["charToGlyph"] = dict(zip(_arr("L", packed["c2g"][0]), _arr("L", packed["c2g"][1])))
    state["charWidths"] = dict(zip(_arr("L", packed["widths"][0]), _arr("d", packed["widths"][1])))
    # hmetrics: ReportLab reads only int(advance) and int(lsb) of it, when it subsets the font
    state["hmetrics"] = list(zip(_arr("d", packed["hmetrics"][0]), _arr("l", packed["hmetrics"][1])))
    state["glyphPos"] = _arr("Q", packed["glyphPos"]).tolist()
    state["_g2c_packed"] = packed["g2c"]
    return state


def _font_bytes(path: Path):
    """The font file's bytes for subsetting. A CJK font is 5–20 MB of which a document embeds a few
    hundred glyphs: on Linux and macOS the file is mapped read-only (the pages are read when a glyph
    is copied; a font file replaced meanwhile leaves the mapping on the old file); on Windows, where a
    mapped file cannot be replaced or uninstalled while the program runs, it is read whole."""
    if sys.platform.startswith("win"):
        return path.read_bytes()
    import mmap

    with open(path, "rb") as f:
        try:
            return mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
        except (OSError, ValueError):  # an empty or unmappable file: read it as it is
            return f.read()


def _face_class():
    """ReportLab's TTFontFace whose glyph → characters table (read by text shaping only) is rebuilt
    from the cache on first use."""
    global _Face
    if _Face is None:
        from reportlab.pdfbase import ttfonts

        class Face(ttfonts.TTFontFace):
            @property
            def glyphToChar(self):
                table = self.__dict__.get("_glyphToChar")
                if table is None:
                    glyphs, counts, chars = (_arr("L", raw) for raw in self.__dict__.pop("_g2c_packed"))
                    table, i = {}, 0
                    for glyph, n in zip(glyphs, counts):
                        table[glyph] = chars[i:i + n].tolist()
                        i += n
                    self.__dict__["_glyphToChar"] = table
                return table

            @glyphToChar.setter
            def glyphToChar(self, table):
                self.__dict__.pop("_g2c_packed", None)
                self.__dict__["_glyphToChar"] = table

        _Face = Face
    return _Face


_Face = None


def _from_face(name: str, state: dict, path: Path):
    from weakref import WeakKeyDictionary

    from reportlab import rl_config
    from reportlab.pdfbase import ttfonts

    face_class = _face_class()
    face = face_class.__new__(face_class)
    face.__dict__.update(_unpacked(state))
    face._ttf_data = _font_bytes(path)
    face._pdfScale = _scale(face.unitsPerEm)
    font = ttfonts.TTFont.__new__(ttfonts.TTFont)
    font.fontName = name
    font.face = face
    font.encoding = ttfonts.TTEncoding()
    font.state = WeakKeyDictionary()
    font._asciiReadable = rl_config.ttfAsciiReadable
    from fnmatch import fnmatch

    font.shapable = not any(fnmatch(name, g) for g in getattr(ttfonts, "unShapedFontGlob", ()))
    return font


def load(name: str, path: Path, index: int = 0):
    """A ReportLab TTFont named ``name`` for ``path`` (subfont ``index``), from the cache when it can."""
    from reportlab.pdfbase.ttfonts import TTFont

    try:
        cached: Path | None = cache_dir() / f"{_key(path, index)}.pickle"
    except OSError:
        cached = None
    if cached is not None and cached.is_file():
        try:
            with cached.open("rb") as f:
                state = pickle.load(f)
            return _from_face(name, state, path)
        except Exception:  # noqa: BLE001 - a damaged or foreign cache is only a slower start (rewritten below)
            pass
    font = TTFont(name, str(path), subfontIndex=index)
    if cached is not None:
        try:
            cached.parent.mkdir(parents=True, exist_ok=True)
            state = _packed({k: v for k, v in vars(font.face).items() if k not in _SKIP})
            fd, tmp = tempfile.mkstemp(dir=cached.parent, suffix=".part")
            with os.fdopen(fd, "wb") as f:
                pickle.dump(state, f, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, cached)
        except (OSError, pickle.PicklingError, TypeError, AttributeError, KeyError, OverflowError):
            pass
    return font
