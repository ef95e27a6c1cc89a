"""Propose a scoring rule (type + params, see docs/framework-format.md) from a 评分标准 text.

Used when an indicator system is imported from Excel: where the words match a pattern real scoring
sheets use (每…扣…分，扣完为止; ≥X%计满分，每低于1%扣Y分; …各N分; 每延迟1个月扣N分; 分档 …),
the rule is proposed with its parameters for the evaluator to confirm; otherwise the indicator
gets the fallback rule (酌情评分). Nothing here is ever executed: the result is plain data that
``services.scoring.rules.check_item`` validates like any hand-written framework.

The wordings themselves live with their rule types (the ``proposals`` each module in
``services.scoring.rules`` declares); this module normalises the text, tries them on the whole text
and on its parts (a composite 评分标准 has one scoring item per part: “1.…(5分)；2.…(5分)”,
“计4分…；另计2分…”), and checks what they found.

Confidence is earned, never assumed (docs/rule-proposals.md): a proposal is marked confident only
when every meaningful word of the text is consumed by a recognised phrase, a label of the rule or a
description of what is scored (``spans`` say which words each consumed), every number of the text
is used by the rule, the rule passes the consistency checks (the best band reaches the 分值, bands
do not overlap, deductions stop, …), it is the one reading of the text, and the text has no words of
judgement (酌情、视情况 …). Whatever is left over is listed in ``unplaced`` and the import wizard shows
the proposal as “请核对” with those words.
"""
from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from itertools import chain
from multiprocessing import get_context
from threading import Lock
from typing import Any

from models.messages import said
from services.frameworks.reading import (
    KIND_UNNAMED,
    LEFT_OUT,
    NO_ZERO_HELD,
    candidates,
    consistency,
    coverage,
    own_doubts,
    placed_numbers,
    problem,
    region_chosen,
    set_aside,
    situations_unheld,
    stated_weight_dropped,
    stray_numbers,
    unplaced_words,
    vague_words,
    weight_of_each,
)
from services.scoring.rules import (
    FALLBACK,
    RULES,
    formula as formula_rule,
    rate as rate_rule,
    threshold as threshold_rule,
    tiers as tiers_rule,
)
from services.scoring.rules.base import Wording, number_text
from services.scoring.rules.wording import (
    BELOW_ZERO_SAID,
    cell_read,
    costs_bracketed,
    deductions_unsaid,
    grades_defined_then_scored,
    half_as_points,
    letter_figures,
    line_breaks_read,
    marks_bare,
    minuses_bare,
    normalize,
    pause_as_point,
    pluses_bare,
    point_slipped,
    points_added,
    points_ranged_in_cells,
    points_signed,
    rewards_as_points,
    row_shares_as_points,
    row_taken,
    scores_signed_range,
    scores_unsaid,
    shares_as_points,
    stop_misread,
    times_lost,
    unproved_zero,
    words_typed,
    zero_as_stop,
)


@dataclass
class Proposal:
    """A proposed list of scoring items for one indicator."""

    items: list[dict[str, Any]]
    kind: str  # the rule type of its items, or "mixed" when they differ
    summary: str  # what was recognised, in words, for the confirmation step
    confident: bool  # False when anything was not understood (then the wizard asks to check it)
    notes: list[str] = field(default_factory=list)  # messages (models/messages.py said), shown in the window's language
    matched: list[str] = field(default_factory=list)  # the words the proposal rests on
    unplaced: list[str] = field(default_factory=list)  # the words it could not place, and the checks it fails
    #: (start, end, what) over ``text``: the words each recognised phrase consumed (what: 分值, 扣分,
    #: 下限, 每, 数值, 余数, 比例, 宽限, 否则, 各, 条件, 描述, 序号)
    spans: list[tuple[int, int, str]] = field(default_factory=list)
    text: str = ""  # the normalised 评分标准 the spans point into

    @property
    def confidence(self) -> str:
        """“可采用” when every figure of the text is placed, otherwise “请核对”."""
        return "可采用" if self.confident else "请核对"


def judgement(weight: Decimal, name: str, note: str = "", unplaced: list[str] | None = None) -> Proposal:
    """The fallback proposal: the team scores within 0～分值 and says why."""
    return Proposal([FALLBACK.item(name or "酌情评分", weight, {})], FALLBACK.type,
                    "酌情评分：评价组在 0～分值内评分并写明理由", False, [note] if note else [], [], unplaced or [])


