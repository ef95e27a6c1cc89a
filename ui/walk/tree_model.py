"""The indicator tree as a Qt item model, and the filter proxy in front of it.

The model mirrors the structure of the framework (fixed while a file is open) and reads scores
from ``LiveScores``; after an edit it only announces changed data, never rebuilds itself, so the
selection, expansion and scroll position stay where the evaluator left them.
"""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPixmap

from services.scoring import fmt
from ui import theme
from ui.shell.live import LiveScores

COL_NAME, COL_MAX, COL_SCORE, COL_RATE = range(4)
IdRole = Qt.ItemDataRole.UserRole + 1
LeafRole = Qt.ItemDataRole.UserRole + 2
StatusRole = Qt.ItemDataRole.UserRole + 3

#: status → colour of the dot drawn before the indicator name
STATUS_COLOURS = theme.STATUS_COLOURS


def _dot(colour: str, ring: str | None = None, hollow: bool = False) -> QIcon:
    pm = QPixmap(14, 14)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    if hollow:
        p.setPen(QColor(colour))
        p.setBrush(Qt.BrushStyle.NoBrush)
    else:
        p.setPen(QColor(ring or colour))
        p.setBrush(QColor(colour))
    p.drawEllipse(2, 2, 10, 10)
    p.end()
    return QIcon(pm)


class _Node:
    __slots__ = ("children", "id", "parent", "row")

    def __init__(self, iid: str | None, parent: _Node | None, row: int):
        self.id, self.parent, self.children, self.row = iid, parent, [], row


class IndicatorTreeModel(QAbstractItemModel):
    def __init__(self, live: LiveScores, actor: str = "", parent=None):
        super().__init__(parent)
        self.live = live
        self.actor = actor
        self._root = _Node(None, None, 0)
        self._by_id: dict[str, _Node] = {}
        self._icons: dict[str, QIcon] = {}
        self._bold = QFont()
        self._bold.setBold(True)
        live.reset.connect(self.rebuild)
        live.changed.connect(self.refresh)
        self.rebuild()

    # -- structure --------------------------------------------------------
    def rebuild(self) -> None:
        self.beginResetModel()
        self._root = _Node(None, None, 0)
        self._by_id = {}
        sheet = self.live.sheet
        if sheet is not None:
            def add(sn, parent):
                node = _Node(sn.id, parent, len(parent.children))
                parent.children.append(node)
                self._by_id[sn.id] = node
                for c in sn.children:
                    add(c, node)
            for r in sheet.roots:
                add(r, self._root)
        self.endResetModel()

    def refresh(self) -> None:
        """Scores changed: announce new data for the changed rows (every row when unknown), keeping
        structure, selection and expansion."""
        changed = getattr(self.live, "changed_ids", None)
        if changed is not None and all(i in self._by_id for i in changed):
            for iid in changed:  # one edit: the leaf and its ancestors, not 1,000 rows
                node = self._by_id[iid]
                self.dataChanged.emit(self.createIndex(node.row, 0, node), self.createIndex(node.row, COL_RATE, node))
            return

        def touch(node: _Node):
            if node.children:
                first = self.createIndex(0, 0, node.children[0])
                last = self.createIndex(len(node.children) - 1, COL_RATE, node.children[-1])
                self.dataChanged.emit(first, last)
                for c in node.children:
                    touch(c)
        touch(self._root)

    def index_of(self, indicator_id: str, column: int = 0) -> QModelIndex:
        node = self._by_id.get(indicator_id)
        return QModelIndex() if node is None else self.createIndex(node.row, column, node)

    # -- QAbstractItemModel ----------------------------------------------
    def index(self, row, column, parent=QModelIndex()):
        pnode = parent.internalPointer() if parent.isValid() else self._root
        if 0 <= row < len(pnode.children) and 0 <= column < 4:
            return self.createIndex(row, column, pnode.children[row])
        return QModelIndex()

    def parent(self, index=QModelIndex()):
        if not index.isValid():
            return QModelIndex()
        p = index.internalPointer().parent
        if p is None or p is self._root:
            return QModelIndex()
        return self.createIndex(p.row, 0, p)

    def rowCount(self, parent=QModelIndex()):
        if parent.isValid() and parent.column() != 0:
            return 0
        pnode = parent.internalPointer() if parent.isValid() else self._root
        return len(pnode.children)

    def columnCount(self, parent=QModelIndex()):
        return 4

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole:
                return [self.tr("指标"), self.tr("分值"), self.tr("得分"), self.tr("得分率")][section]
            if role == Qt.ItemDataRole.TextAlignmentRole and section:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def _icon(self, key: str) -> QIcon:
        if key not in self._icons:
            colour, _, mode = key.partition(":")
            self._icons[key] = _dot(colour, hollow=mode == "hollow", ring=theme.ERROR if mode == "warn" else None)
        return self._icons[key]

    def status_text(self, n) -> str:
        if n.not_applicable:
            return self.tr("不适用")
        if n.children:
            return self.tr("已评分 %1/%2").replace("%1", str(n.leaves_scored)).replace("%2", str(n.leaves_total))
        text = {"未开始": self.tr("未开始"), "进行中": self.tr("进行中"), "已评分": self.tr("已评分"),
                "已复核": self.tr("已复核")}.get(n.status, n.status)
        if n.override_score is not None:
            text += self.tr("（已调整）")
        return text

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        iid = index.internalPointer().id
        n = self.live.node(iid)
        if n is None:
            return None
        col = index.column()
        if role == IdRole:
            return iid
        if role == LeafRole:
            return n.is_leaf
        if role == StatusRole:
            return n.status
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_NAME:
                return f"{n.code}  {n.name}"
            if col == COL_MAX:
                return fmt(n.max)
            if col == COL_SCORE:
                if n.not_applicable:
                    return self.tr("不适用")
                text = fmt(n.score) if n.score is not None else "—"
                if n.override_score is not None:
                    text = "✎ " + text
                elif n.is_leaf and self.live.unexplained(iid) > 0:
                    text = "! " + text
                return text
            if col == COL_RATE:
                return f"{fmt(n.rate)}%" if n.rate is not None and not n.is_leaf else ""
        if role == Qt.ItemDataRole.DecorationRole and col == COL_NAME:
            if n.not_applicable:
                return self._icon(theme.NOT_STARTED + ":hollow")
            if n.children:
                done = n.leaves_total and n.leaves_scored == n.leaves_total
                return self._icon(STATUS_COLOURS["已评分"] if done else (theme.IN_PROGRESS if n.leaves_scored else theme.NOT_STARTED))
            colour = STATUS_COLOURS.get(n.status, theme.NOT_STARTED)
            if n.status == "已评分" and n.score is None:
                colour = STATUS_COLOURS["进行中"]
            return self._icon(colour + (":warn" if n.override_score is not None else ""))
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [f"{n.code} {n.name}", self.tr("状态：") + self.status_text(n)]
            if n.override_score is not None:
                lines.append(self.tr("得分已人工调整（按规则 %1），理由：%2")
                             .replace("%1", fmt(n.computed)).replace("%2", n.override_reason))
            if n.is_leaf and self.live.unexplained(iid) > 0:
                lines.append(self.tr("扣 %1 分尚无问题说明").replace("%1", fmt(self.live.unexplained(iid))))
            if n.redistributed:
                lines.append(self.tr("分值因同级指标不适用而调整（原分值 %1）").replace("%1", fmt(n.declared_max)))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.TextAlignmentRole and col != COL_NAME:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and n.level == 1:
            return self._bold
        if role == Qt.ItemDataRole.ForegroundRole:
            if n.not_applicable:
                return QBrush(QColor(theme.FAINT))
            if col == COL_SCORE and n.override_score is not None:
                return QBrush(QColor(theme.WARNING))
            if col == COL_SCORE and n.is_leaf and self.live.unexplained(iid) > 0:
                return QBrush(QColor(theme.ERROR))
            if col == COL_SCORE and n.score is not None and n.is_leaf and n.score < n.max:
                return QBrush(QColor(theme.DEDUCTED))
        if role == Qt.ItemDataRole.BackgroundRole and n.level == 1:
            return QBrush(QColor(theme.GROUP_ROW))
        return None


