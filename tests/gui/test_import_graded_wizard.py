"""The import wizard on a sheet with graded columns (评分档次列), opened as the evaluator opens it: 指标体系 page,
Excel, 从 Excel 导入指标体系…. The mapping step shows the graded columns with their points, lets them be dropped,
added back and corrected, and the rules step proposes each row's grades as a choice."""
from __future__ import annotations

import os
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt

from services.frameworks import catalog
from tests.excel_sheets import file_opened
from tests.gui.conftest import import_from_excel_menu

pytestmark = pytest.mark.gui

SHOTS = os.environ.get("FIELDEVAL_SHOTS")


def _graded_sheet(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "设备管理考核表"
    for row in (["一级指标", "二级指标", "三级指标", "分值", "5分", "3分", "0分"],
                ["设备管理", "设备外观", "外观状况", 5, "外观清洁、无灰尘、油污、锈蚀现象,铭牌清楚",
                 "有灰尘,油污、锈蚀现象,铭牌不清楚", "设备外表布满灰尘、油污,锈蚀严重,无铭牌"],
                [None, None, "运行记录", 5, "记录完整、及时", "记录不全", "无记录"],
                [None, "设备运行", "运转情况", 5, "运转正常", "偶有故障", "经常故障"]):
        ws.append(row)
    ws.merge_cells("A2:A4")
    ws.merge_cells("B2:B3")
    wb.save(path)
    return path


def _walk(d, qtbot, seen: dict, path: str) -> None:
    """Through the wizard as the evaluator would; what it shows is noted in ``seen`` (asserted after exec)."""
    from ui.frameworks.import_dialog import ImportDialog

    assert isinstance(d, ImportDialog)
    d.resize(1100, 680)
    d.file_page.path.setText(path)
    file_opened(d)
    d.next()
    page = d.mapping_page
    seen["entries"] = [(e.column.currentData(), e.points.text()) for e in page.grade_entries]
    seen["grades"] = dict(d.mapping.grades)
    seen["note"] = page.note.text()
    seen["preview_graded"] = page.preview.item(0, 4).background().color().name()
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        d.grab().save(str(Path(SHOTS) / "import_graded_mapping.png"))
    # the evaluator drops the 0分 column, adds it back by hand, and corrects a mistyped point
    page.grade_entries[2].remove.click()
    seen["after_drop"] = dict(d.mapping.grades)
    entry = page.add_grade_entry(None, None)
    entry.column.setCurrentIndex(entry.column.findData(7))
    entry.points.setText("1")
    seen["mistyped"] = dict(d.mapping.grades)
    entry.points.setText("0")
    # a column chosen both as a grade and as a role keeps the step from going on, and says why
    page.pickers["criteria"].setCurrentIndex(page.pickers["criteria"].findData(5))
    seen["both"] = (page.isComplete(), page.note.text())
    page.pickers["criteria"].setCurrentIndex(0)
    # one grade alone is no grades
    seen["complete"] = page.isComplete()
    d.next()
    qtbot.waitUntil(lambda: not d.report_page.running)  # the report is made off the GUI thread
    seen["report"] = d.report_page.text.toPlainText()
    d.next()
    table = d.rules_page.table
    seen["rules"] = [(table.item(r, 1).text(), table.item(r, 3).text(), table.item(r, 0).checkState(),
                      table.item(r, 2).text()) for r in range(table.rowCount())]
    d.next()
    d.finish_page.fid.setText("graded-columns")
    seen["created"] = d.finish_page.validatePage()
    d.accept()


def test_the_wizard_from_the_menu_shows_and_takes_the_graded_columns(window, tiny_path, qtbot, tmp_path):
    window.open_file(tiny_path)
    path = _graded_sheet(tmp_path / "设备管理考核表.xlsx")
    seen: dict = {}
    import_from_excel_menu(window, lambda d: _walk(d, qtbot, seen, str(path)))
    assert seen["entries"] == [(5, "5"), (6, "3"), (7, "0")]
    assert seen["grades"] == {5: Decimal(5), 6: Decimal(3), 7: Decimal(0)}
    assert "评分档次列 3 列（5、3、0 分）" in seen["note"]
    assert seen["preview_graded"] == "#e6f4ea"  # the graded columns stand out in the preview
    assert seen["after_drop"] == {5: Decimal(5), 6: Decimal(3)}
    assert seen["mistyped"] == {5: Decimal(5), 6: Decimal(3), 7: Decimal(1)}
    assert seen["both"] == (False, "评分档次列又被指定为评分标准；一列只能有一个用途")
    assert seen["complete"]
    assert "校验通过：三级指标 3 个，其中 3 个识别出评分规则" in seen["report"]
    assert [(name, rule.split("\n")[-1], state) for name, rule, state, _c in seen["rules"]] == [
        ("1.1.1 外观状况", "情形选择", Qt.CheckState.Checked),
        ("1.1.2 运行记录", "情形选择", Qt.CheckState.Checked),
        ("1.2.1 运转情况", "情形选择", Qt.CheckState.Checked)]
    assert seen["rules"][2][3] == "运转正常，得5分；偶有故障，得3分；经常故障，得0分"
    assert seen["created"]
    fw = catalog.load("graded-columns")
    leaf = fw.leaves()[0]
    assert leaf["items"][0]["type"] == "choice"
    assert [o["score"] for o in leaf["items"][0]["params"]["options"]] == ["5", "3", "0"]
