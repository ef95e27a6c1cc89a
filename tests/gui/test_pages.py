"""The findings, evidence and project pages, offscreen, on a copy of the sample evaluation."""
from __future__ import annotations

from decimal import Decimal

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QPixmapCache
from PySide6.QtWidgets import QLineEdit

from services.evaluation import assessments, findings, project
from services.fieldwork import evidence
from ui.shell.context import AppContext


@pytest.fixture
def ctx(qapp, sample_path):
    c = AppContext(actor="测试员")
    c.set_store(assessments.open_evaluation(sample_path, actor="测试员"))
    yield c
    c.set_store(None)


def read_back(path, fn):
    """What a fresh reader of the file sees (proves the edit reached the disk)."""
    store = assessments.open_evaluation(path)
    try:
        return fn(store)
    finally:
        store.close()


def show(qtbot, page):
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    return page


def test_count_line_on_sample(ctx, qtbot):
    from ui.pages import FindingsPage

    page = show(qtbot, FindingsPage(ctx))
    assert page.count_line.text().startswith("共计发现问题 5 类，问题总数 14 个。其中，A类问题 2 个")
    assert page.model.rowCount() == 14
    page.filter.setCurrentIndex(page.filter.findData("C"))
    assert page.model.rowCount() == 4
    assert {page.model.index(r, 1).data() for r in range(4)} == {"C类 资金分配科学程度"}
    assert page.model.index(0, 0).data() == "5"  # 序号 stays the row's place in the whole list


