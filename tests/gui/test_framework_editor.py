"""The framework editor page, offscreen: move a node (drag target and buttons), fix a sum, undo."""
from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView

from services.evaluation import assessments
from services.fieldwork import bindings
from services.frameworks import edit as fe
from ui.shell.context import AppContext


@pytest.fixture
def ctx(qapp, sample_path):
    c = AppContext(actor="测试员")
    c.set_store(assessments.open_evaluation(sample_path, actor="测试员"))
    yield c
    c.set_store(None)


@pytest.fixture
def page(ctx, qtbot):
    from ui.frameworks.editor import FrameworkEditorPage

    p = FrameworkEditorPage(ctx)
    qtbot.addWidget(p)
    p.resize(1366, 768)
    p.show()
    return p


def select(page, code):
    iid = assessments.indicator_ids(page.ctx.store)[code]
    page.tree.setCurrentItem(page.item_for(iid))
    return iid


def codes_under(store, parent_code):
    nodes = fe.list_nodes(store)
    pid = next(n.id for n in nodes if n.code == parent_code)
    return [n.code for n in nodes if n.parent_id == pid]


def test_move_fix_sum_and_undo(page, ctx, qtbot, sample_path):
    store = ctx.store
    assert page.check_title.text().startswith("校验：指标体系完整")
    # move 1.2.2 to 1.3 by drag-and-drop: the tree computes the target, the service moves it
    dragged = page.item_for(select(page, "1.2.2"))
    target = page.item_for(assessments.indicator_ids(store)["1.3"])
    parent_id, pos = page.tree.drop_target(dragged, target, QAbstractItemView.DropIndicatorPosition.OnItem)
    with qtbot.waitSignal(page.tree.moveRequested):
        page.tree.moveRequested.emit(dragged.data(0, Qt.ItemDataRole.UserRole), parent_id, -1 if pos is None else pos)
    assert codes_under(store, "1.3") == ["1.3.1", "1.3.2", "1.2.2"]
    # the sums no longer add up, and the panel names the nodes
    texts = [page.problems.item(i).text() for i in range(page.problems.count())]
    assert any("“绩效目标”（1.2）：下级指标分值之和 3 不等于其分值 6" in t for t in texts)
    assert any("“资金投入”（1.3）：下级指标分值之和 8 不等于其分值 5" in t for t in texts)
    # fix the sums by typing the new 分值 of 1.2 and 1.3
    select(page, "1.2")
    page.weight_edit.setText("3")
    page.weight_edit.editingFinished.emit()
    select(page, "1.3")
    page.weight_edit.setText("8")
    page.weight_edit.editingFinished.emit()
    assert page.check_title.text().startswith("校验：指标体系完整")
    assert page.problems.count() == 0
    # undo all three edits: the original tree, valid again
    for _ in range(3):
        ctx.undo_stack.undo()
    assert codes_under(store, "1.2") == ["1.2.1", "1.2.2"]
    assert fe.validate(store) == []
    assert page.problems.count() == 0
    # and the file on disk holds it (every edit committed as made)
    assert assessments.score(store).total == Decimal("78.8")


def test_buttons_move_and_refused_move(page, ctx):
    store = ctx.store
    select(page, "1.2.2")
    page.buttons["up"].click()
    assert codes_under(store, "1.2") == ["1.2.2", "1.2.1"]
    ctx.undo_stack.undo()
    assert codes_under(store, "1.2") == ["1.2.1", "1.2.2"]
    select(page, "1.2.2")
    page.buttons["indent"].click()  # under 1.2.1, a leaf: refused with a reason, nothing changed
    assert "末级指标" in page.banner.text()
    assert codes_under(store, "1.2") == ["1.2.1", "1.2.2"]


def test_rule_form_try_it_and_apply(page, ctx):
    store = ctx.store
    iid = select(page, "2.1.2")
    form = page.item_forms[0]
    assert form.type.currentData() == "threshold"
    ed = page.try_editors["a"]
    inputs = {"numerator": "85", "denominator": "100"}
    page._try(form.value(), ed, inputs)
    assert ed.score_label.text().startswith("2.5")
    # change the deduction per point to 1: the try-it score follows at once, nothing saved yet
    deduct = form.params.fields["deduct"][1]
    deduct.setText("1")
    deduct.textEdited.emit("1")
    assert page.try_editors["a"].score_label.text().startswith("0")
    assert next(n for n in fe.list_nodes(store) if n.id == iid).items[0]["params"]["deduct"] == "0.5"
    page.apply_btn.click()
    assert next(n for n in fe.list_nodes(store) if n.id == iid).items[0]["params"]["deduct"] == "1"
    assert "影响已有评分" in page.info.text()
    ctx.undo_stack.undo()
    assert next(n for n in fe.list_nodes(store) if n.id == iid).items[0]["params"]["deduct"] == "0.5"


def test_binding_bar_shows_and_changes_the_source(page, ctx):
    iid = select(page, "2.1.2")
    bar = page.binding_bars[0]
    assert "取自资金表" in bar.label.text() and "98.81%" in bar.label.text()
    assert bar.unbind_btn.text() == "改为手填" and bar.bind_btn.text() == "重新绑定…"
    bar.unbind()
    assert "手工录入" in bar.label.text()
    assert assessments.score(ctx.store).find("2.1.2").score == 5  # the figure's values were kept as typed inputs
    assert f"{iid}/a" in bindings.typed_by_hand(ctx.store)  # not bound again when the file is opened
    ctx.undo_stack.undo()
    bar.refresh()
    assert "取自资金表" in bar.label.text()
    assert f"{iid}/a" not in bindings.typed_by_hand(ctx.store)
    assert bar.bind({"source": "funds", "figure": "execution_rate", "filter": {"source_contains": "续签"}}) is None
    assert "续签" in bar.label.text() and "100.00%" in bar.label.text()
    assert "取自资金表" in bindings.binding_text_for(ctx.store, iid)


def test_text_box_saves_when_left_and_on_close(page, ctx, qtbot):
    """A node's 指标解释 box saves once when the evaluator leaves it; the window's close says the same
    editingFinished on the focused box, so text typed just before closing is kept."""
    iid = select(page, "1.2.1")
    box = page.text_edits["definition"]
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    box.setPlainText("按年度绩效目标逐项核对")
    before = ctx.undo_stack.count()
    assert next(n for n in fe.list_nodes(ctx.store) if n.id == iid).definition != "按年度绩效目标逐项核对"
    box.editingFinished.emit()  # what MainWindow.closeEvent does for the focused widget
    assert next(n for n in fe.list_nodes(ctx.store) if n.id == iid).definition == "按年度绩效目标逐项核对"
    assert ctx.undo_stack.count() == before + 1
    page.weight_edit.setFocus()  # leaving the box with nothing changed saves nothing more
    qtbot.waitUntil(page.weight_edit.hasFocus)
    assert ctx.undo_stack.count() == before + 1
