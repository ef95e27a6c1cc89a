"""上限控制: full marks while the actual amount stays within its limit, a deduction per step over it."""
from __future__ import annotations

import re
from collections.abc import Mapping
from decimal import Decimal
from fractions import Fraction
from typing import Any

from models.messages import said as refusal
from services.core.numbers import HUNDRED, RuleInputError, fmt, pct, to_decimal
from services.core.patterns import lazy_compile
from services.scoring.rounding import decimal_of
from services.scoring.rules.base import (
    DEDUCT_MODES,
    Input,
    Inputs,
    ItemResult,
    Param,
    Params,
    Phrase,
    Proposed,
    Recogniser,
    RuleType,
    T,
    Wording,
    clamp,
    dec,
    deduct_points,
    deduct_words,
    msg,
    need,
    said,
)
from services.scoring.rules.wording import IN_FULL, NUM, RATE_NAMED, d, deduct_mode, s


def check(params: Params, item_max: Decimal) -> list[str]:
    problems = need(params, "deduct") + (need(params, "step") if "step" in params else [])
    if "step" in params and not problems and dec(params, "step") == 0:  # every excess would be divided by it
        problems.append(refusal("step 不能为 0"))
    return problems


def score(params: Params, inputs: Inputs, item_max: Decimal) -> ItemResult:
    if inputs.get("actual") in (None, "") or inputs.get("limit") in (None, ""):
        return ItemResult(None, msg(T("尚未填写")))
    a_label = params.get("actual_label", "实际金额")
    l_label = params.get("limit_label", "上限")
    a_said = params.get("actual_label") or msg(T("实际金额"))  # a default of the rule is said in the window's language
    l_said = params.get("limit_label") or msg(T("上限"))
    actual = to_decimal(inputs["actual"], a_label)
    limit = to_decimal(inputs["limit"], l_label)
    if limit == 0:
        raise RuleInputError(refusal("“{l_label}”不能为 0", l_label=l_label))
    if actual <= limit:
        return ItemResult(item_max, msg(T("%1 %2 未超过%3 %4，得满分 %5"), a_said, fmt(actual), l_said, fmt(limit),
                                        fmt(item_max)), item_max)
    excess = (actual - limit) / limit * HUNDRED
    step = dec(params, "step", "1")
    per = deduct_points(params, item_max)
    steps = excess / step
    exact_steps = (Fraction(actual) - Fraction(limit)) * 100 / Fraction(limit) / Fraction(step)
    raw = decimal_of(Fraction(item_max) - exact_steps * Fraction(per))  # divided once, at the end
    return clamp(raw, item_max, said(
        msg(T("%1 %2 超过%3 %4 的 %5，每超 %6%"), a_said, fmt(actual), l_said, fmt(limit), pct(excess), fmt(step)),
        deduct_words(params, item_max), msg(T("，得分 = %1 − %2 × %3 = %4"), fmt(item_max), fmt(steps), fmt(per), fmt(raw))))


def from_figure(params: Params, fig: Any, binding: Mapping[str, Any]) -> dict[str, Any]:
    return {"actual": format(fig.numerator, "f"), "limit": format(fig.denominator, "f")}


# ── wordings ────────────────────────────────────────────────────────────────
_FULL = lazy_compile(r"(?:小于|不超过|不超|低于|未超过|不高于|未超出|控制在)[^,;]{0,6}(?:合同|预算|概算|计划|批复|控制|限|定额)[^,;]{0,6}?的?,?"
                   # “成本控制在预算内得10分” (the 分值), “不超预算得满分”, “单耗不超定额得满分”
                   r"(?:记|计|得)(?:满分|(?P<kept>\d+(?:\.\d+)?)分)|"
                   # “在计划时间内完成的,得满分”: a time limit kept
                   r"在[^,;]{0,6}(?:计划|规定|合同|批复)(?:时间|期限|工期|时限)内完成[^,;]{0,3}?,?(?:记|计|得)满分|"
                   # “符合相关标准的,得20分” (the 分值), before a step above it: a quota kept (“每高5%扣2分”)
                   # (never one not met or met in part: “不符合标准的,得20分”, “基本符合定额的”)
                   + IN_FULL + r"符合[^,;]{0,8}?(?:标准|定额)的?,?(?:记|计|得)(?:满分|(?P<pts>\d+(?:\.\d+)?)分)")
#: the step over the limit; “每相差4%” counts one way only where the text gives full marks within the limit
_STEP = lazy_compile(r"每(?:大于|超过|超出|超支|超|高于|高|增加|相差)(?:定额|标准值|标准|预算)?" + NUM + r"(%|个百分点)[^;]*?扣(权重分的|分值的)?" + NUM + r"(分|%)")


