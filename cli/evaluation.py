"""Commands on one evaluation file: ``sample``, ``new``, ``score`` and ``assess``.

    python main.py sample OUT.fev                     write the sample evaluation (数字衡阳 2024)
    python main.py new --framework NAME_OR_PATH OUT.fev
    python main.py score FILE.fev [--json [--json-format 1|2]]   the scored tree
    python main.py assess FILE.fev CODE [--input ITEM.FIELD=VALUE …] [--na REASON | --applicable]
                          [--override SCORE --reason TEXT | --clear-override] [--comment TEXT] [--status STATUS]
    python main.py fund-figures FILE.fev [--use KEY=N …]   where the funds data disagree, and which figure to use

``assess`` goes through the same services as the window (each change is one audited edit); every
value is checked before anything is written, so a refused command changes nothing.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from cli.common import CommandError, num as _num, reading as _reading

COMMANDS = ('sample', 'new', 'score', 'assess', 'fund-figures')
JSON_FORMATS = (1, 2)

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
    """A node for ``score --json-format 1`` (numbers as JSON numbers, two decimals)."""
    return {"code": n.code, "name": n.name, "level": n.level, "max": _num(n.max), "score": _num(n.score),
            "rate": _num(n.rate), "grade": n.grade, "computed": _num(n.computed),
            "override_reason": n.override_reason or None, "not_applicable": n.not_applicable,
            "children": [node_json(c) for c in n.children]}


def node_json2(n, precision) -> dict:
    """A node for ``score --json`` (format 2): scores and 分值 as decimal strings at the declared
    precision, rates as decimal strings with two decimals, exactly the printed figures."""
    from services.scoring.rounding import RATE_PRECISION, fixed

    return {"code": n.code, "name": n.name, "level": n.level, "max": fixed(n.max, precision),
            "score": fixed(n.score, precision), "rate": fixed(n.rate, RATE_PRECISION), "grade": n.grade,
            "computed": fixed(n.computed, precision), "override_reason": n.override_reason or None,
            "not_applicable": n.not_applicable, "children": [node_json2(c, precision) for c in n.children]}


def sheet_json(name: str, sheet, json_format: int = 2) -> dict:
    """The scored tree as ``score --json`` prints it (both formats: docs/numbers.md)."""
    if json_format == 1:
        return {"name": name, "total": _num(sheet.total), "max": _num(sheet.max), "grade": sheet.grade,
                "rate": _num(sheet.rate), "scored": sheet.leaves_scored, "leaves": sheet.leaves_total,
                "nodes": [node_json(r) for r in sheet.roots], "warnings": sheet.warnings}
    from services.scoring.rounding import RATE_PRECISION, fixed

    p = sheet.precision
    return {"format": 2, "precision": format(p, "f"), "name": name, "total": fixed(sheet.total, p),
            "max": fixed(sheet.max, p), "grade": sheet.grade, "rate": fixed(sheet.rate, RATE_PRECISION),
            "scored": sheet.leaves_scored, "leaves": sheet.leaves_total,
            "nodes": [node_json2(r, p) for r in sheet.roots], "warnings": sheet.warnings}


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
    if args.json or args.json_format:
        out = sheet_json(info.name, sheet, args.json_format or 2)
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


# ── assess ──────────────────────────────────────────────────────────────────
TRUE_WORDS = {"是", "true", "yes", "y", "1", "满足"}
FALSE_WORDS = {"否", "false", "no", "n", "0", "不满足"}


def _set_path(target: dict, path: list[str], value: Any, spec: str) -> None:
    """Put ``value`` at ``path`` inside ``target`` (``rows.N`` is the N-th row, from 1); "" removes it."""
    node: Any = target
    for i, key in enumerate(path):
        last = i == len(path) - 1
        if isinstance(node, list):
            if not key.isdigit() or int(key) < 1:
                raise CommandError(f"“{spec}”：行号应为从 1 起的整数")
            idx = int(key) - 1
            while len(node) <= idx:
                node.append({})
            if last:
                node[idx] = value
                return
            if not isinstance(node[idx], dict):
                node[idx] = {}
            node = node[idx]
            continue
        if last:
            if value == "":
                node.pop(key, None)
            else:
                node[key] = value
            return
        nxt = node.get(key)
        if key == "rows":
            nxt = nxt if isinstance(nxt, list) else []
        elif not isinstance(nxt, dict):
            nxt = {} if nxt is None or not isinstance(nxt, str) else {"state": nxt}
        node[key] = nxt
        node = nxt


def _input_value(field: str, text: str, spec: str) -> Any:
    if field == "met" and text != "":
        low = text.strip().lower()
        if low in TRUE_WORDS:
            return True
        if low in FALSE_WORDS:
            return False
        raise CommandError(f"“{spec}”：met 只能是 是/否（true/false）")
    return text


def parse_inputs(specs: list[str], leaf, stored: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """``ITEM.FIELD=VALUE`` pairs merged into the leaf's stored inputs: item key → the item's new inputs."""
    keys = [it["key"] for it in leaf.items or []]
    out: dict[str, dict[str, Any]] = {}
    for spec in specs:
        lhs, sep, value = spec.partition("=")
        path = [p for p in lhs.strip().split(".")]
        if not sep or len(path) < 2 or not all(path):
            raise CommandError(f"“{spec}”应写成 评分项.字段=值（如 a.count=2、a.points.p1=met）")
        item = path[0]
        if item not in keys:
            raise CommandError(f"指标 {leaf.code} 没有评分项“{item}”（有：{'、'.join(keys)}）")
        if item not in out:
            current = stored.get(item)
            out[item] = {k: v for k, v in (current or {}).items() if k != "bind"} if isinstance(current, dict) else {}
        _set_path(out[item], path[1:], _input_value(path[-1], value, spec), spec)
    return out


def cmd_assess(args) -> int:
    from services.core.errors import EditRefused
    from services.core.numbers import RuleInputError, fmt, to_decimal
    from services.evaluation import assessments
    from services.scoring.rules import score_item

    if args.na is not None and args.applicable:
        raise CommandError("--na 与 --applicable 不能同时使用")
    if args.override is not None and args.clear_override:
        raise CommandError("--override 与 --clear-override 不能同时使用")
    if args.override is not None and not (args.reason or "").strip():
        raise CommandError("--override 必须同时用 --reason 说明理由")
    if args.reason is not None and args.override is None:
        raise CommandError("--reason 只与 --override 一起使用")
    if args.na is not None and not args.na.strip():
        raise CommandError("--na 必须说明不适用的理由")
    if args.status is not None and args.status not in assessments.STATUSES:
        raise CommandError(f"状态只能是：{'、'.join(assessments.STATUSES)}")

    store = assessments.open_evaluation(args.file, actor=args.user)
    try:
        specs, states = assessments.load_tree(store)
        leaf = next((sp for sp in specs if sp.code == args.code), None)
        if leaf is None:
            raise CommandError(f"没有编号为 {args.code} 的指标")
        scoring = args.inputs or args.na is not None or args.applicable or args.override is not None or args.clear_override
        if scoring and not leaf.is_leaf:
            raise CommandError(f"{leaf.code}“{leaf.name}”不是末级指标：只有末级指标可以录入、调整得分或标记不适用")
        stored = dict((states.get(leaf.id).inputs if states.get(leaf.id) else None) or {})
        new_inputs = parse_inputs(args.inputs or [], leaf, stored)
        items = {it["key"]: it for it in leaf.items or []}
        for key, inputs in new_inputs.items():  # check every entry before anything is written
            try:
                score_item(items[key], inputs)
            except RuleInputError as exc:
                raise CommandError(f"“{leaf.name}”评分项 {key}：{exc}") from None
        if args.override is not None:
            try:
                value = to_decimal(args.override, "调整后得分")
            except RuleInputError as exc:
                raise CommandError(str(exc)) from None
            if value > leaf.max_points:
                raise CommandError(f"调整后得分 {fmt(value)} 超过“{leaf.name}”的分值 {fmt(leaf.max_points)}")

        if args.na is not None:
            assessments.set_not_applicable(store, leaf.id, True, args.na)
        elif args.applicable:
            assessments.set_not_applicable(store, leaf.id, False)
        for key, inputs in new_inputs.items():
            assessments.set_item_inputs(store, leaf.id, key, inputs)
        if args.override is not None:
            assessments.set_override(store, leaf.id, args.override, args.reason)
        elif args.clear_override:
            assessments.set_override(store, leaf.id, None)
        if args.comment is not None:
            assessments.set_comment(store, leaf.id, args.comment)
        if args.status is not None:
            assessments.set_status(store, leaf.id, args.status)
        sheet = assessments.score(store)
    except EditRefused as exc:
        raise CommandError(str(exc)) from None
    finally:
        store.close()
    n = sheet.find(leaf.code)
    p = sheet.precision
    from services.scoring.rounding import fixed

    state = "不适用" if n.not_applicable else f"{fixed(n.score, p) if n.score is not None else '未评分'}/{fixed(n.max, p)}"
    print(f"{n.code} {n.name}：{state}；合计 {fixed(sheet.total, p)}/{fixed(sheet.max, p)}，{sheet.grade}")
    if n.is_leaf and not n.not_applicable and n.score is None:
        print("尚未评分：" + "；".join(f"{it.key} {it.text}" for it in n.items if it.score is None))
    return 0


def cmd_fund_figures(args) -> int:
    from services.core.errors import EditRefused
    from services.core.numbers import fmt_money, pct
    from services.evaluation import assessments, fund_figures

    store = assessments.open_evaluation(args.file, actor=args.user)
    try:
        for spec in args.use or []:
            key, sep, n = spec.rpartition("=")
            if not sep or not key or not (n.isdigit() or n == "0"):
                raise CommandError(f"“{spec}”应写成 KEY=N（N 为所采用数据的序号，0 为撤销选择）")
            try:
                fund_figures.answer(store, key, int(n) - 1 if int(n) else None)
            except EditRefused as exc:
                raise CommandError(str(exc)) from None
        t = fund_figures.of_store(store)
    finally:
        store.close()
    tot = t.total
    print(f"资金情况表合计（万元）：预算 {fmt_money(tot.budget) or '—'}，到位 {fmt_money(tot.arrived) or '—'}，"
          f"支出 {fmt_money(tot.spent) or '—'}，合同金额 {fmt_money(tot.contract_amount) or '—'}，已支付 {fmt_money(tot.paid) or '—'}；"
          f"资金到位率 {pct(t.arrival_rate) if t.arrival_rate is not None else '—'}，"
          f"预算执行率 {pct(t.execution_rate) if t.execution_rate is not None else '—'}")
    if not t.conflicts:
        print("资金数据没有不一致之处。")
    for c in t.conflicts:
        print(f"{'待确认' if c.chosen is None else '已确认'} {c.key}：{c.question}")
        for i in range(len(c.figures)):
            print(f"  {i + 1}. {c.figure_text(i)}{'  ← 采用' if c.chosen == i else ''}")
    if t.open_questions:
        print(f"尚有 {len(t.open_questions)} 处待确认：fund-figures FILE --use KEY=N")
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
    s.add_argument("--json", action="store_true", help="以 JSON 输出（格式 2：得分为按得分精度写出的十进制字符串）")
    s.add_argument("--json-format", type=int, choices=JSON_FORMATS, help="JSON 格式：2（默认）；1 为旧格式（数值为 JSON 数字）")
    s.set_defaults(func=cmd_score)

    s = sub.add_parser("assess", help="为一个指标录入评分（与窗口相同的服务，记入修改记录）")
    s.add_argument("file", type=Path)
    s.add_argument("code", help="指标编号，如 2.1.2")
    s.add_argument("--input", dest="inputs", action="append", metavar="ITEM.FIELD=VALUE",
                   help="评分项的输入，如 a.count=2、a.value=85、a.points.p1=met、a.met=是；值为空则删除该字段；可重复")
    na = s.add_mutually_exclusive_group()
    na.add_argument("--na", metavar="REASON", help="标记为不适用，并说明理由")
    na.add_argument("--applicable", action="store_true", help="取消“不适用”")
    ov = s.add_mutually_exclusive_group()
    ov.add_argument("--override", metavar="SCORE", help="人工调整得分（按该指标的分值），须同时给出 --reason")
    ov.add_argument("--clear-override", action="store_true", help="取消人工调整，恢复按规则计分")
    s.add_argument("--reason", metavar="TEXT", help="人工调整得分的理由")
    s.add_argument("--comment", metavar="TEXT", help="评分说明；--comment \"\" 清空")
    s.add_argument("--status", metavar="STATUS", help="状态：未开始、进行中、已评分、已复核")
    s.set_defaults(func=cmd_assess)

    s = sub.add_parser("fund-figures", help="资金情况表的合计、比率和不一致之处；确认报告采用哪一个数据")
    s.add_argument("file", type=Path)
    s.add_argument("--use", action="append", metavar="KEY=N", help="对编号为 KEY 的不一致之处采用第 N 个数据（0 为撤销）；可重复")
    s.set_defaults(func=cmd_fund_figures)
