"""CJK fonts for printed documents: find the system's TrueType fonts, register them with ReportLab.

Four roles, as Chinese official documents use them (GB/T 9704): 宋体 (tables, plain text, the
title in bold where no 小标宋 exists), 黑体 (level-1 headings), 楷体 (level-2 headings), 仿宋 (report
body). On Windows these are SimSun/SimHei/SimKai/SimFang; on Linux the open TrueType fonts that
``scripts/setup.sh`` installs: AR PL UMing (宋, 仿宋), AR PL UKai (楷), WenQuanYi (黑). Each role is mapped to the best TrueType font found on this machine (embedded
as a subset, so the PDF prints anywhere); with none found, ReportLab's built-in CID font
STSong-Light is used (not embedded: the reader's viewer must supply a Chinese font).

A font chosen by the evaluator (``Evaluation.settings["report_font"]`` or an export option: a
path, optionally ``"path#index"`` for a TTC collection) wins over discovery for every role.
"""
from __future__ import annotations

import os
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

_WIN = Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"
_MAC = [Path("/System/Library/Fonts"), Path("/System/Library/Fonts/Supplemental"), Path("/Library/Fonts")]
_LINUX = [Path("/usr/share/fonts/truetype/wqy"), Path("/usr/share/fonts/wqy"),
          Path("/usr/share/fonts/truetype/droid"), Path("/usr/share/fonts/truetype/arphic"),
          Path("/usr/share/fonts/wenquanyi"), Path.home() / ".fonts", Path.home() / ".local/share/fonts"]

# (file name, subfont index, family name as a word processor knows it)
_CANDIDATES: dict[str, list[tuple[str, int, str]]] = {
    "song": [("simsun.ttc", 0, "宋体"), ("simsun.ttf", 0, "宋体"), ("Songti.ttc", 0, "Songti SC"),
             ("STSong.ttf", 0, "STSong"), ("uming.ttc", 0, "AR PL UMing CN"), ("msyh.ttc", 0, "微软雅黑"),
             ("msyh.ttf", 0, "微软雅黑"), ("PingFang.ttc", 0, "PingFang SC"), ("wqy-microhei.ttc", 0, "WenQuanYi Micro Hei"),
             ("wqy-zenhei.ttc", 0, "WenQuanYi Zen Hei"), ("DroidSansFallbackFull.ttf", 0, "Droid Sans Fallback"),
             ("DroidSansFallback.ttf", 0, "Droid Sans Fallback")],
    "hei": [("simhei.ttf", 0, "黑体"), ("msyh.ttc", 0, "微软雅黑"), ("msyh.ttf", 0, "微软雅黑"),
            ("STHeiti Medium.ttc", 0, "Heiti SC"), ("PingFang.ttc", 0, "PingFang SC"),
            ("wqy-zenhei.ttc", 0, "WenQuanYi Zen Hei"), ("wqy-microhei.ttc", 0, "WenQuanYi Micro Hei"),
            ("DroidSansFallbackFull.ttf", 0, "Droid Sans Fallback"), ("DroidSansFallback.ttf", 0, "Droid Sans Fallback")],
    "fang": [("simfang.ttf", 0, "仿宋"), ("STFangsong.ttf", 0, "STFangsong"), ("Songti.ttc", 0, "Songti SC"),
             ("simsun.ttc", 0, "宋体"), ("uming.ttc", 0, "AR PL UMing CN"), ("wqy-microhei.ttc", 0, "WenQuanYi Micro Hei"),
             ("wqy-zenhei.ttc", 0, "WenQuanYi Zen Hei"), ("DroidSansFallbackFull.ttf", 0, "Droid Sans Fallback")],
    "kai": [("simkai.ttf", 0, "楷体"), ("STKaiti.ttf", 0, "STKaiti"), ("Kaiti.ttc", 0, "Kaiti SC"),
            ("ukai.ttc", 0, "AR PL UKai CN"), ("simfang.ttf", 0, "仿宋"), ("uming.ttc", 0, "AR PL UMing CN"),
            ("wqy-microhei.ttc", 0, "WenQuanYi Micro Hei"), ("wqy-zenhei.ttc", 0, "WenQuanYi Zen Hei"),
            ("DroidSansFallbackFull.ttf", 0, "Droid Sans Fallback")],
}
ROLES = ("song", "hei", "fang", "kai")
#: the names Word shows (w:eastAsia) for each role, whatever file the PDF embedded
WORD_NAMES = {"song": "宋体", "hei": "黑体", "fang": "仿宋", "kai": "楷体"}
FALLBACK_CID = "STSong-Light"


@dataclass(frozen=True)
class FontChoice:
    role: str
    pdf_name: str  # the name registered with ReportLab
    path: Path | None  # None for the built-in CID font
    index: int
    family: str
    embedded: bool


@dataclass(frozen=True)
class FontSet:
    song: FontChoice
    hei: FontChoice
    fang: FontChoice
    kai: FontChoice

    @property
    def any_file(self) -> Path | None:
        """A TrueType file for matplotlib (charts), or None when only the CID fallback exists."""
        for c in (self.song, self.hei, self.fang, self.kai):
            if c.path is not None:
                return c.path
        return None

    def describe(self) -> str:
        return "；".join(f"{WORD_NAMES[c.role]} → {c.family}{'' if c.embedded else '（内置字体，未嵌入）'}"
                         for c in (self.song, self.hei, self.fang, self.kai))


