"""The 资金 page asks which of two disagreeing figures the report uses, and the answer is undoable."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from services.evaluation import assessments, fund_figures, project
from ui.shell.context import PROJECT

KEY = "spent-paid:30295.87:30295.88"


def _stored_choice(path, key):
    store = assessments.open_evaluation(path)
    try:
        return {c.key: c.chosen for c in fund_figures.of_store(store).conflicts}[key]
    finally:
        store.close()


def _row_of(page, question):
    """The banner row whose label shows ``question`` (its buttons are its children)."""
    for label in page.questions.findChildren(QLabel):
        if label.isVisible() and label.text() == question:
            return label.parentWidget()
    return None


def test_funds_page_asks_and_undo_withdraws_the_answer(window, sample_path, qtbot):
    assert window.open_file(sample_path)
    window.show_page("FundsPage")
    page = window.page_widgets["FundsPage"]
    qtbot.waitUntil(page.questions.isVisible)
    conflict = {c.key: c for c in fund_figures.of_store(window.ctx.store).conflicts}[KEY]
    assert conflict.chosen is None
    row = _row_of(page, conflict.question)
    assert row is not None, "the 支出/已支付 question is shown"
    buttons = [b for b in row.findChildren(QPushButton) if b.isVisible()]
    assert [b.text() for b in buttons] == ["采用：支出合计（按年度支出行相加） 30,295.87 万元",
                                          "采用：已支付合计（按收款单位行相加） 30,295.88 万元"]

    qtbot.mouseClick(buttons[1], Qt.MouseButton.LeftButton)
    assert _stored_choice(sample_path, KEY) == 1
    chosen = {c.key: c for c in fund_figures.of_store(window.ctx.store).conflicts}[KEY]
    qtbot.waitUntil(lambda: _row_of(page, chosen.answer_text) is not None)
    assert "本报告采用已支付合计" in chosen.answer_text
    assert _row_of(page, conflict.question) is None
    again = [b for b in _row_of(page, chosen.answer_text).findChildren(QPushButton) if b.isVisible()]
    assert [b.text() for b in again] == ["重新选择"]

    window.ctx.undo_stack.undo()
    assert _stored_choice(sample_path, KEY) is None
    qtbot.waitUntil(lambda: _row_of(page, conflict.question) is not None)

    window.ctx.undo_stack.redo()
    assert _stored_choice(sample_path, KEY) == 1
    qtbot.waitUntil(lambda: _row_of(page, chosen.answer_text) is not None)
    # 重新选择 asks again; undo brings the answer back
    again = [b for b in _row_of(page, chosen.answer_text).findChildren(QPushButton) if b.isVisible()]
    qtbot.mouseClick(again[0], Qt.MouseButton.LeftButton)
    assert _stored_choice(sample_path, KEY) is None
    qtbot.waitUntil(lambda: _row_of(page, conflict.question) is not None)
    window.ctx.undo_stack.undo()
    assert _stored_choice(sample_path, KEY) == 1

    page.questions.grab().save(str(sample_path.parent / "funds-questions.png"))


def test_the_question_goes_when_the_fund_lines_agree(window, sample_path, qtbot):
    assert window.open_file(sample_path)
    window.show_page("FundsPage")
    page = window.page_widgets["FundsPage"]
    question = {c.key: c for c in fund_figures.of_store(window.ctx.store).conflicts}[KEY].question
    qtbot.waitUntil(lambda: _row_of(page, question) is not None)
    line = next(f for f in project.list_funds(window.ctx.store) if f.paid is not None)
    project.update_fund(window.ctx.store, line.id, paid=str(line.paid - Decimal("0.01")))
    window.ctx.notify(PROJECT)
    qtbot.waitUntil(lambda: _row_of(page, question) is None)
    assert KEY not in {c.key for c in fund_figures.of_store(window.ctx.store).conflicts}