# ── entry point ─────────────────────────────────────────────────────────────
def propose(criteria: str, weight: Any, name: str = "", points: str = "", explanation: str = "") -> Proposal:
    """The rule proposed for one indicator from its 评分标准 words and 分值.

    ``points`` (指标说明 / 评价要点) supplies the labels of ①②③ points; ``explanation`` (指标解释) may
    state a rate's formula. The proposal always passes ``check_item`` and its items sum to ``weight``;
    otherwise a judgement rule is proposed with a note saying why.
    """
    try:
        w = weight if isinstance(weight, Decimal) else Decimal(str(weight).strip().rstrip("分"))
    except InvalidOperation:
        w = Decimal(0)
    readings = line_breaks_read(criteria or "")
    p = _likeliest(_propose(r, w, name or "", points or "", explanation or "") for r in readings)
    if p.matched:  # the words it rests on as the evaluator typed them, not as normalised
        p.matched = words_typed(criteria or "", p.text, [(a, b) for a, b, what in p.spans if what not in UNSHOWN])
    return p


#: a sheet of fewer distinct texts is proposed in this process: a worker process starts afresh and compiles the
#: recognisers' patterns as it first meets them (~2 s in all), the time of ~2,000 proposals
POOL_FROM = 2000
#: worker processes at most (each holds the recognisers, ~60 MB)
POOL_MAX = 4
_CHUNK = 40


def propose_many(args: Sequence[tuple[str, Any, str, str, str]], progress: Callable[[int], None] | None = None,
                 workers: int | None = None) -> list[Proposal]:
    """``propose(*a)`` for each of ``args``, in order; ``progress(done)`` is told the count done as it grows.

    A large sheet is proposed in worker processes as well as in this one (``workers``: by default one fewer than
    the cores this process may use, at most ``POOL_MAX``, none below ``POOL_FROM`` texts): the workers take the
    texts from the front in chunks while this process, from the back, takes every chunk no worker has started —
    so nothing waits for the workers to start. ``propose`` is a function of its words alone, so where a text is
    proposed does not change its proposal. A pool that cannot start or breaks (a worker killed) leaves its chunks
    to this process."""
    chunks = [args[i:i + _CHUNK] for i in range(0, len(args), _CHUNK)]
    results: list[list[Proposal] | None] = [None] * len(chunks)
    if workers is None:
        workers = min(POOL_MAX, _cores() - 1) if len(args) >= POOL_FROM else 0
    futures: list[Future[list[Proposal]]] = []
    # the texts done, counted once per chunk as it is done here or a worker's chunk as it comes back (a worker's
    # future calls ``count`` from the pool's thread): ``tell`` says the running count
    counted = [False] * len(chunks)
    done = 0
    lock = Lock()

    def count(i: int) -> None:
        nonlocal done
        with lock:
            if not counted[i]:
                counted[i] = True
                done += len(chunks[i])

    def counts_when_proposed(i: int) -> Callable[[Future[list[Proposal]]], None]:
        return lambda f: None if f.cancelled() or f.exception() else count(i)

    def tell(i: int) -> None:
        count(i)
        if progress is not None:
            progress(done)

    pool = None
    if workers > 0 and len(chunks) > 1:
        try:
            pool = ProcessPoolExecutor(workers, mp_context=get_context("spawn"))
            futures = [pool.submit(_propose_chunk, c) for c in chunks]
            for i, f in enumerate(futures):
                f.add_done_callback(counts_when_proposed(i))
        except (OSError, RuntimeError, BrokenProcessPool):  # no processes on this machine now: all done here
            if pool is not None:
                pool.shutdown(wait=False, cancel_futures=True)
            pool, futures = None, []
    try:
        for i in reversed(range(len(chunks))):
            if not futures or futures[i].cancel():
                results[i] = _propose_chunk(chunks[i])
                tell(i)
        for i, f in enumerate(futures):
            if results[i] is None:
                try:
                    results[i] = f.result()
                except (OSError, BrokenProcessPool):  # the worker was lost, not the text misread: proposed here
                    results[i] = _propose_chunk(chunks[i])
                tell(i)
    finally:
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)
    return [p for r in results if r is not None for p in r]


