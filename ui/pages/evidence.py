"""证据 page: the evidence files kept in the evaluation file, and the 现场记录 (field records).

``add_evidence_files(ctx, paths, links)`` is what the indicator panel and the findings page call
when files are dropped on them: each file is one undoable edit.
"""
from __future__ import annotations

import atexit
import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QSize,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QFont,
    QIcon,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QPixmapCache,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from services.core.errors import EditRefused
from services.evaluation import findings
from services.fieldwork import evidence, records
from services.fieldwork.evidence import EvidenceData
from ui import theme
from ui.i18n import message_text, shown, stored, translator
from ui.shell.context import ALL, EVIDENCE, FINDINGS, AppContext
from ui.shell.undo import push_edit
from ui.widgets import (
    Column,
    CommitTextEdit,
    RefreshWhenShown,
    RefusalBanner,
    RowTableModel,
    indicator_choices,
    mark_invalid,
)

EvidenceRole = Qt.ItemDataRole.UserRole + 1
THUMB = 132
# Thumbnails and type icons live in QPixmapCache, which drops the least recently used beyond its limit;
# 48 MB holds some 650 grid thumbnails (a 132-pixel ARGB picture is about 70 KB).
PIXMAP_CACHE_KB = 48 * 1024
_undecodable: set[tuple[str, int]] = set()  # (sha256, size) of pictures that gave no thumbnail: not tried again
_open_dir: Path | None = None


tr = translator("")


# ── actions shared with other pages ─────────────────────────────────────────
def choose_files(parent=None) -> list[str]:
    paths, _ = QFileDialog.getOpenFileNames(
        parent, tr("选择证据文件"), "",
        tr("常见证据 (*.jpg *.jpeg *.png *.heic *.tif *.tiff *.pdf *.doc *.docx *.xls *.xlsx *.csv *.txt *.ofd *.zip);;所有文件 (*)"))
    return paths


def add_evidence_files(ctx: AppContext, paths: Iterable[str], links: Iterable[tuple[str, str]] = (),
                       field_record_id: str | None = None, description: str = "") -> list[str]:
    """Add each file as one undoable edit; returns the refusal messages (empty when all were added)."""
    store = ctx.store
    links = tuple(links)
    refused: list[str] = []
    for p in paths:
        state: dict[str, Any] = {}

        def do(p=p, state=state):
            if "deleted" in state:
                state["data"] = evidence.restore_evidence(store, state.pop("deleted"))
            else:
                state["data"] = evidence.add_evidence(store, p, description, links=links,
                                                      field_record_id=field_record_id)

        def undo(state=state):
            state["deleted"] = evidence.delete_evidence(store, state["data"].id)

        msg = push_edit(ctx, tr("添加证据“%1”").replace("%1", Path(p).name), do, undo, EVIDENCE)
        if msg:
            refused.append(msg)
    return refused


def delete_evidence(ctx: AppContext, ev: EvidenceData) -> str | None:
    store = ctx.store
    state: dict[str, Any] = {}

    def do():
        state["deleted"] = evidence.delete_evidence(store, ev.id)

    return push_edit(ctx, tr("删除证据“%1”").replace("%1", ev.filename), do,
                     lambda: evidence.restore_evidence(store, state["deleted"]), EVIDENCE)


def link_evidence(ctx: AppContext, ev: EvidenceData, kind: str, target_id: str) -> str | None:
    store = ctx.store
    state = {"new": False}

    def do():
        state["new"] = evidence.link(store, ev.id, kind, target_id)

    def undo():
        if state["new"]:
            evidence.unlink(store, ev.id, kind, target_id)

    return push_edit(ctx, tr("关联证据“%1”").replace("%1", ev.filename), do, undo, EVIDENCE)


def unlink_evidence(ctx: AppContext, ev: EvidenceData, kind: str, target_id: str) -> str | None:
    store = ctx.store
    state = {"had": False}

    def do():
        state["had"] = evidence.unlink(store, ev.id, kind, target_id)

    def undo():
        if state["had"]:
            evidence.link(store, ev.id, kind, target_id)

    return push_edit(ctx, tr("取消关联证据“%1”").replace("%1", ev.filename), do, undo, EVIDENCE)


def open_evidence(ctx: AppContext, ev: EvidenceData) -> str | None:
    """Open a temporary copy with the system viewer; returns a message when that fails."""
    global _open_dir
    if _open_dir is None:
        _open_dir = Path(tempfile.mkdtemp(prefix="fieldeval-open-"))
        # the copies hold the evaluated unit's documents: remove them when FieldEval exits
        atexit.register(shutil.rmtree, _open_dir, True)
    try:
        path = evidence.export_to(ctx.store, ev.id, _open_dir)
    except (EditRefused, OSError) as exc:
        return tr("无法打开证据：%1").replace("%1", message_text(exc))
    if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        return tr("系统没有可以打开“%1”的程序。副本已保存在：%2").replace("%1", ev.filename).replace("%2", str(path))
    return None


