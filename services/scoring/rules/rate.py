"""比率计分: score = numerator ÷ denominator × 分值 (capped at 100% unless the params say otherwise)."""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from decimal import Decimal
from fractions import Fraction
from typing import Any

from services.core.numbers import HUNDRED, fmt, pct
from services.core.patterns import lazy_compile
from services.scoring.rounding import decimal_of
from services.scoring.rules.base import (
    DENOMINATOR,
    NUMERATOR,
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
    exact_value,
    msg,
    said,
    value_or_ratio,
)
from services.scoring.rules.wording import (
    BASE_PRICE,
    BID,
    FACTOR,
    NOTE_LABEL,
    NUM,
    ORDINAL,
    POINTS_LEAD,
    SCORE_BASE,
    ZEROED,
    d,
    factor_doubt,
    listed_shares,
    rate_label,
    s,
)


def check(params: Params, item_max: Decimal) -> list[str]:
    return []


def score(params: Params, inputs: Inputs, item_max: Decimal) -> ItemResult:
    got = value_or_ratio({**params, "input": "ratio"}, inputs)
    if got is None:
        return ItemResult(None, msg(T("尚未填写")))
    value, words = got
    share = value / HUNDRED
    exact = exact_value({**params, "input": "ratio"}, inputs) / 100
    if params.get("cap", True) and share > 1:
        share, exact = Decimal(1), Fraction(1)
    raw = decimal_of(Fraction(item_max) * exact)  # multiplied before dividing: 3 × 5 ÷ 24 = 0.625 exactly
    return clamp(raw, item_max, said(words, msg(T("，得分 = %1 × %2 = %3"), pct(share * HUNDRED), fmt(item_max), fmt(raw))))


def from_figure(params: Params, fig: Any, binding: Mapping[str, Any]) -> dict[str, Any]:
    if fig.numerator is not None:
        return {"numerator": format(fig.numerator, "f"), "denominator": format(fig.denominator, "f")}
    return {"value": format(fig.value, "f")}


# ── wordings ────────────────────────────────────────────────────────────────
#: “按”, “按照”, “得分按…” leading into the rate the score is (never 按时、按期, a manner: “按时完成率”)
_BY = r"(?:得分|评分|计分|分数)?按(?:照|(?![时期]))"
#: an opening bracket or colon a rate may follow, not one after a sign (“10-(差错数/总数)×10”)
_OPENING = r"(?<=[(:])(?<![+\-*/]\()"
#: "得分=预算执行率×分值" (a rate that is not a completion rate)
#: “得分值=年度建设任务完成率(超过100%以100%计算)×20”: 得分值 for 得分, the cap said in brackets, a longer name
#: (never a rate added to or taken from a figure or the 分值 before it: “得分=10-差错率×10”, “满分-(投诉数/总数)×分值”,
#: the score falling as the rate rises)
SCORE_IS_RATE = lazy_compile(r"(?:(?:得|评|计)分(?P<value>值)?=|" + _BY + r"|^|" + _OPENING + r")(?P<named>[^*,;.=()+\-]{1,20}?率)"
                           r"(?P<cap>\((?:超过|超出|大于|高于)100%(?:的部分)?(?:以|按)100%(?:计算|计)\))?\*(?:" + SCORE_BASE
                           + r"|" + NUM + r"分?)(?![*/])")  # (“…率×10×权重”: a further factor, no share of the 分值)
#: “实际完成值/目标值”, “(评标基准价/投标报价”: a quotient of two named quantities (its opening bracket, if any)
_QUOTIENT = r"\(?(?P<num>[^*/,;.=()+\-]{2,16})/(?P<den>[^*/,;.=()+\-]{2,16}?)"
#: "得分=实际完成值/目标值×分值": the rate written as its two numbers
#: (or “×总分”, a bid's price formula: the total the row is out of, read as the 分值 and left to check, the bid's whole score
#: being a 总分 too)
SCORE_IS_QUOTIENT = lazy_compile(r"(?:(?:得|评|计)分=|" + _BY + r"|^|" + _OPENING + r")" + _QUOTIENT + r"(?:的比值|的比例|的比率)?\)?(?:\*100%)?\*"
                               r"(?:" + SCORE_BASE + r"|(?P<total>(?:本项|该项)?总分(?:值)?)(?=[;,.]|$))")


#: “超过100%的部分按实际计”: the rate is not capped at 100%
_UNCAPPED = lazy_compile(r"超过100%的?(?:部分)?(?:可|也)?(?:按实际|照计)")


def _quotient(w: Wording, num: str, den: str, cap: bool, summary: str) -> Proposed:
    """A rate stated as the quotient of two named quantities."""
    params = {"cap": cap, "value_label": rate_label(w.name, "") or "比率", "numerator_label": num,
              "denominator_label": den}
    return Proposed([RULE.item(w.name or "比率", w.weight, params)], summary)


def _up_to_line(w: Wording, num: str, den: str, line: str, said: str, reads: str) -> Proposed:
    """What is reached ÷ the line it is to reach × the 分值, more scoring no more (to check: the line is read as the
    denominator): ``num`` over ``den``, the line ``line`` as the summary shows it, ``reads`` the numerator the doubt on
    ``said`` names."""
    return replace(_quotient(w, num, den, True, f"比率计分：得分 = {num} ÷ {line} × 分值，超过按满分计"),
                   doubts=(f"“{said}”：按{reads} ÷ {line} × 分值读，请核对",))


def _score_is_rate(w: Wording) -> Proposed | None:
    m = SCORE_IS_RATE.search(w.text)
    if not m or "完成" in m.group("named") or not multiplies_weight(m, w.weight):
        return None
    cap = not _UNCAPPED.search(w.text)
    return Proposed([RULE.item(rate_label(w.name, ""), w.weight, {"cap": cap})],
                    f"比率计分：得分 = {m.group('named')} × 分值" + ("，超过100%按100%计" if cap else ""),
                    rate_doubts(m))


def multiplies_weight(m: re.Match[str], weight: Decimal) -> bool:
    """A “得分=…率×N” reads as the rate's share of the 分值 only when N is the 分值."""
    times = m.groups()[-1]  # the figure multiplied by, when not the 分值 in words
    return times is None or d(times) == weight


def rate_doubts(m: re.Match[str]) -> tuple[str, ...] | None:
    """“得分值=…率×N”: the rate is named, not defined (it may be a product of two rates), so the reading is checked."""
    if m.group("value"):
        return (f"“{m.group(0)}”：按比率 × 分值读，比率如何计算请按指标说明核对",)
    return None


#: a price's base that is not the lowest bid (“平均报价”, “最高报价”, “次低报价”): a bid below it scores past the 分值, and
#: the text does not say it is capped there
_BASE_NOT_LOWEST = lazy_compile(r"平均|均价|均值|最高|次低|中位|中间|算术")


def _score_is_quotient(w: Wording) -> Proposed | None:
    m = SCORE_IS_QUOTIENT.search(w.text)
    if not m:
        return None
    cap = not _UNCAPPED.search(w.text)
    read = _quotient(w, m.group("num"), m.group("den"), cap,
                     f"比率计分：得分 = {m.group('num')} ÷ {m.group('den')} × 分值" + ("，超过100%按100%计" if cap else ""))
    if m.group("total"):
        read = read.doubted(f"“{m.group('total')}”：按本项分值读，请核对")
    return _of_a_base_not_lowest(read, m.group("num"), m.group("den"))


def _of_a_base_not_lowest(read: Proposed, num: str | None, den: str | None) -> Proposed:
    """“价格得分=(平均报价/投标报价)×30”: a bid below a base not the lowest scores past the 分值 (capped there, unsaid):
    the reading to check. “投标报价得分=(投标报价/评标基准价)×30”: the bid over the base, a dearer bid scoring more (and
    every bid past the 分值): to check too."""
    if num and den and _BASE_NOT_LOWEST.search(num) and "价" in den:
        return read.doubted(f"“{num}”：基准不是最低报价，低于它的报价按式得分超过分值，按分值计未说明，请核对")
    if num and den and "报价" in num and _A_BASE.search(den):
        return read.doubted(f"“{num}/{den}”：报价越高得分越高，且报价高于{den}时按式得分超过分值，请核对")
    return read


#: a price's base named as the denominator of a price score (“投标报价/评标基准价”): the quotient upside down
_A_BASE = lazy_compile(BASE_PRICE + r"|最低(?:投标)?报价|平均(?:投标)?报价")


#: “得分=min(实际/目标,1)×权重”, “MIN(实际值/目标值,100%)×权重”: the quotient capped at 100% by a spreadsheet's MIN, the
#: whole text
MIN_QUOTIENT = lazy_compile(r"^(?:(?:得|评|计)分=)?(?:min|MIN|Min)\((?P<num>[^*/,;.=()+\-]{2,16})/(?P<den>[^*/,;.=()+\-]{2,16}),"
                          r"(?:1|100%)\)\*(?:" + SCORE_BASE + r"|(?P<times>\d+(?:\.\d+)?)分?)$")


def _min_quotient(w: Wording) -> Proposed | None:
    """``MIN_QUOTIENT``: the quotient × 分值, at most the 分值."""
    m = MIN_QUOTIENT.match(w.text.rstrip(";."))
    if not m or (m.group("times") is not None and d(m.group("times")) != w.weight):
        return None
    return _quotient(w, m.group("num"), m.group("den"), True,
                     f"比率计分：得分 = {m.group('num')} ÷ {m.group('den')} × 分值，超过100%按100%计")


