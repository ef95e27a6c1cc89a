"""逐例扣分: full marks less a fixed deduction for each non-conforming instance found, down to 0."""
from __future__ import annotations

import re
from decimal import Decimal

from models.messages import said as refusal
from services.core.numbers import RuleInputError, fmt, to_decimal
from services.core.patterns import lazy_compile
from services.scoring.rules import all_or_nothing
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
from services.scoring.rules.wording import (
    CASES_EXCEPTED,
    DEDUCTED_AT_MOST,
    DELAY_VERBS,
    NUM,
    ORDINAL_AT,
    PER_PERIOD_COUNT,
    PLACEMENT_FIGURE,
    SCORE_WRITTEN,
    STOP_AFTER_EACH,
    STOP_PLAIN,
    checked_lead,
    d,
    held_each,
    lets_pass_each,
    past_line,
    s,
)

#: the units a case is counted in, as the window lists them (the one list the wordings below read them by; a unit
#: before the unit it opens with: 人次 before 人, 户次 before 户)
UNITS = ("例", "项", "处", "次", "个", "篇", "份", "件", "条", "人次", "人", "名", "位", "家", "起", "户次", "户", "张", "笔")
#: ``UNITS`` as a pattern, a 个 never that of a percentage point, a month, a working day, an hour or a point
_UNIT = "|".join("个(?!百分点|月|季度|工作日|小时|点)" if u == "个" else u for u in UNITS)


#: the class whose points are taken, between 扣 and them: “每次扣本班1分” (a class competition's); or the item itself,
#: named there (“出现1次,扣除该项3分”, “每处扣本项0.5分”: the row's own points, as a bare 扣 would take them)
_CLASS_NAMED = r"(?:本班级?|该班级?|(?:本|该|此)项(?:目)?)?"
#: "每发现1例扣0.5分": (count)(unit) … 扣 (points)分; a count of none (“每0项”) is no case counted
PER_INSTANCE = lazy_compile(r"([1-9]\d*)(" + _UNIT + r")(?![%\d])"
                          r"(?:[^;%]|(?<=\d)%(?=的?,?(?:扣|少得))){0,50}?(?:扣(?:除|减)?" + _CLASS_NAMED + r"|少得)(\d+(?:\.\d+)?)分")


def check(params: Params, item_max: Decimal) -> list[str]:
    return need(params, "per")


def score(params: Params, inputs: Inputs, item_max: Decimal) -> ItemResult:
    if inputs.get("count") in (None, ""):
        return ItemResult(None, msg(T("尚未填写不符合的例数")))
    unit = params.get("unit", "例")
    count = to_decimal(inputs["count"], refusal("不符合{unit}数", unit=unit))
    if count != count.to_integral_value():
        raise RuleInputError(refusal("不符合{unit}数必须是整数", unit=unit))
    per = dec(params, "per")
    raw = item_max - count * per
    if count == 0:
        return ItemResult(item_max, msg(T("未发现不符合情况，得满分 %1"), fmt(item_max)), item_max)
    return clamp(raw, item_max, msg(T("发现不符合 %1 %2，每%2扣 %3 分，得分 = %4 − %1 × %3 = %5"),
                                    fmt(count), msg(unit), fmt(per), fmt(item_max), fmt(raw)))


def looks(params: Params, item_max: Decimal) -> dict[str, Look]:
    unit = msg(params.get("unit", "例"))  # one of the unit choices, said in the window's language
    return {"count": Look(label=msg(T("不符合%1数"), unit), unit=unit,
                          hint=msg(T("每%1扣 %2 分（↑↓ 增减）"), unit, params.get("per")))}


# ── wordings ────────────────────────────────────────────────────────────────
_EACH = lazy_compile(r"^([^;]+?)各" + NUM + "分")
_LIST_MARKS = lazy_compile(r"[、,和及]")
#: (“查实1例,扣1分”, “经查出1起…扣2分”: a case found on inspection, as 发现)
#: (“存在1处隐患扣2分”: a case found there, as 有; never “不存在…”)
#: (“任何1个队伍人数不足的扣1分”, “任一”: any one of them is a case, each counted; so is one of the things listed before
#: it: “人员、经费、工作制度一项不达标扣2分”)
_COUNTED = lazy_compile(r"(?:每|发现|出现|发生|有|(?<![不未没])存在|违反|违规|少|缺|缺少|漏|漏报|错|错报|查实|查出|任何|任(?=1)|、[^\d;,、]{1,8}?(?=1(?:项|个|条))|"
                      # “检查1次未到位的扣1分”, “抽查1次不合格扣2分”: one inspection that finds the fault is a case
                      r"(?:^|(?<=[,;:]))(?:检查|抽查|督查|巡查)(?=1次)|"
                      # “…;注:以上一项不合格扣1分”: any one of the points listed above is a case, each counted
                      r"(?:^|(?<=[,;:]))(?:以上|上述)(?=1(?:项|个|条)))"
                      # (“每负偏离或不响应1项的扣8分”: two faults joined by 或, each a case of the one count)
                      r"(?:[^\d;,或]{1,6}?或)?[^\d;,]{0,6}?" + PER_INSTANCE.pattern)
_ONE_CASE_OPENS = lazy_compile(r"(?<=[,(;:])" + PER_INSTANCE.pattern.replace(r"(\d+)", "(1)", 1))
GOES_ON = lazy_compile(r"扣完|扣满|直至扣|为止|直至0分")
#: “每人次扣1分”, “每生扣0.1分”, “没人扣0.5分” (a slip for 每人: nobody cannot be deducted for)
#: (“每查实一起扣2分”: a case found on inspection, its one said 一 before 起, which normalising keeps as the word 一起)
#: (“每个点扣0.5分”: 个点 straight after 每, no number, is each place, never a percentage point)
#: (no other 每 before the 扣, nor a span of time's straight before: “每人每天扣0.5分”, “每月每人” count person-days,
#: person-months, not persons)
_BARE = lazy_compile(r"(?:(?<!每[天日周月季年])每|没(?=人扣))(?:发现|出现|查实|查出)?(?:一(?=起))?(" + _UNIT + r"|生|(?<=每)个(?=点))"
                   r"[^;%\d每]{0,30}?扣(?:除|减)?" + _CLASS_NAMED +
                   r"(\d+(?:\.\d+)?)分")
#: a count the row asks for (“每周不少于2次”), then, in a clause of its own, a fault of how the work is done costing each
#: time it is found (“管理不到位的,每次扣0.5分”): the count is the requirement, not a line the cases fall short of (never
#: a shortfall said in the fault, “未达到的,每次扣1分”, “少于2次的,每次扣1分”: those count the times missing)
_ASKED_THEN_FAULT = lazy_compile(r"(?P<asked>(?:至少|不少于)[^\d,;]{0,6}?\d+(?:\.\d+)?(?:" + _UNIT + r"))[^;]*?,(?P<fault>[^,;\d每]{2,24}?)的?,?"
                               r"每(?:" + _UNIT + r")扣(?:除|减)?\d+(?:\.\d+)?分")
_FAULT_OF_MANNER = lazy_compile(r"不(?:到位|合格|规范|认真|及时|符合要求|完整|准确)|敷衍|流于形式")
_SHORT_IN_FAULT = lazy_compile(r"少|缺|不足|不够|未达|达不到|低于|未完成|未开展|未按")

#: a unit said in another word: 每生 (each pupil) counts persons
_UNIT_WORDS = {"生": "人"}
#: 每生 (each pupil) before its deduction: a person (人), said so where a reading knows only 每人
EACH_PUPIL = lazy_compile(r"(?<=每)生(?=扣)")
#: “每1环节发现问题扣0.5分”, “每个项目出现差错扣0.2分”: each thing checked in which a fault is found
_FOUND_IN_EACH = lazy_compile(r"每(?:1个|1|个)?[\u4e00-\u9fff]{1,3}?(?:发现|出现|存在)(?:问题|错误|差错|违规)[^;%\d]{0,10}?扣(?:除|减)?"
                            r"(\d+(?:\.\d+)?)分")
#: a fault that is a state found once rather than an event found again (“未建立台账”, “无…”, “没有…”); not one naming many
#: things, each of which may be found wanting (“未建立健全各项管理制度”)
_A_STATE = lazy_compile(r"(?:未|无|没有|不)(?![^;,]*各)")
#: “未按时下达任务扣1分,扣完为止”: one deduction, said to go on until nothing is left: one per case found (or up to a
#: cap, “出现过期海报,扣1分(最多扣2分)”, which the item's 分值 must be; an aside may follow, “(询问…)”); the full marks'
#: situation may come after a heading or a requirement of its own (“道路排水情况;路面保持平顺、整洁,村内排水顺畅的计5分,…”)
_ONE_DEDUCTIONGOES_ON = lazy_compile(r"^(?:(?P<lead>(?:[^;,\d]{1,30}[;,]){1,2})?[^;,\d]{0,30}?(?P<verb>得|计|记)(?:满分|(?P<full>\d+(?:\.\d+)?)分)[,;])?"
                                    r"(?P<fault>[^;,\d每]{2,30}?)(?:(?<=[\u4e00-\u9fff])的?,)?扣(?P<per>\d+(?:\.\d+)?)分"
                                    r"(?:,(?:扣完为止|直至扣完|直至(?:本项|该项|此项)(?:目)?(?:分值|分)?扣完|扣完即止)"
                                    r"|[,(]最多扣(?P<cap>\d+(?:\.\d+)?)分\)?)[;,]?(?:\([^()]*\))?$")


