"""A file held elsewhere opens read-only: a banner says why, every editor of the walk and the pages is
visibly read-only or disabled (looking around still works), and a writable file gets them all back."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QTextBrowser

from services.evaluation import assessments
from tests.gui.conftest import HOLD

ROOT = Path(__file__).resolve().parents[2]
SHOTS = os.environ.get("FIELDEVAL_SHOTS")


def editable_fields(widget) -> list[QLineEdit]:
    return [w for w in widget.findChildren(QLineEdit) if not w.isReadOnly()]


def test_read_only_window_greys_its_editors_and_says_why(window, tiny_path, monkeypatch, qtbot):
    from ui.dialogs import lock_dialog

    store = assessments.open_evaluation(tiny_path, readonly=True)
    codes = assessments.indicator_ids(store)
    store.close()
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(ROOT), str(tiny_path)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True, env={**os.environ})
    try:
        assert holder.stdout.readline().strip() == "ready"
        monkeypatch.setattr(lock_dialog, "ask", lambda parent, path, info: lock_dialog.READ_ONLY)
        assert window.open_file(tiny_path)
        assert window.ctx.store.readonly
        banner = window.readonly_view.banner
        assert banner.isVisible() and "第一个窗口" in banner.text() and "不能修改" in banner.text()

        # the walk: the item's fields, 不适用 and 标记已评分 are off; moving and searching are not
        panel = window.walk.panel
        window.walk.go_to(codes["1.1.2"])
        ed = panel.editors["a"]
        assert ed.count.isReadOnly()
        assert not panel.mark_btn.isEnabled() and not panel.na_check.isEnabled()
        assert panel.comment.isReadOnly() and panel.override_value.isReadOnly()
        assert panel.next_btn.isEnabled() and panel.prev_btn.isEnabled()
        assert not window.walk.search.isReadOnly() and window.walk.filter.isEnabled()
        # another leaf: its editors (loaded as it is shown) are read-only too
        window.walk.go_to(codes["2.1.1"])
        assert panel.editors["a"] is not ed
        assert editable_fields(panel.editors["a"]) == []
        if SHOTS:
            Path(SHOTS).mkdir(parents=True, exist_ok=True)
            window.grab().save(str(Path(SHOTS) / "readonly_walk_1366.png"))

        # a page: no adding, no typing in the table
        window.show_page("FundsPage")
        funds = window.page_widgets["FundsPage"]
        assert funds.view.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
        assert all(not b.isEnabled() for b in funds.findChildren(type(panel.mark_btn)) if b.text() == "新增资金行")
        assert funds.flags_more.isEnabled()  # showing every contract paid beyond the cap changes nothing
        # a page turning its buttons on when a row is selected is overruled
        window.show_page("ReviewPage")
        review = window.page_widgets["ReviewPage"]
        review.table.selectRow(0)
        assert review.selected() is not None
        assert not review.pass_btn.isEnabled() and not review.sign_btn.isEnabled()
        assert review.filter.isEnabled()  # looking around still works
        window.close_file()
    finally:
        holder.stdin.write("\n")
        holder.stdin.flush()
        holder.wait(timeout=30)

    # writable again: everything back as the pages want it
    assert window.open_file(tiny_path)
    assert not window.ctx.store.readonly and not window.readonly_view.banner.isVisible()
    window.show_page("WalkPage")
    window.walk.go_to(codes["1.1.2"])
    assert not panel.editors["a"].count.isReadOnly() and panel.mark_btn.isEnabled()
    assert not panel.comment.isReadOnly()
    funds = window.page_widgets["FundsPage"]
    assert funds.view.editTriggers() != QAbstractItemView.EditTrigger.NoEditTriggers
    window.show_page("ReviewPage")
    review.table.selectRow(0)
    assert review.pass_btn.isEnabled()


def test_a_finding_opened_in_a_read_only_window_is_shown_not_edited(window, sample_path, monkeypatch, qtbot):
    """Double-clicking a finding of a read-only file opens it for reading: fields read-only, the category
    and the linked indicators fixed, no 保存, and 关闭 instead of 取消; the finding is unchanged after."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialog, QDialogButtonBox

    from services.evaluation import findings
    from ui.pages import findings as findings_page

    assert window.open_file(sample_path, readonly=True)
    window.show_page("FindingsPage")
    page = window.page_widgets["FindingsPage"]
    page.table.selectRow(0)
    before = page.current()
    assert before is not None
    seen = []

    def look(dlg):
        seen.append(dlg)
        assert dlg.windowTitle() == "查看问题（只读）"
        assert dlg.title_edit.isReadOnly() and dlg.detail.isReadOnly() and dlg.amount.isReadOnly()
        assert not dlg.category.isEnabled()
        items = [dlg.picker.list.item(i) for i in range(dlg.picker.list.count())]
        assert items and not any(it.flags() & Qt.ItemFlag.ItemIsUserCheckable for it in items)
        assert any(it.checkState() == Qt.CheckState.Checked for it in items)  # the links still show
        assert dlg.buttons.button(QDialogButtonBox.StandardButton.Save).isHidden()
        assert dlg.buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "关闭"
        if SHOTS:
            dlg.show()
            dlg.grab().save(str(Path(SHOTS) / "readonly_finding.png"))
            dlg.hide()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(findings_page.FindingDialog, "exec", look)
    page.table.doubleClicked.emit(page.table.currentIndex())
    assert len(seen) == 1
    after = [f for f in findings.list_findings(window.ctx.store) if f.id == before.id]
    assert after == [before]
    window.close_file()


