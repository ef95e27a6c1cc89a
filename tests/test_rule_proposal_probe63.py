"""Made-up texts in the near styles of the readings merged from unseen210c: ladders of the count of listed requirements met
(“地面无纸屑、桌椅整齐、窗户明亮,给8分;达2项的给7分;达1项的给6分;1项不达给5分”: ``wording.met_count_ladder``,
``formula._met_count_steps``, ``tiers._met_count_ladder``) in other words (达/达到/符合/做到/满足 N 项, 有N项不符合, 全部达到,
均未达到), with uneven steps, going up, none met unsaid, lists split by 、/,/，/;/；, counts disagreeing with the list, the
full points not the 分值, points not falling; deductions per pupil (每生/每名学生/每人次/每人) beside costs per class or
once, caps and zeroing lines; bare requirements read as met or not (应当/不得 rules, 区分, 24小时, 根据…制定, 完成…年度计划)
and their near misses that deduct per case or are graded; the score by a rate after the requirement it measures
(“…,得4分;随机抽查,按知晓率打分”), with a threshold or a step — each with what it states (a few situations and their
scores) or that it is unsure (to check). Every proposal scores every situation as the text says, or is not confident.

Confident readings found scoring wrong, and mended (97 texts of the 565, three causes):

- a piece of a ladder's list joining two requirements by a word (“地面无纸屑、桌椅整齐、窗户明亮以及门窗完好,给8分;达2项的给
  7分;…”, also 和/与/及/并且/同时; 21 texts) was counted as one, so the four requirements were read as three and all four
  met unsaid: now such a piece is to check with a note naming the word (``wording.met_count_listed_doubt``, shared by
  ``formula._met_count_steps`` and ``tiers._met_count_ladder``; never 及 of 及时/及格, 与 of 参与, 和谐, 合并).
- a part scored by a rate beside a requirement's points (“制定应急预案得2分;随机抽查,按知晓率打分,得2分”, “…(2分);按合格率
  计分(2分)”, “…按正确率得3分”; 64 texts) was read surely as a point met or not of a 要点核查, its words taken for the
  point's condition: a rate at 50% scored 0 or all, not half. Now a label scoring by a rate (“按…率打分/计分/得分/评分/…
  计/得”, or ending in 率) is operative (``reading._LABEL_OPERATIVE``), its words left unplaced: to check.
- the same for a part graded by a degree, a result, how it was done or the real share (“按满意度打分2分”, “按完成情况计2分”,
  “按考核结果计3分”, “按实际比例得分”; 12 texts): the same words of the label (满意度/程度/完成度/情况/结果/比例), never
  “按年度计划…”, “按季度…”, “按时…”, “按月报送进度得1分” (met or not, still read surely).

Readings left to check that would score some situations otherwise (not confident, so no bar): ladders whose list splits
by ；/; (read as situations to choose), going up, counting those not met (有N项不符合, 1项不达给7分;2项不达…), with none
met unsaid, a count past the list, a clause before the list or after the ladder, the full points not the 分值; costs per
pupil beside a per-class cost, caps of their own or a zeroing line; every bare requirement and the score by a rate named
after it. “A、B、C等,给8分;达2项的…” (等 ending a list the ladder counts as it is) stays read surely, and so do parts
graded in other words (“…按实际得2分”, “…根据程度得2分”, “…依质量计2分”: met or not, confident, a cause not mended).

The checker is ``tests/probe_checks.py``'s.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from tests.probe_checks import Either, Fault, Faults, Want, first_statements, probe_tests
from tests.proposals import Bands, Per, Ranks, Unsure

_REQS = [("地面无纸屑", "桌椅摆放整齐", "窗户明亮", "门后无杂物", "墙面无污迹"),
         ("台账齐全", "记录及时", "签字完整", "归档规范", "目录清楚"),
         ("器材摆放有序", "标识清楚", "定期检查", "损坏及时报修", "使用有登记")]


def _ladder(scores: list[int]) -> Want:
    """Scores of all met, all but one, …, none met: bands of the count met, or the situations to choose from."""
    n = len(scores) - 1
    return Either(Bands(tuple((n - i, s) for i, s in enumerate(scores))), Ranks(tuple(scores)))


# ── ladders of a count of listed requirements met ──────────────────────────────────────────────────────────────────
def met_ladders() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    seps = ["、", ",", ";", "，", "；"]
    rung_words = [("达", "的给"), ("达到", "得"), ("符合", "的,计"), ("做到", "的得"), ("满足", "者给")]
    for reqs, (sep, (say, give), n, top, stop) in zip(
            _REQS * 5, [(s, r, n, t, e) for s, r in zip(seps, rung_words) for n, t, e in [(3, 8, "。"), (4, 12, ";"), (5, 10, "\n")]]):
        listed = sep.join(reqs[:n])
        # even steps down, none met said
        scores = [top - i for i in range(n + 1)]
        rungs = "".join(f"{say}{k}项{give}{top - (n - k)}分;" for k in range(n - 1, 0, -1))
        out.append((f"{listed},给{top}分{stop}{rungs}1项不达给{scores[-1]}分。", str(top), _ladder(scores)))
        out.append((f"{listed},给{top}分{stop}{rungs}均未达到的得{scores[-1]}分", str(top), _ladder(scores)))
        # none met unsaid: unsure (perhaps 0)
        out.append((f"{listed},得满分{stop}{rungs.rstrip(';')}。", str(top), Either(_ladder(scores[:-1] + [0]), Unsure())))
        # uneven steps
        uneven = [top, top - 1, *[top - 1 - 2 * i for i in range(1, n)]]
        rungs_u = "".join(f"{say}{k}项{give}{uneven[n - k]}分;" for k in range(n - 1, 0, -1))
        out.append((f"{listed},给{top}分{stop}{rungs_u}1项不达给{uneven[-1]}分", str(top), _ladder(uneven)))
        # the ladder going up
        up = "".join(f"{say}{k}项{give}{top - (n - k)}分;" for k in range(1, n))
        out.append((f"{listed}。1项不达给{scores[-1]}分;{up}全部达到给{top}分。", str(top), _ladder(scores)))
        # in other words: 有N项不符合, 全部达到
        fewer = "".join(f"有{j}项不符合的,得{top - j}分;" for j in range(1, n))
        out.append((f"{listed},全部达到给{top}分;{fewer}均不符合的得{scores[-1]}分。", str(top), _ladder(scores)))
        # a ladder whose count disagrees with the list
        rungs_more = "".join(f"{say}{k}项{give}{top - (n + 1 - k)}分;" for k in range(n, 0, -1))
        out.append((f"{listed},给{top}分{stop}{rungs_more}1项不达给{top - n - 1}分", str(top), Unsure()))
        # the full points not the 分值
        out.append((f"{listed},给{top - 1}分{stop}{rungs}1项不达给{scores[-1] - 1 if scores[-1] else 0}分", str(top), Unsure()))
        # points not falling
        flat = "".join(f"{say}{k}项{give}{top - 1}分;" for k in range(n - 1, 0, -1))
        out.append((f"{listed},给{top}分{stop}{flat}1项不达给0分", str(top),
                    Either(Bands(tuple([(n, top), *[(k, top - 1) for k in range(n - 1, 0, -1)], (0, 0)])), Unsure())))
    return out


# ── a list whose pieces may not be the requirements the ladder counts ───────────────────────────────────────────────
def joined() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for reqs, join, sep in zip(_REQS * 3, ["和", "以及", "并且", "与", "及", "同时", "和", "以及", "及"], ["、", ",", "，"] * 3):
        a, b, c, d = reqs[:4]
        # the last piece joins a fourth requirement: the ladder counts 3 — all 4 met unsaid or said twice
        out.append((f"{a}{sep}{b}{sep}{c}{join}{d},给8分;达2项的给7分;达1项的给6分;1项不达给5分。", "8", Unsure()))
        out.append((f"{a}{sep}{b}{join}{c}{sep}{d},给10分;达2项的给8分;达1项的给6分;1项不达给4分", "10", Unsure()))
        out.append((f"{a}{sep}{b}{sep}{c}{join}{d},给8分;达2项的给7分;达1项的给5分;1项不达给2分", "8", Unsure()))
        # the list's pieces counted otherwise by the ladder
        out.append((f"{a}{sep}{b}{sep}{c}{sep}{d},给8分;达2项的给7分;达1项的给6分;1项不达给5分", "8", Unsure()))
        out.append((f"{a}{join}{b}{sep}{c},给8分;达2项的给7分;达1项的给6分;1项不达给5分", "8", Unsure()))
        # a clause after the ladder, or before the list
        out.append((f"{a}{sep}{b}{sep}{c},给8分;达2项的给7分;达1项的给6分;1项不达给5分;发现安全隐患本项不得分。", "8", Unsure()))
        out.append((f"以下四项:{a}{sep}{b}{sep}{c},给8分;达2项的给7分;达1项的给6分;1项不达给5分", "8", Unsure()))
        out.append((f"{a}{sep}{b}{sep}{c},给8分;达2项的给7分;达1项的给6分;1项不达给5分;另{d}加1分", "8", Unsure()))
        # the ladder counting those not met
        out.append((f"{a}{sep}{b}{sep}{c},给8分;1项不达给7分;2项不达给6分;3项不达给5分", "8",
                    Either(Bands(((3, 8), (2, 7), (1, 6), (0, 5))), Either(Ranks((8, 7, 6, 5)), Unsure()))))
        out.append((f"{a}{sep}{b}{sep}{c},给8分;未达1项的给7分;未达2项的给6分;未达3项给5分", "8",
                    Either(Bands(((3, 8), (2, 7), (1, 6), (0, 5))), Either(Ranks((8, 7, 6, 5)), Unsure()))))
    return out


# ── deductions per pupil beside other costs ────────────────────────────────────────────────────────────────────────
def per_pupil() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    each_words = ["每生", "每名学生", "每人次", "每人"]
    faults = [("不穿校服", "1"), ("佩戴饰品", "0.5"), ("迟到", "0.5"), ("未戴红领巾", "1")]
    others = [("队伍不整齐", "2"), ("班级未按时到场", "3"), ("卫生区有垃圾", "1")]
    for i, each in enumerate(each_words):
        for j, (o, oc) in enumerate(others):
            (f1, c1), (f2, c2) = faults[(i + j) % 4], faults[(i + j + 1) % 4]
            for close, cap in [("扣完为止。", None), ("", None), (",本项最多扣6分", "6")]:
                w = "10"
                out.append((f"{f1}{each}扣{c1}分,{f2}{each}扣{c2}分,{o}扣{oc}分{close}", w,
                            Faults((Fault(f1, f"-{c1}", True), Fault(f2, f"-{c2}", True), Fault(o, f"-{oc}", None)),
                                   off=cap)))
                out.append((f"{o}扣{oc}分;{f1}{each}扣{c1}分{close}", w,
                            Faults((Fault(o, f"-{oc}", None), Fault(f1, f"-{c1}", True)), off=cap)))
            # a cost per pupil beside one per class (每班), and one scored otherwise
            out.append((f"{f1}{each}扣{c1}分,{o}每班扣{oc}分", "8",
                        Faults((Fault(f1, f"-{c1}", True), Fault(o, f"-{oc}", True)))))
            out.append((f"{f1}{each}扣{c1}分;{o}本项不得分", "8",
                        Either(Faults((Fault(f1, f"-{c1}", True), Fault(o, "0", None))), Unsure())))
            out.append((f"{f1}{each}扣{c1}分,最多扣{int(Decimal(c1) * 3)}分", "8",
                        Per(c1, str(Decimal(c1) * 3))))
    return out


# ── requirements with no score, and their near misses ─────────────────────────────────────────────────────────────
def bare() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    bares = ["内部审计机构应当每年向董事会报告工作", "审计人员不得参与被审计单位的经营决策", "审计部门应当对内部控制的有效性进行评价",
             "值班表区分工作日和节假日", "公示栏区分成人票和儿童票价格", "应急电话24小时畅通", "监控设备24小时运行",
             "根据上级要求制定本单位实施细则", "根据年度目标制定工作计划并组织落实", "完成绿化覆盖率年度计划",
             "完成垃圾分类覆盖率年度计划", "食堂不得采购无证食品"]
    for k, b in enumerate(bares):
        for w, end in [("2", "。"), ("5", ""), ("3", ";")]:
            out.append((b + end, w, Either(Ranks((int(w), 0)), Unsure())))
        # graded or deducting: not met or not
        w = "4"
        out.append((f"{b},未做到扣{w}分", w, Either(Ranks((4, 0)), Unsure())))
        out.append((f"{b},发现一次不符合扣1分", w, Per("1")))
        out.append((f"{b}。每发现1处不符合扣0.5分,扣完为止", w, Per("0.5")))
        out.append((f"{b},做到的得{w}分,基本做到的得2分,未做到的不得分", w, Either(Ranks((4, 2, 0)), Unsure())))
        if k % 3 == 0:
            out.append((f"{b}(缺1项扣1分)", w, Per("1")))
    return out


# ── the score by a rate after the requirement it measures ─────────────────────────────────────────────────────────
def by_rate() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    reqs = ["职工掌握应急处置流程", "居民知晓垃圾分类方法", "学生掌握防溺水知识", "从业人员持证上岗"]
    for r in reqs:
        for rate, verb in [("知晓率", "打分"), ("合格率", "计分"), ("正确率", "得分")]:
            for w, full in [("4", "得4分"), ("6", "得满分"), ("5", "给5分")]:
                m = int(w)
                lin = Bands(((100, m), (50, Decimal(m) / 2), (0, 0)))
                out.append((f"{r},{full};随机抽查,按{rate}{verb}。", w, Either(lin, Unsure())))
                out.append((f"{r},{full}。抽查10人,按{rate}{verb}", w, Either(lin, Unsure())))
            # near misses: the rate with a threshold, with a step
            out.append((f"{r},得4分;按{rate}{verb},{rate}低于80%不得分", "4",
                        Either(Bands(((100, 4), (90, Decimal("3.6")), (79, 0))), Unsure())))
            out.append((f"{r},得4分;抽查{rate}每低1%扣0.2分", "4",
                        Either(Bands(((100, 4), (95, 3), (80, 0))), Unsure())))
    return out


# ── a part scored by a rate beside a requirement's points ─────────────────────────────────────────────────────────
def rate_parts() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    reqs = ["制定应急预案", "建立培训台账", "职工掌握应急处置流程", "设置分类投放点"]
    rates = [("知晓率", "打分"), ("合格率", "计分"), ("正确率", "得分"), ("参与率", "评分")]
    for (req, (rate, verb)), (a, b) in zip([(r, x) for r in reqs for x in rates], [(2, 2), (3, 2), (2, 3), (1, 3)] * 4):
        w = str(a + b)
        # the rate's part scores a share of its points: never a point met or not
        out.append((f"{req},得{a}分;随机抽查,按{rate}{verb},得{b}分。", w, Unsure()))
        out.append((f"{req}得{a}分;随机抽查职工,按{rate}得{b}分", w, Unsure()))
        out.append((f"{req}({a}分);随机抽查,按{rate}{verb}({b}分)。", w, Unsure()))
        out.append((f"{req}{a}分;抽查10人,按{rate}计{b}分", w, Unsure()))
        out.append((f"{req}，得{a}分；按{rate}{verb}，{b}分", w, Unsure()))
    # by a degree, a result, the real share, how it was done
    for req, (by, say), (a, b) in zip(reqs * 2, [("满意度", "打分"), ("完成情况", "计"), ("考核结果", "计"), ("实际比例", "得分")] * 2,
                                      [(2, 2), (3, 2), (2, 3), (1, 3)] * 2):
        w = str(a + b)
        out.append((f"{req}得{a}分;按{by}{say}{b}分。", w, Unsure()))
        out.append((f"{req},得{a}分;{by[:2]}按{by}{say},满分{b}分", w, Unsure()))
        out.append((f"{req}({a}分);按{by}{say}({b}分)", w, Unsure()))
    return out


_ALL = met_ladders() + joined() + per_pupil() + bare() + by_rate() + rate_parts()
#: (the first statement of a text the generators write twice)
CASES = first_statements(_ALL)


(test_the_probe_is_of_its_size,
 test_every_made_up_text_is_scored_as_it_says_or_is_to_check) = probe_tests(CASES, 300, 600)


@pytest.mark.parametrize("text", ["按时报送得2分;按要求整改得2分。", "按年度计划完成得2分;按季度报送得2分。",
                                  "按年度记录完整得2分;按月度计划执行得2分。"])
def test_parts_on_time_or_by_a_plan_stay_met_or_not(text):
    # 按时, 按年度计划, 按季度: no score by a rate or a degree
    p = propose(text, "4", "指标")
    assert p.kind == "checklist" and p.confident


def test_a_joined_piece_is_named_in_the_note():
    p = propose("地面无纸屑、桌椅整齐、窗户明亮以及门窗完好,给8分;达2项的给7分;达1项的给6分;1项不达给5分。", "8", "卫生")
    assert not p.confident and "以及" in " ".join(p.notes or ())
