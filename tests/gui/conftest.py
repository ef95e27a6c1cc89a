"""GUI fixtures: the real main window, offscreen, on a fresh evaluation file per test."""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

TINY = {
    "format": "fieldeval-framework/1", "id": "tiny-test", "name": "小型测试指标体系", "total": "10",
    "grade_scheme": "national",
    "nodes": [
        {"code": "1", "name": "决策", "weight": "4", "children": [
            {"code": "1.1", "name": "项目立项", "weight": "4", "children": [
                {"code": "1.1.1", "name": "立项依据充分性", "weight": "2", "items": [
                    {"key": "a", "label": "立项依据", "max": "2", "type": "checklist", "params": {"points": [
                        {"key": "p1", "label": "①符合法规政策", "max": "1"},
                        {"key": "p2", "label": "②与同类支出不重复", "max": "1"}]}}]},
                {"code": "1.1.2", "name": "立项程序规范性", "weight": "2", "items": [
                    {"key": "a", "label": "程序不规范", "max": "2", "type": "deduction", "params": {"per": "0.5"}}]}]}]},
        {"code": "2", "name": "过程", "weight": "6", "children": [
            {"code": "2.1", "name": "资金管理", "weight": "6", "children": [
                {"code": "2.1.1", "name": "预算执行率", "weight": "3", "items": [
                    {"key": "a", "label": "预算执行率", "max": "3", "type": "threshold",
                     "params": {"full_at": "90", "deduct": "0.5", "input": "ratio",
                                "numerator_label": "实际支出", "denominator_label": "到位资金"}}]},
                {"code": "2.1.2", "name": "资金指标文", "weight": "1", "items": [
                    {"key": "a", "label": "指标文", "max": "1", "type": "all_or_nothing",
                     "params": {"condition": "下达资金指标文"}}]},
                {"code": "2.1.3", "name": "效益实现", "weight": "2", "items": [
                    {"key": "a", "label": "效益", "max": "2", "type": "judgement", "params": {}}]}]}]},
    ],
}

#: run with ``python -c HOLD ROOT FILE``: holds FILE open as a window does (prints "ready"), until a
#: line arrives on its stdin
HOLD = r"""
import sys
sys.path.insert(0, sys.argv[1])
from models.store import open_store
store = open_store(sys.argv[2], actor="第一个窗口")
print("ready", flush=True)
sys.stdin.readline()
store.close()
"""


@pytest.fixture(scope="session")
def tiny_master(tmp_path_factory) -> Path:
    """A blank evaluation on TINY, created once; tests work on copies."""
    from services.evaluation import assessments
    from services.frameworks import catalog

    folder = tmp_path_factory.mktemp("tiny")
    src = folder / "tiny.json"
    src.write_text(json.dumps(TINY, ensure_ascii=False), encoding="utf-8")
    path = folder / "tiny.fev"
    store = assessments.create(path, catalog.read_file(src), {"name": "测试评价"})
    # its 预算执行率 is typed in the indicator in these tests (kept typed by hand, as 改为手填 leaves
    # it): the window does not bind it to the 资金 page on opening (test_figures_typed_once_gui does)
    from services.fieldwork.bindings import set_typed_by_hand

    set_typed_by_hand(store, assessments.indicator_ids(store)["2.1.1"], "a", True)
    store.close()
    return path


@pytest.fixture
def tiny_path(tiny_master, tmp_path) -> Path:
    target = tmp_path / "tiny.fev"
    shutil.copyfile(tiny_master, target)
    return target


@pytest.fixture(scope="session")
def _main_window(qapp, tmp_path_factory):
    """One main window for the whole session (building every page once); tests open their own files."""
    from ui.shell.app import make_app
    from ui.shell.context import AppContext
    from ui.shell.main_window import MainWindow

    make_app([])
    w = MainWindow(AppContext(actor="测试员"))
    w.resize(1366, 768)
    w.show()
    yield w
    # closing writes window.json: into a test folder, never the user's profile
    os.environ["FIELDEVAL_DATA_DIR"] = str(tmp_path_factory.mktemp("window-data"))
    w.close()
    # delete the window and everything it made now, while Python is whole: left to the end of the
    # interpreter, Qt objects are deleted in any order, which can crash the process after the tests
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    w.ctx.pool.waitForDone(30000)
    for top in QApplication.topLevelWidgets():
        top.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


@pytest.fixture
def window(_main_window, qtbot):
    """The main window on the home screen, nothing open, empty undo stack, filters cleared."""
    w = _main_window
    w.close_file()
    w.ctx.undo_stack.clear()
    w.walk.filter.setCurrentIndex(0)
    w.walk.search.clear()
    w.activateWindow()
    qtbot.waitExposed(w)
    yield w
    w.close_file()
    w.ctx.undo_stack.clear()


def import_from_excel_menu(window, walk) -> None:
    """The import wizard opened as the evaluator opens it — 指标体系 page, Excel, 从 Excel 导入指标体系… — and walked by
    ``walk(dialog)``; what ``walk`` raised is raised here, once the wizard's event loop has returned."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QToolButton

    window.show_page("FrameworkEditorPage")
    editor = window.page_widgets["FrameworkEditorPage"]
    excel_menu = next(b for b in editor.findChildren(QToolButton) if b.text() == "Excel").menu()
    failed: list[BaseException] = []

    def drive():
        d = QApplication.activeModalWidget()
        try:
            walk(d)
        except BaseException as exc:  # noqa: BLE001 - raised below, once exec has returned
            failed.append(exc)
            d.reject()

    QTimer.singleShot(0, drive)
    next(a for a in excel_menu.actions() if "导入" in a.text()).trigger()
    if failed:
        raise failed[0]
