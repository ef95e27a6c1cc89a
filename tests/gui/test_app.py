"""Start-up paths, the home screen, the new-evaluation dialog, and the error hook."""
from __future__ import annotations

import json
import sys

from PySide6.QtWidgets import QApplication, QMessageBox

from services.evaluation import assessments


def test_run_with_sample_opens_a_fresh_copy(qapp, data_dir, monkeypatch):
    from ui.shell import app as app_module

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(QApplication, "exec", lambda self: 0)
    from services import settings as user_settings

    user_settings.update(name="测试员")  # answered: the first-start question does not come up
    assert app_module.run(["--sample", "--user", "测试员"]) == 0
    copies = list((data_dir / "samples").glob("*.fev"))
    assert len(copies) == 1
    recent = json.loads((data_dir / "recent.json").read_text(encoding="utf-8"))
    assert recent[0]["path"] == str(copies[0].resolve()) and "数字衡阳" in recent[0]["name"]
    windows = [w for w in QApplication.topLevelWidgets() if w.__class__.__name__ == "MainWindow"
               and w.ctx.store is not None and w.ctx.store.path == copies[0]]
    assert len(windows) == 1 and windows[0].scoreboard.total.text() == "78.8"
    for w in windows:
        w.close()
        w.ctx.pool.waitForDone(30000)
        w.deleteLater()  # now, not at the end of the session: a half-closed window outliving its test
    from PySide6.QtCore import QCoreApplication, QEvent  # could be repolished by the next test's make_app

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_home_lists_recent_and_new_evaluation_dialog(window, tmp_path, qtbot):
    from ui.shell.home import NewEvaluationDialog

    assert window.stack.currentWidget() is window.home
    dlg = NewEvaluationDialog(window)
    qtbot.addWidget(dlg)
    dlg.framework.setCurrentIndex(dlg.framework.findText("数字衡阳", flags=__import__("PySide6.QtCore").QtCore.Qt.MatchFlag.MatchContains))
    dlg.edits["year"].setText("二〇二四")
    dlg.path.setText(str(tmp_path / "new.fev"))
    dlg.accept()
    assert "名称" in dlg.error.text() and not (tmp_path / "new.fev").exists()
    dlg.edits["name"].insert("测试项目")
    dlg.accept()
    assert "年度" in dlg.error.text() and not (tmp_path / "new.fev").exists()
    dlg.edits["year"].setText("2024")
    dlg.accept()
    assert dlg.store is not None and (tmp_path / "new.fev").exists()
    window._set_store(dlg.store)
    assert window.stack.currentWidget() is window.workspace
    assert window.scoreboard.progress.text() == "已评分 0 / 27"
    window.close_file()
    assert window.stack.currentWidget() is window.home
    assert window.home.recent.count() == 1 and "测试项目" in window.home.recent.item(0).text()
    store = assessments.open_evaluation(tmp_path / "new.fev")
    assert assessments.get_info(store).year == 2024
    store.close()


def test_home_recent_list_shortens_a_long_path_in_its_middle(window, tmp_path):
    """A deep folder does not push the list sideways: the path is shortened in its middle (the file name
    stays in view), the full path is the tooltip, and a file no longer there says so on its name line."""
    from ui.shell import home

    deep = tmp_path.joinpath(*(["2026年度项目支出绩效评价资料"] * 8))
    deep.mkdir(parents=True)
    kept = deep / "高标准农田建设项目绩效评价-第二轮复核.fev"
    kept.write_bytes(b"")
    home.add_recent(kept, "高标准农田")
    home.add_recent(tmp_path / "gone.fev", "已移走")
    window.home.resize(900, 600)
    window.home.reload()
    lst = window.home.recent
    assert lst.count() == 2
    gone, there = lst.item(0), lst.item(1)
    assert there.toolTip() == str(kept) and there.text().endswith(str(kept))
    assert there.text().splitlines()[0] == "高标准农田"
    assert gone.text().splitlines()[0].endswith("文件已不在原处")
    assert lst.horizontalScrollBar().maximum() == 0 or not lst.horizontalScrollBar().isVisible()
    assert lst.horizontalScrollBarPolicy().name == "ScrollBarAlwaysOff"
    assert lst.textElideMode().name == "ElideMiddle"


def test_unexpected_error_is_a_message_not_a_traceback(qapp, data_dir, monkeypatch):
    from ui.shell.app import excepthook

    shown = {}
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.update(title=title, text=text))
    try:
        raise RuntimeError("磁盘已满")
    except RuntimeError:
        excepthook(*sys.exc_info())
    assert shown["title"] == "意外问题" and "磁盘已满" in shown["text"] and "Traceback" not in shown["text"]
    assert "Traceback" in (data_dir / "fieldeval.log").read_text(encoding="utf-8")
    shown.clear()
    try:
        raise RuntimeError("磁盘已满")
    except RuntimeError:
        excepthook(*sys.exc_info())  # the same error again at once (e.g. while painting): not shown twice
    assert shown == {}


