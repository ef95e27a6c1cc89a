"""延迟扣分: full marks when on time (within any grace), a deduction for each month (day) late."""
from __future__ import annotations

import re
from decimal import Decimal

from models.messages import said as refusal
from services.core.numbers import ZERO, fmt, to_decimal
from services.core.patterns import lazy_compile
from services.scoring.rules import deduction as deduction_rule, threshold as threshold_rule
from services.scoring.rules.base import (
    Input,
    Inputs,
    ItemResult,
    Look,
    Param,
    Params,
    Phrase,
    Proposed,
    Recogniser,
    RuleType,
    T,
    Wording,
    clamp,
    data,
    dec,
    msg,
    need,
    said,
)
from services.scoring.rules.wording import DELAY_CLIFF, DELAY_VERBS, NUM, d, free_said, free_unit, past_line, s


def check(params: Params, item_max: Decimal) -> list[str]:
    return need(params, "per") + (need(params, "grace") if "grace" in params else [])


def score(params: Params, inputs: Inputs, item_max: Decimal) -> ItemResult:
    if inputs.get("delay") in (None, ""):
        return ItemResult(None, msg(T("尚未填写延迟时间")))
    unit: str = params.get("unit", "月")
    unit_words = UNITS.get(unit, unit)
    delay = to_decimal(inputs["delay"], refusal("延迟{unit}数", unit=unit_words))
    grace = dec(params, "grace", "0")
    per = dec(params, "per")
    late = max(ZERO, delay - grace)
    if late == 0:
        return ItemResult(item_max, msg(T("按期完成（延迟 %1 %2），得满分 %3"), fmt(delay), msg(unit_words), fmt(item_max)),
                          item_max)
    raw = item_max - late * per
    grace_words = msg(T("（扣除宽限 %1 %2）"), fmt(grace), msg(unit_words)) if grace else ""
    return clamp(raw, item_max, msg(T("延迟 %1 %2%3，每%4扣 %5 分，得分 = %6 − %7 × %5 = %8"), fmt(delay), msg(unit_words),
                                    grace_words, msg(unit), fmt(per), fmt(item_max), fmt(late), fmt(raw)))


#: the units and unit words of ``UNITS`` as the calculation says them, marked for translation
SAID_UNITS = (T("月"), T("天"), T("周"), T("季度"), T("年"), T("工作日"), T("小时"), T("个月"), T("个季度"), T("个工作日"),
              T("个小时"))


def looks(params: Params, item_max: Decimal) -> dict[str, Look]:
    unit: str = params.get("unit", "月")
    return {"delay": Look(unit=msg(T("个月")) if unit == "月" else msg(UNITS.get(unit, unit)),
                          hint=msg(T("每%1扣 %2 分"), msg(unit), params.get("per")))}


# ── wordings ────────────────────────────────────────────────────────────────
#: the units of delay as texts write them after a number (“1个月”, “2个工作日”, “3小时”)
_UNIT_WORDS = "个月|月|个工作日|工作日|天|日|周|个星期|星期|个季度|季度|年|个小时|小时"
#: the words of a delay after 每 (“每迟报1天”, “每超时1小时”)
#: (the time it is over named between: “每超出目标时长0.5小时”, “每超过规定时限1天”)
_DELAY = lazy_compile(r"每(?P<early>提前或)?(?:" + DELAY_VERBS + r")(?:目标|规定|标准|承诺)?(?:时长|时限)?(\d+(?:\.\d+)?)?(" + _UNIT_WORDS
                    + ")[^;]*?扣" + NUM + "分")
#: the words before a delay that costs nothing (“迟报2小时以内不扣分”)
GRACE_VERBS = "宽限|延迟|推迟|逾期|迟报|超时"
#: “延迟1个月以内不扣分”: a delay that costs nothing
_GRACE = lazy_compile(r"(?:" + GRACE_VERBS + r")" + NUM + r"(?P<unit>" + _UNIT_WORDS + r")(?:以内|内)(?:的)?,?"
                    r"(?:不扣分|得满分)")
