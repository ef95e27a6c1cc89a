"""The interface language switches in 设置 at once: the window is rebuilt in place, nothing reopened."""
from __future__ import annotations

import os

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QToolBar

from services.evaluation import assessments


@pytest.fixture
def own_window(qapp, qtbot):
    """A main window of its own (the language switch rebuilds it); Chinese again afterwards."""
    from ui.i18n import remove_translations
    from ui.shell.context import AppContext
    from ui.shell.main_window import MainWindow

    w = MainWindow(AppContext(actor="测试员"))
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.ctx.set_store(None)
    remove_translations(qapp)
    w.ctx.pool.waitForDone(30000)
    w.deleteLater()


def choose_language(window, code: str) -> None:
    """文件 → 设置… → 界面语言 → ``code`` → 确定, through the window's own menu."""
    from ui.dialogs.settings_dialog import SettingsDialog

    file_menu = window.menuBar().actions()[0].menu()
    settings = next(a for a in file_menu.actions() if a.text() in ("设置…", "Settings…"))
    seen = {}

    def answer():
        dlg = QApplication.activeModalWidget()
        if not isinstance(dlg, SettingsDialog):
            QTimer.singleShot(20, answer)
            return
        dlg.language.setCurrentIndex(dlg.language.findData(code))
        seen["language"] = dlg.language.currentText()
        dlg.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(20, answer)
    settings.trigger()
    assert seen["language"] == {"en": "English", "zh_CN": "简体中文"}[code]
    QApplication.processEvents()


def test_language_switches_at_once_keeping_the_open_evaluation(own_window, sample_path, qtbot):
    w = own_window
    pid = os.getpid()
    assert w.open_file(sample_path)
    store = w.ctx.store
    budget = assessments.indicator_ids(store)["2.1.2"]  # 预算执行率
    w.show_indicator(budget)
    QApplication.processEvents()
    total = sum(w.walk.splitter.sizes())
    w.walk.splitter.setSizes([420, total - 420])
    w.show_page("FindingsPage")
    assert [a.text() for a in w.menuBar().actions()][:2] == ["文件(&F)", "编辑(&E)"]
    assert w.nav.item(0).text() == "评分" and w.scoreboard.grade.text() == "较差"

    choose_language(w, "en")

    assert os.getpid() == pid and w.isVisible()
    # what was built anew is on screen: pages, menus, toolbar, status bar
    assert w.stack.isVisible() and w.page_widgets["FindingsPage"].isVisible() and w.scoreboard.isVisible()
    assert w.menuBar().isVisible() and w.statusBar().isVisible() and w.file_label.isVisible()
    menus = [a.text() for a in w.menuBar().actions()]
    assert menus[:2] == ["&File", "&Edit"] and "&Help" in menus
    assert not any("(&" in m for m in menus)
    assert w.nav.item(0).text() == "Scoring"
    assert w.pages.currentWidget() is w.page_widgets["FindingsPage"]
    assert w.nav.currentItem().text() == "Findings"
    assert w.scoreboard.grade.text() == "Weak"  # the stored grade name (较差), shown in English
    assert w.ctx.store is store  # the same open file, neither closed nor reopened
    assert assessments.get_info(store).name  # … and still readable
    assert w.walk.panel.current == budget
    assert w.stack.currentWidget() is w.workspace
    toolbars = w.findChildren(QToolBar)
    assert len(toolbars) == 1  # the old one went
    assert "Print / Export…" in [a.text() for a in toolbars[0].actions()]
    assert w.windowTitle().endswith("Performance Evaluation Field Workbench")
    assert w.scoreboard.total.text() == "78.8" and w.live.node(budget).score is not None
    assert w.statusBar().findChildren(type(w.file_label))  # the status bar was rebuilt with its labels
    assert w.file_label.text() == str(sample_path)
    w.show_page("WalkPage")  # the tree keeps the width it had
    qtbot.waitUntil(lambda: w.walk.splitter.sizes()[0] == 420, timeout=3000)
    w.show_page("FindingsPage")

    choose_language(w, "zh_CN")
    assert [a.text() for a in w.menuBar().actions()][:2] == ["文件(&F)", "编辑(&E)"]
    assert w.nav.currentItem().text() == "问题清单" and w.pages.currentWidget() is w.page_widgets["FindingsPage"]
    assert w.walk.panel.current == budget
    assert w.scoreboard.grade.text() == "较差"
    assert w.ctx.store is store


