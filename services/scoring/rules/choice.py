"""情形选择: the team picks the situation that applies; each situation has its score."""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from decimal import Decimal
from functools import lru_cache
from itertools import combinations, pairwise
from typing import Any

from models.messages import said as refusal
from services.core.numbers import RuleInputError, fmt, to_decimal
from services.core.patterns import found_by, lazy_compile
from services.scoring.rules import formula as formula_rule
from services.scoring.rules.base import (
    Column,
    Input,
    Inputs,
    ItemResult,
    Msg,
    Param,
    Params,
    Phrase,
    Proposed,
    Recogniser,
    RuleType,
    T,
    Wording,
    clamp,
    joined,
    msg,
    need,
    said,
)
from services.scoring.rules.wording import (
    AT_REFERENCE,
    CHECK_VERB,
    FACTOR,
    GRADE_RANK,
    GRADED_COLUMNS,
    MANNER,
    NOT_A_STATEMENT,
    ONCE_A_PERIOD,
    ORDINAL_AT,
    PART_DEGREE,
    PART_MARK,
    PERIOD_REQUIRED,
    RATIO_METHOD,
    REQUIREMENT_MET,
    STATEMENT_MARK,
    WHOLE_DEGREE,
    WORDS_OF_RECORD,
    ZEROED,
    Statement,
    checked_lead,
    cn_integer,
    d,
    deducting_segments,
    factor_doubt,
    graded_segments,
    items_met_ladder,
    met_count_ladder,
    rates_joined,
    s,
    scored_statements,
    slash_lists,
    strictly_monotone,
    two_things,
    without_the_item,
)


def check(params: Params, item_max: Decimal) -> list[str]:
    options_ = params.get("options")
    if not isinstance(options_, list) or not options_:
        return [refusal("缺少选项 options")]
    problems: list[str] = []
    for i, o in enumerate(options_, 1):
        sub = need(o, "score") if isinstance(o, Mapping) and "key" in o else [refusal("缺少 key")]
        problems += [refusal("第 {i} 个选项：{problem}", i=i, problem=m) for m in sub]
        if not sub and to_decimal(o["score"]) > item_max:
            problems.append(refusal("选项“{label}”得分超过该项分值 {max}", label=o.get("label", o["key"]), max=fmt(item_max)))
    return problems


def score(params: Params, inputs: Inputs, item_max: Decimal) -> ItemResult:
    key = inputs.get("option")
    if key in (None, ""):
        return ItemResult(None, msg(T("尚未选择情形")))
    for o in params["options"]:
        if o["key"] == key:
            sc = to_decimal(o["score"])
            return clamp(sc, item_max, msg(T("情形：%1，得 %2 分"), o.get("label", key), fmt(sc)))
    raise RuleInputError(refusal("没有“{key}”这个选项", key=key))


def options(params: Params, item_max: Decimal) -> list[tuple[str, Any, Msg]]:
    return [(o["key"], o["key"], msg(T("%1（%2 分）"), o.get("label", o["key"]), o["score"]))
            for o in params.get("options", [])]


# ── wordings ────────────────────────────────────────────────────────────────
_SHARE_WORDS = lazy_compile(r"分值的|权重分的")
#: the period a situation is said of, after 每 (“每月6号前”, “每月在10号后”, “每学期完成…”), no step nor case counted (how
#: often a thing is done, “每季度更新1次”, is a count required: a line, read by 全有或全无)
_PERIOD_SAID = r"月(?:在|的)?\d{1,2}[号日]|" + PERIOD_REQUIRED
#: (以上/以下 after a figure: “3项以上”; after a level, “省级媒体以上推广”, a situation rather than a range of a value; a
#: comparison sign with a figure on one side of it, not one with a quantity named in words on both, “…≥规划下达的指标”)
_SIGN, _FIGURE_AFTER, _FIGURE_BEFORE = r"[≥≤<>]", r"[\d.±+-]", r"[\d%]"
_RANGE_WORDS = lazy_compile(r"\d%|" + _SIGN + "(?=" + _FIGURE_AFTER + ")|(?<=" + _FIGURE_BEFORE + ")" + _SIGN
                          + r"|\d[^,;\d]{0,6}?(?:以上|以下)|每(?!(?:" + _PERIOD_SAID + r")(?![^,;]*\d+次))")
#: a comparison with a quantity named in words, no figure on either side (“耕地面积≥规划下达的保护面积考核指标”): the
#: signs ``_RANGE_WORDS`` leaves out
_COMPARED_IN_WORDS = lazy_compile("(?<!" + _FIGURE_BEFORE + ")" + _SIGN + "(?!" + _FIGURE_AFTER + ")")


#: one case of a fault, said first (“有1项未落实”) or opening the fault's last clause (“不符合要求的,1件”, searched for;
#: ``match`` reads only the first)
_ONE_CASE = lazy_compile(r"^(?:有|少|缺|缺少)?1(?:个|项|例|处|次|条|份|件|篇|起|人)|(?<=[\u4e00-\u9fff],)1(?:个|项|例|处|次|条|份|件|篇|起|人)$")
#: a span of a value, its unit perhaps said after each figure (“26岁~35岁”, “1~2年”)
_SPAN = lazy_compile(r"\d[^,;\d]{0,3}[~～\-—至]\d")
#: “偶尔迟到(每月不超过2次)”, “偶尔会失禁(每周不超过1次)”: how often a situation in words happens, said in brackets after
#: it — the situation's own words, no band of a value (nothing else in the situation is a figure)
_HOW_OFTEN_ASIDE = lazy_compile(r"\(每(?:周|週|月|季度?|年|学期|天|日)(?:不超过|不多于|不少于|至少|最多|少于|多于)?\d+次(?:以内|以下|以上)?\)")
#: a fault found a number of times or more, said first (“出现2次以上未送达指定地点”, “发生3次及以上…”)
_TIMES_PAST = lazy_compile(r"^(?:出现|发生|发现|有)\d+次(?:及)?以上(?:未|不|没有)?[\u4e00-\u9fff]{2,16}$")


#: one case found, said before or after the fault: “发现1起违章用火”, “出现1次差错”, “未消除1次”
_ONE_FOUND = lazy_compile(r"^(?:发现|出现|发生)(?:有)?1(?:个|项|例|处|次|条|份|件|篇|起|人)|(?<=[\u4e00-\u9fff])1(?:次|起|处|例)$")


def _repeatable_case(w: Wording, label: str) -> bool:
    """“均落实,得满分;有1项未落实,扣1分” on 3 points: one case that costs less than the 分值 may happen again, so
    the text is a deduction per case (to check), not two situations (the case may open the fault's last clause: “…得4分;
    不符合要求的,1件扣1分”); so too a case said found (“发现1起违章用火扣2分”
    on 3 points: a second case found takes the rest)."""
    found = _ONE_FOUND.search(label) is not None
    if not (_ONE_CASE.search(label) or found):
        return False
    m = re.search(re.escape(label) + r"[^;]*?扣(\d+(?:\.\d+)?)分", w.text)
    if m is None:
        return False
    per = d(m.group(1))  # (a case said found, costing less than the 分值; another, costing at most half of it)
    return 0 < per < w.weight if found else per > 0 and w.weight / per >= 2


#: “…的再扣0.5分”, “另扣1分”: taken off on top of another situation
_ON_TOP = lazy_compile(r"(?:再|另|另行|还|又|并|(?<!参)加|同时)$")
#: “班子不团结、不协调、战斗力不强各扣1分”: a list of faults each costing the deduction, never one situation
_EACH_FAULT = lazy_compile(r"各$")
#: “迟到五分钟以内,1次扣1分;请假1次扣2分”: a time of one named before what it costs, the cost per time, never one situation
_PER_TIME_FAULT = lazy_compile(r"1次$")


_DEDUCTED = lazy_compile(r"扣(\d+(?:\.\d+)?)分$")
#: what follows a situation's label where it is said by what it takes off (“…的扣2分”), and where a deduction is said
#: after it in its clause (“…不全扣1分”)
_DEDUCTED_AFTER = lazy_compile(r"(?:的|者)?,?扣\d")
_TAKEN_AFTER = lazy_compile(r"[^;,]*扣")


def _followed_by(t: str, label: str, after: re.Pattern[str]) -> bool:
    """Whether ``label`` stands in ``t`` with ``after`` matching straight after it: ``re.search(re.escape(label) +
    after.pattern, t)``, without a pattern compiled for every label."""
    at = t.find(label)
    while at >= 0:
        if after.match(t, at + len(label)):
            return True
        at = t.find(label, at + 1)
    return False


#: degrees of one quality (“基本完整”、“较规范”、“执行一般”、“较差”): situations that exclude each other, not faults
#: (基本 naming a thing is no degree: “未掌握基本情况”, “基本信息不全”, “基本医疗”)
DEGREES = lazy_compile(r"基本(?!情况|信息|条件|数据|资料|知识|技能|原则|职责|医疗|公共|养老|农田|药物|建设|工资|账户)|较|一般|部分|差")


def _deducted_beside_scored(t: str, weight: Decimal, found: list[tuple[str, Decimal, Decimal]]) -> tuple[str, ...]:
    """“信用等级为A级得6分,B级得4分,被列入失信名单的扣5分”: a case said by what it takes off, of another quality than the
    situations beside it (not a degree of one, “资料齐全…资料不全扣1分”, nor a grade of their scale, “…C类得2分,D类扣4分”),
    beside a situation scoring part of the 分值 in points of its own (never the rest, “其他情况得1分”) — the deduction may
    be taken off whichever situation holds (B级 and listed: 4 − 5), not off the 分值 alone as an option of its own reads
    it: to check."""
    def deducted(label: str) -> bool:
        return _followed_by(t, label, _DEDUCTED_AFTER)

    def alike(a: str, b: str) -> bool:  # one quality or one scale: a word of two in both, or the grade's mark
        return any(a[i:i + 2] in b for i in range(len(a) - 1)) or (a[-1:] == b[-1:] and a[-1:] in "类等级档星")

    labels = [label for label, _share, _points in found]
    faults = [label for label in labels if deducted(label) and not DEGREES.search(label)
              and not any(alike(label, other) for other in labels if other != label)]
    between = [label for label, _share, points in found if 0 < points < weight and not deducted(label)
               and not re.match(r"其[他它余]", label)]
    if not faults or not between:
        return ()
    return tuple(f"“{label}扣”：读作一种情形（分值减去所扣分），也可能从“{between[0]}”等情形的得分中另行扣除，请核对"
                 for label in faults)


def faults_adding_up(t: str, item_max: Decimal) -> bool:
    """“…计2分;组织不健全扣1分;无项目管理计划扣1分”: two faults or more, each costing part of the 分值 and together
    all of it, which may all be found: the points of a 要点核查 (each fault's points off), never situations to pick
    one of. Degrees of one quality (“基本完整扣1分,不完整扣2分”) are situations."""
    segs = deducting_segments(t)
    found = [m for seg in segs if (m := _DEDUCTED.search(seg))]
    amounts = [d(m.group(1)) for m in found]
    if any(DEGREES.search(seg[:m.start()]) for seg, m in zip(segs, found)):
        return False
    return len(amounts) >= 2 and all(0 < a < item_max for a in amounts) and sum(amounts, Decimal(0)) == item_max


#: “…得3分;否则相应扣分;…的,扣0.5分”: the deductions after “否则相应扣分” are what it takes off
_OTHERWISE_FAULTS = lazy_compile(r"否则(?:相应|按下列|按以下|按如下)?扣分[;,:].*扣\d")
#: a sentence of its own scoring in proportion (“…计15分;降低比例的按比例记分;…不计分”), or the rest scored by the
#: ratio method (“…之间采用比率法计分”, formula._ratio_method): a share between the situations, which no situation holds
_IN_PROPORTION = lazy_compile(r"(?:^|;)[^;\d]{0,12}?按(?:实际)?[^,;\d]{0,4}?比例(?:计算)?(?:计分|得分|记分|扣分|折算)(?=;|$)|"
                            + RATIO_METHOD.pattern)


#: who takes part in a piece of work done together: the roles one situation of a list of roles names
_ROLE_WORDS = lazy_compile(r"主编|编委|参编|编者|主持|负责人|成员|作者|参与|完成人|独著|合著|执笔")
#: the points several roles of a piece of work share (“其它成员共2分”): read by ``_grouped_situations``
_SHARED_BY_ROLES = lazy_compile(r"(?:^|[,;:])[^,;:\d]*(?:" + _ROLE_WORDS.pattern + r")[^,;:\d]*(?:共|合计)(?:计|得)?\d+(?:\.\d+)?分")


def _shared_by_roles(t: str) -> bool:
    return ("共" in t or "合计" in t) and _SHARED_BY_ROLES.search(t) is not None


#: only the highest of the situations found counts: “计最高分值,不重复计分”, “按最高分计”, “取最高分”, “就高计分”
_HIGHEST_COUNTS = lazy_compile(r"(?:计|按|取)最高(?:分值|分|一项)|就高计分|不重复计分")


#: the remark that of the situations held only the highest counts, a 情形选择 picking one: “以最高级别计”, “取最高分”, “按最高
#: 计,不累计”, “同一事项按最高级别计分,不重复计分”, “就高不就低” (consumed as a phrase of a 情形选择)
HIGHEST_SAID = lazy_compile(r"(?:同一(?:事项|项目|成果|单位|集体|个人|年度)|(?<![\u4e00-\u9fff])(?=[以按取计]))?(?:以|按|取|计)(?:其)?最高"
                          r"(?:级别|等级|一级|级|分值|分|一项|奖项|荣誉)?(?:计分|计算|计|为准|得分)?|不(?:累计|累加)(?:计分|得分)?|"
                          r"不重复计分|就高不就低|就高计分")
#: an honour's level named in a situation: “获国家级表彰”, “省级”, “全国”; the level said by the body or the place, no 级
#: (“受到省委省政府表彰”, “中央表彰”, “国务院”, “获全省表彰”, “部级领导批示”, “获评省先进集体”)
_HONOUR_LEVEL = lazy_compile(r"(?:国家|全国|国际|省部|省|市|州|县|区|乡镇|街道|部|厅|局|处|司局|地厅|地市)级|国家|全国|"
                           r"全(?:省|市|县|区|州)|中央|国务院|部委|(?:省|市|县|区|州)(?:委|纪委|政府|人大|政协)|"
                           r"(?:被|获得?|获评|评为|受到?)(?:省|市|县|区|州)(?=[\u4e00-\u9fff]{0,6}?(?:表彰|荣誉|奖|称号|先进|示范|文明|优秀|表扬))")
#: what is given at a level: an honour, praise, a practice taken up higher up (“通报表扬”, “经验做法被推广”,
#: “信息被采用”, “批示肯定”, “入选示范”, “在全省会议上作经验交流”; a report in the media, “国家级媒体正面报道5分;…”, is no honour held)
_HONOUR = lazy_compile(r"表彰|荣誉|奖|称号|评为|授予|命名|表扬|肯定|推广|采用|采纳|批示|示范|入选|经验交流|先进")
#: what is suffered at a level: a censure (“被省级通报批评”, “被市级约谈”, “被问责”)
_CENSURE = lazy_compile(r"批评|约谈|问责|通报|曝光|处分|警告|督办|挂牌")
_ADDED_UP = lazy_compile(r"(?<!不)(?:累计|累加|叠加)")
#: only the worst of several censures counts: “按最高级别计”, “按最重一项”, “从重”, “按最低分计”
_WORST_SAID = lazy_compile(r"(?:以|按|取|计)(?:其)?(?:最重|最低)(?:级别|等级|一级|级|分值|分|一项|情形)?|从重|就低")


def honours_unsaid(found: list[tuple[str, Decimal]], t: str) -> tuple[str, ...]:
    """Situations that are levels of an honour (“获国家级表彰得5分,省级3分,市级1分”, “受到省委省政府表彰…市委市政府…”):
    several may be held at once, and a 情形选择 takes one of them; unless the text says only the highest counts
    (``HIGHEST_SAID``) — or where it says they add up — the doubt of it; the same of levels of a censure (“被市级通报批评
    的得3分,被省级通报批评的不得分”: censured at two levels, which one is unsaid) unless the worst is said to count; else ()
    (a doubt of the reading: ``reading.reading_doubts``)."""
    levels = [label for label, _points in found if _HONOUR_LEVEL.search(label)]
    if len(levels) < 2:
        return ()
    if _HONOUR.search(t):
        if HIGHEST_SAID.search(t) and not _ADDED_UP.search(t):
            return ()
        return (f"“{'、'.join(levels)}”：{_HONOURS_DOUBT}",)
    if _CENSURE.search(t) and not ((HIGHEST_SAID.search(t) or _WORST_SAID.search(t)) and not _ADDED_UP.search(t)):
        return (f"“{'、'.join(levels)}”：{_CENSURES_DOUBT}",)
    return ()


_HONOURS_DOUBT = "获得多个级别时按最高一级计还是累加，评分标准未明说，按所选一级读"
_CENSURES_DOUBT = "受到多个级别的通报、约谈等时按最重一级计还是累计，评分标准未明说，按所选一级读"
#: the remark that the highest level counts closing the text, in brackets or as clauses of its own
_HIGHEST_CLOSING = lazy_compile(r"(?:[,;]?\((?:" + HIGHEST_SAID.pattern + r")(?:,(?:" + HIGHEST_SAID.pattern + r"))*\)|"
                              r"(?:[,;](?:" + HIGHEST_SAID.pattern + r"))+)[,;.]?$")
#: the first level scored with 得, the others with their points alone: “获国家级表彰得5分,省级3分,市级1分”
_LEVEL_BARE = lazy_compile(r"(?P<sep>[,;、])(?P<level>(?:国家|全国|国际|省部|省|市|州|县|区|乡镇|街道)级)(?=\d+(?:\.\d+)?分)")


def _honour_levels_highest(w: Wording) -> Proposed | None:
    """Levels of an honour each with its points, the text closing with the remark that only the highest counts
    (“获国家级表彰得5分,省级3分,市级1分,以最高级别计”, “…,取最高分”, “…(以最高级别计)”): a 情形选择 of the levels, read
    as the situations before the remark are (the later levels' points said bare read as 得); holding none scores nothing,
    unsaid unless a situation says it."""
    t = w.text.rstrip(";.")
    m = _HIGHEST_CLOSING.search(t)
    if m is None or not _HONOUR.search(t) or _ADDED_UP.search(t):
        return None
    rest = _LEVEL_BARE.sub(lambda x: f"{x.group('sep').replace('、', ',')}{x.group('level')}得", t[:m.start()])
    found = _situations(Wording(rest, w.weight, w.name, w.points, w.explanation))
    if found is None or len(found.items) != 1:
        return None
    opts = found.items[0]["params"]["options"]
    return found if sum(1 for o in opts if _HONOUR_LEVEL.search(str(o["label"]))) >= 2 else None


#: a situation that is only an end of the score's range (“最高分得满分,最低分0分”), or points taken at the team's
#: discretion (“有投诉,视情节严重扣分,最低分0分”): no situation to pick, the score is the team's to fix (judgement)
#: (or a cap of points per case said alone, “有1个得1分,最多得5分;…”, “…,最高得分为5分”: no situation of its own)
_RANGE_END_OR_DISCRETION = lazy_compile(r"(?:^|[,;])(?:(?:本项|此项|该项)?(?:最高|最多)(?:得分为?|分)?|最低分)$|(?:视|酌)情[^,;]{0,6}扣分")
#: a situation's points said as a range (“良得3-9分”, “计5~7分”): the team fixes the points within it
_POINTS_RANGE = lazy_compile(r"(?:得|计|记|为)\d+(?:\.\d+)?[-~至]\d+(?:\.\d+)?分")


#: full marks said inside a situation's words (the segments cut at the points only: “…的得满分,取得过2次的得2分,…;事业单位
#: …,得满分” read with the first situation's 得满分 in its words)
_FULL_INSIDE = lazy_compile(r"[得计记]满分")


