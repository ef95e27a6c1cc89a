"""Indicator systems in and out of Excel: round trip, evaluation export with scores, bad spreadsheets."""
from __future__ import annotations

import itertools
import json
from decimal import Decimal

import openpyxl
import pytest

import main
from services.evaluation import assessments
from services.frameworks import catalog, excel as xf
from tests.excel_sheets import GOOD, GOOD_MERGES, HEADER, write_sheet


def _strip_labels(nodes):
    """The tree without the words a proposal may phrase differently (item and point labels)."""
    out = []
    for n in nodes:
        d = {k: v for k, v in n.items() if k not in ("children", "items")}
        if "children" in n:
            d["children"] = _strip_labels(n["children"])
        else:
            items = []
            for it in n["items"]:
                params = {k: v for k, v in (it.get("params") or {}).items() if not k.endswith("_label")}
                if "points" in params:
                    params["points"] = [{k: v for k, v in p.items() if k != "label"} for p in params["points"]]
                items.append({k: v for k, v in it.items() if k != "label"} | {"params": params})
            d["items"] = items
        out.append(d)
    return out


def test_round_trip_gives_the_same_framework(tmp_path):
    fw = catalog.load("shuzi-hengyang-2024")
    out = xf.export_xlsx(fw, tmp_path / "fw.xlsx")
    data, report, mapping = xf.import_xlsx(out)
    assert report.ok, report.text()
    assert mapping.columns == {"level1": 1, "level2": 2, "weight2": 3, "level3": 4, "weight3": 5,
                               "explanation": 6, "points": 7, "criteria": 8}
    original = fw.to_dict()
    assert data["nodes"] == original["nodes"]  # tree, codes, 分值, texts and rules (exactly)
    for key in ("id", "name", "total", "grade_scheme", "na_policy", "finding_categories"):
        assert data[key] == original[key]
    assert catalog.check(data) == []


def test_merged_cells_in_the_export(tmp_path):
    out = xf.export_xlsx(catalog.load("shuzi-hengyang-2024"), tmp_path / "fw.xlsx")
    ws = openpyxl.load_workbook(out)["评分表"]
    merged = {str(r) for r in ws.merged_cells.ranges}
    assert ws["A3"].value == "决策（15分）"
    assert "A3:A8" in merged  # 决策: six leaves
    assert "B3:B4" in merged and "C3:C4" in merged  # 预算支出决策（项目立项）, 4 分
    last = ws.max_row
    assert ws.cell(last, 1).value == "合计" and ws.cell(last, 5).value == 100


def test_without_the_hidden_rules_sheet_rules_are_proposed_from_the_words(tmp_path):
    fw = catalog.load("shuzi-hengyang-2024")
    out = xf.export_xlsx(fw, tmp_path / "fw.xlsx")
    wb = openpyxl.load_workbook(out)
    del wb[xf.RULES_SHEET]
    wb.save(out)
    data, report, _ = xf.import_xlsx(out, id="x", name="导入")
    assert report.ok, report.text()
    # confident proposals are applied; those to check (“…否则，酌情扣分”) stay 酌情评分 until taken
    by_code = {p.code: p for p in report.proposals}
    assert {p.source for p in report.proposals} == {"按评分标准识别", "无法识别，酌情评分"}
    expected = fw.to_dict()["nodes"]
    for n1 in expected:
        for n2 in n1["children"]:
            for leaf in n2["children"]:
                if not by_code[leaf["code"]].proposal.confident:
                    assert "酌情" in leaf["criteria"]
                    leaf["items"] = [{"key": "a", "label": "", "max": leaf["weight"], "type": "judgement", "params": {}}]
    assert _strip_labels(data["nodes"]) == _strip_labels(expected)


