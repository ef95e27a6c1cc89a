"""A file opened read-only (held by someone else, or read-only on disk) shows as read-only: a banner
under the scoreboard says why, and every editor of the walk and the pages is visibly read-only or
disabled — not only refused when an entry is committed. Looking around stays possible: the page list,
the tree, search and filters, 上一个 / 下一个, opening evidence and printing.

Editors made later (a leaf's item editors, a page's refreshed buttons) are caught as they are shown,
and a page re-enabling a button while the file is read-only is overruled; what each widget would be
otherwise is kept, and given back when a writable file is opened.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from ui import theme
from ui.i18n import message_text
from ui.widgets import RefusalBanner

#: a widget that stays usable in a read-only window (navigation, search, filters, printing)
SAFE = "readonlySafe"
TEXT_EDITORS = (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox)
SWITCHES = (QAbstractButton, QComboBox)

#: per page, the widgets (attribute names on the page or any of its parts) that only look or print
SAFE_PARTS: dict[str, tuple[str, ...]] = {
    "WalkPage": ("search", "filter", "print_btn", "prev_btn", "next_btn", "open_btn"),
    "FindingsPage": ("search", "filter", "print_btn"),
    "EvidencePage": ("filter", "search", "view_mode", "open_btn"),
    "AuditPage": ("who", "entity", "text", "reset_btn", "verify_btn"),
    "ReviewPage": ("filter", "member"),
    "TargetsPage": ("table_filter",),
    "FundsPage": ("flags_more",),
    "SurveyPage": ("picker",),
}
#: pages that change nothing in the file: everything on them stays usable
SAFE_PAGES = ("ChartsPage",)


#: the workspace's property saying a read-only file is open; the look below follows it
LOCKED = "readonlyFile"
#: while read-only: fields that cannot be typed in look it, and the banner stands out. The workspace keeps this
#: style sheet from the start and only its property changes: setting and clearing a style sheet on the workspace
#: while a hidden wizard lives below it left Qt holding a deleted style, and the next application-wide restyle
#: crashed the process.
LOOK = f"""
*[{LOCKED}="true"] QLineEdit[readOnly="true"], *[{LOCKED}="true"] QPlainTextEdit[readOnly="true"],
*[{LOCKED}="true"] QTextEdit[readOnly="true"] {{
    background: {theme.DISABLED_BG}; color: {theme.TEXT_SECONDARY}; border-color: {theme.DISABLED_BORDER}; }}
QLabel#readonlyBanner {{ background: {theme.WARNING_BG}; border: 1px solid {theme.WARNING_BORDER};
    color: {theme.WARNING_TEXT}; padding: 6px 10px; font-weight: bold; }}
