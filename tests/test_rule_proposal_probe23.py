"""Made-up texts in the house styles of 驾校/汽车维修 质量信誉考核, 派出所/法院 案件质量评查, 物业/环卫/垃圾分类 检查,
定点医疗机构/基本公卫 考核, 秸秆禁烧/林业 考核, 就业目标责任制, 安全生产/消防 考核 and 科研项目 验收 tables, each with what it
states (a few situations and their scores) or that it is unsure (to check). Every proposal scores every situation as
the text says, or is not confident.

The texts are built from the forms tables write, crossed: deductions per case (measure words 起/件/宗/单/床/户/人次 …,
Chinese numerals, 扣完为止 / 最高 / 为限 / 封顶 …), bands of a rate (以上/以下/不足/低于/≥/(含)/(不含) at each end), lines
with a step (每低1个百分点 …), situations and grades (得/计/记/括号/扣/减半), points each worth their own, faults each
taken once, a gate (弄虚作假的本项不得分), 加倍扣分 and 一票否决.

Confident readings found scoring wrong, and mended:

- a mark after 以上 leaving its figure out (“90%以上(不含90%)得10分,80%-90%得6分”, “95%以上(不含)”, “90%(不含)以上”): the
  line had been read holding its figure (90% scored 10); it is now left out, the range below holding it (to check: the
  range's end is read closed, as for “高于90%”); a mark after 以下 (“95%以下(不含)得0分,95%以上得5分”) leaves it out
  alike, and the figure is no longer counted as claimed by two bands;
- a figure held outright by two bands (“85%≤及时率<95%…;85%(含)以下不得分”, “85%(含)-95%…;及时率85%(含)以下…”): the
  sign after a figure (“85%≤”) and 及以下 (as normalize writes “(含)以下”) each hold it, so it is claimed twice (to
  check); a figure the band below holds outright, scored by a range read before it that starts there (“85%至95%…;
  85%(含)以下…”, “85%-95%…;≤85%不得分”), is to check too (said after the band holding it, “≤5%得4分,5%-10%(含)得2分”,
  it reads as before).
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import Decimal
from itertools import product
from typing import Any

import pytest

from services.frameworks.proposal import Proposal, propose
from services.scoring.rules import check_item
from tests.probe_checks import case_test
from tests.proposals import D, Once, Ranks, Unsure, item_score, points_off, scores, to_check


# ── what a text states ───────────────────────────────────────────────────────────────────────────────────────
@dataclass(frozen=True)
class Per:
    """Points off per case, at most ``cap`` off in all (None: the 分值)."""
    per: str
    cap: str | None = None


@dataclass(frozen=True)
class Faults:
    """Faults each counted per case, their costs in order, at most the 分值 off in all."""
    costs: tuple[str, ...]


@dataclass(frozen=True)
class Bands:
    """Values of what is measured and the score of each."""
    samples: tuple[tuple[Any, Any], ...]


@dataclass(frozen=True)
class Gate:
    """Points off per case, the row zeroed by one condition."""
    per: str


Want = Per | Faults | Once | Ranks | Bands | Gate | Unsure


def _per_case(item: dict[str, Any], count: int) -> Decimal | None:
    params = item["params"]
    if item["type"] == "deduction":
        return item_score(item, {"count": str(count)})
    if item["type"] == "delay":
        return item_score(item, {"delay": str(count)})
    if item["type"] == "formula" and len(params["variables"]) == 1:
        return item_score(item, {"vars": {params["variables"][0]["name"]: str(count)}})
    return None


def _valued(item: dict[str, Any], value: Decimal) -> Decimal | None:
    params = item["params"]
    if item["type"] in ("tiers", "threshold"):
        ratio = params.get("input") == "ratio"
        return item_score(item, {"numerator": str(value), "denominator": "100"} if ratio else {"value": str(value)})
    if item["type"] == "rate":
        return item_score(item, {"numerator": str(value), "denominator": "100"})
    if item["type"] == "completion":
        return item_score(item, {"rows": [{"target": "100", "actual": str(value)}]})
    return None


def wrongly(p: Proposal, weight: str, want: Want) -> str:
    """Where the proposal scores a situation otherwise than the text says ('' when it scores every one right)."""
    m = Decimal(weight)
    if isinstance(want, Unsure):
        return "read as sure" if p.confident else ""
    if len(p.items) != 1 or check_item(p.items[0]):
        return f"items {[it['type'] for it in p.items]}"
    item = p.items[0]
    kind, params = item["type"], item["params"]
    if isinstance(want, Per):
        for k in (0, 1, 2, 3, 5, 8, 20, 100):
            got, expected = _per_case(item, k), points_off(m, Decimal(want.per) * k, want.cap)
            if got != expected:
                return f"{k} cases: {got}, not {expected} ({kind})"
        return ""
    if isinstance(want, Gate):
        if kind != "formula" or len(params["variables"]) != 2:
            return f"read as {kind}"
        g, n = (v["name"] for v in params["variables"])
        for held, k in product((0, 1), (0, 1, 2, 30)):
            got = item_score(item, {"vars": {g: str(held), n: str(k)}})
            expected = points_off(m, Decimal(want.per) * k) if held else Decimal(0)
            if got != expected:
                return f"gate {held}, {k} cases: {got}, not {expected}"
        return ""
    if isinstance(want, Faults):
        if kind != "formula" or len(params["variables"]) != len(want.costs):
            return f"read as {kind}"
        names = [v["name"] for v in params["variables"]]
        for ks in product(*[(0, 1, 2, 4, 15)] * len(names)):
            got = item_score(item, {"vars": {n: str(k) for n, k in zip(names, ks)}})
            expected = points_off(m, sum((Decimal(c) * k for c, k in zip(want.costs, ks)), Decimal(0)))
            if got != expected:
                return f"{ks}: {got}, not {expected}"
        return ""
    if isinstance(want, Once):
        costs = [Decimal(c) for c in want.costs]
        if kind == "choice":  # one situation per fault: no fault, then each alone
            got = sorted((Decimal(o["score"]) for o in params["options"]), reverse=True)
            return "" if got == sorted([m] + [max(Decimal(0), m - c) for c in costs], reverse=True) else f"options {got}"
        for ks in product(*[(0, 1)] * len(costs)):
            expected = max(Decimal(0), m - sum((c * k for c, k in zip(costs, ks)), Decimal(0)))
            if kind == "formula" and len(params["variables"]) == len(costs):
                got = item_score(item, {"vars": {v["name"]: str(k) for v, k in zip(params["variables"], ks)}})
            elif kind == "checklist" and len(params["points"]) == len(costs) and not params.get("gate"):
                got = item_score(item, {"points": {pt["key"]: {"state": "not_met" if k else "met"}
                                               for pt, k in zip(params["points"], ks)}})
            else:
                return f"read as {kind}"
            if got != expected:
                return f"{ks}: {got}, not {expected}"
        return ""
    if isinstance(want, Ranks):
        expected = D(*want.scores)
        if kind == "choice":
            got = sorted((Decimal(o["score"]) for o in params["options"]), reverse=True)
            # the unsaid “以上情形均不符合” scoring 0 beside situations that all score more
            if got != expected and not (got[:-1] == expected and got[-1] == 0 < expected[-1]):
                return f"options {got}"
            return ""
        if kind == "all_or_nothing" or (kind == "checklist" and len(params["points"]) == 1):
            return "" if expected == [m, Decimal(0)] else f"read as {kind}"
        return f"read as {kind}"
    for value, expected in want.samples:
        got = _valued(item, Decimal(str(value)))
        if got != Decimal(str(expected)):
            return f"{value}: {got}, not {expected} ({kind})"
    return ""


# ── deductions per case: the forms of the case and of the stop, crossed ──────────────────────────────────────
FAULTS = [
    ("学员投诉经查实", "起"), ("教练员未持证上岗", "人"), ("教学车辆未按期年检", "辆"), ("培训学时弄虚作假", "人次"),
    ("维修质量投诉经核实", "起"), ("未建立维修档案", "台"), ("未出具维修结算清单", "单"), ("使用假冒伪劣配件", "次"),
    ("案件卷宗装订不规范", "卷"), ("法律文书存在错误", "处"), ("超审限结案", "件"), ("案件被发回重审", "件"),
    ("受立案不规范", "起"), ("执法记录仪未按规定使用", "次"), ("涉案财物管理不规范", "宗"),
    ("楼道堆放杂物", "处"), ("垃圾桶满溢未及时清运", "个"), ("生活垃圾混投", "户"), ("道路保洁不到位", "处"),
    ("病历书写不合格", "份"), ("违规收费", "笔"), ("挂床住院", "床"), ("冒名就医", "人次"), ("健康档案不真实", "份"),
    ("违规结算医保费用", "单"), ("发现秸秆焚烧火点", "个"), ("发生乱砍滥伐", "宗"), ("发生森林火灾", "起"),
    ("消防通道堵塞", "处"), ("灭火器失效", "具"), ("安全隐患未按期整改", "项"), ("特种作业人员无证上岗", "人"),
    ("科研经费违规使用", "笔"), ("考核指标未完成", "项"), ("发表论文未标注项目编号", "篇"),
]
_CASE = ["{f}的,每{u}扣{n}分", "每{u}{f}扣{n}分", "{f}每{u}扣{n}分", "{f},每发现1{u}扣{n}分", "{f}一{u}扣{n}分",
         "{f}扣{n}分/{u}", "{f}每{u}计扣{n}分", "{f}每{u}扣除{n}分", "发现{f}的,每{u}扣{n}分", "{f}的每{u}扣{cn}分",
         "{f}(每{u}扣{n}分)"]
_STOP = [("扣完为止", False), ("最高扣{c}分", True), ("最多扣{c}分", True), ("扣满{c}分为止", True), ("扣完{c}分为止", True),
         ("此项最多扣{c}分", True), ("以扣完{c}分为限", True), ("本项{m}分扣完为止", False), ("扣至0分为止", False),
         ("扣分不超过{c}分", True), ("累计最高扣{c}分", True), ("扣分封顶{c}分", True), ("最低0分", False),
         ("最低得0分", False), ("{m}分扣完为止", False)]
_CN = {"0.5": "0.5", "1": "一", "2": "两", "3": "三"}


def deductions() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for i, (case, (stop, capped)) in enumerate(product(_CASE, _STOP)):
        if i % 2:  # one in two left out: each form of the case still meets most forms of the stop
            continue
        f, u = FAULTS[i % len(FAULTS)]
        n, m = ["0.5", "1", "2", "1", "3"][i % 5], ["10", "6", "8", "5", "12"][i % 5]
        c = str(int(m) // 2)
        out.append((case.format(f=f, u=u, n=n, cn=_CN[n]) + "," + stop.format(c=c, m=m), m, Per(n, c if capped else None)))
    for j, (f, u) in enumerate(FAULTS[:8]):  # a stop beyond the 分值, or a 分值 of its own: the text contradicts itself
        m = ["5", "6", "4", "3"][j % 4]
        out += [(f"{f}每{u}扣1分,最高扣{int(m) + 2}分", m, Unsure()), (f"{f}每{u}扣1分,本项{int(m) + 5}分扣完为止", m, Unsure())]
    for (fa, ua), (fb, ub) in zip(FAULTS[0:12:2], FAULTS[1:12:2]):
        out += [
            (f"{fa}每{ua}扣1分;{fb}每{ub}扣2分,扣完为止", "10", Faults(("1", "2"))),
            (f"{fa}的,每{ua}扣0.5分;{fb}的,每{ub}扣1分;本项扣完为止", "5", Faults(("0.5", "1"))),
            (f"{fa}扣2分,{fb}扣3分", "5", Once(("2", "3"))),
            (f"{fa}每{ua}扣1分,扣完为止;发生重大安全责任事故的,实行一票否决", "5", Unsure()),
            (f"{fa}每{ua}扣1分,扣完为止;弄虚作假的,本项不得分", "5", Gate("1")),
            (f"{fa}每{ua}扣1分,被上级通报的加倍扣分,扣完为止", "6", Unsure()),
            (f"{fa}每{ua}扣2分,3{ua}以上不得分", "10", Unsure()),
        ]
    out += [
        ("违规收治病人住院的,每床扣2分,扣完为止", "10", Per("2")),
        ("挂床住院每床日扣0.5分,扣完为止", "5", Unsure()),
        ("垃圾分类不到位的,每户扣0.1分,扣完为止", "3", Per("0.1")),
        ("每宗未结案件扣0.5分,扣完为止", "5", Per("0.5")),
        ("经查实的违规医疗费用每单扣0.2分,扣完为止", "4", Per("0.2")),
        ("发生安全生产事故的,每起扣五分", "10", Per("5")),
        ("每发现一户未分类扣0.5分,满分2分,扣完为止", "2", Per("0.5")),
        ("每出现1起信访投诉扣1分,最高扣3分", "5", Per("1", "3")),
        ("每超过审限1天扣0.1分,扣完为止", "2", Per("0.1")),
        ("项目延期验收的,每延期1个月扣1分,扣完为止", "5", Per("1")),
        ("每逾期一个月提交结题报告扣0.5分,扣完为止", "3", Per("0.5")),
        ("辖区内秸秆焚烧火点为0的得满分,每出现1个火点扣2分,扣完为止", "10", Per("2")),
        ("每起扣一点五分,扣完为止", "6", Per("1.5")),
        ("每有1户分类不合格扣0.1分,每有1户拒不分类扣0.5分,扣完为止", "3", Faults(("0.1", "0.5"))),
        ("每发现1处火点扣1分,扣完为止;火点数量超过5个的,实行一票否决", "5", Unsure()),
        ("每起扣1分,扣完为止,被新闻媒体曝光的每起加倍扣分", "5", Unsure()),
        ("病历不合格每份扣0.5分,每项最多扣2分", "5", Unsure()),
        ("每发现2处垃圾桶满溢扣1分,扣完为止", "5", Unsure()),
        ("辖区内发现一处火点扣1分,发现两处扣3分,发现三处及以上不得分", "5", Bands(((0, 5), (1, 4), (2, 2), (3, 0), (6, 0)))),
        ("楼道堆放杂物一处扣3分,两处及以上不得分", "6", Bands(((0, 6), (1, 3), (2, 0), (5, 0)))),
        ("全年发生生产安全事故0起得10分,发生1起扣5分,发生2起及以上不得分", "10", Bands(((0, 10), (1, 5), (2, 0), (4, 0)))),
        ("发生事故0起得10分,1起得5分,2起以上不得分", "10", Bands(((0, 10), (1, 5), (2, 0), (3, 0)))),
    ]
    return out


# ── bands of a rate: each end of each band said one of the ways tables say it, crossed ───────────────────────
#: how each form says its end: True holds the figure, False leaves it out, None leaves it to the band beside it (a
#: range's unmarked end), _BY_LAW holds it unless a mark beside says otherwise (以上/以下: held by law, often meant as
#: “above”/“below”)
_BY_LAW = "by law"
_UP = [("{x}%以上", _BY_LAW), ("{x}%(含)以上", True), ("达到{x}%", True), ("≥{x}%", True), ("不低于{x}%", True),
       ("{x}%及以上", True), ("达到{x}%以上", True), ("高于{x}%", False), ("超过{x}%", False),
       ("{x}%以上(不含{x}%)", False), (">{x}%", False), ("{x}%以上(不含)", False)]
_MID = [("{y}%-{x}%", None, None), ("{y}%至{x}%", None, None), ("{y}%(含)-{x}%", True, None), ("{y}%-{x}%(含)", None, True),
        ("{y}%(含)至{x}%(不含)", True, False), ("{y}%≤{r}<{x}%", True, False), ("{y}%<{r}≤{x}%", False, True),
        ("{y}%以上不足{x}%", _BY_LAW, False), ("{y}%以上{x}%以下", _BY_LAW, _BY_LAW), ("{y}%(不含)-{x}%(含)", False, True),
        ("{y}%以上、低于{x}%", _BY_LAW, False)]
_LOW = [("{y}%以下", _BY_LAW), ("不足{y}%", False), ("低于{y}%", False), ("<{y}%", False), ("未达到{y}%", False),
        ("{y}%以下(不含{y}%)", False), ("{y}%(含)以下", True)]
_RATES = ["结案率", "建档率", "就业目标完成率", "分类准确率", "隐患整改率", "一次检验合格率", "规范管理率", "秸秆综合利用率",
          "指标完成率", "满意率", "到位率", "及时率"]


def _holder(above: Any, below: Any) -> str | None:
    """Which band holds the figure they share: 'above', 'below', or None when both or neither do."""
    if above == below == _BY_LAW:
        return None
    if above == _BY_LAW:
        above = below is not True
    if below == _BY_LAW:
        below = above is not True
    if above is None:
        above = not below
    if below is None:
        below = not above
    return "above" if above and not below else "below" if below and not above else None


def bands() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    combos = [(u, m, _LOW[2]) for u in _UP for m in _MID] + [(_UP[3], m, lo) for m in _MID for lo in _LOW if lo != _LOW[2]]
    for i, ((up, top_end), (mid, mid_low, mid_high), (low, low_end)) in enumerate(combos):
        r = _RATES[i % len(_RATES)]
        x, y = (95, 85) if i % 2 else (90, 80)
        hi, part = (10, 6) if i % 3 else (5, 3)
        said = {"x": x, "y": y, "r": r}
        text = f"{r}{up.format(**said)}得{hi}分,{mid.format(**said)}得{part}分,"
        text += f"{r}{low.format(**said)}不得分" if "{r}" in mid else f"{low.format(**said)}不得分"
        at_x, at_y = _holder(top_end, mid_high), _holder(mid_low, low_end)
        if at_x is None or at_y is None:
            out.append((text, str(hi), Unsure()))
            continue
        samples = ((x + 3, hi), ((x + y) / 2, part), (y - 1, 0), (x, hi if at_x == "above" else part),
                   (y, part if at_y == "above" else 0))
        out.append((text, str(hi), Bands(samples)))
    out += [
        ("发表核心期刊论文3篇以上得10分,2篇得7分,1篇得4分,未发表不得分", "10", Bands(((3, 10), (5, 10), (2, 7), (1, 4), (0, 0)))),
        ("获得发明专利授权2项及以上的得6分,1项的得3分,无专利不得分", "6", Bands(((2, 6), (3, 6), (1, 3), (0, 0)))),
        ("培养研究生3名(含)以上计5分,1-2名计3分,未培养不计分", "5", Bands(((3, 5), (4, 5), (2, 3), (1, 3), (0, 0)))),
        ("全年组织消防演练4次以上的得5分,每少1次扣1分", "5", Bands(((4, 5), (6, 5), (3, 4), (1, 2), (0, 1)))),
        ("开展就业培训不少于500人次的得满分,每少50人次扣0.5分,扣完为止", "5", Bands(((500, 5), (600, 5), (450, 4.5), (0, 0)))),
        ("森林火灾受害率控制在0.9‰以内得满分,超过的不得分", "5", Bands(((0.5, 5), (0.9, 5), (1, 0)))),
        ("案件平均审理天数低于60天的得5分,60-90天得3分,90天以上不得分", "5", Bands(((50, 5), (70, 3), (100, 0)))),
        ("投诉处理及时率100%得5分,每低1%扣1分", "5", Bands(((100, 5), (99, 4), (97, 2), (90, 0)))),
        ("经费执行率达到90%以上得5分,70%-90%得3分,70%以下不得分", "5", Bands(((95, 5), (80, 3), (60, 0)))),
        ("门诊次均费用增幅不超过5%的得满分,每超1个百分点扣1分,扣完为止", "5", Bands(((3, 5), (5, 5), (6, 4), (8, 2), (20, 0)))),
        ("投诉率控制在2%以内,每超1个百分点扣1分,扣完为止", "5", Bands(((1, 5), (2, 5), (3, 4), (9, 0)))),
        ("差错率≤1%得5分,1%<差错率≤3%得3分,差错率>3%不得分", "5", Bands(((0.5, 5), (1, 5), (2, 3), (3, 3), (4, 0)))),
        ("完成率≥100%得5分;≥90%且<100%得4分;<90%不得分", "5", Bands(((100, 5), (95, 4), (90, 4), (89, 0)))),
        ("结案率95%以下(不含)得0分,95%以上得5分", "5", Bands(((94, 0), (95, 5), (99, 5)))),
        ("完成率达到100%得满分,低于100%的按完成率乘以分值计分", "5", Bands(((100, 5), (80, 4), (120, 5)))),
        ("就业目标任务完成率达到目标值的得满分,未达到的按实际完成比例得分", "10", Bands(((100, 10), (80, 8), (110, 10)))),
        ("医疗机构年度考核90分以上得5分,80-89分得3分,80分以下不得分", "5", Unsure()),
        ("卫星监测发现火点1个扣3分,2个扣6分,3个以上不得分", "10", Unsure()),
        ("新增就业人数完成年度目标任务的得6分,完成90%-100%的得4分,90%以下的不得分", "6", Unsure()),
        ("每季度至少开展1次安全检查,每少一次扣1分,扣完为止", "4", Unsure()),
    ]
    return out


# ── a line and a step below it ───────────────────────────────────────────────────────────────────────────────
_LINE = ["{r}达到{x}%的得满分", "{r}≥{x}%得满分", "{r}不低于{x}%得{m}分", "{r}达{x}%以上得满分", "{r}{x}%(含)以上得满分",
         "{r}以{x}%为基准", "{r}达到{x}%得{m}分"]
_STEP = [("每低1个百分点扣{k}分", 1, False), ("每降低1个百分点扣{k}分", 1, False), ("每下降一个百分点扣{k}分", 1, False),
         ("每低于1%扣{k}分", 1, False), ("每少1个百分点扣{k}分", 1, False), ("每低2个百分点扣{k}分", 2, None),
         ("每低1个百分点扣{k}分,不足1个百分点的按1个百分点计", 1, True), ("低于{x}%的,每低1个百分点扣{k}分", 1, False)]
_LINE_STOP = [(",扣完为止", False), (",最多扣{c}分", True), ("", False)]
_LINE_RATES = ["结案率", "建档率", "就业援助完成率", "垃圾分类覆盖率", "隐患整改率", "学员考试合格率", "项目任务完成率"]


def lines() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for i, (line, (step, size, whole)) in enumerate(product(_LINE, _STEP)):
        stop, capped = _LINE_STOP[i % 3]
        x, m, k = [(95, 10, 1), (90, 5, 0.5), (100, 6, 0.2), (85, 8, 2)][i % 4]
        text = (line.format(r=_LINE_RATES[i % len(_LINE_RATES)], x=x, m=m) + "," + step.format(k=k, x=x)
                + stop.format(c=m // 2))
        if whole is None:  # a step of 2 points: a part of a step in proportion or whole?
            out.append((text, str(m), Unsure()))
            continue

        def scored(v: float, x: int = x, m: int = m, k: float = k, size: int = size, whole: bool = whole,
                   capped: bool = capped) -> Decimal:
            gap = max(0.0, x - v)
            off = Decimal(str(math.ceil(gap) if whole else gap)) / size * Decimal(str(k))
            return points_off(Decimal(m), off, str(m // 2) if capped else None)

        out.append((text, str(m), Bands(tuple((v, scored(v)) for v in (x + 2, x, x - 1, x - 3, x - 0.5, 0)))))
    return out


# ── situations, grades and points ────────────────────────────────────────────────────────────────────────────
_REQS = [("建立质量信誉考核档案", "档案不完整", "未建立"), ("制定案件质量评查制度", "制度不健全", "未制定"),
         ("建立垃圾分类工作台账", "台账不规范", "未建立台账"), ("设立医保政策宣传栏", "宣传内容未及时更新", "未设立"),
         ("签订秸秆禁烧责任书", "签订不全", "未签订"), ("落实就业目标责任制", "落实不到位", "未落实")]
#: (form, kind): "3" three situations best first, "2" two, "half" the second the 分值 halved, "or" one and its denials
_FORMS = [
    ("{a}的,{m}分;{b}的,{k}分;{c}的,0分", "3"), ("{a}:{m}分;{b}:{k}分;{c}:0分", "3"),
    ("{a}计{m}分;{b}计{k}分;否则不计分", "3"), ("{a}记{m}分,{b}记{k}分,{c}不记分", "3"),
    ("{a}得满分,{b}得{k}分,{c}不得分", "3"), ("{a}的得{m}分;{b}的扣{d}分;{c}的不得分", "3"),
    ("{a}得{m}分;{b}减半计分;{c}不得分", "half"), ("{a}得{m}分,{b}的得分减半,{c}的不得分", "half"),
    ("{a}的得{m}分,{b}的得{k}分", "2"), ("{a}得{m}分,{b}得{k}分,其他情形不得分", "3"),
    ("{c}的不得分,{b}的得{k}分,{a}的得{m}分", "3"), ("{a},得{m}分。{b},得{k}分。{c},不得分。", "3"),
    ("{a}({m}分);{b}({k}分);{c}(不得分)", "3"), ("{a}的得{m}分,{b}或{c}的不得分", "or"),
    ("{a}得{m}分,{b}扣{d}分,{c}扣{m}分", "3"), ("{a}得{m}分;{b}得{k}分;{c}扣{m}分", "3"),
    ("{a}的得{m}分;{b}的得{k}分;{c}的不得分", "3"), ("{a}得{m}分,否则不得分", "or"),
    ("{a}得{m}分;{b}的按比例得分;{c}不得分", "unsure"), ("{a}得{m}分,{b}酌情得分,{c}不得分", "unsure"),
    ("{a}得{m}分,{b}每次扣{d}分,{c}不得分", "unsure"), ("{a}的得满分,{b}的得一半分,{c}的不得分", "unsure"),
]


def situations() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for i, ((form, kind), (a, b, c)) in enumerate(product(_FORMS, _REQS)):
        if kind == "unsure" and i % 2:
            continue
        m = [4, 6, 2, 8, 10][i % 5]
        k = m // 2 if kind == "half" else ([1, 2, 1, 3, 4][i % 5] if m > 2 else 1)
        text = form.format(a=a, b=b, c=c, m=m, k=k, d=m - k)
        want: Want = {"3": Ranks((m, k, 0)), "half": Ranks((m, k, 0)), "2": Ranks((m, k)), "or": Ranks((m, 0))}.get(
            kind, Unsure())
        out.append((text, str(m), want))
    out += [
        ("年度质量信誉考核等级为AAA级的得10分,AA级的得7分,A级的得4分,B级不得分", "10", Ranks((10, 7, 4, 0))),
        ("案件评查结果为优秀的得5分,合格的得3分,不合格的不得分", "5", Ranks((5, 3, 0))),
        ("考核结果优秀得满分,良好得8分,合格得6分,不合格不得分", "10", Ranks((10, 8, 6, 0))),
        ("验收结论为通过的得10分,结题的得6分,不通过的不得分", "10", Ranks((10, 6, 0))),
        ("群众满意度测评满意的计4分,基本满意的计2分,不满意的不计分", "4", Ranks((4, 2, 0))),
        ("评为示范小区的得3分,达标小区得2分,未达标不得分", "3", Ranks((3, 2, 0))),
        ("优秀等次得6分,良好等次得4分,一般等次得2分,较差等次不得分", "6", Ranks((6, 4, 2, 0))),
        ("一类驾校得5分,二类驾校得3分,三类驾校得1分", "5", Ranks((5, 3, 1))),
        ("验收评价为A的计8分,B的计5分,C的计2分,D的不计分", "8", Ranks((8, 5, 2, 0))),
        ("一次验收合格的得10分,二次验收合格的得6分,验收不合格的不得分", "10", Ranks((10, 6, 0))),
        ("年度内未发生安全事故得5分,发生一般事故扣3分,发生较大及以上事故不得分", "5", Ranks((5, 2, 0))),
        ("建立台账得4分,台账不规范扣2分,未建立不得分", "4", Ranks((4, 2, 0))),
        ("获国家级奖励10分,省级6分,市级3分,可累计,最高10分", "10", Unsure()),
        ("建立考核制度2分;开展考核3分;结果运用5分", "10", Once(("2", "3", "5"))),
        ("①成立领导小组(1分);②制定实施方案(2分);③召开推进会议(2分)", "5", Once(("1", "2", "2"))),
        ("有健全的值班制度得1分,值班记录完整得1分,节假日领导带班得1分", "3", Once(("1", "1", "1"))),
        ("设置分类投放点得2分,配备督导员得2分,定时定点投放得1分", "5", Once(("2", "2", "1"))),
        ("签订责任书、制定方案、开展督查各1分", "3", Once(("1", "1", "1"))),
        ("签订责任书、制定方案和开展督查的各得1分", "3", Once(("1", "1", "1"))),
        ("建立健全消防安全制度、消防设施完好有效、疏散通道畅通,各得2分", "6", Once(("2", "2", "2"))),
        ("项目任务书、中期报告、结题报告齐全,各计1分", "3", Once(("1", "1", "1"))),
        ("1.制定年度就业计划(2分)2.建立就业台账(2分)3.按时报送报表(1分)", "5", Once(("2", "2", "1"))),
        ("未建立考核制度扣2分,未开展考核扣3分,考核结果未运用扣5分", "10", Once(("2", "3", "5"))),
        ("未成立领导小组扣1分,无实施方案扣2分,未召开推进会扣2分", "5", Once(("1", "2", "2"))),
    ]
    return out


CASES = deductions() + bands() + lines() + situations()


def test_the_probe_is_of_its_size():
    assert 300 <= len(CASES) <= 600
    assert len({text for text, _w, _want in CASES}) == len(CASES)


test_every_made_up_text_is_scored_as_it_says_or_is_to_check = case_test(CASES, check=wrongly)


# ── mended: a mark after 以上 (以下) leaving its figure out ───────────────────────────────────────────────────
@pytest.mark.parametrize("text, values, expected", [
    ("结案率90%以上(不含90%)得10分,80%-90%得6分,低于80%不得分", [91, 90, 85, 79], [10, 6, 6, 0]),
    ("分类准确率95%以上(不含95%)得5分,85%-95%得3分,低于85%不得分", [96, 95, 90, 84], [5, 3, 3, 0]),
    ("就业目标完成率90%以上(不含)得10分,80%至90%得6分,低于80%不得分", [91, 90, 85, 79], [10, 6, 6, 0]),
    ("结案率90%(不含)以上得10分,80%-90%得6分,低于80%不得分", [91, 90, 85, 79], [10, 6, 6, 0]),
    ("结案率90%以上(不含90%)得10分,90%以下得6分", [91, 90, 85], [10, 6, 6]),
])
def test_a_mark_after_the_line_leaving_its_figure_out(text, values, expected):
    p = propose(text, "10" if "10分" in text else "5", "指标")
    assert scores(p, values) == D(*expected)


@pytest.mark.parametrize("text, values, expected", [
    ("结案率95%以下(不含)得0分,95%以上得5分", [94, 95, 99], [0, 5, 5]),
    ("结案率95%以下(不含95%)不得分,95%以上得5分", [94, 95, 99], [0, 5, 5]),
])
def test_a_mark_after_以下_leaving_its_figure_out_reads(text, values, expected):
    p = propose(text, "5", "指标")
    assert p.confident, p.unplaced
    assert scores(p, values) == D(*expected)


# ── mended: a figure held by two marks, one closing the band below ───────────────────────────────────────────
@pytest.mark.parametrize("text", [
    "及时率≥95%得10分,85%≤及时率<95%得6分,及时率85%(含)以下不得分",
    "及时率≥95%得10分,85%(含)-95%得6分,及时率85%(含)以下不得分",
    "及时率≥95%得10分,85%至95%得6分,85%(含)以下不得分",
    "及时率≥95%得10分,85%-95%得6分,≤85%不得分",
])
def test_a_figure_held_by_two_marks_is_to_check(text):
    to_check(text, "10", "85%")


@pytest.mark.parametrize("text, values, expected", [
    # the band below said “以下” (by law, often meant “below”) beside a start held outright: the start holds it
    ("及时率≥95%得10分,85%≤及时率<95%得6分,及时率85%以下不得分", [95, 90, 85, 84], [10, 6, 6, 0]),
    ("及时率≥95%得10分,85%(含)-95%得6分,85%以下不得分", [95, 90, 85, 84], [10, 6, 6, 0]),
])
def test_a_start_held_outright_beside_以下_still_reads(text, values, expected):
    p = propose(text, "10", "指标")
    assert p.confident, p.unplaced
    assert scores(p, values) == D(*expected)