def test_open_refuses_a_non_evaluation_file(window, tmp_path, monkeypatch):
    bad = tmp_path / "x.fev"
    bad.write_text("not a database", encoding="utf-8")
    shown, offered = {}, []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.update(text=text))
    monkeypatch.setattr("ui.dialogs.backup_dialog.offer_recovery", lambda parent, path, *a, **k: offered.append(path) and False)
    assert not window.open_file(bad)
    assert "不是 FieldEval 评价文件" in shown["text"]
    assert window.stack.currentWidget() is window.home


def test_english_translation_loads(qapp):
    from PySide6.QtCore import QCoreApplication

    from ui.i18n import install_translations

    translators = install_translations(qapp, "en")
    try:
        assert translators
        assert QCoreApplication.translate("MainWindow", "撤销") == "Undo"
        assert QCoreApplication.translate("", "满足") == "Met"
    finally:
        for t in translators:
            qapp.removeTranslator(t)
    assert QCoreApplication.translate("MainWindow", "撤销") == "撤销"


def test_qt_own_dialogs_speak_chinese(qapp):
    from PySide6.QtCore import QCoreApplication

    from ui.i18n import install_translations

    translators = install_translations(qapp, "zh_CN")
    try:
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
    finally:
        for t in translators:
            qapp.removeTranslator(t)


def test_main_py_with_a_file_opens_it(qapp, sample_path, monkeypatch):
    import main

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(QApplication, "exec", lambda self: 0)
    assert main.main([str(sample_path)]) == 0
    windows = [w for w in QApplication.topLevelWidgets() if w.__class__.__name__ == "MainWindow"
               and w.ctx.store is not None and w.ctx.store.path == sample_path]
    assert len(windows) == 1 and windows[0].scoreboard.grade.text() == "较差"
    windows[0].close()


def test_window_size_and_tree_width_are_remembered(qapp, data_dir, qtbot):
    from ui.shell.context import AppContext
    from ui.shell.main_window import MainWindow

    w = MainWindow(AppContext())
    w.resize(1200, 700)
    w.show()
    w.stack.setCurrentWidget(w.workspace)
    qtbot.wait(10)
    w.walk.splitter.setSizes([420, 700])
    qtbot.wait(10)
    w.close()
    again = MainWindow(AppContext())
    again.restore_layout()
    again.show()
    again.stack.setCurrentWidget(again.workspace)  # the walk page appears (as when a file opens)
    qtbot.wait(20)
    saved = json.loads((data_dir / "window.json").read_text(encoding="utf-8"))
    assert saved["geometry"] and saved["tree_width"] == 420
    assert abs(again.walk.splitter.sizes()[0] - saved["tree_width"]) <= 2
    again.close()


def test_a_dialog_closed_is_deleted_not_kept_hidden_below_the_window(window, tiny_path, qtbot):
    """A modal dialog opened from the window's menus and closed is gone once the event loop is back, not kept below
    its parent, hidden, for the rest of the session (each use one more, each walked by every application-wide
    change: the language, the style, the read-only look)."""
    import shiboken6
    from PySide6.QtCore import QCoreApplication, QEvent, QTimer
    from PySide6.QtWidgets import QApplication, QMenu

    from tests.gui.conftest import import_from_excel_menu

    seen = []

    def close_it():
        d = QApplication.activeModalWidget()
        seen.append(d)
        d.reject()

    about = next(a for m in window.menuBar().findChildren(QMenu) for a in m.actions() if a.text() == "关于")
    QTimer.singleShot(0, close_it)
    about.trigger()
    window.open_file(tiny_path)
    import_from_excel_menu(window, lambda d: (seen.append(d), d.reject()))
    assert [type(d).__name__ for d in seen] == ["AboutDialog", "ImportDialog"]
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert [shiboken6.isValid(d) for d in seen] == [False, False]


FIRST_START = r"""
import sys
sys.path.insert(0, {root!r})
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
import ui.shell.main_window as mw

painted, asked = [], []


class Paints(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not painted:
            painted.append(True)
        return False


original = mw.MainWindow.__init__


def init(self, *args, **kwargs):
    original(self, *args, **kwargs)
    self.installEventFilter(Paints(self))


def ask(self):
    asked.append(bool(painted))
    QApplication.quit()


mw.MainWindow.__init__ = init
mw.MainWindow.ask_who_is_working = ask
from ui.shell.app import run

QTimer.singleShot(20000, QApplication.quit)
run([])
print("asked-after-paint", asked)
"""


def test_the_first_start_question_comes_over_the_painted_window(tmp_path):
    """At the first start the window is painted first, then 姓名/单位/角色 are asked: the settings dialog,
    built before the first paint, delayed the window itself by some 0.3 s (benchmarks/bench_startup.py)."""
    import os
    import subprocess
    from pathlib import Path

    root = str(Path(__file__).resolve().parents[2])
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", FIELDEVAL_DATA_DIR=str(tmp_path / "data"))
    env.pop("FIELDEVAL_USER", None)
    script = tmp_path / "first_start.py"
    script.write_text(FIRST_START.format(root=root), encoding="utf-8")
    out = subprocess.run([sys.executable, str(script)], env=env, capture_output=True, text=True, timeout=120)
    assert "asked-after-paint [True]" in out.stdout, out.stdout + out.stderr[-2000:]
