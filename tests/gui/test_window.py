"""The real window, offscreen: open, score with keyboard and mouse, undo, refusals, findings."""
from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QToolBar

from services.evaluation import assessments, findings


def ids(path):
    store = assessments.open_evaluation(path)
    try:
        return assessments.indicator_ids(store)
    finally:
        store.close()


def on_disk(path):
    """(sheet, states, findings) read back from the file by the services."""
    store = assessments.open_evaluation(path)
    try:
        _specs, states = assessments.load_tree(store)
        return assessments.score(store), states, findings.list_findings(store)
    finally:
        store.close()


def focused():
    return QApplication.focusWidget()


def test_sample_shows_total_and_grade(window, sample_path):
    assert window.open_file(sample_path)
    assert window.stack.currentWidget() is window.workspace
    assert window.scoreboard.total.text() == "78.8"
    assert window.scoreboard.grade.text() == "较差"
    assert window.scoreboard.progress.text() == "已评分 27 / 27"
    assert "良" in window.scoreboard.up.text() and "1.2" in window.scoreboard.up.text()
    # the tree shows subtotals on the upper levels
    model = window.walk.model
    first = model.index(0, 0)
    assert model.index(0, 2).data() == "10" and "决策" in first.data()


def test_score_whole_framework_keyboard_and_mouse(window, tiny_path, qtbot):
    codes = ids(tiny_path)
    window.open_file(tiny_path)
    walk, panel = window.walk, window.walk.panel
    assert panel.current == codes["1.1.1"]
    walk.go_to(codes["1.1.1"])
    # checklist: first point with the keyboard (focus lands on 满足; key 1 = 满足), second with the mouse
    assert focused() is panel.editors["a"].rows[0].buttons["met"]
    qtbot.keyClick(focused(), Qt.Key.Key_1)
    row2 = panel.editors["a"].rows[1]
    qtbot.mouseClick(row2.buttons["not_met"], Qt.MouseButton.LeftButton)
    assert window.live.node(codes["1.1.1"]).score == Decimal(1)
    # next indicator with Ctrl+→ ; deduction count typed, arrow key steps it
    qtbot.keyClick(focused(), Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert panel.current == codes["1.1.2"]
    assert focused() is panel.editors["a"].count
    qtbot.keyClicks(focused(), "1")
    qtbot.keyClick(focused(), Qt.Key.Key_Up)  # 1 → 2, saved at once
    assert window.live.node(codes["1.1.2"]).score == Decimal(1)
    # Ctrl+Enter: mark scored, go to the next unscored indicator
    qtbot.keyClick(focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert panel.current == codes["2.1.1"]
    qtbot.keyClicks(focused(), "85")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is panel.editors["a"].den
    qtbot.keyClicks(focused(), "100")
    qtbot.keyClick(focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.live.node(codes["2.1.1"]).score == Decimal("0.5")
    assert panel.current == codes["2.1.2"]
    qtbot.keyClick(focused(), Qt.Key.Key_Space)  # 满足
    qtbot.keyClick(focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert panel.current == codes["2.1.3"]
    qtbot.keyClicks(focused(), "1.5")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    focused().insert("效益基本实现")  # Chinese comes through the input method, not key codes
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert window.scoreboard.progress.text() == "已评分 5 / 5"
    assert window.scoreboard.total.text() == "5"
    window.close_file()
    sheet, states, _ = on_disk(tiny_path)
    assert sheet.total == Decimal("5") and sheet.complete
    assert states[codes["1.1.2"]].inputs == {"a": {"count": 2}}
    assert states[codes["2.1.1"]].inputs == {"a": {"numerator": "85", "denominator": "100"}}
    assert states[codes["2.1.3"]].inputs["a"]["reason"] == "效益基本实现"
    assert all(states[codes[c]].status == "已评分" for c in ("1.1.1", "1.1.2", "2.1.1", "2.1.2", "2.1.3"))


def test_undo_redo_of_a_score(window, tiny_path, qtbot):
    codes = ids(tiny_path)
    window.open_file(tiny_path)
    window.walk.go_to(codes["1.1.2"])
    count = window.walk.panel.editors["a"].count
    qtbot.keyClicks(count, "3")
    qtbot.keyClick(count, Qt.Key.Key_Tab)
    assert window.live.node(codes["1.1.2"]).score == Decimal("0.5")
    assert window.saved_label.text().startswith("已保存")
    window.walk.go_to(codes["2.1.3"])  # elsewhere by now: undo brings the indicator back
    window.undo_action.trigger()
    assert window.walk.panel.current == codes["1.1.2"]
    assert window.live.node(codes["1.1.2"]).score is None
    assert count.text() == ""
    assert on_disk(tiny_path)[1][codes["1.1.2"]].inputs == {}
    window.redo_action.trigger()
    assert count.text() == "3"
    assert on_disk(tiny_path)[1][codes["1.1.2"]].inputs == {"a": {"count": 3}}
    # with the keyboard, from inside the saved field: Ctrl+Z is the window's undo, Ctrl+Shift+Z its redo
    count.setFocus()
    qtbot.keyClick(count, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert on_disk(tiny_path)[1][codes["1.1.2"]].inputs == {} and count.text() == ""
    qtbot.keyClick(count, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert on_disk(tiny_path)[1][codes["1.1.2"]].inputs == {"a": {"count": 3}}
    # while typing, Ctrl+Z undoes the typing in the field only
    qtbot.keyClicks(count, "5")
    qtbot.keyClick(count, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert count.text() == "3" and on_disk(tiny_path)[1][codes["1.1.2"]].inputs == {"a": {"count": 3}}


def test_invalid_input_refused_file_unchanged(window, tiny_path, qtbot):
    codes = ids(tiny_path)
    window.open_file(tiny_path)
    window.walk.go_to(codes["2.1.1"])
    panel = window.walk.panel
    ed = panel.editors["a"]
    qtbot.keyClicks(ed.num, "abc")
    qtbot.keyClick(ed.num, Qt.Key.Key_Tab)
    qtbot.keyClicks(ed.den, "100")
    qtbot.keyClick(ed.den, Qt.Key.Key_Tab)
    assert ed.error.isVisible() and "必须是数字" in ed.error.text()
    assert on_disk(tiny_path)[1][codes["2.1.1"]].inputs == {}
    # an override above 分值 is refused beside the field
    qtbot.keyClicks(panel.override_value, "5")
    panel.override_reason.insert("专家意见")
    qtbot.mouseClick(panel.override_apply, Qt.MouseButton.LeftButton)
    assert panel.override_error.isVisible() and "超过" in panel.override_error.text()
    # an override without a reason too
    panel.override_value.setText("2")
    panel.override_reason.setText("")
    qtbot.mouseClick(panel.override_apply, Qt.MouseButton.LeftButton)
    assert "理由" in panel.override_error.text()
    _sheet, states, _ = on_disk(tiny_path)
    assert states[codes["2.1.1"]].override_score is None and states[codes["2.1.1"]].inputs == {}
    assert window.ctx.undo_stack.count() == 0
    # fixing the entry saves it and clears the message
    ed.num.setText("95")
    ed.num.editingFinished.emit()
    assert not ed.error.isVisible()
    assert window.live.node(codes["2.1.1"]).score == Decimal(3)


def test_finding_from_unmet_point(window, tiny_path, qtbot, monkeypatch):
    codes = ids(tiny_path)
    window.open_file(tiny_path)
    panel = window.walk.panel
    window.walk.go_to(codes["1.1.1"])
    rows = panel.editors["a"].rows
    qtbot.mouseClick(rows[0].buttons["met"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(rows[1].buttons["not_met"], Qt.MouseButton.LeftButton)
    assert "尚无问题说明" in panel.flag.text()
    assert rows[1].raise_btn.isVisible() and not rows[0].raise_btn.isVisible()
    seen = {}
    monkeypatch.setattr(panel, "ask_finding", lambda prefill: seen.setdefault("p", prefill) and
                        {k: prefill[k] for k in ("category", "title", "detail", "deduction")})
    qtbot.mouseClick(rows[1].raise_btn, Qt.MouseButton.LeftButton)
    assert seen["p"]["deduction"] == "1" and "与同类支出不重复" in seen["p"]["title"]
    findings = on_disk(tiny_path)[2]
    assert len(findings) == 1
    f = findings[0]
    assert f.source_indicator_id == codes["1.1.1"] and f.indicator_ids == (codes["1.1.1"],)
    assert f.deduction == Decimal(1) and f.source_item == "a/p2"
    assert panel.finding_list.count() == 1 and "尚无问题说明" not in panel.flag.text()
    window.undo_action.trigger()  # the finding goes again
    assert on_disk(tiny_path)[2] == []


def test_drop_files_on_the_indicator(window, tiny_path, tmp_path, qtbot):
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    from services.fieldwork import evidence

    codes = ids(tiny_path)
    window.open_file(tiny_path)
    window.walk.go_to(codes["1.1.2"])
    photo = tmp_path / "现场照片.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0" + b"0" * 100)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(photo))])
    panel = window.walk.panel
    ev = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                    Qt.KeyboardModifier.NoModifier)
    panel.dropEvent(ev)
    assert panel.evidence_list.count() == 1 and "现场照片.jpg" in panel.evidence_list.item(0).text()
    store = assessments.open_evaluation(tiny_path)
    try:
        linked = evidence.list_evidence(store, "indicator", codes["1.1.2"])
    finally:
        store.close()
    assert [e.filename for e in linked] == ["现场照片.jpg"]
    window.undo_action.trigger()
    assert panel.evidence_list.count() == 0


def test_filters_and_search(window, tiny_path, qtbot):
    codes = ids(tiny_path)
    window.open_file(tiny_path)
    walk = window.walk
    walk.go_to(codes["1.1.2"])
    qtbot.keyClicks(walk.panel.editors["a"].count, "0")
    qtbot.keyClick(walk.panel.editors["a"].count, Qt.Key.Key_Tab)

    def visible_leaves():
        out, proxy = [], walk.proxy

        def rec(parent):
            for r in range(proxy.rowCount(parent)):
                idx = proxy.index(r, 0, parent)
                if proxy.rowCount(idx) == 0:
                    out.append(idx.data().split()[0])
                rec(idx)
        rec(walk.proxy.index(-1, -1))
        return out

    walk.filter.setCurrentIndex(walk.filter.findData("unscored"))
    assert visible_leaves() == ["1.1.1", "2.1.1", "2.1.2", "2.1.3"]
    walk.go_to(codes["2.1.2"])
    walk.panel.assignee.setText("测试员")  # the window's actor
    walk.panel.assignee.editingFinished.emit()
    walk.filter.setCurrentIndex(walk.filter.findData("mine"))
    assert visible_leaves() == ["2.1.2"]
    walk.filter.setCurrentIndex(0)
    # the tree with the keyboard: Enter starts scoring the indicator, Esc goes back to the tree
    walk.tree.setFocus()
    walk.tree.setCurrentIndex(walk.proxy.mapFromSource(walk.model.index_of(codes["2.1.3"])))
    qtbot.keyClick(walk.tree, Qt.Key.Key_Return)
    assert walk.panel.current == codes["2.1.3"] and focused() is walk.panel.editors["a"].score
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert focused() is walk.tree
    walk.filter.setCurrentIndex(0)
    walk.search.setText("执行率")
    assert visible_leaves() == ["2.1.1"]
    qtbot.keyClick(walk.search, Qt.Key.Key_Return)
    assert walk.panel.current == codes["2.1.1"]


def test_typing_then_moving_on_saves_to_the_right_indicator(window, tiny_path, qtbot):
    codes = ids(tiny_path)
    window.open_file(tiny_path)
    panel = window.walk.panel
    window.walk.go_to(codes["1.1.2"])
    qtbot.keyClicks(panel.editors["a"].count, "2")  # typed, not yet committed
    qtbot.mouseClick(panel.next_btn, Qt.MouseButton.LeftButton)  # the button takes no focus
    assert panel.current == codes["2.1.1"]
    panel.comment.setFocus()
    panel.comment.insertPlainText("第二个指标的说明")
    qtbot.keyClick(panel.comment, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)  # previous
    assert panel.current == codes["1.1.2"]
    _sheet, states, _ = on_disk(tiny_path)
    assert states[codes["1.1.2"]].inputs == {"a": {"count": 2}} and states[codes["1.1.2"]].comment == ""
    assert states[codes["2.1.1"]].inputs == {} and states[codes["2.1.1"]].comment == "第二个指标的说明"
    assert panel.editors["a"].count.text() == "2"


def test_not_applicable_needs_a_reason_and_redistributes(window, tiny_path, qtbot):
    codes = ids(tiny_path)
    window.open_file(tiny_path)
    panel = window.walk.panel
    window.walk.go_to(codes["2.1.2"])
    qtbot.mouseClick(panel.na_check, Qt.MouseButton.LeftButton)
    assert not panel.na_check.isChecked() and "理由" in panel.na_error.text()
    assert not on_disk(tiny_path)[1][codes["2.1.2"]].not_applicable
    panel.na_reason.setText("本项目无资金指标文")
    qtbot.mouseClick(panel.na_check, Qt.MouseButton.LeftButton)
    _sheet, states, _ = on_disk(tiny_path)
    assert states[codes["2.1.2"]].not_applicable and states[codes["2.1.2"]].na_reason == "本项目无资金指标文"
    # its point is shared among its siblings: 2.1.1 now weighs 3 + 1 × 3/5
    assert window.live.node(codes["2.1.1"]).max == Decimal("3.6")
    assert window.walk.model.index_of(codes["2.1.2"], 2).data() == "不适用"
    window.walk.set_status(codes["2.1.3"], "已复核")
    assert on_disk(tiny_path)[1][codes["2.1.3"]].status == "已复核"


def test_bound_input_and_notes_on_the_sample(window, sample_path, qtbot):
    codes = ids(sample_path)
    window.open_file(sample_path)
    panel = window.walk.panel
    window.walk.go_to(codes["2.1.2"])  # 预算执行率: bound to the funds table
    ed = panel.editors["a"]
    assert ed.bound_label.isVisible()
    assert ed.bound_label.text() == "来自 资金页：实际支出资金 30,295.87 万元，实际到位资金 30,661.25 万元"
    # Σ支出 of the funds table; typed here it would go to that table (test_figures_typed_once_gui)
    assert ed.num.text() == "30295.87"
    qtbot.mouseClick(ed.unbind_btn, Qt.MouseButton.LeftButton)
    raw = on_disk(sample_path)[1][codes["2.1.2"]].inputs["a"]
    assert "bind" not in raw and raw["numerator"] == ed.num.text() and raw["note"]
    assert not ed.num.isReadOnly() and not ed.bound_label.isVisible()
    window.undo_action.trigger()
    assert "bind" in on_disk(sample_path)[1][codes["2.1.2"]].inputs["a"]
    # an edit keeps the item's note (备注)
    window.walk.go_to(codes["1.3.1"])
    ed = panel.editors["a"]
    assert ed.note.isVisible()
    note = on_disk(sample_path)[1][codes["1.3.1"]].inputs["a"]["note"]
    ed.count.setFocus()
    qtbot.keyClick(ed.count, Qt.Key.Key_Down)
    assert on_disk(sample_path)[1][codes["1.3.1"]].inputs["a"] == {"count": 4, "note": note}


def test_bound_indicator_follows_the_funds_table(window, sample_path):
    from services.evaluation import project
    from ui.shell.context import PROJECT

    codes = ids(sample_path)
    window.open_file(sample_path)
    assert window.live.node(codes["2.1.2"]).score == Decimal(5)
    store = window.ctx.store
    line = next(f for f in project.list_funds(store) if f.spent)
    project.update_fund(store, line.id, spent=Decimal(0))  # as the funds page would, then it notifies
    window.ctx.notify(PROJECT)
    assert window.live.node(codes["2.1.2"]).score < Decimal(5)
    assert window.scoreboard.total.text() != "78.8"


def test_print_from_the_window_menu_and_shortcut(window, sample_path, qtbot, tmp_path):
    """文件 → 打印 / 导出… and Ctrl+P open the print dialog; a 评分表 PDF is printed from it."""
    pytest.importorskip("PySide6.QtPdf")
    pypdf = pytest.importorskip("pypdf")
    assert not window.print_action.isEnabled()  # nothing to print on the home screen
    window.open_file(sample_path)
    assert window.print_action.isEnabled()
    file_menu = window.menuBar().actions()[0].menu()
    assert window.print_action in file_menu.actions()
    assert window.print_action in window.findChild(QToolBar, "mainToolBar").actions()
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    dlg = window.report_dialog
    qtbot.waitUntil(dlg.isVisible)
    dlg.kind.setCurrentIndex(dlg.kind.findData("scoring-sheet"))
    dlg.fmt.setCurrentIndex(dlg.fmt.findData("pdf"))
    out = tmp_path / "评分表.pdf"
    qtbot.waitUntil(lambda: dlg.export_btn.isEnabled(), timeout=30000)
    dlg.export_file(path=str(out))
    qtbot.waitUntil(lambda: out.exists() and "已导出" in dlg.status.text(), timeout=30000)
    text = "".join(page.extract_text() for page in pypdf.PdfReader(str(out)).pages)
    assert "验收及时性" in text and "78.8" in text
    window.ctx.pool.waitForDone(30000)
    dlg.reject()