"""


def keep_usable(widgets: Iterable[QWidget | None]) -> None:
    for w in widgets:
        if isinstance(w, QWidget):
            w.setProperty(SAFE, True)


def _repolish(w: QWidget) -> None:
    w.style().unpolish(w)
    w.style().polish(w)


def _safe(w: QWidget) -> bool:
    while w is not None:
        if w.property(SAFE):
            return True
        w = w.parentWidget()
    return False


class ReadOnlyView(QObject):
    """Installed once on the main window (``window.workspace`` holds the scoreboard and the pages)."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window, self.ctx = window, window.ctx
        self.banner = QLabel(window.workspace)
        self.banner.setObjectName("readonlyBanner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        window.workspace.layout().insertWidget(1, self.banner)
        window.workspace.setProperty(LOCKED, False)
        window.workspace.setStyleSheet(LOOK)
        self.active = False
        self._wanted: dict[int, tuple[QWidget, str, Any]] = {}  # id → (widget, what, its own state)
        self._ours = False
        self.ctx.fileOpened.connect(self._follow)
        self.ctx.fileClosed.connect(self._follow)

    # -- on and off ------------------------------------------------------------------
    def _follow(self) -> None:
        store = self.ctx.store
        if store is not None and store.readonly:
            self.banner.setText(message_text(store.note) or self.tr("本文件以只读方式打开：可以查看和打印，不能修改。"))
            self.banner.show()
            self.lock()
        else:
            self.banner.hide()
            self.unlock()

    def lock(self) -> None:
        if self.active:
            return
        self.active = True
        self.window.workspace.setProperty(LOCKED, True)  # before the fields are locked: each is repolished then
        self._mark_safe()
        for page in self._pages():
            for w in [page, *page.findChildren(QWidget)]:
                self._lock_one(w)
        QApplication.instance().installEventFilter(self)

    def unlock(self) -> None:
        if not self.active:
            return
        self.active = False
        QApplication.instance().removeEventFilter(self)
        self.window.workspace.setProperty(LOCKED, False)
        self._ours = True
        try:
            for w, what, own in self._wanted.values():
                if not shiboken6.isValid(w):
                    continue
                if what == "enabled":
                    w.setEnabled(own)
                elif what == "readonly":
                    w.setReadOnly(own)
                elif what == "triggers":
                    w.setEditTriggers(own)
        finally:
            self._ours = False
        self._wanted.clear()
        for w in self.window.workspace.findChildren(QWidget):  # the look follows the property once repolished
            if isinstance(w, TEXT_EDITORS):
                _repolish(w)

    # -- the rules ---------------------------------------------------------------------
    def _pages(self) -> list[QWidget]:
        return [p for p in self.window.page_widgets.values()]

    def _mark_safe(self) -> None:
        for name, page in self.window.page_widgets.items():
            if name in SAFE_PAGES:
                keep_usable([page])
                continue
            parts = SAFE_PARTS.get(name, ())
            for o in [page, *page.findChildren(QWidget)]:
                keep_usable(getattr(o, a, None) for a in parts)
        for banner in self.window.workspace.findChildren(RefusalBanner):
            keep_usable(banner.findChildren(QAbstractButton))  # closing a message changes nothing

    def _inside(self, w: QWidget) -> bool:
        return any(p is w or p.isAncestorOf(w) for p in self._pages())

    def _lock_one(self, w: QWidget) -> None:
        if _safe(w):
            return
        self._ours = True
        try:
            if isinstance(w, TEXT_EDITORS):
                self._wanted.setdefault(id(w), (w, "readonly", w.isReadOnly()))
                w.setReadOnly(True)
                _repolish(w)  # the read-only look, also for a field shown after the lock
            elif isinstance(w, SWITCHES):
                self._wanted.setdefault(id(w), (w, "enabled", w.isEnabled()))
                w.setEnabled(False)
            elif isinstance(w, QAbstractItemView):
                self._wanted.setdefault(id(w), (w, "triggers", w.editTriggers()))
                w.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        finally:
            self._ours = False

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if self._ours or not self.active or not isinstance(obj, QWidget):
            return False
        kind = event.type()
        if kind == QEvent.Type.Show and isinstance(obj, (*TEXT_EDITORS, *SWITCHES, QAbstractItemView)):
            if self._inside(obj):
                self._lock_one(obj)
        elif kind == QEvent.Type.EnabledChange and isinstance(obj, SWITCHES) and obj.isEnabled():
            if not _safe(obj) and self._inside(obj):  # the page's own logic wants it on: kept for later
                self._wanted[id(obj)] = (obj, "enabled", True)
                self._ours = True
                try:
                    obj.setEnabled(False)
                finally:
                    self._ours = False
        elif kind == QEvent.Type.EnabledChange and isinstance(obj, SWITCHES) and id(obj) in self._wanted \
                and obj.testAttribute(Qt.WidgetAttribute.WA_ForceDisabled):
            self._wanted[id(obj)] = (obj, "enabled", False)  # the page turned it off itself
        elif kind == QEvent.Type.ReadOnlyChange and isinstance(obj, TEXT_EDITORS) and not obj.isReadOnly():
            if not _safe(obj) and self._inside(obj):
                self._wanted[id(obj)] = (obj, "readonly", False)
                self._lock_one(obj)
        return False
