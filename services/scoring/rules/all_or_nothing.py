"""全有或全无: full marks when the condition is met, none otherwise."""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from decimal import Decimal
from typing import Any

from models.messages import said as refusal
from services.core.numbers import ZERO, RuleInputError, fmt, to_decimal
from services.core.patterns import found_by, lazy_compile
from services.scoring.rules.base import (
    Input,
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
    msg,
    said,
)
from services.scoring.rules.wording import (
    EVIDENCE_NOTE,
    FEN_WORD,
    MANNER,
    MATERIAL_FIGURE,
    NOT_A_STATEMENT,
    ORDINAL,
    ORDINAL_AT,
    PERIOD_REQUIRED,
    PLACEMENT_FIGURE,
    WORDS_OF_RECORD,
    ZEROED,
    d,
    figure_in,
    placing_in_words,
    scored_statements,
)


def check(params: Params, item_max: Decimal) -> list[str]:
    return []


def score(params: Params, inputs: Inputs, item_max: Decimal) -> ItemResult:
    met = inputs.get("met")
    if met is None:
        return ItemResult(None, msg(T("尚未判断")))
    if not isinstance(met, bool):
        raise RuleInputError(refusal("“是否满足”只能是“是”或“否”"))
    cond = params.get("condition") or msg(T("条件"))
    if met:
        return ItemResult(item_max, msg(T("满足“%1”，得满分 %2"), cond, fmt(item_max)), item_max)
    return ItemResult(ZERO, msg(T("不满足“%1”，不得分"), cond), ZERO)


def options(params: Params, item_max: Decimal) -> list[tuple[str, Any, Msg]]:
    return [("yes", True, msg(T("满足（得 %1 分）"), fmt(item_max))), ("no", False, msg(T("不满足（不得分）")))]


def notes(params: Params, item_max: Decimal) -> list[Note]:
    cond = params.get("condition")
    return [Note((msg(T("条件：")), msg("%1", cond)), above=True)] if cond else []


def from_figure(params: Params, fig: Any, binding: Mapping[str, Any]) -> dict[str, Any]:
    """Met when the figure reaches the binding's level (100% unless it says otherwise)."""
    return {"met": fig.value >= to_decimal(binding.get("at_least", "100"), "达标线")}


# ── wordings ────────────────────────────────────────────────────────────────
#: the full marks named before their figure (“…的,得满分10分”): the figure is the points, the 满分 says nothing more
FULL_NAMED = r"(?:满分(?:为)?)?"
_MET_OR_NOT = lazy_compile(r"(?:(?:得|计|记)?" + FULL_NAMED + r"(?P<pts>\d+(?:\.\d+)?)分|得满分|计满分)[,:]?否则(?:" + ZEROED + r"|0分)")


#: a clause saying when (“…后”, “…时”), not “及时”, “按时”
_WHEN_WORD = r"后|(?<![及按准同适实定临])时"
_WHEN = lazy_compile(f"(?:{_WHEN_WORD})$")


def _else_nothing(w: Wording) -> Proposed | None:
    """"…的得2分，否则不得分"."""
    t, weight, name = w.text, w.weight, w.name
    m = _MET_OR_NOT.search(t)
    if not m or (m.group("pts") and d(m.group("pts")) != weight):
        return None
    cond = t[:m.start()].strip(",;")  # all its clauses: “制度健全,执行到位,得2分,否则不得分” asks for both
    first = cond.split(",")[0]
    if _WHEN.search(first):  # “经审批或下达资金指标文后,根据指标文4分”: the step after which the rest follows
        cond = first
    cond = re.sub(f"(?:的|{_WHEN_WORD})$", "", re.sub(r"(?:得|计|记)$", "", cond)).strip() or name
    return Proposed([RULE.item(name if len(name) <= 12 else cond, weight, {"condition": cond})],
                    f"全有或全无：满足“{cond}”得 {fmt(weight)} 分，否则不得分")


#: the “then” or “的” a condition ends with before its score (“若…,则得2分”, “…的,得2分”): not part of it
_IF_THEN = lazy_compile(r",?(?:则|的)$")


def _without_then(cond: str) -> str:
    """The condition without the “then” it ends with (all of it when that is all it says)."""
    return _IF_THEN.sub("", cond) or cond


#: “有,得1分”、“资料齐全,得满分”: the one situation that scores, on the whole 分值; “在章程中写入…得分”: 得分 with no
#: figure (never “…的得分”, the score of something)
_ONLY_WHEN = lazy_compile(r"^(?P<cond>[^;]+?),?(?:的)?(?:(?:得|计|记)(?:满分|" + FULL_NAMED + r"(?P<pts>\d+(?:\.\d+)?)分)|(?<![不未的])(?P<bare>得分));?$")
#: how a score goes by what the team finds (“按完成进度得分”, “根据排名得分”, “视情况得分”, “按比例得分”, “以系数×分值计算
#: 得分”; never “按时”, “按要求”) or whose score it is (“考核得分”, “评价得分”, “即为本县此项得分”): no requirement met
_SCORED_AS = lazy_compile(r"按(?!照?(?:规定|要求|时|期|程序|标准|计划))|根据|依据|视|酌情|比例|率|情况|程度|考核|评|测|\d|"
                        r"[*/×÷=+]|计算|之和|系数|数值|即为|(?:此|本|该)项")
#: “财政专户的开设符合规定;违规私自开设财政专户的,不得分”: a rule stated, and its breach scoring 0
_BREACH = lazy_compile(r"^(?P<cond>[^;,]+);(?P<breach>[^;]+?)的?,?(?:本项)?" + ZEROED + r";?$")


#: a clause that says how the row is scored (“按完成进度得分”, “视完成情况计分”, “根据…打分”): the score goes by it, so
#: the situation after it scoring the 分值 is its top, not the one condition of the whole
_SCORED_BY = lazy_compile(r"(?:^|[,;])[^,;]*(?<![不未])(?:得|计|记|打|评|赋)分(?=,|$)")


#: a condition closing with the word of scores said one by one (“…依次”, “…分别”, “…各”): several situations, not one
_RESPECTIVE_END = lazy_compile(r"(?:依次|分别|各)$")


def _only_when(w: Wording) -> Proposed | None:
    """"有,得1分" on a 1-point item: full marks when it holds, none otherwise; "…符合规定;违规…的,不得分": full
    marks when the rule is kept (the text does not say so in words, so it is to check)."""
    t, weight, name = w.text, w.weight, w.name
    m = _ONLY_WHEN.match(t)
    if m and (m.group("pts") is None or d(m.group("pts")) == weight) and not re.search(r"扣|每|不足|以下|低于", m.group("cond")) \
            and not _SCORED_BY.search(m.group("cond")) and not (m.group("bare") and _SCORED_AS.search(m.group("cond"))):
        cond = _without_then(m.group("cond").strip(","))
        # a figure in the condition (“排名前5位”, “达到90%”) is a line the team checks, not a rule the proposal holds
        doubts = [f"“{cond}”：条件中的数值由评价组判断是否达到"] if figure_in(cond) else []
        if m.group("bare"):
            doubts.append("“得分”：未写分数，读作满足时得本项分值、否则不得分")
        if _RESPECTIVE_END.search(cond):
            # “按时完成、未按时完成依次得6分”: situations said to score each its own, one score given for them all
            doubts.append(f"“{cond}得{fmt(weight)}分”：所列几种情形只写了一个得分，读作满足其一即得本项分值，请核对")
        return Proposed([RULE.item(name if len(name) <= 12 else cond, weight, {"condition": cond})],
                        f"全有或全无：满足“{cond}”得 {fmt(weight)} 分，否则不得分", tuple(doubts) or None)
    m = _BREACH.match(t)
    if m and not re.search(r"\d|扣|每|[≥≤<>]", t) and not m.group("cond").endswith("得分"):  # the rule's score, not a rule
        cond = m.group("cond")
        return Proposed([RULE.item(name if len(name) <= 12 else cond, weight, {"condition": cond})],
                        f"全有或全无：满足“{cond}”得 {fmt(weight)} 分，否则不得分",
                        (f"“{cond}”：满足时得满分，评分标准未明说",))
    return None


#: “有专题调研,得2分,没有的不得分”, “…部署;5分;否则,不计分”, “…专人负责2分;没有不得分”, “完成得基本分,未完成的不得分”:
#: the situation that scores the whole 分值, then the one that scores nothing
#: (never the 得分 of a zero, “…达不到100%的,不得分”: a condition is no 不 short of its score); the points may be said
#: as added and the other case as adding nothing (“参加培训的,加0.5分;未参加的,该项不加分” on a 0.5-point row)
_MET_THEN_NOT = lazy_compile(r"^(?P<cond>[^;]+?)[,:;]?(?:的)?[,:;]?(?:则)?(?<![不未])(?:得|计|记|(?P<add>加))?(?:(?P<full>满分|基本分|(?<=(?<![不未])得)分)|(?P<pts>\d+(?:\.\d+)?)分)[,;]"
                           r"(?P<neg>[^;]*?)(?:的)?,?(?:本项|该项)?(?:" + ZEROED + r"|记0分|0分|(?:此|本项|该项)分值扣完|(?P<none_added>不(?:予)?加分));?$")
#: a denial naming the last words of its condition, the denying word among them (“成绩不合格” after “…考试成绩合格”)
_ECHOED_DENIAL = lazy_compile(r"^(?P<head>[\u4e00-\u9fff]{1,8}?)(?:不|未|没有)(?P<tail>[\u4e00-\u9fff]{1,8})$")
#: points added onto a score the words name (“在基础分上加1分”, “在原成绩上加1分”): not the row's own points
_ADDED_ONTO = lazy_compile(r"基础分|基本分|原分|原有?成绩|总分|(?:得分|成绩)(?:上|之上|中)")
#: what a situation scoring nothing says: 否则, or the condition denied (没有…、未…、无…、不…)
DENIED = lazy_compile(r"^(?:否则|反之|没有|无|未|不|达不到|缺|[\u4e00-\u9fff]不(?:到|成|了))")
#: “发现1户未纳入的,此分值扣完”: a single case of the condition denied scores nothing
_ONE_DENIED = lazy_compile(r"^(?:发现|有|出现)?有?1(?:户|处|例|项|个|次|人|家|条|件)(?:未|不|没有|缺)")
#: “(每)缺1项不得分”: any one of the condition's requirements missing scores nothing — every failing case said
_ANY_MISSING = lazy_compile(r"^(?:每|任)?缺(?:少)?(?:任)?1(?:项|个|条|样)$")
#: a condition of several requirements (“纳入…且有专题部署”, “及时修编并组织实施”, “A,B,C”; 及时 joins nothing)
_SEVERAL = lazy_compile(r"且|并|及(?!时)|和|与|、|,|或")
_NOT_A_CONDITION = lazy_compile(r"扣|每|不足|以下|低于|\d+(?:\.\d+)?分|比例|酌情")


def _met_item(w: Wording, cond: str) -> dict[str, Any]:
    """The 全有或全无 item of ``cond``, named by the indicator when its name is short."""
    return RULE.item(w.name if w.name and len(w.name) <= 12 else cond[:30], w.weight, {"condition": cond})


def _met(w: Wording, cond: str, doubts: list[str]) -> Proposed:
    """Full marks when ``cond`` holds, none otherwise, with the reading's doubts (None when it has none)."""
    return Proposed([_met_item(w, cond)], f"全有或全无：满足“{cond}”得 {fmt(w.weight)} 分，否则不得分", tuple(doubts) or None)


def _met_then_not(w: Wording) -> Proposed | None:
    """“当年有专题调研,得2分,没有的不得分”: full marks when the condition holds, none when it does not. When the text
    denies only part of a condition of several requirements (“及时修编并组织实施的,得5分,未修编的不得分”), the
    score of the other cases is not said, and the proposal is to check."""
    m = _MET_THEN_NOT.match(w.text)
    if not m or (m.group("pts") and d(m.group("pts")) != w.weight):
        return None
    added = m.group("add") is not None or m.group("none_added") is not None
    if added and (not m.group("pts") or _ADDED_ONTO.search(m.group("cond"))):
        return None
    # “有则得分,无则不得分”: 得分 with no figure is the whole 分值
    cond, neg = m.group("cond").strip(",;:"), re.sub(r"(?<!否)则$", "", m.group("neg").strip(",;:"))
    any_missing = _ANY_MISSING.match(neg) is not None
    one_case = _ONE_DENIED.match(neg)
    # “应建已建得分,应建未建不得分”: the denial after the words it shares with the condition
    shared = 0 if DENIED.match(neg or "否则") else next(
        (i for i, (a, b) in enumerate(zip(cond, neg)) if a != b), min(len(cond), len(neg)))
    if shared and DENIED.match(neg[shared:]):
        neg = neg[shared:]
    # “参加考试时成绩合格的,得1分;成绩不合格的,不得分”: the denial repeating the condition's last words with 不 put in
    echo = None if DENIED.match(neg or "否则") else _ECHOED_DENIAL.match(neg)
    if echo and cond.endswith(echo.group("head") + echo.group("tail")):
        neg = neg[len(echo.group("head")):]
    if not cond or not (DENIED.match(neg or "否则") or one_case or any_missing) or _NOT_A_CONDITION.search(cond):
        return None
    if not any_missing and (re.search(r"扣|每", neg) or re.search(r"\d", neg[one_case.end():] if one_case else neg)):
        return None
    cond = re.sub(r"(?:的|时|后)$", "", cond)
    doubts = []
    if m.group("full") == "基本分":
        doubts.append("“基本分”：按本项分值计，请核对")
    # a denial joined by 或 (“不符合标准或未满足需求”) covers every failing case; one naming a part, or joining
    # denials by 且 (“没有纳入且没有专题部署”), leaves the cases between them unsaid
    if neg not in ("", "否则", "没有", "无") and "或" not in neg and not any_missing \
            and (_SEVERAL.search(cond) or _SEVERAL.search(neg)):
        doubts.append(f"“{neg}”：只说了不满足的一种情形，部分满足时的得分未说明")
    if figure_in(cond):
        doubts.append(f"“{cond}”：条件中的数值由评价组判断是否达到")
    if added:  # (an added point read as the row's own: the row holds nothing else, which the words do not say)
        doubts.append(f"“加{m.group('pts')}分”：按满足时得本项分值 {fmt(w.weight)} 分、否则不得分读，请核对")
    return _met(w, cond, doubts)


#: what names the points in the brackets after a requirement: “(分值1分)”, “(基本分20分)”, “(标准分3分)”, “(本项2分)”
_SCORE_NAMED = r"(?:本项(?:分值|满分)?|分值|基础分|基本分|标准分|满分)(?:为|:)?"
#: “各地级以上市按要求建立创业培训定点机构并配备师资(2分)”: a requirement and its 分值 in brackets, nothing else
#: or the 分值 named as such after it: “…,满分2分”, “…;分值3分”, “…。总分2分。”, also in the brackets: “…(分值1分)”, “…(基础分5分)”
_POINTS_AFTER = lazy_compile(r"(?:\((?:" + _SCORE_NAMED + r"|\+)?(?P<pts>\d+(?:\.\d+)?)分\)|[,;](?:满分|分值|总分)(?:为)?"
                           r"(?P<named>\d+(?:\.\d+)?)分);?$")