# ── pictures ────────────────────────────────────────────────────────────────


def type_icon(filename: str, size: int = THUMB) -> QPixmap:
    """A document-shaped icon with the file's extension (no platform icon theme needed)."""
    ext = Path(filename).suffix.lower().lstrip(".")[:5] or "file"
    key = f"evidence-icon:{ext}:{size}"
    cached = QPixmapCache.find(key)
    if cached is not None:
        return cached
    pm = QPixmap(size, size)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    w, h = size * 0.62, size * 0.8
    x, y = (size - w) / 2, (size - h) / 2
    fold = w * 0.28
    colour = QColor(theme.FILE_TYPE_COLOURS.get(ext, theme.FILE_TYPE_OTHER))
    path = QPainterPath()
    path.moveTo(x, y)
    path.lineTo(x + w - fold, y)
    path.lineTo(x + w, y + fold)
    path.lineTo(x + w, y + h)
    path.lineTo(x, y + h)
    path.closeSubpath()
    p.setPen(QPen(QColor(theme.OUTLINE), max(1.0, size / 80)))
    p.setBrush(QColor(theme.SURFACE))
    p.drawPath(path)
    p.setBrush(QColor(theme.TRACK))
    corner = QPainterPath()
    corner.moveTo(x + w - fold, y)
    corner.lineTo(x + w - fold, y + fold)
    corner.lineTo(x + w, y + fold)
    corner.closeSubpath()
    p.drawPath(corner)
    band_h = h * 0.26
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(colour)
    p.drawRoundedRect(int(x - w * 0.08), int(y + h * 0.52), int(w * 0.86), int(band_h), 3, 3)
    f = QFont()
    f.setBold(True)
    f.setPixelSize(max(8, int(band_h * 0.62)))
    p.setFont(f)
    p.setPen(QColor(theme.ON_ACCENT))
    p.drawText(int(x - w * 0.08), int(y + h * 0.52), int(w * 0.86), int(band_h), Qt.AlignmentFlag.AlignCenter,
               ext.upper())
    p.end()
    QPixmapCache.insert(key, pm)
    return pm


def cached_thumbnail(sha256: str, size: int = THUMB) -> QPixmap | None:
    """The picture's thumbnail when it is in the cache; None when not made yet, dropped from the cache or undecodable."""
    return QPixmapCache.find(f"evidence-thumb:{sha256}:{size}")


def _keep_thumbnail(key: tuple[str, int], png: bytes | None) -> QPixmap | None:
    """Cache the thumbnail made from ``png`` (or remember that there is none) and return it."""
    if QPixmapCache.cacheLimit() < PIXMAP_CACHE_KB:
        QPixmapCache.setCacheLimit(PIXMAP_CACHE_KB)
    pm = QPixmap()
    if png and pm.loadFromData(png, "PNG"):
        QPixmapCache.insert(f"evidence-thumb:{key[0]}:{key[1]}", pm)
        return pm
    _undecodable.add(key)
    return None


def thumbnail_pixmap(store, ev: EvidenceData, size: int = THUMB) -> QPixmap:
    key = (ev.sha256, size)
    pm = cached_thumbnail(*key)
    if pm is None and ev.is_image and key not in _undecodable:
        try:
            png = evidence.thumbnail_of(evidence.get_blob(store, ev.sha256), size)
        except EditRefused:
            png = None
        pm = _keep_thumbnail(key, png)
    return pm or type_icon(ev.filename, size)


class ThumbnailLoader(QObject):
    """Decodes photos off the GUI thread (a big JPEG takes a tenth of a second or more); the list
    shows a type icon until ``ready`` says the thumbnail is in the cache."""

    ready = Signal(str, int)  # sha256, size

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self._pending: set[tuple[str, int]] = set()

    def request(self, ev: EvidenceData, size: int = THUMB) -> QPixmap | None:
        key = (ev.sha256, size)
        pm = cached_thumbnail(*key)
        if pm is not None or not ev.is_image or key in _undecodable:
            return pm
        if key not in self._pending and self.ctx.store is not None:
            try:
                content = evidence.get_blob(self.ctx.store, ev.sha256)  # read here: the file is not shared across threads
            except EditRefused:
                _undecodable.add(key)
                return None
            self._pending.add(key)
            self.ctx.run_task(evidence.thumbnail_of, content, size,
                              on_done=lambda png, key=key: self._done(key, png),
                              on_error=lambda _msg, key=key: self._done(key, None))
        return None

    def _done(self, key: tuple[str, int], png: bytes | None) -> None:
        self._pending.discard(key)
        _keep_thumbnail(key, png)
        self.ready.emit(*key)


