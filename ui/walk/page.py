"""The indicator walk (评分): the tree with filters on the left, the selected indicator on the right."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from services.evaluation import assessments
from ui import theme
from ui.shell.context import SCORES, AppContext
from ui.shell.live import LiveScores
from ui.shell.undo import push_edit
from ui.walk.indicator_panel import IndicatorPanel
from ui.walk.tree_model import (
    COL_MAX,
    COL_NAME,
    COL_RATE,
    COL_SCORE,
    IdRole,
    IndicatorFilterProxy,
    IndicatorTreeModel,
)

#: keys the walk uses while the evaluator types in a field (line edits would otherwise eat them)
WALK_KEYS = {(Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier), (Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier),
             (Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier),
             (Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier), (Qt.Key.Key_Enter, Qt.KeyboardModifier.ControlModifier)}


class _WalkKeys(QObject):
    """Lets the walk's shortcuts win over a focused text field (Ctrl+→ is "next word" in a QLineEdit)."""

    def __init__(self, page: WalkPage):
        super().__init__(page)
        self.page = page

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.ShortcutOverride:
            # Ctrl+Z / Ctrl+Shift+Z in a field with nothing of its own to undo (its entry is saved): the
            # window's undo, not a silent no-op. While the evaluator is typing, the field undoes typing.
            for key, local in ((QKeySequence.StandardKey.Undo, "isUndoAvailable"),
                               (QKeySequence.StandardKey.Redo, "isRedoAvailable")):
                if event.matches(key):
                    has = getattr(obj, local, None) or getattr(getattr(obj, "document", lambda: None)(), local, None)
                    if has is not None and not has():
                        event.ignore()
                        return True
                    return False
            mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if (event.key(), mods) in WALK_KEYS:
                # commit what is being typed first, then let the shortcut run
                if hasattr(obj, "editingFinished"):
                    obj.editingFinished.emit()
                event.ignore()
                return True
        return False


class _WalkTree(QTreeView):
    """The indicator tree, scrolled by copying what is already drawn. Walking "next" scrolls it by a
    row nearly every move; Qt repaints a viewport it does not know to be opaque whole on every scroll
    (~8 ms for a 1,000-indicator tree). The style sheet turns the viewport's background filling off;
    turned back on (the same Base colour the style sheet leaves it), Qt moves the pixels on a scroll
    and draws only the rows scrolled into view."""

    def showEvent(self, e) -> None:
        super().showEvent(e)  # polished by now: the style sheet has had its say
        self.viewport().setAutoFillBackground(True)


