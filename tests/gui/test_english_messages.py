"""In English, what the services say shows in English: a refused edit, the 资金 page's question and its
answer buttons, the line saying where a bound input comes from, the read-only banner, and what the
integrity check finds in a damaged or tampered file (the recovery dialog, the refusal to open it)."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from services.core.errors import EditRefused
from services.evaluation import assessments, fund_figures
from tests.gui.conftest import HOLD

ROOT = Path(__file__).resolve().parents[2]
SHOTS = os.environ.get("FIELDEVAL_SHOTS")
CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture
def english_window(qapp, qtbot):
    """A main window of its own, built in English; Chinese again afterwards."""
    from ui.i18n import install_translations, remove_translations
    from ui.shell.context import AppContext
    from ui.shell.main_window import MainWindow

    remove_translations(qapp)
    install_translations(qapp, "en")
    w = MainWindow(AppContext(actor="测试员"))
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close_file()
    remove_translations(qapp)
    w.ctx.pool.waitForDone(30000)
    w.deleteLater()


def shot(widget, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SHOTS) / name))


def test_a_refused_entry_is_said_in_english(english_window, tiny_path, qtbot):
    w = english_window
    assert w.open_file(tiny_path)
    iid = assessments.indicator_ids(w.ctx.store)["2.1.1"]  # 预算执行率: 实际支出 ÷ 到位资金, typed by hand
    w.walk.go_to(iid)
    ed = w.walk.panel.editors["a"]
    ed.num.setFocus()
    qtbot.keyClicks(ed.num, "abc")
    qtbot.keyClicks(ed.den, "100")
    qtbot.keyClick(ed.den, Qt.Key.Key_Tab)
    # the indicator's name and the input's label are the framework's own words; the sentence is English
    said = "“预算执行率”: “实际支出” must be a number; “abc” is not recognised"
    assert ed.error.isVisible() and ed.error.text() == said
    assert w.statusBar().currentMessage() == said
    assert not (w.live.state(iid).inputs or {}).get("a")  # nothing was saved
    shot(w, "english_refused_edit.png")
    w.walk.search.setFocus()  # leave the field while the file is open (leaving it tries the entry again)
    # the same refusal, from the service, is the Chinese it always was
    with pytest.raises(EditRefused) as err:
        assessments.set_item_inputs(w.ctx.store, iid, "a", {"numerator": "abc", "denominator": "100"})
    assert str(err.value) == "“预算执行率”：“实际支出”必须是数字，“abc”无法识别"


def test_the_funds_question_its_buttons_and_a_binding_line_are_english(english_window, sample_path, qtbot):
    w = english_window
    assert w.open_file(sample_path)
    w.show_page("FundsPage")
    page = w.page_widgets["FundsPage"]
    qtbot.waitUntil(page.questions.isVisible)
    question = "Total spent and total paid disagree: which one does the report use?"
    labels = [lb for lb in page.questions.findChildren(QLabel) if lb.isVisible() and lb.text() == question]
    assert len(labels) == 1
    buttons = [b.text() for b in labels[0].parentWidget().findChildren(QPushButton) if b.isVisible()]
    assert buttons == ["Use: Total spent (sum of the yearly spending lines) 30,295.87 (10k yuan)",
                       "Use: Total paid (sum of the payee lines) 30,295.88 (10k yuan)"]
    # the file and the printed report keep the Chinese
    conflict = {c.key: c for c in fund_figures.of_store(w.ctx.store).conflicts}["spent-paid:30295.87:30295.88"]
    assert conflict.question == "支出合计与已支付合计不一致，报告采用哪一个？"
    shot(w, "english_funds_page.png")

    budget = assessments.indicator_ids(w.ctx.store)["2.1.2"]  # 预算执行率, bound to the 资金 page
    w.show_indicator(budget)
    ed = w.walk.panel.editors["a"]
    qtbot.waitUntil(ed.bound_label.isVisible)
    assert ed.bound_label.text() == ("From the Funds page: Funds spent 30,295.87 (10k yuan), "
                                     "Funds arrived 30,661.25 (10k yuan)")
    shot(w, "english_binding.png")


def test_the_read_only_banner_is_english(english_window, tiny_path, monkeypatch, qtbot):
    from ui.dialogs import lock_dialog
    from ui.i18n import message_text

    w = english_window
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(ROOT), str(tiny_path)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True, env={**os.environ})
    try:
        assert holder.stdout.readline().strip() == "ready"
        monkeypatch.setattr(lock_dialog, "ask", lambda parent, path, info: lock_dialog.READ_ONLY)
        assert w.open_file(tiny_path)
        assert w.ctx.store.readonly
        banner = w.readonly_view.banner
        assert banner.isVisible()
        text = banner.text()
        # who holds it: the name they gave (their own text), then the machine, process and time in English
        assert re.search(r"“tiny\.fev” is open for editing by 第一个窗口 \(\w+\), computer .+, process \d+, since \d{4}-", text), text
        assert not CJK.search(text.replace("第一个窗口", "")), text
        shot(w, "english_read_only.png")
    finally:
        holder.stdin.write("\n")
        holder.stdin.close()
        holder.wait(30)
    # the store's own note, when nothing more is known about why
    store = assessments.open_evaluation(tiny_path, readonly=True)
    try:
        assert store.note == "“tiny.fev”以只读方式打开，不能修改。"
        assert message_text(store.note) == "“tiny.fev” is open read-only; it cannot be changed."
    finally:
        store.close()


def test_the_audit_trail_names_and_values_are_english(english_window, sample_path, qtbot):
    from ui.pages.audit import COL_NEW, COL_OLD, COL_TARGET

    w = english_window
    assert w.open_file(sample_path)
    store = w.ctx.store
    codes = assessments.indicator_ids(store)
    spec = next(s for s in assessments.load_tree(store)[0] if s.id == codes["2.1.3"])
    assessments.set_comment(store, codes["2.1.3"], "复核时补充说明")
    w.show_page("AuditPage")
    page = w.page_widgets["AuditPage"]
    page.refresh()
    model = page.model
    qtbot.waitUntil(lambda: model.rowCount() > 0)

    def cell(row, col):
        return model.data(model.index(row, col))

    targets = [cell(r, COL_TARGET) for r in range(model.rowCount())]
    assert f"Indicator 2.1.3 {spec.name}" in targets  # the comment just written, on its indicator
    assert not any(t.startswith(("指标 ", "问题：", "证据：")) for t in targets)
    # a row inserted with its content in words: the names of its keys, and of the kind of record, in English
    surveys = [r for r in range(model.rowCount()) if model.rows[r].entity == "survey_response"]
    assert surveys and all(re.fullmatch(r"Questionnaire [0-9a-f]{8}", cell(r, COL_TARGET)) for r in surveys)
    assert all(cell(r, COL_NEW).startswith("Answers: (q1: ") for r in surveys)
    assert all(model.rows[r].new_words.startswith("回答：（q1：") for r in surveys)  # as the file has it
    changed = next(r for r in range(model.rowCount()) if model.rows[r].new_words == "复核时补充说明")
    assert cell(changed, COL_NEW) == "复核时补充说明" and cell(changed, COL_OLD)  # the evaluator's words as typed
    shot(w, "english_audit_trail.png")


def test_closing_the_file_with_a_refused_entry_in_focus_writes_nothing_and_raises_nothing(english_window, tiny_path,
                                                                                          qtbot):
    """The refused entry still has the focus when the file closes: leaving it then must not try it again."""
    w = english_window
    assert w.open_file(tiny_path)
    iid = assessments.indicator_ids(w.ctx.store)["2.1.1"]
    w.walk.go_to(iid)
    ed = w.walk.panel.editors["a"]
    ed.num.setFocus()
    qtbot.keyClicks(ed.num, "abc")
    qtbot.keyClicks(ed.den, "100")
    qtbot.keyClick(ed.den, Qt.Key.Key_Tab)
    assert ed.error.isVisible()
    before = tiny_path.read_bytes()
    w.close_file()  # pytest-qt fails the test on an exception raised in a slot
    w.walk.search.setFocus()
    qtbot.wait(50)
    assert w.ctx.store is None
    assert tiny_path.read_bytes() == before


def test_a_tampered_row_found_by_the_integrity_check_is_said_in_english(english_window, sample_path, monkeypatch, qtbot):
    import sqlite3

    from PySide6.QtWidgets import QMessageBox

    from services.teamwork import integrity

    w = english_window
    con = sqlite3.connect(sample_path)
    fid, amount = con.execute("SELECT id, amount FROM finding ORDER BY position LIMIT 1").fetchone()
    con.execute("UPDATE finding SET amount = '0' WHERE id = ?", (fid,))  # behind the program's back
    con.commit()
    con.close()
    assert w.open_file(sample_path)
    english = (f"Finding record {fid[:8]}: field “amount” was changed outside the program "
               f"(last value in the audit trail “{amount}”, now “0”)")
    # 审计 page: 校验文件完整性
    w.show_page("AuditPage")
    page = w.page_widgets["AuditPage"]
    qtbot.mouseClick(page.verify_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.verify_btn.isEnabled() and page.check_result.text() != "Checking…", timeout=30000)
    assert page.check_result.text() == "Problems found (1): " + english
    shot(w, "english_integrity_audit_page.png")
    # 团队 → 完整性校验
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: warned.append((title, text)))
    w.teamwork.verify()
    qtbot.waitUntil(lambda: bool(warned), timeout=30000)
    assert warned == [("The file has problems", english)]
    # the file, the command line and the log read the Chinese they always did
    assert integrity.verify(sample_path) == [
        f"问题记录 {fid[:8]} 的字段“amount”在程序之外被改动：审计轨迹中最后的值为 “{amount}”，现在为 “0”"]


def test_a_truncated_file_is_explained_and_refused_in_english(english_window, tiny_path, monkeypatch, qtbot):
    from PySide6.QtWidgets import QDialog, QMessageBox

    from services.teamwork import backups, integrity
    from ui.dialogs import backup_dialog

    w = english_window
    good = backups.make_backup(tiny_path, "manual")
    size = tiny_path.stat().st_size
    tiny_path.write_bytes(tiny_path.read_bytes()[:8192])
    seen = {}

    def decline(dlg):  # the recovery dialog, as the evaluator sees it: not restored this time
        dlg.show()
        qtbot.waitExposed(dlg)
        seen["title"] = dlg.windowTitle()
        seen["text"] = [lb.text() for lb in dlg.findChildren(QLabel) if lb.text()]
        seen["buttons"] = sorted(b.text() for b in dlg.findChildren(QPushButton))
        seen["chinese"] = str(dlg.diagnosis.message)
        shot(dlg, "english_recovery_dialog.png")
        dlg.hide()
        return QDialog.DialogCode.Rejected

    warned = []
    monkeypatch.setattr(backup_dialog.RecoveryDialog, "exec", decline)
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: warned.append((title, text)))
    assert not w.open_file(tiny_path)
    stamp = f"{datetime.fromtimestamp(good.stat().st_mtime):%Y-%m-%d %H:%M}"
    assert seen["title"] == "The evaluation file has problems"
    assert seen["text"] == ["Problems with “tiny.fev”:\n"
                            f"· “tiny.fev” is incomplete (the file was cut short): it should have {size} bytes "
                            "but has only 8192.\n"
                            f"Newest good backup: {good.name} ({stamp}); the file can be restored from it."]
    assert not CJK.search(" ".join(seen["buttons"])), seen["buttons"]
    assert seen["chinese"] == ("“tiny.fev”有问题：\n"
                               f"· “tiny.fev”不完整（文件被截断）：应有 {size} 字节，实际只有 8192 字节。\n"
                               f"最近一份完好的备份：{good.name}（{stamp}），可以从它恢复。")
    # declined: the window says why it does not open the file, in English with the sizes in place
    assert len(warned) == 1 and warned[0][0] == "Cannot open"
    assert warned[0][1] == (f"“tiny.fev” is incomplete (the file was cut short): it should have {size} bytes but has "
                            "only 8192. It can be restored from a backup.")
    assert w.ctx.store is None
    assert integrity.verify(good) == []