def _parts_each(w: Wording) -> Proposed | None:
    """"A、B各1分，每发现1例扣0.5分": one deduction item per part."""
    t = w.text
    m = _EACH.search(t)
    if not m:
        return None
    parts = [p for p in _LIST_MARKS.split(m.group(1)) if p]
    if len(parts) < 2:
        return None
    pts = d(m.group(2))
    found = PER_INSTANCE.search(t[m.end():])
    if not found:
        return None
    per = d(found.group(3)) / d(found.group(1))
    items = [RULE.item(p, pts, {"per": s(per), "unit": found.group(2)}, key=chr(ord("a") + i))
             for i, p in enumerate(parts)]
    return Proposed(items, f"{len(parts)} 个逐例扣分项，各 {fmt(pts)} 分，每{found.group(2)}扣 {s(per)} 分")


#: a step down a ranking (“每下降1个名次”, “排名…每后退1位”, “第1名得满分,第5名以后每后退1名…”, “名次第1位得满分;每后移1位…”):
#: places, counted from the top, never cases found; a step back with no place said first (“每后退1位扣1分,扣完为止”)
#: is a place too, its first place unsaid (left to check)
_RANK_STEP = lazy_compile(r"每[^\d,;]{0,4}?\d+个?(?:名次|位次)|(?:排名|名次|排序|位次|第\d+(?:名|位))[^;]{0,12}?;?"
                        r"每(?:下降|后退|退后|落后|下滑|降低|后移|降)\d+个?(?:名|位)|每(?:后退|退后|后移)\d+个?(?:名|位)")


#: “第1名满分,相差1名扣0.2分,依次递减”, “排名第1的得满分,与第1名每相差1个名次扣0.5分”: full marks at the first place
#: and a step off for each place of difference from it (an aside in brackets may follow: who is not ranked)
_PLACES_BEHIND = lazy_compile(r"(?:^|[,;])(?P<what>[^,;]{0,20}?)(?:(?:排名)?第1名|排名第1(?:位)?)(?:的)?,?(?:得|计)?满分[,;]"
                            r"(?:与第1名)?每?相差1(?:个)?名(?:次)?(?:的)?,?(?:扣|减)(?P<per>" + NUM + r")分"
                            r"(?:[,;](?:依次递减|依此类推|以此类推|扣完为止|直至扣完|直至0分))?[;.]?(?:\([^()]*\)[;.]?)?$")


def _places_behind_first(w: Wording) -> Proposed | None:
    """“按照增量排名计分,第1名满分,相差1名扣0.2分,依次递减”: full marks at the first place, the step off for each place of
    difference from it, not below 0: a deduction per place behind the first. Any other figure said is another reading's."""
    m = _PLACES_BEHIND.search(w.text)
    if not m or not 0 < d(m.group("per")) < w.weight:
        return None
    if re.search(r"\d", w.text[:m.start()].replace("第1名", "")):
        return None  # a figure before the rank: a line or a band of it, not this reading
    per = s(d(m.group("per")))
    return Proposed([RULE.item(w.name or "名次", w.weight, {"per": per, "unit": "名"})],
                    f"逐例扣分：第1名得满分，较第1名每相差1名扣 {per} 分，扣完为止")


#: “累计5次以上每次按双倍扣分”, “超过3次的加倍扣分”, “第3次起双倍扣分”: each case from a count on costs twice as much
_DOUBLED_FROM = lazy_compile(r"(?:\d+(?:次|人次|起|例|处)及?以上|超过\d+(?:次|人次|起|例|处)|第\d+(?:次|人次|起|例|处)(?:起|开始|以后))"
                           r"[^;,\d]{0,6}?(?:双倍|加倍|翻倍)扣")


#: a count of its own after one case said (“1名工人每次”, “1个床每天”): what each deduction is for
#: a fault joined by 或 after a count of cases, with a count of its own (“每缺少1项或不符合要求2项的扣2分”)
_OTHER_COUNT_JOINED = lazy_compile(r"或[^\d;,]{0,12}?([1-9]\d*)(" + _UNIT + r")(?![%\d])")
_EACH_AFTER_ONE = lazy_compile(r"每(?:\d+(?:\.\d+)?)?[\u4e00-\u9fff]{1,3}?(?:扣|少得)")


#: “分别扣1分、0.5分”: amounts, one for each thing listed before, in turn
AMOUNTS_IN_TURN = lazy_compile(r"分别扣(?:除|减)?\d+(?:\.\d+)?分?(?:、\d+(?:\.\d+)?分?)+")


#: a count past which each case costs (“3人以上的,每人扣1分”, “超过2次的,每次扣1分”): the cases up to it cost nothing,
#: but whether each case counts from the first once past it or only those past it is unsaid (to check)
_PAST_COUNT = past_line("[次人个项处起例件名家]")


#: the cost said right after a count of cases (“…,2项以上不符合要求扣10分”)
_PAST_COSTS = lazy_compile(r"(?:的|者)?[^,;\d]{0,8}?扣(?:除|减)?(\d+(?:\.\d+)?)分")


def _per_instance(w: Wording) -> Proposed | None:
    """"每发现1例扣0.5分，扣完为止" (a count before the step past which the cases cost, to check)."""
    read = _per_instance_read(w)
    if read is None:
        return None
    step = re.search(r"每", w.text)
    past = next((x for x in _PAST_COUNT.finditer(w.text, 0, step.start() if step else len(w.text))
                 if d(x.group("n") or x.group("n2")) > 1), None)
    if past is None:
        return read
    n, unit = d(past.group("n") or past.group("n2")), past.group("unit") or past.group("unit2")
    cost = _PAST_COSTS.match(w.text, past.end()) if past.group("n2") else None
    if cost is not None and d(cost.group(1)) == n * d(read.items[0]["params"]["per"]) and d(cost.group(1)) >= w.weight:
        # “不按规定穿着1项扣5分,2项以上不符合要求扣10分” on 10: the cases past the count costing what that many cases cost,
        # the whole 分值, the step over them said again: read as the deduction per case
        return read.doubted(f"“{past.group(0)}{w.text[past.end():cost.end()]}”：即每{unit}扣 "
                            f"{s(d(read.items[0]['params']['per']))} 分计至{s(n)}{unit}，按逐例扣分读，请核对")
    return read.doubted(f"“{past.group(0)}”：{past.group('n') or past.group('n2')}{past.group('unit') or past.group('unit2')}"
                        f"以内是否不扣分、超过后是否只扣超出部分，请核对")