def _situations(w: Wording) -> Proposed | None:
    """"有…的得2分；无…的得0分" (situations given in points)."""
    if per_time_to_nothing(w.text):
        return None  # “…延迟完成,2分;未完成,-2分/次,扣完为止”: the worst situation a cost per time (``_situations_then_per_time``)
    if _shared_by_roles(w.text):
        return None  # “主编计6分,第一副主编计4分,其它成员共2分”: roles, one of them sharing its points (``_grouped_situations``)
    if _LEVEL_BARE.search(w.text) and _HIGHEST_CLOSING.search(w.text.rstrip(";.")) and _HONOUR.search(w.text):
        return None  # “获国家级表彰得5分,省级3分,…,以最高级别计”: levels, later ones scored bare (``_honour_levels_highest``)
    if AT_REFERENCE.match(w.text):
        return None  # a reference, then a gap below it: bands of the gap (read by ``tiers._gap_below_reference``)
    if items_met_ladder(w.text, w.weight) is not None:
        return None  # “符合3项标准为3分;符合2项…2分;…”: one item's points each, in step (``checklist._count_met``)
    if met_count_ladder(w.text, w.weight) is not None:
        return None  # “A、B、C,给10分;达2项的给9分;…”: a count of requirements met (``wording.met_count_ladder``)
    found = graded_segments(w.text, w.weight)
    # situations scored in points, 满分 or 不得分; a share of the 分值 (分值的80%) makes them levels of a scale
    if len(found) < 2 or _SHARE_WORDS.search(w.text):
        return None
    if _POINTS_RANGE.search(w.text):
        return None  # “优得10分,良得3-9分,一般得2分”: a situation scored anywhere in a range, the team's to fix: no choice
    if any(_RANGE_END_OR_DISCRETION.search(label) for label, _share, _points in found):
        return None  # “视情况得分,最高分得满分,最低分0分”, “有投诉,视情节严重扣分,最低分0分”: the score's range, the team's to fix
    if any(_FULL_INSIDE.search(label) for label, _share, _points in found):
        return None  # “连续3年取得A级的得满分,取得过2次” scored 2: a situation's full marks run into the next, no reading
    if any(_EACH_FAULT.search(label) for label, _share, _points in found) or faults_adding_up(w.text, w.weight):
        return None
    if sum(1 for label, _share, points in found if points < w.weight and _PER_TIME_FAULT.search(label)) >= 2:
        return None  # faults each costing its points per time, found together or not
    if _OTHERWISE_FAULTS.search(w.text) or _IN_PROPORTION.search(w.text):
        return None  # “…得3分;否则相应扣分;…的,扣0.5分”: faults taken off the 分值, not situations to choose from
    # situations, not ranges of a value (those are tiers), and the best of them gets the 分值
    combined_bands = _combined_bands(found)
    measures = _measures_apart(found)
    # “送达指定地点 5 出现两次以上未送达指定地点 0”: the fault found some times or more, scoring nothing, beside the one
    # situation in full, is no band of a value (fewer times is unsaid: to check)
    times_past = [label for label, _share, points in found if points == 0 and _TIMES_PAST.match(label)] \
        if len(found) == 2 and max(points for _l, _s, points in found) == w.weight else []
    # (“…采集率达100%,…企业数据采集率达100%的,得2分;…采集率达50%以上,…达100%,得1分”: two rates together in each)
    joined = rates_joined(w.text)
    # “25岁以下,2分;26岁~35岁,4分;36岁~50岁,6分;50岁以上,4分”: bands whose scores rise and fall again along the row, no
    # ladder of a value (分档 reads none): the band that applies is picked, a reading to check
    often = [label for label, _share, _points in found if "(每" in label and _HOW_OFTEN_ASIDE.search(label)
             and not re.search(r"\d", _HOW_OFTEN_ASIDE.sub("", label))]
    ranged = [label for label, _share, _points in found if _RANGE_WORDS.search(label) and label not in times_past
              and label not in often]
    row = [points for _label, _share, points in found]
    banded = [label for label, _share, _points in found if label in ranged or _SPAN.search(label)]
    # (the bands in turn along the value, their first figures strictly rising or falling: never two ladders, “城市…90%以上…;
    # 农村…70%以上…”, nor a clause after them, “…;执行率超过100%扣2分”)
    firsts = [re.search(r"\d+(?:\.\d+)?", label) for label in banded]
    unordered = len(banded) == len(found) >= 3 and not any("每" in label or "扣" in label for label in banded) \
        and all(firsts) and strictly_monotone([Decimal(m.group(0)) for m in firsts if m]) != 0 \
        and not all(a >= b for a, b in pairwise(row)) and not all(a <= b for a, b in pairwise(row))
    if ranged and not combined_bands and not measures and not joined and not unordered:
        return None
    if len(found) == 2 and any(_repeatable_case(w, label) for label, _share, _points in found):
        return None
    if len(found) == 2 and any(_COMPARED_IN_WORDS.search(label) for label, _share, _points in found):
        return None  # “A≥B的,得2分;低于B不得分”: a requirement compared in words and its breach (全有或全无)
    if _EACH_PERIOD_OFF.search(w.text):
        return None  # “按时报送得5分;每月迟报的扣1分”: points off for each period missed, a step, never one situation
    unsaid_full: tuple[str, ...] = ()
    if max(points for _label, _share, points in found) != w.weight:
        required = _required_of_the_lack(found, w.weight, w.text)
        if required is None:
            return None
        found = [(required, w.weight, w.weight), *found]
        unsaid_full = (f"“{required}”：满分情形评分标准未明说，按做到“{required}”得满分读",)
    # “缺少资料扣1分”: something missing may be counted per item missing, named last in a situation of several
    # clauses too (“机制包括制度、人员、经费三方面,缺一方面扣1分”)
    doubts = tuple(_per_missing(label) for label, _share, points in found
                   if 0 < points < w.weight and _COUNTED.match(label.rsplit(",", 1)[-1])
                   and _followed_by(w.text, label, _TAKEN_AFTER))
    # “…,未设立不得分,公示栏须设在醒目位置,否则扣1分”: “否则” after a requirement with no points of its own, which
    # no situation names
    before = re.split(r"[,;]", w.text.split("否则")[0].rstrip(",;"))[-1] if "否则" in w.text else ""
    if before and not re.search(r"分|扣", before) and not any(before in label for label, _share, _points in found):
        doubts += (f"“{before},否则”：“否则”所指的要求未作为情形读入",)
    # “…,报送内容有误的再扣0.5分”: a deduction on top of the situation found, never a situation of its own
    doubts += tuple(f"“{label}扣”：另行扣分，可与其他情形同时出现" for label, _share, _points in found if _ON_TOP.search(label))
    # “一、建立制度得3分;二、发生安全事故的,此项不得分”: a condition zeroing the whole item, which may hold beside the
    # situation scored, never one of its kind
    doubts += tuple(f"“{label}不得分”：整项不得分的条件，可与其他情形同时出现" for label, _share, points in found
                    if points == 0 and _ZEROES_THE_ITEM.match(label))
    doubts += _lines_out_of_order(found)
    doubts += _after_the_closing_none(found)
    doubts += _deducted_beside_scored(w.text, w.weight, found)
    doubts += (_title_tied(found, w.weight) or _named_as_the_row(found, w)) + _points_inside(found)
    doubts = unsaid_full + doubts + _places_unsure([label for label, _share, _points in found])
    doubts += tuple(f"“{label}”：次数较少时的得分未说明" for label in times_past)
    doubts += tuple(f"“{m.group(0)}”：括号内的次数作为该情形的说明读，是否属于该情形由评价组判断"
                    for label in often for m in [_HOW_OFTEN_ASIDE.search(label)] if m)
    if unordered:
        doubts += (f"“{'、'.join(banded)}”：各档得分不随数值依次升降，按情形读，由评价组选所属一档",)
    if combined_bands:  # read as cases, the figures of their bands said in their labels: a reading to check
        doubts += ("“分档的数值与文字条件同时出现”：按情形读，数值写在情形中",)
    elif measures:
        doubts += (f"“{measures}”：各情形的数值计量不同，不是同一数值的分档，按情形读",)
    more = ""
    between = _counts_between(found, w.weight)
    if between:
        found = [*found[:-1], *between, found[-1]]
        doubts += (f"“{'、'.join(label for label, _share, _points in between)}”：评分标准未明说，按每项扣分读入",)
    if _fault_split_by_kind(found, w.weight):
        found = [(FAULTLESS, w.weight, w.weight), *found]
        more, doubts = FAULTLESS_MORE, (FAULTLESS_DOUBT, *doubts)
    # “…主笔人,计15分;直接参与者,计3分;个人提案人,计15分;…计最高分值,不重复计分”: only the highest counts, so the
    # situations scoring alike are one
    if _HIGHEST_COUNTS.search(w.text) and len({points for _label, _share, points in found}) < len(found):
        alike: dict[Decimal, tuple[list[str], Decimal]] = {}
        for label, share, points in found:
            alike.setdefault(points, ([], share))[0].append(label.removeprefix("其中,"))
        found = [("或".join(labels), share, points) for points, (labels, share) in alike.items()]
        doubts += ("“计最高分值,不重复计分”：得分相同的情形合为一种，只计最高一项",)
    proposed = _options([(label, points) for label, _share, points in found], w, more, doubts)
    lowest = min(found, key=lambda x: x[2])[0]
    # “有方案有记录得3分,有记录无方案得2分,有方案无记录得1分”: two requirements in combination, the lowest still has
    # one of them: the one with neither is unsaid
    combined = sum(1 for label, _share, _points in found if HAS_WITHOUT.search(label)) >= 2
    if combined and "扣" not in w.text:
        return _none_unsaid(proposed, f"“{NONE_APPLIES}”：两项要求的组合，两者皆无按0分计，评分标准未明说")
    if "扣" not in w.text and len(found) >= 2 and _SHORT_OF_IT.search(lowest):
        return _none_unsaid(proposed, f"“{NONE_APPLIES}”：最低情形只说了前一情形中的不足，前一情形本身不成立时的得分未说明，按0分计")
    if "扣" in w.text and _partial_of_the_best(lowest, max(found, key=lambda x: x[2])[0]):
        # “全部完成得满分,部分完成扣2分”, “制度健全得满分,制度基本健全扣分值的40%”: the least a degree of the best, the
        # faults taken off are no faults but levels — the requirement not met at all is unsaid
        return _none_unsaid(proposed, f"“{NONE_APPLIES}”：最低情形是满分情形的程度（{lowest}），完全未做到的得分未说明，按0分计")
    return proposed if "扣" in w.text or NAMES_A_LACK.search(lowest) else _none_unsaid(proposed)


#: a degree of a requirement met in part, and in full (wording's PART_DEGREE, WHOLE_DEGREE)
_DEGREE = lazy_compile(PART_DEGREE)
_IN_FULL = lazy_compile(WHOLE_DEGREE)


def _partial_of_the_best(lowest: str, best: str) -> bool:
    """“部分完成” of “全部完成”, “制度基本健全” of “制度健全”: the lowest situation the best one's requirement met in part."""
    m = _DEGREE.search(lowest)
    if not m:
        return False
    core = (lowest[:m.start()] + lowest[m.end():]).removesuffix("的")
    return bool(core) and core == _IN_FULL.sub("", best).removesuffix("的")


def _after_the_closing_none(found: list[tuple[str, Decimal, Decimal]]) -> tuple[str, ...]:
    """“获评省级示范的,得3分;获评市级示范的,得1分;未获评的,不得分;开展宣传活动的,得1分”: situations in falling scores
    closed by the one scoring nothing, then situations scoring again: another situation of the same thing, or a part
    scored on its own beside them (one unit may hold both), is unsaid."""
    row = [points for _label, _share, points in found]
    closing = next((i for i, pts in enumerate(row) if pts == 0), None)
    if closing is None or closing < 2 or not all(a > b for a, b in pairwise(row[:closing + 1])) \
            or not any(pts > 0 for pts in row[closing + 1:]):
        return ()
    after = "、".join(label for label, _share, points in found[closing + 1:] if points > 0)
    return (f"“{after}”：列在不得分的情形之后，是同一事项的另一情形还是另计的一项，评分标准未明说",)


def _title_tied(found: list[tuple[str, Decimal, Decimal]], weight: Decimal) -> tuple[str, ...]:
    """“考核内容 10分 完成 10分 未完成 0分”, “满分 5分 完成 5分 …”: the first situation on the 分值 beside the next, also
    on it, neither a grade nor sharing a word with the others — the item's title or 满分 and its 分值 in a column of
    their own, perhaps, not a situation (to check)."""
    if len(found) < 3 or found[0][2] != weight or found[1][2] != weight:
        return ()
    first = found[0][0]
    if _GRADE.match(first) or any(first[i:i + 2] in label for label, _s, _p in found[1:] for i in range(len(first) - 1)):
        return ()
    return (f"“{first}({fmt(weight)}分)”：可能是指标的标题或满分及其分值，而非一种情形",)


def _named_as_the_row(found: list[tuple[str, Decimal, Decimal]], w: Wording) -> tuple[str, ...]:
    """“实验分析,10分;未做到A扣4分;B,6分”: the first situation on the 分值, a later one a deduction beside one scored —
    the first the row's own name (“实验分析”), or the points scored and taken off the rest adding up to the 分值 (4 + 6):
    the heading and its 分值, perhaps, the rest parts or faults of it, not situations (to check). (A row named by its
    requirement, “按时申报,2分;未按时申报,0分” of “按时申报”, stays.)"""
    first, _share, points = found[0]
    if points != w.weight or len(first) < 2 or _GRADE.match(first):
        return ()
    rest = found[1:]
    taken = [_followed_by(w.text, label, _TAKEN_AFTER) for label, _s, _p in rest]
    if not any(t and 0 < p < w.weight for t, (_l, _s, p) in zip(taken, rest)) \
            or not any(not t and p > 0 for t, (_l, _s, p) in zip(taken, rest)):
        return ()
    parts = sum((w.weight - p if t else p for t, (_l, _s, p) in zip(taken, rest)), Decimal(0))
    if not (w.name and first in w.name) and parts != w.weight:
        return ()
    return (f"“{first}({fmt(w.weight)}分)”：可能是该项的标题及其分值，其后为其中各部分的得分或扣分，而非一种情形",)


def _points_inside(found: list[tuple[str, Decimal, Decimal]]) -> tuple[str, ...]:
    """“A,4分,数据错误扣4分”: a situation's words holding points of their own — clauses of another point run into it,
    not one situation (to check)."""
    return tuple(f"“{label}”：情形中另有分值，请核对" for label, _s, _p in found if re.search(r"\d分", label))


#: a lowest situation that is a thing done, then 但 and what it lacks (“实行定额制度,但实际未达到定额标准”, “虽然按规范建设,
#: 但未进行节能评估”): it names a lack of the thing done, not the thing left undone, which stays unsaid
_SHORT_OF_IT = lazy_compile(r"^(?:[^,;]*[\u4e00-\u9fff]{2}[^,;]*,(?:虽然?[^,;]+,)?)?(?:但是?|却)(?:实际上?)?(?:未|没有|不)[^,;]*$")


#: a situation that is a line reached on a measure (“达到8平方米”, “不少于3家”): the lines of several nest
_LINE_REACHED = lazy_compile(r"(?:达到|不少于|不低于|超过|高于|多于|大于|满|≥|>)(?P<n>\d+(?:\.\d+)?)")


def _lines_out_of_order(found: list[tuple[str, Decimal, Decimal]]) -> tuple[str, ...]:
    """“达到10平方米的得8分;达到8平方米的得10分;…”: situations each a line reached, a higher line scoring no more than
    a lower one: every value past the higher line reaches the lower too, and which of them counts is unsaid; or lines said
    in units of their own — to check."""
    lines = [(Decimal(ms[0].group("n")), points, label) for label, _share, points in found
             if len(ms := list(_LINE_REACHED.finditer(label))) == 1]
    lines.sort(key=lambda x: x[0])
    out = tuple(f"“{high}”与“{low}”：线更高的得分不更高，达到前者也达到后者，按哪一项计未说明，请核对"
                for (a, p, low), (b, q, high) in pairwise(lines) if b > a and q <= p)
    # (“达到10平方米的得10分;达到8米的得8分”: lines on measures of their own, no one value's)
    units = {re.sub(r"(?:\(含\))?(?:及以上|以上)?$", "", label[ms[0].end():]) for label, _share, _points in found
             if len(ms := list(_LINE_REACHED.finditer(label))) == 1}
    if len(lines) >= 2 and len(units) > 1:
        out += (f"“{'、'.join(sorted(units))}”：各线的单位不一，请核对",)
    return out


#: a situation short of the full one that is a thing lacking, and nothing more: “缺少任命文件”, “无培训记录的”, “制度未上墙”
_LACK_NAMED = lazy_compile(r"^(?P<before>[\u4e00-\u9fff]{0,8}?)(?:缺少|缺|无|没有|未)(?P<after>[\u4e00-\u9fff]{1,12}?)(?:的)?$")


#: a situation that says what it has beside what it lacks (“有方案无记录”, “已建立但未上墙”): one of the combinations,
#: each excluding the others
_HAS_TOO = lazy_compile(r"有|已|但|虽")


def lacks_apart(options: list[tuple[str, Decimal]], weight: Decimal) -> list[str]:
    """“资料齐全得5分,缺少任命文件得3分,缺少培训记录得2分”, “…,制度未上墙得3分,无考核记录得2分”: two situations or more short
    of the full one, each a different thing lacking (none within another, none presupposing or a degree of another):
    both may be lacking, which the situations do not score (to check)."""
    lacks = [(label, m.group("before") + m.group("after")) for label, points in options if 0 < points < weight
             and (m := _LACK_NAMED.match(label)) and not DEGREES.search(label) and not _HAS_TOO.search(label)]
    apart = [(la, lb) for (la, a), (lb, b) in combinations(lacks, 2)
             if a not in b and b not in a and not formula_rule.one_of(la, lb)]
    if not apart:
        return []
    return [f"“{apart[0][0]}”与“{apart[0][1]}”：所缺的是不同的事项，可能同时出现，同时出现时的得分未说明"]


#: a lack that zeroes the row, its requirement named after the negation: “未落实”, “没有制定方案”, “未建立台账”
_LACK_OF = lazy_compile(r"^(?:未|没有|无)(?P<required>[\u4e00-\u9fff“”《》]{2,20})$")


#: each score a text says: points, or the zero
_SCORES_SAID = lazy_compile(r"\d+(?:\.\d+)?分|" + ZEROED)


def _required_of_the_lack(found: list[tuple[str, Decimal, Decimal]], weight: Decimal, text: str) -> str | None:
    """“未落实的不得分;委托中介机构承办的计1分”: one lack scoring nothing, the other situations scoring short of the
    分值, the situation on the 分值 left unsaid: the requirement the lack names (“落实”), or None when the text is
    otherwise: faults taken off (扣, read as situations by ``graded_segments``), points adding up to the 分值 (a 要点核查),
    numbered parts, scores no situation takes, or situations naming figures are no such situations."""
    lacks = [_LACK_OF.match(label) for label, _share, points in found if points == 0]
    if len(lacks) != 1 or not lacks[0] or not all(0 <= points < weight for _label, _share, points in found):
        return None
    if "扣" in text or sum(points for _label, _share, points in found) == weight or re.search(PART_MARK, text) \
            or len(_SCORES_SAID.findall(text)) != len(found) or any(re.search(r"\d", label) for label, _s, _p in found):
        return None
    required = lacks[0].group("required")
    # “制定方案的得1.5分,未制定的不得分”: the requirement itself met for points short of the 分值, no lesser situation
    if any(points and (required in label or label in required) and not (DEGREES.search(label) or NAMES_A_LACK.search(label))
           for label, _share, points in found):
        return None
    return required


#: a band of places in a ranking: “排名前10名”, “第11名至第30名”, “11位至30位”, “后5名”
_PLACES = lazy_compile(r"(?:排名|名次)?(?:(?P<top>前)(?P<n>\d+|[一二三四五六七八九十]{1,3})|(?P<bottom>后|倒数)(?P<m>\d+)|第?(?P<a>\d+|"
                     r"[一二三四五六七八九十]{1,3})(?:名|位)?(?:至|到|-|~)第?(?P<b>\d+|[一二三四五六七八九十]{1,3}))(?:名|位)")
#: the places none of the bands names: “其余”, “其他”
#: one place alone: “第2名”, “第三位”
_ONE_PLACE = lazy_compile(r"第(\d+|[一二三四五六七八九十]{1,3})(?:名|位)")
_OTHER_PLACES = lazy_compile(r"^(?:排名)?(?:其余|其他|其它|以外|之外)")


def _places_unsure(labels: list[str]) -> tuple[str, ...]:
    """“排名前10名的得10分,第10名至第30名的得9分”: bands of places that share a place (a place alone too: “第2名积59分,
    第2名~第5名积30分”), or places at the bottom (“后10名”)
    beside bands from the top with no “其余” for the places between: which band a place falls in is unsure (to check).
    Places in words too (“前三名…第三至第六名”); the places a band skips fall in “其余”, as the text says."""
    def place(word: str) -> int:
        return int(word) if word.isdigit() else cn_integer(word) or 0

    bands, bottom = [], False
    for label in labels:
        m = _PLACES.search(label)
        if m is None:
            if one := _ONE_PLACE.search(label):  # a place alone beside the bands (“第2名…,第2名~第5名…”)
                bands.append((place(one.group(1)),) * 2)
            continue
        if m.group("bottom"):
            bottom = True
        else:
            bands.append((1, place(m.group("n"))) if m.group("top") else (place(m.group("a")), place(m.group("b"))))
    bands.sort()
    shared = any(b[0] <= a[1] for a, b in pairwise(bands))
    between = bottom and bands and not any(_OTHER_PLACES.match(label) for label in labels)
    if shared:
        return ("“名次档”：相邻两档的名次有重叠，请核对",)
    return ("“名次档”：前后名次之间的名次未说明得分",) if between else ()


#: the first count of requirements unmet, a part off: “有1项未达到指标”; the last, every one unmet: “3项都未达到指标”
_ONE_UNMET = lazy_compile(r"^有?1(?P<unit>项|个|条)(?P<verb>(?:未|没有|不)[\u4e00-\u9fff]*)$")
_ALL_UNMET = lazy_compile(r"^(?P<n>\d)(?P<unit>项|个|条)(?:都|均|全部?|全都)(?P<verb>(?:未|没有|不)[\u4e00-\u9fff]*)$")


def _counts_between(found: list[tuple[str, Decimal, Decimal]], weight: Decimal) -> list[tuple[str, Decimal, Decimal]]:
    """“无草荒、无斑秃、无明显病虫害的得1分,有1项未达到指标的扣0.3分,3项都未达到指标的不得分”: the requirements met, one of
    them unmet (a part off) and every one unmet (nothing), the counts between unsaid: each one a situation of its
    own, its deduction that of one unmet times the count (to check). [] when the text is not of that form."""
    if len(found) != 3 or found[0][2] != weight or found[2][2] != 0:
        return []
    one, every = _ONE_UNMET.match(found[1][0]), _ALL_UNMET.match(found[2][0])
    if one is None or every is None or (one["unit"], one["verb"]) != (every["unit"], every["verb"]):
        return []
    per, n = weight - found[1][2], int(every["n"])
    if not 3 <= n <= 9 or per <= 0 or weight - (n - 1) * per <= 0:
        return []
    return [(f"{k}{one['unit']}{one['verb']}", (weight - k * per) / weight, weight - k * per) for k in range(2, n)]


#: the full-marks situation of faults, which the text leaves unsaid
FAULTLESS = "无上述问题"
FAULTLESS_DOUBT = f"“{FAULTLESS}”：满分情形评分标准未明说"
FAULTLESS_MORE = "（含未列出问题的满分情形）"
#: a fault, then the first kind of subject it is scored for: “未取得批复文件,“新矿井”不得分”, “未按时上报的,市级单位不得分”
_FAULT_THEN_KIND = lazy_compile(r"^(?:未|没有|无|不)[^,]{2,}?(?:的)?,(?P<kind>[^,]+)$")
#: the rest of the kinds: “其它“老矿井””, “其他单位”
_OTHER_KIND = lazy_compile(r"^其(?:它|他|余)(?P<kind>[^,]{1,12}?)(?:的)?$")


def _fault_split_by_kind(found: list[tuple[str, Decimal, Decimal]], weight: Decimal) -> bool:
    """“未取得批复文件,“新矿井”不得分;“老矿井”在…之后改建的,不得分;其它“老矿井”得3分”: a fault, then its score by the kind
    of subject found in it, the rest of a kind named before (“其它“老矿井””) on the whole 分值: the subject without the
    fault is a situation of its own, on full marks, which the text leaves unsaid (to check)."""
    if len(found) < 3 or _FAULT_THEN_KIND.match(found[0][0]) is None:
        return False
    labels = [label for label, _share, _points in found]
    if any(label.startswith(FAULTLESS) for label in labels):
        return False
    for i, (label, _share, points) in enumerate(found):
        other = _OTHER_KIND.match(label)
        if other is not None and points == weight and i >= 2:
            kind = other.group("kind").strip("“”\"")
            return len(kind) >= 2 and any(kind in before for before in labels[1:i])
    return False


#: “联名提案被立案的,第一提案人计10分,其他联名人计5分(只计1次)”, “被审查立案的第一提案人20分,联名提案人15分”: a situation,
#: then the points of each role in it (who is first, who joins in a piece of work done together)
_ROLES = lazy_compile(r"(?P<case>[^;]+?)的,?(?P<roles>[^,;\d分的]{1,8}?(?:人|者|单位)(?:计|得|记)?\d+(?:\.\d+)?分"
                    r"(?:,[^,;\d分的]{1,8}?(?:人|者|单位)(?:计|得|记)?\d+(?:\.\d+)?分)+)(?P<remark>\([^()\d分]*\d?[^()\d分]*\))?$")
_ROLE = lazy_compile(r"(?P<role>[^,;\d分的]{1,8}?(?:人|者|单位))(?:计|得|记)?(?P<pts>\d+(?:\.\d+)?)分")


def _roles_in_situations(w: Wording) -> Proposed | None:
    """“委员提交1件提案并被立案的,计15分;联名提案被立案的,第一提案人计10分,其他联名人计5分;均未立案的不得分”: situations, some
    scored by the role taken in them (第一提案人, 联名人, 主持单位, 参与单位): each role of a situation a situation of its own
    (“联名提案被立案,第一提案人”), the whole read as ``_situations`` reads it. Never confident: that one takes a single
    role in a single situation is the reading's."""
    if "分" not in w.text:
        return None
    given = [x for x in w.text.split(";") if x]
    sentences, doubts = [], []
    for sentence in given:
        m = _ROLES.fullmatch(sentence)
        if m is None:
            sentences.append(sentence)
            continue
        case = m.group("case").rstrip(",")
        sentences += [f"{case},{r.group('role')}的,计{r.group('pts')}分" for r in _ROLE.finditer(m.group("roles"))]
        if m.group("remark"):
            doubts.append(f"“{m.group('remark')}”：作为说明，未用于规则")
    if len(sentences) == len(given):
        return None  # no sentence scored by roles
    found = _situations(replace(w, text=";".join(sentences)))
    if found is None:
        return None
    return Proposed(found.items, found.summary,
                    (*(found.doubts or ()), "各情形按所任角色（第一提案人、联名人等）分列，请核对", *doubts))


