"""复核与签署 page: the lead's review of every indicator (分配, 复核通过, 退回 with a comment the
member sees, 复核调整得分 keeping the 自评分), independent expert scores (spread, mean, trimmed mean,
consensus, large disagreements flagged) and the review chain's sign-offs (void once data changes)."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from services.core.errors import EditRefused
from services.core.numbers import fmt
from services.teamwork import assignments as A
from services.teamwork.assignments import ReviewRow
from ui import theme
from ui.i18n import message_text, shown
from ui.shell.context import ALL, SCORES, AppContext
from ui.shell.undo import push_edit
from ui.widgets import RefreshWhenShown, RefusalBanner

COLUMNS = (QT_TRANSLATE_NOOP("ReviewModel", "编码"), QT_TRANSLATE_NOOP("ReviewModel", "三级指标"), QT_TRANSLATE_NOOP("ReviewModel", "负责人"), QT_TRANSLATE_NOOP("ReviewModel", "状态"),
           QT_TRANSLATE_NOOP("ReviewModel", "自评分"), QT_TRANSLATE_NOOP("ReviewModel", "得分"), QT_TRANSLATE_NOOP("ReviewModel", "复核人"), QT_TRANSLATE_NOOP("ReviewModel", "复核意见"))
FILTERS = ((QT_TRANSLATE_NOOP("ReviewPage", "全部"), None), (QT_TRANSLATE_NOOP("ReviewPage", "待复核（已评分）"), "已评分"),
           (QT_TRANSLATE_NOOP("ReviewPage", "已退回"), "back"), (QT_TRANSLATE_NOOP("ReviewPage", "已复核"), "已复核"),
           (QT_TRANSLATE_NOOP("ReviewPage", "未完成"), "open"))
RowRole = Qt.ItemDataRole.UserRole + 1


class ReviewModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[ReviewRow] = []

    def set_rows(self, rows: list[ReviewRow]) -> None:
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
            status_names = {"未开始": self.tr("未开始"), "进行中": self.tr("进行中"), "已评分": self.tr("已评分"),
                            "已复核": self.tr("已复核")}
            values = (r.code, r.name, r.assignee, self.tr("已退回") if r.sent_back else status_names.get(r.status, r.status),
                      fmt(r.self_score) if r.self_score is not None else "",
                      fmt(r.score) if r.score is not None else "", r.reviewer, r.review_comment)
            return values[c]
        if role == Qt.ItemDataRole.ForegroundRole:
            if c == 3 and r.sent_back:
                return QBrush(QColor(theme.ERROR))
            if c == 3 and r.status == "已复核":
                return QBrush(QColor(theme.OK))
            if c == 5 and r.changed_by_review:
                return QBrush(QColor(theme.DERIVED))
        if role == Qt.ItemDataRole.ToolTipRole and c == 7:
            return r.review_comment
        return None


class ReviewPage(RefreshWhenShown, QWidget):
    """复核与签署."""

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("ReviewPage")
        self._rows: list[ReviewRow] = []
        heading = QLabel(self.tr("复核与签署"), self)
        heading.setObjectName("pageHeading")
        self.summary = QLabel(self)

        # -- review table -------------------------------------------------------------
        self.filter = QComboBox(self)
        for text, key in FILTERS:
            self.filter.addItem(self.tr(text), key)
        self.member = QComboBox(self)
        self.member.setEditable(False)
        self.assign_btn = QPushButton(self.tr("分配给…"), self)
        self.pass_btn = QPushButton(self.tr("复核通过"), self)
        self.back_btn = QPushButton(self.tr("退回…"), self)
        self.adjust_btn = QPushButton(self.tr("调整得分…"), self)
        self.pass_btn.setToolTip(self.tr("标记所选指标“已复核”"))
        self.back_btn.setToolTip(self.tr("退回给负责人修改，并写明意见（负责人在本页和评分页都能看到）"))
        self.adjust_btn.setToolTip(self.tr("复核时改分：原得分作为“自评分”保留，新分作为“复核分”"))
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("显示"), self))
        bar.addWidget(self.filter)
        bar.addWidget(QLabel(self.tr("负责人"), self))
        bar.addWidget(self.member)
        bar.addStretch(1)
        for b in (self.assign_btn, self.pass_btn, self.back_btn, self.adjust_btn):
            bar.addWidget(b)
        self.model = ReviewModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        # one line of text per row: the table is what the page is for, so it shows as many as fit
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        for c, w in enumerate((60, 280, 80, 80, 60, 60, 80)):
            self.table.setColumnWidth(c, w)
        self.table.horizontalHeader().setSectionResizeMode(7, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        review_box = QWidget(self)
        rl = QVBoxLayout(review_box)
        rl.setContentsMargins(*theme.FLUSH)
        rl.addLayout(bar)
        rl.addWidget(self.table, 1)

        # -- experts ----------------------------------------------------------------------
        experts = QGroupBox(self.tr("专家独立评分"), self)
        self.experts = QTableWidget(0, 7, experts)
        self.experts.setHorizontalHeaderLabels([self.tr("指标"), self.tr("各专家评分"), self.tr("平均"),
                                                self.tr("去极值平均"), self.tr("极差"), self.tr("分歧"),
                                                self.tr("已取值")])
        self.experts.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.experts.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.experts.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.experts.verticalHeader().hide()
        self.experts.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.experts.setColumnWidth(0, 180)  # room for the other titles in a longer language
        self.rater_btn = QPushButton(self.tr("录入专家评分…"), experts)
        self.mean_btn = QPushButton(self.tr("取平均值"), experts)
        self.trim_btn = QPushButton(self.tr("取去极值平均"), experts)
        self.consensus_btn = QPushButton(self.tr("协商一致值…"), experts)
        self.rater_btn.setToolTip(self.tr("为上表所选指标录入一位专家的独立评分"))
        #: while no expert has scored: one line in place of the empty table, the page keeps the room
        self.experts_empty = QLabel(self.tr("尚无专家独立评分。在上表选中指标后，可录入一位专家的评分。"), experts)
        self.experts_empty.setObjectName("muted")
        self.experts_empty.setWordWrap(True)
        eb = QHBoxLayout()
        eb.addWidget(self.experts_empty, 1)
        for b in (self.rater_btn, self.mean_btn, self.trim_btn, self.consensus_btn):
            eb.addWidget(b)
        el = QVBoxLayout(experts)
        el.addWidget(self.experts, 1)
        el.addLayout(eb)
        self.experts_box = experts

        # -- sign-offs ----------------------------------------------------------------------
        signs = QGroupBox(self.tr("复核链签署"), self)
        self.chain = QListWidget(signs)
        self.sign_btn = QPushButton(self.tr("签署…"), signs)
        self.chain_btn = QPushButton(self.tr("设置复核链…"), signs)
        sb = QHBoxLayout()
        sb.addStretch(1)
        sb.addWidget(self.chain_btn)
        sb.addWidget(self.sign_btn)
        sl = QVBoxLayout(signs)
        sl.addWidget(self.chain, 1)
        sl.addLayout(sb)

        lower = QSplitter(Qt.Orientation.Horizontal, self)
        lower.addWidget(experts)
        lower.addWidget(signs)
        lower.setStretchFactor(0, 3)
        lower.setStretchFactor(1, 2)
        # the review table takes the room; the lower panels get what they need and grow when dragged
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(review_box)
        split.addWidget(lower)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 0)
        split.setCollapsible(0, False)
        self.split, self.lower = split, lower
        self._lower_fitted: tuple[bool, int] | None = None  # (experts shown, sign-off rows) last sized for

        self.banner = RefusalBanner(self)
        lay = QVBoxLayout(self)
        lay.addWidget(heading)
        lay.addWidget(self.summary)
        lay.addWidget(self.banner)
        lay.addWidget(split, 1)

        self.filter.currentIndexChanged.connect(self._apply_filter)
        self.member.currentIndexChanged.connect(self._apply_filter)
        self.assign_btn.clicked.connect(self.assign_selected)
        self.pass_btn.clicked.connect(lambda: self.mark_reviewed())
        self.back_btn.clicked.connect(lambda: self.send_back())
        self.adjust_btn.clicked.connect(lambda: self.adjust_score())
        self.rater_btn.clicked.connect(lambda: self.enter_rater_score())
        self.mean_btn.clicked.connect(lambda: self.choose("mean"))
        self.trim_btn.clicked.connect(lambda: self.choose("trimmed"))
        self.consensus_btn.clicked.connect(lambda: self.choose("consensus"))
        self.sign_btn.clicked.connect(lambda: self.sign())
        self.chain_btn.clicked.connect(lambda: self.edit_chain())
        self.experts.itemSelectionChanged.connect(self._update_buttons)
        ctx.fileOpened.connect(lambda: self._on_data("all"))  # hidden: refresh when first shown
        ctx.fileClosed.connect(lambda: self._on_data("all"))
        ctx.dataChanged.connect(self._on_data)
        ctx.message.connect(self._message)
        self.refresh()

    def page_title(self) -> str:
        return self.tr("复核与签署")

    def _on_data(self, kind: str) -> None:
        self.refresh_when_shown()

    def _message(self, text: str) -> None:
        if self.isVisible():
            self.banner.show_message(text)

    # -- data ---------------------------------------------------------------------------
    def refresh(self) -> None:
        self._stale = False
        store = self.ctx.store
        self._rows = A.review_rows(store) if store is not None else []
        current = self.member.currentData()
        self.member.blockSignals(True)
        self.member.clear()
        self.member.addItem(self.tr("全部"), None)
        for m in sorted({r.assignee for r in self._rows if r.assignee}):
            self.member.addItem(m, m)
        self.member.setCurrentIndex(max(self.member.findData(current), 0))
        self.member.blockSignals(False)
        self._apply_filter()
        self._fill_experts()
        self._fill_chain()
        done = sum(1 for r in self._rows if r.status == "已复核")
        back = sum(1 for r in self._rows if r.sent_back)
        self.summary.setText(self.tr("末级指标 %1 个：已复核 %2 个，已退回 %3 个。")
                             .replace("%1", str(len(self._rows))).replace("%2", str(done)).replace("%3", str(back)))

    def _apply_filter(self) -> None:
        key, member = self.filter.currentData(), self.member.currentData()
        rows = [r for r in self._rows if member is None or r.assignee == member]
        if key == "back":
            rows = [r for r in rows if r.sent_back]
        elif key == "open":
            rows = [r for r in rows if r.status != "已复核"]
        elif key:
            rows = [r for r in rows if r.status == key]
        selected = self.selected()
        self.model.set_rows(rows)
        if selected is not None:
            for i, r in enumerate(rows):
                if r.indicator_id == selected.indicator_id:
                    self.table.selectRow(i)
        self._update_buttons()

    def _fill_experts(self) -> None:
        self._summaries = A.rater_summary(self.ctx.store) if self.ctx.store is not None else []
        scored = bool(self._summaries)
        self.experts.setVisible(scored)
        self.experts_empty.setVisible(not scored)
        for b in (self.mean_btn, self.trim_btn, self.consensus_btn):
            b.setVisible(scored)
        self.experts.setRowCount(len(self._summaries))
        for i, s in enumerate(self._summaries):
            chosen = ""
            if s.choice:
                chosen = f"{A.METHODS.get(s.choice['method'], s.choice['method'])} {s.choice['value']}"
            values = (f"{s.code} {s.name}", "、".join(f"{r} {fmt(v)}" for r, v in s.scores), fmt(s.mean),
                      fmt(s.trimmed_mean), fmt(s.spread), self.tr("分歧较大") if s.flagged else "", chosen)
            for c, text in enumerate(values):
                item = QTableWidgetItem(text)
                if c == 5 and s.flagged:
                    item.setForeground(QBrush(QColor(theme.ERROR)))
                self.experts.setItem(i, c, item)

    def _fill_chain(self) -> None:
        self.chain.clear()
        if self.ctx.store is None:
            return
        for so in A.sign_offs(self.ctx.store):
            when = f"{so.signed_at:%Y-%m-%d %H:%M}" if so.signed_at else ""
            text = f"{shown(so.stage)}：{so.signer or '—'}  {when}  {self.tr(so.state)}"
            item = QListWidgetItem(text)
            if so.signed_at and not so.valid:
                item.setForeground(QBrush(QColor(theme.ERROR)))
            elif so.valid:
                item.setForeground(QBrush(QColor(theme.OK)))
            self.chain.addItem(item)
        rows = max(self.chain.count(), 1)
        self.chain.setMaximumHeight(self.chain.sizeHintForRow(0) * rows + 2 * self.chain.frameWidth() + 4
                                    if self.chain.count() else 16777215)
        self._fit_lower()

    def _fit_lower(self) -> None:
        """Size the lower panels to their content whenever what they hold changes (an empty expert panel
        is one line, the sign-off list as long as the chain), leaving the rest to the review table; in
        between, the evaluator's own dragging of the splitter stands."""
        key = (bool(getattr(self, "_summaries", [])), self.chain.count())
        if key == self._lower_fitted:
            return
        total = sum(self.split.sizes())
        want = self.lower.sizeHint().height() if not key[0] else max(self.lower.sizeHint().height(), total * 2 // 5)
        if total > want:  # laid out: (before the first show the splitter has no height yet)
            self._lower_fitted = key
            self.split.setSizes([total - want, want])

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_lower()

    def selected(self) -> ReviewRow | None:
        idx = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.data(idx[0], RowRole) if idx else None

    def _selected_summary(self):
        rows = self.experts.selectionModel().selectedRows()
        return self._summaries[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        has_file = self.ctx.store is not None
        row = self.selected() is not None
        for b in (self.assign_btn, self.pass_btn, self.back_btn, self.adjust_btn, self.rater_btn):
            b.setEnabled(has_file and row)
        expert = self._selected_summary() is not None if hasattr(self, "_summaries") else False
        for b in (self.mean_btn, self.trim_btn, self.consensus_btn):
            b.setEnabled(has_file and expert)
        self.sign_btn.setEnabled(has_file)
        self.chain_btn.setEnabled(has_file)

    # -- review actions (undoable) ------------------------------------------------------
    def _review_edit(self, text: str, do) -> str | None:
        r = self.selected()
        if r is None or self.ctx.store is None:
            return None
        store, iid = self.ctx.store, r.indicator_id
        before = A.review_state(store, iid)
        failed = push_edit(self.ctx, text, lambda: do(store, iid), lambda: A.restore_review_state(store, iid, before),
                           SCORES)
        if failed:
            self.banner.show_message(failed)
        else:
            self.banner.clear()
        return failed

    def mark_reviewed(self) -> str | None:
        return self._review_edit(self.tr("复核通过"), lambda s, i: A.mark_reviewed(s, i, self.ctx.actor or "组长"))

    def send_back(self, comment: str | None = None) -> str | None:
        if comment is None:
            comment, ok = QInputDialog.getMultiLineText(self, self.tr("退回修改"), self.tr("退回意见（负责人可见）："))
            if not ok:
                return None
        return self._review_edit(self.tr("退回修改"), lambda s, i: A.send_back(s, i, self.ctx.actor or "组长", comment))

    def adjust_score(self, score: str | None = None, reason: str | None = None) -> str | None:
        if score is None:
            score, ok = QInputDialog.getText(self, self.tr("复核调整得分"), self.tr("复核分："))
            if not ok:
                return None
            reason, ok = QInputDialog.getText(self, self.tr("复核调整得分"), self.tr("调整理由："))
            if not ok:
                return None
        return self._review_edit(self.tr("复核调整得分"),
                                 lambda s, i: A.review_score(s, i, score, reason or "", self.ctx.actor or "组长"))

    def assign_selected(self, member: str | None = None) -> str | None:
        if member is None:
            members = A.team_members(self.ctx.store) if self.ctx.store else []
            member, ok = QInputDialog.getItem(self, self.tr("分配指标"), self.tr("负责人："), members or [""], 0, True)
            if not ok:
                return None
        return self._review_edit(self.tr("分配指标"), lambda s, i: A.assign(s, i, member, subtree=False))

    # -- experts -------------------------------------------------------------------------
    def enter_rater_score(self, rater: str | None = None, score: str | None = None) -> str | None:
        r = self.selected()
        if r is None or self.ctx.store is None:
            return None
        if rater is None:
            rater, ok = QInputDialog.getText(self, self.tr("专家评分"), self.tr("专家姓名："))
            if not ok:
                return None
            score, ok = QInputDialog.getText(self, self.tr("专家评分"), self.tr("%1 的评分：").replace("%1", r.name))
            if not ok:
                return None
        return self._act(lambda: A.set_rater_score(self.ctx.store, r.indicator_id, rater, score))

    def choose(self, method: str, value: str | None = None) -> str | None:
        s = self._selected_summary()
        if s is None or self.ctx.store is None:
            return None
        if method == "consensus" and value is None:
            value, ok = QInputDialog.getText(self, self.tr("协商一致值"), self.tr("协商一致的得分："))
            if not ok:
                return None
        return self._act(lambda: A.choose_rater_value(self.ctx.store, s.indicator_id, method, value,
                                                      chooser=self.ctx.actor))

    # -- sign-offs -------------------------------------------------------------------------
    def sign(self, stage: str | None = None, signer: str | None = None) -> str | None:
        if self.ctx.store is None:
            return None
        if stage is None:
            chain = A.review_chain(self.ctx.store)
            stage, ok = QInputDialog.getItem(self, self.tr("签署"), self.tr("签署哪一级："), chain, 0, False)
            if not ok:
                return None
            signer, ok = QInputDialog.getText(self, self.tr("签署"), self.tr("签署人："), QLineEdit.EchoMode.Normal,
                                              self.ctx.actor)
            if not ok:
                return None
        return self._act(lambda: A.sign(self.ctx.store, stage, signer or ""))

    def edit_chain(self, stages: list[str] | None = None) -> str | None:
        if self.ctx.store is None:
            return None
        if stages is None:
            text, ok = QInputDialog.getText(self, self.tr("复核链"), self.tr("各级名称，用“、”或逗号分隔："),
                                            QLineEdit.EchoMode.Normal, "、".join(A.review_chain(self.ctx.store)))
            if not ok:
                return None
            stages = [x for x in text.replace("，", "、").replace(",", "、").replace("→", "、").split("、")]
        return self._act(lambda: A.set_review_chain(self.ctx.store, stages))

    def _act(self, fn) -> str | None:
        """A formal act (expert score, choice, signature): saved at once, not on the undo stack."""
        try:
            fn()
        except EditRefused as exc:
            self.banner.show_message(message_text(exc))
            return message_text(exc)
        self.banner.clear()
        self.ctx.notify(ALL)
        return None
