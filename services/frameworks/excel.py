"""Indicator systems in and out of Excel, laid out like the seed's 附件1 评分表.

Columns: 一级指标 | 二级指标 | 分值 | 三级指标 | 分值 | 指标解释 | 指标说明 | 评分标准 | [得分] | [评分说明],
with merged cells for the upper levels (the level-1 cell reads "决策（15分）") and a 合计 row.

Import is three steps so the window can show each one: ``guess_mapping`` (which column is which,
guessed from the header texts — the caller may correct it), ``read_rows`` (the cells, with merged
cells resolved and every oddity reported), ``build_framework`` (the framework dict with proposed
rules, validated by ``services.frameworks.catalog.check``). Nothing is created until the caller writes
the result; a spreadsheet with any blocking problem gives a report and no framework.

Every problem, warning and line of the report is said (models/messages.py): ``str()`` of it is the
Chinese the command line and the log read, and the window shows it in its own language (ui/i18n.py
``message_text``). The column roles are named in messages by ``role_name``, whose Chinese (``ROLES``)
the translation carries under the message context too.

Export writes the same layout (and a hidden sheet holding the exact rules, so an exported
framework imported again is identical, rules included).
"""
from __future__ import annotations

import copy
import hashlib
import inspect
import io
import json
import re
from collections.abc import Callable, Iterable, Mapping as TMapping
from dataclasses import dataclass, field, fields
from decimal import Decimal, InvalidOperation
from functools import cache
from pathlib import Path
from typing import Any, TypeGuard

from models.messages import LINE_BREAK, RUN_ON, Said, joined, said
from services.core.errors import EditRefused
from services.core.filenames import check_target
from services.core.files import atomic_write, atomic_write_text
from services.core.numbers import fmt, plain as _s
from services.core.tables import UnreadableTable, open_workbook
from services.frameworks.catalog import FORMAT, Framework, FrameworkError, check, dumps
from services.frameworks.proposal import Proposal, propose, propose_many, rule_name
from services.scoring.rules import FALLBACK


def _fallback_items(weight: Decimal, name: str) -> list[dict[str, Any]]:
    """The fallback rule (酌情评分) for one leaf."""
    return [FALLBACK.item(name or "酌情评分", weight, {})]

RULES_SHEET = "_fieldeval"
RULES_MARK = "fieldeval-xlsx/1"

#: column roles, in the seed's order, with the header shown for each
ROLES: dict[str, str] = {
    "level1": "一级指标", "weight1": "一级分值", "level2": "二级指标", "weight2": "二级分值",
    "level3": "三级指标", "weight3": "三级分值", "explanation": "指标解释", "points": "指标说明",
    "criteria": "评分标准", "score": "得分", "comment": "评分说明",
}
REQUIRED = ("level1", "level3", "weight3")
#: the two roles one column may hold together: a one-level table's names, each row its own 一级指标
_ONE_LEVEL = {"level1", "level3"}
NUMBER_ROLES = ("weight1", "weight2", "weight3", "score")
TOTAL_WORDS = ("合计", "总计", "总分", "合  计")
#: the source named when the typed column mapping cannot be used
MAPPING_SOURCE = said("列对应")


def role_name(role: str) -> Said:
    """A column role's name (``ROLES``) as a message: the window shows it in its language."""
    return said(ROLES[role])


class ExcelImportError(FrameworkError):
    """The spreadsheet cannot be read at all (not XLSX, empty, no header row)."""


# ── mapping (which column is which) ─────────────────────────────────────────
@dataclass
class Mapping:
    sheet: str
    header_row: int  # 1-based
    columns: dict[str, int]  # role → 1-based column
    headers: dict[int, str] = field(default_factory=dict)  # column → header text (for the mapping step)
    total: Decimal = Decimal(100)  # the total a 权重(%) column is a share of
    #: graded columns (评分档次列): column → the points of the grade its header states (“5分”, “优秀(10分)”); each
    #: row's cell in it describes the state that earns those points (``read_rows`` writes them into its 评分标准)
    grades: dict[int, Decimal] = field(default_factory=dict)

    def percent_roles(self) -> set[str]:
        """The 分值 columns given as 权重(%): their figures are shares of the total, not points."""
        return {r for r in ("weight1", "weight2", "weight3") if r in self.columns
                and "%" in self.headers.get(self.columns[r], "").replace("％", "%")}

    def layout_key(self) -> str:
        """The same header texts in the same columns: the same layout (a mapping saved for one fits the other)."""
        words = "|".join(f"{c}:{_clean(t)}" for c, t in sorted(self.headers.items()))
        return hashlib.sha1(words.encode("utf-8")).hexdigest()[:16]

    def missing(self) -> list[Said]:
        return [role_name(r) for r in REQUIRED if r not in self.columns]

    def grade_problems(self) -> list[Said]:
        """What keeps the graded columns from being read: fewer than two, the same points twice, a column that
        has a role too."""
        if not self.grades:
            return []
        problems = []
        if len(self.grades) == 1:
            (col, points), = self.grades.items()
            problems.append(said("只有一列档次（{points}分={column}）：档次列至少要两列，各写一档的分值",
                                 points=fmt(points), column=_col_letter(col)))
        seen: dict[Decimal, int] = {}
        for col, points in sorted(self.grades.items()):
            if points in seen:
                problems.append(said("档次 {points} 分给了两列（{columns}）", points=fmt(points),
                                     columns=joined([_col_letter(seen[points]), _col_letter(col)], "、")))
            seen.setdefault(points, col)
        both = [role_name(r) for r, c in self.columns.items() if c in self.grades]
        if both:
            problems.append(said("评分档次列又被指定为{roles}；一列只能有一个用途", roles=joined(both, "、")))
        return problems


_SPACES = re.compile(r"\s+")


def _clean(v: Any) -> str:
    return _SPACES.sub("", str(v)) if v is not None else ""


def _role_of(text: str) -> str | None:
    t = _clean(text)
    if not t:
        return None
    if any(w in t for w in ("评分说明", "扣分说明", "扣分原因", "扣分理由", "得分说明", "评分理由")):
        return "comment"
    if any(w in t for w in ("评分标准", "评分细则", "计分标准", "评分方法", "评分规则", "评分办法", "评价标准", "评分依据",
                            "考核标准", "计分方法", "计分办法", "评分细则", "打分标准", "(标准)", "（标准）")):
        return "criteria"
    if any(w in t for w in ("指标解释", "指标内涵", "指标释义", "指标定义")):
        return "explanation"
    if any(w in t for w in ("指标说明", "评价要点", "考核要点", "评分要点", "评价内容")):
        return "points"
    if "一级" in t:
        return "weight1" if ("分值" in t or "权重" in t) else "level1"
    if "二级" in t:
        return "weight2" if ("分值" in t or "权重" in t) else "level2"
    if "三级" in t:
        return "weight3" if ("分值" in t or "权重" in t) else "level3"
    if t in ("分值", "权重", "满分", "标准分", "指标分值", "分数", "权重分", "权重(%)", "权重（%）", "分值(分)", "分值（分）",
             "标准分值", "权数"):
        return "weight"
    if t in ("得分", "评分", "实际得分", "评价得分", "自评得分", "复核得分"):
        return "score"
    return None


_LAST: dict[str, Any] = {}


@dataclass(frozen=True)
class _Range:
    """A merged range of a sheet (1-based, inclusive), as Excel writes it (“A3:A8”)."""

    coord: str
    min_row: int
    min_col: int
    max_row: int
    max_col: int


class _Sheet:
    """One worksheet read in a single pass: its values row by row and its merged ranges.

    A cell covered by a merged range but not its top-left shows the top-left's value (``merged_value``)
    and has no value of its own (``cell``), as Excel shows it and as openpyxl reads a full workbook.
    """

    def __init__(self, title: str, state: str, rows: list[list[Any]], merged: list[_Range]):
        self.title = title
        self.sheet_state = state
        self.grid = rows
        self.max_row = len(rows)
        self.max_column = max((len(r) for r in rows), default=0)
        self.merged = merged
        self.shown: dict[tuple[int, int], Any] = {}  # (row, col) → the value a merged cell shows
        self.merged_rows: set[int] = set()  # rows covered by a merge below its first row
        self.multi_col_ending: dict[int, list[_Range]] = {}  # last row → ranges over several columns
        for rng in merged:
            top = self.cell(rng.min_row, rng.min_col)
            for r in range(rng.min_row, min(rng.max_row, self.max_row) + 1):
                if r > rng.min_row:
                    self.merged_rows.add(r)
                row = rows[r - 1]
                for c in range(rng.min_col, min(rng.max_col, self.max_column) + 1):
                    self.shown[(r, c)] = top
                    if (r, c) != (rng.min_row, rng.min_col) and c <= len(row):
                        row[c - 1] = None
            if rng.max_col > rng.min_col:
                self.multi_col_ending.setdefault(rng.max_row, []).append(rng)

    def cell(self, r: int, c: int) -> Any:
        row = self.grid[r - 1] if 0 < r <= self.max_row else ()
        return row[c - 1] if 0 < c <= len(row) else None

    def merged_value(self, r: int, c: int) -> Any:
        v = self.cell(r, c)
        return v if v is not None else self.shown.get((r, c))


