"""Made-up texts of the 产出 and 效益 rows of 项目支出 绩效评价 指标体系, as third-party evaluators write them — each with
what it states (the situations and their scores) or that it leaves a situation open (to check): 数量指标 (“完成率=实际完成数
/计划数×100%，完成率100%得满分，每低1%扣0.2分，低于60%不得分”, several targets “各目标完成率的平均值×分值”, counts “完成10个
以上得满分，每少1个扣1分”), 质量指标 (“验收合格率100%得满分，低于95%不得分”, “达标率≥90%得满分，80%-90%得60%，<80%不得分”),
时效指标 (“按计划时间完成得满分，每延迟1个月扣0.5分，延迟超过3个月不得分”, days late, shares per month), 成本指标 (“成本节约率
≥0得满分，超支每1%扣0.5分”, “实际成本不超过预算得满分”), 效益 (quantified, “受益人数达到目标得满分，按比例得分”; degree
words, “效益明显得满分，较明显得70%…，根据实际情况酌情评分”, which stay judgement or to check), 满意度 (“满意度≥90%得满分，
80%-90%得80%…”, steps to a floor, “以问卷调查结果为准”), 可持续影响 — with variants of figures, ，,；;。 full/half width,
the order of clauses and line breaks.

Measured on the 394 texts (before → after the readings taught here): exact 96 → 96, flagged 229 → 274 (of them scoring
some situation otherwise than the text says 62 → 12), judgement fallbacks 69 → 24, confident and wrong 0 → 0. Taught:

- a rate's line, its step and a floor that comes before the steps have taken the 分值, more than 20 steps apart
  (``tiers._SHARE_STEP_CLIFF``, ``_share_step_cliff``): “完成率100%得满分，每低1%扣0.2分，低于60%不得分” (40 steps), the
  quotient written alone before it (“实际完成数/计划数×100%，完成率100%得满分，…”), the line after a sign (“满意度≥90%得满分，
  每低1个百分点扣0.2分，满意度<80%不得分”), a floor after “<”, where the figure comes from after it (“…不得分（以问卷调查
  结果为准）”, a doubt of its own): bands of whole steps to the floor, to check as before (a step begun costs a step; the
  threshold reading, which cannot hold the floor, scored 59% as 1.8); a line after a sign whose steps reach nothing at the
  floor stays the threshold's;
- a delay step with a cliff before the steps take the 分值 (``wording.DELAY_CLIFF``; ``delay._cliff_short``,
  ``delay.late_cliff``): “按计划时间完成得满分，每延迟1个月扣0.5分，延迟超过3个月不得分”, “每逾期1天扣0.1分；
  逾期超过10天的不得分”: bands of the delay in whole units, nothing past the cliff, to check (a part of a unit read as a
  whole step; “3个月以上” read as past 3); the delay reading, which scored 4 months late as 1 of 3, steps aside for it
  (the bands built in ``tiers._late_cliff``, order 22000);
- a target reached and its share, the shortfall unsaid (``completion._SHORT_OF_TARGET``, ``_by_share_done``): “受益人数达到
  目标得满分，按比例得分” read as 完成数 ÷ 目标数 × 分值, to check (sure where “未达到的” is said, as before).

Left: judgement fallbacks (24): 15 texts left to the evaluator (酌情评分, 酌情扣分, “根据…情况酌情评分”), as they say;
“设置多个数量目标的，得分=各目标完成率的平均值×该指标分值” (3: a formula after a clause of when it applies, which the formula
readings take only at the text's start); “成本节约率≥0得满分，超支每1%扣0.5分” (6: a saving's line and a step of overrun
point opposite ways, which the 达标线 reading declines by design — ``test_rule_proposal_probe6`` — and a reading of the
overrun as 上限控制 against the budget, to check, is not yet taught). Flagged and scoring otherwise (12): the rate's
step to a floor typed one clause a line (“完成率=…×100%\n完成率100%得满分\n每低1%扣0.2分\n低于60%不得分”): the likeliest reading of its line breaks runs
“…×100%” into “完成率…” and the step into the floor, read as two bands; the reading of every break as a clause's end reads
it, but the proposal keeps the likeliest. Flagged and left so: the steps to a floor (whole steps read), delays past a cliff,
averages over targets (the average entered), shares with no 分值 named (“得70%”), levels of degree with 酌情 or 由评价组判定,
“验收合格率100%得满分，低于95%不得分” (95%–100% unsaid), steps with no stop, an overrun of costs per step (“每超支1%扣1分”).

The checker is ``tests/probe_checks.py``'s, with ``_own`` for a cost against its budget (``Over``) and levels read as a
scale (等级评定).
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from itertools import product
from typing import Any

from services.frameworks.proposal import Proposal, propose
from tests.probe_checks import Either, Want, case_test, first_statements, overrun_wrongly, read_exactly, wrongly
from tests.proposals import Bands, Per, Ranks, Unsure, dec

_FULL = str.maketrans("0123456789.%<>=", "０１２３４５６７８９．％＜＞＝")


def _n(x: Any) -> str:
    return format(dec(x).normalize(), "f")


def _s(m: Any, share: Any) -> Decimal:
    """``share`` (in %) of the row's points ``m``."""
    return dec(m) * dec(share) / 100