#: (a 比例 that is the quantity measured against a line, “…比例必须达到32%以上”, scores nothing in proportion; “按隐患整改率计分”
#: says how the score goes)
_SCORE_WORDS = lazy_compile(r"\d+(?:\.\d+)?分(?!钟)|(?<![获取心])得(?!到)|扣|满分|(?:计|评|打|给|赋)分|比例(?!(?:必须|须|应|要)?(?:达到|达|不低于|不少于|高于|超过|大于)\d|递增|划拨|拨付|提取|配备|配置|安排)|"
                          r"为止|酌情|折算")
#: “参赛选手在擦桌子前先戴好手套。3分)”, “…最多使用1张桌子(共8分)”: the 分值 closing the text in brackets whose opening
#: one the page lost (a closing bracket more than the text opens), after a stop
_POINTS_HALF_BRACKET = lazy_compile(r"(?<=[;,.])(?P<pts>\d+(?:\.\d+)?)分\)(?P<named>);?$")
#: “(2分)项目按规定组织招标”: the 分值 in brackets before the requirement, or the row's share of a whole of 100 (“1. (5%)
#: 点击种子能种下植物…”, a course's 评分细则 giving each function its percent of the grade)
_POINTS_BEFORE = lazy_compile(r"^\(\+?(?P<pts>\d+(?:\.\d+)?)(?:分|(?P<share>%))\)(?P<named>)(?=[\u4e00-\u9fff`A-Za-z])")
#: “…的,得满分”: full marks said before the 分值 in brackets
_FULL_SAID = lazy_compile(r"(?:的)?,?(?:得|计|记)满分$")


def _requirement(w: Wording) -> Proposed | None:
    """A requirement followed by its 分值 in brackets: met or not. The text gives only the 分值, so that a requirement
    not met scores nothing (not part of it) is read, not said: the proposal is to check."""
    t = w.text
    m = _POINTS_AFTER.search(t) or _POINTS_BEFORE.match(t)
    half = _POINTS_HALF_BRACKET.search(t) if m is None and t.count("(") < t.count(")") else None
    m = m or half
    if not m or d(m.group("pts") or m.group("named")) != w.weight:
        return None
    cond = (t[:m.start()] + t[m.end():]).strip(",;:")
    full = _FULL_SAID.search(cond)
    if full:  # “…的得满分(2分)”: the full marks said, the 分值 in brackets
        cond = cond[:full.start()]
    if not cond or _SCORE_WORDS.search(cond) or (m.groupdict().get("share") and "%" in cond):
        return None
    doubts = [f"“{m.group(0).strip(',;')}”：只给出分值，满足得满分、不满足不得分为推定"]
    if m.groupdict().get("share"):  # (a share of the whole equal to the 分值: the row's points on a scale of 100)
        doubts.append(f"“{m.group(0)}”：百分比按本项分值读")
    if half:
        doubts.append(f"“{half.group(0).strip(';')}”：括号缺左半，按本项分值读")
    if figure_in(cond):
        doubts.append("条件中的数值由评价组判断是否达到")
    return Proposed([_met_item(w, cond)],
                    f"全有或全无：满足要求得 {fmt(w.weight)} 分，否则不得分", tuple(doubts))


#: “缺1项,不得分”, “不达标准,不得分”: only the case that scores nothing is stated
_ONLY_BREACH = lazy_compile(r"^(?P<breach>[^;,]+?)(?:的)?,?(?:本项|该项)?" + ZEROED + r";?$")
_BREACH_WORDS = lazy_compile(r"^(?:有?1(?:项|个|处|条)|任1项)?(?:缺|少(?!于)|无|没有|未|不|达不到)")
#: one fault and more, counted as the first (“≥1个不合格”, “1处及以上不合格”): one fault zeroes the row
_ONE_OR_MORE = lazy_compile(r"^(?:≥1(?P<u>项|个|处|条|次|例)|1(?P<v>项|个|处|条|次|例)(?:\(含\))?及以上)")
#: a remark after the zero that changes no figure: “(实行“一票否决”)”, “(如无特种设备可不检查…)”, “,如:…等”
_REMARK_AFTER = lazy_compile(r"(?:\((?P<a>[^()]+)\)|,(?:如|例如|比如):?(?P<b>[^;]+))$")  # matched where it opens
_SCORES_SOMEHOW = lazy_compile(r"\d|分|扣|得|酌情|视情|比例")


def _breach_only(w: Wording) -> Proposed | None:
    """“缺1个科室,不得分”, “1项不符合条件,不得分”, “少任1种证件不得分”: the requirement is the indicator's, and one breach
    scores nothing. That the requirement met scores the 分值 is not said: to check. A remark after the zero (an
    example, an exception, “一票否决”) is the evaluator's to read."""
    t = w.text.rstrip(";.")
    doubts = []
    at = t.rfind("(") if t.endswith(")") else max(t.rfind(",如"), t.rfind(",例如"), t.rfind(",比如"))
    remark = _REMARK_AFTER.match(t, at) if at > 0 else None
    if remark and not _SCORES_SOMEHOW.search(remark.group("a") or remark.group("b")):
        doubts.append(f"“{remark.group(0).strip(',')}”：未计入规则")
        t = t[:remark.start()]
    m = _ONLY_BREACH.match(t)
    one = _ONE_OR_MORE.match(m.group("breach")) if m else None
    lead = f"1{one.group('u') or one.group('v')}" if one else ""
    # “每半年没有汇报…的,不得分”: how often the thing is required, then its denial (``_PERIOD_DENIED``): no count
    period = _PERIOD_LEAD.match(m.group("breach")) if m and not one else None
    rest = m.group("breach")[one.end() if one else period.end() if period else 0:] if m else ""
    if not m or not _BREACH_WORDS.match(lead + rest) or re.search(r"扣|每|%|以上|以下|≥", rest):
        return None
    breach = m.group("breach")
    return Proposed([RULE.item(w.name or "要求", w.weight, {"condition": "无：" + breach})],
                    f"全有或全无：未出现“{breach}”得 {fmt(w.weight)} 分，否则不得分",
                    (f"“{breach}”：满足要求时得满分，评分标准未明说", *doubts))


#: how often a thing is required, then its denial (“每月未听取…”, “每季度不开展…”)
_PERIOD_DENIED = r"(?:半年|年|季度|季|月|周|旬)(?:均|都)?(?:未|不|没有)"
#: the period that opens such a fault, before its denial (“每半年没有…”, “每月未…”)
_PERIOD_LEAD = lazy_compile(r"每(?=" + _PERIOD_DENIED + r")(?:半年|年|季度|季|月|周|旬)(?:均|都)?")
#: what makes a fault more than words: a count (each case, never how often a thing is required and not done: “未每日登陆
#: 系统的”, “每月未听取汇报的”: a fault costing the whole 分值 takes it once or per period alike), a deduction, a stop, a
#: figure in points or in brackets
_NO_FAULT_IN_WORDS = lazy_compile(r"(?<![未不没无])每(?!" + _PERIOD_DENIED + r")|每(?!" + PERIOD_REQUIRED + r")|扣|为止|\d分|[(),]\d")
#: a fault said as the requirement met (“工作方案完整,扣5分”, “档案齐全。扣2分”): a denial left out, or no fault at all
_MET_SAID = lazy_compile(r"^[^不未无没缺欠非]*(?:" + "|".join((*MANNER, "齐全", "到位", "健全", "完善", "合格", "达标", "明确", "合理", "落实"))
                       + r")$|"
                       # “按要求设置消毒间,扣3分”, “设有消毒间;扣3分。”: a thing done as required, or had
                       r"^(?:按(?:要求|规定|标准|时)|设有|建有|配有|备有|已)[^不未无没缺欠非差错漏]*$")
#: a fault said as a degree of the requirement (“基本满足要求的”, “基本未开展的”, “落实较差的”, “执行一般的”, “部分未落实的”):
#: a worse degree (not met at all) is unsaid, and the item would score it in full; 基本 naming a thing (“基本情况”, “基本
#: 医疗”, ``choice.DEGREES``) or denied (“未基本掌握”, every worse degree with it) is no such degree
_FAULT_AS_DEGREE = lazy_compile(r"(?<![未不没无])基本(?!情况|信息|条件|数据|资料|知识|技能|原则|职责|医疗|公共|养老|农田|药物|建设|工资|账户)|"
                              r"较差|一般$|(?<!全)(?:部分|个别|少数)(?=[^,;]{0,6}(?:未|不|没有))")
#: the thing not had at all said beside the degree (“无卫生管理责任制或部分区域…不明确”): the worst case is said
_WHOLE_DENIAL_BESIDE = lazy_compile(r"(?:^|或)(?:无|未|没有)[^或基部个少较]+或|或(?:无|未|没有)[^或基部个少较]+$")
#: where one fault's clause ends and the next begins: a stop, or a comma after the points the fault costs
_FAULTS_APART = lazy_compile(r";|(?<=\d分),")
#: the requirement, then the whole 分值 it earns, before the faults that take it: “着装与工牌等符合要求,得1分”
_FULL_MARKS_LEAD = lazy_compile(r"^(?P<rule>[^;]+?),?(?:得|计|记)(?P<pts>\d+(?:\.\d+)?)分$")
#: (a range of points taken, “不能满足扣2-5分” on 2 points: the least of it takes the whole 分值)
_FAULT_ALL = lazy_compile(r"^(?P<fault>[^;]+?)(?:的)?,?(?:扣(?:除)?|扣减|减(?:去)?)(?P<pts>\d+(?:\.\d+)?)(?:[-~至](?P<most>\d+(?:\.\d+)?))?分$")


def _any_fault_zeroes(w: Wording) -> Proposed | None:
    """“建立组织,健全机构…;未落实的,扣1分” on 1 point, “1.未制定工作方案的,扣10分;2.未以正式文件明确…的,扣10分” on
    10: every fault named costs the whole 分值, so the item scores it when no fault is found and nothing otherwise."""
    # (faults may be set apart by commas as well: “…不及时申购扣10分,物料混乱…扣10分”)
    clauses = [ORDINAL_AT.sub("", c) for c in _FAULTS_APART.split(w.text.rstrip(";.")) if c]
    faults: list[str] = []
    rules: list[str] = []
    figured: list[str] = []
    past: list[str] = []
    leads: list[str] = []
    ranged: list[str] = []
    for c in clauses:
        m = _FAULT_ALL.match(c)
        if m:
            fault = m.group("fault").strip(",")
            lead, _, denial = fault.rpartition(",")
            if _NO_FAULT_IN_WORDS.search(fault) and lead and not faults and not rules and DENIED.match(denial) \
                    and not _NO_FAULT_IN_WORDS.search(denial) and not _SCORE_WORDS.search(lead):
                # “每学年至少组织1次…活动,未开展主题宣传教育的扣5分”: the requirement, a count in it, then its denial
                rules.append(lead)
                leads.append(f"“{lead}”与“{denial}”：按要求及其未做到读")
                fault = denial
            if d(m.group("pts")) < w.weight or _NO_FAULT_IN_WORDS.search(fault):
                return None
            faults.append(fault)
            past += [m.group(0)] if d(m.group("pts")) > w.weight else []
            ranged += [m.group(0)] if m.group("most") else []
            figured += [faults[-1]] if re.search(r"\d", faults[-1]) else []
        elif not faults and not rules and (full := _FULL_MARKS_LEAD.match(c)) and d(full.group("pts")) == w.weight \
                and not re.search(r"\d|扣|每|得|不得分|不计分|满分|为止|酌情", full.group("rule")):
            rules.append(full.group("rule"))  # “着装等符合要求,得1分,1人次不合格减1分”: the requirement and its 分值 first
            leads.append(f"“{c}”：所写分值即满分，后列问题出现即扣完")
        elif faults or re.search(r"\d|扣|每|得(?:满分|\d)|不得分|不计分|满分|为止|酌情", c):
            return None  # the requirement is stated before the faults against it, never after them
        else:
            rules.append(c.strip(","))
    if not faults or (rules and len(rules) > 1):
        return None
    cond = rules[0] if rules else "无：" + "、".join(faults)
    # “…的,扣3分” on 2 points: a deduction past the 分值 takes it all, though the table may have meant another 分值
    doubts = [*leads, *(f"“{x}”：条件中的数值由评价组判断是否达到" for x in figured + [r for r in rules if figure_in(r)]),
              *(f"“{x}”：扣分超过该项分值 {fmt(w.weight)} 分，按扣完读" for x in past if x not in ranged),
              *(f"“{x}”：扣分幅度的下限已达该项分值 {fmt(w.weight)} 分，按扣完读" for x in ranged),
              *(f"“{x}”：所写是达到要求，却扣分，原文可能漏写“未”“不”" for x in faults if _MET_SAID.search(x)),
              *(f"“{x}”：所写是一种程度，更差的情形（完全未做到）如何计分未说明，请核对" for x in faults
                if _FAULT_AS_DEGREE.search(x) and not _WHOLE_DENIAL_BESIDE.search(x))]
    return Proposed([_met_item(w, cond)],
                    f"全有或全无：{'、'.join(faults)}即扣完 {fmt(w.weight)} 分，否则得满分", tuple(doubts) or None)


#: the whole 分值 taken, said in words, before what is taken: “扣全…”, “扣除本项全部…”, “扣满…”, “扣掉全部…”
TAKES_ALL = r"扣(?:除|掉|去|光)?(?:本项|该项|此项|此处)?(?:全部|全|满)"
#: the whole 分值 taken, said as the row's points used up: “扣完此项分数”, “扣完本项全部分值”, “此处配分扣光” (a skills
#: test's 配分, the points of the item) (never “扣完为止”)
USED_UP = r"(?:扣完|扣光)(?:本项|该项|此项|此处)(?:全部)?(?:分值|分数|配分|分)|(?:本项|该项|此项|此处)?配分扣光"
#: the whole 分值 taken in words, closing a fault beside other faults: “…,扣除全部分值”, “…扣全分”, “…扣完本项分值” (never
#: the stop, “扣完本项分值为止”): the fault zeroes the row
ALL_TAKEN = (r"(?:" + TAKES_ALL + r"(?:分值|分数|配分|分)|" + USED_UP + r")(?![值数\d为即])")
#: ``ALL_TAKEN`` found anywhere in a text (the gate's reading, the formula of faults and the count of zeros read it)
ALL_TAKEN_IN = lazy_compile(ALL_TAKEN)
#: a fault that costs the whole 分值 in words: “…的扣全分”, “…,扣除本项全部分值”, “…扣满分”, “…扣掉全部10分”, “…不合要求扣完此项分数”
_FAULT_TAKES_ALL = lazy_compile(r"^(?P<fault>[^;]+?)(?:的)?,?(?:则)?(?:" + TAKES_ALL
                              + r"(?:分值|分数|配分|分|(?P<pts>\d+(?:\.\d+)?)分)|" + USED_UP + r")(?:,扣完为止)?$")


#: one case found: “发生1次”, “出现1起”, “有1例”
_SINGLE_CASE = lazy_compile(r"(?<=[生现有])1(?:次|起|例|处|件)")


