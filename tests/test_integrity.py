"""verify(): damaged, truncated, bit-flipped and tampered files give clear errors and are never
changed; the audit trail catches rows edited behind the program's back; backups and restore."""
from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from models.errors import EvaluationFileError
from models.store import open_store
from services.core.errors import EditRefused
from services.evaluation import assessments, findings
from services.fieldwork import evidence
from services.teamwork import backups, integrity


def files_in(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


class _Run:
    def __init__(self, returncode: int, stdout: str, stderr: str):
        self.returncode, self.stdout, self.stderr = returncode, stdout, stderr


def cli(*args) -> _Run:
    """``python main.py ARGS`` in this process (the same code path, without a slow interpreter start)."""
    import contextlib
    import io

    import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main.main([str(a) for a in args])
    return _Run(code, out.getvalue(), err.getvalue())


def raw(path: Path, sql: str, *params) -> None:
    con = sqlite3.connect(path)
    con.execute(sql, params)
    con.commit()
    con.close()


def test_the_sample_is_sound(sample_path):
    assert integrity.verify(sample_path) == []
    r = cli("verify", sample_path)
    assert r.returncode == 0 and "完好" in r.stdout


def test_a_row_edited_behind_the_apps_back_is_detected(sample_path):
    con = sqlite3.connect(sample_path)
    title = con.execute("SELECT title FROM finding ORDER BY position LIMIT 1").fetchone()[0]
    con.close()
    raw(sample_path, "UPDATE finding SET amount = '0' WHERE title = ?", title)
    problems = integrity.verify(sample_path)
    assert len(problems) == 1 and "amount" in problems[0] and "程序之外被改动" in problems[0]
    r = cli("verify", sample_path)
    assert r.returncode != 0 and "amount" in r.stderr and "Traceback" not in r.stderr


def test_an_edited_or_removed_audit_event_breaks_the_chain(sample_path, tmp_path):
    other = tmp_path / "other.fev"
    shutil.copyfile(sample_path, other)
    raw(sample_path, "UPDATE audit_event SET actor = '别人' WHERE seq = 5")
    assert any("#5" in p and "校验值不符" in p for p in integrity.verify(sample_path))
    raw(other, "DELETE FROM audit_event WHERE seq = 7")
    assert any("不衔接" in p for p in integrity.verify(other))


def test_a_deleted_row_and_a_smuggled_row_are_detected(sample_path, tmp_path):
    other = tmp_path / "other.fev"
    shutil.copyfile(sample_path, other)
    raw(sample_path, "DELETE FROM fund_line WHERE rowid = (SELECT min(rowid) FROM fund_line)")
    assert any("被删除" in p for p in integrity.verify(sample_path))
    raw(other, "INSERT INTO summary_row (id, updated_at, updated_by, position, area, problems, advice) "
               "VALUES ('x', '2024-01-01 00:00:00.000000', '', 9, '伪造', '', '')")
    assert any("不是由本程序写入" in p for p in integrity.verify(other))


def test_edits_through_the_services_keep_the_file_sound(sample_store, tmp_path):
    f = findings.list_findings(sample_store)[0]
    findings.update_finding(sample_store, f.id, title="新标题", amount="12.50")
    findings.delete_finding(sample_store, findings.list_findings(sample_store)[1].id)
    pic = tmp_path / "照片.png"
    pic.write_bytes(b"\x89PNG fake" * 10)
    ev = evidence.add_evidence(sample_store, pic, "现场", links=[("finding", f.id)])
    evidence.unlink(sample_store, ev.id, "finding", f.id)
    evidence.delete_evidence(sample_store, ev.id)
    assert integrity.verify(sample_store.path) == []


def test_a_tampered_evidence_blob_is_detected(sample_store, tmp_path):
    pic = tmp_path / "照片.jpg"
    pic.write_bytes(b"\xff\xd8 picture" * 100)
    ev = evidence.add_evidence(sample_store, pic, "现场")
    sample_store.close()
    raw(sample_store.path, "UPDATE blob SET data = ? WHERE sha256 = ?", b"other bytes", ev.sha256)
    assert any("SHA-256" in p for p in integrity.verify(sample_store.path))


def test_evidence_over_the_size_limit_is_refused_and_nothing_changes(sample_store, tmp_path):
    big = tmp_path / "大文件.bin"
    big.write_bytes(b"x" * 5000)
    before = integrity.verify(sample_store.path), evidence.list_evidence(sample_store)
    with pytest.raises(EditRefused):
        evidence.add_evidence(sample_store, big, max_bytes=4096)
    assert (integrity.verify(sample_store.path), evidence.list_evidence(sample_store)) == before


def _damaged_cases(sample_path: Path, folder: Path) -> dict[str, Path]:
    data = sample_path.read_bytes()
    page = int.from_bytes(data[16:18], "big")
    cases = {
        "truncated": data[: len(data) // 2],
        "truncated-odd": data[: len(data) - 100],
        "empty": b"",
        "header": b"SQLite format 4\x00" + data[16:],
    }
    flipped = bytearray(data)
    flipped[page] ^= 0xFF  # the type byte of page 2's b-tree header
    cases["page-type-flip"] = bytes(flipped)
    target = "项目前期决策以及基本建设程序不规范".encode()
    flipped = bytearray(data)
    at = data.find(target)
    assert at > 0
    flipped[at + 3] ^= 0x01  # one bit inside the text of a finding
    cases["text-flip"] = bytes(flipped)
    flipped = bytearray(data)
    flipped[68] ^= 0x10  # the application id
    cases["app-id-flip"] = bytes(flipped)
    out = {}
    for name, content in cases.items():
        p = folder / f"{name}.fev"
        p.write_bytes(content)
        out[name] = p
    return out


def test_truncated_and_bit_flipped_files_give_clear_errors_and_stay_unchanged(sample_path, tmp_path):
    folder = tmp_path / "damaged"
    folder.mkdir()
    cases = _damaged_cases(sample_path, folder)
    before = files_in(folder)
    for name, p in cases.items():
        problems = integrity.verify(p)
        assert problems, name
        assert all(isinstance(x, str) and x and "Traceback" not in x for x in problems)
    for name in ("empty", "header", "app-id-flip"):
        with pytest.raises(EvaluationFileError):
            open_store(cases[name]).close()
    assert "截断" in integrity.verify(cases["truncated"])[0]
    assert "截断" in integrity.verify(cases["truncated-odd"])[0]
    flip = " ".join(integrity.verify(cases["text-flip"]))
    assert "程序之外被改动" in flip or "校验值不符" in flip
    assert files_in(folder) == before
    r = cli("verify", cases["truncated"])
    assert r.returncode != 0 and "截断" in r.stderr and "Traceback" not in r.stderr


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(content=st.binary(min_size=0, max_size=3000))
def test_random_bytes_are_refused_without_a_traceback(tmp_path_factory, content):
    folder = tmp_path_factory.mktemp("rnd")
    p = folder / "random.fev"
    p.write_bytes(content)
    problems = integrity.verify(p)
    assert problems and all(isinstance(x, str) for x in problems)
    with pytest.raises(EvaluationFileError):
        open_store(p).close()
    assert files_in(folder) == {"random.fev": content}


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(flips=st.lists(st.tuples(st.integers(0, 10 ** 9), st.integers(1, 255)), min_size=1, max_size=8))
def test_random_damage_to_a_real_file_never_raises_and_never_writes(sample_master, tmp_path_factory, flips):
    folder = tmp_path_factory.mktemp("flip")
    data = bytearray(sample_master.read_bytes())
    for pos, mask in flips:
        data[pos % len(data)] ^= mask
    p = folder / "x.fev"
    p.write_bytes(bytes(data))
    problems = integrity.verify(p)
    assert isinstance(problems, list) and all(isinstance(x, str) for x in problems)
    assert files_in(folder) == {"x.fev": bytes(data)}


# ── backups ─────────────────────────────────────────────────────────────────
def test_newest_good_backup_skips_a_damaged_one(sample_path):
    first = backups.make_backup(sample_path, "manual")
    newest = backups.make_backup(sample_path, "periodic")
    newest.write_bytes(newest.read_bytes()[:5000])
    assert integrity.newest_good_backup(sample_path) == first
    sample_path.write_bytes(sample_path.read_bytes()[:4096])
    d = integrity.diagnose(sample_path)
    assert d.problems and d.backup == first and first.name in d.message


def test_restore_backs_up_the_current_file_first(sample_path):
    good = backups.make_backup(sample_path, "manual")
    with assessments.open_evaluation(sample_path) as store:
        fid = findings.list_findings(store)[0].id
        findings.update_finding(store, fid, title="恢复前的修改")
    saved = backups.restore(good, sample_path)
    assert saved is not None and saved.exists()
    with assessments.open_evaluation(saved) as store:
        assert any(f.title == "恢复前的修改" for f in findings.list_findings(store))
    with assessments.open_evaluation(sample_path) as store:
        assert all(f.title != "恢复前的修改" for f in findings.list_findings(store))
    assert integrity.verify(sample_path) == []


def test_restore_keeps_a_damaged_current_file_and_refuses_a_damaged_backup(sample_path, tmp_path):
    good = backups.make_backup(sample_path, "manual")
    bad_backup = tmp_path / "bad.fev"
    bad_backup.write_bytes(good.read_bytes()[:3000])
    before = sample_path.read_bytes()
    with pytest.raises(EditRefused, match="备份"):
        backups.restore(bad_backup, sample_path)
    assert sample_path.read_bytes() == before
    garbage = b"not a database at all" * 100
    sample_path.write_bytes(garbage)
    saved = backups.restore(good, sample_path)
    assert saved.read_bytes() == garbage
    assert integrity.verify(sample_path) == []


def test_backup_count_is_configurable_and_periodic_backup_only_when_changed(sample_path):
    with assessments.open_evaluation(sample_path) as store:
        backups.set_keep_count(store, 3)
    assert backups.keep_count(sample_path) == 3
    for _ in range(5):
        backups.make_backup(sample_path, "manual")
    assert len(backups.list_backups(sample_path)) == 3
    clock = [0.0]
    pb = backups.PeriodicBackup(sample_path, interval=60, clock=lambda: clock[0])
    clock[0] = 61
    assert pb.tick() is None  # nothing changed
    with assessments.open_evaluation(sample_path) as store:
        findings.update_finding(store, findings.list_findings(store)[0].id, remark="改了")
    clock[0] = 100
    assert pb.tick() is None  # not due yet
    clock[0] = 130
    made = pb.tick()
    assert made is not None and made.exists()
    backups.set_user_setting("backup_keep", 7)
    assert backups.keep_count() == 7


def test_cli_backups_list_and_restore(sample_path):
    good = backups.make_backup(sample_path, "manual")
    r = cli("backups", sample_path, "--check")
    assert r.returncode == 0 and good.name in r.stdout and "完好" in r.stdout
    r = cli("backups", sample_path, "--restore", good.name)
    assert r.returncode == 0, r.stderr
    assert "已从备份" in r.stdout


def test_the_other_services_write_everything_through_the_audit_trail(sample_store, tmp_path):
    """Deleting, undoing, moving and renumbering through the services leaves a file whose rows are
    exactly what the trail says (so verify() has no false alarms and merges see every change)."""
    from services.evaluation import project
    from services.fieldwork import records
    from services.frameworks import edit
    from services.teamwork import assignments

    s = sample_store
    base_copy = tmp_path / "copy.fev"
    assignments.hand_out(s, "张三", base_copy)
    leaf = next(n for n in assessments.score(s).walk() if not n.children)
    assignments.set_rater_score(s, leaf.id, "专家甲", "1")
    f = next(x for x in findings.list_findings(s) if x.indicator_ids)
    findings.update_finding(s, f.id, indicator_ids=list(f.indicator_ids) + [leaf.id])
    rec = records.add_record(s, {"kind": "访谈", "place": "会议室"})
    pic = tmp_path / "访谈.jpg"
    pic.write_bytes(b"\xff\xd8 interview" * 20)
    ev = evidence.add_evidence(s, pic, "访谈照片", links=[("indicator", leaf.id)], field_record_id=rec.id)
    data, attached = records.delete_record(s, rec.id)
    assert integrity.verify(s.path) == []
    records.restore_record(s, data, attached)
    root = assessments.score(s).roots[0]
    snap = edit.delete_node(s, root.id)
    assert integrity.verify(s.path) == []
    edit.restore_node(s, snap)
    assert integrity.verify(s.path) == []
    dead = findings.delete_finding(s, f.id)
    findings.restore_finding(s, dead)
    person = project.add_evaluator(s, {"name": "王五", "role": "组员"})
    project.restore_evaluator(s, project.delete_evaluator(s, person.id))
    edit.renumber(s)
    evidence.delete_evidence(s, ev.id)
    assert integrity.verify(s.path) == []
    # and the copy handed out before all this merges back with nothing lost or doubled
    from services.teamwork import merge

    s.close()
    with assessments.open_evaluation(base_copy, actor="张三") as c:
        findings.update_finding(c, f.id, remark="张三的备注")
    out = tmp_path / "merged.fev"
    result = merge.merge(s.path, [base_copy], out)
    assert result.conflicts == []
    assert integrity.verify(out) == []
    with assessments.open_evaluation(out) as o:
        assert next(x for x in findings.list_findings(o) if x.id == f.id).remark == "张三的备注"


def test_periodic_backup_interval_setting(sample_path):
    assert backups.periodic_seconds(sample_path) == backups.PERIODIC_SECONDS
    backups.set_user_setting("periodic_backup_minutes", 3)
    assert backups.periodic_seconds(sample_path) == 180
    backups.set_user_setting("periodic_backup_minutes", "x")
    assert backups.periodic_seconds() == backups.PERIODIC_SECONDS
