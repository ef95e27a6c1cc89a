"""Made-up texts in the styles of old241e's readings — situations said of each period (“每月5号前报送得10分;每月在10号前
报送的得6分;每月10号后…不得分”, “每学期完成32学时教学任务得6分,不足32学时扣6分”), comparisons with a quantity named in words
(“实有耕地面积≥上级下达的耕地保有量任务的,得4分;…”), “参加” no points added on top, two situations in one sentence after the
first one's score (“…得12分;不按时计5分,每月在10号后上报不得分”, “…得10分或…得6分;否则不得分”), a grade's points after a
colon running into the next situation (“…优秀:10分2次以内…良好:8分…”) — and their near variants: how often a thing is
done (“每季度更新1次的记4分”), 每 periods that are steps (“每延迟1个月扣1分”, “每月未更新的扣1分”), signs with figures,
参加…每次加1分 and 获得表彰的再加, points met or not, roles sharing a case, colons after 分值/满分/标准分/得分/满分为 — numbers
varied, Chinese numerals, full/half width, clause order, caps; each with what it states (options checked by their words,
``word_options_wrongly``) or that it is unsure.

Figures: 580 texts written, 184 read confidently before the mends (164 after); 12 confident and wrong found and mended,
0 left (the 8 others no longer confident, “标准分:10分按时完成得10分,…”, are read as “分值:…” always was). The wrong ones: the
row's score after a colon of a word ending in 分 (“标准分:10分按时完成,未完成不得分”, 得分/计分/考核分/赋分/评分) cut off as a
grade's points, “标准分” read a situation scoring 10 and “按时完成” one scoring 0; mended in ``wording._SCORE_THEN_WORDS`` (no
grade's name ends in 分, 值, 重, 数 or 为). Also mended (never confident, but a 情形选择 where the text takes points off per
period since old241e): “按时报送得5分;每月迟报的扣1分” is a step per period, no situation (``choice._EACH_PERIOD_OFF``).

Readings left to check (not confident): situations said of each period, comparisons in words, grades run into the next
situation (as old241e leaves them); steps per period missed (“每季度未开展的扣2分”, now 酌情评分), 参加…获得表彰的再加
(read surely as points adding up, fairly), “…再扣1分” after the full score (read surely as the full score less it).

The checker is ``tests/probe_checks.py``'s.
"""
from __future__ import annotations

from decimal import Decimal
from itertools import product

import pytest

from services.frameworks.proposal import propose
from tests.probe_checks import (
    Either,
    Fault,
    Faults,
    Want,
    WordOpts,
    first_statements,
    probe_tests,
    word_options_wrongly,
    wrongly,
)
from tests.proposals import Bands, Once, Per, Ranks, Unsure, dec


def _own(p, m, want):
    """Points met or not read as items of their own (each a 情形选择 of its points or none), else options checked by
    their words."""
    if isinstance(want, Once) and len(p.items) == len(want.costs) > 1:
        for it, cost in zip(p.items, want.costs):
            got = sorted(Decimal(o["score"]) for o in it["params"].get("options", []))
            if it["type"] != "choice" or dec(it["max"]) != dec(cost) or got != [Decimal(0), dec(cost)]:
                return f"part {it['type']} of {it['max']}"
        return ""
    return word_options_wrongly(p, m, want)

_CN = {1: "一", 2: "二", 3: "三", 5: "五", 10: "十", 15: "十五", 6: "六", 8: "八", 4: "四"}


def _p(full: bool) -> tuple[str, str, str, str]:
    """A comma, a semicolon, a stop and a colon, full or half width."""
    return ("，", "；", "。", "：") if full else (",", ";", ".", ":")


def _num(k: int, cn: bool) -> str:
    return _CN[k] if cn else str(k)


