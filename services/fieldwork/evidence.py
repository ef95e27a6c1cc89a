"""证据 (evidence): files kept inside the evaluation file, addressed by SHA-256.

A file added twice is stored once (table ``blob``, keyed by its hash); each ``Evidence`` row is
one appearance of a file with its own description, 索引号 and links to indicators and findings.
Everything here is plain Python: the window and the CLI call the same functions.
"""
from __future__ import annotations

import hashlib
import io
import mimetypes
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select

from models.entities import (
    Blob,
    Evidence,
    EvidenceLink,
    FieldRecord,
    Finding,
    Indicator,
)
from models.messages import said
from models.store import Store
from services.core.dates import parse_when
from services.core.errors import EditRefused
from services.core.filenames import check_target
from services.core.files import atomic_write_bytes
from services.scoring import in_tree_order, tree_order

#: the largest file accepted by default (bytes); a photo or a scanned PDF is far below this
MAX_BYTES = 200 * 1024 * 1024
LINK_KINDS = {"indicator": "指标", "finding": "问题"}
INDEX_PREFIX = "ZJ-"
_EXIF_IFD = 0x8769
_EXIF_DATETIME_ORIGINAL = 36867
_EXIF_DATETIME = 306


@dataclass
class EvidenceData:
    id: str
    filename: str
    mime: str
    size: int
    sha256: str
    captured_at: datetime | None = None
    description: str = ""
    index_no: str = ""
    field_record_id: str | None = None
    links: tuple[tuple[str, str], ...] = ()
    #: the file's bytes, filled only by ``delete_evidence`` when the last copy of the blob went away,
    #: so that ``restore_evidence`` (undo) can put it back
    content: bytes | None = field(default=None, repr=False, compare=False)

    @property
    def is_image(self) -> bool:
        return self.mime.startswith("image/")


# ── reading ─────────────────────────────────────────────────────────────────
def _framework_order(s) -> dict[str, int]:
    return tree_order(s.execute(select(Indicator.id, Indicator.parent_id, Indicator.position, Indicator.code)).all())


def _in_order(links: Iterable[tuple[str, str]], order: dict[str, int]) -> list[tuple[str, str]]:
    """The links with the linked indicators in the framework's order, each kept in the indicators' places."""
    links = list(links)
    indicators = iter(in_tree_order([t for k, t in links if k == "indicator"], order))
    return [(k, next(indicators)) if k == "indicator" else (k, t) for k, t in links]


def _data(ev: Evidence, links: Iterable[tuple[str, str]]) -> EvidenceData:
    return EvidenceData(id=ev.id, filename=printable_name(ev.filename), mime=ev.mime, size=ev.size, sha256=ev.sha256,
                        captured_at=ev.captured_at, description=ev.description or "", index_no=ev.index_no or "",
                        field_record_id=ev.field_record_id, links=tuple(links))


def list_evidence(store: Store, target_kind: str | None = None, target_id: str | None = None) -> list[EvidenceData]:
    """All evidence, or the evidence linked to one target.

    ``target_kind`` is "indicator", "finding" or "field_record" (evidence gathered in a 现场记录).
    """
    with store.read() as s:
        q = select(Evidence)
        if target_kind == "field_record":
            q = q.where(Evidence.field_record_id == target_id)
        elif target_kind is not None:
            q = q.where(Evidence.id.in_(select(EvidenceLink.evidence_id).where(
                EvidenceLink.target_kind == target_kind, EvidenceLink.target_id == target_id)))
        rows = s.execute(q).scalars().all()
        link_q = select(EvidenceLink.evidence_id, EvidenceLink.target_kind,
                        EvidenceLink.target_id).order_by(EvidenceLink.target_kind)
        if target_kind is not None:  # one target's evidence: read only their links, not every link in the file
            link_q = link_q.where(EvidenceLink.evidence_id.in_([ev.id for ev in rows]))
        links: dict[str, list[tuple[str, str]]] = {}
        for eid, kind, tid in s.execute(link_q):
            links.setdefault(eid, []).append((kind, tid))
        order = _framework_order(s) if links else {}
        out = [_data(ev, _in_order(links.get(ev.id, ()), order)) for ev in rows]
    return sorted(out, key=lambda e: (_index_number(e.index_no) or 10**9, e.index_no, e.filename))


