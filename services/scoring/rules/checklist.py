"""要点核查: each point (①②③) is met, partly met or not met; a key point (gate) failing zeroes the item."""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from decimal import Decimal
from fractions import Fraction
from itertools import pairwise
from typing import Any

from models.messages import said as refusal
from services.core.numbers import ZERO, RuleInputError, fmt, to_decimal
from services.core.patterns import found_by, lazy_compile
from services.scoring.rules import all_or_nothing, choice, deduction, tiers
from services.scoring.rules.base import (
    Column,
    Input,
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
    data,
    joined,
    msg,
    need,
    said,
)
from services.scoring.rules.wording import (
    BRACKETED_POINTS,
    CIRCLED,
    HOTLINE,
    MATERIAL_FIGURE,
    NOT_A_STATEMENT,
    NUM,
    ORDINAL,
    ORDINAL_AT,
    PART_MARK,
    STAFF_ASKED,
    WORDS_OF_RECORD,
    ZEROED,
    Statement,
    d,
    deducting_segments,
    figure_in,
    graded_segments,
    items_met_ladder,
    levels_then_words,
    marks,
    met_count_ladder,
    point_label,
    point_texts,
    s,
    scored_statements,
    states_shares,
)

STATES = {"met": "满足", "partly": "部分满足", "not_met": "不满足"}


def check(params: Params, item_max: Decimal) -> list[str]:
    points = params.get("points")
    if not isinstance(points, list) or not points:
        return [refusal("缺少要点列表 points")]
    problems: list[str] = []
    total, keys = ZERO, set()
    for i, p in enumerate(points, 1):
        if not isinstance(p, Mapping) or "key" not in p:
            problems.append(refusal("第 {i} 个要点缺少 key", i=i))
            continue
        if p["key"] in keys:
            problems.append(refusal("要点 key “{key}”重复", key=p["key"]))
        keys.add(p["key"])
        sub = need(p, "max")
        problems += [refusal("要点“{label}”：{problem}", label=p.get("label", p["key"]), problem=m) for m in sub]
        if not sub:
            total += to_decimal(p["max"], "max")
    if not problems and total != item_max:
        problems.append(refusal("各要点分值之和 {sum} 不等于该项分值 {max}", sum=fmt(total, 4), max=fmt(item_max, 4)))
    if params.get("gate") is not None and params["gate"] not in keys:
        problems.append(refusal("关键要素 gate “{gate}”不是任何要点的 key", gate=params["gate"]))
    return problems


def score(params: Params, inputs: Inputs, item_max: Decimal) -> ItemResult:
    answers = inputs.get("points") or {}
    points = params["points"]
    if not answers:
        return ItemResult(None, msg(T("尚未评判")))
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
            raise RuleInputError(refusal("要点“{label}”的判断无法识别：{state!r}", label=label, state=state))
        if state == "met":
            got = pmax
        elif state == "not_met":
            got = ZERO
            if params.get("gate") == p["key"]:
                gate_failed = label
        else:
            got = to_decimal(ans.get("value") if isinstance(ans, Mapping) else None, f"“{label}”部分满足的得分")
            if got > pmax:
                raise RuleInputError(refusal("要点“{label}”部分满足的得分 {got} 超过该要点分值 {pmax}", label=label, got=fmt(got), pmax=fmt(pmax)))
        total += got
        parts.append(msg(T("%1%2 %3/%4"), label, msg(STATES[state]), fmt(got), fmt(pmax)))
    if missing:
        return ItemResult(None, msg(T("已评判 %1/%2 个要点，尚缺：%3"), len(parts), len(points),
                                    joined([data(m) for m in missing], T("、"))))
    if gate_failed:
        return ItemResult(ZERO, said(msg(T("关键要素“%1”不满足，本项不得分；"), gate_failed)) + joined(parts, T("；")), ZERO)
    return clamp(total, item_max, joined(parts, T("；")) + said(msg(T("；得分 = %1"), fmt(total))))


def notes(params: Params, item_max: Decimal) -> list[Note]:
    gate = next((p for p in params.get("points") or [] if isinstance(p, Mapping) and p.get("key") == params.get("gate")), None)
    if not params.get("gate") or gate is None:
        return []
    return [Note((msg(T("关键要素：%1 不满足时本项不得分"), gate.get("label") or gate["key"]),))]


def max_from_params(params: Params) -> Decimal:
    """The item's 分值 is the sum of its points."""
    return sum((Decimal(str(p["max"])) for p in params.get("points", []) if p.get("max")), Decimal(0))


# ── wordings ────────────────────────────────────────────────────────────────
_MARK_GROUP = lazy_compile(rf"(?P<marks>[{CIRCLED}](?:[、,和及与~\-至]*[{CIRCLED}])*)(?P<each>各)?(?P<pts>\d+(?:\.\d+)?)分")


def _circled(w: Wording) -> Proposed | None:
    """①②③ …N分 clauses: a point each, or a per-instance deduction where the clause says 每…扣…分."""
    t, name = w.text, w.name
    groups = [m for m in _MARK_GROUP.finditer(t) if t[max(0, m.start() - 1):m.start()] != "第"]
    if not groups:
        return None
    texts = point_texts(w.points)
    clauses = []
    for i, m in enumerate(groups):
        end = groups[i + 1].start() if i + 1 < len(groups) else len(t)
        clauses.append((marks(m.group("marks")), d(m.group("pts")), t[m.end():end]))
    deductions: list[dict[str, Any]] = []
    checklist: list[dict[str, Any]] = []
    for mks, pts, rest in clauses:
        found = deduction.PER_INSTANCE.search(rest)
        for mk in mks:
            if found:
                per = d(found.group(3)) / d(found.group(1))
                deductions.append(deduction.RULE.item(point_label(mk, texts), pts,
                                                      {"per": s(per), "unit": found.group(2)}, key=""))
            else:
                checklist.append({"key": f"p{CIRCLED.index(mk) + 1}", "label": point_label(mk, texts), "max": s(pts)})
    items: list[dict[str, Any]] = list(deductions)
    if checklist:
        total = sum((d(p["max"]) for p in checklist), Decimal(0))
        params: dict[str, Any] = {"points": checklist}
        gate = re.search(rf"([{CIRCLED}])不符合\)?的?,?(?:本|该)?(?:指标|项)?不得分", t)
        if gate and f"p{CIRCLED.index(gate.group(1)) + 1}" in {p["key"] for p in checklist}:
            params = {"gate": f"p{CIRCLED.index(gate.group(1)) + 1}", "points": checklist}
        short = re.sub(r"[（(].*?[)）]", "", name)[-6:] if name else ""
        items.append(RULE.item("".join(p["label"][0] for p in checklist) + short, total, params, key=""))
    for i, it in enumerate(items):
        it["key"] = chr(ord("a") + i)
    words = []
    if deductions:
        words.append(f"{len(deductions)} 个逐例扣分项（" + "、".join(
            f"{it['label'][0]}{fmt(d(it['max']))}分每{it['params']['unit']}扣{it['params']['per']}" for it in deductions) + "）")
    if checklist:
        words.append(f"要点核查 {len(checklist)} 个要点（" + "、".join(
            f"{p['label'][0]}{p['max']}分" for p in checklist) + "）")
    return Proposed(items, "；".join(words))


_EACH = lazy_compile(r"^([^;]+?)各" + NUM + "分")
_LIST_MARKS = lazy_compile(r"[、,和及]")
#: (“每个村点有干部驻村帮扶”, “每个乡镇均配备…”: every one of them holding it, a requirement, never a step)
_NOT_A_POINT = lazy_compile(r"\d|≥|≤|[<>]|以上|以下|每(?!个[\u4e00-\u9fff]{1,6}?(?:均|都|有|已))|扣|不")


def _plain(w: Wording) -> Proposed | None:
    """A、B、C各N分 (without a per-instance deduction after it)."""
    t = w.text
    m = _EACH.search(t)
    if not m:
        return None
    parts = [p for p in _LIST_MARKS.split(m.group(1)) if p]
    if len(parts) < 2 or deduction.PER_INSTANCE.search(t[m.end():]):
        return None
    pts = d(m.group(2))
    points = [{"key": f"p{i}", "label": p, "max": s(pts)} for i, p in enumerate(parts, 1)]
    return Proposed([RULE.item("、".join(parts), pts * len(parts), {"points": points})],
                    f"要点核查 {len(parts)} 个要点，各 {fmt(pts)} 分")


#: “各得1分”、“各占1分”、“1项1分”、“每项措施各1.5分”: every point is worth the same
#: (“每个观测点10分”, “每个检查点2分”: the points a row checks, named by what they are; “每一个步骤得20分”, “规范完成一个步骤
#: 得30分”: the steps of a practical task, each done or not)
_EACH_POINT = lazy_compile(r"(?:各(?:得|占|计|记)?|(?:(?:每|1)项|每1?个(?:观测点|检查点|考核点|评分点|采分点|要点|步骤)|"
                         r"(?<=完成)1个步骤)[\u4e00-\u9fff]{0,4}?各?"
                         r"(?:得|占|计|记|为)?)" + NUM + "分")
#: a list before it: “1、A;2、B;3、C”, or “A、B和C”
_LISTED = lazy_compile(r"(?:^|(?<=[;,:]))\(?(\d{1,2})[.、)](?!\d)")


#: the words leading to the share after the list, no point of it: “…资料归档,满足1项得1分”, “…,4项各1分”
_LEAD_IN = lazy_compile(r",(?:每|其中)?(?:满足|符合|完成|做到|达到|落实|具备|\d+项)$")


def _listed(head: str, n: int) -> list[str]:
    """The ``n`` points named before an equal share: numbered (1、…;2、…) or run together with 、 (or 和、及)."""
    marks = [m for m in _LISTED.finditer(head)]
    if len(marks) >= 2 and [int(m.group(1)) for m in marks] == list(range(1, len(marks) + 1)):
        return [head[m.end():(marks[i + 1].start() if i + 1 < len(marks) else len(head))].strip(",;:")
                for i, m in enumerate(marks)]
    head = _LEAD_IN.sub("", re.sub(r"^.*[;:]", "", head)).strip(",")
    for marks_between in (r"、", r"[、和及]"):
        parts = [p for p in re.split(marks_between, head) if p]
        if len(parts) == n:
            return parts
    joined = _attributes_joined([p for p in head.split("、") if p])
    if len(joined) == n:
        return joined
    return parts if len(parts) >= 2 else []


def _attributes_joined(parts: list[str]) -> list[str]:
    """“内容合法、完备、制定程序合法、完备”: a word of two characters or fewer after a point of four or more is what that
    point must also be (“完备”), no point of its own (read only where the points then number the 分值 over the share)."""
    joined: list[str] = []
    for p in parts:
        if joined and len(p) <= 2 and len(joined[-1].split("、")[0]) >= 4:
            joined[-1] += "、" + p
        else:
            joined.append(p)
    return joined


def _equal_points(w: Wording) -> Proposed | None:
    """“A、B、C各占1分”, “1、…;2、…每项措施各1.5分”, “有,各得1分” on 2 points: equal points adding up to the 分值.
    When the text does not name them, their number is the 分值 over the share, and the proposal is to check."""
    t = w.text
    m = _EACH_POINT.search(t)
    if not m or deduction.PER_INSTANCE.search(t) or re.search(r"扣|每(?:低|高|超|少|缺)", t) or levels_then_words(t):
        return None  # (“市、县…各得1分”: each level listed earns them, formula._levels_each)
    if items_met_ladder(t, w.weight) is not None:
        return None  # “符合3项标准为3分;…;符合1项标准为1分”: a count of items met (``_count_met``)
    if met_count_ladder(t, w.weight) is not None:
        return None  # “A、B、C,得满分;达到2项的得8分;达到1项的得6分”: a count of requirements met, each no share
    if re.match(r"[、,和及]\d", t[m.end():]):
        return None  # “市级、县级各得2分、1分”: each in turn its own points, not one amount for each (_each_in_turn)
    pts = d(m.group(1))
    if pts <= 0 or w.weight % pts or w.weight / pts < 2:
        return None
    n = int(w.weight / pts)
    labels = _listed(t[:m.start()].rstrip(",;"), n)
    named = len(labels) == n
    if not named and re.match(r"每1?项(?!各)[\u4e00-\u9fff]{1,4}?(?:得|计)", m.group(0)):
        return None  # “每项活动得2分” on 6, nothing listed: a count of things done, each earning (formula._earned)
    if not named:
        total = re.search(r"共" + NUM + "(?:项|个)", t)
        if labels or (total and d(total.group(1)) != n):
            return None
        kind = re.search(r"(?:每1?|1)个([\u4e00-\u9fff]{1,3}点|步骤)", m.group(0))  # (“第3个观测点”: the points named as the text does)
        labels = [f"第{i}个{kind.group(1)}" if kind else f"第{i}项" for i in range(1, n + 1)]
    points = [{"key": f"p{i}", "label": label, "max": s(pts)} for i, label in enumerate(labels, 1)]
    return Proposed([RULE.item(w.name or "要点", w.weight, {"points": points})],
                    f"要点核查 {n} 个要点，各 {fmt(pts)} 分",
                    None if named else (f"“{m.group(0)}”：要点共 {n} 个（分值 ÷ 每项分值），评分标准未列出",))


def _count_met(w: Wording) -> Proposed | None:
    """“符合上述3项标准为3分;符合2项标准为2分;符合1项标准为1分;3项标准均不符合为0分”: the points of each count of items
    met, in step with the count: a 要点核查 of that many items, each its share of the 分值. The items are named elsewhere
    (the row's 测评内容), so the proposal is to check."""
    ladder = items_met_ladder(w.text, w.weight)
    if ladder is None:
        return None
    n, noun = ladder
    each = w.weight / n
    points = [{"key": f"p{i}", "label": f"第{i}项{noun}", "max": s(each)} for i in range(1, n + 1)]
    return Proposed([RULE.item(w.name or "要点", w.weight, {"points": points})], f"要点核查 {n} 个要点，各 {fmt(each)} 分",
                    (f"按符合的{noun}项数计分（每项 {fmt(each)} 分）：各项{noun}评分标准未列出，请在要点中写明",))


def _each_in_turn(w: Wording) -> Proposed | None:
    """“市级、县级各得2分、1分” on 3 points: things listed, then after 各 their points in turn, adding up to the 分值 (the
    highest short of it): a 要点核查, one point each, each found earning its own. Never confidently: whether they add up or
    only one of them holds is not said (on the highest of them alone, one of them holds: choice._respectively)."""
    t = w.text.rstrip(";.")
    if "各" not in t or ";" in t:
        return None
    m = choice.RESPECTIVELY.search(t)
    if m is None or m.group("each") != "各" or m.group("count") or m.group("lead"):
        return None
    head = t[:m.start()].strip(",:")
    labels = m.group("list").split("、")
    amounts = [d(x.rstrip("分")) for x in choice.SCORE_SEPARATOR.split(m.group("scores"))]
    if len(labels) != len(amounts) or sum(amounts) != w.weight or any(not 0 < x < w.weight for x in amounts) \
            or re.search(r"\d", head) or any(not x or NOT_A_STATEMENT.search(x) for x in labels):
        return None
    points = [{"key": f"p{i}", "label": label, "max": s(x)} for i, (label, x) in enumerate(zip(labels, amounts), 1)]
    doubts = (f"“各{m.group(0).partition('各')[2]}”：读作依次对应各项的得分，各项可同时得分（相加至分值），请核对",)
    return Proposed([RULE.item(w.name or "要点", w.weight, {"points": points})],
                    f"要点核查 {len(points)} 个要点（{'、'.join(fmt(x) for x in amounts)}分）", doubts)


#: “经验做法在省、市、县得到肯定的,分别加5分、3分、2分”: levels of government listed (two may run together, “市县”), the
#: words they share, then each level's points in turn, adding up to the 分值
_LEVELS_ADDED = lazy_compile(r"^(?P<head>[^;]*?)(?P<verb>在|被|获|获得|受到|经)(?P<levels>" + choice.LEVEL + r"(?:[、和及]?"
                           + choice.LEVEL + r")+)(?P<words>[^,;:()、\d]{1,16}?)的?,?分别(?:加|得|计|记|给)"
                           r"(?P<amounts>\d+(?:\.\d+)?分?(?:[、和及]\d+(?:\.\d+)?分?)+)分?;?$")


def _levels_added(w: Wording) -> Proposed | None:
    """Levels listed and each level's points in turn (“在省、市、县得到肯定的,分别加5分、3分、2分”), the points adding up to
    the 分值 and none reaching it: a 要点核查, one point a level. Never confidently: whether the levels add up or only
    the highest counts is not said."""
    m = _LEVELS_ADDED.match(w.text) if "分别" in w.text else None
    if m is None:
        return None
    levels = re.findall(choice.LEVEL, m.group("levels"))
    amounts = [d(x.rstrip("分")) for x in re.split(r"[、和及]", m.group("amounts"))]
    if len(levels) != len(amounts) or sum(amounts) != w.weight or any(not 0 < x < w.weight for x in amounts):
        return None
    points = [{"key": f"p{i}", "label": f"{m.group('verb')}{level}{m.group('words')}", "max": s(x)}
              for i, (level, x) in enumerate(zip(levels, amounts, strict=True), 1)]
    doubts = [f"“{m.group(0).removeprefix(m.group('head'))}”：各级分别计分、可以相加读，是否只计最高一级未说明"]
    if m.group("head").strip(","):
        doubts.append(f"“{m.group('head').strip(',')}”：未计入要点")
    return Proposed([RULE.item(w.name or "要点", w.weight, {"points": points})],
                    f"要点核查 {len(points)} 个要点，分值相加（{'、'.join(fmt(x) + '分' for x in amounts)}）", tuple(doubts))


