"""What the Excel 评分表 import and framework validation say is said once: the Chinese they always read
(file, command line, log), and an English rendering from the shipped translation with the same values in
place — the column mapping, header, level and 分值 problems, the import report, the refusals of export,
the validation problems of a framework file and of the framework editor."""
from __future__ import annotations

import copy
import pickle
import re

import openpyxl
import pytest

from main import main
from models.messages import message_of
from services.evaluation import assessments
from services.frameworks import catalog, edit as fe, excel as xf
from tests.english_text import assert_english, shipped_english
from tests.excel_sheets import GOOD, GOOD_MERGES, HEADER, write_sheet


@pytest.fixture(scope="module")
def english():
    return shipped_english()


def _rows(change) -> list[list]:
    rows = [list(r) for r in GOOD]
    change(rows)
    return rows


def test_weights_that_do_not_add_up_read_in_english_and_the_report_too(tmp_path, english):
    p = write_sheet(tmp_path, _rows(lambda r: r[1].__setitem__(4, 2)), merges=GOOD_MERGES)
    data, report, _ = xf.import_xlsx(p)
    assert data is None
    assert report.errors == ["二级指标“项目立项”（第 2 行）的分值 6 与其三级指标分值之和 5 不相等"]
    assert english(report.errors[0]) == ("The weight 6 of Level-2 indicator “项目立项” (row 2) does not equal "
                                         "its level-3 indicators' total 5")
    assert report.text() == ("发现 1 处必须修改的问题（未创建任何内容）：\n"
                             "  ✗ 二级指标“项目立项”（第 2 行）的分值 6 与其三级指标分值之和 5 不相等")
    assert english(report.text()) == ("Problems that must be corrected (1); nothing was created:\n"
                                      "  ✗ The weight 6 of Level-2 indicator “项目立项” (row 2) does not equal "
                                      "its level-3 indicators' total 5")
    assert_english(english, report.text())
    # the command line reads the Chinese as before
    assert main(["import-framework", str(p), "-o", str(tmp_path / "out.json")]) != 0
    assert not (tmp_path / "out.json").exists()


def test_a_passing_report_with_warnings_reads_in_english(tmp_path, english):
    header = ["一级指标", "二级指标", "权重(%)", "三级指标", "权重(%)", "指标解释", "指标说明", "评分标准"]
    p = write_sheet(tmp_path, [["决策", "立项", 10, "依据", 10, "", "", "视情况"],
                          ["产出", "数量", 90, "完成", 90, "", "", "视情况"]], header=header)
    data, report, _ = xf.import_xlsx(p)
    assert data is not None
    assert report.text() == ("校验通过：三级指标 2 个，其中 0 个识别出评分规则，2 个设为酌情评分。\n"
                             "提示 3 条：\n"
                             "  · “权重(%)”“权重(%)”是权重（%），已按 权重 × 总分 100 换算为分值\n"
                             "  · 一级指标“决策”（第 2 行）未写分值，按其下级指标合计 10 分\n"
                             "  · 一级指标“产出”（第 3 行）未写分值，按其下级指标合计 90 分")
    assert english(report.text()) == (
        "Check passed: level-3 indicators: 2; a scoring rule was recognised for 0, judgement is set for 2.\n"
        "Notes (3):\n"
        "  · “权重(%)”“权重(%)” are percentage weights and were converted to points as weight × total 100\n"
        "  · Level-1 indicator “决策” (row 2) has no weight; its sub-indicators' total of 10 is used\n"
        "  · Level-1 indicator “产出” (row 3) has no weight; its sub-indicators' total of 90 is used")
    assert_english(english, report.text())


def test_scores_and_text_in_number_cells_read_in_english(tmp_path, english):
    header = HEADER + ["得分", "评分说明"]

    def change(r):
        r[0] += [5, "超"]
        r[1] += [-1, ""]
        r[2][4] = "三分"

    data, report, _ = xf.import_xlsx(write_sheet(tmp_path, _rows(change), header=header, merges=GOOD_MERGES))
    assert data is None
    assert [str(e) for e in report.errors] == [
        "第 2 行三级指标“立项依据充分性”的得分 5 超过其分值 3",
        "第 3 行三级指标“立项程序规范性”的得分不能为负数",
        "第 4 行三级指标“绩效目标合理性”的分值“三分”不是数字",
    ]
    assert [english(e) for e in report.errors] == [
        "The score 5 of Level-3 indicator “立项依据充分性” in row 2 is more than its weight 3",
        "The score of Level-3 indicator “立项程序规范性” in row 3 cannot be negative",
        "The weight of Level-3 indicator “绩效目标合理性” in row 4 is not a number: “三分”",
    ]
    total_row = _rows(lambda r: r.append(["合计", None, 90, None, 90]))
    _, report, _ = xf.import_xlsx(write_sheet(tmp_path, total_row, merges=GOOD_MERGES, name="total.xlsx"))
    assert report.errors == ["合计行的分值 90 与一级指标分值之和 100 不相等"]
    assert english(report.errors[0]) == ("The weight in the total row, 90, does not equal the level-1 "
                                         "indicators' total 100")
    for e in report.errors:
        assert_english(english, e)