#: “按满意度比例计分”, “按客户满意度折算得分”, “以满意度100%为满分,按实际满意度比例计分”: the satisfaction's share of the
#: 分值, the whole text
_BY_SATISFACTION = lazy_compile(r"^(?:以(?P<lead>[^,;\d]{0,12}?满意度)100%为满分,)?按(?:实际|其)?(?P<named>[^,;\d按]{0,12}?满意度)(?:的)?"
                              r"(?:比例|百分比)?(?:计算|折算)?(?:计分|得分|评分)?$")


def _by_satisfaction(w: Wording) -> Proposed | None:
    """``_BY_SATISFACTION``: the satisfaction × 分值, at most the 分值. To check: a satisfaction may be a percentage or a
    score out of 100 (entered so, it scores alike) or of 5 or 10 (it does not)."""
    t = w.text.rstrip(";.")
    m = _BY_SATISFACTION.match(t)
    if not m or (m.group("lead") is None and not re.search(r"比例|百分比|折算", t)):
        return None  # (“按满意度计分”: a satisfaction's grades may be meant)
    named = m.group("named")
    return _named_rate(w, named, f"比率计分：得分 = {named} × 分值，超过100%按100%计",
                       f"“{t}”：按{named}（百分数）× 分值读，满意度按其他分制计的请核对")


#: “以100分为满分,按比例折算”, “按百分制测评得分折算”, “按100分卷折计” (a paper marked out of 100): a score out of 100
#: brought to the 分值, the whole text
_HUNDRED_POINT_SCORE = lazy_compile(r"^(?:以100分为满分,按比例(?:折算|计算)|按(?:百分制|100分制|100分卷)(?P<what>[^,;\d]{0,8}?(?:得分|分数))?"
                                  r"(?:按比例)?(?:折算|换算|折计))(?:得分|计分)?$")


#: “根据安全检查评分表检查评分后,按满分60分折算” on 60: a table's score brought to the row's 分值 (its own scale unsaid)
_TABLE_SCORE_SCALED = lazy_compile(r"^(?:根据|按照?|依据|对照)(?P<table>[^,;\d]{2,20}?(?:评分表|检查表|考核表|评分汇总表|评价表))"
                                 r"(?:检查|考核|逐项)?(?:评分|打分|评定|计分)后?,?按(?:满分)?(?P<full>\d+(?:\.\d+)?)分"
                                 r"(?:折算|换算|折合)(?:得分|计分)?$")


#: “8次作业满分8分,折算为期末总成绩20分”, “平时测验满分100分,按比例折算为30分” on 20, 30: a score on a scale of its own,
#: named, brought to the 分值 said; the 分值 said before the verb too (“评分表总分100分,按分值30分进行折算” on 30)
SCALE_TO_WEIGHT = lazy_compile(r"^(?P<what>[^,;\d]{2,16}?|\d+(?:次|个|项|份|篇)[^,;\d]{2,12}?)(?:的)?(?:满分|总分)(?:为)?(?P<full>\d+(?:\.\d+)?)分,?"
                              r"(?:(?:按比例)?(?:折算|换算|折合)(?:为|成)(?:[^,;\d]{0,12}?)(?P<n>\d+(?:\.\d+)?)分"
                              r"|并?按(?:分值|满分)?(?P<n2>\d+(?:\.\d+)?)分(?:进行)?(?:折算|换算|折合))$")


def _scaled_to_weight(w: Wording, t: str) -> Proposed | None:
    """``SCALE_TO_WEIGHT``: the score named ÷ its full points × 分值 (the points it is brought to must be the 分值)."""
    m = SCALE_TO_WEIGHT.match(t)
    if not m or d(m.group("n") or m.group("n2")) != w.weight or d(m.group("full")) == 0:
        return None
    what = f"{m.group('what')}得分"
    return _quotient(w, what, m.group("full"), True, f"比率计分：得分 = {what} ÷ {m.group('full')} × 分值")


def _hundred_point_score(w: Wording) -> Proposed | None:
    """``_HUNDRED_POINT_SCORE``: the score of 100 ÷ 100 × 分值, to check (what is scored out of 100 is not named, or
    how it is scored); ``_TABLE_SCORE_SCALED``: a named table's score brought to the 分值 said, read the same, the
    table's scale taken as 100 (to check)."""
    t = w.text.rstrip(";.")
    scaled = _scaled_to_weight(w, t) if "满分" in t or "总分" in t else None
    if scaled:
        return scaled
    m = _HUNDRED_POINT_SCORE.match(t)
    table = _TABLE_SCORE_SCALED.match(t) if m is None and ("折" in t or "换算" in t) else None
    if table and Decimal(table.group("full")) == w.weight:
        what = f"{table.group('table')}得分（百分制）"
        read = _quotient(w, what, "100", True, f"比率计分：得分 = {what} ÷ 100 × 分值")
        return read.doubted(f"“{t}”：{table.group('table')}的满分未说明，按百分制读（得分 ÷ 100 × 分值），请核对")
    if not m:
        return None
    what = m.group("what") or "百分制得分"
    read = _quotient(w, what, "100", True, f"比率计分：得分 = {what} ÷ 100 × 分值")
    return read.doubted(f"“{t}”：按{what} ÷ 100 × 分值读，百分制得分由谁、如何评出请核对")


#: "得分=达标个数/全部个数": a quotient with no multiplier, read as its share of the 分值 (never sure: the words
#: do not say so; “得分=考核得分÷10” may be the points themselves, a score of 100 brought to 10)
SCORE_IS_BARE_QUOTIENT = lazy_compile(r"得分=\(?([^*/,;.=()]{2,20})/([^*/,;.=()]{2,20}?)\)?(?:\*100%)?(?=$|[(;,。])")


def _score_is_bare_quotient(w: Wording) -> Proposed | None:
    m = SCORE_IS_BARE_QUOTIENT.search(w.text)
    if not m or m.group(1).endswith(("得分之和", "分数之和")):
        return None  # “得分=各单位得分之和÷单位个数”: the mean of scores, no share of the 分值 (formula.py reads it)
    read = _quotient(w, m.group(1), m.group(2), True,
                     f"比率计分：得分 = {m.group(1)} ÷ {m.group(2)} × 分值（原文未写明乘以分值，请核对）")
    return read.doubted(f"“{m.group(0)}”：原文未写明乘以分值，是比率占分值的比例还是商即得分，请核对")


#: "得分=支出资金占到位资金的比例×分值", "根据实际到位资金占计划的比重计算得分": the rate in words
_SHARE_NAMED = r"(?P<num>[^*/,;.=()占]{2,20}?)占(?P<den>[^*/,;.=()占]{1,20}?)的?(?:比例|比重|百分比)"
SHARE_OF = lazy_compile(r"(?:(?:得|评|计)分=|" + _BY + r"|根据)" + _SHARE_NAMED +
                      r"(?:\*" + SCORE_BASE + r"|(?:进行)?(?:计算得分|计分|得分|评分))")
#: “按违规金额占项目资金的比例扣分”, “根据违规金额占项目资金总额的比例扣减分值,扣完为止”: the share in words taken off the
#: 分值 (``formula._share_off``), the text nothing else
SHARE_OFF = lazy_compile(r"^(?:" + _BY + r"|根据|依据)" + _SHARE_NAMED +
                       r"(?:相应|同比例)?(?:扣分|扣减分值|扣减得分|扣减|减分|扣除分值|扣除)(?:,扣完为止)?[;.]?$")


def _share_of(w: Wording) -> Proposed | None:
    m = SHARE_OF.search(w.text)
    if not m:
        return None
    num, den = m.group("num"), m.group("den")
    cap = not _UNCAPPED.search(w.text)
    return _quotient(w, num, den, cap, f"比率计分：得分 = {num} ÷ {den} × 分值" + ("，超过100%按100%计" if cap else ""))


#: “实际返还资金小于应上缴资金的,其比率作为考核分值” (a 100-point item), “…低于计划数的,按其比例计分”: below the
#: line, the quotient of the two quantities named
RATIO_BELOW = lazy_compile(r"(?P<num>[^,;\d、]{2,20}?)(?:小于|低于|少于|未达到)(?P<den>[^,;\d]{2,16}?)(?:的|时)?,"
                         r"(?:(?P<as>(?:以|按)?其(?:比率|比例|比值)(?:作为|做为)[^,;\d]{0,6}?(?:分值|得分))|"
                         r"(?:按|以)其(?:比率|比例|比值)(?:计分|得分|计算得分))")


#: “年度总产值达到全市平均水平的乡镇得4分,其余乡镇得分以全市平均水平为标准推算”: the reference reached, the points; the
#: others scored against it (“推算”, reckoned from it): the quotient of the value and the reference
_RECKONED_FROM = lazy_compile(r"^(?:(?P<num>[^,;\d、]{2,20}?)(?:达到|不低于|不少于|高于|超过)(?P<den>[^,;\d]{2,16}?)(?:及以上)?(?:的|者)"
                            r"(?P<who>[^,;\d]{0,12}?),?(?:得|计|记)(?:满分|(?P<n>\d+(?:\.\d+)?)分)[,;]"
                            r"(?:其余|其他|其它|未达到的?|低于的?|达不到的?)(?P=who)?(?:的)?,?)?(?:得分|分值)?(?:以|按)(?:照)?"
                            r"(?P<ref>[^,;\d]{2,16}?)(?:为|作为)(?:标准|基准|基数)(?:进行)?(?:推算|折算)(?:得分|计分)?[;.]?$")


def _ratio_below(w: Wording) -> Proposed | None:
    m = RATIO_BELOW.search(w.text)
    if not m:
        return _reckoned_from(w)
    if m.group("as") and w.weight != HUNDRED:  # a rate “as the score” is its share only of 100 points
        return None
    num, den = m.group("num"), m.group("den")
    return _quotient(w, num, den, True, f"比率计分：{num}不低于{den}得满分，低于时得分 = {num} ÷ {den} × 分值")


