"""No silent state in the indicator walk, and keys that work from any field."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from services.evaluation import assessments

CTRL = Qt.KeyboardModifier.ControlModifier


def ids(path):
    store = assessments.open_evaluation(path)
    try:
        return assessments.indicator_ids(store)
    finally:
        store.close()


def stored_inputs(window, iid):
    _specs, states = assessments.load_tree(window.ctx.store)
    return states[iid].inputs


def test_partly_met_without_points_is_refused_with_a_message(window, tiny_path, qtbot):
    codes = ids(tiny_path)
    window.open_file(tiny_path)
    window.walk.go_to(codes["1.1.1"])
    ed = window.walk.panel.editors["a"]
    qtbot.mouseClick(ed.rows[0].buttons["met"], Qt.MouseButton.LeftButton)
    assert stored_inputs(window, codes["1.1.1"])["a"]["points"]["p1"] == {"state": "met"}
    qtbot.keyClick(ed.rows[0].buttons["met"], Qt.Key.Key_2)  # 部分满足, no points typed
    assert ed.error.isVisible() and "部分满足" in ed.error.text()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # leaves the points field empty
    assert "未保存" in window.statusBar().currentMessage()
    assert stored_inputs(window, codes["1.1.1"])["a"]["points"]["p1"] == {"state": "met"}  # the saved one stands
    # the points typed: saved, the message goes
    ed.rows[0].value.setFocus()
    qtbot.keyClicks(ed.rows[0].value, "0.5")
    qtbot.keyClick(ed.rows[0].value, Qt.Key.Key_Tab)
    assert stored_inputs(window, codes["1.1.1"])["a"]["points"]["p1"] == {"state": "partly", "value": "0.5"}
    assert not ed.error.isVisible() and window.statusBar().currentMessage() == ""


def test_badges_and_flags_follow_the_scores(window, tiny_path, qtbot):
    codes = ids(tiny_path)
    window.open_file(tiny_path)
    panel = window.walk.panel
    window.walk.go_to(codes["2.1.2"])
    panel.na_reason.setText("本年度未下达指标文")
    qtbot.mouseClick(panel.na_check, Qt.MouseButton.LeftButton)
    assert window.live.node(codes["2.1.2"]).not_applicable
    assert panel.status_chip.text() == "不适用"
    # a judgement below full marks with its reason: explained, no "!"
    window.walk.go_to(codes["2.1.3"])
    ed = panel.editors["a"]
    qtbot.keyClicks(ed.score, "1")
    qtbot.keyClick(ed.score, Qt.Key.Key_Tab)
    QApplication.focusWidget().insert("效益部分实现")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    node = window.live.node(codes["2.1.3"])
    assert node.score is not None and node.lost > 0  # (分值 redistributed: 2.1.2 is 不适用)
    assert window.live.unexplained(codes["2.1.3"]) == 0 and "理由" in panel.flag.text()
    # a deduction explained by the 评分说明 only
    window.walk.go_to(codes["1.1.2"])
    qtbot.keyClicks(panel.editors["a"].count, "1")
    qtbot.keyClick(panel.editors["a"].count, Qt.Key.Key_Tab)
    assert window.live.unexplained(codes["1.1.2"]) == Decimal("0.5")
    assert QApplication.focusWidget() is panel.comment  # Tab from the last input: 评分说明
    panel.comment.insertPlainText("会议纪要缺一次")
    qtbot.keyClick(panel.comment, Qt.Key.Key_Tab)  # Tab leaves the multi-line field, saving it
    assert panel.comment.toPlainText() == "会议纪要缺一次"
    assert window.live.unexplained(codes["1.1.2"]) == 0


def test_override_refusal_clears_after_a_valid_edit(window, tiny_path, qtbot):
    codes = ids(tiny_path)
    window.open_file(tiny_path)
    panel = window.walk.panel
    window.walk.go_to(codes["2.1.1"])
    panel.override_value.setText("9")
    panel.override_reason.setText("专家意见")
    qtbot.mouseClick(panel.override_apply, Qt.MouseButton.LeftButton)
    assert panel.override_error.isVisible()
    panel.override_value.setText("2")
    qtbot.mouseClick(panel.override_apply, Qt.MouseButton.LeftButton)
    assert not panel.override_error.isVisible()
    assert window.live.node(codes["2.1.1"]).score == Decimal(2)


def test_window_keys_from_text_fields_and_tab_in_multiline(window, tiny_path, qtbot):
    codes = ids(tiny_path)
    window.open_file(tiny_path)
    panel = window.walk.panel
    window.walk.go_to(codes["2.1.3"])
    panel.comment.setFocus()
    qtbot.keyClick(panel.comment, Qt.Key.Key_Tab, CTRL)  # Ctrl+Tab types a tab
    assert panel.comment.toPlainText() == "\t"
    panel.comment.clear()
    seen = []
    panel.ask_finding = lambda prefill: seen.append(prefill) or None
    qtbot.keyClick(panel.comment, Qt.Key.Key_E, CTRL)  # Ctrl+E from a multi-line field
    panel.override_reason.setFocus()
    qtbot.keyClick(panel.override_reason, Qt.Key.Key_E, CTRL)  # … and from a line edit
    assert len(seen) == 2 and "效益实现" in seen[0]["indicator_label"]
    del panel.ask_finding
    # the indicator opens at its title
    window.walk.go_to(codes["1.1.1"])
    assert panel.view.verticalScrollBar().value() == 0