def _per_instance_read(w: Wording) -> Proposed | None:
    """"每发现1例扣0.5分，扣完为止"."""
    if _RANK_STEP.search(w.text):
        return None  # “排名第一得5分,每下降1个名次扣1分”: the place is entered, not a count of faults
    if SCORE_WRITTEN.search(w.text):
        return None  # “得分=10分×(1-差错率)此外:每发现1次漏报扣1分”: a formula the cases are taken off, not the 分值
    if lets_pass_each(w.text) or CASES_EXCEPTED.search(w.text):
        # “每班最多缺席3人,超过3人的,每人扣0.5分”, “3次以内不扣分,超过部分每次扣0.5分”: the cases past a count let pass
        # (formula._faults)
        return None
    if "倍" in w.text and _DOUBLED_FROM.search(w.text):
        return None  # “每次扣1分,累计5次以上每次按双倍扣分”: the cases past a count cost twice (formula._doubled_past_count)
    if "分别" in w.text and AMOUNTS_IN_TURN.search(w.text):
        return None  # “迟到、早退的,每次分别扣1分、0.5分”: each listed fault its own amount (formula._faults_in_turn)
    # the count is the one the 每 (发现、出现) speaks of: “至少3次…每少1次扣1分” counts by 1, not by 3
    m = _nearest(_COUNTED, w.text)
    asked = _asked_then_fault(w.text) if m else None
    if asked:  # each time the work is found poorly done costs, the count asked not read (to check)
        m = None
    if not m and GOES_ON.search(w.text):
        # “缺1个科室,扣1分,直至扣完”: a deduction for one case that goes on until nothing is left is per case
        # (never one thing with each of another count after it: “…的1名工人每次扣1分”, “…的1个床每天扣1分” count times, days;
        # nor an ordinal, “第1名得满分,其余每低1个百分点扣0.5分”: the first place, no case counted)
        m = next((x for x in PER_INSTANCE.finditer(w.text) if x.group(1) == "1" and not w.text.endswith("第", 0, x.start())
                  and not _EACH_AFTER_ONE.search(x.group(0), len(x.group(1) + x.group(2)))), None)
    if not m:
        # “(符合得1.5分,1个子项不符扣0.5分)”: one case opening its clause, costing less than the 分值
        # (or the whole 分值, where no situation earns points beside it: “发生…事故的,一次扣18分” on 18, each time
        # taking all; after “符合得1分,” one case costing the 1 is the other situation, a choice's)
        earns = re.search(r"[得计记](?:\d|满分)", w.text) is not None
        m = next((x for x in _ONE_CASE_OPENS.finditer(w.text)
                  if d(x.group(3)) < w.weight or (d(x.group(3)) == w.weight and not earns)), None)
    if not m:  # “每项工作未按时完成扣1分”: one case at a time, its number left out
        bare = _BARE.search(w.text)
        found_in = _FOUND_IN_EACH.search(w.text)
        if not bare and found_in:
            found_per = s(d(found_in.group(1)))
            return Proposed([RULE.item(w.name, w.weight, {"per": found_per, "unit": "个"})],
                            f"逐例扣分：每个发现问题扣 {found_per} 分，扣完为止")
        summed = _per_sum(w) if not bare else None
        if summed is not None:  # “违规资金每万元扣0.5分,扣完为止”: a block of money, never one case
            return summed
        if not bare:
            goes_on = _ONE_DEDUCTIONGOES_ON.match(w.text)
            if goes_on and d(goes_on.group("per")) < w.weight and all(
                    goes_on.group(g) is None or d(goes_on.group(g)) == w.weight for g in ("full", "cap")):
                each = s(d(goes_on.group("per")))
                # after a situation of full marks (“数据真实准确得3分,存在错误扣0.5分,扣完为止”) the fault may be one
                # situation as well as a case counted: to check; a heading with its points (“制度与措施计3分,”) is not one
                # so may a fault that is a state, not an event (“未建立台账扣2分,扣完为止”): beside another fault it is
                # read as once (formula._faults, as tables are labelled), so alone the case counted is to check
                lead = (f"“{goes_on.group(0).strip(';,')}”：按例数逐次扣分还是只此一种情形未说明",) \
                    if goes_on.group("verb") == "得" or goes_on.group("lead") or "满分" in w.text[:goes_on.start("per")] \
                    or _A_STATE.match(goes_on.group("fault")) else None
                return _each(w, "例", each, lead)
            return _one_fault(w) or _single_case(w) or _other_unit(w) or _per_sum(w) or _found_points_unsaid(w)
        unit, each = _UNIT_WORDS.get(bare.group(1), bare.group(1)), s(d(bare.group(2)))
        slip = (f"“{bare.group(0)}”：“没人”读作“每人”",) if bare.group(0).startswith("没") else None
        # (“发现隐患每处扣2分,每项扣2分”: a second case counted in another unit, its fault unnamed, is not the first's)
        slip = slip or _counted_apart(w.text)
        if asked is not None:
            slip = (f"“{asked.group('asked')}”：按要求读，未计入规则；每{unit}{asked.group('fault')}扣 {each} 分，"
                    f"未达到要求的次数是否也扣分未说明",)
        return _each(w, unit, each, slip)
    if _target_count(w.text, m):
        return None
    per = d(m.group(3)) / d(m.group(1))
    if m.group(0).startswith("有") and per >= w.weight:  # “有1项未落实,扣3分” on 3 points: it cannot happen twice
        return None
    apart = _counted_apart(w.text)
    other = _OTHER_COUNT_JOINED.search(m.group(0), m.end(2) - m.start(), m.start(3) - m.start())
    if apart is None and other is not None and other.group(1) != m.group(1):
        # “每缺少1项或不符合要求2项的扣2分”: the fault joined by 或 counted by another number of cases: what each costs
        # is not one figure
        apart = (f"“{m.group(0)[:m.start(3) - m.start()]}”：两种问题的计数不同（{m.group(1)}{m.group(2)}、"
                 f"{other.group(1)}{other.group(2)}），每例扣分请核对",)
    return _each(w, m.group(2), s(per), apart)


#: where a part counted per case stops: “累计扣分不超过1.2分”, “扣满8分为止”, “扣完2分为止”, “最多扣2分”
_PART_CAP = lazy_compile(r",?(?:累计扣分不超过|累计扣分最多|扣分不超过|累计最多扣|最多扣|最高扣|扣满|扣完)(?P<cap>" + NUM[1:-1] + r")分(?:为止)?$")
#: a count short of a line, each one short costing the same: “专职工作人员不足4人,少1人扣0.25分” (at most the line's count
#: short, so its cost is capped at the line times what each costs)
_SHORT_OF_LINE = lazy_compile(r"^(?P<what>[^;,\d]{2,30}?)(?:不足|少于)(?P<n>\d+)(?P<u>人|名|个|次|项|家|篇|件|处|条),?每?少(?:1|一)(?P=u)"
                            r"扣(?:除|减)?(?P<per>" + NUM[1:-1] + r")分$")
#: a fault taken once: “未建立学法制度的,扣0.3分”
_ONCE = lazy_compile(r"^(?P<fault>[^;]+?)的?,?扣(?:除|减)?(?P<pts>" + NUM[1:-1] + r")分$")


def _once_and_capped(w: Wording) -> Proposed | None:
    """Faults each taken once, beside faults counted per case up to a stated cap (“未建立学法制度的,扣0.3分;每少1次扣
    0.3分,累计扣分不超过1.2分” on 1.5 points) or a count short of a line (“专职工作人员不足4人,少1人扣0.25分”, at most 4
    short): one part for each, when the faults taken once and the caps add up to the 分值; a fault taken once is met or
    not (its points), a counted one is a deduction per case on its cap."""
    clauses = [ORDINAL_AT.sub("", x) for x in w.text.rstrip(";.").split(";")]
    if len(clauses) < 2:
        return None
    items: list[dict] = []
    capped, lines = [], []
    for clause in clauses:
        cap = _PART_CAP.search(clause)
        if cap:
            counted = _per_instance(Wording(clause[:cap.start()], d(cap.group("cap")), "", "", ""))
            if counted is None or len(counted.items) != 1:
                return None
            it = counted.items[0]
            if d(it["params"]["per"]) >= d(cap.group("cap")):
                return None
            items.append(RULE.item(clause[:cap.start()].strip(","), d(cap.group("cap")), it["params"]))
            capped.append(cap.group(0).strip(","))
            continue
        short = _SHORT_OF_LINE.match(clause)
        if short:
            per = d(short.group("per"))
            n, unit = int(short.group("n")), short.group("u")
            items.append(RULE.item(f"{short.group('what')}比{n}{unit}少的{unit}数", per * n, {"per": s(per), "unit": unit}))
            lines.append(f"“{clause.strip(',')}”：至多少{n}{unit}，读作该部分的分值 {fmt(per * n)} 分")
            continue
        once = _ONCE.match(clause)
        if once is None or re.search(r"\d|每|为止", once.group("fault")):
            return None
        fault = once.group("fault").strip(",").removesuffix("的")
        items.append(all_or_nothing.RULE.item(fault, d(once.group("pts")), {"condition": f"无此问题：{fault}"}))
    by_case = len(capped) + len(lines)
    if not by_case or by_case == len(items) or sum((d(it["max"]) for it in items), Decimal(0)) != w.weight:
        return None
    for i, it in enumerate(items):
        it["key"] = chr(ord("a") + i)
    doubts = [f"“{'”、“'.join(capped)}”：读作按例扣分部分的分值，与只扣一次的扣分相加为该项分值"] if capped else []
    return Proposed(items, f"{len(items)} 个评分项：只扣一次的问题各为全有或全无，按例扣分的问题扣到所注上限为止",
                    (*doubts, *lines))


#: “本项得分为:10分-违反规定次数*2分”, “得分=5-差错个数×0.5”: the 分值 less a count times what each costs
_FULL_LESS_COUNT = lazy_compile(r"得分(?:为|=)[:=]?(?P<full>\d+(?:\.\d+)?)分?-(?P<what>[^*;=+\-]{1,30}?)(?P<unit>次|个|人|例|项|处|起|件|条)数"
                              r"\*(?P<per>\d+(?:\.\d+)?)分?$")


def _full_less_count(w: Wording) -> Proposed | None:
    """“本项得分为:10分-考评期间违反规定次数*2分”: the 分值 less the count of cases times what each costs, a deduction per
    case; that the score stops at 0 is read, not said (to check, as a deduction that does not say where it stops)."""
    m = _FULL_LESS_COUNT.search(w.text.rstrip(";."))
    if m is None or d(m.group("full")) != w.weight or not 0 < d(m.group("per")) < w.weight:
        return None
    unit, each = m.group("unit"), s(d(m.group("per")))
    return _each(w, unit, each)  # where it stops is not said: the check of every deduction says so


def _each(w: Wording, unit: str, per: str, doubts: tuple[str, ...] | None = None) -> Proposed:
    """The 逐例扣分 item of ``w``: ``per`` points off for each ``unit`` found, down to 0."""
    return Proposed([RULE.item(w.name, w.weight, {"per": per, "unit": unit})], f"逐例扣分：每{unit}扣 {per} 分，扣完为止",
                    doubts)


#: “停产天数每增加1天扣0.5分”, “投诉每增加1起,扣1分”: a count named, from none, each one more costing the same (no line
#: stated, a step of one): a deduction per day, per case
_RISING_COUNT = lazy_compile(r"^(?P<what>[^;,\d]{2,20}?)每(?:增加|增|多|上升|新增)(?:1|一)(?P<unit>天|日|" + _UNIT + r")"
                           r"(?![^;,]*?[/%])[^;,\d]{0,6}?,?扣(?:除|减)?(?P<per>\d+(?:\.\d+)?)分")


def _rising_count(w: Wording) -> Proposed | None:
    """“停产天数每增加1天扣0.5分”: each one more of the count named costs the same, less than the 分值: a deduction per
    case (天 for 日), the count entered from none, to check."""
    m = _RISING_COUNT.match(w.text)
    if not m or d(m.group("per")) >= w.weight:
        return None
    unit = "天" if m.group("unit") == "日" else m.group("unit")
    return _each(w, unit, s(d(m.group("per"))), (f"“{m.group(0)}”：{m.group('what')}按从 0 起的{unit}数录入，每{unit}扣分",))


