"""FieldEval (绩效评价现场工作台): the window by default, sub-commands for batch work.

    python main.py                      start the window
    python main.py FILE.fev             start the window on a file
    python main.py --sample             start the window on the sample evaluation
    python main.py sample OUT.fev       write the sample evaluation (数字衡阳 2024)
    python main.py new --framework NAME_OR_PATH OUT.fev
    python main.py frameworks           list the built-in and user frameworks
    python main.py check-framework PATH validate a framework file
    python main.py score FILE [--json]  the scored tree

Errors are one clear line on stderr and a non-zero exit, never a traceback.
"""
from __future__ import annotations

import argparse
import json
import sys
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from models.errors import EvaluationFileError
from services.appinfo import APP_NAME, APP_NAME_ZH, VERSION


class CommandError(Exception):
    """A failure to report as one line, exit status ``code``."""

    def __init__(self, message: str, code: int = 1):
        super().__init__(message)
        self.code = code


def _num(d: Decimal | None, places: int = 2):
    if d is None:
        return None
    q = d.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    return int(q) if q == q.to_integral_value() else float(q)


# ── sub-commands ────────────────────────────────────────────────────────────
def cmd_sample(args) -> int:
    from services import evaluation
    from services.sample import write_sample

    store = write_sample(args.out, actor=args.user)
    try:
        sheet = evaluation.score(store)
    finally:
        store.close()
    print(f"已写入示例评价：{args.out}（总分 {_num(sheet.total, 1)}，{sheet.grade}）")
    return 0


def cmd_new(args) -> int:
    from services import evaluation, frameworks

    fw = frameworks.load(args.framework)
    info = {"name": args.name or ""}
    store = evaluation.create(args.out, fw, info, actor=args.user)
    store.close()
    print(f"已新建评价文件：{args.out}（指标体系：{fw.name}，三级指标 {len(fw.leaves())} 个）")
    return 0


def cmd_frameworks(args) -> int:
    from services import frameworks

    infos = frameworks.list_frameworks()
    width = max((len(i.id) for i in infos), default=10)
    for i in infos:
        kind = "内置" if i.builtin else "自定义"
        print(f"{i.id:<{width}}  {kind}  {i.leaves:>3} 个末级指标  {i.name}")
    return 0


def cmd_check_framework(args) -> int:
    from services import frameworks

    fw = frameworks.read_file(args.path)
    print(f"指标体系“{fw.name}”有效：末级指标 {len(fw.leaves())} 个，总分 {_num(fw.total)}。")
    return 0


def node_json(n) -> dict:
    return {"code": n.code, "name": n.name, "level": n.level, "max": _num(n.max), "score": _num(n.score),
            "rate": _num(n.rate), "grade": n.grade, "computed": _num(n.computed),
            "override_reason": n.override_reason or None, "not_applicable": n.not_applicable,
            "children": [node_json(c) for c in n.children]}


def cmd_score(args) -> int:
    from services import evaluation
    from services.scoring import fmt

    store = evaluation.open_evaluation(args.file, actor=args.user)
    try:
        info = evaluation.get_info(store)
        sheet = evaluation.score(store)
    finally:
        store.close()
    if args.json:
        out = {"name": info.name, "total": _num(sheet.total), "max": _num(sheet.max), "grade": sheet.grade,
               "rate": _num(sheet.rate), "scored": sheet.leaves_scored, "leaves": sheet.leaves_total,
               "nodes": [node_json(r) for r in sheet.roots], "warnings": sheet.warnings}
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return 0
    print(f"{info.name}")
    for n in sheet.walk():
        mark = " *调整" if n.override_score is not None else (" 不适用" if n.not_applicable else "")
        rate = f"  {fmt(n.rate)}%  {n.grade}" if n.children and n.rate is not None else ""
        print(f"{'  ' * (n.level - 1)}{n.code} {n.name}  {fmt(n.score)}/{fmt(n.max)}{rate}{mark}")
    print(f"合计 {fmt(sheet.total)}/{fmt(sheet.max)}  等级：{sheet.grade}  已评分 {sheet.leaves_scored}/{sheet.leaves_total}")
    for w in sheet.warnings:
        print(f"注意：{w}")
    return 0


def cmd_import_framework(args) -> int:
    from services import excel_framework as xf

    data, report, _mapping = xf.import_xlsx(args.xlsx, id=args.id, name=args.name)
    if data is None:
        raise CommandError(f"“{args.xlsx.name}”不能导入，未创建任何文件。\n" + report.text())
    if args.evaluation and args.evaluation.exists():
        raise CommandError(f"评价文件已存在：{args.evaluation}（不会覆盖）")
    xf.write_framework_json(data, args.out)
    print(report.text())
    for p in report.proposals:
        print("  " + xf.describe_proposal(p))
    print(f"已写出指标体系：{args.out}（{data['name']}）")
    if args.evaluation:
        xf.create_evaluation(data, args.evaluation, report, actor=args.user).close()
        print(f"已新建评价文件：{args.evaluation}（含表中的得分和评分说明）")
    return 0