#: “其中:提高灌溉水利用系数2分、新增节水灌溉面积2分、…”: points listed with their own points, one after another
_POINT_RUN = lazy_compile(r"(?:[^、,;:()]+?\d+(?:\.\d+)?分、)+[^、,;:()]+?\d+(?:\.\d+)?分(?![\d.])")
_ONE_POINT = lazy_compile(r"([^、]+?)" + NUM + "分$")


#: a formula written out, the points of its quantities in brackets after it (“计算公式为:基础分+奖励分-扣分(基础分为60分,
#: 奖励分满分为40分)”): those points are the quantities' (formula._written), never the points of a 要点核查
_FORMULA_VALUED = lazy_compile(r"公式为?:[^;,()]*[+\-][^;,()]*\([^()]*为\d")


def _listed_points(w: Wording) -> Proposed | None:
    """“其中:A2分、B2分、C2分”: the points of a 要点核查 listed with their points, adding up to the 分值."""
    if "公式" in w.text and _FORMULA_VALUED.search(w.text):
        return None
    for run in _POINT_RUN.finditer(w.text):
        matches = [_ONE_POINT.match(x) for x in run.group(0).split("、")]
        found = [m for m in matches if m is not None and not _NOT_A_POINT.search(m.group(1))]
        if len(found) < len(matches):
            continue
        if sum((d(m.group(2)) for m in found), Decimal(0)) != w.weight:
            continue
        return _summed([(m.group(1), d(m.group(2))) for m in found], w)
    return None


#: “管理体制不顺扣5分;单位定性不准扣5分,定编不合理扣5分”: a fault and what it costs, one after another
_FAULT = lazy_compile(r"(?:^|(?<=[;,]))(?P<label>[^;]*?)(?:扣(?:除|减)?|减(?:去)?)" + NUM + r"分(?:[;,]|$)")
#: the columns of a row run together: a fault's cost opening a cell of its own, the next fault's words straight after it
#: (“…操作证的;扣5分机械安全…”), and the last cost closing the row (“…;扣5分”)
_COST_OPENS_CELL = lazy_compile(r";扣\d+(?:\.\d+)?分(?=[\u4e00-\u9fff])(?!为止|以上|以下|以内|并|且|后|同时|另|再|及|和)")
_COST_CLOSES_ROW = lazy_compile(r";扣\d+(?:\.\d+)?分$")
_COST_CELL_STOP = lazy_compile(r";(?=扣\d+(?:\.\d+)?分(?:[\u4e00-\u9fff]|$))")
#: a list mark opening the next fault straight after the last one's points: “…扣2分②…”, “…扣2分2.…”
_MARK_AFTER_POINTS = lazy_compile(rf"(?<=分)(?=[{CIRCLED}]|\(\d{{1,2}}\)(?!项|条|款)|\d{{1,2}}[.、)](?!\d))")
#: the next fault straight after the last one's deduction, no stop between (“床铺杂乱,扣5分被子未叠,扣10分”); never the
#: words that close a deduction (“扣2分为止”, “扣1分以上”)
_NEXT_FAULT_UNMARKED = lazy_compile(r"(?:扣(?:除|减)?|减(?:去)?)\d+(?:\.\d+)?分(?=(?!为止|以上|以下|以内|并|且|后|同时|另|再|及|和)[\u4e00-\u9fff])")
#: a fault's list mark (never a requirement's number, “(1)项”; a fault may open with the word 项目: “1、项目部…不健全”)
_FAULT_MARK = lazy_compile(rf"^(?:{ORDINAL}|\d{{1,2}}\)|[{CIRCLED}⑴-⒇]|[一二三四五六七八九十]{{1,3}}、|\([一二三四五六七八九十]{{1,3}}\)|[A-H][.、])(?!项(?!目)|条|款)")
#: a numbered part naming a fault (未/无/没有/不) whose cost closes it bare, its 扣 left out (“2.未出台…方案的,1分”)
_COST_UNSAID = lazy_compile(r"(?P<pre>(?:^|(?<=;))\d{1,2}[.、](?!\d)(?:未|无|没有|不)[^;扣得分]*?的,)(?P<n>\d+(?:\.\d+)?)分(?=;|$)")
#: the last of the faults, its cost said bare after a stop (“…;桌椅不净扣2分;钢琴或开关有灰尘2分”): no 扣, 得, 计 nor 每
#: in its words
_LAST_COST_UNSAID = lazy_compile(r";(?P<label>[^;,\d扣得计记每分]{2,30}?)(?P<n>\d+(?:\.\d+)?)分$")
#: the cost of each fault said with 扣
_FAULT_COST = lazy_compile(r"(?:扣(?:除|减)?|减(?:去)?)(\d+(?:\.\d+)?)分")
#: one case opening its clause, after the fault's words (“…的制定不符合要求的,1项不符合”): a cost for each case, never
#: a requirement named by its number (“(1)项”, “第2项”)
_ONE_CASE_OPENS = lazy_compile(r"(?<=,)1(?:项|条|处|个|次)(?:不符合|不合格|不达标|未|不|没有|缺)")
#: a numbered list opening the text, its parts' marks, and a stop within a part (not before the next part's mark)
_LIST_OPENS = lazy_compile(r"^1[.、](?!\d)")
_PART_MARK = lazy_compile(r"(?:^|(?<=;))\d{1,2}[.、](?!\d)")
_STOP_IN_PART = lazy_compile(r"(?<=[\u4e00-\u9fff]);(?!\d{1,2}[.、]|$)")
#: a sentence naming what is checked before the faults against it, with no figure: “建立管理制度、配备专职人员;” (the
#: levels of a network are no figure: “建立村、组两级禁烧工作网络,…”)
_CHECKED_FIRST = lazy_compile(r"^(?P<head>(?:[^;\d扣每分]|\d级){2,80});(?=[^;]*?(?:扣|减)\d)")


def _faults(w: Wording) -> Proposed | None:
    """Faults each costing its points, that add up to the 分值: a 要点核查 whose points are the faults absent
    (each fault found takes its points once). The text names faults, not points, so the proposal is to check."""
    t = w.text.rstrip(";.")
    t, remarks = _who_scores_dropped(t)  # “(由县财政局评分)”: who scores the row is no fault
    if _COST_OPENS_CELL.search(t) and _COST_CLOSES_ROW.search(t):
        # “…无专业操作证的;扣5分机械安全防护装置不齐全…;扣5分”: a row's columns run together, each fault's cost in a
        # cell of its own after it: the stop before the cost parts nothing
        t = _COST_CELL_STOP.sub("", t)
    lead = _FAULTS_LEAD.match(t)
    required = None if lead else choice.REQUIRED_THEN_FAULTS.match(t)
    if lead:  # “严格执行…批复(1.5分);…扣0.5分;…扣1分”: what is checked and its 分值, then the faults
        if d(lead.group("total")) != w.weight:
            return None
        t = t[lead.end():]
    elif required:  # “建立…工作制度;(未建立机制的扣2分,未落实举措的扣2分)”: what is required, the faults in brackets
        t = required.group("faults").rstrip(";")
    # (a service line named by its number, “成立12345平台工作领导小组”, is no figure of what is checked)
    heading = _CHECKED_FIRST.match(HOTLINE.sub(lambda m: "〇" * len(m.group()), t)) if not lead and not required else None
    head = t[heading.start("head"):heading.end("head")] if heading else ""
    if heading and not _ZEROING_FIRST.match(t) and not re.search(ZEROED + "|得|计|记", WORDS_OF_RECORD.sub("", head)):
        t = t[heading.end():]
    else:
        heading = None
    if "分" in t:
        t = _NEXT_FAULT_UNMARKED.sub(r"\g<0>;", _MARK_AFTER_POINTS.sub(";", t))
    if _LIST_OPENS.match(t) and len(_PART_MARK.findall(t)) > 1:
        # “1.…;2.制订…方案。未制订的,扣2分;3.…”: a stop within a numbered part goes on with the part, the next mark ends it
        t = _STOP_IN_PART.sub(",", t)
    unsaid = [m.group("n") for m in _COST_UNSAID.finditer(t)] if _FAULT.search(t) else []
    if unsaid:  # “1.未成立…的,扣1分。2.未出台…的,1分。”: a fault's cost beside the others, its 扣 left out
        t = _COST_UNSAID.sub(r"\g<pre>扣\g<n>分", t)
    elif (last := _LAST_COST_UNSAID.search(t)) is not None and _FAULT.search(t, 0, last.start()) \
            and sum((d(x) for x in _FAULT_COST.findall(t[:last.start()])), Decimal(0)) + d(last.group("n")) == w.weight:
        # “地面不洁扣4分;…;桌椅不净扣2分;钢琴或开关有灰尘2分” on 15: the last fault's 扣 left out, its cost making up
        # the 分值 with the others'
        unsaid = [last.group("n")]
        t = t[:last.start()] + f";{last.group('label')}扣{last.group('n')}分"
    gates = []
    while not lead and not required and (g := _ZEROING_FIRST.match(t)) is not None:
        # “无坡道不得分;(1)项…扣1分”: a condition zeroing the row before the faults, the row's key point
        gates.append(g.group("cond").strip(",").removesuffix("的"))
        t = t[g.end():]
    found, at = [], 0
    for m in _FAULT.finditer(t):
        if m.start() != at:
            return None
        found.append((_FAULT_MARK.sub("", m.group("label")).strip(",").removesuffix("的"), d(m.group(2))))
        at = m.end()
    # “随机访谈10户居民,未达标扣1分”: the sample the team checks is no figure of the scoring, nor is a date the fault
    # is measured against (“于5月31日前报…备案,未及时报送的”); “(2)项不符合任意1项要求”: the requirement the fault
    # breaks, named by its number in the list the row checks, and “any one of” its parts, are no figures either
    if at < len(t) or len(found) + len(gates) < 2 or any(not label or _NOT_A_FAULT.search(_figureless(label)) for label, _pts in found):
        return None
    if any(choice.DEGREES.search(label) for label, _pts in found):  # “执行一般扣1分;执行较差扣2分”: degrees, not faults
        return None
    if any(_ONE_CASE_OPENS.search(label) for label, _pts in found):
        return None  # “…不符合要求的,1项不符合扣1分”: a cost per case found, counted (formula._faults), never once
    if any(label.endswith("各") for label, _pts in found):
        return None  # “未做好注册、修订工作的各扣1分”: a list of faults each costing it, more faults than points
    # (“每月未组织自查不得分”: how often the requirement asks is its words, no step)
    # a condition before plain faults is read by the gated formula (the whole text's reading): here it is only the
    # key point of a list whose requirements the faults name by number
    if gates and not any(_ITEM_REF.search(x) for x in [*gates, *(label for label, _pts in found)]):
        return None
    if len(gates) > 1 or any(not g or _NOT_A_FAULT.search(_figureless(_HOW_OFTEN.sub("", g))) or choice.DEGREES.search(g)
                             for g in gates):
        return None
    total = sum((pts for _label, pts in found), Decimal(0))
    # the key point is worth what the faults leave of the 分值 only when it names a requirement of the list no fault
    # names (“未按(1)项要求设置…不得分;(2)项…扣3分”); otherwise the faults add up to the 分值
    rest = w.weight - total
    named = _ITEM_REF.search(gates[0]) if gates else None
    if rest < 0 or (rest and (named is None or any(named.group(0) in label for label, _pts in found))):
        return None
    points = [{"key": f"p{i}", "label": "无：" + label, "max": s(pts)} for i, (label, pts) in enumerate(found, 1)]
    doubt = f"“{found[0][0]}扣{fmt(found[0][1])}分”等：每项问题出现即扣该项分值、只扣一次（要点不满足）"
    if heading:
        doubt += f"；“{head}”读作所查的要求，未计入要点"
    doubt += "".join("；" + _WHO_SAID.format(x) for x in remarks)
    if unsaid:
        doubt += f"；“{'分、'.join(unsaid)}分”：原文未写“扣”，按其他各项读作扣分"
    params: dict[str, Any] = {"points": points}
    if gates:
        gate = gates[0]
        params = {"gate": "gate", "points": [{"key": "gate", "label": "无：" + gate, "max": s(rest)}, *points]}
        doubt += f"；“{gate}”读作关键要点（出现则本项不得分）" + (f"，其分值为扣分项之外的 {fmt(rest)} 分" if rest else "")
    return Proposed([RULE.item(w.name or "扣分项", w.weight, params)],
                    f"要点核查 {len(points)} 个扣分项（" + "、".join(f"{p['max']}分" for p in points) + "）"
                    + (f"，关键要点“无：{gates[0]}”不满足则本项不得分" if gates else ""), (doubt,))


#: faults listed with one deduction for each: “工作无计划、无检查、无总结,每项扣1分”, “…未公示、未归档各扣1分”
_LISTED_FAULTS = lazy_compile(r"(?:^|(?<=[;,]))(?P<list>[^;,\d]+、[^;,\d]+?),?(?:每项|各)扣(?P<pts>" + NUM[1:-1] + r")分(?=[;,]|$)")


#: “1、遇异常问题未及时解决2、遇不能解决问题未及时反映-4-3”: numbered faults run together (a 考核方法 cell), then their
#: costs as negative figures in the same order (the 评分 cell run on after it)
_NUMBERED_THEN_COSTS = lazy_compile(r"^(?P<list>1[、.](?!\d)[^\d;,+\-]{2,40}?(?:[2-9][、.](?!\d)[^\d;,+\-]{2,40}?)+)"
                                  r"(?P<costs>(?:-\d+(?:\.\d+)?){2,9})分?$")
_NUMBER_MARK = lazy_compile(r"[1-9][、.](?!\d)")
#: the words of a failing, in each of them (never a list of things done, whose figures would be no costs)
_FAILED = lazy_compile(r"未|没|不|无|缺|漏|错|差|违")


def _numbered_then_costs(w: Wording) -> Proposed | None:
    """“1、对外来人员没有进行检查2、没有做好来访记录3、异常现象未向上级报告-2-3-3” on 8 points: the faults numbered one
    after the other, then one negative figure for each, in order — each fault's cost, no 扣 nor 分 said. Read as the
    faults each costing theirs (``_faults``: the points of a 要点核查 where they make up the 分值), never confidently."""
    m = _NUMBERED_THEN_COSTS.match(w.text.rstrip(";."))
    if m is None:
        return None
    faults = [x for x in _NUMBER_MARK.split(m.group("list")) if x]
    costs = m.group("costs").lstrip("-").split("-")
    if len(faults) != len(costs) or len(_NUMBER_MARK.findall(m.group("list"))) != len(faults) \
            or not all(_FAILED.search(f) for f in faults):
        return None
    found = _faults(replace(w, text=";".join(f"{f}扣{c}分" for f, c in zip(faults, costs))))
    if found is None:
        return None
    said_costs = f"“{m.group('costs')}”：列末的负数按所列各项依次扣分读（{'、'.join(costs)}分），请核对"
    return Proposed(found.items, found.summary, ("；".join([*(found.doubts or ()), said_costs]),))


def _listed_faults_each(w: Wording) -> Proposed | None:
    """Faults each costing its points, some of them listed with one deduction for each (“组织不到位扣2分,工作无计划、
    无检查、无总结,每项扣1分” on 5 points): each fault listed is a fault of its own, and when all of them add up to
    the 分值 they are the points of a 要点核查 (``_faults``), each fault found taking its points once. Lists alone,
    with no fault of its own beside them, are faults counted (a deduction per fault), which other wordings read."""
    t = w.text.rstrip(";.")
    lists = list(_LISTED_FAULTS.finditer(t))
    if not lists:
        return None
    out, at = [], 0
    for m in lists:
        listed = [x for x in m.group("list").split("、") if x]
        if len(listed) < 2:
            return None
        out.append(t[at:m.start()])
        out.append(";".join(f"{x}扣{m.group('pts')}分" for x in listed))
        at = m.end()
    rest = "".join(out[0::2]) + t[at:]  # the words outside the lists
    if not _FAULT.search(rest):  # the lists alone (“班子不团结、不协调各扣1分”): a deduction per fault found
        return None
    found = _faults(replace(w, text="".join(out) + t[at:]))
    if found is None:
        return None
    said_lists = "、".join(f"“{m.group(0).strip(';,')}”" for m in lists)
    return Proposed(found.items, found.summary, ("；".join([*(found.doubts or ()), f"{said_lists}：所列各项问题分别扣分"]),))