def test_scored_evaluation_export_and_import_with_scores(sample_store, tmp_path):
    out = xf.export_evaluation_xlsx(sample_store, tmp_path / "ev.xlsx")
    ws = openpyxl.load_workbook(out)["评分表"]
    assert ws.cell(2, 9).value == "得分" and ws.cell(2, 10).value == "评分说明"
    assert ws.cell(ws.max_row, 9).value == pytest.approx(78.8)
    data, report, mapping = xf.import_xlsx(out)
    assert report.ok and "score" in mapping.columns
    assert report.total_score == Decimal("78.8")
    assert report.scores["3.3.1"]["score"] == Decimal("4.4")
    assert "验收" in report.scores["3.3.1"]["comment"]
    store = xf.create_evaluation(data, tmp_path / "new.fev", report)
    try:
        sheet = assessments.score(store)
        assert sheet.total == Decimal("78.8")
        assert sheet.find("3.3.1").comment == report.scores["3.3.1"]["comment"]
    finally:
        store.close()




def test_a_small_sheet_imports(tmp_path):
    data, report, _ = xf.import_xlsx(write_sheet(tmp_path, GOOD, merges=GOOD_MERGES))
    assert report.ok, report.text()
    assert [n["name"] for n in data["nodes"]] == ["决策", "产出"]
    assert data["nodes"][0]["weight"] == "10"
    types = [p.proposal.items[0]["type"] for p in report.proposals]
    assert types == ["checklist", "deduction", "judgement", "completion"]


def _refused(tmp_path, path, *words):
    out = tmp_path / "out.json"
    rc = main.main(["import-framework", str(path), "-o", str(out)])
    assert rc != 0 and not out.exists()  # nothing created
    try:
        data, report, _ = xf.import_xlsx(path)
    except xf.ExcelImportError as exc:
        text = str(exc)
    else:
        assert data is None and not report.ok
        text = report.text()
    for w in words:
        assert w in text, text
    return text


def test_missing_columns(tmp_path):
    p = write_sheet(tmp_path, [r[:4] for r in GOOD], header=HEADER[:4])
    _refused(tmp_path, p, "缺少必需的列", "三级分值")


def test_weights_that_do_not_add_up(tmp_path):
    rows = [list(r) for r in GOOD]
    rows[1][4] = 2  # 立项程序规范性 2 instead of 3: 项目立项 says 6
    _refused(tmp_path, write_sheet(tmp_path, rows, merges=GOOD_MERGES), "二级指标“项目立项”", "不相等")


def test_level1_weights_against_the_total_row(tmp_path):
    rows = [list(r) for r in GOOD] + [["合计", None, 90, None, 90]]
    _refused(tmp_path, write_sheet(tmp_path, rows, merges=GOOD_MERGES), "合计行的分值 90", "一级指标分值之和 100")


def test_text_in_number_cells(tmp_path):
    rows = [list(r) for r in GOOD]
    rows[0][4] = "三分"
    _refused(tmp_path, write_sheet(tmp_path, rows, merges=GOOD_MERGES), "第 2 行", "“三分”不是数字")


@pytest.mark.parametrize("merges,words", [
    (GOOD_MERGES + ("D3:E3",), ("D3:E3", "横向合并")),
    (GOOD_MERGES + ("D4:D5",), ("D4:D5", "合并了多行")),
    (("A2:A4", "B2:B5", "C2:C3"), ("跨越了两个一级指标",)),
    (("A2:A4", "B2:B3", "C2:C4"), ("合并范围不一致",)),
])
def test_merged_cells_in_odd_places(tmp_path, merges, words):
    _refused(tmp_path, write_sheet(tmp_path, GOOD, merges=merges), *words)


def test_empty_and_not_xlsx(tmp_path):
    empty = tmp_path / "empty.xlsx"
    empty.write_bytes(b"")
    _refused(tmp_path, empty, "空的")
    blank = tmp_path / "blank.xlsx"
    openpyxl.Workbook().save(blank)
    _refused(tmp_path, blank, "没有任何内容")
    text = tmp_path / "notes.xlsx"
    text.write_text("这不是表格", encoding="utf-8")
    _refused(tmp_path, text, "不是有效的 Excel")
    old = tmp_path / "old.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 100)
    _refused(tmp_path, old, ".xls", "另存为")
    headerless = write_sheet(tmp_path, [["a", "b"], ["c", "d"]], header=["甲", "乙"], name="h.xlsx")
    _refused(tmp_path, headerless, "找不到表头行")


