"""Why a spreadsheet cannot be read, what is wrong with a grade scheme, and what is wrong with a scoring item's
rule are said once: the Chinese the file, the command line and the log always read (unchanged, byte for byte),
and an English rendering from the shipped translation for an English window."""
from __future__ import annotations

import pickle

import openpyxl
import pytest

from main import main
from models.messages import Said, message_of
from services.core import tables
from services.core.errors import EditRefused
from services.fieldwork import surveys
from services.frameworks import catalog, excel as xf
from services.scoring import grades
from services.scoring.rules import check_item
from tests.english_text import assert_english, shipped_english


@pytest.fixture(scope="module")
def english():
    return shipped_english()


def _unreadable(call) -> tables.UnreadableTable:
    with pytest.raises(tables.UnreadableTable) as info:
        call()
    return info.value


def _files(tmp_path):
    empty = tmp_path / "empty.xlsx"
    empty.write_bytes(b"")
    old = tmp_path / "old.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 100)
    damaged = tmp_path / "damaged.xlsx"
    damaged.write_bytes(b"PK\x03\x04 not really a workbook")
    garbled = tmp_path / "garbled.csv"
    garbled.write_bytes(b"\xff\xfe\xff\xff")
    doc = tmp_path / "notes.docx"
    doc.write_bytes(b"not a table")
    return {"missing": tmp_path / "missing.xlsx", "empty": empty, "old": old, "damaged": damaged, "garbled": garbled,
            "doc": doc}


#: each reason: the Chinese as it always read, and its English
REASONS = {
    "missing": ("找不到该文件", "File not found"),
    "empty": ("文件是空的（0 字节）", "The file is empty (0 bytes)"),
    "old": ("这是旧版 Excel（.xls）文件，请在 Excel 或 WPS 中“另存为”.xlsx 后再导入",
            "This is an old Excel (.xls) file; open it in Excel or WPS, use “Save As” to save it as .xlsx, "
            "and import that"),
    "damaged": ("不是有效的 Excel（.xlsx）文件，无法打开；请确认文件没有损坏，且是 .xlsx 格式（WPS 表格可另存为 .xlsx）",
                "This is not a valid Excel (.xlsx) file and cannot be opened; make sure it is not damaged and is in "
                ".xlsx format (WPS Spreadsheets can save as .xlsx)"),
    "garbled": ("文字编码无法识别（请存为 UTF-8 或 GBK 编码的 CSV）",
                "The text encoding is not recognised (save the CSV in UTF-8 or GBK encoding)"),
    "doc": ("只能导入 CSV 或 Excel（.xlsx）文件", "Only CSV or Excel (.xlsx) files can be imported"),
}


@pytest.mark.parametrize("case", list(REASONS))
def test_why_a_table_cannot_be_read_in_chinese_and_english(tmp_path, english, case):
    path = _files(tmp_path)[case]
    read = tables.read_rows if case in ("garbled", "doc") else tables.open_workbook
    exc = _unreadable(lambda: read(path))
    chinese, shown = REASONS[case]
    assert isinstance(exc.reason, Said) and str(exc.reason) == chinese
    assert str(exc) == f"“{path.name}”：{chinese}"  # the command line and the log read it as before
    assert english(exc.reason) == shown
    assert english(message_of(exc)) == f"“{path.name}”: {shown}"
    assert_english(english, message_of(exc))
    # an error sent across a worker process keeps what it says
    again = pickle.loads(pickle.dumps(exc))
    assert str(again) == str(exc) and english(message_of(again)) == english(message_of(exc))


def test_a_workbook_openpyxl_fails_on_in_another_way(tmp_path, english, monkeypatch):
    path = tmp_path / "odd.xlsx"
    openpyxl.Workbook().save(path)

    def fails(*args, **kwargs):
        raise RuntimeError("odd")

    monkeypatch.setattr(openpyxl, "load_workbook", fails)
    exc = _unreadable(lambda: tables.open_workbook(path))
    assert str(exc) == "“odd.xlsx”：无法读取该 Excel 文件（RuntimeError），请确认是 .xlsx 格式"
    assert english(message_of(exc)) == "“odd.xlsx”: The Excel file cannot be read (RuntimeError); make sure it is in .xlsx format"
    assert_english(english, message_of(exc))


@pytest.mark.parametrize("case", ["missing", "empty", "old", "damaged"])
def test_the_excel_import_says_the_reason_in_english_and_the_command_line_in_chinese(tmp_path, english, case, capsys):
    path = _files(tmp_path)[case]
    with pytest.raises(xf.ExcelImportError) as info:
        xf.guess_mapping(path)
    chinese, shown = REASONS[case]
    assert [str(p) for p in info.value.problems] == [chinese]
    assert [english(p) for p in info.value.problems] == [shown]
    out = tmp_path / "out.json"
    assert main(["import-framework", str(path), "-o", str(out)]) != 0 and not out.exists()
    printed = capsys.readouterr()
    assert chinese in printed.out + printed.err
    assert shown not in printed.out + printed.err


def test_survey_answers_from_an_unreadable_file_are_refused_in_english(tmp_path, english):
    path = _files(tmp_path)["garbled"]
    with pytest.raises(EditRefused) as info:
        surveys._table_rows(path)
    said = message_of(info.value)
    assert str(said) == "“garbled.csv”：文字编码无法识别（请存为 UTF-8 或 GBK 编码的 CSV）"
    assert english(said) == "“garbled.csv”: The text encoding is not recognised (save the CSV in UTF-8 or GBK encoding)"


