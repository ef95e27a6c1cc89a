"""Writing a file so that it is either the old one or the complete new one, never half of either.

``atomic_write(out, write)`` runs ``write(tmp)`` on a temporary file beside ``out`` and then moves
it into place with ``os.replace``; a failure (or an interruption) removes the temporary file and
leaves any earlier ``out`` untouched. The temporary file is created with the mode an ordinary
``open(…, "w")`` would give it (0666 less the umask), so the finished file has the user's normal
permissions. ``durable=True`` also flushes the new file to disk before it replaces the old one.
"""
from __future__ import annotations

import errno
import os
import secrets
from collections.abc import Callable
from pathlib import Path


def _new_temp(folder: Path, prefix: str, suffix: str) -> Path:
    """Create an empty file of a fresh name in ``folder``, mode 0666 less the umask."""
    for _ in range(100):
        candidate = folder / f"{prefix}{secrets.token_hex(6)}{suffix}"
        try:
            fd = os.open(candidate, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
        except FileExistsError:
            continue
        os.close(fd)
        return candidate
    raise FileExistsError(errno.EEXIST, "无法创建临时文件", str(folder))


def _flush_to_disk(path: Path) -> None:
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def atomic_write(out_path: Path | str, write: Callable[[Path], object], *, durable: bool = False) -> Path:
    """Run ``write(tmp)`` on a temp file beside ``out_path``, then move it into place; returns the path.

    The folder must exist (``FileNotFoundError`` naming it otherwise). ``write`` may replace the
    temp file (e.g. SQLite writing it); it must leave a file there.
    """
    out = Path(out_path)
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise FileNotFoundError(errno.ENOENT, "文件夹不存在", str(folder))
    tmp = _new_temp(folder, f".{out.stem}.", out.suffix + ".part")
    try:
        write(tmp)
        if durable:
            _flush_to_disk(tmp)
        os.replace(tmp, out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return out


def atomic_write_bytes(out_path: Path | str, data: bytes, *, durable: bool = False) -> Path:
    return atomic_write(out_path, lambda tmp: tmp.write_bytes(data), durable=durable)


def atomic_write_text(out_path: Path | str, text: str, *, durable: bool = False) -> Path:
    """``text`` in UTF-8."""
    return atomic_write(out_path, lambda tmp: tmp.write_text(text, encoding="utf-8"), durable=durable)