@pytest.mark.parametrize("merges,chinese,shown", [
    (GOOD_MERGES + ("D3:E3",), "单元格 D3:E3 横向合并了多列，无法判断各列内容；请取消该合并",
     "Cells D3:E3 are merged across several columns, so what each column holds cannot be told; unmerge them"),
    (GOOD_MERGES + ("D4:D5",), "“三级指标”列的单元格 D4:D5 合并了多行；每个三级指标应单独占一行，请取消合并",
     "Cells D4:D5 of the “Level 3” column are merged over several rows; each level-3 indicator needs a row of "
     "its own, so unmerge them"),
    (("A2:A4", "B2:B5", "C2:C3"), "二级指标的合并单元格 B2:B5 跨越了两个一级指标（一级指标在第 4 行结束）",
     "The merged level-2 indicator cells B2:B5 span two level-1 indicators (the level-1 indicator ends at row 4)"),
    (("A2:A4", "B2:B3", "C2:C4"), "“二级分值”的合并单元格 C2:C4 与二级指标的合并范围不一致",
     "The merged cells C2:C4 of “Level-2 weight” do not span the same rows as the Level 2 cells"),
])
def test_merged_cells_in_odd_places_read_in_english(tmp_path, english, merges, chinese, shown):
    _, report, _ = xf.import_xlsx(write_sheet(tmp_path, GOOD, merges=merges))
    found = [e for e in report.errors if str(e) == chinese]
    assert len(found) == 1, report.errors
    assert english(found[0]) == shown
    for e in report.errors:
        assert_english(english, e)


def test_column_mapping_problems_read_in_english(tmp_path, english):
    p = write_sheet(tmp_path, [r[:4] for r in GOOD], header=HEADER[:4])
    data, report, mapping = xf.import_xlsx(p)
    assert data is None
    assert mapping.missing() == ["三级分值"] and english(mapping.missing()[0]) == "Level-3 weight"
    assert report.errors == ["缺少必需的列：三级分值（请在“列对应”中指定）"]
    assert english(report.errors[0]) == "Required columns missing: Level-3 weight (choose them in the column mapping)"
    guessed = xf.guess_mapping(write_sheet(tmp_path, GOOD, name="g.xlsx"))
    twice = xf.Mapping(guessed.sheet, guessed.header_row, {"level1": 1, "level3": 4, "weight3": 5, "criteria": 5})
    rows = xf.read_rows(tmp_path / "g.xlsx", twice)
    assert rows.errors == ["同一列被指定为多个用途：三级分值、评分标准"]
    assert english(rows.errors[0]) == "One column is chosen for several roles: Level-3 weight, Scoring criteria"
    refusals = {}
    for text in ("三级指标", "乱七八糟=C", "三级指标=C3"):
        with pytest.raises(xf.ExcelImportError) as caught:
            xf.apply_map(guessed, text)
        refusals[text] = caught.value
    assert str(refusals["三级指标=C3"]) == ("指标体系“列对应”有 1 处问题：\n"
                                         "  - “C3”不是列号（应为 A、B、C… 或 1、2、3…）")
    assert english(message_of(refusals["三级指标=C3"])) == ("Problems with indicator framework “Column mapping” (1):\n"
                                                          "  - “C3” is not a column (it should be A, B, C… or 1, 2, 3…)")
    assert english(refusals["乱七八糟=C"].problems[0]) == (
        "Unknown column name “乱七八糟” (available: Level-1 indicator, Level-1 weight, Level 2, Level-2 weight, "
        "Level 3, Level-3 weight, Definition, Notes, Scoring criteria, Score, Scoring note)")
    # the column names the --map text is written with are the sheet's own (Chinese) words
    assert english(refusals["三级指标"].problems[0]) == "“三级指标” should be written as column name=column, e.g. 三级指标=C"
    with pytest.raises(xf.ExcelImportError) as caught:
        xf.read_rows(tmp_path / "g.xlsx", xf.Mapping("无此表", 1, {"level1": 1, "level3": 4, "weight3": 5}))
    assert english(caught.value.problems[0]) == "Worksheet “无此表” not found"


