"""Reading 评分标准 words: the helpers the rule types' recognisers share.

The text is normalised first (half-width digits and punctuation, no spaces) so each pattern stays
short; numbers found are written back as framework files write them.
"""
from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from decimal import Decimal
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Any, NamedTuple

from services.core.patterns import found_by, lazy_compile
from services.scoring.rules.base import number_text

#: a count let pass (``LET_PASS``), then each case past it deducted: “超过3人的,每人扣0.5分”, “超过3次的每次扣1分” (the count is where the
#: deducting starts, never a step nor one case: formula._faults reads it, ``max(0, n - 3)``)
LET_PASS = r"(?:超过|超出|多于)(?P<n>\d+)(?P<u>人次|人|次|处|项|个|件|天|日|节)的?,?"
LET_PASS_EACH = lazy_compile(LET_PASS + r"每(?P=u)(?:扣|减)")
#: the units a count or a delay let pass for certain is said in
_FREE_UNITS = r"人次|人|次|处|项|个工作日|工作日|个小时|小时|个|件|天|日"


def _excepted(named: bool) -> str:
    """Cases let pass said “除第1次外”, “除前2次外”: its groups ``en`` (the first), ``fn`` (the count) and ``eu`` (their
    unit) named for ``FREE_SAID``, unnamed for ``CASES_EXCEPTED``."""
    def group(name: str) -> str:
        return f"(?P<{name}>" if named else "(?:"
    return ("除(?:第" + group("en") + "1)|前" + group("fn") + r"\d+))" + group("eu") + _FREE_UNITS + ")(?:外|以外|之外)")


#: a count (or a delay) let pass said for certain, straight before the step of each case past it — where ``LET_PASS``
#: says only the line (“超过3次的,每次扣1分”: each case may count from the first once past it), these say the cases up
#: to it cost nothing and only those past it cost: “3次以内不扣分,超过部分每次…”, “累计迟到3次以内的不扣分,超过3次的,超出
#: 部分每次…”, “5个工作日内完成不扣分,超过的每超1个工作日…”, “超过3次的部分,每次…”, “前2次不扣分,第3次起每次…”, “第3次起
#: 每次…”, “允许误差2处,超出的每处…”, “除第1次外,每次…”, “除前2次外,每次…”. Groups: the count ``n`` (``k``: the case from
#: which it costs, ``k`` − 1 let pass) and its unit ``u``, ``k`` ``n`` + 1 where both are said (``free_said`` checks)
_PAST_PART = r"(?:超过部分|超出部分|超过的部分|超出的部分|超过的|超出的)"
FREE_SAID = (r"(?:(?:(?<![\d.])(?P<n>\d+)(?P<u>" + _FREE_UNITS + r")(?:以内|之内|内)(?:[\u4e00-\u9fff]{0,4}?)的?(?:不扣分|不扣|得满分)"
             r"[,;、]?(?:超过(?P=n)(?P=u)的?[,;、]?)?" + _PAST_PART + r"?"
             r"|(?:超过|超出)(?<![\d.])(?P<pn>\d+)(?P<pu>" + _FREE_UNITS + r")的部分"
             r"|(?:允许|可)[\u4e00-\u9fff]{0,6}?(?<![\d.])(?P<an>\d+)(?P<au>" + _FREE_UNITS + r")[,;、]?" + _PAST_PART
             + r"|(?:前(?P<bn>\d+)(?P<bu>" + _FREE_UNITS + r")(?:不扣分|不扣)[,;、]?)?(?:从|自)?第(?P<k>\d+)(?P<ku>"
             + _FREE_UNITS + r")(?:起|开始)的?"
             r"|" + _excepted(named=True) + r")[,;、]?)")
_FREE_SAID_AT = lazy_compile(FREE_SAID + "$")
#: cases let pass said “除第1次外”, “除前2次外” anywhere in the text (the per-case readings never read them, a fault
#: named between them and the step included: “除第1次外,情节严重的每次扣1分”)
CASES_EXCEPTED = lazy_compile(_excepted(named=False))
#: a count let pass for certain just before a 每: its words may run over a ; (“5次以内不扣分;超过部分每次…”)
FREE_THEN_EACH = lazy_compile(FREE_SAID + "(?=每)")
#: a count let pass for certain (``FREE_SAID``), then each case past it deducted: “3次以内不扣分,超过部分每次扣0.5分”
FREE_EACH = lazy_compile(FREE_SAID + r"每[\u4e00-\u9fff]{0,3}?(?:1|一)?(?:" + _FREE_UNITS + r")(?:扣|减)")


def lets_pass_each(t: str) -> bool:
    """A count let pass before each case past it is deducted, as a line (``LET_PASS_EACH``) or said for certain
    (``FREE_EACH``): ``formula._faults`` reads it, the per-case readings leave it."""
    return bool(LET_PASS_EACH.search(t) or FREE_EACH.search(t))


class Free(NamedTuple):
    """A count let pass for certain (``FREE_SAID``): where its words start and end, the cases let pass, their unit."""
    start: int
    end: int
    n: Decimal
    unit: str


def free_unit(unit: str) -> str:
    """A unit of a count let pass or of a step, as one compares them: “个工作日” as “工作日”, “日” as “天”."""
    unit = unit.removeprefix("个") if unit not in ("个",) else unit
    return "天" if unit == "日" else unit


def free_said(t: str, end: int, start: int = 0) -> Free | None:
    """The count let pass for certain (``FREE_SAID``) ending at ``end`` of ``t`` (the step of each case past it
    after), or None: none said, or a grace and a first case costing that do not meet (“前2次不扣分,第4次起”)."""
    m = _FREE_SAID_AT.search(t, start, end)
    if m is None:
        return None
    if m.group("k") is not None:
        k = Decimal(m.group("k"))
        if k < 2 or (m.group("bn") is not None and (Decimal(m.group("bn")) != k - 1
                                                     or free_unit(m.group("bu")) != free_unit(m.group("ku")))):
            return None
        return Free(m.start(), m.end(), k - 1, m.group("ku"))
    for g in ("n", "pn", "an", "en", "fn"):
        if m.group(g) is not None:
            n = Decimal(m.group(g))
            unit = m.group("eu") if g in ("en", "fn") else m.group(g.replace("n", "u"))
            return Free(m.start(), m.end(), n, unit) if n >= 1 else None
    return None
#: the verbs that say late alone (“延迟1个月以内”, “逾期3天以上”; never 超过 or 超, of any excess)
LATE_VERBS = "延迟|推迟|逾期|滞后|延期|超期|拖延|迟延|延误"
#: the verbs of a thing done late (“逾期”, “迟报”): a day of them is a delay, never a case counted; the late ones, and
#: those of a time passed over, a report or hand-in late
DELAY_VERBS = LATE_VERBS + "|超时|超过|超出|超|迟到|滞留|迟报|迟交|晚报|晚交|晚|迟|延(?![长续伸缓])"
#: a delay past which the row scores nothing, after a step of delay (“…,每延迟1个月扣0.5分,延迟超过3个月不得分”, “推迟3个月
#:以上不得分”): the delay and its unit
DELAY_CLIFF = lazy_compile(r"(?:^|(?<=[,;]))(?:项目)?(?:延迟|推迟|逾期|延期|超期)?(?:超过|超出)?(?P<n>\d+(?:\.\d+)?)(?P<u>个月|月|个工作日|工作日|天|日|周)"
                         r"(?P<post>以上|及以上)?(?:的|者)?,?(?:此项|本项|该项)?" + r"(?:不得分|不计分|得0分|计0分)(?=[;,.]|$)")
CIRCLED = "".join(chr(0x2460 + i) for i in range(20))  # ①…⑳
#: a clause of a thing done or come on time, with no figure — no delay (“资金及时到位”, “按时完成”, “提前或按期足额拨付”,
#: “按计划时间完成”, “在规定时间内到位”): before bands of the delay, the band of none
ON_TIME = lazy_compile(r"^(?:\d+[.、]|\(\d+\))?[\u4e00-\u9fff]{0,10}?(?:提前或|提前、)?(?:按时|及时|按期|如期|准时|按计划时间|按计划|"
                     r"在规定(?:时间|时限|期限)内|未延迟|未逾期|无延迟)(?:足额)?(?:到位|拨付|下达|完成|交付|竣工|报送|提交|支付)?"
                     r"(?:的|者)?,?(?:得|计|记)?(?:满分|\d+(?:\.\d+)?分)?[;,]?$")
NUM = r"(\d+(?:\.\d+)?)"
#: the units a line on a figure is stated in (“1000公斤以上”, “3人以上”, “200条”)
LINE_UNITS = r"(?:%|个百分点|公斤|千克|吨|亩|人次|人|次|个|家|户|篇|条|份|天|小时|万元|元)"
SNUM = r"(-?\d+(?:\.\d+)?)"
#: a numbered part’s ordinal: “(1)”, “1.”, “2、”
ORDINAL = r"(?:\(\d{1,2}\)|\d{1,2}[.、](?!\d))"
#: a numbered part’s ordinal at the start
ORDINAL_AT = lazy_compile("^" + ORDINAL)
#: a numbered part's mark, in words too: “二、”, “(三)”, “1.”, “(2)” (a part of its own, as ORDINAL’s)
PART_MARK = r"(?:\(?[一二三四五六七八九十]{1,3}[、)]|\d{1,2}[.、](?!\d)|\(\d{1,2}\))"
#: the words that zero a row: “不得分”, “不计分”, “得0分”, “计0分” (normalize writes 记 as 计, 不给分 as 不得分)
ZEROED = r"(?:不得分|不计分|得0分|计0分)"
#: the floor of a deduction said as the score of 0 it reaches: “最低得0分”, “最低分为0分”, “最低得分为0分”, “最低0分”
LOWEST_ZERO = r"最低(?:分?(?:得|为|计)|分为|得分为|分)?0分"

# ── a note on what proves a case ───────────────────────────────────────────────────────────────────────────────────
# A note closing a bid's scoring on the proof each case is counted by (“注:须提供证书复印件,不提供不得分”, “评审依据:须提供
# 合同…,未提供的不得分”, “证明材料:…,否则不得分”) is recognised here, once for its readers, each deciding its own way:
# ``reading.set_aside`` sets one aside after scoring with points (``proof_note_at``) and ``proposal`` says its zero with
# the reading (``unproved_zero``); ``reading._proven`` reads the text before a closing sentence that asks for proof and
# zeroes the case without it, the zero kept in the summary (``proof_at_end``); ``reading._noted`` sets aside a closing
# 注 that does not so zero (``proof_or_nothing`` tells the one that does); ``formula._earned`` counts the cases without
# a 注 on the papers each case needs, a note that may name figures of those papers (“需体现1年到货率98%以上”, “每份协议的
# 维修车辆≥10辆”, “每个有效业绩须提供…”) but no points, cap, deduction nor zero of the row (``counted_proof_note``).

#: a sentence closing the scoring that names the proof a case is counted by, nothing counted without it: “注:不提供证书不得分”,
#: “须提供业绩合同关键页复印件加盖公章作为证明材料,否则不得分”, “注:日期以合同签订时间为准,须提供…,否则不予计分” (a
#: clause before it saying how the case is dated or checked, no figure in it): a tender's rule of evidence, no scoring of its own
_PROOF_OR_NOTHING = (r"(?:注:)?(?:[^;,\d分扣每得]{2,30}?,)?(?:(?:须|需|需要|应|必须)?(?:提供|附)[^;\d分扣每得]{2,60}?"
                     r"(?:复印件|扫描件|原件|证明|证书|材料|合同|发票|截图|照片|公章)[^;,\d分扣每得]{0,12}?,?(?:否则|未提供的?|不提供的?)"
                     r"|(?:不|未)提供[^;,\d分扣每得]{0,30}?(?:的|者)?,?)(?:均|一律)?(?:" + ZEROED + r"|不予计分|不予得分)")
#: (the sentence perhaps numbered as the list's last, “…;3.不提供的,不得分”)
_PROOF_AT_END = lazy_compile(r";" + ORDINAL + r"?(?P<case>" + _PROOF_OR_NOTHING + r");?$")
#: the label a note opens with: “注:”, “备注:”, “说明:” (and, of a note on proof, “评审依据:”, “证明材料:” …)
NOTE_LABEL = r"(?:注|备注|说明)"
#: the opening of a note after a bid's scoring on what proves it: “注:…”, “评审依据:…”, “说明:…”, or a sentence asking for
#: proof (“投标人需提供…社保证明”, “须提供合同关键页复印件…”)
_PROOF_OPENING = lazy_compile(r"^(?:(?:" + NOTE_LABEL + r"|评审依据|评分依据|证明材料|证明文件)\d?:|(?:投标人|供应商|申请人|响应人)?"
                            r"(?:须|需|应|必须)?(?:同时)?(?:提供|附)[^;]*?(?:复印件|扫描件|原件|证明|证书|合同|材料|资料|截图))")
#: the one scoring such a note holds: a case not proved counts for nothing (“未提供或不符合要求的不得分”, “…不全的,不予认可”,
#: “否则不予计分”), what a clause of the note says with no figure of points
_UNPROVED_NOTHING = lazy_compile(r"(?:不予|不)(?:认可|计分|采信|得分)|按0分计|视为无效投标")
#: the units of a line on what counts as a case in a note: an amount, a time, a count, an area (“≥500万元”, “≥6个月”)
_CASE_LINE_UNITS = r"万元|元|个月|月|年|天|人|名|项|个(?!百分点)|家|次|台|套|份|平方米|米"
#: a figure or word scoring in a note: points, a deduction, a step, a share, a line, judgement, a zero said (“注:每缺1项扣1分”,
#: “注:酌情…”, “注:提供原件的另加1分”, “…,否则不得分”): such a note is part of the scoring, no note on what proves a case
#: (a line on an amount, a time or a count of what counts, “注:注册资本≥500万元”, “社保缴纳≥6个月”, says what a case is)
_NOTE_SCORES = lazy_compile(r"扣|每|比例|%|酌情|视情|\d+(?:\.\d+)?分|(?:得|加|计)\d|=|[≥≤<>](?!\d+(?:\.\d+)?(?:" + _CASE_LINE_UNITS
                          + r"))|否则[^;]{0,6}?(?:不得分|不计分|不给分|0分)")
#: what scores in a 注 on the papers a counted case needs: points, a deduction, a cap, points per case, the row zeroed
_COUNTED_NOTE_SCORES = (r"\d+(?:\.\d+)?分|扣\d|扣分|扣除|(?<!递)减\d|加\d|最高|最多|上限|封顶|每[^;]{0,12}?(?:得|计)\d|"
                        r"(?:否则|本项|该项|此项|整项)[^;,]{0,4}?" + ZEROED)
_COUNTED_PROOF_NOTE = lazy_compile(r"(?<=分);(?P<note>注:(?=[^;]*?(?:复印件|扫描件|证明材料|证明文件|原件|盖章|公章))"
                                 r"(?:(?!" + _COUNTED_NOTE_SCORES + r")[^;])+"
                                 r"(?:;(?:(?!" + _COUNTED_NOTE_SCORES + r")[^;])+)*);?$")


def proof_or_nothing(note: str) -> bool:
    """Whether ``note`` is wholly a rule of evidence: the proof a case is counted by, nothing counted without it (“注:不提供
    证书不得分”, “须提供…复印件…,否则不得分”)."""
    return re.fullmatch(_PROOF_OR_NOTHING, note) is not None


def proof_at_end(t: str) -> re.Match[str] | None:
    """The sentence closing ``t`` after a stop that is wholly a rule of evidence (``proof_or_nothing``), its words the
    group ``case``; None when there is none."""
    return _PROOF_AT_END.search(t)


def note_scores(note: str) -> bool:
    """Whether a closing ``note`` scores anything itself (``_NOTE_SCORES``): then it is part of the scoring."""
    return _NOTE_SCORES.search(note) is not None


def proof_note_at(sentences: list[str]) -> int | None:
    """Where a note on what proves the scoring begins among the closing ``sentences`` (``_PROOF_OPENING``), after
    scoring that holds points: it runs to the end, names no points, deducts nothing and scores only a case unproved
    as nothing (a case of the rule not found). None when there is none."""
    for at in range(1, len(sentences)):
        if not _PROOF_OPENING.match(sentences[at]):
            continue
        note = _UNPROVED_NOTHING.sub("", ";".join(sentences[at:]))
        if note_scores(note) or not re.search(r"\d分(?!钟)|满分", ";".join(sentences[:at])):
            return None
        return at
    return None


def unproved_zero(words: list[str]) -> str:
    """The first of ``words`` (words set aside) that scores a case as nothing (a proof note's “否则不得分”, “没有提供的
    不得分”, “不予认可”), or ""."""
    return next((x for x in words if re.search(ZEROED, x) or _UNPROVED_NOTHING.search(x)), "")


#: an aside in brackets closing the text after the points, on the proof a case needs and scoring nothing (“…,最多得5分。
#: (复印件加盖公章)”, “(提供证书复印件)”); a case whose papers fall short scoring nothing in it, perhaps in brackets of
#: its own (“【须同时提供中标通知书、发票及合同(缺一不可,提供不齐全的不得分),…】”: which cases count, never the row's zero)
_PROOF_ASIDE_WORD = r"(?:[^()\d分]|(?<=部)分|(?<=[^否则项题]的)不得分)"  # (“部分发票”: no points)
PROOF_ASIDE_CLOSING = lazy_compile(r"(?<=分)[;,]?(?P<note>\((?=[^()]*(?:复印件|扫描件|证明材料|证明文件|原件|盖章|公章|截图|发票))"
                                 r"(?:" + _PROOF_ASIDE_WORD + r"|\(" + _PROOF_ASIDE_WORD + r"*\))*\));?$")


def counted_proof_note(t: str) -> re.Match[str] | None:
    """A 注 closing ``t`` after its points on the proof each counted case needs (“…,最高得9分;注:每个有效业绩须提供合同复印件
    作为证明材料,未提供证明材料的业绩不得分”: a copy, a certificate, a stamp), no points, cap nor deduction of its own, nor a
    zero of the whole row (“…作为证明材料,否则不得分”, “…的,本项不得分”), its words the group ``note``; None when there is
    none."""
    return _COUNTED_PROOF_NOTE.search(t) if "注:" in t else None


#: a tender's price words: a bid (“投标报价”, “响应报价”, “报价”) and the base price bids are scored against (“评标基准价”,
#: “评审基准价”, “基准价”; “评标基准值”, “评标参考价”)
BID = r"(?:投标|响应)?报价"
#: who bids: “投标人”, “报价供应商”, “响应供应商”, “投标单位”
BIDDER = r"(?:投标人|投标单位|(?:报价|响应|磋商)?供应商)"
#: the base a price is set against, its word alone: “基准价”, “基准值”, “参考价”; “评标价” where a price is set above or
#: below it (“有效报价高于评标价时,每高于1%扣0.2分”), never the bid's own (“评标价等于评标基准价”)
BASE_WORD = r"(?:基准价|基准值|参考价|(?<=高于|低于|高出|低出|超过|超出)评标价)"
BASE_PRICE = r"(?:评标|评审)?" + BASE_WORD
#: before a word of meeting (符合, 达到, 满足): no denial nor a part of it (“不符合”, “未达到”, “没有达到”, “未能满足”,
#: “基本符合”, “部分满足”)
IN_FULL = r"(?<![未不没])(?<!未能)(?<!不能)(?<!没有)(?<!基本)(?<!部分)"
#: a requirement met, said in words (“达到要求”, “符合标准”, “满足规定”): never one not met or met in part (“未达到要求”,
#: “基本符合要求”, “部分满足要求”); 达 alone too (“达要求”), never inside a verb (“下达计划”, “传达要求”, “送达规定”)
REQUIREMENT_MET = IN_FULL + r"(?:符合|达到|满足|(?<![下传表送转抵到])达)(?:规定|要求|标准|目标值?|计划数?)"
#: before a 扣 that states a fault's deduction, not a cap or a stop (最多扣、最高扣、累计扣): “方案质量不高扣1分” and
#: “问题较多扣1分” are faults; so are a lateness or an absence said with 到 (“迟到扣0.5分”, “会议未到扣1分”) and a thing not
#: done (“有一项做不到扣1分”, “达不到扣2分”, “…整齐,未做到扣2分”), never a stop (“直到扣完为止”)
NOT_A_CAP_BEFORE = r"(?<!最多)(?<!至多)(?<!最高)(?<![满计至])(?<!(?<![迟未没不])(?<!未做)(?<!没做)(?<!没有做)到)"
#: after 每, how often a thing is required (“每月组织自查”, “每季度召开会议”: words follow the period), no count of a fault
PERIOD_REQUIRED = r"(?:半年|年|季度|季|月|周|旬|天|日|学期)(?=[\u4e00-\u9fff]{2})"
#: the degree of a requirement met in part (“基本健全”, “部分完成”, “较规范”) and in full (“全部完成”, “完全符合”)
PART_DEGREE = r"(?:基本上?|大体上?|较为|比较|较|大部分|少部分|部分)"
WHOLE_DEGREE = r"(?:完全|全部|全面|均|都)"
#: the units an event or a case is counted in (“10株”, “2人”, “3起”, “5处”)
EVENT_UNITS = r"(?:株|棵|人|例|次|起|处|家|户|件|宗)"
#: the size of one event: a count over a line within one case (“1次死亡2人及以上”, “单起事故死亡3人以上”, “1次3人(含)以上
#: 重伤”) or the persons an incident befell (“3人以上死亡”): never a count of the cases a deduction counts
ONE_EVENT_COUNT = lazy_compile(r"(?:^|(?<![\d.]))(?:1次|单次|1起|单起)[^,;\d]{0,8}?(?<![\d.])\d+" + EVENT_UNITS +
                             r"(?:\(含\))?(?:及|或)?以上|(?<![\d.])\d+人(?:\(含\))?及?以上(?=死亡|重伤|轻伤|受伤|伤亡|中毒)")
#: the deductions' total capped, said before the cap's points: “累计扣分不超过2分”, “扣分最多1分” (read as 最多扣)
DEDUCTED_AT_MOST = r"(?:累计)?扣分(?:不超过|最多)"

# ── where deducting stops ────────────────────────────────────────────────────────────────────────────────────────
# The one home of the words saying where deducting stops. Its readers ask three different questions of them, so the
# words come in three variants, each built on the plain stop every one of them holds:
# - ``STOP_AT_ZERO`` (``formula.stops`` and the formulas): a stop at 0, said with no figure: the plain stop, and
#   “扣完即止”, “直至本项扣完”, “扣完本项分值为止”, “扣至0分为止”, “最低得0分”, “不倒扣”, “不得负分”, “递减到0分为止”; a cap
#   said with its figure (“扣满8分为止”) is no stop here: ``formula.stops`` weighs it against the 分值 apart;
# - ``STOP_AFTER_EACH`` (the deductions per case, closing their text): the plain stop, the score said as nothing left
#   (“直至不得分”, “直到本项不得分为止”), or a cap with its figure (“最多扣1分”, “累计扣2分”, “扣满8分为止”, “扣完15分为止”,
#   “累计扣分不超过1分”), which the checks of a stop weigh against the 分值; not “扣完即止”, “最低得0分”, “不倒扣”;
# - ``STOP_CLAUSE`` (a clause of a text in parts saying only where its deducting stops, ``reading``): 扣完, 扣满 or 扣至,
#   then points, “本项分值”, “0分” or nothing, then 为止 or 即止 (“扣完为止”, “扣满2分为止”, “扣至0分即止”); “直至扣完”;
#   “最多扣2分”: its figures allowed (what is left of the clause must hold none); not “最低得0分”, “不倒扣”, “直至不得分”,
#   “累计扣分不超过1分”.
#: the plain stop, which every variant holds: “扣完为止”, “直至扣完”
STOP_PLAIN = r"扣完为止|直至扣完"
#: a stop at 0, said with no figure of a cap
STOP_AT_ZERO = lazy_compile(STOP_PLAIN + r"|扣完即止|直至[^,;]{0,6}扣完|扣完本项分值为止|扣至0分为止|" + LOWEST_ZERO
                            + r"|不倒扣|不(?:得|计)负分|递减(?:至|到)(?:0分|零分)为止")  # (“…依次递减0.4分,递减到0分为止”)
#: where a deduction per case stops, closing the text: the plain stop, the score reaching nothing, or a cap
STOP_AFTER_EACH = (r"(?:" + STOP_PLAIN + r"|(?:(?:直至|直到)(?:本项|该项|此项)?不得分(?:为止)?|(?:最多|最高|累计)扣\d+(?:\.\d+)?分|"
                   r"扣(?:完|满)\d+(?:\.\d+)?分为止|" + DEDUCTED_AT_MOST + r"\d+(?:\.\d+)?分))")
#: the words of a clause saying only where deducting stops, a figure of points among them
STOP_CLAUSE = lazy_compile(r"扣(?:完|满|至)(?:\d+(?:\.\d+)?分|本项分值|0分)?(?:为止|即止)|直至扣完|最多扣\d+(?:\.\d+)?分")
#: a thing done once each period, the period of one or several (“每年组织1次健康体检”, “每2年组织1次”): how often, no
#: count of cases
ONCE_A_PERIOD = lazy_compile(r"每(?P<n>\d+(?:\.\d+)?)?个?(?P<period>" + PERIOD_REQUIRED + r")(?P<rest>[^,;\d每]{0,12}?)1次")
#: a count required in each of the periods a year holds (“每半年至少召开1次”, “每季度不少于2次”, “每月开展1次”, each day
#: too: “每日保洁不少于3次”), a time at least (“驻村每月不少于20天”, “每周不少于8小时”; not a day's hours, “每天开放不少于8
#: 小时”, a line on the day's opening): each period falls short on its own, so a shortfall costs per time missed, never
#: once against a line on the year's count (nor on one period's); a rate each period (“每季度执行率不低于25%”) is as
#: many values as periods, never one
PER_PERIOD_COUNT = lazy_compile(r"每(?:(?:半年|季度|季|月|周|旬|天|日)(?:至少|不少于|应|须|要)?[^\d,;]{0,10}?\d+(?:\.\d+)?次"
                              r"|(?:半年|季度|季|月|周|旬)[^\d,;]{0,10}?(?:至少|不少于|不低于)\d+(?:\.\d+)?"
                              r"(?:个工作日|工作日|天|小时|学时|%))")
#: how well a thing is done, said after it or before its verb alike (“登记不及时”, “未及时开展”, “记录不规范”): the words
#: of manner every reading of a lesser fault takes; choice._DONE_POORLY and formula._MANNER add those of their own
#: position (reading._NOT_MATTER is a set of characters, not words)
MANNER = ("及时", "规范", "完整", "准确")
#: words holding 计/记/得 that score nothing: “工作计划”, “统计报表”, “计算机登记”, “压降计算”, “村党支部书记”, “取得”
WORDS_OF_RECORD = lazy_compile(r"计划|统计|设计|会计|审计|计算机|计算|登记|记录|书记|记载|取得|获得|得到")
#: the persons a fault fails to name or staff, as many as the requirement asks: “未确定1至2名专兼职管理人”, “未配备1名
#: 专职人员”, “没有指定至少1名联络员” (the number asked for, not a count of cases)
_STAFFING = r"(?:确定|配备|明确|指定|落实|设立|设置|聘请|配置|聘用|配齐)"
STAFF_ASKED = lazy_compile(r"(?:(?<=[未无]" + _STAFFING + r")|(?<=没有" + _STAFFING + r"))"
                         r"(?:至少)?\d+(?:[至\-~]\d+)?(?:名|人)(?=[\u4e00-\u9fff])")
#: a public service line named by its number (“12345平台”, “市12345热线”, “12315投诉”, “96315”): a name, no figure of the
#: scoring (five digits opening 12 or 96, then what the line is: a platform, a hotline, its site, its work orders)
HOTLINE = lazy_compile(r"(?<![\d.])(?:12|96)\d{3}(?=平台|热线|网站|机构|工单|系统|标识|服务|投诉|举报|中心|工作)")
#: one administrative level, perhaps with what it covers in brackets: “市”, “县(市、区)”, “乡(镇)”, “村级”
_LEVEL = r"(?:省|市|县|区|乡镇|乡|镇|村|社区|街道)(?![场民域容貌])级?(?:\([^()]{1,8}\))?"
#: levels listed at the head of a text (“市、县(市、区)、乡(镇)、村…”, the mark left out after a bracket): units that each
#: meet what follows or not, each earning the points said for each (“…各得0.25分”)
LEVELS_LISTED = lazy_compile(r"^" + _LEVEL + r"(?:(?:、|(?<=\)))" + _LEVEL + r"){1,5}")
#: one level of such a list
LEVEL_ONE = lazy_compile(_LEVEL)


def levels_then_words(t: str) -> bool:
    """Whether ``t`` opens with levels listed and then what each is to do (“市、县建立专班各得1分”), not the levels
    alone as the things named (“省级、市级、县级各得2分”)."""
    m = LEVELS_LISTED.match(t)
    return m is not None and not t.startswith("各", m.end())


#: what marks the points a situation or a target scores, before the number: “得3分”, “计3分”, “,3分”, “:3分”, “(3分)”
#: (after a comma or colon the text has consumed; a bracket is closed by “\)?” after 分)
POINTS_LEAD = r"(?:得|计|记|\(|(?<=[,:]))"
#: a score in brackets with its 分, its figure the group: “(2分)”, “(0.5分)”
BRACKETED_POINTS = lazy_compile(r"\((\d+(?:\.\d+)?)分\)")
#: what a formula multiplies its rate by: “×该项指标分值”, “×标准分值”, “×标准分”
SCORE_BASE = r"(?:本项|该项|此项)?(?:本指标|该指标|指标)?(?:(?:标准)?(?:分值|权重|满分)|标准分)"
#: a score written as a formula of products or quotients: “得分=20分×(1—逾期率)”, “分值=完成数/任务数×10”: the text's scoring
#: is the formula, never a mere description before the deductions around it
SCORE_WRITTEN = lazy_compile(r"(?:得分|分值|分数|评分|总分)=[^;,=]*?[*/]")
#: the line the indicator's name states after a quantity it names: “…积极分子占职工总数25%以上”, “职工参与面不低于85%”,
#: “…投放准确率达到90%” (never a rise, “逐年提高10%以上”, nor words past a mark of the name)
_LINE_NAMED = (r"(?:(?!提高|增长|增加|提升|下降|降低|减少|高于|低于)[^\d,;，；。、:：]){0,12}?"
               r"(?:(?:达到|达|≥|不低于|不少于)(?P<x>\d+(?:\.\d+)?)%|(?P<y>\d+(?:\.\d+)?)%(?:及)?以上)")


def line_in_name(subject: str, name: str) -> str | None:
    """The figure of the one line the indicator's ``name`` states for ``subject`` (“积极分子” in “…各种积极分子占职工总数
    25%以上…”: 25), or None where it names no line for it, or more than one."""
    if len(subject) < 2 or not name:
        return None
    lines = [m.group("x") or m.group("y") for m in re.finditer(re.escape(subject) + _LINE_NAMED, name)]
    return lines[0] if len(lines) == 1 else None


#: a factor of the 分值 that a table names by a letter (“P=0.5”: the score is 权重 V × 量化值 P) or calls a 系数 (“系数为0.5”,
#: “得分系数0.8”), said before its value
FACTOR = r"(?P<factor>(?<![A-Za-z])[A-Z](?![A-Za-z])|(?:分值|得分|评分|量化)?系数)(?:=|为|(?<=数)(?=\d))"


def factor_doubt(factor: str) -> str:
    """What a reading of a factor (``FACTOR``) leaves to check: the table's heading, not the text, says it multiplies
    the 分值."""
    named = f"（{factor}为得分系数）" if len(factor) == 1 else ""
    return f"“{factor}”：按分值 × {factor}读{named}，请核对"


# Known rate formulas (资金到位率 = 到位 ÷ 预算 …) used to label a ratio input; the key is a fragment of the indicator name.
KNOWN_RATIOS = [
    ("资金到位率", "实际到位资金", "预算资金"),
    ("到位率", "实际到位资金", "预算资金"),
    ("预算执行率", "实际支出资金", "实际到位资金"),
    ("执行率", "实际支出资金", "实际到位资金"),
    ("在线率", "在线数量", "设备数量"),
    ("达标率", "质量达标产出数", "实际产出数"),
    ("合格率", "质量达标产出数", "实际产出数"),
    ("完成率", "实际产出数", "计划产出数"),
]


# ── text helpers ────────────────────────────────────────────────────────────
#: full-width figures: digits, the decimal point, the percent sign
_WIDE = {**{chr(0xFF10 + i): str(i) for i in range(10)}, "％": "%", "．": "."}
_WIDE_FIGURES = str.maketrans(_WIDE)
_TRANS = str.maketrans({**_WIDE, **{chr(0xFF21 + i): chr(0x41 + i) for i in range(26)},  # Ａ-Ｚ
                        **{chr(0xFF41 + i): chr(0x61 + i) for i in range(26)}, "／": "/", "＞": ">",
                        "＜": "<", "﹤": "<", "﹥": ">", "≧": "≥", "≦": "≤", "（": "(", "）": ")", "～": "~", "〜": "~", "〔": "(", "〕": ")", "【": "(", "】": ")",
                        "〈": "(", "〉": ")", "－": "-", "［": "[", "］": "]",
                        "—": "-", "–": "-", "＝": "=", "×": "*", "＊": "*", "÷": "/", "；": ";", "，": ",", "：": ":",
                        "。": ";", " ": "", "\u3000": "", "\n": "", "\r": "", "\t": "",
                        "旳": "的",  # (旳: a variant of 的 that text recognition and old fonts give)
                        # “⒈完成…;⒉实施…”: a number with its full stop in one character (U+2488…U+249B)
                        **{chr(0x2488 + i): f"{i + 1}." for i in range(20)}})


#: words naming a rate or a share (“费用率”, “人工成本占比”, “满意度”, “完成度”, “指数”, “费用比”): its line or limit is a
#: rate too, so a difference from it may be meant in 个百分点 rather than in % of it
RATE_NAMED = lazy_compile(r"率|比例|比重|比值|占比|满意度|完成度|指数|%|比$")


#: a line break within a cell (Alt+Enter in a spreadsheet), with the blanks around it
_LINE_BREAK = lazy_compile(r"[ \t\u3000]*(?:\r\n|\r|\n)+[ \t\u3000]*")
#: marks that close or open a clause: a line break beside one of them separates nothing more
_CLAUSE_MARKS = frozenset(";；,，。:：、")
#: a line closing a scored clause (“…得2分”, “…(2分)”, “…扣完为止”, “…不得分”, “…扣除2”, “…此分值扣完”, “…的,一级否定”,
#: “…实行一票否决”), perhaps with a short remark in brackets after its score (“…计5分(只计1次)”, “…扣5分()”)
_LINE_SCORED = lazy_compile(r"(?:[\d０-９][ \u3000]*分(?:/[\u4e00-\u9fff]{1,2})?[)）]?|满分|不得分|不计分|[为為]止|(?:分值|分数|全部)扣完|[一1]级否定|一票否决"
                          r"|扣除?[ \u3000]*[\d０-９]+(?:\.\d+)?)(?:[(（][^()（）]{0,12}[)）])?$")
#: a line opening on an item's number (“(4)未完成”, “④不符合”, “4.未完成”, “四、…”): a clause of its own, never the wrapped
#: rest of the line before it (“(3)2分:逾期完成\n(4)未完成”: the 4th item no part of the 3rd's words)
_ITEM_NUMBER = (r"(?:(?:[(（]\d{1,2}[)）]|[⑴-⒇" + CIRCLED + r"])[、.．]?|\d{1,2}[.、．](?![\d０-９])|[一二三四五六七八九十]、)"
                r"(?=[\u4e00-\u9fff(（])")
_LINE_NUMBERED = lazy_compile(_ITEM_NUMBER)
#: a list typed one item a line: a line opening on an item's number after another that did (“⑼、…名单\n⑽、…通知单”)
#: ends where it breaks, whatever the line after it opens with (“⑽、…通知单\n(10 项)每项 0.1 分”)
_LINES_OF_ITEMS = lazy_compile(r"(?:^|\n)" + _ITEM_NUMBER + r"[^\n]*\n" + _ITEM_NUMBER + r"[^\n]*$")
#: a line closing a clause of its own after one it holds (“成立办公室,领导重视且职责明确”, “…,此分值扣完”): whole words
#: after a clause mark, four at least — a line wrapped in the middle of its words leaves a word or two after the
#: mark (“达到60%得6分,此基\n础上…”), or no mark at all (“项目资金\n到位率…”)
_LINE_CLAUSED = lazy_compile(r"[,，;；:：。][^\n]*?[\u4e00-\u9fff]{4}$")
#: a line closing on a score said bare, after 得 or as a cell of its own (“…,得0.5\n无,不得分”, “…认证 2\n有可依照的…”)
_LINE_SCORED_BARE = lazy_compile(r"(?:[得计记]|[ \u3000])[\d０-９]+(?:\.\d+)?$")
#: …but not a figure whose measure word the next line opens on: the figure wrapped from its unit (“每少 1\n次扣2分”)
_MEASURE_OPENING = lazy_compile(r"[分个次项人天日月年周处件家户元倍名条篇份起宗例种类]")


def line_breaks_read(text: str) -> list[str]:
    """The readings of a cell's line breaks (Alt+Enter in a spreadsheet), the likeliest first, each once; a text without
    one is its own only reading. A break beside a clause mark adds nothing to it; any other may end a clause (“…计15分\n
    联名…”, “…0分\n执行较差40%”: “;”), part two cells (“95%以上 10\n90%-95% 8”: a space) or wrap a line in the middle of
    its words (“项目资金\n到位率”: nothing). Likeliest: a clause ended after a score said (bare too: “…得0.5\n无…”),
    before an item's number, after a line of a list typed one item a line, or after a line closing a clause of its own
    (“…,领导重视且职责明确\n足额配备…”: a cell typed with Alt+Enter after each clause), cells between two figures,
    else nothing; then every break a clause's end; then none at all. Deleting every break, as spaces are, would run
    clauses and figures together (“…得10分\n90%-95%…” → “…得10分90%-95%…”)."""
    if "\n" not in text and "\r" not in text:
        return [text]

    def read(m: re.Match[str], ends: bool) -> str:
        before, after = text[:m.start()], text[m.end():]
        if not before or not after or before[-1] in _CLAUSE_MARKS or after[0] in _CLAUSE_MARKS:
            return ""
        if ends or _LINE_SCORED.search(before) or _LINE_NUMBERED.match(after) or _LINES_OF_ITEMS.search(before):
            return ";"
        if re.match(r"[\u4e00-\u9fff]", after) and (
                _LINE_CLAUSED.search(before) or (_LINE_SCORED_BARE.search(before) and not _MEASURE_OPENING.match(after))):
            return ";"
        return " " if re.match(r"[\d%％]", before[-1]) and re.match(r"[\d０-９≥≤<>＞＜]", after) else ""

    likeliest = _LINE_BREAK.sub(lambda m: read(m, False), text)
    clauses = _LINE_BREAK.sub(lambda m: read(m, True), text)
    joined = _LINE_BREAK.sub("", text)
    return list(dict.fromkeys((likeliest, clauses, joined)))


