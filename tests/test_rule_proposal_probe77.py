"""Made-up texts in the styles of old230d's readings — what the score is found from, leading points per case
(“根据全年巡查记录评分,满分50分,每完成1次巡查加10分,最多加50分”: ``wording.basis_lead``), and a half-day's cost with no 每
beside faults counted each time (“迟到一次扣1分,旷工半天扣2分,扣完为止”) — and their near variants: 根据/依据/按照 with
评分/计分/打分/赋分, with or without 满分N分 (equal to the 分值 or not), caps short of the 分值, 按比例 (how it is scored, not
what from), points taken off instead of added, a second part after the points; 半天/半日/一天/1天, a threshold (“请假半天
以上”), caps, clauses in either order — each with what it states (a few situations and their scores) or that it is
unsure (to check). Every proposal scores every situation as the text says, or is not confident.

Confident readings found scoring wrong: none (0 of the 405 texts written), so nothing mended. Both styles' readings are
never confident (the lead's words, a part of a half-day left to check); the confident readings among the texts (28)
score as said: points taken off per case after a lead (“根据全年巡查记录评分,每发现1处问题扣10分,扣完为止”), a whole day's
cost beside faults each time (“迟到一次扣1分,旷工一天扣2分”: per day), and “请假半天以上的扣3分” a yes or no (never counted
in half-days).

Readings left to check (not confident, so no bar) that would score some situations otherwise: a lead with 满分 short
of or past the 分值, points added capped short of the 分值 (read otherwise), a lead of 按比例, a figure in the lead, a
second part or a zeroing line after the points, a base said after the lead, a cap of “每项” (“每项最高10分” read as a
second variable), points for each half-day beside a whole day's cost or a half-day line zeroing the row (“旷工半天以上的
本项不得分”, read past), 半天以内/及以上, a lead before attendance faults.

The checker is ``tests/probe_checks.py``'s.
"""
from __future__ import annotations

from itertools import product

import pytest

from services.frameworks.proposal import propose
from tests.probe_checks import Either, Fault, Faults, Want, first_statements, wrongly
from tests.proposals import Unsure


# ── what the score is found from, before points per case ──────────────────────────────────────────────────────────
def basis() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    leads = ["根据", "依据", "按照"]
    scorings = ["评分", "计分", "打分", "赋分"]
    things = [("全年巡查记录", "完成1次巡查", "巡查"), ("活动台账", "开展1次宣传活动", "宣传活动"),
              ("培训签到表", "组织1次业务培训", "培训")]
    for (lead, sc), (rec, case, word), (per, m), (c1, c2) in zip(
            product(leads, scorings), things * 4, [(10, 50), (2, 10), (5, 20), (4, 20)] * 3,
            [(",", "。"), ("，", "；"), (";", ""), (",", ".")] * 3):
        pts = [f"得{per}分", f"加{per}分"]
        for said, verb in product(["", f"满分{m}分{c1}"], pts):
            good = Either(Faults((Fault(word, f"+{per}", True),), base="0"), Unsure())
            out.append((f"{lead}{rec}{sc}{c1}{said}每{case}{verb}{c1}最多{'加' if '加' in verb else ''}{m}分{c2}",
                        str(m), good))
            out.append((f"{lead}{rec}{sc}{c1}{said}每{case}{verb}{c1}最高{m}分{c2}", str(m), good))
        # the 满分 said is not the 分值
        out.append((f"{lead}{rec}{sc}{c1}满分{m * 2}分{c1}每{case}得{per}分{c1}最多{m}分{c2}", str(m), Unsure()))
        out.append((f"{lead}{rec}{sc}{c1}满分{m}分{c1}每{case}得{per}分{c1}最多{m * 2}分{c2}", str(m * 2), Unsure()))
        # a cap short of the 分值
        out.append((f"{lead}{rec}{sc}{c1}满分{m}分{c1}每{case}加{per}分{c1}最多加{m // 2}分{c2}", str(m), Unsure()))
        out.append((f"{lead}{rec}{sc}{c1}每{case}加{per}分{c1}最多加{m // 2}分{c2}", str(m), Unsure()))
        # no cap at all: the points past the 分值 unsaid
        out.append((f"{lead}{rec}{sc}{c1}每{case}得{per}分{c2}", str(m),
                    Either(Faults((Fault(word, f"+{per}", True),), base="0"), Unsure())))
        # how it is scored, not what from
        out.append((f"{lead}比例{sc}{c1}每{case}得{per}分{c1}最高{m}分{c2}", str(m), Unsure()))
        out.append((f"按比例{sc}{c1}满分{m}分{c1}每{case}得{per}分{c2}", str(m), Unsure()))
        # points taken off instead
        out.append((f"{lead}{rec}{sc}{c1}满分{m}分{c1}每少{case[2:]}扣{per}分{c1}扣完为止{c2}", str(m),
                    Either(Faults((Fault(word, f"-{per}", True),)), Unsure())))
        out.append((f"{lead}{rec}{sc}{c1}每发现1处问题扣{per}分{c1}扣完为止{c2}", str(m),
                    Either(Faults((Fault("问题", f"-{per}", True),)), Unsure())))
        # a second part after the points
        out.append((f"{lead}{rec}{sc}{c1}每{case}得{per}分{c1}最多{m - 5}分{c1}资料齐全得5分{c2}", str(m), Unsure()))
        out.append((f"{lead}{rec}{sc}{c1}每{case}得{per}分{c1}最多{m}分{c1}未建立台账的不得分{c2}", str(m), Unsure()))
        out.append((f"{lead}{rec}{sc}{c1}每{case}得{per}分{c1}最多{m}分{c1}弄虚作假的扣{per}分{c2}", str(m), Unsure()))
        # a figure in the lead
        out.append((f"{lead}{m}次{rec}{sc}{c1}每{case}得{per}分{c1}最多{m}分{c2}", str(m), Unsure()))
        # the lead with a line break
        out.append((f"{lead}{rec}{sc}\n满分{m}分\n每{case}得{per}分{c1}最多{m}分", str(m),
                    Either(Faults((Fault(word, f"+{per}", True),), base="0"), Unsure())))
    return out


