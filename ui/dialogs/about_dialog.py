"""About FieldEval (关于): name, version (services/appinfo.py, the one place it is written), the
libraries it stands on, and where the evaluator's own files are kept."""
from __future__ import annotations

import platform
import sys

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from models.paths import data_dir, resource_path
from services.appinfo import APP_NAME, VERSION


def version_text() -> str:
    return f"{APP_NAME} {VERSION}"


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("关于"))
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        icon = QLabel()
        pix = QPixmap(str(resource_path("icons", "fieldeval.png")))
        if not pix.isNull():
            icon.setPixmap(pix.scaled(72, 72, Qt.AspectRatioMode.KeepAspectRatio,
                                      Qt.TransformationMode.SmoothTransformation))
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        text = QVBoxLayout()
        name = self.tr("绩效评价现场工作台")  # APP_NAME_ZH in the interface language
        title = QLabel(f"<b style='font-size:15pt'>{name}</b>")
        self.version = QLabel(self.tr("版本 %1").replace("%1", version_text()))
        self.version.setObjectName("version")
        self.version.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        blurb = QLabel(self.tr("财政支出绩效评价现场工作台：离线评分、问题清单、证据与报告。\n"
                               "每一次修改都即时保存在评价文件中。"))
        blurb.setWordWrap(True)
        frozen = self.tr("（安装版）") if getattr(sys, "frozen", False) else ""
        details = QLabel(self.tr("Python %1 · Qt %2 · PySide6 %3 · %4").replace("%1", platform.python_version())
                         .replace("%2", qVersion()).replace("%3", pyside_version)
                         .replace("%4", platform.system()) + frozen)
        details.setObjectName("muted")
        where = QLabel(self.tr("个人设置与备份保存在：%1").replace("%1", str(data_dir())))
        where.setObjectName("muted")
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for w in (title, self.version, blurb, details, where):
            text.addWidget(w)
        top.addLayout(text, 1)
        outer.addLayout(top)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        outer.addWidget(buttons)
        self.setMinimumWidth(440)
