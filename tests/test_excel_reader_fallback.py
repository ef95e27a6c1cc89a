"""The Excel reader's fast path (a subclass of openpyxl's private worksheet parser) and its fallback (openpyxl's
public ``iter_rows``) read the same rows, merged ranges and import results; the fallback is taken when the
private parser cannot be imported or no longer has the interface the fast path was written against."""
from __future__ import annotations

import datetime
import functools
import sys
import types

import openpyxl
import pytest
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.worksheet import _reader

from services.frameworks import catalog, excel as xf
from tests.excel_sheets import GOOD, GOOD_MERGES, write_sheet

PRIVATE = "openpyxl.worksheet._reader"


@pytest.fixture(autouse=True)
def fresh_reader():
    """Each test decides afresh which path the reader takes, and reads the files again."""
    xf._sheet_parser.cache_clear()
    xf._LAST.clear()
    yield
    xf._sheet_parser.cache_clear()
    xf._LAST.clear()


def _odd_sheet(tmp_path):
    """Cells of every kind a sheet holds: rich text, several text runs, numbers, a date, a boolean, a formula
    without a cached value, text with spaces, rows left out and a row longer than the others."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "评分表"
    ws.append(["一级指标", "二级指标", "分值", "三级指标", "分值", "指标解释", "指标说明", "评分标准"])
    ws.append(["决策（10分）", CellRichText("项目", TextBlock(InlineFont(b=True), "立项")), 10, "  立项依据  ", 10.0,
               "", None, "①、②各5分。"])
    ws.cell(5, 1, datetime.date(2024, 3, 1))
    ws.cell(5, 3, True)
    ws.cell(5, 12, "=SUM(C2:C3)")
    ws.cell(7, 2, -0.25)
    other = wb.create_sheet("说明")
    other.append(["本表由评价机构填写"])
    other.sheet_state = "hidden"
    path = tmp_path / "odd.xlsx"
    wb.save(path)
    return path


@pytest.fixture
def sheets(tmp_path):
    """A real exported framework (the shipped 数字衡阳 system, with its hidden rules sheet), an agency's sheet
    with merged cells, and a sheet of odd cells."""
    exported = xf.export_xlsx(catalog.load("shuzi-hengyang-2024"), tmp_path / "exported.xlsx")
    agency = write_sheet(tmp_path, GOOD, merges=GOOD_MERGES, name="agency.xlsx")
    return [exported, agency, _odd_sheet(tmp_path)]


def _read(path):
    xf._LAST.clear()
    book = xf._read_book(path, True)
    return [(ws.title, ws.sheet_state, ws.grid, sorted(r.coord for r in ws.merged)) for ws in book.worksheets]


def _imported(path):
    xf._LAST.clear()
    try:
        data, report, mapping = xf.import_xlsx(path)
    except xf.ExcelImportError as exc:
        return ("refused", [str(p) for p in exc.problems])
    return data, str(report.text()), [str(w) for w in report.warnings], mapping.columns, mapping.header_row


def _fast(paths):
    xf._sheet_parser.cache_clear()
    assert xf._sheet_parser() is not None  # the installed openpyxl: the fast path
    return [_read(p) for p in paths], [_imported(p) for p in paths]


def test_the_installed_openpyxl_gets_the_fast_parser():
    parser = xf._sheet_parser()
    assert parser is not None and issubclass(parser, _reader.WorkSheetParser)


def test_without_the_private_parser_the_public_reading_gives_the_same_rows_and_imports(sheets, monkeypatch):
    rows, imports = _fast(sheets)
    monkeypatch.setitem(sys.modules, PRIVATE, None)  # `from openpyxl.worksheet._reader import …` fails
    xf._sheet_parser.cache_clear()
    with pytest.raises(ImportError):
        __import__(PRIVATE)
    assert xf._sheet_parser() is None
    assert [_read(p) for p in sheets] == rows
    assert [_imported(p) for p in sheets] == imports
    # what was read: the real framework came back whole, rules included, and the odd cells as openpyxl reads them
    assert imports[0][0]["nodes"] == catalog.load("shuzi-hengyang-2024").to_dict()["nodes"]
    assert imports[1][0] is not None and len(imports[1][0]["nodes"]) == 2
    odd = rows[2][0][2]
    assert odd[1][:5] == ["决策（10分）", "项目立项", 10, "  立项依据  ", 10]
    assert odd[2:4] == [[], []] and odd[4][0] == datetime.datetime(2024, 3, 1) and odd[4][2] is True
    assert odd[4][11] is None and odd[6] == [None, -0.25]
    assert rows[2][1][:2] == ("说明", "hidden")


class _NoTimedelta(_reader.WorkSheetParser):
    """A parser whose arguments changed (no timedelta_formats)."""

    def __init__(self, src, shared_strings, data_only=False, epoch=None, date_formats=()):
        super().__init__(src, shared_strings, data_only=data_only, epoch=epoch, date_formats=date_formats)


class _RowsRenamed(_reader.WorkSheetParser):
    """A parser that reads rows under another name (``parse`` gone)."""

    parse = None

    def rows(self):
        return _reader.WorkSheetParser.parse(self)


class _CellsChanged(_reader.WorkSheetParser):
    """A parser whose cells are no longer dicts (the fast path's own cell would not fit among them)."""

    def parse(self):
        for idx, cells in super().parse():
            yield idx, [types.SimpleNamespace(**c) for c in cells]


class _CounterRenamed(_reader.WorkSheetParser):
    """A parser that keeps its column counter under another name: the fast cell reading would fail."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        del self.col_counter

    def parse_cell(self, element):
        self.col_counter = getattr(self, "col_counter", 0)
        cell = super().parse_cell(element)
        del self.col_counter
        return cell


@pytest.mark.parametrize("changed", [_NoTimedelta, _RowsRenamed, _CellsChanged, _CounterRenamed])
def test_a_changed_private_parser_is_noticed_and_the_public_reading_taken(sheets, monkeypatch, changed):
    rows, imports = _fast(sheets[1:])
    module = types.ModuleType(PRIVATE)
    module.__dict__.update({k: v for k, v in vars(_reader).items() if not k.startswith("__")})
    module.WorkSheetParser = changed
    monkeypatch.setitem(sys.modules, PRIVATE, module)
    xf._sheet_parser.cache_clear()
    assert xf._sheet_parser() is None
    assert [_read(p) for p in sheets[1:]] == rows
    assert [_imported(p) for p in sheets[1:]] == imports


def test_the_check_is_made_once(monkeypatch):
    calls = []
    real = xf._sheet_parser.__wrapped__

    def counted():
        calls.append(1)
        return real()

    monkeypatch.setattr(xf, "_sheet_parser", functools.cache(counted))
    assert xf._sheet_parser() is xf._sheet_parser()
    assert len(calls) == 1


def test_merged_ranges_read_publicly_match_the_sheet_xml(sheets):
    for path in sheets:
        fast = {title: merged for title, _state, _grid, merged in _read(path)}
        public = xf._public_merges(path)
        assert {title: sorted(refs) for title, refs in public.items()} == fast
    assert sorted(xf._public_merges(sheets[1])["Sheet"]) == sorted(GOOD_MERGES)


def test_a_worksheet_without_its_xml_takes_the_public_merges():
    class Sheet:  # an openpyxl read-only worksheet that no longer hands out its XML
        title = "评分表"

    asked = []

    def public():
        asked.append(1)
        return {"评分表": ["A2:A4", "B3"]}

    ranges = xf._merged_ranges(Sheet(), public)
    assert [(r.coord, r.min_row, r.min_col, r.max_row, r.max_col) for r in ranges] == [
        ("A2:A4", 2, 1, 4, 1), ("B3", 3, 2, 3, 2)]
    assert asked == [1]
