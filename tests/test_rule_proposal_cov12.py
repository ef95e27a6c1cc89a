"""Made-up texts in the styles of schools' and institutions' quantified workload and points schemes for staff (教师量化
考核, 绩效工资积分, 工作人员量化评分): points per unit of work (“每节课计1分”, “超工作量每节加0.5分”), papers and awards by
level and place, attendance by kind (“事假每天扣0.5分,病假每天扣0.2分,旷工每天扣2分,迟到早退每次扣0.1分”), results
against the grade's average (“平均分每高于年级平均1分加0.2分”), 及格率/优秀率 bands, duties done or not per time (“每缺一次
教研活动扣1分”, “作业批改每少一次扣0.5分”), a line of lessons with each one short (“周课时不少于12节,每少1节扣1分”), a row's
points with a floor and a ceiling, 基础分 plus additions, ranges of deduction (“扣0.5-1分”) — each with what it states (a
few situations and their scores) or that it is unsure (to check). Every proposal scores every situation as the text
says, or is not confident; the texts the readings read are proposed exactly (their count asserted).

Before the readings of this round (391 texts): 92 proposed exactly, 171 flagged, 126 judgement fallbacks, 2 confident
and wrong; after: 116 exactly, 209 flagged, 66 fallbacks, 0 confident and wrong. Taught:

- a line of lessons and each one short (“周课时不少于12节,每少1节扣1分”, “每学期听课不少于20节得满分,每少一节扣0.5分”,
  “课时量达到16节得10分;…”): 节, 课时 and 学时 are units of a 达标线 and of its step (threshold ``_UNITS``,
  ``_ONE_BY_ONE``; reading's ``_U``), and “一节”, “一课时” are counts (wording ``_MEASURE``);
- the places of one award read as points that add up (“获国家级一等奖加3分、二等奖加2分、三等奖加1分” of 分值 6: a 要点核查
  3+2+1, confident and wrong — an award holds one place): now to check, with a note (checklist ``_summed``, ``_PLACE``);
- “完成规定工作量得6分,超工作量每节加0.5分,最高10分”, “基本工作量6分,超工作量每课时加0.5分”: the workload's points a base
  the lessons over it add to (formula ``_workload_base``, order 7640, ``_base_plus``'s reading) — to check, the score of a
  workload not done being unsaid (these were fallbacks; points per case are never confident in this project).

Fallbacks left: results against the grade's average (“基础分5分,平均分每高于年级平均分1分加0.5分,每低1分扣0.5分,最高不超过
10分,最低0分”, “平均分与年级平均持平得5分,每高1分加…”, 42 texts: a signed difference of two averages, a reading of its own
this round had no time for; those without a base are rightly unsure); awards by level and place with “省级减半”, “省级、市级
依次减1分”, “同一项目按最高奖计” (12: the lower levels' points derived in words); ranges of deduction (“每次扣0.5-1分”,
10: judgement within a range by design); “每篇论文加2分,核心期刊加4分” (4: whether a core journal's paper earns 4 or 2+4 is
unsaid); “事假每半天扣0.5分” (2: a half-day step, rare).
Flagged and left so by design: points earned per case (“上课每节计1分,最高10分”, “发表论文每篇加2分”) are never confident
(tests/test_rule_proposal_formula3.py); a deduction with no stop; “80%-90%…90%以上” (90% in two bands).

The checker is ``tests/probe_checks.py``'s.
"""
from __future__ import annotations

from decimal import Decimal
from functools import cache
from itertools import product

from services.frameworks.proposal import Proposal, propose
from tests.probe_checks import Either, Fault, Faults, Fn, Want, case_test, first_statements, read_exactly
from tests.proposals import Bands, Per, Ranks, Unsure, dec

_FULL = str.maketrans("0123456789%.", "０１２３４５６７８９％．")


def _short(m: int, line: int, x: str, values: tuple[int, ...]) -> Bands:
    """A line of a count: the 分值 at or above it, x off each one short, never below 0."""
    return Bands(tuple((v, max(Decimal(0), m - dec(x) * max(0, line - v))) for v in values))