def test_corrected_mapping_is_used(tmp_path):
    # headers nobody could guess: the evaluator maps them by hand
    p = write_sheet(tmp_path, GOOD, header=["A", "B", "C", "D", "E", "F", "G", "H"], merges=GOOD_MERGES)
    with pytest.raises(xf.ExcelImportError):
        xf.guess_mapping(p)
    m = xf.Mapping("Sheet", 1, {"level1": 1, "level2": 2, "weight2": 3, "level3": 4, "weight3": 5, "criteria": 8})
    _data, report, _ = xf.import_xlsx(p, m)
    assert report.ok, report.text()
    assert len(report.proposals) == 4


def test_cli_round_trip(tmp_path, capsys):
    xlsx, js = tmp_path / "a.xlsx", tmp_path / "a.json"
    assert main.main(["export-framework", "shuzi-hengyang-2024", "-o", str(xlsx)]) == 0
    assert main.main(["import-framework", str(xlsx), "-o", str(js)]) == 0
    data = json.loads(js.read_text(encoding="utf-8"))
    assert data["nodes"] == catalog.load("shuzi-hengyang-2024").to_dict()["nodes"]
    assert "已写出指标体系" in capsys.readouterr().out


def test_cli_import_with_new_evaluation_keeps_scores(sample_path, tmp_path):
    xlsx, js, fev = tmp_path / "s.xlsx", tmp_path / "s.json", tmp_path / "s.fev"
    assert main.main(["export-framework", str(sample_path), "-o", str(xlsx)]) == 0
    assert main.main(["import-framework", str(xlsx), "-o", str(js), "-e", str(fev)]) == 0
    store = assessments.open_evaluation(fev)
    try:
        assert assessments.score(store).total == Decimal("78.8")
    finally:
        store.close()
    assert main.main(["import-framework", str(xlsx), "-o", str(tmp_path / "t.json"), "-e", str(fev)]) == 1