# ── a half-day's cost beside faults counted each time ─────────────────────────────────────────────────────────────
def half_days() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for ((a, b), hw), (late, absent), (sep, end), m in zip(
            product([(1, 2), (0.5, 3), (2, 5)], ["半天", "半日"]),
            [("迟到", "旷工"), ("早退", "无故缺勤"), ("上班迟到", "旷工")] * 2,
            [(",", ""), ("；", "。"), ("，", "。"), (";", "")] * 2, [20, 10, 15, 10, 20, 15]):
        a_ = format(a, "g")
        cap = f"{sep}扣完为止{end}"
        half = Either(Faults((Fault(late, f"-{a_}", True), Fault(absent, f"-{b}", True))), Unsure())
        for once in ["一次", "1次", "每次"]:
            out.append((f"{late}{once}扣{a_}分{sep}{absent}{hw}扣{b}分{cap}", str(m), half))
        out.append((f"{late}一次扣{a_}分{sep}{absent}半日扣{b}分{cap}", str(m), half))
        out.append((f"{absent}{hw}扣{b}分{sep}{late}一次扣{a_}分{cap}", str(m), half))
        out.append((f"{late}一次扣{a_}分{sep}{absent}半天扣{b}分{sep}最多扣{m // 2}分{end}", str(m),
                    Either(Faults((Fault(late, f"-{a_}", True), Fault(absent, f"-{b}", True)), off=str(m // 2)),
                           Unsure())))
        out.append((f"{late}一次扣{a_}分{sep}{absent}半天扣{b}分{end}", str(m), half))
        # a whole day
        for day in ["一天", "1天", "一日"]:
            out.append((f"{late}一次扣{a_}分{sep}{absent}{day}扣{b}分{cap}", str(m),
                        Either(Faults((Fault(late, f"-{a_}", True), Fault(absent, f"-{b}", True))), Unsure())))
        # a threshold, not a count of half-days
        out.append((f"{late}一次扣{a_}分{sep}请假半天以上的扣{b}分{cap}", str(m),
                    Either(Faults((Fault(late, f"-{a_}", True), Fault("请假", f"-{b}", False))), Unsure())))
        out.append((f"{late}一次扣{a_}分{sep}请假超过半天扣{b}分{cap}", str(m),
                    Either(Faults((Fault(late, f"-{a_}", True), Fault("请假", f"-{b}", False))), Unsure())))
        out.append((f"{late}一次扣{a_}分{sep}{absent}半天以上扣{b}分{cap}", str(m),
                    Either(Faults((Fault(late, f"-{a_}", True), Fault(absent, f"-{b}", False))), Unsure())))
        # the half-day alone, or with 每
        out.append((f"{absent}半天扣{b}分{cap}", str(m), Unsure()))
        out.append((f"{late}一次扣{a_}分{sep}每{absent}半天扣{b}分{cap}", str(m), half))
        # a half-day then more words
        out.append((f"{late}一次扣{a_}分{sep}{absent}半天的扣{b}分{sep}{absent}一天的本项不得分{end}", str(m), Unsure()))
        out.append((f"{late}一次扣{a_}分{sep}{absent}半天扣{b}分{sep}全年无迟到的加1分{end}", str(m), Unsure()))
        out.append((f"{late}一次扣{a_}分\n{absent}半天扣{b}分\n扣完为止", str(m), half))
    return out


# ── further near variants of both ─────────────────────────────────────────────────────────────────────────────────
def further() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for m, per in [(50, 10), (20, 5)]:
        plus = Either(Faults((Fault("巡查", f"+{per}", True),), base="0"), Unsure())
        lead = "根据全年巡查记录评分,"
        out.append((f"{lead}每完成1次巡查加{per}分,满分{m}分", str(m), plus))
        out.append((f"按照全年巡查次数评分,每完成1次巡查加{per}分,最多加{m}分", str(m), plus))
        out.append((f"{lead}满分{m}分,每次巡查发现问题扣{per}分", str(m), Unsure()))
        out.append((f"{lead}每完成1次巡查加{per}分,最多加{m}分,未完成的扣5分", str(m), Unsure()))
        out.append((f"{lead}满分{m}分,每完成1次巡查加{per}分,最多加{m}分;每发现1处问题扣2分", str(m), Unsure()))
        out.append((f"{lead}满分{m}分,每完成1次巡查加{per}分,最多加{m}分,按比例折算", str(m), Unsure()))
        out.append((f"{lead}满分{m}分,基础分{m // 2}分,每完成1次巡查加{per}分,最多加{m}分", str(m), Unsure()))
        out.append((f"{lead}每完成1次巡查加{per}分,最多加{m}分,超过部分不计", str(m), Either(plus, Unsure())))
        out.append((f"{lead}每完成1次巡查加{per}分,未完成巡查不得分,最多加{m}分", str(m), Unsure()))
        out.append((f"{lead}每完成1次巡查加{per}分,最多加{m}分", str(m * 2), Unsure()))
        out.append((f"依据活动台账计分,每开展1次宣传活动得{per}分,每项最高{m}分", str(m), Unsure()))
        out.append((f"根据考勤记录评分,迟到一次扣1分,旷工半天扣{per}分,扣完为止", str(m), Unsure()))
    for m, b in [(20, 2), (10, 3)]:
        out.append((f"迟到一次扣1分,旷工半天扣{b}分,旷工1天扣{b * 2 + 1}分,扣完为止", str(m), Unsure()))
        out.append((f"迟到一次扣1分,旷工半天以内扣{b}分,扣完为止", str(m), Unsure()))
        out.append((f"迟到一次扣1分,旷工半天及以上扣{b}分,扣完为止", str(m), Unsure()))
        out.append((f"迟到30分钟以内扣1分,旷工半天扣{b}分,扣完为止", str(m), Unsure()))
        out.append((f"迟到一次扣1分,病假半天扣0.5分,事假半天扣{b}分,扣完为止", str(m), Unsure()))
        out.append((f"迟到一次扣1分,旷工半天扣{b}分,旷工半天以上的本项不得分", str(m), Unsure()))
    return out


_ALL = basis() + half_days() + further()
CASES = first_statements(_ALL)


def test_the_probe_is_of_its_size():
    assert 300 <= len(CASES) <= 420


@pytest.mark.parametrize("text, weight, want", CASES)
def test_every_made_up_text_is_scored_as_it_says_or_is_to_check(text, weight, want):
    p = propose(text, weight, "指标")
    why = wrongly(p, weight, want)
    assert not why, f"{text!r} ({weight}): {why}"