#: a figure that is part of a name, joined to capital letters (“6S标识”, “5G基站”, “4A级景区”): no number of the rule
NAME_NUMBER = lazy_compile(r"(?<![\d.A-Za-z])\d+(?=[A-Z]+(?![A-Za-z\d]))|"
                         # or a grade of a registered qualification (“1级建造师”, “2级造价工程师”): its name
                         r"(?<![\d.])[1-4](?=级(?:注册)?(?:建造师|造价(?:工程)?师|消防(?:工程)?师|建筑师|结构工程师|安全评价师)(?!\d))|"
                         # or the code of a standard, after its letters (“GB50034”, “JGJ50”, “ISO9001”)
                         r"(?<=[A-Z])\d+|"
                         # or the hours of a service round the clock (“7×24小时值守”, “5×8小时”): its name
                         r"(?<![\d.*])[57](?=\*(?:24|8)小时)|(?<=[57]\*)(?:24|8)(?=小时)")


#: the window of time the cases counted or the things required fall in, describing them: “近三年”, “近3年内”, “开标当日倒推3年内”,
#: “自2021年1月1日以来”, “2021年1月1日至今” (no line the team measures)
CASES_WINDOW = lazy_compile(r"(?:近|倒推|前)\d+(?:个)?(?:年|月)(?:内|来|以来)?|自?\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?(?:以来|起|至今)")


def figure_in(words: str) -> bool:
    """Whether ``words`` hold a figure other than a name's (NAME_NUMBER: “ISO9001质量管理体系认证证书”, “7×24小时值守”)
    or a window of time's (CASES_WINDOW: “近三年内未发生…”): a condition holding one is a line the team checks."""
    return bool(re.search(r"\d", NAME_NUMBER.sub("", CASES_WINDOW.sub("", words))))


def normalize(text: str) -> str:
    """Half-width digits and punctuation, no spaces, numerals in digits — so patterns stay short.

    Circled numbers are kept. Numerals written in Chinese are turned into digits where a measure
    word follows them (“每超过一个百分点扣零点五分” → “每超过1个百分点扣0.5分”, “半个月” → “0.5个月”). A schedule
    of deductions with no verb (“垃圾桶破损 0.5分/个 … 扣完为止”) gets its 扣 said (``deductions_unsaid`` tells).
    """
    t = _surface(text)
    if "超" in t and _CAP_THEN_PAST.search(t):  # “请假不超过10人,超过1个扣0.1分”, “不超过12节,每超出1节扣0.1分”: the
        t = _CAP_THEN_PAST.sub(r"超过\g<n>\g<u>的,每\g<u>", t)  # count let pass, then each past it, written the one way the readings know
    if "每多" in t and _FIRST_THEN_EACH_ALIKE.search(t):  # “有1件案件扣0.3分,每多1件扣0.3分”: the first case and each more
        t = _FIRST_THEN_EACH_ALIKE.sub(r"每\g<verb>1\g<u>\g<what>扣\g<a>分", t)  # cost alike: a cost per case
    if "基本满意" in t:
        t = survey_asides_dropped(t)
    if "分钟" in t and "小时" in t:
        t = minutes_as_hours(t)
    return _schedule(t) if _may_be_schedule(t) else t


#: a figure as it may be typed: digits (full width too) or numerals written in Chinese, with their decimal point
_TYPED_FIGURE = lazy_compile(r"[0-9０-９零〇一二三四五六七八九十百千万两兩]+(?:[.．点點][0-9０-９零〇一二三四五六七八九]+)?")
_TYPED_FIGURE_CHARS = "0123456789０１２３４５６７８９零〇一二三四五六七八九十百千万两兩.．点點半"


def _read_alike(typed: str, normal: str) -> bool:
    """Whether ``normal`` is ``typed`` as the normaliser writes it, one for one: half-width and simplified characters,
    a figure in digits (“零点五” as 0.5, “一百” as 100), a line break as the stop it reads as."""
    if not typed or not normal:
        return typed.isspace() if typed else False
    if all(c in _TYPED_FIGURE_CHARS for c in typed) and all(c in "0123456789." for c in normal):
        return True
    return len(typed) == len(normal) and all(
        t.translate(_TRANS) == n or (t.isspace() and n in ";,") for t, n in zip(typed, normal))


def words_typed(original: str, text: str, spans: Iterable[tuple[int, int]]) -> list[str]:
    """The words of ``original`` (a 评分标准 as the evaluator typed it) that ``spans`` over ``text`` (the same words after
    ``normalize`` and the readings after it) cover, in the order of the text, each once.

    The two are aligned character by character; a character the normaliser changed for one of its own (a full-width
    digit, a traditional character, “一” as 1) maps to it, a figure it wrote in digits of another length (“一百” as 100)
    maps as a whole. A word cut inside a figure is widened to the whole figure (“零点五”, never “零点”); words that overlap
    once widened are one run. Where the words so found do not read as the normalised ones (the normaliser rewrote the
    phrase: “直至扣完该项分值” read as 扣完为止), the normalised words are given instead."""
    spans = [(a, b) for a, b in spans if a < b]
    if original == text:
        return list(dict.fromkeys(text[a:b] for a, b in spans))
    ops = SequenceMatcher(None, text, original, autojunk=False).get_opcodes()

    def start(i: int) -> int:
        for tag, i1, i2, j1, j2 in ops:
            if i1 <= i < i2:
                return j1 + i - i1 if tag == "equal" or i2 - i1 == j2 - j1 else j1
        return len(original)

    def end(i: int) -> int:
        for tag, i1, i2, j1, j2 in ops:
            if i1 < i <= i2:
                return j1 + i - i1 if tag == "equal" or i2 - i1 == j2 - j1 else j2
        return len(original)

    def alike(a: int, b: int) -> bool:  # every change the normaliser made inside text[a:b] only rewrote how it is typed
        return all(tag == "equal" or _read_alike(original[j1:j2], text[i1:i2])
                   for tag, i1, i2, j1, j2 in ops if (i1 < b and a < i2) or a < i1 == i2 < b)

    figures = [m.span() for m in _TYPED_FIGURE.finditer(original)]
    found: list[tuple[int, int, str | None]] = []  # where in the original, and the normalised words where it is not sure
    for a, b in spans:
        s, e = start(a), end(b)
        for f, g in figures:
            s = f if f < s < g else s
            e = g if f < e < g else e
        sure = s < e and (alike(a, b) or text[a:b] in normalize(original[s:e]))  # (the cheaper test first)
        found.append((s, e, None) if sure else (s, e, text[a:b]))
    words: list[str] = []
    last = (0, 0, -1)  # the run of the original the last sure words came from, and where they are in ``words``
    for s, e, own in sorted(found, key=lambda x: (x[0], x[1])):
        if own is not None:
            words.append(own)
        elif last[2] >= 0 and s < last[1]:  # overlapping the words before once widened: one run of words
            last = (last[0], max(e, last[1]), last[2])
            words[last[2]] = original[last[0]:last[1]]
        else:
            last = (s, e, len(words))
            words.append(original[s:e])
    return list(dict.fromkeys(words))


#: what proves a case, named in a note (“有效证书复印件”, “营业执照或房屋租赁合同复印件”, “查询结果截图”, “证书复印件及社保证明”):
#: the papers shown, no figure, nothing that scores
EVIDENCE = (r"(?:[^()\d,;。得计扣分]{0,20}?(?:复印件|扫描件|原件|证明|截图|证书|合同|发票|中标通知书|验收报告|网站查询结果)"
            r"(?:[^()\d,;。得计扣分]{0,12}?(?:复印件|扫描件|原件|证明|截图|公章|备查))?)")
#: a note in brackets of what proves the case (“(以证书复印件为准)”, “(提供营业执照或房屋租赁合同复印件)”)
EVIDENCE_NOTE = lazy_compile(r"\((?:以" + EVIDENCE + r"为准|(?:须|需)?提供" + EVIDENCE + r")\)")


#: a time in minutes (“30分钟内到达现场”)
_MINUTES = lazy_compile(r"(?<![\d.])(\d+)分钟")


def minutes_as_hours(t: str) -> str:
    """Times in minutes beside times in hours (“30分钟内到达现场得3分,1小时内得2分,超过1小时不得分”) written in hours, one unit
    for the bands (“0.5小时内”), where every one of them is a quarter hour's multiple and no step follows; otherwise the text
    as it is."""
    minutes = [int(m.group(1)) for m in _MINUTES.finditer(t)]
    if not minutes or any(n == 0 or n % 15 for n in minutes) or "每" in t:
        return t  # (a step after a line, “30分钟内到达,每超时1小时扣1分”: how a part hour counts is unsaid, in either unit)
    return _MINUTES.sub(lambda m: f"{number_text(Decimal(m.group(1)) / 60)}小时", t)


#: a clause on the answers a survey's satisfaction counts (“满意率按“满意”和“基本满意”合计计算”): how the rate is
#: reckoned, no score (never a clause of a score: “…,否则…”)
_ANSWERS_COUNTED = lazy_compile(r"(?P<open>^|[,;(])(?P<clause>[^,;()\d]{0,10}?满意(?:度|率)按“?满意”?(?:和|与|及|、|\+)“?基本满意”?"
                              r"(?:的)?(?:人数|票数|比例)?(?:合计|之和|相加|加总)?(?:计算|计|统计))(?P<close>$|[,;)])")
_ASIDE_SCORED = lazy_compile(r"^(?:否则|未|不足|达不到|低于|少于|每少|不满|若)")


def survey_asides_dropped(t: str) -> str:
    """The text without its clauses on the answers its satisfaction counts (``_ANSWERS_COUNTED``), where what is left
    scores a rate of the survey (满意度, …率); else the text as it is. (A survey's sample, “问卷不少于100份”, is no such
    clause: what happens when it falls short is unsaid, a value in a unit of its own, to check.)"""
    out = t
    for m in reversed(list(_ANSWERS_COUNTED.finditer(t))):
        if _ASIDE_SCORED.match(t[m.end():]):
            continue
        if m.group("open") == "(" and m.group("close") == ")":
            out = out[:m.start()] + out[m.end():]
        elif m.group("open") in ("", ";", ",") and m.group("close") in ("", ";", ","):
            out = out[:m.start()] + (m.group("open") if m.group("close") else "") + out[m.end():]
    out = out.strip(";,")
    if out == t or not re.search(r"满意|率", out) or not re.search(r"得|扣|分", out):
        return t
    return out


def deductions_unsaid(text: str) -> str:
    """The points per case of a schedule of deductions that ``normalize`` reads as taken off though the text says no
    扣 before them (“0.5分/个、1分/处”), or "" when it reads none so: a reading of the words, so a proposal built on it
    is to check."""
    t = _surface(text)
    if not _may_be_schedule(t) or _schedule(t) == t:
        return ""
    return "、".join(dict.fromkeys(m.group(0) for m in re.finditer(r"\d+(?:\.\d+)?" + _PER_CASE_OF_SCHEDULE, t)))


#: the points closing a situation (“…,1分;”, “得1分”): where a score whose decimal point was lost may stand (“15分”)
_SITUATION_POINTS = lazy_compile(r"(?<=[,:;得计记])(\d+(?:\.\d+)?)分")


def point_slipped(t: str, weight: Decimal) -> tuple[str, str, str]:
    """“40%-42%,15分;超过42%,2分” of 分值 2: a two-figure score past the 分值 that, its decimal point put back (1.5), lies
    between the scores said before and after it, is read so (``_POINT_LOST``'s slip, without the leading 0). The text read,
    the score as written and as read, or (t, "", "") when none is so: a reading of a slip, so a proposal built on it is
    to check."""
    scores = list(_SITUATION_POINTS.finditer(t))
    for before, m, after in zip(scores, scores[1:], scores[2:]):
        n = m.group(1)
        if len(n) != 2 or n[1] == "0" or Decimal(n) <= weight:
            continue
        read, ends = Decimal(n[0] + "." + n[1]), sorted((Decimal(before.group(1)), Decimal(after.group(1))))
        if ends[0] < read < ends[1] <= weight:
            return t[:m.start()] + f"{read}" + t[m.end(1):], m.group(0), f"{read}分"
    return t, "", ""


#: an option's points in brackets with a pause mark between two digits: “(2、5分)”, “(0、5分)” (a page's 2.5, 0.5)
_PAUSE_POINT = lazy_compile(r"\((?P<a>\d)、(?P<b>\d)分\)")


def pause_as_point(t: str, weight: Decimal) -> tuple[str, list[str]]:
    """“A.…(2、5分)B.…(2分)C.…(1、5分)” of 分值 2.5: an option's points in brackets written with a pause mark (、) for the
    decimal point, read as the figure (2.5). Only where the two figures cannot be a list of scores — the second past the
    分值 — and the figure read is within it, and every such bracket of the text reads so. The text read and each bracket
    as written (to check: the reading of a mark), or (t, []) when none is so."""
    found = list(_PAUSE_POINT.finditer(t)) if "、" in t else []
    if not found or any(Decimal(m["b"]) <= weight or Decimal(f"{m['a']}.{m['b']}") > weight for m in found):
        return t, []
    return _PAUSE_POINT.sub(lambda m: f"({m['a']}.{m['b']}分)", t), [m.group(0) for m in found]


#: one option of a list whose scores are shares of the row's points: its words, then its share or its points, then the
#: option's end (“执行较差40%;”, “执行100%分”, “未执行0分;”); the words may hold a share of their own (“80%以上合法80%”)
_SHARE_OPTION = lazy_compile(r"(?P<label>[^;]*?[\u4e00-\u9fff)])(?P<n>\d+(?:\.\d+)?)(?P<unit>%分?|分)(?:[;,]|$)")
#: the heading of the cell before its words (“评分标准:”, “评价标准:”): names the column, no part of the rule
_SHARE_HEAD = lazy_compile(r"^(?:评分|评价|计分|考核)标准:")


def shares_as_points(t: str, weight: Decimal) -> tuple[str, str]:
    """“未执行0分;执行较差40%;…;执行良好100%”: options scored as shares of the row's points, the best 100%, written in
    points of ``weight`` (40% of 5 → “2分”), without the cell's heading (“评分标准:”). The text read and the shares as written, or (t, "") when it is no such
    list: a reading of what the shares are of, so a proposal built on it is to check. The best may be said 满分 and the
    least 不得分 (“完全符合的,得满分;基本符合的,得60%;不符合的,得0分”), where no option's words hold a figure (a band's
    line, “≥90%得满分,80%-90%得80%”, is no option of words) nor name the 分值 (“得分值的60%” are graded shares, 等级评定)
    nor take the share off (“基本符合扣40%”)."""
    if "%" not in t or weight <= 0:
        return t, ""
    found = _share_options(t)
    if found is None and ("满分" in t or "不得分" in t):
        found = _share_options(_FULL_OR_NONE.sub(lambda m: "100%" if m.group(0) == "满分" else "得0分", t))
        if found is not None and any(re.search(r"\d|(?:分值|权重分?|满分)的$|(?:扣|扣除|减)$", m.group("label"))
                                     for m in found):
            found = None
    if found is None:
        return t, ""
    out = "".join(f"{m.group('label')}{number_text(weight * Decimal(m.group('n')) / 100)}分;" for m in found)
    return out.rstrip(";"), "、".join(m.group("n") + m.group("unit") for m in found if m.group("unit") != "分")


#: the whole of the row's points taken off as a share (“扣除指标分值的100%”, “扣权重分的100%”, “扣100%” closing its clause):
#: the row's zero, ``normalize`` writes it as “不得分” (never in a clause of a step, “每低1%扣100%”, nor a share of another
#: thing, “扣除预算的100%”)
_WHOLE_SHARE_OFF = lazy_compile(r"扣(?:除|减)?(?:(?:(?:该|本|此)?(?:项|指标|项指标)?分值|权重分)的)?100%(?=$|[,;.。，；)])")


#: the best option's full marks and the least option's nothing, said in words beside shares (“得满分”, “不得分”)
_FULL_OR_NONE = lazy_compile(r"(?<=[得计])满分|不得分")


def _share_options(t: str) -> list[re.Match[str]] | None:
    """The options of a list scored in shares of the row's points (``shares_as_points``), or None."""
    head = _SHARE_HEAD.match(t)
    start = head.end() if head else 0
    found, pos = [], start
    for m in _SHARE_OPTION.finditer(t, start):
        if m.start() != pos:
            return None
        found.append(m)
        pos = m.end()
    if len(found) < 2 or t[pos:].strip(";,.") or not any(m.group("unit") != "分" for m in found):
        return None
    shares = [Decimal(m.group("n")) for m in found if m.group("unit") != "分"]
    if max(shares) != 100 or any(Decimal(m.group("n")) != 0 for m in found if m.group("unit") == "分"):
        return None  # points beside shares, or no share of full marks: not options scored in shares of the row
    return found



def past_line(units: str) -> re.Pattern[str]:
    """A line past which each step costs, in ``units`` (an alternation of unit words): “超过3天的,每延迟1天扣0.5分”,
    “逾期5个工作日以上的”, “超过规定时限2小时”, “3人以上的,每人扣1分”, “超过2次的,每次扣1分”. The cases up to it cost nothing;
    whether each counts from the first once past it or only those past it is unsaid. Groups: ``n``/``unit`` (超过 N) or
    ``n2``/``unit2`` (N 以上; “1天以上” counts from the first)."""
    return lazy_compile(r"(?:超过|超出|大于|多于|高于|满)(?:规定|约定|要求)?(?:时限|时间|期限|日期)?(?P<n>\d+(?:\.\d+)?)"
                      r"(?P<unit>" + units + r")|(?P<n2>\d+(?:\.\d+)?)(?P<unit2>" + units + r")(?:及)?以上")

#: a share of the row's points said where points would stand, after the verb that scores it: “扣除指标分值的10%”,
#: “各占指标分值的1/4”, “得分值的1/2”, “得80%分值”, “扣除权重分的20%”, “每项要点占25%”, “具备要素1得50%”; a situation's
#: share said as what its points are (“合著的第一署名的分值为80%;第二署名的为40%”)
_ROW_SHARE = lazy_compile(r"(?P<v>扣除|扣减|扣|各占|占|各得|得|计|(?<=分值)为|(?<=的)为)(?P<of>(?:该|本|此)?(?:项|指标|项指标)?(?:标准)?"
                        r"(?:分值|权重分|权重|满分|标准分)的)?(?P<n>\d+(?:\.\d+)?%|[1-9]/[2-9]|[二三四五]分之一)"
                        # (“得80%分值”, “得60%的指标分值”: the row's points named after the share)
                        r"(?P<after>(?<=%)的?(?:该|本|此)?(?:项|指标|项指标)?(?:标准)?(?:分值|权重分|标准分))?(?![\d/%分])")
#: a share in words, as (numerator, denominator): the value is weight × numerator ÷ denominator, so a third of 3 is 1
#: exactly (never 3 × 0.333…, short of it)
_ROW_SHARE_OF = {"二分之一": (1, 2), "三分之一": (1, 3), "四分之一": (1, 4), "五分之一": (1, 5)}


def row_shares_as_points(t: str, weight: Decimal) -> tuple[str, list[str], bool]:
    """“每发现一处问题扣除指标分值的10%”, “要点①②③④各占指标分值的1/4”, “具备要素1得50%,其余每项得10%”: shares of the
    row's points, written in points of ``weight`` (10% of 5 → “扣0.5分”, “各占…1/4” of 4 → “各1分”). The text read, the
    shares as written, and whether each is sure: a share naming the row's points (“扣…分值的10%”, “得分值的80%”) is; one
    with no 分值 named (“每项要点占25%”, “得50%”, “扣10%”) is read so and left to check. (t, [], False) when a share
    is not a whole share of points (above 100%, or not exact in points of ``weight``). Read only where the text is
    otherwise not placed: a rate's step (“每低于1个百分点扣分值的5%”) and graded shares (“基本符合得分值的60%”) have
    readings of their own."""
    if weight <= 0:
        return t, [], False
    said: list[str] = []
    sure = True

    def points(m: re.Match[str]) -> str:
        nonlocal sure
        n = m.group("n")
        num, den = ((Decimal(n[:-1]), Decimal(100)) if n.endswith("%") else _ROW_SHARE_OF[n] if n in _ROW_SHARE_OF
                    else (Decimal(n[0]), Decimal(n[2])))
        value = weight * num / den
        if not 0 < num <= den or value != value.quantize(Decimal("0.01")):
            raise ValueError(n)
        said.append(m.group(0))
        sure = sure and bool(m.group("of") or m.group("after"))
        verb = {"各占": "各", "占": "", "扣除": "扣", "扣减": "扣"}.get(m.group("v"), m.group("v"))
        return f"{verb}{number_text(value.normalize())}分"

    try:
        out = _ROW_SHARE.sub(points, t)
    except ValueError:
        return t, [], False
    return (out, said, sure) if said else (t, [], False)


#: half of the row's points said in words as a situation's score: “部分达成的得一半”, “80%-90%得一半分”, “得50%分值”,
#: “得分值的一半”, “计满分的一半”
_HALF_SCORED = lazy_compile(r"(?<=[得计记为])(?:一半分值|一半分|一半|分值的一半|满分的一半|50%(?:的)?分值|半数分值)(?=[,;]|$)")
#: the full marks a text gives another situation, of which the half is said
_FULL_SCORED = lazy_compile(r"[得计记为]满分")


def half_as_points(t: str, weight: Decimal) -> tuple[str, str]:
    """“达成预期指标的得满分,部分达成的得一半,未达成的不得分”: a situation scoring half of the row's points, in a text that
    gives another its full marks (“得满分”), written in points of ``weight`` (“得一半” of 10 → “得5分”) so the readings of
    situations and bands take it. The text read and the half as written, or (t, "") when it says no half so: a reading
    of what the half is of (the 分值, not the points a situation might otherwise earn), so a proposal built on it is to
    check."""
    if weight <= 0 or ("半" not in t and "50%" not in t) or not _FULL_SCORED.search(t):
        return t, ""
    said = [m.group(0) for m in _HALF_SCORED.finditer(t)]
    if not said:
        return t, ""
    return _HALF_SCORED.sub(lambda m: f"{number_text(weight / 2)}分", t), said[0]


#: a grade's name where grades are defined first and scored after (“…的为优秀,…的为良好,其余为合格;计分:优秀100%,…”)
_DEFINED_GRADE = r"(?:不合格|不及格|优秀|良好|中等|较好|一般|较差|合格|及格)"
#: the grades defined in turn (each “…的为优秀”, the last perhaps “其余为合格”), then each grade's score after a heading
_GRADES_DEFINED_THEN_SCORED = lazy_compile(
    r"^(?P<defs>(?:[^;]*?(?:的|者)?为" + _DEFINED_GRADE + r"[,;]){1,7}[^;]*?(?:的|者)?为" + _DEFINED_GRADE + r")[;,]"
    r"(?:计分|得分|赋分|评分|分值)(?:标准|办法)?:(?P<scores>(?:" + _DEFINED_GRADE + r"(?:得|计)?\d+(?:\.\d+)?(?:%|分)[,;、]?){2,8})$")
_DEFINED_GRADE_SCORE = lazy_compile(r"(?P<g>" + _DEFINED_GRADE + r")(?:得|计)?(?P<n>\d+(?:\.\d+)?)(?P<unit>%|分)")
_GRADE_DEFINITION = lazy_compile(r"(?P<words>[^,;]*?)(?P<of>的|者)?为(?P<g>" + _DEFINED_GRADE + r")(?:[,;]|$)")


def grades_defined_then_scored(t: str, weight: Decimal) -> tuple[str, str]:
    """“就业率在95%及以上的为优秀,90%-94%的为良好,…,低于80%的为不合格;计分:优秀100%,良好85%,…,不合格0分”: the grades
    defined first, each then scored (in shares of the row's points, the best 100%, or in points), written as each
    definition scoring its grade's points (“…的得42.5分”) so the readings of situations and bands take them. The text read
    and the scores as written, or (t, "") when it is no such text: a reading of which grade each score is of, so a
    proposal built on it is to check."""
    m = _GRADES_DEFINED_THEN_SCORED.match(t.rstrip(";."))
    if m is None or weight <= 0:
        return t, ""
    defs = list(_GRADE_DEFINITION.finditer(m.group("defs")))
    if "".join(x.group(0) for x in defs).rstrip(",;") != m.group("defs"):
        return t, ""
    scores = list(_DEFINED_GRADE_SCORE.finditer(m.group("scores")))
    graded = {x.group("g"): x for x in scores}
    named = [x.group("g") for x in defs]
    if len(set(named)) != len(named) or len(graded) != len(scores) or set(graded) != set(named):
        return t, ""  # a grade defined twice, scored twice, or one scored that is not defined (or the other way)
    shares = [x for x in scores if x.group("unit") == "%"]
    if shares and (max(Decimal(x.group("n")) for x in shares) != 100
                   or any(Decimal(x.group("n")) != 0 for x in scores if x.group("unit") == "分")):
        return t, ""  # shares beside points other than 0, or no share of full marks
    if not shares and max(Decimal(x.group("n")) for x in scores) != weight:
        return t, ""

    def points(g: str) -> Decimal:
        x = graded[g]
        n = Decimal(x.group("n"))
        return weight * n / 100 if x.group("unit") == "%" else n

    ranked = [points(g) for g in named]
    if ranked != sorted(ranked, reverse=True) and ranked != sorted(ranked):
        return t, ""  # the grades' scores out of the order of their definitions: no ladder
    out = ";".join(f"{x.group('words')}{x.group('of') or ''}得{number_text(points(x.group('g')))}分" for x in defs)
    return out, "、".join(x.group("g") + x.group("n") + x.group("unit") for x in scores)


#: what a count of items met is of (“符合上述3项标准”, “满足其中2项要求”)
_MET_OF = r"(?:标准|要求|条件|内容|指标|要素|规定)"
#: one step of a count of items met and its points: “符合上述3项标准为3分”, “满足2项要求的得2分”, “达到1项,计1分”
_ITEMS_MET_STEP = lazy_compile(r"(?:符合|满足|达到|具备|做到)(?:上述|以上|其中|下列|所列)?(?P<k>\d+)项" + _MET_OF + r"?(?:的|者)?,?"
                             r"(?:为|得|计|记)?(?P<pts>\d+(?:\.\d+)?)分")
#: none of them met, for nothing: “3项标准均不符合为0分”, “均不满足的不得分”, “都未达到的,得0分”
_ITEMS_MET_NONE = lazy_compile(r"(?:\d+项" + _MET_OF + r"?)?(?:均|都|全|全部)(?:不|未)(?:符合|满足|达到|具备|做到)(?:的|者)?,?"
                             r"(?:为0分|" + ZEROED + r")")


def items_met_ladder(t: str, weight: Decimal) -> tuple[int, str] | None:
    """“符合上述3项标准为3分;符合2项标准为2分;符合1项标准为1分;3项标准均不符合为0分”: the points of each count of items met,
    every count from all of them down to one (none perhaps said for 0), each item worth the same share of ``weight``:
    a 要点核查 of that many items whose words are elsewhere. Their number and the noun they are counted in (标准; "" when
    none is said), or None when the text is no such ladder (the points of a count out of step are situations to choose
    from)."""
    body = t.rstrip(";.")
    steps, pos = [], 0
    for m in _ITEMS_MET_STEP.finditer(body):
        if body[pos:m.start()].strip(";,"):
            return None
        steps.append(m)
        pos = m.end()
    rest = body[pos:].strip(";,")
    if rest and _ITEMS_MET_NONE.fullmatch(rest) is None:
        return None
    counts = [int(m.group("k")) for m in steps]
    n = counts[0] if counts else 0
    if n < 2 or counts != list(range(n, 0, -1)) or weight <= 0:
        return None
    if any(Decimal(m.group("pts")) * n != weight * int(m.group("k")) for m in steps):
        return None  # points not in step with the count: a choice of situations
    noun = re.search(_MET_OF, body[:steps[0].end()])
    return n, noun.group(0) if noun else ""


#: the requirements listed, then the 分值 for all of them: “黑板干净、讲台无灰尘,窗台无灰尘,给10分”, “…摆放整齐得满分”
_ALL_LISTED_FULL = lazy_compile(r"^(?P<req>[^;\d:]{4,80}?)(?:的|者)?,?(?:给|得|计|记)(?:满分|(?P<pts>\d+(?:\.\d+)?)分)$")
#: a count of them met and its points: “以上达4项的给9分”, “达到3项得8分”, “符合2项的,计7分”
_MET_RUNG_SAID = r"(?:以上|上述|其中)?(?:达|达到|符合|满足|做到)(?P<k>\d+)项(?:的|者)?,?(?:给|得|计|记)?(?P<pts>\d+(?:\.\d+)?)分"
_MET_RUNG = lazy_compile("^" + _MET_RUNG_SAID + "$")
#: none of them met: “1项不达给5分”, “均未达到的得5分”, “1项都未达到的不得分”
_MET_NONE_SAID = (r"(?:1项(?:都|也|均)?(?:不达|未达|未达到|不符合|未做到)(?:标准|要求)?|(?:均|都|全部)(?:不达|未达到|不符合|未做到)(?:标准|要求)?)"
                  r"(?:的|者)?,?(?:(?:给|得|计|记)?(?P<none>\d+(?:\.\d+)?)分|" + ZEROED + r")")
_MET_NONE = lazy_compile("^" + _MET_NONE_SAID + "$")
#: the counts met of such a ladder and their points, where a reading places the words of a text (``met_count_ladder``)
#: (and the requirements listed before the 分值 the first count follows: “黑板干净、讲台无灰尘,给10分;以上达4项的…”)
#: (the counts run on from the first, none met only after them)
_RUNG_UNNAMED, _NONE_UNNAMED = (re.sub(r"\(\?P<\w+>", "(?:", x) for x in (_MET_RUNG_SAID, _MET_NONE_SAID))
MET_COUNT_SAID = ("(?:" + _RUNG_UNNAMED + "(?:;" + _RUNG_UNNAMED + ")*(?:;" + _NONE_UNNAMED + ")?"
                  r"|^[^;\d:]{4,80}?(?=(?:的|者)?,?(?:给|得|计|记)(?:满分|\d+(?:\.\d+)?分);(?:以上|上述|其中)?(?:达|达到|符合|满足|做到)\d+项))")


class MetCountLadder(NamedTuple):
    """A ladder of the count of listed requirements met (``met_count_ladder``)."""
    listed: list[str]  # the requirements as the text lists them (split at its commas and 、)
    n: int  # how many there are, as the ladder counts them (its highest count met and one)
    rungs: list[tuple[int, Decimal]]  # each count met below all of them and its points, highest first
    none: Decimal | None  # the points of none met, when said


#: a word joining two requirements within one piece of such a list (“…窗户明亮以及门窗完好”, “…和门窗完好”): never 及 of 及时,
#: 及格, 与 of 参与, 和谐, 合并 (a piece of two requirements the ladder may count as one)
_JOINED_IN_PIECE = lazy_compile(r"(?<=[\u4e00-\u9fff]{2})(?:以及|并且|同时|和(?!谐)|(?<!参)与|(?<![合兼])并(?!列)|及(?![时格早]))(?=[\u4e00-\u9fff]{2})")


def met_count_listed_doubt(ladder: MetCountLadder) -> str:
    """Why the requirements a ladder of counts met follows may not be the ones it counts, or "": the list splits into
    another number of pieces than the ladder counts, or a piece joins two of them by a word (“…窗户明亮以及门窗完好”)."""
    n = ladder.n
    said = f"按 {n} 项要求读（达{ladder.rungs[0][0]}项以下各档），请核对各项"
    if len(ladder.listed) != n:
        return f"“{'、'.join(ladder.listed)}”：{said}"
    joined = [(x, m.group(0)) for x in ladder.listed if (m := _JOINED_IN_PIECE.search(x))]
    if joined:
        return "；".join(f"“{x}”中的“{j}”" for x, j in joined) + f"或连着两项要求：{said}"
    return ""


def met_count_ladder(t: str, weight: Decimal) -> MetCountLadder | None:
    """“黑板干净、讲台无灰尘,墙报美观,给10分;以上达2项的给9分;达1项给8分;1项不达给7分”: requirements listed for the 分值,
    then the points of each count of them met, from all but one down to one (none met perhaps said), the points falling
    with the count: None when the text is no such ladder."""
    clauses = [c for c in t.rstrip(";.").split(";") if c]
    if len(clauses) < 3:
        return None
    full = _ALL_LISTED_FULL.match(clauses[0])
    if full is None or (full.group("pts") and Decimal(full.group("pts")) != weight):
        return None
    none_m = _MET_NONE.match(clauses[-1])
    steps = [_MET_RUNG.match(c) for c in (clauses[1:-1] if none_m else clauses[1:])]
    if len(steps) < 2 or any(m is None for m in steps):
        return None
    rungs = [(int(m.group("k")), Decimal(m.group("pts"))) for m in steps if m]
    top = rungs[0][0]
    if [k for k, _ in rungs] != list(range(top, 0, -1)):
        return None
    none = (Decimal(none_m.group("none")) if none_m.group("none") else Decimal(0)) if none_m else None
    scores = [weight, *(x for _, x in rungs), *([] if none is None else [none])]
    if any(a <= b for a, b in itertools.pairwise(scores)):
        return None  # points that do not fall with the count: situations to choose from
    listed = [x.strip() for x in re.split(r"[,、]", full.group("req")) if x.strip()]
    return MetCountLadder(listed, top + 1, rungs, none)


def _may_be_schedule(t: str) -> bool:
    return "分/" in t and _DEDUCTING.search(t) is not None and not _NOT_A_SCHEDULE.search(t)


def scores_unsaid(text: str) -> str:
    """The points of the text's cells read as points though the text writes no 分 after them (“由厂长负责 5 由部门主管负责
    3”, “口开立账户5口未开立账户0”), or "": a reading of the layout, so a proposal built on it is to check."""
    text = (text or "").replace("\t", " ")  # (cells joined by tabs, as by spaces)
    together = _run_together((text or "").translate(_WIDE_FIGURES))
    if together is not None:  # a row whose columns ran together: its scores are bare
        return "、".join(together[1])
    bare = [m.group("n") for m in _CELL_SCORE.finditer(text or "") if not m.group("unit")] if _in_cells(text) else []
    t = (text or "").translate(_TRANS)
    boxed = [m.group("n") for m in _BOXED.finditer(t)] if _boxes_read(t) else []
    if (yes_no := _YES_NO_BARE.match(t)) is not None:  # “是4;否0”
        boxed += [yes_no.group("y"), yes_no.group("n")]
    boxed += _equals_bare(t)  # “…一致＝1；有错误…＝0”
    signed = [m.group("n") for m in _SIGN_BAND_CELL.finditer(text or "")] if _sign_band_cells(text or "") else []
    half = text.translate(_WIDE_FIGURES)
    if _BAND_CELL_SIGNED.search(half) and _band_cells(half):  # “≥95% 10 90%-95% 8 <90% 0”, “≥95%：10 …”: the bands' scores
        bare = [m.group("n") for m in _BAND_CELL_SCORE.finditer(half)]
    return "、".join(bare + [m.group("n") for m in _STEP_THEN_CELL.finditer(text or "")] + boxed + signed)


#: a cell of points added after the words of its case (a 信用赋分 column: “…培训的(每次) +1”, “…的参与者 +2”), perhaps said
#: twice over (“(每次)+1 +1”, the case's cell and the points' cell); never a sum of figures (“A+B”, “3+2分”)
_ADDED_CELL = lazy_compile(r"(?<=[\u4e00-\u9fff)])(?:\((?P<each>每(?:次|项|人|户|个|件|篇))\))?\+(?P<n>\d+(?:\.\d+)?)(?:\+(?P=n))?"
                         r"(?=[\u4e00-\u9fff;,]|$)(?!分)")
#: the cap of such a cell's points in the 备注 beside it, said for a period (“每年最多加3分”, “每月最多2分”, “每年最多奖10分”)
_ADDED_CAP = lazy_compile(r"每(?:年|月|季度|季|学期)最多(?:加|奖|得)?(?P<m>\d+(?:\.\d+)?)分")


def _added_cell(t: str) -> tuple[re.Match[str], re.Match[str] | None] | None:
    """The text's cell of points added and its period's cap (``_ADDED_CAP``), or None: the text's one plus must be the
    cell's (never one of several: “每按时上交1份+1,迟交+0.5”, nor a formula's), its period's cap, if any, above its points
    (a cap of the points alone, “+1 每月最多1分”, is read as it is written)."""
    if "+" not in t or "=" in t:
        return None
    m = _ADDED_CELL.search(t)
    if not m or t.count("+") != m.group(0).count("+"):
        return None
    cap = _ADDED_CAP.search(t, m.end())
    return None if cap and Decimal(cap.group("m")) <= Decimal(m.group("n")) else (m, cap)


def _points_added_read(t: str, m: re.Match[str], cap: re.Match[str] | None) -> str:
    """“…培训的(每次)+1+1每年最多加3分” → “…培训的,每次加1分,最多加3分”: the cell of points added, and the cap of its
    period, written the one way the readings know. A cap above the points makes them each time's (“参与者+2每年最多奖10分”:
    each activity taken part in); a period's cap is read as the row's (``points_added`` tells: to check)."""
    each = m.group("each") or ("每次" if cap else "")
    t = t[:m.start()] + f",{each}加{m.group('n')}分," + t[m.end():]
    if cap:
        t = _ADDED_CAP.sub(r"最多加\g<m>分", t, count=1)
    return re.sub(r",{2,}", ",", t).strip(",")


#: a fault's cost in brackets with a minus, no 扣 said (a 质检 sheet's 扣分点: “未恰当、正确称呼客户(-5)”, “…争辩(-10分)”), perhaps
#: with the fault's examples in brackets after it (“…喃喃自语(-5)(例:…)”): after the fault's words, never a figure of
#: a measure (“保持在(-5)℃”, “(-5%)”), nor after a word of place or bound (“在(-5)”, “为(-2)”); a stop may stand between the
#: fault and its cost (“有堆积垃圾。(-3分)”), as before a cost said with 扣 (``_COST_SAID_BRACKETED``)
_COST_BRACKETED = lazy_compile(r"(?:(?<=[\u4e00-\u9fff)”]);|(?<=[\u4e00-\u9fff)”])(?<![在为至到于是]))\(-(?P<n>\d+(?:\.\d+)?)分?\)(?P<aside>\([^()]*\))?"
                             r"(?![℃度%‰])")


def _costs_bracketed(t: str) -> bool:
    """Whether every score of the text is a fault's cost in brackets (``_COST_BRACKETED``): none earned, added or said
    otherwise beside them (“得10分…(-2)”, “+5”, “扣2分”)."""
    if not _COST_BRACKETED.search(t):
        return False
    rest = _COST_BRACKETED.sub(";", t)
    return not re.search(r"\d\s*分|[+＋]|-\d|扣|得|满分", rest)


def _costs_bracketed_read(t: str) -> str:
    """“A(-5)B(-5)(例:…)” → “A,扣5分;B(例:…),扣5分”: each fault and its cost, written the one way the readings know."""
    t = _COST_BRACKETED.sub(lambda m: f"{m.group('aside') or ''},扣{m.group('n')}分;", t)
    return re.sub(r";{2,}", ";", t).rstrip(";")


#: a fault's cost in brackets after it, its 扣 said: “越级行文。(扣1分)”, “主送单位不正确(扣1分)”
_COST_SAID_BRACKETED = lazy_compile(r"(?:(?<=[\u4e00-\u9fff)”]);|(?<=[\u4e00-\u9fff)”]))\(扣(?P<n>\d+(?:\.\d+)?)分\)")