def get_evidence(store: Store, evidence_id: str) -> EvidenceData:
    with store.read() as s:
        ev = s.get(Evidence, evidence_id)
        if ev is None:
            raise EditRefused(said("该证据已被删除"))
        links = s.execute(select(EvidenceLink.target_kind, EvidenceLink.target_id)
                          .where(EvidenceLink.evidence_id == evidence_id)).all()
        return _data(ev, _in_order(links, _framework_order(s) if links else {}))


def get_blob(store: Store, sha256: str) -> bytes:
    with store.read() as s:
        data = s.execute(select(Blob.data).where(Blob.sha256 == sha256)).scalar_one_or_none()
    if data is None:
        raise EditRefused(said("证据文件内容已不在评价文件中"))
    return bytes(data)


# ── helpers ─────────────────────────────────────────────────────────────────
def _index_number(index_no: str) -> int | None:
    m = re.fullmatch(re.escape(INDEX_PREFIX) + r"(\d+)", index_no or "")
    return int(m.group(1)) if m else None


def _next_index(s) -> str:
    numbers = [_index_number(n) for n in s.execute(select(Evidence.index_no)).scalars()]
    return f"{INDEX_PREFIX}{max([n for n in numbers if n is not None], default=0) + 1:03d}"


def guess_mime(filename: str) -> str:
    mime, _enc = mimetypes.guess_type(filename, strict=False)
    return mime or "application/octet-stream"


def exif_time(content: bytes) -> datetime | None:
    """The photo's EXIF DateTimeOriginal (or DateTime), None when absent or unreadable."""
    try:
        from PIL import Image

        with Image.open(io.BytesIO(content)) as im:
            exif = im.getexif()
            raw = exif.get_ifd(_EXIF_IFD).get(_EXIF_DATETIME_ORIGINAL) or exif.get(_EXIF_DATETIME)
    except Exception:  # noqa: BLE001 - a photo without readable EXIF simply has no capture time
        return None
    if not raw:
        return None
    try:
        return datetime.strptime(str(raw).strip("\x00 ").strip(), "%Y:%m:%d %H:%M:%S")
    except ValueError:
        return None