def _reckoned_from(w: Wording) -> Proposed | None:
    """Below a reference the score reckoned from it (“推算”, “折算”): the value ÷ the reference × 分值, at most the 分值.
    To check: in proportion is read, not said, and the value is named only where its line is."""
    m = _RECKONED_FROM.match(w.text)
    if not m or (m.group("den") and m.group("den") != m.group("ref")) or (m.group("n") and d(m.group("n")) != w.weight):
        return None
    ref, num = m.group("ref"), m.group("num") or "实际值"
    said = m.group(0).rstrip(";.")
    return replace(_quotient(w, num, ref, True, f"比率计分：{num}达到{ref}得满分，低于时得分 = {num} ÷ {ref} × 分值"),
                   doubts=(f"“{said}”：“推算”按 {num} ÷ {ref} × 分值读（不超过分值），请核对",))


#: “以评价期间发出的订单数为基数,按响应数量折算”, “考察…,以中选人数为基数,按实际入场人数折算”: the base named, then
#: what is counted against it: the count ÷ the base × 分值 (what is looked at may be said first; a remark after it,
#: “按项目数累计求平均值”, is left to the evaluator)
_BASE_THEN_COUNTED = lazy_compile(r"^(?:(?P<lead>[^,;\d]{2,24}?),)?以(?P<den>[^,;\d]{2,20}?)为(?:基数|基准)(?:值)?,"
                                r"按(?:实际|其)?(?P<num>[^,;\d按比]{2,16}?)(?:的)?(?:比例)?折算(?:得分|计分)?"
                                r"(?P<after>,[^,;\d]{2,16})?[;.]?$")


def _base_then_counted(w: Wording) -> Proposed | None:
    """``_BASE_THEN_COUNTED``: the count over its base × 分值, at most the 分值; to check (“折算” in proportion is read,
    not said)."""
    m = _BASE_THEN_COUNTED.match(w.text)
    if not m or _SCORE_WORDS_OF_BASE.search(m.group("den") + m.group("num")):
        return None
    num, den = m.group("num"), m.group("den")
    return replace(_quotient(w, num, den, True, f"比率计分：得分 = {num} ÷ {den} × 分值，超过100%按100%计"),
                   doubts=(f"“以{den}为基数,按{num}折算”：按 {num} ÷ {den} × 分值读，请核对",))


#: words that make the base or the count a score or a line, not a quantity (“以90分为基数”, “按扣分折算”)
_SCORE_WORDS_OF_BASE = lazy_compile(r"分|扣|得|率")


#: “项目尾款支付时由项目经理基于供应商评价表作评价,根据评价表得分折算”: the score a sheet of its own gives, brought to
#: the 分值 (how it was got said first; a remark after it, “按项目数累计求平均值”, left to the evaluator)
_SHEET_SCORE = lazy_compile(r"^(?:(?P<lead>[^;\d]{2,40}?),)?(?:根据|按照?|依据)(?P<what>[^,;\d按]{2,12}?(?:得分|分数))(?:按比例)?(?:折算|换算)"
                          r"(?:得分|计分)?(?P<after>,[^,;\d]{2,16})?[;.]?$")


#: “畅课平台上单元测试成绩之和,按满分100分进行等比例折算” on 100: scores (their sum) brought in proportion to the 分值 said
_SCORES_SCALED = lazy_compile(r"^(?P<what>[^,;\d按]{2,24}?)(?P<kind>成绩|得分|分数)(?P<sum>之和|总和|合计)?,?按(?:满分)?(?P<full>"
                            r"\d+(?:\.\d+)?)分(?:进行)?(?:等|同)?比例(?:折算|换算|折合)(?:得分|计分)?[;.]?$")


def _sheet_score(w: Wording) -> Proposed | None:
    """``_SHEET_SCORE``: the sheet's score as a share of its own full marks (得分率, %) × 分值; to check (the sheet's full
    marks are not said). ``_SCORES_SCALED``: scores (their sum) over their own full marks (their sum) × 分值, the 分值
    said; to check (their full marks are not said)."""
    scaled = _SCORES_SCALED.match(w.text)
    if scaled and Decimal(scaled.group("full")) == w.weight:
        what, total = scaled.group("what"), scaled.group("sum") or ""
        num, den = f"{what}{scaled.group('kind')}{total}", f"{what}满分{total}"
        read = _quotient(w, num, den, True, f"比率计分：得分 = {num} ÷ {den} × 分值")
        return read.doubted(f"“{w.text.rstrip(';.')}”：按{num}占其满分的比例 × 分值读，{den}未说明，请核对")
    m = _SHEET_SCORE.match(w.text)
    if not m:
        return None
    what = m.group("what")
    return _named_rate(w, f"{what}率（{what}÷其满分）", f"比率计分：得分 = {what} ÷ 其满分 × 分值",
                       f"“根据{what}折算”：按{what}占其满分的比例 × 分值读，{what}的满分未说明，请核对")


#: “评价期间中选率最高的满分,完全未中选的0分,其余在此区间折算”, “得票最多的得满分,其余按比例计分”: the best of those
#: rated full marks, none at all nothing, the rest in proportion: the value ÷ the best value × 分值
_BEST_THEN_SHARE = lazy_compile(r"^(?P<what>[^,;\d]{1,24}?)(?:最高|最多)的?(?:单位|供应商|部门|企业|个人|者)?,?(?:得|计|为)?满分[,;]"
                              r"(?:(?P<none>[^,;\d]{1,12}?)(?:的|者),?不得分[,;])?"
                              r"(?:其余|其他|其它)(?:的|者)?(?:单位|供应商|部门|企业|个人)?,?"
                              r"(?:在此区间|按(?:其)?比例)(?:折算|计算|计分|得分)(?:得分|计分)?[;.]?$")
#: the nothing of such a row at none of the value (never “最低的0分”: the lowest value, a scale between two)
_NONE_AT_ALL = lazy_compile(r"^(?:完全)?(?:未|没有|无)")


def _best_then_share(w: Wording) -> Proposed | None:
    """``_BEST_THEN_SHARE``: the value ÷ the best value among those rated × 分值; to check (“在此区间折算” read as in
    proportion from nothing at none)."""
    m = _BEST_THEN_SHARE.match(w.text)
    if not m or (m.group("none") and not _NONE_AT_ALL.match(m.group("none"))):
        return None
    what = m.group("what")
    num, den = f"本单位{what}", f"各单位中最高的{what}"
    return replace(_quotient(w, num, den, True, f"比率计分：得分 = {num} ÷ {den} × 分值"),
                   doubts=(f"“{m.group(0).rstrip(';.')}”：按 {num} ÷ {den} × 分值读，请核对",))


#: “执行率达到100%的得满分,未达到的按比例得分”, “…执行率达到或超过100%的得100分,支出执行率低于100%的,按比例在0-100分
#: 之间评分”: below 100% the rate itself is the share of the 分值
FULL_THEN_SHARE = lazy_compile("^" + ORDINAL + r"?(?P<rate>[^,;\d]{1,16}?率)(?:达到或超过|达到|达|为|=|≥|不低于)?100%"
                             r"(?:及以上|以上)?(?:的)?,?(?:(?:得|计|为)满分[,;]|" + POINTS_LEAD + r"(?P<n>\d+(?:\.\d+)?)(?:分\)?[,;]|,?(?P<bare>)))"
                             r"(?:[^,;\d]{1,16}?率)?(?:未达到|未达|低于|不足|<)(?P<again>100%?)?(?:的)?,?"
                             r"按(?:实际|其)?(?:(?:完成|执行|达到)?(?:比例|比率|百分比)|(?P<by>[^,;\d]{1,16}?率))(?:在0[-~至](?P<top>\d+(?:\.\d+)?)分之间)?(?:计算)?"
                             r"(?:得分|计分|评分)[;]?$")


def _full_then_share(w: Wording) -> Proposed | None:
    m = FULL_THEN_SHARE.match(w.text)
    if not m or (m.group("n") and d(m.group("n")) != w.weight):
        return None
    if m.group("top") and d(m.group("top")) != w.weight:
        return None  # “在0-60分之间”: a range that is not the 分值's
    by = (m.group("by") or "").removeprefix("实际")
    if by and not m.group("rate").endswith(by):
        return None  # “…按完成率计分” after a line on another rate: not the rate's own share
    # “…达100%,得10低于100按百分比得分”: the points or the line said again without their unit
    unsaid = [f"“{x}”" for x, bare in ((f"得{m.group('n')}", m.group("bare") is not None),
                                       (m.group("again") or "", m.group("again") == "100")) if bare]
    return Proposed([RULE.item(rate_label(w.name, "") or m.group("rate"), w.weight, {"cap": True})],
                    f"比率计分：{m.group('rate')}达到100%得满分，未达到时得分 = {m.group('rate')} × 分值",
                    (f"{'、'.join(unsaid)}：未写单位，按分值的分数与 100% 读，请核对",) if unsaid else None)


#: “完成值达到指标值,记满分;未达到指标值,按B/A或A/B*该指标分值记分”: the target reached, full marks; short of it, the
#: quotient of the value (B) and the target (A) the table's columns name, B/A where more is better, A/B where less is
_TARGET_LETTERS = lazy_compile(r"^(?:(?:实际)?完成值|实际值)?达到(?P<target>指标值|目标值)(?:的)?,?(?:记|得|计)满分[;,]"
                             r"(?:未达到(?P=target)?(?:的|时)?,?)?(?:按|得分=)(?P<q>B/A|A/B)(?:或(?P<q2>B/A|A/B))?\*"
                             + SCORE_BASE + r"(?:记分|计分|得分)?;?$")