#: “省部级:主持人8分,第二成员6分;州级:…”, “两人合著:第一作者计10分,…”: a heading (a level, a kind of piece of work)
#: before a colon, then the situations under it; several headings in a row, the first the text's own lead
#: (“申报并立项:省部级:…”)
#: (a count of people in a heading: “两人合著”, read as “2人合著”)
_HEADED = lazy_compile(r"^(?:(?P<lead>[^\d,;:()分]{1,12}):)??(?:(?P<head>(?:\d人|[^\d,;:分]){1,16}):)?(?P<body>[^:]+)$")
#: one situation under a heading and its points: “主持人8分”, “第一作者计10分”, “一等加10分”, “第二成员、第三成员1分”,
#: the points of several together (“其它成员共2分”) or of each (“…各1分”)
_HEADED_SITUATION = lazy_compile(r"^(?P<label>[^\d,;:()分]{1,16}?)(?P<shared>共|各|合计)?(?:计|得|加|记|为)?(?P<pts>\d+(?:\.\d+)?)分$")


def _grouped_situations(w: Wording) -> Proposed | None:
    """“申报并立项:省部级:主持人8分,第二成员6分,…;州级:主持人6分,…;院级:主持人2分;第二成员、第三成员1分”,
    “国家级:一等加10分,二等加9分,三等加8分;省部级:一等加8分,…”: situations grouped under headings (a level, a kind
    of co-authorship), each situation the heading and what is said under it (“省部级 第二成员”), a heading kept until
    the next one; the best on the 分值. Or one lead and the roles of a piece of work (“编著学术书籍:主编计6分,第一副主编计4分,
    其它成员共2分”). Never confident: that the groups are one choice, and how points shared by several are split, are
    the team's to bear out. Points adding up group by group (“资金管理:到位得2分;项目管理:完成得3分”) are no choice."""
    if "分" not in w.text or ":" not in w.text or "扣" in w.text:
        return None
    options: list[tuple[str, Decimal]] = []
    groups: dict[str, list[Decimal]] = {}
    head, shared = "", []
    for n, clause in enumerate(x for x in re.split(r"[,;]", w.text.rstrip(";。.")) if x):
        m = _HEADED.match(clause)
        if m is None or (m.group("lead") and n):
            return None
        if m.group("head") is not None:
            head = m.group("head")
            if head in groups:
                return None
            groups[head] = []
        elif m.group("lead") is None and ":" in clause:
            return None
        s = _HEADED_SITUATION.match(m.group("body"))
        if s is None:
            return None
        pts = d(s.group("pts"))
        if s.group("shared"):
            shared.append(clause.split(":")[-1])
        options.append((f"{head} {s.group('label')}" if head else s.group("label"), pts))
        if head:
            groups[head].append(pts)
    if max(pts for _label, pts in options) != w.weight or any(len(g) < 2 for g in groups.values()):
        return None
    if sum(max(g) for g in groups.values()) == w.weight and len(groups) >= 2:
        return None  # points of each group adding up to the 分值: a 要点核查
    if len(groups) < 2 and not (shared and all(_ROLE_WORDS.search(label) for label, _pts in options)):
        return None
    doubts = ["各情形按所列级别（类别）与其下的角色、等次分列，只取其一，请核对"]
    doubts += [f"“{x}”：按这些人员合计得分读入一种情形，各人如何分配未说明" for x in shared if "各" not in x]
    doubts += [f"“{x}”：按每人各得此分读入一种情形" for x in shared if "各" in x]
    return _none_unsaid(_options(options, w, doubts=tuple(doubts)))


#: a lowest situation that names a lack (“未单设…”、“1项满足”): the text has reached its floor; a fault with its
#: deduction (“不规范扣0.5分”) has the situation without it beside it. A part done (“全部完成得10分,部分完成得5分”,
#: “有计划,部分落实”) is no floor: nothing done is still unsaid
NAMES_A_LACK = lazy_compile(r"未|无|没|不|缺|\d+(?:项|个|条)")
#: a situation named by what it has and what it lacks: “有记录无方案”, “无方案有记录”
HAS_WITHOUT = lazy_compile(r"有[^,;，；]{1,12}?无|无[^,;，；]{1,12}?有")
#: a lowest situation that takes in every case below the others (“一般以下的得3分”, its slip “一般一下”, “其他情况得1分”):
#: none is left unsaid — not the other ones taking part (“其他联名人计5分”, “其余参与单位”, “其他领导参加的”): a role
#: beside the first, and what it does, the case of taking no part still unsaid
ALL_BELOW = lazy_compile(r"(?<=[\u4e00-\u9fff])[以一]下(?:的)?$"
                        r"|^其(?:他|它|余)(?![^,;]*?(?:人|员|者|单位|部门|领导)[\u4e00-\u9fff]{0,4}$)")


#: a figure's clause, then a clause with no figure, a condition in words: “…8%,考核结果与职务晋升挂钩”, “…<30名,或超容量招收”
_WORDED_AFTER_FIGURE = lazy_compile(r"\d[^,]*,(?:且|并|但|或)?[\u4e00-\u9fff]{4,}(?:,|$)")
#: a band's figure or nothing done at all: “…<规定数60%,或未安排”, “…<2张,或未开展”, what is not done named after it
#: (“…<60%,或未安排独立操作和报告”, “…<规定数60%,或未完成急诊量”: the work the bands measure, not done)
_OR_NOTHING_DONE = lazy_compile(r"\d[^,]*,或(?:未|没有)(?:安排|开展|实施|进行|参加|落实|组织|完成)[\u4e00-\u9fff]{0,10}$")
#: a situation that is a requirement met, said in words only: “管床数达到要求”
_MET_IN_WORDS = lazy_compile(r"^[^\d,;]{0,12}?" + REQUIREMENT_MET + "$")
#: a band measured against the requirement: a share of it (“≥规定数的80%”), a count of its points unmet (“1项不符合标准”)
_OF_THE_REQUIREMENT = lazy_compile(r"规定|要求|标准|目标|计划")


def _combined_bands(found: list[tuple[str, Decimal, Decimal]]) -> bool:
    """“…不低于考核总分的8%,考核结果与职务晋升挂钩,得4分;…占5%～8%之间,得2分”: bands of a figure whose situations join
    the figure to a condition in words said after it: cases to choose from, not a range of one value."""
    banded = [label for label, _share, _points in found if _RANGE_WORDS.search(label)]
    if not banded or any("每" in label for label in banded):  # “每漏报1项”: a deduction per case
        return False
    # “管床数达到要求,得3分;管床数4～5张,得2分;管床数≤3张…,不得分”: the requirement met, its figure not given, is no band
    # of the figures beside it (bands measured against the requirement, “≥规定数的80%”, “1项不符合标准”, are read by 分档)
    # (two bands at least: “达到要求的得6分,入户率低于95%的不得分” is a line, the requirement read as reaching it)
    met = any(_MET_IN_WORDS.match(label) for label, _share, _points in found)
    figured = [label for label, _share, _points in found if re.search(r"\d", label)]
    # (the band of none, its nothing done said beside its figure, “<规定数60%,或未安排,不得分”, is the bottom of the range)
    worded = [label for label, _share, points in found if label in banded and _WORDED_AFTER_FIGURE.search(label)
              and not (points == 0 and _OR_NOTHING_DONE.search(label))]
    return ((len(banded) >= 2 and bool(worded))
            or (met and len(figured) >= 2 and not any(_OF_THE_REQUIREMENT.search(label) for label in banded)))


#: a figure of a situation and what it measures: a share (“100%如期交货”) or a count of cases (“存在1-2次…”, “3次以上”)
_MEASURED = lazy_compile(r"\d+(?:\.\d+)?(?:[-~至]\d+(?:\.\d+)?)?(?P<m>%|人次|次|个|项|起|例|处|件|批|天|日|月|年|人|家)")


def _measures_apart(found: list[tuple[str, Decimal, Decimal]]) -> str:
    """“100%如期交货得10分;存在1-2次供货不及时情况得7分;存在3次以上…得5分;多次…不得分”: situations whose figures measure
    different things (a share, a count of cases): no one value's bands, but cases to choose from. The figures' measures
    said, or "" when the figures measure one thing (bands of a value: 分档), or a situation's figure measures two."""
    kinds: list[str] = []
    for label, _share, _points in found:
        here = {m.group("m").replace("人次", "次") for m in _MEASURED.finditer(label)}  # (人次 counts times, as 次)
        if len(here) > 1 or "每" in label:
            return ""
        kinds += here
    return "、".join(dict.fromkeys(kinds)) if len(set(kinds)) > 1 else ""


def _none_unsaid(found: Proposed, doubt: str = "") -> Proposed:
    """“村民自治村计2分,合格村计1分”: situations that all score, the lowest of them still something achieved: the one
    that none of them holds scores nothing, which the text leaves unsaid (to check)."""
    item = with_none_applies(found.items[0])
    if item is None:
        return found
    return Proposed([item], found.summary, (*(found.doubts or ()), doubt or NONE_APPLIES_DOUBT))


#: “项目预定目标是否明确(明确:3分,基本明确:2分,不明确:0分)”: what is asked, then its situations in brackets, and
#: perhaps a sentence of the situation none of them holds (“配备安全员(专职2分,兼职1分);没有达到要求的此项不得分”)
_ASKED_IN_BRACKETS = lazy_compile(r"^(?P<asked>[^()]+)\((?P<body>[^()]+)\)(?:;(?P<none>(?:没有|无|未|否则|达不到|不符合)[^;()\d]*?"
                                r"(?:的)?,?(?:此项|本项|该项)?(?:不得分|不计分)))?;?$")
#: how the team checks, opening the bracketed situations: “(看材料,…)”, “(查阅台账:…)”
_CHECKED_BY = lazy_compile(r"^(?:看|查看?|查阅|核查|检查)(?:材料|资料|记录|台账|档案|现场|文件|原始凭证)[,:]")
#: “是否符合文件规定,完全相符:3分,…;不相符:0分”: a question, then its situations
_ASKED_FIRST = lazy_compile(r"^(?P<asked>[^,;:()]*是否[^,;:()]*)[,:](?P<body>.+)$")
#: “是否有内容建设队伍,有明确的责任分工:有1分,没有0分”: a question up to the colon, its clauses parted by commas
_ASKED_TO_COLON = lazy_compile(r"^(?P<asked>[^;:()]*是否[^;:()]*):(?P<body>[^:]+)$")
#: a 、 after an answer's score parts the answers (“有1分、没有0分”)
_ANSWER_LISTED = lazy_compile(r"(?<=\d分)、")
#: one situation and its score: “明确:3分”、“基本健全、完整的得1分”、“未达到0分”、“未建立的,不得分” (the 记 of 登记、
#: 标记 the situation's own, never the verb: “按月登记8分”)
_SITUATION = lazy_compile(r"^(?P<label>[^,;:=()]+?)(?:的)?(?:[,:=]|(?:得|计|(?<![登标笔日书])记|为))?(?:(?P<pts>\d+(?:\.\d+)?)分|\((?P<bracketed>\d+(?:\.\d+)?)分\)|"
                        r"(?P<full>满分)|(?P<none>不得分|不计分))$")


def _asked_situations(w: Wording) -> Proposed | None:
    """A question and the situations that answer it, each with its score, in brackets after it or after a comma:
    “…是否达到合同要求(达到:3分,未达到0分)”. Every piece of the answer must be a situation and its score."""
    found = None
    # “是否有内容建设队伍,有明确的责任分工:有1分,没有0分”: a question of two clauses, its answers after the colon
    for m in (_ASKED_IN_BRACKETS.match(w.text), _ASKED_TO_COLON.match(w.text), _ASKED_FIRST.match(w.text)):
        if m is None or found is not None:
            continue
        body, none = m.group("body"), m.groupdict().get("none")
        if found_by(m, _ASKED_IN_BRACKETS):
            # “…有检查记录(看材料,定期检查10分、…、无检查0分)”: how the team checks, before the situations, scores nothing
            body = _CHECKED_BY.sub("", body)
        if none:  # the situation none of the bracketed ones holds, said after them: one more, scoring nothing
            body += "," + re.sub(r"(?:的)?,?(?:此项|本项|该项)(?=不)", "的", none)
        # “有1分、没有0分”: answers parted by 、 after a score
        found = _answers(_ANSWER_LISTED.sub(",", body), w)
    if found is None and "否" in w.text:
        # “是否按计划完成 是=2分 否=0分”: the answers run straight after the question (a cell's spaces taken out)
        run = _ASKED_RUN.match(w.text)
        found = _answers(_NEXT_ANSWER.sub(",", run.group("body")), w) if run else None
    return found


#: a question, then its answers 是 and 否 each with a score, nothing between them
_ASKED_RUN = lazy_compile(r"^(?P<asked>[^,;:()]*是否[^,;:()]*?)(?P<body>是[=:]?(?:得|计)?\d+(?:\.\d+)?分[,;]?否[=:]?(?:得|计)?"
                        r"\d+(?:\.\d+)?分);?$")
#: where the answer 否 follows the score of 是 with no stop
_NEXT_ANSWER = lazy_compile(r"(?<=分)(?=否)")


def _plain_situations(w: Wording) -> Proposed | None:
    """“是=2分,否=0分”, “是(2分),否(0分)”, “规范2分,较规范1分,不规范0分”: situations each with its score, no question
    before them, the best on the whole 分值 (tried after the wordings of 全有或全无, which read met-or-not first)."""
    return _answers(w.text, w)


#: how many of the requirements the text names a situation meets, no count of cases: “满足时间或标准任一项”, “两项均不满足”
_HOW_MANY_NAMED = lazy_compile(r"任[1-9]项|(?<![\d.])[2-9]项(?:均|都)")


#: a cell of situations, words then its points in brackets, commas inside the words: “组织关系接转不及时,导致关系不顺(0分)”
_CELL_BRACKETED = lazy_compile(r"^(?P<label>[^;:=()]+?)\((?P<bracketed>\d+(?:\.\d+)?)分\)$")
#: how often a situation's thing is done, in a period (“0.5年至少讲授1次”, “1年讲授1次”): a figure that is no line
_COUNT_IN_CASE = lazy_compile(r"(?:\d+(?:\.\d+)?(?:个)?(?:年|月|季度|学期))?(?:至少|最少)?[\u4e00-\u9fff]{0,4}?\d+次")


def _answers(body: str, w: Wording) -> Proposed | None:
    """Every piece of ``body`` a situation and its score, the best on the 分值 and no two alike."""
    cells = body.rstrip(";").split(";")
    spelt = len(cells) > 1 and "," in body and all(_CELL_BRACKETED.match(x) for x in cells)
    if spelt:  # “党员组织关系接转及时(2分);组织关系接转不及时,导致关系不顺(0分)”: a situation in words and commas per cell
        pieces, counted = cells, [c for c in cells if _COUNT_IN_CASE.search(c)]
    else:
        pieces, counted = [x for x in re.split(r"[,;]", body.rstrip(";").replace("分)、", "分),")) if x], []
    found = []
    for piece in pieces:
        sm = _CELL_BRACKETED.match(piece) if spelt else _SITUATION.match(piece)
        label = _COUNT_IN_CASE.sub("", sm.group("label")) if spelt and sm else sm.group("label") if sm else ""
        # “组织管理3分,其中A1分,B2分”: the 分值 split among parts, not situations
        if not sm or _RANGE_WORDS.search(label) or re.search(r"\d|扣|^其中", _HOW_MANY_NAMED.sub("", label)):
            return None
        figure = sm.groupdict().get("pts") or sm.group("bracketed")
        points = d(figure) if figure else (w.weight if sm.group("full") else Decimal(0))
        found.append((sm.group("label"), points))
    if len(found) < 2 or len({p for _l, p in found}) != len(found):
        return None
    past = [(label, p) for label, p in found if p > w.weight]
    if past and all(label.endswith("加") for label, _p in found) and any(p == w.weight for _l, p in found) \
            and found[-len(past):] == past and all(a[1] < b[1] for a, b in pairwise(found)):
        # “院级奖励加1分,市级奖励加2分,省级奖励加3分” on 2: the higher awards, last, past the 分值, held to it
        held = "、".join(f"{label.removesuffix('加')}加{s(p)}分" for label, p in past)
        found = [(label, min(p, w.weight)) for label, p in found]
        return _none_unsaid(_options([(label.removesuffix("加"), p) for label, p in found], w, doubts=(
            "“加…分”：读作该情形的得分", f"“{held}”：超过本项分值，按分值 {s(w.weight)} 分计，请核对")))
    if max(p for _l, p in found) != w.weight:
        return None
    # “完成8分;基本完成5分;有3分;无0分”: the options of two things, whose scores add up
    if two_things([label for label, _p in found], [p for _l, p in found]):
        return None
    grades = [label for label, _points in found if _GRADE.match(label)]
    if any(label.endswith("加") for label, _points in found):
        # “获评省级先进加10分,获评市级先进加6分”: points added for a situation; none of them holding adds nothing
        found = [(label.removesuffix("加"), points) for label, points in found]
        return _none_unsaid(_options(found, w, doubts=("“加…分”：读作该情形的得分",)))
    # (“党课0.5年至少讲授1次(2分);1年讲授1次(1分)”: situations told by how often a thing is done, to check)
    told = (f"“{'、'.join(_COUNT_IN_CASE.findall(';'.join(counted)))}”：情形按所写的次数与期间区分，请核对",) if counted else ()
    proposed = _options(found, w, doubts=(f"“{'、'.join(grades)}”：等级由评价组判断",) if len(grades) >= 2 else told)
    # “国家级(6分),省级(4分),市级(2分)”: situations that all score, the lowest still something achieved
    lowest = min(found, key=lambda x: x[1])[0]
    return proposed if grades or NAMES_A_LACK.search(lowest) else _none_unsaid(proposed)


#: a level of a skills test said as its description, a measure in it (a time, a size), and its points: “在规定时间5分钟内,
#: 熟练完成20分”, “土豆丝粗细较均匀(0.1-0.2cm)22分” (no deduction, no rate, no step, no line of a band: 以上, 以下, ≥)
_DESCRIBED_LEVEL = lazy_compile(r"^(?P<label>[^;]*?[\u4e00-\u9fff)])(?<![扣得计记加减为])(?P<pts>\d+(?:\.\d+)?)分$")
_NO_DESCRIBED_LEVEL = lazy_compile(r"扣|每|%|≥|≤|[<>]|以上|以下|不足|低于|高于|少于|多于|满分|按比例|分值")


def _described_levels(w: Wording) -> Proposed | None:
    """“在规定时间5分钟内,熟练完成20分;超过规定1分钟,比较熟练完成18分;超出规定时间2分钟完成16分”, “长度达到(6-7cm)25分;长度
    达到(5-6cm)20分;…”: the levels of a skills test (the cells of its columns 优秀, 良好, 合格 joined), each a description
    holding a measure and its points, the points falling from the 分值: which level the work reaches is the evaluator's
    (never confidently: the measures in the descriptions are compared by the evaluator, and a level below the last is
    unsaid)."""
    pieces = [x for x in w.text.rstrip(";").split(";") if x]
    if not 2 <= len(pieces) <= 6 or met_count_ladder(w.text, w.weight) is not None:
        return None  # (“A、B、C,给10分;达2项的给9分;…”: a count of requirements met, ``wording.met_count_ladder``)
    found = []
    for piece in pieces:
        m = _DESCRIBED_LEVEL.match(piece)
        if m is None or _NO_DESCRIBED_LEVEL.search(m.group("label")) or len(m.group("label")) < 4:
            return None
        found.append((m.group("label"), d(m.group("pts"))))
    points = [p for _l, p in found]
    if points[0] != w.weight or strictly_monotone(points) != -1 or points[-1] <= 0:
        return None
    measured = [label for label, _p in found if re.search(r"\d", label)]
    if not measured:
        return None  # (descriptions alone are the plain situations')
    doubt = f"“{'、'.join(measured)}”：情形中的数值（时间、尺寸等）由评价组对照判断"
    return _none_unsaid(_options(found, w, doubts=(doubt,)))


#: grades of quality: which one applies is the evaluator's judgement
_GRADE = lazy_compile(r"^(?:优|良|中|差|好|较好|一般|较差|优秀|良好|合格|不合格|及格|不及格)$")


#: “按统一规范编制公开目录…;(未按规范编制的扣2分;未及时公开的扣2分;)”: what is required, no points of its own,
#: then in brackets the faults against it and what each costs
REQUIRED_THEN_FAULTS = lazy_compile(r"^(?P<required>[^()扣]+?);?\((?P<faults>[^()]+?扣[^()]+?);?\);?$")
_FAULT_SCORE = lazy_compile(r"^(?P<label>[^,;]+?(?:,但[^,;]+?)?)(?:的)?,?(?:(?P<none>不得分|不计分|得0分)|扣(?P<less>\d+(?:\.\d+)?)分)$")


#: a situation that is a numbered part of its own, its words ending in the item its zero is for (“二、…的,此项”): a
#: condition of the whole item (one in the same sentence, “…计6分;未按规定…的,本项计0分”, is the otherwise)
_ZEROES_THE_ITEM = lazy_compile(r"^" + PART_MARK + r"[^;]*[,的](?:此项|本项|该项)$")
#: a thing done poorly: “登记不及时”, “记录不完整”, “落实不到位”: the manners (MANNER) and the words that only follow
#: what is done (不全, 不到位; not 按时 or 认真, which come before a verb: formula._MANNER)
_DONE_POORLY = lazy_compile(r"(?:不|未)(?:" + "|".join((*MANNER, "全", "齐全", "具体", "到位")) + r")$")


#: the words two faults open with alike, before one says the thing is there and the other that it is not (“作业现场无…” /
#: “作业现场有…”)
_SHARED_PLACE = lazy_compile(r"^([\u4e00-\u9fff]{2,8}?)(?=(?:无|未|没有|有|已有|配备了?)[^|]*\|\1(?:无|未|没有|有|已有|配备了?))")


def one_holds(a: str, score_a: Decimal, b: str, score_b: Decimal) -> bool:
    """Whether faults ``a`` and ``b`` (each with the score it leaves) are situations of which one holds: one presupposes
    the other did not happen or is a lesser degree of it (``formula.one_of``); or one takes the whole 分值 and the
    other is a thing done poorly (“未建立台账的不得分,登记不及时的扣1分”: found together, the row scores 0 anyway)."""
    if formula_rule.one_of(a, b):
        return True
    # “作业现场无安全员” / “作业现场有安全员,但缺少任命文件”: where the thing is looked for, said before both
    shared = _SHARED_PLACE.match(a + "|" + b)
    if shared and formula_rule.one_of(a[len(shared.group(1)):], b[len(shared.group(1)):]):
        return True
    poorly = b if score_a == 0 else a if score_b == 0 else ""
    return (bool(poorly) and _DONE_POORLY.search(poorly) is not None) or _degrees_of_one_fault(a, score_a, b, score_b)


#: how grave a fault is said to be: the graver (“严重”), the milder (“明显”, “轻微”, “一般”, “较”)
_GRAVE = lazy_compile(r"特别严重|非常严重|严重")
_MILDER = lazy_compile(r"较为|较|明显|轻微|一般|稍有|略有|个别")


