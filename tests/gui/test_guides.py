"""The parts of the window that guide the evaluator: who is working (first start), empty pages that say
what goes there, and 主要问题 shown from the findings when none is typed."""
from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from services import settings as user_settings
from services.teamwork import audit_log
from ui.dialogs.settings_dialog import SettingsDialog
from ui.widgets import EmptyHint


def _when_dialog(qtbot, act):
    """Run ``act(dialog)`` on the SettingsDialog once it shows; returns the list of dialogs seen."""
    seen: list[SettingsDialog] = []

    def poll() -> None:
        for w in QApplication.topLevelWidgets():
            if isinstance(w, SettingsDialog) and w.isVisible() and w not in seen:
                seen.append(w)
                act(w)
                return
        timer.start(20)

    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(poll)
    timer.start(20)
    return seen, timer


def test_first_start_asks_who_is_working_once(window, tiny_path, qtbot):
    assert user_settings.load().name == ""  # a fresh profile
    window.open_file(tiny_path)
    looked: dict[str, bool] = {}

    def answer(dlg: SettingsDialog) -> None:
        looked["font_row_hidden"] = not dlg.font.isVisible()
        looked["unit_shown"] = dlg.unit.isVisible()
        dlg.accept()  # an empty name is refused at the field
        looked["refused"] = dlg.isVisible() and dlg.error.isVisible()
        dlg.grab().save("/tmp/shots/first_start.png")
        dlg.name.setText("李评价")
        dlg.unit.setText("湖南某会计师事务所")
        dlg.role.setCurrentText("组长")
        dlg.accept()

    seen, timer = _when_dialog(qtbot, answer)
    try:
        window.ask_who_is_working()
    finally:
        timer.stop()
    try:
        assert len(seen) == 1 and seen[0].first_start
        assert looked == {"font_row_hidden": True, "unit_shown": True, "refused": True}
        stored = user_settings.load()
        assert (stored.name, stored.unit, stored.role) == ("李评价", "湖南某会计师事务所", "组长")
        # the audit trail now names the evaluator
        assert window.ctx.actor == "李评价"
        window.walk.set_status(window.live.leaf_ids()[0], "进行中")
        assert audit_log.list_events(window.ctx.store)[0].actor == "李评价"  # newest first

        # answered: never asked again
        again, timer = _when_dialog(qtbot, lambda d: d.reject())
        try:
            window.ask_who_is_working()
            qtbot.wait(100)
        finally:
            timer.stop()
        assert again == []
    finally:
        window.ctx.set_actor("测试员")


def test_settings_menu_changes_unit_and_keeps_remembered_folders(window, tmp_path, qtbot):
    user_settings.update(name="王五", unit="旧单位")
    user_settings.remember_folder("open", tmp_path)
    action = next(a for a in window.findChildren(type(window.menuBar().actions()[0]))
                  if a.text().startswith("设置"))

    def change(dlg: SettingsDialog) -> None:
        assert not dlg.first_start and dlg.font.isVisible()
        assert dlg.unit.text() == "旧单位"
        dlg.unit.setText("新单位")
        dlg.accept()

    seen, timer = _when_dialog(qtbot, change)
    try:
        action.trigger()
    finally:
        timer.stop()
        window.ctx.set_actor("测试员")
    assert len(seen) == 1
    stored = user_settings.load()
    assert (stored.name, stored.unit) == ("王五", "新单位")
    assert stored.last_folders == {"open": str(tmp_path)}


def test_unit_is_validated():
    import pytest

    with pytest.raises(user_settings.SettingsError):
        user_settings.update(unit="单" * 101)
    assert user_settings.update(unit="  某单位 ").unit == "某单位"


def _hint(page) -> EmptyHint:
    assert isinstance(page.empty, EmptyHint)
    return page.empty


