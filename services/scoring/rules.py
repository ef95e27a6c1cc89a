"""The scoring rule types (评分标准 as data).

Each rule type is a pair of functions registered in ``RULES``:
``check(params, item_max) -> [problems]`` used when a framework is loaded, and
``score(params, item_max, inputs) -> ItemResult`` used when an indicator is scored. Every result
carries the calculation written out in words for the 评分说明 and the 工作底稿.

Inputs are the JSON object the evaluator's entries produce (see docs/framework-format.md). An
empty input means "not yet scored" and gives ``score=None``. An input a rule cannot use raises
``RuleInputError`` with a message for the evaluator, so nothing half-valid is ever saved.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any, Callable, Mapping

from services.core.numbers import HUNDRED, ZERO, RuleInputError, fmt, pct, to_decimal
from services.scoring import formula

Params = Mapping[str, Any]
Inputs = Mapping[str, Any]


@dataclass(frozen=True)
class ItemResult:
    score: Decimal | None  # clamped to [0, max]; None while not yet scored
    text: str  # the calculation in words
    raw: Decimal | None = None  # before clamping
    warnings: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class RuleType:
    name: str  # Chinese name shown to evaluators
    check: Callable[[Params, Decimal], list[str]]
    score: Callable[[Params, Decimal, Inputs], ItemResult]


def clamp(raw: Decimal, item_max: Decimal, text: str) -> ItemResult:
    if raw < ZERO:
        return ItemResult(ZERO, text + "，扣完为止，计 0 分", raw)
    if raw > item_max:
        return ItemResult(item_max, text + f"，不超过满分，计 {fmt(item_max)} 分", raw)
    return ItemResult(raw, text, raw)


def _dec(params: Params, key: str, default: Any = None) -> Decimal:
    value = params.get(key, default)
    return to_decimal(value, key, allow_negative=True)


def _need(params: Params, *keys: str, nonneg: bool = True) -> list[str]:
    problems = []
    for k in keys:
        if k not in params or params[k] is None:
            problems.append(f"缺少参数 {k}")
            continue
        try:
            d = to_decimal(params[k], k, allow_negative=True)
        except RuleInputError:
            problems.append(f"参数 {k} 不是数字：{params[k]!r}")
            continue
        if nonneg and d < 0:
            problems.append(f"参数 {k} 不能为负数")
    return problems


def _deduct_points(params: Params, item_max: Decimal) -> Decimal:
    d = _dec(params, "deduct")
    if params.get("deduct_mode", "points") == "percent_of_max":
        return item_max * d / HUNDRED
    return d


def _deduct_words(params: Params, item_max: Decimal) -> str:
    if params.get("deduct_mode", "points") == "percent_of_max":
        return f"扣分值的 {fmt(_dec(params, 'deduct'))}%（{fmt(_deduct_points(params, item_max))} 分）"
    return f"扣 {fmt(_dec(params, 'deduct'))} 分"


def _value_or_ratio(params: Params, inputs: Inputs) -> tuple[Decimal, str] | None:
    """The measured value: typed directly, or numerator ÷ denominator × 100%."""
    label = params.get("value_label", "值")
    if params.get("input", "value") == "ratio" or ("numerator" in inputs and "value" not in inputs):
        if inputs.get("numerator") in (None, "") and inputs.get("denominator") in (None, ""):
            return None
        n_label = params.get("numerator_label", "分子")
        d_label = params.get("denominator_label", "分母")
        n = to_decimal(inputs.get("numerator"), n_label)
        d = to_decimal(inputs.get("denominator"), d_label)
        if d == 0:
            raise RuleInputError(f"“{d_label}”不能为 0")
        v = n / d * HUNDRED
        return v, f"{label} = {n_label} {fmt(n)} ÷ {d_label} {fmt(d)} × 100% = {pct(v)}"
    if inputs.get("value") in (None, ""):
        return None
    v = to_decimal(inputs.get("value"), label, allow_negative=True)
    unit = params.get("unit", "%")
    return v, f"{label} {fmt(v)}{unit}"


# ── checklist ───────────────────────────────────────────────────────────────
STATES = {"met": "满足", "partly": "部分满足", "not_met": "不满足"}


def _check_checklist(params: Params, item_max: Decimal) -> list[str]:
    points = params.get("points")
    if not isinstance(points, list) or not points:
        return ["缺少要点列表 points"]
    problems, total, keys = [], ZERO, set()
    for i, p in enumerate(points, 1):
        if not isinstance(p, Mapping) or "key" not in p:
            problems.append(f"第 {i} 个要点缺少 key")
            continue
        if p["key"] in keys:
            problems.append(f"要点 key “{p['key']}”重复")
        keys.add(p["key"])
        sub = _need(p, "max")
        problems += [f"要点“{p.get('label', p['key'])}”：{m}" for m in sub]
        if not sub:
            total += to_decimal(p["max"], "max")
    if not problems and total != item_max:
        problems.append(f"各要点分值之和 {fmt(total, 4)} 不等于该项分值 {fmt(item_max, 4)}")
    if params.get("gate") is not None and params["gate"] not in keys:
        problems.append(f"关键要素 gate “{params['gate']}”不是任何要点的 key")
    return problems


def _score_checklist(params: Params, item_max: Decimal, inputs: Inputs) -> ItemResult:
    answers = inputs.get("points") or {}
    points = params["points"]
    if not answers:
        return ItemResult(None, "尚未评判")
    total, parts, missing = ZERO, [], []
    gate_failed = None
    for p in points:
        pmax = to_decimal(p["max"])
        label = p.get("label") or p["key"]
        ans = answers.get(p["key"])
        if ans is None:
            missing.append(label)
            continue
        state = ans.get("state") if isinstance(ans, Mapping) else ans
        if state not in STATES:
            raise RuleInputError(f"要点“{label}”的判断无法识别：{state!r}")
        if state == "met":
            got = pmax
        elif state == "not_met":
            got = ZERO
            if params.get("gate") == p["key"]:
                gate_failed = label
        else:
            got = to_decimal(ans.get("value") if isinstance(ans, Mapping) else None, f"“{label}”部分满足的得分")
            if got > pmax:
                raise RuleInputError(f"要点“{label}”部分满足的得分 {fmt(got)} 超过该要点分值 {fmt(pmax)}")
        total += got
        parts.append(f"{label}{STATES[state]} {fmt(got)}/{fmt(pmax)}")
    if missing:
        return ItemResult(None, f"已评判 {len(parts)}/{len(points)} 个要点，尚缺：" + "、".join(missing))
    if gate_failed:
        return ItemResult(ZERO, f"关键要素“{gate_failed}”不满足，本项不得分；" + "；".join(parts), ZERO)
    return clamp(total, item_max, "；".join(parts) + f"；得分 = {fmt(total)}")


# ── per-instance deduction ──────────────────────────────────────────────────
def _check_deduction(params: Params, item_max: Decimal) -> list[str]:
    return _need(params, "per")


def _score_deduction(params: Params, item_max: Decimal, inputs: Inputs) -> ItemResult:
    if inputs.get("count") in (None, ""):
        return ItemResult(None, "尚未填写不符合的例数")
    unit = params.get("unit", "例")
    count = to_decimal(inputs["count"], f"不符合{unit}数")
    if count != count.to_integral_value():
        raise RuleInputError(f"不符合{unit}数必须是整数")
    per = _dec(params, "per")
    raw = item_max - count * per
    if count == 0:
        return ItemResult(item_max, f"未发现不符合情况，得满分 {fmt(item_max)}", item_max)
    return clamp(raw, item_max, f"发现不符合 {fmt(count)} {unit}，每{unit}扣 {fmt(per)} 分，"
                                f"得分 = {fmt(item_max)} − {fmt(count)} × {fmt(per)} = {fmt(raw)}")


# ── threshold on a value or rate, linear (or stepwise) deduction ────────────
def _check_threshold(params: Params, item_max: Decimal) -> list[str]:
    problems = _need(params, "full_at", nonneg=False) + _need(params, "deduct")
    if params.get("direction", "higher") not in ("higher", "lower"):
        problems.append("direction 只能是 higher 或 lower")
    if params.get("deduct_mode", "points") not in ("points", "percent_of_max"):
        problems.append("deduct_mode 只能是 points 或 percent_of_max")
    if params.get("input", "value") not in ("value", "ratio"):
        problems.append("input 只能是 value 或 ratio")
    problems += _need(params, "step") if "step" in params else []
    if "step" in params and not problems and _dec(params, "step") == 0:
        problems.append("step 不能为 0")
    return problems


def _score_threshold(params: Params, item_max: Decimal, inputs: Inputs) -> ItemResult:
    got = _value_or_ratio(params, inputs)
    if got is None:
        return ItemResult(None, "尚未填写")
    value, words = got
    full_at = _dec(params, "full_at")
    inclusive = params.get("inclusive", True)
    higher = params.get("direction", "higher") == "higher"
    unit = params.get("unit", "%")
    if higher:
        ok = value >= full_at if inclusive else value > full_at
        sign = "≥" if inclusive else ">"
        gap = full_at - value
    else:
        ok = value <= full_at if inclusive else value < full_at
        sign = "≤" if inclusive else "<"
        gap = value - full_at
    if ok:
        return ItemResult(item_max, f"{words}，{sign} {fmt(full_at)}{unit}，得满分 {fmt(item_max)}", item_max)
    step = _dec(params, "step", "1")
    steps = gap / step
    if params.get("stepwise"):
        steps = Decimal(max(1, math.ceil(steps)))
    per = _deduct_points(params, item_max)
    raw = item_max - steps * per
    side = "低于" if higher else "高于"
    gap_unit = "个百分点" if unit == "%" else unit
    return clamp(raw, item_max,
                 f"{words}，{side} {fmt(full_at)}{unit} {fmt(gap)} {gap_unit}，每 {fmt(step)}{unit}"
                 f"{_deduct_words(params, item_max)}，得分 = {fmt(item_max)} − {fmt(steps)} × {fmt(per)} = {fmt(raw)}")


# ── rate from two numbers ───────────────────────────────────────────────────
def _check_rate(params: Params, item_max: Decimal) -> list[str]:
    return []


def _score_rate(params: Params, item_max: Decimal, inputs: Inputs) -> ItemResult:
    got = _value_or_ratio({**params, "input": "ratio"}, inputs)
    if got is None:
        return ItemResult(None, "尚未填写")
    value, words = got
    share = value / HUNDRED
    if params.get("cap", True) and share > 1:
        share = Decimal(1)
    raw = item_max * share
    return clamp(raw, item_max, f"{words}，得分 = {pct(share * HUNDRED)} × {fmt(item_max)} = {fmt(raw)}")


# ── upper bound (e.g. 小于合同额记满分，每大于1%扣0.5分) ─────────────────────
def _check_upper_bound(params: Params, item_max: Decimal) -> list[str]:
    return _need(params, "deduct") + (_need(params, "step") if "step" in params else [])


def _score_upper_bound(params: Params, item_max: Decimal, inputs: Inputs) -> ItemResult:
    if inputs.get("actual") in (None, "") or inputs.get("limit") in (None, ""):
        return ItemResult(None, "尚未填写")
    a_label = params.get("actual_label", "实际金额")
    l_label = params.get("limit_label", "上限")
    actual = to_decimal(inputs["actual"], a_label)
    limit = to_decimal(inputs["limit"], l_label)
    if limit == 0:
        raise RuleInputError(f"“{l_label}”不能为 0")
    if actual <= limit:
        return ItemResult(item_max, f"{a_label} {fmt(actual)} 未超过{l_label} {fmt(limit)}，得满分 {fmt(item_max)}",
                          item_max)
    excess = (actual - limit) / limit * HUNDRED
    step = _dec(params, "step", "1")
    per = _deduct_points(params, item_max)
    steps = excess / step
    raw = item_max - steps * per
    return clamp(raw, item_max, f"{a_label} {fmt(actual)} 超过{l_label} {fmt(limit)} 的 {pct(excess)}，"
                                f"每超 {fmt(step)}%{_deduct_words(params, item_max)}，"
                                f"得分 = {fmt(item_max)} − {fmt(steps)} × {fmt(per)} = {fmt(raw)}")


# ── delay ───────────────────────────────────────────────────────────────────
def _check_delay(params: Params, item_max: Decimal) -> list[str]:
    return _need(params, "per") + (_need(params, "grace") if "grace" in params else [])


def _score_delay(params: Params, item_max: Decimal, inputs: Inputs) -> ItemResult:
    if inputs.get("delay") in (None, ""):
        return ItemResult(None, "尚未填写延迟时间")
    unit = params.get("unit", "月")
    unit_words = "个月" if unit == "月" else unit
    delay = to_decimal(inputs["delay"], f"延迟{unit_words}数")
    grace = _dec(params, "grace", "0")
    per = _dec(params, "per")
    late = max(ZERO, delay - grace)
    if late == 0:
        return ItemResult(item_max, f"按期完成（延迟 {fmt(delay)} {unit_words}），得满分 {fmt(item_max)}", item_max)
    raw = item_max - late * per
    grace_words = f"（扣除宽限 {fmt(grace)} {unit_words}）" if grace else ""
    return clamp(raw, item_max, f"延迟 {fmt(delay)} {unit_words}{grace_words}，每{unit}扣 {fmt(per)} 分，"
                                f"得分 = {fmt(item_max)} − {fmt(late)} × {fmt(per)} = {fmt(raw)}")


# ── proportional completion ─────────────────────────────────────────────────
def _check_completion(params: Params, item_max: Decimal) -> list[str]:
    return []


def _score_completion(params: Params, item_max: Decimal, inputs: Inputs) -> ItemResult:
    rows = inputs.get("rows")
    if rows is None and ("target" in inputs or "actual" in inputs):
        rows = [{"target": inputs.get("target"), "actual": inputs.get("actual")}]
    rows = [r for r in (rows or []) if r.get("target") not in (None, "") or r.get("actual") not in (None, "")]
    if not rows:
        return ItemResult(None, "尚未填写计划数与完成数")
    unit = params.get("unit", "")
    shares, parts = [], []
    for r in rows:
        label = f"{r['label']}：" if r.get("label") else ""
        target = to_decimal(r.get("target"), f"{label}计划数")
        actual = to_decimal(r.get("actual"), f"{label}完成数")
        if target == 0:
            raise RuleInputError(f"{label}计划数不能为 0")
        share = min(actual / target, Decimal(1))
        shares.append(share)
        parts.append(f"{label}计划 {fmt(target)}{unit}，完成 {fmt(actual)}{unit}，完成率 {pct(actual / target * HUNDRED)}")
    avg = sum(shares, ZERO) / len(shares)
    raw = item_max * avg
    if len(rows) == 1:
        r = rows[0]
        calc = f"得分 = {fmt(min(to_decimal(r.get('actual')), to_decimal(r.get('target'))))}/{fmt(to_decimal(r.get('target')))} × {fmt(item_max)} = {fmt(raw)}"
    else:
        calc = f"平均完成率 {pct(avg * HUNDRED)}，得分 = {pct(avg * HUNDRED)} × {fmt(item_max)} = {fmt(raw)}"
    return clamp(raw, item_max, "；".join(parts) + "，" + calc)


# ── tiers (分档) ──────────────────────────────────────────────────────────────
def _tier_words(t: Mapping[str, Any], unit: str) -> str:
    lo, hi = t.get("min"), t.get("max")
    lo_w = f"{fmt(to_decimal(lo, allow_negative=True))}{unit}（{'含' if t.get('min_inclusive', True) else '不含'}）" if lo is not None else "不限"
    hi_w = f"{fmt(to_decimal(hi, allow_negative=True))}{unit}（{'含' if t.get('max_inclusive', False) else '不含'}）" if hi is not None else "不限"
    return f"{lo_w}～{hi_w}"


def _check_tiers(params: Params, item_max: Decimal) -> list[str]:
    tiers = params.get("tiers")
    if not isinstance(tiers, list) or not tiers:
        return ["缺少分档 tiers"]
    problems = []
    for i, t in enumerate(tiers, 1):
        if not isinstance(t, Mapping):
            problems.append(f"第 {i} 档格式不对")
            continue
        sub = _need(t, "score") + [m for k in ("min", "max") if t.get(k) is not None for m in _need(t, k, nonneg=False)]
        problems += [f"第 {i} 档：{m}" for m in sub]
        if not sub:
            if to_decimal(t["score"]) > item_max:
                problems.append(f"第 {i} 档得分 {t['score']} 超过该项分值 {fmt(item_max)}")
            if t.get("min") is not None and t.get("max") is not None and to_decimal(t["min"], allow_negative=True) > to_decimal(t["max"], allow_negative=True):
                problems.append(f"第 {i} 档下限大于上限")
    return problems


def _in_tier(v: Decimal, t: Mapping[str, Any]) -> bool:
    if t.get("min") is not None:
        lo = to_decimal(t["min"], allow_negative=True)
        if v < lo or (v == lo and not t.get("min_inclusive", True)):
            return False
    if t.get("max") is not None:
        hi = to_decimal(t["max"], allow_negative=True)
        if v > hi or (v == hi and not t.get("max_inclusive", False)):
            return False
    return True


def _score_tiers(params: Params, item_max: Decimal, inputs: Inputs) -> ItemResult:
    got = _value_or_ratio(params, inputs)
    if got is None:
        return ItemResult(None, "尚未填写")
    value, words = got
    unit = params.get("unit", "%")
    for t in params["tiers"]:
        if _in_tier(value, t):
            s = to_decimal(t["score"])
            return clamp(s, item_max, f"{words}，落在“{_tier_words(t, unit)}”档，得 {fmt(s)} 分")
    return ItemResult(ZERO, f"{words}，不在任何分档内，计 0 分", ZERO,
                      (f"值 {fmt(value)} 不在任何分档内",))


# ── categorical choice ──────────────────────────────────────────────────────
def _check_choice(params: Params, item_max: Decimal) -> list[str]:
    options = params.get("options")
    if not isinstance(options, list) or not options:
        return ["缺少选项 options"]
    problems = []
    for i, o in enumerate(options, 1):
        sub = _need(o, "score") if isinstance(o, Mapping) and "key" in o else ["缺少 key"]
        problems += [f"第 {i} 个选项：{m}" for m in sub]
        if not sub and to_decimal(o["score"]) > item_max:
            problems.append(f"选项“{o.get('label', o['key'])}”得分超过该项分值 {fmt(item_max)}")
    return problems


def _score_choice(params: Params, item_max: Decimal, inputs: Inputs) -> ItemResult:
    key = inputs.get("option")
    if key in (None, ""):
        return ItemResult(None, "尚未选择情形")
    for o in params["options"]:
        if o["key"] == key:
            s = to_decimal(o["score"])
            return clamp(s, item_max, f"情形：{o.get('label', key)}，得 {fmt(s)} 分")
    raise RuleInputError(f"没有“{key}”这个选项")


# ── qualitative scale ───────────────────────────────────────────────────────
def _check_scale(params: Params, item_max: Decimal) -> list[str]:
    levels = params.get("levels")
    if not isinstance(levels, list) or not levels:
        return ["缺少等级 levels"]
    problems = []
    for i, lv in enumerate(levels, 1):
        sub = _need(lv, "share") if isinstance(lv, Mapping) and "label" in lv else ["缺少 label"]
        problems += [f"第 {i} 个等级：{m}" for m in sub]
        if not sub and to_decimal(lv["share"]) > 1:
            problems.append(f"等级“{lv['label']}”的比例 share 不能大于 1")
    return problems


def _score_scale(params: Params, item_max: Decimal, inputs: Inputs) -> ItemResult:
    label = inputs.get("level")
    if label in (None, ""):
        return ItemResult(None, "尚未评定等级")
    for lv in params["levels"]:
        if lv["label"] == label:
            share = to_decimal(lv["share"])
            raw = item_max * share
            return clamp(raw, item_max, f"评定为“{label}”（{pct(share * HUNDRED)}），得分 = {pct(share * HUNDRED)} × {fmt(item_max)} = {fmt(raw)}")
    raise RuleInputError(f"没有“{label}”这个等级")


# ── all or nothing ──────────────────────────────────────────────────────────
def _check_all_or_nothing(params: Params, item_max: Decimal) -> list[str]:
    return []


def _score_all_or_nothing(params: Params, item_max: Decimal, inputs: Inputs) -> ItemResult:
    met = inputs.get("met")
    if met is None:
        return ItemResult(None, "尚未判断")
    if not isinstance(met, bool):
        raise RuleInputError("“是否满足”只能是“是”或“否”")
    cond = params.get("condition") or "条件"
    if met:
        return ItemResult(item_max, f"满足“{cond}”，得满分 {fmt(item_max)}", item_max)
    return ItemResult(ZERO, f"不满足“{cond}”，不得分", ZERO)


# ── judgement within a range ────────────────────────────────────────────────
def _check_judgement(params: Params, item_max: Decimal) -> list[str]:
    return []


def _score_judgement(params: Params, item_max: Decimal, inputs: Inputs) -> ItemResult:
    if inputs.get("score") in (None, ""):
        return ItemResult(None, "尚未评分")
    s = to_decimal(inputs["score"], "评分")
    if s > item_max:
        raise RuleInputError(f"评分 {fmt(s)} 超过该项分值 {fmt(item_max)}")
    reason = (inputs.get("reason") or "").strip()
    if not reason:
        raise RuleInputError("酌情评分必须填写理由")
    return ItemResult(s, f"评价组在 0～{fmt(item_max)} 分内评定 {fmt(s)} 分，理由：{reason}", s)


# ── safe formula ────────────────────────────────────────────────────────────
def _check_formula(params: Params, item_max: Decimal) -> list[str]:
    expr = params.get("expression")
    if not isinstance(expr, str) or not expr.strip():
        return ["缺少公式 expression"]
    try:
        used = formula.names(expr)
    except formula.FormulaError as exc:
        return [str(exc)]
    declared = {v.get("name") for v in params.get("variables", []) if isinstance(v, Mapping)}
    unknown = used - declared - {"max"}
    return [f"公式使用了未声明的变量：{'、'.join(sorted(unknown))}"] if unknown else []


def _score_formula(params: Params, item_max: Decimal, inputs: Inputs) -> ItemResult:
    given = inputs.get("vars") or {}
    variables = params.get("variables", [])
    if not given or all(given.get(v["name"]) in (None, "") for v in variables):
        return ItemResult(None, "尚未填写")
    values: dict[str, Decimal] = {"max": item_max}
    parts = []
    for v in variables:
        label = v.get("label") or v["name"]
        d = to_decimal(given.get(v["name"]), label, allow_negative=True)
        values[v["name"]] = d
        parts.append(f"{label} {fmt(d)}{v.get('unit', '')}")
    raw = formula.evaluate(params["expression"], values)
    return clamp(raw, item_max, "；".join(parts) + f"，得分 = {params['expression']} = {fmt(raw)}")


RULES: dict[str, RuleType] = {
    "checklist": RuleType("要点核查", _check_checklist, _score_checklist),
    "deduction": RuleType("逐例扣分", _check_deduction, _score_deduction),
    "threshold": RuleType("达标线扣分", _check_threshold, _score_threshold),
    "rate": RuleType("比率计分", _check_rate, _score_rate),
    "upper_bound": RuleType("上限控制", _check_upper_bound, _score_upper_bound),
    "delay": RuleType("延迟扣分", _check_delay, _score_delay),
    "completion": RuleType("完成比例", _check_completion, _score_completion),
    "tiers": RuleType("分档计分", _check_tiers, _score_tiers),
    "choice": RuleType("情形选择", _check_choice, _score_choice),
    "scale": RuleType("等级评定", _check_scale, _score_scale),
    "all_or_nothing": RuleType("全有或全无", _check_all_or_nothing, _score_all_or_nothing),
    "judgement": RuleType("酌情评分", _check_judgement, _score_judgement),
    "formula": RuleType("公式计分", _check_formula, _score_formula),
}


def check_item(item: Mapping[str, Any]) -> list[str]:
    """Problems with one scoring item's declaration (empty when it is sound)."""
    rtype = item.get("type")
    if rtype not in RULES:
        return [f"未知的评分规则类型 type “{rtype}”（可用：{'、'.join(RULES)}）"]
    try:
        item_max = to_decimal(item.get("max"), "max")
    except RuleInputError as exc:
        return [f"max：{exc}"]
    try:
        return RULES[rtype].check(item.get("params") or {}, item_max)
    except (RuleInputError, InvalidOperation, TypeError, KeyError, AttributeError) as exc:
        return [f"参数有误：{exc}"]


def score_item(item: Mapping[str, Any], inputs: Inputs | None) -> ItemResult:
    """Score one item; ``RuleInputError`` when the inputs cannot be used."""
    inputs = inputs or {}
    if not isinstance(inputs, Mapping):
        raise RuleInputError("输入格式不正确")
    item_max = to_decimal(item["max"], "max")
    return RULES[item["type"]].score(item.get("params") or {}, item_max, inputs)
