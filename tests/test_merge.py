"""Merging copies back: one-side changes taken, conflicts listed, deletions explicit, blobs deduped,
deterministic, idempotent — unit tests and hypothesis properties over random edit sequences."""
from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, example, given, settings, strategies as st

from models.readonly import connect_readonly
from models.store import list_backups
from services.evaluation import assessments, findings
from services.evaluation.assessments import open_evaluation
from services.fieldwork import evidence
from services.teamwork import integrity, merge

ROOT = Path(__file__).resolve().parent.parent
#: RAM-backed scratch space where there is one (fsync is free there; the property test commits a lot)
FAST_TMP = "/dev/shm" if Path("/dev/shm").is_dir() else None


def snapshot(path: Path) -> dict:
    """Every row of every merge-able table (without updated_at/by) and the blob hashes."""
    con = connect_readonly(path)
    try:
        out = {}
        for t in merge._tables():
            cols = merge._data_columns(t)
            out[t] = {r[0]: r[1:] for r in con.execute(
                f'SELECT id, {", ".join(merge._q(c) for c in cols)} FROM {merge._q(t)} ORDER BY id')}
        out["blob"] = sorted(r[0] for r in con.execute("SELECT sha256 FROM blob"))
        return out
    finally:
        con.close()


def copies_of(base: Path, n: int) -> list[Path]:
    out = []
    for i in range(n):
        c = base.with_name(f"copy{i + 1}.fev")
        shutil.copyfile(base, c)
        out.append(c)
    return out


def findings_of(path: Path) -> dict:
    store = open_evaluation(path)
    try:
        return {f.id: f for f in findings.list_findings(store)}
    finally:
        store.close()


@pytest.fixture
def base(sample_path) -> Path:
    return sample_path


@pytest.fixture(scope="module")
def small_master(tmp_path_factory) -> Path:
    """A small evaluation (the seed framework and four findings): the property tests run it often."""
    from services.frameworks import catalog

    path = tmp_path_factory.mktemp("small") / "small.fev"
    store = assessments.create(path, catalog.load("shuzi-hengyang-2024"), {"name": "小样"}, actor="组长")
    for i, cat in enumerate("ABCD"):
        findings.add_finding(store, {"title": f"问题{i + 1}", "category": cat, "detail": "原文"})
    store.close()
    return path


def test_one_side_changes_are_taken_and_both_side_changes_conflict(base, tmp_path):
    c1, c2 = copies_of(base, 2)
    ids = list(findings_of(base))
    with open_evaluation(c1, actor="张三") as s1, open_evaluation(c2, actor="李四") as s2:
        findings.update_finding(s1, ids[0], title="张三的标题")
        findings.update_finding(s2, ids[0], title="李四的标题")
        findings.update_finding(s2, ids[1], detail="李四补充的情况")
        findings.update_finding(s1, ids[3], cause="两人一致")
        findings.update_finding(s2, ids[3], cause="两人一致")
    out = tmp_path / "out.fev"
    result = merge.merge(base, [c1, c2], out, actor="组长")
    got = findings_of(out)
    assert got[ids[1]].detail == "李四补充的情况"
    assert got[ids[3]].cause == "两人一致"
    assert got[ids[0]].title == findings_of(base)[ids[0]].title  # headless: the base value stays
    [conflict] = result.conflicts
    assert conflict.field == "title" and conflict.kind == "field"
    assert {(s.value, s.who) for s in conflict.copies} == {("张三的标题", "张三"), ("李四的标题", "李四")}
    assert all(s.when for s in conflict.copies)
    assert integrity.verify(out) == []


def test_choosing_a_copys_value_in_a_conflict(base, tmp_path):
    c1, c2 = copies_of(base, 2)
    fid = next(iter(findings_of(base)))
    with open_evaluation(c1, actor="张三") as s1, open_evaluation(c2, actor="李四") as s2:
        findings.update_finding(s1, fid, title="张三的标题")
        findings.update_finding(s2, fid, title="李四的标题")
    p = merge.plan(base, [c1, c2])
    [conflict] = p.conflicts
    conflict.choice = 1 + [s.source for s in conflict.copies].index("copy2.fev")
    out = tmp_path / "out.fev"
    merge.apply(p, out, actor="组长")
    assert findings_of(out)[fid].title == "李四的标题"
    assert integrity.verify(out) == []
    con = sqlite3.connect(out)
    reasons = [r[0] for r in con.execute("SELECT reason FROM audit_event WHERE action IN ('update', 'merge')")]
    con.close()
    assert any("采用“copy2.fev”" in r for r in reasons)