def _fault_takes_all(w: Wording) -> Proposed | None:
    """“未建立台账的,扣除全部分值”: the text's one fault costs the whole 分值, said in words rather than as a figure (or
    as the 分值's own figure, “扣掉全部10分”): the item scores the 分值 when the fault is not found, nothing when it is.
    That nothing found scores the 分值 is not said: to check."""
    t = ORDINAL_AT.sub("", w.text.rstrip(";."))
    # “严格执行…,按时完成…任务;其中1项工程未按规定完成,扣全分;(5分)”: the requirement first, the fault among its tasks
    # after 其中, then the 分值 in brackets
    said = re.search(r";\((?P<pts>\d+(?:\.\d+)?)分\)$", t)
    if said and d(said.group("pts")) == w.weight:
        t = t[:said.start()]
    among = re.match(r"^(?P<req>[^;]{6,});其中,?(?P<rest>[^;]+)$", t)
    req = among.group("req") if among and not _SCORED_SOMEHOW.search(_NO_SCORE_WORD.sub("", among.group("req"))) else ""
    m = _FAULT_TAKES_ALL.match(among.group("rest") if req and among else t)
    if m is None or (m.group("pts") and d(m.group("pts")) != w.weight):
        return None
    fault = m.group("fault").strip(",")
    # a single case is a fault in words (“如发生1次…漏查则扣掉全部10分”); any other figure is a line
    # (after 其中: “1项工程未按规定完成”, one of the tasks)
    if re.search(r"\d|每|扣|得|分|为止|;", _SINGLE_CASE.sub("", re.sub(r"^1(?:项|个|处|件)", "", fault) if req else fault)):
        return None
    if req:
        return Proposed([_met_item(w, req)], f"全有或全无：满足“{req}”得 {fmt(w.weight)} 分，其中{fault}即扣完",
                        (f"“其中{fault}”：读作任何一项未达到即不得分，全部达到得满分",))
    return Proposed([_met_item(w, "无：" + fault)], f"全有或全无：{fault}即扣完 {fmt(w.weight)} 分，否则得满分",
                    (f"“{fault}”：未出现时得满分，评分标准未明说",))


#: “本项满分6分;A建设3分,…的得3分,否则得0分;B建设3分,…”: the 分值 said first, then parts each with theirs
_TOTAL_FIRST = lazy_compile(r"^(?:本项|该项|本指标)?(?:满分|共|分值)?(?P<total>\d+(?:\.\d+)?)分[;,]")
_PART_HEAD = lazy_compile(r"^(?P<label>[^,;\d]+?)(?P<pts>\d+(?:\.\d+)?)分,(?P<rest>.+)$")


def _each_part_met(w: Wording) -> Proposed | None:
    """Sentences that each open with what they score and its points, then one condition met or not
    (“城市污水处理厂建设3分,…已建成投运的得3分,否则得0分”), adding up to the 分值: one 全有或全无 each."""
    t = w.text.rstrip(";")
    lead = _TOTAL_FIRST.match(t)
    if lead:
        if d(lead.group("total")) != w.weight:
            return None
        t = t[lead.end():]
    sentences = [x for x in t.split(";") if x]
    if len(sentences) < 2:
        return None
    items, doubts = [], []
    for k, sentence in enumerate(sentences):
        head = _PART_HEAD.match(sentence)
        if not head:  # sentences without a head of their own are the points of one 要点核查 (checklist)
            return None
        label, body = head.group("label"), head.group("rest")
        scores = {d(x) for x in re.findall(r"(?<![\d.])(\d+(?:\.\d+)?)分", body)} - {Decimal(0)}
        if scores != {d(head.group("pts"))}:
            return None
        part = Wording(body, scores.pop(), label)
        found = _else_nothing(part) or _met_then_not(part)
        if found is None:
            return None
        item = dict(found.items[0], key=chr(ord("a") + k))
        if label:
            item["label"] = label
        items.append(item)
        doubts += list(found.doubts or ())
    if sum((d(it["max"]) for it in items), Decimal(0)) != w.weight:
        return None
    return Proposed(items, f"{len(items)} 个全有或全无（" + "、".join(f"{it['max']}分" for it in items) + "）", tuple(doubts))


#: the end of a sentence that zeroes the row: “…,本项不得分”, “…均不得分”, “…,否则不计分”; an 操作考核 sheet's “…本题不得分”
_ZEROES = lazy_compile(r",?(?:(?<!否)则)?(?:本项|该项|此项|整项|本题|该题|此题)?(?:均)?" + ZEROED + "$")
_ANY_ZERO = lazy_compile(r"(?:" + ZEROED + r"|扣(?:除|减)?\d+(?:\.\d+)?分)(?:,[^,;\d]+)*;?$")
#: “…,扣10分” on a 10-point row, and what the text says follows (“,从发现之日起,记为不良行为”)
_COSTS = lazy_compile(r",?扣(?:除|减)?(?P<pts>\d+(?:\.\d+)?)分(?P<after>(?:,[^,;\d]+)*)$")
#: the requirement denied: “未达要求”, “不符合要求”, “达不到标准”
_DENIED = r"(?:达不到|未达到|未达|不符合|未符合|不满足|未满足)(?:标准|要求|规定)"
#: a breach that only denies what precedes it: “未落实的”, “否则”, “达不到标准”, “未达要求”, “不符合要求”
_BARE_DENIAL = lazy_compile(r"^(?:否则|(?:达不到|未达到|不达)(?:标准|要求)?|" + _DENIED + r"|(?:未|没有|无)[\u4e00-\u9fff]{0,2})$")
#: a denial of the requirement closing the words before it: “…经费未达要求”, “…不符合要求”
_DENIAL_CLOSING = lazy_compile(_DENIED + r"$")
#: a denial naming what is not done: “未缴纳”, “没有备案”, “无台账”
_OWN_FAULT = lazy_compile(r"^(?:未|没有|无)[\u4e00-\u9fff]{2}$")
#: “查看调度人员的《授权书》,没有授权书,本项不得分”: how the team checks, not part of the fault
_HOW_CHECKED = lazy_compile(r"^(?:查看|查阅|核查|检查|抽查|查(?:资料|台账|记录|文件|档案)$)")
#: a fault of alternatives (“无计划或计划完成率全年低于90%”): one said in words, a denial (“无计划”), beside the lines
_WORDS_OR_LINE = lazy_compile(r"^(?:无|未|没有)[^或%\d]{1,12}或")
#: a breach that is a line on a figure, not a fault (another reading: a threshold or bands)
_A_LINE = lazy_compile(r"%|以上|以下|以内|低于|高于|不足|[≥≤<>]|每|扣|得")
#: a rate short of its line in words: “检查率达不到100%”, “培训率未达到95%以上”
_SHORT_OF_RATE = lazy_compile(r"(?:达不到|未达到|没有达到|未达)\d+(?:\.\d+)?%(?:以上)?")
_STATED = lazy_compile(r"^\((?P<pts>\d+(?:\.\d+)?)分\)|\((?P<end>\d+(?:\.\d+)?)分\)$")


def _zeroed_by(w: Wording) -> Proposed | None:
    """Sentences that each name what zeroes the row (“没有授权书,本项不得分;…没有下达撤人命令的,本项不得分”,
    “①…的,扣10分;②…的,扣10分” on a 10-point row, “…,达不到标准不计分”, “至少2种宣传方式,否则不得分”,
    “各村设立保洁人员,落实报酬,未落实的不得分”), with any requirement stated in sentences of its own: full marks
    when none of them is found. That the requirement met scores the 分值 is read, not said: always to check."""
    t = w.text.rstrip(";.")  # “…扣10分.”: a stop written as a half-width point
    if not _ANY_ZERO.search(t):
        return None
    # (“…未完成不得分,无大修计划或…不得分”: a comma after a zero closes its sentence as well)
    sentences = [x for x in re.split(r";|(?<=不得分),", t) if x]
    rules: list[str] = []
    conds: list[str] = []
    faults: list[str] = []
    lines: list[str] = []  # the faults that are a rate short of its line
    doubts: list[str] = []
    for sentence in sentences:
        sentence = ORDINAL_AT.sub("", sentence.lstrip("①②③④⑤⑥⑦⑧⑨⑩"))
        stated = _STATED.search(sentence)
        while stated and d(stated.group("pts") or stated.group("end")) == w.weight:
            sentence = (sentence[:stated.start()] + sentence[stated.end():]).strip(",")
            stated = _STATED.search(sentence)
        zero = _ZEROES.search(sentence)
        costs = None if zero else _COSTS.search(sentence)
        if costs and (d(costs.group("pts")) != w.weight or _SCORE_WORDS.search(costs.group("after"))):
            return None
        end = zero or costs
        if not end:
            if not sentence or _SCORE_WORDS.search(sentence):
                return None
            if not _HOW_CHECKED.match(sentence) or re.search(r"\d", sentence) or sentence is sentences[-1]:
                rules.append(sentence)  # (“查资料”: how the team checks, no requirement)
            continue
        if costs and costs.group("after"):
            doubts.append(f"“{costs.group('after').strip(',')}”：不计分的后果，未计入规则")
        parts = [x for x in re.sub(r"的$", "", sentence[:end.start()]).split(",") if x]
        # (situations scored short of the 分值 before the zero, “…,延迟完成2分,未完成0分,出现重大失误的本项不得分”, or scored
        # apart, “…计5分、…计2分、未完成计0分”: situations, no condition)
        if not parts or any(re.search(r"\d+(?:\.\d+)?分(?!钟)", x) for x in parts):
            return None
        breach, lead = re.sub(r"的$", "", parts[-1]), parts[:-1]
        # “每年按比例划拨图书经费未达要求”: the requirement and its denial run together (the page lost the space between)
        run = None if _BARE_DENIAL.match(breach) else _DENIAL_CLOSING.search(breach)
        if run and run.start() >= 6:
            lead, breach = [*lead, breach[:run.start()]], run.group(0)
        # (a denial with nothing before it to deny, “未缴纳的,不得分;…”, is a fault of its own words)
        if _BARE_DENIAL.match(breach) and (lead or rules or not _OWN_FAULT.match(breach)):
            said = lead or rules[-1:]
            if not said or any(_SCORE_WORDS.search(x) for x in said):
                return None
            if not lead:
                rules.pop()
            conds.append(",".join(said))
            continue
        fault = ",".join(x for x in parts if x is parts[-1] or not _HOW_CHECKED.match(x))
        if _A_LINE.search(WORDS_OF_RECORD.sub("", fault)):  # (“未获得批复”, “未得到提高”: a thing obtained, no score)
            # a rate short of its line beside faults in words (“…无资质的,不得分;检查率达不到100%的,不得分”) is one more
            # fault zeroing the row, its figure the team's to check; alone it is a line (a threshold's or bands')
            # so is a line beside a fault in words it is an alternative to (“无计划或计划完成率全年低于90%”)
            if _WORDS_OR_LINE.match(fault):
                doubts.append(f"“{fault}”：所列情形之一即不得分，其中的数值由评价组判断是否达到")
            elif _A_LINE.search(_SHORT_OF_RATE.sub("", WORDS_OF_RECORD.sub("", fault))):
                return None
            else:
                lines.append(fault)
        faults.append(re.sub(r"的$", "", fault))
    if (not conds and not faults) or (lines and len(lines) == len(faults)):
        return None
    if conds:
        cond = ",".join(rules + conds + (["无：" + "、".join(faults)] if faults else []))
    else:
        cond = rules[0] if len(rules) == 1 else "无：" + "、".join(faults)
    doubts.insert(0, "满足要求时得满分，评分标准未明说")
    if figure_in(cond):
        doubts.append(f"“{cond}”：条件中的数值由评价组判断是否达到")
    return _met(w, cond, doubts)


#: “是否进行了垦复”, “种苗是否有“三证一签””: a criterion asked as a question, nothing said of the score
_QUESTION = lazy_compile(r"^(?P<subject>[^,;?是]*?(?:是(?!否)[^,;?是]*?)*)是否(?P<asked>[^,;?]+)$")
#: a question about a fault (“是否存在病虫危害”, “整地是否造成水土流失”): the condition is its denial
_FAULT_ASKED = lazy_compile(r"^(?:存在|发生|出现|造成|导致)")
_DENIAL_OF = {"存在": "不存在", "发生": "未发生", "出现": "未出现", "造成": "未造成", "导致": "未导致"}
#: “…的面积是多少”, “…面积多少亩”: the figure the question that follows compares
_HOW_MUCH = lazy_compile(r"(?:是多少|有多少|多少[\u4e00-\u9fff]?)$")
#: “以万分之一地形图勾绘为准”: what the figure is taken from
_BASIS = lazy_compile(r"^以[^,;]+为准$")
_NOT_A_QUESTION = lazy_compile(r"\d+(?:\.\d+)?分|得|扣|满分|比例|酌情|视情|每|还是")


#: a text that opens by naming what the team weighs (“考察物业人员的热情度、礼貌度”, “衡量植物健康状况…是否符合要求”,
#: “评估…的运行情况”): the matters of a judgement, no requirement met or not (never the report or result of one, “评价报告
#: 按提纲撰写”, “考核结果不合格”, nor its period, “考核期内”)
_WEIGHED_LEAD = lazy_compile(r"^(?:考察|衡量|评估|评价|考核)(?!报告|结果|期|指标|等级|得分|分|办法|标准|内容|项目|工作|对象|制度|"
                           r"机制|体系|方案|意见|组|小组)")


def _asked(w: Wording) -> Proposed | None:
    """A criterion written as a question and scored by the row's 分值 (“是否施肥。”, “…面积是多少,是否达到400亩,以…
    为准。”, “是否进行了整地,整地是否造成水土严重流失。”): full marks when the answer is yes (no, for a question about
    a fault), none otherwise. The text says nothing of the score, so the reading is always to check."""
    if "是否" not in w.text or _WEIGHED_LEAD.match(ORDINAL_AT.sub("", w.text)):
        return None
    clauses = [c for c in w.text.rstrip(";?").split(",") if c]
    if not clauses or len(clauses) > 3 or _NOT_A_QUESTION.search(w.text):
        return None
    subject, basis = "", ""
    parts: list[tuple[str, str]] = []
    for k, clause in enumerate(clauses):
        clause = ORDINAL_AT.sub("", clause) if k == 0 else clause
        if _BASIS.match(clause) and k and not basis:
            basis = clause
            continue
        if not parts and _HOW_MUCH.search(clause) and "是否" not in clause and not subject:
            subject = re.sub(r"的?" + _HOW_MUCH.pattern, "", clause)
            continue
        m = _QUESTION.match(clause)
        if not m or basis:
            return None
        asked = m.group("asked")
        fault = _FAULT_ASKED.match(asked)
        if fault:
            asked = _DENIAL_OF[fault.group(0)] + asked[fault.end():]
        elif parts:  # a second question must ask about a fault (“…,整地是否造成水土流失”): more asked are points
            return None
        parts.append((m.group("subject") or (subject if not parts else ""), asked))
    if not parts:
        return None
    cond = "，且".join(who + what for who, what in parts) + (f"（{basis}）" if basis else "")
    doubts = [f"“{w.text.rstrip(';?')}”：问句作为条件，满足得满分、不满足不得分为推定（评分标准未说明计分）"]
    if figure_in(cond):
        doubts.append("条件中的数值由评价组判断是否达到")
    return _met(w, cond, doubts)