def _within_limit(w: Wording) -> Proposed | None:
    """“小于合同额记满分，每大于1%扣0.5分”: full marks within a limit (a contract sum, a budget; a time limit, “在计划时间内完成
    的,得满分”; a quota met, “符合相关标准的,得20分”, its points the 分值), each step of % above it costing. The quota's
    reading is to check: that the excess is in % of the standard is the reading's."""
    t = w.text
    full = _FULL.search(t)
    if not full or any(full.group(g) and d(full.group(g)) != w.weight for g in ("pts", "kept")):
        return None
    m = _STEP.search(t)
    if not m:
        return None
    deduct, mode = deduct_mode(m.group(4), "%" if (m.group(3) or m.group(5) == "%") else "分")
    params = {"step": s(d(m.group(1))), "deduct": deduct, "deduct_mode": mode}
    lim = re.search(r"(合同额|合同金额|预算|概算|计划成本|批复金额)", t)
    label = f"实际成本与{lim.group(1) if lim else '上限'}"
    doubts: tuple[str, ...] | None = None
    if full.group(0).startswith("符合"):  # a quota (用水定额, 排放标准): the value and its quota, the excess in % of it
        label = "实际值与标准值"
        params.update(actual_label="实际值", limit_label="标准值")
        doubts = (f"“{full.group(0)}”：按实际值超过标准值的百分比扣分读，请核对",)
    elif not lim and "定额" in full.group(0):  # “单耗不超定额得满分”: a consumption and its quota
        label = "实际值与定额"
        params.update(actual_label=_quota_measure(t[:full.start()]), limit_label="定额")
    elif not lim and re.search(r"时间|期限|工期|时限", full.group(0)):
        label = "实际用时与计划用时"
        params.update(actual_label="实际用时", limit_label="计划用时")
    if doubts is None:  # “费用率控制在预算内…”, “废品率不超定额…”: a rate's limit, its excess perhaps in 个百分点
        doubts = _rate_doubt(t[:full.start()].strip(",;:")) or None
    return Proposed([RULE.item(label, w.weight, params)],
                    f"上限控制：超过上限每 {params['step']}% 扣 {deduct}{'%分值' if mode == 'percent_of_max' else ' 分'}", doubts)


def _rate_doubt(what: str) -> tuple[str, ...]:
    """The doubt of a limit that is a rate (“废品率每超定额1个百分点扣1分”, “费用率控制在预算内…”): 上限控制 reads the
    excess in % of the limit, while the text may mean percentage points of the rate (a rate of 3% over a quota of 2% is
    1 个百分点 over, but 50% over); () where what is limited is an amount (its excess “每超1个百分点” is in % of it)."""
    if RATE_NAMED.search(what):
        return (f"“{what}”是比率：按实际值超过限额的百分比（而非百分点）扣分读，请核对",)
    return ()


def _quota_measure(lead: str) -> str:
    """What is kept within a quota, as the words before it name it (“单耗”, “吨产品能耗”), else “实际值”."""
    name = lead.strip(",;:.")
    return name if re.fullmatch(r"[\u4e00-\u9fffA-Za-z0-9]{1,12}", name) else "实际值"


#: “单耗每超定额1%扣1分,扣完为止”, “吨产品能耗每超出定额1%扣0.5分”: what is measured, each step of % over its quota costing
#: points (the quota kept costs nothing), the stop perhaps said
_OVER_QUOTA = lazy_compile(r"(?P<what>[\u4e00-\u9fffA-Za-z0-9]{1,12}?)每(?:超过|超出|超)定额(?P<step>\d+(?:\.\d+)?)(?:%|个百分点)扣"
                         r"(?P<per>\d+(?:\.\d+)?)分(?:,扣完为止)?")
#: “管理费用每超预算1%扣2分”, “销售费用超预算的,每超1%扣0.5分”: the budget named in the step or in the case before it,
#: full marks within it unsaid but plain (the whole text: what is measured, then the case and its step in %)
_OVER_BUDGET = lazy_compile(r"(?P<what>[\u4e00-\u9fff]{2,10}?)(?:每超(?:出|过|支)?预算|(?:超(?:出|过|支)?预算|超支)的?,每超(?:出|过|支)?)"
                          r"(?P<step>\d+(?:\.\d+)?)%扣(?P<per>\d+(?:\.\d+)?)分(?:,扣完为止)?;?")


def _over_limit(w: Wording) -> Proposed | None:
    """“单耗每超定额1%扣1分,扣完为止”, “管理费用每超预算1%扣2分”, “差旅费超预算的,每超1%扣1分”: an amount (a consumption
    per unit of output, a fee) and its quota or budget, each step of % over it costing points — full marks within it, as
    上限控制 reads it (the excess in % of the limit). A rate's limit (“废品率每超定额1个百分点扣1分”, “费用率每超预算1%”) is
    to check (``_rate_doubt``)."""
    t = w.text.rstrip("。;")
    quota = _OVER_QUOTA.fullmatch(t)
    m = quota or _OVER_BUDGET.fullmatch(t)
    if not m:
        return None
    what, limit = m.group("what"), "定额" if quota else "预算"
    params = {"step": s(d(m.group("step"))), "deduct": s(d(m.group("per"))), "deduct_mode": "points",
              "actual_label": what if quota or what.startswith("实际") else f"实际{what}",
              "limit_label": "定额" if quota else f"预算{what}"}
    return Proposed([RULE.item(f"{what}与{limit}", w.weight, params)],
                    f"上限控制：超过{limit}每 {params['step']}% 扣 {params['deduct']} 分", _rate_doubt(what) or None)