def cmd_figures(args) -> int:
    from services import evaluation, figures
    from services.scoring import fmt

    store = evaluation.open_evaluation(args.file, actor=args.user)
    try:
        if args.payment_cap is not None:
            figures.set_payment_cap(store, args.payment_cap)
        for name in ("arrival_rate", "execution_rate", "paid_share"):
            print(figures.fund_figure(store, name).words)
        cap = figures.payment_cap(store)
        flags = figures.payment_flags(store)
        print(f"支付比例上限（竣工结算审计前）{fmt(cap)}%：{len(flags)} 笔超出")
        for f in flags:
            print(f"  {f.text()}")
        print(figures.target_figure(store).words)
        for sv in figures.list_surveys(store):
            res = figures.survey_result(store, sv.id)
            print(res.words())
            for q in res.questions:
                print(f"  {q.key} {q.text}：{q.answers} 份，{fmt(q.rate)}")
        for b in figures.bindings(store):
            print(f"{b.code} {b.name}（{b.item_label}）{b.text}")
    finally:
        store.close()
    return 0


def cmd_export_framework(args) -> int:
    from services import excel_framework as xf, frameworks

    if args.source.suffix.lower() == ".fev":
        from services import evaluation

        store = evaluation.open_evaluation(args.source, actor=args.user)
        try:
            xf.export_evaluation_xlsx(store, args.out)
        finally:
            store.close()
    else:
        xf.export_xlsx(frameworks.load(str(args.source)), args.out)
    print(f"已导出评分表：{args.out}")
    return 0


# ── team work, integrity, packages, backups (issue 6) ───────────────────────
def _password(args) -> str | None:
    var = getattr(args, "password_env", None)
    if not var:
        return None
    import os

    value = os.environ.get(var)
    if value is None:
        raise CommandError(f"环境变量 {var} 未设置（密码从该环境变量读取）")
    if not value:
        raise CommandError(f"环境变量 {var} 为空，密码不能为空")
    return value


def _no_sqlite_traceback(fn):
    """A file SQLite cannot read is reported in one line, like every other refusal."""
    import functools
    import sqlite3

    @functools.wraps(fn)
    def run(args) -> int:
        try:
            return fn(args)
        except sqlite3.Error as exc:
            raise CommandError(f"文件已损坏或无法读取（{exc}）。可用 verify 检查，用 backups 从备份恢复。") from None

    return run


@_no_sqlite_traceback
def cmd_merge(args) -> int:
    from services import merge

    plan = merge.plan(args.base, args.copies)
    result = merge.apply(plan, args.out, actor=args.user)
    if args.conflicts:
        merge.write_conflicts(result.conflicts, args.conflicts)
    print(f"已合并到 {args.out}：{result.summary()}")
    for c in result.conflicts:
        others = "；".join(f"{s.source}：{s.value}（{s.who or '未知'} {s.when}）" for s in c.copies)
        print(f"冲突（保留本文件的值）：{c.label} · {c.field_label}：本文件“{c.base.value}”；{others}")
    for d in result.dropped:
        print(f"未并入：{d}")
    return 0


@_no_sqlite_traceback
def cmd_export(args) -> int:
    from services import package

    info = package.export_package(args.file, args.out, password=_password(args))
    kind = "已加密" if info.encrypted else "未加密"
    print(f"已导出数据包：{info.path}（{kind}，{info.size} 字节，评价文件 SHA-256 {info.sha256}）")
    return 0


@_no_sqlite_traceback
def cmd_import(args) -> int:
    from services import package

    info = package.import_package(args.package, args.out, password=_password(args))
    print(f"已导入：{info.path}（{info.name}，校验通过）")
    return 0


@_no_sqlite_traceback
def cmd_verify(args) -> int:
    from services import integrity

    problems = integrity.verify(args.file)
    if problems:
        for p in problems:
            print(f"问题：{p}", file=sys.stderr)
        raise CommandError(f"“{args.file}”未通过完整性校验（{len(problems)} 处问题）", code=2)
    print(f"“{args.file}”完好：数据库结构、证据校验值、审计轨迹均通过校验。")
    return 0


@_no_sqlite_traceback
def cmd_backups(args) -> int:
    from services import backups, integrity

    if args.restore:
        target = Path(args.restore)
        found = [b.path for b in backups.list_backups(args.file) if b.path.name == target.name or b.path == target]
        source = found[0] if found else target
        if not source.exists():
            raise CommandError(f"找不到备份：{args.restore}")
        saved = backups.restore(source, args.file)
        extra = f"（原文件已先备份为 {saved.name}）" if saved else ""
        print(f"已从备份 {source.name} 恢复 {args.file}{extra}")
        return 0
    if args.make:
        made = backups.make_backup(args.file, "manual")
        print(f"已备份：{made}")
        return 0
    rows = backups.list_backups(args.file)
    if not rows:
        print(f"“{Path(args.file).name}”没有备份。")
        return 0
    for b in rows:
        state = ("完好" if integrity.is_sound(b.path) else "有问题") if args.check else ""
        print(f"{b.made_at:%Y-%m-%d %H:%M:%S}  {b.reason_text:<8}  {b.size:>10} 字节  {state}  {b.path}")
    return 0


