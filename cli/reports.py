"""The ``report`` sub-command of main.py::

    python main.py report FILE --kind scoring-sheet --format pdf -o 评分表.pdf
    python main.py report FILE --all OUT_DIR

Errors (an unsupported kind/format pair, a missing file) are one line on stderr, exit status 1.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from cli.common import reading

COMMANDS = ('report',)

FORMATS = ("pdf", "docx", "xlsx")

# The documents for the help text and ``--kind``: (kind, title, formats), in the order of
# ``services.reports.DOCUMENTS``. Written out here so that building the parser imports no service;
# tests/test_cli_cold.py checks that the two agree.
KINDS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("scoring-sheet", "评分表", ("pdf", "docx", "xlsx")),
    ("issue-list", "问题清单", ("pdf", "docx", "xlsx")),
    ("summary", "简要情况表", ("pdf", "docx")),
    ("report", "评价报告", ("pdf", "docx")),
    ("working-papers", "工作底稿", ("pdf",)),
    ("blank-sheet", "空白评分表", ("pdf", "xlsx")),
)


def add_commands(sub) -> None:
    kinds = "、".join(f"{k}（{title}：{'/'.join(formats)}）" for k, title, formats in KINDS)
    s = sub.add_parser("report", help="打印／导出评分表、问题清单、简要情况表、评价报告、工作底稿",
                       description=f"文档：{kinds}")
    s.add_argument("file", type=Path, help="评价文件（.fev）")
    s.add_argument("--kind", choices=[k for k, _title, _formats in KINDS], help="文档种类")
    s.add_argument("--format", dest="fmt", choices=FORMATS, help="格式（默认取输出文件的后缀，否则 pdf）")
    s.add_argument("-o", "--out", type=Path, help="输出文件")
    s.add_argument("--all", dest="all_dir", type=Path, metavar="DIR", help="把全部文档的全部格式写入该文件夹")
    s.add_argument("--page-size", choices=("A4", "A3"), default="A4", help="纸张（默认 A4）")
    s.add_argument("--orientation", choices=("landscape", "portrait"), help="方向（仅评分表、问题清单、简要情况表）")
    s.add_argument("--font", help="指定中文字体文件（TrueType；TTC 可写 路径#序号）")
    s.add_argument("--no-refs", action="store_true", help="评分表、问题清单中不打印底稿索引号")
    s.add_argument("--copy", choices=("client", "internal"), default="client",
                   help="副本：client 客户版（默认，不印内部说明）或 internal 内部版（印调整理由、复核与录入说明）")
    s.set_defaults(func=cmd_report)


@reading
def cmd_report(args: argparse.Namespace) -> int:
    from services.reports import DOCUMENTS, ReportError, export, export_all

    options = {"page_size": args.page_size, "cross_refs": not args.no_refs, "copy": args.copy}
    if args.orientation:
        options["orientation"] = args.orientation
    if args.font:
        options["font"] = args.font
    if args.kind and args.out and not args.all_dir:
        fmt = args.fmt or (args.out.suffix.lower().lstrip(".") if args.out.suffix.lower() in (".pdf", ".docx", ".xlsx") else "pdf")
        try:  # reading never writes a byte of the file
            out = export(args.file, args.kind, fmt, args.out, options=options, readonly=True)
        except ReportError as exc:
            print(f"错误：{exc}", file=sys.stderr)
            return 1
        print(f"已生成{DOCUMENTS[args.kind].title}：{out}")
        return 0
    from services.evaluation.assessments import open_evaluation

    store = open_evaluation(args.file, readonly=True)  # reading never writes a byte of the file
    try:
        if args.all_dir:
            written = export_all(store, args.all_dir, options=options)
            for p in written:
                print(p)
            print(f"已生成 {len(written)} 个文件：{args.all_dir}")
            return 0
        raise ReportError("请用 --kind 和 -o 指定文档种类和输出文件，或用 --all 指定输出文件夹")
    except ReportError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 1
    finally:
        store.close()
