"""Application start-up: Qt application, fonts, style, translations, error hook, first window.

    python main.py                 home screen
    python main.py FILE.fev        that file
    python main.py --sample        a fresh copy of the sample evaluation (数字衡阳 2024)
"""
from __future__ import annotations

import argparse
import gc
import os
import sys
import time
import traceback
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QMessageBox

from models.paths import data_dir
from services.appinfo import APP_NAME, VERSION
from ui.i18n import install_translations
from ui.theme import FONT_FAMILIES, STYLE, app_icon

STARTED = time.perf_counter()


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


def collect_garbage_on_gui_thread(app: QCoreApplication) -> None:
    """Python's cycle collector, run by a timer on the GUI thread instead of wherever it happens to trigger.

    Left automatic, a collection can start on a worker thread (an integrity check, an export) and delete
    Qt objects owned by the GUI thread there, which crashes the process. The counts and thresholds are
    Python's own; only the thread changes.
    """
    if getattr(app, "_collector", None) is not None:
        return
    thresholds = gc.get_threshold()

    def collect() -> None:
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > thresholds[generation]:
                gc.collect(generation)
                return

    gc.disable()
    timer = QTimer(app)
    timer.setInterval(500)
    timer.timeout.connect(collect)
    timer.start()
    app._collector = timer  # type: ignore[attr-defined]


def make_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication([sys.argv[0]] + list(argv or []))
    collect_garbage_on_gui_thread(app)
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
    from ui.shell import single_instance

    server = single_instance.claim(single_instance.request_for(args.file, args.sample))
    if server is None:
        return 0  # the window already open took the request (raised, file opened)
    app._translators = install_translations(app)  # keep references alive
    sys.excepthook = excepthook
    from services.settings import load as load_settings
    from ui.shell.context import AppContext
    from ui.shell.main_window import MainWindow

    named = args.user or os.environ.get("FIELDEVAL_USER", "")
    ctx = AppContext(actor=named or load_settings().name or os.environ.get("USER", ""))
    ctx.actor_from_settings = not named
    window = MainWindow(ctx)
    window.restore_layout()  # size and tree width of the last session
    from ui.shell.startup_probe import after_first_paint, arm

    arm(window)  # benchmarks only: quit after the first paint (FIELDEVAL_QUIT_AFTER_PAINT)
    window.show()
    if args.sample:
        window.open_sample()
    elif args.file:
        window.open_file(args.file)
    # first start: 姓名, 单位, 角色 (once answered, never again), over the painted window, not before it
    after_first_paint(window, window.ask_who_is_working)
    server.attach(lambda request: single_instance.serve(window, request))
    app.aboutToQuit.connect(server.close)
    if os.environ.get("FIELDEVAL_TIMING"):
        print(f"FieldEval: window ready in {time.perf_counter() - STARTED:.2f}s (since ui.app import)", file=sys.stderr)

    def delete_window() -> None:
        # delete the window when the program quits, while Python is whole: left to interpreter exit,
        # Qt objects go in any order, which can crash the process after every edit was saved
        ctx.pool.waitForDone(30000)
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    app.aboutToQuit.connect(delete_window)
    return app.exec()
