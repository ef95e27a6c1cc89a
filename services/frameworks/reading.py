"""Reading a whole 评分标准: its parts, and which of its figures a proposed rule places.

The rule types recognise single wordings (their ``proposals``); this module reads a text as the
proposer needs it: the whole-text wordings in order, the text as parts (“1.…(5分)；2.…(5分)”,
“①…，1分；②…，1分”, “计4分…；另计2分…”, “A和B各占1分。<rule>”), and, for the confidence, the points and
percentages the text states that a proposal does not use. ``services.frameworks.proposal``
orchestrates; nothing here imports Qt.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from itertools import pairwise
from typing import Any

from models.messages import joined as message_joined, said as message
from services.core.numbers import fmt
from services.core.patterns import lazy_compile
from services.scoring.rules import (
    FALLBACK,
    all_or_nothing as all_or_nothing_rule,
    check_item,
    checklist as checklist_rule,
    choice as choice_rule,
    completion as completion_rule,
    deduction as deduction_rule,
    delay as delay_rule,
    formula as formula_rule,
    rate as rate_rule,
    recognisers,
    scale as scale_rule,
    score_item,
    threshold as threshold_rule,
    tiers as tiers_rule,
    upper_bound as upper_bound_rule,
)
from services.scoring.rules.base import Proposed, Wording, number_text, render
from services.scoring.rules.wording import (
    BASE_WORD,
    BID,
    BRACKETED_POINTS,
    CASES_WINDOW,
    CHANGE,
    CHECK_VERB,
    CIRCLED,
    DEDUCTED_AT_MOST,
    DELAY_VERBS,
    EVENT_UNITS,
    EVIDENCE_NOTE,
    FACTOR,
    FAULT_SAID,
    FREE_SAID,
    FREE_THEN_EACH,
    GRADE_RANK,
    GRADED_COLUMNS,
    LOWEST_ZERO,
    MANNER,
    MET_COUNT_SAID,
    NAME_NUMBER,
    NOT_A_CAP_BEFORE,
    NOTE_LABEL,
    ONCE_A_PERIOD,
    ONE_EVENT_COUNT,
    ORDINAL_AT,
    PART_DEGREE,
    PART_MARK,
    PERIOD_REQUIRED,
    POINTS_LEAD,
    SCALES,
    SCORE_BASE as _SCORE_BASE,
    SHARE_IN_WORDS,
    SO_ON,
    STOP_CLAUSE,
    WHOLE_DEGREE,
    ZEROED,
    basis_lead,
    clause_at as _clause_at,
    cn_integer,
    d,
    deducting_segments,
    met_count_ladder,
    note_scores,
    proof_at_end,
    proof_note_at,
    proof_or_nothing,
    s,
    scores_nothing,
    sentences_outside_brackets,
    what_is_assessed,
)

CHECKLIST = checklist_rule.RULE.type
TIERS, CHOICE, THRESHOLD = tiers_rule.RULE.type, choice_rule.RULE.type, threshold_rule.RULE.type
UPPER_BOUND, SCALE, RATE = upper_bound_rule.RULE.type, scale_rule.RULE.type, rate_rule.RULE.type
#: a proposal's kind of its own for the phrases a formula earning per case up to the 分值 reads (formula.earned_per_case)
EARNED_EACH = "earned_each"
COMPLETION, DELAY, FORMULA = completion_rule.RULE.type, delay_rule.RULE.type, formula_rule.RULE.type
DEDUCTION = deduction_rule.RULE.type

#: words that leave the score to the team: a proposal with them is never confident; points added or taken beyond
#: the item's range (“加分”, “倒扣3分”, “反扣2分”, “从总分中扣除5分”) are among them, the item's score being kept within 0～分值,
#: and so is a stop at the points of a section holding the row (“本部分扣完为止”, “本大项扣完为止”, “在该一级指标内扣完为止”,
#: “本章节…”, “本大类…”, “本级指标…”, “本组…”, “本环节…”:
#: the deductions run on past the row's own points; “本项扣完为止”, “本指标扣完为止” are the row's)
VAGUE = lazy_compile(r"(?:本|该|此)(?:部分|大项|类指标|类|1级指标|级指标|板块|模块|维度|方面|章节|章|节|单元|篇|大类|类别|组(?!织)|环节)(?:内|中)?的?(?:全部)?"
                   r"(?:分值|得分|分数|总分|分)?(?:内|中)?(?:扣完|扣至0分|扣到0分)|酌情|视情况|视具体情况|适当扣分|适当加分|适当扣减|酌减|原则上|视[^,;]{0,6}程度|按[^,;]{0,6}程度|综合(?:评定|判断|考虑|评价)|择其一|由评价组|酌定|"
                   r"根据实际情况|根据情况|视其|特殊情况|一般情况下|\d+(?:\.\d+)?[-~至]\d+(?:\.\d+)?分|(?<!不)(?<!不另)(?<!不再)(?<!不予)加分|奖励分|(?<!不)(?<!不予)(?<!不得)(?<!不再)(?<!违)[倒反]扣|"
                   r"总分中?扣|扣减?总分")
#: points and percentages a text states: each must be placed in the proposal
FIGURE = lazy_compile(r"(\d+(?:\.\d+)?)(分(?!之|别|类|项|解|析|配|管|级|期|批)|%|个百分点)")


def vague_words(t: str) -> list[str]:
    """The words of judgement in a normalised text."""
    return [m.group(0) for m in VAGUE.finditer(t)]


def _wordings(w: Wording) -> Iterator[Proposed]:
    """The readings of the whole-text wordings, in order; a recogniser is skipped on a text holding none of the
    words its wording needs (KEY_WORDS): it could only answer None."""
    for _rule, recogniser in recognisers():
        if recogniser.needs is not None and recogniser.needs.search(w.text) is None:
            continue
        found = recogniser.recognise(w)
        if found is not None:
            yield found


def problem(found: Proposed, w: Decimal) -> str:
    total = sum((Decimal(it["max"]) for it in found.items), Decimal(0))
    if total != w:
        return message("评分标准中各项分值之和 {total} 与指标分值 {weight} 不一致，已设为酌情评分（识别到：{summary}），请核对",
                       total=fmt(total), weight=fmt(w), summary=found.summary)
    problems = [m for it in found.items for m in check_item(it)]
    if problems:
        return message("识别到的规则参数有误（{problems}），已设为酌情评分", problems=message_joined(problems, "；"))
    return ""


def candidates(w: Wording) -> Iterator[Proposed]:
    """Readings of the text, most specific first: whole-text wordings, then the text as parts; the text before a
    closing remark, or before the 分值 said again closing it, only when nothing reads the whole."""
    read = False
    for found in _readings(w):
        read = True
        yield found
    if not read:
        yield from _remarked(w)
        yield from _weight_said_again(w)  # (a text closing with a remark does not close with the 分值: one or the other)
        yield from _excepted(w)
        yield from _noted(w)
        yield from _price_policy_aside(w)
        yield from _proven(w)


def _readings(w: Wording) -> Iterator[Proposed]:
    """The readings of the whole text: its wordings, its parts, a rule once per part, a gate beside the rest. Circled
    parts each of a fault and a milder form of it come first: they are items of their own, not faults adding up."""
    pairs = fault_pairs(w)
    if pairs is not None:
        yield pairs
    if "分(" in w.text or "分)" in w.text:
        yield from _required_then_bracketed(w)
        yield from _heading_then_parts(w)
    # (a closing sentence keeping the 分值 for some units is read before the rest alone, which leaves its full marks over)
    spared = full_for_some(w) if "满分" in w.text else None
    if spared is not None:
        yield spared
    # (the indicator's requirement closing a shared rule, read before the whole: the rule's reading of the whole text
    # would take the requirement's words for a clause of the rule)
    yield from _spec_closing(w)
    yield from _wordings(w)
    parts = composite(w)
    if parts is not None:
        yield parts
    each = each_part(w)
    if each is not None:
        yield each
    areas = by_kind_of_area(w)
    if areas is not None:
        yield areas
    gate = gated(w) or gated_points(w)
    if gate is not None:
        yield gate


#: “…最低分为0分;军队单位、事业单位按要求提供上级管理部门批复的决算得满分”: a closing sentence giving a kind of unit (one
#: the rest does not measure: 军队单位, 事业单位) the 分值 whatever the rest says, on what it provides (a period it
#: provides for may be said: “…可提供上年度12个月的纳税凭证,得满分”)
_FULL_FOR = lazy_compile(r";(?P<cond>[^;,\d]{0,12}?(?:单位|企业|机构)(?:[^;\d]|(?<![\d.])\d{1,2}个月(?![\d.])){2,40}?)(?:的|者)?,?"
                       r"(?:得|计)满分;?$")


def full_for_some(w: Wording) -> Proposed | None:
    """The rest of the text read whole as one formula taking points off the 分值, the units the closing sentence names
    keeping the 分值 (formula_rule.exempted: ``p * max + (1 - p) * (…)``); or read whole as situations to pick one of
    (“连续3年取得A级的得满分,取得过2次的得2分,没有的为0分;事业单位提供纳税凭证,得满分”), those units one more
    situation scoring the 分值. Always to check: whether those units also take their place in the rest (a rank, a
    situation) is unsaid."""
    m = _FULL_FOR.search(w.text)
    if m is None or "满分" not in w.text[:m.start()]:
        return None
    inner = whole(Wording(w.text[:m.start() + 1], w.weight, w.name, w.points, w.explanation))
    if inner is not None and len(inner.items) == 1 and inner.items[0]["type"] == CHOICE:
        return _full_for_some_situation(inner, m, w.weight)
    item = formula_rule.exempted(inner.items[0], m.group("cond")) if inner and len(inner.items) == 1 else None
    if inner is None or item is None:
        return None
    name = item["params"]["variables"][0]["name"]
    said = m.group(0).strip(";")
    return Proposed([item], f"{inner.summary}；{m.group('cond')}的得满分（{name}=1）",
                    (*(inner.doubts or ()), f"“{said}”：作为整项得满分的条件（{name}=1），这些单位是否也参加排序未说明"))


def _full_for_some_situation(inner: Proposed, m: re.Match[str], weight: Decimal) -> Proposed | None:
    """``full_for_some`` of situations: the units the closing sentence names one more situation, scoring the 分值 (the
    situations must already score 0 somewhere and reach the 分值: a plain list of 情形, not a rank)."""
    item = inner.items[0]
    options = [dict(o) for o in item["params"].get("options") or []]
    scores = [Decimal(str(o["score"])) for o in options]
    if len(options) < 2 or max(scores) != weight or min(scores) != 0:
        return None
    keys = {str(o["key"]) for o in options}
    key = next(k for k in (f"o{i}" for i in range(len(options) + 1, 2 * len(options) + 3)) if k not in keys)
    cond = m.group("cond")
    options.append({"key": key, "label": cond, "score": number_text(weight)})
    said = m.group(0).strip(";")
    out = dict(item, params=dict(item["params"], options=options))
    summary = re.sub(r"\d+ 种情形", f"{len(options)} 种情形", inner.summary, count=1)
    return Proposed([out], f"{summary}；{cond}的得满分（另一情形）",
                    (*(inner.doubts or ()), f"“{said}”：作为另一情形（得满分）读，这些单位是否也按其余情形评分未说明"))


#: a numbered part's mark, opening the text or after a clause (“①…;②…”, “(1)…;(2)…”, “1.…;2.…”)
_PART_AT = lazy_compile(r"(?:^|(?<=[;,.]))(?:[" + CIRCLED + r"]|\(\d{1,2}\)|\d{1,2}[.、](?!\d))")
#: one fault of a circled part and what it costs: a figure or the part's whole (“…的扣5分()”, “…的不得分”)
_PART_FAULT = lazy_compile(r"^(?P<label>[^;]*?)(?:的|者)?(?:(?P<none>" + ZEROED + r")|扣(?P<less>\d+(?:\.\d+)?)分)$")
#: what makes a fault counted or its deduction run on (“每”, “有一宗”), never one situation of a part; or its zero
#: named for the whole item (“该项不得分”), not for the part
_FAULT_RUNS_ON = lazy_compile(r"每|为止|累计|扣|\d+(?:\.\d+)?分|(?:\d+(?:\.\d+)?|[一两])(?:%|次|项|个|处|例|人|天|日|月|年|条|件|宗|起|户)|"
                            r"(?:此处|此项|本项|该项|整项|该指标|本指标)$")


def _part_faults(part: str) -> list[tuple[str, Decimal | None]] | None:
    """The faults of one circled part, each with what it costs (None: the part's whole); a fault may be said over
    clauses (“支委分工不够明确,关系处理不够好的扣1分”). None when a clause is no fault or a fault runs on."""
    faults: list[tuple[str, Decimal | None]] = []
    pending: list[str] = []
    for clause in (x for x in re.split(r"[;,]", part.replace("()", "").strip(";,. ")) if x):
        m = _PART_FAULT.match(clause)
        if m is None:
            pending.append(clause)
            continue
        label = ",".join([*pending, m.group("label")] if m.group("label") else pending)
        pending = []
        if not label or _FAULT_RUNS_ON.search(label):
            return None
        faults.append((label, d(m.group("less")) if m.group("less") else None))
    return None if pending or not faults else faults


def fault_pairs(w: Wording) -> Proposed | None:
    """“①没有活动场所的扣5分,场所破旧的扣3分;②未悬挂党旗的扣5分,悬挂不规范扣3分”, “①落实一般的扣0.5分,落实不好的不得分;
    ②…”: circled parts with no points of their own, each a fault and a milder form of it (one of the two holds, or
    neither), or one fault alone. Each part is an item: a 情形选择 (neither: its points; the milder fault: its points
    less that fault's cost; the fault: 0), or a 全有或全无 for a fault alone. A part's points are its fault's cost; a
    part whose fault is said as 不得分 takes an equal share of what the parts costing a figure leave of the 分值.
    Always to check: the points of the parts and the situation of no fault are the text's unsaid."""
    if "扣" not in w.text or not _PART_AT.match(w.text):
        return None
    parts = [x for x in _PART_AT.split(w.text) if x.strip(";,. ")]
    if len(parts) < 2 or len(_PART_AT.findall(w.text)) != len(parts):
        return None
    read: list[list[tuple[str, Decimal | None]]] = []
    for part in parts:
        faults = _part_faults(part)
        if faults is None or len(faults) > 2:
            return None
        if len(faults) == 2:
            whole = [f for f in faults if f[1] is None]
            costs = sorted(f[1] for f in faults if f[1] is not None)
            if len(whole) == 2 or (not whole and costs[0] == costs[1]):
                return None
        read.append(faults)
    known = [max(c for _l, c in f if c is not None) for f in read if all(c is not None for _l, c in f)]
    unsaid = len(read) - len(known)
    rest = w.weight - sum(known, Decimal(0))
    share = rest / unsaid if unsaid else Decimal(0)
    if (rest <= 0 if unsaid else rest != 0) or any(k <= 0 for k in known):
        return None
    if not unsaid and sum((c for f in read for _l, c in f if c is not None), Decimal(0)) == w.weight:
        return None  # every cost adding up to the 分值: faults taken off it, found together or not
    items: list[dict[str, Any]] = []
    for faults in read:
        pts = share if any(c is None for _l, c in faults) else max(c for _l, c in faults if c is not None)
        if len(faults) == 1:
            items.append(all_or_nothing_rule.RULE.item(faults[0][0][:30], pts, {"condition": "无：" + faults[0][0]}))
            continue
        (worse, _w), (milder, less) = sorted(faults, key=lambda f: -(f[1] if f[1] is not None else pts))
        if less is None or not 0 < less < pts:
            return None
        said = milder.partition("扣")[0]
        if not (choice_rule.one_holds(worse, Decimal(0), milder, pts - less) or _share_a_word(worse, said)
                or min(len(set(_matter(said))), len(set(_matter(worse)))) < 2):  # (“差的”: a degree, no matter)
            return None  # “①未建立制度扣2分,未开展培训扣1分”: faults of two things, not a fault and a milder form of it
        opts = [("无上述问题", pts), (milder, pts - less), (worse, Decimal(0))]
        items.append(choice_rule.RULE.item("情形", pts, {"options": [
            {"key": f"o{i}", "label": label, "score": s(p)} for i, (label, p) in enumerate(opts, 1)]}))
    for k, it in enumerate(items):
        it["key"] = chr(ord("a") + k)
    said = "各部分未写分值：按其扣去全部的扣分读作该部分分值（写作不得分的均分其余分值），无上述问题为满分情形，评分标准未明说"
    return Proposed(items, f"{len(items)} 个评分项：各部分的问题及其较轻情形", (said,))


#: remarks in brackets closing the text, none of them only points (“(5分)”, “(计5分)”): “(考核时段为上年10月至当年9月)”,
#: “(由区综治办评分)”, “(全部为…的培训基地,参照对应要求,符合标准,得3分)”
_REMARK_AT_END = lazy_compile(r"(?:[;.]?\((?!(?:得|计|记)?\d+(?:\.\d+)?分\))[^()]{2,80}\))+[;.]?$")


def _scoring_in(remarks: str) -> bool:
    """Whether remarks in brackets are the scoring itself: a deduction, words of judgement or a total (“(未备案的扣4分)”,
    “(0-15分)”, “(本项共计6分)”, “(分值2分)”). A case not taken off (“若无该物品,…,不扣分”) and the form's column
    for the deductions (“填写在扣分说明那栏”) take nothing off."""
    return _DEDUCTED_IN_REMARK.search(remarks) is not None or VAGUE.search(remarks) is not None or _POINTS_NAMED_IN.search(remarks) is not None or any(
        _STATED_WEIGHT_AT_END.search(x) for x in re.findall(r"\([^()]*\)", remarks))


#: a deduction said in a remark: a 扣 that is no “不扣分” nor the name of a column (“扣分说明”, “扣分栏”)
_DEDUCTED_IN_REMARK = lazy_compile(r"(?<!不)扣(?!分说明|分栏|分情况|分原因)")
#: points named as such in brackets, “(分值2分)”, “(基础分5分)”, or a cap, “(最高2分)”: the points of the row, never a remark
#: on it
_POINTS_NAMED_IN = lazy_compile(r"\((?:本项|该项)?(?:分值|基础分|基本分|标准分|最高|最多|最低|上限)(?:为|:)?\d+(?:\.\d+)?分\)")


def _read_before(w: Wording, rest: str, said: str) -> Iterator[Proposed]:
    """The readings of ``rest``, the text before words closing it that are no part of the rule, those words ``said`` (''
    for words that need no saying back: what proves the case, ``EVIDENCE_NOTE``)."""
    for found in candidates(Wording(rest, w.weight, w.name, w.points, w.explanation)):
        yield Proposed(found.items, found.summary, (*own_doubts(rest, found), *((said,) if said else ())) or None)


#: “1、机构依法登记…参加民办非企业年检;2分(未通过年检不得分,超过年检时限扣2分)”: what is required (perhaps numbered),
#: then the row's points, then in brackets how it is scored
_REQUIRED_THEN_BRACKETED = lazy_compile(r"^(?:\d{1,2}[.、](?!\d))?(?P<req>[^()\d;]{4,120}?);?(?P<pts>\d+(?:\.\d+)?)分"
                                      r"\((?P<rules>[^()]+)\);?$")
#: what scores, in the brackets: a deduction, a zero, points earned, a share
_BRACKET_SCORES = lazy_compile(r"扣|不得分|不计分|得\d|计\d|比例")
#: “党支部设置合理,党员7人以上的,设立党支部委员会;(10分)没有按规定设立的扣5分;”: what is required, then the row's
#: points in brackets after its stop, perhaps how it is checked (“查资料”), then the faults it is scored by, no bracket of
#: their own (never “全部完成(5分)部分完成得3分”: situations, the first with its points)
_REQUIRED_THEN_POINTS_BRACKETED = lazy_compile(r"^(?:\d{1,2}[.、](?!\d))?(?P<req>[^()分]{4,120}?);\((?P<pts>\d+(?:\.\d+)?)分\)"
                                             r"[;,]?(?:" + CHECK_VERB + r"[\u4e00-\u9fff]{1,4};)?(?P<rules>[^()]+?);?$")
#: “出台…信息核对的政策。(2分,1个部门0.5分,满分2分)”: what is required, then in one bracket the row's points first and
#: how they are earned after them
_REQUIRED_THEN_POINTS_AND_RULES = lazy_compile(r"^(?:\d{1,2}[.、](?!\d))?(?P<req>[^()\d;]{4,120}?);?\((?P<pts>\d+(?:\.\d+)?)分[,;]"
                                             r"(?P<rules>[^()]+?)\);?$")
#: a count in a requirement (“党员7人以上的”, “每年讲授2次”): a figure that scores nothing there
_COUNT_REQUIRED = lazy_compile(r"\d+(?:人|名|个月|个|次|天|日|年|篇|项)")


def _required_then_bracketed(w: Wording) -> Iterator[Proposed]:
    """The readings of the scoring words in brackets after a requirement and its points, the points the 分值
    (“…独立办公室。2分(无独立办公室的不得分,办公设备不全的每项扣1分)”): the requirement is what the bracket scores,
    no scoring of its own; said back, to check."""
    m = _REQUIRED_THEN_BRACKETED.match(w.text)
    both = _REQUIRED_THEN_POINTS_AND_RULES.match(w.text) if m is None else None
    if both is not None and d(both.group("pts")) == w.weight and scores_nothing(both.group("req")) and \
            re.search(r"\d分", both.group("rules")):
        # (the points, then how they are earned, in one bracket, points of their own: “(2分,1个部门0.5分,满分2分)”; never
        # a zero alone, “(4分,未建立的不得分)”, which scores the requirement before the bracket)
        said = f"“{both.group('req')}”：要求，按其后括号内的办法评分（{both.group('pts')}分读作该项分值），请核对"
        yield from _read_before(w, both.group("rules"), said)
        return
    if m is None:  # “…设立党支部委员会;(10分)没有按规定设立的扣5分”: the points in brackets, the scoring after them
        m = _REQUIRED_THEN_POINTS_BRACKETED.match(w.text)
        if m is not None and (not scores_nothing(_COUNT_REQUIRED.sub("", m.group("req"))) or "扣" not in m.group("rules")):
            return
    elif not scores_nothing(m.group("req")):
        return
    if m is None or d(m.group("pts")) != w.weight or not _BRACKET_SCORES.search(m.group("rules")):
        return
    said = f"“{m.group('req')}”：要求，按其后括号内的办法评分（{m.group('pts')}分读作该项分值），请核对"
    yield from _read_before(w, m.group("rules"), said)


#: a heading restating the 分值 in brackets (“四、摆台过程中餐具的要求,共四托(10分)”), then the parts of the row each with
#: its points in brackets, two or more, nothing between them (“第一托:骨碟(2分)第二托:杯子(2分)…”): the cell of the
#: heading and the cell of its breakdown joined
_HEADING_THEN_PARTS = lazy_compile(r"^(?P<head>[^()]{2,80}?)\((?P<pts>\d+(?:\.\d+)?)分\)(?P<rest>(?:[^();]{2,40}?\(\d+(?:\.\d+)?分\)){2,});?$")
#: a part's points in the breakdown; the words that score otherwise than the part met (扣、每、得、不得分、酌情)
_BREAKDOWN_POINTS = lazy_compile(r"\((\d+(?:\.\d+)?)分\)")
_BREAKDOWN_SCORES = lazy_compile(r"扣|每|得|酌情|视情|比例")


def _heading_then_parts(w: Wording) -> Iterator[Proposed]:
    """The readings of the parts after a heading that restates the 分值 (“七、口布折花不少于四种(6分)主宾1种(1分)…”), the
    parts' points adding up to the 分值: the heading names the row, no rule of its own; said back, to check."""
    m = _HEADING_THEN_PARTS.match(w.text)
    # (a heading naming the row, “数据采集(10分)采集脚本可运行(4分)…” of 数据采集, is the wordings' own: read surely there)
    if m is None or d(m.group("pts")) != w.weight or ORDINAL_AT.sub("", m.group("head")) in w.name \
            or _BREAKDOWN_SCORES.search(m.group("head") + _BREAKDOWN_POINTS.sub("", m.group("rest"))):
        return
    if sum(d(x) for x in _BREAKDOWN_POINTS.findall(m.group("rest"))) != w.weight:
        return
    said = f"“{m.group('head')}({m.group('pts')}分)”：读作标题及本项分值，其后各项分值之和等于本项分值"
    yield from _read_before(w, m.group("rest"), said)


def _remarked(w: Wording) -> Iterator[Proposed]:
    """The readings of the text before its closing remarks in brackets (a period, who scores, a special case): the
    remark is said back, to check (a special case may score otherwise, and its words are no part of the rule)."""
    m = _REMARK_AT_END.search(w.text)
    if m is None or m.start() == 0 or _scoring_in(m.group(0)):
        return
    rest, remarks = w.text[:m.start()], w.text[m.start():].strip(";.")
    if remarks.count("(") == 1:  # one remark is named by its words, as the words left out of the rule are
        remarks = remarks[1:-1]
    # (“(以证书复印件为准)”: what proves the case, no special case, is no part of the rule; _CHECK_NOTES places it)
    said = "" if EVIDENCE_NOTE.fullmatch(w.text[m.start():].strip(";.")) else f"“{remarks}”：说明或特殊情形，未用于规则，请核对"
    yield from _read_before(w, rest, said)


def _weight_said_again(w: Wording) -> Iterator[Proposed]:
    """The readings of the text before the 分值 said again in brackets closing it (“…;否则不得分;(1分)”, after a closing
    remark too: “…;(1分)(另有说明)”) or as the most the row scores (“…;此项最高得5分”), the 分值 said back, to check."""
    end = _WEIGHT_AT_END.search(w.text) or _MOST_AT_END.search(w.text)
    if end is None or end.start() == 0 or d(end.group(1)) != w.weight:
        return
    rest = w.text[:end.start()].rstrip(";.")
    said = f"“{end.group(0).strip(';')}”：读作该项分值"
    yield from _read_before(w, rest, said)


#: a note closing the text, after its scoring: “…最高得5分;注:①须提供合同关键页复印件…,证明材料不全的,不予认可;②同类业绩指…”,
#: what proves a case or what a case is (a bid's 评审细则); never a note that deducts or weighs (“注:每缺1项扣1分”, “注:酌情…”),
#: nor one zeroing the row short of its requirement (“注:须提供合同复印件…,否则不得分”: a line of the row, kept)
_NOTE_AT_END = lazy_compile(r"[;,](?P<note>" + NOTE_LABEL + r"[:：][^:：]{2,300}?);?$")


def _noted(w: Wording) -> Iterator[Proposed]:
    """The readings of the text before a closing note (“注:须提供…复印件,否则不予认可”): the note says what proves a case or
    what a case is, and is said back, to check (whether a case without its proof counts is the team's to decide)."""
    end = _NOTE_AT_END.search(w.text)
    if end is None or end.start() == 0 or note_scores(end.group("note")) or VAGUE.search(end.group("note")) \
            or proof_or_nothing(end.group("note")):  # (“注:不提供证书不得分”: a rule of evidence, ``_proven``)
        return
    said = f"“{end.group('note')}”：说明（证明材料、认定范围），未用于规则，请核对"
    yield from _read_before(w, w.text[:end.start()], said)


#: a price score's formula (“有效最低报价/投标报价*10”, “报价分=(…最低的投标报价/被评审单位投标报价)*10分”), its end where the
#: words after it run on without a stop (“…*10根据财库…”, “…*10分本项目为…”)
_PRICE_FORMULA = lazy_compile(r"(?:(?<=^)|(?<=[;,:。]))(?P<f>(?:[^;,:=()]{0,12}?(?:报价分|价格分|报价得分|价格得分|得分)=)?\(?"
                            r"[^;,:=()/*]{2,40}?(?:报价|" + BASE_WORD + r")/[^;,:=()/*]{2,30}?(?:报价|评审价)\)?\*(?:\d+(?:\.\d+)?分?|价格分值|分值))")
#: the government-procurement policy a tender states beside its price score: the price deduction for small and micro
#: enterprises (财库〔2020〕46号, 财库〔2022〕19号), prison and welfare enterprises taken as such, or none (“本项目为专门
#: 面向小微企业,无价格优惠扣除”)
_PRICE_POLICY = lazy_compile(r"小微|小型和微型|中小企业|监狱企业|残疾人福利|福利企业|价格(?:优惠)?扣除|财库")


def _price_policy_aside(w: Wording) -> Iterator[Proposed]:
    """The readings of a price score's formula alone, where the rest of the text is the procurement policy on the price
    (“有效最低报价/投标报价*10;根据财库〔2022〕19号…对小型和微型企业产品的价格给予10%的扣除,用扣除后的价格参与评审…”): the
    policy is said back, to check (a small enterprise's price enters after its deduction)."""
    m = _PRICE_FORMULA.search(w.text)
    if m is None:
        return
    rest = (w.text[:m.start("f")] + ";" + w.text[m.end("f"):]).strip(";,")
    if not rest or not _PRICE_POLICY.search(rest) or re.search(r"扣\d|得\d|每|酌情|视情|\d分", rest):
        return
    said = f"“{rest[:60]}{'…' if len(rest) > 60 else ''}”：政府采购价格政策（小微企业等的价格扣除），报价按扣除后的评审价录入，请核对"
    yield from _read_before(w, m.group("f"), said)


#: a closing sentence saying how a special case counts, not how the row scores: “若某市县无疑似污染地块,视为名单已建立”,
#: “无上级交办案件情况的,可直接得分”, “如当年无新建项目,视同完成”; after a comma when it opens with 若/如 (“…扣2分,若无签名
#:确认视为无效记录”)
_EXCEPTION_AT_END = lazy_compile(r"(?:;|,(?=若|如果?[^;,]))(?P<case>(?:若|如果?|对于?|凡)?[^;]{2,40}?,?(?:视为|视同|可直接得分|直接得分)"
                               r"[^;\d]{0,30});?$")


def _excepted(w: Wording) -> Iterator[Proposed]:
    """The readings of the text before a closing sentence saying how a special case counts (“…,计2分;若某市县无疑似污染
    地块,视为名单已建立”): the special case is said back, to check (the team decides whether it applies)."""
    end = _EXCEPTION_AT_END.search(w.text)
    if end is None or re.search(r"扣|\d|酌情|视情|比例", end.group("case")):
        return
    rest = w.text[:end.start()]
    said = f"“{end.group('case')}”：说明或特殊情形，未用于规则，请核对"
    yield from _read_before(w, rest, said)


def _proven(w: Wording) -> Iterator[Proposed]:
    """The readings of the text before a closing sentence naming the proof a case is counted by (“…,每个得5分,最多得20分;
    注:须提供合同关键页复印件加盖公章作为证明材料,否则不得分”): a case without the proof is not counted, which the
    evaluator applies when entering the cases; the sentence is said back, to check."""
    end = proof_at_end(w.text)
    if end is None or end.start() == 0:
        return
    said = f"“{end.group('case')}”：证明材料的要求（未提供证明的不计入），未用于规则，请核对"
    for found in _read_before(w, w.text[:end.start()], said):  # (the note's zero kept: said with the rule)
        items = [_none_below_lowest(it) for it in found.items]
        doubts = found.doubts
        if items != found.items:
            doubts = (*(doubts or ()), f"“{end.group('case')}”：未提供（按 0 录入）不得分，低于最低档的数量仍得最低档分数")
        yield Proposed(items, f"{found.summary}；须提供证明材料，否则不得分（未提供证明的不计入）", doubts)


def _none_below_lowest(it: dict[str, Any]) -> dict[str, Any]:
    """A 分档计分 rising with its value whose lowest band is open below and scores (“累计金额<50万,得1分;…;不提供不得分”,
    “200平方米以下得1分;不提供的,不得分”): nothing provided, entered as 0, scores nothing — the lowest band from above 0, and
    a band at 0 scoring 0; the item as it is otherwise (a band falling with the value: 0 may be its best)."""
    if it.get("type") != TIERS:
        return it
    tiers = [t for t in (it.get("params") or {}).get(TIERS) or [] if isinstance(t, Mapping)]
    lowest = [t for t in tiers if t.get("min") is None and t.get("max") is not None]
    if len(lowest) != 1 or len(tiers) < 2:
        return it
    low = lowest[0]
    try:
        top, score = Decimal(str(low["max"])), Decimal(str(low.get("score")))
        others = [Decimal(str(t.get("score"))) for t in tiers if t is not low]
    except (ArithmeticError, ValueError, TypeError):
        return it
    if top <= 0 or score <= 0 or any(x <= score for x in others):
        return it
    bands = [dict(t) for t in tiers if t is not low] + [
        {**low, "min": "0", "min_inclusive": False},
        {"min": None, "min_inclusive": False, "max": "0", "max_inclusive": True, "score": "0"}]
    return {**it, "params": {**it["params"], TIERS: bands}}


#: the indicator a shared rule is applied to, its cell joined after the rule's closing stop (a tender's technical rows:
#: “按技术性能指标正偏离由高至低排序,排名第一得标准分值,…;内置安全事件分析模型≥3种”): the requirement, a figure with its
#: bound and unit and no scoring word, after a rule that ranks or weighs a deviation from such a requirement
_SPEC_WORD = r"(?:(?![扣得每%]|\d|分(?![析类布])|满分|不得)[^;,:])"
_SPEC_AT_END = lazy_compile(r";(?P<spec>" + _SPEC_WORD + r"{2,30}?(?:≥|≤|>|<|不少于|不低于|不小于|不超过|不大于|至少)"
                          r"\d+(?:\.\d+)?" + _SPEC_WORD + r"{0,30}?);?$")
#: a rule measured against the indicator's requirement: a deviation from it (偏离), its base value (基础值), the
#: requirement or parameter named (技术指标, 技术参数, 性能指标)
_MEASURED_BY_SPEC = lazy_compile(r"偏离|基础值|(?:技术|性能)(?:指标|参数)")


def _spec_at_end(t: str) -> re.Match[str] | None:
    """The indicator's requirement closing ``t`` after a rule measured against it (``_SPEC_AT_END``), or None."""
    end = _SPEC_AT_END.search(t) if _MEASURED_BY_SPEC.search(t) else None
    if end is None or end.start() == 0 or not _MEASURED_BY_SPEC.search(t[:end.start()]):
        return None
    return end


def _spec_said(end: re.Match[str]) -> str:
    """The requirement said back, to check."""
    return f"“{end.group('spec')}”：评审的指标要求（规则衡量的基础值），未用于规则，请核对"


def _spec_closing(w: Wording) -> Iterator[Proposed]:
    """The readings of the shared rule before the indicator's requirement closing the text (“…满足技术性能指标基础值的得0分;
    支持≥4种品牌的联动”): the requirement is what the rule measures, no rule of its own; said back, to check. Another
    reading of the whole text passing over it says it back too (``own_doubts``): a requirement whose words the
    leftover check takes for placed (“内置安全事件分析模型≥3种”, “监控终端≥200台”) is never dropped unsaid."""
    end = _spec_at_end(w.text)
    if end is None:
        return
    yield from _read_before(w, w.text[:end.start()], _spec_said(end))


#: “产区得4分,非产区得3分”, “产区扣0.15分、非产区扣0.1分”: figures for grain-producing and other areas side by side
_REGIONS = lazy_compile(r"(?<!非)产区(得|扣|计)(\d+(?:\.\d+)?)分[,、]非产区(得|扣|计)(\d+(?:\.\d+)?)分")


#: “…达90%,计3分(郊区、园区2分)”: a score, and in brackets the score of another kind of area (“郊区、园区”, “山区县”)
_AREA_SCORE = lazy_compile(r"(?P<lead>[得计记])(?P<main>\d+(?:\.\d+)?)分\((?P<area>[^()\d,;]{0,12}?(?:区|县|市|乡|镇|村|街道))"
                         r"(?:为|得|计|记)?(?P<other>\d+(?:\.\d+)?)分\)")


#: “6(5)分:…清晰;3分:…欠清晰”: an option's points, and in brackets the points of another kind of row the cell serves
_KIND_SCORE = lazy_compile(r"(?<=[,:;得计记])(?P<main>\d+(?:\.\d+)?)\((?P<other>\d+(?:\.\d+)?)\)分")
#: the figures taken by the 分值, said of rows of kinds unnamed (not of an area)
KIND_UNNAMED = ("括号外", "括号内")


def _kind_in_brackets(t: str, weight: Decimal) -> tuple[str, str]:
    """The text with the points of one kind of row, when a cell serving rows of two kinds gives the other kind's
    points in brackets after its own (“5(4)分:…清晰;3(2)分:…欠清晰;0分:…”): the kind whose best score is the 分值."""
    pairs = list(_KIND_SCORE.finditer(t))
    main, other = (max(d(m.group(k)) for m in pairs) for k in ("main", "other"))
    if main == weight != other:
        return _KIND_SCORE.sub(lambda m: m.group("main") + "分", t), KIND_UNNAMED[0]
    if other == weight != main:
        return _KIND_SCORE.sub(lambda m: m.group("other") + "分", t), KIND_UNNAMED[1]
    return t, ""


#: “每家扣1分,最高扣3分(敖江流域每家扣0.5分,最高扣1.5分)”: a deduction (and its cap), and in brackets another kind of
#: area's deduction (and cap), or another kind of body's (“每家扣1分(重点企业每家扣2分)”: a part of those counted, at
#: its own cost)
_AREA_DEDUCTION = lazy_compile(r"(?P<kept>扣\d+(?:\.\d+)?分(?:,(?:最高|最多)扣(?P<main>\d+(?:\.\d+)?)分)?)"
                             r"\((?P<area>[^()\d,;]{1,12}?(?:区|县|市|乡|镇|村|街道|流域|企业|单位|学校|医院|机构))(?:每[^()\d,;扣]{1,3})?"
                             r"扣\d+(?:\.\d+)?分(?:,(?:最高|最多)扣(?P<other>\d+(?:\.\d+)?)分)?\)")


def _area_deducting(t: str, weight: Decimal) -> tuple[str, str]:
    """The text with the deductions of one kind of area, when each gives another kind's in brackets after its own
    (``_AREA_DEDUCTION``): the deductions outside the brackets (the row's own), unless their caps add up to another
    figure than the 分值 and the bracketed caps to the 分值."""
    pairs = list(_AREA_DEDUCTION.finditer(t))
    if len({m.group("area") for m in pairs}) != 1:
        return t, ""
    area = pairs[0].group("area")
    capped = all(m.group("main") and m.group("other") for m in pairs)
    if capped and sum(d(m.group("main")) for m in pairs) != weight:
        return t, ""  # (the caps outside do not make the 分值: which kind the row is, the figures do not say)
    return _AREA_DEDUCTION.sub(lambda m: m.group("kept"), t), f"括号外（非“{area}”）"


def _area_in_brackets(t: str, weight: Decimal) -> tuple[str, str]:
    """The text with the scores of one kind of area, when each band gives another kind's in brackets after its own
    (“达90%,计3分(郊区、园区2分);达80%,计2分(郊区、园区1.5分)”): the kind whose best score is the row's 分值; so too
    for deductions (``_area_deducting``)."""
    pairs = list(_AREA_SCORE.finditer(t))
    if not pairs and "扣" in t:
        return _area_deducting(t, weight)
    if len({m.group("area") for m in pairs}) != 1:
        return t, ""
    main, other = (max(d(m.group(k)) for m in pairs) for k in ("main", "other"))
    area = pairs[0].group("area")
    if main == weight != other:
        return _AREA_SCORE.sub(lambda m: m.group("lead") + m.group("main") + "分", t), f"括号外（非“{area}”）"
    if other == weight != main:
        return _AREA_SCORE.sub(lambda m: m.group("lead") + m.group("other") + "分", t), f"“{area}”"
    return t, ""


def region_chosen(t: str, weight: Decimal) -> tuple[str, str]:
    """“…的,产区得4分,非产区得3分,否则不得分”: one row holds the figures of grain-producing areas (产区) and of the
    others side by side; the row's 分值 tells which apply: the area whose best score is the 分值. The text with only
    that area's figures, and the area (“” when the text has no such pairs or the 分值 tells neither). So too for
    the scores of another kind of area in brackets (``_area_in_brackets``)."""
    if "非产区" not in t:
        return _kind_in_brackets(t, weight) if _KIND_SCORE.search(t) else _area_in_brackets(t, weight)
    pairs = _REGIONS.findall(t)
    if not pairs:
        return t, ""
    best = [max((d(p[k]) for p in pairs if p[k - 1] != "扣"), default=None) for k in (1, 3)]
    if best[0] == weight and best[1] != weight:
        which, area = 2, "产区"
    elif best[1] == weight and best[0] != weight:
        which, area = 4, "非产区"
    else:
        return t, ""
    chosen = _REGIONS.sub(lambda m: m.group(which - 1) + m.group(which) + "分", t)
    return (chosen, area) if "产区" not in chosen else (t, "")


#: a figure a condition in words may hold that is no quantity to compare: a rank or class (“乡村两级”, “3类”),
#: or a single case, any one of which zeroes the item (“出现虚假一例”)
#: or a count over a line, the whole condition met or not (“烧死树木10株以上”)
_COUNT_OVER = r"(?<![\d.])\d+" + EVENT_UNITS + r"(?:及|或)?以上"
#: or a count or time past a line (“出入口少于2处”, “迟报超过2小时”): the whole condition met or not, its figure said back
#: in the gate's label (a rate, “低于90%”, is a band of a ladder, never such a line)
#: the code of a standard a condition names (“未执行AQ1051的”, “不符合GB/T50001的”): its figures are its name
_STANDARD_CODE = r"(?<![A-Za-z])[A-Z]{2,4}(?:/T)?\d+(?:\.\d+)?(?:-\d+)?(?![\d.%])"
#: an aside in brackets within a condition (“未明确法定代表人(或实际控制人)为第一责任人的”): words only
_ASIDE_IN_COND = r"\([^(),;\d]{1,16}\)"
_LINE_CROSSED = r"(?:少于|不足|低于|小于|超过|多于|高于|大于)\d+(?:处|个|人|名|次|起|例|项|家|户|件|小时|个工作日|工作日|天)(?![\d.%])"
#: or a rate short of its line said in words (“设置率达不到95%”, “培训率未达到95%以上”): met or not, one condition (a rate
#: below a figure, “低于90%”, stays a band of a ladder)
#: (or a standard of money, per head and year, not reached: “分散供养标准未达到1200元/人·年”)
_RATE_SHORT = r"(?:达不到|未达到|没有达到)\d+(?:\.\d+)?(?:%|元(?:/[人户月年·]{1,4})?)(?:以上)?"
#: or a rate past or short of a line said with its comparison (“每学期外伤超过5%”, “成活保存率低于85%”): met or not, one
#: condition, where the deductions beside it take nothing per point of a rate and count nothing the rate is of
#: (``_crossed``: otherwise it is the rate's steps, or the count, running out); a rate short of a line only where the
#: text asks that line as its standard (“…均达85%以上;…低于85%该项不得分”), else it may be a ladder's floor
_RATE_CROSSED = r"(?<=[\u4e00-\u9fff])(?:超过|高于|大于|多于|低于|小于|少于|不足)\d+(?:\.\d+)?%(?![\d.])"
#: or the numbers of the requirements it names (“第1和第2项不符合要求”, “第1、3条未落实”, “不符合第1和2小项要求”): their
#: names, no count
_NUMBERED_POINTS = r"第\d{1,2}(?:(?:和|及|、|至|-)第?\d{1,2})*(?:小项|项|条|款)"
#: or the size of one event in a band of a count (“发生1次死亡3-9人建筑安全事故”): the event's kind, no count of cases
_ONE_EVENT_BAND = r"(?<![\d.])(?:1次|单次|1起|单起)[^,;\d]{0,8}?\d+-\d+(?:人|户|家|处)(?![\d.%])"
#: or a measure a standard or a scope holds, at or above it (“不能满足人均面积5平方米及以上”, “核定生产能力在90万吨/年及以上的
#: 矿未安装”): part of what the condition names, met or not
_MEASURE_OVER = r"(?<![\d.])\d+(?:\.\d+)?(?:平方米|立方米|万吨|吨|公里|千米|米)(?:/[\u4e00-\u9fff]{1,2})?(?:及|或)?以上"
_COND_FIGURE = r"(?:" + _NUMBERED_POINTS + r"|" + _ONE_EVENT_BAND + r"|\d(?:级|类|星|号)|(?<![\d.])1(?:例|次|起|处|项|笔|件|宗|人|种)(?![\d.])|" + _STANDARD_CODE + r"|" + _COUNT_OVER + r"|" + _MEASURE_OVER + r"|" + _LINE_CROSSED + r"|" + _RATE_SHORT + r"|" + _RATE_CROSSED + r")"
#: the words of such a condition: no separator, bracket or other figure
_COND_WORDS = r"(?:[^,;()\d]|" + _COND_FIGURE + r"|" + _ASIDE_IN_COND + r"){2,40}?"
_COND = r"(?P<cond>" + _COND_WORDS + r")"
#: faults in words listed over a comma, any of which zeroes the item: “班子不团结,核心作用不明显不得分” (a sentence of
#: its own, each may be longer: “未安排检查、周期不符合规定或者检查机构无资质、无职业健康检查评价报告、…不得分”)
_LISTED_COND_WORDS = r"(?:[^,;()\d]|" + _COND_FIGURE + r"|" + _ASIDE_IN_COND + r"){2,64}?"
_CONDS = r"(?P<cond>" + _LISTED_COND_WORDS + r"(?:," + _LISTED_COND_WORDS + r")?)"
#: the number a gate's sentence may open with: “3.”, “3、”, “(3)”, “③”, “二、”
_GATE_MARK = r"(?:\d{1,2}[.、]|\(\d{1,2}\)|[" + CIRCLED + r"]|[一二三四五六七八九十]、)?"
#: the words that name the item whose points a gate takes (“本项不得分”, “该项考核得0分”; an 操作考核 sheet's “本题不得分”):
#: never a condition of their own
_ITEM = r"(?:此处|此项|本项|该项|此大项|整项|该指标|本指标|本题|该题|此题|本小题|该小题)(?:考核)?"
_ITEM_WORDS = lazy_compile(_ITEM)
#: the row voted down: “实行一票否决”, “予以“一票否决””; in 安全标准化 考评, “一级否定” (normalised 1级否定): the whole
#: 一级要素 scores nothing, the row with it (its sister rows' loss is outside the row: the proposal says so in a note)
_VOTED_DOWN = r"(?:实行|实施|予以)?“?(?:一票否决|[1一]级否定)”?"
#: the zero of a gate: “不得分”, “计0分” (“计零分”), or the row voted down
#: (the vote and its zero may both be said: “…的一票否决,该项不得分”)
_GATE_ZERO = r"(?:" + ZEROED + r"|" + all_or_nothing_rule.ALL_TAKEN + r"|" + _VOTED_DOWN + r"(?:,(?:" + _ITEM + r")?" + ZEROED + r")?)"


def _zeroed_on(cond: str) -> str:
    """The pattern of a gate's words: its number, the condition ``cond`` and the zero (“3.未设立的,本项不得分”; “出现高风险,
    则本项不得分”: the 则 before the item no part of the condition)."""
    return _GATE_MARK + cond + r"的?,?(?:则(?=" + _ITEM + r"))?(?:" + _ITEM + r")?(?:均|都|皆|一律|直接)?" + _GATE_ZERO


#: what the text adds beyond the row after the zero: “…计零分并报请纪委查处”, “…不得分,并通报批评”
#: (or the row's unit barred from the year's rating besides: “…扣全部分数,取消班组评定资格”)
_BEYOND = r"(?:;并(?!扣)[^,;\d]{2,20}|[,;]并?取消[^,;\d]{0,12}?(?:评定|评选|评比|评优|评先|考评|考核)资格)?"
#: a closing clause that zeroes the whole item on a condition in words: “…,未上报分析说明材料的不得分”,
#: “(综合医院没有紧缺专业基地的此处不得分)”, “3.没有按规定拨付的,不得分”, “…,乡村两级数据不一致不得分”
_GATE = lazy_compile(r"(?:^|[,;(])" + _zeroed_on(_COND) + r"\)?" + _BEYOND + r";?$")


#: a condition (one clause) as the first clause of a sentence that goes on to the deductions (“未制定方案的不得分,…扣0.2分”),
#: or after clauses saying how the row is checked (_HEADING_CLAUSES)
#: (its one clause may be as long as a listing's: “各水平中央变电所、…供电线路、运行方式1处不符合要求不得分,其它…”)
_GATE_CLAUSE_AT = lazy_compile(_zeroed_on(r"(?P<cond>" + _LISTED_COND_WORDS + r")") + ",(?=[^;]*扣)")
#: a sentence that zeroes the whole item on a condition in words, before the deductions: “无该项制度的,不得分;”,
#: “未设立的,本项不得分;”, “无办公场所不得分;”
_GATE_SENTENCE = lazy_compile(r"^" + _zeroed_on(_CONDS) + r"$")
#: words that make an opening condition more than a condition in words (a shortage in words, “不足额”, is one;
#: “未按程序…” is a condition, “按比例” is not; a line named in words, “浓度超过规定”, “排放高于标准”, is one too;
#: 各 opening the condition names the things it is about, “各水平中央变电所…不符合要求”, no share of points)
_GATE_NOT = lazy_compile(r"每(?!" + PERIOD_REQUIRED + r")|扣|否则|(?<![拆删清排消解免剔铲废开切扫])除|但|若|如(?!实)|(?<![未不没有])按(?!时|期|要求|规定|计划|进度)|比例|"
                       r"(?:超过|超出|高于|低于|少于|多于)(?!(?:国家|行业|规定|标准|限值)*(?:规定|标准|限值)(?![\d%]))|以上|以下|以内|"
                       r"不超过|不低于|最高|最低|最多|至少|分别|(?<!^)各(?!项)|累计")
#: a sentence before them that states the full marks: “…,得2分;”, “…办公设施齐全(2分);”
#: (“…的,得满分,否则不得分;” too: the sentences after it say what the otherwise is)
_FULL_SENTENCE = lazy_compile(r"(?:得|计|记)(?:满分|(\d+(?:\.\d+)?)分)(?:,否则" + ZEROED + r")?$|\((\d+(?:\.\d+)?)分\)$")


#: the 若 (如果) opening a closing condition: no part of it
_IF_OPENING = lazy_compile(r"^(?:若|如果|倘若)(?=[^,;]{2})")


def gated(w: Wording) -> Proposed | None:
    """A deducting text with a condition zeroing the whole item, last (“每迟报1天扣0.2分,扣完为止,未上报…的不得分”) or
    in the sentences before the deductions (“无该项制度的,不得分;未以文件形式发布的,不得分;…缺…的,扣1分”): the rest
    read as a formula with the condition (the conditions, folded into one) a 0/1 factor (formula_rule.gated). Always
    to check: whether the condition voids the deductions' points too, and how it is entered, are the evaluator's to
    confirm. A sentence exempting the item on a condition in words (“采取配餐方式的,此项不扣分”) wraps that formula:
    ``p * max + (1 - p) * (…)`` (formula_rule.exempted)."""
    if not _zeroes_somewhere(w.text):
        return None
    if checklist_rule.vetoed_then_faults(w) is not None:
        return None  # “1.未确定责任人的一票否决。2.…扣2分”: the veto is the whole assessment's, not this row's gate
    split = _LINE_GATE_STEP.match(w.text)
    if split and _GATE_SENTENCE.match(split.group("gate")):
        # “…比例达到100%。未完成年度检测任务此项不得分;每降低5%扣0.02分”: the condition said between a line and its
        # step, read as said after them (the step is the line's)
        moved = f"{split.group('line')},{split.group('step')};{split.group('gate')};"
        return gated(Wording(moved, w.weight, w.name, w.points, w.explanation))
    verdict = _YEAR_FAILED_AFTER_ZERO.search(w.text) if "不合格" in w.text else None
    if verdict is not None:
        # “…的,此大项计0分;发生1次死亡10人以上…的,该年度考核检查不合格”: a verdict on the whole year's assessment
        # after the row's own zero, beyond the row: the gate before it read, the verdict left to the evaluator
        inner = gated(Wording(w.text[:verdict.start()] + ";", w.weight, w.name, w.points, w.explanation))
        said = verdict.group(0).strip(";")
        return inner.doubted(f"“{said}”：整个考核的结论，不在本项得分之内，请核对") if inner else None
    if (remark := _ACCOUNTABLE_AFTER_ZERO.search(w.text)) is not None:
        # “…,此项不得分,并严格实行责任追究”: who is held to account after the zero, no scoring of its own
        w = Wording(w.text[:remark.start()] + ";", w.weight, w.name, w.points, w.explanation)
    exempt = _EXEMPT.search(w.text) if "不扣分" in w.text else None
    if exempt and _in_words(exempt.group("cond")):
        return _exempted(w, exempt)
    m = _GATE.search(w.text)
    if m and m.start() > 0:
        cond = _ASIDE_IF.sub("", m.group("cond")) if w.text[m.start()] == "(" else m.group("cond")
        # (“…,若1次都未参加者,该项不得分”: the condition after its 若 is one in words)
        if not _in_words(cond) and not _in_words(_IF_OPENING.sub("", cond)):
            return None
        rest, said = w.text[:m.start()].rstrip(",;("), m.group(0).strip(",;()")
        if _counts_the_cases(cond, rest):
            return None  # “每1处错误扣1分;5处及以上错误,不得分”: the deductions running out, no condition of its own
        own_sentence = w.text[m.start()] == ";"
        two = _two_clause_gate(rest, cond) if "扣" not in rest and not own_sentence else None
        if two is not None:
            # “…D级,得0分;出现需求变更,未及时提交变更申请,则本项不得分”: the sentence of the gate two clauses in words
            rest, cond = two
            said = cond.rsplit(",", 1)[0] + "," + said
        if "扣" not in rest and (own_sentence or two is not None):
            return _gated_points(w, rest, cond, said) or _gated_formula(w, rest, cond, said) or _gated_choice(w, rest, cond, said)
        conds = [cond]
        # “…有1项扣0.5分;2.发生1起不规范收费行为该项不得分;3.…的该项不得分”: sentences of such conditions closing the
        # text, each zeroing the item (folded into one)
        while (more := _GATE.search(rest)) and more.start() > 0 and rest[more.start()] == ";" \
                and "扣" in rest[:more.start()] and _in_words(more.group("cond")) \
                and not _counts_the_cases(more.group("cond"), rest[:more.start()]):
            conds.insert(0, more.group("cond"))
            said = more.group(0).strip(",;()") + "；" + said
            rest = rest[:more.start()].rstrip(",;(")
        # “查阅…记录等,现场抽查职工20名,无发放记录不得分,无…扣3分,…,发生…不得分”: how it is checked, then a condition
        # opening the deductions (one sentence with them)
        # (or after a sentence of how it is checked, “查资料和现场;未进行验收不得分,…扣2分,…的不得分”; or alone)
        opening = rest.split(";", 1)[0]
        checked = _CHECKED_HEADING.match(opening) if opening != rest else None
        if checked and checked.end() == len(opening):
            rest = rest[len(opening) + 1:]
        head = _HEADING_CLAUSES.match(rest) if ";" not in rest else None
        first = _GATE_CLAUSE_AT.match(rest, head.end() if head else 0) if ";" not in rest else None
        if first and not _GATE_NOT.search(_plain(first.group("cond"))) and _in_words(first.group("cond")):
            conds.insert(0, first.group("cond"))
            said = first.group(0).strip(",") + "；" + said
            rest = rest[first.end():]
        return _gated_rest(w, rest, conds, said)
    return _gated_first(w) or _gated_between(w)


#: the clause opening a gate's sentence of its own, before the clause the gate's zero closes: a condition in words, no
#: figure (“出现需求变更,未及时提交变更申请,则本项不得分”: 出现需求变更), perhaps after a heading (“评审依据:…”)
_GATE_OPENING_CLAUSE = lazy_compile(r";(?P<cond>[^,;()\d]{2,30})$")


def _two_clause_gate(rest: str, cond: str) -> tuple[str, str] | None:
    """A gate closing the text in a sentence of its own, its condition two clauses in words (“…D级,得0分;出现需求变更,
    未及时提交变更申请,则本项不得分”): the text before that sentence and the whole condition; None where the clause before
    the gate's is in another sentence, says a figure, points or more than a condition (``_GATE_NOT``)."""
    m = _GATE_OPENING_CLAUSE.search(rest)
    # (a heading before the clause, “评审依据:须提供实施方案,未提供…”, is no part of the condition)
    opening = m.group("cond").rsplit(":", 1)[-1] if m else ""
    if m is None or len(opening) < 2 or _GATE_NOT.search(opening) or not _in_words(opening) \
            or _OWN_POINTS.search(opening) or re.search(ZEROED, opening):
        return None
    return rest[:m.start()], opening + "," + cond


#: a line (a share reached, perhaps a remark in brackets after it), a sentence zeroing the item, then the line's step
#: in a sentence of its own (“…比例达到100%(…)。未完成年度检测任务此项不得分;每降低5%扣0.02分”)
_LINE_GATE_STEP = lazy_compile(r"^(?P<line>[^;]*?(?:达到|达|不低于|≥)\d+(?:\.\d+)?%(?:以上)?(?:\([^()\d]*\))?);"
                             r"(?P<gate>[^;\d]+);(?P<step>每(?:降低|低于|下降|减少|少)\d+(?:\.\d+)?(?:%|个百分点)[^;]*?扣\d+(?:\.\d+)?分)"
                             r";?$")

#: a verdict on the whole assessment in a sentence after the row's own zero, closing the text (“…,此大项计0分;发生1次死亡
#: 10人以上(含10人)建筑安全事故的,该年度考核检查不合格”): what fails it, then the year's (or the whole) assessment failed
_YEAR_FAILED_AFTER_ZERO = lazy_compile(r"(?<=" + ZEROED + r");(?P<cond>[^;]{2,60}?)的?,?(?:则|即)?(?:该|本|当)?(?:年度|全年)?"
                                     r"(?:考核|考评|评估)(?:检查)?(?:结果)?(?:为|定为|评为|视为|确定为|直接定为)?不合格;?$")


#: who is held to account after the zero closing the text (“…,此项不得分,并严格实行责任追究”, “,并予以通报批评”)
_ACCOUNTABLE_AFTER_ZERO = lazy_compile(r"(?<=不得分),并(?:严格)?(?:实行|进行|予以|追究)?[^;,\d分]{0,8}?(?:责任追究|问责|追责|通报批评|通报)"
                                     r";?$")


#: clauses opening a sentence that say how the row is checked: “查阅个人防护用品发放登记记录等,”, “现场抽查职工20名,”
#: (or a question the row asks, “是否按要求对…进行登记,”: what the row checks, then how it scores)
_HEADING_CLAUSES = lazy_compile(r"^(?:(?:查阅|查看|核查|现场抽查|现场查看|现场检查|随机抽查|随机抽取|随机访问|抽查|是否)[^,;:]{2,40},)+")


def _counts_the_cases(cond: str, rest: str) -> bool:
    """Whether a gate's count over a line (“5处及以上”) counts what the deductions before it count per case (“每1处”);
    a count within one event (“1次死亡2人及以上”) does not."""
    if ONE_EVENT_COUNT.search(cond):
        return False
    # each count's unit: the count over a line (_COUNT_OVER) without its figure and its 及以上
    units = {re.sub(r"^\d+(?:\.\d+)?|(?:/[\u4e00-\u9fff]{1,2})?(?:及|或)?以上$", "", m.group(0))
             for m in (*re.finditer(_COUNT_OVER, cond), *re.finditer(_MEASURE_OVER, cond))}
    return any(re.search(r"(?:每|\d)[^,;\d]{0,8}?" + u, rest) for u in units) or _crossed(cond, rest)


def _exempted(w: Wording, exempt: re.Match[str]) -> Proposed | None:
    """“采取配餐方式的,此项不扣分”: the rest of the text read as one gated formula, the item keeping its 分值 on the
    exemption's condition whatever the rest says (formula_rule.exempted); None when the rest is not that."""
    inner = gated(Wording(w.text[:exempt.start()] + w.text[exempt.end():], w.weight, w.name, w.points, w.explanation))
    said = exempt.group(0).strip(",;")
    item = formula_rule.exempted(inner.items[0], said) if inner and len(inner.items) == 1 else None
    if inner is None or item is None:
        return None
    name = item["params"]["variables"][0]["name"]
    return Proposed([item], f"{inner.summary}；{exempt.group('cond')}的整项得满分（{name}=1）",
                    (*(inner.doubts or ()), f"“{said}”：作为整项不扣分的条件（{name}=1）"))


#: “;采取配餐方式的,此项不扣分”: a sentence on whose condition the whole item keeps its 分值 (an exemption); not the
#: cases left by the others (“其他情况,此项不扣分”), which is no condition of its own
_EXEMPT = lazy_compile(r"(?:^|[;,])(?P<cond>(?!其[他它余]|否则|上述|以上)[^;,\d]{2,24}?)(?:的|者)?,?(?:此项|本项|该项)不扣分(?=[;,]|$)")


def _in_words(cond: str) -> bool:
    """Whether the words a gate's zero closes are a condition in words: no word that computes points, no judgement,
    and not the words naming the item (“…3例的,本项不得分”: the condition is before them)."""
    words = _COMPARED_IN_WORDS.sub("", _SHORT_IN_WORDS.sub("", _GRADE_IN_WORDS.sub("", _plain(cond))))
    return not (_OPERATIVE.search(words) or VAGUE.search(cond) or _ITEM_WORDS.fullmatch(cond))


#: a value compared with another named in words, no figure, closing a condition (“贷款增速低于名义GDP增速”, “增幅低于全省平均
#:水平”, “收入低于上年”): met or not
_COMPARED_IN_WORDS = lazy_compile(r"(?<=[\u4e00-\u9fff])(?:低于|高于|小于|大于)(?:全国|全省|全市|全区|全县|本地|当地|名义|同期)?"
                                r"[^\d,;%()]{0,10}?(?:增速|增幅|增长率|平均水平|平均值|平均数|上年|去年|上一年度?|同期)(?:水平)?$")
#: a grade of accident or event named in words (“发生较大以上责任事故”, “重大及以上”), of the harm done (“出现重伤及以上
#: 事故”), or the level of the body reached (“…公司及以上越级上访”, “县级以上通报”): no line of a figure
_GRADE_IN_WORDS = lazy_compile(r"(?:一般|较大|重大|特大|特别重大|轻伤|重伤|(?:省|市|县|区|乡|镇)级|公司|集团)及?以上(?=[\u4e00-\u9fff])")
#: a shortage said in words closing a condition, nothing it is measured against (“停车场面积不足”, “经费不足”): met or not
_SHORT_IN_WORDS = lazy_compile(r"(?<=[\u4e00-\u9fff])不足$")


def _plain(cond: str) -> str:
    """A gate's condition without its counts over or past a line, nor the word opening it as a condition (“如有…现象”):
    part of the condition, no computing words."""
    return re.sub(_RATE_CROSSED, "", re.sub(_RATE_SHORT, "", re.sub(_LINE_CROSSED, "", re.sub(_COUNT_OVER, "", re.sub(
        _MEASURE_OVER, "", _IF_FOUND.sub("", cond))))))


#: the word opening a condition as one (“如有私设小金库现象,该项不得分”, “若发生…的”): no computing word
_IF_FOUND = lazy_compile(r"^(?:(?:如果|如|若|凡|一旦|一经)(?=有|发生|发现|出现|存在)|(?:如果|如|若)(?![实期下此同])(?=[\u4e00-\u9fff]))")
#: the word opening the condition of a bracketed aside (“…递减到0分为止。(如未使用央行再贷款,此项不得分)”): an if, whatever
#: follows it
_ASIDE_IF = lazy_compile(r"^(?:如果|如|若)(?=[\u4e00-\u9fff])")


#: deductions per point of a rate (“每低1%扣1分”, “每下降1个百分点扣0.5分”, “…低于95%的,每低1%扣1分”)
_RATE_SHORT_OF = r"(?:低于|小于|少于|不足)(\d+(?:\.\d+)?)%(?![\d.])"
_RATE_STEPS = lazy_compile(r"每[^,;]{0,12}?(?:\d+(?:\.\d+)?%|个?百分点)|(?:%|百分点)[^,;]{0,10}?扣")


def _crossed(cond: str, rest: str) -> bool:
    """Whether a gate's condition holds a line crossed (“少于2处”) while the rest has no deductions to gate, or counts
    the same unit step by step (“每少1处扣1分”: the steps running out, no condition of its own)."""
    if re.search(_RATE_SHORT, cond) and "%" in rest:
        return True  # “每低1%扣1分;…达不到80%的,不得分”: the rate's steps running out, no condition of its own
    if re.search(_RATE_CROSSED, cond) and ("扣" not in rest or _RATE_STEPS.search(rest)):
        return True  # “每低1个百分点扣1分;…低于80%的,不得分”: the same, the line said with its comparison
    deducting = ";".join(x for x in re.split(r"[;,]", rest) if "扣" in x)
    for m in re.finditer(_RATE_CROSSED, cond):
        # “资料缺失率超过10%的,不得分;每缺1项资料扣1分”: a rate of what the deductions count, their count running out
        rate = re.split(r"[、,]|或者|或|及|和", cond[:m.start()])[-1]
        if _share_a_word(rate, deducting):
            return True
    short = [m.group(1) for m in re.finditer(_RATE_SHORT_OF, cond)]
    if any(not re.search(r"(?:达到?|不低于|不少于)" + re.escape(x) + r"%(?:以上|及以上)?(?![\d.])", rest) for x in short):
        return True  # “…合格率低于90%的,本项不得分”: a line the text asks nowhere, maybe a ladder's floor: no condition
    units = {re.sub(r"^\D+\d+", "", m.group(0)) for m in re.finditer(_LINE_CROSSED, cond)}
    return bool(units) and ("扣" not in rest or any(re.search(r"每[^,;\d]{0,6}?\d*" + u, rest) for u in units))


def _zeroes_somewhere(t: str) -> bool:
    """Whether ``t`` says a zero a gate could be (the cheap check before the gate patterns)."""
    return "不得分" in t or "0分" in t or "不计分" in t or "否决" in t or "级否定" in t or (
        "扣" in t and bool(all_or_nothing_rule.ALL_TAKEN_IN.search(t)))


#: the 分值 said again in brackets closing the text: “…;(2分)”
_WEIGHT_AT_END = lazy_compile(r";?\((\d+(?:\.\d+)?)分\);?$")
#: the 分值 said again as the most the row scores, in a sentence of its own closing the text: “…承诺5分;此项最高得5分”
_MOST_AT_END = lazy_compile(r";(?:本项|此项|该项)(?:最高|最多)(?:得分为?|得|为|计)?(\d+(?:\.\d+)?)分;?$")


def gated_points(w: Wording) -> Proposed | None:
    """A text scored on its own points or condition, its own zero said (“…≤0.6‰,得2分;否则不得分”), then a sentence
    zeroing the whole item on a condition in words (“发生伪造、涂改的,不得分”): a 要点核查 whose key point (of no
    points of its own) is that the condition does not hold, the 分值 said again closing the text (“…不得分;(2分)”):
    without it, ``gated`` has read the text so. Always to check."""
    t = w.text
    if "扣" in t or not _zeroes_somewhere(t):
        return None
    end = _WEIGHT_AT_END.search(t)
    if not end or d(end.group(1)) != w.weight:
        return None
    t = t[:end.start()]
    m = _GATE.search(t)
    if not m or m.start() == 0 or t[m.start()] != ";" or not _in_words(m.group("cond")):
        return None
    return _gated_points(w, t[:m.start()], m.group("cond"), m.group(0).strip(",;()"))


#: the rest before such a gate: its own points (“得2分”, “得满分”), and its own zero closing it (“;否则不得分”)
_OWN_POINTS = lazy_compile(r"(?:得|计|记)(?:满分|\d+(?:\.\d+)?分)")
_OWN_ZERO_LAST = lazy_compile(ZEROED + r"[;,.]?$")


#: a gate that is a numbered part of its own and names the item it zeroes (“二、…的,此项不得分”): no “otherwise” of the
#: part before it
_OWN_PART_GATE = lazy_compile(r"^" + PART_MARK + r"[^;]*" + _ITEM)


def _gated_points(w: Wording, rest: str, cond: str, said: str) -> Proposed | None:
    """The rest of the text read whole as a 全有或全无 or a 要点核查, with a key point for ``cond`` (a condition in
    words, ``_in_words``)."""
    if not _OWN_POINTS.search(rest) or not (_OWN_ZERO_LAST.search(rest) or _OWN_PART_GATE.match(said)):
        # the rest scores no points of its own, or its zero does not close it: the condition may be its “otherwise”
        # (“未开展,不得分”), or one more fault of a plain yes/no; a part of its own naming the item is neither
        return None
    found = whole(Wording(rest, w.weight, w.name, w.points, w.explanation))
    if found is None or len(found.items) != 1 or problem(found, w.weight):
        return None
    it = found.items[0]
    params = it.get("params") or {}
    if it["type"] == all_or_nothing_rule.RULE.type:
        points = [{"key": "p1", "label": str(params.get("condition") or it.get("label") or ""), "max": it["max"]}]
    elif it["type"] == CHECKLIST and not params.get("gate"):
        points = [dict(p) for p in params.get("points") or []]
    else:
        return None
    item = checklist_rule.RULE.item(str(it.get("label") or ""), w.weight,
                                    {"gate": "gate", "points": [{"key": "gate", "label": "无：" + cond, "max": "0"}, *points]},
                                    str(it.get("key") or "a"))
    return Proposed([item], f"要点核查：关键要点“无：{cond}”不满足则本项不得分；其余{found.summary}",
                    (f"“{said}”：作为关键要点（出现则本项不得分），请核对",))


def _gated_formula(w: Wording, rest: str, cond: str, said: str) -> Proposed | None:
    """“…≤75%的得0分;介于75-100%之间按线性内插赋分;二、…存在严重安全隐患的,此项不得分”: the rest read whole as a
    formula of rates that takes nothing off (a straight line between two lines), its points all gone on a condition in words:
    ``g * (…)`` (formula_rule.gated). Always to check."""
    found = whole(Wording(rest, w.weight, w.name, w.points, w.explanation))
    if found is None or len(found.items) != 1 or found.items[0]["type"] != FORMULA or problem(found, w.weight):
        return None
    # over rates only: a formula over counts (“每次得0.5分”) may hold the condition as its count at 0 (“未召开的,不得分”)
    if any(v.get("unit") != "%" for v in found.items[0]["params"].get("variables") or []):
        return None
    item = formula_rule.gated(found.items[0], cond, any_formula=True)
    if item is None:
        return None
    gate = item["params"]["variables"][0]["name"]
    # one note: how the formula is read, and the condition before it
    note = "；".join([*(found.doubts or ()), f"“{said}”：作为整项不得分的条件（{gate}=0）乘在公式之前"])
    return Proposed([item], f"{found.summary}；{cond}的整项不得分（{gate}=0）", (note,))


def _gated_choice(w: Wording, rest: str, cond: str, said: str) -> Proposed | None:
    """“A级得10分,B级得7分,C级得4分,D级得0分;未及时提交变更申请的,本项不得分”: the rest read whole as situations
    (情形选择), the condition in words one more situation scoring 0. Always to check: the condition may hold beside a
    grade, and then it is the one chosen."""
    found = whole(Wording(rest, w.weight, w.name, w.points, w.explanation))
    if found is None or len(found.items) != 1 or found.items[0]["type"] != CHOICE or problem(found, w.weight):
        return None
    it = found.items[0]
    options = [dict(o) for o in it["params"].get("options") or []]
    if len(options) < 2 or any(o.get("key") == "gate" for o in options):
        return None
    item = {**it, "params": {**it["params"], "options": [*options, {"key": "gate", "label": cond, "score": "0"}]}}
    return Proposed([item], f"{found.summary}；{cond}的得 0 分",
                    (*(found.doubts or ()), f"“{said}”：作为得0分的一种情形（与其他情形同时出现时选此项），请核对"))


#: a sentence of what is asked, scoring nothing: no figure, no points, no deduction
_REQUIREMENT = lazy_compile(r"^[^\d分扣]{4,}$")
#: a sentence of what the row is scored on, no figure, no points: “据…抽检结果按…路段进行计分”
_SCORED_BY = lazy_compile(r"^(?:根据|依据|据|按照|按)[^\d分扣,;]{4,60}(?:进行|予以)?(?:计分|评分|打分|赋分)$")
#: points opening a sentence: the 分值 of the title before them (“…班容班貌.(10分)…”)
_TITLE_POINTS = lazy_compile(r"\(?\d+(?:\.\d+)?分")
#: a label before the scoring, its colon closing it: “本项得分为:”, “评分办法:”
_LABEL_FIRST = lazy_compile(r"^[^\d,;:()]{0,8}(?:方法|办法|方式|标准|细则|规则|得分为|计分为|评分为):(?=.*\d)")


#: a closing bracket sending the reader elsewhere, scoring nothing: “…(20分)(具体见林业绿化目标任务分解表)”, “(详见附件2)”
_SEE_ELSEWHERE = lazy_compile(r"\((?:具体|详细)?(?:详见|参见|见)(?:(?!\d+分)[^()扣;]){2,30}\);?$")


#: the scoring of a list counting its items (“每项1分”, “各项”, “以上…”): the items numbered are what it scores
_ITEMS_COUNTED = lazy_compile(r"每[项条点个款]|各[项条点]|以上|上述|前述|所列")


#: points added for each step past the target, up to a cap, closing the scoring (“每超额完成10%加2分,最多加6分”): a bonus
#: past the row's 分值 where the rest of the text reads on it alone (the rest is read only when nothing reads the whole)
#: (or past the line the row's name states, its value rising: “不足不得分,每增加1%加0.1分,最多增加2分” in the row “…比例≥20%”)
_BONUS_CLOSING = lazy_compile(r"每?(?:超(?:额|出|过)?|增加|提高)(?:完成)?(?:年度)?(?:目标|任务|计划)?(?:值|数)?\d+(?:\.\d+)?(?:%|个百分点)"
                            r"(?:的)?,?(?:另|再)?(?:加|奖励)\d+(?:\.\d+)?分,?(?:最多|最高|累计最多|上限)(?:加|增加|为|奖励)?"
                            r"\d+(?:\.\d+)?分")
#: the line not met scoring nothing, all the scoring before such a bonus (“不足不得分”, “未达到的不得分”): the line met is
#: the 分值 itself
_SHORT_SCORES_NOTHING = lazy_compile(r"^(?:不足|未达到|达不到|未达标|低于)(?:的|者|要求的?|标准的?)?,?(?:不得分|得0分|计0分)$")


def set_aside(t: str, weight: Decimal | None = None) -> tuple[str, list[str]]:
    """The text without the sentences before and after its scoring that score nothing (“查资料”, “由董事会查实确定…”),
    a closing bracket sending the reader elsewhere (“(具体见…分解表)”) and a label closing with a colon that opens the
    scoring (“本项得分为:”), and those words; (t, []) when none is. A text no reading reads whole may be read without
    them, their words left to check. Points added past the target closing the scoring (``_BONUS_CLOSING``) are set aside
    too where the scoring before them gives the 分值 ``weight`` itself (“完成年度计划目标得40分,…” of 40): a bonus past
    the row."""
    words = []
    elsewhere = _SEE_ELSEWHERE.search(t)
    if elsewhere and elsewhere.start() > 0:
        words.append(elsewhere.group(0).rstrip(";"))
        t = t[:elsewhere.start()]
    sentences = t.rstrip(";").split(";")
    whole = sentences_outside_brackets(t.rstrip(";"))
    if len(whole) > 1 and what_is_assessed(whole[0]):  # (a lead's bracket may hold its own stop: “…进行评分(需提供…;…)”)
        sentences = whole
    # (a requirement numbered in a list, “1、广播开展正常;2、…;按工作情况分为一、二、三类”, scores nothing by its number,
    # unless the scoring counts the list's items, “(1)建立台账;(2)按月报送;每项1分”)
    unnumbered = (lambda x: x) if _ITEMS_COUNTED.search(t) else (lambda x: ORDINAL_AT.sub("", x))
    while len(sentences) > 1 and (scores_nothing(unnumbered(sentences[0])) or _HOW_DEDUCTED.fullmatch(sentences[0])
                                  or what_is_assessed(sentences[0])):
        words.append(sentences.pop(0))
    defined = next((i for i in range(1, len(sentences)) if _DEFINED_HEADING.match(sentences[i])
                    and not any(_SCORING_WORD.search(x) for x in sentences[i:])), None)
    if defined is not None:  # “…1次扣5分;界定:漏排或…;…变更要提前4小时”: what the fault is, said after its scoring
        words += reversed(sentences[defined:])
        sentences = sentences[:defined]
    proof = proof_note_at(sentences)
    if proof is not None:  # “…最高得10分;注:须提供合同复印件…,没有提供的不得分”: what proves a case, after the scoring
        words += reversed(sentences[proof:])
        sentences = sentences[:proof]
    if len(sentences) > 1 and re.fullmatch(r"(?:最多|最高|累计最多)(?:加|增加)\d+(?:\.\d+)?分", sentences[-1]):
        sentences[-2:] = [f"{sentences[-2]},{sentences[-1]}"]  # “…每增加1%加0.1分;最多增加2分”: the cap its own sentence
    bonus = _BONUS_CLOSING.search(sentences[-1]) if weight is not None else None
    past_line = False
    if bonus and bonus.end() == len(sentences[-1]) and sentences[-1][bonus.start() - 1:bonus.start()] == "," and \
            _SHORT_SCORES_NOTHING.match(sentences[-1][:bonus.start() - 1]):
        # “不足不得分,每增加1%加0.1分,最多增加2分”: the bonus closing the sentence of the line not met
        sentences[-1:] = [sentences[-1][:bonus.start() - 1], bonus.group(0)]
        past_line = True
    while len(sentences) > 1 and (scores_nothing(sentences[-1]) or (
            _DEFINES_FAULT.search(sentences[-1]) and not _SCORING_WORD.search(sentences[-1])) or
            (weight is not None and _BONUS_CLOSING.fullmatch(sentences[-1]) is not None
             and (re.search(rf"(?<![\d.])(?:得|计){re.escape(fmt(weight))}分", ";".join(sentences[:-1])) is not None
                  or _SHORT_SCORES_NOTHING.match(";".join(sentences[:-1])) is not None))):
        words.append(sentences.pop())
    held = _HELD_TO_ACCOUNT_LAST.search(sentences[-1]) if "责任" in sentences[-1] else None
    if held and held.start() > 0 and scores_nothing(held.group("clause")):
        # “…查1次扣1分,出现火灾或被盗的追究管理员责任”: who is held to account, closing the scoring, no points of its own
        words.append(held.group("clause"))
        sentences[-1] = sentences[-1][:held.start()]
    rest = ";".join(sentences)
    label = _LABEL_FIRST.match(rest)
    if label:
        words.append(label.group(0))
        rest = rest[label.end():]
    # the scoring is what is left, a figure in it; a title's points (“班容班貌.(10分)按…为准”) are no scoring of their own
    # (or the line not met scoring nothing, before a bonus past the line: its figure is the row's)
    return (rest, words) if words and (_DIGIT.search(rest) or (past_line and _SHORT_SCORES_NOTHING.match(rest))) and \
        not _TITLE_POINTS.match(rest) else (t, [])


#: a sentence after the scoring saying what counts as the fault or as what is counted (“国际性学术会议应为…”), its
#: figures a time or a count, not points
#: (“…迟到、早退1次扣1分;上班后0.5小时内必须…签到,超过0.5小时不签到的视为迟到;下班前…的视为早退”)
_DEFINES_FAULT = lazy_compile(r"视为|视作|视同|是指|认定为|^[^,;\d]{2,16}?应为")
#: a heading of such sentences: “界定:漏排或…;一般计划变更必须提前1天以上通知…”
_DEFINED_HEADING = lazy_compile(r"^(?:界定|定义|释义|说明)[:：]")
#: a word or sign that scores: such a sentence holds none
_SCORING_WORD = lazy_compile(r"扣|\d分(?!钟)|得分|计分|加分|减分|不得|满分|%|[≥≤<>=]")
#: a clause closing the scoring that holds someone to account, no figure (“,出现火灾或被盗的追究管理员责任”, “,并追究相关人员责任”)
_HELD_TO_ACCOUNT_LAST = lazy_compile(r",(?P<clause>[^,;\d分]{0,30}?(?:追究[^,;\d分]{0,10}?责任|责任追究))$")
#: a sentence saying what the row deducts for, before its scoring, no figure (“对…提出的检查意见未整改闭合的情况进行扣分”)
_HOW_DEDUCTED = lazy_compile(r"(?:对|就|针对)[^\d;%]{4,100}?(?:的情况|情况|的)进行扣分")
#: a heading of how the row is checked, before its scoring: “查资料”, “查现场”, “查文件” (a safety standard's 评分方法)
#: (a sentence of its own, or opening the first one with a colon: “查资料:未建立制度不得分;…”)
_CHECKED_HEADING = lazy_compile(r"^" + CHECK_VERB + r"(?:[^\d分扣,:]{0,8}$|[^\d分扣,;:()]{1,24}:)")
#: a sentence zeroing the item on any one of several faults in words: “(1)无…,或…,或…,出现其中任意一项,本项不得分”
_ANY_ONE_GATE = lazy_compile(r"^" + _GATE_MARK + r"(?P<cond>[^;\d]{4,200}?),(?:出现|存在|有|具有|发生)?(?:其中|以上|上述)?"
                           r"(?:任意|任何|任)[一1](?:项|条|种|个)?(?:情形|情况)?的?,?(?:" + _ITEM + r")?" + _GATE_ZERO + r"$")
#: words that make such faults more than faults in words (a figure is kept out by the pattern)
_ANY_ONE_NOT = lazy_compile(r"每|扣|否则|比例|%|[≥≤<>]")


def _zeroing(cond: str) -> bool:
    """Whether a gate's condition zeroes the row as said: no word turning it into a count, a line or a judgement."""
    return not _GATE_NOT.search(_plain(cond)) and not VAGUE.search(cond)


def _gated_first(w: Wording) -> Proposed | None:
    """Conditions zeroing the item in the opening sentences (after one stating the full marks), deductions after
    (``gated`` has seen that the text says a zero)."""
    t = w.text
    if "扣" not in t:
        return None
    sentences = t.split(";")
    at = 0
    heading = _CHECKED_HEADING.match(sentences[0])
    if heading and heading.end() < len(sentences[0]):
        sentences[0], heading = sentences[0][heading.end():], None  # “查资料:未建立…”: the heading is no condition's words
    lead = _FULL_SENTENCE.search(sentences[0])
    if lead and len(sentences) > 2 and "扣" not in sentences[0] and d(lead.group(1) or lead.group(2) or s(w.weight)) == w.weight:
        at = 1
    elif len(sentences) > 2 and (_REQUIREMENT.match(sentences[0]) or _SCORED_BY.match(sentences[0])) \
            and not _GATE_SENTENCE.match(sentences[0]):
        at = 1  # “严格落实值班制度,确保通讯畅通。未建立…的不得分;…每发现1次扣1分”: what is asked, then the scoring
        # (or what it is scored on: “据…抽检结果按…收费路段进行计分。未采用…的,直接计0分。…每差1个百分点扣1分”)
    elif len(sentences) > 1 and heading:
        at = 1  # “查资料。未建立制度不得分,制度不完善1处扣1分”: how it is checked, then the scoring
    conds, said = [], []
    any_one = _ANY_ONE_GATE.match(sentences[at]) if at < len(sentences) - 1 else None
    if any_one and not _ANY_ONE_NOT.search(any_one.group("cond")) and not VAGUE.search(any_one.group("cond")):
        conds.append(any_one.group("cond"))
        said.append(sentences[at])
        at += 1
    while at < len(sentences) - 1:
        g = _GATE_SENTENCE.match(sentences[at])
        if not g or not _zeroing(g.group("cond")):
            break
        conds.append(g.group("cond"))
        said.append(sentences[at])
        at += 1
    # “未制定方案的不得分,方案不具体…每发现1项扣0.2分”: a condition as the first clause of the sentence of deductions
    # (after how it is checked: “查阅培训档案,随机抽查职工10名,未建立培训档案不得分,…每人扣1分”)
    head = _HEADING_CLAUSES.match(sentences[at])
    # (or after clauses of what the row asks, when the deductions after it count cases: “档案应包括…等,未建立不得分,缺1项
    # 扣1分”, “建立…支部,制定…办法,没有…建立党组织不得分,…每项扣3分”)
    asked = _ASKED_CLAUSES.match(sentences[at]) if head is None and not conds else None
    opened = head or asked
    g = _GATE_CLAUSE_AT.match(sentences[at], opened.end() if opened else 0)
    if asked and (g is None or not _CASE_COUNTED.search(sentences[at], g.end())):
        asked, g = None, _GATE_CLAUSE_AT.match(sentences[at])
    gated_here = False
    while g and _zeroing(g.group("cond")):
        conds.append(g.group("cond"))
        said.append(g.group(0).strip(","))
        sentences[at] = sentences[at][g.end():]
        gated_here = True
        # (more such clauses after it, each zeroing the row: “未进行检测评价的不得分,检测机构不具有资质的…,不得分,
        # 检测项目不全的扣3分”)
        g = _GATE_CLAUSE_AT.match(sentences[at])
    if not gated_here:
        asked = None
    if not conds:
        return _met_or_none(w, sentences[0], ";".join(sentences[at:]).strip(";")) if lead and at == 1 else None
    found = _gated_rest(w, ";".join(sentences[at:]).strip(";"), conds, "；".join(said))
    if found is not None and asked is not None:
        return found.doubted(f"“{asked.group(0).strip(',')}”：读作该项的要求，其不满足按其后的条件和扣分计")
    return found


#: the full marks on a condition in words, zero otherwise, closing the opening sentence: “…,没有社会负面新闻的得2分,否则
#:不得分” (clauses of what is asked may open it)
_MET_OR_NONE = lazy_compile(r"(?:^|,)(?P<cond>[^,;\d]{2,40}?)的?,?(?:得|计|记)(?:满分|\d+(?:\.\d+)?分),否则" + ZEROED + r"$")


def _met_or_none(w: Wording, first: str, rest: str) -> Proposed | None:
    """“企业积极履行社会责任,没有社会负面新闻的得2分,否则不得分;年度内有社会投诉的每次扣0.2分,扣完为止”: the 分值 on a
    condition in words, none otherwise, then deductions from it: the deductions as one formula, a 0/1 factor (1 when the
    condition holds) before it. Always to check."""
    m = _MET_OR_NONE.search(first)
    if m is None or "扣" not in rest or not _in_words(m.group("cond")) or not _zeroing(m.group("cond")):
        return None
    cond = m.group("cond")
    found = _gated_rest(w, rest, [cond], first)
    if found is None or len(found.items[0]["params"]["variables"]) < 2:
        return None
    item = found.items[0]
    gate = item["params"]["variables"][0]
    if not gate["label"].startswith(cond):
        return None  # (conditions of the sentences after it folded in: not this reading's)
    gate["label"] = f"{cond}（是=1，否=0：否则整项不得分）"
    summary = found.summary.replace(f"；{cond}的整项不得分", f"；不满足“{cond}”的整项不得分")
    asked = first[:m.start()].strip(",")
    notes = (f"“{first}”：满分的条件，不满足的整项不得分（{gate['name']}=0），其后的扣分从分值扣起",
             *((f"“{asked}”：读作该项的要求，未单独计分",) if asked else ()))
    return Proposed([item], summary, notes)


#: clauses of what the row asks, in words, opening the sentence of a gate and its deductions (“职业卫生档案应包括…等,”)
#: (a 分 of their words, “分布”, “分工”, is no points: only 得分, 计分, 满分 are)
_ASKED_CLAUSES = lazy_compile(r"^(?:(?:[^\d分扣每,;:]|(?<![得计记满])分){2,60},)+")
#: a deduction counting cases: “每项扣3分”, “缺1项扣1分”, “1处扣2分”
_CASE_COUNTED = lazy_compile(r"(?:每|[缺少差]?(?<![\d.])1)(?:项|处|次|人|个|件|条|例|起|家|篇)[^,;\d]{0,12}?扣\d")


#: a clause closing a sentence between deductions that zeroes the whole item: “…扣2分,没有开展宣传工作的,不得分;培训…”
_GATE_BETWEEN = lazy_compile(r"(?:(?<=,)|(?<=;))" + _GATE_MARK + _COND + r"的?,?" + r"(?:" + _ITEM + r")?" + _GATE_ZERO + r"[;,](?=.*扣)")


def _gated_between(w: Wording) -> Proposed | None:
    """Conditions zeroing the item, each a clause closing a sentence after a deduction with deductions after it (“…的扣2
    分,没有按要求开展宣传工作的,不得分;培训考试不及格的,扣2分,…”): the deductions around them read as one formula, the
    conditions (folded into one) a 0/1 factor."""
    rest, conds, said = _gates_between(w.text)
    if not conds:
        return None
    return _gated_rest(w, rest, conds, "；".join(said))


#: a word between a condition and its zero (“…的,直接计0分”), never a condition of its own
_ZERO_ADVERB = lazy_compile(r"直接|则|即|均|都|一律")


def _gates_between(t: str) -> tuple[str, list[str], list[str]]:
    """The clauses of ``t`` closing a sentence after a deduction, with deductions after them, that each zero the whole
    item on a condition in words (``_GATE_BETWEEN``): ``t`` without them, their conditions and their words (none when
    any such clause is not a condition in words)."""
    # (a sentence scoring its own points before its zero, “按时报送的得满分,未报送的不得分”, is a situation, no gate)
    found = [m for m in _GATE_BETWEEN.finditer(t) if "扣" in t[:m.start()] and not _ZERO_ADVERB.fullmatch(m.group("cond"))
             and not _SCORES_ITS_OWN.search(t, t.rfind(";", 0, m.start()) + 1, m.start())]
    # (a line crossed between deductions, “…扣1分,迟报超过3次的,不得分;…”, may be the line of the fault before it: no gate;
    # a count within one event, “1次死亡2人及以上”, is none)
    # (nor is a grade named in words, “…公司及以上越级上访”)
    if not found or not all(_in_words(m.group("cond"))
                            and not _GATE_NOT.search(_GRADE_IN_WORDS.sub("", ONE_EVENT_COUNT.sub("", m.group("cond"))))
                            for m in found):
        return t, [], []
    rest, at, conds, said = "", 0, [], []
    for m in found:
        before, cond, words = t[at:m.start()].rstrip(","), m.group("cond"), m.group(0).strip(",;")
        # a clause in words opening the gate's sentence is part of its condition: “出现1件错案,经…确认的不得分”
        lead = _OPENING_CLAUSE.search(before)
        if lead and _in_words(lead.group(1)) and not _GATE_NOT.search(_plain(lead.group(1))):
            before, cond, words = before[:lead.start(1)], f"{lead.group(1)},{cond}", f"{lead.group(1)},{words}"
        rest += before.rstrip(",;") + ";"
        conds.append(cond)
        said.append(words)
        at = m.end()
    return (rest + t[at:]).strip(";"), conds, said


#: the one clause of a sentence before a gate closing it (“;出现1件错案” before “,经…确认的不得分”)
_OPENING_CLAUSE = lazy_compile(r"(?:^|;)(" + _COND_WORDS + r")$")


#: a sentence that scores points of its own before its zero (“按时报送的得满分,未报送的不得分”): a situation, no gate
_SCORES_ITS_OWN = lazy_compile(r"(?:得|计|记)(?:满分|\d)")


def _gates_among(rest: str) -> tuple[str, list[str], list[str]]:
    """The sentences of ``rest`` between its deductions that each zero the whole item on a condition in words (“未委托…
    的,不得分;未按周期检测的,扣3分;…;未经备案的,不得分”, “…每人扣0.5分;未配备监测设备的,不得分;…每缺1项扣1分”): ``rest``
    without them, their conditions and their words (none when no deduction would be left)."""
    kept: list[str] = []
    conds: list[str] = []
    said: list[str] = []
    for sentence in rest.split(";"):
        g = _GATE_SENTENCE.match(sentence) if "扣" not in sentence else None
        if g and _zeroing(g.group("cond")) and _in_words(g.group("cond")) and not _counts_the_cases(g.group("cond"), rest) \
                and not _SCORES_ITS_OWN.search(g.group("cond")):
            conds.append(g.group("cond"))
            said.append(sentence)
        else:
            kept.append(sentence)
    if not conds or "扣" not in ";".join(kept):
        return rest, [], []
    return ";".join(kept).strip(";"), conds, said


def _gated_rest(w: Wording, rest: str, conds: list[str], said: str) -> Proposed | None:
    """The deductions of ``rest`` as one formula, multiplied by a 0/1 factor for ``conds`` (and for the conditions of
    the sentences among them that zero the item as well)."""
    rest, among, among_said = _gates_among(rest)
    # “…每次扣1分,因…造成重大灾情的此项不计分;…扣1分,如…的不计分”: a clause between the deductions zeroing the item too
    rest, between, between_said = _gates_between(rest) if conds else (rest, [], [])
    among, among_said = [*among, *between], [*among_said, *between_said]
    if among:  # the conditions in the order the text says them
        conds = sorted([*conds, *among], key=w.text.find)
        said = "；".join(sorted([*said.split("；"), *among_said], key=w.text.find))
    part = Wording(rest, w.weight, w.name, w.points, w.explanation)
    # formula_rule.gated takes only a deducting reading (a rank's points stepping down from the first place one)
    if ("扣" not in rest and threshold_rule.rank_step(part) is None) or any(_crossed(c, rest) for c in conds):
        return None
    rest, spared = _gate_spared(rest, conds)
    part = Wording(rest, w.weight, w.name, w.points, w.explanation)
    cond = "或".join(conds) + (f"（{spared.group('cond')}的除外）" if spared else "")
    faults = formula_rule.gated_faults(part)
    if faults is not None and (len(faults.items[0]["params"]["variables"]) >= 2
                               or formula_rule.zeroes_at_count(faults.items[0]["params"])):
        # (one fault with its count zeroing the row, “…发现1处扣2分发现2处不得分”: no deduction per case holds it)
        tries: tuple[Proposed | None, ...] = (faults,)
    else:  # one deduction: read whole, a deduction or delay of its own kind first
        tries = (whole(part), faults)
    item = None
    for found in tries:
        if found is not None and len(found.items) == 1 and not problem(found, w.weight):
            item = formula_rule.gated(found.items[0], cond)
            if item is not None:
                break
    if item is None or found is None:
        return None
    gate = item["params"]["variables"][0]["name"]
    spared_said = (f"“{spared.group(0)}”：作为整项不得分条件的例外读（不计为{gate}=0 的情形），是否也不扣其他分未说明",) \
        if spared else ()
    return Proposed([item], f"公式计分：{found.summary.split('：', 1)[-1]}；{cond}的整项不得分（{gate}=0）",
                    (f"“{said}”：作为整项不得分的条件（{gate}=0）乘在扣分之前", *spared_said))


#: a sentence sparing some cases of a fault in words: “主诉检察官正确意见未被采纳而出现错案的不扣分” (not the whole item's
#: exemption, “…的,此项不扣分”: _EXEMPT)
_SPARED = lazy_compile(r"^(?P<cond>[^;,\d]{4,40}?)(?:的|者)?,?(?:不扣分|不予扣分|不予扣减)$")


def _gate_spared(rest: str, conds: list[str]) -> tuple[str, re.Match[str] | None]:
    """The sentence of ``rest`` that spares cases of the matter a gate's condition names (“出现1件错案,经…确认的不得分;…;
    主诉检察官正确意见未被采纳而出现错案的不扣分”): it narrows the gate, the cases it names zeroing nothing. ``rest``
    without it, and it (None when no one sentence does)."""
    sentences = rest.split(";")
    found = [m for m in map(_SPARED.match, sentences) if m and any(_share_a_word(m.group("cond"), c) for c in conds)]
    if len(found) != 1:
        return rest, None
    return ";".join(x for x in sentences if x != found[0].group(0)), found[0]


def whole(w: Wording) -> Proposed | None:
    """The first whole-text wording that reads the text cleanly (every figure placed, one reading)."""
    fallback = clean = None
    for found in _wordings(w):
        if problem(found, w.weight):
            continue
        placed = not unplaced_words(w.text, found, w.weight)
        if placed and not reading_doubts(w.text, found) and not _faults_both_found(w.text, found):
            # “100种以下得2分,100种及以上得5分”: situations that are lines on one figure, the team to judge it, are no
            # cleaner than the bands of that figure read before them
            return clean if clean is not None and _bands_before_lines(clean, found) else found
        if placed:
            clean = clean or found
        fallback = fallback or found
    return clean or fallback


def _bands_before_lines(bands: Proposed, found: Proposed) -> bool:
    """Whether ``found`` is a 情形选择 whose situations are lines on a figure the team judges (its own doubt says so) and
    ``bands`` one 分档 item of the same figures."""
    if len(found.items) != 1 or found.items[0]["type"] != CHOICE or len(bands.items) != 1 or \
            bands.items[0]["type"] != TIERS:
        return False
    return any("条件中的数值由评价组判断是否达到" in x for x in found.doubts or ())


def _faults_both_found(t: str, found: Proposed) -> bool:
    """A 情形选择 of faults each with its own deduction (“无组织机构扣3分,无专人负责扣2分”), which may both be found: not
    the one clean reading of a text, while another (a 要点核查 of the faults) may hold them both."""
    if len(found.items) != 1 or found.items[0]["type"] != CHOICE:
        return False
    faults = _faults_apart(t, Decimal(found.items[0]["max"]))
    return len(faults) >= 2 and not choice_rule.exclusive_deductions(t)


#: the words that say nothing of what a situation is about, only whether, when or how well it holds (“按时”, “未”,
#: “逾期”, “差”, “较好”, “不完善”, “不到位”): no matter of a situation of their own. Characters, not words: they are
#: taken out of a fault's characters one by one, so this holds the characters of grades, times and function words
#: besides those of the manners (wording.MANNER), and not all of theirs (整 names a matter: “整改”)
_NOT_MATTER = frozenset("的得分扣未不没有无按时及和或是否已被其该本项要求规定逾期迟延滞后超好差较优良中一般合格符达标"
                        "完善健全规范齐到位准确")


#: words every matter of a 绩效 table may hold (“项目”) and words of how well a thing is done (wording.MANNER and more:
#: “整改不彻底”, “落实不充分”): a situation and a fault sharing only them share no matter, a fault adding only them
#: adds none
_ANY_MATTER = lazy_compile("|".join(("项目", *MANNER, "彻底", "全面", "充分", "严格", "有效", "足额", "认真", "真实")))
#: the words a fault denies (“调整方案未报批” → “报批”): what follows its first word of denial
_DENIED = lazy_compile(r"(?:未|不|无|没有)(.+)$")


def _share_a_word(one: str, other: str) -> bool:
    """Whether two situations share a word of a matter: two characters running in both, none of them only words of
    whether or how well (``_NOT_MATTER``), “项目” and the manners (``_ANY_MATTER``) no such word."""
    whole, part = _ANY_MATTER.sub(",", _matter_runs(one)), _ANY_MATTER.sub(",", _matter_runs(other))
    return any(part[k:k + 2] in whole for k in range(len(part) - 1)
               if "," not in part[k:k + 2] and not set(part[k:k + 2]) <= _NOT_MATTER)


def _one_matter(full: str, fault: str) -> bool:
    """Whether a fault speaks of what the full situation does (“资料齐全”/“资料不全”, “按时报送”/“迟报”), or is no
    more than its denial or a lesser degree (“无”, “逾期”, “差的”): fewer than two characters of a matter of its own,
    or a word of the matter in common (two characters running in both, “项目” no such word: “建立项目库” and “无新入库
    项目” share none) and, where the fault denies something, some of what it denies (“项目按实施方案执行” and “调整方案未
    报批” share 方案, but what is not done, 报批, is no part of the full situation)."""
    said = fault.partition("扣")[0]
    own = set(_matter(said))
    if len(own) < 2:
        return True
    part = _ANY_MATTER.sub(",", _matter_runs(said))
    if not _share_a_word(full, said):
        return False
    if any(not set(part[k:k + 2]) & (set(full) | _NOT_MATTER | {","}) for k in range(len(part) - 1)):
        return False
    denied = _DENIED.search(_ANY_MATTER.sub(",", said))
    return not denied or len(set(_matter(denied.group(1)))) < 2 or bool(set(_matter(denied.group(1))) & set(full))


#: what a fault says is not done (“未开展培训” → “开展培训”, “未按要求建立台账的” → “建立台账”)
_NOT_DONE_THING = lazy_compile(r"(?:未|没有|没|无|不)(?:按要求|按规定|按时|及时)?([\u4e00-\u9fff]{2}[^,;的]*)")


def _denies_another(full: str, fault: str) -> bool:
    """Whether a fault says a thing of another matter is not done (“建立制度” and “未开展培训”, “制定方案” and “方案未
    报批”): less than half of what it denies is of the full situation (“机构健全”/“机构不健全”), and it is no denial or lesser degree of
    that situation (``_one_matter``: “按时报送”/“逾期”); a fault that denies nothing (“出现统计错误”) is left to the
    other checks."""
    m = _NOT_DONE_THING.search(fault.partition("扣")[0])
    if not m or _one_matter(full, fault):
        return False
    pairs = [m.group(1)[k:k + 2] for k in range(len(m.group(1)) - 1)]
    return sum(pair in full for pair in pairs) * 2 < len(pairs)  # (“未落实反食品浪费等规定” beside “执行反食品浪费等规定”)


#: words any requirement is done, met or failed in (“开展…工作”, “未落实”, “不符合要求”, “未完成任务”, “不配合现象”, “未出台
#: 上述政策”): no matter of their own
_ANY_DEED = lazy_compile(r"开展|进行|组织(?=实施|开展)|实施|落实|执行|完成|达到|符合|满足|达标|到位|出现|发生|存在|发现|工作"
                       r"|相关|有关|要求|标准|规定|条件|任务|目标|现象|情况|情形|行为|上述|前述|以上|有效|能|年度|当年")
#: the verbs of setting a thing up (“建立台账”, “工作机制未建立”): no matter beside the thing, but what a bare denial
#: denies (“未建立” beside “开展培训”)
_SET_UP = lazy_compile(r"建立|成立|设立|制定")
#: a thing set up or held misused, falsified, changed at will or held for show (“挪用专户资金”, “台账弄虚作假”, “擅自变更方
#: 案”, “人员频繁变动”, “培训流于形式”): beside the thing set up (“设立专户”) both may hold; not where it went instead
#: (“资金存入个人账户” beside “设立专用资金账户”: its own matter breached)
_MISUSED = lazy_compile(r"挪用|挤占|截留|套取|侵占|虚报|冒领|弄虚作假|造假|虚假|擅自|变更|变动|流于形式|走过场")
#: a situation that is an event found (“发生安全事故”, “出现漏报”, “被通报批评”)
_EVENT = lazy_compile(r"发生|出现|被(?!评为)")
#: the verbs of setting a thing up or holding it (“设立专户”, “开展培训”, “召开会议”): a misuse of the thing may follow
_SET_UP_OR_HELD = lazy_compile(_SET_UP.pattern + r"|开展|组织|召开|举办")


def _own_matter(part: str) -> set[str]:
    """The characters of a matter of the thing a denial names (``_zero_of_another``): without the words of doing or
    meeting, “项目” and the manners, and the verb of setting it up unless it is all there is."""
    words = _ANY_MATTER.sub("", _ANY_DEED.sub("", part))
    bare = set(_matter(_SET_UP.sub("", words)))
    return bare if len(bare) >= 2 else set(_matter(words))


#: a full situation that is a commendation or an award (“被通报表扬”, “受到省级表彰”, “获得先进称号”): no requirement, most
#: rows hold neither it nor a fault beside it
_COMMENDED = lazy_compile(r"表扬|表彰|嘉奖|获奖|(?:获得?|评为|授予)[^,;]*(?:奖|称号|荣誉|先进|示范)")


#: words pointing back at what the text said before (“无此项内容”, “无相应的办公设备”, “未落实上述要求”)
_POINTS_BACK = lazy_compile(r"此|该|相应|上述|前述|以上")


#: a full situation that is no more than a requirement met (“符合标准”, “达到要求的”, “满足条件”, “达标”)
_MET_ONLY = lazy_compile(r"(?:完全|均)?(?:符合|达到|满足)(?:要求|标准|条件|规定)?(?:的|者)?|达标(?:的|者)?")


def _zero_of_another(full: str, zero: str, said: str) -> bool:
    """Whether the situation scoring nothing (“未开展培训的不得分”) denies a thing of another matter than the full one
    (“建立制度得5分”), so that both may hold or neither (``_denies_another``), and it is no denial of the requirement
    in other words: what it denies, its words of doing or meeting aside (``_ANY_DEED``: “不符合要求”, “未落实的”, “未开展
    考核工作” beside “定期进行考核”), holds characters of a matter, no more than half of them in the rest of the text
    ``said`` (“没有方案” beside “档案资料齐全”, “未公开” beside “开展培训”; not “不能保持组员稳定” beside “保持工作组成员
    稳定”), and the full situation is more than meeting a requirement (not “符合标准”, “达到要求”: what is met is the
    indicator's, which the zero may spell out: “符合标准得1分,未配置导师的不得分”)."""
    m = _NOT_DONE_THING.search(zero)
    if not m or not _denies_another(full, zero) or _MET_ONLY.fullmatch(full):
        return False
    # (each of the things it joins, with what it names before its denial: “工作机制未建立”; one of them of the rest
    # of the text is a denial of it, “…并随意更换组员”, “未设公示栏或公示内容不实”, “未建立、无档案”; “项目” and the
    # manners no matter: “无入库项目” beside “建立项目库”)
    parts = [_own_matter(part) for part in re.split(r"并|且|或|和|及|、", zero[:m.start(1)] + m.group(1))]
    owned = [own for own in parts if len(own) >= 2]
    return bool(owned) and all(len(own & set(said)) * 2 <= len(own) for own in owned)


#: a thing done in time (“按时报送”, “资料归档及时”): beside its lack (“资料不全”) both may hold
_IN_TIME = lazy_compile(r"按时|及时|按期|准时|如期")
#: a thing lacking said without 未 (“资料不全”, “台账缺失”, “缺少培训记录”): the thing
_LACKING = lazy_compile(r"^(?P<thing>[\u4e00-\u9fff]{2,}?)(?:不全|不齐全?|不完整|缺失|缺少)(?:的|者)?$"
                      r"|^(?:缺少|缺乏|缺)(?P<missing>[\u4e00-\u9fff]{2,}?)(?:的|者)?$")


def _lack_of_another(full: str, zero: str, said: str) -> bool:
    """Whether the situation scoring nothing is a thing of another matter lacking (“资料不全的不得分” beside “建立制度得5
    分”), so that both may hold or neither: the thing (``_LACKING``) has words of a matter (two characters running in
    it, ``_own_matter``), no more than half of them in the full situation and one at least not in it (“报送资料不全”
    beside “按时报送”, “缺少会议记录” beside “召开专题会议”; not “资料缺失” beside “档案资料完整”), nor more than half
    of its characters in the rest of the text ``said``, and the full situation names no lack of its own; or the full
    situation is a thing done in time (“资料归档及时”) and the zero the same thing incomplete (“资料不全”)."""
    m = _LACKING.match(zero.lstrip(CIRCLED))
    if not m or choice_rule.NAMES_A_LACK.search(full):
        return False
    if _IN_TIME.search(full):
        return True
    thing = _ANY_MATTER.sub(",", _ANY_DEED.sub(",", _matter_runs(m.group("thing") or m.group("missing"))))
    pairs = [thing[k:k + 2] for k in range(len(thing) - 1) if "," not in thing[k:k + 2]]
    shared = [pair for pair in pairs if pair in full]
    own = _own_matter(m.group("thing") or m.group("missing"))
    elsewhere = own & (set(said) - set("得记计分"))  # (the words of scoring aside: “记5分” beside “会议记录”)
    return len(shared) < len(pairs) and len(shared) * 2 <= len(pairs) and len(elsewhere) * 2 <= len(own)


#: a grade named by a letter or a 天干 on a scale, closing the situation (“评定为A级”, “丁级”, “C档”)
_GRADE_OF_SCALE = lazy_compile(r"(?:^|[^A-Za-z])(?:[A-E]|[甲乙丙丁])(?:级|等|类|档)$")
#: not taking part at all, beside the roles of those who did (“未参与”, “没有参加”)
_NOT_TAKING_PART = lazy_compile(r"(?:未|没有|不|无)(?:参与|参加|承担)(?:的|者)?")


def _may_hold_beside(full: str, zero: str, said: str) -> bool:
    """Whether the situation said to score nothing (``zero``) may hold beside the full one, or neither may, ``said`` the
    rest of the text: a thing of another matter not done (“建立制度得5分,未开展培训的不得分”, ``_zero_of_another``) or
    lacking (“资料不全的”, ``_lack_of_another``); a fault sharing no word with it and naming no lack (“按时报送得5分,数据错误
    的不得分”; not a breach of its own matter, “按规定征收…,擅自改变征收范围的,计0分”); a misuse of a thing set up or an
    event beside a requirement (“设立专户管理得5分,挪用专户资金的不得分”, “落实安全责任制…,发生安全事故的”; not
    “按规定标准收费得5分,擅自提高收费标准的不得分”), a fault beside a thing done in time (“按时报送得5分,报送数据有误的不得
    分”); a fault of any kind beside a commendation (“被通报表扬的得5分;被通报批评
    的不得分”); a thing set up and not carried out (“建立制度得5分,制度未执行的不得分”; not “…,制度未建立的”)."""
    if (_GRADE_OF_SCALE.search(full) and _GRADE_OF_SCALE.search(zero)) or _NOT_TAKING_PART.fullmatch(zero):
        return False  # (grades of one scale, “甲级得10分,…,丁级得0分”; not taking part beside a role, “牵头单位得5分,…,未参与的”)
    if _zero_of_another(full, zero, said) or _lack_of_another(full, zero, said):
        return True
    done = (_NOT_DONE.search(zero) or _POORLY_DONE.search(zero)) if _SET_UP.search(full) else None
    if done and done.group("verb") not in full and not _SET_UP.match(done.group("verb")) and _share_a_word(full, zero):
        return True  # (the thing set up not used: “建立制度得5分,制度未执行的不得分”, “…,制度执行不到位的”)
    lacks = choice_rule.NAMES_A_LACK.search(full + zero) is not None
    if not lacks and not _one_matter(full, zero) and (
            not _share_a_word(full, zero) or (_SET_UP_OR_HELD.search(full) and _MISUSED.search(zero)) or _IN_TIME.search(full)
            or _EVENT.match(zero.lstrip(CIRCLED))):
        return True
    return bool(_COMMENDED.search(full)) and not choice_rule.NAMES_A_LACK.search(zero)


#: the situation scoring nothing of a 全有或全无 said in words (“…,未缴纳的,不得分”): the clause before its zero
_ZERO_CASE = lazy_compile(r"(?:^|[,;])([^,;]+?)(?:的|者)?,?(?:本项|该项|此项|整项)?" + ZEROED)


#: a thing done poorly, its verb before the manner (“执行不力”, “开展不到位”, “落实不够”): groups verb and manner
_POORLY_DONE = lazy_compile(r"(?P<verb>[\u4e00-\u9fff]{2})(?:不力|不到位|不规范|不及时|不完善|不全面|不彻底|不够|不严格|不充分"
                          r"|较差|差)的?$")
#: a thing not done at all (“未执行”, “没有开展”, “有制度未执行”): the verb after its denial
_NOT_DONE = lazy_compile(r"(?:未|没有|无|不)(?:按要求|按规定)?(?P<verb>[\u4e00-\u9fff]{2})的?$")


def _not_done_above_done_poorly(options: list[dict[str, Any]]) -> list[str]:
    """“执行不力的不得分,有制度未执行的扣1分”: a thing not done at all scoring more than the same thing done poorly
    contradicts itself (the graver case is the cheaper), so which situation a case is is unsaid."""
    poorly = {m.group("verb"): (str(o.get("label", "")), Decimal(str(o["score"]))) for o in options
              if (m := _POORLY_DONE.search(str(o.get("label", ""))))}
    for o in options:
        m = _NOT_DONE.search(str(o.get("label", "")))
        if m and m.group("verb") in poorly and Decimal(str(o["score"])) > poorly[m.group("verb")][1]:
            return [f"“{o.get('label', '')}”得分高于“{poorly[m.group('verb')][0]}”：未做的反比做得差的得分高，相互矛盾"]
    return []


#: a situation done in part (“基本符合”, “较规范”, “部分完成”), done whole (“符合”, “完全符合”, “全部完成”) or lacked (“不完整”,
#: “未规范”): the words before the thing done, and the thing (the one home of these words for ``_degrees_out_of_order``
#: and ``grades_out_of_turn``)
_IN_PART = lazy_compile(r"^(?P<lead>[^,;]{0,6}?)" + PART_DEGREE + r"(?P<core>[\u4e00-\u9fff]{2,12}?)[的者]?$")
_IN_WHOLE = WHOLE_DEGREE + "?"
#: a degree of its own before a quality (“一般契合”, “高度契合”): no quality in full
_DEGREE_BEFORE = lazy_compile(r"(?:一般|高度|非常|十分|完全|很|大部分|部分|略|稍|欠|不够|不太|尚)$")
_LACKED = lazy_compile(r"(?<![基本较为比部分])(?:不|未)(?P<core>[\u4e00-\u9fff]{2,6}?)(?:的|者)?$")


def _degrees_out_of_order(options: list[dict[str, Any]]) -> list[str]:
    """“手续完整得3分,基本完整得1分,不完整得2分”: degrees of one quality whose scores do not fall as the quality does
    (the quality in part below its lack, or above it in full) contradict themselves: which score a case gets is unsaid."""
    def label(o: dict[str, Any]) -> str:
        return str(o.get("label", "")).strip("、,;: ")
    part = {m.group("core"): (label(o), Decimal(str(o["score"]))) for o in options if (m := _IN_PART.search(label(o)))}
    for o in options:
        said, score = label(o), Decimal(str(o["score"]))
        m = _LACKED.search(said)
        if m and m.group("core") in part and score > part[m.group("core")][1]:
            return [f"“{said}”得分高于“{part[m.group('core')][0]}”：程度差的反而得分高，相互矛盾"]
        if m is None and not _IN_PART.search(said):
            for core, (other, points) in part.items():
                if said.endswith(core) and score < points and not _DEGREE_BEFORE.search(said[:-len(core)]):
                    return [f"“{said}”得分低于“{other}”：程度好的反而得分低，相互矛盾"]
    return []


#: a situation scoring nothing that is a case happening (“有投诉”, “出现延迟”, “如有漏报”): its words after the verb
_CASE_HAPPENING = lazy_compile(r"^(?:(?:如|若|凡)?(?:有|出现|发生|存在|发现))(?P<core>[\u4e00-\u9fff]{2,8}?)(?:的|者|情况|现象)?$")
#: the words just before a case that deny it (“无投诉”, “未延迟”)
_DENIED_BEFORE = lazy_compile(r"(?:无|未|没有|不|非|零)$")


def _case_within_scored(options: list[dict[str, Any]]) -> list[str]:
    """“无投诉得5分,投诉经查属实得2分,有投诉的本项不得分”, “按时完成5分,延迟完成2分,…,有延迟的本项不得分”: a case scoring
    nothing whose words name a situation scoring points (the case not denied there) holds whenever that one does, so
    which score a case of it gets is unsaid."""
    for o in options:
        m = _CASE_HAPPENING.match(str(o.get("label", "")).strip("、,;: "))
        if m is None or Decimal(str(o["score"])) != 0:
            continue
        core = m.group("core")
        for other in options:
            label = str(other.get("label", ""))
            if Decimal(str(other["score"])) > 0 and any(not _DENIED_BEFORE.search(label[:k.start()])
                                                        for k in re.finditer(re.escape(core), label)):
                return [f"“{o.get('label', '')}”与“{label}”：后者也是前者的情形，得分相互矛盾"]
    return []


def _ranges_overlap(holding: list[dict[str, Any]]) -> bool:
    """Whether a band with both its ends said (“80%-100%”) shares more than one value with a band of another score
    (“≥90% 10分 80%-100% 6分”): a range holds every value between its ends, so the text gives those values two scores,
    whichever band comes first (a lone value beside a range ending there, “100% 10分 90%-100% 8分”, is the house style
    of a best value, and a shared end is the doubt of ends held twice)."""
    def span(tr: dict[str, Any]) -> tuple[Decimal | None, Decimal | None]:
        return (None if tr.get("min") is None else Decimal(str(tr["min"])),
                None if tr.get("max") is None else Decimal(str(tr["max"])))
    for tr in holding:
        lo, hi = span(tr)
        if lo is None or hi is None or lo >= hi:
            continue
        for other in holding:
            olo, ohi = span(other)
            if other is tr or Decimal(str(other["score"])) == Decimal(str(tr["score"])):
                continue
            if min(hi, ohi if ohi is not None else hi) - max(lo, olo if olo is not None else lo) > 0:
                return True
    # “满意度≥70%得5分,满意度<75%不得分”: a line open above and one open below crossing, of other scores: the values
    # between them are said of both, whichever comes first (lines open the same way are a ladder, the first its best)
    for tr in holding:
        lo, hi = span(tr)
        if lo is not None or hi is None:
            continue
        for other in holding:
            olo, ohi = span(other)
            if olo is not None and ohi is None and hi - olo > 0 \
                    and Decimal(str(other["score"])) != Decimal(str(tr["score"])):
                return True
    return False


def _faults_apart(t: str, item_max: Decimal) -> list[str]:
    """The deducting situations of ``t`` that leave some of the 分值: faults that may both be found."""
    return [seg for seg in deducting_segments(t) if not _takes_all(seg, item_max)]


#: “本项满分4分。…”, “分值为2分:…”: a lead sentence saying the 分值 (group 1); or the points alone in a sentence of their
#: own (group 2: “0.4分。具备双路供电得0.2分;…”), when no other sentence opens with its points (“5分;全部完成。3分;部分完成”
#: is a ladder of scores); the 分值 of each thing scored may be said so, then the heading of its deductions (“每份公文满分为
#: 10分,扣分标准为:…”, “每题的分值为10分,答对加10分,…”)
_STATED_WEIGHT = lazy_compile(r"^(?:(?:本项|本指标|该项|此项|每(?:份|篇|件)[\u4e00-\u9fff]{1,6}?|每道?题的?)?(?:满分|分值)(?:为)?(\d+(?:\.\d+)?)分[;,:]"
                            r"(?:(?:扣分|评分|计分)(?:标准|办法|细则)(?:为|如下)?:)?|(\d+(?:\.\d+)?)分;(?!.*;\d+(?:\.\d+)?分[;,:]))")


#: “窗台。此项分值为5分。…”: a heading of the row (a few words, no figure), then its 分值 said as the row's
_HEAD_THEN_WEIGHT = lazy_compile(r"^[\u4e00-\u9fff]{1,8};(?:本项|此项|该项)(?:满分|分值)(?:为)?(\d+(?:\.\d+)?)分[;,]")
#: “…扣3分;满分标准为窗台上无物品,且…干净,可得满分5分”: what earns full marks, closing the deductions, said in words
_FULL_MARKS_DESCRIBED = lazy_compile(r";满分(?:标准|要求)(?:为|是|:)[^;\d]{2,60}?,?(?:即|方)?可?(?:得|获得|给)满分(?:(\d+(?:\.\d+)?)分)?;?$")
#: “每份公文满分为10分,…”, “每题的分值为10分”: the 分值 said of each thing scored (group 1: the thing's unit), the row
#: scoring each one
_EACH_THING_WEIGHT = lazy_compile(r"^每(?:(份|篇|件)[\u4e00-\u9fff]{1,6}?|道?(题)的?)(?:满分|分值)(?:为)?\d+(?:\.\d+)?分")


def weight_of_each(t: str) -> str:
    """The lead saying the 分值 of each thing scored (“每份公文满分为10分”), or "": a reading scores one of them, and
    how the scores of several are made the row's (their mean, their sum) the text leaves unsaid."""
    m = _EACH_THING_WEIGHT.match(_row_number_dropped(t))
    return m.group(0) if m else ""


#: “…每处扣0.5分(共4分)”: the total closing a text, in brackets, said with 共 (when it is the 分值, where deductions stop)
_TOTAL_AT_END = r"\((?:本项|本指标|该项|此项)?(?:共计|合计|共|总分)(?:为)?\d+(?:\.\d+)?分\)(?=;?$)"
#: “…计2分(本项共计4分)”: a closing remark that restates the 分值
_STATED_WEIGHT_AT_END = lazy_compile(r"\((?:本项|本指标|该项|此项)?(?:共计|合计|共|满分|总分)(?:为)?(\d+(?:\.\d+)?)分\);?$")
#: “权重10%。…”, “(权重10%)…”, “…(满分100分,本项权重10%)”: the row's 权重 in % of a 100-point scale, the 分值 restated
_WEIGHT_IN_PCT = lazy_compile(r"^\(?(?:本项|本指标|该项|此项)?权重(?:为|:)?(\d+(?:\.\d+)?)%(?:\)[;,]?|[;,])")
_WEIGHT_IN_PCT_AT_END = lazy_compile(r"[;,]?\((?:(?:满分|总分)100分,)?(?:本项|本指标|该项|此项)?权重(?:为)?(\d+(?:\.\d+)?)%\);?$")
#: a 权重 in % beside its points (KPI sheets): “权重20%(20分)。…”, “20分(权重20%);…”, “客户满意度(权重20%,20分):…” —
#: both restate the 分值 where both are it (``_weight_with_points``)
_WEIGHT_WITH_POINTS = lazy_compile(r"^(?:(?:本项|本指标|该项|此项)?权重(?:为|:)?(?P<a>\d+(?:\.\d+)?)%\((?P<b>\d+(?:\.\d+)?)分\)|"
                                 r"(?P<c>\d+(?:\.\d+)?)分\((?:本项|本指标|该项|此项)?权重(?:为)?(?P<d>\d+(?:\.\d+)?)%\))[;,]|"
                                 r"(?<=[\u4e00-\u9fff])\((?:本项|本指标|该项|此项)?权重(?:为)?(?P<e>\d+(?:\.\d+)?)%,(?:分值|满分)?(?P<f>\d+(?:\.\d+)?)分\)(?=:)")
#: the 分值 restated as a lead with words that say nothing else (“本项5分。…”, “本项共5分,…”, “共5分:…”, “(5分)…”,
#: “(本项5分)…”; not “满分”/“分值”, ``_STATED_WEIGHT``'s): a bracket holding bare points opens it only where no
#: other clause opens with its points in brackets (“(5分)全部完成;(3分)部分完成” is a ladder of scores)
_RESTATED_LEAD = lazy_compile(r"^(?:(?:本项|本指标|该项|此项)(?:共计|合计|共|总分)?|共计|合计|共|总分)(?:为)?(\d+(?:\.\d+)?)分[;,:]"
                            r"|^\((?:本项|本指标|该项|此项)?(?:共计|合计|共|满分|总分|分值)?(?:为)?(\d+(?:\.\d+)?)分\)[;,:]?"
                            r"(?!.*[;,]\(\d+(?:\.\d+)?分\))")
#: the 分值 restated closing the text, a sentence of its own (“…。本项5分”, “…;共5分”, “…;本项满分5分”, “…;总计2分”,
#: “…;共得2分”; after a comma only in a word of a total closing deductions, “…扣0.5分,总计2分”, or parts earning points,
#: “…得1分,共得3分”, ``_parts_summed``) or a bracket saying 本项 (“…(本项5分)”; the bracket with 共/满分 is
#: ``_STATED_WEIGHT_AT_END``'s)
_RESTATED_END = lazy_compile(r";(?:(?:本项|本指标|该项|此项)(?:共计|合计|总计|共|满分|总分|分值)?|共计|合计|总计|共|总分)(?:为|(?<=[计共])得)?"
                           r"(\d+(?:\.\d+)?)分;?$|,(?:本项|本指标|该项|此项)?(?:共计|合计|总计|共(?=得))(?:为|得)?(\d+(?:\.\d+)?)分;?$"
                           r"|\((?:本项|本指标|该项|此项)(?:为)?(\d+(?:\.\d+)?)分\);?$")


#: the number of a row copied with its cell: “(1)”, “2.”, “3、”, “④”, “(四)”
_ROW_NUMBER = lazy_compile(r"^(?:\((\d{1,2})\)|(\d{1,2})(\.(?!\d)|、)|([" + CIRCLED + r"])|\(([一二三四五六七八九十]{1,3})\))")


def _row_number_dropped(t: str) -> str:
    """“(1)辖区内…达到60%,得1分,否则不得分”: a number opening the text with no next number after it is the row's,
    not the first of its parts."""
    m = _ROW_NUMBER.match(t)
    if not m or not t[m.end():]:
        return t
    if m.group(1):
        after = f"({int(m.group(1)) + 1})"
    elif m.group(2):
        after = f"{int(m.group(2)) + 1}{m.group(3)}"
    elif m.group(4):
        k = CIRCLED.index(m.group(4)) + 1
        after = CIRCLED[k] if k < len(CIRCLED) else ""
    else:
        n = cn_integer(m.group(5))
        after = "" if n is None else f"({_CN_NUMERALS[n + 1]})" if n + 1 < len(_CN_NUMERALS) else ""
    return t if not after or after in t else t[m.end():]


_CN_NUMERALS = ("零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十")


#: “条件保障(2分)。…”, “一、组织领导(10分)成立…”, “★基础工作(8分):…”: the item's title and its 分值 opening the text, a
#: sentence of their own (``alone``) or run straight into the rule
#: (or after a comma, a sentence of their own: “准确性,1分。入库率达60%的,得1分;…”)
_TITLE_AND_WEIGHT = lazy_compile(r"^(?:[一二三四五六七八九十]{1,3}、|★)?[\u4e00-\u9fff、]{2,16}(?:\((\d+(?:\.\d+)?)分\)|,(?P<comma>\d+(?:\.\d+)?)分(?=;))"
                               r"(?:(?P<alone>;)|:|,|--|(?=[\u4e00-\u9fff]))")
#: what a title is not: a scoring or a deduction; run into the rule, a grade (“优秀(5分)良好得3分…” are situations)
_NOT_A_TITLE = lazy_compile(r"扣|得|计|每|否则")
_GRADE_WORD = lazy_compile(r"优|良|好|差|格|级")


def _titled(t: str) -> re.Match[str] | None:
    """``_TITLE_AND_WEIGHT`` before a rule that scores in words of its own (“…得1分,否则不得分”), not
    the first of situations each with its points in brackets (“纳入国家级示范(6分);纳入省级示范(4分)”). A title run
    into the rule is one only where the rule shares out the title's points: they add up to them, or the best of them is
    them (“全部完成(5分)部分完成得3分” is the first of situations)."""
    m = _TITLE_AND_WEIGHT.match(t)
    rest = t[m.end():] if m else ""
    title = t[:m.start(1) if m.group(1) else m.start("comma")] if m else ""
    if m and m.group("alone") and not m.group("comma") and not _NOT_A_TITLE.search(title) \
            and _POINTS_TAKEN_OFF.search(rest) and not _EARNED_ELSEWHERE.search(rest) and not BRACKETED_POINTS.search(rest):
        return m  # “加强组织领导(5分)。成立…小组,…作出部署。未成立…的,扣2分;…”: a title before what is asked and its deductions
    listed = _PARTS_LISTED.match(rest) if m and m.group("alone") else None
    if listed and _PART_RANKED.search(rest):
        return None  # “…4分。其中:获县级荣誉1分,获市级荣誉3分”: ranks of one thing, situations rather than parts
    if m and listed and not _NOT_A_TITLE.search(title) and not _PART_MEASURED.search(rest) \
            and sum((d(x) for x in _PART_POINTS.findall(rest)), Decimal(0)) == d(m.group(1) or m.group("comma")):
        return m  # “基础工作,4分。包括:健全…机构,2分;编制…报告,1分;…,1分”: a title, then the parts its points are shared out to
    if not m or _NOT_A_TITLE.search(title) or not _POINTS_HEAD.search(rest) or BRACKETED_POINTS.search(rest):
        return None
    if m.group("alone") and not m.group("comma"):
        return m
    earned = [d(x.group(1)) for x in _POINTS_HEAD.finditer(rest)]
    # (“准确性,1分;…”: after a comma, as a situation's points are, only where the rule shares them out)
    shared = d(m.group(1) or m.group("comma")) in (sum(earned, Decimal(0)), max(earned))
    return m if shared and not _GRADE_WORD.search(title) else None


#: the parts of a title listed after it (“包括:…”, “具体包括:…”, “其中:…”), and the points each part closes on (“…,2分;”)
_PARTS_LISTED = lazy_compile(r"^(?:具体)?(?:包括|其中)[:,]")
_PART_POINTS = lazy_compile(r"(?<=[,\u4e00-\u9fff)])(\d+(?:\.\d+)?)分(?=[;,.]|$)")
#: a part naming what is looked at rather than a thing to do (“重点企业分离情况,2分”, “新增剥离企业数,2分”, “…增幅,2分”):
#: how it is scored is unsaid, the title is no mere heading of points met or not
_PART_MEASURED = lazy_compile(r"(?:情况|数|率|幅|量|水平|效果|成效|程度),?\d+(?:\.\d+)?分(?=[;,.]|$)")

#: a part naming a rank of an honour or a grade (“获县级荣誉1分,获市级荣誉3分”, “优秀2分,良好1分”): the parts are
#: situations one of which is found, not points each met or not
_PART_RANKED = lazy_compile(r"(?:国家|部|省|市|地|县|区|乡|镇|街道|校|院)级|优秀|良好|较好|较差|一般|[一二三四]等奖|[一二三四五ABCD]档|[一二三四ABCD甲乙丙]类")

#: “货币资金占比情况:6分。…”: the item's title, a colon and its 分值, a sentence of their own opening the text
_COLON_TITLE = lazy_compile(r"^[\u4e00-\u9fff、]{2,16}:(\d+(?:\.\d+)?)分;")
#: points alone after a mark in the rest (“…;部分完成:3分;…”): the title would be the first of situations
_BARE_POINTS = lazy_compile(r"(?:^|[:;,])\d+(?:\.\d+)?分(?=[;,]|$)")
#: the words of a state met or not, a prize or a rank: a lead saying one is a situation (“资料齐全:6分;…”), no title
_STATE_SAID = lazy_compile(r"完成|齐全|达标|达到|合格|健全|完善|完整|规范|建立|到位|及时|按时|按期|全部|全面|未|无|不|没有|已|"
                         r"符合|满足|落实|开展|获|奖|等|类|满|超过|以上|以下")
#: the last word of a title naming what is assessed (“制度建立情况”, “经营管理团队”): no situation for all its words of a
#: state; a lead whose points the rest's add up to must end with one (“研究生:5分;专科得2分;本科得3分” is no title)
_TITLE_NOUN = lazy_compile(r"(?:情况|状况|程度|水平|效果|能力|体系|机制|期限|规模|构成|团队|建设|管理|结构|质量|效益|条件|保障|资质|业绩)$")
#: a cap on what the rest earns: “得分最高不超过6分”, “最多4分”
_CAPPED_AT = lazy_compile(r"(?:最高|最多|不超过|上限)(?:为|得|计)?(\d+(?:\.\d+)?)分")


def _colon_titled(t: str) -> re.Match[str] | None:
    """``_COLON_TITLE`` before a rule of its own, never a grade (“优秀:5分;…”) nor the first of situations whose points
    are said alone (“全部完成:5分;部分完成:3分”), nor one that says a state or a rank (“按时完成:5分;延期完成的得3分;
    未完成的得2分”, “一等奖:5分;二等奖得3分;…”: the best of the situations, the rest's points adding up to it by chance)."""
    m = _COLON_TITLE.match(t)
    if not m or _NOT_A_TITLE.search(m.group(0)[:-1].split(":")[0]) or _GRADE_WORD.search(m.group(0)):
        return None
    title, rest = m.group(0).split(":")[0], t[m.end():]
    if not rest or _BARE_POINTS.search(rest):
        return None
    # a title names what is assessed (“成立期限”, “股东构成情况”); a lead saying a state met, a prize or a rank, or whose
    # last word closes a condition of the rest (按时完成 … 延期完成), is the first of the situations
    if (_STATE_SAID.search(title) and not _TITLE_NOUN.search(title)) or title[-2:] in rest:
        return None
    # the rest shares out those points (they add up to them, or the best is them), or caps what it earns at them: a
    # situation and its points (“建立台账:2分;未录入系统扣2分”, “建立台账:2分;部分建立得1分”) is never a title
    points, earned = d(m.group(1)), [d(x.group(1)) for x in _POINTS_HEAD.finditer(rest)]
    capped = [d(x.group(1)) for x in _CAPPED_AT.finditer(rest)]
    if earned and points == sum(earned, Decimal(0)) != max(earned) and points not in capped and not _TITLE_NOUN.search(title):
        return None  # “研究生:5分;专科得2分;本科得3分”: the lead's points the rest's sum by chance, a ladder of situations
    return m if earned and (points in (sum(earned, Decimal(0)), max(earned)) or points in capped) else None


#: “制度建设2分,建立制度的得满分,否则不得分”, “工作基本条件2分。经费不足扣1分,…”: the item's name and its 分值 opening the
#: text, before a rule that says its full marks in words or only takes points off (no other points earned, which would
#: make the lead the first of situations: “优秀4分,良好3分”)
_NAME_AND_WEIGHT = lazy_compile(r"^(?![^,;]*?(?:得|计|记|扣|减|加|占|为|每|的|优|良|好|差|格|级))[\u4e00-\u9fff]{2,10}(?:,(?=\d+(?:\.\d+)?分;))?(\d+(?:\.\d+)?)分[,;]")
_EARNED_ELSEWHERE = lazy_compile(r"(?<![扣减\d.])\d+(?:\.\d+)?分")
_SCORES_IN_WORDS = lazy_compile(r"(?:得|计|记)满分")
#: points taken off, their figure said (never “按百分比扣分”, which says no points of its own)
_POINTS_TAKEN_OFF = lazy_compile(r"扣(?:除|减)?\d")
#: a rule that only zeroes the row, closing the text (“项目4分,…低于5个项目本项不计分”): the 分值 otherwise
_ONLY_ZEROED = lazy_compile(ZEROED + r"[;,.]?$")


#: after a name and its 分值 with a comma, a rate's step in percentage points alone scores (“…,及时率每下降1个百分点扣0.1分;”)
_RATE_STEP_ONLY = lazy_compile(r"^[^\d]*率每(?:下降|降低|低于|减少|低)\d+(?:\.\d+)?(?:个百分点|%)扣\d+(?:\.\d+)?分[;,]?(?:扣完为止[;,]?)?$")


def _named(t: str) -> re.Match[str] | None:
    """``_NAME_AND_WEIGHT`` before a rule that says its full marks in words (“…的得满分,否则不得分”), only takes
    points off (“…不足扣1分,没有…扣0.5分”) or only zeroes the row (“…低于5个项目本项不计分”)."""
    m = _NAME_AND_WEIGHT.match(t)
    rest = t[m.end():] if m else ""
    if m and "," in m.group(0)[:-1] and not _RATE_STEP_ONLY.search(rest):
        # “按要求完成,10分;否则不得分”, “按时报送工作信息,6分。少于6次每次扣1分”: a situation and its points (the count
        # asked may be the line of what follows), no title; “办件处理情况,3分;…及时率每下降1个百分点扣0.1分” is one
        return None
    if m and _EARNED_ELSEWHERE.search(rest) and (parts := _split_headed(rest)):
        # “论坛8分。参加论坛会4分,缺席1次扣1分;上交论坛材料4分,…”: the title of parts whose own points make it up
        heads = [_HEADED_OPEN.match(x) or _HEAD_POINTS_COLON.match(x) for x in parts]
        return m if sum((d(h.group("pts") if "pts" in h.re.groupindex else h.group(1)) for h in heads if h),
                        Decimal(0)) == d(m.group(1)) else None
    return m if m and (_SCORES_IN_WORDS.search(rest) or _POINTS_TAKEN_OFF.search(rest) or _ONLY_ZEROED.search(rest)) \
        and not _EARNED_ELSEWHERE.search(rest) else None


#: points said in words that score (a figure's 分, 满分, 不得分): what is left once the 分值 said again is dropped must say
#: its points, or the 分值 was the points of what it holds (“(4分)台账1档案1公示1”, “开展…工作。总分2分”)
_POINTS_SAID = lazy_compile(r"\d分|满分|不得分|不计分")


def _restated_lead(t: str) -> re.Match[str] | None:
    """``_RESTATED_LEAD``, where the rest says points of its own."""
    m = _RESTATED_LEAD.match(t)
    return m if m and _POINTS_SAID.search(t[m.end():]) else None


def stated_weight_dropped(t: str, weight: Decimal) -> str:
    """“本项满分4分。发现1起…扣1分”, “条件保障(2分)。…”, “…计2分(本项共计4分)”: a lead sentence, a title with the 分值
    (``_titled``) or a closing remark that only restates the 分值 says nothing of the rule; nor does the number of a row
    (“(1)”) that no second number follows."""
    t = _row_number_dropped(t)
    if "权重" in t:  # (a 权重 in % is the 分值 of a 100-point scale: restated only where it is the 分值)
        for pct in (_WEIGHT_IN_PCT.match(t), _WEIGHT_IN_PCT_AT_END.search(t)):
            if pct and d(pct.group(1)) == weight and (t[:pct.start()] + t[pct.end():]).strip(";,"):
                t = t[:pct.start()] + t[pct.end():]
        both = _WEIGHT_WITH_POINTS.search(t)
        if both and all(d(x) == weight for x in both.groups() if x) and (t[:both.start()] + t[both.end():]).strip(";,:"):
            t = t[:both.start()] + t[both.end():]
    basis = basis_lead(t) if "满分" in t or "分值" in t else None
    said = _STATED_WEIGHT.match(t[basis.end():]) if basis else None
    if basis and said and d(said.group(1) or said.group(2)) == weight and t[basis.end() + said.end():]:
        # “根据全年检查记录评分,满分100分,每完成1次…”: what the score is found from, then the 分值 said again (the lead kept)
        t = t[:basis.end()] + t[basis.end() + said.end():]
    m = _STATED_WEIGHT.match(t) or _restated_lead(t) or _titled(t) or _named(t) or _colon_titled(t)
    if m and d(m.group(1) or m.group(2)) == weight and t[m.end():]:
        t = t[m.end():]
    elif (head := _HEAD_THEN_WEIGHT.match(t)) and d(head.group(1)) == weight and t[head.end():]:
        t = t[head.end():]  # “窗台。此项分值为5分。…”: the row's heading, then its 分值 said
    full = _FULL_MARKS_DESCRIBED.search(t) if "满分标准" in t else None
    if full and (full.group(1) is None or d(full.group(1)) == weight) and "扣" in t[:full.start()]:
        t = t[:full.start() + 1]  # “…扣3分;满分标准为窗台上无物品,…,可得满分5分”: what earns the 分值 the deductions leave
    end = _STATED_WEIGHT_AT_END.search(t) if t.endswith(")") or t.endswith(");") else None
    if end and "扣" in t[:end.start()] and not _FLOOR.search(t[:end.start()]):
        return t  # “…每个点扣0.5分(共4分)”: the 分值 restated after deductions that say no other stop is where they stop
    # (“…扣0.5分。本项3分”: a sentence restating it says no stop: the deductions' stop left unsaid, to check)
    if end is None and "分" in t[-5:] and (end := _RESTATED_END.search(t)) and not _POINTS_SAID.search(t[:end.start()]):
        end = None  # “开展…工作,完成率不低于50%。总分2分”: the points of the requirement, said last, not said again
    if end is not None and t[end.start()] == "," and not _LAST_DEDUCTED.search(t, 0, end.start()) \
            and not _parts_summed(t[:end.start()], d(next(g for g in end.groups() if g))):
        end = None  # “…得0.5分,共计2分”: the total of points earned per case, not the 分值 said again after faults
    t = t[:end.start()] if end and d(next(g for g in end.groups() if g)) == weight and t[:end.start()] else t
    base = _BASE_AT_END.search(t)
    if base and d(base.group(1)) == weight and "扣" in t[:base.start()] and not re.search(r"加|得", t[:base.start()]):
        return t[:base.start() + 1]  # “…1次扣1分;无通知者:1次扣2分;基本分为10分”: deductions from the 分值 said last
    return t


#: the last points said before a total after a comma, taken off: “…扣2分,总计4分”
_LAST_DEDUCTED = lazy_compile(r"扣(?:除)?\d+(?:\.\d+)?分$")
#: the points a part earns, said after its words (“运行正确得1分”)
_PART_EARNS = lazy_compile(r"(?<![每各])(?:得|计)(\d+(?:\.\d+)?)分")


def _parts_summed(t: str, total: Decimal) -> bool:
    """“样例运行成功得1分,返回值正确得1分,输出正确得1分”, then “,共计3分”: parts each earning points of its own, two or
    more, that add up to the total said after a comma (the 分值 said again); never points per case (“每…得0.5分,共计2分”:
    their cap), nor parts of which one takes points off or is scored in turn."""
    if re.search(r"每|各|扣|减|依次|递", t):
        return False
    earned = [d(x) for x in _PART_EARNS.findall(t)]
    return len(earned) >= 2 and len(earned) == len(re.findall(r"\d+(?:\.\d+)?分", t)) and sum(earned, Decimal(0)) == total
#: the base closing deductions: “…;基本分为10分”, “…;此项基础分为5分” (its cap said after it is ``_base_said_last``'s)
_BASE_AT_END = lazy_compile(r";(?:此项|本项|该项)?(?:基本分|基础分)(?:为)?(\d+(?:\.\d+)?)分[;.]?$")


# ── composite texts: one scoring item per part ──────────────────────────────
#: (a number with a unit in Latin letters may follow the mark: “3.500kV及以上变电站…”)
_NUMBERED = lazy_compile(r"(?:^|(?<=[;,:。)]))(?:\((\d{1,2})\)|(\d{1,2})[.、](?:(?!\d)|(?=\d+[A-Za-z])))")
_DOT_MARK = lazy_compile(r"(?:^|(?<=;))\.(?=[\u4e00-\u9fff])")
_POINTS_AT_END = lazy_compile(r"\((\d+(?:\.\d+)?)分?[,;)]|(?:得|计|记|占|,|:)(\d+(?:\.\d+)?)分[;,]?$|\((\d+(?:\.\d+)?)分?\)$")
#: a part's points opening its scoring: “得3分”, “计3分”, “得满分0.5分” (the 分值 said with its figure)
_POINTS_HEAD = lazy_compile(r"(?:(?:得|计|记|占|另计|另得)(?:满分)?(\d+(?:\.\d+)?)分)")


def _split_numbered(t: str) -> list[str]:
    """Parts introduced by 1. 2. 3. / (1)(2) / ①②③, in sequence; [] when the text has no such parts."""
    marks: list[re.Match[str]] = []
    expect = 1
    for m in _NUMBERED.finditer(t):
        n = int(m.group(1) or m.group(2))
        # a list goes on in the mark it opened with: “(1)…(4)” inside “3.…” are that part's own points, never part 4
        if n == expect and (not marks or (m.group(1) is None) == (marks[0].group(1) is None)):
            marks.append(m)
            expect += 1
    if len(marks) >= 2:
        return [t[m.end():(marks[i + 1].start() if i + 1 < len(marks) else len(t))] for i, m in enumerate(marks)]
    dots = [m.start() for m in _DOT_MARK.finditer(t)] if t.startswith(".") else []
    if len(dots) >= 2:  # “.A…,得3分;.B…,得2分”: dots as list marks
        return [t[i + 1:(dots[k + 1] if k + 1 < len(dots) else len(t))] for k, i in enumerate(dots)]
    circled = [i for i, c in enumerate(t) if c in CIRCLED]
    if len(circled) >= 2 and all(CIRCLED.index(t[i]) == k for k, i in enumerate(circled)):
        return [t[i + 1:(circled[k + 1] if k + 1 < len(circled) else len(t))] for k, i in enumerate(circled)]
    return []


def _sentences(t: str) -> list[str]:
    """The text's sentences (split at “;”), leaving out those with nothing but commas."""
    return [x for x in t.split(";") if x.strip(",")]


def _split_stated(t: str) -> list[str]:
    """“…得3分,…扣完3分为止;…得3分,…扣完3分为止” / “计4分…;另计2分…”: parts that each state their points."""
    segs = [x for x in re.split(r";|(?=另计\d)", t) if x.strip(",")]
    if len(segs) < 2:
        return []
    if all(_POINTS_HEAD.search(x) and re.search(r"扣|每|否则|不得分|比例|得分=", x) for x in segs):
        return segs
    return []


def _split_stated_mixed(t: str, weight: Decimal) -> list[str]:
    """“…≥29.5%,得1分,每下降0.1%扣0.1分,扣完为止;比上年度增幅达到0.5%以上,得1分”: sentences each stating its points once,
    adding up to the 分值, some deducting from their points and the others a plain condition met or not."""
    beside = _EARNED_BESIDE.match(t.rstrip(";。 ")) if "每" in t else None
    if beside and d(beside.group("pts") or beside.group("bpts")) + _stated_or_capped(beside.group("each")) == weight:
        return [beside.group("req"), beside.group("each")]
    segs = _sentences(t)
    # (a sentence earning per case up to its own most, “…每增加1年…得2分,最多得4分”, states its points once: the most)
    if len(segs) < 2 or not all(len(_POINTS_HEAD.findall(_EARNED_CAP_CLOSING.sub("", x.rstrip(";,。 "))
                                                     if _earned_each_capped(x) is not None else x)) == 1 for x in segs):
        return []
    deducting = [bool(re.search(r"扣|每", x)) for x in segs]
    if all(deducting) or not any(deducting):
        return []
    # a plain condition holding a count (“培训达到2次以上,得1分”) may be bands on the count: not read here (a share, “增幅达到
    # 0.5%以上”, is a condition with a figure, read as such and left to check); a least asked in a requirement (“提供不少于
    # 1年免费维护服务,得1分”) beside points earned per case up to a most is no band, the sentences adding up to the 分值
    if any(not deducts and re.search(r"\d", _POINTS_HEAD.sub("", x)) and "%" not in x
           and not (_LEAST_FIGURE.search(x) and any(_earned_each_capped(y) is not None for y in segs))
           for x, deducts in zip(segs, deducting)):
        return []
    return segs if sum((_stated_or_capped(x) for x in segs), Decimal(0)) == weight else []


#: “成立领导小组得2分,每听取1次汇报得1分,最高4分”, “…领导小组(2分),并能…,每听取1次…得1分,最高4分”: a requirement and
#: its points, then in the same sentence points earned per case up to a cap of their own (not a first case and each
#: further one: “建成1个得3分,每增加1个加1分,最多加2分”)
_EARNED_BESIDE = lazy_compile(r"^(?P<req>[^;,每扣减\d]{2,40}?(?:(?:得|计|记)(?P<pts>\d+(?:\.\d+)?)分|\((?P<bpts>\d+(?:\.\d+)?)分\)))"
                            r",(?P<each>[^;每扣减]{0,30}每(?!增加|多|超|再)[^;扣减]*?(?:得|加|计)\d+(?:\.\d+)?分,(?:最高|最多|累计不超过|不超过)"
                            r"(?:得|计|加)?\d+(?:\.\d+)?分)$")


#: the words of a least asked: “不少于4次”, “至少2篇”, “提供不少于1年…服务”
_LEAST = r"(?:不少于|至少|不低于)"
#: a least asked in a requirement, of anything (“提供不少于1年…服务”, “至少配备2名…”)
_LEAST_FIGURE = lazy_compile(_LEAST + r"\d")


def _earned_each_capped(seg: str) -> Decimal | None:
    """The most of a sentence earning per case up to it, closing it (“每听取1次汇报得1分,最高4分”, “…在1年…基础上,每增加1年
    的…服务得2分,最多得4分”), or None: no deduction, and no points earned before its 每 that make it each case beyond a
    first (“建成1个得3分,每增加1个加1分,最多加2分”)."""
    body = seg.rstrip(";,。 ")
    cap = _EARNED_CAP_CLOSING.search(body) if "每" in body and not re.search(r"扣|减", body) else None
    if cap is None:
        return None
    further = re.search(r"每(?:增加|多|超|再)", body)
    if further and (_POINTS_HEAD.search(body, 0, further.start()) or re.search(r"\(\d+(?:\.\d+)?分\)", body[:further.start()])):
        return None  # (each further case, after a first's points)
    return d(cap.group(1))


def _stated_or_capped(seg: str) -> Decimal:
    """The points a sentence states (“成立领导小组得2分”), or for one earning per case up to a cap closing it (“每听取1次汇报
    得1分,最高4分”), the cap: the most it adds."""
    cap = _earned_each_capped(seg)
    return cap if cap is not None else d(_POINTS_HEAD.findall(seg)[0])


def _each_case(t: str) -> bool:
    """Whether a 每 of ``t`` counts cases or steps (“每发现1处”), not how often a thing is done (“每年组织1次体检”)."""
    return t.count("每") > len(ONCE_A_PERIOD.findall(t))


def _split_best_adding(t: str, weight: Decimal) -> list[str]:
    """“A…得1分;B…比较完整得3分,C…得2分;D高于30%得4分,…得1分”: sentences that each score on their own, some with
    situations from best to worst (or from worst to best: “配备兼职社工得5分,配备专职社工得10分”), the best score of
    each adding up to the 分值."""
    if "扣" in t or _each_case(t):
        return []
    segs = _below_closed(_sentences(t))
    if len(segs) < 2:
        return []
    bests, several = [], False
    for seg in segs:
        scores = [d(x) for x in _SCORED.findall(seg)]
        best = _best_situation(scores)
        if best is None:
            return []
        several = several or len(scores) > 1
        bests.append(best)
    return segs if several and sum(bests, Decimal(0)) == weight else []


_SCORED = lazy_compile(r"(?:得|计|记)(\d+(?:\.\d+)?)分")
#: a sentence that only zeroes below a line (“低于60%不得分”), closing the bands of the sentence before it
_BELOW_ZEROED = lazy_compile(r"^(?:低于|不足|未达到|少于|<)\d+(?:\.\d+)?%(?:的|者|时)?,?(?:此项|本项|该项)?" + ZEROED + r"$")


def _below_closed(segs: list[str]) -> list[str]:
    """The sentences, one that only zeroes below a line (“…达70%得2分,达60%得1分。低于60%不得分。”) joined to the sentence of
    bands before it, whose lowest band it closes."""
    out: list[str] = []
    for seg in segs:
        if out and _BELOW_ZEROED.match(seg.strip(",")) and len(_SCORED.findall(out[-1])) > 1:
            out[-1] += "," + seg
        else:
            out.append(seg)
    return out


def _best_situation(scores: list[Decimal]) -> Decimal | None:
    """The best of a sentence's scores when they are situations of one thing, each scoring less (or each more) than the
    one before (“…得3分,…得2分”, “配备兼职社工得5分,配备专职社工得10分”); None otherwise."""
    if not scores:
        return None
    if all(a > b for a, b in pairwise(scores)) or all(a < b for a, b in pairwise(scores)):
        return max(scores)
    return None


#: the words two sentences must have alike, at their opening and before their score, to be two degrees of one thing
#: (“成立由党委政府主要领导…”, “成立由党委政府其他领导…”; “由主要领导任组长的”, “由分管领导任组长的”), not two things
_ALIKE_WORDS = 4


def _shared_start(a: str, b: str) -> str:
    n = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
    return a[:n]


def _alike(a: str, b: str) -> bool:
    """Two sentences that say the same thing but for a word or two (their opening and the words before their scores)."""
    a, b = (_SCORED.split(x)[0].rstrip(",").removesuffix("的") for x in (a, b))
    opening = _shared_start(a, b)
    closing = _shared_start(a[len(opening):][::-1], b[len(opening):][::-1])[::-1]
    return len(opening) + len(closing) >= _ALIKE_WORDS and not re.search(r"\d", opening + closing)


def _split_alternatives_adding(t: str, weight: Decimal) -> list[str]:
    """“成立由党委政府主要领导担任负责人的…,得1分;成立由党委政府其他领导担任负责人的…,得0.5分;成立工作专班的,得0.5分;…”:
    sentences each scoring once, where a sentence that says what the one before it says but for a word or two
    (``_alike``: the same opening and the same words before the score) and scores less is a lesser degree of the
    same thing (one part, its situations); the parts' best scores add up to the
    分值 only so. [] when the text is not that."""
    if "扣" in t or "每" in t:
        return []
    segs = _sentences(t)
    scores = [[d(x) for x in _SCORED.findall(seg)] for seg in segs]
    if len(segs) < 3 or any(len(x) != 1 for x in scores) or sum((x[0] for x in scores), Decimal(0)) <= weight:
        return []
    parts, bests = [segs[0]], [scores[0][0]]
    for before, seg, (was,), (pts,) in zip(segs, segs[1:], scores, scores[1:]):
        if _alike(before, seg) and pts < was:
            parts[-1] += "," + seg
        else:
            parts.append(seg)
            bests.append(pts)
    if len(parts) == len(segs) or len(parts) < 2 or sum(bests, Decimal(0)) != weight:
        return []
    return parts


#: a sentence that scores nothing, closing the situations of one thing before it (“低于基准水平的,不得分”)
_NONE_CLOSING = lazy_compile(r"^[^;\d]+?(?:的|者)?,?(?:本项|该项|此项)?" + ZEROED + r"$")


def _split_closed_by_none(t: str, weight: Decimal) -> list[str]:
    """“能效优于标杆水平的,得4分;达到基准水平的,得2分;低于基准水平的,不得分;入选能效领跑者名单的,得2分”: sentences each
    scoring once, the situations of one thing in falling scores closed by the sentence that scores nothing, then a
    sentence scoring on its own (a part of its own: its score does not fall from the closed ones'); the parts' best
    scores add up to the 分值 only so. [] when the text is not that."""
    if "扣" in t or _each_case(t):
        return []
    parts: list[list[str]] = []
    scores: list[list[Decimal]] = []
    closed: list[bool] = []
    for seg in _sentences(t):
        found = [d(x) for x in _SCORED.findall(seg)]
        if not found and _NONE_CLOSING.match(seg.strip(",")):
            if not parts or closed[-1]:
                return []
            parts[-1].append(seg)
            closed[-1] = True
        elif len(found) == 1 and parts and not closed[-1] and found[0] < scores[-1][-1]:
            parts[-1].append(seg)
            scores[-1].append(found[0])
        elif len(found) == 1:
            parts.append([seg])
            scores.append(found)
            closed.append(False)
        else:
            return []
    # a part of situations closed by nothing scored, and a part besides it
    if len(parts) < 2 or not any(c and len(p) > 2 for c, p in zip(closed, parts)):
        return []
    if sum((x[0] for x in scores), Decimal(0)) != weight:
        return []
    # a part of its own naming what the closed situations name (“…;未获评的,不得分;获评市级示范但未整改的,得2分”, “…达到
    # 基准水平的…;优于标杆水平的,得4分”): a degree of the same thing, perhaps instead of them, never surely beside them
    for part, was_closed in zip(parts, closed):
        if was_closed and any(_names_the_situations(other[0], part) for other in parts if other is not part):
            return []
    return [";".join(p) for p in parts]


def _word_runs(seg: str, n: int) -> set[str]:
    """The runs of ``n`` Chinese characters in a sentence's words before its points (“的” and 不得分 apart)."""
    words = re.sub(r"[^\u4e00-\u9fff]|的", " ", re.sub(ZEROED, " ", _SCORED.split(seg)[0]))
    return {words[i:i + n] for i in range(len(words) - n + 1) if " " not in words[i:i + n]}


def _names_the_situations(seg: str, situations: list[str]) -> bool:
    """A sentence naming what situations name: three characters running on of one of them (“获评市级示范但未整改的”), or
    two of more than one (“优于标杆水平的” after “达到基准水平的…低于基准水平的”); two of one alone are no more than the
    matter both are of (“入选…能效‘领跑者’名单的” after “能效优于标杆水平的”)."""
    if any(_word_runs(seg, 3) & _word_runs(x, 3) for x in situations):
        return True
    return any(sum(1 for x in situations if pair in _word_runs(x, 2)) >= 2 for pair in _word_runs(seg, 2))


#: “…,得1分;否则不得分”: a sentence's points and its own otherwise, closing a part (“。” is normalised to “;”)
_OWN_OTHERWISE = lazy_compile(r"(?<=;)否则,?" + ZEROED + r";?")


def _split_each_otherwise(t: str, weight: Decimal) -> list[str]:
    """“全年不发生缺测,得1分;否则不得分。到报率≥95%,得1分;否则不得分。…”: requirements each scoring its points once,
    each closed by its own “否则不得分”, their points adding up to the 分值: one part each. [] when the text is not
    that."""
    if "否则" not in t or "扣" in t:
        return []
    end = _WEIGHT_AT_END.search(t)  # the 分值 said again closing the text: no part of the last requirement
    if end and d(end.group(1)) == weight:
        t = t[:end.start()]
    cuts = [m.end() for m in _OWN_OTHERWISE.finditer(t)]
    if len(cuts) < 2 or cuts[-1] not in (len(t.rstrip(";")), len(t)):  # the last requirement closes the text
        return []
    parts = [t[a:b].strip(";") for a, b in zip([0, *cuts], cuts)]
    scores = [_SCORED.findall(p) for p in parts]
    if any(len(x) != 1 for x in scores) or sum((d(x[0]) for x in scores), Decimal(0)) != weight:
        return []
    return parts


#: a requirement's points in brackets closing its clause: “成立领导小组(1分)”
_BRACKET_POINTS = lazy_compile(r"\((\d+(?:\.\d+)?)分\)$")


#: a part's heading and its points in brackets, perhaps a colon, opening the options it scores among: “院校级别(50分):”,
#: at the start, after a stop, or straight after the last option's points of the part before (a page's line breaks lost)
_OPTIONS_HEAD = lazy_compile(r"(?:^|(?<=[;,:])|(?<=\d分))(?P<head>[^,;:()\d]{2,16})\((?P<pts>\d+(?:\.\d+)?)分\):?")
#: what opens a text of such parts, naming them and scoring nothing: “计算要素:”, “评分要素:”
_OPTIONS_LEAD = lazy_compile(r"^[\u4e00-\u9fff]{2,8}:$")
#: one option of such a part: a few words (an aside in brackets), a colon perhaps, its points
_HEADED_OPTION = lazy_compile(r"^(?P<label>[^,;:\d()]{1,16}?|\d{1,4}[^,;:\d()]{1,12}?|[^,;:\d()]{1,16}\([^()]{1,60}\)):?(?P<n>\d+(?:\.\d+)?)分$")
#: where options of such a part part: a stop, or a figure's points straight before the next option's words
_OPTIONS_APART = lazy_compile(r"[;,]|(?<=\d分)(?=\S)")
#: what no option's words hold: a deduction, a step, a score of its own
_OPTION_NOT_SO = lazy_compile(r"扣|每|得|加|减|以上|以下|超过|低于|不足|最高|最多|满分")


def _split_headed_options(t: str, weight: Decimal) -> list[str]:
    """“院校级别(50分)普通院校:25分;重点院校:40分;一流院校:50分;学历(50分)本科:25分;硕士:45分;博士:50分”: parts each
    opened by its heading and its points in brackets, then the options it chooses among, each with its points (the best
    the part's points, no two alike), the parts' points adding up to the 分值. Each part is given back as “院校级别(50分):
    一流院校得50分;…”, its options' points said as earned and the best first, so the part is read as the situations of
    one item."""
    if "分)" not in t:
        return []
    heads = list(_OPTIONS_HEAD.finditer(t))
    if len(heads) < 2:
        return []
    lead = t[:heads[0].start()]
    if lead and not _OPTIONS_LEAD.match(lead):
        return []
    parts, total = [], Decimal(0)
    for k, m in enumerate(heads):
        rest = t[m.end():heads[k + 1].start() if k + 1 < len(heads) else len(t)].strip(";,.")
        found = [_HEADED_OPTION.match(x) for x in _OPTIONS_APART.split(rest) if x]
        if len(found) < 2 or any(o is None or _OPTION_NOT_SO.search(o.group("label")) for o in found):
            return []
        pts, scores = d(m.group("pts")), [d(o.group("n")) for o in found if o]
        if max(scores) != pts or len(set(scores)) != len(scores):
            return []
        ranked = sorted((o for o in found if o), key=lambda o: -d(o.group("n")))  # (best first, as situations are read)
        parts.append(f"{m.group('head')}({m.group('pts')}分):" + ";".join(f"{o.group('label')}得{o.group('n')}分" for o in ranked))
        total += pts
    return parts if total == weight else []


def _split_bracketed_deducting(t: str, weight: Decimal) -> list[str]:
    """“成立领导小组(1分),每年召开2次以上会议(1分),少1次扣1分;”: requirements each closed by their points in brackets, the
    clauses after one that deduct (“少1次扣1分”) its own rule, the points adding up to the 分值: one part each (a clause
    before a requirement, a heading, opens its part). [] when the text is not that: no deduction after a bracket, or
    a clause after one that neither deducts nor opens a requirement. Where the deducting of the last requirement's
    clauses stops may close them (“…,没有出现违规案件(2分),每出现1件扣1分,扣完为止”)."""
    if "扣" not in t or "分)" not in t:
        return []
    parts: list[str] = []
    points: list[Decimal] = []
    opening: list[str] = []
    deducts = here = False
    for clause in (x for x in re.split(r"[,;]|(?<!\d)\.|\.(?!\d)", t) if x):
        bracket = _BRACKET_POINTS.search(clause)
        if bracket:
            parts.append(",".join([*opening, clause]))
            points.append(d(bracket.group(1)))
            opening = []
            here = False
        elif "扣" in clause and parts and not opening:
            stop = here and formula_rule.stops(clause, points[-1]) and not re.search(r"\d", STOP_CLAUSE.sub("", clause))
            if "每" not in clause and not deduction_rule.PER_INSTANCE.search(clause) and not stop:
                return []  # “…(2分),未建立扣2分”: the point's breach, a 要点核查's wording, not a rule of its own
            parts[-1] += "," + clause
            deducts = here = True
        elif re.search(r"\d|扣|分", clause):
            return []  # a figure or a score in a clause of no requirement's
        else:
            opening.append(clause)
    if len(parts) < 2 or opening or not deducts or sum(points, Decimal(0)) != weight:
        return []
    return parts


def _split_headed(t: str) -> list[str]:
    """“其中结报账8分,…每缺1次扣2分;账簿设置2分,…每缺1项扣1分”: sentences that each open with their heading and
    points and deduct from them."""
    if "分," not in t and "分):" not in t:
        return []
    segs = _joined_additions(_sentences(t))
    if len(segs) < 2 or not all(_HEADED_OPEN.match(x) or _HEAD_POINTS_COLON.match(x) for x in segs) \
            or not any("扣" in x for x in segs):
        return []
    return [re.sub(r"^其中,", "其中:", x) for x in segs]  # (“其中,” a lead-in, as “其中:” is)


#: a sentence that only adds points per case, no points of its own nor any deducted: “论坛材料发表的每篇加1分”
_ONLY_ADDED_PER_CASE = lazy_compile(r"^[^;\d]{2,30}?(?:的|者)?,?每(?:[^;,\d]{0,6}?)加\d+(?:\.\d+)?分[;,。]?$")


def _joined_additions(segs: list[str]) -> list[str]:
    """“…上交论坛材料4分,少1篇扣1分;论坛材料发表的每篇加1分”: a sentence adding points per case, with no points of its
    own, after a headed sentence deducting per case, belongs to that sentence's part (it names the same matter: a word
    of the heading), which then adds back within its own points."""
    out: list[str] = []
    for x in segs:
        head = _HEADED_OPEN.match(out[-1]) if out else None
        if head and _ONLY_ADDED_PER_CASE.match(x) and not _HEADED_OPEN.match(x) and "扣" in out[-1] \
                and _share_a_word(out[-1][:head.start(1)], x):
            out[-1] = f"{out[-1].rstrip(';。')};{x}"
        else:
            out.append(x)
    return out


#: a sentence opening with its heading and points, then deducting from them or zeroing them (after “其中:” perhaps):
#: “其中,制度建设2分,每缺1项扣0.5分”, “制度建设2分,制度完善的得2分,否则不得分”
_HEADED_OPEN = lazy_compile(r"^(?:其中[,:])?[^,;\d]+?(?:,共)?(?<![扣减除得计记占])(\d+(?:\.\d+)?)分,(?=[^;]*(?:扣|不得分))")


_CAP = lazy_compile(r"(?:扣满|扣完|最多扣|最高扣|累计扣|共扣|" + DEDUCTED_AT_MOST + r")(\d+(?:\.\d+)?)分(?:为止)?")


def _split_capped(t: str, weight: Decimal) -> list[str]:
    """“发生1起…扣0.5分,扣满4分为止;发生1起…扣0.5分,扣满4分为止”: sentences each deducting up to its own cap; a first
    sentence earning the whole 分值 with no fault (“准时送达得20分;…扣完10分为止;…扣完10分为止”) is the best of them all,
    when the caps after it make up the 分值, and a closing blank for the score (“()”) is no sentence."""
    segs = [x for x in _sentences(t) if x.strip(",。 ") != "()"]
    full = _FULL_FIRST.fullmatch(segs[0]) if segs else None
    if full and d(full.group(1)) == weight and len(segs) > 2:
        rest = segs[1:]
        caps = [_CAP.findall(x) for x in rest]
        if all(len(c) == 1 for c in caps) and sum((d(c[0]) for c in caps), Decimal(0)) == weight:
            segs = rest
    if len(segs) < 2 or not all(len(_CAP.findall(x)) == 1 and not _POINTS_HEAD.search(x) for x in segs):
        return []
    return segs


#: a first sentence earning the whole 分值 with no fault named (“准时送达得20分”, “全部达到要求的,得10分”)
_FULL_FIRST = lazy_compile(r"[^扣减未不无没差缺;,]{2,16},?得(\d+(?:\.\d+)?)分")


def _split_stated_then(t: str) -> list[str]:
    """“A…,计3分;…每处扣0.5分;B…,计1分;每有1处…扣0.2分,扣完为止”: a sentence stating its points, its deduction in
    the sentences after it, up to the next sentence stating points."""
    segs = _sentences(t)
    if len(segs) < 3 or not _POINTS_HEAD.search(segs[0]):
        return []
    parts: list[str] = []
    for seg in segs:
        if _POINTS_HEAD.search(seg) or not parts:
            parts.append(seg)
        else:
            parts[-1] += ";" + seg
    if len(parts) < 2 or len(parts) == len(segs) or not all(
            len(_POINTS_HEAD.findall(x)) == 1 and re.search(r"扣|每", x) for x in parts):
        return []
    return parts


_RANK_LIST = lazy_compile(r"(?:排名|排序|名次)[^;]{0,12}?(?:分别|依次)(?:赋予|给予|得|计|记)?(\d+(?:\.\d+)?)分?、")


def _split_with_ranks(t: str) -> list[str]:
    """“A达到要求得10分,不达要求不得分;B按从高到低排序,分别得10、8、6、4分”: a part scored by rank among others."""
    segs = _sentences(t)
    if len(segs) < 2 or not any(_RANK_LIST.search(x) for x in segs):
        return []
    if all(_RANK_LIST.search(x) or (_POINTS_HEAD.search(x) and re.search(r"扣|每|否则|不得分", x)) for x in segs):
        return segs
    return []


#: the heading of a part, before its colon: “服务内容”, “服务绩效”
_HEADING = r"[\u4e00-\u9fff]{2,8}"
#: “服务内容:最高得20分;其中,…;服务绩效:最高得40分;其中,…”: a part opened by its heading and a colon (its points, when
#: said at once, the most it may score), the text in parts under headings
_TITLED = lazy_compile(r"(?:^|;)(?P<head>" + _HEADING + r"):(?:(?:最高|最多)(?:得|计)?(?P<cap>\d+(?:\.\d+)?)分;其中,)?")
#: a part ``_split_titled`` gave back: its heading, its words, its points or its most closing it
_TITLED_PART = lazy_compile(r"^" + _HEADING + r":.*(?:\(\d+(?:\.\d+)?分\)|,最高得(?P<cap>\d+(?:\.\d+)?)分)$")


def _split_titled(t: str, weight: Decimal) -> list[str]:
    """“服务内容:最高得20分;其中,开展1项服务…,得10分;服务绩效:最高得40分;其中,年服务达200人次,得10分;…”: parts
    under headings, each its most (said after the heading) or its one score, adding up to the 分值. Each part is given
    back as its heading and its words, closed by its most: as its points (“…(40分)”) where its scores reach it, else as a
    cap (“…,最高得20分”)."""
    heads = list(_TITLED.finditer(t))
    if len(heads) < 2 or heads[0].start() != 0:
        return []
    parts, total = [], Decimal(0)
    for k, m in enumerate(heads):
        rest = t[m.end():heads[k + 1].start() if k + 1 < len(heads) else len(t)].strip(";,")
        if k + 1 == len(heads):  # a closing sentence that scores nothing is a note, left out of the part (to check)
            *said, last = rest.split(";")
            if said and not re.search(r"\d分|" + ZEROED, last):
                rest = ";".join(said)
        scores = [d(x) for x in _SCORED.findall(rest)]
        if m.group("cap"):
            pts = d(m.group("cap"))
            if pts in (max(scores, default=None), sum(scores, Decimal(0))):  # its scores reach its most: its points
                parts.append(f"{m.group('head')}:{rest}({m.group('cap')}分)")
            else:
                parts.append(f"{m.group('head')}:{rest},最高得{m.group('cap')}分")
        else:
            if len(scores) != 1:
                return []
            pts = scores[0]
            parts.append(f"{m.group('head')}:{rest}")
        total += pts
    return parts if total == weight else []


#: a part's heading and its points, a sentence of their own, then its rule: “3.平台应用,0.5分.平台用户未按要求登录的,…”
_HEADING_SENTENCE = lazy_compile(r"^((?:[^,;:\d()]|\([^,;:\d()]*\)){2,30}?),(\d+(?:\.\d+)?)分;(.+)$")


def _part_points(part: str) -> tuple[Decimal, str] | None:
    """A part's own points and its text without them."""
    body = part.strip(";,。 ")
    m = _HEAD_THEN_BANDS.match(body)
    if m and max(d(x) for x in BRACKETED_POINTS.findall(m.group("rule"))) == d(m.group("pts")):
        # “企业签订集体合同;(6分)80%以上(6分),50%-80%(4分)”: the heading's points, its bands' best, not its last band's
        return d(m.group("pts")), m.group("head") + ":" + m.group("rule")
    m = re.search(r"\((\d+(?:\.\d+)?)分?(?:,([^()]*))?\)$", body)
    if m:
        rest = body[:m.start()] + ("," + m.group(2) if m.group(2) else "")
        return d(m.group(1)), rest
    m = _HEAD_POINTS_COLON.match(body)
    if m and all(d(x) <= d(m.group("pts")) for x in _SCORED.findall(m.group("rule"))):
        # “执行情况(3分):每发现1次违规扣0.5分,扣完为止”: the part's heading, its points in brackets, a colon, its rule
        return d(m.group("pts")), m.group("head") + ":" + m.group("rule")
    m = re.search(r"[,:](\d+(?:\.\d+)?)分$", body) or re.search(r"(?<=[\u4e00-\u9fff])(?<![扣减除得计记占])(\d+(?:\.\d+)?)分$", body)
    if m and not re.search(r"\d", body[:m.start()]):
        return d(m.group(1)), body[:m.start()]
    m = _HEADING_SENTENCE.match(body)
    if m and re.search(r"\d分|扣|不得分", m.group(3)):  # “系统(平台)服务,10分;…1个系统得1分,满分10分”: its points first
        return d(m.group(2)), m.group(1) + ":" + m.group(3)
    m = _HEAD_POINTS_THEN_SCORED.match(body)
    if m and all(d(x) <= d(m.group("pts")) for x in _SCORED.findall(m.group("rule"))):
        # “执行情况3分,执行率≥95%得3分,每低1%扣1分”, “年终考核满分6分,考核合格得6分,不合格不得分”: the part's heading and
        # points, then a rule scoring on its own (its 得N分 or 得满分 the heading's points again, not more)
        return d(m.group("pts")), m.group("head") + ":" + m.group("rule")
    heads = list(_POINTS_HEAD.finditer(body))
    times = _FORMULA_POINTS.match(body)
    if times and not heads:  # “得分=访视率/90%*15分(90%以上得满分)”: the points the formula multiplies by
        return d(times.group(1)), body
    times = _QUOTIENT_TIMES_CLOSING.search(body)
    if times and not heads:  # “…,得分为:完成产品数/产品指标数*4”: the points the part's quotient is multiplied by
        return d(times.group(1)), body
    earned = _EARNED_CAP_CLOSING.search(body)
    if earned and "每" in body and not re.search(r"扣|减", body):  # “…每项加1分,不超过3分”: the cap of its points
        return d(earned.group(1)), body
    if len(heads) == 1:
        return d(heads[0].group(1)), body
    cap = _TITLED_PART.match(body) if len(heads) > 1 else None
    if cap and cap.group("cap"):  # a titled part (``_split_titled``): its most, closing it
        return d(cap.group("cap")), body
    best = _best_situation([d(h.group(1)) for h in heads]) if len(heads) > 1 and "扣" not in body and not _each_case(body) \
        else None
    if best is not None:
        return best, body  # situations from best to worst (or worst to best): the part's points are its best score
    caps = _CAP.findall(body)
    if not heads and len(caps) == 1:  # a part deducting up to its own cap: the cap is its points
        return d(caps[0]), body
    ranked = _RANK_LIST.search(body)
    if not heads and not caps and ranked:  # points by rank: the first rank's points are the part's
        return d(ranked.group(1)), body
    if not heads:
        # “…每例扣0.5分,共1分”: the points closing the part; “落实…情况(0.5分);…每项扣0.1分”: after its heading
        m = re.search(r",共(\d+(?:\.\d+)?)分$", body)
        if m:
            return d(m.group(1)), body[:m.start()]
        m = re.match(r"^([^();]+)\((\d+(?:\.\d+)?)分\)[;,](.+)$", body)
        if m and not re.search(r"\d+(?:\.\d+)?分", m.group(1)):
            return d(m.group(2)), m.group(1) + "," + m.group(3)
        # “制度与措施3分,未建立…扣0.5分,直至本项目分扣完”: the part's heading and its points, then its rule (“签订责任状,
        # 共15分,每缺1级扣5分”: the points said as the part's total)
        m = re.match(r"^([^,;\d()]{2,30}?)的?(?<![扣减除])(\d+(?:\.\d+)?)分,(.+)$", body) or _TOTAL_OPEN.match(body)
        if m and re.search(r"扣|每|否则|不得分", m.group(3)):  # (“日常考核满分4分,…”: the heading without its 满分)
            return d(m.group(2)), re.sub(r"(?:满分为?|分值为?|占)$", "", m.group(1)) + "计" + m.group(2) + "分," + m.group(3)
    m = _POINTS_OPEN.match(body)  # “绩效目标规范1分,不规范扣0.5分”: the part's points after its first words
    if m:
        return d(m.group(1)), body
    return None


#: a part's heading and its points in brackets, then bands each closed by its points in brackets: “企业签订集体合同;(6分)
#: 80%以上(6分),50%-80%(4分),50%以下(3分)”
_HEAD_THEN_BANDS = lazy_compile(r"^(?P<head>[^()\d;]{2,80}?);?\((?P<pts>\d+(?:\.\d+)?)分\)(?P<rule>(?:[^()]|\(含\))*\d(?:[^()]|\(含\))*"
                              r"\(\d+(?:\.\d+)?分\)(?:[,;](?:[^()]|\(含\))*\(\d+(?:\.\d+)?分\))+)$")
#: a part's heading and its points (“满分6分”, “占6分”), then a rule of its own scores: “执行情况3分,执行率≥95%得3分,…”
_HEAD_POINTS_THEN_SCORED = lazy_compile(r"^(?P<head>(?:其中:)?[^,;:\d()]{2,30}?)(?:满分为?|分值为?|占)?(?<![扣减除得计记])"
                                      r"(?P<pts>\d+(?:\.\d+)?)分,(?P<rule>(?=[^;]*(?:(?:得|计|记)(?:\d+(?:\.\d+)?分|满分)))"
                                      r"[^;]*\d[^;]*)$")
#: a part's heading, its points in brackets and a colon, then its rule: “执行情况(3分):执行率≥95%得3分,每低1%扣0.5分”
_HEAD_POINTS_COLON = lazy_compile(r"^(?P<head>[^()\d,;:]{2,30})\((?P<pts>\d+(?:\.\d+)?)分\):(?P<rule>[^:]*\d[^:]*)$")
#: a part that is a formula of its points: “得分=新生儿访视率/90%*15分(90%以上得满分)”
_FORMULA_POINTS = lazy_compile(r"^得分=[^,;=]*?\*(\d+(?:\.\d+)?)分(?:\([^()]*\))?$")
#: a part closing on its score as one count over another times its points: “…建立生产日志,得分为:完成产品数/产品指标数*4”
_QUOTIENT_TIMES_CLOSING = lazy_compile(r"(?:^|[,;:])(?:得|计|评)分(?:为|=):?[^*/,;:=()\d]{2,20}/[^*/,;:=()\d]{2,20}\*(\d+(?:\.\d+)?)分?$")
#: a score said as one count over another times something, wherever in a part (“…,得分为:完成产品数/产品指标数*4分”, its
#: points taken off its close): never a point met or not
_QUOTIENT_SAID = lazy_compile(r"(?:得|计|评)分(?:为|=):?[^*/,;:=()]{2,20}/[^*/,;:=()]{2,20}\*")
#: a cap closing a part that earns points per case or step: “…每项加1分,不超过3分”, “…,最高不超过4分”, “…,不超5分”,
#: “…每次加0.5分,满分1分”, “…;省级宣传平台每次得1分,最高得6分”, “…被采用每次加0.5分,最高2分” (the most said bare)
_EARNED_CAP_CLOSING = lazy_compile(r"(?:,(?:(?:累计|最高|最多|合计)?(?:加分)?不超过?|满分)|(?<=分;)(?:满分|不超过?)|[,;](?:最高|最多)(?:得|计|加)?)(\d+(?:\.\d+)?)分$")
_POINTS_OPEN = lazy_compile(r"^[^,;\d]+?(?:,共)?(?<![扣减除得计记占])(\d+(?:\.\d+)?)分,(?=[^;]*扣)")
#: “签订消防安全责任状,共15分,每缺1级扣5分”: a part's heading, its total, then its rule
_TOTAL_OPEN = lazy_compile(r"^([^,;\d()]{2,60}?),共(\d+(?:\.\d+)?)分,(.+)$")


#: a part's heading and its points in brackets, then its rule in sentences of its own: “制定考评办法…(4分);未建立…的,本项
#: 不得分,…”
_HEADED_THEN_RULE = lazy_compile(r"^[^();]+\(\d+(?:\.\d+)?分\);(.+)$")
#: a part's heading and its points in brackets, alone in its sentence: “制定生活垃圾分类工作方案等文件(3分)”
_BRACKETED_HEAD = lazy_compile(r"[^,;\d()]{2,60}\((\d+(?:\.\d+)?)分\)")


def _sub_parts(part: str, situations: bool = False) -> list[str]:
    """“…得5分,每少1次扣0.5分,扣完为止,参加会议(2分,少1次扣0.5分,扣完为止)”: two items in one numbered part.
    With ``situations``, sentences scored from best to worst (“省级推广得3分;市级推广得2分”) stay one part: the
    situations of one item, not points that add up."""
    if _TITLED_PART.match(part) or _HEADING_SENTENCE.match(part.strip(";")):
        return [part]  # a part under its heading is one item, its sentences its situations or points
    m = re.search(r",([^,;()]+\(\d+(?:\.\d+)?分,[^()]*\))$", part)
    if m and _POINTS_HEAD.search(part[:m.start()]):
        return [part[:m.start()], m.group(1)]
    segs = [x for x in part.split(";") if x]
    head = _BRACKETED_HEAD.fullmatch(segs[0]) if len(segs) == 2 else None
    if head and max((d(x) for x in _SCORED.findall(segs[1])), default=None) == d(head.group(1)):
        return [part]  # “制定…方案(3分);完成得3分,未完成本项不得分”: the heading's points, then the situations scoring them
    if len(segs) > 1 and all(_part_points(x) for x in segs) and not any(re.search(r"扣|每|否则|%", x) for x in segs):
        heads = [d(h) for x in segs for h in _SCORED.findall(x)]
        if situations and len(heads) == len(segs) and all(a > b for a, b in pairwise(heads)):
            return [part]
        return segs
    return [part]


#: a last part that only zeroes the row: “未设置绩效目标,该栏不得分”
_ZEROING_LAST = lazy_compile(r"^(?:未|没有|无)[^,;\d()]{1,20},?(?:该栏|本栏|该项|本项|此项|整项)?" + ZEROED + r"$")
#: “…(3)执行到位,得1分;未建立制度的,本项不得分”: the same closing condition run on after the last part's points;
#: only with words naming the whole row (without them it may be the last part's own zero)
_ZEROING_TAIL = lazy_compile(r";(?P<tail>(?:未|没有|无)[^,;\d()]{1,20},?(?:该栏|本栏|该项|本项|此项|整项)" + ZEROED + r")[;.。]?$")
#: “…累计扣分不超过0.5分;(台账检查仅针对上一年度台账)以上项目累计扣分不超过2分”: a cap of the parts' deductions together
#: closing the text (an aside on how it is checked before it): where it is the 分值, the parts' own caps say no more
_TOTAL_DEDUCTED_TAIL = lazy_compile(r"[;,](?P<aside>\([^()]*\))?以上(?:项目|各项|几项)?(?:累计|合计)?扣分(?:不超过|最多)"
                                  r"(?P<cap>\d+(?:\.\d+)?)分[;.。]?$")
#: “…每增加5%加1分;以上单项加分不超过5分,总加分不超过10分”: one cap for each part's points added, closing the text (a
#: cap of them all after it, perhaps)
_EACH_ADDED_TAIL = lazy_compile(r";(?:(?:有关)?说明:)?以上(?:单项|每项|各项)(?:加分|得分)?(?:均)?(?:不超过|最高|最多)(?P<cap>\d+(?:\.\d+)?)分"
                              r"(?:,(?:总加分|合计|总分|累计)(?:不超过|最高|最多)(?P<all>\d+(?:\.\d+)?)分)?[;.。]?$")
#: a part closing on the points added per case or step, no cap of its own: “…,每增加5%加1分”, “…,每篇加0.5分”
_ADDED_PER_CASE = lazy_compile(r"每[^;,]{0,12}?,?加\d+(?:\.\d+)?分[;,。]?$")
#: “1.台账的设置。根据部门职责设置必要的台账…;2.…每项扣0.1分,…”: a part that states no points, no deduction
_UNSCORED_PART = lazy_compile(r"[^\d分扣得]+")
#: “设置年度绩效目标(2分,其中单位整体绩效目标1分,项目绩效目标1分,…)”: a part's points, split among what it names
_WITHIN = lazy_compile(r"^(?P<head>[^()]+)\((?P<pts>\d+(?:\.\d+)?)分,其中(?P<list>[^()]+)\)$")
_NAMED_POINTS = lazy_compile(r"^(?P<label>[^,;\d]{2,20}?)(?P<pts>\d+(?:\.\d+)?)分$")


#: “3.建立…统计台账;(4分)(1)逐月整理…,得1分;(2)按时报送…,得1分”: a part's heading and its points, then its own numbered
#: points
_HEAD_THEN_LIST = lazy_compile(r"^(?P<head>[^()\d;]{2,80}?);?\((?P<pts>\d+(?:\.\d+)?)分\)(?P<list>\(1\).+)$")


def _listed_within(part: str) -> tuple[list[str], list[str]] | None:
    """“建立…台账;(4分)(1)…,得1分;(2)…,得1分;…”: the part's own numbered points, each a part of its own, and its heading,
    which no point holds; None when the points do not add up to the part's."""
    m = _HEAD_THEN_LIST.match(part.strip(";,"))
    if not m:
        return None
    subs = [x.strip(";,") for x in _split_numbered(m.group("list"))]
    got = [_part_points(x) for x in subs]
    if len(subs) < 2 or any(g is None for g in got) or sum((g[0] for g in got if g), Decimal(0)) != d(m.group("pts")):
        return None
    return subs, [m.group("head")]


def _points_within(part: str) -> tuple[list[str], list[str]] | None:
    """“设置年度绩效目标(2分,其中单位整体绩效目标1分,项目绩效目标1分,若单位无项目,得2分)”: the points the part's own
    split names, each a part of its own (“单位整体绩效目标(1分)”), and the clauses beside them (an exception) that
    no point holds; None when the part has no such split or its points do not add up to the part's."""
    m = _WITHIN.match(part.strip(";,")) if "其中" in part else None
    if not m:
        return _listed_within(part) if "(1)" in part else None
    named, rest = [], []
    for clause in m.group("list").split(","):
        n = _NAMED_POINTS.match(clause)
        if n:
            named.append((n.group("label"), d(n.group("pts"))))
        elif clause:
            rest.append(clause)
    if len(named) < 2 or sum((pts for _l, pts in named), Decimal(0)) != d(m.group("pts")):
        return None
    return [f"{label}({fmt(pts)}分)" for label, pts in named], [",".join(rest)] if rest else []


def composite(w: Wording) -> Proposed | None:
    """A text in parts, each with its points: each part is read on its own; plain parts become points to check.
    Sentences of a part scored from best to worst are read as points that add up, or, when those do not add up
    to the 分值, as the situations of one item."""
    found = _composite(w, False)
    if found is not None and sum((Decimal(it["max"]) for it in found.items), Decimal(0)) != w.weight:
        return _composite(w, True) or found
    return found


def _points_as_cap(pts: Decimal, body: str) -> str:
    """The cap of a part that states no points of its own (``_part_points`` reads them from it), or ""."""
    caps = list(_CAP.finditer(body))
    if _POINTS_HEAD.search(body) or len(caps) != 1 or d(caps[0].group(1)) != pts:
        return ""
    return caps[0].group(0)


#: a sentence deducting after the points of the last part, said in brackets: “…(1分);发现问题未整改的再扣1分”
_DEDUCTING_TAIL = lazy_compile(r"\(\d+(?:\.\d+)?分\)[;。](?P<tail>[^;。()]*扣\d+(?:\.\d+)?分[^;。()]*)[;。]?$")


def _capped_alone_or_few(part: str) -> bool:
    """A part deducting up to one cap of its own that closes it (“…少1人扣0.2分,…每人次扣0.2分,累计扣分不超过1分”)."""
    caps = list(_CAP.finditer(part))
    return len(caps) == 1 and caps[0].end() >= len(part.rstrip(";,。 ")) and "扣" in part[:caps[0].start()]


def _earned_capped(part: str, pts: Decimal, found: Proposed) -> bool:
    """A part earning its points per case up to a most of its own that closes it, read as a formula (“…,每增加1年的免费
    维护服务得2分,最多得4分”): no deduction beside it; its words of each case and most stay for the team to check."""
    cap = _EARNED_CAP_CLOSING.search(part)
    return (cap is not None and d(cap.group(1)) == pts and "每" in part[:cap.start()] and not re.search(r"扣|减", part)
            and len(found.items) == 1 and found.items[0]["type"] == FORMULA)


def _capped_alone(part: str) -> bool:
    """A part with one deduction, up to its own cap (“…,每项扣0.1分,累计扣分不超过1分”): no other deduction beside the
    capped one (“…扣0.5分;…每次扣0.1分,累计扣分不超过0.5分” may take off more than its cap)."""
    return len(_CAP.findall(part)) == 1 and len(re.findall(r"扣(?:除|减)?\d", _CAP.sub("", part))) == 1


#: the ways a text splits into parts, tried in this order: the first that splits it says its parts (each takes the
#: text and its 分值)
_SPLITTERS: tuple[Callable[[str, Decimal], list[str]], ...] = (
    _split_headed_options, lambda t, _weight: _split_numbered(t), lambda t, _weight: _split_stated(t), _split_capped,
    lambda t, _weight: _split_stated_then(t), lambda t, _weight: _split_with_ranks(t), lambda t, _weight: _split_headed(t),
    _split_best_adding, _split_stated_mixed, _split_alternatives_adding, _split_titled, _split_each_otherwise,
    _split_bracketed_deducting, _split_closed_by_none)


def _split_parts(t: str, weight: Decimal) -> tuple[Callable[[str, Decimal], list[str]], list[str]]:
    """The first of ``_SPLITTERS`` that splits ``t`` and the parts it gives (the last splitter and [] when none does)."""
    for split in _SPLITTERS:
        parts = split(t, weight)
        if parts:
            break
    return split, parts


def _composite(w: Wording, situations: bool) -> Proposed | None:
    splitter, parts = _split_parts(w.text, w.weight)
    if len(parts) < 2:
        return None
    doubts: list[str] = []
    own = re.search(r"\((\d+(?:\.\d+)?)分\),(?=[^()]*扣)", parts[-1])
    stop = STOP_CLAUSE.search(parts[-1], own.end()) if own else None
    if own and stop and not any(STOP_CLAUSE.search(x) for x in parts[:-1]) and splitter is _split_bracketed_deducting:
        # “A(0.1分),B(0.2分),没有出现案件(0.2分),每出现1件扣0.3分,扣完为止”: where the deducting stops said once, after the
        # last part's points: of that part (as read) or of the row?
        doubts.append(f"“{stop.group(0)}”：按最后一部分（{own.group(1)}分）扣完为止读，是否扣及其他部分未说明")
    last = parts[-1].strip(";,")
    if len(parts) > 2 and _ZEROING_LAST.match(last) and _part_points(last) is None:
        # “…3、…(1分)4、未设置绩效目标,该栏不得分”: a closing part that zeroes the row, no points of its own
        doubts.append(f"“{last}”：整项不得分的条件，与各要点是否一致请核对")
        parts = parts[:-1]
    taken = _DEDUCTING_TAIL.search(parts[-1])
    if taken:  # “…3、数据是否准确(1分);发现问题未整改的再扣1分”: after the last part's points, of the part or of the row?
        doubts.append(f"“{taken.group('tail')}”：是最后一部分的扣分还是整项的扣分，未说明")
    each = _EACH_ADDED_TAIL.search(parts[-1])
    if each and (each.group("all") is None or d(each.group("all")) == w.weight):
        parts[-1] = parts[-1][:each.start()]
        if not all(_ADDED_PER_CASE.search(x) for x in parts):
            return None
        parts = [f"{x.strip(';,。 ')},不超过{each.group('cap')}分" for x in parts]  # each part capped so
    together = _TOTAL_DEDUCTED_TAIL.search(parts[-1])
    if together and d(together.group("cap")) == w.weight and all(
            _capped_alone(x) or _UNSCORED_PART.fullmatch(x.strip(";,。 ")) for x in parts[:-1]):
        if together.group("aside"):
            doubts.append(f"“{together.group('aside')}”：检查范围的说明，未用于计分")
        parts = parts[:-1] + [parts[-1][:together.start()]]
    tail = _ZEROING_TAIL.search(parts[-1])
    if tail:
        doubts.append(f"“{tail.group('tail')}”：整项不得分的条件，与各要点是否一致请核对")
        parts = parts[:-1] + [parts[-1][:tail.start()]]
    split: list[str] = []
    for p in parts:
        within = _points_within(p)
        if within is None:
            split += _sub_parts(p, situations)
        else:
            split += within[0]
            doubts += [f"“{x}”：未计入要点，请核对" for x in within[1]]
    parts = split
    counted = _counted_rest(parts, w.weight) if "每" in w.text else None
    if counted is not None:
        doubts.append(f"“{_part_label(parts[counted[0]])}”：此部分分值未写明，按该项分值减去其余部分计（{fmt(counted[1])}分）")
    items: list[tuple[int, dict[str, Any]]] = []
    points: list[tuple[int, dict[str, Any]]] = []
    words = []
    for i, part in enumerate(parts):
        got = (counted[1], part.strip(";,。 ")) if counted is not None and i == counted[0] else _part_points(part)
        cap = _points_as_cap(*got) if got is not None else None
        if cap:  # “…每次扣0.5分,累计扣分不超过1.5分”: the part's points are read from its cap
            doubts.append(f"“{cap}”：此部分分值未写明，按其扣分上限计")
        if got is None and i == 0 and len(parts) > 2 and _UNSCORED_PART.fullmatch(part.strip(";,。 ")):
            doubts.append(f"“{_part_label(part.strip(';,。 '))}”：未写分值和扣分，未计入评分")
            continue
        if got is None:
            return None
        pts, body = got
        if pts <= 0:
            return None
        label = _part_label(body)
        situations = len(_POINTS_HEAD.findall(body)) > 1
        # (“…中央媒体报道1篇加0.5分”: points per piece, as 每篇 would say; “…,得分为:完成产品数/产品指标数*4”: a
        # quotient times the points, never a point met or not)
        if not re.search(r"扣|每|否则|不得分|比例|%|≥|≤|得分=|满分\d|(?<![\d.])1(?:篇|次|项|个|件|条|场|期|份)加\d", body) \
                and not _RANK_LIST.search(body) and not situations and not _QUOTIENT_SAID.search(body):
            points.append((i, {"key": f"p{i + 1}", "label": label, "max": s(pts)}))
            continue
        remark = _CHECK_REMARK.search(body)
        if remark and not re.search(r"得|扣|分|比例", remark.group(0)):
            # “…不足的按比例扣分,重点检查…开展情况”: how the part is checked, no part of its rule (its words stay unplaced)
            body = body[:remark.start()] + body[remark.end():]
        found = whole(Wording(body, pts, label, "", w.explanation))
        if found is not None and len(found.items) == 1 and found.items[0]["type"] == DEDUCTION \
                and _ADDED_PER_CASE.search(body):
            # “上交材料4分,少1篇扣1分;材料发表的每篇加1分”: points added back per case, which a deduction cannot hold
            found = next((x for x in _wordings(Wording(body, pts, label, "", w.explanation))
                          if [it["type"] for it in x.items] == [FORMULA] and not problem(x, pts)
                          and not unplaced_words(body, x, pts)), found)
        if found is not None and len(found.items) == 1 and found.items[0]["type"] == DEDUCTION and "扣" in body \
                and _zeroes_somewhere(body):
            # “违规1次扣0.2分,出现严重违规此项不得分;累计扣分不超过1分”: a deduction per case cannot hold the part's
            # zero on a condition; the gated formula does
            gate = gated(Wording(body, pts, label, "", w.explanation))
            headed = _HEADED_THEN_RULE.match(part.strip(";,。 ")) if gate is None else None
            if headed:  # “制定考评办法…(4分);未建立…的,本项不得分,…扣1分,…每发现1次扣0.2分”: the rule after the heading
                gate = gated(Wording(headed.group(1), pts, label, "", w.explanation))
            if gate is not None and len(gate.items) == 1 and not problem(gate, pts):
                found = gate
        if situations and found is not None:
            found = _none_applies(found, doubts)
        unread = found is None or bool(unplaced_words(body, found, pts))
        if unread and VAGUE.search(body):
            # “…扣1-3分”, “…根据实际情况酌情减分”: a part whose points the team judges, the others read
            items.append((i, FALLBACK.item(label, pts, {})))
            words.append(f"酌情评分（{fmt(pts)}分）")
            doubts.append(f"“{label}”：含酌情用语（{'、'.join(vague_words(body))}），此部分由评价组酌情评分")
            continue
        if found is None or unread:
            # “…达到…的10%以上,得2分” / “确保…率达80%以上,…,否则不得分(10分)”: a condition with a figure, met or
            # not, that no rule compares: a point (or a 全有或全无 where it says 否则不得分) to check
            met = _condition_part(body, pts)
            if met is None and found is not None and unplaced_words(body, found, pts) and (
                    _capped_alone_or_few(body) or _earned_capped(body, pts, found)):
                # “…,需达到部门人数的20%,少1人扣0.2分,…每人次扣0.2分,累计扣分不超过1分”: a part read but for a figure of
                # its words (a line the count is measured against), its own cap its points: kept, its figures to check
                doubts += [f"{x}：此部分的数值未用于规则" for x in unplaced_words(body, found, pts)]
                for it in found.items:
                    items.append((i, it))
                words.append(found.summary)
                continue
            if met is None:
                return None
            cond = _PART_SCORE_AT_END.sub("", body).strip(",")
            label = (cond[:30] + "…") if len(cond) > 30 else cond
            doubts.append(f"“{label}”：条件中的数值由评价组判断是否达到")
            if met:
                items.append((i, all_or_nothing_rule.RULE.item(label, pts, {"condition": cond})))
                words.append(f"全有或全无（{fmt(pts)}分）")
            else:
                points.append((i, {"key": f"p{i + 1}", "label": label, "max": s(pts)}))
            continue
        # a part's reading that states its own doubts (a 要点核查 of faults) keeps them, as a whole text's does
        zeroed = _ROW_ZEROED.search(body)
        if zeroed:
            # “…;无安全事故得5分,发生重大安全事故本项不得分”: the words naming the item may name the whole row
            doubts.append(f"“{zeroed.group(0).strip(',')}”：是此部分不得分还是整项不得分，未说明")
        spans = coverage(body, found)[0]
        doubts += own_doubts(body, found) + consistency(body, found, pts, spans)
        # (“2、按时申报计2分,逾期扣1分;获得上级表彰的加1分”: a scored clause no situation of the part holds)
        doubts += situations_unheld(body, found, spans)
        for it in found.items:
            items.append((i, it))
        words.append(found.summary)
    if not points and all(it["type"] == FALLBACK.type for _i, it in items):
        return None  # every part left to the team: the text is one judgement, not parts
    if points:
        total = sum((d(p["max"]) for _i, p in points), Decimal(0))
        first = points[0][0]
        if len(points) == 1 and items:
            only = points[0][1]
            items.append((first, all_or_nothing_rule.RULE.item(only["label"], total, {"condition": only["label"]})))
        else:
            items.append((first, checklist_rule.RULE.item("、".join(p["label"][:8] for _i, p in points), total,
                                                          {"points": [p for _i, p in points]})))
            # (“…扣完为止,有年度工作计划(1分),规划完成情况(2分)”: a point naming how well, part of its points given)
            doubts += checklist_rule.degrees_named([p["label"] for _i, p in points])
        words.append(f"要点核查 {len(points)} 个要点（" + "、".join(f"{p['max']}分" for _i, p in points) + "）")
    ordered = [it for _i, it in sorted(items, key=lambda pair: pair[0])]
    for k, it in enumerate(ordered):
        it["key"] = chr(ord("a") + k)
    return Proposed(ordered, f"{len(ordered)} 个评分项：" + "；".join(words), tuple(dict.fromkeys(doubts)))


#: a part's zero said of the item (“…,发生重大安全事故本项不得分”, “…的,该项计0分”, “…实行一票否决”): in a text of
#: several parts, 本项 may be the part or the whole row
_ROW_ZEROED = lazy_compile(r",?" + _ITEM + r"(?:得分)?" + _GATE_ZERO + r"|" + _VOTED_DOWN)
#: a clause closing a part that says how it is checked: “,重点检查…开展情况”, “,以县统计局数据为准”
_CHECK_REMARK = lazy_compile(r",(?:(?:重点|实地)?(?:检查|查看|核查|抽查)[^;,]{2,40}?(?:情况|资料|台账|记录)|以[^;,]{2,24}?为准)(?=;|$)")


#: a part earning points per case, closing it, with no most said: “…能够找到该内容的,每条得1分”
_PER_CASE_EARNED = lazy_compile(r"每(?:[^;,扣每]{0,4}?)(?:得|计)(?P<per>\d+(?:\.\d+)?)分$")


def _counted_rest(parts: list[str], weight: Decimal) -> tuple[int, Decimal] | None:
    """The one part earning points per case of a sample it names (“3.随机选取2条信息…,能够找到的,每条得1分”), whose
    points the text leaves unsaid: its index and what the 分值 leaves of the other parts' points, when that is the
    points of every case of the sample (2条 × 1分); None otherwise."""
    earned: tuple[int, re.Match[str]] | None = None
    rest = weight
    for i, part in enumerate(parts):
        body = part.strip(";,。 ")
        per = _PER_CASE_EARNED.search(body)
        if per and earned is None and not re.search(r"扣|最高|最多|不超过|为止|满分|共\d", body):
            earned = i, per
            continue
        got = _part_points(part)
        if got is None:
            return None
        rest -= got[0]
    if earned is None or rest <= 0:
        return None
    at, per = earned
    cases = rest / d(per.group("per"))
    if cases < 2 or cases != cases.to_integral_value():
        return None
    # the sample named in the unit its cases are earned in: “随机选取2条…,每条得1分”
    named = re.search(rf"(?<![\d.]){fmt(cases)}(?:个|条|项|篇|份|次|家|所|件)", parts[at])
    return (at, rest) if named and named.group(0)[-1] in per.group(0)[1:] else None


def _combinations_without_none(options: list[dict]) -> list[str]:
    """A 情形选择 of two requirements in combination (“有方案有记录得3分,有记录无方案得2分,有方案无记录得1分”) with
    no situation at 0: the one with neither is left unsaid, and the rule could not score it."""
    if any(Decimal(str(o["score"])) == 0 for o in options):
        return []
    mixed = [str(o["label"]) for o in options if choice_rule.HAS_WITHOUT.search(str(o["label"]))]
    if len(mixed) < 2:
        return []
    return [f"“{mixed[0]}”、“{mixed[1]}”：两项要求的组合，缺少两者皆无（得0分）的情形"]


def _none_applies(found: Proposed, doubts: list[str]) -> Proposed:
    """A part's 情形选择 whose worst situation still scores (“…比较完整得3分,…单独编制得2分”): the part's situations
    need not hold at all, so one more scoring nothing, which the text leaves unsaid (to check)."""
    if len(found.items) != 1 or found.items[0]["type"] != CHOICE:
        return found
    item = choice_rule.with_none_applies(found.items[0])
    if item is None:
        return found
    doubts.append(choice_rule.NONE_APPLIES_DOUBT)
    return Proposed([item], found.summary, found.doubts)


_OTHERWISE_NONE = lazy_compile(r",否则" + ZEROED + r"$")
_PART_SCORE_AT_END = lazy_compile(r",?(?:(?:得|计|记)\d+(?:\.\d+)?分|否则" + ZEROED + r")$")
_PART_SCORES = lazy_compile(r"(?:得|计|记)(\d+(?:\.\d+)?)分|满分|" + ZEROED)


def _condition_part(body: str, pts: Decimal) -> bool | None:
    """A part that is one condition holding a figure: True when it ends “否则不得分” (all or nothing), False when
    it states only its own points (a point to check), None when it says more (a step, a deduction, other scores)."""
    if not re.search(r"\d", body) or re.search(r"扣|每|比例|得分=|;|以下|低于|不足|未达到", body):
        return None
    otherwise = _OTHERWISE_NONE.search(body)
    rest = body[:otherwise.start()] if otherwise else body
    scores = list(_PART_SCORES.finditer(rest))
    if len(scores) > 1 or (scores and (scores[0].group(1) is None or d(scores[0].group(1)) != pts)):
        return None
    if otherwise and scores:
        return None
    return bool(otherwise)


def _part_label(body: str) -> str:
    text = re.split(r"[,;:(]", body.strip(",;"))[0]
    text = re.sub(r"(?:≥|≤|>|<|=|达到|不低于|不少于)?\d.*$", "", text) or text
    text = re.sub(r"(?<=[\u4e00-\u9fff])的?(?:得|计|记)$", "", text)  # “建立台账得1分”: the label ends before its score
    return (text[:30] + "…") if len(text) > 30 else (text or "要点")


def _named_in(name: str, rest: str) -> bool:
    """Whether the rule after “A、B各占N分” names the part ``name`` (its words past a lead such as 其中)."""
    name = name.strip(",;:()（）")
    return len(name) >= 2 and name in rest


#: words of a rule after “A、B各占N分” that may take the parts together (one count, one rate, one stop for the item)
_POOLED = lazy_compile(r"合计|总分|本项|该项|此项|本指标|综合|平均|累计|总体|整体|[两二2]项|共计")
#: (points each part earns, “…各得1分”, “…各计1分”, are the points of a 要点核查: a rule after them is a situation of its own)
_EACH = lazy_compile(r"^(?:其中)?([^;。]+?)(?:各|分别)(?:占|为)?(\d+(?:\.\d+)?)分[;,。]?")


def _parts_named(t: str) -> list[str]:
    """The parts “A、B各占N分” opening ``t`` names (none unless it names two or more)."""
    m = _EACH.match(t)
    names = [x for x in re.split(r"[、和及与]", m.group(1)) if x] if m else []
    return names if len(names) >= 2 else []


def _unlabelled(item: dict[str, Any]) -> dict[str, Any]:
    """An item's params without the label of what is entered (the one thing a part's own name may change)."""
    return {k: v for k, v in (item.get("params") or {}).items() if k != "value_label"}


def each_part(w: Wording) -> Proposed | None:
    """“A和B…各占1分。足额落实的为满分,每少落实1个百分点扣0.1分”: the rule, once for each part."""
    m = _EACH.match(w.text)
    if not m:
        return None
    names = _parts_named(w.text)
    rest = w.text[m.end():]
    if len(names) < 2 or not rest:
        return None
    if any(_named_in(name, rest) for name in names):
        return None  # “市级、县级各占4分。市级每发现…,县级每发现…”: each part has a rule of its own, not the one rule
    if _POOLED.search(rest):
        return None  # “…,每发现1处问题扣1分,总分扣完为止”, “综合达标率…”: the rule may pool the parts, not one for each
    pts = d(m.group(2))
    found = whole(Wording(rest, pts, names[0], w.points, w.explanation))
    if found is None or len(found.items) != 1 or unplaced_words(rest, found, pts):
        return None
    items = []
    for k, label in enumerate(names):
        # each part's rule read under its own name, so that what is entered is labelled with the part's name
        own = found if k == 0 else whole(Wording(rest, pts, label, w.points, w.explanation))
        if own is None or len(own.items) != 1 or own.items[0]["type"] != found.items[0]["type"] \
                or _unlabelled(own.items[0]) != _unlabelled(found.items[0]):
            return None  # the part's name changes how the rule reads: not the one rule for each
        items.append({**own.items[0], "key": chr(ord("a") + k), "label": label[:30]})
    doubts = own_doubts(rest, found) + consistency(rest, found, pts, coverage(rest, found)[0])
    if found.items[0]["type"] in _JUDGED:  # “建立台账、按月更新各1分;资料弄虚作假的扣1分”: a condition in words, of the whole
        doubts.append(f"“{rest.strip(';,。')}”：是对每一部分分别判断，还是对整项判断，未说明")  # item or of each part?
    return Proposed(items, f"{len(names)} 个评分项，各 {fmt(pts)} 分：{found.summary}", tuple(doubts))


#: a kind of area and the bands of its own, a sentence each: “山区、丘陵地区…:覆盖沼气用户达到300户及以上的得10分,…”,
#: “其它地区:…”
_AREA_BANDS = lazy_compile(r"^(?P<area>[^:;\d]{0,60}?(?:地区|区|县|市|省|乡镇|乡|镇|村|城市|农村))(?<=[^:;\d]{2}):(?P<bands>[^:;]+)$")


#: a kind of subject opening a group of bands, before the first band's figure (“市级档案馆总建筑用地20亩以上,2分”)
#: (a kind numbered in words, read as a figure: “一类学校” as “1类学校”)
_KIND_OPENING = lazy_compile(r"^(?P<kind>(?:\d(?:类|级|星)|[^:;,\d<>≥≤]){2,30}?)(?=(?:达到|超过|不低于|不少于|低于|少于|不足|在)?[<>≥≤\d])")
#: a band going on the group before it: its figure first, or the lack of the thing (“10亩以上,1分”, “没有不得分”)
_BAND_GOES_ON = lazy_compile(r"^(?:[<>≥≤]|\d(?!类|级|星)|(?:没有|无|未)[^\d]*?(?:不得分|不计分|0分)$)")


def _kind_groups(text: str) -> list[tuple[str, str]] | None:
    """“市级档案馆总建筑用地20亩以上,2分;10亩以上,1分;10亩以下,0.5分;县级档案馆总建筑用地15亩以上,2分;…”: kinds of subject
    each opening its bands, the bands after it a sentence each, the kind not said again: (kind, bands) per kind, or
    None. The kinds differ in their first words and name the same thing measured (“…级档案馆总建筑用地”)."""
    groups: list[tuple[str, list[str]]] = []
    for sentence in (x for x in text.rstrip(";").split(";") if x):
        if groups and _BAND_GOES_ON.match(sentence):
            groups[-1][1].append(sentence)
            continue
        m = _KIND_OPENING.match(sentence)
        if m is None:
            return None
        groups.append((m.group("kind"), [sentence[m.end():]]))
    if len(groups) < 2 or any(len(bands) < 2 for _kind, bands in groups):
        return None
    kinds = [kind for kind, _bands in groups]
    tail = min(len(k) for k in kinds)
    while tail and len({k[len(k) - tail:] for k in kinds}) > 1:
        tail -= 1
    if tail < 2 or len(set(kinds)) < len(kinds) or any(len(k) - tail < 1 for k in kinds):
        return None
    return [(kind, ";".join(bands)) for kind, bands in groups]


def by_kind_of_area(w: Wording) -> Proposed | None:
    """Kinds of area each with bands of their own: one situation per kind of area and band, scoring the band's points
    (to check: which kind the row is, is the team's; each kind's bands are read as a whole text would be). Kinds of
    subject opening their bands (``_kind_groups``) are read alike."""
    matched = [_AREA_BANDS.match(x) for x in w.text.rstrip(";").split(";") if x]
    found = [(m.group("area"), m.group("bands")) for m in matched if m] if all(matched) else _kind_groups(w.text)
    if found is None or len(found) < 2:
        return None
    what = "地区" if all(matched) else "对象"
    options: list[dict[str, Any]] = []
    doubts = [f"各类{what}各有分档：按“{what}类别与档次”的情形读，请核对"]
    for kind, said in found:
        bands = whole(Wording(said, w.weight, w.name, w.points, w.explanation))
        if bands is None or [it["type"] for it in bands.items] != [TIERS]:
            return None
        params = bands.items[0]["params"]
        area = kind if len(kind) <= 12 else kind[:11] + "…"
        options += [{"label": f"{area}：{render(tiers_rule.tier_words(tr, params.get('unit', '')))}", "score": str(tr["score"])}
                    for tr in params[TIERS]]
        doubts += [f"“{area}”：{x}" for x in own_doubts(said, bands)]
    if max(Decimal(o["score"]) for o in options) != w.weight:
        return None
    options = [{"key": f"o{k}", **o} for k, o in enumerate(options, 1)]
    item = choice_rule.RULE.item(w.name or f"{what}类别与档次", w.weight, {"options": options})
    return Proposed([item], f"情形选择：{len(found)} 类{what}各自分档，共 {len(options)} 种情形", tuple(doubts))


# ── confidence: which figures of the text the proposal places ──────────────
_PLAIN_NUMBER = lazy_compile(r"^-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?$")


def _numbers(value: Any) -> Iterator[Decimal]:
    if isinstance(value, dict):
        for v in value.values():
            yield from _numbers(v)
    elif isinstance(value, list):
        for v in value:
            yield from _numbers(v)
    elif isinstance(value, (str, int, float, Decimal)) and not isinstance(value, bool):
        text = str(value)
        if not _PLAIN_NUMBER.match(text):  # a label or a unit: no number to place
            return
        try:
            yield Decimal(text)
        except InvalidOperation:
            return


_COUNT = lazy_compile(r"每[^\d;,]{0,6}?(\d+(?:\.\d+)?)(?:例|项|处|次|个|篇|份|件|条|起|天|日|月|周|年|季度|工作日)")
#: a clause that takes points off without a figure (“不符合要求的扣减相应分值”) must be read by the rule
#: (the whole 分值 said in words, “扣全分”, “扣除本项全部分值”, “扣掉全部10分”, is no silent deduction)
_SILENT_DEDUCTION = lazy_compile(r"扣(?!完|满|至|到|\d|除\d|分为止|减\d|(?:除|掉|去)?(?:本项|该项|此项)?(?:全部|全)(?:分值|分数|分|\d))")


#: rule types whose parameters may hold a share of the 分值 the text writes as a percentage
_SHARES = {TIERS, CHOICE, THRESHOLD, UPPER_BOUND, SCALE}


_SHARE_IN_LABEL = lazy_compile(r"(\d+(?:\.\d+)?)%")


_SHARE_AND_POINTS = lazy_compile(r"(\d+(?:\.\d+)?)%[^,;\d]{0,4}?,?" + POINTS_LEAD + r"(\d+(?:\.\d+)?)分")


#: one thing of a list missing: “少1项”, “缺1项” (the points of a 要点核查 not met)
_ONE_MISSING = lazy_compile(checklist_rule.ONE_MISSING)


#: a line of 100% closing the text, no score after it (“…扣完为止(中央资金执行率达到100%)”, “…;整改率不低于100%”,
#: “得分=…×分值,其中中央资金到位率必须达到100%”): a requirement of its own, no whole the rule implies
_LINE_OF_100 = lazy_compile(r"(?:达到|达|不低于|≥)100%[^分扣\d]*$")


#: a formula of one fault, its deductions capped: “max - min(2, a)”
_ONE_CAPPED = lazy_compile(r"^max - min\((\d+(?:\.\d+)?), [^()]+\)$")


def _capped_short(it: dict[str, Any]) -> bool:
    """Whether an item is a formula of one fault whose cap is short of the item's points."""
    m = _ONE_CAPPED.match(str(it["params"].get("expression") or ""))
    return m is not None and Decimal(m.group(1)) < Decimal(it["max"])


def _placed(found: Proposed, weight: Decimal, t: str) -> set[Decimal]:
    known = _placed_all(found, weight, t)
    if _LINE_OF_100.search(t) and _reads_as(found) <= _DEDUCTING | {RATE, COMPLETION} and \
            not any(Decimal(100) in set(_numbers(it.get("params") or {})) for it in found.items):
        known.discard(Decimal(100))  # (a rule that deducts or scores a rate holds such a line only as its parameter)
    return known


#: the end of a band as a situation's label says it (tiers.tier_words): “400户（含）”, “150户（不含）”
_BAND_END_SAID = lazy_compile(r"(\d+(?:\.\d+)?)[^\d（]{0,3}（(不)?含）")
#: a factor of the 分值 said with its value (wording.FACTOR): “P=0.5”
_FACTOR_SAID = lazy_compile(FACTOR + r"\d")


def _placed_all(found: Proposed, weight: Decimal, t: str) -> set[Decimal]:
    known: set[Decimal] = {weight, Decimal(0), Decimal(100)}
    counts = [Decimal(1)] + [Decimal(c) for c in _COUNT.findall(t)]
    for it in found.items:
        item_max = Decimal(it["max"])
        for x in list(_numbers(it.get("params") or {})) + [item_max]:
            known.update({x, item_max - x} | ({x * 100} if x <= 1 and it["type"] in _SHARES else set()))
        if it["type"] == CHECKLIST and item_max:
            # “具备要素1得20%”、“其余要素每符合1项增加10%”: a point stated as its share of the 分值
            for p in (it.get("params") or {}).get("points") or []:
                share = (Decimal(str(p["max"])) / item_max * 100).normalize()
                if re.search(rf"(?:得|增加|加){re.escape(fmt(share))}%", t):
                    known.add(share)
        if it["type"] == SCALE:  # “基本符合扣分值的40%”: a level's share said as what it takes off the 分值
            for lv in (it.get("params") or {}).get("levels") or []:
                off = ((1 - Decimal(str(lv["share"]))) * 100).normalize()
                if re.search(rf"扣除?[^,;\d]{{0,8}}的{re.escape(fmt(off))}%", t):
                    known.add(off)
        if it["type"] in (FORMULA, TIERS) and "项" in t and (ladder := met_count_ladder(t, weight)) is not None:
            # “以上达4项的给9分;…;1项不达给5分”: the counts met and their points are the ladder's, read whole
            known.update({Decimal(k) for k, _ in ladder.rungs} | {x for _, x in ladder.rungs} | {Decimal(ladder.n)})
        if it["type"] == CHECKLIST and _ONE_MISSING.search(t):  # “少1项扣0.5分”: a point missing costs its points
            known.add(Decimal(1))
        if it["type"] == CHOICE:
            options = (it.get("params") or {}).get("options") or []
            labels = [str(o.get("label", "")) for o in options]
            # “超过80%,且…”: the shares a situation names are placed in it; “每2年组织1次体检”: how often
            known.update(Decimal(x) for label in labels for x in _SHARE_IN_LABEL.findall(label))
            known.update(Decimal(m.group("n") or 1) for x in labels for m in ONCE_A_PERIOD.finditer(x))
            # “其它地区：400户（含）～449户（含）”: a band's ends, and “94%-85%”, read up to 95%: 94 placed as for the bands
            ends = [(Decimal(x), held) for label in labels for x, held in _BAND_END_SAID.findall(label)]
            known.update(x for x, _held in ends)
            known.update(tiers_rule.gap_ends(t, {TIERS: [{"max": x, "max_inclusive": False} for x, held in ends if held]}))
            if item_max and _FACTOR_SAID.search(t):  # “…,P=0.5” on 3 points: 1.5, said as its factor
                known.update(Decimal(str(o["score"])) / item_max for o in options)
        if it["type"] == FORMULA:  # “得分=70×实际达标率-63”: the numbers of the expression are used
            expression = str((it.get("params") or {}).get("expression", ""))
            known.update(Decimal(x) for x in re.findall(r"\d+(?:\.\d+)?", expression))
            # “其余依次按标准分值的25%递减”, “每具备1人得标准分值的50%”: a figure of the expression said as its share of the 分值
            shares = {fmt((Decimal(x) / item_max * 100).normalize()) for x in re.findall(r"\d+(?:\.\d+)?", expression)
                      if item_max and 0 < Decimal(x) < item_max}
            known.update(Decimal(x) for x in shares if re.search(r"(?:分值|满分|标准分|基本分)的?" + re.escape(x) + "%", t))
            # “第1名得10分,第2名得8分,以此类推”: the points of each place the text lists, on the rank's step
            if SO_ON.search(t) and _by_rank(it):
                at_places = [score_item(it, {"vars": {"r": str(r)}}).score for r in range(1, 6)]
                known.update(x for x in at_places if x is not None)
            # “第3次起每次扣1分”: the case the deducting starts from, one past the cases let pass (``max(0, a - 2)``)
            known.update(Decimal(x) + 1 for x in re.findall(r"max\(0, [a-z] - (\d+)\)", expression)
                         if f"第{Decimal(x) + 1}" in t)
            # “低于1000万元不得分”: the line of a condition zeroing the row, named in its gate's label
            known.update(Decimal(x) for v in (it.get("params") or {}).get("variables") or []
                         if str(v.get("label", "")).endswith(formula_rule.GATE_LABEL)
                         for x in re.findall(r"\d+(?:\.\d+)?", str(v.get("label", "")).removesuffix(formula_rule.GATE_LABEL)))
        if it["type"] == RATE and rate_rule.MIN_QUOTIENT.match(t.rstrip(";.")):  # “min(实际/目标,1)”: the cap at 1
            known.add(Decimal(1))
        if it["type"] == RATE:  # “达到每亩3万元…按比例”: the line the rate is of, named in its denominator's label
            line = re.search(r"（([^（）]*)）$", str((it.get("params") or {}).get("denominator_label", "")))
            known.update(Decimal(x) for x in re.findall(r"\d+(?:\.\d+)?", line.group(1) if line else ""))
        if it["type"] in (RATE, COMPLETION):  # “完成90%得9分” on 10 points: a share stated with its share of the 分值
            for m in _SHARE_AND_POINTS.finditer(t):
                if Decimal(m.group(1)) * item_max == Decimal(m.group(2)) * 100:
                    known.update({Decimal(m.group(1)), Decimal(m.group(2))})
        if it["type"] == THRESHOLD:  # “…;低于90%不得分” where the steps have taken the 分值: part of the reading
            cliff = threshold_rule.stated_cliff(t, it.get("params") or {}, item_max)
            if cliff is not None:
                known.add(cliff)
        if it["type"] == THRESHOLD and SO_ON.search(t):  # “1至2人扣0.5分,3至4人扣1分,以此类推”: the rungs listed
            step, per = Decimal(str(it["params"]["step"])), Decimal(str(it["params"]["deduct"]))
            known.update({Decimal(1), step + 1, 2 * step, 2 * per})
        if it["type"] == TIERS:  # “80%-89%”, read up to 90% (whole percentages one apart leave no gap): 89 is placed
            known.update(tiers_rule.gap_ends(t, it.get("params") or {}))
        if _deducting_formula(it):
            known.update(counts)  # “max - 0.5 * a - b”: each fault counted one case at a time (“每迟报1次”)
            # “…不少于4次;…未成立…扣1分,每少开1次专题会扣0.5分,…”: beside other faults, the one count asked is where
            # the one shortfall counted in its unit starts (counts asked of several kinds of unit are lines of their own)
            short = [m.group(1) for m in _SHORT_EACH.finditer(t)] if "少" in t or "缺" in t else []
            asked = list(_LEAST_ASKED.finditer(t)) if len(short) == 1 else []
            if len(asked) == 1 and asked[0].group(2) == short[0] and len((it.get("params") or {}).get("variables") or []) > 1:
                known.add(Decimal(asked[0].group(1)))
        if it["type"] in (deduction_rule.RULE.type, delay_rule.RULE.type):  # “每2例扣1分” is stored as 0.5 a case
            per = Decimal(str(it["params"]["per"]))
            known.update(per * c for c in counts)
            known.update(counts)
    return {k.normalize() for k in known}


#: a count asked at least (“不少于4次”, “至少2篇”), and each one short of a count deducted (“每少开1次”, “每缺1篇”)
_LEAST_ASKED = lazy_compile(_LEAST + r"(\d+)(次|个|项|篇|份|场|期|人)")
_SHORT_EACH = lazy_compile(r"每(?:少|缺)[\u4e00-\u9fff]{0,3}?1(次|个|项|篇|份|场|期|人)")


def _deducting_formula(it: dict[str, Any]) -> bool:
    """A formula that takes points off the 分值 (``max - …``)."""
    return it["type"] == FORMULA and formula_rule.deducts_from_full(it.get("params") or {})


def _reads_as(found: Proposed) -> set[str]:
    """The rule types a proposal reads its text as: a formula that takes points off the 分值 (``max - …``) is read
    as a deduction (its steps, caps and stop; it compares no value with a line) and says where it stops as one does;
    one of the share done (a gated 完成比例, formula_rule.SHARE_DONE) as that share."""
    return {DEDUCTION if _deducting_formula(it) else COMPLETION if _share_done_formula(it) else it["type"]
            for it in found.items}


def _share_done_formula(item: dict[str, Any]) -> bool:
    return item["type"] == FORMULA and formula_rule.SHARE_DONE in str((item.get("params") or {}).get("expression", ""))


def unplaced_words(t: str, found: Proposed, weight: Decimal, known: set[Decimal] | None = None) -> list[str]:
    """The clauses whose points or percentages the proposal does not use."""
    known = _placed(found, weight, t) if known is None else known
    types = {it["type"] for it in found.items}
    maxes = {Decimal(str(x)).normalize() for it in found.items
             for x in [it["max"]] + [p.get("max") for p in (it.get("params") or {}).get("points", []) or []] if x}
    # “市级、县级各占3分。…” read as one rule on 3 points: the parts' points are not the one item's
    parts_of_one = len(found.items) == 1 and not (found.items[0].get("params") or {}).get("points")
    out = []
    for clause in re.split(r"[;。]", t):
        for m in FIGURE.finditer(clause):
            each = clause[max(0, m.start() - 2):m.start()].endswith(("各", "占", "各占", "各计"))
            if parts_of_one and clause[:m.start()].endswith(("各", "占", "各计", "分别为", "分别计")) \
                    and _parts_named(clause.strip(",")):
                out.append(f"“{clause.strip(',') if len(clause) <= 40 else clause[:39] + '…'}”")
                break
            if Decimal(m.group(1)).normalize() not in (maxes if each else known):
                out.append(f"“{clause.strip(',') if len(clause) <= 40 else clause[:39] + '…'}”")
                break
        else:
            read_by_rule = "比例" in clause and _reads_as(found) & {COMPLETION, rate_rule.RULE.type}
            # (“评价为A的不扣分”, “资料齐全的不扣分”: the best grade or degree, a situation of the choice)
            graded = CHOICE in types and choice_rule.exclusive_deductions(t)
            # (“5次以内不扣分;超过部分每次…”: the cases let pass said across the ; before the step, read by it)
            # (what is counted may go before it: “迟到5次以内不扣分;”)
            at = t.find(clause) if clause.strip(",") and types & {FORMULA, delay_rule.RULE.type} else -1
            let_pass = at >= 0 and any(at <= x.start() < at + len(clause) <= x.end() for x in FREE_THEN_EACH.finditer(t))
            if not FIGURE.search(clause) and _SILENT_DEDUCTION.search(clause) and types - {checklist_rule.RULE.type} \
                    and not read_by_rule and not graded and not let_pass:
                out.append(f"“{clause.strip(',') if len(clause) <= 40 else clause[:39] + '…'}”")
    return out


# ── confidence: one reading only ────────────────────────────────────────────
#: words that compare a value with a line: each must sit in a clause whose figure the rule places
COMPARE = lazy_compile(r"高于|低于|以上|以下|不足|超过|少于|多于|大于|小于|不低于|不高于|不少于|不超过|未达到|达不到|不到")
#: words that score: a clause without any of them (and without a figure) only describes
#: (“最高不超过权重”: the weight of a KPI sheet is the 分值; “超额完成不加分”: the cap of a rate or a share done)
_SCORING = lazy_compile(r"得|计|记|扣|满分|为止|不得分|类推|为准|为标准|比例|分值|(?:不超过|最高)(?:本项|该项)?权重|不(?:另|再)?加分")
#: a clause that only leads in to the next one (“…得满分,未达到,每减少1%扣…”)
_LEAD_IN = lazy_compile(r"^(?:否则|未达到|达不到|未达标|未完成|不足|低于|超过|以此类推|依此类推)(?:的|时|部分)?$")
#: rule types that read a number against lines; a condition in words is not part of them
_NUMERIC = {THRESHOLD, TIERS, RATE, UPPER_BOUND, COMPLETION, DELAY, FORMULA}
#: words that settle on which side of a line its own value falls (《民法典》第一千二百五十九条:
#: 以上、以下、以内 include the number itself; 超过、不满/不足 and 高于、低于 do not)
_SETTLED_BEFORE = ("≥", "≤", ">", "<", "=", "为", "等于", "高于", "低于", "大于", "小于", "超过", "不足", "不低于", "不高于",
                   "不少于", "不超过", "达到", "未达到", "达", "少于", "多于")
#: “增长8%的目标” met or not (“达目标…,不达目标…”): reaching the target includes it
#: (“24小时内”: a time limit, 内 as 以内)
_SETTLED_AFTER = ("(含)", "(不含)", "以上", "以下", "及以上", "及以下", "以内", "之内", "内", "(含", "(不含", "的目标")
#: situations that are degrees of quality rather than facts (好/较好/一般/较差, 优秀/良好/合格, 基本…)
_DEGREE = lazy_compile(r"^(?:[^,;]{0,12}?)(?:较好|一般|较差|良好|优秀|合格|基本|部分|完全|明显|较为|比较)")
#: words of degree (“较完善”, “基本齐全”, “不够规范”): taken out, two labels of one quality read alike
_DEGREE_WORDS = lazy_compile(r"较为|比较|较|基本上?|完全|十分|非常|不够|不太|尚")
#: how far a state goes (“积灰较厚”, “面积较广”, “问题较多”, “严重”, “轻微”, “浅灰”, “稍有”): points so named may be
#: states of one thing to pick one of
_DEGREE_OF_STATE = lazy_compile(r"较(?:多|少|大|小|厚|广|重|轻|高|低|长|短|强|弱|深|浅|好|差|快|慢|完整|齐全|完善|规范|健全)|"
                              r"严重|轻微|浅灰|稍有|略有")
#: a situation whose words end in “分别”, “各” or “均” before its deduction: the faults it joins each take the points
_EACH_TAKES = lazy_compile(r"(?:分别|各|均)$")
#: a situation that is only a shortfall of the one before it (“建立制度的得3分,但制度未上墙的得2分”): what scores when
#: the earlier one does not hold at all is unsaid
_BUT = lazy_compile(r"^(?:但是|但|却|然而|不过)")
#: a situation on a condition of its own (“…得3分;如当年无新申报项目,扣1分”), which may hold beside another, never
#: one of them to pick (如期、如实 are manners, 若干 a count; “如没有制定…”, “如未…” deny the situation before them)
_IF = lazy_compile(r"^(?:如果|假如|倘若|若(?!干)|如(?![期实数]))(?!没有|无|未|不|达不到|否)")


#: a situation that opens with a thing had or done (“有方案…”, “已建立台账…”)
_HAD = lazy_compile(r"^(?:已有|已经|已|有|建立了?|制定了?|设立了?|开展了?)[\u4e00-\u9fff]{2}")


#: a thing done, then 但 and what it lacks: “开展自评但未报送报告”; or with no 但, a thing had or done (``_HAD``) and what
#: it lacks: “开展检查未形成报告”; a thing had, 但 and what it lacks (“有检查但不规范”), whatever the situation before says
_DONE_BUT = lazy_compile(r"^(?P<done>[\u4e00-\u9fff]{2,10}?)[,，]?(?P<but>但是|但|却|而)?(?:未|没有|无|不)")


def _had_then_lacking(first: str, then: str) -> bool:
    """Whether situation ``then`` has what ``first`` opens with, then lacks something of it (“有方案且落实到位” /
    “有方案但落实不到位”, “有方案未落实”): the situation without the thing at all is not it."""
    shared = _shared_start(first, then)
    rest = then[len(shared):]
    if _HAD.match(shared) is not None and bool(formula_rule.PART_MISSING.match(rest) or _BUT.match(rest.lstrip(",，"))):
        return True
    # “按要求开展绩效自评并报送报告” / “开展自评但未报送报告”: what the first did, said short, then 但 and what it lacks
    m = _DONE_BUT.match(then)
    if m is not None and m.group("but") is not None and _HAD.match(m.group("done")) is not None:
        return True  # “定期检查” / “有检查但不规范”: the thing had, then 但 and what it lacks, whatever the first says
    return m is not None and (m.group("but") is not None or _HAD.match(m.group("done")) is not None) \
        and formula_rule.within(m.group("done"), first)


def _situation_doubts(it: dict[str, Any]) -> list[str]:
    """A 情形选择 whose lesser situations are a shortfall of the one before them with nothing at 0, or a condition of
    their own that takes part of the points (``_BUT``, ``_IF``)."""
    options = it["params"]["options"]
    best = max(Decimal(str(o["score"])) for o in options)
    out = []
    if all(Decimal(str(o["score"])) > 0 for o in options):
        first = str(options[0].get("label", ""))
        out += [f"“{o['label']}”：只说了前一情形中的不足，前一情形本身不成立时的得分未说明"
                for o in options[1:] if _BUT.match(str(o.get("label", ""))) or _had_then_lacking(first, str(o.get("label", "")))][:1]
    out += [f"“{o['label']}”：另一条件下的得分，可与其他情形同时出现" for o in options
            if 0 < Decimal(str(o["score"])) < best and _IF.match(str(o.get("label", "")))][:1]
    return out


#: rule types that take points off per case, per step or per period
_PER_TYPES = {DEDUCTION, THRESHOLD, DELAY}
#: a count the rule divides by (“每2例扣1分”, “每滞留0.5个月扣0.5分”)
_PER_COUNT = lazy_compile(r"每[^\d;,]{0,6}?(\d+(?:\.\d+)?)(?:个)?(?:例|项|处|次|篇|份|件|条|起|天|日|月|周|年|季度|工作日)")


def _quote(clause: str) -> str:
    c = clause.strip(",")
    return f"“{c if len(c) <= 40 else c[:39] + '…'}”"


def _clauses(t: str) -> list[str]:
    return [c for c in re.split(r"[;。,]", t) if c.strip()]


_UNIT_AT = lazy_compile(r"^(?:%|个百分点|亿元|万元|元|公斤|千克|吨|亩|公里|平方米|立方米|人次|个工作日|工作日|个月|小时|分钟|课时|学时|人|次|起|例|处|项|个|件|家|"
                      r"户|篇|条|份|张|所|台|套|场|期|类|种|批|轮|天|日|周|年)")


#: a figure of the text, whole: not a part of another (“12.5”), though it may follow a band's letter (“B.80%(含)”)
_FIGURE = lazy_compile(r"(?<!\d)(?<!\d\.)(\d+(?:\.\d+)?)(?![\d.])")


def _settled(t: str, value: Decimal) -> bool:
    """Whether some mention of ``value`` in the text says on which side of it the value itself falls."""
    for m in _FIGURE.finditer(t):
        if Decimal(m.group(1)) != value:
            continue
        before = t[max(0, m.start() - 3):m.start()]
        after = _UNIT_AT.sub("", t[m.end():m.end() + 9], count=1)  # “5年及以上”: the unit before the word that settles
        if before.endswith(_SETTLED_BEFORE) or after.startswith(_SETTLED_AFTER):
            return True
    return False


_INCLUDES_BEFORE = ("≥", "≤", "=", "不低于", "不高于", "不少于", "不超过", "达到")
#: 以上、以下 include the number by law, though tables often write them meaning “above”, “below”
_INCLUDES_BY_LAW = ("以上", "以下", "及以上", "及以下", "以内", "之内", "内")
#: 以上、以下 and a mark after them that leaves the figure out (“90%以上(不含90%)”, “80%以下(不含)”)
_LEFT_OUT_AFTER = lazy_compile(r"及?以[上下]\(不含")
#: “未达到”, “达不到” just before a number: the band stops short of it
_NOT_REACHED = lazy_compile(r"(?:未|没|不)达到?$|达不到$")


def _held_below(t: str, value: Decimal) -> bool:
    """Whether a mention of ``value`` says outright that the band below holds it (“≤85%”, “不超过85%”, “85%及以下”)."""
    for m in _FIGURE.finditer(t):
        if Decimal(m.group(1)) == value and (t[max(0, m.start() - 3):m.start()].endswith(("≤", "不高于", "不超过"))
                                             or _UNIT_AT.sub("", t[m.end():m.end() + 9], count=1).startswith("及以下")):
            return True
    return False


def _claimed_twice(t: str, value: Decimal) -> bool:
    """Whether two mentions of ``value`` each say it belongs to their band (“90%以上…;80%至90%…;80%以下”:
    以上、以下 include the number, and so does the start of a range, so 80 is claimed by two bands).

    A mark that says so outright (≥、(含)、不低于 …) settles a range's start; 以上/以下 against a range that
    starts at the same number, or two marks that each claim it, do not. A band's start marked as held (“B.80%(含)-90%…;
    C.80%以下”, “≥90%…;90%以下”) says how the table writes its bands: the 以下 of the band below means “below”."""
    explicit = by_law = starts = held_start = held_end = below = 0
    for m in _FIGURE.finditer(t):
        if Decimal(m.group(1)) != value:
            continue
        before = t[max(0, m.start() - 3):m.start()]
        if _NOT_REACHED.search(before):  # “未达到100%”: the number is left out of its band
            continue
        after = _UNIT_AT.sub("", t[m.end():m.end() + 9], count=1)
        # (“85%≤合格率<95%”: the sign after the figure holds it; “85%及以下”, as normalize writes “85%(含)以下”, holds it too)
        if before.endswith(_INCLUDES_BEFORE) or after.startswith(("(含)", "≤", "及以上", "及以下")):
            explicit += 1
            held_start += before.endswith(("≥", "不低于", "不少于", "达到")) or bool(_HELD_START.match(after)) or \
                after.startswith("≤") or _lower_end_after(t[:m.start()], value)
            held_end += after.startswith("及以下")
        elif _LEFT_OUT_AFTER.match(after):  # “95%以下(不含)”: the mark after 以下 leaves the figure out
            continue
        elif after.startswith(_INCLUDES_BY_LAW):
            by_law += 1
            below += after.startswith(("以下", "及以下", "以内"))
        elif re.match(r"[~\-至到]\d", after) or _lower_end_after(t[:m.start()], value):
            starts += 1
    if explicit == held_start == 1 and by_law == below and not starts:
        return False
    # “100万元及以下…;100万元以上…”: the 及 of the band below marks the figure held, the bare 以上 above means “past it”
    if explicit == held_end == by_law == 1 and not below and not starts:
        return False
    return explicit + by_law >= 2 or (by_law >= 1 and starts >= 1)


#: the end of a range just before a figure: “99%-” before “90%”
_RANGE_BEFORE = lazy_compile(r"(\d+(?:\.\d+)?)%?[~\-至到]$")


def _lower_end_after(before: str, value: Decimal) -> bool:
    """Whether ``value`` is the start of a range written from the top down (“99%-80%”: 80 after 99)."""
    m = _RANGE_BEFORE.search(before)
    return m is not None and Decimal(m.group(1)) > value


#: “(含)” at a band's start: the range or the 以上 follows it (“80%(含)-90%”, “30%(含)以上”)
_HELD_START = lazy_compile(r"\(含\)(?:[~\-至到]\d|及?以上)")


_WHOLE_UNITS = ("次", "课时", "起", "例", "处", "项", "个", "件", "笔", "名", "人", "人次", "家", "户", "篇", "条", "份", "张", "所", "台", "套")


_PERCENT_SAID = lazy_compile(r"%|百分点|百分之")


#: a value that may be below 0 (a rate of change, a difference, a balance): a line at 0% on it is a line; on any
#: other percentage (a share of two counts, 执行率、满意度) nothing lies below 0%, so a line there is a slip
_SIGNED_VALUE = lazy_compile(CHANGE + r"|增|减|降|偏差|偏离|差异|差额|差值|同比|环比|利润|收益|盈余|结余|盈亏|负")


def _below_nothing(t: str, item: dict[str, Any]) -> list[str]:
    """A band or a line below 0% on a percentage that cannot fall below 0 (“执行率低于0%的不得分”, “满意度低于0%的,
    每低1个百分点扣1分”): the band is never reached and the line never crossed, so the figure is not what is meant."""
    p = item["params"]
    if p.get("unit", "%") != "%" or _SIGNED_VALUE.search(t) or "之差" in str(p.get("value_label", "")):
        return []  # (a difference from a reference, “…与全省平均水平之差”, falls below 0)
    if item["type"] == THRESHOLD:
        zero = p.get("direction") == "higher" and Decimal(str(p.get("full_at", "1"))) <= 0
    else:
        # a band holding only values below 0 (“为0%”, “0%及以下” hold 0 itself, a value that is met)
        zero = any(tr.get("max") is not None and (Decimal(str(tr["max"])) < 0 or (Decimal(str(tr["max"])) == 0
                                                  and not tr.get("max_inclusive"))) for tr in p[TIERS])
    return ["“低于0%”：比率不会低于0，此线（档）不会用到，数值是否有误请核对"] if zero else []


#: a line measured as a change on a base (“较上年提升25%以上”, “同比达到10%”, “上升5%以上”, “达到上年的90%”): its figure
#: is the change (or a share of the base), not the value the row names (a rate of change named, “增长率”, is that value)
_ON_A_BASE = lazy_compile(r"较|(?<![占对])比(?![例重率值])|相比|上年|去年|上一年|基期|同期|上期|"
                        r"(?:提升|提高|上升|增长|增加|下降|降低|减少|增幅|涨幅|降幅|升幅)(?!率)")
#: a name that says the change itself (“收入增长情况”, “覆盖率提升”, “同比增幅”)
_CHANGE_NAMED = lazy_compile(r"增|降|升|提高|减少|同比|环比|较|(?<![占对])比(?![例重率值])|变|幅|节约")


def _measured_on_a_base(t: str, item: dict[str, Any]) -> list[str]:
    """A line on a change against a base (“覆盖率较上年提升25%以上的得满分”) scored on the value the row names (its
    覆盖率): which figure is entered, the rate or its rise, is to check."""
    first = _DIGIT.search(t)
    label = str(item["params"].get("value_label") or "")
    if first is None or not _ON_A_BASE.search(t, 0, first.start()) or _CHANGE_NAMED.search(label):
        return []
    return [f"“{t[:first.start()]}”：所比的是与基数相比的变化（或占基数的比例），录入的数值是“{label}”还是其变化请核对"]


def _out_of_order(item: dict[str, Any]) -> list[str]:
    """Bands whose scores go up and then down, or down and then up, along the value (“≥90%得3分,80%-90%得5分,<80%不
    得分”): a higher band scoring less than a lower one and more than another is a slip of a score or a figure. (Above
    100%, where a percentage's bands end there, “为100%,得满分;≥90%,得1分”, nothing is meant; nor in one band scoring
    between values scoring nothing on either side, “在10%-30%之间得3分,否则得0分”, a range to keep within.)"""
    tiers = item["params"][TIERS]
    probes = tiers_rule.probes(tiers)
    if item["params"].get("unit", "%") == "%" and max(probes) <= 101:
        probes = [v for v in probes if v <= 100]
    got = [next((Decimal(str(tr["score"])) for tr in tiers if tiers_rule.in_tier(v, tr)), None) for v in probes]
    seq = [x for x in got if x is not None]
    steps = [b - a for a, b in pairwise(seq) if b != a]
    if len(steps) == 2 and seq[0] == seq[-1] == 0:
        return []
    if any(x > 0 for x in steps) and any(x < 0 for x in steps):
        return ["“各档得分未随数值依次升高或降低（较高一档得分反而较低）”：请核对各档的数值与得分"]
    return []


def _tier_doubts(t: str, item: dict[str, Any]) -> list[str]:
    tiers = item["params"][TIERS]
    bounds = sorted({Decimal(str(x)) for tr in tiers for x in (tr.get("min"), tr.get("max")) if x is not None})
    out = _out_of_order(item) + _below_nothing(t, item)
    if item["params"].get("unit", "%") == "%" and not _PERCENT_SAID.search(t) and bounds and \
            all(0 <= b <= 1 for b in bounds) and any(b != b.to_integral_value() for b in bounds):
        # “执行率≥0.95得10分,0.85≤执行率<0.95得6分”: bands of a share written as fractions, read in %
        out.append(f"“{fmt(bounds[-1])}”：未写单位，是以小数写的比率（{fmt(bounds[-1] * 100)}%）还是百分数未说明")
    probes = set(tiers_rule.probes(tiers))
    if item["params"].get("unit", "%") == "%":
        probes |= {Decimal(0), Decimal(100)}
    elif item["params"].get("unit") != "名":  # a count or an amount may be none (a rank starts at 1)
        probes.add(Decimal(0))
    if item["params"].get("unit") in _WHOLE_UNITS:  # a count or a rank: whole numbers only, one past each end
        probes = {p for p in probes | {b + 1 for b in bounds} if p == p.to_integral_value()}
    for v in sorted(p for p in probes if p >= 0):
        hits = [tr for tr in tiers if tiers_rule.in_tier(v, tr)]
        if not hits:
            out.append(f"“{fmt(v)}{item['params'].get('unit', '')}时的得分未说明”")
            break
    for b in bounds:
        ends = [tr for tr in tiers if tr.get("min") is not None and Decimal(str(tr["min"])) == b] + \
               [tr for tr in tiers if tr.get("max") is not None and Decimal(str(tr["max"])) == b]
        scores = {Decimal(str(tr["score"])) for tr in ends}
        if len(ends) >= 2 and len(scores) > 1 and not _settled(t, b):
            out.append(f"“{fmt(b)}{item['params'].get('unit', '')}归入哪一档（含/不含）未说明”")
            continue
        exact = any(tr.get("min") is not None and tr.get("max") is not None and Decimal(str(tr["min"])) == b ==
                    Decimal(str(tr["max"])) for tr in tiers)  # “为0,计4分;0-5%(含),计3分”: the exact value is its own band
        if len(ends) >= 2 and len(scores) > 1 and not exact and _claimed_twice(t, b):
            out.append(f"“{fmt(b)}{item['params'].get('unit', '')}同时归入两档（以上、以下都含本数）”")
            continue
        scoring = next((tr for tr in tiers if tiers_rule.in_tier(b, tr)), None)
        ends_there = scoring is not None and scoring.get("max") is not None and Decimal(str(scoring["max"])) == b
        if len(scores) > 1 and scoring is not None and not ends_there and _held_below(t, b):
            # “85%-95%得6分,≤85%不得分”: the band below holds the figure outright, the range above is read first
            out.append(f"“{fmt(b)}{item['params'].get('unit', '')}”：下一档写明含本数，却归入从{fmt(b)}起的一档")
    out += _past_a_range_end(t, item)
    return out


def _past_a_range_end(t: str, item: dict[str, Any]) -> list[str]:
    """A bare 以上 at a range's end, “1-5次10分,5次以上20分”, read as past it (the range holding its end, tiers_rule):
    said back, since 以上 holds the figure by law."""
    unit = str(item["params"].get("unit") or "")
    tiers = item["params"][TIERS]
    out = []
    for tr in tiers:
        if tr.get("max") is None or not tr.get("max_inclusive") or tr.get("min") is None:
            continue
        v = Decimal(str(tr["max"]))
        if any(o.get("min") is not None and Decimal(str(o["min"])) == v and not o.get("min_inclusive") for o in tiers) \
                and re.search(r"(?<![\d.])" + re.escape(fmt(v)) + re.escape(unit) + r"以上", t):
            out.append(f"“{fmt(v)}{unit}以上”：读作多于{fmt(v)}{unit}，{fmt(v)}{unit}按{fmt(Decimal(str(tr['min'])))}-{fmt(v)}{unit}一档")
    return out


def _per_doubts(t: str, item: dict[str, Any]) -> list[str]:
    """“每2例扣1分”, “每10%扣1分”: whether a remainder counts in proportion or as a whole step is a second reading."""
    p = item["params"]
    if item["type"] == THRESHOLD:
        # (a remainder said to count otherwise than in proportion, “不足5个百分点的按1个百分点计”, is no reading of it)
        if Decimal(str(p["step"])) != 1 and not p.get("stepwise") and not re.search(r"不足[^,;]{0,8}按(?:照)?(?:比例|实际)", t):
            return [f"“每{fmt(Decimal(str(p['step'])))}{p.get('unit', '')}：不足一档时按比例扣还是按一档扣未说明”"]
        return []
    for m in _PER_COUNT.finditer(t):
        if Decimal(m.group(1)) != 1:
            return [f"“{m.group(0)}：不足{m.group(1)}时如何扣分未说明”"]
    return []


_STEP_UP = lazy_compile(r"每(?:超过|高于|多于|增加|提高|上升|超出)")
_STEP_DOWN = lazy_compile(r"每(?:低于|少于|减少|下降|降低|少|缺|不足)")


def _direction_doubts(t: str, item: dict[str, Any]) -> list[str]:
    """A 达标线 read one way while the text deducts the other way too (“每高于…扣…；每低于…扣…”)."""
    up = _STEP_UP.search(t)
    down = _STEP_DOWN.search(t)
    higher = item["params"].get("direction") == "higher"
    if (up and down) or (higher and up and not down) or (not higher and down and not up):
        return ["“扣分方向（高于/低于）与达标线不一致或两个方向都扣分”"]
    return []


def _segments_left(t: str, item: dict[str, Any]) -> list[str]:
    """A 分档/情形 whose text has more scoring segments than the rule has bands or situations."""
    segs = _sentences(t)
    if len(segs) < 2:
        segs = [x for x in t.split(",") if x]
    scoring = [x for x in segs if re.search(r"得(?!到)|计(?!划|算)|记(?!录|载)|不得分|扣", x)  # not 计划、记录
               and not choice_rule.HIGHEST_SAID.fullmatch(x.strip("()"))]  # (“…,以最高级别计”: how the one is chosen)
    n = len(item["params"].get(TIERS) or item["params"].get("options") or [])
    if len(scoring) > n:
        labels = [str(o.get("label", "")) for o in item["params"].get("options", [])]
        left = [x for x in scoring if not any(lb and lb in x for lb in labels)] if labels else scoring[n:]
        return [_quote(x) for x in left[:1]] or [_quote(scoring[-1])]
    return []


_DIGIT = lazy_compile(r"\d")
_SENTENCE = lazy_compile(r"[;。]")
_PER_DEDUCT = lazy_compile(r"每[^;]*?扣")
_ZEROES = lazy_compile(ZEROED + r"|记0分|零分")
_NONZERO = lazy_compile(r"[1-9]")


#: “平均年龄不大于全市平均水平的”: a line named in words, read by a 达标线 on the difference from it
#: (“高于全省平均水平的”, “低于平均水平的”, “全区平均值以上”: an average reached or fallen short of, the value unnamed)
_REFERENCED = lazy_compile(r"[^,;\d]{2,20}?(?:" + threshold_rule.REFERENCE_CMP + ")" + threshold_rule.REFERENCE + "的?|"
                         r"(?:[^,;\d]{0,6}?(?:≥|高于|达到|低于))?[^,;\d]{0,16}?(?:平均|均值)[^,;\d]{0,8}?(?:及?以上)?的?")


#: “…扣0.5分,最低得0分”: where the deductions stop, not a situation scoring 0
#: “直至不得分”, “直到本项0分为止”: where the deducting stops, said as the score it reaches
#: “递减到0分为止”: the points stepping down a rank until none are left
_UNTIL_NONE = r"直(?:至|到)(?:本项|该项|此项)?(?:不得分|不计分|0分|零分)(?:为止)?|递减(?:至|到)(?:0分|零分)为止"
_UNTIL_NONE_AT = lazy_compile(_UNTIL_NONE)
#: requirements joined by 并/且, or by 、/和/及 before a verb of doing (“有方案并实施”, “建立制度且记录完整”, “建立制度、开展培训”; not a
#: list of things, “选购、安装”, “(市、区)”): a denial of one of them leaves the other unsaid
_JOINED_REQUIREMENTS = lazy_compile(r"并|且|(?:、|和|及)(?:建立|成立|设立|制定|开展|组织|实施|落实|执行|配备|召开|出台|签订|编制|印发"
                                  r"|公开|报送|建设|健全|完善|明确)")
#: a situation that is no more than the denial of the one before it: “没有”, “无”, “否则”, “未达到”
_BARE_DENIAL = lazy_compile(r"没有|无|否则?|未达到|达不到|不符合|未完成")
#: a situation's words that are the floor of the item's score (“本项最低得1分”, “最低计2分”), no situation
_FLOOR_LABEL = lazy_compile(r"^(?:本项|该项|此项|本指标|该指标)?(?:得分)?(?:最低|最少|保底)(?:得分)?$")
#: a stop said for each period (“每季度最多扣1分”, “(每月最多扣1分)”, “当月扣完为止”, “单次检查扣完为止”): the words
#: before the stop end in its period
_PER_PERIOD_AT = lazy_compile(r"(?:每(?:年|季度?|月|半年|周|次检查)|当(?:季度?|月|周)|单次检查)[^,;]{0,4}$")
#: a stop said for each fault or kind of fault (“每项最多扣1分”, “单项扣分不超过2分”): the words before the stop
_PER_PART_AT = lazy_compile(r"(?:每|单|各)(?:项|类|种|个问题)[^,;]{0,4}$")
#: the stop said as the score of 0 it reaches, either way (the one spelling of the 下限 phrase, of _FLOOR and of this)
_AT_ZERO = LOWEST_ZERO + "|" + _UNTIL_NONE
_FLOOR_ZERO = lazy_compile(_AT_ZERO)
#: “预算执行率=实际支出/预算数”
_DEFINED = lazy_compile(r"[\u4e00-\u9fff]{2,16}=[^,;=/]{1,30}/[^,;=/]{1,30}")
#: “…小于应上缴资金的,其比率作为得分”: the comparison names the two quantities of the rate that follows
_RATIO_OF = lazy_compile(r"(?:以|按)?其(?:比率|比例|比值)(?:作为|做为|计分|得分|计算得分)")
#: a case short of the target (指标值, 目标值), and the quotient of the value and that target scoring it
_SHORT_OF_TARGET = lazy_compile(r"(?:未达到|未达|低于|小于|不足)(?:目标值|指标值)(?:的|时)?")
_QUOTIENT_OF_TARGET = lazy_compile(r"得分=[^,;/]{1,20}/(?:目标值|指标值)")


def _degrees_of_one_quality(item: dict[str, Any]) -> list[str]:
    """“方案较完善,2分;方案基本完善,1分”: points that name degrees of one quality are more likely situations to choose
    from than points that add up, though their sum is the 分值; the reading is to check."""
    labels = [str(p.get("label", "")) for p in (item.get("params") or {}).get("points", [])]
    stems: dict[str, list[str]] = {}
    for label in labels:
        stem = _DEGREE_WORDS.sub("", label)
        if len(stem) >= 2:
            stems.setdefault(stem, []).append(label)
    alike = [same for same in stems.values() if len(same) >= 2 and any(_DEGREE_WORDS.search(x) for x in same)]
    out = [f"“{'、'.join(same[:3])}：同一事项的不同程度，可能是择一的情形而非相加的要点”" for same in alike]
    graded = [x for x in labels if _DEGREE_OF_STATE.search(x) and not any(x in same for same in alike)]
    if len(labels) >= 2 and graded:
        # “表面有浅灰得2分,积灰较厚或面积较广给1分”: states of one thing by how far they go, not one quality's words twice
        out.append(f"“{'、'.join(graded[:3])}：写的是程度（较…、严重、轻微），可能是择一的情形而非相加的要点”")
    if not out and len(labels) >= 2:
        out += _grades_of_one(labels)
    return out


#: a grade, or a degree said otherwise than ``_DEGREE_WORDS`` does (“成效一般”, “优秀”, “良好”, “部分合格”, “兼职”)
_GRADE_OF_POINT = lazy_compile(r"一般|优秀|良好|合格|及格|(?<!专)兼职|部分|^(?:优|良|中|差|好)$")
#: the words of a denial: “台账齐全但不规范” is “台账齐全规范” denied
_DENIAL_OF_POINT = lazy_compile(r"但|不|未|无|没有")
#: a level of government a point is at (“在全区获得表彰”, “获县级表彰”), or of an office (“获厅级领导批示”, “处级”)
_LEVEL_OF_POINT = lazy_compile(r"(?:全|本)?(?:(?:司局|地厅|厅|局|处|科)级|" + choice_rule.LEVEL + r"|镇级?|村级?)")


def _grades_of_one(labels: list[str]) -> list[str]:
    """Points that are situations of one thing, only one holding, though their points add up to the 分值: grades or
    degrees of what another point names (“工作成效明显:6分;成效一般:4分”, “优秀:5分;良好:3分”, “专职…:2分,兼职:1分”),
    another point denied (“台账齐全规范:3分;台账齐全但不规范:1分”), or one thing at levels of government, whether they
    add up or only the highest counts unsaid (“在全区获得表彰:5分;在全市获得表彰:6分”)."""
    out = []
    for label in labels:
        others = [x for x in labels if x != label]
        # (the verb of the points kept in the label, “良好加”, “合格计”, is no word of the point's)
        rest = _DEGREE_WORDS.sub("", _GRADE_OF_POINT.sub("", label)).strip(",:的得加计记")
        if rest != label.strip(",:的得加计记") and (not rest or (len(rest) >= 2 and any(rest in x for x in others))):
            out.append(f"“{label}”：似为另一要点的不同程度（只取其一），可能是择一的情形而非相加的要点")
            continue
        bare = _DENIAL_OF_POINT.sub("", label)
        if bare != label and any(bare == x or (len(bare) >= 4 and bare in x) for x in others):
            out.append(f"“{label}”：为另一要点的反面（只取其一），可能是择一的情形而非相加的要点")
    at_levels = [x for x in labels if _LEVEL_OF_POINT.search(x)]
    if len({_LEVEL_OF_POINT.sub("", x) for x in at_levels}) < len(at_levels):
        out.append(f"“{'、'.join(at_levels[:3])}”：同一事项的不同级别，各级相加还是只计最高一级未说明")
    counted: dict[str, list[str]] = {}
    for label in labels:
        key = _COUNT_IN_POINT.sub("N", _WHICH_OF_THEM.sub("", label))
        if key != label:
            counted.setdefault(key, []).append(label)
    for same in counted.values():
        if len(set(same)) >= 2:  # “符合上述2项标准:2分;符合1项标准:1分”: counts of one thing, only one holding
            out.append(f"“{'、'.join(same[:3])}”：同一事项的不同数量（只取其一），可能是择一的情形而非相加的要点")
    classed = [x for x in labels if "属于" in x]
    if len(classed) >= 2:  # “办公场所属于自有产权:3分;属于租借:2分”: classes of one thing, only one holding
        out.append(f"“{'、'.join(classed[:3])}”：同一事项属于的不同类别（只取其一），可能是择一的情形而非相加的要点")
    return out


#: a count in a point's words (“符合2项标准”, “有3名专家”; not an ordinal, “第2季度”)
_COUNT_IN_POINT = lazy_compile(r"(?<![第\d.])\d+(?:\.\d+)?(?=项|个|名|人|次|条|篇|件|处|种|类|家|所)")
#: words pointing back at the things counted (“符合上述2项标准”, “满足其中1项”)
_WHICH_OF_THEM = lazy_compile(r"上述|以上|其中|所列|下列|前述")


def own_doubts(t: str, found: Proposed) -> list[str]:
    """The doubts of a reading of ``t``: those it states of itself (a reading in parts, a 要点核查 of faults), else
    what ``reading_doubts`` finds."""
    doubts = list(found.doubts) if found.doubts is not None else reading_doubts(t, found)
    # (the indicator's requirement closing a rule measured against it: said back by every reading, ``_spec_closing``)
    end = _spec_at_end(t)
    if end is not None and not any(end.group("spec") in u for u in doubts):
        doubts.append(_spec_said(end))
    return doubts


def reading_doubts(t: str, found: Proposed) -> list[str]:
    """What keeps a reading from being the only one: clauses, comparison words, band ends, remainders.

    A proposal is confident only when every clause of the text is consumed by its rule and no
    other plausible reading would score a probe input differently:

    - a clause of conditions in words (no figure, no scoring word) after the scoring has begun is
      not read by a rule that compares a number with lines (“…1000公斤以上,提供正式发票,每少于…”);
    - a comparison word (高于、低于、以上、不足 …) in a clause with no figure is not placed;
    - two bands that meet at a value the text does not settle (no 含/不含、≥、以上 …) read two ways,
      and a value no band covers has no score the text states (probes: each band end, half a unit
      either side, 0 and 100%);
    - “每10%扣1分” without “不足…按…” and “每2例扣1分” read two ways for a remainder (in proportion,
      or as a whole step); a step of one unit is read in proportion, the only reading for a whole
      number;
    - a 达标线 whose text deducts in the other direction, or in both;
    - a 分档/情形 whose text has scoring segments left over, and 情形 that are degrees of quality
      (好/较好/一般, 基本健全) — the degree is the evaluator's judgement;
    - more “每…扣” clauses than items that deduct per case, step or period, and a clause that
      zeroes the score (“…的不得分”) with no figure, in a rule that deducts or compares.
    """
    out: list[str] = []
    types = _reads_as(found)
    if types & _NUMERIC:
        started = False
        clauses = _clauses(t)
        for i, clause in enumerate(clauses):
            has_figure = bool(_DIGIT.search(clause))
            # “…得满分,未达到,每减少1%,扣…”: a lead-in word belongs to the clause with the figure after it
            lead_in = bool(_LEAD_IN.match(clause) and i + 1 < len(clauses) and _DIGIT.search(clauses[i + 1]))
            # “…小于应上缴资金的,其比率作为得分”: the case whose rate the next clause scores
            lead_in = lead_in or bool(RATE in types and i + 1 < len(clauses) and _RATIO_OF.match(clauses[i + 1]))
            # “…;预算执行率=实际支出/预算数”: a rate's definition after its formula states no condition
            lead_in = lead_in or bool(types & {RATE, COMPLETION} and _DEFINED.fullmatch(clause))
            # “未达到目标值的,得分=实际值/目标值×分值”: the case short of the target whose quotient the next clause scores
            lead_in = lead_in or bool(RATE in types and i + 1 < len(clauses) and _SHORT_OF_TARGET.fullmatch(clause)
                                      and _QUOTIENT_OF_TARGET.match(clauses[i + 1]))
            # “…得满分;低于平均水平的,每低1%扣1分”: the average fallen short of, whose step the next clause says
            lead_in = lead_in or bool(THRESHOLD in types and i + 1 < len(clauses) and _REFERENCED.fullmatch(clause)
                                      and _DIGIT.search(clauses[i + 1]))
            if has_figure or _SCORING.search(clause):
                started = True
            elif started and not lead_in:
                out.append(_quote(clause))
            if (not has_figure and COMPARE.search(clause) and not _SCORING.search(clause) and not lead_in
                    and not (THRESHOLD in types and _REFERENCED.fullmatch(clause))):
                out.append(_quote(clause))
    per_items = sum(it["type"] in _PER_TYPES for it in found.items)
    per_clauses = [c for c in _SENTENCE.split(t) if _PER_DEDUCT.search(c)]
    if len(per_clauses) > max(per_items, 1 if types & {CHOICE, TIERS} else 0) and per_items:
        out.append(_quote(per_clauses[-1]))
    if types & (_NUMERIC | _PER_TYPES) - {TIERS} and TIERS not in types:
        for clause in _clauses(t):
            if _ZEROES.search(clause) and not _NONZERO.search(clause) and not _FLOOR_ZERO.fullmatch(clause):
                out.append(_quote(clause))
    for it in found.items:
        if it["type"] == TIERS:
            out += _tier_doubts(t, it) + _segments_left(t, it) + _measured_on_a_base(t, it)
        elif it["type"] == CHECKLIST:
            out += _degrees_of_one_quality(it)
        elif it["type"] == CHOICE:
            options = [(str(o.get("label", "")), Decimal(str(o["score"]))) for o in it["params"]["options"]]
            out += _segments_left(t, it) + _situation_doubts(it) + choice_rule.lacks_apart(options, Decimal(str(it["max"])))
            # “获国家级表彰得5分,获省级表彰得3分…”: several levels held at once, the highest or the sum unsaid
            out += list(choice_rule.honours_unsaid(options, t))
            degrees = [o["label"] for o in it["params"]["options"] if _DEGREE.search(str(o.get("label", "")))]
            if len(degrees) >= 2 and not choice_rule.rating_named(t):
                # 好/较好/一般: the evaluator judges the degree; the rule only anchors it (a rating's result, “考核
                # 等次为较好”, is given, not judged)
                out.append(f"“{'、'.join(degrees[:3])}：程度由评价组判断”")
            shares = [o["label"] for o in it["params"]["options"] if SHARE_IN_WORDS.search(str(o.get("label", "")))]
            if shares:  # “完成一半得5分”: a share of the work, so the situations may be bands of a completion rate
                out.append(f"“{'、'.join(shares[:3])}：按完成的比例划分情形，可改为按完成率分档”")
            each = [o["label"] for o in it["params"]["options"]
                    if _EACH_TAKES.search(str(o.get("label", ""))) and Decimal(str(o["score"])) > 0]
            if each:  # “…不清晰或…没有明示的,分别扣2.5分”: each fault takes its own points, so two can come together
                # (where each leaves nothing, “…均不得分”, two together leave nothing too)
                out.append(f"“{'、'.join(each[:3])}：各项分别扣分，可同时发生，可改为要点核查”")
        elif it["type"] == THRESHOLD:
            out += _per_doubts(t, it) + _direction_doubts(t, it) + _below_nothing(t, it) + _measured_on_a_base(t, it)
        elif it["type"] in (DEDUCTION, DELAY):
            out += _per_doubts(t, it)
        elif it["type"] == UPPER_BOUND:
            out += _over_limit_doubts(t, it)
        elif it["type"] == FORMULA and not formula_rule.deducts_from_full(it.get("params") or {}) and not _earned_per_case(it):
            # a formula's variables, and whether a rate is a fraction or a %, are confirmed (the faults of a formula
            # that takes points off the 分值 are counts, 0/1 or a rate in %, each with its unit, checked as a deduction)
            out.append("“公式中的变量及其录入方式（如比率按小数还是百分数）请核对”")
    return list(dict.fromkeys(out))


def _over_limit_doubts(t: str, item: dict[str, Any]) -> list[str]:
    """“每超过2%扣1分” over a limit: the rule deducts in proportion, which a remainder may not."""
    step = Decimal(str(item["params"].get("step", "1")))
    if step != 1 and not re.search(r"不足[^,;]{0,8}(?:按比例|按实际)", t):
        return [f"“每超过{fmt(step)}%：不足一档时按比例扣还是按一档扣未说明”"]
    return []


# ── confidence: every word of the text consumed ─────────────────────────────
#: a number with what may follow it
_N = r"-?\d+(?:\.\d+)?"
#: the item's score said 0 without its 分 (“被通报的该项为0”, “迟报的记为0”): a zero stated (never a count totalled
#: to 0: “投诉累计为0”, “差错统计为0”, “合计为0”)
_ITEM_AT_ZERO = r"(?:(?:该项|本项|此项|该指标|本指标)(?:得分)?(?:为|计|记|得)|(?<![统合累总估预])(?:记|计)为)0(?![\d.分%])"
_U = (r"(?:%|个百分点|百分点|个月|个小时|分钟|月|个工作日|工作日|天|日|周|个星期|星期|个季度|季度|半年|年|人次|例|项|处|次|个|篇|份|件|条|起|人|"
      r"家|户|张|笔|公斤|千克|吨|亩|平方米|立方米|万元|元|小时|名|位|批|套|台|场|期|类|种|轮|课时|学时|节|单(?![位项据元价独个次]))")
_CMP = r"(?:≥|≤|>|<|=|至少|不低于|不少于|不高于|不超过|未超过|达到|达|高于|低于|大于|小于|超过|少于|多于|不足|不到|未达到|达不到|等于|在|为|控制在)"
_INCL = r"(?:\((?:不)?含(?:\d+(?:\.\d+)?" + _U + r"?)?\))"  # “(含)”, “(含20平方米)”: the figure itself in the band
#: (“30分钟内”, “2小时内”, “3天内”: a time limit, 内 as 以内)
_POST = r"(?:及以上|以上|及以下|以下|以内|之内|(?:(?<=分钟)|(?<=小时)|(?<=工作日)|(?<=天))内)"
#: (a bracketed figure closing the text opens no item: “…,否则不得分。(2)”, a figure left unread)
_ORDINAL = lazy_compile(r"(?:^|(?<=[;,:。)]))(?:\(\d{1,2}\)(?![;.。]?$)|\d{1,2}[.、](?!\d)|\(?[一二三四五六七八九十]{1,3}(?:、|\)))|第(?:\d+(?!\d|(?:人次|人|次|处|项|个|件|天|日)(?:起|开始|外|以外|之外))|[" + CIRCLED + r"])|[" + CIRCLED + r"]|"
                      r"\(\d{1,2}\)(?=项)|"  # “未按(1)项要求设置…”: a requirement named by its number in the list
                      r"(?<=\d分)\(\d{1,2}\)(?=[\u4e00-\u9fff])|"  # “(1)…5分(2)…0分”: the next mark run straight after a score
                      r"(?<=要素)\d{1,2}(?![\d.%])")  # “具备要素3得20%”: the element's number
#: right after a deduction's points and a comma (“每少1次扣3分,最高不超过10分”: the words after it cap that deduction)
_AFTER_DEDUCTION = r"(?:(?<=扣\d分,)|(?<=扣\d\d分,)|(?<=扣\d\.\d分,)|(?<=扣\d\.\d\d分,))"
#: the phrases of scoring texts, by what they say (every rule type reads them the same way); a third element
#: names words the phrase cannot be without (read off its pattern): a text holding none of them is not searched
_PHRASE_TABLE: tuple[tuple[str, ...], ...] = (
    # (“得满分15分”: the full marks with their figure, one statement of the 分值)
    ("分值", rf"(?:(?:得|计|记|为|给|评)?(?:满分(?:为)?{_N}分|满分|分值的{_N}%|权重分的{_N}%|{_N}分)|(?:该项|本项|此项|该指标|本指标)?"
           r"(?:不得分|不计分|不予计分|得零分|零分))|" + _ITEM_AT_ZERO + "|" + _VOTED_DOWN
           # the words ``normalize`` writes before the points of a row's graded columns (“…要求;各档得分:5分、4分、3分”)
           + "|" + GRADED_COLUMNS + ":"),
    ("扣分", rf"扣(?:除|减)?(?:(?:该|本)?(?:项|指标|项指标)?分值的|权重分的)?{_N}(?:分|%)|扣(?:除|减)?(?:相应|全部)?分值|" + all_or_nothing_rule.TAKES_ALL
           + rf"(?:分值|分数|{_N}?分)|" + all_or_nothing_rule.ALL_TAKEN),
    ("下限", rf"(?:扣(?:完|满|至|到)(?:{_N}分|本项分值|该项分值|本项|该项|分值)?(?:为止|即止)|扣完本项分值为止|直至扣完|直至(?:本项|该项|此项)(?:目)?(?:分值|分)?扣完|"
           rf"{_AT_ZERO}|(?:累计)?(?:最多|最高)扣{_N}分|累计扣{_N}分|" + _AFTER_DEDUCTION + rf"(?:最高|最多)不超过{_N}分|不倒扣|不(?:得|计)负分|{DEDUCTED_AT_MOST}{_N}分|" + _TOTAL_AT_END + ")"),
    # (“最高不超过权重”, “不超过本项权重”: a KPI sheet's weight is the row's 分值; never “最高得权重的120%”, a share of it)
    ("上限", r"满分为止|不超过(?:本项|该项)?(?:本指标|该指标|指标)?(?:分值|满分|权重(?!的|\d|\*))|"
           r"最高(?:得|不超过)?(?:本项|该项)?(?:本指标|该指标|指标)?(?:分值|满分|权重(?!的|\d|\*))"),
    # “超额完成不加分”, “超出部分不另加分”, “超额不加分”: a rate or a share done capped at 100% (rate and completion only)
    # (never “超出的不得分”, an overrun zeroing the row)
    ("超额", r"(?:超额(?:完成)?(?:的)?(?:部分)?|超出部分|超过(?:目标|计划)(?:值)?的?部分)不(?:另|再)?加分|"
           r"(?:超额(?:完成)?|超出|超过(?:目标|计划)(?:值)?)的?部分不(?:另|再)?计分", "超"),
    ("封顶", rf"最高(?:得|为|计)?{_N}分(?:为限)?", "最高"),
    # “满足招标文件要求且投标价格最低的投标报价为评标基准价,其价格分为满分;其他投标人的价格分统一按照下列公式计算:”: the
    # 低价优先法's lead, the base of the price score the lowest bid (rate.LOWEST_BASE_SAID)
    ("低价", rate_rule.LOWEST_BASE_SAID, "最低"),
    # “投标报价最低的得满分,其他投标人每高于最低报价1%扣0.5分”: the lowest bid and the others (threshold._lowest_bid_and_step)
    ("低价", threshold_rule.LOWEST_BID_FULL, "最低"),
    # “以有效投标报价的平均值为评标基准价,…每高于基准价1%扣1分,每低于基准价1%扣0.5分”: the base the deviation is of
    ("均价", rate_rule.MEAN_BASE_SAID, "平均"),
    # “每提供1个得2分,最高得10分”: a case of one kind earning its points, then their cap (formula.earned_per_case)
    ("得每", formula_rule.EARNED_EACH_SAID, "每|最|满分|累计|上限|合计|总"),
    ("定义", r"[\u4e00-\u9fff“”\"]{2,16}(?<!得分)(?<!得分值)=(?![^,;]*(?:分值|权重|得分|满分))[^,;=]{1,30}?/[^,;=]{1,30}?(?:\*100%)?(?=[,;]|$)", "="),
    ("每", rf"每(?:发现|出现|发生|有|存在|低于|少于|小于|减少|下降|降低|降|超过|超出|高于|多于|大于|增加|上升|提高|超支|低|高|{DELAY_VERBS}|"
          rf"少落实|少|缺员|缺岗|缺失|缺少|缺|差|错报|错|漏报|漏交|遗漏|漏|瞒报|缺报|少报|超|增)?(?:(?:目标|规定|标准|承诺)(?:时长|时限)|目标|计划|标准|(?:评标)?基准价|最低(?:投标)?报价|基准|规定|预算)?(?:{_N}{_U}|{_U[3:-1]}|生(?=扣))"),  # (“每生扣1分”: each pupil)
    # “目标值:98%;每低于目标值1个百分点…”: the target stated in its own clause, the step right after it naming it
    ("每", rf"(?:目标值|指标值)(?::|为)?(?:≥|≤|不低于|不高于|不超过)?{_N}%[;,]每(?:低于|高于|超出|超过)(?:目标值|指标值)(?={_N})",
     "目标值|指标值"),
    # (a figure closing its clause with its 分 is points said, “被通报的不超过1分”, never a value measured)
    # (“1%以内20分”: a figure closed by 以上/以下/以内 is whole, the points may follow it straight)
    ("数值", rf"{_N}{_U}?(?:≤|<)[^≤<≥>\d,;:]{{1,12}}?(?=[,;:]|$)|"  # “98%≤合格率,20分”: the line before the value's name
            rf"{_CMP}?{_N}{_U}?{_INCL}?(?:[~\-至到]{_CMP}?{_N}{_U}?{_INCL}?(?:之间)?)?(?:{_POST}|(?![\d.A-Z]|分(?:$|[,;。)])))|"
            rf"{_N}{_U}?(?:≤|<)[^≤<≥>\d,;]{{0,12}}(?:≤|<){_N}{_U}?"),
    ("数值", rf"(?:至少|不少于|不低于|不超过|不高于)[\u4e00-\u9fff]{{0,4}}?{_N}{_U}{_POST}?"),
    ("余数", rf"不足{_N}{_U}的?(?:按(?:照)?|以){_N}{_U}(?:计算|计)?|不足{_N}{_U}的?按照?比例(?:扣分|计算|计)?"),
    # (“按完成率折算得分”, “按完成率折算”: the share done brought to the 分值)
    ("比例", r"(?:按照?|根据)(?:实际)?(?:未)?完成(?:的)?[\u4e00-\u9fff]{0,6}?(?:比例|情况|率)(?:计算|折算)?(?:得分|计分|扣分|评分)?|"
           r"(?:未|没有)(?:全部)?完成(?:任务|目标|计划)?的?(?:部分)?,?按照?(?:未完成)?比例(?:扣分|计分|得分)"),
    # “…计7分,不足的按比例扣分”, “完不成任务按比例减分”: a shortfall of the task scored in proportion (rate._done_else_share)
    ("比例", r"(?:不足|未完成|没有完成|没完成|达不到|完不成|增减)(?:任务)?(?:的|时)?,?按(?:完成)?比例(?:扣分|减分|计分|得分|加减分)", "比例"),
    ("比例", r"(?:得分=|按)[^,;]{1,30}\*(?:本项|该项|本指标|该指标|指标)?(?:分值|权重|满分)(?:计分|得分|计算)?", r"\*"),
    ("比例", rf"(?:得分=|按)[^,;]{{1,30}}?\*(?:本项|该项|本指标|该指标|指标)?(?:分值|权重|满分|{_N}分?)(?:计分|得分|计算)?|超过100%的?(?:部分)?按100%计(?:算)?", r"\*|超过100%"),
    ("比例", r"(?:(?:评价)?指标)?(?:(?:得|评|计)分=|按|根据)[^,;*]{1,30}?(?:占[^,;*]{1,20}?的?(?:比例|比重|百分比)(?:\*" + _SCORE_BASE + r")?|"
           r"\*" + _SCORE_BASE + r")(?:计算得分|计分|得分|评分|计算)?", r"占|\*"),
    # “以目标值为满分,按比例计分”: the whole scoring the 分值, a part its share (completion._full_at_whole)
    ("比例", completion_rule.FULL_AT_WHOLE.pattern, "为满分"),
    # “得分=min(实际/目标,1)×权重”: the quotient capped by a spreadsheet's MIN, the whole text (rate._min_quotient)
    ("比例", rate_rule.MIN_QUOTIENT.pattern.rstrip("$") + r"(?=[;.]?$)", "(?i:min)"),
    # “P=…的比率”: the factor of the 分值 a rate, the whole text (rate._factor_rate)
    ("比例", rate_rule.FACTOR_RATE.pattern.rstrip("$") + r"(?=;?$)", "="),
    # “指甲与乙之比;计算方法以比例值×8直接得分”: the indicator defined as a quotient, its value times the 分值, the whole
    # text (rate._defined_ratio_times)
    ("比例", rate_rule.DEFINED_RATIO_TIMES.pattern.rstrip("$"), r"\*"),
    # “8次作业满分8分,折算为期末总成绩20分”: a score on a scale of its own brought to the 分值, the whole text
    # (rate._scaled_to_weight)
    ("比例", rate_rule.SCALE_TO_WEIGHT.pattern.rstrip("$") + r"(?=[;.]?$)", "折算|换算|折合"),
    ("定义", r"[\u4e00-\u9fff、]{2,30}占[\u4e00-\u9fff、]{2,30}?的?(?:比例|比重)(?=\(|[,;]|$)", "占"),
    ("参照", r"(?:" + threshold_rule.REFERENCE_CMP + ")" + threshold_rule.REFERENCE + r"(?=的?,)|"
           # “高于全省平均水平得满分,低于平均水平每1个百分点扣1分”, “全区平均值以上得满分”: an average reached or short of
           r"(?:≥|高于|达到|低于)?[^,;\d≥]{0,16}?(?:平均|均值)[^,;\d]{0,8}?(?:及?以上)?(?=的?(?:[,;]|得|计|每))|"
           r"每(?:" + threshold_rule.REFERENCE_STEP + ")" + threshold_rule.REFERENCE + rf"{_N}(?:{threshold_rule.REFERENCE_UNITS})"),
    # “比上年每降低1%加0.2分,最高10分”: each step of change from last year's figure earning points, to a cap
    # (formula._change_each_step)
    ("变化", formula_rule.CHANGE_EACH_STEP.pattern.lstrip("^").rstrip("$"), "上年|去年|基准年|基期"),
    # “第一名得10分,第二名得8分,以此类推,最低得2分”: the places listed, an equal step down, and so on (formula._places_so_on)
    ("类推名次", r"(?:价格|" + BID + r")最低的?(?=,?(?:得|计)\d[^;]*类推)|(?<=分)[,;](?:以此|依此|依次)类推(?:[,;](?:(?:本项)?最低(?:分|得分)?(?:为|得|是)?" + _N + r"分|扣完为止))?", "类推"),
    # “每后退1名”, “按名次依次递减2分”, “第一名10分,依次递减0.4分”: the step down a rank (threshold.rank_step)
    ("名次", r"(?:之后|此后|以后)?每(?:后退|退后|落后|后移|前进|进|降)1(?:个)?(?:名(?:次)?|位(?:次)?)|" + threshold_rule.RANK_DOWN + r"|"
              r"依次(?:递减|减少|减)\d+(?:\.\d+)?分",
     "名|位|依次"),
    # “根据报价供应商近3年平均营业收入金额由大到小排序评分”: what the bidders are ranked by, opening the text (the rank's
    # step read by threshold.rank_step)
    ("名次", threshold_rule.RANKED_BY, "排序|排名"),
    # “执行率×该指标分值”, “实际完成数/计划数×100%×分值”: the formula alone, opening the text or in brackets
    ("比例", r"(?:^|(?<=[(:]))(?:[^,;*=()/]{1,16}?率|[^,;*=()/]{2,16}/[^,;*=()/]{2,16}?(?:的比值|的比例)?(?:\*100%)?)\*"
           + _SCORE_BASE + r"(?:计算得分|计分|得分|评分|计算)?", r"\*"),
    ("比例", r"(?:未达到?|低于|不足|<)(?:100%)?(?:的)?,?按(?:实际)?(?:比例|百分比|[^,;\d]{1,16}?率)(?:计算)?(?:得分|计分)"),
    # “低于指标值按比例得分”, “未达到目标值的,得分=实际值/目标值×分值”: short of the target, the quotient of the value and
    # the target (rate._target_else_share; the cap at the 分值 of a rate's quotient reads the words before 得分=)
    ("比例", r"(?:<|低于|未达到|小于|不足)(?:指标值|目标值)(?:的|时)?,?(?:按(?:实际|其)?(?:完成)?比例(?:计算)?(?:得分|计分|记分)|"
           r"(?=得分=[^,;]{1,30}/(?:指标值|目标值)))", "指标值|目标值"),
    # “得分(20分×执行率)”, “按照60分乘以完成投资占年度计划的比”: the 分值 first, then the rate
    ("比例", r"(?:(?:得|评|计)分=|按照?|^|(?<=[(:]))(?:\d+(?:\.\d+)?分?|" + _SCORE_BASE + r")\*[^,;*=()]{1,40}?"
           r"(?:率|比例|比重|比值|的比(?![例重值率]))(?:计算)?(?:计分|得分|评分)?", r"\*"),
    # (“单耗每超定额1%”: the step over a quota named; “销售费用超预算的,每超1%扣0.5分”: the budget named in the case before
    # the step; upper_bound._over_limit)
    ("限额", upper_bound_rule.KEPT + r"|(?<=的)每超" + rf"{_N}(?:%|个百分点)|每超[过出]?定额{_N}(?:%|个百分点)"
     r"|(?:超(?:出|过|支)?预算|超支)的?(?=,每超)", r"满分|每超|\d分"),
    ("比例", r"按照(?:实际)?完成(?:的)?(?:比例|情况|率)(?:计算)?(?:得分|计分|扣分|评分)|"
           r"未(?:全部|按计划|按期)?完成的?,?按(?:实际)?完成(?:的)?比例(?:计算)?(?:得分|计分|扣分)"),
    ("引出", r"否则(?=每)"),
    # “完成率≥100%得满分,否则得分=完成率×分值”, “实际值≤目标值得满分,否则得分=目标值/实际值×权重”: the rate's formula
    # after the line (the line's figure placed by the rate, or left a stray number)
    ("否则式", r"(?P<r>[^,;≥≤]{1,16}?率)(?:≥|达到)100%(?:及以上)?(?:的)?,?得满分,否则,?(?=得分=(?P=r)\*)|"
              r"(?P<a>[^,;≥≤]{2,16}?)≤(?P<b>[^,;≥≤]{2,16}?)(?:的)?,?得满分,否则,?(?=得分=(?P=b)/(?P=a)\*)|"
              r"(?P<c>[^,;≥≤]{2,16}?)≥(?P<e>[^,;≥≤]{2,16}?)(?:的)?,?得满分,否则,?(?=得分=(?P=c)/(?P=e)\*)", "否则"),
    # “国家级5分/项”, “1分/30人”, “5分/千元”: the unit (or step) of the points of each case, after them (formula._earned)
    ("单位", r"(?<=\d分)/(?:[1-9]\d*)?(?:" + formula_rule.PER_UNIT_AFTER + r")(?=[,;、]|$)", "分/"),
    # “A不低于B的得满分;A低于B的,按其比例计分”: the line and the quotient of the same two quantities
    ("比例", r"(?P<a>[^,;\d]{2,20}?)(?:大于或等于|不低于|不少于|不小于|≥|达到)(?P<b>[^,;\d]{2,16}?)的?,?(?:得|计)(?:满分|\d+(?:\.\d+)?分);"
           r"(?P=a)(?:小于|低于|少于|未达到)(?P=b)(?:的|时)?,(?:以|按)?其(?:比率|比例|比值)(?:(?:作为|做为)[^,;\d]{0,6}?(?:分值|得分)|"
           r"计分|得分|计算得分)", "其(?:比率|比例|比值)"),
    # “增长8%的目标”, “5亿元的目标任务”: the figure a band reaches named as the target (tiers._target_met)
    ("目标值", r"(?<=[\d%元人户个次项家亩吨])的(?:年度)?(?:目标任务|目标|任务)"),
    # “完成一半”, “八成以上”, “不足一半”: a share of the work said in words, the whole condition of its clause after the
    # score before it, a band's line (tiers._shares_done); a share joined to another condition (“<80%且完成一半以上”,
    # “<80%,完成一半以上”) is no band read
    ("份额", r"(?:^|(?<=分[;,]))(?:(?:完成|落实|达到)(?:目标任务|任务|目标|计划)?" + tiers_rule.NAMED_TASK + r")?"
           r"(?:不足|不到|未完成|未达到|少于)?(?:(?:" + SHARE_IN_WORDS.pattern + r")(?:及以上|以上|以下)?|未过半|不过半|未超过一半)"
           r"(?=(?:完成|落实)?(?:的|者)?,?(?:得|计|记|不得分|不计分))"),
    ("目标", rf"以[^,;\d]{{0,8}}?{_N}{_U}?为(?:标准|目标|满分线|基准)"),
    ("宽限", rf"(?:{delay_rule.GRACE_VERBS}){_N}{_U}(?:以内|内)的?,?(?:不扣分|得满分)"),
    # “3次以内不扣分,超过部分”, “前2次不扣分,第3次起”, “允许误差2处,超出的”: the cases let pass for certain before the
    # step of each past them (wording.FREE_SAID; formula._faults, delay._per_period_late)
    ("免扣", FREE_SAID + r"|累计(?=[\u4e00-\u9fff]{1,6}?\d+[\u4e00-\u9fff]{1,3}?(?:以内|之内|内))", r"以内|之内|内|部分|第|允许|可|除"),
    ("否则", r"否则(?=,?(?:" + ZEROED + r"|0分|扣|按|根据))"),
    ("引出", r"(?:否则|未达到|达不到|未达标|未完成|不足|低于|超过)(?:的|时|部分)?(?=,每)"),
    ("各", rf"各(?:占|计|得)?{_N}分|分别(?:为|占){_N}分(?=[;,]|$)"),  # “A、B分别为5分”: 各占
    # “每个观测点10分”, “每一个步骤得20分”, “规范完成一个步骤得30分”: the points a row checks, each worth the same
    # (checklist._EACH_POINT)
    ("每点", r"每1?个(?:观测点|检查点|考核点|评分点|采分点|要点|步骤)|(?<=完成)1个步骤", r"点|步骤"),
    # “评价为A的不扣分”: the best grade or degree costs nothing (choice.exclusive_deductions)
    ("不扣", r"不扣分", "不扣分"),
    # “获国家级表彰得5分,省级3分,市级1分,以最高级别计”: only the highest situation held counts (a 情形选择 picks one)
    ("取高", choice_rule.HIGHEST_SAID.pattern, "最高|不累|不重复|就高"),
    # “其余按线性内插赋分”: the straight line between two lines (formula._interpolated)
    ("内插", formula_rule.INTERPOLATION, "内插|插值"),
    # “…之间采用比率法计分;该指标得分=本校实际值/合格标准值*指标分数权重”: the ratio method (formula._ratio_method)
    ("比率法", formula_rule.RATIO_METHOD_SAID, "比率法"),
    # “以上达4项的给9分”, “1项不达给5分”: a count of the requirements listed met, and its points (wording.met_count_ladder)
    ("达项", MET_COUNT_SAID, r"\d项"),
)
_PHRASES: tuple[tuple[str, re.Pattern[str]], ...] = tuple((entry[0], lazy_compile(entry[1])) for entry in _PHRASE_TABLE)
#: the words each phrase of ``_PHRASES`` needs (None: none named, the text is always searched)
_PHRASE_NEEDS: tuple[re.Pattern[str] | None, ...] = tuple(lazy_compile(entry[2]) if len(entry) > 2 else None
                                                          for entry in _PHRASE_TABLE)
#: phrases only some rule types read (a step, a remainder, a proportion, a grace period, a definition)
_PHRASE_TYPES: dict[str, set[str]] = {
    "每": {DEDUCTION, THRESHOLD, DELAY, UPPER_BOUND},
    "余数": {DEDUCTION, THRESHOLD, DELAY, UPPER_BOUND},
    "单位": {FORMULA},
    "引出": {DEDUCTION, THRESHOLD, DELAY, UPPER_BOUND, COMPLETION},
    "比例": {COMPLETION, RATE},
    "达项": {FORMULA, TIERS},
    "宽限": {DELAY},
    "免扣": {FORMULA, DELAY, DEDUCTION},
    "参照": {THRESHOLD},
    "类推名次": {FORMULA, DEDUCTION},  # (a formula from the 分值 down reads as a deduction: _reads_as)
    "名次": {THRESHOLD, DEDUCTION},  # (a formula taking the steps off the 分值 reads as a deduction: _reads_as)
    "限额": {UPPER_BOUND},
    "定义": {RATE, COMPLETION, THRESHOLD, TIERS},
    "封顶": {RATE, COMPLETION},  # “…×50,最高得50分”: the product capped at the 分值
    "低价": {RATE, THRESHOLD, DEDUCTION},  # (a rank's formula from the lowest bid reads as a deduction: _reads_as)
    "均价": {DEDUCTION},  # (a formula taking the steps off the 分值 reads as a deduction: _reads_as)
    "得每": {EARNED_EACH},  # (only a formula that formula.earned_per_case holds: never a cap short of the 分值)
    "超额": {RATE, COMPLETION},
    "否则式": {RATE, COMPLETION},
    "不扣": {CHOICE},
    "每点": {CHECKLIST},
    "取高": {CHOICE},
    "份额": {TIERS},
    "目标值": {TIERS},
    "内插": {FORMULA},
    "比率法": {FORMULA},
    "变化": {FORMULA},
}
#: words that change how points are computed: a description holding one is not consumed
#: a 每 of a step or a case, never of how often a thing is done (“每月组织自查”, “每2年组织1次体检”)
_EACH_STEP = r"每(?!(?:\d+个?)?" + PERIOD_REQUIRED + r")"
#: points earned part by part (“按步骤给分”, “根据步骤给分”, “分步骤给分”, “按步骤分步给分”, “按操作步骤评分”, “按要点给分”,
#: “逐项打分”): a part done earns its share, never a requirement met or not (never “按步骤完成各项操作”, “按步骤操作得20分”: the
#: steps a task is done by)
_BY_PARTS = (r"(?:(?:按照?|根据|依据?|参照)[^,;:()]{0,4}?(?:步骤|要点|采分点|评分点|考核点|观测点|环节)|分步骤?|逐步|逐项|分项)"
             r"(?:分步|分值)?(?:给分|计分|评分|赋分|打分|得分|记分)")
_OPERATIVE = lazy_compile(_EACH_STEP + "|" + _BY_PARTS + r"|扣|加分|减半|超过|超出|高于|低于|不足|少于|多于|以上|以下|以内|最高|最低|最多|至少|不超过|不低于|"
                        r"否则|(?<![拆删清排消解免剔铲废开切扫])除(?!险|尘|雪|草|湿|害)|但|若|如(?!实)|(?<![未不没有])按(?!时|期|要求|规定|计划|进度|程序|步骤)|比例|倍|一半|另|累计|分别|各(?!项)|一票否决|相差|之间|上限|下限|"
                        r"封顶|直至|直到|以此类推|依此类推|类推|分档|加权|平均|酌情|"
                        # a graded manner (“根据程度得2分”, “依质量计2分”, “视情况得2分”): not a description
                        r"(?:根据|依据?|视)[^,;:()]{0,8}?(?:满意度|程度|完成度|达标度|情况|结果|实际|质量|效果)(?:打分|计分|得分|评分|赋分|给分|计|得|给|$)")
#: a share named as the value a sign compares (“满意和基本满意的比例≥90%”, “80%≤比例<90%”): a name, not 按比例
_SHARE_BEFORE_SIGN = lazy_compile(r"比例$")


def _share_named(t: str, i: int, j: int) -> str:
    """The words ``t[i:j]`` to look for operative words in: without a closing 比例 that a sign follows (the name of
    the share compared, “…的比例≥90%”)."""
    run = t[i:j]
    return _SHARE_BEFORE_SIGN.sub("", run) if t[j:j + 1] in ("≥", "≤", "<", ">") else run


#: a second condition joined to a measured value (“完成任务且成活率达90%的得满分”): where the rule reads the value
#: alone, the words before it are no mere description of it. Only where a name follows the join, not a comparison:
#: “为正增长且达到5%” joins two conditions on the one value
_JOINED = lazy_compile(r"(?:且|(?<!三)同时)(?=[\u4e00-\u9fff]{2})(?!达|在|为|不低于|不少于|不超过|不高于|高于|低于|超过|大于|小于|均|都|也)")


def _joined_in(t: str, a: int, b: int) -> bool:
    """Whether a join of ``_JOINED`` stands in ``t[a:b]`` (what follows it may lie beyond)."""
    found = _JOINED.search(t, a)
    return found is not None and found.start() < b


#: rule types that read one measured value
_MEASURED = {TIERS, THRESHOLD, RATE, COMPLETION, UPPER_BOUND}
#: words that carry no meaning of their own in a scoring text
FILLER = lazy_compile(r"^(?:[的得计记为分时则且即及和与或、,;:.()\"“”'‘’·\s]|其中|本项|该项|此项|本指标|该指标|得分|评分|计分|"
                     r"标准|满分|情况|视为|即可|进行(?:计算)?)*$")
#: rule types whose points are judged on described conditions (the words before a score are the condition)
_JUDGED = {CHECKLIST, CHOICE, all_or_nothing_rule.RULE.type, SCALE}


#: (and a score by a rate, a degree, a result, “按知晓率打分”, “按满意度计2分”, “按实际比例得分”, “按完成情况计2分”: a
#: part graded by it, never met or not; “按年度计划…”, “按月报送进度得1分” no score; so too a graded manner, “按实际得2分”,
#: “根据程度得2分”, “依质量计2分”, “视情况得2分”, “按完成质量计3分”: never “按时…”, “按要求…”, “按规定…”, “按季度…”; and
#: points earned part by part, ``_BY_PARTS``)
_LABEL_OPERATIVE = lazy_compile(_EACH_STEP + "|" + _BY_PARTS + r"|扣(?!除)|按比例|加分|\d%|以此类推|依此类推|酌情|最高|最多"
                              r"|(?:按|根据|依据?|视)[^,;:()]{0,8}?(?:率|满意度|程度|完成度|达标度|比例|情况|结果|实际|质量|效果)"
                              r"(?:打分|计分|得分|评分|赋分|给分|折算|计(?![划算])|得|给|记(?![录载])|$)")


def _label_texts(found: Proposed) -> list[str]:
    """The words the proposal holds as its own: labels, conditions, options, points."""
    out: list[str] = []
    for it in found.items:
        out.append(str(it.get("label") or ""))
        params = it.get("params") or {}
        out.append(str(params.get("condition") or ""))
        for key in ("options", "points", "levels"):
            out += [str(o.get("label") or "") for o in params.get(key) or [] if isinstance(o, dict)]
        out += _gate_conditions(it)
    # a label that holds a step, a deduction or a share is a rule read as a situation, not a condition
    return [x for x in dict.fromkeys(out) if len(x) >= 2 and not _LABEL_OPERATIVE.search(x)]


def _gate_conditions(it: dict[str, Any]) -> list[str]:
    """The conditions in words a gated formula (“g * (max - …)”) zeroes the item on, and an exempted one (“p * max +
    (1 - p) * …”) keeps its 分值 on, as the text says them."""
    params = it.get("params") or {}
    if it.get("type") != FORMULA:
        return []
    named = {formula_rule.gate_of(params, any_formula=True), formula_rule.exemption_of(params)} - {None}
    labels = [str(v.get("label") or "") for v in params.get("variables") or [] if v.get("name") in named]
    # (and the cases a gate's condition spares: “…（主诉检察官正确意见未被采纳而出现错案的除外）”)
    spared = [m.group(1) for label in labels for m in re.finditer(r"（([^（）]+)的除外）", label)]
    return [cond for label in labels for cond in label.split("（", 1)[0].split("或")] + spared


#: a gated formula of faults each taken once: “g * (max - 2 * a - b)”
_GATED_ONCE = lazy_compile(r"^([a-z]) \* \(max((?: - (?:\d+(?:\.\d+)? \* )?[a-z])+)\)$")
_TERM = lazy_compile(r" - (?:(\d+(?:\.\d+)?) \* )?([a-z])")


#: a deduction from the 分值 capped as a whole: “max - min(8, (r - 1) * 2)”
_DEDUCTION_CAPPED = lazy_compile(r"^max - min\((\d+(?:\.\d+)?), [^,]+\)$")


def _never_below_zero(it: dict[str, Any]) -> bool:
    """Whether a gated formula of faults each taken once (0/1) takes off no more than its 分值 with all found: it
    needs no stop (扣完为止)."""
    params = it.get("params") or {}
    capped = _DEDUCTION_CAPPED.match(str(params.get("expression") or "")) if it.get("type") == FORMULA else None
    if capped:  # “max - min(8, (r - 1) * 2)”: the deduction capped at no more than the 分值 (a floor said)
        return Decimal(capped.group(1)) <= Decimal(str(it["max"]))
    m = _GATED_ONCE.match(str(params.get("expression") or "")) if it.get("type") == FORMULA else None
    if not m:
        return False
    units = {str(v.get("name")): str(v.get("unit") or "") for v in params.get("variables") or []}
    terms = _TERM.findall(m.group(2))
    if any(units.get(name, "?") for _k, name in terms):
        return False  # a count of cases: as many as found
    return sum((Decimal(k or "1") for k, _name in terms), Decimal(0)) <= Decimal(str(it["max"]))


#: a coefficient of none in a formula: “max - 0 * a”
_NOTHING_TIMES = lazy_compile(r"(?<![\d.])0(?:\.0+)? \*")


def _takes_nothing(it: dict[str, Any]) -> bool:
    """Whether a rule that takes points off per case, step or period takes none (“每低1%扣0分”, “每处扣0分”): the text
    is a slip (of a figure, or of OCR) or says something else, never a rule to apply as read."""
    params = it.get("params") or {}
    key = {DEDUCTION: "per", DELAY: "per", THRESHOLD: "deduct", UPPER_BOUND: "deduct"}.get(it.get("type", ""))
    if key is not None:
        try:
            return Decimal(str(params.get(key))) == 0
        except InvalidOperation:
            return False
    return it.get("type") == FORMULA and bool(_NOTHING_TIMES.search(str(params.get("expression") or "")))


_CUT_SEGMENT = r"[;。]|(?=[" + CIRCLED + r"])|(?=\(\d{1,2}\))|(?:(?<=[;,:。])|^)(?=\d{1,2}[.、](?!\d))"
_CUTS = {True: lazy_compile(_CUT_SEGMENT),
         # a comma before the score of its description (“资金拨付及时,得2分”) does not end the description
         False: lazy_compile(_CUT_SEGMENT + r"|,(?!(?:得|计|记|为)(?:满分|\d))")}
#: (the clause may name its one fault without 的: “标识标牌制作不规范,每样扣1分”, “台账缺失,每处扣1分”; faults listed,
#: “无方案、无台账,每项扣1分”, are the points they name)
_LEAD_CASE = lazy_compile(r"(?:^|(?<=[;,:。]))([^;,:。]+的|[^;,:。、]*?(?:" + FAULT_SAID.pattern + r")[^;,:。、]*),"
                        r"(?=每|(?:发现|出现|发生)1(?:次|处|例|起|项))")
_EARNED_EACH = formula_rule.EARNED_EACH
#: the clause before a case earning its points (formula.EARNED_EACH_START, or a count of one: “同类业绩,1个得4分,…”): what a
#: case is
_LEAD_EARNED = lazy_compile(r"(?:^|(?<=[;,:。]))([^;,:。]{2,60}?),(?=" + formula_rule.EARNED_EACH_START + "|"
                          + formula_rule.EARNED_ONE_START + ")")
#: the words after a case earning its points, up to its points (formula.EARNED_EACH_CASE): what a case is
_EARNED_SAID = lazy_compile(r"([^\d,;()每扣减]{1,20}?)(?=(?:得|计)\d)")


def _by_rank(it: dict[str, Any]) -> bool:
    """A formula over a place in a ranking (formula._first_place_down): its one variable the 名次, or that and the
    0/1 variable of units keeping the 分值 (formula.exempted)."""
    params = it.get("params") or {}
    variables = [v for v in params.get("variables") or [] if v.get("name") != formula_rule.exemption_of(params)]
    return it["type"] == FORMULA and len(variables) == 1 and variables[0].get("unit") == "名"


def _earned_per_case(it: dict[str, Any]) -> bool:
    """A formula of points earned per case of one kind, up to the 分值 (formula.earned_per_case)."""
    return it["type"] == FORMULA and formula_rule.earned_per_case(it.get("params") or {}, Decimal(str(it["max"])))


#: a requirement stated, then each breach of it found costing its points (“资金使用符合财务管理制度规定,每发现1处问题扣…”,
#: “遵守相关法律法规,有完整的审批程序和手续。每发现1处不合规扣…”): the requirement says what a breach is, a description
#: (no figure, no word that scores; the breach named by a fault's word after the count, or by 问题/违规)
_REQUIRED_THEN_BREACH = lazy_compile(r"^(?P<req>[^;\d%]{4,120}?)[,;。.](?=每?(?:发现|出现|查出|存在|有)1(?:处|项|次|例|笔|个)"
                                   r"(?:[^,;。\d]{0,8}?(?:" + FAULT_SAID.pattern + r")))")
#: the things required listed (“①支委会记录②党员大会记录③党课记录”, “台账包括A、B、C”), then each missing one costing its
#: points (“缺1项扣1分”, “每缺1项扣0.5分”): the list says what a 项 is, no figure in it
_LISTED_THEN_MISSING = lazy_compile(r"^(?P<list>[^\d%]{4,200}?)[,;:]?(?=每?(?:缺|少|缺少|漏)1(?:项|个|种|样|类)的?,?扣\d)")
_NUMBER = lazy_compile(r"(?<![\d.])\d+(?:\.\d+)?(?![\d.])")
_ZERO = lazy_compile(r"不得分|不计分|不予计分|零分|(?<![\d.])0分|一票否决|1级否定|" + _ITEM_AT_ZERO)


def _free_runs(used: list[str], a: int, b: int) -> list[tuple[int, int]]:
    """The runs of characters within a..b no phrase has consumed."""
    runs, i = [], a
    while i < b:
        if used[i]:
            i += 1
            continue
        j = i
        while j < b and not used[j]:
            j += 1
        runs.append((i, j))
        i = j
    return runs


@lru_cache(maxsize=4096)
def _segments(t: str, judged: bool) -> tuple[tuple[int, int], ...]:
    """Where the units of description start and end: a clause (between commas), or for rules judged on
    conditions a segment (between semicolons, numbered marks and brackets)."""
    out, start = [], 0
    for m in _CUTS[judged].finditer(t):
        if m.start() > start:
            out.append((start, m.start()))
        start = max(start, m.end())
    if start < len(t):
        out.append((start, len(t)))
    return tuple(out)


@lru_cache(maxsize=64)
def _allowed_phrases(types: frozenset[str]) -> frozenset[str]:
    """The kinds of phrase a proposal read as rule types ``types`` consumes (``_PHRASE_TYPES``)."""
    return frozenset(what for what, _p in _PHRASES if what not in _PHRASE_TYPES or types & _PHRASE_TYPES[what])


@lru_cache(maxsize=4096)
def _phrase_spans(t: str, allowed: frozenset[str]) -> tuple[tuple[int, int, str], ...]:
    """The ordinals and the phrases of kinds ``allowed`` in ``t``, the longest first where they overlap
    (a sheet repeats its wordings, so this is kept per text)."""
    taken = [False] * len(t)
    out = []
    for m in _ORDINAL.finditer(t):
        out.append((m.start(), m.end(), "序号"))
        taken[m.start():m.end()] = [True] * (m.end() - m.start())
    found = [(m.start(), m.end(), what) for (what, pattern), needs in zip(_PHRASES, _PHRASE_NEEDS)
             if what in allowed and (needs is None or needs.search(t))
             for m in pattern.finditer(t) if m.end() > m.start()]
    for a, b, what in sorted(found, key=lambda x: (x[0] - x[1], x[0])):  # the longest phrase wins
        if not any(taken[a:b]):
            out.append((a, b, what))
            taken[a:b] = [True] * (b - a)
    return tuple(out)


#: what the team checks, named in a note of how it checks: “资料”, “台账”, “现场”, “相关资料和现场”
_CHECKED_THINGS = r"(?:相关|有关)?(?:资料|台账|记录|档案|文件|现场|材料|佐证材料|报表)(?:(?:和|及|、)(?:资料|台账|记录|档案|文件|现场|材料))?"
#: a note of how the team checks opening the text before its scoring (“查资料,”, “查看台账:”, “现场检查,”) or closing it
#: (“…,查资料”, “(查看现场)”): a verb of checking and what it checks, nothing that scores (a sentence of its own, “查资料。”,
#: is ``set_aside``'s, named among the words to check)
_CHECK_NOTES = lazy_compile(r"^(?P<note>(?:查|检查|核查|查看|查阅|抽查)" + _CHECKED_THINGS + r"|现场(?:检查|查看|核查|抽查)|随机抽查)[,:]"
                          r"|,(?P<note2>\(?(?:查|检查|核查|查看|查阅|抽查)" + _CHECKED_THINGS + r"\)?);?$"
                          r"|(?P<note3>\((?:查|检查|核查|查看|查阅|抽查)" + _CHECKED_THINGS + r"\));?$"
                          # or what proves the row's case, closing it: “(以证书复印件为准)”, “(提供营业执照或租赁合同复印件)”
                          r"|(?P<note4>" + EVIDENCE_NOTE.pattern + r");?$")


def coverage(t: str, found: Proposed) -> tuple[list[tuple[int, int, str]], list[str]]:
    """Which words of the text the proposal consumes, and the words it leaves unplaced.

    Consumed: the phrases of scoring texts (points, deductions, floors, steps, values and ranges,
    remainders, proportional scoring), the labels and conditions the rule holds, and a description
    with no word that changes the computation standing before a scoring phrase of its clause (the
    measured value: “预算执行率≥90%…”; the instance counted: “每发现1例不合规支出扣…”). For rules judged on
    described conditions (要点核查、情形选择、全有或全无) the description may run over commas up to the
    segment's score. Filler (的、得、计、分、punctuation, ordinals) needs no placing. What is left is
    returned, one run of words at a time.
    """
    used = [""] * len(t)
    spans: list[tuple[int, int, str]] = []

    def mark(a: int, b: int, what: str) -> None:
        if b > a:
            spans.append((a, b, what))
            for i in range(a, b):
                used[i] = used[i] or what

    types = _reads_as(found)
    # (a case said with 每 and earning its points up to a cap: never “1篇加1分,最高得4分”, a case of one that may be a
    # band, nor “被采用每篇加0.5分,最高2分”, points added)
    earned = any(_earned_per_case(it) for it in found.items) and _EARNED_EACH.search(t) is not None
    for a, b, what in _phrase_spans(t, _allowed_phrases(frozenset(types | ({EARNED_EACH} if earned else set())))):
        mark(a, b, what)
    for label in sorted(_label_texts(found), key=len, reverse=True):
        at = t.find(label)
        while at >= 0:
            mark(at, at + len(label), "条件")
            at = t.find(label, at + len(label))
    judged = bool({it["type"] for it in found.items} & _JUDGED)
    for a, b in _segments(t, judged):
        # the clause's last scoring phrase (ordinals and the rule's own labels do not score)
        last = next((i for i in range(b - 1, a - 1, -1) if used[i] and used[i] not in ("序号", "条件")), None)
        if last is None:
            continue
        for i, j in _free_runs(used, a, last):  # free runs before the clause's last scoring phrase describe what is scored
            if not _OPERATIVE.search(_share_named(t, i, j)) and not (types & _MEASURED and _joined_in(t, i, j)):
                mark(i, j, "描述")
    for m in _CHECK_NOTES.finditer(t):
        # “查资料,…”, “查看台账:…”, “…扣完为止。(查看现场)”: how the team checks, opening or closing the text, scores nothing
        a, b = m.span(next(g for g in ("note", "note2", "note3", "note4") if m.group(g)))
        if not any(used[a:b]):
            mark(a, b, "描述")
    if DEDUCTION in types or DELAY in types:
        # “存在违规问题的,每1处扣1分”: the clause before a per-instance deduction says what an instance is; “资金到位不及时,
        # 每延迟1个月扣0.5分”: before a step of delay, what is late
        for m in _LEAD_CASE.finditer(t):
            a, b = m.span(1)
            # the indicator's name standing in it (a label of the rule) does not make it any less a description
            if all(u in ("", "条件") for u in used[a:b]) and not _OPERATIVE.search(t[a:b]):
                mark(a, b, "描述")
    if earned:
        # “提供近3年类似项目业绩,每提供1个得2分,…”: the clause before the case earning its points says what a case is
        # (“具有中级及以上职称的”, “获得市级以上…荣誉证书”: a level and those above it name the case, no line)
        for m in _LEAD_EARNED.finditer(t):
            for x, y in _free_runs(used, *m.span(1)):
                if not _OPERATIVE.search(formula_rule.KIND_ABOVE.sub("", t[x:y])):
                    mark(x, y, "描述")
        # “每配备1名具有中级及以上职称的人员得1分”: the words after the case's unit say what a case is, likewise
        for m in _EARNED_EACH.finditer(t):
            said = _EARNED_SAID.match(t, m.end())
            for x, y in _free_runs(used, *said.span(1)) if said else ():
                if not _OPERATIVE.search(formula_rule.KIND_ABOVE.sub("", t[x:y])):
                    mark(x, y, "描述")
    required = _REQUIRED_THEN_BREACH.match(t) if DEDUCTION in types else None
    if required:
        # “资金使用符合财务管理制度规定,每发现1处问题扣1分”: the requirement whose breaches are counted
        a, b = required.span("req")
        for x, y in _free_runs(used, a, b):
            if not _OPERATIVE.search(t[x:y]):
                mark(x, y, "描述")
    listed = _LISTED_THEN_MISSING.match(t) if DEDUCTION in types else None
    if listed and (sum(c in CIRCLED for c in listed.group("list")) > 1 or "、" in listed.group("list")):
        # “资料齐全:①支委会记录②党员大会记录③党课记录,缺1项扣1分”: the things required, each missing one counted
        a, b = listed.span("list")
        for x, y in _free_runs(used, a, b):
            if not _OPERATIVE.search(t[x:y]):
                mark(x, y, "描述")
    unplaced = []
    i = 0
    while i < len(t):
        if used[i]:
            i += 1
            continue
        j = i
        while j < len(t) and not used[j]:
            j += 1
        run = t[i:j]
        if not FILLER.match(run):
            unplaced.append(_quote(run.strip(",;:.、() ")))
        i = j
    return sorted(spans), [u for u in dict.fromkeys(unplaced) if u != "“”"]


def placed_numbers(found: Proposed, weight: Decimal, t: str) -> set[Decimal]:
    """The numbers a proposal's rule uses (its parameters, what they imply, the 分值, 0 and 100)."""
    return _placed(found, weight, t)


#: “每符合1项”、“每完成1项”: one of each, not a number the rule holds (“每成交1套得20分,不足1套按比例折算”: nor the one
#: a part of which counts in proportion)
_EACH_ONE = lazy_compile(r"每[^\d;,]{0,4}?(1)(?:项|个|处|例|条)(?![\d.])(?![^;,]{0,30}?扣)|任(?:意|何)?(1)(?:项|条|个|种)(?!\d)|"
                       r"(?<=每)[^\d;,]{0,5}?(1)(?:套|单|件|家|户|次|人|名|篇|份)(?![\d.])(?=[^;,]{0,12}?得\d[^;]{0,4},不足1)|"
                       r"不足(1)(?:套|单|件|家|户|次|人|名|篇|份|项|个|条)按比例|"
                       # “规范完成一个步骤得30分”: one step of a practical task, each done worth its points
                       r"(?<=完成)(1)个步骤")


#: things counted after a figure (“10张”, “5次”, “3人”): a count, never points
_THINGS_COUNTED = lazy_compile(r"(?:张|次|个|人|家|户|篇|条|份|件|名|组|场|期|册|本|处|台|套|种|类|款)")
#: a count asked, at least or at most (“不少于10张”, “2次以上”, “至少3人”), not a count that names a thing (“两张皮”)
_COUNT_ASKED = lazy_compile(r"(?:不少于|不低于|不超过|不多于|至少|少于|多于|超过|≥|≤|>|<)\d+(?:\.\d+)?\D|\d+(?:\.\d+)?\D(?:及?以上|及?以下|以内)")
#: the types of rule that hold points only, no count
_POINTS_ONLY = frozenset((CHECKLIST, CHOICE, all_or_nothing_rule.RULE.type))


def _points_only(found: Proposed, weight: Decimal) -> set[Decimal]:
    """The points a rule of points only uses (the 分值, its items' and points' maxes and what they leave of the 分值),
    or nothing for a rule of another type (its parameters may be counts)."""
    if not found.items or any(it["type"] not in _POINTS_ONLY for it in found.items):
        return set()
    out = {weight}
    for it in found.items:
        item_max = Decimal(it["max"])
        for p in [it["max"]] + [p.get("max") for p in (it.get("params") or {}).get("points") or []] \
                + [o.get("score") for o in (it.get("params") or {}).get("options") or []]:
            if p is not None:
                out.update({Decimal(str(p)), item_max - Decimal(str(p))})
    return {x.normalize() for x in out if x}


def _points_earned(found: Proposed, weight: Decimal) -> set[Decimal]:
    """The points a rule of points earned per case uses (the 分值, each item's max, the points of each case), or nothing
    for a rule of another kind: a count asked in its text (“(不少于3个)”) is held by none of them, whatever its figure."""
    if not found.items or not all(_earned_per_case(it) for it in found.items):
        return set()
    out = {weight} | {Decimal(str(it["max"])) for it in found.items}
    out |= {Decimal(x) for it in found.items for x in re.findall(r"\d+(?:\.\d+)?", it["params"].get("expression", ""))}
    return {x.normalize() for x in out if x}


def stray_numbers(t: str, found: Proposed, weight: Decimal, known: set[Decimal] | None = None) -> list[str]:
    """Numbers of the text (counts, dates, amounts …) that the proposed rule does not use.

    Points and percentages are checked by ``unplaced_words``; this covers every other number, so
    “年内至少3次”, “6月底前” or “1000公斤” read by no parameter leave the proposal to be checked.
    Ordinals (1. (2) 第3) are not numbers of the rule.
    """
    known = _placed(found, weight, t) if known is None else known
    # a count of things (“其中照片不少于10张” on 10 points) is placed by no points, whatever its figure: a rule of points
    # only (要点核查, 情形选择, 全有或全无) holds no count, however its points happen to read
    points = _points_only(found, weight) or _points_earned(found, weight)
    ordinals = [m.span() for m in _ORDINAL.finditer(t)]
    figures = [m.span(1) for m in FIGURE.finditer(t)]
    each = [m.span(next(g for g in range(1, 6) if m.group(g))) for m in _EACH_ONE.finditer(t)]
    not_counted = ordinals + figures + each + [m.span() for m in NAME_NUMBER.finditer(t)]
    windows = list(CASES_WINDOW.finditer(t))
    # the requirement a shared rule measures the deviation from, closing the text (“…;内置安全事件分析模型≥3种”): what
    # is measured, no figure of the rule (``_spec_closing`` says it back)
    spec = _spec_at_end(t)
    if spec is not None:
        not_counted.append(spec.span("spec"))
    if any(_earned_per_case(it) or _by_rank(it) for it in found.items) or (found.items and len({m.group(0) for m in windows}) == 1 and all(
            it["type"] in (CHOICE, all_or_nothing_rule.RULE.type) for it in found.items)):
        # “近3年”, “自2021年1月1日以来”: when the cases counted fall (or the figures ranked: “按近3年平均营业收入排序”), or the
        # one a condition holds over, no figure of the rule (windows that differ, “近5年…得10分,近3年…得6分”, are lines of the
        # situations)
        not_counted += [m.span() for m in windows]
        # “每有1人计2分”, “每配备1名…得1分”, “有1个得2分,最多…”: the one case whose points are said
        not_counted += [(m.start() + m.group(0).index("1"), m.start() + m.group(0).index("1") + 1)
                        for m in _EARNED_EACH.finditer(t) if "1" in m.group(0)]
    out = []
    for m in _NUMBER.finditer(t):
        if any(a <= m.start() < b for a, b in not_counted):
            continue
        n = Decimal(m.group(0)).normalize()
        if n not in known or (n in points and _COUNT_ASKED.search(t, max(0, m.start() - 3), m.end() + 4) is not None
                              and _THINGS_COUNTED.match(t, m.end())):
            clause = _clause_at(t, m.start())
            out.append(f"“{m.group(0)}”（{_quote(clause).strip('“”')}）未用于规则")
    return list(dict.fromkeys(out))


#: rule types that take points off; their text says where the deducting stops
_DEDUCTING = {DEDUCTION, THRESHOLD, DELAY, UPPER_BOUND}
#: the points a scoring phrase states (“得4分”, “计2.5分”)
_POINTS = lazy_compile(r"(?<![\d.])(\d+(?:\.\d+)?)分")
_FLOOR = lazy_compile(r"为止|即止|直至扣完|直至[^,;]{0,6}扣完|" + _AT_ZERO + r"|不倒扣|不(?:得|计)负分|最多扣|最高扣|累计扣|" + DEDUCTED_AT_MOST + r"|扣除?(?:全部|相应)?分值|"
                    + _TOTAL_AT_END)


_THE_ITEM_WORDS = lazy_compile(_ITEM)


def _matter(words: str) -> str:
    """The words of a point, a condition or a fault without those saying only whether or how well it holds (_NOT_MATTER):
    “未建立台账” → “建立台账”, “台账报送不及时” → “台账报送”; the 分 of a word of division kept (“未分开” → “分开”)."""
    kept = {m.start() for m in _DIVISION_FEN.finditer(words)} if "分" in words else set()
    return "".join(ch for k, ch in enumerate(words)
                   if (k in kept or ch not in _NOT_MATTER) and "\u4e00" <= ch <= "\u9fff")


#: a 分 opening a word of a division of things (“分开”, “分离”, “分类”, “分区”; never a score's, “得分”, “5分”): a matter's
_DIVISION_FEN = lazy_compile(r"(?<![\d.部得扣满百计记加减积评总])分(?=类|级|区|层|拣|流|设|离|开|装)(?![值数])")


#: the characters that are never part of a word of a matter (“的”, “未”, “无”): breaks between its words
_NO_WORD = frozenset("的得分扣未不没有无和或是否已被其该本项")


def _matter_runs(words: str) -> str:
    """``words`` with function words (_NO_WORD) and anything not a Chinese character as breaks (“,”): its runs of
    words (“未按时报送资料的” → “,按时报送资料,”)."""
    return "".join(ch if ch not in _NO_WORD and "\u4e00" <= ch <= "\u9fff" else "," for ch in words)


def _faults_unheld(t: str, found: Proposed, spans: list[tuple[int, int, str]]) -> list[str]:
    """“建立台账、按月更新各1分;台账报送不及时的扣1分”, “制定方案得1分,否则不得分;未按时报送的扣1分”: in a rule of points
    or of one condition, a deduction for a fault that is the denial of none of them is a deduction the rule does not
    hold (the points' own faults, “未按月更新的扣1分”, are their denials)."""
    if len(found.items) != 1 or found.items[0]["type"] not in (CHECKLIST, all_or_nothing_rule.RULE.type):
        return []
    held = [m for m in (_matter(x) for x in _label_texts(found)) if m]
    for a, b in _segments(t, False):
        taken = [x for x, y, what in spans if what == "扣分" and a <= x < b]
        # (a fault counted, “缺少1项扣2分”, is a point missing: no fault of its own)
        fault = _matter(t[a:taken[0]]) if taken and not re.search(r"\d", t[a:taken[0]]) else ""
        # (most of its characters in a point's, the fault is that point's denial, however spelt)
        if len(fault) >= 2 and not any(fault in m or m in fault or len(set(fault) & set(m)) * 3 >= len(set(fault)) * 2
                                       for m in held):
            return [f"“{t[a:b]}”：另行扣分，{LEFT_OUT}"]
    return []


def situations_unheld(t: str, found: Proposed, spans: list[tuple[int, int, str]]) -> list[str]:
    """“…各得1分,工作突出的得满分”, “…未落实不得分,排名全市前三的满分”: in a rule of situations or points alone, a clause
    scoring words it describes that hold none of the rule's labels is a situation the rule does not hold."""
    if not found.items or any(it["type"] not in (CHOICE, CHECKLIST) for it in found.items):
        return []
    labels = [str(o.get("label") or "") for it in found.items
              for o in (it.get("params") or {}).get("options") or (it.get("params") or {}).get("points") or []]
    labels = [re.sub(r"^(?:[A-Za-z]|\d{1,2})[.、]|^[" + CIRCLED + r"]", "", x) for x in labels]
    out = []
    for a, b in _segments(t, False):
        clause = t[a:b]
        described = "".join(t[max(x, a):min(y, b)] for x, y, what in spans if what == "描述" and x < b and y > a)
        described = _THE_ITEM_WORDS.sub("", described)  # (“…的,本项得3分”: the item named, no situation of its own)
        inside = {what for x, y, what in spans if x < b and y > a}
        if ("分值" in inside and "序号" not in inside  # (“②不符合的不得分”: a point named by its number)
                and len(re.findall(r"[\u4e00-\u9fff]", described)) >= 2 and not any(x and x in clause for x in labels)):
            out.append(f"“{clause}”：规则中没有与之对应的情形或要点")
    return out


def _statements(it: dict[str, Any], t: str) -> int:
    """How many statements of points (“得3分”、“不得分”、“满分”) a rule of this item can hold, in the text ``t``."""
    params = it.get("params") or {}
    rows = params.get(TIERS) or params.get("options") or params.get("levels") or params.get("points")
    if rows:
        return len(rows)
    if _by_rank(it) and SO_ON.search(t):
        return 4  # a rank's places listed, “以此类推”: the first place, the places listed after it on its step, the floor
    return 2 if it["type"] == all_or_nothing_rule.RULE.type else 1


_ONE_CASE_DEDUCTED = lazy_compile(r"(?:^|(?<=[;,]))(有1(?:个|项|例|处|次|条|份|件|篇|起|人)[^;,]*),?扣")
#: a count of cases (“有1项未落实”), or one unit of time closing a situation (“延迟1天”, “逾期1周”; not “超过1天”, “满1月”:
#: bounds of a band)
_CASE_COUNT = lazy_compile(r"\d+(?:个|项|例|处|次|条|份|件|篇|起|人)|(?<![过满足于])1(?:天|日|周|月|小时)$")


#: the points a situation takes off, straight after its words (“D类扣2分”, “很差的,扣1分”)
_TAKES_OFF = lazy_compile(r"[的者]?,?扣\d")


def _deducted_below_a_lower(t: str, options: list[dict[str, Any]]) -> str:
    """“A类得5分,B类得3分,C类不得分,D类扣2分”: three situations or more scoring less and less in the order said, then one
    taking points off that scores more, as the 分值 less those points, than the one before it, or as much (“好得4分;较好得3分;
    中得2分;差扣2分”: a grade below scoring alike): a lower grade still, whose points come off below it (a negative score,
    points off the total), not off the 分值. Its label, or "". (After two, the last scoring nothing, it is a degree
    between them: “…计5分,未研究不计分,只研究不落实扣2.5分”.)"""
    seen: list[Decimal] = []
    at = 0
    for o in options:
        label, score = str(o.get("label", "")), Decimal(str(o["score"]))
        found = t.find(label, at) if label else -1
        if found < 0:
            return ""
        at = found + len(label)
        if _TAKES_OFF.match(t, at) and len(seen) >= 3 and seen == sorted(seen, reverse=True) and score >= seen[-1]:
            return label
        seen.append(score)
    return ""


def _deducted_before_the_full(t: str, options: list[dict[str, Any]], item_max: Decimal) -> str:
    """“逾期提交扣2分;悬挂于办公场所外,5分;悬挂于办公场所内,3分;未悬挂,0分” (check boxes after a fault): a situation
    taking points off said first, before the one scoring the 分值: a fault apart from the situations that follow (late
    and hung inside scores 1, not 3), not one of them. Its label, or ""."""
    if len(options) < 3:
        return ""
    first = options[0]
    label = str(first.get("label", ""))
    at = t.find(label) if label else -1
    if at < 0 or not _TAKES_OFF.match(t, at + len(label)):
        return ""
    return label if any(Decimal(str(o["score"])) == item_max for o in options[1:]) else ""


def _zeros(it: dict[str, Any]) -> int:
    """How many statements that the score is 0 a rule of this item holds."""
    params = it.get("params") or {}
    if it["type"] == CHECKLIST:
        gate = next((p for p in params.get("points") or [] if p.get("key") == params.get("gate")), None)
        if gate is not None and Decimal(str(gate.get("max"))) == 0:
            return 2  # a key point of no points of its own (“无：…”): its 0, and the 0 of the other points unmet
        return 1 if gate is not None else 0
    if it["type"] == all_or_nothing_rule.RULE.type:
        return 1
    # a gated formula (“g * (max - …)”) holds the 0 of its condition, or of each it folds with “或”; a straight line
    # between two lines (formula._interpolated) the 0 of its second line
    if _earned_per_case(it):
        return 1  # no case counted (“…,不提供不得分”)
    # (a line on a count of times zeroed when none was done, “…不开展的不得分”: formula_rule.NONE_DONE_ZEROES, the 0 of none)
    conditions = len(_gate_conditions(it)) + int(it["type"] == FORMULA and formula_rule.zeroed_at_none(params))
    lines = 1 if it["type"] == FORMULA and formula_rule.INTERPOLATED_LINE.search(str(params.get("expression") or "")) else 0
    if conditions or lines:
        return conditions + lines
    rows = params.get(TIERS) or params.get("options") or []
    levels = params.get("levels") or []
    return sum(Decimal(str(r["score"])) == 0 for r in rows) + sum(Decimal(str(lv["share"])) == 0 for lv in levels)


#: a deduction of stated points (not 扣完为止、扣满10分为止、最多扣2分), and a case counted before it
_DEDUCTS = lazy_compile(NOT_A_CAP_BEFORE + r"扣(?:除|减)?(\d+(?:\.\d+)?)分(?!为止)")
_COUNTED_CASE = lazy_compile(r"每|\d+个?(?:例|项|处|次|篇|份|件|条|人次|人|名|家|起)")


def _takes_all(seg: str, item_max: Decimal) -> bool:
    """“不规范的扣8分” on 8 points: the deduction leaves nothing, so it is a situation of 0, not a fault among others."""
    m = re.search(r"扣(\d+(?:\.\d+)?)分$", seg)
    return m is not None and Decimal(m.group(1)) >= item_max


def _one_off_deductions(t: str) -> list[str]:
    """“错1处扣0.3分,散总不符扣0.3分,评分与等级不符扣0.3分”: several deductions for different faults, one of them
    counted per case and the others taken once when the fault is found. One deduction per case would count
    every fault as a case: the text reads as several scoring parts (or a formula of the faults), not as one."""
    found = list(_DEDUCTS.finditer(t))
    if len(found) < 2:
        return []
    runs, at = [], 0
    for m in found:
        start = max(at, max(t.rfind(";", 0, m.start()), t.rfind("。", 0, m.start())) + 1)
        runs.append(t[start:m.end()].strip(","))
        at = m.end()
    counted = [bool(_COUNTED_CASE.search(run)) for run in runs]
    if all(counted):
        return []
    once = runs[counted.index(False)]
    return [f"“{once}”：出现即扣、不按例数计，与逐例扣分不是一种扣法（应分项或按公式计分）"]


_CLAUSE_COUNT = lazy_compile(r"(\d+(?:\.\d+)?)(?:个|项|例|处|次|条|份|件|篇|起|人次|人|名|家|张|笔|天|日|周|月|年|季度|工作日|%)")


#: words of points stepping down or up from one grade or place to the next (“其余依次递减1分”, “逐级递减”)
#: (never what is measured falling or rising: “能耗逐年递减的得3分”)
_STEPPED = lazy_compile(r"(?:依次|逐级|逐档|依序)(?:递减|递增|减少|增加|降低|扣减|减|增|降)|(?:其余|其他|其后|以下|以后)[^,;]{0,6}?(?:递减|递增)")


#: the deviation of a bid from a base price (“报价与评标基准价的偏差”, “偏差率”), and the words saying its sign or size
_PRICE_DEVIATION = lazy_compile(r"(?:报价|基准价)[^,;]{0,12}?(?:偏差|偏离)(?:率|值|幅度)?")
_SIGN_SAID = lazy_compile(r"绝对值|±|\||高于|低于|超出|上浮|下浮|正偏|负偏|上下|\+\d")


#: the room about each grade's points (“各级可加减1分”, “各档可上下浮动1分”, “同档内可增减”): no situation
_FLOATING = lazy_compile(r"(?:各|每|同|本)(?:档|级|等级|等次|档次)[^,;]{0,6}?(?:加减|增减|浮动|上下调整)|(?:可|酌情)(?:上下)?(?:加减|增减|浮动)|"
                       r"上下浮动")


#: a deduction made on top of another (“再扣1分”, “另扣”, “加扣”)
_DEDUCTED_AGAIN = lazy_compile(r"(?:再|另|又|追|加)扣(?:除)?\d")


def _other_amounts(t: str, it: dict[str, Any]) -> list[str]:
    """“每迟报1次扣0.5分,漏报1次扣1分”: a deduction per case stands for every deduction of the text, so each
    stated deduction must be the rule's amount for the cases its clause counts; another amount is another
    fault with its own deduction (two scoring parts, or a formula), not one more case of the same."""
    per = Decimal(str((it.get("params") or {}).get("per", "0")))
    unit = str((it.get("params") or {}).get("unit", ""))
    block = unit[:1].isdigit() or unit.startswith("半")  # “每3天扣1分” counted in steps of 3 days: one step a case
    out = []
    for clause in _clauses(t):
        for m in _DEDUCTS.finditer(clause):
            amount = Decimal(m.group(1))
            counts = [Decimal(c) for c in _CLAUSE_COUNT.findall(clause[:m.start()])] if not block else []
            counts = counts or [Decimal(1)]
            if all(amount != per * c for c in counts):
                out.append(f"“{clause.strip()}”：扣 {fmt(amount)} 分，与每{it['params'].get('unit', '例')}扣 "
                           f"{fmt(per)} 分不是同一扣法（应分项或按公式计分）")
    return out


#: a point that is another's denial: “无宣传” of “有宣传”, “不齐全” of “档案齐全”, “未建立台账” of “建立台账”
_DENIAL_OF = lazy_compile(r"^(?:没有|无|未|不)(?P<what>[\u4e00-\u9fff]{2,})$")
#: a point that names a lack or a delay: “台账缺失”, “逾期报送”
_LACK_OR_DELAY = lazy_compile(r"未|无|没|不|缺|逾期|滞后|延期|迟")


def _points_denying(points: list[dict[str, Any]]) -> list[str]:
    """Points of a 要点核查 of which one denies another (“有宣传得2分,无宣传得1分”) or, both short, names a lack of its
    matter (“台账完整得3分,台账缺失得1分”): both cannot be met, so they are situations, one of them holding, not points
    that add up."""
    labels = [str(p.get("label", "")) for p in points]
    for a in labels:
        for b in labels:
            m = _DENIAL_OF.match(b)
            if a == b or _LACK_OR_DELAY.search(a) or not _LACK_OR_DELAY.search(b):
                continue
            if (m and a.removeprefix("有").endswith(m.group("what"))) or (len(a + b) <= 12 and _share_a_word(a, b)):
                return [f"“{a}”与“{b}”：一项是另一项的否定，不能同时满足，是情形而非相加的要点"]
    return []


#: a point's or a condition's label that is only the word for the other case (“否则”, “否”, “其余”): no requirement
_OTHERWISE_ONLY = lazy_compile(r"否则?|其余|其他|反之|不然")
#: a situation that is the requirement denied whole (“不满足”, “未达到要求”): every case short of it
_NOT_MET_BARE = lazy_compile(r"(?:不满足|未满足|不符合|未达到|达不到|未做到)(?:要求|标准)?(?:的|者)?")


#: what ``consistency`` says of a scored clause the rule leaves out, and of a zero no situation of the rule holds (the
#: proposal ranks a reading saying either below one that does not)
LEFT_OUT = "规则未包含"
NO_ZERO_HELD = "规则中没有得0分的情形与之对应"


#: a lettered grade in a situation's label (“A档”, “评价为B的”, “达到C级标准”, “Ⅱ档”, “乙等”): one letter, A to E, Ⅰ to Ⅴ, or
#: 甲 to 丁 before 档/级/等/类 — never a letter in a word of letters (“KPI”) or a figure's name beside a figure (“A≥95%”)
#: — or a place or a prize (“第2名”, “第2-3名”, “二等奖”), its first figure
_LETTER_GRADE = lazy_compile(r"(?<![A-Za-z])(?P<g>[A-E])(?![A-Za-z\d=<>≥≤%])|(?P<r>[ⅠⅡⅢⅣⅤ])|(?P<c>[甲乙丙丁])(?=档|级|等|类)"
                           r"|第(?P<n>\d{1,2})(?:-\d{1,2})?名|(?P<p>[一二三四五1-5])等奖")
_LETTER_TURN = {**{c: i for scale in (*SCALES, "ⅠⅡⅢⅣⅤ") for i, c in enumerate(scale)},
                **{str(i): i - 1 for i in range(1, 100)}}
#: a situation that is a quality grade and nothing else (“优”, “良好的”, “较差”), ranked on wording's ladder of them
#: (``GRADE_RANK``), but for 好 and 较好, which tables place above or below 良好 (“良好 1分, 好 0.5分”)
_QUALITY_RANK = {g: r for g, r in GRADE_RANK.items() if g not in ("好", "较好")}
_QUALITY_GRADE = lazy_compile(r"(?:评价|等级|评定|考核)?为?(?P<q>" + "|".join(sorted(_QUALITY_RANK, key=len, reverse=True)) +
                            r")(?:等级|等次|等|级|档|的)?")


def grades_out_of_turn(told: list[tuple[str, Decimal]]) -> str:
    """A choice's situations whose scores do not fall as their grades do: lettered grades, places, prizes or quality words
    in turn (“A档得10分,B档得6分,C档得8分”, “第一名8分,第二名10分”, “优得10分,良得4分,中得7分”, the first of each taken)
    where a later one scores more, or a situation done in part scoring more
    than the same done whole (“符合6分,基本符合10分”): the points misplaced, perhaps — '' when none, else the doubt."""
    firsts: dict[int, tuple[str, Decimal]] = {}
    quality: dict[int, tuple[str, Decimal]] = {}
    for label, pts in told:
        marks = list(_LETTER_GRADE.finditer(label))
        if len(marks) == 1:
            g = next(x for x in marks[0].groups() if x)
            firsts.setdefault(_LETTER_TURN[g], (label, pts))
        elif word := _QUALITY_GRADE.fullmatch(label.strip(" ,:;：，")):
            quality.setdefault(_QUALITY_RANK[word.group("q")], (label, pts))
    for ranked in (firsts, quality):
        if len(ranked) >= 2 and list(ranked) == sorted(ranked):
            for (a, pa), (b, pb) in pairwise(ranked.values()):
                if pb > pa:
                    return f"“{b}”得{fmt(pb)}分，多于“{a}”的{fmt(pa)}分：各等级（名次）的得分不随等级依次降低，请核对"
    for label, pts in told:
        part = _IN_PART.match(label.strip(",:;"))
        if part is None:
            continue
        whole = lazy_compile(re.escape(part.group("lead")) + _IN_WHOLE + re.escape(part.group("core")) + r"[的者]?")
        for other, theirs in told:
            if other != label and whole.fullmatch(other.strip(",:;")) and theirs < pts:
                return f"“{label}”得{fmt(pts)}分，多于“{other}”的{fmt(theirs)}分：部分做到的得分反而更高，请核对"
    return ""



#: the scales a grade's mark is read on (``_LETTER_GRADE``'s groups of a letter, a Roman numeral, a stem)
_GRADE_SCALES = {"g": "ABCDE", "r": "ⅠⅡⅢⅣⅤ", "c": "甲乙丙丁"}


def grades_skipped(labels: list[str]) -> str:
    """A choice's situations that are grades of one scale with a grade between or above them left out (“A档10分、B档7分、
    D档不得分”, “A:10分;C:6分;D:0分”, “A档10分,C、D档0分”, “甲级…乙级…丁级…”): what the grade left out scores is unsaid —
    '' when none is, else the doubt naming it."""
    turns: dict[str, set[int]] = {}
    for label in labels:
        for mark in _LETTER_GRADE.finditer(label):  # (“C、D档0分”: each grade the situation names)
            kind = next((k for k in _GRADE_SCALES if mark.group(k)), None)
            if kind is not None:
                turns.setdefault(kind, set()).add(_GRADE_SCALES[kind].index(mark.group(kind)))
    for kind, seen in turns.items():
        left = [i for i in range(max(seen)) if i not in seen]
        if len(seen) >= 2 and left:
            return f"“{_GRADE_SCALES[kind][left[0]]}”：等级中缺了这一档，其得分未说明"
    return ""

#: one step of two things counted in two units, joined by 或 (“每迟报1天或每少报1项扣1分”, “每缺1项或一处不符合扣1分”): two
#: counts, whose sum a count of one unit does not hold
_TWO_UNITS_ONE_STEP = lazy_compile(r"(?:每|\d|一)(?:\d+(?:\.\d+)?|一|两)?(?P<u>天|日|项|人次|人|次|处|个|户|件|起|名|条|份|篇|%|个百分点|元|万元|小时)"
                                 r"[^;,\d每扣]{0,8}?或[^;,\d扣]{0,6}?(?:每|\d|一)(?:\d+(?:\.\d+)?|一|两)?(?P<v>天|日|项|人次|人|次|处|个|户|件|起|名|条|份|篇|%|个百分点|元|万元|小时)"
                                 r"[^;,\d扣]{0,8}?扣")


def two_units_one_step(t: str) -> str:
    """“每迟报1天或每少报1项扣1分”: one cost for a case of either of two things counted in different units — '' when the
    text has none, else the doubt (a reading counting one unit leaves the other out)."""
    for m in _TWO_UNITS_ONE_STEP.finditer(t):
        if m.group("u") != m.group("v"):
            return f"“{m.group(0)}”：{m.group('u')}与{m.group('v')}两种单位合用一个扣分，各自计数后相加，请核对"
    return ""


#: a count (a delay) let pass for certain (``FREE_SAID``) of each person, project, report or period (“每人迟到3次以内不扣分”,
#: “每月允许请假2次”, “每份报告错误3处以内”, “单月…”, “各科室…”), or of a mean of them (“月均迟到3次以内”, “人均差错…”): one
#: count of all of them less the cases let pass once scores otherwise wherever there are several — how they add up is
#: unsaid
_FREE_OF_EACH = lazy_compile(r"(?:每|单|各)(?![\d一二两三四五六七八九十])[\u4e00-\u9fff]|[\u4e00-\u9fff]均")
_FREE_SAID_ANY = lazy_compile(FREE_SAID)
#: the first figure of a count let pass (what is said of each goes before it)
_DIGIT_AT = lazy_compile(r"\d")


def free_of_each(t: str) -> str:
    """The words of a count let pass for certain said of each of several (``_FREE_OF_EACH`` in its clause, before
    its figure), or ''."""
    for m in _FREE_SAID_ANY.finditer(t):
        low = max(m.start() - 40, 0)  # (a clause's words, not the text's: each look bounded)
        opens = max(max(t.rfind(c, low, m.start()) for c in ",;。:") + 1, low)
        figure = _DIGIT_AT.search(t, m.start(), m.end())
        if _FREE_OF_EACH.search(t, opens, figure.start() if figure else m.start()):
            return t[opens:m.end()].strip(",;、")
    return ""


#: the 权重 (or 分值) said as a share of another figure (“其中权重为第1项得分的20%”, “(权重为总分的20%)”): the points the
#: formula multiplies are that share, which the 分值 entered need not be
_WEIGHT_AS_SHARE = lazy_compile(r"(?:权重|权数|分值)(?:为|是|按|取|占)[^;,。()]{1,16}?(?:的|之)\d+(?:\.\d+)?%")


#: “分值:0或5;…”, “0/3/5:…”, “得分:0、5。…”: the scores the row can take, said first (a figure among them 0), then how each
#: is earned (on the next line perhaps, joined to it: “分值:10或0资料齐全的…”)
_SCORES_SAID_FIRST = lazy_compile(r"^(?P<lead>(?:分值|得分|分数|评分|计分):?)?(?P<list>\d+(?:\.\d+)?分?(?:(?:或|/|、)"
                                r"\d+(?:\.\d+)?分?)+)(?:[;,:.]|(?=[\u4e00-\u9fff]))")


def _scores_unheld(t: str, found: Proposed, weight: Decimal) -> str:
    """“分值:0或5;1.资料齐全得4分;2.按时报送得1分”, “0/3/5:资料齐全得5分,基本齐全得2分…”: the row's scores said first, and
    a reading that scores otherwise (points of parts, other options' scores, bands, steps) or of another whole: what
    the text says twice over, to check. A choice whose options each score one of them holds them (a 全有或全无 holds
    0 and the whole)."""
    m = _SCORES_SAID_FIRST.match(t)
    if m is None or not (m.group("lead") or "、" not in m.group("list")):
        return ""
    said = {Decimal(x) for x in re.findall(r"\d+(?:\.\d+)?", m.group("list"))}
    if 0 not in said:
        return ""
    held = max(said) == weight and all(
        (it["type"] == all_or_nothing_rule.RULE.type and said == {0, weight})
        or (it["type"] == CHOICE and all(Decimal(str(o["score"])) in said for o in (it.get("params") or {}).get("options") or []))
        for it in found.items)
    return "" if held else f"“{m.group(0).rstrip(';,:.')}”：本项只得所列分数之一，与所读规则的其余得分不符，请核对"


def consistency(t: str, found: Proposed, weight: Decimal,
                spans: list[tuple[int, int, str]] | None = None) -> list[str]:
    """Checks a sound rule passes whatever its wording: in the evaluator's words, what does not hold.

    - the best band, option or level reaches the item's 分值 (otherwise the text says something the
      rule does not hold, or the 分值 is not the one the text was written for);
    - no value falls in two bands with different scores;
    - a rule that takes points off says where it stops (扣完为止, 扣满…为止, 最低0分 …);
    - a text read whole states no more scores (得3分、不得分、满分) than its rule holds: one for a
      deduction or a 达标线, two for a 全有或全无, one a band, option, level or point;
    - one deduction per case does not stand for deductions of different faults, one taken once when
      found; a choice does not stand for faults each with its own deduction, which may both be found;
    - the items of a composite and the points of a 要点核查 add up to the 分值 (``problem``);
    - the text's brackets pair up (a bracket left open, “每次扣1分(最多扣2分,资料不全…”, leaves unsaid where an
      aside ends: a cap may be read into the next fault).
    """
    out = []
    two = two_units_one_step(t) if "或" in t and all(len((it.get("params") or {}).get("variables") or []) < 2
                                                   for it in found.items) else ""
    if two:
        out.append(two)
    each_free = free_of_each(t) if "不扣" in t or "部分" in t or "允许" in t or "起" in t or "可" in t else ""
    if each_free and any(it["type"] in (FORMULA, DELAY) for it in found.items):
        out.append(f"“{each_free}”：按各期（各人、各项）分别免扣，合计后如何扣分未说明，请核对")
    unheld = _scores_unheld(t, found, weight) if t[:1].isdigit() or t.startswith(("分值", "得分", "分数", "评分", "计分")) else ""
    if unheld:
        out.append(unheld)
    share = _WEIGHT_AS_SHARE.search(t) if "%" in t else None
    if share:
        out.append(f"“{share.group(0)}”：权重按另一数值的百分比定，未必是该项分值，请核对")
    if t.count("(") != t.count(")"):
        out.append(f"“括号不成对（“(” {t.count('(')} 个，“)” {t.count(')')} 个），各附注止于何处未说明”")
    reads = _reads_as(found)
    for it in found.items:
        item_max = Decimal(it["max"])
        params = it.get("params") or {}
        unit = params.get("unit", "")
        if _takes_nothing(it):
            out.append("“扣0分”：每次（每档）扣分为0，规则不扣分，请核对原文")
        # “资料齐全得4分,否则得2分” on 6: the other case's points read as a point, or a condition, of their own (“否则”)
        otherwise = [str(x) for x in ([pt.get("label", "") for pt in params.get("points") or []] + [params.get("condition", "")])
                     if _OTHERWISE_ONLY.fullmatch(str(x))]
        if otherwise:
            out.append(f"“{otherwise[0]}”：是其余情形的得分，不是一个要点或条件，请核对")
        if it["type"] == CHOICE:
            told = [(str(o.get("label", "")), Decimal(str(o["score"]))) for o in params.get("options") or []]
            twice = [a for a, x in told if any(a == b and x != y for b, y in told)]
            # “…;不满足得0分;否则得2分”: every case short of the requirement is “不满足”, none left over for “否则”
            left = [a for a, _x in told if _OTHERWISE_ONLY.fullmatch(a)] \
                if any(_NOT_MET_BARE.fullmatch(a) for a, _x in told) else []
            if twice:  # “…;不满足得0分;不满足扣2分”: one situation, two scores
                out.append(f"“{twice[0]}”：同一情形给了不同得分，请核对")
            elif left:
                out.append(f"“{left[0]}”：其余情形已由“不满足”涵盖，两者得分不同，请核对")
        if it["type"] in (TIERS, CHOICE):
            rows = params.get(TIERS) or params.get("options") or []
            best = max((Decimal(str(r["score"])) for r in rows), default=Decimal(0))
            if best != item_max:
                out.append(f"“最高一档得分 {fmt(best)} 分，与该项分值 {fmt(item_max)} 分不一致”")
        if it["type"] == CHOICE:
            turned = grades_out_of_turn([(str(o.get("label", "")), Decimal(str(o["score"])))
                                         for o in params.get("options") or []])
            if turned:
                out.append(turned)
            skipped = grades_skipped([str(o.get("label", "")) for o in params.get("options") or []])
            if skipped:  # “A档10分、B档7分、D档不得分”: the grade between them unsaid
                out.append(skipped)
            # “有1项未落实,扣1分” as a situation: one case only, or each case? The count says the latter may be meant
            counted = [str(o.get("label", "")) for o in params.get("options") or []
                       if _CASE_COUNT.search(ONCE_A_PERIOD.sub("", str(o.get("label", ""))))]  # (“每年组织1次”: how often)
            if counted:
                out.append(f"“{counted[0]}”：按例数逐次扣分还是只此一种情形未说明")
            floor = [str(o.get("label", "")) for o in params.get("options") or [] if _FLOOR_LABEL.match(str(o.get("label", "")))]
            if floor:  # “…扣2分;本项最低得1分”: the score the item never falls below, read as a situation of its own
                out.append(f"“{floor[0]}”：是本项得分的下限，不是一种情形")
            stepped = [str(o.get("label", "")) for o in params.get("options") or [] if _STEPPED.search(str(o.get("label", "")))]
            if stepped:  # “评为优秀的得5分,其余依次递减1分”: the points of each lower grade or place, no situation scoring them
                out.append(f"“{stepped[0]}”：是逐档递减（递增）的分数，不是一种情形")
            floating = [str(o.get("label", "")) for o in params.get("options") or [] if _FLOATING.search(str(o.get("label", "")))]
            if floating:  # “A级10分;B级7分;…;各级可加减1分”: the room about each grade's points, no situation scoring them
                out.append(f"“{floating[0]}”：是各档得分可上下调整的幅度，不是一种情形")
            lower = _deducted_below_a_lower(t, params.get("options") or [])
            if lower:
                out.append(f"“{lower}”：列在得分更低的情形之后，按分值减去扣分计反而更高，是否另扣（负分）请核对")
            ahead = _deducted_before_the_full(t, params.get("options") or [], item_max)
            if ahead:
                out.append(f"“{ahead}”：扣分列在得满分的情形之前，是各情形之外另扣还是其中一种情形请核对")
        if it["type"] == DEDUCTION:
            # “有1项未落实,扣1分” read per case: the text does not say 每
            one = _ONE_CASE_DEDUCTED.search(t)
            if one and not re.search(r"每[^;,]{0,6}$", t[:one.start()]):
                out.append(f"“{one.group(1)}”：按例数逐次扣分还是只此一种情形未说明")
        if it["type"] == CHOICE and len(found.items) == 1:
            # “…得3分;A的扣2分;B的扣1分”: faults each with its deduction may both be found, a choice takes one
            faults = _faults_apart(t, item_max)
            if (len(faults) >= 2 and not (len(faults) == 2 and formula_rule.excludes(*faults))
                    and not choice_rule.exclusive_deductions(t)):  # (grades of one rating, degrees of one quality)
                # (two faults where the second presupposes the first did not happen are situations: one holds)
                out.append(f"“{faults[0]}”、“{faults[1]}”：各扣各的问题可能同时出现，情形选择只能选其一")
            options = params.get("options") or []
            full = [str(o.get("label", "")) for o in options if Decimal(str(o["score"])) == item_max]
            # (a third situation that is the full one denied, “全部完成得2分,未完成不得分,被约谈的扣1分”, leaves the fault
            # as free to hold beside the full one)
            denied = [str(o.get("label", "")) for o in options if Decimal(str(o["score"])) == 0]
            paired = len(options) == 2 or (len(options) == 3 and len(denied) == 1 and full and (
                _BARE_DENIAL.fullmatch(denied[0]) is not None
                or (_one_matter(full[0], denied[0]) and len(set(denied[0]) & set(full[0])) >= 2)))
            # (the denial after its number of a part, “②未召开会议”, or after what it denies, “机构不健全”)
            if len(options) == 2 and full and denied and (all_or_nothing_rule.DENIED.match(denied[0].lstrip(CIRCLED)) or _NOT_DONE.search(denied[0])) \
                    and _JOINED_REQUIREMENTS.search(full[0]) and not _JOINED_REQUIREMENTS.search(denied[0]) \
                    and _share_a_word(full[0], denied[0]):
                # “有养护方案并实施的得10分,没有方案的不得分”: the denial of one of two requirements joined, the cases
                # between them (a plan not carried out) unsaid, as in a 全有或全无 (not “达不到要求”, all of them denied)
                out += all_or_nothing_rule.denial_doubts(full[0], denied[0])
            # (a fault taking all the 分值 too, when neither names a lack: “被通报表扬的得10分,被通报批评的扣10分”, neither
            # may hold; not “机构健全…,机构不健全扣2分”, “无质量事故…,出现质量事故扣4分”)
            lone = faults or [seg for seg in deducting_segments(t) if full and not choice_rule.NAMES_A_LACK.search(
                full[0] + seg.split("扣")[0])]
            if len(lone) == 1 and paired and full and not _one_matter(full[0], lone[0]):
                # “按时报送得1.5分,内容不全扣0.5分”: the fault is no degree of the full situation, so both, or
                # neither, may hold (a late report, complete or not): two situations do not cover them
                out.append(f"“{full[0]}”与“{lone[0]}”：可能同时出现或都不出现，两种情形未穷尽")
            elif full and not faults:
                # (a fault of another matter taking all the 分值, “建立制度得10分;未开展培训扣10分”: both may hold, the
                # row then scoring nothing, or neither; a lack of the full situation's own matter, a word shared, is its
                # denial: “资料齐全得10分,缺少资料扣10分”, “按时报送得10分,逾期扣10分”)
                other = [seg for seg in deducting_segments(t) if _takes_all(seg, item_max) and _denies_another(full[0], seg)]
                # (said to score nothing, when the reading doubts nothing of it yet: the same)
                # (not every other case: “其余情况不得分”)
                zero = [d for d in denied if not choice_rule.ALL_BELOW.search(d)] \
                    if not other and len(options) == 2 and not found.doubts else []
                if zero and _may_hold_beside(full[0], zero[0], t.replace(zero[0], "")):
                    other = zero  # (“建立制度得5分,未开展培训的不得分”)
                scoring = [str(o.get("label", "")) for o in options if Decimal(str(o["score"])) > 0]
                if not other and len(options) >= 3 and not found.doubts:
                    # (three situations or more, “全部完成得5分,部分完成得3分,未开展培训的不得分”, “建立制度得5分;资料不全的不得
                    # 分;未开展培训的不得分”: a zero of another matter than each of the others; not one pointing back at
                    # them, “无此项内容”, “无相应的设备”)
                    # (a case of its own zeroing the row, “出现重大失误”, beside situations that cover the rest with a zero
                    # of their own, is picked whenever it happens: “按时完成5分,…,未完成0分,出现重大失误的本项不得分”)
                    other = [z for z in denied if not choice_rule.ALL_BELOW.search(z) and not _POINTS_BACK.search(z)
                             and not (len(denied) >= 2 and choice_rule.overriding(z))
                             and all(_may_hold_beside(label, z, t.replace(z, "")) for label in scoring)][:1]
                if other:
                    out.append(f"“{full[0]}”与“{other[0]}”：可能同时出现或都不出现，两种情形未穷尽")
        if it["type"] == all_or_nothing_rule.RULE.type and len(found.items) == 1:
            cond = str(params.get("condition", ""))
            said = _ZERO_CASE.search(t) if cond and not cond.startswith("无：") and not found.doubts else None
            # (“全部完成的得满分,未缴纳的,不得分”: as a choice's, above)
            if said and _zero_of_another(cond, said.group(1), t.replace(said.group(1), "")):
                out.append(f"“{cond}”与“{said.group(1)}”：可能同时出现或都不出现，两种情形未穷尽")
        if it["type"] == CHECKLIST:
            out += _points_denying(params.get("points") or [])
        if it["type"] == DEDUCTION and len(found.items) == 1:
            out += _one_off_deductions(t)
        if it["type"] in (DEDUCTION, DELAY) and len(found.items) == 1:
            out += _other_amounts(t, it)
        more = _DEDUCTED_AGAIN.search(t) if it["type"] == DEDUCTION and len(found.items) == 1 else None
        if more:  # “每发现1处…扣1分,每处整改不到位再扣1分”: a case may cost twice, one more fault of its own
            out.append(f"“{_clause_at(t, more.start())}”：另行扣分，规则只按例数扣一次")
        if it["type"] == THRESHOLD and len(found.items) == 1 and params.get("deduct_mode", "points") == "points":
            # “开展培训4次得5分(被通报的扣1分),每少1次扣1.5分”: a deduction of another amount is another fault
            cuts = list(_DEDUCTS.finditer(t))
            # (a cut of the step's own amount said again in a clause of its own, “…每超出1小时扣1分,扣完为止;未按规定记录的
            # 扣1分”, is another fault as well: the step is said once)
            steps = [m for m in cuts if Decimal(m.group(1)) == Decimal(str(params.get("deduct")))]
            out += [f"“{_clause_at(t, m.start())}”：扣 {m.group(1)} 分，规则只有每{params.get('step')}"
                    f"{params.get('unit', '')}扣 {params.get('deduct')} 分" for m in cuts
                    if m not in steps[:1]][:1]
        if it["type"] in (TIERS, THRESHOLD) and len(found.items) == 1:
            out += tiers_rule.asides(t, spans or [], it)
            deviation = _PRICE_DEVIATION.search(t)
            if deviation and not _SIGN_SAID.search(t):
                # “报价与评标基准价的偏差≤3%得30分,…”: a bid below the base deviates too — by its size, or as a negative
                # figure (every bid below the base then in the best band)?
                out.append(f"“{deviation.group(0)}”：高于、低于基准的偏差是否都按其大小（绝对值）计未说明，请核对")
        if it["type"] == CHOICE and len(found.items) == 1:
            out += _combinations_without_none(params.get("options") or [])
            out += _not_done_above_done_poorly(params.get("options") or [])
            out += _case_within_scored(params.get("options") or [])
            out += _degrees_out_of_order(params.get("options") or [])
        if it["type"] == SCALE:
            best = max((Decimal(str(lv["share"])) for lv in params.get("levels") or []), default=Decimal(0))
            if best != 1:
                out.append("“最高等级不得满分”")
        if it["type"] == TIERS:
            tiers = params[TIERS]
            for v in tiers_rule.probes(tiers):
                # bands may overlap when the first that holds a value is its best (“≥95%得5分;≥90%得3分”)
                holding = [tr for tr in tiers if tiers_rule.in_tier(v, tr)]
                scores = [Decimal(str(tr["score"])) for tr in holding]
                if scores and (scores[0] != max(scores) or _ranges_overlap(holding)):
                    out.append(f"“{fmt(v)}{unit}同时落在两档（分档重叠）”")
                    break
    stated = [(a, b) for a, b, what in spans or [] if what == "分值"]
    if found.doubts is None and len(stated) > sum(_statements(it, t) for it in found.items):
        a, b = stated[-1]
        out.append(f"“{t[a:b]}”：评分标准给出的得分比规则能容纳的多")
    zeros = [(a, b) for a, b in stated if _ZERO.search(t[a:b])]
    if "扣" in t:  # “未建立制度,扣除全部分值;…每处扣1分”: the whole 分值 taken in words is a 0 too
        zeros += [m.span() for m in all_or_nothing_rule.ALL_TAKEN_IN.finditer(t)]
    if len(zeros) > sum(_zeros(it) for it in found.items):
        # “…各1分;①不符合的,本项不得分” read without its key point: the rule never scores 0 for it
        a, _b = zeros[-1]
        out.append(f"“{_clause_at(t, a)}”：{NO_ZERO_HELD}")
    deducts = [a for a, _b, what in spans or [] if what == "扣分"]
    if len(found.items) == 1 and found.items[0]["type"] in (DEDUCTION, DELAY) and deducts:
        # “无问题得4分,每发现1处问题扣1分” on 5 points: the deducting starts from another score than the 分值
        top = Decimal(found.items[0]["max"])
        other = [t[a:b] for a, b in stated
                 if a < deducts[0] and any(Decimal(x) not in (top, 0) for x in _POINTS.findall(t[a:b]))]
        if other:
            out.append(f"“{other[0]}”：与该项分值 {fmt(top)} 分不一致，扣分从何处起算未说明")
    if found.doubts is None and len(found.items) == 1 and reads & _DEDUCTING and deducts:
        # the full marks of a deducting rule are where it starts: a score stated after the deducting
        # (“…扣完为止；获得表彰的得满分”) is a situation the rule does not hold
        late = [(a, b) for a, b in stated if a > deducts[0]]
        if late:
            out.append(f"“{_clause_at(t, late[0][0])}”：扣分之后另给得分，{LEFT_OUT}")
    floors = [(a, b) for a, b, what in spans or [] if what == "下限"]
    until = next((t[a:b] for a, b in floors if _UNTIL_NONE_AT.match(t[a:b])), None)
    if until:  # the stop said as the score it reaches: read as 扣完为止, yet not the usual words for it
        out.append(f"“{until}”：按扣完为止（扣到0分为止）读，请核对")
    per_case = [Decimal(it["max"]) for it in found.items if it["type"] in (DEDUCTION, DELAY, THRESHOLD, UPPER_BOUND)]
    for a, b in floors if per_case else []:
        # “每处扣0.5分,扣至1分为止”, “…,每季度最多扣1分” on 3 points: a case counted until 0 is left holds no other stop;
        # nor does a step below a line (“…每降低1个百分点扣0.5分,最多扣5分” on 6 points: the rule goes on to 0)
        said_ = [Decimal(x) for x in re.findall(r"\d+(?:\.\d+)?", t[a:b])]
        if any(x and x not in per_case for x in said_) or _PER_PERIOD_AT.search(t[:a]):
            out.append(f"“{_clause_at(t, a)}”：规则逐例扣到0分为止，此处所写的止点规则未包含")
            break
    if floors and not reads & (_DEDUCTING | {COMPLETION}):
        a, b = floors[0]  # “存在1处错误扣0.5分,扣完为止” is a deduction per error, not one situation
        out.append(f"“{t[a:b]}”：规则不逐次扣分，与“扣完为止”不符")
    formulas = [it for it in found.items if _deducting_formula(it)]
    for a, _b in floors if formulas else []:
        if _PER_PERIOD_AT.search(t[:a]):  # “…扣完为止(每月最多扣1分)”: a formula of counts holds no stop per period
            out.append(f"“{_clause_at(t, a)}”：每期的扣分上限，{LEFT_OUT}")
            break
        if _PER_PART_AT.search(t[:a]) and not all("min(" in str(it["params"].get("expression")) for it in formulas):
            # “…扣完为止,每项最多扣1分”: a stop for each fault, which a formula of counts does not hold
            out.append(f"“{_clause_at(t, a)}”：每项的扣分上限，{LEFT_OUT}")
            break
    if any(_FLOOR.search(t) and not formula_rule.stops(t, Decimal(it["max"])) for it in formulas):
        # a cap of one fault (“…扣1分,最多扣6分”) is not where the deducting of the others stops; with no other fault
        # (“每迟报1次扣0.1分,最多扣1分” on 2 points) it is a stop short of the 分值, which leaves the rest unsaid
        out.append("“未说明各项扣分合计扣到何时为止（如“扣完为止”）”")
    if "扣完为止" in t and any(_capped_short(it) for it in formulas):
        # “每处扣1分(最多扣2分),扣完为止” on 5 points: a cap that stops short of 0, and a stop said at 0
        out.append("“扣分上限低于分值，又写“扣完为止”：扣到何时为止未说明”")
    for it in formulas:
        out += formula_rule.overlapping_faults(it.get("params") or {})
        if floors and formula_rule.once_short_of_full(it.get("params") or {}, Decimal(it["max"])):
            # “一类问题扣3分、二类问题扣2分,扣完为止” on 10 points: each fault once never takes all the points, so the stop
            # says they may be counted, each case again
            out.append(f"“{_clause_at(t, floors[0][0])}”：各项各扣一次扣不完分值，是否按发现次数（个数）逐次扣分未说明")
    for a, b in floors if len(formulas) == len(found.items) == 1 else []:
        # “…每名扣2分,…每名扣1分,扣完为止,最多扣2分” on 10 points: a stop of all the faults short of the 分值, which the
        # formula (going on to 0) does not hold; a fault's own cap is its min(…)
        expression = str(formulas[0]["params"].get("expression") or "")
        said_ = [Decimal(x) for x in re.findall(r"\d+(?:\.\d+)?", t[a:b])]
        if any(x and x != Decimal(formulas[0]["max"]) and f"min({fmt(x)}," not in expression for x in said_):
            out.append(f"“{_clause_at(t, a)}”：各项合计的扣分上限，{LEFT_OUT}")
            break
    out += _faults_unheld(t, found, spans or [])
    if len(found.items) == 1 and found.items[0]["type"] in (RATE, COMPLETION):
        # “得分=合格数/抽查数×分值;未按时报送的扣1分”: a deduction beside a share of the 分值, which it does not hold
        taken = [a for a, _b, what in spans or [] if what == "扣分"]
        if taken:
            out.append(f"“{_clause_at(t, taken[0])}”：另行扣分，{LEFT_OUT}")
    if reads & _DEDUCTING and not _FLOOR.search(t) and not all(_never_below_zero(it) for it in found.items):
        out.append("“未说明扣分到何时为止（如“扣完为止”）”")
    return out