#: between a step and its points, words that make the time a line or a requirement, not a step counted (“路灯每晚
#: 12小时以上照明,未达到的扣1分”, “每超过8小时需轮换,未轮换的扣1分”)
_NOT_A_STEP = lazy_compile(r"以上|以下|以内|不足|不少于|不低于|未|没有|需|须|应")
#: “不足1个月的按1个月计”, “不足1天的不计”: how a part of a unit of delay counts, which the rule does not hold
_REMAINDER = lazy_compile(r"不足(?:\d+(?:\.\d+)?)?(?:" + _UNIT_WORDS + r")[^,;。)]{0,8}")
#: the units of delay a framework file may name, and how each is written after a number
UNITS = {"月": "个月", "天": "天", "周": "周", "季度": "个季度", "年": "年", "工作日": "个工作日", "小时": "个小时"}


def _unit_of(word: str) -> str:
    word = word.lstrip("个")
    return {"日": "天", "星期": "周"}.get(word, word)


#: a time limit from an event to the act it asks, a step of delay after it (“任期届满2个月内改选不扣分”, “党员调动,1个月内要及时
#:转组织关系”): the limit a grace, the delay counted from the event (never “以内”, a line on the time a thing takes)
_DEADLINE = lazy_compile(r"(?<=[\u4e00-\u9fff,])" + NUM + r"(?P<unit>" + _UNIT_WORDS + r")内(?:要|应|须|必须)?(?:及时)?"
                       r"[\u4e00-\u9fff]{1,10}?(?:的)?(?:不扣分|得满分)?[,;]")


def _deadline_before(t: str, step: int) -> re.Match[str] | None:
    """The time limit (``_DEADLINE``) of the clause straight before the step of delay, or None."""
    return next((x for x in _DEADLINE.finditer(t, 0, step) if x.end() == step), None)


#: a line on the time a thing takes, at most (“不超过4小时”, “≤2天”, “在4小时以内”), before a step past it: the time is what
#: is measured, not a delay counted from nothing (a grace, “延迟2天以内不扣分”, is a delay's own)
_TIME_LINE = lazy_compile(r"(?:(?:不超过|不高于|不大于|≤)\d+(?:\.\d+)?(?P<u>" + _UNIT_WORDS + r")|"
                        r"\d+(?:\.\d+)?(?P<w>" + _UNIT_WORDS + r")(?:以内|之内))")


#: a delay past which the steps start (“超过3天的,每延迟1天扣0.5分”, “逾期5个工作日以上的,每逾期1日扣1分”, “延迟不超过1个月的
#: 不扣分,超过1个月的每月扣1分”): the delays up to it cost nothing, but whether the steps count from its end or from the first
#: unit once past it is unsaid (“延迟1天以上的,每天扣1分”, from the start) — read from the first unit, to check
_PAST = past_line(_UNIT_WORDS)


def _past_before(t: str, step: int, grace: tuple[int, int] | None) -> re.Match[str] | None:
    """The delay past which the steps start (``_PAST``), before the step and outside the words of the grace read
    (``grace``: where they start and end), or None."""
    return next((x for x in _PAST.finditer(t, 0, step)
                 if not (grace and grace[0] <= x.start() < grace[1])
                 and not (x.group("n2") and d(x.group("n2")) <= 1)), None)  # (“1天以上”: from the first day)


#: a delay let pass in a grace said for certain (“5个工作日内完成不扣分,超过的…”): its figure and unit
_FREE_DELAY = lazy_compile(NUM + r"(?P<unit>" + _UNIT_WORDS + r")")


