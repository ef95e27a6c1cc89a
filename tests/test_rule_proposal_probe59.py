"""Made-up texts in the styles of the common indicators of a 部门整体支出 绩效评价 as finance bureaus publish them — a
rate's line with steps past it, over (在职人员控制率, 公用经费控制率, 结转结余率, 预算调整率: “≤100%得满分，每超过1个百分点扣
0.5分，扣完为止”) or under (预算执行率, 政府采购执行率, 固定资产利用率, 重点支出安排率: “=100%得满分，每低1个百分点扣0.1分”),
with a floor zeroing the row (“低于80%不得分”, “超过5个百分点不得分”), steps of two points, the score at the line not the
分值; “三公”经费变动率 and 结转结余变动率 (“≤0得满分，>0不得分”, steps or bands above 0, 0 unsaid, words “下降或持平”);
支付进度 by quarterly and monthly targets (“一季度25%、二季度50%…每季度未达进度扣1分”, points per quarter each its own, the
year's end zeroing the row, 序时进度 each month); 管理制度健全性 (“已制定…得1分，未制定不得分；…完整得1分，否则不得分”, numbered
①/（1）, a gate with counted lacks); 资金使用合规性 (“每发现一例违规扣1分，扣完为止；有重大违规本项不得分”, the gate first or after a
line break, a cap, a second cost by amount); 基础信息完善性; 预决算信息公开性 (“按规定时限公开的得满分；每迟1天扣0.1分；未公开
不得分”, days and 工作日, a last day zeroing the row, three levels); 自评质量 in levels and by the gap between scores; bands of
rates in signs and in words (“大于等于95%…小于95%大于等于90%…”, “80%（含）-90%”); rates defined by a formula before the scoring
(“公用经费控制率=实际支出公用经费总额/预算安排公用经费总额×100%。控制率≤100%得3分…”, “得分=政府采购执行率×5”, “得分=（预算
执行率-60%）/（100%-60%）×分值”) — with variants of figures (Chinese and Arabic, 百分点 and %), punctuation full and half width,
line breaks and the order of clauses; and their near variants: lines against another figure (序时进度, 全省平均水平), both sides
(“每偏离1个百分点”, “≥95%且≤105%”, a second line over 105%), a range for the 满分 (“在95%-100%之间得满分”), dates in the
text (“6月底…9月底…”, “11月底预算执行率”), two rates in one row, a gate beside a line (“未执行政府采购程序的不得分”, “在职人员超编
的不得分”), a remark in brackets (“（以年末实有人数计）”) — each with what it states (a few situations and their scores) or that it
is unsure (to check). Every proposal scores every situation as the text says, or is not confident.

Confident readings found scoring wrong: none, of the 597 texts (253 read surely). The lines with steps read surely only
with “扣完为止” (or a cap) and the 分值 at the line, whole points past it as stated; every floor beside steps (“低于80%不得
分”, “超过105%不得分”, “超过5个百分点不得分”), every gate beside counted breaches or days late, every quarterly target, every
line against a varying figure or both ways, is left to check with a note naming its words. No mend was needed; the
proposer is unchanged. Corpus unchanged (tuning exact 6643, 0 confident but wrong).

Readings left to check that would score some situations otherwise (not confident, so no bar): a line's steps with no
stop (“扣完为止”), with a floor or a points-past floor, or in steps of two points; bands with gaps or a bound in two
bands (“0-5%（含）…5%以上”); 0 unsaid between <0 and >0; “下降或持平…上升” words; quarterly and monthly targets however
scored (a count of quarters missed, points per quarter, a year's end gate, points per percentage point each quarter);
管理制度 with a gate and counted lacks, or points not the 分值; counted breaches, days late or lacks beside a zeroing gate
(“有重大违规本项不得分”, “未公开不得分”, “未开展自评的不得分”); a cost by amount; days late with a last day zeroing the row;
“得分=(执行率-60%)/(100%-60%)×分值”, “按比例扣分”, “按(1-变动率)×分值计分”, “≥90%得满分，低于90%的按执行率×分值计分”;
“5-10分” gaps of scores; lines against 序时进度, both ways, in a range, at a date, two rates in one row, a remark in
brackets. Read surely and right: a line's difference to 全省平均水平 (the two's difference entered), “得分=政府采购执行率×5”
(a rate of the 分值, past 100% as 100%), the three points of a 自评 report as a 要点核查, the two requirements of 管理制度
as a choice and a 全有或全无 beside it.

The checker is ``tests/probe_checks.py``'s; several items, each a requirement earning its points or nothing, are
checked by ``_own`` here.
"""
from __future__ import annotations