def _target_letters(w: Wording) -> Proposed | None:
    """``_TARGET_LETTERS``: a 比率计分 of B/A (A/B when only that is said), at most the 分值. Never confidently: the
    letters are the table's, and which quotient holds depends on which way the indicator counts."""
    m = _TARGET_LETTERS.match(w.text)
    if m is None or m.group("q") == m.group("q2"):
        return None
    target, value = f"{m.group('target')}(A)", "完成值(B)"
    num, den = (value, target) if "B/A" in (m.group("q"), m.group("q2")) else (target, value)
    doubt = f"“{m.group(0).rstrip(';')}”：A 为{m.group('target')}、B 为完成值，按 {num[-2]}/{den[-2]} 读"
    if m.group("q2"):
        doubt += "（越高越好的指标；越低越好的指标按 A/B）"
    read = _quotient(w, num, den, True, f"比率计分：达到{m.group('target')}得满分，未达到时得分 = {num} ÷ {den} × 分值")
    return read.doubted(doubt + "，请核对")


#: “按预算执行率计分”, “以实际到位率得分”, “按照抽查合规比率评价得分”, “比率低于100%的,按比率计分”, “(执行率)未达到100%时按其比率计分”: the score
#: by a rate named and nothing else (a 完成率 is the completion type's); perhaps when it is taken (“年底,根据整改率得分”)
#: and the 分值 after it (“…,满分2分”); perhaps after the requirement the rate measures, scored the 分值 in full, and a
#: random check (“职工掌握应急处置流程,得5分;随机抽查,按知晓率打分”)
_BY_THE_RATE = lazy_compile(r"^(?:(?P<req>[^,;\d]{4,30}),(?:得|计)(?:满分|(?P<req_full>\d+(?:\.\d+)?)分);)?"
                          r"(?:(?:年底|年末|年终|季末|月末|每季度|每年|每月|随机抽查|抽查)[,:])?"
                          r"(?:(?P<rate>[^,;\d]{1,16}?率)?(?:低于|未达到|未达|不足|<)100%(?:的|时)?,?)?"
                          r"(?:按照?|以|根据)(?:实际|其)?(?P<named>[^,;\d*/=扣减未]{0,16}?率)(?:计算)?(?:评价|考核)?(?:计分|得分|评分|打分)"
                          r"(?:[,;(](?P<defined>[^,;()\d=]{1,16}?率=[^,;()=/]{2,20}/[^,;()=/]{2,20}?(?:\*100%)?)\)?)?"
                          r"(?:[,;](?:满分|分值)(?:为)?(?P<full>\d+(?:\.\d+)?)分)?$")


def _by_the_rate(w: Wording) -> Proposed | None:
    """The score by a rate named, nothing said of how (“按资金到位率计分”): the rate's share of the 分值, to check."""
    t = w.text.rstrip(";.")
    m = _BY_THE_RATE.match(t)
    if not m or "完成" in m.group("named") or (m.group("full") and d(m.group("full")) != w.weight) \
            or (m.group("req_full") and d(m.group("req_full")) != w.weight):
        return None
    named = m.group("named")
    if named in ("比率", "其比率"):
        named = m.group("rate") or rate_label(w.name, "") or "比率"
    doubt = f"“{m.group(0)}”：按{named} × 分值读，请核对"
    defined = _DEFINED_AS.match(m.group("defined") or "")
    if defined is not None:  # “(到位率=到位资金/计划资金)”: the rate defined as a quotient
        num, den = defined.group("num"), defined.group("den")
        return replace(_quotient(w, num, den, True, f"比率计分：得分 = {num} ÷ {den} × 分值，超过100%按100%计"), doubts=(doubt,))
    return _named_rate(w, named, f"比率计分：得分 = {named} × 分值，超过100%按100%计", doubt)


def _named_rate(w: Wording, named: str, summary: str, doubt: str | None) -> Proposed:
    """The rate ``named`` × 分值, at most the 分值, on an item named for the indicator's rate where its name says one
    (``doubt`` None: the wording says it all)."""
    return Proposed([RULE.item(rate_label(w.name, "") or named, w.weight, {"cap": True, "value_label": named})], summary,
                    (doubt,) if doubt is not None else None)


#: “每完成1%得0.1分” on a 10-point row, “完成率每达到1个百分点计0.2分,最高20分”: each point of the rate earns a
#: hundredth of the 分值
PER_PERCENT = lazy_compile(r"^(?P<rate>[^,;\d]{0,16}?率)?每(?:完成|达到|实现)?1(?:%|个百分点)(?:得|计|加)(?P<n>\d+(?:\.\d+)?)分"
                          r"(?:[,;](?:最高|最多|满分)(?:得|计|为|不超过)?(?:(?P<top>\d+(?:\.\d+)?)分|分值|满分)(?:为止)?)?$")


def _per_percent(w: Wording) -> Proposed | None:
    """Each percent of the rate earns the 分值's hundredth: the rate × 分值. Whether a part of a percent earns its share
    is not said (to check)."""
    t = w.text.rstrip(";.")
    m = PER_PERCENT.match(t)
    if not m or d(m.group("n")) * 100 != w.weight or (m.group("top") and d(m.group("top")) != w.weight):
        return None
    named = m.group("rate") or rate_label(w.name, "") or "完成比例"
    return _named_rate(w, named, f"比率计分：得分 = {named} × 分值（每1%得{m.group('n')}分）",
                       f"“{m.group(0)}”：按{named} × 分值读（不足1%的部分按比例计），请核对")


def _ladder_in_proportion(w: Wording) -> Proposed | None:
    """“完成年度计划目标得10分,完成目标的90%得9分,完成80%得8分,依次类推”: the points of each share are that share of the
    分值, and so on down: the score is the share reached × 分值. Whether a share between two listed ones scores in
    proportion or as the one below is not said (to check)."""
    ladder = listed_shares(w.text)
    if ladder is None:
        return None
    so_on, pairs, full = ladder
    if full and full.group("n") is not None and d(full.group("n")) != w.weight:
        return None
    if len(pairs) + (1 if full else 0) < 2 or any(n * 100 != w.weight * p for p, n in pairs):
        return None
    listed = "、".join(f"{s(p)}%得{s(n)}分" for p, n in pairs)
    return Proposed([RULE.item(rate_label(w.name, "") or "完成比例", w.weight, {"cap": True})],
                    f"比率计分：得分 = 完成比例 × 分值（{listed}，依次类推）",
                    (f"“{so_on.group(0)}”：按完成比例 × 分值读（两档之间按比例计），请核对",))


#: “完成县政府下达的全年财政收入任务的得2分,完成全县一般预算收入任务的得13分,没有完成任务按比例得分”: targets each
#: with its points, and one clause scoring any shortfall in proportion
_TARGET_POINTS = lazy_compile(r"(?:^|(?<=[,;]))完成(?P<what>[^,;\d%()]{2,30}?)(?:的)?,?" + POINTS_LEAD
                            + r"(?P<n>\d+(?:\.\d+)?)分\)?(?=[,;])")
_ANY_SHORT = lazy_compile(r"[,;](?:没有|未|不能)(?:全部)?完成(?:任务|目标|计划)?(?:的)?,?按(?:实际完成)?比例(?:计算)?(?:得分|计分)[;,]?"
                        r"(?P<remark>\([^()]*\)[;,]?)?$")


def _targets_in_proportion(w: Wording) -> Proposed | None:
    """Targets each with its points adding up to the 分值, then one clause for any shortfall: a rate each."""
    short = _ANY_SHORT.search(w.text)
    if not short:
        return None
    found = [m for m in _TARGET_POINTS.finditer(w.text, 0, short.start() + 1)]
    if len(found) < 2 or sum((d(m.group("n")) for m in found), Decimal(0)) != w.weight:
        return None
    if w.text[found[-1].end():short.start()].strip(",;"):
        return None  # words between the targets and the closing clause
    items = [RULE.item(f"完成{m.group('what')}", d(m.group("n")), {"cap": True, "value_label": f"{m.group('what')}完成率"},
                       key=chr(ord("a") + k)) for k, m in enumerate(found)]
    return Proposed(items, f"{len(items)} 个评分项：各项任务按完成比例 × 该项分值（" +
                    "、".join(f"{m.group('n')}分" for m in found) + "）")


#: “完成良种推广任务的计7分,不足的按比例扣分”, “凡按时完成镇下达任务的得满分,…,完不成任务按比例减分”: the points (or
#: full marks) for the task done, and a shortfall scored in proportion: the share done × the points, at most the points
_DONE_ELSE_SHARE = lazy_compile(r"^(?:(?P<head>[^,;\d]{2,16}?)(?P<hn>\d+(?:\.\d+)?)分[,;])?(?P<lead>[^,;\d]{2,20}?[,;])?"
                              r"凡?能?(?:按时|按期|全面|全部|圆满)?完成(?P<what>(?:[^,;\d]|100%){2,40}?)(?:的)?,?(?:计|得|记)(?:满分|(?P<n>\d+(?:\.\d+)?)分)[,;]"
                              r"(?P<between>[^,;\d]{2,30}?[,;])?(?P<short>不足|未完成|没有完成|没完成|达不到|完不成|增减)(?:任务)?(?:的|时)?,?"
                              r"按(?:(?:完成)?比例(?:扣分|减分|计分|得分|加减分)|(?:实际)?(?P<rate>(?!完成率)[^,;\d比]{1,8}?率)(?:计分|得分))(?P<remark>\([^()]*\))?(?P<after>[,;][^;扣得分]{2,40}?)?"
                              r"(?P<over>[,;]超额完成(?:任务)?(?:的|时)?,?按(?:超额)?比例加分)?[;,]?$")