def _counted_apart(t: str) -> tuple[str] | None:
    """The doubt when the text counts its faults in two units or more (“每份”, “1例”; 个 left out, it counts anything):
    two faults counted apart (“文书不合格每份扣5分;败诉案件1例扣5分”), never one count of cases; None for one unit."""
    units = [m.group(2) for m in _COUNTED.finditer(t)] + [m.group(1) for m in _BARE.finditer(t)]
    units = [u for u in dict.fromkeys(units) if u != "个"]
    return (f"“{'、'.join(units)}”：不同的问题分别计数，一个例数不能代表它们",) if len(units) > 1 else None


def _asked_then_fault(t: str) -> re.Match[str] | None:
    """“每周不少于2次,管理不到位的,每次扣0.5分”: a count asked, then a fault of manner costing each time (never a
    shortfall said in the fault, which counts the times missing)."""
    asked = _ASKED_THEN_FAULT.search(t)
    fault = asked.group("fault") if asked else ""
    return asked if _FAULT_OF_MANNER.search(fault) and not _SHORT_IN_FAULT.search(fault) else None


def _nearest(pattern: re.Pattern[str], t: str) -> re.Match[str] | None:
    """The match of ``pattern`` whose count is nearest its 扣: “有2次围绕主题开展…少1次扣1分” counts by the 1 of 少1次,
    not by the 2 of 有2次 (both end at the same 扣)."""
    m = pattern.search(t)
    while m:
        inner = pattern.search(t, m.start() + 1)
        if not inner or inner.end() != m.end():
            return m
        m = inner
    return None


#: measure words of things counted that the unit choices do not name: “每少1层管理”, “每辆”, “每1所学校”, “发现1级政府”,
#: “每一小点”, “少1支团队”, “每少1种登记本”, “每宗次”, “每平方米”, “每天”, “扣10分/辆次”, “每少1课时”, “每少1节次”, “每幅图像” (a 每 or a count
#: of one before them, never a bare word: “发现所有问题” counts nothing)
#: (of them, the things a fault may be counted in, each one of its own: “每只”, “每块”, “每套”, “每具”, “每部”, “每缺1页”, “每样”;
#: “每发现一单…” a policy or an order, never 单位, 单项, 单据 …; “一床不按要求”, a bed of a dormitory; “一副图像”, a page's 副
#: for 幅, only before a picture or its cost, never 副职、副主任; “每线错扣0.5分”, a line of a drawing, never 线路、线上 …)
THING_UNITS = ("辆次|台次|车次|批次|架次|课时|学时|节次|门课程|门课|门(?![口店诊户窗卫类市面前外内槛])|专业年级|专业(?![技人知水能化性队])|节(?![约能日点假省奏])|辆|台|套|座|栋|幢|间|块|只|具|顶|部|头|棵|株|本|册|盏|基|层|所|位|村|校|队|场|轮|批|页"
               "|样(?![本品板])|单(?![位项据元价独个次人])|床|幅|副(?=[图画照扣])|线(?![路上下内外性索条程])")
#: whose points are taken, said between 扣 and the figure: “少1节扣相关人员考核分1分” (a person's assessment score)
_WHOSE_POINTS = r"(?:(?:相关人员|责任人|当事人|本人|个人|教师)?(?:的)?(?:考核|考评|绩效|量化)(?:总)?分)?"
#: the measure words of pictures, whose one a text may say in words (“一幅图像不清晰扣1分”, “缺规定图像一张扣2分”; “一副”, a
#: page's 副 for 幅)
_PICTURES = r"幅|副(?=[图画照扣])|张(?=[图照扣])"
#: “不及时的1次扣2分”, “规定时间内不上交1次扣0.5分”, “不符合要求1人扣1分”: a fault (不、未、没) then one case of it (a
#: person one) and its deduction, 每 left out
#: (“值班脱岗1次扣1分”: a fault said without 不 is one too, when its words hold no score of their own; “录入超期限办案一起扣
#: 0.5分”: one case, its one said 一 before 起, which normalising keeps as the word 一起; “工作面平盘宽度小于设计1处扣2分”: a 计
#: of a word, 设计、统计、会计、审计, is no scoring verb)
_ONE_FAULT = lazy_compile(r"(?:^|[,;:()])(?P<fault>[^,;:()\d]*?(?:不|未|没)[^,;:()\d]*?|(?:[^,;:()\d得计记加减扣满分每]|(?<=[设统会审])计){2,20}?|少|缺)的?"
                        r"(?P<n>1|一(?=起|" + _PICTURES + r"))(?P<unit>人次|次|项|处|例|份|件|条|篇|起|天|节|人|名|" + _PICTURES + r")"
                        r",?扣(?:除|减)?" + _WHOSE_POINTS + r"(?P<per>\d+(?:\.\d+)?)分(?:,?" + STOP_AFTER_EACH + r")?;?$")
#: “1个部门不落实扣2分”, “1项指标未完成的扣1分”: one case named first, then its fault (不、未、没) and its deduction
#: (or in a measure word of a thing, “1种设备达不到扣0.5分”, “1台车辆不合格扣1分”; or of an item for a person, “1项1人次未安排
#:扣1分”: each item missed for each person, counted in 人次)
_ONE_FIRST = lazy_compile(r"(?:^|[,;:()])(?:[\u4e00-\u9fff]{1,6}?中)?(?:1(?:项|类|种)(?=1人次))?(?P<n>1|一(?=" + _PICTURES + r"))(?P<unit>个|次|项|处|例|份|件|条|篇|家|人次|人|名|种|点(?=不符合|不合格|不达标)|" + THING_UNITS + r"|" + _PICTURES + r")(?!及?以上)(?P<what>[\u4e00-\u9fff]{0,6}?)"
                        r"(?P<fault>(?:不|未|没)[^,;:()\d得计记加减扣满分每]{1,16}?)的?,?"
                        r"扣(?:除|减)?(?P<per>\d+(?:\.\d+)?)分(?:,?" + STOP_AFTER_EACH + r")?;?$")


#: “一幅图像有斑点扣1分”, “1张照片工作频率与脏器不符扣1分”: one picture found at a fault, whatever its words (a figure of
#: the picture, “未达到1/2”, among them), and the deduction: per picture
_ONE_PICTURE = lazy_compile(r"(?:^|[,;:()])(?P<n>1|一)(?P<unit>" + _PICTURES + r")(?P<what>图像|图片|照片|图纸|图)"
                          r"(?P<fault>[^,;:()得计记加减扣满分每]{1,20}?)的?,?扣(?:除|减)?(?P<per>\d+(?:\.\d+)?)分"
                          r"(?:,?" + STOP_AFTER_EACH + r")?;?$")
#: “课堂上有一教师或者学生用方言扣0.5分”: one person found at a fault, named by who they are with no measure word (normalising
#: keeps the 一 then), and the deduction: per person each time (人次)
_ONE_PERSON = lazy_compile(r"(?:有|发现)(?:1|一)(?:个)?(?P<who>教师|老师|学生|幼儿|职工|员工|干部|人员)"
                         r"(?P<fault>[^,;:()\d得计记加减满分每]{0,16}?)的?,?扣(?:除|减)?(?P<per>\d+(?:\.\d+)?)分(?:,?(?:" + STOP_PLAIN + r"))?;?$")


#: “每会计凭证填写不规范一张,扣0.5分”, “每个报表数据与台账不符1个,扣1分”: 每, a fault (a word of one: 不、未、错、漏…) and
#: one case of it in a measure word, then its deduction: the 每 counts the cases, the words between it and the count
#: the fault (never a period, “每月…”, nor a count the fault sets a line by, “每人培训不少于1次”; a 计 or 记 of a word, 会计,
#: 登记, and a grade, “2级科目”, may be among its words)
_EACH_FAULT_ONE = lazy_compile(r"(?:^|[,;:()])每(?![天日周月季年旬半期])(?:个)?(?P<fault>(?:[^,;:()\d得计记加减扣满分每]|(?<=[设统会审])计|(?<=[登书标笔日印])记|\d级){2,20}?)的?"
                             r"(?P<n>1|一)(?P<unit>" + _UNIT + r"),?扣(?:除|减)?(?P<per>\d+(?:\.\d+)?)分"
                             r"(?:,?" + STOP_AFTER_EACH + r")?;?$")
#: the words of a fault, one of which the words after 每 hold; and of a line set on a count, none of which they hold
_FAULT_WORD = lazy_compile(r"不|未|没|无|错|漏|缺|违|误|差异")
_A_LINE_SET = lazy_compile(r"少于|不足|至少|低于|高于|多于|以上|以下|以内|超过|达到|满")
#: “一次扣1分”, “1处扣0.5分”: the whole text one case and its deduction, the fault itself named only by the indicator
#: (or one kind of fault, “一种扣2分,扣完为止”: a sheet's kinds of dirt or disorder, each kind found)
_BARE_ONE = lazy_compile(r"^(?:1|一)(?P<unit>次|项|处|例|起|件|人次|种),?扣(?:除|减)?(?P<per>\d+(?:\.\d+)?)分"
                       r"(?:,(?:" + STOP_PLAIN + r"))?[;。]?$")


def _each_fault_one(t: str) -> re.Match[str] | None:
    """“每财务手续不齐全一笔,扣0.5分”: 每 and a fault, one case of it and its cost (``_EACH_FAULT_ONE``)."""
    m = _EACH_FAULT_ONE.search(t) if "每" in t else None
    if m is None or not _FAULT_WORD.search(m.group("fault")) or _A_LINE_SET.search(m.group("fault")):
        return None
    return m


