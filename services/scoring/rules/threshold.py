"""达标线扣分: full marks at or beyond a line (≥90%), a deduction for each step short of it."""
from __future__ import annotations

import math
import re
from decimal import Decimal
from fractions import Fraction
from itertools import pairwise
from typing import Any, NamedTuple

from models.messages import said as refusal
from services.core.numbers import fmt
from services.core.patterns import found_by, lazy_compile
from services.scoring.rounding import decimal_of
from services.scoring.rules.base import (
    DEDUCT_MODES,
    DENOMINATOR,
    INPUT_MODES,
    NUMERATOR,
    VALUE,
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
    dec,
    deduct_points,
    deduct_words,
    exact_value,
    msg,
    need,
    percent_from_figure,
    said,
    value_or_ratio,
    value_or_ratio_inputs,
)
from services.scoring.rules.wording import (
    BID,
    LINE_UNITS,
    ORDINAL_AT,
    PER_PERIOD_COUNT,
    POINTS_LEAD,
    RATE_NAMED,
    d,
    is_ratio,
    lets_pass_each,
    line_in_name,
    listed_shares,
    rate_label,
    rates_each_step,
    s,
    with_labels,
)


def check(params: Params, item_max: Decimal) -> list[str]:
    problems = need(params, "full_at", nonneg=False) + need(params, "deduct")
    if params.get("direction", "higher") not in ("higher", "lower"):
        problems.append(refusal("direction 只能是 higher 或 lower"))
    if params.get("deduct_mode", "points") not in ("points", "percent_of_max"):
        problems.append(refusal("deduct_mode 只能是 points 或 percent_of_max"))
    if params.get("input", "value") not in ("value", "ratio"):
        problems.append(refusal("input 只能是 value 或 ratio"))
    problems += need(params, "step") if "step" in params else []
    if "step" in params and not problems and dec(params, "step") == 0:
        problems.append(refusal("step 不能为 0"))
    return problems


def score(params: Params, inputs: Inputs, item_max: Decimal) -> ItemResult:
    got = value_or_ratio(params, inputs)
    if got is None:
        return ItemResult(None, msg(T("尚未填写")))
    value, words = got
    full_at = dec(params, "full_at")
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
        return ItemResult(item_max, said(words, msg(T("，%1 %2%3，得满分 %4"), sign, fmt(full_at), unit, fmt(item_max))),
                          item_max)
    step = dec(params, "step", "1")
    steps = gap / step
    exact = exact_value(params, inputs)  # the arithmetic exact, divided once at the end
    exact_steps = ((Fraction(full_at) - exact) if higher else (exact - Fraction(full_at))) / Fraction(step)
    if params.get("stepwise"):
        exact_steps = Fraction(max(1, math.ceil(exact_steps)))
        steps = Decimal(exact_steps.numerator)
    per = deduct_points(params, item_max)
    raw = decimal_of(Fraction(item_max) - exact_steps * Fraction(per))
    side = T("，低于 %1%2 %3 %4，每 %5%2") if higher else T("，高于 %1%2 %3 %4，每 %5%2")
    gap_unit = msg(T("个百分点")) if unit == "%" else unit
    return clamp(raw, item_max, said(
        words, msg(side, fmt(full_at), unit, fmt(gap), gap_unit, fmt(step)), deduct_words(params, item_max),
        msg(T("，得分 = %1 − %2 × %3 = %4"), fmt(item_max), fmt(steps), fmt(per), fmt(raw))))


def notes(params: Params, item_max: Decimal) -> list[Note]:
    inclusive = params.get("inclusive", True)
    sign = ("≥" if inclusive else ">") if params.get("direction", "higher") == "higher" else ("≤" if inclusive else "<")
    return [Note((msg(T("达标线：%1 %2%3 得满分"), sign, params.get("full_at"), params.get("unit", "%")),))]


# ── wordings ────────────────────────────────────────────────────────────────
_FULL = r"(?:计满分|得满分|记满分|为满分|满分|不扣分|(?:计|得|记|\()?(?P<fullpts>\d+(?:\.\d+)?)分\)?)"
_CMP = r"(?P<cmp>≥|>|≤|<|=|不低于|不少于|达到|达|高于|大于|超过|不高于|不超过|低于|小于|控制在|在|完成)?"
#: what reaching the share achieves, after it: “应征收金额的65%征收到位记满分”, “任务的90%以上完成的得满分” (never a share
#: not reached: “65%未到位”)
_DONE = r"(?:(?<=%)(?:以上)?(?:(?![未不没])[\u4e00-\u9fff]){0,2}?(?:到位|完成))?"
#: units a 达标线 may be stated in besides % (节, 课时, 学时: lessons a teacher gives or attends, “周课时不少于12节”;
#: 分钟: a time taken, “到场时间≤30分钟”)
_UNITS = LINE_UNITS[:-1] + "|平方米|公顷|期|课时|学时|节|分钟|升/百公里|升)"
#: a remark in brackets on what is counted (“(当年报告病例的流调率)”, “(包括面积、产量)”)
_REMARK = r"\([^()\d]{1,60}\)"
#: a line and its full marks (“≥90%得满分”, “达到95%的,计5分”; the points in brackets may follow the line's sentence
#: closed: “签订率达到100%。(8分)”)
_FULL_AT = lazy_compile(_CMP + r"(?P<x>-?\d+(?:\.\d+)?)(?P<u>%|(?<=[≥>≤<=])(?!\d)|" + _UNITS[3:] +
                      r"(?:\(含(?:\d+(?:\.\d+)?%?)?\))?(?P<post>及以上|以上|及以下|以下|以内)?" + _DONE + r"(?:的|时)?(?:,|;(?=\())?"
                      + _FULL)
#: “变动率≤0,计8分;…每超过1个百分点扣0.8分”: a line after a sign with no unit of its own takes the step's unit
_SIGN_LINE = lazy_compile(r"(?P<cmp>≥|>|≤|<)(?P<x>-?\d+(?:\.\d+)?)(?![\d.]|" + _UNITS[3:] + r",?" + _FULL)
#: “性别比控制在110以内记10分,每上升1个百分点…”, “不超过5得满分”: a line at most in words, its figure with no unit of
#: its own (a ratio, an index): the step's unit is taken, which the text leaves unsaid
_BARE_LIMIT = lazy_compile(r"(?P<cmp>控制在|不超过|不高于|在)?(?<![\d.])(?P<x>\d+(?:\.\d+)?)(?![\d.]|" + _UNITS[3:]
                         + r"(?P<post>以内|以下|及以下)?(?:的|时)?,?" + _FULL)
#: a value that opens the text, alone in its cell (the target), before the scoring words
_LEADING = lazy_compile(r"(?P<cmp>≥|≤|不低于|不少于|不高于|不超过)?(?P<x>\d+(?:\.\d+)?)(?P<u>" + _UNITS[3:]
                      + r"(?:(?![\d,;])|(?<=%)[,;](?=每))")
#: a line alone in the clause just before a step, full marks implied: “≥95%,”, “达到95%,”, “不超过2%的,”, “控制在2%以内,”
#: (what is reached may stand between 达到 and its figure: “站点达到并能正常使用100%;每减少3个百分点…”; a remark in
#: brackets may follow the line, its sentence closed: “流调率达到100%(当年报告病例的流调率)。每降低10%…”)
_LINE_BEFORE_STEP = lazy_compile(r"(?P<cmp>≥|>|≤|<|不低于|不少于|不高于|不超过|达到|达|至少|控制在|在)?"
                               r"(?:(?<=达到)[^\d,;%未不没否]{1,8}?)?(?P<x>\d+(?:\.\d+)?)"
                        r"(?P<u>%|个百分点|" + _UNITS[3:] + r"(?P<post>及以上|以上|及以下|以下|以内)?(?:的|时)?"
                        r"(?:,|" + _REMARK + r"[,;]|(?<=%);)(?=每?$)")
#: “年亩增施有机肥1000公斤以上”, “年内至少3次”: the line with full marks implied
_LINE = lazy_compile(r"(?:(?P<cmp>至少|不少于|不低于)[^\d,;]{0,6}?)?(?P<x>\d+(?:\.\d+)?)(?P<u>" + _UNITS[3:] + r"(?P<post>及以上|以上|起(?=[,;]))?")
_STEP = lazy_compile(r"每?(?<![至不])(?P<dir>低于|减少|下降|降低|降|低|少于|少|缺|差欠|欠(?=\d)|(?<![相较])差(?=\d)|高于|增加|增|上升|超过|超出|超支|超|提高|高)[\u4e00-\u9fff]{0,4}?"
                   r"(?P<step>\d+(?:\.\d+)?)(?P<su>%|个百分点|(?=扣)|" + _UNITS[3:] + r"[^;]*?(?:扣|(?<![加增])减)(?P<share>权重分的|分值的)?"
                   r"(?P<amt>\d+(?:\.\d+)?)(?P<unit>分|%)")
#: a case counted before a comparison, “有1个指标低于…”, “每有1项…未达到…”: what is below the line is counted
_CASE_BELOW = lazy_compile(r"(?:有|每)1(?:个|项|处|家|条|种|所)[^,;\d]{0,12}$")
#: the step said with its 每: preferred to a comparison that only leads into it (“低于90%的,每降低1个百分点扣…”)
_STEP_EACH = lazy_compile("每" + _STEP.pattern[len("每?"):])
#: “以95%为目标”, “以全年计划的90%为标准”: the line is the target
_TARGET = lazy_compile(r"以[^,;\d]{0,8}?(?P<x>\d+(?:\.\d+)?)(?P<u>%|" + _UNITS[3:] + r"为(?:标准|目标|基准|满分线)")
#: “完成率按100%每下降1个百分点…”, “…按100%计,每降低…”: the rate measured from a line, the step down from it (straight
#: before the step)
_MEASURED_FROM = lazy_compile(r"按(?P<x>\d+(?:\.\d+)?)%(?:计算?)?,?$")
#: what ``_line`` says of a line read from ``_ALL_OF_THEM``
_ALL_SAID = "全部"
#: “资金足额到位的为满分”, “全部完成项目建设任务的,得1.5分” (the 分值), “全面完成造林任务得满分”: full marks at all done, 100%
_ALL_DONE = lazy_compile(r"足额[^,;]{0,12}(?:为|得|计)满分|全(?:部|面)(?:完成|到位)[^,;\d]{0,10}?(?:的,)?(?:为|得|计)(?:满分|(?P<pts>\d+(?:\.\d+)?)分)")
#: “发放到位得10分,每减少1%扣1分”, “资金拨付到位的,计满分”: a clause opening on a thing done in full (到位), never in part
#: (“基本到位”, “部分到位”) nor not (“未到位”, “不到位”): full marks at 100%, a step below it only
_IN_PLACE = lazy_compile(r"(?:^|(?<=[,;]))(?:(?![未不没])[\u4e00-\u9fff]){1,6}?(?<!基本)(?<!部分)(?<!大部)(?<!大多)到位(?:的,|的|,)?"
                       r"(?:为|得|计)(?:满分|(?P<pts>\d+(?:\.\d+)?)分)")
#: “适龄教师100%参加培训和测试,6分”, “企业100%签订责任书的,得6分”: all of those asked doing it, said as 100%, for the
#: 分值 (the rate of the step after it is theirs: read so, to check)
_ALL_OF_THEM = lazy_compile(r"(?<![\d.])100%(?!以|及|的|为|得|计|之)(?=[\u4e00-\u9fff])[^,;\d%]{2,16}?的?,?(?:为|得|计)?"
                          r"(?:满分|(?P<pts>\d+(?:\.\d+)?)分)")