#: the 分值 opening the faults on its own (“3分,未列入议事日程扣1分,…”), and “扣完为止” closing them
_SCORE_FIRST = lazy_compile(r"^(?:本项|该项|本指标)?(?:共|计|符合(?:要求)?)?(?P<total>" + NUM[1:-1] + r")分[,;:]")
_UNTIL_NONE_LEFT = lazy_compile(r"[,;]扣完为止$")
#: the stop closing them said with the 分值 (“,最多扣3分”, “;本项3分”, “;共3分”, “,本项3分扣完为止”, “(共3分)”,
#: “(本项3分,扣完为止)”): its figure must be the 分值
_WEIGHT_LEFT = lazy_compile(r"(?:[,;](?:(?:本项|该项|此项)?(?:最多|最高)扣|(?:本项|该项|此项)(?:共计|合计|共|满分|总分)?|共计|合计|共|总分)"
                          r"(?P<cap>" + NUM[1:-1] + r")分(?:,?扣完为止)?"
                          r"|;?\((?:本项|该项|此项)?(?:共计|合计|共|满分|总分)?(?P<bracketed>" + NUM[1:-1] + r")分(?:,扣完为止)?\))$")


def _framed_faults(w: Wording) -> Proposed | None:
    """Faults each costing their points and adding up to the 分值 (``_faults``), with the 分值 said first on its own
    (“3分,A扣1分,B扣1分,C扣1分”) or “扣完为止” after them: neither changes the reading, since the faults together
    take exactly the 分值. To check, as every reading of faults as points is."""
    t = w.text.rstrip(";.")
    first = _SCORE_FIRST.match(t)
    if first and d(first.group("total")) != w.weight:
        return None
    last = _UNTIL_NONE_LEFT.search(t) or _WEIGHT_LEFT.search(t)
    if last is not None and found_by(last, _WEIGHT_LEFT) and d(last.group("cap") or last.group("bracketed")) != w.weight:
        return None  # a cap below the 分值 (“…,最多扣2分” of 3): the faults no longer take exactly what it holds
    if not first and not last:
        return None
    inner = t[first.end() if first else 0:last.start() if last else len(t)]
    found = _faults(replace(w, text=inner))
    if found is None:
        return None
    said_first = [f"“{first.group(0).strip(',;:')}”：读作该项分值"] if first else []
    said_last = [f"“{last.group(0).strip(',;()')}”：各扣分相加正好是该项分值"] if last else []
    return found.doubted(*said_first, *said_last)


#: a requirement named by its number in the list the row checks: “(2)项”, “第2项”, “第(2)项”
_ITEM_REF = lazy_compile(r"第?\(?\d{1,2}\)?(?:项|条|款)(?=要求|不|未|[\u4e00-\u9fff])")
#: “any one of” a requirement's parts: “任意1项”, “任1项”, “任何1条”
_ANY_ONE = lazy_compile(r"任(?:意|何)?1(?:项|条|个|种)")
#: a condition zeroing the row, before its faults: “无坡道不得分;”, “未按(1)项要求设置…,不得分,”
_ZEROING_FIRST = lazy_compile(r"^(?P<cond>[^;,扣]{2,30}?),?(?:本项|该项|整项|此项)?" + ZEROED + r"[;,]")


#: how often a requirement asks (“每月”, “每年”, “每季度”): words of the requirement
_HOW_OFTEN = lazy_compile(r"每(?:年|月|季度?|半年|周)")


def _figureless(label: str) -> str:
    """A fault's words without the figures that only name what it is found in (a sample, a date, a requirement's
    number in the list, a name in quotation marks: “3级配电、2级保护”, “any one of”, a line it falls short of: “人员不足2人”, left for the team to judge, the persons
    it fails to staff: “未配备1名专职人员”, the things a step of a practical exam handles: “滴1-2滴清水,不滴”)."""
    label = HOTLINE.sub("", STAFF_ASKED.sub("", _QUOTED_NAME.sub("“”", MATERIAL_FIGURE.sub(_substance, label))))
    return _LINE.sub("", _ANY_ONE.sub("", _ITEM_REF.sub("项", _DATE.sub("", _SAMPLE.sub("", _ASIDE.sub("", label))))))


def _substance(m: re.Match[str]) -> str:
    """A quantity of a substance a step handles (“1-2滴”, “5mL”), of the things ``MATERIAL_FIGURE`` finds, left out; never
    a count of things (“缺1个”, “抽3个”), which may be what the fault counts."""
    return "" if re.search(r"(?:mL|ml|毫升|克|g|滴)$", m.group(0)) else m.group(0)


#: a name in quotation marks, its figures words of the name (“三级配电、两级保护”, written “3级配电、2级保护”): no count,
#: no line of the fault
_QUOTED_NAME = lazy_compile(r"“[^“”;,]{1,16}”")
#: what a requirement or a line a fault misses is counted in: “至少2次”, “不足2人”
_COUNTED = r"(?:人|名|次|个|项|家|篇|份)"
#: what the requirement asks, in brackets after the fault: “未对服务质量进行监督考核(每年至少2次)”
_ASIDE = lazy_compile(r"\((?:" + _HOW_OFTEN.pattern + r")?(?:至少|不少于)\d+" + _COUNTED + r"\)$")
#: a line a fault falls short of or goes over, ending the fault: “人员不足2人”, “满意率低于90%”, a distance in
#: its length (“围护距离小于1米”, “离墙大于10cm以上”)
_LINE = lazy_compile(r"(?:不足|少于|小于|低于|未达到|达不到|不到|超过|大于|高于)\d+(?:\.\d+)?(?:%|个百分点|" + _COUNTED
                   + r"|米|厘米|毫米|cm|mm|m|周岁|岁)?(?:以上|以下)?$")
_NOT_A_FAULT = lazy_compile(r"每|\d|扣|为止|最多|(?<!不)得(?!到)|不得(?!力|当|体)")  # (“措施不得力”, “方法不得当”: a fault)
#: a date a fault is measured against: “5月31日前”, “6月底”, “10个工作日”, a year a plan reaches (“长期至2020年”)
_DATE = lazy_compile(r"\d+月\d+日|\d+月底|\d+日前|\d+个?工作日|(?<!\d)(?:19|20)\d{2}年(?:底|末)?")
#: the sample a fault is looked for in: “随机访谈10户居民”、“查阅2所学校有关资料”、“抽查5个项目”
_SAMPLE = lazy_compile(r"^(?:随机)?(?:访谈|查阅|抽查|查看|走访|抽取|调查|询问|随机抽取)[^,;\d]{0,4}?\d+(?:户|所|个|家|人|份|名|处|件|次)")
#: a sentence naming what is checked with its 分值 in brackets (or after 计 or a comma: a part's heading), before the faults
_FAULTS_LEAD = lazy_compile(r"^[^;扣每]*?(?:\(|的?(?:得|计|记)|(?<=[\u4e00-\u9fff]),)(?P<total>" + NUM[1:-1] + r")分\)?[;,:]")


#: “得分要素:1.…;2.…;具备要素1得20%,具备要素2得40%…”: elements listed, each worth a share of the 分值
_ELEMENTS = lazy_compile(r"得分要素:(?P<list>1\..+?);(?=具备|其余)")
_ELEMENT_SHARE = lazy_compile(r"具备要素(\d+)得(\d+(?:\.\d+)?)%")
_FIRST_THEN_EACH = lazy_compile(r"具备要素1得(\d+(?:\.\d+)?)%,其余要素每符合1项增加(\d+(?:\.\d+)?)%")
_EACH_ADDS = lazy_compile(r"具备1个得分要素业绩值加(\d+(?:\.\d+)?);业绩值为(\d+(?:\.\d+)?)得满分")


def _elements(w: Wording) -> Proposed | None:
    """Scoring elements (得分要素) and the share of the 分值 each is worth: stated one by one (具备要素1得20%), as the
    first and each of the rest (具备要素1得50%,其余要素每符合1项增加10%), or as equal steps of a 业绩值 that gives
    full marks when every element is met (具备1个得分要素业绩值加0.5;业绩值为2得满分)."""
    m = _ELEMENTS.search(w.text)
    if not m:
        return None
    labels = _listed(m.group("list"), 0)
    n = len(labels)
    if n < 2:
        return None
    rest = w.text[m.end():]
    stated = {int(k): d(v) for k, v in _ELEMENT_SHARE.findall(rest)}
    first_then = _FIRST_THEN_EACH.search(rest)
    adds = _EACH_ADDS.search(rest)
    if first_then:
        shares = [d(first_then.group(1))] + [d(first_then.group(2))] * (n - 1)
    elif stated and sorted(stated) == list(range(1, n + 1)):
        shares = [stated[k] for k in range(1, n + 1)]
    elif adds and d(adds.group(1)) * n == d(adds.group(2)):
        shares = None  # equal steps: each element is worth the 分值 over their number
    else:
        return None
    if shares is not None and sum(shares, Decimal(0)) != 100:
        return None
    worth = [w.weight / n] * n if shares is None else [w.weight * share / 100 for share in shares]
    points = [{"key": f"p{i}", "label": label, "max": s(pts)} for i, (label, pts) in enumerate(zip(labels, worth), 1)]
    if sum((d(p["max"]) for p in points), Decimal(0)) != w.weight:
        return None
    return Proposed([RULE.item(w.name or "得分要素", w.weight, {"points": points})],
                    f"要点核查 {n} 个得分要素（" + "、".join(f"{p['max']}分" for p in points) + "）")


#: requirements listed by circled marks, then what each is worth as a share of the 分值, the marks named: “①…;②…;③…;
#: 符合要点①得分值的1/2,符合要点②③各得分值的1/4”, “…;要点①②③④各占指标分值的1/4”, “…;具备要素1得50%,其余每项得10%”
_SHARED_LIST = lazy_compile(r"^(?:(?:评价|评分|考核)?要点:)?(?P<list>①[^" + CIRCLED + r";]+(?:;[②-⑳][^" + CIRCLED + r";]+)+);"
                          r"(?P<tail>[^;]+?)[;.]?$")
_SHARE_GIVEN = lazy_compile(r"(?:符合|具备|满足)?(?:要点|要素)?(?P<refs>[" + CIRCLED + r"1-9](?:[、和及]?[" + CIRCLED + r"1-9])*|"
                          r"其余(?:每项|各项)?)(?:的)?,?(?P<v>各占|占|各得|得|各计|计)(?P<of>(?:该|本)?(?:项|指标|项指标)?"
                          r"(?:分值|权重分|权重)的)?(?P<n>\d+(?:\.\d+)?%|[1-9]/[2-9])(?:,|$)")


def _shared_list(w: Wording) -> Proposed | None:
    """Requirements listed by circled marks (①…;②…;③…), then each one's share of the 分值, the marks named: “符合要点①得
    分值的1/2,符合要点②③各得分值的1/4”, “要点①②③④各占指标分值的1/4”, “具备要素1得50%,其余每项得10%” (其余: those
    not yet named). A 要点核查, each point worth its share, where every point is named once and the shares make up the
    分值. Never confidently: a share is read as of the row's 分值, a point met in part is unsaid."""
    m = _SHARED_LIST.match(w.text)
    if not m or w.weight <= 0:
        return None
    labels = [x[1:].strip(",") for x in m.group("list").split(";")]
    if [x[0] for x in m.group("list").split(";")] != list(CIRCLED[:len(labels)]) or any(not x for x in labels):
        return None
    shares: dict[int, Fraction] = {}  # (exact: three thirds make the 分值, a third of 3 is 1)
    pos, tail = 0, m.group("tail")
    for g in _SHARE_GIVEN.finditer(tail):
        if g.start() != pos:
            return None
        pos = g.end()
        n = g.group("n")
        share = Fraction(n[:-1]) / 100 if n.endswith("%") else Fraction(int(n[0]), int(n[2]))
        refs = g.group("refs")
        if refs.startswith("其余"):
            named = [i for i in range(len(labels)) if i not in shares]
        else:
            named = [CIRCLED.index(c) if c in CIRCLED else int(c) - 1 for c in refs if c in CIRCLED or c.isdigit()]
        if not named or (len(named) > 1 and not g.group("v").startswith("各") and not refs.startswith("其余")) \
                or any(i >= len(labels) or i in shares for i in named):
            return None
        shares.update({i: share for i in named})
    if pos != len(tail) or len(shares) != len(labels) or sum(shares.values(), Fraction(0)) != 1:
        return None
    worth = [w.weight * shares[i].numerator / shares[i].denominator for i in range(len(labels))]
    if any(x != x.quantize(Decimal("0.01")) for x in worth):
        return None  # (a share not exact in points: “各占1/3” of 4)
    points = [{"key": f"p{i}", "label": label, "max": s(x)} for i, (label, x) in enumerate(zip(labels, worth), 1)]
    return Proposed([RULE.item(w.name or "要点", w.weight, {"points": points})],
                    f"要点核查 {len(points)} 个要点（" + "、".join(f"{p['max']}分" for p in points) + "）",
                    (f"“{tail}”：各要点按所注本项分值的比例计分（{'、'.join(p['max'] + '分' for p in points)}），请核对",))


#: the places of one award or ranking (“一等奖”, “二等奖”; “金奖”, “银奖”; “第一名”, “第2名”; “金牌”, “冠军”, “亚军”;
#: “一等功”; “金质奖”), or the grades of one rating (“甲等”, “乙等”; “甲级”; “AAA级”, “A级”): one holds of a case, never all
_PLACE = lazy_compile(r"(?:[一二三四五六七八九十特]|\d)等(?:奖|功)|[金银铜]质?奖|[金银铜]牌|第(?:[一二三四五六七八九十]|\d+)名|"
                    r"(?:优秀|鼓励|参与|优胜|纪念|入围)奖|冠军|亚军|季军|[甲乙丙丁](?:等|级)(?!奖)|(?<![A-Za-z\d])[A-E]{1,3}级")


#: the rungs of one ladder of qualification a person holds one of (“高级职称”, “中级职称”; “高级工程师”, “工程师”,
#: “助理工程师”; “博士”, “硕士”, “本科”): points naming two of them are levels of one person, or counts of a team, never
#: surely points met each
_TITLE_RUNG = lazy_compile(r"(?:正高|副高|高|中|初)级(?:职称|工程师|技师|会计师|经济师|工)?|(?:高级|助理)?(?:工程师|会计师|经济师)|"
                         r"(?:正|副)高(?:职称)?|(?:高级)?技师")
_SCHOOLING_RUNG = lazy_compile(r"博士|硕士|研究生|本科|大专|专科|中专|高中")
#: what may stand before a later rung of the ladder: no subject of its own
_BARE_BEFORE_RUNG = lazy_compile(r"(?:具有|具备|取得|持有|有|为|是)?")


#: a row's own mark opening its text (“三、”, “(一)”, “2.”, “①”): before a heading when no other point is marked
_ROW_MARK = lazy_compile(rf"[一二三四五六七八九十]{{1,3}}、|\([一二三四五六七八九十]{{1,3}}\)|{ORDINAL}|[{CIRCLED}]")
#: a closing total's words (“合计(6分)”, “小计6分”)
#: a point that names a measure of how well, not a thing done or not (“报告的质量”, “记录的完整性”, “工作成效”; how far it is
#: done: “完成情况”, “完成度”): a rater may give part of its points, so points adding up are to check
#: (a short name, not a thing done to it: “公开扶贫成效”, “不断提高教学水平”, “每一个钩码的质量” are requirements or a mass)
_DEGREE_NAMED = lazy_compile(r"^(?!.*(?:每|观察|公开|提高|提升|评估|确保|保证|加强|开展|做好|落实|改善|注重|测))"
                           r"(?:[\u4e00-\u9fff]{1,6}?的?(?:质量|水平|效果|成效|程度|完整性|规范性|准确性|合理性|科学性|及时性|可行性|创新性)|"
                           r"[\u4e00-\u9fff]{0,6}?的?完成(?:情况|度))$")


def degrees_named(labels: list[str]) -> tuple[str, ...]:
    """The doubt of points met or not (``labels``) of which some name a measure of how well (``_DEGREE_NAMED``): a rater
    may give part of their points; () when none does."""
    degrees = [label for label in labels if _DEGREE_NAMED.search(label.lstrip("、,;:"))]
    return (f"“{'、'.join(degrees)}”：说的是好坏程度，不是做到与否，可能按优劣给部分分值，请核对",) if degrees else ()


#: points said as alternatives, “运行成功得1分或返回值正确得1分”: whether both may be earned is unsaid
_POINTS_EITHER = lazy_compile(r"[^,;]{0,12}?\d分或[^,;\d]{1,12}")
_TOTAL_LABEL = lazy_compile(r"^(?:合计?|共计?|小计?|总计?|总分|满分|本项(?:分值|共计?)?)$")


def _total_among(points: list[tuple[str, Decimal]], text: str) -> tuple[str, ...]:
    """The doubt of points (three or more) where a heading restating its parts' points opens them, the row's one mark
    before it (“三、餐前准备(2分)检查餐具(1分)整理台面(1分)”), or their total closes them (“检查餐具(2分)整理台面(4分)合计
    (6分)”): no point of its own, the 分值 then not theirs (``reading._heading_then_parts`` reads a heading restating the
    分值)."""
    first, last = points[0], points[-1]
    heading = _ROW_MARK.match(text) is not None and len(_ROW_MARK.findall(text)) == 1 \
        and first[1] == sum((x for _label, x in points[1:]), ZERO)
    total = _TOTAL_LABEL.match(last[0]) is not None and last[1] == sum((x for _label, x in points[:-1]), ZERO)
    if not heading and not total:
        return ()
    label, pts = first if heading else last
    label = label + "计" if len(label) == 1 else label  # “合计6分” read 合 and 计 6分
    return (f"“{label}({fmt(pts)}分)”：其分值等于其余各要点分值之和，可能是重述分值的标题或合计，读作一个要点，请核对",)