def _costs_said_bracketed(t: str) -> bool:
    """Whether the text's scores are faults' costs in brackets (``_COST_SAID_BRACKETED``), two at least, and nothing
    else takes points off, earns them or counts cases (“每处”, “扣完为止”): each cost then closes its fault's clause."""
    if len(_COST_SAID_BRACKETED.findall(t)) < 2:
        return False
    rest = _COST_SAID_BRACKETED.sub(";", t)
    return not re.search(r"扣\d|减\d|得\d|每(?![份篇件])|为止|[+＋]|-\d", rest)


#: a step's fault and its cost in brackets after the step (a practical exam: “把载玻片擦拭干净(不擦拭扣1分)”, “刮取表层果肉
#: (刮取的不是表层果肉扣1分)”): the fault a denial, no count, cap or bound in it (“(每处扣1分)”, “(最多扣2分)” are not)
_FAULT_COST_BRACKETED = lazy_compile(r"(?<=[\u4e00-\u9fff”])\((?P<fault>(?:(?![每最共总扣为止])[^()])*?(?:不|未|没|无|错|漏)"
                                   r"(?:(?![每最共总扣为止])[^()])*?)扣(?P<n>\d+(?:\.\d+)?)分\)")


def _fault_costs_bracketed(t: str) -> bool:
    """Whether the text's scores are steps' faults with their costs in brackets (``_FAULT_COST_BRACKETED``), two at least,
    and nothing else takes points off, earns them or counts cases: each fault and its cost then close their step."""
    if len(_FAULT_COST_BRACKETED.findall(t)) < 2:
        return False
    rest = _FAULT_COST_BRACKETED.sub(";", t)
    return not re.search(r"扣|减\d|得\d|\d分|每(?![份篇件])|为止|[+＋]", rest)


def times_lost(text: str) -> str:
    """The quotient before the 分值 that ``normalize`` reads as multiplied by it though no 乘 sign is written (“得分=(评标
    基准价/投标报价)权重分值”: “(评标基准价/投标报价)”), or "": a reading of a lost sign, so a proposal built on it is to check."""
    t = (text or "").translate(_TRANS).replace(" ", "")
    m = _TIMES_LOST.search(t) if "=(" in t else None
    return m.group("q").removeprefix("=") if m else ""


def costs_bracketed(text: str) -> str:
    """The faults' costs in brackets with a minus that ``normalize`` reads as taken off (“(-5)”), or "": no 扣 nor 分 is
    said, so a proposal built on them is to check."""
    t = (text or "").translate(_TRANS)
    return "、".join(dict.fromkeys(m.group(0).lstrip(";").split(")")[0] + ")" for m in _COST_BRACKETED.finditer(t))) \
        if "(-" in t and _costs_bracketed(t) else ""


#: a situation's points written with a plus after its words (“能够按期交付+10分”, “…分级A级+10分”), its cost per case with a
#: minus (“行政处罚-2分/次”, also after a name in letters: “未使用DockerCompose-10分”), its zero bare (“…黑名单0分”): never
#: a sum (“3+2分”) nor a formula's
_SIGNED_PLUS = lazy_compile(r"(?<=[\u4e00-\u9fff)”」])\+(?P<n>\d+(?:\.\d+)?)分")
_SIGNED_MINUS = lazy_compile(r"(?<=[\u4e00-\u9fffA-Za-z)”])-(?P<n>\d+(?:\.\d+)?)分(?P<per>/1?[\u4e00-\u9fff])?")
_SIGNED_ZERO = lazy_compile(r"(?<=[\u4e00-\u9fff)”])(?<![得计记扣为至到第满])0分(?=[\u4e00-\u9fff]|[,;。]|$)")


def _points_signed(t: str) -> bool:
    """Whether the text writes its situations' points with their sign (``_SIGNED_PLUS``): two signed points at least, or
    one beside a cost or zero of the same kind, and no points earned with a verb, no sum nor formula."""
    if "=" in t or re.search(r"\d\+", t) or _POINTS_EARNED.search(t):
        return False
    if re.search(r"每[^,;+]*\+|最高|封顶|最多(?:加|得)", t):  # “每开展活动1次+2分,…本项最高6分”: points added per case
        return False
    plus = len(_SIGNED_PLUS.findall(t))
    return plus >= 2 or (plus == 1 and bool(_SIGNED_MINUS.search(t) or _SIGNED_ZERO.search(t)))


def _points_signed_read(t: str) -> str:
    """“A+10分B-2分/次最多扣10分C0分” → “A,得10分;B,扣2分/次,最多扣10分;C,不得分”: each situation and its points, written the
    one way the readings know."""
    t = _SIGNED_PLUS.sub(r",得\g<n>分;", t)
    t = _SIGNED_MINUS.sub(lambda m: f",扣{m.group('n')}分{m.group('per') or ''},", t)
    t = _SIGNED_ZERO.sub(",不得分;", t)
    t = re.sub(r"(最多扣\d+(?:\.\d+)?分)(?=[\u4e00-\u9fff])", r"\1;", t)  # the cap closing its case's cell
    return re.sub(r"([,;]),+|,(?=;)", r"\1", t).strip(",;")


def points_signed(text: str) -> str:
    """The situations' points written with a plus that ``normalize`` reads as earned (“+10分”), or "": a reading of the
    signs, so a proposal built on it is to check."""
    t = (text or "").translate(_TRANS)
    return "、".join(dict.fromkeys(m.group(0) for m in _SIGNED_PLUS.finditer(t))) if _points_signed(t) else ""


def points_added(text: str) -> str:
    """The cell of points added (``_ADDED_CELL``) and its period's cap as the text writes them, or "": a reading of
    a table's columns, so a proposal built on it is to check."""
    found = _added_cell((text or "").translate(_TRANS))
    return "、".join(x.group(0) for x in found if x) if found else ""


#: the grades of a rating, by rank (0 the best; grades of one rank are one grade said two ways)
GRADE_RANK = {"优秀": 0, "优": 0, "好": 0, "良好": 1, "良": 1, "较好": 1, "中等": 2, "中": 2, "一般": 2, "合格": 2,
              "及格": 2, "基本合格": 3, "较差": 3, "差": 4, "不合格": 4, "不及格": 4}
#: the grades of a ladder whose cells run together, each before its score and its words (“差 0 通道上…很脏乱 较差 1 人能通行…
#: 合格 2 … 良好 3 … 优秀 4 …”), ranked by ``GRADE_RANK``
_GRADE_CELL = lazy_compile(r"(?:^|(?<=[ \u3000]))(?P<g>" + "|".join(sorted(GRADE_RANK, key=len, reverse=True)) +
                         r")[ \u3000]+(?P<n>\d+(?:\.\d+)?)[ \u3000]+(?=[^\s\d])")
#: the unit a line of such a run may state its figure in (“30公里以内 10 60公里以内 6”): a distance, a time, a count, money
_RUN_UNIT = r"(?:公里|千米|米|小时|个工作日|工作日|天|个月|年|人次|人|家|项|次|件|户|万元|元|亩|平方米)"
#: a run of lines at least (“10↑”, “10以上”) or at most (“2↓”, “2以下”), then as many bare scores (“10↑ 8↑ 6↑ 10 8 6”): a
#: column of lines and a column of scores, each set one cell a line
_LINE_RUN = lazy_compile(r"^(?P<lines>(?:\d+(?:\.\d+)?" + _RUN_UNIT + r"?(?:↑|↓|及?以上|及?以下|以内|之内)[ \u3000]+)+)"
                       r"(?P<scores>(?:\d+(?:\.\d+)?[ \u3000]+)*\d+(?:\.\d+)?)[ \u3000]*$")
#: lines each followed by its bare score (“10↑ 10 8↑ 8 6↑ 6”): the columns of lines and scores side by side
_LINE_PAIRS = lazy_compile(r"^(?:\d+(?:\.\d+)?" + _RUN_UNIT + r"?(?:↑|↓|及?以上|及?以下|以内|之内)[ \u3000]+\d+(?:\.\d+)?(?:[ \u3000]+|$)){2,}$")
_LINE_OF_RUN = lazy_compile(r"(?P<n>\d+(?:\.\d+)?)(?P<u>" + _RUN_UNIT + r")?(?P<side>↑|↓|及?以上|及?以下|以内|之内)")
#: a row of bare figures only, in pairs: a standard and its score (“1200 20 1000 15 800 10 600 5”)
_PAIRS_RUN = lazy_compile(r"^(?:\d+(?:\.\d+)?[ \u3000]+){3,}\d+(?:\.\d+)?[ \u3000]*$")
#: options each closed by a bare score glued to their closing bracket (“…(需提供有效证明)10 …(需提供有效注册证)18”)
_BRACKET_CELL = lazy_compile(r"[)）](?P<n>\d+(?:\.\d+)?)(?=[ \u3000]+[^\s\d]|[ \u3000]*$)")


def strictly_monotone(xs: list[Decimal]) -> int:
    """1 when ``xs`` rise strictly, -1 when they fall strictly, 0 otherwise."""
    pairs = list(itertools.pairwise(xs))
    if pairs and all(a < b for a, b in pairs):
        return 1
    if pairs and all(a > b for a, b in pairs):
        return -1
    return 0


def _line_of_run(m: re.Match[str], sign: str) -> str:
    """A line of a run as the readings know it: “≥10” for a bare figure, its own words for one in a unit (“30公里以内”,
    “5人及以上” for “5人↑”), which the bands on a counted or measured figure read."""
    if m.group("u") is None:
        return f"{sign}{m.group('n')}"
    side = {"↑": "及以上", "↓": "及以下"}.get(m.group("side"), m.group("side"))
    return f"{m.group('n')}{m.group('u')}{side}"


#: a requirement in words, then the bare points of its graded columns, best first (“内容符合教学大纲要求 5 4 3”: the
#: columns A, B, C of a 检查表 whose 注 says to tick the grade that applies): two to five figures closing the text
_GRADED_COLUMNS = lazy_compile(r"^(?P<req>(?=[^\d\s]{4}).*?[\u4e00-\u9fff)）])"
                             r"(?P<scores>(?:[ \u3000]+\d+(?:\.\d+)?){2,5})[ \u3000]*$")
#: the sentence of such a requirement that scores the row nothing (“补写手册者,该项不计分”): a situation of its own
_ZERO_OF_ROW = lazy_compile(r"^[^,，]{2,30}?(?:的|者)[,，]?(?:本项|该项|此项)?" + ZEROED + r"$")
#: how the points of graded columns are written in the normalised text (choice._graded_columns reads them)
GRADED_COLUMNS = "各档得分"


#: a bare score opening a cell, its band after it (a KPI sheet's 计算方式: “100 A>=95% 90 90%<=A<95% 70 …”, “100低于0.18% 80
#: 位于0.18%~0.19%之间 …”, “100 W=0 90 W=1 …”): at the start or after a space, then a space or the band's letter, sign or
#: words, never a unit (“3 次”)
#: a unit after a figure: the figure is a count of the words (“3 次”, “1 类”), never a cell's score
_CELL_UNIT = r"[ \u3000]*(?:[分个项次名人家年月日天周条件处份例户元万亿%‰类种篇]|套(?!用))"
_SCORE_BEFORE_BAND = lazy_compile(r"(?:^|(?<=[ \u3000]))(?P<n>\d+(?:\.\d+)?)"
                                r"(?=[A-Za-z\u4e00-\u9fff≥≤<>=]|[ \u3000]+\S)(?![ \u3000]*[分个项次名人家年月日天周条件处份例户元万亿%‰])")
#: what makes such a cell a band: a sign, or words of a line
_BAND_WORDS = lazy_compile(r"[<>=≤≥~]|以上|以下|以内|之内|之间|低于|高于|超过|大于|小于|不足|不到|少于|多于")


def _scores_then_bands(text: str) -> tuple[str, list[str]] | None:
    """A row whose cells each open with a bare score and then say its band (``_SCORE_BEFORE_BAND``): three cells or more,
    the first at the start, each band a line (a sign or its words, ``_BAND_WORDS``), the scores strictly falling or rising
    along the row. Written each band then its points, with the bare scores (to check: no 分 is said)."""
    found = list(_SCORE_BEFORE_BAND.finditer(text))
    if len(found) < 3 or found[0].start() != 0:
        return None
    ends = [m.start() for m in found[1:]] + [len(text)]
    bands = [text[m.end():e].strip() for m, e in zip(found, ends)]
    if any(not b or not _BAND_WORDS.search(b) for b in bands):
        return None
    scores = [m.group("n") for m in found]
    if not strictly_monotone([Decimal(x) for x in scores]):
        return None
    return ";".join(f"{b},{x}分" for b, x in zip(bands, scores)), scores


#: a bare score opening a cell, then its situation in words (a 评分细则's small table “得分 | 条件” joined by spaces: “2 底栏入口
#: 齐全… 1 缺 1 个底栏入口… 0 缺 2 个及以上…”), perhaps after its level (“档位 | 得分 | 条件”: “L3 2 政务克制… L2 1 … L0 0 …”):
#: at the start or after a space, a space after it, never a figure of the words (“缺 1 个”, “至少 1 类”)
_SCORE_BEFORE_SITUATION = lazy_compile(r"(?:^|(?<=[ \u3000]))(?:(?P<level>[A-Z]\d?)[ \u3000]+)?(?P<n>\d+(?:\.\d+)?)[ \u3000]+"
                                     r"(?=[\u4e00-\u9fff「“(（])(?!" + _CELL_UNIT + ")")
#: a cell opening with a range of scores (“2～3 可打开，但缺…”): the points within it are the evaluator's, no situation's own
_RANGE_BEFORE_SITUATION = lazy_compile(r"(?:^|(?<=[ \u3000]))\d+(?:\.\d+)?[～~\-－—至]\d+(?:\.\d+)?[ \u3000]+"
                                     r"(?=[\u4e00-\u9fff「“(（])(?!" + _CELL_UNIT + ")")


#: a cell opening with its bare score or a range of scores, then its situation in words
_POINTS_OR_RANGE_BEFORE_SITUATION = lazy_compile(r"(?:^|(?<=[ \u3000]))(?P<n>\d+(?:\.\d+)?)(?:[～~\-－—至](?P<top>\d+(?:\.\d+)?))?"
                                               r"[ \u3000]+(?=[\u4e00-\u9fff「“(（])(?!" + _CELL_UNIT + ")")


def points_ranged_in_cells(text: str) -> str:
    """The first range of scores of a row of cells each opening with its bare score or a range of them, then its
    situation (“4 可打开搜索… 2～3 可打开，但缺… 0 无入口”: a small table “得分 | 条件” whose middle grade is a range),
    or "": two cells or more from the start, the scores (each range's top, then its bottom) strictly falling to 0. Where
    in the range a case scores is the evaluator's: the row is judged, no rule of options."""
    if "～" not in text and "~" not in text and "-" not in text and "－" not in text and "—" not in text and "至" not in text:
        return ""
    found = list(_POINTS_OR_RANGE_BEFORE_SITUATION.finditer(text))
    if len(found) < 2 or found[0].start() != 0 or not any(m.group("top") for m in found):
        return ""
    figures = [Decimal(x) for m in found for x in ((m.group("top"), m.group("n")) if m.group("top") else (m.group("n"),))]
    if strictly_monotone(figures) != -1 or figures[-1] != 0:
        return ""
    return next(m.group(0).strip() for m in found if m.group("top"))


def _scores_then_situations(text: str) -> tuple[str, list[str]] | None:
    """A row whose cells each open with a bare score (perhaps after its level, “L3”) and then say its situation in words
    (``_SCORE_BEFORE_SITUATION``): two cells or more, the first at the start, the scores strictly falling to 0 along the
    row (the best first, the last nothing done), every cell with a level or none. Written each situation then its points
    (“L3:政务克制,2分”), with the bare scores (to check: no 分 is said). A cell opening with a range of scores leaves the
    row unread."""
    found = list(_SCORE_BEFORE_SITUATION.finditer(text))
    if len(found) < 2 or found[0].start() != 0 or _RANGE_BEFORE_SITUATION.search(text):
        return None
    if len({m.group("level") is None for m in found}) != 1:
        return None
    scores = [m.group("n") for m in found]
    if strictly_monotone([Decimal(x) for x in scores]) != -1 or Decimal(scores[-1]) != 0:
        return None
    ends = [m.start() for m in found[1:]] + [len(text)]
    words = [text[m.end():e].strip() for m, e in zip(found, ends)]
    if any(not w for w in words):
        return None
    cells = [f"{m.group('level')}:{w}" if m.group("level") else w for m, w in zip(found, words)]
    return ";".join(f"{c},{x}分" for c, x in zip(cells, scores)), scores


#: a figure set apart from its unit in a cell (“25 岁以下”, “1~2 年”, “10000 元以上”): joined again
_FIGURE_UNIT_APART = lazy_compile(r"(?<=\d)[ \u3000]+(?=[岁年元万月日天周次个人名件项户家%‰㎡米]|小时)")
#: a bare score glued to the end of its option's cell, a run of scores after it (“3000 元~4000 元9 6 5”)
_SCORE_GLUED = lazy_compile(r"(?<=[\u4e00-\u9fff])(?=\d+(?:\.\d+)?[ \u3000]+\d+(?:\.\d+)?(?:[ \u3000]|$))")
#: a cell of a label run: a few words, perhaps a band's figures (“25岁以下”, “1~2年”), nothing that scores of itself
_LABEL_CELL = lazy_compile(r"(?=.*[\u4e00-\u9fff])[\u4e00-\u9fff\d.~～\-—%‰㎡]{1,14}")
_LABEL_NOT = lazy_compile(r"扣|每|(?<!部)分|得|计|加|减|最|共|至少|不少于")
_BARE_SCORE = lazy_compile(r"\d+(?:\.\d+)?")


def _labels_then_scores(text: str) -> tuple[str, list[str]] | None:
    """A table row set as its options, then their bare scores in the same order (“男 女 1 2”, “机关事业 国营企业 … 其 他
    6 4 3 5 2 2 5 1”, a 信用计分表's “25 岁以下 26 岁~35 岁 … 2 4 6 4”), or in groups, each run of options followed by
    as many scores (“10000 元以上 … 4000 元~5000 元 12 10 9 8 3000 元~4000 元 … 6 4 2 1”): the counts must match
    exactly, group by group, two options or more, every option a few words (a band's figures allowed) and nothing that
    scores of itself. Written “男,1分;女,2分”; the bare scores are returned (a reading of the layout: to check)."""
    t = re.sub(r"其[ \u3000]+他", "其他", _FIGURE_UNIT_APART.sub("", text.strip()))
    t = _SCORE_GLUED.sub(" ", t)
    cells = t.split()
    runs: list[tuple[bool, list[str]]] = []
    for c in cells:
        is_score = _BARE_SCORE.fullmatch(c) is not None
        if runs and runs[-1][0] == is_score:
            runs[-1][1].append(c)
        else:
            runs.append((is_score, [c]))
    if len(runs) < 2 or len(runs) % 2 or runs[0][0]:
        return None
    labels: list[str] = []
    scores: list[str] = []
    for (_l, group), (_s, points) in zip(runs[::2], runs[1::2]):
        if len(group) != len(points):
            return None
        labels += group
        scores += points
    if len(labels) < 2 or len(set(labels)) != len(labels):
        return None
    if any(not _LABEL_CELL.fullmatch(x) or _LABEL_NOT.search(x) for x in labels):
        return None
    return ";".join(f"{x},{n}分" for x, n in zip(labels, scores)), scores


#: a table row of a measure's bands, then its scores (a skills contest's 外观评分标准: “标准(mm) 0~1 >1,≤2 >2,≤3 >3 分数 16 12
#: 8 0”): the row's heading (a few words, perhaps its unit in brackets), its band cells, the word heading the scores, the
#: scores
_BANDS_ROW = lazy_compile(r"^(?P<head>[^\d\s]{0,12}?(?:[(（][^()（）\d\s]{1,6}[)）])?)[ \u3000]+(?P<bands>\S+(?:[ \u3000]+\S+)+?)"
                        r"[ \u3000]+(?:分数|得分|分值|配分|评分)[ \u3000]*[:：]?[ \u3000]*"
                        r"(?P<scores>\d+(?:\.\d+)?(?:[ \u3000]+\d+(?:\.\d+)?)+)[ \u3000]*$")
_N_CELL = r"\d+(?:\.\d+)?"
#: one band cell of such a row: an exact value (“0”), a range (“0~1”), a line (“≤1”, “>3”), two lines (“>1,≤2”), or a
#: band on both sides of the others (“>3,<0”: above 3 or below 0)
_BAND_CELL = lazy_compile(r"^(?:(?P<exact>" + _N_CELL + r")|(?P<a>" + _N_CELL + r")[~～\-－—](?P<b>" + _N_CELL + r")|"
                        r"(?P<s1>[≤<≥>])(?P<n1>" + _N_CELL + r")(?:[,，、]?(?P<s2>[≤<])(?P<n2>" + _N_CELL + r"))?)$")


def _bands_row_then_scores(text: str) -> tuple[str, list[str]] | None:
    """A row of a measure's band cells, then the word heading its scores and as many bare scores (``_BANDS_ROW``,
    ``_BAND_CELL``): three bands or more rising from the first, each starting where the one before ends (a cell with no
    start of its own, “≤0.7” after “0”, starts there, the end not its own), the scores strictly falling along the row; a
    last cell “>3,<0” holds the values above 3 and those below the first band's start. Written “A≤1,14分;1<A≤2,8分;…”,
    the bare scores returned (a reading of the layout: to check)."""
    m = _BANDS_ROW.match(text.strip())
    if m is None:
        return None
    cells, scores = m.group("bands").split(), m.group("scores").split()
    if len(cells) < 3 or len(cells) != len(scores) or strictly_monotone([Decimal(x) for x in scores]) != -1:
        return None
    bands: list[tuple[str | None, bool, str | None, bool]] = []  # (start, start held, end, end held)
    band: tuple[str | None, bool, str | None, bool]
    below = None  # the figure of a last band's side below the first band
    for i, cell in enumerate(cells):
        c = _BAND_CELL.match(cell)
        if c is None:
            return None
        if c.group("exact"):
            band = (c.group("exact"), True, c.group("exact"), True)
        elif c.group("a"):
            band = (c.group("a"), True, c.group("b"), True)
        elif c.group("s1") in "≤<":
            if c.group("s2"):
                return None
            band = (None, False, c.group("n1"), c.group("s1") == "≤")
        else:
            start, end_of = c.group("n1"), c.group("n2")
            band = (start, c.group("s1") == "≥", end_of, c.group("s2") == "≤")
            if end_of is not None and Decimal(end_of) < Decimal(start):  # “>3,<0”: both sides of the others
                if i != len(cells) - 1 or c.group("s2") != "<":
                    return None
                below, band = end_of, (start, band[1], None, False)
        if bands:
            end, end_held = bands[-1][2], bands[-1][3]
            if end is None:
                return None
            if band[0] is None:  # no start of its own: where the band before ends (that end its own)
                if not end_held:
                    return None
                band = (end, False, band[2], band[3])
            elif Decimal(band[0]) != Decimal(end) or band[1] == end_held:
                return None  # a gap, or an end claimed by two bands (or by none)
            if band[2] is not None and Decimal(band[2]) < Decimal(end):
                return None
        elif band[0] is None and below is not None:
            return None
        bands.append(band)
    first = bands[0]
    if below is not None and (first[0] is None or Decimal(below) != Decimal(first[0]) or not first[1]):
        return None
    if len({(b[0], b[2]) for b in bands}) != len(bands):
        return None

    def said(b: tuple[str | None, bool, str | None, bool]) -> str:
        lo, lo_held, hi, hi_held = b
        if lo is not None and hi is not None and Decimal(lo) == Decimal(hi):
            return f"A={lo}"
        if lo is None:
            return f"A{'≤' if hi_held else '<'}{hi}"
        if hi is None:
            return f"A{'≥' if lo_held else '>'}{lo}"
        return f"{lo}{'≤' if lo_held else '<'}A{'≤' if hi_held else '<'}{hi}"

    words = [said(b) for b in bands]
    if below is not None:
        words[-1] += f"或A<{below}"
    return ";".join(f"{w},{x}分" for w, x in zip(words, scores)), scores


#: a row of a scale (量表) whose score column ran before its descriptions: whole bare scores, then the words
#: (“10 5 0 可自行上下楼梯。需稍微帮忙或口头指导。无法上下楼梯。”)
_SCORES_FIRST = lazy_compile(r"^(?P<scores>\d{1,3}(?:[ \u3000]+\d{1,3})+)[ \u3000]+(?P<rest>[\u4e00-\u9fff「“(（].*)$")
#: a sentence's full stop outside brackets
_SENTENCE_END = lazy_compile(r"。(?![^(（]*[)）])")


def _scores_then_sentences(text: str) -> tuple[str, list[str]] | None:
    """“10 5 0 可自行上下楼梯。需稍微帮忙或口头指导。无法上下楼梯。”: a scale's row whose scores, all first, strictly fall
    to 0, then as many sentences as scores, each closed by its full stop: the scores given to the sentences in order
    (the best first). No sentence may score of itself (points, 扣分, a comparison, 得/扣/加/减 a figure, or ending
    with one, “…系扣”, which the score after it would make a cost) nor the words run past the last
    stop; a sentence more or less than the scores leaves the row unread. (“每周不超过1次”, a case's frequency, is words.)"""
    m = _SCORES_FIRST.match(text.strip())
    if m is None or not m.group("rest").endswith("。"):
        return None
    scores = m.group("scores").split()
    if strictly_monotone([Decimal(x) for x in scores]) != -1 or Decimal(scores[-1]) != 0:
        return None
    sentences = [x.strip() for x in _SENTENCE_END.split(m.group("rest"))]
    if sentences[-1] or len(sentences) - 1 != len(scores) \
            or any(not x or re.search(r"\d分|[得扣]分|扣除|[≥≤<>]|(?:得|扣|加|减)\d|[得扣加减]$", x) for x in sentences[:-1]):
        return None
    return ";".join(f"{x},{n}分" for x, n in zip(sentences, scores)), scores


def _run_together(text: str) -> tuple[str, list[str]] | None:
    """A table row whose columns the page ran together, its cells joined by spaces and no 分 said, written the way the
    readings know, and its bare scores; None when the text is not one:

    - a ladder of grades, each before its score and its words (``_GRADE_CELL``): three grades or more, the scores
      rising or falling strictly with the grades' rank;
    - a run of lines then as many scores (``_LINE_RUN``), or each line followed by its score (``_LINE_PAIRS``): the lines
      and the scores both strictly monotone, the scores falling as the lines ask more (“10↑ 8↑ 6↑ 10 8 6”, “10↑ 10 8↑ 8
      6↑ 6”: at least 10, 10 points);
    - bare figures in pairs (``_PAIRS_RUN``), a standard then its score: both columns strictly falling, or both rising
      (“1200 20 1000 15 800 10”: at least 1200, 20 points) — which figure is the standard is read from the layout alone;
    - options each closed by a bare score glued to its closing bracket (``_BRACKET_CELL``), two or more;
    - else options, then as many bare scores, perhaps in groups (``_labels_then_scores``).
    """
    if (options := _options_in_cells(text)) is not None:
        return options
    if (banded := _bands_row_then_scores(text)) is not None:  # “标准(mm) ≤1 >1,≤2 … 分数 14 8 …”: its 分数 no points
        return banded
    if re.search(r"\d[ \u3000]*分", text):
        return None
    if (scored_first := _scores_then_bands(text) or _scores_then_situations(text)
            or _scores_then_sentences(text)) is not None:
        return scored_first
    grades = list(_GRADE_CELL.finditer(text))
    if len(grades) >= 3 and grades[0].start() == 0:
        ranks = [Decimal(-GRADE_RANK[m.group("g")]) for m in grades]  # (worst first: rising with the grade)
        scores = [Decimal(m.group("n")) for m in grades]
        way = strictly_monotone(ranks)
        if way and strictly_monotone(scores) == way:
            ends = [m.start() for m in grades[1:]] + [len(text)]
            cells = [f"{m.group('g')}:{text[m.end():e].strip()},{m.group('n')}分" for m, e in zip(grades, ends)]
            return ";".join(cells), [m.group("n") for m in grades]
    run, paired = _LINE_RUN.match(text), _LINE_PAIRS.match(text)
    if run or paired:
        lines = list(_LINE_OF_RUN.finditer(run.group("lines") if run else text))
        scores_said = run.group("scores").split() if run else [x for x in text.split() if not _LINE_OF_RUN.fullmatch(x)]
        sides = {"≥" if m.group("side") in ("↑", "以上", "及以上") else "≤" for m in lines}
        units = {m.group("u") for m in lines}
        if len(lines) >= 2 and len(lines) == len(scores_said) and len(sides) == 1 and len(units) == 1:
            sign = sides.pop()
            line_way = strictly_monotone([Decimal(m.group("n")) for m in lines])
            score_way = strictly_monotone([Decimal(x) for x in scores_said])
            # the scores fall as the lines ask more: lines at least falling with them, lines at most rising
            if score_way and line_way == (score_way if sign == "≥" else -score_way):
                return ";".join(f"{_line_of_run(m, sign)},{x}分" for m, x in zip(lines, scores_said)), scores_said
    if _PAIRS_RUN.match(text):
        figures = text.split()
        if len(figures) % 2 == 0:
            standards, scores = [Decimal(x) for x in figures[::2]], [Decimal(x) for x in figures[1::2]]
            way = strictly_monotone(scores)
            if way and strictly_monotone(standards) == way:
                return ";".join(f"≥{a},{b}分" for a, b in zip(figures[::2], figures[1::2])), figures[1::2]
    columns = _GRADED_COLUMNS.match(text)
    # a requirement, then its graded columns' points (words that score otherwise, “扣”, “得分”, are no requirement)
    if columns and not re.search(r"扣|\d[ \u3000]*分|[得计记满]分", re.sub(ZEROED, "", columns.group("req"))):
        points = columns.group("scores").split()
        if strictly_monotone([Decimal(x) for x in points]) == -1:
            req = re.sub(r"[ \u3000]+", "", columns.group("req")).rstrip("。；;，,")
            sentences = re.split(r"[。；;]", req)
            zero = sentences[-1] if len(sentences) > 1 and _ZERO_OF_ROW.search(sentences[-1]) else ""
            req = req[:len(req) - len(zero)].rstrip("。；;，,") if zero else req
            return f"{req};{GRADED_COLUMNS}:{'分、'.join(points)}分" + (f";{zero}" if zero else ""), points
    closed = list(_BRACKET_CELL.finditer(text))
    if len(closed) >= 2 and not text[closed[-1].end():].strip():
        starts = [0] + [m.end() for m in closed[:-1]]
        cells = [text[a:m.start() + 1].strip() for a, m in zip(starts, closed)]
        if all(c and not re.search(r"\d", re.sub(r"[(（][^()（）]*[)）]", "", c)) for c in cells):
            return ";".join(f"{c},{m.group('n')}分" for c, m in zip(cells, closed)), [m.group("n") for m in closed]
    if (read := _labels_then_scores(text)) is not None:
        return read
    return _requirement_then_bands(text)


#: the requirement's sentences in a cell of their own, before the cells of a row's bands: the last full stop before a
#: space
_REQUIREMENT_CELL = lazy_compile(r"^(?P<req>[^ \u3000]+。)[ \u3000]+(?P<rest>.+)$")


def _requirement_then_bands(text: str) -> tuple[str, list[str]] | None:
    """“有符合要求的器材。 器材完好率100% 器材完好率70%以上 器材完好率低于70% 4 2 0”: the requirement's cell, then the
    cells of bands of a rate and their bare scores, read as a row of bands (``_run_together``) after the requirement. The
    requirement scores nothing of itself (no points, deduction or score said in it)."""
    m = _REQUIREMENT_CELL.match(text)
    if m is None or re.search(r"\d[ \u3000]*分|扣|[得计记](?:\d|满分)|不得分|%", m.group("req")):
        return None
    read = _run_together(m.group("rest"))
    if read is None or not all(re.search(r"\d%", c) for c in read[0].split(";")):
        return None
    return m.group("req") + read[0], read[1]


#: an option's cell: a few words, no figure, nothing that scores of itself (a deduction, a step, a cap, a band's words)
_OPTION_CELL = lazy_compile(r"[\u4e00-\u9fffA-E]{1,8}")
_OPTION_NOT = lazy_compile(r"扣|每|(?<!部)分|得|计|加|减|最|共|以上|以下|以内|超过|低于|不足|至少|不少于")
#: the option scoring least: a grade, or the lack of what the others say (“未完成”, “无”, “不满意”, “否”)
_OPTION_LACK = lazy_compile(r"^(?:不|未|无|没有|否|差|较差|不合格|不及格)")
#: the word a lack denies (“未完成”: 完成; “无”: 有; “否”: 是)
_LACK_OF = lazy_compile(r"^(?:不|未|无|没有)(?P<s>.+)$")
_LACK_ALONE = {"无": "有", "否": "是", "没有": "有"}


def two_things(labels: list[str], scores: list[Decimal]) -> bool:
    """Whether options along a row are the options of two things, one after the other (“完成 8 基本完成 5 有 3 无 0”,
    “完成 8 未完成 5 有 3 无 0”), so that their scores add up rather than one being chosen: two options each denying
    another (完成/未完成 and 有/无), or an option and its denial ranked below options that are neither grades nor of the
    word denied (“完成”, “基本完成” above “有”, “无”; never “优秀 良好 合格 不合格”, “有 部分有 无”, “按时 延期 未按时”)."""
    ranked = [label for _s, label in sorted(zip(scores, labels), key=lambda x: -x[0])]
    pairs = []
    for label in ranked:
        m = _LACK_OF.match(label)
        stem = _LACK_ALONE.get(label) or (m.group("s") if m else None)
        if stem is not None and stem in ranked:
            pairs.append((stem, label))
    if len(pairs) > 1:
        return True
    if not pairs:
        return False
    stem, lack = pairs[0]
    above = ranked[:min(ranked.index(stem), ranked.index(lack))]
    # a grade may follow the words of the row's heading (“描述类优秀120分,合格100分,…,不合格30分”)
    return any(not x.endswith(tuple(GRADE_RANK)) and stem not in x for x in above)


#: a bare score's cell, perhaps with its 分
_SCORE_CELL = lazy_compile(r"(?P<n>\d+(?:\.\d+)?)(?P<unit>分)?")


#: an option and its score in one cell, a colon between them (“完成:5”, “A级：10”)
_OPTION_COLON_CELL = lazy_compile(r"(?P<label>[^\s:：]{1,8})[:：](?P<score>\d+(?:\.\d+)?分?)")
#: what parts the cells of such a row: spaces, or a comma or a stop closing a cell
_CELL_MARKS = lazy_compile(r"[\s,，;；、]+")
#: a grade of a lettered (or numbered) scale: its letter, the suffix all the scale's grades share (“A”, “B级”, “乙等”,
#: “二档” — a numeral only with its suffix)
_SCALE_GRADE = lazy_compile(r"(?P<l>[A-F甲乙丙丁戊])(?P<s>级|档|类|等)?|(?P<n>[一二三四五六])(?P<ns>级|档|类|等)")
#: the lettered (or numbered) scales, each in turn from its best (reading.grades_out_of_turn ranks grades by them)
SCALES = ("ABCDEF", "甲乙丙丁戊", "一二三四五六")


def _one_scale(labels: list[str]) -> bool:
    """Whether the labels are the grades of one lettered scale in turn from its first, up or down the row (“A B C D”,
    “C级 B级 A级”, “甲等 乙等 丙等”, “一档 二档 三档”), all with the same suffix: options of one thing, the lowest no lack."""
    found = [_SCALE_GRADE.fullmatch(x) for x in labels]
    if any(m is None for m in found):
        return False
    letters = "".join(m.group("l") or m.group("n") for m in found if m)
    if len({m.group("s") or m.group("ns") for m in found if m}) != 1:
        return False
    return any(scale.startswith(letters) or scale.startswith(letters[::-1]) for scale in SCALES)


def _options_in_cells(text: str) -> tuple[str, list[str]] | None:
    """A row of options and their scores in cells of their own, nothing else: the options first, then as many scores in
    the same order (“优秀 良好 一般 差 10 8 5 0”, “满意 基本满意 不满意 5分 3分 0分”), or each option followed by its
    score (“优秀 10 良好 8 一般 5 差 0”, “有 5 无 0”), or by it after a colon in one cell (“完成:5 未完成:0”), or each
    score followed by its option (“10 优秀 8 良好 6 一般”). Two to six options of a few words each, the scores all
    different, rising or falling along the row, and the option scoring least a grade or the lack of the others (“无”,
    “未完成”, “不满意”), or the options the grades of one lettered scale (“A 10 B 8 C 5 D 0”, ``_one_scale``), so that the
    words are options of one thing, never a requirement split over cells. Written “优秀,10分;…”; the bare scores are
    returned (the scores written with 分, none)."""
    # (a comma or a stop may close a cell: “通过 2，未通过 0”, “满意：8，基本满意：4，不满意：0”)
    cells = [c for c in _CELL_MARKS.split(text) if c]
    colons = 2 <= len(cells) <= 6 and all(_OPTION_COLON_CELL.fullmatch(c) for c in cells)
    if colons:
        cells = [x for c in cells for x in c.replace("：", ":").split(":")]
    if not 4 <= len(cells) <= 12 or len(cells) % 2:
        return None
    k = len(cells) // 2
    paired = [(cells[2 * i], cells[2 * i + 1]) for i in range(k)]
    first = [(cells[2 * i + 1], cells[2 * i]) for i in range(k)]
    for pairs in ([paired] if colons else [list(zip(cells[:k], cells[k:])), paired, first]):
        found = [(label, _SCORE_CELL.fullmatch(score)) for label, score in pairs]
        if any(m is None or not _OPTION_CELL.fullmatch(label) or _OPTION_NOT.search(label) for label, m in found):
            continue
        scores = [Decimal(m.group("n")) for _label, m in found if m]
        if not strictly_monotone(scores) or len({m.group("unit") for _label, m in found if m}) != 1:
            continue
        lowest = min(zip(scores, (label for label, _m in found)))[1]
        labels = [label for label, _m in found]
        # (a question's two answers score either way: “是 0 否 3” of “是否发生…”)
        if not (_OPTION_LACK.match(lowest) or lowest in GRADE_RANK or _one_scale(labels)
                or sorted(labels) in (["否", "是"], ["无", "有"])) or two_things(labels, scores):
            continue
        return (";".join(f"{label},{m.group('n')}分" for label, m in found if m),
                [m.group("n") for _label, m in found if m and not m.group("unit")])
    return None


def _cells_read(text: str) -> str:
    """The scores of cells joined by spaces said as points closing their situation (``_CELL_SCORE``, ``_STEP_THEN_CELL``,
    ``_BAND_CELL_SCORE``), or of a row whose columns ran together (``_run_together``)."""
    if (together := _run_together(text)) is not None:
        return together[0]
    if _band_cells(text):
        return _BAND_CELL_SCORE.sub(r",\g<n>分;", text)
    if _sign_band_cells(text):
        return _SIGN_BAND_CELL.sub(r"\g<band>,\g<n>分;", text)
    text = _CELL_SCORE.sub(r",\g<n>分;", text) if _in_cells(text) else text
    return _STEP_THEN_CELL.sub(r"\g<step>得\g<n>分", text)


def _in_cells(text: str) -> bool:
    """Whether every score of the text stands in a cell of its own (no points said, nor a figure closing a sentence,
    elsewhere: “(10 分)视力患病 1.5 …”, “…全面。4;…较全面 3” are read as they are written)."""
    if not _CELL_SCORE.search(text or ""):
        return False
    rest = _CELL_SCORE.sub(";", text)
    # a score after a band's line (“…占比超过70%(含70%) 8 …”) only where every cell holds one: “…≥90% 按比例计算得分 …”
    # is a cell of words between them
    return not _SCORE_ELSEWHERE.search(rest) and not (_CELL_AFTER_LINE.search(text) and re.search(r"(?<!;)[ \u3000]+(?=\S)", rest))