def _done_else_share(w: Wording) -> Proposed | None:
    """The task done scores its points, a shortfall in proportion: a rate of the task done (a bonus for more, “增减按比例
    加减分”, is left out: at most the points, to check)."""
    m = _DONE_ELSE_SHARE.match(w.text)
    if not m or any(m.group(g) and d(m.group(g)) != w.weight for g in ("n", "hn")):
        return None  # the task's points, or a heading's, that are not the 分值
    what = m.group("what")
    doubts = []
    if m.group("short") == "增减":
        doubts.append(f"“{m.group('short')}按比例加减分”：超额完成的加分未计入，按不超过分值读，请核对")
    if m.group("over"):  # “…,超额完成任务的按比例加分”: the bonus above the points is left out, as with 增减
        doubts.append(f"“{m.group('over').strip(',;')}”：超额完成的加分未计入，按不超过分值读，请核对")
    doubts += [f"“{m.group(g).strip(',;()')}”：计分时如何考虑请核对" for g in ("lead", "between", "remark", "after") if m.group(g)]
    if m.group("rate"):  # “未完成按抚育率得分”: the rate named is read as the share of the task done
        doubts.append(f"“按{m.group('rate')}得分”：读作{m.group('rate')} × 分值（{m.group('rate')} = 完成数 ÷ 任务数）")
    return Proposed([RULE.item(rate_label(w.name, "") or f"{what}完成比例", w.weight,
                               {"cap": True, "value_label": f"{what}完成比例", "numerator_label": "完成数", "denominator_label": "任务数"})],
                    f"比率计分：完成{what}得满分，未完成时得分 = 完成比例 × 分值", tuple(doubts) or None)


#: “按规定足额提取风险准备金得5分,未足额提取的按提取比例得分”, “全额拨付配套资金的得满分,未全额拨付的按比例计分”: a sum
#: paid in full for the points, short of it in proportion: the sum paid ÷ the sum due × the points, at most the points
#: (“依法催收…抚养费,按政策全额征收上交记15分;降低比例的按比例记分;该征收不去征收的,不记分”: what is done said first, the
#: share lowered, and nothing collected scoring nothing, as the share does)
_FULL_ELSE_SHARE = lazy_compile(r"^(?P<lead>[^,;\d]{0,12}?|[^;\d]{0,30}?,[^,;\d]{0,12}?)(?P<full>足额|全额|足量)(?P<what>[^,;\d]{2,30}?)(?:的)?,?"
                              r"(?:得|计)(?:满分|(?P<n>\d+(?:\.\d+)?)分)[,;]"
                              r"(?P<short>(?:(?:未|没有|不)(?:按规定)?(?P=full)[^,;\d]{0,20}?|降低比例|(?:少|减)(?:征|收|缴|拨))(?:的|时)?,?"
                              r"按(?:实际)?[^,;\d比]{0,4}?比例(?:计分|得分|折算|记分))"
                              r"(?P<none>[;,][^,;\d]{2,20}?(?:的)?,?" + ZEROED + r")?[;,]?$")


def _full_else_share(w: Wording) -> Proposed | None:
    """A sum paid in full scores its points, short of it in proportion (“足额提取…得5分,未足额提取的按提取比例得分”): a rate of
    the sum paid to the sum due, capped (to check: which sums the share is of is read, not said)."""
    m = _FULL_ELSE_SHARE.match(w.text) if "额" in w.text or "足量" in w.text else None
    if not m or (m.group("n") and d(m.group("n")) != w.weight):
        return None
    what = m.group("what")
    doubts = [f"“{m.group('short')}”：按实际{what} ÷ 应{what} × 分值读，请核对"]
    if m.group("none"):  # nothing done scores nothing, as the share of nothing does
        doubts.append(f"“{m.group('none').strip(',;')}”：与按比例计分的 0 分一致")
    return Proposed([RULE.item(rate_label(w.name, "") or f"{what}比例", w.weight,
                               {"cap": True, "value_label": f"{what}比例", "numerator_label": f"实际{what}",
                                "denominator_label": f"应{what}"})],
                    f"比率计分：{m.group('full')}{what}得满分，不足时得分 = 实际 ÷ 应{what} × 分值", tuple(doubts))


#: “上报信息4篇以上记2分(完不成的按比例扣分)”, “开展培训3次以上得3分,不足的按比例计分”: a count to reach for the points,
#: a shortfall in proportion: the count reached ÷ the count asked × the points, at most the points
_COUNT_TARGET_SHARE = lazy_compile("^" + ORDINAL + r"?(?P<what>[^,;\d%]{2,60}?)(?P<x>\d+)(?P<u>篇|次|个|件|条|场|期|份|项)(?:及以上|以上)?"
                                 r"(?:的)?,?(?:得|计|记)(?P<n>\d+(?:\.\d+)?)分[,;(]?(?:完不成|不足|未完成|达不到|未达到)(?:的|时)?,?"
                                 r"按比例(?:扣分|减分|计分|得分)\)?[;.]?$")


def _count_target_share(w: Wording) -> Proposed | None:
    """A count to reach worth the points, a shortfall in proportion: the count done ÷ the count asked, a rate (to
    check: the count asked is read as the denominator, a count beyond it scoring no more)."""
    m = _COUNT_TARGET_SHARE.match(w.text)
    if not m or d(m.group("n")) != w.weight or int(m.group("x")) < 2:
        return None
    what, target = m.group("what"), f"{m.group('x')}{m.group('u')}"
    return _up_to_line(w, f"{what}{m.group('u')}数", f"目标数（{target}）", target, m.group(0).rstrip(';.'), "完成数")


#: “指标值:100%;实际值≥指标值得满分,低于指标值按比例得分” (绩效目标 tables): the value reaching the target (指标值,
#: 目标值) scores the 分值, below it the quotient of the value and the target × 分值; the target's figure may open the text
_TARGET_ELSE_SHARE = lazy_compile(r"^(?:(?P<of0>指标值|目标值):?(?P<cmp>≥|不低于)?(?P<x>\d+(?:\.\d+)?)%[;,])?"
                                r"(?P<num>实际(?:完成)?值|完成值)?(?:≥|达到|不低于|大于或等于|大于等于)(?P<of>指标值|目标值)(?:的)?,?"
                                r"(?:得|计|记)(?:满分|(?P<n>\d+(?:\.\d+)?)分)[;,]"
                                r"(?:实际(?:完成)?值|完成值)?(?:<|低于|未达到|小于|不足)(?P=of)(?:的|时)?,?"
                                r"按(?:实际|其)?(?:完成)?比例(?:计算)?(?:得分|计分|记分)[;.]?$")


def _target_else_share(w: Wording) -> Proposed | None:
    """``_TARGET_ELSE_SHARE``: a 比率计分 of the value and the target, at most the 分值. A target written before the
    text other than 100% is the denominator entered (its figure not held by the rule: to check)."""
    m = _TARGET_ELSE_SHARE.match(w.text)
    if m is None or (m.group("n") and d(m.group("n")) != w.weight) or (m.group("of0") and m.group("of0") != m.group("of")):
        return None
    num, den = m.group("num") or "实际值", m.group("of")
    read = _quotient(w, num, den, True, f"比率计分：{num}达到{den}得满分，低于时得分 = {num} ÷ {den} × 分值")
    if m.group("x") and d(m.group("x")) != HUNDRED:
        return replace(read, doubts=(f"“{den}{m.group('cmp') or ''}{m.group('x')}%”：{den}按 {m.group('x')}% 录入为分母，请核对",))
    return read


#: “基础设施投资强度达到每亩3万元的得6分,达不到的按比例扣分”, “人均培训经费达到500元得4分,不足的按比例计分”: a quantity
#: measured in an amount (not a count of things done, not a rate to 100%) reaching a line for the points, short of it in
#: proportion: the quantity ÷ the line × the points, at most the points
_LINE_ELSE_SHARE = lazy_compile(r"^(?P<what>[^,;\d%]{2,30}?)(?:达到|达|不低于|不少于)(?P<per>每(?:亩|人|户|平方米|平方公里|公里|村|家|床|吨))?"
                              r"(?P<x>\d+(?:\.\d+)?)(?P<u>万元|亿元|元|千元|吨|千克|公斤|亩|公顷|平方米|立方米|千瓦时|万千瓦时|小时)"
                              r"(?:/(?:亩|人|户|平方米|公里|村|家|床|吨))?(?:及以上|以上)?(?:的)?,?(?:得|计|记)(?:满分|(?P<n>\d+(?:\.\d+)?)分)[,;]"
                              r"(?:达不到|未达到|没有达到|不足|低于(?:要求|标准|此标准|该标准)?)(?:的|者|时)?,?"
                              r"按比例(?:扣分|减分|计分|得分|记分)[;,.]?$")


def _line_else_share(w: Wording) -> Proposed | None:
    """A quantity in an amount reaching a line worth the points, short of it in proportion: the quantity reached ÷
    the line, a rate capped at 100% (to check: the line is read as the denominator, more scoring no more)."""
    m = _LINE_ELSE_SHARE.match(w.text)
    if not m or (m.group("n") and d(m.group("n")) != w.weight) or d(m.group("x")) <= 0:
        return None
    what, line = m.group("what"), f"{m.group('per') or ''}{m.group('x')}{m.group('u')}"
    return _up_to_line(w, f"实际{what}", f"要求的{what}（{line}）", line, m.group(0).rstrip(';.,'), f"实际{what}")