def _summed(points: list[tuple[str, Decimal]], w: Wording, doubts: tuple[str, ...] = ()) -> Proposed:
    """A 要点核查 of ``points`` (label, points) that add up to the 分值, with the ``doubts`` of the reading. Points that
    are places of one award (“获国家级一等奖加3分、二等奖加2分、三等奖加1分”) are to check: an award holds one place, so
    they add up only over several awards, and whether those are counted once each or only the highest is unsaid."""
    places = [m.group(0) for label, _pts in points if (m := _PLACE.search(label))]
    if len(places) > 1 and len(set(places)) == len(places):
        doubts += (f"“{'、'.join(places)}”：同一奖项（评定）的不同等次，按各得其分、可以相加读；"
                   "是否只计最高一项、多次获奖如何计分未说明",)
    for rung in (_TITLE_RUNG, _SCHOOLING_RUNG):
        marks = [rung.search(label) for label, _pts in points]
        rungs = [m.group(0) for m in marks if m]
        # (each later one bare or of the first's subject again: “项目负责人具有高级职称…,中级职称…”, “项目经理具有高级
        # 职称…,项目经理具有中级职称…”; not points each of a subject of its own, “负责人应具有本科以上学历…;档案人员应具备
        # 大学专科以上学历…”)
        first = points[0][0][:marks[0].start()] if marks[0] else None
        bare = all(m and (_BARE_BEFORE_RUNG.fullmatch(label[:m.start()]) or label[:m.start()] == first)
                   for (label, _pts), m in zip(points[1:], marks[1:], strict=True))
        if len(rungs) > 1 and len(set(rungs)) == len(rungs) and bare:
            doubts += (f"“{'、'.join(rungs)}”：同一资格（职称、学历）的不同等级，按各得其分、可以相加读；"
                       "一人只有其一（只计最高一项）还是按人数计分未说明",)
    if len(points) > 2:
        doubts += _total_among(points, w.text)
    # a point's words naming several things each earning its points (“运行成功、返回值正确各”: 各 before the points):
    # several points, not one met or not
    shared = [label for label, _pts in points if label.endswith("各")]
    either = _POINTS_EITHER.search(w.text)
    if shared or either:
        said = "、".join(shared) if shared else either.group(0) if either else ""
        doubts += (f"“{said}”：几项各得其分（各）或是二选一（或），"
                   "读作一个个要点分值相加，请核对",)
    doubts += degrees_named([label for label, _pts in points])
    found = [{"key": f"p{i}", "label": label, "max": s(pts)} for i, (label, pts) in enumerate(points, 1)]
    return Proposed([RULE.item(w.name or "要点", w.weight, {"points": found})],
                    f"要点核查 {len(found)} 个要点，分值相加（" + "、".join(f"{p['max']}分" for p in found) + "）",
                    doubts or None)


#: a closing remark after points that add up: how the team checks (“(查阅资料,实地查看)”), “按实际情况评分”, or
#: “没有中转站不得分” naming what none of the points holds without
_ADDITIVE_TAIL = lazy_compile(r"(?:,(?:按实际情况评分|没有[^,;()\d]{1,12}?(?:的)?不得分))?"
                            r"(?:\((?:查阅|查看|实地|现场|检查|核查)[^()]*\))?;?$")
#: a point that holds a figure to reach (“镇区主街道实行14小时以上保洁”, “有1座以上中转站”): no step, no deduction
_AT_LEAST = lazy_compile(r"\d+(?:\.\d+)?[\u4e00-\u9fff]{0,3}以上")
#: the words a point's figure measures, before its comparison or figure: “男女厕位比例” of “男女厕位比例不大于2:3”
_MEASURED = lazy_compile(r"^(?:[^,\d≥≤<>]*,)*([\u4e00-\u9fff][\u4e00-\u9fff、《》“”]+?)(?:不大于|不小于|不高于|不低于|不超过|不少于|达到|大于|小于|高于|低于|在)?"
                       r"[≥≤<>]?\d")
#: what a point holding a figure cannot hold: a step, a deduction, a zero, a band's lower side, a judgement
_NOT_MEASURED = lazy_compile(r"每|扣|不得|不计|不足|以下|以内|酌情|视情|%|\d分")


#: a formula said in a point's words (“得分为:完成产品数/产品指标数*”, “得分=…”): its score is the formula's
_FORMULA_IN_POINT = lazy_compile(r"(?:得|计|评)分(?:为|=)[^,;]*[*/×÷]|[*×÷]$")


def _additive(w: Wording) -> Proposed | None:
    """“制定方案的得2分；建立台账的得2分；按期总结的得1分”: points that add up to the 分值 (none of them
    reaches it alone, so they are not situations to pick one of). A point that holds a figure to reach
    (“有1座以上中转站,得10分”), and a closing remark (“按实际情况评分(实地查看)”), leave the reading to check."""
    closes = "按实际情况评分" in w.text or "没有" in w.text or w.text.rstrip(";").endswith(")")
    tail = _ADDITIVE_TAIL.search(w.text) if closes else None
    t = w.text[:tail.start()] if tail and tail.group(0).strip(";") else w.text
    found = [(ORDINAL_AT.sub("", label), share, points) for label, share, points in graded_segments(t, w.weight)]
    if any(_FORMULA_IN_POINT.search(label) for label, _share, _points in found):
        return None  # “(1)…,得分为:完成产品数/产品指标数*4分;…”: a part scored by a formula, never a point met or not
    if len(found) < 2 or states_shares(t) or deducting_segments(t):
        # “…的,扣0.5分;…的,扣1分”: a fault costs its own points; read as what is left of the 分值 they would
        # swap places (the first fault worth 1, the second 0.5): faults are read by ``_faults``
        return None
    doubts = [f"“{w.text[len(t):].strip(',;')}”：未计入要点"] if t != w.text else []
    measured: list[str] = []
    for label, _share, _points in found:
        if _NOT_A_POINT.search(_AT_LEAST.sub("", label)):
            # a figure to reach on a measure of its own (“男女厕位比例不大于2:3”, “管径50-70mm”); several points on
            # one measure are bands of it, and a step, a deduction or a zero is no point
            lead = _MEASURED.match(label)
            if lead is None or _NOT_MEASURED.search(label) or lead.group(1) in measured:
                return None
            measured.append(lead.group(1))
            doubts.append(f"“{label}”：条件中的数值由评价组判断是否达到")
        elif _AT_LEAST.search(label):
            doubts.append(f"“{label}”：条件中的数值由评价组判断是否达到")
    if any(points <= 0 for _label, _share, points in found):
        return None
    total = sum((points for _label, _share, points in found), Decimal(0))
    if total != w.weight or max(points for _label, _share, points in found) >= w.weight:
        return None
    return _summed([(label, pts) for label, _share, pts in found], w, tuple(doubts))


#: “没有不得分”、“否则不得分”、“缺项不得分” closing a list of points: a point not met scores nothing
_NONE_AFTER = lazy_compile(r"[;,]?(?:没有|无|否则|缺项|未做到)(?:的)?,?(?:不得分|不计分|0分);?$")
#: a point's own points at the end of its words: “目标明确(1分)”、“单位财务管理制度1分”、“人员职责明确:1分”
#: a count a requirement asks for, and how often (“不少于2次”, “1名以上”, “每季度至少1次”, “每年”, “对每1轮建设”), or of
#: each one of them (“每村不少于10亩”): words of the point, not a step or a deduction
_REQUIRED_FIGURE = lazy_compile(r"每(?:年|月|季度?|半年|周|1?轮)|(?:每[\u4e00-\u9fff]{1,4}?(?=不少于|不低于|至少))?"
                              r"(?:不少于|不低于|至少|达到)?\d+(?:\.\d+)?"
                              r"(?:个|项|次|名|人|篇|期|场|所|户|家|条|份|批|亩|种)(?:及以上|以上)?")
#: (or its share of the 分值, after its 得: “建立联防联调合作机制得10%分,机制运行良好得10%”)
_POINT_END = lazy_compile(r"(?:\((?P<a>\d+(?:\.\d+)?)分\)|(?<=[\u4e00-\u9fff》”)])(?<![扣减各每])[:]?(?P<b>\d+(?:\.\d+)?)分|"
                        r"(?<=得)(?P<c>\d+(?:\.\d+)?)%分?)$")


#: a part of a point's points named in brackets after them: “文书档案占5分(含重点档案2分)”
_PART_OF_POINTS = lazy_compile(r"(?<=分)\(含(?P<part>[^()\d,;]{1,12}?)(?P<pts>\d+(?:\.\d+)?)分\)")
#: a closing sentence asking more of one of the points: “;其中照片档案要求60组120张以上”
_MORE_ASKED_AFTER = lazy_compile(r";其中(?P<asked>[^;\d]{1,12}(?:要求|须|应|需)[^;]{1,30})$")


def _points_with_points(w: Wording) -> Proposed | None:
    """“目标明确(1分),目标细化(1.5分),目标量化(1.5分)”, “1、单位财务管理制度1分;2、项目管理制度1分;…没有不得分”:
    points each followed by its own points, adding up to the 分值 (none reaching it alone). A part of a point's points
    named in brackets (“占5分(含重点档案2分)”) and a closing sentence asking more of a point (“其中照片档案要求60组…”) are
    the team's to weigh within that point: to check."""
    text, doubts = w.text.rstrip(";"), []
    more = _MORE_ASKED_AFTER.search(text) if "其中" in text else None
    if more and not re.search(r"分|扣|得|每|酌情|比例", more.group("asked")):
        doubts.append(f"“{more.group('asked')}”：对其中一个要点的要求，由评价组在该要点内核查")
        text = text[:more.start()]
    for part in list(_PART_OF_POINTS.finditer(text)) if "(含" in text else []:
        doubts.append(f"“含{part.group('part')}{part.group('pts')}分”：要点分值中所含部分，未单列，请核对")
    text = _PART_OF_POINTS.sub("", text) if doubts else text
    closing = _NONE_AFTER.search(text)
    t = (text[:closing.start()] if closing else text).replace("分)、", "分),")  # “齐全(1分)、规范(1分)”
    points, shares, current = [], [], ""
    for token in re.split(r"([;,])", t):
        if token in (";", ","):
            if current:
                current += ","
            continue
        current += token
        m = _POINT_END.search(current)
        if m:
            label = re.sub(r"(?:得|计|记)$", "", ORDINAL_AT.sub("", current[:m.start()].strip(",")).strip(",:"))
            share = m.group("c")
            points.append((label, w.weight * d(share) / 100 if share else d(m.group("a") or m.group("b"))))
            shares.append(share)
            current = ""
    if current.strip(",") or len(points) < 2 or (any(shares) and not all(shares)):
        return None  # (shares of the 分值 and points together: not one way of saying a point's worth)
    if all(shares):
        doubts.append(f"“得{shares[0]}%”等：各要点的分值按本项分值的百分比读")
    # “每年召开专题会议不少于1次(3分)”, “年内发展1名以上新党员计2分”: a figure the requirement asks for is its words
    if any(not label or _NOT_A_POINT.search(_REQUIRED_FIGURE.sub("", label)) or pts <= 0 or pts >= w.weight
           for label, pts in points):
        return None
    if sum((pts for _label, pts in points), Decimal(0)) != w.weight:
        return None
    if closing and "否则" in closing.group(0) and ";" not in t:
        # “召开工作会得1分,有工作方案得1分,否则不得分”: one sentence of requirements, each met or not for its points
        items = [all_or_nothing.RULE.item(label, pts, {"condition": label}, key=chr(ord("a") + i))
                 for i, (label, pts) in enumerate(points)]
        return Proposed(items, f"{len(items)} 个全有或全无（" + "、".join(f"{fmt(pts)}分" for _l, pts in points)
                        + "），各自做到得分、否则不得分", tuple(doubts) or None)
    return _summed(points, w, tuple(doubts))


_ONE_SCORE = lazy_compile(r"(?<![\d.])([1-9]\d*(?:\.\d+)?|0\.\d+)分")


#: what a yes/no sentence asks: “是否有分管领导:…” → 有分管领导
_ASKED_LABEL = lazy_compile(r"是否([^:;()]+?)(?::|[,:](?=[^,:]*\d分))")


def _yes_no_sentences(w: Wording) -> Proposed | None:
    """“项目成立组织机构,人员职责明确:1分,否则不得分;是否进行培训,进行培训1分,未培训0分”: sentences that are each a
    yes/no worth their own points, adding up to the 分值: the points of one 要点核查."""
    sentences = [x for x in w.text.rstrip(";").split(";") if x]
    if len(sentences) < 2:
        return None
    points, doubts = [], []
    for sentence in sentences:
        scores = {d(x) for x in _ONE_SCORE.findall(sentence)}
        if len(scores) != 1:
            return None
        pts = scores.pop()
        part = Wording(sentence, pts, "")
        found = choice._asked_situations(part) or all_or_nothing._met_then_not(part) or all_or_nothing._else_nothing(part)
        if found is None or len(found.items) != 1:
            return None
        item = found.items[0]
        if item["type"] == choice.RULE.type:
            opts = item["params"]["options"]
            if len(opts) != 2:
                return None
            label = max(opts, key=lambda o: d(o["score"]))["label"]
            # “是否有分管领导:有1分,没有0分”: the answer “有” names nothing; the question does
            asked = _ASKED_LABEL.search(sentence)
            label = asked.group(1) if asked and len(label) <= 2 else label
        else:
            label = item["params"]["condition"]
        points.append((label, pts))
        doubts += list(found.doubts or ())
    if sum((pts for _label, pts in points), Decimal(0)) != w.weight or any(pts >= w.weight for _l, pts in points):
        return None
    found_points = [{"key": f"p{i}", "label": label, "max": s(pts)} for i, (label, pts) in enumerate(points, 1)]
    return Proposed([RULE.item(w.name or "要点", w.weight, {"points": found_points})],
                    f"要点核查 {len(found_points)} 个要点，每个满足得分、不满足不得分（"
                    + "、".join(f"{p['max']}分" for p in found_points) + "）", tuple(doubts) if doubts else None)


#: “以下三项各1分:1.…;2.…;3.…”, “满足以下要求:①…;②…;③…;每满足1项得1分”, “(1)…;(2)…;符合以上每项的,得2分”: a share
#: for each point of a list
_SHARE_EACH = r"(?:各(?:得|计|记|占)?|每(?:满足|符合|具备|完成|做到|落实|有)?1?项(?:得|计|记)?|" \
              r"(?:符合|满足|具备|达到|做到)(?:以上|上述)每1?项的?,?(?:得|计|记))(?P<pts>\d+(?:\.\d+)?)分"
_SHARE_BEFORE = lazy_compile(r"^(?P<lead>[^:;\d]*?)(?:\d+项)?" + _SHARE_EACH + r"[:;,](?P<list>.+)$")
#: (“…;符合以上每项的,得2分,否则不得分”: a point not met scores nothing, as a point of a 要点核查 does)
_SHARE_AFTER = lazy_compile(r"^(?P<lead>[^:;]*?:)?(?P<list>.+?)[;,]" + _SHARE_EACH + r"(?:,否则" + ZEROED + ")?$")


#: the points of the list each graded, closing the text: “;以上每小项满分3分,响应完整、符合项目要求的小项得3分;响应有所欠缺的
#: 小项得1分;缺失或完全不能满足要求的小项,不得分”, “;以上每小项…深刻…的,得满分3分;每小项…有所欠缺的得1分;每小项缺失的…,
#: 不得分”: each point's full points, a lower grade (a point partly met, its points entered) and nothing
_EACH_GRADED = lazy_compile(r"(?:;(?:以上|上述)?|:(?:以上|上述))每(?:1?小项|1?项|1?个小项)(?:满分(?:为)?(?P<pts>\d+(?:\.\d+)?)分,)?"
                          r"(?P<grades>[^;]*?(?:得|计)(?:满分)?\d+(?:\.\d+)?分(?:;[^;]*?(?:(?:得|计)\d+(?:\.\d+)?分|"
                          + ZEROED + r"))+);?$")
#: “⑥饮食需求等6个方面阐述对项目的理解和认识”: the count of the points listed, closing the last
_COUNT_CLOSING = lazy_compile(r"等(?P<n>\d{1,2})(?:个|项)?(?:方面|内容|部分|项)[^\d,;]*$")
#: the points of one grade of such a list (none: 不得分)
_GRADE = lazy_compile(r"(?:得|计)(?:满分)?(\d+(?:\.\d+)?)分|" + ZEROED)


