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


def reading(fn):
    """A command that reads an evaluation file: whatever fails while reading it (a damaged file that
    passed the quick check, a value no program wrote) is one line — what is wrong, once, and the
    newest good backup to restore — never a traceback."""

    @functools.wraps(fn)
    def run(args) -> int:
        try:
            return fn(args)
        except (CommandError, OSError, KeyboardInterrupt):
            raise
        except Exception as exc:  # any failure while reading: explained below in one line
            from models.errors import EvaluationFileError
            from services.core.errors import EditRefused

            if isinstance(exc, (EvaluationFileError, EditRefused)) or type(exc).__name__ in ("FrameworkError",
                                                                                              "ReportError"):
                raise
            raise CommandError(failure_line(getattr(args, "file", None), exc)) from None

    return run


def failure_line(path, exc: BaseException) -> str:
    """One line for an unexpected failure on ``path``: a damaged file with its newest good backup,
    or — when the file itself is sound — what could not be done."""
    from pathlib import Path

    detail = " ".join(str(getattr(exc, "orig", None) or exc).split()) or exc.__class__.__name__
    if len(detail) > 160:
        detail = detail[:157] + "…"
    if path is None:
        return f"未能完成（{exc.__class__.__name__}：{detail}）"
    from services.teamwork import integrity

    path = Path(path)
    diagnosis = integrity.diagnose(path)
    if not diagnosis.problems:
        return f"未能完成（{exc.__class__.__name__}：{detail}），“{path.name}”本身完好，未作任何修改。"
    first = diagnosis.problems[0]
    more = f"等 {len(diagnosis.problems)} 处问题" if len(diagnosis.problems) > 1 else ""
    if diagnosis.backup is not None:
        offer = (f"最近一份完好的备份是 {diagnosis.backup.name}，"
                 f"可用“backups {path} --restore {diagnosis.backup.name}”恢复。")
    else:
        offer = "没有找到完好的备份。"
    return f"“{path.name}”已损坏，读取时出错（{first}{more}）。{offer}"