#: a score in a cell of its own, joined to the words of its situation by spaces (“好 3分 较好 2分 一般 1分”, “由厂长负责 5
#: 由部门主管负责 3”, “…分解指标 5”): never a figure of the words (“扣 5 分”, “每下降 5 个百分点”, “不少于 4 次”), nor the answer
#: to a question (“是 0分 否 2分”, read by 情形); a cell may close its words with a full stop (“…更新及时. 2 介绍不完整. 1”)
#: or a question mark (“是否建立台账? 2 是否按月归档? 2”), or a comma (“…存在质量安全隐患,性能差, 0”), or a band's line (“…占比超过70%(含70%) 8 …60%(含60%)~70% 6”)
_CELL_SCORE = lazy_compile(r"(?:(?<=[\u4e00-\u9fff])(?<![扣得计记加减每低高于过达至为少多缺第约共是否有无])|(?<=%)|(?<=%\))|"
                         # (an aside in brackets closing the words: “…混杂存放(同一个盒子内) 2”)
                         r"(?<=[\u4e00-\u9fff]\))|"
                         r"(?<=[\u4e00-\u9fff)])[.。,，]|"
                         r"(?P<asked>(?<=[\u4e00-\u9fff)])[?？]))"
                         r"[ \u3000]+(?P<n>\d+(?:\.\d+)?)(?P<unit>分)?"
                         # after a question's points, the next cell may open with a figure (“…是否齐全? 2 10万元以上…”)
                         r"(?=[ \u3000]+(?![分个项次名人家年月日天周条件处份例户元万亿%‰滴支根块片粒枚只瓶])[\u4e00-\u9fff]|[ \u3000]*$|"
                         # the next cell opening with its number in the list (“1.大纲齐备 5 2.大纲不全 3 3.未编写 0”)
                         r"[ \u3000]+\d{1,2}[.、](?=[\u4e00-\u9fff])|"
                         r"(?(asked)[ \u3000]+\d+(?:\.\d+)?[\u4e00-\u9fff]|(?!)))")
#: a cell's score after a band's line (“70%(含70%) 8”)
_CELL_AFTER_LINE = lazy_compile(r"%\)?[ \u3000]+\d")
#: the points of a step in a cell of their own after it, no 分 said (“每增长一个百分点 0.5(最高30分)”, “每发表1篇 0.2”)
_STEP_THEN_CELL = lazy_compile(r"(?P<step>每[\u4e00-\u9fff]{1,10}?(?:\d+|一)(?:个百分点|百分点|%|个|次|项|篇|件|家|人|天|日))[ \u3000]+"
                             r"(?P<n>\d+(?:\.\d+)?)(?=[(（]|[ \u3000]*$)")
#: a band's score in a cell of its own between bands that open with their figure, no 分 said anywhere (“…增长率:20%及以上 3
#: 15%-20%(含15%) 2.4 … 其他 0”, “1500万元/公顷及以上 2 800-1500万元/公顷(含800万元/公顷) 1.6 …”): after a band's end (a
#: percentage, 以上/以下, a bracket's mark, a unit's last word), before the next band's figure, 其他/其余, or the end
_BAND_CELL_SCORE = lazy_compile(r"(?<=[%)上下内\u4e00-\u9fff])(?:[ \u3000]+|(?<=%)[:：][ \u3000]*)(?P<n>\d+(?:\.\d+)?)"
                              # (or a band opening with its sign, “≥95% 10 90%-95% 8 <90% 0”)
                              r"(?=[ \u3000]+(?:\d|[≥≤<>＜＞≧≦]|其他|其余|其它)|[ \u3000]*$|"
                              # or the next band opening with the name of its value (“良种覆盖率100% 3 95%≤良种覆盖率<100%
                              # 2 良种覆盖率<95% 0”), never a unit after a figure (“不少于 3 次”)
                              r"[ \u3000]+(?![分个项次名人家年月日天周条件处份例户元万亿滴支根块片粒枚只瓶])[\u4e00-\u9fff])")
#: a band's bare score before the next band opening with its sign, or after a colon (“≥95% 10 90%-95% 8 <90% 0”,
#: “≥95%：10 90%≤值<95%：8”): bands as ``_BAND_CELL_SCORE`` reads them, whose scores are to check
_BAND_CELL_SIGNED = lazy_compile(r"\d[ \u3000]+[≥≤<>＜＞≧≦]|%[:：][ \u3000]*\d")
#: a band of a figure, its marks in brackets left out: its line or its span (“20%及以上”, “80-95%”, “12万元/年/人”, “100%”),
#: or the rest (其他)
_BAND_OF_CELL = lazy_compile(r"\d+(?:\.\d+)?%?(?:[-~至]\d+(?:\.\d+)?%?)?[^\s\d]{0,12}$|^(?:其他|其余|其它)$")


#: a table row of lines each followed by its score in a cell of its own, no 分 said (“上年度销售收入(万元) ≥3000 2 ≥5000 3
#: ≥10000 5”, “…(项) ≥1 5”): each cell a line at least (≥, >) and its figure, then the score; the row's words before the
#: first line name the value
_SIGN_BAND_CELL = lazy_compile(r"(?P<band>[≥>≧＞][ \u3000]*[\d０-９]+(?:[.．][\d０-９]+)?[%％]?)[ \u3000]+(?P<n>\d+(?:\.\d+)?)"
                             r"(?=[ \u3000]+[≥>≧＞]|[ \u3000]*$)")
_SIGN_BAND_ROW = lazy_compile(r"^(?=[^\d≥>≧＞<≤])[^≥>≧＞<≤分;；。]{2,40}?(?<![\d０-９])(?:[ \u3000]*[≥>≧＞][ \u3000]*[\d０-９]+(?:[.．][\d０-９]+)?[%％]?"
                            r"[ \u3000]+\d+(?:\.\d+)?)+[ \u3000]*$")


def _sign_band_cells(text: str) -> bool:
    """Whether the text is a row of lines at least each followed by its bare score (``_SIGN_BAND_CELL``), nothing else
    after the words that name the value."""
    return "分" not in text and _SIGN_BAND_ROW.match(text) is not None


def _band_cells(text: str) -> bool:
    """Whether the text is bands each followed by its score in a cell (``_BAND_CELL_SCORE``): three scores or more, no 分
    anywhere, every cell before a score a band (``_BAND_OF_CELL``) and nothing after the last."""
    if "分" in text:
        return False
    found = list(_BAND_CELL_SCORE.finditer(text))
    if len(found) < 3 or text[found[-1].end():].strip():
        return False
    starts = [0] + [m.end() for m in found[:-1]]
    cells = [re.sub(r"\([^()]*\)", "", text[a:m.start()]).strip() for a, m in zip(starts, found)]
    # (a band's cell may close with another case of the same score, “采标生产<90%,或1种及以上…未制定…”: its words are
    # left for the reading to place, or to flag)
    return all(_BAND_OF_CELL.search(c) or _BAND_OF_CELL.search(_OR_CASE_CLOSING.sub("", c)) for c in cells)


#: another case closing a band's cell, scoring as the band does (“,或1种及以上主栽作物未制定技术操作规程标准”)
_OR_CASE_CLOSING = lazy_compile(r",或[^,;]+$")


#: points said, or a figure closing a sentence, outside the cells of scores
_SCORE_ELSEWHERE = lazy_compile(r"\d[ \u3000]*分|\d[ \u3000]*[;；。]")


#: the points closing a lettered band, then the next band's letter before its figure (“…(5分)B70%-80%…”; the bracket the
#: page left open, “(2分E2-4年”)
_LETTER_AFTER_POINTS = lazy_compile(r"\((?P<n>\d+(?:\.\d+)?)分\)?(?P<l>[B-H])(?=\d)")


def _letter_bands_read(t: str) -> str:
    """“A80%以上(5分)B70%-80%(3分)C60%-70%(1分)D60%以下(0分)”: bands lettered A, B, C… in turn, each opening with its
    figure and closing with its points in brackets, written as bands each in its clause (the letters are grades' names)."""
    found = list(_LETTER_AFTER_POINTS.finditer(t))
    if not re.match(r"A\d", t) or len(found) < 2 or [m.group("l") for m in found] != list("BCDEFGH"[:len(found)]):
        return t
    if not re.search(r"\(\d+(?:\.\d+)?分\)$", t) or t.count("分") != len(found) + 1:
        return t
    return _LETTER_AFTER_POINTS.sub(r"(\g<n>分);", t[1:])


#: a fault's cost as a bare minus after its words, no 扣 nor 分 said (an 操作技能考核 sheet's 扣分 column run into its
#: cells: “未洗手-3”, “姿势不正确-2 用力不均-2 未复位-1”, “未洗手、未戴口罩各—2”, the 扣分 cell joined after a space, “着装
#: 不正 -1”): after the fault's words, never a range of figures (“3-5”) nor of costs (“-5~20”, the team's to pick), a
#: figure of a measure or a count (“-5℃”, “-2次”, “-3分钟”), nor a code (“GB-2”)
_BARE_MINUS = lazy_compile(r"(?:(?<=[\u4e00-\u9fff)）])|(?<=[\u4e00-\u9fff)）][ \u3000]))[-—－–][ \u3000]*(?P<n>[0-9０-９]+(?:[.．][0-9０-９]+)?)"
                         r"(?![0-9０-９.．%％‰℃]|[ \u3000]*(?:分|[次处项个件天日月年周时人名元倍条页张台套米克秒度岁号级类种批组档]|"
                         r"[a-zA-Zａ-ｚＡ-Ｚ]|[ \u3000]*[~～至][ \u3000]*[0-9０-９]))")


#: “扣-0.1”: a minus straight after 扣, the cost said twice over
_MINUS_AFTER_DEDUCT = lazy_compile(r"(?<=扣)[ \u3000]*[-—－–][ \u3000]*(?=[0-9０-９])")
#: a fault's cost as a minus with its 分 said, after the fault's words (“换届程序不规范-1分”, “未开展-2分/人”)
_SIGNED_MINUS_POINTS = lazy_compile(r"(?<=[\u4e00-\u9fff)）])[-—－–][ \u3000]*[0-9０-９]+(?:[.．][0-9０-９]+)?[ \u3000]*分"
                                  r"(?:/[\u4e00-\u9fff]{1,2})?(?=[,，;；。、 \u3000]|$)")


#: the total of a fault's costs said in the brackets of its cost (“(每床-10,总20分)”, “(每处扣1分,共5分)”): how far that
#: fault's deductions go, as “最多扣20分” says it
#: the words saying a fault's total in its cost's brackets
_TOTAL_SAID = r"(?:总计|合计|总|共计|共)"
_TOTAL_IN_COST = lazy_compile(r"[,，]" + _TOTAL_SAID + r"[ \u3000]*(?P<n>[0-9０-９]+(?:[.．][0-9０-９]+)?)[ \u3000]*分(?=[)）])")


#: ``_TOTAL_IN_COST`` once the cost is said with 扣 (“(每床扣10分,总20分)”, “(每处扣1分,共计5分)”)
_TOTAL_OF_COST = lazy_compile(r"(?P<cost>\(每[^()\d]{0,6}?扣\d+(?:\.\d+)?分)," + _TOTAL_SAID + r"(?P<n>\d+(?:\.\d+)?)分(?=\))")


def _bare_minuses(text: str) -> list[str]:
    """The bare minuses of a text that states its faults' costs so (``_BARE_MINUS``), or []: every cost of the text is
    one, nothing is earned, added or taken off in words beside them."""
    found = [m.group(0) for m in _BARE_MINUS.finditer(text)]
    if not found:
        return []
    # (the others may be signed with their 分 said, the table writing both ways: “换届程序不规范-1分,有拉票贿选等问题-2”)
    # (the item's total said in a cost's brackets is no points earned: “被褥未叠(每床-10,总20分)”)
    rest = _TOTAL_IN_COST.sub(")", _SIGNED_MINUS_POINTS.sub(";", _BARE_MINUS.sub(";", text)))
    # (never points earned, counted or added: “得2分”, “计满分”, “加1分”; a word of a fault may hold 记 or 得, “记录不全”)
    return [] if re.search(r"[0-9０-９]\s*分|[+＋]|[-—－–][ \u3000]*[0-9０-９]|[得计记加][ \u3000]*(?:[0-9０-９零一二三两半]|分|满|全)"
                           r"|满分|奖|加分", rest) else found


#: a situation's points as a bare plus closing its cell, after its words (“编写自动化脚本 +10 完成3个实验 +10”): no 分, the
#: next cell after a space (or the text's end)
_BARE_PLUS = lazy_compile(r"(?<=[\u4e00-\u9fff)）」”])[ \u3000]*[+＋][ \u3000]*(?P<n>[0-9]+(?:\.[0-9]+)?)(?=[ \u3000]+\S|[ \u3000]*$)")


def _bare_pluses(text: str) -> list[str]:
    """The bare pluses of a text that states its situations' points so (``_BARE_PLUS``), two at least, or []: nothing
    else in it is scored (no points said, earned, taken off or capped)."""
    found = [m.group(0) for m in _BARE_PLUS.finditer(text)]
    if len(found) < 2:
        return []
    rest = _BARE_PLUS.sub(";", text)
    return [] if re.search(r"[0-9０-９]\s*分|[+＋]|[-—－–][ \u3000]*[0-9０-９]|[得计记加扣减][ \u3000]*(?:[0-9０-９零一二三两半]|满|全)"
                           r"|满分|最高|最多|封顶|每", rest) else found


def pluses_bare(text: str) -> str:
    """The situations' points written as a bare plus that ``normalize`` reads as earned (“+10”), or "": no 分 is said,
    so a proposal built on them is to check."""
    return "、".join(dict.fromkeys(re.sub(r"[ \u3000]", "", x).replace("＋", "+") for x in _bare_pluses(text or "")))


def minuses_bare(text: str) -> str:
    """The faults' costs written as a bare minus that ``normalize`` reads as taken off (“未洗手-3”), or "": no 扣 nor
    分 is said, so a proposal built on them is to check."""
    return "、".join(dict.fromkeys(re.sub(r"[—－–]", "-", x).replace(" ", "").replace("\u3000", "")
                                   for x in _bare_minuses(text or "")))


#: a score's range running from below zero to above it (“最终得分-4~+4”, “得分范围-4～4分”): a signed score, whatever
#: the deductions; never a fault's range of costs (“执行力不够-1~5”, no sign nor score before it) nor a date (“2023-2024”)
_SIGNED_RANGE = lazy_compile(r"(?<![0-9０-９.．])[-—－–][ \u3000]*[0-9０-９]+(?:[.．][0-9０-９]+)?[ \u3000]*分?[ \u3000]*[~～至到]"
                           r"[ \u3000]*[+＋][ \u3000]*[0-9０-９]+(?:[.．][0-9０-９]+)?[ \u3000]*分?|"
                           r"(?:得分|总分|分值|分数|范围)[^,，;；。]{0,4}?(?<![0-9０-９.．])[-—－–][ \u3000]*[0-9０-９]+"
                           r"(?:[.．][0-9０-９]+)?[ \u3000]*分?[ \u3000]*[~～至到][ \u3000]*[0-9０-９]+(?:[.．][0-9０-９]+)?[ \u3000]*分?")


#: the deductions said to go on past the 分值 into a score below zero, closing a clause: “扣完得负分”, “扣完可计负分”,
#: “可扣至负分” (never “不得负分”, “不计负分”, a floor at 0)
BELOW_ZERO_SAID = lazy_compile(r"[,;]?(?:扣完|扣光)(?:后)?(?:可|则)?(?:得|计|记|为)负分|[,;]?可(?:以)?扣(?:至|到|成)负分")


def scores_signed_range(text: str) -> str:
    """A range of scores from below zero (“-4~+4”, “得分范围-4～4分”) the text states, or the deductions said to go on
    into a score below zero (“扣完得负分”, ``BELOW_ZERO_SAID``), or "": the row's score may fall below zero, which a
    rule of 0 to the 分值 does not hold, so a proposal is to check."""
    found = [m.group(0) for m in _SIGNED_RANGE.finditer(text or "")]
    found += [m.group(0).lstrip(",;，；") for m in BELOW_ZERO_SAID.finditer(_surface(text or ""))] if "负分" in (text or "") else []
    return "、".join(dict.fromkeys(found))


#: a case's points in brackets opening its cell (“(0分)高于市场均价或当前供货价(5分)与市场均价…持平”)
_POINTS_OPENING = lazy_compile(r"\((?P<n>\d+(?:\.\d+)?)分\)")


def _points_first_read(t: str) -> str:
    """“(0分)高于市场均价(5分)与市场均价持平(10分)低于市场均价”: the cells of a row each opening with its case's points in
    brackets, two or more, nothing before the first and no other points said, written each case then its points."""
    found = list(_POINTS_OPENING.finditer(t))
    if len(found) < 2 or found[0].start() != 0:
        return t
    ends = [m.start() for m in found[1:]] + [len(t)]
    cases = [t[m.end():e].strip(";,") for m, e in zip(found, ends)]
    if any(not c or re.search(r"\d\s*分|[;,]", c) for c in cases):
        return t
    return ";".join(f"{c},{m.group('n')}分" for c, m in zip(cases, found))


#: what keeps a text from being cases run together: a mark between cells already, check boxes, or points taken off,
#: added, per case, capped or said as a whole
_NOT_A_CHAIN = lazy_compile(r"[;,:、=□☐■]|扣|每|最|加|减|占|各|是否|满分|共|合计|累计|总分|/")
#: the points closing a case run into the next one (“…90%以上20分85%以上…”, “…以下(3分)满意率…”, “…为0分”): never a
#: figure in 分 that is the case's own line (“90分以上”, “80分-90分”)
_CHAIN_POINTS = lazy_compile(r"\((?P<b>\d+(?:\.\d+)?)分\)|(?:为|得|计)?(?<![-~至\d.])(?P<n>\d+(?:\.\d+)?)分"
                           r"(?!以上|以下|以内|及|之|至|[-~%(])")
#: a case of a run: a line of a figure (“90%以上”, “60%-70%”, “低于80%”, “3%以内”), a level (“1级”, “达到5级”), or words
#: alone (“按要求完成”, “两项均不满足”)
_CHAIN_LINE = lazy_compile(r"以上|以下|以内|之内|之间|低于|高于|超过|不足|不到|未达|小于|大于|少于|多于|不低于|不高于|[%<>≤≥~-]")
#: points said inside a case (“…一般2~3分…”): no case of a run
_POINTS_IN_CASE = lazy_compile(r"\d分(?!以上|以下|以内|及|之|至|[-~%(])")
_CHAIN_LEVEL = lazy_compile(r"^(?:达到)?第?\d+级$")


def _chain_case(c: str) -> str | None:
    """The kind of a case of a run (``_chained_cases_read``): "line", "level", "words", or None when it is none."""
    # (never a case holding points of its own, nor one closing with a range's mark: “…一般2~” of “2~3分”)
    if not c or re.match(r"以上|以下|以内|及|之|[%)分]", c) or re.search(r"[-~至]$", c) or _POINTS_IN_CASE.search(c):
        return None
    if _CHAIN_LEVEL.match(c):
        return "level"
    if not re.search(r"\d", c):
        return "words"
    return "line" if _CHAIN_LINE.search(c) else None


def _chained_cases_read(t: str) -> str:
    """“完成率在90%以上20分完成率在85%以上10分完成率低于80%为0分”, “1级4分2级8分3级12分”, “满意率50%以下(3分)满意率80%以下
    (5分)…”: the cells of a row run together, each case
    closing with its points and the next case straight after them, no mark between. Read only where the whole text falls
    into two cases or more, each a line of a figure, a level, or words alone (one kind of case throughout, words beside
    lines allowed for the best or worst; words alone throughout are left to the readings of situations), written each
    case then its points; otherwise as written."""
    head, stop, tail = t.rpartition(";")
    if stop and head and tail and not _LEAD_SCORES.search(head):  # “专家横向比较,进行打分;优18分良12分…”: a lead scoring nothing
        read = _chained_cases_read(tail)
        return t if read == tail else f"{head};{read}"
    if _NOT_A_CHAIN.search(t):
        return t
    found = list(_CHAIN_POINTS.finditer(t))
    if len(found) < 2 or found[-1].end() != len(t):
        return t

    def split(start: int, i: int) -> list[tuple[str, str]] | None:
        """The cases from ``start`` on, each closed by one of ``found[i:]``, the last closing the text."""
        for j in range(i, len(found)):
            m = found[j]
            if m.start() < start:
                continue
            case = t[start:m.start()]
            # (a figure run straight into the points, “100%10分”, is another layout, tiers reads it to check)
            if _chain_case(case) is None or (re.search(r"[\d%.]$", case) and m.group(0)[0] not in "为得计("):
                continue
            points = m.group("b") or m.group("n")
            if m.end() == len(t):
                return [(case, points)]
            rest = split(m.end(), j + 1)
            if rest is not None:
                return [(case, points), *rest]
        return None

    cases = split(0, 0)
    if cases is None or len(cases) < 2:
        return t
    kinds = {_chain_case(c) for c, _p in cases}
    if kinds == {"words"} and _words_chain(cases):  # “全部满足10分大部分满足7分部分满足4分少部分满足1分”, “优18分良12分…”
        return ";".join(f"{c}{p}分" if c in GRADE_RANK else f"{c},{p}分" for c, p in cases)
    if kinds not in ({"line"}, {"line", "words"}, {"level"}):
        return t
    return ";".join(f"{c},{p}分" for c, p in cases)


#: a lead sentence before a run of cases that scores something of itself: a figure, or a score in words
_LEAD_SCORES = lazy_compile(r"\d|满分|不得分|不计分|扣|得分")


def _words_chain(cases: list[tuple[str, str]]) -> bool:
    """Whether cases of words alone run together are grades or degrees of one requirement to choose from (“优18分良12分…”,
    “全部满足10分大部分满足7分部分满足4分…”): three or more, their points strictly falling to the last, grades best first or
    each a few words closing on the same two characters (满足, 符合) (other words are left to the readings of situations:
    “按时按质提交报表6分按时或按质任一项4分…”)."""
    if len(cases) < 3 or strictly_monotone([Decimal(p) for _c, p in cases]) != -1:
        return False
    ranks = [GRADE_RANK.get(c) for c, _p in cases]
    if None not in ranks:  # “优18分良12分中6分差1分”: grades, best first
        return strictly_monotone([Decimal(r) for r in ranks if r is not None]) == 1
    return all(2 < len(c) <= 8 for c, _p in cases) and len({c[-2:] for c, _p in cases}) == 1


#: the 、 between one band of a share, closed by its points, and the next (“90%得35分、80%得30分”, “…、50%以下不得分”); never
#: scores listed after 各 or 分别 (“各得2分、1分”: no band follows)
_SHARE_BAND_PAUSED = lazy_compile(r"(?<=\d%得\d分|\d%计\d分)、(?=\d+(?:\.\d+)?%(?:的|以下|以上)?,?(?:得|计|不得分|不计分))|"
                                r"(?<=\d%得\d\d分|\d%计\d\d分)、(?=\d+(?:\.\d+)?%(?:的|以下|以上)?,?(?:得|计|不得分|不计分))")


#: a reward a scheme counts its points in (“学豆”, “金币”, “积分” as a unit, “小红花”, “星”): never 分 itself
_REWARD_WORD = r"(?:学豆|金币|积分|小红花|红花|星星|颗星)"
_REWARD_MEASURED = r"(?:个|颗|枚|朵)?" + _REWARD_WORD
_REWARD_UNIT = lazy_compile(r"(?<=\d)" + _REWARD_MEASURED)
#: the reward given, its figure and unit (“奖励10学豆”, “获得5积分”); the full reward (“满分10学豆”); none given (“无学豆奖励”)
_REWARD_GIVEN = lazy_compile(r"(?:奖励|奖|获得|获|得|加)(?P<n>\d+(?:\.\d+)?)" + _REWARD_MEASURED)
_REWARD_FULL = lazy_compile(r"满分(?P<n>\d+(?:\.\d+)?)" + _REWARD_MEASURED)
_REWARD_NONE = lazy_compile(r"(?:无|没有|不给|不予)" + _REWARD_WORD + r"?奖励")


def _points_in_reward_read(t: str) -> str:
    """“奖励10学豆”, “满分10学豆时”, “无学豆奖励”: a scheme's points counted in a reward of its own, read as 分 (得10分,
    满分10分, 不得分); the text as it is where any reward's figure is left unread (``rewards_as_points`` tells)."""
    read = _REWARD_NONE.sub("不得分", _REWARD_FULL.sub(r"满分\g<n>分", _REWARD_GIVEN.sub(r"得\g<n>分", t)))
    return t if _REWARD_UNIT.search(read) else read


def rewards_as_points(text: str) -> str:
    """The reward ``normalize`` reads as points (“学豆”), or "": a reading of a unit, so a proposal built on it is to
    check."""
    t = (text or "").translate(_TRANS)
    m = _REWARD_UNIT.search(t)
    if m is None or _points_in_reward_read(t) == t:
        return ""
    return m.group(0).lstrip("个颗枚朵")


#: the 扣 of a button or a key ring (“钮扣”, “纽扣”, “衣扣”, “钥匙扣”), and a button done up or undone (“扣好”, “不扣钮扣”):
#: no deduction — never a 扣 before its points (“未穿工作衣扣1分”: clothes, then the deduction)
_BUTTON = lazy_compile(r"(?:(?<=[纽钮衣])|(?<=钥匙))扣(?![0-9０-９零一二两三四五六七八九十半除减分])|扣(?=[好紧上]?[纽钮]扣|好(?![\d分]))")


#: a bare score in a cell of its own
_BARE_SCORE_CELL = lazy_compile(r"\d+(?:\.\d+)?")


def _remark_said_once(text: str) -> str:
    """Rows of a table each an option, its bare score and the same remark (“省级 3 不累计计分 市级 2 不累计计分 校级 1
    不累计计分”): the remark said once, after the options (“省级 3 市级 2 校级 1 不累计计分”). Two rows or more, the options
    and the remark words with no figure (never the 分 of spaced points, “完成 20 分 …”)."""
    cells = text.split()
    if len(cells) < 6 or len(cells) % 3:
        return text
    labels, scores, remarks = cells[0::3], cells[1::3], cells[2::3]
    if len(set(remarks)) != 1 or len(remarks[0]) < 2 or remarks[0].startswith("分") \
            or not all(_BARE_SCORE_CELL.fullmatch(x) for x in scores) or any(re.search(r"\d", x) for x in [*labels, remarks[0]]):
        return text
    return " ".join(f"{a} {b}" for a, b in zip(labels, scores)) + " " + remarks[0]


#: the words of a placing that ``normalize`` writes as figures, though they count nothing: laid or formed at one go
#: (“一次成形”, “一次到位”, written 1次) and all round a thing (“四周下垂均等”, written 4周; never a period of weeks,
#: “4周内”, “4周后”, “4周以上”)
_AT_ONCE = lazy_compile(r"(?<![\d.])1次(?=成形|成型|到位)")
_ALL_ROUND = lazy_compile(r"(?<![\d.])4周(?=[\u4e00-\u9fff])(?!内|以内|之内|后|以后|前|以前|以上|左右|时间|的时间)")


def placing_in_words(t: str) -> str:
    """The words of a placing (``_AT_ONCE``, ``_ALL_ROUND``: “1次成形”, “4周下垂均等”) written back in words: a manner, a
    place, no count."""
    return _AT_ONCE.sub("一次", _ALL_ROUND.sub("四周", t)) if "1次" in t or "4周" in t else t


#: the figures of where a thing is put, in a requirement of a practical task (its words of placing, ``placing_in_words``,
#: read first): a distance (“距桌边1.5cm”, “间隔2厘米”, the group ``measure``), a part of its length (“1/4位置放在筷架
#: 上”), a cloth laid at one go said 一次性 (“1次性到位”, left a figure and read as one): no score, no count to reach
PLACEMENT_FIGURE = lazy_compile(r"(?P<measure>(?<![\d.])\d+(?:\.\d+)?(?:cm|mm|厘米|毫米|公分)(?![\dA-Za-z/]))|"
                              r"(?<![\d.])1次性到位|(?<![\d./])1/[234](?=位置|处)")

#: the figures of the things a step of a practical exam takes, makes or uses (“取3支洁净的试管”, “加入2滴研磨液”, “用10mL的
#: 量筒量5mL的水”, “组成4种脱氧核苷酸共10个”, “选出玻璃板和2个…塑料人”, “编号为1、2、3”, “接近95mL处”, “滴1-2滴清水”): a quantity of
#: material, the size of an instrument or the labels given, no count to reach (never after or before a line, “不少于2个”,
#: “3个以上”, “至少2种”, nor a step, “每2个”, nor a slogan named in quotes, “三个离不开”) and no score
MATERIAL_FIGURE = lazy_compile(r"(?<![\d.每少于过到达足“\"])(?<!至少)(?<!累计)(?:\d+(?:\.\d+)?[-~])?\d+(?:\.\d+)?(?:mL|ml|毫升|克|g|滴|支|根|块|片|粒|枚|只|瓶|张|节|个|种|条)"
                             r"(?![\dA-Za-z/%]|以上|以下|及以上|以内|或以上)|编号为\d(?:、\d)+")


#: a semicolon between a fault and its cost in a cell whose lines close on “。” (“无独立消毒剂存放场所;扣4分。”, “…;不合格
#: 扣2分。”, “…; 扣3分。” as printed): the cost is the fault's own, the line's end the 。 (never a cost that closes no line,
#: “…;扣2分,…”, nor one in a cell without 。, where the ; may end a clause of its own)
_COST_AFTER_SEMICOLON = lazy_compile(r"(?<=[\u4e00-\u9fff)）])[;；][ \u3000]*(?=(?:不合格|不符合)?扣(?:除)?\d+(?:\.\d+)?分(?:。|$))")

#: a semicolon between a line's condition and its points, the points a clause of their own (“1.1注册资金在1000万元(包括1000
#: 万元)-5000万元(不包括5000万元);得0.5分;1.2…”): the points are the condition's own where the clause before them holds a
#: figure (its line) and says no points of its own (never a situation's sentences closed by its score, “方案完整;程序规范;得5分”)
_POINTS_AFTER_SEMICOLON = lazy_compile(r"(?:^|(?<=[;；]))(?P<cond>[^;；分]*\d[^;；分]*[\u4e00-\u9fff)）])[;；][ \u3000]*"
                                     r"(?=得\d+(?:\.\d+)?分(?:[;；。]|$))")

#: a list's mark opening a clause (“(2)”, “1.1”, “3、”): no figure of its line
_CLAUSE_MARK = lazy_compile(r"^(?:\(\d{1,2}\)|\d+(?:\.\d+)*[.、]?)")


def _points_after_semicolon(m: re.Match[str]) -> str:
    """The condition then a comma where its figure is its line's, not only its mark's (``_POINTS_AFTER_SEMICOLON``)."""
    cond = m.group("cond")
    return cond + "," if re.search(r"\d", _CLAUSE_MARK.sub("", cond)) else m.group(0)


def _surface(text: str) -> str:
    """What ``normalize`` does short of reading a schedule of deductions."""
    t = _surface_unmarked(text)
    if t[:1] == "1" and ";2" in t and (bare := _marks_bare(t)):  # “1没签订…扣2分;2与…扣2分”: a list's marks, bare figures
        t = _marks_bare_read(t, bare)
    return t


