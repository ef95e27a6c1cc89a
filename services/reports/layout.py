"""Shared PDF layout: page setup, paragraph styles on the CJK fonts, page numbers, atomic writes."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A3, A4, landscape, portrait
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from models.messages import said
from services.reports.errors import ReportError
from services.reports.fonts import FontSet, get_fonts

GRID = colors.black
HEADER_BG = colors.HexColor("#E8E8E8")
MARK = "※"  # flags an overridden score


def escape(text: str) -> str:
    """``text`` for a Paragraph's markup: &, < and > as entities (what ``xml.sax.saxutils.escape``
    does; that module imports urllib.request, http.client and ssl, a tenth of a cold print's imports)."""
    return text.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")


@dataclass(frozen=True)
class PageSetup:
    size: str = "A4"  # A4 | A3
    orientation: str = "landscape"  # landscape | portrait

    @property
    def pagesize(self) -> tuple[float, float]:
        base = A3 if self.size.upper() == "A3" else A4
        return landscape(base) if self.orientation == "landscape" else portrait(base)

    @classmethod
    def from_options(cls, options: dict[str, Any] | None, default_orientation: str) -> PageSetup:
        o = options or {}
        size = str(o.get("page_size") or "A4").upper()
        if size not in ("A4", "A3"):
            raise ReportError(said("纸张只能是 A4 或 A3，不能是“{size}”", size=size))
        orient = str(o.get("orientation") or default_orientation)
        if orient not in ("landscape", "portrait"):
            raise ReportError(said("方向只能是 横向（landscape）或 纵向（portrait）"))
        return cls(size, orient)


MARGINS = {"top": 18 * mm, "bottom": 16 * mm, "left": 15 * mm, "right": 15 * mm}


class Styles:
    """Paragraph styles built on the chosen fonts; sizes in points."""

    def __init__(self, fonts: FontSet, table_size: float = 8.0):
        self.fonts = fonts
        song, hei, fang = fonts.song.pdf_name, fonts.hei.pdf_name, fonts.fang.pdf_name
        kai = fonts.kai.pdf_name
        ts = table_size
        lead = ts * 1.3

        def st(name, font, size, leading, align=TA_LEFT, **kw):
            return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading, alignment=align,
                                  wordWrap="CJK", **kw)

        self.cell = st("cell", song, ts, lead)
        self.cell_c = st("cell_c", song, ts, lead, TA_CENTER)
        self.cell_r = st("cell_r", song, ts, lead, TA_RIGHT)
        self.cell_small = st("cell_small", song, ts - 1.5, (ts - 1.5) * 1.3, textColor=colors.HexColor("#444444"))
        self.head = st("head", hei, ts, lead, TA_CENTER)
        self.title = st("title", hei, 16, 22, TA_CENTER, spaceAfter=8)
        self.subtitle = st("subtitle", hei, 11, 16, TA_LEFT, spaceAfter=4)
        self.note = st("note", song, ts, lead, TA_LEFT, spaceBefore=2)
        self.sign = st("sign", song, 11, 18, TA_LEFT)
        # the report (GB/T 9704): 仿宋 三号 body on a fixed 28 pt line, 黑体 level-1 and 楷体 level-2
        # headings in 三号, the title in 宋体 二号 (the nearest to 小标宋)
        self.body = st("body", fang, 16, 28, TA_JUSTIFY, firstLineIndent=32)
        self.body_plain = st("body_plain", fang, 16, 28, TA_LEFT)
        self.h1 = st("h1", hei, 16, 28, TA_LEFT, spaceBefore=6, spaceAfter=0, firstLineIndent=32)
        self.h2 = st("h2", kai, 16, 28, TA_LEFT, firstLineIndent=32)
        self.doc_title = st("doc_title", song, 22, 34, TA_CENTER, spaceAfter=18)
        self.doc_title_top = st("doc_title_top", song, 22, 34, TA_CENTER)
        self.cover_line = st("cover_line", fang, 16, 30, TA_CENTER)
        self.caption = st("caption", hei, 11, 16, TA_CENTER, spaceBefore=6, spaceAfter=4, keepWithNext=1)
        #: a table's caption, placed after a CondPageBreak (keepWithNext would move the whole table)
        self.caption_free = st("caption_free", hei, 11, 16, TA_CENTER, spaceBefore=6, spaceAfter=4)
        self.toc = st("toc", fang, 14, 26, TA_LEFT)