_lock = threading.Lock()
_cache: dict[tuple, FontSet] = {}
_registered: dict[tuple[str, int], str] = {}
_patched = False


def search_dirs() -> list[Path]:
    if sys.platform.startswith("win"):
        local = Path(os.environ.get("LOCALAPPDATA", "")) / "Microsoft/Windows/Fonts"
        return [_WIN, local]
    if sys.platform == "darwin":
        return _MAC + [Path.home() / "Library/Fonts"]
    return _LINUX + [Path("/usr/share/fonts/truetype"), Path("/usr/share/fonts")]


def _find(name: str, dirs: list[Path]) -> Path | None:
    for d in dirs:
        p = d / name
        if p.is_file():
            return p
    return None


def _parse_choice(value: str) -> tuple[Path, int]:
    text = str(value).strip()
    index = 0
    if "#" in text:
        text, _, idx = text.rpartition("#")
        index = int(idx) if idx.isdigit() else 0
    return Path(text).expanduser(), index


def _register_ttf(path: Path, index: int) -> str | None:
    """Register one TrueType file (once per process); None when ReportLab cannot embed it."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFError

    key = (str(path), index)
    if key in _registered:
        return _registered[key]
    name = f"FE{len(_registered) + 1}-{path.stem[:20]}-{index}".replace(" ", "")
    try:
        from services.reports import fontcache

        pdfmetrics.registerFont(fontcache.load(name, path, index))
    except (TTFError, OSError, ValueError, KeyError, IndexError):
        return None  # e.g. OpenType/CFF outlines (Noto Sans CJK): ReportLab embeds TrueType only
    _registered[key] = name
    return name


def _cid() -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    if FALLBACK_CID not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(FALLBACK_CID))
    return FALLBACK_CID


def _choose(role: str, preferred: str | None, dirs: list[Path]) -> FontChoice:
    if preferred:
        path, index = _parse_choice(preferred)
        if path.is_file():
            name = _register_ttf(path, index)
            if name:
                return FontChoice(role, name, path, index, path.stem, True)
    for file_name, index, family in _CANDIDATES[role]:
        path = _find(file_name, dirs)
        if path is None:
            continue
        name = _register_ttf(path, index)
        if name:
            return FontChoice(role, name, path, index, family, True)
    return FontChoice(role, _cid(), None, 0, FALLBACK_CID, False)


def patch_line_breaking() -> None:
    """Extend ReportLab's CJK cannot-start/cannot-end sets (both modules keep their own copy) and
    cache its per-character width look-ups."""
    global _patched
    if _patched:
        return
    from reportlab.lib import textsplit

    from services.reports import linebreak

    linebreak.install()  # 禁则 in every paragraph and cell (ReportLab's own checks one character)
    # ReportLab measures CJK text one character at a time ("the performance is going to SUCK", says
    # its own comment): remember each character's width per font and size.
    widths: dict[tuple[str, float], dict[str, float]] = {}
    string_width = textsplit.stringWidth

    def char_widths(word, font_name, font_size):
        table = widths.get((font_name, font_size))
        if table is None:
            table = widths[(font_name, font_size)] = {}
        out = []
        for ch in word:
            w = table.get(ch)
            if w is None:
                w = table[ch] = string_width(ch, font_name, font_size)
            out.append(w)
        return out

    textsplit.getCharWidths = char_widths
    # binary streams (zlib only) instead of ASCII85 on top: smaller files, less work
    from reportlab import rl_config

    rl_config.useA85 = 0
    _patched = True


def get_fonts(preferred: str | None = None, dirs: list[Path] | None = None,
              roles: dict[str, str] | None = None, need: tuple[str, ...] = ROLES) -> FontSet:
    """The font for each role; ``preferred`` (a file path, "path#index" for a TTC) wins for every
    role, then ``roles`` (role → file, the evaluator's per-role choice in services/settings.py),
    then the evaluator's own report font, then discovery."""
    if not preferred or roles is None:
        from services.settings import load as load_settings

        user = load_settings()
        if not preferred:
            preferred = getattr(user, "report_font", "") or None
        if roles is None:
            roles = {r: getattr(user, f"font_{r}", "") for r in ROLES}
    roles = {r: v for r, v in (roles or {}).items() if v}
    need = tuple(r for r in ROLES if r in need) or ("song",)
    key = (preferred or "", tuple(sorted(roles.items())), tuple(str(d) for d in dirs) if dirs else None, need)
    with _lock:
        patch_line_breaking()
        if key not in _cache:
            search = dirs if dirs is not None else search_dirs()
            chosen = {r: _choose(r, preferred or roles.get(r), search) for r in need}
            # a role the document does not use is not loaded (each CJK font costs a file read and
            # a parse): it stands in with a loaded one
            first = chosen[need[0]]
            _cache[key] = FontSet(*(chosen.get(r) or FontChoice(r, first.pdf_name, first.path, first.index, first.family,
                                                               first.embedded) for r in ROLES))
        return _cache[key]
