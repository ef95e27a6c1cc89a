"""What the integrity check says is said once: the Chinese it always read (file, command line, log), and
an English rendering from the shipped translation with the same values in place — for every kind of
problem it finds (header, truncation, tampered rows and events, evidence, sign-offs, anchors) and for the
recovery text."""
from __future__ import annotations

import os
import re
import shutil
import sqlite3
from pathlib import Path

import pytest

from services.evaluation import assessments, findings
from services.fieldwork import evidence
from services.teamwork import assignments, backups, integrity
from tests.english_text import assert_english, shipped_english


@pytest.fixture(scope="module")
def english():
    return shipped_english()


def raw(path: Path, sql: str, *params) -> None:
    con = sqlite3.connect(path)
    con.execute("PRAGMA foreign_keys=OFF")
    con.execute(sql, params)
    con.commit()
    con.close()


def test_a_truncated_file_reads_in_english_with_its_sizes_and_in_chinese_as_before(sample_path, english):
    size = sample_path.stat().st_size
    sample_path.write_bytes(sample_path.read_bytes()[:8192])
    for problems in (integrity.verify(sample_path), integrity.quick_problems(sample_path)):
        assert problems == [f"“sample.fev”不完整（文件被截断）：应有 {size} 字节，实际只有 8192 字节。"]
        assert english(problems[0]) == (f"“sample.fev” is incomplete (the file was cut short): it should have {size} bytes "
                                        "but has only 8192.")
    odd = sample_path.with_name("odd.fev")
    odd.write_bytes(b"\0" * 100)
    assert english(integrity.verify(odd)[0]) == ("“odd.fev” is not a FieldEval evaluation file (its format is not "
                                                 "recognised; it may be badly damaged)")
    odd.write_bytes(b"")
    assert english(integrity.verify(odd)[0]) == "“odd.fev” is an empty file (0 bytes), not an evaluation file"


def test_the_recovery_text_in_english_and_in_chinese(sample_path, english):
    good = backups.make_backup(sample_path, "manual")
    os.utime(good, (1700000000, 1700000000))
    stamp = __import__("datetime").datetime.fromtimestamp(1700000000).strftime("%Y-%m-%d %H:%M")
    size = sample_path.stat().st_size
    sample_path.write_bytes(sample_path.read_bytes()[:8192])
    d = integrity.diagnose(sample_path)
    assert d.backup == good
    assert d.message == ("“sample.fev”有问题：\n"
                         f"· “sample.fev”不完整（文件被截断）：应有 {size} 字节，实际只有 8192 字节。\n"
                         f"最近一份完好的备份：{good.name}（{stamp}），可以从它恢复。")
    assert english(d.message) == ("Problems with “sample.fev”:\n"
                                  f"· “sample.fev” is incomplete (the file was cut short): it should have {size} bytes "
                                  "but has only 8192.\n"
                                  f"Newest good backup: {good.name} ({stamp}); the file can be restored from it.")
    many = integrity.Diagnosis(sample_path, integrity.verify(sample_path) * 12, None)
    lines = english(many.message).split("\n")
    assert len(lines) == 13 and lines[-2:] == ["… 12 problems in all", "No good backup was found."]
    assert str(many.message).split("\n")[-2:] == ["……共 12 处问题", "没有找到完好的备份。"]