def _surface_unmarked(text: str) -> str:
    """What ``_surface`` does short of reading a list's bare marks (``_marks_bare``)."""
    text = text or ""
    if "扣" in text:  # “每超出一节扣-0.1”: the minus of a cost after 扣 says nothing more (扣0.1)
        text = _MINUS_AFTER_DEDUCT.sub("", text)
    if _bare_minuses(text):  # “姿势不正确-2 用力不均-2 未复位-1”: each fault's cost a bare minus, its 分 said
        text = _BARE_MINUS.sub(lambda m: m.group(0) + "分", text)
    if ("+" in text or "＋" in text) and _bare_pluses(text):  # “编写脚本 +10 完成3个实验 +10”: each case's points a bare plus
        text = _BARE_PLUS.sub(lambda m: "+" + m.group("n") + "分", text)
    if "\t" in text:  # cells joined by tabs (a row copied from a sheet), as by spaces
        text = text.replace("\t", " ")
    if " " in text or "\u3000" in text:  # cells joined by spaces (their figures read in half width: “每增长1个百分点 0．5”)
        text = text.translate(_WIDE_FIGURES)
        text = _remark_said_once(text)
        if len(_SPACED_POINTS.findall(text)) > 1:  # “A 2 分 B 1 分”: the scores of cells, each with its 分 apart
            text = _SPACED_POINTS.sub(r"\1分", text)
        # (not a row of bare scores each before its band, “100 A>=95% 90 90%<=A<95% …”: ``_run_together`` reads it)
        if "%" in text and _scores_then_bands(text) is None:
            # “完成率100%:10分 95%-100%:8分 95%以下:0分”: a score, a space, the next band's figure in %
            text = _LINE_SPACE_POINTS.sub(",", _SPACE_BEFORE_BAND.sub(";", text))
        text = _cells_read(text)
        if _MARK_SPACE_FIGURE.match(text):  # “2. 8次作业满分8分…”: a list's mark, a space, a figure: 2、8, not 2.8
            text = _MARK_SPACE_FIGURE.sub(r"\1、", text, count=1)
        if _FIGURE_SPACE_MARK.search(text):  # “分值:0 或 5 1. 场景…”: a figure, then a list's first mark, “1.” not “51.”
            text = _FIGURE_SPACE_MARK.sub(";", text, count=1)
        if len(_SPACE_AFTER_POINTS.findall(text)) > 1:  # “…资金3分 开展培训的得1分 开展…的得3分”: parts scored, joined by spaces
            text = _SPACE_AFTER_POINTS.sub(";", text)
    elif (":" in text or "：" in text) and "分" not in text and (options := _options_in_cells(text)) is not None:
        text = options[0]  # “满意：8，基本满意：4，不满意：0”: options each with its bare score after a colon
    if "。" in text and _COST_AFTER_SEMICOLON.search(text):  # “无…场所;扣4分。…不密闭;扣4分。”: a line's fault and cost
        text = _COST_AFTER_SEMICOLON.sub(",", text)
    if ";得" in text or "；得" in text:  # “…(不包括5000万元);得0.5分;1.2…”: a line's condition, then its points
        text = _POINTS_AFTER_SEMICOLON.sub(_points_after_semicolon, text)
    if "。" in text or "・" in text or "·" in text:  # “扣0。5分”, “0・5分”: a stop or a dot read for the decimal point
        text = _STOP_AS_POINT.sub(".", text)
    t = _ocr_slips(_ONE_CASE.sub("1起", text.translate(_TRANS)))  # one pass: punctuation and 繁体 alike
    if "扣" in t:  # “钮扣全部扣好”, “钥匙扣”: a button or a key ring, no deduction (its 扣 written 釦, as it may be)
        t = _BUTTON.sub("釦", t)
    if t[:1] == "A" and "B" in t:  # “A 80%以上 (5分) B 70%-80%(3分) …”: bands lettered as grades, each with its points
        t = _letter_bands_read(t)
    if t[:1] == "(" and t.count("分)") > 1:  # “(0分)高于市场均价(5分)与市场均价持平(10分)低于…”: each case's points first
        t = _points_first_read(t)
    if "分" in t and "\n" not in text:  # “…90%以上20分85%以上10分…”, “1级4分2级8分”: cases run together (a line break marks one)
        t = _chained_cases_read(t)
    if t[-1:] in ("o", "O", "0"):  # “…扣3分0”, “…扣72o”: the closing “。” read as a letter o or a 0 by text recognition
        t = _STOP_MISREAD.sub(";", t)
    if ")" in t and t.count("(") < t.count(")"):  # “1)…;2)…”: list marks of a closing bracket alone
        t = _half_bracket_marks(t)
    if "[" in t or "［" in t or "{" in t or "｛" in t or "<" in t:  # “建立制度[2分]”: a score in brackets of another shape
        t = _POINTS_BRACKETED.sub(r"(\1)", t)
    if ("万元" in t or _MONEY_NAMED.search(t)) and t.count("万") > t.count("万元"):  # “5—10万(含5万)” beside “10万元以上”,
        t = _BARE_TEN_THOUSAND.sub("万元", t)  # or under a sum of money named (“注册资金…8000万(含)以上”): sums all in 万元
    if "逐" in t:  # “不齐逐项扣0.25分”: each case in turn, written the one way the readings know (每项)
        t = _EACH_IN_TURN.sub(r"每\1", t)
    if "分、" in t:  # “完成目标的90%得35分、80%得30分、50%以下不得分”: bands of a share listed with 、, each with its points
        t = _SHARE_BAND_PAUSED.sub(",", t)
    if _REWARD_UNIT.search(t):  # “奖励10学豆”, “无学豆奖励”: points counted in a reward of the platform's, as 分
        t = _points_in_reward_read(t)
    if "分)" in t and "(" in t:  # “发布得(1分)”: a verb's points in round brackets, written without them
        t = _POINTS_OF_VERB_BRACKETED.sub(r"\1", t)
    if "(-" in t and _costs_bracketed(t):  # “未恰当称呼客户(-5)未使用规范开头语(-5)”: each fault's cost in brackets, signed
        t = _costs_bracketed_read(t)
    if "(扣" in t and _costs_said_bracketed(t):  # “(一)越级行文;(扣1分)(二)…;(扣1分)”: each fault's cost in brackets
        t = _COST_SAID_BRACKETED.sub(r"扣\g<n>分;", t).rstrip(";")
    if "扣" in t and _fault_costs_bracketed(t):  # “把载玻片擦拭干净(不擦拭扣1分);…(不滴扣1分)”: each step's fault and cost
        t = _FAULT_COST_BRACKETED.sub(r",\g<fault>扣\g<n>分", t)
    if "+" in t and _points_signed(t):  # “按期交付+10分…行政处罚-2分/次最多扣10分…黑名单0分”: points written with their sign
        t = _points_signed_read(t)
    if "--" in t:  # “建立制度——2分”, “完成率≥95%——3分”: a dash between a requirement and its score, as “:” is
        t = _DASH_BEFORE_POINTS.sub(":", t)
        t = _DOUBLED_RANGE_DASH.sub(r"\g<a>-", t)  # “90%--95%(含90%)”: a range's dash typed twice, one dash
    if "-" in t and _dashes_are_minuses(t):  # “每缺一种—0.5分”, “迟报—0.5分/次”: a minus before a fault's points
        t = _DASH_AS_MINUS.sub(_minus_read, t)
    if "-" in t and "每" in t:  # “每低1个百分点-1分”, “每发生1次-2分”: a minus straight after a step or a case and its unit
        t = _STEP_MINUS.sub(r"\1扣", t)
    if "分,总" in t or "分,共" in t:  # “(每床扣10分,总20分)”: the total of a fault's costs in their brackets, its cap
        t = _TOTAL_OF_COST.sub(r"\g<cost>,最多扣\g<n>分", t)
    if "m" in t or "㎡" in t or "平米" in t:  # “>500m²”, “20平米”, “>500m22分” (m² typed flat): one spelling of square metres
        t = _square_metres(t)
    if _BULLET.search(t):  # “●建立制度得2分 ●制度上墙得1分”: each bullet opens a clause of its own
        t = _BULLET.sub(";", t)
    if ("□" in t or "☐" in t) and _BOX_AFTER_POINTS.search(t):  # “□设立…,得2分□未设立…,得0分”: options ticked, each
        t = _BOX_AFTER_POINTS.sub(r"\g<pts>;", _BOX_OPENING.sub("", t))  # with its points said, a box opening each clause
    if "分:" in t and len(_POINTS_BEFORE.findall(t)) > 1:  # “3分:完成审批程序0分:未完成审批程序”: each option's points first
        t = _POINTS_BEFORE.sub(r"\g<label>,\g<pts>;", t).rstrip(";")
    if _YES_NO_BARE.match(t):  # “是4;否0”: the answers of a yes/no row, each with its points, no 分 written
        t = _YES_NO_BARE.sub(r"\g<yes>,\g<y>分;\g<no>,\g<n>分", t)
    if "=" in t and _equals_bare(t):  # “页面标题与需求一致=1;有错误或缺失标题=0”: each situation's points after “=”, no 分
        t = _EQUALS_POINTS.sub(r",\g<n>分", t)
    if _boxes_read(t):  # “口开立账户5口未开立账户0”: options in check boxes
        t = _BOXED.sub(r";\g<label>,\g<n>分", t).lstrip(";").replace(";;", ";").rstrip(",")
    if "+" in t and (added := _added_cell(t)):  # “…的(每次) +1 每年最多加3分”: a 赋分 cell of points added
        t = _points_added_read(t, *added)
    if "扣" in t and "小" in t:  # “未经选举的扣该小类分”: the row's whole points taken, as “不得分”
        t = _ROW_TAKEN.sub("不得分", t)
    if "扣罚" in t or "为零" in t:  # “扣罚0.5分”, “否则为零”: written the one way the readings know
        t = _NO_SCORE.sub("不得分", t.replace("扣罚", "扣"))
    if "0" in t:  # “得05分”: the decimal point lost
        t = _POINT_LOST.sub("0.", t)
    if "分" in t:  # “…全部安装得5分b.…”: the next part's mark straight after a score, the cells' space lost
        t = _MARK_AFTER_SCORE.sub(";", t)
    if "." in t:  # “…不得分.”: a half-width full stop after words ends a sentence as “。” does
        t = _WORD_STOP.sub(";", _CN_MARK_DOT.sub(r"\1、", t))
    t = t.replace(">=", "≥").replace("<=", "≤").replace("大于等于", "≥").replace("小于等于", "≤")
    t = t.replace("(含)", "(含)").replace("（含）", "(含)")
    if "记" in t or "赋" in t:  # “…的记5分,未完成不记分”, “赋2分”: 记 and 赋 score as 计 does, written the one way the readings know
        t = _ASSIGNED.sub("计", t.replace("不记分", "不计分").replace("记零分", "记0分"))  # (“无…者记零分”: the row's zero)
    if "扣" in t or "减" in t:  # “扣除2分”, “扣减2分”, “每例减1分”: points taken off, written the one way the readings know
        t = _TAKEN_OFF.sub("扣", t)
    if "100%" in t and "扣" in t:  # “…的扣除指标分值的100%”, “…的扣100%”: the whole 分值 taken, written the one way the readings know
        t = _WHOLE_SHARE_OFF.sub(lambda m: m.group(0) if "每" in re.split(r"[,;.。，；]", t[:m.start()])[-1] else "不得分", t)
    if "百分点" in t:  # “每低1百分点”: a step of points said without its measure word 个
        t = _POINT_UNIT.sub("个百分点", t)
    if "给" in t or "满分(" in t or "获得" in t:  # “达不到要求不给分”, “…的给满分(2分)”, “…的给0.5分”, “…1次,获得5分”: points
        # given with 给 or 获得, written the one way the readings know
        t = _GIVEN.sub("得", _full_points_read(t.replace("不给分", "不得分")))
    if "为0分" in t:  # “…的,本项为0分”: the row's zero said with 为, written the one way the readings know
        t = _ITEM_IS_ZERO.sub(lambda m: f"{'本项' if m.group('entry') else m.group(1)}计0分", t)
    if "0分" in t:  # “…,得0分”, “未完成计0分”, “未公示,0分”: the zero of a situation, written the one way the readings know
        t = _ZERO_SCORED.sub("不得分", t)
    if ",不得分" in t:  # “否则,不得分”: the otherwise's zero after a comma, as written straight after it
        t = _COMMA_BEFORE_ZERO.sub("", t)
    if "视" in t and "不得分)" in t:  # “…很差为4分(可视实际情况给0分)”: the last grade's points, then a zero at the team's
        t = _ZERO_AT_DISCRETION.sub(r";\1", t)  # discretion in brackets: a situation of its own, as after a “;”
    if "二是" in t:  # “一是…;二是…”: numbered parts said in words, marked the one way the readings know
        t = _parts_said_in_words(t)
    if "=(" in t and ")" in t:  # “得分=(评标基准价/投标报价)权重分值”: the 乘 sign before the 分值 lost, written back
        t = _TIMES_LOST.sub(r"\g<q>*", t)
    if "/(" in t or ")/" in t:  # “实际销售额(万元)/目标销售额(万元)”: a unit said of both terms of a quotient cancels
        t = _QUOTIENT_UNITS.sub(r"\g<a>/\g<b>", t)
        # “得分=【实际完成值】/【目标值】×权重”, “(实际值)/(计划值)×权重”: brackets round each name of a quotient alone
        t = _QUOTIENT_NAMES_BRACKETED.sub(r"\g<a>/\g<b>", t)
    if ",扣" in t:  # “每发现1处无禁烟标识,扣1分”: the case counted and its deduction, one clause set apart by a comma
        t = _CASE_THEN_COMMA.sub(r"\1", t)
    if "分/" in t and "扣" in t:  # “未落实的,扣1分/次”: the unit of a deduction per case said after its points
        # (“…错误扣1分/处常见符号…错误扣1分/处”: the next fault straight after one, the cell's line breaks lost)
        t = _PER_CASE_AFTER.sub(_per_case_before, _PER_CASE_RUN_ON.sub(r"\g<0>;", t))
    if "分每" in t:  # “教师无故旷课扣3分每人次”: the unit of a deduction per case said after its points, with 每
        t = _PER_CASE_TRAILING.sub(lambda m: m.group(0) if re.search(r"每|\d", ORDINAL_AT.sub("", _words_before(m)))
                                   else f"每{m.group(2)}扣{m.group(1)}分", t)
    if "|" in t or "｜" in t:  # “全部完成10分|基本完成7分|…”: options of a cell joined by “|”, each after its score
        t = _BAR_AFTER_POINTS.sub(";", t)
    if "分" in t and CLAUSES_RUN_ON.search(t):  # “…的,扣25分安全网规格…的,扣25分”: each fault its own clause
        t = CLAUSES_RUN_ON.sub(r"\g<0>;", t)
    if "分(" in t and t.startswith("(1)"):  # “(1)…扣1分(2)无…者,无分;…”: the next numbered part its own sentence
        t = _PART_RUN_ON.sub(";", t)
    if "全部扣除" in t:  # “死亡事故全部扣除”: the whole 分值 taken, the row's zero, written the one way the readings know
        t = _WHOLE_DEDUCTED.sub("不得分", t)
    if "否则" in t:  # “…的,得2分,否则该项不得分”: one requirement, its points, and otherwise the item's zero
        t = _ONE_OTHERWISE_ITEM.sub(r"\1", t)
    if "(含" in t:  # “90%(含)以上”, “90%以上(含90%)”: the figure itself included, said with 及
        t = _LINE_INCLUDED.sub(lambda m: m.group(1) + m.group(2) + "及" + (m.group(3) or m.group(4)), t)
    if "未达" in t:  # “未达90%的不得分”: 未达 before a figure says 未达到, written the one way the readings know
        t = _SHORT_NOT_REACHED.sub("未达到", t)
    if "全扣" in t or "无分" in t:  # “…,5分全扣”, “发生火灾无分”: the points taken, the zero, written the one way the readings know
        t = _ALL_TAKEN_BARE.sub("扣全分", _ALL_TAKEN.sub(r"扣\1分", _NO_POINTS.sub("不得分", t)))
        if "全得" not in t:  # (never “符合全得,不符全扣”: the two situations, read as such)
            t = _FAULT_ALL_TAKEN.sub("扣全分", t)
    if "扣完" in t and _USED_UP_BARE.search(t):  # “未执行扣完;”, “…未及时整治的扣完基本分”: the row's points used up by
        t = _USED_UP_BARE.sub("扣全分", t)  # one fault, written the one way the readings know (never “扣完为止”)
    if "总分值" in t or "全分" in t or "标准分" in t or "权重分" in t or "全部分" in t:  # “…100%得总分值”, “…得权重分”: the
        # whole 分值, written the one way the readings know
        t = _WHOLE_POINTS.sub("满分", t)
        t = _SHARE_OF_WHOLE.sub("分值", t) if "标准分" in t else t  # “…得标准分值的50%”: a share of the 分值
    if "分工" in t or "分管" in t:  # “2分工明确”: the mark given its stop, so that no reading takes “2分” for points
        t = _MARK_BEFORE_FEN.sub(r"\1.", t)
    if "分别扣" in t:  # “无A、无B的,分别扣2分”: one amount for each, written the one way the readings know
        t = _EACH_APART.sub("各", t)
    if "各扣" in t:  # “无A,无B的,各扣2分”: the faults' commas the list's marks
        t = _FAULTS_BY_COMMA.sub(lambda m: t[m.start():m.start("list")] + m.group("list").replace(",", "、"), t)
    if "份" in t or "乙" in t:  # “扣0.5份”, “每缺乙个”: a homophone typed for 分, for 一 (the pinyin the same)
        t = _HOMOPHONE_ONE.sub("一", _HOMOPHONE_FEN.sub(r"\1分", t))
    if "扣" in t and _STOP_SAID.search(t):  # “扣完本项分值为止”, “扣至0分为止”, “直至扣完”, “扣…,最低为0分”: the stop
        t = _STOP_SAID.sub("扣完为止", t)  # written the one way the readings know
    if "扣" in t and ("以上" in t or "上述" in t or "合计" in t or "累计" in t) and _STOP_OF_ALL.search(t):
        # “…;以上合计扣完为止”, “…;以上扣分累计不超过本项分值”: the stop of every part's deductions together, closing the
        # text, written the one way the readings know
        t = _STOP_OF_ALL.sub("扣完为止", t)
    if "封顶" in t and "扣" in t and not _POINTS_EARNED.search(t):  # “每样扣1分(3分封顶)”: the deductions capped, written the one way the readings know
        t = _DEDUCTIONS_CAPPED.sub(r"\g<per>\g<mark>最多扣\g<cap>分", t)
    if "项最多扣" in t or "题最多扣" in t:  # “每错一处扣1分,本项最多扣5分”: the row named before its cap (本项, 该项, 此题)
        t = _ROW_BEFORE_CAP.sub("最多扣", t)
    if "封顶" in t:  # “扣2分封顶”, “得10分封顶”: a cap said after its points, written the one way the readings know
        t = _CAP_AFTER.sub(lambda m: ("最多扣" if m.group(1) else "最高得") + m.group(2) + "分", t)
    if "扣完" in t:  # “…,直至扣完为止”, “直至扣完0.5分为止”, “扣完15分止”: the stop written the one way the readings know
        t = _CAP_STOP_SHORT.sub("为止", _UNTIL_STOP.sub("", t))
        # “每次扣2分,10分扣完为止”: the figure of the stop said before 扣完, written the one way the readings know
        t = _CAP_BEFORE_STOP.sub(r"扣完\1分为止", t)
    if _SCORE_NO_UNIT.search(t) and (_SCORE_WITH_UNIT.search(t) or _POINTS_FIRST.match(t)):  # “…,得1分;…,得0.5;无,不得分”
        t = _SCORE_NO_UNIT.sub(r"\g<0>分", t)
    if "进行扣分" in t:  # “对…未整改闭合的情况进行扣分不满足要求扣15分”: what is deducted for, a cell run into the scoring
        t = _HOW_DEDUCTED_RUN_ON.sub(";", t)
    if "扣," in t or "扣:" in t:  # “…的部门扣,1分”, “每次扣:2分”: a mark typed between the deduction and its points
        t = _TYPED_BEFORE_POINTS.sub("扣", t)
    if "按每" in t:  # “均按每人0.2分扣除”: the amount per case said before the verb, written the one way the readings know
        t = _PER_CASE_THEN_DEDUCTED.sub(r"每\g<unit>扣\g<per>分", t)
    if "扣" in t and _DEDUCTION_NO_UNIT.search(t):  # “未设服务电话扣0.5,没有回访记录每次扣1.0”: points, their 分 left out
        t = _DEDUCTION_NO_UNIT.sub(r"\g<0>分", t)
    if "(1)" in t and "(2)" in t and ";" in t:  # “(2)A的;B的,扣2分;(3)…”: one numbered part naming two faults, then its points
        t = _NUMBERED_PART.sub(_faults_of_one_part, t)
    if "分,根据" in t or "分,按" in t or "分,依据" in t:  # “承诺…投入得3分,根据…情况评分:…5年及以上得2分,…”: after a
        # requirement's points, how the next part is scored and a colon opening it: a sentence of its own
        t = _SCORED_THEN_HOW.sub(";", t)
    if ";并" in t:  # “…进行总结;并及时上交记录本得10分”: a sentence opening with 并 goes on with the one before
        t = _GOES_ON_WITH_BING.sub(",", t)
    if ";(" in t and _points_after_stops(t):  # “…达到60%以上。(3分)…40%-60%。(2分)”: each sentence's points after its stop
        t = _POINTS_AFTER_STOP.sub(r"(\1分);", t).rstrip(";")
    if ",;" in t or ";," in t or ";;" in t:  # “…扣4分,;床铺…”: a comma and a stop typed together, one stop
        t = _DOUBLED_STOP.sub(";", t)
    if ";扣" in t:  # “…无阶段性目标,无具体工作措施。扣5分”: the faults' cost in a sentence of its own after them, their clause's
        t = _COST_APART.sub(r"\1,", t)
    t = _joined_cells(chinese_numerals(_ocr_equals(t)))
    if "没" in t:  # “没少于1个百分点扣2分”: a homophone typed for 每
        t = _HOMOPHONE_EACH.sub("每", t)
    if "每少于" in t or "每缺少于" in t:  # “每少于1次扣1.5分”: each case short of a count, written the one way the readings know
        t = _EACH_SHORT_BELOW.sub("", t)
    if "一大" in t:  # “每缺一大系统扣0.5分”: one of the main things lacking, its measure word left out, counted as 1个
        t = _EACH_ONE_MAIN.sub(r"\g<each>1个", t)
    if "每发现" in t:  # “每发现不按时参加例会的扣2分”: each time found, its count of one written the one way the readings know
        t = _EACH_TIME_FOUND.sub("1次", t)
    if "依次扣" in t:  # “按未达标台数依次扣2分”: each thing counted costing the same, written the one way the readings know
        t = _COUNTED_IN_TURN.sub(r"\g<what>每\g<unit>", t)
    if "人" in t or "户" in t:  # “每人每次扣1分”, “有1人1次未…扣5分”, “每户每次”: a case counted in person-times (household-
        # times), written the one way the readings know
        t = _PERSON_TIMES.sub(lambda m: m.group()[0] + next(u for u in m.groups() if u) + "次", t)
    if ",0分" in t or ",不得分" in t:  # “无差错,100分;出1次错,90分;…,0分”: situations' points after a comma, no 得 before
        t = _bare_points_scored(t)
    if "/次" in t:  # “每出现一车/次不达标”, “1台/次”: a case counted in vehicle-times, written the one way the readings know
        t = _THING_TIMES.sub(r"\1次", t)
    if "扣完为止)" in t:  # “…扣5分。(各项累计分扣完为止)”: the stop in brackets closing the text, said as a clause of its own
        t = _STOP_BRACKETED.sub(lambda m: (m.group(1) or ",") + "扣完为止", t)
    if "分" in t and t.count(":") > 1 and _colon_points_run_on(t):  # “…录入到指定系统:6分实现…运转:4分”: points after a
        t = _COLON_POINTS_RUN_ON.sub(r":\1分;", t)  # colon, the next requirement run straight on after them
    if t[:1] in "查检核抽询" and ":" in t:  # “查规划等文件资料:1.…”: what is checked, leading a numbered list, scores nothing
        t = _CHECKED_BEFORE_LIST.sub("", t)
    if "(共" in t or "(合计" in t or "(小计" in t:  # “练习部分3分,代码运行检查2分(共5分)”: a part's points summed again
        t = _part_totals_dropped(t)
    if "1." in t and "3." in t:  # “1.800平方米(含)以上的得8分;2.600平方米…”: a list's numbers glued to the figures after them
        t = _list_numbers_glued(t)
    return t


#: a list's mark opening the text or a sentence, straight before words: with its “.” or “、”, or a bare figure whose
#: “、” was lost (“1没签订责任书的扣2分;2与…”)
_MARK_OPENING = lazy_compile(r"(?:^|(?<=;))(?P<n>\d{1,2})(?P<dot>[.、])?(?=[\u4e00-\u9fff])")


def _marks_bare(t: str) -> list[re.Match[str]]:
    """The bare figures of ``t`` that are a list's marks: the marks opening the text and its sentences run 1, 2, 3 … in
    turn (a figure that counts or bounds, ``_COUNTED_AFTER``, is no mark), two of them bare at least, and each sentence
    a bare mark opens scores (分); else none."""
    marks = [m for m in _MARK_OPENING.finditer(t) if m.group("dot") or not _COUNTED_AFTER.match(t, m.end())]
    if not marks or [int(m.group("n")) for m in marks] != list(range(1, len(marks) + 1)) or marks[0].start() != 0:
        return []
    bare = [m for m in marks if not m.group("dot")]
    if len(bare) < 2 or any("分" not in t[m.end():].split(";", 1)[0] for m in bare):
        return []
    return bare


def _marks_bare_read(t: str, bare: list[re.Match[str]]) -> str:
    """``t`` with its bare marks (``_marks_bare``) written as marks, “1.”."""
    for m in reversed(bare):
        t = t[:m.end()] + "." + t[m.end():]
    return t


def marks_bare(text: str) -> str:
    """The figures ``normalize`` reads as a list's marks though the text writes no “.” or “、” after them (“1没签订…扣2分;
    2与…”), joined with 、, or "" when it reads none so: a reading of the words, so a proposal built on it is to check."""
    t = _surface_unmarked(text)
    return "、".join(m.group("n") for m in _marks_bare(t)) if t[:1] == "1" and ";2" in t else ""


#: a part's points summed again in brackets after them (“练习部分3分,代码运行检查2分(共5分)”), perhaps the next part's
#: number run on after it (“…(共5分)2.Part 3…”)
_PART_TOTAL = lazy_compile(r"\((?:共|合计|小计)(?P<n>\d+(?:\.\d+)?)分\)(?P<next>(?=\d[.、]\D))?")
#: the points a part states, after its words (never “共5分”, “最高5分”, “扣5分”: a cap, a deduction)
_PART_POINTS = lazy_compile(r"(?<![\d.共计最扣减高多])(\d+(?:\.\d+)?)分")


def _part_totals_dropped(t: str) -> str:
    """The text without the sums in brackets of the points of its parts (“1.练习部分3分,代码运行检查2分(共5分)2.…”): each
    the sum of two points at least said since the sentence or the list's number before it, nothing taken off there;
    a stop put in where the next number runs on. The text as it is where any sum is not so."""
    out, at = [], 0
    for m in _PART_TOTAL.finditer(t):
        start = max(t.rfind(";", 0, m.start()) + 1, at)
        mark = list(re.finditer(r"(?:^|(?<=[;:)]))\d[.、](?=\D)", t[start:m.start()]))
        part = t[start + (mark[-1].start() if mark else 0):m.start()]
        points = [Decimal(x) for x in _PART_POINTS.findall(part)]
        if len(points) < 2 or sum(points) != Decimal(m.group("n")) or re.search("扣|减|每", part):
            return t
        out.append(t[at:m.start()] + (";" if m.group("next") is not None else ""))
        at = m.end()
    return "".join(out) + t[at:]


#: a sentence's number in a list, after the text's start, a stop or a colon (“1.”, “2.”)
_LIST_MARK = lazy_compile(r"(?:^|(?<=[;:]))(\d)\.")
#: such a number run into a figure of two digits or more after it (“1.800平方米”: not 1.8), nothing more of a decimal
_GLUED_MARK = lazy_compile(r"(?:^|(?<=[;:]))(\d)\.(?=\d{2,}(?![\d.]))")


def _list_numbers_glued(t: str) -> str:
    """The text with the numbers of its list written “1、” where they run into the figure after them (“1.800平方米(含)
    以上的得8分;2.600平方米(含)-800平方米以下的得6分;3.…”): only where the sentences are numbered 1, 2, 3… in turn (three
    at least) and two of them so run on; the text as it is otherwise."""
    marks = [int(m.group(1)) for m in _LIST_MARK.finditer(t)]
    if len(marks) < 3 or marks != list(range(1, len(marks) + 1)) or len(_GLUED_MARK.findall(t)) < 2:
        return t
    return _GLUED_MARK.sub(r"\1、", t)


#: points after a colon closing a requirement, the next one run straight on (“…录入到指定系统:6分实现…:4分”)
_COLON_POINTS_RUN_ON = lazy_compile(r"(?<=[\u4e00-\u9fff]):(\d+(?:\.\d+)?)分(?=[\u4e00-\u9fff])")
_COLON_POINTS = lazy_compile(r"(?<=[\u4e00-\u9fff]):\d+(?:\.\d+)?分")


def _colon_points_run_on(t: str) -> bool:
    """Whether every score of ``t`` follows its requirement after a colon, the last closing the text: never points
    said before their words (“3分:完成审批…”), nor a heading's 分值 (only one colon's points)."""
    return ("分:" not in t and re.search(r"(?<=[\u4e00-\u9fff]):\d+(?:\.\d+)?分;?$", t) is not None
            and len(_COLON_POINTS.findall(t)) > 1 and len(_COLON_POINTS.findall(t)) == len(re.findall(r"\d+(?:\.\d+)?分", t)))


#: a case counted in vehicle- or machine-times, a / between (“一车/次”, “1台/次”): never a score's unit (“扣1分/次”)
_THING_TIMES = lazy_compile(r"(?<=[\d一])(车|台|辆|架|艘|船)/次")
#: the stop of the deductions in brackets closing the text (“(扣完为止)”, “(各项累计分扣完为止)”, “(累计扣完为止)”)
_STOP_BRACKETED = lazy_compile(r"([;,])?\((?:各项|以上各项)?(?:累计|累积)?(?:得分|分)?扣完为止\)(?=;?$)")


#: a sentence's points in brackets after the stop closing it (“…年演练率达到60%以上。(3分)…达到40%-60%。(2分)”): the next
#: sentence opening with them, never its own
_POINTS_AFTER_STOP = lazy_compile(r"(?<=[\u4e00-\u9fff%)”]);\((\d+(?:\.\d+)?)分\)")


def _points_after_stops(t: str) -> bool:
    """Whether the text's bracketed points stand after the stops of the sentences they score: at least two so, the text
    closing with them and not opening with a score (“(10分)视力患病…” heads its part with its points), each sentence
    one (paragraphs of several sentences before their points are situations read as they are: choice._PARAGRAPHS)."""
    parts = _POINTS_AFTER_STOP.split(t.rstrip(";"))[::2]
    return (len(parts) >= 3 and parts[-1] == "" and BRACKETED_POINTS.match(t) is None
            and not any(";" in x for x in parts))


#: a comma between a situation's words and its points closing its sentence, the sentence scoring nothing else:
#: “无差错,100分;出1次错,90分” (never a heading and its part's 分值, “1.基础保障服务,10分。…”)
_BARE_POINTS_AFTER_COMMA = lazy_compile(r"(?:^|(?<=;))(?P<words>[^;分扣得计为:]*?[\u4e00-\u9fff]),(?=\d+(?:\.\d+)?分(?:;|$))")


def _bare_points_scored(t: str) -> str:
    """Situations each with its points after a comma, the last scoring nothing (“…;出错2次以上,不得分”), no other score
    in the text: the points written with 得, as situations' points are."""
    sentences = t.rstrip(";").split(";")
    bare = sum(1 for x in sentences if _BARE_POINTS_AFTER_COMMA.match(x + ";"))
    if bare < 2 or bare < len(sentences) - 1 or not re.search(r",(?:0分|不得分);?$", t):
        return t
    return _BARE_POINTS_AFTER_COMMA.sub(r"\g<words>得", t)


#: square metres after a figure, in the spellings tables give (“㎡”, “m²”, “平米”)
_SQUARE_METRES = lazy_compile(r"(?<=\d)(?:㎡|m²|平米)")
#: “m2” after a figure: square metres with the 2 typed flat, unless it runs into a figure (“>500m22分”: m² and 2分, or
#: 500 m and 22分), which only a flat m² elsewhere in the text settles
_FLAT_M2 = lazy_compile(r"(?<=\d)m2(?![\d.分a-zA-Z])")
_FLAT_M2_RUN = lazy_compile(r"(?<=\d)m2(?=\d)")
#: in a text of areas, a compared figure and its unit run straight into its band's points (“>500平方米2分”): a comma between
_UNIT_THEN_POINTS = lazy_compile(r"(?<=[><≥≤])(\d+(?:\.\d+)?(?:平方米|亩|人次|人|个|家|户|次|项|篇|件|天))(?=\d+(?:\.\d+)?分)")


def _square_metres(t: str) -> str:
    """Square metres written 平方米, the one way the readings know, and each band's points set apart from its area."""
    t = _SQUARE_METRES.sub("平方米", t)
    if _FLAT_M2.search(t):
        t = _FLAT_M2_RUN.sub("平方米", _FLAT_M2.sub("平方米", t))
    return _UNIT_THEN_POINTS.sub(r"\1,", t) if "平方米" in t else t


#: an option's points, a figure in brackets after them the points of another kind of row (``region_chosen``): “6(5)分”
_OPTION_POINTS = r"\d+(?:\.\d+)?(?:\(\d+(?:\.\d+)?\))?分"
#: an option whose points come first, then a colon and its situation, run straight into the next option as a table's
#: cells give them (“3分:完成该项审批程序0分:未完成该项审批程序”, “5(4)分:…清晰;3(2)分:…欠清晰;0分:…”)
#: (options may be numbered, “①10分:…;②8分:…”, “(1)10分:…”, and joined by commas, “10分:…,8分:…,不符合的不得分”)
_POINTS_BEFORE = lazy_compile(r"(?:^|(?<=[;:,\u4e00-\u9fff)" + CIRCLED + r"]))(?<![得计记扣减加为各每共满至])(?P<pts>" + _OPTION_POINTS + r")"
                            r":(?P<label>[^;:]*?[\u4e00-\u9fff)])"
                            r"(?:;|,?(?=(?:[" + CIRCLED + r"]|\(\d{1,2}\))?" + _OPTION_POINTS + r":)|,(?=[^;:\d]*(?:不得分|不计分)$)|$)")
#: an option in a check box (“口”, text recognition's reading of “□”), closed by its points with no 分 written: “口开立独立
#: 银行账户5口未开立独立银行账户0”
_BOXED = lazy_compile(r"[口□☐](?P<label>[\u4e00-\u9fff(][^口□☐;]*?[\u4e00-\u9fff)])(?P<n>\d+(?:\.\d+)?)(?=[口□☐]|,?$)")
#: every box of the text so closed, from the first box to the end
_BOXES_CLOSED = lazy_compile(r"(?:^|(?<=[\u4e00-\u9fff;:]))(?:" + _BOXED.pattern + r")+,?$")


#: the whole points of the row's 小类 taken (“未经选举的扣该小类分”, “查实兼任的扣除本小项分值”): read as the row's zero, the
#: row taken as the 小类 (a 小类 of several rows would lose more: ``row_taken`` tells, so the proposal is to check)
_ROW_TAKEN = lazy_compile(r"扣(?:除|减)?(?:该|本|此)小(?:类|项)(?:全部)?(?:分值|分数|分)")


def row_taken(text: str) -> str:
    """The words taking the whole points of the row's 小类 (``_ROW_TAKEN``) that ``normalize`` reads as “不得分”, or ""."""
    m = _ROW_TAKEN.search((text or "").translate(_TRANS)) if "小" in (text or "") else None
    return m.group(0) if m else ""


#: situations each closed by its bare points after an equals sign, the points falling to nothing at the last (“页面标题与需求
#: 一致＝1；有错误或缺失标题＝0。”, “按 360 × 780＝1；否则＝0。”): the whole text, each clause words (never a sum, nor a second
#: “=”) then “=N”; never a letter's value (“…,P = 0.5”: a coefficient, the share of the 分值)
_EQUALS_BARE = lazy_compile(r"^(?!.*\d/\d)(?:(?=[^;]*[\u4e00-\u9fff])[^=;+÷<>≤≥%]+(?<![A-Za-z])=\d+(?:\.\d+)?;){1,5}"
                          r"(?=[^;]*[\u4e00-\u9fff])[^=;+÷<>≤≥%]+(?<![A-Za-z])=0;?$")
#: the points of such a clause
_EQUALS_POINTS = lazy_compile(r"=(?P<n>\d+(?:\.\d+)?)(?=;|$)")


def _equals_bare(t: str) -> list[str]:
    """The bare points of a text of situations each closed by “=N” (``_EQUALS_BARE``), strictly falling to 0, or []."""
    if "=" not in t or not _EQUALS_BARE.match(t):
        return []
    scores = [m.group("n") for m in _EQUALS_POINTS.finditer(t)]
    return scores if strictly_monotone([Decimal(x) for x in scores]) == -1 else []


#: the answers of a yes/no row, the whole text, each with its bare points (“是4;否0”, “有2;无0”): a table whose 计分细则
#: column gives the points of each answer without 分
_YES_NO_BARE = lazy_compile(r"^(?P<yes>是|有)(?P<y>\d+(?:\.\d+)?)[;,](?P<no>否|无)(?P<n>\d+(?:\.\d+)?)[;,]?$")
#: an option in a check box closed by its points in brackets, 分 said: “□年末净资产不低于注册资金(5分)□年末净资产低于注册资金(0分)”
_BOXED_SCORED = lazy_compile(r"[口□☐](?P<label>[\u4e00-\u9fff(](?:[^口□☐;]*?[\u4e00-\u9fff)])?)\((?P<n>\d+(?:\.\d+)?)分\)(?=[口□☐]|[,;]?$)")
#: the text is only such boxes, from its start (perhaps after a heading) to its end
_BOXES_SCORED_CLOSED = lazy_compile(r"(?:^|(?<=[\u4e00-\u9fff;:]))(?:" + _BOXED_SCORED.pattern + r")+[,;]?$")


#: a cell's words wholly in one pair of brackets, as a page may set them (“(一幅图像不清晰扣1分)”): the words inside
_WHOLE_BRACKETED = lazy_compile(r"^\((?P<inner>[^()]*(?:\([^()]*\)[^()]*)*)\);?$")


def cell_read(t: str) -> str:
    """A normalised text as the readings know it, where its cell says more than its rule: without the cell's heading
    (“评分标准:…”), without brackets holding all its words, and options in check boxes closed by their points in brackets written as situations
    (“□年末净资产不低于注册资金(5分)□…(0分)” → “年末净资产不低于注册资金,5分;…,0分”). Neither changes a score."""
    if "标准:" in t[:6] and (head := _SHARE_HEAD.match(t)) and t[head.end():]:
        t = t[head.end():]
    if t.startswith("(") and (whole := _WHOLE_BRACKETED.match(t)):
        t = whole.group("inner")
    if "分)" in t and _boxes_scored(t):
        t = _BOXED_SCORED.sub(r";\g<label>,\g<n>分", t).lstrip(";").replace(";;", ";").rstrip(",")
    if ":" in t and len(_GRADE_LABELLED.findall(t)) > 1 and _POINTS_THEN_GRADE.search(t):
        # “优:…无遗漏;15分良:…有1项遗漏,13分一般:…;11分”: each grade's points closing its cell, run into the next grade's
        # label, written as the grade's own (“优:…无遗漏,15分;良:…”)
        t = _GRADE_POINTS_CLOSING.sub(r",\g<n>;", t).rstrip(";").replace(",,", ",")
    return t


#: a grade's label (``GRADE_RANK``) opening its cell (“优:”, “良好:”, “B(良好):”)
_GRADE_OPENING = r"(?:[A-E]\()?(?:" + "|".join(sorted(GRADE_RANK, key=len, reverse=True)) + r")\)?:"
_GRADE_LABELLED = lazy_compile(r"(?:^|(?<=[;,])|(?<=\d分))" + _GRADE_OPENING)
#: a grade's points run into the next grade's label (“;15分良:”, “,13分一般:”)
_POINTS_THEN_GRADE = lazy_compile(r"[;,]\d+(?:\.\d+)?分" + _GRADE_OPENING)
#: the points closing a grade's cell: before the next grade's label, or closing the text
_GRADE_POINTS_CLOSING = lazy_compile(r"[;,](?P<n>\d+(?:\.\d+)?分)(?=" + _GRADE_OPENING + r"|;?$)")


def _boxes_scored(t: str) -> bool:
    """Whether the text closes with options in check boxes, each closed by its points in brackets (``_BOXED_SCORED``)."""
    return len(_BOXED_SCORED.findall(t)) > 1 and _BOXES_SCORED_CLOSED.search(t) is not None


def _boxes_read(t: str) -> bool:
    """Whether the text closes with options in check boxes, each closed by its points (``_BOXED``)."""
    return len(_BOXED.findall(t)) > 1 and _BOXES_CLOSED.search(t) is not None


#: a numbered part (“(2)…”) that runs over a stop not followed by the next part's number
_NUMBERED_PART = lazy_compile(r"(?:^|(?<=;))\(\d{1,2}\)[^;]*(?:;(?!\(\d{1,2}\))[^;]+)+")
#: what gives a sentence its points
_POINTS_SAID = lazy_compile(r"\d分|扣完|满分|不得分|不计分")
#: the last fault of a numbered part, then the part's deduction (“金属构件锈蚀,影响安全的,扣2分”)
_FAULT_THEN_DEDUCTION = lazy_compile(r"[\u4e00-\u9fff][^;]*?扣(?:除|减)?\d+(?:\.\d+)?分$")


def _faults_of_one_part(m: re.Match[str]) -> str:
    """A numbered part whose sentences before the last say no points, the last a fault and its deduction (“(2)构筑物有裂缝的;
    金属构件锈蚀的,扣2分”): the faults of one part, the stops between them read as commas; a part whose sentences each score
    is left as it is."""
    sentences = m.group(0).split(";")
    if any(_POINTS_SAID.search(x) for x in sentences[:-1]) or not _FAULT_THEN_DEDUCTION.search(sentences[-1]):
        return m.group(0)  # (a paragraph of sentences closed by its score, “(1)方案完整;程序规范;得5分”, is a situation)
    return ",".join(sentences)


#: “一是”, “二是” opening the text or a sentence: the mark of a numbered part, said in words
_PART_SAID = lazy_compile(r"(?:^|(?<=;))([一二三四五六七八九十])是(?!否)")


def _parts_said_in_words(t: str) -> str:
    """The marks of numbered parts said in words (“一是…;二是…”) written “(1)…;(2)…”, when they count up from 一 in order."""
    found = [m.group(1) for m in _PART_SAID.finditer(t)]
    if found != list("一二三四五六七八九十"[:len(found)]) or len(found) < 2:
        return t
    return _PART_SAID.sub(lambda m: f"({'一二三四五六七八九十'.index(m.group(1)) + 1})", t)


#: the units a deduction per case is said in after its points (a group: the unit)
_CASE_UNITS = r"(批次|人次|处|次|项|例|件|起|户|人|个|条|家|张|篇|份|笔|辆|宗)"
#: “扣1分/次”, “扣0.5分/处”: a deduction per case, its unit said after the points
_PER_CASE_AFTER = lazy_compile(r"扣(\d+(?:\.\d+)?)分/1?" + _CASE_UNITS + r"(?![\u4e00-\u9fff])")
#: “原理图识别错误扣1分/处常见符号识图错误扣1分/处”: a deduction per case, then straight after it the next fault with its
#: own deduction per case (a table's cell with its line breaks lost): each its own clause; never the words that close a
#: deduction (“扣1分/次扣完为止”, “扣1分/处,最多扣5分”) nor the rest of its unit (“扣1分/人次”), nor a unit that with the
#: next words makes a word of their own (“…扣1分/处理不及时…”, “/人员…”, “/个人…”, “/项目…”: which the unit is, unsure)
_PER_CASE_RUN_ON = lazy_compile(r"(?<=[\u4e00-\u9fff])扣\d+(?:\.\d+)?分/1?" + _CASE_UNITS +
                              r"(?=(?!次|扣|为止|直至|最多|最高|累计|封顶|上限|以上|以下|以内|及)[\u4e00-\u9fff][^;,。]*?扣\d+(?:\.\d+)?分/)"
                              r"(?<!处(?=[理置罚分室所长]))(?<!人(?=[员数身工为防]))(?<!个(?=[人别体]))(?<!项(?=目))"
                              r"(?<!件(?=数))(?<!条(?=[件款例]))(?<!户(?=[籍外]))(?<!家(?=[长属庭具]))(?<!张(?=贴))"
                              r"(?<!份(?=额))(?<!笔(?=[记录]))(?<!起(?=[草火重]))(?<!例(?=[会如]))(?<!宗(?=教))")


#: “教师无故旷课扣3分每人次”: a deduction per case, its unit said after the points with 每, closing the clause
_PER_CASE_TRAILING = lazy_compile(r"扣(\d+(?:\.\d+)?)分每" + _CASE_UNITS + r"(?=[,;]|$)")
#: “…未用密目安全网封闭的,扣25分安全网规格…不符合要求的,扣25分”: the next fault straight after a deduction, no stop
#: between them (a table's cell with its line breaks lost), its own deduction later in the sentence; never the words that
#: close a deduction (“扣2分为止”, “扣1分以上”, “扣0.5分类推计算”, “扣2分并通报”)
CLAUSES_RUN_ON = lazy_compile(r"(?<=[\u4e00-\u9fff,])扣\d+(?:\.\d+)?分(?=(?!为止|以上|以下|以内|并|且|后|同时|另|再|及|和|每|计|为|的|扣|直|止|"
                            r"封顶|累计|最|上限|类推|按|/|标准|整改)[\u4e00-\u9fff][^;,]*?(?:,扣|[\u4e00-\u9fff]扣)\d+(?:\.\d+)?分)")
#: “请假每周累计不超过10人,超过1个扣0.1分”, “…不超过12节,每超出1节扣0.1分”: a count allowed, then each one past it
#: deducted (one of the count's unit, or 个)
_CAP_THEN_PAST = lazy_compile(r"(?:不超过|不多于|不得超过)(?P<n>\d+)(?P<u>人次|人|次|处|项|个|件|天|日|节)[,;]?(?:每)?(?:超过|超出|多于)"
                            r"1(?:个|(?P=u))(?:的)?,?(?=扣)")