#: “完成或超额完成目标值得基本分”, “完成年度目标任务的得满分”, “完成整村推进计划任务(个数)得15分”, “完成下达的目标任务
#: (包括面积、产量),得满分”, “完成下达指标得基本分” (the 指标 a figure handed down): full marks at the target reached, the step below it in percent of the target
_TARGET_MET = lazy_compile(r"(?:完成|达到)[^,;\d]{0,30}?(?:目标|任务|计划|要求|规定|下达指标)(?:值|数|量)?(?:" + _REMARK + r")?[^,;\d]{0,8}?的?,?"
                         r"(?:(?:为|得|计)(?:满分|基本分)|得分(?=[,;])|" + POINTS_LEAD + r"(?P<pts>\d+(?:\.\d+)?)分\)?)")
#: “目标值≥95%;达到目标值得满分,每低1个百分点扣2分”, “合格率目标值≥90%,…”, “指标值:≥95%;实际值达到指标值得满分”: the
#: target stated as a line in % (KPI sheets, 绩效目标 tables), then full marks at reaching it: the line is the target's
_TARGET_STATED = lazy_compile(r"(?P<of>目标值|指标值)(?::|为|:为)?[^\d,;:()]{0,12}?(?P<cmp>≥|>|≤|<|不低于|不少于|不高于|不超过)?"
                            r"(?P<x>\d+(?:\.\d+)?)(?P<u>%)(?:及以上|以上|及以下|以下|以内)?(?=[,;]|$)")
_TARGET_REACHED = lazy_compile(r"(?:^|(?<=[,;]))(?:实际(?:完成)?值)?(?:达到|完成|实现|≥)(?P<of>目标值|指标值)(?:要求)?的?,?(?:得|计|为|记)"
                             r"(?:满分|(?P<pts>\d+(?:\.\d+)?)分)(?=[,;])")
#: the step right after the target's clause, naming the target: “目标值:98%;每低于目标值1个百分点…”
_STEP_NAMES_TARGET = lazy_compile(r"[;,]每(?:低于|高于|超出|超过)(?:目标值|指标值)")
#: “考核标准:合格率≥95%;评分方法:达到标准得满分,每降低1个百分点扣1分”: a line in % stated alone in its clause (a KPI's
#: 考核标准), then full marks at reaching it said with no figure (“达到标准得满分”, “达标得满分”, “达到得满分”)
_LINE_STATED = lazy_compile(r"(?:^|(?<=[;,]))[\u4e00-\u9fff]{1,16}?(?P<cmp>≥|>|≤|<)(?P<x>\d+(?:\.\d+)?)(?P<u>%)(?=[,;])")
_LINE_REACHED = lazy_compile(r"(?:^|(?<=[,;]))(?:评分方法:|评分标准:|计分方法:|评分:)?(?:达到(?:考核)?标准|达标|达到)的?,?(?:得|计|为|记)"
                           r"(?:满分|(?P<pts>\d+(?:\.\d+)?)分)(?=[,;])")
#: “巡查未达到规定户次数,每下降2%扣0.5分”: short of a requirement named in words, the step in percent of it
_SHORT_OF_TARGET = lazy_compile(r"(?:未达到|未达|未完成|达不到|不足|低于)(?:规定|要求|计划|目标|标准)[^,;\d]{0,10}?(?:的|时)?,(?=每)")
#: “收缴率未达100%的,每低1个百分点扣1分”: the line is where the shortfall starts
_SHORT_OF_LINE = lazy_compile(r"(?:未达到|未达|未满|达不到|不足|不到|低于|少于)(?P<x>\d+(?:\.\d+)?)(?P<u>%|" + _UNITS[3:]
                            + r"(?:的|时)?[,;](?=按?每)")
#: “延长审限结案比超过10%的,每超1个百分点扣0.4分”: the line is where the excess starts (its clause may close with a full
#: stop: “超过10%的。每超…”); a share only: a time past its limit (“超过2小时的,每超1小时…”) is a delay
_PAST_LINE = lazy_compile(r"(?:超过|超出|高于|大于)(?P<x>\d+(?:\.\d+)?)(?P<u>%|个百分点)(?:的|时)?[,;](?=每)")
#: “…;低于90%不得分”: a cliff to nothing below a value, closing the text
_CLIFF = lazy_compile(r"[;,](?:低于|不足|不到|少于|<)(?P<x>\d+(?:\.\d+)?)(?P<u>%|" + _UNITS[3:]
                    + r"(?:的|时)?,?(?:此项|本项|该项)?(?:不得分|不计分|得0分|计0分)[;,]?$")
#: a rate's name: “合格率”, “清理(整改)率”
_RATE_NAME = r"[\u4e00-\u9fff()]{1,16}率"
#: the text opens with a rate's name alone, straight into its step (“合格率每下降10%…”), a quoted name before it
#: (“"两清两改"中清理率每下降…”)
_RATE_ONLY = lazy_compile(r"^(?:\"[^\",;]{1,10}\"|“[^”,;]{1,10}”)?" + _RATE_NAME + "$")
#: or a clause does, after words on where the figures come from (“以…为准,报考率每降低1个百分点…”, those words left
#: to check), the step said with its 每
_RATE_CLAUSE = lazy_compile("[,;]" + _RATE_NAME + "$")
#: or the text opens saying the rate it reckons by, its line in another column (“按团队成员接受培训的比例计算,每低1%…”,
#: “按实际完成数与总数的百分比计算,”): a share (比例, 百分比, …率) the step falls below
_RECKONED_BY_RATE = lazy_compile(r"^(?:按|按照|根据)[^,;\d%]{2,30}?(?:比例|百分比|比率|率)(?:计算|核算|计)[,;]$")
#: words that score: a clause before the rate's step that holds one is no mere word on the source
_SCORE_WORDS = lazy_compile(r"分|扣|得")
_HIGHER_WORDS = ("低于", "减少", "下降", "降低", "降", "低", "少", "少于", "缺", "差欠", "欠", "差")
#: a step down from what is asked (“每下降1%”), never a shortfall in a count (“每少1%”) nor a comparison (“每低于”)
_DECLINE_WORDS = ("下降", "降低", "减少")
#: a step that counts an amount short of what is asked (“每少拆除500平方米”)
_SHORT_WORDS = ("少", "少于", "缺")
#: amounts such a shortfall is measured in (never a time: “每缺少2小时” is a delay's, nor a count one by one)
_AMOUNTS = ("平方米", "公顷", "亩", "吨", "公斤", "千克", "万元", "元")
#: a step that counts what rises from none (“每增加1起”): with no line, the line is 0
_RISE_WORDS = ("增", "增加", "上升")
#: “…与本地上年相比,”, “较上年度,”: a figure set against its own last year's, closing the words before a step
_ON_LAST_YEAR = lazy_compile(r"(?:与|比|较)(?:本地|本单位|本县|本市|本区|本乡镇)?(?:上1?年度?|去年)(?:同期)?(?:相比|比较)?,?$")
_DIGIT = lazy_compile(r"\d")
_PER_WHAT = lazy_compile(r"/[\u4e00-\u9fff]{1,2}?(?=[,;]|扣|减)")


def _unit(u: str) -> str:
    return "%" if u in ("%", "个百分点", "") else u


#: a line said as the value itself, before its figure: “合格率为100%”, “合格率应为100%”, “合格率要求为100%”, “合格率100%”
_LINE_SAID_AS_IS = lazy_compile(r"(?:率|(?:应|要求|须|必须)?为)$")
#: the ends of a scale of percentages, and whether the step from them is down (at 100%) or up (at 0%)
_EXTREME_LINE = {"100": True, "0": False}


def _line(t: str, step: re.Match[str], weight: Decimal) -> tuple[str, str, str] | None:
    """(full_at, comparison, unit) of the 达标线 before the step."""
    full = None
    for m in _FULL_AT.finditer(t):
        if m.start() < step.start() and (m.group("fullpts") is None or d(m.group("fullpts")) == weight):
            full = m
    if full:
        if full.group("post") in (_POST_AT_MOST if step.group("dir") in _HIGHER_WORDS else _POST_AT_LEAST):
            return None  # “覆盖率90%以上得满分,每超过1个百分点扣2分”: the line and the step point opposite ways
        if full.group("cmp") in _REACHED and full.group("post") not in _POST_AT_MOST and \
                step.group("dir") not in _HIGHER_WORDS:
            return None  # “执行率达到95%得满分,每超过1个百分点扣0.5分”: a line reached is one at least, the step above it
        return full.group("x"), full.group("cmp") or "", _unit(full.group("u"))
    for m in _SIGN_LINE.finditer(t[:step.start()]):
        if m.group("fullpts") is None or d(m.group("fullpts")) == weight:
            full = m
    if full:
        if 0 < d(full.group("x")) <= 1 and _unit(step.group("su")) == "%":
            return None  # “执行率≥0.9得满分,每低1个百分点…”: a share as a fraction (90%) or 0.9%, not said
        return full.group("x"), full.group("cmp"), _unit(step.group("su"))
    whole = _ALL_DONE.search(t, 0, step.start()) or (
        _IN_PLACE.search(t, 0, step.start()) if step.group("dir") in _HIGHER_WORDS else None)
    if whole and (whole.group("pts") is None or d(whole.group("pts")) == weight):
        return "100", "", "%"
    them = _ALL_OF_THEM.search(t, 0, step.start())
    if them and (them.group("pts") is None or d(them.group("pts")) == weight):
        return "100", _ALL_SAID, "%"
    short = _SHORT_OF_LINE.search(t, 0, step.start() + 1)
    if short and step.group("dir") in _HIGHER_WORDS:  # “未达100%的,每低1个百分点…”: full at the line itself
        return short.group("x"), "≥", _unit(short.group("u"))
    past = _PAST_LINE.search(t, 0, step.start() + 1)
    if past and step.group("dir") not in _HIGHER_WORDS:  # “超过10%的,每超1个百分点…”: full up to the line itself
        return past.group("x"), "≤", _unit(past.group("u"))
    target = None
    for m in _TARGET.finditer(t[:step.start()]):
        target = m
    if target:  # “以95%为目标,每低于目标5%扣1分”: the line is the target
        return target.group("x"), "", _unit(target.group("u"))
    measured = _MEASURED_FROM.search(t, 0, step.start())
    if measured and step.group("dir") in _HIGHER_WORDS:  # “完成率按100%每下降1个百分点扣0.4分”: the line it falls from
        return measured.group("x"), "", "%"
    su = _unit(step.group("su"))
    bare = _LINE_BEFORE_STEP.search(t, 0, step.start())
    if bare and (bare.group("cmp") or bare.group("post")) and _unit(bare.group("u")) == su:
        # “预算执行率≥95%,每低1个百分点扣0.5分”, “差错率不超过2%,每超过1个百分点…”: a line alone in the clause before
        # the step, pointing the way the step does (at least, then each step below; at most, then each step above)
        at_most = bare.group("cmp") in _UPPER_LIMIT or bare.group("post") in _POST_AT_MOST
        if at_most != (step.group("dir") in _HIGHER_WORDS):
            return bare.group("x"), bare.group("cmp") or "", su
    if bare and not (bare.group("cmp") or bare.group("post")) and _unit(bare.group("u")) == su == "%" \
            and _LINE_SAID_AS_IS.search(t[:bare.start()]) and _EXTREME_LINE.get(bare.group("x")) == (
                step.group("dir") in _HIGHER_WORDS):
        # “合格率为100%,每降低1%扣1分”, “差错率为0%,每增加1个百分点…”: a line said as the value itself, at the end of
        # the scale, so that the step can only go one way from it
        return bare.group("x"), "", su
    for m in _LINE.finditer(t[:step.start()]):
        if _unit(m.group("u")) == su and (m.group("cmp") or m.group("post")):
            full = m
    if full and _scored_otherwise(t, full.end(), weight):
        return None  # “每月听课不少于10节得3分,每少1节扣0.5分” of 分值 4: the line scores other than full marks
    if full:
        # “年内至少3次”, “1000公斤以上”: a line at least, met by a step below it only
        return (full.group("x"), "", su) if step.group("dir") in _HIGHER_WORDS else None
    # “340天 每低于目标值1天,扣0.2分”, “≥75% 查看最近连续两年资料,每低5%扣1分”: the target's cell joined before the
    # scoring words; the value that opens the text, in the step's unit, is the line
    lead = _LEADING.match(t)
    if lead and lead.end() <= step.start() and _unit(lead.group("u")) == su and not _scored_otherwise(t, lead.end(), weight):
        at_least = lead.group("cmp") in ("≥", "不低于", "不少于")
        at_most = lead.group("cmp") in ("≤", "不高于", "不超过")
        higher = step.group("dir") in _HIGHER_WORDS
        if not (at_least and not higher) and not (at_most and higher):  # the line and the step point the same way
            return lead.group("x"), lead.group("cmp") or "", su
    return None