from decimal import Decimal
from itertools import product
from typing import Any

from services.frameworks.proposal import Proposal
from services.scoring.rules import check_item
from tests.probe_checks import Either, Fault, Faults, Want, first_statements, probe_tests, wrongly
from tests.proposals import Bands, Once, Per, Ranks, Unsure, dec, item_score


def _n(x: Decimal | int | float | str) -> str:
    return format(Decimal(str(round(x, 6) if isinstance(x, float) else x)).normalize(), "f")


_HALF = str.maketrans({"，": ",", "；": ";", "：": ":", "（": "(", "）": ")", "。": ".", "＜": "<", "＞": ">"})
_CN = {1: "一", 2: "两", 3: "三", 4: "四", 5: "五", 10: "十"}


def _half(text: str) -> str:
    return text.translate(_HALF)


def _forms(text: str) -> list[str]:
    """The text in full-width punctuation and in half-width."""
    return [text, _half(text)]


def _cn(k: int) -> str:
    return _CN.get(k, str(k))


def _line(m: float, line: float, step: float, per: float, up: bool, floor: float | None = None,
          past: float | None = None) -> Bands:
    """A rate's line scored at whole points: the 分值 on the right side of ``line``, ``per`` off each ``step`` points past
    it, none past ``floor`` (a rate) or past ``past`` points beyond the line."""
    out = []
    sign = 1 if up else -1
    for d in (-5, 0, 1, 2, 3, 5, 8, 10, 15, 20, 40):
        v = line + sign * d
        if v < 0:
            continue
        s = max(0.0, m - per * (max(0, d) // step))
        if floor is not None and (v > floor if up else v < floor):
            s = 0.0
        if past is not None and d > past:
            s = 0.0
        out.append((_n(v), _n(round(s, 4))))
    return Bands(tuple(out))


# ── a rate's line with steps: 在职人员控制率, 公用经费控制率, 结转结余率, 预算调整率 (over); 执行率, 利用率 (under) ─────────────
def over_line() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (name, line), (m, per), (unit, cn) in product(
            [("在职人员控制率", 100), ("公用经费控制率", 100), ("结转结余率", 10), ("预算调整率", 5)],
            [(5, 0.5), (4, 1)], [("个百分点", False), ("%", False), ("个百分点", True)]):
        if cn and (m == 4 or line != 100):
            continue
        one = "一" if cn else "1"
        want = _line(m, line, 1, per, True)
        head = f"{name}≤{line}%得满分，每超过{one}{unit}扣{_n(per)}分"
        out.append((head + "，扣完为止", str(m), want))
        out.append((_half(head) + ",扣完为止。", str(m), want))
        out.append((head + "。", str(m), Either(want, Unsure())))
        if not cn:
            # a formula defining the rate first, a line break before the scoring
            out.append((f"{name}=（实际数/计划数）×100%。\n{name}≤{line}%，得{m}分；每超过1{unit}扣{_n(per)}分，扣完为止。",
                        str(m), want))
            # the row's zero past a second line
            out.append((f"{name}≤{line}%得满分，每超过1{unit}扣{_n(per)}分，超过{line + 5}%不得分", str(m),
                        Either(_line(m, line, 1, per, True, floor=line + 5), Unsure())))
            out.append((f"{name}≤{line}%得满分，每超过1{unit}扣{_n(per)}分，超过5个百分点不得分", str(m),
                        Either(_line(m, line, 1, per, True, past=5), Unsure())))
            # steps of two points
            out.append((f"{name}≤{line}%得满分，每超过2{unit}扣{_n(per)}分，扣完为止", str(m),
                        Either(_line(m, line, 2, per, True), Unsure())))
            # the score at the line not the 分值
            out.append((f"{name}≤{line}%得{m - 1}分，每超过1{unit}扣{_n(per)}分，扣完为止", str(m), Unsure()))
    return out


def under_line() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (name, line), (m, per), say in product(
            [("预算执行率", 100), ("政府采购执行率", 100), ("固定资产利用率", 95), ("重点支出安排率", 80)],
            [(5, 0.1), (4, 0.2)], ["每低1个百分点", "每低于一个百分点", "每降低1%"]):
        if say != "每低1个百分点" and m == 4:
            continue
        want = _line(m, line, 1, per, False)
        op = "=" if line == 100 else "≥"
        out.append((f"{name}{op}{line}%得满分，{say}扣{_n(per)}分，扣完为止", str(m), want))
        out.append((_half(f"{name}{op}{line}%的，得{m}分；{say}扣{_n(per)}分，扣完为止。"), str(m), want))
        if say.startswith("每低1"):
            # a floor zeroing the row beside the steps
            floor = line - 20
            out.append((f"{name}{op}{line}%得满分，{say}扣{_n(per)}分，低于{floor}%不得分", str(m),
                        Either(_line(m, line, 1, per, False, floor=floor), Unsure())))
            out.append((f"{name}{op}{line}%得满分；\n{say}扣{_n(per)}分；\n{name}＜{floor}%的，本项不得分。", str(m),
                        Either(_line(m, line, 1, per, False, floor=floor), Unsure())))
            # the score a share of the rate
            out.append((f"{name}得分={name}×{m}分", str(m),
                        Either(Bands(((100, m), (90, _n(m * 0.9)), (50, _n(m * 0.5)))), Unsure())))
            out.append((f"{name}={name[:-1]}数/预算数×100%；得分={name}×该指标分值。", str(m),
                        Either(Bands(((100, m), (80, _n(m * 0.8)))), Unsure())))
            # the line's side said by 低于 only
            out.append((f"{name}低于{line}%的，{say}扣{_n(per)}分", str(m),
                        Either(_line(m, line, 1, per, False), Unsure())))
    return out


# ── “三公”经费变动率, 结转结余变动率: ≤0 the 分值, >0 none or steps ─────────────────────────────────────────────────────
def change_rate() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for name, m, q in product(["“三公”经费变动率", '"三公"经费变动率', "结转结余变动率"], (3, 2), ["", "，"]):
        if q and name.startswith('"'):
            continue
        zero_none = Bands(((-10, m), (-1, m), (0, m), (1, 0), (20, 0)))
        out.append((f"{name}≤0{q}得满分，>0{q}不得分", str(m), zero_none))
        out.append((f"{name}≤0，得{m}分；＞0，不得分。", str(m), zero_none))
        out.append((f"{name}≤0得满分；0<{name}≤5%得{_n(m / 2)}分；{name}>5%不得分", str(m),
                    Bands(((-3, m), (0, m), (1, _n(m / 2)), (5, _n(m / 2)), (6, 0)))))
        out.append((f"{name}≤0得满分，>0的每增加1个百分点扣{_n(m / 4)}分，扣完为止", str(m),
                    Either(Bands(((-3, m), (0, m), (1, _n(m * 0.75)), (2, _n(m / 2)), (4, 0), (10, 0))), Unsure())))
        # 0 unsaid; the figures each side mixed
        out.append((f"{name}<0得满分，>0不得分", str(m), Either(Bands(((-3, m), (1, 0))), Unsure())))
        out.append((f"{name}≤0得满分，>5%不得分", str(m), Unsure()))
        # words, not figures
        out.append(("“三公”经费较上年下降或持平的得满分，上升的不得分", str(m), Either(Ranks((m, 0)), Unsure())))
        out.append((f"“三公”经费较上年下降的得满分，持平的得{_n(m / 2)}分，上升的不得分", str(m),
                    Either(Ranks((m, _n(m / 2), 0)), Unsure())))
    return out


# ── 支付进度率: quarterly and monthly targets ─────────────────────────────────────────────────────────────────────────
def quarterly() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (q1, q2, q3, q4), (m, x), cn in product([("一", "二", "三", "四"), ("第一", "第二", "第三", "第四")],
                                                [(4, 1), (2, 0.5)], [True, False]):
        t = ("25%", "50%", "75%", "100%") if cn else ("30%", "60%", "80%", "100%")
        targets = f"{q1}季度{t[0]}、{q2}季度{t[1]}、{q3}季度{t[2]}、{q4}季度{t[3]}"
        out.append((f"支付进度率达到{targets}的得满分，每季度未达进度扣{_n(x)}分", str(m), Either(Per(_n(x)), Unsure())))
        out.append((f"预算执行进度：{targets}，每季度未达到进度要求扣{_n(x)}分，扣完为止。", str(m),
                    Either(Per(_n(x)), Unsure())))
        out.append((_half(f"{targets}；\n每个季度未达序时进度的扣{_n(x)}分，扣完为止"), str(m), Either(Per(_n(x)), Unsure())))
        # the year's end zeroing the row beside the quarters counted
        out.append((f"{targets}，每季度未达进度扣{_n(x)}分；全年执行率低于90%不得分", str(m),
                    Either(Faults((Fault("季度", f"-{_n(x)}", True), Fault("全年|90", "0"))), Unsure())))
        # points per quarter each its own
        out.append((f"{q1}季度未达{t[0]}扣{_n(x / 2)}分，{q2}季度未达{t[1]}扣{_n(x / 2)}分，{q3}季度未达{t[2]}扣{_n(x)}分，"
                    f"{q4}季度未达{t[3]}扣{_n(x)}分", str(m),
                    Either(Once((_n(x / 2), _n(x / 2), _n(x), _n(x))), Unsure())))
        # a percentage point short counted, not a quarter
        out.append((f"{targets}，每季度每低1个百分点扣{_n(x / 10)}分", str(m), Unsure()))
    for m, x in [(6, 0.5), (12, 1), (3, 0.25)]:
        out.append((f"按月均衡支出，每月支付进度未达序时进度的，每月扣{_n(x)}分", str(m), Either(Per(_n(x)), Unsure())))
        out.append((f"每月支出进度未达到序时进度扣{_n(x)}分，扣完为止", str(m), Per(_n(x))))
        out.append((f"每月支出进度未达到序时进度扣{_n(x)}分；12月底执行率未达100%的本项不得分", str(m), Unsure()))
    return out


# ── 管理制度健全性: requirements met or not, a gate zeroing the row ───────────────────────────────────────────────────
def systems() -> list[tuple[str, str, Any]]:
    out: list[tuple[str, str, Any]] = []
    for (a, b), lead in product([(1, 1), (2, 1), (1, 2)], ["", "①", "（1）"]):
        m = a + b
        nxt = {"": "", "①": "②", "（1）": "（2）"}[lead]
        out.append((f"{lead}已制定或具有相应的预算资金管理办法得{a}分，未制定不得分；{nxt}相关管理制度合法、合规、完整得{b}分，"
                    f"否则不得分。", str(m), Either(Parts((_n(a), _n(b))), Unsure())))
        out.append((f"{lead}已制定相应的财务和业务管理制度，得{a}分；{nxt}制度合法合规完整，得{b}分。", str(m),
                    Either(Parts((_n(a), _n(b))), Unsure())))
        # unmade rules zero the row: the second point only where the first is met
        out.append((f"已制定财务管理制度得{a}分，未制定本项不得分；制度不完整的扣{b}分", str(m), Unsure()))
        out.append((f"已制定相应管理制度得满分，未制定不得分；制度每缺一项扣{_n(b / 2)}分，扣完为止", str(m),
                    Either(Faults((Fault("未制定|制定", "0"), Fault("缺", f"-{_n(b / 2)}", True))), Unsure())))
        # the points not the 分值
        out.append((f"已制定预算资金管理办法得{a}分，未制定不得分；管理制度合法、合规、完整得{b}分，否则不得分。", str(m + 1),
                    Unsure()))
    return out


# ── 资金使用合规性; 基础信息完善性; counted breaches with a gate ─────────────────────────────────────────────────────────
def compliance() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (m, x), (one, kind), sep in product([(5, 1), (4, 0.5)], [("一例", "违规"), ("1例", "违规"), ("一处", "不合规")],
                                           ["；", "\n"]):
        out.append((f"每发现{one}{kind}扣{_n(x)}分，扣完为止{sep}有重大违规本项不得分", str(m),
                    Either(Faults((Fault(kind, f"-{_n(x)}", True), Fault("重大", "0"))), Unsure())))
        out.append((f"资金使用符合国家财经法规和财务管理制度规定，每发现{one}{kind}扣{_n(x)}分，扣完为止", str(m), Per(_n(x))))
        out.append((f"有重大违规本项不得分{sep}每发现{one}{kind}扣{_n(x)}分，扣完为止", str(m),
                    Either(Faults((Fault(kind, f"-{_n(x)}", True), Fault("重大", "0"))), Unsure())))
        if sep == "；":
            out.append((f"基础数据信息和会计信息资料真实、完整、准确的得满分，每发现{one}不完整扣{_n(x)}分，扣完为止", str(m),
                        Per(_n(x))))
            out.append((f"每发现{one}{kind}扣{_n(x)}分，最多扣{m - 1}分", str(m), Either(Per(_n(x), str(m - 1)), Unsure())))
            out.append((f"每发现{one}{kind}扣{_n(x)}分，扣完为止；{kind}金额超过10万元的，每例扣{m}分", str(m), Unsure()))
    return out


# ── 预决算信息公开性: days late, not published ───────────────────────────────────────────────────────────────────────
def disclosure() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (m, x), day, sep in product([(3, 0.1), (4, 0.5)], ["1天", "一天", "1个工作日"], ["；", "，", "\n"]):
        late = Fault("迟|天|日|延|逾", f"-{_n(x)}", True)
        out.append((f"按规定时限公开的得满分{sep}每迟{day}扣{_n(x)}分{sep}未公开不得分", str(m),
                    Either(Faults((late, Fault("未公开", "0"))), Unsure())))
        out.append((f"按规定内容和时限公开预决算信息的得满分，每延迟{day}扣{_n(x)}分，扣完为止", str(m),
                    Either(Per(_n(x)), Unsure())))
        if sep == "；":
            out.append((f"按时公开得满分，每迟{day}扣{_n(x)}分，超过5天不得分", str(m),
                        Either(Bands(((0, m), (1, _n(max(0, m - x))), (5, _n(max(0, m - 5 * x))), (6, 0))), Unsure())))
            out.append((f"预决算信息按规定时限公开的得{m}分，未按时限公开的得{_n(m / 2)}分，未公开不得分", str(m),
                        Ranks((m, _n(m / 2), 0))))
            out.append((f"按规定时限公开的得满分；每迟{day}扣{_n(x)}分", str(m), Either(Per(_n(x)), Unsure())))
            out.append((f"按规定公开得满分；公开内容每缺一项扣{_n(x)}分；未公开不得分", str(m),
                        Either(Faults((Fault("缺", f"-{_n(x)}", True), Fault("未公开", "0"))), Unsure())))
    return out


# ── 自评质量, 结转结余 in levels and bands ────────────────────────────────────────────────────────────────────────────
def levels() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for m, (a, b), p in product((5, 4), [(0.6, 0.2), (0.8, 0.4)], ["，", ","]):
        if p == "," and a == 0.8:
            continue
        hi, lo = _n(m * a), _n(m * b)
        out.append((f"自评质量高的得{m}分{p}较高的得{hi}分{p}一般的得{lo}分{p}差的不得分", str(m), Ranks((m, hi, lo, 0))))
        out.append((f"部门自评得分与评价得分差异在5分以内得满分{p}5-10分得{hi}分{p}10分以上不得分", str(m),
                    Either(Bands(((0, m), (3, m), (7, hi), (12, 0))), Unsure())))
        out.append((f"结转结余率≤5%得满分；5%<结转结余率≤10%得{hi}分；10%<结转结余率≤20%得{lo}分；结转结余率>20%不得分", str(m),
                    Bands(((2, m), (5, m), (6, hi), (10, hi), (15, lo), (20, lo), (25, 0)))))
        out.append((_half(f"结转结余率≤5%得满分；5%<结转结余率≤10%得{hi}分；结转结余率>20%不得分"), str(m), Unsure()))
        out.append((f"自评报告内容完整、数据准确、分析深入的得满分{p}每发现一处问题扣{_n(m / 10)}分{p}未开展自评的不得分", str(m),
                    Either(Faults((Fault("问题", f"-{_n(m / 10)}", True), Fault("未开展", "0"))), Unsure())))
    return out


# ── mixtures: bands beside steps, bands of rates in words, points per quarter met ─────────────────────────────────────
def mixed() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (m, a, b), (name, short) in product([(5, 3, 1), (4, 2, 1), (10, 6, 3)],
                                            [("预算执行率", "执行率"), ("支付进度率", "进度率")]):
        out.append((f"{name}在90%（含）以上的得满分，80%（含）-90%得{a}分，80%以下不得分", str(m),
                    Bands(((100, m), (90, m), (85, a), (80, a), (79, 0), (50, 0)))))
        out.append((f"{name}=100%，得{m}分；≥90%，得{a}分；≥80%，得{b}分；<80%，不得分", str(m),
                    Bands(((100, m), (99, a), (90, a), (85, b), (80, b), (79, 0)))))
        out.append((_half(f"{name}≥90%，得{m}分；80%≤{short}＜90%，得{a}分；{short}＜80%，不得分。"), str(m),
                    Bands(((100, m), (90, m), (89, a), (80, a), (79, 0)))))
        out.append((f"{name}≥95%得满分，90%≤{short}<95%得{a}分，{short}<90%的，每低1个百分点扣0.5分，扣完为止", str(m), Unsure()))
        out.append((f"{name}≥90%得满分，低于90%的，按{short}×分值计分", str(m),
                    Either(Bands(((100, m), (90, m), (80, _n(m * 0.8)))), Unsure())))
        out.append((f"{name}低于100%的，每降低一个百分点扣{_n(m / 50)}分，扣完为止", str(m),
                    _line(m, 100, 1, m / 50, False)))
        out.append((f"{name}100%得{m}分，每低1个百分点扣{_n(m / 10)}分，{short}低于90%得0分", str(m),
                    Either(_line(m, 100, 1, m / 10, False, floor=90), Unsure())))
        out.append((f"在职人员控制率≤100%得满分；100%<控制率≤105%得{a}分；控制率>105%不得分", str(m),
                    Bands(((90, m), (100, m), (103, a), (105, a), (106, 0)))))
        out.append(("结转结余率≤上年结转结余率得满分，否则不得分", str(m), Either(Ranks((m, 0)), Unsure())))
        # a quarter's target each earning its points
        q = _n(m / 4)
        out.append((f"一季度支付进度达到25%得{q}分，二季度达到50%得{q}分，三季度达到75%得{q}分，四季度达到100%得{q}分", str(m),
                    Either(Parts((q, q, q, q)), Unsure())))
        out.append((f"支出进度：第一季度≥25%，得{q}分；第二季度≥50%，得{q}分；第三季度≥75%，得{q}分；第四季度≥100%，得{q}分。",
                    str(m), Either(Parts((q, q, q, q)), Unsure())))
        out.append((f"部门整体支出绩效自评报告按时报送得{_n(m / 2)}分，内容完整得{_n(m / 4)}分，自评结果客观真实得{_n(m / 4)}分",
                    str(m), Either(Parts((_n(m / 2), _n(m / 4), _n(m / 4))), Unsure())))
    return out


# ── rates defined by a formula before their scoring ─────────────────────────────────────────────────────────────────
def defined_first() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for m, (lead, sep) in product((5, 3), [("", "。"), ("计算公式：", "\n"), ("", ",")]):
        a = _n(m * 0.6)
        out.append((f"{lead}公用经费控制率=实际支出公用经费总额/预算安排公用经费总额×100%{sep}控制率≤100%得{m}分，"
                    f">100%每增加1%扣{_n(m / 10)}分（扣完为止）", str(m), _line(m, 100, 1, m / 10, True)))
        out.append((f"{lead}结转结余率=结转结余总额/支出预算总额×100%{sep}结转结余率≤5%得满分，5%-10%（含）得{a}分，>10%不得分",
                    str(m), Bands(((0, m), (3, m), (5, m), (7, a), (10, a), (11, 0)))))
        out.append((f"{lead}固定资产利用率=（实际在用固定资产总额/所有固定资产总额）×100%{sep}利用率≥90%得满分，每降低1个百分点扣"
                    f"{_n(m / 20)}分，扣完为止", str(m), _line(m, 90, 1, m / 20, False)))
        out.append((f"{lead}重点支出安排率=重点项目支出/项目总支出×100%{sep}≥60%得满分，<60%不得分", str(m),
                    Bands(((80, m), (60, m), (59, 0), (30, 0)))))
        out.append((f"{lead}预算执行率=（实际支出/预算数）×100%{sep}预算执行率≥95%得{m}分；90%≤执行率＜95%得{a}分；"
                    f"85%≤执行率＜90%得1分；＜85%不得分", str(m),
                    Bands(((100, m), (95, m), (94, a), (90, a), (89, 1), (85, 1), (84, 0)))))
        out.append((f"{lead}“三公”经费变动率=（本年度“三公”经费总额-上年度“三公”经费总额）/上年度“三公”经费总额×100%{sep}"
                    f"≤0得满分，>0不得分", str(m), Either(Bands(((-10, m), (0, m), (1, 0))), Unsure())))
        out.append((f"{lead}政府采购执行率=实际政府采购金额/政府采购预算数×100%{sep}得分=政府采购执行率×{m}", str(m),
                    Either(Bands(((100, m), (80, _n(m * 0.8)), (50, _n(m * 0.5)))), Unsure())))
        out.append((f"{lead}政府采购执行率=实际政府采购金额/政府采购预算数×100%{sep}执行率100%得满分，低于100%的按比例得分",
                    str(m), Either(Bands(((100, m), (80, _n(m * 0.8)))), Unsure())))
        out.append((f"{lead}在职人员控制率=在职人员数/编制数×100%{sep}≤100%得满分，超出部分按比例扣分", str(m), Unsure()))
        out.append((f"{lead}得分=（预算执行率-60%）/（100%-60%）×分值", str(m),
                    Either(Bands(((100, m), (80, _n(m / 2)), (60, 0))), Unsure())))
    return out


# ── near variants: lines against other figures, both sides, dates, gates beside a line ──────────────────────────────
def near() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for m, x in [(5, 0.5), (4, 0.2)]:
        out.append((f"在职人员控制率在95%-100%之间得满分，每超过1个百分点扣{_n(x)}分，扣完为止", str(m), Unsure()))
        out.append((f"支付进度率≥序时进度得满分，每低于序时进度1个百分点扣{_n(x)}分，扣完为止", str(m),
                    Either(Bands(((5, m), (0, m), (-1, _n(m - x)), (-2, _n(m - 2 * x)), (-40, 0))), Unsure())))
        out.append((f"预算执行率≥全省平均水平得满分，每低1个百分点扣{_n(x)}分，扣完为止", str(m),
                    Either(Bands(((5, m), (0, m), (-1, _n(m - x)), (-2, _n(m - 2 * x)), (-40, 0))), Unsure())))
        out.append((f"预算执行率=100%得满分，每偏离1个百分点扣{_n(x)}分，扣完为止", str(m), Unsure()))
        out.append((f"预算执行率≥95%且≤105%得满分，每偏离1个百分点扣{_n(x)}分，扣完为止", str(m), Unsure()))
        out.append((f"预算执行率≥95%得满分，每低1个百分点扣{_n(x)}分，扣完为止；执行率超过105%的，每超过1个百分点扣{_n(x)}分",
                    str(m), Unsure()))
        out.append((f"结转结余率较上年下降5个百分点以上得满分，下降0-5个百分点得{_n(m / 2)}分，上升不得分", str(m), Unsure()))
        out.append((f"在职人员控制率≤100%得满分，每超过1个百分点扣{_n(x)}分，扣完为止（以年末实有人数计）", str(m),
                    Either(_line(m, 100, 1, x, True), Unsure())))
        out.append((f"预算执行率=100%得满分；每低1个百分点扣{_n(x)}分，扣完为止。（执行率=实际支出/（年初预算+调整预算）×100%）",
                    str(m), _line(m, 100, 1, x, False)))
        out.append((f"政府采购执行率100%得满分，每低1个百分点扣{_n(x)}分，扣完为止；未执行政府采购程序的不得分", str(m), Unsure()))
        out.append((f"在职人员控制率≤100%得满分，每超过1个百分点扣{_n(x)}分，扣完为止，在职人员超编的不得分", str(m), Unsure()))
        out.append((f"上半年预算执行率≥50%得满分，每低1个百分点扣{_n(x)}分，扣完为止", str(m), _line(m, 50, 1, x, False)))
        out.append((f"11月底预算执行率≥90%得满分，每低1个百分点扣{_n(x)}分，扣完为止", str(m),
                    Either(_line(m, 90, 1, x, False), Unsure())))
        out.append((f"项目支出执行率≥90%得满分；基本支出执行率≥95%得满分；每低1个百分点扣{_n(x)}分，扣完为止", str(m), Unsure()))
        out.append((f"预算执行率大于等于95%得满分；小于95%大于等于90%得{_n(m / 2)}分；小于90%不得分", str(m),
                    Bands(((100, m), (95, m), (94, _n(m / 2)), (90, _n(m / 2)), (89, 0)))))
        out.append((f"6月底预算执行率≥50%、9月底≥75%、12月底≥100%，每个时点未达到扣{_n(m / 4)}分，扣完为止", str(m),
                    Either(Per(_n(m / 4)), Unsure())))
        out.append((f"年中执行率达到50%得{_n(m / 2)}分，年底执行率达到100%得{_n(m / 2)}分", str(m),
                    Either(Parts((_n(m / 2), _n(m / 2))), Unsure())))
        out.append(("三公经费变动率≤0得满分；>0的，按（1-变动率）×分值计分", str(m),
                    Either(Bands(((-5, m), (0, m), (10, _n(m * 0.9)), (50, _n(m / 2)))), Unsure())))
    return out


# ── several items: each requirement's points, earned or not ──────────────────────────────────────────────────────────
class Parts(tuple):
    """Requirements each earning its points or nothing, their points in order (one checklist, or one item each)."""


def _own(p: Proposal, m: Decimal, want: Any) -> str | None:
    if not isinstance(want, Parts):
        return None
    costs = tuple(dec(c) for c in want)
    if len(p.items) == 1:
        return wrongly(p, _n(m), Once(tuple(want)))
    if len(p.items) != len(costs) or any(check_item(it) for it in p.items):
        return f"items {[it['type'] for it in p.items]}"
    for it, c in zip(p.items, costs):
        if dec(it["max"]) != c:
            return f"item of {it['max']}, not {c}"
        if it["type"] == "all_or_nothing":
            got = (item_score(it, {"met": True}), item_score(it, {"met": False}))
        elif it["type"] == "choice":
            scores = sorted((Decimal(o["score"]) for o in it["params"]["options"]), reverse=True)
            got = (scores[0], scores[-1]) if len(scores) == 2 else (Decimal(-1), Decimal(-1))
        else:
            return f"read as {it['type']}"
        if got != (c, Decimal(0)):
            return f"{it['type']} scoring {got}"
    return ""


_ALL = (over_line() + under_line() + change_rate() + quarterly() + systems() + compliance() + disclosure() + levels()
        + mixed() + defined_first() + near())
#: (the first statement of a text the generators write twice)
CASES = first_statements(_ALL)


(test_the_probe_is_of_its_size,
 test_every_made_up_text_is_scored_as_it_says_or_is_to_check) = probe_tests(CASES, 300, 600, own=_own)