#: “有1件案件扣0.3分,每多1件扣0.3分”, “发现1处扣1分,每多1处再扣1分”: the first case and each case more costing the same
#: (never “1次扣1分,每多1次扣2分”: a cost rising with the count; never a figure short of or past a line,
#: “少1件扣0.3分,每多1件扣0.3分”: each more short, or each one past the line too?)
_FIRST_THEN_EACH_ALIKE = lazy_compile(r"(?<![\d.每第少缺差欠超低多减])(?:有|存在)?(?P<verb>发现|出现|发生)?1(?P<u>件|次|处|起|例|项|人次|人|个|条|宗)"
                                    r"(?P<what>[^,;\d每]{0,8}?)的?,?扣(?P<a>\d+(?:\.\d+)?)分,每多(?:发现|出现|发生)?1(?P=u)"
                                    r"[^,;\d]{0,6}?(?:再|另)?扣(?P=a)分(?![\d.])")
#: “(1)…未上报审批扣1分(2)无…参数者,无分”: the next numbered part of a text opening with “(1)” straight after a
#: deduction, no stop between (a cell's line breaks lost)
_PART_RUN_ON = lazy_compile(r"(?:(?<=扣\d分)|(?<=\d\.\d分))(?=\((?:[2-9]|1\d)\)[\u4e00-\u9fff])")
#: “死亡事故全部扣除”, “…的,分值全部扣除”: the fault takes the whole 分值 (closing its clause)
_WHOLE_DEDUCTED = lazy_compile(r"(?<=[\u4e00-\u9fff,])(?:本项|该项|分值|得分)?全部扣除(?=[,;]|$)")


def _per_case_before(m: re.Match[str]) -> str:
    """``_PER_CASE_AFTER`` written “每次扣1分”, where its clause says no count nor step of its own (“每发现1处扣1分/处”,
    “缺勤满2次及以上扣0.2分/人” are left; the row's number, “2、…(违者扣5分/次)”, is no count)."""
    return m.group(0) if re.search(r"每|\d", ORDINAL_AT.sub("", _words_before(m))) else f"每{m.group(2)}扣{m.group(1)}分"


def _full_points_read(t: str) -> str:
    """The full points said in brackets after 满分 read as those points (``_FULL_STATED``)."""
    found = list(_FULL_STATED.finditer(t))
    if not found or found[0].group("more") is None:  # the one closing the text
        return t
    return _FULL_STATED.sub(r"得\1分", t)


def _schedule(t: str) -> str:
    """The 扣 said before each fault's points of a schedule of deductions (a text that deducts in words only, no point
    earned nor merit counted: ``_may_be_schedule`` tells), when every point per case of the text is one of the schedule (a
    range, “0.5-1分/处”, or a unit no reading counts, “2分/基”, leaves the text as it is)."""
    bare = len(re.findall(r"(?<![\d.])\d+(?:\.\d+)?分/", t))
    at = [m.start() for m in _SCHEDULED.finditer(t)]
    if len(at) != bare or re.search(r"\d/[\u4e00-\u9fff]", t):
        return t
    # each fault says what is wrong (“垃圾桶破损”, “未按时清运”), or a degree of the one before (“…10%以下1分/项
    # 10%以上2分/项”): “开展宣传活动1分/次” is earned, whatever the text's 扣
    words = [_SCHEDULE_ENTRY.split(t[:i])[-1] for i in at]
    if not all(FAULT_SAID.search(w) or (n and re.search(r"以上|以下|以内", w)) for n, w in enumerate(words)):
        return t
    return _SCHEDULED.sub("扣", t)


#: the points per case of a schedule, after their number: “分/处”, “分/1次”
_PER_CASE_OF_SCHEDULE = r"分/1?(?:处|次|项|例|件|起|户|人|个|条|家|张|篇|份|笔)"
#: a schedule of deductions, each fault's points per case with no verb (“灯杆倾斜1分/处”, “…,0.5分/次”), in a text that
#: deducts (“…,扣完为止”, “实行累计扣减”): the 扣 said before the points (never in a range, 1至2分/处, nor after 为, 各, 每)
_SCHEDULED = lazy_compile(r"(?<=[\u4e00-\u9fff,;:)”])(?<![为各每至或共满分])(?=\d+(?:\.\d+)?" + _PER_CASE_OF_SCHEDULE
                        + r"(?![\u4e00-\u9fff]*[=*]))")
#: where one fault of a schedule ends and the next one's words begin
_SCHEDULE_ENTRY = lazy_compile(r"\d" + _PER_CASE_OF_SCHEDULE)
#: a word saying a fault: something missing, late, wrong, broken, dirty or against a rule, a problem found
FAULT_SAID = lazy_compile(r"未|不|无|没|缺|少|漏|错|误|差|损|破|坏|违|乱|脏|污|积|倾斜|超|迟|逾|延|投诉|事故|问题|隐患|失|丢|脱落|"
                         r"锈|通报|曝光|批评|处罚|处分|堆|占道|私|非法|擅自")
#: a text that deducts in words only (“扣完为止”, “实行累计扣减”, “扣分标准”): no points of its own carry the verb
#: (“未完成的不扣分” says none is taken off)
_DEDUCTING = lazy_compile(r"(?<!不)扣(?:完|减|分)")
#: points earned, capped or taken off with a verb of their own anywhere in the text (“表彰2分/次,通报批评扣1分/次”,
#: “被采用1分/篇;迟报扣1分”: the points without a verb are earned), or a merit counted beside the faults (“受到表彰
#: 2分/次 违规操作1分/次 扣完为止”, “评为先进单位2分/次”, “信息被采用1分/篇”): not a schedule of deductions alone
_NOT_A_SCHEDULE = lazy_compile(r"(?:得|加|计|记|扣|减)(?:\d|满分)|加分|最高|最多|上限|封顶|基础分|基本分"
                             r"|奖|表彰|表扬|荣誉|先进|优秀|示范|推广|评为|正面|被[^,;]{0,4}采[用纳]")


#: “每人每次”, “每次每人扣”, “1人1次”, “每户每次”: one person (household) once, a person-time (人次); never a person a year or a day (“每人每年”), nor “1人1次性…”,
#: nor a count asked of each person (“每人1次以上”)
_PERSON_TIMES = lazy_compile(r"(?:每(人|户)每|(?<![\d.])1(人)1)次(?![数性])|每次每(人|户)(?=扣|减)")
#: “记5分”, “赋2分”, “最多记6分”, “记0分”: 记 or 赋 as the verb of points scored, straight before them (never 记 ending another
#: word, “登记1次”, “书记2人”)
_ASSIGNED = lazy_compile(r"(?<![登书标笔日印牢铭])[记赋](?:予)?(?=\d+(?:\.\d+)?分(?![管局公院行队站厂社所部支校区组])|满分)")
#: “扣除2分”, “扣减2分”, “扣去1分”, “扣掉5分”, “核减1分”, “每例减1分”, “减完为止”: a verb of points taken off straight before them or its stop,
#: read as 扣 (never 加减, 增减, 递减: points added or taken in turn); the 分值 named as the points taken from, “扣基准分10分”,
#: “扣基础分2分”, “扣基本分1分”, “扣考核分2分”, “扣除总学分1分”, “扣除软件附加分0.5分” (credits, a bonus's points), is no more
#: than 扣, and so is a cost said to come on top of others in a clause of its own, “…的,加扣1分”
#: (never points added or taken either way, “每提前或推迟1天加扣1分”)
_TAKEN_OFF = lazy_compile(r"(?:扣(?:除|减|去|掉|(?:除|减)?(?:基准分|基础分|基本分|考核分|[\u4e00-\u9fff]{0,2}?(?:学分|附加分)))|核减|(?<=[,的])加扣)(?=\d+(?:\.\d+)?分)|(?<![加增递扣核])减(?:去)?(?=\d+(?:\.\d+)?分|完为止)"
                        # “…,扣除2;”: the verb before points whose 分 is left out, closing their clause (``_DEDUCTION_NO_UNIT``)
                        r"|(?<=[\u4e00-\u9fff,])扣(?:除|减)(?=\d+(?:\.\d+)?(?:[,;)]|$))")
#: “1百分点”: a number of percentage points without its measure word
_POINT_UNIT = lazy_compile(r"(?<=\d)百分点")
#: “得0分”, “计0分”, “未公示,0分”, “否则0分”: a situation scoring nothing, with its verb, after its words and a comma, or
#: straight after 否则 or 的 (never the answer of a question, “是:1分 否:0分”, “是得1分否得0分”; points bare beside it,
#: “(3)无办公用房0分”, and “最低的0分” are left as written; never a stop: “直至得0分”, “扣至计0分为止”, “最低得0分”; nor
#: a band after its figure, “<60%,0分”, read as a band)
_ZERO_SCORED = lazy_compile(r"(?:(?<![至到低为是否])[得计]|(?<=[\u4e00-\u9fff)],)|(?<=否则|反之)|(?<=[的者])(?<![最低高多少]的)|"
                          r"(?<=本项|该项|此项|本题|该题|此题))"  # (“…导致零件损坏本题0分”: the item named just before its 0)
                          r"0分(?!为止|\d|\.|[-~至、和])")
#: “…,得2分,否则该项不得分”: the item named before the zero of a text of one sentence scoring once (the item is the
#: sentence's: a text of several parts, “…得1分,…得1分,否则该项不得分”, may mean the part or the row, and is left as written)
_ONE_OTHERWISE_ITEM = lazy_compile(r"^((?:(?!\d分|满分)[^;]){2,200}?(?<![各每])(?:得|计)(?:满分|\d+(?:\.\d+)?分),否则),?(?:本项|该项|此项)(?=不得分;?$)")
#: a comma between 否则 (反之) and the zero it leads to: “否则,不得分” (a situation's words before “,不得分” keep their comma,
#: as those of a deduction beside them do: “未建立的,不得分;…的,扣1分”)
_COMMA_BEFORE_ZERO = lazy_compile(r"(?<=否则|反之),(?=不得分)")
#: a line on a rate or an area said to include its figure in brackets: “90%(含)以上”, “90%以上(含90%)”, “90%以上(含)”,
#: “20平方米以上(含20平方米)”, written with 及 (“90%及以上”), the mark the readings know as settling a band's end (a
#: count, “20人(含)以上”, is read as written)
_LINE_INCLUDED = lazy_compile(r"(\d+(?:\.\d+)?)(%|‰|个百分点|平方米|立方米|亩)(?:\(含\)(以上|以下)|(以上|以下)\(含(?:\1\2?)?\))")
#: a case counted (“每发现1处无禁烟标识”, “发现一处占用公路晒粮的”), a comma, then its deduction: the comma is none of the
#: meaning (never a requirement of each period, “每月开展1次,扣1分”, nor a clause that scores of its own)
_CASE_THEN_COMMA = lazy_compile(r"(?:^|(?<=[;,:(]))((?:每(?!半年|年|季|月|周|旬|天|日|学期)|发现|出现)[^,;扣得计加减]{1,30}),(?=扣\d+(?:\.\d+)?分)")
#: the stop between faults in words and the one cost closing the text after them (“…无具体工作措施。扣5分”)
_COST_APART = lazy_compile(r"^((?:(?!满分|得分|计分)[^;\d扣]){4,200});(?=扣\d+(?:\.\d+)?分;?$)")
#: “本项为0分”: the row's zero said with 为 (never “最低为0分”, a stop); a scoring sheet's “本条目整体记为0分” (the row
#: named 条目, as a whole: 本项)
_ITEM_IS_ZERO = lazy_compile(r"(本项|该项|此项|本题|该题|此题|(?P<entry>本条目|该条目))(?:整体)?(?:记|计)?为0分")
#: “…的给满分(2分),否则不给分”, “得满分(1.5分);…”: the full points of a part said in brackets after 满分, read as those
#: points where more is said after them (a denial, another part); closing the text (“…的得满分(4分)”) they are left as
#: written, unless an earlier part said its own so (“A的给满分(1分),没有的不给分;B的给满分(0.5分)”: each part's points)
_FULL_STATED = lazy_compile(r"(?:得|给|计)满分\((\d+(?:\.\d+)?)分\)(?P<more>(?=[,;]*[^,;]))?")
#: “…的给0.5分”, “给予2分”, “…的给满分”, “…1次,获得5分”: 给 (给予), or 获得 opening a clause, as the verb of points scored, straight before them (never 给 ending
#: a verb of handing over, “交给2分公司”, “报送给3分局”, nor points that open a word: “2分管领导”)
_GIVEN = lazy_compile(r"(?<![不补供配交送发递报转留让借付还])(?:给予?|(?<=[,;])获得)(?=\d+(?:\.\d+)?分(?![管局公院行队站厂社所部支校区组])|满分)")
#: a quotient in brackets after “得分=”, then the 分值 straight after its closing bracket, the 乘 sign lost (“得分=(评标基准价/
#: 投标报价)权重分值”, “=(A/B)分值”): a product
_TIMES_LOST = lazy_compile(r"(?P<q>=\([^()=]{2,30}/[^()=]{2,30}\))(?=(?:本项|该项)?(?:权重分值|权重分|分值)(?:[;,]|$))")
#: “未达90%”: 未达 straight before a figure (never 未达标, 未达到)
_SHORT_NOT_REACHED = lazy_compile(r"未达(?=\d)")
#: “无工作网络资料,5分全扣”: the points said, then that all of them are taken
_ALL_TAKEN = lazy_compile(r"(\d+(?:\.\d+)?)分全扣(?![\u4e00-\u9fff])")
#: “…未及时取缔的,发现1件全扣”: all the points taken, no figure said, closing its clause (never “资料不全扣1分”, “5分全扣”)
_ALL_TAKEN_BARE = lazy_compile(r"(?<=[\d一两二三四五六七八九十][件次处起例项个宗户家人])全扣(?=[,;.]|$)")
#: “…生活垃圾桶内见棉签全扣”: a fault's words, then all the points taken, closing its clause (never “资料不全扣1分”, “不全扣;”
#: where 全 is the fault's own word: 不全, 不齐全, 缺全, 不完全, 不健全, 不安全, 不周全; nor “本项分全扣”, “标准分全扣”: the points named, read as they are)
_FAULT_ALL_TAKEN = lazy_compile(r"(?<=[\u4e00-\u9fff])(?<![不齐缺分完健安周])全扣(?=[,;.]|$)")
#: “未执行扣完;”, “对…未及时整治的扣完基本分”: a fault's words straight before 扣完 closing its clause (or 扣完 the 基本分),
#: all the row's points taken (never “扣完为止”, “…扣1分,扣完” — the stop after a deduction — nor “扣完得负分”, “此分值扣完”: the 分值 named)
_USED_UP_BARE = lazy_compile(r"(?<=[\u4e00-\u9fff])(?<![分为至到值数部光])扣完(?:基本分)?(?=[,;.]|$)")
#: “发生森林火灾无分”, “无本矿区开采沉陷参数者,无分”: a situation scoring nothing (never “有无分工”: only closing its clause)
_NO_POINTS = lazy_compile(r"(?:(?<=[\u4e00-\u9fff])(?<!有)|(?<=[者的],))无分(?=[,;。]|$)")
#: “…100%得总分值”, “…的计全分”, “…可获得该部分全部分数”: the whole 分值 said in other words, closing its clause
_WHOLE_POINTS = lazy_compile(r"(?<=[得计])(?:总分值|全分|标准分值?|权重分|(?:该部分|本部分|该项|本项)?全部分(?:数|值))(?=[,;]|$)")
#: “60%~70%(含)得标准分值的50%”: a share of the 分值 said in other words (“总分值的80%” kept: the total of several rows)
_SHARE_OF_WHOLE = lazy_compile(r"(?<=[得计])标准分值?(?=的\d+(?:\.\d+)?%)")
#: words that open with 分 and are no points: a division of work (分工, not 分工作), a leader in charge (分管, not 分管理)
FEN_WORD = r"分(?:工(?!作)|管(?!理))"
#: “…得4分;2分工明确,…”: a list mark with no stop before a word that opens with 分 (分工, 分管), never a score
_MARK_BEFORE_FEN = lazy_compile(r"(?:^|(?<=;))(\d{1,2})(?=" + FEN_WORD + ")")
#: “…扣1分,直至扣完为止”: the stop said twice over
_UNTIL_STOP = lazy_compile(r"(?:直至|直到)(?=扣完(?:\d+(?:\.\d+)?分)?为止)")
#: “扣完15分止”, “扣满5分止”: the stop at a figure, its 为 left out
#: “对…的情况进行扣分不满足要求扣15分”: the words saying what is deducted for (a cell of its own, its space lost) run
#: straight into the scoring, no stop between
_HOW_DEDUCTED_RUN_ON = lazy_compile(r"(?<=[的况]进行扣分)(?=[\u4e00-\u9fff])")
#: “每缺一大系统”, “每少一大类”: each one lacking of the main things (大…) named, no measure word between 一 and 大
_EACH_ONE_MAIN = lazy_compile(r"(?P<each>每(?:缺少|缺|少|漏|差))一(?=大[\u4e00-\u9fff])")
#: “…发现1次扣2分,10分扣完为止”: the figure a part's deductions stop at said before 扣完, after the deduction's comma
_CAP_BEFORE_STOP = lazy_compile(r"(?<=分,)(\d+(?:\.\d+)?)分扣完为止")
_CAP_STOP_SHORT = lazy_compile(r"(?<=扣[完满]\d分)止|(?<=扣[完满]\d\d分)止|(?<=扣[完满]\d\.\d分)止")
#: the stop of a deduction at nothing, said in other words: “扣完本项分值为止”, “扣至本项0分为止”, “扣到零分为止”, “扣满为止”,
#: “扣完即止”, “直至扣完”, “直至扣完该项分值”, and “最低为0分” closing a sentence of a text that deducts (never a stop at a figure of its own,
#: “扣满5分为止”, “直至扣完5分”)
_STOP_SAID = lazy_compile(r"(?:扣完|扣至|扣到|扣满)(?:本项|该项|此项|本条|该条)?的?(?:分值|分数|0分|零分|分)?(?:为止|即止)"
                        r"|(?:直至|直到)扣完(?:(?:本项|该项|此项|本条|该条)的?(?:分值|分数)|分值)?(?![\d为])|(?<=[,;])(?:本项|该项)?(?:得分)?最低(?:为|得)?0分(?=[;,]|$)")
#: the stop of all the deductions said of them together, a clause closing the text: “以上合计扣完为止”, “以上各项累计扣完
#:为止”, “以上扣分累计不超过本项分值”, “累计扣分不超过该项分值”
_STOP_OF_ALL = lazy_compile(r"(?<=[;,])(?:(?:以上|上述)(?:各项)?(?:合计|累计|累积|共计)?|(?:各项)?(?:合计|累计|累积|共计))扣完为止(?=;?$)"
                          r"|(?<=[;,])(?:以上|上述)?(?:各项)?(?:(?:合计|累计)?扣分(?:合计|累计)?|(?:合计|累计)扣分)"
                          r"(?:不超过|不得超过|最多不超过)(?:本项|该项|此项|本指标)的?(?:分值|总分|满分)(?:为止)?(?=;?$)")
#: “扣2分封顶”, “得10分封顶”: the points of a cap said before 封顶
#: the row named before the cap of its deductions (an 操作考核 sheet's “本项最多扣5分”, “该题最多扣3分”): the cap is the row's
_ROW_BEFORE_CAP = lazy_compile(r"(?<=[,;])(?:本|该|此)(?:项|小项|题|小题)最多扣(?=\d)")
_CAP_AFTER = lazy_compile(r"(?:(扣)|得)(\d+(?:\.\d+)?)分封顶")

#: “扣0.5份”, “得2份;”: 份 typed for 分 (one pinyin) after a verb of points, closing its clause (never “扣1份材料”)
_HOMOPHONE_FEN = lazy_compile(r"(?<=[扣得计记减])(\d+(?:\.\d+)?)份(?=[;,)]|$)")
#: “每缺乙个”, “少乙项”: 乙 typed for 一 (one pinyin) after a word of a case short, before a measure (never “乙方”, “乙等”);
#: “嘉奖乙次”, “记小功乙次”: 乙 for 一 as Taiwan's official writing puts it, in a commendation or a demerit counted
_HOMOPHONE_ONE = lazy_compile(r"(?<=缺|少|差)乙(?=个|项|次|处|人|份|件|名|家|户)|(?<=奖|功|过|诫)乙(?=次)")
#: “每少于1次扣1.5分”, “每少于2户”: the 于 of a count of cases short (never a step of a rate, “每少于1个百分点”)
_EACH_SHORT_BELOW = lazy_compile(r"(?<=每少|每缺)于(?=\d+(?:\.\d+)?(?:次|个|项|户|人|名|家|篇|件|条|份|场|期|所|处|例)(?!百分点))")
#: “每发现…的扣2分”: each time a fault is found, no count written after 每发现 nor in the fault's words before its cost
_EACH_TIME_FOUND = lazy_compile(r"(?<=每发现)(?=[\u4e00-\u9fff](?:(?![得计加减]\d)[^\d,;扣]){1,29}?扣\d+(?:\.\d+)?分)"
                             r"(?![一两二三四五六七八九十]|[处次个例项起件份条人户家台])")
#: “按未达标台数依次扣2分”: the things counted, each in turn costing one amount (never amounts in turn, “依次扣1分、2分”)
_COUNTED_IN_TURN = lazy_compile(r"(?P<what>按[^\d,;按]{1,12}?(?P<unit>台|辆|项|户|人|个|家|处|件|次|篇|条|份|名|所|起|例)数)依次"
                              r"(?=扣\d+(?:\.\d+)?分(?![、和及与或]?\d))")
#: “没少于1个百分点扣2分”, “没少1种制度扣0.5分”: 没 typed for 每 (the pinyin near) before a shortfall of a figure that costs
#: points (never “没有…”, nor a shortfall no deduction follows or one said to cost nothing, “没少于3次的不扣分”)
_HOMOPHONE_EACH = lazy_compile(r"没(?=(?:少|缺|低|降低|下降|减少)于?\d+(?:\.\d+)?[^\d,;]{0,20}?,?(?<!不)扣)")


#: “无A、无B的,分别扣2分”: one amount 分别 for each fault listed is 各 (never amounts in turn, “分别扣1分、2分”,
#: “分别扣2分和1分”)
_EACH_APART = lazy_compile(r"分别(?=扣\d+(?:\.\d+)?分(?![、,和及与或]?\d))")

#: “无A台账,无B台账,无C台账的,分别扣2分”: faults listed with commas, each opening with the same 无/未, closed by the
#: deduction each costs; the commas are the list's marks (“无A台账、无B台账…”)
_FAULTS_BY_COMMA = lazy_compile(r"(?:^|(?<=[;:]))" + ORDINAL + r"?(?P<list>(?P<no>无|未|没有)[^,;:\d]{2,30}"
                              r"(?:,(?P=no)[^,;:\d]{2,30}){1,8}?)(?=的?,?各扣\d)")
#: “…;有其中1项参与,得0.5;无,不得分”, “…供电时间不低于2小时得0.2”: a situation's score with its 分 left out, closing its clause, where the other
#: situations of the text say theirs with it (_SCORE_WITH_UNIT)
_SCORE_NO_UNIT = lazy_compile(r"(?<=[,;:)\u4e00-\u9fff])得\d+(?:\.\d+)?(?=[;。]|$)")
_SCORE_WITH_UNIT = lazy_compile(r"得\d+(?:\.\d+)?分")
#: “…不符合扣0.5,未设服务电话扣0.5;”: a deduction with its 分 left out, closing its clause (no other unit after it), its
#: brackets (“(缺1项扣0.5)”) or followed straight by its stop (“缺1项扣0.5 扣完为止”, the space gone)
#: a comma or a colon between 扣 and its points (“…扣,1分”, “扣:2分”); never after words ending in 扣 (折扣, 紧扣, 环扣)
_TYPED_BEFORE_POINTS = lazy_compile(r"(?<![折紧环])扣[,:](?=\d+(?:\.\d+)?分)")
#: “…的按每人0.5分扣除”, “均按每人0.2扣除”, “按每处1分扣减”: each case's amount before the verb (扣除, 扣减), its 分 perhaps
#: left out
_PER_CASE_THEN_DEDUCTED = lazy_compile(r"(?:均|各|一律)?按每(?P<unit>人次|人|处|次|项|例|件|个|条|名|户)(?P<per>\d+(?:\.\d+)?)分?扣(?:除|减)")
#: the stop before a sentence that opens with 并 (“…;并及时上交”, “…;并且…”): never 并列、并入、并网、并购、并发、并轨
_GOES_ON_WITH_BING = lazy_compile(r";(?=并(?![列入网购发轨]))")
#: the comma after a requirement's points before how the next part is scored, opening it with a colon (“…得3分,根据拟派人员
#: 情况评分:…”, “…(2分),按以下标准计分:…”)
_SCORED_THEN_HOW = lazy_compile(r"(?<=\d分|分\)),(?=(?:根据|按照|按|依据)[^;,:]{1,30}?(?:评分|计分|打分|赋分|评定):)")
#: a deduction's points with their 分 left out (“未设服务电话扣0.5,…”), closing the clause or before an aside in brackets
#: (“缺少1项扣5(有替代设备除外)”: words, never a unit, “扣5(万元)”)
_DEDUCTION_NO_UNIT = lazy_compile(r"(?<=扣)\d+(?:\.\d+)?(?=[,;:。)]|$|扣完为止|\((?![分元万千百次项个人处%])[\u4e00-\u9fff]{2}[^()]*\))")
#: “0.4分。配备消防设施…得0.4”: the text opens with its points, in 分, alone in their sentence
_POINTS_FIRST = lazy_compile(r"\d+(?:\.\d+)?分[;。]")


#: “一.建立制度得3分。二.发生…的,此项不得分”: a part numbered in words with a dot, opening the text or a sentence, is
#: numbered as “一、” is (a list marker, never a stop after the word 一)
_CN_MARK_DOT = lazy_compile(r"(?:^|(?<=[;。,:)]))([一二三四五六七八九十]{1,3})\.(?=[\u4e00-\u9fff(])")
#: a bar joining options straight after a score (“全部完成10分|基本完成7分|未完成0分”): the clause's end, as “;”
_BAR_AFTER_POINTS = lazy_compile(r"(?<=\d分)[|｜](?=[\u4e00-\u9fff])")
#: a part's mark, a number or a letter with its dot, straight after a score (“…得5分b.重要用水部门…”, “…得2分3.定期…”)
_MARK_AFTER_SCORE = lazy_compile(r"(?<=\d分)(?=(?:[1-9]\d?|[a-hA-H])[.、](?=[\u4e00-\u9fff]))")
#: a stop with commas or stops typed beside it (“扣4分,;床铺不整齐”): the one stop it means
_DOUBLED_STOP = lazy_compile(r"[,;]*;[,;]*")
#: a half-width full stop after words, before words or at the end of the text (not a decimal point, not “1.” or “.A”
#: opening a part), before the points of the sentence it closes (“…年度工作计划.1分”), or before the next part's mark
#: (“…不得分.2.在…”)
_WORD_STOP = lazy_compile(r"(?<=[\u4e00-\u9fff)%])\.(?=[\u4e00-\u9fff(]|$)|(?<=\d)\.$"
                        r"|(?<=[\u4e00-\u9fff])(?<![扣得计记加减为至])\.(?=\d+(?:\.\d+)?分)"
                        r"|(?<=[\u4e00-\u9fff)])\.(?=\d{1,2}[.、](?!\d))")

#: “0。5”, “0・5”: text recognition (or a typist) puts a full stop or a middle dot for the decimal point between two
#: digits; a numbered part that follows a sentence (“…不少于3。2、…”) keeps its stop
_STOP_AS_POINT = lazy_compile(r"(?<=\d)[。・·](?=\d+(?![\d、.．)）]))")
#: “建立制度[2分]”, “{2分}”, “<2分>”: a score alone in square, curly or angle brackets (those may hold other things — a
#: formula's names, “[繁重]得票数”, a sign, “<95%” —, so only a score is read so; 【】 and 〈〉 are always round brackets)
_POINTS_BRACKETED = lazy_compile(r"[\[［{｛<](\d+(?:\.\d+)?分)[\]］}｝>]")
#: “发布得(1分)”, “每推迟一个月扣(0.5分)”: the points of a verb that scores or takes off, alone in round brackets straight
#: after it (the figure a blank of a form filled in)
#: “10万元以上(含10万)得1分,5—10万(含5万)得0.5分,少于3万不得分”: a sum in 万 with no 元 (never a count of ten thousands
#: of something else, “10万人次”, “5万亩”), beside sums in 万元
#: a sum of money named, then straight on a figure in 万, which is 万元 (“根据投标人注册资金情况:A.8000万(含)以上,…”, “营业收入
#: 在500万-2000万”); never a figure of something else named after the money (“经费保障情况:服务对象10万(含)以上”)
_MONEY_NAMED = lazy_compile(r"(?:注册资金|注册资本|资金|资本金|金额|营业额|营业收入|销售额|合同额|合同价|投资额|产值|经费|报价|造价)"
                          r"(?:情况|规模|总额|合计|累计)?[:,]?(?:[A-Z][.、] ?)?(?:达到|达|在|为|不低于|不少于|超过|高于)?"
                          r"(?=\d+(?:\.\d+)?万(?!元))")
_BARE_TEN_THOUSAND = lazy_compile(r"(?<=\d)万(?!元|多|余|人|户|亩|吨|台|件|家|个|次|名|册|份|株|头|只|辆|平方|立方|公里|千米|米|字|条|张|套|斤)")
#: “不齐逐项扣0.25分”, “逐条扣1分”: each case taken off in turn, said as 每 says it
_EACH_IN_TURN = lazy_compile(r"逐(项|个|条|处|次|份|件)(?=扣\(?\d)")
_POINTS_OF_VERB_BRACKETED = lazy_compile(r"(?<=[得扣计加减])\((\d+(?:\.\d+)?分)\)")
#: “建立工作制度 2 分”: a figure and its 分 apart by a space, one score (``_CELL_SCORE`` reads it as a cell's when the text
#: has two such, never one alone: “每 项 1.5 分”)
_SPACED_POINTS = lazy_compile(r"(\d)[ \u3000]+分")
#: “2. 8次作业满分8分”: the text opening on a list's mark, a space after its dot, then a figure (a decimal has no space)
_MARK_SPACE_FIGURE = lazy_compile(r"^[ \u3000]*(\d{1,2})[.．][ \u3000]+(?=\d)")
#: “0 或 5 1. 场景设计…; 2. …”: a figure closing a cell, then a list's first mark (“1.” and words) after the space, a
#: second mark (“2.” and words) later
_FIGURE_SPACE_MARK = lazy_compile(r"(?<=\d)[ \u3000]+(?=1[.．][ \u3000]*[\u4e00-\u9fff][^\n]*?[ \u3000;；。]2[.．][ \u3000]*[\u4e00-\u9fffA-Za-z])")
#: a score closing a part, then a space and the next part, which holds a score of its own (a spreadsheet's text layer
#: printing its commas as spaces: “落实应急演练资金3分 开展培训的得1分 开展应急演练的得3分”): the space ends the part
_SPACE_AFTER_POINTS = lazy_compile(r"(?<=\d分)[ \u3000]+(?=[\u4e00-\u9fff][^;。；]*?[得计]?\d+(?:\.\d+)?分(?:[ \u3000]|$))")
#: a band's score, a space, then the next band's figure in % (“完成率100%:10分 95%-100%:8分 95%以下:0分”): the space ends
#: the band as “;” would (a figure in % after a score opens a clause of its own)
_SPACE_BEFORE_BAND = lazy_compile(r"(?<=\d分)[ \u3000]+(?=[≥≤<>]?\d+(?:\.\d+)?%)")
#: a line in % then its score, the cells joined by a space (“完成率≥95% 3分 <95% 0分”): the score closes the line's clause
_LINE_SPACE_POINTS = lazy_compile(r"(?<=%)[ \u3000]+(?=\d+(?:\.\d+)?[ \u3000]*分)")
#: “90%--95%”, “90--95%”: the dash of a range of two percentages typed twice (never before points,
#: ``_DASH_BEFORE_POINTS``; nor after a figure below 0, “-10%--5%”, where the second dash is the minus of the upper figure)
_DOUBLED_RANGE_DASH = lazy_compile(r"(?<![-\d.])(?P<a>\d+(?:\.\d+)?%?)-{2}(?=\d+(?:\.\d+)?%)")
#: a dash (“——”, “--”) between words or a line and the score they earn (“建立制度——2分”, “完成率<95%——0分”): never a range
#: of figures (“80-90分”), nor a single dash, which may be a minus (“问题-0.5分”)
_DASH_BEFORE_POINTS = lazy_compile(r"(?<=[\u4e00-\u9fff%)])-{2,}(?=\d+(?:\.\d+)?分)")
#: a single dash between a fault's words and its points, a minus (“每缺一种—0.5分”, “迟报(2天以上)—0.5分/次”): never a
#: range of figures (“80-90分”, “90%-95%”; a figure before the dash only as a step's, “每低5—0.5分”), nor a line's score
#: after it (“≥90%—3分”); after a comma or a semicolon, opening a clause of its own (“…不参加组织生活,-1分/人次”,
#: “党费未按时收缴;-1分/人次”)
_DASH_AS_MINUS = lazy_compile(r"(?<=[\u4e00-\u9fff)、\d,;])(?<!含\))-(?=\d+(?:\.\d+)?分)")
#: a case's unit after 每, alone in its clause before a dash (“…未按时召开支委会,每次-1分”): the fault the clause before says
_EACH_ALONE = lazy_compile(r"每(?:1|一)?(?:人次|次|处|项|人|例|起|个|件|条|篇|天|日)")
#: a minus straight after a step or a case with its figure and unit (“每低1个百分点-1分”, “每下降1%-0.5分”, “每发生1次-2分”,
#: “每超出1小时-3分”): never a range, which would join two figures of one unit (“1%-2%”, “0.5-1分”), so a minus even in a
#: text that earns points elsewhere (“≥95%计10分,每低1个百分点-1分”); the case's unit straight after 每, its one unsaid
#: (“每处-2分”, “每人次-1分”: each case, as 每1处), never a range either (“每处1-2分”: the figure before the dash)
_STEP_MINUS = lazy_compile(r"(每(?:[^,;\d]{0,8}?\d+(?:\.\d+)?)?(?:%|个百分点|人次|次|起|例|处|项|个|件|条|个工作日|工作日|天|日|个小时|小时|"
                         r"周|个月|人|名|万元|元))-(?=\d+(?:\.\d+)?分)")
#: a step down (“每低5”, “每降低1%”, “每减少1次”): a fault though no word of FAULT_SAID names it
_STEP_DOWN = lazy_compile(r"每[^,;\d]*?(?:低|降|减|少|缺)")
#: a step down closed by its figure (“每低5”, “每降低1”): the one figure a minus may follow
_STEP_FIGURE = lazy_compile(r"每[^,;\d]*?(?:低|降|减|少|缺)[^,;\d]*\d+(?:\.\d+)?$")
#: a fault said not to be (“无投诉”, “未发生安全事故”, “未超支”, “没有违规”): the words of a good state, never a minus's
_FAULT_DENIED = lazy_compile(r"(?:未|无|没有?|不)(?:有|被|(?:发生|出现|存在|造成)[^,;\d]{0,6}?)?(?:违|超|迟|逾|延|投诉|事故|问题|隐患|差错|错|误|失|"
                           r"丢|损|破|坏|乱|污|曝光|处罚|处分|非法|擅自)")
#: points earned with a verb of their own (“得2分”, “计满分”, “加1分”): a text that earns is no table of minuses
_POINTS_EARNED = lazy_compile(r"(?:得|计|记|加|给)(?:\d|满分)|满分")


def _dashes_are_minuses(t: str) -> bool:
    """Whether the single dashes before points may be minuses: never in a run of the cells' scores (“-2分-1分”), in a
    text that earns points with a verb, nor in a table of the scores of situations, one of them a zero (“有投诉—0分”:
    nothing is taken off as “扣0分”) or a fault said not to be (“无差错—5分,有差错—2分”)."""
    # (a run of scores is figures' 分 before a dash, never a word's: “受纪律处分-3分”)
    if re.search(r"\d分-", t) or "-0分" in t or _POINTS_EARNED.search(t):
        return False
    return not any(_FAULT_DENIED.search(_words_before(m)) for m in _DASH_AS_MINUS.finditer(t))


def _words_before(m: re.Match[str]) -> str:
    """The words before a match, back to the stop, the comma or the mark before them."""
    return re.split(r"[,;:]", m.string[:m.start()])[-1]


def _minus_read(m: re.Match[str]) -> str:
    """A dash before points read as 扣 where the words it closes name a fault or a step down (``_DASH_AS_MINUS``)."""
    words = _words_before(m)
    if words[-1:].isdigit():
        return "扣" if _STEP_FIGURE.search(words) else "-"
    if not words or _EACH_ALONE.fullmatch(words):  # “…不参加组织生活,-1分/人次”, “…未召开支委会,每次-1分”: the fault before
        before = re.split(r"[,;:]", m.string[:m.start() - len(words)].rstrip(",;"))[-1]
        return "扣" if before and not re.search(r"[\d分%)]$", before) and FAULT_SAID.search(before) else "-"
    return "扣" if FAULT_SAID.search(words) or _STEP_DOWN.search(words) else "-"


#: a bullet opening a clause after the score of another (“…得2分●制度上墙…”, “…(2分)◆…”): a stop before it (never a
#: bullet within words, “丁•作” a stray mark of text recognition, nor a box to tick, □/○, nor a star of a rating)
#: a check box opening the next option straight after the points one scores (“…,得1分□未…写入章程,得0分”), and the box
#: opening the first (never a box closed by bare points, ``_BOXED``, nor grades each with their points and no 得, “□优20分
#: □良15分”, a box ticked on the grade; nor the character 口, a word of its own)
_BOX_AFTER_POINTS = lazy_compile(r"(?P<pts>[得计]\d+(?:\.\d+)?分)[□☐](?=[\u4e00-\u9fff(])")
_BOX_OPENING = lazy_compile(r"^[□☐](?=[\u4e00-\u9fff(])")
_BULLET = lazy_compile(r"(?<=[分)])[●◆■▲►•▪◇➢➤](?=[\u4e00-\u9fff(])")
#: a cap after a deduction per case (“每样扣1分(3分封顶)”, “扣0.5分/次,2分封顶”): how much may be taken off, in a text
#: that earns nothing with a verb (“得1分,3分封顶” caps points earned)
_DEDUCTIONS_CAPPED = lazy_compile(r"(?P<per>扣\d+(?:\.\d+)?分(?:/1?[\u4e00-\u9fff]{1,2})?)(?P<mark>[,(]?)(?P<cap>\d+(?:\.\d+)?)分封顶")
#: “…得满分,否则为零”: the zero said with 为零 after 否则
_NO_SCORE = lazy_compile(r"(?<=否则)(?:,?为零|,?为0分?)(?![\d.])")


#: a list mark of a number and a closing bracket alone, opening the text or a sentence or straight after a score (“1)建立…,
#: 得1分;2)按时…”, “…(4分)1)逐月…”), before words; alone, opening the text (“2)标示清楚…”), the mark of a row of such a list
_HALF_BRACKET_MARK = lazy_compile(r"(?:^|(?<=[;,:.])|(?<=分)|(?<=分\)))(\d{1,2})\)(?=[\u4e00-\u9fff])")


#: a zero at the team's discretion in brackets straight after a grade's points: “(可视实际情况不得分)”, “(视情况可不得分)”
_ZERO_AT_DISCRETION = lazy_compile(r"(?<=\d分)\((可?视(?:实际)?情况可?不得分)\)")