class CPara(Paragraph):
    """A Paragraph that remembers its layout: a table wraps each cell three times (height, geometry,
    drawing) and a hand-paginated table once more; CJK line breaking is the costly part."""

    _fe_width: float | None = None

    def wrap(self, availWidth, availHeight):
        last = self._fe_width
        if last is not None and abs(last - availWidth) < 1e-6 and getattr(self, "blPara", None) is not None:
            return self.width, self.height
        result = super().wrap(availWidth, availHeight)
        self._fe_width = availWidth
        return result

    def split(self, availWidth, availHeight):
        self._fe_width = None
        return super().split(availWidth, availHeight)


def runs(keys: list[Any]) -> list[tuple[int, int, Any]]:
    """(start, end, key) of each run of equal consecutive keys: the cells a table merges (SPAN)."""
    out, start = [], 0
    for i in range(1, len(keys) + 1):
        if i == len(keys) or keys[i] != keys[start]:
            out.append((start, i - 1, keys[start]))
            start = i
    return out


def P(text: Any, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text (escaped; newlines kept)."""
    s = "" if text is None else str(text)
    return CPara(escape(s).replace("\n", "<br/>"), style)


#: GB/T 9704 page margins (the report's portrait pages)
GB_MARGINS = {"top": 37 * mm, "bottom": 35 * mm, "left": 28 * mm, "right": 26 * mm}


def page_number_footer(fmt: str = "- {n} -", font_size: float = 10, skip_first: int = 0,
                       header: str = "", outside: bool = False) -> Callable:
    """An onPage callback that prints the page number centred at the foot (as the seed: "- 31 -");
    ``outside``: at the outer edge, odd pages right and even pages left (GB/T 9704 "— 1 —")."""

    def draw(canv, doc):
        n = canv.getPageNumber()
        if n <= skip_first:
            return
        w, h = canv._pagesize
        canv.saveState()
        fonts = getattr(doc, "fe_fonts", None)
        font = fonts.song.pdf_name if fonts else "Helvetica"
        canv.setFont(font, font_size)
        text = fmt.format(n=n - skip_first)
        if outside:
            y = GB_MARGINS["bottom"] - 7 * mm - font_size if h > w else 8 * mm
            if (n - skip_first) % 2:
                canv.drawRightString(w - GB_MARGINS["right"] - 7 * mm, y, text)
            else:
                canv.drawString(GB_MARGINS["left"] + 7 * mm, y, text)
        else:
            canv.drawCentredString(w / 2, 8 * mm, text)
        if header:
            canv.setFont(font, 8)
            canv.setFillColor(colors.HexColor("#555555"))
            canv.drawRightString(w - MARGINS["right"], canv._pagesize[1] - 10 * mm, header)
        canv.restoreState()

    return draw


def atomic_write(out_path: Path | str, write: Callable[[Path], None]) -> Path:
    """``services.core.files.atomic_write`` (a temp file beside the target, moved into place, the
    user's normal permissions); a missing folder is one line for the evaluator.

    A failure (or an interrupted export) leaves no file behind and an earlier file untouched.
    """
    from services.core.files import atomic_write as write_atomically

    folder = Path(out_path).parent
    if str(folder) and not folder.is_dir():
        raise ReportError(said("文件夹不存在：{folder}", folder=folder))
    try:
        return write_atomically(out_path, write)
    except FileNotFoundError as exc:
        raise ReportError(said("文件夹不存在：{value}", value=exc.filename or folder)) from exc


def fonts_for(data_settings: Any, options: dict[str, Any] | None, need: tuple[str, ...] | None = None) -> FontSet:
    """The fonts: an export option wins, then the evaluation's Evaluation.settings["report_font"],
    then the evaluator's own setting (services/settings.py ``report_font``), then discovery."""
    preferred = (options or {}).get("font")
    if not preferred and isinstance(data_settings, dict):
        preferred = data_settings.get("report_font")
    if not preferred:
        try:
            from services.settings import load as load_user_settings

            preferred = load_user_settings().report_font
        except (ImportError, AttributeError):
            preferred = None
    roles = None
    if isinstance(data_settings, dict):  # an evaluation may name a font per role too
        roles = {r: str(data_settings.get(f"font_{r}") or "") for r in ("song", "hei", "fang", "kai")}
        roles = {r: v for r, v in roles.items() if v} or None
    from services.reports.fonts import ROLES

    return get_fonts(str(preferred) if preferred else None, roles=roles, need=need or ROLES)


def paginate(heights: list[float], header_h: float, first_avail: float, avail: float, tail_h: float,
             extra: Callable[[int, int], float] | None = None) -> list[tuple[int, int]]:
    """Split rows into pages by hand: (first, last) row index of each page's table.

    ``heights`` are the rows' heights, ``header_h`` the repeated header's, ``tail_h`` the 合计 row
    that must end the last page, ``extra(first, last)`` any height that spanned labels need beyond
    their rows. A row taller than a page gets a page of its own (the table then splits inside it).
    """
    chunks: list[tuple[int, int]] = []
    start, room, n = 0, first_avail, len(heights)
    run_h = header_h
    i = 0
    while i < n:
        h = run_h + heights[i]
        total = h + (tail_h if i == n - 1 else 0)
        if i > start and (total > room or (extra and total + extra(start, i) > room)):
            chunks.append((start, i - 1))
            start, room, run_h = i, avail, header_h
            continue
        run_h = h
        i += 1
    if n:
        chunks.append((start, n - 1))
    return chunks


class GroupTable(Flowable):
    """A table whose first columns merge runs of equal labels (一级/二级指标), split across pages by
    hand: ReportLab cannot split inside a merged block, and splitting the whole table where it can
    leaves half-empty pages or a header repeated mid-page. Here each page gets the rows that fit,
    the header again, and a group that continues starts with its label marked （续）.

    ``rows``: cells (flowables or text) without the merged columns' text; ``groups``: for each merged
    column, the key of every row (equal consecutive keys merge) and ``label(col, row, cont)`` makes
    the label flowable of the block that starts at ``row``.
    """

    def __init__(self, header: list, rows: list[list], widths: list[float], groups: dict[int, list],
                 label: Callable[[int, int, bool], Any], style: list[tuple], tail: list | None = None,
                 tail_style: list[tuple] | None = None, offset: int = 0, cont: bool = False):
        super().__init__()
        self.header, self.rows, self.widths, self.groups = header, rows, widths, groups
        self.label, self.style, self.tail, self.tail_style = label, style, tail, tail_style or []
        self.offset, self.cont = offset, cont
        self._table = None

    def _build(self, a: int, b: int, with_tail: bool):
        from reportlab.platypus import Table, TableStyle

        data = [list(self.header)]
        cmds = list(self.style)
        for k in range(a, b + 1):
            data.append(list(self.rows[k]))
        for col, keys in self.groups.items():
            for s, e, _key in runs(keys[a:b + 1]):
                cont = s == 0 and self.cont_at(col, a)
                data[s + 1][col] = self.label(col, self.offset + a + s, cont)
                for r in range(s + 2, e + 2):
                    data[r][col] = ""
                if e > s:
                    cmds.append(("SPAN", (col, s + 1), (col, e + 1)))
        if with_tail and self.tail:
            data.append(list(self.tail))
            n = len(data) - 1
            cmds += [(c[0], (c[1][0], n), (c[2][0], n), *c[3:]) for c in self.tail_style]
        t = Table(data, colWidths=self.widths, repeatRows=1)
        t.setStyle(TableStyle(cmds))
        return t

    def cont_at(self, col: int, a: int) -> bool:
        """Does the block at row ``a`` continue one from the previous page?"""
        keys = self.groups[col]
        if a > 0:
            return keys[a - 1] == keys[a]
        return bool(self.cont and getattr(self, "_prev_keys", {}).get(col) == keys[0])

    def wrap(self, aw, ah):
        self._table = self._build(0, len(self.rows) - 1, True)
        self.width, self.height = self._table.wrap(aw, ah)
        return self.width, self.height

    def draw(self):
        self._table.drawOn(self.canv, 0, 0)

    def split(self, aw, ah):
        n = len(self.rows)
        if n <= 1:
            return []
        lo, best = 0, -1
        hi = n - 2  # the last row goes with the rest (and the tail)
        while lo <= hi:  # the most rows that fit on this page
            mid = (lo + hi) // 2
            if self._build(0, mid, False).wrap(aw, ah)[1] <= ah:
                best, lo = mid, mid + 1
            else:
                hi = mid - 1
        if best < 0:
            return []
        first = self._build(0, best, False)
        rest = GroupTable(self.header, self.rows[best + 1:], self.widths,
                          {c: keys[best + 1:] for c, keys in self.groups.items()}, self.label, self.style, self.tail,
                          self.tail_style, self.offset + best + 1, cont=True)
        rest._prev_keys = {c: keys[best] for c, keys in self.groups.items()}
        return [first, rest]