def _per_period_late(w: Wording) -> Proposed | None:
    """"每延迟1个月扣0.5分" (with an optional "延迟N个月以内不扣分")."""
    t, name = w.text, w.name
    m = _DELAY.search(t)
    if not m or _NOT_A_STEP.search(t, m.end(3), m.start(4)):
        return None
    n = d(m.group(2) or "1")
    if n == 0:  # “每延迟0天”: no step of time
        return None
    unit = _unit_of(m.group(3))
    grace = _GRACE.search(t) or _deadline_before(t, m.start())
    grace_span = grace.span() if grace else None
    free = free_said(t, m.start()) if not grace and not m.group("early") else None
    if free is not None:  # “5个工作日内完成不扣分,超过的每超1天…”: the delay let pass said for certain (wording.FREE_SAID)
        grace = next((x for x in _FREE_DELAY.finditer(t, free.start, free.end) if d(x.group(1)) == free.n), None)
        grace_span = (free.start, free.end) if grace else None
    lines = list(_TIME_LINE.finditer(t, 0, m.start())) if not grace and not m.group("early") else []
    if any(_unit_of(x.group("u") or x.group("w")) == unit for x in lines):
        return None  # “修复时间不超过4小时,每超出1小时扣3分”: a line on the time taken, each unit past it (threshold)
    if threshold_rule.time_limit(t):
        return None  # “4小时内修复得满分,超过4小时的,每超1小时扣1分”: a time limit, each unit past it (threshold)
    # (a line in another unit than the step, “到岗时间≤1小时,每超出1天扣3分”: from where the delay counts is unsaid)
    other = [f"“{x.group(0)}”：时限与每{UNITS.get(unit, unit)}扣分的单位不同，延迟从何时起算请核对" for x in lines][:1]
    if n != 1 and not m.group("early") and ((n < 1 and unit in _FINEST_UNITS) or not _per_unit_exact(d(m.group(4)), n)):
        if grace:
            return None
        block = _per_block(w, m, n, m.group(3), d(m.group(4)))
        return block.doubted(*other) if other else block
    per = d(m.group(4)) / n
    if not grace and _cliff_short(w, m, per, unit) is not None:
        return None  # “…每延迟1个月扣0.5分,延迟超过3个月不得分”: a cliff before the steps take the 分值 (tiers._late_cliff)
    params = {"per": s(per), "unit": unit, "grace": s(d(grace.group(1))) if grace else "0"}
    # “每提前或推迟1天加扣1分”: being early adds, but never above the 分值 (to check)
    doubts = [f"“{m.group(0)}”：提前完成不超过满分，按延迟扣分读"] if m.group("early") else other
    if grace and _unit_of(grace.group("unit")) != unit:  # “迟报1个工作日以内不扣分,每迟报1天…”: a grace in other units
        doubts.append(f"“{grace.group(0)}”：宽限按每{UNITS.get(unit, unit)}计，请核对")
    past = _past_before(t, m.start(), grace_span)
    if past:  # “超过3天的,每延迟1天扣0.5分”: nothing up to the line; past it, counted from its end or from the start, unsaid
        past_n, past_unit = past.group("n") or past.group("n2"), UNITS.get(_unit_of(past.group("unit") or past.group("unit2")))
        words = UNITS.get(unit, unit)
        doubts.append(f"“{past.group(0)}”：{past_n}{past_unit}以内不扣分，超过后是否只扣超出部分（宽限 {past_n}{past_unit}）"
                      f"未说明，按自第1{words}起每{words}扣分读，请核对")
    rest = _REMAINDER.search(t, m.end())
    if rest:  # a part of a unit counted whole (or not at all): the rule takes a part off in proportion
        doubts.append(f"“{rest.group(0)}”：延迟扣分按实际延迟时间计算，不足1{UNITS.get(unit, unit)}的部分按比例扣，请核对")
    label = name if "延迟" in name or "及时" not in name else name.replace("及时性", "") + f"延迟{unit}数"
    return Proposed([RULE.item(label, w.weight, params)],
                    f"延迟扣分：每延迟1{UNITS.get(unit, unit)}扣 {params['per']} 分"
                    + (f"（宽限 {params['grace']} {UNITS.get(unit, unit)}）" if params["grace"] != "0" else ""),
                    tuple(doubts) or None)


