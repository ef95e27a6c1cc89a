"""The selected indicator: what it asks, the inputs its rule needs, the score, and what explains it.

Leaves show breadcrumb, 分值, 指标解释, 评价要点, 评分标准, one editor per scoring item
(``rule_inputs``), the computed score with its calculation, override, 不适用, 评分说明, linked
findings (flagging lost points no finding explains) and linked evidence (drop files here).
Upper levels show their subtotal, rate, grade and children. Every edit is an undo command.
"""
from __future__ import annotations

import itertools
import tempfile
import uuid
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from services.core.errors import EditRefused
from services.evaluation import assessments, findings
from services.frameworks import catalog
from services.scoring import fmt
from ui import theme
from ui.i18n import message_text, shown, translator
from ui.shell.context import EVIDENCE, FINDINGS, PROJECT, SCORES, AppContext
from ui.shell.live import LiveScores
from ui.shell.undo import push_edit
from ui.walk.rule_inputs import ItemEditor, _wrap, editor_for, show
from ui.widgets import CommitTextEdit

try:  # the evidence service is optional for the panel: it works without it
    from services.fieldwork import evidence as evidence_service
except ImportError:  # pragma: no cover
    evidence_service = None


tr = translator("")


class _StatusNames(dict):
    """未开始 / 进行中 / 已评分 / 已复核 in the interface language (looked up when shown)."""

    def get(self, key, default=None):
        return {"未开始": tr("未开始"), "进行中": tr("进行中"), "已评分": tr("已评分"), "已复核": tr("已复核")}.get(key, default)


STATUS_NAMES = _StatusNames()


def _section(title: str) -> tuple[QFrame, QVBoxLayout]:
    box = QFrame()
    box.setObjectName("section")
    lay = QVBoxLayout(box)
    lay.setContentsMargins(*theme.SECTION_MARGINS)
    lay.setSpacing(theme.SPACING)
    head = QLabel(title)
    head.setObjectName("sectionTitle")
    lay.addWidget(head)
    return box, lay


class FindingQuickDialog(QDialog):
    """A finding raised from the indicator being scored, pre-filled with the indicator, point and deduction.
    Evidence goes with it: files added (添加文件… or dropped on the dialog) or evidence already in the
    evaluation (选择已有…); all of it is linked to the finding when the dialog is confirmed."""

    def __init__(self, categories: list[dict[str, str]], prefill: dict[str, Any], parent=None,
                 existing: list | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("提出问题"))
        self.setMinimumWidth(560)
        self.setAcceptDrops(True)
        self.existing = list(existing or [])  # EvidenceData of the evaluation, for 选择已有…
        self.new_files: list[Path] = []
        self.picked_ids: list[str] = []
        form = QFormLayout(self)
        self.category = QComboBox()
        for c in categories:
            self.category.addItem(f"{c['code']}  {c['name']}", c["code"])
        idx = self.category.findData(prefill.get("category"))
        self.category.setCurrentIndex(max(0, idx))
        self.title = QLineEdit(prefill.get("title", ""))
        self.detail = QPlainTextEdit(prefill.get("detail", ""))
        self.detail.setFixedHeight(90)
        self.detail.setTabChangesFocus(True)  # Tab on to 扣分 and 确定 (Ctrl+Tab types a tab)
        self.deduction = QLineEdit(prefill.get("deduction", ""))
        self.amount = QLineEdit("")
        self.amount.setPlaceholderText(tr("万元，可不填"))
        form.addRow(tr("指标"), QLabel(prefill.get("indicator_label", "")))
        form.addRow(tr("问题类别"), self.category)
        form.addRow(tr("问题"), self.title)
        form.addRow(tr("具体问题"), self.detail)
        form.addRow(tr("扣分"), self.deduction)
        form.addRow(tr("涉及金额"), self.amount)
        self.evidence_list = QListWidget()
        self.evidence_list.setObjectName("compactList")
        self.evidence_list.setMaximumHeight(80)
        self.evidence_list.hide()
        ev_row = QHBoxLayout()
        self.add_files_btn = QPushButton(tr("添加文件…"))
        self.add_files_btn.setAutoDefault(False)
        self.add_files_btn.clicked.connect(self._choose_files)
        self.pick_btn = QPushButton(tr("选择已有…"))
        self.pick_btn.setAutoDefault(False)
        self.pick_btn.setEnabled(bool(self.existing))
        self.pick_btn.setToolTip(tr("从本评价已有的佐证材料中选择"))
        self.pick_btn.clicked.connect(self._pick_existing)
        hint = QLabel(tr("或把照片、文件拖到本窗口"))
        hint.setObjectName("muted")
        ev_row.addWidget(self.add_files_btn)
        ev_row.addWidget(self.pick_btn)
        ev_row.addWidget(hint, 1)
        ev_box = QVBoxLayout()
        ev_box.addWidget(self.evidence_list)
        ev_box.addLayout(ev_row)
        form.addRow(tr("佐证材料"), ev_box)
        self.error = _wrap("", "error")
        self.error.hide()
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict[str, Any]:
        return {"category": self.category.currentData(), "title": self.title.text().strip(),
                "detail": self.detail.toPlainText().strip(), "deduction": self.deduction.text().strip(),
                "amount": self.amount.text().strip()}

    # -- evidence --------------------------------------------------------------
    def add_files(self, paths: list[Path]) -> None:
        for path in paths:
            path = Path(path)
            if path.is_file() and path not in self.new_files:
                self.new_files.append(path)
                it = QListWidgetItem(tr("新增：%1").replace("%1", path.name))
                it.setToolTip(str(path))
                self.evidence_list.addItem(it)
        self.evidence_list.setVisible(self.evidence_list.count() > 0)

    def pick(self, evidence_id: str) -> None:
        ev = next((e for e in self.existing if e.id == evidence_id), None)
        if ev is None or evidence_id in self.picked_ids:
            return
        self.picked_ids.append(evidence_id)
        self.evidence_list.addItem(QListWidgetItem(tr("已有：%1 %2").replace("%1", ev.index_no).replace("%2", ev.filename)))
        self.evidence_list.setVisible(True)

    def _choose_files(self) -> None:
        from ui.widgets import open_file_names

        self.add_files([Path(f) for f in open_file_names(
            self, "evidence", tr("添加佐证材料"), tr("所有文件 (*);;图片 (*.jpg *.jpeg *.png *.heic);;PDF (*.pdf)"))])

    def _pick_existing(self) -> None:
        from PySide6.QtWidgets import QMenu

        menu = QMenu(self)
        for ev in self.existing:
            if ev.id not in self.picked_ids:
                act = menu.addAction(f"{ev.index_no}  {ev.filename}")
                act.triggered.connect(lambda _=False, eid=ev.id: self.pick(eid))
        menu.exec(self.pick_btn.mapToGlobal(self.pick_btn.rect().bottomLeft()))

    def dragEnterEvent(self, e) -> None:
        if e.mimeData().hasUrls():
            e.acceptProposedAction()

    def dropEvent(self, e) -> None:
        self.add_files([Path(u.toLocalFile()) for u in e.mimeData().urls() if u.isLocalFile()])
        e.acceptProposedAction()