def test_a_file_on_read_only_media_opens_read_only_from_the_window(window, tiny_path, monkeypatch):
    """A file the system will not let us write (read-only media, a read-only file) opens read-only with a
    banner saying why and what to do, the editors greyed; nothing is written beside it."""
    from models import store as store_module

    real_access = os.access
    denied = {str(tiny_path), str(tiny_path.parent)}

    def access(path, mode, *a, **kw):
        if mode & os.W_OK and str(path) in denied:
            return False
        return real_access(path, mode, *a, **kw)

    monkeypatch.setattr(store_module.os, "access", access)
    before = sorted(p.name for p in tiny_path.parent.iterdir())
    assert window.open_file(tiny_path)
    assert window.ctx.store.readonly
    banner = window.readonly_view.banner
    assert banner.isVisible() and "只读的位置" in banner.text() and "复制到可写的文件夹" in banner.text()
    assert window.walk.panel.comment.isReadOnly()
    assert sorted(p.name for p in tiny_path.parent.iterdir()) == before  # no lock, no journal beside it
    window.close_file()


#: a window whose workspace was read-only once while a closed wizard was kept below it, restyled as a whole
RESTYLE = r"""
import sys
sys.path.insert(0, sys.argv[1])
from ui.frameworks.import_dialog import ImportDialog
from ui.shell.app import make_app
from ui.shell.context import AppContext
from ui.shell.main_window import MainWindow

app = make_app([])
w = MainWindow(AppContext(actor="测试员"))
w.show()
wizard = ImportDialog(w.ctx, w.page_widgets["FrameworkEditorPage"])
wizard.show()
app.processEvents()
wizard.reject()  # closed, not deleted: hidden below the workspace, as the editor's Excel menu leaves it
w.readonly_view.lock()
app.processEvents()
w.readonly_view.unlock()
app.processEvents()
make_app([])  # the application's style and style sheet set again: every widget is restyled
app.processEvents()
print("restyled")
"""


def test_the_window_restyles_after_a_read_only_file_with_a_wizard_kept_below_it(tmp_path):
    """The read-only look follows a property of the workspace, whose style sheet stays put: setting and clearing
    that style sheet while a closed wizard was kept below it left Qt holding a deleted style, and the next
    application-wide restyle (a language switch, a theme change) crashed the process. Run in an interpreter of its
    own, so that a crash fails this test, not the worker running it."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FIELDEVAL_DATA_DIR": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", RESTYLE, str(ROOT)], cwd=ROOT, env=env, capture_output=True,
                         text=True, timeout=300)
    assert out.returncode == 0 and "restyled" in out.stdout, (out.returncode, out.stderr[-2000:])


def test_the_read_only_look_comes_and_goes_with_the_file(window, tiny_path, monkeypatch):
    """Fields that cannot be typed in are greyed while a read-only file is open, and only then."""
    from models import store as store_module
    from ui import theme

    real_access = os.access
    denied = {str(tiny_path), str(tiny_path.parent)}
    monkeypatch.setattr(store_module.os, "access", lambda path, mode, *a, **kw: False
                        if mode & os.W_OK and str(path) in denied else real_access(path, mode, *a, **kw))
    store = assessments.open_evaluation(tiny_path, readonly=True)
    code = assessments.indicator_ids(store)["1.1.2"]
    store.close()

    grey = theme.DISABLED_BG.lower()

    def base(field) -> str:
        return field.palette().color(field.backgroundRole()).name().lower()

    def comment():
        window.show_page("WalkPage")
        window.walk.go_to(code)
        return window.walk.panel.comment

    # read-only at all times (a page's text that is only read): greyed only while the file is
    browsers = window.workspace.findChildren(QTextBrowser)
    assert browsers and all(b.isReadOnly() for b in browsers)
    assert window.open_file(tiny_path) and window.ctx.store.readonly
    assert comment().isReadOnly() and base(comment()) == grey
    assert [base(b) for b in browsers] == [grey] * len(browsers)
    window.close_file()
    monkeypatch.setattr(store_module.os, "access", real_access)
    assert window.open_file(tiny_path) and not window.ctx.store.readonly
    assert not comment().isReadOnly() and base(comment()) != grey
    assert grey not in [base(b) for b in browsers]
    window.close_file()