# ── situations said of each period (“每月5号前…”, “每学期完成…”) ────────────────────────────────────────────────────
def period() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (a, b, m, mid), cn, (unit, verb, full) in product(
            [(5, 10, 10, 6), (3, 8, 8, 5), (10, 15, 6, 3)], (False, True), [("号", "报送", True), ("日", "上报", False)]):
        c, s, e, k = _p(full)
        x, y = _num(a, cn), _num(b, cn)
        opts = WordOpts((m, mid, 0), words=(f"{x}{unit}前", f"{y}{unit}前", f"{y}{unit}后"))
        out.append((f"每月{x}{unit}前将上月报表{verb}财务科得{m}分{s}每月在{y}{unit}前{verb}的得{mid}分{s}每月{y}{unit}后{verb}的不得分{e}",
                    str(m), Either(opts, Unsure())))
        out.append((f"每月{x}{unit}前{verb}得{m}分{c}每月{y}{unit}前{verb}得{mid}分{c}{y}{unit}后{verb}不得分", str(m),
                    Either(opts, Unsure())))
        out.append((f"每月{y}{unit}后{verb}的不得分{s}每月{x}{unit}前{verb}的得{m}分{s}每月{y}{unit}前{verb}的得{mid}分", str(m),
                    Either(opts, Unsure())))
        out.append((f"每月{x}{unit}前{verb}统计报表{k}优秀{k}{m}分每月{y}{unit}前{verb}{k}良好{k}{mid}分需多次催报才能{verb}{k}差{k}0分",
                    str(m), Either(WordOpts((m, mid, 0), words=("优秀", "良好", "差")), Unsure())))
        out.append((f"每季度首月{x}{unit}前{verb}得{m}分{s}{y}{unit}前{verb}得{mid}分{s}{y}{unit}后不得分", str(m),
                    Either(opts, Unsure())))
        # the period said, the late case a step per time
        out.append((f"每月{x}{unit}前{verb}得{m}分{c}每迟报{_num(1, cn)}次扣{mid - 2 if mid > 3 else 1}分{c}扣完为止", str(m),
                    Either(Per(str(mid - 2 if mid > 3 else 1)), Unsure())))
    for h, (m, x), (full, cn), what in product([32, 24], [(6, 6), (6, 3), (5, 2)], [(True, False), (False, True)],
                                               ["教学任务"]):
        c, s, e, _k = _p(full)
        out.append((f"每学期完成{h}学时{what}得{m}分{c}不足{h}学时扣{x}分{e}", str(m), Either(Ranks((m, m - x)), Unsure())))
        if not cn:
            out.append((f"每学年{what}不少于{h}学时的得{m}分{s}少于{h}学时的不得分", str(m), Either(Ranks((m, 0)), Unsure())))
            out.append((f"每学期完成{h}学时{what}得{m}分{c}不足{h}学时的每少1学时扣{x}分", str(m),
                        Either(Per(str(x)), Unsure())))
    return out


# ── near variants: how often a thing is done, and 每 periods that are steps ───────────────────────────────────────
def often() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for per, (m, x, n, act), (full, cn) in product(["月", "季度", "周", "半年"], [(4, 1, 1, "更新"), (6, 2, 2, "开展巡查")],
                                                   [(True, False), (False, True)]):
        c, s, _e, _k = _p(full)
        k = _num(n, cn)
        out.append((f"村务公开栏每{per}{act}{k}次的记{m}分{c}否则不记分{s}", str(m), Either(Ranks((m, 0)), Unsure())))
        out.append((f"每{per}{act}{k}次得{m}分{c}每少{act}{_num(1, cn)}次扣{x}分", str(m), Either(Per(str(x)), Unsure())))
        out.append((f"按时报送得{m}分{c}每延迟{_num(1, cn)}个{per if per != '季度' else '季度'}扣{x}分".replace("个周", "周"),
                    str(m), Either(Per(str(x)), Unsure())))
        out.append((f"按时{act}得{m}分{s}每{per}未{act}的扣{x}分", str(m), Either(Per(str(x)), Unsure())))
        out.append((f"每{per}{act}的得{m}分{s}每{per}未{act}的扣{x}分{c}扣完为止", str(m), Either(Per(str(x)), Unsure())))
    return out


# ── situations told apart by a comparison with a quantity named in words ────────────────────────────────────────────
def compared() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    pairs = [("年末实有耕地面积", "上级下达的耕地保有量任务"), ("永久基本农田面积", "规划下达的保护面积考核指标"),
             ("收入增幅", "全市平均增幅")]
    for (q, r), (m, mid), (ge, full) in product(pairs, [(4, 2), (10, 6)], [("≥", True), ("≥", False), (">", False),
                                                                            ("＞", True)]):
        c, s, _e, _k = _p(full)
        out.append((f"{q}{ge}{r}的{c}得{m}分{s}{q}加上补充耕地面积{ge}{r}的{c}得{mid}分{s}否则不得分", str(m),
                    Either(Ranks((m, mid, 0)), Unsure())))
        out.append((f"{q}{ge}{r}得{m}分{s}低于{r}不得分", str(m), Either(Ranks((m, 0)), Unsure())))
        if ge == "≥" and full:
            out.append((f"{q}{ge}{r}得{m}分{s}{q}达到{r}90%以上得{mid}分{s}否则不得分", str(m), Unsure()))
            out.append((f"{q}≤{r}的得{m}分{c}超过的不得分", str(m), Either(Ranks((m, 0)), Unsure())))
            out.append((f"{q}≥90%得{m}分{s}{q}≥80%得{mid}分{s}{q}<80%不得分", str(m),
                        Either(Bands(((100, m), (90, m), (85, mid), (80, mid), (70, 0))), Unsure())))
            out.append((f"{q}不低于{r}的得{m}分{c}低于{r}但高于上年的得{mid}分{c}其余不得分", str(m),
                        Either(Ranks((m, mid, 0)), Unsure())))
    return out


