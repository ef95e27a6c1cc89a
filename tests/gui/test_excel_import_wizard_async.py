"""The Excel import wizard makes its validation report off the GUI thread: the window answers while the rules
are proposed, the page shows how far they are, the create step proposes nothing again, a build the evaluator
has left behind (Back, another mapping, the wizard closed) changes nothing, and a failing build is said on the
page, never raised."""
from __future__ import annotations

import json
import threading
from pathlib import Path

import openpyxl
import pytest
import shiboken6
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QWizard

from services.frameworks import catalog, excel as xf, proposal
from tests.excel_sheets import HEADER, file_opened
from tests.gui.conftest import import_from_excel_menu

pytestmark = pytest.mark.gui

SHOTS = Path("/tmp/wiz321")

# five leaves, four distinct proposals: 资金到位率 is the same words, points and name under two level-2s
ROWS = [
    ["决策（20分）", "项目立项", 10, "立项依据充分性", 5, "", "", "每发现一处问题扣0.5分,扣完为止"],
    [None, None, None, "立项程序规范性", 5, "", "", "每发现一处问题扣0.5分,扣完为止"],
    [None, "资金管理", 10, "资金到位率", 10, "", "", "资金到位率达到100%得满分,每低1%扣0.5分"],
    ["产出（80分）", "产出数量", 10, "资金到位率", 10, "", "", "资金到位率达到100%得满分,每低1%扣0.5分"],
    [None, "产出质量", 70, "质量达标率", 70, "", "", "≥95%:70分;85%-95%:50分;低于85%不得分"],
]
PASSED = "校验通过：三级指标 5 个，其中 3 个识别出评分规则，2 个提出了规则但请核对，0 个设为酌情评分。"
WAIT = 30  # seconds a held build waits for the test at most (a failing test must not hang the run)


def _sheet(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(HEADER)
    for r in ROWS:
        ws.append(r)
    for m in ("A2:A4", "A5:A6", "B2:B3", "C2:C3"):
        ws.merge_cells(m)
    wb.save(path)
    return path


@pytest.fixture
def sheet(tmp_path) -> Path:
    return _sheet(tmp_path / "评分表.xlsx")


@pytest.fixture
def wizard(qtbot, sheet):
    from ui.frameworks.import_dialog import ImportDialog

    d = ImportDialog(None, None, str(sheet))
    file_opened(d)
    qtbot.addWidget(d)
    d.resize(1100, 680)
    d.show()
    return d


_held: list[Held] = []


@pytest.fixture(autouse=True)
def pool():
    """Room in the thread pool for two held builds at once, whatever the machine's cores; every build held by a
    test let go, and ended, before the next test."""
    threads = QThreadPool.globalInstance()
    before = threads.maxThreadCount()
    threads.setMaxThreadCount(max(before, 4))
    yield
    for held in _held:
        for gate in held.gates:
            gate.set()
    _held.clear()
    threads.waitForDone(WAIT * 1000)
    threads.setMaxThreadCount(before)


class Held:
    """``xf.build_framework`` as the report page looks it up, each build of the report held at its start until
    ``release(n)`` lets the n-th go (0: the first); ``progress`` (when given) is told ``tell`` first."""

    def __init__(self, monkeypatch, tell: int | None = None):
        self.real = xf.build_framework
        self.gates = [threading.Event() for _ in range(4)]
        self.calls = 0
        self.tell = tell
        monkeypatch.setattr(xf, "build_framework", self)
        _held.append(self)

    def __call__(self, *a, **kw):
        if "rules" in kw:  # the create step's build is not held
            return self.real(*a, **kw)
        gate = self.gates[self.calls]
        self.calls += 1
        if kw.get("progress") is not None and self.tell is not None:
            kw["progress"](self.tell)
        gate.wait(WAIT)
        return self.real(*a, **{k: v for k, v in kw.items() if k != "progress"})  # not cut short by a Back

    def release(self, n: int = 0) -> None:
        self.gates[n].set()


def _all_tasks_back(qtbot) -> None:
    """Every build the wizard started has ended and its result (or failure) has reached the GUI thread."""
    from ui.frameworks import import_dialog

    qtbot.waitUntil(lambda: not import_dialog._tasks, timeout=WAIT * 1000)


def _shot(widget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / name))


