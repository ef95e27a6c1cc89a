"""The command line: the parser of every sub-command and running one with one-line errors.

Each command group lives in its own module (``cli.evaluation``, ``cli.frameworks``, ``cli.fieldwork``,
``cli.reports``, ``cli.teamwork``); the services a command needs are imported when it runs, so a
cold ``score`` or ``report`` loads only what it uses.
"""
from __future__ import annotations

import argparse
import sys

from cli import evaluation, fieldwork, frameworks, reports, teamwork
from cli.common import CommandError

GROUPS = (evaluation, frameworks, fieldwork, reports, teamwork)


def _app_names() -> tuple[str, str, str]:
    from services.appinfo import APP_NAME, APP_NAME_ZH, VERSION

    return APP_NAME, APP_NAME_ZH, VERSION


class _Parser(argparse.ArgumentParser):
    """The top-level parser: the name and version in its help are read only when help is printed."""

    def format_help(self) -> str:
        name, name_zh, version = _app_names()
        self.description = f"{name_zh}（{name} {version}）"
        return super().format_help()


class _Version(argparse.Action):
    """``--version``: reads the version when asked, not when the parser is built."""

    def __init__(self, option_strings, dest=argparse.SUPPRESS, default=argparse.SUPPRESS, help=None):
        super().__init__(option_strings=option_strings, dest=dest, default=default, nargs=0, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        name, _name_zh, version = _app_names()
        print(f"{name} {version}")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="fieldeval", epilog="不带命令时打开窗口：fieldeval [--user 姓名] [--sample | FILE.fev]")
    p.add_argument("--version", action=_Version, help="show program's version number and exit")
    p.add_argument("--user", default="", help="记录在修改记录中的操作人")
    sub = p.add_subparsers(dest="command", metavar="命令", required=True, parser_class=argparse.ArgumentParser)
    for group in GROUPS:
        group.add_commands(sub)
    return p


def command_names() -> set[str]:
    """The sub-commands' names, without building their help texts."""
    names: set[str] = set()
    for group in GROUPS:
        names.update(group.COMMANDS)
    return names


def utf8_output() -> None:
    """Chinese output on a console or pipe whose code page cannot hold it (an English Windows,
    ``PYTHONIOENCODING=cp1252``): switch the stream to UTF-8 rather than fail mid-line."""
    for stream in (sys.stdout, sys.stderr):
        try:
            "评价".encode(stream.encoding or "ascii")
        except (LookupError, UnicodeEncodeError):
            if hasattr(stream, "reconfigure"):
                stream.reconfigure(encoding="utf-8", errors="replace")


def run(argv: list[str]) -> int:
    """Parse and run one sub-command; an unknown command or option is argparse's error (exit 2)."""
    utf8_output()
    args = build_parser().parse_args(argv)
    from models.errors import EvaluationFileError
    from services.core.errors import EditRefused
    from services.frameworks.catalog import FrameworkError

    try:
        return args.func(args)
    except FrameworkError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    except (EvaluationFileError, EditRefused, CommandError) as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return getattr(exc, "code", 1)
    except OSError as exc:
        print(f"错误：无法读写文件（{exc.strerror or exc}）：{exc.filename or ''}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
