"""Pieces shared by the pages: a refusal banner, an editable table model over plain rows, helpers.

A table cell edit goes ``setData`` → the page's ``commit(row, key, text)`` (an undo command calling
a service). A refused edit returns the service's message; the model then keeps the old value and
emits ``refused`` so the page shows the reason next to the table.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFocusEvent, QFont
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStyledItemDelegate,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from services.core.numbers import fmt_fixed, fmt_money, pct
from ui import theme


def money_text(v) -> str:
    return fmt_money(v) if v is not None else ""


def rate_text(v) -> str:
    return pct(v) if v is not None else "—"


def number_text(v) -> str:
    """An exact Decimal as the evaluator typed it (no float noise, no forced rounding)."""
    if v is None:
        return ""
    text = format(v, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def fixed2(v) -> str:
    return fmt_fixed(v, 2) if v is not None else ""


class RefreshWhenShown:
    """Mixin for pages (put it before QWidget): a page that is not on screen reads the file when it
    is next shown instead of after every edit (10,000 findings or a long audit trail take a second).

    The page implements ``refresh()`` and calls ``refresh_when_shown()`` where it would refresh.
    """

    _stale = False

    def refresh_when_shown(self) -> None:
        if self.isVisible():
            self._stale = False
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, e) -> None:
        super().showEvent(e)
        if self._stale:
            self._stale = False
            self.refresh()


class RefusalBanner(QWidget):
    """A red line with the reason an edit was refused; hides itself after a while or on close."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(*theme.FLUSH)
        self.label = QLabel(self)
        self.label.setStyleSheet(theme.ERROR_STYLE)
        self.label.setWordWrap(True)
        self.label.setObjectName("refusal")
        close = QToolButton(self)
        close.setText("×")
        close.setAutoRaise(True)
        close.clicked.connect(self.clear)
        lay.addWidget(self.label, 1)
        lay.addWidget(close)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear)
        self.hide()

    def show_message(self, text: str) -> None:
        self.label.setText(text)
        self.show()
        self._timer.start(15000)

    def clear(self) -> None:
        self.label.clear()
        self.hide()

    def text(self) -> str:
        return self.label.text() if self.isVisible() else ""


@dataclass
class Column:
    key: str
    title: str
    editable: bool = False
    display: Callable[[Any], str] = lambda v: "" if v is None else str(v)
    edit: Callable[[Any], str] | None = None  # text put in the editor (defaults to display)
    align_right: bool = False
    choices: Sequence[str] | None = None  # editor becomes a combo box
    width: int | None = None