def test_the_report_is_made_while_the_window_answers(wizard, qtbot, monkeypatch):
    held = Held(monkeypatch)
    page = wizard.report_page
    wizard.next()
    wizard.next()
    # back on the GUI thread while the build is held: the page says it is working, nothing can go on
    assert wizard.currentPage() is page
    assert page.progress.isVisible() and page.status.isVisible()
    assert not page.isComplete() and not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert page.text.toPlainText() == ""
    qtbot.waitUntil(lambda: held.calls == 1)
    qtbot.waitUntil(lambda: page.status.text() == "正在识别评分规则…")
    _shot(wizard, "report_running.png")
    wizard.next()  # Next asked for anyway (a shortcut): the wizard stays until the report is in
    assert wizard.currentPage() is page
    held.release()
    qtbot.waitUntil(page.isComplete)
    assert page.text.toPlainText().split("\n")[0] == PASSED
    assert not page.progress.isVisible() and not page.status.isVisible()
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    _shot(wizard, "report_done.png")


def test_the_progress_of_the_proposals_reaches_the_bar(wizard, qtbot, monkeypatch):
    held = Held(monkeypatch, tell=50)
    page = wizard.report_page
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: page.progress.value() == 50)
    assert page.progress.isVisible() and not page.isComplete()
    _shot(wizard, "report_progress.png")
    held.release()
    qtbot.waitUntil(page.isComplete)
    assert page.text.toPlainText().split("\n")[0] == PASSED


def test_the_create_step_proposes_nothing_again(wizard, qtbot, monkeypatch, sheet, tmp_path):
    from ui.frameworks import import_dialog

    monkeypatch.setattr(proposal, "_cores", lambda: 1)  # every proposal in this process, whatever the machine
    proposed: list[str] = []
    real = proposal.propose

    def counted(criteria, *a, **kw):
        proposed.append(criteria)
        return real(criteria, *a, **kw)

    monkeypatch.setattr(proposal, "propose", counted)
    monkeypatch.setattr(xf, "propose", counted)
    out = tmp_path / "imported.json"
    monkeypatch.setattr(import_dialog.QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    wizard.next()
    wizard.next()
    qtbot.waitUntil(wizard.report_page.isComplete)
    assert len(proposed) == 4  # five leaves, four distinct (words, points, name)
    wizard.next()
    assert wizard.rules_page.table.rowCount() == 5
    wizard.next()
    wizard.finish_page.fid.setText("async-import")
    wizard.finish_page.opt_file.setChecked(True)
    assert wizard.finish_page.validatePage(), wizard.finish_page.error.text()
    assert len(proposed) == 4  # the create step took the report's proposals
    # the file written is the framework a build of its own, proposing afresh, makes of the sheet
    mapping = xf.guess_mapping(sheet)
    data, _report = xf.build_framework(xf.read_rows(sheet, mapping), id="async-import", name=wizard.finish_page.fname.text(),
                                       rules={}, source=str(sheet))
    xf.write_framework_json(data, tmp_path / "expected.json")
    written = json.loads(out.read_text(encoding="utf-8"))
    assert written == json.loads((tmp_path / "expected.json").read_text(encoding="utf-8"))
    assert [leaf["name"] for leaf in catalog.from_dict(written, "async-import").leaves()] == [
        "立项依据充分性", "立项程序规范性", "资金到位率", "资金到位率", "质量达标率"]


def test_a_build_left_behind_changes_nothing(wizard, qtbot, monkeypatch):
    held = Held(monkeypatch)
    page = wizard.report_page
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: held.calls == 1)  # the first build is held in its worker
    first_cache = wizard.proposal_cache
    wizard.back()
    assert wizard.currentPage() is wizard.mapping_page and not page.running
    wizard.mapping_page.pickers["criteria"].setCurrentIndex(0)  # no 评分标准 column now: every leaf by judgement
    assert wizard.proposal_cache is not first_cache  # another mapping, other proposals
    wizard.next()
    qtbot.waitUntil(lambda: held.calls == 2)
    held.release(1)  # the second build ends first …
    qtbot.waitUntil(page.isComplete)
    shown = page.text.toPlainText()
    assert shown.split("\n")[0] == "校验通过：三级指标 5 个，其中 0 个识别出评分规则，5 个设为酌情评分。"
    report = wizard.report
    held.release(0)  # … then the first, of the first visit, comes back: ignored
    _all_tasks_back(qtbot)
    assert page.text.toPlainText() == shown and wizard.report is report and page.isComplete()
    assert wizard.proposal_cache is not first_cache


