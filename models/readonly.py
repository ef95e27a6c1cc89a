"""Reading an evaluation file without writing a byte of it (no lock, no journal switch, no -wal/-shm)."""
from __future__ import annotations

import sqlite3
from pathlib import Path
from urllib.parse import quote


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