def _check_links(s, links: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    clean: list[tuple[str, str]] = []
    for kind, target in links:
        if kind not in LINK_KINDS:
            raise EditRefused(said("证据只能关联到指标或问题，不能关联到“{kind}”", kind=kind))
        entity = Indicator if kind == "indicator" else Finding
        if s.get(entity, target) is None:
            raise EditRefused(said("要关联的{LINK_KINDS}已不存在", LINK_KINDS=LINK_KINDS[kind]))
        if (kind, target) not in clean:
            clean.append((kind, target))
    return clean


def _check_field_record(s, field_record_id: str | None) -> None:
    if field_record_id is not None and s.get(FieldRecord, field_record_id) is None:
        raise EditRefused(said("该现场记录已被删除"))


_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def printable_name(name: str) -> str:
    """A file name with control characters (tabs, line breaks, escapes) shown as "_", so that it
    can be listed on one line and printed."""
    return _CONTROL.sub("_", name or "")


def _read_file(file_path: Path | str, max_bytes: int) -> tuple[Path, bytes]:
    path = Path(file_path)
    try:
        if not path.exists():
            raise EditRefused(said("找不到文件“{name}”，无法作为证据添加", name=printable_name(path.name)))
        if not path.is_file():
            raise EditRefused(said("“{name}”是文件夹或设备，不是普通文件，无法作为证据添加", name=printable_name(path.name)))
        size = path.stat().st_size
        if size > max_bytes:
            raise EditRefused(said("“{name}”太大（{size}），证据文件不能超过 {max_bytes}", name=path.name, size=_size_text(size), max_bytes=_size_text(max_bytes)))
        content = path.read_bytes()
    except OSError as exc:
        raise EditRefused(said("无法读取“{name}”：{value}", name=path.name, value=exc.strerror or exc)) from None
    if len(content) > max_bytes:  # grew while we looked
        raise EditRefused(said("“{name}”太大，证据文件不能超过 {max_bytes}", name=path.name, max_bytes=_size_text(max_bytes)))
    return path, content


def _size_text(n: int) -> str:
    if n >= 1024 * 1024:
        return f"{n / 1024 / 1024:.1f} MB"
    if n >= 1024:
        return f"{n / 1024:.1f} KB"
    return f"{n} 字节"


def size_text(n: int) -> str:
    """A file size for people (字节 / KB / MB)."""
    return _size_text(n)


# ── writing ─────────────────────────────────────────────────────────────────
def add_evidence(store: Store, file_path: Path | str, description: str = "",
                 links: Iterable[tuple[str, str]] = (), field_record_id: str | None = None,
                 max_bytes: int = MAX_BYTES) -> EvidenceData:
    """Store a file as evidence (blob once per SHA-256) and link it; refused files change nothing."""
    path, content = _read_file(file_path, max_bytes)
    digest = hashlib.sha256(content).hexdigest()
    mime = guess_mime(path.name)
    captured = exif_time(content) if mime.startswith("image/") else None
    with store.session("添加证据") as s:
        clean = _check_links(s, links)
        _check_field_record(s, field_record_id)
        if s.get(Blob, digest) is None:
            s.add(Blob(sha256=digest, size=len(content), data=content))
        ev = Evidence(sha256=digest, filename=printable_name(path.name)[:300], mime=mime, size=len(content), captured_at=captured,
                      description=description or "", index_no=_next_index(s), field_record_id=field_record_id)
        s.add(ev)
        s.flush()
        for kind, target in clean:
            s.add(EvidenceLink(evidence_id=ev.id, target_kind=kind, target_id=target))
        evidence_id = ev.id
    return get_evidence(store, evidence_id)


def update_evidence(store: Store, evidence_id: str, **changes) -> EvidenceData:
    """Change description, 索引号, filename, captured_at or field record; returns the old values."""
    allowed = {"description", "index_no", "filename", "captured_at", "field_record_id"}
    unknown = set(changes) - allowed
    if unknown:
        raise EditRefused(said("证据没有这些字段：{unknown}", unknown='、'.join(sorted(unknown))))
    if "filename" in changes and not str(changes["filename"] or "").strip():
        raise EditRefused(said("证据文件名不能为空"))
    if "captured_at" in changes and changes["captured_at"] not in (None, "") \
            and not isinstance(changes["captured_at"], datetime):
        changes["captured_at"] = parse_when(changes["captured_at"], "拍摄时间")
    before = get_evidence(store, evidence_id)
    with store.session("修改证据") as s:
        ev = s.get(Evidence, evidence_id)
        if ev is None:
            raise EditRefused(said("该证据已被删除"))
        if "field_record_id" in changes:
            _check_field_record(s, changes["field_record_id"])
        for k, v in changes.items():
            if k in ("captured_at", "field_record_id"):
                setattr(ev, k, v or None)
            else:
                setattr(ev, k, str(v or "").strip() if k == "filename" else str(v or ""))
    return before


def link(store: Store, evidence_id: str, kind: str, target_id: str) -> bool:
    """Link evidence to an indicator or finding; False when it was already linked."""
    with store.session("关联证据") as s:
        if s.get(Evidence, evidence_id) is None:
            raise EditRefused(said("该证据已被删除"))
        _check_links(s, [(kind, target_id)])
        exists = s.execute(select(EvidenceLink).where(
            EvidenceLink.evidence_id == evidence_id, EvidenceLink.target_kind == kind,
            EvidenceLink.target_id == target_id)).scalar_one_or_none()
        if exists is not None:
            return False
        s.add(EvidenceLink(evidence_id=evidence_id, target_kind=kind, target_id=target_id))
    return True


def unlink(store: Store, evidence_id: str, kind: str, target_id: str) -> bool:
    """Remove one link; False when there was none."""
    with store.session("取消关联证据") as s:
        rows = s.execute(select(EvidenceLink).where(
            EvidenceLink.evidence_id == evidence_id, EvidenceLink.target_kind == kind,
            EvidenceLink.target_id == target_id)).scalars().all()
        for row in rows:  # through the ORM, so the audit trail records the removal
            s.delete(row)
    return bool(rows)


def delete_evidence(store: Store, evidence_id: str) -> EvidenceData:
    """Delete evidence and its links; the blob goes only when no other evidence uses it.

    Returns what was deleted (with ``content`` when the blob went too) for ``restore_evidence``.
    """
    before = get_evidence(store, evidence_id)
    with store.session("删除证据") as s:
        ev = s.get(Evidence, evidence_id)
        if ev is None:
            raise EditRefused(said("该证据已被删除"))
        for row in s.execute(select(EvidenceLink).where(EvidenceLink.evidence_id == evidence_id)).scalars():
            s.delete(row)
        s.flush()  # links first (audited one by one), so the database's cascade finds nothing left
        s.delete(ev)
        s.flush()
        others = s.execute(select(func.count()).select_from(Evidence).where(Evidence.sha256 == before.sha256)).scalar()
        if not others:
            blob = s.get(Blob, before.sha256)
            if blob is not None:
                before.content = bytes(blob.data)
                s.delete(blob)
    return before


def restore_evidence(store: Store, data: EvidenceData) -> EvidenceData:
    """Put deleted evidence back with its id, 索引号 and links (undo of ``delete_evidence``)."""
    with store.session("恢复证据") as s:
        if s.get(Evidence, data.id) is not None:
            raise EditRefused(said("该证据已存在，无需恢复"))
        if s.get(Blob, data.sha256) is None:
            if data.content is None or hashlib.sha256(data.content).hexdigest() != data.sha256:
                raise EditRefused(said("证据文件内容已丢失，无法恢复"))
            s.add(Blob(sha256=data.sha256, size=len(data.content), data=data.content))
        field_record = data.field_record_id if data.field_record_id and s.get(FieldRecord, data.field_record_id) else None
        s.add(Evidence(id=data.id, sha256=data.sha256, filename=data.filename, mime=data.mime, size=data.size,
                       captured_at=data.captured_at, description=data.description, index_no=data.index_no,
                       field_record_id=field_record))
        s.flush()
        for kind, target in data.links:
            entity = Indicator if kind == "indicator" else Finding
            if kind in LINK_KINDS and s.get(entity, target) is not None:
                s.add(EvidenceLink(evidence_id=data.id, target_kind=kind, target_id=target))
    return get_evidence(store, data.id)


# ── leaving the file ────────────────────────────────────────────────────────
_UNSAFE = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]')
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}


