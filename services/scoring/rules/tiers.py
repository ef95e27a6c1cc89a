"""分档计分: the value falls in one tier (a range), which gives the score."""
from __future__ import annotations

import itertools
import re
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from models.messages import said as refusal
from services.core.numbers import ZERO, fmt, to_decimal
from services.core.patterns import found_by, lazy_compile
from services.scoring.rules import delay as delay_rule
from services.scoring.rules.base import (
    DENOMINATOR,
    INPUT_MODES,
    NUMERATOR,
    VALUE,
    Column,
    Inputs,
    ItemResult,
    Msg,
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
    msg,
    need,
    percent_from_figure,
    said,
    value_or_ratio,
    value_or_ratio_inputs,
)
from services.scoring.rules.wording import (
    AT_REFERENCE,
    LATE_VERBS,
    LINE_UNITS,
    NUM,
    ON_TIME,
    ORDINAL,
    ORDINAL_AT,
    POINTS_LEAD,
    RATIO_METHOD,
    REQUIREMENT_MET,
    SHARE_IN_WORDS,
    SNUM,
    SO_ON,
    ZEROED,
    clause_at,
    cn_integer,
    d,
    is_ratio,
    met_count_ladder,
    met_count_listed_doubt,
    rate_label,
    rates_joined,
    s,
    share_in_words,
    slash_lists,
    with_labels,
)


def tier_words(t: Mapping[str, Any], unit: str) -> Msg:
    def end(value: Any, inclusive: bool) -> Msg:
        if value is None:
            return msg(T("不限"))
        return msg(T("%1%2（含）") if inclusive else T("%1%2（不含）"), fmt(to_decimal(value, allow_negative=True)), unit)

    return msg(T("%1～%2"), end(t.get("min"), t.get("min_inclusive", True)), end(t.get("max"), t.get("max_inclusive", False)))


def check(params: Params, item_max: Decimal) -> list[str]:
    tiers = params.get("tiers")
    if not isinstance(tiers, list) or not tiers:
        return [refusal("缺少分档 tiers")]
    problems: list[str] = []
    for i, t in enumerate(tiers, 1):
        if not isinstance(t, Mapping):
            problems.append(refusal("第 {i} 档格式不对", i=i))
            continue
        sub = need(t, "score") + [m for k in ("min", "max") if t.get(k) is not None for m in need(t, k, nonneg=False)]
        problems += [refusal("第 {i} 档：{problem}", i=i, problem=m) for m in sub]
        if not sub:
            if to_decimal(t["score"]) > item_max:
                problems.append(refusal("第 {i} 档得分 {score} 超过该项分值 {max}", i=i, score=t["score"], max=fmt(item_max)))
            if t.get("min") is not None and t.get("max") is not None and to_decimal(t["min"], allow_negative=True) > to_decimal(t["max"], allow_negative=True):
                problems.append(refusal("第 {i} 档下限大于上限", i=i))
    return problems


def in_tier(v: Decimal, t: Mapping[str, Any]) -> bool:
    if t.get("min") is not None:
        lo = to_decimal(t["min"], allow_negative=True)
        if v < lo or (v == lo and not t.get("min_inclusive", True)):
            return False
    if t.get("max") is not None:
        hi = to_decimal(t["max"], allow_negative=True)
        if v > hi or (v == hi and not t.get("max_inclusive", False)):
            return False
    return True


def score(params: Params, inputs: Inputs, item_max: Decimal) -> ItemResult:
    got = value_or_ratio(params, inputs)
    if got is None:
        return ItemResult(None, msg(T("尚未填写")))
    value, words = got
    unit = params.get("unit", "%")
    for t in params["tiers"]:
        if in_tier(value, t):
            sc = to_decimal(t["score"])
            return clamp(sc, item_max, said(words, msg(T("，落在“%1”档，得 %2 分"), tier_words(t, unit), fmt(sc))))
    return ItemResult(ZERO, said(words, T("，不在任何分档内，计 0 分")), ZERO,
                      (f"值 {fmt(value)} 不在任何分档内",))


def notes(params: Params, item_max: Decimal) -> list[Note]:
    unit = params.get("unit", "%")
    parts = [msg(T("分档："))]
    for i, t in enumerate(params.get("tiers", [])):
        if i:
            parts.append(msg("；"))
        parts.append(msg(T("%1：%2 分"), tier_words(t, unit), t["score"]))
    return [Note(tuple(parts))]


# ── wordings ────────────────────────────────────────────────────────────────
_NO_SCORE = lazy_compile(ZEROED)
#: (or full marks with no verb, closing a band after its comma or colon: “年度产值800万以上,满分;…”)
_FULL_SCORE = lazy_compile(r"(?:得|计|记|为)满分|(?<=[,:])满分[;,.]?$")
#: “…,3分”, “…:3分”, “…(3分)”, “10亿元以上20分”: the band's points with no verb (not a deduction “扣2分”)
_BARE_POINTS = lazy_compile(r"(?:[,:(]|(?<=[\u4e00-\u9fff%)])(?<![扣减除加]))" + NUM + r"分\)?$")
_SHARE_POINTS = lazy_compile(r"(?:得|计|记)(?:分值的|权重分的)" + NUM + "%")
_POINTS = lazy_compile(r"(?:得|计|记)" + NUM + "分")


def _score_of(seg: str, weight: Decimal) -> Decimal | None:
    if _NO_SCORE.search(seg):
        return Decimal(0)
    if _FULL_SCORE.search(seg):
        return weight
    m = _BARE_POINTS.search(seg)
    if m:
        return d(m.group(1))
    m = _SHARE_POINTS.search(seg)
    if m:
        return weight * d(m.group(1)) / 100
    m = _POINTS.search(seg)
    return d(m.group(1)) if m else None


#: the units a band on a counted or measured figure is stated in (a percentage is _ranges's; ranks are _rank_bands's)
#: a measure per another (“万元/公顷”, “吨标煤/万元”, “万元/年/人”), tried before its first unit alone
_PER_UNIT = r"(?:亿元|万元|元|吨标准?煤|吨|千克|公斤|立方米|千瓦时)(?:/(?:年|公顷|亩|万元|元|人|户|平方米|吨)){1,2}(?![\u4e00-\u9fff]*/)"
_BAND_UNIT = (r"(?:" + _PER_UNIT + r"|亿元|万元|元|公斤|千克|吨|亩|公里|平方米|立方米|人次|个工作日|工作日|个月|个年度|小时|分钟|课时|学时|人|次|起|例|处|项|个(?!百分点)|件|笔|家|户|篇|条|份|张|所|台|"
              r"套|场|期|类|种|批|轮|天|日|周|年)")
#: a figure that is not a percentage: a count or an amount follows it (“≥5年”, “<3个”)
_NOT_SHARE = r"(?![\d.]|" + _BAND_UNIT + ")"
#: (“被通报的为0分”: 为 after the 的 closing a condition says the score, never a band of the value)
_EXACT = lazy_compile(r"(?:=|等于|(?<!的)为)" + SNUM + _NOT_SHARE + r"%?(?![\d.%~\-至分*×/+])")
_RANGE_AFTER = lazy_compile(r"[~\-至]\d")
#: “达到目标值的80%”, “达目标值的80%” (达 alone, as 达80%): the share after what it is of
_REACH_WORDS = lazy_compile(r"(达到|(?<![未不])达|不低于|不少于|≥|≤|>|<|低于|高于)[^,;\d≥≤<>]{1,20}?的(?=\d)")
#: “达到目标值80%”, “未达到计划数60%”: the share written straight after what it is of
_REACH_SHARE = lazy_compile(r"((?:未)?达到|不低于|不少于|≥|≤|>|<|低于|高于)[^,;\d≥≤<>]{1,20}?(?:值|数|量)(?=\d+(?:\.\d+)?%)")
_BETWEEN = lazy_compile(SNUM + _NOT_SHARE + r"%?(≤|<)[^≤<≥>\d]{1,20}(≤|<)" + SNUM + _NOT_SHARE + "%?")
#: “(含)”, “(含90%)”, “(包括30%)”: the value itself is in the band
_INCLUDES = r"(\((?:含|包括|包含)(?:本数|\d+(?:\.\d+)?%?)?\))"
_INCLUDED = lazy_compile(_INCLUDES)
_ABOVE_WITHIN = lazy_compile(r"(?:高于|超过|超出|增长|增加)[^,;\d≥≤<>]{0,20}?" + SNUM + r"%(?:以内|之内)")
#: “(含)”, “(不含)”, “(不含5%)” after an end of a span: whether the end is the band's own
_END_MARK = r"(\((?:不含|含|包括|包含)(?:本数|\d+(?:\.\d+)?%?)?\))"
_SPAN = lazy_compile(SNUM + r"%?" + _END_MARK + r"?[~\-至]" + SNUM + r"%" + _END_MARK + "?")
_AT_LEAST = lazy_compile(r"(≥|>|不低于|不少于|(?<![未不])达到|(?<![未不])达|(?<!不)高于|(?<!不)大于|(?<!不)超过)" + SNUM + _NOT_SHARE + "%?")
#: “95%≤合格率,6分”: the line first, the sign, the name, and nothing after it
_SIGN_BEFORE_NAME = lazy_compile(SNUM + _NOT_SHARE + r"%?(≤|<)[^≤<≥>\d,;]{1,12}(?![^,;]*[≤<])")
#: “90%以上”, “90%(含)以上”; a mark leaving the figure out, before or after the words (“90%(不含)以上”, “90%以上(不含90%)”)
_OR_MORE = lazy_compile(SNUM + r"%" + _END_MARK + r"?(及以上|以上)" + _END_MARK + "?")
_AT_MOST = lazy_compile(r"(≤|<|不高于|不超过|不大于|低于|小于|不足|不到|未达到|达不到)" + SNUM + "%")
#: (“差错率1%以内得20分”: a line at most, its figure in the band as 以内 says)
_OR_LESS = lazy_compile(SNUM + r"%" + _END_MARK + r"?(及以下|以下|以内|之内)" + _END_MARK + "?")
#: “<60分不得分”: a sign before a figure in the unit of the bands (not a percentage)
_SIGN_AT_MOST = lazy_compile(r"(≤|<)" + SNUM + r"(?![\d.%])" + _NOT_SHARE)
_SEMI = lazy_compile(r";")
_SCORED_COMMA = lazy_compile(r",(?=[^,]*(?:(?:得|计|记)(?:\d|满分)|不得分|不计分))")
#: a comma after a band's points, before the next band's scored words
_POINTS_THEN_COMMA = lazy_compile(r"(?<=\d分),(?=[^,]*(?:(?:得|计|记)(?:\d|满分)|不得分|不计分))")


#: a value's sign said in words: “有正订正技巧”, “正增长”, “为正”; “负技巧”, “负增长”, “为负” (not 订正, 正常, 负责, 为正面,
#: 为负向 …: “为正”/“为负” only closing the condition or said as a number)
_SIGN_CLOSED = r"(?:数|值)?(?=的|者|时|且|,|;|得|计|记|不|扣|$)"
_POSITIVE = lazy_compile(r"(?<![订修纠公真端改反])正(?:订正)?(?:技巧|增长|值)|(?:为|是)正" + _SIGN_CLOSED)
_NEGATIVE = lazy_compile(r"负(?:订正)?(?:技巧|增长|值)|(?:为|是)负" + _SIGN_CLOSED)


def _range_of(seg: str) -> dict[str, Any] | None:
    """The value range a tier segment states, or None (each pattern tried only on a segment holding its words).

    A sign said in words bounds the range at 0: “正技巧在5%以下” is above 0 and below 5%, “负技巧” below 0, “有正订正技巧”
    above 0 (0 itself is in neither: to check); a negative value with a figure (“负增长5%以上”) is not read."""
    if "正" in seg or "负" in seg:
        positive, negative = _POSITIVE.search(seg), _NEGATIVE.search(seg)
        # the condition, before its score: a figure anywhere in it beside a negative (“负增长5%以上”, “5%以内的负增长”)
        condition = re.sub("^" + ORDINAL, "", seg).split("分")[0].rstrip("得计记0123456789.")
        if negative and (positive or re.search(r"\d", condition)):
            return None
        if negative or positive:
            rng = _unsigned_range_of(seg)
            if negative and rng is None:
                return {"min": None, "min_inclusive": False, "max": "0", "max_inclusive": False}
            if positive and rng is None:
                return {"min": "0", "min_inclusive": False, "max": None, "max_inclusive": False}
            if positive and rng is not None and rng["min"] is None:
                return {**rng, "min": "0", "min_inclusive": False}
            return rng
    return _unsigned_range_of(seg)


def _left_out(m: re.Match[str]) -> bool:
    """Whether a line's mark (``_OR_MORE``, ``_OR_LESS``: before or after 以上/以下) leaves its figure out of the band."""
    return any((mark or "").startswith("(不含") for mark in (m.group(2), m.group(4)))


def _unsigned_range_of(seg: str) -> dict[str, Any] | None:
    signed = "≤" in seg or "<" in seg
    m = _EXACT.search(seg) if ("=" in seg or "为" in seg or "等于" in seg) else None
    if m and not _RANGE_AFTER.search(seg[m.end():m.end() + 3]):
        return {"min": s(d(m.group(1))), "min_inclusive": True, "max": s(d(m.group(1))), "max_inclusive": True}
    if "的" in seg:
        seg = _REACH_WORDS.sub(r"\1", seg)
    if "数" in seg or "值" in seg or "量" in seg:
        seg = _REACH_SHARE.sub(r"\1", seg)
    m = _ABOVE_WITHIN.search(seg) if "内" in seg else None
    if m:  # “高于上年数10%以内的得1分”: above the reference, by less than the figure
        return {"min": "0", "min_inclusive": False, "max": s(d(m.group(1))), "max_inclusive": False}
    m = _BETWEEN.search(seg) if signed else None
    if m:
        return {"min": s(d(m.group(1))), "min_inclusive": m.group(2) == "≤", "max": s(d(m.group(4))),
                "max_inclusive": m.group(3) == "≤"}
    m = _SPAN.search(seg) if ("-" in seg or "~" in seg or "至" in seg) else None
    if m:
        a, b = d(m.group(1)), d(m.group(3))
        marks = [(m.group(2) or "").strip("()"), (m.group(4) or "").strip("()")]
        if a > b:  # “99%-90%”: written from the top down, each end with its own mark
            a, b, marks = b, a, marks[::-1]
        return {"min": s(a), "min_inclusive": not marks[0].startswith("不含"), "max": s(b),
                "max_inclusive": bool(marks[1]) and not marks[1].startswith("不含")}
    low: dict[str, Any] | None = None
    high: dict[str, Any] | None = None
    lower_at = (0, 0)  # where the lower end is said: an upper end found within it (“不低于90%”) is no end of its own
    m = _AT_LEAST.search(seg) or _OR_MORE.search(seg) or (_SIGN_BEFORE_NAME.search(seg) if signed else None)
    if m:
        lower_at = m.span()
        if found_by(m, _SIGN_BEFORE_NAME):  # “95%≤合格率”
            low = {"min": s(d(m.group(1))), "min_inclusive": m.group(2) == "≤", "max": None, "max_inclusive": False}
        elif m.re.pattern.startswith("(≥"):
            # “超过95%(含)”: the line itself is in the band, whatever the word before it says
            low = {"min": s(d(m.group(2))), "min_inclusive": m.group(1) in _AT_LEAST_WORDS
                   or _INCLUDED.match(seg, m.end()) is not None, "max": None, "max_inclusive": False}
        else:
            low = {"min": s(d(m.group(1))), "min_inclusive": not _left_out(m), "max": None, "max_inclusive": False}
    m = (_AT_MOST.search(seg) or _OR_LESS.search(seg)) if "%" in seg else None
    if m and not lower_at[0] <= m.start() < lower_at[1]:
        if m.re.pattern.startswith("(≤"):
            high = {"min": None, "min_inclusive": False, "max": s(d(m.group(2))),
                    "max_inclusive": m.group(1) in _AT_MOST_WORDS or _INCLUDED.match(seg, m.end()) is not None}
        else:
            high = {"min": None, "min_inclusive": False, "max": s(d(m.group(1))),
                    "max_inclusive": not _left_out(m) and (bool(m.group(2) or m.group(4)) or m.group(3) != "以下")}
    if low and high:
        # “达85%但不足95%”, “85%以上不足95%”: both ends in one band; an upper end at or below the lower (“95%以上不足90%”)
        # leaves no value in the band, a slip no reading can mend
        if d(low["min"]) >= d(high["max"]):
            return None
        return {**low, "max": high["max"], "max_inclusive": high["max_inclusive"]}
    if low or high:
        return low or high
    m = _SIGN_AT_MOST.search(seg) if signed else None
    if m:
        return {"min": None, "min_inclusive": False, "max": s(d(m.group(2))), "max_inclusive": m.group(1) == "≤"}
    return None


#: the comma after a band's score: the next band starts there (“≥90分得满分,≥80分得5分,<60分不得分”)
_AFTER_SCORE = lazy_compile(r"(?<=分),(?=[^,;]*?(?:得|计|记|:)?(?:\d+(?:\.\d+)?分|满分|不得分|不计分))"
                          # “60%-75%得1分、76%-89%得1.5分、90%及以上得2分”: a 、 after a band's points, before the next band's
                          # figure and its own points (never a list of points: “依次得10分、6分、0分”)
                          r"|(?<=\d分)、(?=\d+(?:\.\d+)?%[^,;、]{0,12}?(?:得|计|记)(?:\d+(?:\.\d+)?分|满分))"
                          # “95%(含)-98%得15分、95%以下不得分”, “100人及以上10分、50人(含)-100人6分、不足50人0分”: the next
                          # band a figure (or a line on one) and its points or its zero, nothing else in it
                          r"|(?<=\d分)、(?=(?:不足|低于|少于|超过|高于|[≥≤<>])?\d+(?:\.\d+)?(?:%|" + _BAND_UNIT + r")[^,;、]{0,16}?"
                          r"(?:(?:得|计|记)?\d+(?:\.\d+)?分|不得分|不计分)(?:[、,;]|$))")
#: a band that is one value, with no sign (“100%:5分”, “100%符合:5分”)
_LONE = lazy_compile(r"(?:^|,|(?<=[\u4e00-\u9fff]))(?<![为=达≥≤><于过足到])" + SNUM + r"%(?:[\u4e00-\u9fff]{0,3}(?::|,?(?:得|计|记))|[\u4e00-\u9fff]{0,6},(?=\d+(?:\.\d+)?分))"
                   # “差错率0为5分”: a rate's own figure straight after it, its score said with 为 (no unit: to check)
                   r"|(?<=率)" + SNUM + r"(?=为\d+(?:\.\d+)?分)")
#: bands that are shares of a requirement (“≥规定数的90%,得2分”): “符合要求/达到要求,得满分” is the requirement met
_OF_REQUIREMENT = lazy_compile(r"(?:规定数量?|规定|要求|标准|目标值?|计划数?)(?:的\d|\d+(?:\.\d+)?%)")
#: “(1)达到目标值的,得50分” (the 分值) is the requirement met too, with the thing counted named before it or not
#: (“门诊量达到要求,得3分”)
_REQUIREMENT_MET = lazy_compile("^" + ORDINAL + r"?(?:[^\d,;]{2,24}?)?" + REQUIREMENT_MET + r"[^\d,;]{0,12}?,?"
                              r"(?:得|计|记)(?:满分|\d+(?:\.\d+)?分)$")


#: the work done as asked, no figure said, before the 分值: “按要求完成得10分”, “按照要求完成,得5分”; beside bands of a fault
#: measured (“…;错漏在3%以内得5分;错漏超过3%,0分”) it is the fault's none (``_as_asked``)
_AS_ASKED = lazy_compile(r"^(?:按时)?(?:按|依)照?(?:要求|规定)完成(?:的|者)?,?(?:得|计|记)(?:满分|\d+(?:\.\d+)?分)$")


def _as_asked(tiers: list[dict[str, Any]], seg: str, score: str) -> str | None:
    """“按要求完成得10分;错漏在3%以内得5分;错漏超过3%,0分”: the work done as asked, beside bands of a fault (the band
    of least fault scoring most, the fault's bands falling as it grows), is the band of no fault: 0, the band “以内”
    under it then running from above 0. The band added first; what was read so, in words (to check); None when the
    other bands are no such fault's."""
    if len(tiers) < 2 or any(tr["min"] is not None and d(tr["min"]) < 0 for tr in tiers):
        return None
    if any(tr["min"] is None and tr["max"] is None for tr in tiers):
        return None
    # the bands from the lowest values up (one open below first), each scoring less than the one before
    ordered = sorted(tiers, key=lambda tr: (tr["min"] is not None, d(tr["min"] or tr["max"])))
    if any(d(a["score"]) <= d(b["score"]) for a, b in itertools.pairwise(ordered)):
        return None  # the bands not falling as the fault grows: no fault's
    least = ordered[0]
    if d(score) <= d(least["score"]):
        return None
    if least["min"] is None:
        if least["max"] is None or d(least["max"]) <= 0:
            return None
        least["min"], least["min_inclusive"] = "0", False
        tiers.insert(0, {"min": "0", "min_inclusive": True, "max": "0", "max_inclusive": True, "score": score})
    else:
        if d(least["min"]) <= 0:
            return None
        tiers.insert(0, {"min": "0", "min_inclusive": True, "max": least["min"],
                         "max_inclusive": not least["min_inclusive"], "score": score})
    return f"“{seg}”：按没有差错（0）读，其下各档为差错的范围"


#: a band said by what it takes off the 分值: “95%~100%减3分”, “80%-90%的扣2分”
_OFF_BAND = lazy_compile(r"\d(?:%|[\u4e00-\u9fff]{0,3})?(?:\(含\))?(?:之间)?(?:的|者|时)?,?(?:扣|减)(?:除|去)?(\d+(?:\.\d+)?)分$")


def _offs_beside_full(bands: list[str], weight: Decimal) -> bool:
    """Whether the bands are read with some said by what they take off the 分值 (``_OFF_BAND``): one band scores the
    分值, and no band so said is a band said with its own points too (“执行率<90%得0分,未达90%的扣7分”: a deduction of
    its own beside the bands, no band)."""
    def ends(rng: Mapping[str, Any] | None) -> tuple[Any, Any] | None:
        return (rng["min"], rng["max"]) if rng else None
    off = [ends(_range_of(b)) for b in bands if _score_of(b, weight) is None and _OFF_BAND.search(b)]
    said = {ends(_range_of(b)) for b in bands if _score_of(b, weight) is not None}
    return bool(off) and not any(e in said for e in off) and any(
        _score_of(b, weight) == weight and (_range_of(b) or _lone(b)) is not None for b in bands)


def _bands(t: str) -> list[str]:
    """The text cut into bands: at “;”, and inside a sentence after each band's score."""
    return [band for seg in _SEMI.split(t) if seg for band in _AFTER_SCORE.split(seg) if band]


#: a band's score and the mark after it: the next band starts there (“≥90%,计5分,80%(含)-90%,计4分,…”)
_SCORE_END = lazy_compile(r"(?:(?:(?:得|计|记|为)?(?:满分|\d+(?:\.\d+)?分)|不得分|不计分)\)?)[,;]")


def _scored_bands(t: str) -> list[str]:
    """The text cut after every score, however the band's words are punctuated before it."""
    out, at = [], 0
    for m in _SCORE_END.finditer(t):
        out.append(t[at:m.end() - 1])
        at = m.end()
    if t[at:].strip(";,"):
        out.append(t[at:].rstrip(";"))
    return [x for x in out if x]


#: a band that is its figure then its points, no word between (a band's cell joined to its score's): “100%60分”
_FIGURE_THEN_POINTS = lazy_compile(r"(?<![\d.*×/])" + SNUM + r"%(?=\d+(?:\.\d+)?分$)")


def _lone(seg: str) -> dict[str, Any] | None:
    m = _LONE.search(seg) or _FIGURE_THEN_POINTS.search(seg)
    if not m or _AT_LEAST.search(seg) or _AT_MOST.search(seg) or _OR_MORE.search(seg) or _OR_LESS.search(seg):
        return None
    v = s(d(m.group(1) or m.group(2)))
    return {"min": v, "min_inclusive": True, "max": v, "max_inclusive": True}


def _lower_bounds(tiers: list[dict[str, Any]]) -> list[str]:
    """“达70%得3分,60%得2分,50%得1分”: bare figures after a line reached, each lower and scoring less than the one before,
    are lines reached too (“达” said once for all): each band runs from its figure up to the next. What was read so,
    in words (to check)."""
    lines = [tr for tr in tiers if tr["min"] is not None and tr["max"] is None and not tr.get("lone")]
    lone = [tr for tr in tiers if tr.get("lone")]
    # “…的95%得1分,99%以上得1.5分,全部认领得2分”: the lowest figures bare, the lines above them reached (以上, 达到, all
    # done), each higher scoring more: the bare figures are where their bands start too (tried from the top)
    rising = bool(lone and lines and tiers == [*lone, *lines]) and all(
        d(a["min"]) < d(b["min"]) and d(a["score"]) < d(b["score"]) for a, b in itertools.pairwise(tiers))
    falling = len(lines) == 1 and bool(lone) and tiers[0] is lines[0] and all(
        d(a["min"]) > d(b["min"]) and d(a["score"]) > d(b["score"]) for a, b in itertools.pairwise([lines[0], *lone]))
    if not rising and not falling:
        return []
    for tr in lone:
        tr["max"] = None
        tr["max_inclusive"] = False
        tr.pop("lone")
    return [f"“{'”、“'.join(tr['min'] + '%' for tr in lone)}”：按各档下限读（达到该值、不到上一档）"]


def _top_of_scale(tiers: list[dict[str, Any]]) -> None:
    """A one-value band at the top end of the other bands (“100%:5分;90-100%:3分”) holds the values above it too."""
    for tr in tiers:
        if tr.get("lone") and all(o is tr or (o["max"] is not None and d(o["max"]) <= d(tr["min"])) for o in tiers):
            tr["max"] = None
            tr["max_inclusive"] = False
    for tr in tiers:
        tr.pop("lone", None)


#: a range up to the whole (“90-100%”, “90%~100%”, “90%至100%”)
_TO_WHOLE = lazy_compile(r"[~\-至]100%")
#: the whole said left out (“90%-100%(不含100%)”, “90%以上、不到100%”): the bands keep their declared ends
_WHOLE_LEFT_OUT = lazy_compile(r"不含100%|100%\(不含|(?:<|低于|小于|不足|不到|未达到|达不到|未满)100%")


def _whole_at_top(tiers: list[dict[str, Any]], text: str) -> None:
    """A top band of percentages ending at the whole (“满意度90-100%得5分,80-89%得4分”, “90%~100%得10分”) holds 100%
    itself: nothing lies above it, and a range up to 100% names the whole. Only where no other band reaches 100% or
    past it (“100%得5分;90-100%得3分”, “100%以上得6分”: 100% is that band's) and the words do not leave 100% out; a band
    ending at another figure (“90%-95%”) keeps its declared ends."""
    if not _TO_WHOLE.search(text) or _WHOLE_LEFT_OUT.search(text):
        return
    for tr in tiers:
        if tr["min"] is None or tr["max"] is None or tr["max_inclusive"] or d(tr["max"]) != 100:
            continue
        if any(o is not tr and (o["max"] is None or d(o["max"]) >= 100) for o in tiers):
            continue  # (100% is another band's, or past it)
        tr["max_inclusive"] = True


def _close_gaps(tiers: list[dict[str, Any]]) -> list[str]:
    """Bands of whole percentages one apart (“95%-99%” under “100%”, “90%-94%” under “95%-99%”) leave no gap: each
    runs up to the next band. What was read so, in words."""
    said = []
    for tr in tiers:
        if tr["max"] is None or tr["min"] is None or tr["max_inclusive"] or d(tr["max"]) != d(tr["max"]).to_integral_value():
            continue
        if any(o["min"] is not None and d(o["min"]) == d(tr["max"]) + 1 and o["min_inclusive"] for o in tiers) and \
                not any(o["min"] is not None and d(o["min"]) == d(tr["max"]) for o in tiers):
            said.append(f"“{tr['min']}-{tr['max']}%”：按{tr['min']}%至{s(d(tr['max']) + 1)}%（不含）读")
            tr["max"] = s(d(tr["max"]) + 1)
    return said