def test_coming_forward_again_shows_the_new_visits_report_only(wizard, qtbot, monkeypatch):
    from ui.frameworks import import_dialog

    held = Held(monkeypatch, tell=30)
    page = wizard.report_page
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: held.calls == 1)
    wizard.back()
    wizard.next()  # the same mapping: the same proposals kept
    qtbot.waitUntil(lambda: held.calls == 2)
    assert page.running and page.text.toPlainText() == ""
    held.release(0)  # the first visit's build ends while the second is held: the page still waits
    qtbot.waitUntil(lambda: len(import_dialog._tasks) == 1, timeout=WAIT * 1000)  # its result is back, ignored
    assert page.running and not page.isComplete() and page.text.toPlainText() == "" and wizard.report is None
    assert page.progress.isVisible()
    held.release(1)
    _all_tasks_back(qtbot)
    assert page.isComplete() and page.text.toPlainText().split("\n")[0] == PASSED


def test_a_failing_build_is_said_on_the_page(wizard, qtbot, monkeypatch):
    def broken(*_a, **_kw):
        raise RuntimeError("磁盘读取中断")

    monkeypatch.setattr(xf, "build_framework", broken)
    page = wizard.report_page
    with qtbot.captureExceptions() as raised:
        wizard.next()
        wizard.next()
        qtbot.waitUntil(lambda: not page.running)
        _all_tasks_back(qtbot)
    assert raised == []
    assert page.text.toPlainText() == "未能校验这份表格：磁盘读取中断"
    assert "Traceback" not in page.text.toPlainText()
    assert not page.isComplete() and not page.progress.isVisible()
    assert wizard.currentPage() is page


def test_a_sheet_that_cannot_be_read_is_said_on_the_page(wizard, qtbot, monkeypatch):
    def unreadable(*_a, **_kw):
        raise xf.ExcelImportError("评分表.xlsx", ["表格在读取时被移走了"])

    monkeypatch.setattr(xf, "read_rows", unreadable)
    page = wizard.report_page
    with qtbot.captureExceptions() as raised:
        wizard.next()
        wizard.next()
        _all_tasks_back(qtbot)
    assert raised == []
    assert page.text.toPlainText() == "表格在读取时被移走了" and not page.isComplete()


def test_closing_the_wizard_while_the_report_is_made_is_safe(qtbot, monkeypatch, sheet):
    from ui.frameworks.import_dialog import ImportDialog

    held = Held(monkeypatch)
    d = ImportDialog(None, None, str(sheet))
    file_opened(d)
    d.show()
    d.next()
    d.next()
    qtbot.waitUntil(lambda: held.calls == 1)
    page = d.report_page
    with qtbot.captureExceptions() as raised:
        d.reject()
        with qtbot.waitSignal(d.destroyed, timeout=WAIT * 1000):
            d.deleteLater()
        assert not shiboken6.isValid(page)  # the page is gone while its build still runs
        held.release(0)
        _all_tasks_back(qtbot)
    assert raised == []


def test_from_the_menu_the_wizard_answers_while_the_report_is_made(window, tiny_path, qtbot, monkeypatch, sheet):
    """As the evaluator opens it (指标体系 page, Excel, 从 Excel 导入指标体系…): the window's own task runner makes
    the report; the wizard answers meanwhile and creates the template once the report is in."""
    held = Held(monkeypatch, tell=40)
    window.open_file(tiny_path)
    seen: dict = {}

    def walk(d):
        d.resize(1100, 680)
        d.file_page.path.setText(str(sheet))
        file_opened(d)
        d.next()
        d.next()
        page = d.report_page
        seen["waiting"] = (page.running, page.progress.isVisible(), page.isComplete())
        qtbot.waitUntil(lambda: page.progress.value() == 40)
        held.release(0)
        qtbot.waitUntil(page.isComplete)
        seen["report"] = page.text.toPlainText().split("\n")[0]
        d.next()
        d.next()
        d.finish_page.fid.setText("async-from-menu")
        seen["created"] = d.finish_page.validatePage()
        d.accept()

    import_from_excel_menu(window, walk)
    assert seen == {"waiting": (True, True, False), "report": PASSED, "created": True}
    assert len(catalog.load("async-from-menu").leaves()) == 5