def _propose_chunk(args: Sequence[tuple[str, Any, str, str, str]]) -> list[Proposal]:
    return [propose(*a) for a in args]


def _cores() -> int:
    """The cores this process may run on (its affinity where the system says it)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # Windows, macOS
        return os.cpu_count() or 1


def _likeliest(found: Iterator[Proposal]) -> Proposal:
    """Of the proposals of a text's readings of its line breaks (the likeliest reading first, proposed one by one as
    needed): the likeliest reading's, unless it falls back to judgement, then the next that does not. Never a sure
    proposal of a less likely reading over a doubted one of the likelier: the doubt stands, and the readings after it
    are not proposed. A sure one is checked against the readings after it: two sure ones that score otherwise leave the
    text to check — the breaks decide the rule, and which reading the table meant is the evaluator's to say."""
    first = next(found)  # (a text has one reading at least)
    for p in chain((first,), found):
        if p.kind == FALLBACK.type:
            continue
        if p.confident and any(o.confident and o.items != p.items for o in found):
            p.confident = False
            p.unplaced.append("原文中的换行：按分句读与按连续文字读得出不同的规则，请核对")
        return p
    return first


def _propose(criteria: str, w: Decimal, name: str, points: str, explanation: str) -> Proposal:
    p = _build(criteria, w, name, points, explanation)
    if p.confident or not ("%" in criteria or "/" in criteria or "分之" in criteria):
        return p
    # “每发现一处问题扣除指标分值的10%”, “要点①②③④各占指标分值的1/4”, “80%≤满意度<90%得分值的80%”: shares of the row's
    # points, read as its points where the text is otherwise not placed or not sure (a rate's step and graded shares
    # have readings of their own, taken first): sure where the share names the row's points, else to check
    t, shares, sure = row_shares_as_points(_normalized(criteria), w)
    if not shares:
        return p
    found = _build(t, w, name, points, explanation)
    # (a share naming the row's points, “50%-70%(含)得标准分的50%”, is points, whatever else is left to check: the reading
    # that takes it so is kept before one that read its figure as a band's or left it over)
    if found.kind == FALLBACK.type or (p.kind != FALLBACK.type and not sure):
        return p
    if not sure:
        found.confident = False
        found.unplaced.append(f"“{'”“'.join(shares)}”：按本项分值的比例折算为分数读，请核对")
    return found


#: the spans whose words are not shown as what a proposal rests on: a list's marks, what is scored
UNSHOWN = ("序号", "描述")
#: a sheet gives the same 评分标准 to many indicators (with other names or 分值): normalised once
_normalized = lru_cache(maxsize=4096)(normalize)
FORMULA = formula_rule.RULE.type


