"""The home screen (recent files, new, open, the sample) and the new-evaluation dialog."""
from __future__ import annotations

import json
import os
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.paths import data_dir
from services.appinfo import VERSION
from services.core.errors import EditRefused
from services.evaluation import assessments
from services.frameworks import catalog
from ui import theme
from ui.i18n import message_text, translator

RECENT_FILE = "recent.json"
RECENT_KEEP = 12


tr = translator("")


# ── recent files (a small JSON in the data folder) ──────────────────────────
def recent_files() -> list[dict]:
    try:
        data = json.loads((data_dir() / RECENT_FILE).read_text(encoding="utf-8"))
        return [r for r in data if isinstance(r, dict) and r.get("path")]
    except (OSError, ValueError):
        return []


def add_recent(path: Path | str, name: str = "") -> None:
    path = str(Path(path).resolve())
    rows = [r for r in recent_files() if r["path"] != path]
    rows.insert(0, {"path": path, "name": name, "opened": datetime.now().strftime("%Y-%m-%d %H:%M")})
    target = data_dir() / RECENT_FILE
    tmp = target.with_suffix(".tmp")
    try:
        tmp.write_text(json.dumps(rows[:RECENT_KEEP], ensure_ascii=False, indent=1), encoding="utf-8")
        os.replace(tmp, target)
    except OSError:
        pass  # a read-only profile only loses the recent list