#: grade schemes with problems, what they always read in Chinese, and their English
SCHEMES = [
    ("national-2", ["未知的等级方案“national-2”（预设：national、seed）"],
     ["Unknown grade scheme “national-2” (presets: national, seed)"]),
    ({"name": "x"}, ["等级方案须给出 bands 列表"], ["A grade scheme must give a list of bands"]),
    ({"bands": [{"name": "优", "min": "120"}, {"name": "优", "min": "seventy"}, {"min": "0"}, {"name": "A", "min": "-1"}]},
     ["等级“优”的下限不能超过 100", "等级名称“优”重复", "等级“优”：“min”必须是数字，“seventy”无法识别", "第 3 个等级缺少名称",
      "等级“A”：“min”不能为负数"],
     ["The lower bound of grade “Excellent” cannot be more than 100", "The grade name “Excellent” is used twice",
      "Grade “Excellent”: “min” must be a number; “seventy” is not recognised", "Grade 3 has no name",
      "Grade “A”: “min” cannot be negative"]),
    ({"bands": [{"name": "甲等", "min": "90"}, {"name": "乙等", "min": "60"}]},
     ["最低等级的下限应为 0，使任何得分都有等级"],
     ["The lowest grade's lower bound should be 0, so that every score has a grade"]),
]


@pytest.mark.parametrize("scheme,chinese,shown", SCHEMES)
def test_grade_scheme_problems_in_chinese_and_english(english, scheme, chinese, shown):
    problems = grades.check_scheme(scheme)
    assert all(isinstance(p, Said) for p in problems)
    assert [str(p) for p in problems] == chinese
    assert [english(p) for p in problems] == shown
    for p in problems:
        assert_english(english, p)


def test_a_grade_scheme_problem_in_a_framework_file_reads_in_english(english):
    data = catalog.load("shuzi-hengyang-2024").to_dict()
    data["grade_scheme"] = {"bands": [{"name": "甲等", "min": "90"}, {"name": "乙等", "min": "60"}]}
    problems = catalog.check(data)
    assert [str(p) for p in problems] == ["grade_scheme：最低等级的下限应为 0，使任何得分都有等级"]
    assert english(problems[0]) == "grade_scheme: The lowest grade's lower bound should be 0, so that every score has a grade"
    with pytest.raises(catalog.FrameworkError) as info:
        catalog.from_dict(data)
    assert "grade_scheme：最低等级的下限应为 0，使任何得分都有等级" in str(info.value)
    assert "grade_scheme: The lowest grade's lower bound should be 0" in english(message_of(info.value))


#: scoring items the check wrappers refuse, what they always read in Chinese, and their English
ITEMS = [
    ({"type": "nope", "max": "1"},
     ["未知的评分规则类型 type “nope”（可用：checklist、deduction、threshold、rate、upper_bound、delay、completion、tiers、"
      "choice、scale、all_or_nothing、judgement、formula）"],
     ["Unknown scoring rule type “nope” (available: checklist, deduction, threshold, rate, upper_bound, delay, "
      "completion, tiers, choice, scale, all_or_nothing, judgement, formula)"]),
    ({"type": "threshold", "max": "five"}, ["max：“max”必须是数字，“five”无法识别"],
     ["max: “max” must be a number; “five” is not recognised"]),
    ({"type": "threshold", "max": "5", "params": [1]}, ["参数有误：'list' object has no attribute 'get'"],
     ["The parameters are wrong: 'list' object has no attribute 'get'"]),
    ({"type": "threshold", "max": "5", "params": {"full_at": "九十", "deduct": -1}},
     ["参数 full_at 不是数字：'九十'", "参数 deduct 不能为负数"],
     ["The parameter full_at is not a number: '九十'", "The parameter deduct cannot be negative"]),
    ({"type": "deduction", "max": "5", "params": {}}, ["缺少参数 per"], ["The parameter per is missing"]),
]


@pytest.mark.parametrize("item,chinese,shown", ITEMS)
def test_rule_check_wrappers_in_chinese_and_english(english, item, chinese, shown):
    problems = check_item(item)
    assert all(isinstance(p, Said) for p in problems)
    assert [str(p) for p in problems] == chinese
    assert [english(p) for p in problems] == shown
    for p in problems:
        assert_english(english, p)


def test_a_bad_rule_in_a_framework_file_reads_in_english(english):
    data = catalog.load("shuzi-hengyang-2024").to_dict()
    leaf = next(n for n, _, _ in catalog.from_dict(data).walk() if "items" in n)
    node = next(n for n in _walk(data["nodes"]) if n.get("code") == leaf["code"])
    node["items"][0]["params"] = {**(node["items"][0].get("params") or {})}
    node["items"][0]["type"] = "nope"
    problems = catalog.check(data)
    assert len(problems) == 1
    assert str(problems[0]).endswith("：未知的评分规则类型 type “nope”（可用：checklist、deduction、threshold、rate、"
                                     "upper_bound、delay、completion、tiers、choice、scale、all_or_nothing、judgement、formula）")
    assert english(problems[0]).endswith(": Unknown scoring rule type “nope” (available: checklist, deduction, threshold, "
                                         "rate, upper_bound, delay, completion, tiers, choice, scale, all_or_nothing, "
                                         "judgement, formula)")
    assert_english(english, problems[0])


def _walk(nodes):
    for n in nodes:
        yield n
        yield from _walk(n.get("children") or [])