#: “是否编制绩效目标;是=2分;否=0分”, “编制绩效目标,是2分,否0分”, “按规定申报:是(2分),否(0分)”: the answers yes and no,
#: each with its score, the yes on the whole 分值
_YES_OR_NO = lazy_compile(r"^(?P<cond>[^;]*?[^;,:?(=])[;,:?(]*是(?:的)?[=:,(]?(?:得|计)?(?P<pts>\d+(?:\.\d+)?)分\)?[,;]?"
                        r"否(?:的)?[=:,(]?(?:(?:得|计)?0分|" + ZEROED + r")\)?\)?$")


#: a question answered in numbered answers, the state asked for and its denial: “…是否一致①一致(20分)②不一致(0分)”;
#: then, it may be, lines the team only fills in (“2.报表系统中…数:_______人”)
_ANSWERED = lazy_compile(r"^(?P<cond>[^;①]*是否[^;①]*?(?P<state>[\u4e00-\u9fff]{1,6}))①(?P=state)\((?P<pts>\d+(?:\.\d+)?)分\);?"
                       r"②(?:不|未|没有)(?P=state)\((?:0分|不得分)\)(?P<rest>.*)$")
#: a line of the form to fill in: “2.报表系统中老年人健康管理数:_______人”, “(附系统数据照片)”
_FILL_IN = lazy_compile(r"^(?:;?\d{1,2}\.[^;:①②\d]{2,40}:_{2,}[\u4e00-\u9fff%]{0,2}(?:\([^()\d]*\))?)+;?$")


def _answered(w: Wording) -> Proposed | None:
    """“查看…是否与…数据一致①一致(20分)②不一致(0分)”, then perhaps lines to fill in: the state met or not."""
    m = _ANSWERED.match(ORDINAL_AT.sub("", w.text.rstrip(";.")))
    if m is None or d(m.group("pts")) != w.weight or (m.group("rest") and not _FILL_IN.match(m.group("rest"))):
        return None
    cond = re.sub(r"^(?:查看|查阅|核查|检查|核对)", "", m.group("cond")).replace("是否", "", 1).strip(",;:")
    doubts = [f"“①{m.group('state')}”“②不{m.group('state')}”：读作满足“{cond}”得满分、否则不得分"]
    if m.group("rest"):
        doubts.append(f"“{m.group('rest').strip(';')}”：填写记录的数字，未计入规则")
    return _met(w, cond, doubts)


def _yes_or_no(w: Wording) -> Proposed | None:
    """A requirement (or a question) answered yes for the 分值 and no for nothing: full marks when it is met; or answered
    in numbered answers, the state and its denial (“…是否一致①一致(20分)②不一致(0分)”, see ``_answered``)."""
    t = w.text.rstrip(";.")
    m = _YES_OR_NO.match(t)
    if m is None:
        return _answered(w)
    if not m or d(m.group("pts")) != w.weight:
        return None
    cond = ORDINAL_AT.sub("", m.group("cond")).replace("是否", "", 1).strip(",;:")
    if not cond or NOT_A_STATEMENT.search(cond) or "酌情" in cond:
        return None
    return _met(w, cond, [f"“{cond}”：条件中的数值由评价组判断是否达到"] if figure_in(cond) else [])


#: “同时满足以下条件得2分:①…;②…”, “满足下列全部要求的,得满分,否则不得分:1.…;2.…”: the score first, then the
#: requirements it asks for, all of them
_ALL_LISTED_AFTER = lazy_compile(r"^(?:须|需)?(?:同时)?(?:满足|符合|达到|具备)(?:以下|下列|如下)(?:全部|所有|各项)?(?:\d项)?(?:条件|要求|标准)"
                               r"(?:的)?,?(?:得|计)(?:满分|(?P<pts>\d+(?:\.\d+)?)分)(?P<neg>,?否则,?" + ZEROED + r")?[:;,]"
                               r"(?P<list>.+)$")
_LISTED = lazy_compile(r"[①②③④⑤⑥⑦⑧⑨⑩]|(?:^|(?<=;))" + ORDINAL)
#: a numbered list's marks (“1.”, “①”), each opening a requirement
_LISTED_MARK = lazy_compile(r"(?:^|(?<=;))" + ORDINAL + r"|[①②③④⑤⑥⑦⑧⑨⑩]")
_IN_A_LIST = lazy_compile(r"\d+(?:\.\d+)?分|扣|得|每|酌情|视情|比例|不计分")


def _all_listed_after(w: Wording) -> Proposed | None:
    """The score of the requirements listed after it, all met: full marks, none otherwise. New, so always to check."""
    t = w.text.rstrip(";.")
    m = _ALL_LISTED_AFTER.match(t)
    if not m or (m.group("pts") and d(m.group("pts")) != w.weight):
        return None
    listed = [x.strip(",;") for x in _LISTED.split(m.group("list")) if x.strip(",;")]
    if not listed or any(_IN_A_LIST.search(x) for x in listed):
        return None
    cond = "；".join(listed)
    doubts = [] if m.group("neg") else ["只给出全部满足时的得分，不满足时不得分为推定"]
    doubts.append(f"“{cond}”：须全部满足，请核对")
    if figure_in(cond):
        doubts.append("条件中的数值由评价组判断是否达到")
    return _met(w, cond, doubts)


#: “有下列情形之一的,扣100分:①…;②…”, “存在以下问题之一者,不得分:1.…;2.…”: the faults listed after what any one of them
#: costs, the whole 分值 (a figure, 不得分, or in words); or listed first (“①…;②…;有上述情形之一的,不得分”)
_ANY_OF = (r"(?:凡|如|若)?(?:有|存在|出现|发现|发生|具有)?(?P<which>以下|下列|如下|上述|以上|前述)(?:情形|情况|问题|行为)"
           r"(?:之一|中的任(?:何|意)?(?:一|1)(?:种|项|个)?)(?:的|者)?,?(?:则)?(?:本项|该项|此项)?"
           r"(?:扣(?:除|减)?(?P<pts>\d+(?:\.\d+)?)分|" + ZEROED + "|" + ALL_TAKEN + r")")
_ANY_LISTED_AFTER = lazy_compile(r"^(?P<lead>[^;:]{0,40}?)" + _ANY_OF + r"[:;,](?P<list>.+)$")
_ANY_LISTED_BEFORE = lazy_compile(r"^(?P<list>.+?)[;,]" + _ANY_OF + r"$")


def _any_listed_after(w: Wording) -> Proposed | None:
    """“行政处罚决定有下列情形之一的,扣100分:①无法律依据;②适用失效的法律依据” on 100 points: any one of the faults listed
    after it (or before it, “①…;②…;有上述情形之一的,不得分”) takes the whole 分值; none found scores it. That none found
    scores the 分值 is not said: to check."""
    t = w.text.rstrip(";.")
    m = _ANY_LISTED_AFTER.match(t) or _ANY_LISTED_BEFORE.match(t) if "之一" in t or "任" in t else None
    if not m or (m.group("pts") and d(m.group("pts")) != w.weight):
        return None
    after = found_by(m, _ANY_LISTED_AFTER)
    if after != (m.group("which") in ("以下", "下列", "如下")):
        return None  # “有上述情形之一的,不得分:…” names what went before, and nothing did
    listed = [x.strip(",;") for x in _LISTED.split(m.group("list")) if x.strip(",;")]
    if len(listed) < 2 or len(_LISTED.findall(m.group("list"))) < 2 or any(_IN_A_LIST.search(x) for x in listed) \
            or (after and re.search(r"\d|每|得|扣", m.group("lead"))):
        return None
    cond = "无下列情形：" + "；".join(listed)
    doubts = [f"“{'；'.join(listed)}”：出现任一情形即不得分，均未出现时得满分，评分标准未明说"]
    if figure_in(cond):
        doubts.append("条件中的数值由评价组判断是否达到")
    return Proposed([_met_item(w, cond)], f"全有或全无：出现所列任一情形即扣完 {fmt(w.weight)} 分，否则得满分", tuple(doubts))


#: the case that scores nothing, after the requirement's score: “否则不得分”, “未上报不得分”, “有1例…不得分”,
#: “…,该项不得分”, “达不到要求不给分”, or a deduction of the whole 分值 (“未完成的扣1分” on 1 point)
_NOTHING = lazy_compile(r"(?P<breach>[^;]*?)(?:的)?,?(?:则)?(?:本项|该项|此项|整项|本指标|该指标)?(?:指标)?(?:均)?"
                      r"(?:" + ZEROED + r"|记0分|0分|(?:为|记为|计为)0(?:分)?(?![\d.])|扣(?:除|减)?(?P<pts>\d+(?:\.\d+)?)分)")
#: a breach that is one case of a fault (“有1例死灰复燃”, “出现违法用地情况”): the requirement is that none is found
_ONE_CASE = lazy_compile(r"^(?:若|如)?(?:有|出现|发生|存在|发现)(?:1(?:个|项|例|处|次|人|户|起|件|条|家))?|"
                       r"(?:有|出现|发生|存在|发现)1(?:个|项|例|处|次|人|户|起|件|条|家)")
#: a span of years or months back from now: “近3年”, “近5年来”, “近6个月”
_YEARS_SPAN = lazy_compile(r"近\d+(?:个)?(?:年|月)(?:来|内)?")
#: what is weighed rather than met (“项目计划执行落实情况”, “…成效”, “…合理性”): the team judges it
_WEIGHED = lazy_compile(r"(?:情况|程度|成效|效果|水平|合理性|科学性|质量)(?:$|、)")
#: a sentence asking the question the requirement answers (“是否列入省考核;是的加20分”)
_YES = lazy_compile(r"^是的?$")


#: a remark naming the evidence a requirement is checked by: “(以批复文件为准)”, “(以材料上报县科普办(科协)为准)”,
#: “,提供会议纪要等佐证材料”, “;查阅台账”, “;核查…、2023年实施情况等相关文件” (the year of the documents checked)
_EVIDENCE = lazy_compile(r"^\(?(?:以(?:[^,;()\d]|\([^,;()\d]+\))+为准|(?:需|须|应)?提供[^,;()\d]*(?:材料|文件|资料|证明|凭证|记录|台账)|"
                       r"(?:查看|查阅|核查|检查|抽查)(?:[^,;()\d]|(?<![\d.])\d{4}年(?:度)?)+|(?:评分|核查)?依据[:为]?[^,;()\d]+)\)?$")

#: the requirement failed barring the unit from commendation (“未达到标准不能被表彰”, “未达标的不得评先评优”,
#: “达不到要求的取消评优资格”): a consequence outside the row's score, whatever the figure the breach names
_NOT_COMMENDED = lazy_compile(r"^(?:未达到|未达|达不到|没有达到|不符合|未完成)[^;,分扣每得计]{0,12}?(?:的)?,?(?:不能|不得|不予|取消)(?:被|参加|参与)?"
                            r"(?:表彰|评先评优|评优评先|评优|评先)(?:资格)?$")


def _next_mark_off(mark: str, tail: str) -> str:
    """The tail after a numbered requirement without the next number, where it opens the case that scores nothing
    (“1.…,得满分;2.其他情况均不得分”: the cell's lines numbered, the second its case otherwise)."""
    n = re.fullmatch(r"(?P<open>\(?)(?P<n>\d{1,2})(?P<close>[.、)])", mark)
    if n is None:
        return tail
    nxt = f"{n.group('open')}{int(n.group('n')) + 1}{n.group('close')}"
    return tail[len(nxt):] if tail.startswith(nxt) and _NOTHING.match(tail[len(nxt):]) else tail


def _stated_requirement(w: Wording) -> Proposed | None:
    """One requirement followed by its score on the whole 分值, however the score is marked (“…,3分;”, “…,得4分。”,
    “…(5分)”, “…计满分”, “是否…;是的加20分”), after any heading sentences (“1、建立安全工作报告制度;学校每月…,3分”),
    and then perhaps the case that scores nothing (“…,未上报不得分”, “…,有1例死灰复燃不得分”, “…,达不到要求不给分”):
    full marks when the requirement is met, none otherwise."""
    t = w.text.rstrip(";.")
    found = scored_statements(t)
    if found is None or len(found[0]) != 1 or found[1]:
        return None
    st, tail = found[0][0], found[2].strip(";,.")
    if st.lower or (st.points is not None and st.points != w.weight):
        return None
    tail = _next_mark_off(st.mark, tail)
    heads, cond = list(st.before), st.words
    if _YES.match(cond) and heads and "是否" in heads[-1]:  # the answer “yes” to the question before it
        cond = heads.pop().replace("是否", "").strip(",")
    if not cond or any(NOT_A_STATEMENT.search(x) for x in [cond, *heads]) or _WEIGHED.search(cond):
        return None
    if not tail and re.search(r"(?:^|;)\d+(?:\.\d+)?分$", t):
        return None  # “…建立健全。2分。”: the points stated apart, nothing said of the requirement failed
    doubts = []
    if re.search(r"加\d", t):
        doubts.append(f"“加{fmt(w.weight)}分”：读作满足要求时得本项分值")
        if cond.endswith("附") and re.search(r"附加\d", t):  # “…5家及以上的附加20分”: 附加 the bonus, no word of the requirement
            cond = cond[:-1].removesuffix("的")
    evidence = _EVIDENCE.match(tail)
    if evidence:  # “…的得2分(以申报文件为准)”: what the team checks it by, which changes no score
        doubts.append(f"“{tail}”：核查依据，未计入规则")
        tail = ""
    elif _NOT_COMMENDED.match(tail):  # “…,未达到标准不能被表彰”: a bar to commendation, outside the row's score
        doubts += [f"“{tail}”：不能参加表彰评优，不在本项得分之内，未计入规则", "只给出满足要求时的得分，不满足时不得分为推定"]
        tail = ""
    if tail:
        m = _NOTHING.match(tail)
        if not m or (m.group("pts") and d(m.group("pts")) != w.weight):
            return None
        breach, rest = m.group("breach").strip(",;"), tail[m.end():].strip(",;.")
        case = _ONE_CASE.search(breach)
        # “低于近3年全国…平均通过率”: the span of years the requirement's own words name is no figure of the breach
        figured = breach[case.end():] + breach[:case.start()] if case else breach
        figured = _YEARS_SPAN.sub(lambda y: "" if y.group(0) in cond else y.group(0), figured)
        if NOT_A_STATEMENT.search(breach) or re.search(r"\d", figured):
            return None
        if rest and not EVIDENCE_NOTE.fullmatch(rest):  # words after the case that scores nothing (an exception, a
            if re.search(r"\d|得|(?<!不)扣|满分", rest):  # remark): not part of the rule (what proves the case, “(以证书
                return None  # 复印件为准)”, needs no saying back: the case unproved is the one that scores nothing)
            doubts.append(f"“{rest}”：未计入规则")
        if case:  # “有1例死灰复燃” against “无死灰复燃现象”: the one case the requirement rules out
            fault = breach[case.end():].removesuffix("的")
            if not fault or fault not in cond:
                doubts.append(f"“{breach}”：只说了不得分的一种情形，其余不满足时的得分未说明")
        elif DENIED.match(breach or "否则"):
            doubts += denial_doubts(cond, breach)
        else:  # “资料齐全,得2分,资料造假不得分”: a case other than the requirement failed
            doubts.append(f"“{breach}”：只说了不得分的一种情形，其余不满足时的得分未说明")
    else:
        doubts.append("只给出满足要求时的得分，不满足时不得分为推定")
    if figure_in(cond):
        doubts.append(f"“{cond}”：条件中的数值由评价组判断是否达到")
    # “若项目按期完成,则得2分”, “完成年度目标任务的,得2分”: the condition without its “then”
    cond = _without_then(cond)
    label = heads[0] if heads else ""
    item = _met_item(w, cond)
    if label and not w.name:
        item["label"] = label[:30]
    return Proposed([item], f"全有或全无：满足“{cond}”得 {fmt(w.weight)} 分，否则不得分", tuple(doubts))


