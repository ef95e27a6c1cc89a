"""File names the evaluator types or picks: one clear message instead of a failure.

Evaluation files, packages, reports and exported evidence travel to Windows laptops, so Windows'
rules for a file name apply on every system: no ``< > : " / \\ | ? *`` or control characters, no
trailing dot or space (Windows silently drops them, so the file would get another name), no
reserved device name (CON, PRN, AUX, NUL, COM1–COM9, LPT1–LPT9, CONIN$, CONOUT$ — with or without
an extension), at most 255 characters. On Windows without long-path support the whole path must
also stay under 260 characters. Spaces and Chinese are fine everywhere.

Only the parts of a path that do not exist yet are checked: a file or folder that already exists
was accepted by the system it is on (replacing it, as a merge into the base file does, is fine).
"""
from __future__ import annotations

import os
import re
import sys
from functools import lru_cache
from pathlib import Path

from services.core.errors import EditRefused

FORBIDDEN = '<>:"/\\|?*'
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
RESERVED = frozenset({"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
                      *(f"{p}{d}" for p in ("COM", "LPT") for d in "123456789¹²³")})
MAX_NAME = 255  # characters of one name (NTFS; ext4 counts bytes, see below)
MAX_NAME_BYTES = 255  # bytes of one name in UTF-8 (Linux file systems)
MAX_PATH = 259  # characters of a whole path without long-path support (260 with the final NUL)


@lru_cache(maxsize=1)
def long_paths_enabled() -> bool:
    """Whether this Windows process may use paths over 260 characters (the registry switch and the
    program's manifest both allow it). Always True elsewhere."""
    if sys.platform != "win32":
        return True
    try:
        import ctypes

        return bool(ctypes.WinDLL("ntdll").RtlAreLongPathsEnabled())
    except (OSError, AttributeError):
        return False


def name_problem(name: str) -> str | None:
    """Why ``name`` (one file or folder name) cannot be used, or None."""
    if not name.strip():
        return "文件名不能为空"
    if name in (".", ".."):
        return f"“{name}”不是文件名，请写出完整的文件名"
    bad = sorted(set(_FORBIDDEN.findall(name)), key=name.index)
    if bad:
        shown = " ".join("控制字符" if ord(c) < 32 else c for c in bad)
        return f"文件名“{name}”含有 Windows 不允许的字符：{shown}（不能使用 < > : \" / \\ | ? *）。请换一个文件名。"
    if name[-1] in ". ":
        return f"文件名“{name}”以{'句点' if name[-1] == '.' else '空格'}结尾，Windows 不支持。请去掉末尾的句点或空格。"
    device = name.split(".", 1)[0].rstrip(" ").upper()
    if device in RESERVED:
        return (f"“{name}”用了 Windows 的保留设备名 {device}（CON、PRN、AUX、NUL、COM1–COM9、LPT1–LPT9 "
                f"带不带扩展名都不能用作文件名）。请换一个文件名。")
    if len(name) > MAX_NAME or len(name.encode("utf-8")) > MAX_NAME_BYTES:
        return f"文件名太长（{len(name)} 个字符），请缩短到 {MAX_NAME} 个字符以内（汉字约 85 个）。"
    return None


def target_problem(path: Path | str, *, windows: bool | None = None, long_paths: bool | None = None) -> str | None:
    """Why a file cannot be written at ``path`` as named, or None.

    ``windows``/``long_paths`` default to this system; tests pass them to check Windows' path
    length rule anywhere."""
    raw = os.fspath(path)
    if not raw.strip():
        return "请填写文件名"
    p = Path(raw)
    if p.is_file() or p.is_dir():
        return None  # already there: the system took the name (a device such as CON is neither)
    if not p.name:
        return f"“{raw}”是文件夹，请写出文件名"
    problem = name_problem(p.name)
    if problem:
        return problem
    # folders that will be created along the way
    parent = p.parent
    missing: list[str] = []
    while parent != parent.parent and not parent.exists():
        missing.append(parent.name)
        parent = parent.parent
    for part in reversed(missing):
        problem = name_problem(part)
        if problem:
            return problem.replace("文件名", "文件夹名", 1)
    windows = sys.platform == "win32" if windows is None else windows
    long_paths = long_paths_enabled() if long_paths is None else long_paths
    if windows and not long_paths:
        full = os.path.abspath(raw)
        if len(full) > MAX_PATH:
            return (f"路径太长（{len(full)} 个字符），超过 Windows 的 {MAX_PATH + 1} 个字符上限。"
                    "请存到层级浅一些的文件夹，或缩短文件名。")
    return None


def check_target(path: Path | str, **kw) -> Path:
    """``path`` as a Path when a file may be written there; otherwise :class:`EditRefused` with the
    reason (one line for the evaluator)."""
    problem = target_problem(path, **kw)
    if problem:
        raise EditRefused(problem)
    return Path(path)