# ── two-row headers, 权重(%), remembered mappings, deeper trees ─────────────
def _two_row_header_sheet(tmp_path, weight_words=("分值", "分值", "分值"), weights=(10, 6, 3)):
    """一级指标/二级指标/三级指标 merged over 名称 and 分值, as many published 评分表 lay it out."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["项目支出绩效评价评分表"])
    ws.append(["一级指标", None, "二级指标", None, "三级指标", None, "评分标准"])
    ws.append(["名称", weight_words[0], "名称", weight_words[1], "名称", weight_words[2], None])
    ws.append(["决策", weights[0], "项目立项", weights[1], "立项依据充分性", weights[2], "每发现1例不符合扣1分，扣完为止。"])
    ws.append([None, None, None, None, "立项程序规范性", weights[2], "每发现1例不符合扣0.5分，扣完为止。"])
    ws.append([None, None, "绩效目标", weights[0] - weights[1], "绩效目标合理性", weights[0] - weights[1], "视情况评分"])
    for rng in ("A2:B2", "C2:D2", "E2:F2", "G2:G3", "A4:A6", "B4:B6", "C4:C5", "D4:D5"):
        ws.merge_cells(rng)
    p = tmp_path / "two-rows.xlsx"
    wb.save(p)
    return p


def test_a_two_row_header_is_read(tmp_path):
    path = _two_row_header_sheet(tmp_path)
    m = xf.guess_mapping(path)
    assert m.header_row == 3
    assert m.columns == {"level1": 1, "weight1": 2, "level2": 3, "weight2": 4, "level3": 5, "weight3": 6, "criteria": 7}
    data, report, _ = xf.import_xlsx(path)
    assert report.ok, report.text()
    leaves = [c["name"] for n in data["nodes"] for n2 in n["children"] for c in n2["children"]]
    assert leaves == ["立项依据充分性", "立项程序规范性", "绩效目标合理性"]
    assert [p.proposal.items[0]["type"] for p in report.proposals] == ["deduction", "deduction", "judgement"]


def test_a_weight_percent_column_becomes_points_of_the_total(tmp_path):
    # 权重(%) as figures (10 = 10%) and as cells formatted in % (0.03)
    path = _two_row_header_sheet(tmp_path, ("权重(%)", "权重(%)", "权重(%)"), (100, 60, 30))
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    ws["F4"], ws["F5"] = 0.3, 0.3
    wb.save(path)
    m = xf.guess_mapping(path)
    assert m.percent_roles() == {"weight1", "weight2", "weight3"}
    m.total = Decimal(200)
    data, report, _ = xf.import_xlsx(path, m, total=200)
    first = data["nodes"][0]
    assert report.ok, report.text()
    assert Decimal(first["weight"]) == 200  # 100% of 200
    assert [Decimal(c["weight"]) for c in first["children"][0]["children"]] == [60, 60]  # 30% of 200, from 0.3
    assert Decimal(first["children"][1]["weight"]) == 80  # 40%
    assert any("权重" in w and "换算为分值" in w for w in report.warnings)


def test_the_mapping_chosen_for_a_layout_is_used_again(tmp_path):
    # the 评分标准 column is not recognised from its header: the evaluator names it once
    rows = [["决策", "项目立项", 10, "立项依据充分性", 10, "", "", "每发现1例不符合扣1分，扣完为止。"]]
    header = HEADER[:-1] + ["打分口径"]
    first = write_sheet(tmp_path, rows, header=header, name="first.xlsx")
    assert "criteria" not in xf.guess_mapping(first).columns
    assert main.main(["import-framework", str(first), "-o", str(tmp_path / "a.json"), "--map", "评分标准=H"]) == 0
    from services import settings
    assert list(settings.stored()[settings.IMPORT_MAPPINGS].values()) == [
        "工作表=Sheet,表头=1,一级指标=A,二级指标=B,二级分值=C,三级指标=D,三级分值=E,指标解释=F,指标说明=G,评分标准=H"]
    # another workbook, same header layout, no --map: the saved mapping reads its 评分标准
    second = write_sheet(tmp_path, rows, header=header, name="second.xlsx")
    assert main.main(["import-framework", str(second), "-o", str(tmp_path / "b.json")]) == 0
    leaf = json.loads((tmp_path / "b.json").read_text(encoding="utf-8"))["nodes"][0]["children"][0]["children"][0]
    assert leaf["criteria"] == "每发现1例不符合扣1分，扣完为止。"
    assert leaf["items"][0]["type"] == "deduction"
    # a sheet of another layout is guessed as before
    other = write_sheet(tmp_path, rows, name="third.xlsx")
    assert xf.remembered_mapping(xf.guess_mapping(other)) is None


def test_a_tree_deeper_than_three_levels_is_not_flattened_on_export(tmp_path):
    data = catalog.load("shuzi-hengyang-2024").to_dict()
    leaf_parent = data["nodes"][0]["children"][0]
    leaf = leaf_parent["children"][0]
    leaf_parent["children"][0] = {"code": leaf["code"] + "x", "name": "第四级的上级", "weight": leaf["weight"],
                                  "children": [dict(leaf, code=leaf["code"] + "x1")]}
    out = tmp_path / "deep.xlsx"
    with pytest.raises(catalog.FrameworkError) as err:
        xf.export_xlsx(data, out)
    assert "第四级" in str(err.value) and "未导出" in str(err.value)
    assert not out.exists()


def test_a_proposal_to_check_is_shown_but_not_applied(tmp_path):
    text = "种植面积达到可种面积(新增水田面积)的100%得20分,种植面积达到可种面积的90%得10分。"  # nothing said below 90%
    path = write_sheet(tmp_path, [["产出", "产出数量", 20, "种植面积", 20, "", "", text]])
    data, report, _ = xf.import_xlsx(path)
    prop = report.proposals[0].proposal
    assert prop.kind == "tiers" and not prop.confident and any("0%" in u for u in prop.unplaced)
    assert data["nodes"][0]["children"][0]["children"][0]["items"][0]["type"] == "judgement"


def _mixed_depth_framework() -> dict:
    """The built-in framework with a 三级指标 moved up beside the 二级指标 of its 一级指标."""
    data = catalog.load("shuzi-hengyang-2024").to_dict()
    n1 = data["nodes"][0]
    n2 = n1["children"][0]
    moved = n2["children"].pop()
    n2["weight"] = str(Decimal(n2["weight"]) - Decimal(moved["weight"]))
    n1["children"].append(dict(moved, code=f"{n1['code']}.9"))
    # and one 三级指标 scored by items of two rule types: two neighbours of different types made one
    for n2 in (c for n in data["nodes"] for c in n["children"] if "children" in c):
        kids = n2["children"]
        pair = next(((a, b) for a, b in itertools.pairwise(kids) if a["items"][0]["type"] != b["items"][0]["type"]), None)
        if pair:
            a, b = pair
            items = [dict(it, key=f"k{i}") for i, it in enumerate(a["items"] + b["items"], 1)]
            kids[kids.index(a)] = dict(a, weight=str(Decimal(a["weight"]) + Decimal(b["weight"])), items=items)
            kids.remove(b)
            break
    assert catalog.check(data) == []
    return data


def test_round_trip_keeps_leaves_right_under_a_first_level_and_composite_rules(tmp_path):
    data = _mixed_depth_framework()
    composite = [leaf for n1 in data["nodes"] for n2 in n1["children"] for leaf in n2.get("children", [])
                 if len({i["type"] for i in leaf["items"]}) > 1]
    assert composite  # leaves scored by items of several rule types travel too
    out = xf.export_xlsx(data, tmp_path / "mixed.xlsx")
    back, report, _ = xf.import_xlsx(out)
    assert report.ok, report.text()
    assert back["nodes"] == data["nodes"]
    assert catalog.check(back) == []
    # and once more: the exported-and-imported framework exports to the same sheet
    again, report2, _ = xf.import_xlsx(xf.export_xlsx(back, tmp_path / "again.xlsx"))
    assert report2.ok and again["nodes"] == data["nodes"]


def test_a_two_level_framework_round_trips(tmp_path):
    data = catalog.load("shuzi-hengyang-2024").to_dict()
    for n1 in data["nodes"]:  # every 三级指标 moved up under its 一级指标, no 二级指标 left
        n1["children"] = [leaf for n2 in n1["children"] for leaf in n2["children"]]
    assert catalog.check(data) == []
    back, report, _ = xf.import_xlsx(xf.export_xlsx(data, tmp_path / "two.xlsx"))
    assert report.ok, report.text()
    assert back["nodes"] == data["nodes"]


def test_a_first_level_without_children_is_refused_on_export(tmp_path):
    data = catalog.load("shuzi-hengyang-2024").to_dict()
    last = data["nodes"][-1]
    items = [{"key": "a", "label": "满意度", "max": last["weight"], "type": "judgement", "params": {}}]
    data["nodes"][-1] = {"code": last["code"], "name": last["name"], "weight": last["weight"], "items": items}
    assert catalog.check(data) == []
    out = tmp_path / "flat.xlsx"
    with pytest.raises(catalog.FrameworkError) as err:
        xf.export_xlsx(data, out)
    assert f"一级指标“{last['name']}”下没有下级指标" in str(err.value) and "\n" not in str(err.value)
    assert not out.exists()


def test_export_framework_refuses_a_deep_tree_in_one_line(tmp_path, capsys):
    data = catalog.load("shuzi-hengyang-2024").to_dict()
    n2 = data["nodes"][0]["children"][0]
    leaf = n2["children"][0]
    n2["children"][0] = {"code": leaf["code"] + "x", "name": "第四级的上级", "weight": leaf["weight"],
                         "children": [dict(leaf, code=leaf["code"] + "x1")]}
    src, out = tmp_path / "deep.json", tmp_path / "deep.xlsx"
    src.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert main.main(["export-framework", str(src), "-o", str(out)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("错误：") and "第四级" in err and "未导出" in err and "\n" not in err, err
    assert "Traceback" not in err and not out.exists()


def test_a_repeated_row_is_proposed_once_and_each_leaf_gets_its_own_rule(tmp_path, monkeypatch):
    from services.frameworks import proposal

    calls = []
    real = proposal.propose

    def counting(criteria, weight, *rest):
        calls.append((criteria, str(weight)) + rest)
        return real(criteria, weight, *rest)

    monkeypatch.setattr(proposal, "propose", counting)
    text = "每发现1例不符合扣0.5分，扣完为止。"
    rows = [["决策", "项目立项", 9, "立项程序规范性", 3, "", "", text],
            [None, "项目审批", None, "立项程序规范性", 3, "", "", text],  # the same words under another 二级指标
            [None, "项目实施", None, "立项程序规范性", 3.0, "", "", text]]  # 3.0: the 分值 as another figure
    path = write_sheet(tmp_path, rows)
    wb = openpyxl.load_workbook(path)
    wb.active["C3"], wb.active["C4"] = 3, 3
    wb.active["C2"] = 3
    wb.save(path)
    data, report, _ = xf.import_xlsx(path)
    assert report.ok, report.text()
    assert len(calls) == 1  # 3 and 3.0 read as the same 分值 “3”
    leaves = [n2["children"][0] for n2 in data["nodes"][0]["children"]]
    assert [leaf["items"][0]["type"] for leaf in leaves] == ["deduction"] * 3
    assert leaves[0]["items"] == leaves[1]["items"] == leaves[2]["items"]
    leaves[0]["items"][0]["params"]["per"] = "9"  # one leaf's rule changed later: the others keep theirs
    assert leaves[1]["items"][0]["params"]["per"] == "0.5"
    assert report.proposals[0].proposal is not report.proposals[1].proposal


def test_sheet_values_read_as_openpyxl_reads_them(tmp_path):
    """The import's own reading of inline text cells gives what openpyxl's iter_rows gives, oddities included."""
    import zipfile

    from services.core.tables import open_workbook

    wb = openpyxl.Workbook()
    wb.active["A1"] = "x"
    wb.save(tmp_path / "base.xlsx")
    sheet = ('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
             '<row r="1"><c r="A1" t="inlineStr"><is><t>甲</t><t xml:space="preserve"> 乙 </t></is></c>'
             '<c r="C1" t="inlineStr"><is/></c><c r="D1" t="inlineStr"><is><t/></is></c></row>'
             '<row r="3"><c t="inlineStr"><is><r><t>富</t></r><r><rPr><b/></rPr><t>文本</t></r></is></c>'
             '<c t="inlineStr"><is><t>a</t><rPh sb="0" eb="1"><t>ア</t></rPh></is></c><c r="F3" t="inlineStr"></c></row>'
             '<row r="2"><c r="A2" t="inlineStr"><is><t>late</t></is></c></row>'
             '<row r="5"><c r="B5" t="n"><v>2.5</v></c><c r="C5" s="0" t="inlineStr"><is><t>x&#10;y</t></is></c></row>'
             '</sheetData></worksheet>')
    with zipfile.ZipFile(tmp_path / "base.xlsx") as src, zipfile.ZipFile(tmp_path / "odd.xlsx", "w") as out:
        for item in src.infolist():
            out.writestr(item, sheet.encode() if item.filename == "xl/worksheets/sheet1.xml" else src.read(item.filename))
    for name in ("odd.xlsx", "base.xlsx"):
        book = open_workbook(tmp_path / name, read_only=True)
        ws = book.worksheets[0]
        ws.reset_dimensions()
        expected = [list(r) for r in ws.iter_rows(values_only=True)]
        assert xf._sheet_values(ws) == expected
        book.close()
    book = open_workbook(tmp_path / "odd.xlsx", read_only=True)
    assert xf._sheet_values(book.worksheets[0]) == [[" 乙 ", None, "", ""], [], ["富文本", "a", None, None, None, None], [],
                                                     [None, 2.5, "x\ny"]]
    book.close()


def test_a_repeated_indicator_gets_its_own_copy_of_the_proposal():
    """Rows with the same words share one proposal's reading, never its objects: changing one leaf's rule
    (as the confirmation step does) leaves the others as proposed."""
    cache: dict = {}
    args = ("①制度健全，0.5分；②记录完整，0.5分。", Decimal(1), "制度情况", "", "")
    first = xf._proposal(cache, set(), *args)
    second = xf._proposal(cache, set(), *args)
    assert second == first and second is not first
    assert second.items is not first.items and second.items[0] is not first.items[0]
    assert second.items[0]["params"] is not first.items[0]["params"]
    second.items[0]["params"]["points"][0]["max"] = "1"
    second.notes.append("改过")
    assert first.items[0]["params"]["points"][0]["max"] == "0.5" and "改过" not in first.notes
    assert xf._proposal(cache, set(), *args) == first
