"""Graded columns (评分档次列) in an imported 评分表: a column per grade, its points in the header (“5分 | 3分 | 0分”,
“优秀(10分)”, a bare figure under a merged 考核结果), each row's cell the state that earns them. The guess finds them,
``--map`` gives them by hand (5分=F), and each row's cells become its 评分标准 as a choice the proposer reads."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

import main
from services.frameworks import excel as xf
from services.frameworks.proposal import propose
from tests.english_text import shipped_english
from tests.proposals import scored, sole

ROOT = Path(__file__).resolve().parent.parent
CLEAN = "外观清洁、无灰尘、油污、锈蚀现象,铭牌清楚"
DUSTY = "有灰尘,油污、锈蚀现象,铭牌不清楚"
FILTHY = "设备外表布满灰尘、油污,锈蚀严重,无铭牌"


def _book(path: Path, rows: list[list], merges=()) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "设备管理考核表"
    for r in rows:
        ws.append(r)
    for m in merges:
        ws.merge_cells(m)
    wb.save(path)
    return path


def one_row_header(tmp_path: Path, name="one.xlsx") -> Path:
    """一级指标 | 二级指标 | 三级指标 | 分值 | 5分 | 3分 | 0分: the grades' columns beside a normal 分值 column."""
    return _book(tmp_path / name, [
        ["一级指标", "二级指标", "三级指标", "分值", "5分", "3分", "0分"],
        ["设备管理", "设备外观", "外观状况", 5, CLEAN, DUSTY, FILTHY],
        [None, None, "运行记录", 5, "记录完整、及时", "记录不全", "无记录"],
        [None, "设备运行", "运转情况", 5, "运转正常", "偶有故障", None],  # no state for 0 points: left out
    ], merges=("A2:A4", "B2:B3"))


def two_row_header(tmp_path: Path, bare=False, name="two.xlsx") -> Path:
    """A merged 考核结果得分 over 5分 | 3分 | 0分 (or 考核结果 over bare 5 | 3 | 0), the other headers merged down."""
    top = "考核结果" if bare else "考核结果得分"
    grades = [5, 3, 0] if bare else ["5分", "3分", "0分"]
    return _book(tmp_path / name, [
        ["设备管理考核表", None, None, None, None, None],
        ["一级指标", "三级指标", "分值", top, None, None],
        [None, None, None, *grades],
        ["设备管理", "外观状况", 5, CLEAN, DUSTY, FILTHY],
        [None, "运行记录", 5, "记录完整、及时", "记录不全", "无记录"],
    ], merges=("A1:F1", "A2:A3", "B2:B3", "C2:C3", "D2:F2", "A4:A5"))


def worded_header(tmp_path: Path, name="worded.xlsx") -> Path:
    """优秀(10分) | 良好(8分) | 一般(6分) | 差(0分) beside a 评分标准 column, one of whose cells has words of its own."""
    return _book(tmp_path / name, [
        ["一级指标", "三级指标", "分值", "评分标准", "优秀(10分)", "良好(8分)", "一般(6分)", "差(0分)"],
        ["管理", "制度建设", 10, None, "制度健全\n执行有力", "制度较健全", "制度基本健全", "无制度"],
        [None, "档案管理", 10, "按档案情况评分：", "档案齐全", "档案较齐全", "档案基本齐全", "无档案"],
        [None, "人员配备", 8, None, "人员充足", "人员较充足", "人员基本够用", "人员不足"],  # 8 points, top grade 10
    ], merges=("A2:A4",))


# ── the guess ───────────────────────────────────────────────────────────────
def test_a_one_row_header_gives_graded_columns_beside_the_roles(tmp_path):
    m = xf.guess_mapping(one_row_header(tmp_path))
    assert m.columns == {"level1": 1, "level2": 2, "level3": 3, "weight3": 4}  # the 分值 column keeps its role
    assert m.grades == {5: Decimal(5), 6: Decimal(3), 7: Decimal(0)}
    assert m.header_row == 1


@pytest.mark.parametrize("bare", [False, True])
def test_a_two_row_header_under_a_merged_cell_gives_graded_columns(tmp_path, bare):
    m = xf.guess_mapping(two_row_header(tmp_path, bare=bare))
    assert m.header_row == 3
    assert m.columns == {"level1": 1, "level3": 2, "weight3": 3}
    assert m.grades == {4: Decimal(5), 5: Decimal(3), 6: Decimal(0)}