# ── the list of evidence ────────────────────────────────────────────────────
class EvidenceModel(QAbstractListModel):
    def __init__(self, loader: ThumbnailLoader, parent=None):
        super().__init__(parent)
        self.loader = loader
        self.rows: list[EvidenceData] = []
        self.store = None
        self.labels: dict[tuple[str, str], str] = {}
        loader.ready.connect(self._thumbnail_ready)

    def _thumbnail_ready(self, sha256: str, _size: int) -> None:
        for r, ev in enumerate(self.rows):
            if ev.sha256 == sha256:
                idx = self.index(r)
                self.dataChanged.emit(idx, idx, [Qt.ItemDataRole.DecorationRole])

    def set_rows(self, store, rows: list[EvidenceData], labels: dict[tuple[str, str], str]) -> None:
        self.beginResetModel()
        self.store, self.rows, self.labels = store, list(rows), labels
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        ev = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            when = ev.captured_at.strftime("%Y-%m-%d %H:%M") if ev.captured_at else ""
            return f"{ev.index_no} {ev.filename}" + (f"\n{when}" if when else "")
        if role == Qt.ItemDataRole.DecorationRole:
            return QIcon(self.loader.request(ev) or type_icon(ev.filename))
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [f"{ev.index_no}  {ev.filename}", f"{evidence.size_text(ev.size)} · {ev.mime}"]
            if ev.captured_at:
                lines.append(tr("拍摄时间：%1").replace("%1", ev.captured_at.strftime("%Y-%m-%d %H:%M:%S")))
            if ev.description:
                lines.append(ev.description)
            for link in ev.links:
                lines.append("→ " + self.labels.get(link, link[1]))
            return "\n".join(lines)
        if role == EvidenceRole:
            return ev
        return None


class DropListView(QListView):
    """A list view that takes files dropped from the desktop."""

    filesDropped = Signal(list)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAcceptDrops(True)

    @staticmethod
    def _paths(event) -> list[str]:
        md = event.mimeData()
        return [u.toLocalFile() for u in md.urls() if u.isLocalFile()] if md.hasUrls() else []

    def dragEnterEvent(self, event):
        if self._paths(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event):
        if self._paths(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event):
        paths = self._paths(event)
        if paths:
            event.acceptProposedAction()
            self.filesDropped.emit(paths)
        else:
            event.ignore()