#: “每月报表报送不及时的扣0.5分”, “每季度未开展自查,扣1分”: a fault said of each period (a month, a quarter) and what it
#: costs, the whole text: each period the fault is found in costs it (the periods counted; never a line set on a count,
#: “每月检查少于2次的扣1分”, nor a period's points earned, “每月…得1分”)
_EACH_PERIOD_FAULT = lazy_compile(r"^每(?P<period>半年|季度|季|月|周|旬|学期)(?:均|都)?(?P<fault>[^,;:()\d扣每]{2,24}?)的?,?"
                                r"扣(?:除|减)?(?P<per>\d+(?:\.\d+)?)分(?:,?(?:" + STOP_PLAIN + r"))?[;.]?$")
#: the words of a fault said of each period: a thing not done, late or short; and words scoring, which no fault holds
#: (“分析不全面” holds 分, “会计资料” 计, “记录不全” 记: words of their own)
_PERIOD_FAULT_WORD = lazy_compile(r"不|未|没|无|迟|漏|缺|错|误|延")
_SCORE_IN_FAULT = lazy_compile(r"得(?!到)|(?<![设统会审合])计(?!划)|记分|[加减]分|满分")


def _each_period_fault(w: Wording) -> Proposed | None:
    """“每月报表报送不及时的扣0.5分” on 5 points: a fault said of each period costs its points each period it is found
    in, down to 0 (the periods counted as 次). Whether a period is the case counted or the text means the fault once is
    unsaid: to check."""
    m = _EACH_PERIOD_FAULT.match(ORDINAL_AT.sub("", w.text)) if w.text.startswith("每") or ORDINAL_AT.match(w.text) else None
    if m is None or not 0 < d(m.group("per")) < w.weight:
        return None
    fault = m.group("fault")
    if not _PERIOD_FAULT_WORD.search(fault) or _A_LINE_SET.search(fault) or _SCORE_IN_FAULT.search(fault):
        return None
    each = s(d(m.group("per")))
    return _each(w, "次", each, (f"“{m.group(0).strip(';.')}”：按出现该问题的{m.group('period')}数逐次扣分读（每{m.group('period')}"
                                 f"计 1 次），请核对",))


def _one_fault(w: Wording) -> Proposed | None:
    """“及时完成…工作,不及时的1次扣2分”, “1个部门不落实扣2分” (“过程中1个环节不正确扣10分”: where it happens said first): a
    deduction for one case of a fault, less than the 分值, is per case; so is one case alone, “一次扣1分”, the fault being
    the indicator's. That each further case costs as much is read, not said: to check."""
    bare = _BARE_ONE.match(w.text) if len(w.text) <= 16 else None
    if bare and d(bare.group("per")) < w.weight:
        unit, each = bare.group("unit"), s(d(bare.group("per")))
        unsaid = f"“{w.text.rstrip(';。')}”：扣分事由未写（见指标名称），读作每{unit}扣 {each} 分"
        if unit not in UNITS:  # (“一种扣2分”: each kind found, entered as 个)
            return _each_other_unit(w, unit, each, w.text.rstrip(";。")).doubted(unsaid)
        return _each(w, unit, each, (unsaid,))
    m = (_ONE_FAULT.search(w.text) or _ONE_FIRST.search(w.text) or _ONE_PICTURE.search(w.text) or _each_fault_one(w.text)) \
        if "1" in w.text or "一" in w.text else None
    if not m:
        person = _ONE_PERSON.search(w.text) if "有" in w.text or "发现" in w.text else None
        if person and d(person.group("per")) < w.weight:
            each = s(d(person.group("per")))
            return _each(w, "人次", each, (f"“{person.group(0).strip(',;:()')}”：读作每发现1人次扣 {each} 分",))
        return None
    if d(m.group("per")) >= w.weight:
        return None
    unit, each = m.group("unit"), s(d(m.group("per")))
    if unit == "天":  # “无故缺勤1天扣5分”: a day of a fault counted; a day late (“逾期1天”) is the 延迟扣分's
        if re.search(DELAY_VERBS, m.group("fault")):
            return None
        return _each_other_unit(w, unit, each, m.group(0).strip(",;:()"))
    if unit not in UNITS:  # “1种设备达不到扣0.5分”: a measure word the unit choices do not name, entered as 个
        return _each_other_unit(w, unit, each, m.group(0).strip(",;:()"))
    return _each(w, unit, each, (f"“{m.group(0).strip(',;:()')}”：读作每{unit}扣 {each} 分",))


#: “…无纸屑;发现1处2分”: a case found closing the text with its points, no 扣 said (nor 得、加: the points of a case found
#: after the requirements are what it costs)
_FOUND_POINTS = lazy_compile(r"(?:^|[,;:])(?:每)?发现(?:1|一)(?P<unit>" + _UNIT + r")(?P<per>\d+(?:\.\d+)?)分;?$")


#: a fault (不、未、没、无) closing with one case of it and its points, no 扣 said anywhere: “从业医务人员无上岗资格,1例2分”
_FAULT_CASE_POINTS = lazy_compile(r"^[^,;:\d]*?(?:不|未|没|无)[^,;:\d]*?,?(?:1|一)(?P<unit>例|次|处|项|件|起|人)(?P<per>\d+(?:\.\d+)?)分;?$")


def _found_points_unsaid(w: Wording) -> Proposed | None:
    """“无积尘、无杂草…;发现1处2分”: the points of one case found, less than the 分值, read as taken off per case: to check
    (the text does not say 扣)."""
    m = _FOUND_POINTS.search(w.text) if "发现" in w.text else None
    if m is None and "扣" not in w.text:  # “从业医务人员无上岗资格,1例2分”: a fault said, then one case of it and its points
        m = _FAULT_CASE_POINTS.search(w.text)
    if not m or not 0 < d(m.group("per")) < w.weight:
        return None
    unit, each = m.group("unit"), s(d(m.group("per")))
    return _each(w, unit, each, (f"“{m.group(0).strip(',;:')}”：原文未写“扣”，读作每{unit}扣 {each} 分",))


#: “单起受害面积30亩以上的扣10分,扣完为止”: each single case (单起、单次) that meets the condition costs the deduction
_SINGLE_CASE = lazy_compile(r"单(?P<unit>起|次|例|项|处|件|户|人)(?P<what>[^;,]{0,30}?)的?,?扣(?:除|减)?(?P<per>\d+(?:\.\d+)?)分,"
                          r"(?:扣完为止|直至扣完|扣完即止)")


def _single_case(w: Wording) -> Proposed | None:
    """“单起…的扣10分,扣完为止”: counted per case meeting the condition; the condition is the team's to apply."""
    m = _SINGLE_CASE.search(w.text) if "单" in w.text else None
    if not m or d(m.group("per")) >= w.weight:
        return None
    unit, each = m.group("unit"), s(d(m.group("per")))
    return _each(w, unit, each, (f"“单{unit}{m.group('what')}”：只计满足此条件的{unit}数",))


#: “同一投诉问题累计3次以上未及时处理的扣1分”: each one thing (同一…) in which the fault recurs past a count costs the
#: deduction; the count is of those things, never of the times
_SAME_ONE_PAST = lazy_compile(r"^同一(?P<what>[\u4e00-\u9fff]{1,12}?)(?:累计|重复|连续|多次)?(?P<n>\d+)(?P<unit>次|起|回)(?:及?以上)"
                           r"(?P<fault>[^;,\d]{0,24}?)的?,?扣(?:除|减)?(?P<per>\d+(?:\.\d+)?)分(?:,?(?:" + STOP_PLAIN + r"))?;?$")


def _each_thing_held(w: Wording) -> Proposed | None:
    """“红酒杯距味碟1cm(每个1分)”, “每个0.5分 骨盘间距相等”, “与花瓶三点一线(每组1分)”: each of the things laid or made held
    to a state, its points said per thing with no verb (``wording.held_each``), the points less than the 分值:
    the points lost for each thing not so, down to 0. That they are lost, not earned per thing in the state, is read
    (the things may be more than the 分值 pays for): to check."""
    found = held_each(w.text, w.weight)
    if found is None or not found.per_thing or not 0 < found.per < w.weight:
        return None
    req, unit, per = found.requirement, found.unit, s(found.per)
    doubts = [f"“{req}”（每{unit}{per}分）：读作每{unit}不符合要求扣 {per} 分、扣完为止（未写“扣”或“得”），请核对"]
    bare = re.match(r"^\(每" + unit + r"(?P<n>\d+(?:\.\d+)?)\)", w.text)
    if bare:  # “(每组0.1)双手拉椅…”: the 分数 cell's share with its 分 left out
        doubts.insert(0, f"“{bare.group(0)}”：未写“分”，读作每{unit} {per} 分")
    measures = [m.group(0) for m in PLACEMENT_FIGURE.finditer(req) if m.group("measure")]
    if measures:
        doubts.append(f"“{'、'.join(measures)}”（{req}）：条件中的数值由评价组判断是否达到")
    item = RULE.item(w.name, w.weight, {"per": per, "unit": unit})
    if bare:
        item["label"] = req[:30]  # (the state each thing is to be in names what is scored)
    return Proposed([item], f"逐例扣分：每{unit}不符合“{req}”扣 {per} 分，扣完为止", tuple(doubts))