def test_calculation_is_said_in_the_window_language_from_the_same_numbers(own_window, sample_path, qapp):
    from ui.i18n import switch_language

    w = own_window
    switch_language(qapp, "en")
    assert w.open_file(sample_path)
    late = assessments.indicator_ids(w.ctx.store)["3.3.1"]  # 验收及时性: nine months late
    w.show_indicator(late)
    node = w.live.node(late)
    # the file, the reports and the engine keep the Chinese words …
    assert node.calculation == "延迟 9 个月，每月扣 0.5 分，得分 = 8 − 9 × 0.5 = 3.5"
    # … the window says the same calculation in English
    assert w.walk.panel.editors["a"].calc.text() == "9 months late, 0.5 pts off per month: score = 8 − 9 × 0.5 = 3.5"


def test_a_phrase_renders_each_part_and_keeps_the_evaluators_words():
    from services.scoring.rules.base import data, joined, msg, render, said

    english = {"已评判 %1/%2 个要点，尚缺：%3": "%1/%2 points judged; still to judge: %3", "、": ", ",
               "，扣完为止，计 0 分": "; nothing left to deduct: 0 pts", "满足": "Met"}.get
    words = said(msg("已评判 %1/%2 个要点，尚缺：%3", 1, 3, joined([data("②满足"), data("③%1")], "、")),
                 "，扣完为止，计 0 分")
    assert render(words) == "已评判 1/3 个要点，尚缺：②满足、③%1，扣完为止，计 0 分"
    # the evaluator's labels are never translated, and a %1 inside a value is never filled again
    assert render(words, lambda t: english(t) or t) == \
        "1/3 points judged; still to judge: ②满足, ③%1; nothing left to deduct: 0 pts"


def test_every_message_has_its_english_and_the_charts_speak_it(qapp):
    """The translation file is complete (resources/translations/update.py: 0 unfinished), and the charts,
    drawn by the services in Chinese for the report, say their words in English in the window."""
    import xml.etree.ElementTree as ET
    from pathlib import Path

    from ui.i18n import remove_translations, switch_language
    from ui.pages.charts import say_in_chart

    ts = Path(__file__).resolve().parents[2] / "resources" / "translations" / "fieldeval_en.ts"
    unfinished = [(c.findtext("name"), m.findtext("source")) for c in ET.parse(ts).getroot().iter("context")
                  for m in c.iter("message") if m.find("translation").get("type") == "unfinished"]
    assert unfinished == []
    switch_language(qapp, "en")
    try:
        assert say_in_chart("各一级指标得分率") == "Score rate of each level-1 indicator"
        assert say_in_chart("较差") == "Weak"  # a stored grade name on a bar
        assert say_in_chart("决策") == "决策"  # an indicator's name is the evaluator's own
    finally:
        remove_translations(qapp)
    assert say_in_chart("各一级指标得分率") == "各一级指标得分率"


def test_a_stored_word_chosen_in_english_is_stored_in_chinese(own_window, sample_path, qapp):
    """The team's 角色 column shows 组长/组员/专家 in English; a role chosen there is stored as the Chinese word
    (the file and the printed documents stay Chinese), typed text as typed."""
    from PySide6.QtCore import Qt

    from services.evaluation import project
    from ui.i18n import switch_language

    w = own_window
    switch_language(qapp, "en")
    assert w.open_file(sample_path)
    project.add_evaluator(w.ctx.store, {"name": "王五", "role": "组员"})
    page = w.page_widgets["OverviewPage"]
    page.refresh()
    model = page.team_model
    row = next(r for r, m in enumerate(model.rows) if m.name == "王五")
    role = model.index(row, 1)
    assert role.data() == "Team member"
    assert model.setData(role, "Expert", Qt.ItemDataRole.EditRole)
    assert [m.role for m in project.list_evaluators(w.ctx.store) if m.name == "王五"] == ["专家"]
    assert model.setData(model.index(row, 1), "Auditor", Qt.ItemDataRole.EditRole)  # not a word of the list
    assert [m.role for m in project.list_evaluators(w.ctx.store) if m.name == "王五"] == ["Auditor"]


def test_a_read_only_file_stays_read_only_in_the_new_language(own_window, sample_path, qapp):
    from ui.i18n import switch_language

    w = own_window
    assert w.open_file(sample_path, readonly=True)
    old_view = w.readonly_view
    assert old_view.active
    switch_language(qapp, "zh_CN")
    w.apply_language("en")
    assert w.readonly_view is not old_view and not old_view.active  # the old one let go of the application
    assert w.ctx.store.readonly and w.readonly_view.active
    assert w.readonly_view.banner.isVisible()
    reason = w.walk.panel.override_reason
    assert reason.isReadOnly() or not reason.isEnabled()  # the rebuilt editors are read-only too