class _Book:
    """A workbook's sheets, read once (``read_only``, one pass over each sheet's rows) and closed."""

    def __init__(self, sheets: list[_Sheet]):
        self.worksheets = sheets
        self.sheetnames = [ws.title for ws in sheets]

    def __getitem__(self, title: str) -> _Sheet:
        return self.worksheets[self.sheetnames.index(title)]


_MERGE_REF = re.compile(rb'<(?:[A-Za-z_][\w.-]*:)?mergeCell\b[^>]*?\bref="([A-Za-z]+[0-9]+(?::[A-Za-z]+[0-9]+)?)"')


def _merged_ranges(ws, public_merges: Callable[[], dict[str, list[str]]]) -> list[_Range]:
    """The merged ranges of a read-only worksheet (which openpyxl leaves unread): its <mergeCell> elements,
    or, with an openpyxl that no longer hands out a worksheet's XML, the ranges ``public_merges`` reads."""
    from openpyxl.utils.cell import range_boundaries

    source = getattr(ws, "_get_source", None)
    if source is None:
        refs = public_merges().get(ws.title, [])
    else:
        with source() as src:
            xml = src.read()
        start = xml.find(b"mergeCell")
        if start < 0:
            return []
        refs = [m.group(1).decode("ascii").upper() for m in _MERGE_REF.finditer(xml, max(0, start - 64))]
    out = []
    for ref in refs:
        min_col, min_row, max_col, max_row = range_boundaries(ref if ":" in ref else f"{ref}:{ref}")
        out.append(_Range(ref, min_row, min_col, max_row, max_col))
    return out


def _public_merges(path: Path | str) -> dict[str, list[str]]:
    """Every worksheet's merged ranges (“A3:A8”, top to bottom) through openpyxl's public, full (not
    read-only) load."""
    wb = open_workbook(path, data_only=True)
    try:
        return {ws.title: [r.coord for r in sorted(ws.merged_cells.ranges, key=lambda r: (r.min_row, r.min_col))]
                for ws in wb.worksheets if hasattr(ws, "merged_cells")}
    finally:
        wb.close()


#: a tiny worksheet the fast parser must read exactly as openpyxl's own parser does before it is used
_PROBE = (b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
          b'<row r="1"><c r="A1" t="inlineStr"><is><t>\xe7\x94\xb2</t></is></c><c r="C1" t="n"><v>2.5</v></c></row>'
          b'<row r="3"><c t="inlineStr"><is><t>a</t><t>b</t></is></c><c t="inlineStr"><is><r><t>x</t></r></is></c>'
          b'<c t="inlineStr"><is/></c><c t="b"><v>1</v></c></row></sheetData></worksheet>')
#: the parser's keyword arguments the reader passes (``_sheet_values``)
_PARSER_ARGS = ("data_only", "epoch", "date_formats", "timedelta_formats")


@cache
def _sheet_parser() -> type | None:
    """openpyxl's worksheet parser, reading a plain inline text cell without building its rich-text object;
    None when this openpyxl has no such parser, or one that no longer reads as this one was written against.

    A cell of inline text (``<c t="inlineStr"><is><t>…</t></is></c>``, as openpyxl and many generators
    write text) is read by openpyxl through ``Text.from_tree``, which builds a formatted-text object
    to throw it away: two thirds of the time spent reading such a sheet. A cell whose ``<is>`` holds
    only ``<t>`` elements is read here directly (its text, the last ``<t>`` as openpyxl takes it);
    every other cell goes to openpyxl as before.

    The parser is openpyxl's private ``openpyxl.worksheet._reader.WorkSheetParser`` (requirements.txt pins
    the openpyxl series it was written against). It is checked once, at first use: it imports, takes the
    arguments the reader passes, and reads a small probe sheet (``_PROBE``) to the same rows as openpyxl's
    own parser. Otherwise the reader takes openpyxl's public ``iter_rows`` (``_public_values``): the same
    values, only slower.
    """
    try:
        from openpyxl.utils import coordinate_to_tuple
        from openpyxl.worksheet._reader import INLINE_STRING, WorkSheetParser
        from openpyxl.xml.constants import SHEET_MAIN_NS
    except ImportError:
        return None
    try:
        taken = inspect.signature(WorkSheetParser).parameters
    except (TypeError, ValueError):
        return None
    if not all(name in taken for name in _PARSER_ARGS) or not all(
            callable(getattr(WorkSheetParser, name, None)) for name in ("parse", "parse_cell")):
        return None

    text_tag = f"{{{SHEET_MAIN_NS}}}t"

    class Parser(WorkSheetParser):
        def parse_cell(self, element):
            if element.get("t") != "inlineStr" or not self.data_only or self.rich_text:
                return super().parse_cell(element)
            child = element.find(INLINE_STRING)
            if child is None or any(el.tag != text_tag for el in child):
                return super().parse_cell(element)
            style_id = element.get("s", 0)
            if style_id:
                style_id = int(style_id)
            coordinate = element.get("r")
            if coordinate:
                row, column = coordinate_to_tuple(coordinate)
                self.col_counter = column
            else:
                self.col_counter += 1
                row, column = self.row_counter, self.col_counter
            text = child[-1].text if len(child) else None
            return {"row": row, "column": column, "value": text if text is not None else "", "data_type": "s",
                    "style_id": style_id}

    def probe(cls: type) -> list[tuple[int, list[tuple[int, Any]]]]:
        parser = cls(io.BytesIO(_PROBE), [], data_only=True, epoch=None, date_formats=set(), timedelta_formats=set())
        return [(idx, [(c["column"], c["value"]) for c in cells]) for idx, cells in parser.parse()]

    try:
        ours, theirs = probe(Parser), probe(WorkSheetParser)
    except Exception:  # noqa: BLE001 - any change of the private interface shows here, whatever it raises
        return None
    return Parser if ours == theirs and ours and ours[0][1][0] == (1, "甲") else None


def _sheet_values(ws) -> list[list[Any]]:
    """Every row of a read-only worksheet as a list of values, as ``iter_rows(values_only=True)`` gives
    them after ``reset_dimensions`` (a missing row is empty; a row is as long as its last cell)."""
    parser_type = _sheet_parser()
    parent = ws.parent
    source = getattr(ws, "_get_source", None)
    try:
        parent_args = {"data_only": parent.data_only, "epoch": parent.epoch, "date_formats": parent._date_formats,
                       "timedelta_formats": parent._timedelta_formats}
        shared = ws._shared_strings
    except AttributeError:
        parser_type = None
    if parser_type is None or source is None:
        return _public_values(ws)
    rows: list[list[Any]] = []
    with source() as src:
        parser = parser_type(src, shared, **parent_args)
        counter = 1
        for idx, cells in parser.parse():
            while counter < idx:
                rows.append([])
                counter += 1
            if counter == idx:
                values: list[Any] = [None] * cells[-1]["column"] if cells else []
                width = len(values)
                for c in cells:
                    if 1 <= c["column"] <= width:
                        values[c["column"] - 1] = c["value"]
                rows.append(values)
                counter += 1
    return rows


def _public_values(ws) -> list[list[Any]]:
    """``_sheet_values`` through openpyxl's public reading: every row there is (the stored dimension may be wrong)."""
    reset = getattr(ws, "reset_dimensions", None)
    if reset is not None:
        reset()
    return [list(row) for row in ws.iter_rows(values_only=True)]


def _read_book(path: Path | str, data_only: bool) -> _Book:
    try:
        wb = open_workbook(path, data_only=data_only, read_only=True)
    except UnreadableTable as exc:
        raise ExcelImportError(exc.name, [exc.reason]) from None
    public_merges = cache(lambda: _public_merges(path))  # read once, only when a sheet needs it
    try:
        sheets = []
        for ws in wb.worksheets:
            if not hasattr(ws, "iter_rows"):  # a chart sheet
                continue
            rows = _sheet_values(ws)  # every row there is (the stored dimension may be wrong)
            while rows and all(v is None for v in rows[-1]):
                rows.pop()
            sheets.append(_Sheet(ws.title, ws.sheet_state, rows, _merged_ranges(ws, public_merges)))
    except ExcelImportError:
        raise
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds on damaged files
        raise ExcelImportError(Path(path).name, [said("无法读取该 Excel 文件（{kind}），请确认文件没有损坏且是 .xlsx 格式",
                                                      kind=exc.__class__.__name__)]) from None
    finally:
        wb.close()
    return _Book(sheets)


def _load(path: Path | str, data_only: bool = True) -> _Book:
    """The workbook, read once for the guess and the rows of one import (kept while the file is unchanged)."""
    try:
        stat = Path(path).stat()
        key = (str(Path(path).resolve()), stat.st_mtime_ns, stat.st_size, data_only)
    except OSError:
        key = None
    last = _LAST.get("book")  # (key, workbook), set in one step: a wizard opens books on two threads
    if key is not None and last is not None and last[0] == key:
        return last[1]
    wb = _read_book(path, data_only)
    if key is not None:
        _LAST["book"] = (key, wb)
    return wb


def _visible_sheets(wb: _Book) -> list[_Sheet]:
    return [ws for ws in wb.worksheets if ws.sheet_state == "visible" and ws.title != RULES_SHEET]


def _merged_value(ws: _Sheet, row: int, col: int) -> Any:
    return ws.merged_value(row, col)