def _cliff_short(w: Wording, step: re.Match[str], per: Decimal, unit: str) -> re.Match[str] | None:
    """The text's delay past which the row scores nothing (``DELAY_CLIFF``, in the step's unit), where the steps have not
    yet taken the 分值 by then (a cliff the steps reach says nothing of its own); else None."""
    for c in DELAY_CLIFF.finditer(w.text):
        if c.start() < step.end() and c.end() > step.start():
            continue
        if not re.search(r"延迟|推迟|逾期|延期|超期|超过|超出|以上", c.group(0)) or _unit_of(c.group("u")) != unit:
            continue
        return c if d(c.group("n")) * per < w.weight else None
    return None


def late_cliff(w: Wording) -> tuple[Decimal, Decimal, str, tuple[str, ...]] | None:
    """“按计划时间完成得满分,每延迟1个月扣0.5分,延迟超过3个月不得分”: each unit of delay costs its points, and past the
    cliff the row scores nothing, which comes before the steps have taken the 分值 — the points of a unit, the cliff, the
    unit and the doubts of reading it in whole units (``tiers._late_cliff`` bands them); None for any other text. The
    rest of the text is a clause of full marks with no figure."""
    t = w.text
    m = _DELAY.search(t)
    if not m or m.group("early") or m.group(2) not in (None, "1") or _NOT_A_STEP.search(t, m.end(3), m.start(4)):
        return None
    if _GRACE.search(t) or _deadline_before(t, m.start()):
        return None
    unit, per = _unit_of(m.group(3)), d(m.group(4))
    cliff = _cliff_short(w, m, per, unit)
    if cliff is None or per <= 0:
        return None
    top = d(cliff.group("n"))
    if top != top.to_integral_value() or not 1 <= top <= 24:
        return None
    step_clause = re.split(r"[,;]", t[:m.start()])[-1] + re.split(r"[,;]", t[m.start():])[0]
    rest = t.replace(step_clause, "", 1).replace(cliff.group(0), "", 1)
    if any(re.search(r"\d", x) or "满分" not in x for x in re.split(r"[,;.]", rest) if x.strip(",;.。")):
        return None
    words = UNITS.get(unit, unit)
    doubts: tuple[str, ...] = (f"“{m.group(0)}”：不足1{words}的按1{words}扣（按整{words}读档），请核对",)
    if cliff.group("post"):
        doubts += (f"“{cliff.group(0)}”：按超过{s(top)}{words}读（{s(top)}{words}按扣分计）",)
    return per, top, unit, doubts


#: the finest units of delay: a step of a part of one (“每迟报半天”, “每延迟半小时”) is counted in such parts (half-days,
#: half-hours), never turned into a figure per day (hour) the text does not state
_FINEST_UNITS = frozenset(("天", "工作日", "小时"))


def _per_unit_exact(points: Decimal, n: Decimal) -> bool:
    """Whether ``points`` for each ``n`` units is a per-unit figure of at most four decimals (never 0.3333…)."""
    per = points / n
    return per == per.quantize(Decimal("0.0001"))


def _per_block(w: Wording, m: re.Match[str], n: Decimal, unit_word: str, points: Decimal, counted: str = "延迟了"
               ) -> Proposed:
    """“每迟报半天扣0.5分”, “每延迟3天扣1分”: points for each step of half a day, or of several units whose points
    make no exact figure per unit (1 ÷ 3): the steps are counted, each costing the points the text places on it
    (``counted``: how the entry says what is counted, 延迟了 or 少了)."""
    block = ("半" if n == Decimal("0.5") else "" if n == 1 else fmt(n)) + unit_word  # “每少1小时”: 小时
    per = s(points)
    item = deduction_rule.RULE.item(w.name, w.weight, {"per": per, "unit": block})
    return Proposed([item], f"逐例扣分：每{block}扣 {per} 分，扣完为止",
                    (f"“{m.group(0)}”：按{counted}几个{block}录入（不足{block}的部分是否扣分未说明）",))