def _share_then_list(w: Wording) -> Proposed | None:
    """Equal points listed after the share they are worth, or before it (“满足以下要求:①…;②…;每满足1项得1分”): as
    many points as the list names, adding up to the 分值. The words that lead to the list (以下三项、满足以下要求)
    are left for the evaluator to check."""
    t = w.text.rstrip(";")
    circled = [c for c in t if c in CIRCLED]
    if len(circled) >= 2 and circled == list(CIRCLED[:len(circled)]):
        t = re.sub(f"[{CIRCLED}]", lambda m: f"{CIRCLED.index(m.group(0)) + 1}.", t)
    graded = _EACH_GRADED.search(t) if "每" in t else None
    levels = [d(x) if x else Decimal(0) for x in _GRADE.findall(graded.group("grades"))] if graded else []
    if graded and (len(levels) < 3 or levels[-1] != 0 or any(b >= a for a, b in pairwise(levels))
                   or (graded.group("pts") and d(graded.group("pts")) != levels[0])):
        return None  # (each point's grades from its full points down to nothing, one at least between)
    if graded:  # “①…;②…;以上每小项满分3分,响应完整的小项得3分;响应有所欠缺的小项得1分;缺失的小项,不得分”
        t = f"{t[:graded.start()]};每项{s(levels[0])}分"
        first = re.search(r"(?<![\d.])1\.(?!\d)", t) if circled else None
        lead = t[:first.start()] if first else ""
        if first and ":" in lead and not lead.endswith(":"):  # “…提出预案:对①火灾;②…”: a word between the lead and the points
            t = lead[:lead.rindex(":") + 1] + t[first.start():]
    m = _SHARE_BEFORE.match(t) or _SHARE_AFTER.match(t)
    if not m:
        return None
    labels = [x.strip(",;") for x in _listed(m.group("list").strip(";,"), 0)]
    pts = d(m.group("pts"))
    counted = _COUNT_CLOSING.search(labels[-1]) if labels else None
    if counted and int(counted.group("n")) == len(labels):  # “⑥饮食需求等6个方面阐述…”: the points' count, no figure of theirs
        labels[-1] = labels[-1][:counted.start()]
    if graded:  # “①食堂环境管理:包括…,确保…”: each graded point named, then what it holds
        labels = [x.split(":", 1)[0] if re.fullmatch(r"[^:\d]{2,16}:[^:]+", x) else x for x in labels]
    if len(labels) < 2 or len(labels) * pts != w.weight or any(not x or _NOT_A_POINT.search(x) for x in labels):
        return None
    points = [{"key": f"p{i}", "label": x, "max": s(pts)} for i, x in enumerate(labels, 1)]
    doubts = (f"“{graded.group('grades')}”：每个要点分档计分，满分以下的档（"
              + "、".join(f"{fmt(x)}分" for x in levels[1:-1]) + "）按“部分满足”录入该档分数，请核对",) if graded else None
    return Proposed([RULE.item(w.name or "要点", w.weight, {"points": points})],
                    f"要点核查 {len(points)} 个要点，各 {fmt(pts)} 分", doubts)


#: a sentence that only zeroes what precedes it (“低于考核指标的,不得分”): the breach of the point before, no point of its own
_BREACH_OF_POINT = lazy_compile(r"^[^;]+?(?:的)?,?(?:本项|该项|此项|均)?" + ZEROED + r"$")
#: a degree of one quality (“基本完成”, “较规范”, “一般”): statements that are situations to pick one of, not points
_DEGREE_OF = lazy_compile(r"(?:基本|较为|比较|较)(?:完成|健全|完整|完善|规范|落实|达到|符合|满足|实现|建立|到位|明确|合理|及时|准确|好|差)|"
                        r"一般|部分(?:完成|落实|达到|符合|满足|实现|建立|到位)|较差|差$")
#: the 分值 said again after the points: “满分3分”, “共4分”, “合计5分”
_TOTAL_AFTER = lazy_compile(r"^\(?(?:本项|该项|本指标)?(?:满分|共计|合计|总计|共|总分|(?:累计|合计|最高|最多)(?:不超过|得)?)(?:为)?"
                          r"(\d+(?:\.\d+)?)分\)?$")
#: what a breach of a point cannot hold: points of its own, a deduction, a step, judgement
_STILL_SCORES = lazy_compile(r"\d+(?:\.\d+)?分|扣|每|酌情|视情|比例|为止|满分")
#: a closing statement of the points none of them met, named by their count or not: “上述2项均不符合…”, “以上都未做到”
#: (no figure but their count)
_NONE_OF_THEM = lazy_compile(r"(?:上述|以上|前述)(?:\d项|各项)?(?:均|都|全)(?:不|未|没有|无)[^\d]*")
#: a closing remark after the points that the points already say (“没有不得分”, “缺项不得分”, “每条内容中缺项,扣除本条分值”)
#: (“缺1项扣除该项分值”, “少1室扣该室分值”, “不符合要求的扣除相应分值”: a point not met loses its own points, as a 要点核查
#: counts it)
_POINTS_SAY_IT = lazy_compile(r"^(?:[^\d,;]{0,12}?(?:没有|无|否则|缺项|(?:缺|少)(?:任|少)?[1一](?P<one>项|室|个|间|处|类|种|件)|未做到|不符合|"
                            r"未达到|达不到)[^\d,;分]{0,6}?(?:的)?,?"
                            r"(?:" + ZEROED + r"|扣除?(?:本条|该条|本项|该项|相应|该要点|相应要点|该(?P=one))的?分值)|"
                            # “每项未完成不得分”, “各项未落实的该项不得分”: each point not met scores nothing
                            r"(?:每|各)(?:项|条|个要点)[^\d,;分扣]{1,8}?(?:的)?,?(?:该项|此项)?" + ZEROED + r")$")


def _marked_points(w: Wording) -> Proposed | None:
    """Requirements each followed by its points however marked (“(1)…;(4分)(2)…;(3分)”, “…,(1分)…,(1分)”,
    “1.…,4分;2.…,4分”, “…得0.3分;…得0.5分”, points split further in brackets “…得0.5分(其中A得0.2分;B得0.3分)”),
    adding up to the 分值 and none reaching it alone: the points of one 要点核查. A point stated with a lower step
    in its brackets (“…专职人员(3分,有兼职人员的得2分)”) is a 情形选择 of its own, the others each met or not. Words
    no point holds (a heading, a closing remark) and a figure in a point leave the reading to check."""
    if "公式" in w.text and _FORMULA_VALUED.search(w.text):
        return None
    t = w.text.rstrip(";.")
    t, remarks = _who_scores_dropped(t)  # “…,5分;(由区综治办评分)”: who scores the row, or who gives the figures, is no point
    noted = [_WHO_SAID.format(x) for x in remarks]
    found = _points_of(t, w, list(noted))
    bare = _BARE_POINTS.findall(t) if found is None and not t.startswith("(") else []
    # one such score closing the last statement, the others' marked “(2分)”: “A(2分);B(2)”
    closing = len(bare) == 1 and _BARE_CLOSING.search(t) is not None and BRACKETED_POINTS.search(t) is not None
    # or inside the text, right after its statement's words and before a comma, the last marked “(0.5分)”: “…大专以上学历
    # (0.5),具备…的能力(0.5分)”
    closing = closing or (len(bare) == 1 and _BARE_BEFORE_COMMA.search(t) is not None
                          and BRACKETED_POINTS.search(t) is not None)
    if closing or (len(bare) >= 2 and bare != [str(k) for k in range(1, len(bare) + 1)]):
        # “…制度上墙。(2.5) …职责。(2.5)”: the points in brackets with no 分, after each statement
        found = _points_of(_BARE_POINTS.sub(r"(\1分)", t), w, [*noted, "括号中的数字读作各要点的分值（未写“分”）"])
    return found


def _one_marked_checklist(w: Wording, text: str) -> Proposed | None:
    """``text`` (the part of ``w`` holding its points) read as ``_marked_points`` reads it, when that is one 要点核查."""
    found = _marked_points(replace(w, text=text))
    return found if found is not None and len(found.items) == 1 and found.items[0]["type"] == RULE.type else None


#: what the row checks and its 分值, in a sentence of its own before the points: “低保动态管理计2分;…”, “②办公场所建设2分;…”
#: or in brackets of its own before the numbered points: “(四)企业按时足额支付职工工资;(15分)1.…”
_TOTAL_HEADING = lazy_compile(rf"^(?:[{CIRCLED}]|{ORDINAL}|\([一二三四五六七八九十]{{1,3}}\)|[一二三四五六七八九十]{{1,3}}、)?"
                            r"(?P<head>[^;,:\d()]{2,30}?|[^;:\d()]{2,80}?(?=计))"
                            r"(?:(?P<comma>,)?(?:计|得|共计|共|满分|总分|为)?(?P<total>" + NUM[1:-1] + r")分[;:]|"
                            r";?\((?P<bracketed>" + NUM[1:-1] + rf")分\);?(?={ORDINAL}|[{CIRCLED}])|"
                            r"\((?P<titled>" + NUM[1:-1] + r")分\)(?=[\u4e00-\u9fff]))")
#: the parts of the whole listed after the heading: “包括:”, “其中:”, “主要有:”
_PARTS_LISTED = lazy_compile(r"(?:包括|其中|主要(?:有|包括)?|分为)[:,]")
#: the 分值 in brackets opening the text, then the row's title run straight into the first point's bracketed points:
#: “(15分)结构与逻辑(4分)…”
_TOTAL_THEN_TITLE = lazy_compile(r"^\((?P<total>" + NUM[1:-1] + r")分\)(?P<head>[\u4e00-\u9fff、]{2,16})(?=\(\d)")
#: a point's own breach scoring nothing, right after its points: “…计1分,未落实的计0分”
_POINT_THEN_NOTHING = lazy_compile(r"(?<=分),(?P<breach>(?:未|没有|不)[^;]{1,40}?)(?:的)?,?计0分(?=;|$)")


#: a point's points in brackets opening it: “(4分)…”
_OPENING_POINTS = lazy_compile(r"\((?P<n>" + NUM[1:-1] + r")分\)")


def _points_first_as_closing(t: str) -> str:
    """“(4分)论文结构完整,可扩展章节;(6分)论文长度符合要求” written each point then its points (“论文结构完整,可扩展章节,4分;
    论文长度符合要求,6分”): the sentences of a point joined by commas; "" when a point holds points of its own or is
    empty, or words stand before the first."""
    found = list(_OPENING_POINTS.finditer(t))
    if len(found) < 2 or found[0].start() != 0:
        return ""
    ends = [x.start() for x in found[1:]] + [len(t)]
    cases = [t[x.end():e].strip(";,. ").replace(";", ",") for x, e in zip(found, ends)]
    if any(not c or re.search(r"\d分", c) for c in cases):
        return ""
    return ";".join(f"{c},{x.group('n')}分" for c, x in zip(cases, found))


def _total_then_points(w: Wording) -> Proposed | None:
    """What the row checks with its 分值 in a sentence of its own, then its points each with their points (“办公场所建设
    计2分;有组织领导计0.5分,有宣传窗计0.5分,…”): the heading is the 要点核查's name, the points are read as
    ``_marked_points`` reads them, and they add up to the heading's score (which is the 分值)."""
    m = _TOTAL_HEADING.match(w.text) or _TOTAL_THEN_TITLE.match(w.text)
    if m is None or d(m.group("total") or m.group("bracketed") or m.group("titled")) != w.weight:
        return None
    head = m.group("head")
    if NOT_A_STATEMENT.search(head) or _DEGREE_OF.search(head) or re.search(r"每|扣|以上|以下|不|未|没|无", head):
        return None  # a score of a situation or a breach, not a heading
    # the heading is the row's own name (“预训练模型(15分)…” of the row “预训练模型”): a title, sure; a heading run straight
    # into its points with no stop, or closed by a comma (“实验分析,10分;…”, a situation's words as well), is read
    # only as that name
    named = bool(w.name) and head in w.name
    if not named and (found_by(m, _TOTAL_THEN_TITLE) or m.group("comma") or m.group("titled")):
        return None
    points = w.text[m.end():].rstrip(";.")
    if found_by(m, _TOTAL_THEN_TITLE):
        points = _points_first_as_closing(points)
        if not points:
            return None
    breaches = [b.group("breach") for b in _POINT_THEN_NOTHING.finditer(points)]
    if breaches and len(breaches) != points.count(";") + 1:
        return None  # “…计1分,未落实的计0分”: every point with its breach, or none
    found = _one_marked_checklist(w, _POINT_THEN_NOTHING.sub("", points))
    if found is None:
        return None
    item = dict(found.items[0], label=head)
    # (“…工作,6分;包括:A情况,2分;B数,2分”: the parts a whole is looked at by, named, not requirements: to check)
    said_first = () if named and not _PARTS_LISTED.match(points) else (f"“{w.text[:m.end()].strip(';:')}”：读作该项名称与分值，未计入要点",)
    said_after = tuple(f"“{x}…计0分”：读作该要点不满足" for x in breaches)
    return Proposed([item], f"{found.summary}（{head}计 {fmt(w.weight)} 分）", (*(found.doubts or ()), *said_first, *said_after))


#: a figure, a 每 or a deduction: what the words of a heading, a breach or a list of points hold when they count or take
#: off points themselves (another reading's words)
_COUNTED_OR_TAKEN = lazy_compile(r"\d|每|扣")
#: a closing statement that the points not met score nothing: “编报金额不一致、科目有误时,得0分”
_ZERO_CLOSING = lazy_compile(r";(?P<breach>[^;]*?(?:不|未|没|无|有误|错误|缺)[^;]*?)(?:时|的)?,?(?:得|计)0分$")


def _points_then_zero(w: Wording) -> Proposed | None:
    """Points each with their points, then what scores 0 said as a situation of its own (“A,得1分;B,得1分;A不符、B有误时,
    得0分”): the zero is each point's when it is not met, so the points are read without it, to check."""
    t = w.text.rstrip(";.")
    m = _ZERO_CLOSING.search(t)
    if m is None or _COUNTED_OR_TAKEN.search(m.group("breach")):
        return None
    found = _one_marked_checklist(w, t[:m.start()])
    if found is None:
        return None
    return found.doubted(f"“{m.group(0).strip(';')}”：读作所述要点不满足的得分（各要点分别计）")


#: a requirement, then in brackets its 分值 and how it is scored: “…,租赁补贴全部发放到位;(共3分,A得1.5分;B得1.5分;)”
_REQUIREMENT_THEN_BRACKET = lazy_compile(r"^" + ORDINAL + r"?(?P<head>[^()]{2,120}?)[;,]?"
                                       r"\((?:共|满分|总分|本项)?(?P<total>" + NUM[1:-1] + r")分[,;:](?P<inner>[^()]+?)[;,]?\)$")


def _requirement_then_bracketed_points(w: Wording) -> Proposed | None:
    """A requirement, then in brackets the 分值 and the points it is scored by (“对应保家庭全部保障到位,…;(共3分,已采取公开
    摇号方式配租得1.5分;租赁补贴已全部发放到位得1.5分)”): the points are read as ``_marked_points`` reads them, the
    requirement is what they check (the 要点核查's name), to check."""
    m = _REQUIREMENT_THEN_BRACKET.match(w.text.rstrip(";."))
    if m is None or d(m.group("total")) != w.weight or _COUNTED_OR_TAKEN.search(m.group("head")):
        return None
    found = _one_marked_checklist(w, m.group("inner"))
    if found is None:
        return None
    head = m.group("head").strip(",;")
    item = dict(found.items[0], label=head)
    return Proposed([item], found.summary, (*(found.doubts or ()), f"“{head}”：读作所查的要求，其得分按括号中的要点计"))


#: a requirement with its 分值 in brackets (“…总体布局合理(1分)”), then the requirements that share it out, each closing
#: with its share in brackets, a bare figure without 分 (“安静、远离污染源(0.2)设立门卫室(0.2)…”), or with its share of the
#: 分值 in % (“排版质量10%内容专业性程度20%…”)
_HEAD_THEN_BARE_SHARES = lazy_compile(r"^(?P<head>[^()]{2,120}?)\((?P<total>" + NUM[1:-1] + r")分\)(?P<rest>.+)$")
#: a share in brackets closing a requirement, a bare figure (“(0.2)”): no unit, nothing else in the brackets
_BARE_SHARE = lazy_compile(r"\((?P<n>\d+(?:\.\d+)?)\)")
#: words before a figure in % that make it a rate's line or a comparison, no share (“合格率90%”, “达到90%”)
_RATE_NOT_SHARE = lazy_compile(r"(?:率|比例|比重|占比|达到|不低于|不少于|高于|低于|超过|以上|以下|[≥≤<>=])$")
#: a share of the 分值 in % closing a requirement, straight after its words (“排版质量10%”)
_PER_CENT_SHARE = lazy_compile(r"(?<=[\u4e00-\u9fff)])(?P<n>\d+(?:\.\d+)?)%")