def test_deletions_are_explicit_and_delete_versus_edit_conflicts(base, tmp_path):
    c1, c2 = copies_of(base, 2)
    ids = list(findings_of(base))
    with open_evaluation(c1, actor="张三") as s1, open_evaluation(c2, actor="李四") as s2:
        findings.delete_finding(s1, ids[0])  # deleted here only
        findings.delete_finding(s1, ids[1])  # deleted by one …
        findings.update_finding(s2, ids[1], detail="李四改过")  # … changed by the other
    out = tmp_path / "out.fev"
    result = merge.merge(base, [c1, c2], out)
    got = findings_of(out)
    assert ids[0] not in got
    assert ("delete", ids[0]) in {(c.kind, c.row_id) for c in result.changes}
    assert ids[1] in got and got[ids[1]].detail == findings_of(base)[ids[1]].detail
    [conflict] = result.conflicts
    assert conflict.row_id == ids[1] and conflict.kind == "deleted_there"
    assert integrity.verify(out) == []


def test_new_rows_and_evidence_blobs_deduplicated(base, tmp_path):
    c1, c2 = copies_of(base, 2)
    photo = tmp_path / "现场照片.jpg"
    photo.write_bytes(b"\xff\xd8same picture bytes" * 50)
    other = tmp_path / "合同.pdf"
    other.write_bytes(b"%PDF-1.4 contract" * 30)
    with open_evaluation(c1, actor="张三") as s1, open_evaluation(c2, actor="李四") as s2:
        new1 = findings.add_finding(s1, {"title": "张三发现的问题", "category": "B"})
        evidence.add_evidence(s1, photo, "张三拍的")
        evidence.add_evidence(s2, photo, "李四拍的同一张")
        evidence.add_evidence(s2, other, "合同")
    out = tmp_path / "out.fev"
    merge.merge(base, [c1, c2], out)
    assert findings_of(out)[new1].title == "张三发现的问题"
    con = sqlite3.connect(out)
    assert con.execute("SELECT count(*) FROM evidence").fetchone()[0] == 3
    assert con.execute("SELECT count(*) FROM blob").fetchone()[0] == 2
    con.close()
    assert integrity.verify(out) == []


def test_merging_the_same_copy_twice_changes_nothing(base, tmp_path):
    c1, c2 = copies_of(base, 2)
    ids = list(findings_of(base))
    with open_evaluation(c1, actor="张三") as s1, open_evaluation(c2, actor="李四") as s2:
        findings.update_finding(s1, ids[0], title="张三的标题")
        findings.update_finding(s2, ids[1], title="李四的标题")
        findings.update_finding(s2, ids[0], title="李四也改了")
    out = tmp_path / "out.fev"
    merge.merge(base, [c1, c2], out)
    first = snapshot(out)
    again = tmp_path / "again.fev"
    for copies in ([c1], [c2], [c2, c1], [c1, c1]):
        if again.exists():
            again.unlink()
        result = merge.merge(out, copies, again)
        assert result.changes == [] and result.conflicts == []
        assert snapshot(again) == first


def test_merge_into_the_base_itself_backs_it_up(base, tmp_path):
    (c1,) = copies_of(base, 1)
    before = snapshot(base)
    with open_evaluation(c1, actor="张三") as s1:
        findings.update_finding(s1, next(iter(findings_of(base))), title="新标题")
    result = merge.merge(base, [c1], base)
    assert result.backups and snapshot(result.backups[0]) == before
    assert snapshot(base) != before
    assert list_backups(base.stem)
    assert integrity.verify(base) == []


