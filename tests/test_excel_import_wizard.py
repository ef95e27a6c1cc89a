"""The Excel import wizard's layout, offscreen: the mapping preview uses the width it has, and the
rules step shows every proposal's words in full, also after going back and forth."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from services.frameworks import catalog, excel as xf
from tests.excel_sheets import file_opened

pytestmark = pytest.mark.gui


@pytest.fixture
def wizard(qapp, qtbot, tmp_path):
    from ui.frameworks.import_dialog import ImportDialog

    src = xf.export_xlsx(catalog.load("shuzi-hengyang-2024"), tmp_path / "fw.xlsx")
    d = ImportDialog(None, None, str(src))
    file_opened(d)
    qtbot.addWidget(d)
    d.resize(1100, 680)
    d.show()
    return d


def _settle(qtbot):
    qtbot.wait(50)  # the rows are sized once the columns have their widths (a zero timer)


def test_the_mapping_preview_fills_its_width(wizard, qtbot):
    wizard.next()
    _settle(qtbot)
    preview = wizard.mapping_page.preview
    widths = [preview.columnWidth(c) for c in range(preview.columnCount())]
    assert preview.columnCount() == 8
    assert sum(widths) >= preview.viewport().width() - 1  # no empty band right of the last column
    assert all(w >= 72 for w in widths)
    # a column of long texts is wider than a column of figures
    assert preview.columnWidth(7) > preview.columnWidth(4)


def test_each_rule_row_is_tall_enough_for_its_words_and_a_second_visit_refills(wizard, qtbot):
    wizard.next()
    wizard.next()
    qtbot.waitUntil(wizard.report_page.isComplete)  # the report is made off the GUI thread
    wizard.next()
    _settle(qtbot)
    table = wizard.rules_page.table
    assert wizard.currentPage() is wizard.rules_page and table.rowCount() == 27

    def rows():
        return [(table.item(r, 0).data(0x0100), table.item(r, 3).text(), table.item(r, 4).text())
                for r in range(table.rowCount())]

    def short_rows():
        return [r for r in range(table.rowCount()) if table.rowHeight(r) < table.sizeHintForRow(r)]

    first = rows()
    assert all("可采用" in rule or "请核对" in rule for _code, rule, _note in first)  # the confidence, each row
    assert short_rows() == []
    wizard.back()
    wizard.next()
    _settle(qtbot)
    assert wizard.currentPage() is wizard.rules_page  # the rules step again, not the report step
    assert table.rowCount() == 27 and rows() == first
    assert short_rows() == []


def test_a_text_not_recognised_names_its_judgement_once(qapp, qtbot, tmp_path):
    """A 评分标准 no wording reads falls to judgement: its row says so once (“无法识别，酌情评分：评价组…”), with the words
    it could not place, and is left unticked."""
    import openpyxl

    from ui.frameworks.import_dialog import ImportDialog

    src = xf.export_xlsx(catalog.load("shuzi-hengyang-2024"), tmp_path / "fw.xlsx")
    wb = openpyxl.load_workbook(src)
    ws = wb.active
    head = next(c for row in ws.iter_rows(max_row=6) for c in row if c.value == "评分标准")
    row = next(r for r in range(head.row + 1, ws.max_row + 1) if ws.cell(r, head.column).value)
    ws.cell(row, head.column).value = "视工作开展情况由考核组综合评定"
    wb.save(tmp_path / "fw2.xlsx")
    d = ImportDialog(None, None, str(tmp_path / "fw2.xlsx"))
    file_opened(d)
    qtbot.addWidget(d)
    d.resize(1100, 680)
    d.show()
    d.next()
    d.next()
    qtbot.waitUntil(d.report_page.isComplete)
    d.next()
    _settle(qtbot)
    table = d.rules_page.table
    rows = [r for r in range(table.rowCount()) if "视工作开展情况" in table.item(r, 2).text()]
    assert len(rows) == 1
    note = table.item(rows[0], 4).text()
    assert note.startswith("无法识别，酌情评分：评价组在") and note.count("酌情评分") == 1
    assert table.item(rows[0], 0).checkState() == Qt.CheckState.Unchecked