#: a score said just after a line (“不少于10节得3分”), its points
_SCORED_AFTER = lazy_compile(r"(?:的|时)?[,;]?(?:得|计|记|为)?(?P<pts>\d+(?:\.\d+)?)分")


def _scored_otherwise(t: str, end: int, weight: Decimal) -> bool:
    """Whether the line ending at ``end`` is said to score other than the 分值 (“…10节得3分” of 分值 4): then it is no
    line of full marks."""
    m = _SCORED_AFTER.match(t, end)
    return m is not None and d(m.group("pts")) != weight


def _bare_limit(t: str, step: re.Match[str], weight: Decimal) -> tuple[tuple[str, str, str], tuple[str]] | None:
    """The 达标线 of “控制在110以内记10分,每上升1个百分点扣0.5分”: a line at most with no unit, a step above it; the
    line is read in the step's unit (to check)."""
    if step.group("dir") in _HIGHER_WORDS:
        return None
    lines = [m for m in _BARE_LIMIT.finditer(t, 0, step.start()) if m.group("post") or m.group("cmp") in _AT_MOST_SAID]
    if len(lines) != 1 or (lines[0].group("fullpts") and d(lines[0].group("fullpts")) != weight):
        return None
    m, su = lines[0], _unit(step.group("su"))
    return (m.group("x"), "≤", su), (f"“{m.group(0)}”：{m.group('x')}未写单位，按每档的单位（{su}）读，请核对",)


#: the quantity a step names in its own clause (“;项目完工率每低1个百分点…”), the words of what is measured
#: (never a word that joins the step to the line, “否则每降低1%…”, “否则完工率每低…”, or only leads into it, “未达到的
#:每低1%…”: it names no quantity)
_JOINING = r"(?:否则|不然|反之|其余|另外|此外|但是|但|未达到|达不到|未达标|未完成)"
_STEP_QUANTITY = lazy_compile(r"(?:^|[,;])" + _JOINING + r"?(?:项目|其)?(?!" + _JOINING + r"(?:的|之)?$)"
                            r"(?P<q>[\u4e00-\u9fff]{2,12}?)(?:的|之)?$")
#: the words of a line's clause that name no quantity: comparisons, scores, full marks
_LINE_FILLER = lazy_compile(r"[^\u4e00-\u9fff]|达到|达|得|计|满分|分|以上|及|为|的|不低于|不少于|以内|本项|该项")


#: two quantities held to one line (“到位率、执行率均达到90%”, “A和B都不低于…”)
_BOTH_AT_LINE = lazy_compile(r"[\u4e00-\u9fff]{1,10}(?:、|和|及|与)[\u4e00-\u9fff]{1,10}?(?:均|都|分别|各自)(?:达到|达|不低于|不少于|在|≥|不超过|控制在)?(?=\d)")
#: two rates named side by side before a line (or a sentence apart), each with its line or the second's line for both
#: (“预算执行率达到100%、资金到位率达到100%的”, “预算执行率、资金到位率达到100%”, “…执行率100%,到位率100%得…”)
_TWO_RATES = lazy_compile(r"(?P<a>[\u4e00-\u9fff]{1,10}?率)(?:(?:达到|达|≥|不低于|为)?\d+(?:\.\d+)?%(?:及?以上)?)?(?:、|和|及|与|,|;)"
                        r"(?P<b>[\u4e00-\u9fff]{1,10}?率)(?:均|都)?(?:达到|达|≥|不低于|为|在)?(?=\d)")


def _two_rates_at_line(before: str) -> str | None:
    """The words of two rates of other names (neither the end of the other: “执行率” is “预算执行率”) side by side before a
    line in ``before``, the text ahead of a step; None when there are none."""
    for m in _TWO_RATES.finditer(before):
        a, b = m.group("a"), m.group("b")
        if not a.endswith(b) and not b.endswith(a):
            return m.group(0)
    return None


#: a line either side of nothing (“±5%以内”, “正负5%”): the value compared is a deviation's size, its sign dropped
_EITHER_SIDE = lazy_compile(r"(?:±|正负|上下浮动)\d+(?:\.\d+)?%?")


def _another_quantity(t: str, step: re.Match[str]) -> str | None:
    """“配套资金100%到位,得6分;项目完工率每低1个百分点扣0.5分”: the step names its own quantity (完工率) and the words
    before it name another (配套资金…到位), none of two characters in common: which value the line is of is unsaid."""
    named = _STEP_QUANTITY.search(t, 0, step.start())
    if named is None:
        return None
    q, before = named.group("q"), t[:named.start()]
    if not _LINE_FILLER.sub("", before) or any(q[i:i + 2] in before for i in range(len(q) - 1)):
        return None
    return f"“{q}”：达标线所在的“{before.strip(',;')}”说的是否同一数值，评分标准未说明"


#: “投放准确率不达标,每降低1%…”: the line not met, unnamed in the text, before the step
_LINE_UNMET = lazy_compile(r"(?:不|未)达标(?:的|时)?,$")
#: the line a name states (“分类达标率(30分):垃圾分类投放准确率达到90%”): a rate at least a figure
_NAMED_LINE = lazy_compile(r"率(?:达到|达|≥|不低于|在)(?P<x>\d+(?:\.\d+)?)%(?:\(含\))?(?:以上|及以上)?(?=$|[,;.。])")


#: a line at least in an indicator's name: “…的比例不低于80%”, “…覆盖率达到90%以上” (never a rate's figure alone, “…参保率
#: 95%”, which may be last year's value or the target: to judge)
_NAME_AT_LEAST = lazy_compile(r"(?:不低于|不少于|达到|达|≥)(?P<x>\d+(?:\.\d+)?)%(?:\(含\))?(?:以上|及以上)?(?=$|[,;.。])")


def _name_line(name: str) -> str | None:
    """The figure of the one line at least an indicator's ``name`` states, the only percentage in it."""
    lines = list(_NAME_AT_LEAST.finditer(name))
    return lines[0].group("x") if len(lines) == 1 and len(re.findall(r"\d%", name)) == 1 else None


#: a step said short of the target (“每低于目标值0.1个百分点”), the target's figure not repeated
_SHORT_OF_TARGET_STEP = lazy_compile(r"每?(?:低于|低|未达到|未达)(?:目标值|目标|考核值)")


def _worse_than_target(t: str, step: re.Match[str]) -> tuple[tuple[str, str, str], tuple[str]] | None:
    """The 达标线 of “考核值≤1%。每低于目标值0.1个百分点扣1分”: a target at most (lower is better), alone before a step
    said as falling short of the target: falling short of a target at most is lying above it, each step above the
    line costs (the words say 低于: to check)."""
    if not _SHORT_OF_TARGET_STEP.match(step.group(0)):
        return None
    bare = _LINE_BEFORE_STEP.search(t, 0, step.start())
    su = _unit(step.group("su"))
    if not bare or _unit(bare.group("u")) != su or not (
            bare.group("cmp") in _UPPER_LIMIT or bare.group("post") in _POST_AT_MOST):
        return None
    return (bare.group("x"), "≤", su), (f"“{step.group(0)[:step.start('step') - step.start()]}”：目标为不超过"
                                        f"{bare.group('x')}{su}（越低越好），按每高于目标一档扣分读，请核对",)


#: a deduction of points of its own: “…扣0.5分”
_OTHER_DEDUCTION = lazy_compile(r"扣\d")
#: a clause that is a fault and its cost, no figure in its words (“无专题网页的扣0.5分”)
_FAULT_OF_ITS_OWN = lazy_compile(r"^[^;,\d%]{2,30}?(?:的|者)?,?扣(?:除|减)?\d+(?:\.\d+)?分$")


def _line_in_name(before: str, name: str) -> tuple[tuple[str, str, str], str] | None:
    """The 达标线 of “不达标,每降低1%扣2分”, stated by the indicator's name alone (“…投放准确率达到90%。”): one rate at least
    one figure there; or of “职工参与面每少5%扣1分”, the quantity the step is of named with its one line there (“…职工参与面
    不低于85%”). Read, not said in the 评分标准: to check."""
    subject = ORDINAL_AT.sub("", before).strip(",;")
    figure = line_in_name(subject, name) if not re.search(r"[,;]", subject) else None
    if figure is None and subject.endswith("率"):
        # “随机抽取…现场测试,并统计相关知识知晓率,知晓率每下降5%…” in the row “…知识知晓率达90%以上”, “质检员月度检查对的率
        # 每降低1%…” in “…月度检查对的率（进料质检员目标值≥95%）”: the rate the step is of, its clause's words (or the last
        # of them, down to the rate's own name) named in the name with one line
        clause = re.split(r"[,;]", subject)[-1]
        for k in [0, *range(1, len(clause) - 3)]:  # (a part of the words, four characters at least: “月度检查对的率”)
            figure = line_in_name(clause[k:], name)
            if figure is not None:
                subject = clause[k:]
                break
    if figure is not None:
        return (figure, "≥", "%"), f"“{subject}”：达标线取自指标名称“{name}”中的 {figure}%"
    if not _LINE_UNMET.search(before):
        return None
    lines = list(_NAMED_LINE.finditer(name))
    if len(lines) != 1:
        return None
    m = lines[0]
    return (m.group("x"), "≥", "%"), f"“{before.rstrip(',')}”：达标线取自指标名称“{name}”中的 {m.group('x')}%"


#: a line said of a period shorter than the year the row is scored over (“每季度至少1期”, “至少一星期更新2次”)
_PERIOD_LINE = lazy_compile(r"(?:每|一)(?P<p>个?月|季度?|周|星期|半年|学期|旬)")
#: a line each kind reaches (“每类示范单位创建3家以上”, “每种…”, “各类…”): the shortfalls of the kinds add up, a count of one
#: kind is not what is scored
_KIND_LINE = lazy_compile(r"(?:每|各)(?P<k>[类种])")
#: units a count from none goes up in one by one (days, cases, reports, sessions): a step of one of them is a case counted
_ONE_BY_ONE = frozenset({"天", "日", "次", "起", "例", "处", "项", "个", "件", "人", "人次", "家", "户", "条", "份", "期", "节", "课时",
                         "篇", "篇次", "场", "场次", "批", "批次"})