def _half_bracket_marks(t: str) -> str:
    """“1)…;2)…;3)…”: the marks of a list numbered with a closing bracket alone, 1 and on in order and none closing a
    bracket opened before it, written as “(1)” — the one way the readings know a numbered part."""
    depth, marks, expect = 0, [], 1
    found = {m.start(): m for m in _HALF_BRACKET_MARK.finditer(t)}
    for i, c in enumerate(t):
        m = found.get(i)
        if m is not None and depth == 0 and int(m.group(1)) == expect:
            marks.append(m)
            expect += 1
        if c == "(":
            depth += 1
        elif c == ")" and depth:
            depth -= 1
    if len(marks) < 2:
        # “3)照明设施符合…”: one row of such a list, its mark opening the text, no other such mark in it
        return "(" + t[:t.index(")")] + t[t.index(")"):] if len(found) == 1 and 0 in found else t
    for m in reversed(marks):
        t = t[:m.start()] + "(" + m.group(1) + ")" + t[m.end():]
    return t


#: the closing “。” of a text read by text recognition as a Latin o or O (“…扣完为止O”, “…扣72o”, “…×6%o”), or as a 0
#: after points (“…扣3分0”; never “得分0”, a score of 0): after a figure the o may be a degree sign, after % a ‰
#: (``stop_misread`` says so)
_STOP_MISREAD = lazy_compile(r"(?:(?<=\d分)0|(?<=[\u4e00-\u9fff])[oO]|(?<=[\d%])(?P<unsure>[oO]))$")


def stop_misread(text: str) -> str:
    """The figure and the o closing the text that ``normalize`` reads as its full stop though another mark may be meant
    (“72o”: a degree; “6%o”: ‰), or "": a reading of a slip, so a proposal built on it is to check."""
    t = (text or "").translate(_TRANS)
    m = _STOP_MISREAD.search(t) if t[-1:] in ("o", "O") else None
    if m is None or not m.group("unsure"):
        return ""
    return re.search(r"\d+(?:\.\d+)?%?[oO]$", t).group(0)  # type: ignore[union-attr]


def letter_figures(text: str) -> list[tuple[str, str]]:
    """The figures ``normalize`` reads from letters, each as written and as read (“Iooo”, “1000”;
    ``_OCR_LETTER_FIGURE``): a reading of a slip, so a proposal built on it is to check."""
    t = (text or "").translate(_TRANS)
    return [(m.group(), m.group().translate(_LETTER_DIGITS)) for m in _OCR_LETTER_FIGURE.finditer(t)] + \
        [(m.group(0).strip(), m.group(0).strip().translate(_LETTER_DIGITS)) for m in _OCR_ELL_FIGURE.finditer(t)]


#: “得05分”, “每处扣02分”: points with a leading 0 and no decimal point, the point lost in conversion (no table writes 5
#: points as 05)
_POINT_LOST = lazy_compile(r"(?<=[得扣计记减加])0(?=[1-9]分)")


#: “得分二资金到位率*分值”: text recognition reads the “=” of a formula as “二”
_OCR_EQUALS = lazy_compile(r"得分二(?![零〇一二两三四五六七八九十百分级档类等])(?=[\u4e00-\u9fff(][^;。]*[*/])")


#: “好路率X120”: a Latin letter x typed for the sign × between a word and a number; “得分=受理率 c 5分”: text recognition
#: reads the sign × as a c, between a rate and its points; “(A/B)xl00%”: and the digit 1 opening the number after the
#: sign as a Latin l or I (``_OCR_ONE``'s misreading, after ×)
#: (“完成率x权重”, “实际值/目标值x本项分值”: and before the weight or the 分值 named in words; “30分 x 审核通过率”: after
#: the points, before the rate they are multiplied by)
_LATIN_TIMES = lazy_compile(r"(?<=[\u4e00-\u9fff)%])[xX](?P<one>[Il])?(?=\d)|(?<=率)c(?=\d+(?:\.\d+)?分)|"
                          r"(?<=[\u4e00-\u9fff)%])[xX](?=(?:本项|该项|本指标|该指标)?(?:权重|分值|满分)(?![\u4e00-\u9fff]))|"
                          r"(?<=\d分)[xX](?=[^;,x*/]{0,20}?(?:率|比例)(?:$|[;,.]))")


#: “扣 I0 分”, “扣l0分”: text recognition reads the digit 1 opening a number of points as a Latin I or l
_OCR_ONE = lazy_compile(r"(?<=[扣得计记减])\s*[Il](?=\d*(?:\.\d+)?\s*分)")
#: “7T0名”, “良(8T1分)”: text recognition reads the “-1” of a range (7-10, 8-11) as a Latin T between the digits
#: (one digit after it: “7T10”, a T for the dash alone or a model's name, is not made 7-110)
_OCR_DASH_ONE = lazy_compile(r"(?<=\d)T(?=\d(?!\d))")
#: “每少1个百分点扌II 1分”, “扌口2分”: text recognition splits 扣 into its hand radical and the 口 beside it (read as a
#: 口 or as two strokes, II), before the points; strokes read as the digits 11 run into the points (“扌111分” may be
#: 扣1分 or 扣11分, and the gap is gone when spaces are): never read, left for the evaluator; so before 除 or 减 (“一次
#: 扌II除5分”: 扣除)
_OCR_SPLIT_KOU = lazy_compile(r"扌\s*(?:口|II|Il|lI|ll)(?=\s*(?:[除减]\s*)?\d)")


#: “扣O.5分”, “达不到10O%”: text recognition reads the digit 0 as a Latin O, after a digit or opening a decimal of points
_OCR_ZERO = lazy_compile(r"(?<=\d)O(?=\d|%|分)|(?<![A-Za-z])O(?=\.\d+分)")
#: “低于Iooo万元不得分”: text recognition reads a whole figure as letters, I or l for its leading 1 and o or O for its
#: zeros, after a comparison and before its unit (no word of Latin letters stands there)
#: “满分为 l0 分”, “每抽到 l 件”: text recognition reads the digit 1 as the letter l, after words, before the figure's
#: other digits and its points or measure word (never a letter of a word or a code, “Level 2”); “扣0.l分”, “扣0.2l分”: a
#: digit of a decimal's points read so, after its point, before the points' 分
_OCR_ELL_FIGURE = lazy_compile(r"(?<=[\u4e00-\u9fff])[ \u3000]?l\d{0,3}(?=[ \u3000]?(?:分|件|个|项|次|处|条|人|名|门|本|台|套))"
                             r"|(?<=[扣得计记减加]\d\.)l(?=\d?分)|(?<=[扣得计记减加]\d\.\d)l(?=分)")
_OCR_LETTER_FIGURE = lazy_compile(r"(?<=[于足到满过])[Il][oO]{2,}(?=万元|亿元|元|平方米|亩|人|名|个|项|件|次)")
#: “每缺―项”, “第―责任人”: text recognition reads the numeral 一 as a bar (―), before a measure word or after 第
_OCR_BAR_ONE = lazy_compile(r"―(?=[项个处次人名种台套件条份家户类])|(?<=第)―")
#: “耒进行检测的”: text recognition reads 未 as 耒 (never the place name 耒阳, nor 耒耜)
_OCR_NOT_YET = lazy_compile(r"耒(?![阳耜])")
#: “每迟到一次口0.5分”: text recognition reads 扣 as 口 (its hand radical lost), after the case counted and before the
#: points (never a thing's opening, “出入口2分”, “人口”)
_OCR_DEDUCT = lazy_compile(r"(?<=[次处项天日件起例条])口(?=\d+(?:\.\d+)?分)")
#: “未配各足够的设备”: text recognition reads 备 as 各 (one shape short) in 配备 said as not done (never “分配各单位”)
_OCR_EQUIPPED = lazy_compile(r"(?<=未|无)配各(?![单部地级类项个])")
#: “扣0,5分”: a comma read for the decimal point of points less than 1 (no text takes 0 points off)
_COMMA_AS_POINT = lazy_compile(r"(?<=[扣得计记减加])0,(?=\d+分)")
#: “…,扣1分:机构组成…”, “…的;不得分”: a colon closing a fault's points, a stop before the zero of its own clause: the
#: marks a fault's clauses take (a stop after points, a comma before them)
_COLON_AFTER_POINTS = lazy_compile(r"(扣\d+(?:\.\d+)?分):(?=[\u4e00-\u9fff])")
#: “…不得分、未设置警示标识扣1分、…”: a list mark typed between faults after the points (or the zero) of one of them
_LIST_MARK_AFTER_POINTS = lazy_compile(r"(不得分|扣\d+(?:\.\d+)?分)、(?=[\u4e00-\u9fff])")
_STOP_BEFORE_ZERO = lazy_compile(r"(?<=的);(?=(?:本项|该项|此项)?不得分)")


_LETTER_DIGITS = str.maketrans("IloO", "1100")


#: “符合1分,不符合。分”: text recognition reads the 0 of the points a breach scores as the round full stop, after the
#: points of the requirement met (a stop then “分”, closing the text or its clause, is no sentence of its own)
_OCR_STOP_ZERO = lazy_compile(r"(?<=\d分,)(?P<breach>不符合|不合格|不满足|不达标|未达到|未做到|否则)[;.](?=分(?:[;,.]|$))")
#: “1%以内20分高于1%为。分”: the same slip closing a band's case run together with the others (“为” after its line)
_OCR_STOP_ZERO_LINE = lazy_compile(r"(?<=\d%)(?P<breach>为)[;.](?=分$)")


def zero_as_stop(text: str) -> list[str]:
    """The breaches whose 0 points ``normalize`` reads from a full stop (“不符合。分”; ``_OCR_STOP_ZERO``): a reading of
    a slip, so a proposal built on it is to check."""
    t = (text or "").translate(_TRANS)
    return [m.group("breach") for regex in (_OCR_STOP_ZERO, _OCR_STOP_ZERO_LINE) for m in regex.finditer(t)]


def _ocr_slips(t: str) -> str:
    """The slips of text recognition and typing in a fault's words and points, put right (``_OCR_ZERO`` and the rest)."""
    if "O" in t:
        t = _OCR_ZERO.sub("0", t)
    if ";分" in t or ".分" in t:
        t = _OCR_STOP_ZERO.sub(r"\g<breach>0", t)
        t = _OCR_STOP_ZERO_LINE.sub(r"\g<breach>0", t)
    if "oo" in t or "OO" in t or "oO" in t or "Oo" in t:
        t = _OCR_LETTER_FIGURE.sub(lambda m: m.group().translate(_LETTER_DIGITS), t)
    if "l" in t:
        t = _OCR_ELL_FIGURE.sub(lambda m: m.group().translate(_LETTER_DIGITS), t)
    if "―" in t:
        t = _OCR_BAR_ONE.sub("一", t)
    if "耒" in t:
        t = _OCR_NOT_YET.sub("未", t)
    if "配各" in t:
        t = _OCR_EQUIPPED.sub("配备", t)
    if "口" in t and "每" in t:
        t = _OCR_DEDUCT.sub("扣", t)
    if "0," in t:
        t = _COMMA_AS_POINT.sub("0.", t)
    if "分:" in t:
        t = _COLON_AFTER_POINTS.sub(r"\1;", t)
    if "分、" in t:
        t = _LIST_MARK_AFTER_POINTS.sub(r"\1,", t)
    if "的;不" in t or "的;本" in t or "的;该" in t or "的;此" in t:
        t = _STOP_BEFORE_ZERO.sub(",", t)
    return t


#: the two terms of a quotient each with the same unit in brackets after its name: “实际完成额(万元)/目标额(万元)”,
#: “实际工期(天)/计划工期(天)”
_QUOTIENT_UNITS = lazy_compile(r"(?P<a>[\u4e00-\u9fff]{2,16})\((?P<u>万元|亿元|千元|元|个|人次|人|次|件|天|日|台|吨|户|家|项|篇|所|名|辆|套)\)"
                             r"/(?P<b>[\u4e00-\u9fff]{2,16})\((?P=u)\)")


#: a quotient of two names each in brackets of its own, after “=” or a sign or opening the text, before a sign or the end
_QUOTIENT_NAMES_BRACKETED = lazy_compile(r"(?:(?<=[=*/+\-:])|^)\((?P<a>[\u4e00-\u9fff]{2,16})\)/\((?P<b>[\u4e00-\u9fff]{2,16})\)(?=[*/;,.]|$)")


def _ocr_equals(t: str) -> str:
    # “执行率乘以分值”: the operation in words is the sign
    t = t.replace("乘以", "*").replace("除以", "/")
    if "I" in t or "l" in t:
        t = _OCR_ONE.sub("1", t)
    if "扌" in t:
        t = _OCR_SPLIT_KOU.sub("扣", t)
    if "T" in t:
        t = _OCR_DASH_ONE.sub("-1", t)
    if "x" in t or "X" in t or "c" in t:
        t = _LATIN_TIMES.sub(lambda m: "*1" if m.group("one") else "*", t)
    return _OCR_EQUALS.sub("得分=", t)


#: the verbs that open how a row is checked: “查资料”, “查看台账”, “现场检查”, “询问职工”
CHECK_VERB = r"(?:查|检查|核查|查看|查阅|抽查|现场检查|现场查看|询问)"
#: words that score nothing: no figure, no comparison, no word that scores (分, 扣, 得, 计, 记)
_SCORES_NOTHING = lazy_compile(r"^[^\d分扣得计记%≥≤<>=]+$")
#: words holding 分 that score nothing: “分析报告”, “职责分工”, “分类台账”; what must not be done (“不得随意走动”, never
#: 不得分、不得满分)
_WORDS_OF_PARTS = lazy_compile(r"分析|分工|分类|分管|分布|不得(?![分满计记])")


#: an e-mail or web address, whose figures are no score (“以发到…邮箱(sdmyxf@126.com)的为准”)
_ADDRESS = lazy_compile(r"[A-Za-z0-9._-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+|(?:https?://|www\.)[A-Za-z0-9./_?=&%-]+")


def scores_nothing(words: str) -> bool:
    """No figure nor word that scores in ``words`` (how the row is checked, who finds the fault, a remark), words of
    record (“登记簿”, “会议记录”) and words holding 分 that score nothing (“分析报告”) aside."""
    return _SCORES_NOTHING.match(_WORDS_OF_PARTS.sub("", WORDS_OF_RECORD.sub("", _ADDRESS.sub("", words)))) is not None


#: what is checked, before a numbered list of the scoring words: “查规划、方案等文件资料:1.…”, “查落实措施文件资料:1.…”
_CHECKED_BEFORE_LIST = lazy_compile(r"^" + CHECK_VERB + r"[^,;:\d分扣得]{1,30}:(?=1[.、])")
#: what is checked, leading the scoring words: “查…情况,未进行清理的不得分…”, “查看文件资料;无专人…各扣1分”
_CHECKED_LEAD = lazy_compile(r"^" + CHECK_VERB + r"[^,;]*[,;]")


#: a rate named with its line (“化工企业基础数据采集率达100%”): the rate's name, what precedes it up to a clause's start
_NAMED_RATE_LINE = lazy_compile(r"(?:^|(?<=[,;:]))(?P<name>[^,;:\d%]{2,30}?率)(?:达到|达|为|≥|不低于|在)\d+(?:\.\d+)?%")


def rates_joined(t: str) -> bool:
    """Whether each scored sentence of ``t`` joins lines on two rates or more, named apart (“化工企业基础数据采集率达100%,
    涉及重大危险源企业数据采集率达100%的,得2分;化工企业基础数据采集率达50%以上,…采集率达100%,得1分”): situations each
    of the rates together, no bands of one value."""
    scored = [x for x in t.split(";") if re.search(r"(?:得|计|记)\d+(?:\.\d+)?分|不得分", x)]
    if len(scored) < 2:
        return False
    return all(len({m.group("name") for m in _NAMED_RATE_LINE.finditer(x)}) >= 2 for x in scored)


#: what the score is found from, leading the scoring words: “根据全年车辆检查记录评分,”, “依据系统记录计分,” (never “按比例计分,”:
#: how it is scored)
_BASIS_LEAD = lazy_compile(r"^(?:根据|依据|按照)(?P<basis>[^,;:\d%]{2,24}?)(?:评分|计分|打分|赋分)[,;:]")


def sentences_outside_brackets(t: str) -> list[str]:
    """The sentences of ``t``, cut at each “;” outside brackets (“…进行评分(需提供合同…复印件;未提供的不算业绩);符合1个…”:
    the bracket's own stop is no sentence's end); at every “;” when the brackets do not pair up (where an aside ends is
    unsaid)."""
    out, depth, at = [], 0, 0
    for i, c in enumerate(t):
        depth += 1 if c == "(" else -1 if c == ")" and depth else 0
        if c == ";" and depth == 0:
            out.append(t[at:i])
            at = i + 1
    return [*out, t[at:]] if depth == 0 and t.count("(") == t.count(")") else t.split(";")


#: a bid's lead sentence saying what is assessed and from what: “投标人近三年完成的类似项目业绩进行评分(需提供合同复印件…)”,
#: “于开标当日倒推三年内类似业绩,是否属于有效的…由评标委员会…进行认定”: the verb of assessing (进行评分/评审/认定), the window
#: of time the cases fall in, and asides, none of them scoring nor weighing (酌情、视情况); “根据合同复印件给分”: the proof
#: the points are given on
_ASSESSING = r"评分|评审|打分|赋分|计分|认定"
#: (or the state of things it is scored on, its verb straight after: “根据响应文件中的商务条款偏离情况打分,包括…”)
_ASSESSED = lazy_compile(r"(?:进行|予以)(?:" + _ASSESSING + r")|(?:评分|评审|认定)依据|(?<=件|料|同|书|绩)给分$|"
                       r"^(?:根据|依据|按照)[^;,]{2,30}?情况(?:" + _ASSESSING + r")(?=,|$)")
#: the clauses opening a sentence up to its verb of assessing: “根据提供近3年的类似业绩(…),根据合同(…)复印件给分,”
_ASSESSED_CLAUSES = lazy_compile(r"^[^;]{4,120}?(?:给分|" + _ASSESSING + r")(?=,)")


def what_is_assessed(sentence: str) -> bool:
    """Whether ``sentence`` only says what is assessed (``_ASSESSED``), its window of time and asides scoring nothing."""
    if not _ASSESSED.search(sentence):
        return False
    words = CASES_WINDOW.sub("", _ASSESSED.sub("", sentence))
    return scores_nothing(words) and not re.search(r"酌情|视情|综合|比例|优|良|差|好", words)


def assessed_clauses(t: str) -> str:
    """The clauses opening ``t`` up to its verb of assessing that only say what is assessed (``what_is_assessed``:
    “根据…复印件给分,有1个得2分,…”), or ""."""
    clauses = _ASSESSED_CLAUSES.match(t)
    return clauses.group(0) if clauses and what_is_assessed(clauses.group(0)) else ""


#: a bid's lead sentence saying what each case counted must be, before the points of each: “投标人须具有2021年1月1日以来
#: 单项合同金额不少于500万元的类似业绩,同时提供合同及验收证明”: who, a verb of having or providing, and the thing counted
#: (业绩, 案例, 合同); or the proof of each, opening with the verb: “提供2023年1月1日至今类似业绩的合同扫描件,…否则不予认可”
_CASES_REQUIRED = lazy_compile(r"^(?:投标人|供应商|响应方|应答人|投标方|申请人)?(?:\([^()]*\))?(?:须|需|必须|应)?(?:具有|具备|提供)"
                             r"[^;]*?(?:业绩|案例|合同)")
#: the amount a case must reach, describing which cases count (no line the team scores by): “单项合同金额不少于人民币800万元”
_CASE_AMOUNT = lazy_compile(r"(?:单项|单个)?(?:合同)?(?:金额|额|规模)(?:在|达到|达|为)?(?:不少于|不低于|不小于|≥|大于)?(?:人民币)?"
                          r"\d+(?:\.\d+)?(?:亿元|万元|元)(?:\(含(?:税)?\))?(?:及以上|以上)?")

#: a window of time running to the day of the bid, describing the cases: “2023年1月1日至本项目开标截止日”,
#: “自2018年1月1日(含)至应答截止之日”
_WINDOW_TO_BID = lazy_compile(r"自?\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?(?:\(含\))?(?:至|到)[^,;\d()]{0,12}?(?:开标|投标|应答|响应|递交)"
                            r"[^,;\d()]{0,6}?(?:截止)?(?:之?日|时间)")


def cases_required(sentence: str) -> bool:
    """Whether ``sentence`` only says what each case counted must be (``_CASES_REQUIRED``), its window of time, the amount
    a case must reach and its proof scoring nothing — no count asked (“须具有3个以上类似业绩”), no points, no zero (“否则不予认可”:
    a case not counted, never “否则不得分”)."""
    if not _CASES_REQUIRED.match(sentence):
        return False
    words = _CASE_AMOUNT.sub("", CASES_WINDOW.sub("", _WINDOW_TO_BID.sub("", sentence)))
    return scores_nothing(words) and not re.search(r"酌情|视情|综合|比例|个数|数量|否则(?!(?:将|均)?不予(?:认可|认定|计入))", words)


def basis_lead(t: str) -> re.Match[str] | None:
    """What the score of ``t`` is found from (records, a system's data), leading its scoring words and scoring nothing
    itself."""
    m = _BASIS_LEAD.match(t) if t[:1] in "根依按" else None
    return m if m and "比例" not in m.group("basis") and scores_nothing(m.group("basis")) else None


def checked_lead(t: str) -> re.Match[str] | None:
    """What is checked, leading the scoring words of ``t`` and scoring nothing itself (never “检查发现1处扣1分,” nor
    “检查率达到95%,”: a fault, a line)."""
    m = _CHECKED_LEAD.match(t)
    return m if m and scores_nothing(m.group(0)[:-1]) else None


#: the traditional forms of the characters scoring texts are written with (a table published in 繁体 reads as the
#: same rule): measure words, scoring verbs and the common words of findings
_TRADITIONAL = ("項项條条個个處处張张發发現现時时實实規规範范設设聯联係系蓋盖長长況况淨净凈净潔洁臺台賬账視视滿满為为"
                "計计記记達达標标準准無无於于與与內内經经費费報报給给額额數数總总據据資资關关應应屬属際际績绩評评價价"
                "專专執执進进過过還还較较對对錯错誤误遲迟書书檔档單单證证戶户齊齐嚴严違违務务種种類类級级點点備备"
                "頁页舉举辦办組组織织會会議议檢检確确認认優优萬万億亿兩两幾几責责歸归補补貼贴匯汇彙汇統统營营運运"
                "維维護护質质驗验圍围環环節节場场狀状態态產产業业農农醫医衛卫學学訓训練练職职員员將将導导紀纪錄录"
                "則则罰罚減减後后從从並并區区縣县鄉乡鎮镇財财預预決决結结餘余轉转撥拨門门間间開开問问題题劃划層层"
                "積积極极廣广險险傳传電电話话網网絡络頭头齡龄樣样沒没別别帳账幹干黨党領领動动監监離离調调權权斷断訪访體体識识"
                "見见請请訂订強强談谈機机參参納纳當当親亲風风簽签構构養养庫库稅税聽听閱阅詳详負负崗岗園园約约亂乱術术轄辖國国"
                "冊册該该續续盡尽堅坚變变濟济細细敗败習习協协糾纠屆届爭争訴诉編编幫帮眾众夠够繳缴號号須须裝装廳厅礎础殘残揮挥"
                "擺摆溫温隨随講讲觀观論论擴扩貫贯獎奖奬奖勵励獲获寫写讀读這这們们選选顯显響响讓让損损壞坏頒颁佈布審审")
_SIMPLE = {_TRADITIONAL[i]: _TRADITIONAL[i + 1] for i in range(0, len(_TRADITIONAL), 2)}
_TRANS.update(str.maketrans(_SIMPLE))
#: “发现一起…”, “每发生一起…”: a case counted (一起 is “together” elsewhere, so only after a word that counts); “群众投诉查实一起扣
#: 0.5分”, “…一起,扣二分”: one case and the points it takes, the 一起 straight before 扣 and a figure, or opening its clause
#: with what is counted between (“一起事故扣2分”)
_ONE_CASE = lazy_compile(r"(?<=每|现|生|有)一起(?!来|去|做|抓|参|研|商|学)|"
                       r"(?:^|(?<=[,;:.]))一起(?!来|去|做|抓|参|研|商|学)(?=[\u4e00-\u9fff]{1,8}?,?扣(?:除|减)?[\d零一二两三四五六七八九十半])|"
                       r"一起(?=,?扣(?:除|减)?[\d零一二两三四五六七八九十半])")


#: a score that ends its situation, run straight into the next one (“有,并落实,得满分无,不得分”, “得满分一项未落实”:
#: cells or lines joined without a mark, “…认真规范,得2分数量达标,…”; not the points a fault takes, “5分全扣”)
_SCORE_THEN_WORDS = lazy_compile(r"((?:得|计|记)(?:满分|\d+(?:\.\d+)?分)|不得分|不计分|(?<=,)\d+(?:\.\d+)?分|"
                               # a grade's points after its colon (“…优秀:12分3次以内…”), never the row's 分值 said
                               # (“分值:”, “标准分:”, “得分:”, “满分为:”, “权重:”: a grade's name never ends in 分)
                               r"(?<=:)(?<![分值重数为]:)\d+(?:\.\d+)?分)"
                               r"(?=[\u4e00-\u9fff]|\d+(?:项|个|处|次|例|份|条|件|名|家)[\u4e00-\u9fff])"
                               # (“分数” a word, never “…得2分数量达标”: the next situation's count)
                               r"(?!为|以|的|之|数(?!量)|值|制|率|点|即|及|且|"
                               r"或|和|与|后|时|者|外|内|钟|别|封|上|全扣|全部扣|,|;)")


#: a score run straight into the band that follows it (“得满分≥规定数的90%,得2分”, “不得分<60分…”), into a band
#: opening with its figure and a sign (“得6分90%≤完成率<95%”) or into a range (“8-9个,1分9-10个,1.5分”), or with a 、
#: between them (“≥95%计5分、90%-95%计3分、<90%不计分”)
_SCORE_THEN_SIGN = lazy_compile(r"((?:得|计|记)(?:满分|\d+(?:\.\d+)?分)|不得分|不计分|(?<=,)\d+(?:\.\d+)?分)、?"
                              r"(?=[≥≤<>]|\d+(?:\.\d+)?%?[≤<]|\d+(?:\.\d+)?" + LINE_UNITS + r"?[~\-至]\d)")


#: the points of a numbered part, in a sentence of their own, run straight into the next part's number (“1.…;1分2.…;1分”:
#: lines of a cell joined without a mark)
_POINTS_THEN_ORDINAL = lazy_compile(r"(?<=[,;])(\d+(?:\.\d+)?分)(?=第?\d{1,2}(?:\.|项)[\u4e00-\u9fff])")


#: a line run straight into its step, with no mark or a full stop between them (“覆盖率达到100%每少1个百分点扣1分”,
#: “…要达到100%。每少1个百分点…”): the step belongs to the line's clause
_LINE_THEN_STEP = lazy_compile(r"(?<=\d%);?(?=每[\u4e00-\u9fff]{1,3}\d+(?:\.\d+)?(?:个百分点|百分点|%))")


#: “A.30%(含)以上(20分)B.25%(含)-30%(16分)…”: bands lettered A, B, C … in order, each letter before its figure (a
#: letter before words is an answer, read by 情形选择)
_LETTERED_BAND = lazy_compile(r"(?:^|(?<=[\u4e00-\u9fff);,:]))(?P<letter>[A-H])[.、](?=[\d≥≤<>])")


def _lettered_bands(t: str) -> str:
    """The letters of bands lettered in order put back as the marks between bands they stand for."""
    marks = list(_LETTERED_BAND.finditer(t))
    if len(marks) < 2 or "".join(m.group("letter") for m in marks) != "ABCDEFGH"[:len(marks)]:
        return t
    return re.sub(r";{2,}", ";", _LETTERED_BAND.sub(";", t)).lstrip(";")


#: a score closing a numbered part run straight into the next part's number (“1.…,得满分2.其他情况均不得分”: lines of a
#: cell joined without a mark); the number must follow one the text has already opened a part with (a zero run into the
#: next number, “…,不得分2.…”, is a statement's: ``_ZERO_THEN_MARK``)
_SCORE_THEN_ORDINAL = lazy_compile(r"(?:得|计|记)(?:满分|\d+(?:\.\d+)?分)(?P<n>\d{1,2})\.(?=[\u4e00-\u9fff])")


def _score_then_ordinal(t: str) -> str:
    """A mark put back between a numbered part's score and the next part's number run into it."""
    def mark(m: re.Match[str]) -> str:
        n, cut = int(m.group("n")), m.start("n") - m.start()
        opened = re.search(r"(?:^|[;,:.])" + str(n - 1) + r"\.(?=[\u4e00-\u9fff])", t[:m.start()])
        return f"{m.group(0)[:cut]};{m.group(0)[cut:]}" if n > 1 and opened else m.group(0)
    return _SCORE_THEN_ORDINAL.sub(mark, t)


def _joined_cells(t: str) -> str:
    """A mark put back between a score and the situation that follows it without one, between a line and its step,
    and for the letters of bands."""
    t = _score_then_ordinal(t) if "." in t else t
    t = _LINE_THEN_STEP.sub(",", _POINTS_THEN_ORDINAL.sub(r"\1;", _lettered_bands(t) if "B" in t else t))
    if _OPTIONS_RUN_ON.fullmatch(t):
        t = _OPTION_CLOSED.sub(";", t)
    return _SCORE_THEN_SIGN.sub(r"\1;", _SCORE_THEN_WORDS.sub(r"\1;", t))


#: a text of options only, each its situation then its points, run straight into the next as a table's cells give them
#: (“国家级媒体正面报道5分省级媒体正面报道4分…有负面报道的0分”): no step, deduction or cap among them
_OPTIONS_RUN_ON = lazy_compile(r"(?:(?:[^;:\d分扣每/\-]|\d+(?:\.\d+)?(?![\d.]|分(?!钟))|(?<=\d分)钟)+?"
                             r"(?:(?<![得计记为加减至共满高多各])\d+(?:\.\d+)?分(?!钟)|不得分|不计分)){2,}")
#: where an option of such a run ends: after its points (a label holds no 分), the next option following
_OPTION_CLOSED = lazy_compile(r"(?<=分)(?=[^,;)])")


_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN = "零〇一二两三四五六七八九十百"
#: what follows a numeral that is a quantity (not “一般”, “统一”, “一河一策”, “三位一体”, “小数点后两位”; “每发现一单” a policy,
#: not “一单位”)
_MEASURE = (r"(?=个|分(?!点|比|之|钟)|例|项|处|次|篇|%|百分点|月|天|日|周|年|季度|公斤|千克|吨|人|家|份|条|件|名|倍|元|亩|小时|"
            r"期|批|本|台|套|户|所|档|类|种|级|张|场|轮|笔|床|位(?!一体)(?<!点后.位)|单(?![位项据元价独个次一人])|"
            r"课时|学时|节(?![约能省假日点奏])"  # (“每少一节扣1分”: lessons; never “一节约”)
            r")")
_CN_NUMBER = lazy_compile(rf"(?<![统唯同单逐万千\d.])(百分之)?((?:[{_CN}]+(?:点[{_CN[:-2]}]+)?)|半)" + _MEASURE)
#: figures in hundreds (“5百元”, “1分/10百元”, “2百人”): the figure times a hundred (never 百分 nor 百分点, a percentage)
_HUNDREDS = lazy_compile(r"(?<![\d.])(\d+(?:\.\d+)?)百(?!分)" + _MEASURE)
#: what a bare figure before words counts or bounds, so no list's mark: a measure word (“2人未到扣1分”, “2分工明确”), a
#: range or a choice of counts (“1至2次”, “1或2项”), a sum (“1万元”), a count about or past (“10余人”, “3以上”)
_COUNTED_AFTER = lazy_compile(_MEASURE[:-1] + r"|至|到|或|和|及|余|多|万|千|百|亿|以|来|左|上|下|周岁)")
#: “十分重要”, “十分干净”: 十分 as an adverb, not ten points
_ADVERB = lazy_compile(r"^(?:重要|必要|明显|突出|严重|显著|满意|关键|困难|有限|紧迫|干净|整洁|整齐|清洁|清楚|清晰|熟练|规范|认真|"
                     r"积极|主动|及时|准确|完整|完善|美观|混乱|脏乱|陈旧|简陋)")


#: a share of the work said in words (“完成一半”, “半数以上”, “三分之二”, “八成”)
SHARE_IN_WORDS = lazy_compile(r"一半|半数|过半|大半|[一二三四五六七八九十]分之[一二三四五六七八九]|[一二三四五六七八九]成(?![立果绩效本员])")


def share_in_words(word: str) -> Decimal | None:
    """The percentage a share said in words stands for: 一半/半数 50, 八成 80, 四分之三 75; None for a share that is
    no exact percentage (三分之二), or one that is no line (过半, 大半: more than half by how much)."""
    if word in ("一半", "半数"):
        return Decimal(50)
    if len(word) == 2 and word[1] == "成" and word[0] in _CN_DIGITS:
        return Decimal(_CN_DIGITS[word[0]] * 10)
    m = re.fullmatch(r"(.+)分之(.)", word)
    if not m:
        return None
    whole, part = cn_integer(m.group(1)), _CN_DIGITS.get(m.group(2))
    if not whole or not part or part >= whole:
        return None
    value = Decimal(100 * part) / Decimal(whole)
    return value if value == value.quantize(Decimal("0.01")) else None


def cn_integer(word: str) -> int | None:
    """'二十五' → 25, '十' → 10, '一百' → 100, '三' → 3; None when it is not a numeral."""
    if not word or any(c not in _CN for c in word):
        return None
    if "百" in word or "十" in word:
        total, unit_seen = 0, False
        for big, factor in (("百", 100), ("十", 10)):
            if big in word:
                head, word = word.split(big, 1)
                head = head.lstrip("零〇")
                if len(head) > 1 or (head and head not in _CN_DIGITS):
                    return None
                total += (_CN_DIGITS[head] if head else 1) * factor
                unit_seen = True
        rest = word.lstrip("零〇")
        if len(rest) > 1 or (rest and rest not in _CN_DIGITS):
            return None
        return total + (_CN_DIGITS[rest] if rest else 0) if unit_seen else None
    if len(word) == 1:
        return _CN_DIGITS[word]
    return None


#: “工地四周连续设置围墙”, “冲洗池四周设置排水沟”: 四周 as all around a place, not four weeks (never “每四周”, “连续四周”,
#: “四周内”)
_ALL_AROUND = lazy_compile(r"(?<=[\u4e00-\u9fff])(?<![每第近前后续满达超逾隔约共计为于])四周"
                         r"(?=连续|设|均|应|须|必须|要|有|无|砌|围|种|栽|修|建|安|布|挂|张|清|保持|环境|边)")


#: 半年 as a length of time, a delay or a period (“超过半年未整改”, “应在半年内”, “半年以上未更新”, “半年一次”): a word
#: before it that measures a time, or one after it that bounds or counts in it; anywhere else (“设施半年累计负荷率”,
#: “半年总结”, “2024半年”) it is part of a name and left as written
_HALF_YEAR_LONG = lazy_compile(r"(?:超过|满|近|逾期?|延迟|推迟|滞后|迟|不足|少于|多于|长于|达到?|在|于|连续|持续|已|约|长达|为期|最长|"
                             r"最多|至少|间隔|相隔|历时)$")
_HALF_YEAR_WITHIN = lazy_compile(r"内|以内|之内|以上|及以上|以下|以后|后|之后|未|没|不|无|仍|尚|[一1]次|至少|不少于")
#: the year's end named in the same clause after 半年 (“半年不自检或年终不进行总评”): 半年 is the mid-year, a period as 年终 is
_YEAR_END_BESIDE = lazy_compile(r"[或和及、](?:年终|年末|年底|全年)")


#: a numeral that is part of a word, no count: “上一年度”, “上一次” (the one before), “二次污染”, “独立二次项目”, “二次侧” (secondary),
#: “光缆一张图” (one map for all, a name), “一次交验合格率” (first-pass yield); never “每少一项”, “第二次”, “通报二次的”, “每缺一张图纸”
_NO_COUNT = lazy_compile(r"(?<=上)一(?=年|学年|季度|月|期|轮|周|届|次)|"
                       r"(?<![第每])二次(?=污染|供水|供电|项目|工程|装修|开发|利用|分配|核查|复核|审核|评审|审查|结构|加工|创业|回访|"
                       r"转运|伤害|事故|灾害|感染)|"
                       r"(?<![第每])[一二]次(?=侧|回路)|"  # “二次侧地线”, “一次侧”: the primary and secondary side (electrical)
                       # “一次交验合格率”, “一次合格率”, “一次性通过率”, “一次修复率”: first-pass yield, a rate's name, no count
                       r"(?<![第每少缺漏差欠超满有])一次(?=性?[\u4e00-\u9fff]{0,5}率)|"
                       r"(?<=[\u4e00-\u9fff])(?<![每少缺漏错有无差欠])一张(?:图|网|蓝图)(?![纸片])")


#: a plan named by its span of years (“编制五年规划”, “制定三年行动计划”, “十年发展规划”): the span is part of the plan's
#: name, no count of years (never “每三年规划一次”, “近三年规划完成情况”, “连续三年计划未完成”, a period counted)
_PLAN_SPAN = lazy_compile(r"(?<=[\u4e00-\u9fff])(?<![每第近前后续满达超逾隔约共计为于内连])[三四五六七八九十]年"
                        r"(?:发展|工作|建设|行动|滚动|中长期)?(?:规划|行动计划|行动方案)")


def _cn_replace(m: re.Match[str]) -> str:
    word = m.group(2)
    if word == "四" and _ALL_AROUND.match(m.string, m.start()):
        return m.group(0)
    if len(word) == 1 and _PLAN_SPAN.match(m.string, m.start()):
        return m.group(0)
    if word in ("一", "二") and _NO_COUNT.match(m.string, m.start()):
        return m.group(0)
    if word == "零" and m.string.startswith("件", m.end()):
        return m.group(0)  # “零件”: a part of a machine, never no cases
    if word == "半":
        if m.string.startswith("年度", m.end()) or m.string[m.start() - 1:m.start()] in ("上", "下"):
            return m.group(0)  # “半年度”, “上半年”: the half of the year named, not a length of time
        if m.string[m.start() - 1:m.start()] == "每" and m.string.startswith("年", m.end()):
            return m.group(0)  # “每半年至少召开1次”: a period like 每季度, the count asked in each, not 0.5 of a year
        if m.string.startswith("年", m.end()) and not _HALF_YEAR_LONG.search(m.string, max(0, m.start() - 4), m.start()) \
                and (not _HALF_YEAR_WITHIN.match(m.string, m.end() + 1)
                     or _YEAR_END_BESIDE.search(re.split(r"[;。]", m.string[m.end():], maxsplit=1)[0])):
            # “设施半年累计负荷率”, “半年总结”, “2024半年”: a name, no length of time; “半年不自检或年终不进行总评的各扣3分”:
            # the half-year named beside the year's end, a period
            return m.group(0)
        if m.string[m.start() - 1:m.start()] == "一" or (
                m.string.startswith("分", m.end()) and m.string[m.start() - 1:m.start()] in ("得", "计", "记", "给")):
            return m.group(0)  # “得一半分”, “有但未落实得半分”: half of the 分值, never 0.5 points
        value = "0.5"
    else:
        whole, _, frac = word.partition("点")
        n = cn_integer(whole)
        if n is None or (frac and any(c not in _CN_DIGITS for c in frac)):
            return m.group(0)
        value = str(n) + ("." + "".join(str(_CN_DIGITS[c]) for c in frac) if frac else "")
    after = m.string[m.end():]
    if word == "十" and after.startswith("分") and _ADVERB.match(after[1:]):
        return m.group(0)
    return value + ("%" if m.group(1) else "")