def test_refuses_a_copy_of_another_evaluation_and_a_damaged_copy(base, tmp_path, sample_master):
    stranger = tmp_path / "other.fev"
    assessments.create(stranger, __import__("services.frameworks.catalog", fromlist=["load"]).load("shuzi-hengyang-2024")).close()
    out = tmp_path / "out.fev"
    with pytest.raises(merge.MergeRefused, match="不是同一个评价"):
        merge.merge(base, [stranger], out)
    damaged = tmp_path / "damaged.fev"
    data = bytearray(base.read_bytes())
    data[len(data) // 2:len(data) // 2 + 64] = b"\x00" * 64
    damaged.write_bytes(bytes(data))
    with pytest.raises(merge.MergeRefused, match="完整性校验"):
        merge.merge(base, [damaged], out)
    assert not out.exists()


def test_cli_merge_writes_conflicts_json(base, tmp_path):
    c1, c2 = copies_of(base, 2)
    fid = next(iter(findings_of(base)))
    with open_evaluation(c1, actor="张三") as s1, open_evaluation(c2, actor="李四") as s2:
        findings.update_finding(s1, fid, title="甲")
        findings.update_finding(s2, fid, title="乙")
    out, cj = tmp_path / "out.fev", tmp_path / "conflicts.json"
    r = subprocess.run([sys.executable, str(ROOT / "main.py"), "--user", "组长", "merge", str(base), str(c1), str(c2),
                        "-o", str(out), "--conflicts", str(cj)], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    assert "冲突 1 处" in r.stdout
    [c] = json.loads(cj.read_text(encoding="utf-8"))
    assert c["decision"] == "本文件" and {s["value"] for s in c["copies"]} == {"甲", "乙"}


# ── properties ──────────────────────────────────────────────────────────────
TEXTS = st.sampled_from(["甲", "乙", "丙", ""])
FIELDS = ("title", "detail", "cause")


@st.composite
def edit_scripts(draw):
    """Random edits on 2–3 copies and on the lead's file itself (index ``n``) after the hand-out."""
    n_copies = draw(st.integers(2, 3))
    ops = []
    for _ in range(draw(st.integers(1, 10))):
        kind = draw(st.sampled_from(["edit", "edit", "edit", "comment", "comment", "add", "delete"]))
        who = draw(st.integers(0, n_copies))  # n_copies = the base
        row = draw(st.integers(0, 3))
        if kind == "edit":
            ops.append(("edit", who, row, draw(st.sampled_from(FIELDS)), draw(TEXTS)))
        elif kind == "comment":
            ops.append(("comment", who, row, "comment", draw(TEXTS)))
        elif kind == "add":
            ops.append(("add", who, draw(TEXTS)))
        elif who < n_copies:  # deletions in copies only: the lead deleting is not modelled below
            ops.append(("delete", who, row))
    return n_copies, ops


def _run_script(base: Path, n: int, ops) -> list[Path]:
    copies = copies_of(base, n)
    ids = list(findings_of(base))[:4]
    with open_evaluation(base) as b:
        leaves = sorted(x.id for x in assessments.load_tree(b)[0] if x.items)[:4]
    stores = [open_evaluation(c, actor=f"组员{i + 1}") for i, c in enumerate(copies)]
    stores.append(open_evaluation(base, actor="组长"))
    try:
        for op in ops:
            s = stores[op[1]]
            if op[0] == "edit":
                fid = ids[op[2]]
                if any(f.id == fid for f in findings.list_findings(s)):
                    findings.update_finding(s, fid, **{op[3]: op[4] or "空"})
            elif op[0] == "comment":
                assessments.set_comment(s, leaves[op[2]], op[4] or "空")
            elif op[0] == "add":
                findings.add_finding(s, {"title": "新增" + (op[2] or "空"), "category": "A"})
            else:
                fid = ids[op[2]]
                if any(f.id == fid for f in findings.list_findings(s)):
                    findings.delete_finding(s, fid)
    finally:
        for s in stores:
            s.close()
    return copies


@settings(max_examples=int(os.environ.get("FIELDEVAL_MERGE_EXAMPLES", "8")), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture],
          phases=[Phase.explicit, Phase.reuse, Phase.generate])  # no shrinking: it can take minutes here
@given(script=edit_scripts())
@example(script=(2, [("edit", 0, 0, "title", "甲"), ("delete", 1, 0), ("delete", 0, 1), ("add", 0, "甲")]))
@example(script=(3, [("edit", 0, 1, "detail", "甲"), ("edit", 1, 1, "detail", "乙"), ("edit", 2, 1, "detail", "甲"),
                     ("edit", 1, 2, "cause", ""), ("delete", 2, 3), ("edit", 0, 3, "title", "丙")]))
@example(script=(2, [("edit", 2, 0, "title", "甲"), ("edit", 0, 0, "title", "乙"), ("edit", 1, 1, "title", "丙"),
                     ("edit", 2, 1, "title", "丙"), ("comment", 2, 0, "comment", "甲"), ("comment", 1, 0, "comment", "乙"),
                     ("delete", 0, 2), ("edit", 2, 2, "cause", "甲")]))
def test_merge_properties(small_master, script):
    n, ops = script
    with tempfile.TemporaryDirectory(dir=FAST_TMP) as td:
        base = Path(td) / "base.fev"
        shutil.copyfile(small_master, base)
        ancestor = snapshot(base)
        copies = _run_script(base, n, ops)
        out1, out2, out3 = (Path(td) / f"out{i}.fev" for i in (1, 2, 3))
        r1 = merge.merge(base, copies, out1)
        merge.merge(base, list(reversed(copies)), out2)
        assert integrity.verify(out1) == []
        # deterministic, whatever the order of the copies
        assert snapshot(out1) == snapshot(out2)
        # idempotent: merging the copies again changes nothing
        r3 = merge.merge(out1, copies, out3)
        assert r3.changes == [] and r3.conflicts == []
        assert snapshot(out3) == snapshot(out1)

        ours, out = snapshot(base), snapshot(out1)
        theirs = [snapshot(c) for c in copies]
        conflicted = {(c.row_id, c.field) for c in r1.conflicts} | {(c.row_id, "") for c in r1.conflicts}
        for table in ("finding", "assessment"):
            cols = merge._data_columns(table)
            a, o, m = ancestor[table], ours[table], out[table]
            cs = [t[table] for t in theirs]
            for rid, arow in a.items():
                orow = o[rid]
                deleted_by = [i for i, c in enumerate(cs) if rid not in c]
                changed: dict[str, set] = {}
                for c in cs:
                    if rid in c:
                        for k, col in enumerate(cols):
                            if c[rid][k] != arow[k]:
                                changed.setdefault(col, set()).add(c[rid][k])
                if deleted_by:
                    if changed or orow != arow:  # deleted there, edited elsewhere: conflict, row kept
                        assert (rid, "") in conflicted and m[rid] == orow
                    else:
                        assert rid not in m
                    continue
                for k, col in enumerate(cols):
                    values = changed.get(col, set())
                    ours_changed = orow[k] != arow[k]
                    if len(values) == 1 and (not ours_changed or orow[k] in values):
                        assert m[rid][k] == next(iter(values)), (table, col)  # one side only: taken
                    elif values:  # a true conflict (two copies, or a copy and the lead): reported, ours kept
                        assert (rid, col) in conflicted, (table, col, values)
                        assert m[rid][k] == orow[k]
                    else:
                        assert m[rid][k] == orow[k]  # untouched there: the lead's value stands
            # every row added anywhere is there
            for c in [o, *cs]:
                for rid, row in c.items():
                    if rid not in a:
                        assert m.get(rid) == row


def test_copies_with_the_same_file_name_stay_apart(base, tmp_path):
    fid = next(iter(findings_of(base)))
    paths = []
    for who in ("甲", "乙"):
        folder = tmp_path / who
        folder.mkdir()
        p = folder / "sample.fev"
        shutil.copyfile(base, p)
        with open_evaluation(p, actor=who) as s:
            findings.update_finding(s, fid, title=f"{who}的标题")
        paths.append(p)
    p = merge.plan(base, paths)
    [c] = p.conflicts
    assert len({s.source for s in c.copies}) == 2
    c.choice = 1 + [s.value for s in c.copies].index("乙的标题")
    merge.apply(p, tmp_path / "out.fev")
    assert findings_of(tmp_path / "out.fev")[fid].title == "乙的标题"
