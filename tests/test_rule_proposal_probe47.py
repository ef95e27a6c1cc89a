"""Made-up texts in the styles of 财政 项目支出/部门整体支出 绩效评价 scoring tables as county and city finance bureaus and
third-party agencies write them — 预算执行率/资金到位率/资金支出率 lines with steps (“达到100%的得10分,每低于1个百分点扣0.5分,
扣完为止”, “执行率=实际支出/预算数×100%”), 完成比例 (“未全部完成的按完成比例得分”), 时效 and delay units (天, 个月, 周),
满意度 bands (“≥90%…80%≤满意度<90%…”, “90%(含)以上…”), 制度健全性 requirements with points each, deductions per fault with
caps (扣完为止, 最多扣), all-or-nothing conditions, negative options (“不规范的扣2分”), composite rows (two parts each with its
own rule), formulas over named rates (“得分=预算执行率×分值”, “资金到位率×分值×50%+预算执行率×分值×50%”) — and their near
variants where a confident reading would be wrong: a line with no direction word (“每1个百分点扣”, “每变动”), a step whose unit
is unsaid (“每低1扣0.5分”, “每延迟1扣1分”), a cap larger than the 分值, bands with gaps or overlaps, scores out of order, points
adding to more or less than the 分值, two rates in one clause, 酌情 mixed with a rule — each with what it states (a few
situations and their scores) or that it is unsure (to check). Every proposal scores every situation as the text says, or
is not confident.

Confident readings found scoring wrong, and mended (41 texts of the 396, four causes):

- two rates at the line of one step, each with its line or the second's line for both, “均” left out (“预算执行率达到100%、
  资金到位率达到100%的得10分,每低于1个百分点扣0.5分,扣完为止”, “…执行率、到位率达到100%…”, “…完工率达到100%;拨付率达到100%
  的…”; 15 texts) were read surely as one 达标线扣分 (threshold ``_line_and_step``) of one value: which rate the step is of (or
  each) is unsaid. ``_BOTH_AT_LINE`` asked for “均/都/分别”; now two rates of other names side by side before the step
  (``threshold._two_rates_at_line``; “执行率” is “预算执行率”'s) are to check, with a note naming the words.
- lines on a ladder (“满意度≥90%得10分,≥80%得8分,≥70%得5分”) and a line below crossing the lowest (“满意度<75%不得分”,
  “75%以下不得分”, “低于75%”; 15 texts) were read surely as bands (tiers ``_ranges``), 72% scoring 5 where the text gives it 0
  too. The overlap check let bands overlap when the first holding a value is its best (a ladder's way); now a line open
  above and one open below crossing, of other scores, is an overlap (``reading._ranges_overlap``).
- a rate's line and step, then a steeper step below a second line (“预算执行率达到100%的得10分,每低于1个百分点扣0.2分,扣完为止,
  低于80%的每低1个百分点扣1分”; 6 texts) were read surely as two faults (formula ``_faults``): the step taken as a fault
  “低于1个百分点” counted apart from the rate, the steps added where the text leaves unsaid whether the steeper replaces the
  first below the line. Now a bare step of a rate after the lead's line in % is no fault (``formula._BARE_RATE_STEP``): the
  rate's reading beside the second line (``_faults_and_rate_step``) holds it, to check.
- degrees of one quality whose scores do not fall as the quality does (“手续完整得3分,基本完整得1分,不完整得2分”, “资料齐全得2分,
  基本齐全得3分”; 5 texts) were read surely as a 情形选择: the text contradicts itself. Now the quality in part scoring below
  its lack, or above it in full, is to check (``reading._degrees_out_of_order``; a degree of its own before the quality,
  “一般契合”, is no quality in full); equal scores stay the text's own.

Readings left to check that would score some situations otherwise (not confident, so no bar): lines and steps with no
direction word or no unit, caps past the 分值, 酌情 beside a rule, two rates joined by “和/且/均”, steps of several points,
a second line zeroing the row, 完成比例 of what unsaid, a floor or extra points beside a proportion, delays with a zeroing
line, bands with gaps, overlaps, scores out of order or past the 分值, requirements whose points miss the 分值 or lack
points, faults past the 分值, ranges of points (“扣0.5-1分”), formulas of two rates multiplied, a weight past the 分值;
“按完成比例扣分” and a delay's grace (“延迟3天以内不扣分”, read as days past the grace) stay sure.

The checker is ``tests/probe_checks.py``'s, with ``Parts`` (two parts of a row, each scored on a value of its own) checked
by the probe's own ``_parts_wrongly``.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from itertools import product
from typing import Any

from services.frameworks.proposal import Proposal
from services.scoring.rules import check_item
from tests.probe_checks import Either, Fault, Faults, Fn, Want, first_statements, probe_tests
from tests.proposals import Bands, Once, Per, Ranks, Unsure, dec, valued


@dataclass(frozen=True)
class Parts:
    """Parts of the row each scored on a value of its own: each part's points and the score of its values."""
    parts: tuple[tuple[Any, Bands], ...]