def test_worded_grades_and_full_width_brackets_are_read(tmp_path):
    m = xf.guess_mapping(worded_header(tmp_path))
    assert m.columns == {"level1": 1, "level3": 2, "weight3": 3, "criteria": 4}
    assert m.grades == {5: Decimal(10), 6: Decimal(8), 7: Decimal(6), 8: Decimal(0)}
    p = _book(tmp_path / "abc.xlsx", [["一级指标", "三级指标", "分值", "A级（4分）", "B级（2.5分）", "C级（0分）"],
                                      ["管理", "资料", 4, "齐全", "基本齐全", "缺失"]])
    assert xf.guess_mapping(p).grades == {4: Decimal(4), 5: Decimal("2.5"), 6: Decimal(0)}


@pytest.mark.parametrize("header, role", [
    (["一级指标", "三级指标", "分值", "评分标准", "得分"], "score"),  # a lone 得分 column
    (["一级指标", "三级指标", "分值", "评分标准", "5分"], None),  # one grade alone is no grades
    (["一级指标", "三级指标", "分值", "评分标准", "5分", "5分"], None),  # the same points twice
    (["一级指标", "三级指标", "分值", "评分标准", "3分", "评分说明", "0分"], "comment"),  # not side by side
    (["一级指标", "三级指标", "分值(分)", "评分标准", "10-8分", "7-5分"], None),  # ranges are no grade's points
])
def test_near_misses_are_not_graded(tmp_path, header, role):
    p = _book(tmp_path / "near.xlsx", [header, ["管理", "资料", 5, "齐全得5分", *["x"] * (len(header) - 4)]])
    m = xf.guess_mapping(p)
    assert m.grades == {}
    assert m.columns["weight3"] == 3 and m.columns["criteria"] == 4
    if role:
        assert role in m.columns
    assert xf.grade_points("分值") is None and xf.grade_points("一级指标(30分)") is None
    assert xf.grade_points("满分10分") is None  # 满分 is the 分值's word, not a grade's


# ── the rows and the proposal ───────────────────────────────────────────────
def test_each_rows_cells_become_a_choice_with_the_grades_points(tmp_path):
    p = one_row_header(tmp_path)
    sheet = xf.read_rows(p, xf.guess_mapping(p))
    assert sheet.errors == [] and sheet.warnings == []
    first = sheet.rows[0]
    assert first.criteria == f"{CLEAN}，得5分；{DUSTY}，得3分；{FILTHY}，得0分"
    assert first.graded == [(Decimal(5), CLEAN), (Decimal(3), DUSTY), (Decimal(0), FILTHY)]
    assert sheet.rows[2].criteria == "运转正常，得5分；偶有故障，得3分"  # the empty 0分 cell is left out
    prop = propose(first.criteria, first.weight, first.name)
    params = sole(prop, "choice")
    assert prop.confident and prop.unplaced == []
    assert [(o["label"], o["score"]) for o in params["options"]] == [(CLEAN, "5"), (DUSTY, "3"), (FILTHY, "0")]
    by_label = {o["label"]: o["key"] for o in params["options"]}
    assert scored(prop, {"option": by_label[CLEAN]}) == 5
    assert scored(prop, {"option": by_label[DUSTY]}) == 3
    assert scored(prop, {"option": by_label[FILTHY]}) == 0


def test_the_import_proposes_the_choice_and_keeps_the_sheets_own_words(tmp_path):
    data, report, _mapping = xf.import_xlsx(worded_header(tmp_path))
    assert data is not None, str(report.text())
    leaves = {p.name: p for p in report.proposals}
    rule = leaves["制度建设"].proposal
    assert rule.confident and leaves["制度建设"].criteria == "制度健全，执行有力，得10分；制度较健全，得8分；制度基本健全，得6分；无制度，得0分"
    assert [(o["label"], o["score"]) for o in sole(rule, "choice")["options"]] == [
        ("制度健全,执行有力", "10"), ("制度较健全", "8"), ("制度基本健全", "6"), ("无制度", "0")]
    ranked = sorted(sole(rule, "choice")["options"], key=lambda o: -Decimal(o["score"]))
    assert [scored(rule, {"option": o["key"]}) for o in ranked] == [10, 8, 6, 0]
    # a 评分标准 with words of its own keeps them first; what the proposer cannot place is for the evaluator to check
    kept = leaves["档案管理"]
    assert kept.criteria.startswith("按档案情况评分。档案齐全，得10分；")
    assert kept.proposal.kind == "choice" and not kept.proposal.confident
    assert [o["score"] for o in kept.proposal.items[0]["params"]["options"]] == ["10", "8", "6", "0"]