def _same_one_past(w: Wording) -> Proposed | None:
    """“同一投诉问题累计3次以上未及时处理回复的扣1分”: a deduction for each thing (each 投诉问题) whose fault recurs past the
    count, less than the 分值, entered as 个. That the things are counted (not the times) is read: to check."""
    m = _SAME_ONE_PAST.match(w.text) if w.text.startswith("同一") else None
    if not m or not 0 < d(m.group("per")) < w.weight:
        return None
    what, each = m.group("what"), s(d(m.group("per")))
    past = f"{m.group('n')}{m.group('unit')}以上"
    return Proposed([RULE.item(w.name, w.weight, {"per": each, "unit": "个"})], f"逐例扣分：每个{what}扣 {each} 分，扣完为止",
                    (f"“{m.group(0).rstrip(';')}”：按{past}的{what}个数录入（不按次数），请核对",))


#: (“每类扣1分”: each kind of fault found; “每发现挪用1斤扣0.5分”: each unit of weight of a thing misused)
_OTHER_UNITS = "支|级|小点|点|阶段|" + THING_UNITS + "|宗次|宗|组|种|类|平方米|米|公里|亩|公斤|千克|斤|吨|天|日"
_OTHER_UNIT_WORDS = frozenset(_OTHER_UNITS.split("|"))
#: (one thing opening a clause after the fault, its 扣 straight after it: “未按规定摆放,一单扣1分”, each order so found)
#: (a shortfall may name what is short between 每 and the count: “每少上1天班”, “每少签到1天”, “每漏填1本”; a delay, “每迟报1天”,
#: is the 延迟扣分's)
_OTHER_CASE = lazy_compile(r"(?:每(?:(?:少|缺|漏|错|无)[\u4e00-\u9fff]{0,2}?|发现(?:[\u4e00-\u9fff]{1,6}?(?=1))?|出现|有|"
                         # “每更改1门扣0.1分”: each thing changed from the plan a case
                         r"更改|变更|调整|改动)?(?:1|一)?|(?:发现|出现|少|缺)(?:1|一)|"
                         # “抽查1门不合格扣0.5分”: each thing an inspection finds at fault a case
                         r"(?:^|(?<=[,;:]))(?:抽查|检查|督查|巡查)1(?=(?:" + THING_UNITS + r")(?:不合格|不符合|不达标|有误))|"
                         r"(?<=[,;:])1(?=(?:" + THING_UNITS + r")扣))"
                         r"(?P<unit>" + _OTHER_UNITS + r")"
                         r"(?P<what>[^;,\d%()]{0,30}?),?(?:扣(?:除|减)?|减)(?P<per>\d+(?:\.\d+)?)分")


#: “每天”, “每日”: a day counted only when the fault follows at once (“每天扣1分”, “每日未打扫扣0.5分”)
_DAYS = frozenset("天日")
_DAILY_FAULT = lazy_compile(r"$|的?(?:未|不|没|少|缺|漏|无)")


def _other_unit(w: Wording) -> Proposed | None:
    """“发现车辆乱停乱放每辆减2分”, “每1所学校不合格,扣1分”: a deduction for each case counted in a measure word of its own
    (“辆”, “所”, “层”), less than the 分值. The count is entered as 个 (the unit choices do not name the word): to check."""
    if "扣" not in w.text and "减" not in w.text:
        return None
    m = _OTHER_CASE.search(w.text)
    if not m or not 0 < d(m.group("per")) < w.weight:
        return None
    if m.group("unit") == "类" and not m.group(0).startswith("每类"):
        return None  # “缺少1类档案,扣5分”: a kind short of a list the text does not give, not each kind of fault found
    if m.group(0)[1:2] in _DAYS and not _DAILY_FAULT.match(m.group("what")):
        return None  # “每天巡查河道,发现问题扣1分”: 每天 says how often a thing is done, not a day counted
    return _each_other_unit(w, m.group("unit"), s(d(m.group("per"))), m.group(0))


#: “违规入库税款每10万元扣0.1分”, “每超支1万元扣0.5分”: a deduction for each sum of money (a block of N 元、万元)
_PER_SUM = lazy_compile(r"每(?P<verb>[\u4e00-\u9fff]{0,4}?)(?P<n>\d+(?:\.\d+)?)?(?P<unit>亿元|万元|千元|元)(?P<what>[^;,\d%()]{0,20}?),?"
                      r"(?:扣(?:除|减)?|减)(?P<per>\d+(?:\.\d+)?)分")


_SUM_BOUND = lazy_compile(r"以上|以下|以内|超过|不足|及")
_CN_DIGITS = frozenset("一二两三四五六七八九十百千")


def _per_sum(w: Wording) -> Proposed | None:
    """“违规从公用码入库税款每10万元扣0.1分,扣完为止”: a deduction for each block of a sum of money, less than the 分值:
    the count is the number of blocks (10万元 each), entered as 个. To check: whether a part of a block is deducted
    is not said."""
    m = _PER_SUM.search(w.text) if "元" in w.text else None
    if not m or not 0 < d(m.group("per")) < w.weight or (m.group("n") and d(m.group("n")) <= 0):
        return None
    if _SUM_BOUND.search(m.group("what")):
        return None  # “每笔1万元以上的扣2分”: each case above a sum, not each block of it
    verb = m.group("verb")
    if verb[-1:] in _CN_DIGITS and (verb[-1] != "一" or verb[-2:-1] in _CN_DIGITS):
        return None  # “每超支十万元”: a block said in Chinese numerals the text's figures do not hold (“一万元” is one)
    block = f"{s(d(m.group('n')))}{m.group('unit')}" if m.group("n") else m.group("unit")
    each = s(d(m.group("per")))
    return Proposed([RULE.item(w.name, w.weight, {"per": each, "unit": "个"})], f"逐例扣分：每{block}扣 {each} 分，扣完为止",
                    (f"“{m.group(0)}”：按{block}的个数录入（不足{block}的部分是否扣分未说明）",))


def _each_other_unit(w: Wording, unit: str, each: str, said: str) -> Proposed:
    """A deduction of ``each`` per case counted in a measure word the unit choices do not name (“辆”, “所”): entered as 个."""
    return Proposed([RULE.item(w.name, w.weight, {"per": each, "unit": "个"})], f"逐例扣分：每{unit}扣 {each} 分，扣完为止",
                    (f"“{said}”：每{unit}扣 {each} 分，{unit}数按个录入",))


#: “班子不团结、不协调、战斗力不强各扣1分”: faults listed, each costing the same (after a sentence of the full marks:
#: “班子团结计4分;”), once each
_LISTED_EACH = lazy_compile(r"^(?:[^;]{2,40}?(?:得|计)(?:满分|(?P<full>\d+(?:\.\d+)?)分);)?(?P<list>[^;,\d]{2,60}?(?:,[^;,\d]{2,30}?){0,7})的?,?"
                          r"各扣(?:除|减)?(?P<per>\d+(?:\.\d+)?)分(?:,?(?:扣完为止|直至扣完|扣完即止))?;?$")


#: words that make a clause a thing not done (“没有落实”, “未完成”, “不到位”)
_NOT_DONE = lazy_compile(r"没有|未|无|不")


def _listed_each(w: Wording) -> Proposed | None:
    """“班子不团结、不协调、战斗力不强、工作效率不高各扣1分”: each of the faults listed costs the same, less than the 分值:
    a deduction per fault found (项), to check (each listed fault counts once; the count is of those found). “没有落实的,
    各扣2分”, one fault with 各: each thing required (listed elsewhere) not done costs the same. What is checked may
    lead them (“1.查看文件资料;无专人、无实施方案分别扣1分”)."""
    t = ORDINAL_AT.sub("", w.text)
    lead = checked_lead(t)
    m = _LISTED_EACH.match(t[lead.end():] if lead else t) if "各扣" in t else None
    if not m or (m.group("full") and d(m.group("full")) != w.weight) or not 0 < d(m.group("per")) < w.weight:
        return None
    listed = m.group("list").split("、")
    if any(len(x) < 2 for x in listed):
        return None
    if "," in m.group("list"):  # “未建立医保管理组织,无明确责任人,无医保台帐记录,各扣2分”: faults joined by commas, each one
        # a fault said as such (未、无、不), three or more (of two opened apart, “未建立巡查台账,无维修记录的”, the first
        # may be the second's circumstance): never words leading them
        listed = re.split(r"[、,]", m.group("list"))
        if m.group("list").count(",") < 2 or any(len(x) < 2 or not _NOT_DONE.search(x) for x in listed):
            return None
    per = s(d(m.group("per")))
    if len(listed) == 1:  # “没有落实的,各扣2分”: each of the things required (named elsewhere) not done
        if not _NOT_DONE.search(listed[0]):
            return None
        return Proposed([RULE.item(w.name, w.weight, {"per": per, "unit": "项"})], f"逐例扣分：每项扣 {per} 分，扣完为止",
                        (f"“{m.group(0).rstrip(';')}”：“各”所指的各项评分标准未列出，按未做到的项数录入",))
    return Proposed([RULE.item(w.name, w.weight, {"per": per, "unit": "项"})],
                    f"逐例扣分：所列 {len(listed)} 项问题每项扣 {per} 分，扣完为止",
                    (f"“{m.group('list')}各扣{m.group('per')}分”：所列各项每出现一项扣 {per} 分，按出现的项数录入",))