# ── points per unit of work, a workload above the required one ───────────────────────────────────────────────────
def per_unit() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (what, unit, word), (x, m), say, cap in product(
            [("上课", "节", "上课|课"), ("开设公开课", "节", "公开课"), ("指导青年教师", "名", "青年教师"),
             ("发表论文", "篇", "论文")], [("1", 10), ("0.5", 5)], ["计", "加"],
            ["最高{m}分", "最高不超过{m}分"]):
        want = Faults((Fault(word, f"+{x}", True),), base="0")
        c = cap.format(m=m)
        out.append((f"{what}每{unit}{say}{x}分,{c}", str(m), want))
        if say == "计" and cap.startswith("最高{"):
            out.append((f"每{unit}{what[-2:]}{say}{x}分;{c}", str(m), Either(want, Unsure())))
            out.append((f"{what}每{unit}{say}{x}分", str(m), Either(want, Unsure())))
    for (b, x, m), (lead, over) in product([(6, "0.5", 10), (3, "0.2", 5)],
                                           [("完成规定工作量得{b}分", "超工作量每节加{x}分"),
                                            ("完成学校规定的基本工作量得基础分{b}分", "超出部分每节加{x}分"),
                                            ("基本工作量{b}分", "超工作量每课时加{x}分")]):
        want = Faults((Fault("超", f"+{x}", True),), base=str(b))
        out.append((f"{lead.format(b=b)},{over.format(x=x)},最高{m}分", str(m), want))
        out.append((f"{lead.format(b=b)};{over.format(x=x)},最高不超过{m}分。", str(m), want))
        out.append((f"{lead.format(b=b)},{over.format(x=x)},最多加{m - b}分", str(m), want))
        # the workload not done: unsaid
        out.append((f"{lead.format(b=b)},{over.format(x=x)}", str(m), Unsure()))
    return out


# ── papers and awards by level and place ─────────────────────────────────────────────────────────────────────────
def papers_awards() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (a, b), (x, y), m in product([("一般期刊", "核心期刊"), ("区级刊物", "省级以上刊物")], [("2", "4"), ("1", "3")], (10,)):
        want = Faults((Fault(a, f"+{x}", True), Fault(b, f"+{y}", True)), base="0")
        out.append((f"在{a}发表论文每篇加{x}分,{b}每篇加{y}分,最高{m}分", str(m), want))
        out.append((f"{a}每篇加{x}分;{b}每篇加{y}分;本项最高{m}分", str(m), want))
        out.append((f"每篇论文加{x}分,{b}加{y}分", str(m), Unsure()))
    for (p1, p2, p3), m, sep in product([(5, 4, 3), (3, 2, 1), (6, 4, 2)], (6,), ["、", ";"]):
        out.append((f"获国家级一等奖加{p1}分{sep}二等奖加{p2}分{sep}三等奖加{p3}分", str(m), Either(Ranks((p1, p2, p3)), Unsure())))
        out.append((f"获国家级一等奖加{p1}分,二等奖{p2}分;省级减半", str(m), Unsure()))
        out.append((f"国家级一等奖{p1}分{sep}二等奖{p2}分{sep}三等奖{p3}分;省级、市级依次减1分", str(m), Unsure()))
        out.append((f"指导学生获奖:国家级一等奖{p1}分、二等奖{p2}分、三等奖{p3}分,同一项目按最高奖计,不重复加分",
                    str(m), Either(Ranks((p1, p2, p3)), Unsure())))
    return out


