"""The 满意度 and 图表 pages and the Excel import wizard, offscreen, on a copy of the sample."""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.evaluation import assessments
from services.fieldwork import surveys
from services.frameworks import catalog, excel as xf
from tests.excel_sheets import file_opened
from ui.shell.context import AppContext


@pytest.fixture
def ctx(qapp, sample_path):
    c = AppContext(actor="测试员")
    c.set_store(assessments.open_evaluation(sample_path, actor="测试员"))
    yield c
    c.set_store(None)


def test_survey_entry_moves_the_bound_indicator_and_undo(ctx, qtbot):
    from ui.pages.survey import SurveyPage

    page = SurveyPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.overall.text() == "总体满意度 91.00%"
    assert page.table.rowCount() == 100
    for box in page.entry_widgets.values():
        box.setCurrentIndex(box.findText("不满意"))
    page.save_btn.click()
    assert page.table.rowCount() == 101
    rate = surveys.survey_result(ctx.store).rate
    assert rate == Decimal(273) / 303 * 100 and page.overall.text() == "总体满意度 90.10%"
    assert assessments.score(ctx.store).find("4.1.6").score == 10  # still ≥ 90%
    ctx.undo_stack.undo()
    assert page.table.rowCount() == 100 and surveys.survey_result(ctx.store).rate == 91
    page.counts["valid"].setText("120")
    page.counts["valid"].editingFinished.emit()
    assert "有效份数不能多于回收份数" in page.banner.text()


def test_charts_page_draws_every_chart(ctx, qtbot):
    from ui.pages.charts import ChartsPage

    page = ChartsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert "78.8" in page.summary.text() and "21.2" in page.summary.text()
    for key, (fig, _canvas) in page.figures.items():
        assert fig.axes, key
    titles = {k: fig.axes[0].get_title() for k, (fig, _c) in page.figures.items()}
    assert titles["deductions"].startswith("扣分项") and titles["satisfaction"].startswith("满意度")


def test_import_wizard_mapping_report_and_template(qapp, qtbot, tmp_path):
    from ui.frameworks.import_dialog import ImportDialog

    src = xf.export_xlsx(catalog.load("shuzi-hengyang-2024"), tmp_path / "fw.xlsx")
    d = ImportDialog(None, None, str(src))
    file_opened(d)
    qtbot.addWidget(d)
    d.show()
    d.next()
    assert d.mapping_page.pickers["criteria"].currentData() == 8
    d.mapping_page.pickers["level3"].setCurrentIndex(0)  # the evaluator un-maps a required column
    assert not d.mapping_page.isComplete() and "三级指标" in d.mapping_page.note.text()
    d.mapping_page.pickers["level3"].setCurrentIndex(d.mapping_page.pickers["level3"].findData(4))
    d.next()
    qtbot.waitUntil(lambda: not d.report_page.running)  # the report is made off the GUI thread
    assert d.report_page.isComplete() and "校验通过" in d.report_page.text.toPlainText()
    d.next()
    assert d.rules_page.table.rowCount() == 27
    d.next()
    d.finish_page.fid.setText("imported-hengyang")
    d.accept() if d.finish_page.validatePage() else pytest.fail(d.finish_page.error.text())
    assert any(i.id == "imported-hengyang" and not i.builtin for i in catalog.list_frameworks())