def _add_teamwork_commands(sub) -> None:
    s = sub.add_parser("merge", help="把组员的副本合并回来（三方合并，冲突保留本文件的值）")
    s.add_argument("base", type=Path, help="组长的评价文件")
    s.add_argument("copies", type=Path, nargs="+", help="组员的副本")
    s.add_argument("-o", "--out", type=Path, required=True, help="合并结果（可以就是 BASE；写出前先备份）")
    s.add_argument("--conflicts", type=Path, help="把冲突写入此 JSON 文件")
    s.set_defaults(func=cmd_merge)

    s = sub.add_parser("export", help="导出数据包（可加密）")
    s.add_argument("file", type=Path)
    s.add_argument("-o", "--out", type=Path, required=True)
    s.add_argument("--password-env", metavar="VAR", help="从此环境变量读取密码（不出现在进程列表中）")
    s.set_defaults(func=cmd_export)

    s = sub.add_parser("import", help="导入数据包为评价文件")
    s.add_argument("package", type=Path)
    s.add_argument("-o", "--out", type=Path, required=True)
    s.add_argument("--password-env", metavar="VAR", help="从此环境变量读取密码")
    s.set_defaults(func=cmd_import)

    s = sub.add_parser("verify", help="校验评价文件的完整性（结构、证据、审计轨迹）")
    s.add_argument("file", type=Path)
    s.set_defaults(func=cmd_verify)

    s = sub.add_parser("backups", help="列出评价文件的备份，或从备份恢复")
    s.add_argument("file", type=Path)
    s.add_argument("--check", action="store_true", help="逐个校验备份")
    s.add_argument("--make", action="store_true", help="立即备份一次")
    s.add_argument("--restore", metavar="BACKUP", help="从此备份恢复（先备份当前文件）")
    s.set_defaults(func=cmd_backups)


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="fieldeval", description=f"{APP_NAME_ZH}（{APP_NAME} {VERSION}）")
    p.add_argument("--version", action="version", version=f"{APP_NAME} {VERSION}")
    p.add_argument("--user", default="", help="记录在修改记录中的操作人")
    sub = p.add_subparsers(dest="command", metavar="命令")

    s = sub.add_parser("sample", help="写出示例评价（数字衡阳 2024）")
    s.add_argument("out", type=Path)
    s.set_defaults(func=cmd_sample)

    s = sub.add_parser("new", help="按指标体系新建空白评价")
    s.add_argument("--framework", required=True, help="内置指标体系的编号，或指标体系文件路径")
    s.add_argument("--name", help="评价项目名称")
    s.add_argument("out", type=Path)
    s.set_defaults(func=cmd_new)

    s = sub.add_parser("frameworks", help="列出可用的指标体系")
    s.set_defaults(func=cmd_frameworks)

    s = sub.add_parser("check-framework", help="校验指标体系文件")
    s.add_argument("path", type=Path)
    s.set_defaults(func=cmd_check_framework)

    s = sub.add_parser("import-framework", help="从 Excel 评分表导入指标体系")
    s.add_argument("xlsx", type=Path)
    s.add_argument("-o", "--out", type=Path, required=True, help="写出的指标体系文件（.json）")
    s.add_argument("--id", help="指标体系编号")
    s.add_argument("--name", help="指标体系名称")
    s.add_argument("-e", "--evaluation", type=Path, help="同时用它新建评价文件（.fev），导入表中的得分和评分说明")
    s.set_defaults(func=cmd_import_framework)

    s = sub.add_parser("figures", help="资金到位率、执行率、超比例支付、绩效目标完成率、满意度及引用它们的指标")
    s.add_argument("file", type=Path)
    s.add_argument("--payment-cap", help="设置竣工结算审计前的支付比例上限（%%，如 85）")
    s.set_defaults(func=cmd_figures)

    s = sub.add_parser("export-framework", help="把指标体系或已评分的评价导出为 Excel 评分表")
    s.add_argument("source", type=Path, help="指标体系编号、.json 文件或 .fev 评价文件")
    s.add_argument("-o", "--out", type=Path, required=True, help="写出的 .xlsx 文件")
    s.set_defaults(func=cmd_export_framework)

    s = sub.add_parser("score", help="计算并显示评分")
    s.add_argument("file", type=Path)
    s.add_argument("--json", action="store_true", help="以 JSON 输出")
    s.set_defaults(func=cmd_score)

    from services.reports.cli import add_report_command

    add_report_command(sub)
    from services.fieldwork_cli import add_fieldwork_commands

    add_fieldwork_commands(sub)
    _add_teamwork_commands(sub)
    return p


def run_gui(argv: list[str]) -> int:
    from ui.app import run

    return run(argv)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    commands = set(parser._subparsers._group_actions[0].choices)  # type: ignore[union-attr]
    if not argv or (argv[0] not in commands and argv[0] not in ("-h", "--help", "--version", "--user")):
        return run_gui(argv)
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 0
    from services.frameworks import FrameworkError
    from services.evaluation import EditRefused

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


if __name__ == "__main__":
    sys.exit(main())