def gap_ends(t: str, params: Params) -> set[Decimal]:
    """The figures ending the bands that ``_close_gaps`` ran up to the next band (“80%-89%”, “89%-80%” read as 80% to
    90%): said in the text, used by the reading though the band now ends one higher."""
    out = set()
    for tr in params.get("tiers") or []:
        if isinstance(tr, Mapping) and tr.get("max") is not None and not tr.get("max_inclusive"):
            top = d(tr["max"])
            if top == top.to_integral_value() and re.search(rf"[-~至到]{fmt(top - 1)}%|{fmt(top - 1)}%[-~至到]", t):
                out.add(top - 1)
    return out


def _read_whole(read: list[tuple[str, Decimal | None, dict[str, Any] | None]]) -> int:
    """How many segments read as a range and a score."""
    return sum(1 for _seg, sc, rng in read if rng and sc is not None)


#: “分4档累进计算”: bands each adding points over the part of the figure in them, no band one score (formula._progressive_bands)
_PROGRESSIVE = lazy_compile(r"档累进|累进计[算分]|" + RATIO_METHOD.pattern)  # (or the rest by the ratio method)


#: the work done in full, no figure said, before its points: “当年内执行完毕得3分”, “全部完成的得5分”, “资金全部拨付到位,计满分”
_DONE_IN_FULL = lazy_compile(r"^(?:[^\d,;%]{0,12}?(?:执行完毕|全部(?:执行|完成|拨付|支付|到位)(?:完毕|到位)?|全额(?:执行|拨付|支付|到位)|"
                           # “全部认领应认领事项得2分”: all of what is asked done, its verb of its own (never “全部未…”)
                           r"全部(?![未不没无])[\u4e00-\u9fff]{2,14}?)|"
                           # “…执行率完成年度目标得4分,完成80%得2分”, “完成年度计划目标得40分,…”: the target itself reached,
                           # beside shares of it
                           # (“完毕任务”: 完毕 for 完成, as some pages print it)
                           r"[^\d,;%]{0,24}?(?<![未不没])(?:完成|完毕)(?:年度|全年|当年|年)?(?:目标|任务|计划)(?:任务|目标)?)"
                           r"(?:的|者)?,?(?:得|计)(?:满分|\d+(?:\.\d+)?分)$")


def _ranges(w: Wording) -> Proposed | None:
    """"≥95%得满分；90%~95%得3分；<90%不得分": two or more segments, each a range and a score. Bands that go on
    “依次类推” are not all listed: another reading (a rate, a step) or none; unless the words close the text after bands
    of one width and step, which go on down so (``_bands_so_on``)."""
    so_on = _SO_ON_CLOSING.search(w.text) if "类推" in w.text else None
    if ("类推" in w.text and SO_ON.search(w.text) and so_on is None) or _PROGRESSIVE.search(w.text):
        return None
    if _SHARE_STEP_CLIFF.match(w.text):
        return None  # a line, its step off and a floor: bands of the steps between them (_share_step_cliff)
    if rates_joined(w.text):
        return None  # each band of two rates together: situations (a 情形选择), no bands of one value
    if (first := _UNSCORED_LINE_FIRST.match(w.text)) and d(first.group("top")) > d(first.group("next")):
        return None  # the requirement's line first, its points unsaid, then the lesser bands (_unscored_line_first)
    tiers = []
    segs = [x for x in _SEMI.split(w.text) if x]
    if len(segs) < 2:
        segs = [x for x in _SCORED_COMMA.split(w.text) if x]
    off_said: list[str] = []
    # “达到100%得8分,95%~100%减3分;90%~95%减5分,90%以下不得分”: beside a band scoring the 分值, bands said by what
    # they take off it (never a deduction per case, “每…扣”)
    offs = "每" not in w.text and _offs_beside_full(_bands(w.text), w.weight)

    def _score_of_band(seg: str, weight: Decimal) -> Decimal | None:
        sc = _score_of(seg, weight)
        off = _OFF_BAND.search(seg) if offs and sc is None else None
        if off is None or d(off.group(1)) > weight:
            return sc
        if seg not in off_said:
            off_said.append(seg)
        return weight - d(off.group(1))

    read = [(seg, _score_of_band(seg, w.weight), _range_of(seg)) for seg in segs]
    bands = _bands(w.text)
    if len(bands) > len(segs):
        by_band = [(band, _score_of_band(band, w.weight), _range_of(band)) for band in bands]
        if _read_whole(by_band) > _read_whole(read):
            read = by_band
    # “≥90%,计5分,80%(含)-90%,计4分,…”: commas inside each band as between them; cut after each score
    scored = _scored_bands(w.text)
    if len(scored) > _read_whole(read):
        by_score = [(band, _score_of_band(band, w.weight), _range_of(band)) for band in scored]
        if _read_whole(by_score) > _read_whole(read):
            read = by_score
    shares = bool(_OF_REQUIREMENT.search(w.text))
    done_in_full: list[str] = []
    joined_bands: list[str] = []
    unbanded = 0
    as_asked: list[tuple[str, str]] = []
    for seg, sc, rng in read:
        if rng is None and sc is not None and sc == w.weight and _AS_ASKED.match(seg.strip(",")) and not as_asked:
            as_asked.append((seg.strip(",;"), s(sc)))  # the work done as asked: placed once the other bands are read
            continue
        if rng is None and sc is not None:
            rng = _lone(seg)
            if rng is not None:
                rng = {**rng, "lone": True}
                joined = _FIGURE_THEN_POINTS.search(seg)
                if joined and not _LONE.search(seg):  # “100%60分”: the band's figure and its points run together (to check)
                    joined_bands.append(f"“{joined.group(0)}{s(sc)}分”：按{joined.group(1)}%得{s(sc)}分读，请核对")
            elif shares and sc == w.weight and _REQUIREMENT_MET.match(seg.strip(",")):
                rng = {"min": "100", "min_inclusive": True, "max": None, "max_inclusive": False}
            elif sc == w.weight and _DONE_IN_FULL.match(seg.strip(",")) and not done_in_full:
                # “当年内执行完毕得3分,执行80-99%得2分,…”: the work done in full beside shares of it, 100% (to check)
                rng = {"min": "100", "min_inclusive": True, "max": None, "max_inclusive": False}
                done_in_full.append(f"“{seg.strip(',;')}”：按执行（完成）100%读")
        if sc is None or rng is None:
            unbanded += sc is not None
            continue
        tiers.append({**rng, "score": s(sc)})
    if len(tiers) < 2 or _points_adding_up(read, w.weight) or (done_in_full and unbanded):
        return None  # (the work done in full among situations that are no bands, “…;其他情况得1分”: situations)
    for seg, sc, rng in read:
        if seg in off_said and sc is not None and rng is not None:
            done_in_full.append(f"“{seg.strip(',;')}”：按分值减去所扣分数（{s(sc)}分）读")
    if as_asked:
        said = None if unbanded or any(tr.get("lone") for tr in tiers) else _as_asked(tiers, *as_asked[0])
        if said is None:
            return None  # the work done as asked beside bands of no fault: situations, or another reading
        done_in_full.append(said)
    if all(d(tr["score"]) == 0 for tr in tiers):
        return None  # lines that each zero the row (“…低于90%,上半年低于30%不得分”) score nothing anywhere: no bands
    mixed = _magnitudes_mixed([seg for seg, sc, rng in read if sc is not None and rng is not None])
    lower_bounds = _lower_bounds(tiers) + mixed
    _top_of_scale(tiers)
    _whole_at_top(tiers, w.text)
    gaps = _close_gaps(tiers)
    so_on_said: tuple[str, ...] = ()
    if so_on is not None:
        so_on_said = _bands_so_on(tiers, so_on.group("words"))
        if not so_on_said:
            return None  # bands that go on in no one way (a rate's shares, a step): another reading's, or none
    # (only bands written one whole percentage apart, “60%-75%、76%-89%”: a table listing each band's own figures)
    none_below = _nothing_below(tiers) if gaps else ()
    doubts = tuple(lower_bounds) + (_end_left_out(tiers) or ()) + tuple(done_in_full) + tuple(joined_bands) + none_below \
        + so_on_said or None
    ladder = [tr for tr in tiers if tr["max"] is None and tr["min"] is not None]
    if len(ladder) >= 2 and all(tr in ladder or tr["min"] is None for tr in tiers):
        # “达到5%得1分;达到10%得2分;达到15%以上得3分(;未达到5%不得分)”: lines on a ladder, each scoring from its
        # line up; the highest line reached counts, so they are tried from the top, before any band below
        tiers = sorted(ladder, key=lambda tr: -d(tr["min"])) + [tr for tr in tiers if tr not in ladder]
    below = [tr for tr in tiers if tr["min"] is None and tr["max"] is not None]
    if len(below) >= 2:
        # “不足95%的计4分,不足85%的不计分”: lines open below, the narrowest holds its values (the overlap is to check)
        tiers = [tr for tr in tiers if tr not in below] + sorted(below, key=lambda tr: (d(tr["max"]), tr["max_inclusive"]))

    bounds = {(tr["min"], tr["min_inclusive"], tr["max"], tr["max_inclusive"], tr["score"]) for tr in tiers}
    if len({b[:4] for b in bounds}) < len(bounds):
        # “…且在培人数≥6名,得2分;…未完成任务,但在培人数≥6名,得1分”: one band said for two scores, the words beside it
        # telling them apart: situations (a 情形选择), no bands of the one value (one band said twice for the same
        # score, “达到90%以上(10分)…90%以上得10分”, is the same band)
        return None
    ratio = is_ratio(w.name)
    params = with_labels({"input": "ratio" if ratio else "value", "unit": "%", "tiers": tiers}, w.name, w.explanation)
    label = rate_label(w.name, w.explanation) if ratio else w.name
    return Proposed([RULE.item(label, w.weight, params)], f"分档计分：{len(tiers)} 档", doubts)


#: “…,80%-84%得3分,以此类推”: the bands listed go on down in the same way, said last
_SO_ON_CLOSING = lazy_compile(r"(?<=分)[,;](?P<words>" + SO_ON.pattern + r")[;,.]?$")


def _bands_so_on(tiers: list[dict[str, Any]], words: str) -> tuple[str, ...]:
    """“满意度90-100%得5分,85-89%得4分,80-84%得3分,以此类推”: bands of one width below the top one (which may run to the
    top of the scale), each scoring one step less than the band above: the bands go on down in the same width and step
    until a band would score 0, that band open below (“70%以下”). Added to ``tiers``; what was read, in words (to check),
    or () when the bands listed do not go on in one way (widths or steps unequal, a step not reaching 0 exactly, a band
    below 0)."""
    if len(tiers) < 3 or any(tr["min"] is None or tr["max"] is None for tr in tiers):
        return ()
    ranked = sorted(tiers, key=lambda tr: -d(tr["min"]))
    if any(hi["min"] != lo["max"] for hi, lo in itertools.pairwise(ranked)):
        return ()  # (the bands as listed must meet)
    widths = {d(tr["max"]) - d(tr["min"]) for tr in ranked[1:]}
    steps = {d(hi["score"]) - d(lo["score"]) for hi, lo in itertools.pairwise(ranked)}
    if len(widths) != 1 or len(steps) != 1:
        return ()
    width, step = widths.pop(), steps.pop()
    low = ranked[-1]
    if width <= 0 or step <= 0 or d(low["score"]) % step != 0:
        return ()
    added, top, score = [], d(low["min"]), d(low["score"]) - step
    while score > 0:
        if top - width <= 0:
            return ()
        added.append({"min": s(top - width), "min_inclusive": low["min_inclusive"], "max": s(top),
                      "max_inclusive": low["max_inclusive"], "score": s(score)})
        top, score = top - width, score - step
    added.append({"min": None, "min_inclusive": False, "max": s(top), "max_inclusive": low["max_inclusive"], "score": "0"})
    tiers += added
    return (f"“{words}”：按每档{s(width)}%、每档少{s(step)}分往下延续，至低于{s(top)}%得0分，请核对",)


#: “完成年度任务得4分,未全面完成的扣2分,完成率低于90%的不得分”, “按期完成建设任务;4分(未完成的扣2分,完成率低于90%的
#: 不得分)”: the work done in full for the 分值, short of it a cost, below a line of the share done nothing. The work said
#: done (never “未完成…得”), its shortfall the same verb after 未 (never “未完成的每项扣2分”, a cost per case, nor “…按比例扣
#: 分”), the line on the share done zeroing the row (never “…低于90%的扣3分”, a second cost)
_FULL_SHORT_FLOOR = lazy_compile(
    r"^(?P<full>[^\d,;%()]{2,40}?)(?:的|者)?,?(?:得|计)(?:满分|(?P<pts>\d+(?:\.\d+)?)分)[,;]"
    r"(?P<short>未(?:全面|全部|按期|按时|如期)?完成[^\d,;%()每]{0,16}?)(?:的|者)?,?扣(?:除|减)?(?P<off>\d+(?:\.\d+)?)分[,;]"
    r"(?P<floor>[^\d,;%()]{0,12}?(?:完成率|完成比例|完成进度)[^\d,;%()]{0,4}?(?:低于|不足|小于|未达到|未达)(?P<line>\d+(?:\.\d+)?)%)"
    r"(?:的|者)?,?(?:不得分|得0分|计0分|不计分|该项不得分|此项不得分|本项不得分)[;.]?$")
#: the same with the row's points after the work, its costs in brackets: “按期完成建设任务;4分(未完成的扣2分,…)”
_POINTS_THEN_BRACKETED = lazy_compile(r"^(?P<full>[^\d,;%()]{2,40}?)[;,](?P<pts>\d+(?:\.\d+)?)分\((?P<rest>[^()]+)\)[;.]?$")
#: the work said done in full: a 完成 not after 未/不/没
_DONE = lazy_compile(r"(?<![未不没])完成")
#: the work short of done in full (``_FULL_SHORT_FLOOR``'s shortfall), opening its clause
_SHORT_OF_FULL = lazy_compile(r"^(?:\d+(?:\.\d+)?分\()?未(?:全面|全部|按期|按时|如期)?完成")


def _full_short_floor(w: Wording) -> Proposed | None:
    """``_FULL_SHORT_FLOOR``: bands of the share done: 100% and over the 分值, from the line up to 100% the 分值 less the
    cost, below the line 0. Always to check: “未完成” is read as short of 100%, and the share done is entered."""
    text = w.text
    if (b := _POINTS_THEN_BRACKETED.match(text)) is not None:
        text = f"{b.group('full')},得{b.group('pts')}分;{b.group('rest')}"
    m = _FULL_SHORT_FLOOR.match(text)
    if m is None or not _DONE.search(m.group("full")) or "未" in m.group("full"):
        return None
    pts, off, line = d(m.group("pts") or s(w.weight)), d(m.group("off")), d(m.group("line"))
    if pts != w.weight or not 0 < off < w.weight or not 0 < line < 100:
        return None
    tiers = [{"min": "100", "min_inclusive": True, "max": None, "max_inclusive": False, "score": s(w.weight)},
             {"min": s(line), "min_inclusive": True, "max": "100", "max_inclusive": False, "score": s(w.weight - off)},
             {"min": None, "min_inclusive": False, "max": s(line), "max_inclusive": False, "score": "0"}]
    params = with_labels({"input": "value", "unit": "%", "tiers": tiers}, w.name, w.explanation)
    doubt = (f"“{m.group('short')}”：按完成率低于100%、不低于{s(line)}%读（得{s(w.weight - off)}分）；"
             f"“{m.group('floor')}”：不得分，请核对")
    return Proposed([RULE.item(w.name, w.weight, params)], "分档计分：3 档（完成率）", (doubt,))


#: the requirement's line said first with no points of its own, the lesser bands and their points after it:
#: “案件结案率达到95%以上 达到90%以上,得3分;低于90%不得分” (a requirement cell joined to the cell of its bands)
_UNSCORED_LINE_FIRST = lazy_compile(r"^(?P<lead>[^\d;,]{0,16}?(?:达到|不低于)(?P<top>\d+(?:\.\d+)?)%(?:及?以上)?),?"
                                  r"(?P<rest>(?:达到|不低于)(?P<next>\d+(?:\.\d+)?)%(?:及?以上)?,?(?:得|计)\d[^;]*;.+)$")


def _unscored_line_first(w: Wording) -> Proposed | None:
    """“案件结案率达到95%以上 达到90%以上,得3分;低于90%不得分”: the requirement's line first, scoring nothing said, then
    bands below it with points short of the 分值: the line is the band of the 分值 (to check: its points are unsaid)."""
    m = _UNSCORED_LINE_FIRST.match(w.text)
    if m is None or d(m.group("top")) <= d(m.group("next")):
        return None
    lead = m.group("lead")
    found = _ranges(Wording(f"{lead},得{s(w.weight)}分;{m.group('rest')}", w.weight, w.name, w.points, w.explanation))
    if found is None or len(found.items) != 1 or len(found.items[0]["params"]["tiers"]) < 3:
        return None
    if any(d(tr["score"]) >= w.weight for tr in found.items[0]["params"]["tiers"][1:]):
        return None  # a lesser band on the 分值 too: the line first is no band of its own
    doubt = f"“{lead}”：未写得分，按达到该线得满分（{s(w.weight)}分）读"
    return Proposed(found.items, found.summary, (doubt, *(found.doubts or ())))


#: a band's figure and the unit after it, a magnitude word (万, 亿, 千) perhaps before the unit (“≥8万册”, “≥100000册”);
#: the points of a band (“10分”) are no figure of the value
_FIGURE_MAGNITUDE = lazy_compile(r"(?<![\d.])\d+(?:\.\d+)?(?P<mag>[万亿千])?(?P<u>%|" + _BAND_UNIT + r"|册|部|本|辆|座|米|公顷)?")


def _magnitudes_mixed(segs: list[str]) -> list[str]:
    """“≥100000册10分;≥8万册8分;…”: the bands' figures said of one unit, some with a magnitude word (万册) and some
    without (册), or with another (亿元 beside 万元), or in units of their own (万册 beside 万件, 个 beside %): read as
    bare figures they are on no one scale — to check."""
    said: dict[str, set[str]] = {}
    for seg in segs:
        for m in _FIGURE_MAGNITUDE.finditer(seg):
            said.setdefault(m.group("u") or "", set()).add(m.group("mag") or "")
    mixed = {u: mags for u, mags in said.items() if len(mags) > 1}
    out = [f"各档数值的单位不一（{'、'.join(sorted((m + u) or '不带单位' for m in mags))}）：按同一单位读，请核对"
           for u, mags in sorted(mixed.items())]
    units = sorted(u for u in said if u)
    if len(units) > 1:  # (“≥10万册10分;≥8万件8分”: bands of two things, or one said in two units)
        out.append(f"各档数值的单位不一（{'、'.join(units)}）：按同一量读，请核对")
    return out


def _nothing_below(tiers: list[dict[str, Any]]) -> tuple[str, ...]:
    """“60%-75%得1分、76%-89%得1.5分、90%及以上得2分”: bands rising from a lowest line above 0 that no band reaches
    below; the values under it are read as scoring nothing (the text does not say so: to check)."""
    if any(tr["min"] is None for tr in tiers) or len(tiers) < 2:
        return ()
    low = min(tiers, key=lambda tr: d(tr["min"]))
    if d(low["min"]) <= 0 or not low["min_inclusive"] or d(low["score"]) <= 0 or any(
            tr["max"] is not None and d(tr["max"]) <= d(tr["min"]) for tr in tiers) or any(
            d(tr["score"]) <= d(low["score"]) for tr in tiers if tr is not low):
        return ()
    tiers.append({"min": None, "min_inclusive": False, "max": low["min"], "max_inclusive": False, "score": "0"})
    return (f"“低于{low['min']}%”的得分未说明，按0分读",)


def _points_adding_up(read: list[tuple[str, Decimal | None, Any]], weight: Decimal) -> bool:
    """“A得1分;B率30%以上得0.5分;C率90%以上得0.5分;…” on 3 points: statements each with its own line and points, none
    of them the 分值 and together all of it: the points of a 要点核查, never the bands of one value."""
    scores = [sc for _seg, sc, _rng in read if sc is not None]
    return len(scores) >= 2 and all(0 < sc < weight for sc in scores) and sum(scores, Decimal(0)) == weight


def _end_left_out(tiers: list[dict[str, Any]]) -> tuple[str, ...] | None:
    """“5%(不含)-10%得3分,…,5%以下不得分”: a band that leaves out its lower end, and a band below it that stops short
    of the same value: the value is the lower band's (“以下” holds its figure by law; to check)."""
    said = []
    for tr in tiers:
        if tr["min"] is None or tr["min_inclusive"] or any(in_tier(d(tr["min"]), o) for o in tiers):
            continue
        below = [o for o in tiers if o["min"] is None and o["max"] is not None and d(o["max"]) == d(tr["min"])]
        if len(below) == 1:
            below[0]["max_inclusive"] = True
            said.append(f"{tr['min']}%：按“以下”含本数读，归入得{below[0]['score']}分的一档")
        # “10%~20%之间得0.5分,超过20%得1分”: a range whose end the band above leaves out holds it (a line, “低于95%”,
        # says outright it does not)
        spans = [o for o in tiers if o["min"] is not None and o["max"] is not None and d(o["max"]) == d(tr["min"])
                 and not o["max_inclusive"]]
        if len(spans) == 1 and not any(in_tier(d(tr["min"]), o) for o in tiers):
            spans[0]["max_inclusive"] = True
            said.append(f"{tr['min']}%：按“{spans[0]['min']}-{tr['min']}%”一档读，归入得{spans[0]['score']}分的一档")
    return tuple(said) or None


#: a band closed by its score alone, the score's cell joined to the band's words (“…培训层次较全面 3”)
_TRAILING_SCORE = lazy_compile(r"(?<=[\u4e00-\u9fff%)])(\d+(?:\.\d+)?)$")
#: a number as the texts write it (a band's score, one of the scores listed “分别…”)
_NUMBER = lazy_compile(r"\d+(?:\.\d+)?")
#: one percentage standing alone in a band (“完成率100%,…”): that value
_LONE_SHARE = lazy_compile(r"(?<![\d.~\-至<>≥≤])(\d+(?:\.\d+)?)%(?![~\-至到\d(以])")


def _bare_scored_bands(w: Wording) -> Proposed | None:
    """“完成率100%,资料全面 4;完成率80-99%,资料较全面 3;完成率<60%,资料不全面 1”: the bands of a table whose score
    column was joined to the words without a mark; the number closing each band is its score (to check). Whole
    percentages one apart (“80-99%” below “100%”) leave no gap between them."""
    if not w.text.rstrip(";")[-1:].isdigit():
        return None
    segs: list[str] = []
    for seg in w.text.split(";"):
        if _NUMBER.fullmatch(seg) and segs:
            segs[-1] += seg
        elif seg:
            segs.append(seg)
    read = [(_TRAILING_SCORE.search(seg), seg) for seg in segs]
    if len(read) < 2 or any(m is None for m, _seg in read):
        return None
    tiers: list[dict[str, Any]] = []
    for m, seg in read:
        assert m is not None
        body, sc = seg[:m.start()], d(m.group(1))
        rng = _range_of(body)
        if rng is None:
            lone = _LONE_SHARE.findall(body)
            if len(lone) != 1:
                return None
            rng = {"min": s(d(lone[0])), "min_inclusive": True, "max": s(d(lone[0])), "max_inclusive": True, "lone": True}
        tiers.append({**rng, "score": s(sc)})
    if max(d(tr["score"]) for tr in tiers) != w.weight:
        return None
    _top_of_scale(tiers)
    _whole_at_top(tiers, w.text)
    doubts = ["各档末尾的数字按该档得分读（原表得分栏与文字相连），请核对", *_close_gaps(tiers)]
    if _overlapping(tiers):
        return None
    ratio = is_ratio(w.name)
    params = with_labels({"input": "ratio" if ratio else "value", "unit": "%", "tiers": tiers}, w.name, w.explanation)
    label = rate_label(w.name, w.explanation) if ratio else w.name
    return Proposed([RULE.item(label, w.weight, params)], f"分档计分：{len(tiers)} 档", tuple(doubts))


#: “在全市排名1-5名的依次赋予60分、57分、54分…”, “按…从高到低排序,分别得10、8、6、4分”, “测评总分前7名的司法所,分别加4、3.5、
#: 3、2.5、2、1.5、1分”: points by rank (the first few places named, those after them scoring nothing)
_RANKED = lazy_compile(r"(?:(?:排名|排序|名次)(?:(?:第|前)?(?P<a>\d+)[-~至到](?P<b>\d+)名?)?|(?P<ranked>排名|排序|名次)?前(?P<top>\d+|[一二三四五六七八九十]{1,2})(?P<place>名|位)?"
                     r"(?:的|者)?[^,;\d、]{0,10}?)(?:的|者)?,?(?:依次|分别)(?:赋予|给予|得|计|记|为|加)?"
                     r"(?P<run>(?:(?:\d+(?:\.\d+)?|L\d)分?[、.])+(?:\d+(?:\.\d+)?|L\d)分)")
#: one score of the run: a figure, or “L5”, OCR's “1.5”
_RANKED_SCORE = lazy_compile(r"L(?P<l>\d)|\d+(?:\.\d+)?")


def _by_rank(w: Wording) -> Proposed | None:
    m = _RANKED.search(w.text)
    if not m:
        return None
    run = m.group("run")
    found = list(_RANKED_SCORE.finditer(run))
    scores = [d("1." + x.group("l")) if x.group("l") else d(x.group(0)) for x in found]
    if m.group("a") and (m.group("a") != "1" or int(m.group("b")) != len(scores)):
        return None
    top = m.group("top")
    if top and (not (m.group("place") or m.group("ranked")) or (int(top) if top.isdigit() else cn_integer(top)) != len(scores)):
        return None  # (“前3项…”: the first items, no places)
    after = w.text[m.end():].strip(";,")
    if top and after and not _RANK_REST.match(after):
        return None  # the places after them scored in words of their own (“其余有新增的得2分”: choice._top_then_rest)
    if scores != sorted(scores, reverse=True) or len(set(scores)) != len(scores) or scores[0] != w.weight:
        return None
    # OCR's slips, read to check: “L5” for “1.5”, a “、” read as “.” between two decimals (“0.8.0.5.0.2”)
    doubts = [f"“{x.group(0)}”：按“1.{x.group('l')}”读（OCR 把“1.”认作“L”）" for x in found if x.group("l")]
    if any("." in run[x.end():y.start()] for x, y in itertools.pairwise(found)):
        doubts.append(f"“{run}”：按 {'、'.join(s(x) for x in scores)} 分读（顿号认作“.”）")
    tiers = [{"min": str(k), "min_inclusive": True, "max": str(k), "max_inclusive": True, "score": s(sc)}
             for k, sc in enumerate(scores, 1)]
    if top:  # “前7名…分别加…”: the places after them score nothing
        tiers.append({"min": str(len(scores)), "min_inclusive": False, "max": None, "max_inclusive": False, "score": "0"})
    params = {"input": "value", "unit": "名", "value_label": "名次", "tiers": tiers}
    return Proposed([RULE.item(w.name, w.weight, params)], f"分档计分：按名次 {len(scores)} 档", tuple(doubts) or None)


#: “排名:1-3名,7分;4-6名,5分;7-10名,3分”, “排名前10位的加10分,11位至30位的加9分”: bands of ranks, each with its score (the
#: lead naming what is ranked on the first band only)
#: (“排名第1-3名得满分,4-6名得8分,7名以后得6分”, “第四至第6位”: the full marks said in words, a band's first place in
#: Chinese numerals, the last band open past its first place)
_RANK_BAND = lazy_compile(r"^(?:[^;]*?(?:排名|名次|排序)[^;\d]{0,6}?|[^;,:\d]{2,12}:)?(?:并列)?(?:第|(?P<top>前))?(?P<a>\d+|[一二三四五六七八九十]{1,2})"
                        r"(?:(?:名|位)?[-~至到]第?(?P<b>\d+))?(?:名|位)(?P<on>及以后|以后|之后|及以下|以下)?"
                        r"(?:的|者)?[,:]?(?:得|计|记|加|积)?(?:(?P<pts>\d+(?:\.\d+)?)分|(?P<full>满分))$")