#: “营业时间每少半小时扣2分”, “开放时间每减少1小时扣0.5分”: a shortfall of time counted in blocks of hours
_SHORT_HOURS = lazy_compile(r"每(?:减少|缺少|少|不足)(\d+(?:\.\d+)?)?(个小时|小时)[^;]*?扣" + NUM + "分")


def _short_hours(w: Wording) -> Proposed | None:
    """“营业时间每少半小时,扣2分”: the hours short of a required time, counted in the text's blocks (half-hours), each
    costing the points the text places on it: a deduction per block (as a delay in blocks, ``_per_block``)."""
    m = _SHORT_HOURS.search(w.text) if "小时" in w.text else None
    if not m or not 0 < d(m.group(3)) < w.weight or _NOT_A_STEP.search(w.text, m.end(2), m.start(3)):
        return None
    n = d(m.group(1) or "1")
    return _per_block(w, m, n, "小时", d(m.group(3)), "少了") if n > 0 else None


#: time over a practical test's limit, counted in minutes or seconds (an 操作技能考核 sheet: “每超时1分钟扣1分”, “超时每分钟
#: 扣0.5分”, “每超过30秒扣1分”; “超时1分钟扣1分”, its 每 unsaid): the step, its unit, the points
_OVERTIME = lazy_compile(r"(?P<each>每)?(?:超时|超过|超出|延时|多用)(?P<each2>每)?(?P<n>\d+(?:\.\d+)?|一|半)?个?(?P<u>分钟|秒钟|秒)"
                       r"(?:的?,?)扣" + NUM + "分")
#: a time line of the text in the units of the step (“规定时间10分钟”, “10分钟内完成”): the time taken may be what is
#: asked, not the time over
_TIME_SAID = lazy_compile(r"\d+(?:\.\d+)?(?:分钟|秒钟|秒)")


#: a time in hours or days beside minutes over (a service's response time, not a practical test's limit)
_LONGER_TIME = lazy_compile(r"\d+(?:\.\d+)?个?(?:小时|天|日|工作日|周|月)")


#: a delay of one unit and its points, no 每 before it (“迟报1天扣0.5分”, “逾期一个工作日扣1分”): read as each unit late
#: (a time over the one allowed, too: “不超时间不扣分,超过1天扣10分,扣完为止”)
_LATE_ONE = lazy_compile(r"(?<!每)(?<!每1)(?:迟报|迟交|晚报|晚交|延迟|推迟|逾期|延期|超期|超过|超出)(?:报送|上报|提交|完成)?1?"
                       r"(?:个月|个工作日|工作日|天|日|周)扣" + NUM + "分")
#: a time said in days, weeks or months (a second one beside “超过1天扣…” is a further step or a line, not one step per day)
_TIME_FIGURE = lazy_compile(r"\d+(?:\.\d+)?(?:个月|个工作日|工作日|天|日|周)")


def _late_without_each(w: Wording) -> Proposed | None:
    """“按时报送年度总结,迟报1天扣0.5分,扣完为止”: a delay of one unit costing its points, no 每 said, the deducting
    said to run on (扣完为止) — read as each unit late costing them (to check), where it is the text's one delay and no
    line of time or further step (“…;延迟2个月扣1分;以此类推”) stands beside it. Without the stop, “迟报一天扣1分” is one
    case, not a step per day."""
    t = w.text
    found = list(_LATE_ONE.finditer(t))
    m = found[0] if len(found) == 1 else None
    if m is None or "每" in t or re.search(r"以上|以内|类推", t) or "扣完为止" not in t[m.end():]:
        return None
    if m.group(0).startswith(("超过", "超出")) and len(_TIME_FIGURE.findall(t)) > 1:
        return None  # (“超过1天扣2分,超过3天扣5分,扣完为止”: steps of their own)
    read = _per_period_late(Wording(t[:m.start()] + "每" + t[m.start():], w.weight, w.name, w.points, w.explanation))
    if read is None:
        return None
    return read.doubted(f"“{m.group(0)}”：未写“每”，读作每{m.group(0)[:-len(m.group(1)) - 2]}扣 {m.group(1)} 分")