def _merged_over(ws: _Sheet, row: int, col: int) -> str:
    """The text of a merged cell over several columns (this one among them) in the row above, else ""."""
    for rng in ws.multi_col_ending.get(row - 1, ()):
        if rng.min_col <= col <= rng.max_col:
            return _clean(ws.cell(rng.min_row, rng.min_col))
    return ""


def _above(ws: _Sheet, row: int, col: int) -> str:
    """The header merged over several columns in the row above (“三级指标” over 名称/分值), else ""."""
    top = _merged_over(ws, row, col)
    return top if _role_of(top) else ""  # a title over the whole table is not a header


#: a grade's points in its column's header: “5分”, “（5分）”, “优秀(10分)”, “A级（4分）” (a short label, one figure)
_GRADE_HEAD = re.compile(r"^(?P<label>[^()（）\d]{0,6}?)(?P<open>[(（]?)(?P<points>\d+(?:\.\d+)?)分(?P<close>[)）]?)$")
#: the words of a merged header over graded columns whose cells are bare figures (“考核结果” over 5 | 3 | 0)
_GRADE_OVER = ("得分", "评分等级", "考核结果", "档次", "等级", "评价结果", "评分结果", "分档")
_FULL_DIGITS = str.maketrans("０１２３４５６７８９．（）", "0123456789.()")


def grade_points(text: Any, bare: bool = False) -> Decimal | None:
    """The points a graded column's header states (“5分”, “优秀(10分)”, “A级（4分）”), or None.

    ``bare``: under a merged 得分 / 考核结果 / 档次 header a bare figure (5) is a grade's points too. A header
    that names a column role (“一级指标(30分)”, “分值”) is not a grade."""
    if text is None or isinstance(text, bool):
        return None
    if bare and isinstance(text, (int, float)):
        d = Decimal(repr(text)) if isinstance(text, float) else Decimal(text)
        return Decimal(_s(d)) if d >= 0 and d.is_finite() else None
    t = _clean(text).translate(_FULL_DIGITS)
    if bare and re.fullmatch(r"\d+(?:\.\d+)?", t):
        return Decimal(_s(Decimal(t)))
    m = _GRADE_HEAD.match(t)
    if not m or bool(m.group("open")) != bool(m.group("close")) or _role_of(m.group("label")):
        return None
    return Decimal(_s(Decimal(m.group("points"))))


def _grade_over(ws: _Sheet, row: int, col: int) -> bool:
    """A merged cell over several columns in the row above says these are grades (“考核结果得分”, “评分等级”)."""
    top = _merged_over(ws, row, col)
    return any(w in top for w in _GRADE_OVER)


def _guess_grades(ws: _Sheet, row: int) -> dict[int, Decimal]:
    """The graded columns of a header row: at least two side by side, each stating a grade's points, all distinct.

    A lone 得分 / 分值 column, or two columns stating the same points, are not grades."""
    found: dict[int, Decimal] = {}
    for col in range(1, (ws.max_column or 0) + 1):
        points = grade_points(_merged_value(ws, row, col), bare=_grade_over(ws, row, col))
        if points is not None:
            found[col] = points
    grades: dict[int, Decimal] = {}
    run: list[int] = []
    for col in sorted(found) + [0]:  # runs of adjacent columns (0 closes the last one)
        if run and col == run[-1] + 1:
            run.append(col)
            continue
        stated = [found[c] for c in run]
        if len(run) >= 2 and len(set(stated)) == len(stated):
            grades.update((c, found[c]) for c in run)
        run = [col]
    return grades


#: headers an agency's table names its indicators with when it writes no 一级/二级/三级 (“考核项目 | 考核内容 | 分值 |
#: 考核标准”): read left to right as the levels, when no header names a level
_NAME_HEADERS = ("考核项目", "评价项目", "考评项目", "评估项目", "检查项目", "考核指标", "评价指标", "评估指标", "考核类别",
                 "指标名称", "项目名称", "指标项目", "指标", "项目", "类别", "考核事项", "考核要素", "评价要素")
#: headers of a column that names the indicator when a name column stands left of it, else describes it (指标说明)
_CONTENT_HEADERS = ("考核内容", "评价内容", "评估内容", "检查内容", "工作内容", "考核细项", "具体内容")


def _levels_by_place(roles: dict[int, str | None], headers: dict[int, str]) -> dict[int, str | None]:
    """A table with no 一级/二级/三级 header: its name columns (``_NAME_HEADERS``, then a ``_CONTENT_HEADERS`` column
    right of one) are the levels from left to right — one column is a one-level table (each row its own 一级指标),
    two are 一级 and 三级, three are 一级, 二级 and 三级. A table with 一级 and 二级 but no 三级 has its 二级 as leaves."""
    found = {r for r in roles.values() if r}
    if "level1" in found and "level2" in found and "level3" not in found and "weight3" not in found:
        # 一级指标 | 二级指标 | 分值 | 评分标准: the deepest level named holds the leaves
        swap = {"level2": "level3", "weight2": "weight3"}
        return {c: swap.get(r or "", r) for c, r in roles.items()}
    named = [c for c, r in roles.items() if r in ("level1", "level2", "level3")]
    if named and (set(roles[c] for c in named) != {"level1"}):
        return roles
    # only 一级指标 named (“一级指标 | 指标 | 分值 | 评分标准”): the name columns right of it are the lower levels
    names: list[int] = named[:1]
    for c in sorted(roles):
        t = _clean(headers[c])
        if names and c <= names[0]:
            continue
        name = roles[c] is None and t in _NAME_HEADERS
        content = bool(names) and roles[c] in (None, "points") and t in _CONTENT_HEADERS
        if name or content:
            names.append(c)
    if not names or names == named:
        return roles
    levels = {1: ["level1+3"], 2: ["level1", "level3"]}.get(len(names), ["level1", "level2"] + ["level3"] * (len(names) - 2))
    out = dict(roles)
    for c, role in zip(names, levels):
        out[c] = role if role not in out.values() or out[c] == role else None
    return out


def _guess_row(ws, row: int) -> tuple[dict[str, int], dict[int, str], dict[int, Decimal]]:
    columns: dict[str, int] = {}
    headers: dict[int, str] = {}
    roles: dict[int, str | None] = {}
    grades = _guess_grades(ws, row)
    for col in range(1, (ws.max_column or 0) + 1):
        text = _merged_value(ws, row, col)
        if text is None:
            continue
        if col in grades:
            headers[col] = str(text).strip()
            continue
        top = _above(ws, row, col)
        if top and _clean(text) != top:  # a two-row header: “三级指标” over “名称”/“分值”
            text = top + _clean(text)
        headers[col] = str(text).strip()
        roles[col] = _role_of(str(text))
    last_level: str | None = None
    for col, role in _levels_by_place(roles, headers).items():
        if role == "level1+3":  # a one-level table: the one name column is its 一级 and its 三级
            columns.setdefault("level1", col)
            role = "level3"
        if role in ("level1", "level2", "level3"):
            last_level = role
        if role == "weight":
            # a 分值 column holds the points of the level named left of it; with none, the leaves'
            role = {"level1": "weight1", "level2": "weight2"}.get(last_level or "", "weight3")
        if role and role not in columns:
            columns[role] = col
    return columns, headers, grades


def guess_mapping(path: Path | str) -> Mapping:
    """Find the header row and guess each column's role from its text."""
    wb = _load(path)
    name = Path(path).name
    best: tuple[int, Mapping] | None = None
    for ws in _visible_sheets(wb):
        if not ws.max_row:
            continue
        for row in range(1, min(ws.max_row, 15) + 1):
            columns, headers, grades = _guess_row(ws, row)
            found = len(columns) + (1 if grades else 0)  # the graded columns count as one role
            if best is None or found > best[0]:
                best = (found, Mapping(ws.title, row, columns, headers, grades=grades))
    if best is None:
        raise ExcelImportError(name, [said("文件里没有任何内容（所有工作表都是空的）")])
    if best[0] < 2:
        # the header words are the sheet's own (Chinese) words: a value, in every language
        raise ExcelImportError(name, [said("找不到表头行：前 15 行中没有{examples}等列名；请确认这是指标体系或评分表",
                                           examples="“一级指标”“三级指标”“分值”“评分标准”")])
    return best[1]


def sheet_preview(path: Path | str, mapping: Mapping, rows: int = 8) -> list[list[str]]:
    """The header row and the first data rows as text (for the mapping step)."""
    wb = _load(path)
    ws = wb[mapping.sheet]
    out = []
    for r in range(mapping.header_row, min(ws.max_row, mapping.header_row + rows) + 1):
        values = [ws.merged_value(r, c) for c in range(1, ws.max_column + 1)]
        out.append(["" if v is None else str(v).strip() for v in values])
    return out


# ── reading the rows ────────────────────────────────────────────────────────
@dataclass
class Row:
    """One leaf row of the sheet, upper-level cells resolved from their merged ranges."""

    excel_row: int
    level1: str
    level2: str
    name: str
    weight1: Any = None
    weight2: Any = None
    weight: Any = None
    explanation: str = ""
    points: str = ""
    criteria: str = ""
    score: Any = None
    comment: str = ""
    block1: tuple[int, int] = (0, 0)  # the row span of its level-1 cell
    block2: tuple[int, int] = (0, 0)
    #: its graded cells (评分档次列), highest points first: (points, the state for that grade); already in ``criteria``
    graded: list[tuple[Decimal, str]] = field(default_factory=list)