#: a heading that names the item and restates its 分值 before the requirement: “服务站建设(3分):…”, “档案管理计2分。…”
_HEADED = lazy_compile(r"^(?P<head>[^,;:()\d]{1,19}[^,;:()\d的])(?:\((?P<a>\d+(?:\.\d+)?)分\)[:;,]?|(?:计|占|共)?(?P<b>\d+(?:\.\d+)?)分[;:,])"
                     r"(?P<rest>[^;]*[\u4e00-\u9fff)][^;]*;?)$")


def _headed_requirement(w: Wording) -> Proposed | None:
    """A heading with the 分值 (“服务站建设(3分):”, “档案管理计2分。”), then one requirement, scored on the 分值 again
    (“…,手续齐全计2分”) or not scored at all (“按照要求全面完成建设任务。”): the requirement met or not, the heading its
    name. As with the requirement alone, not met scoring nothing is read, not said: to check."""
    # “2工作实施方案(5分);…”: the heading's number, no 、 after it, is no figure of it
    m = _HEADED.match(w.text) or _HEADED.match(re.sub(r"^\d{1,2}(?=[\u4e00-\u9fff][^;(]{1,18}\(\d+(?:\.\d+)?分\);)", "", w.text)) \
        or _HEADED.match(ORDINAL_AT.sub("", w.text))  # “2.发布新博客(5分)1、…”: the row's number before its heading
    if not m or d(m.group("a") or m.group("b")) != w.weight or m.group("rest").startswith("其中") \
            or _EVIDENCE.match(m.group("rest").rstrip(";")):  # “…的得2分;查阅申报资料”: a score, then its evidence
        return None
    if re.search(r"[=*/÷×]|得分|率", m.group("rest")):  # “及时受理率(5分),得分=及时受理率×5分”: a rate, not met or not
        return None
    rest = replace(w, text=_list_run_on(m.group("rest")))
    found = _stated_requirement(rest) if re.search(r"\d分|满分", rest.text) else _bare_requirement(rest)
    if found is None:
        return None
    if not w.name:
        found.items[0]["label"] = m.group("head")
    return found


#: the marks of a list run on after a heading (“…(5分)1、未登录时先显示登录界面2、发布后跳转到首页”): 1、 opening it, each
#: next mark straight after the words of the one before
_RUN_ON_MARK = lazy_compile(r"(?:^|(?<=[\u4e00-\u9fffA-Za-z)]))(\d{1,2})、(?=[\u4e00-\u9fffA-Za-z])")


def _list_run_on(rest: str) -> str:
    """The requirements a heading lists, numbered 1、2、3、 in order with nothing between them, as one requirement of
    parts joined by commas (their numbers no figures of it); ``rest`` as it is when it holds no such list."""
    marks = list(_RUN_ON_MARK.finditer(rest))
    if len(marks) < 2 or marks[0].start() != 0 or [int(m.group(1)) for m in marks] != list(range(1, len(marks) + 1)):
        return rest
    parts = [rest[m.end():(marks[k + 1].start() if k + 1 < len(marks) else len(rest))] for k, m in enumerate(marks)]
    return ",".join(x.strip(",") for x in parts)


def denial_doubts(cond: str, neg: str) -> list[str]:
    """A denial joined by 或 (“不符合标准或未满足需求”) covers every failing case; one naming a part of a condition of
    several requirements, or joining denials by 且 (“没有纳入且没有专题部署”), leaves the cases between them unsaid."""
    if neg not in ("", "否则", "没有", "无") and "或" not in neg and (_SEVERAL.search(cond) or _SEVERAL.search(neg)):
        return [f"“{neg}”：只说了不满足的一种情形，部分满足时的得分未说明"]
    return []


#: what a requirement stated without any score cannot hold: scoring, judgement, a figure, a line, a formula
_SCORED_SOMEHOW = lazy_compile(r"\d|分|扣|(?<![获取])得(?!力|到|当|以|出|益)|(?<![设会])计(?!划|算(?:正确|无误)$)|(?<=设)计(?!要求|标准|规范|方案|文件|图纸|符合|满足|[,;]|$)|(?<![登书标笔日印])记(?!录|载)|评|酌情|视|"
                             # “按规定”, “按时”, “按要求”, “按国务院《…条例》”: how the requirement is kept, not how it scores
                             # “按时按质”, “按照现场平面布置图确定的位置”: the quality kept, the plan a thing is placed by
                             # “按照保健医生的指导严格执行…制度”: the guidance or the arrangement the work follows;
                             # “按月登记”, “按季度通报”: how often the work is done (never “按月计分”, “按年度得分”)
                             # “严格按项目批复内容建设”, “按省补助资金计划使用”: the approval or plan the work keeps to
                             # (会计 names the accounts; 设计要求 the design a work is built to, while a design judged,
                             # “路线设计巧妙”, is no requirement met or not); “严格按照政法队伍规定”, “按行政区划单独设置”: the
                             # rules or the map a thing is kept to (never “按…规定的工作量确定”, an amount the rules set)
                             r"(?<!质)按(?!照?(?:顺时针|逆时针|(?:一定的?)?顺序|规定|要求|时|期|(?:月|季度?|年|周|日|天|学期)(?=[\u4e00-\u9fff]{2})(?![^,;]{0,4}[计得扣分])|质(?!量)|质按量|程序|标准|计划|[^,;]{0,8}《|[^,;]{0,10}(?:布置图|平面图|图纸|规划|设计|预案|批复|计划|方案|合同|协议|规定(?![的之])|使用条件|的(?:指导|部署|安排))|行政区划))|"
                             # “根据河长制工作制定…”: what a thing is drawn up from; “完成…达标率年度计划”: a plan kept,
                             # no rate scored
                             # “根据人员配备,按时到岗”: the staffing or rota a duty is kept by; “根据超市接纳客源能力,设置…”,
                             # “根据学校规模,配备…”: the capacity or size a thing is provided by; “照明设计符合…标准”,
                             # “采用节能设计,”: a design that meets a standard or is adopted, no design judged;
                             # “按照建筑使用条件…采取…”: the conditions of use a thing is arranged by
                             r"根据(?![^,;]{0,12}(?:制定|建立|编制|修订)|[^,;\d]{0,6}(?:配备|安排|排班|分工),|[^,;\d评分得扣计记视]{1,16}(?:信息|资料|需求|类型)(?=[,及])|[^,;\d]{0,10}(?:能力|规模),)|为准|参照|率(?!(?:年度)?(?:计划|目标|任务))|比例|"
                             r"程度|情况|是否|[%/*=≥≤<>~]")


#: what a requirement read with no score said rests on
_SCORE_UNSAID = "评分标准只写了要求、未说明计分：满足得满分、不满足不得分为推定"


#: words that hold a scoring character but score nothing: a leader in charge (分管), a division of work (分工), duties
#: clear (分明), attention paid (重视, not 视情), the selection of the best staff (评先评优, 评职称), evaluation named as a
#: thing the requirement concerns (“…作为素质评价的重要内容”, “评价考核等规章制度”; never its outcome, 评价为、评价结果, nor
#: who scores, 评价组), a word that opens with 分 naming a division of things (分类、分级、分布、分室设置、生熟分离、分开设置; never after a figure or
#: in 部分、得分、满分, a degree or a score), a report of an assessment (评估报告), a camera or a screen (视频、电视、监视) and
#: statistics kept (统计报表); the affairs of a body or a person kept or told (“透露内部情况”); what must not be
#: (不得有…, 不得随意…; never 不得分、不得满分) and the cases a requirement names or exempts (“没有抢跑、落队等情况”,
#: “除去特殊情况”), no state of the work judged; “根据需要,也可在…设置”: a leave given
_NO_SCORE_WORD = lazy_compile(FEN_WORD + r"|分明|重视|评先|评优|评职称|评价(?=的|内容|考核|体系|依据|条件|机制|制度)|"
                            r"不得(?![分满计记])|(?:等|特殊|内部|个人|家庭)情况|"
                            r"(?<![\d.部得扣满百计记加减积评总])分(?:类|级|布|室|区|层|批|拣|流|设|户|组|离|开|房)(?![值数])|根据需要|"
                            # a length in 公分 (“间隔一公分”); the part of a thing by where it lies (“拿边缘部分”,
                            # “靠床头部分”, “两侧下垂部分”; never a part done, “部分完成”)
                            r"公分|(?<=[缘沿头尾垂间])部分|"
                            # “分别加入2滴研磨液”, “分别取…”: a step done to each thing in turn (never “分别得10、6分”)
                            r"分别(?![得计记扣赋给为按占是]|加(?!入))|"
                            r"评估报告|视频|电视|监视|统计|"
                            # “符合GB50034的规定”, “符合JGJ50的要求”: the code of a standard kept, no figure weighed
                            r"(?<![A-Za-z])(?:GB|GBJ|JGJ|CJJ|JTG|HJ|DB)(?:/T)?\d{2,6}(?:[.-]\d{1,4})?(?![\d.%])|"
                            # “加油机计数器”, “能源计量器具”, “计算机”: an instrument named with 计, no points counted;
                            # “燃气的种类、组分、热值”, “食品成分”: the parts a thing is made of; “客户视线范围内”: where a
                            # thing is seen from (never 充分, a degree weighed)
                            r"计(?:数器|量器具?|算机|时器|价器)|(?<![完形])[组成]分(?![值数\d])|视线|视野|"
                            # “结合当地实际情况设置…”: the local conditions a measure is fitted to, not a state judged
                            r"结合(?:当地|本地|本单位|单位|自身)?实际情况|"
                            # “区分工作日和节假日”: things told apart; “24小时开机”: round the clock, no figure weighed
                            r"(?<![社小])区分(?![值数别管])|24小时|"
                            # “电梯按钮”, “按键”: a thing pressed, never “按…计分”; “‘总评成绩构成比例’与…不符”, “‘平时成绩评取
                            # 方式’说明不明确”: a field of a form named in quotes, its words no scoring of the row (no figure,
                            # score or deduction inside the quotes)
                            r"按(?:钮|键)|“[^“”\d%分扣得]{2,16}”")
#: “根据全民健康生活方式行动方案,创建…,每年…不少于2家”: the plan or rules the work follows, a clause opening a requirement
#: of counts (never the results or the standard it is scored by: 评、分、得、扣、计 in it; nor before a requirement with no
#: count, “根据教学计划,统一…进度”, which may be weighed)
_BASIS_FOLLOWED = lazy_compile(r"^根据[^,;评分得扣计记]{2,20}(?:方案|规定|办法|规划|计划|意见|通知|文件|要求)(?=,)")


#: a requirement ruling cases out, closed by the 情况 or 情形 it names (“无无故迟到、早退情况”, “无故意隐瞒个人情况,无不执行…
#: 制度情形”, “不存在…骗取评审专家资格的情形”, “…后无…,且未及时告知…情况”): the cases that must not be found, no state of
#: the work judged (never “完成情况”, “未完成情况”, “资金使用情况”)
_NONE_OF_CASES = lazy_compile(r"(?:^|[,;])(?:[^,;]*?(?:后|时))?(?:(?:且|并)?(?:无|不存在|没有|未发生|未出现)|(?:且|并)未)[^;]*?(?:情况|情形)$")
#: in such a requirement, the words naming the cases: the 情况 closing each clause, a review they happen in (评审专家、评审
#: 活动、技术评审意见; never its result or score, 评审结果、评审得分)
_CASE_WORDS = lazy_compile(r"情况(?=[,;]|$)|评审(?!结果|得分|分|等级)")


def _bare_requirement(w: Wording) -> Proposed | None:
    """A requirement with no scoring words at all (“将食品安全工作列入党委、政府的议事议程,主要领导负总责。”, “无无故迟到、
    早退情况。”): the team enters it as met or not met, full marks or none. The text says nothing of the score: always to
    check."""
    t = ORDINAL_AT.sub("", w.text.rstrip(";.,"))  # “1、学校成立…”: the row's number is no figure of it
    if _WEIGHED_LEAD.match(t) or _CENSURE_ALONE.match(t):  # (a censure suffered is a fault, ``_censure_alone``)
        return None
    t = placing_in_words(t)  # “1次成形”, “4周下垂均等”: a manner, a place, no count
    if _SEE_FIGURE.match(t):  # “位置:见图”: the requirement drawn in the sheet's figure
        return _met(w, t, [_SCORE_UNSAID, f"“{t}”：要求以原表的图为准，文字未写出"])
    measures = [m.group(0) for m in PLACEMENT_FIGURE.finditer(t) if m.group("measure")]
    measures += [m.group(0) for m in MATERIAL_FIGURE.finditer(t)]  # “取3支试管”, “加入2滴”: the things a step handles
    scoring = _NO_SCORE_WORD.sub("", MATERIAL_FIGURE.sub("", PLACEMENT_FIGURE.sub("", t)))
    if _ARTICLE.search(t):  # “内部审计机构应当…”: the audit an article of a standard governs, no points counted (计)
        scoring = scoring.replace("审计", "")
    if _NONE_OF_CASES.search(t):
        scoring = _CASE_WORDS.sub("", scoring)
    # “有专职管理人员”: a short requirement is one when it says a thing is had (有…, 建立…, 配备…)
    # (“地面平整”: a state held, “筷架摆放正确”: a step kept, need no more words than their patterns ask)
    # (“拿边”, “不碰杯”: a step of handling said in two or three characters; “废液桶无标签”, “台账缺页”: a thing and what it
    # lacks, a fault of an inspection list said as short)
    shortest = 2 if _HANDLED.match(t) else 4 if _step_kept(t) or _STATE_HELD.search(t) or _DONE_RIGHT.match(t) or \
        _LACKING.match(t) else 5 if _HAVING.match(t) or _DOING.match(t) else 8
    if "分" in scoring or len(t) < shortest or _SCORED_SOMEHOW.search(scoring):
        return None
    doubts = [_SCORE_UNSAID] + ([f"“{'、'.join(measures)}”（{t}）：条件中的数值由评价组判断是否达到"] if measures else [])
    return _met(w, t.replace(";", ","), doubts)


#: a censure suffered, the whole text (a table of 扣分项目, its 分值 the cost: “因实验室安全等问题,被学院通报批评”, “受到
#:上级部门约谈”): who censures and why may come before it, no figure, level or score beside it; never a censure spared,
#: lifted or not suffered (“被免于处罚”, “被撤销处分”, “…未被通报批评”) nor a report in praise (“被媒体正面曝光”)
_CENSURE_ALONE = lazy_compile(r"^(?!.*(?:正面|免于|免予|撤销|解除|取消|未被|没有被|未受到|不被))"
                            r"(?P<fault>(?:因[^,;\d]{2,16}?,?)?(?:被|受到)[^,;\d]{0,12}?(?:通报批评|通报|批评|处罚|处分|问责|约谈|"
                            r"曝光))$")