def _head_then_bare_shares(w: Wording) -> Proposed | None:
    """“园内…布局合理,有明确功能分区(1分)安静、远离污染源(0.2)设立门卫室(0.2)…”: the heading's points in brackets with 分,
    then requirements each closing with a bare figure in brackets, the figures adding up to the heading's points (the
    分值): a 要点核查 of those requirements, each worth its figure; the heading names what they check. To check: the
    figures carry no 分. Or each closing with its share of the 分值 in % (“编写实验报告(70分)排版质量10%内容专业性程度20%…”),
    the shares adding up to 100%: each worth its share of the 分值."""
    m = _HEAD_THEN_BARE_SHARES.match(w.text.rstrip(";.")) if "分)" in w.text else None
    if m is None or d(m.group("total")) != w.weight:
        return None
    rest = m.group("rest")
    shares = list(_BARE_SHARE.finditer(rest))
    per_cent = len(shares) < 2 or shares[-1].end() != len(rest)
    if per_cent:  # “…编写实验报告(70分)排版质量10%内容专业性程度20%…”: each requirement's share of the 分值 in %
        shares = list(_PER_CENT_SHARE.finditer(rest))
        if len(shares) < 2 or shares[-1].end() != len(rest):
            return None
    points, at = [], 0
    for share in shares:
        label = rest[at:share.start()].strip(",;、")
        at = share.end()
        if len(label) < 2 or re.search(r"\d+(?:\.\d+)?分|扣|得\d|不得分|不计分|酌情" + (r"|\d" if per_cent else ""), label) or label.count("(") != label.count(")"):
            return None  # a requirement scored in words of its own, or a figure that is no share
        n = d(share.group("n"))
        if per_cent and _RATE_NOT_SHARE.search(label):
            return None  # “合格率90%”: a line of a rate, no share of the 分值
        points.append((f"{label}（{share.group('n')}%）", w.weight * n / 100) if per_cent else (label, n))
    if sum((pts for _label, pts in points), Decimal(0)) != w.weight or any(pts <= 0 for _label, pts in points):
        return None
    said = "其后各项的百分比（占分值的份额）" if per_cent else "其后括号中的数字（原文未写“分”）"
    return _summed(points, w, (f"“{m.group('head').strip(',;')}({m.group('total')}分)”：读作所查的要求，其分值由{said}按要点分配",))


#: a run of things named together with the points each is worth, among points with their own: “做好工会、共青团、妇女等工作
#: 各得1分”, “粮食播种面积、总产量达到下达指标分别得3分” (one score 分别: each's, not scores in turn)
_EACH_GROUP = lazy_compile(r"(?:^|(?<=;))(?P<list>[^;,、\d等]{1,20}(?:、[^;,、\d等]{1,12}){1,11}?)(?:等(?P<what>[\u4e00-\u9fff]{0,4}))?"
                         r"(?:各(?:得|计|记)?|分别(?:得|计|记))(?P<pts>" + NUM[1:-1] + r")分(?![、和及]?\d)")
#: a part's points shared out in brackets among things: named there (“各项生产指标全面完成(45分)(牛、生猪、家禽各占15分)”),
#: or named in the part (“牛冷配任务和猪人工受精任务完成(各记20分)”)
_SHARED_IN_BRACKETS = lazy_compile(r"(?:^|(?<=;))(?:[a-zA-Z][.、]|" + ORDINAL + r")?(?:"
                                 r"(?P<head>[^;()\d]{2,40}?)\((?P<total>" + NUM[1:-1] + r")分\)\((?P<named>[^;,、()\d]{1,12}"
                                 r"(?:、[^;,、()\d]{1,12}){1,11})|(?P<list>[^;,()和、\d]{2,20}(?:[和、][^;,()和、\d]{2,20}){1,5})\()"
                                 r"各(?:得|计|记|占)?(?P<pts>" + NUM[1:-1] + r")分\)")


def _shared_out(t: str) -> tuple[re.Match[str], list[str]] | None:
    """The one statement of ``t`` whose points are shared out in brackets among things (``_SHARED_IN_BRACKETS``), and the
    points it stands for, named by their things; None when no statement, or more than one, is so shared, or the shares
    do not add up to the part's points."""
    found = list(_SHARED_IN_BRACKETS.finditer(t))
    if len(found) != 1:
        return None
    m = found[0]
    if m.group("named"):
        things = m.group("named").split("、")
        if d(m.group("pts")) * len(things) != d(m.group("total")):
            return None
        return m, [f"{m.group('head')}—{x}" for x in things]
    return m, re.split(r"[和、]", m.group("list"))


def _points_with_an_each_group(w: Wording) -> Proposed | None:
    """Points each with their points, one statement naming several things worth the same each (“完成新闻宣传任务得3分;积极
    开展文体活动得2分;做好工会、共青团、妇女等工作各得1分”): the things of that statement are points of their own (“工会工作”
    1 分, …), the whole read as ``_marked_points`` reads it, to check. A part's points shared out in brackets
    (``_SHARED_IN_BRACKETS``) are read in the same way."""
    groups = list(_EACH_GROUP.finditer(w.text))
    shared = _shared_out(w.text) if not groups else None
    if shared is not None:
        g, things = shared
    elif len(groups) != 1 or levels_then_words(groups[0].group(0)):
        return None  # (the levels listed are units each earning the points: formula._levels_each)
    else:
        g = groups[0]
        what = g.group("what") or ""
        things = [x if x.endswith(what) else x + what for x in g.group("list").split("、") if x]
    if w.text.count(";") < 1:
        return None
    said_points = "".join(f"{x}得{g.group('pts')}分;" for x in things)
    found = _one_marked_checklist(w, w.text[:g.start()] + said_points.rstrip(";") + w.text[g.end():])
    if found is None:
        return None
    return found.doubted(f"“{g.group(0)}”：读作 {len(things)} 个要点，各 {g.group('pts')} 分")


#: things listed, then what each is worth and the total: “例会制度、学习制度、…等各项工作;(1个0.5分,共3分)”
_LISTED_EACH_OF_TOTAL = lazy_compile(r"^(?P<list>[^;()]+?)[;,]?\(?(?:每|1)(?:个|项|条|种)(?:得|计|记)?(?P<per>" + NUM[1:-1] + r")分[,;]"
                                   r"(?:共|满分|合计|共计|最高)(?P<total>" + NUM[1:-1] + r")分\)?$")
#: the words closing a list that name its kind: “等各项工作”, “等制度”
_LIST_KIND = lazy_compile(r"等[\u4e00-\u9fff]{0,6}$")


def _listed_each_of_total(w: Wording) -> Proposed | None:
    """Things listed, then what each is worth and the total (“坚持例会制度、学习制度、奖惩制度…等各项工作。(1个0.5分,共3分)”):
    a 要点核查 of the things, each at that worth, when their number times it is the total and the 分值. The things
    are read off the 、 between them, so the proposal is to check."""
    m = _LISTED_EACH_OF_TOTAL.match(w.text.rstrip(";."))
    if m is None:
        return None
    per, total = d(m.group("per")), d(m.group("total"))
    if total != w.weight or not 0 < per < total or _COUNTED_OR_TAKEN.search(m.group("list")):
        return None
    labels = [x for x in _LIST_KIND.sub("", m.group("list")).split("、") if x]
    if len(labels) < 2 or per * len(labels) != total:
        return None
    found = [(label, per) for label in labels]
    return _summed(found, w, (f"“{m.group('list')}”：读作 {len(labels)} 个要点（按“、”分项），各 {fmt(per)} 分",))


#: things listed, then the total and its parts in turn written as a sum: “加油站地面、加油机、加油岛清洁;5分(2+2+1)”
_LISTED_SUM_IN_TURN = lazy_compile(r"^(?P<list>[^;,()\d]+?)[;,.]?(?P<total>" + NUM[1:-1] + r")分\((?P<sum>" + NUM[1:-1]
                                 + r"(?:\+" + NUM[1:-1] + r")+)\)$")


def _listed_sum_in_turn(w: Wording) -> Proposed | None:
    """Things listed with 、, then the 分值 and its parts in turn as a sum in brackets (“加油站地面、加油机、加油岛清洁;5分
    (2+2+1)”): a 要点核查, one point a thing, each worth its part in the order named, when as many parts as things add up
    to the 分值. The things are read off the 、 between them (what they share, “清洁”, closing the last), so the proposal
    is to check."""
    m = _LISTED_SUM_IN_TURN.match(w.text.rstrip(";.")) if "+" in w.text else None
    if m is None or d(m.group("total")) != w.weight or _COUNTED_OR_TAKEN.search(m.group("list")):
        return None
    labels = [x for x in m.group("list").split("、") if x]
    parts = [d(x) for x in m.group("sum").split("+")]
    if len(labels) != len(parts) or sum(parts) != w.weight or any(not 0 < x < w.weight for x in parts):
        return None
    return _summed(list(zip(labels, parts)), w, (f"“{m.group('total')}分({m.group('sum')})”：按所列各项的顺序读作各自的分值",))


#: a remark in brackets naming who scores the row or gives its figures: “(由区综治办评分)”, “(由市统计局提供数据)”
_WHO_SCORES = lazy_compile(r"\(由[^()]{1,30}?(?:评分|打分|评定|考核|负责|提供[^()]{0,20}?)\)")
_WHO_SAID = "“{}”：评分或提供资料的单位，未计入要点"


def _who_scores_dropped(t: str) -> tuple[str, list[str]]:
    """``t`` without its remarks naming who scores the row or gives its figures (no point, no fault), and those remarks."""
    remarks = _WHO_SCORES.findall(t) if "(由" in t else []
    return (_WHO_SCORES.sub("", t).rstrip(";.") if remarks else t), remarks


#: a closing remark that the last points count once: “后3项积分不累加”, “后2项不重复计分”, “后3项得分不累计”
_LAST_ONCE = lazy_compile(r"^(?:其中)?后(?P<k>[2-9])项(?:积分|得分|分值)?(?:不累加|不累计|不重复(?:计分|得分)|不叠加)$")
#: a closing remark that the points are scored one by one (“按分项打分”, “分项计分”): what a 要点核查 does
_BY_PARTS = lazy_compile(r"^按?(?:各)?(?:分项|要点|项)(?:按标准)?(?:打分|计分|评分|得分)(?:后?(?:累加|相加))?$")


#: a remark on one of the points, named by its number: “2项年度工作计划具体形式不限”, “第1项中的…”
_PART_NAMED = lazy_compile(r"^第?(\d{1,2})项(?=中|的|重点|[\u4e00-\u9fff]{2})")
#: a point's breach voting the row down, and what else follows from it: “如有危房一票否决,立即停办”
_VETO = lazy_compile(r"^(?:如|若)?(?:有|出现|发生|存在)(?P<what>[^,;\d]{1,20}?)(?:的)?,?(?:实行|实施|予以)?一票否决(?P<more>(?:,[^,;\d]{1,12})*)$")
#: a point's score in brackets with no 分 (“…上墙。(2.5)”, “会议室(接待室)(3)”), after its statement (never the list's
#: own numbering)
_BARE_POINTS = lazy_compile(r"(?<=[\u4e00-\u9fff;,”)])\((\d+(?:\.\d+)?)\)")
#: such a score closing the text, right after its statement's words (“…作为评优评先的参考指标(2)”)
_BARE_CLOSING = lazy_compile(r"(?<=[\u4e00-\u9fff”])\(\d+(?:\.\d+)?\)$")
#: such a score inside the text, after its statement's words and before a comma (“…大专以上学历(0.5),具备…”)
_BARE_BEFORE_COMMA = lazy_compile(r"(?<=[\u4e00-\u9fff”])\(\d+(?:\.\d+)?\)(?=,)")


def _points_of(t: str, w: Wording, doubts: list[str]) -> Proposed | None:
    """``_marked_points`` on ``t``, with the ``doubts`` of how ``t`` was read."""
    found = scored_statements(t)
    if found is None or len(found[0]) < 2:
        return None
    statements, split, tail = found
    last = statements[-1]
    if (len(statements) > 2 and last.points == w.weight and last.lower is None
            # standing alone, in brackets, or bare in a sentence of its own closing the text after bracketed points
            and re.search(rf"(?:^|[;,.])\({re.escape(fmt(w.weight))}分\)|(?<=分\))[^;()\d]*;{re.escape(fmt(w.weight))}分$", t)
            and sum((st.points or Decimal(0) for st in statements[:-1]), Decimal(0)) == w.weight):
        # “A(1分),B(2分);(3分)”, “做好A(2分)、B(2分)、C(2分)、清洁工作。6分”: the 分值 said again after the points (a clause
        # before it is the last point's)
        statements = statements[:-1]
        doubts.append(f"“{fmt(w.weight)}分”：读作该项分值" + "".join(f"；“{x}”未计入要点" for x in (*last.before, last.words) if x))
    if len(statements) > 2 and last.points == 0 and not last.before \
            and _NONE_OF_THEM.fullmatch(last.words):
        # “(1)A5分(2)B5分(3)上述2项均不符合0分”: the points none met, as a statement scoring 0, says what the points say
        statements = statements[:-1]
    once = _LAST_ONCE.match(tail.strip(";,."))
    if once:  # “…(3)…(3)…(3)后3项积分不累加”: the last points, alike, count once: one point met by any of them
        k = int(once.group("k"))
        alike = statements[-k:]
        if not 2 <= k < len(statements) or len({st.points for st in alike}) != 1 or alike[0].points is None \
                or any(st.before for st in alike[1:]):
            return None
        joined = "、".join(st.words for st in alike)
        statements = (*statements[:-k], alike[0]._replace(words=f"{joined}（{k}项之一）"))
        doubts.append(f"“{once.group(0)}”：读作后 {k} 项满足其一即得 {fmt(alike[0].points)} 分，不重复计分")
        tail = ""
    said = tail.strip(";,.")
    # “按项按标准得分,最多得5分”: scored one by one, then the 分值 said again (read below)
    by_parts, _, total_said = said.partition(",") if "," in said and ";" not in said else (said, "", "")
    if _BY_PARTS.match(by_parts) and (not total_said or _TOTAL_AFTER.match(total_said)):
        doubts.append(f"“{by_parts}”：各要点分别计分")
        tail = total_said
    points = [st.points for st in statements if st.points is not None and 0 < st.points < w.weight]
    steps: dict[int, list[Statement]] = {}
    if len(points) < len(statements) or sum(points, Decimal(0)) != w.weight:
        statements, steps = _lower_steps(statements)
        points = [st.points for st in statements if st.points is not None and 0 < st.points < w.weight]
        if not steps or len(points) < len(statements) or sum(points, Decimal(0)) != w.weight:
            return None
        doubts += [f"“{x.words},得{fmt(x.points)}分”：读作“{statements[k].words[:16]}”部分满足的得分"
                   for k, found_steps in steps.items() for x in found_steps]
    breached: list[int] = []  # the points whose breach is stated right after them, with what it costs
    for k, st in enumerate(statements):
        if not st.words or NOT_A_STATEMENT.search(st.words) or _DEGREE_OF.search(st.words):
            return None
        for x in st.before:
            if k and _BREACH_OF_POINT.match(x) and not _STILL_SCORES.search(x):
                if re.search(r"\d", x):
                    doubts.append(f"“{x}”：条件中的数值由评价组判断是否达到")
                continue
            cost = _FAULT_AFTER.match(x.strip(",")) if k else None
            if cost and not re.search(r"\d|每", cost.group("fault")) and d(cost.group("pts")) == points[k - 1] \
                    and k - 1 not in breached:
                # “建立制度(2分),未建立扣2分;…”: the point before, its breach costing its own points
                breached.append(k - 1)
                continue
            if NOT_A_STATEMENT.search(x):
                return None
            doubts.append(f"“{x}”：未计入要点")
        if figure_in(_REQUIRED_FIGURE.sub("", st.words)):
            doubts.append(f"“{st.words}”：条件中的数值由评价组判断是否达到")
        if st.mark.isdigit():
            doubts.append(f"“{st.mark}{st.words[:12]}”：“{st.mark}”读作序号")
    doubts += [f"“{x}”：未计入要点" for x in split]
    tail = tail.strip(";,.")
    total = _TOTAL_AFTER.match(tail)
    if total and d(total.group(1)) == w.weight:  # “…,满分3分”, “…,共4分”: the 分值 said again
        tail = ""
    rests = [x.strip(",") for x in tail.split(";") if x.strip(",") and not _POINTS_SAY_IT.match(x.strip(","))]
    vetoed = None  # the point whose breach votes the row down (“无危房4分,…;如有危房一票否决”)
    for rest in rests:
        veto = _VETO.match(rest)
        if veto is None:
            continue
        at = [k for k, st in enumerate(statements) if st.words in (f"无{veto.group('what')}", f"没有{veto.group('what')}")]
        if len(at) == 1:
            vetoed = at[0]
            rests.remove(rest)
            doubts.append(f"“{rest}”：读作关键要点“{statements[vetoed].words}”不满足则本项不得分"
                          + (f"；“{veto.group('more').strip(',')}”未计入规则" if veto.group("more") else ""))
            break
    if breached and len(breached) < len(points) - 1 and not rests:
        return None  # some points with their breach and others without: not one way of stating them
    if breached:
        doubts.append("“" + "”、“".join(statements[i].words for i in breached) + "”：其后所列扣分读作该要点不满足")
    faults = [m for m in map(_FAULT_AFTER.match, rests) if m and not re.search(r"\d|每", m.group("fault"))]
    gate = None
    if faults:  # “A,得2分;B,得2分;未设立机构,扣4分;A不到位,扣2分;B不到位,扣2分”: the points' breaches, again
        whole = [m for m in faults if d(m.group("pts")) == w.weight]
        unbreached = [pts for i, pts in enumerate(points) if i not in breached]
        if len(whole) > 1 or [d(m.group("pts")) for m in faults if m not in whole] != unbreached:
            return None
        doubts.append(f"“{faults[-1].group(0)}”等：各扣分与要点分值一一对应，读作要点不满足")
        if whole:
            gate = whole[0].group("fault").removesuffix("的")
            doubts.append(f"“{whole[0].group(0)}”：读作关键要点（出现则本项不得分）")
        rests = [x for x in rests if not any(x == m.group(0) for m in faults)]
    owns = [m for m in map(_FAULT_OF_ITS_OWN.match, rests) if m and not _STILL_SCORES.search(m.group("fault"))
            and not _NEGATED.search(m.group("fault"))] if not gate and vetoed is None else []
    if len(owns) == 1:
        # “…文书档案规范4分;受举报被查处的不计分”: a fault of its own, no point's breach, zeroing the row
        gate = owns[0].group("fault")
        doubts.append(f"“{owns[0].group(0)}”：读作关键要点（出现则本项不得分），不是最后一个要点不满足")
        rests.remove(owns[0].group(0))
    for rest in rests:
        # the last point's breach (“…,任何一项未落实到位不计分”), perhaps after how it is checked, or a remark (“(下同)”)
        breach = _BREACH_OF_POINT.match(rest) and not _STILL_SCORES.search(rest)
        named = _PART_NAMED.match(rest)  # “2项年度工作计划具体形式不限”: a remark on a point, named by its number
        if named and not 1 <= int(named.group(1)) <= len(statements):
            return None
        if not breach and (re.search(r"\d", rest[named.end() if named else 0:]) or NOT_A_STATEMENT.search(rest)
                           or _SCORED_HOW.search(rest)):
            return None
        if breach and not steps and _LINE_OF_ITS_OWN.search(rest):
            return None  # a line on a figure of its own (“拨付率低于80%时,不得分”) zeroes the row: no point's breach
        said = _ZERO_SAID.sub("", rest)  # the breach without its zero: more than one clause is how it is checked too
        doubts.append(f"“{rest}”：未计入要点" if not breach or "," in said else f"“{rest}”：作为最后一个要点不满足的情形")
    if any(_FORMULA_IN_POINT.search(st.words) for st in statements):
        return None  # “(1)…,得分为:完成产品数/产品指标数*4分;…”: a part scored by a formula, never a point met or not
    if any(st.lower for st in statements):
        return None if gate else _points_and_steps(list(zip(statements, points, strict=True)), w, doubts)
    graded = _graded_points(statements, steps, tail, w, doubts) if steps and not gate else None
    if graded is not None:
        return graded
    summed = _summed([(st.words, pts) for st, pts in zip(statements, points, strict=True)], w, tuple(doubts))
    if vetoed is not None:
        if gate:
            return None
        summed.items[0]["params"]["gate"] = f"p{vetoed + 1}"
        return Proposed(summed.items, f"{summed.summary}，关键要点“{statements[vetoed].words}”不满足则本项不得分", summed.doubts)
    if gate:  # the fault that takes the whole 分值: a key point of no points of its own
        item = summed.items[0]
        item["params"] = {"gate": "gate", "points": [{"key": "gate", "label": "无：" + gate, "max": "0"},
                                                     *item["params"]["points"]]}
        return Proposed([item], f"{summed.summary}，关键要点“无：{gate}”不满足则本项不得分", summed.doubts)
    return summed