def test_a_top_grade_other_than_the_weight_is_reported(tmp_path):
    data, report, _m = xf.import_xlsx(worded_header(tmp_path))
    assert data is not None  # reported, not blocking: the 分值 column says the indicator's points
    warning = "第 4 行三级指标“人员配备”的最高档次 10 分与其分值 8 不相等，请核对其评分规则"
    assert warning in report.warnings
    assert "  · " + warning in str(report.text())
    assert shipped_english()(report.warnings[report.warnings.index(warning)]) == (
        "The top grade of Level-3 indicator “人员配备” in row 4, 10 pts, does not equal its weight 8; please check its scoring rule")
    staff = next(p for p in report.proposals if p.name == "人员配备")
    assert not staff.proposal.confident  # the proposer does not take 10 points for an 8-point indicator


def test_a_two_row_header_imports_with_its_title(tmp_path):
    data, report, _mapping = xf.import_xlsx(two_row_header(tmp_path, bare=True))
    assert data is not None and data["name"] == "设备管理考核表"
    assert [p.proposal.kind for p in report.proposals] == ["choice", "choice"]
    assert all(p.proposal.confident for p in report.proposals)


# ── the mapping text (--map, --map-file, saved mappings) ────────────────────
def test_the_mapping_text_writes_the_graded_columns_and_reads_them_back(tmp_path):
    p = one_row_header(tmp_path)
    guessed = xf.guess_mapping(p)
    text = xf.mapping_text(guessed)
    assert text == "工作表=设备管理考核表,表头=1,一级指标=A,二级指标=B,三级指标=C,三级分值=D,5分=E,3分=F,0分=G"
    blank = xf.Mapping(guessed.sheet, guessed.header_row, {}, guessed.headers)
    again = xf.apply_map(blank, text)
    assert again.columns == guessed.columns and again.grades == guessed.grades
    assert xf.mapping_text(again) == text
    # a mapping without graded columns is written exactly as before
    assert xf.mapping_text(xf.apply_map(guessed, "档次=无")) == "工作表=设备管理考核表,表头=1,一级指标=A,二级指标=B,三级指标=C,三级分值=D"


def test_the_graded_columns_by_hand(tmp_path):
    p = one_row_header(tmp_path)
    guessed = xf.guess_mapping(p)
    none = xf.apply_map(guessed, "档次=无")
    assert none.grades == {} and none.columns == guessed.columns
    by_hand = xf.apply_map(none, "5分=E,3分=F,0分=G")
    assert by_hand.grades == guessed.grades
    # a header's own words are a key too; a column given a role is no longer graded, a dropped grade is gone
    assert xf.apply_map(none, "优秀（5分）=E,差(0分)=G").grades == {5: Decimal(5), 7: Decimal(0)}
    assert xf.apply_map(guessed, "评分标准=G,0分=无").grades == {5: Decimal(5), 6: Decimal(3)}
    assert xf.apply_map(guessed, "评分标准=G").columns["criteria"] == 7
    assert xf.apply_map(guessed, "2.5分=H").grades[8] == Decimal("2.5")
    # an old mapping text reads as before: the guess's graded columns stay unless a column is given a role
    old = "工作表=设备管理考核表,表头=1,一级指标=A,二级指标=B,三级指标=C,分值=D"
    assert xf.apply_map(guessed, old).grades == guessed.grades
    assert xf.apply_map(xf.Mapping(guessed.sheet, 1, {}, guessed.headers), old).grades == {}


def test_a_remembered_mapping_keeps_the_graded_columns(tmp_path):
    p = one_row_header(tmp_path)
    guessed = xf.guess_mapping(p)
    xf.remember_mapping(xf.apply_map(guessed, "0分=无,5分=E,3分=F"))
    saved = xf.remembered_mapping(guessed)
    assert saved is not None and saved.grades == {5: Decimal(5), 6: Decimal(3)}


