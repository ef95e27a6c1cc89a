"""The import wizard's file step opens the workbook off the GUI thread: the page says it is opening it and Next waits
for it, what went wrong is said on the page, and the opening of a path the evaluator has since changed is dropped."""
from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtWidgets import QWizard

from services.frameworks import excel as xf
from tests.excel_sheets import GOOD, GOOD_MERGES, file_opened, write_sheet

pytestmark = pytest.mark.gui

SHOTS = os.environ.get("FIELDEVAL_SHOTS")
WAIT = 30  # seconds a held opening waits for the test at most (a failing test must not hang the run)


class Held:
    """``xf.guess_mapping`` held on the worker thread until the test releases it, for the paths given."""

    def __init__(self, monkeypatch, *paths: Path):
        self.real = xf.guess_mapping
        self.paths = {str(p) for p in paths}
        self.gate = threading.Event()
        self.started = threading.Event()
        self.ended = threading.Event()
        monkeypatch.setattr(xf, "guess_mapping", self)

    def __call__(self, path):
        if str(path) not in self.paths:
            return self.real(path)
        self.started.set()
        try:
            self.gate.wait(WAIT)
            return self.real(path)
        finally:
            self.ended.set()


def _wizard(qtbot, path: Path | None = None):
    from ui.frameworks.import_dialog import ImportDialog

    d = ImportDialog(None, None, str(path) if path else None)
    qtbot.addWidget(d)
    d.resize(1100, 680)
    d.show()
    return d


def _shot(d, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        d.grab().save(str(Path(SHOTS) / name))


def _next_enabled(d) -> bool:
    return d.button(QWizard.WizardButton.NextButton).isEnabled()


def _all_back(qtbot) -> None:
    from ui.frameworks import import_dialog

    qtbot.waitUntil(lambda: not import_dialog._tasks, timeout=WAIT * 1000)


def test_the_workbook_is_opened_while_the_window_answers(qtbot, monkeypatch, tmp_path):
    sheet = write_sheet(tmp_path, GOOD, merges=GOOD_MERGES, name="评分表.xlsx")
    held = Held(monkeypatch, sheet)
    d = _wizard(qtbot, sheet)
    page = d.file_page
    assert held.started.wait(WAIT)
    # on the GUI thread while the opening is held: the page says so, Next waits, Next asked for anyway stays here
    assert page.running and page.status.isVisible() and page.status.text() == "正在打开表格…"
    assert not page.isComplete() and not _next_enabled(d) and not page.validatePage()
    d.next()
    assert d.currentPage() is page
    _shot(d, "file-step-opening.png")
    held.gate.set()
    file_opened(d)
    assert page.isComplete() and _next_enabled(d) and not page.status.isVisible() and not page.error.isVisible()
    _shot(d, "file-step-opened.png")
    d.next()
    assert d.currentPage() is d.mapping_page
    assert d.source == sheet and d.mapping is not None and not d.mapping.missing()
    _all_back(qtbot)


def test_the_opening_of_an_earlier_path_is_dropped(qtbot, monkeypatch, tmp_path):
    first = write_sheet(tmp_path, GOOD, merges=GOOD_MERGES, name="first.xlsx")
    second = write_sheet(tmp_path, GOOD, merges=GOOD_MERGES, name="second.xlsx")
    held = Held(monkeypatch, first)
    d = _wizard(qtbot, first)
    assert held.started.wait(WAIT)
    d.file_page.path.setText(str(second))  # chosen again while the first is still being opened
    file_opened(d)
    assert d.file_page.isComplete()
    held.gate.set()
    assert held.ended.wait(WAIT)
    _all_back(qtbot)  # the first opening's result has reached the GUI thread, and was dropped
    assert d.file_page.isComplete() and not d.file_page.error.isVisible()
    d.next()
    assert d.source == second


def test_what_went_wrong_is_said_on_the_page(qtbot, monkeypatch, tmp_path):
    d = _wizard(qtbot, tmp_path / "没有这个文件.xlsx")
    file_opened(d)
    page = d.file_page
    assert page.error.isVisible() and page.error.text() and not page.status.isVisible()
    assert not page.isComplete() and not _next_enabled(d)
    _shot(d, "file-step-error.png")

    def broken(path):
        raise RuntimeError("磁盘读取失败")

    monkeypatch.setattr(xf, "guess_mapping", broken)
    page.path.setText(str(tmp_path / "另一个.xlsx"))
    file_opened(d)
    assert page.error.isVisible() and page.error.text() == "未能打开这份表格：磁盘读取失败"
    assert not page.isComplete() and not _next_enabled(d)
    page.path.clear()  # no path: nothing to open, nothing said
    assert not page.running and not page.error.isVisible() and not page.isComplete()
    _all_back(qtbot)
    assert shiboken6.isValid(page)


def test_a_path_typed_is_opened_once_the_typing_pauses(qtbot, monkeypatch, tmp_path):
    """Each key typed is a path of a file that is not there: none of them is opened, nothing is said while typing;
    the whole path is opened once, when the typing pauses."""
    sheet = write_sheet(tmp_path, GOOD, merges=GOOD_MERGES, name="sheet.xlsx")  # keys Qt's test tool can type
    assert str(sheet).isascii()
    opened: list[str] = []
    real = xf.guess_mapping
    monkeypatch.setattr(xf, "guess_mapping", lambda path: (opened.append(str(path)), real(path))[1])
    d = _wizard(qtbot)
    page = d.file_page
    qtbot.keyClicks(page.path, str(sheet))
    assert page.running and not page.error.isVisible() and not _next_enabled(d)
    file_opened(d)
    assert opened == [str(sheet)]
    assert page.isComplete() and _next_enabled(d) and not page.error.isVisible()
    _all_back(qtbot)