def test_rows_and_events_changed_behind_the_programs_back_read_in_english(sample_path, tmp_path, english):
    con = sqlite3.connect(sample_path)
    fid, amount = con.execute("SELECT id, amount FROM finding ORDER BY position LIMIT 1").fetchone()
    con.close()
    copies = {}
    for name in ("edited", "deleted", "smuggled", "event", "unlinked", "emptied"):
        copies[name] = tmp_path / f"{name}.fev"
        shutil.copyfile(sample_path, copies[name])
    raw(copies["edited"], "UPDATE finding SET amount = '0' WHERE id = ?", fid)
    raw(copies["deleted"], "DELETE FROM fund_line WHERE rowid = (SELECT min(rowid) FROM fund_line)")
    raw(copies["smuggled"], "INSERT INTO summary_row (id, updated_at, updated_by, position, area, problems, advice) "
                            "VALUES ('smuggled', '2024-01-01 00:00:00.000000', '', 9, 'x', '', '')")
    raw(copies["event"], "UPDATE audit_event SET actor = 'x' WHERE seq = 5")
    raw(copies["unlinked"], "DELETE FROM audit_event WHERE seq = 7")
    raw(copies["emptied"], "DELETE FROM audit_event")

    edited = integrity.verify(copies["edited"])
    assert edited == [f"问题记录 {fid[:8]} 的字段“amount”在程序之外被改动：审计轨迹中最后的值为 “{amount}”，现在为 “0”"]
    assert english(edited[0]) == (f"Finding record {fid[:8]}: field “amount” was changed outside the program "
                                  f"(last value in the audit trail “{amount}”, now “0”)")
    deleted = integrity.verify(copies["deleted"])
    assert len(deleted) == 1 and deleted[0].startswith("资金记录 ") and deleted[0].endswith("被删除，但审计轨迹中没有删除记录（文件在程序之外被改动）")
    assert re.fullmatch(r"Funds record [0-9a-f]{8} was deleted, but the audit trail has no deletion for it "
                        r"\(the file was changed outside the program\)", english(deleted[0]))
    smuggled = integrity.verify(copies["smuggled"])
    assert smuggled == ["简要情况表记录 smuggled 不是由本程序写入的（审计轨迹中没有它的新增记录）"]
    assert english(smuggled[0]) == ("Summary sheet record smuggled was not written by this program "
                                    "(the audit trail has no record of it being added)")
    event = integrity.verify(copies["event"])
    assert next(english(p) for p in event if "#5" in p).startswith("The content of audit record #5 (")
    assert next(str(p) for p in event if "#5" in p).startswith("审计记录 #5（")
    unlinked = integrity.verify(copies["unlinked"])
    assert unlinked == ["审计记录 #8 与前一条记录不衔接（记录被删除或改动）"]
    assert english(unlinked[0]) == "Audit record #8 does not link to the one before it (a record was deleted or changed)"
    emptied = integrity.verify(copies["emptied"])
    assert emptied == ["审计轨迹为空，但文件中有数据：审计轨迹被整体删除"]
    assert english(emptied[0]) == "The audit trail is empty but the file holds data: the whole audit trail was deleted"
    for problems in (edited, deleted, smuggled, event, unlinked, emptied):
        for p in problems:
            assert_english(english, p)