def _censure_alone(w: Wording) -> Proposed | None:
    """“被学校及上级单位通报批评” with nothing else: a fault a table lists as its 扣分项目, the row's 分值 its cost; read
    as the 分值 when no such censure is found and nothing when one is. The score is not said: always to check."""
    t = ORDINAL_AT.sub("", w.text.rstrip(";.,"))
    m = _CENSURE_ALONE.match(t)
    if m is None or _SCORED_SOMEHOW.search(_NO_SCORE_WORD.sub("", _CENSURE_ALONE.sub("", t))):
        return None
    fault = m.group("fault")
    return Proposed([_met_item(w, "无：" + fault)], f"全有或全无：{fault}即扣完 {fmt(w.weight)} 分，否则得满分",
                    (f"“{fault}”：只写了扣分的情形，出现即扣完本项分值、未出现得满分为推定，请核对",))


# ── a step of placing or handling kept or not ─────────────────
#: a step of a skills sheet (铺床, 摆台, 前台 service) kept or not, said in a few characters: where a thing faces or lies
#: (“毛边向下”, “开口朝向床尾”, “台面中心位置”, “椅距均等”), how it is handled (“双手拉椅”, “操作时拿柄”, “一次成形”), a slip
#: that must not happen (“不偏离中线”, “不碰杯”), a service step done (“确认付款方式”, “办理预付款”, “祝客人入住愉快”)
_STEP_KEPT = lazy_compile(r"(?:向|朝)(?:上|下|左|右|内|外|前|后)|朝向|居中|中心|中线|正对|对齐|平齐|均等|相等|重叠|一线|"
                        r"拿(?!出|到|下)|双手|单手|摆放正确|位置正确|一次成形|一次成型|"
                        r"^不(?!断|够|足|少|低|高|宜|准|一|良)[\u4e00-\u9fff]|"
                        r"^(?:确认|办理|核对|询问|告知|祝|问候|致谢|道别|填写|登记|递交|递送)(?!$)")
#: a quality weighed, not a step kept (“动作轻巧、稳”, “自然、大方、得体”, “布件颜色协调”): short words the team judges
_STEP_WEIGHED = lazy_compile(r"美观|协调|自然|大方|得体|优美|流畅|熟练|规范|良好|整齐|清晰|适中|标准|轻|巧|稳|(?<!愉)快|准确|效果")
#: the whole of such a step, where or how a thing is put, the state seen at once, even said as exact (“筷架摆放正确”,
#: “刀叉摆放准确”, “台布正面朝上”, “匙柄一律向左”), or how a thing is handled in the task (“操作时拿匙柄”)
_PLACED = lazy_compile(r"^[\u4e00-\u9fff]{1,8}(?:(?:摆放|放置|摆设|位置|方向|朝向|定位)(?:均|都)?(?:正确|准确|端正)|"
                     r"(?:正面|反面|一律|均|统一)(?:朝上|朝下|向上|向下|向左|向右|朝左|朝右|朝外|朝内|居中))$|"
                     r"^操作时[\u4e00-\u9fff]{2,}$")


#: a step of a practical exam done right or not, said in a few characters: a result or a reading right (“计算正确”, “读数
#:无误”), an operation done to the rule (“溶解操作规范”, “称量操作正确”), the right thing found or chosen (“得出正确结论”,
#: “选择适当试剂”); never a quality weighed (“管理规范”, “工作规范”: no operation named)
_DONE_RIGHT = lazy_compile(r"^(?:[\u4e00-\u9fff]{2,6}?(?:正确|无误)|[\u4e00-\u9fff]{2,6}?操作(?:规范|正确)|"
                         r"(?:得出|写出|作出|选择|选用|选取)(?:正确|适当|合适|恰当)的?[\u4e00-\u9fff]{2,4})$")


def _step_kept(t: str) -> bool:
    """A short requirement that is a step of placing or handling kept or not (``_STEP_KEPT`` with no quality weighed,
    or ``_PLACED`` whole); its figures of placing are ``wording.placing_in_words`` and ``wording.PLACEMENT_FIGURE``."""
    return (_STEP_KEPT.search(t) is not None and _STEP_WEIGHED.search(t) is None) or _PLACED.search(t) is not None


#: a step of handling said in a few characters alone (“拿边”, “拿柄”, “双手递送”, “不碰杯”, “不滴洒”): the step kept or not
_HANDLED = lazy_compile(r"^(?:拿(?!出|到|下)[\u4e00-\u9fff]{1,3}|双手[\u4e00-\u9fff]{1,3}|单手[\u4e00-\u9fff]{1,3}|"
                      r"不(?!断|够|足|少|低|高|宜|准|一|良|合|规|及|完|达|到|全|明|清|符|按|得)[\u4e00-\u9fff]{2})$")
#: a thing and what it lacks, a fault of an inspection list (“废液桶无标签”, “灭火器无检查记录”, “台账缺页”): found or not
_LACKING = lazy_compile(r"^[\u4e00-\u9fff]{2,8}(?:无|缺|缺少|缺乏)[\u4e00-\u9fff]{1,8}$")


#: a cell that points to the sheet's figure for the requirement (“见图”, “位置:见图”, “摆放如图所示”): the figure is the
#: requirement (never a scoring standard found elsewhere, “评分标准见附页”, which is no requirement)
_SEE_FIGURE = lazy_compile(r"^(?:[\u4e00-\u9fff]{1,4}:?)?(?:见图|见附图|如图|如图所示|见图示)$")


#: an obligation stated as the article of a standard states it (“…应当…”, “…应由…确定”, “…不得负责…”): kept or not; a
#: requirement without it naming audit work (“建立健全内部审计制度”, “及时完成…审计任务”) may be weighed by the team
_ARTICLE = lazy_compile(r"应当|(?<![反适相对供回效])应(?=由|直接|[^,;]{0,2}(?:接受|设置|配备|制定|建立|报|向))|不得(?![分满计记])")
#: a short requirement that a thing is had or set up (“有专职管理人员”, “建立管理台账”, “配备专职人员”)
_HAVING = lazy_compile(r"^(?:有|设有|建有|建立|配备|配有|成立|制定|设立)[\u4e00-\u9fff]")
#: a short requirement that a thing can be done or a means is used (“能够修改信息”, “使用数据库技术”, “采用节能灯具”), or a
#: duty done in its period (“每周五清洗玩具”, “每天开窗通风”, “定期消毒餐具”): done or not; never a quality weighed
#: (“使用效果良好”, “能熟练操作”, “定期检查规范”: ``_STEP_WEIGHED``)
_DOING = lazy_compile(r"^(?![^,;]*(?:" + _STEP_WEIGHED.pattern + r"|合理|有效|及时))"
                    r"(?:能够|使用|采用|运用|应用|利用|(?:每(?:天|日|周[一二三四五六日]?|月|学期)|定期)(?=[\u4e00-\u9fff]{3}))"
                    r"[\u4e00-\u9fff]")
#: a short requirement that a thing is kept in a state seen at once (“卫生间标志明显”, “消防通道畅通”, “台账资料齐全”): a
#: thing of two characters or more, then the state (never an effect weighed, “宣传效果明显”, “工作成效良好”); refuse
#: cleared the day it is made (“垃圾日产日清”)
_STATE_HELD = lazy_compile(r"^(?![^,;]*(?:效|作用|进步|提高|改善|影响))(?:[\u4e00-\u9fff]{3,}(?:明显|醒目|齐全|完好|完整|整洁|清洁|干净|畅通)|"
                         r"[\u4e00-\u9fff]{2,}(?:日产日清|日清日结|随产随清|平整))$")


#: a rate to reach, with no points said: whole (“火葬区的遗体火化率达100%”, every case done or not) or a line (“人群体重
#: 知晓率达到70%及以上”, “单位覆盖率达到50%”), or a change to reach (“吸烟率在现有基础上下降5%”, “知晓率逐年递增30%”);
#: before the rate, the words of one clause naming it, which may hold the figures of its period, its frequency or the
#: ages it counts (“1年内”, “每2年1次”, “35岁以上”), after perhaps a clause of the year it is due or the base it is
#: measured from (“到2015年,”, “与基线调查相比,”)
_RATE_REACHED = lazy_compile(r"^(?P<cond>(?P<due>(?:到|至)\d{4}年(?:底|末)?,|与[^,;%\d]{1,10}相比,)?(?P<lead>[^;,%]{2,40}?)率"
                           r"(?:(?P<change>(?:在[^,;%\d]{1,8}基础上|较[^,;%\d]{1,8})?(?:逐年)?(?:下降|降低|提高|提升|增长|递增|上升))|"
                           r"达到|达|为|不低于|≥)(?P<line>\d+(?:\.\d+)?)%(?:及以上|以上)?)$")
#: the figures a rate's words may hold: a period, a frequency, an age (“1年内”, “每2年1次”, “35岁以上”)
_RATE_FIGURES = lazy_compile(r"\d+(?=年|岁|次|个月|周|天)|(?<=岁)以上")
#: a mark of a key row before its words (“*各级医疗卫生机构…”, “★…”): no figure, no scoring
_ROW_MARK = lazy_compile(r"^[*★※]")
_MARK_READ = "“{}”：读作重点项的标记，不计分"


def _rate_reached(w: Wording) -> Proposed | None:
    """“火葬区的遗体火化率达100%。”, “人群腰围知晓率达到70%及以上。”, “与基线相比,知晓率逐年递增30%”: a rate to reach, or a
    change of it, the row's points unsaid: the line reached, the 分值; short of it, none. Nothing said of a rate short of
    the line (whether it earns a share): to check. Never a rate its words weigh or score (“按…”, “根据…”, “每低于…”):
    only the rate's own words, its period, its frequency and the ages it counts."""
    t = ORDINAL_AT.sub("", w.text.rstrip(";."))
    mark = _ROW_MARK.match(t)
    m = _RATE_REACHED.match(t[1:] if mark else t)
    if m is None or not re.search(r"[\u4e00-\u9fff]", m.group("lead")) or d(m.group("line")) > 100:
        return None
    lead = _NO_SCORE_WORD.sub("", _RATE_FIGURES.sub("", m.group("lead"))).replace("率", "")
    if "分" in lead or _SCORED_SOMEHOW.search(lead) or _LINES_NOT_ALONE.search(lead):
        return None
    cond = m.group("cond")
    doubts = [_SCORE_UNSAID, f"“{cond}”：读作达到即得满分、未达到不得分，未达到时是否按比例得分未说明"]
    if m.group("change"):
        doubts.append(f"“{m.group('change')}{m.group('line')}%”：变化幅度（比较的基数）由评价组核查")
    if mark:
        doubts.append(_MARK_READ.format(mark.group(0)))
    return _met(w, cond, doubts)


#: a line a requirement states, no score said: “不少于4次”, “达5册”, “超过2元/人”, “不少于业务经费的15%”, “参与率20%以上”
_LINE_SAID = lazy_compile(r"(?:不少于|不低于|不小于|达到|达|超过|高于|大于|≥|提高)(?:[\u4e00-\u9fff]{1,8}?的)?\d+(?:\.\d+)?"
                        r"(?:%|元/人|[\u4e00-\u9fff](?=[,;]|$|以上|及以上))?(?:及以上|以上)?|"
                        r"\d+(?:\.\d+)?(?:%|元/人|[\u4e00-\u9fff])?(?:及以上|以上)")
#: what makes such a requirement more than lines to reach: a step, a deduction, a line short of which it scores
_LINES_NOT_ALONE = lazy_compile(r"每(?!" + r"\d+(?:人|户|名)均?)(?:\d|[低少高多超增减降提])|扣|以下|低于|不足|未达到|否则")
#: the base a line is counted on (“图书资料每百人均达5册”, normalised “每100人均”): no step
_PER_HEAD = lazy_compile(r"每\d+(?:人|户|名)均?")
#: words weighing how well the work is done (“积极开展…”, “成绩显著”, “不断提高…认识”): a requirement judged in degree
_DEGREE_WEIGHED = lazy_compile(r"积极|显著|明显|不断|良好|较好|突出|扎实|认真|有效|深入|广泛|充分|主动")


def _lines_required(w: Wording) -> Proposed | None:
    """“开展青少年科普活动每年不少于3次,青少年参与率不少于50%”: a requirement of lines to reach (a count, a share, an
    amount), two or more, one to a clause, no score said and nothing weighed in degree (积极、显著 …): the row's targets,
    every line reached, the 分值;
    any short of it, none. Always to check: the score is unsaid, and so is whether a figure short of its line earns a
    share."""
    t = ORDINAL_AT.sub("", w.text.rstrip(";.,"))
    lines = [m.group(0) for m in _LINE_SAID.finditer(t)]
    rest = _PER_HEAD.sub("", _LINE_SAID.sub("", t))
    # (one line alone, “入学率达到98%以上”, is left: a figure short of it may be scored in proportion)
    if len(lines) < 2 or _LINES_NOT_ALONE.search(t) or _DEGREE_WEIGHED.search(t):
        return None
    if any(len(_LINE_SAID.findall(clause)) > 1 for clause in re.split(r"[,;]", t)):
        return None  # (lines one after another in a clause: cells of bands run together, “…达15%以上…达10%以上…”)
    # (the rate or the proportion a line is of, “知晓率达到30%”, “加工食品比例达到50%”, is no scoring; 按比例 is)
    scoring = _PROPORTION_NAMED.sub("", _NO_SCORE_WORD.sub("", rest)).replace("率", "")
    if "分" in scoring or _SCORED_SOMEHOW.search(scoring) or len(rest) < 4:
        return None
    return _met(w, t.replace(";", ","), [_SCORE_UNSAID, f"“{'”、“'.join(lines)}”：读作全部达到得满分、任一未达到不得分，"
                                                       "未达到时是否按比例得分未说明"])


#: a requirement and then, apart, its points on the whole 分值 (“配合相关部门开展食品安全执法检查活动; 10分”,
#: “…,与党中央保持高度一致;4分”): the points close the cell (never “…建立健全。2分。”, the points a sentence of their own);
#: a heading of a few words may name the item first, a sentence of its own (“保障工作经费。有专项工作经费,保证…运行。10分”)
_POINTS_APART = lazy_compile(r"^(?:(?P<head>[^;,:()\d]{2,11}[^;,:()\d的]);(?=[^;]{12}))?"
                           r"(?P<req>[^;]*[\u4e00-\u9fff)”]);(?P<pts>\d+(?:\.\d+)?)分$")


#: a requirement closed by its points in brackets with no 分 (“消防器材放置合理,按期检查,保管良好。(5)”, “…达100%(5)”): the
#: 分值, once, closing the cell (never a list's numbering “(1)…”, nor points of several parts “…(0.5),…(0.5分)”)
_BRACKET_CLOSING = lazy_compile(r"^(?P<req>[^()]*(?:\([^()\d]*\)[^()]*)*[\u4e00-\u9fff)”%]);?\((?P<pts>\d+(?:\.\d+)?)\)$")