#: where one band of ranks ends and the next begins: a “;”, or a “,” before a rank (“,11位至30位…”) or the rest
_RANK_BAND_END = lazy_compile(r";|,(?=(?:并列)?(?:第|前)?(?:\d+|[一二三四五六七八九十]{1,2})(?:(?:名|位)?[-~至到]第?\d+)?(?:名|位)|其余|其他|其它)")
#: a span of places (“第4名~第10名”, “第11-20名”)
_PLACES_SPANNED = lazy_compile(r"第\d+(?:名|位)?[-~至到]第?\d+(?:名|位)")
#: “其余不加分”, “其余的不得分”: the ranks past the last band said to score nothing
_RANK_REST = lazy_compile(r"^(?:其余|其他|其它)(?:名次|队|参赛队|代表队|选手|单位)?(?:的|者)?,?(?:不得分|不加分|不计分|得0分|计0分|0分)$")
#: “其余得6分”, “其他名次计4分”: the ranks past the last band scoring points of their own
_RANK_REST_SCORED = lazy_compile(r"^(?:其余|其他|其它)(?:名次|队|参赛队|代表队|选手|单位)?(?:的|者)?,?(?:得|计|记|积)?(?P<pts>\d+(?:\.\d+)?)分$")


def _rank_bands(w: Wording) -> Proposed | None:
    """Bands of ranks from the first down, the best on the 分值 and each lower band scoring less; a rank past the
    last band scores nothing (the text does not say so: to check). A band the text mangled (“7T0名”) is left
    unread; one whose dash was lost (“47名” between 1-3 and 8-10) is read as the ranks left between its neighbours,
    to check."""
    # what is ranked named, or the bands opening on the first place (“第1~3名得10分;第4~6名得8分;…”), or places from the
    # first with a span of places among them (“第1名积100分,第2名积90分;…第4名~第10名积70分”: bands, not situations)
    if not ("名" in w.text or "位" in w.text) or not ("排名" in w.text or "名次" in w.text or "排序" in w.text
                                 or re.match(r"第1(?:名|位)?[-~至到]", w.text)
                                 or (re.match(r"(?:[^;,:\d]{2,12}:)?第1(?:名|位)", w.text) and _PLACES_SPANNED.search(w.text))):
        return None
    segs = [x for x in _RANK_BAND_END.split(w.text) if x]
    if len(segs) > 1 and not re.search(r"\d", segs[0]):  # the lead naming what is ranked, before the first band's comma
        segs[:2] = [segs[0] + "," + segs[1]]
    rest = len(segs) > 1 and _RANK_REST.match(segs[-1]) is not None
    past: tuple[int | None, Decimal] | None = None  # the ranks past the last band (from a place said, or the rest)
    if len(segs) > 1 and (scored := _RANK_REST_SCORED.match(segs[-1])):
        past = (None, d(scored.group("pts")))
    if rest or past:
        segs.pop()
    read: list[tuple[int, int | None, Decimal] | None] = []
    for i, seg in enumerate(segs):
        m = _RANK_BAND.match(seg)
        pts = (w.weight if m.group("full") else d(m.group("pts"))) if m else Decimal(0)
        a = (int(m.group("a")) if m.group("a").isdigit() else cn_integer(m.group("a")) or 0) if m else 0
        if m and m.group("on"):  # “7名以后得6分”: the ranks from a place on, the last band
            if i + 1 != len(segs) or past is not None or rest or m.group("b") or m.group("top") or i == 0:
                return None
            past = (a, pts)
            continue
        if m and m.group("top") and not m.group("b"):  # “前10位”: the first ten
            read.append((1, a, pts))
            continue
        read.append((a, int(m.group("b")) if m.group("b") else None, pts) if m else None)
    if past is not None:
        rest = True
        segs = segs[:len(read)]
    bands = [r for r in read if r is not None]
    doubts = [f"“{seg}”：未能读出名次，请核对" for seg, r in zip(segs, read, strict=True) if r is None]
    if len(bands) < 2 or read[0] is None or read[0][0] != 1:
        return None
    scores = [sc for _a, _b, sc in bands]
    if scores[0] != w.weight or any(lo >= hi for hi, lo in itertools.pairwise(scores)):
        return None
    tiers: list[dict[str, Any]] = []
    for i, (a, b, sc) in enumerate(bands):
        first = int(tiers[-1]["max"]) + 1 if tiers else 1
        if b is None and a != first and i + 1 < len(bands):
            after = bands[i + 1][0] - 1  # the next band's first rank, less one
            if after > first and str(a) == f"{first}{after}":
                doubts.append(f"“{a}名”：按第{first}～{after}名读（两端名次之间的连接号缺失），请核对")
                a, b = first, after
        top = a if b is None else b
        if a != first or top < a:
            return None
        tiers.append({"min": str(a), "min_inclusive": True, "max": str(top), "max_inclusive": True, "score": s(sc)})
    if past is not None and (None in read or (past[0] is not None and past[0] != int(tiers[-1]["max"]) + 1)
                             or past[1] >= scores[-1]):
        return None  # the ranks past the bands not the next ones, or scoring as much as the last band
    if None not in read:  # every band read: the ranks past the last one score nothing, or what the text says
        last = tiers[-1]["max"]
        tiers.append({"min": last, "min_inclusive": False, "max": None, "max_inclusive": False,
                      "score": s(past[1]) if past else "0"})
        if not rest:
            doubts.append(f"第{last}名以后：按0分计，评分标准未明说")
    params = {"input": "value", "unit": "名", "value_label": "名次", "tiers": tiers}
    return Proposed([RULE.item(w.name, w.weight, params)], f"分档计分：按名次 {len(bands)} 档", tuple(doubts))


#: one band of a list split by “/”: “2年”, “10年以上”, the first with what is counted before it (“连续A级2年”)
_SLASH_BAND = lazy_compile(r"^(?P<what>[^\d]*?)(?P<n>\d+(?:\.\d+)?)(?P<u>年|个月|" + LINE_UNITS + r")(?P<up>及以上|以上)?$")


def _slash_bands(w: Wording) -> Proposed | None:
    """“连续A级2年/4年/6年/8年/10年以上 2分/4分/6分/8分/10分”: lines on one count split by “/”, then their scores in
    the same order; each line scores from itself up to the next, and the best, on the 分值, from the last one up.
    Below the first line nothing, which the text leaves unsaid (to check)."""
    listed = slash_lists(w.text)
    if listed is None:
        return None
    _lead, labels, scores = listed
    matched = [_SLASH_BAND.match(x) for x in labels]
    bands = [m for m in matched if m is not None]
    if len(bands) != len(labels) or any(m.group("what") for m in bands[1:]) or any(m.group("up") for m in bands[:-1]):
        return None
    lines = [d(m.group("n")) for m in bands]
    if len({m.group("u") for m in bands}) != 1 or scores[-1] != w.weight:
        return None
    if any(a >= b for a, b in itertools.pairwise(lines)) or any(a >= b for a, b in itertools.pairwise(scores)):
        return None
    unit = bands[0].group("u")
    ends = [*lines[1:], None]
    tiers = [{"min": s(lo), "min_inclusive": True, "max": None if hi is None else s(hi), "max_inclusive": False,
              "score": s(sc)} for lo, hi, sc in zip(lines, ends, scores, strict=True)]
    doubts = []
    if lines[0] > 0:
        tiers.insert(0, {"min": "0", "min_inclusive": True, "max": s(lines[0]), "max_inclusive": False, "score": "0"})
        doubts.append(f"不足{s(lines[0])}{unit}：按0分计，评分标准未明说")
    if not bands[-1].group("up"):
        doubts.append(f"“{labels[-1]}”：按{labels[-1]}及以上读，请核对")
    what = bands[0].group("what").strip(":")
    params = {"input": "value", "unit": unit, "value_label": what or w.name or "值", "tiers": tiers}
    return Proposed([RULE.item(w.name or what, w.weight, params)], f"分档计分：{len(lines)} 档", tuple(doubts))


#: units counted in whole numbers: “1-3次” holds 3 (the next band starts at 4)
_WHOLE_UNITS = frozenset({"人次", "人", "次", "课时", "起", "例", "处", "项", "个", "件", "笔", "家", "户", "篇", "条", "份", "张", "所", "台", "套",
                          "场", "期", "类", "种", "批", "轮"})
_FIGURE_UNIT = lazy_compile(r"(?<![\d.])\d+(?:\.\d+)?(" + _BAND_UNIT + ")")
_OWN = r"(?:\((?P<{0}>含|包括|包含|不含)(?P<{0}x>[^()]{{0,12}})\))?"
#: “1-3次”, “5亿元(含5亿元)至10亿元”, “3至5年之间”
_UNIT_SPAN = lazy_compile(r"(?P<a>\d+(?:\.\d+)?)(?P<ua>" + _BAND_UNIT + ")?" + _OWN.format("ia") + r"[~\-至到](?P<b>\d+(?:\.\d+)?)"
                        r"(?P<u>" + _BAND_UNIT + ")" + _OWN.format("ib") + "(?:之间)?")
#: “3年≤经营年限<5年”
_UNIT_BETWEEN = lazy_compile(r"(?P<a>\d+(?:\.\d+)?)(?P<ua>" + _BAND_UNIT + r")(?P<ca>≤|<)[^≤<≥>\d]{1,10}(?P<cb>≤|<)(?P<b>\d+(?:\.\d+)?)"
                           r"(?P<u>" + _BAND_UNIT + ")")
#: “5年及以上”, “10次及10次以上”, “≥3个”, “超过10亿元” (never “未达到3000万元”, “未满200万元”: _UNIT_DOWN's)
_UNIT_UP = lazy_compile(r"(?P<cmp>≥|>|不低于|不少于|(?<![未不没])达到|(?<![未不])达|(?<!不)(?:超过|高于|大于|多于)|(?<![未不])满|至少[\u4e00-\u9fff]{0,8}?)?(?P<a>\d+(?:\.\d+)?)(?P<u>" + _BAND_UNIT + ")"
                      + _OWN.format("i") + r"(?P<post>及\d+(?:\.\d+)?(?P=u)以上|及以上|或以上|以上)?" + _OWN.format("j"))
#: “3年以下”, “不足2次”, “15天以内”, “24小时内”
_UNIT_DOWN = lazy_compile(r"(?P<cmp>≤|<|不超过|不高于|不大于|不多于|低于|少于|小于|不足|不到|未达到|未满)?(?P<a>\d+(?:\.\d+)?)(?P<u>" + _BAND_UNIT + ")"
                        + _OWN.format("i") + r"(?P<post>及以下|以下|以内|之内|内(?![容部外]))?" + _OWN.format("j"))
#: the units of a time limit (“24小时内”, “3个工作日内”)
_TIME_UNITS = frozenset({"分钟", "小时", "天", "工作日", "周", "月"})
#: the words of a line that includes its own figure (“不低于90%”, “≤3次”), on a percentage or a count
_AT_LEAST_WORDS = ("≥", "不低于", "不少于", "达到", "达", "满")
_AT_MOST_WORDS = ("≤", "不超过", "不高于", "不大于", "不多于")


def _unit_of(u: str) -> str:
    return {"个月": "月", "个工作日": "工作日", "日": "天", "个年度": "年"}.get(u, u)


def _names_end(said: str | None, a: str, b: str) -> bool:
    """Whether the figure a mark after a range holds (“(含5万元)”) is the range's first end and not its second."""
    figure = re.match(r"\d+(?:\.\d+)?", said or "")
    return figure is not None and d(figure.group(0)) == d(a) != d(b)


def _slip_doubt(rng: dict[str, Any] | None) -> list[str]:
    """The doubt of a band whose mark names neither of its ends (“30亿元-50亿元(含10亿元)”), taken off the band."""
    return [f"“{rng.pop('slip')}”：所含的数不是本档的上下限，按笔误未用，请核对"] if rng is not None and rng.get("slip") else []


def _names_neither(said: str | None, a: str, b: str) -> bool:
    """Whether a mark after a range (“(含10亿元)”) names a figure that is neither of its ends: a slip of the table's."""
    figure = re.match(r"\d+(?:\.\d+)?", said or "")
    return figure is not None and d(figure.group(0)) not in (d(a), d(b))


def _bare_top(seg: str, unit: str) -> dict[str, Any] | None:
    """The first band said as its figure alone, then its points (“…之比12万元/年/人得2分”): no other figure in its words,
    none of 以上/以下/至 beside it; read as that figure and above (``_counted_bands`` holds it to the next band's top)."""
    figures = re.findall(r"\d+(?:\.\d+)?", seg)
    m = re.search(r"(?<![\d.\-~])(\d+(?:\.\d+)?)" + re.escape(unit) + r"(?=,?(?:得|计|记)?\d+(?:\.\d+)?分$)", seg)
    if m is None or len(figures) != 2:
        return None
    return {"min": s(d(m.group(1))), "min_inclusive": True, "max": None, "max_inclusive": False, "bare_top": True}


#: a run of whole years (“连续3年无不良记录”, “连续2个年度”): its bands count whole years, one alone (“连续2年得6分”) a band
_CONSECUTIVE_YEARS = lazy_compile(r"连续[^\d,;:。]{0,8}?\d+(?:个)?年")


def _counted_range(seg: str, unit: str, years: bool = False) -> dict[str, Any] | None:
    """The range a band states on a figure in ``unit``; an end that the words leave open (“1-3次”, “3-5年”) is marked
    for the bands around it to settle (``open``). ``years``: the text counts a run of whole years (连续N年), so a figure
    of years alone (“连续2年得6分”, “1年得3分”) is a band as a whole count is (a ladder reads it up to the next)."""
    for m in _UNIT_BETWEEN.finditer(seg):
        if _unit_of(m.group("ua")) == unit and _unit_of(m.group("u")) == unit:
            return {"min": s(d(m.group("a"))), "min_inclusive": m.group("ca") == "≤", "max": s(d(m.group("b"))),
                    "max_inclusive": m.group("cb") == "≤"}
    for m in _UNIT_SPAN.finditer(seg):
        if _unit_of(m.group("u")) == unit and (m.group("ua") is None or _unit_of(m.group("ua")) == unit):
            ia, ib = m.group("ia"), m.group("ib")
            # “30亿元-50亿元(含10亿元)”: a mark naming a figure that is neither end is a slip, left out (to check)
            slips = [f"({m.group(x)}{m.group(x + 'x')})" for x in ("ia", "ib")
                     if m.group(x) and _names_neither(m.group(x + "x"), m.group("a"), m.group("b"))]
            ia = None if ia and _names_neither(m.group("iax"), m.group("a"), m.group("b")) else ia
            ib = None if ib and _names_neither(m.group("ibx"), m.group("a"), m.group("b")) else ib
            if ib and not ia and _names_end(m.group("ibx"), m.group("a"), m.group("b")):
                ia, ib = ib, None  # “5-10万元(含5万元)”: the mark after the range names its lower end
            (a, a_mark), (b, b_mark) = sorted([(d(m.group("a")), ia), (d(m.group("b")), ib)],
                                              key=lambda end: end[0])  # “299-271户”: written from the top down
            tier = {"min": s(a), "min_inclusive": a_mark != "不含", "max": s(b), "max_inclusive": b_mark in ("含", "包括", "包含")}
            if b_mark is None:
                tier["open"] = True
            elif a_mark is None:
                tier["open_min"] = True  # “0.02-0.08吨(含0.08吨)”: the mark names the top end only
            if slips:
                tier["slip"] = "".join(slips)
            return tier
    low: dict[str, Any] | None = None
    for m in _UNIT_UP.finditer(seg):
        if _unit_of(m.group("u")) == unit and (m.group("cmp") or m.group("post")):
            mark = m.group("i") or m.group("j")  # “10万元(含)以上”, “10万元以上(含10万元)”
            said = m.group("ix") if m.group("i") else m.group("jx")
            slip = f"({mark}{said})" if mark and _names_neither(said, m.group("a"), m.group("a")) else ""
            mark = None if slip else mark  # “50亿元以上(含15亿元)”: a mark naming another figure, a slip (to check)
            inclusive = (m.group("cmp") in (None, *_AT_LEAST_WORDS) or m.group("cmp").startswith("至少")
                         or mark in ("含", "包括", "包含"))
            low = {"min": s(d(m.group("a"))), "min_inclusive": inclusive and mark != "不含", "max": None,
                   "max_inclusive": False}
            if m.group("cmp") is None and m.group("post") == "以上" and mark is None:
                low["bare_up"] = True  # a bare 以上 (“5次以上”) after a range ending there (“1-5次”) may mean “past it”
            if slip:
                low["slip"] = slip
            break
    high: dict[str, Any] | None = None
    for m in _UNIT_DOWN.finditer(seg):
        if _unit_of(m.group("u")) == unit and (m.group("cmp") or m.group("post")):
            mark = m.group("i") or m.group("j")
            inclusive = m.group("cmp") in (None, *_AT_MOST_WORDS) or mark in ("含", "包括", "包含")
            high = {"min": None, "min_inclusive": False, "max": s(d(m.group("a"))),
                    "max_inclusive": inclusive and mark != "不含"}
            if m.group("post") in ("内", "以内", "之内") and unit in _TIME_UNITS:
                high["within"] = True  # “24小时内”: a time limit met, which a longer limit after it does not undo
            if m.group("cmp") is None and mark is None:
                high["open"] = True  # 以下、以内 hold the figure by law, though tables often mean “below”
                if m.group("post") == "及以下":
                    high["held_top"] = True  # “100万元及以下”: the 及 holds the figure outright (settled below)
            break
    if low and high and d(low["min"]) < d(high["max"]):  # “8万元以上不足10万元”: both ends in one band
        return {**high, **{k: v for k, v in low.items() if k.startswith("min")}}
    if low or high:
        return low or high
    if unit in _WHOLE_UNITS or (years and unit == "年"):  # “开展2次得4分”: a whole count with no comparison is that count
        lone = [m for m in _FIGURE_UNIT.finditer(seg) if _unit_of(m.group(1)) == unit]
        if len(lone) == 1:
            v = s(d(lone[0].group(0)[:-len(lone[0].group(1))]))
            return {"min": v, "min_inclusive": True, "max": v, "max_inclusive": True, "lone": True}
    return None


def _settle_ends(tiers: list[dict[str, Any]], unit: str) -> list[str]:
    """An end the words leave open is the band's own unless another band claims the same value (“3-5年;5年及以上”,
    “3年以下;3-5年”); a band of whole counts holds its end (“1-3次;4-6次”). The doubts left: a range of whole counts
    starting one above the band before it (“不超过3件…;4-5件…;5件以上…”) holds its end as that band does, so an end
    another band claims too is in both."""
    doubts = []
    # “0.02-0.08吨(含0.08吨);0.08-0.12吨(含0.12吨)”: an end unmarked that the band below holds by its own mark is that
    # band's; where two spans or more so mark their top end, a bare 以上 after one is past it too (“…(含2.00吨);2.00吨以上”),
    # never after one alone (“10万元以上…;5-10万元(含10万元)” claims 10 twice); to check
    top_marked = sum(1 for tr in tiers if tr.get("open_min")) >= 2
    for tr in tiers:
        if (tr.pop("open_min", False) or (top_marked and tr.get("bare_up"))) and tr["min"] is not None and any(
                o is not tr and o["max"] is not None and d(o["max"]) == d(tr["min"]) and o["max_inclusive"]
                and not o.get("open") and not o.get("lone") for o in tiers):
            tr["min_inclusive"] = False
            tr.pop("bare_up", None)
            doubts.append(f"“{tr['min']}{unit}”：按归入写明含本数的相邻一档读")
    # “100万元及以下得1分,100万元以上得2分”: where the band below holds its top by an outright 及, a bare 以上 starting
    # there is past it (the table marks the figure it holds, and leaves it out of the other band)
    for tr in tiers:
        held = [o for o in tiers if o is not tr and o.get("held_top") and o["min"] is None and tr["min"] is not None
                and d(o["max"]) == d(tr["min"])]
        if tr.get("bare_up") and len(held) == 1:
            tr["min_inclusive"] = False
            tr.pop("bare_up", None)
            held[0]["max_inclusive"] = True
            held[0].pop("open", None)
    for tr in tiers:
        tr.pop("held_top", None)
        tr.pop("within", None)
    for tr in tiers:
        if not tr.pop("open", False):
            continue
        if tr["max"] is not None and tr["min"] is not None:
            claimed = any(o is not tr and o["min"] is not None and d(o["min"]) == d(tr["max"]) and o["min_inclusive"]
                          for o in tiers)
            past = [o for o in tiers if o is not tr and o.get("bare_up") and o["min"] is not None
                    and d(o["min"]) == d(tr["max"]) and o["min_inclusive"]]
            if claimed and unit in _WHOLE_UNITS and tr["min_inclusive"] and past:
                # “1-5次10分,5次以上20分”: whole counts, the range holds its end, the bare 以上 band the counts past it
                tr["max_inclusive"] = True
                for o in past:
                    o["min_inclusive"] = False
                continue
            tr["max_inclusive"] = not claimed
            if claimed and unit in _WHOLE_UNITS and tr["min_inclusive"] and any(
                    o is not tr and o["max"] is not None and o["max_inclusive"] and d(o["max"]) + 1 == d(tr["min"])
                    for o in tiers):
                doubts.append(f"“{tr['max']}{unit}”：既在{tr['min']}-{tr['max']}{unit}一档，又在{tr['max']}{unit}以上一档")
        elif tr["max"] is not None:
            tr["max_inclusive"] = unit in _WHOLE_UNITS and not any(
                o is not tr and o["min"] is not None and d(o["min"]) == d(tr["max"]) and o["min_inclusive"] for o in tiers)
    for tr in tiers:
        tr.pop("bare_up", None)
    return doubts


def _reached_only(tiers: list[dict[str, Any]], unit: str) -> list[str]:
    """“满3年的得1分;3-5年得2分;5年以上得3分”: a line reached (满) that a range starting at the same figure and scoring more
    follows is that figure alone, the range past it (to check); the marks taken off every band."""
    doubts = []
    for tr in tiers:
        if not tr.pop("reached", False):
            continue
        spans = [o for o in tiers if o is not tr and o["min"] is not None and o["max"] is not None
                 and d(o["min"]) == d(tr["min"]) and d(o["max"]) > d(o["min"]) and d(o["score"]) > d(tr["score"])]
        if len(spans) == 1:
            tr["max"], tr["max_inclusive"] = tr["min"], True
            spans[0]["min_inclusive"] = False
            doubts.append(f"“满{tr['min']}{unit}”：其后一档从{tr['min']}{unit}起，按恰为{tr['min']}{unit}读，请核对")
    return doubts


def _band_unit(segs: list[str], years: bool = False) -> str | None:
    """The unit most bands state a range in (a date “8日前” beside the counts of “1-3次” is not the bands')."""
    units = dict.fromkeys(_unit_of(x) for seg in segs for x in _FIGURE_UNIT.findall(seg))
    ranged = {u: sum(_counted_range(seg, u, years) is not None for seg in segs) for u in units}
    best = max(ranged.values(), default=0)
    return next((u for u, n in ranged.items() if n == best), None) if best >= 2 else None


def probes(tiers: Sequence[Mapping[str, Any]]) -> list[Decimal]:
    """The values that show where bands meet or overlap: each band's ends, and half a unit either side, in order."""
    bounds = {Decimal(str(x)) for tr in tiers for x in (tr.get("min"), tr.get("max")) if x is not None}
    return sorted({b + delta for b in bounds for delta in (Decimal("-0.5"), Decimal(0), Decimal("0.5"))})


#: a unit a value is said in, after its figure (“不少于100份”: 份; “1至2人”: 人, the 至 of a range no unit)
_SAID_UNIT = lazy_compile(r"\d(%|个百分点|百分点|个?(?![至到])[\u4e00-\u9fff])")
#: the phrases that state a band's value (``reading.coverage``)
_BAND_VALUE = {"数值", "份额", "目标值"}


def asides(t: str, spans: Sequence[tuple[int, int, str]], it: Mapping[str, Any]) -> list[str]:
    """What a rule of bands (or of a line, 达标线) on a value in one unit leaves out of the text's phrases (``spans``,
    from ``reading.coverage``), each a condition the rule does not hold: a value in a unit of its own (“…;抽检样本不少于
    100份”); for bands, a deduction no value leads to since the score before it (“…;<90%,0分;出现召回的扣5分”) or none
    band scores (“…<90%得0分,未达90%的扣7分”), and a band another of its score holds (“…<90%计0分;上年度…低于60%的,不得分”)."""
    params = it.get("params") or {}
    unit = str(params.get("unit") or "")
    out = [f"“{t[a:b]}”：与规则的单位（{unit}）不同，规则未包含" for a, b, what in spans
           if what == "数值" and unit and any(_other_unit(u, unit) for u in _SAID_UNIT.findall(t[a:b]))
           and not re.fullmatch(r"\D*100%\D*", t[a:b])]  # (“…上墙率达100%”: all of what is counted)
    if it.get("type") != RULE.type:
        return out
    tiers = params.get("tiers") or []
    since = 0
    for a, b, what in sorted(spans):
        if what == "扣分":
            taken = re.search(r"\d+(?:\.\d+)?", t[a:b])
            led = [t[x:y] for x, y, w in spans if w in _BAND_VALUE and since <= x < a]  # the values leading to it
            # (“…得4分,未全面完成的扣2分,…”: the work short of done in full, a band up to 100% of the points left)
            led = led or (["100"] if _SHORT_OF_FULL.match(clause_at(t, a)) else [])
            if not led or (taken and not _band_said_as_deduction(tiers, to_decimal(it["max"]) - to_decimal(taken.group(0)),
                                                                 led)):
                out.append(f"“{clause_at(t, a)}”：分档之外的扣分，规则未包含")
        if what in ("分值", "扣分"):
            since = b
    values = probes(tiers)
    held = [{v for v in values if in_tier(v, tr)} for tr in tiers]
    # a band inside another of the same score (the later of two alike) says nothing the rule uses
    inside = [j for i, j in itertools.permutations(range(len(tiers)), 2) if tiers[i]["score"] == tiers[j]["score"]
              and held[j] <= held[i] and (held[j] != held[i] or i < j)]
    if inside:
        out.append(f"“{_band_said(tiers[inside[0]], unit)}”：另一档已含此档，规则用不到")
    # a band whose values all fall in bands before it of other scores (“≥95%得10分;…;超过100%的得5分”): a value is
    # scored by the first band it falls in, so the text's later band is never used
    hidden = [j for j in range(len(tiers)) if j not in inside and held[j]
              and all(any(v in held[i] for i in range(j)) for v in held[j])]
    if hidden:
        out.append(f"“{_band_said(tiers[hidden[0]], unit)}”：前面的档已含此档的数值，规则用不到")
    return out


def band_repeated(item: Mapping[str, Any]) -> bool:
    """A rule of bands two of whose bands are the same values scoring otherwise (“…且人数≥10名,得3分;…但人数≥10名,得2
    分;人数<10名…不得分”): the figure is one condition of each case among words that tell the cases apart, not the
    measure of bands, and the later band is never used; no reading of bands at all."""
    if item.get("type") != RULE.type:
        return False
    tiers = (item.get("params") or {}).get("tiers") or []
    ends = [(tr.get("min"), tr.get("min_inclusive", True) if tr.get("min") is not None else None, tr.get("max"),
             tr.get("max_inclusive", False) if tr.get("max") is not None else None) for tr in tiers]
    return any(ends[i] == ends[j] and tiers[i]["score"] != tiers[j]["score"]
               for i in range(len(tiers)) for j in range(i + 1, len(tiers)))


def _band_said(tr: Mapping[str, Any], unit: str) -> str:
    """“100～不限%得5分”: a band and its points, in a doubt's words."""
    lo, hi = tr.get("min"), tr.get("max")
    return f"{'不限' if lo is None else lo}～{'不限' if hi is None else hi}{unit}得{tr['score']}分"


def _band_said_as_deduction(tiers: Sequence[Mapping[str, Any]], score: Decimal, led: list[str]) -> bool:
    """“…,80%-90%扣2分”: a band said as what it takes off the 分值, when a band of the points left (``score``) ends at a
    value said before the deduction; never “…;执行率超过100%扣2分” where no band of the points left ends at 100."""
    ends = {to_decimal(tr[k]) for tr in tiers if to_decimal(tr["score"]) == score for k in ("min", "max")
            if tr.get(k) is not None}
    return any(to_decimal(x) in ends for v in led for x in re.findall(r"\d+(?:\.\d+)?", v))


