"""The main window: home screen, page navigation, the scoreboard strip, menus and the status bar.

Adding a page is one line in ``PAGES``: (module, class name). A page is a QWidget constructed as
``Page(ctx, parent=None)`` with a ``page_title()``; it listens to ``ctx.dataChanged`` itself.
A page whose module is missing or fails to import is left out (and reported once on stderr), so the
window always opens.
"""
from __future__ import annotations

import importlib
import json
import os
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QByteArray, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenuBar,
    QMessageBox,
    QStackedWidget,
    QStatusBar,
    QStyle,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from models.errors import EvaluationFileError
from models.paths import data_dir
from services.evaluation import assessments
from ui import theme
from ui.i18n import message_text
from ui.shell.context import AppContext
from ui.shell.home import HomeScreen, NewEvaluationDialog, add_recent
from ui.shell.live import LiveScores
from ui.walk.page import WalkPage
from ui.walk.scoreboard import Scoreboard
from ui.widgets import run_modal

#: the pages after 评分, in navigation order: (module, class)
PAGES: list[tuple[str, str]] = [
    ("ui.pages.project", "OverviewPage"),
    ("ui.pages.findings", "FindingsPage"),
    ("ui.pages.evidence", "EvidencePage"),
    ("ui.pages.project", "TargetsPage"),
    ("ui.pages.project", "FundsPage"),
    ("ui.pages.survey", "SurveyPage"),
    ("ui.pages.project", "ChaptersPage"),
    ("ui.pages.charts", "ChartsPage"),
    ("ui.frameworks.editor", "FrameworkEditorPage"),
    ("ui.pages.review", "ReviewPage"),
    ("ui.pages.audit", "AuditPage"),
]


_CTRL = Qt.KeyboardModifier.ControlModifier
#: the window's shortcuts that a text field would otherwise take for its own editing keys
WINDOW_KEYS = {(k, _CTRL) for k in (Qt.Key.Key_E, Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Down,
                                    Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_P, Qt.Key.Key_F, Qt.Key.Key_W)}


def fit_header_texts(root: QWidget) -> None:
    """Column titles in the interface language (English ones are longer): a column of fixed or hand-set
    width is widened to its title, so no title is cut off. Stretching and fitted columns size themselves."""
    keep = (QHeaderView.ResizeMode.Fixed, QHeaderView.ResizeMode.Interactive)
    for header in root.findChildren(QHeaderView):
        model = header.model()
        if header.orientation() != Qt.Orientation.Horizontal or model is None:
            continue
        fm = header.fontMetrics()
        margin = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header) + 6
        for i in range(header.count()):
            text = model.headerData(i, Qt.Orientation.Horizontal)
            if header.sectionResizeMode(i) not in keep or not isinstance(text, str) or not text:
                continue
            need = max(fm.horizontalAdvance(line) for line in text.split("\n")) + margin
            if header.sectionSize(i) < need:
                header.resizeSection(i, need)


def load_page_class(module: str, name: str):
    try:
        return getattr(importlib.import_module(module), name)
    except ModuleNotFoundError as exc:
        if exc.name and (module.startswith(exc.name) or exc.name.startswith("ui.pages")):
            return None  # not written yet
        traceback.print_exc()
    except Exception:
        traceback.print_exc()
    print(f"FieldEval: 页面 {module}.{name} 无法加载，已略过", file=sys.stderr)
    return None