class _ProposalBar(QFrame):
    """"资金页为 X 万元，此处为 Y 万元 — 采用哪个？" with the answers; hidden while nothing is asked."""

    take = Signal(object)  # 采用资金页: bind to the page's figure
    write = Signal(object)  # 采用此处: what was typed goes to the page, and the item is bound to it
    keep = Signal()  # 不引用: stays typed by hand, not asked again

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("bindingProposal")
        self.binding: dict[str, Any] | None = None
        lay = QHBoxLayout(self)
        lay.setContentsMargins(*theme.FLUSH)
        self.text = _wrap("", "flag")
        lay.addWidget(self.text, 1)
        self.take_btn = QToolButton(self)
        self.take_btn.clicked.connect(lambda: self.take.emit(self.binding))
        self.write_btn = QToolButton(self)
        self.write_btn.setText(tr("采用此处"))
        self.write_btn.clicked.connect(lambda: self.write.emit(self.binding))
        self.keep_btn = QToolButton(self)
        self.keep_btn.setText(tr("不引用"))
        self.keep_btn.setToolTip(tr("保留此处手工录入的数，以后不再询问"))
        self.keep_btn.clicked.connect(self.keep.emit)
        for b in (self.take_btn, self.write_btn, self.keep_btn):
            lay.addWidget(b, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_proposal(self, proposal) -> None:
        self.binding = proposal.binding if proposal is not None else None
        if proposal is not None:
            page = tr(SOURCE_PAGE_NAMES.get(proposal.binding["source"], ""))
            self.text.setText(message_text(proposal.text))
            self.take_btn.setText(tr("采用%1").replace("%1", page))
            self.take_btn.setVisible(proposal.can_take)
            self.write_btn.setToolTip(tr("把此处的数写入%1，并改为引用").replace("%1", page))
            self.write_btn.setVisible(proposal.can_write)
        self.setVisible(proposal is not None)


#: the pages a figure is typed on, as the window names them (the service's names, translated here)
SOURCE_PAGE_NAMES = {"funds": "资金页", "targets": "绩效目标表", "survey": "满意度调查"}


class _EditorBox(QWidget):
    """One leaf's scoring-item editors. Every handler is bound to that leaf's id, so an entry committed
    as focus leaves (after the evaluator has already moved on) still lands on the indicator it was typed
    for. Kept (hidden) in the leaf view's 评分 section for quick revisits."""

    def __init__(self, view: IndicatorView, indicator_id: str, parent: QWidget):
        super().__init__(parent)
        self.indicator_id = indicator_id
        self.editors: dict[str, ItemEditor] = {}
        self.hide()
        lay = QVBoxLayout(self)
        lay.setContentsMargins(*theme.FLUSH)
        lay.setSpacing(theme.SPACING)  # as the section's own layout: the editors sit exactly as if laid out in it
        for item in view.live.specs[indicator_id].items or []:
            key = item["key"]
            ed = editor_for(item)
            ed.submitted.connect(lambda inputs, key=key, iid=indicator_id: view._submit_item(key, inputs, iid))
            ed.raiseFinding.connect(lambda point, label, lost, key=key: view.raise_finding(key, point, label, lost))
            ed.unbindRequested.connect(lambda key=key, iid=indicator_id: view._unbind(key, iid))
            ed.notice.connect(view.ctx.message.emit)
            ed.bindRequested.connect(lambda item=item, iid=indicator_id: view._bind(item, iid))
            self.editors[key] = ed
            # where a 资金/目标 figure says something else than what was typed here: which one to take
            ed.proposal = _ProposalBar(ed)
            ed.proposal.take.connect(lambda b, key=key, iid=indicator_id: view._take_figure(key, b, iid))
            ed.proposal.write.connect(lambda b, key=key, iid=indicator_id: view._write_typed(key, b, iid))
            ed.proposal.keep.connect(lambda key=key, iid=indicator_id: view._keep_typed(key, iid))
            ed.layout().addWidget(ed.proposal)
            lay.addWidget(ed)
        if view.panel.key_filter is not None:
            for field in self.findChildren(QLineEdit) + self.findChildren(QPlainTextEdit):
                field.installEventFilter(view.panel.key_filter)


class IndicatorView(QScrollArea):
    """The panel's page for an indicator. Upper levels get one view each. Leaves share ONE view that is
    re-targeted from leaf to leaf (``retarget``): its texts are set anew and the leaf's own editors
    (an ``_EditorBox``, cached per leaf) are shown in its 评分 section. Building a widget tree per leaf
    and adding it to the panel cost most of a move on a large evaluation."""

    #: editor boxes kept for quick revisits (walking 1,000 indicators must not keep 1,000 of them)
    BOX_CACHE = 24

    def __init__(self, panel: IndicatorPanel, indicator_id: str):
        super().__init__()
        self.panel, self.ctx, self.live = panel, panel.ctx, panel.live
        self.current = indicator_id
        self.editors: dict[str, ItemEditor] = {}
        self._boxes: dict[str, _EditorBox] = {}  # least recently shown first
        self.box: _EditorBox | None = None
        self.criteria_box: QFrame | None = None
        self._criteria_titles: list[str] = []
        self._criteria_labels: list[QLabel] = []
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setObjectName("panelScroll")
        node = self.live.node(indicator_id)
        spec = self.live.specs[indicator_id]
        self.is_leaf = node.is_leaf
        w = QWidget()
        w.setObjectName("panelContent")
        lay = QVBoxLayout(w)
        lay.setContentsMargins(*theme.PANEL_MARGINS)
        lay.setSpacing(theme.SPACE_L)
        self.content_layout = lay
        self._header(lay, node)
        self._criteria(lay, spec)
        if node.is_leaf:
            self._items(lay)
            self._adjust(lay)
            self._comment(lay, tr("评分说明"), tr("打印在评分表“评分说明”栏；留空时按计算过程生成"))
            self._findings(lay)
            self._evidence(lay)
        else:
            self._children(lay, node)
            self._comment(lay, tr("主要扣分理由"), tr("本级指标的主要扣分理由（用于简要情况表）"))
        lay.addStretch(1)
        if panel.key_filter is not None:
            for field in w.findChildren(QLineEdit) + w.findChildren(QPlainTextEdit):
                field.installEventFilter(panel.key_filter)
        self.setWidget(w)
        if node.is_leaf:
            self._attach(indicator_id)

    # -- re-targeting (leaves) ------------------------------------------------
    def box_for(self, indicator_id: str) -> _EditorBox:
        """The leaf's editors, built (hidden) if not kept; the oldest kept boxes beyond the cache go."""
        box = self._boxes.pop(indicator_id, None)
        if box is None:
            box = _EditorBox(self, indicator_id, self.items_section)
            self.items_layout.insertWidget(1, box)  # after the section title, before the total line
        self._boxes[indicator_id] = box
        while len(self._boxes) > self.BOX_CACHE:
            oldest = next(iter(self._boxes))
            if oldest in (self.current, indicator_id):
                break
            gone = self._boxes.pop(oldest)
            self.items_layout.removeWidget(gone)
            gone.deleteLater()
        return box

    def prepare(self, indicator_id: str) -> None:
        """Build a leaf's editors ahead of time (the panel does this for the next leaf while idle)."""
        if indicator_id not in self._boxes:
            box = self.box_for(indicator_id)
            # just before the current one in recency: evicted before it, kept until it is shown
            items = list(self._boxes.items())
            if self.box is not None and len(items) > 1:
                items.remove((indicator_id, box))
                items.insert(len(items) - 1, (indicator_id, box))
                self._boxes = dict(items)
            box.ensurePolished()

    def _attach(self, indicator_id: str) -> None:
        box = self.box_for(indicator_id)
        if box is not self.box:
            if self.box is not None:
                self.box.hide()
            self.box = box
        box.setVisible(bool(box.editors))
        self.editors = box.editors

    def _tab_order(self, box: _EditorBox) -> None:
        """Tab walks the indicator as it is scored: its inputs → 评分说明 → 不适用 → 人工调整 → 标记已评分,
        then the rest (提出问题, 佐证材料, 负责人, the other navigation buttons)."""
        last = None
        for ed in box.editors.values():  # the editors' own widgets, in the order they were made
            for w in ed.findChildren(QWidget):
                if w.focusPolicy() & Qt.FocusPolicy.TabFocus:
                    last = w
        nav = self.panel
        chain = [last, self.comment, self.na_check, self.na_reason, self.override_value, self.override_reason,
                 self.override_apply, self.override_clear, nav.mark_btn, nav.next_btn, self.raise_btn,
                 self.evidence_add, self.assignee, nav.prev_btn, nav.open_btn]
        chain = [c for c in chain if c is not None]
        for a, b in itertools.pairwise(chain):
            QWidget.setTabOrder(a, b)

    def retarget(self, indicator_id: str) -> None:
        """Show another leaf: header, criteria and editors for it, every field holding its values."""
        node = self.live.node(indicator_id)
        spec = self.live.specs[indicator_id]
        self.current = indicator_id
        self._set_header(node)
        self._criteria(self.content_layout, spec)
        self._attach(indicator_id)
        state = self.live.state(indicator_id)
        # set even where the cursor is: the field now belongs to another indicator (what was typed in
        # it has been committed to its own indicator by the panel before the move)
        self.comment.setPlainText(state.comment)
        self.override_value.setText(fmt(state.override_score) if state.override_score is not None else "")
        self.override_reason.setText(state.override_reason or "")
        self.override_reason.setCursorPosition(0)
        self.override_reason.setToolTip(state.override_reason or "")
        self.assignee.setText(state.assignee or "")
        self.na_reason.setText(state.na_reason or "")
        for label in (self.override_error, self.na_error):
            self._show(label, "")
        self.verticalScrollBar().setValue(0)
        self.horizontalScrollBar().setValue(0)

    def _header(self, lay: QVBoxLayout, node) -> None:
        self.breadcrumb = QLabel()
        self.breadcrumb.setObjectName("breadcrumb")
        self.breadcrumb.setWordWrap(True)
        lay.addWidget(self.breadcrumb)
        row = QHBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("indicatorTitle")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(self.title, 1)
        self.status_chip = QLabel("")
        self.status_chip.setObjectName("chip")
        row.addWidget(self.status_chip, 0, Qt.AlignmentFlag.AlignVCenter)
        self.big_score = QLabel("")
        self.big_score.setObjectName("bigScore")
        self.big_score.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.big_score, 0, Qt.AlignmentFlag.AlignVCenter)
        lay.addLayout(row)
        self._set_header(node)

    def _set_header(self, node) -> None:
        path = self.live.path(node.id)
        crumbs = " › ".join(f"{p.code} {p.name}" for p in path[:-1])
        self.breadcrumb.setText(crumbs or tr("一级指标"))
        self.title.setText(f"{node.code}  {node.name}")

    def _criteria(self, lay: QVBoxLayout, spec) -> None:
        texts = [(tr("指标解释"), spec.definition), (tr("评价要点"), spec.key_points), (tr("评分标准"), spec.criteria)]
        texts = [(t, v) for t, v in texts if (v or "").strip()]
        titles = [t for t, _v in texts]
        if self.criteria_box is not None and titles == self._criteria_titles:
            for label, (_t, v) in zip(self._criteria_labels, texts):
                label.setText(v.strip())  # the same rows as the indicator shown before: new texts only
            return
        if self.criteria_box is not None:
            lay.removeWidget(self.criteria_box)
            self.criteria_box.deleteLater()
            self.criteria_box = None
        self._criteria_titles, self._criteria_labels = titles, []
        if not texts:
            return
        box = QFrame()
        box.setObjectName("criteria")
        grid = QGridLayout(box)
        grid.setContentsMargins(*theme.SECTION_MARGINS)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(6)
        for r, (t, v) in enumerate(texts):
            head = QLabel(t)
            head.setObjectName("fieldName")
            grid.addWidget(head, r, 0, Qt.AlignmentFlag.AlignTop)
            label = _wrap(v.strip())
            grid.addWidget(label, r, 1)
            self._criteria_labels.append(label)
        grid.setColumnStretch(1, 1)
        lay.insertWidget(2, box)  # after the breadcrumb and the title row
        self.criteria_box = box

    def _items(self, lay: QVBoxLayout) -> None:
        box, blay = _section(tr("评分"))
        self.items_section, self.items_layout = box, blay  # each leaf's editors go in here (``_attach``)
        self.calc = _wrap("", "calcTotal")
        blay.addWidget(self.calc)
        lay.addWidget(box)

    def _adjust(self, lay: QVBoxLayout) -> None:
        box, blay = _section(tr("调整与不适用"))
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        self.override_value = QLineEdit()
        self.override_value.setPlaceholderText(tr("调整后得分"))
        self.override_value.setMaximumWidth(110)
        self.override_reason = QLineEdit()
        self.override_reason.setPlaceholderText(tr("调整理由（必填）"))
        self.override_apply = QPushButton(tr("调整得分"))
        self.override_apply.setAutoDefault(False)
        self.override_clear = QPushButton(tr("恢复按规则计分"))
        self.override_clear.setAutoDefault(False)
        self.override_reason.returnPressed.connect(self._apply_override)
        self.override_value.returnPressed.connect(self._apply_override)
        self.override_apply.clicked.connect(self._apply_override)
        self.override_clear.clicked.connect(self._clear_override)
        grid.addWidget(QLabel(tr("人工调整")), 0, 0)
        grid.addWidget(self.override_value, 0, 1)
        grid.addWidget(self.override_reason, 0, 2, 1, 3)  # the reason has the row's width; the buttons go below
        self.override_error = _wrap("", "error")
        self.override_error.hide()
        actions = QHBoxLayout()
        actions.addWidget(self.override_apply)
        actions.addWidget(self.override_clear)
        actions.addWidget(self.override_error, 1)
        actions.addStretch(1)
        grid.addLayout(actions, 1, 1, 1, 4)
        self.na_check = QCheckBox(tr("不适用"))
        self.na_reason = QLineEdit()
        self.na_reason.setPlaceholderText(tr("不适用的理由（必填）"))
        self.na_check.clicked.connect(self._toggle_na)
        self.na_reason.editingFinished.connect(self._na_reason_done)
        grid.addWidget(self.na_check, 2, 0)
        grid.addWidget(self.na_reason, 2, 1, 1, 4)
        self.na_error = _wrap("", "error")
        self.na_error.hide()
        grid.addWidget(self.na_error, 3, 1, 1, 4)
        self.assignee = QLineEdit()
        self.assignee.setPlaceholderText(tr("负责评分的组员（用于“分配给我”筛选）"))
        self.assignee.editingFinished.connect(self._save_assignee)
        grid.addWidget(QLabel(tr("负责人")), 4, 0)
        grid.addWidget(self.assignee, 4, 1, 1, 2)
        self.review_note = _wrap("", "error")  # the reviewer's comment when the indicator was sent back
        self.review_note.setObjectName("reviewNote")
        self.review_note.hide()
        grid.addWidget(self.review_note, 5, 0, 1, 5)
        grid.setColumnStretch(2, 1)
        blay.addLayout(grid)
        lay.addWidget(box)

    def _comment(self, lay: QVBoxLayout, title: str, hint: str) -> None:
        box, blay = _section(title)
        self.comment = CommitTextEdit()
        self.comment.setPlaceholderText(hint)
        self.comment.setFixedHeight(72)
        self.comment.setTabChangesFocus(True)
        self.comment.editingFinished.connect(self._save_comment)
        blay.addWidget(self.comment)
        lay.addWidget(box)

    def _findings(self, lay: QVBoxLayout) -> None:
        box, blay = _section(tr("相关问题"))
        self.flag = _wrap("", "flag")
        blay.addWidget(self.flag)
        self.finding_list = QListWidget()
        self.finding_list.setObjectName("compactList")
        self.finding_list.setMaximumHeight(96)
        blay.addWidget(self.finding_list)
        row = QHBoxLayout()
        raise_btn = QPushButton(tr("提出问题…"))
        raise_btn.setAutoDefault(False)
        raise_btn.setToolTip(tr("为本指标提出一个问题（Ctrl+E）"))
        raise_btn.clicked.connect(lambda: self.raise_finding("", "", "", None))
        self.raise_btn = raise_btn
        row.addWidget(raise_btn)
        row.addStretch(1)
        blay.addLayout(row)
        lay.addWidget(box)

    def _evidence(self, lay: QVBoxLayout) -> None:
        box, blay = _section(tr("佐证材料"))
        self.evidence_list = QListWidget()
        self.evidence_list.setObjectName("compactList")
        self.evidence_list.setMaximumHeight(96)
        self.evidence_list.itemActivated.connect(self._open_evidence)
        blay.addWidget(self.evidence_list)
        row = QHBoxLayout()
        add = QPushButton(tr("添加文件…"))
        add.setAutoDefault(False)
        add.clicked.connect(self._pick_evidence)
        self.evidence_add = add
        row.addWidget(add)
        hint = QLabel(tr("也可把照片、PDF、表格直接拖到这里"))
        hint.setObjectName("muted")
        row.addWidget(hint)
        row.addStretch(1)
        blay.addLayout(row)
        if evidence_service is None:
            add.setEnabled(False)
        lay.addWidget(box)

    def _children(self, lay: QVBoxLayout, node) -> None:
        box, blay = _section(tr("下级指标"))
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        for c, t in enumerate((tr("指标"), tr("分值"), tr("得分"), tr("得分率"))):
            h = QLabel(t)
            h.setObjectName("fieldName")
            grid.addWidget(h, 0, c)
        self.child_labels = []
        for r, ch in enumerate(node.children, 1):
            name = _wrap(f"{ch.code} {ch.name}")
            mx, sc, rt = QLabel(), QLabel(), QLabel()
            for c, w in enumerate((name, mx, sc, rt)):
                grid.addWidget(w, r, c)
            self.child_labels.append((ch.id, mx, sc, rt))
        grid.setColumnStretch(0, 1)
        blay.addLayout(grid)
        lay.addWidget(box)

    # -- updating ------------------------------------------------------------
    def refresh(self, rebuild_inputs: bool = False) -> None:
        """New scores: update numbers and texts in place (focus and typing are not disturbed)."""
        node = self.live.node(self.current)
        if node is None:
            return
        state = self.live.state(self.current)
        if node.not_applicable:
            big = tr("不适用")
        else:
            big = tr("%1 / %2 分").replace("%1", fmt(node.score)).replace("%2", fmt(node.max))
        self.big_score.setText(big)
        if node.is_leaf and node.not_applicable:
            status = tr("不适用")  # the same state the score comes from, not the stored progress mark
        elif node.is_leaf:
            status = STATUS_NAMES.get(node.status, node.status) + (tr(" · 已调整") if node.override_score is not None else "")
        else:
            rate = f"{fmt(node.rate, 2)}%" if node.rate is not None else "—"
            status = tr("得分率 %1 · %2").replace("%1", rate).replace("%2", shown(node.grade) or "—")
        self.status_chip.setText(status)
        if self.comment.toPlainText() != state.comment and not self.comment.hasFocus():
            self.comment.setPlainText(state.comment)
        if node.is_leaf:  # the 评分说明 printed when the field is left empty, shown as its default
            from services.reports.explain import generated_text

            default = generated_text(node, dict(state.inputs or {}),
                                     [f.title for f in self.live.findings_for(node.id)])
            self.comment.setPlaceholderText(tr("留空时打印：%1").replace("%1", default) if default
                                            else tr("打印在评分表“评分说明”栏；留空时按计算过程生成"))
        if not node.is_leaf:
            for cid, mx, sc, rt in self.child_labels:
                ch = self.live.node(cid)
                mx.setText(fmt(ch.max))
                sc.setText(tr("不适用") if ch.not_applicable else fmt(ch.score))
                rt.setText(f"{fmt(ch.rate)}%" if ch.rate is not None else "—")
            return
        results = {it.key: it for it in node.items}
        for key, ed in self.editors.items():
            stored = dict((state.inputs or {}).get(key) or {})
            if rebuild_inputs or stored.get("bind") != ed.bound or stored.get("note") != ed._keep.get("note") \
                    or ed.collect() != {k: v for k, v in stored.items() if k not in ("note", "bind")}:
                ed.set_inputs(stored)
            ed.show_result(results.get(key))
            self._show_proposal(ed, stored)
        computed = tr("按规则计算：%1 分").replace("%1", fmt(node.computed))
        if node.override_score is not None:
            computed += tr("；人工调整为 %1 分（理由：%2）").replace("%1", fmt(node.override_score)).replace("%2", node.override_reason)
        if node.redistributed and node.score is not None:
            computed += tr("；因同级指标不适用，分值由 %1 调整为 %2，得分按比例折算为 %3").replace(
                "%1", fmt(node.declared_max)).replace("%2", fmt(node.max)).replace("%3", fmt(node.score))
        if len(node.items) > 1 and node.computed is not None:  # the calculation put in last: never read again
            computed = tr("%1。%2").replace("%2", computed).replace("%1", show(node.calculation_phrase))
        self.calc.setText(computed)
        if not self.override_value.hasFocus():
            self.override_value.setText(fmt(state.override_score) if state.override_score is not None else "")
        if not self.override_reason.hasFocus():
            self.override_reason.setText(state.override_reason or "")
            self.override_reason.setCursorPosition(0)
            self.override_reason.setToolTip(state.override_reason or "")
        self.override_clear.setEnabled(state.override_score is not None)
        self.na_check.setChecked(state.not_applicable)
        if not self.assignee.hasFocus():
            self.assignee.setText(state.assignee or "")
        self._refresh_review_note(node)
        if not self.na_reason.hasFocus():
            self.na_reason.setText(state.na_reason or "")
        self._refresh_findings(node)
        self._refresh_evidence()

    def _refresh_review_note(self, node) -> None:
        from services.teamwork.assignments import REVIEWED, review_state

        store = self.ctx.store
        review = self.panel.lookup("review", node.id, lambda: review_state(store, node.id)) if store is not None else {}
        comment = review.get("review_comment") or ""
        if comment and review.get("status") != REVIEWED:
            who = review.get("reviewer") or ""
            self.review_note.setText(tr("复核退回（%1）：%2").replace("%1", who).replace("%2", comment))
            self.review_note.show()
        else:
            self.review_note.hide()

    def _refresh_findings(self, node) -> None:
        self.finding_list.clear()
        linked = self.live.findings_for(node.id)
        for f in linked:
            extra = tr("（扣 %1 分）").replace("%1", fmt(f.deduction)) if f.deduction is not None else ""
            it = QListWidgetItem(f"{f.category}  {f.title}{extra}")
            it.setToolTip(f.detail or f.title)
            self.finding_list.addItem(it)
        self.finding_list.setVisible(bool(linked))
        gap = self.live.unexplained(node.id)
        if gap > 0:
            self.flag.setText(tr("⚠ 本指标扣 %1 分，其中 %2 分尚无问题说明：请提出问题或在评分说明中说明。")
                              .replace("%1", fmt(node.lost)).replace("%2", fmt(gap)))
            self.flag.setObjectName("flag")
        elif node.score is not None and node.lost > 0 and linked:
            self.flag.setText(tr("扣 %1 分，已由上列问题说明。").replace("%1", fmt(node.lost)))
            self.flag.setObjectName("ok")
        elif node.score is not None and node.lost > 0:
            self.flag.setText(tr("扣 %1 分，理由见评分说明或评分理由。").replace("%1", fmt(node.lost)))
            self.flag.setObjectName("ok")
        else:
            self.flag.setText(tr("未扣分。") if node.score is not None else tr("评分后，扣分须由问题说明。"))
            self.flag.setObjectName("muted")
        self.flag.style().unpolish(self.flag)
        self.flag.style().polish(self.flag)

    def _refresh_evidence(self) -> None:
        self.evidence_list.clear()
        if evidence_service is None or self.ctx.store is None:
            self.evidence_list.hide()
            return
        store, iid = self.ctx.store, self.current

        def read():
            items = evidence_service.list_evidence(store, "indicator", iid)
            direct = {e.id for e in items}
            via: dict[str, str] = {}  # evidence id → the finding it came with
            for f in self.live.findings_for(iid):
                for e in evidence_service.list_evidence(store, "finding", f.id):
                    if e.id not in direct and e.id not in via:
                        via[e.id] = f.title
                        items.append(e)
            return items, via
        items, via = self.panel.lookup("evidence", iid, read)
        for e in items:
            text = f"{e.index_no}  {e.filename}  ·  {evidence_service.size_text(e.size)}"
            if e.id in via:
                text += "  " + tr("（见问题“%1”）").replace("%1", via[e.id])
            it = QListWidgetItem(text)
            it.setData(Qt.ItemDataRole.UserRole, e.id)
            it.setToolTip(e.description or e.filename)
            self.evidence_list.addItem(it)
        self.evidence_list.setVisible(bool(items))

    def focus_first_input(self) -> None:
        """The cursor in the first input, the indicator shown from its title (scrolled only as far as
        the input needs, on a short screen)."""
        for ed in self.editors.values():
            w = ed.first_focus()
            if w is not None:
                w.setFocus(Qt.FocusReason.TabFocusReason)
                self.verticalScrollBar().setValue(0)
                QTimer.singleShot(0, lambda w=w: self._show_from_title(w))
                return

    def _show_from_title(self, w: QWidget) -> None:
        """Once laid out: from the top, unless the focused input would be below the visible part."""
        if not self.isVisible() or not self.widget().isAncestorOf(w):
            return
        self.verticalScrollBar().setValue(0)
        bottom = w.mapTo(self.widget(), w.rect().bottomLeft()).y()
        if bottom + 12 > self.viewport().height():
            self.ensureWidgetVisible(w, 0, 24)

    # -- edits ---------------------------------------------------------------
    def _push(self, text: str, do, undo, kind: str, merge_key: str | None = None) -> str | None:
        """An undoable edit of this indicator; undo and redo bring the indicator back into view."""
        iid, reveal = self.current, self.panel.reveal
        if self.ctx.store is None:  # the file was closed while a field still held focus
            return None

        def run(fn):
            fn()
            reveal(iid)
        failed = push_edit(self.ctx, text, lambda: run(do), lambda: run(undo), kind, merge_key)
        if not failed and self.current == iid and self.is_leaf:
            for label in (self.override_error, self.na_error):  # an edit that went through: old refusals go
                self._show(label, "")
        return failed

    def _store(self):
        return self.ctx.store

    def _submit_item(self, key: str, inputs: dict[str, Any], iid: str | None = None) -> None:
        from services.fieldwork import bindings, figures

        iid, store = iid or self.current, self._store()
        if store is None or iid not in self.live.specs:
            return  # the file closed (or the indicator went) while the field had the focus: nothing to write into
        before = dict(self.live.state(iid).inputs or {})
        spec = self.live.specs[iid]
        label = next((it.get("label") or key for it in spec.items if it["key"] == key), key)
        current = before.get(key)
        if figures.is_bound(current) and bindings.writes_through(current["bind"]):
            # an amount bound to the 资金 page: typed here, written there; every bound indicator follows
            held: dict[str, Any] = {}
            failed = self._push(tr("修改资金数据：%1").replace("%1", f"{spec.code} {label}"),
                               lambda: held.update(edit=bindings.write_through(store, iid, key, inputs)),
                               lambda: bindings.undo_write_through(store, held["edit"]), PROJECT)
        else:
            failed = self._push(tr("评分：%1").replace("%1", f"{spec.code} {label}"),
                               lambda: assessments.set_item_inputs(store, iid, key, inputs),
                               lambda: assessments.set_inputs(store, iid, before), SCORES)
        box = self._boxes.get(iid)
        editors = box.editors if box is not None else (self.editors if self.current == iid else {})
        if key in editors:
            if failed:
                editors[key].refused(failed)
            else:
                editors[key].show_error("")
                editors[key].settle()

    def _bind(self, item: dict[str, Any], iid: str) -> None:
        """引用数据…: choose the figure (资金 / 绩效目标 / 满意度) this item takes its input from."""
        from ui.walk.binding_bar import BindingBar

        bar = BindingBar(self.ctx, iid, item, self)  # its dialog and its undoable bind, not shown itself
        bar.hide()
        try:
            bar.choose()
        finally:
            bar.deleteLater()

    def _unbind(self, key: str, iid: str | None = None) -> None:
        from services.fieldwork import bindings

        iid, store = iid or self.current, self._store()
        held: dict[str, Any] = {}

        def do():
            held["old"] = bindings.unbind_input(store, iid, key, keep_values=True)
            held["by_hand"] = bindings.set_typed_by_hand(store, iid, key, True)  # not bound again on opening

        def undo():
            bindings.restore_item_inputs(store, iid, key, held["old"])
            bindings.set_typed_by_hand(store, iid, key, held["by_hand"])
        self._push(tr("改为手填"), do, undo, SCORES)

    def _show_proposal(self, ed: ItemEditor, stored: dict[str, Any]) -> None:
        from services.fieldwork import bindings

        bar = getattr(ed, "proposal", None)
        if bar is None or self.ctx.store is None:
            return
        spec = self.live.specs.get(self.current)
        bar.show_proposal(bindings.proposal_for(self.ctx.store, self.current, spec.name if spec else "", ed.item, stored)
                          if spec is not None and not self.ctx.store.readonly else None)

    def _take_figure(self, key: str, binding: dict[str, Any] | None, iid: str | None = None) -> None:
        """采用资金页 (or 绩效目标表 …): bind the item to the figure; what was typed comes back on undo."""
        from services.fieldwork import bindings

        iid, store = iid or self.current, self._store()
        if binding is None:
            return
        held: dict[str, Any] = {}
        self._push(tr("采用引用数据"), lambda: held.update(old=bindings.bind_input(store, iid, key, binding)),
                   lambda: bindings.restore_item_inputs(store, iid, key, held["old"]), SCORES)

    def _write_typed(self, key: str, binding: dict[str, Any] | None, iid: str | None = None) -> None:
        """采用此处: the amounts typed here go to the 资金 page and the item follows the page from now on."""
        from services.fieldwork import bindings

        iid, store = iid or self.current, self._store()
        if binding is None:
            return
        held: dict[str, Any] = {}
        failed = self._push(tr("采用此处的数并写入资金页"),
                            lambda: held.update(done=bindings.adopt_typed(store, iid, key, binding)),
                            lambda: bindings.undo_adopt_typed(store, iid, key, held["done"]), PROJECT)
        box = self._boxes.get(iid)
        editors = box.editors if box is not None else (self.editors if self.current == iid else {})
        if key in editors:
            editors[key].show_error(failed or "")  # e.g. several 资金 lines hold the amount

    def _keep_typed(self, key: str, iid: str | None = None) -> None:
        """保留此处: what was typed stays, and is not asked about again."""
        from services.fieldwork import bindings

        iid, store = iid or self.current, self._store()
        held: dict[str, Any] = {}
        self._push(tr("保留手工录入"), lambda: held.update(was=bindings.set_typed_by_hand(store, iid, key, True)),
                   lambda: bindings.set_typed_by_hand(store, iid, key, held["was"]), SCORES)

    def _apply_override(self) -> None:
        iid, store = self.current, self._store()
        value, reason = self.override_value.text().strip(), self.override_reason.text().strip()
        st = self.live.state(iid)
        if not value:
            self._show(self.override_error, tr("请填写调整后得分"))
            return
        old = (st.override_score, st.override_reason)
        failed = self._push(tr("调整得分"), lambda: assessments.set_override(store, iid, value, reason),
                           lambda: assessments.set_override(store, iid, *old), SCORES)
        self._show(self.override_error, failed or "")

    def _clear_override(self) -> None:
        iid, store = self.current, self._store()
        st = self.live.state(iid)
        old = (st.override_score, st.override_reason)
        self._push(tr("恢复按规则计分"), lambda: assessments.set_override(store, iid, None),
                  lambda: assessments.set_override(store, iid, *old), SCORES)
        self._show(self.override_error, "")

    def _toggle_na(self) -> None:
        iid, store = self.current, self._store()
        st = self.live.state(iid)
        flag, reason = self.na_check.isChecked(), self.na_reason.text().strip()
        if flag and not reason:
            self.na_check.setChecked(False)
            self._show(self.na_error, tr("请先填写不适用的理由，再勾选“不适用”"))
            self.na_reason.setFocus()
            return
        old = (st.not_applicable, st.na_reason)
        failed = self._push(tr("标记不适用") if flag else tr("取消不适用"),
                           lambda: assessments.set_not_applicable(store, iid, flag, reason),
                           lambda: assessments.set_not_applicable(store, iid, *old), SCORES)
        self._show(self.na_error, failed or "")

    def _na_reason_done(self) -> None:
        st = self.live.state(self.current)
        if st.not_applicable and self.na_reason.text().strip() and self.na_reason.text().strip() != st.na_reason:
            iid, store, reason = self.current, self._store(), self.na_reason.text().strip()
            old = (st.not_applicable, st.na_reason)
            self._push(tr("修改不适用理由"), lambda: assessments.set_not_applicable(store, iid, True, reason),
                      lambda: assessments.set_not_applicable(store, iid, *old), SCORES)

    def _save_assignee(self) -> None:
        iid, store, name = self.current, self._store(), self.assignee.text().strip()
        old = self.live.state(iid).assignee
        if name != old:
            self._push(tr("分配指标"), lambda: assessments.set_assignee(store, iid, name),
                      lambda: assessments.set_assignee(store, iid, old), SCORES)

    def _save_comment(self) -> None:
        iid, store = self.current, self._store()
        text = self.comment.toPlainText()
        old = self.live.state(iid).comment
        if text == old:
            return
        self.comment.document().clearUndoRedoStacks()  # Ctrl+Z now undoes the saved note
        self._push(tr("修改评分说明"), lambda: assessments.set_comment(store, iid, text),
                  lambda: assessments.set_comment(store, iid, old), SCORES, merge_key=f"comment:{iid}")

    @staticmethod
    def _show(label: QLabel, message: str) -> None:
        label.setText(message)
        label.setVisible(bool(message))

    # -- findings ------------------------------------------------------------
    def finding_prefill(self, item_key: str, point_key: str, point_label: str, lost) -> dict[str, Any]:
        node = self.live.node(self.current)
        spec = self.live.specs[self.current]
        if lost is None:
            lost = node.lost if node.score is not None else None
        what = point_label or (spec.name)
        title = tr("%1未满足要求").replace("%1", what.lstrip("①②③④⑤⑥⑦⑧⑨⑩ "))
        if point_label:
            detail = tr("指标“%1”（%2）的评分要点“%3”未满足要求")
        else:
            detail = tr("指标“%1”（%2）存在扣分情形")
        detail = detail.replace("%1", spec.name).replace("%2", spec.code).replace("%3", point_label)
        if lost:
            detail += tr("，扣 %1 分").replace("%1", fmt(lost))
        detail += tr("。具体情况：")
        cats = (self.live.info.finding_categories if self.live.info else None) or catalog.DEFAULT_CATEGORIES
        return {"category": cats[0]["code"] if cats else "A", "title": title, "detail": detail,
                "deduction": fmt(lost) if lost else "", "indicator_label": f"{spec.code} {spec.name}",
                "source_item": f"{item_key}/{point_key}" if point_key else item_key}

    def raise_finding(self, item_key: str, point_key: str, point_label: str, lost) -> str | None:
        """From a point that is not met (or the whole indicator): one finding, pre-filled. Returns its id."""
        if not self.is_leaf:
            return None
        prefill = self.finding_prefill(item_key, point_key, point_label, lost)
        values = self.panel.ask_finding(prefill)
        if values is None:
            return None
        iid, store = self.current, self._store()
        values = dict(values)
        files = [Path(f) for f in values.pop("evidence_files", ())]
        picked = list(values.pop("evidence_ids", ()))
        fid = str(uuid.uuid4())
        data = {"id": fid, **values, "source_indicator_id": iid, "source_item": prefill["source_item"]}
        held: dict[str, Any] = {"added": [], "deleted": []}

        def do():
            findings.add_finding(store, data, (iid,))
            if evidence_service is None:
                return
            if held["deleted"]:  # redo: the very files again, with their numbers
                held["added"] = [evidence_service.restore_evidence(store, d).id for d in held["deleted"]]
                held["deleted"] = []
            else:
                held["added"] = [evidence_service.add_evidence(store, f, links=[("finding", fid)]).id for f in files]
            for eid in picked:
                evidence_service.link(store, eid, "finding", fid)

        def undo():
            if evidence_service is not None:
                for eid in picked:
                    evidence_service.unlink(store, eid, "finding", fid)
                held["deleted"] = [evidence_service.delete_evidence(store, eid) for eid in reversed(held["added"])][::-1]
            findings.delete_finding(store, fid)

        title = tr("提出问题：%1").replace("%1", values["title"])
        failed = self._push(title, do, undo, FINDINGS)
        if failed:
            self.ctx.message.emit(failed)
            return None
        return fid

    # -- evidence ------------------------------------------------------------
    def _pick_evidence(self) -> None:
        from ui.widgets import open_file_names

        files = open_file_names(self, "evidence", tr("添加佐证材料"),
                                tr("所有文件 (*);;图片 (*.jpg *.jpeg *.png *.heic);;PDF (*.pdf)"))
        self.add_evidence_files([Path(f) for f in files])

    def add_evidence_files(self, paths: list[Path]) -> int:
        if evidence_service is None or not paths:
            return 0
        iid, store = self.current, self._store()
        added = 0
        for path in paths:
            holder: dict[str, Any] = {}

            def do(path=path, holder=holder):
                if "data" in holder:
                    evidence_service.restore_evidence(store, holder["data"])
                else:
                    holder["id"] = evidence_service.add_evidence(store, path, links=[("indicator", iid)]).id

            def undo(holder=holder):
                holder["data"] = evidence_service.delete_evidence(store, holder["id"])

            failed = self._push(tr("添加证据：%1").replace("%1", path.name), do, undo, EVIDENCE)
            if failed:
                self.ctx.message.emit(failed)
            else:
                added += 1
        self._refresh_evidence()
        return added

    def _open_evidence(self, item: QListWidgetItem) -> None:
        eid = item.data(Qt.ItemDataRole.UserRole)
        try:
            out = evidence_service.export_to(self.ctx.store, eid, tempfile.mkdtemp(prefix="fieldeval-"))
        except (OSError, EditRefused) as exc:
            self.ctx.message.emit(tr("无法打开证据：%1").replace("%1", message_text(exc)))
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(out)))


