"""Nothing built is unreachable: every menu item, every page and every dialog opens from the main window.

The window is driven as the evaluator drives it (menu actions, the buttons on the pages); whatever
dialog appears is recorded by its class and closed. The dialog classes are found by importing every
module under ui/, so a new dialog that no menu or button opens fails this test.
"""
from __future__ import annotations

import importlib
import inspect
import pkgutil

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QPushButton, QToolButton

import ui
from ui.shell.main_window import PAGES

#: dialogs that only a situation brings up, each opened by its own test: a damaged file
#: (RecoveryDialog: test_app.py, test_teamwork_gui.py), a file open elsewhere (LockDialog: test_file_locks_gui.py)
ONLY_WHEN = {"RecoveryDialog", "LockDialog"}


def ui_dialog_classes() -> set[str]:
    names = set()
    for info in pkgutil.walk_packages(ui.__path__, "ui."):
        module = importlib.import_module(info.name)
        for name, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, QDialog) and cls.__module__ == module.__name__ and not name.startswith("_"):
                names.add(name)
    return names


class DialogCloser(QObject):
    """Closes every dialog or message box that shows up, noting its class."""

    def __init__(self, keep=()):
        super().__init__()
        self.seen: list[str] = []
        self.keep = keep
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.tick)
        self.timer.start(30)

    def tick(self) -> None:
        for w in QApplication.topLevelWidgets():
            if isinstance(w, (QDialog, QMenu)) and w.isVisible() and not isinstance(w, self.keep):
                self.seen.append(type(w).__name__)
                if isinstance(w, QMenu):
                    w.close()
                else:
                    w.reject()

    def stop(self) -> None:
        self.timer.stop()


def menu_actions(menu: QMenu):
    for a in menu.actions():
        if a.menu() is not None:
            yield from menu_actions(a.menu())
        elif not a.isSeparator():
            yield a


def test_every_menu_page_and_dialog_is_reachable(window, sample_path, qtbot):
    window.open_file(sample_path)
    # an edit, so that 撤销 / 重做 have something to do
    window.walk.set_status(window.walk.panel.current, "进行中")
    closer = DialogCloser()
    try:
        # every page is there and every 视图 item shows its page
        assert len(window.page_widgets) == len(PAGES) + 1
        view_menu = next(a.menu() for a in window.menuBar().actions() if "视图" in a.text())
        shown = set()
        for a in view_menu.actions():
            a.trigger()
            page = window.pages.currentWidget()
            assert page.isVisible()
            shown.add(type(page).__name__)
        assert shown == set(window.page_widgets)

        # every menu item, except 退出 and the two that leave the open evaluation (run last)
        last = []
        triggered = 0
        for top in window.menuBar().actions():
            for a in menu_actions(top.menu()):
                text = a.text()
                if "退出" in text:
                    continue
                if "关闭评价" in text or "打开示例" in text:
                    last.append(a)
                    continue
                assert a.isEnabled(), f"菜单项“{text}”在打开评价时不可用"
                a.trigger()
                qtbot.wait(60)
                window.ctx.pool.waitForDone(30000)
                qtbot.wait(60)
                triggered += 1
        assert triggered >= 20

        # the pages' own buttons that open dialogs
        def click(page_name: str, text: str, cls=QPushButton):
            window.show_page(page_name)
            page = window.page_widgets[page_name]
            button = next(b for b in page.findChildren(cls) if b.text() == text)
            assert button.isEnabled(), text
            button.click()
            qtbot.wait(60)

        click("FindingsPage", "新增问题…")
        click("FindingsPage", "打印问题清单…")
        assert window.report_dialog.current_kind() == "issue-list"
        click("SurveyPage", "编辑问题和量表…")
        window.show_page("FrameworkEditorPage")
        editor = window.page_widgets["FrameworkEditorPage"]
        excel_menu = next(b for b in editor.findChildren(QToolButton) if b.text() == "Excel").menu()
        next(a for a in excel_menu.actions() if "导入" in a.text()).trigger()
        qtbot.wait(60)
        # in the indicator: 提出问题 (Ctrl+E), 引用数据…, the 评分 page's own print button
        window.walk.go_to(window.live.leaf_ids()[0])
        window.walk.print_btn.click()
        assert window.report_dialog.current_kind() == "scoring-sheet"
        qtbot.wait(60)
        window.walk.panel.raise_btn.click()
        qtbot.wait(60)
        bindable = next(iid for iid in window.live.leaf_ids()
                        if any(ed.bind_btn.isVisibleTo(ed) for ed in (window.walk.go_to(iid, focus=False)
                                                                     or window.walk.panel.editors).values()))
        ed = next(e for e in window.walk.panel.editors.values() if e.bind_btn.isVisibleTo(e))
        assert bindable
        ed.bind_btn.click()
        qtbot.wait(60)
        for a in last:
            a.trigger()
            qtbot.wait(60)
        window.ctx.pool.waitForDone(30000)
        qtbot.wait(100)
    finally:
        closer.stop()
    seen = set(closer.seen)
    missing = ui_dialog_classes() - ONLY_WHEN - seen
    assert not missing, f"没有菜单或按钮打开的对话框：{sorted(missing)}"
    # the standard ones came up too: the file dialogs, the keyboard help, the integrity result
    assert "QFileDialog" in seen and "QMessageBox" in seen
