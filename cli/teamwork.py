"""Team-work commands: ``merge``, ``export`` / ``import`` (packages), ``verify``, ``backups``."""
from __future__ import annotations

import sys
from pathlib import Path

from cli.common import CommandError, no_sqlite_traceback as _no_sqlite_traceback, password_from_env as _password

COMMANDS = ('merge', 'export', 'import', 'verify', 'backups')

@_no_sqlite_traceback
def cmd_merge(args) -> int:
    from services.teamwork import merge

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
    from services.teamwork import package

    info = package.export_package(args.file, args.out, password=_password(args))
    kind = "已加密" if info.encrypted else "未加密"
    print(f"已导出数据包：{info.path}（{kind}，{info.size} 字节，评价文件 SHA-256 {info.sha256}）")
    return 0


@_no_sqlite_traceback
def cmd_import(args) -> int:
    from services.teamwork import package

    info = package.import_package(args.package, args.out, password=_password(args))
    print(f"已导入：{info.path}（{info.name}，校验通过）")
    return 0


@_no_sqlite_traceback
def cmd_verify(args) -> int:
    from services.teamwork import integrity

    problems = integrity.verify(args.file)
    if problems:
        for p in problems:
            print(f"问题：{p}", file=sys.stderr)
        raise CommandError(f"“{args.file}”未通过完整性校验（{len(problems)} 处问题）", code=2)
    print(f"“{args.file}”完好：数据库结构、证据校验值、审计轨迹均通过校验。")
    for line in integrity.anchor_summary(args.file):
        print(line)
    return 0


@_no_sqlite_traceback
def cmd_backups(args) -> int:
    from services.teamwork import backups, integrity

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


def add_commands(sub) -> None:
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