def _points_closing(w: Wording) -> Proposed | None:
    """“配合相关部门开展食品安全执法检查活动; 10分”, “消防器材放置合理,按期检查,保管良好。(5)”: one requirement with no
    scoring words, its points (the 分值) after a semicolon, or in brackets with no 分, closing the cell: met or not.
    Nothing said of a requirement not met: to check."""
    t = ORDINAL_AT.sub("", w.text)
    m = _POINTS_APART.match(t) or _BRACKET_CLOSING.match(t.rstrip(";."))
    if m is None or d(m.group("pts")) != w.weight:
        return None
    head = m.groupdict().get("head")
    if head and _SCORED_SOMEHOW.search(_NO_SCORE_WORD.sub("", head)):
        return None  # (“资金使用情况;…”: a heading naming what is weighed)
    found = _bare_requirement(replace(w, text=m.group("req")))
    if found is None and found_by(m, _BRACKET_CLOSING):  # “…达100%(5)”: a whole rate read as _rate_reached reads it
        found = _rate_reached(replace(w, text=m.group("req")))
    if found is None and _LINE_REACHED.search(m.group("req")):
        # “项目计划投资和任务完成率达到80%以上。25分”: a line to reach, its points apart: read as the line reached
        # scoring them (“…以上,得25分”); a figure short of it scores nothing, unsaid
        found = _stated_requirement(replace(w, text=f"{m.group('req')},得{m.group('pts')}分"))
    if found is None:
        return None
    if head:  # the heading names the item, as “服务站建设(3分):…” does (``_headed_requirement``)
        if not w.name:
            found.items[0]["label"] = head
        found = found.doubted(f"“{head}”：读作本项的标题")
    if found_by(m, _BRACKET_CLOSING):
        return found.doubted(f"“({m.group('pts')})”：括号中的数字读作本项分值（未写“分”），满足要求得满分")
    return found.doubted(f"“{m.group('pts')}分”：写在要求之后，读作满足要求得本项分值")


#: a requirement holding figures of its own, its points (the 分值) closing the cell, in brackets (“…比例1:100)。(4分)”,
#: “…(8分)”) or after it (“…3户以上,示范户带头作用明显。1分”, a bracket left unopened “…任务。10分)”): the words up to
#: the points hold no semicolon outside brackets (one requirement), and close on a character, a figure or a bracket
_FIGURED_CLOSING = lazy_compile(r"^(?P<req>(?:[^;()]|\([^()]*\)|\))*[\u4e00-\u9fff)”\d%])"
                              r"(?:;?\((?:共|计)?(?P<pts>\d+(?:\.\d+)?)分\)|;(?:共|计)?(?P<apart>\d+(?:\.\d+)?)分\)?)$")
#: a figure of the requirement's own: a count of things with its measure word (“1块”, “3户”, “至少有1名”; never 分, a
#: score or a minute), or a mixing ratio (“1:100”)
_OWN_FIGURE = lazy_compile(r"\d+(?:\.\d+)?(?::\d+(?:\.\d+)?|(?=[\u4e00-\u9fff])(?!分))")
#: a proportion the requirement names (“配置消毒水的比例正确”, “专兼职人员比例适当”; never 按比例, a scoring)
_PROPORTION_NAMED = lazy_compile(r"(?<!按)比例")


#: a share a requirement names it must reach, closing it: “其比例应占…总额的3%”, “…应达到总额的5%以上”
_SHARE_REQUIRED = lazy_compile(r"(?:应|须|要)(?:占|达到?|不低于)[^;,\d%]{0,30}?的?(?P<x>\d+(?:\.\d+)?)%(?:以上|及以上)?$")


def _figured_requirement(w: Wording) -> Proposed | None:
    """“参赛选手的1块抹布最多使用1张桌子(8分)”, “示范区内每百户中有示范带头户3户以上,示范户带头作用明显。1分”: one
    requirement whose words hold figures of their own (how many things, a mixing ratio), no scoring word, no share and
    no step nor line fallen short, then the 分值 closing the cell: met or not. Whether the figures are reached is the
    evaluator's, and nothing is said of the requirement not met: to check. (A figure with no measure word, a time or a
    part, “2分钟内”, “三分之一以上”, is never read so; nor a requirement with figures and no points said, which may be a
    thing weighed as much as one met or not.)"""
    t = ORDINAL_AT.sub("", w.text.rstrip(";.,"))
    m = _FIGURED_CLOSING.match(t)
    if m is None or d(m.group("pts") or m.group("apart")) != w.weight:
        return None
    req = m.group("req").strip(",;")
    # (“…,其比例应占上年度…资金总额的3%”: a share the requirement names, closing it, a figure of its own)
    share = _SHARE_REQUIRED.search(req)
    bare = req[:share.start()] + req[share.end():] if share else req
    figures = _OWN_FIGURE.findall(bare) + ([share.group("x")] if share else [])
    if not figures or len(figures) != len(re.findall(r"\d+(?:\.\d+)?(?::\d+(?:\.\d+)?)?", req)) or len(req) < 8:
        return None
    if re.search(r"[%‰]", bare) or _LINES_NOT_ALONE.search(req):
        return None
    words = _OWN_FIGURE.sub("", _PER_HEAD.sub("", _PROPORTION_NAMED.sub("", bare)))
    if _SCORED_SOMEHOW.search(_NO_SCORE_WORD.sub("", words)):
        return None
    return _met(w, req, [_SCORE_UNSAID, f"“{'、'.join(figures)}”（{req}）：条件中的数值由评价组判断是否达到"])


#: a requirement that a figure reach a line (“完成率达到80%以上”, “覆盖率不低于90%”, “培训3次以上”): nothing else scores
_LINE_REACHED = lazy_compile(r"^[^\d;,]{2,40}?(?:(?:达到|达|不低于|不少于)\d+(?:\.\d+)?(?:%|次|人|个|项|家|场)?(?:以上|及以上)?|"
                           r"\d+(?:\.\d+)?(?:%|次|人|个|项|家|场)?(?:以上|及以上))$")


#: the cell holding only the points (“1分”, “2分”): the requirement is the indicator's
_POINTS_ONLY = lazy_compile(r"^(?P<pts>\d+(?:\.\d+)?)分$")
#: the indicator's code before its words (“2-102 ”, “3.1.2 ”, “(一)”)
_CODE_AT = lazy_compile(r"^(?:[\d.\-]+\s*|\([一二三四五六七八九十\d]{1,3}\)|[一二三四五六七八九十]{1,3}、)")


def _points_only(w: Wording) -> Proposed | None:
    """A cell of the points alone (“1分”), the 分值, beside an indicator stating a requirement (“單位基本信用信息完整準確”):
    the indicator's requirement met or not. What it is, is the indicator's: to check."""
    m = _POINTS_ONLY.match(w.text.rstrip(";."))
    name = _CODE_AT.sub("", w.name).strip()
    if m is None or d(m.group("pts")) != w.weight or len(name) < 4 or re.search(r"\d|率|分", name):
        return None
    return _met(w, name, [f"“{w.text.rstrip(';.')}”：只写了分值，读作满足指标“{name}”得满分、否则不得分"])


#: “全扣全得”, “全得全扣”, “全有全无”: the scoring said in a word of its own, the requirement being the indicator's; then, it
#: may be, a case of not meeting it (“没有所长的全扣”)
#: (or each half with its case: “符合全得,不符全扣”, “达到要求全得,达不到全扣”; after what it is judged by: “根据产品说明书
#:和使用情况,符合全得,不符全扣”)
_ALL_OR_NONE_SAID = lazy_compile(r"^(?P<lead>(?:根据|依据|按照?|对照|参照)[^,;\d]{2,30}?,)?"
                               r"(?:全扣全得|全得全扣|全有全无|全有或全无|(?:符合|达到|满足)(?:要求|标准)?的?全得,?"
                               r"(?:不符合?|未达到|达不到|不满足)(?:要求|标准)?的?全扣)[,;]?(?P<rest>[^\d]*)$")


def _all_or_none_said(w: Wording) -> Proposed | None:
    """“全扣全得”, “全扣全得没有所长的全扣”: full marks when the indicator's requirement is met, nothing otherwise; what the
    requirement is, is the indicator's (its content, not the text): to check."""
    m = _ALL_OR_NONE_SAID.match(ORDINAL_AT.sub("", w.text.rstrip(";.")))
    if m is None:
        return None
    rest = m.group("rest").strip(",;")
    if _SCORED_SOMEHOW.search(_NO_SCORE_WORD.sub("", re.sub(r"的?,?(?:全扣|" + ZEROED + r")$", "", rest))):
        return None  # “全扣全得,部分完成的得一半”, “…,酌情扣分”: a score of its own besides the all or nothing
    rest = ",".join(x for x in ((m.group("lead") or "").strip(","), rest) if x)
    cond = f"{w.name or '指标要求'}（{rest}）" if rest else w.name or "指标要求"
    return _met(w, cond, [f"“{w.text.rstrip(';.')}”：满足指标要求得满分，否则不得分；要求以指标内容为准"])


#: “分值:0或10”, “得分:0分或5分”, “5分或0分”: the two scores the row can take said first, then what earns the whole (a
#: sentence, or numbered requirements); a closing “则获取该部分得分” says no more than the scoring said
_NONE_OR_ALL = lazy_compile(r"^(?:分值|得分|分数|评分|计分)?:?(?:0分?(?:或|/),?(?P<pts>\d+(?:\.\d+)?)|(?P<pts2>\d+(?:\.\d+)?)分?(?:或|/)0)分?[;,:]"
                         r"(?P<rest>.+)$")
#: what a requirement of the whole cannot hold: points, deductions, steps, judgement, proportion
_NONE_OR_ALL_NOT = lazy_compile(r"\d+(?:\.\d+)?分|扣|每|酌情|视情|比例|得\d|计\d|部分得分(?!;?$)")
#: “,则获取该部分得分”, “,即得该项分值”: the closing words that give the whole, nothing of the requirement
_NONE_OR_ALL_CLOSE = lazy_compile(r",?(?:则|即)?(?:获取|获得|取得|得到?)(?:该部分|该项|本项|此项)?(?:得分|分值|满分)$")


def _none_or_all(w: Wording) -> Proposed | None:
    """“分值:0或10;对参赛队提供的EXP脚本进行测试,以能成功获取…的Flag,则获取该部分得分”, “分值:0或5;1.…;2.…”: the row scores
    either nothing or the whole (the figure said, the 分值), the whole when what follows is met (each numbered requirement,
    all of them). To check: that every requirement listed must hold is read, not said."""
    m = _NONE_OR_ALL.match(w.text.rstrip(";.。"))
    if m is None or d(m.group("pts") or m.group("pts2")) != w.weight:
        return None
    rest = _NONE_OR_ALL_CLOSE.sub("", m.group("rest").rstrip(";.。"))
    listed = [x.strip(",;") for x in _LISTED_MARK.split(rest) if x.strip(",;")]
    if not listed or any(_NONE_OR_ALL_NOT.search(x) for x in listed):
        return None
    cond = "；".join(listed)
    doubts = [f"“{m.group(0)[:m.start('rest')].rstrip(';,:')}”：读作满足所列要求得 {fmt(w.weight)} 分，否则不得分"]
    if len(listed) > 1:
        doubts.append(f"所列 {len(listed)} 条须全部满足，请核对")
    return _met(w, cond, doubts)


#: “单项基准2分,不符合要求,该单项基准分扣完为止”, “基础分3分,不达标的,扣完基础分”: the row's base points, all of them taken
#: when the requirement (the indicator's) is not met
_BASE_TAKEN = lazy_compile(r"^(?:单项|本项|该项|此项)?(?P<base>基准|基础|基本|标准)分?(?:为)?(?P<pts>\d+(?:\.\d+)?)分[,;]"
                         r"(?P<breach>不符合(?:要求|标准)?|未达到(?:要求|标准)|达不到(?:要求|标准)|不达标)(?:的)?,?"
                         r"(?:(?:该单项|该项|本项|此项|单项)?(?P=base)分?(?:扣完|全扣|全部扣除)(?:为止)?|"
                         r"扣(?:完|除)(?:全部)?(?:该单项|该项|本项|此项|单项)?(?P=base)分)$")


def _base_taken(w: Wording) -> Proposed | None:
    """“单项基准2分,不符合要求,该单项基准分扣完为止”: the 分值 as base points, all taken when the requirement is not met: full
    marks when it is; what the requirement is, is the indicator's (its content, not the text): to check."""
    m = _BASE_TAKEN.match(w.text.rstrip(";.")) if "分" in w.text else None
    if m is None or d(m.group("pts")) != w.weight:
        return None
    cond = w.name or "指标要求"
    return _met(w, cond, [f"“{m.group('breach')}”：按不满足指标要求读，扣完{m.group('base')}分；要求以指标内容为准"])


#: “县住建局网站基础分值5分,完成任务的加5分,完不成任务的在总分值中扣5分”: base points, as many added when the task is done,
#: the base taken when it is not
_BASE_ADDED_OR_TAKEN = lazy_compile(r"^(?P<what>[^;,\d]{0,30}?)(?:基础分值|基础分数|基础分|基本分|基准分)(?:为)?(?P<b>\d+(?:\.\d+)?)分[,;]"
                                  r"(?P<done>完成(?:任务|目标|目标任务)?|达到要求|达标)(?:的|者)?,?(?:加|另加|再加|加计)(?P<x>\d+(?:\.\d+)?)分[,;]"
                                  r"(?P<fail>(?:完不成|未完成|没有完成|未达到|达不到|不达标)(?:任务|目标|目标任务|要求)?(?:的|者)?,?"
                                  r"(?P<where>在总分值?中|从总分值?中|在基础分(?:值)?中)?(?:扣|扣除|减)(?P<y>\d+(?:\.\d+)?)分)$")


def _base_added_or_taken(w: Wording) -> Proposed | None:
    """“县住建局网站基础分值5分,完成任务的加5分,完不成任务的在总分值中扣5分”: base points and as many again added when the task
    is done (the two the 分值), the base taken when it is not: full marks or none. Never confident: a deduction said
    “在总分值中” might reach past the row; here it stops at 0."""
    m = _BASE_ADDED_OR_TAKEN.match(ORDINAL_AT.sub("", w.text.rstrip(";.")))
    if m is None:
        return None
    b, x, y = d(m.group("b")), d(m.group("x")), d(m.group("y"))
    if b + x != w.weight or y != b or b <= 0:
        return None  # (a deduction short of the base leaves points when the task fails: not all or nothing)
    what = m.group("what").strip(",;:、 ")
    task = m.group("done").removeprefix("完成") or "任务"
    cond = f"完成{what}{task}" if what else (w.name or f"完成{task}")
    doubts = [f"“{m.group('fail')}”：按扣完基础分读，本项不得分"
              + ("；是否另从总分中扣分，请核对" if m.group("where") and "总分" in m.group("where") else "")]
    return _met(w, cond, doubts)


#: a time limit or a date a requirement is kept by, no quantity to reach: “15日内”, “4月1日-5月31日内”, “6月底前”,
#: “第2季度”, “2024年12月31日前”, “10个工作日内”
_TIME_LIMIT = lazy_compile(r"(?:\d{4}年)?(?:第[1-4]季度)?(?:\d{1,2}月(?:\d{1,2}日)?(?:[-~至到]\d{1,2}月(?:\d{1,2}日)?)?"
                         r"(?:底前|底|前|内|以内|之内|以前|之前)?|\d{1,3}(?:个)?(?:工作日|日|天|个月|周)(?:内|以内|之内)|"
                         r"(?<![\d.])\d{1,2}年(?:内|以内|之内))")