def test_add_finding_through_form(ctx, qtbot, sample_path):
    from ui.pages.findings import FindingsPage, new_finding

    page = show(qtbot, FindingsPage(ctx))
    dlg = new_finding(ctx, page, exec_dialog=False)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.category.setCurrentIndex(dlg.category.findData("D"))
    # QTest types ASCII only: Chinese text arrives as it would from an input method, in one piece
    dlg.title_edit.insert("结余资金未及时清理")
    dlg.detail.insertPlainText("截至2023年末结余资金365.37万元未上缴。")
    qtbot.keyClicks(dlg.amount, "36S.37")
    assert dlg.amount_hint.isVisible() and "数字" in dlg.amount_hint.text()
    save = dlg.buttons.button(dlg.buttons.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dlg.result() != dlg.DialogCode.Accepted and dlg.error.text()
    assert read_back(sample_path, lambda s: len(findings.list_findings(s))) == 14  # nothing half-saved

    dlg.amount.clear()
    qtbot.keyClicks(dlg.amount, "365.37")
    assert not dlg.amount_hint.isVisible()
    item = next(dlg.picker.list.item(i) for i in range(dlg.picker.list.count())
                if dlg.picker.list.item(i).text().strip().startswith("2.1.3"))
    item.setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dlg.result() == dlg.DialogCode.Accepted

    qtbot.waitUntil(lambda: page.model.rowCount() == 15)
    titles = [page.model.index(r, 2).data() for r in range(15)]
    assert "结余资金未及时清理" in titles
    assert "问题总数 15 个" in page.count_line.text() and "D类问题 4 个" in page.count_line.text()
    found = read_back(sample_path, lambda s: [f for f in findings.list_findings(s) if f.title == "结余资金未及时清理"])
    assert found and found[0].amount == Decimal("365.37") and found[0].category == "D"
    ind = read_back(sample_path, lambda s: assessments.indicator_ids(s)["2.1.3"])
    assert found[0].indicator_ids == (ind,)
    ctx.undo_stack.undo()
    assert read_back(sample_path, lambda s: len(findings.list_findings(s))) == 14


def test_undo_of_delete_restores_finding(ctx, qtbot, sample_path):
    from ui.pages import FindingsPage

    page = show(qtbot, FindingsPage(ctx))
    page.table.selectRow(0)
    first = page.current()
    page.delete_selected(confirm=False)
    qtbot.waitUntil(lambda: page.model.rowCount() == 13)
    assert read_back(sample_path, lambda s: first.id not in {f.id for f in findings.list_findings(s)})
    ctx.undo_stack.undo()
    qtbot.waitUntil(lambda: page.model.rowCount() == 14)
    back = read_back(sample_path, lambda s: {f.id: f for f in findings.list_findings(s)}[first.id])
    assert back.title == first.title and back.indicator_ids == first.indicator_ids and back.amount == first.amount
    ctx.undo_stack.redo()
    assert read_back(sample_path, lambda s: len(findings.list_findings(s))) == 13


def test_drop_evidence_on_a_finding(ctx, qtbot, sample_path, tmp_path):
    from ui.pages import EvidencePage, FindingsPage

    photo = tmp_path / "机房.jpg"
    Image.new("RGB", (60, 40), (20, 120, 200)).save(photo, format="JPEG")
    page = show(qtbot, FindingsPage(ctx))
    ev_page = show(qtbot, EvidencePage(ctx))
    target = page.model.index(2, 0)
    finding = page.model.rows[2]
    pos = page.table.visualRect(target).center()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(photo))])
    drop = QDropEvent(QPointF(pos), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    page.table.dropEvent(drop)

    linked = read_back(sample_path, lambda s: evidence.list_evidence(s, "finding", finding.id))
    assert [e.filename for e in linked] == ["机房.jpg"] and linked[0].index_no == "ZJ-001"
    qtbot.waitUntil(lambda: page.model.index(2, 5).data() == "1")
    qtbot.waitUntil(lambda: ev_page.browser.model.rowCount() == 1)
    assert ev_page.browser.model.index(0).data().startswith("ZJ-001 机房.jpg")
    from ui.pages import evidence as evidence_page

    ev_page.browser.model.index(0).data(Qt.ItemDataRole.DecorationRole)  # asks for the thumbnail
    sha = linked[0].sha256
    qtbot.waitUntil(lambda: evidence_page.cached_thumbnail(sha) is not None)  # made off the GUI thread
    assert evidence_page.cached_thumbnail(sha).width() == 60  # small photos are not blown up
    assert QPixmapCache.cacheLimit() >= evidence_page.PIXMAP_CACHE_KB
    QPixmapCache.clear()  # dropped, as the cache does beyond its limit: asked again, it is made again
    assert evidence_page.cached_thumbnail(sha) is None
    ev_page.browser.model.index(0).data(Qt.ItemDataRole.DecorationRole)
    qtbot.waitUntil(lambda: evidence_page.cached_thumbnail(sha) is not None)
    ctx.undo_stack.undo()
    assert read_back(sample_path, lambda s: evidence.list_evidence(s)) == []
    ctx.undo_stack.redo()
    assert read_back(sample_path, lambda s: [e.index_no for e in evidence.list_evidence(s, "finding", finding.id)]) == ["ZJ-001"]


def _edit_cell(qtbot, view, index, text):
    view.setCurrentIndex(index)
    view.edit(index)
    editors = [w for w in view.viewport().findChildren(QLineEdit) if w.isVisible()]
    assert len(editors) == 1
    editor = editors[0]
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # Qt commits the editor's text on the next turn of the event loop, then closes it
    qtbot.waitUntil(lambda: not [w for w in view.viewport().findChildren(QLineEdit) if w.isVisible()])


def test_fund_amount_text_refused_then_saved(ctx, qtbot, sample_path):
    from ui.pages import FundsPage

    page = show(qtbot, FundsPage(ctx))
    page.activateWindow()
    cols = [c.key for c in page.model.columns]
    row = next(i for i, f in enumerate(page.model.rows) if f.budget is not None)
    fund = page.model.rows[row]
    idx = page.model.index(row, cols.index("budget"))
    _edit_cell(qtbot, page.view, idx, "2w")
    assert page.banner.isVisible() and "数字" in page.banner.text()
    assert read_back(sample_path, lambda s: {f.id: f for f in project.list_funds(s)}[fund.id].budget) == fund.budget

    _edit_cell(qtbot, page.view, page.model.index(row, cols.index("budget")), "-5")
    assert "负数" in page.banner.text()

    _edit_cell(qtbot, page.view, page.model.index(row, cols.index("budget")), "25000")
    saved = read_back(sample_path, lambda s: {f.id: f for f in project.list_funds(s)}[fund.id])
    assert saved.budget == Decimal("25000")
    qtbot.waitUntil(lambda: page.model.index(row, cols.index("budget")).data() == "25,000.00")
    if saved.arrived is not None:
        assert page.model.index(row, cols.index("arrival_rate")).data() == \
            f"{(saved.arrived / Decimal(25000) * 100).quantize(Decimal('0.01'))}%"


def test_chapter_typing_saved_and_one_undo_step(ctx, qtbot, sample_path):
    from ui.pages import ChaptersPage

    page = show(qtbot, ChaptersPage(ctx))
    page.list.setCurrentRow(1)
    sec = page._section(page._current_id)
    original = sec.body
    page.body.moveCursor(page.body.textCursor().MoveOperation.End)
    qtbot.keyClicks(page.body, " more")
    page.save_body()  # what the debounce timer does
    qtbot.keyClicks(page.body, " text.")
    qtbot.waitUntil(lambda: read_back(sample_path, lambda s: {x.id: x for x in project.list_sections(s)}[sec.id].body)
                    == original + " more text.", timeout=3000)
    assert ctx.undo_stack.count() == 1  # merged into one step for this chapter
    ctx.undo_stack.undo()
    assert read_back(sample_path, lambda s: {x.id: x for x in project.list_sections(s)}[sec.id].body) == original
    qtbot.waitUntil(lambda: page.body.toPlainText() == original)


def test_overview_fact_refused_at_the_field(ctx, qtbot, sample_path):
    from ui.pages import OverviewPage

    page = show(qtbot, OverviewPage(ctx))
    field = page.fields["fund_total"]
    assert field.text() == "30295.88"
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "3w")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert page.fact_error.isVisible() and "资金总额" in page.fact_error.text()
    assert read_back(sample_path, lambda s: assessments.get_info(s).fund_total) == Decimal("30295.88")
    field.selectAll()
    qtbot.keyClicks(field, "30300.5")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert not page.fact_error.isVisible()
    assert read_back(sample_path, lambda s: assessments.get_info(s).fund_total) == Decimal("30300.5")