@dataclass
class SheetRows:
    rows: list[Row]
    errors: list[Said]
    warnings: list[Said]
    total: Any = None  # from the 合计 row
    total_score: Any = None
    title: str = ""
    stored_rules: dict[tuple[str, str, str], dict[str, Any]] = field(default_factory=dict)
    meta: dict[str, Any] = field(default_factory=dict)
    has_scores: bool = False


def _text(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    return str(v).strip()


_NEWLINES = re.compile(r"\s*\n\s*")
_LETTER_SPACE = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")
_POINTS_IN_LABEL = re.compile(r"[(（](\d+(?:\.\d+)?)分[)）]$")


def _label(v: Any, keep_points: bool = False) -> tuple[str, str | None]:
    """“产 出\n(30分)” → ('产出', '30'); “项目资金\n到位率” → ('项目资金到位率', None)."""
    t = _NEWLINES.sub("", str(v)).strip() if v is not None else ""
    if len(t) <= 8:  # “产 出”, “决  策”: letter-spaced short labels
        t = _LETTER_SPACE.sub("", t)
    m = _POINTS_IN_LABEL.search(t)
    if m and m.start() > 0 and not keep_points:
        return t[:m.start()], m.group(1)
    return t, None


def _col_letter(col: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(col)


def _read_stored_rules(wb) -> tuple[dict[tuple[str, str, str], dict[str, Any]], dict[str, Any]]:
    if RULES_SHEET not in wb.sheetnames:
        return {}, {}
    ws = wb[RULES_SHEET]
    if ws.cell(1, 1) != RULES_MARK:
        return {}, {}
    try:
        meta = json.loads(ws.cell(1, 2) or "{}")
    except (TypeError, ValueError):
        meta = {}
    rules: dict[tuple[str, str, str], dict[str, Any]] = {}
    for r in range(2, ws.max_row + 1):
        try:
            rec = json.loads(ws.cell(r, 1) or "")
        except (TypeError, ValueError):
            continue
        if isinstance(rec, dict) and isinstance(rec.get("path"), list) and len(rec["path"]) == 3:
            rules[tuple(rec["path"])] = rec
    return rules, meta if isinstance(meta, dict) else {}


_STATE_BREAKS = re.compile(r"\s*(?:[\r\n]+|[；;。])\s*")


def graded_criteria(criteria: str, graded: Iterable[tuple[Decimal, str]]) -> str:
    """A row's 评分标准 with its graded cells written in: “状态甲，得5分；状态乙，得3分；状态丙，得0分”, which the
    proposer reads as a choice of those states with those points. The criteria's own text stays first (closed
    by “。”); a cell's own line and sentence breaks become commas, so that each cell stays one state."""
    parts = []
    for points, state in graded:
        state = _STATE_BREAKS.sub("，", state.strip()).strip("，,、：: ")
        if state:
            parts.append(f"{state}，得{_s(points)}分")
    if not parts:
        return criteria
    text = "；".join(parts)
    own = criteria.strip().rstrip("；;，,、：: ")
    if not own:
        return text
    return own + ("" if own.endswith("。") else "。") + text


def read_rows(path: Path | str, mapping: Mapping) -> SheetRows:
    """The leaf rows under the header, with every merged-cell oddity reported."""
    wb = _load(path)
    if mapping.sheet not in wb.sheetnames:
        raise ExcelImportError(Path(path).name, [said("找不到工作表“{sheet}”", sheet=mapping.sheet)])
    ws = wb[mapping.sheet]
    out = SheetRows([], [], [])
    out.stored_rules, out.meta = _read_stored_rules(wb)
    out.has_scores = "score" in mapping.columns or "comment" in mapping.columns
    missing = mapping.missing()
    if missing:
        out.errors.append(said("缺少必需的列：{columns}（请在“列对应”中指定）", columns=joined(missing, "、")))
        return out
    cols = mapping.columns
    one_level = cols.get("level1") is not None and cols.get("level1") == cols.get("level3")
    used = [c for r, c in cols.items() if not (one_level and r == "level1")]
    if len(set(used)) != len(used):
        dup = [role_name(r) for r, c in cols.items() if used.count(c) > 1]
        out.errors.append(said("同一列被指定为多个用途：{roles}", roles=joined(dup, "、")))
        return out
    grades = sorted(mapping.grades.items(), key=lambda cp: (-cp[1], cp[0]))  # highest points first
    if problems := mapping.grade_problems():
        out.errors += problems
        return out
    first_data = mapping.header_row + 1
    # a header cell merged downwards pushes the data start below it
    for rng in ws.merged:
        if rng.min_row <= mapping.header_row <= rng.max_row and rng.max_row >= first_data:
            first_data = rng.max_row + 1
    # the title above the header (the seed's "…项目支出绩效评分表")
    for r in range(1, mapping.header_row):
        t = _text(ws.cell(r, 1))
        if t and not _role_of(t):  # (the upper row of a two-row header is no title)
            out.title = t
    # the sheet was read in one pass (see _Sheet): its values, and the value each merged cell shows
    grid, max_row, max_col = ws.grid, ws.max_row, ws.max_column
    cell, merged_value, merged_rows = ws.cell, ws.merged_value, ws.merged_rows

    # the last data row: up to the 合计 row (or the last non-empty row)
    last = max_row
    for r in range(first_data, max_row + 1):
        # (only a cell holding 合 or 总 can be the 合计 row's: the others need no cleaning)
        texts = [_clean(v) for v in (merged_value(r, c) for c in range(1, min(max_col, 4) + 1))
                 if v is not None and ("合" in (sv := str(v)) or "总" in sv)]
        if any(t in TOTAL_WORDS or t.startswith("合计") for t in texts if t):
            last = r - 1
            if "weight3" in cols:
                out.total = cell(r, cols["weight3"])
            if out.total is None and "weight2" in cols:
                out.total = cell(r, cols["weight2"])
            if "score" in cols:
                out.total_score = cell(r, cols["score"])
            break
    merged = [rng for rng in ws.merged if rng.max_row >= first_data and rng.min_row <= last]
    leaf_cols = {cols[r]: role_name(r) for r in ("level3", "weight3", "score", "comment") if r in cols}
    text_cols = {cols[r] for r in ("explanation", "points", "criteria") if r in cols}
    upper_cols = {cols[r] for r in ("level1", "weight1", "level2", "weight2") if r in cols}
    for rng in merged:
        ref = rng.coord
        if rng.min_col != rng.max_col and rng.min_row >= first_data:
            out.errors.append(said("单元格 {cells} 横向合并了多列，无法判断各列内容；请取消该合并", cells=ref))
            continue
        col = rng.min_col
        if rng.max_row > rng.min_row and col in leaf_cols:
            out.errors.append(said("“{column}”列的单元格 {cells} 合并了多行；每个三级指标应单独占一行，请取消合并",
                                   column=leaf_cols[col], cells=ref))
        elif rng.max_row > rng.min_row and col in text_cols:
            out.warnings.append(said("单元格 {cells} 合并了多行，其文字已用于其中每个三级指标", cells=ref))
        elif col not in upper_cols and col not in text_cols and col not in leaf_cols and rng.max_row > rng.min_row:
            continue
    # level-2 blocks must lie inside one level-1 block; a 分值 merge must match its name's merge
    spans = {c: [(r.min_row, r.max_row) for r in merged if r.min_col == r.max_col == c] for c in upper_cols}

    span_at = {c: {row: (a, b) for a, b in blocks for row in range(a, b + 1)} for c, blocks in spans.items()}

    def span(col: int | None, row: int) -> tuple[int, int]:
        if col is None:
            return (row, row)
        return span_at.get(col, {}).get(row, (row, row))

    for name_role, weight_role in (("level1", "weight1"), ("level2", "weight2")):
        if name_role in cols and weight_role in cols:
            for a, b in spans.get(cols[weight_role], []):
                if span(cols[name_role], a) != (a, b):
                    letter = _col_letter(cols[weight_role])
                    out.errors.append(said("“{weight}”的合并单元格 {cells} 与{name}的合并范围不一致", weight=role_name(weight_role),
                                           cells=f"{letter}{a}:{letter}{b}", name=role_name(name_role)))
    if "level2" in cols:
        for a, b in spans.get(cols["level2"], []):
            _s1, e1 = span(cols["level1"], a)
            if b > e1:
                letter = _col_letter(cols["level2"])
                out.errors.append(said("二级指标的合并单元格 {cells} 跨越了两个一级指标（一级指标在第 {row} 行结束）",
                                       cells=f"{letter}{a}:{letter}{b}", row=e1))

    percent = mapping.percent_roles()
    if percent:
        headers = joined([said("“{header}”", header=mapping.headers[cols[r]]) for r in sorted(percent)], RUN_ON)
        out.warnings.append(said("{headers}是权重（%），已按 权重 × 总分 {total} 换算为分值", headers=headers,
                                 total=fmt(mapping.total)))
        if out.total is not None and "weight3" in percent:
            out.total = mapping.total

    def as_points(role: str, v: Any) -> Any:
        """A 权重(%) figure as points: 20 (or 20%, stored 0.2) of a total of 100 → 20."""
        if role not in percent or v is None or isinstance(v, bool):
            return v
        try:
            x = Decimal(str(v).strip().rstrip("%％"))
        except InvalidOperation:
            return v  # reported as not a number where the 分值 is read
        share = x if isinstance(v, float) and x <= 1 else x / 100  # a cell formatted as % holds 0.2
        return _s(share * mapping.total)

    prev1 = prev2 = ""
    prev_w1 = prev_w2 = None
    prev_block1 = prev_block2 = (0, 0)
    for r in range(first_data, last + 1):
        def val(role: str, r: int = r):
            c = cols.get(role)
            return cell(r, c) if c else None

        def merged_val(role: str, r: int = r):
            c = cols.get(role)
            return merged_value(r, c) if c else None

        values = grid[r - 1]
        in_merge = r in merged_rows
        if all(v is None or _clean(v) == "" for v in values) and not in_merge:
            continue
        l1 = _label(merged_val("level1"), keep_points=True)[0]  # “决策（15分）” is checked against its 分值 later
        l2, w2_in_label = _label(merged_val("level2"))
        name, _w3 = _label(val("level3"))
        b1 = span(cols.get("level1"), r)
        b2 = span(cols.get("level2"), r)
        w1, w2 = merged_val("weight1"), merged_val("weight2")
        w2 = w2_in_label if w2 is None else w2
        # sheets without merges: blank upper cells repeat the row above
        if not l1 and prev1:
            l1, b1, w1 = prev1, prev_block1, prev_w1 if w1 is None else w1
        # (unless the exported rules say this leaf sits right under its 一级指标, beside the 二级指标)
        stored = out.stored_rules
        direct = bool(stored) and (l1, "", name) in stored and (l1, prev2, name) not in stored
        if not l2 and prev2 and l1 == prev1 and "level2" in cols and b2 == (r, r) and val("weight2") is None \
                and not direct:
            l2, b2, w2 = prev2, prev_block2, prev_w2
        if not name:
            texts = [_text(val(k)) for k in ("explanation", "points", "criteria", "weight3")]
            if any(texts):
                out.errors.append(said("第 {row} 行有内容但没有三级指标名称", row=r))
            continue
        if not l1:
            out.errors.append(said("第 {row} 行的三级指标“{name}”没有所属的一级指标", row=r, name=name))
            continue
        if one_level:  # each row its own 一级指标, holding the row's points
            w1 = val("weight3")
        if percent:
            w1, w2 = as_points("weight1" if not one_level else "weight3", w1), as_points("weight2", w2)
        row = Row(r, l1, l2, name, w1, w2, as_points("weight3", val("weight3")), _text(merged_val("explanation")),
                  _text(merged_val("points")), _text(merged_val("criteria")), val("score"), _text(val("comment")),
                  b1, b2)
        if grades:
            row.graded = [(p, t) for p, t in ((p, _text(merged_value(r, c))) for c, p in grades) if t]
            row.criteria = graded_criteria(row.criteria, row.graded)
            _check_top_grade(row, out.warnings)
        out.rows.append(row)
        prev1, prev2, prev_w1, prev_w2, prev_block1, prev_block2 = l1, l2, w1, w2, b1, b2
    if not out.rows and not out.errors:
        out.errors.append(said("表头下面没有任何指标行"))
    return out


def _check_top_grade(row: Row, warnings: list[Said]) -> None:
    """The highest grade a row's graded cells give should be its 分值: a difference is reported (the proposal
    then cannot read the grades as the indicator's rule, and the evaluator sets it)."""
    if not row.graded:
        return
    where = said("第 {row} 行三级指标“{name}”", row=row.excel_row, name=row.name)
    weight = _number(row.weight, where, [], required=False)  # a 分值 that is no number is reported later
    top = max(p for p, _t in row.graded)
    if weight is not None and top != weight:
        warnings.append(said("{where}的最高档次 {top} 分与其分值 {points} 不相等，请核对其评分规则", where=where,
                             top=fmt(top), points=fmt(weight)))


# ── building the framework ──────────────────────────────────────────────────
@dataclass
class LeafProposal:
    code: str
    name: str
    excel_row: int
    criteria: str
    proposal: Proposal
    source: str  # "表内保存的规则" | "按评分标准识别" | "无法识别，酌情评分"


@dataclass
class ImportReport:
    errors: list[Said] = field(default_factory=list)
    warnings: list[Said] = field(default_factory=list)
    proposals: list[LeafProposal] = field(default_factory=list)
    scores: dict[str, dict[str, Any]] = field(default_factory=dict)  # code → {"score": Decimal|None, "comment": str}
    total_score: Decimal | None = None
    leaves: int = 0

    @property
    def ok(self) -> bool:
        return not self.errors

    def text(self) -> Said:
        """The report, a line each: ``str()`` of it is the Chinese, the window shows it in its language."""
        lines: list[Said] = []
        if self.errors:
            lines.append(said("发现 {count} 处必须修改的问题（未创建任何内容）：", count=len(self.errors)))
            lines += [said("  ✗ {problem}", problem=e) for e in self.errors]
        else:
            recognised = sum(1 for p in self.proposals if p.proposal.confident)
            fallback = sum(1 for p in self.proposals if not p.proposal.confident and p.proposal.kind == FALLBACK.type)
            check = self.leaves - recognised - fallback  # a rule proposed, but flagged 请核对
            lines.append(said("校验通过：三级指标 {leaves} 个，其中 {recognised} 个识别出评分规则，{fallback} 个设为酌情评分。",
                              leaves=self.leaves, recognised=recognised, fallback=fallback) if not check else
                         said("校验通过：三级指标 {leaves} 个，其中 {recognised} 个识别出评分规则，{check} 个提出了规则但请核对，"
                              "{fallback} 个设为酌情评分。", leaves=self.leaves, recognised=recognised, check=check,
                              fallback=fallback))
            if self.scores:
                count = sum(1 for s in self.scores.values() if s.get("score") is not None)
                lines.append(said("表中有得分 {count} 个", count=count) if self.total_score is None else
                             said("表中有得分 {count} 个，合计 {total} 分", count=count, total=fmt(self.total_score)))
        if self.warnings:
            lines.append(said("提示 {count} 条：", count=len(self.warnings)))
            lines += [said("  · {warning}", warning=w) for w in self.warnings]
        return joined(lines, LINE_BREAK)


_L1_WEIGHT = re.compile(r"^(.*?)[（(]\s*(\d+(?:\.\d+)?)\s*分?\s*[)）]\s*$")


def _number(v: Any, where: Said, errors: list[Said], required: bool = True) -> Decimal | None:
    if v is None or (isinstance(v, str) and not v.strip()):
        if required:
            errors.append(said("{where}为空", where=where))
        return None
    if isinstance(v, bool):
        errors.append(said("{where}“{value}”不是数字", where=where, value=str(v)))
        return None
    if isinstance(v, (int, float)):
        d = Decimal(repr(v)) if isinstance(v, float) else Decimal(v)
        return d.quantize(Decimal("0.000001")).normalize() if isinstance(v, float) else d
    text = _clean(v).translate(str.maketrans("０１２３４５６７８９．", "0123456789.")).rstrip("分")
    try:
        d = Decimal(text)
        if not d.is_finite():
            raise InvalidOperation
        return d
    except InvalidOperation:
        errors.append(said("{where}“{value}”不是数字", where=where, value=_text(v)))
        return None


#: the proposals of one import, by (评分标准, 分值 as written, 名称, 指标说明, 指标解释): what a second build of the
#: same sheet (the wizard's last step, with the evaluator's choices) reads instead of proposing again
ProposalCache = dict[tuple[str, str, str, str, str], Proposal]


def build_framework(sheet: SheetRows, id: str | None = None, name: str | None = None, total: Any = None,
                    grade_scheme: Any = None, rules: TMapping[str, list[dict[str, Any]]] | None = None,
                    source: str = "", progress: Callable[[int], None] | None = None,
                    cache: ProposalCache | None = None) -> tuple[dict[str, Any] | None, ImportReport]:
    """The framework dict (``fieldeval-framework/1``) and the validation report; None when it has errors.

    ``rules`` (code → items) replaces the proposed rule of a leaf, e.g. after the evaluator changed
    it in the confirmation step. ``progress(percent)`` is told how far the rule proposals are (they are
    the import's cost: ~1–2 ms a text); ``cache`` keeps them for a later build of the same rows.
    """
    rep = ImportReport(errors=list(sheet.errors), warnings=list(sheet.warnings))
    if rep.errors and not sheet.rows:
        return None, rep
    meta = sheet.meta
    level1: list[dict[str, Any]] = []
    # group the rows: consecutive rows with the same level-1 (and the same merged block) form one node
    groups1: list[tuple[str, tuple[int, int], list[Row]]] = []
    seen1: set[str] = set()
    for row in sheet.rows:
        if groups1 and groups1[-1][0] == row.level1 and (groups1[-1][1] == row.block1 or row.block1[0] == row.block1[1]):
            groups1[-1][2].append(row)
        else:
            if row.level1 in seen1:
                rep.errors.append(said("一级指标“{name}”出现在不相连的行（第 {row} 行），同一指标的行应排在一起",
                                       name=row.level1, row=row.excel_row))
            seen1.add(row.level1)
            groups1.append((row.level1, row.block1, [row]))
    stored = sheet.stored_rules
    upper_codes = _stored_upper_codes(stored)
    proposals: ProposalCache = {} if cache is None else cache  # the same words, the same proposal
    weights = _leaf_weights(sheet.rows)
    fresh = _propose_rows(sheet, weights, proposals, progress)
    for i1, (l1_text, _b, rows1) in enumerate(groups1, 1):
        m = _L1_WEIGHT.match(l1_text)
        l1_name = m.group(1).strip() if m else l1_text
        where1 = said("一级指标“{name}”（第 {row} 行）", name=l1_name, row=rows1[0].excel_row)
        w1 = _number(rows1[0].weight1, said("{where}的分值", where=where1), rep.errors, required=False)
        if w1 is None and m:
            w1 = Decimal(m.group(2))
        node1: dict[str, Any] = {"code": str(i1), "name": l1_name, "weight": None, "children": []}
        groups2: list[tuple[str, list[Row]]] = []
        seen2: set[str] = set()
        for row in rows1:
            if groups2 and groups2[-1][0] == row.level2:
                groups2[-1][1].append(row)
            else:
                if row.level2 and row.level2 in seen2:
                    rep.errors.append(said("二级指标“{name}”出现在不相连的行（第 {row} 行）", name=row.level2, row=row.excel_row))
                seen2.add(row.level2)
                groups2.append((row.level2, [row]))
        sum1 = Decimal(0)
        ok1 = True
        for i2, (l2_name, rows2) in enumerate(groups2, 1):
            if l2_name:
                where2 = said("二级指标“{name}”（第 {row} 行）", name=l2_name, row=rows2[0].excel_row)
                w2 = _number(rows2[0].weight2, said("{where}的分值", where=where2), rep.errors, required=False)
                node2: dict[str, Any] = {"code": f"{i1}.{i2}", "name": l2_name, "weight": None, "children": []}
                parent, prefix = node2, f"{i1}.{i2}"
            else:
                w2, node2, parent, prefix = None, None, node1, f"{i1}"
            sum2 = Decimal(0)
            ok2 = True
            for i3, row in enumerate(rows2, 1):
                where3 = said("第 {row} 行三级指标“{name}”", row=row.excel_row, name=row.name)
                w3 = weights[_row_id(row)]
                if w3 is None:  # parsed again only to report why it is no number
                    _number(row.weight, said("{where}的分值", where=where3), rep.errors)
                    ok2 = False
                    continue
                key = (l1_text, row.level2, row.name)
                rec = stored.get(key)
                code = f"{prefix}.{i3}" if node2 is not None else f"{prefix}.{len(parent['children']) + 1}"
                leaf: dict[str, Any] = {"code": code, "name": row.name, "weight": _s(w3),
                                        "explanation": row.explanation, "points": row.points, "criteria": row.criteria}
                if _keeps_stored_rule(rec, row, w3):
                    leaf["code"] = rec.get("code", code)
                    items = rec["items"]
                    prop = Proposal(items, items[0]["type"] if len({i["type"] for i in items}) == 1 else "mixed",
                                    "沿用导出时保存的评分规则", True)
                    src = "表内保存的规则"
                else:
                    prop = _proposal(proposals, fresh, row.criteria, w3, row.name, row.points, row.explanation)
                    # a proposal to check is shown, not applied: the leaf is 酌情评分 until the evaluator takes it
                    items = prop.items if prop.confident else _fallback_items(w3, row.name)
                    src = "按评分标准识别" if prop.confident else "无法识别，酌情评分"
                    if rec:
                        rep.warnings.append(said("{where}：评分标准或分值已在表中修改，评分规则按新文字重新识别", where=where3))
                if rules and leaf["code"] in rules:
                    items = rules[leaf["code"]]
                    src = "已确认/修改"
                leaf["items"] = items
                parent["children"].append(leaf)
                rep.proposals.append(LeafProposal(leaf["code"], row.name, row.excel_row, row.criteria, prop, src))
                sum2 += w3
                if sheet.has_scores:
                    sc = _number(row.score, said("{where}的得分", where=where3), rep.errors, required=False)
                    if sc is not None and sc > w3:
                        rep.errors.append(said("{where}的得分 {score} 超过其分值 {points}", where=where3, score=fmt(sc),
                                               points=fmt(w3)))
                    if sc is not None and sc < 0:
                        rep.errors.append(said("{where}的得分不能为负数", where=where3))
                    if sc is not None or row.comment:
                        rep.scores[leaf["code"]] = {"score": sc, "comment": row.comment}
            if node2 is not None:
                if rec_code := upper_codes.get((l1_text, l2_name, 2)):
                    node2["code"] = rec_code
                if w2 is None and ok2:
                    w2 = sum2
                    rep.warnings.append(said("{where}未写分值，按其三级指标合计 {sum} 分", where=where2, sum=fmt(sum2)))
                elif w2 is not None and ok2 and sum2 != w2:
                    rep.errors.append(said("{where}的分值 {points} 与其三级指标分值之和 {sum} 不相等", where=where2,
                                           points=fmt(w2), sum=fmt(sum2)))
                node2["weight"] = _s(w2) if w2 is not None else "0"
                node1["children"].append(node2)
                ok1 = ok1 and ok2 and w2 is not None
                sum1 += w2 if w2 is not None else Decimal(0)
            else:
                ok1 = ok1 and ok2
                sum1 += sum2
        if rec_code := upper_codes.get((l1_text, "", 1)):
            node1["code"] = rec_code
        if w1 is None and ok1:
            w1 = sum1
            rep.warnings.append(said("{where}未写分值，按其下级指标合计 {sum} 分", where=where1, sum=fmt(sum1)))
        elif w1 is not None and ok1 and sum1 != w1:
            rep.errors.append(said("{where}的分值 {points} 与其下级指标分值之和 {sum} 不相等", where=where1,
                                   points=fmt(w1), sum=fmt(sum1)))
        node1["weight"] = _s(w1) if w1 is not None else "0"
        level1.append(node1)
    rep.leaves = len(rep.proposals)
    sum_total = sum((Decimal(n["weight"]) for n in level1), Decimal(0))
    t = None
    if total not in (None, ""):
        t = _number(total, said("总分"), rep.errors)
    elif sheet.total is not None:
        t = _number(sheet.total, said("合计行的分值"), rep.errors, required=False)
        if t is not None and t != sum_total and not rep.errors:
            rep.errors.append(said("合计行的分值 {total} 与一级指标分值之和 {sum} 不相等", total=fmt(t), sum=fmt(sum_total)))
    elif meta.get("total"):
        t = _number(meta["total"], said("总分"), rep.errors)
    if t is None:
        t = sum_total
    if sheet.has_scores and sheet.total_score is not None:
        rep.total_score = _number(sheet.total_score, said("合计行的得分"), rep.warnings, required=False)
    stem = re.sub(r"[^0-9A-Za-z_-]+", "-", Path(source).stem).strip("-").lower() if source else ""
    data = {
        "format": FORMAT,
        "id": id or meta.get("id") or ("import-" + stem if stem else "imported-framework"),
        "name": name or meta.get("name") or sheet.title or (Path(source).stem if source else "导入的指标体系"),
        "description": meta.get("description") or (f"由 Excel 文件“{Path(source).name}”导入。" if source else ""),
        "total": _s(t),
        "grade_scheme": grade_scheme or meta.get("grade_scheme") or "national",
        "na_policy": meta.get("na_policy") or "proportional",  # an export of a file without one says null
        "nodes": level1,
    }
    if meta.get("finding_categories"):
        data["finding_categories"] = meta["finding_categories"]
    if rep.errors:
        return None, rep
    problems = check(data)
    if problems:
        rep.errors += problems
        return None, rep
    return data, rep


def _items_total(items: Any) -> Decimal | None:
    try:
        return sum((Decimal(str(i["max"])) for i in items), Decimal(0))
    except (TypeError, KeyError, InvalidOperation):
        return None


def _stored_upper_codes(stored: dict[tuple[str, str, str], dict[str, Any]]) -> dict[tuple[str, str, int], str]:
    """(一级指标 text, 二级指标 name or "", level) → the code the exported framework gave that node.

    The first stored leaf under a node names its code (one pass over the stored rules).
    """
    out: dict[tuple[str, str, int], str] = {}
    for key, rec in stored.items():
        codes = rec.get("upper_codes") or []
        if len(codes) >= 1:
            out.setdefault((key[0], "", 1), codes[0])
        if len(codes) >= 2:
            out.setdefault((key[0], key[1], 2), codes[1])
    return out


def _keeps_stored_rule(rec: dict[str, Any] | None, row: Row, weight: Decimal) -> TypeGuard[dict[str, Any]]:
    """The exported rule stored for a leaf is its rule while its 评分标准 and 分值 are as exported (then ``rec`` is a
    record, not None: the type checker is told so)."""
    return bool(rec and rec.get("criteria", "") == row.criteria and _items_total(rec.get("items")) == weight)


_row_id = id  # ``build_framework``'s parameter ``id`` hides the builtin


def _leaf_weights(rows: list[Row]) -> dict[int, Decimal | None]:
    """Each row's 分值 parsed once, by ``_row_id`` of the row: None where it is no number (the build says why)."""
    return {_row_id(row): _number(row.weight, said("分值"), []) for row in rows}


def _proposal_key(criteria: str, weight: Decimal, name: str, points: str,
                  explanation: str) -> tuple[str, str, str, str, str]:
    """A proposal's key in the ``ProposalCache``: its words, the 分值 as written."""
    return criteria, str(weight), name, points, explanation


def _propose_rows(sheet: SheetRows, weights: dict[int, Decimal | None], cache: ProposalCache,
                  progress: Callable[[int], None] | None) -> set[tuple]:
    """Every leaf's words not yet in ``cache`` proposed once (``propose_many``: in worker processes for a large
    sheet), before the framework is built row by row from the cache; the keys proposed now. ``weights``: each row's
    分值 parsed (by ``id`` of the row); a row whose 分值 is not a number is left to the build, which reports it."""
    wanted: dict[tuple[str, str, str, str, str], tuple[str, Decimal, str, str, str]] = {}
    for row in sheet.rows:
        w3 = weights[_row_id(row)]
        if w3 is None or _keeps_stored_rule(sheet.stored_rules.get((row.level1, row.level2, row.name)), row, w3):
            continue
        args = (row.criteria, w3, row.name, row.points, row.explanation)
        key = _proposal_key(*args)
        if key not in cache:
            wanted.setdefault(key, args)
    tell = None if progress is None else (lambda done: progress(done * 100 // max(len(wanted), 1)))
    for key, found in zip(wanted, propose_many(list(wanted.values()), tell)):
        cache[key] = found
    return set(wanted)


def _proposal(cache: ProposalCache, fresh: set[tuple], criteria: str, weight: Decimal,
              name: str, points: str, explanation: str) -> Proposal:
    """``propose`` once per distinct (评分标准, 分值, 名称, 指标说明, 指标解释); the first leaf of a proposal made for
    this build takes it, a repeat (or a later build) gets its own copy.

    The 分值 is compared as written (“1” and “1.0” are not the same words: the rule states what it read)."""
    key = _proposal_key(criteria, weight, name, points, explanation)
    found = cache.get(key)
    if found is None:
        found = cache[key] = propose(criteria, weight, name, points, explanation)
        return found
    if key in fresh:
        fresh.discard(key)
        return found
    return Proposal(**{f.name: _copied(getattr(found, f.name)) for f in fields(Proposal)})


def _copied(value: Any) -> Any:
    """A deep copy of plain data (dicts, lists and tuples of text, numbers, booleans and None), made
    directly: ``copy.deepcopy`` took three quarters of the import of a sheet repeating its indicators."""
    if isinstance(value, (str, int, float, Decimal)) or value is None:
        return value  # bool is an int
    if type(value) is dict:
        return {k: _copied(v) for k, v in value.items()}
    if type(value) is list:
        return [_copied(v) for v in value]
    if type(value) is tuple:
        return tuple(_copied(v) for v in value)
    return copy.deepcopy(value)


def column_number(letters: str) -> int:
    """'C' → 3, 'AA' → 27; a plain number is taken as it is."""
    t = letters.strip().upper()
    if t.isdigit() and int(t) > 0:
        return int(t)
    if not t or not t.isalpha():
        raise ExcelImportError(MAPPING_SOURCE, [said("“{text}”不是列号（应为 A、B、C… 或 1、2、3…）", text=letters)])
    n = 0
    for ch in t:
        n = n * 26 + ord(ch) - 64
    return n


#: the key that names the graded columns as a whole in a mapping text (“档次=无”: none)
GRADES_KEY = "档次"
_NONE_WORDS = ("无", "none", "-")


def apply_map(mapping: Mapping, text: str) -> Mapping:
    """“三级指标=C,分值=E,评分标准=G,表头=2,工作表=评分表”: the given columns override the guessed ones.

    A graded column (评分档次列) is given by its grade's points as its header states them: “5分=F,3分=G,0分=H”
    (“优秀(10分)=F” reads as “10分=F”); “5分=无” drops the 5-point grade, “档次=无” every graded column. A
    column given a role stops being graded, and the other way round."""
    columns = dict(mapping.columns)
    grades = dict(mapping.grades)
    given: dict[Decimal, str] = {}  # points → the column this text gave them (twice is a mistake)
    sheet, header_row = mapping.sheet, mapping.header_row
    by_name = {v: k for k, v in ROLES.items()} | {"分值": "weight3", "权重": "weight3", "末级指标": "level3"}
    for part in re.split(r"[,，;；]", text):
        if not part.strip():
            continue
        if "=" not in part:
            raise ExcelImportError(MAPPING_SOURCE, [said("“{text}”应写成 列名=列号，例如 {example}", text=part,
                                                         example="三级指标=C")])
        key, value = (x.strip() for x in part.split("=", 1))
        if key in ("表头", "表头行"):
            header_row = column_number(value)
            continue
        if key in ("工作表", "sheet"):
            sheet = value
            continue
        if key == GRADES_KEY:
            if value.lower() not in _NONE_WORDS:
                raise ExcelImportError(MAPPING_SOURCE, [said("“{text}”：档次列应逐列写成 分值=列号，例如 {example}；"
                                                             "“{none}”表示没有档次列", text=part.strip(),
                                                             example="5分=F,3分=G,0分=H", none=f"{GRADES_KEY}=无")])
            grades.clear()
            continue
        points = None if key in by_name else grade_points(key)
        if points is not None:
            if points in given:
                raise ExcelImportError(MAPPING_SOURCE, [said("档次 {points} 分给了两列（{columns}）", points=fmt(points),
                                                             columns=joined([given[points], value], "、"))])
            given[points] = value
            grades = {c: p for c, p in grades.items() if p != points}
            if value.lower() in _NONE_WORDS:
                continue
            col = column_number(value)
            columns = {r: c for r, c in columns.items() if c != col}
            grades[col] = points
            continue
        if "分" in key and re.search(r"\d", key):
            raise ExcelImportError(MAPPING_SOURCE, [said("“{name}”不是档次：档次列写成 分值=列号，例如 {example}",
                                                         name=key, example="5分=F")])
        role = by_name.get(key) or _role_of(key)
        if role == "weight":
            role = "weight3"
        if role not in ROLES:
            raise ExcelImportError(MAPPING_SOURCE, [said("不认识的列名“{name}”（可用：{known}）", name=key,
                                                         known=joined([role_name(r) for r in ROLES], "、"))])
        col = column_number(value)
        # (one column may be both 一级指标 and 三级指标: a one-level table, each row its own 一级指标)
        columns = {r: c for r, c in columns.items() if c != col or {r, role} == _ONE_LEVEL}
        columns[role] = col
        grades.pop(col, None)
    out = Mapping(sheet, header_row, columns, mapping.headers, mapping.total, dict(sorted(grades.items())))
    problems = out.grade_problems()
    if problems:
        raise ExcelImportError(MAPPING_SOURCE, problems)
    return out


def remember_mapping(mapping: Mapping) -> None:
    """Keep the mapping for this header layout (settings key ``import_mappings``), for the next such sheet."""
    from services import settings

    saved = settings.stored().get(settings.IMPORT_MAPPINGS)
    saved = dict(saved) if isinstance(saved, dict) else {}
    saved[mapping.layout_key()] = mapping_text(mapping)
    settings.set_value(settings.IMPORT_MAPPINGS, saved)


def remembered_mapping(guessed: Mapping) -> Mapping | None:
    """The mapping saved for a sheet with the same header layout as ``guessed``, or None."""
    from services import settings

    saved = settings.stored().get(settings.IMPORT_MAPPINGS)
    text = saved.get(guessed.layout_key()) if isinstance(saved, dict) else None
    if not isinstance(text, str):
        return None
    try:
        # (the saved text says every column, the graded ones too: a text saved before them reads as it did)
        return apply_map(Mapping(guessed.sheet, guessed.header_row, {}, guessed.headers, guessed.total), text)
    except ExcelImportError:
        return None  # a damaged entry is ignored: the guess stands


def mapping_text(mapping: Mapping) -> str:
    """The mapping written as --map takes it (to save and use again)."""
    parts = [f"工作表={mapping.sheet}", f"表头={mapping.header_row}"]
    given = [(c, f"{ROLES[r]}={_col_letter(c)}") for r, c in mapping.columns.items()]
    given += [(c, f"{_s(p)}分={_col_letter(c)}") for c, p in mapping.grades.items()]  # a graded column: 5分=F
    parts += [words for _c, words in sorted(given, key=lambda cw: cw[0])]
    return ",".join(parts)


def import_xlsx(path: Path | str, mapping: Mapping | None = None, **kwargs: Any
                ) -> tuple[dict[str, Any] | None, ImportReport, Mapping]:
    """All three steps with the guessed (or given) mapping."""
    mapping = mapping or guess_mapping(path)
    sheet = read_rows(path, mapping)
    data, rep = build_framework(sheet, source=str(path), **kwargs)
    return data, rep, mapping


def write_framework_json(data: dict[str, Any], out: Path | str) -> Path:
    """Write a validated framework file (temp file, then replace)."""
    problems = check(data)
    if problems:
        raise FrameworkError(str(data.get("name", out)), problems)
    out = check_target(out)
    return atomic_write_text(out, dumps(data))


def create_evaluation(data: dict[str, Any], out: Path | str, report: ImportReport | None = None,
                      info: TMapping[str, Any] | None = None, actor: str = ""):
    """A new evaluation file from an imported framework, with the imported 得分 and 评分说明.

    A score on a single judgement item becomes its input; any other imported score becomes an
    override whose reason says it came from the spreadsheet, so the team sees it before printing.
    Returns the open store.
    """
    from services.evaluation import assessments
    from services.frameworks import catalog

    fw = catalog.from_dict(data, str(data.get("name")))
    store = assessments.create(out, fw, info or {}, actor=actor)
    try:
        if report and report.scores:
            ids = assessments.indicator_ids(store)
            items_of = {n["code"]: n.get("items") for n, _p, _l in fw.walk()}
            for code, sc in report.scores.items():
                iid = ids[code]
                items = items_of.get(code) or []
                comment = sc.get("comment") or ""
                if sc.get("score") is not None:
                    if len(items) == 1 and items[0]["type"] == FALLBACK.type:
                        assessments.set_inputs(store, iid, {items[0]["key"]: {
                            "score": format(sc["score"], "f"), "reason": comment or "按导入的评分表得分"}})
                    else:
                        assessments.set_override(store, iid, sc["score"], "按导入的评分表得分" + (f"：{comment}" if comment else ""))
                if comment:
                    assessments.set_comment(store, iid, comment)
    except BaseException:
        store.close()
        Path(out).unlink(missing_ok=True)
        raise
    return store


# ── export ──────────────────────────────────────────────────────────────────
def _framework_dict(fw: Framework | dict[str, Any]) -> dict[str, Any]:
    return fw.to_dict() if isinstance(fw, Framework) else dict(fw)


class DeepTreeError(FrameworkError, EditRefused):
    """The 评分表 layout has three levels; a tree it cannot hold is refused, never flattened silently.

    Its text is one line for the evaluator (the window shows it as an edit refused, the command line
    as its error)."""

    def __init__(self, source: str, reason: str):
        super().__init__(source, [reason])
        self.reason = reason
        self.args = (reason,)  # what it says (models.messages.message_of) is the one line

    def __reduce__(self) -> tuple[Any, ...]:
        return (DeepTreeError, (self.source, self.reason))


def _depth(node: dict[str, Any]) -> int:
    kids = node.get("children") or []
    return 1 + max((_depth(c) for c in kids), default=0)


def _check_depth(data: dict[str, Any]) -> None:
    """Refuse a tree the three levels of the 评分表 cannot hold as it is."""
    nodes = data.get("nodes") or []
    name = str(data.get("name", ""))
    deep = [n.get("name", "") for n in nodes if _depth(n) > 3]
    if deep:
        raise DeepTreeError(name, said("指标体系“{name}”在一级指标“{names}”下有第四级指标，评分表只有三级指标列，"
                                       "导出会丢失层级，未导出；请先把第四级并入三级指标", name=name, names=joined(deep[:3], "、")))
    flat = [n.get("name", "") for n in nodes if "children" not in n]
    if flat:
        raise DeepTreeError(name, said("一级指标“{names}”下没有下级指标，评分表的每一行都是一个三级指标，"
                                       "导出会改变层级，未导出；请先在其下设置指标", names=joined(flat[:3], "、")))


def _leaf_paths(nodes: list[dict[str, Any]]) -> Iterable[tuple[dict, dict | None, dict]]:
    """(level-1, level-2 or None, leaf) for every leaf, in order (a tree _check_depth accepted)."""
    for n1 in nodes:
        for n2 in n1.get("children") or []:
            if "items" in n2:
                yield n1, None, n2  # a leaf right under its 一级指标: the 二级指标 cell stays empty
                continue
            for leaf in n2.get("children") or []:
                yield n1, n2, leaf


def export_xlsx(fw: Framework | dict[str, Any], out: Path | str, scores: TMapping[str, tuple[Any, str]] | None = None,
                total_score: Decimal | None = None, title: str | None = None) -> Path:
    """Write the 评分表 layout; with ``scores`` (code → (score, 评分说明)) the 得分 and 评分说明 columns too."""
    import openpyxl
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    data = _framework_dict(fw)
    _check_depth(data)
    with_scores = scores is not None
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "评分表"
    headers = ["一级指标", "二级指标", "分值", "三级指标", "分值", "指标解释", "指标说明", "评分标准"]
    if with_scores:
        headers += ["得分", "评分说明"]
    ncol = len(headers)
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center")
    center = Alignment(wrap_text=True, vertical="center", horizontal="center")
    ws.cell(1, 1, title or f"{data.get('name', '')}{'评分表' if not str(data.get('name', '')).endswith('表') else ''}")
    ws.cell(1, 1).font = Font(bold=True, size=14)
    ws.cell(1, 1).alignment = Alignment(horizontal="center", vertical="center")
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws.row_dimensions[1].height = 28
    for c, h in enumerate(headers, 1):
        cell = ws.cell(2, c, h)
        cell.font = Font(bold=True)
        cell.alignment = center
        cell.border = border
        cell.fill = PatternFill("solid", fgColor="E7ECF3")
    widths = [10, 14, 6, 16, 6, 30, 42, 30, 7, 30][:ncol]
    for c, w in enumerate(widths, 1):
        ws.column_dimensions[_col_letter(c)].width = w
    row = 3
    rules_rows = []
    blocks1: dict[str, list[int]] = {}
    blocks2: dict[str, list[int]] = {}
    for n1, n2, leaf in _leaf_paths(data["nodes"]):
        l1_label = f"{n1['name']}（{fmt(Decimal(str(n1['weight'])))}分）"
        values = [l1_label, n2["name"] if n2 else "", _num(n2["weight"]) if n2 else None, leaf["name"],
                  _num(leaf["weight"]), leaf.get("explanation", ""), leaf.get("points", ""), leaf.get("criteria", "")]
        if with_scores:
            sc = scores.get(leaf["code"]) if scores else None
            values += [_num(sc[0]) if sc and sc[0] is not None else None, (sc[1] if sc else "") or ""]
        for c, v in enumerate(values, 1):
            cell = _text_cell(ws, row, c, v)
            cell.border = border
            cell.alignment = center if c in (1, 2, 3, 5, 9) else wrap
        blocks1.setdefault(n1["code"], []).append(row)
        if n2:
            blocks2.setdefault(n2["code"], []).append(row)
        rules_rows.append({"path": [l1_label, n2["name"] if n2 else "", leaf["name"]], "code": leaf["code"],
                           "upper_codes": [n1["code"]] + ([n2["code"]] if n2 else []),
                           "criteria": leaf.get("criteria", ""), "items": leaf["items"]})
        row += 1
    for rows in blocks1.values():
        if len(rows) > 1:
            ws.merge_cells(start_row=rows[0], start_column=1, end_row=rows[-1], end_column=1)
    for rows in blocks2.values():
        if len(rows) > 1:
            for c in (2, 3):
                ws.merge_cells(start_row=rows[0], start_column=c, end_row=rows[-1], end_column=c)
    total = Decimal(str(data.get("total", "100")))
    total_values = ["合计", "", _num(total), "", _num(total), "", "", ""]
    if with_scores:
        total_values += [_num(total_score) if total_score is not None else None, ""]
    for c, v in enumerate(total_values, 1):
        cell = ws.cell(row, c, v if v != "" else None)
        cell.border = border
        cell.font = Font(bold=True)
        cell.alignment = center
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=2)
    ws.freeze_panes = "A3"
    ws.print_title_rows = "2:2"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    # the exact rules, so that the file imports back into the same framework
    hidden = wb.create_sheet(RULES_SHEET)
    hidden.sheet_state = "hidden"
    meta = {k: data.get(k) for k in ("id", "name", "description", "total", "grade_scheme", "finding_categories", "na_policy")}
    hidden.cell(1, 1, RULES_MARK)
    hidden.cell(1, 2, json.dumps(meta, ensure_ascii=False))
    for i, rec in enumerate(rules_rows, 2):
        hidden.cell(i, 1, json.dumps(rec, ensure_ascii=False))
    out = check_target(out)
    return atomic_write(out, wb.save)


def _text_cell(ws, row: int, col: int, value: Any):
    """Write a cell; text starting with = + - @ or a tab stays text (never a live formula)."""
    cell = ws.cell(row, col)
    cell.value = value
    if isinstance(value, str) and value.startswith(("=", "+", "-", "@", "\t", "\r")):
        cell.data_type = "s"
        cell.quotePrefix = True
    return cell


def _num(v: Any) -> int | float | None:
    """A number for a spreadsheet cell (Excel stores floats; the text in the file stays exact)."""
    if v is None or v == "":
        return None
    d = Decimal(str(v))
    return int(d) if d == d.to_integral_value() else float(d)


def export_evaluation_xlsx(store, out: Path | str) -> Path:
    """The scored evaluation: its framework with 得分 and 评分说明, and the total."""
    from services.evaluation import assessments
    from services.frameworks.edit import framework_of

    fw = framework_of(store)
    sheet = assessments.score(store)
    info = assessments.get_info(store)
    scores = {n.code: (n.score, n.comment) for n in sheet.leaves()}
    title = f"{info.name or fw['name']}绩效评分表"
    return export_xlsx(fw, out, scores=scores, total_score=sheet.total, title=title)


def describe_proposal(p: LeafProposal) -> str:
    kinds = "、".join(dict.fromkeys(rule_name(i["type"]) for i in p.proposal.items))
    return f"{p.code} {p.name}：{kinds} — {p.proposal.summary}" + (f"（{'；'.join(p.proposal.notes)}）" if p.proposal.notes else "")
