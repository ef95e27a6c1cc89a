"""Excel 评分表 as agencies make them: other header words, labels with points and line breaks,
columns mapped by hand (--map, a saved mapping), and a large sheet read in linear time."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import Workbook

from services.frameworks import excel as xf

ROOT = Path(__file__).resolve().parent.parent


def _sheet(path: Path, header: list[str], rows: list[list[object]], notes_first: bool = False) -> Path:
    wb = Workbook()
    ws = wb.active
    if notes_first:
        ws.title = "填表说明"
        ws.append(["本表由评价机构填写，分值单位为分。"])
        ws = wb.create_sheet("评分表")
    ws.append(header)
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def test_criteria_under_another_header_and_labels_with_points(tmp_path):
    path = _sheet(tmp_path / "a.xlsx", ["一级指标", "二级指标", "三级指标", "分值", "评分办法"], [
        ["产 出\n(10分)", "产出\n数量", "项目资金\n到位率", 6, "到位率≥95%计满分，每低于一个百分点扣0.5分，扣完为止。"],
        [None, None, "档案管理", 4, "档案齐全的得4分，不齐全的扣4分。"],
    ], notes_first=True)
    data, report, mapping = xf.import_xlsx(path)
    assert report.ok, report.text()
    assert mapping.sheet == "评分表" and mapping.columns["criteria"] == 5
    level1 = data["nodes"][0]
    assert level1["name"] == "产出" and level1["weight"] == "10"
    leaf = level1["children"][0]["children"][0]
    assert level1["children"][0]["name"] == "产出数量" and leaf["name"] == "项目资金到位率"
    assert leaf["items"][0]["type"] == "threshold" and leaf["items"][0]["params"]["deduct"] == "0.5"
    other = level1["children"][0]["children"][1]
    assert other["items"][0]["type"] == "choice"
    assert [o["score"] for o in other["items"][0]["params"]["options"]] == ["4", "0"]


def test_criteria_typed_over_several_lines_in_their_cells(tmp_path):
    path = _sheet(tmp_path / "b.xlsx", ["一级指标", "二级指标", "三级指标", "分值", "评分标准"], [
        ["产出(15分)", "产出质量", "验收合格率", 10, "95%以上得10分\n90%-95%得8分\n90%以下得0分"],
        [None, None, "资料管理", 5, "1.建立制度得2分\n2.有台账得2分\n3.有记录得1分"],
    ])
    data, report, _mapping = xf.import_xlsx(path)
    assert report.ok, report.text()
    bands, parts = (leaf.proposal for leaf in report.proposals)
    assert parts.confident
    # (90% said in both bands: to check, the three bands proposed for the wizard)
    assert bands.kind == "tiers" and len(bands.items[0]["params"]["tiers"]) == 3 and not bands.confident
    leaf = data["nodes"][0]["children"][0]["children"][1]
    assert leaf["items"][0]["type"] == "checklist"
    assert [p["max"] for p in leaf["items"][0]["params"]["points"]] == ["2", "2", "1"]


def test_columns_mapped_from_the_command_line_and_saved(tmp_path):
    path = _sheet(tmp_path / "b.xlsx", ["序号", "类别", "项目", "标准分", "说明", "依据"], [
        [1, "决策(5分)", "目标明确", 5, "看目标", "有明确目标的得5分，否则不得分"],
    ])
    out = tmp_path / "fw.json"
    saved = tmp_path / "map.txt"
    cmd = [sys.executable, "main.py", "import-framework", str(path), "-o", str(out),
           "--map", "一级指标=B,三级指标=C,分值=D,评分标准=F", "--save-map", str(saved)]
    run = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr + run.stdout
    assert "全有或全无" in run.stdout
    assert "评分标准=F" in saved.read_text(encoding="utf-8")
    out.unlink()
    run = subprocess.run([sys.executable, "main.py", "import-framework", str(path), "-o", str(out),
                          "--map-file", str(saved)], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0 and out.exists(), run.stderr + run.stdout


def test_a_wrong_map_is_one_clear_line(tmp_path):
    path = _sheet(tmp_path / "c.xlsx", ["一级指标", "三级指标", "分值"], [["决策(1分)", "a", 1]])
    with pytest.raises(xf.ExcelImportError) as exc:
        xf.apply_map(xf.guess_mapping(path), "三级指标=C,打分=9!")
    assert "打分" in str(exc.value) or "9!" in str(exc.value)


class _Work:
    """What an import does, counted without a clock: every Python function entered anywhere (openpyxl,
    the rule proposer, validation …) and every line run in the import's own modules, where a loop
    inside a loop would show."""

    OWN = ("services/frameworks/excel.py", "services/frameworks/catalog.py")

    def __init__(self):
        self.calls = self.lines = 0

    def _line(self, frame, event, arg):
        if event == "line":
            self.lines += 1
        return self._line

    def _call(self, frame, event, arg):
        self.calls += 1
        return self._line if frame.f_code.co_filename.replace("\\", "/").endswith(self.OWN) else None

    def count(self, fn) -> int:
        xf._LAST.clear()  # the workbook is read afresh
        sys.settrace(self._call)
        try:
            fn()
        finally:
            sys.settrace(None)
        return self.calls + self.lines


def _import_ok(path: Path, leaves: int):
    data, report, _mapping = xf.import_xlsx(path)
    assert report.ok, report.text()[:500]
    assert report.leaves == leaves and data is not None


def _growth(make) -> tuple[float, list[int]]:
    """The work of importing 500, 1,000 and 2,000 rows: the second step over the first is 2 when linear. A little
    under 2 is linear too (a wording the proposer met on an earlier row, or in an earlier test of the same worker, costs
    less the second time); work growing with the rows already read gives 3 or more (4 when quadratic)."""
    paths = {n: make(n) for n in (500, 1000, 2000)}
    _import_ok(paths[500], 500)  # once first: what runs only once (regular expressions compiled …) is not counted
    work = [_Work().count(lambda: _import_ok(paths[n], n)) for n in paths]
    return (work[2] - work[1]) / (work[1] - work[0]), work


@pytest.mark.slow
def test_an_agency_sheet_is_read_in_linear_time(tmp_path, monkeypatch):
    # merged 一级/二级 cells, every 评分标准 different (each one goes through the rule proposer, in this process:
    # the work counted is this process's)
    from benchmarks.bench_excel_import import agency_sheet
    from services.frameworks import proposal

    monkeypatch.setattr(proposal, "POOL_FROM", 10**9)

    ratio, work = _growth(lambda n: agency_sheet(tmp_path / f"agency-{n}.xlsx", n))
    assert 1.8 < ratio < 2.1, f"work for 500/1,000/2,000 rows: {work}"


@pytest.mark.slow
def test_an_exported_framework_is_read_back_in_linear_time(tmp_path):
    # the hidden sheet of exact rules: each leaf and each upper node finds its stored rule and code
    from benchmarks.synthetic import framework_dict

    ratio, work = _growth(lambda n: xf.export_xlsx(framework_dict(n), tmp_path / f"exported-{n}.xlsx"))
    assert 1.95 < ratio < 2.05, f"work for 500/1,000/2,000 rows: {work}"


def _rewrite_sheet_xml(path: Path, change) -> Path:
    """The same workbook with its first sheet's XML changed (as another program writes it)."""
    import zipfile

    out = path.with_name("rewritten-" + path.name)
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = change(data.decode("utf-8")).encode("utf-8")
            dst.writestr(info, data)
    return out