#: the time allowed said bare at the head of the text, before its overtime (“20分钟,超出1分钟扣1分”, “考核时间30分钟,每超时
#: 1分钟扣1分”): the limit, its unit
_LIMIT_FIRST = lazy_compile(r"^(?:(?:考核|操作|规定|完成|比赛|答题)?(?:时间|时限|用时)(?:为|:)?)?(?P<x>\d+(?:\.\d+)?)(?P<u>分钟|秒钟|秒)"
                          r"(?:完成)?[,;]")


def _limit_then_overtime(w: Wording, limit: Decimal, n: Decimal, unit: str, per: str,
                         doubts: list[str]) -> Proposed | None:
    """“20分钟,超出1分钟扣1分”: the time allowed said first, then each step past it costing the points — the time taken is
    the value, full marks at the limit or under it (the threshold's), the doubts of the step kept."""
    if limit <= 0 or n > limit:
        return None
    # a part of a step said counted as a whole one (“不足1分钟按1分钟计”): each part costs a step's points; said otherwise
    # (“不足1分钟不扣分”), the threshold, taking a part's share, is to check
    whole = re.search(rf"不足(?:{re.escape(fmt(n))}|一)?个?{unit}的?(?:部分)?(?:按|以|作)[^,;]{{0,4}}?(?:{re.escape(fmt(n))}|一)个?{unit}"
                      r"(?:计|扣|算)", w.text) is not None
    if not whole and (part := re.search(r"不足[^,;。]{0,12}", w.text)):
        doubts = [*doubts, f"“{part.group(0)}”：不足一档的部分按比例扣分，请核对"]
    params = {"full_at": s(limit), "inclusive": True, "direction": "lower", "step": s(n), "deduct": per,
              "deduct_mode": "points", "stepwise": whole, "input": "value", "unit": unit, "value_label": "用时"}
    item = threshold_rule.RULE.item(w.name, w.weight, params)
    return Proposed([item], f"达标线扣分：≤{fmt(limit)}{unit} 得满分，每高于 {fmt(n)}{unit} 扣 {per} 分", tuple(doubts) or None)


def _overtime(w: Wording) -> Proposed | None:
    """“每超时1分钟扣1分(,扣完为止)”: the minutes (seconds) over the limit of a practical test, each costing the points —
    a deduction per minute over, the limit the test's own (the minutes over entered). A step of several units or of
    seconds (“每超时30秒”) is counted in such steps, a part of one unsaid (to check); a step without 每 (“超时1分钟扣1分”)
    read as each such step (to check). A time line beside it (“在10分钟内完成,…”) is the threshold's."""
    t = w.text
    m = _OVERTIME.search(t)
    if m is None or not 0 < d(m.groups()[-1]) < w.weight or (m.group("n") is None and not m.group("each2")):
        return None
    if threshold_rule.time_limit(t) or len(_OVERTIME.findall(t)) > 1 or _LONGER_TIME.search(t):
        return None  # (“接到报修后1小时内到达现场,每超时10分钟扣1分”: a service's time limit in hours, the threshold's)
    n = d({"一": "1", "半": "0.5"}.get(m.group("n") or "1", m.group("n") or "1"))
    if n <= 0:
        return None
    unit = "分钟" if m.group("u") == "分钟" else "秒"
    per = s(d(m.groups()[-1]))
    block = ("" if n == 1 else fmt(n)) + unit
    doubts: list[str] = []
    if not (m.group("each") or m.group("each2")):
        doubts.append(f"“{m.group(0)}”：读作每超时{fmt(n)}{unit}扣 {per} 分")
    lead = _LIMIT_FIRST.match(t)
    if lead and lead.end() == m.start() and (lead.group("u") == "分钟") == (unit == "分钟"):
        return _limit_then_overtime(w, d(lead.group("x")), n, unit, per, doubts)
    if n != 1 or unit == "秒":
        doubts.append(f"“{m.group(0)}”：按超时了几个{block}录入（不足{block}的部分是否扣分未说明）")
    if _TIME_SAID.search(t, 0, m.start()) or _TIME_SAID.search(t, m.end()):
        doubts.append("规定时间之外另有时间，超时从何时起算请核对")
    item = deduction_rule.RULE.item(w.name, w.weight, {"per": per, "unit": block})
    return Proposed([item], f"逐例扣分：每超时{'1' if n == 1 else ''}{block}扣 {per} 分，扣完为止", tuple(doubts) or None)