#: a line on a figure of its own: “拨付率低于80%”, “完成率不足90”
_LINE_OF_ITS_OWN = lazy_compile(r"\d[%‰]|(?:低于|高于|不足|超过|少于|多于|未达到)\d")
#: a clause scoring nothing that names a figure: “组织4次及以下,不得分”, “占比<40%,不得分”
_FIGURE_ZEROED = lazy_compile(r"^[^;]*\d[^;]*?,?" + ZEROED + "$")


def _graded_points(statements: tuple[Statement, ...], steps: dict[int, list[Statement]], tail: str, w: Wording,
                   doubts: list[str]) -> Proposed | None:
    """Numbered points, one or more with lower steps after its score that each name a figure, as its own words do,
    closed by a band of that figure scoring nothing (“2.…进行6次以上指导,得1分;组织5次,得0.5分;组织4次及以下,不得分;
    3.…”): the bands of that figure; each other point a 全有或全无. Nothing unless every such point reads as bands whose
    best is its points; a point closed by its denial (“…;未组织,不得分”) is a point partly met."""
    items, used = [], []
    for k, st in enumerate(statements):
        key, pts = chr(ord("a") + k), st.points or Decimal(0)
        if k not in steps:
            items.append(all_or_nothing.RULE.item(st.words[:30], pts, {"condition": st.words}, key=key))
            continue
        if not re.search(r"\d", st.words) or not all(re.search(r"\d", x.words) for x in steps[k]):
            return None
        after = statements[k + 1].before if k + 1 < len(statements) else tuple(tail.strip(";,.").split(";"))
        zero = [x for x in after[:1] if _FIGURE_ZEROED.match(x)]
        if not zero:  # “…;每年组织1次,得0.5分;未组织,不得分”: the point denied, so a point partly met, not bands
            return None
        clauses = [f"{x.words},得{fmt(x.points or Decimal(0))}分" for x in (st, *steps[k])] + zero
        used += [*zero, st.words]
        part = Wording(";".join(clauses), pts, st.words[:30], "", w.explanation)
        found = tiers.counted_bands(part) or tiers.ranges(part)
        if found is None or len(found.items) != 1:
            return None
        bands = found.items[0]["params"][tiers.RULE.type]
        if max(d(b["score"]) for b in bands) != pts:
            return None
        items.append({**found.items[0], "key": key, "label": st.words[:30]})
        doubts.append(f"“{clauses[0]}”等：读作该要点按数值分档")
    # the steps and the band scoring nothing are bands now, not a point partly met nor its breach
    said = [x for x in doubts if "部分满足的得分" not in x and not any(x.startswith(f"“{z}”：") for z in used)]
    return Proposed(items, f"{len(items)} 个评分项（" + "、".join(f"{it['max']}分" for it in items) + "），分档的要点按数值分档",
                    tuple(dict.fromkeys(said)))


def _lower_steps(statements: tuple[Statement, ...]) -> tuple[tuple[Statement, ...], dict[int, list[Statement]]]:
    """A numbered list whose points state a lower score right after their own, without a number of their own
    (“2.…,得1分;每年组织1次,得0.5分;未组织,不得分;3.…”, “(4)…利用率较高,得0.2分;利用率不高,得0.1分;…”): the numbered
    statements, and the lower steps of each (by its index among them), each lower than the one before it. Nothing
    when the list is not numbered throughout or a statement without a number cannot be such a step."""
    if not statements or not statements[0].mark or sum(1 for st in statements if st.mark) < 2:
        return statements, {}
    kept: list[Statement] = []
    steps: dict[int, list[Statement]] = {}
    for st in statements:
        if st.mark:
            kept.append(st)
            continue
        above = steps.get(len(kept) - 1, [kept[-1]])[-1]  # the point's own score, or its step before this one
        if st.before or st.lower or kept[-1].lower or st.points is None or above.points is None \
                or not 0 < st.points < above.points or not st.words or NOT_A_STATEMENT.search(st.words):
            return statements, {}
        steps.setdefault(len(kept) - 1, []).append(st)
    return tuple(kept), steps


#: a closing remark that says how the row is scored (“结果按平均值得分”, “按实际得分”): another rule, not a remark
_SCORED_HOW = lazy_compile(r"得分|计分|评分|打分|平均|加权|按(?!时|期|要求|规定|计划|进度)")
#: the zero closing a breach: “…,本项不得分”
_ZERO_SAID = lazy_compile(r",?(?:本项|该项|此项|均)?" + ZEROED + "$")
#: a fault of its own closing the points, something that happened rather than a point unmet, zeroing the row:
#: “受举报被查处的不计分”, “突破渔业安全生产考核指标的,不得分”, “发生重大安全事故的,本项不得分”
_FAULT_OF_ITS_OWN = lazy_compile(r"^(?P<fault>(?:发生|出现|存在|受|被|突破|超过|超出|发现)[^;,]{2,30}?)(?:的)?,?(?:本项|该项|此项|整项)?"
                               + ZEROED + r"$")
#: words that make a clause a point unmet, not a fault of its own: “超过规定时限未完成的”
_NEGATED = lazy_compile(r"未|不|没|无|缺|低于|少于")
#: a fault and what it costs, after the points: “…机构没有设立,扣4分”, “…未建立台账的,扣2分”
_FAULT_AFTER = lazy_compile(r"^(?P<fault>[^;]+?)(?:的)?,?扣(?:除|减)?(?P<pts>\d+(?:\.\d+)?)分$")


def _points_and_steps(statements: list[tuple[Statement, Decimal]], w: Wording, doubts: list[str]) -> Proposed | None:
    """Requirements each with its points, one or more with a lower step in its brackets: a 全有或全无 for each plain
    one, a 情形选择 (its points, the lower step, none) for each with a step."""
    items = []
    for k, (st, pts) in enumerate(statements):
        key = chr(ord("a") + k)
        if st.lower is None:
            items.append(all_or_nothing.RULE.item(st.words[:30], pts, {"condition": st.words}, key=key))
            continue
        words, lower = st.lower[0].removesuffix("的"), st.lower[1]
        if not words or NOT_A_STATEMENT.search(words) or not 0 < lower < pts:
            return None
        options = [{"key": "o1", "label": st.words, "score": s(pts)}, {"key": "o2", "label": words, "score": s(lower)}]
        item = choice.with_none_applies(choice.RULE.item(st.words[:30], pts, {"options": options}, key=key))
        if item is None:
            return None
        items.append(item)
        doubts.append(choice.NONE_APPLIES_DOUBT)
    return Proposed(items, f"{len(items)} 个评分项（" + "、".join(f"{it['max']}分" for it in items) + "），各按所注分值",
                    tuple(dict.fromkeys(doubts)))


#: “…(10分)视力患病1.5新发病3龋齿2…”: the 分值 in brackets, then points each followed by its bare number (a 要点|分值
#: table joined into one cell): at least three points, nothing between them
_TOTAL_THEN_RUN = lazy_compile(r"\((?P<total>\d+(?:\.\d+)?)分\)(?P<run>(?:[\u4e00-\u9fff]{1,12}\d+(?:\.\d+)?){3,})$")
_BARE_PAIR = lazy_compile(r"([\u4e00-\u9fff]{1,12})(\d+(?:\.\d+)?)")
#: words that make the number after them a count, a step or a line, not a point's 分值 (“每”, “扣”, “第”, “以上”)
_NOT_A_BARE_POINT = lazy_compile(r"每|扣|减|第|以上|以下|不足|不少于|不低于|超过|低于|达到|得|计|记|加|占|约|共|前|后$")


def _bare_run(w: Wording) -> Proposed | None:
    """“常见病率对比;(10分)视力患病1.5新发病3龋齿2沙眼0.5…”: after the 分值 in brackets, points each followed by its
    number with no “分”, adding up to the 分值 (none reaching it alone): to check, the numbers are read as points."""
    t = w.text.rstrip(";.")
    m = _TOTAL_THEN_RUN.search(t)
    if m is None or d(m.group("total")) != w.weight:
        return None
    pairs = [(label, d(pts)) for label, pts in _BARE_PAIR.findall(m.group("run"))]
    if any(not 0 < pts < w.weight or _NOT_A_BARE_POINT.search(label) for label, pts in pairs):
        return None
    if sum((pts for _label, pts in pairs), Decimal(0)) != w.weight:
        return None
    head = t[:m.start()].strip(";,")
    doubts = ["各要点后的数字读作其分值（未写“分”）"] + ([f"“{head}”：未计入要点"] if head else [])
    return _summed(pairs, w, tuple(doubts))


#: one thing of a list missing: “少1项”, “缺1项” (what _ALL_THEN_EACH_SHORT's cost is for)
ONE_MISSING = r"[少缺失](?:完成|落实)?任?1(?:项|个|条|种|件)"
#: “A,B,C,D,记1分;少1项,扣0.25分”, “有A、B的,得3分;缺1项扣1.5分”: what is listed, its 分值 when all of it is there,
#: then what each thing missing costs
_ALL_THEN_EACH_SHORT = lazy_compile(r"^(?P<list>[^;]+?)(?:的)?,?(?:记|得|计)(?:满分|(?P<total>" + NUM[1:-1] + r")分)[;,]"
                                  # (what each one done earns, said before what each missing costs: “每完成1件实事得10分,”)
                                  r"(?:每(?:完成|落实|做到|达到)1(?:项|个|条|种|件)[^;,\d]{0,6}?(?:得|计|记)(?P<earns>" + NUM[1:-1] + r")分,)?"
                                  r"(?:每)?(?:少|缺|缺少|欠缺|缺失)(?:完成|落实)?(?:任)?1(?:项|个|条|种|件)[^;,\d]{0,6}?,?"
                                  r"(?:扣|减)(?:除)?(?P<per>" + NUM[1:-1] + r")分$")
#: the number of things a list says it holds, closing it: “…等农村7件实事年度任务”
_LIST_COUNT = lazy_compile(r"等[\u4e00-\u9fff]{0,6}?(?P<n>\d+)(?:项|个|条|种|件)[\u4e00-\u9fff]{0,10}$")
#: the marks between things listed: a comma, 、, 和 or 及 (never 与, which more often says “with”)
_LIST_SPLIT = lazy_compile(r"[,、和及]")


def _all_then_each_short(w: Wording) -> Proposed | None:
    """Things listed with the 分值 for all of them, then what each one missing costs (“成立机构,明确分工,有专人负责,
    记1.5分;少1项,扣0.5分”): a 要点核查 of the things listed, each worth the cost of its absence, when their number
    times that cost is the 分值; otherwise the things are not told apart with certainty, and each one missing is
    a case of a deduction (the same score whenever the list is as the team counts it). The things are read off the
    marks between them, so the proposal is to check. With “扣完为止” the text is a deduction per thing missing, which
    the deduction's own wording reads."""
    m = _ALL_THEN_EACH_SHORT.match(w.text.rstrip(";."))
    if m is None:
        return None
    total, per = (d(m.group("total")) if m.group("total") else w.weight), d(m.group("per"))
    if total != w.weight or not 0 < per < total:
        return None
    if m.group("earns") and d(m.group("earns")) != per:
        return None
    head = m.group("list")
    count = _LIST_COUNT.search(head)
    listed = head[:count.start()] if count else head
    if re.search(r"\d|每|扣|不得分|否则", _HOW_OFTEN.sub("", listed)):  # (“每年签订…”: how often is the list's words)
        return None
    labels = [x.removesuffix("的") for x in _LIST_SPLIT.split(listed) if x.removesuffix("的")]
    if len(labels) < 2 or (count and int(count.group("n")) != len(labels)):
        return None
    missing = f"“{m.group(0)[len(head):].strip(',;的')}”"
    if per * len(labels) == total:
        found = [(label, per) for label in labels]
        return _summed(found, w, (f"{missing}：读作所列 {len(labels)} 项各 {fmt(per)} 分（按“、”“,”“和”“及”分项）",))
    item = deduction.RULE.item(f"缺少的项（{head.removesuffix('的')}）", total, {"per": s(per), "unit": "项"})
    return Proposed([item], f"逐例扣分：每缺 1 项扣 {fmt(per)} 分，扣完为止",
                    (f"{missing}：所列各项与分值对不上（{len(labels)} 项 × {fmt(per)} 分 ≠ {fmt(total)} 分），"
                     f"读作每缺 1 项扣 {fmt(per)} 分、扣完为止",))


#: “制定…方案的得0.5分,未制定的不得分,制定并组织落实的,得0.5分”: a step and its points, the step not taken scoring
#: nothing, then the step taken again with a further one (…并…) and the points it adds
_DONE_THEN_FURTHER = lazy_compile(r"^(?P<first>[^,;]+?)(?:的)?,?(?:得|计|记)(?P<x>\d+(?:\.\d+)?)分[,;]"
                                r"(?:未|没有|无)[^,;\d]{0,12}?(?:的)?,?(?:" + ZEROED + r"|计0分|得0分)[,;]"
                                r"(?P<again>[^,;\d]+?)(?P<join>并|且|后)(?P<further>[^,;\d]+?)(?:的)?,?(?:再|另|加)?(?:得|计|记)"
                                r"(?P<y>\d+(?:\.\d+)?)分;?$")
#: the number of a section opening the text: “5.1”, “3.2.1”
_SECTION_AT = lazy_compile(r"^\d{1,2}(?:\.\d{1,2}){1,2}(?=[\u4e00-\u9fff])")


def _done_then_further(w: Wording) -> Proposed | None:
    """“制定…方案的得0.5分,未制定的不得分,制定并组织落实的,得0.5分” on 1 point: the step is one point, the further step
    taken with it (named after the step's verb again) the other, the two adding up to the 分值. That the second score is
    added to the first, not the score of both, is read from the 分值: to check."""
    t = _SECTION_AT.sub("", ORDINAL_AT.sub("", w.text.rstrip(";.")))
    m = _DONE_THEN_FURTHER.match(t)
    if m is None or NOT_A_STATEMENT.search(m.group("first")) or re.search(r"\d", m.group("first")):
        return None
    x, y = d(m.group("x")), d(m.group("y"))
    first, again = m.group("first"), m.group("again").strip(",")
    if x + y != w.weight or not first.startswith(again):
        return None
    further = m.group("further").strip(",")
    if all_or_nothing.DENIED.match(further):
        return None  # “制定后未组织落实的,得0.5分”: the step taken without the further one, a lesser situation
    return _summed([(first, x), (further, y)], w,
                   (f"“{again}{m.group('join')}{further}”：读作在“{first}”之外再得 {fmt(y)} 分（两项相加为本项分值），请核对",))


