"""Sub-commands for evidence, findings and funds (``python main.py evidence …``).

The same services the window uses, for batch work and scripts:

    python main.py evidence add FILE.fev PHOTO.jpg … [--indicator CODE] [--finding 序号] [--description TEXT]
    python main.py evidence list FILE.fev
    python main.py evidence export FILE.fev ZJ-001 -o FOLDER
    python main.py findings FILE.fev        the 问题清单 with its count line
    python main.py funds FILE.fev           fund lines with 到位率 / 执行率 and totals
"""
from __future__ import annotations

from pathlib import Path

from cli.common import reading

COMMANDS = ('figures', 'evidence', 'findings', 'funds')

def _open(path: Path, actor: str = "", readonly: bool = False):
    from services.evaluation.assessments import open_evaluation

    return open_evaluation(path, actor=actor, readonly=readonly)


def _finding_by_serial(store, serial: int) -> str:
    from services.core.errors import EditRefused
    from services.evaluation.findings import list_findings

    found = list_findings(store)
    if not 1 <= serial <= len(found):
        raise EditRefused(f"没有序号为 {serial} 的问题（共 {len(found)} 个）")
    return found[serial - 1].id


@reading
def cmd_evidence(args) -> int:
    from services.core.errors import EditRefused
    from services.evaluation import assessments
    from services.fieldwork import evidence

    store = _open(args.file, getattr(args, "user", ""), readonly=args.action != "add")
    try:
        if args.action == "add":
            links = []
            if args.indicator:
                ids = assessments.indicator_ids(store)
                if args.indicator not in ids:
                    raise EditRefused(f"没有编号为“{args.indicator}”的指标")
                links.append(("indicator", ids[args.indicator]))
            if args.finding:
                links.append(("finding", _finding_by_serial(store, args.finding)))
            for p in args.paths:
                ev = evidence.add_evidence(store, p, args.description or "", links=links)
                when = f"，拍摄于 {ev.captured_at:%Y-%m-%d %H:%M}" if ev.captured_at else ""
                print(f"已添加 {ev.index_no} {ev.filename}（{evidence.size_text(ev.size)}{when}）")
        elif args.action == "list":
            from services.evaluation.findings import list_findings

            labels = {iid: code for code, iid in assessments.indicator_ids(store).items()}
            serial = {f.id: i + 1 for i, f in enumerate(list_findings(store))}
            for ev in evidence.list_evidence(store):
                links = [f"指标 {labels.get(t, '?')}" if k == "indicator" else f"问题 {serial.get(t, '?')}"
                         for k, t in ev.links]
                when = f"{ev.captured_at:%Y-%m-%d %H:%M}" if ev.captured_at else "—"
                print(f"{ev.index_no}\t{ev.filename}\t{evidence.size_text(ev.size)}\t{when}\t"
                      f"{'、'.join(links) or '未关联'}\t{ev.sha256[:12]}\t{ev.description}")
        elif args.action == "export":
            match = [ev for ev in evidence.list_evidence(store) if ev.index_no == args.index_no]
            if not match:
                raise EditRefused(f"没有索引号为“{args.index_no}”的证据")
            print(evidence.export_to(store, match[0].id, args.out))
    finally:
        store.close()
    return 0


@reading
def cmd_findings(args) -> int:
    from services.core.numbers import fmt_money
    from services.evaluation import findings

    store = _open(args.file, readonly=True)
    try:
        _counts, line = findings.category_counts(store)
        for i, f in enumerate(findings.list_findings(store), 1):
            amount = fmt_money(f.amount) if f.amount is not None else ""
            print(f"{i}\t{f.category}\t{f.title}\t{amount}")
        print(line)
    finally:
        store.close()
    return 0


@reading
def cmd_funds(args) -> int:
    from services.core.numbers import fmt_money, pct
    from services.evaluation import project

    store = _open(args.file, readonly=True)
    try:
        def row(label, t):
            cells = [fmt_money(t.budget), fmt_money(t.arrived), fmt_money(t.spent),
                     pct(t.arrival_rate) if t.arrival_rate is not None else "—",
                     pct(t.execution_rate) if t.execution_rate is not None else "—"]
            print("\t".join([label] + cells))

        print("\t".join(["", "预算", "到位", "支出", "到位率", "执行率"]))
        for f in project.list_funds(store):
            row(f"{f.year or ''} {f.source}".strip(), f)
        for t in project.funds_by_year(store):
            row(t.label, t)
        row("合计", project.fund_totals(store))
    finally:
        store.close()
    return 0


@reading
def cmd_figures(args) -> int:
    from services.evaluation import assessments
    from services.fieldwork import bindings, surveys
    from services.scoring import fmt

    store = assessments.open_evaluation(args.file, actor=args.user, readonly=args.payment_cap is None)
    try:
        if args.payment_cap is not None:
            bindings.set_payment_cap(store, args.payment_cap)
        for name in ("arrival_rate", "execution_rate", "paid_share"):
            print(bindings.fund_figure(store, name).words)
        cap = bindings.payment_cap(store)
        flags = bindings.payment_flags(store)
        print(f"支付比例上限（竣工结算审计前）{fmt(cap)}%：{len(flags)} 笔超出")
        for f in flags:
            print(f"  {f.text()}")
        print(bindings.target_figure(store).words)
        for sv in surveys.list_surveys(store):
            res = surveys.survey_result(store, sv.id)
            print(res.words())
            for q in res.questions:
                print(f"  {q.key} {q.text}：{q.answers} 份，{fmt(q.rate)}")
        for b in bindings.bindings(store):
            print(f"{b.code} {b.name}（{b.item_label}）{b.text}")
    finally:
        store.close()
    return 0


def add_commands(sub) -> None:
    s = sub.add_parser("figures", help="资金到位率、执行率、超比例支付、绩效目标完成率、满意度及引用它们的指标")
    s.add_argument("file", type=Path)
    s.add_argument("--payment-cap", help="设置竣工结算审计前的支付比例上限（%%，如 85）")
    s.set_defaults(func=cmd_figures)

    s = sub.add_parser("evidence", help="证据：添加、列出、导出")
    ev = s.add_subparsers(dest="action", metavar="操作", required=True)
    a = ev.add_parser("add", help="把文件作为证据存入评价文件")
    a.add_argument("file", type=Path)
    a.add_argument("paths", type=Path, nargs="+")
    a.add_argument("--indicator", metavar="CODE", help="关联到此编号的指标，如 2.1.3")
    a.add_argument("--finding", type=int, metavar="序号", help="关联到问题清单中此序号的问题")
    a.add_argument("--description", default="", help="说明")
    a.set_defaults(func=cmd_evidence)
    ls = ev.add_parser("list", help="列出证据")
    ls.add_argument("file", type=Path)
    ls.set_defaults(func=cmd_evidence)
    ex = ev.add_parser("export", help="把一个证据文件导出到文件夹")
    ex.add_argument("file", type=Path)
    ex.add_argument("index_no", metavar="索引号")
    ex.add_argument("-o", "--out", type=Path, required=True)
    ex.set_defaults(func=cmd_evidence)

    s = sub.add_parser("findings", help="列出问题清单及分类统计")
    s.add_argument("file", type=Path)
    s.set_defaults(func=cmd_findings)

    s = sub.add_parser("funds", help="列出资金明细、到位率和执行率")
    s.add_argument("file", type=Path)
    s.set_defaults(func=cmd_funds)