def _build(criteria: str, w: Decimal, name: str, points: str, explanation: str, aside: bool = True) -> Proposal:
    t, area = region_chosen(stated_weight_dropped(cell_read(_normalized(criteria)), w), w)
    t, slipped, slip_read = point_slipped(t, w)
    t, paused = pause_as_point(t, w) if "、" in t else (t, [])
    t = _normalized(t) if paused else t  # (“…观点;(2.5分)B.” as “…观点(2.5分);B.”: the points closing their option)
    t, half = half_as_points(t, w) if "半" in t or "50%" in t else (t, "")
    t, shares = shares_as_points(t, w) if "%" in t else (t, "")
    t, defined = grades_defined_then_scored(t, w) if "为" in t and ":" in t else (t, "")
    # “每超2%扣1分,扣完得负分”: the score below zero the rule cannot hold, said back (``scores_signed_range``)
    t = BELOW_ZERO_SAID.sub("", t).strip(";,") if "负分" in t else t
    if not t:
        return judgement(w, name, said("评分标准为空，已设为酌情评分"))
    if (" " in criteria or "\u3000" in criteria) and (ranged := points_ranged_in_cells(criteria.strip())):
        # “4 … 2～3 可打开，但缺… 0 …”: a grade of a range of scores, where in it the evaluator says
        return judgement(w, name, said("评分标准的分档中有分数区间（{points}），区间内的得分由评价组酌定，已设为酌情评分",
                                       points=ranged), [f"“{ranged}”"])
    wording = Wording(t, w, name, points, explanation)
    unsaid = deductions_unsaid(criteria) if "分/" in t else ""
    bare = scores_unsaid(criteria) if " " in criteria or "\u3000" in criteria or "\t" in criteria or "口" in criteria \
        or "□" in criteria or ":" in criteria or "：" in criteria or "否" in criteria or "无" in criteria \
        or "=" in criteria or "＝" in criteria else ""
    misread = stop_misread(criteria) if criteria.rstrip()[-1:] in ("o", "O") else ""
    lettered = letter_figures(criteria) if "oo" in criteria.lower() or "l" in criteria else []
    taken = row_taken(criteria)
    vetoed = "一级否定" in criteria or "1级否定" in criteria
    no_times = times_lost(criteria) if "=" in criteria or "＝" in criteria else ""
    stopped = zero_as_stop(criteria) if "分" in criteria and ("。分" in criteria or ".分" in criteria) else []
    added = points_added(criteria) if "+" in criteria or "＋" in criteria else ""
    signed = points_signed(criteria) if "+" in criteria or "＋" in criteria else ""
    plus_bare = pluses_bare(criteria) if "+" in criteria or "＋" in criteria else ""
    bracketed = costs_bracketed(criteria) if "-" in criteria or "－" in criteria else ""
    minuses = minuses_bare(criteria) if any(c in criteria for c in "-—－–") else ""
    marks = marks_bare(criteria) if criteria.lstrip()[:1] in ("1", "１") else ""
    ranged_below = scores_signed_range(criteria) if any(c in criteria for c in "-—－–") or "负分" in criteria else ""
    vague = vague_words(t)
    each = weight_of_each(_normalized(criteria)) if "满分" in criteria or "分值" in criteria else ""
    reward = rewards_as_points(criteria) if "豆" in criteria or "币" in criteria or "积分" in criteria or "花" in criteria \
        or "星" in criteria else ""
    first_problem = ""
    flagged: Proposal | None = None
    flagged_rank = (0, 0, 0)
    earlier: Proposal | None = None  # the first reading that fits the 分值, when it was to be checked
    for found in candidates(wording):
        trouble = problem(found, w)
        if trouble:
            first_problem = first_problem or trouble
            continue
        if any(tiers_rule.band_repeated(it) for it in found.items):  # a figure among each case's words, not bands
            continue
        # words of judgement leave part of the score to the team: never confident, a 要点核查 included
        # (its “部分满足” state can take “否则酌情扣分”, but the score of a point partly met is still judged)
        doubts = list(dict.fromkeys(vague))
        readings = own_doubts(t, found)
        spans, leftover = coverage(t, found)
        known = placed_numbers(found, w, t)
        figures = unplaced_words(t, found, w, known) + stray_numbers(t, found, w, known) + [f"“{v}”" for v in doubts]
        checks = consistency(t, found, w, spans)
        doubted = list(dict.fromkeys(figures + leftover + readings + checks))
        # a scored clause the rule leaves out (“…不得分”：规则中没有得0分的情形与之对应; “…得1分”：…规则未包含) weighs more
        # than a doubt on how a clause was read: of readings placing as many figures, one leaving nothing out is taken
        # before one that does (a formula scores 0 wherever its variables take it there, which the check cannot see:
        # never counted of it; readings that both leave something out rank as ever, by their doubts)
        formulas = all(it["type"] == FORMULA for it in found.items)
        left_out = int(not formulas and any(LEFT_OUT in u or NO_ZERO_HELD in u for u in checks))
        # a scored clause no situation holds: said of a reading that is otherwise sure, so as not to rank readings
        doubted = doubted or situations_unheld(t, found, spans)
        # a word named once more with what it was read as (“依次类推”, then “依次类推”：按…读) is said once, with that
        unplaced = [u for u in doubted if not any(v.startswith(u + "：") for v in doubted)]
        if unsaid:  # “垃圾桶破损 0.5分/个 … 扣完为止”: the points per case read as taken off, no 扣 said before them
            unplaced.append(f"“{unsaid}”：原文未写“扣”，按扣分读，请核对")
        if bare:  # “由厂长负责 5 由部门主管负责 3”: the figure of a cell of its own read as its situation's points
            unplaced.append(f"“{bare}”：原文未写“分”，按分值读，请核对")
        if added:  # “…培训的(每次) +1 每年最多加3分”: a 赋分 cell read as points added, its period's cap as the row's
            capped = "，所注期间的上限按本项分值读" if "最多" in added else ""
            unplaced.append(f"“{added}”：按加分读{capped}，请核对")
        if signed:  # “能够按期交付+10分…”: points written with their sign read as the situations' scores
            unplaced.append(f"“{signed}”：带正负号的分数按情形得分、扣分读，请核对")
        if plus_bare:  # “编写脚本 +10 完成3个实验 +10”: each case's points a bare plus, no 分 said
            unplaced.append(f"“{plus_bare}”：原文未写“分”，带正号的数按该项加分读，请核对")
        if no_times:  # “得分=(评标基准价/投标报价)权重分值”: the quotient times the 分值, no 乘 sign written
            unplaced.append(f"“{no_times}”：与其后的分值之间未写乘号，按相乘读，请核对")
        if bracketed:  # “未恰当称呼客户(-5)”: a fault's cost in brackets, no 扣 nor 分 said
            unplaced.append(f"“{bracketed}”：括号内的负数按扣分读，请核对")
        if minuses:  # “未洗手-3”: a fault's cost a bare minus, no 扣 nor 分 said
            unplaced.append(f"“{minuses}”：未写“扣”“分”的负数按扣分读，请核对")
        if marks:  # “1没签订…扣2分;2与…扣2分”: bare figures opening the sentences read as a list's marks
            unplaced.append(f"“{marks}”：句首未加标点的数字按序号读，请核对")
        if ranged_below:  # “每缺1次扣1分,扣完为止(最终得分-4~+4)”: a score below zero, which the rule does not hold
            unplaced.append(f"“{ranged_below}”：得分可低于0，规则按0～分值计，请核对")
        if each:  # “每份公文满分为10分,…”: one thing scored; how several make the row's score is unsaid
            unplaced.append(f"“{each}”：按每{each[1]}分别评分读，多{each[1]}的得分如何汇总（取平均或合计）原文未说明，请核对")
        if reward:  # “奖励10学豆”: a scheme's reward read as its points
            unplaced.append(f"“{reward}”：按分读（本项以{reward}计分），请核对")
        if lettered:  # “低于Iooo万元”: a figure text recognition gave in letters, read as its digits
            unplaced += [f"“{letters}”：按 {digits} 读（原文字母与数字混写）" for letters, digits in lettered]
        if defined:  # “…的为优秀,…的为良好;计分:优秀100%,良好85%”: each grade's score given to its definition
            unplaced.append(f"“{defined}”：按各等级的定义计分（百分比按本项分值折算），请核对")
        if half:  # “部分达成的得一半”: half of the 分值 read as that situation's points
            unplaced.append(f"“得{half}”：按本项分值的一半（{number_text(w / 2)}分）读，请核对")
        if shares:  # “执行较差40%;…;执行良好100%”: the options' shares read as shares of the row's 分值
            unplaced.append(f"“{shares}”：按本项分值的百分比读作得分，请核对")
        if taken:  # “未经选举的扣该小类分”: the 小类's points read as the row's
            unplaced.append(f"“{taken}”：按本项不得分读（小类即本项），请核对")
        if vetoed:  # “…的,一级否定” (安全标准化 考评): the row scores nothing, and so do its sister rows, outside the row
            unplaced.append("“一级否定”：读作本项不得分；所在一级要素的其他各项同时不得分，不在本项规则内，请核对")
        if stopped:  # “符合1分,不符合。分”: the 0 of a breach's points read as a full stop
            unplaced += [f"“{b}。分”：按“{b}0分”读（原文“0”疑被识别为句号），请核对" for b in stopped]
        if misread:  # “…扣72o”, “…×6%o”: the o closing the text read as its full stop, not a degree sign nor ‰
            unplaced.append(f"“{misread}”：末尾的“o”按句号读，请核对")
        if paused:  # “A.…(2、5分)B.…(2分)”: a pause mark between two figures read as the decimal point
            unplaced += [f"“{b}”：“、”按小数点读（{b[1:-2].replace('、', '.')}分），请核对" for b in paused]
        if slipped:  # “15分” of 分值 2 between 1分 and 2分: read as 1.5分, its decimal point lost
            unplaced.append(f"“{slipped}”：超过分值，按小数点脱落读作“{slip_read}”")
        if "‰" in t and (mille := _per_mille(t, found.items)):  # “差错率≤1‰为5分”: figures in ‰ shown as %
            unplaced.append(mille)
        if area:  # the figures of one kind of area, taken by the 分值: which kind the row is, is to check
            rows = "指标" if area in KIND_UNNAMED else "地区"
            unplaced.append(f"各类{rows}分值不同：按指标分值取{area}的分值，请核对")
        kinds = {it["type"] for it in found.items}
        matched = [t[a:b] for a, b, what in spans if what not in UNSHOWN]
        p = Proposal(found.items, kinds.pop() if len(kinds) == 1 else "mixed", found.summary, not unplaced,
                     [], list(dict.fromkeys(matched)), unplaced, spans, t)
        if not unplaced and earlier is not None and len(p.items) <= len(earlier.items) and earlier.items != p.items:
            # a more specific wording matched and left doubts: a looser reading of the same text that
            # happens to place every word is a second reading, not a sure one (a reading in parts,
            # with more items than the whole-text reading, is not looser)
            unplaced = [f"“另一种读法：{earlier.summary}”"]
            p.confident, p.unplaced = False, unplaced
        if not unplaced:
            return p
        earlier = earlier or p
        # of the readings to check, the one that places the most of the text's figures
        if flagged is None or (len(figures), left_out, len(doubted)) < flagged_rank:
            flagged, flagged_rank = p, (len(figures), left_out, len(doubted))
    if flagged is not None:
        flagged.notes.append(_doubts_said(flagged.unplaced))
        return flagged
    if first_problem:
        return judgement(w, name, first_problem)
    rest, words = set_aside(t, w) if aside else (t, [])
    if words:  # no reading of the whole: one of the text without the sentences around its scoring that score nothing
        found_rest = _build(rest, w, name, points, explanation, aside=False)
        if found_rest.kind != FALLBACK.type:
            return _with_words_aside(found_rest, words)
    return judgement(w, name, said("未识别出常见的评分标准句式，已设为酌情评分"),
                     [f"“{v}”" for v in dict.fromkeys(vague)] or [t[:40]])