class HomeScreen(QWidget):
    openRequested = Signal(str)
    newRequested = Signal()
    browseRequested = Signal()
    sampleRequested = Signal()

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.setObjectName("home")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(*theme.HOME_MARGINS)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        content = QWidget()
        content.setMaximumWidth(1060)
        content.setMinimumWidth(820)
        col = QVBoxLayout(content)
        col.setContentsMargins(*theme.FLUSH)
        col.setSpacing(theme.SPACE_XL)
        head = QHBoxLayout()
        head.setSpacing(theme.SPACE_XL)
        icon = QLabel()

        icon.setPixmap(theme.app_icon().pixmap(64, 64))
        head.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        titles = QVBoxLayout()
        titles.setSpacing(theme.SPACE_S)
        title = QLabel(tr("绩效评价现场工作台"))
        title.setObjectName("homeTitle")
        titles.addWidget(title)
        sub = QLabel(tr("财政支出绩效评价：逐项评分、问题清单、佐证材料与报告，全部离线、即时保存。") + f"  v{VERSION}")
        sub.setObjectName("muted")
        sub.setWordWrap(True)
        titles.addWidget(sub)
        head.addLayout(titles, 1)
        col.addLayout(head)
        body = QHBoxLayout()
        body.setSpacing(theme.SPACE_XXL)
        actions = QVBoxLayout()
        actions.setSpacing(theme.SPACE_L)
        for text, desc, sig, name in (
                (tr("新建评价…"), tr("选择指标体系，填写项目基本情况"), self.newRequested, "homeAction"),
                (tr("打开评价文件…"), tr("继续一个已有的评价（.fev 文件）"), self.browseRequested, "homeAction"),
                (tr("打开示例评价（数字衡阳 2024）"), tr("一份完整的评价：总分 78.8，较差"), self.sampleRequested, "homeAction")):
            b = QPushButton(f"{text}\n{desc}")
            b.setObjectName(name)
            b.setMinimumHeight(62)
            b.setMinimumWidth(300)
            b.clicked.connect(sig.emit)
            actions.addWidget(b)
        actions.addStretch(1)
        body.addLayout(actions)
        recent_col = QVBoxLayout()
        recent_col.setSpacing(theme.SPACE_M)
        head2 = QLabel(tr("最近打开"))
        head2.setObjectName("sectionTitle")
        recent_col.addWidget(head2)
        self.recent = QListWidget()
        self.recent.setObjectName("recentList")
        self.recent.setMinimumHeight(300)
        # a long path is shortened in its middle (the full one is the tooltip), never scrolled sideways
        self.recent.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.recent.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.recent.itemActivated.connect(lambda it: self.openRequested.emit(it.data(Qt.ItemDataRole.UserRole)))
        recent_col.addWidget(self.recent, 1)
        self.empty = QLabel(tr("还没有打开过评价文件。可以先打开示例评价看看。"))
        self.empty.setObjectName("emptyRecent")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setMinimumHeight(300)
        recent_col.addWidget(self.empty, 1)
        body.addLayout(recent_col, 1)
        col.addLayout(body)
        row.addWidget(content, 10)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.reload()

    def reload(self) -> None:
        self.recent.clear()
        rows = recent_files()
        for r in rows:
            p = Path(r["path"])
            exists = p.exists()
            name = r.get("name") or p.stem
            opened = tr("上次打开 %1").replace("%1", str(r.get("opened", "")))
            if not exists:
                name += tr("  ·  文件已不在原处")
            text = f"{name}\n{opened}  ·  {p}"  # the path last: shortened in its middle, the file name stays
            it = QListWidgetItem(text)
            it.setData(Qt.ItemDataRole.UserRole, str(p))
            it.setToolTip(str(p))
            if not exists:
                it.setFlags(it.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.recent.addItem(it)
        self.recent.setVisible(bool(rows))
        self.empty.setVisible(not rows)


def _file_stem(name: str) -> str:
    """A project name as a file name: characters no file system accepts become "_"."""
    cleaned = "".join("_" if ch in '\\/:*?"<>|' or ord(ch) < 32 else ch for ch in name.strip())
    return cleaned.strip(". ")[:80]


class NewEvaluationDialog(QDialog):
    """Pick a framework, fill the project facts, choose where the file goes; creates it on OK."""

    FIELDS = (("name", QT_TRANSLATE_NOOP("", "评价项目名称")), ("evaluated_unit", QT_TRANSLATE_NOOP("", "被评价单位")),
              ("department", QT_TRANSLATE_NOOP("", "主管部门")), ("commissioner", QT_TRANSLATE_NOOP("", "委托方")),
              ("agency", QT_TRANSLATE_NOOP("", "评价机构")), ("year", QT_TRANSLATE_NOOP("", "年度")),
              ("fund_total", QT_TRANSLATE_NOOP("", "资金总额（万元）")))

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("新建评价"))
        self.setMinimumWidth(600)
        self.store = None
        form = QFormLayout(self)
        self.framework = QComboBox()
        for info in catalog.list_frameworks():
            kind = tr("内置") if info.builtin else tr("自定义")
            label = tr("%1（%2，%3 个末级指标）").replace("%3", str(info.leaves)).replace("%2", kind)
            self.framework.addItem(label.replace("%1", info.name), str(info.path))
        form.addRow(tr("指标体系"), self.framework)
        self.edits: dict[str, QLineEdit] = {}
        for key, label in self.FIELDS:
            e = QLineEdit()
            if key == "year":
                e.setText(str(datetime.now().year - 1))
            self.edits[key] = e
            form.addRow(tr(label), e)
        path_row = QHBoxLayout()
        self.path = QLineEdit()
        self.path.setPlaceholderText(tr("评价文件保存位置（.fev）"))
        self._suggested = ""  # while the path is the one suggested (or empty), it follows the project name
        self.edits["name"].textChanged.connect(self._suggest_path)
        browse = QPushButton(tr("选择…"))
        browse.setAutoDefault(False)
        browse.clicked.connect(self._browse)
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        form.addRow(tr("保存为"), path_row)
        self.error = QLabel("")
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("创建"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def suggested_path(self) -> Path:
        """文档/FieldEval/<项目名称>.fev (a number added if that file exists), or the folder last used."""
        from services.settings import last_folder
        from ui.widgets import documents_folder

        name = _file_stem(self.edits["name"].text()) or tr("新评价")
        folder = last_folder("evaluation") or documents_folder() / "FieldEval"
        target, n = folder / f"{name}.fev", 2
        while target.exists():
            target, n = folder / f"{name}（{n}）.fev", n + 1
        return target

    def _suggest_path(self) -> None:
        if self.path.text().strip() in ("", self._suggested):
            self._suggested = str(self.suggested_path()) if self.edits["name"].text().strip() else ""
            self.path.setText(self._suggested)

    def _browse(self) -> None:
        from ui.widgets import save_file_name

        current = self.path.text().strip()
        path = save_file_name(self, "evaluation", tr("保存评价文件"), current or self.suggested_path(),
                              tr("评价文件 (*.fev)"))
        if path:
            self.path.setText(path if path.endswith(".fev") else path + ".fev")

    def _fail(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def accept(self) -> None:
        info = {k: e.text().strip() for k, e in self.edits.items() if e.text().strip()}
        if not info.get("name"):
            self._fail(tr("请填写评价项目名称"))
            return
        if not self.path.text().strip():
            self._browse()
            if not self.path.text().strip():
                return
        path = Path(self.path.text().strip())
        if path.exists():
            self._fail(tr("该位置已有文件，请换一个文件名"))
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)  # 文档/FieldEval on the first evaluation
        except OSError as exc:
            self._fail(tr("无法创建文件夹：%1").replace("%1", str(exc.strerror or exc)))
            return
        try:
            fw = catalog.read_file(self.framework.currentData())
            self.store = assessments.create(path, fw, info)
            from services.settings import remember_folder

            remember_folder("evaluation", path)
        except (catalog.FrameworkError, EditRefused) as exc:
            self._fail(message_text(exc))
            return
        except Exception as exc:
            self._fail(tr("无法创建评价文件：%1").replace("%1", message_text(exc)))
            return
        super().accept()
