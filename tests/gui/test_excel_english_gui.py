"""In English, the Excel import wizard and the framework editor show what the services find in English: the
columns still missing on the mapping step, the problems of the validation report, and the editor's
validation panel and tooltips; the sheet's own words stay as they are."""
from __future__ import annotations

import os
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from services.evaluation import assessments
from services.frameworks import edit as fe
from tests.english_text import CJK
from tests.excel_sheets import HEADER, file_opened
from ui.shell.context import AppContext

pytestmark = pytest.mark.gui

SHOTS = os.environ.get("FIELDEVAL_SHOTS")
ROWS = [
    ["决策（10分）", "项目立项", 6, "立项依据充分性", 3, "", "", "视情况评分"],
    [None, None, None, "立项程序规范性", 2, "", "", "视情况评分"],
    [None, "绩效目标", 4, "绩效目标合理性", 4, "", "", "视情况评分"],
    ["产出（90分）", "产出数量", 90, "实际完成率", 90, "", "", "视情况评分"],
]


def _sheet(path: Path, header=HEADER, rows=ROWS) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(header)
    for r in rows:
        ws.append(r)
    for m in ("A2:A4", "B2:B3", "C2:C3"):
        ws.merge_cells(m)
    wb.save(path)
    return path


def shot(widget, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SHOTS) / name))


def test_the_import_wizard_says_missing_columns_and_report_problems_in_english(in_english, qtbot, tmp_path):
    from ui.frameworks.import_dialog import ImportDialog

    d = ImportDialog(None, None, str(_sheet(tmp_path / "sheet.xlsx")))
    file_opened(d)
    qtbot.addWidget(d)
    d.resize(1100, 680)
    d.show()
    d.next()
    page = d.mapping_page
    page.pickers["weight3"].setCurrentIndex(0)  # “(no such column)”: a required column is missing
    assert page.note.text() == "Required columns missing: Level-3 weight"
    assert not page.isComplete()
    shot(d, "english_import_mapping.png")
    page.pickers["weight3"].setCurrentIndex(page.pickers["weight3"].findData(5))
    assert page.isComplete() and not CJK.search(page.note.text())
    d.next()
    qtbot.waitUntil(lambda: not d.report_page.running)  # the report is made off the GUI thread
    report = d.report_page.text.toPlainText()
    assert report == ("Problems that must be corrected (1); nothing was created:\n"
                      "  ✗ The weight 6 of Level-2 indicator “项目立项” (row 2) does not equal its level-3 "
                      "indicators' total 5")
    assert not d.report_page.isComplete()
    shot(d, "english_import_report.png")
    # the service still says it in Chinese (the command line, the log)
    assert str(d.report.errors[0]) == "二级指标“项目立项”（第 2 行）的分值 6 与其三级指标分值之和 5 不相等"


def test_the_editors_validation_panel_is_english(in_english, qapp, qtbot, sample_path):
    from ui.frameworks.editor import FrameworkEditorPage

    ctx = AppContext(actor="测试员")
    ctx.set_store(assessments.open_evaluation(sample_path, actor="测试员"))
    try:
        leaf = next(n for n in fe.list_nodes(ctx.store) if n.is_leaf)
        fe.update_node(ctx.store, leaf.id, max_points="99")
        page = FrameworkEditorPage(ctx)
        qtbot.addWidget(page)
        page.resize(1366, 768)
        page.show()
        page.refresh()
        lines = [page.problems.item(i).text() for i in range(page.problems.count())]
        assert page.problems.isVisible() and lines
        mine = f"✗ “{leaf.name}” ({leaf.code}): The scoring items add up to 2.5, not the indicator's weight 99"
        assert mine in lines, lines
        names = {n.name for n in fe.list_nodes(ctx.store)}
        for line in lines:  # English but the indicators' own names
            rest = line
            for name in sorted(names, key=len, reverse=True):
                rest = rest.replace(f"“{name}”", "")
            assert not CJK.search(rest), line
        tip = page.item_for(leaf.id).toolTip(0)
        assert "The scoring items add up to 2.5, not the indicator's weight 99" in tip
        shot(page, "english_editor_validation.png")
    finally:
        ctx.set_store(None)


