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
    """The work of importing 500, 1,000 and 2,000 rows: the second step over the first is 2 when linear."""
    paths = {n: make(n) for n in (500, 1000, 2000)}
    _import_ok(paths[500], 500)  # once first: what runs only once (regular expressions compiled …) is not counted
    work = [_Work().count(lambda: _import_ok(paths[n], n)) for n in paths]
    return (work[2] - work[1]) / (work[1] - work[0]), work


@pytest.mark.slow
def test_an_agency_sheet_is_read_in_linear_time(tmp_path):
    # merged 一级/二级 cells, every 评分标准 different (each one goes through the rule proposer)
    from benchmarks.bench_excel_import import agency_sheet

    ratio, work = _growth(lambda n: agency_sheet(tmp_path / f"agency-{n}.xlsx", n))
    assert 1.95 < ratio < 2.05, f"work for 500/1,000/2,000 rows: {work}"


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