def _degrees_of_one_fault(a: str, score_a: Decimal, b: str, score_b: Decimal) -> bool:
    """“整体布局明显不合理扣1分,严重不合理扣完2分”: one fault said at two degrees, the graver (严重) leaving less than the
    milder; the words of the graver, its degree taken out, close the milder's (“不合理”): one degree of it holds."""
    (grave, g_score), (mild, m_score) = ((a, score_a), (b, score_b)) if _GRAVE.search(a) else ((b, score_b), (a, score_a))
    if not _GRAVE.search(grave) or _GRAVE.search(mild) or g_score >= m_score:
        return False
    fault = _GRAVE.sub("", grave, count=1)
    rest = _MILDER.sub("", mild, count=1)
    return len(fault) >= 2 and rest != mild and rest.endswith(fault)


def _faults_as_situations(w: Wording) -> Proposed | None:
    """“查…情况,未进行清理的不得分,清理不及时的扣1分”: faults that each leave a different score, one of them found
    or none; none found is the full-marks situation the text leaves unsaid (to check)."""
    if faults_adding_up(w.text, w.weight):
        return None
    lead = checked_lead(w.text)
    required = None if lead else REQUIRED_THEN_FAULTS.match(w.text)
    body = w.text[lead.end():] if lead else required.group("faults") if required else w.text
    # “…教育学习,并备有完整的学习记录;少于平均每月1次的扣1.5分,未组织培训…的不得分”: the requirement, a sentence of
    # its own scoring nothing, then the faults of it (read so only where a fault is a line it falls short of, below)
    stated = _STATED_FIRST.match(body) if not lead and not required else None
    if stated:
        body = body[stated.end():]
    found = []
    # (“有安全员,但缺少任命文件,扣3分”: a thing there but lacking, one situation over its comma)
    for piece in (x for x in re.split(r"[;,](?!扣|不得分|不计分|得0分|但)", body.rstrip(";")) if x):
        m = _FAULT_SCORE.match(piece)
        short = m is not None and m.group("less") is not None and _SHORT_OF_A_LINE.match(m.group("label")) is not None
        if not m or (re.search(r"\d|每|为止", m.group("label")) and not short) or _EACH_FAULT.search(m.group("label")):
            return None
        points = Decimal(0) if m.group("none") else w.weight - d(m.group("less"))
        if points < 0:
            return None
        found.append((m.group("label"), points))
    if len(found) < 2 or len({p for _l, p in found} | {w.weight}) != len(found) + 1:
        return None
    lines = [label for label, _p in found if _SHORT_OF_A_LINE.match(label)]
    if lines:
        # “参与者人数不足10%扣5分” beside “未听取…评价不得分”: a line fallen short of, once, beside nothing done at all
        # (which zeroes the row whatever else is found): the two only, one of them or neither
        if len(found) != 2 or len(lines) != 1 or not any(p == 0 and _NOTHING_DONE.match(label) for label, p in found):
            return None
        full = stated.group("required") if stated else FAULTLESS
        return _options([(full, w.weight)] + found, w, FAULTLESS_MORE,
                        (f"“{lines[0]}”：未达到该线扣一次读入（不逐次扣分），与整项不得分的情形读作择一；“{full}”：满分情形"
                         "评分标准未明说",))
    if stated:
        return None
    if not all(one_holds(a, p, b, q) for (a, p), (b, q) in combinations(found, 2)):
        return None  # “未开展演练扣3分,演练无总结扣1分,未开展培训扣2分”: faults of other things may be found together
    return _options([(FAULTLESS, w.weight)] + found, w, FAULTLESS_MORE, (FAULTLESS_DOUBT,))


#: a requirement said first, a sentence of its own with no figure nor score: “对员工进行教育学习,并备有完整的学习记录;”
_STATED_FIRST = lazy_compile(r"^(?P<required>[^;\d分扣]{4,60});(?=.*扣)")
#: a fault that is a line fallen short of, once: “参与者人数不足10%”, “少于平均每月1次”, “覆盖率低于80%”
_SHORT_OF_A_LINE = lazy_compile(r"^[^\d;,每]{0,16}(?:不足|少于|低于|未达到|达不到)(?:平均)?(?:每(?:月|年|季度?|周|学期))?"
                              r"\d+(?:\.\d+)?(?:%|次|人|个|项|家)$")
#: nothing done at all: “未听取服务对象及家属对服务质量的评价”, “未组织培训或无培训记录”
_NOTHING_DONE = lazy_compile(r"^(?:未|无|没有)[^\d,;]{2,40}$")


#: one fault and what it costs: everything, said as such (“扣全分”, “扣除全部分值”, the 分值 “扣完”: “扣完2分” of 2), or a
#: part (“扣1分”)
_FAULT_COST = lazy_compile(r"^(?:(?P<label>[^;]+?)(?<![\d.分])(?:的)?,?)?(?:扣(?P<less>\d+(?:\.\d+)?)分|(?P<all>扣(?:除)?(?:全部|全|满)(?:分|分值)|"
                         r"(?:(?P<all_of>\d+(?:\.\d+)?)分|(?:本项|该项|此项)分值?)?全(?:部)?扣(?:除)?|扣完(?P<all_done>\d+(?:\.\d+)?)分))$")
#: what makes a fault countable or its deduction run on: never one of two situations
_RUNS_ON = lazy_compile(r"每|为止|累计|各$|\d")
#: a share in a fault's words (“人数不足10%”) says what the fault is, not how often it is counted
_SHARE = lazy_compile(r"\d+(?:\.\d+)?%")


def _whole_and_lesser_fault(w: Wording) -> Proposed | None:
    """“无记录扣全分,记录不完整扣1分”: the text is two faults and nothing else, one costing the whole 分值 in those
    words and the other a part of it. Once the whole 分值 is gone the lesser fault changes nothing, so the two are
    situations, one of them found or neither: neither found (the 分值, which the text leaves unsaid), the lesser
    fault (the 分值 less its deduction), the whole fault (0). To check. (A whole fault said as a figure or as 不得分 is
    also read as a formula that stops at 0: those are left to the readings of deductions.)"""
    clauses = [x for x in re.split(r"[;,]", ORDINAL_AT.sub("", w.text).rstrip(";.")) if x]
    faults: list[tuple[str, Decimal | None]] = []
    pending: list[str] = []
    for clause in clauses:
        m = _FAULT_COST.match(clause)
        if m is None:
            pending.append(clause)  # “记录不完整,不齐全扣1分”: a fault said in more than one clause
            continue
        label = ",".join([*pending, m.group("label")] if m.group("label") else pending)  # “无领导小组,5分全扣”
        pending = []
        if not label:
            return None
        if _RUNS_ON.search(_SHARE.sub("", label)) or _ONE_CASE.match(label) or re.search(r"扣|分", label):
            return None
        if any(m.group(g) and d(m.group(g)) != w.weight for g in ("all_of", "all_done")):
            return None  # “3分全扣”, “扣完3分” on 5 points: not the whole
        faults.append((label, d(m.group("less")) if m.group("less") else None))
    if pending or len(faults) != 2:
        return None
    whole = [label for label, less in faults if less is None]
    lesser = [(label, less) for label, less in faults if less is not None]
    if len(whole) != 1 or len(lesser) != 1 or not 0 < lesser[0][1] < w.weight:
        return None
    (taken_all,), ((part, less),) = whole, lesser
    if not one_holds(taken_all, Decimal(0), part, w.weight - less):
        return None  # “无台账扣全分,制度不健全扣1分”: a fault of another thing may be found beside the whole one
    return _options([(FAULTLESS, w.weight), (part, w.weight - less), (taken_all, Decimal(0))], w, FAULTLESS_MORE,
                    (f"“{FAULTLESS}”：满分情形评分标准未明说；“{taken_all}”扣去全部分值，与“{part}”读作择一的情形",))


#: “…申报取得认证 2;…没有取得认证 1.5;…0”: situations and their scores in two columns, the 分 left out
_BARE_SCORE = lazy_compile(r"^(?P<label>.*[\u4e00-\u9fff])(?P<pts>\d+(?:\.\d+)?)$")


def _bare_scores(w: Wording) -> Proposed | None:
    """Situations each ending with its score, no “分” written (a 情形|得分 table joined into one cell): to check."""
    segs = [x for x in w.text.rstrip(";").split(";") if x]
    if len(segs) < 3:
        return None
    found = []
    for seg in segs:
        m = _BARE_SCORE.match(seg)
        if not m or re.search(r"\d|分|扣|每|%|≥|≤|[<>]", m.group("label")):
            return None
        found.append((m.group("label"), d(m.group("pts"))))
    scores = [p for _l, p in found]
    if max(scores) != w.weight or len(set(scores)) != len(scores):
        return None
    return _options(found, w, doubts=("各情形后的数字读作得分（未写“分”）",))


#: a grade's score in brackets, the 分 left out: “有科研计划(6)”
_BRACKETED_SCORE = lazy_compile(r"\((\d+(?:\.\d+)?)\)")


def _bracketed_grades(w: Wording) -> Proposed | None:
    """“能申报课题,有科研计划(6) 有实施方案,并按计划实施(8) 取得阶段性成果(10)”: the grades of a row (达标, 良好, 优秀, its
    cells joined) each closed by its score in brackets, no “分” written, in order of score: one grade is picked. The
    numbers read as scores, and nothing said below the lowest grade: to check."""
    parts = _BRACKETED_SCORE.split(w.text.rstrip(";"))
    if len(parts) < 5 or parts[-1].strip(";,"):
        return None
    found = [(label.strip(";, "), d(pts)) for label, pts in zip(parts[0::2], parts[1::2])]
    scores = [p for _l, p in found]
    # “每学年度开展至少1次(3)”: a count the grade asks for is no score; “一档(10) 二档(5)”, read “1档”, a grade of a scale
    if any(not label or re.search(r"\d|分|扣|%|≥|≤|[<>]", re.sub(r"\d+(?:次|个|项|篇|件|节|场|期)|^[1-6](?=[档级等类]$)", "", label))
           for label, _p in found) or max(scores) != w.weight \
            or scores not in (sorted(scores), sorted(scores, reverse=True)) or len(set(scores)) != len(scores):
        return None
    return _options(found, w, doubts=("各档括号中的数字读作得分（未写“分”），择一计分", "最低一档以下的得分未说明"))


#: “每小点5分;…”: the row's points parted equally among its sub-points (named in the 评选要求, not here)
_EACH_POINT = lazy_compile(r"^每(?:小点|小项|点|小条)(?P<per>\d+(?:\.\d+)?)分;(?P<rest>.+)$")
#: the grades of a sub-point and their scores: “按优、良、一般、差分别得5、3、2、1分”, “传、帮、带工作优、良、中差分别得…”
_POINT_GRADES = lazy_compile(r"(?P<head>[^;]*?)(?P<grades>(?:(?:优秀|优|良好|良|中等|中|一般|不合格|合格|较差|差)[、;]{0,2}){2,})"
                           r"分别得(?P<scores>\d+(?:\.\d+)?(?:、\d+(?:\.\d+)?)+)分$")
_POINT_GRADE_WORD = lazy_compile(r"优秀|优|良好|良|中等|中|一般|不合格|合格|较差|差")
#: a first sub-point's cost per case: “每发生1次冲突事件扣1分”, “1次不正常备课扣0.5分”
_POINT_FAULT = lazy_compile(r"^(?:每(?:发生|出现|有)?|(?:发生|出现|有)?)1?(?P<unit>次|例|起|处)(?P<fault>[^;,\d]{2,20}?)扣(?P<per>\d+(?:\.\d+)?)分$")


def _graded_points(w: Wording) -> Proposed | None:
    """“每小点5分。按优、良、一般、差分别得5、3、2、1分。”: the 分值 parted equally among sub-points the text does not name
    (the row's 评选要求 does), each graded, its score the grade's; or, with two sub-points, the first costing so much per
    case (“每发生一次冲突事件扣1分;传、帮、带工作优、良…分别得…”) from its share. The sub-points are the row's: to check."""
    m = _EACH_POINT.match(w.text.rstrip(";"))
    if m is None:
        return None
    per = d(m.group("per"))
    n = w.weight / per
    if per <= 0 or n != int(n) or not 2 <= n <= 6:
        return None
    rest = m.group("rest")
    g = _POINT_GRADES.search(rest)
    if g is None:
        return None
    grades = _POINT_GRADE_WORD.findall(g.group("grades"))
    scores = [d(x) for x in g.group("scores").split("、")]
    if len(grades) != len(scores) or max(scores) != per or scores != sorted(scores, reverse=True) \
            or len(set(scores)) != len(scores):
        return None
    head = re.sub(r"^(?:第[一二三四五六1-6]小点)?按?", "", g.group("head")).strip(",;:")
    before = rest[:g.start()].strip(";")
    opts = [{"key": f"o{i}", "label": grade, "score": s(score)} for i, (grade, score) in enumerate(zip(grades, scores), 1)]
    doubts = [f"“每小点{m.group('per')}分”：读作 {int(n)} 个小点各 {fmt(per)} 分，小点以指标的评选要求为准",
              "各档读作择一计分"]
    if not before:  # every sub-point graded alike
        if head and head not in ("按",):
            return None
        items = [RULE.item(f"第{k}小点", per, {"options": [dict(o) for o in opts]}, key=chr(ord("a") + k - 1))
                 for k in range(1, int(n) + 1)]
        return Proposed(items, f"情形选择：{int(n)} 个小点，各按等级计分", tuple(doubts))
    f = _POINT_FAULT.match(before)
    if f is None or n != 2:
        return None
    from services.scoring.rules import deduction as deduction_rule
    items = [deduction_rule.RULE.item(f["fault"], per, {"per": s(d(f["per"])), "unit": f["unit"]}, key="a"),
             RULE.item(head or "第2小点", per, {"options": opts}, key="b")]
    doubts.append(f"“{before}”：读作第1小点的逐次扣分，扣完该小点为止")
    return Proposed(items, f"第1小点逐次扣分，第2小点按等级计分（各 {fmt(per)} 分）", tuple(doubts))


#: “绩效目标规范1分,不规范扣0.5分”, “按时申报计2分,逾期扣1分”: the full-marks situation, then faults and what they cost
_FULL_SITUATION = lazy_compile(r"^(?P<label>[^,;:]+?)(?:的)?:?(?:(?:得|计|记)?(?P<pts>\d+(?:\.\d+)?)分|\((?P<bracketed>\d+(?:\.\d+)?)分\))$")
_LESS_SITUATION = lazy_compile(r"^(?P<label>[^,;:]+?)(?:的)?,?(?:扣(?P<less>\d+(?:\.\d+)?)分|(?P<none>不得分|不计分|得0分))$")
#: a cost standing in a clause of its own, after the fault's words (“…的,扣3分”)
_COST_ALONE = lazy_compile(r"^(?:扣\d+(?:\.\d+)?分|不得分|不计分|得0分)$")


def _full_then_faults(w: Wording) -> Proposed | None:
    """“按时申报计2分,逾期扣1分”: one situation on the whole 分值 and the others each the 分值 less its deduction.
    Two faults that both cost less than the 分值 may both be found, so such a text is to check."""
    if "扣" not in w.text and "不得分" not in w.text and "不计分" not in w.text and "得0分" not in w.text:
        return None  # no fault to set beside the full situation
    if faults_adding_up(w.text, w.weight):
        return None
    pieces = [x for x in re.split(r"[,;]", ORDINAL_AT.sub("", w.text.rstrip(";"))) if x]
    for i in range(len(pieces) - 1, 0, -1):  # “…未经同意的,扣3分”: a cost in a clause of its own is its fault's
        if _COST_ALONE.match(pieces[i]) and pieces[i - 1].endswith("的"):
            pieces[i - 1:i + 1] = [pieces[i - 1] + "," + pieces[i]]
    # “实现集中供暖或有固定取暖设施,利用效果好(3分);未实现集中供暖扣2分”: the full situation may take several
    # clauses, up to the one that states its points
    at = next((i for i, piece in enumerate(pieces) if _FULL_SITUATION.match(piece)), None)
    if at is None:
        return None
    first = _FULL_SITUATION.match(pieces[at])
    if not first or d(first.group("pts") or first.group("bracketed")) != w.weight or len(pieces) < at + 2:
        return None
    found = [(",".join(pieces[:at] + [first.group("label")]), w.weight)]
    pieces = pieces[at:]
    for piece in pieces[1:]:
        m = _LESS_SITUATION.match(piece)
        if not m or re.search(r"\d|每|为止", m.group("label")) or _ONE_CASE.match(m.group("label")) or \
                _EACH_FAULT.search(m.group("label")):
            return None
        less = Decimal(0) if m.group("none") else d(m.group("less"))
        if m.group("less") and not 0 < less <= w.weight:
            return None
        found.append((m.group("label"), w.weight - less if m.group("less") else Decimal(0)))
    if re.search(r"\d|每|扣", found[0][0]) or len({p for _l, p in found}) != len(found):
        return None
    if len(found) == 2 and found[1][1] == 0:  # met or not: a 全有或全无 (all_or_nothing reads it)
        return None
    partial = [label for label, points in found[1:] if points > 0]
    if at and len(partial) >= 2:  # faults that may both be found against a full situation of several conditions
        return None
    doubts = [f"“{'、'.join(partial)}”：可能同时出现，情形之间如何取舍评分标准未说明"] if len(partial) >= 2 else []
    # “缺少资料扣1分”: something missing may be counted per item missing
    doubts += [_per_missing(label) for label, points in found[1:] if points > 0 and _COUNTED.match(label)]
    if at:  # conditions of the full situation that the faults do not name: meeting only some of them is not scored
        doubts.append(f"“{found[0][0]}”：满分情形含多个条件，只满足其中一部分时的得分未说明")
    return _options(found, w, doubts=tuple(doubts))


#: “1、落实…的项目超过80%、70%和60%,且运行效果良好,分别得6分、4分和2分;2、…不足60%,或运行效果较差,不得分”: shares
#: listed with a condition they all need, their scores respectively, then the share short of the last or the
#: condition failed, scoring nothing
_RESPECTIVELY_IF = lazy_compile(
    r"^(?:\d{1,2}[.、])?(?P<subject>[^,;]*?)(?P<op>超过|高于|达到|不低于|大于)(?P<shares>\d+(?:\.\d+)?%(?:[、和及]\d+(?:\.\d+)?%)+)"
    r"(?:以上)?,且(?P<cond>[^,;]+),分别(?:得|计|记)(?P<scores>\d+(?:\.\d+)?分?(?:[、和及]\d+(?:\.\d+)?分?)+)分?;"
    r"(?:\d{1,2}[.、])?[^,;]*?(?:不足|低于|未达到)(?P<short>\d+(?:\.\d+)?)%(?:的)?,或(?P<failed>[^,;]+?)(?:的)?,?"
    + ZEROED + r";?$")
_LIST_SEPARATOR = lazy_compile(r"[、和及]")


def _respectively_if(w: Wording) -> Proposed | None:
    """Shares listed with a condition they all need (“超过80%、70%和60%,且运行管护效果良好,分别得6分、4分和2分”), then
    the share short of the last, or the condition failed, scoring nothing: a 情形选择 of each share with the
    condition, and the failing one. Which situation holds is the team's to judge, so the proposal is to check."""
    if "分别" not in w.text or ",且" not in w.text:
        return None
    m = _RESPECTIVELY_IF.match(w.text)
    if not m:
        return None
    shares = [x.rstrip("%") for x in _LIST_SEPARATOR.split(m.group("shares"))]
    scores = [d(x.rstrip("分")) for x in _LIST_SEPARATOR.split(m.group("scores"))]
    if len(shares) != len(scores) or scores[0] != w.weight or any(a <= b for a, b in pairwise(scores)):
        return None
    if any(d(a) <= d(b) for a, b in pairwise(shares)) or d(m.group("short")) != d(shares[-1]):
        return None
    found = [(f"{m.group('subject')}{m.group('op')}{x}%,且{m.group('cond')}", pts) for x, pts in zip(shares, scores)]
    found.append((f"{m.group('subject')}不足{shares[-1]}%,或{m.group('failed')}", Decimal(0)))
    return _options(found, w, doubts=(f"“{m.group('cond')}”“{m.group('failed')}”：由评价组判断",))


_COUNTED = lazy_compile(r"^(?:缺|少|漏|遗漏|短缺)")


def _per_missing(label: str) -> str:
    """“缺少资料扣1分”: something missing may be counted per item missing."""
    return f"“{label}”：扣一次还是每缺一项扣一次，评分标准未说明"


#: the situation a 情形选择 whose every situation scores adds, when the text does not say what happens otherwise
NONE_APPLIES = "以上情形均不符合"
NONE_APPLIES_DOUBT = f"“{NONE_APPLIES}”：按0分计，评分标准未明说"


def with_none_applies(item: dict[str, Any]) -> dict[str, Any] | None:
    """“村民自治村计2分,合格村计1分”: situations that all score need not hold at all; ``item`` with one more situation,
    “以上情形均不符合”, scoring nothing (which the text leaves unsaid), or None when one of them already scores 0 or
    the lowest takes in every case below the others (“其他情况得1分”)."""
    options_ = item["params"]["options"]
    lowest = min(options_, key=lambda o: d(o["score"]))
    if d(lowest["score"]) <= 0 or ALL_BELOW.search(lowest["label"]):
        return None
    more = {"key": f"o{len(options_) + 1}", "label": NONE_APPLIES, "score": "0"}
    return {**item, "params": {**item["params"], "options": [*options_, more]}}


#: a situation denying another (“未完成” of “全部完成”, “未按时完成” of “按时完成”, “不达标” of “达标”): what it denies
_DENYING = lazy_compile(r"^(?:未能|未|没有|不)(?P<core>[\u4e00-\u9fff]{2,12}?)的?$")
#: what a table scores as done well, opening the denied words (never what it counts against: “发生事故”, “超过预算”,
#: “被列入失信被执行人名单”)
_DONE_WELL = lazy_compile(r"^(?:按时|按期|如期|及时|全部|全面|已)?(?:完成|建立|达标|达到|满意|落实|符合|合格|到位|执行|开展|报送|提交|通过|"
                        r"健全|齐全|规范|按时|按期|及时)")


def _against_their_situations(found: list[tuple[str, Decimal]]) -> list[str]:
    """“全部完成/部分完成/未完成 0/5/10”, “达标得0分,不达标得5分”: a situation denying a thing done well scoring more than
    the situation doing it — the scores said the wrong way round (or the lists misaligned)."""
    for label, pts in found:
        m = _DENYING.match(label.strip(",:"))
        if not m or not _DONE_WELL.search(m.group("core")):
            continue
        for other, theirs in found:
            other = other.strip(",:").removesuffix("的")
            if other != label and not _DENYING.match(other) and m.group("core") in other and theirs < pts:
                return [f"“{label}”得{fmt(pts)}分，多于“{other}”的{fmt(theirs)}分：得分与情形的好坏相反，请核对"]
    return []


def _options(found: list[tuple[str, Decimal]], w: Wording, more: str = "", doubts: tuple[str, ...] = ()) -> Proposed:
    """A 情形选择 of the situations ``found`` (label, points), in order (scores rising against their situations, to
    check: ``_against_their_situations``)."""
    opts = [{"key": f"o{i}", "label": without_the_item(label), "score": s(points)}
            for i, (label, points) in enumerate(found, 1)]
    doubts = (*doubts, *_against_their_situations(found), *_compared_in_words(found), *_each_period(found),
              *_amounts_in_words(found))
    return Proposed([RULE.item("情形", w.weight, {"options": opts})], f"情形选择：{len(opts)} 种情形{more}", doubts or None)