def _parts_wrongly(p: Proposal, m: Decimal, want: Any) -> str | None:
    """The probe's ``own`` check of ``Parts``: one item a part, of its points, scoring its values as the text says."""
    if not isinstance(want, Parts):
        return None
    if len(p.items) != len(want.parts) or any(check_item(it) for it in p.items):
        return f"items {[it['type'] for it in p.items]}"
    for it, (pts, bands) in zip(p.items, want.parts):
        if dec(it["max"]) != dec(pts):
            return f"a part of {it['max']}, not {pts}"
        for value, expected in bands.samples:
            got = valued(it, dec(value))
            if got != dec(expected):
                return f"{value}: {got}, not {expected} ({it['type']})"
    return "" if sum(dec(pts) for pts, _b in want.parts) == m else "parts not the 分值"


def _n(x: Decimal | int | float | str) -> str:
    return format(Decimal(str(x)).normalize(), "f")


def _h(m: int | str, x: int | str) -> str:
    """The 分值 less ``x``, written plain."""
    return _n(Decimal(str(m)) - Decimal(str(x)))


# ── 预算执行率 / 资金到位率: a line, a step below it ─────────────────────────────────────────────────────────────
def exec_rate() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    names = ["预算执行率", "资金到位率", "资金支出率"]
    for (name, (m, x)), (c, s, end) in zip(zip(names, [(10, "0.5"), (5, "0.2"), (8, "1")]),
                                          [("，", "；", "。"), (",", ";", ""), ("，", "；", "")]):
        xs = Decimal(x)
        whole = Bands(((100, m), (99, _h(m, xs)), (97, _h(m, 3 * xs)), (0, 0)))
        out.append((f"{name}达到100%的得{m}分{c}每低于1个百分点扣{x}分{c}扣完为止{end}", str(m), whole))
        out.append((f"{name}100%得满分{s}每降低1%扣{x}分{end}", str(m), whole))
        out.append((f"{name}=实际支出/预算数×100%{s}{name}为100%的得{m}分{c}每低1个百分点扣{x}分{end}", str(m), whole))
        # a cap of its own
        out.append((f"{name}达到100%的得{m}分{c}每低于1个百分点扣{x}分{c}最多扣{m // 2}分{end}", str(m),
                    Bands(((100, m), (99, _h(m, xs)), (0, _h(m, m // 2))))))
        # a cap larger than the 分值
        out.append((f"{name}达到100%的得{m}分{c}每低于1个百分点扣{x}分{c}最多扣{m + 5}分{end}", str(m),
                    Either(whole, Unsure())))
        # no direction word
        out.append((f"{name}100%得{m}分{c}每1个百分点扣{x}分{end}", str(m), Unsure()))
        out.append((f"{name}100%得{m}分{c}每变动1个百分点扣{x}分{end}", str(m), Unsure()))
        # the step's unit unsaid
        out.append((f"{name}达到100%的得{m}分{c}每低1扣{x}分{end}", str(m), Unsure()))
        # two rates in one clause
        out.append((f"{names[0]}、{names[1]}均达到100%的得{m}分{c}每低于1个百分点扣{x}分{end}", str(m), Unsure()))
        out.append((f"{names[0]}和{names[1]}达到100%得{m}分{c}每低1个百分点扣{x}分{end}", str(m), Unsure()))
        # 酌情 mixed with the rule
        out.append((f"{name}达到100%的得{m}分{c}每低于1个百分点扣{x}分{c}情况特殊的酌情扣分{end}", str(m), Unsure()))
        out.append((f"{name}低于100%的酌情扣分{c}每低1个百分点扣{x}分{end}", str(m), Unsure()))
    for name, (m, x, st) in product(names[:2], [(10, 1, 5), (6, 1, 10)]):
        # a step of several points
        out.append((f"{name}达到100%的得{m}分，每低{st}个百分点扣{x}分，扣完为止", str(m),
                    Either(Bands(((100, m), (100 - st, m - x), (100 - 2 * st, m - 2 * x))), Unsure())))
        # a zeroing line
        out.append((f"{name}达到100%的得{m}分，每低1个百分点扣{x}分，{name}低于80%的不得分", str(m),
                    Either(Bands(((100, m), (99, m - x), (79, 0))), Unsure())))
        # a line below 100 the full score is earned at
        out.append((f"{name}≥95%得{m}分，低于95%的每低1个百分点扣{x}分", str(m),
                    Bands(((100, m), (95, m), (94, m - x), (0, 0)))))
        out.append((f"{name}95%以上得{m}分，每低1个百分点扣{x}分", str(m),
                    Either(Bands(((100, m), (95, m), (94, m - x), (0, 0))), Unsure())))
    return out


# ── 完成比例 ───────────────────────────────────────────────────────────────────────────────────────────────────
def completion() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for m, (c, end) in zip((10, 8, 15), [("，", "。"), (",", ""), ("；", "")]):
        half = _n(Decimal(m) / 2)
        prop = Bands(((100, m), (50, half), (0, 0)))
        out.append((f"全部完成的得{m}分{c}未全部完成的按完成比例得分{end}", str(m), prop))
        out.append((f"得分=实际完成率×{m}分{end}", str(m), Either(prop, Unsure())))
        out.append((f"按计划完成率计分{c}完成率100%得满分{c}未完成的按实际完成比例计算得分{end}", str(m), prop))
        # below a line, nothing
        out.append((f"全部完成的得{m}分{c}未全部完成的按完成比例得分{c}完成比例低于60%的不得分{end}", str(m),
                    Either(Bands(((100, m), (80, _n(Decimal(m) * Decimal("0.8"))), (50, 0))), Unsure())))
        # a proportion of what is unsaid
        out.append((f"完成90%以上得满分{c}低于90%的按比例得分{end}", str(m), Unsure()))
        # a step of ten points
        out.append((f"完成率100%得满分{c}每低于10%扣1分{end}", str(m),
                    Either(Bands(((100, m), (90, m - 1), (80, m - 2))), Unsure())))
        # 酌情 beside the proportion
        out.append((f"全部完成的得{m}分{c}未全部完成的按完成比例酌情得分{end}", str(m), Unsure()))
    return out


# ── 时效: delay units ─────────────────────────────────────────────────────────────────────────────────────────────
def timeliness() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for ((m, x), (c, end)), unit in product(zip([(5, "1"), (10, "2"), (4, "0.5")], [("，", "。"), (",", ""), ("；", "")]),
                                            ["天", "个月"]):
        out.append((f"项目按计划时间完成的得{m}分{c}每延迟1{unit}扣{x}分{c}扣完为止{end}", str(m), Per(x)))
        out.append((f"按期完成得{m}分{c}每逾期1{unit}扣{x}分{end}", str(m), Per(x)))
        out.append((f"按期完成得{m}分{c}每逾期1{unit}扣{x}分{c}最多扣{m - 1}分{end}", str(m), Per(x, str(m - 1))))
        # the unit unsaid
        out.append((f"按期完成得{m}分{c}每延迟1扣{x}分{end}", str(m), Unsure()))
        # a step of several units
        out.append((f"按期完成得{m}分{c}每逾期5{unit}扣{x}分{end}", str(m),
                    Either(Bands(((0, m), (5, _h(m, x)), (10, _h(m, 2 * Decimal(x))))), Unsure())))
        # a second line zeroing the row
        out.append((f"按期完成得{m}分{c}每逾期1{unit}扣{x}分{c}逾期超过3{unit}的不得分{end}", str(m), Unsure()))
        # 酌情
        out.append((f"按期完成得{m}分{c}未按期完成的酌情扣分{end}", str(m), Unsure()))
    return out


# ── 满意度 bands ──────────────────────────────────────────────────────────────────────────────────────────────────
def satisfaction() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for ((m, a, b), (c, ge, lt)), name in zip(zip([(10, 8, 5), (5, 3, 1), (6, 4, 2)],
                                               [("，", "≥", "<"), ("；", ">=", "<"), (",", "≥", "＜")]),
                                           ["群众满意度", "受益对象满意度", "服务对象满意度"]):
        good = Bands(((100, m), (90, m), (85, a), (80, a), (75, b), (70, b), (69, 0)))
        out.append((f"{name}{ge}90%得{m}分{c}80%≤{name}{lt}90%得{a}分{c}70%≤{name}{lt}80%得{b}分{c}{name}{lt}70%不得分",
                    str(m), good))
        out.append((f"{name}90%（含）以上得{m}分{c}80%（含）-90%得{a}分{c}70%（含）-80%得{b}分{c}70%以下不得分", str(m), good))
        # a gap between bands
        out.append((f"{name}90%以上得{m}分{c}80%-85%得{a}分{c}70%以下不得分", str(m), Unsure()))
        # overlapping bands
        out.append((f"{name}85%以上得{m}分{c}80%-90%得{a}分{c}80%以下不得分", str(m), Unsure()))
        # scores out of order
        out.append((f"{name}{ge}90%得{b}分{c}80%≤{name}{lt}90%得{m}分{c}{name}{lt}80%不得分", str(m), Unsure()))
        # the top band past the 分值
        out.append((f"{name}{ge}90%得{m + 2}分{c}80%≤{name}{lt}90%得{a}分{c}{name}{lt}80%不得分", str(m), Unsure()))
        # the lowest band unsaid
        out.append((f"{name}{ge}90%得{m}分{c}80%≤{name}{lt}90%得{a}分", str(m),
                    Either(Bands(((95, m), (85, a), (50, 0))), Unsure())))
        # 酌情 in a band
        out.append((f"{name}{ge}90%得{m}分{c}80%≤{name}{lt}90%酌情得分{c}{name}{lt}80%不得分", str(m), Unsure()))
    return out


# ── 制度健全性: requirements with points each ─────────────────────────────────────────────────────────────────────
def systems() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    reqs = ["已制定相应的财务和业务管理制度", "制度合法、合规、完整", "制度得到有效执行", "建立项目档案"]
    for pts, (c, s) in zip([(1, 1), (2, 1, 1), (1, 1, 1, 1), (2, 2, 1)], [("，", "；"), (",", ";"), ("", "。"), ("，", "；")]):
        k = len(pts)
        m = sum(pts)
        body = s.join(f"{r}{c}得{p}分" for r, p in zip(reqs, pts))
        out.append((body, str(m), Once(tuple(str(p) for p in pts))))
        numbered = s.join(f"（{i}）{r}的{c}得{p}分" for i, (r, p) in enumerate(zip(reqs, pts), 1))
        out.append((numbered, str(m), Once(tuple(str(p) for p in pts))))
        # points adding to more than the 分值, or short of it
        out.append((body, str(m - 1), Unsure()))
        out.append((body, str(m + 2), Unsure()))
        # a requirement without points
        out.append((body + s + reqs[k % 4] if k < 4 else body + s + "资料归档及时", str(m), Unsure()))
        # 酌情 beside the points
        out.append((body + s + "不完善的酌情扣分", str(m), Unsure()))
    for m in (2, 3):
        out.append((f"制度健全得{m}分，不健全的不得分", str(m), Ranks((m, 0))))
        out.append((f"制度健全得{m}分，基本健全得1分，不健全的不得分", str(m), Ranks((m, 1, 0))))
        out.append((f"制度健全得{m}分，基本健全得{m + 1}分，不健全的不得分", str(m), Unsure()))
    return out


# ── deductions per fault, caps ───────────────────────────────────────────────────────────────────────────────────
def deductions() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    faults = ["资金使用不规范的", "发现违规列支的", "会计核算不规范的"]
    for (f, (m, x)), (c, end) in zip(zip(faults, [(5, "1"), (10, "2"), (4, "0.5")]), [("，", "。"), (",", ""), ("；", "")]):
        out.append((f"{f}{c}每发现一处扣{x}分{c}扣完为止{end}", str(m), Per(x)))
        out.append((f"{f}{c}每处扣{x}分{c}最多扣{m - 2}分{end}", str(m), Per(x, str(m - 2))))
        out.append((f"{f}{c}每发现一处扣{x}分{c}最多扣{m + 3}分{end}", str(m), Either(Per(x), Unsure())))
        out.append((f"{f}{c}每发现一处扣{x}分{c}扣完为止{c}情节严重的本项不得分{end}", str(m),
                    Either(Faults((Fault("处|不规范|违规", f"-{x}", True), Fault("严重", "0"))), Unsure())))
        # the negative option: once
        out.append((f"{f}扣2分{end}", str(m), Either(Faults((Fault("不规范|违规", "-2", False),)), Unsure())))
        out.append((f"{f}扣{m + 1}分{end}", str(m), Unsure()))
        # 酌情 with the step
        out.append((f"{f}{c}每发现一处扣{x}分{c}问题较多的酌情加扣{end}", str(m), Unsure()))
        out.append((f"{f}{c}视情况扣{x}-{m}分{end}", str(m), Unsure()))
    return out


# ── all or nothing ─────────────────────────────────────────────────────────────────────────────────────────────────
def all_or_none() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for m, (c, end) in zip((2, 3, 5), [("，", "。"), (",", ""), ("；", "")]):
        out.append((f"项目资金按规定用途使用的得{m}分{c}否则不得分{end}", str(m), Ranks((m, 0))))
        out.append((f"存在截留、挤占、挪用项目资金的{c}本项不得分{end}", str(m), Ranks((m, 0))))
        out.append((f"资金拨付手续完整的得{m}分{c}不完整的不得分{end}", str(m), Ranks((m, 0))))
        out.append((f"符合得满分{c}基本符合得{_n(Decimal(m) / 2)}分{c}不符合不得分{end}", str(m), Ranks((m, Decimal(m) / 2, 0))))
        # 酌情 for the rest
        out.append((f"项目资金按规定用途使用的得{m}分{c}否则酌情扣分{end}", str(m), Unsure()))
        # the full points not the 分值
        out.append((f"项目资金按规定用途使用的得{m + 1}分{c}否则不得分{end}", str(m), Unsure()))
        out.append((f"资金拨付手续完整的得{m - 1}分{c}不完整的不得分{end}", str(m), Unsure()))
    return out


# ── composite rows: two parts each with its own rule ────────────────────────────────────────────────────────────
def composite() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (p, q), (c, s) in zip([(2, 3), (3, 2), (4, 4)], [("，", "；"), (",", ";"), ("，", "。")]):
        m = p + q
        out.append((f"项目按时开工得{p}分{s}按时完工得{q}分", str(m), Once((str(p), str(q)))))
        out.append((f"资金到位率达到100%得{p}分{c}每低1个百分点扣0.5分{s}资金到位及时得{q}分{c}未及时到位不得分",
                    str(m), Unsure()))
        out.append((f"项目按时开工得{p}分{s}按时完工得{q}分{c}每延迟1个月扣1分", str(m), Unsure()))
        # the parts not the 分值
        out.append((f"项目按时开工得{p}分{s}按时完工得{q}分", str(m + 1), Unsure()))
        out.append((f"项目按时开工得{p}分{s}按时完工得{q}分", str(m - 1), Unsure()))
    return out


# ── formulas over named rates ──────────────────────────────────────────────────────────────────────────────────────
def formulas() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for m, (x, eq) in zip((10, 20, 6), [("×", "="), ("*", "＝"), ("×", "=")]):
        half = _n(Decimal(m) / 2)
        out.append((f"得分{eq}预算执行率{x}{m}", str(m), Bands(((100, m), (50, half), (0, 0)))))
        out.append((f"得分{eq}预算执行率{x}该指标分值", str(m), Bands(((100, m), (50, half), (0, 0)))))
        out.append((f"得分{eq}资金到位率{x}{m}分{x}50%+预算执行率{x}{m}分{x}50%", str(m),
                    Either(Fn(("到位", "执行"), (((100, 100), m), ((50, 100), _n(Decimal(m) * 3 / 4)),
                                                ((0, 0), 0))), Unsure())))
        # two rates in one clause, how they combine unsaid
        out.append((f"得分{eq}（资金到位率、预算执行率）{x}{m}", str(m), Unsure()))
        # a rate past 100%
        out.append((f"得分{eq}预算执行率{x}{m}，超过100%的按100%计", str(m), Bands(((100, m), (50, half), (0, 0)))))
        # a weight past the 分值
        out.append((f"得分{eq}预算执行率{x}{m + 5}", str(m), Unsure()))
        # 酌情 beside the formula
        out.append((f"得分{eq}预算执行率{x}{m}，执行中调整的酌情处理", str(m), Unsure()))
    return out


# ── two rates at the line of one step ──────────────────────────────────────────────────────────────────────────
def two_rates() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (a, b), (m, x), (c, end) in zip([("预算执行率", "资金到位率"), ("资金到位率", "资金支出率"), ("项目完工率", "资金拨付率")],
                                        [(10, "0.5"), (6, "0.2"), (8, "1")], [("，", "。"), (",", ""), ("；", "")]):
        xs = Decimal(x)
        one = Bands(((100, m), (99, _h(m, xs)), (97, _h(m, 3 * xs)), (0, 0)))
        out.append((f"{a}达到100%、{b}达到100%的得{m}分{c}每低于1个百分点扣{x}分{c}扣完为止{end}", str(m), Unsure()))
        out.append((f"{a}达到100%{c}{b}达到100%的得{m}分{c}每低于1个百分点扣{x}分{c}扣完为止{end}", str(m), Unsure()))
        out.append((f"{a}、{b}达到100%的得{m}分{c}每低于1个百分点扣{x}分{c}扣完为止{end}", str(m), Unsure()))
        out.append((f"{a}100%、{b}100%得{m}分{c}每低1个百分点扣{x}分{c}扣完为止{end}", str(m), Unsure()))
        out.append((f"{b}达到100%、{a}达到95%的得{m}分{c}每低于1个百分点扣{x}分{c}扣完为止{end}", str(m), Unsure()))
        # one rate, its definition beside it: one line
        out.append((f"{a}达到100%的得{m}分{c}每低于1个百分点扣{x}分{c}扣完为止（{a[-3:]}=实际数/计划数）{end}", str(m),
                    Either(one, Unsure())))
        out.append((f"{a}达到100%的得{m}分{c}低于100%的{c}每低于1个百分点扣{x}分{c}扣完为止{end}", str(m), one))
        # two rates each with its own part: sure only as two parts
        h = m // 2
        part = Bands(((100, h), (99, _h(h, xs)), (97, _h(h, 3 * xs)), (0, 0)))
        out.append((f"{a}达到100%得{h}分{c}每低1个百分点扣{x}分{c}扣完为止；{b}达到100%得{h}分{c}"
                    f"每低1个百分点扣{x}分{c}扣完为止", str(2 * h), Either(Parts(((h, part), (h, part))), Unsure())))
    return out


# ── lines on a ladder and a line below them ──────────────────────────────────────────────────────────────────────
def ladder_below() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (m, a, b), name, (ge, lt, c) in zip([(10, 8, 5), (6, 4, 2), (5, 3, 1)], ["满意度", "群众满意度", "服务对象满意度"],
                                           [("≥", "<", "，"), (">=", "<", "；"), ("≥", "＜", ",")]):
        good = Bands(((100, m), (90, m), (85, a), (80, a), (75, b), (70, b), (69, 0)))
        out.append((f"{name}{ge}90%得{m}分{c}{name}{ge}80%得{a}分{c}{name}{ge}70%得{b}分{c}{name}{lt}70%不得分", str(m), good))
        out.append((f"{name}达到90%得{m}分{c}达到80%得{a}分{c}达到70%得{b}分{c}低于70%不得分", str(m), Either(good, Unsure())))
        # the line below crossing the lowest line reached: the values between them said of both
        out.append((f"{name}{ge}90%得{m}分{c}{name}{ge}80%得{a}分{c}{name}{ge}70%得{b}分{c}{name}{lt}75%不得分", str(m), Unsure()))
        out.append((f"{name}{ge}90%得{m}分{c}{name}{ge}80%得{a}分{c}{name}{ge}70%得{b}分{c}{name}{lt}80%不得分", str(m), Unsure()))
        out.append((f"{name}{ge}90%得{m}分{c}{name}{ge}80%得{a}分{c}{name}{lt}85%不得分", str(m), Unsure()))
        out.append((f"{name}90%以上得{m}分{c}80%以上得{a}分{c}70%以上得{b}分{c}75%以下不得分", str(m), Unsure()))
        out.append((f"{name}达到90%得{m}分{c}达到80%得{a}分{c}达到70%得{b}分{c}低于75%不得分", str(m), Unsure()))
        # a gap below the lowest line, the lines out of order, the points past the 分值
        out.append((f"{name}{ge}90%得{m}分{c}{name}{ge}80%得{a}分{c}{name}{ge}70%得{b}分{c}{name}{lt}65%不得分", str(m), Unsure()))
        out.append((f"{name}{ge}90%得{m}分{c}{name}{ge}80%得{a}分{c}{name}{ge}85%得{b}分{c}{name}{lt}70%不得分", str(m), Unsure()))
        out.append((f"{name}{ge}90%得{m}分{c}{name}{ge}80%得{m + 2}分{c}{name}{ge}70%得{b}分{c}{name}{lt}70%不得分", str(m), Unsure()))
        out.append((f"{name}{ge}90%得{m}分{c}{name}{ge}80%得{a}分{c}{name}{ge}70%得{a + 1}分{c}{name}{lt}70%不得分", str(m), Unsure()))
    return out


# ── a line and its step, then a steeper step below a second line ─────────────────────────────────────────────────
def two_slopes() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for name, (m, x, y, low), c in zip(["预算执行率", "资金到位率", "资金支出率"], [(10, "0.2", "1", 80), (8, "0.1", "0.5", 90),
                                                                             (10, "0.2", "1", 90)], ["，", ",", "，"]):
        # stacked or instead below the second line: unsaid
        out.append((f"{name}达到100%的得{m}分{c}每低于1个百分点扣{x}分{c}扣完为止{c}低于{low}%的每低1个百分点扣{y}分", str(m), Unsure()))
        out.append((f"{name}达到100%的得{m}分{c}每低于1个百分点扣{x}分；低于{low}%的{c}每低1个百分点扣{y}分{c}扣完为止", str(m), Unsure()))
        # a second line zeroing the row
        out.append((f"{name}达到100%的得{m}分{c}每低于1个百分点扣{x}分{c}低于{low}%的不得分", str(m),
                    Either(Bands(((100, m), (99, _h(m, x)), (low - 1, 0))), Unsure())))
    return out


# ── degrees of one quality, their scores in turn or not ───────────────────────────────────────────────────────────
def degrees() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (thing, q), (m, a, b), c in zip([("手续", "完整"), ("制度", "健全"), ("档案", "规范"), ("资料", "齐全")],
                                        [(3, 2, 1), (4, 2, 1), (5, 3, 1), (3, 2, 1)], ["，", "；", ",", "，"]):
        out.append((f"{thing}{q}得{m}分{c}基本{q}得{a}分{c}不{q}得{b}分{c}无{thing}不得分", str(m), Ranks((m, a, b, 0))))
        out.append((f"{thing}{q}得{m}分{c}基本{q}得{a}分{c}不{q}不得分", str(m), Ranks((m, a, 0))))
        out.append((f"{thing}{q}的得{m}分{c}较{q}的得{a}分{c}不{q}的不得分", str(m), Ranks((m, a, 0))))
        # the lesser degree scoring more: the scores out of turn
        out.append((f"{thing}{q}得{m}分{c}基本{q}得{b}分{c}不{q}得{a}分{c}无{thing}不得分", str(m), Unsure()))
        out.append((f"{thing}{q}得{a}分{c}基本{q}得{m}分{c}不{q}不得分", str(m), Unsure()))
        out.append((f"{thing}{q}的得{m}分{c}较{q}的得{b}分{c}不{q}的得{a}分", str(m), Unsure()))
        # the lesser degree scoring the same: the text's own, kept
        out.append((f"{thing}{q}得{m}分{c}基本{q}得{a}分{c}不{q}得{a}分{c}无{thing}不得分", str(m), Either(Ranks((m, a, a, 0)), Unsure())))
        # 酌情, a range
        out.append((f"{thing}{q}得{m}分{c}基本{q}酌情得分{c}不{q}不得分", str(m), Unsure()))
        out.append((f"{thing}{q}得{m}分{c}基本{q}得1-{a}分{c}不{q}不得分", str(m), Unsure()))
    return out


# ── more near variants of the sure readings ───────────────────────────────────────────────────────────────────────
def near() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for m in (10, 8):
        half = _n(Decimal(m) / 2)
        out.append(("得分=实际完成数/计划完成数×分值", str(m), Bands(((100, m), (50, half), (0, 0)))))
        out.append(("执行率=实际支出/预算×100%，得分=执行率×分值", str(m), Bands(((100, m), (50, half), (0, 0)))))
        out.append((f"得分=实际完成数/计划完成数×{m - 2}", str(m), Unsure()))
        out.append(("得分=实际支出/预算×分值，超支的不得分", str(m), Either(Bands(((100, m), (50, half), (110, 0))), Unsure())))
        out.append((f"得分=实际支出/预算×分值，最低得{m // 2}分", str(m), Unsure()))
        out.append((f"得分=资金到位率×预算执行率×{m}", str(m), Unsure()))
        out.append((f"全部完成的得{m}分，未全部完成的按完成比例得分，最低得{m // 2}分", str(m), Unsure()))
        out.append((f"全部完成的得{m}分，未全部完成的按完成比例得分，超额完成的加分", str(m), Unsure()))
        out.append((f"全部完成的得{m}分，未全部完成的按完成比例的一半得分", str(m), Unsure()))
        out.append((f"项目按计划时间完成的得{m}分，每延迟1天扣1分，扣完为止，提前完成加1分", str(m), Unsure()))
        out.append((f"项目按计划时间完成的得{m - 2}分，每延迟1天扣1分，扣完为止", str(m), Unsure()))
        out.append((f"项目按计划时间完成的得{m}分，每延迟1天扣0.2分，扣完为止，延迟超过10天不得分", str(m), Unsure()))
        out.append((f"项目按计划时间完成的得{m}分，每延迟1天扣1分，每提前1天加1分", str(m), Unsure()))
        out.append((f"资金使用不规范的，每发现一处扣1分，{m // 2}处以上不得分", str(m), Unsure()))
        out.append(("资金使用不规范的，每发现一处扣1分，扣完为止，最低得1分", str(m), Unsure()))
        out.append(("资金使用不规范的，每发现一处扣1分，扣完为止；情节较轻的扣0.5分", str(m), Unsure()))
        out.append((f"资金拨付手续完整的得{m}分；不完整的扣{m + 1}分", str(m), Unsure()))
        out.append((f"资金拨付手续完整的得{m}分；不完整的扣1分", str(m), Either(Ranks((m, m - 1)), Unsure())))
        out.append((f"预算执行率达到100%的得{m}分，每低于1个百分点扣0.5分，扣完为止", str(m + 2), Unsure()))
        out.append((f"预算执行率达到100%的得{m}分，每低于1个百分点扣0.5-1分，扣完为止", str(m), Unsure()))
        out.append((f"预算执行率达到100%的得{m}分，每低于1个百分点扣0.5分，扣完为止，结余资金超过10%的不得分", str(m), Unsure()))
        out.append((f"预算执行率达到100%的得{m}分，每高于1个百分点扣0.5分，扣完为止", str(m), Unsure()))
        out.append((f"预算执行率≥95%得{m}分，90%≤预算执行率<95%得{m - 2}分，85%≤预算执行率<90%得{m - 4}分，预算执行率<85%不得分",
                    str(m), Bands(((100, m), (95, m), (92, m - 2), (90, m - 2), (87, m - 4), (85, m - 4), (80, 0)))))
        out.append((f"预算执行率≥95%得{m}分，90%≤预算执行率<95%得{m - 2}分，85%≤预算执行率<92%得{m - 4}分，预算执行率<85%不得分",
                    str(m), Unsure()))
        out.append((f"预算执行率≥95%得{m}分，90%≤预算执行率≤95%得{m - 2}分，85%≤预算执行率<90%得{m - 4}分，预算执行率<85%不得分",
                    str(m), Unsure()))
    return out


_ALL = (exec_rate() + completion() + timeliness() + satisfaction() + systems() + deductions() + all_or_none()
        + composite() + formulas() + two_rates() + ladder_below() + two_slopes() + degrees() + near())
#: (the first statement of a text the generators write twice)
CASES = first_statements(_ALL)


(test_the_probe_is_of_its_size,
 test_every_made_up_text_is_scored_as_it_says_or_is_to_check) = probe_tests(CASES, 300, 600, own=_parts_wrongly)