# ── attendance by kind ───────────────────────────────────────────────────────────────────────────────────────────
def attendance() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (s, b, k, late), m, (sep, stop) in product(
            [("0.5", "0.2", "2", "0.1"), ("1", "0.5", "3", "0.2"), ("0.3", "0.1", "1", "0.05")], (5, 10),
            [(",", ",扣完为止"), ("、", ",最低0分"), (",", "。扣完为止。")]):
        want = Faults((Fault("事假", f"-{s}", True), Fault("病假", f"-{b}", True), Fault("旷工", f"-{k}", True),
                       Fault("迟到", f"-{late}", True)))
        out.append((f"事假每天扣{s}分{sep}病假每天扣{b}分{sep}旷工每天扣{k}分{sep}迟到早退每次扣{late}分{stop}", str(m), want))
    for (s, b, k), m in product([("0.5", "0.2", "2"), ("1", "0.5", "3")], (10,)):
        want3 = Faults((Fault("事假", f"-{s}", True), Fault("病假", f"-{b}", True), Fault("旷工", f"-{k}", True)))
        out.append((f"全勤得{m}分,事假每天扣{s}分,病假每天扣{b}分,旷工每天扣{k}分,扣完为止", str(m), want3))
        out.append((f"事假1天扣{s}分,病假1天扣{b}分,旷工1天扣{k}分,扣完为止", str(m), want3))
        out.append((f"事假每天扣{s}分,病假每天扣{b}分,旷工每天扣{k}分", str(m), Either(want3, Unsure())))
        out.append((f"事假每天扣{s}分,病假每天扣{b}分,旷工每天扣{k}分,扣完为止;旷工3天以上本项不得分", str(m), Unsure()))
        out.append((f"事假每半天扣{s}分,病假每半天扣{b}分,扣完为止", str(m), Unsure()))
        out.append((f"迟到早退每次扣{b}分,扣完为止", str(m), Per(b)))
        out.append((f"迟到、早退每次扣{b}分,最低0分", str(m), Per(b)))
    return out


# ── results against the grade's average ──────────────────────────────────────────────────────────────────────────
def averages() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (b, x, m), (what, avg) in product([(5, "0.5", 10), (6, "0.2", 10), (3, "0.5", 5)],
                                          [("平均分", "年级平均分"), ("平均分", "年级平均"), ("及格率", "年级平均及格率")]):
        unit = "个百分点" if what == "及格率" else "分"
        pts = lambda v: min(dec(m), max(Decimal(0), b + dec(x) * dec(v)))  # noqa: E731
        diffs = (0, 2, -2, 20, -20)
        want = Either(Fn((f"差|高|{what}",), tuple(((v,), pts(v)) for v in diffs)),
                      Fn(("任教|班|本人", "年级"), tuple(((70 + v, 70), pts(v)) for v in diffs)))
        out.append((f"基础分{b}分,{what}每高于{avg}1{unit}加{x}分,每低1{unit}扣{x}分,最高不超过{m}分,最低0分", str(m), want))
        out.append((f"{what}与{avg}持平得{b}分,每高1{unit}加{x}分,每低1{unit}扣{x}分,最高{m}分,最低0分", str(m), want))
        out.append((f"{what}达到{avg}得{b}分,每高出1{unit}加{x}分,每低1{unit}扣{x}分,加满{m}分为止,扣完为止", str(m), want))
        # no base said
        out.append((f"{what}每高于{avg}1{unit}加{x}分", str(m), Unsure()))
        out.append((f"{what}每高于{avg}1{unit}加{x}分,每低1{unit}扣{x}分", str(m), Unsure()))
    return out


# ── 及格率 and 优秀率 bands ────────────────────────────────────────────────────────────────────────────────────────
def pass_rates() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for what, (hi, mid, lo), (m, a, b), say in product(["及格率", "优秀率"], [(90, 80, 70), (40, 30, 20)],
                                                       [(10, 8, 6), (5, 3, 1)], ["得", ""]):
        want = Bands(((100, m), (hi, m), (hi - 1, a), (mid, a), (mid - 1, b), (lo, b), (lo - 1, 0), (0, 0)))
        out.append((f"{what}≥{hi}%{say}{m}分,{mid}%≤{what}<{hi}%{say}{a}分,{lo}%≤{what}<{mid}%{say}{b}分,{what}<{lo}%{say}0分",
                    str(m), want))
        out.append((f"{what}{hi}%及以上{say}{m}分,{mid}%(含)-{hi}%{say}{a}分,{lo}%(含)-{mid}%{say}{b}分,{lo}%以下不得分",
                    str(m), want))
        out.append((f"{what}达到{hi}%以上(含){say}{m}分;{mid}%以上(含){say}{a}分;{lo}%以上(含){say}{b}分;{lo}%以下不得分",
                    str(m), want))
        out.append((f"{what}≥{hi}%{say}{m}分,≥{mid}%{say}{a}分,≥{lo}%{say}{b}分,低于{lo}%不得分".translate(_FULL), str(m),
                    Either(want, Unsure())))
        # 80%-90% with 90% also in the band above: flagged by design
        out.append((f"{what}{hi}%以上{say}{m}分,{mid}%-{hi}%{say}{a}分,{lo}%-{mid}%{say}{b}分,{lo}%以下不得分", str(m),
                    Either(want, Unsure())))
    return out