#: an amount in Chinese numerals past a line (“五百万元以上未满一千万元”, “不足五百万元”): left unread as a figure, so bands of it
#: are read as situations, their lines unchecked for one said twice or a range unsaid
_AMOUNT_IN_WORDS = lazy_compile(r"[一二两三四五六七八九十][百千万亿][零一二两三四五六七八九十百千万亿]*元?(?:以上|以下|及以上|及以下)|"
                              r"(?:未满|不满|不足|超过|低于|少于|多于|高于)[一二两三四五六七八九十][百千万亿]")


def _amounts_in_words(found: list[tuple[str, Decimal]]) -> tuple[str, ...]:
    """Situations told apart by an amount in Chinese numerals past a line: bands of a value not read as figures (to
    check)."""
    said = [label for label, _points in found if _AMOUNT_IN_WORDS.search(label)]
    return (f"“{'、'.join(said)}”：以中文数字写的数额分档，按情形读，各档界线由评价组核对",) if said else ()


#: a situation said of each period (“每月5号前报帐”, “每学期完成40学时”): a 每 of when, not of a step or a case
_EACH_PERIOD = lazy_compile(r"每(?=" + _PERIOD_SAID + ")")
#: points taken off for each period a thing is missed in (“每月迟报的扣1分”, “每季度未开展,扣2分”): a step per period
_EACH_PERIOD_OFF = lazy_compile(r"每(?:" + _PERIOD_SAID + r")[^;,得计记]*?,?扣\d")


def _each_period(found: list[tuple[str, Decimal]]) -> tuple[str, ...]:
    """Situations said of each period: one period missed is no situation named (to check)."""
    said = [label for label, _points in found if _EACH_PERIOD.search(label)]
    return (f"“{'、'.join(said)}”：按每期的情形读，某一期未做到时属哪种情形由评价组判断",) if said else ()


def _compared_in_words(found: list[tuple[str, Decimal]]) -> tuple[str, ...]:
    """Situations told apart by comparing a quantity with another named in words (no figure): no band of a value, but
    which holds is the evaluator's to find by setting the two side by side (to check)."""
    compared = [label for label, _points in found if _COMPARED_IN_WORDS.search(label)]
    return (f"“{'、'.join(compared)}”：与文字所指的数量比较，由评价组对照判断",) if compared else ()


#: the grades of a 技能大赛 scale of ratios (“A 1.0 B 0.8 C 0.6 D 0.2 E 0”, “等级比值:好=1.0,较好=0.8,…”): a letter (级, 等, 档
#: after it) or a grade in words, the longest first
_RATIO_GRADE = "|".join(["[A-E](?:级|等|档)?", *sorted(("优秀", "优", "良好", "良", "中等", "中", "合格", "及格", "一般", "较好", "好",
                                                     "较差", "差", "不合格", "不及格"), key=len, reverse=True)])
#: a ratio of the 配分: 1 (1.0) at most
_RATIO = r"(?:1(?:\.0+)?|0(?:\.\d+)?)(?!\d)"
#: one grade and its ratio, as a cell or a list writes it (“A=1.0,”, “A:1.0;”, “A(1.0)”, “A1.0”, and “A,1.0分;” as a row of
#: bare cells reads it)
_RATIO_PAIR = lazy_compile(rf"(?P<g>{_RATIO_GRADE})(?:=|:|,|\()?(?P<r>{_RATIO})(?:\)|分)?[,;、]?")
#: the heading of the scale (“等级比值:”, “比值:”, “评分等级系数”) and the words closing it (“得分=配分×比值”, “(按配分乘以比值计分)”)
_RATIO_HEAD = lazy_compile(r"^(?:评分)?(?:等级)?(?P<word>比值|系数)?:?")
_RATIO_TAIL = lazy_compile(r"^[,;(]?(?:得分=|按)?(?:配分|分值)\*(?:比值|系数)(?:计分|计算)?\)?[;。]?$")
#: the grades listed, then their ratios (“评分等级A、B、C、D、E,比值分别为1.0、0.8、0.6、0.2、0”)
_RATIOS_RESPECTIVELY = lazy_compile(rf"^(?:评分)?等级(?:为|分为)?(?P<gs>(?:{_RATIO_GRADE})(?:、(?:{_RATIO_GRADE})){{2,}}),?(?:对应的?)?"
                                  rf"(?:比值|系数)(?:分别)?为(?P<rs>{_RATIO}(?:、{_RATIO}){{2,}})[;。]?$")


def _ratio_grades(w: Wording) -> Proposed | None:
    """“A 1.0 B 0.8 C 0.6 D 0.2 E 0”, “等级比值:A=1.0,B=0.8,…”, “评分等级A、B、C、D、E,比值分别为1.0、0.8、…”: the grades of a
    技能大赛 or 操作考核 scale, each scoring the row's 配分 times its ratio, the best at 1, falling: one grade is picked.
    The figures read as ratios of the 分值, not as points: to check."""
    t = w.text.rstrip(";。")
    r = _RATIOS_RESPECTIVELY.match(t)
    if r is not None:
        grades, ratios = r.group("gs").split("、"), r.group("rs").split("、")
        if len(grades) != len(ratios):
            return None
        word = "比值" if "比值" in t else "系数"
    else:
        head = _RATIO_HEAD.match(t)
        pos = head.end() if head else 0
        word = head.group("word") if head and head.group("word") else ""
        grades, ratios = [], []
        while (m := _RATIO_PAIR.match(t, pos)) is not None and m.end() > pos:
            grades.append(m.group("g"))
            ratios.append(m.group("r"))
            pos = m.end()
        rest = t[pos:]
        if len(grades) < 3 or (rest and not _RATIO_TAIL.match(rest)):
            return None
        word = word or ("比值" if "比值" in rest else "系数" if "系数" in rest else "")
    values = [d(x) for x in ratios]
    letters = [g[0] for g in grades]
    if values[0] != 1 or any(a <= b for a, b in pairwise(values)) or len(set(grades)) != len(grades) \
            or (all("A" <= g <= "E" for g in letters) and letters != [chr(ord("A") + i) for i in range(len(letters))]) \
            or (not word and not any("." in x for x in ratios)):
        return None
    found = [(f"{g}（比值 {fmt(x)}）", w.weight * x) for g, x in zip(grades, values)]
    said = f"“{'、'.join(f'{g} {x}' for g, x in zip(grades, ratios))}”"
    doubt = f"{said}：按{word or '比值'}读，各等级得分 = 配分 × {word or '比值'}" + ("" if word else "（原文未写“比值”）")
    proposed = _options(found, w, doubts=(doubt,))
    return proposed if values[-1] == 0 else _none_unsaid(proposed)


#: the closing row of a 职业技能鉴定 sheet after a row's graded descriptions: “等级 A(优) B(良) C(及格) D(较差) E(差或放弃操作)
#: 比值 1.0 0.8 0.6 0.2 0” (its ratios run together once the spaces between its cells are gone: “1.00.80.60.20”)
_RATIO_ROW = lazy_compile(r"[;,]?等级[;,:]?(?P<grades>(?:[A-E]\([^()]{1,8}\)[;,、]?){3,5})(?:比值|系数)[;,:]?(?P<ratios>[\d.;,、]+?)[;。]?$")
#: a ratio of such a row, one place after the point (1.0, 0.8) or a bare 0
_ROW_RATIO = lazy_compile(r"1\.0|0\.\d|0")


def _graded_then_ratio_row(w: Wording) -> Proposed | None:
    """“A 构件名称表述完整、正确 B 构件名称表述1处不正确 … E 不能识别构件或放弃识别 等级 A(优) B(良) C(及格) D(较差)
    E(差或放弃操作) 比值 1.0 0.8 0.6 0.2 0”: a row's grades each described, then the sheet's row of the grades' ratios:
    one grade is picked, scoring the 配分 times its ratio (as ``_ratio_grades``: to check)."""
    row = _RATIO_ROW.search(w.text) if "等级" in w.text else None
    if row is None or not w.text.startswith("A"):
        return None
    head = w.text[:row.start()]
    letters = [g[0] for g in re.findall(r"[A-E]\(", row.group("grades"))]
    if letters != [chr(ord("A") + i) for i in range(len(letters))]:
        return None
    cuts, at = [], 0
    for letter in letters:  # each grade's description opens with its letter, in turn
        at = head.find(letter, at)
        if at < 0:
            return None
        cuts.append(at)
        at += 1
    labels = [head[a + 1:b].strip(";,: ") for a, b in zip(cuts, [*cuts[1:], len(head)])]
    if any(not x or re.search(r"[A-Za-z]", x) for x in labels):
        return None
    bare = re.sub(r"[;,、]", "", row.group("ratios"))
    ratios = _ROW_RATIO.findall(bare)
    if "".join(ratios) != bare or len(ratios) != len(letters):
        return None
    values = [d(x) for x in ratios]
    if values[0] != 1 or strictly_monotone(values) != -1:
        return None
    found = [(f"{g} {label}", w.weight * x) for g, label, x in zip(letters, labels, values)]
    doubt = (f"“{'、'.join(f'{g} {x}' for g, x in zip(letters, ratios))}”：按比值读，各等级得分 = 配分 × 比值")
    proposed = _options(found, w, doubts=(doubt,))
    return proposed if values[-1] == 0 else _none_unsaid(proposed)


#: “已指定,并以正式文件明确其职责,P=1”: a situation and the factor of the 分值 it earns, closing its segment
_FACTOR_SITUATION = lazy_compile(r"^(?P<label>[^;]+?)(?:的)?,?" + FACTOR + r"(?P<x>\d+(?:\.\d+)?)$")


def _factor_situations(w: Wording) -> Proposed | None:
    """“制度完整,P=1;制度不完整,P=0.5;无制度,P=0”: situations each with the factor of the 分值 it earns, named alike,
    the best at 1: each scores the 分值 times its factor (to check: ``factor_doubt``); none of them holding scores
    nothing, unsaid unless a factor is 0."""
    found = [_FACTOR_SITUATION.match(x) for x in w.text.split(";") if x]
    if len(found) < 2 or not all(found):
        return None
    factors = [d(m.group("x")) for m in found if m]
    names = {m.group("factor") for m in found if m}
    if len(names) > 1 or max(factors) != 1:
        return None
    proposed = _options([(m.group("label"), w.weight * x) for m, x in zip(found, factors) if m], w,
                        doubts=(factor_doubt(names.pop()),))
    return proposed if 0 in factors else _none_unsaid(proposed)


def _slash_situations(w: Wording) -> Proposed | None:
    """“县级/市级/省级/国家级 1分/2分/3分/5分”, “按执行情况:一般/较好/好 1/2/3”: situations split by “/”, then their
    scores in the same order, the best on the 分值; none of them holding scores nothing, which the text leaves
    unsaid (to check). Lines on a count (“2年/4年/6年以上”) are bands, not situations."""
    listed = slash_lists(w.text)
    if listed is None:
        return None
    _lead, labels, scores = listed
    if any(re.search(r"\d", x) for x in labels) or max(scores) != w.weight or len(set(scores)) != len(scores):
        return None
    if any(a >= b for a, b in pairwise(scores)) and any(a <= b for a, b in pairwise(scores)):
        return None  # the scores neither rise nor fall along the list
    found = list(zip(labels, scores, strict=True))
    doubts = []
    if Decimal(0) not in scores:
        found.append((NONE_APPLIES, Decimal(0)))
        doubts.append(NONE_APPLIES_DOUBT)
    grades = [x for x in labels if _GRADE.match(x)]
    if len(grades) >= 2:
        doubts.append(f"“{'、'.join(grades)}”：等级由评价组判断")
    return _options(found, w, doubts=tuple(doubts))


_FIGURES = lazy_compile(r"\d+(?:\.\d+)?")
#: a place in a contest (“第1名加3分、第2名加2分”): the situation itself, never a figure to reach
_PLACE = lazy_compile(r"第\d+(?:名|位)(?![\d%])")


#: the situation that scores nothing, closing the list: “未纳入示范的不得分”, “其他情形不得分”, “否则不得分”
_NONE_LAST = lazy_compile(r"^(?P<label>[^;]+?)(?:的)?,?(?:本项|该项)?" + ZEROED + r"$")
#: “其余不加分”, “其他的不予加分”: the situation that adds nothing, last, after situations adding their points
_NONE_ADDED = lazy_compile(r"^(?P<label>[^;]+?)(?:的)?,?(?:本项|该项)?不(?:予|再|另)?加分$")


#: situations of several sentences each, every one closed by its score in brackets after its last stop: “A,B;C。(3分)
#: A,B;D。(2分)” — not a heading and its situation, since the text has nothing but such paragraphs
_PARAGRAPHS = lazy_compile(r"(?:[^()]+?;\(\d+(?:\.\d+)?分\))+")


#: “2.可提供审核材料支撑10-8分(OA流程审批记录10分、纸质审批的复印件9分、后台审核记录8分等)”: a situation of a range of
#: scores, the brackets after it splitting it by kind, each kind with its score inside the range
_RANGE_SPLIT = lazy_compile(r"(?P<mark>(?:^|(?<=;))\d{1,2}[.、])(?P<lead>[^;()\d]{2,60}?)(?P<hi>\d+(?:\.\d+)?)[-~至](?P<lo>\d+(?:\.\d+)?)分"
                          r"\((?P<kinds>[^()]+?)等?\)(?=;|$)")
_KIND_SCORED = lazy_compile(r"^(?P<kind>[^\d、]{2,30}?)(?P<pts>\d+(?:\.\d+)?)分$")


def _range_split(t: str) -> tuple[str, str] | None:
    """The text with its one situation of a range of scores split by kind (``_RANGE_SPLIT``) into situations of their
    own, “lead:kind N分” each, and the range as said; None when there is none, or its kinds do not fill the range
    (the highest kind at its top, the lowest at its foot, none outside it, falling in order)."""
    m = _RANGE_SPLIT.search(t)
    if m is None or _RANGE_SPLIT.search(t, m.end()):
        return None
    hi, lo = d(m.group("hi")), d(m.group("lo"))
    kinds = [_KIND_SCORED.match(k) for k in m.group("kinds").split("、")]
    if len(kinds) < 2 or not all(kinds) or not lo < hi:
        return None
    pts = [d(k.group("pts")) for k in kinds if k]
    if pts[0] != hi or pts[-1] != lo or any(a < b for a, b in pairwise(pts)):
        return None
    lead = m.group("lead").rstrip(",:")
    split = ";".join(f"{lead}:{k.group('kind')}{k.group('pts')}分" for k in kinds if k)
    return t[:m.start()] + m.group("mark") + split + t[m.end():], f"{m.group('hi')}-{m.group('lo')}分"


def _scored_situations(w: Wording, ties: bool = False) -> Proposed | None:
    """Situations each followed by its score however marked (“A。(60分)B。(55分)C。(0分)”, “投产加20分,投运加10分”),
    the best on the whole 分值 and the scores not adding up to it (then they would be points): one of them applies.
    Situations that name different figures are bands of a value (tiers), not situations; a figure they all share
    (“…达到年均20%以上…”) is a line the team checks (to check). A situation of a range of scores split by kind in
    brackets (``_range_split``) is read as one situation per kind, kinds of one score allowed (``ties``), to check."""
    if _shared_by_roles(w.text):
        return None  # (read by ``_grouped_situations``)
    if _LEVEL_BARE.search(w.text) and _HIGHEST_CLOSING.search(w.text.rstrip(";.")) and _HONOUR.search(w.text):
        return None  # “获国家级表彰得5分,省级3分,…,以最高级别计”: levels, later ones scored bare (``_honour_levels_highest``)
    if AT_REFERENCE.match(w.text):
        return None  # a reference, then a gap below it: bands of the gap (read by ``tiers._gap_below_reference``)
    split = None if ties or "分(" not in w.text else _range_split(w.text)
    if split is not None:
        kinds = _scored_situations(replace(w, text=split[0]), ties=True)
        return None if kinds is None else kinds.doubted(
            f"“{split[1]}”：分数区间按括号内各类情形的得分读，括号内未列的其他情形（“等”）由评价组比照判断，请核对")
    found = scored_statements(w.text.rstrip(";."))
    if found is None or len(found[0]) < 2 or found[1]:
        return None
    statements = list(found[0])
    tail = found[2].strip(";,./、")
    if tail:  # “…,未纳入示范的不得分”: the situation that scores nothing, last
        # (or, where the situations add their points, “…加3分,…加1分,其余不加分”: the rest add nothing)
        none = _NONE_LAST.match(tail) or (_NONE_ADDED.match(tail) if re.search(r"加\d", w.text) else None)
        if not none or re.search(r"\d", tail):
            return None
        statements.append(Statement(none.group("label"), Decimal(0), None, (), ""))
    scores = [w.weight if st.points is None else st.points for st in statements]
    # scores adding up to the 分值 are points (a 要点核查), unless one of them is 0 in a numbered list of requirements in
    # words: “(1)…5分(2)…0分” is the situation on the 分值 and the one that scores nothing, as “(1)…5分(2)…3分(3)…0分”
    # is three (no point is worth 0)
    distinct = len(set(scores)) == len(scores) or (ties and all(a >= b for a, b in pairwise(scores)))
    if any(st.lower for st in statements) or max(scores) != w.weight or not distinct \
            or (sum(scores, Decimal(0)) == w.weight and not _numbered_with_none(statements, scores)):
        return None
    if two_things([st.words for st in statements], scores):  # “完成8分;基本完成5分;有3分;无0分”: two things' options
        return None
    doubts = []
    paragraphs = not tail and _PARAGRAPHS.fullmatch(w.text.rstrip(";.")) is not None \
        and any(st.before for st in statements[1:])
    if paragraphs:  # each situation its sentences up to its bracketed score: matched as a whole by the team
        statements = [st._replace(words=",".join((*st.before, st.words)), before=()) for st in statements]
        doubts.append("各情形含多句要求，由评价组对照判断")
    for k, st in enumerate(statements):
        if not st.words or NOT_A_STATEMENT.search(st.words) or (k and st.before):
            return None
        doubts += [f"“{x}”：未计入情形" for x in st.before]
    figures = {tuple(_FIGURES.findall(_PLACE.sub("", st.words))) for st in statements} - {()}
    if _how_often(statements):  # one thing done at each its own frequency: no figure to reach
        figures = set()
    if len(figures) > 1 and not paragraphs:
        return None
    if len(figures) > 1:  # paragraphs that differ in a figure besides their other requirements
        doubts.append("各情形中的数值由评价组判断是否达到")
        figures = set()
    if figures:
        doubts.append(f"“{'、'.join(next(iter(figures)))}”：条件中的数值由评价组判断是否达到")
    if re.search(r"加\d", w.text):
        doubts.append("“加…分”：读作该情形的得分")
    doubts += [f"“{x}”：括号外的情形，可能与括号内的情形并存" for x in _beside_the_brackets(w.text, statements)]
    grades = [st.words for st in statements if _GRADE.match(st.words)]
    if len(grades) >= 2:
        doubts.append(f"“{'、'.join(grades)}”：等级由评价组判断")
    if _maybe_titled(w.text, statements):
        doubts.append(f"“{statements[0].words}({fmt(scores[0])}分)”：可能是指标的标题及其分值，而非一种情形")
    targets = [st.words for st in statements if _LADDER_TARGET.search(st.words)]
    if len(targets) >= 2:  # “底线目标A,赋值0分;基准目标B,赋值100分;…”: the scores at a KPI's targets, between them unsaid
        doubts.append(f"“{'、'.join(targets)}”：各目标处的得分；完成值在两目标之间时按达到的目标得分读（原文未说明是否按直线"
                      "插值），请核对")
    # “第2名积59分,第2名~第5名积30分”: a place said alone and in a band of places
    doubts += _places_unsure([st.words for st in statements])
    proposed = _options([(st.words, pts) for st, pts in zip(statements, scores)], w, doubts=tuple(doubts))
    return proposed if _lowest_a_denial(statements, scores) else _none_unsaid(proposed)


#: a target of a KPI's ladder (“底线目标A”, “基准目标”, “挑战目标值”): scores said at such targets leave what a figure between
#: two of them scores unsaid (the sheet's lines between them, or a step)
_LADDER_TARGET = lazy_compile(r"(?:底线|基准|挑战|努力|门槛|保底|奋斗|冲刺)目标")


#: two situations or more in brackets (“配备专职或兼职人员(专职3分,兼职2分)”), not one score (“…门厅处(3分)”): what is
#: chosen among, then the brackets
_BRACKETED_CHOICE = lazy_compile(r"^(?P<asked>[^()]+)\((?=[^()]*\d分[^()]*[,;][^()]*\d分)[^()]*\)")
#: a situation denying what the brackets choose among: “没有达到要求”, “未配备”, “不符合要求”
_DENIED = lazy_compile(r"^(?:没有|未|无|否则|达不到|不符合|不)(?P<what>.*)$")


def _beside_the_brackets(t: str, statements: list[Statement]) -> list[str]:
    """“配备专职或兼职人员(专职3分,兼职2分)。人员不稳定的得1分”: situations said after bracketed ones that deny neither the
    requirement (“没有达到要求的”) nor what the brackets choose among (“未配备的”): a quality of whichever holds, perhaps,
    not one more situation beside them. Their words."""
    m = _BRACKETED_CHOICE.match(t)
    if m is None:
        return []
    after, asked = t[m.end():], m.group("asked")
    beside = []
    for st in statements:
        denied = _DENIED.match(st.words)
        what = denied.group("what") if denied else ""
        if st.words and st.words in after and not (denied and (not what or "要求" in what or what[:2] in asked)):
            beside.append(st.words)
    return beside


#: the first situation's points in brackets, run straight into situations scored with 得/计/记: “档案管理(5分)档案齐全
#: 得4分,…” may as well be the item's title and its 分值
_BRACKETED_THEN_EARNED = lazy_compile(r"^[^,;:()]+\(\d+(?:\.\d+)?分\)(?:--|:)?[^,;:()\d]+?(?:得|计|记)\d")


#: the degree of a first situation before its state: “全部完成”, “按时完成”, “全面达标”
_DEGREE_FIRST = lazy_compile(r"^(?:全部|全面|完全|足额|按时|按期|如期|及时|提前|超额|圆满)(?P<state>[\u4e00-\u9fff]{2,})$")


def _maybe_titled(t: str, statements: list[Statement]) -> bool:
    """Whether the first situation could be the item's title (``_BRACKETED_THEN_EARNED``): it is a situation when it
    is a grade, or a degree of a state another situation says again (“全部完成(5分)部分完成得3分,未完成不得分”), never
    when it names a thing (“宣传报道(3分)有宣传得2分,…”, “信息公开(6分)按时公开得4分,…”)."""
    first = statements[0].words
    if not _BRACKETED_THEN_EARNED.match(t) or _GRADE.match(first):
        return False
    degree = _DEGREE_FIRST.match(first)
    return not (degree and any(degree.group("state") in st.words for st in statements[1:]))


def _how_often(statements: list[Statement]) -> bool:
    """“每年组织1次健康体检…;每2年组织1次健康体检…(;未组织的不得分)”: situations each the same thing done once a period
    of its own (beside those with no figure)."""
    statements = [st for st in statements if re.search(r"\d", st.words)]
    found = [ONCE_A_PERIOD.match(st.words) for st in statements]
    if len(found) < 2:
        return False
    if not all(m and not re.search(r"\d", st.words[m.end():]) for m, st in zip(found, statements)):
        return False
    periods = {(m.group("n"), m.group("period")) for m in found if m}
    things = {m.group("rest") + st.words[m.end():] for m, st in zip(found, statements) if m} - {""}
    return len(periods) == len(found) and len(things) <= 1