class EvidenceBrowser(QWidget):
    """Thumbnails or a list of evidence, with a detail panel for the selected file."""

    FILTERS = ("all", "indicator", "finding", "unlinked", "field_record")

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.loader = ThumbnailLoader(ctx, self)
        self.model = EvidenceModel(self.loader, self)
        self._all: list[EvidenceData] = []
        self._labels: dict[tuple[str, str], str] = {}
        self._records: dict[str, str] = {}

        self.filter = QComboBox(self)
        for key, text in zip(self.FILTERS, (self.tr("全部证据"), self.tr("已关联指标"), self.tr("已关联问题"),
                                            self.tr("未关联"), self.tr("属于现场记录"))):
            self.filter.addItem(text, key)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("搜索文件名、索引号或说明"))
        self.search.setClearButtonEnabled(True)
        self.view_mode = QComboBox(self)
        self.view_mode.addItem(self.tr("缩略图"), "icons")
        self.view_mode.addItem(self.tr("列表"), "list")
        self.add_btn = QPushButton(self.tr("添加文件…"), self)
        self.add_btn.setToolTip(self.tr("添加证据文件；也可直接把文件拖到下面的区域"))
        self.count = QLabel(self)
        self.count.setObjectName("facts")
        bar = QHBoxLayout()
        bar.addWidget(self.filter)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.view_mode)
        bar.addWidget(self.add_btn)

        self.view = DropListView(self)
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setUniformItemSizes(True)
        self.view.setWordWrap(True)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setMovement(QListView.Movement.Static)
        self.view.setSpacing(theme.SPACE_M)
        self.view.setObjectName("evidenceGrid")
        self._set_mode("icons")
        self.empty_hint = QLabel(self.tr("把照片、PDF、扫描件或表格拖到这里，或点“添加文件…”。\n"
                                         "文件会连同 SHA-256 校验值保存在评价文件内。"), self.view)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setObjectName("emptyHint")

        self.detail = EvidenceDetail(ctx, self)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        left = QWidget(split)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(*theme.FLUSH)
        ll.addLayout(bar)
        ll.addWidget(self.count)
        ll.addWidget(self.view, 1)
        split.addWidget(left)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([760, 420])
        self.banner = RefusalBanner(self)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(*theme.FLUSH)
        lay.addWidget(self.banner)
        lay.addWidget(split, 1)

        self.filter.currentIndexChanged.connect(lambda _i: self._apply())
        self.search.textChanged.connect(lambda _t: self._apply())
        self.view_mode.currentIndexChanged.connect(lambda _i: self._set_mode(self.view_mode.currentData()))
        self.add_btn.clicked.connect(self._add_dialog)
        self.view.filesDropped.connect(self.add_files)
        self.view.selectionModel().currentChanged.connect(lambda *_a: self._show_current())
        self.view.doubleClicked.connect(lambda _i: self.detail.open_current())
        self.detail.refused.connect(self.banner.show_message)

    def _set_mode(self, mode: str) -> None:
        if mode == "list":
            self.view.setViewMode(QListView.ViewMode.ListMode)
            self.view.setIconSize(QSize(40, 40))
            self.view.setGridSize(QSize())
            self.view.setFlow(QListView.Flow.TopToBottom)
        else:
            self.view.setViewMode(QListView.ViewMode.IconMode)
            self.view.setIconSize(QSize(THUMB, THUMB))
            self.view.setGridSize(QSize(THUMB + 44, THUMB + 58))
            self.view.setFlow(QListView.Flow.LeftToRight)
        self.view.setWrapping(mode != "list")

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self.empty_hint.resize(self.view.viewport().size())

    def refresh(self) -> None:
        store = self.ctx.store
        if store is None:
            self._all, self._labels = [], {}
            self.model.set_rows(None, [], {})
            self.detail.show_evidence(None, {}, {})
            return
        self._all = evidence.list_evidence(store)
        self._labels = {("indicator", c.id): self.tr("指标 ") + c.label for c in indicator_choices(store)}
        for f in findings.list_findings(store):
            self._labels[("finding", f.id)] = self.tr("问题 ") + f"{f.category}类 {f.title}"
        self._records = {r.id: record_label(r) for r in records.list_records(store)}
        self._apply()

    def _apply(self) -> None:
        keep = self.current()
        mode = self.filter.currentData()
        text = self.search.text().strip().lower()

        def wanted(ev: EvidenceData) -> bool:
            kinds = {k for k, _ in ev.links}
            if mode in ("indicator", "finding") and mode not in kinds:
                return False
            if mode == "unlinked" and kinds:
                return False
            if mode == "field_record" and not ev.field_record_id:
                return False
            hay = f"{ev.index_no} {ev.filename} {ev.description}".lower()
            return not text or text in hay

        rows = [ev for ev in self._all if wanted(ev)]
        self.model.set_rows(self.ctx.store, rows, self._labels)
        total = sum(ev.size for ev in self._all)
        self.count.setText(self.tr("共 %1 个证据文件，%2").replace("%1", str(len(self._all)))
                           .replace("%2", evidence.size_text(total)) if self._all else "")
        self.empty_hint.setVisible(not self._all)
        self.empty_hint.resize(self.view.viewport().size())
        row = next((i for i, ev in enumerate(rows) if keep and ev.id == keep.id), 0 if rows else None)
        if row is not None:
            self.view.setCurrentIndex(self.model.index(row))
        self._show_current()

    def current(self) -> EvidenceData | None:
        idx = self.view.currentIndex()
        return idx.data(EvidenceRole) if idx.isValid() else None

    def _show_current(self) -> None:
        self.detail.show_evidence(self.current(), self._labels, self._records)

    def _add_dialog(self) -> None:
        paths = choose_files(self)
        if paths:
            self.add_files(paths)

    def add_files(self, paths: list[str]) -> None:
        if self.ctx.store is None:
            return
        refused = add_evidence_files(self.ctx, paths)
        if refused:
            self.banner.show_message("\n".join(refused))


def record_label(r) -> str:
    when = r.happened_at.strftime("%Y-%m-%d") if r.happened_at else ""
    return " ".join(x for x in (when, shown(r.kind), r.place) if x)