def test_a_sheet_written_by_another_program_reads_the_same(tmp_path):
    # a prefixed namespace (x:row, x:mergeCell …) and a stale dimension that covers only A1, as some
    # programs write them: every row and every merged range is still read
    from services.frameworks import catalog

    fw = catalog.load("shuzi-hengyang-2024")
    plain = xf.export_xlsx(fw, tmp_path / "fw.xlsx")

    def odd(xml: str) -> str:
        xml = xml.replace('xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"',
                          'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"', 1)
        xml = re.sub(r"<(/?)([A-Za-z]+)(?=[\s/>])", r"<\1x:\2", xml)
        return re.sub(r'<x:dimension ref="[^"]*"/>', '<x:dimension ref="A1"/>', xml)

    other = _rewrite_sheet_xml(plain, odd)
    assert "<x:mergeCell " in zipfile_text(other)
    data, report, _ = xf.import_xlsx(other)
    assert report.ok, report.text()
    assert data["nodes"] == fw.to_dict()["nodes"]
    ws = xf._load(other)["评分表"]
    assert {r.coord for r in ws.merged} >= {"A3:A8", "B3:B4", "C3:C4"}


def zipfile_text(path: Path) -> str:
    import zipfile

    with zipfile.ZipFile(path) as z:
        return z.read("xl/worksheets/sheet1.xml").decode("utf-8")