#: “未按要求整改的,扣2分/项”: the amount, then the case it is taken for (“扣1分/床位”: a bed or a berth of a dormitory,
#: 床位、铺位 before 床 and 位)
_AMOUNT_PER = lazy_compile(r"扣(?:除|减)?(?P<per>\d+(?:\.\d+)?)分/1?(?P<unit>床位|铺位|" + "|".join(UNITS) + "|"
                         + _OTHER_UNITS + r")(?![\u4e00-\u9fff])")


def _amount_per(w: Wording) -> Proposed | None:
    """“迟报扣0.5分/次,扣完为止”, “发现问题扣1分/处”: the only deduction of the text, said per case after its amount."""
    t = w.text
    if "分/" not in t or t.count("扣") - t.count("扣完") - t.count("扣满") != 1:
        return None
    m = _AMOUNT_PER.search(t)
    if not m or not 0 < d(m.group("per")) < w.weight:
        return None
    unit, each = m.group("unit"), s(d(m.group("per")))
    return _each_other_unit(w, unit, each, m.group(0)) if unit in _OTHER_UNIT_WORDS or unit in ("床位", "铺位") \
        else _each(w, unit, each)


def _target_count(t: str, m: re.Match[str]) -> bool:
    """“年内至少3次…少1次扣1分”: a shortfall against a stated count (a 达标线 on the count, not instances); “少于4次每次扣
    1分”: the count is a line (少于 N), not the number of cases the deduction is for. A count each period asks for
    (“每季度至少召开1次,少于1次扣1分”) is no line on the year's count: each time missed costs."""
    if PER_PERIOD_COUNT.search(t, 0, m.start()):
        return False
    if re.search(r"(?:少于|不足|低于|不到|未达到|达不到)$", t[:m.start(1)]):
        return True
    return bool(re.search(r"(?:至少|不少于|不低于|达到)[^\d,;]{0,6}?\d+(?:\.\d+)?" + m.group(2), t)) and bool(
        re.search(r"少|缺|低于", t[max(0, m.start() - 4):m.end()]))


#: “未注明日期的,扣1分,共”, “…扣0.5分,共__处”: one fault and what it costs, then the count box of a form (共, 共计), perhaps
#: with its blank and its unit; never a total of points (“共__分”)
_COUNT_BOX = lazy_compile(r"^(?P<fault>[^;。]{2,80}?)的?,?(?:扣(?:除|减)?|减)(?P<per>\d+(?:\.\d+)?)分[,;]?(?:共计?)[_\s()]*"
                        r"(?P<unit>" + "|".join(UNITS) + r"|页)?[_\s()]*[;.]?$")


def _count_box(w: Wording) -> Proposed | None:
    """“询问笔录未注明询问时间的,扣0.5分,共”: a form's line whose cell runs into the box where the cases found are
    counted (“共__处”): each case costs the deduction, down to 0. That the 共 counts cases is read, not said: to check.
    A figure in the fault is what makes a case (“人数少于2人的”), not a step (“每少1人”) nor a line on a rate (“低于90%”)."""
    m = _COUNT_BOX.match(w.text) if "共" in w.text else None
    if not m or re.search(r"每\D{0,3}\d|%|扣|减\d|得|计|为止", m.group("fault")) or not 0 < d(m.group("per")) <= w.weight:
        return None
    unit = m.group("unit") if m.group("unit") in UNITS else "处"
    each = s(d(m.group("per")))
    tail = w.text[m.end("per") + 1:].strip(",;.")
    return _each(w, unit, each, (f"“{tail}”：读作所填的数量，每{unit}扣 {each} 分",))


#: the units one case of a fault may be named in (“1种制度”, “1台未上架”): a unit of the list, a kind, a thing's measure word
_ONE_OF_UNIT = r"(?:" + _UNIT + r"|种|类|" + THING_UNITS + r")"
#: faults joined by 或 each naming one case of itself, then one deduction, 每 left out: “缺1种制度(规程)或1种制度(规程)执行
#: 不到位扣0.5分”, “1个无合格证、标志牌或1台未上架、1件未上板扣0.2分”
_ONE_OF_CASES = lazy_compile(r"^(?P<body>[^;]*?(?<![\d.])1" + _ONE_OF_UNIT + r"[^;]*?)的?,?扣(?:除|减)?(?P<per>\d+(?:\.\d+)?)分"
                           r"(?:,?(?:" + STOP_PLAIN + r"))?;?$")
#: one case of a fault in its words: opening them, or after the word of a thing lacking (“缺1种”, “少1台”)
_ONE_CASE_NAMED = lazy_compile(r"^(?:缺少|缺|少|漏|错)?1(?P<unit>" + _ONE_OF_UNIT + r")(?![\d.])")
#: where one fault of such a listing ends and the next begins: 或, or 、 before the next one case (“…未上架、1件未上板”)
_ONE_OF_APART = lazy_compile(r"或者?|、(?=1" + _ONE_OF_UNIT + r")")
#: a word of the fault itself: something missing, not done or wrong
_ONE_OF_FAULT = lazy_compile(r"缺|少|无|未|不|没|漏|错|差")


def _one_of_cases(w: Wording) -> Proposed | None:
    """“缺1种制度(规程)或1种制度(规程)执行不到位扣0.5分”: two or more faults joined by 或, each naming one case of itself
    (1种, 1台, 1件) and a word of fault, then one deduction less than the 分值, no 每: each case of any of them costs it
    (read, not said: to check). The cases are counted together, in their unit when they name one (a measure word the
    unit choices do not name, or several, entered as 个)."""
    m = _ONE_OF_CASES.match(w.text)
    if not m or "或" not in m.group("body"):
        return None
    body, per = m.group("body"), d(m.group("per"))
    if per >= w.weight or re.search(r"每|分|得|计|%", body):
        return None
    pieces = _ONE_OF_APART.split(body)
    units: list[str] = []
    for piece in pieces:
        one = _ONE_CASE_NAMED.match(piece)
        rest = piece[one.end():] if one else ""
        # (the fault's words after its one case: no other figure, and a word of fault in them or before the case)
        if not one or re.search(r"\d", rest) or not _ONE_OF_FAULT.search(piece):
            return None
        units.append(one.group("unit"))
    if len(pieces) < 2:
        return None
    each = s(per)
    said = f"“{m.group(0).strip(',;')}”：所列各种情形合并计数，每出现1{'、1'.join(dict.fromkeys(units))}扣 {each} 分（原文未写“每”）"
    if len(set(units)) == 1 and units[0] in UNITS:
        return _each(w, units[0], each, (said,))
    return Proposed([RULE.item(w.name, w.weight, {"per": each, "unit": "个"})],
                    f"逐例扣分：每{'/'.join(dict.fromkeys(units))}扣 {each} 分，扣完为止", (said + "，数量按个录入",))


#: the measure words a case of a fault “按…扣分” or “的1个…扣…分” may be counted in: the unit choices, a thing's measure
#: word, a bed or a berth of a dormitory (床位、铺位 before 床)
_AT_UNITS = r"床位|铺位|" + _UNIT + "|" + THING_UNITS
#: “不整齐按每床0.5分扣分”, “鞋袜不整齐按一铺位1分扣分”, “未佩戴按每人次1分扣”: the fault, then 按 the cost of each case
#: and 扣分 (“桉”, a slip of 按, read as it); a requirement with the 分值 may come first (“被褥叠放整齐(3分);”)
_AT_EACH = lazy_compile(r"^(?:(?P<lead>[^;,\d]{2,30}?)(?:\((?P<full>\d+(?:\.\d+)?)分\))?[;,])?(?P<fault>[^;,\d按桉]{1,20}?),?"
                      r"(?P<at>[按桉])(?:每|一|1)个?(?P<unit>" + _AT_UNITS + r")(?P<noun>[\u4e00-\u9fff]{0,3}?)(?P<per>\d+(?:\.\d+)?)分"
                      r"(?:扣分|扣除|扣减|扣)"
                      r"(?:,?(?:" + STOP_PLAIN + r"))?[;.]?$")


def _at_each(w: Wording) -> Proposed | None:
    """“被褥叠放整齐(3分);不整齐按每床0.5分扣分”: the fault, then the cost of each case it is found in (按每床…分扣分),
    less than the 分值: a deduction per case down to 0 (a measure word the unit choices do not name entered as 个)."""
    m = _AT_EACH.match(w.text) if "分扣" in w.text else None
    if not m or not 0 < d(m.group("per")) < w.weight or (m.group("full") and d(m.group("full")) != w.weight):
        return None
    unit, each = m.group("unit"), s(d(m.group("per")))
    slip = (f"“{m.group('fault')}{m.group('at')}”：“桉”读作“按”",) if m.group("at") == "桉" else ()
    if unit in UNITS:
        return _each(w, unit, each, slip or None)
    found = _each_other_unit(w, unit, each, m.group(0)[m.start("at") - m.start():].strip(";."))
    return found.doubted(*slip) if slip else found


#: “床铺整洁,被子叠好,不叠被子的一个床位扣5分”: a fault (不、未、没), then one thing it is found in, named with its measure
#: word (“1个床位”, “1间宿舍”), and its cost; a span of time (“1个月”) is a delay's, a percentage point a rate's
#: (a person named after 名、位: “未戴安全帽的1名工人”, counted in 人; never a span of time each thing is counted in too,
#: “…的一个床每天扣1分”)
_ONE_THING_OF_FAULT = lazy_compile(r"(?:^|[,;])(?P<fault>[^,;\d]{0,12}?(?:不|未|没)[^,;\d]{1,12}?)的(?P<n>1|一)"
                                 r"(?P<unit>个(?!月|季度|工作日|小时|百分点|点|年|周)[^\W\d_每]{1,3}?|(?P<person>名|位)[^\W\d_每]{1,3}?|"
                                 + THING_UNITS + r"|床位|铺位)(?:扣(?:除|减)?)(?P<per>\d+(?:\.\d+)?)分(?:,?(?:" + STOP_PLAIN + r"))?[;.]?$")