def test_a_sheet_that_cannot_be_read_reads_in_english(tmp_path, english):
    blank = tmp_path / "blank.xlsx"
    openpyxl.Workbook().save(blank)
    with pytest.raises(xf.ExcelImportError) as caught:
        xf.guess_mapping(blank)
    assert str(caught.value) == "指标体系“blank.xlsx”有 1 处问题：\n  - 文件里没有任何内容（所有工作表都是空的）"
    assert english(message_of(caught.value)) == ("Problems with indicator framework “blank.xlsx” (1):\n"
                                                 "  - The file holds nothing (every worksheet is empty)")
    headerless = write_sheet(tmp_path, [["a", "b"], ["c", "d"]], header=["甲", "乙"], name="h.xlsx")
    with pytest.raises(xf.ExcelImportError) as caught:
        xf.guess_mapping(headerless)
    assert english(caught.value.problems[0]).startswith("No header row found: none of the first 15 rows has column names")
    _, report, _ = xf.import_xlsx(write_sheet(tmp_path, [], name="norows.xlsx"))
    assert report.errors == ["表头下面没有任何指标行"]
    assert english(report.errors[0]) == "There are no indicator rows under the header"


def _deep_and_flat():
    fw = catalog.load("shuzi-hengyang-2024").to_dict()
    deep = copy.deepcopy(fw)
    leaf = deep["nodes"][0]["children"][0]["children"][0]
    below = copy.deepcopy(leaf)
    below["code"] += ".1"
    leaf["children"] = [below]
    del leaf["items"]
    flat = copy.deepcopy(fw)
    flat["nodes"][0] = {k: v for k, v in flat["nodes"][0].items() if k != "children"} | {"items": below["items"]}
    return fw["name"], deep, flat


def test_the_refusals_of_export_read_in_english_in_one_line(tmp_path, english):
    name, deep, flat = _deep_and_flat()
    with pytest.raises(xf.DeepTreeError) as caught:
        xf.export_xlsx(deep, tmp_path / "x.xlsx")
    refusal = caught.value
    assert str(refusal) == (f"指标体系“{name}”在一级指标“决策”下有第四级指标，评分表只有三级指标列，导出会丢失层级，"
                            "未导出；请先把第四级并入三级指标")
    assert message_of(refusal) == str(refusal)  # the window shows the one line, not a list of problems
    assert english(message_of(refusal)) == (
        f"Indicator framework “{name}” has a fourth level under level-1 indicator “决策”; the scoring sheet has only "
        "three indicator columns and the export would lose a level, so nothing was exported. Merge the fourth level "
        "into level 3 first")
    again = pickle.loads(pickle.dumps(refusal))
    assert str(again) == str(refusal) and english(message_of(again)) == english(message_of(refusal))
    with pytest.raises(xf.DeepTreeError) as caught:
        xf.export_xlsx(flat, tmp_path / "x.xlsx")
    assert english(message_of(caught.value)) == (
        "Level-1 indicator “决策” has no sub-indicators; every row of the scoring sheet is a level-3 indicator and the "
        "export would change the levels, so nothing was exported. Add indicators under it first")
    assert not (tmp_path / "x.xlsx").exists()