#: a quantity of the formula below, named in words (figures allowed inside a name: “SO2排放量”)
_QTY = r"[^()=*/+\-;,:]{2,30}?"
#: “I=10-(实际排放量-年度控制目标排放量)×100/年度控制目标排放量”, “得分=10-(实际支出-预算数)/预算数×100×0.5”: the score
#: written as the 分值 less the excess of an amount over its limit, in % of the limit (times the points per 1%)
_EXCESS_WRITTEN = lazy_compile(r"(?:^|(?<=[;:.,]))(?P<lhs>[A-Za-z]{1,2}|[\u4e00-\u9fff]{0,8}?得分)=(?P<n>\d+(?:\.\d+)?)-"
                             r"(?:\((?P<a>" + _QTY + r")-(?P<b>" + _QTY + r")\)(?:\*100/(?P<b2>" + _QTY + r")|/(?P<b3>" + _QTY
                             + r")\*100)|\(\((?P<a2>" + _QTY + r")-(?P<b4>" + _QTY + r")\)/(?P<b5>" + _QTY + r")\*100\))"
                             r"(?:\*(?P<k>\d+(?:\.\d+)?))?;?$")
#: a line of the excess zeroing the row, in the words before such a formula: “超过年度控制目标10%的不得分”
_EXCESS_ZERO = lazy_compile(r"超(?:过|出)?[^,;\d]{0,16}?(?P<x>\d+(?:\.\d+)?)%(?:以上)?的?,?(?:不得分|得0分|不计分)")


def _excess_written(w: Wording) -> Proposed | None:
    """“…达到年度控制目标要求的,得10分;超年度控制目标要求的扣分;具体得分见计算公式,超过年度控制目标10%的不得分。I=10-(实际
    排放量-年度控制目标排放量)×100/年度控制目标排放量”: the 分值 less the excess of the actual amount over its limit in %
    of the limit (times the points each 1% costs), written as a formula, perhaps after words that say the same: full
    marks within the limit, a deduction per 1% over it. A line of the excess that zeroes the row, said before it, must
    be where the deductions run out. Never confidently: the words before the formula are set aside, to check."""
    t = w.text.rstrip(";。.")
    m = _EXCESS_WRITTEN.search(t)
    if not m or d(m.group("n")) != w.weight:
        return None
    actual, limit = (m.group("a") or m.group("a2")), (m.group("b") or m.group("b4"))
    if limit != (m.group("b2") or m.group("b3") or m.group("b5")):
        return None  # the excess in % of another quantity than its limit
    per = d(m.group("k") or "1")
    lead = t[:m.start()].strip(";,.:")
    doubts = [f"“{m.group(0).rstrip(';')}”：按{actual}超过{limit}的百分比，每超 1% 扣 {s(per)} 分读"]
    if lead:
        zero = _EXCESS_ZERO.search(lead)
        if zero and d(zero.group("x")) * per != w.weight:
            return None  # a line zeroing the row before the deductions run out: another rule than the formula's
        doubts.append(f"“{lead}”：作为计算公式的说明，未另计分")
    params = {"step": "1", "deduct": s(per), "deduct_mode": "points", "actual_label": actual, "limit_label": limit}
    return Proposed([RULE.item(f"{actual}与{limit}", w.weight, params)],
                    f"上限控制：{actual}超过{limit}每 1% 扣 {s(per)} 分", tuple(doubts))


#: the limit kept, as the words before its full marks say it (read by the proposer's coverage)
KEPT = (r"(?:小于|不超过|不超|低于|未超过|不高于|未超出|控制在)[^,;]{0,6}(?:合同|预算|概算|计划|批复|控制|限|定额)[^,;]{0,6}?"
        r"(?=的?,?(?:记|计|得)(?:满分|\d+(?:\.\d+)?分))")


def describe(params: Params, item_max: Decimal) -> Phrase:
    return said(msg(T("%1未超过%2得满分，每超 %3% %4"), params.get("actual_label") or msg(T("实际金额")),
                    params.get("limit_label") or msg(T("上限")), params.get("step", "1"), deduct_words(params, item_max)))


RULE = RuleType(
    type="upper_bound",
    name=T("上限控制"),
    params=(
        Param("step", T("每超过（%）"), "number", default="1"),
        Param("deduct", T("扣"), "number", default="0.5", required=True),
        Param("deduct_mode", T("扣分方式"), "select", default="points", choices=DEDUCT_MODES),
        Param("actual_label", T("实际值名称"), "text"),
        Param("limit_label", T("上限名称"), "text"),
        Param("unit", T("单位"), "text"),
    ),
    inputs=(Input("actual", T("实际金额"), "number", label_param="actual_label", unit_param="unit"),
            Input("limit", T("上限"), "number", label_param="limit_label", unit_param="unit")),
    check=check,
    score=score,
    binds=frozenset({"amounts"}),
    from_figure=from_figure,
    proposals=(Recogniser(300, _within_limit), Recogniser(2190, _excess_written), Recogniser(7800, _over_limit)),
    describe=describe,
)