def _other_unit(said: str, unit: str) -> bool:
    """Whether a value said in ``said`` is in a unit other than the rule's ``unit`` (个月 and 月, % and 个百分点, 位 and 名
    alike: “前3位” a place, “3位专家” people, as 名 are)."""
    said, unit = (_unit_of(u[1:] if len(u) > 1 and u[0] == "个" else u).replace("百分点", "%").replace("位", "名")
                  for u in (said, unit))
    return said not in unit and unit not in said


def _overlapping(tiers: list[dict[str, Any]]) -> bool:
    """Some value falls in two bands that score it differently."""
    return any(len({tr["score"] for tr in tiers if in_tier(v, tr)}) > 1 for v in probes(tiers))


#: the words of a band of none: “未开展”, “无”, “没有”
_NONE_WORDS = lazy_compile(r"未|无|没有|零")


def _ladder(tiers: list[dict[str, Any]], unit: str) -> list[str]:
    """Lines on a count, the highest open upwards (“达200人次,得10分;达500人次,得20分;达800人次以上,得30分”,
    “开展2次得1分,开展3次得2分,开展5次及以上得3分”), the higher line scoring more: each line holds the values up to the
    next one. Below the lowest line nothing, when no band says otherwise (the text leaves it unsaid: to check). What
    was read so, in words."""
    lines = [tr for tr in tiers if (tr["max"] is None and tr["min"] is not None) or tr.get("lone")]
    rest = [tr for tr in tiers if not any(tr is x for x in lines)]
    if len(lines) < 2 or not any(tr["max"] is None for tr in lines):
        return []
    if any(tr["min"] is not None and tr["max"] is not None and not tr["min"] == tr["max"] == "0" for tr in rest):
        return []  # a closed band among them: bands, not a ladder
    lines.sort(key=lambda tr: d(tr["min"]))
    if lines[-1]["max"] is not None or any(
            d(a["min"]) >= d(b["min"]) or d(a["score"]) >= d(b["score"]) for a, b in itertools.pairwise(lines)):
        return []
    said = []
    for lower, upper in itertools.pairwise(lines):
        if lower.pop("lone", False) and (unit not in _WHOLE_UNITS or d(upper["min"]) - d(lower["min"]) > 1):
            said.append(f"“{lower['min']}{unit}”：按{lower['min']}{unit}至不足{upper['min']}{unit}读")
        lower["max"], lower["max_inclusive"] = upper["min"], not upper["min_inclusive"]
    if rest or d(lines[0]["min"]) <= 0:
        return said
    first = lines[0]
    tiers.append({"min": "0", "min_inclusive": True, "max": first["min"], "max_inclusive": not first["min_inclusive"],
                  "score": "0"})
    return [*said, f"不足{first['min']}{unit}：按0分计，评分标准未明说"]


#: the 分值 said in a clause of its own: “每次检查分值为10分”, “本项满分10分”
_WEIGHT_SAID = lazy_compile(r"(?:分值|满分)(?:为|是)?(\d+(?:\.\d+)?)分$")


def _ceilings(tiers: list[dict[str, Any]], unit: str, none_band: dict[str, Any] | None) -> list[str]:
    """“有3人以下(含3人)未到得8分;有6人以下(含6人)未到得6分;有10人以下…得4分;有11人以上…得0分”: ceilings on a count of
    whole cases, each higher one scoring less, none band between them: each holds the counts above the ceiling below it
    (the lowest those above none, where a band of none is said). What was read so, in words (to check)."""
    ceilings = [tr for tr in tiers if tr["min"] is None and tr["max"] is not None and tr is not none_band]
    if len(ceilings) < 2:
        return []
    ceilings.sort(key=lambda tr: d(tr["max"]))
    if any(d(a["max"]) >= d(b["max"]) or d(a["score"]) <= d(b["score"]) for a, b in itertools.pairwise(ceilings)):
        return []
    top = ceilings[-1]
    if any(tr not in ceilings and tr is not none_band and (tr["min"] is None or d(tr["min"]) < d(top["max"])
                                                           or d(tr["score"]) >= d(top["score"])) for tr in tiers):
        return []  # a band among the ceilings, or one above them scoring more: no ladder of ceilings
    for lower, upper in itertools.pairwise(ceilings):
        upper["min"], upper["min_inclusive"] = lower["max"], not lower["max_inclusive"]
        upper.pop("open", None)
        lower.pop("open", None)  # the band above starts past it: the lowest ceiling holds its figure too
    if none_band is not None:
        ceilings[0]["min"], ceilings[0]["min_inclusive"] = "0", False
    if all(tr.get("within") for tr in ceilings):
        # “24小时内办结得5分,48小时内办结得3分”: time limits, the shorter met first, as every table means them; a bare
        # 以上 at the longest limit (“48小时内(3分);48小时以上(0分)”) is past it, the limit met (to check)
        past = [tr for tr in tiers if tr.get("bare_up") and tr["min_inclusive"] and d(tr["min"]) == d(top["max"])]
        for tr in past:
            tr["min_inclusive"] = False
            tr.pop("bare_up")
        return [f"“{top['max']}{unit}以上”：按超过{top['max']}{unit}读（{top['max']}{unit}在“{top['max']}{unit}内”一档）"
                for _ in past[:1]]
    return [f"“{'、'.join(tr['max'] + unit + '以下' for tr in ceilings)}”：按逐档递进读（每档从下一档的上限之上起）"]


#: a band's deduction closing it (“…1个月以内扣1分”)
_BAND_DEDUCT = lazy_compile(r"扣(?:除|减)?(\d+(?:\.\d+)?)分$")
#: a band's deduction, then the end it includes: “…扣除20分(包括两天)”, “…扣20分(含2天)”
_DEDUCT_THEN_MARK = lazy_compile(r"扣(?:除|减)?\d+(?:\.\d+)?分(?P<mark>\((?:包括|含|包含)(?P<end>\d+(?:\.\d+)?)[^()\d]{1,4}\))$")
#: a deduction for each case, never a band's: “超过1人的每人扣2分”
_EACH_CASE_CUT = lazy_compile(r"每(?:1|一)?(?:人次|人|次|天|日|个|项|处|例|件|起|户|名|小时|周|月)[^\d,;]{0,6}?扣")
#: “…未达到60万元/亩的出现1个项目扣3分”: a case found in a band of another unit, its points (a deduction per case)
_CASE_FOUND_CUT = lazy_compile(r"(?:出现|发现|发生)(?:1|一)(?P<u>个|项|次|起|例|处|件)[^\d,;]{0,6}?扣")
#: the band that keeps the 分值, said as no deduction: “请假一天以内不扣分”
_BAND_KEPT = lazy_compile(r"(?:的|者|时)?,?不扣分$")


def _marked_tops(tiers: list[dict[str, Any]], ends: list[Decimal]) -> None:
    """Bands that mark their top end as included after their deductions (“一天以上两天以内扣除20分(包括两天);两天以上三天以内
    扣除30分(包括三天)”): every band's 以内 holds its top end, as the marked ones say, and the band starting there (“两天以上”)
    starts past it."""
    tops = {d(tr["max"]) for tr in tiers if tr["max"] is not None and tr.get("open")}
    if not set(ends) <= tops:
        return
    for tr in tiers:
        if tr["max"] is not None and tr.pop("open", False):
            tr["max_inclusive"] = True
    for tr in tiers:
        if tr["min"] is not None and d(tr["min"]) in tops:
            tr["min_inclusive"] = False
            tr.pop("bare_up", None)


def _undeducted(tiers: list[dict[str, Any]], unit: str, weight: Decimal) -> list[str]:
    """Bands that each deduct, the lowest open below (“延期1个月以内扣1分,1-3个月扣2分,3个月以上不得分”): the lowest starts
    above 0, and 0 (no delay, no case) keeps the 分值, which the text leaves unsaid (to check). Nothing is read when
    the bands also give points or the lowest band is closed."""
    deducted = [tr.pop("deduct", False) for tr in tiers]
    if not all(cut or tr["score"] == "0" for cut, tr in zip(deducted, tiers, strict=True)) or \
            any(d(tr["score"]) == weight for tr in tiers):
        return []
    open_below = [k for k, tr in enumerate(tiers) if tr["min"] is None]
    if not open_below and unit in _WHOLE_UNITS:
        # “1例扣2分,≥2例不得分”, “1-2人不合格扣1分,≥3人不合格不得分”: whole cases from the first, each band deducting
        # or zeroing; none found (0) keeps the 分值, unsaid
        first = min(range(len(tiers)), key=lambda k: d(tiers[k]["min"]))
        ranked = sorted(tiers, key=lambda tr: d(tr["min"]))
        # (each band starting right after the one before: “每有1处错误扣1分;5处及以上…” leaves 2-4 unsaid; a bare 以上,
        # “1次扣5分,2次以上不得分”, may start past its figure: a deduction per case reads it)
        # (the last band open above: “≥3人不合格不得分”; bands closed at the top leave more cases unsaid, “依次类推”)
        joined = ranked[-1]["max"] is None and not any(tr.get("bare_up") for tr in tiers) and all(lo["max"] is not None and (d(hi["min"]) == d(lo["max"]) or
                                                (d(hi["min"]) == d(lo["max"]) + 1 and hi["min_inclusive"]))
                     for lo, hi in itertools.pairwise(ranked))
        if deducted[first] and tiers[first]["min"] == "1" and tiers[first]["min_inclusive"] and joined:
            tiers.insert(0, {"min": "0", "min_inclusive": True, "max": "0", "max_inclusive": True, "score": s(weight)})
            return [f"0{unit}：按得满分读（评分标准只写了扣分的情形）"]
        return []
    if len(open_below) != 1 or not deducted[open_below[0]]:
        return []
    lowest = tiers[open_below[0]]
    lowest["min"], lowest["min_inclusive"] = "0", False
    tiers.insert(0, {"min": "0", "min_inclusive": True, "max": "0", "max_inclusive": True, "score": s(weight)})
    return [f"0{unit}：按得满分读（评分标准只写了扣分的情形）"]


#: a band of delay's verb (“延迟1个月以内”, “逾期3天以上”): ``wording.LATE_VERBS``, never 超过 or 超 of any excess
_LATE_VERB = lazy_compile(LATE_VERBS)


#: “4次以下的,每次得2分”: points for each case, not the score of a band
_EACH_CASE_SCORED = lazy_compile(r"每(?:1|一)?(?:次|个|项|篇|份|块|场|期|家|人|名|件|条|处|例)[^\d,;扣减]{0,8}?(?:得|计|记|加)?\d+(?:\.\d+)?分")


#: “每发生1次扣1分”, “每出现一次扣2分”: a step per case between the band of none and the band that zeroes, never a band
#: of one case
_STEP_PER_CASE = lazy_compile(r"^每(?:发生|出现|有|发现)?1(?P<u>次|起|例|件|项|处|个)[^\d,;]{0,8}?扣(?:除|减)?(?P<per>\d+(?:\.\d+)?)分$")


def _stepped(tiers: list[dict[str, Any]], per: Decimal, weight: Decimal) -> bool:
    """Between the band of none and the one band from N up (scoring 0), the bands 1 … N−1 of the step per case
    (“未发生得5分,每发生1次扣1分,3次以上不得分”: 1 → 4, 2 → 3); False when the bands are not so, or the step would
    reach 0 before N."""
    top = [tr for tr in tiers if tr["min"] not in (None, "0")]
    if len(top) != 1 or top[0]["max"] is not None or top[0]["score"] != "0" or not any(tr["min"] == "0" for tr in tiers):
        return False
    n = int(d(top[0]["min"])) + (0 if top[0]["min_inclusive"] else 1)
    if not 1 < n <= 20 or weight - (n - 1) * per <= 0:
        return False
    tiers[-1:-1] = [{"min": str(k), "min_inclusive": True, "max": str(k), "max_inclusive": True, "score": s(weight - k * per)}
                    for k in range(1, n)]
    return True


#: a figure that says how many are short (“少1种”, “缺2项”), not how many there are (“至少3种” is a line)
_SHORT_BY = lazy_compile(r"(?<![至不])(?:少|缺少?|差)\d")


#: a lead naming the bands before they are scored: “对…融资余额分为10亿元以下;10亿元-30亿元;…;50亿元以上4个等级;”
_BANDS_LISTED = lazy_compile(r"^[^;]{0,30}?分为[^得计扣分]{2,120}?(?:[2-9]|[一二三四五六七八九])个?(?:等级|档次|档)[;,]")


#: people counted in 名 (“1名外籍成员”, “2名以上”), never a place in a ranking
_PEOPLE_NAMED = lazy_compile(r"(?<=\d)名(?!次|单|额)")
#: a ranking's words: a figure in 名 there is a place (“排名前3名”, “第2名”, “1-3名”, “5名以后”)
_RANK_WORDS = lazy_compile(r"排名|名次|排序|排位|[前第]\d+名|\d[-~至到]\d+名|\d名(?:以后|之后|以外)")
#: the most a row scores said after its bands (“最高为2分”, “最高2分”, “最多得5分”)
_TOP_SAID = lazy_compile(r"^(?:本项|此项|该项)?(?:最高|最多)(?:为|得|计)?(\d+(?:\.\d+)?)分$")


def _counted_bands(w: Wording) -> Proposed | None:
    """“5年及以上得5分,3-5年得4分,3年以下得2分”, “期间有1-3次未报送,得4分;…10次及10次以上未报送,不得分”: bands on a
    counted or measured figure, each with its score. A band with no figure that keeps the 分值, before bands of cases
    starting at 1, is the band of none (to check). Bands of people counted in 名 (“有1名外籍成员则为1分,2名以上则为2分”)
    are read as of 人, when the text names no ranking and is not read otherwise."""
    found = _counted_bands_of(w, w.text)
    if found is None and "名" in w.text and not _RANK_WORDS.search(w.text):
        found = _counted_bands_of(w, _PEOPLE_NAMED.sub("人", w.text))
    return found


#: “每成交1套得20分,不足1套按比例折算”: a part of a case's step counted in proportion, points per case (no band)
_PART_PRO_RATA = lazy_compile(r"每[^\d,;]{0,6}?\d+[^\d,;]{0,8}?(?:得|计|加)\d+(?:\.\d+)?分,(?:不足|不到)\d+(?:\.\d+)?[^\d,;]{0,3}按比例")


def _counted_bands_of(w: Wording, text: str) -> Proposed | None:
    if not _FIGURE_UNIT.search(text) or _PROGRESSIVE.search(text) or ("按比例" in text and _PART_PRO_RATA.search(text)):
        return None
    if "项" in text and met_count_ladder(text, w.weight) is not None:
        return None  # “A、B、C,给10分;达2项的给9分;…”: the requirements met, all of them the 分值 (``_met_count_ladder``)
    listed = _BANDS_LISTED.match(text)
    if listed and _score_of(listed.group(0), w.weight) is None:
        text = text[listed.end():]  # “…分为10亿元以下;…;50亿元以上4个等级;”: the bands named before they are scored
    segs = max((_bands(text), _scored_bands(text)), key=lambda x: sum(_score_of(seg, w.weight) is not None for seg in x))

    years = bool(_CONSECUTIVE_YEARS.search(text))
    unit = _band_unit(segs, years)
    if unit is None or len(segs) < 2:
        return None
    tiers: list[dict[str, Any]] = []
    doubts: list[str] = []
    none_band = None
    on_time: dict[str, Any] | None = None  # the band of none said as on time (“及时到位得3分”), before bands of delay
    kept_marks = False  # a band's end marked after its deduction, or a band kept by 不扣分: the reading is to check
    ends_marked: list[Decimal] = []  # the ends the bands say they include after their deductions
    step = None  # “每发生1次扣1分”: the step per case between the band of none and the band that zeroes
    for seg in segs:
        per_case = _STEP_PER_CASE.match(seg.strip(",;"))
        if per_case and step is None and _unit_of(per_case.group("u")) == unit:
            step = per_case
            continue
        said = _WEIGHT_SAID.search(seg)
        if said and d(said.group(1)) == w.weight:
            continue  # “每次检查分值为10分”: the 分值 said before the bands, no band (left unplaced)
        said = _TOP_SAID.match(seg.strip(",;")) if tiers else None
        if said and d(said.group(1)) == w.weight:
            continue  # “…2名以上则为2分,最高为2分”: the most the row scores, after its bands, no band of none
        sc = _score_of(seg, w.weight)
        if sc is not None and _EACH_CASE_SCORED.search(seg):
            return None  # “4次以下每次得2分”: points per case below the line (formula._count_line_each)
        marked = _DEDUCT_THEN_MARK.search(seg) if sc is None else None
        if marked is not None:  # “一天以上两天以内扣除20分(包括两天)”: the band's end said after its deduction
            seg, kept_marks = seg[:marked.start("mark")], True
            ends_marked.append(d(marked.group("end")))
        if sc is None and _BAND_KEPT.search(seg):  # “请假一天以内不扣分”: the band keeping the 分值
            sc, kept_marks = w.weight, True
        cut = _BAND_DEDUCT.search(seg) if sc is None else None
        found_cut = _CASE_FOUND_CUT.search(seg) if cut is not None else None
        if cut is not None and (_EACH_CASE_CUT.search(seg) or (found_cut and found_cut.group("u") != unit)):
            return None  # “超过1人的每人扣2分”: each case past a count deducted, no band (formula._faults)
        if cut is not None and _SHORT_BY.search(seg):
            return None  # “至少3种,6分;少1种扣2分”: a count short of a line, per case (a deduction), no band of the count
        if cut is not None:  # “延期1个月以内扣1分”: the 分值 less the band's deduction
            sc = max(Decimal(0), w.weight - d(cut.group(1)))
        rng = _counted_range(seg, unit, years)
        doubts += _slip_doubt(rng)
        if cut is not None and rng is not None:
            rng = {**rng, "deduct": True}
        if sc is None:
            if rng is not None or any(_unit_of(u) == unit for u in _FIGURE_UNIT.findall(seg)):
                return None  # a band with no score: not read
            continue  # words that lead in, or a remark on something else (left unplaced)

        if rng is None and not tiers and sc == w.weight:
            rng = _bare_top(seg, unit)  # “…之比 12万元/年/人 2 8-12万元/年/人 1.8 …”: the first band its figure alone
            if rng is not None:
                doubts.append(f"“{rng['min']}{unit}”：只写了数值，按{rng['min']}{unit}及以上读")
        if rng is None and not tiers and sc == w.weight and unit in _TIME_UNITS and ON_TIME.match(seg.strip(",;")):
            # “资金及时到位得3分;延迟1个月以内得2分;…”: on time, the band of none of the delay (to check)
            none_band = on_time = {"min": "0", "min_inclusive": True, "max": "0", "max_inclusive": True, "score": s(sc)}
            tiers.append(none_band)
            doubts.append(f"“{seg.strip(',;')}”：按延迟0{delay_rule.UNITS.get(unit, unit)}读，其后各档按延迟的{delay_rule.UNITS.get(unit, unit)}数读，请核对")
            continue
        if rng is None:
            if none_band is not None or unit not in _WHOLE_UNITS or (sc != w.weight and not _NONE_WORDS.search(seg)):
                return None
            none_band = {"min": "0", "min_inclusive": True, "max": "0", "max_inclusive": True, "score": s(sc)}
            tiers.append(none_band)
            doubts.append(f"“{seg.strip(',;')}”：按{unit}数为 0 读")
            continue
        full = re.search(r"(?<![未不])满(\d+(?:\.\d+)?)", seg)
        if full and rng["max"] is None and rng["min"] is not None and d(full.group(1)) == d(rng["min"]):
            rng = {**rng, "reached": True}  # “满3年的得1分”: a line reached, which a band starting there may close
        tiers.append({**rng, "score": s(sc)})
    doubts += _reached_only(tiers, unit)
    if step is not None:
        if tiers[-1] is none_band:
            tiers.append(tiers.pop(0))  # the band of none first: written after the band that zeroes
        if not _stepped(tiers, d(step.group("per")), w.weight):
            return None
        doubts.append(f"“{step.group(0)}”：按未到不得分的次数逐次扣分读")
    ranged = [tr for tr in tiers if tr is not none_band]
    bare = [tr for tr in tiers if tr.pop("bare_top", False)]
    if bare and not any(tr["max"] == bare[0]["min"] for tr in tiers):
        return None  # a figure alone is the line the next band runs up to, or no band at all
    if on_time is not None and any(tr.get("deduct") for tr in tiers):
        return None  # “按时完成得5分,延迟1天以内扣1分,超过1天不得分”: situations (choice), not bands of delay read here
    if any(tr.get("deduct") for tr in tiers):
        doubts += _undeducted(tiers, unit, w.weight)
    if years and unit == "年" and len(ranged) >= 2 and all(tr.get("lone") for tr in ranged):
        top = max(ranged, key=lambda tr: d(tr["min"]))  # “连续3年…10分,连续2年…6分”: the longest run and longer
        top.pop("lone")
        top["max"], top["max_inclusive"] = None, False
        doubts.append(f"“{top['min']}年”：按{top['min']}年及以上读")
    if len(ranged) < 2 or max(d(tr["score"]) for tr in tiers) != w.weight or all(tr.get("lone") for tr in ranged):
        return None  # counts each named alone (“2项均满足…;1项满足…”) are situations, not bands
    doubts += _ceilings(tiers, unit, none_band)
    if on_time is not None:
        # the delay's bands start past 0: the one open below (“延迟1个月以内”) from past 0, none other open below
        below = [tr for tr in ranged if tr["min"] is None]
        if len(below) > 1 or not any(_LATE_VERB.search(seg) for seg in segs):
            return None
        for tr in below:
            tr["min"], tr["min_inclusive"] = "0", False
        if min(d(tr["min"]) for tr in ranged) != 0:
            return None
    elif none_band is not None and min((d(tr["min"]) + (0 if tr["min_inclusive"] else 1) for tr in ranged
                                      if tr["min"] is not None), default=None) != 1:
        return None
    if ends_marked:
        _marked_tops(tiers, ends_marked)
    doubts += _ladder(tiers, unit)
    doubts += _settle_ends(tiers, unit)
    _top_of_scale(tiers)
    if _overlapping(tiers):
        return None
    if kept_marks:
        doubts.append(f"各档按{unit}数分段读（不扣分的一档得满分，扣分的一档得分值减去所扣分，档的两端按所写的上下限），请核对")
    summary = f"分档计分：按{unit}数 {len(tiers)} 档"
    if unit == "人" and text != w.text:
        unit = "名"  # (people counted in 名, as the text writes them)
    what = f"{w.name or '数量'}（{unit}）" if on_time is None else f"延迟{delay_rule.UNITS.get(unit, unit)}数"
    params = {"input": "value", "unit": unit, "value_label": what, "tiers": tiers}
    return Proposed([RULE.item(w.name or what, w.weight, params)], summary,
                    tuple(doubts) if doubts else None)


#: the value a band is measured on is itself a score, named before the first band's figure: “测评平均分90分以上的得5分”,
#: “平均分为0-60分的…”, “考核得分在80分及以上的”
#: (“5S检查得分≥90分得10分,…”: a check's score, the first band a line said with ≥)
_SCORE_MEASURED = lazy_compile(r"(?P<what>[\u4e00-\u9fff]{0,6}?(?:平均分|测评分|测评得分|考核得分|考评得分|考核分|考评分|评价得分|综合得分|"
                             r"问卷得分|调查得分|分数|检查得分|评比得分|验收得分|审核得分|满意度))(?:为|在|达到|达)?(?=≥?\d)")
#: a band of such a score: “80-89分”, “71-80”, “90分(及)以上”, “≥90分”, “80分(及)以下”, “低于80分”, “不足60分”
_SCORE_BAND = lazy_compile(r"^(?:[^\d]*?)(?:(?P<a>\d+(?:\.\d+)?)分?[-~至到](?P<b>\d+(?:\.\d+)?)分?|(?P<up>\d+(?:\.\d+)?)分(?P<inc>及)?以上|"
                         r"(?P<ge>≥)(?P<up2>\d+(?:\.\d+)?)分|"
                         r"(?P<cmp>低于|不足|不到|小于|<)(?P<low>\d+(?:\.\d+)?)分|(?P<down>\d+(?:\.\d+)?)分(?:及)?以下)(?=[^\d]*$)")
#: a band of such a score said with 以上/以下 or 低于, its points glued after it (“90分以上20分”, “低于80分0分”): a row of
#: bands and points with no mark between them
_GLUED_SCORE_BAND = lazy_compile(r"(?P<band>(?:\d+(?:\.\d+)?分(?:及)?(?:以上|以下)|(?:低于|不足|不到|小于)\d+(?:\.\d+)?分))"
                               r"(?P<pts>\d+(?:\.\d+)?)分")
_GLUED_SCORE_BANDS = lazy_compile(r"(?:在|为|达到|达)?(?:" + _GLUED_SCORE_BAND.pattern.replace("?P<band>", "?:")
                                .replace("?P<pts>", "?:") + r"){2,}")
#: a band's points closing its segment: “…,最后得分0.5分”, “…的得3分”, “…的,不得分”
_SCORE_BAND_POINTS = lazy_compile(r"(?:,?(?:最后)?(?:得分|得|计|为)(?P<pts>\d+(?:\.\d+)?)分|,?(?P<none>" + ZEROED + r"))$")


def _score_bands(w: Wording) -> Proposed | None:
    """“测评平均分90分以上的得5分;80-89分的得3分;80分以下不得分”, “平均分为0-60分的为不满意,最后得分0.5分;…”: bands on a
    value that is itself a score in 分 (a survey's average, an assessment's result), each segment its band then its
    points. Ranges of whole scores one apart (“0-60分”, “61-70分”) run up to the next band (to check)."""
    measured = _SCORE_MEASURED.search(w.text)
    if measured is None:
        return None
    t = w.text[measured.start():].rstrip(";")
    doubts = []
    if _GLUED_SCORE_BANDS.fullmatch(t[len(measured.group(0)):]):  # “…在90分以上20分85分以上10分…低于80分0分”
        t = measured.group(0) + _GLUED_SCORE_BAND.sub(r"\g<band>得\g<pts>分;", t[len(measured.group(0)):]).rstrip(";")
        doubts.append("各档的分数紧接其档写出（未写“得”），按该档得分读，请核对")
    # bands cut by stops, or by commas where the text has none (“…90分以上得5分,80-89分得3分,80分以下不得分”)
    # (and by commas after a band's points within a stop: “…80分及以上得10分;得分在70-80分得8分,60-70分得6分,…”)
    segs = [y.strip(",") for x in (_SEMI if ";" in t else _SCORED_COMMA).split(t)
            for y in (_POINTS_THEN_COMMA.split(x) if ";" in t else [x]) if y.strip(",")]
    tiers: list[dict[str, Any]] = []
    for seg in segs:
        pts = _SCORE_BAND_POINTS.search(seg)
        band = _SCORE_BAND.match(seg[:pts.start()]) if pts else None
        if band is None or pts is None:
            return None
        if band.group("a"):
            lo, hi = sorted((d(band.group("a")), d(band.group("b"))))
            tr: dict[str, Any] = {"min": s(lo), "min_inclusive": True, "max": s(hi), "max_inclusive": True}
        elif band.group("up"):
            tr = {"min": s(d(band.group("up"))), "min_inclusive": True, "max": None, "max_inclusive": False}
        elif band.group("up2"):
            tr = {"min": s(d(band.group("up2"))), "min_inclusive": True, "max": None,
                  "max_inclusive": False}
        else:
            tr = {"min": None, "min_inclusive": False, "max": s(d(band.group("low") or band.group("down"))),
                  "max_inclusive": band.group("down") is not None}
        tiers.append({**tr, "score": s(Decimal(0) if pts.group("none") else d(pts.group("pts")))})
    if len(tiers) < 2 or max(d(tr["score"]) for tr in tiers) != w.weight:
        return None
    # “90分以上20分85分以上10分…”: lines each open above, a lower one the band up to the next line (the higher said first)
    above = [tr for tr in tiers if tr["max"] is None and tr["min"] is not None]
    if len(above) > 1:
        if [d(tr["min"]) for tr in above] != sorted((d(tr["min"]) for tr in above), reverse=True) \
                or len({tr["min"] for tr in above}) != len(above):
            return None
        for higher, lower in itertools.pairwise(above):
            lower["max"], lower["max_inclusive"] = higher["min"], False
    for tr in tiers:  # an end another band starts at is that band's: “80-90分;90分以上”, “80分以下;80-89分”
        if tr["max"] is not None and tr["max_inclusive"] and any(
                o is not tr and o["min"] is not None and o["min"] == tr["max"] for o in tiers):
            tr["max_inclusive"] = False
            doubts.append(f"“{tr['max']}分”：归入从{tr['max']}分起的一档")
        elif tr["max"] is not None and tr["max_inclusive"] and any(
                o is not tr and o["min"] is not None and d(o["min"]) == d(tr["max"]) + 1 for o in tiers):
            said = f"{tr['min']}-{tr['max']}分" if tr["min"] is not None else f"{tr['max']}分以下"
            tr["max"], tr["max_inclusive"] = s(d(tr["max"]) + 1), False
            doubts.append(f"“{said}”：读至{tr['max']}分（不含），两档之间的分数归入下一档以下")
    doubts += _rest_inside_a_band(tiers)
    if _overlapping(tiers):
        return None
    what = f"{measured.group('what')}（分）"
    params = {"input": "value", "unit": "分", "value_label": what, "tiers": tiers}
    return Proposed([RULE.item(w.name or what, w.weight, params)], f"分档计分：按{measured.group('what')} {len(tiers)} 档",
                    tuple(doubts) or None)