class IndicatorPanel(QWidget):
    """The middle of the indicator walk: the indicator's ``IndicatorView`` and the navigation bar.
    All leaves share one view (re-targeted on every move); upper levels keep one view each."""

    navigate = Signal(str)  # "prev", "next", "next_unscored", "mark"
    revealRequested = Signal(str)  # an undo/redo changed this indicator: show it

    def __init__(self, ctx: AppContext, live: LiveScores, parent=None):
        super().__init__(parent)
        self.ctx, self.live = ctx, live
        self.current: str | None = None
        self.key_filter = None  # an event filter for the walk's shortcuts, set by the page
        self._views: dict[str, IndicatorView] = {}  # upper levels' views, least recently shown first
        self._leaf_view: IndicatorView | None = None  # the one view every leaf is shown in
        self._shown: IndicatorView | None = None
        self.setAcceptDrops(True)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(*theme.FLUSH)
        outer.setSpacing(0)
        self.stack = QStackedWidget()
        outer.addWidget(self.stack, 1)
        outer.addWidget(self._nav_bar())
        self.empty = QLabel(tr("在左侧选择一个指标开始评分"))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setObjectName("muted")
        self.stack.addWidget(self.empty)
        live.reset.connect(self.clear_views)
        # what the file holds for an indicator besides its scores, read once between two changes; cleared
        # before the page redraws on a change (connected ahead of it) and when a file opens or closes
        self._lookups: dict[tuple[str, str], Any] = {}
        live.changed.connect(self._lookups.clear)
        live.reset.connect(self._lookups.clear)
        self._empty()

    def lookup(self, kind: str, indicator_id: str, read) -> Any:
        """``read()`` for an indicator's review note or evidence, kept until the next change: walking back
        and forth through the tree queries the file for neither (two to five queries a move)."""
        key = (kind, indicator_id)
        if key not in self._lookups:
            self._lookups[key] = read()
        return self._lookups[key]

    def reveal(self, indicator_id: str) -> None:
        if indicator_id != self.current:
            self.revealRequested.emit(indicator_id)

    @property
    def view(self) -> IndicatorView | None:
        return self._shown if self.current else None

    def __getattr__(self, name: str):
        # the current indicator's fields (editors, comment, override_value …) read as the panel's own
        if name.startswith("_") or name in ("view", "current"):
            raise AttributeError(name)
        view = self.__dict__.get("_shown") if self.__dict__.get("current") else None
        if view is not None and name in view.__dict__:
            return view.__dict__[name]
        raise AttributeError(name)

    @property
    def editors(self) -> dict[str, ItemEditor]:
        return self.view.editors if self.view else {}

    #: upper levels' views kept for quick revisits (the leaves' view keeps its own editor boxes)
    VIEW_CACHE = 24

    def _evict_views(self, keep: IndicatorView) -> None:
        while len(self._views) > self.VIEW_CACHE:
            oldest = next(iter(self._views))
            v = self._views.pop(oldest)
            if v is keep:  # never the one being shown
                self._views[oldest] = v
                break
            self.stack.removeWidget(v)
            v.deleteLater()

    def clear_views(self) -> None:
        for v in [*self._views.values(), *([self._leaf_view] if self._leaf_view is not None else [])]:
            self.stack.removeWidget(v)
            v.deleteLater()
        self._views, self._leaf_view, self._shown = {}, None, None
        self.current = None

    # -- navigation bar ----------------------------------------------------
    def _nav_bar(self) -> QWidget:
        bar = QFrame()
        bar.setObjectName("navBar")
        lay = QHBoxLayout(bar)
        lay.setContentsMargins(*theme.BAR_MARGINS)
        self.prev_btn = QPushButton(tr("◀ 上一个"))
        self.prev_btn.setToolTip(tr("上一个指标（Ctrl+←）"))
        self.next_btn = QPushButton(tr("下一个 ▶"))
        self.next_btn.setToolTip(tr("下一个指标（Ctrl+→）"))
        self.open_btn = QPushButton(tr("下一个未评分"))
        self.open_btn.setToolTip(tr("跳到下一个尚未评分的指标（Ctrl+↓）"))
        self.mark_btn = QPushButton(tr("✔ 标记已评分"))
        self.mark_btn.setObjectName("primary")
        self.mark_btn.setToolTip(tr("确认本指标已评分，并跳到下一个未评分指标（Ctrl+Enter）"))
        for b, kind in ((self.prev_btn, "prev"), (self.next_btn, "next"), (self.open_btn, "next_unscored"),
                        (self.mark_btn, "mark")):
            b.setAutoDefault(False)
            b.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            b.clicked.connect(lambda _=False, k=kind: self.navigate.emit(k))
        self.position = QLabel("")
        self.position.setObjectName("muted")
        lay.addWidget(self.prev_btn)
        lay.addWidget(self.next_btn)
        lay.addWidget(self.open_btn)
        lay.addStretch(1)
        lay.addWidget(self.position)
        lay.addWidget(self.mark_btn)
        return bar

    def _empty(self) -> None:
        self.current = None
        self.stack.setCurrentWidget(self.empty)
        self.position.setText("")
        for b in (self.prev_btn, self.next_btn, self.open_btn, self.mark_btn):
            b.setEnabled(False)

    def show_indicator(self, indicator_id: str | None) -> None:
        node = self.live.node(indicator_id) if indicator_id else None
        focus = QApplication.focusWidget()
        if focus is not None and self.view is not None and self.view.isAncestorOf(focus) \
                and hasattr(focus, "editingFinished"):
            focus.editingFinished.emit()  # commit what was being typed, to the indicator it belongs to
        if node is None:
            self._empty()
            return
        held = None
        if node.is_leaf and self._leaf_view is not None:
            # Qt lays the whole page out again each time a widget in it is shown (the leaf's editors,
            # a 提出问题 button …): hold the page's layout until the move is done, then lay out once
            held = self._leaf_view.content_layout
            held.setEnabled(False)
        try:
            self._show_view(indicator_id, node)
        finally:
            if held is not None:
                held.setEnabled(True)
                held.invalidate()
                held.activate()
        QTimer.singleShot(40, self._prefetch)

    def _show_view(self, indicator_id: str, node) -> None:
        if node.is_leaf:
            view = self._leaf_view
            if view is None:
                view = self._leaf_view = IndicatorView(self, indicator_id)
                self.stack.addWidget(view)
            else:
                view.retarget(indicator_id)
        else:
            view = self._views.pop(indicator_id, None)
            if view is None:
                view = IndicatorView(self, indicator_id)
                self.stack.addWidget(view)
            self._views[indicator_id] = view  # most recently shown last
            self._evict_views(keep=view)
        self._shown = view
        self.current = indicator_id
        if self.stack.currentWidget() is not view:
            self.stack.setCurrentWidget(view)
        for b in (self.prev_btn, self.next_btn, self.open_btn):
            b.setEnabled(True)
        self.mark_btn.setEnabled(node.is_leaf)
        if node.is_leaf and view.box is not None:
            view._tab_order(view.box)
        self.refresh(rebuild_inputs=True)

    def _prefetch(self) -> None:
        """While the evaluator reads this indicator, build the next one's editors, so "next" is quicker."""
        view = self._leaf_view
        if view is None or self._shown is not view or self.current != view.current:
            return
        leaves = self.live.leaf_ids()
        if self.current not in leaves:
            return
        pos = leaves.index(self.current)
        nxt = leaves[pos + 1] if pos + 1 < len(leaves) else None
        if nxt and self.live.node(nxt) is not None and nxt in self.live.specs:
            view.prepare(nxt)

    def refresh(self, rebuild_inputs: bool = False) -> None:
        view = self.view
        if view is None:
            return
        if self.live.node(self.current) is None:
            self._empty()
            return
        view.refresh(rebuild_inputs)
        leaves = self.live.leaf_ids()
        if view.is_leaf and self.current in leaves:
            self.position.setText(tr("第 %1 / %2 个").replace("%1", str(leaves.index(self.current) + 1))
                                  .replace("%2", str(len(leaves))))
        else:
            self.position.setText("")

    def focus_first_input(self) -> None:
        if self.view is not None:
            self.view.focus_first_input()

    # -- findings and evidence from the window ---------------------------------
    def ask_finding(self, prefill: dict[str, Any]) -> dict[str, Any] | None:
        """Let the evaluator confirm or edit the pre-filled finding (tests replace this)."""
        cats = (self.live.info.finding_categories if self.live.info else None) or catalog.DEFAULT_CATEGORIES
        existing = evidence_service.list_evidence(self.ctx.store) if evidence_service and self.ctx.store else []
        back_to = QApplication.focusWidget()
        dlg = FindingQuickDialog(cats, prefill, self, existing)
        try:
            while dlg.exec() == QDialog.DialogCode.Accepted:
                values = dlg.values()
                if values["title"]:
                    return {**values, "evidence_files": list(dlg.new_files), "evidence_ids": list(dlg.picked_ids)}
                dlg.error.setText(tr("问题标题不能为空"))
                dlg.error.show()
            return None
        finally:
            dlg.deleteLater()
            self.window().activateWindow()  # the keys go back to where the evaluator was
            if back_to is not None and self.isAncestorOf(back_to):
                back_to.setFocus(Qt.FocusReason.OtherFocusReason)

    def raise_finding(self, item_key: str, point_key: str, point_label: str, lost) -> str | None:
        return self.view.raise_finding(item_key, point_key, point_label, lost) if self.view else None

    def add_evidence_files(self, paths: list[Path]) -> int:
        return self.view.add_evidence_files(paths) if self.view and self.view.is_leaf else 0

    def dragEnterEvent(self, e) -> None:
        if e.mimeData().hasUrls() and self.view is not None and self.view.is_leaf:
            e.acceptProposedAction()

    def dropEvent(self, e) -> None:
        paths = [Path(u.toLocalFile()) for u in e.mimeData().urls() if u.isLocalFile()]
        if self.add_evidence_files([p for p in paths if p.is_file()]):
            e.acceptProposedAction()