# ── duties done or not per time, a line of lessons ────────────────────────────────────────────────────────────────
def duties() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (what, x), m, stop in product([("每缺一次教研活动扣{x}分", "1"), ("作业批改每少一次扣{x}分", "0.5"),
                                       ("每缺席一次集体备课扣{x}分", "0.5"), ("教案每缺1课时扣{x}分", "0.2"),
                                       ("升旗仪式无故缺席每次扣{x}分", "1")], (5, 3),
                                      [",扣完为止", ",最低0分", ",最多扣{m}分", ""]):
        text = what.format(x=x) + stop.format(m=m)
        out.append((text, str(m), Per(x) if stop else Either(Per(x), Unsure())))
        if stop == ",扣完为止":
            out.append((what.format(x=f"0.5-{x}" if x != "0.5" else "0.5-1") + stop, str(m), Unsure()))
            out.append((what.format(x=x) + ",情节严重的扣" + str(m) + "分", str(m), Unsure()))
    for (line, what, unit), (x, m), stop in product(
            [(12, "周课时不少于", "节"), (20, "每学期听课不少于", "节"), (16, "课时量达到", "节"), (10, "每学期听课不少于", "课时")],
            [("1", 10), ("0.5", 5)], [",扣完为止", ""]):
        want = Either(_short(m, line, x, (line, line + 3, line - 1, line - 2, 0)), Per(x))
        out.append((f"{what}{line}{unit},每少1{unit}扣{x}分{stop}", str(m), want))
        out.append((f"{what}{line}{unit}得满分,每少1{unit}扣{x}分{stop}", str(m), want))
        out.append((f"{what}{line}{unit}得{m}分;每少一{unit}扣{x}分{stop}", str(m), want))
    return out


# ── a floor and a ceiling, a base plus additions ─────────────────────────────────────────────────────────────────
def floors() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (b, x, y, m), (good, bad) in product([(6, "0.5", "1", 10), (8, "1", "2", 10), (3, "0.5", "0.5", 5)],
                                             [("受到学校表扬", "受到通报批评"), ("获优秀班主任称号", "家长有效投诉")]):
        want = Faults((Fault(good[-3:], f"+{x}", True), Fault(bad[-3:], f"-{y}", True)), base=str(b))
        out.append((f"基础分{b}分,每{good}一次加{x}分,每{bad}一次扣{y}分,最高不超过{m}分,最低0分", str(m), want))
        out.append((f"基础分{b}分;{good}每次加{x}分;{bad}每次扣{y}分;最高{m}分,最低0分", str(m), want))
        out.append((f"基础分{b}分,{good}每次加{x}分,{bad}每次扣{y}分", str(m), Either(want, Unsure())))
        out.append((f"基础分{b}分,{good}每次加{x}分,{bad}每次扣{x}-{y}分,最高{m}分,最低0分", str(m), Unsure()))
    return out


_ALL = per_unit() + papers_awards() + attendance() + averages() + pass_rates() + duties() + floors()
#: (the first statement of a text the generators write twice)
CASES = first_statements(_ALL)


@cache
def _proposed(text: str, weight: str) -> Proposal:
    return propose(text, weight, "指标")


def test_the_probe_is_of_its_size():
    assert 200 <= len(CASES) <= 400
    assert len({(text, w) for text, w, _want in CASES}) == len(CASES)


test_every_made_up_text_is_scored_as_it_says_or_is_to_check = case_test(CASES, proposed=_proposed)


def test_the_readings_read_their_texts_exactly():
    exact = read_exactly(CASES, _proposed)
    assert exact == 124  # (116 before the points per case up to the 分值 read sure, test_rule_proposal_cov257.py)
