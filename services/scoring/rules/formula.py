"""公式计分: a safe arithmetic formula over declared variables (and ``max``, the item's 分值)."""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import replace
from decimal import Decimal
from functools import cache
from itertools import pairwise
from typing import Any, NamedTuple

from models.messages import joined as listed, message_of, said as refusal
from services.core.numbers import RuleInputError, fmt, to_decimal
from services.core.patterns import lazy_compile
from services.scoring import formula as expressions
from services.scoring.rules import (
    all_or_nothing as all_or_nothing_rule,
    completion as completion_rule,
    deduction as deduction_rule,
    delay as delay_rule,
    rate as rate_rule,
    threshold as threshold_rule,
    tiers as tiers_rule,
)
from services.scoring.rules.base import (
    Column,
    Input,
    Inputs,
    ItemResult,
    Note,
    Param,
    Params,
    Phrase,
    Proposed,
    Recogniser,
    RuleType,
    T,
    Wording,
    clamp,
    deduct_points,
    joined,
    msg,
    said,
)
from services.scoring.rules.rate import PER_PERCENT, RATE_NAME, SHARE_OFF
from services.scoring.rules.wording import (
    BASE_WORD,
    BID,
    BIDDER,
    CASES_WINDOW,
    CIRCLED,
    DEDUCTED_AT_MOST,
    EVIDENCE_NOTE,
    FREE_THEN_EACH,
    LET_PASS,
    LEVEL_ONE,
    LEVELS_LISTED,
    MANNER,
    NOT_A_CAP_BEFORE,
    ONE_EVENT_COUNT,
    ORDINAL,
    ORDINAL_AT,
    PERIOD_REQUIRED,
    PROOF_ASIDE_CLOSING,
    RATIO_METHOD,
    SCORE_BASE,
    SCORE_WRITTEN,
    STAFF_ASKED,
    STOP_AT_ZERO,
    WORDS_OF_RECORD,
    ZEROED,
    assessed_clauses,
    basis_lead,
    cases_required,
    cn_integer,
    counted_proof_note,
    d,
    free_said,
    free_unit,
    held_each,
    lets_pass_each,
    line_in_name,
    met_count_ladder,
    met_count_listed_doubt,
    rates_each_step,
    s as number,
    scores_nothing,
    sentences_outside_brackets,
    what_is_assessed,
)


def check(params: Params, item_max: Decimal) -> list[str]:
    expr = params.get("expression")
    if not isinstance(expr, str) or not expr.strip():
        return [refusal("缺少公式 expression")]
    try:
        used = expressions.names(expr)
    except expressions.FormulaError as exc:
        return [message_of(exc)]
    declared = {v.get("name") for v in params.get("variables", []) if isinstance(v, Mapping)}
    unknown = used - declared - {"max"}
    return [refusal("公式使用了未声明的变量：{names}", names=listed(sorted(unknown), "、"))] if unknown else []


def score(params: Params, inputs: Inputs, item_max: Decimal) -> ItemResult:
    given = inputs.get("vars") or {}
    variables = params.get("variables", [])
    if not given or all(given.get(v["name"]) in (None, "") for v in variables):
        return ItemResult(None, msg(T("尚未填写")))
    values: dict[str, Decimal] = {"max": item_max}
    parts = []
    for v in variables:
        label = v.get("label") or v["name"]
        d = to_decimal(given.get(v["name"]), label, allow_negative=True)
        values[v["name"]] = d
        parts.append(msg(T("%1 %2%3"), label, fmt(d), v.get("unit", "")))
    raw = expressions.evaluate(params["expression"], values)
    return clamp(raw, item_max, joined(parts, T("；")) + said(msg(T("，得分 = %1 = %2"), params["expression"], fmt(raw))))


def notes(params: Params, item_max: Decimal) -> list[Note]:
    return [Note((msg(T("公式：")), msg("%1", params.get("expression", ""))))]


# ── wordings ────────────────────────────────────────────────────────────────
_N = r"\d+(?:\.\d+)?"
#: the words of a cap before its points, the one spelling of every cap on points earned (_EARN_CAP, _TOTAL_CAP, a named
#: base's top, a line's steps up): “最多”, “本项最高限分”, “累计不超过”, “总计”, “最高上限”, “其加分上限为”
_CAP_SAID = r"(?:本项|此项|该项|本小项|此小项|该小项|其)?(?:累计)?(?:加分|得分|分数)?(?:最高上限|最多|最高|上限|累计|总分值|总分|合计|总计)(?:加分|得分|限分|分数|分)?(?:为|可?得|计|可?加)?(?:不得超过|不超过)?"
#: the 分值 said as the cap of what is earned: “满分15分”, “本项评分满分15分”
_FULL_CAP = r"(?:本项|此项|该项)?(?:评分)?满分(?:为)?"
#: the cap of the 分值 said without its figure: “,最多得满分”, “,最高得满分”
CAP_AT_FULL = r"(?:累计)?(?:最多|最高)(?:得|计|加)(?:至|到)?满分(?:为止)?"
#: “得分=70×实际达标率-63”: a straight line of a rate (the rate a fraction: 70 × 100% − 63 = 7)
_LINEAR = lazy_compile(r"得分=(?P<a>" + _N + r")\*(?P<what>[^*+\-/=,;()\d]{1,12}?率)(?P<op>[-+])(?P<b>" + _N + r")(?![\d.*/])")
#: “得分=(1-预算调整率)×分值”: the share left after a rate
_ONE_LESS = lazy_compile(r"得分=\(1-(?P<what>[^*+\-/=,;()\d]{1,12}?率)\)\*" + SCORE_BASE)

#: “实际完成情况与计划每相差3%,扣1分”: a deduction for each step off the plan, on either side of it
_EITHER_SIDE = lazy_compile(r"(?P<what>实际完成(?:情况|数|量|值)?|完成(?:情况|数|量|值))与(?P<ref>计划|目标|预算)(?:数|值|任务)?每?(?:相差|偏差|偏离|差)"
                          r"(?P<n>" + _N + r")(?:%|个百分点),?扣(?P<m>" + _N + r")分")

#: the text says which side of the plan is deducted (“在计划时间内完成的,得满分,超过计划时间的…”): not either side
_ONE_SIDE = lazy_compile(r"(?:超过|超出|高于|低于|不足|未达到|未完成)[^,;]{0,10}的,|(?:以内|之内|内)完成的?,?(?:得|计)满分")


def _rate_variable(rate: str) -> list[dict[str, str]]:
    return [{"name": "r", "label": f"{rate}（按小数录入，如 95% 录 0.95）", "unit": ""}]


#: “采购成本每降低1%加1分,最高加5分”, “物流成本较上年每降低1个百分点得1分,最高4分”: points for each point of a cost (a
#: price, a rate) brought down, capped at the 分值
_EACH_POINT_SAVED = lazy_compile(r"^(?P<what>[\u4e00-\u9fff]{2,12}?)(?P<base>较上年|较去年|比上年|同比|较预算)?(?:每|,每)"
                               r"(?P<verb>降低|下降|减少|节约|节省|压降)1(?P<u>%|个百分点)(?:的)?,?(?:加|得|计)(?P<pts>\d+(?:\.\d+)?)分"
                               r"[,;](?:最高|最多|累计最高|累计最多|加满|最高不超过|最多不超过)(?:加|得|计)?(?P<cap>\d+(?:\.\d+)?)分"
                               r"(?:为止|封顶)?[;。]?$")


def _each_point_saved(w: Wording) -> Proposed | None:
    """Points for each 1% (or point) a cost comes down, at most the 分值: ``k * c`` over the fall ``c`` in %, the engine
    keeping it within 0～分值. Never confidently: which figure the fall is taken of (of the cost, or its rate in
    个百分点), and whether a part of 1% earns its share, are the reading's."""
    if CHANGE_EACH_STEP.match(w.text):
        return None  # a change from last year's figure, its steps each earning points (_change_each_step)
    m = _EACH_POINT_SAVED.match(w.text)
    if not m or d(m.group("cap")) != w.weight or not 0 < d(m.group("pts")) <= w.weight:
        return None
    what, unit = m.group("what"), "个百分点" if m.group("u") == "个百分点" else "%"
    verb = m.group("verb")
    variable = {"name": "c", "label": f"{what}{m.group('base') or ''}{verb}（{unit}）", "unit": unit}
    return Proposed([RULE.item(w.name or what, w.weight, {"expression": f"{number(d(m.group('pts')))} * c",
                                                         "variables": [variable]})],
                    f"公式计分：{what}每{verb} 1{unit} 得 {m.group('pts')} 分，最多 {m.group('cap')} 分",
                    (f"“{m.group(0).rstrip(';。')}”：按{what}{verb}的{unit}数 × {m.group('pts')} 分读（不足1{unit}的按比例计，"
                     f"未{verb}的得0分），请核对",))


#: “…下达≤15日得满分0.5分,>30日为0分,15-30日按比例减分”: the 分值 up to one line of time (or a figure), nothing past a
#: second, and in proportion between them
_BETWEEN_LINES = lazy_compile(r"^(?P<what>[^;]*?)(?:≤|不超过|在)(?P<a>\d+(?:\.\d+)?)(?P<u>个工作日|工作日|日|天|个月|月|小时|%)"
                            r"(?:以内|之内|内)?(?:的)?,?(?:得|计)(?:满分(?:(?P<full>\d+(?:\.\d+)?)分)?|(?P<pts>\d+(?:\.\d+)?)分)[,;]"
                            r"(?:>|超过)(?P<b>\d+(?:\.\d+)?)(?P=u)(?:以上)?(?:的|者)?,?(?:为|得|计)?(?:0分|零分|不得分)[,;]"
                            r"(?P=a)(?:-|~|至)(?P=b)(?P=u)(?:之间)?(?:的|者)?,?按比例(?:减分|扣分|得分|计分)[;,]?$")


def _between_lines(w: Wording) -> Proposed | None:
    """The 分值 up to a line, nothing past a second, in proportion between them: ``max * (b - d) / (b - a)`` over the
    figure ``d`` (the engine keeps the score within 0～分值). To check: “按比例” is read as a straight line."""
    m = _BETWEEN_LINES.match(w.text)
    if not m:
        return None
    stated = m.group("pts") or m.group("full")
    a, b = d(m.group("a")), d(m.group("b"))
    if (stated and d(stated) != w.weight) or not 0 <= a < b:
        return None
    unit = m.group("u")
    what = re.sub(r"^.*[,:]", "", m.group("what")) or m.group("what")  # the words of the last clause before the line
    expr = f"max * ({number(b)} - d) / {number(b - a)}"
    variable = {"name": "d", "label": f"{what}（{unit}）" if what else unit, "unit": unit}
    return Proposed([RULE.item(w.name or what, w.weight, {"expression": expr, "variables": [variable]})],
                    f"公式计分：≤{number(a)}{unit} 得满分，>{number(b)}{unit} 不得分，其间按比例",
                    (f"“{number(a)}-{number(b)}{unit}按比例”：按 {number(a)}{unit} 得满分、{number(b)}{unit} 得 0 分之间的直线读",))


#: the words of the straight line between two lines (“其余按线性内插赋分”, “其间按线性插值计分”; the two lines may be
#: named again: “介于75-100%之间按线性内插赋分”)
INTERPOLATION = r"(?:其余|其他|其间|介于两者之间的?|两者之间的?|(?:介于|在)?\d+(?:\.\d+)?%?[-~至]\d+(?:\.\d+)?%之间的?|之间的?)?,?按(?:线性)?(?:内插|插值|线性插值|线性内插)法?(?:赋分|计分|得分|计算|评分)"
#: a line said at or above (“为”, “≥”, “达到”), or at or below (“≤”, “低于”), its figure
_HIGH_WORDS = r"为|≥|达到|不低于|大于或等于|大于等于"
_LOW_WORDS = r"≤|小于或等于|小于等于|低于|<|不足|不超过|不高于"
_HIGH, _LOW = f"(?:{_HIGH_WORDS})", f"(?:{_LOW_WORDS})"
#: “保障率为100%的得100%分,保障率小于或等于90%的得0分,其余按线性内插赋分”: the 分值 at one line, nothing at a second,
#: a straight line between them (内插、插值); the lines in either order (the line of nothing may also be said above it:
#: “>”, “高于”, “超过”)
_INTERPOLATED = lazy_compile(r"^(?P<what>[^;,]*?)(?P<op_a>" + _HIGH_WORDS + "|" + _LOW_WORDS + r")(?P<a>\d+(?:\.\d+)?)%"
                          r"(?:及以上|以上|及以下|以下)?(?:的|者)?,?(?:得|计)(?:满分|100%分|(?P<pts>\d+(?:\.\d+)?)分)[,;]"
                          r"(?P<what_b>[^;,]*?)(?P<op_b>" + _HIGH_WORDS + r"|>|高于|超过|" + _LOW_WORDS + r")(?P<b>\d+(?:\.\d+)?)%"
                          r"(?:及以上|以上|及以下|以下)?(?:的|者)?,?(?:得|计|为)?(?:0分|零分|不得分)[,;]"
                          + INTERPOLATION + r"[;,]?$")


#: the straight line ``_interpolated`` proposes: it scores 0 at its second line (the text's “≤75%的得0分”)
INTERPOLATED_LINE = lazy_compile(r"max \* \((?:r - [\d.]+|[\d.]+ - r)\) / \([\d.]+ - [\d.]+\)")
#: the two lines named again before the straight line (“介于75-100%之间按…”)
_LINES_NAMED = lazy_compile(r"(\d+(?:\.\d+)?)%?[-~至](\d+(?:\.\d+)?)%之间的?,?按")


def _interpolated(w: Wording) -> Proposed | None:
    """The 分值 at one line, nothing at a second, a straight line between them (“…为100%的得100%分,…小于或等于90%的得0分,
    其余按线性内插赋分”): ``max * (r - 90) / (100 - 90)`` over the figure ``r`` (the engine keeps the score within 0～分值). The
    full line above the zero line when higher is better (为、≥、达到 … then ≤、低于 …), below it when lower is."""
    m = _INTERPOLATED.match(w.text)
    if not m or (m.group("pts") and d(m.group("pts")) != w.weight):
        return None
    a, b = d(m.group("a")), d(m.group("b"))
    high = re.fullmatch(_HIGH, m.group("op_a")) is not None
    low_zero = re.fullmatch(_LOW, m.group("op_b")) is not None
    if a == b or high != low_zero or high != (a > b) or not m.group("what").endswith(m.group("what_b")):
        return None
    between = _LINES_NAMED.search(m.group(0))
    if between and sorted((d(between.group(1)), d(between.group(2)))) != sorted((a, b)):
        return None  # the lines named again are other lines
    what = re.sub(r"^.*[,:]", "", m.group("what")) or "指标值"
    expr = f"max * (r - {number(b)}) / ({number(a)} - {number(b)})" if a > b else f"max * ({number(b)} - r) / ({number(b)} - {number(a)})"
    variable = {"name": "r", "label": f"{what}（%）", "unit": "%"}
    return Proposed([RULE.item(w.name or what, w.weight, {"expression": expr, "variables": [variable]})],
                    f"公式计分：{number(a)}% 得满分，{number(b)}% 不得分，其间按直线内插",
                    (f"“{what}”：按百分数录入（{number(a)}% 录入 {number(a)}），两线之间按直线内插，请核对",))


#: a KPI's three levels (“挑战值100%,目标值90%,底线值80%”, “达到挑战值(100%)得满分”): each level's figure, said once
_LEVEL_FIGURE = lazy_compile(r"(?P<name>挑战值|目标值|底线值)(?:为|:|\()?(?P<x>\d+(?:\.\d+)?)%\)?")
#: what reaching a level scores: “达到挑战值得满分”, “达到目标值得80%”, “达到目标值(90%)得分值的80%”, “…得8分”
_LEVEL_SCORE = lazy_compile(r"(?:达到|≥)(?P<name>挑战值|目标值|底线值)(?:\(\d+(?:\.\d+)?%\)|\d+(?:\.\d+)?%)?(?:的|时)?,?(?:得|计|为)"
                          r"(?:(?P<full>满分|100%)|(?:分值|权重分)的(?P<share>\d+(?:\.\d+)?)%|(?P<pct>\d+(?:\.\d+)?)%|(?P<pts>\d+(?:\.\d+)?)分)")
#: nothing below the floor: “低于底线值得0分”, “低于底线值(80%)不得分”
_LEVEL_NONE = lazy_compile(r"(?:低于|未达到|<|小于)底线值(?:\(\d+(?:\.\d+)?%\)|\d+(?:\.\d+)?%)?(?:的|时)?,?(?:得0分|不得分|得零分|计0分)")
#: a straight line between the levels: “之间线性插值”, “其间按线性插值计分”
_LEVELS_BETWEEN = lazy_compile(r"(?:之间|其间|中间)(?:按)?(?:线性)?(?:插值|内插)法?(?:计分|计算|得分|赋分)?")


def _three_levels(w: Wording) -> Proposed | None:
    """“挑战值100%,目标值90%,底线值80%;达到挑战值得满分,达到目标值得80%,低于底线值得0分,之间线性插值” (KPI sheets): the
    分值 at the 挑战值, a share of it at the 目标值, nothing at the 底线值 and below, straight lines between, read as the lower
    of the two lines (the line through the floor rising faster: else the words mean another shape). Never sure: the score
    at the floor itself and whether the figure is entered in % are the evaluator's to confirm."""
    t = w.text
    if not _LEVELS_BETWEEN.search(t) or not _LEVEL_NONE.search(t):
        return None
    figures: dict[str, Decimal] = {}
    for m in _LEVEL_FIGURE.finditer(t):
        if figures.setdefault(m.group("name"), d(m.group("x"))) != d(m.group("x")):
            return None  # a level given two figures
    scores: dict[str, Decimal] = {}
    said: dict[str, str] = {}  # the score at a level as the text writes it, in the formula
    for m in _LEVEL_SCORE.finditer(t):
        if m.group("full"):
            share, written = Decimal(1), "max"
        elif m.group("pts"):
            share, written = (d(m.group("pts")) / w.weight if w.weight else Decimal(-1)), number(d(m.group("pts")))
        else:
            pct = d(m.group("share") or m.group("pct"))
            share, written = pct / 100, f"(max * {number(pct)} / 100)"
        if scores.setdefault(m.group("name"), share) != share:
            return None
        said[m.group("name")] = written
    if set(figures) != {"挑战值", "目标值", "底线值"} or set(scores) != {"挑战值", "目标值"}:
        return None  # (a score at the floor itself, “达到底线值得60%”, is a cliff below it: no straight line reads it)
    top, mid, low = figures["挑战值"], figures["目标值"], figures["底线值"]
    share = scores["目标值"]
    if scores["挑战值"] != 1 or not top > mid > low or not 0 < share < 1:
        return None
    if share / (mid - low) < (1 - share) / (top - mid):
        return None  # the line above the target steeper than the one below it: not the lower of the two
    at = said["目标值"]
    expr = (f"min({at} * (r - {number(low)}) / ({number(mid)} - {number(low)}), "
            f"{at} + (max - {at}) * (r - {number(mid)}) / ({number(top)} - {number(mid)}))")
    what = re.sub(r"^.*[,:;]", "", t[:_LEVEL_FIGURE.search(t).start()]) if _LEVEL_FIGURE.search(t) else ""  # type: ignore[union-attr]
    what = re.sub(r"(?:达到|≥)$", "", what) or "完成值"
    variable = {"name": "r", "label": f"{what}（%）", "unit": "%"}
    return Proposed([RULE.item(w.name or what, w.weight, {"expression": expr, "variables": [variable]})],
                    f"公式计分：挑战值 {number(top)}% 得满分，目标值 {number(mid)}% 得 {number(share * 100)}%，"
                    f"底线值 {number(low)}% 及以下不得分，其间按直线内插",
                    (f"“{what}”：按挑战值得满分、目标值得分值的 {number(share * 100)}%、底线值得 0 分，其间按直线内插读"
                     f"（按百分数录入，{number(top)}% 录入 {number(top)}），请核对",))


def _linear(w: Wording) -> Proposed | None:
    """A formula of one rate, never sure: whether the rate is a fraction or a percentage is the evaluator's to confirm."""
    m = _LINEAR.search(w.text)
    if m:
        expr = f"{m.group('a')} * r {m.group('op')} {m.group('b')}"
        return Proposed([RULE.item(w.name or m.group("what"), w.weight, {"expression": expr,
                                                                      "variables": _rate_variable(m.group("what"))})],
                        f"公式计分：得分 = {expr}（r 为{m.group('what')}，按小数录入，请核对），结果限于 0～分值")
    m = _ONE_LESS.search(w.text)
    if m:
        return Proposed([RULE.item(w.name or m.group("what"), w.weight, {"expression": "(1 - r) * max",
                                                                      "variables": _rate_variable(m.group("what"))})],
                        f"公式计分：得分 = (1 − r) × 分值（r 为{m.group('what')}，按小数录入，请核对）")
    m = _EITHER_SIDE.search(w.text)
    if m and not _ONE_SIDE.search(w.text):
        n, per = number(d(m.group("n"))), number(d(m.group("m")))
        expr = f"max - abs(p - 100) / {n} * {per}"
        label = f"{m.group('what')}占{m.group('ref')}的百分比"
        return Proposed([RULE.item(w.name or label, w.weight, {"expression": expr,
                                                             "variables": [{"name": "p", "label": label, "unit": "%"}]})],
                        f"公式计分：与{m.group('ref')}每相差 {n}%（高于或低于）扣 {per} 分，得分 = 分值 − |p − 100| ÷ {n} × {per}",
                        (f"“{m.group(0)}”：按高于、低于{m.group('ref')}都扣分读，请核对",))
    return None


#: the names a proposed formula gives its variables, in the order the text names what they count
_NAMES = "abcdefghijklmnopqrstuvwxyz"


# ── proposal: points at a line, more above it and fewer below it, per step ──────────────────────────────────
_PCT = r"(?:个百分点|%)"
#: “以50%为基准得3分”, “以50%基准分3分为标准”, “达到10%得3分”, “完成得基本分10分”, “完成县下达任务的,得25分”, “完成…任务的
#: 得分5分” (the line 100% of the task), “(以前三年单产为基数,)持平得5分” (the line 100% of the base): the points at the line
_BASE_AT_LINE = lazy_compile(r"(?:以(?P<l1>" + _N + r")%(?:为)?(?:基准|标准)(?:分|线)?,?(?:得|计|为)?(?P<b1>" + _N + r")分(?:为(?:标准|基准))?|"
                           r"(?:达到|完成|(?<=率))(?P<l2>" + _N + r")%(?:的)?,?(?:得|计)(?:基本分|基础分|基准分)?(?P<b2>" + _N + r")分|"
                           r"完成(?:任务|目标|计划)?(?:的)?,?(?:得|计)(?:基本分|基础分|基准分)(?P<b3>" + _N + r")分|"
                           r"(?:完成[^,;\d%]{0,16}?(?:任务|目标|计划)|持平)(?:的)?,?(?:得|计)分?(?P<b4>" + _N + r")分)[,;]")
_UP_WORDS = r"(?:每(?:提高|增加|增长|上升|高|多)|多完成|超(?:额)?完成)"
_DOWN_WORDS = r"(?:每(?:降低|减少|下降|低|少)|少完成)"
#: “每提高(减少)10个百分点增减1分”, “每增加(降低)1个百分点加(减)0.5分”, “每增减1%,加减1分”, “每增(减)0.25%,加(减)1.0分”:
#: one step either way
_EITHER_WAY_STEP = lazy_compile(r"(?:" + _UP_WORDS + r"\((?:每)?(?:降低|减少|下降|低|少)\)|每(?:增减|升降)|每(?:增|升)\((?:减|降)\))(?P<s>" + _N
                              + r")" + _PCT
                              + r",?(?:增减|加减|加\((?:减|扣)\))(?P<x>" + _N + r")分")
#: “最高加至30分”: the most the score reaches
_RAISED_TO = lazy_compile(r"(?:最高|最多)加至(?P<top>" + _N + r")分")
_UP_STEP = lazy_compile(_UP_WORDS + r"(?P<s>" + _N + r")" + _PCT + r"(?:的)?,?(?:加|增加|得|计)(?P<x>" + _N + r")分")
_DOWN_STEP = lazy_compile(_DOWN_WORDS + r"(?P<s>" + _N + r")" + _PCT + r"(?:的)?,?(?:扣|减|减少)(?:除)?(?P<x>" + _N + r")分")


def _base_either_way(w: Wording) -> Proposed | None:
    """“以50%为基准得3分,每提高(减少)10个百分点增减1分”, “完成得基本分10分,多完成1%加1分,少完成1%扣1分”: points at a
    line on a percentage, short of the 分值, and points added for each step above it and taken off for each step below:
    ``3 + 1 * max(0, r - 50) / 10 - 1 * max(0, 50 - r) / 10`` over the percentage, kept within 0～分值. Never
    confidently: the percentage is entered in %, and a part of a step counts in proportion."""
    t = w.text
    base = _BASE_AT_LINE.search(t)
    if base is None:
        return None
    after = t[base.end():]
    either = _EITHER_WAY_STEP.search(after)
    if either:
        su = sd = d(either.group("s"))
        xu = xd = d(either.group("x"))
        steps = [either.group(0)]
    else:
        up, down = _UP_STEP.search(after), _DOWN_STEP.search(after)
        if up is None or down is None:
            return None
        su, xu, sd, xd = d(up.group("s")), d(up.group("x")), d(down.group("s")), d(down.group("x"))
        steps = [up.group(0), down.group(0)]
    line = d(base.group("l1") or base.group("l2") or "100")
    points = d(base.group("b1") or base.group("b2") or base.group("b3") or base.group("b4"))
    if not 0 < points < w.weight or min(su, sd, xu, xd) <= 0 or not 0 < line <= 1000:
        return None
    top = _RAISED_TO.search(after)
    if top and d(top.group("top")) != w.weight:
        return None  # “最高加至28分” on 30: a cap short of the 分值, which the formula does not hold
    # what is measured: the words before the line (“…占…的比重,以50%为基准”), or the task done (“完成得基本分10分”)
    what = "" if base.group("b3") or base.group("b4") else re.sub(r"^.*[，,:;]", "", _case_words(t[:base.start()]))
    what = what or w.name or "完成率"
    up_part = f"{number(xu)} * max(0, r - {number(line)}) / {number(su)}"
    down_part = f"{number(xd)} * max(0, {number(line)} - r) / {number(sd)}"
    expression = f"{number(points)} + {up_part} - {down_part}"
    variable = {"name": "r", "label": f"{what}（%）", "unit": "%"}
    summary = (f"公式计分：{what} {number(line)}% 得 {number(points)} 分，每高 {number(su)} 个百分点加 {number(xu)} 分，"
               f"每低 {number(sd)} 个百分点扣 {number(xd)} 分，得分限于 0～分值")
    doubts = (f"“{base.group(0).rstrip(',;')}”“{'”“'.join(steps)}”：{what}按百分数录入，不足一档的部分按比例计",)
    return Proposed([RULE.item(w.name or what, w.weight, {"expression": expression, "variables": [variable]})], summary, doubts)


# ── proposal: points at last year's level, a step of growth either way of it ─────────────────────────────
#: “园区工业固定资产投资达到上年水平得2分,”, “与上年持平的得2分,”: what is measured, and the points at last year's level
_LAST_YEAR_BASE = lazy_compile(r"(?P<what>[^,;:]{0,30}?)(?:达到|持平于|等于|与)(?P<ref>(?:上年|去年|上一年|上年度|上一年度)(?:同期)?(?:水平)?)"
                             r"(?:持平)?(?:的)?,?(?:得|计|给)(?P<base>" + _N + r")分[,;]")
#: “4分封顶”, “最高4分”: the most the score reaches
_LEVEL_TOP = lazy_compile(r"(?P<top>" + _N + r")分封顶|" + _CAP_SAID + r"(?P<top2>" + _N + r")分")


def _last_year_either_way(w: Wording) -> Proposed | None:
    """“园区工业固定资产投资达到上年水平得2分,每增长(减少)2个百分点加(减)0.1分,4分封顶”: points at last year's level and a
    step of growth either way of it, over the growth on last year in percentage points (a fall negative):
    ``2 + 0.1 * g / 2``, kept within 0～分值. Never confidently: whether the growth is a rate's points or a share, and a
    part of a step counting in proportion, are the reading's."""
    t = w.text
    base = _LAST_YEAR_BASE.search(t)
    if base is None:
        return None
    after = t[base.end():]
    either = _EITHER_WAY_STEP.match(after)
    if either is None:
        return None
    step, x, points = d(either.group("s")), d(either.group("x")), d(base.group("base"))
    rest = after[either.end():]
    top = _LEVEL_TOP.search(rest)
    if step <= 0 or x <= 0 or not 0 < points < w.weight or (top and d(top.group("top") or top.group("top2")) != w.weight):
        return None
    if re.sub(r"^[,;.]?(?:" + _LEVEL_TOP.pattern + r")?[,;.]?", "", rest):
        return None  # more said after the step: another reading's
    ref = base.group("ref")
    what = re.sub(r"^.*[，,:;]", "", _case_words(base.group("what"))) or w.name or "指标"
    variable = {"name": "g", "label": f"{what}较{ref}增长（减少为负）", "unit": "个百分点"}
    expression = f"{number(points)} + {number(x)} * g / {number(step)}"
    summary = (f"公式计分：{what}达到{ref}得 {number(points)} 分，每增长 {number(step)} 个百分点加 {number(x)} 分，"
               f"每减少 {number(step)} 个百分点扣 {number(x)} 分，得分限于 0～分值")
    doubts = [f"“{base.group(0).rstrip(',;')}”“{either.group(0)}”：按较{ref}增长的百分点录入，减少的录负数，不足一档的部分按比例计"]
    if top is None:
        doubts.append(f"未说明最多得分：超过 {number(w.weight)} 分的按分值计")
    return Proposed([RULE.item(w.name or what, w.weight, {"expression": expression, "variables": [variable]})], summary,
                    tuple(doubts))


# ── proposal: points at a named value (not a figure), a step either way of it ──────────────────────────────
#: “以历史最佳水平为基数,达到历史最佳水平给6分”, “标准价格对应分数为20分”: the named value and the points at it
_NAMED_BASE = lazy_compile(r"(?:以(?P<ref0>[\u4e00-\u9fff]{2,12}?)为(?:基数|基准|标准)[,;])?(?:达到|等于|持平于?)?(?P<ref>[\u4e00-\u9fff]{2,12}?)"
                         r"(?:的)?,?(?:对应(?:的)?分数为|对应|得|给|计)(?P<base>" + _N + r")分[,;]")
_NAMED_UP = r"提高|高于|超过|高出|增加|上升"
_NAMED_DOWN = r"降低|低于|减少|下降|少于"
#: “每早于规定时限1天…加1分;每迟于规定时限1天…扣1分”: a step of days either side of a named time (early the way up)
_NAMED_EARLY = r"早于|提前于?|先于"
_NAMED_LATE = r"迟于|晚于|超过|超出|推迟于?|延迟于?|滞后于?"
_NAMED_DAYS = r"个工作日|工作日|天|日"
#: “10分为上限”, “最高10分”: the most the score reaches
_NAMED_TOP = lazy_compile(r"(?P<top>" + _N + r")分为上限|" + _CAP_SAID + r"(?P<top2>" + _N + r")分")


@cache
def _spelled(words: str) -> tuple[str, ...]:
    """Every way ``words`` (``_NAMED_UP`` and the like: words joined by “|”, a closing “于?” optional) is written."""
    return tuple(w for word in words.split("|") for w in ((word[:-2], word[:-1]) if word.endswith("于?") else (word,)))


def _named_step(t: str, ref: str, words: str, unit: str = "%") -> re.Match[str] | None:
    """“比历史最佳水平提高1%则在6分基础上加1分”, “每低于标准价格1%,标准分加2分”, “每超过历史最佳水平的1%,则在20分的基础上
    加1分”, “每早于规定时限1天,则…加1分” (``unit`` the days): a step of the named value one way, and the points it adds or
    takes."""
    if f"比{ref}" not in t and not any(f"每{said}{ref}" in t for said in _spelled(words)):
        return None  # (the words before the named value are not there: no pattern built for it)
    r = re.escape(ref)
    return re.search(rf"(?:比{r}每?(?:{words})|每(?:{words}){r}的?)(?P<s>{_N})(?:{unit}),?(?:则)?,?"
                     rf"(?:在{_N}分的?基础上|标准分|基准分|基础分)?(?P<op>加|扣|减)(?P<x>{_N})分", t)


def _named_base_either_way(w: Wording) -> Proposed | None:
    """“以历史最佳水平为基数,达到历史最佳水平给6分;比历史最佳水平提高1%则在6分基础上加1分,10分为上限;每低于历史最佳水平1%则
    扣1分,扣完为止”, “标准价格对应分数为20分;每高于标准价格1%,标准分扣2分,每低于标准价格1%,标准分加2分”: points at a named
    value, more (or fewer) for each step above it and the other way for each step below it. A rate named before (“…利用率”:
    ``6 + 1 * max(0, p - b) / 1 - 1 * max(0, b - p) / 1`` over the rate and the named value, in %, the step read in
    percentage points); anything else (a price) over how far above the named value it lies, in % of it, below it
    negative: ``20 - 2 * max(0, d) / 1 + 2 * max(0, -d) / 1``. The score is kept within 0～分值. Never confidently: how
    “1%” is meant is the reading's, and a part of a step counts in proportion."""
    t = w.text
    base = _NAMED_BASE.search(t)
    if base is None or (base.group("ref0") and base.group("ref0") != base.group("ref")):
        return None
    ref, points = base.group("ref"), d(base.group("base"))
    up, down = _named_step(t, ref, _NAMED_UP), _named_step(t, ref, _NAMED_DOWN)
    days = up is None and down is None
    if days:  # “每早于规定时限1天…加1分;每迟于规定时限1天…扣1分”: a step of days either side of a named time
        up, down = _named_step(t, ref, _NAMED_EARLY, _NAMED_DAYS), _named_step(t, ref, _NAMED_LATE, _NAMED_DAYS)
    if up is None or down is None or up.start() < base.end() or down.start() < base.end():
        return None
    su, xu, sd, xd = d(up.group("s")), d(up.group("x")), d(down.group("s")), d(down.group("x"))
    raised = up.group("op") == "加"
    top = _NAMED_TOP.search(t)
    if (raised == (down.group("op") == "加") or min(su, xu, sd, xd) <= 0 or not 0 < points < w.weight
            or (top and d(top.group("top") or top.group("top2")) != w.weight)):
        return None
    rate = re.search(r"(?P<what>[\u4e00-\u9fff]{0,12}率)[”\"]?:?[^;]*$", t[:base.start()])
    what = _case_words(rate.group("what")) if rate else ""
    gain, loss = ("up", "down") if raised else ("down", "up")
    if days:
        over, under = "max(0, d)", "max(0, -d)"
        variables = [{"name": "d", "label": f"早于{ref}的天数（迟于为负）", "unit": "天"}]
        how = f"按早于{ref}的天数录入，迟于的录负数"
    elif rate:
        over, under = "max(0, p - b)", "max(0, b - p)"
        variables = [{"name": "p", "label": f"{what}（%）", "unit": "%"}, {"name": "b", "label": f"{ref}（%）", "unit": "%"}]
        how = f"{what}与{ref}之差按百分点计"
    else:
        over, under = "max(0, d)", "max(0, -d)"
        variables = [{"name": "d", "label": f"高于{ref}的幅度（%，低于为负）", "unit": "%"}]
        how = f"按高于{ref}的百分比录入，低于的录负数"
    steps = {"up": (xu, over, su), "down": (xd, under, sd)}
    part = {k: f"{number(x)} * {gap} / {number(s)}" for k, (x, gap, s) in steps.items()}
    expression = f"{number(points)} + {part[gain]} - {part[loss]}"
    doubts = [f"“{up.group(0)}”“{down.group(0)}”：{how}，不足一档的部分按比例计"]
    if top is None:
        doubts.append(f"未说明最多得分：超过 {number(w.weight)} 分的按分值计")
    hi, lo, per = ("早", "迟", "天") if days else ("高", "低", "%")
    return Proposed([RULE.item(w.name or what or ref, w.weight, {"expression": expression, "variables": variables})],
                    f"公式计分：达到{ref}得 {number(points)} 分，每{hi} {number(su)}{per} {'加' if raised else '扣'} {number(xu)} 分，"
                    f"每{lo} {number(sd)}{per} {'扣' if raised else '加'} {number(xd)} 分，得分限于 0～分值", tuple(doubts))


# ── proposal: points per 1% done, the 分值 not a hundred of them ───────────
def _per_percent_off_scale(w: Wording) -> Proposed | None:
    """“每完成1%得0.2分” of 分值 10, “完成率每1%得0.05分” of 分值 10: each percent earns points, but a hundred of them are not
    the 分值 (rate._per_percent reads those that are): the points × the rate (in %), kept within 0～分值, never sure — at
    100% the text gives more than the 分值 (or less), and a cap below 100% is the reading's, not the text's."""
    t = w.text.rstrip(";.")
    m = PER_PERCENT.match(t)
    if not m or w.weight <= 0:
        return None
    n = d(m.group("n"))
    top = d(m.group("top")) if m.group("top") else None
    if n * 100 == w.weight and (top is None or top == w.weight):
        return None  # the rate × 分值 (rate._per_percent)
    named = m.group(1) or "完成率"  # (the rate named before 每, PER_PERCENT's first group)
    full = n * 100
    why = (f"完成率100%时得{number(full)}分，超过分值{number(w.weight)}分" + ("" if top is not None else "且未说明最多得分")
           if full > w.weight else f"完成率100%时只得{number(full)}分，不到分值{number(w.weight)}分")
    if top is not None and top != w.weight:
        why += f"；所说最高{number(top)}分与分值不同"
    return Proposed([RULE.item(w.name or "公式", w.weight, {"expression": f"{number(n)} * a",
                                                           "variables": [{"name": "a", "label": f"{named}（%）", "unit": "%"}]})],
                    f"公式计分：得分 = {number(n)} × {named}（%），得分限于 0～分值",
                    (f"“{m.group(0)}”：{why}，按每1%得{number(n)}分计、得分限于 0～分值读，请核对",))


# ── proposal: a formula written out in words ───────────────────────────────
#: “分管领导评价得分=A得分×30%+B得分×30%+C得分×40%”, “价格分=…”: what the formula gives, then the formula
#: (or the formula named as such first, “计算公式:A×25%+B×35%”, “计算公式:综合评分=…”)
#: (or after what it gives, “※德育测评得分的计算公式为:…”, a reference mark before it)
_WRITTEN_LHS = lazy_compile(r"^(?:(?:计算|计分|评分|得分)?公式为?:(?:[\u4e00-\u9fff]{0,16}?(?:得分|分值|得分值|分数|评分|计分|总分|基础分|基本分|成绩)=)?|"
                          r"※?[\u4e00-\u9fff]{0,16}?(?:得分|分数|总分|成绩)的?(?:计算|计分|评分)公式为?:|"
                          r"[\u4e00-\u9fff]{0,16}?(?:得分|分值|得分值|分数|评分|计分|总分|基础分|基本分|成绩|价格分|报价分)=)")
#: “最终成绩:上述分项得分累加×80%”: what the formula gives said before a colon (a name of a score, its formula after)
_WRITTEN_LHS_COLON = lazy_compile(r"^[\u4e00-\u9fff]{0,8}?(?:总成绩|最终成绩|总评成绩|总评分数|最终得分|总得分):")
#: “…×80%(90分封顶)”, “…,90分封顶”: the cap of the formula's score, closing it
_WRITTEN_CAP = lazy_compile(r"(?:\((?P<n>" + _N + r")分封顶\)|,(?P<n2>" + _N + r")分封顶)$")
#: a list mark in words before what the formula gives: “五、员工月日常考核分数=(100-所扣分数)*10%”
_WORD_ORDINAL = lazy_compile(r"^[一二三四五六七八九十]{1,3}、")
#: “按(自评分+抽查分)÷2计算”: the formula said as the way of scoring
_WRITTEN_BY = lazy_compile(r"^(?:按|以)(?P<body>.+?)(?:计分|计算|得分|评分|计算得分)$")
#: the pieces of a formula in words: a number (a percentage, points), a sign, a bracket, a quantity named in words
#: (square brackets round a part of the formula, “[1-(进料不合格批/总进料批数)]*40”; round a few words, a name's part)
#: (“1-|实际值-目标值|/目标值”: bars round an absolute value; “系统实现(代码)*60%”: a few words in round brackets closing a
#: name, a multiplication or division next, the name's aside)
_WRITTEN_TOKEN = lazy_compile(r"(?P<num>\d+(?:\.\d+)?)(?P<per>%|分(?![\u4e00-\u9fff]))?|(?P<op>[-+*/÷])|(?P<bar>\|)|"
                            r"(?P<open>[({]|\[(?![\u4e00-\u9fff]{1,8}\]))|(?P<close>[)}]|(?<![\u4e00-\u9fff])\])|"
                            r"(?P<name>(?:\[[\u4e00-\u9fff]{1,8}\])?[A-Za-z]{0,2}[\u4e00-\u9fff]+(?:\[[\u4e00-\u9fff]{1,8}\][\u4e00-\u9fff]*)*"
                            r"(?:\([\u4e00-\u9fff]{1,8}\)(?=[*/÷]))?)")
#: “8%×三个分项分数之和”: the sum of a count of things named in a term of the formula, its count a figure once normalised
#: (“3个分项分数之和”): one quantity, named in words again
_WRITTEN_SUM_OF = lazy_compile(r"(?<=[-+*/÷(])(?P<n>[2-9])(?=(?:个|项)[\u4e00-\u9fff]{1,12}?之和(?:[-+*/÷)]|$))")
#: a named quantity that is the item's 分值
_WRITTEN_MAX = lazy_compile(SCORE_BASE)
#: “/10个系]”, “/12个乡镇”: a count of things closing a term of the formula, the number alone
_WRITTEN_COUNT = lazy_compile(r"(?<=[-+*/÷(\[{])(?P<num>\d+(?:\.\d+)?)个[\u4e00-\u9fff]{1,4}(?=[-+*/÷)}\]]|$)")
#: “…×40=分”, “…×40=____分”: a form's blank for the score after the formula, nothing of the formula
_WRITTEN_BLANK = lazy_compile(r"=_*分$")
#: the points of the formula's quantities said in brackets closing it: “…(基础分为60分,德育奖励分满分为40分)”, each a
#: quantity's points (a constant) or the most it may give (满分为, 最高, 最多: the quantity kept within them)
_WRITTEN_VALUES = lazy_compile(r"\((?P<said>[^()]+)\)$")
_WRITTEN_VALUE = lazy_compile(r"^(?P<name>[\u4e00-\u9fff]{2,12}?)(?:(?P<cap>满分|最高|最多)为?|为)(?P<n>" + _N + r")分$")


def _written_values(t: str) -> tuple[str, dict[str, tuple[Decimal, bool]]]:
    """The formula without the brackets closing it that give its quantities' points (“(基础分为60分,奖励分满分为40分)”),
    and those points by quantity (whether each is a cap); (t, {}) when the brackets say anything else."""
    m = _WRITTEN_VALUES.search(t)
    if not m:
        return t, {}
    values: dict[str, tuple[Decimal, bool]] = {}
    for piece in re.split(r"[,、;]", m.group("said")):
        v = _WRITTEN_VALUE.match(piece)
        if v is None or v.group("name") in values:
            return t, {}
        values[v.group("name")] = (d(v.group("n")), v.group("cap") is not None)
    return t[:m.start()], values


def _valued(word: str, values: dict[str, tuple[Decimal, bool]], lead: str) -> str | None:
    """The quantity of ``values`` a formula's ``word`` names: the same words, or those words after what they are of, as
    the words ``lead`` the formula name it (“德育奖励分” for “奖励分” of “德育测评得分的计算公式为:”; never “附加分” for
    “加分”)."""
    return next((x for x in values if x == word or (
        len(word) >= 2 and x.endswith(word) and len(x) - len(word) >= 2 and x[:-len(word)] in lead)), None)


def _evaluates(expression: str, weight: Decimal, names: list[str]) -> bool:
    """Whether the formula gives a score for some values of its variables: all 1, or each its own (“(c - b)” of two
    lines is 0 when they are alike)."""
    for values in ([Decimal(1)] * len(names), [Decimal(k + 2) for k in range(len(names))]):
        try:
            expressions.evaluate(expression, {"max": weight, **dict(zip(names, values))})
        except (expressions.FormulaError, ArithmeticError, RuleInputError):
            continue
        return True
    return False


def _written(w: Wording) -> Proposed | None:
    """“4×实达标数”, “得分=工作任务量得分×30%+工作效率得分×30%+工作完成情况得分×40%”, “得分={([繁重]得票数×100分)+…}
    ÷测评有效票数”: a formula written out, its quantities named in words, as a formula over one variable per quantity
    (in the order the text names them; the 分值 named is ``max``, a percentage a fraction, points a number). The score
    is kept within 0～分值. Never sure: how each quantity is entered (a rate as a fraction or a percentage, a score out
    of what) is the evaluator's to confirm."""
    t, values = _written_values(w.text.rstrip(";"))
    t = t if values else w.text
    if "," in t or ("*" not in t and "/" not in t and "÷" not in t and "+" not in t):
        return None
    if "分/" in t and _BARE_PER_UNIT.match(t.rstrip(";")):
        return None  # “5分/千元”: the points per unit of what the row counts (_earned), no quotient
    t = _WRITTEN_BLANK.sub("", ORDINAL_AT.sub("", t).rstrip(";"))
    cap = _WRITTEN_CAP.search(t)
    if cap and d(cap.group("n") or cap.group("n2")) == w.weight:  # “(90分封顶)” of 90: the score kept within the 分值, as it is anyway
        t = t[:cap.start()]
    if ";" in t:
        return None
    t = _WORD_ORDINAL.sub("", t) if _WORD_ORDINAL.match(t) and _WRITTEN_LHS.match(_WORD_ORDINAL.sub("", t)) else t
    lhs = _WRITTEN_LHS.match(t) or _WRITTEN_LHS_COLON.match(t)
    by = _WRITTEN_BY.match(t) if not lhs else None
    body = t[lhs.end():] if lhs else by.group("body") if by else t
    if "=" in body:
        return None
    lead = t[:lhs.end()] if lhs else ""  # the words before the formula: what it gives
    said_body, body = body, _WRITTEN_COUNT.sub(r"\g<num>", body)
    body = _WRITTEN_SUM_OF.sub(lambda m: "二三四五六七八九"[int(m.group("n")) - 2], body) if "之和" in body else body
    names: dict[str, str] = {}
    used: set[str] = set()  # the quantities of ``values`` the formula names
    capped: dict[str, str] = {}  # a quantity kept within its most, as said
    out: list[str] = []
    at = depth = 0
    bars = 0  # the depth at which an absolute value's bars opened (0: none open)
    for m in _WRITTEN_TOKEN.finditer(body):
        if m.start() != at:
            return None  # words or marks a formula does not hold
        at = m.end()
        if m.group("bar"):  # an absolute value's bars: “abs(” opening, “)” closing at the depth they opened
            if bars and depth == bars:
                out.append(")")
                depth, bars = depth - 1, 0
            elif not bars:
                out.append("abs(")
                depth += 1
                bars = depth
            else:
                return None  # bars within bars: not read
            continue
        if m.group("num"):
            value = d(m.group("num")) / 100 if m.group("per") == "%" else d(m.group("num"))
            out.append(number(value))
        elif m.group("op"):
            out.append("/" if m.group("op") == "÷" else m.group("op"))
        elif m.group("open") or m.group("close"):
            depth += 1 if m.group("open") else -1
            if depth < 0:
                return None
            out.append("(" if m.group("open") else ")")
        else:
            word = m.group("name")
            if _WRITTEN_MAX.fullmatch(word):
                out.append("max")
                continue
            valued = _valued(word, values, lead) if values else None
            if valued is not None and not values[valued][1]:  # “基础分为60分”: the quantity's points
                used.add(valued)
                out.append(number(values[valued][0]))
                continue
            if len(word) < 2 or (len(names) == len(_NAMES) and word not in names):
                return None
            name = names.setdefault(word, _NAMES[len(names)])
            if valued is not None:  # “奖励分满分为40分”: the quantity kept within its most
                used.add(valued)
                capped[f"min({number(values[valued][0])}, {name})"] = f"{word}（最多 {number(values[valued][0])} 分）"
                name = f"min({number(values[valued][0])}, {name})"
            out.append(name)
    if at != len(body) or depth or bars or not names or not any(x in "+-*/" for x in out) or used != set(values):
        return None
    if len(names) == 1 and set(out) <= {*names.values(), "*", "max"} and (
            "max" not in out or RATE_NAME.search(next(iter(names)))):
        return None  # “完成率×分值”: a rate's reading (“满意度×分值”, “质量系数×分值”: no rate, a formula of the name)
    expression = " ".join(out)
    if not _evaluates(expression, w.weight, list(names.values())):
        return None
    variables = [{"name": v, "label": word, "unit": "分" if word.endswith("分") else ""} for word, v in names.items()]
    said = {"*": "×", "/": "÷", "max": "分值", **{v: word for word, v in names.items()}, **capped}
    said_as = " ".join(said.get(x, x) for x in out)
    given = (f"“{w.text[len(t):].strip(';')}”：各量的分数代入公式",) if values else ()
    return Proposed([RULE.item(w.name or "公式", w.weight, {"expression": expression, "variables": variables})],
                    f"公式计分：得分 = {said_as}，得分限于 0～分值",
                    (f"“{said_body}”：按公式计分，各量按评分标准所指的口径录入（比率按小数还是百分数、得分按多少分制）",
                     *given))


# ── proposal: a price's deviation from the base, weighed by its side of the base ─────────────────────────────────────
#: “价格分=100-100×n×|投标人的评标总价-基准价|/基准价;当投标人的评标总价≥基准价,n=1;当投标人的评标总价<基准价,n=0.5”: the
#: coefficient of the deviation (a letter) set by a condition on each side of the base
_SIDE_COEFFICIENT = lazy_compile(r"(?:当|如果|若)(?P<x>[^,;≥≤<>=]{2,16}?)(?P<sign>≥|>|≤|<)(?P<y>[^,;≥≤<>=]{2,16}?)时?,"
                               r"(?:则)?(?P<k>[A-Za-z])=(?P<v>" + _N + r")(?=[;,]|$|当|如果|若|[\u4e00-\u9fff]{2})")  # (a line break lost: “n=0.8当…”)
#: the formula holding that letter as a factor: “价格分=…”, “价格部分得分=…” (a clause of its own)
_SIDE_FORMULA = lazy_compile(r"(?:^|(?<=[;,:]))(?P<f>[\u4e00-\u9fff]{0,16}?(?:得分|分)=[^;,=]*\|[^;,=]*)(?=[;,]|$)")


def _deviation_by_side(w: Wording) -> Proposed | None:
    """“价格分=100-100×n×|投标人的评标总价-基准价|/基准价;当投标人的评标总价≥基准价,n=1;当投标人的评标总价<基准价,n=0.5”:
    the written formula (``_written``) with the coefficient of the deviation set by the side of the base the bid is on,
    ``k1 * max(0, a - b) + k2 * max(0, b - a)`` for ``abs(a - b)``, the two sides named as the bars name them. The words
    around it (how the base is found, the floor at 0) are the text's, left to check: never sure."""
    t = w.text
    sides = list(_SIDE_COEFFICIENT.finditer(t))
    if len(sides) != 2 or sides[0].group("k") != sides[1].group("k"):
        return None
    k = sides[0].group("k")
    above = [m for m in sides if m.group("sign") in ("≥", ">")]
    below = [m for m in sides if m.group("sign") in ("≤", "<")]
    if len(above) != 1 or len(below) != 1 or {above[0].group("x"), above[0].group("y")} != {below[0].group("x"), below[0].group("y")}:
        return None
    formulas = [m for m in _SIDE_FORMULA.finditer(t) if re.search(rf"(?<![A-Za-z])\*?{k}\*|\*{k}(?![A-Za-z])", m.group("f"))]
    if len(formulas) != 1:
        return None
    said_formula = formulas[0].group("f")
    body = re.sub(rf"(?<=[\d)]){k}(?![A-Za-z])", "*1", said_formula)  # “100n”: 100 times n
    body = re.sub(rf"(?<![A-Za-z]){k}(?![A-Za-z])", "1", body)
    found = _written(replace(w, text=body))
    if found is None:
        return None
    params = found.items[0]["params"]
    names = {str(v["label"]): str(v["name"]) for v in params["variables"]}
    x, y = above[0].group("x"), above[0].group("y")
    if x not in names or y not in names:
        return None
    a, b = names[x], names[y]  # the bid above the base (x ≥ y) weighs by the first coefficient
    expression = str(params["expression"])
    bars = [f"abs( {a} - {b} )", f"abs( {b} - {a} )"]
    if sum(expression.count(bar) for bar in bars) != 1:
        return None
    up, down = number(d(above[0].group("v"))), number(d(below[0].group("v")))
    for bar in bars:
        expression = expression.replace(bar, f"( {up} * max(0, {a} - {b}) + {down} * max(0, {b} - {a}) )")
    expression = expression.replace(" * 1 * ", " * ")
    if not _evaluates(expression, w.weight, list(names.values())):
        return None
    item = RULE.item(w.name or "公式", w.weight, {"expression": expression, "variables": params["variables"]})
    shown = said_formula.split("=", 1)[1].replace("*", "×").replace("/", "÷")
    return Proposed([item], f"公式计分：得分 = {shown}；{x}≥{y}时 {k}={up}，低于时 {k}={down}，得分限于 0～分值",
                    (f"“{said_formula}”：{k} 按{x}在{y}之上或之下取值，请核对",))


# ── proposal: a price scored by how far it lies above or below a base, points off per 1% either side ───────────────
#: the base a price is set against: “评标基准价”, “评审基准价”, “基准价”, “评标基准值”, “评标参考价”, “K值”
_PRICE_BASE = r"[\u4e00-\u9fff]{0,6}?" + BASE_WORD + r"|[A-Z]值"
#: a step of 1% (or 2%) above or below the base costing points: “每高于评审基准价1%扣0.2分”, “每高出基准价1%扣1分”,
#: “每低于评审基准价的1%扣0.5分”, “每低1%扣0.5分” (the base named before: “投标总报价与评标基准值比较”)
#: (what follows the base in each: the step in percent and its cost, “…的1%,在基础分的基础上扣1分”)
_PRICE_STEP_COST = r"的?(?P<s>" + _N + r")%(?:的)?,?(?:在(?:基础分|满分)的?基础上)?(?:扣|减)除?(?P<x>" + _N + r")分"
_PRICE_STEP = lazy_compile(r"每(?P<dir>高于|高出|超过|超出|低于|高|低)(?P<ref>" + _PRICE_BASE + r")?" + _PRICE_STEP_COST)
#: the same step without 每 where the text says a part of it counts in proportion: “评标价高于评标基准值1%,在基础分的基础上
#: 扣1分;…;不足1%的,按照直线插入法计算”
_PRICE_STEP_BARE = lazy_compile(r"(?<![每最])(?P<dir>高于|高出|超过|超出|低于)(?P<ref>" + _PRICE_BASE + r")" + _PRICE_STEP_COST)
#: the lowest score a price can get, said: “最低得分为30分”, “最低得30分” (0: kept within 0～分值 anyway)
_PRICE_FLOOR = lazy_compile(r"最低(?:得分)?(?:为|得|不低于)?(?P<n>" + _N + r")分")
#: the most points the steps may take off, said: “最多扣20分”, “累计扣分最多20分” (the 分值 or more: kept within 0 anyway)
_PRICE_CAP = lazy_compile(r"(?:(?:最多|最高)扣(?:除|减)?|" + DEDUCTED_AT_MOST + r")(?P<n>" + _N + r")分")
#: the same step said of the deviation's side: “正偏离比例每1%扣0.6分”, “负向偏差时(…),偏差率每增加2%时,在满分的基础上减0.5分”
_PRICE_SIDE_STEP = lazy_compile(r"(?P<dir>正|负)向?(?:偏离|偏差)(?:比例|率|时)?(?:\([^()]{0,30}\))?,?(?:偏差率|偏离率)?每(?:增加)?(?P<s>"
                              + _N + r")%时?,?(?:在满分的?基础上)?(?:扣|减)除?(?P<x>" + _N + r")分")
#: the base named where the price is set against it: “投标总报价与评标基准值比较”, “报价与其评标基准价相比”
_PRICE_AGAINST = lazy_compile(r"与其?(?P<ref>" + _PRICE_BASE + r")(?:相比|比较|对比)")
#: a base named anywhere (“…实际报价对于评标基准价的偏差率”): read as the steps' base when it is the only one the text names
_PRICE_BASE_NAMED = lazy_compile(r"(?:评标|评审|评分)?" + BASE_WORD + r"|(?<![A-Za-z])[A-Z]值")
#: how a part of a step counts, said: “不足1%按线性插入计算”, “不足1%的部分按线性插值进行计算”, “不足1%的按插值法计算”
_PART_OF_STEP_SAID = lazy_compile(r"不足" + _N + r"%[^;,]{0,6}?(?:线性|插值|插入|按比例)|不足" + _N + r"%的,按照?(?:直线|线性)?(?:插入|插值)")
#: a part of a step counted as a whole one: “不足1%的按1%计算”
_PART_AS_WHOLE_STEP = lazy_compile(r"不足(?P<s>" + _N + r")%[^;,]{0,4}?按(?P=s)%计")
#: a price the text scores (a base of something else, “基准值” of a rate, is not read here)
_A_PRICE = lazy_compile(r"报价|评标价|评审价|投标价|价格")
#: what the text divides a deviation by (“偏差率=(报价-基准价)/报价*100%”): the steps are of the base only where it is
#: the base
_PRICE_DIVIDED_BY = lazy_compile(r"(?:/|÷|除以)\(?(?P<den>[\u4e00-\u9fffA-Z]+)")


def _price_bounded(t: str, weight: Decimal, cost: str) -> tuple[str, str] | None:
    """The 分值 less a price's ``cost``, within the lowest score said (“报价得分最低为30分”: ``max(30, max - …)``) or
    under the most the steps may take off (“最多扣20分”: ``max - min(20, …)``), and the words saying it for the summary;
    None where the text says several, or one outside the 分值."""
    floors = {d(m.group("n")) for m in _PRICE_FLOOR.finditer(t)}
    caps = {d(m.group("n")) for m in _PRICE_CAP.finditer(t)}
    if len(floors) > 1 or len(caps) > 1 or (floors and caps) or any(not 0 <= x < weight for x in floors) \
            or any(x <= 0 for x in caps):
        return None
    if floors and (floor := floors.pop()) > 0:
        return f"max({number(floor)}, max - {cost})", f"，最低 {number(floor)} 分"
    if caps and (cap := caps.pop()) < weight:
        return f"max - min({number(cap)}, {cost})", f"，最多扣 {number(cap)} 分"
    return f"max - {cost}", ""


def _price_off_base(w: Wording) -> Proposed | None:
    """“等于基准价的得70分;每高出基准价1%扣1分…;每低于基准价1%扣0.5分…”, “有效报价与评审基准价一致得满分;其余报价每高于
    评审基准价1%扣0.2分,每低于评审基准价1%扣0.1分”, “正偏离比例每1%扣0.6分,负偏离比例每1%扣0.3分”: a price at the base
    scores the 分值, each step of 1% above it (of the base) costs points, each below it costs others. A formula over the
    base ``b`` and the price ``p``, both entered: ``max - x * max(0, (p - b) / b * 100) / s - y * …(b - p)…``,
    kept within 0～分值. A part of a step of 1% counts in proportion (most texts say so, “不足1%按线性插入计算”, and a
    deviation entered in % would count it so); a part of a longer step is to check unless the text says so."""
    t = w.text
    if not _A_PRICE.search(t) or w.weight <= 0 or _PART_AS_WHOLE_STEP.search(t):
        return None  # (“不足1%的按1%计算”: whole steps, counted by the evaluator, ``_faults``'s)
    steps = list(_PRICE_STEP.finditer(t)) or (list(_PRICE_STEP_BARE.finditer(t)) if _PART_OF_STEP_SAID.search(t) else [])
    sides = {"up": [m for m in steps if m.group("dir").startswith(("高", "超"))],
             "down": [m for m in steps if m.group("dir").startswith("低")]}
    if not steps:
        said = list(_PRICE_SIDE_STEP.finditer(t))
        sides = {"up": [m for m in said if m.group("dir") == "正"], "down": [m for m in said if m.group("dir") == "负"]}
    if len(sides["up"]) == 1 and not sides["down"]:
        return _price_above_base(w, sides["up"][0])
    if len(sides["up"]) != 1 or len(sides["down"]) != 1:
        return None
    up, down = sides["up"][0], sides["down"][0]
    named = {m.groupdict().get("ref") for m in (up, down)} - {None}
    against = _PRICE_AGAINST.search(t)
    bases = set(_PRICE_BASE_NAMED.findall(t))
    if len(named) > 1 or (not named and against is None and len(bases) != 1):
        return None
    ref = named.pop() if named else against.group("ref") if against else bases.pop()
    su, xu, sd, xd = d(up.group("s")), d(up.group("x")), d(down.group("s")), d(down.group("x"))
    if min(su, xu, sd, xd) <= 0 or max(xu, xd) >= w.weight:
        return None

    def cost(x: Decimal, s: Decimal, gap: str) -> str:
        return f"{number(x)} * max(0, {gap} / b * 100)" + ("" if s == 1 else f" / {number(s)}")

    # (the steps either side taken together, within the floor or under the cap said)
    bounded = _price_bounded(t, w.weight, f"({cost(xu, su, '(p - b)')} + {cost(xd, sd, '(b - p)')})")
    if bounded is None:
        return None
    expression, bound = bounded
    if not bound:
        expression = f"max - {cost(xu, su, '(p - b)')} - {cost(xd, sd, '(b - p)')}"
    variables = [{"name": "b", "label": ref, "unit": "元"}, {"name": "p", "label": "报价", "unit": "元"}]
    # (a part of a step of 1% counts in proportion, as where the evaluator enters each side's deviation in %; a step of
    # more, “每增加2%”, is read so only where the text says it, “不足1%按线性插入计算”, “…按插值法计算”)
    doubts: tuple[str, ...] = () if _PART_OF_STEP_SAID.search(t) or su == sd == 1 else (
        f"“{up.group(0)}”“{down.group(0)}”：按报价高于或低于{ref}的百分比（差额÷{ref}×100）扣分，不足一档的部分按比例计，请核对",)
    # (a deviation the text divides by something other than a base, “偏差率=(报价-基准价)/报价*100%”: its % not the base's)
    doubts += tuple(f"文本以“{m.group('den')}”为除数计算偏离，规则按（差额÷{ref}×100）计，请核对"
                    for m in _PRICE_DIVIDED_BY.finditer(t) if not _PRICE_BASE_NAMED.search(m.group("den")))
    return Proposed([RULE.item(w.name or "报价得分", w.weight, {"expression": expression, "variables": variables})],
                    f"公式计分：报价等于{ref}得满分，每高 {number(su)}% 扣 {number(xu)} 分，每低 {number(sd)}% 扣 "
                    f"{number(xd)} 分{bound}，得分限于 0～分值", doubts)


#: words of a price below the base scored, or of something else scored beside the steps above it
_PRICE_BELOW_SAID = lazy_compile(r"低于|低出|负偏|偏低|加分|加\d|得分=|=")


def _price_above_base(w: Wording, up: re.Match[str]) -> Proposed | None:
    """“评标价等于评标基准值,得基础分40分;评标价每高于评标基准值1%,在基础分的基础上扣1分;最低得分为30分”: a price at the
    base scores the 分值, each step of 1% above it (of the base) costs points, a price below it is not said (the base is
    most often the lowest price): ``max - x * max(0, (p - b) / b * 100) / s``, kept within a floor said and 0～分值. To
    check where the text does not make the base the lowest price (a price below it is then read as losing nothing)."""
    t = w.text
    if _PRICE_BELOW_SAID.search(t.replace("最低", "")):
        return None
    named = up.groupdict().get("ref")
    against = _PRICE_AGAINST.search(t)
    bases = set(_PRICE_BASE_NAMED.findall(t))
    if not named and against is None and len(bases) != 1:
        return None
    ref = named or (against.group("ref") if against else bases.pop())
    step, x = d(up.group("s")), d(up.group("x"))
    if step <= 0 or not 0 < x < w.weight:
        return None
    cost = f"{number(x)} * max(0, (p - b) / b * 100)" + ("" if step == 1 else f" / {number(step)}")
    bounded = _price_bounded(t, w.weight, cost)
    if bounded is None:
        return None
    expression, bound = bounded
    variables = [{"name": "b", "label": ref, "unit": "元"}, {"name": "p", "label": "报价", "unit": "元"}]
    price = _A_PRICE.search(t)
    if price and price.start() < t.find(ref):  # (the variables in the order the text names them)
        variables.reverse()
    doubts: list[str] = []
    if not re.search(r"最低[^;,]{0,12}?(?:报价|价格|投标价|评标价)[^;]{0,12}?为[^;,]{0,6}?" + BASE_WORD, t):
        doubts.append(f"报价低于{ref}时的得分未说明，按不扣分（得满分）读，请核对")
    if step != 1 and not _PART_OF_STEP_SAID.search(t):
        doubts.append(f"“{up.group(0)}”：按报价高于{ref}的百分比（差额÷{ref}×100）扣分，不足一档的部分按比例计，请核对")
    doubts += [f"文本以“{m.group('den')}”为除数计算偏离，规则按（差额÷{ref}×100）计，请核对"
               for m in _PRICE_DIVIDED_BY.finditer(t) if not _PRICE_BASE_NAMED.search(m.group("den"))]
    return Proposed([RULE.item(w.name or "报价得分", w.weight, {"expression": expression, "variables": variables})],
                    f"公式计分：报价每高于{ref} {number(step)}% 扣 {number(x)} 分（等于{ref}得满分）"
                    + bound + "，得分限于 0～分值", tuple(doubts))


# ── proposal: counts each times its points, added, the total capped at the 分值 ─────────────────────────────────
#: “被采纳提案数×2分+闭环完成数×1分,满分10分”, “得分=合理化建议采纳数×2+改善项目完成数×1(满分10分)”: counts each times its
#: points, added, then the total's cap (满分, 最高, 最多) said as the 分值
_COUNTS_TIMES_POINTS = lazy_compile(r"^(?P<body>(?:得分=)?[^,;=()]+?\*\d+(?:\.\d+)?分?(?:;?\+[^,;=()]+?\*\d+(?:\.\d+)?分?)+)"
                                  r"(?:,|\()(?:满分|最高|最多)(?:为|得|不超过)?(?P<cap>\d+(?:\.\d+)?)分\)?[;.]?$")
#: a count's name (“提案数”, “完成数”, “篇数”), never a score's, a factor's or a share's (“分数”, “系数”, “指数”, “倍数”)
_COUNT_NAME = lazy_compile(r"(?<![分系指倍基])数$")
_SUM_OF_PRODUCTS = lazy_compile(r"^[a-z] \* \d+(?:\.\d+)?(?: \+ [a-z] \* \d+(?:\.\d+)?)+$")


def _counts_times_points(w: Wording) -> Proposed | None:
    """“被采纳提案数×2分+闭环完成数×1分,满分10分”: each count times its points, the products added, the total kept within
    the cap said, which is the 分值: the written formula (``_written``) once the cap is set aside, where every quantity is
    a count (entered as the number of things) standing once times its points. To check, as every formula that adds
    points is (reading's consistency)."""
    m = _COUNTS_TIMES_POINTS.match(w.text)
    if not m or d(m.group("cap")) != w.weight:
        return None
    found = _written(Wording(m.group("body").replace(";+", "+"), w.weight, w.name, w.points, w.explanation))
    if found is None:
        return None
    params = found.items[0]["params"]
    labels = [str(v["label"]) for v in params["variables"]]
    if not _SUM_OF_PRODUCTS.match(str(params["expression"])) or not all(_COUNT_NAME.search(x) for x in labels):
        return None
    return Proposed(found.items, f"{found.summary}（满分 {fmt(w.weight)} 分）")


# ── proposal: a weighted mean of scores each named by a letter ─────────────
#: “加权得分D=0.3A+0.3B+0.4C”: the score as weights times scores each named by a capital letter (its own letter perhaps)
_LETTER_MEAN = lazy_compile(r"(?:得分|分数|评分)[A-Z]?=(?P<body>" + _N + r"\*?[A-Z](?:\+" + _N + r"\*?[A-Z])+)(?=$|[;,(。])")
_LETTER_TERM = lazy_compile(r"(?P<w>" + _N + r")\*?(?P<x>[A-Z])")


def _letters_weighted(w: Wording) -> Proposed | None:
    """“村民问卷评分A,镇政府评分B,考核小组评分C,加权得分D=0.3A+0.3B+0.4C”: a weighted mean of scores, each letter
    named by the words just before it elsewhere in the text (“考核小组评分C”, “(村民问卷A、镇政府B、…)”), the weights
    adding up to 1, as a formula over one score each. Never confidently: each score is entered on the 分值's scale."""
    t = w.text
    m = _LETTER_MEAN.search(t)
    if not m or "扣" in t:
        return None
    terms = [(d(x.group("w")), x.group("x")) for x in _LETTER_TERM.finditer(m.group("body"))]
    letters = [x for _, x in terms]
    if len(set(letters)) != len(letters) or sum(c for c, _ in terms) != 1:
        return None
    before = t[:m.start()]
    variables, out = [], []
    for (c, x), name in zip(terms, _NAMES):
        said = re.search(r"(?P<label>[\u4e00-\u9fff“”]{2,20}?)" + x + r"(?![A-Za-z])", before)
        if said is None:
            return None
        variables.append({"name": name, "label": f"{said.group('label').strip('“”')}（{x}）", "unit": "分"})
        out.append(f"{number(c)} * {name}")
    expression = " + ".join(out)
    shown = " + ".join(f"{number(c)} × {x}" for c, x in terms)
    return Proposed([RULE.item(w.name or "公式", w.weight, {"expression": expression, "variables": variables})],
                    f"公式计分：得分 = {shown}（加权平均），得分限于 0～分值",
                    (f"“{m.group(0)}”：按各评分的加权平均读，各评分按分值的分制录入（{'、'.join(letters)}），请核对",))


# ── proposal: one numbered point holding the formula, the others what it is for ────────
#: “2.…通过率计算,得分=22+3*(通过率-目标线)/(年级最高通过率-目标线)”: a numbered point closing on the score's formula
_POINT_FORMULA = lazy_compile(r"^(?P<lead>[^=]*?)(?:^|,)(?:最终|本项|该项|本指标(?:评价)?)?得分=(?P<formula>[^=,]+)$")
#: “3.既有文科又有理工科学生的辅导员…,最后得分=(…)*文科得分+…”: the score of a mixed case, of the case's own scores
_MIXED_CASE = lazy_compile(r"^(?:既有|同时有|兼有|同时带有)[^=]{2,60}?的")
#: words that score: a point holding any of them is no description beside the formula
_POINT_SCORES = lazy_compile(r"\d+(?:\.\d+)?分|扣|加分|得分|计分|不得|满分|=")


def _numbered_formula(w: Wording) -> Proposed | None:
    """“1.…总平均通过率为…目标线;2.…得分=22+3*(通过率-目标线)/(年级最高通过率-目标线);3.既有文科又有理工科学生的…,最后得分=
    …;4.艺术类…不参加该项考核”: numbered points, one of them closing on the score's formula (read as ``_written`` reads
    it), the others what the formula's quantities are, a mixed case scored of its cases' own scores, or who is left out;
    the formula is the row's, the other points set aside. Never confidently."""
    t = w.text.rstrip(";")
    if "=" not in t or not ORDINAL_AT.match(t):
        return None
    sentences = [x for x in t.split(";") if x]
    doubts: list[str] = []
    found: Proposed | None = None
    for sentence in sentences:
        body = ORDINAL_AT.sub("", sentence)
        m = _POINT_FORMULA.match(body) if found is None and not _MIXED_CASE.match(body) else None
        if m:
            found = _written(replace(w, text=f"得分={m.group('formula')}"))
            if found is None:
                return None
            if m.group("lead"):
                doubts.append(f"“{m.group('lead')}”：作为计算口径的说明")
        elif _MIXED_CASE.match(body) and "=" in body:
            doubts.append(f"“{body}”：混合情形的得分按其中所列另行计算，规则按单一情形的公式")
        elif _POINT_SCORES.search(body):
            return None
        else:
            doubts.append(f"“{body}”：作为说明，未用于公式")
    if found is None or len(sentences) < 2:
        return None
    return found.doubted(*doubts)


# ── proposal: parts each with their own points and their own written formula ────────
#: “转载占1分,得分=转载数量/12*1”: a part, its points, and the formula that scores it
_PART_WRITTEN = lazy_compile(r"^(?P<name>[\u4e00-\u9fff]{2,12}?)(?:占|计|为)(?P<pts>" + _N + r")分,(?:其?得分|计分|分值)=(?P<formula>[^=;,]+)$")
#: ““转载”指在…转载,“落实”指…”: what a part's name means, said before the parts
_PART_DEFINED = lazy_compile(r"^(?:“[^”]{1,12}”|[\u4e00-\u9fff]{2,8})(?:是)?指[^;=]*$")
#: “省内文件少转发1个扣0.1分”: a cost per thing left undone, after the parts, taken off the part it speaks of
_PART_SHORT = lazy_compile(r"^(?P<what>[^\d,;=]{0,20}?)(?:每)?(?:少|未|漏)(?P<verb>[\u4e00-\u9fff]{1,4}?)1(?P<unit>个|份|件|项|篇|次|条)"
                         r"(?:的)?,?扣(?:除|减)?(?P<x>" + _N + r")分$")


def _parts_written(w: Wording) -> Proposed | None:
    """“转载占1分,得分=转载数量/12*1;落实占4分,得分=落实数量/12*4”: parts each with their own points (adding up to the
    分值) and a formula of their own (read as ``_written`` reads it), one item per part; what the parts' names mean,
    said before them, set aside; a closing cost per thing left undone (“省内文件少转发1个扣0.1分”) taken off the one part
    whose name shares a character with what is left undone (转发, 转载), down to 0 of that part. Never confidently."""
    sentences = [x for x in w.text.rstrip(";").split(";") if x]
    doubts: list[str] = []
    while sentences and _PART_DEFINED.match(sentences[0]) and "分" not in sentences[0]:
        doubts.append(f"“{sentences.pop(0)}”：作为分项名称的说明")
    parts = []
    while sentences and (m := _PART_WRITTEN.match(sentences[0])):
        parts.append(m)
        sentences.pop(0)
    short = _PART_SHORT.match(sentences[0]) if len(sentences) == 1 else None
    if len(parts) < 2 or len(sentences) > bool(short) or sum(d(m.group("pts")) for m in parts) != w.weight:
        return None
    items: list[dict[str, Any]] = []
    for m in parts:
        pts = d(m.group("pts"))
        if pts <= 0:
            return None
        found = _written(replace(w, text=m.group("formula"), weight=pts, name=m.group("name")))
        if found is None:
            return None
        items.append({**found.items[0], "key": _NAMES[len(items)]})
    if short:
        verb = short.group("verb")
        taking = [k for k, m in enumerate(parts) if set(m.group("name")) & set(verb)]
        if len(taking) != 1:
            return None  # (the part the cost comes off is not told by its words)
        k = taking[0]
        params = dict(items[k]["params"])
        variables = list(params["variables"])
        if len(variables) >= len(_NAMES):
            return None
        name = _NAMES[len(variables)]
        unit = short.group("unit")
        variables.append({"name": name, "label": f"{_case_words(short.group('what'))}少{verb}的{unit}数", "unit": unit})
        params.update(expression=f"{params['expression']} - {number(d(short.group('x')))} * {name}", variables=variables)
        items[k] = {**items[k], "params": params}
        doubts.append(f"“{short.group(0)}”：按从“{parts[k].group('name')}”的得分中扣读，扣至该项 0 分为止")
    said_parts = "；".join(f"{m.group('name')}（{number(d(m.group('pts')))} 分）= {m.group('formula')}" for m in parts)
    doubts.append(f"“{said_parts}”：各分项按其公式计分，各量按评分标准所指的口径录入")
    return Proposed(items, f"公式计分：分项计分，{said_parts}", tuple(doubts))


# ── proposal: the full marks, “否则相应扣分”, then the faults and their points ────────
#: “…,得3分;否则相应扣分;…”: the deductions that follow are what “accordingly” means
_OTHERWISE_OFF = lazy_compile(r"(?<=分)[;,]否则(?:相应|按下列|按以下|按如下)?扣分[;,:]")


def _full_otherwise_faults(w: Wording) -> Proposed | None:
    """“…全面落实主体责任,得3分;否则相应扣分;…存在无证经营的,扣0.5分;…”: a requirement earning the 分值, “否则相应扣分”,
    then faults each with its own deduction, taken once (read as ``_faults`` reads them, one fault alone too):
    ``max - 0.5 * a - 0.5 * b`` over the 0/1 of each fault. A fault counted per case (“每发现一次”) is a deduction's
    reading. Never confidently: that the faults listed are all that is taken off is read, not said."""
    t = w.text
    m = _OTHERWISE_OFF.search(t)
    lead = _FULL_LEAD.match(t)
    if not m or not lead or lead.end() != m.start() + 1 or (lead.group(1) and d(lead.group(1)) != w.weight):
        return None
    rest = t[m.end():]
    if not rest or "每" in rest or _ZEROED_IN.search(rest):
        return None
    part = replace(w, text=rest)
    found = _faults(part) or _faults(part, lone=True)
    if found is None or not str(found.items[0]["params"]["expression"]).startswith("max - "):
        return None
    said_lead = t[:m.end()].rstrip(";,:")
    return found.doubted(f"“{said_lead}”：满分的要求，“否则相应扣分”按其后所列各项扣分")


# ── proposal: points for each time a thing is done, up to a number of times ─────
#: “…每开展1次加2分,全年最多加5次”, “…的加30分;(最多按季度执行,全年最多加4次)”: the points of a time, then the most times
_TIMES_CAP = lazy_compile(r"^(?P<lead>(?:[^;\d分]{2,30};)?)(?P<case>(?:[^;\d]|1次){2,40}?)(?:的)?,?(?:每次)?(?:加|得|计)(?P<x>" + _N + r")分[;,]?"
                        r"\(?(?P<aside>[^;,()\d]{0,12}?,)?(?:全年|每年|年度|本年度)?(?:最多|最高|至多|限)(?:加|计|得)?(?P<k>\d+)次\)?;?$")


def _times_capped(w: Wording) -> Proposed | None:
    """“每开展1次专题培训加2分,全年最多加5次”, “组织集中开工活动的加30分(全年最多加4次)”: points for each time, the times
    counted up to the most the text allows, the two giving the 分值: ``2 * min(a, 5)`` over the number of times. Never
    confidently: that each time is one case is the reading's."""
    m = _TIMES_CAP.match(w.text)
    if not m:
        return None
    x, k = d(m.group("x")), d(m.group("k"))
    if k < 2 or x * k != w.weight:
        return None
    case = re.sub(r"每(?:1|一)?次|1次|一次", "", m.group("case"))
    words = _case_words(case.removeprefix("指").removeprefix("每"))
    if len(words) < 2 or "每" in case.removeprefix("每"):  # “每篇加1分”: counted in another unit
        return None
    variables = [{"name": "a", "label": f"{words}（次数）", "unit": "次"}]
    doubts = [f"“{m.group(0).rstrip(';')}”：每次得 {number(x)} 分，最多计 {number(k)} 次"]
    if m.group("lead"):
        doubts.append(f"“{m.group('lead').rstrip(';')}”：作为说明，未用于规则")
    return Proposed([RULE.item(w.name or words, w.weight, {"expression": f"{number(x)} * min(a, {number(k)})",
                                                           "variables": variables})],
                    f"公式计分：每次得 {number(x)} 分，最多计 {number(k)} 次", tuple(doubts))


# ── proposal: points for each copy or time, the count that makes the 分值 said with them ─────
#: a unit of what is handed in or done, counted
_COPY_UNITS = r"份|篇|期|次|件|项|个|条|场|批"
#: “月度分析:包括八个月,满分40分(5分/份×8)”: the 分值 said as the points of a copy times the copies asked
_COPIES = lazy_compile(r"^(?P<lead>[^;()\d:,]{2,40})[^;()]*?,?(?:满分|共|合计|计)?(?P<most>" + _N + r")分\((?P<x>" + _N
                     + r")分/(?P<unit>" + _COPY_UNITS + r")\*(?P<k>\d+)(?P=unit)?\);?$")
#: “月报,满分40分(每份5分,共8份)”, “月报每份5分,共8份,满分40分”: the same, the points of a copy said with 每
_COPIES_EACH = lazy_compile(r"^(?P<lead>[^;()\d:,每]{2,40})[^;()]*?,?(?:(?:满分|共|合计|计)?(?P<most>" + _N + r")分\(|(?=每))每(?P<unit>"
                          + _COPY_UNITS + r")(?:得|计)?(?P<x>" + _N + r")分,共(?P<k>\d+)(?P=unit)(?:\)|,(?:满分|合计|共计)(?P<said>"
                          + _N + r")分);?$")
#: “参加培训等活动,每次7.5分,不低于4次,计30分”: the points of a time, then the times that make the 分值
_TIMES_FULL = lazy_compile(r"^(?P<lead>[^;()\d]{2,80}?),?每(?P<unit>" + _COPY_UNITS + r")(?:加|得|计|记)?(?P<x>" + _N
                         + r")分,(?P<at>(?:不低于|不少于|至少|满|达到)?(?P<k>\d+)(?P=unit)(?:及以上|以上)?),?(?:的,?)?"
                         r"(?:加|得|计|记)?(?:满分|(?P<most>" + _N + r")分);?$")


def _copies_times_points(w: Wording) -> Proposed | None:
    """“月度分析:包括八个月,满分40分(5分/份×8)”, “参加培训等活动,每次7.5分,不低于4次,计30分”: the points of a copy
    (or a time) and the count of them that makes the 分值, the two multiplying to it: ``5 * a`` over the count (the
    score kept within 0～分值). The count stated after the points of a time may be a least one asks for (“不低于4次”):
    that fewer times score their points each is the reading's, never confident."""
    m = _COPIES.match(w.text) or _COPIES_EACH.match(w.text) or _TIMES_FULL.match(w.text)
    if not m:
        return None
    x, k = d(m.group("x")), d(m.group("k"))
    said = m.group("most") or (m.group("said") if "said" in m.re.groupindex else None)
    most = d(said) if said else w.weight
    if k < 2 or x * k != w.weight or most != w.weight:
        return None
    words = _case_words(m.group("lead"))
    if len(words) < 2 or _SHORT_WORDS.search(words) or "扣" in words:
        return None  # “每少1份…”, “扣…”: points lost, not earned
    unit = m.group("unit")
    label = f"{words}（{unit}数）"
    doubts = [f"“{m.group('at')}”：不足 {number(k)} {unit}的按每{unit} {number(x)} 分计"] if "at" in m.re.groupindex else []
    return Proposed([RULE.item(w.name or words, w.weight, {"expression": f"{number(x)} * a",
                                                           "variables": [{"name": "a", "label": label, "unit": unit}]})],
                    f"公式计分：{words}每{unit}得 {number(x)} 分，{number(k)} {unit}得满分", tuple(doubts))


# ── proposal: points each with their points in brackets, one of them less a cost per thing short ────
#: a point's points in brackets closing its words, a mark after them kept by some tables (“(3分)*”)
_POINT_MARK = lazy_compile(r"\((?P<pts>" + _N + r")分\)\*?")
#: right after a point's points, a cost per thing short of it: “,每少一种扣0.5分,扣完为止”, “,缺1项扣1分”
_SHORT_OF_POINT = lazy_compile(r"^[,;]?(?:每|凡)?(?:少|缺少|缺)(?:1|一)?(?P<unit>种|项|个|件|类|份|台|处|本|册)[^,;\d]{0,8}?"
                             r"扣(?:除|减)?(?P<x>" + _N + r")分(?P<stop>,?(?:扣完为止|扣完即止|扣完该项分为止|扣完本项分值为止))?")
#: the cost said inside the point's brackets: “(3分,每缺1项扣1分)”, read as after them
_SHORT_INSIDE = lazy_compile(r"\((?P<pts>" + _N + r")分[,;](?P<short>(?:每|凡)?(?:少|缺)[^()]*?扣[^()]*)\)")
#: what opens a point's words after the one before: the list's numbering, a joining word
_POINT_OPEN = lazy_compile(r"^[,;:、]*(?:" + ORDINAL + r")?(?:和|及|并|以及)?")


def _points_one_short(w: Wording) -> Proposed | None:
    """“(1)柜架质量符合要求(1分),使用了档案密集架(2分);(2)档案室配有计算机、复印机、扫描仪(3分),每少一种扣0.5分,扣完为止”:
    points each with their points in brackets, adding up to the 分值, one or more of them scored less a cost per thing
    short of it, down to 0 (that point's own points, not the row's): ``1 * a + 2 * b + max(0, 3 - 0.5 * c)`` over a
    0/1 variable for each point met and the count of things short. Never confident: that the cost comes off that
    point alone is the reading's."""
    t = w.text
    if "扣" not in t or "分)" not in t:
        return None
    t = _SHORT_INSIDE.sub(r"(\g<pts>分),\g<short>", t)
    points: list[tuple[str, Decimal, re.Match[str] | None]] = []
    at = 0
    for m in _POINT_MARK.finditer(t):
        if m.start() < at:
            return None
        words = ORDINAL_AT.sub("", _POINT_OPEN.sub("", t[at:m.start()]).lstrip(CIRCLED)).strip(",;:、 ")
        if len(words) < 2 or re.search(r"分|扣|%|每|不得|酌情|视情况|否则", words):
            return None
        short = _SHORT_OF_POINT.match(t[m.end():])
        points.append((words, d(m.group("pts")), short))
        at = m.end() + (short.end() if short else 0)
    if t[at:].strip(";.*, ") or len(points) < 2 or sum(p for _, p, _ in points) != w.weight:
        return None
    if not any(short for _, _, short in points) or any(short and d(short.group("x")) >= p for _, p, short in points):
        return None
    if len(points) > len(_NAMES):
        return None
    variables, terms, said, doubts = [], [], [], []
    for k, (words, pts, short) in enumerate(points):
        name = _NAMES[k]
        if short is None:
            variables.append({"name": name, "label": f"{words}（做到=1，未做到=0）", "unit": ""})
            terms.append(f"{number(pts)} * {name}")
            said.append(f"{words}得 {number(pts)} 分")
            continue
        unit, x = short.group("unit"), d(short.group("x"))
        variables.append({"name": name, "label": f"{words}：所缺{unit}数", "unit": unit})
        terms.append(f"max(0, {number(pts)} - {number(x)} * {name})")
        said.append(f"{words} {number(pts)} 分，每缺1{unit}扣 {number(x)} 分")
        doubts.append(f"“{short.group(0).strip(',;')}”：只扣该要点的 {number(pts)} 分" + ("" if short.group("stop") else "，扣到 0 为止"))
    return Proposed([RULE.item(w.name, w.weight, {"expression": " + ".join(terms), "variables": variables})],
                    "公式计分：" + "；".join(said), tuple(doubts))


# ── proposal: a count's line scored, points off per one short of it and added per one past it ──────
#: a sentence stating the 分值 before the line: “(1)基础分:满分60分;”
_FULL_FIRST = lazy_compile(r"^(?:" + ORDINAL + r")?(?:基础分|基本分|基准分)?:?(?:满分|分值)(?:为)?(?P<full>" + _N + r")分;")
#: “样本企业达到要求标准的记50分,未达到的少1家企业扣2分;达到标准后,每增加一家企业加记2分”, “完成目标任务的得8分,每少完成1个
#: 扣1分,每多完成1个加0.5分,最高10分”: the line's points, then the cost of one short and the points of one past it
#: (or a base of points first, the line unsaid: “基础分8分,每少1家扣2分,每增加1家加1分”)
_LINE_BOTH_WAYS = lazy_compile(r"^(?:(?:基础分|基本分|基准分)(?:为)?(?P<base0>" + _N + r")分|(?P<lead>[^;,\d分]{0,30}?)(?:达到|完成)"
                             r"(?P<ref>[^;,分%]{0,16}?)(?:的|后|者)?,?(?:记|得|计|为)(?P<base>" + _N + r")分)[,;](?:[^;,\d分]{0,16}?的,?)?(?:每)?(?:少|减少|缺)(?:完成)?1"
                             r"(?P<unit>" + _COPY_UNITS + r"|家|所|户|人|名|座)[^,;\d分]{0,6}?(?:的)?,?扣(?:除|减)?(?P<a>" + _N
                             + r")分[,;](?:[^;,\d分]{0,16}?(?:后|的),?)?每(?:增加|多完成|多|超过|超出|超额完成)1(?P=unit)"
                             r"[^,;\d分]{0,6}?(?:的)?,?(?:加记|加计|加|另加)(?P<b>" + _N + r")分"
                             r"(?:[,;](?:最高|最多|累计最高|加满|满分)(?:为|得|计)?(?P<cap>" + _N + r")分(?:为止|封顶)?)?;?$")


def _line_both_ways(w: Wording) -> Proposed | None:
    """“达到市局要求标准的记50分,未达到要求标准的少1家企业扣2分;达到标准后,每增加一家企业加记2分”: the points of a count at its
    line, less points for each one short of it, plus points for each one past it, as ``50 - 2 * a + 2 * b`` over the
    counts short and past (one of them 0), the score kept within 0～分值. Never confident: the line itself is the
    team's to find."""
    t = w.text
    full = _FULL_FIRST.match(t)
    if full:
        if d(full.group("full")) != w.weight:
            return None
        t = t[full.end():]
    m = _LINE_BOTH_WAYS.match(t)
    if not m:
        return None
    base, a, b = d(m.group("base") or m.group("base0")), d(m.group("a")), d(m.group("b"))
    cap = d(m.group("cap")) if m.group("cap") else None
    if not 0 < base < w.weight or not 0 < a <= base or not 0 < b < w.weight or (cap is not None and cap != w.weight):
        return None
    unit, ref, lead = m.group("unit"), _case_words(m.group("ref") or "") or "要求", _case_words(m.group("lead") or "")
    variables = [{"name": "a", "label": f"{lead}比{ref}少的{unit}数", "unit": unit},
                 {"name": "b", "label": f"{lead}达到{ref}后增加的{unit}数", "unit": unit}]
    said = f"达到{ref}得 {number(base)} 分，每少1{unit}扣 {number(a)} 分，每多1{unit}加 {number(b)} 分"
    doubts = [f"“{m.group(0).rstrip(';')}”：按少于、多于{ref}的{unit}数分别计，二者只有一个不为 0"]
    if cap is None:
        doubts.append(f"未说明最多得分：超过 {number(w.weight)} 分的按分值计")
    return Proposed([RULE.item(w.name, w.weight, {"expression": f"{number(base)} - {number(a)} * a + {number(b)} * b",
                                                  "variables": variables})],
                    f"公式计分：{said}，得分限于 0～分值", tuple(doubts))


# ── proposal: nothing below a line, points per point above it ───────────────
#: “…比例低于96%不得分,每高1个百分点得2分,满分8分”: a share below its line scores nothing, each point above it earns
#: points, up to the 分值 (said or not); or the line said as the one to pass, no points of its own (“…比例不低于业务总量的
#: 30%,每增加5%加1分,不超过5分”, “覆盖率超过50%,每增加10%,加1分”), after words of what is done (“开展…等工作,”)
_EARNED_ABOVE_LINE = lazy_compile(
    r"^(?:(?:(?!\d分)[^%]){0,200}?[,:;])??(?P<what>[^;,:]{2,60}?)"
    r"(?:(?:低于|小于|不足|未达到|<)(?P<line>" + _N + r")%(?:的|者)?,?(?:不得分|得0分|计0分|为0分|0分)[,;](?:高于(?P=line)%的?,?)?"
    r"|(?:不低于|不少于|超过|高于|大于|达到)(?:[^,;\d%分]{0,16}的)?(?P<passed>" + _N + r")%(?:的|者)?[,;]?)"
    r"每(?:高|提高|增加|高出|超过|超出|增长|上升)(?P<step>" + _N + r")(?:个百分点|%)(?:的)?,?"
    r"(?:得|加|计|记)(?P<x>" + _N + r")分"
    r"(?:[,;](?:满分(?P<full>" + _N + r")分|最高(?:得|计)?(?P<top>" + _N + r")分|(?:得|加)?满(?P<capped>" + _N + r")?分?为止"
    r"|(?:累计|最高|最多)?(?:加分)?不超过(?P<most>" + _N + r")分))?$")


def _earned_above_line(w: Wording) -> Proposed | None:
    """“节水器具普及率低于96%不得分,每高1个百分点得2分,满分8分”: nothing below the line, each point above it earning its
    points: ``max(0, p - 96) * 2`` over the share in %, the engine keeping the score within 0～分值. Never confidently:
    the share is entered in %, a part of a point earns in proportion, and where the 分值 is reached is the text's to
    bear out."""
    m = _EARNED_ABOVE_LINE.match(w.text.rstrip(";。."))
    if not m:
        return None
    line, step, x = d(m.group("line") or m.group("passed")), d(m.group("step")), d(m.group("x"))
    cap = m.group("full") or m.group("top") or m.group("capped") or m.group("most")
    if not 0 < line < 100 or step <= 0 or not 0 < x <= w.weight or (cap and d(cap) != w.weight):
        return None
    what = _case_words(re.sub(r"^.*[,:]", "", m.group("what"))) or "比率"
    gap = f"max(0, p - {number(line)})" if step == 1 else f"max(0, p - {number(line)}) / {number(step)}"
    expression = f"{gap} * {number(x)}"  # (“* 1”: the points of a step, as the text states them)
    top = line + w.weight / x * step  # where the 分值 is reached
    doubts = [f"“{what}”：按百分数录入（如 97.5% 录 97.5），高出 {number(line)}% 不足一档的部分按比例计分"]
    if top > 100:
        doubts.append(f"{what}达到 100% 时得 {number((100 - line) / step * x)} 分，达不到分值 {number(w.weight)} 分")
    if cap is None:
        doubts.append(f"未说明最多得分：超过 {number(w.weight)} 分的按分值计")
    variables = [{"name": "p", "label": f"{what}（%）", "unit": "%"}]
    return Proposed([RULE.item(w.name or what, w.weight, {"expression": expression, "variables": variables})],
                    f"公式计分：{what}低于 {number(line)}% 不得分，高于 {number(line)}% 的每{' ' + number(step) + ' 个' if step != 1 else '个'}"
                    f"百分点得 {number(x)} 分，得分限于 0～分值", tuple(doubts))


# ── proposal: nothing below a line, points at it, a step above it ───────────
#: the units a line and its step count in (a percentage, a count, an amount)
_LINE_UNITS = r"个百分点|%|万元|亿元|千元|元|学时|课时|" + _COPY_UNITS + r"|家|所|户|人|名|座|台|套|处|支|天"
#: “<50个不得分”, “少于20人的不得分”, “不足500万元的不得分”: nothing below the line
_NONE_BELOW = lazy_compile(r"(?P<what>[^;,\d]{0,30}?)(?:<|低于|少于|不足|不到|未达到|小于)(?P<lo>" + _N + r")(?P<lu>" + _LINE_UNITS
                         + r")(?:的|者)?,?(?:不得分|得0分|计0分|为0分|0分)")
#: “达到50个得5分,此基础上每增加1个加0.1分(,最高10分)”: the points at the line and those of each step above it
_AT_LINE_STEP_UP = lazy_compile(r"(?P<what>[^;,\d]{0,30}?)(?:达到|≥)(?P<line>" + _N + r")(?P<u>" + _LINE_UNITS + r")(?:的|者|及以上|以上)?,?"
                              r"(?:得|计|记)(?P<base>" + _N + r")分[,;](?:在?此基础上|在此基础上|此后|以上部分)?,?"
                              r"每(?:增加|多|提高|增长|上升|高|超过)(?P<step>" + _N + r")(?P<su>" + _LINE_UNITS + r")(?:的)?,?"
                              r"(?:加|增加|另加|加记|加计|得|计|记)(?P<x>" + _N + r")分"
                              r"(?:[,;](?:" + _CAP_SAID + r"|满分|加满)(?:加至)?(?P<cap>" + _N + r")分(?:为止|封顶)?)?")


def _same_unit(a: str, b: str) -> bool:
    return a == b or {a, b} <= {"%", "个百分点"}


#: “地方性项目人数300人以上,每增加100名加1分,最多加10分”: nothing up to the line, each step past it earning its points
#: (a span of time too, “质保期不低于12个月,投标人每增加3个月得0.5分,最多得满分”: the bidder named before the step, the cap
#: the 分值 unsaid)
_STEPS_PAST_LINE = lazy_compile(r"(?P<what>[^;,\d]{0,30}?)(?P<pre>在|超过|超出|达到|不少于|不低于)?(?P<line>" + _N + r")(?P<u>" + _LINE_UNITS
                              + r"|个月|年)(?P<above>以上|及以上)?(?:的|者|部分)?,?(?:超出部分|超过部分|在此基础上|此基础上"
                              r"|在(?P=line)(?P=u)的?基础上)?,?" + BIDDER + r"?每(?:增加|多|超过|超出|增|延长)"
                              r"(?P<step>" + _N + r")(?P<su>" + _LINE_UNITS + r"|个月|年)(?:的)?,?(?:加|增加|另加|得|计|加计)(?P<x>" + _N + r")分"
                              r"(?:[,;](?:(?:" + _CAP_SAID + r"|满分|加满)(?:加至|加)?(?P<cap>" + _N + r")分(?:为止|封顶)?|(?P<full>" + CAP_AT_FULL
                              + r")))?")
#: the units of people, one for the other (“300人以上,每增加100名”)
_PEOPLE = {"人", "名"}


def _past_floor(w: Wording) -> bool:
    """“志愿者不少于50人,每增加10人加1分”: the least asked, then each step past it earning: read by ``_steps_past_line``
    as the value past the floor, never as a count of steps from nothing."""
    m = _STEPS_PAST_LINE.fullmatch(w.text.rstrip(";。."))
    return bool(m and m.group("pre") in ("不少于", "不低于") and _steps_past_line(w) is not None)


def _steps_past_line(w: Wording) -> Proposed | None:
    """“地方性项目人数300人以上,每增加100名加1分,最多加10分”: the value past the line (“300人以上”) earning the points of
    each step, as ``max(0, p - 300) / 100 * 1`` over the value itself, the score kept within 0～分值. Never confidently:
    whether the line itself is counted, a part of a step (earning in proportion), and a cap unsaid are the text's to
    bear out."""
    m = _STEPS_PAST_LINE.fullmatch(w.text.rstrip(";。."))
    if not m:
        return None
    if not (m.group("above") or m.group("pre") in ("超过", "超出", "不少于", "不低于")):
        return None  # “达到300人,每增加…”: points at the line, not past it (``_line_step_up``)
    line, step, x = d(m.group("line")), d(m.group("step")), d(m.group("x"))
    u, su = m.group("u"), m.group("su")
    cap = d(m.group("cap")) if m.group("cap") else w.weight if m.group("full") else None
    if not (_same_unit(u, su) or {u, su} <= _PEOPLE) or line <= 0 or step <= 0 or not 0 < x < w.weight \
            or (cap is not None and cap != w.weight):
        return None
    unit = "%" if u == "个百分点" else u
    what = _case_words(m.group("what")) or w.name or "数值"
    expression = f"max(0, p - {number(line)}) / {number(step)} * {number(x)}"  # (“/ 1”, “* 1”: as the text states them)
    doubts = [f"“{m.group(0)[:m.end('x') + 1 - m.start()]}”：按超过 {number(line)}{unit}的部分计分，"
              f"不足一档（{number(step)}{su}）的部分按比例计分"]
    if cap is None:
        doubts.append(f"未说明最多得分：超过 {number(w.weight)} 分的按分值计")
    variables = [{"name": "p", "label": f"{what}（{unit}）", "unit": unit}]
    return Proposed([RULE.item(w.name or what, w.weight, {"expression": expression, "variables": variables})],
                    f"公式计分：{what}超过 {number(line)}{unit}的部分每 {number(step)}{su}得 {number(x)} 分，得分限于 0～分值",
                    tuple(doubts))


#: “实收资本达到5000万元(含)得1分;实收资本超过5000万元,每增加1000万元加0.5分;得分最高不超过6分”: points at a line, then a
#: sentence of its own restating the line and earning each step past it, the cap perhaps in a third
_AT_LINE_THEN_PAST = lazy_compile(r"(?P<what>[^;,\d]{0,30}?)(?:达到|满|≥)(?P<line>" + _N + r")(?P<u>" + _LINE_UNITS + r")(?:\(含\))?"
                                r"(?:的|者|及以上)?,?(?:得|计|记)(?P<base>" + _N + r")分;(?P<again>[^;,\d]{0,20}?)(?:超过|超出|高于)"
                                r"(?P<line2>" + _N + r")(?P<u2>" + _LINE_UNITS + r")(?:的|者|部分|的部分)?,?每(?:增加|多|提高|增长|上升)"
                                r"(?P<step>" + _N + r")(?P<su>" + _LINE_UNITS + r")(?:的)?,?(?:加|增加|另加|加记|加计|得|计|记)(?P<x>"
                                + _N + r")分(?:;(?:" + _CAP_SAID + r"|满分)(?:为|加至)?(?P<cap>" + _N + r")分(?:为止|封顶)?)?")


def _line_then_past(w: Wording) -> Proposed | None:
    """“达到80%的得2分;占比超过80%的,每增加10%加2分;得分最高不超过6分”: the points at a line, each step past it earning more,
    in sentences of their own (the second restating the line), as ``g * (2 + 2 * (n - 80) / 10)``: ``g`` whether the line
    is reached (below it nothing is said: read as 0), the score kept within 0～分值. Never confidently: below the line
    unsaid, a part of a step counts in proportion, and a cap unsaid is the 分值."""
    m = _AT_LINE_THEN_PAST.fullmatch(w.text.rstrip(";。."))
    if not m:
        return None
    line, base, step, x = d(m.group("line")), d(m.group("base")), d(m.group("step")), d(m.group("x"))
    cap = d(m.group("cap")) if m.group("cap") else None
    if (d(m.group("line2")) != line or not _same_unit(m.group("u"), m.group("u2")) or not _same_unit(m.group("u"), m.group("su"))
            or not 0 < base < w.weight or step <= 0 or not 0 < x < w.weight or (cap is not None and cap != w.weight)):
        return None
    unit = "%" if m.group("u") == "个百分点" else m.group("u")
    what = _case_words(m.group("what")) or w.name or "数值"
    inner = f"{number(base)} + {number(x)} * (n - {number(line)}) / {number(step)}"
    reached = f"{what}达到{number(line)}{unit}"
    item = gated(RULE.item(w.name or what, w.weight, {"expression": inner,
                                                      "variables": [{"name": "n", "label": f"{what}（{unit}）", "unit": unit}]}),
                 f"{what}未达到{number(line)}{unit}", any_formula=True)
    if item is None:
        return None
    doubts = [f"“不足{number(line)}{unit}”：评分标准未说明，按不得分读（{reached}另以 0/1 录入）"]
    if step != 1 or unit == "%" or unit.endswith("元"):
        doubts.append(f"“每{m.group('step')}{m.group('su')}”：不足一档的部分按比例计分")
    if cap is None:
        doubts.append(f"未说明最多得分：超过 {number(w.weight)} 分的按分值计")
    return Proposed([item], f"公式计分：{reached}得 {number(base)} 分，超过部分每{number(step)}{m.group('su')}加 {number(x)} 分，"
                            f"未达到不得分，得分限于 0～分值", tuple(doubts))



# ── proposal: points for the task done, a bonus per step of the excess (“完成任务得8分,超额完成每10%加1分,最高加2分”) ─────
#: the task done and its points (perhaps nothing when it is not), then each step of the excess earning points, the bonus
#: capped (perhaps): “完成任务得8分,超额完成每10%加1分,最高加2分”, “完成任务的得8分;超额完成的,每超10个百分点加1分,加满2分为止”,
#: “完成产量定额得20分,产量每超定额1%加0.5分,最多加5分”
_TARGET_THEN_BONUS = lazy_compile(r"^(?P<req>(?:全面|按时|按期|如期)?完成[^\d,;:()%分每未不扣]{0,16}?)(?:的|者)?,?(?:得|计|记)(?P<base>"
                                + _N + r")分(?P<none>,(?:未完成|没有完成|完不成)(?:的|者)?,?(?:不得分|得0分|计0分))?[,;]"
                                r"(?:(?:超额完成|超出部分|超额部分)(?:的|部分)?,?每(?:超过|超出|超额|超|增加|提高|多)?|"
                                # “完成产量定额得20分,产量每超定额1%加0.5分”: the excess over a quota
                                r"[\u4e00-\u9fff]{0,6}?每(?:超过|超出|超)定额)(?P<step>"
                                + _N + r")(?P<u>%|个百分点)(?:的)?,?(?:加|得|计|\+)(?P<x>" + _N + r")分"
                                r"(?:[,;](?:(?:最高|最多|累计|上限)(?:加|\+|得|计)?|(?:加|\+)满)(?P<cap>" + _N + r")分(?:为止)?)?$")


def _target_then_bonus(w: Wording) -> Proposed | None:
    """“完成任务得8分,超额完成每10%加1分,最高加2分”: the points of the task done, and a bonus for each step of the excess,
    the bonus capped so that the points reach the 分值: ``g * (8 + 1 * e / 10)`` over the excess in percentage points
    and a 0/1 factor ``g`` (the task done or not), the score kept within 0～分值. Never confidently: the task not done
    is read as nothing where the text does not say so, ``g`` is entered beside the excess, and a part of a step earns
    in proportion."""
    m = _TARGET_THEN_BONUS.match(w.text.rstrip(";。."))
    if not m:
        return None
    base, step, x = d(m.group("base")), d(m.group("step")), d(m.group("x"))
    cap = d(m.group("cap")) if m.group("cap") else None
    if not 0 < base < w.weight or step <= 0 or not 0 < x <= w.weight - base or (cap is not None and base + cap != w.weight):
        return None
    req = _case_words(m.group("req")) or "完成任务"
    inner = f"{number(base)} + {number(x)} * e" + (f" / {number(step)}" if step != 1 else "")
    item = gated(RULE.item(w.name or req, w.weight, {"expression": inner, "variables": [
        {"name": "e", "label": "超额完成的百分点数（%）", "unit": "%"}]}), f"未{req}", any_formula=True)
    if item is None:
        return None
    doubts = [f"“每{m.group('step')}{m.group('u')}”：超额不足一档的部分按比例计分"]
    if not m.group("none"):
        doubts.append(f"“{req}”：未完成的情形评分标准未说明，按不得分读")
    if cap is None:
        doubts.append(f"未说明最多加分：超过 {number(w.weight)} 分的按分值计")
    return Proposed([item], f"公式计分：{req}得 {number(base)} 分，超额完成每{number(step)}个百分点加 {number(x)} 分，"
                            f"未完成不得分，得分限于 0～分值", tuple(doubts))

#: the task done and its points, a shortfall scored in proportion, then a bonus per unit of the excess, capped so that
#: the points reach the 分值: “完成任务计4分,完不成任务按比例计分;超额完成目标每个加0.2分,加分不超过1分”, “投资增幅完成目标
#: 任务计12分,未完成按比例扣分,超额完成1个百分点加0.3分,加分不超过3分,总分不超过15分” (words before it, such as how the
#: task is shared out, are left for the reader)
_TARGET_PRORATA_BONUS = lazy_compile(r"(?:^|[,;])(?P<req>[^\d,;:()%分每未不扣]{0,16}?完成[^\d,;:()%分每未不扣]{0,16}?)(?:的|者)?,?"
                                   r"(?:得|计|记)(?P<base>" + _N + r")分[,;](?:未完成|没有完成|完不成|未达到)(?:目标)?(?:任务)?(?:的|者)?,?"
                                   r"按(?:完成)?比例(?:计分|扣分|得分|折算)[,;](?:超额完成|超过|超出)(?:目标|任务|计划){0,2}(?:的|部分)?,?"
                                   r"每?(?:1(?P<pp>个百分点)|(?P<cu>个|项|家|户|件))(?:的)?,?加(?P<x>" + _N + r")分[,;]"
                                   r"(?:加分|奖励分)?(?:不超过|最多|最高|上限)(?:加)?(?P<cap>" + _N + r")分"
                                   r"(?:[,;](?:总分|合计|最高|累计)不超过(?P<total>" + _N + r")分)?$")


def _target_prorata_bonus(w: Wording) -> Proposed | None:
    """“完成任务计4分,完不成任务按比例计分;超额完成目标每个加0.2分,加分不超过1分”: the points of the task done, a
    shortfall in proportion to them, and a bonus for each unit past the target, capped at the rest of the 分值:
    ``min(4, 4 * n / t) + min(1, max(0, n - t) * 0.2)`` over what was done and the target, counted (每个) or as rates
    whose difference is in percentage points (每超1个百分点). Never confidently: the words before it (how the task is
    set) are not read, and “完成” is read as reaching the target."""
    m = _TARGET_PRORATA_BONUS.search(w.text.rstrip(";。."))
    if not m:
        return None
    base, x, cap = d(m.group("base")), d(m.group("x")), d(m.group("cap"))
    if not 0 < base < w.weight or base + cap != w.weight or not 0 < x <= cap \
            or (m.group("total") is not None and d(m.group("total")) != w.weight):
        return None
    req = _case_words(m.group("req")) or "完成任务"
    if m.group("pp"):
        unit, done, target = "%", f"{req}的实际值（%）", f"{req}的目标值（%）"
    else:
        unit, done, target = m.group("cu"), f"完成数（{m.group('cu')}）", f"目标任务数（{m.group('cu')}）"
    b, c = number(base), number(cap)
    item = RULE.item(w.name or req, w.weight, {
        "expression": f"min({b}, {b} * n / t) + min({c}, max(0, n - t) * {number(x)})",
        "variables": [{"name": "n", "label": done, "unit": unit}, {"name": "t", "label": target, "unit": unit}]})
    doubts = [f"“{m.group('req')}”：按完成数与目标数计分（未完成按比例，超额部分加分），请核对"]
    if m.start() > 0:
        doubts.append(f"“{w.text[:m.start()]}”：未读入规则")
    return Proposed([item], f"公式计分：{req}得 {b} 分，未完成按比例计分，超额每{'个百分点' if m.group('pp') else m.group('cu')}"
                            f"加 {number(x)} 分，最多加 {c} 分", tuple(doubts))


#: “产量每超定额1%加0.5分,最多加5分”, “班产量每超出定额1%加1分,最高加5分”: a bonus alone for each step of % over a quota,
#: capped at the 分值
_BONUS_OVER_QUOTA = lazy_compile(r"(?P<what>[\u4e00-\u9fff]{1,8}?)每(?:超过|超出|超)定额(?P<step>" + _N + r")(?:%|个百分点)(?:加|得|计|\+)"
                               r"(?P<x>" + _N + r")分,(?:最高|最多|累计最多|上限)(?:加|\+|得)?(?P<cap>" + _N + r")分")


def _bonus_over_quota(w: Wording) -> Proposed | None:
    """“产量每超定额1%加0.5分,最多加5分” (分值 5): points for each step of % the output is over its quota, capped at the
    分值, as ``0.5 * e`` over the excess in percentage points, the engine keeping the score within 0～分值 (the quota
    not reached earns nothing). Never confidently: a part of a step earns in proportion, and the excess is entered in
    percentage points of the quota."""
    m = _BONUS_OVER_QUOTA.fullmatch(w.text.rstrip(";。."))
    if not m:
        return None
    step, x, cap = d(m.group("step")), d(m.group("x")), d(m.group("cap"))
    if step <= 0 or not 0 < x <= w.weight or cap != w.weight:
        return None
    what = m.group("what")
    inner = f"{number(x)} * e" + (f" / {number(step)}" if step != 1 else "")
    item = RULE.item(w.name or what, w.weight, {"expression": inner, "variables": [
        {"name": "e", "label": f"{what}超过定额的百分点数（%）", "unit": "%"}]})
    doubts = (f"“每超定额{m.group('step')}%”：超过定额的百分点数录入（如完成定额的 103% 录 3），不足一档的部分按比例计分",)
    return Proposed([item], f"公式计分：{what}每超定额 {number(step)}% 加 {number(x)} 分，最多 {number(cap)} 分", doubts)


#: “存款净增(10分);每超计划1个百分点加计0.1分,加分不超过2分”: a heading naming what is measured with its points, then a
#: bonus for each step of percentage points past the plan (or target, task), capped: the row's 分值 is the points and the cap
_HEADING_THEN_BONUS = lazy_compile(r"^(?P<what>[^,;:()\d%]{2,20}?)\((?P<base>" + _N + r")分\)[;,:]?"
                                 r"每超(?:过|出)?(?P<of>(?:确保数|考核|年度|全年)?(?:计划|目标|任务))(?:数|值)?(?P<step>" + _N
                                 + r")个?百分点,?(?:加计|加|得|计)(?P<x>" + _N + r")分[,;](?:加分|最多加|最高加|最多|最高)"
                                 r"(?:不超过|不高于|最多|最高|为)?(?P<cap>" + _N + r")分(?:为限|封顶)?$")


def _heading_then_bonus(w: Wording) -> Proposed | None:
    """“存款净增(10分);每超确保数计划1个百分点加计0.1分,加分不超过2分” (分值 12): the heading's points at the plan, read as
    earned in proportion to the share of the plan reached below it, and the bonus per step past it up to its cap (the
    分值 being the two together): ``min(10, 10 * c / 100) + min(2, 0.1 * max(0, c - 100))`` over the share ``c`` of the
    plan reached, in %. Never confidently: what the plan short of it scores is not said (read as in proportion), and a
    part of a step earns in proportion."""
    m = _HEADING_THEN_BONUS.match(ORDINAL_AT.sub("", w.text).rstrip(";。.,"))
    if not m:
        return None
    base, step, x, cap = d(m.group("base")), d(m.group("step")), d(m.group("x")), d(m.group("cap"))
    if not 0 < base < w.weight or base + cap != w.weight or step <= 0 or not 0 < x <= cap:
        return None
    what, of = m.group("what"), m.group("of")
    bonus = f"{number(x)} * max(0, c - 100)" + (f" / {number(step)}" if step != 1 else "")
    expression = f"min({number(base)}, {number(base)} * c / 100) + min({number(cap)}, {bonus})"
    variables = [{"name": "c", "label": f"{what}完成{of}的比例（实际÷{of}×100）", "unit": "%"}]
    doubts = (f"“({m.group('base')}分)”：未完成{of}时的得分原文未说明，按完成比例计分读",
              f"“每超{m.group('of')}{m.group('step')}个百分点”：不足一档的部分按比例计分")
    return Proposed([RULE.item(w.name or what, w.weight, {"expression": expression, "variables": variables})],
                    f"公式计分：{what}按完成{of}的比例得 0～{number(base)} 分，每超{of} {number(step)} 个百分点加 "
                    f"{number(x)} 分，最多加 {number(cap)} 分", doubts)


#: “1.老年人健康管理率≥70%,得20分2.老年人健康管理率<70%,得分=实际的老年人健康管理率/70%×20分”: full at a line, below it the
#: rate's share of the line
_FULL_AT_LINE_SHARE = lazy_compile(r"(?:1[.、])?(?P<a>[^,;\d]{1,20}?率)(?:≥|达到|不低于)(?P<l>" + _N + r")%(?:的|以上|及以上)?,?(?:得|计)"
                            r"(?P<f>" + _N + r")分[,;]?(?:2[.、])?(?P<a2>[^,;\d]{0,20}?)(?:<|低于|未达到|不足)(?P<l2>" + _N
                            + r")%(?:的|时)?,?(?:得分=|按)(?:实际的?)?(?P<b>[^,;\d/]{1,20}?率)/(?P<l3>" + _N
                            + r")%\*(?:(?P<g>" + _N + r")分|分值|满分)")


def _full_at_line_share(w: Wording) -> Proposed | None:
    """“老年人健康管理率≥70%,得20分;老年人健康管理率<70%,得分=实际的老年人健康管理率/70%×20分”: the points at or above a
    line, below it the rate's share of the line, as ``r / 70 * 20`` over the rate in %, the engine keeping the score
    within 0～分值. Never confidently: the rate is entered in %."""
    m = _FULL_AT_LINE_SHARE.fullmatch(w.text.rstrip(";。."))
    if not m:
        return None
    line, full = d(m.group("l")), d(m.group("f"))
    if not 0 < line <= 100 or d(m.group("l2")) != line or d(m.group("l3")) != line or full != w.weight \
            or (m.group("g") and d(m.group("g")) != w.weight) or (m.group("a2") and m.group("a2") != m.group("a")):
        return None
    what = m.group("a")
    variables = [{"name": "r", "label": f"{what}（%）", "unit": "%"}]
    doubts = [f"“{what}”：按百分数录入（如 56% 录 56），低于 {number(line)}% 时得分 = {what} ÷ {number(line)}% × 分值"]
    if m.group("b").removeprefix("实际") != what.removeprefix("实际"):
        doubts.append(f"“{m.group('b')}”：按{what}读")
    return Proposed([RULE.item(w.name or what, w.weight, {"expression": f"r / {number(line)} * {number(full)}",
                                                          "variables": variables})],
                    f"公式计分：{what}达到 {number(line)}% 得满分，低于时得分 = {what} ÷ {number(line)}% × 分值，得分限于 0～分值",
                    tuple(doubts))


#: “公益性公墓数量已达行政村数80%的得10分,未达总数80%的,按比例扣除,扣完为止”: a count's share of another, full at a
#: line, below it in proportion
_COUNT_SHARE_LINE = lazy_compile(r"(?:\d[.、])?(?P<what>[^,;\d%]{2,30}?)(?:已|要)?(?:达到?|占)(?P<of>[^,;\d%]{1,10}?数)(?:的)?(?P<n>" + _N
                               + r")%(?:及以上|以上)?(?:的|者)?,?(?:得|计)(?:满分|(?P<pts>" + _N + r")分)[,;]"
                               r"(?:未达到?|低于|不足|达不到)(?:总数|(?P=of))?(?:的)?(?P<n2>" + _N + r")%(?:的|者)?,?"
                               r"按比例(?P<verb>扣除|扣分|减分|计分|得分)(?:,扣完为止)?")


def _count_share_line(w: Wording) -> Proposed | None:
    """“公益性公墓数量已达行政村数80%的得10分,未达总数80%的,按比例扣除,扣完为止”: full at a line of a count's share of
    another, below it the share reached of the line × 分值 (``max * min(r / 80, 1)`` over the share in %), a deduction in
    proportion to the shortfall coming to the same. Never confidently: the share is entered in %."""
    m = _COUNT_SHARE_LINE.fullmatch(w.text.rstrip(";。."))
    if not m:
        return None
    line = d(m.group("n"))
    if not 0 < line <= 100 or d(m.group("n2")) != line or (m.group("pts") and d(m.group("pts")) != w.weight):
        return None
    what = _case_words(m.group("what")) or "数量"
    label = f"{what}占{m.group('of')}的比例"
    doubts = [f"“{m.group(0)[m.start('n2') - m.start():]}”：{label}按百分数录入，低于 {number(line)}% 的得分 = "
              f"{label} ÷ {number(line)}% × 分值" + ("（按比例扣除读作按差额比例扣分）" if m.group("verb") in ("扣除", "扣分", "减分") else "")]
    return Proposed([RULE.item(w.name or label, w.weight, {"expression": f"max * min(r / {number(line)}, 1)",
                                                         "variables": [{"name": "r", "label": f"{label}（%）", "unit": "%"}]})],
                    f"公式计分：{label}达到 {number(line)}% 得满分，低于时得分 = {label} ÷ {number(line)}% × 分值", tuple(doubts))


def _line_step_up(w: Wording) -> Proposed | None:
    """“<50个不得分;达到50个得5分,此基础上每增加1个加0.1分”, “达到10项得6分,此基础上每增加1项加1分;不足10项不得分”: nothing
    below a line, points at it, more for each step above it, as ``g * (5 + 0.1 * (n - 50))`` over the value (a count,
    an amount, a percentage) and a 0/1 factor ``g`` zeroing the row below the line (``gated``), the score kept within
    0～分值. Never confidently: ``g`` is entered beside the value, a part of a step counts in proportion, and a cap
    unsaid is the 分值."""
    t = w.text.rstrip(";。.")
    clauses = t.split(";")
    if len(clauses) != 2:
        return None
    below = _NONE_BELOW.fullmatch(clauses[0]) or _NONE_BELOW.fullmatch(clauses[1])
    at = _AT_LINE_STEP_UP.fullmatch(clauses[1] if below and below.string == clauses[0] else clauses[0])
    if below is None or at is None:
        return None
    line, base, step, x = d(at.group("line")), d(at.group("base")), d(at.group("step")), d(at.group("x"))
    unit = "%" if at.group("u") == "个百分点" else at.group("u")
    cap = d(at.group("cap")) if at.group("cap") else None
    if (d(below.group("lo")) != line or not _same_unit(below.group("lu"), at.group("u")) or not _same_unit(unit, at.group("su"))
            or not 0 < base < w.weight or step <= 0 or not 0 < x < w.weight or (cap is not None and cap != w.weight)):
        return None
    what = _case_words(below.group("what") or at.group("what")) or w.name or "数值"
    inner = f"{number(base)} + {number(x)} * (n - {number(line)}) / {number(step)}"  # (“/ 1”: the step as the text states it)
    item = gated(RULE.item(w.name or what, w.weight, {"expression": inner,
                                                      "variables": [{"name": "n", "label": f"{what}（{unit}）", "unit": unit}]}),
                 below.string[:below.end("lu")], any_formula=True)
    if item is None:
        return None
    said_step = f"每{' ' + number(step) if step != 1 else ''}{'个百分点' if unit == '%' else unit}"
    doubts = [f"“{below.group(0)}”：是否达到 {number(line)}{unit} 另以 0/1 录入，未达到的整项不得分"]
    if step != 1 or unit == "%" or unit.endswith("元"):  # (a count goes one whole case at a time)
        doubts.append(f"“{at.group(0)}”：不足一档的部分按比例计分")
    if cap is None:
        doubts.append(f"未说明最多得分：超过 {number(w.weight)} 分的按分值计")
    if unit == "%" and line + (w.weight - base) / x * step > 100:
        doubts.append(f"{what}达到 100% 时得 {number(base + (100 - line) / step * x)} 分，达不到分值 {number(w.weight)} 分")
    return Proposed([item], f"公式计分：{what}低于 {number(line)}{unit} 不得分，达到得 {number(base)} 分，此后{said_step}加 "
                            f"{number(x)} 分，得分限于 0～分值", tuple(doubts))


# ── proposal: points at a line, a step above it, nothing said below it ─────
#: the units a line of time or count is said in, and its step: “满3个月”, “每增加1个月”
_AT_LINE_UNITS = _LINE_UNITS + r"|个月|年"
#: “…的医疗机构,经营时间(计算到申请当月)满3个月得5分,每增加1个月,增加0.5分,最高为15分”: words of what is scored (no
#: figure), the points at a line, then those of each step above it, and perhaps the cap; nothing said below the line
_AT_LINE_UP = lazy_compile(r"^(?:[^\d;,分]{2,40},)?(?P<what>[^;,\d分]{0,30}?)(?:达到|满|≥)(?P<line>" + _N + r")(?P<u>" + _AT_LINE_UNITS
                         + r")(?:的|者|及以上|以上)?,?(?:得|计|记)(?P<base>" + _N + r")分[,;](?:在?此基础上|此后|以上部分)?,?"
                         r"每(?:增加|多|延长|提高|增长|超过)(?P<step>" + _N + r")(?P<su>" + _AT_LINE_UNITS + r")(?:的)?,?"
                         r"(?:加|增加|另加|加记|加计|得|计|记)(?P<x>" + _N + r")分"
                         r"(?:[,;](?:" + _CAP_SAID + r"|满分|加满)(?:为|加至)?(?P<cap>" + _N + r")分(?:为止|封顶)?)?$")


def _at_line_up(w: Wording) -> Proposed | None:
    """“经营时间满3个月得5分,每增加1个月,增加0.5分,最高为15分”: points at a line, more for each step above it, nothing said
    of a value below the line: ``5 + 0.5 * (n - 3) / 1`` over the value, the score kept within 0～分值 (where the 分值
    is reached is the text's cap when it is the 分值). Never confidently: below the line the same step is taken off,
    which the text does not say (a text that says it is ``_line_step_up``'s), and a part of a step counts in proportion."""
    m = _AT_LINE_UP.match(w.text.rstrip(";。."))
    if not m:
        return None
    line, base, step, x = d(m.group("line")), d(m.group("base")), d(m.group("step")), d(m.group("x"))
    cap = d(m.group("cap")) if m.group("cap") else None
    unit = "%" if m.group("u") == "个百分点" else m.group("u")
    if (not _same_unit(m.group("u"), m.group("su")) or not 0 < base < w.weight or step <= 0 or not 0 < x < w.weight
            or (cap is not None and cap != w.weight)):
        return None
    what = _case_words(m.group("what")) or w.name or "数值"
    expression = f"{number(base)} + {number(x)} * (n - {number(line)}) / {number(step)}"
    doubts = [f"“不足{number(line)}{unit}”：评分标准未说明，按每{number(step) if step != 1 else ''}{unit}少得 {number(x)} 分读"]
    if step != 1 or unit == "%":
        doubts.append(f"“每{m.group('step')}{m.group('su')}”：不足一档的部分按比例计分")
    if cap is None:
        doubts.append(f"未说明最多得分：超过 {number(w.weight)} 分的按分值计")
    variables = [{"name": "n", "label": f"{what}（{unit}）", "unit": unit}]
    return Proposed([RULE.item(w.name or what, w.weight, {"expression": expression, "variables": variables})],
                    f"公式计分：{what}达到 {number(line)}{unit} 得 {number(base)} 分，此后每{number(step) if step != 1 else ''}{unit}"
                    f"加 {number(x)} 分，得分限于 0～分值", tuple(doubts))


# ── proposal: points for each of a number sampled that meets a requirement ─
#: a text opening with a number sampled (“抽查3位农户”, “随机抽取5家”)
_SAMPLING = lazy_compile(r"^(?:随机)?(?:抽查|抽取|抽访|走访|询问)\d")
#: “抽查3位农户,农户熟悉…工作得2分,共6分”: a number sampled, what each must show, its points, and their total
_SAMPLED_EACH = lazy_compile(r"^(?:随机)?(?:抽查|抽取|抽访|走访|询问)(?P<n>\d+)(?P<unit>位|名|个|户|家|人|所|份|项|件|条|处)"
                           r"(?P<who>[\u4e00-\u9fff]{1,10}?)[,:](?P<cond>[^;,\d]{2,40}?)(?:的|者)?,?(?:得|计|记)(?P<pts>" + _N
                           + r")分[,;](?:共|共计|合计|总计|满分)(?P<total>" + _N + r")分[;。.]?$")


def _sampled_each(w: Wording) -> Proposed | None:
    """“抽查3位农户,农户熟悉…工作得2分,共6分”: each one sampled that meets the requirement earns the points, the total
    that many times them and the 分值: ``2 * min(n, 3)`` over how many of those sampled meet it."""
    m = _SAMPLED_EACH.match(w.text)
    if not m:
        return None
    n, pts, total = d(m.group("n")), d(m.group("pts")), d(m.group("total"))
    if n < 2 or n * pts != total or total != w.weight:
        return None
    unit = m.group("unit")
    label = f"抽查的{m.group('n')}{unit}{m.group('who')}中{_case_words(m.group('cond'))}的（{unit}数）"
    variables = [{"name": "n", "label": label, "unit": unit}]
    expression = f"{number(pts)} * min(n, {number(n)})"  # no more of them meet it than were sampled
    return Proposed([RULE.item(w.name or m.group("who"), w.weight, {"expression": expression, "variables": variables})],
                    f"公式计分：抽查 {m.group('n')}{unit}，每{unit}符合得 {number(pts)} 分")


# ── proposal: points for each administrative level that meets a requirement ─
#: “…办事机构各得0.25分”, “及时上报信息各得0.25”: a requirement each level listed earns its points for
_LEVEL_EACH = lazy_compile(r"^(?P<words>[^;\d每扣]{2,40}?)各(?:得|计|记)(?P<pts>" + _N + r")分?(?P<aside>\([^()]*\))?$")
#: “省《情况交流》采用1篇得0.1分,最多1分”: points per case of the whole, up to a cap of their own
_LEVEL_CASES = lazy_compile(r"^(?P<words>[^;\d每扣各]{2,40}?)(?:每|1)(?P<unit>篇|次|个|件|条|项|份|期)(?:得|计|记|加)(?P<pts>" + _N
                          + r")分,(?:最多|最高)(?:得|计|记|加)?(?P<cap>" + _N + r")分$")
#: “群众知晓度高得1分”: a requirement of the whole, met or not
_LEVEL_WHOLE = lazy_compile(r"^(?P<words>[^;\d每扣各]{2,40}?)(?:得|计|记)(?P<pts>" + _N + r")分(?P<aside>\([^()]*\))?$")


def _levels_each(w: Wording) -> Proposed | None:
    """“市、县(市、区)、乡(镇)、村召开动员会进行部署各得0.5分;出台实施方案各得0.5分”: the levels listed at the head each
    earn the points of each requirement they meet (a later sentence with 各 is said of the same levels, one without it of
    the whole): ``0.5 * a + 0.5 * b`` over the number of levels meeting each (0 to the levels listed), or 0/1, adding up
    to the 分值. Never confidently: whether 各 is each level or each thing named is the evaluator's to confirm."""
    t = w.text.rstrip(";。")
    head = LEVELS_LISTED.match(t)
    if not head:
        return None
    levels = [x.group(0) for x in LEVEL_ONE.finditer(head.group(0))]
    names = "、".join(re.sub(r"\(.*\)|级", "", x) for x in levels)
    variables: list[dict[str, str]] = []
    terms, said_terms, doubts = [], [], []
    total = Decimal(0)
    for sentence in t.split(";"):
        if len(variables) >= len(_NAMES):
            return None  # (more requirements than a formula has names for)
        each = _LEVEL_EACH.match(sentence)
        whole = None if each else _LEVEL_WHOLE.match(sentence)
        m = each or whole
        cases = _LEVEL_CASES.match(sentence) if m is None and variables else None
        if cases:  # points per case of the whole, capped: ``min(1, 0.1 * c)``
            pts, cap = d(cases.group("pts")), d(cases.group("cap"))
            if not 0 < pts < cap:
                return None
            name, unit, what = _NAMES[len(variables)], cases.group("unit"), _case_words(cases.group("words"))
            variables.append({"name": name, "label": f"{what}（{unit}数）", "unit": unit})
            terms.append(f"min({number(cap)}, {number(pts)} * {name})")
            said_terms.append(f"{what}每{unit}得 {number(pts)} 分（最多 {number(cap)} 分）")
            total += cap
            continue
        if m is None:
            return None
        words, pts = m.group("words"), d(m.group("pts"))
        again = LEVELS_LISTED.match(words)
        if again and [x.group(0) for x in LEVEL_ONE.finditer(again.group(0))] != levels:
            return None  # other levels: not the ones counted
        if again and not each:
            return None
        words = _case_words(words[again.end():] if again else words[head.end():] if not variables else words)
        if not words or pts <= 0:
            return None
        name = _NAMES[len(variables)]
        if each:
            variables.append({"name": name, "label": f"{words}的级数（{names}，0-{len(levels)}）", "unit": "级"})
            total += pts * len(levels)
            said_terms.append(f"{names}{words}各得 {number(pts)} 分")
        else:
            variables.append({"name": name, "label": f"是否{words}（是=1，否=0）", "unit": ""})
            total += pts
            said_terms.append(f"{words}得 {number(pts)} 分")
        terms.append(name if pts == 1 else f"{number(pts)} * {name}")
        if m.group("aside"):
            doubts.append(f"“{m.group('aside')}”：括号中的说明未用于计分")
    if total != w.weight or not any(v["unit"] == "级" for v in variables):
        return None
    doubts.insert(0, f"“各得”：按{names}各级分别计分读（每达到一级得一份分值），请核对")
    return Proposed([RULE.item(w.name, w.weight, {"expression": " + ".join(terms), "variables": variables})],
                    "公式计分：" + "；".join(said_terms), tuple(doubts))


# ── proposal: the points taken off written as a formula ─────────────────────
#: “扣分=(目标值-实际值)÷目标值×10”, “…,按如下方式扣分:扣分分值=(…)÷…”: what the formula gives is the deduction
_DEDUCTED_LHS = lazy_compile(r"(?:^|(?<=[;:]))(?:应扣分|扣分|扣减|扣除)(?:分值|分数|值)?=")
#: words before such a formula that score anything themselves (points, a score of the row)
_DEDUCTED_LEAD_NOT = lazy_compile(r"\d+(?:\.\d+)?分|得分|得满分|不得分|加分|另扣|=")


def _written_deduction(w: Wording) -> Proposed | None:
    """“扣分=(目标值-实际值)÷目标值×10”, “…90%及以上的,不扣分;…低于…90%,按如下方式扣分:扣分分值=(…×0.9-…)÷…”: the
    deduction written as a formula (read as ``_written`` reads a score's), taken off the 分值: ``max - (…)``, kept
    within 0～分值 (a formula below 0 takes nothing off). Words before it that score nothing themselves (when the
    formula applies) are set aside for the evaluator to check. Never confidently."""
    t = w.text.rstrip(";。")
    m = _DEDUCTED_LHS.search(t)
    if not m:
        return None
    lead, body = t[:m.start()].rstrip(";:"), t[m.end():]
    if lead and (_DEDUCTED_LEAD_NOT.search(lead) or "扣分" not in lead):
        return None  # words that score, or that do not lead to the deduction
    found = _written(replace(w, text="得分=" + body))
    if found is None:
        return None
    item = found.items[0]
    params = item["params"]
    expression = f"max - ({params['expression']})"
    doubts = [*(found.doubts or ())]
    if lead:
        doubts.append(f"“{lead}”：作为扣分公式的适用说明，公式结果不足 0 时不扣分")
    return Proposed([RULE.item(w.name or "公式", w.weight, {"expression": expression, "variables": params["variables"]})],
                    found.summary.replace("得分 = ", "扣分 = ", 1).replace("，得分限于 0～分值", "，得分 = 分值 − 扣分，限于 0～分值"),
                    tuple(doubts))


# ── proposal: a formula written out among words that do not change it ──────
#: “…存贷比大于或等于全市存贷比平均水平的,得满分20分;…小于全市存贷比平均水平的,按下列公式计算:”: the 分值 at or past
#: a named value, the formula below it (the score kept within 0～分值, so the formula gives the 分值 past it too)
_WRITTEN_BELOW = lazy_compile(r"^(?P<lead>[^;:]{2,60}?(?:大于或等于|高于或等于|大于等于|不低于|不少于|达到|≥)[^;:]{1,30}?的?,?得满分"
                            r"(?:" + _N + r"分)?;[^;:]{0,60}?(?:小于|低于|少于|未达到|<)[^;:]{1,30}?的?,?"
                            r"按(?:下列|以下|如下)?公式计算):")
#: “单位和一般公共场所满分12分,按照…折算”: the 分值 said first, after whom it is for (the 分值 itself)
_WRITTEN_FULL = lazy_compile(r"^[^;,\d]{0,20}?(?:满分|分值)(?:为)?(?P<full>" + _N + r")分[,;]")
#: “…其中:预算资金总来源是指…”: a closing definition of a quantity of the formula
_WRITTEN_WHERE = lazy_compile(r"(?:;|。)?其中:(?P<what>[^;]*?(?:是指|指|包括|为)[^;]*);?$")
#: “由部门经理…打分;”: a sentence before the formula saying who scores or on what, with no figure or sign (a
#: requirement, “资金按时拨付;”, is no such sentence), or a clause saying what the formula converts (“按照测评结果进行折算,”)
_WRITTEN_LEAD = lazy_compile(r"^(?P<lead>(?=[^;]*(?:由|根据|依据|打分|评分|评定|记录|统计))[^;\d*/÷+=%]{4,40}"
                           r"|按照?[^,;\d*/÷+=%]{2,30}?(?:折算|换算))[;,]")
#: “以交货批退率考核:批退率=退货批数÷交货总批数”, “差错率=差错件数÷办理总件数;”: a rate (ratio, coefficient) defined
#: before the formula that uses it, as a quotient of quantities named in words, under a lead naming what is assessed
#: (“偏差率=|实际值-目标值|/目标值×100%,得分=…”: a deviation's absolute value over the target, in %, before the formula)
_WRITTEN_DEFINED = lazy_compile(r"^(?:以[^;:,=\d]{2,20}?(?:考核|计分|评分|评价):)?(?P<name>[\u4e00-\u9fff]{1,12}?(?:率|比|系数))="
                              r"(?P<def>[\u4e00-\u9fff]{2,16}/[\u4e00-\u9fff]{2,16}|"
                              r"\|[\u4e00-\u9fff]{2,16}-[\u4e00-\u9fff]{2,16}\|/[\u4e00-\u9fff]{2,16}(?:\*100%)?)"
                              r"(?:;|,(?=(?:本项|该项|此项)?(?:得分|分值|分数|评分|计分|总分)=)|"
                              r"(?=(?:本项|该项|此项)?(?:得分|分值|分数|评分|计分|总分)=))")
#: a closing clause saying no more than that the score stays within 0～分值: “…,扣完为止”, “…,最低0分”, “…,最高不超过权重”,
#: “…,最高10分” (of 分值 10)
_WRITTEN_BOUNDS = lazy_compile(r",(?P<said>扣完为止|扣至0分为止|最低(?:为|得)?0分|最低不低于0分|(?:得分)?不(?:出现|得为|计)负分|"
                             r"(?:得分)?最高不超过(?:本项|该项)?(?:分值|权重|满分)|(?:得分)?最高(?:得|为)?(?P<cap>" + _N + r")分|"
                             r"满分(?:为)?(?P<full>" + _N + r")分)[;.]?$")
#: “…另外:逾期1天,加扣1分;逾期造成停工待料1次,扣2分”: faults taken off the formula's score on top of it, after it
_WRITTEN_MORE = lazy_compile(r"(?P<mark>另外|此外|另(?=[:,]))[:,]?(?P<faults>[^=]*扣\d+(?:\.\d+)?分[^=]*)$")
#: “…;达标为90分,增设一票否决项”: a closing sentence naming the pass mark of the score converted, and a veto the text
#: does not spell out (set aside, to check); its stop read by text recognition as a 0 after the formula's percentage
#: (“…*12%0达标为90分”)
_WRITTEN_PASS = lazy_compile(r"(?:;|(?<=\d%)0(?=达标|合格))(?P<pass>(?:达标(?:线|分|分数线)?为|合格(?:线|分)?为)" + _N + r"分(?P<veto>,(?:增设|另设|设有?)一票否决(?:项|事项)?)?)$")
#: “本项得分为:”: what the formula gives, said with 为
_WRITTEN_IS = lazy_compile(r"^(?P<lhs>[\u4e00-\u9fff]{0,16}?(?:得分|分值|得分值|分数|评分|计分|总分))为:?")
#: “计分办法为10×…”, “评分方法:…”: the way of scoring named, then the formula (what it gives is the score)
_WRITTEN_HOW = lazy_compile(r"^(?:计分|评分|得分|赋分)(?:办法|方法|公式)(?:为|是)?:?(?=[\d(\[{\u4e00-\u9fff])")
#: “(100分制)”, “(不含…)”: an aside in brackets on how a quantity is counted
_WRITTEN_ASIDE = lazy_compile(r"\((?:\d+分制|(?:不)?含[^()*/÷+\-]{1,20})\)")
#: “本项权重系数70%”: the weight named before its percentage
_WRITTEN_WEIGHT = lazy_compile(r"(?<=[*×])(?:本项|该项|此项)?(?:权重系数|权重|系数)(?=\d+(?:\.\d+)?%)")


def _written_among_words(w: Wording) -> Proposed | None:
    """“由部门经理…打分;本项得分为:…平均分数(100分制)*本项权重系数70%”, “(A-B-C)÷A*指标分值其中:A是指…”: a formula written out
    (read as ``_written`` reads it) with words around it that do not change it: a sentence before it saying who scores,
    “得分为:” for “得分=”, an aside on how a quantity is counted, the weight named before its percentage, a closing
    definition of a quantity (其中:…), a rate defined before it as a quotient (“批退率=退货批数÷交货总批数”, put in the
    formula in its place). Never confidently: the words set aside are named for the evaluator to check."""
    t = w.text.rstrip(";")
    set_aside: list[str] = []
    where = _WRITTEN_WHERE.search(t)
    if where:
        set_aside.append(f"“其中:{where.group('what')}”：作为对公式中数量的说明")
        t = t[:where.start()]
    defined = _WRITTEN_DEFINED.match(t)
    if defined and defined.group("name") in t[defined.end():]:
        set_aside.append(f"“{defined.group('name')}={defined.group('def')}”：{defined.group('name')}按其定义代入公式")
        t = t[defined.end():].replace(defined.group("name"), f"({defined.group('def')})")
    elif defined and defined.group("def") in t[defined.end():]:  # the formula writes the quotient out again
        set_aside.append(f"“{defined.group('name')}={defined.group('def')}”：作为{defined.group('name')}的说明，公式中已写出")
        t = t[defined.end():]
    bounds = _WRITTEN_BOUNDS.search(t)
    if bounds:
        cap = bounds.group("cap") or bounds.group("full")
        if cap is not None and d(cap) != w.weight:
            return None  # a cap other than the 分值: the score may pass it or fall short of it
        set_aside.append(f"“{bounds.group('said')}”：公式得分限于 0～分值")
        t = t[:bounds.start()]
    more = _WRITTEN_MORE.search(t)
    if more:
        t = t[:more.start()]
    passed = _WRITTEN_PASS.search(t) if "达标" in t or "合格" in t else None
    if passed:
        set_aside.append(f"“{passed.group('pass')}”：作为达标线的说明，未用于公式"
                         + ("；一票否决的情形未列明，须另行核对" if passed.group("veto") else ""))
        t = t[:passed.start()]
    below = _WRITTEN_BELOW.match(t) if "公式" in t else None
    if below:
        set_aside.append(f"“{below.group('lead')}”：公式得分限于 0～分值，达到的得满分")
        t = t[below.end():]
    full = _WRITTEN_FULL.match(t) if "满分" in t or "分值" in t else None
    if full and d(full.group("full")) == w.weight:
        t = t[full.end():]
    lead = _WRITTEN_LEAD.match(t)
    if lead:
        set_aside.append(f"“{lead.group('lead')}”：作为评分方式的说明，未用于公式")
        t = t[lead.end():]
    t = _WRITTEN_IS.sub(lambda m: m.group("lhs") + "=", _WRITTEN_HOW.sub("得分=", t, count=1), count=1)
    for aside in _WRITTEN_ASIDE.findall(t):
        set_aside.append(f"“{aside}”：作为录入口径的说明")
    t = _WRITTEN_WEIGHT.sub("", _WRITTEN_ASIDE.sub("", t))
    if t == w.text.rstrip(";"):
        return None  # nothing set aside: ``_written``'s own reading
    found = _written(replace(w, text=t))
    if found is None:
        return None
    return found.doubted(*set_aside) if more is None else _more_off(w, found.doubted(*set_aside), more)


def _more_off(w: Wording, found: Proposed, more: re.Match[str]) -> Proposed | None:
    """A written formula's reading with the faults said after it (``_WRITTEN_MORE``) taken off its score, each as
    ``_faults`` reads them, their variables after the formula's."""
    faults = _faults(replace(w, text=more.group("faults").strip(",;")), gated=True)
    if faults is None:
        return None
    params, own = found.items[0]["params"], faults.items[0]["params"]
    variables = list(params["variables"])
    names = {v["name"]: _NAMES[len(variables) + k] for k, v in enumerate(own["variables"])}
    if len(variables) + len(names) > len(_NAMES) or not str(own["expression"]).startswith("max - "):
        return None
    variables += [{**v, "name": names[v["name"]]} for v in own["variables"]]
    terms = re.sub(r"\b[a-z]\b", lambda m: names.get(m.group(0), m.group(0)), str(own["expression"])[len("max - "):])
    expression = f"{params['expression']} - {terms}"
    summary = (found.summary.replace("，得分限于 0～分值", "") + f"；{more.group('mark')}"
               + faults.summary.removeprefix("公式计分：").replace("，得分限于 0～分值", "") + "，得分限于 0～分值")
    return Proposed([RULE.item(w.name or "公式", w.weight, {"expression": expression, "variables": variables})], summary,
                    (*(found.doubts or ()), *(faults.doubts or ()),
                     f"“{more.group(0).strip(',;')}”：在公式得分之外另行扣分"))


# ── proposal: a weighted sum said in words ─────────────────────────────────
#: “按自评得分占30%、复评得分占70%计算”: each score and its share
_SHARE_OF = lazy_compile(r"(?P<name>[\u4e00-\u9fff]{2,12}?)(?:得分|评分|打分|分数)?(?:各)?占(?P<p>\d+(?:\.\d+)?)%")
#: “结果按园区和乡镇分别以70%、30%比例评价”: the scores named, then their shares in turn
_SHARES_IN_TURN = lazy_compile(r"按(?P<names>[\u4e00-\u9fff、]{2,30}?)(?:得分|评分|打分)?分别(?:以|按|占)?(?P<pcts>\d+(?:\.\d+)?%(?:、\d+(?:\.\d+)?%)+)"
                             r"(?:的)?(?:比例|权重)?")
#: what may stand around the shares: the way of scoring said in words
#: or a heading naming the shares before them (“考核成绩占比:”, “各方评价权重:”)
_SHARE_WORDS = lazy_compile(r"^(?:结果|得分|评分|最终得分|综合得分)?(?:按|以)?$|^(?:的)?(?:比例|权重)?(?:评价|计算|计分|折算|加权|汇总|计算得分|加权计算|得分)?$"
                          r"|^(?:考核|考评|评价|测评)?(?:成绩|得分|结果)?(?:占比|构成|比例|权重|权重分配|组成):$")
#: scoring words that make a sentence more than a description beside the shares
_SCORING_WORDS = lazy_compile(r"扣|不得分|得\d|计\d|=")


#: names whose shares are no scores: a rate (weighted itself, or its score?), money (“省级资金占60%”: a funding share)
_NOT_SCORED = ("率", "资金", "经费", "金额", "投资", "配套", "补助", "补贴")


def _weighted(w: Wording) -> Proposed | None:
    """“按自评得分占30%、复评得分占70%计算”, “结果按园区和乡镇分别以70%、30%比例评价”: the score a weighted sum of
    scores named in words, the shares adding up to 100%: ``0.3 * a + 0.7 * b`` over each score (in the order the text
    names them). Read from the last sentence; the sentences before it may only describe what is scored. A mean of the
    scores given (“结果按平均值得分”) is read by ``_averaged``. Never sure: on what scale each score is given (of the 分值,
    or of 100) is the evaluator's to confirm."""
    t = w.text.rstrip(";")
    if "平均" in t:
        return _averaged(w, t)
    if "%" not in t or ("占" not in t and "分别" not in t):
        return None
    before, _, last = t.rpartition(";")
    if _SCORING_WORDS.search(before):
        return None
    names: list[str] = []
    shares: list[Decimal] = []
    turn = _SHARES_IN_TURN.search(last) if "分别" in last else None
    if turn:
        names = [x for x in re.split(r"和|与|及|、", turn.group("names")) if x]
        shares = [d(x.rstrip("%")) for x in turn.group("pcts").split("、")]
        around = (last[:turn.start()], last[turn.end():])
    else:
        found = list(_SHARE_OF.finditer(last))
        if len(found) < 2 or any(last[a.end():b.start()] not in ("、", ",", "和", "与", "及") for a, b in pairwise(found)):
            return None
        names, shares = [m.group("name").removeprefix("按") for m in found], [d(m.group("p")) for m in found]
        around = (last[:found[0].start()], last[found[-1].end():])
    if len(names) != len(shares) or len(names) < 2 or sum(shares) != 100 or any(len(x) < 2 for x in names):
        return None
    if any(x.endswith(_NOT_SCORED) for x in names):  # “到位率占50%”: the rate itself weighted, or its score? not said
        return None
    if not all(_SHARE_WORDS.match(x) for x in around):
        return None
    variables = [{"name": _NAMES[k], "label": f"{x}得分", "unit": "分"} for k, x in enumerate(names)]
    expression = " + ".join(f"{number(p / 100)} * {_NAMES[k]}" for k, p in enumerate(shares))
    said_as = "、".join(f"{x}得分占 {number(p)}%" for x, p in zip(names, shares))
    return Proposed([RULE.item(w.name or "加权得分", w.weight, {"expression": expression, "variables": variables})],
                    f"公式计分：{said_as}，得分 = {expression}",
                    (f"“{last}”：各项得分按本项分值计（满分 {number(w.weight)} 分）加权",))


# ── proposal: the score as it is, full marks at the 分值 or past it ─────────────
#: “…题目总分值达到或超过100分,此时平时成绩得分为满分”: at the line (the 分值) or past it, full marks
_FULL_AT_OR_PAST = lazy_compile(r"(?:达到或超过|达到|超过|满|不低于|不少于)(?P<n>" + _N + r")分(?:及以上|以上)?[^;]{0,20}?(?:满分|得满分|计满分)")
#: “…如果不满100分,则按照实际得分计入平时成绩”: short of it, the score as it is
_SHORT_AS_IT_IS = lazy_compile(r"(?:不满|不足|未达到|低于|少于)(?P<n>" + _N + r")分[^;]{0,12}?按(?:照|其)?实际(?:得分|分数|分值)(?:计入|计分|计算|记录|计)")


def _actual_up_to_full(w: Wording) -> Proposed | None:
    """“…总分值达到或超过100分,此时平时成绩得分为满分;…总分值如果不满100分,则按照实际得分计入平时成绩” on 100: the score as
    it is, up to the 分值 (the line said both ways is the 分值): ``min(max, a)``. Every other figure of the text is that
    line; nothing is taken off, counted per case or in %. To check: what is scored is named in words."""
    t = w.text
    full, short = _FULL_AT_OR_PAST.search(t), _SHORT_AS_IT_IS.search(t)
    if not full or not short or not d(full.group("n")) == d(short.group("n")) == w.weight:
        return None
    if re.search(r"扣|每|%|酌情", t) or any(d(x) != w.weight for x in re.findall(_N, t)):
        return None
    variables = [{"name": "a", "label": "实际得分", "unit": "分"}]
    return Proposed([RULE.item(w.name or "得分", w.weight, {"expression": "min(max, a)", "variables": variables})],
                    f"公式计分：得分 = 实际得分，达到 {number(w.weight)} 分及以上得满分",
                    (f"“{full.group(0)}”“{short.group(0)}”：按实际得分计，以分值为上限",))


# ── proposal: points per session, by how each was attended ─────────────
#: “16次考勤,每次正常签到得0.5分,迟到得0.2分,旷课不得分;有假条的病事假按正常签到计分”: the sessions counted, then the
#: points of each session by its kind (the first the full one), a kind earning nothing, perhaps a kind counted as the first
_SESSION_KINDS = lazy_compile(r"^(?P<lead>[^;,\d]{0,16}?)(?P<n>\d+)次(?P<what>[\u4e00-\u9fff]{0,6}),"
                            r"每次(?P<a>[\u4e00-\u9fff]{2,8}?)(?:得|计|记)(?P<pa>" + _N + r")分,"
                            r"(?P<b>[\u4e00-\u9fff]{2,8}?)(?:得|计|记)(?P<pb>" + _N + r")分"
                            r"(?:,(?P<c>[\u4e00-\u9fff]{2,8}?)(?:不得分|(?:得|计|记)0分))?"
                            r"(?:;(?P<like>[^;,\d]{2,20}?)按(?P=a)(?:计分|计算|记分))?;?$")


def _session_kinds(w: Wording) -> Proposed | None:
    """“16次考勤,每次正常签到得0.5分,迟到得0.2分,旷课不得分;有假条的病事假按正常签到计分” on 8 points: each session's points
    by its kind, ``0.5 * a + 0.2 * b`` over the number of sessions of each kind scoring (a kind counted as the first among
    its sessions); the sessions counted times the first kind's points must be the 分值. To check, as a formula is."""
    m = _SESSION_KINDS.match(w.text)
    if m is None:
        return None
    n, pa, pb = d(m.group("n")), d(m.group("pa")), d(m.group("pb"))
    if n * pa != w.weight or not 0 < pb < pa:
        return None
    first, second = m.group("a"), m.group("b")
    like = f"（含{m.group('like')}）" if m.group("like") else ""
    variables = [{"name": "a", "label": f"{first}次数{like}", "unit": "次"},
                 {"name": "b", "label": f"{second}次数", "unit": "次"}]
    doubts = [f"“{m.group(0).rstrip(';')}”：共 {fmt(n)} 次，按各次的情形计分相加（{fmt(n)} × {number(pa)} = 分值）"]
    return Proposed([RULE.item(w.name or "出勤", w.weight, {"expression": f"{'a' if pa == 1 else f'{number(pa)} * a'} + {number(pb)} * b",
                                                           "variables": variables})],
                    f"公式计分：每次{first}得 {number(pa)} 分，{second}得 {number(pb)} 分"
                    + (f"，{m.group('c')}不得分" if m.group("c") else ""), tuple(doubts))


# ── proposal: the best of several scores ─────────────
#: a score named in a best-of: a mark of letters and a figure (“H5”), or a few words (“学习态度”)
_BEST_NAME = r"(?:[A-Za-z]{1,3}\d{0,2}|[\u4e00-\u9fff]{2,12}?\d{0,2})"
#: “平时成绩=max(学习态度,课堂表现)”, “该项计分公式为:max(H5,H6,H7,H8)”, “取作业1、作业2、作业3中的最高分”: the score the best of
#: the scores named (what is scored named first perhaps, then =, 为 or :)
_BEST_OF = lazy_compile(r"^(?:[\u4e00-\u9fff]{0,16}?(?:得分|成绩|分数|计分|计分公式|计分规则|公式)(?:为|=|:|为:|取)|按|取)?"
                      r"(?:max\((?P<args>" + _BEST_NAME + r"(?:," + _BEST_NAME + r"){1,7})\)|"
                      r"(?:取)?(?P<listed>" + _BEST_NAME + r"(?:[、和与]" + _BEST_NAME + r"){1,7})(?:[两三四五六七八]者)?(?:之?中)?的?"
                      r"(?:最高分|最高者|较高者|较高分|最高值|最大值)(?:计分|计入|为准|作为得分)?)$")
#: a sentence before the best-of that scores nothing of its own: only what the scores are (“满分10分的可选作业:H4,H5”)
_BEST_LEAD_SCORES = lazy_compile(r"扣|加|得\d|计\d|%|=|每|不得|以上|以下")


def _best_of(w: Wording) -> Proposed | None:
    """“满分10分的四选一作业:H5,H6,H7,H8;该项计分公式为:max(H5,H6,H7,H8)”, “平时成绩=max(学习态度,课堂表现)”: the best of
    the scores named, ``max(a, b, …)`` over each score (in the order named), each entered on the 分值's scale. The
    sentences before may only say what the scores are (a 满分 said there must be the 分值). To check: the scale of each
    score is read, not said."""
    sentences = [x for x in ORDINAL_AT.sub("", w.text).rstrip(";。").split(";") if x]
    if not sentences:
        return None
    last = ORDINAL_AT.sub("", sentences[-1])
    m = _BEST_OF.match(last)
    if m is None:
        return None
    for lead in sentences[:-1]:
        full = re.search(r"满分(" + _N + r")分", lead)
        if (full and d(full.group(1)) != w.weight) or _BEST_LEAD_SCORES.search(re.sub(r"满分" + _N + r"分", "", lead)):
            return None
    names = re.split(r"[,、和与]", m.group("args") or m.group("listed"))
    if len(set(names)) != len(names):
        return None
    variables = [{"name": _NAMES[k], "label": x if x.endswith(("得分", "成绩", "分数")) else f"{x} 得分", "unit": "分"}
                 for k, x in enumerate(names)]
    expression = f"max({', '.join(_NAMES[:len(names)])})"
    return Proposed([RULE.item(w.name or "最高得分", w.weight, {"expression": expression, "variables": variables})],
                    f"公式计分：得分 = {'、'.join(names)} 中的最高分",
                    (f"“{last}”：取所列各项得分的最高者，各项得分按本项分值计（满分 {number(w.weight)} 分）",))


#: “结果按平均值得分”, “取各评分的平均分”: the score the mean of several scores given
_AVERAGED = lazy_compile(r"^(?:结果|最终)?(?:按|取)(?:各[\u4e00-\u9fff]{0,10}?的)?(?:平均值|平均分)(?:得分|计分|计算|为准)?$")


def _averaged(w: Wording, t: str) -> Proposed | None:
    """“每季度由各工作队打分,…;结果按平均值得分”: the mean of the scores given (by several scorers), as ``a / b`` over
    their sum and their number. The sentences before may only describe what is scored."""
    cut = max(t.rfind(";"), t.rfind(","))
    before, last = t[:max(cut, 0)], t[cut + 1:]
    if not _AVERAGED.match(last) or _SCORING_WORDS.search(before):
        return None
    variables = [{"name": "a", "label": "各评分之和", "unit": "分"}, {"name": "b", "label": "评分的个数", "unit": "个"}]
    return Proposed([RULE.item(w.name or "平均得分", w.weight, {"expression": "a / b", "variables": variables})],
                    "公式计分：得分 = 各评分之和 ÷ 评分的个数（平均值）",
                    (f"“{last}”：按各评分的平均值计分，各评分按本项分值计（满分 {number(w.weight)} 分）",))


#: “…检查项目得分之和除以被抽查城市个数,所得数值即为…得分”: the sum of the scores of the units checked over their number
_MEAN_OF_SCORES = lazy_compile(r"^(?:(?:得分|本项得分)=)?(?P<sum>[^;=/]{0,60}?(?:得分|分数|分值)之和)/(?P<count>[^;,=/\d]{1,30}?(?:个数|数量|总数|数))"
                             r"(?:,?(?:所得数值|所得结果|所得商|其商|结果)?(?:即|即为|为|作为)[^;,=/\d]{0,30}?(?:得分|分数))?;?$")


def _mean_of_scores(w: Wording) -> Proposed | None:
    """“受检省被抽查城市…得分之和除以被抽查城市个数,所得数值即为受检省此检查项目得分”: the mean of the scores of the units
    checked, as ``a / b`` over the sum of their scores and their number (the scores each out of the 分值; to check)."""
    m = _MEAN_OF_SCORES.match(w.text)
    if m is None:
        return None
    variables = [{"name": "a", "label": _case_words(m.group("sum")), "unit": "分"},
                 {"name": "b", "label": _case_words(m.group("count")), "unit": "个"}]
    return Proposed([RULE.item(w.name or "平均得分", w.weight, {"expression": "a / b", "variables": variables})],
                    "公式计分：得分 = 各得分之和 ÷ 个数（平均值）",
                    (f"“{m.group(0).rstrip(';')}”：按平均值计分，各得分按本项分值计（满分 {number(w.weight)} 分）",))


#: “计分方法采取缺项比率计分法,如某县涉及考核内容90分,缺项10分,考核得分88分,那么最终考核得分为:88÷90×100%=97.78分”: the
#: score of the items that apply, rescaled to the 百分制 (a worked example the reading checks)
_MISSING_EXAMPLE = lazy_compile(r"^(?P<head>(?:[^;,]{0,12}?(?:百分制|100分制|评分方法|计分方法)[^;,]{0,6}?[,:])*)"
                              r"(?:计分方法)?(?:采取|采用|实行)?缺项比率计分法?,(?:如|例如|比如)[^;,]{0,8}?涉及(?:的)?考核内容(?P<t>" + _N
                              + r")分,缺项(?P<m>" + _N + r")分,(?:考核)?(?:实际)?得分(?P<g>" + _N + r")分,(?:那么|则)?(?:最终)?(?:考核)?得分(?:为|是)?:?"
                              r"(?P<g2>" + _N + r")/(?P<t2>" + _N + r")\*(?P<h>100)%?=(?P<r>" + _N + r")分?;?$")
#: “当评分遇有缺项时,得分应按下式计算:A=B/C*100(A为遇有缺项时总得分值,B为实查项目的实得分值,C为实查项目的应得满分值)”: the
#: same rescaling written with letters, each letter named in the brackets
_MISSING_LETTERS = lazy_compile(r"^(?P<lead>(?:[^;]{0,80}?;)?)(?:当)?(?:评分|检查|考核)?(?:遇有|遇到|出现|有)缺项(?:时|的)?,(?:其)?(?:总)?得分(?:应)?(?:按|依)下(?:式|列公式)计算:"
                              r"(?P<A>[A-Z])=(?P<B>[A-Z])/(?P<C>[A-Z])\*(?P<h>100)%?\((?P=A)为[^;,()]{0,20}?(?:得分|分值|分数)(?:值)?,"
                              r"(?P=B)为(?P<got>[^;,()]{2,20}?(?:实得分|实得分值|得分))(?:值)?,(?P=C)为(?P<full>[^;,()]{2,20}?(?:应得分|应得满分|满分)(?:值)?)\)?;?$")


def _missing_items_ratio(w: Wording) -> Proposed | None:
    """“缺项比率计分法,如某县涉及考核内容90分,缺项10分,考核得分88分,那么最终考核得分为:88÷90×100%=97.78分”, “当评分遇有缺项
    时,得分应按下式计算:A=B/C*100(…B为实查项目的实得分值,C为实查项目的应得满分值)”: the score of the items that apply over
    their full marks, times 100 (on a 分值 of 100), ``a / b * 100``, rounded as the example's result is. Read only where
    the worked example's figures agree (涉及 + 缺项 = 100, the quotient the result said) or each letter is named; a
    sentence before the letters' is named to check."""
    if w.weight != 100:
        return None
    variables = [{"name": "a", "label": "实查（涉及）项目的实得分", "unit": "分"},
                 {"name": "b", "label": "实查（涉及）项目的应得满分（满分扣除缺项）", "unit": "分"}]
    doubts: tuple[str, ...] = ()
    expression = "a / b * 100"
    if m := _MISSING_EXAMPLE.match(w.text):
        t, g, result = d(m.group("t")), d(m.group("g")), d(m.group("r"))
        places = len(m.group("r").partition(".")[2])
        if (m.group("g2"), m.group("t2")) != (m.group("g"), m.group("t")) or not 0 < g <= t <= 100 \
                or t + d(m.group("m")) != 100 or abs(g / t * 100 - result) * 2 * 10 ** places > 1:
            return None
        said_ = m.group(0).rstrip(";")
        if g / t * 100 != result:  # the example's result rounded (“97.78”): the score rounded as it is
            expression = f"round(a / b * 100, {places})"
    elif m := _MISSING_LETTERS.match(w.text):
        variables = [{"name": "a", "label": _case_words(m.group("got")), "unit": "分"},
                     {"name": "b", "label": _case_words(m.group("full")), "unit": "分"}]
        said_ = m.group(0)[len(m.group("lead")):].rstrip(";")
        if m.group("lead"):
            doubts = (f"“{m.group('lead').rstrip(';')}”：作为实得分的扣分方法，未另计分，请核对",)
    else:
        return None
    return Proposed([RULE.item(w.name or "缺项比率得分", w.weight, {"expression": expression, "variables": variables})],
                    "公式计分：得分 = 实得分 ÷ 应得满分（扣除缺项）× 100",
                    (f"“{said_}”：缺项不计，按实得分占应得满分的比率折算为百分制", *doubts) if doubts else None)


#: “表1实得总分的70%即为本栏目工程质量实得分”, “按考核得分的30%计入本项得分”: a score of another table or round, a share of
#: it the row's score
_SHARE_OF_SCORE = lazy_compile(r"^(?:按|以)?(?P<what>[^;,%=*/]{2,30}?(?:得分|总分|实得分|分数|考核分|测评分|平均分))的(?P<p>" + _N
                             + r")%(?:(?:即为|即是|作为|为|计入|折算为)(?P<to>[^;,\d%=]{0,24}?(?:得分|实得分|分数|分值))|计入|计分)"
                             r";?$")


def _share_of_score(w: Wording) -> Proposed | None:
    """“表1实得总分的70%即为本栏目工程质量实得分”: a share of a score found elsewhere, ``a * 0.7`` over that score (entered as
    it was given, out of its own full marks: to check)."""
    m = _SHARE_OF_SCORE.match(w.text)
    if m is None or not 0 < d(m.group("p")) <= 100:
        return None
    what, share = _case_words(m.group("what")), d(m.group("p")) / 100
    variables = [{"name": "a", "label": what, "unit": "分"}]
    return Proposed([RULE.item(w.name or what, w.weight, {"expression": f"a * {number(share)}", "variables": variables})],
                    f"公式计分：得分 = {what} × {number(d(m.group('p')))}%，得分限于 0～分值",
                    (f"“{m.group(0).rstrip(';')}”：{what}按其原有满分录入，取其 {number(d(m.group('p')))}% 为本项得分",))


# ── proposal: a piece's own score taken at a share, or zeroed, on a condition ──────────────────────────────────────
#: the score of a piece handed in or sat (an assignment's, a test's): “成绩”, “原始成绩”, “该次作业”, “当次测验”, “该作业分数”
_OWN_SCORE = r"(?:原始|原|该次|当次|当天之?|此次|该)?[^,;:\d=]{0,6}?(?:成绩|分数|得分|作业|测验|測验|考试|试卷)"
#: a share of it: “打8折”, “打八折”, “*0.8” (“x 0.8”, “乘以0.8” normalised), “乘上80%”
_SHARE_TAKEN = r"打(?P<zhe>[1-9]|[一二三四五六七八九])折|(?:\*|×|乘上|乘)(?P<f>0\.\d+|[1-9]\d?%)"
#: none of it: “计为0分”, “直接0分”, “以0分计算”
_SCORE_ZEROED = r"(?:全部|直接)?(?:计为|记为|以|按|为)?0分(?:计算|计|处理)?"
#: “逾期提交的,成绩打8折”, “迟交者,原始成绩*0.8计算”, “若有抄袭行为,该次作业直接0分”: a condition, then the score of the piece it
#: touches taken at a share or at nothing (an on-time clause may come first: “按时提交者,成绩正常计算;”; a further step after
#: the zero: “…计为0分,并送教务处处理”)
_TAKEN_ON = lazy_compile(r"^(?P<pre>[^;]{0,30}?(?:成绩|分数|得分)正常计算;)?(?P<cond>[^;]{2,60}?)(?:的|者)?,?(?:则|但)?"
                       r"(?P<subj>" + _OWN_SCORE + r")?(?:会|将|一律|均)?(?:(?P<share>" + _SHARE_TAKEN + r")(?:计算|计)?|"
                       r"(?P<zero>" + _SCORE_ZEROED + r"))(?P<tail>,并[^;,]{1,20})?;?$")
#: a late hand-in, which may name no score (“三天内迟交打8折”: the piece's own)
_LATE_HANDED = lazy_compile(r"(?:迟交|晚交|补交|逾期|逾时|迟到)(?:提交|缴交|缴件)?$")
#: what a condition of the kind cannot hold: points, a step, a deduction, a formula, the row's own score
_TAKEN_ON_NOT = lazy_compile(r"\d分|每|扣|满分|=|项|指标")


def _score_taken_on(w: Wording) -> Proposed | None:
    """“逾期提交的,成绩打8折”, “若有抄袭行为,该次作业直接0分”: the score the piece earned otherwise (entered, out of the 分值)
    taken at a share — or at nothing — when a condition holds: ``a * (1 - 0.2 * b)`` over that score and the condition
    (1 if it holds, 0 if not). Never sure: the score is a figure the text does not say how to give. A zero needs the score
    named (“…的,0分” alone is the row's own points, another reading's); a share needs it named or the condition a late
    hand-in (“迟交打8折”)."""
    m = _TAKEN_ON.match(w.text)
    if m is None:
        return None
    cond, subj = _case_words(re.sub(r"^(?:若|如果|如|凡)", "", m.group("cond"))), m.group("subj") or ""
    if _TAKEN_ON_NOT.search(cond) or _TAKEN_ON_NOT.search(subj) or not (subj or (m.group("share") and _LATE_HANDED.search(cond))):
        return None
    if m.group("zero"):
        off = Decimal(1)
    else:
        zhe = m.group("zhe")
        kept = (d(zhe) if zhe.isdigit() else Decimal(cn_integer(zhe) or 0)) / 10 if zhe else \
            (d(m.group("f").rstrip("%")) / 100 if m.group("f").endswith("%") else d(m.group("f")))
        if not 0 < kept < 1:
            return None
        off = 1 - kept
    core = re.sub(r"^(?:该次|当次|当天之?|此次|该)", "", subj) or "成绩"  # (“该次作业” → 原始作业成绩)
    own = (core if core.startswith("原") else f"原始{core}") + ("" if re.search(r"(?:成绩|分数|得分)$", core) else "成绩")
    variables = [{"name": "a", "label": f"{own}（满分为分值）", "unit": "分"},
                 {"name": "b", "label": f"{cond}（是=1，否=0）", "unit": ""}]
    expression = "a * (1 - b)" if off == 1 else f"a * (1 - {number(off)} * b)"
    said_ = m.group(0)[len(m.group("pre") or ""):].rstrip(";")
    doubts = [f"“{said_}”：按{own}（录入）" + ("在该情形下计为 0 分读" if off == 1 else f"在该情形下乘以 {number(1 - off)} 读") + "，请核对"]
    doubts += [f"“{x.strip(',;')}”：未用于规则，请核对" for x in (m.group("pre"), m.group("tail")) if x]
    return Proposed([RULE.item(w.name or own, w.weight, {"expression": expression, "variables": variables})],
                    f"公式计分：得分 = {own}" + ("，该情形下为 0" if off == 1 else f"，该情形下 × {number(1 - off)}"),
                    tuple(doubts))


# ── proposal: points each with their points, adding up past a total said after them ──────────────────
#: “(有方案0.5分,有总结0.5分,工作开展效果好3分,总分3分)”: points each with their points, then the total, less than
#: their sum (a sentence of what is asked may come first)
_PAST_TOTAL = lazy_compile(r"^(?:(?P<lead>[^;()\d]{2,40});)?\(?(?P<body>(?:[^,;()\d]{2,20}?" + _N + r"分,){1,7}[^,;()\d]{2,20}?"
                         + _N + r"分),(?:总分|满分|合计|共计|最高|最多)(?:不超过)?(?P<total>" + _N + r")分\)?;?$")
_PAST_TOTAL_POINT = lazy_compile(r"(?P<what>[^,;()\d]{2,20}?)(?P<pts>" + _N + r")分")
#: what a point of its own points cannot hold: a step, a deduction, a zero, a line, a judgement
_PAST_TOTAL_NOT = lazy_compile(r"每|扣|减|不得|不计|以上|以下|以内|不足|酌情|视情")


def _points_past_total(w: Wording) -> Proposed | None:
    """“切实做好团员民主评议工作;(有方案0.5分,有总结0.5分,工作开展效果好3分,总分3分)”: points each with their points that add
    up past the total said after them (the 分值): a formula ``0.5 * a + 0.5 * b + 3 * c`` over each point met (1) or not
    (0), kept within the 分值. To check: the total caps the sum, read, not said."""
    m = _PAST_TOTAL.match(w.text)
    if m is None or d(m.group("total")) != w.weight:
        return None
    points = [(_case_words(p.group("what")), d(p.group("pts"))) for p in _PAST_TOTAL_POINT.finditer(m.group("body"))]
    total = sum((pts for _what, pts in points), Decimal(0))
    if (total <= w.weight or len(points) > len(_NAMES) or any(not 0 < pts <= w.weight for _what, pts in points)
            or any(_PAST_TOTAL_NOT.search(what) for what, _pts in points)):
        return None
    variables = [{"name": _NAMES[k], "label": f"{what}（做到=1，未做到=0）", "unit": ""} for k, (what, _pts) in enumerate(points)]
    expression = " + ".join(f"{number(pts)} * {_NAMES[k]}" for k, (_what, pts) in enumerate(points))
    doubts = [f"各要点分值之和 {number(total)} 分超过“{m.group('total')}分”：得分按 {number(w.weight)} 分封顶"]
    if m.group("lead"):
        doubts.append(f"“{m.group('lead')}”：读作该项要求，未计入要点")
    return Proposed([RULE.item(w.name or "要点", w.weight, {"expression": expression, "variables": variables})],
                    "公式计分：" + "；".join(f"{what}得 {number(pts)} 分" for what, pts in points)
                    + f"，合计不超过 {number(w.weight)} 分", tuple(doubts))


# ── proposal: a rate against a line below 100%, scored in proportion up to it ──
#: how a rate's line is said to be reached: “≥90%”, “达到90%”, “达90%”, “不低于90%”
_REACHES = r"(?:≥|达到|达|不低于)"
#: “登记率≥40%,得10分;低于40%按百分比得分”: the line and the 分值 reached at it, then the share of the line below it;
#: “日常监察率低于60%的按照比例扣分”: the line alone, below it in proportion; “知晓率达到80%得满分,未达到的按比例得分”:
#: the line not said again
_LINE_THEN_SHARE = lazy_compile(r"^(?P<what>[^,;\d%≥]{2,24}?率)(?:" + _REACHES + r"(?P<n>" + _N + r")(?P<u>%|‰)?(?:及以上|以上)?(?:的|者)?,?"
                              r"(?:得|计|记)(?:满分|(?P<pts>" + _N + r")分?)[;,]?)?(?:(?P=what))?(?:(?:低于|不足|未达到|达不到|不到)"
                              r"(?P<n2>" + _N + r")(?P<u2>%|‰)?|(?P<unsaid>未达到|未达标|达不到))(?:的|者)?,?按照?(?:百分比|比例)(?P<verb>得分|计分|计算|扣分|减分)$")
#: “检出率/3‰*1.5分;…超过3‰按1.5分计算”, “合格率/85%*10分(85%以上得满分)”: the rate over its line times the points,
#: the points kept when the line is passed
_SHARE_OF_LINE = lazy_compile(r"^(?:得分=)?(?P<what>[^,;\d%/*=]{2,24}?率)/(?P<n>" + _N + r")(?P<u>%|‰)\*(?P<pts>" + _N + r")分?"
                            r"(?:;[^,;\d%]{0,30}?(?:超过|高于|达到|大于|≥)(?P=n)(?P=u)(?:及?以上)?(?:的|者)?,?按(?P<pts2>" + _N + r")分计(?:算)?"
                            r"|\((?P=n)(?P=u)(?:及以上|以上的?)(?:得|计)(?:满分|(?P<pts3>" + _N + r")分)\))$")


def _line_in_proportion(w: Wording) -> Proposed | None:
    """“登记率≥40%,得10分;低于40%按百分比得分”, “检出率/3‰*1.5分;…超过3‰按1.5分计算”: a rate whose line (below 100%, or in
    ‰) earns the 分值, below the line the share of the line reached: ``max * min(r / 40, 1)`` over the rate in % (‰).
    Never confidently: that the share is taken of the line (not of 100%) is the reading's."""
    t = w.text.rstrip(";")
    m = _LINE_THEN_SHARE.match(t)
    if m is not None:
        if m.group("unsaid") and (m.group("n") is None or m.group("verb") in ("扣分", "减分")):
            return None  # (“未达到的按比例扣分”: what is taken off in proportion, of what, unsaid)
        if m.group("n") not in (None, m.group("n2")) and not m.group("unsaid"):
            return None  # two lines: bands, not one line
        unit = m.group("u") or m.group("u2") or "%"
        if m.group("n") is None and unit == "%" and d(m.group("n2")) == 100:
            return _below_full_in_proportion(w, m)
    else:
        m = _SHARE_OF_LINE.match(t)
        if m is None or (m.group("pts2") or m.group("pts3") or m.group("pts")) != m.group("pts"):
            return None
        unit = m.group("u")
    n = d(m.group("n") or m.group("n2"))  # (a line alone: its points the 分值)
    pts = d(m.group("pts")) if m.group("pts") else w.weight
    if pts != w.weight or not 0 < n < (100 if unit == "%" else 1000):
        return None  # (a line of 100%: the rate itself, a 比率计分)
    line = f"{number(n)}{unit}"
    what = m.group("what")
    variables = [{"name": "r", "label": f"{_case_words(what)}（{unit}）", "unit": unit}]
    return Proposed([RULE.item(w.name or what, w.weight, {"expression": f"max * min(r / {number(n)}, 1)",
                                                          "variables": variables})],
                    f"公式计分：{what}达到 {line} 得满分，低于 {line} 的得分 = {what} ÷ {line} × 分值",
                    (f"“{m.group(0)}”：{what}按{'百分数' if unit == '%' else '千分数'}录入，低于 {line} 的按达到 {line} 的比例计分，请核对",))


def _below_full_in_proportion(w: Wording, m: re.Match[str]) -> Proposed:
    """“日常监察率低于100%的按照比例扣分”: the rate itself the share of the 分值, a 比率计分 (to check: the share taken
    off is read as what the rate falls short of 100%)."""
    what = m.group("what")
    return Proposed([rate_rule.RULE.item(w.name or what, w.weight, {"cap": True})], f"比率计分：得分 = {what} × 分值",
                    (f"“{m.group(0)}”：按 {what} × 分值读（低于 100% 的部分按比例扣），请核对",))


# ── proposal: nothing below a floor, the rate's share of the 分值 from it up ──
#: “完好率≥90%按比例计算得分”: from the floor up, the rate's share of the 分值
_SHARE_FROM_FLOOR = lazy_compile(r"(?P<what>[^,;\d%≥]{0,24}?率)(?:≥|达到|不低于)(?P<n>" + _N + r")%(?:及以上|以上)?(?:的|者)?,?"
                               r"按照?(?:比例|百分比)(?:计算)?(?:得分|计分)")
#: “完好率<90%0”, “低于90%的不得分”: below the floor nothing
_NOTHING_BELOW_FLOOR = lazy_compile(r"(?P<cond>(?:<|低于|不足|未达到)(?P<n>" + _N + r")%)(?:的|者)?,?(?:不得分|得0分|计0分|0分?)$")
#: “完好率100% 10”, “完好率100%得满分”: the 分值 at 100% (a table's cells joined, the points may stand bare)
_FULL_AT_HUNDRED = lazy_compile(r"率(?:达到|=)?100%(?:的|者)?,?(?:(?:得|计)?(?P<pts>" + _N + r")分?|(?:得|计)满分)")


def _share_from_floor(w: Wording) -> Proposed | None:
    """“完好率100% 10 …完好率≥90% 按比例计算得分 …完好率<90% 0”, “完好率≥90%按比例计分,<90%不得分”: below a floor nothing,
    from it up the rate's share of the 分值 (the 分值 at 100%), as ``g * (max * min(c, 100) / 100)`` over the rate in % and a
    0/1 factor ``g`` zeroing the row below the floor (``gated``). Never confidently: “按比例” is read as the rate × 分值
    (not the share between the floor and 100%), and ``g`` is entered beside the rate."""
    t = w.text.rstrip(";。.")
    share = _SHARE_FROM_FLOOR.search(t)
    below = _NOTHING_BELOW_FLOOR.search(t)
    if share is None or below is None or share.end() > below.start() or d(share.group("n")) != d(below.group("n")):
        return None
    floor = d(share.group("n"))
    full = _FULL_AT_HUNDRED.search(t, 0, share.start())
    if not 0 < floor < 100 or (full and full.group("pts") and d(full.group("pts")) != w.weight):
        return None
    if re.search(r"\d分|扣|每", t.replace(full.group(0), "") if full else t):
        return None  # points or deductions of their own beside the share
    what = _case_words(share.group("what")) or w.name or "比率"
    item = gated(RULE.item(w.name or what, w.weight, {"expression": SHARE_DONE,
                                                      "variables": [{"name": "c", "label": f"{what}（%）", "unit": "%"}]}),
                 what + below.group("cond"), any_formula=True)
    if item is None:
        return None
    return Proposed([item], f"公式计分：{what}低于 {number(floor)}% 不得分，达到的得分 = {what} × 分值",
                    (f"“{share.group(0)}”：按 {what} × 分值读（不是 {number(floor)}%～100% 之间的比例），请核对",
                     f"“{below.group(0)}”：是否低于 {number(floor)}% 另以 0/1 录入，低于的整项不得分"))


#: “…决定率达100%得2分”, “…征收率90%以上得2分”: one rate's line and the points it earns, a part of the 分值
_RATE_PART = lazy_compile(r"^(?P<what>[^,;%]{2,30}?率)" + _REACHES + r"?(?P<n>" + _N + r")%(?:及以上|以上)?(?:的|者)?,?"
                        r"(?:得|计|记)(?P<pts>" + _N + r")分$")
#: “低于考核指标按比例扣分”, “未达到的,按比例得分”: below its line each rate earns its share of the line
_PARTS_SHARE = lazy_compile(r"^(?:低于|未达到|达不到|不足|未达)(?:考核指标|指标|标准|目标|要求)?(?:的|者)?,?按(?:比例|百分比)(?:扣分|计分|得分)$")
#: “出现严重违法行政的该项不得分”: a condition zeroing the item
_PARTS_ZEROED = lazy_compile(r"^(?P<what>[^,;]{2,30}?)的?,?(?:该项|本项|此项)?" + ZEROED + r"$")
#: “计3分”, “按比例扣分”: the rest of a clause after a comma
_PARTS_CLAUSE_REST = lazy_compile(r"(?:(?:得|计|记)" + _N + r"分|按(?:比例|百分比)[\u4e00-\u9fff]{2})$")


def _lines_in_proportion(w: Wording) -> Proposed | None:
    """“…决定率达100%得2分;…征收率90%以上得2分;金额征收率60%以上得2分;低于考核指标按比例扣分”: several rates, each with its
    line and the points earning it (adding up to the 分值), below its line each earns the share of the line reached:
    ``2 * min(a / 100, 1) + 2 * min(b / 90, 1) + …`` over the rates in %, in the order the text names them; a last
    “…的该项不得分” multiplies all by a 0/1 condition. Never confidently: “按比例扣分” is read as the share of the line."""
    clauses: list[str] = []
    for c in (c for c in re.split(r"[;,]", w.text) if c):
        if clauses and _PARTS_CLAUSE_REST.match(c):
            clauses[-1] += "," + c  # “…率≥90%,计3分”, “低于指标的,按比例扣分”: the rest of a clause after a comma
        else:
            clauses.append(c)
    share = next((k for k, c in enumerate(clauses) if _PARTS_SHARE.match(c)), None)
    if share is None or share < 2:
        return None
    parts = [_RATE_PART.match(c) for c in clauses[:share]]
    rest = clauses[share + 1:]
    zeroed = _PARTS_ZEROED.match(rest[0]) if len(rest) == 1 else None
    if not all(parts) or (rest and zeroed is None):
        return None
    found = [m for m in parts if m is not None]
    lines = [(m.group("what"), d(m.group("n")), d(m.group("pts"))) for m in found]
    if sum(pts for _, _, pts in lines) != w.weight or not all(0 < n <= 100 for _, n, _ in lines):
        return None
    variables = [{"name": _NAMES[k], "label": f"{_case_words(what)}（%）", "unit": "%"} for k, (what, _, _) in enumerate(lines)]
    expression = " + ".join(f"{number(pts)} * min({_NAMES[k]} / {number(n)}, 1)" for k, (_, n, pts) in enumerate(lines))
    said = "；".join(f"{what}达到 {number(n)}% 得 {number(pts)} 分" for what, n, pts in lines)
    doubts = [f"“{clauses[share]}”：各率低于其标准的，按达到标准的比例得该部分分值，各率按百分数录入，请核对"]
    if zeroed is not None:
        gate = {"name": "g", "label": f"{zeroed.group('what')}（否=1，是=0：整项不得分）", "unit": ""}
        variables.insert(0, gate)
        expression = f"g * ({expression})"
        said += f"；{zeroed.group('what')}的整项不得分（g=0）"
    return Proposed([RULE.item(w.name, w.weight, {"expression": expression, "variables": variables})],
                    f"公式计分：{said}，低于标准的按比例计分", tuple(doubts))


# ── proposal: a step below a target the text names but does not give ──────
#: “未完成省下达责任指标的,每低0.1个百分点扣0.3分,扣完为止”: the target differs by unit evaluated (a figure set for
#: each), the points taken for each step short of it
_SHORT_OF_TARGET = lazy_compile(r"^(?:未完成|未达到|达不到)(?P<ref>[^,;\d]{0,12}?(?:指标|目标值|目标))的?,?每低(?:于)?(?:目标值|指标)?"
                              r"(?P<n>" + _N + r")个百分点的?,?扣(?P<m>" + _N + r")分(?P<stop>,?扣完为止)?$")


def _short_of_target(w: Wording) -> Proposed | None:
    """“未完成省下达责任指标的,每低0.1个百分点扣0.3分,扣完为止”: a target named in words (set for each unit evaluated,
    not stated in the text), a deduction for each step of percentage points short of it, as a formula
    ``max - max(t - r, 0) / 0.1 * 0.3`` over the target ``t`` and the figure reached ``r``. A part of a step is taken
    in proportion (to check: the text does not say)."""
    t = w.text.rstrip(";")
    if "每低" not in t or not t.startswith(("未完成", "未达到", "达不到")):
        return None
    m = _SHORT_OF_TARGET.match(t)
    if not m or d(m.group("n")) <= 0:
        return None
    n, per = number(d(m.group("n"))), number(d(m.group("m")))
    short = "max(t - r, 0)"
    expression = f"max - {short} * {per}" if n == "1" else f"max - {short} / {n} * {per}"
    ref = m.group("ref")
    variables = [{"name": "t", "label": f"{ref}（%）", "unit": "%"}, {"name": "r", "label": "实际完成值（%）", "unit": "%"}]
    return Proposed([RULE.item(w.name or ref, w.weight, {"expression": expression, "variables": variables})],
                    f"公式计分：低于{ref}每 {n} 个百分点扣 {per} 分，得分 = 分值 − max(t − r, 0) ÷ {n} × {per}",
                    (f"“{ref}”：按各单位下达的指标录入；不足 {n} 个百分点的部分按比例扣分，请核对",))


#: “每低0.1个百分点扣2分,扣完为止”, “每增加0.1%扣0.3分”: the text no more than a step of a rate from a line it does not
#: give (set in another column or for each unit evaluated); a decline of the value itself (每下降1%) is the 达标线's. Also
#: a step of a rating (“每低0.1分扣2分”) or of minutes (“每超出目标时间5分钟扣1分”), the value named before the step
#: (“设备待修率每增加1个百分点”), these three only after words saying how the value is measured (``_BARE_STEP_LEAD``), and
#: after the step the cap of the 分值 (“最高扣10分”) and the 分值 (“满分10分”)
_BARE_STEP = lazy_compile(r"^(?P<what>[^\d;,每扣分]{2,10}[率值])?每(?P<dir>低于|低|少于|差|高于|高出|高|增加|增|上升|提高|超过|超出|超)"
                        r"(?:目标值|目标时间|目标|标准值|标准)?(?P<n>" + _N + r")\s?(?P<u>个百分点|%|分钟|分(?=\s?扣))"
                        r"\s?,?扣(?P<m>" + _N + r")\s?分(?P<stop>,?(?:扣完为止|直至扣完|(?:最高|最多)扣(?P<cap>" + _N + r")分))?"
                        r"(?:,满分(?P<full>" + _N + r")分)?;?$")
#: how the value a step is taken from is measured, leading the step and scoring nothing: “查资料;”, “查现场和资料;”,
#: “按实际完成配送订单数与总订单数的百分比计算,”, “根据学员匿名评价计算,”, “通过课堂录像分析,”, “根据课堂观察记录,”
_BARE_STEP_LEAD = lazy_compile(r"^(?:(?:查|检查|核查|查看|查阅)(?:现场|资料)(?:和(?:现场|资料))?;"
                             r"|(?:按|根据|通过)[^\d;,每扣%]{2,30}?(?:计算(?:平均值)?|分析|记录|统计|计分)[,;])")
_BELOW_WORDS = ("低于", "低", "少于", "差")
#: the unit of a step, the words of how far past the line the value is, and the unit of that distance
_PAST_UNITS = {"个百分点": ("百分点", "个百分点"), "%": ("百分点", "个百分点"), "分": ("分数", "分"), "分钟": ("分钟数", "分钟")}


def _bare_step(w: Wording) -> Proposed | None:
    """“每低0.1个百分点扣2分,扣完为止”: points off for each step of percentage points past a line the text does not give,
    as ``max - d / 0.1 * 2`` over how far past the line the value is (``d``, 0 when not past it). The line, which side
    of it is past and whether a part of a step costs in proportion are read, not said: to check. So is a step of a
    rating or of minutes, after words saying how the value is measured (“根据学员匿名评价计算,每低0.1分扣2分,扣完为止,
    满分10分”), the line in another column of the table."""
    lead = _BARE_STEP_LEAD.match(w.text)
    t = w.text[lead.end():] if lead else w.text
    m = _BARE_STEP.match(t) if "每" in t else None
    if not m or d(m.group("n")) <= 0 or not 0 < d(m.group("m")) < w.weight:
        return None
    if any(m.group(g) and d(m.group(g)) != w.weight for g in ("cap", "full")):
        return None  # “最高扣3分” on 10 points: a cap of its own, not the 分值's
    if (m.group("u") in ("分", "分钟") or m.group("what")) and not lead:
        # “每低0.1分扣2分”, “每超过1分钟扣1分,扣完为止” (a deduction per minute over), “入学率每低0.1个百分点扣2分”: no
        # words say the value is measured against a line of another column
        return None
    n, per = number(d(m.group("n"))), number(d(m.group("m")))
    below = m.group("dir") in _BELOW_WORDS
    expression = f"max - d * {per}" if n == "1" else f"max - {per} * d / {n}"
    side = "低于" if below else "高于"
    words, unit = _PAST_UNITS[m.group("u")]
    what = m.group("what") or ""
    variables = [{"name": "d", "label": f"{what}{side}标准值的{words}（不{side}标准值记0）", "unit": unit}]
    said = f"{n} 个百分点" if unit == "个百分点" else f"{n} {unit}"
    doubts = [f"“{m.group(0).rstrip(';')}”：未写明标准值，按{side}标准值的{words}录入；不足 {said}的部分按比例扣分，请核对"]
    if lead:
        doubts.append(f"“{lead.group(0).rstrip(',;')}”：取值方法，标准值见表中其他栏")
    return Proposed([RULE.item(w.name, w.weight, {"expression": expression, "variables": variables})],
                    f"公式计分：{what}{side}标准值每 {said}扣 {per} 分", tuple(doubts))


# ── proposal: rates below a reference named in words, points off per step below it ──────
#: a value named, not given: an average (“前一年度全省平均数”, “全市平均水平”) or last year's (“上年度”, “去年同期”)
_REFERENCE_NAMED = r"[^,;]{0,12}?(?:平均数|平均水平|平均值|均值|平均线)"
_LAST_YEAR = r"(?:上1?年度|上1?年|去年|前1年度?)(?:同期)?(?:水平|数)?"
#: “群众知晓率、参与度低于前一年度全省平均数的,每低1个百分点扣0.25分”: one rate or several (each its own) below an
#: average named in words, points off for each step of percentage points below it
_BELOW_REFERENCE = lazy_compile(r"^(?P<what>[^,;\d]{2,24}?)(?:低于|未达到|达不到|不足)(?P<ref>" + _REFERENCE_NAMED + r")的?,?每(?:低于?|下降|降低|少)"
                              r"(?P<n>" + _N + r")个百分点,?扣(?P<m>" + _N + r")分(?P<stop>,?扣完为止)?;?$")
#: “与上年度相比持平得3分,每下降一个百分点扣1.5分;每上升一个百分点加1分”: the 分值 at last year's level, points off for
#: each step below it (and perhaps points added for each step above it, past the 分值)
_LEVEL_WITH_LAST_YEAR = lazy_compile(r"^(?:与|比|较)(?P<ref>" + _LAST_YEAR + r")(?:相比)?,?持平(?:的)?,?(?:得|计)(?P<full>" + _N + r")分[,;]"
                                   r"每(?:下降|降低|减少|低)(?P<n>" + _N + r")个百分点,?扣(?P<m>" + _N + r")分"
                                   r"(?:[,;](?P<up>每(?:上升|提高|增加|增长)" + _N + r"个百分点,?加" + _N + r"分))?"
                                   r"(?P<stop>[,;]扣完为止)?;?$")
#: rates listed together: “知晓率、参与度” (never 和, 与, 及, which words hold: “参与度”, “及时率”)
_RATES_LISTED = lazy_compile(r"、")


def _below_reference(w: Wording) -> Proposed | None:
    """“群众知晓率、参与度低于前一年度全省平均数的,每低1个百分点扣0.25分”, “与上年度相比持平得3分,每下降一个百分点扣1.5分”:
    points off for each step of percentage points a rate lies below a value the text names but does not give (an
    average, last year's), as ``max - 0.25 * a - 0.25 * b`` over how many points each rate named lies below it (0 when
    not below). Never sure: the reference is the evaluator's to find, a part of a step counts in proportion, and points
    added above last year's level (“每上升一个百分点加1分”) lie past the 分值, which the formula does not hold."""
    t = w.text
    m = _BELOW_REFERENCE.match(t) if "平均" in t or "均值" in t else None
    level = None if m else _LEVEL_WITH_LAST_YEAR.match(t) if "持平" in t else None
    found = m or level
    if found is None:
        return None
    n, per = d(found.group("n")), d(found.group("m"))
    if n <= 0 or not 0 < per < w.weight or (level and d(level.group("full")) != w.weight):
        return None
    ref = found.group("ref")
    if m:
        what = [x for x in _RATES_LISTED.split(_case_words(m.group("what"))) if x]
        if not what or any(len(x) < 2 for x in what):
            return None
        labels = [f"{x}低于{ref}的百分点（不低于记0）" for x in what]
    else:
        labels = [f"与{ref}相比下降的百分点（持平或上升记0）"]
    cost = number(per) if n == 1 else f"{number(per)} / {number(n)}"
    variables = [{"name": _NAMES[k], "label": label, "unit": "个百分点"} for k, label in enumerate(labels)]
    expression = "max - " + " - ".join(f"{_NAMES[k]}" if cost == "1" else f"{cost} * {_NAMES[k]}" for k in range(len(labels)))
    doubts = [f"“{ref}”：评分标准未给出其数值，按低于它的百分点录入；不足 {number(n)} 个百分点的部分按比例扣分，请核对"]
    if len(labels) > 1:
        doubts.append(f"“{found.group('what')}”：按各自低于{ref}的百分点分别扣分读，请核对")
    if level and level.group("up"):
        doubts.append(f"“{level.group('up')}”：加分超出该项分值，按分值计（加分另计时请另行处理）")
    return Proposed([RULE.item(w.name, w.weight, {"expression": expression, "variables": variables})],
                    f"公式计分：低于{ref}每 {number(n)} 个百分点扣 {number(per)} 分（"
                    + "、".join(v["label"] for v in variables) + "）", tuple(doubts))


# ── proposal: a rate at or above a reference named in words for the 分值, points off per step below it ──────
#: “本单位满意度≥全市平均满意度,得5分;低于全市平均满意度,每降低1个百分点扣1分,扣完为止”: the 分值 at or above an
#: average the text names but does not give, points off for each step of percentage points below it (a closing
#: bracket defining the rate, “(通过率=通过人数/参加人数)”, says how it is worked out, not how it is scored)
_AT_REFERENCE = lazy_compile(r"^(?P<what>[^,;≥<>]{2,60}?)(?:≥|>=|不低于|高于或等于|达到或高于|达到或超过)(?P<ref>[^,;≥<>分]{0,60}?(?:平均|均值)[^,;≥<>\d分]{0,20}?)"
                           r"的?,(?:得|计)(?:满分|(?P<full>" + _N + r")分);(?:如|若)?(?:低于|未达到|达不到)(?P<ref2>[^,;分每]{0,60}?)的?,"
                           r"每(?:降低|下降|低于|低|减少|少)(?P<n>" + _N + r")个百分点,?扣(?P<m>" + _N + r")分(?P<stop>,?扣完为止)?"
                           r"(?:\((?P<defined>[^()]*=[^()]*)\))?;?$")


def _at_reference(w: Wording) -> Proposed | None:
    """“本单位满意度≥全市平均满意度,得5分;低于全市平均满意度,每降低1个百分点扣1分,扣完为止”: the 分值 when a rate is at or
    above an average the text names but does not give, points off for each step of percentage points below it, as
    ``max - max(0, q - p) / n * m`` over the rate reached ``p`` and the average ``q``, both entered. Never sure: the
    average is the evaluator's to find, and a part of a step counts in proportion (the text does not say)."""
    m = _AT_REFERENCE.match(w.text)
    if m is None:
        return None
    full = d(m.group("full")) if m.group("full") else w.weight
    n, per = d(m.group("n")), d(m.group("m"))
    ref, ref2 = m.group("ref"), m.group("ref2")
    if full != w.weight or n <= 0 or not 0 < per < w.weight or (ref2 and ref2 != ref and not ref.endswith(ref2)
                                                                  and "平均" not in ref2 and "均值" not in ref2):
        return None
    what = _case_words(m.group("what"))
    if len(what) < 2:
        return None
    short = "max(0, q - p)"
    cost = short if n == 1 and per == 1 else f"{short} * {number(per)}" if n == 1 else f"{short} / {number(n)} * {number(per)}"
    variables = [{"name": "p", "label": f"{what}（%）", "unit": "%"}, {"name": "q", "label": f"{ref}（%）", "unit": "%"}]
    doubts = [f"“{ref}”：评分标准未给出其数值，按实际录入；不足 {number(n)} 个百分点的部分按比例扣分，请核对"]
    if m.group("defined"):
        doubts.append(f"“{m.group('defined')}”：{what}按此算出后录入")
    return Proposed([RULE.item(w.name, w.weight, {"expression": f"max - {cost}", "variables": variables})],
                    f"公式计分：{what}不低于{ref}得 {number(full)} 分，每低 {number(n)} 个百分点扣 {number(per)} 分", tuple(doubts))


# ── proposal: the 分值 at or above an average named in words, below it the share of the average ──────────────
#: “高于或等于各行贷款季均余额平均值的银行得满分,低于平均值的以其所占平均值份额计算各行得分”, “…不低于全市平均水平的得满分,
#: 低于的按其占平均水平的比例计分”: the figure ÷ the average × the 分值, at most the 分值 (the row's name and points may
#: open it: “2.贷款总量,分值60分;”)
_SHARE_OF_AVERAGE = lazy_compile(r"^(?:\d{1,2}\.)?(?:[^,;\d]{2,12},(?:分值|满分)(?P<said>" + _N + r")分;)?"
                               r"(?:高于或等于|不低于|达到或超过|达到|≥)(?P<ref>[^,;\d]{2,40}?(?:平均值|平均数|平均水平|均值))的?"
                               r"(?P<who>[^,;\d]{0,6}?)(?:得|计)满分[,;]低于(?:平均值|平均数|平均水平|均值)?的?,?(?:以|按)其(?:所占|占)"
                               r"(?:平均值|平均数|平均水平|均值)?的?(?:份额|比例|比重)(?:计算|计)(?:各行|各单位)?(?:得分|分值|分)?;?$")


def _share_of_average(w: Wording) -> Proposed | None:
    """“高于或等于各行贷款平均值的银行得满分,低于平均值的以其所占平均值份额计算各行得分”: the 分值 at or above an average the
    text names but does not give, below it the 分值 times the figure's share of the average, as ``min(max, max * x / a)``
    over the figure ``x`` and the average ``a``, both entered. Never sure: the average is the evaluator's to find."""
    m = _SHARE_OF_AVERAGE.match(w.text) if "平均" in w.text or "均值" in w.text else None
    if m is None or (m.group("said") and d(m.group("said")) != w.weight):
        return None
    ref = m.group("ref")
    what = re.sub(r"^(?:各行|各单位|全市|全县|全省|全区)", "", ref)
    what = re.sub(r"(?:平均值|平均数|平均水平|均值)$", "", what) or "本单位数值"
    variables = [{"name": "x", "label": f"本单位{what}", "unit": ""}, {"name": "a", "label": ref, "unit": ""}]
    return Proposed([RULE.item(w.name, w.weight, {"expression": "min(max, max * x / a)", "variables": variables})],
                    f"公式计分：不低于{ref}得满分，低于的得分 = 分值 × 本单位数值 ÷ {ref}",
                    (f"“{ref}”：评分标准未给出其数值，按实际录入，请核对",))


#: the best competitor's result (a 技能大赛's 最好成绩) and the quickest's time, as a text names them
_BEST = r"最(?:好|高|佳|优)(?:成绩|分)"
_FASTEST = r"(?:用时最短|最短用时|用时最少|完成最快|最快)"
#: the highest value among the units ranked (a 考核表's “以全县最高值为满分”, “最高的得满分”)
_TOP_UNIT = r"(?:全(?:省|市|县|区)|各单位)?最(?:高|大)(?:值|的单位|的)?"
#: “按最好成绩的比例计分”, “以最好成绩为满分,其余选手按比例计分”, “以用时最短者为满分,其余按比例计分”, “用时最短者得满分,其余选手
#: 按最短用时÷本人用时×配分计分”: the best (quickest) competitor scores the 配分, the others in proportion to it
#: (“以最高值为满分,其余按比例得分”, “以全县最高值为满分,其他单位按比例折算”: units ranked against the highest of them)
_AGAINST_BEST = lazy_compile(rf"^(?:按|以)?(?:与)?(?P<b>{_BEST}|{_FASTEST}|{_TOP_UNIT})(?:者|的选手)?(?:的比例(?:计分|折算|计算|得分)|"
                           rf"(?:为|得|计)满分[,;]?(?:其余|其他)?(?:选手|参赛者|参赛选手|人员|队|参赛队|单位|各单位)?"
                           rf"(?:按|以)(?:与(?:{_BEST}|{_FASTEST})的)?(?:比例|最短用时/本人用时\*(?:配分|分值)|"
                           rf"本人成绩/{_BEST}\*(?:配分|分值))(?:计分|折算|计算|得分))[;。]?$")


def _against_best(w: Wording) -> Proposed | None:
    """A contest's row scored against the best competitor: the best result scores the 分值 and the others its share,
    ``max * x / b`` over the competitor's result ``x`` and the best ``b``; or, the quickest time scoring the 分值, the
    others ``max * b / x`` over their time. Both are entered. Never sure: “按比例” is read as a straight proportion and
    the best is the evaluator's to find."""
    m = _AGAINST_BEST.match(w.text) if "最" in w.text and ("比例" in w.text or "/" in w.text) else None
    if m is None:
        return None
    quick = re.fullmatch(_FASTEST, m.group("b")) is not None
    if re.fullmatch(_TOP_UNIT, m.group("b")):  # units against the highest of them
        variables = [{"name": "x", "label": "本单位数值", "unit": ""}, {"name": "b", "label": "各单位中的最高值", "unit": ""}]
        return Proposed([RULE.item(w.name, w.weight, {"expression": "min(max, max * x / b)", "variables": variables})],
                        "公式计分：最高值得满分，其余得分 = 分值 × 本单位数值 ÷ 最高值",
                        (f"“{w.text.rstrip(';。')}”：按与各单位最高值的比例计分读，最高值按实际录入，请核对",))
    if quick:
        variables = [{"name": "x", "label": "本人用时", "unit": ""}, {"name": "b", "label": "各选手中的最短用时", "unit": ""}]
        expr, said = "min(max, max * b / x)", "得分 = 分值 × 最短用时 ÷ 本人用时"
    else:
        variables = [{"name": "x", "label": "本人成绩", "unit": ""}, {"name": "b", "label": "各选手中的最好成绩", "unit": ""}]
        expr, said = "min(max, max * x / b)", "得分 = 分值 × 本人成绩 ÷ 最好成绩"
    return Proposed([RULE.item(w.name, w.weight, {"expression": expr, "variables": variables})],
                    f"公式计分：{'用时最短' if quick else '成绩最好'}者得满分，其余{said}",
                    (f"“{w.text.rstrip(';。')}”：按与{'最短用时' if quick else '最好成绩'}的比例计分读，"
                     f"{'最短用时' if quick else '最好成绩'}按实际录入，请核对",))


#: how a score is rounded, said after its formula: “价格评分取值至小数点后第2位,2位以后四舍五入”, “(计算至小数点后两位)”,
#: “计算过程按四舍五入,保留2位小数”, “报价分保留2位小数”, “四舍五入取后2位” (the places in figures or words)
_PLACES = r"(?:[12]|一|两|二)"
_ROUNDING = lazy_compile(r"[;,(]?(?:计算过程)?(?:按四舍五入,)?(?:[\u4e00-\u9fff]{0,4}?(?:评分|得分|分值|计分|报价分|价格分|结果))?"
                       r"(?:取值|计算|保留|取)?(?:至|到)?(?:小数点后(?:第)?(?P<a>" + _PLACES + r")位(?:小数)?|(?P<b>" + _PLACES
                       + r")位小数)(?P<half>,?(?:(?P=a)位以后|以后)?四舍五入)?\)?|[;,(]?四舍五入(?:取|保留)(?:至)?(?:小数点)?后?"
                       r"(?P<c>" + _PLACES + r")位(?:小数)?\)?")
_PLACES_IN_WORDS = {"一": 1, "两": 2, "二": 2}


def _rate_rounded(w: Wording) -> Proposed | None:
    """“价格分=(基准价/产品报价)×30;价格评分取值至小数点后第2位,2位以后四舍五入”: a quotient times the 分值 (read as the
    rate rule reads it, from the text without the remark), its score rounded to the places said — ``round(max * a / b,
    2)``, capped at the 分值 where the rate is. Always to check: the remark is read as rounding half up (the engine's),
    also where it says only the places (“计算至小数点后两位”)."""
    m = _ROUNDING.search(w.text) if "位" in w.text else None
    if m is None or _ROUNDING.search(w.text, m.end()):
        return None
    rest = replace(w, text=(w.text[:m.start()] + ";" + w.text[m.end():]).strip(";,").replace(";;", ";"))
    if not (rate_rule.RATE_TIMES_WEIGHT.search(rest.text) or rate_rule.WEIGHT_TIMES_RATE.search(rest.text)):
        return None  # (a rate read otherwise, “增幅低于26%的,按目标完成比例计分”, keeps its rounding to check)
    found = rate_rule.RULE.first_reading(rest)
    params = found.items[0]["params"] if found is not None and len(found.items) == 1 else {}
    if not params.get("numerator_label") or not params.get("denominator_label"):
        return None
    said = m.group("a") or m.group("b") or m.group("c")
    places = _PLACES_IN_WORDS.get(said) or int(said)
    share = "min(max, max * a / b)" if params.get("cap", True) else "max * a / b"
    variables = [{"name": "a", "label": params["numerator_label"], "unit": ""},
                 {"name": "b", "label": params["denominator_label"], "unit": ""}]
    half = m.group("half") or m.group("c")
    doubts = (*((found.doubts or ()) if found else ()),
              f"“{m.group(0).strip(';,()')}”：得分按四舍五入保留 {places} 位小数" + ("" if half else "读（原文未写取舍方法）") + "，请核对")
    return Proposed([RULE.item(w.name, w.weight, {"expression": f"round({share}, {places})", "variables": variables})],
                    f"公式计分：得分 = {params['numerator_label']} ÷ {params['denominator_label']} × 分值，保留 {places} 位小数",
                    doubts)


def _share_off(w: Wording) -> Proposed | None:
    """“按违规金额占项目资金的比例扣分”: the share of one named quantity in another taken off the 分值, ``max * (1 - a / b)``
    (both entered). Never sure: “按比例扣分” is read as the share of the 分值 itself (not of some lesser cap), and the
    text names no figure to check it by."""
    m = SHARE_OFF.match(w.text)
    if m is None:
        return None
    num, den = m.group("num"), m.group("den")
    variables = [{"name": "a", "label": num, "unit": ""}, {"name": "b", "label": den, "unit": ""}]
    return Proposed([RULE.item(w.name or "公式", w.weight, {"expression": "max * (1 - a / b)", "variables": variables})],
                    f"公式计分：得分 = 分值 × (1 - {num} ÷ {den})，得分限于 0～分值",
                    (f"“{m.group(0).rstrip(';.')}”：按分值 × (1 - {num} ÷ {den}) 读（所扣为该比例乘以分值），请核对",))


# ── proposal: several faults, each with its own deduction, under one stop ───
#: a deduction of stated points (扣2分, 减1分, 扣2/次 with its 分 left out before the case; not a cap: 扣满10分为止、最多扣2分)
_FAULT_DEDUCTS = lazy_compile(NOT_A_CAP_BEFORE + r"(各|分别)?(?:扣(?:除|减)?|减|(?<=每[宗处项例起件])|(?<=每1[宗处项例起件]))"
                            r"(\d+(?:\.\d+)?)(?:分(?!为止)|(?=/1?[次处项例件起户人个]))")
#: the words of a problem found, before a cost per case said without 扣 (“巡查发现问题每宗0.3分”)
_FOUND_PROBLEM = lazy_compile(r"发现|问题|违规|差错|错误|投诉")
#: what a case is counted in
_CASE_UNITS = r"(?:户次|人次|宗次|台次|宗|个百分点|百分点|%|次|处|项|例|件|起|张|笔|户|人|篇|份|条|家|名|台|辆|个工作日|工作日|天|日|周岁|岁|周|个月|季度|年|个)"
#: the words of a fault that name no case of their own, only where its count stands to the fault before (“以后每天”,
#: “第1天”, “首次发现…;再次发现每次…”, “逾期1天以上每天”; not “第三方”, “3人以上”): how the count is split is unsaid
_TIED_COUNT = lazy_compile(r"^(?:以后|之后|此后|其后|然后|往后|再次|并|超过|超出|多于)|第(?=$|起)"
                         r"|\d(?:天|日|个?工作日|周|个?月|小时)以上")
_TIED_ONCE = lazy_compile(r"首次|初次|首日|首月|首周|当天|当日|第(?=$|起)")
#: a fault's words that name nothing of their own, only the comparison or a pointer to the faults before (“每低1个
#: 百分点”, “差额每个百分点”, “上述问题每次”, “其中每件”, “逐次扣1分”, “其他问题扣1分”): what is counted is unsaid
_NO_OWN_WORDS = lazy_compile(r"^(?!(?:问题|发生|出现|情况)$)(?:其中|其他|其它|其余|该项|此项|本项|上述|以上|前述|同类|同一|重复|逐次|逐项|逐个|"
                           r"累计|差额|差|低|少|多|高|超|超过|超出|不足|低于|高于|少于|多于|多出|部分|的|，)*"
                           r"(?:问题|发生|出现|情况)?$")
#: “每迟报1次”、“每张”、“漏报1次”、“错1处”: the fault is counted per case (after 每 also in kinds: “每缺少1类档案”; never
#: a half of the unit, “每半年”, counted in whole ones)
_EACH_UNITS = _CASE_UNITS[:-1] + "|类|种|月|组|" + deduction_rule.THING_UNITS + ")"
_PER_CASE = lazy_compile(r"每[^\d;,]{0,6}?(?<!半)(?:(\d+(?:\.\d+)?)(" + _EACH_UNITS + r")|(" + _EACH_UNITS + r"))|"
                       r"(?<![\d.])(\d+(?:\.\d+)?)(" + _CASE_UNITS[:-1] + r"|(?<=的1)(?:床位|铺位|" + deduction_rule.THING_UNITS
                       + r")))(?![\d.])")
#: “超过2次的”, “第3次起”, “3次以外的”: where the deducting of a counted fault starts
_COUNT_FROM = lazy_compile(r"(?:超过|超出|多于|第)(\d+)" + _CASE_UNITS + r"|(\d+)" + _CASE_UNITS + r"(?:起|以外|以后|之后)")
#: “第2学期以后”, “第3个月起”: where the deducting of a fault starts, said of a period or a case by its number
_PERIOD_FROM = lazy_compile(r"第(\d+)(?:个?月|季度|周|学期|年|次|天|日)(?:起|以后|之后|开始)")
#: “迟到2次以上的,”, “3天(含)以上”: a line of a count in the fault's words, before the step of each case
_COUNT_LINE_BEFORE = lazy_compile(r"(?P<n>\d+)(?P<u>人次|人|次|处|项|件|个工作日|工作日|天|日)(?:\(含\))?及?以上")
#: the units of time and of rates: what a delay or a shortfall counts, never things a later fault may be counted in
_TIME_UNITS = frozenset(("天", "日", "工作日", "周", "月", "季度", "年", "小时", "%", "百分点"))
#: the word before a count that makes it where the deducting starts (“超过1个月的”, “第3次”)
_FROM_WORD = lazy_compile(r"(?:超过|超出|多于|第)$")
#: “扣0.5分/次”, “扣2分/项”, “扣2分(每项)”: the case counted, said after the amount
_PER_AFTER = lazy_compile(r"/1?(" + _EACH_UNITS + r")|\(每1?(" + _EACH_UNITS + r")\)")
#: a clause zeroing the item (“…不得分,”): read by the gate's reading, never part of a fault
_ZEROED_IN = lazy_compile(ZEROED)
#: a person's own deduction beside the row's, “…每次扣2分、首席代表扣1分”: taken from that person's assessment, not the row
_PERSON_DEDUCTED = lazy_compile(r"^[、,]?(?:对)?(?:首席代表|窗口负责人|主要负责人|直接责任人|负责人|责任人|分管领导|主要领导|当事人|经办人)$")
#: a sentence that only zeroes the item on a fault in words: “(1)未建立制度不得分”, “未设立的,本项不得分”, or votes the row
#: down with its 一级要素 (“无该项制度的,一级否定”); a count of one among its words is any one such fault (“1处发生漏水
#:不得分”, “发生1起火灾的不得分”: one case zeroes the row, no count of cases; never “3处以上不得分”, a line of a count)
_ZEROING_SENTENCE = lazy_compile(r"^" + ORDINAL + r"?(?:[^,;\d]|(?<![\d.])1(?:处|次|起|例|项|台)(?![\d.%]|以上|及以上)){2,40}?的?,?"
                               r"(?:本项|此项|该项)?(?:" + ZEROED + r"|[1一]级否定)$")
#: a cap right after a fault's deduction: that fault's own (below the 分值), or the stop of all (the 分值)
_OWN_CAP = lazy_compile(r"^,?(?P<open>\()?(?:(?:(?:累计)?(?:最多|最高)扣|累计扣|(?:累计)?扣分(?:最多|不超过)|(?<=,)(?:最高|最多)不超过)(?P<most>\d+(?:\.\d+)?)分|(?:扣满|扣完)(?P<full>\d+(?:\.\d+)?)分为止)(?(open)\))")
#: “每月按时报送工作情况”: how often a thing is required (words follow the period), no count of the fault
_EVERY_PERIOD = lazy_compile("每" + PERIOD_REQUIRED)
#: a thing done each period (“每天早中晚进行宣传”, “每月信息报送”), never the cap of a period (“每月最多1分”)
_DONE_EACH_PERIOD = lazy_compile("每" + PERIOD_REQUIRED + r"(?!最|至多|不超|累计|封顶|上限|限)")
#: “3个工作日以上”, “2天(含)以上”, “12个班以下”: a count that is a line of the fault's condition (after 个, the thing
#: counted may be named in a word of its own before the line)
_LINE_AFTER = lazy_compile(r"(?:(?<=个)[\u4e00-\u9fff])?(?:\(含\))?及?(?:以上|以下|以内)")
#: “无体弱儿童汇总表扣2分”, “综治经费没有落实的,扣3分”: the whole text one fault (no count, no other score) and its deduction
_LONE_FAULT = lazy_compile(r"^[^\d;%每各得计满]{2,80}?的?,?扣(?:除|减)?\d+(?:\.\d+)?分[;,]?$")
#: words of a lone fault that hold a figure and count nothing: the time looked back over (“近3年内”, “在1个月内”), the size
#: that names an incident (“1次3人(含)以上重伤事故”) and a level or grade named (“标准化3级及以上”, “较大以上事故”, “2级重大
#: 危险源”)
_LONE_FIGURES = lazy_compile(r"近\d+(?:个)?(?:年|月)(?:以)?内|(?<!\d)在?\d+(?:个)?(?:年|月|工作日|日|天|周|小时)(?:之)?内(?=[\u4e00-\u9fff])"
                           r"|" + ONE_EVENT_COUNT.pattern + r"|(?<=[\u4e00-\u9fff])\d级(?:(?:\(含\))?(?:及)?以上|(?=[\u4e00-\u9fff]))"
                           r"|(?:一般|较大|重大)(?:\(含\))?及?以上(?=[\u4e00-\u9fff])")
#: words that make such a fault more than one taken once: a line, a comparison, an otherwise, a reckoning (“按…计”;
#: “未按要求”, “不按时” are the fault's own words)
_LONE_NOT = lazy_compile(r"否则|以上|以下|以内|超过|低于|高于|不足|少于|多于|(?<![未不有])按|比例")
#: “本条有五项要求,”: how many requirements the row names, opening the faults against them (第一项…)
_REQUIREMENTS_COUNTED = lazy_compile(r"^(?:本条|本项|该项|此项|本指标)?(?:共有|共|有|包括)\d+项要求[,;:](?=第\d+项)")
#: a sentence opening the text with the full marks (“…的,得满分;”, “…,计2分;”)
_FULL_LEAD = lazy_compile(r"^[^;]*?(?:得|计|记|为)(?:满分|(\d+(?:\.\d+)?)分)[;,]")
_COUNT_WORDS = lazy_compile(r"每|(?<![\d.])\d+(?:\.\d+)?" + _EACH_UNITS + r"|(?<=每)" + _EACH_UNITS)


#: a rate's step, no more: “每低于1个百分点”, “每下降1%”
_BARE_RATE_STEP = lazy_compile(r"每(?:低于?|降低|下降|减少|少)\d+(?:\.\d+)?(?:个百分点|%)")
#: “…结案率未达到95%的,每少1个百分点扣0.5分”: a rate below its own line, each point short a case
_SHORT_OF = ("未达到", "未达", "达不到", "低于", "不足", "少于")
#: a line on a count in a fault's words (“少于2次的”, “不到1次的”): the fault is falling short of it
_SHORT_OF_COUNT = _SHORT_OF + ("不到", "不够")
#: “2个月内”, “3个工作日之内”: a count of time that is a window, not the cases counted
_WITHIN = lazy_compile(r"之?内")
#: a run of cases that is the fault (“连续通报2次的”, “连续3个月未报送”)
_IN_A_ROW = lazy_compile(r"连续[^\d,;]{0,6}$")
#: a step down (“每低10%”, “每下降5个百分点”): a shortfall, not a step up
_SHORT_STEP = lazy_compile(r"^每(?:低|少|下降|降低|减少|差)")
_LINE_BELOW = lazy_compile(r"(?:" + "|".join(_SHORT_OF) + r")(\d+(?:\.\d+)?)%")
#: a step up (“每超过1个百分点”, “每高1%”): the excess over a line the rate is to stay under, not a shortfall
_OVER_STEP = lazy_compile(r"^每(?:超过|超出|超|高于|高出|高|多|增加|上升)")
#: the line a rate is to stay under, before a step up: “差错率不超过2%”, “控制在2%以内”, “≤2%”, “低于2%” (said as
#: the requirement; a step up after it leaves no shortfall to read)
_LINE_UNDER = lazy_compile(r"(?:应|须|需|要)?(?P<cmp>不超过|不高于|不大于|≤|<=|控制在|低于)(?P<n>\d+(?:\.\d+)?)%(?:以内|以下)?的?,?$")


#: a sentence stating the line of one rate, closing it: “主、次干道路灯装灯率≥99%”, “合格率达到95%”
#: (“在职党员平均到课率达70%以上不扣分”: the line said free of deductions, the step straight after it in the next sentence)
_STATED_LINE = lazy_compile(r"(?:^|[;,])(?P<what>[^;,\d%]{1,30}?率)(?:≥|>=|不低于|不少于|达到|应达到|要达到|达)(?P<line>\d+(?:\.\d+)?)%"
                          r"(?P<free>(?:以上|及以上)?的?不扣分)?$")
#: a sentence stating the lines of one rate for several kinds of thing, closing it: “路灯亮灯率主干道≥98%、支次干道和背街小巷
#: ≥97%” (each kind its own rate, below its own line)
_STATED_LINES = lazy_compile(r"(?:^|[;,])(?P<what>[^;,\d%、]{1,30}?率)(?P<lines>[^;,\d%、≥]{1,12}?(?:≥|>=|不低于|达到)\d+(?:\.\d+)?%"
                           r"(?:、[^;,\d%、≥]{1,12}?(?:≥|>=|不低于|达到)\d+(?:\.\d+)?%)+)$")
#: one kind's line in such a sentence
_KIND_OWN_LINE = lazy_compile(r"(?:^|、)(?P<kind>[^;,\d%、≥]{1,12}?)(?:≥|>=|不低于|达到)(?P<line>\d+(?:\.\d+)?)%")
#: the words opening the shortfall of such a line, nothing else: “未达到”, “达不到的,”
_NOT_MET = lazy_compile(r"(?:未达到|未达|达不到|低于|不足)(?:要求|标准)?的?,?")
#: “缺1999年表”: a year names a thing, it counts nothing
_YEAR = lazy_compile(r"(?:19|20)\d\d年")
#: “2012年1月1日之后改建的”, “未在6月1日前报送的”: a date (its year, month and day) counts no years, months or days
_DATE_SAID = lazy_compile(r"(?:(?:19|20)\d\d年)?\d{1,2}月\d{1,2}日")


#: what follows a share the requirement asks (“党费80%留给支部”): words of its own, no line (以上、以下) nor 的
_SHARE_ASKED = lazy_compile(r"(?!以上|以下|以内|及以|的)[\u4e00-\u9fff]{2}")
#: the words before a percentage that make it a rate's value or a line (“合格率80%”, “超过10%”): not a share asked
_COMPARED_BEFORE = lazy_compile(r"(?:率|超过|超出|超|高于|低于|不足|少于|多于|达到|达|差|降低|下降|增加|上升|提高|减少|为|在)$")


def _staff_asked(run: str, at: int) -> bool:
    """Whether the figure at ``at`` is the persons a fault fails to staff (“未配备1名专职人员”): words, not cases."""
    return any(a.start() <= at < a.end() for a in STAFF_ASKED.finditer(run))


def _described(case: re.Match[str], run: str) -> bool:
    """Whether a figure of a fault's words describes rather than counts: a year or a date, the persons a fault fails to
    staff (“未配备1名专职人员”), or a number of more than one in a clause before the fault's own (“查相应记录本,任查2个月,
    无记录本扣2分”: the months checked; “分4季度报帐审核:第1季度缺报”: a heading before its colon)."""
    if _YEAR.fullmatch(case.group(0)) or _staff_asked(run, case.start()):
        return True
    if "日" in run and any(x.start() <= case.start() < x.end() for x in _DATE_SAID.finditer(run)):
        return True  # (a date: “…在2012年1月1日之后…”)
    n = case.group(4)  # a count without 每, not the end of a range (“建立1-2家”)
    if n is not None and case.group(5) == "%" and _SHARE_ASKED.match(run, case.end()) \
            and not _COMPARED_BEFORE.search(run, 0, case.start()):
        return True  # “党费80%留给党支部不落实”: the share the requirement asks, in the fault's words
    return n is not None and d(n) != 1 and re.search(r"[,:]", run[case.end():].rstrip(",")) is not None \
        and run[case.start() - 1:case.start()] not in ("-", "~", "至", "到")


class _Fault(NamedTuple):
    words: str  # what the fault is, in the text's words
    amount: Decimal  # what it costs
    counted: bool  # per case (每…1次), or once when found
    unit: str  # the case counted
    cap: Decimal | None  # its own cap, below the 分值
    line: Decimal | None = None  # a rate's line: the variable is the rate, each point below the line a case
    step: Decimal = Decimal(1)  # the points below the line one deduction stands for (“每低10%”)
    over: bool = False  # the line is one to stay under: each step above it a deduction (“不超过2%,每超过1个百分点”)
    free: Decimal | None = None  # the cases let pass before the deducting starts (“超过3人的,每人扣0.5分”)
    zero_at: int | None = None  # the count of its cases at which the row scores nothing (“发现1处扣2分,发现2处不得分”)


#: how a formula of faults writes a fault's count zeroing the row: the whole 分值 taken off from that count on
ZEROED_AT_COUNT = "max * min(1, max(0, "


def zeroes_at_count(params: Params) -> bool:
    """Whether a formula of faults holds a fault's count at which the row scores nothing (``_ZERO_AT_OWN_COUNT``)."""
    return ZEROED_AT_COUNT in str(params.get("expression") or "")


#: a count of a fault's cases at which the row scores nothing, right after its deduction: “…发现1处扣2分,发现2处不得分”
_ZERO_AT_OWN_COUNT = lazy_compile(r"[,;]?(?:发现|出现|有|达)?(?P<n>\d+)(?P<u>处|次|项|个|件|起|例)(?:及以上|以上)?(?:的|者)?,?"
                                r"(?:本项|此项|该项)?" + ZEROED)
#: points given back or added beside the faults (“弄虚作假的倒扣2分”, “整改到位的加1分”): a count's zero is then not read
_GIVEN_BACK = lazy_compile(r"倒扣|加\d")
#: the row's points said before its first fault (“符合3分,未建立…扣1分”): no part of the fault's words
_POINTS_FIRST = lazy_compile(r"^(?:本项|该项|此项|符合要求|符合|满分|分值|标准分|基础分)?(?:为|计|得)?\d+(?:\.\d+)?分[,;:]")


#: “1类”, “2类” (一类问题, 第二类隐患): a kind named by its number, unless a count of kinds goes before it (“每缺1类”)
_CLASS_NAMED = lazy_compile(r"\d+类$")
_COUNTED_BEFORE = lazy_compile(r"(?:每|少|缺|缺少|差|漏|错|超过|多于)[^\d,;]{0,4}$")


def _fault_words(run: str) -> str:
    """The words naming a fault: its clause without the count (每…1次) and the linking 的."""
    run = _POINTS_FIRST.sub("", STOP_AT_ZERO.sub("", run))
    # a count is left out; kept are a line the fault falls short of (“持证率未达到80%”), a line of its words (“延误3个
    # 工作日以上”) and how often a thing is required (“每月按时报送”)
    sized = [x.span() for x in ONE_EVENT_COUNT.finditer(run)] if "以上" in run else []
    dated = [x.span() for x in _DATE_SAID.finditer(run)] if "日" in run else []
    def kept(m: re.Match[str]) -> str:
        if any(a <= m.start() < b for a, b in sized):
            return m.group(0)  # (“1次3人(含)以上重伤事故”: an incident named by its size)
        at = m.start() - 1 if run[m.start() - 1:m.start()] == "每" else m.start()
        if run[:m.start()].endswith(_SHORT_OF_COUNT) or _EVERY_PERIOD.match(run, at) or _staff_asked(run, m.start()) \
                or (m.group(0)[0] != "每" and _IN_A_ROW.search(run, 0, m.start())) \
                or (re.sub(r"^[\d.]+个?", "", m.group(0)) in _TIME_UNITS and _WITHIN.match(run, m.end())):
            return m.group(0)  # (“少于2次”, “连续通报2次”, “前2个月内”: the fault's own words)
        if _CLASS_NAMED.match(m.group(0)) and not _COUNTED_BEFORE.search(run[:m.start()]):
            return m.group(0)  # “1类问题扣3分、2类问题扣2分”: a class of the fault named by its number, not a count
        if _named_by_number(run, m.start(), m.end()):
            return m.group(0)  # “第3项不达要求的”, “第2季度缺报”: the requirement or the period named by its number
        if any(a <= m.start() < b for a, b in dated):
            return m.group(0)  # “在2012年1月1日之后”: a date, the fault's own words
        if m.group(0)[0] == "每" or not _LINE_AFTER.match(run, m.end()):
            return ""
        # a line of the fault's words (“延误3个工作日以上”, “不合格率10%以下”): a percentage only when the words say
        # the rate is itself below or above it, never the case a step of a rate counts
        return m.group(0) if "%" not in run or m.group(0).endswith("%") else ""
    words = _COUNT_WORDS.sub(kept, run)
    words = words.strip(",;:、 ").lstrip(")").rstrip("(").strip(",;:、 ")  # “未公示(扣1分)”: the bracket is the amount's
    if words.startswith("(") and ")" not in words:  # “…扣2分(每少1次扣1分)”: the fault opens its bracket
        words = words[1:]
    words = ORDINAL_AT.sub("", words.lstrip(CIRCLED))  # “①…”, “2.…”: the list's numbering is no part of the fault
    if ":" in words and len(words.rsplit(":", 1)[1]) >= 2:  # “分4季度报帐审核:第1季度缺报”: a heading before its colon
        words = words.rsplit(":", 1)[1]
    words = re.sub(r"的?,", "，", words).strip("，")
    words = re.sub(r"的$", "", re.sub(r"，?(?:再|另|又|加)$", "", words))  # “…的,再扣5分”: the deduction's own word
    return (words[:30] + "…") if len(words) > 30 else words


#: the words that say a fault is something missing or not done, shared by the faults of a listing after them
_LACKING = lazy_compile(r"^.*?(?:没有|缺少|缺|无|未(?:建立|制定|设立|签订|开展|落实|配备|明确|完成)?)")
#: a word of lacking anywhere in a listed fault (“B创建未完成目标”): the fault says its own
_LACKING_WORD = lazy_compile(r"没有|缺|无|未|不")
#: where a listing of single characters goes on (“处、室和…”): one noun, not two faults
_ONE_CHAR_ON = lazy_compile(r"^[\u4e00-\u9fff](?:和|及|等|$)")


#: a requirement named by its number (“第2项”), alone or before the test it fails (“第2项不达要求”)
_NUMBERED = lazy_compile(r"第\d+(?:项|条|款)")
_NUMBERED_TEST = lazy_compile(r"第\d+(?:项|条|款)(?P<test>(?:不|未|没)[\u4e00-\u9fff]{1,8})$")
#: a requirement or a period named by its number (“第3项”, “第2季度”), never where the deducting starts (“第3个月起”)
_NUMBERED_AT = lazy_compile(r"第\d+(?:项|条|款|(?:季度|个?月|周|学期)(?![起后]|以后|之后|开始))")


def _named_by_number(run: str, start: int, end: int) -> bool:
    """Whether the count at ``run[start:end]`` names a requirement or a period by its number (“第2季度缺报”): no case."""
    m = _NUMBERED_AT.match(run, start - 1) if start > 0 and run[start - 1] == "第" else None
    return m is not None and m.end() == end


def _listed(words: str) -> list[str]:
    """The faults of “无A、B、C各扣N分” (or “A和B…未完成…各扣N分”), each in words of its own; [] when the words
    list one, or list things under one test named after them (“A、B不达标”, counted as before). A later fault with
    no word of lacking takes the first one's (“无组织、方案” → 无组织、无方案); in “A和B…未完成…” the first takes
    the test after B (“A未完成…”)."""
    if "、" in words:
        pieces: list[str] = []
        for x in words.split("、"):
            if pieces and _ONE_CHAR_ON.match(x):
                pieces[-1] += "、" + x
            else:
                pieces.append(x)
        lacking = _LACKING.match(pieces[0]) if len(pieces) >= 2 else None
        test = _NUMBERED_TEST.match(pieces[-1]) if len(pieces) >= 2 else None
        if test and all(_NUMBERED.fullmatch(x) for x in pieces[:-1]):
            # “第一项、第二项不达要求”: requirements named by their numbers, the test after the last said of each
            pieces = [x + test.group("test") for x in pieces[:-1]] + [pieces[-1]]
        elif lacking:
            pieces = pieces[:1] + [x if _LACKING_WORD.search(x) else lacking.group(0) + x for x in pieces[1:]]
        elif len(pieces) < 2 or not all(_LACKING_WORD.search(x.removesuffix("的")[2:]) for x in pieces):
            # “调解率、成功率不达标”: things measured by one test after them, counted as before (“组织不健全、生活开展
            # 不正常”: each fault says its own lacking, after its thing)
            return []
    elif "，" in words and "和" not in words:
        # “门头没有门卫值勤,没有保卫制度的各扣2分”: clauses each saying a fault of its own, each costing it
        pieces = words.split("，")
        if not all(_LACKING_WORD.search(x) for x in pieces):
            return []  # (“检查发现,未落实的各扣2分”: a clause of how it is found, no fault)
    else:
        first, _, rest = words.partition("和")
        test = _LACKING_WORD.search(rest)  # “A和B创建未完成目标”: A 未完成目标, B创建未完成目标
        pieces = [first + rest[test.start():] if test else f"{first}（{words}）", rest] if first and rest else []
    return pieces if len(pieces) >= 2 and all(len(x) >= 2 for x in pieces) else []


#: units that count a case of anything (“每个”, “每处”): faults counted in them may be one count
_ANY_CASE = frozenset(("个", "处", "项", "例"))


def _read_otherwise(faults: list[_Fault], item_max: Decimal) -> bool:
    """Whether faults standing alone are read by another rule: one deduction per case, or a 要点核查."""
    if all(f.cap is not None for f in faults):
        # sentences each deducting up to a cap of its own, the caps making up the 分值: scoring parts, one per sentence
        # (caps past it, “…1次扣5分,扣完15分为止;…1次扣3分,扣完15分为止” on 22: one formula, each term capped)
        return sum(f.cap for f in faults if f.cap is not None) == item_max
    amounts = {f.amount for f in faults}
    kinds = {f.counted for f in faults}
    units = {f.unit for f in faults}
    one_count = len(units) == 1 or units <= _ANY_CASE  # “每份…每例…”: two counts of different things
    # (a unit a deduction per case cannot be counted in, “迟报1宗…漏报1宗…”: none stands for them, so the counts each)
    one_count = one_count and units <= {*deduction_rule.UNITS, *_ANY_CASE}
    if len(amounts) == 1 and kinds == {True} and not any(f.cap for f in faults) and not any(f.line or f.free for f in faults) \
            and one_count:
        return True  # one amount for every fault, counted in one unit (or in words for any case): one deduction per case
    if kinds == {False} and all(f.amount >= item_max for f in faults):
        return True  # faults each taking the whole 分值: any one of them found, nothing is left (全有或全无)
    # faults that each cost their points and add up to the 分值: the points of a 要点核查
    return not any(f.counted for f in faults) and sum(f.amount for f in faults) == item_max


#: an aside naming the standard a thing is kept by (“设立检查站(按七个一标准)”, “(按省定要求)”): it scores nothing, its
#: figures are a name's
_KEPT_BY = lazy_compile(r"\(按(?:照)?[^()]{0,12}?(?:标准|要求|规定|规范)\)")


def _lone_fault(w: Wording) -> Proposed | None:
    """“无体弱儿童汇总表扣2分” on 8 points: the whole text one fault, no count, no other score, costing less than the
    分值, taken once (``max - 2 * a``, ``a`` 0/1). Tried after the readings of a deduction per case (“无资格证书,没人扣0.5分”
    counts persons), and never confidently: that nothing else costs points is read, not said."""
    kept_by = _KEPT_BY.search(w.text)
    if kept_by:  # the fault read without the aside, which the proposal leaves unplaced (to check)
        w = replace(w, text=w.text[:kept_by.start()] + w.text[kept_by.end():])
    t = STAFF_ASKED.sub("", WORDS_OF_RECORD.sub("", w.text))  # “未配备1名专职人员的”: the persons asked for
    if any(x in t for x in _SHORT_OF):  # “每年…少于2次的,扣2分”: how often it is asked, and the line, count no cases
        t = _EVERY_PERIOD.sub("", t)
        if len(_LONE_LINE.findall(t)) == 1:
            t = _LONE_LINE.sub("", t)
    t = _LONE_FIGURES.sub("", t)  # (“近3年内…”, “…3人(含)以上重伤…”, “3级及以上”: describe the fault, count nothing)
    return _faults(w, lone=True) if _LONE_FAULT.match(t) and not _LONE_NOT.search(t) else None


#: the number of a clause or segment of the text: “(5)”, “2.”, “3、”, “③”
_MARK = r"(?:\(\d{1,2}\)|\d{1,2}(?:\.(?!\d)|、)|[" + CIRCLED + r"])"
#: “…,跨月未整改翻倍扣分”, “(5)凡在市级检查中发现上述差错的加倍扣分”: a case of the counted faults before it
#: whose deduction is taken twice (the clause after the last deduction of the text)
_DOUBLED = lazy_compile(r"(?:^|(?<=[,;]))" + _MARK + r"?(?:凡|对|若|如)?"
                      r"(?P<cond>[^,;\d]{2,40}?)的?,?(?:加倍|翻倍|双倍|(?P<half>减半))(?:扣分|扣除|扣)(?=[,;]|$)")


def _doubled(t: str) -> tuple[str, re.Match[str] | None]:
    """The text without a clause doubling the deductions of the counted faults before it, and that clause (or halving
    them for others: “其他干部存在上述情况的,减半扣分”)."""
    if "倍" not in t and "减半" not in t:
        return t, None
    m = _DOUBLED.search(t)
    if m is None or _FAULT_DEDUCTS.search(t, m.end()) or not _FAULT_DEDUCTS.search(t, 0, m.start()):
        return t, None
    rest = t[m.end():].lstrip(",")
    return (t[:m.start()].rstrip(",") + ("," if rest and rest[0] != ";" and t[m.start() - 1:m.start()] == "," else "")
            + rest), m


def _faults(w: Wording, gated: bool = False, lone: bool = False, plain: bool = False) -> Proposed | None:
    """“每迟报1次扣0.5分,漏报1次扣1分;扣完为止”, “无组织机构扣3分,无专人负责扣2分”: faults each with a deduction of
    its own, taken from the 分值 until nothing is left: a formula ``max - 0.5 * a - b`` over the count of each fault
    in the order the text names them (a fault stated without a count is 0/1), ``min(cap, …)`` where a fault has a
    cap of its own. Read only where one deduction per case cannot stand for them all: the amounts differ, a fault
    counted per case stands beside one taken once, or a fault has a cap of its own. ``gated``: the faults of a text
    whose whole item a condition zeroes (``gated``), read as a formula whatever their amounts, one fault included,
    since the condition multiplies them all. ``lone``: a text of one fault alone, taken once (``_lone_fault``).
    A closing clause that doubles the deductions in some case (“跨月未整改翻倍扣分”) adds, after the faults, one
    count per counted fault of its cases (其中…), taken off once more at the same amount (``plain``: the clause not
    read)."""
    t, doubling = (w.text, None) if plain else _doubled(w.text)
    t = deduction_rule.EACH_PUPIL.sub("人", t)  # “每生扣0.5分”: each pupil, a person
    if ("加" in t or "得" in t) and _ADDED_EACH_AFTER.search(t):
        return None  # “…;(每个火点加2分)”: a case adding its points closes the faults (``_faults_then_added``)
    if not gated and (all_or_nothing_rule.ALL_TAKEN_IN.search(t)
                      or any(_ZEROING_SENTENCE.match(x) for x in t.split(";"))):
        # “未建立制度,扣除全部分值;…每处扣1分”, “(1)未建立制度不得分;(2)…1处扣1分”: a fault zeroing the row, in a
        # sentence of its own or in words, the gate's to read
        return None
    if "减扣" in t and "加扣" in t and _cases_adjusted(w) is not None:
        return None  # “每1起扣0.5分,…整改到位的,每起减扣0.4分;没有整改到位的,每起加扣0.5分”: (``_cases_adjusted``)
    if SCORE_WRITTEN.search(t):
        return None  # “得分=20分×(1—逾期率)另外:逾期1天,扣1分”: a formula the faults are taken off (``_written_among_words``)
    base = BASE_SAID_LAST.search(t) if "分" in t else None
    if base and d(base.group("base")) != w.weight:
        return None  # “…扣2分/次;4.此项基本分为0分,累计不超过8分”: taken off a base short of the 分值 (``_base_said_last``)
    if len(_SPAN_BAND.findall(t)) + len(_KEPT_BAND.findall(t)) >= 2 and _SPAN_BAND.search(t):
        return None  # “请假一天以内不扣分;一天以上两天以内扣除20分;…”: bands on one count of days, no faults (tiers)
    if _PAST_AND_SHORT.search(t):
        return None  # “每超过目标值3%,加1分,最多加6分;…每低于目标值3%,扣1分”: the steps below the target beside those past it
    if ("高" in t or "偏" in t) and _price_off_base(w) is not None:
        return None  # “每高于评审基准价1%扣0.2分,每低于评审基准价1%扣0.1分”: a price's steps either side of its base (``_price_off_base``)
    if "基础分" in t and _BASE_THEN_PERFORMANCE.match(t):
        return None  # “…98%得基础分4分,每降低1个百分点扣1分…;每提高1个百分点得绩效分0.5分”: (``_base_then_performance``)
    found = list(_FAULT_DEDUCTS.finditer(t))
    # “巡查发现问题每宗0.3分,未及时整改的扣1分”: a cost per problem found said without 扣, read as one beside the
    # faults said with it; a cost without 扣 elsewhere (“每项0.5分” earned) is none
    unsaid = [m for m in found if "扣" not in m.group(0) and "减" not in m.group(0)]
    unsaid_doubts: list[str] = []
    if unsaid:
        if len(unsaid) == len(found) or any(not _FOUND_PROBLEM.search(t, t.rfind(";", 0, m.start()) + 1, m.start())
                                            for m in unsaid):
            found = [m for m in found if m not in unsaid]
        else:
            unsaid_doubts = [f"“{t[t.rfind('每', 0, m.start()):m.end()]}”：原文未写“扣”，按每例扣分读，请核对" for m in unsaid]
    # one fault alone only with a cap of its own below the 分值 (“每缺1项扣1分,最多扣3分”): no deduction per case holds it;
    # or as the whole text, taken once (“无体弱儿童汇总表扣2分” on 8 points: ``_lone_fault`` has read the text so)
    lone = lone and len(found) == 1
    # one fault alone past a count let pass (“每班最多缺席3人,超过3人的,每人扣0.5分”): no deduction per case holds it
    if len(found) < (1 if gated or lone or doubling or _ANY_CAP.search(t) or lets_pass_each(t)
                     else 2):
        return None
    lead = _FULL_LEAD.match(t)
    if lead and lead.end() > found[0].start():
        lead = None
    if lead and lead.group(1) and d(lead.group(1)) != w.weight:
        return None
    at = lead.end() if lead else 0
    faults: list[_Fault] = []
    split: list[str] = []  # listings read as one fault each (the doubts of those under 各)
    split_up = False
    assumed: list[str] = unsaid_doubts  # the lines read where the text states none
    counted_asked = _REQUIREMENTS_COUNTED.match(t) if not lead and "项要求" in t else None
    if counted_asked:  # “本条有五项要求,第一项…”: how many requirements the row names, the faults against them after
        at = counted_asked.end()
        assumed.append(f"“{counted_asked.group(0).strip(',;:')}”：所列要求的项数未用于计分，只扣原文写明的各项")
    # “缺交1次扣1分;1例错、漏登扣0.5分,是已婚育妇漏登的加倍扣分”: a doubling clause closing a sentence of deductions
    # doubles the faults of its own sentence; one standing as a sentence of its own doubles all before it
    own_sentence = w.text.rfind(";", 0, doubling.start()) + 1 if doubling is not None else len(t)
    doubled_from = None  # the first fault of the doubling clause's sentence
    each_opens = ""  # “每户未公示”: a count opening its sentence, which may reach the faults after it in the sentence
    for m in found:
        if doubled_from is None and m.start() >= own_sentence:
            doubled_from = len(faults)
        run = t[at:m.start()]
        if faults and _PERSON_DEDUCTED.match(run):
            assumed.append(f"“{run.strip('、,')}{m.group(0)}”：扣的是其个人的分，未计入本项")
            at = m.end()
            continue
        each = m.group(1) is not None  # “无A、B各扣N分”, “无A、无B的分别扣N分”: N for each
        stated = None  # “装灯率≥99%;未达到每下降1%扣0.3分”: the line the sentence before states, the shortfall's
        stated_many = None  # “亮灯率主干道≥98%、支次干道≥97%;未达到每下降1%扣0.1分”: the lines of several kinds
        if ";" in run:  # a new sentence: a count opening the one before reaches no further
            each_opens = ""
        if ";" in run.strip(";"):  # the fault's words begin after the sentence before it
            cut = run.rstrip(";").rfind(";")
            # (a count let pass said across it, “5次以内不扣分;超过部分每次…”, is the fault's: the sentence before it)
            across = next((x for x in FREE_THEN_EACH.finditer(run) if x.start() < cut < x.end()), None)
            if across is not None:
                cut = run.rfind(";", 0, across.start())
            sentence_before = run[:max(cut, 0)]
            stated = _STATED_LINE.search(sentence_before) if "%" in sentence_before else None
            stated_many = _STATED_LINES.search(sentence_before) if stated is None and "%" in sentence_before else None
            run = run[cut + 1:]
        if _ZEROED_IN.search(run):
            return None  # “未建立台账不得分,台账不规范扣1分”: a condition zeroing the item is no fault's words
        if not faults and lead and "%" in lead.group(0) and _BARE_RATE_STEP.fullmatch(run.strip(";,")):
            # “预算执行率达到100%的得10分,每低于1个百分点扣0.2分,…”: the lead's line and the rate's step below it, no
            # fault counted (a line and step, or ``_faults_and_rate_step`` beside the faults after it)
            return None
        amount = d(m.group(2))
        if amount <= 0 or (m.group(1) and t[m.end():m.end() + 1] == "、"):
            return None  # “分别扣1分、2分”: amounts for each in turn, not one amount for each
        lines = {b.end() for b in _LINE_BELOW.finditer(run)} if "%" in run else set()
        # “培训率未达到50%”: a line the fault is measured against, taken once, not a count of cases
        # (“延误3个工作日以上”: a line in the fault's words, taken once, not a count of cases)
        # a count the fault's words hold as a line (“每年开展执法行动少于2次的”) or a run (“连续通报2次的”): the fault is
        # taken once, the count is its condition, not the cases counted
        # (or a window of time, “监测时间点前2个月内未更新的”: the time the fault is looked for in)
        held = [c.span() for c in _PER_CASE.finditer(run) if not c.group(0).startswith("每")
                and (run[:c.start()].endswith(_SHORT_OF_COUNT) or _IN_A_ROW.search(run, 0, c.start())
                     or ((c.group(5) or "").removeprefix("个") in _TIME_UNITS and _WITHIN.match(run, c.end())))]
        # (a lone fault's incident named by its size, “1次3人(含)以上重伤事故”: no cases counted)
        sized = [m.span() for m in ONE_EVENT_COUNT.finditer(run)] if lone and "人" in run else []
        cases = [c for c in _PER_CASE.finditer(run)
                 if (c.end() not in lines or c.group(0).startswith("每")) and not _described(c, run)
                 and not any(a <= c.start() < b for a, b in sized)
                 # a lone fault's line (“少于2次的”) and how often it is asked (“每年召开…”): no cases
                 and not ((lone or held) and (run[:c.start()].endswith(_SHORT_OF) or _EVERY_PERIOD.match(run, c.start())))
                 and c.span() not in held
                 and not _named_by_number(run, c.start(), c.end())  # (“第3项不达要求的”, “第2季度缺报”)
                 and not (not c.group(0).startswith("每") and _LINE_AFTER.match(run, c.end()))]
        if held and not cases:
            period = _EVERY_PERIOD.search(run)
            if period and not run.startswith("年", period.start() + 1):
                # “每月检查少于2次的”: each month short once in the year, or the year's row once?
                assumed.append(f"“{run.strip(';,')}”：每{run[period.start() + 1]}达不到的是否每{run[period.start() + 1]}各扣一次未说明")
            elif any(_IN_A_ROW.search(run, 0, a) for a, _ in held):
                assumed.append(f"“{run.strip(';,')}”：扣一次还是每出现一次扣分未说明")
            elif any(_WITHIN.match(run, b) and run[:a].endswith("近") for a, b in held):
                # “近3年内受到行政处罚的扣10分”: the time looked back over; once, or each time it happened?
                assumed.append(f"“{run.strip(';,')}”：扣一次还是每出现一次扣分未说明")
            elif any(_WITHIN.match(run, b) for _, b in held):
                # “2个月内未整改的扣3分”: the fault once, or each thing not done in time?
                assumed.append(f"“{run.strip(';,')}”：扣一次还是按逾期的每件扣分未说明")
        if not cases and "每" in _EVERY_PERIOD.sub("", run):  # counted per something this reading does not know
            return None
        counted = bool(cases) or each
        each_period = _EVERY_PERIOD.search(run) if not counted and not held else None
        if each_period and not run.startswith("年", each_period.start() + 1):
            # “每学期漏报扣2分”: the fault of each period (a term, a half-year), the row's several periods each found
            # or the row's once? (“每月漏报扣2分” is counted per month: ``_EACH_UNITS``)
            p_ = each_period.group(0)[1:]
            assumed.append(f"“{run.strip(';,')}”：每{p_}出现的是否每{p_}各扣一次未说明")
        # “超过2次的,每次扣1分”, “第3次起每处扣1分”: a count in the fault's words besides the one counted (where the
        # deducting starts), which the fault's words leave out and its count does not hold
        rest = run[:cases[-1].start()] + "," + run[cases[-1].end():] if cases else run
        doubted = len(assumed)  # the doubts before this fault's own
        # “每班最多缺席3人,超过3人的,每人扣0.5分”: the cases past a count let pass, each one past it a case
        passed = _LET_PASS.search(run, 0, cases[-1].start()) if cases and cases[-1].group(0).startswith("每") else None
        # (its unit said bare, “每天”, or after a step of one, “每增加1天”)
        each_unit = (cases[-1].group(3) or (cases[-1].group(2) if cases[-1].group(1) == "1" else None)) if cases else None
        # “3次以内不扣分,超过部分每次…”, “前2次不扣分,第3次起每次…”: the cases let pass said for certain (no doubt)
        free = free_said(run, cases[-1].start()) if cases and cases[-1].group(0).startswith("每") else None
        if free and (each_unit is None or free_unit(free.unit) != free_unit(each_unit)):
            free = None
        if free:
            passed = None
            rest = run[:free.start] + "," + run[free.end:cases[-1].start()] + "," + run[cases[-1].end():]
        if passed and (passed.group("u") != each_unit or d(passed.group("n")) < 1):
            passed = None
        if passed:
            rest = run[:passed.start()] + "," + run[passed.end():cases[-1].start()] + "," + run[cases[-1].end():]
            allowed = _ALLOWED_BEFORE.search(run, 0, passed.start()) or _FREE_BEFORE.search(run, 0, passed.start())
            if allowed and allowed.group("n") == passed.group("n") and allowed.group("u") == passed.group("u"):
                rest = rest[:allowed.start()] + allowed.group("what") + "," + rest[allowed.end():]
            assumed.append(f"“{run[passed.start():cases[-1].end()].strip(';,')}”：从何处起扣按前{passed.group('n')}"
                           f"{passed.group('u')}不扣、超过的部分逐{passed.group('u')}扣分读")
        lost = Counter(x for m in _COUNT_FROM.finditer(rest) if not _named_by_number(rest, m.start() + 1, m.end())
                       for x in m.groups() if x) - Counter(
            re.findall(r"\d+(?:\.\d+)?", _fault_words(run)))
        assumed += [f"“{run.strip(';,')}”：其中的“{x}”（从何处起扣）未读入" for x in lost]
        # “第2学期以后每学期漏报”: where the deducting starts, kept in the fault's words (a period no case is counted in)
        assumed += [f"“{run.strip(';,')}”：其中的“{x.group(1)}”（从何处起扣）未读入" for x in _PERIOD_FROM.finditer(rest)
                    if x.group(1) not in lost]
        count_line = _COUNT_LINE_BEFORE.search(run, 0, cases[-1].start()) \
            if cases and cases[-1].group(0).startswith("每") and each_unit and not (free or passed) else None
        if count_line and each_unit and d(count_line.group("n")) > 1 \
                and free_unit(count_line.group("u")) == free_unit(each_unit):
            # “迟到2次以上的,每次扣1分”: the cases up to the line cost nothing, but whether each counts from the first
            # once past it or only those past it is unsaid (as “超过2次的,每次…”, ``passed``, is read with a doubt)
            assumed.append(f"“{count_line.group(0).rstrip(',的')}”：{count_line.group('n')}{count_line.group('u')}以内是否不扣分、"
                           f"超过后是否只扣超出部分，请核对")
        unit, step = "项", Decimal(1)
        times = _person_times(run, cases)
        if times:  # “擅自脱岗…,每人次每半天扣3分”: each person's each half-day a case, the count of both together
            unit = times
            assumed.append(f"“{run[cases[-2].start():cases[-1].end()]}”：按{times}计数（人次数乘以时段数），"
                           f"不足一个时段时如何扣分未说明")
        elif cases:
            c = cases[-1]
            n, unit = (c.group(1), c.group(2)) if c.group(2) else (None, c.group(3)) if c.group(3) else (c.group(4), c.group(5))
            if c.group(5) and run[:c.start()].endswith("的") and not re.fullmatch(_CASE_UNITS, c.group(5)):
                # “门窗未关好的1间宿舍扣2分”: one thing found at the fault, named with its measure word: each one (每 left out)
                assumed.append(f"“{run[:c.end()].strip(';,、')}”：按每{c.group(5)}扣分读（原文未写“每”）")
            if n is not None and d(n) == Decimal("0.5") and unit in ("天", "日") and (
                    c.group(0).startswith("每") or not run[c.end():].strip(",的")):
                # “每缺勤半天扣1分”, “…,旷工半天扣2分” (the half-day just before its cost, as “迟到一次扣1分” is each
                # time): each half-day a case, counted in half-days
                n, unit = None, "半天"
                assumed.append(f"“{run.strip(';,')}”：按半天计数，不足半天如何扣分未说明")
            if n is not None and d(n) > 1 and d(n) == int(d(n)) and c.group(0).startswith("每") \
                    and unit not in ("%", "个百分点", "百分点"):
                # “缺勤累计每超过3天加扣2分”: each block of the count a case, counted in blocks (as a deduction per case
                # counts them), a part of a block unsaid
                n, unit = None, f"{n}{unit}"
                assumed.append(f"“{run.strip(';,')}”：按几个{unit}录入（不足{unit}的部分是否扣分未说明）")
            if n is not None and d(n) != 1 and not (c.group(0).startswith("每") and unit in ("%", "个百分点", "百分点")):
                return None  # “2例扣1分”: a remainder would have to be read; not this wording (“每低10%” is a step)
            if n is not None and d(n) > 0:
                step = d(n)
            if n is not None and _FROM_WORD.search(run, 0, c.start()):
                # “未按时更新超过1个月的每月扣1分”: the count said is where deducting starts, the cases after it unsaid
                assumed.append(f"“{run.strip(';,')}”：其中的“{n}”（从何处起扣）未读入")
        end = m.end()
        after = _PER_AFTER.match(t, end) if not cases else None
        if after:  # “迟报扣0.5分/次”, “…扣2分(每项)”: the case counted after the amount
            counted, unit, end = True, after.group(1) or after.group(2), after.end()
        cap = _OWN_CAP.match(t[end:])
        own = None
        if cap:
            value = d(cap.group("most") or cap.group("full"))
            if value < w.weight:
                own = value
            if value <= w.weight:  # (one of the 分值 takes nothing the row's 0～分值 does not: no cap, no words of the next)
                end += cap.end()
        zero = _ZERO_AT_OWN_COUNT.match(t, end) if counted and own is None and not _GIVEN_BACK.search(t) else None
        zero_at = None
        if zero and zero.group("u") == unit and int(zero.group("n")) >= 2:
            # “…的发现1处扣2分,发现2处不得分”: the row zeroed once this fault's cases reach a count (where the deducting
            # has not already taken all)
            zero_at = int(zero.group("n")) if amount * int(zero.group("n")) < w.weight else None
            end = zero.end()
        unit = unit.replace("个百分点", "百分点").replace("个月", "月").replace("个工作日", "工作日")
        per_point = unit in ("%", "百分点") and cases and cases[-1].group(0).startswith("每")
        under = _LINE_UNDER.search(run[:cases[-1].start()]) if per_point and _OVER_STEP.match(cases[-1].group(0)) else None
        below = _LINE_BELOW.search(run) if per_point and under is None else None
        short = cases[-1].group(0) if below is None and under is None and cases and unit in ("%", "百分点") else ""
        if under:
            # “差错率不超过2%,每超过1个百分点扣0.5分”: each step over the line to stay under a deduction
            rate = _fault_words(run[:under.start()])
            faults.append(_Fault(rate, amount, True, "%", own, d(under.group("n")), step, over=True))
            if under.group("cmp") == "低于":  # the words may also be read as a shortfall below the line
                assumed.append(f"“{run[:cases[-1].end()].strip(';,')}”：{rate}应低于 {under.group('n')}%，按超过 {under.group('n')}% 的百分点扣分")
        elif below:
            rate = _fault_words(run[:below.start()])
            faults.append(_Fault(rate, amount, True, "%", own, d(below.group(1)), step))
        elif short.startswith("每") and _SHORT_STEP.search(short) and stated and (
                _NOT_MET.fullmatch(run[:cases[-1].start()]) or (stated.group("free") and not run[:cases[-1].start()])):
            # “路灯装灯率≥99%;未达到每下降1%扣0.3分”: the line of the sentence before, each step below it a deduction
            rate = _fault_words(stated.group("what"))
            faults.append(_Fault(rate, amount, True, "%", own, d(stated.group("line")), step))
            assumed.append(f"“{run[:cases[-1].end()]}”：按前句“{stated.group(0).strip(';,')}”的 {stated.group('line')}% 计低于的百分点")
        elif short.startswith("每") and _SHORT_STEP.search(short) and stated_many \
                and _NOT_MET.fullmatch(run[:cases[-1].start()]):
            # “路灯亮灯率主干道≥98%、支次干道和背街小巷≥97%;未达到每下降1%扣0.1分”: each kind's rate below its own line
            rate = _fault_words(stated_many.group("what"))
            for kind in _KIND_OWN_LINE.finditer(stated_many.group("lines")):
                faults.append(_Fault(f"{kind.group('kind')}{rate}", amount, True, "%", own, d(kind.group("line")), step))
            assumed.append(f"“{run[:cases[-1].end()]}”：按前句“{stated_many.group(0).strip(';,')}”各自的达标线分别计低于的百分点")
        elif short.startswith("每") and _SHORT_STEP.search(short) and _ASIDE.sub("", run[:cases[-1].start()]).endswith("率"):
            # “整改率每低10%减10分”: a rate with no line said, each step below 100% a deduction (an aside after the rate
            # kept in its words: “持证率(按培训证统计)每下降5%”)
            rate = _fault_words(run[:cases[-1].start()])
            faults.append(_Fault(rate, amount, True, "%", own, Decimal(100), step))
            assumed.append(f"“{rate}”：未说明达标线，按 100% 计")
        elif step != 1 and own is not None and short.startswith("每") and _SHORT_STEP.search(short):
            # “未完成的,每下降5个百分点扣0.1分,最多扣0.5分”: the points short, a step of several, under a cap of its own
            # (no 达标线 holds the cap): the shortfall in points entered, a part of a step in proportion
            faults.append(_Fault(_fault_words(run), amount, True, unit, own, None, step))
        elif step != 1:
            return None
        else:
            listed = _listed(_fault_words(run)) if each and not cases and own is None else []
            if listed:  # “无组织、方案各扣5分”: each listed fault ticked on its own
                faults += [_Fault(x, amount, False, "项", None) for x in listed]
                split_up = True
                if m.group(1) == "各":  # “分别”, a word no reading places, leaves the proposal to check anyway
                    split.append(f"“{_fault_words(run)}各扣{number(amount)}分”")
            else:
                words = _fault_words(run)
                if passed:  # the fault's words without the count let pass: “每班最多缺席3人,超过3人的”
                    words = _fault_words(rest.replace(",,", ",")) or words
                elif free:  # (“3次以内不扣分,超过部分每次…”: no words of the fault's own but the count's)
                    words = _fault_words(rest.replace(",,", ","))
                faults.append(_Fault(words, amount, counted, unit, own,
                                     free=d(passed.group("n")) if passed else free.n if free else None, zero_at=zero_at))
                if len(assumed) == doubted and _NO_OWN_WORDS.match(faults[-1].words) and not (free and len(found) == 1):
                    assumed.append(f"“{run.strip(';,')}”：未写明此项按什么计数扣分，与其前后各项如何划分未说明")
                elif len(assumed) == doubted and (_TIED_COUNT if counted else _TIED_ONCE).search(faults[-1].words):
                    assumed.append(f"“{run.strip(';,')}”：此项的计数与其前后各项如何划分（自第几次、第几天起计）未说明")
                elif not counted and each_opens:
                    # “每户未公示扣0.5分,未建档扣0.2分”: whether 每户 reaches 未建档 too is unsaid
                    assumed.append(f"“{run.strip(';,、')}”：是否也按“{each_opens}”逐个扣分未说明")
                elif not counted and len(faults) > 1 and faults[-2].counted and faults[-2].unit not in _TIME_UNITS \
                        and (_WHO_ALONE.fullmatch(faults[-1].words) or _WHO_ALONE.fullmatch(_after_shared(faults[-2].words,
                                                                                                       faults[-1].words))):
                    # “未戴安全帽的1名工人扣2分、管理人员扣4分”: the next only names who (or what) else, no fault of its
                    # own: the fault and the count before reach it (each manager), not one yes or no
                    assumed.append(f"“{run.strip(';,、')}”：只写了对象，是否也按前项逐{faults[-2].unit}扣分未说明")
                elif not counted and len(faults) > 1 and faults[-2].counted and faults[-2].unit not in _TIME_UNITS \
                        and run.lstrip(";,、").startswith("("):
                    # “不合格项每项扣2分(轻微的扣1分)”, “物品摆放不整齐每处扣1分(标识不清的扣0.5分)”: an aside in brackets
                    # after a counted fault, of its cases or beside them: each case of it, as the one before, or once?
                    assumed.append(f"“{run.strip(';,、')}”：括注在前项之后，是否也按前项逐{faults[-2].unit}扣分未说明")
                elif not counted and len(faults) > 1 and faults[-2].counted and faults[-2].unit not in _TIME_UNITS \
                        and (cause := _CONSEQUENCE.search(faults[-1].words)) is not None \
                        and (cause.start() == 0 or faults[-2].words[-2:] in faults[-1].words[:cause.start()]):
                    # “设备点检漏检每次扣1分,漏检造成设备故障的扣3分”: what a case of the count before led to: each such
                    # case, as the one before, or once?
                    assumed.append(f"“{run.strip(';,、')}”：为前项情形造成的后果，是否也按前项逐{faults[-2].unit}扣分未说明")
                elif not counted and (before := next((f for f in reversed(faults[:-1]) if f.counted), None)) is not None \
                        and before.unit not in _TIME_UNITS and _at_another_level(before.words, faults[-1].words):
                    # “受到国家级通报批评每次扣3分、省级扣2分”, “轻伤每人次扣2分,重伤扣5分”: the fault before at another level
                    # (or degree), its count left out: each case of it, as the one before, or once?
                    assumed.append(f"“{run.strip(';,、')}”：为前项的另一级别（程度）或状态，是否也按前项逐{before.unit}扣分未说明")
                opening = ORDINAL_AT.sub("", run.lstrip(";,、"))
                if counted and cases and cases[-1].group(0).startswith("每") and opening.startswith(cases[-1].group(0)) \
                        and (unit not in _TIME_UNITS or cases[-1].group(1) is None):
                    # (“每迟报1天…,未报送的扣1分”: days late reach no other fault; “每月未报送” counts months as 每台
                    # counts machines; “每季度召开1次…,少1次”: a period, the count not opening)
                    each_opens = cases[-1].group(0)
        at = end
    if len(faults) == 1 and not gated and doubling is None:
        if not faults[0].counted and faults[0].cap is not None:
            return None  # “1床不按要求扣5分,扣完10分为止”: a cap on a fault taken once caps nothing (a count unread)
        if faults[0].cap is None and faults[0].free is None and not (lone and not faults[0].counted and faults[0].amount < w.weight):
            return None
    elif not gated and not split_up and doubling is None and _read_otherwise(faults, w.weight):  # a listing split: no 要点 holds it
        return None
    if doubling is not None:
        # each counted fault once more for its cases in the doubling clause: “其中跨月未整改的” at the same amount
        twice = [f for f in faults[doubled_from or 0:] if f.counted and f.line is None]
        if not twice or any(f.cap is not None or f.unit in ("%", "百分点") for f in twice):
            return _faults(w, gated, lone, plain=True)  # faults taken once: the clause left to the evaluator
        cond = doubling.group("cond")
        # (the clause's words are left unplaced: the reading is to check, the summary says how it was read)
        if doubling.group("half"):
            # “其他干部存在上述情况的,减半扣分”, “当年破案的减半扣分”: those cases apart from the faults before, each at half
            # their amount
            faults += [f._replace(words=f"{cond}的{f.words}（减半）", amount=f.amount / 2) for f in twice]
            assumed.append(f"“{doubling.group(0).strip(',;')}”：按另计、每{twice[0].unit}扣分减半读（不计入前列各项）")
        else:
            faults += [f._replace(words=f"其中{cond}的{f.words}") for f in twice]
    if _count_restated(faults, w.weight):
        return None  # “1项扣5分,2项以上扣10分”: the count before said again at its cost, no fault of its own (deduction)
    faults, kinds = _kinds_of_unit_joined(faults, t)
    assumed += kinds
    # “宿舍有异味的一间宿舍扣2分”, “车辆乱停的1辆扣2分”: one thing found at the fault, named in a measure word the cases are
    # not counted in, read as found or not; each such thing may cost it (as “…的1个床位” counts beds): to check
    # (the fault's words may have lost the count: the text is looked at)
    one_thing = _ONE_THING_NAMED.search(t) if "的" in t else None
    if one_thing and any(not f.counted for f in faults):
        assumed.append(f"“{one_thing.group(0)}”：按发现与否扣一次读，是否每{one_thing.group(1)}扣分未说明")
    if len(faults) > len(_NAMES):
        return None  # (more faults than a formula has names for: none read)
    variables: list[dict[str, str]] = []
    terms: list[str] = []
    further = _further_lines(faults)
    names: list[str] = []
    for k, f in enumerate(faults):
        if k in further:  # “低于96%的,每降低1个百分点扣0.25分;低于90%的,每降低…扣0.5分”: the same rate past a further line
            names.append(names[further[k]])
            line: Decimal = f.line  # type: ignore[assignment]  # (a further line is always a line)
            past = f"max(0, {names[k]} - {number(line)})" if f.over else f"({number(line)} - min({number(line)}, {names[k]}))"
            if f.step != 1:
                past += f" / {number(f.step)}"
            terms.append(past if f.amount == 1 else f"{number(f.amount)} * {past}")
            continue
        name = _NAMES[len(variables)]
        names.append(name)
        if f.line is not None:
            label, unit = f"{f.words or '比率'}（%）", "%"
        elif f.counted and f.unit[:1].isdigit():  # counted in blocks (“每超过3天”): the blocks full
            label = f"{f.words or '问题'}（满{f.unit}的段数）"
            unit = f.unit
        elif f.counted:
            label = f"{f.words or '问题'}（{'百分点' if f.unit in ('%', '百分点') else f.unit}数）"
            unit = "%" if f.unit in ("%", "百分点") else f.unit
        else:
            label = f"是否{f.words or '存在问题'}（是=1，否=0）"
            unit = ""
        variables.append({"name": name, "label": label, "unit": unit})
        count = f"max(0, {name} - {number(f.free)})" if f.free is not None else \
            name if f.line is None else f"max(0, {name} - {number(f.line)})" if f.over else \
            f"({number(f.line)} - min({number(f.line)}, {name}))"
        if k + 1 in further:  # the first line's steps end where the further line's start
            count = f"min({number(abs(f.line - faults[k + 1].line))}, {count})"  # type: ignore[operator]
        if f.step != 1:
            count += f" / {number(f.step)}"
        term = count if f.amount == 1 else f"{number(f.amount)} * {count}"
        terms.append(f"min({number(f.cap)}, {term})" if f.cap is not None else term)
    # a fault's count zeroing the row (“发现2处不得分”): the whole 分值 taken off from that count on
    terms += [f"{ZEROED_AT_COUNT}{name} - {f.zero_at - 1}))" for name, f in zip(names, faults) if f.zero_at]
    expression = "max - " + " - ".join(terms)
    by_name = {v["name"]: v for v in variables}
    summary = ("公式计分：" + "；".join(
        (f"{v['label']}{'超过' if f.over else '低于'} {number(f.line)}% 的每{' ' + number(f.step) + ' 个' if f.step != 1 else '个'}百分点" if f.line is not None else
         f"{v['label']}{_let_pass(f)}"
         f"{('每' + (f' {number(f.step)} 个百分点' if f.step != 1 else v['unit'] or '项')) if f.counted else ''}")
        + f"扣 {number(f.amount)} 分"
        + (f"（最多扣 {number(f.cap)} 分）" if f.cap is not None else "")
        + (f"，达 {f.zero_at} {f.unit}本项不得分" if f.zero_at else "")
        for v, f in zip((by_name[x] for x in names), faults)) + ("，扣完为止" if STOP_AT_ZERO.search(t) else ""))
    doubts = tuple(f"{x}：所列各项分别扣分，各作一个是否变量" for x in split) + tuple(assumed)
    doubts += tuple(f"“{f.words}”：扣一次还是每次扣分未说明" for f in faults
                    if not f.counted and f.line is None and _RECURRING.search(f.words))
    doubts += tuple(f"“{f.words}”：超过即扣一次还是每超一个单位扣分未说明" for f in faults
                    if not f.counted and f.line is None and _PAST_A_LENGTH.search(f.words))
    if lone and len(faults) == 1 and faults[0].cap is None and not gated:
        doubts += (f"“{t.rstrip(';,')}”：只列此一种扣分情形，出现即扣 {number(faults[0].amount)} 分（一次），未出现得满分",)
    if any(f.step != 1 for f in faults):
        doubts += ("不足一档的部分按比例扣分",)
    doubts += tuple(f"“{'超过' if f.over else '低于'}{number(f.line)}%”：按分段累计扣分读（先到的一段按前一档扣，过了"  # type: ignore[arg-type]
                    f"{number(f.line)}%的部分按此档扣），也可能是过了此线全部按此档扣，请核对" for k, f in enumerate(faults)  # type: ignore[arg-type]
                    if k in further)
    return Proposed([RULE.item(w.name, w.weight, {"expression": expression, "variables": variables})], summary,
                    doubts or None)


#: “其他单位在市级以上媒体报道不少于4篇”: the same requirement for the units not named before, the fault after those named
_OTHER_UNITS = lazy_compile(r"^(?:其他|其它|其余)(?:单位|部门|县区|县\(市、区\)|县\(市\)|乡镇|街道|乡镇\(街道\)|地区|成员单位)")


#: one thing found at a fault, in a measure word of its own (“…的一间宿舍”, “…的1辆”)
_ONE_THING_NAMED = lazy_compile(r"的(?:1|一)(" + deduction_rule.THING_UNITS + r")")


#: a fault said as a count of cases and no more: “2项以上”, “3处及以上不符合要求”, “两次以上的” (normalised to digits)
_COUNT_BAND = lazy_compile(r"^(?:累计|发现|出现|有|达)?(?P<n>\d+)(?P<u>[\u4e00-\u9fff]{1,2}?)(?:及以上|以上)(?:的|者)?"
                         r"(?:不符合要求|不符合规定|不合格|不达标|不规范|未达到要求)?$")


def _count_restated(faults: list[_Fault], weight: Decimal) -> bool:
    """Whether a fault taken once is no more than the count of a fault counted before it, costing what that many of its
    cases cost and with it the whole 分值 (“不按规定穿着1项扣5分,2项以上不符合要求扣10分” on 10: 2 × 5): the same cases said
    again, no fault beside them — the deduction per case reads the text. A band costing otherwise (“发现1处扣2分,2处以上扣5
    分”), or leaving points (“1处扣0.5分,2处及以上扣1分” on 2: a cap at 1 or the step going on, unsaid), stays as read before."""
    counted: dict[str, Decimal] = {}
    for f in faults:
        band = _COUNT_BAND.match(f.words) if not f.counted else None
        if band is not None and counted.get(band.group("u")) is not None and f.amount >= weight \
                and f.amount == d(band.group("n")) * counted[band.group("u")]:
            return True
        if f.counted and f.cap is None and f.line is None:
            counted.setdefault(f.unit, f.amount)
    return False


def _kinds_of_unit_joined(faults: list[_Fault], t: str) -> tuple[list[_Fault], list[str]]:
    """“省公路局、省稽征局…在市级以上媒体报道不少于8篇…,每少1篇扣1分;其他单位在市级以上媒体报道不少于4篇…,每少1篇扣1分”: one
    requirement with a figure for the units named and another for the other units, each short of it at the same cost:
    only one applies to the unit scored, so they are one count (the shortfall against its own figure), not two faults
    that add up. Joined only where the second opens with the other units, both are counted alike at the same cost with
    no cap of their own, and the second's requirement (its figures aside) is said in the first's words too."""
    out: list[_Fault] = []
    doubts: list[str] = []
    for f in faults:
        other = _OTHER_UNITS.match(f.words)
        prev = out[-1] if out else None
        if other and prev is not None and prev.counted and f.counted and prev.amount == f.amount and prev.unit == f.unit \
                and prev.cap is None and f.cap is None and prev.line is None and f.line is None and prev.free is None \
                and f.free is None:
            asked = re.sub(r"\d+(?:\.\d+)?", "#", f.words[other.end():])[:8]
            said = t.find(f.words[:other.end() + 8])  # (the words of a fault are cut short: the first's requirement in the text)
            first = t.rfind(";", 0, max(0, t.rfind(";", 0, said))) + 1 if said > 0 else -1
            if len(asked) >= 6 and said > 0 and asked in re.sub(r"\d+(?:\.\d+)?", "#", t[first:said]):
                out[-1] = prev._replace(words=f"{prev.words}/{f.words}")
                doubts.append(f"“{prev.words}”“{f.words}”：按单位类别各有要求，只适用其一，按所适用要求的差额合为一个变量")
                continue
        out.append(f)
    return out, doubts


#: a level of government or of severity in a fault's words (“国家级”, “省级”; “轻伤”/“重伤”, “一般”/“严重”)
_LEVEL_OR_DEGREE = lazy_compile(r"(?:乡镇|街道|县区|县|区|市|州|省|部|国家|全国|国际)级|轻微|较轻|轻|重大|较大|特大|严重|较重|重|一般")


def _at_another_level(before: str, words: str) -> bool:
    """Whether the fault ``words`` is the fault ``before`` at another level or degree (“省级” after “受到国家级通报批评”,
    “被省级通报” after “被国家级通报”, “重伤” after “轻伤”, “轻微的” or “一般不合格” after “不合格项”): the same words but
    for a level, or a level alone; or the same cases in another state (“已整改的” after “未整改的”)."""
    if not words or words == before:
        return False
    if _OTHER_STATE.sub("", words) == _OTHER_STATE.sub("", before) != "":
        return True  # “已整改的” after “未整改的每项”: the same cases in the other state
    if not _LEVEL_OR_DEGREE.search(words):
        return False
    a, b = _LEVEL_OR_DEGREE.sub("", before), _LEVEL_OR_DEGREE.sub("", words)
    if not _LEVEL_OR_DEGREE.search(before):  # “轻微的”, “一般不合格” after “不合格项每项”: a degree of the cases before
        return not b or (len(b) >= 2 and b in a)
    return not b or b == a or (len(b) >= 2 and b in a)


#: a fault that is what a case led to (“漏检造成设备故障”, “导致客户投诉”)
_CONSEQUENCE = lazy_compile(r"造成|导致|引起|引发")
#: the state a fault's words open with (“未整改” / “已整改”): the rest the same, the same cases in another state
_OTHER_STATE = lazy_compile(r"^(?:未能?|没有|已经|已|不)|的$")


def _after_shared(before: str, words: str) -> str:
    """``words`` after what they share with ``before`` from the start up to its 的 (“未戴安全帽的管理人员” after “未戴安全帽的
    工人”: “管理人员”); '' when they share no such opening."""
    k = 0
    while k < min(len(before), len(words)) and before[k] == words[k]:
        k += 1
    cut = words.rfind("的", 0, k)
    return words[cut + 1:] if cut >= 2 else ""


#: a fault's words that only name who else (“管理人员”, “班组长”, “带班领导”): a person, no fault word of their own
_WHO_ALONE = lazy_compile(r"(?!.*(?:未|不|没|无|缺|少|差|违|超|迟|漏|错|乱|损|丢|失|误|脱|擅|私))[\u4e00-\u9fff]{0,6}"
                        r"(?:人员|员工|职工|工人|干部|代表|主任|领导|经理|负责人|主管|队员|学生|教师|员|师|[班组队站校厂所院科处局村社室舍]长)")
#: “每人次每半天”, “每人每天”: a person (or person-time) counted, then each span of time of each: cases counted in both
_PERSON_THEN_PERIOD = lazy_compile(r"每(?P<who>人次|人)每(?P<n>\d+(?:\.\d+)?)?(?P<period>天|日|工作日|小时)$")


def _person_times(run: str, cases: list[re.Match[str]]) -> str:
    """The unit of a fault counted per person and per span of time at once (“每人次每半天扣3分”: 人次·0.5天, the count
    each person's spans summed), or "" when its last two cases are not so: 每 a person, straight after it 每 a span."""
    if len(cases) < 2 or cases[-2].end() != cases[-1].start():
        return ""
    m = _PERSON_THEN_PERIOD.fullmatch(run, cases[-2].start(), cases[-1].end())
    if m is None:
        return ""
    return f"{m.group('who')}·{number(d(m.group('n'))) if m.group('n') else ''}{m.group('period')}"


def _let_pass(f: _Fault) -> str:
    """The words of a fault's cases let pass, in its summary (“超过 3 人的”), or ""."""
    return f"超过 {number(f.free)} {f.unit}的" if f.free is not None else ""


#: “超过3人的,”, “多于2次的,”: a count past which each case is deducted, just before the case counted (“每人”)
_LET_PASS = lazy_compile(LET_PASS + r"(?:\(不含(?P=n)(?P=u)\),?)?$")
#: a band between two counts of one unit: “请假1天以上2天以内扣20分”
_SPAN_BAND = lazy_compile(r"\d+(?:\.\d+)?(天|日|个月|月|小时|次|人|年|周)以上\d+(?:\.\d+)?\1以内")
#: the band below them keeping the 分值: “请假1天以内不扣分”
_KEPT_BAND = lazy_compile(r"\d+(?:\.\d+)?(?:天|日|个月|月|小时|次|人|年|周)以内(?:的|者)?,?不扣分")
#: “迟到3次以内不扣分,”: the same count said as let pass without a deduction, before it
_FREE_BEFORE = lazy_compile(r"(?P<what>[^\d,;]{0,8}?)(?P<n>\d+)(?P<u>人次|人|次|处|项|个|件|天|日)(?:以内|以下|之内|内)(?:不扣分|不扣)?,?$")
#: “每班最多缺席3人,”, “允许缺席3人,”: the same count said as what is allowed, before it
_ALLOWED_BEFORE = lazy_compile(r"(?:最多|允许|可)(?P<what>[^\d,;]{0,6}?)(?P<n>\d+)(?P<u>人次|人|次|处|项|个|件|天|日),?$")


def _further_lines(faults: list[_Fault]) -> dict[int, int]:
    """The faults that are the fault before them past a further line (“满意度低于96%的,每降低1个百分点扣0.25分;低于90%的,
    每降低1个百分点扣0.5分”): a line of the same rate (the words the same, or none of their own) further the same way,
    each by the index of the fault whose rate it is."""
    out: dict[int, int] = {}
    for k in range(1, len(faults)):
        f, before = faults[k], faults[k - 1]
        if f.line is None or before.line is None or f.over != before.over or f.cap is not None or before.cap is not None:
            continue
        if f.words not in ("", before.words) or k - 1 in out:
            continue
        if (f.line > before.line) if f.over else (f.line < before.line):
            out[k] = k - 1
    return out


#: faults that happen again and again (迟到, 早退, 缺席): said without a count (“迟到扣0.5分”), taken once or per time?
_RECURRING = lazy_compile(r"迟到|早退|缺席|缺勤|旷工|缺会|(?:未|没)到(?:会|场)?(?=扣|的|,|$)")
#: a length or measure past the one set, said without 每 (“超过1厘米扣2分”, “偏差1厘米扣1分”): once past it, or per unit
#: past (a skills sheet's “超出1cm扣1分,以此类推”, ``deduction._out_of_tolerance``)?
#: (a step's figure: 1 or 2 of a unit, or a part of one; never “翻折超过20cm”, a length past the one set, once)
_PAST_A_LENGTH = lazy_compile(r"(?:超差|偏差|偏离|误差|超出|超过|超)(?:[12]|0\.\d+)(?:mm|毫米|cm|厘米|米|m|丝|℃|度)(?![a-z\d])")


# ── proposal: counts at their targets for the 分值, points up and down per case either way ─────────────
#: “每增(减)1个私营企业加(减)5分”, “每增加(减少)1户加(扣)1分”: a case either way of the target, its points added or taken
_EITHER_WAY_CASE = lazy_compile(r"每增(?:加)?\((?:减|减少)\)(?P<case>1[^\d,;()]{1,12}?)(?:加|得)\((?:减|扣)\)(?P<x>\d+(?:\.\d+)?)分")
#: the targets met for the whole 分值 before them: “…3个、…30个得20分,”
_TARGETS_FOR = lazy_compile(r"^[^;]*?\d+[^;,\d]{0,3}(?:得|计|记)(?:满分|(?P<pts>\d+(?:\.\d+)?)分),")


def _either_way_counts(w: Wording) -> Proposed | None:
    """“新增私营企业3个、个体工商户30个得20分,每增(减)1个私营企业加(减)5分,每增(减)1个个体工商户加(减)1分,扣完20分为止”:
    the targets met score the 分值, so a case more adds nothing the 分值 holds; each case short of its target costs its
    points, read as the faults of the cases short (``max - 5 * a - b`` over the count short of each target). Never
    confidently: the targets' figures are the evaluator's to enter against, and what is added above them is dropped."""
    t = w.text
    if "每增" not in t:
        return None
    lead = _TARGETS_FOR.match(t)
    if lead is None or (lead.group("pts") and d(lead.group("pts")) != w.weight):
        return None
    if not _EITHER_WAY_CASE.search(t, lead.end()):
        return None
    short = _EITHER_WAY_CASE.sub(lambda m: f"每少{m.group('case')}扣{m.group('x')}分", t)
    read = _faults(replace(w, text=short))
    if read is None:
        return None
    doubts = (*(read.doubts or ()), "“每增(减)…加(减)…”：达到目标得满分，超过目标的加分不超出分值，按少于目标的个数扣分")
    return Proposed(read.items, read.summary, doubts)


# ── proposal: points earned per case, capped ───────────────────────────────
#: “…出席活动的,每次得1分”, “每开工1个项目1分”, “提供1例得1分”: points earned for each case
#: what a case earning points is counted in
#: (a trade's own: “每完成1单”, “每成交1套”, “每完成1课时”, “每开发1门新课程”; not 单位, 单项, 门诊, 门店)
_EARN_UNITS = _CASE_UNITS[:-1] + "|期|所|座|类|种|场|位|学分|案|课时|套|单(?![位项独据元])|门(?![诊店户槛类])" + ")"
#: what a count of more than one case after 每 is counted in: “每开展150项加1分” (points per 150 cases, in proportion)
_PER_UNITS = r"项|次|个|件|户|人|名|篇|份|条|家|处|例|起|张|笔|台|辆|套"
#: what an amount earning points per step of it is measured in: “每获得30万元融资得1分”, “每完成造林1000亩得2分”
_AMOUNT_UNITS = r"亿元|万元|千元|元|万吨|吨|万亩|亩|公顷|公里|千米|平方米|立方米|小时|学时"
#: what a step of points earned is measured in: an amount, or a rate's points (“每增加0.5个百分点加1分”); or a span of
#: years only right after 满 (“服务年限每满2年加1分”: whole spans of years reached, each earning points; never “每3年开展
#: 1次…”, how often a thing is done)
_STEP_UNITS = _AMOUNT_UNITS + r"|个百分点|(?:(?<=满\d)|(?<=满\d\d))年"
#: (获得/取得/增加 a verb of the case, not the points': “每获得1项荣誉得1分”; a count of one right after the words,
#: “承担检查任务1次加1分”, only with a cap after it, “…,最多不超过3分”, or beside other kinds so counted, “…企业1个得2分,
#: 个体工商户1个得1分”; the points may stand in a clause of their own after a verb of earning: “每开展1类活动并有记录,得20分”;
#: an amount after 每, its step: “每获得30万元融资得1分”, “每满3万元”; a lot of a tender, 分包, no points: “每提供1家满足该
#: 分包内容的重点出版社得1分”)
#: a least said right before a count of one (“至少有1个得2分”, “不少于1项…”): the count asked, not each case
_LEAST_BEFORE = lazy_compile(r"(?:至少|不少于|不低于|最少|最低|达到)$")
#: “每具备1个金额在20万元及以上合同得2分”, “每具有1个在6家国有大型商业银行总行、12家股份制商业银行总行的有效案例得3分”: a
#: figure in the words naming what a case must be (its amount, the bodies it was for), after a word that leads it: no
#: step nor line of the count (only the cases that meet it are counted, to check: ``_earned`` says it back)
CASE_QUALIFIER = (r"(?:(?:合同)?(?:金额|额|规模)(?:在|达到|达|为)?|(?<=[个项份件])在|(?<=、))\d+(?:\.\d+)?(?:亿元|万元|万|元|家)"
                  r"(?:\(含\))?(?:及以上|以上)?")
#: a case after 每 and its count of one, qualified so (the figure and its 以上 no line: ``_earned`` reads past them)
_QUALIFIED_CASE = lazy_compile(r"(每[^\d,;]{0,4}?1(?:个|项|份|件|家)[^\d,;]{0,6}?)" + CASE_QUALIFIER)
_EARN = lazy_compile(r"(?:每|提供1|有1|(?:(?<=[\u4e00-\u9fff,])|^)(?=1" + _EARN_UNITS + r"(?!性)))(?P<verb>(?:获得|取得|增加|[^\d,;()得计加扣减各分]){0,4}?)"
                   r"(?:1?(?P<unit>" + _EARN_UNITS + r")|(?P<per>[2-9]\d*|1\d+)(?P<per_unit>" + _PER_UNITS + r")|"
                   r"(?P<step>\d+(?:\.\d+)?)(?P<step_unit>" + _STEP_UNITS + r"))?(?P<noun>(?:获得|取得|增加|得当|得力|分包|(?<=[^\d])" + CASE_QUALIFIER
                   + r"|[^\d,;()得计加扣减各分]){0,24}?)(?P<gets>,?(?:得|计|加))?"
                   r"(?P<pts>\d+(?:\.\d+)?)分")
#: words a text of points earned per case cannot be without: a 每, a case of one, or a cap after a count of one, or a
#: count of one beside another kind (“新注册企业1个得2分,…”)
_EARN_WORDS = lazy_compile(r"每|提供1|有1|最多|最高|不超过|封顶|上限|满分|(?<=[\u4e00-\u9fff])1" + _EARN_UNITS + r"(?:得|计|加)\d")
#: the longest name of a case without a verb before its points (“每开工1个项目2分”); a longer one needs 得/计/加
_BARE_NOUN = 4
#: “每满足1个岗位需求的,得0.5分,全部满足得21.5分”: all the cases met score the cap (the 分值: how many cases there are, unsaid)
ALL_MET_SCORES = r"(?:全部|均|全部均|都)(?:满足|符合|具备|达到)(?:要求)?(?:的|者)?,?(?:得|计)"
#: a cap right after the points earned: “,最多10分”, “,最高8分”, “,最高得5分”, “,最高不超过4分”, “,累计不超过5分”
#: “,总计不超过10分”, “,满分2分”, “,本项评分满分15分”, “,加满2分为止”, “,3分封顶”, “,本项最高限分6分”, “,最高分4分”, “,总分2分”, “,记满2分为止”, “(最高30分)”;
#: the one whose points they are named before it (“,学院最多不超过10分”: read as the row's cap, to check)
_EARN_CAP = lazy_compile(r"^(?:\([^()]*\))?(?:,|(?P<open>\()|(?=其(?:加分|得分)?(?:最高上限|最多|最高|上限)))(?P<who>(?:学院|学校|院系|院部|部门|单位|科室)(?=最多|最高|累计))?(?:(?:" + _CAP_SAID + r"|不超过|" + _FULL_CAP + r"|"
                       r"封顶|(?:加|得|计|记)满|全年(?:最多|最高|累计|共)?(?:得|计)?|" + ALL_MET_SCORES
                       # (“,至12分止”: up to the cap, Taiwan's tables' words)
                       + r"|(?:加|得|计|记)?至(?=\d+(?:\.\d+)?分为?止))(?P<cap>\d+(?:\.\d+)?)分(?:为?止)?|(?P<capped>\d+(?:\.\d+)?)分封顶"
                       # (“,最多得满分”, “,最高得满分”: the cap the row's 分值, its figure unsaid)
                       r"|(?P<full>" + CAP_AT_FULL + r"))(?(open)\))$")


#: “县(处)级”, “市(地、厅)级”, “省(部)级”: a level of government named with its other names in brackets
#: (or after its 级: “省级(直辖市级)及以上”)
_LEVEL_ALSO = lazy_compile(r"(?<=[县区市省部厅局乡镇])\([\u4e00-\u9fff、]{1,6}\)(?=级)|(?<=[县区市省部厅局]级)\([\u4e00-\u9fff、]{1,6}级\)")
#: “每建立1个示范田得5分,不足5个按比例计分,最高得40分”: below the target count, in proportion to it (the points per case;
#: “每达成100万元得20分,不足100万元按比例折算”: per step of an amount, a part of the step alike)
_SHORT_PRO_RATA = lazy_compile(r",(?:不足|不到|少于|未达到)(?P<n>\d+)(?P<u>" + _EARN_UNITS + "|" + _AMOUNT_UNITS + r")(?:的)?,?按比例(?:计分|得分|计算|折算|计)(?=,|$)")


def _capped_at(cap: re.Match[str] | None, weight: Decimal) -> Decimal | None:
    """The points of a cap ``_EARN_CAP`` found (“,最多10分”, “,3分封顶”; “,最多得满分”: the ``weight``), or None when there is
    none."""
    return (weight if cap.group("full") else d(cap.group("cap") or cap.group("capped"))) if cap else None


#: the cap words that say no more than the cap (“满分2分”, “加满2分为止”): not the full marks or the stop of a deduction
#: (“,最多得满分”: the cap of the 分值, its figure unsaid)
_EARN_CAP_WORDS = lazy_compile(r"(?:," + _FULL_CAP + r"\d|(?<=分;)满分\d+(?:\.\d+)?分(?=;|$)|,(?:加|得|计|记)满\d+(?:\.\d+)?分为止"
                             r"|," + CAP_AT_FULL + r"(?=;|$))")
#: “国家级每篇5分、省级3分、市级1分”: a kind after the points per case of the one before, its 每 and unit left out (the
#: points said with a verb, “国家级表彰每次加3分、省级加2分、市级加1分”, alike)
_EACH_ELIDED = lazy_compile(r"(?<=[\u4e00-\u9fff])(?P<each>每(?P<unit>篇|份|项|次|个|件|人|家|条)(?:得|计|加)?\d+(?:\.\d+)?分)、"
                          r"(?!其余|其他|其它|另)(?P<kind>[^\d,;()、每分得计加扣]{1,8})"
                          r"(?=(?:得|计|加)?\d+(?:\.\d+)?分(?:[,;、]|$))")
#: “发明专利每项4分,实用新型专利3分,外观设计2分”: kinds after commas, each with its points, the 每 of the first left out
#: of the rest (a run of kinds closing the sentence, points not rising: kinds from the highest down, no requirement in
#: words, “建立制度每项1分,落实到位3分”)
_EACH_ELIDED_RUN = lazy_compile(r"(?<=[\u4e00-\u9fff])每(?P<unit>篇|份|项|次|个|件|人|家|条)(?:得|计|加)?(?P<pts>\d+(?:\.\d+)?)分"
                              r"(?P<run>(?:,(?!" + _CAP_SAID + r")[^\d,;()、每分扣]{2,8}\d+(?:\.\d+)?分)+)(?=;|$|,(?:" + _CAP_SAID + r"))")
#: one kind of such a run, and its points (a verb before them kept out of the kind: “实用新型专利得3分”)
_ELIDED_KIND = lazy_compile(r",(?P<kind>[^\d,;()、每分扣]{2,8}?)(?:得|加|记)?(?P<pts>\d+(?:\.\d+)?)分")
#: words of a requirement or of what is done, never a kind of case: “落实到位3分”, “未建立的2分”
_NO_KIND = lazy_compile(r"未|不|无|没|有|到位|完成|落实|建立|制定|开展|健全|及时|规范|齐全|以上|以下")
#: “核心期刊每篇4分,公开期刊每篇2分,(内刊、增刊、论文集每篇1分)”: one more kind in brackets closing the list, its own
#: points per case
_KIND_IN_ASIDE = lazy_compile(r"(?<=分),\((?P<kind>[^()\d分每,;]{2,24}每(?:篇|份|项|次|个|件|人|家|条)\d+(?:\.\d+)?分)\)(?=;|$)")


def _each_elided_run(t: str) -> tuple[str, str]:
    """“发明专利每项4分,实用新型专利3分,外观设计2分” → “发明专利每项4分,实用新型专利每项3分,外观设计每项2分”, and the
    kinds so read (“”: none)."""
    m = _EACH_ELIDED_RUN.search(t)
    if m is None:
        return t, ""
    kinds = list(_ELIDED_KIND.finditer(m.group("run")))
    points = [d(m.group("pts")), *(d(k.group("pts")) for k in kinds)]
    if any(b > a for a, b in pairwise(points)) or any(_NO_KIND.search(k.group("kind")) for k in kinds):
        return t, ""
    run = "".join(f",{k.group('kind')}每{m.group('unit')}{k.group('pts')}分" for k in kinds)
    said = "、".join(k.group(0).lstrip(",") for k in kinds)
    return t[:m.start("run")] + run + t[m.end("run"):], said


#: “每获得1项市级荣誉得1分,每获得1项省级荣誉得2分”, “…认定每家得2分,发明专利授权每件0.5分”: a case after the points of
#: the one before, in the same sentence (its name, if any, before its 每)
#: (a case may be named in a clause of its own ending in 的: “每篇计0.5分,被采用的,每篇计1分”)
#: (or a bonus on some of the cases before, in a clause of its own: “每条计10分,被采用的再加5分”)
#: (or another kind counted by a case of one, “新注册企业1个得2分,个体工商户1个得1分”, or a kind earning half the points of
#: another, “…每场计0.5分,与其他单位联合举办的减半计分”)
_NEXT_CASE = lazy_compile(r"(?<=分)[,、](?=[^\d,;()每分]{0,12}每|[^,;()每分]{2,16}的?,每|[^\d,;()每分]{2,16}?的?,?(?:再|另)加\d|"
                        r"[^\d,;()每分]{1,16}?1" + _EARN_UNITS + r"(?:得|计|加)\d|[^\d,;()每分]{2,24}?(?:减半|按一半))")
#: “…联合举办的减半计分”, “合作承担的按一半计分”: a kind of case earning half the points of the first kind counted
_HALVED = lazy_compile(r"^(?P<what>[^\d,;()每分]{2,24}?)的?,?(?:按)?(?:减半|一半|半数)(?:计分|计算|得分|计)?$")
#: “国家级5分/次,省级3分/次”: the points of a case of a kind, its unit after them (read as “国家级每次5分”); never after 扣
_POINTS_PER_UNIT = lazy_compile(r"(?<=[\u4e00-\u9fff])(?<![扣减])(?P<verb>加|得|计)?(?P<pts>" + _N + r")分/1?(?P<unit>"
                              + _EARN_UNITS[3:-1] + r")(?=[,;、]|$)")
#: what the points of each case are said per, after them and a “/” (“5分/项”, “5分/千元”)
PER_UNIT_AFTER = _EARN_UNITS[3:-1] + "|" + _AMOUNT_UNITS
#: “80分/项”, “10分/人”, “1分/30人”, “5分/千元”: a table's cell holding only the points per unit, its row (the indicator)
#: naming what is counted (read as “每项80分”, “每30人1分”, “每1千元5分”)
_BARE_PER_UNIT = lazy_compile(r"^(?P<pts>" + _N + r")分/(?P<per>[1-9]\d*)?(?P<unit>" + _PER_UNITS + "|" + _AMOUNT_UNITS + r")$")
#: “(以个人最高学历为准,不累计加分)”, “,就高不就低”: each one counted once, under its highest kind, closing the cases
#: (“同一项目不兼得、不累计,按照最高得分计算”, a cap of them all perhaps after it: “…;不超2分”)
_ONCE_EACH = (r"(?:以[^,;()]{1,12}?最高[^,;()]{0,8}?为准|就高不就低|按最高[^,;()]{0,8}?计(?:分|算)?|"
              r"同一[\u4e00-\u9fff]{1,4}不兼得(?:、不累计)?,?按照?最高[^,;()]{0,8}?计(?:分|算)?)(?:,?不(?:累计|重复)(?:加分|计分|计算|得分)?)?")
_COUNTED_ONCE = lazy_compile(r"[;,]?\((?P<aside>" + _ONCE_EACH + r")\);?$|[;,](?P<said>" + _ONCE_EACH + r")(?:;?$|(?=;(?:不超过?|最多|最高|满分)"
                           r"\d+(?:\.\d+)?分;?$))")
#: “被采用的再加5分”, “被市级采用的,另加2分”: points added for each of the cases before that is also of a kind
#: (its count is among theirs); a cap may follow (“…,总计不超过15分”)
_BONUS = lazy_compile(r"^(?P<what>[^\d,;()每分]{2,16}?)的?,?(?:再|另)加(?P<pts>\d+(?:\.\d+)?)分")
#: “每次计2分(全体会议被列为书面发言的计5分)”: another case in brackets after the points of one, with its own points
_OTHER_IN_ASIDE = lazy_compile(r"^\((?P<what>[^()\d分]{2,40}?)的,?(?:计|得|加|记)(?P<pts>\d+(?:\.\d+)?)分\)")
#: “每条(次)”: a second unit in brackets after the unit of a case, the same count in other words
#: “1个系统(平台)得1分”, “每覆盖1个县(市、区)加1分”: a second name of the thing counted (or its kinds) in brackets, just before
#: its points
_THING_ALSO = lazy_compile(r"(?<=1[个项件家所]|[\u4e00-\u9fff]{2})\([\u4e00-\u9fff]{1,4}(?:、[\u4e00-\u9fff]{1,4}){0,3}\)(?=(?:得|计|加)\d)")
#: “每发1篇(内容不与简报重复)得0.5分”: what a case counted must be, in brackets between the case and its points
_COUNTED_ASIDE = lazy_compile(r"(?P<each>每[^\d,;()得计加扣减]{0,4}?1?(?:篇|份|项|次|个|件|条|人|家|起))\((?P<aside>[^()\d分,;]{2,20})\)"
                            r"(?=(?:得|计|加)\d)")
#: “每提供1个近3年类似项目业绩得2分”, “每具有1份2023年1月1日至投标截止时间止类似项目业绩得1分”: the window of time the
#: cases fall in, said after the count of one (read as said before the 每, “近3年每提供1个…”: its figures no count nor unit)
_WINDOW_IN_CASE = lazy_compile(r"(?P<each>每[^\d,;()得计加扣减分]{0,4}?1(?:个|份|项|件|家|篇))(?P<window>(?:" + CASES_WINDOW.pattern
                             + r"|自?\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?至[^\d,;()每得计加分]{1,12}?止(?![日时期之]))(?P<of>的)?)"
                             r"(?=(?:获得|取得|[^\d,;()得计加扣减分]|\([^()\d分,;]{2,20}\)){2,24}?(?:得|计|加)\d)")
#: “每提供1个类似项目(外观检测类)业绩得1分”: what a case counted must be, in brackets inside its name (only the cases
#: that are so counted)
_ASIDE_IN_CASE = lazy_compile(r"(?P<each>每[^\d,;()得计加扣减分]{0,4}?1(?:篇|份|项|个|件|条|家)[^\d,;()得计加扣减分]{1,12}?)"
                            r"\((?P<aside>[^()\d分,;]{2,20})\)(?=[^\d,;()得计加扣减分]{1,12}?(?:得|计|加)\d)")
#: “…维修协议(每份协议的维修车辆≥10辆),每有1项得3分”, “…业绩(合同金额120万元及以上的),每份得1分”: the line each case
#: counted must reach, in brackets between what is counted and its points (only the cases reaching it are counted)
_LINE_ASIDE = lazy_compile(r"\((?P<aside>[^()分;,\d]{2,16}?(?:(?:≥|不少于|不低于)\d+(?:\.\d+)?[\u4e00-\u9fff]{1,3}|"
                         r"\d+(?:\.\d+)?[\u4e00-\u9fff]{1,3}(?:及以上|以上))的?)\)(?=,每)")
#: “以提供同类项目合同复印件和银行进账凭证复印件为准,每提供1份…”: what proves each case, opening the points of each
#: (or a sentence of what alone proves a case: “使用证明仅限含…的发票或合同或中标通知书;满分20分,1家4分”)
_PROOF_FIRST = lazy_compile(r"^以(?:提供)?[^;,每]{0,60}?(?:复印件|扫描件|原件|凭证|证明|证书)[^;,每]{0,6}?为准,(?=每)|"
                          r"^[^;,\d每]{0,12}?(?:证明|证明材料|业绩|证书)仅限[^;\d每分]{2,60}?;(?=满分|每|1[\u4e00-\u9fff])")
#: “满分20分,每家4分”, “本项满分10分,1项2分”: the 分值 said as the cap before the points of each case
_FULL_BEFORE_EACH = lazy_compile(r"(?:^|(?<=[;,]))" + _FULL_CAP + r"(?P<n>" + _N + r")分[,;](?=每[^\d,;]{0,6}?\d|1(?!项)[\u4e00-\u9fff]{1,2}\d)")
#: “每提供1份合同得分值的25%,最多得满分”: the points of each case said as a share of the 分值
_SHARE_EACH = lazy_compile(r"(?P<each>每[^,;%分]{1,30}?(?:得|计|加))分值的(?P<p>\d+(?:\.\d+)?)%")
_UNIT_ALSO = lazy_compile(r"(?<=每)(?P<unit>篇|份|项|次|个|件|条|人|家)\((?:篇|份|项|次|个|件|条|人|家)\)")
#: “…建成运营冷链服务站(具备…的,每个得2.5分;…,每个得1.5分,满分5分)”: a requirement, then the points of its cases
#: in brackets that close the text (the requirement's words are left to check); the requirement perhaps its 分值 after it,
#: the cases a count of one (“参加管理人员(认辅)讲习4分;(年度内参加1次加2分,至4分止)”: a table of Taiwan's)
_EARNED_IN_BRACKETS = lazy_compile(r"^(?P<lead>(?:[^()\d分]|\([^()\d分]{1,8}\)){2,80}?)(?:(?P<said>\d+(?:\.\d+)?)分;?)?"
                                 r"\((?P<body>[^()]*(?:每|(?<![\d.])1(?=次|个|项|份|件|篇|人次))[^()]*\d分[^()]*)\)[;。]?$")
#: “…;最高不超过10分”, “…;本项最高5分”, “…;3.本项加分上限为10分”, “…;7.校外专业服务,其加分上限为10分”: a sentence capping
#: the points of all the cases before it
_TOTAL_CAP = lazy_compile(r"^(?:" + ORDINAL + r")?(?:[^\d,;:()分每]{2,12},(?=其))?" + r"(?:" + _CAP_SAID + r"|满分|不超过?)(\d+(?:\.\d+)?)分"
                        r"(?:为止|封顶)?$")
#: a sentence of what is asked or checked, no figure, score or count in it, before the points of each case
_ASKED_FIRST = lazy_compile(r"[^\d分扣每;,()]{2,30}")
#: “…召开会议1次以上,每次1分”, “…不少于2篇,每篇得1分”: the least count asked of a thing, then the points of each one in
#: the same unit (the least asked set aside: each one counted earns its points)
_ASKED_THEN_EACH = lazy_compile(r"(?P<least>不少于|至少|不低于)?(?<![\d.])\d+(?P<u>次|篇|份|项|个|件|场|期|条|批)(?:\(含\))?"
                              r"(?P<above>及以上|以上)?(?=,每(?P=u)(?:得|计|加|记)?\d)")
#: a deduction per case after the points earned: “未按期开工入库的,每项目扣3分”, “…的,发现1次扣2分”
_LOSE = lazy_compile(r"(?:每|发现1|出现1|有1)[^\d,;()得计加扣减分]{0,4}?1?(?P<unit>" + _EARN_UNITS + r")?[^\d,;()得计加扣减分]{0,3}?"
                   r"扣(?:除|减)?(?P<pts>\d+(?:\.\d+)?)分")
#: “每季度”, “每月”: 每 opening a period, a frequency required, not a case counted
_PERIOD = lazy_compile(r"年|半年|季|月|周|旬|天|日|学期")
#: the period alone after 每 (“每月20分”, “每季度5分”): a span of time the thing is done in, never a case counted
_ONE_PERIOD = lazy_compile(r"个?(?:学年|年度|年|半年|季度|季|月|周|旬|学期)")
#: words that make a case a shortfall (“每少1处”, “每缺1项”): points lost, not earned
_SHORT_WORDS = lazy_compile(r"少|缺|减|差|低|降|漏|错|迟|超|未|不")
#: points stated before the points per case (“…齐全得20分,每…”)
_POINTS_SAID = lazy_compile(r"\d分")
#: words in brackets: an aside (“(扣除与年度新开工计划重复的项目)”), no deduction of the text's own
_ASIDE = lazy_compile(r"\([^()]*\)")
#: “…经认可的,应在评价中优先考虑加分,每项加1分”, “…的,给予加分,每篇加2分”: a clause saying that points are added, before
#: the points of each case (none saying which are not: “…的不加分”)
_ADDED_SAID = lazy_compile(r",[^,;\d分不]{0,24}?加分(?=,[^,;]*每)")
#: “每次加文体1分”, “每篇加德育分0.5分”: the part of a 综合测评 the points go to, named between 加 and the points
_POINTS_PART = lazy_compile(r"(?<=加)(?:德育|智育|体育|文体|美育|劳育|综测|素质|能力|实践)分?(?=\d+(?:\.\d+)?分)")
#: “…的,不加分”: cases the text leaves out of the count
_NOT_COUNTED = lazy_compile(r"^(?P<what>[^;]{2,60}?)的?,?不加分$")
#: “未召开政府常务会议,不得分”: the first case's absence zeroes the item
_NONE_OF = lazy_compile(r"^(?:未|没有|无)(?P<what>[^,;\d]{2,30}?)的?,?(?:本项|此项|该项)?" + ZEROED + "$")
#: none of the cases scoring nothing, straight after a bracket closing the scoring (“…最高得6分;(提供合同扫描件)没有得0分”):
#: the count of 0, read once the bracket (the proof of a case) is set aside
_NONE_AFTER_ASIDE = lazy_compile(r"\)(?P<none>(?:没有|无)(?:的)?,?" + ZEROED + r");?$")
#: “共4项,每项1分”, “(1)…;(2)…每项1分”: points of a list of requirements, not cases counted
#: (the row's own number opening the text, “1.每开展…”, is no list)
_LISTED_POINTS = lazy_compile(r"共\d+(?:项|个|条)|[;,]\(?\d{1,2}[).、]")
#: “每增长1%计0.5分”: a step of growth in %, each point of it a case earning points (never a line)
_GROWTH_STEP = lazy_compile(r"(?<=每增长|每提高|每增加|每上升)(\d+(?:\.\d+)?)%")
#: words that make the text more than points earned per case (a base to add to, a line, full marks, judgement; “省级以上
#: 媒体” names a level of the case, no line)
_NOT_EARNED = lazy_compile(r"基本分|基础分|酌情|视情况|否则|(?<!级)(?<!级及)(?<!级或)以上(?!年)|(?<!级)以下|≥|≤|%|比例")
#: “三甲医院以上医疗机构”, “县级医院以上单位”: 以上 between a kind and what it qualifies, naming the level of a case (like
#: “省级以上媒体”), no line: no count or figure just before it, a noun after it
KIND_ABOVE = lazy_compile(r"(?<=[\u4e00-\u9fff]{2})(?<!\d[\u4e00-\u9fff]{2})以上(?=[\u4e00-\u9fff]{2})(?![的者得计记加年])")
#: “…,最多得8分,不累计加分”: a closing word against adding up, after the cap of the cases (read as the cap, to check)
_NOT_ADDED_UP = lazy_compile(r",不(?:累计|重复)(?:加分|计分)(?=;|$)")
#: “…有1个的得1分,最多得5分,没有的不得分”: none of the cases scores nothing, as their count of 0 does
#: “无专业人员的得0分,每配备1名专业人员得…”: the same said first, naming the thing counted after it
_NONE_FIRST = lazy_compile(r"^(?:没有|无)(?P<what>[^,;\d每]{2,30}?)(?:的|者)?,?" + ZEROED + r"[,;](?=[^;]*每)")
_NONE_NOTHING = lazy_compile(r"[,;](?:没有|无|不提供|未提供)(?:的|者|则)?,?(?:不得分|得0分|计0分|不加分|不计分)(?=;|$)")
#: “每字0.5分,涂改一律不计分”, “每份得2分;字迹潦草的不得分”: a closing clause naming a fault of one case (no 本项/该项 said,
#: no figure, no cost, no absence: “未召开会议不得分” is none of the cases; no “否则”, “视情况”, “其余”: the rest or the
#: team's call; no note nor proof, “注:不提供证书不得分”, read by the proof's readings), read as those cases left out
#: of the count, never confidently (the fault may also zero the row)
_CASES_VOIDED = lazy_compile(r"(?<=分)[,;](?P<what>(?![^,;]*(?:本项|该项|此项|整项|全项|本指标|否则|酌情|视情|其他|其余|以上|以下|"
                           r"提供|证明|复印|原件|盖章))[^\d,;:()每扣注]{2,40}?)(?:的|者)?,?"
                           r"(?:一律|均|也|亦)?(?:不得分|不计分|不给分|不予计分)(?=;?$)")
#: “…有1个有效业绩得1分,最高得分为5分,没有有效的类似项目业绩的得0分”: none of the cases, named again (the thing it names,
#: its last two characters, among the words before it): a count of 0
_NONE_NAMED_NOTHING = lazy_compile(r",(?:没有|无|不提供|未提供)(?P<what>[^,;\d]{2,20}?)(?:的|者),?(?:不得分|得0分|计0分|不加分|不计分)(?=;|$)")


def _none_named_dropped(t: str) -> str:
    """``t`` without a closing “没有<the cases counted>的得0分” (a count of 0, as the formula scores it); a thing named there
    that the cases before do not name (“…,没有资质的得0分”: a condition) is kept."""
    m = _NONE_NAMED_NOTHING.search(t)
    if m is None:
        return t
    core = re.sub(r"有效的?|相关的?|任何|符合要求的?", "", m.group("what"))
    before = t[:m.start()]
    return t[:m.start()] + t[m.end():] if len(core) >= 2 and core[-2:] in before else t
#: “每次表扬得1分,按实际次数计分,满分5分”: the count the points are earned per, said again after them
_BY_ACTUAL_COUNT = lazy_compile(r"(?<=分),按实际(?:次数|个数|件数|项数|人数|篇数|数量)(?:计分|计算|计)(?=[,;]|$)")
#: “每完成1次…且客户满意度达标得10分,未达标不得分”: a case counted is one that meets a standard (且…达标)
_CASE_QUALIFIED = lazy_compile(r"每[^,;]{1,24}且")
#: “每新增1家得1分,未新增不得分”: no case of the kind counted (its verb after 未, the verb after 每) scores nothing
_NONE_DONE = lazy_compile(r",未(?P<verb>[\u4e00-\u9fff]{1,4}?)(?:的|者)?,?(?:不得分|得0分|计0分|不加分|不计分)(?=;|$|,(?:最高|最多|满分))")
#: “…每100元加1分 +1至+10”: the points a row earns said as a range after them, its top the cap
#: “…每增加0.5个百分点加1分,该项得分0~10分”: the range of the row's score after the points, its top the cap
_POINTS_RANGE = lazy_compile(r"(?<=分),?\+?" + _N + r"(?:分)?至\+(?P<top>" + _N + r")(?:分)?(?=;|$)|"
                           r"(?<=分),(?:本项|该项|此项)(?:得分|分值)(?:为|在)?0(?:分)?[~至-](?P<span>" + _N + r")分(?:之间)?(?=;|$)")
#: “…每100元加1分 +1至+10 区级平台捐款每年最多加40分”: after the range of a row's points, a cap (above the 分值) of a
#: remark spanning several rows
_WIDER_CAP = lazy_compile(r"至\+" + _N + r"(?:分)?(?P<remark>[^\d;,+]{2,20}?(?:每年|全年|年度)?(?:最多|最高|累计)(?:加|得|计)?"
                        r"(?P<cap>" + _N + r")分)(?=;|$)")
#: “捐款99元以下的,每10元加0.1分 +0.1至+0.9”: the band of the amount a row of such bands is for, before its step (the
#: range of points after it says the same)
_AMOUNT_BELOW = lazy_compile(r"^(?P<what>[^,;\d]{2,12}?)(?P<n>" + _N + r")(?P<u>" + _AMOUNT_UNITS + r")以下的?,(?=每)")
#: “按1个加1分”: the points of each case said with 按 for 每
_BY_EACH = lazy_compile(r"(?<![\u4e00-\u9fff\d])按(?=1" + _EARN_UNITS + r"(?:加|得|计|记)\d)")
#: “按每个子项目1分计”, “按每篇2分计算”: the points of each case said as how it is counted
_EACH_COUNTED_AS = lazy_compile(r"(?<![\u4e00-\u9fff\d])按(?P<each>每[^,;:\d每按]{1,6}?\d+(?:\.\d+)?分)计(?:算|分)?(?=[,;]|$)")
#: (满分 and 为止 too, unless they say a cap: “,满分2分”, “,加满2分为止”)
_NOT_EARNED_CAP = lazy_compile(r"满分|为止")


# ── proposal: points for a requirement met, points per case beside them ─────
#: “制定出台管理办法3分,每体现一项制度1分,最高8分”: a requirement in words and its points, then points per case of
#: another kind, and perhaps the cap (a requirement, not a fault nor a figure: no 未/不/无/扣 nor a count in it)
_PRE_WORD = r"(?:[^\d,;:()分每扣%≥≤]|\d个(?=[\u4e00-\u9fff]))"
#: (the base added, “…经验的,加10分”; the other kind named before its 每, “另有其它项目经验每提供1个额外加5分”, “平台运行良好,
#: 5个维度每达成1个…得0.2分”: a count of the kinds named there is no figure of the scoring, to check)
_MET_THEN_EACH = lazy_compile(r"^(?P<req>[^\d,;:()分每未不无没扣]{2,30}?)(?:的)?,?(?:得|计|记|加)?(?P<base>" + _N + r")分[,;]"
                            r"(?:另有|另外|另)?(?P<pre>(?:" + _PRE_WORD + r"{2,30}?,)?" + _PRE_WORD + r"{0,30}?,?)"
                            r"每(?P<verb>[^\d,;()分]{0,6}?)1(?P<unit>" + _EARN_UNITS + r")(?P<noun>[^\d,;()分]{0,12}?),?"
                            r"(?:额外|另)?(?:得|计|加|记)?(?P<x>" + _N + r")分"
                            r"(?:[,;](?:" + _CAP_SAID + r"|满分|加满)(?:为)?(?P<cap>" + _N + r")分(?:为止|封顶)?)?$")


def _met_then_each(w: Wording) -> Proposed | None:
    """“制定出台管理办法3分,每体现一项制度1分,最高8分”: points for a requirement met, and points for each case of another
    kind beside them, as ``3 * a + 1 * b`` over the requirement met (1) or not (0) and the count of cases, kept within
    0～分值. Never confidently: the requirement is entered as 0/1, and whether the cases count without it is unsaid."""
    t = w.text.rstrip(";。.")
    # (asides in brackets, “(提供相关合同复印件)”, say what proves a case: no figure, left out of the reading, to check)
    asides = [a for a in _ASIDE.findall(t) if not re.search(r"\d|分", a)]
    m = _MET_THEN_EACH.match(_ASIDE.sub(lambda a: "" if a.group(0) in asides else a.group(0), t) if asides else t)
    if not m:
        return None
    base, x = d(m.group("base")), d(m.group("x"))
    cap = d(m.group("cap")) if m.group("cap") else None
    if not 0 < base < w.weight or not 0 < x < w.weight or base + x > w.weight or (cap is not None and cap != w.weight):
        return None
    pre = m.group("pre").strip(",")
    if _PERIOD.match(m.group("verb")) or _SHORT_WORDS.search(pre + m.group("verb") + m.group("noun")) \
            or _NOT_EARNED.search(pre) or "以上" in pre:
        return None  # “每季度…”: how often; “每少1项…”: a shortfall; “…以上的,每…”: points past a line
    req, unit = _case_words(m.group("req")), m.group("unit")
    cases = _case_words(m.group("verb") + m.group("noun")) or "情形"
    kind = f"{_case_words(pre)}：" if pre else ""  # (the other kind named before its 每)
    doubts = [f"“{req}”：做到按 1、未做到按 0 录入，{kind}每{unit}{cases}另计"]
    doubts += [f"“{a}”：证明材料的说明，未用于规则" for a in asides]
    if cap is None:
        doubts.append(f"未说明最多得分：超过 {number(w.weight)} 分的按分值计")
    variables = [{"name": "a", "label": f"是否{req}（是=1，否=0）", "unit": "项"},
                 {"name": "b", "label": f"{kind}{cases}（{unit}数）", "unit": unit}]
    return Proposed([RULE.item(w.name or req, w.weight, {"expression": f"{number(base)} * a + {number(x)} * b",
                                                         "variables": variables})],
                    f"公式计分：{req}得 {number(base)} 分，{kind}每{unit}{cases}得 {number(x)} 分，得分限于 0～分值", tuple(doubts))


class _Case(NamedTuple):
    words: str  # what is counted, in the text's words
    unit: str
    amount: Decimal  # points per case (taken off when ``lost``), or per ``per`` cases
    cap: Decimal | None
    lost: bool
    per: Decimal = Decimal(1)  # the cases the amount is for: “每开展150项加1分”, or the step of an amount: “每获得30万元”
    whole: bool = False  # only whole steps earn points: “每满3万元得1分”


def _case_words(before: str) -> str:
    """The words naming what a case is: the clause before the points, without the list's numbering and 的."""
    words = ORDINAL_AT.sub("", before.lstrip(CIRCLED)).strip(",;:、 ")
    words = re.sub(r"的?,", "，", words).strip("，")
    words = re.sub(r"^(?:其中|另外|同时)，?", "", words)
    return re.sub(r"的$", "", words)


#: a sentence's number in a list: “1.”, “2、”
_CASE_MARK = lazy_compile(r"(?:^|(?<=;))(\d{1,2})[.、](?!\d)")


def _marks_of_cases_dropped(t: str, weight: Decimal) -> str:
    """“1.主办学术会议,每次加3分;2.校外学术演讲,每次加1分;3.本项加分上限为10分”: sentences numbered 1, 2, 3… in turn, each a
    case earning points per time (每) or the cap of them all at the 分值 closing them, without their numbers (the cases of
    one formula, not points of a checklist); the text as it is otherwise."""
    sentences = [x for x in t.split(";") if x]
    marks = [_CASE_MARK.match(x) for x in sentences]
    if len(sentences) < 2 or any(m is None or int(m.group(1)) != k for k, m in enumerate(marks, 1)):
        return t
    bodies = [x[m.end():] for x, m in zip(sentences, marks) if m]
    cap = _TOTAL_CAP.match(bodies[-1])
    cases = bodies[:-1] if cap and d(cap.group(1)) == weight else bodies
    if len(cases) < 2 or not all("每" in x and "扣" not in x and re.search(r"(?:加|得|计)\d+(?:\.\d+)?分$", x) for x in cases):
        return t
    return ";".join(bodies)


#: “在报刊发表宣传文章10分、国家级每份2分、省级每份1分”, “宣传报道10分,国家级每篇2分…”: what is counted, the row's 分值
#: said again after it (no verb earning it, no condition), then the kinds each earning points per case: the points
#: said first are the cap of them all, not points of their own
_WEIGHT_SAID_FIRST = lazy_compile(r"^(?P<lead>[^;,、:()\d每得计记加扣的者]{2,30}?)(?P<pts>\d+(?:\.\d+)?)分[、,]"
                                r"(?=(?P<kind>[^;,、:每\d]{1,12}?)每)")
#: words of a lead that ask for something to be done (its points those of doing it), or of a kind that is a step past
#: or short of a line (“超额每项…”): not the cases of a count
_WEIGHT_SAID_NOT = lazy_compile(r"完成|达到|达标|按时|及时|做到|符合|满足|齐全|到位|超|多|增|少|减|低|高|降|提|另|再|额外|基本|基础")


def _weight_said_first(t: str, weight: Decimal) -> tuple[str, str]:
    """The text without the 分值 said again after what is counted (“…文章10分、国家级每份2分…” on 10: “…文章,国家级每份
    2分…”), and the words dropped; the text as it is, and no words, otherwise."""
    m = _WEIGHT_SAID_FIRST.match(t)
    if m is None or d(m.group("pts")) != weight or _WEIGHT_SAID_NOT.search(m.group("lead") + m.group("kind")):
        return t, ""
    return f"{m.group('lead')},{t[m.end():]}", m.group(0).rstrip("、,")


#: “合同金额1亿元及以上的,每次加3分,5000万(含)-1亿元的,每次加2.5分,…,1000万以下的,加1分”: a kind of case named by a
#: band of an amount (the project's, the contract's), earning its points per case (the 每 perhaps left out of the last)
_AMOUNT_BAND_KIND = lazy_compile(r"(?<![\d.])\d+(?:\.\d+)?(?:亿|万|千)?元?(?:\(含\))?(?:(?:-|~|至|到)\d+(?:\.\d+)?(?:亿|万|千)?元?"
                               r"(?:\(含\)|\(不含\))?|(?:及|或)?以上|以下|以内)(?P<after>的?,?)(?=每(?P<unit>次|项|个|件|宗)|(?:加|得)\d)")


def _cases_unit(t: str) -> str:
    """The unit of the first case counted per unit after 每 (“每次加3分”: 次)."""
    m = re.search(r"每(次|项|个|件|宗)", t)
    return m.group(1) if m else "次"


def _amount_bands(t: str) -> tuple[str, str, str]:
    """The text with its kinds named by bands of an amount written as kinds (their 以上/以下 no line, their “(含)” kept
    as “[含]”), and the 每 left out of a band's points put in (“1000万以下的,加1分”: 每次); and the words of the band so
    read, and those of a band whose 每 was put in (or ""); "" for both when no band is read. Two bands at least, each but the last with 每 and all with the same unit; otherwise the text as it is."""
    bands = list(_AMOUNT_BAND_KIND.finditer(t))
    units = {m.group("unit") for m in bands if m.group("unit")}
    each = [m for m in bands if m.group("unit")]
    if len(bands) < 2 or len(each) < 2 or len(units) != 1 or any(not m.group("unit") for m in bands[:-1]):
        return t, "", ""
    unit = units.pop()
    out, at, elided = [], 0, ""
    for m in bands:
        band = m.group(0)[:m.start("after") - m.start()].replace("(含)", "[含]").replace("(不含)", "[不含]")
        out.append(t[at:m.start()] + band + "的,")
        if not m.group("unit"):
            out.append(f"每{unit}")
            elided = t[m.start():m.end() + 3]
        at = m.end()
    out.append(t[at:])
    return "".join(out), bands[0].group(0), elided


#: words saying a cap of cases counted (“每月最多1分”, “最高…”, “累计不超过…”, “封顶”)
_CAP_WORDS = lazy_compile(r"最多|最高|上限|封顶|累计|不超过|为止|满分")
#: a unit of times or periods (“每次加2分”: a time a thing is done or a role held, not a case of a result)
_TIMES_UNIT = lazy_compile(r"次|场|期|年|月|天|日|周|季")
#: a text opening with 每 (“每完成1个项目得5分”): a count of what is done, the case named by the doing, not a thing named
_EACH_FIRST = lazy_compile(r"^(?:\d{1,2}[.、])?每")


#: one case, then its points each time: “研究计畫成果经技转,进入商品化运作者,每件加10分(不包括…)”, an aside after it
_EACH_CASE_POINTS = lazy_compile(r"^(?:\d+[.、])?(?P<case>[^;\d每]{4,60}?)(?:的|者)?,?每(?:一)?(?P<unit>件|项|篇|个|部|本)"
                               r"(?:加|得|计|记)(?P<pts>\d+(?:\.\d+)?)分(?P<aside>\([^()]*\))?;?$")


def _one_case_takes_all(w: Wording) -> Proposed | None:
    """“研究计畫成果经技转,进入商品化运作者,每件加10分” on 10 points, “国家级重点项目80分/项” on 80, “…论文,按每篇5分计” on 5:
    the points of each case are the whole 分值 and no cap is said, so the first case found gives it in full and more add
    nothing: the row is met (one case at least) or not: 全有或全无, to check (an aside after it, “(不包括…主持人)”, is part
    of the condition). The cases of any other wording of points per case are ``whole_cases``'s. (An all-or-nothing
    rule read here, where the cases per wording are read: the all-or-nothing rule type does not import this module.)"""
    m = _EACH_CASE_POINTS.match(w.text)
    if m is not None and to_decimal(m.group("pts")) == w.weight:
        case, unit, aside = m.group("case").strip(","), m.group("unit"), m.group("aside") or ""
    else:
        cases = whole_cases(w)
        if len(cases) != 1:
            return None
        case, unit, aside = cases[0].words, cases[0].unit.removeprefix("个") or "个", ""
    condition = f"至少有1{unit}：{case}" + aside
    return Proposed([all_or_nothing_rule.RULE.item(case, w.weight, {"condition": condition})],
                    f"全有或全无：{condition}得 {fmt(w.weight)} 分，否则不得分",
                    (f"“每{unit}{fmt(w.weight)}分”：每{unit}得分等于分值，有1{unit}即得满分，按全有或全无读，请核对",))


def whole_cases(w: Wording) -> list[_Case]:
    """The case ``_earned`` reads where one kind of case is counted (a thing named before its points: not a time, nor a
    count of what is done, “每完成1个项目得5分”), one case earns the whole 分值 and no cap is said (“国家级重点项目80分/项”
    on 80, “…做主题发言的论文,每篇5分” on 5): the 分值 is that of one case, not a cap of many — one case scores it (a
    formula is not read: ``_one_case_takes_all`` reads it); empty when the text is not so. (Several
    kinds, the best earning the 分值 — “国家级5分/次,省级3分/次” on 5 — stay a formula capped at the 分值: a table's
    分值 caps them.)"""
    found: list[_Case] = []
    _earned(w, whole_out=found)
    return found


#: a cap of the points added (“最多加50分”, “最高得10分”), in the one spelling of caps on points earned (``_CAP_SAID``)
_ADDED_CAP = lazy_compile(_CAP_SAID + r"(\d+(?:\.\d+)?)分")


def _assessed_first(t: str) -> str:
    """The sentences opening ``t`` that say what is assessed (``what_is_assessed``), and those after them that score
    nothing (what proves a case: “投标人须提供合同扫描件,…否则不算有效的类似项目业绩”), before the scoring; or the
    clauses opening its one sentence that say so (“根据…复印件给分,有1个得2分,…”); "" when none. A first sentence saying
    what each case counted must be (``cases_required``: “投标人须具有2021年1月1日以来的类似业绩,同时提供合同;每提供1个得3分”)
    is such a lead too, when a cap of the points follows it (none said: the points may be a band's, not each case's)."""
    sentences = sentences_outside_brackets(t.rstrip(";"))
    if len(sentences) < 2:
        return assessed_clauses(t)
    if not (what_is_assessed(sentences[0])
            or (cases_required(sentences[0]) and _CAP_WORDS.search(";".join(sentences[1:])))):
        return ""
    k = 1
    while k < len(sentences) - 1 and scores_nothing(CASES_WINDOW.sub("", sentences[k])):
        k += 1
    return ";".join(sentences[:k])


def _earned(w: Wording, based: bool = False, whole_out: list[_Case] | None = None) -> Proposed | None:
    """“党委政府主要领导出席活动的,每次得1分;其他领导出席活动的,每次得0.5分”, “每开工1个项目2分,最多10分;未按期开工
    入库的,每项目扣3分”: points earned for each case (a cap of their own after them), less points for each case of
    a fault, as a formula ``min(10, 2 * a) - 3 * b`` over the count of each case in the order the text names them;
    the score is kept within 0～分值. A closing “…的,不加分” (cases left out of the count) and a closing “未<the first
    case>,不得分” (no case of the first kind zeroes the item: ``min(a, 1) * (…)``) are read, never confidently; a
    text without a cap of the 分值 is to be checked too (the points beyond the 分值 are then not counted). Points added per
    case beside points taken off per case, no base said (``based``: a base said before the cases), start from the 分值."""
    if not based and _FIRST_THEN_EACH.match(w.text) and _first_then_each(w) is not None:
        return None  # “有1个得3分,每增加1个加1分,最高10分”: the first case's points, then each further one's (_first_then_each)
    basis = basis_lead(w.text)
    if basis:  # “根据全年车辆检查记录评分,每完成1次…”: what the cases are counted from, scoring nothing
        added_cap = _ADDED_CAP.search(w.text)
        if added_cap and d(added_cap.group(1)) < w.weight:
            return None  # “…,满分100分,每…加10分,最多加50分”: points added up to less than the 分值, the rest unsaid
        return _earned(replace(w, text=w.text[basis.end():]), based, whole_out)
    lead = _assessed_first(w.text) if ";" in w.text or "分," in w.text else None
    if lead:  # “…类似业绩进行评分(需提供合同复印件…);投标人须提供…否则不算有效业绩;有1个得2分,最高10分”: what is assessed
        found = _earned(replace(w, text=w.text[len(lead) + 1:]), based, whole_out)
        return None if found is None else found.doubted(f"“{lead}”：评审范围及证明材料的说明，未用于计分，只计认定的个数")
    proof_first = _PROOF_FIRST.match(w.text) if w.text[:1] == "以" or "仅限" in w.text else None
    if proof_first:  # “以提供合同复印件和…进账凭证复印件为准,每提供1份…”: what proves a case, then the points of each
        found = _earned(replace(w, text=w.text[proof_first.end():]), based, whole_out)
        return None if found is None else found.doubted(f"“{proof_first.group(0).rstrip(',;')}”：证明材料的要求，只计有证明的个数")
    if CHANGE_EACH_STEP.match(w.text):
        return None  # a change from last year's figure, its steps each earning points (_change_each_step)
    if (held := held_each(w.text, w.weight)) and held.parts:
        return None  # “四角饱满(每角0.5分)”: each part's share of a state, lost where it fails (deduction._share_of_each_part)
    if ("不少于" in w.text or "不低于" in w.text) and _past_floor(w):
        return None  # “…不少于40学时,每多1学时加2分”: the steps past the floor earn (``_steps_past_line``)
    full_first = _FULL_BEFORE_EACH.search(w.text) if "满分" in w.text else None
    t = w.text
    if full_first and d(full_first.group("n")) == w.weight:  # “满分20分,每家4分”: the cap said before the cases, read after
        t = f"{t[:full_first.start()]}{t[full_first.end():].rstrip(';')},{full_first.group(0).rstrip(',;')}"
    windowed = _WINDOW_IN_CASE.search(t) if "每" in t and ("年" in t or "月" in t) else None
    if windowed:  # “每提供1个近3年类似项目业绩得2分”: 近3年每提供1个类似项目业绩得2分
        t = t[:windowed.start()] + windowed.group("window").removesuffix("的") + windowed.group("each") + t[windowed.end():]
    t, weight_first = _weight_said_first(t, w.weight) if "每" in t else (t, "")
    t, banded, band_elided = _amount_bands(t) if "每" in t and re.search(r"以上|以下|以内|\d[-~至到]\d", t) else (t, "", "")
    sampled = _sampled_each(w) if _SAMPLING.match(t) else None
    if sampled:  # “抽查3位农户,…得2分,共6分”: each one sampled earns its points
        return sampled
    bare_cell = _BARE_PER_UNIT.match(t.rstrip(";")) if "分/" in t else None
    if bare_cell:  # “80分/项”: 每项80分, the row's name what is counted; “5分/千元”: 每1千元5分, an amount
        measured = re.fullmatch(_AMOUNT_UNITS, bare_cell.group("unit")) is not None
        t = f"每{bare_cell.group('per') or ('1' if measured else '')}{bare_cell.group('unit')}{bare_cell.group('pts')}分"
    t = _POINTS_PER_UNIT.sub(r"每\g<unit>\g<verb>\g<pts>分", t) if "分/" in t else t  # “国家级5分/次”: 每次5分
    t = _LEVEL_ALSO.sub("", t) if ")级" in t or "级)" in t else t  # “县(处)级表彰…,市(地、厅)级表彰…”: a level named twice
    asked = _ASKED_THEN_EACH.search(t) if "每" in t else None
    if asked and (asked.group("least") or asked.group("above")):  # “…召开会议1次以上,每次1分”: the least asked, then each
        t = t[:asked.start()] + t[asked.end():]
    if "分" not in t or not _EARN_WORDS.search(t):
        return None
    t = _ADDED_SAID.sub("", t)  # “…,给予加分,每项加1分”: the points of each case say what is added
    proof = counted_proof_note(t)
    t = t[:proof.start()] if proof else t  # “…,最高得9分;注:每个业绩须提供合同复印件,未提供的不得分”: which cases count
    none_after = _NONE_AFTER_ASIDE.search(t) if proof is None and (")没有" in t or ")无" in t) else None
    if none_after:  # “…,最高得6分。(提供合同扫描件)没有得0分”: the proof in brackets, then none scoring nothing after it
        t = t[:none_after.start() + 1]
    proof_aside = PROOF_ASIDE_CLOSING.search(t) if proof is None and t.rstrip(";").endswith(")") else None
    t = t[:proof_aside.start()] if proof_aside else t  # “…,最多得5分。(复印件加盖公章)”: the proof, in brackets
    if none_after:
        if proof_aside is None:
            return None
        t = f"{t.rstrip(';')};{none_after.group('none')}"
    if proof_aside and EVIDENCE_NOTE.fullmatch(proof_aside.group("note")):
        proof_aside = None  # “(以有效证书复印件为准)”: what proves the case, in the words that need no saying back
    scheme_part = _POINTS_PART.search(t) if "加" in t else None
    t = _POINTS_PART.sub("", t) if scheme_part else t  # “每次加文体1分”: 每次加1分, the part of the 测评 said below
    t = _BY_ACTUAL_COUNT.sub("", t) if "按实际" in t else t  # “每次表扬得1分,按实际次数计分”: the count is what is scored
    t = _GROWTH_STEP.sub(r"\1个百分点", t)  # “每增长1%得1分”: points per point of growth, no line
    t = _UNIT_ALSO.sub(r"\g<unit>", t) if "每" in t else t  # “每条(次)计10分”: one count, two names of it
    t = _THING_ALSO.sub("", t) if "(" in t else t  # “1个系统(平台)得1分”: the thing counted, named twice
    counted_asides = [m.group("aside") for m in _COUNTED_ASIDE.finditer(t)] if "(" in t and "每" in t else []
    t = _COUNTED_ASIDE.sub(r"\g<each>", t) if counted_asides else t  # “每发1篇(内容不与简报重复)得0.5分”: which count
    inside = [m.group("aside") for m in _ASIDE_IN_CASE.finditer(t)] if "(" in t and "每" in t else []
    t = _ASIDE_IN_CASE.sub(r"\g<each>", t) if inside else t  # “每提供1个类似项目(外观检测类)业绩”: which count
    counted_asides += inside
    share_each = _SHARE_EACH.search(t) if "分值的" in t else None
    if share_each:  # “每提供1份合同得分值的25%”: 每份得 the share of the 分值 in points
        t = _SHARE_EACH.sub(lambda m: f"{m.group('each')}{number(w.weight * d(m.group('p')) / 100)}分", t)
    while "、" in t and (elided := _EACH_ELIDED.sub(r"\g<each>、\g<kind>每\g<unit>", t)) != t:
        t = elided  # “国家级每篇5分、省级3分”: the next kind's 每 left out, its unit the one before
    t, elided_run = _each_elided_run(t) if "," in t and "每" in t else (t, "")  # “…每项4分,实用新型专利3分”
    aside_kind = _KIND_IN_ASIDE.search(t) if ",(" in t else None
    t = t[:aside_kind.start()] + "," + aside_kind.group("kind") + t[aside_kind.end():] if aside_kind else t
    once = _COUNTED_ONCE.search(t) if "最高" in t or "就高" in t else None
    t = t[:once.start()] + t[once.end():].rstrip(";") if once else t  # “(以个人最高学历为准,不累计加分)”: read after the cases
    t = _BY_EACH.sub("每", t) if "按1" in t else t  # “按1个加1分”: 每个
    t = _EACH_COUNTED_AS.sub(r"\g<each>", t) if "按每" in t else t  # “按每个子项目1分计”: 每个子项目1分
    pro_rata = _SHORT_PRO_RATA.search(t) if "按比例" in t and "每" in t else None
    t = t[:pro_rata.start()] + t[pro_rata.end():] if pro_rata else t  # “,不足5个按比例计分”: checked once read
    wider = _WIDER_CAP.search(t) if "至+" in t else None
    if wider and d(wider.group("cap")) <= w.weight:
        return None  # (a cap of the row's own, said after its range: not read here)
    t = t[:wider.start("remark")] if wider else t  # “…+1至+10 区级平台捐款每年最多加40分”: a cap of several rows
    ranged = _POINTS_RANGE.search(t) if "至+" in t or "分0" in t else None
    if ranged and d(ranged.group("top") or ranged.group("span")) != w.weight:
        return None
    t = t[:ranged.start()] + t[ranged.end():] if ranged else t
    below = _AMOUNT_BELOW.match(t) if ranged and "以下" in t else None
    if below:  # “捐款99元以下的,每10元…”: the band the row is for, its top reached by the range's
        t = below.group("what") + t[below.end():]
    none_done = _NONE_DONE.search(t) if ",未" in t else None
    if none_done and f"每{none_done.group('verb')}" in t:  # “每新增1家得1分,未新增不得分”: a count of 0, nothing
        t = t[:none_done.start()] + t[none_done.end():]
        none_done = None
    short_of = none_done if none_done and _CASE_QUALIFIED.search(t, 0, none_done.start()) and re.search(
        "且[^,;]{0,12}" + re.escape(none_done.group("verb")) + r"(?:的)?,?(?:得|计|加)\d", t[:none_done.start()]) else None
    if short_of:  # “每完成1次投诉处理且客户满意度达标得10分,未达标不得分”: only the cases that meet the standard counted
        t = t[:short_of.start()] + t[short_of.end():]
    not_added_up = _NOT_ADDED_UP.search(t) if "不" in t else None
    t = _NONE_NOTHING.sub("", _NOT_ADDED_UP.sub("", t)) if "不" in t else t
    t = _none_named_dropped(t) if "没有" in t or "无" in t else t  # “…,没有有效的类似项目业绩的得0分”: a count of 0
    none_first = _NONE_FIRST.match(t) if t[:1] in ("无", "没") else None
    if none_first and none_first.group("what") in t[none_first.end():]:
        t = t[none_first.end():]  # “无专业人员的得0分,每配备1名专业人员得0.5分”: none of the cases, a count of 0
    voided = _CASES_VOIDED.search(t) if "不" in t and "扣" not in t else None
    if voided and re.match(r"未|没|无|不", voided.group("what")):
        voided = None  # “每召开1次会议得2分;未召开会议不得分”: an absence, none of the cases or the row's gate (read below)
    t = t[:voided.start()] if voided else t
    probe = re.sub(r"\d[^,;]*?(?:以上|以下|以内)的,(?=每)", "", t) if banded else t  # (the bands name kinds)
    probe = _QUALIFIED_CASE.sub(r"\1", probe) if "每" in probe else probe  # (“每提供1个金额100万元以上的…”: a kind)
    # (“…协议(每份协议的维修车辆≥10辆),每有1项…”: the line each case counted reaches, part of what is counted, no line of the row)
    probe = _LINE_ASIDE.sub("", probe) if "(" in probe and "每" in probe else probe
    if _NOT_EARNED.search(KIND_ABOVE.sub("", probe) if "以上" in probe else probe) or (("满分" in t or "为止" in t) and _NOT_EARNED_CAP.search(_EARN_CAP_WORDS.sub(",", t))):
        return None
    t = _marks_of_cases_dropped(t, w.weight) if t[:1].isdigit() else t
    if not _EARN.search(t) or _LISTED_POINTS.search(t):
        return None
    bracketed = _EARNED_IN_BRACKETS.match(t)
    if bracketed and held and held.per_thing:  # “三杯间距1cm(每个1分)”: each thing held to a state (deduction's reading)
        return None
    if bracketed and bracketed.group("said") and d(bracketed.group("said")) != w.weight:
        return None  # (points of the requirement's own before the cases: not the cap of them)
    if bracketed:
        t = bracketed.group("body")
    cases: list[_Case] = []
    doubts: list[str] = [f"“{bracketed.group('lead').strip(';,')}”：括号前的要求未用于计分"] if bracketed else []
    if bracketed and bracketed.group("said"):
        doubts[-1] = f"“{bracketed.group('lead').strip(';,')}{bracketed.group('said')}分”：读作本项分值，按括号内计分"
    doubts += [f"“({x})”：只计符合括号内要求的个数，请核对" for x in counted_asides]
    if windowed:
        doubts.append(f"“{windowed.group('window').removesuffix('的')}”：只计该时间范围内的个数，请核对")
    if share_each:
        doubts.append(f"“得分值的{share_each.group('p')}%”：读作每个得 {number(w.weight * d(share_each.group('p')) / 100)} 分")
    if proof:
        doubts.append(f"“{proof.group('note')}”：证明材料等要求，只计符合要求的个数，未用于计分，请核对")
    if proof_aside:
        doubts.append(f"“{proof_aside.group('note')}”：证明材料等要求，只计符合要求的个数，未用于计分，请核对")
    if none_after:
        doubts.append(f"“{none_after.group('none')}”：写在括号之后，按个数为 0 不得分读，请核对")
    if wider:
        doubts.append(f"“{wider.group('remark')}”：超过本项分值，读作几行合计的上限，未用于本行计分")
    if banded:
        doubts.append(f"“{banded.rstrip(',')}”等金额档：各档按一种情形读，每一{_cases_unit(t)}按其所在档计分")
    if band_elided:
        doubts.append(f"“{band_elided.rstrip(',')}”：未写“每”，按每{_cases_unit(t)}读")
    if short_of:
        doubts.append(f"“{short_of.group(0).lstrip(',')}”：只计达到要求的{_cases_unit(t)}数")
    if voided:
        doubts.append(f"“{voided.group(0).lstrip(',;').rstrip(';')}”：按这些情形不计入个数读（不是整项不得分），请核对")
    if scheme_part:
        doubts.append(f"“加{scheme_part.group(0)}”：按计入本项的分数读（{scheme_part.group(0).removesuffix('分')}分）")
    if weight_first:  # the 分值 said before the cases caps them all
        doubts.append(f"“{weight_first}”：读作本项分值，各项累计最多得 {number(w.weight)} 分")
    if asked and (asked.group("least") or asked.group("above")):
        doubts.append(f"“{asked.group(0)}”：作为要求的{asked.group('u')}数，按实际{asked.group('u')}数每{asked.group('u')}计分")
    if below:
        doubts.append(f"“{below.group(0).rstrip(',')}”：读作本行适用的金额档，{below.group('u')}数按实际录入")
    gate: str | None = None
    capped_all = ranged is not None or bool(weight_first)  # a sentence of its own caps the points at the 分值 (or a range of them, closing)
    bare: list[str] = []  # cases counted by a count of one, no 每 and no cap after them
    added: list[bool] = []  # whether each case read from its points says them added (“每次加5分”), not earned (“得”)
    cap_sentence = ""  # a sentence of its own capping the cases at the 分值 (“…;此项最多6分”)
    lead = ""  # “查看相关文件资料;每项…1分”, “报送工作简报;每份0.5分”: a sentence of what is asked before the first case
    for sentence in [x for y in t.split(";") for x in _NEXT_CASE.split(y) if x]:
        at = 0
        # (“提供近3年的类似业绩;每提供1个得2分,…”, “提供2021年1月1日以来的类似业绩;…”: the window of time the cases fall
        # in scores nothing, what is asked all the same)
        if not cases and _ASKED_FIRST.fullmatch(CASES_WINDOW.sub("", sentence) if "年" in sentence else sentence):
            lead = f"{lead};{sentence}" if lead else sentence  # (“协助开展…;…过程管控;全流程参与…,每项加1分”)
            continue
        for m in _EARN.finditer(sentence) if "扣" not in _ASIDE.sub("", sentence) else ():
            pts = d(m.group("pts"))
            if pts <= 0 or pts > w.weight:
                return None
            if _SHORT_WORDS.search(m.group("verb") + m.group("noun")) or _POINTS_SAID.search(sentence[:m.start()]):
                return None  # “每少1处少得1分”: points lost for a shortfall; “…得20分,每…”: full marks first
            if len(m.group("noun")) > _BARE_NOUN and not m.group("gets"):
                return None
            if m.group(0).startswith("每") and _PERIOD.match(m.group("verb")):
                return None  # “每季度开展1次活动得2分”: how often a thing is required, not a case counted
            if not m.group(0).startswith("每") and _LEAST_BEFORE.search(sentence[at:m.start()]):
                return None  # “至少有1个得2分”: a least asked, its points once (or a band's), no case counted
            if m.group(0).startswith("每") and _ONE_PERIOD.fullmatch(m.group("unit") or m.group("verb") + m.group("noun")) \
                    and pts == w.weight:
                return None  # “…打扫卫生,每月20分” on 20: the 分值 of the period the thing is done in, no count
            if pts == w.weight and _DONE_EACH_PERIOD.match(m.group(0)):
                return None  # “每天早中晚进行宣传的,计20分”, “完成每月…目标任务,计20分” on 20: how often it is done, no count
            whole = bool(m.group("step")) and m.group("verb").endswith("满")  # “每满3万元”: whole steps only
            words = _case_words(sentence[at:m.start()] + m.group("verb").removesuffix("满" if whole else "") + m.group("noun"))
            rest = sentence[m.end():]
            other = _OTHER_IN_ASIDE.match(rest) if rest.startswith("(") else None
            rest = rest[other.end():] if other else rest
            cap_m = _EARN_CAP.match(rest) if rest else None
            if rest and not cap_m:
                return None
            # a count of one without 每 is a case counted only when a cap of them follows, or beside another kind
            if m.group(0)[0] == "1" and not cap_m:
                bare.append(m.group(0))
            cap = _capped_at(cap_m, w.weight)
            if cap is not None and (cap <= pts or cap > w.weight):
                return None
            if cap_m and cap_m.group("who"):
                doubts.append(f"“{cap_m.group(0).strip(',()')}”：按本项最多得分读")
            per = d(m.group("per") or m.group("step") or "1")
            if (per != 1 or m.group("step")) and (not m.group(0).startswith("每") or _PERIOD.match(m.group("noun"))):
                return None  # “有15项…”: a count said, no case counted; “每3个月…”: a period; “30万元”: an amount said
            unit = m.group("unit") or m.group("per_unit") or m.group("step_unit") or "次"
            if (unit == "次" and not m.group("unit") and m.group(0).startswith("每") and not m.group("verb")
                    and _ONE_PERIOD.fullmatch(m.group("noun"))):  # “…的,每月得0.5分”: each period it is done in, counted
                unit, words = m.group("noun").removeprefix("个"), _case_words(sentence[at:m.start()])
            added.append((m.group("gets") or "").lstrip(",") == "加")
            placed = _ONE_BY_PLACE.search(sentence, at, m.end())
            if placed:  # “第1个案例须为省级,每个得1分”: what is said of one case by its place, not of each counted
                doubts.append(f"“{sentence[at:m.end()].strip(',')}”：“{placed.group(0)}”计入与否、其余各"
                              f"{placed.group('unit') or placed.group('unit2')}如何计分未说明，请核对")
            cases.append(_Case(words or _case_words(lead) or (w.name if bare_cell else "") or "情形", unit, pts, cap, False,
                               per, whole))
            if bare_cell:
                pass  # (the cell's one doubt says it all, below)
            elif whole:
                doubts.append(f"“{m.group(0)}”：只计满 {number(per)} {unit}的整数倍，不足 {number(per)} {unit}的部分不计分")
            elif per != 1 or m.group("step"):
                doubts.append(f"“{m.group(0)}”：按{unit}数折算，不足 {number(per)} {unit}的部分按比例计分")
            if other:
                if not 0 < d(other.group("pts")) <= w.weight:
                    return None
                cases.append(_Case(_case_words(other.group("what")), cases[-1].unit, d(other.group("pts")), None, False))
                doubts.append(f"“{other.group(0)}”：另一种情形，按其{cases[-1].unit}数另计，不计入前一项")
            at = len(sentence)
            break
        else:
            bonus = _BONUS.match(sentence) if cases and not cases[-1].lost else None
            if bonus:
                pts, rest = d(bonus.group("pts")), sentence[bonus.end():]
                cap_m = _EARN_CAP.match(rest) if rest else None
                cap = _capped_at(cap_m, w.weight)
                if (rest and not cap_m) or pts <= 0 or (cap is not None and (cap <= pts or cap > w.weight)):
                    return None
                what = _case_words(bonus.group("what"))
                cases.append(_Case(what, cases[-1].unit, pts, cap, False))
                doubts.append(f"“{sentence[:bonus.end()]}”：{what}的{cases[-1].unit}数也计入前一项，每{cases[-1].unit}另加 {number(pts)} 分")
                continue
            halved = _HALVED.match(sentence) if cases and not cases[-1].lost else None
            if halved:  # half the points of the first kind counted, per case of its own
                of = next(c for c in cases if not c.lost)
                cases.append(of._replace(words=_case_words(halved.group("what")), amount=of.amount / 2, cap=None))
                doubts.append(f"“{sentence}”：按{of.words}每{of.unit}得 {number(of.amount)} 分的一半计，"
                              f"每{of.unit}得 {number(of.amount / 2)} 分")
                continue
            lose = _LOSE.search(sentence) if "扣" in sentence else None
            if lose and lose.end() == len(sentence) and cases:
                cases.append(_Case(_case_words(sentence[:lose.start()]) or "问题", lose.group("unit") or "次",
                                   d(lose.group("pts")), None, True))
                continue
            whole_cap = _TOTAL_CAP.match(sentence)
            if whole_cap and cases and d(whole_cap.group(1)) == w.weight and not capped_all:
                capped_all, cap_sentence = True, sentence
                continue
            left_out = _NOT_COUNTED.match(sentence)
            none_of = _NONE_OF.match(sentence)
            if (none_of and len(cases) > 1 and not any(c.lost for c in cases)
                    and all(none_of.group("what") in c.words for c in cases)):
                continue  # “…市级在研课题每项得4分,区级在研课题每项得2分;无在研课题不得分”: none of any kind, a count of 0
            if none_of and cases and not cases[0].lost and none_of.group("what") in cases[0].words and gate is None:
                gate = sentence
                continue
            if left_out and cases:
                doubts.append(f"“{sentence}”：这些情形不计入个数")
                continue
            return None
    earned = [c for c in cases if not c.lost]
    if pro_rata:  # the target's count times the points of a case within the cap: the same points per case below it
        top = earned[0].cap if earned[0].cap is not None else w.weight
        if (len(cases) != 1 or pro_rata.group("u") != earned[0].unit
                or d(pro_rata.group("n")) / earned[0].per * earned[0].amount > top):
            return None
        doubts.append(f"“{pro_rata.group(0).lstrip(',')}”：不足 {pro_rata.group('n')}{earned[0].unit}的同样按每{earned[0].unit}"
                      f"得 {number(earned[0].amount)} 分计")
    # a lone count of one is each case when it is the whole text, of things (not times), a whole number of them making
    # the 分值: “课题1项得2分” on 4 (“示范基地1个得3分” on 10, “交流任务1次加1分”, “至少开展4次,开展1次得1分”: a band, perhaps),
    # a sentence capping them at the 分值 after it or not (“1个得2分;此项最多6分”)
    alone = t.replace(cap_sentence, "").strip(";") if cap_sentence else t
    lone = (bare and len(cases) == 1 and not lead and not re.search(r"[,;:]", alone) and cases[0].unit != "次"
            and 0 < cases[0].amount < w.weight and w.weight % cases[0].amount == 0)
    if not earned or len(cases) > len(_NAMES) or (bare and len(earned) < 2 and not lone):
        return None  # (more cases than a formula has names for: none read; a lone count of one may be a band's,
        # unless it is the whole text and earns less than the 分值: “课题1项得2分” on 4, each case counted, to check)
    if bare and lone and capped_all:
        doubts.append(f"“{bare[0]}”：按每{earned[0].unit}计分读，不是一档")
    elif lone:  # one doubt says it all: the count of one read as each case, the cap the 分值
        doubts.append(f"“{bare[0]}”：按每{earned[0].unit}计分读，不是一档；未说明最多得分，累计超过 {number(w.weight)} 分的按分值计")
        capped_all = True
    elif bare:
        doubts.append(f"“{'、'.join(bare)}”：按每{earned[0].unit}计分读，不是一档")
    if elided_run:
        doubts.append(f"“{elided_run}”：按每{earned[0].unit}计分读（“每{earned[0].unit}”只写在第一种）")
    if aside_kind:
        doubts.append(f"“({aside_kind.group('kind')})”：括号内的情形按另一种情形计入")
    if once:
        doubts.append(f"“{once.group('aside') or once.group('said')}”：每{earned[-1].unit}只按其最高一级计入一项，不重复计分")
    if bare_cell:  # one doubt: what is counted is the row's, the cap the 分值, a part of a step in proportion
        unit, step_n = bare_cell.group("unit"), bare_cell.group("per") or ""
        part = f"，不足 {step_n} {unit}的部分按比例计分" if step_n else ""
        part = part or ("，不足1" + unit + "的部分按比例计分" if re.fullmatch(_AMOUNT_UNITS, unit) else "")
        doubts.append(f"“{bare_cell.group(0)}”：只写了每{step_n}{unit}的分数，按本行所计的{unit}数计分{part}；"
                      f"未说明最多得分，累计超过 {number(w.weight)} 分的按分值计")
        capped_all = True
    lost = any(c.lost for c in cases)
    capped = [c for c in earned if c.cap is not None]
    if not_added_up:
        if not capped and not capped_all:
            return None  # (no cap it could restate: what is not added up is unsaid)
        doubts.append(f"“{not_added_up.group(0).lstrip(',')}”：按所列最高分封顶读，同一{earned[0].unit}不重复计分")
    if lead and not capped and not capped_all:
        return None  # “查看相关文件资料;每项1分”: the points of each of the points asked (要点核查), no count capped
    if len(earned) > 1 and any(c.cap is not None and c.cap < w.weight for c in earned):
        doubts.append("所列最高分是否只限其前一种情形，请核对")
    if (not capped and not lost and not capped_all and not based and gate is None and not bare and not bare_cell
            and not pro_rata and not lead and not doubts and len(cases) == 1 and cases[0].amount == w.weight
            and cases[0].per == 1 and not cases[0].whole and not _CAP_WORDS.search(w.text)
            and not _TIMES_UNIT.search(cases[0].unit) and not _EACH_FIRST.match(w.text)):
        if whole_out is not None:
            whole_out.extend(earned)
        return None  # one case earns the whole 分值, no cap said: the 分值 is one case's (``whole_cases``)
    if not capped and not lost and not capped_all:
        doubts.append(f"未说明最多得分：各项累计超过 {number(w.weight)} 分的按分值计")
    qualified = [q.group(0) for c in earned for q in [re.search(CASE_QUALIFIER, c.words)] if q]
    if qualified:  # “每具备1个金额在20万元及以上合同”: the figure says which cases count
        doubts.append(f"“{qualified[0]}”：只计符合该条件的{earned[0].unit}数，请核对")
    # points added per case and taken off per case, no points said to start from (“提出合理建议并采纳加5分/次;出错扣5分/
    # 次”): added to and taken off the 分值, the points added making up for those taken off
    from_weight = (not based and lost and added and all(added) and len(added) == len(earned) and gate is None and not capped
                   and not capped_all and not bare and not lead)
    variables, plus, minus, said = [], [], [], []
    for k, c in enumerate(cases):
        name = _NAMES[k]
        unit = c.unit
        measured = re.fullmatch(_AMOUNT_UNITS, unit) is not None  # an amount, entered as it is, not a count
        variables.append({"name": name, "label": f"{c.words}（{unit}{'' if measured else '数'}）", "unit": unit})
        term = f"{number(c.amount)} * {name}"  # “1 * a”: the points of a case, as the text states them
        term += f" / {number(c.per)}" if c.per != 1 and not c.whole else ""
        if c.whole:  # the whole steps of the amount: a / 3 rounded down (the engine rounds a half up)
            steps = f"{name} / {number(c.per)}" if c.per != 1 else name
            term = f"{number(c.amount)} * round(max(0, {steps} - 0.5))"
        if c.lost:
            minus.append(term)
            said.append(f"{c.words}每{unit}扣 {number(c.amount)} 分")
            continue
        if c.cap is not None and (c.cap < w.weight or lost):
            term = f"min({number(c.cap)}, {term})"
        plus.append(term)
        step = f"{'满' if c.whole else ''}{number(c.per) if c.per != 1 or measured else ''}{unit}"
        said.append(f"{c.words}每{step}{'加' if from_weight else '得'} {number(c.amount)} 分" + (f"（不足 {number(c.per)}{unit}的部分不计）" if c.whole else "")
                    + (f"（最多 {number(c.cap)} 分）" if c.cap is not None else ""))
    expression = " + ".join(plus) + "".join(f" - {x}" for x in minus)
    if from_weight:
        expression = f"{number(w.weight)} + {expression}"
        doubts.append(f"加分、扣分均未说明从几分起算：按从本项分值 {number(w.weight)} 分起加减读")
    if gate is not None:
        expression = f"min({_NAMES[0]}, 1) * ({expression})"
        doubts.append(f"“{gate}”：{cases[0].words}的次数为0时整项不得分")
    summary = ("公式计分：" + (f"从分值 {number(w.weight)} 分起，" if from_weight else "") + "；".join(said)
               + "，得分限于 0～分值")
    # the variables are counts of cases, entered as counts: no doubt about how a rate is entered
    return Proposed([RULE.item(w.name, w.weight, {"expression": expression, "variables": variables})], summary,
                    tuple(doubts))


# ── proposal: points per case, with the words around them a table adds (how it is checked, how it is done) ─────
#: “…;事后提交报道,查《就业简报》记录”, “…;查提供的咨询记录、跟踪记录等材料”, “…;以活动记录为准”: a closing sentence saying
#: how the cases are checked or proven (no figure, no score): no part of the rule
_CHECKED_HOW = lazy_compile(r"^(?:[^\d;分]{0,20},)?(?:查|查看|查阅|核查|检查|以)(?:[^\d;分扣每]{2,40}?)(?:为准)?$")
#: “每开展1次得1分,充分组织学生参加”: a clause after the points saying how the thing is done (no figure, no score, no fault)
_HOW_DONE = lazy_compile(r"(?<=\d分),(?P<how>[^\d;,()]{4,20})(?=;|$)")
#: words that make such a clause part of the rule: a fault, a case, a condition, a score, a cap
_HOW_NOT = lazy_compile(r"扣|每|未|不|无|没|否|得|计|记|最|满分|封顶|上限|以上|以下|的$|者|则|如|若|须|必须|应|分值|酌情|视|情况|加分|给分|"
                      r"评分|减半|按比例")
#: “开展1次得1分”: a lone count of one of a thing done, its points (the whole text): each time, not a band
_ONE_TIME = lazy_compile(r"^(?P<verb>开展|组织|举办|召开|参加|参与|承办|完成|报送|发布|上报)1(?P<unit>次|场|期|项|篇|份)(?=(?:得|计|加)(?P<pts>"
                       + _N + r")分;?$)")
#: “每起积1分 最高积3分”: points scheme wording, 积 for 得, the cap run on without a comma
_KEPT_POINTS = lazy_compile(r"(?<=[\u4e00-\u9fff\d])积(?=" + _N + r"分)")
_RUN_ON_CAP = lazy_compile(r"(?<=分)(?=(?:最高|最多|累计最多|累计不超过)(?:积|得|计|加)?" + _N + r"分)")
#: “团体辅导(10人以上)1次得1分”: what a case must be, in brackets before its count (“10人以上”: a kind, not a line)
_CASE_ASKED = lazy_compile(r"(?<=[\u4e00-\u9fff])\((?P<asked>\d+(?:人|名|户|家)(?:以上|及以上))\)(?=(?:每|1)[^\d,;()]{0,2}?(?:次|场|期))")


def _earned_as_tables_say(w: Wording) -> Proposed | None:
    """“开展一次得1分。事后提交报道,查《就业简报》记录。”, “每开展一次得1分,充分组织学生参加。”, “…档案齐全者每起积1分 最高积3分”,
    “每辅导一位学生得0.2分,团体辅导(10人以上)一次得1分”: points earned per case (``_earned``'s reading), the words a
    table sets around them taken out first: a closing sentence saying how the cases are checked, a clause after the
    points saying how the thing is done, a bracketed kind of case before its count; a lone “开展1次得1分” read as each
    time; 积 (a points scheme's word) read as 得. Never confident: what was set aside is named to check, and the cap,
    unless said, is the 分值."""
    t = w.text
    doubts: list[str] = []
    sentences = [x for x in t.split(";") if x]
    while len(sentences) > 1 and _CHECKED_HOW.match(sentences[-1]):
        doubts.append(f"“{sentences.pop()}”")  # (said as the words left out of the rule are: one doubt, not two)
    t = ";".join(sentences)
    if "积" in t:
        kept = _KEPT_POINTS.sub("得", t)
        if kept != t:
            t = _RUN_ON_CAP.sub(",", kept)
            doubts.append("“积…分”：按每项得分读")
    how = _HOW_DONE.search(t)
    if how and not _HOW_NOT.search(how.group("how")):
        t = t[:how.start()] + t[how.end():]
        doubts.append(f"“{how.group('how')}”：作为工作要求，未用于计分")
    asked = _CASE_ASKED.search(t)
    if asked:
        t = t[:asked.start()] + t[asked.end():]
        doubts.append(f"“({asked.group('asked')})”：只计符合括号内要求的次数，请核对")
    one = _ONE_TIME.match(t)
    if one and d(one.group("pts")) >= w.weight:
        return None  # “开展1次得1分” on 1: the count of one earns the 分值, a band or a requirement, no count
    if one:
        t = "每" + t
        doubts.append(f"“{one.group(0)}{t[one.end() + 1:].rstrip(';')}”：按每{one.group('unit')}计分读，不是一档")
    t = re.sub(r"(?<=[\u4e00-\u9fff])1(?=(?:次|场|期)(?:得|计|加)\d)", "每", t) if asked else t  # “团体辅导1次得1分”: each time
    if not doubts or t == w.text:
        return None
    found = _earned(replace(w, text=t))
    return found.doubted(*doubts) if found else None


# ── proposal: the points of the last N years, each year's said after them (“近3年开展过相关工作者3分,每年1分”) ─────
_YEARS_THEN_EACH = lazy_compile(r"^近(?P<n>\d+)个?年(?:来|内|中|间)?,?(?P<cond>[^;\d分]{4,40}?)(?:者|的),?(?:得|计|记)?(?P<cap>" + _N
                              + r")分[,;](?:其中)?每(?:1)?年(?:得|计|加|记)?(?P<x>" + _N + r")分;?(?:\(\))?;?$")


def _years_then_each(w: Wording) -> Proposed | None:
    """“近3年开展过相关工作者3分,每年1分” on 3: the 分值 for the work done in the last N years, then the points of each
    year it was done, N of them making the 分值: ``1 * min(a, 3)`` over the years it was done. Never confident: that a
    year counts once it saw any such work is the reading's."""
    m = _YEARS_THEN_EACH.match(w.text)
    if m is None:
        return None
    n, x, cap = d(m.group("n")), d(m.group("x")), d(m.group("cap"))
    if n < 2 or n * x != w.weight or cap != w.weight or re.search(r"未|不|没|无|扣", m.group("cond")):
        return None
    cond = _case_words(m.group("cond"))
    variables = [{"name": "a", "label": f"近{number(n)}年中{cond}的年数", "unit": "年"}]
    return Proposed([RULE.item(w.name or cond, w.weight, {"expression": f"{number(x)} * min(a, {number(n)})",
                                                          "variables": variables})],
                    f"公式计分：近 {number(n)} 年中每有 1 年{cond}得 {number(x)} 分，最多 {number(w.weight)} 分",
                    (f"“每年{m.group('x')}分”：读作近{number(n)}年中有此项工作的每一年得 {number(x)} 分",))


# ── proposal: points of the best, the others in proportion (“发布数量最多的得7分,其余人员得分以此标准推算”) ──────
_BEST_AS_STANDARD = lazy_compile(r"(?P<what>[^;]*?),?(?P<measure>[\u4e00-\u9fff]{0,6}?)(?:最多|最高|最大)的?(?:者|人员|单位)?(?:得|计|记)"
                               r"(?P<x>" + _N + r")分,?其余(?:人员|单位|各单位|的)?(?:得分)?(?:以此标准推算|以此为标准推算|按比例(?:推算|计算|计分|折算)|"
                               r"以此为标准按比例(?:计算|计分|折算|推算))(?=;|$)")


def _best_as_standard(w: Wording) -> Proposed | None:
    """“…,发布数量最多的得7分,其余人员得分以此标准推算” on 7: the best scores the points, each other in proportion to it,
    ``7 * a / b`` over one's own and the best's figure; two or more such clauses (sentences of their own) add up to the
    分值. A closing sentence in brackets is left aside. Never confident: that 推算 is in proportion is the reading's."""
    t = w.text.rstrip(";")
    doubts: list[str] = []
    remark = re.search(r";\((?P<r>[^()]*)\)$", t)
    if remark:
        t = t[:remark.start()]
        doubts.append(f"“({remark.group('r')})”：作为说明，未用于规则")
    parts = [_BEST_AS_STANDARD.fullmatch(x) for x in t.split(";")]
    if not parts or any(p is None for p in parts) or 2 * len(parts) > len(_NAMES):
        return None
    found = [p for p in parts if p is not None]
    if sum(d(p.group("x")) for p in found) != w.weight:
        return None
    variables, terms = [], []
    for k, p in enumerate(found):
        own, best = _NAMES[2 * k], _NAMES[2 * k + 1]
        what = _case_words(p.group("what") + p.group("measure"))[-30:] or "数量"
        variables += [{"name": own, "label": f"本单位（人）{what}", "unit": ""},
                      {"name": best, "label": f"{what}最多者的数量", "unit": ""}]
        terms.append(f"{number(d(p.group('x')))} * {own} / {best}")
    doubts.append("“其余…以此标准推算”：读作按本身数量与最多者数量之比计分")
    return Proposed([RULE.item(w.name, w.weight, {"expression": " + ".join(terms), "variables": variables})],
                    "公式计分：" + "；".join(f"{p.group('measure') or '数量'}最多的得 {number(d(p.group('x')))} 分，其余按比例计"
                                          for p in found), tuple(doubts))


# ── proposal: a requirement, then the points of each case of it in brackets or bare ─────────────
#: what a case is counted in, after its 每 or its count of one
_EACH_UNIT = r"(?P<unit>" + _EARN_UNITS[3:-1] + r")"
#: “…工作总结;(每份0.5分,总分2分)”, “…建设1-2个(每个5分)”, “…(每次会议0.5分,最多3分)”, “…数量(1个渠道3分,最多15分)”:
#: the points of each case (its unit after 每 or a count of one, perhaps a noun after it) and a cap of them, in brackets
#: after the requirement
_EACH_IN_BRACKETS = lazy_compile(r"^(?P<what>[^;]*?)[;,]?\((?P<basis>以[^()\d,;]{2,20}?为准,)?(?P<each>每|1)" + _EACH_UNIT
                               + r"(?P<noun>[\u4e00-\u9fff]{0,4}?)可?(?:得|计|加)?"
                               r"(?P<pts>\d+(?:\.\d+)?)分(?P<cap>,[^()]*)?\);?$")
#: “…系列活动,1次1分”, “服务签到天数,1天0.6分”: a count of one and its points after the requirement, in a clause of
#: their own at the end
_ONE_AND_POINTS = lazy_compile(r"^(?P<what>[^;]*?),1" + _EACH_UNIT + r"(?:得|计|加)?(?P<pts>\d+(?:\.\d+)?)分(?P<cap>,[^;]*)?;?$")
#: after the points of each case in brackets, how many cases there are or what they come to in all, said with 共 (a
#: course's tests: “(1个3分,共20个,60分)”, “(每个5分,共20分)”, “(1项2分,共5项)”)
_ALL_TOLD = lazy_compile(r"^,共(?:(?P<n>\d+)(?P<unit>" + _EARN_UNITS[3:-1] + r"),?)?(?:共?(?P<cap>\d+(?:\.\d+)?)分)?$")
#: the count the requirement asks for (“建设1-2个”, “至少2次”): as many cases as reach the cap
_COUNT_ASKED = lazy_compile(r"(?:\d+[-~至])?(?P<n>\d+)" + _EACH_UNIT)
#: words in the requirement that make it more than a count of cases earning points (a score, a share, judgement; a rank
#: and above, “市级以上媒体”, names what is counted)
_NOT_COUNTED_CASES = lazy_compile(r"分|扣|%|‰|比例|酌情|视情况|否则|(?<!级)以上|以下|不足|少于|低于|超过|每|=")


def _each_in_brackets(w: Wording) -> Proposed | None:
    """“每学期有工作方案和工作总结;(每份0.5分,总分2分)”, “示范基地建设1-2个(每个5分)”, “开展主题活动,1次1分”: a
    requirement, then the points of each case of it (in brackets, or a count of one in a clause of its own) and
    perhaps their cap: a formula ``0.5 * a`` over the count of cases, kept within 0～分值. The cap, where said, is the
    分值; a requirement asking for a count (“1-2个”) is read as the cases counted, when that many reach the 分值;
    without either, how many cases reach the 分值 is named to check."""
    t = w.text
    m = _EACH_IN_BRACKETS.match(t) or _ONE_AND_POINTS.match(t)
    # “枕头平整、挺括(每个1分)”: a part's share of a state, lost where it fails; “三杯间距1cm(每个1分)”: each thing held to a
    # state (deduction's readings)
    if not m or held_each(t, w.weight):
        return None
    pts = d(m.group("pts"))
    if pts <= 0 or pts >= w.weight:
        return None
    what = _case_words(m.group("what"))
    aside = _ASIDE.sub("", what)
    # (a period the requirement holds, “每学期…”, is how often it is asked, no case counted)
    if len(aside) < 2 or _NOT_COUNTED_CASES.search(_EVERY_PERIOD.sub("", aside)):
        return None
    doubts: list[str] = []
    cap_words = m.group("cap")
    if m.groupdict().get("each") == "1" and not cap_words:
        return None  # “(1个3分)” alone may be a band of a count; with a cap after it, the points of each
    told = _ALL_TOLD.match(cap_words) if cap_words else None
    if told:  # “(1个3分,共20个,60分)”, “(每个5分,共20分)”: the cases there are, or the points they come to, or both
        n, cap = told.group("n"), told.group("cap")
        if (n and (told.group("unit") != m.group("unit") or d(n) * pts != w.weight)) or (cap and d(cap) != w.weight):
            return None
        doubts.append(f"“{cap_words.strip(',')}”：读作" + (f"共 {n} {m.group('unit')}，" if n else "")
                      + f"累计最多 {number(w.weight)} 分，请核对")
    elif cap_words:
        cap_m = _EARN_CAP.match(cap_words)
        if _capped_at(cap_m, w.weight) != w.weight:
            return None
    asked = [x for x in _COUNT_ASKED.finditer(aside) if x.group("unit") == m.group("unit")]
    if len(asked) > 1 or (asked and d(asked[0].group("n")) * pts != w.weight):
        return None
    if not cap_words and not asked:
        doubts.append(f"未说明最多得分：各项累计超过 {number(w.weight)} 分的按分值计")
    if m.groupdict().get("basis"):  # “(以实地考评及图像证据为准,1项可得2分,…)”: how a case is confirmed, not scored
        doubts.append(f"“{m.group('basis').rstrip(',')}”：作为核实依据，未用于规则")
    unit, noun = m.group("unit"), m.groupdict().get("noun") or ""
    label = what.replace(asked[0].group(0), "") if asked else what
    variables = [{"name": "a", "label": f"{label}（{noun}{unit}数）", "unit": unit}]
    summary = f"公式计分：{label}每{unit}{noun}得 {number(pts)} 分，得分限于 0～分值"
    return Proposed([RULE.item(w.name, w.weight, {"expression": f"{number(pts)} * a", "variables": variables})], summary,
                    tuple(doubts))


# ── proposal: a count required, then points for each case of it ─────────────
#: “党委至少召开2次专题会议;(2分)有1次得1分”, “全年至少开展4次督查,开展1次得1分”: the count required (its points after it,
#: perhaps), then the points of one case
_REQUIRED_COUNT = lazy_compile(r"^(?P<req>[^;\d]*?至少[^;\d]{0,6}?(?P<n>\d+)(?P<unit>次|项|个|篇|场|期|家|人|份|批)[^;\d]*?)"
                             r"[;,]?(?:\((?P<pts>\d+(?:\.\d+)?)分\))?[;,]?"
                             r"(?P<case>(?:有|每)?[^;,\d()]{0,4}?1(?P=unit)|每(?P=unit))的?,?(?:得|计|加)(?P<x>\d+(?:\.\d+)?)分[;,]?$")


def _required_count(w: Wording) -> Proposed | None:
    """“党委至少召开2次专题会议;(2分)有1次得1分”: a count required, then points for each case, the count times the points
    the 分值 (and the points said after the requirement, if any): ``1 * a`` over the number of cases, kept within
    the 分值. Never confidently: that the cases beyond the count earn nothing is read from the 分值."""
    t = w.text
    m = _REQUIRED_COUNT.match(t)
    if not m:
        return None
    n, x = d(m.group("n")), d(m.group("x"))
    if n < 2 or n * x != w.weight or (m.group("pts") and d(m.group("pts")) != w.weight):
        return None
    unit = m.group("unit")
    words = _case_words(m.group("req").replace("至少", "", 1).replace(m.group("n") + unit, "", 1))
    variables = [{"name": "a", "label": f"{words}（{unit}数）", "unit": unit}]
    return Proposed([RULE.item(w.name, w.weight, {"expression": f"{number(x)} * a", "variables": variables})],
                    f"公式计分：每{unit}得 {number(x)} 分，至少 {number(n)} {unit}得满分，得分限于 0～分值",
                    (f"“{m.group('case')}得{m.group('x')}分”：按实际{unit}数计分，{number(n)} {unit}及以上得满分",))


# ── proposal: a count line, then points for each case below it ───────────────
#: what the cases of a count line are counted in
_COUNT_LINE_UNITS = r"次|场|期|篇|份|个|项|块|家|所|件|条|批|本|部|人|名"
#: “全年召开会议少于2次的,扣2分”: the one count line a lone fault falls short of (taken once, the count no cases)
_LONE_LINE = lazy_compile(r"(?:" + "|".join(_SHORT_OF) + r")\d+(?:" + _COUNT_LINE_UNITS + r")")
#: “…;4次以下每次讲座2.5分”, “…;2块以下者每块户外广告5分”, “…;少于4次每次扣1分”: the line again, then the points of a case
#: (earned, or taken off for each case short of the line)
_BELOW_EACH = lazy_compile(r"[;,](?P<below>(?P<cmp>不足|少于|低于|不到|未达到|达不到|未满)?(?P<n>\d+)(?P<unit>" + _COUNT_LINE_UNITS + r")"
                         r"(?P<post>以下|以内)?(?:者|的)?)[,:]?(?:按)?每(?P=unit)(?P<noun>[^\d,;()扣减得计加分]{0,8}?)"
                         r"(?P<verb>扣(?:除|减)?|减|得|计|加)?(?P<x>\d+(?:\.\d+)?)分[;,]?$")
#: the 分值 closing the requirement: “…(10分)”, “…,4分”, “…得10分”
#: (or after a colon: “12人以上:12分;12人以下:每人1分”)
_LINE_HEAD_SCORE = lazy_compile(r"(?:\((?P<a>\d+(?:\.\d+)?)分\)|[,:]?(?:得|计|记)?(?P<b>\d+(?:\.\d+)?)分)$")
#: words that make the requirement more than a thing done so many times
_LINE_HEAD_NOT = lazy_compile(r"分|扣|减|加|%|比例|酌情|视情况|否则|以下|以内|(?<!不)低于|(?<!不)少于|不足|≥|≤|[<>]")


def _count_line_each(w: Wording) -> Proposed | None:
    """“社区健康讲座每年不少于4次(10分);4次以下每次讲座2.5分”, “设置2块及以上户外广告牌(10分);2块以下者每块5分”: a
    requirement of a count on the 分值, then below the count the points of each case, the count times them the 分值:
    ``2.5 * min(a, 4)`` over the number of cases. “…动态,4分;少于4次每次扣1分”: the points of each case short of the
    count taken off, ``max - 1 * max(0, 4 - a)``. Never confidently: a case counted per case (not one situation), and
    the cases short of the line counted from it, are the reading's."""
    t = w.text
    m = _BELOW_EACH.search(t)
    if not m or m.start() == 0 or not (m.group("cmp") or m.group("post")):
        return None  # (the count below the line said: “不足4次”, “4次以下”)
    head = _LINE_HEAD_SCORE.search(t[:m.start()])
    if not head or d(head.group("a") or head.group("b")) != w.weight:
        return None
    words = t[:head.start()]
    n, x, unit = d(m.group("n")), d(m.group("x")), m.group("unit")
    if not words or _LINE_HEAD_NOT.search(words) or n < 2 or not 0 < x <= w.weight:
        return None
    label = _case_words(words)
    line = f"{number(n)}{unit}"
    if m.group("verb") and m.group("verb")[0] in "扣减":
        if not m.group("cmp") or len(label) < 2:
            return None  # “4次以下每次扣1分”: each case held or each case short? not said
        expression = f"max - {number(x)} * max(0, {number(n)} - a)"
        summary = f"公式计分：少于 {line}的，每少 1 {unit}扣 {number(x)} 分，得分限于 0～分值"
        doubt = f"“{m.group('below')}每{unit}扣{m.group('x')}分”：按比 {line}少的{unit}数扣分"
    else:
        stated = re.search(r"(?:不少于|至少|达到|不低于)[^\d,;]{0,4}?" + m.group("n") + unit + r"|" + m.group("n") + unit + r"及?以上",
                           words)
        if not stated or n * x != w.weight or (len(m.group("noun")) > _BARE_NOUN and not m.group("verb")):
            return None
        # the cases counted up to the line (the line times the points of a case is the 分值)
        expression = f"{number(x)} * min(a, {number(n)})"
        summary = f"公式计分：每{unit}得 {number(x)} 分，{line}及以上得满分"
        doubt = f"“{m.group('below')}每{unit}{m.group('noun')}{m.group('x')}分”：按实际{unit}数计分，{line}及以上得满分"
    variables = [{"name": "a", "label": f"{label}（实际{unit}数）", "unit": unit}]
    return Proposed([RULE.item(w.name, w.weight, {"expression": expression, "variables": variables})], summary, (doubt,))


# ── proposal: a cost per case, doubled past a count ─────────────────────────
#: “凡有下列行为之一,每人每次扣1分,累计5次以上每次按双倍扣分”, “迟到早退的每次扣0.5分,超过3次的加倍扣分”: the cost of
#: each case (perhaps per person each time, 每人每次), then each case from a count on (K次以上, 第K次起) or past it
#: (超过K次) costing twice as much
_DOUBLED_PAST = lazy_compile(r"(?:^|[,;:])(?P<what>[^,;:\d]{0,30}?)的?,?每(?:人|名)?(?:每)?(?P<unit>次|人次|起|例|处)(?P<own>[^,;\d]{0,10}?)"
                           r"扣(?:除|减)?(?P<per>" + _N + r")分,(?:(?:累计|全年|当月|每月)?(?P<k>\d+)(?P=unit)(?P<and>及)?以上|"
                           r"(?:累计)?超过(?P<over>\d+)(?P=unit)|第(?P<nth>\d+)(?P=unit)(?:起|开始|以后))的?,?(?:每(?P=unit))?"
                           r"(?:按|则)?(?:双倍|加倍|翻倍)(?:扣分|扣除|扣)(?=[;,.]|$)")
#: the faults listed after the rule (“1、迟到;2、早退;…”): what the count counts
_LISTED_AFTER = lazy_compile(r"^[;.]?(?:\d{1,2}[、.](?!\d)[^;]{1,60}?[;.]){1,12}$")


def _doubled_past_count(w: Wording) -> Proposed | None:
    """“凡有下列行为之一,每人每次扣1分,累计5次以上每次按双倍扣分。1、迟到;2、早退;…”: each case costs its points, each from
    the count on twice as much, down to 0: ``max - 1 * n - 1 * max(0, n + 1 - 5)`` over the cases. Never confidently:
    whether the case at the count (5次以上: the 5th) is doubled already is read (以上 as including it), and so is that
    the count is of all cases together (of the period the table scores)."""
    t = w.text
    m = _DOUBLED_PAST.search(t) if ("倍" in t and "扣" in t) else None
    if not m or not 0 < d(m.group("per")) < w.weight:
        return None
    rest = re.sub(r"^,?(?:扣完为止|直至扣完|扣完即止)", "", t[m.end():])
    if rest.strip(";.") and not _LISTED_AFTER.match(rest):
        return None  # more rules after the doubling: another reading's
    if re.search(r"扣|得|分", rest) or re.search(r"\d|扣|得|分", t[:m.start()]):
        return None
    per, unit = d(m.group("per")), m.group("unit")
    # (the count as the text says it: past K, ``n - K``; from the Kth on, ``n + 1 - K``)
    if m.group("over"):
        k = d(m.group("over"))
        past, said_from = f"n - {number(k)}", f"超过 {number(k)} {unit}的"
    else:
        k = d(m.group("k") or m.group("nth"))
        past, said_from = f"n + 1 - {number(k)}", f"第 {number(k)} {unit}起"
    if k < (1 if m.group("over") else 2):
        return None
    what = (m.group("what") + m.group("own")).strip(",、")
    listed = [re.sub(r"\([^()]*\)?", "", x).strip() for x in re.split(r"[;.]?\d{1,2}[、.](?!\d)", rest) if x.strip(";. ")]
    label = "、".join(x.strip(";.") for x in listed) if listed and re.search(r"下列|以下|如下", what) else what
    label = label[:40] or "扣分情形"
    expression = f"max - {number(per)} * n - {number(per)} * max(0, {past})"
    variables = [{"name": "n", "label": f"{label}（{unit}数）", "unit": unit}]
    doubts = [f"“{t[m.start('per') - 1:m.end()].strip(',;')}”：按每{unit}扣 {number(per)} 分、{said_from}每{unit}扣 "
              f"{number(2 * per)} 分读，所有情形合并计数"]
    if m.group("k") and not m.group("and"):
        doubts.append(f"“{m.group('k')}{unit}以上”：按含第 {m.group('k')} {unit}读（第 {m.group('k')} {unit}即加倍），请核对")
    return Proposed([RULE.item(w.name, w.weight, {"expression": expression, "variables": variables})],
                    f"公式计分：每{unit}扣 {number(per)} 分，{said_from}加倍扣分，扣完为止", tuple(doubts))


# ── proposal: points written as “+N” for each case of a kind, capped ─────────
#: what the cases written with “+N” are counted in
_PLUS_UNITS = r"份|次|篇|个|项|件|人|场|期|节|本|套"
#: “每按时上交计划1份+1”: the first kind of case, its unit and its points
_PLUS_FIRST = lazy_compile(r"^每(?P<words>[^\d,;+()]{1,16}?)1?(?P<unit>" + _PLUS_UNITS + r")\+(?P<x>\d+(?:\.\d+)?)分?$")
#: “,迟交+0.5”: a further kind of case, counted in the same unit
_PLUS_MORE = lazy_compile(r"^(?P<words>[^\d,;+()每]{1,10}?)\+(?P<x>\d+(?:\.\d+)?)分?$")
#: “,最高分4分”, “,本项最高8分”, “,质量高最高分10分” (words before the cap are left to check)
_PLUS_CAP = lazy_compile(r"^(?P<lead>[^\d,;+()]{0,6}?)(?:本项|此项|该项)?(?:最高|最多)(?:分|得|计|加)?(?:不超过)?(?P<cap>\d+(?:\.\d+)?)分"
                       r"(?:为止|封顶)?$")


def _plus_per_case(w: Wording) -> Proposed | None:
    """“每按时上交计划1份+1,迟交+0.5,最高分4分”: points written “+N” for each case of the first kind, then for each case of
    further kinds in the same unit, capped: ``1 * a + 0.5 * b`` over the count of each kind (in the order the text names
    them), kept within 0～分值. Never confidently: that a case counts under one kind only is the reading's."""
    clauses = [x for x in re.split(r"[,;]", w.text) if x]
    first = _PLUS_FIRST.match(clauses[0]) if clauses else None
    if not first:
        return None
    unit = first.group("unit")
    kinds = [(_case_words(first.group("words")), d(first.group("x")))]
    cap = None
    for k, clause in enumerate(clauses[1:], start=1):
        more = _PLUS_MORE.match(clause)
        if more and cap is None:
            kinds.append((_case_words(more.group("words")), d(more.group("x"))))
            continue
        capped = _PLUS_CAP.match(clause)
        if not capped or k != len(clauses) - 1:
            return None
        cap = capped
    if cap is None or d(cap.group("cap")) != w.weight or not all(0 < x <= w.weight and words for words, x in kinds):
        return None
    variables = [{"name": _NAMES[k], "label": f"{words}（{unit}数）", "unit": unit} for k, (words, _) in enumerate(kinds)]
    expression = " + ".join(f"{number(x)} * {_NAMES[k]}" for k, (_, x) in enumerate(kinds))
    said = "；".join(f"{words}每{unit}得 {number(x)} 分" for words, x in kinds)
    doubts = [f"“{'、'.join(words for words, _ in kinds)}”：各按{unit}数分别计，一{unit}只计入一种情形"]
    if cap.group("lead"):
        doubts.append(f"“{cap.group(0)}”：按最高 {number(w.weight)} 分读，“{cap.group('lead')}”未用于规则")
    return Proposed([RULE.item(w.name, w.weight, {"expression": expression, "variables": variables})],
                    f"公式计分：{said}，最高 {number(w.weight)} 分", tuple(doubts))


# ── proposal: points for each year of a span in which a requirement held ─────
#: “近2年,创建地区网上零售额同比增速超过全国网上零售额同比增速;超过1年得1分,共2分”: a requirement for each year of the
#: last N (perhaps after the definition of a rate it names, “…增速=(…)*100%”), then the points of one year it held,
#: and the 分值 said again
_YEARS_EACH = lazy_compile(r"^(?P<defined>(?:[^;]*=[^;]*;)*)近(?P<n>\d+)个?年(?:来|内|中|间)?,?(?P<cond>[^;\d]{4,60});"
                         r"(?:每)?(?:有|超过|达到|实现|完成|满足)?(?:1|一)(?:个)?年(?:的)?,?(?:得|计|加)(?P<x>\d+(?:\.\d+)?)分,?"
                         r"(?:共|最高|最多|满分|合计|共计)(?:得)?(?P<cap>\d+(?:\.\d+)?)分$")


def _years_each(w: Wording) -> Proposed | None:
    """“近2年,A地增速超过全国增速。超过1年得1分,共2分。”: the points for each year of the last N in which the requirement
    held, N times the points making the 分值: ``x * min(a, N)`` over the count of such years. “超过1年得1分” may also be
    read as “more than one year” (one band): always to check; a rate's definition before it is no part of the rule."""
    m = _YEARS_EACH.match(w.text.rstrip(";."))
    if m is None:
        return None
    n, x, cap = d(m.group("n")), d(m.group("x")), d(m.group("cap"))
    if n < 2 or n * x != w.weight or cap != w.weight:
        return None
    cond = m.group("cond").strip(",")
    variables = [{"name": "a", "label": f"近{number(n)}年中{cond[:40]}的年数", "unit": "年"}]
    doubts = [f"“近{number(n)}年…1年得{number(x)}分”：读作每有1年满足要求得 {number(x)} 分，最多计 {number(n)} 年"]
    if m.group("defined"):
        doubts.append(f"“{m.group('defined').rstrip(';')}”：指标定义，未用于规则")
    return Proposed([RULE.item(w.name or cond[:30], w.weight, {"expression": f"{number(x)} * min(a, {number(n)})",
                                                               "variables": variables})],
                    f"公式计分：近 {number(n)} 年中每有 1 年满足要求得 {number(x)} 分", tuple(doubts))


# ── proposal: a rate's shortfall per step beside faults of other kinds ───────
#: “明亮率每降低1个百分点扣0.01分”, “合格人员占规定总人数比例100%起,每降低5%,扣4分”: points off per step a rate falls
#: below its line (the line in the clause, or stated for the same rate elsewhere in the text)
_RATE_STEP = lazy_compile(r"(?:^|(?<=[,;]))(?:" + ORDINAL + r")?(?P<name>[^,;\d%()]{1,16}?(?:率|比例)?)(?:" + _REACHES
                        + r"?(?P<line>\d+(?:\.\d+)?)%起?"
                        # the full marks at the line (“出户率100%得10分,每降低2个百分点…”)
                        r"(?:(?:及以上|以上)?(?:的)?,?(?:(?:得|计|记)满分|(?:得|计|记)(?P<pts>\d+(?:\.\d+)?)分))?)?,?"
                        r"每(?:降低|下降|低于?|减少|少于?)(?P<step>\d+(?:\.\d+)?)(?:%|个百分点),?扣(?P<x>\d+(?:\.\d+)?)分(?=[;,]|$)")


def _rate_line(t: str, name: str) -> re.Match[str] | None:
    """“明亮率≥95%(1分)”: the line stated for the rate ``name`` elsewhere in the text (its points after it, if any)."""
    return re.search(re.escape(name) + _REACHES + r"(?P<line>\d+(?:\.\d+)?)%(?:以上)?(?:\(\d+(?:\.\d+)?分\))?", t)


def _faults_and_rate_step(w: Wording) -> Proposed | None:
    """“…明亮率≥95%(1分)未安装路灯,每发现1条扣0.02分;明亮率每降低1个百分点扣0.01分,直至扣完为止”, “…比例100%起,每降低5%,扣4分;
    技术负责人未具有…的,扣25分”: a rate's shortfall below its line taken off per step, beside faults of other kinds
    (read as ``_faults`` reads them): ``max - 0.02 * a - 0.01 * max(0, 95 - r)`` over the count or 0/1 of each fault and
    the rate in %, in the order the text names them. Never confidently: the rate is entered in %, and a part of a step
    counts in proportion."""
    t = w.text
    steps = list(_RATE_STEP.finditer(t))
    if len(steps) != 1:
        return None
    m = steps[0]
    name, line_text = m.group("name"), m.group("line")
    rest = t[:m.start()] + t[m.end():]
    named = ""  # the line the indicator's name states (“…积极分子占职工总数25%以上”), none in the text
    if line_text is None:
        stated = _rate_line(rest, name)
        if stated is not None:
            line_text = stated.group("line")
            rest = rest[:stated.start()] + rest[stated.end():]
        else:
            line_text = line_in_name(name, w.name)
            if line_text is None:
                return None
            named = f"“{name}”：达标线取自指标名称“{w.name}”中的 {line_text}%"
    elif not RATE_NAME.search(name) and not name.endswith(("率", "比例")):
        return None  # (a line said in the text is a rate's or a share's)
    line, step, x = d(line_text), d(m.group("step")), d(m.group("x"))
    if not 0 < line <= 100 or step <= 0 or not 0 < x <= w.weight or (m.group("pts") and d(m.group("pts")) != w.weight):
        return None
    rest = re.sub(r"[,;]{2,}", ";", rest).strip(",;")
    if not _FAULT_DEDUCTS.search(rest):
        return None  # the rate alone: a 达标线
    faults = _faults(replace(w, text=rest), gated=True)
    if faults is None:
        return None
    params = faults.items[0]["params"]
    expression = str(params["expression"])
    if not expression.startswith("max - ") or re.search(r"\br\b", expression):
        return None
    variables = list(params["variables"])
    before = sum(1 for f in _FAULT_DEDUCTS.finditer(t) if f.start() < m.start())
    variables.insert(min(before, len(variables)), {"name": "r", "label": f"{_case_words(name)}（%）", "unit": "%"})
    per_point = x / step
    if per_point == per_point.quantize(Decimal("0.0001")):
        expression += f" - {number(per_point)} * max(0, {number(line)} - r)"
    else:  # “每少3%扣0.5分”: a cost per point with no end, written as the step's cost over the step
        expression += f" - {number(x)} * max(0, {number(line)} - r) / {number(step)}"
    summary = faults.summary.replace("，得分限于 0～分值", "") + f"；{name}低于 {number(line)}% 的，每低 {number(step)} 个百分点扣 {number(x)} 分，得分限于 0～分值"
    doubts = [*(faults.doubts or ()), f"“{m.group(0)}”：{name}按百分数录入，低于 {number(line)}% 的部分按比例扣分",
              *([named] if named else [])]
    return Proposed([RULE.item(w.name, w.weight, {"expression": expression, "variables": variables})], summary, tuple(doubts))


# ── proposal: rates listed, each losing points per step below its line ─────────
def _rates_each_step(w: Wording) -> Proposed | None:
    """“知晓率、满意率每低1个百分点各扣0.5分,扣完为止”, “A率、B率、C率达100%得满分,每项每低1个百分点扣0.2分”: each rate
    listed loses the points per step below the line (100% when none is said), as ``max - 0.5 * (100 - min(100, a))
    - 0.5 * (100 - min(100, b))`` over each rate in %, in the order the text lists them. Never confidently: the rates
    are entered in %, a part of a step counts in proportion, and words around the list are the evaluator's to read."""
    m = rates_each_step(w.text)
    if m is None:
        return None
    names = m.group("list").split("、")
    line = d(m.group("line") or "100")
    step, x = d(m.group("step")), d(m.group("x"))
    if not 0 < line <= 100 or step <= 0 or not 0 < x <= w.weight or len(names) > len(_NAMES):
        return None
    if m.group("pts") and d(m.group("pts")) != w.weight:
        return None
    short = f"({number(line)} - min({number(line)}, {{}}))" + (f" / {number(step)}" if step != 1 else "")
    per = "" if x == 1 else f"{number(x)} * "
    variables = [{"name": _NAMES[k], "label": f"{_case_words(n)}（%）", "unit": "%"} for k, n in enumerate(names)]
    expression = "max - " + " - ".join(per + short.format(v["name"]) for v in variables)
    said_step = f"每{' ' + number(step) + ' 个' if step != 1 else '个'}百分点"
    summary = (f"公式计分：{'、'.join(names)}各自低于 {number(line)}% 的{said_step}扣 {number(x)} 分"
               + ("，扣完为止" if STOP_AT_ZERO.search(w.text) else "") + "，得分限于 0～分值")
    doubts = [f"“{m.group(0)}”：各率按百分数录入，低于 {number(line)}% 的部分按比例扣分"]
    if not m.group("line"):
        doubts.append(f"“{m.group('list')}”：未说明达标线，按 100% 计")
    return Proposed([RULE.item(w.name, w.weight, {"expression": expression, "variables": variables})], summary,
                    tuple(doubts))


# ── proposal: rates each with its own line, then each one's step below it ──────
#: an optional heading with its points (“高危人群干预(0.2分):”)
_HEAD_POINTS = lazy_compile(r"^[^,;:\d]{0,20}?(?:\((?P<pts>" + _N + r")分\))?:")
#: “暗娼干预比例不低于70%”: a rate and its line
_OWN_LINE = lazy_compile(r"(?P<what>[^,;:\d%]{2,16}?)(?:不低于|不少于|≥|达到|达)(?P<line>" + _N + r")%(?:及以上|以上)?")
#: “暗娼干预每降低7%扣0.01分”: a rate (named again, shortened or not) and its step
_OWN_STEP = lazy_compile(r"(?P<what>[^,;:\d%]{2,16}?)每(?:降低|下降|减少|低)(?P<step>" + _N + r")(?:%|个百分点),?(?:扣|减)(?P<x>"
                        + _N + r")分")


def _lines_each_step(w: Wording) -> Proposed | None:
    """“暗娼干预比例不低于70%,MSM人群干预比例不低于50%。暗娼干预每降低7%扣0.01分;MSM干预每降低5%扣0.01分”: two or more rates,
    each its own line, then each its own step below it, in the same order, as ``max - 0.01 * max(0, 70 - a) / 7 - …``
    over each rate in %. Each step must name its rate again (two characters in common). Never confidently: the rates are
    entered in %, a part of a step counts in proportion."""
    t = w.text.rstrip(";")
    head = _HEAD_POINTS.match(t)
    if head and head.group("pts") and d(head.group("pts")) != w.weight:
        return None
    clauses = re.split(r"[,;]", t[head.end():] if head else t)
    lines = [_OWN_LINE.fullmatch(c) for c in clauses]
    n = len(clauses) // 2
    steps = [_OWN_STEP.fullmatch(c) for c in clauses[n:]]
    if n < 2 or len(clauses) != 2 * n or n > len(_NAMES) or not all(lines[:n]) or not all(steps):
        return None
    parts, variables, said = [], [], []
    for k, (line, step) in enumerate(zip(lines[:n], steps)):
        assert line is not None and step is not None
        what, again = line.group("what"), step.group("what")
        if not any(again[i:i + 2] in what for i in range(len(again) - 1)):
            return None  # the step names another rate
        at, size, x = d(line.group("line")), d(step.group("step")), d(step.group("x"))
        if not 0 < at <= 100 or size <= 0 or not 0 < x <= w.weight:
            return None
        name = _NAMES[k]
        parts.append(f"{number(x)} * max(0, {number(at)} - {name}) / {number(size)}")
        variables.append({"name": name, "label": f"{_case_words(what)}（%）", "unit": "%"})
        said.append(f"{what}低于 {number(at)}% 的每 {number(size)} 个百分点扣 {number(x)} 分")
    summary = "公式计分：" + "；".join(said) + "，得分限于 0～分值"
    doubts = ("“" + "”“".join(c for c in clauses) + "”：各率按百分数录入，低于达标线的部分按比例扣分",)
    return Proposed([RULE.item(w.name, w.weight, {"expression": "max - " + " - ".join(parts), "variables": variables})],
                    summary, doubts)


# ── proposal: a line and a step per kind of unit assessed ──────────────────────────────────────────
#: the kinds of unit an assessment sets lines for (“各区”, “各开发区”, “县(市、区)”, “市直各部门”, “城区学校”)
_UNIT_KIND = r"(?:开发区|园区|城区|区|县|市|乡镇|乡|镇|街道|部门|单位|学校|医院|村|社区)"
_KIND_COUNT_UNITS = _COUNT_LINE_UNITS + r"|户|%"
#: “各区每年推荐…先进典型不少于10人,每少1人扣0.5分”: a kind of unit, the count it must reach, the points per step short
_KIND_LINE = lazy_compile(r"(?P<kind>各?[\u4e00-\u9fff]{0,4}" + _UNIT_KIND + r"(?:\([^()]{1,8}\))?)(?!级)(?P<what>[^,;\d]{2,40}?)"
                        r"(?P<cmp>不少于|不低于|至少|达到)(?P<n>\d+(?:\.\d+)?)(?P<u>" + _KIND_COUNT_UNITS + r"),?每(?:少|减少|低于|低|差)"
                        r"(?P<s>\d+(?:\.\d+)?)?(?P<su>个百分点|" + _KIND_COUNT_UNITS + r")?,?(?:扣|减)(?P<x>" + _N + r")分")


def _without_closing_stop(t: str) -> str:
    """The text without the stop closing it (“…,扣完为止”): it says no more than the 0 a formula's score is held to."""
    return re.sub(r"[,;]?(?:" + STOP_AT_ZERO.pattern + r")$", "", t.rstrip(";"))


def _kind_lines(t: str) -> tuple[re.Match[str], re.Match[str]] | None:
    """The two clauses of a line per kind of unit (``_KIND_LINE``), or None where the text is not two such clauses."""
    clauses = _without_closing_stop(t).split(";")
    found = [m for c in clauses if (m := _KIND_LINE.fullmatch(c))]
    return (found[0], found[1]) if len(clauses) == 2 and len(found) == 2 else None


def _line_per_kind(w: Wording) -> Proposed | None:
    """“各区每年推荐…先进典型不少于10人,每少1人扣0.5分;各开发区每年推荐…不少于4人,每少1人扣1.25分”: two kinds of unit,
    each its own line and its own cost per step short of it, of one count: ``k * (max - 0.5 * max(0, 10 - n)) + (1 - k)
    * (max - 1.25 * max(0, 4 - n))`` over ``k`` (1 for a unit of the first kind, 0 for the second) and the count. Never
    confidently: which kind the unit is, is the evaluator's to say."""
    found = _kind_lines(w.text)
    if found is None:
        return None
    first, second = found
    kinds = [m.group("kind").removeprefix("各") for m in (first, second)]
    whats = sorted((m.group("what") for m in (first, second)), key=len)
    unit = first.group("u")
    if kinds[0] == kinds[1] or second.group("u") != unit or whats[0][-2:] not in whats[1]:
        return None  # one kind twice, or two things counted: no one count of one line per kind
    parts, said = [], []
    for m in (first, second):
        step_unit = m.group("su") or unit
        if step_unit != unit and not (unit == "%" and step_unit == "个百分点"):
            return None
        line, step, x = d(m.group("n")), d(m.group("s") or "1"), d(m.group("x"))
        if not 0 < x <= w.weight or step <= 0 or line <= 0:
            return None
        per = f" / {number(step)}" if step != 1 else ""
        parts.append(f"(max - {number(x)} * max(0, {number(line)} - n){per})")
        said.append(f"{m.group('kind')}{m.group('what')}{m.group('cmp')} {number(line)}{unit}，每少 {number(step)}{unit}扣 {number(x)} 分")
    expression = f"k * {parts[0]} + (1 - k) * {parts[1]}"
    variables = [{"name": "k", "label": f"被考核单位是{kinds[0]}（是1，{kinds[1]}0）", "unit": ""},
                 {"name": "n", "label": f"{_case_words(whats[0])}（{unit}）", "unit": unit}]
    doubts = [f"“{first.group('kind')}”“{second.group('kind')}”：按被考核单位属哪一类取其达标线和扣分（{kinds[0]}=1，{kinds[1]}=0）"]
    if whats[0] != whats[1]:
        doubts.append(f"“{whats[0]}”“{whats[1]}”：两类单位所计的事项写法不同，按同一数量录入")
    return Proposed([RULE.item(w.name, w.weight, {"expression": expression, "variables": variables})],
                    "公式计分：" + "；".join(said) + "，得分限于 0～分值", tuple(doubts))


# ── proposal: a table's rows, each indicator with its target and its step ─────────────────────────────
#: what costs as it rises, whatever the word of its step (“故障率”, “告警量”, “投诉率”)
_WORSE_AS_MORE = lazy_compile(r"故障|告警|投诉|差错|事故|漏损|损耗|超时|延误|退服|掉线|不合格|违章|违规|差评")
#: what is better as it rises: a step up costing points would contradict it
_BETTER_AS_MORE = lazy_compile(r"完好|完成|合格|及时|达标|满意|覆盖|到位|准确|正确|知晓|亮灯|接通|成功")
_ROW_DOWN = ("劣化", "降低", "下降", "降", "减少", "低于", "低")
#: “1 小区完好率 99.90%(或考核指标) 每劣化0.01%扣0.1分” (its spaces gone): a row's number, what it measures, its target
#: (asides after it: another figure, another source of the target), its step in % and the points per step
_TARGET_ROW = lazy_compile(r"(?:" + ORDINAL + r"|\d{1,2}(?=[\u4e00-\u9fff]))?(?P<what>[\u4e00-\u9fff]{2,20}?)"
                         r"(?:≥|≤|不低于|不高于|不超过|达到|为)?(?P<line>\d+(?:\.\d+)?)(?P<u>%)?"
                         r"(?P<aside>(?:\([^()]*\)|/\d+(?:\.\d+)?)*),?每(?P<dir>" + "|".join(_ROW_DOWN)
                         + r"|增加|增长|上升|提高|超过|超出|超|高于|高)(?P<step>\d+(?:\.\d+)?)(?:%|个百分点)(?P<band>档次)?,?"
                         r"扣(?P<x>" + _N + r")分")


def _target_rows(w: Wording) -> Proposed | None:
    """“1 小区完好率 99.90% 每劣化0.01%扣0.1分 2 巡检完成率 98% 每降5%档次扣0.5分 … 5 空调设备故障 5% 每增加0.5%扣0.2分”:
    a table's rows joined, each an indicator with its target and its points per step past it — below it, or above it
    where more is worse (故障, 告警, 投诉 …, whatever the step's word) — as ``max - 10 * max(0, 99.9 - a) - …`` over each
    indicator in %, in the order of the rows; a target that is a count with a step in % is passed by the share entered.
    Never confidently: the rates are entered in %, a part of a step counts in proportion."""
    t = _without_closing_stop(w.text)
    if _kind_lines(t):
        return None  # a line per kind of unit: one count, not two indicators
    rows, at = [], 0
    while at < len(t):
        m = _TARGET_ROW.match(t, at)
        if m is None:
            return None
        rows.append(m)
        at = m.end()
        while at < len(t) and t[at] in ",;":
            at += 1
    if not 2 <= len(rows) <= len(_NAMES):
        return None
    parts, variables, said = [], [], []
    doubts = ["各指标按百分数录入，偏离指标值的部分按比例扣分，得分限于 0～分值"]
    for k, m in enumerate(rows):
        what, name = m.group("what"), _NAMES[k]
        line, step, x = d(m.group("line")), d(m.group("step")), d(m.group("x"))
        worse, down = _WORSE_AS_MORE.search(what), m.group("dir") in _ROW_DOWN
        if step <= 0 or not 0 < x <= w.weight or (not worse and not down and _BETTER_AS_MORE.search(what)):
            return None
        above = bool(worse) or not down
        if worse and down:
            doubts.append(f"“{what}…每{m.group('dir')}”：{what}越高越差，按超出指标值扣分读")
        per = f"{number(x)} * " if x != 1 else ""
        by = f" / {number(step)}" if step != 1 else ""
        side = "超出" if above else "低于"
        if m.group("u"):
            if line > 100:
                return None
            gap = f"{name} - {number(line)}" if above else f"{number(line)} - {name}"
            variables.append({"name": name, "label": f"{_case_words(what)}（%）", "unit": "%"})
        else:  # a count as the target, its step in %: the share it is passed by
            gap = name
            variables.append({"name": name, "label": f"{_case_words(what)}{side}指标值的百分比", "unit": "%"})
            doubts.append(f"“{what}{m.group('line')}”：指标值是数量，按{side}指标值的百分比录入")
        if m.group("aside"):
            doubts.append(f"“{m.group('aside')}”：按所写的指标值{number(line)}读")
        if m.group("band"):
            doubts.append(f"“每{m.group('dir')}{m.group('step')}%档次”：按比例扣分读，不足一档是否扣分未说明")
        parts.append(f"{per}max(0, {gap}){by}")
        said.append(f"{what}{side} {number(line)}{m.group('u') or ''} 的每 {number(step)} 个百分点扣 {number(x)} 分")
    return Proposed([RULE.item(w.name, w.weight, {"expression": "max - " + " - ".join(parts), "variables": variables})],
                    "公式计分：" + "；".join(said) + "，得分限于 0～分值", tuple(doubts))


# ── proposal: points added per step past the target and taken per step short of it, each capped ──────
#: “完成值每超过目标值3%,加1分,最多加6分;完成值每低于目标值3%,扣1分,最多扣6分”: the base unsaid, the 分值 less what may be added
_PAST_AND_SHORT = lazy_compile(r"(?P<what>[^,;\d]{0,8}?)每(?:超过|超出|高于)(?P<ref>目标值|目标|计划值|计划|任务)(?P<su>" + _N + r")%,?"
                             r"(?:加|增加)(?P<xu>" + _N + r")分,?(?:最多|最高)加(?P<mu>" + _N + r")分[,;](?P=what)每(?:低于|少于)(?P=ref)"
                             r"(?P<sd>" + _N + r")%,?(?:扣|减)(?P<xd>" + _N + r")分(?:,?(?:最多|最高)扣(?P<md>" + _N + r")分)?")


def _past_and_short_of_target(w: Wording) -> Proposed | None:
    """“完成值每超过目标值3%,加1分,最多加6分;完成值每低于目标值3%,扣1分,最多扣6分” on 36: the 分值 less the most added (30)
    at the target, points added per step past it and taken per step short of it, each up to its cap, as
    ``30 + min(6, 1 * u / 3) - min(6, 1 * d / 3)`` over how far past (u) and short of (d) the target the value is, in %.
    Never confidently: the base at the target is read, not said, and a part of a step counts in proportion."""
    m = _PAST_AND_SHORT.search(w.text)
    if m is None:
        return None
    su, xu, mu, sd, xd = (d(m.group(g)) for g in ("su", "xu", "mu", "sd", "xd"))
    md = d(m.group("md")) if m.group("md") else None
    base = w.weight - mu
    if min(su, xu, sd, xd) <= 0 or not 0 < mu < w.weight or (md is not None and not 0 < md <= base):
        return None
    what, ref = _case_words(m.group("what")) or "完成值", m.group("ref")
    short = f"{number(xd)} * d / {number(sd)}"
    expression = f"{number(base)} + min({number(mu)}, {number(xu)} * u / {number(su)}) - " + (
        f"min({number(md)}, {short})" if md is not None else short)
    variables = [{"name": "u", "label": f"{what}超过{ref}的幅度（%，未超过填0）", "unit": "%"},
                 {"name": "d", "label": f"{what}低于{ref}的幅度（%，未低于填0）", "unit": "%"}]
    summary = (f"公式计分：达到{ref}得 {number(base)} 分，每超过 {number(su)}% 加 {number(xu)} 分（最多加 {number(mu)} 分），"
               f"每低于 {number(sd)}% 扣 {number(xd)} 分" + (f"（最多扣 {number(md)} 分）" if md is not None else "")
               + "，得分限于 0～分值")
    doubts = (f"达到{ref}得 {number(base)} 分：未写明，按分值 {number(w.weight)} 分减最多加分 {number(mu)} 分读",
              f"“{m.group(0)}”：按超过、低于{ref}的幅度分别录入，二者只有一个不为 0，不足一档的部分按比例计")
    return Proposed([RULE.item(w.name, w.weight, {"expression": expression, "variables": variables})], summary, doubts)


# ── proposal: points for the first case, then more for each further case, capped ──────
_FIRST_UNITS = r"名|人|个|项|家|次|篇|处|所|支|件|份|位|部|台|套"
#: “第1个案例须为省级,…”, “首个…”, “除第1项外”: one case named by its place; “在2个的基础上每…”: a count the cases are
#: counted past — said of the cases earning their points (``_earned``), which of them count is not plain
_ONE_BY_PLACE = lazy_compile(r"(?:第\d+|首)(?P<unit>" + _FIRST_UNITS + r")|在\d+(?P<unit2>" + _FIRST_UNITS + r")的?基础上")
#: the points of the first case: “(5分)” after it, or “得5分” (“得分5分”)
_FIRST_POINTS = r"(?:\((?P<n1>" + _N + r")分\)|,?(?:得|计|记)(?:分)?(?P<n2>" + _N + r")分)"
#: “配备专职工作人员1名(5分),每增加1人加1分,加满5分为止”, “有1个得3分,每增加1个加1分,最高10分”, “第1个得1分,每多1个再得1分,
#: 以此类推,最多5分”, “…审查过…规范性文件的,得1分,每多办理1件得分1分,以此类推,总分值20分”: the first case and its points
#: (a case of one, the first named, or a deed done closed by 的), each case more and its points, so on, the cap of what is
#: added or of the whole
_FIRST_THEN_EACH = lazy_compile(r"^(?:(?P<req>(?:[^;\d]|\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?){1,60}?)(?<!第)1(?P<unit>" + _FIRST_UNITS + r")"
                              r"(?:(?P<noun0>[^\d,;()得计记每]{1,12}?)的(?=得|计|记))?"
                              r"|(?P<lead>[^;\d]{0,30}?)(?:第1|首)(?P<unit1>" + _FIRST_UNITS + r")(?P<noun>[^\d,;()得计记]{0,8}?)"
                              r"|(?P<deed>(?:[^;\d]|\d+(?=年|个月|月|日|天)){4,60}?)的(?=,))" + _FIRST_POINTS
                              + r"[,;](?:在此基础上|在此基础上,|此外,?)?每(?:再增加|另增加|增加|新增|多)(?P<verb>[^\d,;]{0,4}?)1?(?P<unit2>" + _FIRST_UNITS + r")"
                              r"[^\d,;]{0,6}?(?:再得|再加|加计|加|得分|得|计|记)(?P<x>" + _N + r")分[,;]"
                              r"(?:(?:以此类推|依此类推|依次类推)[,;])?"
                              r"(?P<word>加满|加至|(?:最多|最高|累计)加(?:分)?(?:不超过)?|加分不超过|满分|" + _CAP_SAID + r")"
                              r"(?P<m>" + _N + r")分(?:为止|封顶)?;?$")
#: a deed closed by 的 that is a line to reach, not a first case (“完成目标任务的得8分,每多完成1个…”: the cases past a target)
_LINE_DEED = lazy_compile(r"完成|达到|达标|合格|符合|满足|通过|目标|任务|要求|标准|计划|规定|基础|以上|不少于|不低于|超过|满")


def _first_then_each(w: Wording) -> Proposed | None:
    """“配备专职工作人员1名(5分),每增加1人加1分,加满5分为止”: points for the first case, more for each further case up to a
    cap of what is added, the two the 分值: ``5 * min(a, 1) + min(5, 1 * max(a - 1, 0))`` over the number of cases. The
    cap may be of the whole, the 分值 (“有1个得3分,每增加1个加1分,最高10分”: ``3 * min(a, 1) + 1 * max(a - 1, 0)``, the
    engine keeping it within 0～分值); the first case may be named (“第1个”, “首个”) or be a deed done (“审查过…文件的,得1分,
    每多办理1件得分1分”), never a line to reach (“完成目标任务的得8分,每多完成1个…”, “50人的得2分”: a figure). Never
    confidently: that no case scores nothing is read from the first case's points."""
    m = _FIRST_THEN_EACH.match(w.text)
    if not m:
        return None
    deed = m.group("deed")
    if deed is not None and (_LINE_DEED.search(deed) or _LINE_DEED.search(m.group("verb"))):
        return None
    first, x, cap = d(m.group("n1") or m.group("n2")), d(m.group("x")), d(m.group("m"))
    unit = m.group("unit") or m.group("unit1") or m.group("unit2")
    if first <= 0 or not 0 < x <= w.weight or first > w.weight:
        return None
    added = m.group("word").startswith(("加满", "累计加", "加分")) or re.match("(?:最多|最高)加", m.group("word"))
    if first + cap == w.weight and cap != w.weight:  # the cap of what is added, the first case's points the rest
        expression = f"{number(first)} * min(a, 1) + min({number(cap)}, {number(x)} * max(a - 1, 0))"
        said = f"最多加 {number(cap)} 分"
    elif cap == w.weight and not added:  # the cap of the whole score
        expression = f"{number(first)} * min(a, 1) + {number(x)} * max(a - 1, 0)"
        said = f"最多 {number(cap)} 分"
    else:
        return None
    what = (f"{m.group('req')}{m.group('noun0') or ''}" if m.group("req") else "") or f"{m.group('lead') or ''}{m.group('noun') or ''}" or deed or ""
    doubt = "没有的不得分，按" + unit + "数计分" + ("（第 1 " + unit + "即所述情形）" if deed is not None else "")
    variables = [{"name": "a", "label": f"{_case_words(what) or '情形'}（{unit}数）", "unit": unit}]
    return Proposed([RULE.item(w.name, w.weight, {"expression": expression, "variables": variables})],
                    f"公式计分：第 1 {unit}得 {number(first)} 分，此后每{unit}加 {number(x)} 分，{said}",
                    (f"“{w.text.rstrip(';')}”：{doubt}",))


# ── proposal: faults listed, each counted, their amounts in turn ──────
#: “迟到、早退的,每次分别扣1分、0.5分”: faults listed, then each case of them costing its own amount, in the list's order
_FAULTS_IN_TURN = lazy_compile(r"^(?P<list>[^;,\d]{2,80}?)的?,?(?P<each>每(?:次|起|人次|人|项|处|例|件|个))" + r"(?P<amts>"
                             + deduction_rule.AMOUNTS_IN_TURN.pattern + r")(?P<stop>,?扣完为止)?[;。]?$")


def _faults_in_turn(w: Wording) -> Proposed | None:
    """“迟到、早退的,每次分别扣1分、0.5分”: the faults listed each counted, each case costing the amount in its place,
    read as the faults one by one (“迟到每次扣1分,早退每次扣0.5分”: ``_faults``). Words before the list (“中央、省级交办的…
    当事人去京上访、赴沪滋事的”, a modifier closed by 的) open the first fault; which words are the faults is read from the
    count of amounts: to check. Kinds of one fault, its words shared after the last (“在安全、质量、进度方面被通报的”),
    are none. The list may be one sentence among others deducting each their own (“…每例扣2分;因…调处不及时,发生治安
    案件、刑事案件的,每件分别扣2分、3分”), a clause of how the cases came about before it (“因…不及时,”) opening the
    first fault."""
    if "分别" not in w.text:
        return None
    sentences = w.text.split(";")
    listed: list[tuple[str, str]] = []
    for k, sentence in enumerate(sentences):
        m = _FAULTS_IN_TURN.match(sentence) if "分别" in sentence else None
        if m is None and "分别" in sentence and len(sentences) > 1:
            m = _LED_FAULTS_IN_TURN.match(sentence)
        if m is None:
            continue
        unfolded = _unfolded(m)
        if unfolded is None:
            return None
        sentences[k] = unfolded
        listed.append((m.group("list"), m.group("amts")))
    if not listed or (len(sentences) > 1 and not all(_FAULT_DEDUCTS.search(x) for x in sentences if x)):
        return None
    found = _faults(replace(w, text=";".join(sentences)))
    if found is None:
        return None
    return found.doubted(*(f"“{a}”与“{b}”：按所列各项依次对应扣分读" for a, b in listed))


#: such a list after a clause of how its cases came about, among other sentences: “因矛盾纠纷调处不及时,发生治安案件、
#: 刑事案件的,每件分别扣2分、3分”
_LED_FAULTS_IN_TURN = lazy_compile(r"^(?P<lead>[^;,\d]{2,30},)" + _FAULTS_IN_TURN.pattern[1:])


def _unfolded(m: re.Match[str]) -> str | None:
    """The list of ``_FAULTS_IN_TURN`` written as its faults one by one, each with its amount, or None where the list is
    no faults in turn."""
    amounts = re.findall(_N, m.group("amts"))
    parts = m.group("list").split("、")
    if len(amounts) < 2 or len(parts) < len(amounts):
        return None
    if len(parts) > len(amounts) and "的" not in parts[len(parts) - len(amounts)]:
        return None  # “被县、市、省通报的,每次分别扣1分、2分”: more listed than amounts, the list no modifier of the first
    faults = ["、".join(parts[:len(parts) - len(amounts) + 1]), *parts[len(parts) - len(amounts) + 1:]]
    if any(len(f) < 2 for f in faults):
        return None
    if all(len(f) <= 3 for f in faults[:-1]) and len(faults[-1]) > max(len(f) for f in faults[:-1]) + 1:
        return None  # “在安全、质量、进度方面被通报的”: kinds (or levels) of one fault, its words shared after the last
    each = m.group("each")
    lead = m.groupdict().get("lead") or ""
    return lead + ";".join(f"{f}{each}扣{a}分" for f, a in zip(faults, amounts)) + ("扣完为止" if m.group("stop") else "")


#: “涉及甲类/乙类火灾危险性类别厂房…的,每涉及1处扣1/0.5分”: two kinds of one fault set apart by a slash, then the
#: amounts of each case set apart alike, in the same order
_KINDS_SLASHED = lazy_compile(r"^(?P<pre>[^;,/\d]{0,12}?)(?P<a>[\u4e00-\u9fff\d])(?P<k>类|级|等)/(?P<b>[\u4e00-\u9fff\d])(?P=k)"
                            r"(?P<post>[^;/\d]{2,40}?)的?,?(?P<each>每[\u4e00-\u9fff]{0,4}?1?(?:处|个|次|项|起|例|件|家))"
                            r"扣(?P<x>" + _N + r")/(?P<y>" + _N + r")分(?P<stop>,?扣完为止)?[;。]?$")


def _kinds_slashed(w: Wording) -> Proposed | None:
    """``_KINDS_SLASHED``: the kinds read one by one, each case of each costing the amount in its place (“涉及甲类…每涉及1处
    扣1分;涉及乙类…每涉及1处扣0.5分”: ``_faults``); to check (which amount goes with which kind is read from the order)."""
    m = _KINDS_SLASHED.match(w.text) if "/" in w.text else None
    if m is None or d(m.group("x")) == d(m.group("y")):
        return None
    kinds = [f"{m.group('pre')}{m.group(x)}{m.group('k')}{m.group('post')}" for x in ("a", "b")]
    unfolded = ";".join(f"{k}的,{m.group('each')}扣{a}分" for k, a in zip(kinds, (m.group("x"), m.group("y"))))
    found = _faults(replace(w, text=unfolded + ("扣完为止" if m.group("stop") else "")))
    if found is None:
        return None
    said = f"{m.group('a')}{m.group('k')}/{m.group('b')}{m.group('k')}"
    return found.doubted(f"“{said}”与“{m.group('x')}/{m.group('y')}分”：按斜线前后依次对应扣分读")


# ── proposal: a figure compared with a reference of others named in words, points off per step past it ──────
#: “…占比与全省三年平均比例数相比,每超过0.1个百分点扣2分”, “本地满意度与全市平均水平相比,每降低1个百分点扣1分”: a
#: figure set against a value of others the text names but does not give (the province's, an average), each step of
#: percentage points past it (or short of it) costing the points
_AGAINST_REFERENCE = lazy_compile(r"^(?P<what>[^;]{2,80}?)(?:与|同)(?P<ref>[^,;与]{2,40}?)(?:相比|比较|对比)(?:后)?,?每(?P<dir>超过|超出|高于|高|上升|增加|增长|"
                                r"降低|下降|低于|低|减少|少)(?P<n>" + _N + r")个百分点,?扣(?P<m>" + _N + r")分(?P<stop>,?扣完为止)?[;。]?$")
#: the reference is others' figure: the province's, the city's, an average, a standard (never last year's own)
_OTHERS_FIGURE = lazy_compile(r"全国|全省|全市|全区|全县|全州|平均|均值|同类|同行业")
_OVER_WORDS = ("超过", "超出", "高于", "高", "上升", "增加", "增长")


def _against_reference(w: Wording) -> Proposed | None:
    """“七类案件占比与全省三年平均比例数相比,每超过0.1个百分点扣2分”: a figure set against another's the text names but
    does not give, each step of percentage points past it costing the points, as ``max - max(0, p - q) / 0.1 * 2`` over
    the figure ``p`` and the reference ``q``, both entered (short of it: ``max(0, q - p)``). Never sure: the reference is
    the evaluator's to find, and a part of a step counts in proportion (the text does not say)."""
    m = _AGAINST_REFERENCE.match(w.text) if "相比" in w.text or "比较" in w.text or "对比" in w.text else None
    if m is None or not _OTHERS_FIGURE.search(m.group("ref")) or re.search(_LAST_YEAR, m.group("ref")):
        return None
    n, per = d(m.group("n")), d(m.group("m"))
    if n <= 0 or not 0 < per < w.weight:
        return None
    what = _case_words(m.group("what").rstrip(","))
    ref = m.group("ref").strip()
    if len(what) < 2 or _SCORE_SAID.search(what):
        return None
    over = m.group("dir") in _OVER_WORDS
    short = "max(0, p - q)" if over else "max(0, q - p)"
    cost = short if n == 1 and per == 1 else f"{short} * {number(per)}" if n == 1 else f"{short} / {number(n)} * {number(per)}"
    variables = [{"name": "p", "label": f"{what}（%）", "unit": "%"}, {"name": "q", "label": f"{ref}（%）", "unit": "%"}]
    side = "高于" if over else "低于"
    doubts = (f"“{ref}”：评分标准未给出其数值，按实际录入；{side}它不足 {number(n)} 个百分点的部分按比例扣分，请核对",)
    return Proposed([RULE.item(w.name, w.weight, {"expression": f"max - {cost}", "variables": variables})],
                    f"公式计分：{what}{side}{ref}每 {number(n)} 个百分点扣 {number(per)} 分", doubts)


_SCORE_SAID = lazy_compile(r"分|扣|得|加")


# ── proposal: points for each step of change against last year or a base year ─────
#: “比上年每降低1%加0.2分,最高10分”, “较上年每提高1个百分点加0.5分,满分5分”, “单位能耗较基准年每下降1个百分点加1分”: the
#: points of each step of change from last year's (or a base year's) figure, up to a cap
CHANGE_EACH_STEP = lazy_compile(
    r"^(?P<what>[^,;\d]{0,20}?)(?P<base>较|比|与)(?P<ref>上年度?|上一年度?|去年|基准年|基期年?|上年同期|去年同期)(?:相比)?,?"
    r"每(?P<dir>增加|提高|增长|上升|降低|下降|减少)(?P<step>\d+(?:\.\d+)?)(?P<u>%|个百分点)的?,?(?:加|得|计)(?P<x>\d+(?:\.\d+)?)分"
    r"(?:[,;](?:最高|满分|最多|最高不超过|最多不超过)(?:得|为|加)?(?P<cap>\d+(?:\.\d+)?)分|[,;](?P<cap2>\d+(?:\.\d+)?)分封顶)?[;。.]?$")


def _change_each_step(w: Wording) -> Proposed | None:
    """“比上年每降低1%加0.2分,最高10分”: the change from the base year's figure in the text's unit, its steps each earning
    the points, at most the cap (the 分值 when none is said, to check): ``min(cap, 0.2 * a)``, kept within 0～分值
    (a change the other way earns nothing)."""
    m = CHANGE_EACH_STEP.match(w.text)
    if not m:
        return None
    step, x = d(m.group("step")), d(m.group("x"))
    cap_said = m.group("cap") or m.group("cap2")
    cap = d(cap_said) if cap_said else w.weight
    doubts: tuple[str, ...] = () if cap_said else (f"未说明最多得分：累计超过 {number(w.weight)} 分的按分值计",)
    if cap > w.weight:  # “最高12分” of a row of 10: the row's 分值 the cap (to check)
        doubts, cap = (f"“{cap_said}分”：超过本项分值，按分值 {number(w.weight)} 分封顶",), w.weight
    if step <= 0 or x <= 0 or x > cap:
        return None
    points = m.group("u") == "个百分点"
    what = m.group("what") + m.group("base") + m.group("ref") + m.group("dir")
    if not points:  # “每增长1%”: a change in %, of an amount or of a rate (its points): entered as the change's figure
        doubts += (f"“每{m.group('dir')}{m.group('step')}%”：按{what}的幅度（百分点）录入，请核对",)
    if step != 1:
        # “每降低2个百分点加1分”: whether 3 points earn 1.5 (in proportion) or 1 (whole steps) is unsaid
        doubts += (f"“每{m.group('dir')}{m.group('step')}{m.group('u')}”：不足一档时按比例计还是不计未说明",)
    # (the step written when the reading is sure: the rule holds each figure the text says)
    term = f"{number(x)} * a" if not points and step == 1 else f"{number(x)} * a / {number(step)}"
    expression = f"min({number(cap)}, {term})" if cap < w.weight else term
    unit = "个百分点" if points else "%"
    variables = [{"name": "a", "label": f"{what}{'' if points else '幅度'}（百分点）", "unit": unit}]
    return Proposed([RULE.item(w.name, w.weight, {"expression": expression, "variables": variables})],
                    f"公式计分：{what}每 {number(step)}{unit} 得 {number(x)} 分（最多 {number(cap)} 分），得分限于 0～分值",
                    doubts)


# ── proposal: a rank, the 分值 at the first place and less for each place after it ─────
def _first_place_down(w: Wording) -> Proposed | None:
    """“第一名10分,依次递减0.4分,递减到0分为止”, “第一名得20分,按名次依次递减2分”: the 分值 at the first place and the
    points of a step taken off for each place after it (the rank's reading: threshold.rank_step), not below 0:
    ``max - (r - 1) * 0.4`` over the place. Top places at full marks, or a rank counted from the last, are a line's."""
    rank = threshold_rule.rank_step(w)
    if rank is None:
        return _places_so_on(w)  # (“第一名得10分,第二名得8分,以此类推”: the step said by the places listed)
    if not rank.first_alone:
        return None
    per = number(rank.per)
    expression = "max - (r - 1)" if rank.per == 1 else f"max - (r - 1) * {per}"
    variables = [{"name": "r", "label": "报价由低到高的名次" if rank.by_price else "名次", "unit": "名"}]
    last = -(-w.weight // rank.per) + 1  # the first place the steps take all the 分值 from
    return Proposed([RULE.item(w.name or "名次", w.weight, {"expression": expression, "variables": variables})],
                    f"公式计分：第1名得满分，此后每1名扣 {per} 分，第 {number(last)} 名及以后得 0 分")


#: “第一名得10分,第二名得8分,以此类推,最低得2分”, “价格最低的得10分,第二低的得8分,以此类推,最低分为2分”, “报价最低的得10分,次低
#: 的得9分,依此类推”: the first place's points, the second's (and perhaps the third's), and so on: an equal step down for
#: each place after the first, perhaps down to a floor said (“最低分为2分”, “最低得2分”) or to 0 (“扣完为止”)
_FIRST_PLACE = r"(?:第(?:1|一)名|排名第(?:1|一)(?:名|位)?|(?:价格|" + BID + r")最低)"
_LATER_PLACE = r"(?:第(?P<n{k}>[2-9二三四五六七八九])(?:名|位|低)|次低)"
PLACES_SO_ON = lazy_compile(r"^(?:[^,;\d]{2,12},)?" + _FIRST_PLACE + r"(?:的|者)?" + BIDDER + r"?,?(?:得|计)?(?P<first>" + _N + r")分"
                           + "".join(r"(?:[,;]" + _LATER_PLACE.format(k=k) + r"(?:的|者)?" + BIDDER + r"?,?(?:得|计)?(?P<p" + str(k)
                                     + r">" + _N + r")分)" + ("?" if k > 1 else "") for k in (1, 2, 3))
                           + r"[,;](?:以此|依此|依次)类推"
                           + r"(?:[,;](?:(?:本项)?最低(?:分|得分)?(?:为|得|是)?(?P<floor>" + _N + r")分|扣完为止|(?:直至|减至|递减至)0分(?:为止)?))?(?:;[^\d;]{2,30})?;?$")


def _places_so_on(w: Wording) -> Proposed | None:
    """“第一名得10分,第二名得8分,以此类推,最低得2分”: the 分值 at the first place, the points of each place listed after it
    an equal step down, so on for the places after them, not below the floor said (0 when none is): ``max(2, 10 - (r - 1)
    * 2)`` over the place. Places listed off the step, or a first place below the 分值, are no such rank."""
    m = PLACES_SO_ON.match(w.text)
    if not m:
        return None
    first = d(m.group("first"))
    places = [(1, first)]
    for k in (1, 2, 3):
        if m.group(f"p{k}") is None:
            continue
        n = m.group(f"n{k}")
        place = int(n) if n and n.isdigit() else cn_integer(n) if n else 2
        if place is None:
            return None
        places.append((place, d(m.group(f"p{k}"))))
    per = first - places[1][1]
    floor = d(m.group("floor")) if m.group("floor") else Decimal(0)
    if first != w.weight or per <= 0 or not 0 <= floor < first \
            or any(pl != i + 1 or sc != first - i * per for i, (pl, sc) in enumerate(places)):
        return None
    step = number(per)
    term = "max - (r - 1)" if per == 1 else f"max - (r - 1) * {step}"
    # (a floor said: the steps take at most the 分值 less the floor, ``max - min(8, (r - 1) * 2)``)
    expression = f"max - min({number(first - floor)}, (r - 1){'' if per == 1 else ' * ' + step})" if floor else term
    by_price = "最低" in w.text[:m.start("first")]
    variables = [{"name": "r", "label": "报价由低到高的名次" if by_price else "名次", "unit": "名"}]
    floor_said = f"，最低 {number(floor)} 分" if floor else "，扣完为止" if m.group(0).rstrip(";").endswith("为止") else ""
    return Proposed([RULE.item(w.name or "名次", w.weight, {"expression": expression, "variables": variables})],
                    f"公式计分：第1名得满分，此后每1名扣 {step} 分{floor_said}")


# ── proposal: bands scored progressively (分档累进) ───────────────────────────
#: “第2档:300-1000万元,满分335分,得分=120+(本所收入-300)/700*215”: a band, the score it reaches, its formula
_PROGRESSIVE_BAND = lazy_compile(r"第(?P<k>\d+)档:(?P<lo>\d+(?:\.\d+)?)(?:-(?P<hi>\d+(?:\.\d+)?))?(?P<unit>[\u4e00-\u9fff]{0,2}?)(?P<open>以上)?,"
                               r"满分(?P<full>\d+(?:\.\d+)?)分,得分=(?P<f>[^;]+)")
#: “(本所收入/300)*120”: the measure the first band's formula divides
_PROGRESSIVE_MEASURE = lazy_compile(r"^\(?(?P<name>[\u4e00-\u9fff]{2,16})/")
#: “/(全区最高收入-2000)”: the top of the open last band, a figure of its own
_PROGRESSIVE_TOP = lazy_compile(r"/\((?P<name>[\u4e00-\u9fff]{2,16})-(?P<lo>\d+(?:\.\d+)?)\)")


def _progressive_bands(w: Wording) -> Proposed | None:
    """“分4档累进计算…第1档:0-300万元,满分120分,得分=(本所收入/300)*120;第2档:300-1000万元,满分335分,得分=120+(本所收入-300)/700
    *215;…第4档:2000万元以上,满分600分,得分=535+(本所收入-2000)/(全区最高收入-2000)*65”: bands scored progressively, each
    adding its share of the points between the score reached below it and its own as the measure runs through it:
    ``120 * min(a, 300) / 300 + 215 * min(max(a - 300, 0), 700) / 700 + …`` over the measure
    (and the top of an open last band). Never confidently: each band's formula is checked only for its figures."""
    t = w.text
    bands = list(_PROGRESSIVE_BAND.finditer(t))
    if len(bands) < 2 or [int(b.group("k")) for b in bands] != list(range(1, len(bands) + 1)):
        return None
    measure = _PROGRESSIVE_MEASURE.match(bands[0].group("f"))
    if measure is None:
        return None
    name, unit = measure.group("name"), bands[0].group("unit")
    terms: list[str] = []
    top: str | None = None
    below, previous = Decimal(0), Decimal(0)  # the band's start and the score reached there
    for k, b in enumerate(bands):
        lo, full, f = d(b.group("lo")), d(b.group("full")), b.group("f")
        last = k == len(bands) - 1
        if lo != below or full <= previous or name not in f or (k and not f.startswith(number(previous) + "+")):
            return None
        # the points the band adds and its width, as its formula writes them (“…/700*215”: 700 wide, 215 added)
        written = re.search(r"\*(\d+(?:\.\d+)?)$", f)
        if written is None or d(written.group(1)) != full - previous:
            return None
        gain = written.group(1)
        if b.group("open"):
            m = _PROGRESSIVE_TOP.search(f)
            if not last or b.group("hi") or m is None or d(m.group("lo")) != lo:
                return None
            top = m.group("name")
            terms.append(f"{gain} * max(a - {number(lo)}, 0) / (b - {number(lo)})")
        else:
            if b.group("hi") is None:
                return None
            hi = d(b.group("hi"))
            width = number(hi - lo)
            if hi <= lo or f"/{width}" not in f:
                return None
            reached = f"min(a, {number(hi)})" if k == 0 else f"min(max(a - {number(lo)}, 0), {width})"
            terms.append(f"{gain} * {reached} / {width}")
            below = hi
        previous = full
    if previous != w.weight:
        return None
    variables = [{"name": "a", "label": f"{name}（{unit}）" if unit else name, "unit": unit}]
    if top is not None:
        variables.append({"name": "b", "label": f"{top}（{unit}）" if unit else top, "unit": unit})
    doubt = f"“分{len(bands)}档累进计算”：各档按{name}落在该档的部分计分，逐档相加"
    doubts = [doubt + (f"；“{top}”按实际录入，最高一档以其为满分" if top is not None else "")]
    return Proposed([RULE.item(w.name, w.weight, {"expression": " + ".join(terms), "variables": variables})],
                    f"公式计分：按{name}分 {len(bands)} 档累进计分，满分 {number(w.weight)} 分", tuple(doubts))


# ── proposal: faults numbered, then their deductions in turn (a table's two cells joined) ──────
#: “…-2分-2分-3分”, “…扣2分扣1分”: the deductions in a run closing the text, one for each fault numbered before them
_AMOUNTS_RUN = lazy_compile(r"(?:[;,、]?(?:[-−]|扣(?:除|减)?)\d+(?:\.\d+)?分){2,}[;,]?$")
_RUN_AMOUNT = lazy_compile(r"(?:[-−]|扣(?:除|减)?)(\d+(?:\.\d+)?)分")
#: the numbering of the faults: “1、”, “2.”, “(3)”, “④” (never a decimal: “0.5”)
_FAULT_MARK = lazy_compile(r"\((\d{1,2})\)|(?<![\d.])(\d{1,2})(?:、|\.(?!\d))|([" + CIRCLED + r"])")


def _numbered_then_amounts(w: Wording) -> Proposed | None:
    """“1、未按时上报2、数据不全不规范3、次月10日前不上报-2分-2分-3分”: faults numbered 1, 2, 3…, then as many deductions
    in a run (the 评分标准 cell and the 评分 cell of a table joined): the n-th deduction the n-th fault's, each taken
    once, ``max - 2 * a - 2 * b - 3 * c`` over a 0/1 variable per fault. Never confidently: that the deductions go
    with the faults in turn is read from their order alone."""
    t = w.text
    run = _AMOUNTS_RUN.search(t) if ("分-" in t or "分−" in t or "分扣" in t) and t.rstrip(";,").endswith("分") else None
    if not run or run.start() == 0:
        return None
    body = t[:run.start()]
    if "分" in body or "扣" in body or "得" in body:
        return None
    amounts = [d(x) for x in _RUN_AMOUNT.findall(run.group(0))]
    marks = list(_FAULT_MARK.finditer(body))
    if len(marks) != len(amounts) or marks[0].start() != 0:
        return None
    for k, m in enumerate(marks, start=1):
        n = int(m.group(1) or m.group(2)) if m.group(3) is None else CIRCLED.index(m.group(3)) + 1
        if n != k:
            return None
    words = [re.sub(r"的$", "", body[a.end():b.start() if b else len(body)].strip(";,。 "))
             for a, b in zip(marks, [*marks[1:], None])]
    if any(len(x) < 2 for x in words) or not all(0 < x <= w.weight for x in amounts):
        return None
    variables = [{"name": _NAMES[k], "label": f"是否{x}（是=1，否=0）", "unit": ""} for k, x in enumerate(words)]
    expression = "max - " + " - ".join(_NAMES[k] if x == 1 else f"{number(x)} * {_NAMES[k]}" for k, x in enumerate(amounts))
    said = "；".join(f"{x}扣 {number(a)} 分" for x, a in zip(words, amounts))
    return Proposed([RULE.item(w.name, w.weight, {"expression": expression, "variables": variables})],
                    f"公式计分：{said}，得分限于 0～分值",
                    (f"“{run.group(0).strip(';,')}”：依次对应前面编号的各项问题，每项出现即扣一次",))


# ── proposal: points per case of each kind listed, respectively, capped ──────
#: what a case of a kind is counted in (“每项”, “1篇”)
_KIND_UNITS = r"项|个|篇|次|人|家|所|件|场|类|种|部|本|批"
#: “在省、市级刊物发表1篇分别加1分和0.5分,最多不超过5分”, “获国家级、省级、市级表彰的,每项分别加3分、2分、1分,最多加5分”:
#: kinds listed, a case counted (每…, 1篇), points for a case of each kind in turn, then perhaps a cap (the first name may
#: hold words before the kinds, “…举措、经验和效果被省、市、县简报推介的”: see ``_kinds_named``)
_EACH_KIND = lazy_compile(r"(?:^|(?<=[,;:]))(?P<list>[^,;:()、\d每]{1,30}(?:、[^,;:()、\d每]{1,12})+?)(?P<words>[^,;:()、\d每]{0,16}?),?"
                        r"(?:每(?:[^\d,;:()、分]{0,4}?1)?(?P<u1>" + _KIND_UNITS + r")?|1(?P<u2>" + _KIND_UNITS + r")(?:\([^()]*\)|〔[^〔〕]*〕)?)"
                        r"分别(?:加|得|计|记)(?P<scores>\d+(?:\.\d+)?分?(?:[、和及]\d+(?:\.\d+)?分?)+)分?"
                        r"(?:,(?:(?:最多|最高|累计|合计|上限)(?:加|得|计)?(?:不超过)?|不超过)(?P<cap>\d+(?:\.\d+)?)分(?:为止|封顶)?)?;?$")
#: words before the kinds that describe what is scored (“医学论文及科研成果,”), never a score of their own
_KIND_LEAD = lazy_compile(r"^(?:\d{1,2}[.、])?[^\d;%]*$")
#: a verb opening the first kind (“获国家级”, “在省”): no part of the kind's name
_KIND_VERB = lazy_compile(r"^(?:在|获得|荣获|获|被|受到|经)")
#: the first kind after its verb at the end of a longer name (“经验和效果被省”: 省)
_KIND_AFTER_VERB = lazy_compile(r"(?:在|获得|荣获|获|被|受到|经)(?P<kind>[^在获被受经]{1,6})$")
#: a sentence after kinds listed that counts the cases of one more kind (“被各级网站宣传推介的,每次得0.1分”)
_ONE_MORE_KIND = lazy_compile(r"^(?P<words>[^,;:()、\d每分]{2,24}?)的?,?每(?P<unit>" + _KIND_UNITS + r")?(?:加|得|计|记)"
                            r"(?P<pts>\d+(?:\.\d+)?)分$")


def _kinds_named(names: list[str], count: int) -> list[str] | None:
    """The kinds of a list of ``names`` that get ``count`` scores in turn: all of them (the first without its verb), or,
    when more names are listed, the last ``count``, the first of them after a verb (“…举措、经验和效果被省、市、县…”: 省、市、
    县…); a name of one length beside a longer last name (“省、市、县小康简报”) shares the last name's words."""
    if len(names) == count:
        if len(names[0]) > 12:
            return None
        first = _KIND_AFTER_VERB.search(names[0])
        kinds = [first.group("kind") if first else _KIND_VERB.sub("", names[0]), *names[1:]]
    else:
        first = _KIND_AFTER_VERB.search(names[-count]) if len(names) > count else None
        if first is None:
            return None
        kinds = [first.group("kind"), *names[len(names) - count + 1:]]
    short = len(kinds[0])
    if all(len(x) == short for x in kinds[:-1]) and len(kinds[-1]) > short + 1:
        tail = kinds[-1][short:]
        kinds = [x + tail for x in kinds[:-1]] + [kinds[-1]]
    return kinds


def _each_kind(w: Wording) -> Proposed | None:
    """“在省、市级刊物发表1篇分别加1分和0.5分,最多不超过5分”: kinds listed, points for each case of each kind in turn, a
    cap after them: ``1 * a + 0.5 * b`` over the count of cases of each kind (in the order listed), within the cap and
    the 分值. A case counted (每…, 1篇) tells it from one situation of each kind (“获国家级、省级荣誉的分别得5分、3分”, a
    情形选择). Sentences of further kinds may follow, listed so in turn or one kind each (“被省、市、县简报推介的,每次分别得1分、
    0.6分、0.4分;被省、市级报刊推介的,每次分别得0.6分、0.4分;被网站推介的,每次得0.1分”), one variable per kind. Never
    confidently: whether a case of a higher kind also counts under a lower one is not said."""
    sentences = [x for x in _ADDED_SAID.sub("", w.text).split(";") if x]  # (“…,给予加分,…每项分别加3、2、1分”)
    kinds: list[str] = []
    scores: list[Decimal] = []
    units: list[str] = []
    listed: list[str] = []
    cap: Decimal | None = None
    for k, sentence in enumerate(sentences):
        m = _EACH_KIND.search(sentence)
        if m:
            lead = sentence[:m.start()]
            if (k and lead) or not _KIND_LEAD.match(lead) or "分" in lead:
                return None
            names = m.group("list").split("、")
            names[-1] = (names[-1] + m.group("words")).removesuffix("的")
            points = [d(x.rstrip("分")) for x in re.split(r"[、和及]", m.group("scores"))]
            named = _kinds_named(names, len(points))
            if named is None or any(len(x) < 1 for x in named):
                return None
            if m.group("cap"):
                if k != len(sentences) - 1:
                    return None
                cap = d(m.group("cap"))
            kinds += named
            scores += points
            units += [m.group("u1") or m.group("u2") or "项"] * len(points)
            listed.append(m.group(0).strip(";"))
            continue
        more = _ONE_MORE_KIND.match(sentence) if kinds else None
        if more is None:
            return None
        kinds.append(_KIND_VERB.sub("", more.group("words")))
        scores.append(d(more.group("pts")))
        units.append(more.group("unit") or units[-1])
    if not kinds or len(kinds) > len(_NAMES) or not all(0 < x <= w.weight for x in scores):
        return None
    if cap is not None and not max(scores) < cap <= w.weight:
        return None
    variables = [{"name": _NAMES[k], "label": f"{x}（{u}数）", "unit": u} for k, (x, u) in enumerate(zip(kinds, units))]
    expression = " + ".join(f"{number(x)} * {_NAMES[k]}" for k, x in enumerate(scores))
    if cap is not None and cap < w.weight:
        expression = f"min({number(cap)}, {expression})"
    said = "；".join(f"{x}每{u}得 {number(p)} 分" for x, u, p in zip(kinds, units, scores))
    doubts = [f"“{x}”：各级分别计数，较高一级的不再计入较低一级" for x in listed]
    if cap is None:
        doubts.append(f"未说明最多得分：各项累计超过 {number(w.weight)} 分的按分值计")
    return Proposed([RULE.item(w.name, w.weight, {"expression": expression, "variables": variables})],
                    f"公式计分：{said}" + (f"，最多 {number(cap)} 分" if cap is not None else "") + "，得分限于 0～分值",
                    tuple(doubts))


# ── proposal: levels listed, each case deducted in turn ──────────────────────
#: an administrative level that names a kind of case (“省”, “县级”, “县以上”, “国家级”)
_LEVEL = r"(?:国家|中央|部|省|自治区|市|州|县|区|乡镇|乡|镇|街道|村)级?(?:[及或]?以[上下])?"
#: what a case deducted is counted in: a kind's units, or a case found (起、例、处、条)
_CASE_KINDS = _KIND_UNITS + r"|起|例|处|条"
#: “被镇、县及县以上督查通报的,每项分别扣2分、4分、6分”, “被县、市、省通报批评的,每次分别扣1、2、3分”: levels listed after a
#: verb, the words they share after the last, a case counted, the amounts of each level in turn
_LEVELS_EACH_DEDUCTED = lazy_compile(r"(?P<verb>被|在|受到|经|遭)(?P<levels>" + _LEVEL + r"(?:[、和及或]" + _LEVEL + r")+)"
                                   r"(?P<words>[^,;:()、\d每]{1,16}?)的?,?(?P<count>每(?:[^\d,;:()、分]{0,4}?1)?(?:"
                                   + _CASE_KINDS + r")|1(?:" + _CASE_KINDS + r"))分别(?P<verb2>扣|减)"
                                   r"(?P<amounts>\d+(?:\.\d+)?分?(?:[、和及]\d+(?:\.\d+)?分?)+)分?")


def _levels_each_deducted(w: Wording) -> Proposed | None:
    """“被镇、县及县以上督查通报的,每项分别扣2分、4分、6分”: cases of each level listed, each level's deduction in turn, beside
    other faults or alone: read as the faults one level each (“被镇督查通报的,每项扣2分;被县…扣4分;…”), a formula over the
    count of each (``_faults``), in the order listed. Never confidently: whether a case of a higher level also counts
    under a lower one is not said (and the words of the listing stay the evaluator's to place)."""
    m = _LEVELS_EACH_DEDUCTED.search(w.text)
    if m is None or (("加" in w.text or "得" in w.text) and _ADDED_EACH_AFTER.search(w.text)):
        return None  # (a case adding its points closing the faults: ``_faults_then_added``)
    levels = re.findall(_LEVEL, m.group("levels"))
    amounts = [d(x.rstrip("分")) for x in re.split(r"[、和及]", m.group("amounts"))]
    if len(levels) != len(amounts) or not _levels_joined(m.group("levels"), levels):
        return None
    if not all(0 < x <= w.weight for x in amounts) or len(amounts) > len(_NAMES):
        return None
    each = [f"{m.group('verb')}{level}{m.group('words')}的,{m.group('count')}{m.group('verb2')}{number(x)}分"
            for level, x in zip(levels, amounts)]
    rest = w.text[m.end():]
    if rest and not rest.startswith((";", ",")):
        return None
    found = _faults(replace(w, text=w.text[:m.start()] + ";".join(each) + rest))
    return found.doubted(f"“{m.group(0)}”：各级分别计数，较高一级的不再计入较低一级") if found is not None else None


#: a closing case of points added for each one, after the faults taken off: “村(社区)自行发现的火点,及时扑灭…上报的,不扣分,
#: 并给予加分;(每个火点加2分)”, “…;自行发现并上报的火点,每个加2分”; in a clause of its own after a comma, its case closed by 的:
#: “…不过关的每次扣1分,过关并获得表扬的每次加1分”
_ADDED_EACH_AFTER = lazy_compile(r"(?:;|,(?=[^;,]{2,40}?的每(?:个|次|件|起|处|项|例|人|户|篇|条|份)[^;,\d]{0,6}?加\d))(?P<case>[^;]{2,120}?)的?,?(?:不扣分,?)?(?:并?给予加分;?\(|(?<=,)|(?<=的))每(?P<u>个|次|件|起|处|项|例|人|户|篇|条|份)(?!百分点)"
                               r"(?P<what>[\u4e00-\u9fff]{0,6}?)加(?P<pts>\d+(?:\.\d+)?)分\)?"
                               # “…每起加1分,限加2分”: the additions capped
                               r"(?:,(?:限加|最多加|最高加|加分最多|加分不超过)(?P<cap>\d+(?:\.\d+)?)分)?;?$|"
                               # “少召开1次会议扣2分,解决1个实际问题得1分”: a case counted, then what it is, earning its points
                               # (“缺1篇扣1分,每超登1篇加1分”: the case said after 每, what it is in the verb alone)
                               r"[;,](?P<each>每)?(?P<verb>[^;,\d()每]{1,12}?)1(?P<u2>个|次|件|起|处|项|例|人|户|篇|条|份)(?!百分点)"
                               r"(?P<thing>(?(each)[^;,\d()]{0,12}?|[^;,\d()]{1,12}?))(?:得|加)"
                               r"(?P<pts2>\d+(?:\.\d+)?)分;?$|"
                               # “…;6、积极为办事群众提供上门服务…的,每次加1-3分”: points in a range for each, which the
                               # evaluator sets
                               r";(?:\d{1,2}[、.](?!\d))?(?P<case3>[^;\d]{2,80}?)的?,?每(?P<u3>次|个|件|项|人次)加(?P<lo>\d+(?:\.\d+)?)"
                               r"(?:-|~|～|至|到)(?P<hi>\d+(?:\.\d+)?)分;?$")


def _faults_then_added(w: Wording) -> Proposed | None:
    """“被卫星遥感监测到的火点,每个扣30分;…;村(社区)自行发现…上报的,不扣分,并给予加分;(每个火点加2分)”: faults taken off
    the 分值 per case (``_levels_each_deducted``, ``_faults``), then a case of the good kind adding its points per case: the
    faults' formula ``+ 2 * g`` over the count of those cases, kept within 0～分值. Never confidently: that the points added
    do not lift the score past the 分值 is the reading's."""
    m = _ADDED_EACH_AFTER.search(w.text) if "加" in w.text or "得" in w.text else None
    if m is None or "扣" not in w.text[:m.start()]:
        return None
    if m.group("each") and re.search(r"得\d", w.text[:m.start()]):
        return None  # “完成目标任务的得10分,每少完成1个扣1分,每多完成1个加0.5分”: a line both ways, its points said
    rest = replace(w, text=w.text[:m.start() + 1])
    # (one fault alone, counted per case: a formula of its own, as under a gate)
    lone = _faults(rest, gated=True) if not re.search(ZEROED, rest.text) else None
    found = _levels_each_deducted(rest) or _faults(rest) or lone
    ranged = m.group("case3") is not None
    pts = d(m.group("hi") if ranged else (m.group("pts") or m.group("pts2")))
    if found is None or len(found.items) != 1 or not 0 < pts < w.weight or (ranged and not 0 < d(m.group("lo")) < pts):
        return None
    params = found.items[0]["params"]
    taken = {v["name"] for v in params["variables"]}
    name = next((x for x in _NAMES if x not in taken), None)
    if name is None or not params["expression"].startswith("max - "):
        return None
    if ranged:  # the points added are the evaluator's, each time within the range: their sum is entered
        case, unit = m.group("case3").strip(","), m.group("u3")
        span = f"{m.group('lo')}-{m.group('hi')}"
        variables = [*params["variables"], {"name": name, "label": f"{_case_words(case)}的加分（每{unit}{span}分，评价组酌定）",
                                            "unit": "分"}]
        item = RULE.item(w.name, w.weight, {"expression": f"{params['expression']} + {name}", "variables": variables})
        return Proposed([item], f"{found.summary}；{_case_words(case)}每{unit}加 {span} 分",
                        (*(found.doubts or ()), f"“{m.group(0).strip(';')}”：每{unit}加几分由评价组在 {span} 分内酌定，"
                                                f"按所加分数合计录入，得分不超过分值"))
    case, unit = (m.group("case").strip(","), m.group("u")) if m.group("case") else \
        (m.group("verb") + m.group("thing"), m.group("u2"))
    variables = [*params["variables"], {"name": name, "label": f"{_case_words(case)}（{unit}数）", "unit": unit}]
    added = name if pts == 1 else f"{number(pts)} * {name}"
    cap = d(m.group("cap")) if m.group("cap") else None
    if cap is not None:  # “…每起加1分,限加2分”: the additions summed, then capped
        if not pts <= cap:
            return None
        added = f"min({number(pts)} * {name}, {number(cap)})"
    capped = f"，至多加 {number(cap)} 分" if cap is not None else ""
    item = RULE.item(w.name, w.weight, {"expression": f"{params['expression']} + {added}", "variables": variables})
    return Proposed([item], f"{found.summary}；{_case_words(case)}每{unit}加 {number(pts)} 分{capped}",
                    (*(found.doubts or ()), f"“{m.group(0).strip(';,')}”：加分按{unit}数录入，得分不超过分值"))


def _levels_joined(listed: str, levels: list[str]) -> bool:
    """Whether ``listed`` is ``levels`` joined by 、/和/及/或 and nothing else (“镇、县及县以上”)."""
    return re.fullmatch("[、和及或]".join(re.escape(x) for x in levels), listed) is not None


#: “基础分3分,每增加1个示范点加1分,最多5分”, “2.办案质量考评基础分为40分,…”, “公司本部得基本分3分,…”: a base the points per
#: case are added to (what is scored, or a thing every one scored has, may be named before it, never a condition of it:
#: “完成任务的得基础分3分”, “达标得基本分3分”)
_BASE = lazy_compile(r"^(?:" + ORDINAL + r")?(?P<lead>[^\d,;:得计记未不的]{0,16}?)(?P<got>得|计)?(?:基础分|基本分|基准分|底分)(?:为)?"
                   r"(?P<base>\d+(?:\.\d+)?)分[,;]")
#: “在省院、市院案件质量评查中被评为优质案件的,分别加5分、3分”: kinds listed, then the points added (or taken off) for a
#: case of each in turn, no count said
_PAIRED = lazy_compile(r"^(?P<list>[^,;:()、\d每]{1,30}(?:、[^,;:()、\d每]{1,12})+?)(?P<words>[^,;:()、\d每]{0,30}?)的?,?"
                     r"分别(?P<verb>加|扣)(?P<amounts>\d+(?:\.\d+)?分?(?:、\d+(?:\.\d+)?分?)+)分?$")


def _paired_each(sentence: str) -> str | None:
    """A sentence of kinds listed and their points in turn (``_PAIRED``) as a clause per kind, each counted per case
    (“在省院…的,每次加5分;在市院…的,每次加3分”), or None when it is none or its kinds and points do not pair."""
    m = _PAIRED.match(sentence)
    if m is None:
        return None
    names = m.group("list").split("、")
    names[-1] = (names[-1] + m.group("words")).removesuffix("的")
    amounts = re.findall(r"\d+(?:\.\d+)?", m.group("amounts"))
    kinds = _kinds_named(names, len(amounts))
    if kinds is None:
        return None
    return ";".join(f"{kind}的,每次{m.group('verb')}{x}分" for kind, x in zip(kinds, amounts))


def _base_plus(w: Wording) -> Proposed | None:
    """“基础分3分,每增加1个示范点加1分,最多5分”: a base of points stated first, then points per case added to it (read as
    ``_earned`` reads them), as ``3 + 1 * a``, kept within 0～分值. To check: whether a cap after the cases caps the
    points added or the whole score is read from the 分值 (the two agree when the cap is the 分值). A base of the whole
    分值 takes points off for each case of a fault too, the points added making up for them (“基础分为40分,…被评为优质
    案件的,分别加5分、3分;…被评为瑕疵案件的,分别减5分、3分”: ``40 + 5 * a + 3 * b - 5 * c - 3 * d``); kinds listed with
    their points in turn (分别) are each counted per case, which the text does not say."""
    m = _BASE.match(w.text) if "分" in w.text else None
    if not m or not 0 < d(m.group("base")) <= w.weight or (m.group("got") and _LINE_DEED.search(m.group("lead"))):
        return None  # (“完成得基本分10分”, “达标得基础分3分”: a line reached, not a base: ``_named_base_either_way`` and others)
    full = d(m.group("base")) == w.weight
    sentences = [x for x in w.text[m.end():].split(";") if x]
    paired = [_paired_each(x) for x in sentences]
    rest = _earned(replace(w, text=";".join(p or x for p, x in zip(paired, sentences))), based=True)
    params = rest.items[0]["params"] if rest is not None else {}
    if rest is None or params["expression"].startswith("min(a, 1)") or (" - " in params["expression"]) != full:
        return None  # a case zeroing the item; faults deducted from a base short of the 分值: from the base or from what
        # is added? not said; points only added to the whole 分值: nothing to add to
    base = number(d(m.group("base")))
    expression = f"{base} + {params['expression']}"
    summary = rest.summary.replace("公式计分：", f"公式计分：基础分 {base} 分，{'加减' if full else '加上'}", 1)
    summary = summary.replace("，得分限于 0～分值", "，合计不超过分值")
    doubts = [x for x in rest.doubts or () if "未说明最多得分" not in x]
    doubts += [f"“{x}”：各项分别计，按每次计分读（原文未写“每次”）" for p, x in zip(paired, sentences) if p]
    said = f"“{m.group(0).rstrip(',;')}”："
    doubts.append(said + (f"加分与扣分都在基础分上计，合计限于 0～{number(w.weight)} 分" if full
                          else f"加分加在基础分上，合计不超过 {number(w.weight)} 分"))
    return Proposed([RULE.item(w.name, w.weight, {"expression": expression, "variables": params["variables"]})], summary,
                    tuple(doubts))


#: “完成规定工作量得6分,超工作量每节加0.5分”, “完成学校规定的基本工作量得基础分6分,超出部分每节加0.5分”, “基本工作量6分,…”:
#: the points of the workload required (a teacher's lessons), before the points of each lesson over it
_WORKLOAD_BASE = lazy_compile(r"^(?P<said>(?:完成|达到)[^\d,;:]{0,12}?工作量(?:的)?,?(?:得|计)?(?:基础分|基本分)?"
                            r"|(?:基本|规定|额定|标准)工作量(?:的)?,?(?:得|计)?)(?P<base>\d+(?:\.\d+)?)分[,;]"
                            r"(?=(?:超工作量|超出部分|超出工作量|超课时|超出课时)(?:的)?,?每)")


def _workload_base(w: Wording) -> Proposed | None:
    """“完成规定工作量得6分,超工作量每节加0.5分,最高10分”: the points of the workload done are a base, each lesson over it
    adds its points (``_base_plus``'s reading, 6 + 0.5 × the lessons over). To check: the score of a workload not
    done is unsaid (read as the base all the same)."""
    m = _WORKLOAD_BASE.match(w.text) if "工作量" in w.text else None
    if m is None or not 0 < d(m.group("base")) < w.weight:
        return None
    found = _base_plus(replace(w, text=f"基础分{m.group('base')}分,{w.text[m.end():]}"))
    if found is None:
        return None
    said = m.group(0).rstrip(",;")
    return found.doubted(f"“{said}”：读作基础分，未完成工作量时如何计分未说明")


# ── proposal: points × (the quantity ÷ a base), the 分值 reached at the base, nothing below a floor ─────────
#: a unit closing a base or a line: money, area, counts, a percentage
_BASE_UNIT = r"(?:万元|亿元|元|平方米|㎡|亩|%|个百分点|项|个|人|名|篇|件|次|家|台|套|册|本)"
#: “10分X(营业收入/2000万元)”, “10分(实际项目数/3项)”: the points times the quantity over its base (the sign may be lost)
_OVER_BASE = lazy_compile(r"(?P<pts>" + _N + r")分[Xx*]?\((?P<what>[^()/;,\d]{2,20})/(?P<base>" + _N + r")(?P<unit>"
                        + _BASE_UNIT + r")\)")
#: “1分X人员数量”: the points times a count, no base
_TIMES_COUNT = lazy_compile(r"(?P<pts>" + _N + r")分[Xx*](?P<what>[^()/;,\d]{2,12}?)(?=;|$)")
#: the whole: “营业收入:10分X(营业收入/2000万元);大于2000万元的,得10分;低于1000万元不得分”, two ways joined by 或 with
#: “按得分较高的算法计分”, a floor (“低于…不得分”) or none said (“没有研发投入不得分”)
_PROPORTIONAL = lazy_compile(r"^(?P<lead>[^:;]{2,30}):(?P<terms>[^;]+);(?P<cap>[^;]*?(?:的,?|,)?得(?P<full>" + _N + r")分);"
                           r"(?P<higher>按得分较高的?(?:算法|方法|方式|公式)?(?:计分|计算|得分);)?(?P<floor>[^;]*?不得分;?)?$")
#: the line reaching the 分值: “大于2000万元”, “60万元以上”, “研发投入比例大于3%”
_CAP_LINE = lazy_compile(r"(?:大于|超过|高于|达到|满|不低于|不少于)?(?P<n>" + _N + r")(?P<unit>" + _BASE_UNIT + r")(?:及以上|以上)?")
#: the floor zeroing the row: “低于1000万元不得分”, “少于5人不得分”
_FLOOR = lazy_compile(r"^(?P<words>(?P<what>[^;,\d]{0,12}?)(?:低于|小于|少于|不足|不到)(?P<n>" + _N + r")(?P<unit>"
                    + _BASE_UNIT + r"))(?:的)?,?不得分;?$")
#: nothing at all scores nothing: “没有研发投入不得分”, “无…的不得分” (what the formula gives at 0 anyway)
_NONE_ZERO = lazy_compile(r"^(?:没有|无|未)[^;,\d]{1,12}?(?:的)?,?不得分;?$")


def _proportional(w: Wording) -> Proposed | None:
    """“营业收入:10分X(营业收入/2000万元);大于2000万元的,得10分;低于1000万元不得分”, “科研人员数量:1分X人员数量;10人以上的,
    得10分;少于5人不得分”: points times the quantity over its base (or times a count), the 分值 at the base (or the count
    that makes it) and past it, and a floor below which the row scores nothing: ``g * min(max, 10 * a / 2000)``, ``g``
    a 0/1 variable for the floor. Two ways joined by 或 with “按得分较高的算法计分”: the higher of the two (``max(…,
    …)``). Never confident: in what unit each quantity is entered (万元, a percentage as a number) is the evaluator's."""
    m = _PROPORTIONAL.match(w.text)
    if not m or d(m.group("full")) != w.weight:
        return None
    terms = m.group("terms").split("或")
    if len(terms) > 2 or (len(terms) == 2) != bool(m.group("higher")):
        return None
    variables: list[dict[str, str]] = []
    parts: list[str] = []
    lines = list(_CAP_LINE.finditer(m.group("cap")))
    reached: set[int] = set()
    for term in terms:
        over = _OVER_BASE.fullmatch(term)
        count = _TIMES_COUNT.fullmatch(term) if over is None else None
        if over is None and count is None:
            return None
        found = over or count
        assert found is not None
        pts, name = d(found.group("pts")), _NAMES[len(variables)]
        what = found.group("what").strip()
        if over is not None:
            base, unit = d(over.group("base")), over.group("unit")
            if pts != w.weight or base <= 0:
                return None
            at = [k for k, x in enumerate(lines) if d(x.group("n")) == base and x.group("unit") == unit]
            parts.append(f"{number(pts)} * {name} / {number(base)}")
        else:
            at = [k for k, x in enumerate(lines) if pts * d(x.group("n")) == w.weight]
            unit = lines[at[0]].group("unit") if at else ""
            parts.append(name if pts == 1 else f"{number(pts)} * {name}")
        if len(at) != 1:
            return None  # (the line said for the 分值 is not where this way reaches it)
        reached.add(at[0])
        variables.append({"name": name, "label": what, "unit": unit})
    if len(reached) != len(lines):
        return None  # a line said that no way reaches the 分值 at
    inner = parts[0] if len(parts) == 1 else f"max({', '.join(parts)})"
    said = "、".join(terms)
    doubts = [f"“{said}”：按比例计分，达到所列数值得满分，各量按原文单位录入"]
    if m.group("higher"):
        doubts.append(f"“{m.group('higher').rstrip(';')}”：两种算法取得分较高者")
    item = RULE.item(w.name or m.group("lead"), w.weight, {"expression": f"min(max, {inner})", "variables": variables})
    floor_said = (m.group("floor") or "").rstrip(";")
    if floor_said:
        floor = _FLOOR.match(floor_said)
        if floor is not None:
            unit = floor.group("unit")
            if unit not in {v["unit"] for v in variables} or len(variables) != 1:
                return None  # (a floor on another quantity)
            condition = f"{floor.group('what') or variables[0]['label']}低于{number(d(floor.group('n')))}{unit}"
            gated_item = gated(item, condition, any_formula=True)
            if gated_item is None:
                return None
            item = gated_item
            doubts.append(f"“{floor_said}”：低于该数值整项不得分")
        elif _NONE_ZERO.match(floor_said):
            doubts.append(f"“{floor_said}”：为 0 时按公式即得 0 分")
        else:
            return None
    return Proposed([item], f"公式计分：{said}，最高 {number(w.weight)} 分", ("；".join(doubts),))


# ── proposal: a quantity named, its formula closing on “×分值分” (“提前办结率=(1-实际耗时/规定时间)×150分”) ───────
#: “街道(园区):提前办结率=(1-案件处理实际耗时/案件处理规定时间)×150分”: whom it is for, the quantity named, and its formula
#: times the 分值 in points (the score, though the name is a rate's)
_NAMED_TIMES_FULL = lazy_compile(r"^(?:(?P<who>[^:;=,\d]{2,16}):)?(?P<name>[\u4e00-\u9fff]{2,12})=(?P<body>[^=;:,]+\*(?P<pts>"
                               + _N + r")分);?$")


def _named_times_full(w: Wording) -> Proposed | None:
    """“街道(园区):提前办结率=(1-案件处理实际耗时/案件处理规定时间)×150分”: a quantity named (a rate's name), its formula
    closing on the 分值 in points: the score is the formula (read as ``_written`` reads it). Never confident: the name
    is a rate's, that the points are the score is read from “×150分”."""
    m = _NAMED_TIMES_FULL.match(w.text)
    if not m or d(m.group("pts")) != w.weight or _WRITTEN_LHS.match(f"{m.group('name')}="):
        return None
    found = _written(replace(w, text=f"得分={m.group('body')}"))
    if found is None:
        return None
    doubts = [f"“{m.group('name')}=…×{m.group('pts')}分”：按得分读"]
    if m.group("who"):
        doubts.append(f"“{m.group('who')}”：作为适用对象，未用于规则")
    return found.doubted(*doubts)


# ── proposal: base points at a named base, points per percentage point above it (“基数分10分,每高于基数1个百分点,加0.3分”) ──
#: “以全辖金融机构融资增长率为基数,基数分10分,各金融机构年末融资增长率每高于基数1个百分点,加0.3分,加满20分为止;低于全辖
#: 融资增长率的,得本项基数分”: the base named, its points, a step up per percentage point, the cap, the base points below
_BASE_POINTS_UP = lazy_compile(r"^以(?P<ref>[^;,\d]{2,30}?)为基数,基数分(?:为)?(?P<base>" + _N + r")分,(?P<own>[^;,\d]{0,30}?)每"
                             r"(?:高于基数|高出基数|超过基数|增加|提高|高于)(?P<step>" + _N + r")个百分点,(?:加|增加|加分)(?P<per>"
                             + _N + r")分,(?:加满(?P<cap>" + _N + r")分为止|最高(?:加到|得|为)?(?P<top>" + _N + r")分);"
                             r"(?:低于|未达到|不高于|不超过)(?P<low>[^;,\d]{2,30}?)的?,(?:得|计)(?:本项)?基数分;?$")


def _base_points_up(w: Wording) -> Proposed | None:
    """“以全辖融资增长率为基数,基数分10分,各机构融资增长率每高于基数1个百分点,加0.3分,加满20分为止;低于全辖融资增长率的,
    得本项基数分”: the base points at or below a named base, points per percentage point above it, up to the 分值:
    ``min(max, 10 + 0.3 * max(0, a - b))`` over the unit's own value and the base (both in percent). Never confident:
    a part of a percentage point is read as earning its share of the step."""
    m = _BASE_POINTS_UP.match(w.text)
    if not m:
        return None
    base, step, per = d(m.group("base")), d(m.group("step")), d(m.group("per"))
    cap = d(m.group("cap") or m.group("top"))
    if cap != w.weight or not 0 < base < cap or step <= 0 or per <= 0:
        return None
    ref = m.group("ref").strip()
    own = re.sub(r"^各", "", m.group("own").strip())
    rate = per if step == 1 else per / step
    expression = f"min(max, {number(base)} + {number(rate)} * max(0, a - b))"
    variables = [{"name": "a", "label": own if m.group("own").strip() else f"本单位的值（口径同{ref}）", "unit": "%"},
                 {"name": "b", "label": f"{ref}（基数）", "unit": "%"}]
    said = m.group(0).rstrip(";")
    return Proposed([RULE.item(w.name or ref, w.weight, {"expression": expression, "variables": variables})],
                    f"公式计分：基数分 {number(base)} 分，每高于基数 {number(step)} 个百分点加 {number(per)} 分，最高 "
                    f"{number(cap)} 分，低于基数得基数分",
                    (f"“{said}”：按百分数录入，不足 {number(step)} 个百分点的按比例加分",))


# ── proposal: points per case by level, one kind of case scoring half (“网络媒体分值减半”) ─────────────────────
#: “网络媒体分值减半”, “网络媒体减半计分”: a kind of case scoring half the points of its level, a sentence of its own
_KIND_HALVED = lazy_compile(r";(?P<kind>[\u4e00-\u9fff]{2,8}?)(?:的)?(?:分值|得分|计分)?减半(?:计分|计算|计)?(?=;|$)")
#: “每月得分10分封顶”: a closing cap of the points earned in the period scored
_PERIOD_CAP = lazy_compile(r";(?P<period>每月|每季度|每季|每年|全年|年度)?(?:得分|加分|最高)?(?P<cap>" + _N + r")分封顶;?$")
#: “5 * a + 3 * b”: points per case of each kind, added
_TERMS_ADDED = lazy_compile(r"^(?:" + _N + r" \* [a-z])(?: \+ " + _N + r" \* [a-z])*$")


def _halved_kind(w: Wording) -> Proposed | None:
    """“国家级报刊每篇5分,省级每篇3分、市级每篇2分、区级每篇1分;网络媒体分值减半;每月得分10分封顶”: points per case by level
    (read as ``_earned`` reads them), a kind of case scoring half of its level's points, counted apart, and a cap of the
    分值: ``5 * a + 3 * b + … + 2.5 * e + 1.5 * f + …`` over the cases of each level, then those of the halved kind
    by level. Never confident: that the halved kind is counted by the same levels is the reading's."""
    half = _KIND_HALVED.search(w.text)
    cap = _PERIOD_CAP.search(w.text)
    if not half or not cap or d(cap.group("cap")) != w.weight or half.end() > cap.start():
        return None
    rest = w.text[:half.start()] + w.text[half.end():cap.start()] + f",最高{cap.group('cap')}分"
    found = _earned(replace(w, text=rest))
    if found is None or len(found.items) != 1:
        return None
    params = found.items[0]["params"]
    expression = str(params["expression"])
    variables = [dict(v) for v in params["variables"]]
    if not _TERMS_ADDED.match(expression) or 2 * len(variables) > len(_NAMES) or len(variables) < 2:
        return None
    kind = half.group("kind")
    terms = [(d(x), v) for x, v in re.findall(r"(" + _N + r") \* ([a-z])", expression)]
    taken = {v["name"] for v in variables}
    free = [c for c in _NAMES if c not in taken]
    halves = []
    for (pts, name), new in zip(terms, free):
        v = next(x for x in variables if x["name"] == name)
        halves.append((pts / 2, {"name": new, "label": f"{kind}：{v['label']}", "unit": v.get("unit", "")}))
    expression += "".join(f" + {number(p)} * {v['name']}" for p, v in halves)
    variables += [v for _p, v in halves]
    doubts = [*(found.doubts or ()), f"“{half.group(0).lstrip(';')}”：{kind}按各级每篇得分的一半计，篇数另计"]
    if cap.group("period"):
        doubts.append(f"“{cap.group(0).strip(';')}”：按本项分值封顶读（{cap.group('period')}一评）")
    item = RULE.item(w.name or found.items[0].get("label") or "", w.weight, {"expression": expression, "variables": variables})
    return Proposed([item], f"{found.summary}；{kind}减半", tuple(doubts))


# ── proposal: bands on a count, then faults taken off the band's score (“…16人以上未到,得2分;其他扣分情况:不写字,扣2分”) ──
#: the words opening the faults after the bands: “其他扣分情况:”, “另:”, “其它扣分:”
_OTHER_FAULTS = lazy_compile(r"^(?:(?:其他|其它)[^:;,\d]{0,6}:|另外?:|此外,?)")
#: the units of a count in whole cases: its bands' bounds are whole numbers
_WHOLE_UNITS = ("人", "名", "次", "处", "个", "件", "起", "例", "项", "户", "家", "条", "篇", "份", "台", "辆", "宗", "天")


def _count_bands_less_faults(w: Wording) -> Proposed | None:
    """“在检查时有5人以下(含5人)未到,得10分;有10人以下(含10人)未到,得8分;…;有16人以上(含16人)未到,得2分;其他扣分情况:
    不写字,扣2分;有打闹现象扣2分”: bands of score on a count of whole cases (tiers_rule reads them), the faults after
    them taken off the band's score: ``max - 2*min(1, max(0, n - 5)) - 2*min(1, max(0, n - 10)) - … - 2*a - 2*b``,
    each step of the bands a drop once the count passes its bound. Never confident: that the faults come off the
    band's score (not the 分值), and that the count is of whole cases, are the reading's."""
    if "扣" not in w.text or ";" not in w.text:
        return None
    sentences = w.text.rstrip(";").split(";")
    for cut in range(len(sentences) - 1, 1, -1):
        bands, rest = ";".join(sentences[:cut]) + ";", ";".join(sentences[cut:])
        if "扣" in bands or "扣" not in rest:
            continue
        found = tiers_rule.counted_bands(replace(w, text=bands))
        if found is None:
            continue
        return _bands_then_faults(w, found, bands, _OTHER_FAULTS.sub("", rest, count=1))
    return None


def _bands_then_faults(w: Wording, found: Proposed, bands: str, rest: str) -> Proposed | None:
    """The bands ``found`` read of ``bands`` and the faults of ``rest`` as one formula (``_count_bands_less_faults``)."""
    if len(found.items) != 1 or found.items[0]["type"] != tiers_rule.RULE.type:
        return None
    params = found.items[0]["params"]
    unit = str(params.get("unit") or "")
    if params.get("input") != "value" or unit not in _WHOLE_UNITS:
        return None
    # (the bands are kept under the type's own name)
    rows = sorted(params[tiers_rule.RULE.type], key=lambda r: d(r["min"]) if r.get("min") is not None else Decimal(-1))
    if rows[0].get("min") is not None or rows[-1].get("max") is not None or d(rows[0]["score"]) != w.weight:
        return None
    faults = _faults(replace(w, text=rest), gated=True)
    if faults is None or len(faults.items) != 1 or not str(faults.items[0]["params"]["expression"]).startswith("max - "):
        return None
    taken = {v["name"] for v in faults.items[0]["params"]["variables"]}
    name = next((c for c in "nkxyz" if c not in taken), None)
    if name is None:
        return None
    terms: list[str] = []
    for low, high in pairwise(rows):
        bound, drop = low.get("max"), d(low["score"]) - d(high["score"])
        if bound is None or d(bound) != d(bound).to_integral_value() or drop <= 0:
            return None  # a bound between whole cases, or a band scoring more past a count: no such steps
        # the count past the bound: “5人以下(含5人)” drops from 6 on, “5人以下” (without it) from 5 on
        past = d(bound) if low.get("max_inclusive") else d(bound) - 1
        nxt = high.get("min")
        if nxt is None or (d(nxt) + (0 if high.get("min_inclusive") else 1)) != past + 1:
            return None  # bands with a gap or an overlap between them
        step = f"min(1, max(0, {name} - {number(past)}))"
        terms.append(step if drop == 1 else f"{number(drop)} * {step}")
    variables = [{"name": name, "label": f"分档所按的{unit}数", "unit": unit},
                 *faults.items[0]["params"]["variables"]]
    expression = "max - " + " - ".join(terms) + " - " + str(faults.items[0]["params"]["expression"])[len("max - "):]
    item = RULE.item(w.name or "", w.weight, {"expression": expression, "variables": variables})
    return Proposed([item], f"{found.summary}，再扣：{faults.summary.removeprefix('公式计分：')}",
                    (*(found.doubts or ()), *(faults.doubts or ()),
                     f"“{rest.strip(';')}”：读作在所得档的得分上再扣，{unit}数按整数计，请核对"))


# ── proposal: the points of each period, its faults taken off them until none is left (“每月报表计5分,…扣完为止”) ──────
#: “每月报表计5分,表内项目错一笔扣1分,漏填一个项目扣1分,迟报一天扣1分,扣完为止”: a period's points, the faults
#: taken off them (each clause a deduction), and their floor
_PERIOD_SCORED = lazy_compile(r"(?:^|(?<=;))(?P<period>每月|每季度|每季|每半年)(?P<what>[^,;\d]{0,12}?)(?:计|得|为)(?P<n>" + _N
                            + r")分,(?P<faults>(?:[^,;]*?扣" + _N + r"分,)+)扣完为止(?=;|$)")
#: how many of each period a year holds, and the word naming one of them
_PERIODS = {"每月": (12, "月"), "每季度": (4, "季度"), "每季": (4, "季度"), "每半年": (2, "半年")}


def _points_each_period(w: Wording) -> Proposed | None:
    """“每月报表计5分,表内项目错一笔扣1分,漏填一个项目扣1分,迟报一天扣1分,扣完为止” on 60 points: the 分值 is the
    points of each period of the year (12 months × 5), the faults of a period taken off its own points down to 0, never
    another period's: ``max(0, 5 - m1) + … + max(0, 5 - m12)`` over each period's points off. Never confident: that
    “扣完为止” is each period's, not the year's, is the reading's."""
    m = _PERIOD_SCORED.search(w.text) if "扣完为止" in w.text else None
    if m is None:
        return None
    many, unit = _PERIODS[m.group("period")]
    each = d(m.group("n"))
    if each <= 0 or each * many != w.weight:
        return None
    faults = m.group("faults").rstrip(",")
    if "每" in faults or any(d(x) > each for x in re.findall(r"扣(" + _N + r")分", faults)):
        return None  # a count per period of its own, or a fault past the period's points: not the faults of one period
    what = m.group("what")
    costs = {d(x) for x in re.findall(r"扣(" + _N + r")分", faults)}
    # faults costing alike: each period's cases counted together, at that cost; otherwise its points off
    cost = costs.pop() if len(costs) == 1 else None
    variables = [{"name": f"m{k}", "label": f"第{k}个{unit}{what}{'扣分事项合计' if cost else '扣分合计'}（{faults}）",
                  "unit": "项" if cost else "分"} for k in range(1, many + 1)]
    taken = (lambda k: f"m{k}" if cost == 1 else f"{number(cost)} * m{k}") if cost else (lambda k: f"m{k}")
    expression = " + ".join(f"max(0, {number(each)} - {taken(k)})" for k in range(1, many + 1))
    item = RULE.item(w.name or f"{unit}{what}", w.weight, {"expression": expression, "variables": variables})
    return Proposed([item], f"公式计分：每{unit}{what}计 {number(each)} 分，共 {many} 个{unit}，各{unit}扣分（{faults}）"
                            f"只扣本{unit}的分，扣完为止",
                    (f"“{m.group(0)}”：读作每{unit}各自扣完为止（一个{unit}的扣分不影响其他{unit}），各{unit}按{'扣分事项合计' if cost else '扣分合计'}填，请核对",))


# ── proposal: points off per case, then less or more for the outcome of each (“每起减扣0.4分”, “每起加扣0.5分”) ────────
#: “经查属实的,每1起扣0.5分,”: the cases counted and what each costs, before the outcomes that change it
_CASE_COST = lazy_compile(r"^(?P<lead>[^;]*?)(?P<case>[^,;()\d]{2,30}?)的?,每1?(?P<unit>起|次|件|例|宗|个|项|人|户)扣(?P<cost>" + _N + r")分"
                        r"(?P<rest>(?:[,;][^,;]+)+?);?$")
#: “能按督办要求整改到位的,每起减扣0.4分”, “没有整改到位的,每起加扣0.5分”: an outcome of a case and what it changes
_OUTCOME = lazy_compile(r"^(?P<cond>[^,;()\d每扣分]{2,30}?)的?,?每(?P<unit>起|次|件|例|宗|个|项|人|户)?(?P<how>减扣|加扣)(?P<n>" + _N + r")分$")


def _cases_adjusted(w: Wording) -> Proposed | None:
    """“市效能办受理的投诉,经查属实的,每1起扣0.5分,能按督办要求整改到位的,每起减扣0.4分;没有整改到位的,每起加扣0.5分;
    拒不整改且给不出正当理由的,每起加扣1分”: each case costs its points, less (减扣) or more (加扣) by its outcome; the
    outcomes named both ways sort the cases, each case into one: ``max - (0.5 - 0.4)*a - (0.5 + 0.5)*b - (0.5 + 1)*c``
    over the cases of each outcome. Never confident: that every case has one of the outcomes named, and only one (the
    graver outcome not on top of the lighter), is the reading's."""
    if "减扣" not in w.text or "加扣" not in w.text:
        return None
    m = _CASE_COST.match(w.text)
    if m is None:
        return None
    unit, cost = m.group("unit"), d(m.group("cost"))
    outcomes = [_OUTCOME.match(x) for x in re.split(r"(?<=分)[,;]", m.group("rest").strip(",;"))]
    if len(outcomes) < 2 or len(outcomes) > len(_NAMES) or any(o is None or o.group("unit") not in (None, unit)
                                                                for o in outcomes):
        return None
    hows = {o.group("how") for o in outcomes if o is not None}
    if hows != {"减扣", "加扣"}:
        return None  # outcomes only adding (or only easing) leave the cases of none of them: not sorted into them
    variables: list[dict[str, str]] = []
    terms: list[str] = []
    case = m.group("case").strip()
    for k, o in enumerate(outcomes):
        assert o is not None
        n = d(o.group("n"))
        each = cost - n if o.group("how") == "减扣" else cost + n
        if each <= 0:
            return None  # an outcome easing the cost to nothing or less: no reading of the cost per case
        name = _NAMES[k]
        variables.append({"name": name, "label": f"{case}、{o.group('cond')}的{unit}数", "unit": unit})
        terms.append(f"({number(cost)} {'-' if o.group('how') == '减扣' else '+'} {number(n)}) * {name}")
    if sum(d(o.group("n")) for o in outcomes if o is not None) <= 0 or w.weight <= 0:
        return None
    item = RULE.item(w.name or case, w.weight, {"expression": "max - " + " - ".join(terms), "variables": variables})
    said = "；".join(f"{o.group('cond')}每{unit}扣 {number(cost - d(o.group('n')) if o.group('how') == '减扣' else cost + d(o.group('n')))} 分"
                    for o in outcomes if o is not None)
    return Proposed([item], f"公式计分：{case}每{unit}扣 {number(cost)} 分，按结果增减：{said}",
                    (f"“{m.group('rest').strip(',;')}”：读作每{unit}只归入所列的一种情形（{case}的{unit}数按情形分开填），"
                     f"较重的情形不再另按较轻的扣，请核对",))


# ── proposal: points off per case, the points a figure over a named count (“每个火点按40分/当地行政村数量扣分”) ─────────
#: “每个火点(含黑斑)按40分/当地行政村数量扣分”: a case, and what it costs: a figure over a count the text names
_PER_CASE_OVER = lazy_compile(r"每(?:个|次|起|处|件|例|宗)(?P<case>[^,;()\d按]{1,12}?)(?P<aside>\([^()\d]*\))?,?按(?P<n>" + _N
                            + r")分/(?P<count>[^,;()\d/]{2,16}?)(?:扣分|扣除|扣减)")
#: “对发现的火点未当场制止及火点面积超过300平方米的加倍扣分”: cases that cost twice as much
_TWICE_OFF = lazy_compile(r"^(?:对)?(?P<what>[^;]{2,40}?)的?,?(?:加倍扣分|扣分加倍|双倍扣分|加倍扣除)$")
#: words a remark holds that would score: not set aside
_REMARK_SCORES = lazy_compile(r"\d|得分|不得|满分|加分|扣完|为止|最高|最多|否则")


def _per_case_over_count(w: Wording) -> Proposed | None:
    """“每个火点(含黑斑)按40分/当地行政村数量扣分,…;对发现的火点未当场制止及火点面积超过300平方米的加倍扣分”: points off the
    分值 per case, the points a figure over a count the text names, cases of a worse kind costing twice:
    ``max - (a + 2 * b) * 40 / v`` over the cases, the worse cases and the count. Clauses around that say why, with no
    figure, are set aside. Never confident: a case both kinds of worse is read as doubled once."""
    t = w.text.rstrip(";")
    m = _PER_CASE_OVER.search(t)
    if not m or d(m.group("n")) != w.weight:
        return None
    first_end = t.find(";", m.end())
    first = t[:first_end] if first_end >= 0 else t
    remarks = [x for x in (first[:m.start()].strip(","), first[m.end():].strip(",")) if x]
    if any(_REMARK_SCORES.search(x) for x in remarks):
        return None
    rest = [x for x in t[len(first):].split(";") if x]
    doubled = [_TWICE_OFF.match(x) for x in rest]
    if len(rest) > 1 or not all(doubled):
        return None
    case = m.group("case") + (m.group("aside") or "")
    n = number(d(m.group("n")))
    variables = [{"name": "a", "label": f"{case}个数", "unit": "个"}]
    counted = "a"
    doubts = [f"“{x}”：作为说明，未用于规则" for x in remarks]
    if doubled and doubled[0]:
        variables.append({"name": "b", "label": f"{doubled[0].group('what')}的{m.group('case')}个数", "unit": "个"})
        counted = "(a + 2 * b)"
        variables[0]["label"] = f"{case}个数（加倍扣分的另计）"
        doubts.append(f"“{doubled[0].group(0)}”：按每个扣分的 2 倍计，同时符合几种情形的也只加倍一次")
    variables.append({"name": "v", "label": m.group("count"), "unit": ""})
    doubts.append(f"“{m.group(0)}”：每个扣 {n} 分÷{m.group('count')}，扣至 0 分为止")
    return Proposed([RULE.item(w.name or case, w.weight, {"expression": f"max - {counted} * {n} / v",
                                                          "variables": variables})],
                    f"公式计分：每个{case}扣 {n} 分÷{m.group('count')}，得分限于 0～分值", ("；".join(doubts),))


# ── proposal: points added and taken per time, the base said last (“…;此项基本分为0分,累计不超过8分”) ─────────
#: the base closing the text, the cap of the whole after it: “4.此项基本分为0分,累计不超过8分”, “基本分为5分,最高不超过10分”,
#: “基本分为10分” (an ordinal may lack its dot: “4此项…”)
BASE_SAID_LAST = lazy_compile(r"(?:^|;)(?:" + ORDINAL + r"|\d{1,2}(?=此项|本项|该项))?(?:此项|本项|该项)?(?:基本分|基础分)(?:为)?"
                        r"(?P<base>" + _N + r")分(?:[,;](?:累计|最高|最多)(?:不超过|得)?(?P<cap>" + _N + r")分)?[;.]?$")
#: points added or taken per time: “1次扣1分”, “每次扣2分”, “1次,加2分”, “扣2分/次”, “5分/次” (the verb of the clause
#: before), or “…1次,扣5分” / “…,加5分” (counted when the case says its one time, else not counted)
_PER_TIME = lazy_compile(r"(?:(?:每|1)次,?(?P<v1>扣|减|加)(?P<p1>" + _N + r")分|(?P<v2>扣|减|加)?(?P<p2>" + _N + r")分/次|"
                       r"(?P<v3>扣|减|加)(?P<p3>" + _N + r")分)(?=[;,.]|$)")


def _base_said_last(w: Wording) -> Proposed | None:
    """“1.迟到或早退十五分钟及以上扣2分/次;2.病假扣1分/次,…;3.会上积极发言参与加2分/次;4.此项基本分为0分,累计不超过8分”:
    cases each adding or taking their points per time, the base they count from said last (a cap of the whole after
    it, the 分值), as a formula ``5 - 2 * a - b + 2 * e`` (``max - …`` when the base is the 分值) over the count of each
    case in the order named, kept within 0～分值. Cases said with no time (“…,作为活动总负责人,加10分”) are counted per
    time only when all add points; beside a case taking points off they are one situation of several, not this reading.
    Always to check: that the points add and take from the base, and the count of a case whose time is unsaid."""
    end = BASE_SAID_LAST.search(w.text)
    if end is None or end.start() == 0:
        return None
    base, cap = d(end.group("base")), d(end.group("cap")) if end.group("cap") else None
    if base > w.weight or (cap is not None and cap != w.weight):
        return None
    rest = w.text[:end.start()]
    cases: list[tuple[str, Decimal, bool]] = []  # (words, signed points, counted)
    at, verb = 0, ""
    for m in _PER_TIME.finditer(rest):
        words = rest[at:m.start()]
        v = m.group("v1") or m.group("v2") or m.group("v3")
        if v is None and not (verb and words.startswith(",")):
            return None  # “5分/次” with no verb, and none said before it in its sentence
        verb = v or verb
        counted = m.group("p3") is None or bool(re.search(r"1次,?$", words))
        words = re.sub(r"1次,?$", "", words)
        label = re.sub(r"(?:者|的)?[:,]?$", "", ORDINAL_AT.sub("", words.lstrip(";,:")))
        if len(label) < 2 or re.search(r"\d|分(?!钟)", label):
            return None
        pts = d(m.group("p1") or m.group("p2") or m.group("p3"))
        if not 0 < pts <= w.weight:
            return None
        cases.append((label, -pts if verb in ("扣", "减") else pts, counted))
        at = m.end()
    if not cases or rest[at:].strip(";,. ") or len(cases) > len(_NAMES):
        return None
    if not all(c for _l, _p, c in cases) and (any(p < 0 for _l, p, _c in cases) or any(c for _l, _p, c in cases)):
        return None  # cases said with no time beside one taking points off (situations), or beside counted ones
    if all(p > 0 for _l, p, _c in cases) and base == w.weight:
        return None  # points only added to the whole 分值: nothing to add to
    terms, variables = [], []
    head = "max" if base == w.weight else number(base)
    for k, (label, pts, _c) in enumerate(cases):
        name = _NAMES[k]
        variables.append({"name": name, "label": f"{label}（次数）", "unit": "次"})
        # (a point a time off a base short of the 分值 said as such: “1 * b”, its figure placed)
        amount = name if abs(pts) == 1 and head == "max" else f"{number(abs(pts))} * {name}"
        terms.append(("- " if pts < 0 else "+ ") + amount)
    expression = f"{head} {' '.join(terms)}"
    if head == "0" and cases[0][1] > 0:
        expression = expression.removeprefix("0 + ")
    said = "；".join(f"{label}每次{'扣' if pts < 0 else '加'} {number(abs(pts))} 分" for label, pts, _c in cases)
    doubts = [f"“{end.group(0).strip(';.')}”：各项加分与扣分都从基本分 {number(base)} 分起计，合计限于 0～{number(w.weight)} 分"]
    if not all(c for _l, _p, c in cases):
        doubts.append("原文未写“每次”：各项按次数累计加分")
    return Proposed([RULE.item(w.name, w.weight, {"expression": expression, "variables": variables})],
                    f"公式计分：基本分 {number(base)} 分；{said}，得分限于 0～分值", tuple(doubts))


# ── proposal: a count's deduction at consecutive times, so on (“迟到三次扣20分;迟到四次扣30分,以此类推”) ───────────────
#: a time counted and its deduction: “迟到3次扣20分”; the times let pass: “迟到2次内不扣分”, “迟到2次以内不扣分”
_AT_TIMES = lazy_compile(r"^(?P<what>[\u4e00-\u9fff]{1,8}?)(?P<k>\d+)次(?P<free>以?内不扣分|及以下不扣分)?(?:扣(?P<p>" + _N + r")分)?$")


def _times_so_on(w: Wording) -> Proposed | None:
    """“1、迟到:①迟到两次内不扣分;②迟到三次扣20分;③迟到四次扣30分,以此类推”: the deduction at consecutive counts of one
    thing, an equal step between them, closing with 以此类推, the times below the first deducted let pass (said, or the
    first count 1): each time more costs the step more, as ``max - max(0, 20 + 10 * (n - 3)) * min(1, max(0, n - 2))``,
    kept within 0～分值. Always to check: the step carried on is the reading's."""
    t = w.text.rstrip(";.")
    so_on = re.search(r"[,;](?:以此类推|依此类推|依次类推)$", t)
    if so_on is None:
        return None
    body = ORDINAL_AT.sub("", t[:so_on.start()])
    body = re.sub(r"^[\u4e00-\u9fff]{1,8}:", "", body)  # the heading: “迟到:”
    clauses = [x.lstrip(CIRCLED) for x in re.split(r"[;,]", body) if x]
    free: int | None = None
    steps: list[tuple[int, Decimal]] = []
    what = ""
    for clause in clauses:
        m = _AT_TIMES.match(clause)
        if m is None or (what and m.group("what") != what) or bool(m.group("free")) == bool(m.group("p")):
            return None
        what = m.group("what")
        if m.group("free"):
            if steps or free is not None:
                return None
            free = int(m.group("k"))
        else:
            steps.append((int(m.group("k")), d(m.group("p"))))
    if len(steps) < 2 or any(b[0] != a[0] + 1 for a, b in pairwise(steps)):
        return None
    step = steps[1][1] - steps[0][1]
    if step <= 0 or any(b[1] - a[1] != step for a, b in pairwise(steps)) or steps[-1][1] >= w.weight:
        return None
    first, pts = steps[0]
    if (free if free is not None else 0) != first - 1:
        return None  # the counts below the first deducted: not said
    expression = (f"max - max(0, {number(pts)} + {number(step)} * (a - {first})) * min(1, max(0, a - {first - 1}))"
                  if first > 1 else f"max - ({number(pts)} + {number(step)} * (a - 1))")
    said = "；".join(f"{k} 次扣 {number(p)} 分" for k, p in steps)
    lead = f"{free} 次以内不扣分；" if free else ""
    return Proposed([RULE.item(w.name, w.weight, {"expression": expression,
                                                  "variables": [{"name": "a", "label": f"{what}次数", "unit": "次"}]})],
                    f"公式计分：{what}：{lead}{said}，以此类推，得分限于 0～分值",
                    (f"“{so_on.group(0).strip(',;')}”：按每多 1 次多扣 {number(step)} 分读",))


#: “培植种粮大户计2分,双季稻种植达30亩的种粮大户每户计1分”: what is scored and its 分值 first, then the points per case
_HEADING_CAP = lazy_compile(r"^(?P<head>[^\d,;:()每扣分]{2,20}?)(?:计|得|共|满分)(?P<cap>\d+(?:\.\d+)?)分,(?=[^;]*每)")


def _heading_cap(w: Wording) -> Proposed | None:
    """What is scored with its 分值, then the points earned for each case (“培植种粮大户计2分,双季稻种植达30亩的种粮大户的每户计
    1分”): the 分值 said first caps the points of the cases (read as ``_earned`` reads them with that cap after them),
    to check."""
    m = _HEADING_CAP.match(w.text)
    if m is None or d(m.group("cap")) != w.weight:
        return None
    rest = w.text[m.end():].rstrip(";.")
    if ";" in rest or _POINTS_SAID.search(rest[:rest.find("每")]):
        return None
    found = _earned(replace(w, text=f"{rest},最高{m.group('cap')}分"))
    if found is None:
        return None
    return found.doubted(f"“{m.group(0).rstrip(',')}”：读作所计各项得分的上限")


#: “满分10分,超过10分的按10分计”, “本次实验满分12分;所获总分如果高于12分,将被截断为12分”, “注:满分5分,超过满分的以5分计分”:
#: the points earned elsewhere (the row's parts, its questions, its bonuses: “加分累计超过5分的按5分计”) added up, the 分值
#: their cap. The total said first (“满分”, “分值”) is optional. Never points off capped (“扣分累计超过5分的按5分计”), a
#: time or a count capped (“超过10分钟的按10分钟计”, “超过10个的按10个计”), nor the excess kept otherwise (“超出10分的部分按
#: 50%计”, “…作为加分”)
_TOTAL_CAPPED = lazy_compile(
    r"^(?:注:)?(?:本(?:次|项)[^\d,;:]{0,6}?)?(?:(?:满分|分值|总分)(?:为)?(?P<full>" + _N + r")分(?!钟)[;,])?"
    r"(?:所获|所得|实际|各项|加分)?(?:累计|合计)?(?:总分|得分|总得分|分数)?(?:如果|若|如)?(?:超过|高于|超出|多于)"
    r"(?:满分|分值|(?P<over>" + _N + r")分(?!钟))(?:的|时|者)?,?(?:均|一律|将)?(?:被)?"
    r"(?:按|以|截断为|计为|记为)(?:满分|分值|(?P<cap>" + _N + r")分(?!钟))(?:计分|计算|计|记|记录|为准)?[;.]?$")


def _total_capped(w: Wording) -> Proposed | None:
    """``_TOTAL_CAPPED``: the points earned added up and capped at the 分值, as ``min(max, s)`` over one variable, the sum
    of the points earned; every figure said must be the 分值. Always to check: what is added up is scored elsewhere."""
    m = _TOTAL_CAPPED.match(w.text)
    if m is None or w.weight <= 0 or any(d(x) != w.weight for x in m.group("full", "over", "cap") if x is not None):
        return None
    variables = [{"name": "s", "label": "各项得分之和", "unit": "分"}]
    return Proposed([RULE.item(w.name or "合计得分", w.weight, {"expression": "min(max, s)", "variables": variables})],
                    f"公式计分：得分 = 各项得分之和，超过 {number(w.weight)} 分按 {number(w.weight)} 分计",
                    (f"“{m.group(0).rstrip(';.')}”：读作各项得分相加、以分值封顶，各项得分另行评定，请核对",))


# ── proposal: points for requirements, less points per case of a fault ──────
#: “建立台账的得2分”, “…,得3分”: the points of one requirement
_REQUIRED = lazy_compile(r"的?,?(?:得|计)(\d+(?:\.\d+)?)分")
#: words that make a requirement more than a thing done or not
_REQ_NOT = lazy_compile(r"每|扣|按比例|比例|以上|以下|%|≥|≤|否则|酌情|视情况|\d")
#: “未使用编排工具,扣10分”: a fault taken once when found, its cost closing the sentence; no case counted (no 每, no
#: “缺1项”, which counts each thing lacking), no other cost nor points in its words, no 各 sharing it out
_ONCE_LOST = lazy_compile(r"^(?P<words>(?![^;]*(?:缺|少|漏|错)(?:少)?\d)[^;每扣得计各]{2,80}?)的?,?扣(?:除|减)?(?P<pts>\d+(?:\.\d+)?)分$")


def _required_less_faults(w: Wording) -> Proposed | None:
    """“1.建立重点税源台账的得2分,按月分析税收完成情况的得3分;2.资料不完整…的,每缺1项扣2分”: requirements each with
    its points (adding up to the 分值), then faults each costing points per case, or once when found (“完成环境部署,得20分;
    完成功能测试,得10分;未提交部署文档,扣5分”), as a formula ``max - 2 * (1 - a) - 3 * (1 - b) - 2 * c`` (a requirement
    not met takes its points off) over a 0/1 variable for each requirement met and the count of each fault (0/1 for one
    taken once), in the order the text names them; the
    score is kept within 0～分值. Always to check: whether the deductions come off the points earned is the reading's,
    the text does not say so."""
    t = w.text
    if "扣" not in t or ("得" not in t and "计" not in t):
        return None
    reqs: list[tuple[str, Decimal]] = []
    faults: list[_Case] = []
    for sentence in [x for x in t.split(";") if x]:
        body = ORDINAL_AT.sub("", sentence.lstrip(CIRCLED))
        body = _ASIDE.sub("", body)
        if "扣" in body:
            lose = _LOSE.search(body)
            once = _ONCE_LOST.match(body) if lose is None else None
            if not reqs or "得" in body or "计" in body:
                return None
            if once is not None:  # “未使用编排工具,扣10分”: a fault taken once, 0/1 (its own figures describe it)
                if not 0 < d(once.group("pts")) < w.weight:
                    return None
                faults.append(_Case(_case_words(once.group("words")), "", d(once.group("pts")), None, True))
                continue
            if lose is None or lose.end() != len(body):
                return None
            faults.append(_Case(_case_words(body[:lose.start()]) or "问题", lose.group("unit") or "项",
                                d(lose.group("pts")), None, True))
            continue
        if faults:
            return None  # a requirement after the faults: not this wording
        at = 0
        for m in _REQUIRED.finditer(body):
            words = body[at:m.start()].strip(",")
            if len(words) < 2 or _REQ_NOT.search(words):
                return None
            reqs.append((_case_words(words), d(m.group(1))))
            at = m.end()
        if at != len(body) or at == 0:
            return None
    if len(reqs) < 2 or not faults or sum(p for _, p in reqs) != w.weight or len(reqs) + len(faults) > len(_NAMES):
        return None
    variables, terms = [], []
    # the requirements' points add up to the 分值: a requirement not met takes its points off it
    for k, (words, pts) in enumerate(reqs):
        variables.append({"name": _NAMES[k], "label": f"{words}（做到=1，未做到=0）", "unit": ""})
        terms.append(f"{number(pts)} * (1 - {_NAMES[k]})")
    for k, f in enumerate(faults, start=len(reqs)):
        label = f"{f.words}（{f.unit}数）" if f.unit else f"是否{f.words}（是=1，否=0）"  # (no unit: taken once)
        variables.append({"name": _NAMES[k], "label": label, "unit": f.unit})
        terms.append(f"{number(f.amount)} * {_NAMES[k]}")
    expression = "max - " + " - ".join(terms)
    summary = ("公式计分：" + "；".join(f"{words}得 {number(pts)} 分" for words, pts in reqs) + "；"
               + "；".join(f"{f.words}每{f.unit}扣 {number(f.amount)} 分" if f.unit else f"{f.words}扣 {number(f.amount)} 分"
                          for f in faults) + "，得分限于 0～分值")
    return Proposed([RULE.item(w.name, w.weight, {"expression": expression, "variables": variables})], summary,
                    ("各项要求做到的得其分，扣分从所得分中扣除，请核对",))


#: “…核查清楚(2分);”: a requirement's points in brackets closing its sentence
_BRACKETED_POINTS = lazy_compile(r"(?<=[\u4e00-\u9fff”])\((\d+(?:\.\d+)?)分\)(?=;|$)")


def _bracketed_less_faults(w: Wording) -> Proposed | None:
    """“…家庭情况核查清楚(2分);重残对象、农村五保动态管理有效(1分);因材料上报不及时…的,每次扣0.5分”: requirements each
    closing with its points in brackets, then faults each costing points per case: read as ``_required_less_faults``
    reads “…的得2分”, the points in brackets taken as the points of the requirement before them."""
    if not _BRACKETED_POINTS.search(w.text):
        return None
    t = _BRACKETED_POINTS.sub(lambda m: f",得{m.group(1)}分", w.text)
    return _required_less_faults(replace(w, text=t))


# ── a condition that zeroes the whole item beside its deductions ────────────
def gated_faults(w: Wording) -> Proposed | None:
    """The deductions of a text beside a condition that zeroes the whole item, as one formula over its faults (one
    variable each, a fault taken once 0/1, one counted per case its count), to be multiplied by the condition."""
    return _faults(w, gated=True)


#: the share done × 分值 (at most 100%) as a formula's expression, the share a rate in percent (what ``gated`` makes of a
#: 完成比例 or a capped 比率计分)
SHARE_DONE = "max * min(c, 100) / 100"


#: “每学期至少开展2次,每少1次扣3分,不开展的不得分”, “…,1次都未召开的不得分”: the thing counted not done at all, the verb
#: alone (never “未开展检查的”, “未建立台账的”: a thing named, perhaps another than the one counted)
_NOTHING_DONE = lazy_compile(r"^(?:全年|全学期|本年度|年内|当年|学期内)?(?:1次(?:都|也)|均|都)?(?:不|未|没有|从未|未曾)"
                        r"(?:开展|参加|召开|组织|举办|进行)(?:过)?$")


#: how ``gated`` writes a line on a count of times zeroed when none was done: the count at 0 zeroes the row
NONE_DONE_ZEROES = "min(1, x) * ("


def zeroed_at_none(params: Params) -> bool:
    """Whether a formula is a line on a count of times done, zeroed when none was done (``NONE_DONE_ZEROES``)."""
    return str(params.get("expression") or "").startswith(NONE_DONE_ZEROES)


def _nothing_done(params: Mapping[str, Any], condition: str) -> bool:
    """Whether a 达标线 on a count of times done (at least so many, “至少开展2次”) is zeroed by ``condition`` saying it was
    not done at all: the count at 0, which the line's count holds itself."""
    return (params.get("direction", "higher") == "higher" and str(params.get("unit") or "") == "次"
            and d(str(params.get("full_at") or "0")) >= 1 and _NOTHING_DONE.match(condition) is not None)


def gated(item: dict, condition: str, any_formula: bool = False) -> dict | None:
    """“每迟报1天扣0.2分,扣完为止,未上报分析说明材料的不得分”: a deducting item (逐例扣分、延迟扣分, a formula that
    takes points off the 分值, or a share done: 完成比例 or a capped 比率计分) whose points all go when a condition in words holds, as a formula ``g * (…)``: ``g`` a
    0/1 variable (1 when the condition does not hold), named first because it multiplies the rest, then the
    deduction's own count. ``any_formula``: a formula that takes nothing off (a straight line between two lines) is
    gated too. None for an item of another kind."""
    params = item.get("params") or {}
    kind = item.get("type")
    deduction, delay = deduction_rule.RULE.type, delay_rule.RULE.type
    if kind == completion_rule.RULE.type or (kind == rate_rule.RULE.type and params.get("cap", True)):
        # “…扣全分,已制定但未完成的按照未完成比例扣分”: the share done × 分值 (at most 100%), one rate in percent
        what = str(params.get("value_label") or item.get("label") or "完成比例")
        inner, variables = SHARE_DONE, [{"name": "c", "label": what, "unit": "%"}]
    elif kind in (deduction, delay):
        per = number(d(str(params.get("per"))))
        unit = str(params.get("unit") or ("月" if kind == delay else "例"))
        grace = d(str(params.get("grace") or "0"))
        count = f"max(n - {number(grace)}, 0)" if grace else "n"
        inner = f"max - {count}" if d(per) == 1 else f"max - {per} * {count}"
        what = "延迟" if kind == delay else "不符合"
        variables = [{"name": "n", "label": f"{what}的{unit}数", "unit": unit}]
    elif kind == RULE.type and (any_formula or deducts_from_full(params)):
        inner, variables = str(params["expression"]), [dict(v) for v in params.get("variables") or []]
    elif kind == threshold_rule.RULE.type and params.get("input", "value") == "value" and not params.get("stepwise"):
        # “…比例达到100%;未完成年度检测任务此项不得分;每降低5%扣0.02分”: a 达标线 taking points off per step in
        # proportion, the value entered as it is (the step's points off the 分值, never below 0)
        per = number(deduct_points(params, d(str(item["max"]))))
        line, step = number(d(str(params.get("full_at")))), number(d(str(params.get("step") or "1")))
        gap = f"{line} - x" if params.get("direction", "higher") == "higher" else f"x - {line}"
        inner = f"max - {per} * max(0, {gap})" + (f" / {step}" if step != "1" else "")
        what = str(params.get("value_label") or item.get("label") or "数值")
        variables = [{"name": "x", "label": what, "unit": str(params.get("unit") or "")}]
    else:
        return None
    if kind == threshold_rule.RULE.type and _nothing_done(params, condition):
        # the count of the line at 0 is the condition itself: ``min(1, x) * (…)``, no 0/1 variable of its own
        return RULE.item(item.get("label") or "", d(str(item["max"])),
                         {"expression": f"{NONE_DONE_ZEROES}{inner})", "variables": variables}, item.get("key") or "a")
    name = next(c for c in "gzyxw" if c not in {v.get("name") for v in variables})
    gate = {"name": name, "label": condition + GATE_LABEL, "unit": ""}
    return RULE.item(item.get("label") or "", d(str(item["max"])),
                     {"expression": f"{name} * ({inner})", "variables": [gate] + variables}, item.get("key") or "a")


def exempted(item: dict, condition: str) -> dict | None:
    """A formula that takes points off the 分值 (a gated one included) whose item keeps its 分值 whatever is found when
    a condition in words holds (``condition`` as the text says it, “采取配餐方式的,此项不扣分”): ``p * max + (1 - p) *
    (…)``, ``p`` a 0/1 variable (1 when the condition holds) named first. None for an item of another kind."""
    params = item.get("params") or {}
    if item.get("type") != RULE.type or not deducts_from_full(params):
        return None
    variables = [dict(v) for v in params.get("variables") or []]
    name = next(c for c in "pqsuv" if c not in {v.get("name") for v in variables})
    exempt = {"name": name, "label": f"{condition}（是=1，否=0）", "unit": ""}
    expression = str(params["expression"])
    rest = expression if _GATED.match(expression) else f"({expression})"  # “max - 5 * a” taken off as a whole
    return RULE.item(item.get("label") or "", d(str(item["max"])),
                     {"expression": f"{name} * max + (1 - {name}) * {rest}", "variables": [exempt] + variables},
                     item.get("key") or "a")


_ANY_CAP = lazy_compile(r"(?:扣满|(?:最多|最高|累计)扣|(?:累计)?扣分(?:最多|不超过))(\d+(?:\.\d+)?)分|扣完(\d+(?:\.\d+)?)分为止")


def stops(t: str, item_max: Decimal) -> bool:
    """Whether the text says where the deducting of all its faults stops: 扣完为止, or a cap of the whole 分值
    (a cap below it is one fault's own)."""
    return bool(STOP_AT_ZERO.search(t)) or any(d(m.group(1) or m.group(2)) == item_max for m in _ANY_CAP.finditer(t))


def within(short: str, long: str) -> bool:
    """Whether the characters of ``short`` stand, in order, among those of ``long``."""
    chars = iter(long)
    return all(c in chars for c in short)


#: a fault named only as a problem found, of which any other fault is one: “发现问题”, “存在问题”, “问题”
_ANY_PROBLEM = lazy_compile(r"(?:每?(?:发现|存在|出现|有))?(?:1(?:处|个|项|例|次))?问题|每?(?:发现|查出)(?:1(?:处|个|项|例|次))?")
#: words that make a fault a graver degree of another
_GRAVER = lazy_compile(r"严重|重大|较大|特别|情节|恶劣")
#: a fault said only by how many or how widely it is found (“…扣5分,多处扣8分”, “再次出现扣8分”, “普遍存在的扣8分”,
#: “问题较多的扣8分”, “大部分缺失”, “全部缺失”, “屡教不改”): the same fault found more, the graver case (it may be meant
#: to count under both, or its own only)
_MANY_OF = lazy_compile(r"多(?:处|次|项|个|人|起|件|种|台|条|数)|屡次|屡教|反复|再次|重复|普遍|大面积|较多|大量|大部分|大多|全部")
#: a fault that is another's case once confirmed (“每发现1起投诉扣1分,经查实的每起扣2分”): the words only say it was
#: verified, of a case counted before (the same case may be meant to count under both, or under this one only)
_CONFIRMED = lazy_compile(r"(?<!不)(?:经|被)?(?:查证属实|核查属实|查实|核实|证实|属实|认定|确认)|(?<![未不无])有效(?=投诉|举报|申诉|差评)")
#: what a confirmed case may say beside its confirmation and still name no fault of its own
_CONFIRMED_FILLER = lazy_compile(r"其中|确有问题|问题|情况|的|[,，、]")


#: a fault that is only a size of a case (“单笔金额超过1万元”, “涉及金额5万元以上”): a figure with a comparison
_SIZED = lazy_compile(r"^(?:其中)?(?:单笔|单次|单起|单项|单个|单人次|单人|单户|单例|每笔|涉及)?[\u4e00-\u9fff]{0,6}?(?:超过|高于|大于|达到|在)?\d+(?:\.\d+)?"
                    r"[\u4e00-\u9fff%]{0,3}?(?:以上|及以上|以下|以内)?(?:的)?$")


def _variable_words(v: Mapping[str, Any]) -> str:
    """A variable's words of its fault, without the “是否” and the bracketed unit its label adds (“是否迟到（是=1，否=0）”)."""
    return _LABEL_DRESS.sub("", str(v.get("label") or ""))


_LABEL_DRESS = lazy_compile(r"^是否|（[^（]*）$")


def _sized_again(params: Params, gate: str | None) -> str | None:
    """The words of a fault counted in the unit of an earlier one that only give the size of a case (“每发现1例不合规
    支出扣1分,单笔金额超过1万元的每例扣2分”): a case of the earlier fault, which may be meant to count under both."""
    seen: set[str] = set()
    for v in params.get("variables") or []:
        if not isinstance(v, Mapping) or v.get("name") == gate:
            continue
        label, unit = _variable_words(v), str(v.get("unit") or "")
        # (a single case of a size, “单人次违规金额超过1万元的扣1分”, is a case of the count before it, whatever its unit)
        single = bool(seen) and re.match(r"(?:其中)?单(?:笔|次|起|项|个|人次|人|户|例)", label) is not None
        if ((unit and unit in seen) or single) and _SIZED.match(label) and re.search(r"超过|高于|大于|以上|达到", label):
            return label
        seen.add(unit)
    return None


def _among_before(params: Params, gate: str | None) -> str | None:
    """The words of a fault “其中…” counted in the unit of an earlier counted one at an amount of its own (“每发现1处扣1分,
    其中涉及安全的每处扣2分”): cases among the earlier ones, which the earlier count may hold too (each then costing both
    amounts) or leave out; not the doubling of the earlier fault (“其中逾期未整改的…”, its words repeated)."""
    seen: dict[str, str] = {}
    for v in params.get("variables") or []:
        if not isinstance(v, Mapping) or v.get("name") == gate:
            continue
        label, unit = _variable_words(v), str(v.get("unit") or "")
        if not unit:
            continue
        if label.startswith("其中") and unit in seen and not label.endswith(seen[unit]):
            return label
        if label.startswith("其中") and seen and unit not in seen:
            # “每月未按时上报报表(扣12分,其中每少报1个月报表扣1分)”: counted in another unit than the fault before it,
            # of which it may be the cases (the amount before them their cap) or cases beside them
            return label
        seen.setdefault(unit, label)
    return None


def _in_two_units(params: Params, gate: str | None) -> str | None:
    """The words of a fault counted twice, in two units of time (“每迟报1天扣0.5分,每迟报1周扣2分”: 迟报 in days and
    in weeks), or None: a case of the one is a case of the other (“每缺1名…,每缺1天…” count two things)."""
    units: dict[str, str] = {}
    for v in params.get("variables") or []:
        if not isinstance(v, Mapping) or v.get("name") == gate or str(v.get("unit") or "") not in _TIME_UNITS:
            continue
        label = _variable_words(v)
        if units.setdefault(label, str(v["unit"])) != str(v["unit"]):
            return label
    return None


#: a fault that is what became of a case found: not put right in time, found again on a second look, or found again,
#: sent back (“来料检验不合格每批次扣2分,退货的扣3分”)
_FOLLOW_UP = lazy_compile(r"整改|复查|复检|仍(?:未|不|存在)|(?:重复|再次)(?:发现|出现)|退货|退回|返工|返修")


def _followed_up_once(params: Params, gate: str | None) -> str | None:
    """The words of a fault taken once (0/1) that is what became of the cases an earlier fault counts (“保洁不到位的
    每处扣1分,逾期未整改的再扣1分”): each case left so may cost again, not the fault once; or None."""
    counted = False
    for v in params.get("variables") or []:
        if not isinstance(v, Mapping) or v.get("name") == gate:
            continue
        words = _variable_words(v)
        if v.get("unit") and not _FOLLOW_UP.search(words):
            counted = True
        elif counted and not v.get("unit") and _FOLLOW_UP.search(words):
            return words
    return None


#: a fault said as the same thing found again (“同一问题重复出现”, “再次发现同类隐患”, “屡次出现”; not a count of its own,
#: “再次未按时报送”, ``_TIED_COUNT``'s)
_AGAIN = lazy_compile(r"同一|同类|(?:重复|再次|屡次|反复)(?:出现|发现)")


def _repeated_again(words: list[str]) -> str | None:
    """The words of a fault that is an earlier one's thing found again (“发现问题” / “同一问题重复出现”, “隐患” / “同一隐患
    再次出现”): the thing the earlier fault's words end on (its last two characters) named again beside a repetition,
    whatever the fault's unit; or None."""
    for i, x in enumerate(words[1:], 1):
        if _AGAIN.search(x) and not x.startswith("其中") and any(len(y) >= 2 and y[-2:] in x for y in words[:i]):
            return x
    return None


def _confirmed_again(words: list[str]) -> str | None:
    """The words of a fault that only confirm a case an earlier fault counts (“每发现1起投诉扣1分,经查实的每起扣2分”,
    “接到投诉…;投诉属实的,每起扣1分”): nothing besides the confirmation, or only the earlier case's words; or None.
    A fault confirmed in words of its own (“有洒水不规范投诉,情况属实”, “…服务、经查实”) is counted on its own."""
    for i, x in enumerate(words[1:], 1):
        m = _CONFIRMED.search(x)
        if m is None or any(_CONFIRMED.search(y) for y in words[:i]):
            continue
        rest = _CONFIRMED_FILLER.sub("", x[:m.start()] + x[m.end():])
        if not rest or any(within(rest, y) for y in words[:i]):
            return x
    return None


#: a fault that is a thing not done: “未进行宣传”, “没有建立台账”, “无应急预案” (the thing done is group 1)
_UNDONE = lazy_compile(r"^(?:未能?|没有|无|不)(?:按(?:要求|规定))?(.{2,})$")
#: the verb of a thing done, which the fault that presupposes it may leave out (“未进行宣传” / “有宣传无记录”)
_DOING_VERB = lazy_compile(r"^(?:进行|开展|组织|建立|制定|编制|实施|落实|设立|设置|配备|签订|召开|举办)(?=.{2})")
#: after the thing done, the fault that presupposes it says what is missing of it: “有宣传无记录”, “建立台账但不规范”
PART_MISSING = lazy_compile(r"^(?:了|的)?[,，]?(?:但|却|而)?(?:无|未|没有|不|缺)")


def _undone(a: str) -> tuple[str, re.Match[str] | None, str] | None:
    """A fault that is a thing not done (``_UNDONE``) as the thing done, its verb (``_DOING_VERB``) and what is done."""
    m = _UNDONE.match(a)
    if not m:
        return None
    done = m.group(1)
    verb = _DOING_VERB.match(done)
    return done, verb, done[verb.end():] if verb else done


def _exclusive(a: str, b: str) -> bool:
    """Whether fault ``b`` presupposes that fault ``a`` (a thing not done) did not happen: “未进行宣传” / “有宣传无
    记录”, “没有开展培训” / “开展培训但无记录”, “无应急预案” / “有应急预案未演练”: two situations of one row, of
    which one holds, not two faults that add up."""
    parts = _undone(a)
    if parts is None:
        return False
    _done, verb, thing = parts
    if thing not in b:  # (what the pattern below reads holds the thing's words: no pattern built for it)
        return False
    # the thing done, said again: “有宣传”, “已签订合同”, “建立了台账”, “台账”, “虽开展培训”
    said = re.escape(thing)
    if verb:
        said = re.escape(verb.group(0)) + "(?:了)?" + said + "|" + said
    again = re.match(r"(?:虽|但)?(?:已|有|已有)?(?:" + said + ")", b)
    if again is None or again.end() == len(b):
        return False
    return bool(PART_MISSING.match(b[again.end():]))


#: how a lesser fault qualifies a thing done (“未及时开展培训”, “清理不及时”, “记录不完整”): its manner (a negation
#: with no manner, “没有领导负责”, is a thing not done of its own): the manners (MANNER) and the words that come before a
#: verb (按时, 认真; not 不全 or 不到位, which follow what is done: choice._DONE_POORLY)
_MANNER = lazy_compile(r"^(?:(?:未能?|没有|不)?(?:" + "|".join((*MANNER, "按时", "按期", "认真", "真实", "全面", "有效")) + r"))?")


def _degree(a: str, b: str) -> bool:
    """Whether fault ``b`` is a lesser degree of fault ``a`` (a thing not done): the same thing, done but not in
    the manner asked, “未开展培训” / “未及时开展培训”, “未进行清理” / “清理不及时”, “无维护保养记录” / “记录不规范”,
    “无巡查、劝导记录” / “巡查、劝导记录不具体”. (A fault of another thing, “未建立领导机构” / “没有领导负责”,
    or of another actor may be found beside it.)"""
    parts = _undone(a)
    if parts is None:
        return False
    done, verb, thing = parts
    rest = _MANNER.sub("", b, count=1)
    # the thing named again as what the lesser fault is about: the whole of it, its first or its last two characters
    if b != a and any(rest.startswith(x) for x in (done, thing, thing[:2], thing[-2:])):
        return True
    # said done in short, then what is missing of it: “未开展健康教育活动” / “已开展活动但档案资料不全”, “未建立制度” /
    # “已建立未落实”
    doing = re.escape(verb.group(0)) if verb else ""
    short = re.match(r"(?:虽|但)?(?:已有|已|有)(?:(?:" + doing + r")?(?:了)?" + re.escape(thing[-2:])
                     + (r"|" + doing + r"(?:了)?" if verb else "") + ")", b)
    return short is not None and bool(PART_MISSING.match(b[short.end():]) or re.match(r"[,，]?(?:但|却)", b[short.end():]))


def one_of(first: str, then: str) -> bool:
    """Whether faults ``first`` and ``then`` (their words, without what they cost) are situations of which one
    holds: one presupposes the other did not happen (“未进行宣传” / “有宣传无记录”), or is a lesser degree of it
    (“未开展培训” / “未及时开展培训”), either way round."""
    a, b = (_SEGMENT_NUMBER.sub("", x.strip()).removesuffix("的") for x in (first, then))
    return _exclusive(a, b) or _exclusive(b, a) or _degree(a, b) or _degree(b, a)


#: what stands around a fault's words in a segment of the text: its number, “的”, its deduction
_SEGMENT_NUMBER = lazy_compile("^" + _MARK)
_SEGMENT_DEDUCTION = lazy_compile(r"(?:的)?,?扣\d+(?:\.\d+)?分.*$")


def excludes(first: str, then: str) -> bool:
    """Whether the fault of segment ``then`` (“有宣传无记录扣1分”) presupposes that the fault of segment ``first``
    (“未进行宣传的扣5分”) did not happen: the two are situations of which one holds, not faults found together."""
    a, b = (_SEGMENT_DEDUCTION.sub("", _SEGMENT_NUMBER.sub("", x.strip())) for x in (first, then))
    return _exclusive(a, b)


def overlapping_faults(params: Params) -> list[str]:
    """Faults of a deducting formula where one's words lie within another's (“缺资料” / “缺关键资料”, “工期滞后” /
    “工期严重滞后”): the graver case may be meant to count under both, or under its own deduction only. And a fault
    that presupposes another did not happen (“未进行宣传的扣5分,有宣传无记录扣1分”): situations, of which one holds,
    rather than faults that add up."""
    gate = gate_of(params)  # the condition zeroing the row is a factor of the rest, not one of its faults
    words = [_variable_words(v) for v in params.get("variables") or []
             if isinstance(v, Mapping) and v.get("name") != gate]
    for i, a in enumerate(words):
        for b in words[i + 1:]:
            if _exclusive(a, b):
                return [f"“{a}”与“{b}”：后者以前者不成立为前提，是只有其一成立的情形，还是可以同时扣分，请核对"]
    for i, a in enumerate(words):
        for j, b in enumerate(words):
            if i != j and 2 <= len(a) < len(b) and within(a, b) and not b.startswith("其中"):
                return [f"“{a}”与“{b}”：较重的情形是否也按较轻的一项扣分未说明"]
    twice = _in_two_units(params, gate)
    if twice:  # “每迟报1天扣0.5分,每迟报1周扣2分”: one fault counted in two units, a week of it is also 7 days
        return [f"“{twice}”：同一问题按两种单位分别扣分，是否重复扣分未说明"]
    confirmed = _confirmed_again(words)
    if confirmed:
        return [f"“{confirmed}”：是否为前项中经查实的同一情形（是否重复扣分）未说明"]
    sized = _sized_again(params, gate)
    if sized:
        return [f"“{sized}”：是否为前项中数额较大的同一情形（是否重复扣分）未说明"]
    among = _among_before(params, gate)
    if among:
        return [f"“{among}”：前项的个数是否也包括这些情形（是否重复扣分）未说明"]
    follow = _followed_up_once(params, gate)
    if follow:
        return [f"“{follow}”：是前项各例之后的情形（每例再扣）还是出现即扣一次，未说明"]
    graver = [x for x in words if _GRAVER.search(x) and not x.startswith("其中")]
    if graver and len(graver) < len(words):  # “存在问题的扣1分,问题严重的扣3分”: a degree of the same fault, perhaps
        return [f"“{graver[0]}”：较重的情形是否也按其他各项扣分未说明"]
    # (found or not, never counted: “再次未按时报送每次扣2分” counts the cases after the first, a fault of its own)
    many = [_variable_words(v) for v in params.get("variables") or [] if isinstance(v, Mapping)
            and v.get("name") != gate and not v.get("unit") and _MANY_OF.search(_variable_words(v))
            and not _variable_words(v).startswith("其中")]
    if many and len(many) < len(words):  # “未设底座扣5分,多处扣8分”: the fault found more, perhaps the same fault
        return [f"“{many[0]}”：是前项问题多处、多次或大范围出现的情形，是否也按其他各项扣分未说明"]
    again = _repeated_again(words)
    if again:  # “发现问题每项扣1分,同一问题重复出现的每项扣2分”: the cases again are cases of the fault before too
        return [f"“{again}”：是前项问题重复出现的情形，是否也按前项扣分未说明"]
    # “每发现1处问题扣0.5分;逾期未整改的每处扣1分”: any other fault is a problem found too (not those “其中…”)
    generic = [x for x in words if _ANY_PROBLEM.fullmatch(x)]
    if generic and len([x for x in words if not x.startswith("其中")]) > len(generic):
        return [f"“{generic[0]}”：其他各项是否也计入此项扣分未说明"]
    return []


#: “2 * a”, “min(6, 2 * a)”: points earned per case of one kind, at most the cap (the engine keeps the score within 0～分值)
_EARNED_PER_CASE = lazy_compile(r"^\s*(?:min\(\s*\d+(?:\.\d+)?\s*,\s*)?\d+(?:\.\d+)?\s*\*\s*a\s*\)?\s*$")
#: the units a case earning its points is counted in, each a whole thing (``_WHOLE_UNITS``, never a day, a year or an
#: amount, whose part may count)
_WHOLE_THINGS = tuple(u for u in _WHOLE_UNITS if u != "天") + ("张", "位", "套")
#: “每提供一个类似项目业绩得2分,最高得10分”, “每个得2分,最多得10分”, “每提供1份得1分,本项最高8分”: a case of one kind earning its
#: points, a cap of the 分值 after them (``_EARN``, ``_EARN_CAP``'s words): the 每 and the words of the cap, read by the
#: proposal as its own (the cap's figure must be the 分值: ``earned_per_case``); never points added (“每次加2分”: to what?)
#: nor a 小项's cap (“此小项最多得12分”: the item may be more than the row), nor the steps of a task (“每1个步骤得10分”: a
#: 要点核查's points, ``checklist._EACH_POINT``)
EARNED_EACH_START = r"每(?:提供|有|获得|取得|具有|具备|具|承担|完成|配备|满足|符合)?1?(?:" + "|".join(_WHOLE_THINGS) + r")"
#: “有1个得2分,最多不超过10分”, “符合1个得2分,最高不超过10分”: a count of one said without 每, a cap after its points (each
#: case, as ``_earned`` reads a count of one capped; its “1” no figure of the rule: ``EARNED_EACH``)
#: (or opening its clause with no verb, the thing named after its unit: “提供同类项目业绩,1个业绩得4分,满分20分”)
EARNED_ONE_START = r"(?:(?<![\d.每])(?:有|提供|符合|具有|具备|获得|取得)|(?<=[,;:]))(?P<one>1)(?:个|项|份|件|篇|家)"
#: (the thing counted may be described after its unit, “每配备1名持有保安员证的人员得1分”; the cap after them said as
#: their points “封顶”, “3分封顶”)
EARNED_EACH_CASE = (r"(?:" + EARNED_EACH_START + "|" + EARNED_ONE_START + r")(?![^\d,;]{0,2}?(?:步骤|观测点|检查点|考核点|评分点|采分点|要点))"
                    r"(?=(?:[^\d,;()每扣减]|(?<=[^\d])" + CASE_QUALIFIER + r"){0,20}?(?:的,)?(?:得|计)\d+(?:\.\d+)?分,(?!\S小项)(?:(?:" + _CAP_SAID + r"|" + _FULL_CAP + r"|" + ALL_MET_SCORES + r")\d|"
                    + CAP_AT_FULL + r"|\d+(?:\.\d+)?分封顶))")
EARNED_EACH_SAID = (EARNED_EACH_CASE + r"|(?<=\d分,)(?!\S小项)(?:(?:" + _CAP_SAID + r"|" + _FULL_CAP + r"|" + ALL_MET_SCORES + r")\d+(?:\.\d+)?分(?:为止|封顶)?|"
                    + CAP_AT_FULL + r"|\d+(?:\.\d+)?分封顶)(?=[,;。(]|$)")
#: a case earning its points, found in a text (a count of one capped: its “1” no figure of the rule)
EARNED_EACH = lazy_compile(EARNED_EACH_CASE)


def earned_per_case(params: Params, item_max: Decimal) -> bool:
    """Whether a formula earns points per case of one kind, counted in whole things (“2 * a”, “min(10, 2 * a)” over
    个数), at most the 分值: each case entered as a count, nothing of it to confirm beyond the count."""
    expression = str(params.get("expression") or "")
    variables = [v for v in params.get("variables") or [] if isinstance(v, Mapping)]
    if len(variables) != 1 or variables[0].get("name") != "a" or not _EARNED_PER_CASE.match(expression):
        return False
    cap = re.match(r"^\s*min\(\s*(\d+(?:\.\d+)?)", expression)
    return str(variables[0].get("unit") or "") in _WHOLE_THINGS and (cap is None or Decimal(cap.group(1)) == item_max)


def deducts_from_full(params: Params) -> bool:
    """A formula that takes points off the 分值 (``max - …``): a deducting rule, which says where it stops (one whose
    分值 is kept on a condition, ``p * max + (1 - p) * (max - …)``, too)."""
    expression = str(params.get("expression") or "")
    exempt = _EXEMPTED.match(expression)
    if exempt and re.match(r"^\(\s*max\s*-[^()]*(?:\([^()]*\)[^()]*)*\)$", exempt.group(2).strip()):
        return True
    return bool(re.match(r"^\s*max\s*-", expression)) or gate_of(params) is not None or zeroed_at_none(params)


#: “max - 3 * a - 2 * b”: points taken off the 分值, each fault its own amount
_PLAIN_DEDUCTING = lazy_compile(r"^\s*max(?:\s*-\s*(?:\d+(?:\.\d+)?\s*\*\s*)?[a-z])+\s*$")
_TAKEN = lazy_compile(r"-\s*(?:(\d+(?:\.\d+)?)\s*\*\s*)?([a-z])")


def once_short_of_full(params: Params, item_max: Decimal) -> bool:
    """Whether a formula takes points off the 分值 only for faults each found once (“是否…（是=1，否=0）”), one at least
    an event that may recur rather than a thing missing, whose amounts together fall short of the 分值 (“省级通报批评扣5分,市级通报批评扣3分” on 10 points): a stop said after them
    (“扣完为止”) then holds only if the faults are counted, each case again."""
    expression = str(params.get("expression") or "")
    variables = [v for v in params.get("variables") or [] if isinstance(v, Mapping)]
    if not variables or not _PLAIN_DEDUCTING.match(expression):
        return False
    if not all(str(v.get("label") or "").startswith("是否") and not v.get("unit") for v in variables):
        return False
    if all(_LACKING_WORD.search(_variable_words(v)) for v in variables):
        return False  # a thing missing or not done (“未成立领导小组扣3分”) is so once; an event (通报, 问题) may recur
    return sum(Decimal(a or 1) for a, _name in _TAKEN.findall(expression)) < item_max


#: “g * (max - …)”: a deducting formula whose points all go when a 0/1 factor is 0 (``gated``)
_GATED = lazy_compile(r"^\s*([a-z])\s*\*\s*\(\s*max\s*-[^()]*(?:\([^()]*\)[^()]*)*\)\s*$")


#: “p * max + (1 - p) * (…)”: a formula whose item keeps its 分值 when a 0/1 variable is 1 (``exempted``)
_EXEMPTED = lazy_compile(r"^\s*([a-z])\s*\*\s*max\s*\+\s*\(\s*1\s*-\s*\1\s*\)\s*\*\s*(.+)$")


#: “g * (max * (r - 75) / (100 - 75))”: any formula whose points all go when a 0/1 factor is 0 (``gated(any_formula=True)``)
_GATED_ANY = lazy_compile(r"^\s*([a-z])\s*\*\s*\((.+)\)\s*$")
#: how ``gated`` labels its factor: the condition, then that it zeroes the item
GATE_LABEL = "（否=1，是=0：整项不得分）"


def gate_of(params: Params, any_formula: bool = False) -> str | None:
    """The name of the 0/1 factor of a gated deducting formula (``g * (max - …)``, exempted or not), or None.
    ``any_formula``: also the factor ``gated`` put before a formula that takes nothing off (``g * (…)``)."""
    expression = str(params.get("expression") or "")
    exempted = _EXEMPTED.match(expression)
    m = _GATED.match(exempted.group(2) if exempted else expression)
    if m is None and any_formula and (m := _GATED_ANY.match(expression)) is not None:
        named = {str(v.get("name")): str(v.get("label") or "") for v in params.get("variables") or [] if isinstance(v, Mapping)}
        return m.group(1) if named.get(m.group(1), "").endswith(GATE_LABEL) else None
    return m.group(1) if m else None


def exemption_of(params: Params) -> str | None:
    """The name of the 0/1 variable on which an exempted formula keeps its 分值 (``p * max + (1 - p) * …``), or None."""
    m = _EXEMPTED.match(str(params.get("expression") or ""))
    return m.group(1) if m else None


def describe(params: Params, item_max: Decimal) -> Phrase:
    out = said(msg(T("得分 = %1"), params.get("expression", "")))
    names = [v for v in params.get("variables") or [] if isinstance(v, Mapping)]
    if not names:
        return out
    return out + said(msg(T("；其中 "))) + joined(
        [msg(T("%1：%2"), v.get("name", ""), v.get("label") or v.get("name", "")) for v in names], T("；"))


#: “每处错误1分,严重错误(如文不对题)5分”: a cost per fault and a greater one per grave fault, the verb 扣 unsaid
_UNSAID_GRAVE = lazy_compile(r"^每(?P<unit>处|项|个|次|条)(?P<fault>错误|差错|错漏|问题|缺陷|失误)(?P<per>\d+(?:\.\d+)?)分[,;]"
                           r"(?P<grave>(?:较|特别|十分)?(?:严重|重大)(?P=fault)(?:\([^()]*\))?)(?P<cost>\d+(?:\.\d+)?)分;?$")


def _unsaid_grave_fault(w: Wording) -> Proposed | None:
    """“每处错误1分,严重错误(如文不对题)5分” on 5 points: the 分值 less the cost of each fault and the greater cost of
    each grave one (``max - n - 5 * s``), down to 0. Never confident: the verb 扣 is unsaid, and that a grave fault is
    counted per case, not once, and costs only its own points, is read."""
    m = _UNSAID_GRAVE.match(w.text)
    if m is None:
        return None
    per, cost = d(m.group("per")), d(m.group("cost"))
    if not per < cost <= w.weight:
        return None
    unit, grave = m.group("unit"), m.group("grave")
    n_term = "n" if per == 1 else f"{number(per)} * n"
    s_term = "s" if cost == 1 else f"{number(cost)} * s"
    variables = [{"name": "n", "label": f"一般{m.group('fault')}{unit}数", "unit": unit},
                 {"name": "s", "label": f"{grave}{unit}数", "unit": unit}]
    return Proposed([RULE.item(w.name, w.weight, {"expression": f"max - {n_term} - {s_term}", "variables": variables})],
                    f"公式计分：每{unit}{m.group('fault')}扣 {number(per)} 分，每{unit}{grave}扣 {number(cost)} 分",
                    (f"“{w.text.rstrip(';')}”：原文未写“扣”，按每{unit}扣分、扣完为止读，{grave}按每{unit}另计读，请核对",))


#: “有效机时/定额机时×100%,每个百分点得1分”: a quotient of two quantities named in words, in %, then the points of
#: each percentage point of it (a cap of them perhaps after)
_POINTS_PER_POINT = lazy_compile(r"^(?P<a>[\u4e00-\u9fff]{2,16})/(?P<b>[\u4e00-\u9fff]{2,16})\*100%,?每(?:1)?(?:个)?百分点"
                               r"(?:得|计|加|记)(?P<x>" + _N + r")分(?:,(?:" + _CAP_SAID + r")(?P<cap>" + _N + r")分)?;?$")


def _points_per_point(w: Wording) -> Proposed | None:
    """“有效机时/定额机时×100%,每个百分点得1分” on 100: the quotient in %, times the points of each percentage point
    (``(a / b) * 100`` for 1 point), kept within 0～分值. Never confident: a part of a point is counted in proportion,
    and the cap is the 分值 unless said."""
    m = _POINTS_PER_POINT.match(w.text) if "百分点" in w.text else None
    if m is None:
        return None
    x = d(m.group("x"))
    cap = d(m.group("cap")) if m.group("cap") else None
    if not 0 < x <= w.weight or (cap is not None and cap != w.weight) or m.group("a") == m.group("b"):
        return None
    a, b = m.group("a"), m.group("b")
    factor = "" if x == 1 else f"{number(x)} * "
    variables = [{"name": "a", "label": a, "unit": ""}, {"name": "b", "label": b, "unit": ""}]
    doubts = [f"“{a}/{b}*100%”：按百分数计，每个百分点得 {number(x)} 分，不足1个百分点的按比例计"]
    if cap is None:
        doubts.append(f"未说明最多得分：超过 {number(w.weight)} 分的按分值计")
    return Proposed([RULE.item(w.name, w.weight, {"expression": f"{factor}(a / b) * 100", "variables": variables})],
                    f"公式计分：{a}/{b}×100%，每个百分点得 {number(x)} 分，得分限于 0～分值", tuple(doubts))


# ── proposal: base points at a line of a ratio, less per point below it, performance points per point above ─────
#: “…,达到或超过前3年平均值的98%得基础分4分,每降低1个百分点扣1分,最多扣4分;每提高1个百分点得绩效分0.5分,直至1分”:
#: what is measured, the reference and the line, the base points, the step down and its cost (and most), then the step
#: up and its points (and most)
_BASE_THEN_PERFORMANCE = lazy_compile(
    r"^(?P<what>[^,;\d]{2,30}?),?(?:达到或超过|达到|不低于)(?P<ref>[^,;%]{2,20}?)的(?P<line>" + _N + r")%,?(?:的)?(?:得|计)"
    r"(?:基础分|基本分)(?P<base>" + _N + r")分[,;]每(?:降低|下降|低于|减少|低)(?P<sd>" + _N + r")个百分点,?扣(?P<xd>" + _N
    + r")分(?:,(?:最多|最高)扣(?P<capd>" + _N + r")分)?[,;]每(?:提高|增加|高于|超过|上升|高)(?P<su>" + _N + r")个百分点,?"
    r"(?:得|加|计)(?:绩效分|奖励分)?(?P<xu>" + _N + r")分(?:,(?:直至|最多|最高|最多加|最高加)(?:得|加)?(?P<capu>" + _N
    + r")分)?(?P<rest>;.*)?$")
#: the clauses that may follow: a part of a step in proportion, the score's rounding, “下同”, and the ratio's formula
_PART_STEP_IN_PROPORTION = lazy_compile(r"不足1个百分点(?:的)?,?(?:同比例|按比例)(?:加分或减分|加减分|加分或扣分|计分|加减)(?=[;,]|$)")
_ROUNDED = lazy_compile(r"得分保留(?:1|2|一|两)位小数(?=[;,]|$)")
_SAME_BELOW = lazy_compile(r"下同(?=[;,]|$)")
_RATIO_FORMULA = lazy_compile(r"\(?(?:计算公式为|计算公式|公式为|计算方法为):?(?P<num>[^/()*;,]{2,30}?)/(?P<den>[^/()*;,]{2,30}?)"
                            r"(?:\*100%)?;?\)?(?=[;,]|$)")


def _base_then_performance(w: Wording) -> Proposed | None:
    """“考核年度蔬菜产量,达到或超过前3年平均值的98%得基础分4分,每降低1个百分点扣1分,最多扣4分;每提高1个百分点得绩效分
    0.5分,直至1分”: base points at or past a line of the ratio to a reference, less a cost per point below the line (at
    most the base), plus performance points per point above it (at most the rest of the 分值): ``min(4, max(0, 4 - 1 *
    (98 - r) / 1)) + min(1, max(0, 0.5 * (r - 98) / 1))`` over the ratio in %, or over ``a / b * 100`` where the text
    gives the ratio's formula (“计算公式为:…/…*100%”). Never confidently: that the points above count from the same line
    (not from 100%) is read, and a part of a point counts in proportion."""
    m = _BASE_THEN_PERFORMANCE.match(w.text)
    if m is None:
        return None
    base, line = d(m.group("base")), d(m.group("line"))
    sd, xd, su, xu = (d(m.group(k)) for k in ("sd", "xd", "su", "xu"))
    capd = d(m.group("capd")) if m.group("capd") else base
    capu = d(m.group("capu")) if m.group("capu") else w.weight - base
    if not 0 < base < w.weight or capd != base or capu != w.weight - base or min(sd, xd, su, xu) <= 0 or not 0 < line <= 200:
        return None
    doubts = [f"“每提高{m.group('su')}个百分点”：按从 {number(line)}% 起算读，不足 1 个百分点的部分按比例计"]
    ratio: re.Match[str] | None = None
    rest = (m.group("rest") or "").strip(";,")
    while rest:
        said = _PART_STEP_IN_PROPORTION.match(rest) or _SAME_BELOW.match(rest)
        rounded = _ROUNDED.match(rest) if said is None else None
        found = _RATIO_FORMULA.match(rest) if said is None and rounded is None and ratio is None else None
        if said is None and rounded is None and found is None:
            return None
        if rounded:
            doubts.append(f"“{rounded.group(0)}”：规则按实际计算，不作取舍")
        ratio = found or ratio
        rest = rest[(said or rounded or found).end():].strip(";,")  # type: ignore[union-attr]
    what = _case_words(m.group("what"))
    if ratio:
        r = "a / b * 100"
        variables = [{"name": "a", "label": ratio.group("num").strip(), "unit": ""},
                     {"name": "b", "label": ratio.group("den").strip(), "unit": ""}]
    else:
        r = "r"
        variables = [{"name": "r", "label": f"{what}与{m.group('ref')}之比（%）", "unit": "%"}]
    down = f"{number(xd)} * ({number(line)} - {r})" + (f" / {number(sd)}" if sd != 1 else "")
    up = f"{number(xu)} * ({r} - {number(line)})" + (f" / {number(su)}" if su != 1 else "")
    expression = (f"min({number(base)}, max(0, {number(base)} - {down})) + "
                  f"min({number(w.weight - base)}, max(0, {up}))")
    summary = (f"公式计分：{what}达到{m.group('ref')}的 {number(line)}% 得基础分 {number(base)} 分，每低 {number(sd)} 个百分点扣 "
               f"{number(xd)} 分；每高 {number(su)} 个百分点加 {number(xu)} 分，最多加 {number(w.weight - base)} 分")
    return Proposed([RULE.item(w.name or what, w.weight, {"expression": expression, "variables": variables})], summary,
                    tuple(doubts))


# ── proposal: the 分值 at a plan's figure not stated, points off per percentage point short of it ───────────
#: “刚好达成目标可得35分”, “完成计划值得20分”: the 分值 at the plan (or target) itself
_AT_PLAN = lazy_compile(r"(?:刚好|恰好|正好)?(?:达成|达到|完成)(?P<of>目标|计划)值?(?:的|时)?,?(?:可)?(?:得|计|为)(?P<full>" + _N + r")分")
#: “比计划值每低1个百分点扣1分”, “比目标值每低0、5个百分点扣1分” (a page's 、 for the decimal point): a step short of it
_BELOW_PLAN = lazy_compile(r"(?:比|较|低于)(?P<of>目标|计划)值?每(?:低|少|降低|下降|减少)(?P<s>\d+(?:[.、]\d+)?)个百分点"
                         r"(?:的)?,?(?:扣|减)(?:除)?(?P<x>" + _N + r")分")
#: a step above it adding points (“比计划值每高1个百分点可另加1分,最高可加6分”): beyond the 分值, never held by the row
_ABOVE_PLAN = lazy_compile(r"(?:比|较|高于)(?:目标|计划)值?每(?:高|多|提高|增加|上升)\d+(?:[.、]\d+)?个百分点[^;]*")


def _short_of_plan(w: Wording) -> Proposed | None:
    """“刚好达成目标可得35分,…;比计划值每低1个百分点扣1分,至扣完为止”: the 分值 at a plan's figure the text does not
    state, each percentage point short of it costing its points: ``max - max(0, t - a)`` over the plan ``t`` and the
    figure reached ``a`` (both in %; a step of more or less than one point divides, a cost other than 1 multiplies).
    Points added above the plan go past the 分值: not held (the score stops at the 分值, to check)."""
    t = w.text
    at, below = _AT_PLAN.search(t), _BELOW_PLAN.search(t)
    if not at or not below or below.start() < at.start() or d(at.group("full")) != w.weight:
        return None
    if len(_BELOW_PLAN.findall(t)) != 1 or len(_AT_PLAN.findall(t)) != 1:
        return None
    step, x = d(below.group("s").replace("、", ".")), d(below.group("x"))
    if step <= 0 or not 0 < x < w.weight:
        return None
    of = "计划值" if "计划" in below.group("of") else "目标值"
    short = "max(0, t - a)" + ("" if step == 1 else f" / {number(step)}") + ("" if x == 1 else f" * {number(x)}")
    what = "实际" + re.sub(r"^实际", "", re.sub(r"^[\d.、\s]+|[（(].*$", "", w.name)) if w.name else "实际达成值"
    variables = [{"name": "t", "label": of, "unit": "%"}, {"name": "a", "label": what, "unit": "%"}]
    doubts = [f"“{below.group(0)}”：{of}原文未给出，与实际值一并按百分数录入，不足一个百分点的按比例扣"]
    if "、" in below.group("s"):
        doubts.append(f"“{below.group('s')}”：按 {number(step)} 读")
    above = _ABOVE_PLAN.search(t)
    if above:
        doubts.append(f"“{above.group(0)}”：高于{of}的加分超出本项分值，未计入，得分以分值为限")
    return Proposed([RULE.item(w.name or "达成情况", w.weight, {"expression": f"max - {short}", "variables": variables})],
                    f"公式计分：达到{of}得满分，每低于{of} {number(step)} 个百分点扣 {number(x)} 分", tuple(doubts))


#: “每少3个百分点扣1分,每增3个百分点加1分”: steps either way from a line the text leaves to the indicator
_STEPS_BOTH_WAYS = lazy_compile(r"^每(?:少|低|降低|下降|减少)(?P<s>" + _N + r")个百分点(?:扣|减)(?:除)?(?P<x>" + _N + r")分[,;]"
                              r"每(?:增|多|高|提高|增加|上升)(?P<s2>" + _N + r")个百分点(?:加|增加|加记)(?P<y>" + _N + r")分;?$")
#: the one target an indicator's name states: “（…考核目标85%）”, “目标值:90%”
_TARGET_IN_NAME = lazy_compile(r"(?:考核|年度|工作)?目标(?:值)?(?:为|:|：)?(?P<x>" + _N + r")%")


def _both_ways_from_named_target(w: Wording) -> Proposed | None:
    """“每少3个百分点扣1分,每增3个百分点加1分” in the row “财务满意度（…考核目标85%）”: the 分值 at the target the name
    states, points off per step below it and points added per step above it: ``max - (85 - v) / 3`` (one cost and one
    bonus per step alike) over the figure ``v`` in %, the score kept within 0～分值 (the bonus takes it no higher than
    the 分值: to check, as is the line read from the name)."""
    m = _STEPS_BOTH_WAYS.match(w.text)
    targets = list(_TARGET_IN_NAME.finditer(w.name)) if m else []
    if not m or len(targets) != 1 or len(re.findall(r"\d%", w.name)) != 1:
        return None
    line, step, x, step2, y = (d(targets[0].group("x")), d(m.group("s")), d(m.group("x")), d(m.group("s2")),
                               d(m.group("y")))
    if not 0 < line <= 100 or step <= 0 or step2 <= 0 or not 0 < x < w.weight or not 0 < y < w.weight:
        return None
    down = f"({number(line)} - v)" + ("" if step == 1 else f" / {number(step)}") + ("" if x == 1 else f" * {number(x)}")
    if (step, x) == (step2, y):
        expression = f"max - {down}"
    else:
        down = down.replace(f"({number(line)} - v)", f"max(0, {number(line)} - v)")
        up = f"max(0, v - {number(line)})" + ("" if step2 == 1 else f" / {number(step2)}") + ("" if y == 1 else f" * {number(y)}")
        expression = f"max - {down} + {up}"
    variables = [{"name": "v", "label": re.sub(r"[（(].*$", "", w.name) or "完成值", "unit": "%"}]
    return Proposed([RULE.item(w.name, w.weight, {"expression": expression, "variables": variables})],
                    f"公式计分：{number(line)}% 得满分，每低 {number(step)} 个百分点扣 {number(x)} 分，"
                    f"每高 {number(step2)} 个百分点加 {number(y)} 分，得分限于 0～分值",
                    (f"“{targets[0].group(0)}”：目标取自指标名称，按其得满分读",
                     f"“{w.text.rstrip(';')}”：高于目标的加分以本项分值为限"))


#: “…共五道题,每题3分,共15分”: questions each worth their points (their number, the points of each, perhaps the total)
_QUESTIONS_EACH = lazy_compile(r"(?:共|计|合计)?(?P<n>\d+|[一二两三四五六七八九十]{1,3})(?:道|个|小)?题[,;]?每(?:道|小)?题(?P<p>" + _N
                             + r")分(?:[,;](?:共|共计|合计|满分|总分)(?P<total>" + _N + r")分)?;?$")


def _points_per_question(w: Wording) -> Proposed | None:
    """“理论知识考核采用口头问答的方式进行;…共五道题,每题3分,共15分”: questions each worth their points, adding up to the
    分值: ``3 * n`` over the questions answered right (the words before say how they are asked). Never sure: whether a
    question answered in part earns part of its points is not said."""
    m = _QUESTIONS_EACH.search(w.text)
    if not m:
        return None
    n = int(m.group("n")) if m.group("n").isdigit() else cn_integer(m.group("n"))
    p = d(m.group("p"))
    if not n or n < 2 or p * n != w.weight or (m.group("total") and d(m.group("total")) != w.weight):
        return None
    if re.search(r"\d|扣|得|分|加", w.text[:m.start()]):
        return None
    variables = [{"name": "n", "label": "答对的题数", "unit": "题"}]
    return Proposed([RULE.item(w.name or "答题", w.weight, {"expression": f"{number(p)} * n", "variables": variables})],
                    f"公式计分：共 {n} 题，每答对 1 题得 {number(p)} 分",
                    (f"“{m.group(0).rstrip(';')}”：按答对的题数计分，答对部分的题如何得分未说明",))


# ── proposal: three targets lettered, each with its score, straight lines between ───────────────────────────
#: “底线目标A,赋值0分”, “基准目标B,赋值100分”, “努力目标C,赋值120分” (or 挑战目标): a target, its letter and its score
_LETTERED_TARGET = lazy_compile(r"(?P<name>底线|基准|努力|挑战|门槛|目标)目标值?(?P<l>[A-Z])[,:]?(?:赋值|得分|计|得|为)(?P<p>" + _N + r")分")
#: the straight line between two of them, written with their letters: “100(X-A)/(B-A)”, “(X-B)/(C-B)”
_BETWEEN_LETTERS = lazy_compile(r"\(X-(?P<lo>[A-Z])\)/\((?P<hi>[A-Z])-(?P=lo)\)")


def _lettered_targets(w: Wording) -> Proposed | None:
    """“底线目标A,赋值0分;基准目标B,赋值100分;努力目标C,赋值120分;…A<完成值X≤B,得分为100(X-A)/(B-A);B<完成值X≤C,得分
    100+20(X-B)/(C-B)” (KPI sheets): three targets, the score at each, straight lines between them written with their
    letters, nothing more at or past the top: ``0 + 100 * min(1, max(0, (x - a) / (b - a))) + 20 * min(1, max(0, (x - b)
    / (c - b)))`` over the three targets and the figure reached. The targets are the row's own, entered with the figure
    (to check: past the top target the text says nothing; the score stops at its points)."""
    t = w.text
    levels = list(_LETTERED_TARGET.finditer(t))
    if len(levels) != 3 or [m.group("l") for m in levels] != ["A", "B", "C"]:
        return None
    scores = [d(m.group("p")) for m in levels]
    if not scores[0] < scores[1] < scores[2] or scores[2] != w.weight:
        return None
    lines = {(m.group("lo"), m.group("hi")) for m in _BETWEEN_LETTERS.finditer(t)}
    if lines != {("A", "B"), ("B", "C")}:
        return None
    parts = [number(scores[0])] if scores[0] else []
    parts += [f"{number(hi - lo)} * min(1, max(0, (x - {a}) / ({b} - {a})))"
              for lo, hi, a, b in ((scores[0], scores[1], "a", "b"), (scores[1], scores[2], "b", "c"))]
    variables = [{"name": k, "label": f"{m.group('name')}目标{m.group('l')}", "unit": ""} for k, m in zip("abc", levels)]
    variables.append({"name": "x", "label": "完成值X", "unit": ""})
    said_levels = "，".join(f"{m.group('name')}目标{m.group('l')}得 {number(p)} 分" for m, p in zip(levels, scores))
    return Proposed([RULE.item(w.name or "目标完成情况", w.weight, {"expression": " + ".join(parts), "variables": variables})],
                    f"公式计分：{said_levels}，其间按直线计",
                    ("三个目标值原文未给出，与完成值一并录入；超过努力目标的按最高分计，请核对",))



# ── proposal: the 比率法 (the figure reached over the standard, times the 分值), nothing below a floor ──────────────
#: “…之间采用比率法计分”, “其他情况采取比率法计分”, “低于12000元/人采用比率法计分”: the rest scored by the ratio method
_RATIO_METHOD = lazy_compile(r"^(?P<rest>[^,;]*?)(?:的|者)?,?(?:采用|采取|按照?|实行)?" + RATIO_METHOD.pattern + "$")
#: what the ratio method covers: the rest (“其他情况”), the span between two grades named in quotes, below the standard
_RATIO_REST = lazy_compile(r"^(?:其他情况|其它情况|其余情况|其他|其它|其余|“[^“”]{1,6}”(?:与|和|至)“[^“”]{1,6}”之间|(?:低于|不足|未达到)(?P<x>"
                         + _N + r")(?P<u>[^,;\d]{0,4}))$")
#: the ratio method written out: “该指标得分=本校实际值/合格标准值*指标分数权重”
_RATIO_WRITTEN = lazy_compile(r"^(?:该指标|本指标|该项|本项|此项)?得分=(?P<num>[^;=/*]{2,16})/(?P<den>[^;=/*]{2,16})"
                            r"\*(?:指标分数权重|指标分值|指标权重|分数权重|权重分?|分值|满分)$")
#: the words of the ratio method as a text says them (what it covers, then the method; its formula written out), the
#: phrase a reading of it consumes (reading's table of phrases)
RATIO_METHOD_SAID = (r"(?:(?:其他情况|其它情况|其余情况|其他|其它|其余|“[^“”]{1,6}”(?:与|和|至)“[^“”]{1,6}”之间|(?:低于|不足|未达到)"
                     + _N + r"[^,;\d]{0,4})(?:的|者)?,?)?(?:采用|采取|按照?|实行)?" + RATIO_METHOD.pattern
                     + r"(?:;(?:该指标|本指标|该项|本项|此项)?得分=[^;=/*]{2,16}/[^;=/*]{2,16}"
                     r"\*(?:指标分数权重|指标分值|指标权重|分数权重|权重分?|分值|满分)(?=;|$))?"
                     # the grade a standard or a floor is (“…3个及以上…为“合格”,得2分”, “占比低于30%“不合格”,不得分”)
                     r"|为?“[^“”]{1,6}”(?=,(?:得\d|得0分|不得分|为0分)[^;]*比率法)"
                     # the best raw score as the standard (“原始得分最高得4分”)
                     r"|(?:^|(?<=[;:]))(?:原始)?(?:得分|成绩)最高(?=(?:的|者)?,?得\d[^;]*比率法)")
#: the points of the full score, said after the standard in a clause of its own (“…为“合格”,得2分”)
_RATIO_POINTS = lazy_compile(r"^(?P<words>[^;]*?)(?:的|者)?,?(?:得|计|为)(?P<pts>" + _N + r")分$")
#: nothing below the floor: “低于“限制招生”标准不得分”, “平均每专业低于1个…为0分”, “测评结果为D不得分”
_RATIO_NONE = lazy_compile(r"^(?P<words>[^;]*?)(?:的|者)?,?(?:不得分|为0分|得0分|计0分|0分)$")
#: the standard earning the 分值: the best raw score (“原始得分最高”), the standard named (“达到“合格”标准”), or a figure
#: (“达到12000元/人为“合格””, “平均每专业3个及以上合作企业为“合格””, “占比高于60%为“合格””, “…占比不低于40%为“合格””)
_RATIO_BEST = lazy_compile(r"^(?:原始)?(?:得分|成绩)最高(?:的|者)?$")
_RATIO_NAMED = lazy_compile(r"^(?:达到|不低于)“(?P<g>[^“”]{1,6})”标准$")
_RATIO_FIGURE = lazy_compile(r"^(?P<what>[^\d]*?)(?:达到|不低于|高于|≥|为)?(?P<x>" + _N + r")(?P<u>%|元/人|万元|元|平方米|个|家|所|项|人|名|件|台|套|册)"
                           r"(?:及以上|以上)?(?P<tail>[\u4e00-\u9fff]{0,8}?)为“[^“”]{1,6}”$")
#: a name opening the text, its points in brackets or not (“师资结构(3分):”, “(1)“双师型”教师数占专业课教师比例:”)
_RATIO_HEADING = lazy_compile(r"^(?:\(\d{1,2}\)|\d{1,2}[.、])?(?:(?!\d+(?:\.\d+)?分)[^;:,=]){2,60}?(?:\(" + _N + r"分\))?:")
#: a grade named after the floor (“占比低于30%“不合格””, “…为“不合格””): words of the floor, not of the rule
_RATIO_GRADE = lazy_compile(r"(?:为)?“[^“”]{1,6}”$")


#: grades named in quotes (“合格”, “限制招生”)
_QUOTED_GRADE = lazy_compile(r"“([^“”]{1,6})”")


def _ratio_at_odds(said: re.Match[str] | None, span: str, fulls: list[str], floor: str, best: bool) -> list[str]:
    """Where the 比率法's words disagree among themselves (each a doubt naming them): the ratio written out over
    another grade's standard than the one earning the 分值 (“达到“合格”标准得3分,…得分=本校实际值/优秀标准值*…”), its
    figure one's own not (a standard over it, a difference: “合格标准值/本校实际值”, “(本校实际值-限制招生标准值)/…”), the
    best raw score's ratio over a standard; the span between two grades (“合格”与“限制招生”之间) whose upper is not the
    grade earning the 分值, or whose lower is not the floor said or is said of no floor (below it unsaid)."""
    doubts: list[str] = []
    grades = {g for f in fulls for g in _QUOTED_GRADE.findall(f)}
    if said is not None:
        num, den = said.group("num"), said.group("den")
        den_grade = re.sub(r"(?:标准值|标准|值)$", "", den)
        if (re.search(r"[-+()（）]", num + den) or "标准" in num or "最高" in num
                or (best and "最高" not in den)
                or (not best and den_grade and not any(g in den_grade for g in grades)
                    and not any(re.search(rf"(?<![\d.]){re.escape(den)}(?![\d.])", f) for f in fulls))):
            doubts.append(f"“{said.group(0)}”：比率法的实际值、标准值与所说的标准不合，请核对")
    between = _QUOTED_GRADE.findall(span) if "之间" in span else []
    if len(between) == 2:
        upper, lower = between
        floor_grades = _QUOTED_GRADE.findall(floor)
        if (grades and upper not in grades) or not floor or (floor_grades and lower not in floor_grades):
            doubts.append(f"“{span}”：与所说的标准、不得分的界限不合，请核对")
    return doubts


def _ratio_method(w: Wording) -> Proposed | None:
    """“达到“合格”标准得3分,低于“限制招生”标准不得分,“合格”与“限制招生”之间采用比率法计分;该指标得分=本校实际值/合格标准值
    *指标分数权重” (院校 assessments): the 分值 at the standard, nothing below a floor, the ratio method between: the figure
    reached over the standard times the 分值, ``g * v / s * max`` (the engine keeps it within the 分值), ``g`` a 0/1
    condition zeroing the row below the floor. The standard is a figure of the text (``v / 3 * max``), the standard named
    (合格标准值, entered), or the best raw score among the units (“原始得分最高得4分”: ``r / top * max``); several standards
    for kinds of units (“综合…类院校…不低于40%为“合格”,…师范…类院校…不低于10%为“合格””) make it one entered. Sure only
    where the ratio is written out (“该指标得分=…/…*指标分数权重”) or the standard is one figure of the text."""
    t = w.text.rstrip(";。")
    while heading := _RATIO_HEADING.match(t):  # “师资结构(3分):(1)…比例(2分):”: the row's and the part's names
        t = t[heading.end():]
    sentences = [s for s in t.split(";") if s]
    at = [k for k, s in enumerate(sentences) if "比率法" in s]
    if len(at) != 1:
        return None
    clauses = sentences[at[0]].split(",")
    ratio = _RATIO_METHOD.match(clauses[-1])
    rest = _RATIO_REST.match(ratio.group("rest")) if ratio else None
    if rest is None:
        return None
    fulls: list[str] = []
    floor = ""
    k, body = 0, clauses[:-1]
    while k < len(body):
        points = _RATIO_POINTS.match(body[k])
        if points and points.group("words"):  # “…得3分”
            words, pts, step = points.group("words"), points.group("pts"), 1
        elif k + 1 < len(body) and (points := _RATIO_POINTS.match(body[k + 1])) and not points.group("words"):
            words, pts, step = body[k], points.group("pts"), 2  # “…为“合格”,得2分”
        else:
            break
        if d(pts) == 0:  # (“…为0分”: the floor)
            break
        if d(pts) != w.weight:
            return None
        fulls.append(words)
        k += step
    if k < len(body):
        none = _RATIO_NONE.match(body[k])
        if none and none.group("words"):
            floor, k = none.group("words"), k + 1
        elif k + 1 < len(body) and (none := _RATIO_NONE.match(body[k + 1])) and not none.group("words"):
            floor, k = body[k], k + 2
    if not fulls or k != len(body) or (floor and rest.group("x")):
        return None
    written = [m for s in sentences if (m := _RATIO_WRITTEN.match(s))]
    others = [s for j, s in enumerate(sentences) if j != at[0] and not _RATIO_WRITTEN.match(s)]
    if len(written) > 1 or any(re.search(r"\d分|扣|加分|不得分|得分|=", s) for s in others):
        return None
    said = written[0] if written else None
    best = [f for f in fulls if _RATIO_BEST.match(f)]
    named = [m for f in fulls if (m := _RATIO_NAMED.match(f))]
    figures = [m for f in fulls if (m := _RATIO_FIGURE.match(f))]
    doubts: list[str] = []
    if len(best) == len(fulls) == 1:
        num, den = (said.group("num"), said.group("den")) if said else ("本校原始得分", "各校原始最高分")
        variables = [{"name": "v", "label": num, "unit": ""}, {"name": "s", "label": den, "unit": ""}]
        ratio_said = "v / s"
        if not said:
            doubts.append(f"“{ratio.group(0)}”：比率法读作{num} ÷ {den} × 分值")  # type: ignore[union-attr]
    elif len(named) == len(fulls) == 1:
        num, den = (said.group("num"), said.group("den")) if said else ("本校实际值", f"“{named[0].group('g')}”标准值")
        variables = [{"name": "v", "label": num, "unit": ""}, {"name": "s", "label": den, "unit": ""}]
        ratio_said = "v / s"
        if not said:
            doubts.append(f"“{ratio.group(0)}”：比率法读作{num} ÷ {den} × 分值")  # type: ignore[union-attr]
    elif len(figures) == len(fulls):
        units = {m.group("u") for m in figures}
        xs = [d(m.group("x")) for m in figures]
        if len(units) != 1 or any(x <= 0 for x in xs) or (rest.group("x") and (d(rest.group("x")) != xs[0] or len(xs) > 1)):
            return None
        unit = units.pop()
        what = _case_words(re.sub(r"(?:达到|不低于|高于|≥|为)$", "", figures[0].group("what")) + figures[0].group("tail"))
        num = said.group("num") if said else (what or "实际值")
        variables = [{"name": "v", "label": f"{num}（{what}）" if said and what else num, "unit": unit}]
        if len(xs) == 1:
            ratio_said = f"v / {number(xs[0])}"
        else:
            listed_x = "、".join(f"{number(x)}{unit}" for x in xs)
            variables.append({"name": "s", "label": f"{said.group('den') if said else '合格标准值'}（{listed_x}，按类别）",
                              "unit": unit})
            ratio_said = "v / s"
            doubts.append(f"“{'”、“'.join(fulls)}”：各类标准不同，按所属类别的标准值录入")
        if not said:
            doubts.append(f"“{ratio.group(0)}”：比率法读作{num} ÷ 标准值 × 分值")  # type: ignore[union-attr]
    else:
        return None
    doubts += _ratio_at_odds(said, rest.group(0), fulls, floor, best=bool(best))
    expression = f"{ratio_said} * max"
    summary = f"公式计分：比率法，得分 = {variables[0]['label']} ÷ {'标准值' if ratio_said.endswith('s') else ratio_said[4:]} × 分值"
    item = RULE.item(w.name or "比率法", w.weight, {"expression": expression, "variables": variables})
    if floor:
        condition = _RATIO_GRADE.sub("", floor).rstrip("的者,")
        gated_item = gated(item, condition, any_formula=True)
        if gated_item is None:
            return None
        item = gated_item
        summary += f"；{condition}的整项不得分"
    doubts += [f"“{s}”：作为说明，未用于规则" for s in others]
    return Proposed([item], summary, tuple(doubts))



#: a rate times the 分值, or a figure less a rate times it, then the line past which the row scores nothing (a 考核表's
#: 计分标准 over two rows: “入网率*5;低于90%不得分”, “15-漂移车辆率*15;高于5%不得分”, the rate said again or not)
_RATE_THEN_ZERO_LINE = lazy_compile(r"^(?:得分=)?(?:(?P<base>\d+(?:\.\d+)?)-)?(?P<named>[^*,;.=()+\-\d%]{1,20}?率)\*(?P<times>\d+(?:\.\d+)?)分?"
                                  r"[;,]?(?:(?P=named)|该率)?(?P<side>低于|小于|不足|未达到|达不到|高于|大于|超过)(?P<line>\d+(?:\.\d+)?)%"
                                  r"(?:的|者|时)?,?(?:本项|该项)?(?:" + ZEROED + r"|为0分)$")
_FLOOR_WORDS = ("低于", "小于", "不足", "未达到", "达不到")


def _rate_then_zero_line(w: Wording) -> Proposed | None:
    """“入网率*5;低于90%不得分” on 5 points: the rate's share of the 分值 (at most 100%), nothing below the line — ``g *
    (max * min(c, 100) / 100)`` (``gated``, g 1 when the rate is not below it); “15-漂移车辆率*15;高于5%不得分” on 15: the
    figure less the rate's share of the points, nothing above the line — ``g * (max - 15 * d / 100)``, the rate in %
    (the line is said in %). The line lies on the side the score falls toward (a rising score's floor, a falling one's
    ceiling), else it is no such rule. A figure other than the 分值 before the minus is taken as written, to check."""
    m = _RATE_THEN_ZERO_LINE.match(w.text.rstrip(";."))
    if m is None or w.weight <= 0:
        return None
    named, times, line = m.group("named"), d(m.group("times")), m.group("line")
    below = m.group("side") in _FLOOR_WORDS
    if times != w.weight or below == bool(m.group("base")) or not Decimal(0) < d(line) < 100:
        return None
    cond = f"{named}{m.group('side')}{line}%"
    doubts: list[str] = []
    if m.group("base") is None:
        item = rate_rule.RULE.item(w.name or named, w.weight, {"cap": True, "value_label": named})
        summary = f"公式计分：得分 = {named} × 分值（至多100%），{cond}不得分"
    else:
        base = d(m.group("base"))
        lead = "max" if base == w.weight else number(base)
        if base != w.weight:
            doubts.append(f"“{m.group('base')}-{named}*{m.group('times')}”：被减数 {number(base)} 与分值 {fmt(w.weight)} 分不同，"
                          f"按原文计，本项最高得 {number(base)} 分，请核对")
        item = RULE.item(w.name or named, w.weight, {"expression": f"{lead} - {number(times)} * d / 100",
                                                     "variables": [{"name": "d", "label": named, "unit": "%"}]})
        summary = f"公式计分：得分 = {number(base)} - {named} × {number(times)}（{named}按百分数），{cond}不得分"
    gated_item = gated(item, cond, any_formula=True)
    return Proposed([gated_item], summary, tuple(doubts) or None) if gated_item else None


# ── proposal: a deduction per case, then points added for an honour, within the 分值 ──
#: “每缺1次扣1分;获市级以上表彰加1分,本项最高不超过分值”: a deduction per case (its unit after 每), then an honour or a
#: merit adding its points once (no 每 in it), the cap at the 分值 said or not
_HONOUR_AFTER_DEDUCTION = lazy_compile(
    r"^(?P<ded>(?P<dw>[^;,\d]{0,20}?)每(?P<case>[^;,\d]{0,6}?)1(?P<unit>人次|次|处|项|人|例|起|个|件|条|篇)(?P<dw2>[^;,\d]{0,8}?)"
    r",?扣(?P<x>" + _N + r")分)(?P<stop>,扣完为止)?[;,](?P<what>(?:获|被|受到|获得)[^;,\d每]{2,20}?)的?,?加(?P<b>" + _N + r")分"
    r"(?P<cap>[;,](?:本项|该项|此项)?(?:得分|加分后)?(?:最高)?不超过(?:本项|该项|此项)?(?:分值|满分)|[;,](?:本项|该项|此项)?(?:得分)?"
    r"最高(?:不超过)?(?P<capn>" + _N + r")分)?[;。.]?$")


def _honour_after_deduction(w: Wording) -> Proposed | None:
    """“每缺1次扣1分;获市级以上表彰加1分,本项最高不超过分值”: the cases each taking their points off the 分值, an honour
    adding its points back, the score within 0～分值 — a formula ``max - x * n + b * h`` over the count of cases and the
    honour (是=1). Always to check: whether the honour may make up what was taken off, and whether the 扣完为止 stops the
    deducting before the honour is added, the text does not say in so many words."""
    m = _HONOUR_AFTER_DEDUCTION.match(w.text)
    if m is None or (m.group("capn") and d(m.group("capn")) != w.weight):
        return None
    x, b = d(m.group("x")), d(m.group("b"))
    if not 0 < x <= w.weight or not 0 < b < w.weight:
        return None
    case = (m.group("dw") + m.group("case") + m.group("dw2")).strip("的") or "不符合"
    what = _case_words(m.group("what"))
    variables = [{"name": "n", "label": f"{case}的{m.group('unit')}数", "unit": m.group("unit")},
                 {"name": "h", "label": f"{what}（是=1，否=0）", "unit": ""}]
    expression = f"max - {number(x)} * n + {number(b)} * h"
    doubts = [f"“{m.group('what')}加{number(b)}分”：加分与扣分相抵，得分不超过分值，请核对"]
    if not m.group("cap"):
        doubts.append("未说明加分后能否超过分值：按不超过分值读")
    return Proposed([RULE.item(w.name, w.weight, {"expression": expression, "variables": variables})],
                    f"公式计分：每{m.group('unit')}扣 {number(x)} 分；{what}加 {number(b)} 分，得分限于 0～分值", tuple(doubts))


def _met_count_steps(w: Wording) -> Proposed | None:
    """“黑板干净、讲台无灰尘,墙报美观,给10分;以上达2项的给9分;达1项给8分;1项不达给7分”: requirements listed for the
    分值, then each count of them met scoring the same step less down to none met, its points said: the points of none
    met plus a step for each met (``7 + a``). The ladder counts the requirements (its highest count and one); where the
    list splits into another number of them, to check."""
    ladder = met_count_ladder(w.text, w.weight)
    if ladder is None or ladder.none is None:
        return None
    scores = [w.weight, *(x for _, x in ladder.rungs), ladder.none]
    step = w.weight - ladder.rungs[0][1]
    if any(a - b != step for a, b in pairwise(scores)):
        return None  # steps of different sizes: a ladder of counts (``tiers._met_count_ladder``)
    n = ladder.n
    variable = {"name": "a", "label": f"达到要求的项数（共{n}项）", "unit": "项"}
    expr = f"{number(ladder.none)} + {number(step)} * a" if step != 1 else f"{number(ladder.none)} + a"
    doubts = tuple(x for x in (met_count_listed_doubt(ladder),) if x)  # a list of another count, or joined pieces
    return Proposed([RULE.item(w.name or "达到要求的项数", w.weight, {"expression": expr, "variables": [variable]})],
                    f"公式计分：{n} 项要求均未达到得 {number(ladder.none)} 分，每达到 1 项加 {number(step)} 分", doubts)


#: a count of cases at which the row scores nothing, closing the deduction for each case: “3处及以上为0分”, “3张或3张以上
#: 未叠为0分”, “(…每处扣1分)1次检查3处及以上不得分”; the cases' unit said with the count, perhaps twice, perhaps the
#: fault again after it (a few characters, no figure); never “3处以上” alone, which may say more than 3
_ZEROED_AT_COUNT = lazy_compile(r"(?<=[,;)])(?:1次检查)?(?P<n>\d+)(?P<unit>[处张次个项件人])(?:及以上|或(?P=n)(?P=unit)(?:及以上|以上))"
                              r"(?P<fault>[^,;()\d分]{0,6}?)(?:为0分|" + ZEROED + r")[;,]?")


#: a case not put right at the recheck costing double: “复查未修,则加倍扣分”, “复查仍未整改的加倍扣分”
_DOUBLED_AT_RECHECK = lazy_compile(r",?复查(?:仍|时仍)?(?:未修|未整改|未改正|未改)(?:的|者)?,?(?:则)?加倍扣(?:分)?")


#: besides the one deduction for each case, another amount (“…;台账不全扣2分”, “最多扣5分”), points given back or added
#: (“弄虚作假的倒扣2分”, “加1分”, “得2分”): a fault or a score the formula would leave out
_BESIDES_THE_CASE = lazy_compile(r"扣(?:除|减)?\d+(?:\.\d+)?分.*扣(?:除|减)?\d+(?:\.\d+)?分|倒扣|加\d|得\d")


class _EachCase(NamedTuple):
    """A text read as a deduction per case: the cost of each, its unit, whether a case still found at the recheck costs
    double, the reading's doubts."""
    per: Decimal
    unit: str
    doubled: bool
    doubts: tuple[str, ...]


def _deduction_read(w: Wording) -> _EachCase | None:
    """The text read as a deduction per case (as the deduction reads it), or None when it reads no such deduction; a
    case not put right at the recheck costing double (``_DOUBLED_AT_RECHECK``) is left out of the text first."""
    doubled = _DOUBLED_AT_RECHECK.search(w.text)
    rest = replace(w, text=(w.text[:doubled.start()] + w.text[doubled.end():]).strip(",;")) if doubled else w
    got = deduction_rule.RULE.first_reading(rest)
    if got is None or len(got.items) != 1 or got.items[0]["type"] != deduction_rule.RULE.type:
        return None
    params = got.items[0].get("params") or {}
    if not params.get("per") or not params.get("unit"):
        return None
    doubts = tuple(got.doubts or ()) + ((f"“{doubled.group(0).strip(',')}”：复查仍未修的每{params['unit']}按加倍（另扣 2 倍）读，请核对",)
                           if doubled else ())
    return _EachCase(d(str(params["per"])), str(params["unit"]), doubled is not None, doubts)


def _zeroed_at_count(w: Wording) -> Proposed | None:
    """“每处扣1分,3处及以上为0分”, “1张被子未叠的扣2分,3张或3张以上未叠为0分”: a deduction for each case, the row scoring
    nothing once the cases found reach a count — ``(max - x * a) * (1 - min(1, max(0, a - (n - 1))))`` over the cases.
    The deduction is read from the text without the zeroing clause, as the deduction reads it; its unit must be the
    count's. Its doubts stand. A case not put right at the recheck costing double (“…扣1分/处,复查未修,则加倍扣分)”) is a
    second count, each costing twice the deduction besides it (``_deduction_read``), to check."""
    found = _ZEROED_AT_COUNT.search(w.text)
    if found is None or int(found.group("n")) < 2 or _ZEROED_AT_COUNT.search(w.text, found.end()):
        return None
    rest = replace(w, text=(w.text[:found.start()] + w.text[found.end():]).strip(",;"))
    if not rest.text or "0分" in rest.text or re.search(ZEROED, rest.text) or _BESIDES_THE_CASE.search(
            _DOUBLED_AT_RECHECK.sub("", rest.text)):
        return None
    read = _deduction_read(rest)
    unit, n = found.group("unit"), int(found.group("n"))
    if read is None or read.unit != unit:
        return None
    per, doubts = read.per, read.doubts
    if per * n >= w.weight:
        return None  # “一次扣4分,2次及以上不得分” of 8: the count where the deducting has taken all, no zero of its own
    zeroed = f"(1 - min(1, max(0, a - {n - 1})))"
    variables = [{"name": "a", "label": f"{found.group('fault') or '扣分'}的{unit}数", "unit": unit}]
    if read.doubled:  # “(否则,扣1分/处,复查未修,则加倍扣分)1次检查3处及以上为0分”: the recheck's double too
        variables.append({"name": "b", "label": f"复查仍未修的{unit}数", "unit": unit})
        expression = f"(max - {number(per)} * a - {number(2 * per)} * b) * {zeroed}"
    else:
        expression = f"(max - {number(per)} * a) * {zeroed}"
    return Proposed([RULE.item(w.name, w.weight, {"expression": expression, "variables": variables})],
                    f"公式计分：每{unit}扣 {number(per)} 分，达 {n} {unit}及以上得 0 分", doubts)


RULE = RuleType(
    type="formula",
    name=T("公式计分"),
    params=(
        Param("expression", T("公式"), "text", default="max", required=True),
        Param("variables", T("变量"), "table", default=[],
              columns=(Column("name", T("名称"), "text"), Column("label", T("说明"), "text"),
                       Column("unit", T("单位"), "text"))),
    ),
    inputs=(Input("vars", T("变量的值"), "vars"),),
    check=check,
    score=score,
    notes=notes,
    proposals=(Recogniser(7970, _each_point_saved), Recogniser(1860, _one_case_takes_all), Recogniser(26000, _share_off), Recogniser(1790, _rate_rounded), Recogniser(9230, _against_best), Recogniser(150, _required_count), Recogniser(160, _base_plus), Recogniser(7640, _workload_base), Recogniser(1700, _base_said_last), Recogniser(1720, _times_so_on), Recogniser(170, _earned), Recogniser(5210, _heading_cap), Recogniser(5220, _total_capped), Recogniser(190, _faults), Recogniser(210, _required_less_faults),
               Recogniser(220, _short_of_target), Recogniser(2660, _bare_step), Recogniser(230, _each_kind), Recogniser(240, _numbered_then_amounts), Recogniser(250, _count_line_each), Recogniser(260, _plus_per_case), Recogniser(270, _faults_and_rate_step), Recogniser(280, _first_then_each), Recogniser(870, _first_place_down), Recogniser(290, _bracketed_less_faults), Recogniser(320, _line_in_proportion), Recogniser(330, _lines_in_proportion), Recogniser(380, _written_deduction), Recogniser(1350, _full_otherwise_faults), Recogniser(310, _times_capped), Recogniser(110, _progressive_bands), Recogniser(580, _linear), Recogniser(30, _between_lines), Recogniser(960, _lone_fault), Recogniser(970, _weighted),
               Recogniser(980, _written), Recogniser(1900, _deviation_by_side), Recogniser(1910, _price_off_base), Recogniser(6560, _counts_times_points), Recogniser(2140, _parts_written), Recogniser(2150, _numbered_formula), Recogniser(930, _written_among_words), Recogniser(1370, _each_in_brackets), Recogniser(20, _interpolated), Recogniser(6840, _three_levels), Recogniser(1420, _base_either_way), Recogniser(1430, _rates_each_step), Recogniser(5010, _lines_each_step), Recogniser(5910, _line_per_kind), Recogniser(5920, _target_rows), Recogniser(5020, _past_and_short_of_target), Recogniser(10, _mean_of_scores), Recogniser(1690, _share_of_score), Recogniser(1550, _points_past_total), Recogniser(0, _either_way_counts), Recogniser(1500, _levels_each_deducted), Recogniser(1560, _faults_then_added), Recogniser(1600, _copies_times_points), Recogniser(1610, _points_one_short), Recogniser(1620, _line_both_ways), Recogniser(2000, _earned_above_line), Recogniser(5610, _line_step_up), Recogniser(5620, _share_from_floor), Recogniser(5630, _named_base_either_way), Recogniser(5640, _below_reference), Recogniser(6280, _at_reference), Recogniser(6290, _share_of_average), Recogniser(2010, _levels_each),
               Recogniser(1570, _at_line_up), Recogniser(2430, _line_then_past), Recogniser(6700, _target_then_bonus), Recogniser(6710, _target_prorata_bonus), Recogniser(7810, _bonus_over_quota), Recogniser(13800, _heading_then_bonus), Recogniser(2440, _letters_weighted), Recogniser(1680, _met_then_each), Recogniser(1800, _proportional), Recogniser(1810, _named_times_full), Recogniser(1820, _base_points_up), Recogniser(1830, _halved_kind), Recogniser(1760, _cases_adjusted), Recogniser(1770, _points_each_period), Recogniser(1780, _count_bands_less_faults), Recogniser(1840, _per_case_over_count),
               Recogniser(1930, _unsaid_grave_fault), Recogniser(2050, _steps_past_line), Recogniser(2060, _full_at_line_share), Recogniser(2070, _count_share_line), Recogniser(2230, _years_each), Recogniser(2240, _points_per_point), Recogniser(2270, _doubled_past_count), Recogniser(2300, _last_year_either_way), Recogniser(2180, _base_then_performance),
               Recogniser(6000, _earned_as_tables_say),
               Recogniser(6010, _years_then_each), Recogniser(6030, _best_as_standard), Recogniser(7480, _change_each_step), Recogniser(8740, _per_percent_off_scale),
               Recogniser(9510, _short_of_plan), Recogniser(9520, _both_ways_from_named_target),
               Recogniser(9540, _points_per_question), Recogniser(9550, _lettered_targets),
               Recogniser(10000, _ratio_method), Recogniser(10800, _against_reference), Recogniser(10810, _faults_in_turn), Recogniser(17040, _kinds_slashed),
               Recogniser(13410, _rate_then_zero_line), Recogniser(15610, _honour_after_deduction), Recogniser(25000, _met_count_steps), Recogniser(30000, _best_of), Recogniser(30020, _session_kinds), Recogniser(30030, _actual_up_to_full), Recogniser(36000, _missing_items_ratio), Recogniser(42000, _zeroed_at_count), Recogniser(42010, _score_taken_on)),
    describe=describe,
)
