"""Application start-up: Qt application, fonts, style, translations, error hook, first window.

    python main.py                 home screen
    python main.py FILE.fev        that file
    python main.py --sample        a fresh copy of the sample evaluation (数字衡阳 2024)
"""
from __future__ import annotations

import argparse
import os
import sys
import time
import traceback
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from models.paths import data_dir, resource_path
from services.appinfo import APP_NAME, VERSION

STARTED = time.perf_counter()
LANGUAGES = {"zh_CN": "简体中文", "en": "English"}
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


def language() -> str:
    """The interface language from the evaluator's settings (services/settings.py): zh_CN or en."""
    from services import settings as user_settings

    return user_settings.load().language


def set_language(code: str) -> None:
    from services import settings as user_settings

    user_settings.update(language=code if code in LANGUAGES else "zh_CN")


def install_translations(app: QApplication, code: str | None = None) -> list[QTranslator]:
    """Our English translation when chosen; Qt's own dialogs in Chinese (qtbase_zh_CN) otherwise."""
    code = code or language()
    translators = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if code == "en":
        t = QTranslator(app)
        if t.load(str(resource_path("translations", "fieldeval_en.qm"))):
            translators.append(t)
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    else:
        t = QTranslator(app)
        if t.load("qtbase_zh_CN", qt_dir):
            translators.append(t)
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    for t in translators:
        app.installTranslator(t)
    return translators


def log_path() -> Path:
    return data_dir() / "fieldeval.log"


_shown = {"open": False, "last": None, "at": 0.0}


def excepthook(exc_type, exc, tb) -> None:
    """An unexpected error: the details go to the log file, the evaluator gets a clear message."""
    try:
        with open(log_path(), "a", encoding="utf-8") as fh:
            fh.write(f"\n[{datetime.now().isoformat(timespec='seconds')}] {APP_NAME} {VERSION}\n")
            fh.write("".join(traceback.format_exception(exc_type, exc, tb)))
    except OSError:
        pass
    traceback.print_exception(exc_type, exc, tb)
    if QApplication.instance() is None or _shown["open"]:
        return  # one message at a time (an error while painting would otherwise repeat forever)
    key = (exc_type.__name__, str(exc))
    if key == _shown["last"] and time.monotonic() - _shown["at"] < 10:
        return
    _shown.update(open=True, last=key, at=time.monotonic())
    text = QApplication.translate("App", "程序遇到一个意外问题：%1\n\n"
                                  "已保存的内容不受影响（每次修改都已即时写入评价文件）。"
                                  "刚才的操作可能没有完成，请检查后重试。\n详细信息已记入：%2")
    try:
        QMessageBox.warning(None, QApplication.translate("App", "意外问题"),
                            text.replace("%1", str(exc) or exc_type.__name__).replace("%2", str(log_path())))
    finally:
        _shown["open"] = False


def fresh_sample() -> Path:
    """Write a new copy of the sample evaluation into the data folder; returns its path."""
    from services.sample import write_sample

    folder = data_dir() / "samples"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"数字衡阳2024-示例-{datetime.now():%Y%m%d-%H%M%S}.fev"
    n = 1
    while path.exists():
        n += 1
        path = folder / f"数字衡阳2024-示例-{datetime.now():%Y%m%d-%H%M%S}-{n}.fev"
    write_sample(path).close()
    return path


def app_icon() -> QIcon:
    return QIcon(str(resource_path("icons", "fieldeval.svg")))


def make_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication([sys.argv[0]] + list(argv or []))
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(VERSION)
    app.setOrganizationName(APP_NAME)
    app.setStyle("Fusion")
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSizeF(10)
    app.setFont(font)
    app.setStyleSheet(STYLE)
    app.setWindowIcon(app_icon())
    return app


def parse(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="fieldeval")
    p.add_argument("file", nargs="?", type=Path)
    p.add_argument("--sample", action="store_true")
    p.add_argument("--user", default="")
    args, _unknown = p.parse_known_args(argv)
    return args


def run(argv: list[str]) -> int:
    args = parse(argv)
    app = make_app(argv)
    app._translators = install_translations(app)  # keep references alive
    sys.excepthook = excepthook
    from .context import AppContext
    from .main_window import MainWindow

    from services.settings import load as load_settings

    ctx = AppContext(actor=args.user or os.environ.get("FIELDEVAL_USER", "") or load_settings().name
                     or os.environ.get("USER", ""))
    window = MainWindow(ctx)
    window.restore_layout()  # size and tree width of the last session
    from .startup_probe import arm

    arm(window)  # benchmarks only: quit after the first paint (FIELDEVAL_QUIT_AFTER_PAINT)
    window.show()
    if args.sample:
        window.open_sample()
    elif args.file:
        window.open_file(args.file)
    if os.environ.get("FIELDEVAL_TIMING"):
        print(f"FieldEval: window ready in {time.perf_counter() - STARTED:.2f}s (since ui.app import)", file=sys.stderr)
    return app.exec()
