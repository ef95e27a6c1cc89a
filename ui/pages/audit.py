"""审计轨迹 page: every recorded change (who, when, what, old → new, why), with filters by person,
kind of record, dates and text, and a button that checks the file's integrity (the hash chain, the
evidence hashes, SQLite's own check) off the GUI thread."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QDate, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from models.messages import joined
from services.teamwork import audit_log, integrity
from services.teamwork.audit_log import AuditRow
from ui import theme
from ui.i18n import message_text, shown
from ui.shell.context import AppContext
from ui.widgets import RefreshWhenShown

COLUMNS = (QT_TRANSLATE_NOOP("AuditModel", "时间"), QT_TRANSLATE_NOOP("AuditModel", "操作人"), QT_TRANSLATE_NOOP("AuditModel", "操作"), QT_TRANSLATE_NOOP("AuditModel", "对象"),
           QT_TRANSLATE_NOOP("AuditModel", "字段"), QT_TRANSLATE_NOOP("AuditModel", "原值"), QT_TRANSLATE_NOOP("AuditModel", "新值"), QT_TRANSLATE_NOOP("AuditModel", "原因"))
COL_TIME, COL_WHO, COL_ACTION, COL_TARGET, COL_FIELD, COL_OLD, COL_NEW, COL_REASON = range(len(COLUMNS))
RowRole = Qt.ItemDataRole.UserRole + 1
ACTION_COLORS = {"insert": theme.OK, "delete": theme.ERROR, "merge": theme.DERIVED}


class AuditModel(QAbstractTableModel):
    """Plain ``AuditRow``s, newest first."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[AuditRow] = []

    def set_rows(self, rows: list[AuditRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(COLUMNS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        c = index.column()
        if role == RowRole:
            return r
        if role == Qt.ItemDataRole.DisplayRole:
            if c == COL_TIME:
                return f"{r.local_time:%Y-%m-%d %H:%M:%S}"
            if c == COL_WHO:
                return r.actor or self.tr("（未署名）")
            if c == COL_ACTION:
                return self.tr(r.action_text)
            if c == COL_TARGET:
                return message_text(r.target)
            if c == COL_FIELD:
                return shown(r.field_text) if r.field else ""
            if c == COL_OLD:
                return audit_log.cut(message_text(r.old_words)) if r.old is not None else ""
            if c == COL_NEW:
                return audit_log.cut(message_text(r.new_words)) if r.new is not None else ""
            if c == COL_REASON:
                return r.reason
        if role == Qt.ItemDataRole.ForegroundRole and c == COL_ACTION and r.action in ACTION_COLORS:
            return QBrush(QColor(ACTION_COLORS[r.action]))
        if role == Qt.ItemDataRole.ToolTipRole and c in (COL_OLD, COL_NEW):
            words = message_text(r.old_words if c == COL_OLD else r.new_words)
            return words if len(words) > audit_log.CELL_CHARS else None  # whole when the cell cuts it
        return None


class AuditPage(RefreshWhenShown, QWidget):
    """审计轨迹."""

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("AuditPage")
        self._all: list[AuditRow] = []
        self._stale = True

        heading = QLabel(self.tr("审计轨迹"), self)
        heading.setObjectName("pageHeading")
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")

        self.who = QComboBox(self)
        self.entity = QComboBox(self)
        self.start = QDateEdit(self)
        self.end = QDateEdit(self)
        for d in (self.start, self.end):
            d.setCalendarPopup(True)
            d.setDisplayFormat("yyyy-MM-dd")
        self.text = QLineEdit(self)
        self.text.setPlaceholderText(self.tr("搜索：内容、原因、字段…"))
        self.text.setClearButtonEnabled(True)
        self.reset_btn = QPushButton(self.tr("清除筛选"), self)
        self.verify_btn = QPushButton(self.tr("校验文件完整性"), self)
        self.verify_btn.setToolTip(self.tr("检查数据库结构、证据文件的校验值和审计轨迹的哈希链"))

        bar = QHBoxLayout()
        for label, w in ((self.tr("操作人"), self.who), (self.tr("对象"), self.entity), (self.tr("从"), self.start),
                         (self.tr("到"), self.end)):
            bar.addWidget(QLabel(label, self))
            bar.addWidget(w)
        bar.addWidget(self.text, 1)
        bar.addWidget(self.reset_btn)
        bar.addWidget(self.verify_btn)

        self.model = AuditModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        hh = self.table.horizontalHeader()
        for c, w in ((COL_TIME, 150), (COL_WHO, 90), (COL_ACTION, 50), (COL_TARGET, 240), (COL_FIELD, 90),
                     (COL_OLD, 170), (COL_NEW, 170)):
            self.table.setColumnWidth(c, w)
        hh.setSectionResizeMode(COL_REASON, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._show_detail)

        self.detail = QTextBrowser(self)
        self.detail.setPlaceholderText(self.tr("选择一条记录查看完整的原值和新值。"))
        self.check_result = QLabel(self)
        self.check_result.setWordWrap(True)
        self.check_result.hide()
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)

        lay = QVBoxLayout(self)
        lay.addWidget(heading)
        lay.addWidget(self.summary)
        lay.addLayout(bar)
        lay.addWidget(self.check_result)
        lay.addWidget(split, 1)

        self.who.currentIndexChanged.connect(self.apply_filter)
        self.entity.currentIndexChanged.connect(self.apply_filter)
        self.start.dateChanged.connect(self.apply_filter)
        self.end.dateChanged.connect(self.apply_filter)
        self.text.textChanged.connect(self.apply_filter)
        self.reset_btn.clicked.connect(self.reset_filters)
        self.verify_btn.clicked.connect(self.verify_file)
        ctx.fileOpened.connect(self._file_changed)
        ctx.fileClosed.connect(self._file_changed)
        ctx.dataChanged.connect(self._on_data)
        if ctx.store is not None:
            self.refresh()

    def page_title(self) -> str:
        return self.tr("审计轨迹")

    # -- data -------------------------------------------------------------------
    def _file_changed(self) -> None:
        self.check_result.hide()
        self.refresh_when_shown()  # a large file's trail takes seconds to read

    def _on_data(self, _kind: str) -> None:
        self.refresh_when_shown()  # every edit adds events

    def refresh(self) -> None:
        self._stale = False
        store = self.ctx.store
        self._all = audit_log.list_events(store) if store is not None else []
        self._fill_filters()
        self.apply_filter()

    def _fill_filters(self) -> None:
        who, entity = self.who.currentData(), self.entity.currentData()
        for combo in (self.who, self.entity):
            combo.blockSignals(True)
            combo.clear()
        self.who.addItem(self.tr("全部"), None)
        for a in audit_log.actors(self._all):
            self.who.addItem(a or self.tr("（未署名）"), a)
        self.entity.addItem(self.tr("全部"), None)
        for key, name in audit_log.entities(self._all):
            self.entity.addItem(shown(name), key)
        for combo, value in ((self.who, who), (self.entity, entity)):
            i = combo.findData(value)
            combo.setCurrentIndex(max(i, 0))
            combo.blockSignals(False)
        first, last = audit_log.date_range(self._all)
        for d in (self.start, self.end):
            d.blockSignals(True)
        self.start.setDate(QDate(first.year, first.month, first.day))
        self.end.setDate(QDate(last.year, last.month, last.day))
        for d in (self.start, self.end):
            d.blockSignals(False)

    def reset_filters(self) -> None:
        self.text.blockSignals(True)
        self.text.clear()
        self.text.blockSignals(False)
        self.who.setCurrentIndex(0)
        self.entity.setCurrentIndex(0)
        self._fill_filters()
        self.apply_filter()

    @staticmethod
    def _date(edit: QDateEdit) -> date:
        q = edit.date()
        return date(q.year(), q.month(), q.day())

    def apply_filter(self) -> None:
        rows = audit_log.filter_events(self._all, who=self.who.currentData(), entity=self.entity.currentData(),
                                       start=self._date(self.start), end=self._date(self.end), text=self.text.text())
        self.model.set_rows(rows)
        self.summary.setText(self.tr("共 %1 条修改记录，显示 %2 条").replace("%1", str(len(self._all)))
                             .replace("%2", str(len(rows))))
        self.detail.clear()

    def _show_detail(self) -> None:
        idx = self.table.selectionModel().selectedRows()
        if not idx:
            self.detail.clear()
            return
        r: AuditRow = self.model.data(idx[0], RowRole)
        esc = _escape
        parts = [f"<b>{esc(message_text(r.target))}</b> · {esc(self.tr(r.action_text))}"
                 + (f" · {esc(r.field_text)}" if r.field else ""),
                 f"{esc(r.actor or self.tr('（未署名）'))}，{r.local_time:%Y-%m-%d %H:%M:%S}"
                 + (f"，{self.tr('原因')}：{esc(r.reason)}" if r.reason else "")]
        if r.old is not None:
            parts.append(f"<b>{self.tr('原值')}</b>：{esc(message_text(r.old_words))}")
        if r.new is not None:
            parts.append(f"<b>{self.tr('新值')}</b>：{esc(message_text(r.new_words))}")
        parts.append(f"<span style='color:{theme.MUTED}'>#{r.seq}</span>")
        self.detail.setHtml("<br>".join(parts))

    # -- integrity ------------------------------------------------------------------
    def verify_file(self) -> None:
        store = self.ctx.store
        if store is None:
            return
        self.verify_btn.setEnabled(False)
        self.check_result.setStyleSheet(theme.colour_css(theme.TEXT_SOFT))
        self.check_result.setText(self.tr("正在校验…"))
        self.check_result.show()
        self.ctx.run_task(integrity.verify, store.path, on_done=self._verified, on_error=self._verify_failed)

    def _verified(self, problems: list[str]) -> None:
        self.verify_btn.setEnabled(True)
        if problems:
            self.check_result.setStyleSheet(theme.message_css(theme.ERROR, theme.ERROR_BG))
            self.check_result.setText(self.tr("发现 %1 处问题：").replace("%1", str(len(problems)))
                                      + message_text(joined(problems[:5], "；")))
        else:
            self.check_result.setStyleSheet(theme.message_css(theme.OK, theme.OK_BG))
            self.check_result.setText(self.tr("文件完好：数据库结构、证据校验值和审计轨迹的哈希链均通过校验。"))

    def _verify_failed(self, message: str) -> None:
        self.verify_btn.setEnabled(True)
        self.check_result.setText(self.tr("校验未能完成：%1").replace("%1", message))


def _escape(s: str) -> str:
    return (s or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