def describe(params: Params, item_max: Decimal) -> Phrase:
    points = [p for p in params.get("points") or [] if isinstance(p, Mapping)]
    listed = joined([msg(T("%1 %2 分"), p.get("label") or p.get("key", ""), p.get("max", "")) for p in points], T("；"))
    gate = notes(params, item_max)  # the key point, when there is one
    return said(msg(T("%1 个要点，分值相加："), len(points))) + listed + (said(T("；"), *gate[0].parts) if gate else ())


#: “…;无制度0分”, “没有制度的不得分”: a closing clause zeroing the row when the thing of the first point is missing
_FIRST_MISSING_ZEROES = lazy_compile(r"[;,](?:无|没有|未建立|未制定)(?P<thing>[^;,\d]{1,10}?)的?,?(?:0分|不得分|得0分|计0分);?$")


def _gated_by_first(w: Wording) -> Proposed | None:
    """“建立了院士工作站服务制度1分,制度上墙1分;无制度0分”: points, then a clause zeroing the row when the thing of the
    first point is missing: the first point the key one (``gate``), a later point counting only with it. To check."""
    m = _FIRST_MISSING_ZEROES.search(w.text)
    if m is None or m.start() == 0:
        return None
    rest = replace(w, text=w.text[:m.start()] + ";")
    found = RULE.first_reading(rest, skip=_gated_by_first)
    if found is None or len(found.items) != 1 or found.items[0]["type"] != RULE.type:
        return None
    points = found.items[0]["params"]["points"]
    thing = m.group("thing")
    if len(points) < 2 or "gate" in found.items[0]["params"] or thing not in points[0]["label"]:
        return None
    item = dict(found.items[0], params={**found.items[0]["params"], "gate": points[0]["key"]})
    return Proposed([item], found.summary + f"；无{thing}不得分",
                    (*(found.doubts or ()), f"“无{thing}0分”：按第一个要点为关键要素读（未做到则本项不得分），请核对"))


#: a numbered first part vetoing the whole assessment on a condition, no word of the row's points (“1.未确定消防安全
#: 责任人的一票否决。2.…扣2分”): the unit voted down, not this row zeroed
_VETO_FIRST = lazy_compile(r"^(?:1[.、]|\(1\)|①)(?P<cond>[^;,\d扣分]{2,40}?)的?,?(?:实行|实施|予以)?“?一票否决”?;(?P<rest>.+)$")


#: the words naming the row whose points a zero takes (“该项不得分”): a zero of the row, not a veto of the whole
_ITEM_NAMED = lazy_compile(r"(?:此项|本项|该项|整项)" + ZEROED)


def vetoed_then_faults(w: Wording) -> Proposed | None:
    """“1.未确定安全责任人的一票否决。2.未制定制度的扣2分。3.制度不完善的扣2分” on 4 points: the faults after the veto
    add up to the 分值 (``_faults``), and the veto, named for no row (no “该项不得分”), voids the whole assessment,
    not this row's points: the row's score is the faults', the veto left to the evaluator. Never confident."""
    m = _VETO_FIRST.match(w.text)
    if m is None or "一票否决" in m.group("rest") or _ITEM_NAMED.search(m.group("rest")):
        return None
    found = _faults(replace(w, text=m.group("rest")))
    if found is None or "gate" in found.items[0]["params"]:
        return None
    veto = f"“{m.group('cond')}的一票否决”：读作否决整个考核（不只本项），未计入本项得分，请核对"
    return Proposed(found.items, found.summary, (*(found.doubts or ()), veto))


#: a fault costing a fixed amount, once (“档案室未配置防虫、防潮设备的扣0.5分”, “未上报年终工作总结(扣5分)”): no figure in
#: the fault (a bracketed aside apart), no 每, no cap
_FIXED_SHARE = lazy_compile(r"^(?P<fault>(?:[^;,\d()每扣得]|\([^;()\d]*\)){2,80}?)(?:的|者)?,?\(?扣(?:除|减)?(?P<cost>\d+(?:\.\d+)?)分\)?$")
#: things named one by one, each missing costing alike (“未配置复印机、电脑、打印机等设施的,每少1项扣0.5分”,
#: “收入预算和支出预算每有1项不完整扣0.5分”): as many things as the list names
_NAMED_EACH_SHARE = lazy_compile(r"^(?P<fault>(?:[^;,\d()每扣得]|\([^;()]*\)){2,120}?)(?:的|者)?,?每(?:少|缺|缺少|有|差)?1项"
                               r"(?P<what>[^;,\d每扣]{0,8}?)扣(?:除|减)?(?P<per>\d+(?:\.\d+)?)分$")
#: a fault with its own cap, counted per case (“每月未按时上报统计表(扣12分,其中每少报1个月报表扣1分)”)
_CAPPED_SHARE = lazy_compile(r"^(?P<fault>(?:[^;,\d()扣得]|\([^;()\d]*\)){2,80}?)(?:的|者)?,?\(?扣(?P<cap>\d+(?:\.\d+)?)分,其中"
                           r"每(?:少报|漏报|少|缺|漏|有)?1(?P<unit>个月|月|次|项|个|份|篇|件|条|人次|人|处|例)"
                           r"[^;,\d()扣]{0,12}?扣(?:除|减)?(?P<per>\d+(?:\.\d+)?)分\)?$")
#: the points of each part said in a sentence of its own (“完整性和细化程度,分值各占1分”)
_SHARES_SAID = lazy_compile(r"(?:分值|分数)?各(?:占|为|计)(\d+(?:\.\d+)?)分")
#: one of situations lettered in turn under a heading said before the first (“散养家禽防疫A、只防疫,不填表的扣6分;B、只填表,
#: 不防疫的扣15分”): each costing its amount, only one of them found
_LETTERED_FAULT = lazy_compile(r"^(?P<head>[^;,\d()A-Za-z]{0,20}?)(?P<letter>[A-H])[、.](?P<label>[^;\d()]{2,40}?)(?:的|者)?,?"
                             r"扣(?:除|减)?(?P<cost>\d+(?:\.\d+)?)分$")
#: what a named list is joined by (the things before a closing 等…)
_NAMED_APART = lazy_compile(r"、|(?<=[\u4e00-\u9fff]{2})(?:和|及)(?=[\u4e00-\u9fff]{2})")
#: a heading said before the faults (“评分原则:”, “扣分标准:”)
_SHARES_LEAD = lazy_compile(r"^[\u4e00-\u9fff]{2,6}(?:原则|标准|办法|细则|说明):")


def _named_count(fault: str) -> int:
    """How many things ``fault`` names one by one (“未配置复印机、电脑(人手1台)、打印机等设施”: 3), asides left out."""
    plain = re.sub(r"\([^()]*\)", "", fault)
    plain = re.split(r"等(?=[\u4e00-\u9fff]{0,6}$)", plain)[0]
    return len([x for x in _NAMED_APART.split(plain) if x])


def _lettered_share(head: str, letters: list[tuple[str, Decimal]], key: str) -> dict[str, Any]:
    """The 情形选择 of situations lettered under ``head``, each costing its amount: its share the costliest, none of them
    found scoring the share, each the share less its cost."""
    share = max(cost for _label, cost in letters)
    options = [{"key": "o0", "label": "无所列情形", "score": s(share)}]
    options += [{"key": f"o{i}", "label": label, "score": s(share - cost)} for i, (label, cost) in enumerate(letters, 1)]
    return choice.RULE.item(head, share, {"options": options}, key=key)


def _shares_of_faults(w: Wording) -> Proposed | None:
    """Faults each with its own share of the 分值, the shares adding up to it: one item per fault, a fault costing once
    a 全有或全无 of its share, one counted a deduction per case up to its share. The shares must be said, not only add
    up: a fault's own cap (“未上报年终总结(扣5分);每月未按时上报统计表(扣12分,其中每少报1个月报表扣1分)” of 17), or
    the points of each said apart (“完整性和细化程度,分值各占1分;…收入预算和支出预算每有1项不完整扣0.5分;未细化到类、
    款、项扣1分”: two things named at 0.5, and 1 once). Sentences deducting nothing say what is checked. Only where one
    fault at least is counted and one at least costs once; where no stop is said the reading is to check for that
    already, and where the row's stop is said (扣完为止) each share's is to check."""
    t = ORDINAL_AT.sub("", w.text.strip(";. "))
    t = t[lead.end():] if (lead := _SHARES_LEAD.match(t)) else t
    items: list[dict[str, Any]] = []
    doubts: list[str] = []  # where a share stops
    unsaid: list[str] = []  # the score of no lettered situation found
    counted = once = capped = alternatives = 0
    said: Decimal | None = None
    letters: list[tuple[str, Decimal]] = []  # the lettered situations of a run, in order
    head = ""
    sentences = [re.sub("^" + PART_MARK, "", x.strip(",")) for x in t.split(";")]
    for i, sentence in enumerate(sentences):
        if not sentence:
            continue
        key = chr(ord("a") + len(items))
        if lettered := _LETTERED_FAULT.match(sentence):
            if lettered.group("letter") != "ABCDEFGH"[len(letters)] or (letters and lettered.group("head")):
                return None
            head = head or lettered.group("head").strip(",:")
            letters.append((lettered.group("label"), d(lettered.group("cost"))))
            after = _LETTERED_FAULT.match(sentences[i + 1]) if i + 1 < len(sentences) else None
            if after is None or after.group("letter") == "A":  # the run closes: one 情形选择 of its situations
                if len(letters) < 2 or not head or len({c for _l, c in letters}) != len(letters):
                    return None
                items.append(_lettered_share(head, letters, key))
                unsaid.append(f"“{head}”：所列 {len(letters)} 种情形只取其一，未出现所列情形得 {fmt(max(c for _l, c in letters))} 分（评分标准未明说）")
                letters, head = [], ""
                alternatives += 1
            continue
        if "扣" not in sentence:
            if re.search(r"(?:得|计|记|每)\d|每", sentence):
                return None
            each = _SHARES_SAID.search(sentence)
            said = d(each.group(1)) if each else said
            continue
        if m := _CAPPED_SHARE.match(sentence):
            cap, per = d(m.group("cap")), d(m.group("per"))
            unit = "月" if m.group("unit") == "个月" else m.group("unit")
            if not 0 < per < cap:
                return None
            items.append(deduction.RULE.item(m.group("fault"), cap, {"per": s(per), "unit": unit}, key=key))
            counted += 1
            capped += 1
        elif m := _NAMED_EACH_SHARE.match(sentence):
            per, named = d(m.group("per")), _named_count(m.group("fault"))
            if named < 2 or per <= 0:
                return None
            items.append(deduction.RULE.item(m.group("fault"), per * named, {"per": s(per), "unit": "项"}, key=key))
            doubts.append(f"“{m.group(0)}”：按所列 {named} 项计，最多扣 {fmt(per * named)} 分")
            counted += 1
        elif m := _FIXED_SHARE.match(sentence):
            cost = d(m.group("cost"))
            if cost <= 0:
                return None
            fault = m.group("fault").strip(",")
            items.append(all_or_nothing.RULE.item(fault[:30], cost, {"condition": "无：" + fault}, key=key))
            once += 1
        else:
            return None
    if not (counted or alternatives) or not once or sum((d(it["max"]) for it in items), Decimal(0)) != w.weight:
        return None
    # the shares said, not only added up: a fault's own cap, or the points of each said (“分值各占1分”); faults that
    # merely add up to the 分值 (“组织机构不健全的扣4分;计划、目标、措施不明确的每少1项扣2分” of 10) are one row's points
    if not capped and not alternatives and (said is None or any(d(it["max"]) != said for it in items)):
        return None
    # where each share stops is to check: a text saying no stop (no 扣完为止) is flagged for that already, and the
    # share of a list is that stop; a text saying one (for the row, not each fault) is flagged here
    said_stop = deduction.GOES_ON.search(w.text) is not None
    doubts = [*doubts, "各扣分项按其最多扣分分别计分（合计为该项分值）"] if said_stop and counted else []
    return Proposed(items, f"{len(items)} 个评分项：各扣分项分别计分，合计 {fmt(w.weight)} 分", tuple(unsaid + doubts) or None)


#: faults listed, then their costs in the same order: “如发现A,B,C将依次扣除4分、2分、2分”, “…分别扣2分、1分”
_COSTS_IN_TURN = lazy_compile(r"(?:的|者)?,?(?:将|则|应)?(?:依次|分别|顺次)(?:扣除|扣减|扣)(?P<amts>\d+(?:\.\d+)?分?(?:、\d+(?:\.\d+)?分?)+)分?$")
#: the words opening such a list of faults (what comes before them only says what is asked)
_FAULTS_OPENED = lazy_compile(r"(?:如|若|一经|凡)?(?:发现|检查发现|出现)|如有|若有|凡有")


def _faults_in_turn(w: Wording) -> Proposed | None:
    """“…保持大坝内外面光洁,如发现大坝未除杂草,库内有漂浮物…,启闭器不灵活不能运转将依次扣除4分、2分、2分、2分、2分” on
    12 points: the faults of a list (after 如发现, or the whole sentence) each costing, in turn, the points the text
    lists after them, which add up to the 分值: the points of a 要点核查, each fault found taking its points once (read,
    not said: whether a fault found twice costs twice is to check). The words before the list say what is asked."""
    t = w.text.rstrip(";.")
    m = _COSTS_IN_TURN.search(t)
    if not m:
        return None
    costs = [d(x) for x in re.findall(r"\d+(?:\.\d+)?", m.group("amts"))]
    head = t[:m.start()]
    start = head.rfind(";") + 1
    opened = max(_FAULTS_OPENED.finditer(head, start), key=lambda o: o.start(), default=None)  # the last
    body = head[opened.end():] if opened else head[start:]
    faults = [x for x in body.strip(",:").split(",") if x]
    if len(faults) != len(costs):
        faults = [x for x in re.split(r"[,、]", body.strip(",:")) if x]
    if len(faults) != len(costs) or len(faults) < 2 or sum(costs) != w.weight or any(c <= 0 for c in costs):
        return None
    if any(re.search(r"\d|分|扣|每|得", x) or len(x) < 2 for x in faults) or re.search(r"\d|扣|得|每", head[:start]):
        return None
    points = [{"key": f"p{k}", "label": "无：" + x, "max": s(c)} for k, (x, c) in enumerate(zip(faults, costs), 1)]
    said = "、".join(f"{fmt(c)}分" for c in costs)
    return Proposed([RULE.item(w.name or "扣分项", w.weight, {"points": points})],
                    f"要点核查 {len(points)} 个扣分项（{said}）",
                    (f"“{m.group(0).lstrip('的者,')}”：所列问题依次对应所列扣分，每项问题出现即扣该项分值、只扣一次（要点不满足）",))


RULE = RuleType(
    type="checklist",
    name=T("要点核查"),
    params=(
        Param("points", T("要点"), "table", required=True,
              default=lambda item_max: [{"key": "p1", "label": "①", "max": item_max}],
              columns=(Column("key", T("编号"), "text", "p{n}"), Column("label", T("要点"), "text"),
                       Column("max", T("分值"), "number"))),
        Param("gate", T("关键要点编号（不满足则本项不得分，可空）"), "text"),
    ),
    inputs=(Input("points", T("要点判断"), "points"),),
    check=check,
    score=score,
    notes=notes,
    max_from_params=max_from_params,
    proposals=(Recogniser(90, _elements), Recogniser(100, _circled), Recogniser(810, _plain), Recogniser(1020, _additive),
               Recogniser(1030, _equal_points), Recogniser(1040, _listed_points),
               Recogniser(1050, _faults), Recogniser(50, _listed_faults_each), Recogniser(1070, _points_with_points), Recogniser(1080, _yes_no_sentences),
               Recogniser(1130, _share_then_list), Recogniser(1310, _marked_points), Recogniser(1340, _bare_run),
               Recogniser(80, _all_then_each_short), Recogniser(840, _listed_each_of_total), Recogniser(1870, _listed_sum_in_turn), Recogniser(860, _total_then_points),
               Recogniser(880, _points_then_zero), Recogniser(890, _requirement_then_bracketed_points), Recogniser(6140, _head_then_bare_shares),
               Recogniser(850, _points_with_an_each_group), Recogniser(1170, _framed_faults),
               Recogniser(1510, _done_then_further), Recogniser(2620, _levels_added), Recogniser(1730, _each_in_turn), Recogniser(1970, _gated_by_first), Recogniser(2290, vetoed_then_faults), Recogniser(2330, _shares_of_faults), Recogniser(6350, _count_met),
               Recogniser(9400, _numbered_then_costs), Recogniser(9530, _faults_in_turn),
               Recogniser(18000, _shared_list)),
    describe=describe,
)