_PERCENT_OF = lazy_compile(rf"百分之([{_CN}]+(?:点[{_CN[:-2]}]+)?)")
_RANGE_SECOND = lazy_compile(rf"(\d%)([至到~\-])([{_CN}]+(?:点[{_CN[:-2]}]+)?)(?![{_CN}])")
#: a text with none of these has no numeral written in Chinese
_ANY_CN = lazy_compile(rf"[{_CN}半]")


def chinese_numerals(t: str) -> str:
    """Chinese numerals before a measure word written as digits; “百分之五” → “5%”."""
    if not _ANY_CN.search(t):
        return t
    t = _PERCENT_OF.sub(lambda m: _cn_replace_plain(m.group(1)) or m.group(0), t)
    # “百分之八十至九十”: the second number of a range shares the first one's percent
    t = _RANGE_SECOND.sub(lambda m: m.group(1) + m.group(2) + (_cn_replace_plain(m.group(3)) or m.group(3)), t)
    if "百" in t:
        t = _HUNDREDS.sub(lambda m: number_text(Decimal(m.group(1)) * 100), t)
    return _CN_NUMBER.sub(_cn_replace, t)


def _cn_replace_plain(word: str) -> str | None:
    whole, _, frac = word.partition("点")
    n = cn_integer(whole)
    if n is None or (frac and any(c not in _CN_DIGITS for c in frac)):
        return None
    return str(n) + ("." + "".join(str(_CN_DIGITS[c]) for c in frac) if frac else "") + "%"


def clause_at(t: str, pos: int) -> str:
    """The words of ``t`` between the commas, semicolons and stops around ``pos``."""
    a = max(t.rfind(c, 0, pos) for c in ";。,") + 1
    ends = [e for e in (t.find(c, pos) for c in ";。,") if e >= 0]
    return t[a:min(ends) if ends else len(t)]


def d(text: str) -> Decimal:
    return Decimal(text)


def s(value: Decimal) -> str:
    """A Decimal written as the framework files write numbers ("0.5", "10")."""
    return number_text(value)


def marks(group: str) -> list[str]:
    """'①、②' → ['①', '②']; '①~⑤' → ['①', …, '⑤']."""
    out: list[str] = []
    chars = [c for c in group if c in CIRCLED or c in "~-至"]
    i = 0
    while i < len(chars):
        c = chars[i]
        if c in CIRCLED:
            if i + 2 < len(chars) and chars[i + 1] in "~-至" and chars[i + 2] in CIRCLED:
                a, b = CIRCLED.index(c), CIRCLED.index(chars[i + 2])
                out += [CIRCLED[k] for k in range(a, b + 1)]
                i += 3
                continue
            out.append(c)
        i += 1
    return list(dict.fromkeys(out))


def point_texts(points: str) -> dict[str, str]:
    """The 评价要点 text split at ①②③: {'①': '决策是否符合…', …}."""
    text = re.sub(r"^[^①-⑳]*", "", points or "")
    found: dict[str, str] = {}
    parts = re.split(f"([{CIRCLED}])", text)
    for i in range(1, len(parts) - 1, 2):
        body = parts[i + 1].strip().rstrip("；;。.，,、 ")
        found.setdefault(parts[i], body)
    return found


def point_label(mark: str, texts: dict[str, str]) -> str:
    body = texts.get(mark, "").replace("是否", "")
    if len(body) > 40:
        body = body[:39] + "…"
    return mark + (body or "要点")


def ratio_labels(name: str, explanation: str = "") -> tuple[str, str] | None:
    m = re.search(r"=\(?([^/=()]{2,20})/([^/=()]{2,20})\)?\*?100%", normalize(explanation))
    if m:
        return m.group(1), m.group(2)
    for key, num, den in KNOWN_RATIOS:
        if key in name:
            return num, den
    return None


def is_ratio(name: str) -> bool:
    """A rate the team computes from two numbers (执行率、到位率、在线率) rather than one it is given.

    A rate of change (变动率、增长率) may be below 0, so it is a value given, not a share of two counts."""
    return name.rstrip().endswith("率") and "满意" not in name and not _CHANGE_RATE.search(name)


#: what a rate of change is of: such a rate may be below 0 (a share of two counts never is)
CHANGE = r"(?:变动|变化|增长|增减|增幅|降幅|下降|节约)"
_CHANGE_RATE = lazy_compile(CHANGE + r"率\s*$")


def rate_label(name: str, explanation: str) -> str:
    labels = ratio_labels(name, explanation)
    rate = re.sub(r"^.*?([\u4e00-\u9fff]{2,8}率)$", r"\1", name) if name.endswith("率") else name
    return f"{rate}（{labels[0]}/{labels[1]}）" if labels and is_ratio(name) else rate


def with_labels(params: dict[str, Any], name: str, explanation: str) -> dict[str, Any]:
    """Name what a value or ratio input measures, so the calculation reads in the evaluator's words."""
    rate = re.sub(r"^.*?([\u4e00-\u9fff]{2,8}率)$", r"\1", name) if name.endswith("率") else name
    params["value_label"] = rate or "值"
    labels = ratio_labels(name, explanation) if params.get("input") == "ratio" else None
    if labels:
        params["numerator_label"], params["denominator_label"] = labels
    return params


def deduct_mode(amount: str, unit: str) -> tuple[str, str]:
    """('10', '%') with 权重分的/分值的 → percent_of_max; ('0.5', '分') → points."""
    return s(d(amount)), ("percent_of_max" if unit == "%" else "points")


#: a sanction said after a situation's score, no score of its own (“…,不得分,专业基地限期整改”, “…不得分,取消评优资格”):
#: the situation ends at its score, the sanction left for the evaluator
#: the row's points named as what a share is of (“分值的60%”, “指标分值的60%”, “该指标分值的”, “权重分的”)
_ROW_POINTS = r"(?:(?:该|本)?(?:项|指标|项指标)?分值|权重分)"
_SANCTION_AFTER = r"(?:,(?:并|且|同时)?[^,;\d]{0,8}?(?:限期整改|责令整改|通报批评|予以通报|(?:取消|撤销)[^,;\d]{0,12}资格))?$"
#: (a share of the row's points taken off, “基本符合扣分值的40%”: the situation scores what is left of it)
_GRADE_NONE = lazy_compile(r"(.+?)(?:的)?[,:]?(不得分|不计分|扣(\d+(?:\.\d+)?)分|扣除?" + _ROW_POINTS + r"的(\d+(?:\.\d+)?)%)"
                         + _SANCTION_AFTER)
_GRADE_POINTS = lazy_compile(r"(.+?)(?:的)?(?:[,:]|得|计|记|为|[,:](?:得|计|记|为))(满分|" + _ROW_POINTS + r"的(\d+(?:\.\d+)?)%|(\d+(?:\.\d+)?)分)"
                           + _SANCTION_AFTER)
#: a situation closing with no points but a bare 0分 after its words (“符合要求得3分;基本符合得2分;不符合0分”,
#: “未建立0分”): it scores nothing (the points of the others said with 得/计/为, or bare as well); never after a figure
#: (“低于60%0分”, “3次0分”: a band's or a count's, not a situation's words)
_GRADE_BARE_ZERO = lazy_compile(r"(.+?[\u4e00-\u9fff])(?<![次个项人处天年月日件条])()()(0)分" + _SANCTION_AFTER)
#: a situation that loses nothing (“无协同单位的专业基地,此处不失分”): the 分值 in full, the place named before “不失分”
#: no part of it
_GRADE_LOSES_NOTHING = lazy_compile(r"(.+?)(?:的)?,?(?:此处|此项|本项|该项)?(不失分)$")
_GRADE_LEAD = lazy_compile(r"^(?:按[^:]*:)")
#: a situation's words that name only the item scored (“本项不得分”): the situation is said before them
_THE_ITEM = lazy_compile(r"^(?:本项|该项|此项)(?:指标)?$")
#: the item named after a situation's words (“制度不完善的,本项得3分”, “无资料,该项不得分”): no part of the situation
_THE_ITEM_CLOSING = lazy_compile(r"(?<=[^,;的])的?,?(?:本项|该项|此项)(?:指标)?$")


def without_the_item(label: str) -> str:
    """A situation's words without the item they score named after them: “制度不完善的,本项” → “制度不完善”."""
    return _THE_ITEM_CLOSING.sub("", label)


def graded_segments(t: str, weight: Decimal) -> list[tuple[str, Decimal, Decimal]]:
    """"优秀的得满分；良好的得分值的80%；较差的不得分" → [(label, share of 分值, points), …]."""
    # several wordings read the same text this way in turn: it is read once (1 and 1.0 kept apart)
    if isinstance(weight, Decimal) and weight.is_finite():
        return list(_graded_once(t, str(weight), weight))
    return list(_read_graded(t, weight))


@lru_cache(maxsize=16)
def _graded_once(t: str, _weight_text: str, weight: Decimal) -> tuple[tuple[str, Decimal, Decimal], ...]:
    return _read_graded(t, weight)


#: what parts the situations of one sentence: a comma, or “或” after a situation's points (“主要领导参加得10分或分管领导参加
#: 得8分”: one situation or the other)
_SITUATION_APART = lazy_compile(r",|(?<=\d分)或(?=[\u4e00-\u9fff])")


def _read_graded(t: str, weight: Decimal) -> tuple[tuple[str, Decimal, Decimal], ...]:
    segs = [x for x in t.rstrip(";").split(";") if x]
    if len(segs) < 2:
        segs = [x for x in _SITUATION_APART.split(t.rstrip(";")) if x]
    found = _graded(segs, weight)
    if len(found) < 2 and len(segs) >= 2:
        # “相符的得10分,基本相符的得6分,调整较大的扣10分;存在…的,酌情扣分”: the situations of one sentence, apart
        found = _graded([x for seg in segs for x in seg.split(",") if x], weight)
    if any(_POINTS_IN_LABEL.search(label) for label, _share, _points in found):
        # “…报帐得25分;不按时计10分,每月在10号后报帐不得分”, “主要领导参加得20分或分管领导参加得15分;否则不得分”: a
        # sentence whose first clause closes with its own score holds two situations, apart after that score (situations
        # to pick one of, each scoring its own: points met or not, “…计0.5分,未完成的计0分;…计0.5分,未落实的计0分”, are
        # read by the points' wordings)
        apart = _graded([x for seg in segs for x in _AFTER_POINTS.split(seg) if x], weight)
        # (nor the points of the people in one case, “合作完成的,主持人计8分,其他参与人计4分”: roles, read as such)
        if len(apart) > len(found) and not any(_POINTS_IN_LABEL.search(label) for label, _share, _points in apart) \
                and len({points for _label, _share, points in apart}) == len(apart) \
                and not any(_ROLE_NAMED.search(label) for label, _share, _points in apart):
            found = apart
    return tuple(found)


#: a score inside a situation's words: another situation's, run into it
_POINTS_IN_LABEL = lazy_compile(r"(?:得|计|记|为|,)\d+(?:\.\d+)?分")
#: a person's role closing a situation's words (“主持人”, “其他参与者”, “承办单位”): the points of one in a case shared
_ROLE_NAMED = lazy_compile(r"(?:人|者|单位)$")
#: the comma after a clause's score, or “或” (“主要领导参加得20分或分管领导参加得15分”: one situation or the other)
_AFTER_POINTS = lazy_compile(r"(?<=\d分),|(?<=\d分)或(?=[\u4e00-\u9fff])")


def deducting_segments(t: str) -> list[str]:
    """The segments ``graded_segments`` reads as the 分值 less a deduction (“不规范的扣8分”): situations to pick one
    of, never points that add up (there a fault costs its own points, not what is left of the 分值)."""
    segs = [x for x in t.rstrip(";").split(";") if x]
    # “…活动的,扣1分”: the deduction after a comma belongs to the fault before it
    pieces = [x for seg in segs for x in _FAULT_PIECES.split(seg) if x]
    return [seg for seg in pieces if (m := _GRADE_NONE.match(seg)) and m.group(2).startswith("扣")]


_FAULT_PIECES = lazy_compile(r",(?!扣\d)")


def _graded(segs: list[str], weight: Decimal) -> list[tuple[str, Decimal, Decimal]]:
    found = []
    before = ""
    for seg in segs:
        m = _GRADE_NONE.match(seg) or _GRADE_POINTS.match(seg) or _GRADE_LOSES_NOTHING.match(seg) \
            or _GRADE_BARE_ZERO.match(seg)
        if not m:
            before = seg
            continue
        label = _GRADE_LEAD.sub("", m.group(1)).strip(",:")
        if found_by(m, _GRADE_NONE) and m.group(4) and re.search(r"\d|每", label):
            before = seg  # (“名次每下降1位扣分值的5%”: a step's share off, no situation of its own)
            continue
        if _THE_ITEM.match(label) and before:
            # “…,有截留、挪用情况的,本项不得分”: the situation is the clause before “本项”, which names only the item
            label = before.removesuffix("的")
        before = ""
        if m.group(2).startswith("扣") and found_by(m, _GRADE_NONE) and m.group(4):  # “基本符合扣分值的40%”: 60% of it
            share = 1 - d(m.group(4)) / 100
            points = weight * share
        elif m.group(2).startswith("扣"):  # “不规范的扣8分”: the 分值 less 8, never below 0
            points = max(Decimal(0), weight - d(m.group(3)))
            share = points / weight if weight else Decimal(0)
        elif m.group(2) in ("不得分", "不计分"):
            share, points = Decimal(0), Decimal(0)
        elif m.group(2) in ("满分", "不失分"):  # (“无协同单位的专业基地,此处不失分”: a case that loses nothing, in full)
            share, points = Decimal(1), weight
        elif m.group(3):
            share = d(m.group(3)) / 100
            points = weight * share
        else:
            points = d(m.group(4))
            share = points / weight if weight else Decimal(0)
        found.append((label, share, points))
    return found


def states_shares(t: str) -> bool:
    """The segments speak of shares of the 分值 (分值的80%, 满分) rather than of points."""
    return bool(_SHARES.search(t))


_SHARES = lazy_compile(r"分值的|权重分的|满分")


#: “…2分/4分/6分/8分/”, “…1/2/3/4/5”, “…10/8/6/0分”: scores split by “/” at the end of the text, all with 分 or none
#: (then perhaps one 分 closing the list)
_SLASH_SCORES = lazy_compile(r"(?<![\d./])(\d+(?:\.\d+)?)(分?)((?:/\d+(?:\.\d+)?\2)+)/?(?P<closing>分?)$")
#: what may not stand inside a list of situations split by “/”
_LIST_BREAK = lazy_compile(r"[,;()]")
#: what may join the situations to their scores: “优秀/良好/合格/不合格对应10/8/6/0分”, “满意/基本满意/不满意分别计5/3/0分”,
#: “…/差:10/8/6/0” (a join of words is left to the proposal's check of the words it places)
_SLASH_JOIN = lazy_compile(r"(?:的?,?(?:(?:分别|依次)(?:对应|得|计|记)|对应)|:)$")
#: what is rated, before the situations with no colon: “评定为优秀/良好/…” (a lead, as before a colon)
_SLASH_LEAD = lazy_compile(r"^[^/]*?(?:评定为|评为|等级为|结果为)")


def slash_lists(t: str) -> tuple[str, list[str], list[Decimal]] | None:
    """“作为示范:县/市/省级 1/2/3”, “县级/市级/省级 1分/2分/3分”, “连续2年/4年/6年以上 2分/4分/6分”: a list of situations
    or bands split by “/”, then as many scores split by “/” (the space between the two lists is gone once
    normalised), perhaps joined by a colon or “对应”, “分别计” (“优秀/良好/合格/不合格 对应 10/8/6/0 分”). Lists split
    by “|” alone are read alike (“好|中|差 5|3|0”). (lead before a colon, the situations, their scores), or None."""
    if "/" not in t:
        if "|" not in t and "｜" not in t:
            return None
        t = t.replace("｜", "/").replace("|", "/")
    t = t.rstrip(";")
    m = _SLASH_SCORES.search(t)
    if not m or (m.group(2) and m.group("closing")):
        return None
    scores = [d(x.rstrip("分")) for x in (m.group(1), *m.group(3).strip("/").split("/"))]
    head = t[:m.start()]
    if "/" in head:
        head = _SLASH_JOIN.sub("", head)
        head = _SLASH_LEAD.sub(r"\g<0>:", head, count=1) if ":" not in head else head
    lead, _, listed = head.rpartition(":")
    labels = listed.split("/")
    if len(labels) != len(scores) or not all(labels) or _LIST_BREAK.search(listed):
        return None
    return lead, labels, scores


# ── statements each followed by its score ───────────────────────────────────
#: a statement's score where its words end, however it is marked: “(3分)”, “(3分,…的得2分)” (a lower step beside it),
#: “,3分”, “得3分”, “计3分”, “加3分”, “:3分”, “3分。”, “…的,得满分” — never a deduction (扣3分) or a share (各3分); a stop,
#: a bracket, a list mark (、 /) or the next statement's number (“(2)”, “2.”, “②”) follows it
_SCORE_MARK = lazy_compile(
    r"\((?P<a>\d+(?:\.\d+)?)分(?:,(?P<alt>[^()]+?)(?:得|计|记)(?P<alt_pts>\d+(?:\.\d+)?)分)?\)"
    r"|(?<![扣减除各])(?:得|计|记|加|给|占)?(?<![\d.扣减除各])(?P<b>\d+(?:\.\d+)?)分(?=$|[;,.()、/" + CIRCLED + r"]|\d{1,2}[.、)](?!\d))"
    r"|(?<![扣减除各])(?:得|计|记|给)(?P<full>满分)(?=$|[;,.])")
#: what a statement cannot end with before its score: a cap, a total, a range (“最高3分”, “共6分”, “3-5分”)
_NOT_A_SCORE_BEFORE = lazy_compile(r"(?:最高|最多|最低|不超过|不高于|共|合计|总计|总分|满分|分值|约|[-~至到])$")
#: a list mark opening a statement: “(1)”, “1.”, “2、”, “3)”, “①”, “(二)”, “三、”
_STATEMENT_MARK = lazy_compile(r"^(?:\(\d{1,2}\)|\d{1,2}[.、)](?!\d)|[" + CIRCLED + r"]|\(?[一二三四五六七八九十]{1,3}[)、.])")
STATEMENT_MARK = _STATEMENT_MARK  # (the one spelling of a list mark, for the other wordings)
#: a bare number opening a statement of a numbered list whose mark was dropped (“…,4分;3实施…”)
_BARE_MARK = lazy_compile(r"^(\d{1,2})(?=[\u4e00-\u9fff])")


class Statement(NamedTuple):
    """One statement and its score."""

    words: str  # its last sentence, the list mark taken off
    points: Decimal | None  # None: 满分
    lower: tuple[str, Decimal] | None  # a lower step stated beside it in its brackets: (words, points)
    before: tuple[str, ...]  # the sentences of its segment before ``words`` (a heading, the last one's breach)
    mark: str  # the list mark ``words`` opened with (“(1)”, “2.”, or a bare “3” whose mark was dropped), or ""


@lru_cache(maxsize=16)
def scored_statements(t: str) -> tuple[tuple[Statement, ...], tuple[str, ...], str] | None:
    """Statements each followed by its score however marked (“(1)…;(4分)(2)…;(3分)”, “A,(1分)B,(1分)”,
    “1.…,4分;2.…,4分”, “…得0.3分;…得0.5分”, “…加20分”): (the statements, the headings of scores split
    further — “…得0.5分(其中A得0.2分;B得0.3分)”, “组织管理3分,其中A1分,B2分”, “组织管理(3分):A,1分;B,2分” give A and
    B —, the words after the last score), or None when the text has no such score, or holds words of judgement
    (酌情、视情: no statement scored by the score after it is read there, NOT_A_STATEMENT holds them). Several readings
    use them in turn: read once per text."""
    if "酌情" in t or "视情" in t:
        return None
    marks = [m for m in _SCORE_MARK.finditer(t) if not _NOT_A_SCORE_BEFORE.search(t[max(0, m.start() - 3):m.start()])]
    if not marks:
        return None
    found: list[Statement] = []
    split: list[str] = []
    at, i = 0, 0
    closes: tuple[int, int] | None = None  # (where the last part of a split in brackets ends, where its bracket closes)
    while i < len(marks):
        m = marks[i]
        words = t[at:m.start()]
        points = None if m.group("full") else d(m.group("a") or m.group("b"))
        i += 1
        titled = bool(m.group("a")) and not found and not split and _TITLE.fullmatch(words) is not None
        opening = _SPLIT_OPENS.match(t, m.end()) or (_RUN_ON.match(t, m.end()) if titled else None)
        if opening and points is not None:
            # the score split among what follows it: in its brackets (“得1分(其中…)”, “(3分,其中…)”), or up to where
            # their scores add up to it
            bracket = m.end() if opening.group(0).startswith("(") else m.start() - 1 if t[m.start() - 1:m.start()] == "(" \
                else -1
            close = _closing(t, bracket) if bracket >= 0 else len(t)
            inner = _adding_up([x for x in marks[i:] if x.end() <= close], points)
            if found_by(opening, _RUN_ON) and (len(inner) < 2 or any(x.group("a") for x in inner)):
                inner = []  # “A(1分)B(1分)”: points each in brackets after their words, no title shared out
            if opening.group(0) == "(" and (len(inner) < 2 or close != inner[-1].end() + 1):
                inner = []  # “5分(A2分,B3分)”: the bracket holds the parts only, two or more adding up to the score
            if inner:
                split.append(_STATEMENT_MARK.sub("", words.strip(";,:.、(").split(";")[-1]))
                at = opening.end()
                closes = (inner[-1].end(), close) if bracket >= 0 else None
                continue
        lower = (m.group("alt").strip(","), d(m.group("alt_pts"))) if m.group("alt") else None
        found.append(_statement(words, points, lower, len(found) + 1, bool(found) and not found[-1].mark.isdigit()
                                and bool(found[-1].mark)))
        at = m.end()
        if closes and at == closes[0]:  # “…,新设单位另行认定)”: words in the brackets after the last part
            remark = t[at:closes[1]].strip(";,:.、)")
            split += [remark] if remark else []
            at, closes = closes[1], None
    return tuple(found), tuple(split), t[at:]


#: what opens the split of a score among what follows it: “(其中…)”, “,其中…”, “:…”, a bracket of the parts alone
#: straight after the score (“5分(字迹工整2分,数据准确3分)”)
_SPLIT_OPENS = lazy_compile(r"\(其中|,?其中:?|:|\((?=[^()\d]{2,20}?\d+(?:\.\d+)?分)")
#: a title opening the text, its points in brackets run straight into what shares them out: “1.团员发展(5分)按照…,得3分;
#: …,得2分” (a title says nothing of a score: it scores, takes off, counts or grades nothing)
_TITLE = lazy_compile(r"(?:\d{1,2}[.、]|[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\)|★)?"
                    r"(?![\u4e00-\u9fff、]*?(?:得|计|记|扣|减|加|每|否则|优|良|好|差|格|级))[\u4e00-\u9fff、]{2,16}")
_RUN_ON = lazy_compile(r"(?=[\u4e00-\u9fff])")


def _adding_up(marks: list[re.Match[str]], points: Decimal) -> list[re.Match[str]]:
    """The first of ``marks`` whose scores add up to ``points`` (none when they do not)."""
    total = Decimal(0)
    for k, x in enumerate(marks):
        if x.group("full") is not None:
            return []
        total += d(x.group("a") or x.group("b"))
        if total == points:
            return marks[:k + 1]
        if total > points:
            return []
    return []


def _closing(t: str, start: int) -> int:
    """Where the bracket opened at ``start`` closes (the end of ``t`` when it does not)."""
    depth = 0
    for k in range(start, len(t)):
        if t[k] == "(":
            depth += 1
        elif t[k] == ")":
            depth -= 1
            if depth == 0:
                return k + 1
    return len(t)


#: the first characters a list mark can open with (a cheap test before ``_STATEMENT_MARK``)
_MARK_OPENS = frozenset("(0123456789一二三四五六七八九十" + CIRCLED)
#: the last statement's breach run straight into the next one's list mark: “…,不得分2.有图书馆…”, “…不计分2)…”,
#: “…不得分(二)…”, “…不得分③…”
_ZERO_THEN_MARK = lazy_compile(r"(?<=不得分|不计分)(?=\d{1,2}[.、)](?!\d)|\(\d{1,2}\)|\(?[一二三四五六七八九十]{1,3}[)、]|[" + CIRCLED + "])")


def _statement(words: str, points: Decimal | None, lower: tuple[str, Decimal] | None, n: int,
               numbered: bool) -> Statement:
    """The ``n``-th statement of ``words`` (the one before it opened with a list mark when ``numbered``)."""
    words = words.lstrip(";,:.、/)").rstrip(";,:.、")
    if "不得分" in words or "不计分" in words:
        words = _ZERO_THEN_MARK.sub(";", words)
    pieces = [x.strip(",:.、") for x in words.split(";")]
    sentences = [_STATEMENT_MARK.sub("", x).strip(",:.、") if x[:1] in _MARK_OPENS else x for x in pieces]
    sentences = [x for x in sentences if x]
    last = sentences[-1] if sentences else ""
    mark = _STATEMENT_MARK.match(pieces[-1]) if pieces[-1][:1] in _MARK_OPENS else _BARE_MARK.match(last)
    if mark and found_by(mark, _BARE_MARK) and numbered and int(mark.group(1)) == n:  # “…,4分;3实施…”: its mark dropped
        last = last[mark.end():]
    elif mark and found_by(mark, _BARE_MARK):
        mark = None
    # the verb (and 的) the statement ends with before its score: “…的,得”
    last = last[:-1] if last.endswith(("得", "计", "记", "加", "给", "占")) else last
    last = last.removesuffix(",").removesuffix("的")
    return Statement(last, points, lower, tuple(sentences[:-1]), mark.group(0) if mark else "")


#: what each one of a kind is provided with, a count (“每班配备有1套”, “每村设有1名”, “每个乡镇配备不少于2名”): no step
_PROVIDED_EACH = r"个?[^,;\d]{1,3}?(?:配备|配置|配有|设有|设置|设立|建有|拥有|有)有?(?:不少于|至少)?\d+(?:套|台|名|个|间|处|块|部|辆)"
#: a thing said of each one of a kind (“观察每一个钩码的质量”, “记录每1个样品的编号”): words of the statement, no step
_OF_EACH_ONE = r"1个[^,;\d]{1,8}?的(?![得计记扣加减,;]|\d)"
#: words a statement scored by the score after it cannot hold: a deduction, a step, a share, a floor, judgement, a
#: score of its own (“每个物业项目”, “每年7月5日前”, “每一个钩码的质量”, “每学期开展1次以上”, “各行政村” are words of the statement, not a step
#: or a share; nor is a period of several years, “每2年组织1次”; nor a line each kind reaches, “每年每类创建5家及以上”;
#: nor a ratio measured against its line, “光伏安装比例达到50%以上”, no score in proportion; nor what each one is provided
#: with, “每班配备有1套多媒体设备”, “每村设有1名信息员”; nor a count each one of them has, “主人与副主人各1种”)
NOT_A_STATEMENT = lazy_compile(r"(?<!克)扣|每(?!\d*个?(?:年|月|季|周|半年|学期|天|日)|" + _PROVIDED_EACH + r"|" + _OF_EACH_ONE + r")[^,;\d]{0,4}\d(?!(?:\.\d+)?[\u4e00-\u9fff]?(?:及以上|以上))|每[^,;\d]{0,3}$|每(?:增|减|少|多|超|低|高|缺|发现|出现|有)|"
                             r"各(?:得|计|记|占)?\d(?!\d*(?:种|名|人|件|套|本|张|份|篇|台|个)(?!分))|不得分|不计分|酌情|视情|为止|比例(?!(?:达到|达|不低于|不少于|≥|超过|高于)\d)|满分|以此类推|依此类推|"
                             r"\d+(?:\.\d+)?分|分别(?=得|计|记|加|\d)|否则")


#: “通过率≥全国平均通过率,得2分;低于全国平均通过率5个百分点,得1分,其他情况不得分(通过率=…/…)”: the 分值 at or above a
#: reference named in words, lesser points a stated gap below it, nothing further below (“其他情况”, “否则”), a formula
#: defining the rate in brackets after, perhaps
AT_REFERENCE = lazy_compile(
    r"^(?P<what>[^,;≥>]{2,60}?)(?:≥|>=|不低于|达到或超过|达到或高于|高于或等于)(?P<ref>[^,;≥>]{2,60}?)(?:的|者|时)?,?"
    r"(?:得|计)(?P<full>\d+(?:\.\d+)?)分;"
    r"(?:低于|比)(?P=ref)(?:低)?(?P<x>\d+(?:\.\d+)?)(?P<u>个百分点|个点|%)(?P<post>以内|之内|及以内)?(?:的|者|时)?,?"
    r"(?:得|计)(?P<pts>\d+(?:\.\d+)?)分"
    r"(?:[,;](?:其他情况|其余情况|其他|其余|否则|低于更多的?)[,]?(?:不得分|得0分|计0分))?[;.]?"
    r"(?:\((?P<defined>[^()]{2,120}=[^()]{2,120})\))?[;.]?$")


# ── shares listed with their points, “依次类推” ──────────────────────────────
#: “完成目标的90%得9分”, “达到80%的,计8分”: a share reached and its points
SHARE_POINTS = lazy_compile(r"(?:^|(?<=[,;]))[^,;\d%]{0,16}?(?P<p>\d+(?:\.\d+)?)%(?:的)?,?" + POINTS_LEAD
                           + r"(?P<n>\d+(?:\.\d+)?)分\)?")
#: “完成年度计划目标得10分”: the whole target met, with the 分值
ALL_MET = lazy_compile(r"(?:^|(?<=[,;]))(?:全部)?(?:完成|达到)[^,;\d%]{0,16}?(?:目标|任务|计划)(?:值|数)?(?:的)?,?(?:(?:得|计)满分|"
                      + POINTS_LEAD + r"(?P<n>\d+(?:\.\d+)?)分\)?)")
#: “依次类推”, “以此类推”: the shares listed go on down in the same way
SO_ON = lazy_compile(r"(?:依次|以此|依此)类推")

#: the rest scored by the ratio method (“…之间采用比率法计分”, “其他情况采取比率法计分”): the figure reached over the
#: standard times the 分值 (formula._ratio_method), a share between the situations or bands named, which none holds
RATIO_METHOD = lazy_compile(r"比率法(?:计分|计算|赋分|得分)")


def listed_shares(t: str) -> tuple[re.Match[str], list[tuple[Decimal, Decimal]], re.Match[str] | None] | None:
    """“完成年度计划目标得10分,完成目标的90%得9分,完成80%得8分,依次类推”: (the “依次类推”, each share listed with its
    points in the order written, the whole target met with its points if said), or None when the shares do not go on
    “类推”. A rate and a threshold each read the ladder in their own way."""
    so_on = SO_ON.search(t)
    if not so_on:
        return None
    return so_on, [(d(m.group("p")), d(m.group("n"))) for m in SHARE_POINTS.finditer(t)], ALL_MET.search(t)


# ── rates listed, each losing points per step below its line ─────────────────
#: “知晓率、满意率每低1个百分点各扣0.5分”, “A率、B率、C率达100%得满分,每项每低1个百分点扣0.2分”: rates listed
#: (their list in brackets after a name, “五率(…)”, too), their one line and points if said, then the step each rate
#: loses points by (``each``: 每项/各项 before the step, or 各 before the deduction, says the step is each rate's)
RATES_EACH_STEP = lazy_compile(
    r"(?P<list>[^,;:()、\d%]{1,16}?率(?:、[^,;:()、\d%]{1,16}?率)+)\)?"
    r"(?:(?:均|都)?(?:达到|达|≥|不低于)(?P<line>\d+(?:\.\d+)?)%(?:及以上|以上)?(?:的)?,?"
    r"(?:(?:得|计|记)满分|(?:得|计|记)(?P<pts>\d+(?:\.\d+)?)分)?[;,]?)?"
    r"(?P<each>每项|各项)?,?每?(?:低|降低|下降|减少)于?(?P<step>\d+(?:\.\d+)?)(?:个百分点|%),?(?P<each2>各)?(?:扣|减)(?P<x>\d+(?:\.\d+)?)分")


def rates_each_step(t: str) -> re.Match[str] | None:
    """The rates listed each losing points per step (``RATES_EACH_STEP``) when the text says the step is each rate's."""
    m = RATES_EACH_STEP.search(t) if "率、" in t else None
    return m if m is not None and (m.group("each") or m.group("each2")) else None


# ── each thing or part held to a state, its points said per thing ─────────────────
#: (1) each of the things laid or made held to a state, its points said per thing with no verb: after the requirement in
#: brackets (“红酒杯距味碟1cm(每个1分)”, “与花瓶三点一线(每组1分)”, “枕头外形平整、挺括(每个1分)”) or before it, the
#: cells joined (“每个1分 骨盘距离桌边约1.5cm”), also in the brackets of the 分数 cell set before the 评分细节 one, its 分
#: perhaps left out (“(每组0.1)双手拉椅、椅距均等”, “(每组1分)竖放在主人、副主人面前”; a length in 公分 no points,
#: “与台布间隔一公分”)
_EACH_THING_HELD = lazy_compile(r"^(?:每(?P<u1>个|组|只|件|套|把|张)(?P<p1>\d+(?:\.\d+)?)分(?P<r1>[\u4e00-\u9fff][^;()每分扣得计]*)|"
                              r"(?P<r2>[\u4e00-\u9fff][^;()每分扣得计]*)\(每(?P<u2>个|组|只|件|套|把|张)(?P<p2>\d+(?:\.\d+)?)分\)|"
                              r"\(每(?P<u3>个|组|只|件|套|把|张)(?P<p3>\d+(?:\.\d+)?)分?\)(?P<r3>[\u4e00-\u9fff](?:[^;()每分扣得计]|公分)*));?$")
#: the state such a thing is held to: its place (距、间距、三点一线、对齐、居中、位置正确), its look (平整、挺括、整齐、均等)
_STATE_OF_A_THING = lazy_compile(r"距|一线|一直线|对齐|对正|居中|平整|挺括|整齐|均等|相等|均匀|端正|正确|朝上|朝下|向左|向右")
#: (2) a state each of a thing's parts is to be in (a 铺床 or 摆台 sheet: corners full, sides tucked, pieces in line),
#: then each part's share of the row's points: “四角饱满(每角0.5分)”, “四边塞边平整、紧实(每侧1分)”, “铺好后的被子四面
#: 饱满,每角2.5分”, “1、四角成直角,平整、挺括(每角1.5分)(6分)”; the row's points may close it again
_PART_SHARE = lazy_compile(r"^(?:\d{1,2}[、.](?![\d]))?(?P<lead>(?:[^;()分每扣得]|不得){2,60}?)[;,]?"
                         r"(?:\(每(?P<u>角|边|侧|面|个|组|只|件|块)(?P<pts>\d+(?:\.\d+)?)分\)|"
                         r",每(?P<u2>角|边|侧|面)(?P<pts2>\d+(?:\.\d+)?)分)(?:;?\((?P<total>\d+(?:\.\d+)?)分\))?[;.]?$")
#: the states such parts are to be in: flat, full, square, even, in line, at a distance (never a thing done, counted)
_PART_STATE = lazy_compile(r"平整|挺括|饱满|垂直|直角|均匀|均等|相等|一致|紧实|坚实|紧密|紧绷|对应|对齐|平齐|居中|重叠|"
                         r"一线|一条线|间距|距离|正对|下垂")
#: a figure of such a state: the count of parts (“4角”, “4个角”, “4边”) or a measure (“90度”, “1cm”, “1.5厘米”)
_PART_FIGURE = lazy_compile(r"\d+(?:\.\d+)?(?:个?(?:角|边|侧|面)|度|cm|厘米|mm|毫米)")
#: a thing done or had, counted for points (“有工作方案(每份0.5分)”, “示范基地建设1-2个(每个5分)”): no state of parts
_PART_DONE = lazy_compile(r"(?<!不得)有|发表|获|参加|开展|组织|建设|完成|报送|提交|上报|举办|培训|推荐|引进|采用|通过|评")
#: a case handled, made or gained, each earning its points (“(每件1分)办理群众来信”, “(每个1分)新建党支部”, “(每张1分)收集
#: 调查问卷”): no thing laid or served, whose share a share before the words would be
_CASE_GAINED = lazy_compile(r"办理|受理|办结|创建|新建|新增|增加|收集|编写|撰写|编制|申报|立项|招收|招募|发展|签订|签约|录用|走访|"
                          r"回访|调研|报道|投稿|化解|调解|帮扶|慰问|捐|表彰|奖")


class HeldEach(NamedTuple):
    """Each thing or part held to a state (``requirement``), the thing (``unit``) and its points (``per``): ``parts``,
    how many parts the shares make the row's points of (0: they do not, or are not said to), and ``per_thing``, the
    points said of each thing laid or made (“三杯间距1cm(每个1分)”)."""
    requirement: str
    unit: str
    per: Decimal
    parts: int
    per_thing: bool


def held_each(t: str, weight: Decimal) -> HeldEach | None:
    """A cell holding each thing or part to a state, its points said per thing and no verb, or None: the points of
    each thing laid or made (``_EACH_THING_HELD``, “三杯间距1cm(每个1分)”; its figures only those of its placing, never a
    count to reach, “建设1-2个(每个5分)”, nor a requirement of no state, “参加培训(每次1分)”), or each part's share of
    the row's points (``_PART_SHARE``, “四角饱满(每角0.5分)” on 4, two parts or more). Either way the points are lost
    where a thing fails (``deduction._each_thing_held``, ``deduction._share_of_each_part``), never earned per thing
    counted."""
    m = _EACH_THING_HELD.match(t)
    req = (m.group("r1") or m.group("r2") or m.group("r3")) if m else ""
    # (a share in the brackets before the words is the 分数 cell's: each thing laid or served so, any step of the task
    # (“…按规定量斟酒”, “折法卫生、一次成型”), never a thing done, had or counted: “(每次1分)参加培训”)
    thing = m is not None and not re.search(r"\d", PLACEMENT_FIGURE.sub("", placing_in_words(req))) \
        and (_STATE_OF_A_THING.search(req) is not None or (m.group("r3") is not None and not _PART_DONE.search(req)
                                                          and not _CASE_GAINED.search(req)))
    share = _PART_SHARE.match(t) if "每" in t else None
    if share is not None:
        lead, per = share.group("lead").strip(",;"), d(share.group("pts") or share.group("pts2"))
        count = weight / per if per > 0 else Decimal(0)
        if not ((share.group("total") and d(share.group("total")) != weight) or not _PART_STATE.search(lead)
                or _PART_DONE.search(lead) or re.search(r"\d", _PART_FIGURE.sub("", lead))
                or count != count.to_integral_value() or count < 2):
            return HeldEach(lead, share.group("u") or share.group("u2"), per, int(count), thing)
    if m is None or not thing:
        return None
    return HeldEach(req, m.group("u1") or m.group("u2") or m.group("u3"), d(m.group("p1") or m.group("p2") or m.group("p3")),
                    0, True)