#: “增幅低于26%的,按目标完成比例计分”: a line on a figure in percent, short of it the figure's share of the line × the
#: points (the line reached: the points); a sentence before it may say only the 分值 (“该项目满分为1分,基本完成分为1分”),
#: a remark after it how the score is rounded
_SHORT_OF_TARGET_SHARE = lazy_compile(r"^(?P<lead>[^;\d]*?(?:\d+(?:\.\d+)?分[^;\d]*?){1,2};)?(?P<what>[^,;\d%]{2,20}?)"
                                    r"(?:低于|未达到|达不到|不足|小于)(?P<x>\d+(?:\.\d+)?)%(?:的|时|者)?,?"
                                    r"按(?:目标|任务)?完成(?:比例|程度)(?:计分|得分|记分|折算)(?P<remark>\([^()]*\))?[;.]?$")


def _short_of_target_share(w: Wording) -> Proposed | None:
    """A line on a figure in percent, short of it in proportion to the target: the figure ÷ the line, a rate capped at
    100% (the line reached scores the points, unsaid unless the sentence before says it: to check)."""
    m = _SHORT_OF_TARGET_SHARE.match(w.text)
    if not m or not 0 < d(m.group("x")) < 1000:
        return None
    if m.group("lead") and any(d(x) != w.weight for x in re.findall(r"(\d+(?:\.\d+)?)分", m.group("lead"))):
        return None
    what, line = m.group("what"), f"{m.group('x')}%"
    doubts = [f"“{m.group('what')}低于{line}”：按{what} ÷ {line} × 分值读，达到{line}得满分，请核对"]
    if m.group("remark"):
        doubts.append(f"“{m.group('remark')}”：计分时如何考虑请核对")
    return replace(_quotient(w, f"{what}（%）", f"目标{what}（{line}）", True,
                             f"比率计分：{what}低于{line}时得分 = {what} ÷ {line} × 分值，达到得满分"), doubts=tuple(doubts))


#: “明确责任人的水库数量------×70应落实责任制水库数量”: a fraction printed on two lines and run together, its bar a row of
#: dashes, the points after it: the numerator ÷ the denominator × the points
_FRACTION_BAR = lazy_compile(r"^(?:得分=)?(?P<num>[^-*/=;,\d]{2,40}?)-{5,}\*(?P<n>\d+(?:\.\d+)?)(?:分)?(?P<den>[^-*/=;,\d]{2,40}?)[;.]?$")


#: “1.入户核实人数:___人2.服务真实人数:___人3.真实率=②/①×100%4.真实率≥100%,得30分;5.真实率<100%,得分=实际真实率/100%×30分”:
#: the two counts asked for in blanks, the rate of them, full at 100%, below it the rate × 分值
_BLANKS_RATE = lazy_compile(r"1[.、](?P<first>[^:;\d]{1,24}?):_+[\u4e00-\u9fff]{0,2}2[.、](?P<second>[^:;\d]{1,24}?):_+[\u4e00-\u9fff]{0,2}"
                          r"3[.、](?P<rate>[^=;\d]{1,10}?率)=(?P<num>[①②])/(?P<den>[①②])(?:\*100%)?"
                          r"4[.、](?P=rate)≥100%,?(?:得|计)(?P<f>\d+(?:\.\d+)?)分;?"
                          r"5[.、](?P=rate)<100%,?得分=(?:实际的?)?(?P<named>[^/;\d]{1,10}?率)/100%\*(?P<g>\d+(?:\.\d+)?)分"
                          r"(?P<note>;?附:[^;]*)?;?")


def _blanks_rate(w: Wording) -> Proposed | None:
    """Two counts asked for in numbered blanks (“1.入户核实人数:___人2.服务真实人数:___人”), the rate defined over their
    marks (“真实率=②/①×100%”), full at 100% and below it the rate × 分值: a rate of the two counts, at most the 分值. A
    remark after it (“附:…判定为不真实”) and a rate named otherwise in the formula are to check."""
    m = _BLANKS_RATE.fullmatch(w.text)
    if not m or m.group("num") == m.group("den") or d(m.group("f")) != w.weight or d(m.group("g")) != w.weight:
        return None
    counts = {"①": m.group("first"), "②": m.group("second")}
    num, den, rate = counts[m.group("num")], counts[m.group("den")], m.group("rate")
    doubts = [f"“{m.group('note').strip(';')}”：计分时如何考虑请核对"] if m.group("note") else []
    if m.group("named").removeprefix("实际") != rate:
        doubts.append(f"“{m.group('named')}”：按{rate}读")
    return Proposed([RULE.item(w.name or rate, w.weight, {"cap": True, "value_label": rate, "numerator_label": num,
                                                        "denominator_label": den})],
                    f"比率计分：{rate} = {num} ÷ {den}，达到 100% 得满分，得分 = {rate} × 分值", tuple(doubts) or None)


def _fraction_bar(w: Wording) -> Proposed | None:
    """A quotient laid out as a fraction whose lines were run together, times the 分值: a rate (to check: the layout is
    read back, and whether more than the denominator scores more is not said)."""
    m = _FRACTION_BAR.match(w.text)
    if not m or d(m.group("n")) != w.weight:
        return None
    num, den = m.group("num"), m.group("den")
    return replace(_quotient(w, num, den, True, f"比率计分：得分 = {num} ÷ {den} × 分值"),
                   doubts=(f"“{num}”“{den}”：按分数线上下读作 {num} ÷ {den}，请核对",))


#: “价格分=(评标基准价/投标报价)×价格权值×100” (价格权值=30%), “…=(评标基准价/投标报价)×30%×100”: the points are the
#: weight's share of 100, the quotient their share (a bid below the base would score more: at most the points)
_QUOTIENT_OF_HUNDRED = lazy_compile(r"分=" + _QUOTIENT + r"\)?\*"
                                  r"(?:(?P<pct>\d+(?:\.\d+)?)%|(?P<named>[^*/,;.=()\d]{1,8}?))\*100(?![\d.%])")


#: the row's weight in percent said in brackets before its formula: “报价(权重10%)得分计算公式如下:”
_ROW_WEIGHT = lazy_compile(r"\((?:权重|权值)(?:为)?(\d+(?:\.\d+)?)%\)")


def _quotient_of_hundred(w: Wording) -> Proposed | None:
    """The quotient × a weight in percent × 100, the weight's share of 100 being the 分值: the quotient × 分值."""
    m = _QUOTIENT_OF_HUNDRED.search(w.text)
    if not m:
        return None
    pct = m.group("pct")
    if m.group("named"):  # the weight named, its value given elsewhere in the text: “价格权值=30%”
        given = re.search("(?:^|[,;])" + re.escape(m.group("named")) + r"(?:为|=)(?P<pct>\d+(?:\.\d+)?)%(?=$|[,;])", w.text)
        # (or the row's weight said once, as its heading does: “报价(权重10%)得分计算公式如下:…×价格权值×100”)
        weights = [] if given or not m.group("named").endswith(("权值", "权重")) else \
            _ROW_WEIGHT.findall(w.text, 0, m.start())
        pct = given.group("pct") if given else weights[0] if len(weights) == 1 else None
    if pct is None or d(pct) != w.weight:
        return None
    num, den = m.group("num"), m.group("den")
    read = _quotient(w, num, den, True, f"比率计分：得分 = {num} ÷ {den} × 分值（{s(d(pct))}% × 100），超过分值按分值计")
    if "基准价" in num and "报价" in den and _LOWEST_BASE.search(w.text, 0, m.start()):
        return read  # the base said to be the lowest bid: the quotient is at most 1, nothing capped
    return replace(read, doubts=(f"“{m.group(0)}”：按 {num} ÷ {den} × 分值读，{num}高于{den}时按分值计，请核对",))


#: “分项分数=30%×(已办理的事项数量/事项总数)×100”: the weight in percent first, then the quotient, then × 100
_HUNDRED_SHARE_OF_QUOTIENT = lazy_compile(r"(?:分|分数|分值)=(?P<pct>\d+(?:\.\d+)?)%\*\((?P<num>[^*/,;.=()+\-]{2,80}?)/"
                                        r"(?P<den>[^*/,;.=()+\-]{2,40}?)\)\*100(?![\d.%])")


def _hundred_share_of_quotient(w: Wording) -> Proposed | None:
    """The weight in percent × the quotient × 100, the weight's share of 100 being the 分值: the quotient × 分值 (to
    check: more than the denominator would score more; read as at most the 分值)."""
    m = _HUNDRED_SHARE_OF_QUOTIENT.search(w.text)
    if not m or d(m.group("pct")) != w.weight:
        return None
    num, den = m.group("num"), m.group("den")
    return replace(_quotient(w, num, den, True, f"比率计分：得分 = {num} ÷ {den} × 分值（{s(d(m.group('pct')))}% × 100），超过分值按分值计"),
                   doubts=(f"“{m.group(0)}”：按 {num} ÷ {den} × 分值读，{num}多于{den}时按分值计，请核对",))


def _lowest_is_base(bid: str = BID, base: str = BASE_PRICE) -> str:
    """“最低的投标报价为评标基准价”: the lowest bid said the base price, the bid and the base in the words given (all of
    ``BID`` and ``BASE_PRICE`` unless narrower)."""
    return "最低的" + bid + "为" + base


def _scores_full(price: str = "价格分", named: bool = False) -> str:
    """“,其价格分为满分30分”: the lowest bid's price said to score full marks, the points (group ``full`` where
    ``named``) unsaid or said."""
    points = r"\d+(?:\.\d+)?"
    return ",其" + price + "为满分(?:" + (f"(?P<full>{points})" if named else points) + "分)?"