def _target_stated(t: str, step: re.Match[str], weight: Decimal) -> tuple[str, str, str] | None:
    """The line of a target stated in % before the step (“目标值≥95%”), reaching it scoring the 分值 (“达到目标值得满分”):
    (full_at, comparison, unit); None when the text says no such target, or a score for reaching it not the 分值."""
    stated = _TARGET_STATED.search(t, 0, step.start())
    if _unit(step.group("su")) != "%":
        return None
    if stated:
        reached = _TARGET_REACHED.search(t, stated.end(), step.start())
        if reached and reached.group("of") != stated.group("of"):
            return None
        if not reached and _STEP_NAMES_TARGET.match(t, stated.end()) and step.start() == stated.end() + 1 and \
                stated.group("of") in step.group(0):
            # “目标值:98%;每低于目标值1个百分点扣2分”: the target stated, the step short of it named at once (a KPI row's
            # 目标值 clause then its 评分标准): nothing off at the target, the 分值 there
            cmp = stated.group("cmp") or ("≥" if step.group("dir") in _HIGHER_WORDS else "≤")
            return stated.group("x"), cmp, "%"
    else:  # “合格率≥95%;评分方法:达到标准得满分,…”: the line alone in the clause just before the words reaching it
        stated = _LINE_STATED.search(t, 0, step.start())
        reached = _LINE_REACHED.match(t, stated.end() + 1) if stated else None
    if not stated or not reached or (reached.group("pts") and d(reached.group("pts")) != weight):
        return None
    if _DIGIT.search(t, stated.end(), reached.start()) or _DIGIT.search(t, reached.end(), step.start()):
        return None  # another figure between the target and the step: another line, not this one
    cmp = stated.group("cmp") or ("≥" if step.group("dir") in _HIGHER_WORDS else "≤")
    return stated.group("x"), cmp, "%"


#: a step said against the plan's own figure (“比计划值每低…”, “较目标值每降低…”): percentage points under it
_POINTS_UNDER_PLAN = lazy_compile(r"(?:比|较)(?:目标|计划)值?$")
#: a step above the line adding points (“…,每增3个百分点加1分”): the line is no 100% (nothing lies above it)
_STEP_UP_ADDS = lazy_compile(r"每(?:增|多|高|提高|增加|上升)[^;,]{0,12}?加\d")


#: the figure a step may be measured against, named between its way and its size (“每低于上年值1个百分点”)
#: (a standard, a target, a plan named in the step alone is the line's own: “≥95%得满分,每低于标准1个百分点…”)
_STEP_REFERENCE = lazy_compile(r"上一?年度?|去年|同期|上期|上月|上季度?|平均|均值|行业|全省|全市|全国|全区|同类")


_NAMED_VALUE = lazy_compile(r"[\u4e00-\u9fff]{1,3}值")
#: the names of a target, any of them the same figure
_TARGET_NAME = lazy_compile(r"(?:目标|考核|指标|标准|计划)值$")


def _step_against_another(t: str, step: re.Match[str], full_at: str) -> str | None:
    """“目标值:≤3%;每超出上年值1个百分点扣2分”, “投诉率≥97%,每低于上年值1个百分点…”: the step names the figure it is
    measured against, and that figure is not the line's (its name not standing with the line's figure in one clause
    before the step): whether the line or that other figure is the one the step counts from is unsaid (to check)."""
    ref = _STEP_REFERENCE.search(t, step.end("dir"), step.start("step"))
    figure = r"(?<![\d.])" + re.escape(full_at) + r"(?![\d])"
    if ref is None:
        # “目标值:≤3%;每超出基准值1个百分点…”: a figure named …值 in the step, the line's clause naming another …值
        ref = _NAMED_VALUE.search(t, step.end("dir"), step.start("step"))
        line = re.search(r"[^,;]*" + figure + r"[^,;]*", t[:step.start()])
        named = _NAMED_VALUE.search(line.group(0)) if line else None
        if ref is None or named is None or line is None or ref.group(0) in line.group(0) or (
                _TARGET_NAME.search(ref.group(0)) and _TARGET_NAME.search(named.group(0))):
            return None  # (“考核值≥3%。每低于目标值0.2个百分点…”: the target by two of its names)
    word = re.escape(ref.group(0)[:2])
    if re.search(word + r"[^,;]{0,16}?" + figure + "|" + figure + r"[^,;]{0,16}?" + word, t[:step.start()]):
        return None  # “全省平均水平95%,每低于全省平均水平1个百分点…”: the reference is the line
    return (f"“{t[step.start():step.start('step')]}”：扣分所比的数与达标线 {full_at} 是否同一数值，评分标准未说明")


def _line_and_step(w: Wording) -> Proposed | None:
    """"≥90%得满分，每低于1%扣0.5分"."""
    t, weight, name, explanation = w.text, w.weight, w.name, w.explanation
    step = _STEP_EACH.search(t) or _STEP.search(t)
    if not step or PER_PERIOD_COUNT.search(t, 0, step.start()):  # a count each quarter asks for: per time missed
        return None
    if lets_pass_each(t):
        return None  # “迟到3次以内不扣分,超过3次的每次扣1分”: each case past the count let pass, no step of 3 (formula._faults)
    if any(d(other.group("amt")) != d(step.group("amt")) for other in _STEP_EACH.finditer(t, step.end())):
        # “…3个、…30个得20分,每少1个企业扣5分,每少1个个体户扣1分”: steps of other costs, of other things; one line
        # and one step hold neither (a formula of the shortfalls reads them)
        return None
    if rates_each_step(t):
        return None  # “A率、B率…每项每低1个百分点扣…”: each rate its own line, no one 达标线
    if any(_FAULT_OF_ITS_OWN.match(seg) for seg in t[:step.start()].split(";")[:-1]):
        return None  # “无专题网页的扣0.5分;至少一星期更新2次,每少1次扣0.5分”: a fault before the line (formula._faults)
    if not step.group(0).startswith("每") and _CASE_BELOW.search(t, 0, step.start()):
        return None  # “有1个指标低于100%扣5分”: the cases below the line are counted, the line is no step
    if not step.group("su") and "%" not in t[:step.start()]:
        return None  # (a step with no unit is read only after a line in %, below)
    if not step.group(0).startswith("每") and re.match(r"、\d", t[step.end("su"):]):
        return None  # “低于80%、70%、60%的,分别扣1分、2分、3分”: lines listed, no step (tiers._lines_below)
    if not step.group(0).startswith("每") and re.match(r"(?:的|时)?,?每", t[step.end("su"):]):
        return None  # “超过2小时每小时扣0.5分”: the figure after 超过 is a line, the step (one unit) after it (_TIME_LIMIT)
    line = _line(t, step, weight)
    doubts: tuple[str, ...] | None = None
    worse = _worse_than_target(t, step) if not line else None
    if worse:  # “考核值≤1%。每低于目标值0.1个百分点扣1分”: short of a target at most is above it (to check)
        line, doubts = worse
    bare = _bare_limit(t, step, weight) if not line else None
    if bare:
        line, doubts = bare
    them = _ALL_OF_THEM.search(t, 0, step.start()) if line and line[1] == _ALL_SAID else None
    if them:
        # (the words of what all of them do may name another quantity than the rate of the step: “配套资金100%到位”)
        line, doubts = ("100", "", "%"), (f"“{them.group(0)}”：按全部做到（100%）得满分、其比率每低于一档扣分读",)
    stated = _target_stated(t, step, weight) if not line else None
    if stated:
        line = stated
    per_unit = ""
    met = (_TARGET_MET.search(t, 0, step.start()) or _SHORT_OF_TARGET.search(t, 0, step.start() + 1)) if not line else None
    if met and found_by(met, _TARGET_MET) and met.group("pts") and d(met.group("pts")) != weight:
        met = None
    if met and step.group("su") == "个百分点" and _POINTS_UNDER_PLAN.search(t, 0, step.start()):
        met = None  # “比计划值每低1个百分点扣1分”: points of a percentage under the plan, not a share of it (formula)
    if met and _unit(step.group("su")) == "%" and step.group("dir") in _HIGHER_WORDS:
        # “完成或超额完成目标值得基本分;…每低于目标值2%扣1分”, “完成计划任务得15分,每减少10%扣2分”, “未达到规定户次数,
        # 每下降2%…”: the value is the share of the target reached
        line, doubts = ("100", "", "%"), (f"“{met.group(0).rstrip(',')}”：按完成值占目标值的百分比录入，达到 100% 得满分",)
    elif met and _unit(step.group("su")) == "%" and step.group("dir") in _RISE_WORDS and step.group(0).startswith("每"):
        # “达到要求的,得20分;未达到要求的,每增加0.5%扣10分”: a rise past what is asked, in percent: the value is the rise
        # beyond the requirement, none keeps the 分值 (to check: what the requirement is, the text does not say)
        line, doubts = ("0", "", "%"), (f"“{met.group(0).rstrip(',')}”：按超出要求的增幅（%）录入，未超出（0 及以下）得满分",)
    else:
        met = None
    before = t[:step.start()]
    # (a fault of its own after the step, “…;积极分子未登记入册扣0.5分”, is no part of one line and step)
    named = _line_in_name(before, name) if not line and step.group("dir") in _HIGHER_WORDS and \
        _unit(step.group("su")) == "%" and not _OTHER_DEDUCTION.search(t, step.end()) else None
    if named:  # “投放准确率不达标,每降低1%,扣2分” in the row “…投放准确率达到90%”
        line, doubts = named[0], (named[1],)
    if not line and step.group("dir") in _HIGHER_WORDS and _unit(step.group("su")) == "%" and (
            _RATE_ONLY.match(before) or (step.group(0).startswith("每") and (_RATE_CLAUSE.search(before)
                                                                             or _RECKONED_BY_RATE.match(before))
                                         and not _SCORE_WORDS.search(before))):
        # “合格率每下降10%扣0.5分”: a rate with no line stated is full at 100% (to check: the words do not say so)
        line, doubts = ("100", "", "%"), (f"“{before}”：未写明达标线，按 100% 得满分读",)
    # (“少1个百分点扣0.3分”: a step of one point of a percentage opening the text is a step without its 每)
    at_least = _name_line(name) if not line and not before and (step.group(0).startswith("每") or (
        step.group("su") == "个百分点" and d(step.group("step")) == 1 and step.group("dir") in _SHORT_WORDS)) and \
        step.group("dir") in _HIGHER_WORDS and _unit(step.group("su")) == "%" else None
    if at_least:
        # “每低1个百分点扣1分,直至本项分值扣完” in the row “…的比例不低于80%。”: the text no more than its step, the line
        # the one the indicator states (read, not said in the 评分标准: to check)
        line, doubts = (at_least, "≥", "%"), (f"未写明达标线：取指标名称“{name}”中的 {at_least}%（不低于）",)
    if not line and not before and step.group(0).startswith("每") and _unit(step.group("su")) == "%" and (
            step.group("dir") in _DECLINE_WORDS or (step.group("dir") == "少" and step.group("su") == "个百分点")) and \
            not _STEP_UP_ADDS.search(t, step.end()):
        # “每下降1%,扣0.5分”, the text no more than its step (the value named in another column): a decline from what
        # is asked, entered as the share of it reached, full at 100% (to check: neither the line nor the value is said);
        # so is “每少1个百分点扣1分”: points of a percentage short (never “每少1%”, which may be a count's share)
        line, doubts = ("100", "", "%"), ("未写明达标线及所比的数：按达到要求数的百分比录入，100% 得满分",)
    if not line and step.group("dir") in _RISE_WORDS and _unit(step.group("su")) == "%" and \
            step.group(0).startswith("每") and _ON_LAST_YEAR.search(before) and not _SCORE_WORDS.search(before):
        # “抢劫案件总量与本地上年相比,每上升1个百分点扣2分”: a rise on last year's own figure, in %, with no line said:
        # the value is the rise, none (or a fall) keeps the 分值 (to check)
        line, doubts = ("0", "", "%"), (f"“{before.rstrip(',')}”：按较上年上升的百分比录入，未上升（0 及以下）得满分",)
    if not line and step.group("dir") in _RISE_WORDS and _unit(step.group("su")) != "%" and \
            step.group(0).startswith("每") and not _DIGIT.search(t, 0, step.start()):
        # “每增0.01次/车,扣5分”, “事故率每增0.02次扣3分”: a count with no line stated is full at none (to check)
        su = _unit(step.group("su"))
        of = _PER_WHAT.match(t, step.end("su"))  # “次/车”: a count per something, the unit the value is in
        if not of and d(step.group("step")) == 1 and su in _ONE_BY_ONE:
            return None  # “停产天数每增加1天扣0.5分”: each day, each case from the first costs the same: a deduction per case
        per_unit = su + of.group(0) if of else ""
        line, doubts = ("0", "", su), (f"未写明达标线：按 0{per_unit or su} 得满分读",)
    shortfall = False
    if not line and step.group("dir") in _SHORT_WORDS and _unit(step.group("su")) in _AMOUNTS and \
            step.group(0).startswith("每") and not _DIGIT.search(ORDINAL_AT.sub("", t[:step.start()])):
        # “每少拆除复耕500平方米扣0.5分,不足500平方米按500平方米计分”: an amount short of what is asked, no line
        # said: the value is the shortfall itself, none short keeps the 分值 (to check)
        su = _unit(step.group("su"))
        line, doubts, shortfall = ("0", "", su), (f"未写明达标线：按少（缺）的数量（{su}）录入，0{su} 得满分",), True
    if not line:
        return None
    full_at, cmp, unit = line
    if unit != _unit(step.group("su")):
        return None
    against = _step_against_another(t, step, full_at)
    if against:
        doubts = (doubts or ()) + (against,)
    other = _another_quantity(t, step)
    if other:
        doubts = (doubts or ()) + (other,)
    both = _BOTH_AT_LINE.search(t, 0, step.start())
    if both:  # “到位率、执行率均达到90%得6分,每低1个百分点…”: one value entered for two, each of them short or both
        doubts = (doubts or ()) + (f"“{both.group(0)}”：两个数值同一达标线，按哪一个扣分（或各自扣分）未说明",)
    two = _two_rates_at_line(t[:step.start()]) if not both else None
    if two:  # “预算执行率达到100%、资金到位率达到100%的得10分,每低于1个百分点…”: the same, “均” left out
        doubts = (doubts or ()) + (f"“{two}”：两个比率各有达标线，按哪一个扣分（或各自扣分）未说明",)
    either = _EITHER_SIDE.search(t, 0, step.start())
    if either:  # “偏差率在±5%以内得满分,每超出1个百分点…”: a deviation below 0 is as far off as one above it
        doubts = (doubts or ()) + (f"“{either.group(0)}”：按偏差的绝对值录入，请核对",)
    higher = step.group("dir") in _HIGHER_WORDS and not worse and not shortfall
    if cmp in (_AT_LEAST if not higher else _UPPER_LIMIT + ("低于", "小于")):
        # “节约率≥0得满分,每超支1个百分点扣2分”: a line at least (at most) and a step above (below) it point opposite
        # ways: which value the text means is not said
        return None
    if higher:
        inclusive = cmp not in (">", "高于", "大于", "超过")
    else:
        inclusive = cmp not in ("<", "低于", "小于")
    mode = "percent_of_max" if (step.group("share") or step.group("unit") == "%") else "points"
    ratio = is_ratio(name) and unit == "%"
    n = re.escape(step.group("step"))
    # (a remainder counted as a whole step only: “每低5个百分点…,不足5个百分点的按1个百分点计” rounds to no step)
    stepwise = bool(re.search(rf"不足{n}(?:个百分点|%|" + re.escape(unit) + rf")的?(?:按|以)[^,;]{{0,4}}(?<![\d.]){n}"
                              r"(?!\d)(?:个百分点|%|" + re.escape(unit) + r")?(?:计|扣)", t))
    params = {"full_at": s(d(full_at)), "inclusive": inclusive, "direction": "higher" if higher else "lower",
              "step": s(d(step.group("step"))), "deduct": s(d(step.group("amt"))), "deduct_mode": mode,
              "stepwise": stepwise, "input": "ratio" if ratio else "value", "unit": per_unit or unit}
    if _CLIFF.search(t, step.end()) and stated_cliff(t, params, weight) is None:
        # “…每减少1个百分点扣0.5分;低于92%不得分” above where the deductions have taken the 分值: the cliff cuts the
        # steps short, which is another rule
        return None
    if not step.group("su"):
        # “两票合格率为100%,合格率每降低1—1分”: a step with no unit after a line in %, read in percentage points (to check)
        doubts = (doubts or ()) + (f"“{step.group(0)}”：每档未写单位，按百分点读",)
    period = _PERIOD_LINE.search(before)
    if period and higher and mode == "points" and unit in _ONE_BY_ONE and (
            period.group("p") != "学期" or d(full_at) / d(step.group("step")) * d(step.group("amt")) < weight):
        # “每季度至少出版1期,每少1期扣0.5分” of 分值 2: the shortfalls of the periods add up, a value of one period is not
        # what is scored (to check); so where one period's shortfall could take the 分值 (“每月报送信息不少于10篇,每少1篇
        # 扣1分” of 10: two months 1 short each cost 2, not 1), but for a 学期, the term a school's row is scored over
        # (“每学期听课不少于20节,每少1节扣1分” of 10: the term's count against its line)
        doubts = (doubts or ()) + (f"“{period.group(0)}”：达标线按一个{period.group('p')}的数读，各{period.group('p')}少的数是否累计扣分未说明",)
    kind = _KIND_LINE.search(before)
    if kind and higher and unit in _ONE_BY_ONE:
        # “每类示范单位创建3家以上,每少1家扣2分” : each kind's line, the shortfalls of the kinds adding up (to check)
        doubts = (doubts or ()) + (f"“{kind.group(0)}”：达标线按一{kind.group('k')}的数读，各{kind.group('k')}少的数是否累计扣分未说明",)
    with_labels(params, name, explanation)
    if met and not ratio:
        params["value_label"] = f"{name or '完成值'}占目标值的百分比" if full_at == "100" else f"{name or '数值'}超出要求的增幅"
    label = rate_label(name, explanation) if ratio else re.sub(r"^(服务对象|群众|受益对象)", "", name) or name
    sign = ("≥" if inclusive else ">") if higher else ("≤" if inclusive else "<")
    per = f"扣分值的 {params['deduct']}%" if mode == "percent_of_max" else f"扣 {params['deduct']} 分"
    return Proposed([RULE.item(label, weight, params)],
                    f"达标线扣分：{sign}{params['full_at']}{params['unit']} 得满分，每{'低于' if higher else '高于'} {params['step']}{params['unit']} {per}"
                    + ("，不足一档按一档扣" if stepwise else "") + ("（按两个数计算比率）" if ratio else ""), doubts)