def test_evidence_sign_offs_and_anchors_read_in_english(sample_path, tmp_path, english):
    store = assessments.open_evaluation(sample_path, actor="Lead")
    pic = tmp_path / "photo.jpg"
    pic.write_bytes(b"\xff\xd8 picture" * 100)
    ev = evidence.add_evidence(store, pic, "site")
    stage = assignments.review_chain(store)[0]
    assignments.sign(store, stage, "Lead")
    store.close()
    copies = {}
    for name in ("blob", "missing", "size", "signature", "cut", "reverted"):
        copies[name] = tmp_path / f"{name}.fev"
        shutil.copyfile(sample_path, copies[name])
    raw(copies["blob"], "UPDATE blob SET data = ? WHERE sha256 = ?", b"other bytes", ev.sha256)
    raw(copies["missing"], "DELETE FROM blob WHERE sha256 = ?", ev.sha256)
    raw(copies["size"], "UPDATE blob SET size = 3 WHERE sha256 = ?", ev.sha256)
    raw(copies["signature"], "UPDATE sign_off SET signer = 'Someone'")
    raw(copies["cut"], "DELETE FROM audit_event WHERE seq >= (SELECT anchor_seq FROM sign_off)")
    old = tmp_path / "old.bin"
    shutil.copyfile(copies["reverted"], old)
    store = assessments.open_evaluation(copies["reverted"], actor="Lead")
    findings.update_finding(store, findings.list_findings(store)[0].id, title="later")
    store.close()  # this computer records the trail's head as an anchor
    shutil.copyfile(old, copies["reverted"])  # an older copy put back behind the program's back

    sha = ev.sha256[:12]
    said = {name: integrity.verify(p) for name, p in copies.items()}
    shown = {name: [english(p) for p in problems] for name, problems in said.items()}
    assert said["blob"] == [f"证据文件 {sha}… 的内容与其 SHA-256 校验值不符（已损坏或被改动）"]
    assert shown["blob"] == [f"The content of evidence file {sha}… does not match its SHA-256 checksum (damaged or altered)"]
    assert said["missing"] == ["证据表第 1 行引用的blob记录不存在", f"证据“photo.jpg”的文件内容缺失（{sha}…）"]
    assert shown["missing"] == ["Row 1 of the Evidence table refers to a blob record that does not exist",
                                f"The file content of evidence “photo.jpg” is missing ({sha}…)"]
    assert said["size"] == [f"证据文件 {sha}… 记录的大小 3 与实际 1000 字节不符"]
    assert shown["size"] == [f"Evidence file {sha}… is recorded as 3 bytes but is 1000 bytes"]
    # the review step is a word of the program's vocabulary: English too; the signer's name as written
    assert re.fullmatch(r"“项目负责人”的签署（Someone，[-0-9 :]{16}）的签名不符：签署记录或其锚点被改动", said["signature"][0])
    assert re.fullmatch(r"The signature of the “Project lead” sign-off \(Someone, [-0-9 :]{16}\) does not match: "
                        r"the sign-off record or its anchor was changed", shown["signature"][0])
    assert re.fullmatch(r"Audit record #\d+, anchored by the “Project lead” sign-off \(Lead, [-0-9 :]{16}\), is no longer "
                        r"in the file or was rewritten: the audit trail was cut short, reverted or rewritten", shown["cut"][0])
    assert re.fullmatch(r"“项目负责人”的签署（Lead，[-0-9 :]{16}）锚定的审计记录 #\d+ 已不在文件中或被改写：审计轨迹被截断、回退或重写",
                        said["cut"][0])
    assert re.fullmatch(r"Audit trail anchor #\d+ recorded on this computer \(.+, [-0-9 :]{19}\) is no longer in the file "
                        r"or was rewritten: since then the file was cut short, reverted to an older copy or rewritten",
                        shown["reverted"][0])
    assert said["reverted"][0].startswith("本机记录的审计轨迹锚点 #")
    for problems in said.values():
        assert problems
        for p in problems:
            assert_english(english, p)


def test_header_version_and_summary_lines_read_in_english(sample_path, tmp_path, english):
    folder = tmp_path / "folder.fev"
    folder.mkdir()
    assert english(integrity.verify(folder)[0]) == "“folder.fev” is a folder, not an evaluation file"
    assert english(integrity.verify(tmp_path / "gone.fev")[0]) == f"File not found: {tmp_path / 'gone.fev'}"
    data = sample_path.read_bytes()
    app = tmp_path / "app.fev"
    app.write_bytes(data[:68] + bytes([data[68] ^ 0x10]) + data[69:])
    assert english(integrity.verify(app)[0]) == ("“app.fev” is an SQLite database but not a FieldEval evaluation file "
                                                 "(or its header is damaged)")
    page = tmp_path / "page.fev"
    page.write_bytes(data[:16] + (1000).to_bytes(2, "big") + data[18:])
    assert integrity.verify(page) == ["“page.fev”的文件头已损坏（页大小 1000 无效）。"]
    assert english(integrity.verify(page)[0]) == "The header of “page.fev” is damaged (page size 1000 is not valid)."
    odd = tmp_path / "odd-version.fev"
    shutil.copyfile(sample_path, odd)
    raw(odd, "UPDATE alembic_version SET version_num = 'zzz'")
    assert english(integrity.verify(odd)[0]) == "The schema version of “odd-version.fev” (zzz) is not one this program knows"
    raw(odd, "DROP TABLE alembic_version")
    assert english(integrity.verify(odd)[0]) == ("“odd-version.fev” lacks version information; "
                                                 "it is not a complete FieldEval evaluation file")
    summary = integrity.anchor_summary(sample_path)
    assert str(summary[0]).startswith("已核对：审计轨迹 ") and str(summary[-1]).startswith("无法得知：")
    assert re.fullmatch(r"Checked: \d+ audit records, 0 sign-off anchors, \d+ anchors recorded on this computer\.",
                        english(summary[0]))
    assert english(summary[-1]).startswith("Cannot be known: ")
    assert english(summary[-1]).endswith("whether a sign-off's public key belongs to the signer "
                                         "(only the key fingerprint on the printout can confirm it).")
    for line in summary:
        assert_english(english, line)
