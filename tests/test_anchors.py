"""An anchored audit trail: tampering that keeps the hash chain consistent is found against the
anchors (signed sign-offs, package manifests, the evaluator's own record); what no anchor can
reveal is stated, not claimed."""
from __future__ import annotations

import json
import shutil
import sqlite3
import zipfile
from datetime import datetime
from pathlib import Path

import pytest

from models import anchors
from models.audit import GENESIS, HASHED_FIELDS, event_hash
from models.store import open_store
from services.evaluation import assessments, findings
from services.teamwork import assignments as A, integrity, package, signing


def _leaf(store) -> str:
    return sorted(s.id for s in assessments.load_tree(store)[0] if s.items)[0]


@pytest.fixture
def signed(sample_path) -> Path:
    """The sample, edited, signed by the 项目负责人, edited once more, closed."""
    store = open_store(sample_path, actor="组长")
    try:
        leaf = _leaf(store)
        assessments.set_comment(store, leaf, "签署前的说明")
        A.set_review_chain(store, ["项目负责人", "部门复核"])
        A.sign(store, "项目负责人", "组长")
        assessments.set_comment(store, leaf, "签署后的说明")
    finally:
        store.close()
    assert integrity.verify(sample_path) == []
    return sample_path


def _events(con) -> list[dict]:
    con.row_factory = sqlite3.Row
    return [dict(r) for r in con.execute("SELECT * FROM audit_event ORDER BY seq")]


def _rehash(con) -> None:
    """Rewrite every event's prev_hash/hash so that the chain verifies again (what a careful forger does)."""
    prev = GENESIS
    for ev in _events(con):
        fields = {k: ev[k] for k in HASHED_FIELDS}
        fields["at"] = datetime.fromisoformat(ev["at"]).isoformat()
        h = event_hash(prev, fields)
        con.execute("UPDATE audit_event SET prev_hash=?, hash=? WHERE seq=?", (prev, h, ev["seq"]))
        prev = h


def _comment_events(con) -> list[dict]:
    return [e for e in _events(con) if e["entity"] == "assessment" and e["field"] == "comment"]


def _rewind_last_comment(path: Path) -> None:
    """Delete the last events (the last comment edit) and put the row back: a consistent, shorter file."""
    con = sqlite3.connect(path)
    try:
        last = _comment_events(con)[-1]
        con.execute("DELETE FROM audit_event WHERE seq >= ?", (last["seq"],))
        con.execute("UPDATE assessment SET comment=? WHERE id=?", (last["old"], last["entity_id"]))
        con.commit()
    finally:
        con.close()


def test_deleting_the_whole_trail_and_editing_rows_is_found(signed):
    con = sqlite3.connect(signed)
    con.execute("DELETE FROM audit_event")
    con.execute("UPDATE assessment SET comment='改过' WHERE id=(SELECT id FROM assessment LIMIT 1)")
    con.commit()
    con.close()
    problems = integrity.verify(signed)
    assert any("审计轨迹为空" in p for p in problems)
    assert any("锚点" in p or "锚定" in p for p in problems)


def test_deleting_the_last_events_and_reverting_the_rows_is_found(signed):
    _rewind_last_comment(signed)
    problems = integrity.verify(signed)
    assert len(problems) == 1 and "本机记录的审计轨迹锚点" in problems[0] and "截断" in problems[0], problems


def test_without_the_local_record_a_cut_below_a_sign_off_is_found_by_its_anchor(signed, data_dir):
    (data_dir / "anchors.json").unlink()  # another computer: only what the file itself carries
    con = sqlite3.connect(signed)
    so = con.execute("SELECT anchor_seq FROM sign_off").fetchone()[0]
    first_comment = _comment_events(con)[0]
    assert first_comment["seq"] < so
    # rewrite the first comment (below the sign-off's anchor) and re-hash the whole chain
    con.execute("UPDATE audit_event SET new=? WHERE seq=?", ("伪造的说明", first_comment["seq"]))
    _rehash(con)
    con.commit()
    con.close()
    problems = integrity.verify(signed)
    assert any("锚定的审计记录" in p and "重写" in p for p in problems), problems
    # moving the sign-off's anchor along breaks its signature
    con = sqlite3.connect(signed)
    con.execute("UPDATE sign_off SET anchor_hash=(SELECT hash FROM audit_event WHERE seq=sign_off.anchor_seq)")
    con.commit()
    con.close()
    problems = integrity.verify(signed)
    assert any("签名不符" in p for p in problems), problems


def test_rewriting_and_rehashing_the_chain_is_found_by_the_local_record(signed):
    con = sqlite3.connect(signed)
    last = _comment_events(con)[-1]
    con.execute("UPDATE audit_event SET new=? WHERE seq=?", ("改写", last["seq"]))
    con.execute("UPDATE assessment SET comment='改写' WHERE id=?", (last["entity_id"],))
    _rehash(con)
    con.commit()
    con.close()
    problems = integrity.verify(signed)
    assert problems and all("锚点" in p for p in problems), problems