def _numbered_with_none(statements: list[Statement], scores: list[Decimal]) -> bool:
    """“(1)开立独立账户5分(2)开立私人账户0分”: numbered statements in words, one of them scoring nothing (a figure in
    them is a line, a band of a value; words before them are no numbered list)."""
    return min(scores) == 0 and all(st.mark and not st.before and not re.search(r"\d", st.words) for st in statements)


#: one numbered situation, its words running over sentences up to its score standing last: “1建立了…;…;得2分;”,
#: “2.未建立…,但…;得1分;”, “(3)…;不得分;” (the mark's stop may be left out before the words)
_NUMBERED_SITUATION = lazy_compile(r"\(?(?P<n>\d{1,2})(?:[.、)]|(?=[\u4e00-\u9fff]))(?P<body>[^\d]+?)[;,]?(?:(?:得|计|记)(?P<pts>\d+(?:\.\d+)?)分|"
                                 r"(?P<zero>" + ZEROED[3:-1] + r"))[;.]?")


def _numbered_situations(w: Wording) -> Proposed | None:
    """Situations numbered 1, 2, 3 …, each a paragraph of requirements closed by its score (“1建立了责任制度,…;采取了…措施;
    得2分;2未建立责任制度,但…;得1分;3…现场管理混乱;得0分;”), the best on the 分值 and the scores falling: the team picks
    the paragraph that describes the unit. A paragraph of several sentences is matched as a whole by the team: to
    check."""
    t = w.text.rstrip(";.")
    found: list[tuple[str, Decimal]] = []
    at = 0
    while at < len(t):
        m = _NUMBERED_SITUATION.match(t, at)
        if not m or int(m.group("n")) != len(found) + 1:
            return None
        body = m.group("body").strip(";,")
        if not body or NOT_A_STATEMENT.search(body):
            return None
        found.append((body, Decimal(0) if m.group("zero") else d(m.group("pts"))))
        at = m.end()
    scores = [pts for _body, pts in found]
    if len(found) < 3 or scores[0] != w.weight or any(a <= b for a, b in pairwise(scores)):
        return None
    doubts = tuple(f"“{body[:20]}…”：情形含多句要求，由评价组对照判断" for body, _pts in found if ";" in body)
    return _none_unsaid(_options([(body.replace(";", ","), pts) for body, pts in found], w, doubts=doubts))


#: “…达到20万元以上,没有达到的扣1分”, “…,否则扣1分”: a requirement, then its bare denial costing part of the 分值
_MET_OR_LESS = lazy_compile(r"^(?P<cond>[^;]+?)[,;](?P<neg>(?:没有|未)(?:达到|完成|达标)|达不到|不达标|完不成|否则)(?:要求|标准|目标|任务)?(?:的)?,?"
                          r"(?:扣(?:除|减)?|减)(?P<pts>\d+(?:\.\d+)?)分;?$")


_FULL_SAID = lazy_compile(r"(?:的)?,?(?:得|计|记)(?:满分|(?P<pts>\d+(?:\.\d+)?)分)$")


def _met_or_less(w: Wording) -> Proposed | None:
    """A requirement, then its bare denial costing part of the 分值 (“年经营性收入达到20万元以上(…),没有达到的扣1分”):
    two situations, the requirement met on the 分值 and not met on what is left. That the cost is taken once, not per
    thing short, is read, not said: to check."""
    m = _MET_OR_LESS.match(w.text.rstrip("."))
    if not m:
        return None
    cond, cost = m.group("cond").strip(","), d(m.group("pts"))
    full = _FULL_SAID.search(cond)  # “…20万元以上得2分,否则扣1分”: the 分值 said for the requirement met
    if full and (full.group("pts") is None or d(full.group("pts")) == w.weight):
        cond = cond[:full.start()]
    if not 0 < cost < w.weight or NOT_A_STATEMENT.search(cond) or "每" in cond:
        return None
    said_ = m.group("neg") + ("" if m.group("neg") == "否则" else "的")
    doubts = [f"“{said_}扣{fmt(cost)}分”：读作不满足时扣一次、得 {fmt(w.weight - cost)} 分"]
    if re.search(r"\d", cond):
        doubts.append(f"“{cond}”：条件中的数值由评价组判断是否达到")
    failed = "未满足" if m.group("neg") == "否则" else m.group("neg")
    return _options([(cond, w.weight), (failed, w.weight - cost)], w, doubts=tuple(doubts))


#: “按…依次排名,前3名按照6、5、4分打分,有新培育的得3分,没有新培育的0分”: the first ranks each with its score, then the
#: others that have something, then perhaps those that have nothing
_TOP_THEN_REST = lazy_compile(r"^(?P<lead>[^;]*?(?:排名|排序|名次)[^;,\d]{0,6},)?前(?P<n>\d)名(?:按照|按|分别|依次)?(?:得|计|记)?"
                            r"(?P<scores>\d+(?:\.\d+)?分?(?:、\d+(?:\.\d+)?分?)+)分?(?:打分|计分|赋分)?[,;]"
                            r"(?P<rest>(?:其余|其他|其它)?[^,;\d]+?)(?:的)?,?(?:得|计|记)?(?P<rest_pts>\d+(?:\.\d+)?)分"
                            r"(?:[,;](?P<none>[^,;\d]+?)(?:的)?,?(?:" + ZEROED + r"|0分))?;?$")


def _top_then_rest(w: Wording) -> Proposed | None:
    """The first ranks each with its score (“前3名按照6、5、4分打分”), the others that have something on a lower score
    (“有新培育的得3分”), perhaps those that have nothing on 0: the team picks the unit's place, a 情形选择 (the ranks
    are the team's to establish: to check)."""
    m = _TOP_THEN_REST.match(w.text.rstrip("."))
    if not m:
        return None
    scores = [d(x.rstrip("分")) for x in m.group("scores").split("、")]
    rest = d(m.group("rest_pts"))
    if len(scores) != int(m.group("n")) or scores[0] != w.weight or any(a <= b for a, b in pairwise([*scores, rest])):
        return None
    found = [(f"第{k}名", pts) for k, pts in enumerate(scores, 1)]
    found.append((f"前{m.group('n')}名以外,{m.group('rest').removeprefix('其余').removeprefix('其他')}", rest))
    if m.group("none"):
        found.append((m.group("none"), Decimal(0)))
    proposed = _options(found, w, doubts=("“排名”：名次由评价组按排名确定",))
    return proposed if m.group("none") else _none_unsaid(proposed)


#: “…达到85%得10分;低于85%的县(区)按从高到低排序,分别得8、6、4、2分”: a requirement met on its score, then those that
#: fall short ranked among themselves, each rank its score in turn
_MET_THEN_RANKED = lazy_compile(r"^(?P<met>[^;]+?)(?:的)?,?(?:得|计|记)(?P<full>\d+(?:\.\d+)?)分;(?P<short>[^;]+?)(?:的)?,?"
                              r"(?:按|依)?[^;,\d]{0,12}?(?:排序|排名|名次)[^;,\d]{0,4}?,?(?:依次|分别)(?:得|计|记|赋予|给予|为)?"
                              r"(?P<scores>\d+(?:\.\d+)?分?(?:、\d+(?:\.\d+)?分?)+)分?$")


def _met_then_ranked(w: Wording) -> Proposed | None:
    """A requirement met on the 分值, then those short of it ranked among themselves, each rank its score in turn
    (“…达到85%得10分;低于85%的县(区)按从高到低排序,分别得8、6、4、2分”): the team picks the unit's situation, met or its
    rank among those short (the ranks are the team's to establish, and a rank past the last is unsaid: to check)."""
    m = _MET_THEN_RANKED.match(w.text.rstrip(";."))
    if not m:
        return None
    scores = [d(x.rstrip("分")) for x in m.group("scores").split("、")]
    if d(m.group("full")) != w.weight or any(a <= b for a, b in pairwise([w.weight, *scores])):
        return None
    met, short = m.group("met"), m.group("short")
    if NOT_A_STATEMENT.search(met) or re.search(r"分|扣|每", met + short):
        return None
    found = [(met, w.weight), *((f"{short},排第{k}", pts) for k, pts in enumerate(scores, 1))]
    doubts = ["“排名”：名次由评价组按排名确定", f"第{len(scores) + 1}名及以后的得分未说明"]
    if re.search(r"\d", met):
        doubts.append(f"“{met}”：条件中的数值由评价组判断是否达到")
    return _options(found, w, doubts=tuple(doubts))


#: the grades of a rating, the longer spelling first (“不合格” before “合格”, “优秀” before “优”)
_GRADE_WORDS = r"不合格|不及格|基本符合|不符合|符合|优秀|良好|中等|较好|一般|较差|合格|及格|优|良|中|差|好"
#: “年级教学建议落实度分别得分:优40良30中20差0”, “评价等次:优秀10分,良好8分,合格6分,不合格0分”, “符合2.0,基本符合1.0,
#: 不符合0”: what is rated (perhaps left unsaid), then its grades each followed by its score, “分” perhaps left out
_GRADED_RUN = lazy_compile(r"^(?:(?P<lead>[^;:\d]{0,40}?)(?:分别)?(?:得分|计分|评分|赋分|等次|等级)?[:,])?"
                         r"(?P<run>(?:(?:" + _GRADE_WORDS + r")[:=]?\d+(?:\.\d+)?分?[,、;]?){2,})"
                         r"(?P<tail>(?=[^\d;:分扣得计]{4,80}$)(?:[^\d;:]*?是否[^\d;:]*|[^\d;:]*?等))?$")
_GRADE_SCORE = lazy_compile(r"(?P<g>" + _GRADE_WORDS + r")[:=]?(?P<n>\d+(?:\.\d+)?)分?")

#: where grades with their points begin after the requirement they grade: “…制度健全;较好得2分,一般得1分,…”, or right
#: after its last word (a space between them is gone once normalised): “…制度健全规范较好得2分,…”
_GRADES_BEGIN = lazy_compile(r"(?:[;,]|(?<=[\u4e00-\u9fff])(?=较好|良好|优秀))(?=(?:" + _GRADE_WORDS + r")(?:的)?,?(?:(?:得|计|记)\d|" + ZEROED[3:-1] + r"))")


#: where situations short of a requirement begin, in a sentence of their own: “…并组织实施;有方案但未实施的得1分” (never
#: faults each costing points, “…;未部署的扣1分,未完成的扣2分”, which may come together)
_SHORT_BEGIN = lazy_compile(r";(?=[^;扣]*?(?:(?:得|计|记)\d|" + ZEROED[3:-1] + r")[^扣]*$)")
#: a situation short of the requirement: it lacks some of it (“有方案但未实施”, “少于每月1次”, “无培训记录”)
_SHORT_OF = lazy_compile(r"但|未|无|没有|不|少于|低于|不足|缺")


def _grades_of_requirement(w: Wording) -> Proposed | None:
    """A requirement in words, then grades of how well it is met, each with its points, the best of them short of the
    分值 and the last scoring nothing (“…排列有序,案卷管理制度健全规范 较好得2分,一般得1分,较差不得分”), or, in sentences
    of their own, situations that lack part of it (“…有具体的活动方案,并组织实施。有方案但未实施的得1分”, “…记录完整;
    记录不完整的得1分,未建立台账的不得分”): the requirement met is the situation on the 分值, the others those below
    it. That the requirement met earns the 分值 is read, not
    said, and a grade is the team's judgement: always to check; a lack that still scores leaves the case below it unsaid."""
    t = w.text.rstrip(";.")
    m = _GRADES_BEGIN.search(t) or _SHORT_BEGIN.search(t)
    if not m:
        return None
    required, graded = t[:m.start()].strip(",; "), t[m.end():]
    found = graded_segments(graded, w.weight)
    grades = [g for g, _share, _pts in found]
    scores = [pts for _g, _share, pts in found]
    graded_by_words = found_by(m, _GRADES_BEGIN)
    if len(found) < (2 if graded_by_words else 1) or len(found) != len(re.split(r"[;,]", graded)) \
            or not all((_GRADE if graded_by_words else _SHORT_OF).search(g) for g in grades):
        return None
    if len(required) < 4 or re.search(r"分|扣|每|否则", required) or NOT_A_STATEMENT.search(required):
        return None
    if scores[0] >= w.weight or (graded_by_words and scores[-1] != 0) or any(a <= b for a, b in pairwise(scores)):
        return None
    doubts = [f"“{required[:20]}”：满足要求得满分（{fmt(w.weight)}分），评分标准未明说"]
    if graded_by_words:
        doubts.append(f"“{'、'.join(grades)}”：等级由评价组判断")
    for words in [required, *grades]:
        if re.search(r"\d", words):
            doubts.append(f"“{words[:20]}”：条件中的数值由评价组判断是否达到")
    proposed = _options([(required, w.weight), *zip(grades, scores)], w, doubts=tuple(doubts))
    return proposed if scores[-1] == 0 else _none_unsaid(proposed)


def _graded_run(w: Wording) -> Proposed | None:
    """What is rated, then its grades in a run, each followed by its score (“…分别得分:优40良30中20差0”): the team
    picks the grade, a 情形选择 with the best on the 分值 and scores falling along the run. Which grade applies is
    the team's judgement: always to check."""
    m = _GRADED_RUN.match(w.text.rstrip(";."))
    if not m:
        return None
    found = [(g.group("g"), d(g.group("n"))) for g in _GRADE_SCORE.finditer(m.group("run"))]
    scores = [pts for _g, pts in found]
    if scores[0] != w.weight or any(a <= b for a, b in pairwise(scores)) or len({g for g, _ in found}) != len(found):
        return None
    tail = m.group("tail")
    # “优秀10良好6一般3较差0 课题申报是否及时,…等”: what the grade looks at, said after the run, judged with it
    looked_at = (f"“{tail[:30]}”：评定等级时考察的内容，由评价组判断",) if tail else ()
    proposed = _options(found, w, doubts=(f"“{'、'.join(g for g, _pts in found)}”：等级由评价组判断", *looked_at))
    lead = (m.group("lead") or "").strip(",")
    if lead and not w.name:
        proposed.items[0]["label"] = lead[:30]
    return _none_unsaid(proposed)  # a run stopping at a grade that still scores (“…一般1”) may leave one below it


#: a requirement and the points of its graded columns, best first, as ``wording`` writes a row's bare figures after
#: it (“内容符合教学大纲要求 5 4 3” → “…要求;各档得分:5分、4分、3分”), and perhaps a sentence zeroing the row after them
_GRADED_COLUMNS = lazy_compile(r"^(?P<req>[^:]{4,}?);" + GRADED_COLUMNS + r":(?P<scores>\d+(?:\.\d+)?分(?:、\d+(?:\.\d+)?分){1,4})"
                             r"(?:;(?P<zero>[^;:]+))?$")
_COLUMN_NAMES = "ABCDE"


def _graded_columns(w: Wording) -> Proposed | None:
    """“内容符合教学大纲和教学内容要求 5 4 3”: a requirement, then the points of the grades it is checked in (the table's
    columns A, B, C…), best on the 分值 and falling: the team ticks the grade that applies; a sentence of the row
    zeroing it (“补写手册者,该项不计分”) is a situation of its own, scoring nothing, and otherwise nothing said scores
    below the lowest grade. The figures read as points and the grade picked are the team's: always to check."""
    m = _GRADED_COLUMNS.match(w.text.rstrip(";."))
    if m is None:
        return None
    scores = [d(x) for x in m.group("scores").replace("分", "").split("、")]
    if scores[0] != w.weight or any(a <= b for a, b in pairwise(scores)):
        return None
    zero = _NONE_LAST.match(m.group("zero") or "")
    if m.group("zero") and zero is None:
        return None
    req = m.group("req")
    found = [(f"{_COLUMN_NAMES[i]}档", pts) for i, pts in enumerate(scores)]
    doubts = [f"“{req[:20]}”：按各档评分，最高档为满分，档次由评价组判断"]
    if zero:
        found.append((zero.group("label").strip(",;"), Decimal(0)))
    proposed = _options(found, w, doubts=tuple(doubts))
    proposed.items[0]["label"] = w.name[:30] if w.name else req[:30]
    return proposed if zero else _none_unsaid(proposed)


#: a situation that denies what the best one holds: “不及时并影响进度”, “未建立”, “没有落实”
_DENIES = lazy_compile(r"未|无|没|不(?!少于|低于|超过|高于|大于|小于)")


def _lowest_a_denial(statements: list[Statement], scores: list[Decimal]) -> bool:
    """“到位及时(2分)不及时但未影响进度(1分)不及时并影响进度(0.5分)”: three situations or more falling in score along
    the text, the last a denial of the best (未、无、没、不 — not a part done, “部分完成(1分)”, which leaves “未完成”
    below it): the text has reached its floor, none is left unsaid below it."""
    falling = all(a > b for a, b in pairwise(scores))
    return falling and len(statements) >= 3 and bool(_DENIES.search(statements[-1].words))


#: “A.制订了制度和流程0.5分B.未制订0分”: answers lettered A, B, C …, each with its score (a stop or a comma may
#: come before the next letter)
_LETTER = lazy_compile(r"(?:^|(?<=分)|(?<=分\))|(?<=[;,]))(?P<letter>[A-H])[.、:)](?![\d.])")
_RANGE_BEFORE = lazy_compile(r"\d(?:\.\d+)?[-~至到]$")
_LETTERED_ANSWER = lazy_compile(r"^(?P<label>[^;]+?)(?:的)?,?(?:(?:得|计|记)?(?P<pts>\d+(?:\.\d+)?)分|\((?P<bracketed>\d+(?:\.\d+)?)分\)|"
                              r"(?P<none>" + ZEROED[3:-1] + r"))$")


def _lettered(w: Wording) -> Proposed | None:
    """“A.配备人员,且接受过专业培训0.5分B.未配备人员0分”: answers lettered in order, each with its score, the best on
    the 分值: the team picks the one that applies (the letters name every answer, so none is left unsaid)."""
    t = w.text.rstrip(";.")
    if not t.startswith("A"):
        return None
    marks = list(_LETTER.finditer(t))
    if len(marks) < 2 or [m.group("letter") for m in marks] != list("ABCDEFGH"[:len(marks)]) or marks[0].start():
        return None
    found = []
    for i, m in enumerate(marks):
        answer = _LETTERED_ANSWER.match(t[m.end():marks[i + 1].start() if i + 1 < len(marks) else len(t)].strip(",;"))
        # (“A.全面完成□9.0-10分”: a range of scores is the team's judgement within it, no score of the answer)
        if answer is None or NOT_A_STATEMENT.search(answer.group("label")) or _RANGE_BEFORE.search(answer.group("label")):
            return None
        pts = Decimal(0) if answer.group("none") else d(answer.group("pts") or answer.group("bracketed"))
        found.append((answer.group("label"), pts))
    scores = [pts for _label, pts in found]
    if max(scores) != w.weight or len(set(scores)) != len(scores):
        return None
    return _options(found, w, more="（按字母所列）")


#: what separates the scores said respectively (“15、8、6分”, “60,45,30和0分”)
SCORE_SEPARATOR = lazy_compile(r"[、,和及/]")  # (“依次计10/8/6/0分”)
#: the scores said respectively, closing the text
_SCORES_RESPECTIVELY = r"(?P<scores>\d+(?:\.\d+)?分?(?:" + SCORE_SEPARATOR.pattern + r"\d+(?:\.\d+)?分?)+)分?$"
#: “产业、民生、功能分别加15、8、6分”, “指每新开、续建1个项目分别加5、2分”: situations listed, then their scores respectively;
#: “非常熟悉、较熟悉各加3分、2分”: 各 before scores that differ says the same, and so do “依次得”, “分别对应”
RESPECTIVELY = lazy_compile(r"(?:^|(?<=[;,:]))(?P<lead>指|即|其中|对)?每?(?P<list>[^,;:()、\d]+(?:、[^,;:()、\d]+)+?)"
                           r"(?P<count>\d+(?:个|项|家|所|处)[\u4e00-\u9fff]{0,4})?(?P<each>分别|各|依次)(?P<verb>得|计|记|加|给|赋|为|对应)"
                           + _SCORES_RESPECTIVELY)


#: “评定等级达到优秀、良好、合格和不合格四个等次,分别得基本分60、45、30和0分”: levels named after what is rated (为、达到),
#: the last after 和/及, perhaps with their count, then their scores respectively
_LEVELS_RESPECTIVELY = lazy_compile(r"^(?P<head>[^;]*?(?:评定为|评为|等级为|为|达到))(?P<list>[^,;:()、\d]+(?:、[^,;:()、]+?)+?(?:(?:和|及)[^,;:()、]+?)?)"
                                  r"的?,?(?:(?P<n>\d+)个?(?:等次|等级|档次|档))?,?分别(?:得|计|记|给|赋)(?:基本分)?"
                                  + _SCORES_RESPECTIVELY)


def _levels_respectively(w: Wording) -> Proposed | None:
    """Levels named after what is rated and their scores respectively (“等级达到优秀、良好、合格和不合格四个等次,分别得60、
    45、30和0分”), the best on the 分值, the count of levels (if said) the count named: a 情形选择 of the levels, the
    words before them (what is rated) named to check."""
    t = w.text.rstrip(";.")
    m = _LEVELS_RESPECTIVELY.match(t) if "分别" in t else None
    if not m:
        return None
    labels = re.split(r"、|(?<=[\u4e00-\u9fff])(?:和|及)(?=[\u4e00-\u9fff])", m.group("list").removesuffix("的"))
    scores = [d(x.rstrip("分")) for x in SCORE_SEPARATOR.split(m.group("scores"))]
    if len(labels) != len(scores) or (m.group("n") and int(m.group("n")) != len(labels)):
        return None
    if max(scores) != w.weight or len(set(scores)) != len(scores) or any(a <= b for a, b in pairwise(scores)):
        return None
    if any(NOT_A_STATEMENT.search(x) or re.search(r"\d(?:\.\d+)?(?:分|%)", x) for x in labels):
        return None
    head = m.group("head")
    return _none_unsaid(_options(list(zip(labels, scores, strict=True)), w, doubts=(f"“{head}”：所评定的对象，请核对",)))


def _respectively(w: Wording) -> Proposed | None:
    """Situations listed and their scores respectively (“产业、民生、功能分别加15、8、6分”), the best on the 分值, after
    any heading (“类型(产业类、民生类、基本功能类)。”); none of them holding scores nothing, which the text leaves
    unsaid. A list of lines (“30%以上、20%以上”) is bands, read by tiers."""
    t = w.text.rstrip(";.")
    if "分别" not in t and "各" not in t and "依次" not in t:
        return None
    sentences = t.split(";")
    m = RESPECTIVELY.search(sentences[-1])
    if m is None and "分别" not in t:
        return None
    if not m:
        return _levels_respectively(w) if len(sentences) == 1 else None
    labels = m.group("list").split("、")
    scores = [d(x.rstrip("分")) for x in SCORE_SEPARATOR.split(m.group("scores"))]
    if len(labels) != len(scores) or max(scores) != w.weight or len(set(scores)) != len(scores):
        return None
    heads = sentences[:-1] + ([sentences[-1][:m.start()].strip(",:")] if m.start() else [])
    if any(NOT_A_STATEMENT.search(x) or re.search(r"\d", x) for x in heads + labels if x):
        return None
    doubts = [f"“{x}”：未计入情形" for x in heads if x]
    if m.group("count"):
        doubts.append(f"“{m.group('count')}”：按每{m.group('count')}计分，请核对")
    if re.search(r"加\d", m.group(0)):
        doubts.append("“加…分”：读作该情形的得分")
    if m.group("each") == "依次":  # (“依次得5、3、0分”: read by position as 分别 is, and as it is, to check)
        doubts.append(f"“依次{m.group('verb')}”：按所列顺序对应各情形的得分，请核对")
    if m.group("each") == "各":  # (“各得3分、2分”: the scores in the order of the situations, 分别 unsaid)
        doubts.append(f"“各{m.group(0).partition('各')[2]}”：读作依次对应各情形的得分")
    return _none_unsaid(_options(list(zip(labels, scores, strict=True)), w, doubts=tuple(doubts)))