#: “满意度测评得分达到90分以上得满分,每低1分扣0.5分”: a line on a score the value itself is (a 测评 or 考核 result in
#: 分), full marks at or above it and a step in 分 below it
_SCORE_LINE = lazy_compile(r"(?P<what>[\u4e00-\u9fff、]{2,24}?)?(?P<cmp>≥|>|不低于|达到|达|在)(?P<x>\d+(?:\.\d+)?)分"
                         r"(?P<post>\(含\)|\(含\)以上|及以上|以上)?(?:的|者|时)?,?(?:得|计|记|为)?(?:满分|(?P<pts>\d+(?:\.\d+)?)分)[;,]")
_SCORE_STEP = lazy_compile(r"每(?:低于|低|少于|少|降低|下降|减少)(?P<step>\d+(?:\.\d+)?)分(?:的)?,?(?:扣|减)(?P<amt>\d+(?:\.\d+)?)分")
#: a second line below the first (“…;低于60分不得分”): a cliff the step does not say, another reading
_SCORE_CLIFF = lazy_compile(r"(?:低于|不足|不到|少于|<)\d+(?:\.\d+)?分|\d+(?:\.\d+)?分(?:以下|以内)")


def _score_line_and_step(w: Wording) -> Proposed | None:
    """“综合评分达60分得满分,每低1分扣0.5分,扣完为止”: the value is a score in 分, full marks from the line up."""
    step = _SCORE_STEP.search(w.text)
    if not step:
        return None
    line = None
    for m in _SCORE_LINE.finditer(w.text, 0, step.start() + 1):
        line = m
    if line is None or (line.group("pts") and d(line.group("pts")) != w.weight) or _SCORE_CLIFF.search(w.text, step.end()):
        return None
    full_at, amt = d(line.group("x")), d(step.group("amt"))
    if amt > w.weight or full_at <= 0:
        return None
    what = (line.group("what") or "").removesuffix("在")
    params: dict[str, Any] = {"full_at": s(full_at), "inclusive": line.group("cmp") != ">", "direction": "higher",
                              "step": s(d(step.group("step"))), "deduct": s(amt), "deduct_mode": "points",
                              "stepwise": False, "input": "value", "unit": "分", "value_label": what or w.name or "得分"}
    sign = "≥" if params["inclusive"] else ">"
    return Proposed([RULE.item(w.name or params["value_label"], w.weight, params)],
                    f"达标线扣分：{params['value_label']}{sign}{params['full_at']}分 得满分，每低于 {params['step']} 分 扣 {s(amt)} 分")


def zero_at(params: Params, item_max: Decimal) -> Decimal | None:
    """The value at which the deductions have taken the whole 分值 (None when the step takes nothing)."""
    per = deduct_points(params, item_max)
    if per <= 0:
        return None
    gap = item_max / per * dec(params, "step", "1")
    full = dec(params, "full_at")
    return full - gap if params.get("direction", "higher") == "higher" else full + gap


def stated_cliff(t: str, params: Params, item_max: Decimal) -> Decimal | None:
    """The value of a closing “…;低于90%不得分” that lies where the deductions have taken the whole 分值, or below it:
    part of the threshold's reading (None when the text states none, or one the steps do not reach)."""
    m = _CLIFF.search(t)
    if not m or params.get("direction", "higher") != "higher" or _unit(m.group("u")) != params.get("unit", "%"):
        return None
    zero = zero_at(params, item_max)
    return d(m.group("x")) if zero is not None and d(m.group("x")) <= zero else None