# ── tables that name no level: 考核项目 | 考核内容 | 分值 | 考核标准, and one-level lists ─────────────────────

def _titled(path: Path, header: list[str], rows: list[list[object]], merges: tuple[str, ...] = ()) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(["某局2024年度目标管理考核评分细则"])
    ws.append(header)
    for r in rows:
        ws.append(r)
    for m in merges:
        ws.merge_cells(m)
    wb.save(path)
    return path


def test_an_agency_table_naming_no_level_reads_its_name_columns_as_levels(tmp_path):
    path = _titled(tmp_path / "a.xlsx", ["序号", "考核项目", "考核内容", "分值", "考核标准", "得分"], [
        [1, "党建工作", "落实主体责任", 10, "未召开专题会议的扣10分", None],
        [2, None, "意识形态", 5, "每发现一处问题扣1分，扣完为止", None],
        [3, "业务工作", "项目完成率", 20, "得分=完成率×20", None],
        ["合计", None, None, 35, None, None],
    ], merges=("B3:B4",))
    mapping = xf.guess_mapping(path)
    assert mapping.header_row == 2
    assert {r: mapping.columns[r] for r in ("level1", "level3", "weight3", "criteria", "score")} == {
        "level1": 2, "level3": 3, "weight3": 4, "criteria": 5, "score": 6}
    assert "level2" not in mapping.columns and "points" not in mapping.columns
    data, report, _ = xf.import_xlsx(path)
    assert report.ok, report.text()
    assert [(n["name"], n["weight"]) for n in data["nodes"]] == [("党建工作", "15"), ("业务工作", "20")]
    assert [c["name"] for c in data["nodes"][0]["children"]] == ["落实主体责任", "意识形态"]
    assert data["nodes"][1]["children"][0]["items"][0]["type"] == "completion"


def test_a_one_level_list_makes_each_row_its_own_level_one(tmp_path):
    path = _titled(tmp_path / "b.xlsx", ["序号", "考核指标", "分值", "评分标准"], [
        [1, "党建工作", 10, "每发现一处问题扣2分，扣完为止"],
        [2, "业务工作（20分）", 20, "得分=完成率×20"],
        ["合计", None, 30, None],
    ])
    mapping = xf.guess_mapping(path)
    assert mapping.columns["level1"] == mapping.columns["level3"] == 2 and mapping.columns["weight3"] == 3
    data, report, _ = xf.import_xlsx(path)
    assert report.ok, report.text()
    assert not report.warnings, report.text()  # each 一级指标 holds its row's points: nothing to sum
    assert [(n["name"], n["weight"]) for n in data["nodes"]] == [("党建工作", "10"), ("业务工作", "20")]
    assert [[(c["name"], c["weight"]) for c in n["children"]] for n in data["nodes"]] == [
        [("党建工作", "10")], [("业务工作", "20")]]


