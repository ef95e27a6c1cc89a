"""Made-up texts in the styles of the readings of rounds unseen193a and unseen193c — a small table of bare scores then
conditions run together (“2 台账齐全 1 有台账但未更新 0 无台账”), situations closed by “=N” (“记录完整＝2；有缺漏＝1；未建立＝0”),
a requirement headed by its share (“(10%) 能导出报表…”), points added and taken off per case with no base (“被采纳的加2分/次；
出现差错扣2分/次”), grades as ranges of points, a heading's points then a bonus per point past the plan, a line said
after its figure (“满意度60%以下,扣2分”), one inspection's failure as a case (“抽查1次不合格扣2分”), situations adding points
and the rest none (“…加4分…其余不加分”), named points each worth the same (“每个观测点10分,共计100分”), numbered cells
closed by bare scores, situations closed by the one scoring nothing then a part of its own (“…得3分;…得1分;未获评的,
不得分;开展宣传活动的,得1分”), share bands listed with 、 (“完成目标的90%得16分、80%得12分”), points counted in a scheme's
own reward (“奖励10学豆”) — and their near variants where a confident reading would be wrong: scores rising, a unit after
the figure, parts past the 分值, a part of its own that names the situations, a base said, figures not adding up, a
line with its figure included, a cap, a zeroing condition — each with what it states (a few situations and their
scores) or that it is unsure (to check). Every proposal scores every situation as the text says, or is not confident.

Confident readings found scoring wrong, and mended (25 texts of the 572, two causes, both of situations closed by the
one scoring nothing):

- a part of its own after the closing sentence that names what the situations name (“获评省级示范的,得6分;获评市级示范
  的,得4分;未获评的,不得分;获评市级示范但未整改的,得2分” on 8, “达到基准水平的,得2分;达到限定水平的,得1分;低于限定
  水平的,不得分;优于标杆水平的,得4分” on 6, “…未获评的,不得分;获评全国先进的,得5分”, “…且排名前三的,得1分”; 18 texts)
  was split surely into a choice and a requirement added to it (``reading._split_closed_by_none``): a 市级 unit not
  rectified scored 4 + 2 = 6, where the sentence says 2, and a unit 优于标杆 took 2 + 4 — the sentence is a degree of the
  same thing, instead of the situations or beside them, unsaid. Now a part of its own sharing three characters
  running on with one situation, or two with more than one (“水平”, “获评”), is no such part
  (``reading._names_the_situations``), and the text is read otherwise, to check; two characters of one situation alone
  (the corpus's “入选…能效‘领跑者’名单的” after “能效优于标杆水平的”) still make a part of its own, read surely as before;
- the same texts where the parts' bests do not make the 分值 (“获评省级示范的,得3分;获评市级示范的,得1分;未获评的,不得分;
  开展宣传活动的,得1分” on 3; 7 texts) were read surely as a 情形选择 of four situations (choice ``_situations``): a 市级
  unit that held the activity scored 1, not 2 — the fourth a situation of the same thing or a part besides them is
  unsaid. Now situations scoring again after the falling ones are closed by the one scoring nothing are to check, the
  note naming them (``choice._after_the_closing_none``).

The corpus reads as before (lost 0, wrong none; 6345 exact).

Readings left to check that would score some situations otherwise (not confident, so no bar): bare scores opening
cells and “=N” (no 分), shares heading a requirement, additions beside deductions with no base, ranges of points,
bonuses past the plan, lines after their figure, named points each worth the same, numbered cells, rewards in 学豆 —
all to check by their readings' own notes; a base before closed situations, a cap after them, a part in degrees of
its own (“开展…的,得2分;开展1次的,得1分”), a zeroing condition after the part. Read surely and fairly: a fourth situation
before the closing one (“…县级…得1分;未获评的,不得分;…”), “其他情况不得分” closing them, the part of its own first,
two parts of their own after the closing one, “同时获得两项的” (a unit holding both), share bands listed with 、, one
inspection's failure per case (“抽查1次不合格扣2分”), “…加4分…其余不加分”.

The checker is ``tests/probe_checks.py``'s, with ``_own`` for situations beside a part of its own and for named points
each worth the same.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import pytest

from services.frameworks.proposal import Proposal, propose
from services.frameworks.reading import _split_closed_by_none
from services.scoring.rules import check_item
from services.scoring.rules.wording import normalize
from tests.probe_checks import Either, Fault, Faults, Want, first_statements, probe_tests
from tests.proposals import Bands, Per, Ranks, Unsure, item_score


@dataclass(frozen=True)
class Parts:
    """Situations of one thing (their scores best first), and a part of its own worth ``pts``: met or not, added."""
    ranks: tuple[object, ...]
    pts: object


@dataclass(frozen=True)
class EachPoint:
    """``n`` points each worth ``pts``, the score the sum of those met."""
    n: int
    pts: object


def _met(item: dict, met: bool) -> Decimal:
    if item["type"] == "checklist":
        return item_score(item, {"points": {pt["key"]: {"state": "met" if met else "not_met"}
                                            for pt in item["params"]["points"]}})
    return item_score(item, {"met": met})


def _own(p: Proposal, m: Decimal, want: object) -> str | None:
    if isinstance(want, Parts):
        kinds = [it["type"] for it in p.items]
        if len(kinds) != 2 or "choice" not in kinds or any(check_item(it) for it in p.items):
            return f"items {kinds}"
        # the situations' choice, the part of its own beside it (in either order; a choice of met or not too)
        ways = [(c, o) for c, o in ((p.items[0], p.items[1]), (p.items[1], p.items[0])) if c["type"] == "choice"]
        said = [Decimal(str(x)) for x in want.ranks]
        for choice, own in ways:
            got = sorted((Decimal(o["score"]) for o in choice["params"]["options"]), reverse=True)
            if got != said:
                continue
            if own["type"] == "choice":
                if sorted((Decimal(o["score"]) for o in own["params"]["options"]), reverse=True) == [Decimal(str(want.pts)), 0]:
                    return ""
            elif own["type"] in ("all_or_nothing", "checklist") and not own["params"].get("gate") \
                    and (_met(own, True), _met(own, False)) == (Decimal(str(want.pts)), 0):
                return ""
        return f"items {kinds}"
    if isinstance(want, EachPoint):
        if len(p.items) != 1 or p.items[0]["type"] != "checklist" or p.items[0]["params"].get("gate"):
            return f"items {[it['type'] for it in p.items]}"
        points = p.items[0]["params"]["points"]
        if len(points) != want.n or any(Decimal(pt["max"]) != Decimal(str(want.pts)) for pt in points):
            return f"{len(points)} points"
        for k in (0, 1, want.n):
            got = item_score(p.items[0], {"points": {pt["key"]: {"state": "met" if i < k else "not_met"}
                                                     for i, pt in enumerate(points)}})
            if got != Decimal(str(want.pts)) * k:
                return f"{k} met: {got}"
        return ""
    return None


def _half(text: str) -> str:
    """The text with half-width punctuation."""
    return text.translate(str.maketrans({"，": ",", "；": ";", "：": ":", "（": "(", "）": ")", "＝": "="}))


def _full(text: str) -> str:
    """The text with full-width punctuation."""
    return text.translate(str.maketrans({",": "，", ";": "；", ":": "：", "(": "（", ")": "）", "=": "＝"}))


# ── a small table of bare scores, then conditions ─────────────────────────────────────────────────────────────────
def bare_cells() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (a, b, c), sep in zip([("台账齐全", "有台账但未更新", "无台账"), ("制度健全，执行到位", "有制度，执行不到位", "无制度"),
                               ("按时报送、数据准确", "按时报送，数据有误", "未报送")], [" ", "  ", " "]):
        for hi, mid in [(2, 1), (4, 2), (3, 1)]:
            out.append((f"{hi}{sep}{a}{sep}{mid}{sep}{b}{sep}0{sep}{c}", str(hi), Ranks((hi, mid, 0))))
            # rising scores, scores past the 分值, nothing scoring 0, a unit after the figure
            out.append((f"0{sep}{c}{sep}{mid}{sep}{b}{sep}{hi}{sep}{a}", str(hi), Either(Ranks((hi, mid, 0)), Unsure())))
            out.append((f"{hi + 2}{sep}{a}{sep}{mid}{sep}{b}{sep}0{sep}{c}", str(hi), Unsure()))
            out.append((f"{hi}{sep}{a}{sep}{mid}{sep}{b}", str(hi), Unsure()))
            out.append((f"{hi}个工作日内{a}{sep}{mid}{sep}{b}{sep}0{sep}{c}", str(hi), Unsure()))
            out.append((f"{hi}{sep}{a}{sep}{mid}{sep}{b}{sep}0{sep}{c}", str(hi + 3), Unsure()))
    return out


# ── situations closed by “=N” ────────────────────────────────────────────────────────────────────────────────────
def equals() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (a, b, c), (hi, mid) in zip([("记录完整", "有缺漏", "未建立"), ("资料齐全", "资料不全", "无资料"),
                                     ("按时完成", "延期完成", "未完成")], [(2, 1), (3, 1), (4, 2)]):
        for eq, sc in [("＝", "；"), ("=", ";"), ("=", "，")]:
            out.append((f"{a}{eq}{hi}{sc}{b}{eq}{mid}{sc}{c}{eq}0。", str(hi), Ranks((hi, mid, 0))))
            out.append((f"{c}{eq}0{sc}{b}{eq}{mid}{sc}{a}{eq}{hi}", str(hi), Either(Ranks((hi, mid, 0)), Unsure())))
            out.append((f"{a}{eq}{hi}{sc}{b}{eq}{mid}", str(hi), Unsure()))
            out.append((f"{a}{eq}{hi}{sc}{b}{eq}{mid}{sc}{c}{eq}0", str(hi + 2), Unsure()))
            out.append((f"{a}{eq}{hi}分{sc}{b}{eq}{mid}分{sc}{c}{eq}0分", str(hi), Ranks((hi, mid, 0))))
            out.append((f"{a},系数K{eq}1{sc}{b},系数K{eq}0.5{sc}{c},系数K{eq}0", str(hi), Unsure()))
            out.append((f"{a}{eq}{hi}{sc}{b}{eq}{mid}{sc}{c}{eq}{mid}", str(hi), Unsure()))
    return out


# ── a requirement headed by its share ─────────────────────────────────────────────────────────────────────────────
def shares() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for req, w in [("能导出报表为 Excel 文件并保留格式。", "10"), ("登录页可记住用户名，退出后清除。", "5"),
                   ("支持按日期筛选记录。", "15")]:
        for lead in ("1. ", "", "3、"):
            out.append((f"{lead}({w}%) {req}", w, Ranks((int(w), 0))))
            out.append((f"{lead}（{w}%）{req}", w, Ranks((int(w), 0))))
            # a share other than the 分值, a share inside the requirement, parts
            out.append((f"{lead}({w}%) {req}", str(int(w) * 2), Unsure()))
            out.append((f"{lead}({w}%) 系统可用率达到99%以上。", w, Unsure()))
            out.append((f"{lead}({w}%) {req}缺一项扣2分。", w, Unsure()))
    return out


# ── points added and taken off per case, no base ──────────────────────────────────────────────────────────────────
def plus_minus() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (good, bad), (x, y), w in zip([("提出改进建议被采纳的", "出现差错"), ("信息被上级录用的", "报表出错"),
                                       ("获得表扬的", "被投诉")], [(2, 2), (1, 2), (3, 1)], ["10", "8", "6"]):
        fs = Faults((Fault("采纳|录用|表扬", f"+{x}", True), Fault("差错|出错|投诉", f"-{y}", True)))
        out.append((f"{good}加{x}分/次；{bad}扣{y}分/次", w, Either(fs, Unsure())))
        out.append((f"{good}加{x}分/次;{bad}的扣{y}分/次", w, Either(fs, Unsure())))
        out.append((f"{good}每次加{x}分，{bad}每次扣{y}分", w, Either(fs, Unsure())))
        # a base said; points earned (counted from 0); a cap on the additions
        out.append((f"基础分{int(w) // 2}分，{good}每次加{x}分；{bad}每次扣{y}分", w,
                    Either(Faults(fs.faults, base=str(int(w) // 2)), Unsure())))
        out.append((f"{good}得{x}分/次；{bad}扣{y}分/次", w, Unsure()))
        out.append((f"{good}加{x}分/次，最多加{x}分；{bad}扣{y}分/次", w, Unsure()))
        out.append((f"{good}加{x}分/次", w, Unsure()))
    return out


# ── grades as ranges of points; a range opening a cell ─────────────────────────────────────────────────────────────
def ranged() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for hi, sep in [(4, "～"), (5, "-"), (6, "~")]:
        out.append((f"{hi} 全部满足 {hi - 2}{sep}{hi - 1} 缺其中一项 0 均不满足", str(hi), Unsure()))
        out.append((f"优秀{hi * 2 - 1}{sep}{hi * 2}分；良好{hi}{sep}{hi * 2 - 2}分；一般1{sep}{hi - 1}分；差0分", str(hi * 2), Unsure()))
        out.append((f"优秀（{hi * 2 - 1}{sep}{hi * 2}分）、良好（{hi}{sep}{hi * 2 - 2}分）、较差（0{sep}{hi - 1}分）", str(hi * 2),
                    Unsure()))
        out.append((f"{hi} 全部满足 {hi - 2} 缺其中一项 0 均不满足", str(hi), Ranks((hi, hi - 2, 0))))
        out.append((f"{hi} 入口齐全 {hi - 2} 有1{sep}2处缺失 0 无入口", str(hi), Either(Ranks((hi, hi - 2, 0)), Unsure())))
    return out


# ── a heading's points, then a bonus per point past the plan ──────────────────────────────────────────────────────
def bonus() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for name, (h, step, cap) in zip(["存款余额增长", "贷款投放", "中间业务收入"], [(8, "0.2", 2), (5, "0.5", 1), (4, "0.1", 1)]):
        out.append((f"1、{name}（{h}分）。每超计划1个百分点加计{step}分，加分不超过{cap}分。", str(h + cap), Unsure()))
        out.append((f"{name}({h}分),每超目标1个百分点加{step}分,最多加{cap}分", str(h + cap), Unsure()))
        out.append((f"{name}({h}分),每超目标1个百分点加{step}分,最多加{cap}分", str(h), Unsure()))
        out.append((f"{name}({h}分),完成计划得{h}分,每超目标1个百分点加{step}分,最多加{cap}分", str(h + cap),
                    Either(Bands(((100, h), (100 + 1, h + Decimal(step)), (200, h + cap))), Unsure())))
        out.append((f"{name}({h}分),每超目标1个百分点加{step}分", str(h + cap), Unsure()))
    return out


# ── a line said after its figure ──────────────────────────────────────────────────────────────────────────────────
def line_after() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (name, unit), (line, x, w) in zip([("满意度", "%"), ("参训人数", "人"), ("考试平均成绩", "分")],
                                         [(60, 2, 5), (20, 1, 3), (70, 3, 6)]):
        hi = line + 10
        below = Bands(((hi, w), (line, w), (line - 1, w - x)))
        out.append((f"{name}{line}{unit}以下,扣{x}分", str(w), below))
        out.append((f"{name}{line}{unit}以下的，扣{x}分", str(w), below))
        out.append((f"{name}低于{line}{unit}的,扣{x}分", str(w), below))
        # the line itself included, a second line zeroing, a step per unit, the side said twice
        out.append((f"{name}{line}{unit}以下(含{line}{unit}),扣{x}分", str(w),
                    Either(Bands(((hi, w), (line + 1, w), (line, w - x), (line - 1, w - x))), Unsure())))
        out.append((f"{name}{line}{unit}及以下,扣{x}分", str(w),
                    Either(Bands(((hi, w), (line + 1, w), (line, w - x))), Unsure())))
        out.append((f"{name}{line}{unit}以下,扣{x}分,{line - 10}{unit}以下不得分", str(w),
                    Either(Bands(((hi, w), (line, w), (line - 5, w - x), (line - 11, 0))), Unsure())))
        out.append((f"{name}{line}{unit}以下,每低1{unit}扣{x}分", str(w), Unsure()))
        out.append((f"{name}低于{line}{unit}以下,扣{x}分", str(w), Unsure()))
        out.append((f"{name}{line}{unit}以上,扣{x}分", str(w), Unsure()))
        out.append((f"{name}{line}{unit}以下,扣{w + 2}分", str(w), Unsure()))
    return out


# ── one inspection's failure as a case ──────────────────────────────────────────────────────────────────────────────
def inspections() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for verb, what, (x, w) in zip(["抽查", "检查", "督查"], ["不合格", "未到位", "发现未整改"], [("2", "6"), ("1", "3"), ("0.5", "2")]):
        out.append((f"{verb}1次{what}扣{x}分", w, Per(x)))
        out.append((f"{verb}一次{what}的扣{x}分", w, Per(x)))
        out.append((f"{verb}1次{what}的,扣{x}分", w, Per(x)))
        out.append((f"{verb}1次{what}扣{x}分,扣完为止", w, Per(x)))
        # a line of inspections, a zeroing line, a cap
        out.append((f"{verb}3次以上{what}扣{x}分", w, Unsure()))
        out.append((f"{verb}2次{what}扣{x}分", w, Unsure()))
        out.append((f"{verb}1次{what}扣{x}分,{verb}3次{what}不得分", w, Unsure()))
        out.append((f"{verb}1次{what}扣{x}分,最多扣{Decimal(x) * 2}分", w, Per(x, str(Decimal(x) * 2))))
        out.append((f"{verb}1次{what}扣{Decimal(w) + 1}分", w, Either(Per(str(Decimal(w) + 1)), Unsure())))
    return out


# ── situations adding points, the rest none ─────────────────────────────────────────────────────────────────────────
def none_added() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (a, b), (hi, lo), rest in zip([("生产企业", "授权经销商"), ("省级示范单位", "市级示范单位"), ("一级资质", "二级资质")],
                                     [(4, 2), (5, 3), (6, 3)], ["其余不加分", "其他的不予加分", "其余不加分"]):
        out.append((f"{a}加{hi}分，{b}加{lo}分，{rest}", str(hi), Ranks((hi, lo, 0))))
        out.append((f"{a}加{hi}分;{b}加{lo}分;{rest}", str(hi), Ranks((hi, lo, 0))))
        out.append((f"{b}加{lo}分,{a}加{hi}分,{rest}", str(hi), Ranks((hi, lo, 0))))
        # the best not the 分值, each one adding, a base, both added
        out.append((f"{a}加{hi}分，{b}加{lo}分，{rest}", str(hi + 2), Unsure()))
        out.append((f"每家{a}加{hi}分，每家{b}加{lo}分，{rest}", str(hi), Unsure()))
        out.append((f"基础分{lo}分，{a}加{hi - lo}分，{rest}", str(hi), Either(Ranks((hi, lo)), Unsure())))
        out.append((f"{a}加{hi}分，{b}加{lo}分，同时具备的加{hi + lo}分，{rest}", str(hi + lo), Either(Ranks((hi + lo, hi, lo, 0)), Unsure())))
        out.append((f"{a}加{hi}分，{b}加{hi + 1}分，{rest}", str(hi), Unsure()))
    return out


# ── named points each worth the same ────────────────────────────────────────────────────────────────────────────────
def each_point() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for name, (x, total) in zip(["观测点", "检查点", "考核点"], [(10, 100), (2, 10), (5, 20)]):
        n = total // x
        out.append((f"每个{name}{x}分,共计{total}分。", str(total), Either(EachPoint(n, x), Unsure())))
        out.append((f"每个{name}{x}分，共{total}分", str(total), Either(EachPoint(n, x), Unsure())))
        # not dividing, not the 分值, points off per point
        out.append((f"每个{name}{x + 1}分,共计{total}分。", str(total), Unsure()))
        out.append((f"每个{name}{x}分,共计{total}分。", str(total + x), Unsure()))
        out.append((f"每个{name}{x}分,共计{total + x}分。", str(total), Unsure()))
        out.append((f"每个{name}不符合扣{x}分,共计{total}分。", str(total), Either(Per(str(x)), Unsure())))
    return out


# ── numbered cells closed by bare scores ────────────────────────────────────────────────────────────────────────────
def numbered_cells() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (a, b, c), (hi, mid), mark in zip([("台账齐全且规范", "台账不全或不规范", "未建台账"),
                                          ("按时提交报告", "延期提交", "未提交"), ("大纲齐备", "大纲不全", "未编写")],
                                         [(4, 2), (6, 3), (5, 3)], [".", "、", "."]):
        out.append((f"1{mark}{a} {hi} 2{mark}{b} {mid} 3{mark}{c} 0", str(hi), Ranks((hi, mid, 0))))
        out.append((f"1{mark}{a} {hi} 2{mark}{b} {mid} 3{mark}{c} 0", str(hi + 2), Unsure()))
        out.append((f"1{mark}{c} 0 2{mark}{b} {mid} 3{mark}{a} {hi}", str(hi), Either(Ranks((hi, mid, 0)), Unsure())))
        # parts adding up, not situations
        out.append((f"1{mark}建立台账 2 2{mark}按时报送 2 3{mark}资料完整 1", "5", Unsure()))
        out.append((f"1{mark}{a} {hi} 2{mark}{b} {mid}", str(hi), Unsure()))
        out.append((f"1{mark}{a} {hi}个 2{mark}{b} {mid}个 3{mark}{c} 0个", str(hi), Unsure()))
    return out


# ── situations closed by the one scoring nothing, then a part of its own ────────────────────────────────────────────
def closed_then_part() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    heads = [("获评省级示范的", "获评市级示范的", "未获评的", "开展宣传活动的"),
             ("能耗水平优于先进值的", "达到限定值的", "高于限定值的", "获评节能标杆企业的"),
             ("验收评为优秀的", "验收评为合格的", "验收不合格的", "按时提交总结报告的"),
             ("被国家级媒体报道的", "被省级媒体报道的", "未被报道的", "建立宣传台账的")]
    for (a, b, none, own), (hi, mid, x), (comma, semi) in zip(heads * 2, [(3, 1, 1), (4, 2, 2), (5, 3, 1), (2, 1, 1),
                                                                         (6, 4, 2), (3, 2, 1), (4, 1, 2), (2, 1, 2)],
                                                              [(",", ";"), (",", ";"), ("，", "；"), ("，", "；")] * 2):
        w = str(hi + x)
        base = f"{a}{comma}得{hi}分{semi}{b}{comma}得{mid}分{semi}{none}{comma}不得分{semi}"
        out.append((f"{base}{own}{comma}得{x}分", w, Parts((hi, mid, 0), x)))
        out.append((f"{base}{own}{comma}得{x}分。", w, Parts((hi, mid, 0), x)))
        out.append((f"{base}{own}{comma}加{x}分", w, Either(Parts((hi, mid, 0), x), Unsure())))
        # the 分值 not the sum; no closing sentence; the part of its own a degree of the same thing
        out.append((f"{base}{own}{comma}得{x}分", str(hi + x + 1), Unsure()))
        out.append((f"{base}{own}{comma}得{x}分", str(hi), Unsure()))
        out.append((f"{a}{comma}得{hi}分{semi}{b}{comma}得{mid}分{semi}{own}{comma}得{x}分", w, Unsure()))
        # a degree of the thing the situations measure, said after them
        out.append((f"{base}{a.removesuffix('的')}且排名前三的{comma}得{x}分", w, Unsure()))
        out.append((f"{base}{b.removesuffix('的')}但未整改的{comma}得{x}分", w, Unsure()))
        # the situations rising, then the part
        out.append((f"{b}{comma}得{mid}分{semi}{a}{comma}得{hi}分{semi}{none}{comma}不得分{semi}{own}{comma}得{x}分", w,
                    Either(Parts((hi, mid, 0), x), Unsure())))
        # two parts after the closing one; the part with a count
        out.append((f"{base}{own}{comma}得{x}分{semi}按时报送材料的{comma}得1分", str(hi + x + 1), Parts((hi, mid, 0), x + 1)))
        out.append((f"{base}{own}3次以上的{comma}得{x}分", w, Either(Parts((hi, mid, 0), x), Unsure())))
    # the part of its own a better degree of the same thing than the situations (它 meets them too)
    for (top, a, b, none), (t, hi, mid) in zip([("优于标杆水平的", "达到基准水平的", "达到限定水平的", "低于限定水平的"),
                                               ("获评全国先进的", "获评省级先进的", "获评市级先进的", "未获评的"),
                                               ("完成率达到100%的", "完成率达到90%的", "完成率达到80%的", "完成率低于80%的")],
                                              [(4, 2, 1), (5, 3, 1), (3, 2, 1)]):
        out.append((f"{a},得{hi}分;{b},得{mid}分;{none},不得分;{top},得{t}分", str(hi + t), Unsure()))
        out.append((f"{a}，得{hi}分；{b}，得{mid}分；{none}，不得分；{top}，得{t}分", str(hi + t), Unsure()))
        out.append((f"{a},得{hi}分;{b},得{mid}分;{none},不得分;{top},另加{t}分", str(hi + t), Unsure()))
        # a lesser degree after the closing sentence
        out.append((f"{a},得{hi + 1}分;{b},得{mid + 1}分;{none},不得分;{none.removesuffix('的')}但已申报的,得1分", str(hi + 2),
                    Either(Parts((hi + 1, mid + 1, 0), 1), Unsure())))
    for (a, b, c, none, own), (hi, mid, lo, x) in zip(
            [("获评省级示范的", "获评市级示范的", "获评县级示范的", "未获评的", "开展宣传活动的"),
             ("被国家级媒体报道的", "被省级媒体报道的", "被市级媒体报道的", "未被报道的", "建立宣传台账的")], [(3, 2, 1, 1), (4, 2, 1, 2)]):
        w = str(hi + x)
        two = f"{a},得{hi}分;{b},得{mid}分;"
        out.append((f"{two}{c},得{lo}分;{none},不得分;{own},得{x}分", w, Parts((hi, mid, lo, 0), x)))
        out.append((f"{two}其他情况不得分;{own},得{x}分", w, Parts((hi, mid, 0), x)))
        out.append((f"{two.replace(';', '。')}{none},不得分。{own},得{x}分。", w, Parts((hi, mid, 0), x)))
        out.append((f"{two.replace(';', chr(10))}{none},不得分\n{own},得{x}分", w, Parts((hi, mid, 0), x)))
        out.append((f"{own},得{x}分;{two}{none},不得分", w, Either(Parts((hi, mid, 0), x), Unsure())))
        out.append((f"{two}{none},不得分;{own},得{x}分;未开展的,不得分", w, Either(Parts((hi, mid, 0), x), Unsure())))
        out.append((f"{two}{none},不得分;{own},得{x / 2:g}分;按时报送材料的,得{x / 2:g}分", w, Parts((hi, mid, 0), x)))
        out.append((f"{two}{none},不得分;同时获得两项的,得{x}分", w, Either(Parts((hi, mid, 0), x), Unsure())))
        # a base said, the part capped, a part of its own in degrees, a zeroing condition, the closed one applied for
        out.append((f"基础分1分;{two}{none},不得分;{own},得{x}分", str(hi + x + 1), Unsure()))
        out.append((f"{two}{none},不得分;{own},得{x}分;最高得{hi}分", w, Unsure()))
        out.append((f"{two}{none},不得分;{own},得{x}分;以上得分累计不超过{hi + x}分", w, Either(Parts((hi, mid, 0), x), Unsure())))
        out.append((f"{two}{none},不得分;{own},得{x + 1}分;开展1次的,得1分", str(hi + x + 1), Unsure()))
        out.append((f"{two}{none},不得分;{own},得{x}分;发生安全事故的,本项不得分", w, Unsure()))
        out.append((f"{two}{none},不得分;上述两项均未获评但已申报的,得{x}分", w, Either(Parts((hi, mid, 0), x), Unsure())))
        out.append((f"{two}{none.removesuffix('的')}但已申报的,得{x}分;{none},不得分", w, Unsure()))
    out.append(("优秀的得4分;良好的得2分;不合格的不得分;基本合格的得1分", "5", Unsure()))
    out.append(("优秀的得4分;良好的得2分;较差的不得分;及时整改的得1分", "5", Parts((4, 2, 0), 1)))
    return out


# ── share bands listed with 、 ──────────────────────────────────────────────────────────────────────────────────────
def share_bands() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (full, a, b), lead in zip([(20, 16, 12), (10, 8, 6), (40, 35, 30)], ["完成年度计划目标", "完成全年任务目标", "完成年度目标任务"]):
        bands = Bands(((100, full), (95, a), (90, a), (85, b), (80, b), (79, 0)))
        out.append((f"{lead}得{full}分，完成目标的90%得{a}分、80%得{b}分、80%以下不得分。", str(full), bands))
        out.append((f"{lead}得{full}分,完成目标的90%得{a}分、80%得{b}分、80%以下不得分", str(full), bands))
        out.append((f"{lead}得{full}分；完成目标的90%以上得{a}分、80%以上得{b}分、80%以下不得分", str(full), bands))
        # rising, a gap, the top unsaid, a unit after the figure, points past the 分值
        out.append((f"{lead}得{full}分，完成目标的90%得{b}分、80%得{a}分、80%以下不得分。", str(full), Unsure()))
        out.append((f"{lead}得{full}分，完成目标的90%得{a}分、80%得{b}分、60%以下不得分。", str(full),
                    Either(Bands(((100, full), (95, a), (85, b), (50, 0))), Unsure())))
        out.append((f"完成目标的90%得{a}分、80%得{b}分、80%以下不得分。", str(full), Unsure()))
        out.append((f"{lead}得{full}分，完成90个得{a}分、80个得{b}分、80个以下不得分。", str(full), Unsure()))
        out.append((f"{lead}得{full + 5}分，完成目标的90%得{a}分、80%得{b}分、80%以下不得分。", str(full), Unsure()))
    return out


# ── points counted in a scheme's own reward ────────────────────────────────────────────────────────────────────────
def rewards() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for coin, (hi, mid) in zip(["学豆", "金币", "积分"], [(10, 6), (6, 4), (5, 2)]):
        bands = Bands(((100, hi), (95, hi), (70, mid), (30, 0)))
        out.append((f"测验得分≥90，奖励{hi}{coin}；60≤测验得分＜90，奖励{mid}{coin}；测验得分＜60，无{coin}奖励", str(hi),
                    Either(bands, Unsure())))
        out.append((f"完成课后阅读即奖励{hi}{coin}", str(hi), Either(Ranks((hi, 0)), Unsure())))
        out.append((f"完成课后阅读即奖励{hi}{coin}", str(hi + 2), Unsure()))
        out.append((f"每完成1次阅读奖励{mid}{coin}", str(hi), Unsure()))
        out.append((f"测验得分≥90，奖励{hi * 100}元；测验得分＜90，不奖励", str(hi), Unsure()))
        out.append((f"测验得分≥90，奖励{hi}{coin}；60≤测验得分＜90，奖励{hi + 1}{coin}；测验得分＜60，无{coin}奖励", str(hi),
                    Unsure()))
    return out


_ALL = (bare_cells() + equals() + shares() + plus_minus() + ranged() + bonus() + line_after() + inspections()
        + none_added() + each_point() + numbered_cells() + closed_then_part() + share_bands() + rewards())
_ALL = _ALL + [(_half(t), w, want) for t, w, want in _ALL[::5]] + [(_full(t), w, want) for t, w, want in _ALL[2::7]]
#: (the first statement of a text the generators write twice)
CASES = first_statements(_ALL)


(test_the_probe_is_of_its_size,
 test_every_made_up_text_is_scored_as_it_says_or_is_to_check) = probe_tests(CASES, 300, 600, own=_own)


# ── the mends, each on a text of its own ──────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight", [
    ("获评省级示范的,得6分;获评市级示范的,得4分;未获评的,不得分;获评市级示范但未整改的,得2分", "8"),
    ("达到基准水平的,得2分;达到限定水平的,得1分;低于限定水平的,不得分;优于标杆水平的,得4分", "6"),
    ("获评省级先进的,得3分;获评市级先进的,得1分;未获评的,不得分;获评全国先进的,得5分", "8"),
])
def test_a_part_naming_the_closed_situations_is_no_part_of_its_own(text, weight):
    assert _split_closed_by_none(normalize(text), Decimal(weight)) == []
    assert not propose(text, weight, "指标").confident


def test_a_part_sharing_the_matter_of_one_situation_is_still_its_own():
    text = "行业能效水平对标情况，能效优于标杆水平的，得4分；达到基准水平的，得2分；低于基准水平的，不得分；入选市能效“领跑者”名单的，得2分。"
    assert len(_split_closed_by_none(normalize(text), Decimal(6))) == 2
    assert propose(text, "6", "指标").confident


def test_situations_scoring_again_after_the_closing_one_are_to_check():
    p = propose("获评省级示范的,得3分;获评市级示范的,得1分;未获评的,不得分;开展宣传活动的,得1分", "3", "指标")
    assert p.kind == "choice" and not p.confident
    assert any("开展宣传活动" in u and "不得分的情形之后" in u for u in p.unplaced), p.unplaced