def test_empty_pages_say_what_goes_there_and_fill_from_their_buttons(window, tiny_path, qtbot):
    from services.evaluation import findings, project
    from services.fieldwork import surveys
    from ui.shell.undo import push_edit

    window.open_file(tiny_path)
    store = window.ctx.store
    assert not project.list_targets(store) and not project.list_funds(store)
    assert not project.list_sections(store) and not findings.list_findings(store)
    assert not surveys.list_surveys(store)

    def shown(name: str):
        window.show_page(name)
        page = window.page_widgets[name]
        qtbot.wait(30)
        page.grab().save(f"/tmp/shots/empty_{name}.png")
        hint = _hint(page)
        assert hint.isVisible(), name
        assert hint.findChild(type(hint.label), "emptyHint").text()
        return page, hint

    # 绩效目标表, 资金, 报告章节: the hint's own button adds the first row, and the hint goes
    for name, listed in (("TargetsPage", project.list_targets), ("FundsPage", project.list_funds),
                         ("ChaptersPage", project.list_sections)):
        page, hint = shown(name)
        hint.buttons[0].click()
        qtbot.waitUntil(lambda: not hint.isVisible(), timeout=2000)
        assert listed(store), name
        # undone: empty again, and the hint is back
        window.ctx.undo_stack.undo()
        qtbot.waitUntil(hint.isVisible, timeout=2000)
        assert not listed(store)

    # 问题清单: gone once a finding exists
    page, hint = shown("FindingsPage")
    assert [b.text() for b in hint.buttons] == ["新增问题…"]
    assert not push_edit(window.ctx, "新增问题", lambda: findings.add_finding(store, {"title": "台账不全", "category": "A"}),
                         lambda: None, "findings")
    qtbot.waitUntil(lambda: not hint.isVisible(), timeout=2000)

    # 满意度: no questionnaire → 新建问卷; a questionnaire without answers → 导入; answers → nothing
    page, hint = shown("SurveyPage")
    hint.buttons[0].click()
    qtbot.waitUntil(lambda: not hint.isVisible(), timeout=2000)
    assert page.no_responses.isVisible()
    assert [b.text() for b in page.no_responses.buttons] == ["从 CSV / Excel 导入…"]
    page.grab().save("/tmp/shots/empty_SurveyPage_noanswers.png")
    sid = surveys.list_surveys(store)[0].id
    label = surveys.get_survey(store, sid).scale[0]["label"]
    csv = tiny_path.with_name("answers.csv")
    csv.write_text(f"q1\n{label}\n{label}\n", encoding="utf-8")
    surveys.import_responses(store, sid, csv)
    page.refresh()
    assert page.table.rowCount() == 2 and not page.no_responses.isVisible()

    # 证据: the drop area says what goes there
    window.show_page("EvidencePage")
    ev = window.page_widgets["EvidencePage"]
    assert any(lab.isVisible() for lab in ev.findChildren(type(hint.label), "emptyHint"))


def test_overview_shows_main_problems_from_findings_until_typed(window, tiny_path, qtbot):
    from services.evaluation import findings, project
    from ui.shell.undo import push_edit

    window.open_file(tiny_path)
    store = window.ctx.store
    window.show_page("OverviewPage")
    page = window.page_widgets["OverviewPage"]
    label = page.derived_problems
    assert not label.isVisible()  # no findings, nothing to show
    cats = {code: name for code, name, _n in findings.category_counts(store)[0]}
    a, b = list(cats)[:2]
    for title, cat in (("台账不全", a), ("合同未备案", a), ("绩效目标不明确", b)):
        assert not push_edit(window.ctx, "新增问题", lambda t=title, c=cat: findings.add_finding(store, {"title": t, "category": c}),
                             lambda: None, "findings")
    qtbot.waitUntil(label.isVisible, timeout=2000)
    text = label.text()
    assert f"{a}类 {cats[a]}</b>（2 个）：台账不全；合同未备案" in text
    assert f"{b}类 {cats[b]}</b>（1 个）：绩效目标不明确" in text
    page.grab().save("/tmp/shots/overview_derived.png")
    # a display only: nothing written to the 简要情况表
    assert project.list_summary_rows(store) == []

    # a row without 主要问题 keeps the display; typed 主要问题 replaces it
    rid = page._add_row(project.add_summary_row, project.delete_summary_row, "简要情况表内容", {"area": "决策"})
    qtbot.wait(50)
    assert rid and label.isVisible()
    index = page.summary_model.index(0, 1)
    assert page.summary_model.setData(index, "资金管理不规范")
    qtbot.waitUntil(lambda: not label.isVisible(), timeout=2000)
    assert project.list_summary_rows(store)[0].problems == "资金管理不规范"