def _rest_inside_a_band(tiers: list[dict[str, Any]]) -> list[str]:
    """“60-70分得6分,低于65分得0分”: the one band open below, scoring nothing, whose line falls inside the lowest band
    of a span (a slip of the text, the two contradict each other): read below that band's start, to check."""
    below = [tr for tr in tiers if tr["min"] is None and tr["max"] is not None]
    spans = [tr for tr in tiers if tr["min"] is not None and tr["max"] is not None]
    if len(below) != 1 or d(below[0]["score"]) != 0 or not spans:
        return []
    lowest = min(spans, key=lambda tr: d(tr["min"]))
    line = d(below[0]["max"])
    if not d(lowest["min"]) < line < d(lowest["max"]):
        return []
    below[0]["max"], below[0]["max_inclusive"] = lowest["min"], not lowest["min_inclusive"]
    return [f"“低于{s(line)}分”与“{lowest['min']}-{lowest['max']}分”矛盾：按低于{lowest['min']}分读"]


#: “10亿元以上、5-10亿元、1-5亿元、亿元以下分别加20、10、6、3分”, “90%以上、80%-90%、80%以下的依次得10分、6分、0分”:
#: the bands listed first, then their scores in the same order
_RESPECTIVE = lazy_compile(r"(?P<list>[^;:]+?)的?,?(?:分别|依次)(?:得|计|记|加|为|赋予|给予|赋)?"
                         r"(?P<scores>\d+(?:\.\d+)?分?(?:[、,]\d+(?:\.\d+)?分?)+)分?(?=$|[;,])")
#: a band that names only its unit and the side (“亿元以下”): the values below the other bands
_UNIT_ONLY_BELOW = lazy_compile(r"^(?P<u>" + _BAND_UNIT + r")(?:及)?以下$")


def _respective_bands(w: Wording) -> Proposed | None:
    m = _RESPECTIVE.search(w.text)
    if not m:
        return None
    labels = m.group("list").split("、")
    scores = [d(x) for x in _NUMBER.findall(m.group("scores"))]
    if len(labels) != len(scores) or len(labels) < 2 or max(scores) != w.weight:
        return None
    unit = "%" if all("%" in x for x in labels if re.search(r"\d", x)) else _band_unit(labels)
    if unit is None:
        return None
    tiers: list[dict[str, Any]] = []
    doubts: list[str] = []
    below = None
    for label, sc in zip(labels, scores, strict=True):
        rng = _range_of(label) if unit == "%" else _counted_range(label, unit)
        doubts += _slip_doubt(rng)
        if rng is None:
            only = _UNIT_ONLY_BELOW.match(label.strip())
            if only is None or below is not None or _unit_of(only.group("u")) != unit:
                return None
            below = {"min": None, "min_inclusive": False, "max": None, "max_inclusive": False, "score": s(sc)}
            tiers.append(below)
            continue
        tiers.append({**rng, "score": s(sc)})
    if below is not None:
        lows = [d(tr["min"]) for tr in tiers if tr["min"] is not None]
        if not lows:
            return None
        below["max"] = s(min(lows))
        doubts.append(f"“{unit}以下”：按低于{below['max']}{unit}读")
    doubts += _settle_ends(tiers, unit)
    _top_of_scale(tiers)
    if unit == "%":
        _whole_at_top(tiers, w.text)
    if _overlapping(tiers):
        return None
    ratio = unit == "%" and is_ratio(w.name)
    params: dict[str, Any] = {"input": "ratio" if ratio else "value", "unit": unit, "tiers": tiers}
    if unit == "%":
        with_labels(params, w.name, w.explanation)
    else:
        params["value_label"] = f"{w.name or '数量'}（{unit}）"
    label = rate_label(w.name, w.explanation) if ratio else w.name
    return Proposed([RULE.item(label or params["value_label"], w.weight, params)], f"分档计分：{len(tiers)} 档（分别计分）",
                    tuple(doubts) if doubts else None)


#: “比下达任务低5%以内(含5%)的扣2分,低5%-10%的扣4分,低超过10%的扣6分”: deductions by how far short of the
#: target the value falls, each band its deduction (the value is the shortfall, in %)
_SHORT_LEAD = lazy_compile(r"^(?:比[^,;低少差]{1,15}?)?(?:低于?|少于?|差|不足|未完成)")
_SHORT_WITHIN = lazy_compile(r"^" + SNUM + r"%(?:以内|之内|以下)(?:\(含" + SNUM + r"%?\))?")
_SHORT_SPAN = lazy_compile(r"^" + SNUM + r"%?[~\-至到]" + SNUM + r"%(?:\(含\))?")
_SHORT_OVER = lazy_compile(r"^(?:超过|大于|高于|>)" + SNUM + r"%(?:以上|以外)?|^" + SNUM + r"%(?:以上|以外)")
_SHORT_DEDUCT = lazy_compile(r"^(?:之间)?(?:的|是|者|时)?,?扣(?:除|减)?(\d+(?:\.\d+)?)分$")
#: the last band may score nothing (“10%以上不得分”)
_SHORT_NONE = lazy_compile(r"^(?:之间)?(?:的|是|者|时)?,?(?:此项|本项|该项)?" + ZEROED + r"$")


def _band_of(rest: str, weight: Decimal) -> tuple[str, Decimal, Decimal | None, Decimal | None] | None:
    """(kind, deduction, low end, high end) of one band: “5%以内扣1分”, “5%-10%之间扣3分”, “10%以上不得分”."""
    for kind, pattern in (("within", _SHORT_WITHIN), ("span", _SHORT_SPAN), ("over", _SHORT_OVER)):
        m = pattern.match(rest)
        if m:
            tail = _SHORT_DEDUCT.match(rest[m.end():])
            if tail:
                per = d(tail.group(1))
            elif kind == "over" and _SHORT_NONE.match(rest[m.end():]):
                per = weight
            else:
                return None
            figures = [d(g) for g in m.groups() if g is not None]
            if kind == "within":
                if len(figures) > 1 and figures[1] != figures[0]:
                    return None
                return kind, per, None, figures[0]
            if kind == "span":
                return kind, per, figures[0], figures[1]
            return kind, per, figures[0], None
    return None


def _shortfall_band(seg: str, weight: Decimal) -> tuple[str, Decimal, Decimal | None, Decimal | None] | None:
    """(kind, deduction, low end, high end) of one band of shortfall."""
    lead = _SHORT_LEAD.match(seg)
    if not lead:
        return None
    return _band_of(seg[lead.end():], weight)


_BAND_CUT = lazy_compile(r"[;,](?=[^;,]*(?:扣|" + ZEROED + r"))")


def _deduction_tiers(w: Wording, bands: list[Any]) -> list[dict[str, Any]] | None:
    """Bands of deduction from a first band up to its line, each band starting where the last ended, each
    deducting more: the tiers, the value 0 (no shortfall, no error) keeping the 分值."""
    if len(bands) < 2 or any(b is None for b in bands) or bands[0][0] != "within":
        return None
    ends = [(lo, hi) for _k, _p, lo, hi in bands]
    if any(ends[i][1] != ends[i + 1][0] for i in range(len(ends) - 1)):
        return None
    if any(b[1] <= a[1] for a, b in itertools.pairwise(bands)):
        return None
    tiers = [{"min": None, "min_inclusive": False, "max": "0", "max_inclusive": True, "score": s(w.weight)}]
    for _kind, per, lo, hi in bands:
        # a band's high end is its own (以内 includes it; the next band says 超过 or starts above it)
        tiers.append({"min": s(lo) if lo is not None else "0", "min_inclusive": False,
                      "max": s(hi) if hi is not None else None, "max_inclusive": hi is not None,
                      "score": s(max(Decimal(0), w.weight - per))})
    return tiers


def _shortfall(w: Wording) -> Proposed | None:
    segs = [x for x in re.split(r"[;,](?=[^;,]*扣)", w.text.rstrip(";")) if x]
    tiers = _deduction_tiers(w, [_shortfall_band(x, w.weight) for x in segs])
    if tiers is None:
        return None
    params = {"input": "value", "unit": "%", "value_label": "比目标低的百分比（完成或超额完成为0）", "tiers": tiers}
    return Proposed([RULE.item(w.name, w.weight, params)], f"分档计分：按比目标低的幅度 {len(tiers) - 1} 档扣分")


#: “持平不扣分,超过平均值5个点以内扣1分,5个点以外扣2分”: deductions by how far the value lies above a reference, each
#: band its deduction, the first band opened by what it exceeds (a clause keeping the 分值 at or below it first, perhaps)
_EXCESS_LEAD = lazy_compile(r"^(?:比(?P<of>[^,;高多超]{1,15}?))?(?:超过|超出|超支|高于|高出|多于?)(?P<ref>[^,;\d]{0,12}?)(?=\d)")
_EXCESS_KEPT = lazy_compile(r"^(?:持平|(?:未超过|不超过|不高于|低于|等于)[^,;\d]{0,12})(?:的|者|时)?,?(?:不扣分|得满分)$")
_EXCESS_AGAIN = lazy_compile(r"^(?:超过|超出|超支|高于|高出)(?=\d)")
#: points of a percentage in words: “5个百分点”, “5个点”
_POINTS_OF = lazy_compile(r"个(?:百分)?点")


def _excess(w: Wording) -> Proposed | None:
    segs = [x for x in _BAND_CUT.split(w.text.rstrip(";")) if x]
    if segs and _EXCESS_KEPT.match(segs[0]):
        segs = segs[1:]
    lead = _EXCESS_LEAD.match(segs[0]) if segs else None
    if not lead:
        return None
    ref = (lead.group("of") or lead.group("ref") or "").strip("的")
    in_points = _POINTS_OF.search(w.text) is not None
    # the bands after the first may say again what they exceed (“超支5%-10%扣2分”)
    rests = [_POINTS_OF.sub("%", segs[0][lead.end():])] + [_POINTS_OF.sub("%", _EXCESS_AGAIN.sub("", x)) for x in segs[1:]]
    tiers = _deduction_tiers(w, [_band_of(x, w.weight) for x in rests])
    if tiers is None or len(ref) < 2:
        return None
    unit = "个百分点" if in_points else "%"
    params = {"input": "value", "unit": unit, "value_label": f"高出{ref}的{'百分点' if in_points else '幅度（%）'}（未超过为0）",
              "tiers": tiers}
    return Proposed([RULE.item(w.name, w.weight, params)], f"分档计分：按高出{ref}的幅度 {len(tiers) - 1} 档扣分")


#: “不超过年度计划目标。(15分)超过年度计划目标10%以下。(10分)超过年度计划目标20%以下。(5分)超过年度计划目标20%以上。(0分)”:
#: the 分值 kept at or under a reference named in words, then bands of how far the value lies above it, each with its
#: points (in brackets, or 得/计 N分)
_PTS = r",?(?:\((?P<pts>\d+(?:\.\d+)?)分\)|(?:得|计)(?P<pts2>\d+(?:\.\d+)?)分|(?P<none>不得分|不计分))$"
_UNDER_REF = lazy_compile(r"^(?:不超过|未超过|不高于|未突破|不突破)(?P<ref>[^,;\d()]{2,16}?)(?:的|者)?" + _PTS)
_OVER_REF = lazy_compile(r"^(?:超过|超出|高于|突破)(?P<ref>[^,;\d()]{2,16}?)(?P<x>\d+(?:\.\d+)?)%(?P<post>以下|以内|及以上|以上)(?:的|者)?"
                       + _PTS)


def _over_reference(w: Wording) -> Proposed | None:
    """The 分值 at or under the reference (an excess of 0), then bands of the excess in % up to each figure (以下, 以内),
    the last from its figure up (以上), scores falling. Where each figure itself lies is not said (以下 and 以上 of one
    figure): read with the band above it, to check."""
    segs = [x.strip(",") for x in w.text.rstrip(";").split(";") if x.strip(",")]
    first = _UNDER_REF.match(segs[0]) if len(segs) >= 3 else None
    if not first:
        return None
    ref = first.group("ref")
    found = [_OVER_REF.match(x) for x in segs[1:]]
    if any(m is None or m.group("ref") != ref for m in found):
        return None
    bands = [m for m in found if m is not None]
    points = [d(first.group("pts") or first.group("pts2") or "0")] + [d(m.group("pts") or m.group("pts2") or "0") for m in bands]
    if points[0] != w.weight or any(a <= b for a, b in itertools.pairwise(points)):
        return None
    *below, top = bands
    if not below or top.group("post") not in ("以上", "及以上") or any(m.group("post") not in ("以下", "以内") for m in below):
        return None
    figures = [d(m.group("x")) for m in below]
    if any(a >= b for a, b in itertools.pairwise(figures)) or d(top.group("x")) != figures[-1]:
        return None
    tiers: list[dict[str, Any]] = [{"min": None, "min_inclusive": False, "max": "0", "max_inclusive": True,
                                    "score": s(points[0])}]
    lo: Decimal | None = None
    for x, pts in zip(figures, points[1:]):
        tiers.append({"min": s(lo) if lo is not None else "0", "min_inclusive": lo is not None, "max": s(x),
                      "max_inclusive": False, "score": s(pts)})
        lo = x
    tiers.append({"min": s(figures[-1]), "min_inclusive": True, "max": None, "max_inclusive": False, "score": s(points[-1])})
    label = f"超过{ref}的幅度（%）"
    params = {"input": "value", "unit": "%", "value_label": f"{label}（未超过为0）", "tiers": tiers}
    return Proposed([RULE.item(w.name or label, w.weight, params)], f"分档计分：按超过{ref}的幅度 {len(tiers)} 档",
                    (f"“{'、'.join(s(x) + '%' for x in figures)}”：恰为该数时归入哪一档未说明，按归入较低得分一档读，请核对",))


#: “根据差错数占总数的比例,5%以内扣1分,5%-10%之间扣3分,10%以上不得分”: bands of deduction on a share named first
_SHARE_INTRO = lazy_compile(r"^(?:根据|按|依据)(?P<what>[^,;\d]{2,30}?(?:比例|比率|占比|比重|百分比))[,:]")


def _share_bands(w: Wording) -> Proposed | None:
    intro = _SHARE_INTRO.match(w.text)
    if not intro:
        return None
    segs = [x for x in _BAND_CUT.split(w.text[intro.end():].rstrip(";")) if x]
    tiers = _deduction_tiers(w, [_band_of(x, w.weight) for x in segs])
    if tiers is None:
        return None
    what = intro.group("what")
    tiers[0]["min"], tiers[0]["min_inclusive"] = "0", True
    params = {"input": "value", "unit": "%", "value_label": f"{what}（%）", "tiers": tiers}
    first = segs[0]
    return Proposed([RULE.item(w.name or what, w.weight, params)], f"分档计分：按{what} {len(tiers) - 1} 档扣分",
                    (f"“{first}”：按高于 0 读，{what}为 0 得满分",))


#: “故障率3%~6%,扣0.5分;故障率6%~10%,扣1分”: bands of a rate named before them, each band its deduction, the 分值
#: kept short of the first band (below it where the bands rise, above it where they fall: “合格率90%~95%扣1分;80%~90%扣2分”)
_RATE_BAND_NAME = lazy_compile(r"^(?P<name>[\u4e00-\u9fff]{0,12}?(?:率|比例|占比|比重))?(?:在|为|达)?(?=\d|超过|高于|大于|>)")
#: the clause keeping the 分值 before the bands: “故障率3%以下不扣分”, “低于3%的得满分”
_RATE_BAND_KEPT = lazy_compile(r"^(?:低于|小于|<|不足|不超过|≤|高于|大于|>|超过|≥|不低于)?" + SNUM +
                             r"%(?:以下|以内|及以下|以上|及以上)?(?:的|者|时)?,?(?:不扣分|得满分)$")


def _rate_bands_off(w: Wording) -> Proposed | None:
    segs: list[str] = []
    for piece in re.split(r"[;,]", w.text.rstrip(";")):
        if segs and re.match(r"扣|不得分|不计分|(?:此项|本项|该项)", piece):
            segs[-1] += "," + piece  # “故障率3%~6%,扣0.5分”: the band's deduction after a comma
        elif piece:
            segs.append(piece)
    if len(segs) < 2:
        return None
    names, rests = [], []
    for seg in segs:
        m = _RATE_BAND_NAME.match(seg)
        if not m:
            return None
        names.append(m.group("name"))
        rests.append(seg[m.end():])
    if not names[0] or any(n and n != names[0] for n in names):
        return None  # the rate named first, and no other
    kept = _RATE_BAND_KEPT.match(rests[0])
    bands = [_band_of(x, w.weight) for x in rests[1 if kept else 0:]]
    if len(bands) < 2 or any(b is None for b in bands) or bands[0][0] != "span":  # type: ignore[index]
        return None
    spans = [b for b in bands if b is not None]
    if any(b[1] <= a[1] for a, b in itertools.pairwise(spans)) or spans[-1][1] > w.weight:
        return None  # each band deducts more, never past the 分值
    rising = all(a[3] is not None and a[3] == b[2] for a, b in itertools.pairwise(spans))
    falling = all(a[2] is not None and a[2] == b[3] for a, b in itertools.pairwise(spans))
    if rising == falling or any(b[0] != "span" for b in spans[1:-1]) or spans[-1][0] == ("within" if rising else "over"):
        return None
    first = spans[0]
    if kept and d(re.search(SNUM, rests[0]).group(1)) != (first[2] if rising else first[3]):  # type: ignore[union-attr]
        return None  # the kept clause ends where the first band begins
    def band(lo: Decimal | None, hi: Decimal | None, score: Decimal, last: bool) -> dict[str, Any]:
        # a band holds its low end rising, its high end falling; the band at the far end holds both its ends
        return {"min": s(lo) if lo is not None else None, "min_inclusive": lo is not None and (rising or last),
                "max": s(hi) if hi is not None else None, "max_inclusive": hi is not None and (not rising or last),
                "score": s(max(Decimal(0), score))}
    tiers = [band(None, first[2], w.weight, False) if rising else band(first[3], None, w.weight, False)]
    tiers[0]["max_inclusive" if rising else "min_inclusive"] = False
    for i, (_kind, per, lo, hi) in enumerate(spans):
        tiers.append(band(lo, hi, w.weight - per, i == len(spans) - 1))
    params = with_labels({"input": "value", "unit": "%", "tiers": tiers}, w.name or names[0], w.explanation)
    return Proposed([RULE.item(w.name or names[0], w.weight, params)], f"分档计分：按{names[0]} {len(spans)} 档扣分")


#: “1%以下,扣2分;1%-3%,扣3分;3%以上扣4分”, “损失率5‰以下扣1分;5‰-8‰扣2分;8‰以上扣3分”: bands of a rate (perhaps named
#: first) each with its deduction, the first band deducting too — no band keeps the 分值 (the rate's best is still short
#: of it); the figure ending one band and starting the next is the middle band's, both its ends held
_OFF_BAND_CUT = lazy_compile(r"[;,](?=[^;,]*\d[%‰])")


def _bands_all_off(w: Wording) -> Proposed | None:
    t = ORDINAL_AT.sub("", w.text.rstrip(";"))
    permille = "‰" in t
    if permille and "%" in t:
        return None
    t = t.replace("‰", "%")
    segs = [x.strip(",") for x in _OFF_BAND_CUT.split(t) if x.strip(",")]
    if not 3 <= len(segs) <= 6:
        return None
    m = _RATE_BAND_NAME.match(segs[0])
    name = m.group("name") if m else None
    bands = [_band_of(x[m.end():] if k == 0 and m else x, w.weight) for k, x in enumerate(segs)]
    if any(b is None for b in bands):
        return None
    first, *middle, last = [b for b in bands if b is not None]
    if first[0] != "within" or last[0] != "over" or any(b[0] != "span" for b in middle) or first[1] <= 0:
        return None
    ends = [first[3]] + [x for b in middle for x in (b[2], b[3])] + [last[2]]
    cuts = [a for a, b in zip(ends[::2], ends[1::2]) if a is not None and a == b]  # (each band starts where one ends)
    if len(cuts) != len(middle) + 1 or any(a >= b for a, b in itertools.pairwise(cuts)):
        return None
    offs = [b[1] for b in (first, *middle, last)]
    if any(b <= a for a, b in itertools.pairwise(offs)) or offs[-1] > w.weight:
        return None
    tiers = [{"min": None, "min_inclusive": False, "max": s(cuts[0]), "max_inclusive": False, "score": s(w.weight - offs[0])}]
    tiers += [{"min": s(lo), "min_inclusive": True, "max": s(hi), "max_inclusive": True, "score": s(w.weight - off)}
              for lo, hi, off in zip(cuts, cuts[1:], offs[1:-1])]
    tiers.append({"min": s(cuts[-1]), "min_inclusive": False, "max": None, "max_inclusive": False,
                  "score": s(w.weight - offs[-1])})
    unit = "‰" if permille else "%"
    what = name or w.name or "比率"
    params = {"input": "value", "unit": unit, "value_label": f"{what}（{unit}）", "tiers": tiers}
    figures = "、".join(s(x) + unit for x in cuts)
    return Proposed([RULE.item(w.name or what, w.weight, params)], f"分档计分：按{what} {len(tiers)} 档扣分",
                    (f"“{figures}”：恰为该数时按中间一档（含两端）读，请核对",
                     f"最低一档也扣 {s(first[1])} 分：无一档得满分，请核对"))


#: a band of days early or late against a contracted date: “提前交图3天以上”, “按合同工期±5天(含5天)”, “延期5至10天(含10天)”,
#: “延期10天以上”, “拖延3天以内”; the days said in 天/日/工作日
_DAYS = r"(?:个工作日|工作日|天|日)"
_EARLY_OR_LATE = lazy_compile(
    r"^(?:\d+[、.])?(?:(?P<side>提前|延期|延误|推迟|拖延|逾期|滞后|拖期)[\u4e00-\u9fff]{0,6}?|[\u4e00-\u9fff]{0,12}?(?P<pm>±))"
    r"(?P<a>\d+(?:\.\d+)?)(?:" + _DAYS + r")?(?:(?P<to>至|-|~|到)(?P<b>\d+(?:\.\d+)?))?" + _DAYS
    + r"(?P<post>及以上|以上|以内|之内)?(?:\((?P<inc>含|包括|包含)(?P<incx>\d+(?:\.\d+)?)?" + _DAYS + r"?\))?"
    r"(?:完成|竣工|交付|交图|提交|报送|到位)?(?:的|者|时)?,?$")


def _early_or_late(w: Wording) -> Proposed | None:
    """“提前交图3天以上给5分。按合同交图期±3天(含3天)给4分。延期3至5天(含5天)给3分。延期5天以上给0分。”: bands of the days
    early or late against the contracted date, each segment a band then its points; read on one axis, the days late
    (early days negative). Needs a band early and one late; an end a neighbouring band holds by its mark (含) is that
    band's. Always to check: the input (days late, early negative) is the reading's."""
    segs = [x for x in w.text.rstrip(";").split(";") if x]
    if len(segs) < 3:
        return None
    tiers: list[dict[str, Any]] = []
    sides = set()
    for seg in segs:
        pts = re.search(r"(?:(?:得|计|记)" + NUM + r"分|(?P<none>" + ZEROED + r"))$", seg)
        m = _EARLY_OR_LATE.match(seg[:pts.start()]) if pts else None
        if m is None or pts is None:
            return None
        a, b, post, marked = d(m.group("a")), m.group("b"), m.group("post"), m.group("inc") is not None
        if m.group("incx") and d(m.group("incx")) != (d(b) if b else a):
            return None  # a mark naming a figure that is not the band's outer end
        if m.group("pm"):  # “±3天(含3天)”: both sides, holding both ends (said or not: to check)
            if b or post:
                return None
            tr: dict[str, Any] = {"min": s(-a), "min_inclusive": True, "max": s(a), "max_inclusive": True, "held": marked}
            sides.add("on")
        else:
            early = m.group("side") == "提前"
            sides.add("early" if early else "late")
            if b:  # “延期3至5天(含5天)”: past the first figure, up to the second
                lo, hi = sorted((a, d(b)))
                lo_, hi_ = (-hi, -lo) if early else (lo, hi)
                tr = {"min": s(lo_), "min_inclusive": early and marked, "max": s(hi_), "max_inclusive": not early and marked,
                      "held": marked}
            elif post in ("以上", "及以上"):
                tr = ({"min": None, "min_inclusive": False, "max": s(-a), "max_inclusive": True} if early else
                      {"min": s(a), "min_inclusive": True, "max": None, "max_inclusive": False})
            elif post in ("以内", "之内"):
                tr = ({"min": s(-a), "min_inclusive": True, "max": "0", "max_inclusive": False} if early else
                      {"min": "0", "min_inclusive": True, "max": s(a), "max_inclusive": True})
            else:
                return None
        tiers.append({**tr, "score": s(Decimal(0) if pts.group("none") else d(pts.group(1)))})
    if not {"early", "late"} <= sides or max(d(tr["score"]) for tr in tiers) != w.weight:
        return None
    # an end two bands share is the band's that marks it as its own (含), and else the one nearer the date
    for tr in tiers:
        for end, inc in (("min", "min_inclusive"), ("max", "max_inclusive")):
            if tr[end] is None or not tr[inc]:
                continue
            other_end, other_inc = ("max", "max_inclusive") if end == "min" else ("min", "min_inclusive")
            for o in tiers:
                if o is not tr and o[other_end] is not None and d(o[other_end]) == d(tr[end]) and o[other_inc]:
                    if o.get("held") and not tr.get("held"):
                        tr[inc] = False
                    else:
                        o[other_inc] = False
    for tr in tiers:
        tr.pop("held", None)
    if _overlapping(tiers):
        return None
    label = f"{w.name or '完成'}较合同（约定）日期延后的天数（提前为负）"
    params = {"input": "value", "unit": "天", "value_label": label, "tiers": tiers}
    return Proposed([RULE.item(w.name or "完成时间", w.weight, params)], f"分档计分：按提前、延后天数 {len(tiers)} 档",
                    ("按较合同（约定）日期延后的天数录入，提前的天数为负数；相邻两档共有的天数归入写明含本数的一档，请核对",))


#: “征收率达到90%以上得1分,否则得0分”, “建设率达到100%;5分;否则,不计分”: a line on a percentage, the 分值 at or
#: above it and nothing below: two bands; “…的数量达到上述单位总数20%得2分,否则不得分”: the line a share of a total named;
#: “覆盖率25%(含25%)以上的得满分,未达到的不得分”: no comparison word, the side said by 以上 after the figure
def _line_or_nothing_pattern(cmp: str) -> re.Pattern[str]:
    return lazy_compile("^" + ORDINAL + r"?[^;,\d%]{0,60}?" + cmp +
                      r"(?:[^;,\d%]{1,16}?(?:的|总数|之和|总量))?(?P<x>-?\d+(?:\.\d+)?)%(?P<own>\(含(?:(?P=x)%)?\))?"
                      r"(?P<post>及以上|以上|(?P<within>以内|及以下))?(?:的|者|时)?[;,]?"
                      r"\(?(?:得|计|记)?(?:(?P<pts>\d+(?:\.\d+)?)分|(?<=[得计记])满分)\)?[;,]?(?:否则|(?:未达到|达不到)(?:的|者|时)?)"
                      r"[;,]?\(?(?:" + ZEROED + r"|0分)\)?[;,]?$")


_LINE_OR_NOTHING = _line_or_nothing_pattern(r"(?P<cmp>达到|≥|不低于|不少于|(?<!不)(?:高于|大于|超过)|>|"
                                            r"(?P<most>≤|<|不高于|不超过|不大于|低于|小于))")