# ── “参加” is no points added on top; 参加…每次加1分 ─────────────────────────────────────────────────────────────────
def attend() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for act, m, (full, mid, x) in product(["业务培训", "上级组织的竞赛活动", "党组织生活会"], [5, 10],
                                          [(True, 2, "1"), (False, 1, "0.5")]):
        c, s, _e, _k = _p(full)
        out.append((f"积极参加{act}的得{m}分{c}不参加的不得分", str(m), Either(Ranks((m, 0)), Unsure())))
        out.append((f"按要求参加{act}得{m}分{s}未参加不得分", str(m), Either(Ranks((m, 0)), Unsure())))
        out.append((f"按要求参加{act}得{m}分{c}缺席1次扣{x}分", str(m), Either(Per(x), Unsure())))
        out.append((f"每参加1次{act}加{x}分{c}最多加{m}分", str(m),
                    Either(Faults((Fault(f"参加|{act}|次", f"+{x}", True),), base="0"), Unsure())))
        out.append((f"参加{act}得{m - mid}分{c}获得表彰的再加{mid}分", str(m), Either(Ranks((m, m - mid, 0)), Either(Once((str(m - mid), str(mid))), Unsure()))))
        out.append((f"积极参加{act}得{m}分{c}参加{act}加{mid}分", str(m), Unsure()))
    return out