def test_the_import_wizard_says_each_proposed_rule_in_english(in_english, qtbot, tmp_path):
    """The rules step: the proposer reads the sheet's Chinese 评分标准 and words its reading in Chinese; an English
    window says each proposed rule from its items instead, and keeps the sheet's words (依据) as written."""
    from ui.frameworks.import_dialog import ImportDialog

    rows = [
        ["决策（10分）", "项目立项", 6, "立项依据充分性", 3, "", "", "每发现一处问题扣0.5分,扣完为止"],
        [None, None, None, "资金到位率", 3, "", "", "资金到位率达到100%得满分,每低1%扣0.5分"],
        [None, "绩效目标", 4, "绩效目标合理性", 4, "", "", "(1)目标明确,计1分;(2)指标细化,计3分"],
        ["产出（90分）", "产出数量", 90, "实际完成率", 80, "", "", "≥95%:80分;85%-95%:60分;低于85%不得分"],
        [None, None, None, "质量达标率", 10, "", "", ""],
    ]
    d = ImportDialog(None, None, str(_sheet(tmp_path / "sheet.xlsx", rows=rows)))
    file_opened(d)
    qtbot.addWidget(d)
    d.resize(1100, 680)
    d.show()
    d.next()
    d.next()
    qtbot.waitUntil(d.report_page.isComplete)  # the report is made off the GUI thread
    d.next()
    table = d.rules_page.table
    assert d.currentPage() is d.rules_page and table.rowCount() == 5
    notes = [table.item(r, 4).text() for r in range(5)]
    said = ["0.5 pts off per place, down to 0",
            "Full score at ≥ 100%; for each 1% below: deduct 0.5 pts",
            "2 points to check, their scores added: 目标明确 1 pts; 指标细化 3 pts",
            "Tiers: 95% (incl.) to no limit: 80 pts; 85% (incl.) to 95% (excl.): 60 pts; "
            "no limit to 85% (excl.): 0 pts",
            # no criteria: judgement, and why
            "Scored by the team's judgement, with the reason written down\nThe scoring criteria are empty; set to judgement"]
    for note, words in zip(notes, said):
        assert note.startswith(("Suggested from the criteria: ", "Rule recognised", "Not recognised: judgement: ")), note
        assert words in note, note
        first = note.split("\n")[0]  # the rule; the lines below quote the sheet's words it rests on
        assert not CJK.search(first.replace("目标明确", "").replace("指标细化", "")), first
    qtbot.wait(50)  # the rows take the height of their words once the columns have their widths
    shot(d, "english_import_rules.png")


def test_the_editors_rule_proposal_is_said_in_english(in_english, qapp, qtbot, sample_path):
    """The framework editor's “propose a rule from the criteria” button: the rule proposed and why it is to check, in
    English (the sheet's words it quotes stay as written)."""
    from PySide6.QtWidgets import QPushButton

    from ui.frameworks.editor import FrameworkEditorPage

    ctx = AppContext(actor="测试员")
    ctx.set_store(assessments.open_evaluation(sample_path, actor="测试员"))
    try:
        page = FrameworkEditorPage(ctx)
        qtbot.addWidget(page)
        page.resize(1366, 768)
        page.show()
        leaf = next(n for n in fe.list_nodes(ctx.store) if n.is_leaf and n.max_points == Decimal("2"))
        page.tree.setCurrentItem(page.item_for(leaf.id))
        button = page.findChild(QPushButton, "proposeRule")
        page.text_edits["criteria"].setPlainText("每发现一处问题扣0.5分,扣完为止")
        button.click()
        assert page.info.text().startswith("Suggested: 0.5 pts off per place, down to 0"), page.info.text()
        assert not CJK.search(page.info.text()), page.info.text()
        page.text_edits["criteria"].setPlainText("资金到位率达到100%得满分,每低1%扣0.5分")
        button.click()
        said = page.info.text()
        assert said.startswith("Suggested: Full score at ≥ 100%; for each 1% below: deduct 0.5 pts; "
                               "The criteria have words the rule does not place, or do not agree with it: "), said
        shot(page, "english_editor_proposal.png")
    finally:
        ctx.set_store(None)


def test_the_graded_columns_of_the_mapping_step_are_said_in_english(in_english, qtbot, tmp_path):
    from ui.frameworks.import_dialog import ImportDialog

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["一级指标", "二级指标", "三级指标", "分值", "5分", "3分", "0分"])
    ws.append(["设备管理", "设备外观", "外观状况", 5, "外观清洁", "有灰尘", "布满灰尘"])
    wb.save(tmp_path / "graded.xlsx")
    d = ImportDialog(None, None, str(tmp_path / "graded.xlsx"))
    file_opened(d)
    qtbot.addWidget(d)
    d.resize(1100, 680)
    d.show()
    d.next()
    page = d.mapping_page
    shot(d, "english_import_graded_mapping.png")
    assert "The 3 graded columns (5, 3, 0 pts) join each row's scoring criteria" in page.note.text()
    assert not CJK.search(page.note.text().split("”")[-1])  # (the sheet's own name may stay in Chinese)
    entry = page.grade_entries[0]
    assert not CJK.search(entry.remove.toolTip() or "") and entry.points.text() == "5"


def test_a_one_level_list_in_english_says_each_row_is_its_own_level_one(in_english, qtbot, tmp_path):
    from ui.frameworks.import_dialog import ImportDialog

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["序号", "考核指标", "分值", "评分标准"])
    ws.append([1, "安全生产", 10, "未发生安全事故的得10分，否则不得分"])
    ws.append([2, "信访维稳", 10, "发生越级上访扣2分"])
    path = tmp_path / "one-level.xlsx"
    wb.save(path)
    d = ImportDialog(None, None, str(path))
    file_opened(d)
    qtbot.addWidget(d)
    d.resize(1100, 680)
    d.show()
    d.next()
    note = d.mapping_page.note.text()
    assert "Level 1 and level 3 are the same column: each row is a level-1 indicator of its own" in note
    assert not CJK.search(note.replace("Sheet", "")), note
    shot(d, "english_import_one_level.png")
    d.next()
    qtbot.waitUntil(lambda: not d.report_page.running)  # the report is made off the GUI thread
    first = d.report_page.text.toPlainText().split("\n")[0]
    assert first == ("Check passed: level-3 indicators: 2; a scoring rule was recognised for 1, a rule was proposed but "
                     "needs checking for 1, judgement is set for 0."), first