def test_a_one_level_list_mapped_by_hand(tmp_path):
    path = _titled(tmp_path / "c.xlsx", ["编号", "名称", "分值", "计分办法"], [
        ["A1", "制度建设", 5, "制度健全的得5分，否则不得分"], ["A2", "信息公开", 5, "按时公开的得5分，否则不得分"]])
    mapping = xf.apply_map(xf.guess_mapping(path), "一级指标=B,三级指标=B,分值=C,评分标准=D")
    assert mapping.columns["level1"] == mapping.columns["level3"] == 2
    data, report, _ = xf.import_xlsx(path, mapping)
    assert report.ok, report.text()
    assert [n["name"] for n in data["nodes"]] == ["制度建设", "信息公开"]
    # any other role on one column is still refused
    remapped = xf.apply_map(mapping, "评分标准=B")
    assert "level1" not in remapped.columns and "level3" not in remapped.columns
    both = xf.Mapping(mapping.sheet, mapping.header_row, {"level1": 2, "level3": 3, "weight3": 3, "criteria": 4})
    assert "同一列被指定为多个用途" in str(xf.read_rows(path, both).errors[0])


def test_a_table_of_two_named_levels_has_its_level_two_as_leaves(tmp_path):
    path = _titled(tmp_path / "d.xlsx", ["一级指标", "二级指标", "分值", "评分标准"], [
        ["决策", "项目立项", 10, "立项规范得10分，否则不得分"],
        [None, "绩效目标", 10, "目标明确得10分，否则不得分"],
        ["产出", "完成率", 20, "得分=完成率×20"],
    ], merges=("A3:A4",))
    mapping = xf.guess_mapping(path)
    assert (mapping.columns["level1"], mapping.columns["level3"], mapping.columns["weight3"]) == (1, 2, 3)
    data, report, _ = xf.import_xlsx(path)
    assert report.ok, report.text()
    assert [[c["name"] for c in n["children"]] for n in data["nodes"]] == [["项目立项", "绩效目标"], ["完成率"]]


def test_points_beside_each_named_level(tmp_path):
    path = _titled(tmp_path / "e.xlsx", ["考核项目", "分值", "考核内容", "分值", "考核标准"], [
        ["党建工作", 15, "落实主体责任", 10, "落实的得10分，否则不得分"],
        [None, None, "意识形态", 5, "落实的得5分，否则不得分"],
    ], merges=("A3:A4", "B3:B4"))
    mapping = xf.guess_mapping(path)
    assert {r: mapping.columns[r] for r in ("level1", "weight1", "level3", "weight3")} == {
        "level1": 1, "weight1": 2, "level3": 3, "weight3": 4}
    data, report, _ = xf.import_xlsx(path)
    assert report.ok and data["nodes"][0]["weight"] == "15", report.text()


def test_only_level_one_named_takes_the_name_column_right_of_it(tmp_path):
    path = _titled(tmp_path / "f.xlsx", ["一级指标", "指标", "分值", "评分标准"], [
        ["决策(10分)", "立项", 10, "立项规范得10分，否则不得分"]])
    mapping = xf.guess_mapping(path)
    assert (mapping.columns["level1"], mapping.columns["level3"], mapping.columns["weight3"]) == (1, 2, 3)


def test_the_report_counts_rules_to_check_apart_from_judgement(tmp_path):
    path = _titled(tmp_path / "g.xlsx", ["一级指标", "三级指标", "分值", "评分标准"], [
        ["决策", "立项", 10, "立项规范得10分，否则不得分"],
        [None, "制度", 5, "发现问题扣2分"],
        [None, "宣传", 5, "视宣传效果酌情打分"]])
    data, report, _ = xf.import_xlsx(path)
    assert data is not None
    kinds = [(p.proposal.confident, p.proposal.items[0]["type"]) for p in report.proposals]
    assert kinds[0] == (True, "all_or_nothing") and kinds[2] == (False, "judgement")
    assert not kinds[1][0] and kinds[1][1] != "judgement"  # a rule proposed, flagged
    assert str(report.text()).startswith(
        "校验通过：三级指标 3 个，其中 1 个识别出评分规则，1 个提出了规则但请核对，1 个设为酌情评分。")
