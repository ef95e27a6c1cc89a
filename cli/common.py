"""What every command shares: the one-line error, numbers for JSON, passwords from the environment."""
from __future__ import annotations

import functools
import os
import sqlite3
from decimal import ROUND_HALF_UP, Decimal


class CommandError(Exception):
    """A failure to report as one line, exit status ``code``."""

    def __init__(self, message: str, code: int = 1):
        super().__init__(message)
        self.code = code


def num(d: Decimal | None, places: int = 2):
    """A score or amount for ``--json``: a number at ``places`` decimals (integers without a point)."""
    if d is None:
        return None
    q = d.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    return int(q) if q == q.to_integral_value() else float(q)


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
        try:
            return fn(args)
        except sqlite3.Error as exc:
            raise CommandError(f"文件已损坏或无法读取（{exc}）。可用 verify 检查，用 backups 从备份恢复。") from None

    return run