class EvidenceDetail(QWidget):
    """The selected evidence: preview, facts, description, links, field record, open / delete."""

    refused = Signal(str)

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.ev: EvidenceData | None = None
        self.preview = QLabel(self)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumHeight(200)
        self.preview.setObjectName("preview")
        self.name = QLabel(self)
        self.name.setWordWrap(True)
        self.name.setObjectName("fileName")
        self.facts = QLabel(self)
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts.setObjectName("facts")
        self.description = CommitTextEdit(self)
        self.description.editingFinished.connect(self._flush_description)
        self.description.setPlaceholderText(self.tr("说明：拍摄内容、来源、与评分的关系…（输入即保存）"))
        self.description.setMaximumHeight(90)
        self.description.setTabChangesFocus(True)
        self._desc_timer = QTimer(self)
        self._desc_timer.setSingleShot(True)
        self._desc_timer.setInterval(600)
        self._desc_timer.timeout.connect(self._save_description)
        self.description.textChanged.connect(self._desc_timer.start)
        self.links = QListWidget(self)
        self.links.setMaximumHeight(110)
        self.link_ind = QPushButton(self.tr("关联指标…"), self)
        self.link_find = QPushButton(self.tr("关联问题…"), self)
        self.unlink_btn = QPushButton(self.tr("取消关联"), self)
        self.record = QComboBox(self)
        self.open_btn = QPushButton(self.tr("打开"), self)
        self.open_btn.setToolTip(self.tr("用系统默认程序打开（临时副本）"))
        self.delete_btn = QPushButton(self.tr("删除证据"), self)
        self.link_ind.clicked.connect(lambda: self._link("indicator"))
        self.link_find.clicked.connect(lambda: self._link("finding"))
        self.unlink_btn.clicked.connect(self._unlink)
        self.open_btn.clicked.connect(self.open_current)
        self.delete_btn.clicked.connect(self._delete)
        self.record.activated.connect(self._set_record)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(*theme.INDENT)
        lay.addWidget(self.preview)
        lay.addWidget(self.name)
        lay.addWidget(self.facts)
        lay.addWidget(QLabel(self.tr("说明"), self))
        lay.addWidget(self.description)
        lay.addWidget(QLabel(self.tr("关联到"), self))
        lay.addWidget(self.links)
        row = QHBoxLayout()
        for b in (self.link_ind, self.link_find, self.unlink_btn):
            row.addWidget(b)
        lay.addLayout(row)
        form = QFormLayout()
        form.addRow(self.tr("现场记录"), self.record)
        lay.addLayout(form)
        row2 = QHBoxLayout()
        row2.addWidget(self.open_btn)
        row2.addStretch(1)
        row2.addWidget(self.delete_btn)
        lay.addLayout(row2)
        lay.addStretch(1)
        self.show_evidence(None, {}, {})

    def show_evidence(self, ev: EvidenceData | None, labels, records) -> None:
        same = self.ev is not None and ev is not None and ev.id == self.ev.id
        if not same:
            self._flush_description()
        self.ev = ev
        for w in (self.description, self.links, self.link_ind, self.link_find, self.unlink_btn, self.record,
                  self.open_btn, self.delete_btn):
            w.setEnabled(ev is not None)
        if ev is None:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("未选择证据"))
            self.name.clear()
            self.facts.clear()
            self.description.blockSignals(True)
            self.description.clear()
            self.description.blockSignals(False)
            self.links.clear()
            self.record.clear()
            return
        pm = thumbnail_pixmap(self.ctx.store, ev, 240) if ev.is_image else type_icon(ev.filename, 120)
        self.preview.setPixmap(pm)
        self.name.setText(f"{ev.index_no}　{ev.filename}")
        facts = [self.tr("类型：%1").replace("%1", ev.mime), self.tr("大小：%1").replace("%1", evidence.size_text(ev.size))]
        facts.append(self.tr("拍摄时间：%1").replace("%1", ev.captured_at.strftime("%Y-%m-%d %H:%M:%S"))
                     if ev.captured_at else self.tr("拍摄时间：无（文件未记录）"))
        facts.append("SHA-256：" + ev.sha256[:16] + "…")
        self.facts.setText("\n".join(facts))
        self.facts.setToolTip("SHA-256：" + ev.sha256)
        if self.description.toPlainText() != ev.description and not (same and self._desc_timer.isActive()):
            self.description.blockSignals(True)
            self.description.setPlainText(ev.description)
            self.description.blockSignals(False)
        self.links.clear()
        for link in ev.links:
            item = QListWidgetItem(labels.get(link, self.tr("（已删除）")))
            item.setData(Qt.ItemDataRole.UserRole, link)
            self.links.addItem(item)
        if not ev.links:
            hint = QListWidgetItem(self.tr("尚未关联指标或问题"))
            hint.setFlags(Qt.ItemFlag.NoItemFlags)
            self.links.addItem(hint)
        self.record.clear()
        self.record.addItem(self.tr("（不属于现场记录）"), None)
        for rid, label in records.items():
            self.record.addItem(label, rid)
        self.record.setCurrentIndex(max(self.record.findData(ev.field_record_id), 0))

    def hideEvent(self, event):
        self._flush_description()
        super().hideEvent(event)

    def _flush_description(self) -> None:
        if self._desc_timer.isActive():
            self._desc_timer.stop()
            self._save_description()

    def _save_description(self) -> None:
        ev = self.ev
        if ev is None:
            return
        text = self.description.toPlainText()
        if text == ev.description:
            return
        store, old = self.ctx.store, ev.description
        ev.description = text  # the shown row now matches the file
        msg = push_edit(self.ctx, self.tr("修改证据说明"),
                        lambda: evidence.update_evidence(store, ev.id, description=text),
                        lambda: evidence.update_evidence(store, ev.id, description=old), EVIDENCE,
                        merge_key=f"evidence-description:{ev.id}")
        if msg:
            self.refused.emit(msg)

    def open_current(self) -> None:
        if self.ev is not None:
            msg = open_evidence(self.ctx, self.ev)
            if msg:
                self.refused.emit(msg)

    def _link(self, kind: str) -> None:
        ev, store = self.ev, self.ctx.store
        if ev is None:
            return
        if kind == "indicator":
            options = [(c.id, c.label) for c in indicator_choices(store) if c.leaf]
            title = self.tr("关联指标")
        else:
            options = [(f.id, f"{f.category}类 {f.title}") for f in findings.list_findings(store)]
            title = self.tr("关联问题")
        options = [o for o in options if (kind, o[0]) not in ev.links]
        if not options:
            self.refused.emit(self.tr("没有可关联的问题，请先在问题清单中新增问题。") if kind == "finding"
                              else self.tr("所有指标都已关联。"))
            return
        label, ok = QInputDialog.getItem(self, title, self.tr("关联到："), [o[1] for o in options], 0, False)
        if ok:
            target = next(o[0] for o in options if o[1] == label)
            msg = link_evidence(self.ctx, ev, kind, target)
            if msg:
                self.refused.emit(msg)

    def _unlink(self) -> None:
        item = self.links.currentItem()
        link = item.data(Qt.ItemDataRole.UserRole) if item else None
        if self.ev is None or not link:
            self.refused.emit(self.tr("请先在“关联到”列表中选择要取消的关联。"))
            return
        msg = unlink_evidence(self.ctx, self.ev, link[0], link[1])
        if msg:
            self.refused.emit(msg)

    def _set_record(self, _i: int) -> None:
        ev, store = self.ev, self.ctx.store
        if ev is None:
            return
        new, old = self.record.currentData(), ev.field_record_id
        if new == old:
            return
        msg = push_edit(self.ctx, self.tr("修改证据所属的现场记录"),
                        lambda: evidence.update_evidence(store, ev.id, field_record_id=new),
                        lambda: evidence.update_evidence(store, ev.id, field_record_id=old), EVIDENCE)
        if msg:
            self.refused.emit(msg)

    def _delete(self) -> None:
        if self.ev is not None:
            msg = delete_evidence(self.ctx, self.ev)
            if msg:
                self.refused.emit(msg)