#: what a line named in words, not in figures, is measured against: an average, a level, last year's figure
REFERENCE = r"[^,;\d且并和或]{0,16}?(?:平均|均值|水平|上年|去年|同期|基准|标准)[^,;\d且并和或]{0,8}?"
_AT_MOST = ("不大于", "不高于", "不超过", "不多于")
#: the comparisons of a line that is an upper limit (“控制在2%”: to be kept within)
_UPPER_LIMIT = ("≤", "<", "控制在", *_AT_MOST)
#: the words of a line at most before a figure with no unit
_AT_MOST_SAID = ("控制在", "不超过", "不高于")
#: the words after a line's figure that make it a lower (upper) limit: “90%以上”, “2%以内”
_POST_AT_LEAST = ("以上", "及以上")
_POST_AT_MOST = ("以下", "及以下", "以内")
#: the comparisons of a line that is a lower limit, to be reached or passed
_AT_LEAST = ("≥", ">", "不低于", "不少于", "不小于", "大于", "高于", "超过")
#: the words of a line reached (“达到95%得满分”): full marks at it and above, a line at least
_REACHED = ("达到", "达", "完成")
_PAST = ("超过", "超出", "超", "高于", "高出", "多于", "多")
#: the comparisons with a reference, the steps past or short of it, and what a step is counted in
_REFERENCE_AT_MOST = (*_AT_MOST, "≤")
REFERENCE_CMP = "|".join(_REFERENCE_AT_MOST + ("不低于", "不少于", "不小于", "≥"))
_REFERENCE_PAST = (*_PAST, "高")
REFERENCE_STEP = "|".join(_REFERENCE_PAST + ("低于", "低", "少于", "少"))
REFERENCE_UNITS = "个百分点|%|岁|天|人|个|家|户|次|名"
#: “高于全省平均水平”, “达到全市平均水平”, “全区平均值以上”: the 分值 at or above an average (the value at the average itself
#: loses nothing by the step either way); an empty comparison is the “以上” after the reference
_ABOVE_REFERENCE = r"高于|达到|达|(?=[^,;\d]{0,16}?(?:平均|均值)[^,;\d]{0,8}?及?以上)"
#: “平均年龄不大于市级部门平均年龄的,得2分;每超平均年龄1岁的,扣0.5分”: a line that is a named reference, and a
#: step past it (the value read is the difference from the reference); “≥行业标准水平(…号文件),得15分,每低1%扣1分”: the
#: document that sets the reference in brackets after it
_REFERENCE_LINE = lazy_compile(
    r"^(?:(?P<bare>指标值|完成值|本单位)|(?P<what>[^,;\d]{2,20}?))?(?P<cmp>" + REFERENCE_CMP + r"|" + _ABOVE_REFERENCE + r")"
    r"(?P<ref>" + REFERENCE + r")(?P<aside>\([^()]{1,40}\))?(?P<post>及?以上)?的?,?"
    r"(?:得满分|计满分|(?:得|计)(?P<fullpts>\d+(?:\.\d+)?)分)[;,](?:(?P<dir0>低于|高于|超过|超出)(?P<ref0>" + REFERENCE + r")?的?,?)?"
    r"每(?P<dir>" + REFERENCE_STEP + r")?"
    r"(?P<ref1>" + REFERENCE + r")?(?P<step>\d+(?:\.\d+)?)(?P<su>" + REFERENCE_UNITS + r")的?,?扣(?P<amt>\d+(?:\.\d+)?)分"
    r"(?:,?扣完为止)?[;.。]?$")


def _scope(ref: str) -> str:
    """The words of a reference naming whose it is (“全省” of “全省平均水平”), its average's words dropped."""
    return re.sub(r"平均|均值|水平|值|的|数", "", ref)


def _reference_and_step(w: Wording) -> Proposed | None:
    """"不低于全省平均水平的得满分,每低1个百分点扣0.5分": the value is the difference from the reference."""
    m = _REFERENCE_LINE.match(w.text)
    if not m or (m.group("fullpts") and d(m.group("fullpts")) != w.weight):
        return None
    cmp, way = m.group("cmp"), m.group("dir") or m.group("dir0")
    if not way or (m.group("dir") and m.group("dir0") and m.group("dir")[0] != m.group("dir0")[0]):
        return None  # “每1个百分点” naming no way, or two ways said
    if m.group("dir0") and m.group("what"):
        return None  # “本单位满意度不低于全市平均满意度的,…;低于全市平均满意度的,每低…”: two rates (formula._at_reference)
    if not m.group("what") and not m.group("bare") and not re.search(r"平均|均值", m.group("ref")):
        return None  # a bare line on last year's or a standard: which value is compared is unsaid
    if bool(m.group("post")) != (cmp == ""):
        return None  # “≥全省平均水平以上”: said twice
    if any(_scope(m.group(g)) not in _scope(m.group("ref")) for g in ("ref0", "ref1") if m.group(g)):
        # “达到全省平均水平得满分,每低于全国平均水平1个百分点…”: the step against another reference (never the same
        # one named shorter: “…不大于市级部门人员平均年龄的,得2分;每超平均年龄1岁的…”)
        return None
    at_most = cmp in _REFERENCE_AT_MOST
    if at_most != (way in _REFERENCE_PAST or way in ("高于", "超过", "超出")):
        return None  # the step points away from the line: not this reading
    unit = "%" if m.group("su") in ("个百分点", "%") else m.group("su")
    what, ref = m.group("what"), m.group("ref")
    if cmp == "" and what:  # “全省平均水平以上”: the words before the average are the reference's own
        what, ref = "", what + ref
    what = what or m.group("bare") or "指标值"
    params = {"full_at": "0", "inclusive": True, "direction": "lower" if at_most else "higher",
              "step": s(d(m.group("step"))), "deduct": s(d(m.group("amt"))), "deduct_mode": "points",
              "stepwise": False, "input": "value", "unit": unit,
              "value_label": f"{what}与{ref}之差（{'百分点' if unit == '%' else unit}）"}
    side = "超出" if at_most else "低于"
    doubts = [f"“{ref}{m.group('aside')}”：{ref}按括号中所列依据取值，请核对"] if m.group("aside") else []
    if m.group("su") == "%" and m.group("what") and not RATE_NAMED.search(m.group("what")):
        # “人均可支配收入达到全市平均水平的得满分,每低于…1%扣1分”: an amount's 1% is of the average, not a point of difference
        doubts.append(f"“每{way}{m.group('step')}%”：{what}为数量，1%按{ref}的百分之一计还是两者之差的百分点计未说明")
    return Proposed([RULE.item(w.name or what, w.weight, params)],
                    f"达标线扣分：{what}{cmp or '≥'}{ref}得满分（录入两者之差，{'≤' if at_most else '≥'}0 得满分），"
                    f"每{side} {params['step']}{'个百分点' if unit == '%' else unit} 扣 {params['deduct']} 分",
                    tuple(doubts) or None)


#: the 低价优先法 with a step: “投标报价最低的得满分,其他投标人每高于最低报价1%扣0.5分,扣完为止”, “报价最低的得30分,其余每高于
#: 最低报价1个百分点扣1分”: the lowest bid full, each other losing points per 1% it lies above the lowest (or per place
#: after it: “报价最低的得满分,其余依次递减2分”, ``_RANK``). Its words: the lowest bid (“投标报价最低的”, “低价优先法:报价
#: 最低的供应商”), the other bids (“其他投标人”, “其余供应商的报价”) and their step above the lowest (“每高于最低”)
_BID_LOWEST = BID + "最低"
_LOWEST_BID = r"(?:低价优先法:)?" + _BID_LOWEST + r"的?(?:投标人|供应商)?"
_OTHER_BIDS = r"(?:其他|其余|其它)(?:投标人|投标供应商|供应商)?(?:的报价)?"
_ABOVE_LOWEST = r"每高于?最低"
LOWEST_BID_FULL = (_LOWEST_BID + r"(?=,?(?:得满分|得\d)[^。]*?(?:依次(?:递减|减少|减)|" + _ABOVE_LOWEST + "))|"
                   + _OTHER_BIDS + "(?=,?" + _ABOVE_LOWEST + ")")
_LOWEST_BID_STEP = lazy_compile("^" + _LOWEST_BID + r",?(?:得满分|得(?P<full>\d+(?:\.\d+)?)分)[;,]"
                              + _OTHER_BIDS + ",?" + _ABOVE_LOWEST + BID + r"(?P<step>1)(?:%|个百分点)(?:扣|减)(?P<amt>\d+(?:\.\d+)?)分")


def _lowest_bid_and_step(w: Wording) -> Proposed | None:
    """“投标报价最低的得满分,其他投标人每高于最低报价1%扣0.5分”: the value is how far the bid lies above the lowest, in % of
    the lowest, the 分值 at 0 and the points lost per 1% past it (a part of a point in proportion)."""
    m = _LOWEST_BID_STEP.match(w.text)
    if not m or (m.group("full") and d(m.group("full")) != w.weight):
        return None
    params = {"full_at": "0", "inclusive": True, "direction": "lower", "step": "1", "deduct": s(d(m.group("amt"))),
              "deduct_mode": "points", "stepwise": False, "input": "value", "unit": "%",
              "value_label": "投标报价高于最低报价的百分比（%）"}
    return Proposed([RULE.item(w.name or "投标报价", w.weight, params)],
                    f"达标线扣分：投标报价最低的得满分（录入高于最低报价的百分比），每高 1% 扣 {params['deduct']} 分")


#: “排名第1名的得满分,每后退1名扣0.2分”: a rank, full marks at the first place and a step for each place after it
#: (“名次每减1位”, “排名第1位得满分,每后退1位扣0.5分”: the place said as 位)
_RANK_STEP = r"(?:每(?:后退|退后|落后|下降|降|后移|前进|进|上升)1(?:个)?(?:名(?:次)?|位(?:次)?)|(?<=名次)每(?:减|减少|下降|后退)1(?:个)?(?:位|名))"
_RANK = lazy_compile(r"(?P<rev>倒数)?(?:第1名|(?<=排名|名次)第[1一](?:位)?|前(?P<top>\d+)名|(?P<low>" + _BID_LOWEST + r")(?:投标人|供应商)?)(?:的)?,?(?:得满分|计满分|(?:(?<=[名位])|(?<=第[1一]))满分|(?:得|计)?(?:基本分)?(?P<full>\d+(?:\.\d+)?)分)"
                   r"|(?P<rev2>倒数)?第1名(?P<more>(?:、第\d+名)+)的?,?分别(?:得|计)(?P<scores>\d+(?:\.\d+)?分(?:、\d+(?:\.\d+)?分)+)")
#: “其他依次递减0.2分”, “其余名次依次递减1分”, “(其后)按名次依次递减2分”: each place after the last one at full marks loses
#: the points once more
#: (or a share of the 分值: “其余依次按标准分值的25%递减”)
#: (the places after the first named, the step's points said before the word for the decrease: “后续位次按0.1分递减”,
#: “后续名次按照0.2分依次递减”, “其余名次依次按照0.5分递减”)
RANK_DOWN = (r"(?:(?:其他|其余|其后|此后|以后|之后)(?:名次|的)?,?(?:按名次)?|按(?:名次|排名|排序|位次))依次(?:(?:递减|减少|减)"
             r"(?P<down>\d+(?:\.\d+)?)分|按(?:标准分值|标准分|分值|满分|基本分)的?(?P<share>\d+(?:\.\d+)?)%(?:递减|减少))|"
             r"(?:后续|其后|其余|其他|此后|以后|之后)(?:位次|名次)(?:依次)?按照?(?P<down_after>\d+(?:\.\d+)?)分(?:依次)?(?:递减|减少)")
#: what is ranked, a clause opening the text: “根据报价供应商近3年平均营业收入金额由大到小排序评分”, “按技术性能指标正偏离由高至低排序”
#: (a heading before a colon too: “技术性能指标正偏离评分按排序评分:”)
RANKED_BY = (r"(?:(?<=^)|(?<=^\d\.)|(?<=^\(\d\))|(?<=:))(?:[^,;:]{0,20}?按排序评分:)?(?:根据|按照?|以)[^,;:]{2,40}?"
             r"(?:由|从)(?:高|大)(?:到|至)(?:低|小)(?:进行)?(?:排序|排名)(?:评分|计分|打分|得分)?(?=,)")
#: (or a share of the 分值 off each place: “名次每减1位减基本分5%”)
_RANK_DEDUCT = lazy_compile(_RANK_STEP + r",?(?:扣(?P<amt>\d+(?:\.\d+)?)分|(?:扣|减)(?:基本分|分值|满分)的?(?P<pct>\d+(?:\.\d+)?)%)|" + RANK_DOWN)
#: “第1名得满分,依次递减2分”: the step said right after the first place, with no word of the places after it
_RANK_DOWN_BARE = lazy_compile(r",?依次(?:递减|减少|减)(?P<down>\d+(?:\.\d+)?)分")


class RankStep(NamedTuple):
    """A rank stepped down from the top: the places at full marks (``top``), the points each place after them loses,
    whether the rank counts from the last, and whether the top is the first place alone, said by itself."""
    top: str
    per: Decimal
    reverse: bool
    first_alone: bool
    by_price: bool = False  # “报价最低的得满分,其余依次递减2分”: the bids ranked from the lowest