def safe_filename(name: str, fallback: str = "证据") -> str:
    """A file name that stays inside its folder on every system (no separators, no '..')."""
    base = (name or "").replace("\\", "/").split("/")[-1]
    base = _UNSAFE.sub("_", base).strip().strip(".").strip()
    if not base or base in (".", ".."):
        base = fallback
    stem, dot, ext = base.rpartition(".")
    if (stem if dot else base).upper() in _RESERVED:
        base = "_" + base
    if len(base.encode("utf-8")) > 180:
        ext = ("." + ext) if dot and len(ext) <= 10 else ""
        base = base.encode("utf-8")[:170].decode("utf-8", "ignore") + ext
    return base


def export_to(store: Store, evidence_id: str, folder: Path | str) -> Path:
    """Write a copy of the evidence file into ``folder`` (e.g. to open it with the system viewer)."""
    ev = get_evidence(store, evidence_id)
    content = get_blob(store, ev.sha256)
    folder = Path(folder)
    name = safe_filename(ev.filename)
    if ev.index_no:
        name = safe_filename(f"{ev.index_no}_{name}")
    check_target(folder / name)  # the folder's name and the whole path's length
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / name
    if target.resolve().parent != folder.resolve():  # belt and braces: never leave the folder
        raise EditRefused(said("证据文件名不安全，无法导出"))
    if target.exists():
        try:
            if target.read_bytes() == content:
                return target
        except OSError:
            pass
        stem, suffix = target.stem, target.suffix
        n = 2
        while target.exists():
            target = folder / f"{stem}({n}){suffix}"
            n += 1
    return atomic_write_bytes(target, content)


def thumbnail(store: Store, evidence_id: str, size: int = 160) -> bytes | None:
    """A PNG thumbnail (at most ``size`` pixels square) of an image; None for other files."""
    ev = get_evidence(store, evidence_id)
    if not ev.is_image:
        return None
    return thumbnail_of(get_blob(store, ev.sha256), size)


#: the most pixels an image may have to be decoded for a thumbnail (about 160 MB as RGBA);
#: larger images (a hostile 12000×12000 PNG is 410 KB on disk) get the generic icon
MAX_THUMBNAIL_PIXELS = 40_000_000


def thumbnail_of(content: bytes, size: int = 160) -> bytes | None:
    try:
        from PIL import Image, ImageOps

        with Image.open(io.BytesIO(content)) as im:
            im.draft("RGB", (size * 2, size * 2))  # JPEG: decode at a reduced scale, much faster for big photos
            w, h = im.size  # after draft: the size that will actually be decoded
            if w * h > MAX_THUMBNAIL_PIXELS:
                return None
            im = ImageOps.exif_transpose(im)
            im.thumbnail((size, size))
            if im.mode not in ("RGB", "RGBA", "L", "LA"):
                im = im.convert("RGBA")
            out = io.BytesIO()
            im.save(out, format="PNG")
            return out.getvalue()
    except Exception:  # noqa: BLE001 - a damaged image gets the generic icon instead
        return None
