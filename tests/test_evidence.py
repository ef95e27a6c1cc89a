"""Evidence and field records: content-addressed blobs in the evaluation file, on real SQLite files."""
from __future__ import annotations

import hashlib
import io
from datetime import datetime
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import func, select

from models.entities import Blob
from services.core.errors import EditRefused
from services.evaluation import assessments, findings
from services.fieldwork import evidence, records
from services.frameworks import catalog


@pytest.fixture
def store(tmp_path):
    fw = catalog.load("national-project-2020")
    st = assessments.create(tmp_path / "e.fev", fw, {"name": "测试项目"}, actor="测试员")
    yield st
    st.close()


def _leaf_id(store) -> str:
    specs, _ = assessments.load_tree(store)
    parents = {s.parent_id for s in specs}
    return next(s.id for s in specs if s.id not in parents)


def _jpeg_with_exif(path: Path, when: str = "2024:09:30 14:05:06") -> Path:
    im = Image.new("RGB", (320, 200), (200, 40, 40))
    exif = Image.Exif()
    exif[306] = "2025:01:01 00:00:00"  # DateTime (file changed) — the original time must win
    exif.get_ifd(0x8769)[36867] = when  # DateTimeOriginal
    im.save(path, format="JPEG", exif=exif.tobytes())
    return path


def _blob_count(store) -> int:
    with store.read() as s:
        return s.execute(select(func.count()).select_from(Blob)).scalar()


def test_add_stores_hash_mime_index_and_link(store, tmp_path):
    leaf = _leaf_id(store)
    f = tmp_path / "验收报告.pdf"
    f.write_bytes(b"%PDF-1.4 test content")
    ev = evidence.add_evidence(store, f, "验收报告扫描件", links=(("indicator", leaf),))
    assert ev.sha256 == hashlib.sha256(b"%PDF-1.4 test content").hexdigest()
    assert ev.mime == "application/pdf"
    assert ev.size == len(b"%PDF-1.4 test content")
    assert ev.index_no == "ZJ-001"
    assert ev.links == (("indicator", leaf),)
    assert evidence.get_blob(store, ev.sha256) == b"%PDF-1.4 test content"
    assert [e.id for e in evidence.list_evidence(store, "indicator", leaf)] == [ev.id]
    assert evidence.list_evidence(store, "indicator", "nope") == []


def test_identical_files_share_one_blob_and_delete_keeps_shared_blob(store, tmp_path):
    a, b = tmp_path / "a.png", tmp_path / "copy-of-a.png"
    Image.new("RGB", (10, 10), "blue").save(a)
    b.write_bytes(a.read_bytes())
    e1 = evidence.add_evidence(store, a)
    e2 = evidence.add_evidence(store, b)
    assert e1.sha256 == e2.sha256 and e1.id != e2.id
    assert (e1.index_no, e2.index_no) == ("ZJ-001", "ZJ-002")
    assert _blob_count(store) == 1
    gone = evidence.delete_evidence(store, e1.id)
    assert gone.content is None  # the blob is still used by e2
    assert _blob_count(store) == 1
    gone2 = evidence.delete_evidence(store, e2.id)
    assert gone2.content == a.read_bytes()
    assert _blob_count(store) == 0
    back = evidence.restore_evidence(store, gone2)
    assert back.index_no == "ZJ-002" and evidence.get_blob(store, back.sha256) == a.read_bytes()


def test_size_limit_refused_and_file_unchanged(store, tmp_path):
    store_path = store.path
    with store.engine.connect() as con:
        con.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    before = store_path.read_bytes()
    big = tmp_path / "big.bin"
    big.write_bytes(b"x" * 5000)
    with pytest.raises(EditRefused, match="太大"):
        evidence.add_evidence(store, big, max_bytes=4096)
    with pytest.raises(EditRefused, match=r"找不到文件“missing\.jpg”"):
        evidence.add_evidence(store, tmp_path / "missing.jpg")
    with pytest.raises(EditRefused, match="不是普通文件"):
        evidence.add_evidence(store, tmp_path)
    assert evidence.list_evidence(store) == []
    assert _blob_count(store) == 0
    with store.engine.connect() as con:
        con.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    assert store_path.read_bytes() == before