# ── field records ───────────────────────────────────────────────────────────
class FieldRecordsPanel(QWidget):
    """现场记录: the list, the editor and the evidence gathered in each."""

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self._rows: list[records.FieldRecordData] = []
        self._counts: dict[str, int] = {}
        self.model = RowTableModel([
            Column("kind", self.tr("类型")),
            Column("happened_at", self.tr("时间"), display=lambda v: v.strftime("%Y-%m-%d %H:%M") if v else ""),
            Column("place", self.tr("地点")),
            Column("people", self.tr("访谈对象 / 参加人员")),
            Column("recorder", self.tr("记录人")),
        ], parent=self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 72)
        self.table.setColumnWidth(1, 124)
        self.table.setColumnWidth(3, 150)
        self.table.setColumnWidth(4, 70)
        self.table.setWordWrap(False)
        self.add_btn = QPushButton(self.tr("新增记录"), self)
        self.del_btn = QPushButton(self.tr("删除记录"), self)
        self.add_btn.clicked.connect(self._add)
        self.del_btn.clicked.connect(self._delete)

        self.kind = QComboBox(self)
        for kind in records.KINDS:  # stored in Chinese, shown in the interface language
            self.kind.addItem(shown(kind), kind)
        self.when = QLineEdit(self)
        self.when.setPlaceholderText(self.tr("年-月-日 时:分，如 2024-09-30 14:30"))
        self.place = QLineEdit(self)
        self.people = QLineEdit(self)
        self.recorder = QLineEdit(self)
        self.notes = CommitTextEdit(self)
        self.notes.setPlaceholderText(self.tr("记录内容（输入即保存）"))
        self.notes.setTabChangesFocus(True)
        self.when_hint = QLabel(self)
        self.when_hint.setStyleSheet(theme.colour_css(theme.ERROR))
        self.when_hint.hide()
        self.evidence_list = QListWidget(self)
        self.evidence_list.setViewMode(QListWidget.ViewMode.IconMode)
        self.evidence_list.setIconSize(QSize(64, 64))
        self.evidence_list.setGridSize(QSize(110, 100))
        self.evidence_list.setMaximumHeight(120)
        self.evidence_list.setWordWrap(True)
        self.add_ev_btn = QPushButton(self.tr("为此记录添加证据…"), self)
        self.add_ev_btn.clicked.connect(self._add_evidence)
        self._notes_timer = QTimer(self)
        self._notes_timer.setSingleShot(True)
        self._notes_timer.setInterval(600)
        self._notes_timer.timeout.connect(lambda: self._save("notes", self.notes.toPlainText(), merge=True))
        self.notes.textChanged.connect(self._notes_timer.start)
        self.notes.editingFinished.connect(self._flush_notes)
        self.kind.activated.connect(lambda _i: self._save("kind", stored(self.kind.currentText())))
        for key, w in (("happened_at", self.when), ("place", self.place), ("people", self.people),
                       ("recorder", self.recorder)):
            w.editingFinished.connect(lambda key=key, w=w: self._save(key, w.text()))

        self.editor = QGroupBox(self.tr("记录内容"), self)
        form = QFormLayout(self.editor)
        form.addRow(self.tr("类型"), self.kind)
        form.addRow(self.tr("时间"), self.when)
        form.addRow("", self.when_hint)
        form.addRow(self.tr("地点"), self.place)
        form.addRow(self.tr("访谈对象 / 参加人员"), self.people)
        form.addRow(self.tr("记录人"), self.recorder)
        form.addRow(self.tr("记录"), self.notes)
        form.addRow(self.tr("证据"), self.evidence_list)
        form.addRow("", self.add_ev_btn)

        self.banner = RefusalBanner(self)
        left = QWidget(self)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(*theme.FLUSH)
        bar = QHBoxLayout()
        bar.addWidget(self.add_btn)
        bar.addWidget(self.del_btn)
        bar.addStretch(1)
        ll.addLayout(bar)
        ll.addWidget(self.table, 1)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(self.editor)
        split.setSizes([560, 620])
        lay = QVBoxLayout(self)
        lay.setContentsMargins(*theme.FLUSH)
        lay.addWidget(self.banner)
        lay.addWidget(split, 1)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._show())

    def hideEvent(self, event):
        self._flush_notes()
        super().hideEvent(event)

    def _flush_notes(self) -> None:
        if self._notes_timer.isActive():
            self._notes_timer.stop()
            self._save("notes", self.notes.toPlainText(), merge=True, record_id=getattr(self, "_shown_id", None))

    def current(self) -> records.FieldRecordData | None:
        idx = self.table.currentIndex()
        return self.model.row_at(idx) if idx.isValid() else None

    def refresh(self) -> None:
        store = self.ctx.store
        keep = self.current()
        self._rows = records.list_records(store) if store else []
        self.model.set_rows(self._rows)
        row = next((i for i, r in enumerate(self._rows) if keep and r.id == keep.id), 0 if self._rows else None)
        if row is not None:
            self.table.selectRow(row)
        self.add_btn.setEnabled(store is not None)
        self._show()

    def _show(self) -> None:
        r = self.current()
        self.editor.setEnabled(r is not None)
        self.del_btn.setEnabled(r is not None)
        if self._notes_timer.isActive() and getattr(self, "_shown_id", None) != (r.id if r else None):
            self._notes_timer.stop()
            self._save("notes", self.notes.toPlainText(), merge=True, record_id=self._shown_id)
        self._shown_id = r.id if r else None
        for w in (self.when, self.place, self.people, self.recorder):
            mark_invalid(w, False)
        self.when_hint.hide()
        if r is None:
            for w in (self.when, self.place, self.people, self.recorder):
                w.clear()
            self.notes.blockSignals(True)
            self.notes.clear()
            self.notes.blockSignals(False)
            self.evidence_list.clear()
            return
        self.kind.setCurrentText(shown(r.kind))
        self.when.setText(r.happened_at.strftime("%Y-%m-%d %H:%M") if r.happened_at else "")
        self.place.setText(r.place)
        self.people.setText(r.people)
        self.recorder.setText(r.recorder)
        if self.notes.toPlainText() != r.notes and not self._notes_timer.isActive():
            self.notes.blockSignals(True)
            self.notes.setPlainText(r.notes)
            self.notes.blockSignals(False)
        self.evidence_list.clear()
        gathered = evidence.list_evidence(self.ctx.store, "field_record", r.id)
        for ev in gathered:
            item = QListWidgetItem(QIcon(thumbnail_pixmap(self.ctx.store, ev)), f"{ev.index_no}\n{ev.filename}")
            item.setToolTip(ev.description or ev.filename)
            self.evidence_list.addItem(item)
        if not gathered:
            hint = QListWidgetItem(self.tr("尚无证据"))
            hint.setFlags(Qt.ItemFlag.NoItemFlags)
            self.evidence_list.addItem(hint)

    def _save(self, key: str, value: str, merge: bool = False, record_id: str | None = None) -> None:
        store = self.ctx.store
        rid = record_id or (self.current().id if self.current() else None)
        if store is None or rid is None:
            return
        try:
            before = records.get_record(store, rid)
        except EditRefused:
            return
        old = getattr(before, key)
        old_text = old.strftime("%Y-%m-%d %H:%M") if key == "happened_at" and old else (old or "")
        if value.strip() == str(old_text).strip():
            if key == "happened_at":
                mark_invalid(self.when, False)
                self.when_hint.hide()
            return
        msg = push_edit(self.ctx, self.tr("修改现场记录"),
                        lambda: records.update_record(store, rid, **{key: value}),
                        lambda: records.update_record(store, rid, **{key: old}), EVIDENCE,
                        merge_key=f"field-record-{key}:{rid}" if merge else None)
        if key == "happened_at":
            mark_invalid(self.when, bool(msg))
            self.when_hint.setText(msg or "")
            self.when_hint.setVisible(bool(msg))
        elif msg:
            self.banner.show_message(msg)

    def _add(self) -> None:
        store = self.ctx.store
        if store is None:
            return
        import uuid
        from datetime import datetime
        rid = str(uuid.uuid4())
        data = {"id": rid, "kind": "访谈", "happened_at": datetime.now().replace(second=0, microsecond=0),
                "recorder": self.ctx.actor or ""}
        msg = push_edit(self.ctx, self.tr("新增现场记录"), lambda: records.add_record(store, data),
                        lambda: records.delete_record(store, rid), EVIDENCE)
        if msg:
            self.banner.show_message(msg)
            return
        row = next((i for i, r in enumerate(self._rows) if r.id == rid), None)
        if row is not None:
            self.table.selectRow(row)
            self.place.setFocus()

    def _delete(self) -> None:
        r, store = self.current(), self.ctx.store
        if r is None:
            return
        state: dict[str, Any] = {}

        def do():
            state["data"], state["attached"] = records.delete_record(store, r.id)

        msg = push_edit(self.ctx, self.tr("删除现场记录"), do,
                        lambda: records.restore_record(store, state["data"], state["attached"]), EVIDENCE)
        if msg:
            self.banner.show_message(msg)

    def _add_evidence(self) -> None:
        r = self.current()
        if r is None:
            return
        paths = choose_files(self)
        if paths:
            refused = add_evidence_files(self.ctx, paths, field_record_id=r.id)
            if refused:
                self.banner.show_message("\n".join(refused))


class EvidencePage(RefreshWhenShown, QWidget):
    """证据与现场记录."""

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("EvidencePage")
        heading = QLabel(self.tr("证据与现场记录"), self)
        heading.setObjectName("pageHeading")
        self.browser = EvidenceBrowser(ctx, self)
        self.records = FieldRecordsPanel(ctx, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.browser, self.tr("证据文件"))
        self.tabs.addTab(self.records, self.tr("现场记录（访谈 / 实地勘察 / 资料核查）"))
        lay = QVBoxLayout(self)
        lay.addWidget(heading)
        lay.addWidget(self.tabs, 1)
        ctx.fileOpened.connect(self.refresh_when_shown)
        ctx.fileClosed.connect(self.refresh_when_shown)
        ctx.dataChanged.connect(self._on_data)
        if ctx.store is not None:
            self.refresh()

    def page_title(self) -> str:
        return self.tr("证据")

    def _on_data(self, kind: str) -> None:
        if kind in (EVIDENCE, FINDINGS, ALL, "framework"):
            self.refresh_when_shown()

    def refresh(self) -> None:
        self.browser.refresh()
        self.records.refresh()
