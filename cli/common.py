"""What every command shares: the one-line error, numbers for JSON, passwords from the environment."""
from __future__ import annotations

import functools
import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from decimal import Decimal


class CommandError(Exception):
    """A failure to report as one line, exit status ``code``."""

    def __init__(self, message: str, code: int = 1):
        super().__init__(message)
        self.code = code


def num(d: Decimal | None, places: int = 2):
    """A score or amount for ``--json``: a number at ``places`` decimals (integers without a point)."""
    from services.core.numbers import json_number

    return json_number(d, places)


def password_from_env(args) -> str | None:
    var = getattr(args, "password_env", None)
    if not var:
        return None
    value = os.environ.get(var)
    if value is None:
        raise CommandError(f"环境变量 {var} 未设置（密码从该环境变量读取）")
    if not value:
        raise CommandError(f"环境变量 {var} 为空，密码不能为空")
    return value


def no_sqlite_traceback(fn):
    """A file SQLite cannot read is reported in one line, like every other refusal."""

    @functools.wraps(fn)
    def run(args) -> int:
        import sqlite3

        try:
            return fn(args)
        except sqlite3.Error as exc:
            raise CommandError(f"文件已损坏或无法读取（{exc}）。可用 verify 检查，用 backups 从备份恢复。") from None

    return run
