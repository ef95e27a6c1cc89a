"""Reading an evaluation file without writing a byte of it (no lock, no journal switch, no -wal/-shm)."""
from __future__ import annotations

import re
import sqlite3
import struct
from pathlib import Path
from urllib.parse import quote

from models.messages import Said, said

#: PRAGMA application_id of every evaluation file: "FEV1".
APPLICATION_ID = 0x46455631
SQLITE_HEADER = b"SQLite format 3\x00"
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
_REV = re.compile(r"^(down_revision|revision)\s*=\s*(?:['\"]([^'\"]*)['\"]|None)", re.M)


def revision_graph(migrations_dir: Path = MIGRATIONS_DIR) -> dict[str, str | None]:
    """revision → down_revision, read from the migration files without importing Alembic."""
    graph: dict[str, str | None] = {}
    for f in sorted((migrations_dir / "versions").glob("*.py")):
        found = dict((k, v or None) for k, v in _REV.findall(f.read_text(encoding="utf-8")))
        if found.get("revision"):
            graph[found["revision"]] = found.get("down_revision")
    return graph


def head_of(graph: dict[str, str | None]) -> str:
    """The one revision no other revision builds on (the schema this program writes)."""
    parents = {d for d in graph.values() if d}
    heads = [r for r in graph if r not in parents]
    if len(heads) != 1:
        raise RuntimeError(f"migrations must have exactly one head, found {heads}")
    return heads[0]


def wal_has_data(path: Path) -> bool:
    """Whether a ``-wal`` beside the file holds pages not yet in it (the header's page count then tells nothing)."""
    try:
        return Path(str(path) + "-wal").stat().st_size > 0
    except FileNotFoundError:  # none, or removed by another program closing the file between two looks
        return False


def truncation(path: Path, header: bytes) -> Said | str:
    """Why the file is cut short ("" when its size is what its header promises)."""
    page_size = struct.unpack(">H", header[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return said("“{name}”的文件头已损坏（页大小 {page_size} 无效）。", name=path.name, page_size=page_size)
    size = path.stat().st_size
    (change_counter,) = struct.unpack(">I", header[24:28])
    (pages,) = struct.unpack(">I", header[28:32])
    (valid_for,) = struct.unpack(">I", header[92:96])
    if valid_for == change_counter and pages and not wal_has_data(path) and size < pages * page_size:
        return said("“{name}”不完整（文件被截断）：应有 {expected} 字节，实际只有 {size} 字节。", name=path.name,
                    expected=pages * page_size, size=size)
    if size % page_size:
        return said("“{name}”不完整（文件大小 {size} 字节不是整页，文件被截断或被改动）。", name=path.name, size=size)
    return ""


def is_wal_file(path: Path) -> bool:
    """Whether the file's header says it is in WAL mode (read and write version 2)."""
    try:
        with open(path, "rb") as fh:
            header = fh.read(20)
    except OSError:
        return False
    return len(header) >= 20 and header[18] == 2


def connect_readonly(path: Path | str) -> sqlite3.Connection:
    """A read-only connection that never creates or changes a file.

    A rollback-journal file is read with plain ``mode=ro`` (shared locks, no file created). A WAL
    file without a ``-wal`` beside it is not open anywhere, so it is read as immutable (no
    ``-shm``/``-wal`` created); with one (open in a window, or left by a crash) the WAL must be read
    too: plain read-only mode.
    """
    path = Path(path).resolve()
    base = f"file:{quote(path.as_posix())}?mode=ro"
    wal = Path(str(path) + "-wal")
    if not is_wal_file(path) or wal.exists():
        con = sqlite3.connect(base, uri=True, check_same_thread=False)
        try:
            con.execute("PRAGMA busy_timeout=5000")
            con.execute("PRAGMA query_only=ON")
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return con
        except sqlite3.OperationalError:
            con.close()  # cannot use the WAL read-only: read the file itself as it is
        except UnicodeDecodeError:  # SQLite's own message quotes damaged bytes
            con.close()
            raise sqlite3.DatabaseError("database disk image is malformed (unreadable schema)") from None
    con = sqlite3.connect(base + "&immutable=1", uri=True, check_same_thread=False)
    try:
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except UnicodeDecodeError:
        con.close()
        raise sqlite3.DatabaseError("database disk image is malformed (unreadable schema)") from None
    except sqlite3.DatabaseError:
        pass  # reported by whoever reads it next, with its own words
    return con
