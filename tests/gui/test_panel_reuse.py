"""The indicator panel shows every leaf in one re-targeted view: each leaf keeps its own editors, bound
to it, and the shared fields always hold the indicator shown."""
from __future__ import annotations

from PySide6.QtCore import Qt

from services.evaluation import assessments


def _ids(path):
    store = assessments.open_evaluation(path)
    try:
        return assessments.indicator_ids(store)
    finally:
        store.close()


def _states(path):
    store = assessments.open_evaluation(path)
    try:
        return assessments.load_tree(store)[1]
    finally:
        store.close()


def test_leaves_share_one_view_with_their_own_editors(window, tiny_path, qtbot):
    codes = _ids(tiny_path)
    window.open_file(tiny_path)
    panel = window.walk.panel
    window.walk.go_to(codes["1.1.2"])
    view, deduction = panel.view, panel.editors["a"]
    assert panel.title.text() == "1.1.2  立项程序规范性"
    window.walk.go_to(codes["2.1.1"])
    assert panel.view is view  # re-targeted, not rebuilt
    assert panel.title.text() == "2.1.1  预算执行率" and "2.1 资金管理" in panel.breadcrumb.text()
    assert panel.editors["a"] is not deduction and not deduction.isVisible() and panel.editors["a"].isVisible()
    window.walk.go_to(codes["1.1.2"])
    assert panel.editors["a"] is deduction and deduction.isVisible()  # kept for the revisit
    window.walk.go_to(codes["1"])  # an upper level has a view of its own
    assert panel.view is not view and panel.title.text() == "1  决策"


def test_an_earlier_leafs_editor_commits_to_its_own_leaf(window, tiny_path, qtbot):
    codes = _ids(tiny_path)
    window.open_file(tiny_path)
    panel = window.walk.panel
    window.walk.go_to(codes["1.1.2"], focus=False)
    deduction = panel.editors["a"]
    window.walk.go_to(codes["2.1.1"], focus=False)
    deduction.count.setText("3")  # an entry that reaches its editor only after the move
    deduction.count.editingFinished.emit()
    states = _states(tiny_path)
    assert states[codes["1.1.2"]].inputs == {"a": {"count": 3}}
    assert states[codes["2.1.1"]].inputs == {}
    assert panel.current == codes["2.1.1"]


def test_shared_fields_follow_the_indicator_shown(window, tiny_path, qtbot):
    codes = _ids(tiny_path)
    window.open_file(tiny_path)
    panel = window.walk.panel
    window.walk.go_to(codes["1.1.2"])
    panel.comment.setFocus()
    panel.comment.insertPlainText("程序说明")
    panel.assignee.setText("张三")
    panel.assignee.editingFinished.emit()
    qtbot.mouseClick(panel.next_btn, Qt.MouseButton.LeftButton)  # commits the note being typed
    assert panel.current == codes["2.1.1"]
    assert panel.comment.toPlainText() == "" and panel.assignee.text() == ""  # 2.1.1's own (empty) values
    panel.comment.clearFocus()  # the late focus-out saves nothing to 2.1.1
    states = _states(tiny_path)
    assert states[codes["1.1.2"]].comment == "程序说明" and states[codes["1.1.2"]].assignee == "张三"
    assert states[codes["2.1.1"]].comment == "" and states[codes["2.1.1"]].assignee == ""
    qtbot.mouseClick(panel.prev_btn, Qt.MouseButton.LeftButton)
    assert panel.comment.toPlainText() == "程序说明" and panel.assignee.text() == "张三"
