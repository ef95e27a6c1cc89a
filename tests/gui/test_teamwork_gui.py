"""The merge dialog, the audit page, backups/recovery and the package dialogs, driven offscreen."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from services.evaluation import assessments, findings
from services.teamwork import backups, integrity
from ui.shell.context import AppContext

SHOTS = os.environ.get("FIELDEVAL_SHOTS")  # a folder: save screenshots there for a look


def shot(widget, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


@pytest.fixture
def ctx(qapp, sample_path):
    c = AppContext(actor="组长")
    c.set_store(assessments.open_evaluation(sample_path, actor="组长"))
    yield c
    c.set_store(None)


def _copies(base: Path, n: int) -> list[Path]:
    out = []
    for i in range(n):
        p = base.with_name(f"组员{i + 1}.fev")
        shutil.copyfile(base, p)
        out.append(p)
    return out


def test_merge_dialog_shows_conflicts_side_by_side_and_writes_the_choice(ctx, qtbot):
    from ui.dialogs.merge_dialog import MergeDialog

    base = Path(ctx.store.path)
    ctx.store.close()  # copies are made of the closed file, as a hand-out would
    c1, c2 = _copies(base, 2)
    ctx.set_store(assessments.open_evaluation(base, actor="组长"))
    fid = findings.list_findings(ctx.store)[0].id
    other = findings.list_findings(ctx.store)[1].id
    with assessments.open_evaluation(c1, actor="张三") as s1, assessments.open_evaluation(c2, actor="李四") as s2:
        findings.update_finding(s1, fid, title="张三认为的问题")
        findings.update_finding(s2, fid, title="李四认为的问题")
        findings.update_finding(s2, other, remark="李四补充")
    dlg = MergeDialog(ctx, copies=[c1, c2])
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.mouseClick(dlg.compare_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.plan is not None, timeout=20000)
    assert dlg.table.rowCount() == 1
    assert "冲突 1 处" in dlg.summary.text()
    dlg.table.selectRow(0)
    radios = {b.objectName(): b for b in dlg.chooser.group.buttons()}
    assert set(radios) == {"choice0", "choice1", "choice2"} and radios["choice0"].isChecked()
    texts = " ".join(w.text() for w in dlg.chooser.findChildren(type(dlg.summary)))
    assert "张三认为的问题" in texts and "李四认为的问题" in texts and "李四" in texts
    shot(dlg, "merge_dialog")
    radios["choice2"].click()
    assert dlg.table.item(0, 3).text() == "组员2.fev"
    qtbot.mouseClick(dlg.write_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.result is not None, timeout=20000)
    assert ctx.store is not None
    got = {f.id: f for f in findings.list_findings(ctx.store)}
    assert got[fid].title == "李四认为的问题" and got[other].remark == "李四补充"
    assert integrity.verify(ctx.store.path) == []


def test_audit_page_lists_and_filters_changes_and_checks_the_file(ctx, qtbot):
    from ui.pages.audit import COL_NEW, COL_WHO, AuditPage

    page = AuditPage(ctx)
    qtbot.addWidget(page)
    page.resize(1300, 700)
    page.show()
    total = page.model.rowCount()
    assert total > 100
    fid = findings.list_findings(ctx.store)[0].id
    findings.update_finding(ctx.store, fid, remark="现场核实过")
    ctx.notify("findings")
    assert page.model.rowCount() == total + 1
    top = page.model.index(0, COL_NEW)
    assert page.model.data(top) == "现场核实过"
    assert page.model.data(page.model.index(0, COL_WHO)) == "组长"
    page.text.setText("现场核实过")
    assert page.model.rowCount() == 1
    page.text.clear()
    page.who.setCurrentIndex(page.who.findData("组长"))
    assert page.model.rowCount() == 1
    page.reset_filters()
    page.entity.setCurrentIndex(page.entity.findData("finding"))
    assert 0 < page.model.rowCount() < total
    page.table.selectRow(0)
    assert "现场核实过" in page.detail.toPlainText()
    shot(page, "audit_page")
    qtbot.mouseClick(page.verify_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "完好" in page.check_result.text(), timeout=20000)


def test_backup_dialog_restores_and_reopens(ctx, qtbot):
    from ui.dialogs.backup_dialog import BackupDialog

    fid = findings.list_findings(ctx.store)[0].id
    backups.make_backup(ctx.store.path, "manual")
    findings.update_finding(ctx.store, fid, title="备份之后的修改")
    dlg = BackupDialog(ctx)
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.table.rowCount() == 1
    qtbot.waitUntil(lambda: dlg.table.item(0, 3).text() == "完好", timeout=20000)
    shot(dlg, "backup_dialog")
    assert dlg.restore_selected(confirm=False)
    assert ctx.store is not None
    assert all(f.title != "备份之后的修改" for f in findings.list_findings(ctx.store))
    assert dlg.table.rowCount() == 2  # the file as it was before the restore is kept too


def test_a_damaged_file_is_explained_and_its_newest_good_backup_restored(ctx, qtbot):
    from ui.dialogs.backup_dialog import offer_recovery

    path = Path(ctx.store.path)
    backups.make_backup(path, "manual")
    ctx.set_store(None)
    path.write_bytes(path.read_bytes()[:8192])
    seen = {}

    def ask(dlg):
        seen["message"] = dlg.diagnosis.message
        shot(dlg, "recovery_dialog")
        return True

    assert offer_recovery(None, path, ask=ask)
    assert "截断" in seen["message"] and "完好的备份" in seen["message"]
    assert integrity.verify(path) == []


def test_package_dialogs_export_encrypted_and_refuse_a_wrong_password(ctx, qtbot, tmp_path, monkeypatch):
    from services.teamwork import package
    from ui.dialogs.package_dialog import ExportPackageDialog, ImportPackageDialog

    monkeypatch.setattr(package, "ARGON2_PARAMS", {"memory_cost": 1024, "iterations": 1, "lanes": 1})
    exp = ExportPackageDialog(ctx)
    qtbot.addWidget(exp)
    exp.out.setText(str(tmp_path / "交接.fevpkg"))
    exp.password.setText("短")
    exp.run()
    assert "至少" in exp.status.text()
    exp.password.setText("正确的密码足够长了吧")
    exp.confirm.setText("正确的密码足够长了吧")
    shot(exp, "export_dialog")
    exp.run()
    qtbot.waitUntil(lambda: exp.result_info is not None, timeout=20000)
    assert exp.result_info.encrypted
    imp = ImportPackageDialog(ctx, package_path=tmp_path / "交接.fevpkg")
    qtbot.addWidget(imp)
    assert imp.password.isEnabled()
    imp.out.setText(str(tmp_path / "导入.fev"))
    imp.password.setText("错的")
    imp.run()
    qtbot.waitUntil(lambda: "密码错误" in imp.status.text(), timeout=20000)
    assert not (tmp_path / "导入.fev").exists()
    imp.password.setText("正确的密码足够长了吧")
    imp.run()
    qtbot.waitUntil(lambda: imp.result_info is not None, timeout=20000)
    assert integrity.verify(tmp_path / "导入.fev") == []


def test_the_window_has_the_team_menu(window):
    titles = [a.text() for a in window.menuBar().actions()]
    assert "团队(&T)" in titles and titles[-1] == "帮助(&H)"
    texts = [a.text() for a in window.teamwork.menu.actions() if a.text()]
    assert "合并组员副本…" in texts and "导出数据包…" in texts and "备份与恢复…" in texts


def test_review_page_review_actions_experts_and_sign_offs(ctx, qtbot):
    from ui.pages.review import ReviewPage

    page = ReviewPage(ctx)
    qtbot.addWidget(page)
    page.resize(1300, 760)
    page.show()
    assert page.model.rowCount() > 10
    page.table.selectRow(0)
    row = page.selected()
    assert page.send_back("请补充证据") is None
    page.filter.setCurrentIndex(page.filter.findData("back"))
    assert page.model.rowCount() == 1 and page.selected().review_comment == "请补充证据"
    ctx.undo_stack.undo()  # the send-back is undoable
    assert page.model.rowCount() == 0
    page.filter.setCurrentIndex(0)
    page.table.selectRow(0)
    assert page.adjust_score("0.5", "证据不足") is None
    r = next(x for x in page.model.rows if x.indicator_id == row.indicator_id)
    assert r.self_score is not None and r.changed_by_review and r.status == "已复核"
    for rater, v in (("专家甲", "0.1"), ("专家乙", "0.5"), ("专家丙", "0.4")):
        page.table.selectRow(0)
        assert page.enter_rater_score(rater, v) is None
    assert page.experts.rowCount() == 1
    page.experts.selectRow(0)
    assert page.choose("mean") is None
    assert "平均值" in page.experts.item(0, 6).text()
    assert page.sign("部门复核", "王") is not None  # out of order: refused with a message
    assert "项目负责人" in page.banner.text()
    assert page.sign("项目负责人", "组长") is None
    assert "有效" in page.chain.item(0).text()
    shot(page, "review_page")
    assessments.set_comment(ctx.store, row.indicator_id, "签署后修改")
    ctx.notify("scores")
    assert "已失效" in page.chain.item(0).text()


def test_opening_a_damaged_file_offers_the_newest_good_backup(window, tiny_path, monkeypatch):
    from PySide6.QtWidgets import QDialog, QMessageBox

    from ui.dialogs import backup_dialog

    good = backups.make_backup(tiny_path, "manual")
    tiny_path.write_bytes(tiny_path.read_bytes()[:6000])
    shown = []

    def accept(self):
        shown.append(self.diagnosis.message)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(backup_dialog.RecoveryDialog, "exec", accept)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append("warning"))
    assert window.open_file(tiny_path)
    assert shown and "截断" in shown[0] and good.name in shown[0]
    assert window.ctx.store is not None and integrity.verify(tiny_path) == []


def test_the_member_sees_the_reviewers_comment_on_the_indicator(window, tiny_path):
    from services.teamwork import assignments

    assert window.open_file(tiny_path)
    store = window.ctx.store
    leaf = next(n for n in assessments.score(store).walk() if not n.children)
    assignments.send_back(store, leaf.id, "组长", "请补充立项批复文件")
    window.ctx.notify("scores")
    window.show_indicator(leaf.id)
    note = window.walk.panel.review_note
    assert not note.isHidden() and "请补充立项批复文件" in note.text() and "组长" in note.text()
    assignments.mark_reviewed(store, leaf.id, "组长")
    window.ctx.notify("scores")
    window.show_indicator(leaf.id)
    assert note.isHidden()