class WalkPage(QWidget):
    """Page 评分. Keyboard: Ctrl+→/← next/previous, Ctrl+↓ next unscored, Ctrl+Enter mark scored."""

    selected = Signal(str)
    printRequested = Signal(str)  # the document to print: the window opens its print dialog on it

    def __init__(self, ctx: AppContext, live: LiveScores, parent=None):
        super().__init__(parent)
        self.ctx, self.live = ctx, live
        self.model = IndicatorTreeModel(live, ctx.actor, self)
        self.proxy = IndicatorFilterProxy(self.model, self)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(*theme.FLUSH)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        lay.addWidget(self.splitter)

        left = QWidget()
        left.setObjectName("treePane")
        ll = QVBoxLayout(left)
        ll.setContentsMargins(*theme.PANE_MARGINS)
        ll.setSpacing(theme.SPACING)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("搜索指标（Ctrl+F）"))
        self.search.setClearButtonEnabled(True)
        self.search.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Ctrl+F; Tab stays in the indicator
        self.search.textChanged.connect(self._search)
        self.search.returnPressed.connect(self._first_match)
        self.filter = QComboBox()
        for mode, text in (("all", self.tr("全部指标")), ("unscored", self.tr("未评分")), ("overridden", self.tr("已调整")),
                           ("mine", self.tr("分配给我")), ("unexplained", self.tr("扣分未说明"))):
            self.filter.addItem(text, mode)
        self.filter.currentIndexChanged.connect(lambda _i: self._set_mode(self.filter.currentData()))
        bar.addWidget(self.search, 1)
        bar.addWidget(self.filter)
        ll.addLayout(bar)
        self.tree = _WalkTree()
        self.tree.setModel(self.proxy)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setIndentation(14)
        hdr = self.tree.header()
        hdr.setStretchLastSection(False)
        hdr.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        for c, w in ((COL_MAX, 46), (COL_SCORE, 58), (COL_RATE, 64)):
            hdr.setSectionResizeMode(c, QHeaderView.ResizeMode.Fixed)
            hdr.resizeSection(c, w)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.tree.activated.connect(lambda _idx: self.panel.focus_first_input())  # Enter: start scoring it
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._tree_menu)
        ll.addWidget(self.tree, 1)
        legend = QLabel(self._legend())
        legend.setObjectName("muted")
        legend.setToolTip(self.tr("右键单击指标可修改状态（如“已复核”）"))
        legend.setWordWrap(True)
        foot = QHBoxLayout()
        foot.addWidget(legend, 1)
        self.print_btn = QPushButton(self.tr("打印评分表…"))
        self.print_btn.setAutoDefault(False)
        self.print_btn.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # not in the Tab walk through the indicator
        self.print_btn.setToolTip(self.tr("打印或导出评分表（Ctrl+P 可选其他文档）"))
        self.print_btn.clicked.connect(lambda: self.printRequested.emit("scoring-sheet"))
        foot.addWidget(self.print_btn)
        ll.addLayout(foot)
        self.splitter.addWidget(left)

        self.panel = IndicatorPanel(ctx, live)
        self.panel.navigate.connect(self.navigate)
        self.panel.revealRequested.connect(lambda iid: self.go_to(iid, focus=False) if self.live.node(iid) else None)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([510, 760])

        live.reset.connect(self._on_reset)
        live.changed.connect(self._on_changed)
        back = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.panel, self.tree.setFocus)  # Esc: back to the tree
        back.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._keys = _WalkKeys(self)
        self.panel.key_filter = self._keys  # installed on the text fields of each indicator shown
        self.search.installEventFilter(self._keys)

    pending_tree_width = 0  # the tree's width from the last session, set by the window

    def showEvent(self, e) -> None:
        super().showEvent(e)
        if self.pending_tree_width:
            QTimer.singleShot(0, self._apply_tree_width)  # once the layout has given the page its width

    def _apply_tree_width(self) -> None:
        width, self.pending_tree_width = self.pending_tree_width, 0
        total = sum(self.splitter.sizes())
        if width and total > width + 300:
            self.splitter.setSizes([width, total - width])

    def _legend(self) -> str:
        dot = '<span style="color:%s; font-size:12pt">●</span> %s'
        colours = theme.STATUS_COLOURS
        parts = [dot % (colours["未开始"], self.tr("未开始")), dot % (colours["进行中"], self.tr("进行中")),
                 dot % (colours["已评分"], self.tr("已评分")), dot % (colours["已复核"], self.tr("已复核")),
                 f'<span style="color:{theme.WARNING}">✎</span> ' + self.tr("已调整"),
                 f'<span style="color:{theme.ERROR}">!</span> ' + self.tr("扣分未说明")]
        return "&nbsp;&nbsp;".join(parts)

    def page_title(self) -> str:
        return self.tr("评分")

    # -- model events --------------------------------------------------------
    def _on_reset(self) -> None:
        self.tree.expandAll()
        leaves = self.live.leaf_ids()
        opened = self.live.open_leaves()
        first = opened[0].id if opened else (leaves[0] if leaves else None)
        self.go_to(first, focus=bool(opened))  # work to do: the cursor is in its first input at once

    def _on_changed(self) -> None:
        self.proxy.refilter()
        self.panel.refresh()

    def _search(self, text: str) -> None:
        self.proxy.set_search(text)
        self.tree.expandAll()

    def _first_match(self) -> None:
        """Enter in the search box: go to the first indicator still shown."""
        def first_leaf(parent):
            for r in range(self.proxy.rowCount(parent)):
                idx = self.proxy.index(r, 0, parent)
                if self.proxy.rowCount(idx) == 0:
                    return idx
                found = first_leaf(idx)
                if found is not None:
                    return found
            return None
        idx = first_leaf(self.proxy.index(-1, -1))
        if idx is not None:
            self.go_to(idx.data(IdRole))

    def _set_mode(self, mode: str) -> None:
        self.proxy.set_mode(mode)
        self.tree.expandAll()

    def _current_changed(self, current, _previous) -> None:
        iid = current.data(IdRole) if current.isValid() else None
        if iid and iid != self.panel.current:
            self.panel.show_indicator(iid)
            self.selected.emit(iid)

    # -- navigation ----------------------------------------------------------
    def go_to(self, indicator_id: str | None, focus: bool = True) -> None:
        if indicator_id is None:
            self.panel.show_indicator(None)
            return
        if self.panel.current != indicator_id:
            self.panel.show_indicator(indicator_id)
        src = self.model.index_of(indicator_id)
        idx = self.proxy.mapFromSource(src)
        if idx.isValid():
            self.tree.selectionModel().setCurrentIndex(
                idx, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            self.tree.scrollTo(idx)
        else:
            self.tree.selectionModel().clearSelection()
        self.selected.emit(indicator_id)
        if focus:
            self.panel.focus_first_input()

    def navigate(self, kind: str) -> None:
        leaves = self.live.leaf_ids()
        if not leaves:
            return
        cur = self.panel.current
        order = self.live.ids()
        pos = order.index(cur) if cur in order else -1
        leaves = set(leaves)
        if kind in ("next", "prev"):
            step = 1 if kind == "next" else -1
            candidates = order[pos + step::step] if pos >= 0 else order
            if kind == "prev" and pos <= 0:
                candidates = []
            target = next((i for i in candidates if i in leaves), None)
            if target:
                self.go_to(target)
            return
        if kind == "mark":
            self.mark_scored()
            return
        if kind == "next_unscored":
            self.next_unscored()

    def next_unscored(self) -> None:
        opened = [n.id for n in self.live.open_leaves()]
        if not opened:
            self.ctx.message.emit(self.tr("全部指标均已评分"))
            return
        order = self.live.ids()
        pos = order.index(self.panel.current) if self.panel.current in order else -1
        after = [i for i in order[pos + 1:] if i in opened]
        self.go_to(after[0] if after else opened[0])

    def mark_scored(self) -> None:
        iid = self.panel.current
        node = self.live.node(iid) if iid else None
        if node is None or not node.is_leaf:
            return
        if node.score is None and not node.not_applicable:
            self.ctx.message.emit(self.tr("“%1”尚未评完，不能标记为已评分").replace("%1", node.name))
            self.panel.focus_first_input()
            return
        old = self.live.state(iid).status
        if old not in ("已评分", "已复核"):
            store = self.ctx.store
            push_edit(self.ctx, self.tr("标记已评分"), lambda: assessments.set_status(store, iid, "已评分"),
                      lambda: assessments.set_status(store, iid, old), SCORES)
        self.next_unscored()

    def _tree_menu(self, pos) -> None:
        idx = self.tree.indexAt(pos)
        iid = idx.data(IdRole) if idx.isValid() else None
        node = self.live.node(iid) if iid else None
        if node is None or not node.is_leaf:
            return
        menu = QMenu(self)
        names = {"未开始": self.tr("未开始"), "进行中": self.tr("进行中"), "已评分": self.tr("已评分"), "已复核": self.tr("已复核")}
        for status in assessments.STATUSES:
            act = menu.addAction(self.tr("标记为“%1”").replace("%1", names[status]))
            act.setCheckable(True)
            act.setChecked(node.status == status)
            act.triggered.connect(lambda _=False, st=status: self.set_status(iid, st))
        menu.exec(self.tree.viewport().mapToGlobal(pos))

    def set_status(self, iid: str, status: str) -> str | None:
        old = self.live.state(iid).status
        if old == status:
            return None
        store = self.ctx.store
        return push_edit(self.ctx, self.tr("修改状态"), lambda: assessments.set_status(store, iid, status),
                         lambda: assessments.set_status(store, iid, old), SCORES)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()