@dataclass(frozen=True)
class Over:
    """A cost against its budget: each overrun (in % of the budget; 0 or less: within it) and its score."""
    samples: tuple[tuple[Any, Any], ...]


# ── 数量指标: completion against the plan ─────────────────────────────────────────────────────────────────────────
_COUNTED = [("实际完成数", "计划数"), ("实际完成工程量", "计划工程量"), ("实际培训人次", "计划培训人次"),
            ("实际完成户数", "计划完成户数")]


def quantity() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (a, b), (m, x, floor) in product(_COUNTED, [(10, "0.2", 60), (5, "0.1", 60), (8, "0.1", 70)]):
        def at(r: int) -> Decimal:
            return Decimal(0) if r < floor else max(Decimal(0), dec(m) - dec(x) * (100 - r))
        want = Bands(tuple((r, at(r)) for r in (100, 99, 95, 90, floor + 1, floor, floor - 1, 30)))
        rate = "完成率"
        out.append((f"{rate}={a}/{b}×100%，{rate}100%得满分，每低1%扣{x}分，低于{floor}%不得分", str(m), want))
        out.append((f"{rate}={a}/{b}*100%；完成率达到100%的得满分，每低1个百分点扣{x}分，低于{floor}%的不得分。", str(m), want))
        out.append((f"完成率100%得满分，每降低1%扣{x}分，完成率<{floor}%得0分", str(m), want))
        out.append((f"{a}/{b}×100%，完成率100%得满分,每低1%扣{x}分,低于{floor}%不得分", str(m), want))
        out.append((f"{rate}={a}÷{b}×100%\n完成率100%得满分\n每低1%扣{x}分\n低于{floor}%不得分", str(m), want))
        if a == "实际完成数":
            out.append((f"完成率100%得满分；每低1%扣{x}分；低于{floor}%不得分", str(m), want))
            out.append((f"完成率100%得满分，每低1%扣{x}分，低于{floor}%不得分。".translate(_FULL), str(m), want))
            out.append((f"数量完成率达到100%得满分，每降低1个百分点扣{x}分，低于{floor}%的不得分", str(m), want))
    for m in (10, 5, 6):
        avg = Either(Bands(((100, m), (80, _s(m, 80)), (50, _s(m, 50)), (0, 0))), Unsure())
        out.append(("各目标完成率的平均值×分值", str(m), avg))
        out.append(("得分=各项产出目标完成率的算术平均值×指标分值", str(m), avg))
        out.append(("按各目标完成率平均值×分值计分，最高不超过分值", str(m), avg))
        out.append(("设置多个数量目标的，得分=各目标完成率的平均值×该指标分值", str(m), avg))
        out.append(("完成率=实际完成数/计划数×100%，得分=完成率×分值，最高得满分", str(m),
                    Either(Bands(((100, m), (120, m), (80, _s(m, 80)), (0, 0))), Unsure())))
    for (n, x, m) in ((10, 1, 5), (20, "0.5", 4), (6, 1, 3)):
        def short(k: int) -> Decimal:
            return max(Decimal(0), dec(m) - dec(x) * max(0, n - k))
        said = Either(Bands(tuple((k, short(k)) for k in (n + 2, n, n - 1, n - 2, 0))), Per(str(x)))
        out.append((f"完成{n}个以上得满分，每少1个扣{x}分", str(m), said))
        out.append((f"完成{n}个及以上得满分，每少1个扣{x}分，扣完为止", str(m), said))
        out.append((f"新建{n}个（含）以上得满分；每少建1个扣{x}分，扣完为止。", str(m), said))
        out.append((f"培训达到{n}场次得满分，每少1场扣{x}分", str(m), said))
        out.append((f"完成{n}个以上得满分，每少1个扣{x}分，少于{n // 2}个不得分", str(m), Either(
            Bands(tuple((k, short(k) if k >= n // 2 else 0) for k in (n + 2, n, n - 1, n // 2, n // 2 - 1, 0))),
            Unsure())))
    return out


# ── 质量指标: pass rates ─────────────────────────────────────────────────────────────────────────────────────────
def quality() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for m in (5, 10, 4):
        out.append(("验收合格率100%得满分，低于95%不得分", str(m), Unsure()))
        out.append(("工程验收合格率达到100%的得满分，合格率低于95%的不得分", str(m), Unsure()))
        out.append(("验收合格率100%得满分，每低1个百分点扣分值的20%，低于95%不得分", str(m),
                    Bands(((100, m), (99, _s(m, 80)), (96, _s(m, 20)), (94, 0)))))
        out.append(("验收合格率=验收合格数/验收总数×100%，合格率100%得满分，否则不得分", str(m),
                    Either(Bands(((100, m), (99, 0), (50, 0))), Ranks((m, 0)))))
        for hi, lo, sh in ((90, 80, 60), (95, 85, 50), (85, 70, 60)):
            want = Bands(((100, m), (hi, m), ((hi + lo) // 2, _s(m, sh)), (lo, _s(m, sh)), (lo - 1, 0), (20, 0)))
            out.append((f"达标率≥{hi}%得满分，{lo}%-{hi}%得{sh}%，<{lo}%不得分", str(m), Either(want, Unsure())))
            out.append((f"达标率≥{hi}%，得满分；{lo}%≤达标率<{hi}%，得分值的{sh}%；达标率<{lo}%，不得分", str(m), want))
            out.append((f"质量达标率在{hi}%（含）以上的得满分，{lo}%（含）-{hi}%的得分值的{sh}%，{lo}%以下的不得分", str(m),
                        want))
            out.append((f"合格率≥{hi}%得{m}分；{lo}%≤合格率<{hi}%得{_n(_s(m, sh))}分；合格率<{lo}%得0分", str(m), want))
            out.append((f"合格率>={hi}%得满分,{lo}%<=合格率<{hi}%得{_n(_s(m, sh))}分,合格率<{lo}%不得分".translate(_FULL),
                        str(m), want))
        out.append(("合格率达到100%的得满分，每降低1个百分点扣0.5分，扣完为止", str(m),
                    Either(Bands(((100, m), (99, dec(m) - dec("0.5")), (96, dec(m) - 2))), Unsure())))
    return out


# ── 时效指标: delay against the plan ──────────────────────────────────────────────────────────────────────────────
def timeliness() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for m, x in ((3, "0.5"), (5, "1"), (4, "0.5"), (2, "0.5")):
        k = 3
        def late(d: int) -> Decimal:
            return Decimal(0) if d > k else max(Decimal(0), dec(m) - dec(x) * d)
        want = Bands(tuple((d, late(d)) for d in (0, 1, 2, 3, 4, 6)))
        sure = Bands(tuple((d, late(d)) for d in (0, 1, 2, 4, 6)))
        out.append((f"按计划时间完成得满分，每延迟1个月扣{x}分，延迟超过3个月不得分", str(m), want))
        out.append((f"按计划时间完成的得满分；每延迟1个月扣{x}分；延迟超过3个月的不得分。", str(m), want))
        out.append((f"项目按期完成得满分,每延期1个月扣{x}分,超过3个月不得分", str(m), want))
        out.append((f"在计划时间内完成得满分，每推迟一个月扣{x}分，推迟3个月以上不得分", str(m), Either(sure, Unsure())))
        out.append((f"按计划时间完成得满分\n每延迟1个月扣{x}分\n延迟超过3个月不得分", str(m), want))
        out.append((f"每延迟1个月扣{x}分，延迟超过3个月不得分；按计划时间完成得满分", str(m), want))
        out.append(("在规定时间内完成得满分，未按时完成不得分", str(m), Ranks((m, 0))))
        days = Bands(((0, m), (1, dec(m) - dec("0.1")), (5, dec(m) - dec("0.5")), (10, dec(m) - 1), (11, 0), (30, 0)))
        out.append(("按合同约定工期完成得满分，每延迟1天扣0.1分，延迟超过10天不得分", str(m), Either(days, Unsure())))
        out.append(("按期完工得满分；每逾期1天扣0.1分；逾期超过10天的不得分", str(m), Either(days, Unsure())))
        out.append(("项目按计划时间节点完成的得满分；每延期1个月扣分值的20%；延期3个月以上不得分", str(m),
                    Either(Bands(((0, m), (1, _s(m, 80)), (2, _s(m, 60)), (4, 0))), Unsure())))
        out.append(("按时完成得满分，延迟1个月内得分值的80%，延迟1-3个月得50%，超过3个月不得分", str(m),
                    Either(Bands(((0, m), (4, 0))), Unsure())))
        out.append((f"完成及时率=按时完成项目数/计划项目数×100%，及时率100%得满分，每低1%扣{x}分", str(m),
                    Either(Bands(((100, m), (99, dec(m) - dec(x)))), Unsure())))
    return out


# ── 成本指标: cost against the budget ─────────────────────────────────────────────────────────────────────────────
def cost() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for m, x in ((5, "0.5"), (4, "1"), (3, "0.5")):
        def over(r: int) -> Decimal:
            return max(Decimal(0), dec(m) - dec(x) * max(0, r))
        per = Over(tuple((r, over(r)) for r in (-10, 0, 1, 2, 4, 50)))
        out.append((f"成本节约率≥0得满分，超支每1%扣{x}分", str(m), Either(per, Unsure())))
        out.append((f"成本节约率=（计划成本-实际成本）/计划成本×100%，节约率≥0得满分，超支每1%扣{x}分，扣完为止", str(m),
                    Either(per, Unsure())))
        out.append((f"成本控制在预算范围内得满分，每超支1%扣{x}分，扣完为止", str(m), Either(per, Unsure())))
        out.append((f"实际成本未超过预算成本的得满分；每超出1%扣{x}分，扣完为止", str(m), Either(per, Unsure())))
        out.append(("实际成本不超过预算得满分，超过预算不得分", str(m), Ranks((m, 0))))
        out.append(("实际成本不超过预算得满分", str(m), Either(Ranks((m, 0)), Unsure())))
        out.append(("项目实际成本控制在预算范围内的，得满分；超出预算的，不得分。", str(m), Ranks((m, 0))))
        out.append(("实际成本不超过预算得满分，超过预算的酌情扣分", str(m), Unsure()))
    return out


# ── 效益: quantified or judged ───────────────────────────────────────────────────────────────────────────────────
def benefit() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for m in (10, 8, 6, 5):
        prop = Either(Bands(((100, m), (80, _s(m, 80)), (50, _s(m, 50)))), Unsure())
        out.append(("受益人数达到目标得满分，按比例得分", str(m), prop))
        out.append(("受益人数达到预期目标值的得满分，未达到的按实际受益人数/目标受益人数×分值计分", str(m), prop))
        out.append(("受益群众人数达到目标值得满分，未达到的按完成比例计分", str(m), prop))
        out.append(("带动就业人数达到目标的得满分；未达到的，按实际完成比例得分", str(m), prop))
        # levels of degree, each with its share: a scale the evaluator rates on (or to check); left to the evaluator's
        # judgement (酌情, 由评价组…判定): to check or judgement
        out.append(("经济效益显著得满分，效益一般得分值的50%，无明显效益不得分", str(m),
                    Either(Ranks((m, _s(m, 50), 0)), Unsure())))
        out.append(("项目实施对改善生态环境效果明显得满分，效果一般得50%，无效果不得分", str(m),
                    Either(Ranks((m, _s(m, 50), 0)), Unsure())))
        out.append(("经济效益：效益明显得满分\n效益较明显得70%\n效益一般得40%\n无明显效益不得分", str(m),
                    Either(Ranks((m, _s(m, 70), _s(m, 40), 0)), Unsure())))
        for lv in ("效益明显得满分，较明显得70%，一般得40%，不明显不得分，根据实际情况酌情评分",
                   "社会效益明显的得满分；较明显的得分值的70%；一般的得分值的40%；不明显的不得分。由评价组根据实际情况酌情评分",
                   "效益明显得满分，较明显得分值的70%，一般得分值的40%，不明显不得分，由评价组根据实际情况酌情评分",
                   "根据项目实施产生的社会效益情况酌情评分", "效益显著得满分，其余酌情扣分"):
            out.append((lv, str(m), Unsure()))
    return out


# ── 满意度 ─────────────────────────────────────────────────────────────────────────────────────────────────────
def satisfaction() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for m in (10, 5, 4, 6):
        out.append(("满意度≥90%得满分，80%-90%得80%，每低1个百分点扣0.1分，<60%不得分", str(m), Unsure()))
        for hi, mid, lo, sm, sl in ((90, 80, 60, 80, 60), (85, 75, 60, 70, 40), (95, 85, 70, 80, 50)):
            want = Bands(((100, m), (hi, m), (hi - 1, _s(m, sm)), (mid, _s(m, sm)), (mid - 1, _s(m, sl)), (lo, _s(m, sl)),
                          (lo - 1, 0), (10, 0)))
            out.append((f"满意度≥{hi}%得满分，{mid}%（含）-{hi}%得分值的{sm}%，{lo}%（含）-{mid}%得分值的{sl}%，<{lo}%不得分",
                        str(m), want))
            out.append((f"以问卷调查结果为准，满意度≥{hi}%得{m}分；{mid}%≤满意度<{hi}%得{_n(_s(m, sm))}分；{lo}%≤满意度<{mid}%"
                        f"得{_n(_s(m, sl))}分；满意度<{lo}%不得分", str(m), want))
            out.append((f"通过问卷调查，满意度≥{hi}%得满分；{mid}%≤满意度<{hi}%得分值的{sm}%；满意度<{mid}%不得分", str(m),
                        Bands(((100, m), (hi, m), (hi - 1, _s(m, sm)), (mid, _s(m, sm)), (mid - 1, 0)))))
        for x, hi, lo in (("0.2", 90, 80), ("0.5", 95, 85), ("0.1", 90, 60)):
            def at(r: int) -> Decimal:
                return Decimal(0) if r < lo else min(dec(m), max(Decimal(0), dec(m) - dec(x) * (hi - r)))
            want = Bands(tuple((r, at(r)) for r in (100, hi, hi - 1, lo + 1, lo, lo - 1)))
            out.append((f"满意度={'满意人数'}/调查总人数×100%。满意度达到{hi}%以上得满分，每低1%扣{x}分，低于{lo}%不得分",
                        str(m), Either(want, Unsure())))
            out.append((f"满意度≥{hi}%得满分，每低1个百分点扣{x}分，满意度<{lo}%不得分（以问卷调查结果为准）", str(m), want))
            out.append((f"满意度≥{hi}%得满分，每低1个百分点扣{x}分，低于{lo}%不得分".translate(_FULL), str(m), want))
            out.append((f"受益群众满意度达到{hi}%得满分；每低1个百分点扣{x}分；低于{lo}%不得分。", str(m), want))
            out.append((f"以问卷调查结果为准，满意度达到{hi}%及以上得满分，每降低1个百分点扣{x}分，扣完为止", str(m),
                        Either(Bands(((100, m), (hi, m), (hi - 1, dec(m) - dec(x)))), Unsure())))
    return out


# ── 可持续影响 ──────────────────────────────────────────────────────────────────────────────────────────────────
def lasting() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for m in (5, 4, 3, 6):
        out.append(("项目建成后能持续发挥作用得满分，否则不得分", str(m), Ranks((m, 0))))
        out.append(("建立了长效管理机制的得满分，未建立的不得分", str(m), Ranks((m, 0))))
        out.append(("长效管理机制健全得满分，基本健全得50%，不健全不得分", str(m),
                    Either(Ranks((m, _s(m, 50), 0)), Unsure())))
        out.append(("对项目可持续发展的影响较大得满分，一般得50%，影响较小不得分，由评价组根据实际情况判定", str(m), Unsure()))
        out.append(("项目具有可持续性，后续运行维护资金有保障的得满分；有一定保障的酌情得分；无保障的不得分", str(m), Unsure()))
        out.append(("可持续影响：根据项目后续运维管理机制建立情况酌情评分", str(m), Unsure()))
    return out


_ALL = quantity() + quality() + timeliness() + cost() + benefit() + satisfaction() + lasting()
#: (the first statement of a text the generators write twice)
CASES = first_statements(_ALL)


def _own(p: Proposal, m: Decimal, want: object) -> str | None:
    """A cost against its budget: 上限控制 scored on each overrun, or a value of one line scored on the overrun."""
    if isinstance(want, Ranks) and len(p.items) == 1 and p.items[0]["type"] == "scale":
        got = sorted((m * dec(lv["share"]) for lv in p.items[0]["params"]["levels"]), reverse=True)
        return "" if got == [dec(x) for x in want.scores] else f"levels {got}"
    if not isinstance(want, Over):
        return None
    if len(p.items) == 1 and p.items[0]["type"] == "upper_bound":
        return overrun_wrongly(p, tuple((max(0, r), s) for r, s in want.samples))
    return wrongly(p, str(m), Bands(tuple((max(0, r), s) for r, s in want.samples)))


@cache
def _proposed(text: str, weight: str) -> Proposal:
    return propose(text, weight, "指标")


def test_the_probe_is_of_its_size():
    assert 300 <= len(CASES) <= 450
    assert len({(text, w) for text, w, _want in CASES}) == len(CASES)


test_every_made_up_text_is_scored_as_it_says_or_is_to_check = case_test(CASES, proposed=_proposed, own=_own)


def test_the_readings_read_their_texts_exactly():
    exact = read_exactly(CASES, _proposed, _own)
    assert exact == 96  # (96 before the readings of this round)