class IndicatorFilterProxy(QSortFilterProxyModel):
    """Filters: all / unscored / overridden / assigned to me / with unexplained deductions, plus search."""

    MODES = ("all", "unscored", "overridden", "mine", "unexplained")

    def __init__(self, model: IndicatorTreeModel, parent=None):
        super().__init__(parent)
        self.setSourceModel(model)
        self.setRecursiveFilteringEnabled(True)
        self.setAutoAcceptChildRows(False)
        self.mode = "all"
        self.search = ""

    def _changed(self, apply) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt ≥ 6.9
            self.beginFilterChange()
            apply()
            self.endFilterChange()
        else:
            apply()
            self.invalidateFilter()

    def set_mode(self, mode: str) -> None:
        self._changed(lambda: setattr(self, "mode", mode))

    def set_search(self, text: str) -> None:
        self._changed(lambda: setattr(self, "search", text.strip().lower()))

    def filterAcceptsRow(self, row, parent):
        model: IndicatorTreeModel = self.sourceModel()
        idx = model.index(row, 0, parent)
        iid = idx.data(IdRole)
        live = model.live
        n = live.node(iid)
        if n is None:
            return False
        if self.mode == "all" and not self.search:
            return True
        if self.mode != "all":
            if not n.is_leaf:
                return False
            if self.mode == "unscored" and not live.is_unscored(n):
                return False
            if self.mode == "overridden" and n.override_score is None:
                return False
            if self.mode == "mine" and (not model.actor or live.state(iid).assignee != model.actor):
                return False
            if self.mode == "unexplained" and live.unexplained(iid) <= 0:
                return False
        if self.search:
            spec = live.specs.get(iid)
            hay = f"{n.code} {n.name} {spec.criteria if spec else ''}".lower()
            if self.search not in hay:
                return False
        return True

    def refilter(self) -> None:
        if self.mode != "all" or self.search:
            self._changed(lambda: None)


def rate_text(score: Decimal | None, max_: Decimal) -> str:
    if score is None or not max_:
        return "—"
    from services.scoring.rounding import rate

    return f"{fmt(rate(score, max_))}%"