# ── a sentence holding two situations apart after the first one's score ─────────────────────────────────────────
def two() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (m, mid, low), (full, v) in product([(12, 5, 0), (25, 10, 0), (10, 6, 0), (8, 4, 0)],
                                            [(True, "计"), (False, "记"), (False, "得")]):
        c, s, e, _k = _p(full)
        out.append((f"成立工作专班{c}落实专人负责{c}并于每月5号前上报进度得{m}分{s}不按时{v}{mid}分{c}每月在10号后上报不得分{e}",
                    str(m), Either(WordOpts((m, mid, 0), words=("5号前", "不按时", "10号后")), Unsure())))
        out.append((f"有完整的会议记录得{m}分{s}记录不全{v}{mid}分{c}无会议记录的不得分", str(m),
                    Either(WordOpts((m, mid, 0), words=("完整的会议记录", "记录不全", "无会议记录")), Unsure())))
        out.append((f"建立工作台账得{m}分{c}台账不完整的{v}{mid}分{c}未建立台账的不得分", str(m),
                    Either(WordOpts((m, mid, 0), words=("建立工作台账", "不完整", "未建立")), Unsure())))
        out.append((f"分管领导牵头组织调研的得{m}分或科室负责人组织调研得{mid}分{s}否则不得分", str(m),
                    Either(WordOpts((m, mid, 0), words=("分管领导", "科室负责人")), Unsure())))
        out.append((f"主要领导参加得{m}分或分管领导参加得{mid}分或科室负责人参加得{mid // 2}分{s}均未参加不得分", str(m),
                    Either(WordOpts((m, mid, mid // 2, 0), words=("主要领导", "分管领导", "科室负责人")), Unsure())))
        # the lower situation first, then the higher
        out.append((f"记录不全{v}{mid}分{c}有完整的会议记录得{m}分{s}无会议记录的不得分", str(m),
                    Either(WordOpts((m, mid, 0), words=("完整的会议记录", "记录不全", "无会议记录")), Unsure())))
        # points met or not, each worth its own
        p = m // 2
        out.append((f"制定工作方案{v}{p}分{c}未制定的{v}0分{s}方案落实到位{v}{p}分{c}未落实的{v}0分", str(2 * p),
                    Either(Once((str(p), str(p))), Unsure())))
        # the points of the people in one case shared
        out.append((f"独立完成的{v}{m}分{s}合作完成的{c}主持人{v}{mid}分{c}其他参与人{v}{mid // 2}分", str(m),
                    Either(WordOpts((m, mid, mid // 2), words=("独立", "主持人", "参与人")), Unsure())))
        # a step after the first one's score
        out.append((f"按时完成得{m}分{c}每延迟1天扣{mid // 2}分{c}扣完为止", str(m), Either(Per(str(mid // 2)), Unsure())))
        # a fault's points after the first one's score, on top
        out.append((f"有完整的会议记录得{m}分{c}记录不规范的再扣{low + 1}分{s}无会议记录的不得分", str(m),
                    Either(WordOpts((m, m - low - 1, 0), words=("完整的会议记录", "不规范", "无会议记录")), Unsure())))
    return out


# ── a grade's points after a colon running into the next situation (and colons after 分值/满分) ───────────────────────
def grade() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (m, mid, low), full, (g1, g2, g3), (per, fault, n) in product(
            [(10, 8, 4), (6, 4, 0)], (True, False), [("优秀", "良好", "差"), ("好", "一般", "差"), ("A", "B", "C")],
            [("本月", "迟到早退", 2), ("本季度", "客户投诉", 1)]):
        _c, s, _e, k = _p(full)
        words = (g1, g2, g3) if g1 != "好" else ("好", "一般", "差")
        want = Either(WordOpts((m, mid, low), words=words), Unsure())
        out.append((f"{per}无{fault}{c_(full)}工作服穿戴整齐{g1}{k}{m}分{n}次以内{fault}{c_(full)}工作服穿戴整齐{g2}{k}{mid}分"
                    f"{per}{n}次以上{fault}{c_(full)}穿戴不整{g3}{k}{low}分", str(m), want))
        out.append((f"{g1}{k}{m}分{s}{g2}{k}{mid}分{s}{g3}{k}{low}分", str(m), want))
        out.append((f"{g1}{k}{m}分{g2}{k}{mid}分{g3}{k}{low}分", str(m), want))
    for lead, (m, x, full) in product(["分值", "满分", "标准分", "得分", "计分", "考核分", "总分值",
                                       "满分为", "分数", "赋分", "评分"], [(10, 2, True), (5, 1, False)]):
        c, s, e, k = _p(full)
        out.append((f"{lead}{k}{m}分按时完成得{m}分{c}未完成不得分", str(m),
                    Either(WordOpts((m, 0), words=("按时完成", "未完成")), Unsure())))
        out.append((f"{lead}{k}{m}分{e}按时完成得{m}分{c}逾期完成得{m // 2}分{c}未完成不得分", str(m),
                    Either(WordOpts((m, m // 2, 0), words=("按时完成", "逾期", "未完成")), Unsure())))
        out.append((f"{lead}{k}{m}分按时完成{c}未完成不得分", str(m),
                    Either(WordOpts((m, 0), words=("按时完成", "未完成")), Unsure())))
        out.append((f"{lead}{k}{m}分每缺1项扣{x}分", str(m), Either(Per(str(x)), Unsure())))
        out.append((f"{lead}{k}{m}分{s}资料齐全得{m}分{c}资料不全得{m - x}分{c}无资料不得分", str(m),
                    Either(WordOpts((m, m - x, 0), words=("齐全", "不全", "无资料")), Unsure())))
    return out


def c_(full: bool) -> str:
    return "，" if full else ","


_ALL = period() + often() + compared() + attend() + two() + grade()
#: (the first statement of a text the generators write twice)
CASES = first_statements(_ALL)


(test_the_probe_is_of_its_size,
 test_every_made_up_text_is_scored_as_it_says_or_is_to_check) = probe_tests(CASES, 300, 600, own=_own)


# ── the mends ────────────────────────────────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("lead", ["标准分", "得分", "计分", "考核分", "赋分", "评分", "满分为"])
def test_the_points_after_a_colon_of_the_rows_score_end_no_situation(lead):
    p = propose(f"{lead}:10分按时完成,未完成不得分", "10", "指标")
    assert not p.confident or not wrongly(p, "10", WordOpts((10, 0), words=("按时完成", "未完成")), _own), p.summary
    assert not any(o["label"] == lead for it in p.items for o in it["params"].get("options", [])), p.summary


@pytest.mark.parametrize("text", ["按时报送得5分;每月迟报的扣1分", "每季度开展活动得6分;每季度未开展扣2分",
                                  "每周更新的得4分;每周未更新的扣1分,扣完为止", "每学期完成32学时得10分,每学期未完成的扣5分"])
def test_points_off_for_each_period_missed_are_no_situation(text):
    p = propose(text, "10" if "10分" in text else text.split("得")[1][0], "指标")
    assert p.kind != "choice", p.summary