#: the same with no comparison word: a figure followed by 以上 (“…25%以上的”), nothing before it that says a side
_LINE_SAID_AFTER = _line_or_nothing_pattern(r"(?P<cmp>(?!))?(?P<most>(?!))?")
#: a word before a line's figure that says on which side of it the value must lie, or what it is set against
_SIDE_SAID = lazy_compile(r"达|低|高|超|少|多|小于|大于|不足|以下|以内|未|比|增|降|减|≥|≤|<|>")


def _line_or_nothing(w: Wording) -> Proposed | None:
    """“征收率达到90%以上得1分,否则得0分”: the 分值 at or above a line on a percentage; “差错率不超过2%的得2分,否则不得分”:
    at or below it. Nothing on the other side (or on either side of a band, ``_band_or_nothing``)."""
    m = _LINE_OR_NOTHING.match(w.text) or _LINE_SAID_AFTER.match(w.text)
    if not m:
        return _band_or_nothing(w)
    if m.group("pts") and d(m.group("pts")) != w.weight:
        return None
    if (m.group("most") and m.group("post") and not m.group("within")) or (m.group("within") and not m.group("most")):
        return None  # “不超过5%以上”, “达到5%以内”: at most and at least in one line
    if not m.group("cmp") and (m.group("post") not in ("以上", "及以上") or _SIDE_SAID.search(w.text, 0, m.start("x"))):
        return None  # “覆盖率25%得2分”: a figure with no side said is no line; “低于上年…25%以上”: the side said apart
    line = s(d(m.group("x")))
    if m.group("most"):
        inclusive = m.group("most") in _AT_MOST_WORDS or bool(m.group("within"))
        tiers = _line_tiers(line, not inclusive, Decimal(0), w.weight)
    else:
        inclusive = m.group("cmp") in _AT_LEAST_WORDS or bool(m.group("post") or m.group("own"))
        tiers = _line_tiers(line, inclusive, w.weight, Decimal(0))
    ratio = is_ratio(w.name)
    params = with_labels({"input": "ratio" if ratio else "value", "unit": "%", "tiers": tiers}, w.name, w.explanation)
    summary = f"分档计分：{'≤' if inclusive else '<'}{line}% 得满分，否则不得分" if m.group("most") else "分档计分：达到线得满分，否则不得分"
    return Proposed([RULE.item(rate_label(w.name, w.explanation) if ratio else w.name, w.weight, params)], summary)


#: the units a band between two figures may be counted in (a percentage, a count, a length of text or of time; never
#: 分, the row's own points)
_BAND_UNITS = r"(?:%|字|人次|人|次|个|家|户|篇|条|份|个工作日|工作日|天|日|小时|分钟|岁|周|个月|月|年|页|万元|元|公斤|千克|吨|亩)"
#: a value outside the band on either side, said in words: “超出或不足”, “高于或低于”, “不在此范围”
_OFF_BAND_SIDES = (r"(?:超出|超过|高于|多于|大于)或(?:不足|低于|少于|小于)|(?:不足|低于|少于|小于)或(?:超出|超过|高于|多于|大于)|"
                   r"超出(?:此|该|上述)?范围|不在(?:此|该|上述)?范围(?:内|之内)?")
#: “比率在10-30%之间得3分,否则得0分”: the 分值 within a band between two figures, nothing on either side of it; “字数在
#: 180-220字之间,超出或不足扣1分”: the band's points said as what is taken off outside it (its full marks perhaps said)
_BAND_OR_NOTHING = lazy_compile("^" + ORDINAL + r"?(?P<what>[^;,\d%]{0,40}?)(?:在|介于|处于|控制在|保持在)?(?P<lo>\d+(?:\.\d+)?)"
                              r"(?P<lu>" + _BAND_UNITS + r")?(?P<lo_own>\(含\))?[-~至到](?P<hi>\d+(?:\.\d+)?)(?P<u>" + _BAND_UNITS
                              + r")(?P<hi_own>\(含\))?(?:之间|范围内|区间内)?(?:的|者|时)?,?"
                              r"(?:(?:得|计|记)?(?P<pts>\d+(?:\.\d+)?)分[;,]?(?:否则|其他|其余|其他情况)[;,]?(?:" + ZEROED + r"|0分)|"
                              r"(?:(?:得|计|记)(?:满分|(?P<full>\d+(?:\.\d+)?)分)[;,])?(?:" + _OFF_BAND_SIDES + r"|否则)(?:的|者|时)?,?"
                              r"(?:扣(?:除|减)?(?P<amt>\d+(?:\.\d+)?)分|(?:此项|本项|该项)?(?:" + ZEROED + r"|0分)))[;,.]?$")


def _band_or_nothing(w: Wording) -> Proposed | None:
    """“比率在10-30%之间得3分,否则得0分”: the 分值 within a band, nothing below it nor above it; “字数在180-220字之间,超出
    或不足扣1分”: outside it the 分值 less what is taken off. Whether the band holds its two ends is unsaid unless a (含)
    says so: both are read in, to check."""
    m = _BAND_OR_NOTHING.match(w.text)
    if not m or d(m.group("lo")) >= d(m.group("hi")) or (m.group("lu") and m.group("lu") != m.group("u")):
        return None
    if any(m.group(k) and d(m.group(k)) != w.weight for k in ("pts", "full")):
        return None
    outside = w.weight - d(m.group("amt")) if m.group("amt") else Decimal(0)
    if not 0 <= outside < w.weight:
        return None
    lo, hi, u = s(d(m.group("lo"))), s(d(m.group("hi"))), m.group("u")
    tiers = [{"min": lo, "min_inclusive": True, "max": hi, "max_inclusive": True, "score": s(w.weight)},
             {"min": None, "min_inclusive": False, "max": lo, "max_inclusive": False, "score": s(outside)},
             {"min": hi, "min_inclusive": False, "max": None, "max_inclusive": False, "score": s(outside)}]
    what = m.group("what").strip() or w.name
    params = with_labels({"input": "value", "unit": u, "tiers": tiers}, what, w.explanation)
    unsettled = [f"{x}{u}" for x, own in ((lo, m.group("lo_own")), (hi, m.group("hi_own"))) if not own]
    doubts = (f"“{lo}-{hi}{u}”：{'、'.join(unsettled)}是否在本档内未说明，按含读入",) if unsettled else None
    off = "不得分" if outside == 0 else f"得 {s(outside)} 分"
    return Proposed([RULE.item(w.name or what, w.weight, params)], f"分档计分：{lo}{u}～{hi}{u} 得满分，否则{off}", doubts)


#: a line on a figure counted in a unit (not a percentage: _line_or_nothing reads those)
_COUNTED = LINE_UNITS.replace("%|个百分点|", "")
#: “各村工作经费2000元以上得分,否则不得分”, “看档案,防疫队伍3人以上得2分”, “考核数量达20家得1分”: the 分值 at or above a line on a
#: counted figure, nothing below it
_FIGURE_LINE = lazy_compile(r"^(?:(?P<lead>[^;,\d]{2,12}),)?(?P<what>[^;,\d]{2,30}?)"
                          r"(?P<cmp>达到|达|≥|不低于|不少于|(?<!不)(?:高于|大于|超过)|>|(?P<most>≤|<|不超过|不高于|不多于|不大于|少于|低于|在))?"
                          r"(?P<x>\d+(?:\.\d+)?)(?P<u>" + _COUNTED + r")(?P<post>\(含\)以上|及以上|以上|(?P<within>以内|之内|及以下|以下))?"
                          r"(?:的|者|时)?,?(?:(?:得|计|记)(?:分|满分)|" + POINTS_LEAD + r"(?P<pts>\d+(?:\.\d+)?)分\)?)"
                          r"(?P<otherwise>[;,]?否则[;,]?(?:" + ZEROED + r"|0分))?[;,]?$")
#: a measure an inspection reads off a gauge or a rule (“压力<25MPa”, “宽度小于1.2m”, “温度低于18℃”)
_MEASURE_UNITS = r"MPa|Mpa|mm|cm|m(?![a-zA-Z])|℃"
_GAUGED = lazy_compile(_MEASURE_UNITS)
#: “全年少于2次的,扣3分”: one deduction below a line on a counted figure (not a deduction per case); “合格率低于90%的,
#: 不得分”, “新增项目少于5个本项不计分”, “压力<25%扣除3分”: the whole 分值 lost below the line; the full marks may be said
#: first for the requirements met (“达到上述要求的计10分,签订率未达到100%的计0分”), after the evidence they rest on;
#: the figure may go unnamed (“低于90%的,该项不得分”: the indicator's, named in another cell) only when the line zeroes the row
_BELOW_LINE = lazy_compile(r"^(?:(?:评分标准:)?(?:以[^;,\d]{2,20}为(?:依据|准),)?(?P<req>(?:达到|符合|满足)(?:上述|以上|相关)?(?:要求|标准))(?:的|者)?,?"
                         r"(?:得|计|记)(?:满分|(?P<met>\d+(?:\.\d+)?)分)[;,])?(?P<what>(?:(?:(?!少于|低于|不足|不到|未达到|小于)[^;,\d每<]){2,60}?)?)(?P<cmp>少于|低于|不足|不到|未达到|小于|<)?(?P<x>\d+(?:\.\d+)?)(?P<u>%|" + _COUNTED + "|" + _MEASURE_UNITS + r"|分)"
                         r"(?P<post>以下)?(?P<thing>(?<=[个项次件家名户人所条篇])(?!百分点)[\u4e00-\u9fff]{1,4}?)?(?:的|者|时)?,?(?:扣(?P<taken>除|减)?(?P<amt>\d+(?:\.\d+)?)分|(?:此项|本项|该项)?(?P<none>" + ZEROED + r"));?$")
#: “年度信息总量,总量200条得8分,未完成扣2分”: a target with its points, and one deduction when it is not reached
_TARGET_OR_LESS = lazy_compile(r"^(?:\(\d{1,2}\)|\d{1,2}[.、])?(?:(?P<lead>[^;,\d]{2,16}),)?(?P<what>[^;,\d每]{2,16}?)(?P<x>\d+(?:\.\d+)?)"
                             r"(?P<u>" + _COUNTED + r")(?P<post>及以上|以上)?(?:的)?,?" + POINTS_LEAD + r"(?P<pts>\d+(?:\.\d+)?)分\)?[;,]"
                             r"未(?:完成|达到|达标)(?:的)?,?扣(?P<amt>\d+(?:\.\d+)?)分;?$")
_NOT_A_LINE = lazy_compile(r"每|扣|以上|以下|以内|不足|少于|低于|超过|高于")


#: what names a score the row weighs (“评教得分”, “学生测评人均分”, “考试成绩”)
_SCORE_NAMED = lazy_compile(r"(?:得分|评分|均分|分数|成绩)$")


def _score_weighed(what: str, x: str, w: Wording) -> bool:
    """“评教得分60分以下”, “学生测评人均分达80分”: points as a line's measure are a score the row weighs (its name says
    so, and the line is past the 分值), never the row's own points."""
    return bool(_SCORE_NAMED.search(what)) and d(x) > w.weight


def _line_tiers(line: str, inclusive: bool, above: Decimal, below: Decimal) -> list[dict[str, Any]]:
    return [{"min": line, "min_inclusive": inclusive, "max": None, "max_inclusive": False, "score": s(above)},
            {"min": None, "min_inclusive": False, "max": line, "max_inclusive": not inclusive, "score": s(below)}]


def _figure_item(w: Wording, what: str, unit: str, tiers: list[dict[str, Any]], summary: str,
                 doubts: tuple[str, ...] | None) -> Proposed:
    params = {"input": "value", "unit": unit, "value_label": what, "tiers": tiers}
    return Proposed([RULE.item(w.name or what, w.weight, params)], summary, doubts)


def _figure_line(w: Wording) -> Proposed | None:
    """“防疫队伍3人以上得2分”: the 分值 at or above a line on a counted figure, nothing below it; “全年投诉不超过3次的,
    得2分;否则不得分”, “差错在3条以内的得2分”: the 分值 at or below it, nothing above."""
    m = _FIGURE_LINE.match(w.text)
    if not m or not (m.group("cmp") or m.group("post")) or _NOT_A_LINE.search(m.group("what")):
        return None
    if m.group("pts") and d(m.group("pts")) != w.weight:
        return None
    line, unit, what = s(d(m.group("x"))), m.group("u"), m.group("what")
    most, within = m.group("most"), m.group("within")
    at_least_cmp = m.group("cmp") is not None and most is None
    at_least_post = m.group("post") is not None and within is None
    if (at_least_cmp and within) or (most and at_least_post) or (m.group("cmp") == "在" and not within) or \
            (within and what.endswith(("达到", "达", "不低于", "不少于"))):
        return None  # a line at most and words at least, or “在…” with no side: not one line
    if most or within:
        inclusive = most not in ("<", "少于", "低于")
        doubts = [] if m.group("otherwise") else [f"“{m.group(0).strip(';,')}”：未写明超过时的得分，按不得分读"]
        if within == "以下" and inclusive:
            doubts.append(f"“{line}{unit}以下”：按含{line}{unit}读")
        tiers = _line_tiers(line, not inclusive, Decimal(0), w.weight)
        return _figure_item(w, what, unit, tiers, f"分档计分：{what}{'≤' if inclusive else '<'}{line}{unit} 得满分，否则不得分",
                            tuple(doubts) or None)
    inclusive = m.group("cmp") in (None, *_AT_LEAST_WORDS) or bool(m.group("post"))
    if inclusive and line == "1" and unit != "%":
        return None  # “召开会议不少于1次(1分)”: at least once is done or not, a 全有或全无 (all_or_nothing reads it)
    doubts_at_least = None if m.group("otherwise") else (f"“{m.group(0).strip(';,')}”：未写明未达到时的得分，按不得分读",)
    return _figure_item(w, what, unit, _line_tiers(line, inclusive, w.weight, Decimal(0)),
                        f"分档计分：{what}{'≥' if inclusive else '>'}{line}{unit} 得满分，否则不得分", doubts_at_least)


#: “安排工作经费10万元以上”, “培训成员不少于20%”, “3年内受处罚在2次(含)以下(分值1分)”: a requirement that is a line on
#: a figure, with no score said (the points stand in another cell): the 分值 on the line's side, nothing on the other
#: (perhaps after how it is done, “以申报单位为主体,…到100人次以上”: never another requirement before it)
_BARE_LINE = lazy_compile(r"^" + ORDINAL + r"?(?:(?P<lead>以[^;,%\d]{1,10}为[^;,%\d]{0,4}),)?(?P<what>[^;,%]{2,30}?)"
                        r"(?P<cmp>不少于|不低于|达到|达|≥|>|超过|高于|(?P<most>不超过|不高于|不多于|≤|<)|在)?"
                        r"(?P<x>\d+(?:\.\d+)?)(?P<u>%|" + _COUNTED + r"|分)"
                        r"(?P<post>\(含\)以上|及以上|以上|(?P<within>\(含\)以下|及以下|以下|以内))?"
                        r"(?:\(分值(?P<pts>\d+(?:\.\d+)?)分\))?[;.]?$")
_BARE_EXCLUSIVE = (">", "超过", "高于", "<")
#: a level the value is above by the line's figure, closing what is measured (“高于当地同方式同品种的养殖水平”,
#: “高于全省平均水平”, “超过上年同期”)
_ABOVE_A_LEVEL = lazy_compile(r"(?:高于|超过|超出)(?P<level>[^,;\d]{0,20}?(?:水平|平均值|均值|平均数|同期|上年))$")


def _bare_line(w: Wording) -> Proposed | None:
    """A requirement that is a line on a figure, no score said: met scores the 分值, not met nothing (always to check:
    the text does not say so)."""
    m = _BARE_LINE.match(w.text)
    if not m or (m.group("pts") and d(m.group("pts")) != w.weight):
        return None
    if m.group("u") == "分" and not _score_weighed(m.group("what").removesuffix("达").removesuffix("达到"), m.group("x"), w):
        return None
    # “…生产效率高于当地同方式同品种的养殖水平20%以上”: the line is on how far the value is above a level named before the
    # figure (a margin, not the rate itself)
    margin = _ABOVE_A_LEVEL.search(m.group("what")) if m.group("u") == "%" and not m.group("cmp") else None
    what = m.group("what")[:margin.start()] if margin else m.group("what")
    if _NOT_A_LINE.search(what) or "是否" in what or ("率" in what and not margin):
        # a question (“…是否达到1000亩以上”): answered yes or no (all_or_nothing); a rate and its line (“项目完成率达到
        # 95%”): a target value, how it scores not said (judgement)
        return None
    cmp, post = m.group("cmp"), m.group("post")
    at_most = bool(m.group("most") or m.group("within"))
    at_least = bool((cmp and not m.group("most") and cmp != "在") or (post and not m.group("within")))
    if at_most == at_least or (cmp == "在" and not post) or (margin and at_most):
        return None  # no side, or both: not one line (a margin at most above a level leaves the values below it unsaid)
    line, unit = s(d(m.group("x"))), m.group("u")
    what = m.group("what").removesuffix("在").removesuffix("到")
    inclusive = cmp not in _BARE_EXCLUSIVE
    tiers = _line_tiers(line, not inclusive, Decimal(0), w.weight) if at_most else _line_tiers(line, inclusive, w.weight, Decimal(0))
    sign = ("≤" if inclusive else "<") if at_most else ("≥" if inclusive else ">")
    return _figure_item(w, what, unit, tiers, f"分档计分：{what}{sign}{line}{unit} 得满分，否则不得分",
                        (f"“{m.group(0).rstrip(';.')}”：评分标准只写了要求、未说明计分：达到得满分、否则不得分为推定",))


def _below_line(w: Wording) -> Proposed | None:
    m = _BELOW_LINE.match(w.text)
    if not m or _NOT_A_LINE.search(m.group("what")) or (m.group("met") and d(m.group("met")) != w.weight):
        return None
    if (m.group("cmp") is None) == (m.group("post") is None):
        return None  # a line below which the fault lies: said before the figure (低于60%) or after it (60%以下), once
    if m.group("u") == "分" and not _score_weighed(m.group("what"), m.group("x"), w):
        return None
    if not m.group("what") and (not m.group("none") or m.group("req")):
        return None  # an unnamed line that only takes points off (“低于3次扣1分”) may be a deduction per time short
    amt = w.weight if m.group("none") else d(m.group("amt"))
    if amt > w.weight:
        return None
    line, unit = s(d(m.group("x"))), m.group("u")
    # the forms read besides “少于2次的,扣3分”: the score at the line and above is not said (read as the 分值)
    unsaid = m.group("none") or m.group("taken") or unit == "%" or m.group("cmp") in ("小于", "<")
    doubts = (f"“{m.group(0).rstrip(';')}”：未写明达到{line}{unit}时的得分，按满分读",) if unsaid else None
    if m.group("req"):  # the full marks said for the requirements: read as the line reached
        doubts = (f"“{m.group('req')}”：按{m.group('what')}达到{line}{unit}读",)
    if m.group("post"):  # “60%以下”: whether the line itself is below it is not said (read as not, like 低于)
        doubts = (*(doubts or ()), f"“{line}{unit}以下”：按不含{line}{unit}读（即低于{line}{unit}）")
    if _GAUGED.fullmatch(unit) and amt < w.weight:  # “温度低于18℃扣2分”: a gauge read at each inspection may fall short again
        doubts = (*(doubts or ()), f"“{m.group(0).rstrip(';')}”：每次检查测得低于{line}{unit}是否各扣一次未说明，按只扣一次读")
    # (“新增低于5个项目本项不计分”: the thing counted after its measure word, what the figure counts)
    what = (m.group("what") or w.name or "值") + (m.group("thing") or "")
    return _figure_item(w, what, unit, _line_tiers(line, True, w.weight, w.weight - amt),
                        f"分档计分：{what}≥{line}{unit} 得满分，少于 {line}{unit} "
                        + ("不得分" if amt == w.weight else f"扣 {s(amt)} 分（只扣一次）"), doubts)


#: “新发病例年均增长率未控制在5%以内的,不得分”, “超支率超过5%的,本项不得分”: a rate past a line it must stay within, the
#: whole 分值 lost above it (the mirror of ``_BELOW_LINE``'s zero; the rate named, never a count that may be per case)
_ABOVE_LINE = lazy_compile(r"^(?P<what>(?:[^;,\d每]{2,40}?)?)(?:(?P<cmp>超过|高于|大于|>)|未控制在)(?P<x>\d+(?:\.\d+)?)%"
                         r"(?P<within>\(含\)以内|以内|\(含\)以下|以下)?(?:的|者|时)?,?(?:此项|本项|该项)?" + ZEROED + r"[;.]?$")


def _above_line(w: Wording) -> Proposed | None:
    """A rate past the line it must stay within loses the 分值; at or within the line it scores the 分值, which the text
    does not say (to check)."""
    m = _ABOVE_LINE.match(w.text)
    if not m or _NOT_A_LINE.search(m.group("what")) or (m.group("cmp") is None) == (m.group("within") is None):
        return None  # “未控制在5%”: within which side? “超过5%以内”: no line
    line, what = s(d(m.group("x"))), m.group("what")
    doubts: tuple[str, ...] = (f"“{m.group(0).rstrip(';.')}”：未写明不超过{line}%时的得分，按满分读",)
    if not what:  # “超过1%不得分” (after how the row is checked): the rate the row is named for, to check
        if not w.name or not m.group("cmp"):
            return None
        what = f"{w.name}（%）"
        doubts += (f"“{m.group(0).rstrip(';.')}”：未写明是何比率，按该项指标的比率读",)
    return _figure_item(w, what, "%", _line_tiers(line, False, Decimal(0), w.weight),
                        f"分档计分：{what}≤{line}% 得满分，超过 {line}% 不得分", doubts)


#: “实际支出率≠100%则不得分”, “到位资金/预算资金*100%不等于100%的,不得分”: a rate that must be exactly its figure, the
#: whole 分值 lost otherwise
_NOT_EXACTLY = lazy_compile(r"^(?P<what>[^;,\d%]{2,40}?)(?:\*100%)?(?:≠|不等于)(?P<x>\d+(?:\.\d+)?)%(?:的|者|时)?,?则?"
                          r"(?:此项|本项|该项)?" + ZEROED + r"[;.]?$")


def _not_exactly(w: Wording) -> Proposed | None:
    """A rate off its figure either way loses the 分值: three bands, the figure itself scoring the 分值 (to check: the
    score at the figure is not said)."""
    m = _NOT_EXACTLY.match(w.text)
    if not m or _NOT_A_LINE.search(m.group("what")):
        return None
    line, what = s(d(m.group("x"))), m.group("what")
    tiers: list[dict[str, Any]] = [
        {"min": line, "min_inclusive": True, "max": line, "max_inclusive": True, "score": s(w.weight)},
        {"min": None, "min_inclusive": False, "max": line, "max_inclusive": False, "score": "0"},
        {"min": line, "min_inclusive": False, "max": None, "max_inclusive": False, "score": "0"}]
    return _figure_item(w, what, "%", tiers, f"分档计分：{what}={line}% 得满分，否则不得分",
                        (f"“{m.group(0).rstrip(';.')}”：未写明等于{line}%时的得分，按满分读",))


#: a value off by more than a figure either way losing the 分值, perhaps within it scoring the 分值: “预算完成率超出正负10%
#: 不得分”, “偏差率在±5%以内得满分,超出不得分”, “偏差率在±10%以内得1分,超过±10%不得分”
_EITHER_WAY = r"(?:±|正负|上下)(?P<{}>\d+(?:\.\d+)?)%"
_OFF_EITHER_WAY = lazy_compile(r"^(?P<what>[^;,\d%±]{2,30}?)(?:(?:在|控制在)" + _EITHER_WAY.format("within") + r"(?:以内|之内|范围内)(?:的)?,?"
                             r"(?:得满分|得(?P<pts>\d+(?:\.\d+)?)分)[,;])?(?:超出|超过|偏离|偏差超过|偏差超出)(?:" + _EITHER_WAY.format("x")
                             + r"(?:以上)?)?(?:的|者|时)?,?(?:此项|本项|该项)?" + ZEROED + r"[;.]?$")
#: what is off either way is a deviation itself (its size is entered, 0 on the mark), not a rate around 100%
_A_DEVIATION = lazy_compile(r"(?:偏差|偏离|误差|差异|变动)(?:率|度|幅度)?$")


def _off_either_way(w: Wording) -> Proposed | None:
    """The 分值 within a figure either way, nothing past it: on a deviation (“偏差率在±5%以内…”) the value is the deviation,
    on a rate (“预算完成率超出正负10%不得分”) the rate around 100%. Where within it scores is unsaid, to check."""
    m = _OFF_EITHER_WAY.match(w.text)
    if not m or not (m.group("x") or m.group("within")) or _NOT_A_LINE.search(m.group("what")):
        return None
    if m.group("x") and m.group("within") and d(m.group("x")) != d(m.group("within")):
        return None
    if m.group("pts") and d(m.group("pts")) != w.weight:
        return None
    x = d(m.group("x") or m.group("within"))
    what = m.group("what")
    deviation = _A_DEVIATION.search(what) is not None
    if not deviation and not what.endswith("率"):
        return None
    mid = Decimal(0) if deviation else Decimal(100)
    lo, hi = s(mid - x), s(mid + x)
    tiers: list[dict[str, Any]] = [
        {"min": lo, "min_inclusive": True, "max": hi, "max_inclusive": True, "score": s(w.weight)},
        {"min": None, "min_inclusive": False, "max": lo, "max_inclusive": False, "score": "0"},
        {"min": hi, "min_inclusive": False, "max": None, "max_inclusive": False, "score": "0"}]
    doubts: tuple[str, ...] = () if m.group("within") else (f"“{what}”：未写明±{s(x)}%以内的得分，按满分读",)
    doubts += () if deviation else (f"“±{s(x)}%”：按{what}在{lo}%至{hi}%之间读",)
    return _figure_item(w, what, "%", tiers, f"分档计分：{what}在{lo}%至{hi}%之间得满分，否则不得分", doubts or None)


#: one line of a ladder of deductions: “严重报告比例低于4%扣1分”, “超过2次的扣1分”, “不足50%不得分”, and a later line
#: naming its figure or not, “低于3%扣2分” (one opening with a lone character, “再低于3%”, is none)
_LADDER_LINE = lazy_compile(r"^(?P<what>[^;,\d每扣]{2,40}?)?(?P<cmp>(?P<below>少于|小于|低于|不足|不到|未达到|达不到)|超过|高于|大于|多于)"
                          r"(?P<of>[^;,\d每扣]{1,12}?的|人均)?(?P<x>\d+(?:\.\d+)?)(?P<u>%|平方米|" + _COUNTED + r")"
                          r"(?:的|者|时)?,?(?:扣(?:除|减)?(?P<amt>\d+(?:\.\d+)?)分|(?:此项|本项|该项)?(?P<none>" + ZEROED + r"))$")


#: none at all of the figure the lines are on, after them or before: “…低于人均0.05元扣0.05分;无专项经费不得分”,
#: “无户外活动场地的不得分;活动场地小于100平方米扣1分,…”
_NONE_AT_ALL = lazy_compile(r"^(?:无|没有)(?P<what>[^;,\d每扣]{2,16}?)(?:的|者)?,?(?:此项|本项|该项)?"
                          r"(?:(?P<zero>" + ZEROED + r")|扣(?:除|减)?(?P<amt>\d+(?:\.\d+)?)分)$")


#: the lines listed, then their deductions in turn: “执行率低于80%、70%、60%的,分别扣1分、2分、3分”
_LINES_RESPECTIVELY = lazy_compile(r"^(?P<what>[^;,\d每扣]{2,40}?)(?P<cmp>少于|低于|不足|不到|未达到|达不到|超过|高于|大于|多于)"
                                 r"(?P<xs>\d+(?:\.\d+)?(?P<u>%|" + _COUNTED + r")(?:、\d+(?:\.\d+)?(?P=u))+)(?:的|者|时)?,?"
                                 r"分别扣(?:除|减)?(?P<amts>\d+(?:\.\d+)?分?(?:、\d+(?:\.\d+)?分?)+)$")


#: money had at all: what a line on an amount unnamed (“低于人均0.05元”) is the line of
_MONEY_HAD = lazy_compile(r"经费|资金|投入|费用")