def test_an_event_appended_after_the_newest_anchor_is_not_claimed_as_found(signed):
    """What no anchor can reveal: a well-formed event appended after the newest anchor. verify says so;
    the sign-off covering the data reads 已失效."""
    con = sqlite3.connect(signed)
    last = _events(con)[-1]
    leaf_row = con.execute("SELECT id, comment FROM assessment ORDER BY id LIMIT 1").fetchone()
    fields = {"id": "forged-0000", "at": datetime(2030, 1, 1, 8, 0).isoformat(), "actor": "组长", "action": "update",
              "entity": "assessment", "entity_id": leaf_row[0], "field": "comment", "old": leaf_row[1],
              "new": "追加的伪造记录", "reason": "修改评分说明"}
    h = event_hash(last["hash"], fields)
    con.execute("INSERT INTO audit_event (id, at, actor, action, entity, entity_id, field, old, new, reason, prev_hash, hash) "
                "VALUES (?, '2030-01-01 08:00:00.000000', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (fields["id"], "组长", "update", "assessment", leaf_row[0], "comment", leaf_row[1], "追加的伪造记录",
                 "修改评分说明", last["hash"], h))
    con.execute("UPDATE assessment SET comment='追加的伪造记录' WHERE id=?", (leaf_row[0],))
    con.commit()
    con.close()
    assert integrity.verify(signed) == []  # not detectable: the docs say so
    summary = "\n".join(integrity.anchor_summary(signed))
    assert "无法得知" in summary and "之后的 1 条审计记录" in summary
    store = open_store(signed, readonly=True)
    try:
        assert A.sign_offs(store)[0].state.startswith("已失效")
    finally:
        store.close()


def _repack(src: Path, dst: Path, evaluation: bytes, manifest_edit) -> None:
    import hashlib

    with zipfile.ZipFile(src) as zf:
        manifest = json.loads(zf.read("manifest.json"))
    manifest["entries"][0]["size"] = len(evaluation)
    manifest["entries"][0]["sha256"] = hashlib.sha256(evaluation).hexdigest()
    manifest_edit(manifest)
    with zipfile.ZipFile(dst, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("manifest.json", json.dumps(manifest))
        zf.writestr("evaluation.fev", evaluation)


def test_a_plain_package_wrapping_a_cut_file_does_not_import(signed, tmp_path):
    pkg = tmp_path / "a.fevpkg"
    package.export_package(signed, pkg)
    with zipfile.ZipFile(pkg) as zf:
        assert json.loads(zf.read("manifest.json"))["anchor"]["seq"] > 0
    cut = tmp_path / "cut.fev"
    shutil.copyfile(signed, cut)
    _rewind_last_comment(cut)
    bad = tmp_path / "bad.fevpkg"
    _repack(pkg, bad, cut.read_bytes(), lambda m: None)
    with pytest.raises(package.PackageError, match="锚点"):
        package.import_package(bad, tmp_path / "in.fev")
    assert not (tmp_path / "in.fev").exists()
    # a forger who also drops the manifest's anchor: the file imports (it is consistent), but a
    # cut below the signed sign-off's anchor would still be found — here the cut is above it
    worse = tmp_path / "worse.fevpkg"
    _repack(pkg, worse, cut.read_bytes(), lambda m: m.pop("anchor"))
    package.import_package(worse, tmp_path / "in2.fev")


def test_sign_offs_carry_anchor_signature_and_public_key(signed):
    store = open_store(signed, readonly=True)
    try:
        so = A.sign_offs(store)[0]
        assert so.anchor_seq and len(so.anchor_hash) == 64
        assert so.key_fingerprint == signing.fingerprint(signing.public_key_text())
        lines = A.sign_off_lines(store)
        assert "审计轨迹 #" in lines[0][2] and so.key_fingerprint in lines[0][2]
    finally:
        store.close()
    assert signing.key_path().exists() and oct(signing.key_path().stat().st_mode)[-3:] == "600"
    summary = "\n".join(integrity.anchor_summary(signed))
    assert "本机的签名密钥" in summary and "签署锚点 1 个" in summary


def test_backups_and_restores_keep_the_record_honest(signed):
    from services.teamwork import backups

    made = backups.make_backup(signed, "manual")
    head = anchors.head_of_file(made)
    assert any(a.seq == head[0] and a.hash == head[1] for a in anchors.known(signed))
    store = open_store(signed, actor="组长")
    findings.add_finding(store, {"title": "恢复后会消失", "category": "A"})
    store.close()
    backups.restore(made, signed)  # a deliberate step back: not reported as tampering
    assert integrity.verify(signed) == []