#: a situation adding or taking points, no time said: “积极参加部门工作,作为主负责人,加5分”, “无故不参加,扣5分”
_ADDED_OR_TAKEN = lazy_compile(r"^(?P<label>[^\d;]{2,40}?)[,;]?(?P<verb>加|扣|减)(?P<pts>\d+(?:\.\d+)?)分$")


def _base_said_last_situations(w: Wording) -> Proposed | None:
    """“积极参加部门工作,作为主负责人,加5分;…辅助部门活动,加2分;无故不参加部门工作,扣5分;基本分为5分,最高不超过10分”:
    situations each adding or taking points with no time said (no 每, no 次), one taking them off beside those adding,
    the base said last and the cap of the whole the 分值: one of them holds (taking part and staying away exclude each
    other), each scoring the base plus or less its points within 0～分值, none of them the base. Always to check: that
    the situations are one each rather than counted."""
    end = formula_rule.BASE_SAID_LAST.search(w.text) if "基" in w.text else None
    if end is None or end.start() == 0 or not end.group("cap") or d(end.group("cap")) != w.weight:
        return None
    base = d(end.group("base"))
    rest = w.text[:end.start()]
    if not 0 < base < w.weight or re.search(r"每|次", rest):
        return None
    found: list[tuple[str, Decimal]] = []
    # (a situation's points may close a sentence of their own: “…,作为主负责人;加5分”)
    for sentence in re.split(r";(?![加扣减]\d)", rest):
        m = _ADDED_OR_TAKEN.match(sentence.strip(";,"))
        if m is None:
            return None
        pts = d(m.group("pts"))
        score = min(w.weight, max(Decimal(0), base + pts if m.group("verb") == "加" else base - pts))
        found.append((m.group("label").strip(",;").replace(";", ","), score))
    scores = [x for _l, x in found] + [base]
    if len(found) < 2 or len(set(scores)) != len(scores) or not any(x < base for x in scores) \
            or not any(x > base for x in scores):
        return None
    found.append(("无上述加分或扣分情形", base))
    found.sort(key=lambda f: -f[1])
    said = f"“{end.group(0).strip(';.')}”：各情形择一，按基本分 {fmt(base)} 分加减，限于 0～{fmt(w.weight)} 分；原文未写按次计"
    return _options(found, w, doubts=(said,))


#: “…评价按严重、比较严重、一般、不大严重、不严重5档划分,计分标准为1分、2分、3分、4分、5分”: the levels of a rating listed
#: after 按/分为 (perhaps with their count), then their scores in the same order without 分别, or with it (“按优、良、中、差四个
#: 等次,分别得10、8、6、0分”, “…,依次计10/8/6/0分”)
_LEVELS_IN_ORDER = lazy_compile(r"^(?P<head>[^;]*?(?:按|分为|分成|划分为))(?P<list>[^,;:()、\d]+(?:、[^,;:()、\d]+?)+?|"
                              # (classes numbered, their word said once after the last: “一、二、三类村”, the last numeral
                              # a digit once normalised, “一、二、3类村”)
                              r"(?P<ords>[一二三四五六七八九](?:、[一二三四五六七八九])*、[1-9一二三四五六七八九])"
                              r"(?P<kind>类|档|级|等)(?P<noun>[\u4e00-\u9fff]{0,3}?))"
                              r"(?:共?(?P<n>\d+)个?(?:档次|档|等次|等级|级))?(?:划分|区分|评定)?,?"
                              r"(?:(?:计分标准|评分标准|计分|得分|赋分|分值)(?:依次)?(?:为|是|:)|(?:分别|依次)(?:得|计|记|为|给|赋))"
                              + _SCORES_RESPECTIVELY)
#: a level of government or of an award: “市级”, “省”, “国家级”, “全国”
LEVEL = r"(?:乡镇|街道|县区|县|区|市|州|省|部|国家|全国|国际)级?"
#: “…论文在市级、省级、国家级杂志上发表;(1、3、5分)”: levels listed in the words, then their scores in the same order in
#: the closing brackets
_LEVELS_THEN_SCORES = lazy_compile(r"^(?P<body>(?:[^()]|\([^()\d]*\))*?(?P<list>" + LEVEL + r"(?:、" + LEVEL
                                 + r")+)(?=[\u4e00-\u9fff])(?:[^()]|\([^()\d]*\))*?)[;,]?\((?P<scores>\d+(?:\.\d+)?分?(?:、\d+(?:\.\d+)?分?)+)分?\)$")


def _levels_in_order(w: Wording) -> Proposed | None:
    """Levels listed and their scores in the same order, no 分别 said: a rating's levels after 按/分为, then “计分标准为1分、
    2分、…” (“评价按满意、较满意、一般、较差、差5档划分,计分为5分、4分、3分、2分、1分”: every case is one of the levels), or
    levels of government or award in the words, then their scores in the closing brackets (“家长学校获得市、省、国家表彰。
    (1、3、5分)”: none of them scores nothing, unsaid). The scores rise or fall along the list, the best on the 分值; the
    words around the levels (what is rated) and the reading by position are the team's to check."""
    t = w.text.rstrip(";.")
    m = _LEVELS_IN_ORDER.match(t)
    if m and m.group("ords"):  # “一、二、三类村”: 一类村, 二类村, 三类村
        ords = m.group("ords").split("、")
        if ords[-1].isdigit():
            ords[-1] = "零一二三四五六七八九"[int(ords[-1])]
        if [cn_integer(o) for o in ords] != list(range(1, len(ords) + 1)):
            return None  # (classes numbered in turn from the first)
        labels = [f"{o}{m.group('kind')}{m.group('noun')}" for o in ords]
        words = m.group("head")
    elif m:
        labels = m.group("list").split("、")
        words = m.group("head")
    else:
        m = _LEVELS_THEN_SCORES.match(t)
        if not m or len(re.findall(LEVEL + "(?:、" + LEVEL + ")+", m.group("body"))) != 1:
            return None
        labels = m.group("list").split("、")
        words = m.group("body")
    scores = [d(x.rstrip("分")) for x in SCORE_SEPARATOR.split(m.group("scores"))]
    if len(labels) != len(scores) or (m.groupdict().get("n") and int(m.group("n")) != len(labels)):
        return None
    if max(scores) != w.weight or len(set(scores)) != len(scores):
        return None
    if any(a >= b for a, b in pairwise(scores)) and any(a <= b for a, b in pairwise(scores)):
        return None  # the scores neither rise nor fall along the list
    if any(NOT_A_STATEMENT.search(x) for x in [words, *labels]):
        return None
    found = _options(list(zip(labels, scores, strict=True)), w,
                     doubts=(f"“{words.strip(',;')}”：各级别按所列顺序对应得分，请核对",))
    return found if "body" not in m.groupdict() else _none_unsaid(found)


#: the grades of a rating, by rank (``GRADE_RANK``, 0 the best): a letter grade ranks by its letter
_GRADE_WORD = "|".join(sorted(GRADE_RANK, key=len, reverse=True))
#: one grade and what it costs: “评价为B的扣5分”, “良的,扣2分”, “等次为“较好”扣1分”, “考核结果为优秀的不扣分”
GRADE_DEDUCTED = lazy_compile(r"^(?P<lead>[\u4e00-\u9fff]{0,16}?(?:为|评为|评定为|定为)?)“?(?P<grade>[A-E](?:级|等)?|" + _GRADE_WORD
                            + r")”?(?:的|者)?,?(?P<cost>不扣分|扣(?P<less>\d+(?:\.\d+)?)分|不得分|得0分)$")
_REMARK_AT_END = lazy_compile(r";?\([^()\d]+\);?$")
_GRADE_CLAUSES = lazy_compile(r"[;,](?!扣|不扣|不得|得0)")


def _deducted_clauses(t: str) -> list[str]:
    """The clauses of situations stated as deductions, each without its list mark (“(1)”, “2.”, “③”); a closing
    remark in brackets with no figure (“(由…提供评价结果)”) says where the result comes from and is left out (the
    proposal leaves it unplaced, to check)."""
    return [STATEMENT_MARK.sub("", c) for c in _GRADE_CLAUSES.split(_REMARK_AT_END.sub("", t).rstrip(";."))]


def _cost(m: re.Match[str]) -> Decimal | None:
    """What a situation stated as a deduction costs: 0 (不扣分), its deduction, or None (不得分, 得0分)."""
    return Decimal(0) if m.group("cost") == "不扣分" else d(m.group("less")) if m.group("less") else None


def _costs_rise(found: list[tuple[str, Decimal | None]]) -> bool:
    """Each situation costs more than the one before, and only the last may cost everything (None)."""
    costs = [c for _g, c in found if c is not None]
    return all(b > a for a, b in pairwise(costs)) and all(c is not None for _g, c in found[:-1])


def _as_situations(found: tuple[tuple[str, Decimal | None], ...] | None, w: Wording,
                   doubts: tuple[str, ...] = ()) -> Proposed | None:
    """Situations stated as deductions as a 情形选择: the 分值 less each one's deduction (0 when it costs everything)."""
    if found is None or any(c is not None and c > w.weight for _g, c in found):
        return None
    return _options([(g, w.weight - c if c is not None else Decimal(0)) for g, c in found], w, doubts=doubts)


@lru_cache(maxsize=256)
def graded_deductions(t: str) -> tuple[tuple[str, Decimal | None], ...] | None:
    """“评价为A的不扣分,评价为B的扣5分,评价为C的扣10分”, “为优的不扣分,良的扣2分,差的扣5分”: the grades of one rating,
    the best costing nothing and each lower grade more, as (grade, deduction; None: 不得分). One grade holds, so
    they are situations that exclude each other, never faults that may both be found. None when the text is not
    wholly that (every clause a grade, its ranks in order, the costs rising)."""
    if "不扣分" not in t:
        return None
    found: list[tuple[str, Decimal | None]] = []
    ranks: list[int] = []
    grades: list[str] = []
    lead = ""
    for clause in _deducted_clauses(t):
        m = GRADE_DEDUCTED.match(clause)
        # a grade of the same rating: no subject of its own, or the end of the first one's (“企业信用评价为A…,评价为B”)
        if m is None or (found and m.group("lead") and not lead.endswith(m.group("lead"))):
            return None
        lead = lead if found else m.group("lead")
        grade = m.group("grade")
        # the label as the text says it, with the rating named before the first grade (“考核结果为优秀”)
        label = m.string[:m.end("grade")] + ("”" if m.string[m.end("grade"):].startswith("”") else "")
        found.append((label, _cost(m)))
        ranks.append(ord(grade[0]) - ord("A") if grade[0] in "ABCDE" else GRADE_RANK[grade])
        grades.append(grade)
    if len(found) < 2 or found[0][1] != 0 or any(cost == 0 for _g, cost in found[1:]):
        return None
    letters = {g[0] in "ABCDE" for g in grades}
    if len(letters) != 1 or any(b <= a for a, b in pairwise(ranks)) or not _costs_rise(found):
        return None
    return tuple(found)


#: one degree of a quality and what it costs: “资料基本齐全的扣1分”, “方案不完整的,扣3分”
_DEGREE_DEDUCTED = lazy_compile(r"^(?P<label>[\u4e00-\u9fff]{2,16}?)(?:的)?,?(?P<cost>不扣分|扣(?P<less>\d+(?:\.\d+)?)分|不得分|得0分)$")
#: the words of a degree or its lack (“基本”, “较”, “部分”, “不”, “未”): taken out, degrees of one quality read alike
_DEGREE_OR_LACK = lazy_compile(r"较为|比较|较|基本上?|部分|大部分|完全|不够|不太|不|未|没有|没")


@lru_cache(maxsize=256)
def deducted_degrees(t: str) -> tuple[tuple[str, Decimal | None], ...] | None:
    """“资料齐全的不扣分,资料基本齐全的扣1分,资料不齐全的扣3分”: degrees of one quality, the full one costing nothing and
    each lesser one more, as (degree, deduction; None: 不得分). Degrees of one thing exclude each other; which one
    holds is the team's judgement. None unless every clause names the same quality (its words once the degree
    words are taken out), the first in full, the costs rising."""
    if "不扣分" not in t:
        return None
    found: list[tuple[str, Decimal | None]] = []
    stem = ""
    for clause in _deducted_clauses(t):
        m = _DEGREE_DEDUCTED.match(clause)
        if m is None:
            return None
        label, cost = m.group("label"), m.group("cost")
        if not found:
            stem = label
            if _DEGREE_OR_LACK.search(label) or cost != "不扣分":
                return None
        elif _DEGREE_OR_LACK.sub("", label) != stem or cost == "不扣分":
            return None
        found.append((label, _cost(m)))
    if len(found) < 2 or len({g for g, _c in found}) < len(found) or not _costs_rise(found):
        return None
    return tuple(found)


def exclusive_deductions(t: str) -> bool:
    """The situations of ``t`` stated as deductions exclude each other: the grades of one rating or the degrees of one
    quality (one holds), not faults that may all be found."""
    return graded_deductions(t) is not None or deducted_degrees(t) is not None


#: a rating named before its first grade: “评价为A”, “考核结果为优秀”, “等次为“好””
_RATING_NAMED = lazy_compile(r"^[\u4e00-\u9fff]{0,16}?(?:评价|考核|考评|评定|评级|等次|等级|结果)[\u4e00-\u9fff]{0,4}?为")


def rating_named(t: str) -> bool:
    """A text of ``graded_deductions`` that names the rating its grades come from: the grade is the rating's
    result, not a degree the team judges."""
    return _RATING_NAMED.match(STATEMENT_MARK.sub("", t)) is not None and graded_deductions(t) is not None


def _grades_deducted(w: Wording) -> Proposed | None:
    """The grades of ``graded_deductions`` as situations: the 分值 less each grade's deduction (0 when 不得分)."""
    return _as_situations(graded_deductions(w.text), w)


def _degrees_deducted(w: Wording) -> Proposed | None:
    """The degrees of ``deducted_degrees`` as situations: the 分值 less each one's deduction (0 when 不得分); which
    degree holds is judged, so the reading is to check."""
    found = deducted_degrees(w.text)
    doubt = f"“{'、'.join(g for g, _c in (found or ())[:3])}：同一事项的不同程度，按择一的情形读，程度由评价组判断”"
    return _as_situations(found, w, (doubt,))


def describe(params: Params, item_max: Decimal) -> Phrase:
    said_options = [text for _key, _value, text in options(params, item_max)]
    return said(msg(T("%1 种情形："), len(said_options))) + joined(said_options, T("；"))


#: “计15分,根据公文实际按3分、5分、8分3个档次扣分”: deductions of set grades, one of which the team picks
_GRADES_LISTED = lazy_compile(r"^(?:[^\d;]*?(?:计|共|满分|分值)?(?P<full>\d+(?:\.\d+)?)分[,;])?[^\d;]*?按(?:照)?(?P<grades>\d+(?:\.\d+)?分(?:、\d+(?:\.\d+)?分)+)"
                            r"(?:(?P<n>\d+)个)?(?:档次|档|等次|等级)(?:扣分|扣减|扣除);?$")
#: “…取得…证书,得1分;非试点地区,本项不扣分”: the requirement for the 分值, then a case exempt from it
_EXEMPT_CASE = lazy_compile(r"^(?P<req>[^;]{4,80}?),?(?:得|计)(?P<pts>\d+(?:\.\d+)?)分;(?P<exempt>(?:非|不属于|未列入|未纳入)[^;,\d]{1,20}?)[,:]?"
                          r"(?:本项|此项|该项)?(?:不扣分|得满分);?(?:(?:查看|查阅|核查|检查|查)[^;\d]*;?)?$")


def _grades_listed(w: Wording) -> Proposed | None:
    """“计15分,根据公文实际按3分、5分、8分3个档次扣分”: deductions of set grades, one of which the team picks, beside
    the unsaid situation that costs nothing: the 分值, then the 分值 less each grade. To check: that the row loses
    nothing when nothing is found wanting is read, not said."""
    m = _GRADES_LISTED.match(w.text)
    if m is None or (m.group("full") and d(m.group("full")) != w.weight):
        return None
    grades = [d(g) for g in re.findall(r"(\d+(?:\.\d+)?)分", m.group("grades"))]
    if (m.group("n") and int(m.group("n")) != len(grades)) or grades != sorted(set(grades)) or grades[-1] > w.weight:
        return None
    found = [("符合要求，不扣分", w.weight)] + [(f"扣{fmt(g)}分档", w.weight - g) for g in grades]
    return _options(found, w, doubts=(f"“按{m.group('grades')}档次扣分”：不扣分的情形原文未明说，按得满分读，请核对",))


#: a grade's name: “1级” (一级, normalised), “甲级”, “A类”, “2档”, “3等”
_GRADE_NAME = r"(?:[1-9]|[A-E]|[甲乙丙丁])(?:级|类|档|等)"
#: the grades and their points first (“一级6分;二级3分;三级1分。”), perhaps after what is graded (“历史事件(名人):”), then
#: each grade defined in turn (“一级:…二级:…”)
_GRADES_THEN_DEFINED = lazy_compile(r"^(?P<what>[^;:\d]{1,20}:)?(?P<grades>(?:" + _GRADE_NAME + r"(?:为|得|计)?\d+(?:\.\d+)?分[;,、]){2,6})"
                                  r"(?P<defs>(?:" + _GRADE_NAME + r")[:：].+)$")
_GRADE_SCORED = lazy_compile(r"(?P<g>" + _GRADE_NAME + r")(?:为|得|计)?(?P<pts>\d+(?:\.\d+)?)分")
#: where each grade's definition opens: its name and a colon, opening the text or after a clause or straight after the
#: last definition's words (no stop between, cells run together)
_GRADE_DEFINED = lazy_compile(r"(?P<g>" + _GRADE_NAME + r")[:：]")


def _grades_defined_after(w: Wording) -> Proposed | None:
    """“一级6分;二级3分;三级1分。一级:原貌保存完好…二级:…三级:…”: the grades with their points, then what each grade
    is, in the same order: one grade is picked, the best on the 分值. A case fitting no grade is unsaid (0, to check), and
    which grade the case is, is the team's judgement of the definitions."""
    m = _GRADES_THEN_DEFINED.match(w.text.rstrip(";."))
    if m is None:
        return None
    scored = [(g.group("g"), d(g.group("pts"))) for g in _GRADE_SCORED.finditer(m.group("grades"))]
    names = [g for g, _p in scored]
    points = [p for _g, p in scored]
    if len(set(names)) != len(names) or points[0] != w.weight or points != sorted(set(points), reverse=True):
        return None
    defs_at = m.start("defs")
    marks = list(_GRADE_DEFINED.finditer(w.text, defs_at))
    if [x.group("g") for x in marks] != names or marks[0].start() != defs_at:
        return None
    ends = [x.start() for x in marks[1:]] + [len(w.text.rstrip(";."))]
    defined = [w.text[x.end():end].strip(";,") for x, end in zip(marks, ends)]
    if any(len(x) < 2 or re.search(r"\d+(?:\.\d+)?分|扣|得分", x) for x in defined):
        return None  # a definition scoring on its own: no grade's words alone
    found = list(zip(defined, points))
    proposed = _options(found, w, doubts=(f"“{'、'.join(names)}”：等级按其后的定义由评价组判断",))
    return _none_unsaid(proposed) if points[-1] > 0 else proposed


def _exempt_case(w: Wording) -> Proposed | None:
    """“开展试点地区的企业…取得…资格证书,得1分;非试点地区,本项不扣分”: the requirement met for the 分值, not met for 0,
    and a case the requirement does not apply to, for the 分值: three situations, to check."""
    m = _EXEMPT_CASE.match(w.text)
    if m is None or d(m.group("pts")) != w.weight:
        return None
    req, exempt = m.group("req"), m.group("exempt")
    found = [(req, w.weight), (f"未做到：{req}", Decimal(0)), (exempt, w.weight)]
    return _options(found, w, doubts=(f"“{exempt},本项不扣分”：按得满分的情形读，请核对",))


#: “反响一般、社会声誉一般的,各扣1分,差的各扣2分”: aspects each graded (a middle grade named with each aspect), what
#: each middle grade costs, then what each lowest grade costs; perhaps a sentence defining the best grade after them
_ASPECTS_GRADED = lazy_compile(r"^(?P<aspects>[\u4e00-\u9fff]{1,12}?(?P<mid>一般|较差)(?:、[\u4e00-\u9fff]{1,12}?(?P=mid))*)(?:的|者)?,?"
                             r"(?P<each>各|均|分别)?扣(?P<x>\d+(?:\.\d+)?)分[,;](?P<low>差|较差|很差|不好)(?:的|者)?,?(?P=each)?扣"
                             r"(?P<y>\d+(?:\.\d+)?)分[;,]?(?P<rest>[^;\d]*?(?:是)?指[^\d分扣]*?)?[;,]?$")


def _aspects_graded(w: Wording) -> Proposed | None:
    """“反响一般、社会声誉一般的,各扣1分,差的各扣2分”: each aspect named is graded on its own, the best costing nothing, the
    middle grade and the lowest what the text says: one 情形选择 per aspect, the 分值 shared among them alike, each
    its share, less the cost of each grade. Never confidently: how the 分值 is shared is not said (the sums agree
    for any share no lower than the lowest grade's cost), nor what the best grade is called."""
    m = _ASPECTS_GRADED.match(w.text)
    if m is None or m.group("mid") == m.group("low"):
        return None
    aspects = [a.removesuffix(m.group("mid")) for a in m.group("aspects").split("、")]
    if (len(aspects) > 1 and not m.group("each")) or len(set(aspects)) < len(aspects) or not all(aspects):
        return None
    x, y = d(m.group("x")), d(m.group("y"))
    share = w.weight / len(aspects)
    if not 0 < x < y <= share or share != share.quantize(Decimal("0.01")):
        return None
    rest = m.group("rest") or ""
    # the best grade named where the sentence after defines it (“较强反响指…”): its label
    best = {a: f"{n.group(1)}{a}" for a in aspects if (n := re.match(r"^([\u4e00-\u9fff]{1,4}?)" + re.escape(a) + r"(?:是)?指", rest))}
    items = [RULE.item(a, share, {"options": [
        {"key": "g", "label": best.get(a, f"{a}好"), "score": s(share)},
        {"key": "m", "label": f"{a}{m.group('mid')}", "score": s(share - x)},
        {"key": "b", "label": f"{a}{m.group('low')}", "score": s(share - y)}]}) for a in aspects]
    for k, it in enumerate(items):
        it["key"] = chr(ord("a") + k)
    doubts = [f"“{m.group('aspects')}”：每项各按一个情形选择读，分值平均分给各项（各 {fmt(share)} 分），未扣分的情形原文未明说"]
    return Proposed(items, f"{len(items)} 个评分项：情形选择，" + "、".join(aspects) + "各按好、"
                    f"{m.group('mid')}、{m.group('low')}三种情形", tuple(doubts))