class RowTableModel(QAbstractTableModel):
    """Plain dataclass rows shown by ``Column``s; edits go to ``commit(row, key, text) -> str | None``."""

    refused = Signal(str)
    RowRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, columns: list[Column], commit: Callable[[Any, str, str], str | None] | None = None,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.columns = columns
        self.rows: list[Any] = []
        self.commit = commit
        self.footer: Any | None = None  # an optional totals row (not editable), drawn in bold

    def set_rows(self, rows: list[Any], footer: Any | None = None) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.footer = footer
        self.endResetModel()

    def row_at(self, index: QModelIndex) -> Any | None:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        return self.rows[index.row()]

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.rows) + (1 if self.footer is not None else 0)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return "" if section >= len(self.rows) else str(section + 1)
        return None

    def flags(self, index):
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.row() < len(self.rows) and self.columns[index.column()].editable and self.commit:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        col = self.columns[index.column()]
        is_footer = index.row() >= len(self.rows)
        row = self.footer if is_footer else self.rows[index.row()]
        value = getattr(row, col.key, None)
        if role == Qt.ItemDataRole.DisplayRole:
            return col.display(value)
        if role == Qt.ItemDataRole.EditRole:
            return (col.edit or col.display)(value)
        if role == Qt.ItemDataRole.ToolTipRole:
            text = col.display(value)
            return text if len(text) > 12 else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            h = Qt.AlignmentFlag.AlignRight if col.align_right else Qt.AlignmentFlag.AlignLeft
            return int(h | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and is_footer:
            f = QFont()
            f.setBold(True)
            return f
        if role == Qt.ItemDataRole.BackgroundRole and is_footer:
            return QBrush(QColor(theme.GROUP_ROW))
        if role == Qt.ItemDataRole.ForegroundRole and not col.editable and not is_footer and self.commit:
            return QBrush(QColor(theme.DERIVED))  # computed by the program, not typed
        if role == self.RowRole:
            return row
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.commit is None:
            return False
        row = self.row_at(index)
        if row is None:
            return False
        col = self.columns[index.column()]
        text = "" if value is None else str(value)
        if text == (col.edit or col.display)(getattr(row, col.key, None)):
            return False
        message = self.commit(row, col.key, text)
        if message:
            self.refused.emit(message)
            return False
        return True


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box editor for columns with ``choices`` (editable text stays possible)."""

    def __init__(self, model: RowTableModel, parent=None):
        super().__init__(parent)
        self.model = model

    def createEditor(self, parent, option, index):
        col = self.model.columns[index.column()]
        if col.choices is None:
            return super().createEditor(parent, option, index)
        from PySide6.QtWidgets import QComboBox
        box = QComboBox(parent)
        box.setEditable(True)
        box.addItems([col.display(c) for c in col.choices])  # as the column shows its values
        return box

    def setEditorData(self, editor, index):
        from PySide6.QtWidgets import QComboBox
        if isinstance(editor, QComboBox):
            editor.setCurrentText(index.data(Qt.ItemDataRole.EditRole) or "")
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor, model, index):
        from PySide6.QtWidgets import QComboBox
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)


class CommitTextEdit(QPlainTextEdit):
    """A multi-line field that, like QLineEdit, says ``editingFinished`` when the evaluator leaves it: one save
    (and one undo step) per visit, not per key. The window emits it on the focused field before a file closes."""

    editingFinished = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.editingFinished.emit()


def run_modal(dialog: QDialog) -> int:
    """``dialog.exec()``, the dialog deleted once the event loop is back (the caller reads its fields first). A modal
    dialog made with a parent and never deleted stays below it, hidden, for the rest of the session: each use one
    more, and each one more widget every application-wide change (language, style, the read-only look) walks. A dialog
    its parent took with it while it ran (the program quitting) is gone already."""
    try:
        return dialog.exec()
    finally:
        if shiboken6.isValid(dialog):
            dialog.deleteLater()


def mark_invalid(widget: QWidget, invalid: bool) -> None:
    widget.setStyleSheet(theme.INVALID_FIELD_STYLE if invalid else "")


@dataclass
class IndicatorChoice:
    id: str
    code: str
    name: str
    depth: int
    leaf: bool

    @property
    def label(self) -> str:
        return f"{self.code} {self.name}"


def indicator_choices(store) -> list[IndicatorChoice]:
    """The indicators of the open file in tree order (for pickers and link lists)."""
    from services.evaluation import assessments

    specs, _states = assessments.load_tree(store)
    children: dict[str | None, list] = {}
    for s in specs:
        children.setdefault(s.parent_id, []).append(s)
    out: list[IndicatorChoice] = []

    def walk(parent_id, depth):
        for s in sorted(children.get(parent_id, []), key=lambda x: (x.position, x.code)):
            out.append(IndicatorChoice(s.id, s.code, s.name, depth, s.id not in children))
            walk(s.id, depth + 1)

    walk(None, 0)
    return out


class FieldKeys(QObject):
    """Keys that behave the same in every text field, wherever the focus is:

    - Tab / Shift+Tab leave a multi-line field (Ctrl+Tab types a tab character in it);
    - a window's own shortcuts (its ``window_keys``: Ctrl+E, Ctrl+→ …) win over a field's editing keys
      (Ctrl+→ is "next word" and Ctrl+E "end of line" in a line edit); what is being typed is committed
      first, so the shortcut acts on the saved entry.

    One for the application (``FieldKeys.install()``), put on each field as it takes the focus
    (``QApplication.focusChanged``), so nothing runs for the events of widgets that never hold the focus.
    """

    _instance: FieldKeys | None = None

    @classmethod
    def install(cls) -> FieldKeys:
        app = QApplication.instance()
        if cls._instance is None or cls._instance.parent() is not app:
            cls._instance = cls(app)
            app.focusChanged.connect(cls._instance._focus_changed)
        return cls._instance

    def _focus_changed(self, _old, new) -> None:
        if new is None or not isinstance(new, (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox)):
            return
        if isinstance(new, (QPlainTextEdit, QTextEdit)) and not new.isReadOnly():
            new.setTabChangesFocus(True)
        if not new.property("fieldKeys"):
            new.setProperty("fieldKeys", True)  # on the widget itself: goes with it, no bookkeeping here
            new.installEventFilter(self)

    def eventFilter(self, obj, event):
        kind = event.type()
        if kind == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Tab \
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier \
                and isinstance(obj, (QPlainTextEdit, QTextEdit)) and not obj.isReadOnly():
            obj.insertPlainText("\t")
            return True
        if kind == QEvent.Type.ShortcutOverride:
            keys = getattr(obj.window(), "window_keys", None)
            mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if keys and (event.key(), mods) in keys:
                if hasattr(obj, "editingFinished"):
                    obj.editingFinished.emit()  # commit what is being typed, then let the shortcut run
                event.ignore()
                return True
        return False


def documents_folder() -> Path:
    """The user's 文档 (Documents) folder, else the home folder."""
    from PySide6.QtCore import QStandardPaths

    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def start_folder(key: str) -> Path:
    """Where the file dialog ``key`` opens: the folder it was last used in, else 文档."""
    from services.settings import last_folder

    return last_folder(key) or documents_folder()


def open_file_names(parent: QWidget | None, key: str, caption: str, filters: str) -> list[str]:
    """Files chosen in an open dialog that starts in its last folder (and remembers the new one)."""
    from PySide6.QtWidgets import QFileDialog

    from services.settings import remember_folder

    paths, _ = QFileDialog.getOpenFileNames(parent, caption, str(start_folder(key)), filters)
    if paths:
        remember_folder(key, paths[0])
    return paths


def open_file_name(parent: QWidget | None, key: str, caption: str, filters: str) -> str:
    from PySide6.QtWidgets import QFileDialog

    from services.settings import remember_folder

    path, _ = QFileDialog.getOpenFileName(parent, caption, str(start_folder(key)), filters)
    if path:
        remember_folder(key, path)
    return path


def save_file_name(parent: QWidget | None, key: str, caption: str, suggested: str | Path, filters: str) -> str:
    """A save dialog: ``suggested`` is a file name (placed in the dialog's last folder) or a full path."""
    from PySide6.QtWidgets import QFileDialog

    from services.settings import remember_folder

    suggested = Path(suggested)
    target = suggested if suggested.is_absolute() else start_folder(key) / suggested
    path, _ = QFileDialog.getSaveFileName(parent, caption, str(target), filters)
    if path:
        remember_folder(key, path)
    return path


class EmptyHint(QWidget):
    """What goes on an empty page: one line of guidance and the buttons that fill it.

    Given ``over`` (a table, list or text view), the hint sits centred inside its empty viewport;
    otherwise it is a line in the page's layout. The page shows it while there are no rows
    (``show_when(empty)``); the label's objectName is ``emptyHint`` (styled in theme.STYLE).
    """

    def __init__(self, text: str, buttons: Sequence[tuple[str, Callable[[], Any]]] = (),
                 parent: QWidget | None = None, over: QAbstractScrollArea | None = None):
        super().__init__(over.viewport() if over is not None else parent)
        self.over = over
        self.label = QLabel(text, self)
        self.label.setObjectName("emptyHint")
        self.label.setWordWrap(True)
        self.buttons: list[QPushButton] = []
        row = QHBoxLayout()
        row.addStretch(1)
        for text_, slot in buttons:
            b = QPushButton(text_, self)
            b.clicked.connect(lambda _checked=False, slot=slot: slot())
            row.addWidget(b)
            self.buttons.append(b)
        row.addStretch(1)
        if over is not None:
            self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            lay = QVBoxLayout(self)
            lay.setContentsMargins(theme.SPACE_XXL, theme.SPACE_XXL, theme.SPACE_XXL, theme.SPACE_XXL)
            lay.addStretch(1)
            lay.addWidget(self.label)
            lay.addSpacing(theme.SPACE_M)
            lay.addLayout(row)
            lay.addStretch(2)
            over.viewport().installEventFilter(self)
        else:
            line = QHBoxLayout(self)
            line.setContentsMargins(0, theme.SPACE_S, 0, theme.SPACE_S)
            line.addWidget(self.label, 1)
            line.addLayout(row)
            row.takeAt(0)  # the buttons follow the line, no gap before them
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.over is not None and watched is self.over.viewport() and event.type() == QEvent.Type.Resize:
            self.resize(self.over.viewport().size())
        return False

    def show_when(self, empty: bool) -> None:
        if self.over is not None:
            self.resize(self.over.viewport().size())
        self.setVisible(empty)