def _one_thing_of_fault(w: Wording) -> Proposed | None:
    """“床铺整洁,被子叠好,不叠被子的一个床位扣5分”: a fault then one thing found at it (“的1个床位”) and its cost, less than
    the 分值: each such thing costs it, down to 0 (read, not said: 每 is left out), entered as 个. To check."""
    m = _ONE_THING_OF_FAULT.search(w.text) if "的" in w.text else None
    if not m or not 0 < d(m.group("per")) < w.weight:
        return None
    each, said = s(d(m.group("per"))), m.group(0).strip(",;.")
    if m.group("person"):  # “…的1名工人扣2分”: each person found
        return _each(w, "人", each, (f"“{said}”：读作每人扣 {each} 分",))
    thing = m.group("unit").removeprefix("个")
    if thing in UNITS or thing in ("天", "日", "次"):
        return None  # “未整改的1个扣1分”, “…的1次”: the readings of a case in a unit of the list
    return _each_other_unit(w, thing, each, said)


#: a measure out of tolerance in steps (an 操作技能考核 sheet: “每超差0.01mm扣1分”, “尺寸超差0.02扣2分”, “油温每偏差1℃扣1分”):
#: the step, its unit (none: the drawing's, mm), the points; past a length a thing is set at, its unit said (a 铺床 or
#: 摆台 sheet: “…两侧下垂相同(每超1厘米扣1分)”, “翻折30cm,超出1cm扣1分,以此类推”; never “每超1%”, a limit's excess)
_OUT_OF_TOLERANCE = lazy_compile(r"(?P<each>每)?(?P<v>超差|偏差|偏离|误差|超(?:出|过)?(?=\d+(?:\.\d+)?(?:mm|毫米|cm|厘米)(?![a-z])))(?P<each2>每)?(?P<n>\d+(?:\.\d+)?)(?P<u>mm|毫米|丝|μm|um|cm|厘米|"
                               r"℃|度|g|克|ml|毫升|°)?(?:的?,?)扣" + NUM + "分")


#: a cap said on what is taken off (“最多扣2分”, “累计扣分不超过2分”: ``DEDUCTED_AT_MOST``, “扣满2分为止”)
_CAP_SAID = lazy_compile(r"(?:" + DEDUCTED_AT_MOST + r"|累计最多扣|最多扣|最高扣|扣满)(?P<cap>\d+(?:\.\d+)?)分")


def _out_of_tolerance(w: Wording) -> Proposed | None:
    """“每超差0.01mm扣1分(,扣完为止)”: a measure past its tolerance, each step of the excess costing the points — a
    deduction per step (the steps over entered). A part of a step is unsaid, and so is 每 where it is left out
    (“尺寸超差0.02mm扣2分”): to check."""
    m = _OUT_OF_TOLERANCE.search(w.text)
    if m is None or len(_OUT_OF_TOLERANCE.findall(w.text)) > 1 or not 0 < d(m.groups()[-1]) < w.weight or d(m.group("n")) <= 0:
        return None
    if any(d(c.group("cap")) < w.weight for c in _CAP_SAID.finditer(w.text)):
        return None  # “…(每超1厘米扣1分,最多扣2分)”: a cap short of the 分值, which a deduction down to 0 would pass
    block = m.group("n") + (m.group("u") or "")
    per = s(d(m.groups()[-1]))
    doubts = [f"“{m.group(0)}”：按{m.group('v')}了几个{block}录入（不足{block}的部分是否扣分未说明）"]
    if not (m.group("each") or m.group("each2")):
        doubts.insert(0, f"“{m.group(0)}”：读作每{m.group('v')}{block}扣 {per} 分")
    item = RULE.item(w.name, w.weight, {"per": per, "unit": block})
    return Proposed([item], f"逐例扣分：每{m.group('v')}{block}扣 {per} 分，扣完为止", tuple(doubts))


def _share_of_each_part(w: Wording) -> Proposed | None:
    """“四角饱满(每角0.5分)”, “四边塞边平整、紧实(每侧1分)”, “铺好后的被子四面饱满,每角2.5分”: a state each part is to
    be in and each part's share of the row's points (``wording.held_each``): a part not in it loses its share, down
    to 0. The text gives shares, not deductions, and the parts the shares make (the row's points over one share) may
    be more than the words count (“四角” of two pillows): always to check."""
    found = held_each(w.text, w.weight)
    if found is None or not found.parts:
        return None
    per, lead = s(found.per), found.requirement
    read = _each(w, found.unit, per, (f"“{lead}”（每{found.unit}{per}分）：读作共{found.parts}{found.unit}，"
                                      f"每{found.unit}未达到要求扣 {per} 分",))
    read.items[0]["label"] = lead[:30]  # (the state each part is to be in names what is scored)
    return read


def describe(params: Params, item_max: Decimal) -> Phrase:
    unit = params.get("unit", "例")
    # a unit of the list is said in the window's language; a measure word of the file's own as written
    return said(msg(T("每%1扣 %2 分，扣完为止"), msg(unit) if unit in UNITS else data(unit), params.get("per", "")))


#: “每处错误1分”: a cost per fault found with no 扣 said (a row scored by its faults: the 分值 less each one's cost)
_UNSAID_PER_FAULT = lazy_compile(r"^每(?P<unit>处|项|个|次|条)(?:错误|差错|错漏|问题|缺陷|疏漏|失误)(?P<per>\d+(?:\.\d+)?)分;?$")


def _unsaid_per_fault(w: Wording) -> Proposed | None:
    """“每处错误1分” on 6 points: each fault costs its points, the verb 扣 unsaid; read as a deduction per case down
    to 0, never confidently (that the points are taken off, not earned, is read from 错误)."""
    m = _UNSAID_PER_FAULT.match(w.text)
    if m is None or d(m.group("per")) > w.weight:
        return None
    return Proposed([RULE.item(w.name, w.weight, {"per": m.group("per"), "unit": m.group("unit")})],
                    f"逐例扣分：每{m.group('unit')}扣 {m.group('per')} 分，扣完为止",
                    (f"“{w.text.rstrip(';')}”：原文未写“扣”，按每{m.group('unit')}扣分、扣完为止读，请核对",))


#: “…混装发现1次,3分”, “…发现1处 2”: a fault found once and a bare cost after it (a cell of its own), no 扣 nor 得 said;
#: a list mark may open the text
_FOUND_ONCE_BARE = lazy_compile(r"^(?:\d{1,2}[.、](?!\d))?(?P<fault>[^;,\d]{2,40}?)(?:发现|出现|查出|检查发现)"
                              r"1(?P<unit>次|处|例|起|项|个|件)[,;]?(?P<per>\d+(?:\.\d+)?)分?;?$")

#: words of a merit or a score, never a fault found: “优秀作品发现1次,3分” earns
_NO_FAULT_FOUND = lazy_compile(r"扣|得|加|奖|每|优秀|优良|表彰|表扬|先进|亮点|典型|创新|获")


def _found_once_unsaid(w: Wording) -> Proposed | None:
    """“损伤性废物与感染性废物混装发现一次 3” on 10 points: the cost of each case found in a cell of its own, 扣 unsaid;
    read as a deduction per case down to 0, never confidently (that the points are taken off is read from 发现)."""
    m = _FOUND_ONCE_BARE.match(w.text)
    if m is None or not 0 < d(m.group("per")) < w.weight or _NO_FAULT_FOUND.search(m.group("fault")):
        return None
    unit, per = m.group("unit"), s(d(m.group("per")))
    return Proposed([RULE.item(w.name, w.weight, {"per": per, "unit": unit})],
                    f"逐例扣分：每{unit}扣 {per} 分，扣完为止",
                    (f"“{w.text.rstrip(';')}”：原文未写“扣”，按每发现1{unit}扣 {per} 分、扣完为止读，请核对",))


RULE = RuleType(
    type="deduction",
    name=T("逐例扣分"),
    params=(
        Param("per", T("每例扣分"), "number", default="0.5", required=True),
        Param("unit", T("单位"), "select", default="例", choices=tuple((u, u) for u in UNITS)),
    ),
    inputs=(Input("count", T("不符合例数"), "count", T("例"), placeholder=T("例数")),),
    check=check,
    score=score,
    looks=looks,
    proposals=(Recogniser(800, _parts_each), Recogniser(120, _once_and_capped), Recogniser(830, _full_less_count), Recogniser(900, _per_instance), Recogniser(910, _listed_each),
               Recogniser(920, _amount_per), Recogniser(2400, _count_box), Recogniser(2610, _rising_count), Recogniser(2640, _same_one_past),
               Recogniser(2710, _one_of_cases), Recogniser(1920, _unsaid_per_fault),
               Recogniser(2160, _found_once_unsaid), Recogniser(2310, _places_behind_first), Recogniser(2250, _at_each),
               Recogniser(2260, _one_thing_of_fault), Recogniser(2280, _each_period_fault), Recogniser(9210, _out_of_tolerance), Recogniser(41000, _share_of_each_part),
               Recogniser(40000, _each_thing_held)),
    describe=describe,
)