def _same_thing(figure: str, none: str, unit: str) -> bool:
    """Whether “无…” names the thing the lines are on: the figure's name within it or it within the figure's (“活动场地” /
    “户外活动场地”), or, the figure unnamed, an amount of money and money (“低于人均0.05元…;无专项经费…”); never another thing
    sharing a word (“培训率” / “培训计划”)."""
    if figure:
        return figure in none or none in figure
    return unit in ("元", "万元") and _MONEY_HAD.search(none) is not None


def _lines_below(w: Wording) -> Proposed | None:
    """“严重报告比例低于4%扣1分,低于3%扣2分”, “超过2次扣1分,超过4次扣3分”: lines one past another on one figure, each
    deducting more than the last, a value past a line losing that line's deduction only: bands (the 分值 before the
    first line). Where adding the deductions of the lines passed would score otherwise (“低于4%扣1分,低于3%扣2分,低于2%
    扣3分” on 5 points), which is meant is to check. The lines may be listed and their deductions follow in turn
    (“低于80%、70%、60%的,分别扣1分、2分、3分”): read as the lines one by one. None at all of the figure said beside
    them (“活动场地小于100平方米扣1分,小于50平方米的扣2分;无活动场地的不得分”, “低于人均0.05元扣0.05分;无专项经费不得
    分”: ``_NONE_AT_ALL``, the same thing named, ``_same_thing``) is a band at 0 below the lowest line's, one line then
    enough; to check (that “none” is the value 0 is read)."""
    text = w.text.rstrip(";.")
    listed = _LINES_RESPECTIVELY.match(text) if "分别" in text else None
    if listed:
        xs = re.findall(r"\d+(?:\.\d+)?", listed.group("xs"))
        amts = re.findall(r"\d+(?:\.\d+)?", listed.group("amts"))
        if len(xs) != len(amts):
            return None
        cmp, u = listed.group("cmp"), listed.group("u")
        text = ",".join(f"{listed.group('what') if k == 0 else ''}{cmp}{x}{u}扣{a}分" for k, (x, a) in enumerate(zip(xs, amts)))
    segs = [x for x in re.split(r"(?<=分)[;,]", text) if x]
    # (none at all, said after the lines or before them: the band at 0, below the lowest line)
    nothing = next((m for m in (_NONE_AT_ALL.match(segs[k]) for k in (-1, 0)) if m), None) if len(segs) >= 2 else None
    if nothing is not None:
        segs = [x for x in segs if x != nothing.group(0)]
    found = [_LADDER_LINE.match(x) for x in segs]
    if len(found) < (1 if nothing is not None else 2) or any(m is None for m in found):
        return None
    first = found[0]
    assert first is not None
    what = first.group("what") or ""
    below = first.group("below") is not None
    if nothing is not None:
        if not below or not _same_thing(what, nothing.group("what"), first.group("u")):
            return None  # none of another thing (“培训率低于90%…;无培训计划…”), or a line to stay under: no band at 0
        what = what or nothing.group("what")
    lines, amounts = [], []
    for m in found:
        assert m is not None
        if (m.group("below") is not None) != below or m.group("u") != first.group("u") or _NOT_A_LINE.search(m.group("what") or ""):
            return None
        if m is not first and (m.group("what") or what) != what:
            return None  # another figure's line: faults of their own
        lines.append(d(m.group("x")))
        amounts.append(w.weight if m.group("none") else d(m.group("amt")))
    past = [(b < a) if below else (b > a) for a, b in itertools.pairwise(lines)]
    if not all(past) or any(b <= a for a, b in itertools.pairwise(amounts)) or amounts[-1] > w.weight or not what:
        return None
    unit = first.group("u")
    # the line itself is not past it (“低于4%”: 4% keeps the 分值; “超过2次”: 2 times keeps it)
    tiers: list[dict[str, Any]] = []
    ends = [None, *lines, None]
    scores = [w.weight, *(w.weight - a for a in amounts)]
    for i, score in enumerate(scores):
        near, far = ends[i], ends[i + 1]
        if below:
            tiers.append({"min": s(far) if far is not None else None, "min_inclusive": far is not None,
                          "max": s(near) if near is not None else None, "max_inclusive": False, "score": s(score)})
        else:
            tiers.append({"min": s(near) if near is not None else None, "min_inclusive": False,
                          "max": s(far) if far is not None else None, "max_inclusive": far is not None, "score": s(score)})
    doubts = []
    if any(min(w.weight, sum(amounts[:k + 1], Decimal(0))) != amounts[k] for k in range(1, len(amounts))):
        doubts.append(f"“{segs[1]}”：按只扣该档的分读（不与前一档的扣分相加）")
    if nothing is not None:  # the lowest band from above 0, and 0 itself the band of none
        none_score = Decimal(0) if nothing.group("zero") else max(Decimal(0), w.weight - d(nothing.group("amt")))
        if none_score > d(tiers[-1]["score"]):
            return None  # none at all costing less than a little: no band below the lowest line
        tiers[-1]["min"], tiers[-1]["min_inclusive"] = "0", False
        tiers.append({"min": "0", "min_inclusive": True, "max": "0", "max_inclusive": True, "score": s(none_score)})
        doubts.append(f"“{nothing.group(0)}”：按{what}为 0 读，低于{s(lines[-1])}{unit}而大于 0 的按扣分一档读")
    said_lines, said_amounts = "、".join(s(x) + unit for x in lines), "、".join(s(a) for a in amounts)
    stepped = f"依次扣 {said_amounts} 分（只扣所在一档）" if len(lines) > 1 else f"扣 {said_amounts} 分"
    none_said = "" if nothing is None else \
        f"，无{what}的{'不得分' if nothing.group('zero') else '扣 ' + s(d(nothing.group('amt'))) + ' 分'}"
    return _figure_item(w, what, unit, tiers, f"分档计分：{what}{'低于' if below else '超过'} {said_lines} {stepped}{none_said}，"
                        f"{len(tiers)} 档", tuple(doubts) or None)


#: one band of a gap from a standard and its deduction: “低于标准10%以内的扣2分”, “超出预算20%以上的扣6分”
_GAP_BAND = lazy_compile(r"^(?P<what>[^;,\d每扣]{0,20}?)(?P<cmp>低于|超过|超出|高于)(?P<of>[^;,\d每扣]{0,12}?)(?P<x>\d+(?:\.\d+)?)%"
                       r"(?P<post>以内|之内|以上)(?:的|者|时)?,?扣(?:除|减)?(?P<amt>\d+(?:\.\d+)?)分$")


def _gap_bands(w: Wording) -> Proposed | None:
    """“低于标准10%以内的扣2分,低于标准20%以内的扣4分,低于标准20%以上的扣6分”: bands of the gap from a standard, each
    deducting its own amount from the 分值 (no gap keeps it): bands on the gap in %, the first from above 0. To check:
    which band holds a gap of exactly a line (以内 read as holding it) and that no gap scores the 分值 are not said."""
    segs = [x for x in re.split(r"(?<=分)[;,]", w.text.rstrip(";.")) if x]
    found = [_GAP_BAND.match(x) for x in segs]
    if len(found) < 2 or any(m is None for m in found):
        return None
    bands = [m for m in found if m is not None]
    first = bands[0]
    if any(m.group("cmp") != first.group("cmp") or m.group("of") != first.group("of") or (m is not first and m.group("what"))
           for m in bands):
        return None  # another comparison or another standard: not one gap
    inside, last = bands[:-1], bands[-1]
    if any(m.group("post") == "以上" for m in inside) or last.group("post") != "以上":
        return None  # bands 以内 one after another, closed by the one above the last line
    lines = [d(m.group("x")) for m in inside]
    amounts = [d(m.group("amt")) for m in bands]
    if d(last.group("x")) != lines[-1] or any(b <= a for a, b in itertools.pairwise(lines)) or \
            any(b <= a for a, b in itertools.pairwise(amounts)) or amounts[-1] > w.weight:
        return None
    what = f"{first.group('what')}{first.group('cmp')}{first.group('of')}的幅度".lstrip("的")
    tiers: list[dict[str, Any]] = [{"min": None, "min_inclusive": False, "max": "0", "max_inclusive": True, "score": s(w.weight)}]
    ends = [Decimal(0), *lines]
    for (lo, hi), amt in zip(itertools.pairwise(ends), amounts):
        tiers.append({"min": s(lo), "min_inclusive": False, "max": s(hi), "max_inclusive": True, "score": s(w.weight - amt)})
    tiers.append({"min": s(lines[-1]), "min_inclusive": False, "max": None, "max_inclusive": False,
                  "score": s(w.weight - amounts[-1])})
    return _figure_item(w, what, "%", tiers, f"分档计分：按{what}（%）{len(tiers)} 档扣分",
                        (f"“{segs[0]}”：按{what}录入，“以内”含本数、没有差距得满分，请核对",))


def _gap_below_reference(w: Wording) -> Proposed | None:
    """The 分值 at or above a reference named in words, lesser points where the value lies below it by a stated gap,
    nothing further below: bands on how far the value lies below the reference (at or above it: 0 or less). To check:
    “低于…5个百分点” is read as a gap of at most 5 (a gap of just 5 among them); where nothing is said of a gap further
    below, it is read as scoring nothing."""
    m = AT_REFERENCE.match(w.text)
    if m is None:
        return None
    full, pts, x = d(m.group("full")), d(m.group("pts")), d(m.group("x"))
    if full != w.weight or not ZERO < pts < full or x <= 0 or re.search(r"每|扣", m.group("ref")):
        return None
    what, ref = m.group("what").removesuffix("的"), m.group("ref")
    points = m.group("u") != "%"
    unit = "个百分点" if points else "%"
    label = f"{what}低于{ref}的{'百分点' if points else '幅度（%）'}（未低于为0或负数）"
    tiers: list[dict[str, Any]] = [
        {"min": None, "min_inclusive": False, "max": "0", "max_inclusive": True, "score": s(full)},
        {"min": "0", "min_inclusive": False, "max": s(x), "max_inclusive": True, "score": s(pts)},
        {"min": s(x), "min_inclusive": False, "max": None, "max_inclusive": False, "score": "0"}]
    gap = f"{s(x)}{unit}"
    doubts = [f"“低于{ref}{m.group('x')}{m.group('u')}{m.group('post') or ''}”：按低于不超过 {gap}（含 {gap}）得 "
              f"{s(pts)} 分读"]
    if not re.search(r"(?:其他情况|其余情况|其他|其余|否则|低于更多的?),?(?:不得分|得0分|计0分)", w.text):
        doubts.append(f"未写明低于{ref}超过 {gap} 时的得分，按不得分读")
    if m.group("defined"):
        doubts.append(f"“{m.group('defined')}”：作为{what}的计算说明，未另计分")
    return _figure_item(w, label, unit, tiers, f"分档计分：按{what}低于{ref}的幅度 3 档", tuple(doubts))


def _target_or_less(w: Wording) -> Proposed | None:
    m = _TARGET_OR_LESS.match(w.text)
    if not m or d(m.group("pts")) != w.weight or _NOT_A_LINE.search(m.group("what")):
        return None
    amt = d(m.group("amt"))
    if amt > w.weight:
        return None
    line, unit = s(d(m.group("x"))), m.group("u")
    doubts = None if m.group("post") else (f"“{m.group('x')}{unit}”：按达到 {line}{unit} 及以上得 {s(w.weight)} 分读",)
    return _figure_item(w, m.group("what"), unit, _line_tiers(line, True, w.weight, w.weight - amt),
                        f"分档计分：{m.group('what')}≥{line}{unit} 得满分，未达到扣 {s(amt)} 分", doubts)


#: “每迟报1天扣1分;迟报4天及以上不得分”, “每少1人扣0.5分,少5人及以上不得分”: a step, and a cliff to nothing
#: before the step would reach it
_STEP_CLIFF = lazy_compile(r"^每(?P<verb>[\u4e00-\u9fff]{1,4}?)1?(?P<u>个月|月|个工作日|工作日|天|日|人次|人|次|项|个|家|户|篇|条|份)"
                         r"(?:的)?,?扣(?P<per>\d+(?:\.\d+)?)分[;,](?P<verb2>[\u4e00-\u9fff]{0,4}?)(?P<m>\d+)(?P=u)(?:及以上|以上)"
                         r"(?:的|者)?,?(?:此项|本项|该项)?" + ZEROED + r"[;,]?$")


def _step_cliff(w: Wording) -> Proposed | None:
    m = _STEP_CLIFF.match(w.text)
    if not m or m.group("verb2") not in ("", m.group("verb")) or "扣" in m.group("verb"):
        return None
    per, cliff = d(m.group("per")), int(m.group("m"))
    if cliff < 2 or w.weight - cliff * per <= 0:
        return None  # the step reaches 0 by the cliff anyway: no cliff, a deduction to its floor
    unit = m.group("u")
    tiers = [{"min": None, "min_inclusive": False, "max": "0", "max_inclusive": True, "score": s(w.weight)}]
    tiers += [{"min": str(k - 1), "min_inclusive": False, "max": str(k), "max_inclusive": True, "score": s(w.weight - k * per)}
              for k in range(1, cliff)]
    tiers.append({"min": str(cliff - 1), "min_inclusive": False, "max": None, "max_inclusive": False, "score": "0"})
    what = f"{m.group('verb')}{unit.lstrip('个')}数"
    params = {"input": "value", "unit": unit, "value_label": what, "tiers": tiers}
    return Proposed([RULE.item(w.name or what, w.weight, params)],
                    f"分档计分：每{m.group('verb')}1{unit}扣 {s(per)} 分，{m.group('verb')}{cliff}{unit}及以上不得分",
                    (f"“每{m.group('verb')}1{unit}”：不足 1{unit}按 1{unit}计（按整{unit}录入）",))


#: “10年以上的10分;3-10年以下每少1年减1分;3年以下不得分”, “从业人员50人及以上得满分,每少1人扣0.5分,不足40人不得分”:
#: full marks from a line up, a step for each whole unit below it, nothing below a cliff
_LINE_STEP_CLIFF = lazy_compile(
    r"^(?P<what>[^;,\d]{0,20}?)(?P<line>\d+)(?P<u>" + _BAND_UNIT + r")(?:\(含\))?(?:及以上|以上)(?:的|者)?,?"
    r"(?:(?:得|计)满分|(?:得|计)?(?P<pts>\d+(?:\.\d+)?)分)[;,][^;,\d]{0,4}(?:\d+[-~至]\d+(?P=u)(?:以下)?)?,?"
    r"每(?:少|减少|低|不足|降低)1(?P=u)(?:的)?,?(?:扣|减)(?P<per>\d+(?:\.\d+)?)分[;,](?:不足|低于|少于)?(?P<m>\d+)(?P=u)"
    r"(?P<below>以下)?(?:的|者)?,?(?:此项|本项|该项)?" + ZEROED + r"[;,]?$")


def _line_step_cliff(w: Wording) -> Proposed | None:
    m = _LINE_STEP_CLIFF.match(w.text)
    if not m or (m.group("pts") and d(m.group("pts")) != w.weight):
        return None
    line, cliff, per, unit = int(m.group("line")), int(m.group("m")), d(m.group("per")), m.group("u")
    if not 0 < cliff < line or w.weight - (line - cliff) * per < 0:
        return None
    tiers = [{"min": str(line), "min_inclusive": True, "max": None, "max_inclusive": False, "score": s(w.weight)}]
    tiers += [{"min": str(k), "min_inclusive": True, "max": str(k + 1), "max_inclusive": False,
               "score": s(w.weight - (line - k) * per)} for k in range(line - 1, cliff - 1, -1)]
    tiers.append({"min": None, "min_inclusive": False, "max": str(cliff), "max_inclusive": False, "score": "0"})
    what = m.group("what").strip("按照的") or w.name or "数量"
    params = {"input": "value", "unit": unit, "value_label": f"{what}（{unit}）", "tiers": tiers}
    doubts = [f"“每少1{unit}”：按整{unit}计，不足1{unit}的部分不扣（按整{unit}读档）"]
    if m.group("below"):
        doubts.append(f"“{cliff}{unit}以下”：按不足{cliff}{unit}读（{cliff}{unit}按上一档计）")
    return Proposed([RULE.item(w.name or what, w.weight, params)],
                    f"分档计分：{line}{unit}及以上得满分，每少1{unit}扣 {s(per)} 分，不足{cliff}{unit}不得分", tuple(doubts))


#: “带动贫困户比例达到50%,得1分;未达到的每减少10%,减0.1分,低于30%不得分”: a line on a share at full marks, the points
#: of a step off for each step short of it, and a floor below which nothing is scored (“到达”, “旳” of a page's slips read
#: as 达到, 的)
_SHARE_STEP_CLIFF = lazy_compile(
    # (the rate defined first, “预算执行率=实际支出/预算数×100%;执行率100%得满分,…”)
    # (or the quotient alone, “实际完成数/计划数×100%,完成率100%得满分,…”; the line after a sign, “满意度≥90%得满分”)
    r"^(?:(?:[\u4e00-\u9fff]{2,16}=)?[^,;=]{1,30}?/[^,;=]{1,30}?(?:\*100%)?[;,.])?(?P<what>[^;,\d]{0,30}?)(?:达到|到达|达|为|(?<=率)|(?<=满意度))(?P<sign>≥|不低于)?(?P<line>\d+(?:\.\d+)?)%(?:\(含\))?(?:及以上|以上)?(?:的|者)?,?"
    r"(?:(?:得|计)满分|(?:得|计)?(?P<pts>\d+(?:\.\d+)?)分)[;,](?:(?:未达到|未到达|达不到|不足|低于)(?:的|旳|者)?,?)?"
    # (the steps' span said before them: “…,90%-100%之间每低1个百分点扣0.5分,90%以下得0分”)
    r"(?:(?P<span>\d+(?:\.\d+)?)%?[-~至](?P=line)%(?:之间)?(?:的)?,?)?"
    r"每(?:减少|降低|下降|低于|低|少)(?P<step>\d+(?:\.\d+)?)(?:%|个百分点)(?:的)?,?(?:扣|减)(?P<per>\d+(?:\.\d+)?)分[;,]"
    # (the floor with the value's name again, “…;完成率低于90%的,本项不得分”, or said with 以下, “90%以下的不得分”)
    r"(?:[^;,\d]{0,12}?)(?:(?:低于|不足|少于|未达到|<)(?P<m>\d+(?:\.\d+)?)%|(?P<below>\d+(?:\.\d+)?)%以下)(?:的|者)?,?"
    # (where the figure comes from, after the floor: “…不得分(以问卷调查结果为准)”)
    r"(?:此项|本项|该项)?" + ZEROED + r"(?P<source>\(以[^()\d]{2,16}为准\))?[;,.]?$")


def _share_step_cliff(w: Wording) -> Proposed | None:
    """“…比例达到50%,得1分;未达到的每减少10%,减0.1分,低于30%不得分”: full marks at the line, the step's points off for each
    step short of it, nothing below the floor: bands of whole steps, ``[50, ∞) 1; [40, 50) 0.9; [30, 40) 0.8; < 30 0``.
    Never confidently: whether a step begun costs (read so) or only a whole one is not said."""
    m = _SHARE_STEP_CLIFF.match(w.text)
    if not m or (m.group("pts") and d(m.group("pts")) != w.weight):
        return None
    line, step, floor, per = d(m.group("line")), d(m.group("step")), d(m.group("m") or m.group("below")), d(m.group("per"))
    if step <= 0 or per <= 0 or not 0 < floor < line <= 100 or (m.group("span") and d(m.group("span")) != floor):
        return None
    steps = (line - floor) / step
    if steps != steps.to_integral_value() or w.weight - steps * per < 0 or steps > 50:
        return None  # the floor off the steps, or the steps taking more than the 分值 before it
    if m.group("sign") and w.weight - steps * per == 0:
        return None  # “…不低于95%的,得2.5分;每减少1个百分点扣0.5分;低于90%不得分”: the steps reach nothing at the floor (threshold)
    tiers = [{"min": s(line), "min_inclusive": True, "max": None, "max_inclusive": False, "score": s(w.weight)}]
    for k in range(1, int(steps) + 1):
        tiers.append({"min": s(line - k * step), "min_inclusive": True, "max": s(line - (k - 1) * step),
                      "max_inclusive": False, "score": s(w.weight - k * per)})
    tiers.append({"min": None, "min_inclusive": False, "max": s(floor), "max_inclusive": False, "score": "0"})
    what = m.group("what").strip(",") or w.name or "比例"
    params = {"input": "value", "unit": "%", "value_label": f"{what}（%）", "tiers": tiers}
    doubts: tuple[str, ...] = (f"“每减少{s(step)}%”：不足{s(step)}%的也按一档扣（按整档读），请核对",)
    if m.group("source"):
        doubts += (f"“{m.group('source')}”：数值来源，请核对",)
    if m.group("below"):  # “90%以下的不得分”: 以下 holds 90 by law, the steps reach it: read as below it (to check)
        doubts += (f"“{s(floor)}%以下”：按低于{s(floor)}%读，{s(floor)}%按扣分计",)
    return Proposed([RULE.item(w.name or what, w.weight, params)],
                    f"分档计分：{s(line)}%及以上得满分，每少{s(step)}%扣 {s(per)} 分，低于{s(floor)}%不得分", doubts)


def _late_cliff(w: Wording) -> Proposed | None:
    """“按计划时间完成得满分,每延迟1个月扣0.5分,延迟超过3个月不得分” (read by ``delay.late_cliff``): bands of the delay in
    whole units — on time the 分值; up to 1 month the 分值 less one step; …; past 3 months 0. Never sure: whether a part of a
    unit costs a whole step (read so) is not said, nor whether a cliff said 以上 holds its own figure."""
    read = delay_rule.late_cliff(w)
    if read is None:
        return None
    per, top, unit, doubts = read
    tiers = [{"min": None, "min_inclusive": False, "max": "0", "max_inclusive": True, "score": s(w.weight)}]
    for k in range(1, int(top) + 1):
        tiers.append({"min": str(k - 1), "min_inclusive": False, "max": str(k), "max_inclusive": True,
                      "score": s(w.weight - k * per)})
    tiers.append({"min": s(top), "min_inclusive": False, "max": None, "max_inclusive": False, "score": "0"})
    words = delay_rule.UNITS.get(unit, unit)
    params = {"input": "value", "unit": unit, "value_label": f"延迟{words}数", "tiers": tiers}
    return Proposed([RULE.item(w.name or "延迟", w.weight, params)],
                    f"分档计分：按期完成得满分，每延迟1{words}扣 {s(per)} 分，超过{s(top)}{words}不得分", doubts)


#: “排名前20%(含),得5分;前30%,得3分;40%以下的,不得分”: lines on where a rank stands among all, as a share from the top
#: (the smaller the better), or as a place (“前3名得5分,前5名得3分,其余得1分”); a band past the last line (“40%以下”,
#: “40%以后”, “5名以后”, “其余”) scores what it says
_TOP_LINE = lazy_compile(r"前(?:\d+(?:\.\d+)?(?:%|名)?[-~至])?" + SNUM + r"(?P<u>%|名)(?P<own>\((?:含|不含)[^()]{0,6}\))?")
_PAST_LINE = lazy_compile(SNUM + r"(?P<u>%|名)(?:\((?:含|不含)[^()]{0,6}\))?(?:以下|以后|之后|以外)|^" + ORDINAL + "?(?:其余|其他|其它)")


#: “后30%”: the last of the shares, counted from the bottom (what lies past 100% less it)
_BACK_LINE = lazy_compile(r"后" + SNUM + "%")
#: “前30%的得满分,30%-60%得8分”, “在30%至60%之间的”: a band from the line before it to the next, its own line its end
_MID_LINE = lazy_compile(r"(?<![\d.])" + SNUM + r"%?[-~至到]" + SNUM + r"%(?!以)")


def _top_shares(w: Wording) -> Proposed | None:
    tops = len(_TOP_LINE.findall(w.text))
    if not tops or tops + len(_MID_LINE.findall(w.text)) < 2:
        return None
    backs = "后" in w.text and _BACK_LINE.search(w.text) is not None
    segs = max((_bands(w.text), _scored_bands(w.text)), key=lambda x: sum(_score_of(seg, w.weight) is not None for seg in x))
    lines: list[tuple[Decimal, bool, Decimal]] = []
    units: set[str] = set()
    past: tuple[Decimal | None, Decimal] | None = None
    for seg in segs:
        sc = _score_of(seg, w.weight)
        top, beyond = _TOP_LINE.search(seg), _PAST_LINE.search(seg)
        back = _BACK_LINE.search(seg) if backs and top is None and beyond is None else None
        mid = _MID_LINE.search(seg) if top is None and beyond is None and back is None else None
        if mid is not None and sc is not None and lines and past is None and d(mid.group(1)) == lines[-1][0]:
            lines.append((d(mid.group(2)), True, sc))  # from the line before (not held: it is the band's before) to its end
            units.add("%")
            continue
        if back is not None and sc is not None and past is None and d(back.group(1)) < 100:
            past = (100 - d(back.group(1)), sc)  # “后30%” after “前70%”: past the line at 70%
            units.add("%")
            continue
        if sc is None or (top is None) == (beyond is None) or (beyond and past is not None):
            return None  # a band with no score, both sides or neither in one band, two bands past the lines
        if top:
            lines.append((d(top.group(1)), "不含" not in (top.group("own") or ""), sc))
            units.add(top.group("u"))
        else:
            assert beyond is not None
            past = (d(beyond.group(1)) if beyond.group(1) else None, sc)
            units.update([beyond.group("u")] if beyond.group("u") else [])
    lines.sort()
    if len(lines) < 2 or lines[0][2] != w.weight or any(a[0] >= b[0] or a[2] <= b[2] for a, b in itertools.pairwise(lines)):
        return None
    if len(units) != 1:
        return None  # places and shares mixed
    unit = units.pop()
    tiers: list[dict[str, Any]] = []
    low: str | None = None
    inclusive_low = False
    for share, own, sc in lines:
        tiers.append({"min": low, "min_inclusive": inclusive_low, "max": s(share), "max_inclusive": own, "score": s(sc)})
        low, inclusive_low = s(share), not own
    doubts = ["按排名所处位置占参评总数的百分比录入（如第3名/共20个=15%），越小越靠前"] if unit == "%" else []
    if past is None:
        past = (lines[-1][0], Decimal(0))
        doubts.append(f"前{low}{unit}以后：按0分计，评分标准未明说")
    if past[0] not in (None, lines[-1][0]) or past[1] >= lines[-1][2]:
        return None
    tiers.append({"min": low, "min_inclusive": inclusive_low, "max": None, "max_inclusive": False, "score": s(past[1])})
    if unit == "名" and all(tr["max_inclusive"] for tr in tiers[:-1]) and all(x == int(x) for x, _o, _s in lines):
        for tr in tiers:  # whole places: “前3名”, then places 4 to 5, then 6 and after
            tr["min"], tr["min_inclusive"] = ("1", True) if tr["min"] is None else (str(int(tr["min"]) + 1), True)
    label = "排名位于前百分之几" if unit == "%" else "名次"
    params = {"input": "value", "unit": unit, "value_label": label, "tiers": tiers}
    return Proposed([RULE.item(w.name or "排名", w.weight, params)],
                    f"分档计分：按{'排名所处的前百分比' if unit == '%' else '名次'} {len(tiers)} 档", tuple(doubts) or None)


#: “发现1次的,扣0.5分;发现有2次及以上的,此项不得分”, “迟报1天扣3分,迟报2天扣10分,迟报3天及以上扣20分”, “缺1项得7分,
#: 缺2项得4分,缺3项不得分”: a score for each number of cases from 1 up, the last number and more scoring the last
#: score (not a deduction per case: two cases cost other than twice one); the last band's count and more may be said
#: with “≥” (“发现1次扣2分,≥2次不得分”). Cases counted in 人次 or 户次 are counted so, never in 人 or 户 with a stray 次
#: after them (“1人次扣1分,≥2人次不得分”: the 人次 found, not the people)
_COUNT_UNITS = "人次|户次|次|起|例|处|项|个|件|笔|天|日|条|篇|份|户|家|人|名"
_COUNT_BAND = lazy_compile(r"(?:^|[;,])" + ORDINAL + r"?(?P<verb>[\u4e00-\u9fff]{0,10}?)有?(?P<ge>≥)?(?P<n>\d+)(?P<u>" + _COUNT_UNITS + r")(?P<up>(?:及)?以上)?"
                         r"(?P<noun>[\u4e00-\u9fff]{0,6}?)(?:的|者)?,?(?:此项|本项|该项|该指标|本指标)?(?:扣(?:除|减)?(?P<ded>\d+(?:\.\d+)?)分|"
                         r"(?:得|计|记)?(?P<pts>\d+(?:\.\d+)?)分|(?P<zero>" + ZEROED + r"))(?=[;,]|$)")
