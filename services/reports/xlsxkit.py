"""openpyxl helpers for spreadsheets that print and read cleanly.

- ``put``: evaluator text is always text. A string that starts with = + - @ or a tab is stored as a
  string with Excel's quote prefix, never as a live formula (formula injection).
- ``fit_rows``: row heights computed for the wrapped text (LibreOffice Calc and WPS do not grow a
  row for wrapped text written by openpyxl, so long cells would overlap the next row).
- ``print_setup``: print area, fit to one page wide, header rows repeated, frozen panes, footer.
- ``save``: formulas keep their cached results (openpyxl writes an empty ``<v/>``), so viewers that
  do not recalculate (previewers, pandas, mobile apps) show the totals.
"""
from __future__ import annotations

import math
import re
import zipfile
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

#: characters that make a spreadsheet treat text as a formula
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def put(ws, row: int, col: int, value: Any):
    """Write ``value``; evaluator text that looks like a formula stays text."""
    cell = ws.cell(row, col)
    if isinstance(value, str) and value.startswith(FORMULA_START):
        cell.value = value
        cell.data_type = "s"
        cell.quotePrefix = True
    else:
        cell.value = value
    return cell


def formula(ws, row: int, col: int, expr: str, cached: Any, cache: dict) -> Any:
    """A live formula with its result known now (written as the cached value by ``save``)."""
    cell = ws.cell(row, col)
    cell.value = "=" + expr.lstrip("=")
    cache.setdefault(ws.title, {})[cell.coordinate] = cached
    return cell


def _units(ch: str, font_pt: float) -> float:
    """Width of one character in Excel column units (the '0' of an 11 pt Calibri: 5.25 pt)."""
    wide = ord(ch) >= 0x2E80 or ch in "“”‘’…—"
    return (1.0 if wide else 0.55) * font_pt / 5.25


def lines_needed(text: Any, width_chars: float, font_pt: float) -> int:
    if text is None or text == "":
        return 1
    room = max(width_chars - 1.2, 1.0)  # the cell's own padding
    n = 0
    for para in str(text).split("\n"):
        w = sum(_units(ch, font_pt) for ch in para) * 1.08  # fonts differ between machines: a margin
        n += max(1, math.ceil(w / room))
    return n


def row_height(lines: int, font_pt: float) -> float:
    return round(lines * font_pt * 1.36 + 5, 1)


def fit_rows(ws, rows: Iterable[int], widths: Mapping[int, float], font_pt: float,
             merged_down: Sequence[tuple[int, int, int]] = (), minimum: float = 15.0) -> None:
    """Set each row's height to its tallest wrapped cell; a label merged down rows ``(col, first,
    last)`` gets its height spread so the merged block is tall enough."""
    heights: dict[int, float] = {}
    merged_cells = {(c, r) for c, a, b in merged_down for r in range(a, b + 1)}
    for r in rows:
        h = minimum
        for c, w in widths.items():
            if (c, r) in merged_cells:
                continue
            cell = ws.cell(r, c)
            size = cell.font.sz if cell.font is not None and cell.font.sz else font_pt
            h = max(h, row_height(lines_needed(cell.value, w, float(size)), float(size)))
        heights[r] = h
    for c, a, b in merged_down:
        cell = ws.cell(a, c)
        size = float(cell.font.sz) if cell.font is not None and cell.font.sz else font_pt
        need = row_height(lines_needed(cell.value, widths.get(c, 8), size), size)
        have = sum(heights.get(r, minimum) for r in range(a, b + 1))
        if need > have:
            heights[b] = heights.get(b, minimum) + need - have
    for r, h in heights.items():
        ws.row_dimensions[r].height = h


def print_setup(ws, setup, last_row: int, last_col: int, title_rows: str = "2:2", freeze: str = "A3") -> None:
    from openpyxl.utils import get_column_letter

    ws.print_area = f"A1:{get_column_letter(last_col)}{last_row}"
    ws.print_title_rows = title_rows
    ws.freeze_panes = freeze
    ws.page_setup.orientation = setup.orientation
    ws.page_setup.paperSize = ws.PAPERSIZE_A3 if setup.size == "A3" else ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.oddFooter.center.text = "第 &P 页，共 &N 页"


def _value_xml(value: Any) -> tuple[str, str]:
    """(t attribute, <v> text) of a cached result."""
    if isinstance(value, bool):
        return ' t="b"', "1" if value else "0"
    if isinstance(value, (int, float)):
        return "", repr(value) if isinstance(value, float) else str(value)
    from xml.sax.saxutils import escape

    return ' t="str"', escape(str(value))


def save(wb, out: Path | str, cache: dict[str, dict[str, Any]] | None = None) -> None:
    """Save the workbook; then write each formula's cached result into its ``<v>``."""
    wb.save(str(out))
    if not cache:
        return
    sheet_files = {ws.title: f"xl/worksheets/sheet{i}.xml" for i, ws in enumerate(wb.worksheets, 1)}
    src = Path(out)
    with zipfile.ZipFile(src) as z:
        items = [(info, z.read(info.filename)) for info in z.infolist()]
    patched = {}
    for title, values in cache.items():
        name = sheet_files.get(title)
        if not name:
            continue
        xml = dict((i.filename, d) for i, d in items)[name].decode("utf-8")
        for ref, value in values.items():
            t, v = _value_xml(value)
            pattern = re.compile(f'<c r="{re.escape(ref)}"' + r'([^>]*?)(?: t="[a-z]+")?([^>]*)><f>(.*?)</f>(?:<v\s*/>|<v>.*?</v>)?</c>')

            def cell(m, ref=ref, t=t, v=v) -> str:
                return f'<c r="{ref}"{m.group(1)}{m.group(2)}{t}><f>{m.group(3)}</f><v>{v}</v></c>'

            xml = pattern.sub(cell, xml, count=1)
        patched[name] = xml.encode("utf-8")
    tmp = src.with_name(src.name + ".cache")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in items:
            z.writestr(info, patched.get(info.filename, data))
    tmp.replace(src)
