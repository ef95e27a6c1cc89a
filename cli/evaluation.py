"""Commands on one evaluation file: ``sample``, ``new`` and ``score``.

    python main.py sample OUT.fev                     write the sample evaluation (数字衡阳 2024)
    python main.py new --framework NAME_OR_PATH OUT.fev
    python main.py score FILE.fev [--json]            the scored tree
"""
from __future__ import annotations

import json
from pathlib import Path

from cli.common import num as _num, reading as _reading

COMMANDS = ('sample', 'new', 'score')

def cmd_sample(args) -> int:
    from services.evaluation import assessments
    from services.evaluation.sample import write_sample

    store = write_sample(args.out, actor=args.user)
    try:
        sheet = assessments.score(store)
    finally:
        store.close()
    print(f"已写入示例评价：{args.out}（总分 {_num(sheet.total, 1)}，{sheet.grade}）")
    return 0


def cmd_new(args) -> int:
    from services.evaluation import assessments
    from services.frameworks import catalog

    fw = catalog.load(args.framework)
    info = {"name": args.name or ""}
    store = assessments.create(args.out, fw, info, actor=args.user)
    store.close()
    print(f"已新建评价文件：{args.out}（指标体系：{fw.name}，三级指标 {len(fw.leaves())} 个）")
    return 0


def node_json(n) -> dict:
    return {"code": n.code, "name": n.name, "level": n.level, "max": _num(n.max), "score": _num(n.score),
            "rate": _num(n.rate), "grade": n.grade, "computed": _num(n.computed),
            "override_reason": n.override_reason or None, "not_applicable": n.not_applicable,
            "children": [node_json(c) for c in n.children]}


@_reading
def cmd_score(args) -> int:
    from services.evaluation import assessments
    from services.scoring import fmt

    store = assessments.open_evaluation(args.file, actor=args.user, readonly=True)
    try:
        info = assessments.get_info(store)
        sheet = assessments.score(store)
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


def add_commands(sub) -> None:
    s = sub.add_parser("sample", help="写出示例评价（数字衡阳 2024）")
    s.add_argument("out", type=Path)
    s.set_defaults(func=cmd_sample)

    s = sub.add_parser("new", help="按指标体系新建空白评价")
    s.add_argument("--framework", required=True, help="内置指标体系的编号，或指标体系文件路径")
    s.add_argument("--name", help="评价项目名称")
    s.add_argument("out", type=Path)
    s.set_defaults(func=cmd_new)

    s = sub.add_parser("score", help="计算并显示评分")
    s.add_argument("file", type=Path)
    s.add_argument("--json", action="store_true", help="以 JSON 输出")
    s.set_defaults(func=cmd_score)