def rank_step(w: Wording) -> RankStep | None:
    """"排名第1名得满分,每后退1名扣0.2分", “前3名得满分…”; “第1名、第2名的分别计2分、1.9分,第3名及以后的,每后退1名扣0.1分”:
    the rank's line and step, the 分值 at the top (the places listed lying on the step)."""
    head, step = _RANK.search(w.text), _RANK_DEDUCT.search(w.text)
    if head and not step:
        step = _RANK_DOWN_BARE.match(w.text, head.end())
    if not head or not step or step.start() < head.end():
        return None
    pct = step.groupdict().get("pct") or step.groupdict().get("share")
    per = w.weight * d(pct) / 100 if pct else d(step.groupdict().get("amt") or step.groupdict().get("down")
                                                 or step.group("down_after"))
    if per <= 0:
        return None
    if head.group("scores"):  # the places listed must lie on the step: 分值 − (名次 − 1) × 扣分
        places = [1] + [int(x) for x in re.findall(r"\d+", head.group("more"))]
        scores = [d(x) for x in re.findall(r"\d+(?:\.\d+)?", head.group("scores"))]
        if len(places) != len(scores) or any(sc != w.weight - (pl - 1) * per for pl, sc in zip(places, scores)):
            return None
    elif head.group("full") and d(head.group("full")) != w.weight:
        return None
    # “前3名得满分,第5名起每降1个名次扣0.5分”: a place said between the top and the step must be the next one after
    # the top, or the places between are unsaid
    listed = [int(x) for x in re.findall(r"\d+", head.group("more") or "")]
    after = max([int(head.group("top") or 1), *listed]) + 1
    if any(int(x) != after for x in re.findall(r"\d+", w.text[head.end():step.start()])):
        return None
    # “倒数排名前3名”: the rank counted from the last, said before the word for the rank as well as after it
    reverse = bool(head.group("rev") or head.group("rev2") or re.search(r"倒数(?:排名|排序|名次)$", w.text[:head.start()]))
    top = head.group("top") or "1"
    return RankStep(top, per, reverse, top == "1" and not reverse and not head.group("scores"), bool(head.group("low")))


def _rank_and_step(w: Wording) -> Proposed | None:
    """The rank's line and step (``rank_step``) as a line at the top places; the first place alone, counted from the
    top, is a formula's (formula._first_place_down)."""
    rank = rank_step(w)
    if rank is None or rank.first_alone:
        return None
    top, per, reverse = rank.top, rank.per, rank.reverse
    label = "倒数名次" if reverse else "名次"
    params = {"full_at": top, "inclusive": True, "direction": "lower", "step": "1", "deduct": s(per),
              "deduct_mode": "points", "stepwise": False, "input": "value", "unit": "名", "value_label": label}
    return Proposed([RULE.item(w.name or label, w.weight, params)],
                    f"达标线扣分：{'倒数' if reverse else ''}{'前' + top if top != '1' else '第1'}名得满分，此后每1名扣 {s(per)} 分")


def _ladder_steps(w: Wording) -> Proposed | None:
    """“完成率100%得10分,完成率90%得8分,以此类推”: shares listed with their points, an equal step down between them, and
    so on: the points of a step for each step of the share below the top one, a step begun counted whole (to check).
    Points that are each the share of the 分值 are a rate (rate._ladder_in_proportion)."""
    listed = listed_shares(w.text)
    if listed is None:
        return None
    so_on, shares, full = listed
    pairs = dict(shares)
    if full:
        pairs.setdefault(Decimal(100), d(full.group("n")) if full.group("n") else w.weight)
    ladder = sorted(pairs.items(), reverse=True)
    if len(ladder) < 2 or ladder[0][1] != w.weight or all(n * 100 == w.weight * p for p, n in ladder):
        return None
    steps = {(a[0] - b[0], a[1] - b[1]) for a, b in pairwise(ladder)}
    if len(steps) != 1:
        return None
    step, per = steps.pop()
    if step <= 0 or per <= 0:
        return None
    params: dict[str, Any] = {"full_at": s(ladder[0][0]), "inclusive": True, "direction": "higher", "step": s(step),
                              "deduct": s(per), "deduct_mode": "points", "stepwise": True, "input": "value", "unit": "%"}
    with_labels(params, w.name, w.explanation)
    return Proposed([RULE.item(w.name or str(params["value_label"]), w.weight, params)],
                    f"达标线扣分：≥{params['full_at']}% 得满分，每低于 {params['step']}% 扣 {params['deduct']} 分，不足一档按一档扣",
                    (f"“{so_on.group(0)}”：按每低{params['step']}%扣{params['deduct']}分（不足一档按一档）读，请核对",))


#: “超过规定5个工作日扣0.5分,10个工作日扣1分,以此类推,直至扣完”: a time past a limit, a deduction at one step and twice
#: it at two, and so on: the deduction per step past the limit (nothing past it scores full)
_PAST_WORDS = r"(?:超过|超出|超|逾期|延迟|推迟|迟报|迟交)"
_PAST_LADDER = lazy_compile(r"^(?P<what>[^,;\d]{0,16}?)" + _PAST_WORDS + r"(?:规定|要求|期限|时限)?(?P<a>\d+(?:\.\d+)?)"
                          r"(?P<u>个工作日|工作日|天|日|个月|小时)的?,?扣(?P<x>\d+(?:\.\d+)?)分[,;]" + _PAST_WORDS + r"?(?:规定|要求)?"
                          r"(?P<b>\d+(?:\.\d+)?)(?P=u)的?,?扣(?P<y>\d+(?:\.\d+)?)分[,;](?P<so_on>以此类推|依次类推|依此类推)"
                          r"(?:[,;](?:直至扣完|扣完为止|直到扣完|扣完本项分为止))?[;.]?$")


def _past_ladder(w: Wording) -> Proposed | None:
    """The deduction per step of time past the limit; what part of a step costs is not said (read in proportion, to
    check)."""
    m = _PAST_LADDER.match(w.text)
    if not m:
        return None
    a, x = d(m.group("a")), d(m.group("x"))
    if d(m.group("b")) != 2 * a or d(m.group("y")) != 2 * x or a <= 0 or x <= 0:
        return None  # not one equal step
    unit = m.group("u").removeprefix("个") if m.group("u") != "个月" else "个月"
    return _steps_past_none(w, (a, x, False), unit, f"{m.group('what')}超过规定的{unit}数",
                            f"达标线扣分：未超过规定得满分，每超过 {s(a)}{unit} 扣 {s(x)} 分",
                            f"“{m.group('so_on')}”：按每超过{s(a)}{unit}扣{s(x)}分读，不足{s(a)}{unit}的部分按比例扣，请核对")


def _steps_past_none(w: Wording, step: tuple[Decimal, Decimal, bool], unit: str, what: str, summary: str,
                     doubt: str) -> Proposed:
    """Full marks at none, ``step`` (how many, the points each costs, a step begun counted whole) past it, to check."""
    size, per, stepwise = step
    params: dict[str, Any] = {"full_at": "0", "inclusive": True, "direction": "lower", "step": s(size), "deduct": s(per),
                              "deduct_mode": "points", "stepwise": stepwise, "input": "value", "unit": unit,
                              "value_label": what}
    return Proposed([RULE.item(w.name or what, w.weight, params)], summary, (doubt,))


#: “1至2人不做扣0.5分,3至4人不做扣1分,以此类推”: bands of whole cases from 1, of one width, each deducting one step more
#: than the band before, and so on
_SO_ON = r"(?P<so_on>以此类推|依次类推|依此类推)"
_CASES = r"(?P<u>人次|人|次|处|个|项|例|起|件|名|户|篇|条|份)"
#: a requirement said before them, scoring nothing, maybe numbered and run into the numbered bands: “1.眼保健操时间内不得随意
#: 走动…无关的事2.1至2人不做扣0.5分,…”
_LADDER_LEAD = r"(?:(?P<lead>(?:\d+[.、])?[^\d;扣分]{4,80}?)(?:[,;]|(?=\d+[.、]1[至到~\-]\d))(?:\d+[.、](?=1[至到~\-]\d))?)?"
_BAND_LADDER = lazy_compile(r"^" + _LADDER_LEAD + r"(?P<what>[^\d;]{0,20}?)1[至到~\-](?P<b>\d+)" + _CASES + r"(?P<case>[^\d,;]{0,12}?)的?,?扣(?P<x>\d+(?:\.\d+)?)分"
                          r"[,;](?P=what)?(?P<c>\d+)[至到~\-](?P<d>\d+)(?P=u)(?P=case)?的?,?扣(?P<y>\d+(?:\.\d+)?)分[,;]" + _SO_ON
                          + r"(?:[,;](?:直至扣完|扣完为止|直到扣完|扣完本项分为止))?[;.]?$")


def _band_ladder(w: Wording) -> Proposed | None:
    """The deduction per band of cases, a band begun counted whole (“1至2人” costs its step at 1): the bands are listed
    twice and go on by “以此类推” (to check)."""
    m = _BAND_LADDER.match(w.text)
    if not m:
        return None
    width, x = int(m.group("b")), d(m.group("x"))
    if width < 2 or int(m.group("c")) != width + 1 or int(m.group("d")) != 2 * width or d(m.group("y")) != 2 * x \
            or not 0 < x < w.weight:
        return None
    u = m.group("u")
    what = f"{m.group('what')}{m.group('case')}".strip(",") or w.name
    found = _steps_past_none(w, (Decimal(width), x, True), u, f"{what}的{u}数",
                             f"达标线扣分：无则得满分，每{width}{u}扣 {s(x)} 分，不足{width}{u}按{width}{u}扣",
                             f"“{m.group('so_on')}”：按每{width}{u}扣{s(x)}分（不足{width}{u}按{width}{u}）读，请核对")
    if m.group("lead") and found is not None:  # the requirement the cases fail, said first: no points of its own
        lead = m.group("lead")
        found = found.doubted(f"“{lead}”：按所数情形的要求读，不另计分，请核对")
    return found


#: “税收较上年增长20%的得20分,每增(减)1个百分点加(减)5分”: points at a line, and a step either way; more than the
#: 分值 is not given, so only the step below the line is read (the bonus above it left out, to check)
#: (“…比例达30%可获基础分3分,每上升或下降10%,加减1分”: the points at the line its base, the two ways joined by 或; what is
#: required said first in clauses of words alone)
_EITHER_WAY = lazy_compile(r"^(?:[^;]{0,30}?,|(?:\(\d\))?[^;\d%]{0,80}?;)?(?P<what>[^,;]{0,30}?)(?P<x>\d+(?:\.\d+)?)%的?,?"
                         r"(?:可?(?:得|计|获))(?:基础分|基本分)?(?:满分|(?P<pts>\d+(?:\.\d+)?)分)[,;]"
                         r"每(?:(?:增|增加|提高|高)\((?:减|减少|降低|低)\)|(?:上升|增加|提高|增长)或(?:下降|减少|降低))"
                         r"(?P<step>\d+(?:\.\d+)?)(?:个百分点|%),?(?:相应)?(?:加\(减\)|加减|加或减|加或扣)(?P<amt>\d+(?:\.\d+)?)分[;.]?$")


