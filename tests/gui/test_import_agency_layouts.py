"""The import wizard on agency tables that name no level, opened from the 指标体系 page's Excel menu: a one-level
list (序号 | 考核指标 | 分值 | 评分标准) shows one column as both 一级指标 and 三级指标 and imports each row as its
own 一级指标; a 考核项目 | 考核内容 table takes its two name columns as the levels."""
from __future__ import annotations

import os
from pathlib import Path

import openpyxl
import pytest

from services.frameworks import catalog
from tests.excel_sheets import file_opened
from tests.gui.conftest import import_from_excel_menu

pytestmark = pytest.mark.gui

SHOTS = os.environ.get("FIELDEVAL_SHOTS")


def _sheet(path: Path, header: list[str], rows: list[list[object]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["某镇2024年度综合考核评分细则"])
    ws.append(header)
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def _import(window, qtbot, path: Path, fid: str, shot: str) -> dict:
    seen: dict = {}

    def walk(d):
        d.resize(1100, 680)
        d.file_page.path.setText(str(path))
        file_opened(d)
        d.next()
        page = d.mapping_page
        seen["pickers"] = {role: box.currentData() for role, box in page.pickers.items() if box.currentData()}
        seen["complete"] = page.isComplete()
        seen["note"] = page.note.text()
        if SHOTS:
            Path(SHOTS).mkdir(parents=True, exist_ok=True)
            d.grab().save(str(Path(SHOTS) / shot))
        d.next()
        qtbot.waitUntil(lambda: not d.report_page.running)  # the report is made off the GUI thread
        seen["report"] = d.report_page.text.toPlainText()
        d.next()
        d.next()
        d.finish_page.fid.setText(fid)
        seen["created"] = d.finish_page.validatePage()
        d.accept()

    import_from_excel_menu(window, walk)
    return seen


def test_a_one_level_list_imports_each_row_as_its_own_level_one(window, tiny_path, qtbot, tmp_path):
    window.open_file(tiny_path)
    path = _sheet(tmp_path / "综合考核.xlsx", ["序号", "考核指标", "分值", "评分标准"], [
        [1, "安全生产", 10, "发生一般安全事故的不得分，未发生的得10分"],
        [2, "信访维稳", 10, "每发生一起越级上访扣2分，扣完为止"],
        [3, "财政收入", 20, "得分=完成率×20"]])
    seen = _import(window, qtbot, path, "one-level", "import_one_level_mapping.png")
    assert seen["pickers"] == {"level1": 2, "level3": 2, "weight3": 3, "criteria": 4}
    assert seen["complete"] and "列的对应关系已齐全" in seen["note"] and "每行各为一个一级指标" in seen["note"]
    assert "三级指标 3 个" in seen["report"] and "未写分值" not in seen["report"]
    assert seen["created"]
    fw = catalog.load("one-level")
    assert [(n["name"], n["weight"], [c["name"] for c in n["children"]]) for n in fw.nodes] == [
        ("安全生产", "10", ["安全生产"]), ("信访维稳", "10", ["信访维稳"]), ("财政收入", "20", ["财政收入"])]


def test_an_assessment_item_and_content_table_takes_them_as_levels(window, tiny_path, qtbot, tmp_path):
    window.open_file(tiny_path)
    path = _sheet(tmp_path / "目标考核.xlsx", ["序号", "考核项目", "考核内容", "分值", "考核标准"], [
        [1, "党建工作", "主体责任", 10, "未召开专题会议的扣10分"],
        [2, None, "意识形态", 5, "每发现一处问题扣1分，扣完为止"],
        [3, "经济发展", "招商引资", 20, "得分=完成率×20"]])
    seen = _import(window, qtbot, path, "item-content", "import_item_content_mapping.png")
    assert seen["pickers"] == {"level1": 2, "level3": 3, "weight3": 4, "criteria": 5}
    assert seen["created"]
    fw = catalog.load("item-content")
    assert [(n["name"], [c["name"] for c in n["children"]]) for n in fw.nodes] == [
        ("党建工作", ["主体责任", "意识形态"]), ("经济发展", ["招商引资"])]