def test_edit_finding_and_undo(ctx, qtbot, sample_path):
    from ui.pages.findings import FindingsPage, edit_finding

    page = show(qtbot, FindingsPage(ctx))
    f = page.model.rows[1]
    dlg = edit_finding(ctx, f, page, exec_dialog=False)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.title_edit.setText("项目前期决策不规范")
    dlg.amount.setText("12.5")
    dlg.deadline.setText("2025-6-30")
    assert dlg.deadline_hint.isVisible() and "格式不对" in dlg.deadline_hint.text()
    dlg.deadline.setText("2025-06-30")
    qtbot.mouseClick(dlg.buttons.button(dlg.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert dlg.result() == dlg.DialogCode.Accepted
    saved = read_back(sample_path, lambda s: {x.id: x for x in findings.list_findings(s)}[f.id])
    assert (saved.title, saved.amount, str(saved.deadline)) == ("项目前期决策不规范", Decimal("12.5"), "2025-06-30")
    assert saved.detail == f.detail and saved.indicator_ids == f.indicator_ids  # untouched fields kept
    ctx.undo_stack.undo()
    back = read_back(sample_path, lambda s: {x.id: x for x in findings.list_findings(s)}[f.id])
    assert (back.title, back.amount, back.deadline) == (f.title, f.amount, f.deadline)


def test_evidence_describe_link_unlink_and_field_record(ctx, qtbot, sample_path, tmp_path):
    from ui.pages import EvidencePage
    from ui.pages.evidence import add_evidence_files, link_evidence, unlink_evidence

    doc = tmp_path / "验收报告.pdf"
    doc.write_bytes(b"%PDF-1.4 scan")
    assert add_evidence_files(ctx, [str(doc)]) == []
    page = show(qtbot, EvidencePage(ctx))
    qtbot.waitUntil(lambda: page.browser.current() is not None)
    detail = page.browser.detail
    detail.description.setFocus()
    qtbot.keyClicks(detail.description, "scan p1-3")
    qtbot.waitUntil(lambda: read_back(sample_path, lambda s: evidence.list_evidence(s)[0].description) == "scan p1-3",
                    timeout=3000)
    ev = page.browser.current()
    ind = read_back(sample_path, lambda s: assessments.indicator_ids(s)["2.2.2"])
    assert link_evidence(ctx, ev, "indicator", ind) is None
    qtbot.waitUntil(lambda: detail.links.count() == 1 and "2.2.2" in detail.links.item(0).text())
    assert unlink_evidence(ctx, page.browser.current(), "indicator", ind) is None
    assert read_back(sample_path, lambda s: evidence.list_evidence(s)[0].links) == ()
    ctx.undo_stack.undo()  # the unlink
    assert read_back(sample_path, lambda s: evidence.list_evidence(s)[0].links) == (("indicator", ind),)

    rec_page = page.records
    page.tabs.setCurrentWidget(rec_page)
    qtbot.mouseClick(rec_page.add_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: rec_page.current() is not None)
    rec_page.when.setText("next monday")
    rec_page.when.editingFinished.emit()
    assert rec_page.when_hint.isVisible() and "格式不对" in rec_page.when_hint.text()
    rec_page.when.setText("2024-09-12 10:30")
    rec_page.when.editingFinished.emit()
    assert not rec_page.when_hint.isVisible()
    from services.fieldwork import records
    assert str(read_back(sample_path, lambda s: records.list_records(s)[0].happened_at)) == "2024-09-12 10:30:00"


def test_default_outline_on_a_new_evaluation(qapp, qtbot, tiny_path):
    from ui.pages import ChaptersPage

    c = AppContext(actor="测试员")
    c.set_store(assessments.open_evaluation(tiny_path))
    try:
        page = show(qtbot, ChaptersPage(c))
        assert page.outline_btn.isVisible() and page.list.count() == 0
        qtbot.mouseClick(page.outline_btn, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.list.count() == 7)
        assert page.list.item(0).text() == "一、基本情况" and page.list.item(6).text() == "七、其他需要说明的问题"
        assert not page.outline_btn.isVisible()
        c.undo_stack.undo()
        qtbot.waitUntil(lambda: page.list.count() == 0)
        assert project.list_sections(c.store) == []
    finally:
        c.set_store(None)


def test_closing_while_typing_keeps_the_chapter(qapp, qtbot, sample_path):
    """The window's close emits editingFinished on the focused editor before the file closes."""
    from ui.pages import ChaptersPage

    c = AppContext(actor="测试员")
    c.set_store(assessments.open_evaluation(sample_path))
    page = show(qtbot, ChaptersPage(c))
    page.list.setCurrentRow(0)
    sid = page._current_id
    page.body.moveCursor(page.body.textCursor().MoveOperation.End)
    qtbot.keyClicks(page.body, " typed")
    assert page._timer.isActive()  # not saved yet: the debounce is waiting
    page.body.editingFinished.emit()  # what MainWindow.closeEvent does for the focused widget
    c.set_store(None)
    body = read_back(sample_path, lambda s: {x.id: x for x in project.list_sections(s)}[sid].body)
    assert body.endswith(" typed")


def test_open_evidence_hands_a_copy_to_the_system_viewer(ctx, tmp_path, monkeypatch):
    from PySide6.QtGui import QDesktopServices

    from ui.pages.evidence import add_evidence_files, open_evidence

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    doc = tmp_path / "合同.pdf"
    doc.write_bytes(b"%PDF-1.4 contract")
    assert add_evidence_files(ctx, [str(doc)]) == []
    ev = evidence.list_evidence(ctx.store)[0]
    assert open_evidence(ctx, ev) is None
    [path] = opened
    assert path.endswith("ZJ-001_合同.pdf") and open(path, "rb").read() == b"%PDF-1.4 contract"
    assert not path.startswith(str(tmp_path))  # a temporary copy, not the evaluator's original