def _either_way(w: Wording) -> Proposed | None:
    """The line scores the 分值; each step below it takes the step's points off (those above it, a bonus, are left out)."""
    m = _EITHER_WAY.match(w.text)
    if not m or (m.group("pts") and d(m.group("pts")) != w.weight):
        return None
    what = re.sub(r"(?:达到|达|为|占)$", "", m.group("what")) or w.name or "值"
    params: dict[str, Any] = {"full_at": s(d(m.group("x"))), "inclusive": True, "direction": "higher",
                              "step": s(d(m.group("step"))), "deduct": s(d(m.group("amt"))), "deduct_mode": "points",
                              "stepwise": False, "input": "value", "unit": "%", "value_label": what}
    return Proposed([RULE.item(w.name or what, w.weight, params)],
                    f"达标线扣分：≥{params['full_at']}% 得满分，每低于 {params['step']}% 扣 {params['deduct']} 分",
                    (f"“每增…加{params['deduct']}分”：超过{params['full_at']}%的加分未计入，得分不超过分值，请核对",))


#: “超审限案件每1个百分点扣0.4分”, “…占结案数的比例,每有1个百分点扣2分”: each point of a share costs, no comparison said
#: (the share is of what goes wrong, named by its cases, never a rate: none of it is full marks)
_EACH_POINT = lazy_compile(r"(?P<what>[^,;\d%]{2,40}?)?,?每有?(?P<step>1)(?P<su>个百分点|%),?(?:扣|减)(?P<amt>\d+(?:\.\d+)?)分")
#: a figure's comparison, line or score of the share before the step: another reading's words
_EACH_POINT_NOT = lazy_compile(r"%|得|加|低|高|超过|达到|不足|下降|降低|减少|增加|上升|提高")


def _each_point_of_a_share(w: Wording) -> Proposed | None:
    """“超审限案件每1个百分点扣0.4分”: a share named before a step with no comparison (no 低于、超过、下降) costs from its first
    point, full at 0%, less than the 分值 a point. Which share is meant (of what, over what) is the team's: to check."""
    t = w.text
    m = _EACH_POINT.search(t)
    if not m or not 0 < d(m.group("amt")) < w.weight or _EACH_POINT_NOT.search(t, 0, m.start("step")):
        return None
    if len(re.findall(r"(?:扣|减)\d", t)) != 1:
        return None  # another deduction beside the step: a formula of them
    what = (m.group("what") or "").strip(",;") or w.name
    if "率" in what:
        return None  # “合格率每1个百分点扣0.4分”: a rate named, which way is good unsaid, never a share of faults alone
    params = {"full_at": "0", "inclusive": True, "direction": "lower", "step": "1", "deduct": s(d(m.group("amt"))),
              "deduct_mode": "points", "stepwise": False, "input": "value", "unit": "%", "value_label": what}
    return Proposed([RULE.item(what, w.weight, params)], f"达标线扣分：≤0% 得满分，每高于 1% 扣 {params['deduct']} 分",
                    (f"“{m.group(0).strip(',;')}”：未写明达标线，按所说比例为 0% 得满分、每 1 个百分点扣分读",))


#: the units of a time limit on a service (an arrival, a repair): minutes, hours, days
_TIME_LIMIT_UNITS = r"分钟|个小时|小时|个工作日|工作日|天|日"
#: “接到报修后30分钟内到达现场,每超时10分钟扣1分”, “2小时内修复得满分,超过2小时每小时扣0.5分”, “到场时间≤30分钟,超时
#: 的每10分钟扣1分”: a time a thing is to be done within (at most), then each step of time past it costing points; the
#: step's figure may be left out (“每小时”: one unit), the limit said again before it (“超过2小时的,”)
_TIME_LIMIT = lazy_compile(
    r"^(?P<lead>[^,;\d]{0,20}?)(?P<cmp>≤|不超过|不高于|不大于|不多于|在)?(?P<x>\d+(?:\.\d+)?)(?P<u>" + _TIME_LIMIT_UNITS + r")"
    r"(?P<post>以内|之内|内)?(?P<verb>[^,;\d]{0,12}?)(?:的?,?(?:得满分|不扣分))?[,;]"
    r"(?:(?:超过|超出|超)(?P<x2>\d+(?:\.\d+)?)(?P<u2>" + _TIME_LIMIT_UNITS + r")(?:的|者|时)?,?|超时(?:的|者)?,?)?"
    r"每(?:超时|超过|超出|超|延迟|延误|推迟)?(?P<k>\d+(?:\.\d+)?)?(?P<su>" + _TIME_LIMIT_UNITS + r")(?:的)?,?扣(?P<amt>\d+(?:\.\d+)?)分"
    r"(?=[,;]|$)")


def _time_unit(u: str) -> str:
    return {"个小时": "小时", "个工作日": "工作日", "日": "天"}.get(u, u)


def time_limit(t: str) -> re.Match[str] | None:
    """The time limit and the step past it of ``t`` (``_TIME_LIMIT``) when the text is one: a limit at most (以内, 内, ≤,
    不超过), the step in its unit, the limit said again (“超过2小时的,”) the same; None otherwise."""
    m = _TIME_LIMIT.match(t)
    if not m or not (m.group("cmp") or m.group("post")) or (m.group("cmp") == "在" and not m.group("post")):
        return None
    if re.search(r"延迟|推迟|逾期|迟报|超时|宽限", m.group("lead")):
        return None  # “延迟2小时以内不扣分,每延迟1小时…”: a grace of a delay (delay)
    if re.match(r"[未不没]", m.group("verb")):
        return None  # “24小时内未上报的,每延迟1小时…”: the case of lateness, a delay counted past it (delay)
    unit = _time_unit(m.group("u"))
    if _time_unit(m.group("su")) != unit or (m.group("x2") and (d(m.group("x2")) != d(m.group("x"))
                                                               or _time_unit(m.group("u2")) != unit)):
        return None
    return m


def _time_limit_and_step(w: Wording) -> Proposed | None:
    """“接到报修后30分钟内到达现场,每超时10分钟扣1分”: the time taken is the value, full marks within the limit (at
    most: 以内, 内 and ≤ hold the limit itself), each step past it costing the points; a step of one unit when no
    figure is said (“每小时”). The words of what is timed describe it."""
    m = time_limit(w.text)
    if not m:
        return None
    unit = _time_unit(m.group("u"))
    step, amt = d(m.group("k") or "1"), d(m.group("amt"))
    if step <= 0 or not 0 < amt <= w.weight:
        return None
    n = re.escape(m.group("k") or "1")
    stepwise = bool(re.search(rf"不足{n}(?:个)?{m.group('su')}的?(?:按|以)[^,;]{{0,4}}(?<![\d.]){n}(?!\d)(?:个)?"
                              rf"{m.group('su')}?(?:计|扣)", w.text))
    params = {"full_at": s(d(m.group("x"))), "inclusive": True, "direction": "lower", "step": s(step), "deduct": s(amt),
              "deduct_mode": "points", "stepwise": stepwise, "input": "value", "unit": unit}
    with_labels(params, w.name, w.explanation)
    # (what is timed, “到达现场”, “修复”, labels the item and names the value: the words are the rule's own)
    verb = m.group("verb") if len(m.group("verb")) >= 2 and not re.search(r"扣|分|每|未|不|超", m.group("verb")) else ""
    if verb:
        params["value_label"] = f"{verb}用时"
    return Proposed([RULE.item(verb or w.name, w.weight, params)],
                    f"达标线扣分：≤{params['full_at']}{unit} 得满分，每高于 {params['step']}{unit} 扣 {params['deduct']} 分"
                    + ("，不足一档按一档扣" if stepwise else ""))


#: “按时交付率低于100%每1%扣2分,不满1%按1%计算”: a rate, the line it falls below, then a bare step of percentage points
#: (its 每 naming no direction of its own) and its cost; a part of a step counted whole or not said
_BELOW_THEN_BARE_STEP = lazy_compile(
    r"^(?P<what>[^,;:\d%]{2,30}?)(?:低于|小于|不足|不到|未达到|<)(?P<x>\d+(?:\.\d+)?)(?P<u>%|个百分点)(?:的|时)?,?"
    r"每(?P<step>\d+(?:\.\d+)?)(?P<su>%|个百分点)(?:扣|减)(?:除)?(?P<amt>\d+(?:\.\d+)?)分"
    r"(?P<part>[,;]不(?:满|足|到)(?P=step)(?:%|个百分点)的?(?:按|以)(?P=step)(?:%|个百分点)(?:计算|计|扣分|扣))?"
    r"(?:[,;](?:扣完为止|扣至0分为止|直至扣完|最低0分|扣完本项分值为止))?;?$")


def _below_then_bare_step(w: Wording) -> Proposed | None:
    """“按时按量批次交付率低于100%每1%扣2分,不满1%按1%计算”: the rate's line, then each step of percentage points below it
    costing its points (the 每 says no direction: the step is below the line the clause names), a part of a step
    counted as a whole one where the text says so. Full marks at the line and above it."""
    m = _BELOW_THEN_BARE_STEP.match(w.text)
    if not m:
        return None
    line, step, amt = d(m.group("x")), d(m.group("step")), d(m.group("amt"))
    if not 0 < line <= 100 or not 0 < step <= line or not 0 < amt <= w.weight:
        return None
    params = {"full_at": s(line), "inclusive": True, "direction": "higher", "step": s(step), "deduct": s(amt),
              "deduct_mode": "points", "stepwise": bool(m.group("part")), "input": "value", "unit": "%"}
    params["value_label"] = m.group("what")
    return Proposed([RULE.item(w.name or m.group("what"), w.weight, params)],
                    f"达标线扣分：≥{params['full_at']}% 得满分，每低于 {params['step']}% 扣 {params['deduct']} 分"
                    + ("，不足一档按一档扣" if params["stepwise"] else ""))


def describe(params: Params, item_max: Decimal) -> Phrase:
    higher = params.get("direction", "higher") == "higher"
    unit = params.get("unit", "%")
    out = said(*notes(params, item_max)[0].parts,
               msg(T("，每低于 %1%2 %3") if higher else T("，每高于 %1%2 %3"), params.get("step", "1"), unit,
                   deduct_words(params, item_max)))
    return out + said(msg(T("（不足一档按一档扣）"))) if params.get("stepwise") else out


RULE = RuleType(
    type="threshold",
    name=T("达标线扣分"),
    params=(
        Param("full_at", T("满分线"), "number", default="90", required=True),
        Param("direction", T("方向"), "select", default="higher", choices=(("higher", T("越高越好")), ("lower", T("越低越好")))),
        Param("inclusive", T("等于满分线也得满分"), "bool", default=True),
        Param("step", T("每差"), "number", default="1"),
        Param("deduct", T("扣"), "number", default="0.5", required=True),
        Param("deduct_mode", T("扣分方式"), "select", default="points", choices=DEDUCT_MODES),
        Param("stepwise", T("不足一档按一档扣"), "bool", default=False),
        Param("input", T("录入方式"), "select", default="value", choices=INPUT_MODES),
        Param("unit", T("单位"), "text", default="%"),
        Param("value_label", T("数值名称"), "text"),
        Param("numerator_label", T("分子名称"), "text"),
        Param("denominator_label", T("分母名称"), "text"),
    ),
    inputs=(VALUE, NUMERATOR, DENOMINATOR),
    inputs_for=value_or_ratio_inputs,
    check=check,
    score=score,
    notes=notes,
    binds=frozenset({"percent"}),
    from_figure=percent_from_figure,
    proposals=(Recogniser(400, _line_and_step), Recogniser(410, _reference_and_step), Recogniser(1890, _lowest_bid_and_step),
               Recogniser(420, _rank_and_step), Recogniser(430, _ladder_steps), Recogniser(440, _score_line_and_step),
               Recogniser(360, _past_ladder), Recogniser(1490, _band_ladder), Recogniser(350, _either_way), Recogniser(2100, _each_point_of_a_share),
               Recogniser(7320, _time_limit_and_step), Recogniser(9500, _below_then_bare_step)),
    describe=describe,
)
