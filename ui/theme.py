"""The window's look in one place: font families, colours, spacing, the style sheet and the icon."""
from __future__ import annotations

from PySide6.QtGui import QIcon

from models.paths import resource_path

FONT_FAMILIES = ["WenQuanYi Micro Hei", "Microsoft YaHei", "Microsoft YaHei UI", "PingFang SC", "Noto Sans CJK SC",
                 "Source Han Sans SC", "WenQuanYi Zen Hei", "SimHei"]

STYLE = """
QMainWindow, #home { background: #f4f6f9; }
QLabel#muted { color: #6b7480; }
QLabel#error { color: #b03a2e; }
QLabel#flag { color: #b03a2e; font-weight: bold; }
QLabel#ok { color: #2e7d4f; }
QLabel#bound { color: #2f6fb0; }
QLabel#saved { color: #2e7d4f; padding: 0 8px; }
QLabel#homeTitle { font-size: 22pt; font-weight: bold; color: #1f3552; }
QLabel#sectionTitle { font-weight: bold; color: #1f3552; font-size: 10.5pt; }
QLabel#breadcrumb { color: #6b7480; }
QLabel#indicatorTitle { font-size: 14pt; font-weight: bold; color: #1f2a37; }
QLabel#bigScore { font-size: 15pt; font-weight: bold; color: #1f3552; padding-left: 12px; }
QLabel#chip { background: #e8edf4; color: #39414d; border-radius: 9px; padding: 2px 10px; }
QLabel#fieldName { color: #4a5563; font-weight: bold; }
QLabel#itemTitle { font-weight: bold; }
QLabel#itemScore { font-weight: bold; color: #1f3552; }
QLabel#calc, QLabel#calcTotal { color: #39506b; }
QLabel#calcTotal { font-weight: bold; }
QFrame#criteria { background: #f7f9fb; border: 1px solid #e1e6ec; border-radius: 6px; }
QFrame#section { background: #ffffff; border: 1px solid #e1e6ec; border-radius: 6px; }
QFrame#itemEditor { background: #fbfcfd; border: 1px solid #e6eaef; border-radius: 5px; }
QWidget#panelContent { background: #f4f6f9; }
QFrame#navBar { background: #ffffff; border-top: 1px solid #dfe4ea; }
QFrame#scoreboard { background: #ffffff; border-bottom: 1px solid #dfe4ea; }
QLabel#total { font-size: 20pt; font-weight: bold; color: #1f3552; }
QLabel#grade { color: white; border-radius: 4px; padding: 1px 8px; margin-left: 6px; font-weight: bold; font-size: 11pt; }
QLabel#progress { font-size: 12pt; font-weight: bold; color: #39414d; }
QLabel#distance { font-weight: bold; color: #1f3552; }
QLabel#openJudgements { color: #b35c00; text-decoration: underline; }
QListWidget#pageNav { background: #24384f; color: #dce4ee; border: none; padding-top: 6px; font-size: 10.5pt; }
QListWidget#pageNav::item { padding-left: 14px; }
QListWidget#pageNav::item:selected { background: #3b5676; color: white; border-left: 3px solid #7fb2ea; }
QWidget#treePane { background: #ffffff; }
QTreeView { border: 1px solid #e1e6ec; selection-background-color: #d6e6f7; selection-color: #1f2a37; }
QTreeView::item { padding: 3px 0; }
QPushButton { padding: 5px 12px; border: 1px solid #c5cdd6; border-radius: 4px; background: #ffffff; }
QPushButton:hover { background: #eef3f8; }
QPushButton:focus { border: 1px solid #2f6fb0; }
QPushButton#primary { background: #2f6fb0; color: white; border-color: #2f6fb0; }
QPushButton#primary:hover { background: #285f98; }
QPushButton:disabled, QPushButton#primary:disabled { color: #a0a8b2; background: #f2f4f6; border-color: #d5dbe2; }
QLineEdit, QPlainTextEdit, QComboBox { border: 1px solid #c5cdd6; border-radius: 3px; padding: 3px 5px; background: white; }
QLineEdit:focus, QPlainTextEdit:focus, QComboBox:focus { border: 1px solid #2f6fb0; }
QListWidget#recentList { background: white; border: 1px solid #e1e6ec; border-radius: 6px; }
QLabel#emptyRecent { background: white; border: 1px dashed #c5cdd6; border-radius: 6px; color: #6b7480; }
QPushButton#homeAction { text-align: left; padding: 10px 16px; border-radius: 6px; font-size: 10.5pt; }
QPushButton#homeAction:hover { border-color: #2f6fb0; background: #f3f8fd; }
QListWidget#recentList::item { padding: 8px; border-bottom: 1px solid #eef1f4; }
QListWidget#compactList { background: white; border: 1px solid #e6eaef; }
QRadioButton:focus { color: #2f6fb0; }
"""


def app_icon() -> QIcon:
    return QIcon(str(resource_path("icons", "fieldeval.svg")))
