"""A failed edit never stays on the undo stack and never shows a traceback."""
from services.core.errors import EditRefused
from ui.shell.context import AppContext
from ui.shell.undo import push_edit


def test_failed_edits_are_dropped(qtbot):
    ctx = AppContext(actor="测试员")
    messages = []
    ctx.message.connect(messages.append)

    def refuse():
        raise EditRefused("分值不能为负数")

    def crash():
        raise OSError("磁盘已满")

    assert push_edit(ctx, "x", refuse, lambda: None, "scores") == "分值不能为负数"
    failed = push_edit(ctx, "y", crash, lambda: None, "scores")
    assert failed and "磁盘已满" in failed and "文件未作修改" in failed
    assert ctx.undo_stack.count() == 0
    assert messages == ["分值不能为负数", failed]
    done = []
    assert push_edit(ctx, "z", lambda: done.append(1), lambda: done.pop(), "scores") is None
    assert ctx.undo_stack.count() == 1 and done == [1]
    ctx.undo_stack.undo()
    assert done == []