#: the 低价优先法's lead as tender files state it before the formula, the base the lowest bid that meets the file
#: (“价格分采用低价优先法计算,即满足招标文件要求且投标价格最低的投标报价为评标基准价,其价格分为满分;其他投标人的价格分统一按照
#: 下列公式计算:”, “以满足招标文件要求的最低投标报价为评标基准价”, “评标基准价为满足招标文件要求的最低投标报价”, “采用低价优先法,
#: 以有效投标人中最低的投标报价为评标基准价”): the quotient of the base and a bid is at most 1, the lowest bid scoring the 分值
_FILE = r"(?:招标|采购|磋商|谈判|询价|竞争性磋商)文件"
_BIDDERS = r"(?:投标人|投标供应商|供应商|响应供应商)"
LOWEST_BASE_SAID = (r"(?:(?:价格分|报价分)?(?:统一)?采用低价优先法(?:计算)?[,:]?(?:即)?)?"
                    r"(?:(?:满足|符合)" + _FILE + r"(?:要求|规定)且(?:投标|响应)?(?:价格|报价)" + _lowest_is_base() + "|"
                    r"以(?:满足" + _FILE + r"要求的|(?:所有)?有效" + _BIDDERS + r"?中)?最低的?(?:有效)?" + BID + r"(?:作)?为" + BASE_PRICE + "|"
                    + BASE_PRICE + r"为满足" + _FILE + r"要求的最低" + BID + ")"
                    r"(?:" + _scores_full() + ")?"
                    r"(?:[;,]其[他它]" + _BIDDERS + r"的价格分统一按照?下列公式计算:?)?")
_LOWEST_BASE = lazy_compile(LOWEST_BASE_SAID)
#: the base of the price score the mean of the valid bids, before points taken off per 1% above or below it
#: (“以有效投标报价的平均值为评标基准价”, “评标基准价为所有有效投标报价的算术平均值”): what the deviation is measured from
_MEAN_BID = r"(?:所有)?有效" + BID + r"的(?:算术)?平均值"
MEAN_BASE_SAID = (r"(?:以" + _MEAN_BID + r"(?:作)?为" + BASE_PRICE + "|" + BASE_PRICE + r"为" + _MEAN_BID + ")"
                  r"(?=[,;。][^。]*每(?:高于|低于|高|低))")
#: the 低价优先法 as procurement files state it: “满足招标文件要求且投标价格最低的投标报价为评标基准价,其价格分为满分”
#: (read as it was first written: the bid 投标 alone, the base 评标基准价 alone, 价格分 or 价格)
_LOWEST_IS_BASE = lazy_compile(_lowest_is_base(r"(?:投标)?报价", "评标基准价") + _scores_full("价格(?:分)?", named=True))
#: its formula with the signs lost in copying: “投标报价得分=(评标基准价/投标报价)30%100” (× lost),
#: “其它报价得分=评标基准价(投标报价或者最终价格)60” (÷ and × lost): the base, the bid, then the points (or their
#: percentage of 100) with nothing between
_SIGNS_LOST = lazy_compile(r"(?:报价|价格)(?:得)?分=\(?评标基准价(?:/|\()(?P<den>(?:投标)?报价[^*/,;=()]{0,10}?)\)"
                         r"(?P<pts>\d+(?:\.\d+)?)(?P<pct>%\*?100)?(?=$|[;,(])")


def _lowest_bid_signs_lost(w: Wording) -> Proposed | None:
    """The 低价优先法 stated (the lowest bid the base, scoring full), its formula's signs lost: 评标基准价 ÷ 投标报价 ×
    分值 (to check: the signs are read back). Never with a price deduction said (“价格扣除”: the bid is discounted)."""
    t = w.text
    lowest = _LOWEST_IS_BASE.search(t)
    m = _SIGNS_LOST.search(t, lowest.end()) if lowest else None
    if not lowest or not m or "扣除" in t or d(m.group("pts")) != w.weight:
        return None
    if lowest.group("full") is not None and d(lowest.group("full")) != w.weight:
        return None
    den = "投标报价"
    return replace(_quotient(w, "评标基准价", den, True, f"比率计分：得分 = 评标基准价 ÷ {den} × 分值（低价优先法），"
                                                       "超过分值按分值计"),
                   doubts=(f"“{m.group(0)}”：式中运算符号缺失，按低价优先法的价格分公式 评标基准价 ÷ {den} × 分值读，请核对",))


#: “即时答复率满分20分,按百分比扣分”, “到位率10分,按比例计分”: a rate named with its points, scored in proportion to it
_RATE_POINTS_SHARE = lazy_compile(r"^" + ORDINAL + r"?(?P<rate>[^,;\d]{1,16}?(?:率|比例))(?:满分)?(?:计|为)?(?P<n>\d+(?:\.\d+)?)分[,;]"
                                r"按(?:实际)?(?:其)?(?:百分比|比例|比率|(?P=rate))(?P<verb>扣分|计分|得分|赋分)[;,]?$")


def _rate_points_share(w: Wording) -> Proposed | None:
    """The rate × its points; “按百分比扣分” (the share missing taken off) comes to the same, said the other way: to check."""
    m = _RATE_POINTS_SHARE.match(w.text)
    if not m or d(m.group("n")) != w.weight:
        return None
    rate = m.group("rate")
    doubt = f"“{m.group(0).rstrip(';,')}”：按{rate} × 分值读（缺少的百分比扣分），请核对" if m.group("verb") == "扣分" else None
    return _named_rate(w, rate, f"比率计分：得分 = {rate} × 分值，超过100%按100%计", doubt)


#: “根据报考数和学籍数计算巩固率,按其比率赋分”: the rate defined by what it is counted from, then scored by itself
_COUNTED_THEN_BY_IT = lazy_compile(r"^(?:根据|按照?|以)(?P<src>[^;]{2,40}?)计算(?P<rate>[^,;]{1,20}?率),?"
                                 r"(?:按|以)(?:其|该)?(?:比率|比例|(?P=rate))(?:计分|得分|赋分|賦分|评分)[;.]?$")


def _counted_then_by_it(w: Wording) -> Proposed | None:
    """The rate × 分值, the rate counted from the figures named (how, to check)."""
    m = _COUNTED_THEN_BY_IT.match(w.text)
    if not m:
        return None
    rate = m.group("rate")
    return _named_rate(w, rate, f"比率计分：得分 = {rate} × 分值，超过100%按100%计",
                       f"“{m.group('src')}”：{rate}按此计算，得分按{rate} × 分值读，请核对")


#: “指甲人数占乙人数的比重;计算方法以比例值乘以8直接得分”, “指甲与乙之比;计算方法以比例值乘以4直接得分”: the indicator
#: defined as the quotient of two quantities, then that value times a figure that is the 分值 as the score (one quotient:
#: never “A与B之比、C与D之比”, two shares whose value is which unsaid)
DEFINED_RATIO_TIMES = lazy_compile(
    r"^指?(?P<num>(?:(?!之比|占|比重|的比例|的比率|的比值)[^;,]){2,80}?)(?:占(?P<den>[^;,占]{2,30}?)的?(?:比重|比例|百分比|比率)|"
    r"与(?P<den2>[^;,与占]{2,30}?)(?:之比|的比例|的比率|的比值|的比(?![例率值重])))[;.]"
    r"(?:计算方法|计分方法|评分方法|计分办法|计算办法)?(?:是|为)?:?(?:以|按|用)(?:该|此|其)?(?:比例值|比值|比例|比率|比重)"
    r"\*(?P<n>\d+(?:\.\d+)?)分?(?:直接)?(?:得分|计分|记分|评分|即为得分)[;.]?$")


def _defined_ratio_times(w: Wording) -> Proposed | None:
    """The quotient the indicator is defined as, times the 分值 (the figure said must be it): numerator ÷ denominator
    × 分值 (a share, at most 100%)."""
    m = DEFINED_RATIO_TIMES.match(w.text)
    if not m or d(m.group("n")) != w.weight:
        return None
    num, den = m.group("num"), m.group("den") or m.group("den2")
    return _quotient(w, num, den, True, f"比率计分：得分 = {num} ÷ {den} × 分值，超过100%按100%计")


#: what leads into a product that is the score: “得分=”, “…分值=”, “存款净增分=”, “按(照)”, “以”, the start, an opening bracket
_PRODUCT_LEAD = r"(?:(?:得|评|计)分值?=|(?<![扣减加])[^,;=()*/扣减加]{1,20}?(?:分值|分数|得分|(?<=[\u4e00-\u9fff]{2})分)=|" + _BY + r"|以|^|" + _OPENING + r")"
#: the 分值 as a factor: “20分”, “分值”, “该项指标分值”, “考核分” (a KPI's points: to check), “价格部分分值”, “价格分值” (the
#: price row's points, named by the part of the table it is)
_WEIGHT_FACTOR = r"(?:(?P<n>\d+(?:\.\d+)?)分?|(?:价格部分|价格|报价)?" + SCORE_BASE + "|考核分)"
#: a rate as the words give it: named (“执行率”, a name the text defines as a quotient), a quotient (“A/B”), a share
#: (“A占B的比例”)
#: (never a rate added to or taken from a figure: “10-差错数/总数×10”)
_RATE_EXPR = (r"(?:\(?(?P<num>[^*/,;.=()占+\-]{2,20}?)/(?P<den>[^*/,;.=()+\-]{2,20}?)(?:的比值|的比例|的比率)?\)?(?:\*100%)?|"
              r"(?P<snum>[^*/,;.=()占+\-]{2,20}?)占(?P<sden>[^*/,;.=()占+\-]{1,20}?)的?(?:比例|比重|百分比|比值|比率|比)|"
              r"(?P<named>[^*/,;.=()占+\-]{1,20}?))")