#: a fault and what it costs, closing a requirement: the whole (“无计划不得分”) or a part (“未落实扣1分”)
_REQUIRED_FAULT = lazy_compile(r"^(?P<label>[^;,]+?)(?:的)?,?(?:(?P<none>" + ZEROED[3:-1] + r")|扣(?P<less>\d+(?:\.\d+)?)分)$")
#: the row's name and its points heading the requirement: “艾滋病防制科室设置(0.2分):”
_POINTS_HEADING = lazy_compile(r"^[^;,:()\d]{1,24}\((?P<pts>\d+(?:\.\d+)?)分\):")
#: what makes a fault counted or its deduction run on, or scoring words in the requirement: never one situation
_REQUIRED_RUNS_ON = lazy_compile(r"每|为止|累计|扣完|分|扣|得|计\d|%|[≥≤<>]|以上|以下|各$")


def _required_then_whole_and_lesser(w: Wording) -> Proposed | None:
    """“制订年度计划,有目标、有措施,并得到落实。无计划不得分,未落实扣1分。”: what is asked, no points of its own, then two
    faults closing the text, one zeroing the row and the other costing part of it. Met, the 分值 (which the text leaves
    unsaid); the lesser fault, the 分值 less its cost; the whole fault, 0 (found together, the row scores 0 anyway): one
    of three situations. To check: the full situation is read, not said."""
    sentences = [x for x in w.text.rstrip(";.").split(";") if x]
    if len(sentences) < 2:
        return None
    clauses = [x for x in re.split(r"[,;]", sentences[-1]) if x]
    if len(clauses) != 2 and len(sentences) >= 3:  # the two faults in sentences of their own
        clauses, sentences = sentences[-2:], sentences[:-1]
    if len(clauses) != 2:
        return None
    heading = _POINTS_HEADING.match(";".join(sentences[:-1]))
    if heading and d(heading["pts"]) != w.weight:
        return None
    asked = _POINTS_HEADING.sub("", ";".join(sentences[:-1]))
    faults = [_REQUIRED_FAULT.match(c) for c in clauses]
    if re.match(r"^" + CHECK_VERB + r"[^;,]{0,12}$", asked):
        return None  # “查资料。无…不得分;…扣1分”: how the row is checked, no requirement (a zeroing factor and a fault)
    if not all(faults) or not asked or _REQUIRED_RUNS_ON.search(WORDS_OF_RECORD.sub("", asked)) or "否则" in asked:
        return None
    found = [(m.group("label"), Decimal(0) if m.group("none") else w.weight - d(m.group("less"))) for m in faults if m]
    if sorted(p for _l, p in found)[0] != 0 or not 0 < sorted(p for _l, p in found)[1] < w.weight:
        return None
    if any(_REQUIRED_RUNS_ON.search(label) or _ONE_CASE.match(label) or re.search(r"\d", label) for label, _p in found):
        return None
    found.sort(key=lambda x: -x[1])
    met = asked if len(asked) <= 40 else "达到上述要求"
    return _options([(met, w.weight), *found], w, doubts=(
        f"“{asked}”：满分情形评分标准未明说，按做到所列要求得满分读；“{found[1][0]}”与“{found[0][0]}”读作择一的情形",))


#: grades each with its points in brackets, listed: “A档(100分)、B档(90分)、C档(80分)、D档(50分)”
_GRADES_BRACKETED = lazy_compile(r"(?P<g>" + _GRADE_NAME + r")\((?P<pts>\d+(?:\.\d+)?)分\)")
_GRADES_BRACKETED_RUN = lazy_compile(r"(?:" + _GRADE_NAME + r"\(\d+(?:\.\d+)?分\)[、,]){2,7}" + _GRADE_NAME + r"\(\d+(?:\.\d+)?分\)")


def _bracketed_grades_among_words(w: Wording) -> Proposed | None:
    """“…完成情况非常好为A档,较好为B档,基本达标为C档,不达标为D档;…赋分点:A档(100分)、B档(90分)、C档(80分)、D档(50分)
    4档”: one list of grades, each with its points in brackets, falling, the first on the 分值, among words of how the
    grades are judged (a grade defined “…为A档” gets those words as its label). The team picks a grade: to check (the
    words around the list are not read)."""
    runs = list(_GRADES_BRACKETED_RUN.finditer(w.text))
    if len(runs) != 1:
        return None
    grades = [(m.group("g"), d(m.group("pts"))) for m in _GRADES_BRACKETED.finditer(runs[0].group(0))]
    scores = [p for _g, p in grades]
    if scores[0] != w.weight or any(a <= b for a, b in pairwise(scores)) or len({g[-1] for g, _p in grades}) != 1:
        return None
    rest = w.text[:runs[0].start()] + w.text[runs[0].end():]
    if re.search(r"\d+(?:\.\d+)?分|扣", rest):
        return None  # other points said: more than a grade picked
    found = []
    for g, p in grades:
        said = re.search(r"(?:^|[,;:])([^,;:]{1,16}?)为" + re.escape(g) + r"(?![\d])", w.text[:runs[0].start()])
        found.append((f"{g}（{said.group(1)}）" if said else g, p))
    return _options(found, w, doubts=(f"“{runs[0].group(0)}”：按所列各档择一计分，档次由评价组判定，其余文字未计入规则",))


#: the best situation's count “N个及以上”, the figure of a situation the others name in words
_COUNT_OR_MORE = lazy_compile(r"(?<![\d.])(?P<n>\d+)(?P<unit>个|项|类|种|家|所|人|名|次)(?:及|或)?以上")


def _count_or_more_then_named(w: Wording) -> Proposed | None:
    """“超额完成包括全科在内的3个及以上紧缺专业招收任务的,得3分;超额完成…2个紧缺专业…,得2分;超额完成全科专业招收
    任务,得1分;未超额完成全科专业招收任务,不得分”: situations in falling order from the 分值 to 0, the best a count or
    more, a lower one named in words with no figure (a count's bands could not say it): one of them is picked. To
    check: the count between those said is read as its situation's words."""
    if re.search(r"每|扣|%|[≥≤<>]|以下|以内|不足|不到|低于|少于", w.text):
        return None
    found = graded_segments(w.text, w.weight)
    if len(found) < 3:
        return None
    labels, scores = [label for label, _share, _p in found], [p for _label, _share, p in found]
    if scores[0] != w.weight or scores[-1] != 0 or any(a <= b for a, b in pairwise(scores)):
        return None
    top = _COUNT_OR_MORE.search(labels[0])
    if top is None or any(_RANGE_WORDS.search(label) for label in labels[1:]) or len(_RANGE_WORDS.findall(labels[0])) != 1:
        return None
    if not any(not re.search(r"\d", label) for label in labels[1:-1]):
        return None  # every lower situation a count: the count's bands (分档)
    counts = [int(m.group(1)) for label in labels[1:] for m in re.finditer(r"(?<![\d.])(\d+)" + top["unit"], label)]
    if any(c >= int(top["n"]) for c in counts):
        return None
    return _options(list(zip(labels, scores)), w, doubts=(
        f"“{top.group(0)}”：按情形读，所列情形择一计分（最高一档为{top.group(0)}，其余按所写文字）",))


#: “擔任學輔中心輔導老師每學年加2分，學輔中心義務輔導老師加1分”: roles, the first with the period it is scored each of, then
#: the others with their points
_ROLES_EACH_PERIOD = lazy_compile(r"^(?P<first>[^;,\d]{4,40}?),?每(?P<period>学年|学期|年度|年|季度|月)(?P<verb>得|计|加)(?P<pts>\d+(?:\.\d+)?)分"
                                r"(?P<rest>(?:,[^;,\d]{2,40}?(?P=verb)\d+(?:\.\d+)?分)+);?$")
_ROLE_POINTS = lazy_compile(r",(?P<role>[^;,\d]{2,40}?)(?:得|计|加)(?P<pts>\d+(?:\.\d+)?)分")


def _roles_each_period(w: Wording) -> Proposed | None:
    """“担任学辅中心辅导老师每学年加2分,学辅中心义务辅导老师加1分” on 2 points: roles, one of which the person holds in the
    period, the first on the 分值 and the others less; holding none scores nothing (unsaid). Scored for one period (which
    one, and whether periods add up, is to check)."""
    m = _ROLES_EACH_PERIOD.match(ORDINAL_AT.sub("", w.text)) if "每" in w.text else None
    if m is None or d(m.group("pts")) != w.weight:
        return None
    found = [(f"{m.group('first')}（当{m.group('period')}）", w.weight)]
    found += [(r.group("role"), d(r.group("pts"))) for r in _ROLE_POINTS.finditer(m.group("rest"))]
    scores = [p for _l, p in found]
    if any(a <= b for a, b in pairwise(scores)) or scores[-1] <= 0 or any(re.search(r"每|扣|共|合计|累计", label) for label, _p in found):
        return None
    return _none_unsaid(_options(found, w, doubts=(
        f"“每{m.group('period')}”：按一{m.group('period')}内担任其一读，各{m.group('period')}是否累计未说明",)))


# ── situations each closed by “者N分”, levels “为/积N分” counted at the highest, lists with a shared predicate ──
#: a blank left for the team's score closing the text (“( )”, “(  )”): no part of the wording
_SCORE_BLANK = lazy_compile(r"[;,]?\(\s*\)[;.]?$")
#: one situation closed by “者” and its score, no 得 said: “…及时完成监测者8分”, “参加考核且未通过者0分”
_WHO_SCORES = lazy_compile(r"^(?P<label>[^;:]+?者)(?:(?P<pts>\d+(?:\.\d+)?)分|(?P<none>不得分|不计分))$")
#: a line on a value in a situation's words: bands of a value, read by tiers
_BAND_WORDS = lazy_compile(r"\d%|≥|≤|[<>﹤﹥]|\d[^,;\d]{0,6}?(?:以上|以下|以内|不足|超过)|不少于|不低于|达到\d")


def _who_scores(w: Wording) -> Proposed | None:
    """“近3年,每年…及时完成监测者8分;期间有2年完成监测者5分,有1年完成监测者3分”: situations each closed by “者” and
    its score, 得 unsaid, the best on the 分值; the clauses before one (“近3年”) part of it. None of them holding scores
    nothing where no situation scores 0 (unsaid). Always to check: the score read from “者N分”."""
    t = _SCORE_BLANK.sub("", w.text.rstrip(";."))
    found: list[tuple[str, Decimal]] = []
    for sentence in (x for x in t.split(";") if x):
        lead: list[str] = []
        for piece in sentence.split(","):
            m = _WHO_SCORES.match(piece)
            if m is None:
                lead.append(piece)
                continue
            found.append((",".join([*lead, m.group("label")]), d(m.group("pts")) if m.group("pts") else Decimal(0)))
            lead = []
        if lead:
            return None  # words after the last situation: a remark or a fault this wording does not hold
    scores = [p for _l, p in found]
    if len(found) < 2 or max(scores) != w.weight or len(set(scores)) != len(scores):
        return None
    if any(_BAND_WORDS.search(label) or NOT_A_STATEMENT.search(label) or re.search(r"扣\d|加\d|每次|/次", label)
           for label, _p in found):
        return None
    proposed = _options(found, w, doubts=("“…者N分”：读作该情形的得分",))
    return proposed if 0 in scores else _none_unsaid(proposed)


#: one level and its points, no 得 said: “大专(高职)为30分”, “持证人取得大学本科学历,积60分”
_LEVEL_POINTS = lazy_compile(r"(?P<label>[^;,:\d]+?)(?:的)?,?(?:为|积|计)(?P<pts>\d+(?:\.\d+)?)分")
#: only the highest level held counts: “按最高学历计分,不累加计分”, “指标最高分值110分”, “就高不就低”
_HIGHEST_LEVEL = lazy_compile(r"按最高[\u4e00-\u9fff]{0,4}(?:计分|计算|积分)|不累加|不累计|不重复计分|就高|最高分值\d+(?:\.\d+)?分")
#: words that name a cap or the points of the item, not a level
_NOT_A_LEVEL = lazy_compile(r"分值|满分|总分|最高|最多|权重|封顶|累计")


def _levels_highest_counts(w: Wording) -> Proposed | None:
    """“大专(高职)为30分;大学本科为60分;硕士研究生为200分;博士研究生为400分,按最高学历计分,不累加计分”, “持证人取得大专
    (高职)学历,积50分持证人取得大学本科学历,积60分…积110分” (lines run together): levels each with its points after
    为/积/计, 得 unsaid, the points rising to the 分值, and the text saying only the highest level held counts: a 情形选择
    of the levels; holding none of them scores nothing (unsaid, to check)."""
    t = w.text.rstrip(";.")
    if not _HIGHEST_LEVEL.search(t):
        return None
    found = list(_LEVEL_POINTS.finditer(t))
    if len(found) < 3:
        return None
    # the levels follow one another, nothing but a separator between them, and nothing after the last but the remark
    # that the highest counts
    if any(re.fullmatch(r"[;,]?", t[a.end():b.start()]) is None for a, b in pairwise(found)):
        return None
    tail = t[found[-1].end():].strip(";,")
    if tail and not all(_HIGHEST_LEVEL.search(x) or re.fullmatch(r"不累加计分|不累计计分|不重复计分", x)
                        for x in re.split(r"[;,]", tail) if x):
        return None
    labels = [re.sub(r"^.*积分(?=[\u4e00-\u9fff])", "", m.group("label")).strip() for m in found]
    scores = [d(m.group("pts")) for m in found]
    if any(a >= b for a, b in pairwise(scores)) or scores[-1] != w.weight or scores[0] <= 0:
        return None
    if any(not x or _NOT_A_LEVEL.search(x) or _BAND_WORDS.search(x) or NOT_A_STATEMENT.search(x) for x in labels):
        return None
    return _none_unsaid(_options(list(zip(labels, scores, strict=True)), w,
                                 doubts=("“为/积…分”：读作所具备的最高一级的得分，各级不累加",)))


#: “被镇、江山市、衢州市、省级以上推广使用的或媒体宣传的,分别加2分、4分、8分、10分”: levels listed, the words they share
#: said after the last, a comma, then their scores respectively
_SHARED_THEN_RESPECTIVELY = lazy_compile(r"^(?P<lead>被|经|由|在|获)?(?P<list>[^,;:()、\d]+(?:、[^,;:()、\d]+)+)"
                                       r",分别(?P<verb>得|计|记|加|给|赋)" + _SCORES_RESPECTIVELY)


def _shared_then_respectively(w: Wording) -> Proposed | None:
    """Levels listed, the words they share after the last (“被镇、江山市、衢州市、省级以上推广使用的”), a comma, then
    their scores respectively rising to the 分值, after a heading (“1.创新性加分。在工作中采用的创新做法,”): one level
    holds (the highest), none of them scoring nothing (unsaid). Always to check: the levels read as one, not summed."""
    t = w.text.rstrip(";.")
    if "分别" not in t:
        return None
    sentences = t.split(";")
    last = sentences[-1].split(",")
    m = None
    for i in range(len(last) - 1, 0, -1):  # the list starts after a comma of the sentence
        m = _SHARED_THEN_RESPECTIVELY.match(",".join(last[i - 1:]))
        if m:
            heads = [*sentences[:-1], *last[:i - 1]]
            break
    if m is None:
        return None
    items = m.group("list").split("、")
    scores = [d(x.rstrip("分")) for x in SCORE_SEPARATOR.split(m.group("scores"))]
    if len(items) != len(scores) or len(items) < 2 or any(a >= b for a, b in pairwise(scores)) or scores[-1] != w.weight:
        return None
    heads = [re.sub(r"^\d+[.、]", "", x) for x in heads if x]
    if any(NOT_A_STATEMENT.search(x) or re.search(r"\d", x) for x in [*heads, *items]):
        return None
    shared = items[-1]
    lead = m.group("lead") or ""
    labels = [f"{lead}{x}" for x in items]
    doubts = [f"“{x}”：未计入情形" for x in heads]
    doubts.append(f"“{shared}”：各级共用，按所达到的最高一级计分，不累加")
    if m.group("verb") == "加":
        doubts.append("“加…分”：读作该情形的得分")
    return _none_unsaid(_options(list(zip(labels, scores, strict=True)), w, doubts=tuple(doubts)))


#: “未完成,-2分/次,扣完为止”, “未完成的,每次扣2分,扣完为止”: the last situation, a cost per time until nothing is left
_PER_TIME_TO_NOTHING = lazy_compile(r";(?P<label>[^;,\d]{2,16}?)(?:的)?,(?:-(?P<a>\d+(?:\.\d+)?)分/次|每次扣(?P<b>\d+(?:\.\d+)?)分),"
                                  r"扣完为止;?$")


def per_time_to_nothing(t: str) -> re.Match[str] | None:
    return _PER_TIME_TO_NOTHING.search(t) if "扣完为止" in t else None


def _situations_then_per_time(w: Wording) -> Proposed | None:
    """“按时完成,且完整,5分;…;延迟完成,2分;未完成,-2分/次,扣完为止”: situations with their scores, then the worst
    one costing points per time until nothing is left: that situation scores 0 for the row (to check: the cost per
    time read as taking the row to 0)."""
    m = per_time_to_nothing(w.text)
    if m is None:
        return None
    rest = _situations(Wording(w.text[:m.start()] + ";", w.weight, w.name))
    if rest is None or len(rest.items) != 1 or rest.items[0]["type"] != "choice":
        return None
    # (the situation none of those said holds, added where no situation scores 0, is the one costing per time)
    opts = [o for o in rest.items[0]["params"]["options"] if o["label"] != NONE_APPLIES]
    if any(Decimal(o["score"]) == 0 for o in opts):
        return None
    per = m.group("a") or m.group("b")
    found = [(o["label"], Decimal(o["score"])) for o in opts] + [(m.group("label"), Decimal(0))]
    return _options(found, w, doubts=(*(x for x in rest.doubts or () if x != NONE_APPLIES_DOUBT),
                                      f"“{m.group(0).strip(';')}”：读作该情形本项得0分（每次扣{per}分，扣完为止）"))


#: a closing clause zeroing the row on a case of its own beside the situations: “…,出现重大失误的本项不得分”, “…;如有弄虚作假,
#: 实行一票否决”, “…,发生安全事故的本项否决” — the case opens as a case (如有, 出现, 发生 …) or names a fault or a lie
_OVERRIDING = (r"(?:(?:如|若|凡)(?:有|出现|发生|存在|发现)?|出现|发生|存在|发现|有)[^,;\d分]{2,20}?|"
               r"[^,;\d分]{0,12}?(?:弄虚作假|造假|虚报|瞒报|谎报|失误|事故|差错|违规|违纪)[^,;\d分]{0,6}?")
_ZEROED_CASE = lazy_compile(r"[,;](?P<case>" + _OVERRIDING + r")(?:的|者)?,?"
                          r"(?:(?:则|即)?(?:本项|该项|此项|本指标)?(?:得分)?(?:不得分|不计分|计0分|得0分|为0分|0分)|"
                          r"(?P<veto>(?:实行|实施|予以)?“?一票否决”?)|(?P<row>(?:本项|该项|此项)否决))[;.]?$")


def overriding(label: str) -> bool:
    """Whether a situation scoring 0 is a case of its own that zeroes the row whatever else holds (“出现重大失误”,
    “如有弄虚作假”): picked when it happens, beside situations that cover the rest."""
    return re.fullmatch(_OVERRIDING, label) is not None and not NAMES_A_LACK.match(label)


def _situations_then_zeroed(w: Wording) -> Proposed | None:
    """“优秀10分,良好8分,一般5分,差0分,出现重大失误的一票否决”, “按时完成5分,延迟完成2分,未完成0分;弄虚作假的本项不得分”:
    situations with their scores, then a case of its own zeroing the row: one more situation, scoring 0. A veto
    (一票否决) is read as the row scoring nothing; whether it reaches past the row is the evaluator's (to check)."""
    m = _ZEROED_CASE.search(w.text)
    if m is None or m.start() == 0:
        return None
    body = Wording(w.text[:m.start()] + ";", w.weight, w.name)
    for read in (_situations, _plain_situations, _scored_situations, _graded_run):
        rest = read(body)
        if rest is not None and len(rest.items) == 1 and rest.items[0]["type"] == "choice":
            break
    else:
        return None
    case = m.group("case")
    opts = rest.items[0]["params"]["options"]
    # (a requirement met or not, “…得3分,否则不得分;弄虚作假的,实行一票否决”, is a 要点核查 with a key point: read there)
    if any(case in str(o["label"]) or re.match(r"否则|其他|其余|其它", str(o["label"])) for o in opts):
        return None
    found = [(str(o["label"]), Decimal(o["score"])) for o in opts] + [(case, Decimal(0))]
    doubts = tuple(rest.doubts or ())
    if m.group("veto"):
        doubts += (f"“{m.group(0).strip(',;.')}”：读作本项不得分；否决是否及于整个考核，不在本项规则内，请核对",)
    elif m.group("row"):
        doubts += (f"“{m.group(0).strip(',;.')}”：“否决”读作本项不得分，请核对",)
    return _options(found, w, doubts=doubts)


RULE = RuleType(
    type="choice",
    name=T("情形选择"),
    params=(
        Param("options", T("情形"), "table", required=True,
              default=lambda item_max: [{"key": "o1", "label": "符合", "score": item_max},
                                        {"key": "o2", "label": "不符合", "score": "0"}],
              columns=(Column("key", T("编号"), "text", "o{n}"), Column("label", T("情形"), "text"),
                       Column("score", T("得分"), "number"))),
    ),
    inputs=(Input("option", T("情形"), "option"),),
    check=check,
    score=score,
    options=options,
    proposals=(Recogniser(1010, _situations), Recogniser(990, _asked_situations), Recogniser(1260, _plain_situations),
               Recogniser(1090, _faults_as_situations), Recogniser(1100, _bare_scores),
               Recogniser(1110, _full_then_faults), Recogniser(680, _respectively_if),
               Recogniser(1060, _slash_situations), Recogniser(1320, _scored_situations), Recogniser(1330, _respectively),
               Recogniser(1120, _lettered), Recogniser(1140, _graded_run), Recogniser(1150, _met_or_less), Recogniser(1160, _top_then_rest), Recogniser(940, _numbered_situations), Recogniser(60, _whole_and_lesser_fault), Recogniser(130, _grades_deducted), Recogniser(140, _degrees_deducted),
               Recogniser(1480, _levels_in_order), Recogniser(1630, _roles_in_situations), Recogniser(1640, _factor_situations),
               Recogniser(2650, _grades_of_requirement), Recogniser(1670, _met_then_ranked),
               Recogniser(1540, _grouped_situations), Recogniser(1710, _base_said_last_situations), Recogniser(1950, _grades_listed), Recogniser(1960, _exempt_case), Recogniser(2030, _bracketed_grades), Recogniser(2040, _graded_points),
               Recogniser(2460, _grades_defined_after), Recogniser(2170, _aspects_graded), Recogniser(1750, _graded_columns),
               Recogniser(2550, _required_then_whole_and_lesser), Recogniser(2560, _bracketed_grades_among_words),
               Recogniser(2570, _count_or_more_then_named),
               Recogniser(2580, _roles_each_period), Recogniser(6070, _who_scores), Recogniser(6080, _levels_highest_counts),
               Recogniser(6090, _shared_then_respectively), Recogniser(6100, _situations_then_per_time),
               Recogniser(6490, _situations_then_zeroed), Recogniser(8800, _honour_levels_highest),
               Recogniser(9220, _ratio_grades), Recogniser(10400, _described_levels),
               Recogniser(10410, _graded_then_ratio_row)),
    describe=describe,
)