def test_framework_file_problems_read_in_english(tmp_path, english):
    top = catalog.check({"format": "x", "total": "abc", "na_policy": "q", "precision": "0.3", "finding_categories": 3})
    assert [str(p) for p in top] == [
        "format 应为 “fieldeval-framework/1”，实为 “x”", "缺少字段 id", "缺少字段 name",
        "total：“total”必须是数字，“abc”无法识别", "na_policy 只能是 proportional 或 none",
        "得分精度 precision 只能是 “1”、“0.1”、“0.01”，实为 '0.3'", "finding_categories 应为 [{code, name}] 列表",
        "缺少指标 nodes"]
    shown = [english(p) for p in top]
    assert shown[:3] == ["format should be “fieldeval-framework/1” but is “x”", "Field id is missing",
                         "Field name is missing"]
    assert shown[4] == "na_policy can only be proportional or none"
    assert shown[6:] == ["finding_categories should be a list of [{code, name}]", "The indicators (nodes) are missing"]
    for p in top:
        assert_english(english, p)

    fw = catalog.load("shuzi-hengyang-2024").to_dict()
    bad = copy.deepcopy(fw)
    nodes = bad["nodes"]
    nodes[0]["code"] = nodes[1]["code"]
    nodes[0]["name"] = ""
    nodes[2]["children"] = []
    leaf = nodes[1]["children"][0]["children"][0]
    leaf["items"].append({"key": leaf["items"][0]["key"], "type": "judgement", "max": "1", "label": "又一项"})
    nodes.append({"code": "Y", "name": "孤项", "weight": "2"})
    problems = catalog.check(bad)
    said = {str(p): p for p in problems}
    label = f"“{leaf['name']}”（{leaf['code']}）"
    expected = {
        f"“”（{nodes[1]['code']}）：缺少名称 name": f"“” ({nodes[1]['code']}): the name is missing",
        f"“{nodes[1]['name']}”（{nodes[1]['code']}）：编号 code 重复":
            f"“{nodes[1]['name']}” ({nodes[1]['code']}): the code is used twice",
        f"“{nodes[2]['name']}”（{nodes[2]['code']}）：children 不能为空":
            f"“{nodes[2]['name']}” ({nodes[2]['code']}): children cannot be empty",
        f"{label}：评分项“又一项”的 key 重复": f"“{leaf['name']}” ({leaf['code']}): the key of scoring item “又一项” is used twice",
        "“孤项”（Y）：应有下级指标 children 或评分项 items 之一（且只能有一个）":
            "“孤项” (Y): it should have either sub-indicators (children) or scoring items (items), and only one of them",
    }
    for chinese, shown in expected.items():
        assert chinese in said, list(said)
        assert english(said[chinese]) == shown
    sums = [p for p in problems if str(p).startswith("一级指标分值之和")]
    assert len(sums) == 1 and re.fullmatch(r"The level-1 indicators' weights add up to [\d.]+, not the total 100",
                                           english(sums[0]))
    for p in problems:
        assert_english(english, p)
    with pytest.raises(catalog.FrameworkError) as caught:
        catalog.from_dict(bad, "坏体系")
    assert str(caught.value).startswith(f"指标体系“坏体系”有 {len(problems)} 处问题：\n  - ")
    assert english(message_of(caught.value)).startswith(f"Problems with indicator framework “坏体系” ({len(problems)}):\n  - ")
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    with pytest.raises(catalog.FrameworkError) as caught:
        catalog.read_file(broken)
    assert english(caught.value.problems[0]) == ("Not valid JSON: near line 1, column 2: "
                                                 "Expecting property name enclosed in double quotes")
    with pytest.raises(catalog.FrameworkError) as caught:
        catalog.load("没有这个体系")
    assert english(caught.value.problems[0]).startswith("No such indicator framework (available: national-project-2020, ")


def test_the_editors_validation_problems_read_in_english(tmp_path, english):
    store = assessments.create(tmp_path / "v.fev", catalog.load("shuzi-hengyang-2024"), {}, actor="x")
    try:
        leaf = next(n for n in fe.list_nodes(store) if n.is_leaf)
        fe.update_node(store, leaf.id, max_points="99")
        problems = fe.validate(store)
        assert [str(p) for p in problems] == [
            f"“{p.name}”（{p.code}）：{p.message}" for p in problems]  # as the file and the log read it
        mine = next(p for p in problems if p.indicator_id == leaf.id)
        assert str(mine).endswith("：评分项分值之和 2.5 不等于指标分值 99")
        assert english(mine.said()) == (f"“{leaf.name}” ({leaf.code}): The scoring items add up to 2.5, "
                                        "not the indicator's weight 99")
        for p in problems:
            assert_english(english, p.said())
        with pytest.raises(Exception) as caught:
            fe.require_valid(store, "导出")
        assert english(message_of(caught.value)).startswith(f"The indicator framework still has {len(problems)} problems")
    finally:
        store.close()


def test_a_report_with_scores_reads_in_english(tmp_path, english):
    header = HEADER + ["得分", "评分说明"]

    def change(r):
        r[0] += [2, "缺一项"]
        r.append(["合计", None, 100, None, 100, "", "", "", 88, ""])

    data, report, _ = xf.import_xlsx(write_sheet(tmp_path, _rows(change), header=header, merges=GOOD_MERGES))
    assert data is not None
    lines = str(report.text()).split("\n")
    assert lines[1] == "表中有得分 1 个，合计 88 分"
    assert english(report.text()).split("\n")[1] == "Scores in the sheet: 1, 88 points in all"

    def bad_total(r):
        r[0] += [2, ""]
        r.append(["合计", None, 100, None, 100, "", "", "", "x", ""])

    _, report, _ = xf.import_xlsx(write_sheet(tmp_path, _rows(bad_total), header=header, merges=GOOD_MERGES, name="b.xlsx"))
    assert str(report.text()).split("\n")[1:] == ["表中有得分 1 个", "提示 1 条：", "  · 合计行的得分“x”不是数字"]
    assert english(report.text()).split("\n")[1:] == ["Scores in the sheet: 1", "Notes (1):",
                                                      "  · The score in the total row is not a number: “x”"]