#: a step of an hour (or a working day) with no verb of delay, after a grace said for certain (“2小时以内不扣分,超过部分
#: 每小时扣0.5分”): the unit, the points
_STEP_PAST_FREE = lazy_compile(r"每(?:个)?(?P<u>小时|工作日)扣" + NUM + "分")
#: what may stand around such a grace and its step: what is timed before it (no figure), the stop after it
_AROUND_FREE = lazy_compile(r"^[\u4e00-\u9fff]{0,12}$")


def _past_free(w: Wording) -> Proposed | None:
    """“响应时间2小时以内不扣分,超过部分每小时扣0.5分,扣完为止”: the hours (working days) let pass said for certain
    (``wording.free_said``), each one past them costing the points: a delay with the hours let pass as its grace. Only the
    grace, the step and the stop: nothing else scores (a cap short of the 分值, another fault, is left unread)."""
    t = w.text
    m = _STEP_PAST_FREE.search(t) if "每" in t else None
    if m is None or _DELAY.search(t) or not 0 < d(m.group(2)) < w.weight:
        return None
    free = free_said(t, m.start())
    if free is None or free_unit(free.unit) != m.group("u"):
        return None
    if not _AROUND_FREE.match(t[:free.start]) or t[m.end():].strip(",;.") not in ("", "扣完为止"):
        return None
    unit, per, grace = m.group("u"), s(d(m.group(2))), s(free.n)
    words = UNITS.get(unit, unit)
    return Proposed([RULE.item(w.name, w.weight, {"per": per, "unit": unit, "grace": grace})],
                    f"延迟扣分：每延迟1{words}扣 {per} 分（宽限 {grace} {words}）")


def describe(params: Params, item_max: Decimal) -> Phrase:
    written = params.get("unit", "月")
    unit = msg(written) if written in SAID_UNITS else data(written)  # a unit of the file's own as written
    out = said(msg(T("按期完成得满分，每延迟 1 %1扣 %2 分"), unit, params.get("per", "")))
    grace = params.get("grace")
    return out + said(msg(T("（宽限 %1 %2）"), grace, unit)) if grace and to_decimal(grace) else out


RULE = RuleType(
    type="delay",
    name=T("延迟扣分"),
    params=(
        Param("per", T("每单位扣分"), "number", default="0.5", required=True),
        Param("unit", T("单位"), "select", default="月", choices=tuple((u, u) for u in UNITS)),
        Param("grace", T("宽限"), "number", default="0"),
    ),
    inputs=(Input("delay", T("延迟"), "number", T("个月"), step=True),),
    check=check,
    score=score,
    looks=looks,
    proposals=(Recogniser(200, _per_period_late), Recogniser(1360, _short_hours), Recogniser(9200, _overtime),
               Recogniser(15600, _late_without_each), Recogniser(33000, _past_free)),
    describe=describe,
)