#: a count the requirement asks at least of, no score said: “每年至少举办2次专题讲座”, “开展宣传不少于3场”, “信息录用50条以上”;
#: or a span of time it asks at least of (“正常经营1年以上”, “业务培训时间不少于10天”, “锻炼1年以上”)
#: or a length or a number of pictures a piece of writing asks (“500字或以上”, “有1幅或以上图片”)
_COUNTS = r"(?:人次|次|场|期|篇|份|个月|个|项|家|所|件|条|批|本|部|人|名|户|种|类|处|支|年|天|日|小时|学时|课时|字|幅|张)"
#: or a range it asks (“应配备2-5人”), or the count past which a requirement applies (“有3名正式党员的应建立党组织”),
#: or the staff it asks to be provided, perhaps in either of two ways (“配备专职心理辅导教师1名或兼职心理辅导教师2名”)
_COUNT_ASKED = lazy_compile(r"(?:至少|不少于?|最多|至多)[\u4e00-\u9fff]{0,4}?\d+" + _COUNTS + r"|(?<![\d.])\d+" + _COUNTS + r"(?:\(含\)|及|或)?以上|"
                          r"(?:配备|配置|配有)[^,;\d]{0,12}?\d+(?:名|人)(?:或[^,;\d]{0,12}?\d+(?:名|人))?(?=[,;]|$)|"
                          r"(?<![\d.])\d+[-~至]\d+" + _COUNTS + r"(?![\d.])|"
                          r"(?<=有)\d+" + _COUNTS + r"(?:以上)?[^,;\d]{0,8}的(?=应|须|需|要)")
#: a measure the requirement asks at least or at most of, or all of a thing (“围挡高度不低于2.5m”, “宽度不小于4米”,
#: “车辆100%冲洗干净”), and a pollutant named by its figure (PM10, PM2.5): what the team checks, no score said
#: the units a measure is asked in (the key word of _kept_by_a_date reads them by this list too)
#: (an angle too: “无障碍通道坡度小于30度”, a limit kept either way)
MEASURE_UNITS = "m2|m|cm|mm|km|米|厘米|毫米|公里|千米|平方米|㎡|立方米|吨|公斤|千克|kg|度"
_MEASURE_ASKED = lazy_compile(r"(?:不低于|不小于|不少于|不超过|不大于|不高于|小于|大于|低于|高于|≥|≤|<|>)\d+(?:\.\d+)?"
                            r"(?:" + MEASURE_UNITS + r")(?![a-z\d])|"
                            # a distance kept or a reach (“距离…污染源50米以上”, “500米内有泊车的场地”)
                            r"(?<![\d.])\d+(?:\.\d+)?(?:米|公里|千米|m|km)(?:以上|及以上|以内|之内|内)|"
                            r"(?<![\d.])100%(?=[\u4e00-\u9fff])|PM(?:10|2\.5)(?![\d.])|"
                            # a share of a whole it asks at least (“会员不少于学生总人数的50%”, “至少保证当班人员的50%”)
                            r"(?:不少于|不低于|至少(?:保证|达到)?)[^,;\d%]{1,12}?的\d+(?:\.\d+)?%|"
                            # a length a thing is set at, or the share of a length it lies at, on a skills sheet
                            # (“拉出50厘米”, “两块台布重叠8厘米”, “杯肚间距1.5cm”, “置于盘边1/3处”, “约2/5位置”)
                            r"(?<![\d.])\d+(?:\.\d+)?(?:厘米|cm|毫米|mm)(?![a-z\d])|(?<![\d./])[1-9]/[1-9](?=处|位置)")
#: a rank or class named by its figure, no quantity: “2级学院”, “3级医院”
_RANK_NAMED = lazy_compile(r"\d级(?=[\u4e00-\u9fff])")
#: one of a thing, said as the article “一名”、“一位”、“一项” (normalised to 1): “有一名办事员兼职…”
_ONE_OF = lazy_compile(r"(?<![\d.])1(?:名|位|项|个(?!月|工作日|小时|季度))(?=[\u4e00-\u9fff])|"
                     r"(?<=设置|设立|配备|配置|建立)1(?:名|位|个)(?=[,;]|$)")  # “每个乡镇设置1个,”


def _kept_by_a_date(w: Wording) -> Proposed | None:
    """A requirement with no scoring words whose only figures are the time limits or dates it is kept by (“章程表决通过后
    15日内,报业务主管单位审查;…30日内,报登记管理机关核准”, “应在每年4月1日-5月31日内报送年度报告”) or the counts it asks
    at least (“每年至少举办2次专题讲座”, “正常经营1年以上”), the distances it keeps (“距离…污染源50米以上”) or the range of
    staff it asks (“应配备2-5人”): the team enters it as met or not met, full marks or none; the text says nothing
    of the score, and whether each limit was kept or count reached is the team's to check: always to check."""
    t = w.text.rstrip(";.")
    if "分" in _NO_SCORE_WORD.sub("", t):
        return None
    t = ORDINAL_AT.sub("", t)
    mark = _ROW_MARK.match(t)
    t = t[mark.end():] if mark else t
    limits = [m.group(0) for m in _TIME_LIMIT.finditer(t) if re.search(r"\d", m.group(0))]
    counts = _COUNT_ASKED.findall(t) + [m.group(0) for m in _MEASURE_ASKED.finditer(t) if not m.group(0).startswith("PM")]
    asked_out = _MEASURE_ASKED.sub("", _COUNT_ASKED.sub("", _TIME_LIMIT.sub("", t)))
    counts += _ONE_OF.findall(asked_out)
    rest = _ONE_OF.sub("", _RANK_NAMED.sub("", asked_out))
    named = _MEASURE_ASKED.search(t) or _RANK_NAMED.search(asked_out)  # a figure naming a thing: “PM10”, “2级沉淀池”
    # “500字或以上”, “有1幅或以上图片”: a count alone, what is counted the indicator's (“新闻类·字数”)
    alone = len(counts) == 1 and not limits and not named and len(rest) < 4 and _COUNT_ALONE.match(t) is not None
    if not (limits or counts or named) or re.search(r"\d", rest) or (len(rest) < 4 and not alone) \
            or _SCORED_SOMEHOW.search(_NO_SCORE_WORD.sub("", _BASIS_FOLLOWED.sub("", rest) if counts else rest)):
        return None
    doubts = [_SCORE_UNSAID] + ([f"“{'、'.join(limits)}”：是否在期限内由评价组核查"] if limits else []) \
        + ([f"“{'、'.join(counts)}”：是否达到由评价组核查"] if counts else [])
    if alone and w.name:
        doubts.append(f"“{t}”：只写了数量，所计的对象以指标“{w.name}”为准")
    if mark:
        doubts.append(_MARK_READ.format(mark.group(0)))
    return _met(w, t.replace(";", ","), doubts)


#: a text that is a length or a number of pictures asked of a piece of writing and little else (“500字或以上”, “有1幅或以上
#: 图片”): never a span of time or a count of times alone (“2年以上”, “3次以上”), which may be a band of its own
_COUNT_ALONE = lazy_compile(r"^(?:有|需|须|应)?\d+(?:字|幅|张)(?:\(含\)|及|或)?以上[\u4e00-\u9fff]{0,2}$")


def describe(params: Params, item_max: Decimal) -> Phrase:
    cond = params.get("condition")
    return said(msg(T("满足“%1”得满分，否则不得分"), cond) if cond else msg(T("满足得满分，否则不得分")))


#: “一般农户主动帮助贫困户打扫卫生,每月20分”, “担任社团指导老师,每学年加2分”: a thing done, then the points of each period it
#: is done in
_EACH_PERIOD_POINTS = lazy_compile(r"^(?P<cond>[^;\d]{4,60}?),?每(?P<period>月|季度|季|学年|年度|年|学期|周)(?P<verb>得|计|可得|加)?"
                                 r"(?P<pts>\d+(?:\.\d+)?)分;?$")


def _each_period(w: Wording) -> Proposed | None:
    """“主动帮助生活不能自理贫困户打扫卫生,每月20分” on 20 points: the thing done in the period scores the 分值, nothing
    otherwise; the row is scored for one period (which one, and whether the periods add up, is to check)."""
    m = _EACH_PERIOD_POINTS.match(ORDINAL_AT.sub("", w.text)) if "每" in w.text else None
    if not m or d(m.group("pts")) != w.weight or _SCORE_WORDS.search(m.group("cond")):
        return None
    period = m.group("period")
    cond = f"{m.group('cond').strip(',')}（当{period}）"
    return _met(w, cond, [f"“每{period}{m.group('verb') or ''}{m.group('pts')}分”：按一{'个' if period == '月' else ''}{period}内做到得本项分值读，"
                          f"各{period}是否累计未说明"])


#: “每处错误扣除所在项所有分值”: one fault takes the whole of the item
_FAULT_TAKES_ITEM = lazy_compile(r"^(?:每|任何|任1|出现|发现|有)1?(?:处|项|个|次|条)?(?P<fault>[^,;\d]{1,12}?)的?,?扣(?:除|减)?"
                               r"(?:所在项|本项|该项|此项)的?(?:所有|全部)(?:分值|分数|分)?;?$")
#: “打非治违工作(30分);村辖区内出现…没有及时制止并上报…的,每发现1起,此项不得分;(…包括:…)”: one case found zeroes the row
_EACH_CASE_ZEROES = lazy_compile(r"^(?:[^,;()\d]{2,20}\(\d+(?:\.\d+)?分\);)?(?P<fault>[^;()]{4,80}?)的?,每(?:发现|出现|查实|查出|发生)?1"
                               r"(?:起|例|次|处|项|个|件),?(?:此项|本项|该项)(?:不得分|得0分|计0分);?(?:\([^()]*\);?)?$")


def _one_fault_takes_all(w: Wording) -> Proposed | None:
    """“每处错误扣除所在项所有分值”, “…没有及时制止并上报的,每发现1起,此项不得分”: the first fault found takes the whole
    分值, so the row is met (no such fault) or not: 全有或全无, to check (the text says what costs the points, not that
    the row scores in full without it)."""
    m = _FAULT_TAKES_ITEM.match(w.text) or _EACH_CASE_ZEROES.match(w.text)
    if m is None:
        return None
    fault = m.group("fault").strip(",")
    condition = f"未出现：{fault}"
    return Proposed([RULE.item(fault, w.weight, {"condition": condition})],
                    f"全有或全无：{condition}得 {fmt(w.weight)} 分，出现1处（起）即不得分",
                    (f"“{fault}”：出现1处（起）即不得本项分，按全有或全无读，请核对",))


#: a table's group cell joined to one row of its group (a 分值 column merging its rows: “网约车驾驶员有所列情形之一的,扣20分”
#: beside each row “转借、出租从业资格证的”): what any case of the group costs, then the row's one case, nothing between
#: (“…扣20分:①…;②…”, the cases listed after a colon, is ``_any_listed_after``'s)
_GROUP_CELL_THEN_CASE = lazy_compile(r"^(?P<lead>[^;:,\d]{0,20}?)(?:有|存在|出现|发生|具有)?(?:所列|下列|以下|如下)(?:情形|情况|行为|问题)"
                                   r"之一(?:的|者)?,?(?:扣(?:除|减)?(?P<pts>\d+(?:\.\d+)?)分|" + ZEROED + r";?)"
                                   r"(?P<case>[\u4e00-\u9fff][^;:]*?);?$")
#: what makes the row's words more than one case: a score, a count, a deduction of its own
_CASE_SCORES = lazy_compile(r"\d+(?:\.\d+)?分|扣|每|[得计记](?:\d|满分)|为止|酌情|视情|(?<![\d.])\d+(?:\.\d+)?%")


#: a row's case saying a thing done or no harm come (“未发生安全事故的”, “按时完成任务的”): a requirement met, not one of a
#: group of faults — the page may have joined the cell to a row of another layout
_GOOD_CASE = lazy_compile(r"^(?:全年|年内|本年度|考核期内?)?(?:(?:未发生|没有发生|无)[^,;]*(?:事故|投诉|违规|违纪|差错|失误)|"
                        r"(?:按时|及时|按期|全面|全部|圆满|顺利))")


def _group_cell_then_case(w: Wording) -> Proposed | None:
    """“网约车驾驶员有所列情形之一的,扣20分 转借、出租从业资格证的” on 20 points: the group's cost, the whole 分值, then the
    row's one case (“…的”): the case found takes the 分值, none found keeps it, as “转借、出租从业资格证的,扣20分” reads.
    A cost below the 分值 is another layout (a deduction per case of the group), not read here."""
    m = _GROUP_CELL_THEN_CASE.match(w.text.rstrip(";."))
    if m is None or (m.group("pts") and d(m.group("pts")) != w.weight):
        return None
    case = m.group("case").strip(",")
    if _CASE_SCORES.search(case) or NOT_A_STATEMENT.search(case):
        return None
    fault = re.sub(r"(?:的|者)$", "", case)
    doubts = [f"“{fault}”：条件中的数值由评价组判断是否达到"] if re.search(r"\d", fault) else []
    if _GOOD_CASE.match(fault):
        doubts.append(f"“{fault}”读作扣分的情形，但其文字像是做到的要求，请核对是否为该组的情形")
    # (the item named by the case, which the text says after the cost: the words the rule holds)
    return Proposed([RULE.item(fault, w.weight, {"condition": "无：" + fault})],
                    f"全有或全无：{fault}即扣完 {fmt(w.weight)} 分，否则得满分", tuple(doubts) or None)

RULE = RuleType(
    type="all_or_nothing",
    name=T("全有或全无"),
    params=(Param("condition", T("条件"), "text", default=""),),
    inputs=(Input("met", T("是否满足"), "option"),),
    check=check,
    score=score,
    options=options,
    notes=notes,
    binds=frozenset({"percent"}),
    from_figure=from_figure,
    bind_at_least=True,
    proposals=(Recogniser(700, _else_nothing), Recogniser(1200, _only_when), Recogniser(1210, _met_then_not),
               Recogniser(1220, _requirement), Recogniser(1230, _breach_only), Recogniser(1240, _any_fault_zeroes), Recogniser(1180, _fault_takes_all),
               Recogniser(1250, _each_part_met), Recogniser(1190, _yes_or_no), Recogniser(1290, _all_listed_after), Recogniser(1270, _asked),
               Recogniser(1280, _zeroed_by), Recogniser(1300, _stated_requirement), Recogniser(950, _headed_requirement), Recogniser(1400, _bare_requirement), Recogniser(1410, _kept_by_a_date),
               Recogniser(1880, _censure_alone),
               Recogniser(2110, _all_or_none_said), Recogniser(2120, _base_taken), Recogniser(2130, _base_added_or_taken), Recogniser(2410, _any_listed_after), Recogniser(1520, _each_period), Recogniser(1940, _one_fault_takes_all),
               Recogniser(1980, _rate_reached), Recogniser(1990, _points_closing), Recogniser(2020, _points_only),
               Recogniser(10010, _lines_required), Recogniser(13400, _group_cell_then_case),
               Recogniser(15200, _figured_requirement), Recogniser(30010, _none_or_all)),
    describe=describe,
)