def _per_mille(t: str, items: list[dict[str, Any]]) -> str:
    """Bands of a value whose figures the text writes in ‰ (“差错率≤1‰为5分,≤3‰为4分”) are shown in ‰ (the unit is only
    words: a value entered is compared as it is); a rate or a ratio of counts read from them would be taken in %, and
    so would a value where the text writes % too: "" when the reading is right, else the words of the doubt."""
    doubt = "“‰”：按百分数（%）读，请核对"
    for it in items:
        params = it["params"]
        if it["type"] in (tiers_rule.RULE.type, threshold_rule.RULE.type) and params.get("unit") == "%":
            if params.get("input") == "ratio" or "%" in t:
                return doubt
            params["unit"] = "‰"
            if "value_label" in params:
                params["value_label"] = params["value_label"].replace("（%）", "（‰）")
        elif it["type"] == rate_rule.RULE.type:
            return doubt
    return ""


def _with_words_aside(p: Proposal, words: list[str]) -> Proposal:
    """A reading of the text without ``words`` (``set_aside``): never sure, those words first among the unplaced."""
    p.confident = False
    p.unplaced = [f"“{u}”：未计入规则" for u in words] + p.unplaced
    if zeroing := unproved_zero(words):  # “注:须提供…,否则不得分”: the zero of a note left out, said with the reading
        p.summary += f"；“{zeroing}”未计入规则"
    p.notes = [_doubts_said(p.unplaced)]
    return p


def _doubts_said(unplaced: list[str]) -> str:
    """The note of a proposal to check, naming the words it could not place (it ends with 请核对 once, not once more
    after each word that says it)."""
    return said("评分标准中有未能对应到规则的内容或不一致之处：{words}，请核对", words="、".join(u.removesuffix("，请核对") for u in unplaced))


def rule_name(rtype: str) -> str:
    return RULES[rtype].name if rtype in RULES else ("组合" if rtype == "mixed" else rtype)