class MainWindow(QMainWindow):
    fileChanged = Signal()
    languageChanged = Signal(str)  # the interface language was switched (the window is new inside)

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.resize(1366, 768)
        self.setMinimumSize(QSize(1000, 620))
        self.report_dialog = None
        self._build(ctx)
        self._lock_timer = QTimer(self)  # another computer sees that the open file's holder is still here
        self._lock_timer.setInterval(10 * 60 * 1000)
        self._lock_timer.timeout.connect(self._refresh_lock)
        self._lock_timer.start()
        from services.teamwork.signing import ensure_key

        try:
            ensure_key()  # the evaluator's signing key for sign-offs, created at first start
        except (OSError, ValueError):
            pass  # a read-only or damaged profile: created, or reported, at the first sign-off

    def _build(self, ctx: AppContext) -> None:
        """Everything the window shows, in the interface language of now (built again when it changes)."""
        self.ctx = ctx
        self.live = LiveScores(ctx, self)
        self.setWindowTitle(self.tr("绩效评价现场工作台"))

        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.home = HomeScreen(ctx)
        self.home.openRequested.connect(self.open_file)
        self.home.newRequested.connect(self.new_evaluation)
        self.home.browseRequested.connect(self.choose_file)
        self.home.sampleRequested.connect(self.open_sample)
        self.stack.addWidget(self.home)

        self.workspace = QWidget()
        ws = QVBoxLayout(self.workspace)
        ws.setContentsMargins(*theme.FLUSH)
        ws.setSpacing(0)
        self.scoreboard = Scoreboard(self.live)
        ws.addWidget(self.scoreboard)
        body = QHBoxLayout()
        body.setContentsMargins(*theme.FLUSH)
        body.setSpacing(0)
        self.nav = QListWidget()
        self.nav.setObjectName("pageNav")
        self.nav.setFixedWidth(112)
        self.nav.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        body.addWidget(self.nav)
        self.pages = QStackedWidget()
        body.addWidget(self.pages, 1)
        ws.addLayout(body, 1)
        self.stack.addWidget(self.workspace)

        self.walk = WalkPage(ctx, self.live)
        self.scoreboard.jump.connect(self.show_indicator)
        self._add_page(self.walk)
        self.page_widgets: dict[str, QWidget] = {"WalkPage": self.walk}
        for module, name in PAGES:
            cls = load_page_class(module, name)
            if cls is None:
                continue
            try:
                page = cls(ctx)
            except Exception:
                traceback.print_exc()
                continue
            self.page_widgets[name] = page
            self._add_page(page)
        for page in self.page_widgets.values():
            if hasattr(page, "printRequested"):  # a page with a document of its own offers it directly
                page.printRequested.connect(self.open_report_dialog)
        self.nav.currentRowChanged.connect(self.pages.setCurrentIndex)
        # wide enough for the longest page name in the interface language (English names are longer)
        fm = self.nav.fontMetrics()
        widest = max((fm.horizontalAdvance(self.nav.item(i).text()) for i in range(self.nav.count())), default=0)
        self.nav.setFixedWidth(max(112, min(200, widest + 44)))
        self.nav.setCurrentRow(0)
        fit_header_texts(self.workspace)

        self._build_actions()
        from ui.shell.readonly_view import ReadOnlyView

        self.readonly_view = ReadOnlyView(self)  # a read-only file: banner, and every editor read-only
        from ui.shell.teamwork_menu import install as install_teamwork

        self.teamwork = install_teamwork(self)  # 团队 menu: merge, hand-out, packages, backups, verify
        self._build_status()
        from ui.widgets import FieldKeys

        self.window_keys = WINDOW_KEYS  # Ctrl+E, Ctrl+→ … from any field of this window
        FieldKeys.install()  # … and Tab leaves text boxes
        ctx.fileOpened.connect(self._on_opened)
        ctx.fileClosed.connect(self._on_closed)
        ctx.message.connect(self._show_message)
        ctx.dataChanged.connect(self._clear_message)  # an edit went through: old news goes
        ctx.saved.connect(self._show_saved)
        self.stack.setCurrentWidget(self.home)

    def _show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def _clear_message(self, _kind: str) -> None:
        self.statusBar().clearMessage()

    def _show_saved(self, at: str) -> None:
        self.saved_label.setText(self.tr("已保存 %1").replace("%1", at))

    # -- interface language ----------------------------------------------------
    def apply_language(self, code: str) -> None:
        """Switch the interface language now: the window is built again in the new language.

        Every edit is already in the file, so nothing is lost: the open evaluation stays open (the same
        connection, no re-reading of the lock), and the page, the selected indicator, the tree's width
        and the window's size and place come back. The undo history starts afresh, as when a file opens.
        Open dialogs are closed first (they were built in the old language).
        """
        from PySide6.QtWidgets import QApplication, QDialog

        from ui import i18n

        app = QApplication.instance()
        focus = QApplication.focusWidget()
        if focus is not None and self.isAncestorOf(focus) and hasattr(focus, "editingFinished"):
            focus.editingFinished.emit()  # a field being typed in is saved, as when the window closes
        for top in QApplication.topLevelWidgets():
            if isinstance(top, QDialog) and top.isVisible():
                top.reject()
        page = next((name for name, w in self.page_widgets.items() if w is self.pages.currentWidget()), "WalkPage")
        indicator = self.walk.panel.current
        tree_width = self.walk.splitter.sizes()[0] if self.walk.splitter.sizes() else 0
        on_home = self.stack.currentWidget() is self.home
        self.readonly_view.unlock()  # the old widgets given back, its application-wide filter taken out
        self.readonly_view.deleteLater()
        old_ctx, store = self.ctx, self.ctx.store
        old_ctx.store = None  # handed over to the new context below, neither closed nor reopened
        old_ctx.undo_stack.clear()
        i18n.switch_language(app, code)

        # the old window contents go, with every connection they made to the old context
        for bar in self.findChildren(QToolBar):
            self.removeToolBar(bar)
            bar.setParent(None)
            bar.deleteLater()
        for action in self.actions():
            self.removeAction(action)
            action.deleteLater()
        self.setMenuBar(QMenuBar(self))
        self.setStatusBar(QStatusBar(self))
        for old in (self.takeCentralWidget(), self.live, self.teamwork):  # (the read-only view went above)
            if old is not None:
                old.deleteLater()
        self.report_dialog = None

        ctx = AppContext(actor=old_ctx.actor, parent=old_ctx.parent())
        ctx.actor_from_settings = old_ctx.actor_from_settings
        self._build(ctx)
        for part in (self.stack, self.menuBar(), self.statusBar(), *self.findChildren(QToolBar)):
            part.show()  # made after the window was shown: shown by hand
        old_ctx.deleteLater()
        if store is not None:
            ctx.set_store(store)
            if on_home:
                self.stack.setCurrentWidget(self.home)
            if tree_width:
                self.walk.pending_tree_width = tree_width  # applied when the page is shown at its width
            if indicator:
                self.walk.go_to(indicator, focus=False)
            self.show_page(page)
        self.languageChanged.emit(code)

    # -- pages ---------------------------------------------------------------
    def _add_page(self, page: QWidget) -> None:
        title = page.page_title() if hasattr(page, "page_title") else page.__class__.__name__
        item = QListWidgetItem(title)
        item.setSizeHint(QSize(100, 40))
        self.nav.addItem(item)
        self.pages.addWidget(page)

    def show_page(self, name: str) -> bool:
        page = self.page_widgets.get(name)
        if page is None:
            return False
        self.nav.setCurrentRow(self.pages.indexOf(page))
        return True

    def show_indicator(self, indicator_id: str) -> None:
        self.show_page("WalkPage")
        self.walk.go_to(indicator_id)

    # -- actions -------------------------------------------------------------
    def _action(self, menu, text: str, slot, shortcut=None, tip: str = "") -> QAction:
        a = QAction(text, self)
        if shortcut is not None:
            if isinstance(shortcut, (list, tuple)):
                a.setShortcuts([QKeySequence(s) for s in shortcut])
            else:
                a.setShortcut(QKeySequence(shortcut))
        if tip:
            a.setStatusTip(tip)
        a.triggered.connect(slot)
        menu.addAction(a)
        self.addAction(a)
        return a

    def _build_actions(self) -> None:
        mb = self.menuBar()
        f = mb.addMenu(self.tr("文件(&F)"))
        new = self._action(f, self.tr("新建评价…"), self.new_evaluation, QKeySequence.StandardKey.New)
        opener = self._action(f, self.tr("打开评价文件…"), self.choose_file, QKeySequence.StandardKey.Open)
        self._action(f, self.tr("打开示例评价（数字衡阳 2024）"), self.open_sample)
        f.addSeparator()
        self.close_action = self._action(f, self.tr("关闭评价，回到首页"), self.close_file, "Ctrl+W")
        f.addSeparator()
        self.print_action = self._action(f, self.tr("打印 / 导出…"), lambda: self.open_report_dialog(),
                                         QKeySequence.StandardKey.Print,
                                         self.tr("打印或导出评分表、问题清单、简要情况表、评价报告、工作底稿"))
        self.print_action.setEnabled(self.ctx.store is not None)
        f.addSeparator()
        self._action(f, self.tr("设置…"), lambda: self.open_settings())
        self._action(f, self.tr("退出"), self.close, QKeySequence.StandardKey.Quit)
        e = mb.addMenu(self.tr("编辑(&E)"))
        undo = self.ctx.undo_stack.createUndoAction(self, self.tr("撤销"))
        undo.setShortcuts([QKeySequence("Ctrl+Z")])
        redo = self.ctx.undo_stack.createRedoAction(self, self.tr("重做"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for a in (undo, redo):
            e.addAction(a)
            self.addAction(a)
        self.undo_action, self.redo_action = undo, redo
        s = mb.addMenu(self.tr("评分(&S)"))
        self.walk_actions = [
            self._action(s, self.tr("上一个指标"), lambda: self._walk("prev"), "Ctrl+Left"),
            self._action(s, self.tr("下一个指标"), lambda: self._walk("next"), "Ctrl+Right"),
            self._action(s, self.tr("下一个未评分指标"), lambda: self._walk("next_unscored"), "Ctrl+Down"),
            self._action(s, self.tr("标记已评分并继续"), lambda: self._walk("mark"), ["Ctrl+Return", "Ctrl+Enter"]),
        ]
        s.addSeparator()
        self._action(s, self.tr("为当前指标提出问题…"), self._raise_finding, "Ctrl+E")
        self._action(s, self.tr("搜索指标"), self._search, QKeySequence.StandardKey.Find)
        v = mb.addMenu(self.tr("视图(&V)"))
        for i in range(self.nav.count()):
            title = self.nav.item(i).text()
            self._action(v, title, lambda _=False, row=i: self.nav.setCurrentRow(row), f"Ctrl+{i + 1}" if i < 9 else None)
        bar = self.addToolBar(self.tr("工具栏"))
        bar.setObjectName("mainToolBar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for a in (new, opener, self.print_action):
            bar.addAction(a)
        h = mb.addMenu(self.tr("帮助(&H)"))
        self._action(h, self.tr("键盘操作"), self._keys_help, "F1")
        self._action(h, self.tr("关于"), self._about)

    def _walk(self, kind: str) -> None:
        if self.ctx.store is None:
            return
        self.show_page("WalkPage")
        self.walk.navigate(kind)

    def _raise_finding(self) -> None:
        if self.ctx.store is not None:
            self.show_page("WalkPage")
            self.walk.panel.raise_finding("", "", "", None)

    def _search(self) -> None:
        if self.ctx.store is not None:
            self.show_page("WalkPage")
            self.walk.focus_search()

    def _build_status(self) -> None:
        sb = self.statusBar()
        self.file_label = QLabel("")
        self.file_label.setObjectName("muted")
        self.saved_label = QLabel("")
        self.saved_label.setObjectName("saved")
        sb.addPermanentWidget(self.file_label)
        sb.addPermanentWidget(self.saved_label)

    # -- files -----------------------------------------------------------------
    def open_file(self, path, recovered: bool = False, readonly: bool = False) -> bool:
        from models import locks
        from models.errors import DamagedFileError, FileLockedError, ReadOnlyError
        from services.teamwork.integrity import quick_problems
        from ui.dialogs import lock_dialog
        from ui.dialogs.backup_dialog import offer_recovery

        path = Path(path)
        if not recovered and path.is_file() and quick_problems(path) and offer_recovery(self, path):
            return self.open_file(path, recovered=True)  # damaged: explained, newest good backup restored
        holder = None if readonly else locks.holder(path)
        why = ""  # why the window is read-only (the banner says it)
        if holder is not None:  # open elsewhere: read-only, or wait until it is free
            choice = lock_dialog.ask(self, path, holder)
            if choice is None:
                return False
            readonly = choice == lock_dialog.READ_ONLY
            why = self._held_elsewhere(path, holder)
        try:
            try:
                store = assessments.open_evaluation(path, actor=self.ctx.actor, readonly=readonly)
            except ReadOnlyError:  # read-only media or file: open it read-only, with a note
                store = assessments.open_evaluation(path, actor=self.ctx.actor, readonly=True)
                why = self.tr("“%1”在只读的位置或被设为只读，本窗口只能查看和打印，不能修改；"
                              "要修改，请把它复制到可写的文件夹后打开。").replace("%1", path.name)
            except FileLockedError as exc:  # taken between the question and the opening
                if exc.holder is None or lock_dialog.ask(self, path, exc.holder) != lock_dialog.READ_ONLY:
                    QMessageBox.warning(self, self.tr("无法打开"), message_text(exc))
                    return False
                store = assessments.open_evaluation(path, actor=self.ctx.actor, readonly=True)
                why = self._held_elsewhere(path, exc.holder)
        except DamagedFileError as exc:
            if not recovered and offer_recovery(self, path):
                return self.open_file(path, recovered=True)
            QMessageBox.warning(self, self.tr("无法打开"), message_text(exc))
            return False
        except EvaluationFileError as exc:
            QMessageBox.warning(self, self.tr("无法打开"), message_text(exc))
            return False
        except OSError as exc:
            QMessageBox.warning(self, self.tr("无法打开"), self.tr("无法读取文件：%1").replace("%1", str(exc.strerror or exc)))
            return False
        try:  # a file can pass the quick check and still fail on reading: explained once, here
            assessments.get_info(store)
            assessments.score(store)
        except Exception as exc:
            store.close()
            if not recovered and offer_recovery(self, path):
                return self.open_file(path, recovered=True)
            QMessageBox.warning(self, self.tr("无法打开"), self.tr("“%1”已损坏，读取时出错（%2）。")
                                .replace("%1", path.name).replace("%2", str(getattr(exc, "orig", None) or exc)))
            return False
        if why and store.readonly:
            store.note = why
        self._set_store(store)
        return True

    def _held_elsewhere(self, path: Path, holder) -> str:
        return self.tr("“%1”正由 %2 打开编辑，本窗口只能查看和打印，不能修改；对方关闭后重新打开即可修改。") \
            .replace("%1", path.name).replace("%2", message_text(holder.who()))

    def _refresh_lock(self) -> None:
        from models import locks

        if self.ctx.store is not None and self.ctx.store.locked:
            locks.refresh(self.ctx.store.path, force=True)

    def _set_store(self, store) -> None:
        from services.fieldwork.bindings import auto_bind

        try:  # figures typed once: indicators naming a 资金/目标 figure follow that page
            bound, unbound = auto_bind(store), ""
        except Exception as exc:  # the file opens as it is: binding by hand still works
            bound, unbound = [], self.tr("未能自动引用资金、绩效目标数据，文件未作修改（%1）").replace("%1", message_text(exc))
        self.ctx.set_store(store)
        info = self.live.info
        add_recent(store.path, info.name if info else "")
        if store.backup_made:
            self.statusBar().showMessage(self.tr("文件已升级，原文件备份在 %1").replace("%1", str(store.backup_made)), 10000)
        elif store.note:
            self.statusBar().showMessage(message_text(store.note), 15000)
        elif unbound:
            self.statusBar().showMessage(unbound, 15000)
        elif bound:
            self.statusBar().showMessage(self.tr("%1 项指标已引用资金、绩效目标或满意度数据：%2")
                                         .replace("%1", str(len(bound)))
                                         .replace("%2", "、".join(f"{b.code} {b.name}" for b in bound)), 15000)

    def choose_file(self) -> None:
        from ui.widgets import open_file_name

        path = open_file_name(self, "open", self.tr("打开评价文件"), self.tr("评价文件 (*.fev);;所有文件 (*)"))
        if path:
            self.activateWindow()
            self.open_file(path)

    def open_sample(self) -> bool:
        from services.evaluation.sample import fresh_sample

        try:
            path = fresh_sample()
        except Exception as exc:
            QMessageBox.warning(self, self.tr("无法打开示例"), message_text(exc))
            return False
        return self.open_file(path)

    def new_evaluation(self) -> None:
        dlg = NewEvaluationDialog(self)
        if run_modal(dlg) and dlg.store is not None:
            self.activateWindow()  # back from the dialog: the keys go to the indicator's first input
            self._set_store(dlg.store)

    def close_file(self) -> None:
        self.ctx.set_store(None)

    def _on_opened(self) -> None:
        info = self.live.info
        name = (info.name if info else "") or self.ctx.store.path.stem
        readonly = self.tr("（只读）") if self.ctx.store.readonly else ""
        self.setWindowTitle(f"{name}{readonly} — {self.tr('绩效评价现场工作台')}")
        self.file_label.setText(str(self.ctx.store.path) + readonly)
        self.saved_label.setText(self.tr("已打开 %1").replace("%1", assessments.now_text()))
        self.stack.setCurrentWidget(self.workspace)
        self.nav.setCurrentRow(0)
        for a in self.walk_actions:
            a.setEnabled(True)
        self.close_action.setEnabled(True)
        self.print_action.setEnabled(True)

    def _on_closed(self) -> None:
        self.setWindowTitle(self.tr("绩效评价现场工作台"))
        self.print_action.setEnabled(False)
        self.file_label.setText("")
        self.saved_label.setText("")
        self.home.reload()
        self.stack.setCurrentWidget(self.home)

    # -- dialogs -----------------------------------------------------------------
    def open_report_dialog(self, kind: str | None = None) -> None:
        """文件 → 打印 / 导出… (Ctrl+P): any document, chosen in the dialog (``kind`` preselects one)."""
        if self.ctx.store is None:
            return
        from ui.dialogs.report_dialog import ReportDialog

        dlg = ReportDialog(self.ctx, self)
        if kind:
            index = dlg.kind.findData(kind)
            if index >= 0:
                dlg.kind.setCurrentIndex(index)
        self.report_dialog = dlg
        dlg.open()

    def open_settings(self, first_start: bool = False) -> bool:
        """文件 → 设置… (or, at the first start, only who is working); True when saved."""
        from ui import i18n
        from ui.dialogs.settings_dialog import SettingsDialog

        before = i18n.current_language()
        dlg = SettingsDialog(self, first_start=first_start)
        if not run_modal(dlg):
            return False
        if self.ctx.actor_from_settings and dlg.saved.name:
            self.ctx.set_actor(dlg.saved.name)
        if dlg.saved.language != before:
            self.apply_language(dlg.saved.language)  # at once, no restart
        return True

    def ask_who_is_working(self) -> None:
        """At the first start (no name in the settings yet): ask 姓名, 单位 and 角色 once.

        Not when the start named the evaluator (--user, FIELDEVAL_USER), nor once the window is closed.
        """
        from services import settings as user_settings

        if self.ctx.actor_from_settings and self.isVisible() and not user_settings.load().name:
            self.open_settings(first_start=True)

    def _keys_help(self) -> None:
        QMessageBox.information(self, self.tr("键盘操作"), self.tr(
            "Ctrl+→ / Ctrl+←：下一个 / 上一个指标\n"
            "Ctrl+↓：下一个未评分指标\n"
            "Ctrl+Enter：标记已评分并跳到下一个未评分指标\n"
            "Tab / Shift+Tab：在输入项之间移动\n"
            "1 / 2 / 3：要点“满足 / 部分满足 / 不满足”（选项、等级：按序号选择）；空格：选中当前项\n"
            "↑ / ↓（例数、月数）：加一 / 减一\n"
            "Enter（在指标树中）：开始为该指标评分；Esc（在评分区）：回到指标树\n"
            "Ctrl+E：为当前指标提出问题\n"
            "Ctrl+F：搜索指标\n"
            "Ctrl+P：打印 / 导出\n"
            "Ctrl+Z / Ctrl+Shift+Z：撤销 / 重做\n"
            "Ctrl+1…9：切换页面"))

    def _about(self) -> None:
        from ui.dialogs.about_dialog import AboutDialog

        run_modal(AboutDialog(self))

    def closeEvent(self, e: QCloseEvent) -> None:
        # every edit is already saved: closing just checkpoints the file, never asks "save changes?"
        focus = self.focusWidget()
        if focus is not None and hasattr(focus, "editingFinished"):
            focus.editingFinished.emit()
        self.ctx.set_store(None)
        self._save_layout()
        e.accept()

    # -- window layout, kept between sessions ---------------------------------------
    LAYOUT_FILE = "window.json"

    def _save_layout(self) -> None:
        data = {"geometry": bytes(self.saveGeometry().toBase64()).decode("ascii"),
                "tree_width": self.walk.splitter.sizes()[0]}
        target = data_dir() / self.LAYOUT_FILE
        try:
            tmp = target.with_suffix(".tmp")
            tmp.write_text(json.dumps(data), encoding="utf-8")
            os.replace(tmp, target)
        except OSError:
            pass  # a read-only profile only forgets the window size

    def restore_layout(self) -> None:
        try:
            data = json.loads((data_dir() / self.LAYOUT_FILE).read_text(encoding="utf-8"))
            self.restoreGeometry(QByteArray.fromBase64(str(data["geometry"]).encode("ascii")))
            tree = int(data.get("tree_width", 0))
            if 250 <= tree <= 900:
                self.walk.pending_tree_width = tree  # applied once the page has its real width
        except (OSError, ValueError, KeyError, TypeError):
            pass  # first start, or a damaged file: the default layout