#: (or a note run on after it, its punctuation lost: “…×20备注:计算分数时四舍五入…”)
_PRODUCT_END = r"\)?(?=$|[,;)]|(?:进行)?(?:计算)?(?:计分|得分|评分)|(?:来|进行)?计算|" + NOTE_LABEL + r"\d?:)"
#: “得分(20分*执行率)”, “进度按照60分乘以完成投资占年度计划的比”: the 分值 times the rate
WEIGHT_TIMES_RATE = lazy_compile(_PRODUCT_LEAD + r"\(?" + _WEIGHT_FACTOR + r"\*" + _RATE_EXPR + _PRODUCT_END)
#: “…分值=A/B×50”, “得分=产业契合度×分值” (the name defined “产业契合度=A/B”), “以实际评定的好路率X120”: the rate
#: times the 分值
RATE_TIMES_WEIGHT = lazy_compile(_PRODUCT_LEAD + _RATE_EXPR + r"\*" + _WEIGHT_FACTOR + _PRODUCT_END)
#: a name the text defines as a quotient: “产业契合度=新引进产业项目个数/新引进项目数”
#: a quantity of such a quotient, in more words, with an aside in brackets: “…年龄在60周岁以内合伙人(股东)数量”
_QUANTITY = r"(?:[^*/,;.=()]|\([^()*/=,;.\d]{1,8}\))"
#: the counts of a survey's answers added, over all asked: “满意度=(满意人数+基本满意人数)/有效问卷数”
_COUNTS_ADDED = r"\((?:[^()*/=,;.\d+\-]{1,16}\+)+[^()*/=,;.\d+\-]{1,16}\)"
_DEFINED_AS = lazy_compile(r"(?:^|(?<=[;,(:]))(?P<name>[^*/,;.=()]{2,20}?)=(?P<num>" + _COUNTS_ADDED + "|" + _QUANTITY
                         + r"{2,40}?)/(?P<den>" + _QUANTITY
                         + r"{2,40}?)(?:\*100%)?(?=[;,)]|$)")
#: a name that is a rate (its 分值 times it is this rule's; formula.py leaves such a product to it)
RATE_NAME = lazy_compile(r"(?:率|比例|比重|比值|比率)$")
#: “最高得50分”, “最高不超过分值”: the cap of the product at the 分值
_TOPPED = lazy_compile(r"最高(?:得|为|计|不超过)?(?:(?P<n>\d+(?:\.\d+)?)分|分值|满分)")


#: a product of a rate quoted after 按 (“按“A/B*10”来计算”): the quotes no part of it
_QUOTED_PRODUCT = lazy_compile(r"(?<=按)“([^“”;,*/]{2,20}/[^“”;,*/]{2,20}\*[^“”;,*/]{1,12})”")


def _rate_product(w: Wording) -> Proposed | None:
    """The score as a rate times the 分值, in either order and however the rate is given: “得分(20分*执行率)”,
    “A分值=甲/乙×50,最高得50分”, “按照60分×甲占乙的比”, “得分=契合度×分值” with “契合度=甲/乙” said before it."""
    blanks = _blanks_rate(w) if "_" in w.text else None
    if blanks:  # “1.应随访人数:___人2.实际随访人数:___人3.随访率=②/①…”: the rate over the two blanks, not “随访率/100%”
        return blanks
    # (“分数按“开出实验个数/应开实验个数*10”来计算”: the product quoted)
    t = _QUOTED_PRODUCT.sub(r"\1", w.text) if "“" in w.text else w.text
    for pattern in (WEIGHT_TIMES_RATE, RATE_TIMES_WEIGHT):
        m = pattern.search(t)
        if m is None:
            continue
        if m.group("n") is not None and d(m.group("n")) != w.weight:
            continue  # a figure multiplied by that is not the 分值: another formula
        num, den = m.group("num") or m.group("snum"), m.group("den") or m.group("sden")
        named = m.group("named")
        if m.group(0).startswith(("扣", "减", "加")) or (named or num or "").startswith("未"):
            continue  # “扣分值=…”, “…×未完成率”: what is taken off, not the score
        if named is not None:
            named = named.removeprefix("以")
            defined = next((x for x in _DEFINED_AS.finditer(t) if x.group("name") == named), None)
            if defined is not None:
                num, den = defined.group("num"), defined.group("den")
                if re.fullmatch(_COUNTS_ADDED, num):  # (“(满意人数+基本满意人数)”: the sum named without its brackets)
                    num = num[1:-1]
            elif pattern is RATE_TIMES_WEIGHT or not RATE_NAME.search(named):
                # “得分=执行率×分值” is _score_is_rate's; a name that is no rate (“质量系数×分值”) the evaluator defines
                continue
        topped = _TOPPED.search(t, m.end())
        if topped and topped.group("n") is not None and d(topped.group("n")) != w.weight:
            continue
        cap = not _UNCAPPED.search(t)
        said_rate = f"{num} ÷ {den}" if num else named
        summary = f"比率计分：得分 = {said_rate} × 分值" + ("，超过100%按100%计" if cap else "")
        found = _quotient(w, num, den, cap, summary) if num else \
            Proposed([RULE.item(rate_label(w.name, "") or named or "比率", w.weight, {"cap": cap})], summary)
        if "考核分" in m.group(0):  # “…/任务指标*考核分”: the points of the KPI, read as the 分值
            found = Proposed(found.items, found.summary, (*(found.doubts or ()), "“考核分”：按本项分值读"))
        return _of_a_base_not_lowest(found, num, den)
    return None


#: “P=重点岗位人员中签订保密协议的比率”: the factor of the 分值 (wording.FACTOR) is a rate, the whole text
FACTOR_RATE = lazy_compile(r"^" + FACTOR + r"(?P<rate>[^*/,;=()+\-\d]{2,40}?(?:比率|比例|比值|百分比|率))$")
#: “指定安全员的内设机构数量与内设机构总数的比率”: the rate as the quotient of two quantities named
_COUNT_WORD = r"(?:数量|总数|个数|人数|户数|数|金额|总额)"
_TWO_QUANTITIES = lazy_compile(r"^(?P<num>[^与]{2,30}?" + _COUNT_WORD + r")与(?P<den>[^与]{2,20}?" + _COUNT_WORD
                             + r")的?(?:比率|比例|比值|百分比)$")


def _factor_rate(w: Wording) -> Proposed | None:
    """“P=…的比率”: the 分值 times the rate (to check: ``factor_doubt``), its two quantities named when the text names
    them (“A数量与B总数的比率”)."""
    m = FACTOR_RATE.match(w.text.rstrip(";"))
    if not m:
        return None
    rate, doubt = m.group("rate"), factor_doubt(m.group("factor"))
    two = _TWO_QUANTITIES.match(rate)
    if two:
        num, den = two.group("num"), two.group("den")
        return _quotient(w, num, den, True, f"比率计分：得分 = {num} ÷ {den} × 分值，超过100%按100%计").doubted(doubt)
    return Proposed([RULE.item(rate_label(w.name, "") or rate, w.weight, {"cap": True, "value_label": rate})],
                    f"比率计分：得分 = {rate} × 分值，超过100%按100%计", (doubt,))


def describe(params: Params, item_max: Decimal) -> Phrase:
    out = said(msg(T("得分 = %1 × 分值"), params.get("value_label") or msg(T("比率"))))
    return out + said(msg(T("，超过 100% 按 100% 计"))) if params.get("cap", True) else out


RULE = RuleType(
    type="rate",
    name=T("比率计分"),
    params=(
        Param("cap", T("超过 100% 按 100% 计"), "bool", default=True),
        Param("value_label", T("数值名称"), "text"),
        Param("numerator_label", T("分子名称"), "text"),
        Param("denominator_label", T("分母名称"), "text"),
    ),
    inputs=(NUMERATOR, DENOMINATOR),
    check=check,
    score=score,
    binds=frozenset({"ratio"}),
    from_figure=from_figure,
    proposals=(Recogniser(2370, _hundred_share_of_quotient), Recogniser(520, _score_is_rate), Recogniser(530, _score_is_quotient), Recogniser(540, _share_of),
               Recogniser(550, _score_is_bare_quotient),
               Recogniser(560, _ratio_below),
               Recogniser(570, _full_then_share), Recogniser(2630, _target_letters), Recogniser(760, _by_the_rate), Recogniser(790, _per_percent), Recogniser(460, _rate_product),
               Recogniser(470, _ladder_in_proportion), Recogniser(480, _targets_in_proportion),
               Recogniser(450, _done_else_share), Recogniser(1530, _full_else_share), Recogniser(390, _quotient_of_hundred),
               Recogniser(370, _rate_points_share), Recogniser(340, _counted_then_by_it), Recogniser(1440, _count_target_share), Recogniser(2340, _line_else_share), Recogniser(2350, _short_of_target_share), Recogniser(6770, _target_else_share),
               Recogniser(1460, _fraction_bar), Recogniser(2420, _lowest_bid_signs_lost), Recogniser(1650, _factor_rate), Recogniser(8710, _min_quotient), Recogniser(8720, _by_satisfaction), Recogniser(8730, _hundred_point_score),
               Recogniser(17010, _base_then_counted), Recogniser(17020, _best_then_share),
               Recogniser(17030, _sheet_score), Recogniser(31000, _defined_ratio_times)),
    describe=describe,
)