def test_exif_time_and_thumbnail(store, tmp_path):
    photo = _jpeg_with_exif(tmp_path / "现场照片.jpg")
    ev = evidence.add_evidence(store, photo, "机房现场")
    assert ev.mime == "image/jpeg"
    assert ev.captured_at == datetime(2024, 9, 30, 14, 5, 6)
    png = evidence.thumbnail(store, ev.id, 64)
    im = Image.open(io.BytesIO(png))
    assert im.format == "PNG" and max(im.size) == 64 and im.size[0] > im.size[1]
    plain = tmp_path / "no-exif.png"
    Image.new("RGB", (5, 5)).save(plain)
    assert evidence.add_evidence(store, plain).captured_at is None
    doc = tmp_path / "台账.xlsx"
    doc.write_bytes(b"PK\x03\x04 not really")
    d = evidence.add_evidence(store, doc)
    assert evidence.thumbnail(store, d.id, 64) is None


def test_export_uses_safe_name(store, tmp_path):
    f = tmp_path / "合同.pdf"
    f.write_bytes(b"contract")
    ev = evidence.add_evidence(store, f)
    evidence.update_evidence(store, ev.id, filename="../../etc/passwd")
    out = tmp_path / "out"
    p = evidence.export_to(store, ev.id, out)
    assert p.parent == out and p.read_bytes() == b"contract"
    assert ".." not in p.name and "/" not in p.name
    assert not (tmp_path / "etc").exists()
    assert evidence.safe_filename("..") == "证据"
    assert evidence.safe_filename("CON.txt") == "_CON.txt"
    assert evidence.safe_filename("a\\b:c?.jpg") == "b_c_.jpg"


def test_link_unlink_update_and_field_records(store, tmp_path):
    leaf = _leaf_id(store)
    fid = findings.add_finding(store, {"category": "B", "title": "合同管理不规范"}, [leaf])
    f = tmp_path / "照片.jpg"
    Image.new("RGB", (8, 8)).save(f, format="JPEG")
    rec = records.add_record(store, {"kind": "实地勘察", "happened_at": "2024-09-30 09:30", "place": "市公安局指挥中心",
                                       "people": "张三（科长）", "notes": "查看机房", "recorder": "李四"})
    assert rec.happened_at == datetime(2024, 9, 30, 9, 30)
    ev = evidence.add_evidence(store, f, field_record_id=rec.id)
    assert evidence.link(store, ev.id, "finding", fid) is True
    assert evidence.link(store, ev.id, "finding", fid) is False
    assert [e.id for e in evidence.list_evidence(store, "finding", fid)] == [ev.id]
    assert [e.id for e in evidence.list_evidence(store, "field_record", rec.id)] == [ev.id]
    with pytest.raises(EditRefused):
        evidence.link(store, ev.id, "survey", fid)
    with pytest.raises(EditRefused):
        evidence.link(store, ev.id, "indicator", "no-such-indicator")
    assert evidence.unlink(store, ev.id, "finding", fid) is True
    assert evidence.list_evidence(store, "finding", fid) == []
    old = evidence.update_evidence(store, ev.id, description="指挥中心机房")
    assert old.description == "" and evidence.get_evidence(store, ev.id).description == "指挥中心机房"

    with pytest.raises(EditRefused, match="时间"):
        records.update_record(store, rec.id, happened_at="九月三十日")
    with pytest.raises(EditRefused):
        records.add_record(store, {"kind": "开会"})
    before = records.update_record(store, rec.id, notes="查看机房与监控大屏")
    assert before.notes == "查看机房"
    data, attached = records.delete_record(store, rec.id)
    assert attached == (ev.id,) and evidence.get_evidence(store, ev.id).field_record_id is None
    records.restore_record(store, data, attached)
    assert evidence.get_evidence(store, ev.id).field_record_id == rec.id
    assert records.list_records(store)[0].notes == "查看机房与监控大屏"


def test_cli_add_list_export(sample_path, tmp_path, capsys):
    import main

    photo = _jpeg_with_exif(tmp_path / "点位.jpg")
    assert main.main(["evidence", "add", str(sample_path), str(photo), "--indicator", "2.1.3", "--finding", "2"]) == 0
    assert "ZJ-001" in capsys.readouterr().out
    assert main.main(["evidence", "list", str(sample_path)]) == 0
    listed = capsys.readouterr().out
    assert "点位.jpg" in listed and "2024-09-30 14:05" in listed and "指标 2.1.3" in listed and "问题 2" in listed
    assert main.main(["evidence", "export", str(sample_path), "ZJ-001", "-o", str(tmp_path / "out")]) == 0
    assert (tmp_path / "out" / "ZJ-001_点位.jpg").read_bytes() == photo.read_bytes()
    assert main.main(["evidence", "add", str(sample_path), str(photo), "--indicator", "9.9.9"]) == 1
    assert "没有编号" in capsys.readouterr().err
    assert main.main(["findings", str(sample_path)]) == 0
    assert "共计发现问题 5 类，问题总数 14 个。" in capsys.readouterr().out