@pytest.mark.parametrize("text, chinese, english", [
    ("档次=F:5", "“档次=F:5”：档次列应逐列写成 分值=列号，例如 5分=F,3分=G,0分=H；“档次=无”表示没有档次列",
     "“档次=F:5”: give the graded columns one by one as points=column, e.g. 5分=F,3分=G,0分=H; “档次=无” means no graded columns"),
    ("档次=无,5分=E", "只有一列档次（5分=E）：档次列至少要两列，各写一档的分值",
     "Only one graded column (5 pts in column E): give at least two, each with its grade's points"),
    ("5分=E,5分=H", "档次 5 分给了两列（E、H）", "The grade of 5 pts is given two columns (E, H)"),
    ("5分=E9", "“E9”不是列号（应为 A、B、C… 或 1、2、3…）", "“E9” is not a column (it should be A, B, C… or 1, 2, 3…)"),
    ("5-3分=E", "“5-3分”不是档次：档次列写成 分值=列号，例如 5分=F",
     "“5-3分” is not a grade: a graded column is given as points=column, e.g. 5分=F"),
])
def test_a_bad_graded_mapping_says_why(tmp_path, text, chinese, english):
    guessed = xf.guess_mapping(one_row_header(tmp_path))
    with pytest.raises(xf.ExcelImportError) as caught:
        xf.apply_map(guessed, text)
    assert [str(p) for p in caught.value.problems] == [chinese]
    assert shipped_english()(caught.value.problems[0]) == english


def test_a_column_both_graded_and_given_a_role_is_refused_by_read_rows(tmp_path):
    p = one_row_header(tmp_path)
    guessed = xf.guess_mapping(p)
    both = xf.Mapping(guessed.sheet, 1, {**guessed.columns, "criteria": 5}, guessed.headers, grades=guessed.grades)
    assert xf.read_rows(p, both).errors == ["评分档次列又被指定为评分标准；一列只能有一个用途"]


# ── the command line ────────────────────────────────────────────────────────
def test_the_command_imports_a_graded_sheet_end_to_end(tmp_path):
    p = one_row_header(tmp_path, name="设备管理考核表.xlsx")
    out = tmp_path / "out.json"
    env = dict(os.environ, FIELDEVAL_DATA_DIR=str(tmp_path / "data"), QT_QPA_PLATFORM="offscreen")
    run = subprocess.run([sys.executable, str(ROOT / "main.py"), "import-framework", str(p), "-o", str(out)],
                         capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120)
    assert run.returncode == 0, run.stderr
    assert "1.1.1 外观状况：情形选择" in run.stdout
    data = json.loads(out.read_text(encoding="utf-8"))
    leaf = data["nodes"][0]["children"][0]["children"][0]
    assert leaf["criteria"] == f"{CLEAN}，得5分；{DUSTY}，得3分；{FILTHY}，得0分"
    assert leaf["items"][0]["type"] == "choice"
    assert [o["score"] for o in leaf["items"][0]["params"]["options"]] == ["5", "3", "0"]


def test_the_command_takes_graded_columns_from_map_and_saves_them(tmp_path, capsys):
    p = one_row_header(tmp_path)
    saved = tmp_path / "map.txt"
    assert main.main(["import-framework", str(p), "-o", str(tmp_path / "a.json"), "--map", "档次=无",
                      "--save-map", str(saved)]) == 0
    assert "5分=" not in saved.read_text(encoding="utf-8")
    leaf = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))["nodes"][0]["children"][0]["children"][0]
    assert leaf["items"][0]["type"] == "judgement"  # no graded columns: no criteria, the points are the team's
    assert main.main(["import-framework", str(p), "-o", str(tmp_path / "b.json"), "--map", "5分=E,3分=F,0分=G",
                      "--save-map", str(saved)]) == 0
    assert saved.read_text(encoding="utf-8").strip().endswith("三级分值=D,5分=E,3分=F,0分=G")
    assert main.main(["import-framework", str(p), "-o", str(tmp_path / "c.json"), "--map-file", str(saved)]) == 0
    leaf = json.loads((tmp_path / "c.json").read_text(encoding="utf-8"))["nodes"][0]["children"][0]["children"][0]
    assert leaf["items"][0]["type"] == "choice"
    capsys.readouterr()
    assert main.main(["import-framework", str(p), "-o", str(tmp_path / "d.json"), "--map", "档次=5分"]) != 0
    err = capsys.readouterr().err
    assert "档次列应逐列写成 分值=列号" in err and "Traceback" not in err
    assert not (tmp_path / "d.json").exists()