#: words that make a clause something else than a count of cases (a step per case, a line, a score)
_NOT_A_CASE = lazy_compile(r"每|扣|得|计|记|分|满|以|超|达|不|低|高|少于|多于|至|前|第|累计|共|合计|平均")
#: words that make what is counted (“发现2处问题”, “2个单位未报送”, “2户不满意”) part of a score or a line; those
#: satisfied are no cases to cost points (“一户满意扣3分”: a denial left out), those less than satisfied are
_NOT_CASE_NOUN = lazy_compile(r"每|扣|得|计|记|分|满(?!意)|(?<![不本较])满意|以上|以下|以内|超|达|累计|共|合计|平均|此项|本项|该项")
_FAULT_VERB = lazy_compile(r"缺少|缺|少|漏")


def _or_more(m: re.Match[str]) -> bool:
    """Whether a band of cases holds its count and more: “2次及以上”, “2次以上”, “≥2次”."""
    return bool(m.group("up") or m.group("ge"))


def _by_count(w: Wording) -> Proposed | None:
    found = _by_count_rising(w)
    if found is None and "以上" in w.text:
        rising = _counts_falling_turned(w.text)
        found = _by_count_rising(Wording(rising, w.weight, w.name, w.points, w.explanation)) if rising else None
    return found


def _counts_falling_turned(t: str) -> str:
    """“违反5次及以上得0分,4次得2分,3次得4分,2次得6分,1次得8分”: bands of a count from the most cases down to one, closing the
    text, as the same bands from one case up (“违反1次得8分,2次得6分,…,5次及以上得0分”), what is counted said before the first;
    "" when the text has no such bands."""
    bands = list(_COUNT_BAND.finditer(t))
    run: list[re.Match[str]] = []
    for m in reversed(bands):  # the bands closing the text, each right before the next
        if (run and m.end() != run[-1].start()) or (not run and t[m.end():].strip(";,")):
            break
        run.append(m)
    run.reverse()
    counts = [int(m.group("n")) for m in run]
    if len(run) < 2 or counts != list(range(len(run), 0, -1)) or not _or_more(run[0]) \
            or any(_or_more(m) or m.group("verb") for m in run[1:]):
        return ""
    pieces = [t[m.start("ge") if m.group("ge") else m.start("n"):m.end()] for m in reversed(run)]
    start = run[0].start() + (1 if t[run[0].start()] in ";," else 0)
    return t[:start] + t[start:run[0].start("n")] + ",".join(pieces)


def _by_count_rising(w: Wording) -> Proposed | None:
    bands = list(_COUNT_BAND.finditer(w.text))
    while bands and bands[0].group("n") != "1":
        bands.pop(0)
    run = bands[:1]
    for m in bands[1:]:  # the bands run on, each after the last, to the end of the text
        if m.start() != run[-1].end():
            return None
        run.append(m)
    if len(run) < 2 or w.text[run[-1].end():].strip(";,") or any(_or_more(m) for m in run[:-1]):
        return None
    unit, first, last = run[0].group("u"), run[0].group("verb").removeprefix("其中"), run[-1]
    counts = [int(m.group("n")) for m in run]
    # “…2次,60分;2次以上,0分”: the last band “以上” the count of the band before it, which holds that count: above it
    above = last.group("up") is not None and last.group("ge") is None and counts[-1] == counts[-2]
    if any(m.group("u") != unit for m in run) or counts != list(range(1, len(run) + 1 - above)) + [counts[-2]] * above:
        return None
    if _NOT_A_CASE.search(first):
        return None
    nouns = {m.group("noun") for m in run}
    # each band counts the same thing: the later ones by its verb alone, or the verb and the noun in another order
    # (“出1次错”, “出错2次以上”)
    if any(m.group("verb") and not first.endswith(m.group("verb")) for m in run[1:]) or len(nouns) > 1:
        if len({m.group("verb") + m.group("noun") for m in run}) > 1:
            return None
    if any(_NOT_CASE_NOUN.search(x) for x in nouns):
        return None
    if any(m.group("ded") for m in run) and any(m.group("pts") for m in run):
        return None
    got = [Decimal(0) if m.group("zero") else w.weight - d(m.group("ded")) if m.group("ded") else d(m.group("pts"))
           for m in run]
    if any(sc < 0 for sc in got) or any(a <= b for a, b in itertools.pairwise([w.weight, *got])):
        return None  # each case more scoring less
    per = w.weight - got[0]
    if not above and _or_more(last) and got[-1] == 0 and all(m.group("ded") for m in run[:-1]) \
            and all(sc == w.weight - c * per for c, sc in zip(counts[:-1], got[:-1])) and counts[-1] * per == w.weight:
        return None  # “1次扣5分,2次以上不得分” on 10: the same cost per case down to nothing, a deduction per case
    tiers = [{"min": "0", "min_inclusive": True, "max": "0", "max_inclusive": True, "score": s(w.weight)}]
    tiers += [{"min": m.group("n"), "min_inclusive": True, "max": m.group("n"), "max_inclusive": True, "score": s(sc)}
              for m, sc in zip(run[:-1], got[:-1], strict=True)]
    tiers.append({"min": last.group("n"), "min_inclusive": not above, "max": None, "max_inclusive": False, "score": s(got[-1])})
    doubts = None
    if not _or_more(last) and got[-1] > 0:
        doubts = (f"“{last.group(0).strip(';,')}”：按{last.group('n')}{unit}及以上读，请核对",)
    if above:
        doubts = (f"“{last.group(0).strip(';,')}”：{last.group('n')}{unit}已有其档，按超过{last.group('n')}{unit}读",)
    verb = _FAULT_VERB.search(last.group("verb"))
    if run[0].group("noun"):
        value_label = f"{first}{run[0].group('noun')}的{unit}数"
    elif not verb and first and not re.fullmatch(r"(?:发现|出现|发生|有|错)", first):
        value_label = f"{first}{unit}数"
    else:
        value_label = f"{'缺少' if verb else '发现'}{unit}数"
    params = {"input": "value", "unit": unit, "value_label": value_label, "tiers": tiers}
    return Proposed([RULE.item(w.name, w.weight, params)], f"分档计分：按{value_label} {len(tiers)} 档", doubts)


#: “≥2处不合格不得分”, “2次及以上录入错误的,不得分”: the one band that zeroes, from a count of faults of 2 or more; fewer
#: keep the 分值 (unsaid). One fault zeroing (“≥1个不合格不得分”) is all_or_nothing._breach_only's.
_CASES_ZERO_FROM = lazy_compile(r"^(?P<what>[\u4e00-\u9fff]{0,8}?)(?:≥(?P<n>\d+)(?P<u>" + _COUNT_UNITS + r")|(?P<n2>\d+)(?P<u2>"
                              + _COUNT_UNITS + r")(?:\(含\))?及以上)(?P<fault>[\u4e00-\u9fff]{0,12}?)(?:的|者)?,?"
                              r"(?:此项|本项|该项)?" + ZEROED + r"[;.]?$")
#: the words of a fault: what is counted is something wrong (“不合格”, “录入错误”, “缺失”), never a thing done
_FAULT_WORDS = lazy_compile(r"不|未|错|误|缺|漏|违|问题|差|投诉|事故|隐患|超")


def _cases_zero_from(w: Wording) -> Proposed | None:
    """“≥2处不合格不得分” on 2: 2 faults or more score nothing, fewer (0 or 1) the 分值 — a line on the count of faults
    tolerating fewer. That fewer keep the 分值 is read, not said: to check."""
    m = _CASES_ZERO_FROM.match(w.text)
    if m is None:
        return None
    n, unit = int(m.group("n") or m.group("n2")), m.group("u") or m.group("u2")
    what, fault = m.group("what"), m.group("fault")
    if n < 2 or n > 20 or not _FAULT_WORDS.search(what + fault) or _NOT_A_CASE.search(what.replace("不", "")):
        return None
    tiers = [{"min": "0", "min_inclusive": True, "max": str(n - 1), "max_inclusive": True, "score": s(w.weight)},
             {"min": str(n), "min_inclusive": True, "max": None, "max_inclusive": False, "score": "0"}]
    label = f"{what}{fault}的{unit}数" if what + fault else f"{unit}数"
    params = {"input": "value", "unit": unit, "value_label": label, "tiers": tiers}
    return Proposed([RULE.item(w.name or label, w.weight, params)], f"分档计分：{label}不足 {n}{unit}得满分，{n}{unit}及以上不得分",
                    (f"“{m.group(0).strip(';.')}”：不足{n}{unit}得满分，评分标准未明说",))


#: “全面实现…确定的增长8%的目标,达目标的计满分,不达目标不计分”, “完成招商引资5亿元的目标任务,完成目标的得满分,未完成目标的
#:不得分”: a target with its figure, then the 分值 when it is met and nothing when it is not; perhaps a bonus above it
_TARGET_MET = lazy_compile(r"^" + ORDINAL + r"?(?P<target>(?P<what>[^;,\d]{2,40}?)(?P<x>-?\d+(?:\.\d+)?)(?P<u>" + LINE_UNITS + r"|亿元|万人)"
                         r"的?(?:年度)?(?:目标任务|目标|任务))[;,](?:达到?|完成|实现)(?:目标任务|目标|任务)(?:的|者)?,?"
                         r"(?:得|计)(?:满分|(?P<pts>\d+(?:\.\d+)?)分)[;,](?:不达|未达到?|未完成|没有完成|达不到|完不成)"
                         r"(?:目标任务|目标|任务)(?:的|者)?,?" + ZEROED +
                         r"(?:[;,](?P<bonus>每超(?:过|出)?(?:目标|任务)?\d+(?:\.\d+)?(?:个百分点|%)?加\d+(?:\.\d+)?分))?[;,。]?$")
#: the words that lead into the target's figure (“全面实现…确定的增长”: the figure measures 增长)
_TARGET_LEAD = lazy_compile(r"^.*(?:确定的|下达的|规定的|实现|完成|达到)")
#: a target that is a ceiling (“失业率控制在4.5%的目标”, “能耗降至3%的目标”): met by staying at or below it, not two
#: bands from it up
_TARGET_CEILING = lazy_compile(r"(?:在|(?:降|减|压|缩|控)[^,;\d]{0,2}[至到])$")


def _target_met(w: Wording) -> Proposed | None:
    """A target with its figure, met for the 分值 and missed for nothing: two bands at the target (“增长8%的目标”: ≥8%
    full, below it nothing). A bonus per step above the target cannot raise the 分值: its words are left unplaced, so
    the reading is to check."""
    m = _TARGET_MET.match(w.text)
    if not m or (m.group("pts") and d(m.group("pts")) != w.weight) or _NOT_A_LINE.search(m.group("what")) or \
            _TARGET_CEILING.search(m.group("what")):
        return None
    line, unit = s(d(m.group("x"))), m.group("u")
    what = _TARGET_LEAD.sub("", m.group("what")).strip("的") or m.group("what")
    tiers = _line_tiers(line, True, w.weight, Decimal(0))
    summary = f"分档计分：{what}达到目标 {line}{unit} 得满分，否则不得分"
    ratio = unit == "%" and is_ratio(w.name)
    params = {"input": "ratio" if ratio else "value", "unit": unit, "tiers": tiers}
    params = with_labels(params, w.name, w.explanation) if w.name else {**params, "value_label": what}
    # the item is named by the target as the text states it, the words the figure stands in
    return Proposed([RULE.item(m.group("target"), w.weight, params)], summary)


#: “完成得满分,完成一半得5分,一半以下不得分”, “完成任务的得满分;完成八成的得6分;不足一半的不得分”: the work done and
#: shares of it said in words, each with its score: bands of the completion rate, the whole work at the 分值
#: the work named after 完成 (“完成年度征订的”, “完成招生计划一半以上”): words only, none that grades or denies it
_TASK = r"(?:(?!不|未|没|无|好|差|较|情况|一般|基本|部分|大部|多数|及时|质量)[\u4e00-\u9fff]){0,12}?"
#: a named task before its share: it ends in what the share is a share of (“征订任务”, “招生计划”)
NAMED_TASK = r"(?:" + _TASK + r"(?:目标任务|任务|目标|计划|指标))?"
_WORK_DONE = lazy_compile(r"^(?:目标任务|任务|计划)?(?:全部|全面|按时|按期)?(?:完成|落实)(?:全部)?(?:目标任务|任务|目标|计划|" + _TASK + r")(?:的|者)?,?"
                        r"(?:得|计|记)(?:满分|(?P<pts>\d+(?:\.\d+)?)分)$")
_SHARE_DONE = lazy_compile(r"^(?:(?:完成|落实|达到)" + NAMED_TASK + r")?(?:目标任务|任务|目标|计划)?(?P<share>" + SHARE_IN_WORDS.pattern +
                         r")(?:及以上|以上)?(?:完成|落实)?(?:的|者)?,?(?:得|计|记)(?P<pts>\d+(?:\.\d+)?)分$")
#: “未过半”: no more than half (its 50% also “一半以上”'s: the bands say which, to check as every share band is)
_SHARE_NONE = lazy_compile(r"^(?:(?:完成|落实)?" + NAMED_TASK + r"(?:(?P<below>" + SHARE_IN_WORDS.pattern + r")以下|(?:不足|不到|未完成|未达到|少于)"
                         r"(?P<short>" + SHARE_IN_WORDS.pattern + r")|(?P<unhalf>未过半|不过半|未超过一半))|否则|其余|其他)(?:的|者)?,?" + ZEROED + r"$")


def _shares_done(w: Wording) -> Proposed | None:
    """Situations named by a share of the work (一半, 八成, 四分之三) below the whole of it: bands of the completion
    rate, each share from its line up to the next, the whole at 100% and above; always to check (the words name shares,
    the bands are read from them). Below the last share nothing, said or not."""
    clauses = [c for c in re.split(r"(?<=分)[;,。]", w.text.rstrip(";,。")) if c]
    if len(clauses) < 2:
        return None
    full = _WORK_DONE.match(clauses[0])
    if not full or (full.group("pts") and d(full.group("pts")) != w.weight):
        return None
    tiers = [{"min": "100", "min_inclusive": True, "max": None, "max_inclusive": False, "score": s(w.weight)}]
    top, score = Decimal(100), w.weight
    named: dict[str, Decimal] = {}  # each share as said, and its line
    rest = clauses[1:]
    none = _SHARE_NONE.match(rest[-1])
    if none:
        rest = rest[:-1]
    for clause in rest:
        m = _SHARE_DONE.match(clause)
        line = share_in_words(m.group("share")) if m else None
        if m is None or line is None or not 0 < line < top or not 0 < d(m.group("pts")) < score:
            return None
        score, named[m.group("share")] = d(m.group("pts")), line
        tiers.append({"min": s(line), "min_inclusive": True, "max": s(top), "max_inclusive": False, "score": s(score)})
        top = line
    said = none and (none.group("below") or none.group("short") or (none.group("unhalf") and "一半"))
    if not named or (said and share_in_words(said) != top):
        return None
    tiers.append({"min": "0", "min_inclusive": True, "max": s(top), "max_inclusive": False, "score": "0"})
    params = {"input": "ratio", "unit": "%", "value_label": "完成率", "numerator_label": "完成数",
              "denominator_label": "任务数", "tiers": tiers}
    doubt = f"“{'、'.join(named)}”：按完成率分档读（{'、'.join(f'{n}={s(v)}%' for n, v in named.items())}）"
    if not none:  # one doubt: the bands are read from the shares, nothing below the last among them
        doubt += f"，完成不足{list(named)[-1]}未说明得分，按不得分读"
    elif none.group("unhalf"):  # “一半以上” and “未过半” both hold exactly half
        doubt += f"，“{none.group('unhalf')}”按不足一半读，恰好一半按上一档计"
    return Proposed([RULE.item(w.name or "完成率", w.weight, params)], f"分档计分：按完成率 {len(tiers)} 档", (doubt,))


#: “完成1项得2分,完成2项得4分,完成3项得6分”, “开展2类活动并有记录(10分);开展3类…(20分);开展4类…(30分)”: counts of
#: what was done, each named alone with its score, the score rising with the count up to the 分值
_RUNG_UNITS = "人次|次|起|例|处|项|个|件|条|篇|份|户|家|所|台|套|类|种|场|期|批|轮|门"
_RUNG = lazy_compile(r"(?:" + ORDINAL + r"|[①-⑳])?(?P<lead>[\u4e00-\u9fff]{0,12}?)(?P<n>\d+)(?P<u>" + _RUNG_UNITS + r")"
                   r"(?P<rest>[^;\d]{0,30}?)(?:的|者)?,?(?:(?:得|计|记)?(?P<pts>\d+(?:\.\d+)?)分|\((?P<par>\d+(?:\.\d+)?)分\))(?:[;,]|$)")
#: words that make a rung something else: a step per case, a line, a fault, a share, a second figure
_NOT_A_RUNG = lazy_compile(r"每|扣|以上|以下|以内|及以|超|达|不|未|低于|高于|少|缺|漏|错|差|累计|共|合计|平均|至|前|第|或|满分|分|%")
#: what may close the rungs: none done scores nothing (“未开展的不得分”)
_RUNG_NONE = lazy_compile(r"^(?P<w>[\u4e00-\u9fff]{0,12}?(?:未|无|没有)[\u4e00-\u9fff]{0,12}?)(?:的|者)?,?" + ZEROED + r"[;,]?$")


def _count_ladder(w: Wording) -> Proposed | None:
    """Counts named alone, each with its points, more done scoring more and the most the 分值: a ladder (to check).
    Each count holds the values up to the next one, the highest count and more keep its points, fewer than the
    lowest count score nothing. (Even steps from a base count, “为50人的得2分,在50人的基础上每增加25人加2分”, are
    ``_base_count_steps``, tried just before.)"""
    rungs: list[re.Match[str]] = []
    at = 0
    while (m := _RUNG.match(w.text, at)) is not None and m.end() > at:  # the rungs run on from the start
        rungs.append(m)
        at = m.end()
    tail = w.text[at:]
    none = _RUNG_NONE.match(tail) if tail else None
    if len(rungs) < 2 or (tail and none is None):
        return None
    lead, rest, unit = rungs[0].group("lead"), rungs[0].group("rest"), rungs[0].group("u")
    if any(m.group("u") != unit or m.group("lead") not in ("", lead) or m.group("rest") not in ("", rest)
           or _NOT_A_RUNG.search(m.group("lead") + m.group("rest")) for m in rungs):
        return None
    got = sorted((int(m.group("n")), d(m.group("pts") or m.group("par"))) for m in rungs)
    if any(a[0] >= b[0] or a[1] >= b[1] for a, b in itertools.pairwise(got)) or got[-1][1] != w.weight:
        return None
    first = got[0][0]
    # below the lowest count: nothing (no such band when the lowest count is 0, “开展0次得1分…”)
    tiers = [{"min": "0", "min_inclusive": True, "max": str(first), "max_inclusive": False, "score": "0"}] if first else []
    tiers += [{"min": str(n), "min_inclusive": True, "max": str(nxt), "max_inclusive": False, "score": s(sc)}
              for (n, sc), (nxt, _) in itertools.pairwise(got)]
    top = got[-1][0]
    tiers.append({"min": str(top), "min_inclusive": True, "max": None, "max_inclusive": False, "score": s(got[-1][1])})
    doubts = [f"各档按所达{unit}数读，评分标准未明说：{top}{unit}以上按{top}{unit}的得分"]
    doubts += [f"{n}{unit}至不足{nxt}{unit}按{n}{unit}的得分" for (n, _), (nxt, _) in itertools.pairwise(got) if nxt - n > 1]
    if first and (none is None or first > 1):
        doubts.append(f"不足{first}{unit}按0分")
    noun = rest.strip(",").split(",")[0].removesuffix("的")
    what = f"{lead}{noun}的{unit}数" if noun else f"{lead}{unit}数"
    params = {"input": "value", "unit": unit, "value_label": what, "tiers": tiers}
    # one reading, said once: each count holds the values up to the next one
    return Proposed([RULE.item(w.name or what, w.weight, params)], f"分档计分：按{what} {len(tiers)} 档", ("；".join(doubts),))


#: “服务团队成员为50人的得2分,在50人的基础上每增加25人加2分,最多得6分”: the points at a base count, then those of each
#: whole step of the count above it, up to the 分值 (a closing remark in brackets, “(说明:…)”, left to check)
_BASE_COUNT_STEPS = lazy_compile(r"^(?P<what>[^;,\d]{0,40}?)(?:为|达到|达|满|有)?(?P<n>\d+)(?P<u>人|名|个|家|项|台|套|辆|份)(?:的|者)?,?"
                               r"(?:得|计)(?P<base>\d+(?:\.\d+)?)分[,;](?:在(?P=n)(?P=u)的?基础上|在?此基础上),?"
                               r"每(?:增加|多)(?P<step>\d+)(?P=u)(?:的)?,?(?:加|增加|另加|得)(?P<x>\d+(?:\.\d+)?)分[,;]"
                               r"(?:最多|最高)(?:得|加至|为)?(?P<cap>\d+(?:\.\d+)?)分[;.]?(?P<aside>\([^()]*\)[;.]?)?$")


def _base_count_steps(w: Wording) -> Proposed | None:
    """“服务团队成员为50人的得2分,在50人的基础上每增加25人加2分,最多得6分”: a count's points at a base, and more for each
    whole step above it up to the 分值: bands of the count (to check: fewer than the base unsaid, read as nothing; a
    part of a step adds nothing). Tried just before ``_count_ladder``, whose rungs cannot read such a text (a rung
    holds no 每)."""
    m = _BASE_COUNT_STEPS.match(w.text)
    if m is None:
        return None
    n, step, base, x, cap = int(m.group("n")), int(m.group("step")), d(m.group("base")), d(m.group("x")), d(m.group("cap"))
    steps = (cap - base) / x if x > 0 else Decimal(0)
    if cap != w.weight or not 0 < base < cap or step <= 0 or n <= 0 or steps != steps.to_integral_value() or steps > 20:
        return None
    unit, what = m.group("u"), m.group("what").strip() or w.name or "人数"
    tiers = [{"min": "0", "min_inclusive": True, "max": str(n), "max_inclusive": False, "score": "0"}]
    for i in range(int(steps)):
        lo, hi = n + i * step, n + (i + 1) * step
        tiers.append({"min": str(lo), "min_inclusive": True, "max": str(hi), "max_inclusive": False, "score": s(base + i * x)})
    tiers.append({"min": str(n + int(steps) * step), "min_inclusive": True, "max": None, "max_inclusive": False,
                  "score": s(cap)})
    doubts = [f"不足{n}{unit}：评分标准未说明，按0分计",
              f"“每增加{step}{unit}加{m.group('x')}分”：按满{step}{unit}一档计，不足一档不加分（是否按比例未说明）"]
    if m.group("aside"):
        doubts.append(f"“{m.group('aside').rstrip(';.')}”：未用于计分")
    params = {"input": "value", "unit": unit, "value_label": f"{what}{unit}数" if what != w.name else what, "tiers": tiers}
    return Proposed([RULE.item(w.name or what, w.weight, params)],
                    f"分档计分：{n}{unit}得 {m.group('base')} 分，此后每满 {step}{unit}加 {m.group('x')} 分，最多 {m.group('cap')} 分",
                    tuple(doubts))


def _met_count_ladder(w: Wording) -> Proposed | None:
    """“垃圾箱无垃圾、暖气下无杂物、门后无垃圾,给10分;达2项的给9分;达1项的给6分”: requirements listed for the 分值, then
    the points of each count of them met, in steps of different sizes or none met unsaid (even steps with none met said
    are ``formula._met_count_steps``): bands of the count met, all of them the 分值, none met its points or, unsaid,
    nothing (to check)."""
    ladder = met_count_ladder(w.text, w.weight)
    if ladder is None:
        return None
    n, rungs = ladder.n, ladder.rungs
    scores = [w.weight, *(x for _, x in rungs), *([] if ladder.none is None else [ladder.none])]
    if ladder.none is not None and len({a - b for a, b in itertools.pairwise(scores)}) == 1:
        return None
    tiers = [{"min": str(n), "min_inclusive": True, "max": None, "max_inclusive": False, "score": s(w.weight)}]
    tiers += [{"min": str(k), "min_inclusive": True, "max": str(k + 1), "max_inclusive": False, "score": s(x)} for k, x in rungs]
    tiers.append({"min": "0", "min_inclusive": True, "max": "1", "max_inclusive": False, "score": s(ladder.none or Decimal(0))})
    doubts = []
    if listed_doubt := met_count_listed_doubt(ladder):  # a list of another count, or joined pieces
        doubts.append(listed_doubt)
    if ladder.none is None:
        doubts.append("均未达到时的得分未说明，按0分读")
    what = f"达到要求的项数（共{n}项）"
    params = {"input": "value", "unit": "项", "value_label": what, "tiers": tiers}
    return Proposed([RULE.item(w.name or what, w.weight, params)], f"分档计分：按达到要求的项数 {len(tiers)} 档", tuple(doubts))


def describe(params: Params, item_max: Decimal) -> Phrase:
    return notes(params, item_max)[0].parts


RULE = RuleType(
    type="tiers",
    name=T("分档计分"),
    params=(
        Param("input", T("录入方式"), "select", default="value", choices=INPUT_MODES),
        Param("unit", T("单位"), "text", default="%"),
        Param("value_label", T("数值名称"), "text"),
        Param("numerator_label", T("分子名称"), "text"),
        Param("denominator_label", T("分母名称"), "text"),
        Param("tiers", T("分档"), "table", required=True,
              default=lambda item_max: [
                  {"min": "90", "min_inclusive": True, "max": None, "max_inclusive": False, "score": item_max},
                  {"min": None, "min_inclusive": False, "max": "90", "max_inclusive": False, "score": "0"}],
              columns=(Column("min", T("下限"), "number"), Column("min_inclusive", T("含下限"), "bool", True),
                       Column("max", T("上限"), "number"), Column("max_inclusive", T("含上限"), "bool"),
                       Column("score", T("得分"), "number"))),
    ),
    inputs=(VALUE, NUMERATOR, DENOMINATOR),
    inputs_for=value_or_ratio_inputs,
    check=check,
    score=score,
    notes=notes,
    binds=frozenset({"percent"}),
    from_figure=percent_from_figure,
    proposals=(Recogniser(600, _ranges), Recogniser(595, _full_short_floor), Recogniser(610, _by_rank), Recogniser(690, _rank_bands), Recogniser(720, _slash_bands), Recogniser(620, _shortfall), Recogniser(1660, _excess), Recogniser(1850, _unscored_line_first), Recogniser(1740, _over_reference), Recogniser(640, _share_bands), Recogniser(590, _line_or_nothing), Recogniser(630, _by_count), Recogniser(17000, _cases_zero_from),
               Recogniser(650, _figure_line), Recogniser(660, _below_line), Recogniser(2500, _above_line), Recogniser(670, _target_or_less),
               Recogniser(180, _step_cliff), Recogniser(710, _counted_bands), Recogniser(1580, _score_bands),
               Recogniser(730, _respective_bands), Recogniser(740, _bare_scored_bands),
               Recogniser(750, _line_step_cliff), Recogniser(2320, _share_step_cliff), Recogniser(490, _top_shares),
               Recogniser(815, _base_count_steps), Recogniser(820, _count_ladder), Recogniser(25010, _met_count_ladder), Recogniser(70, _shares_done), Recogniser(40, _target_met), Recogniser(1390, _bare_line),
               Recogniser(1380, _lines_below), Recogniser(1450, _not_exactly), Recogniser(1590, _off_either_way),
               Recogniser(1470, _gap_bands), Recogniser(2600, _rate_bands_off), Recogniser(42020, _bands_all_off), Recogniser(2360, _early_or_late), Recogniser(6210, _gap_below_reference),
               Recogniser(22000, _late_cliff)),
    describe=describe,
)


#: the bands of a number, read by a point of a list of its own (checklist) or before faults (formula): “6次以上,得1分;5次,得0.5分;4次及以下,不得分”
counted_bands, ranges = _counted_bands, _ranges
