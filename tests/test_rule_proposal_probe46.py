"""Made-up texts in the house styles of the readings merged from rot180t1, rot180t2 and rot180t3 — each case's points in
brackets first (“(0分)晚于约定日期(4分)按约定日期(8分)早于约定日期”), cases run together (“完成率在90%以上20分完成率在85%以上
10分…”, “1级4分2级8分…”), bare scores before their bands (“100 A>=95% 90 90%<=A<95% …”), “…%为。分”; a requirement, its
points, its scoring in brackets (“…年检。2分(未通过年检不得分,…)”), a fault's one time then sentences defining it (“…视为
迟到”), one event costing the whole 分值, lessons short without 每, “符合全得,不符全扣”, points per person after colons (“12人
以上:12分;12人以下:每人1分”), numbered faults then negative costs (“1、…2、…-4-3”), “(2、5分)”; a rate's line then a bare
step (“…低于100%每1%扣2分,不满1%按1%计算”), a plan's figure not given (“刚好达成目标可得35分…比计划值每低1个百分点扣…”),
steps both ways from a named target, three lettered targets, questions each worth points, faults then their costs in
turn (“…依次扣除4分、2分”); the line-break readings (a score with a remark in brackets, “扣除2”, numbered lines) — and
their near variants where a confident reading would be wrong: cases run together where a figure is a count or a year,
bands out of order or overlapping, points-first brackets past the 分值, a requirement's bracket of words that do not
score, a defining sentence that scores (“…视为迟到,每次扣1分”), one event costing the whole 分值 beside a part earned,
negative costs not matching the faults, “(1、3分)” a list, a bare step after a line short of 100%, and the like — each
with what it states (a few situations and their scores) or that it is unsure (to check). Every proposal scores every
situation as the text says, or is not confident.

Confident readings found scoring wrong, and mended (5 texts of the 460 first written, one cause):

- scores said at a KPI's targets, each target a situation (“底线目标A,赋值0分;基准目标B,赋值100分;努力目标C,赋值120分”,
  “底线目标,得分0分;基准目标,得分100分;挑战目标,得分120分”), no line between them written, were read surely as a 情形选择
  (choice ``_scored_situations``): a figure between two targets scored the lower target's points, where the sheet's own
  way (rot180t3's lettered targets) draws a straight line between them — what a figure between scores is unsaid. Now
  two targets of a ladder or more among the situations (底线/基准/挑战/努力/门槛/保底/奋斗/冲刺目标) are to check, with a
  note (``choice._LADDER_TARGET``); with their lines written, formula's lettered targets read them as before.

Readings left to check that would score some situations otherwise (not confident, so no bar): points-first brackets
past or short of the 分值 or after words, runs of cases overlapping, with gaps, out of the 分值 or of counts and years,
bare scores before bands (no 分), “为。分”, a requirement's bracket, definitions after a fault, one event costing the
whole 分值 beside a part earned, lessons with a zeroing line, “符合全得” beside other scores, points per person not
making the cap, negative costs not matching the faults or the 分值, “(1、3分)”, a rate's bare step of batches or days or
beside a second line, plans and targets, questions, costs in turn not matching the faults, a line break splitting the
points' figure or a remark (“(另有规定的除外)”), a numbered mark that continues a clause (“不少于\n4、次”); “达到底线目标
得0分,达到基准目标得100分,…” (达到 each target, a step up at each) stays a sure choice.

The checker is ``tests/probe_checks.py``'s.
"""
from __future__ import annotations

from decimal import Decimal
from itertools import product

from tests.probe_checks import Either, Fault, Faults, Want, first_statements, probe_tests
from tests.proposals import Bands, Once, Per, Ranks, Unsure


def _n(x: Decimal | int | float | str) -> str:
    return format(Decimal(str(x)).normalize(), "f")


# ── each case's points in brackets first ──────────────────────────────────────────────────────────────────────────
def points_first() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (lo, mid, hi), (a, b, c), sp in zip([(0, 4, 8), (1, 3, 5), (0, 5, 10)],
                                           [("晚于约定日期", "按约定日期", "早于约定日期"),
                                            ("高于市场均价", "与市场均价持平", "低于市场均价"),
                                            ("资料不全", "资料基本齐全", "资料齐全且规范")], ["", " ", ""]):
        out.append((f"({lo}{sp}分){a} ({mid}{sp}分){b} ({hi}{sp}分){c}", str(hi), Ranks((hi, mid, lo))))
        # the best case's points past the 分值, or short of it
        out.append((f"({lo}分){a}({mid}分){b}({hi + 2}分){c}", str(hi), Unsure()))
        out.append((f"({lo}分){a}({mid}分){b}({hi}分){c}", str(hi + 2), Unsure()))
        # a case holding figures of its own (days), a clause after the last case
        out.append((f"({lo}分){a}3天以上({mid}分){a}3天以内({hi}分){c}", str(hi), Either(Ranks((hi, mid, lo)), Unsure())))
        out.append((f"({lo}分){a}({mid}分){b}({hi}分){c};每迟报1天扣1分", str(hi), Unsure()))
        # words before the first bracket
        out.append((f"按合同约定({lo}分){a}({hi}分){c}", str(hi), Either(Ranks((hi, lo)), Unsure())))
    return out


# ── cases run together ────────────────────────────────────────────────────────────────────────────────────────────
def chained() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for name, (m, a), (hi, lo), say in zip(["完成率", "投诉处理率", "到货及时率", "完成率"], [(20, 10), (15, 8), (15, 8), (20, 10)],
                                         [(90, 80), (95, 85), (90, 80), (95, 85)], ["为", "", "", "为"]):
        out.append((f"{name}在{hi}%以上{m}分{name}在{lo}%以上{a}分{name}低于{lo}%{say}0分", str(m),
                    Bands(((100, m), (hi, m), (hi - 1, a), (lo, a), (lo - 1, 0)))))
        out.append((f"{name}{hi}%以上({m}分){name}{lo}%-{hi}%({a}分){name}低于{lo}%(0分)", str(m),
                    Bands(((100, m), (hi + 1, m), (lo + 1, a), (lo - 1, 0)))))
        # out of order: the lower line first
        out.append((f"{name}在{lo}%以上{a}分{name}在{hi}%以上{m}分{name}低于{lo}%{say}0分", str(m),
                    Either(Bands(((100, m), (hi, m), (hi - 1, a), (lo, a), (lo - 1, 0))), Unsure())))
        # overlapping bands
        out.append((f"{name}{lo}%以上{m}分{name}{lo - 10}%-{hi}%{say}{a}分{name}低于{lo - 10}%{say}0分", str(m), Unsure()))
        # the top band's points past the 分值
        out.append((f"{name}在{hi}%以上{m + 5}分{name}在{lo}%以上{a}分{name}低于{lo}%{say}0分", str(m), Unsure()))
        # a deduction after the run
        out.append((f"{name}在{hi}%以上{m}分{name}在{lo}%以上{a}分{name}低于{lo}%{say}0分,弄虚作假的本项不得分", str(m), Unsure()))
    for m in (12, 9):
        k = m // 3
        out.append((f"1级{k}分2级{2 * k}分3级{m}分", str(m), Either(Ranks((m, 2 * k, k)), Unsure())))
        out.append((f"1级{m}分2级{2 * k}分3级{k}分", str(m), Either(Ranks((m, 2 * k, k)), Unsure())))
        out.append((f"1级{k}分2级{2 * k}分3级{m + 3}分", str(m), Unsure()))
    for unit, (m, a) in zip(["次", "起"], [(10, 5), (6, 3)]):
        # counts run together: a count's lines overlapping at the figure, or gaps
        out.append((f"投诉3{unit}以下{m}分投诉3{unit}以上0分", str(m), Unsure()))
        out.append((f"投诉1{unit}以内{m}分投诉2{unit}以内{a}分投诉2{unit}以上0分", str(m), Unsure()))
        out.append((f"投诉0{unit}{m}分投诉1{unit}{a}分投诉2{unit}以上0分", str(m),
                    Either(Bands(((0, m), (1, a), (2, 0), (5, 0))), Unsure())))
        out.append((f"投诉1{unit}以下{m}分投诉2-3{unit}{a}分投诉3{unit}以上0分", str(m), Unsure()))
    for (y1, y2), (m, a) in zip([(2020, 2015), (2022, 2018)], [(10, 5), (6, 2)]):
        # years, no band of a value
        out.append((f"{y1}年以后建成{m}分{y2}年以后建成{a}分{y2}年以前建成0分", str(m), Unsure()))
        out.append((f"{y1}年度完成率90%以上{m}分完成率80%以上{a}分完成率低于80%为0分", str(m),
                    Either(Bands(((95, m), (90, m), (85, a), (70, 0))), Unsure())))
        # years of service: a band of a value, overlapping at its figure
        out.append((f"服务年限5年以上{m}分3年以上{a}分3年以下0分", str(m), Unsure()))
    return out


# ── bare scores before their bands, the stop read as 0 ───────────────────────────────────────────────────────────────
def scores_first() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for letter, (hi, lo) in zip(["A", "B"], [(95, 90), (98, 95)]):
        out.append((f"100 {letter}>={hi}% 90 {lo}%<={letter}<{hi}% 70 {letter}<{lo}%", "100",
                    Bands(((100, 100), (hi, 100), (lo, 90), (lo - 1, 70)))))
        out.append((f"100 {letter}>={hi}% 60 {lo}%<={letter}<{hi}% 85 {letter}<{lo}%", "100", Unsure()))
        out.append((f"100 {letter}>={lo}% 90 {letter}>={hi}% 0 {letter}<{lo}%", "100", Unsure()))
        out.append((f"100 {letter}>={hi}% 90 {lo}%<={letter}<{hi}% 70 {letter}<{lo}%", "10", Unsure()))
        out.append((f"10 {letter}=0 8 {letter}=1 5 {letter}=2 0 {letter}>=3", "10",
                    Either(Bands(((0, 10), (1, 8), (2, 5), (3, 0), (6, 0))), Unsure())))
    for m, x in product((10, 20), ("1", "2")):
        out.append((f"{x}%以内{m}分高于{x}%为。分", str(m), Either(Bands(((0, m), (x, m), (int(x) + 1, 0))), Unsure())))
        out.append((f"{x}%以内{m}分高于{x}%为{m // 2}分", str(m), Bands(((0, m), (x, m), (int(x) + 1, m // 2)))))
        out.append((f"{x}%以内{m}分{x}%-5%为{m // 2}分高于5%为0分", str(m),
                    Bands(((0, m), (Decimal(x) - Decimal("0.5"), m), (4, m // 2), (6, 0)))))
    return out


# ── a requirement, its points, the scoring in brackets ────────────────────────────────────────────────────────────────
def bracketed() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (req, thing), (m, x), num in product([("按规定时间参加年度检查", "年度检查"), ("机构有独立档案室", "独立档案室")], [(2, 1), (3, 1)], [""]):
        out.append((f"{num}{req}。{m}分(未{thing[:2]}{thing[2:]}不得分,资料不全的每项扣{x}分)", str(m),
                    Either(Faults((Fault(thing, "0"), Fault("资料", f"-{x}", True))), Unsure())))
        out.append((f"{num}{req}。{m}分(无{thing}的不得分)", str(m), Either(Ranks((m, 0)), Unsure())))
        # the bracket's words score nothing: who scores it, how it is checked
        out.append((f"{num}{req}。{m}分(由市残联考核)", str(m), Either(Ranks((m, 0)), Unsure())))
        out.append((f"{num}{req}。{m}分(以现场查看为准)", str(m), Either(Ranks((m, 0)), Unsure())))
        # the points not the 分值
        out.append((f"{num}{req}。{m + 1}分(无{thing}的不得分,每缺一项扣{x}分)", str(m), Unsure()))
        # the bracket's scoring then words after it
        out.append((f"{num}{req}。{m}分(无{thing}的不得分)另行通报", str(m), Unsure()))
        # a figure in the requirement
        out.append((f"{num}设有2间以上{thing}。{m}分(无{thing}的不得分,每少1间扣{x}分)", str(m), Unsure()))
    return out


# ── a fault's one time, then sentences defining it ─────────────────────────────────────────────────────────────────────
def defined() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (x, m), (f1, f2) in zip([("1", "10"), ("2", "10"), ("0.5", "5")], [("迟到", "早退"), ("缺勤", "脱岗"), ("迟到", "早退")]):
        out.append((f"{f1}、{f2}1次扣{x}分。上班后15分钟内未打卡的视为{f1};下班前擅自离岗的视为{f2}。", m, Per(x)))
        out.append((f"{f1}1次扣{x}分。超过1小时未到岗的视为旷工,扣5分。", m,
                    Either(Faults((Fault(f1, f"-{x}", True), Fault("旷工", "-5", True))), Unsure())))
        # the defining sentence scores a fault of its own
        out.append((f"{f2}1次扣{x}分。上班后15分钟内未打卡的视为{f1},每次扣1分", m,
                    Either(Faults((Fault(f2, f"-{x}", True), Fault(f1, "-1", True))), Unsure())))
        out.append((f"{f2}1次扣{x}分。上班后15分钟内未打卡的视为{f1},{f1}3次以上本项不得分", m, Unsure()))
        out.append((f"报表报送不及时一次扣{x}分。界定:每月5日前未报送;报表须于10日前归档。", m, Per(x)))
        out.append((f"报表报送不及时一次扣{x}分。界定:每月5日前未报送,逾期3天以上的扣{m}分。", m, Unsure()))
    return out


# ── one event costing the whole 分值 ────────────────────────────────────────────────────────────────────────────────
def one_event() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for m, what in zip((10, 18, 5, 8), ["发生负同等及以上责任安全事故的", "发生重大质量事故的", "出现群体性上访的", "发生安全事故的"]):
        out.append((f"{what},一次扣{m}分", str(m), Per(str(m))))
        out.append((f"{what},1次扣{m}分", str(m), Per(str(m))))
        # beside a part earned
        out.append((f"按时完成得{m // 2}分;{what},一次扣{m}分", str(m), Unsure()))
        out.append((f"资料齐全的得{m}分;{what},一次扣{m}分", str(m), Either(Per(str(m)), Unsure())))
        out.append((f"{what},一次扣{m}分;资料不全的扣1分", str(m),
                    Either(Faults((Fault("事故|上访", f"-{m}", True), Fault("资料", "-1", False))), Unsure())))
        # past the 分值
        out.append((f"{what},一次扣{m + 2}分", str(m), Either(Per(str(m + 2)), Unsure())))
    return out


# ── lessons short, 每 left out ─────────────────────────────────────────────────────────────────────────────────────────
def lessons() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for x, m in zip(["0.2", "0.5", "1", "0.5"], ["3", "5", "5", "2"]):
        out.append((f"听课节数少1节扣{x}分。", m, Per(x)))
        out.append((f"教师每学期听课至少10节,少一节扣相关人员考核分{x}分。", m, Per(x)))
        out.append((f"听课节数少1节扣{x}分,少5节以上本项不得分", m, Unsure()))
        out.append((f"公开课1节得{x}分", m, Unsure()))
        out.append((f"听课节数少1节扣{x}分;未写听课记录的扣1分", m,
                    Either(Faults((Fault("节", f"-{x}", True), Fault("记录", "-1", False))), Unsure())))
    return out


# ── “符合全得,不符全扣” ─────────────────────────────────────────────────────────────────────────────────────────────
def all_or_none() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for m, lead in product(("3", "5"), ["", "根据现场检查和台账记录,", "对照标准,"]):
        mm = int(m)
        out.append((f"{lead}符合全得,不符全扣", m, Ranks((mm, 0))))
        out.append((f"{lead}达到要求全得,达不到全扣", m, Ranks((mm, 0))))
        out.append((f"{lead}符合全得,部分符合得一半,不符全扣", m, Unsure()))
        out.append((f"{lead}符合全得,不符每处扣1分", m, Either(Per("1"), Unsure())))
        out.append((f"{lead}符合全得,不符全扣,发现弄虚作假的倒扣2分", m, Unsure()))
        out.append((f"{lead}符合全得,不符全扣;资料缺1项扣1分", m, Unsure()))
    return out


# ── points per person after colons ─────────────────────────────────────────────────────────────────────────────────────
def per_person() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for n, x in [(12, 1), (10, 1), (5, 3), (4, 2)]:
        m = n * x
        out.append((f"{n}人以上:{m}分; {n}人以下:每人{x}分。", str(m), Bands(((0, 0), (1, x), (n, m), (n + 4, m)))))
        # the points per person not making the cap
        out.append((f"{n}人以上:{m}分; {n}人以下:每人{x + 1}分。", str(m), Unsure()))
        # points taken off per person short
        out.append((f"{n}人以上:{m}分; {n}人以下:每少1人扣{x}分。", str(m),
                    Either(Bands(((n, m), (n - 1, m - x), (0, 0))), Unsure())))
        out.append((f"{n}人以上:{m}分; {n}人以下:每人{x}分;未持证上岗的每人扣1分", str(m), Unsure()))
    return out


# ── numbered faults, negative costs at the end ─────────────────────────────────────────────────────────────────────────
def negative_costs() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    faults = ["值班期间未按时巡查", "发现隐患未及时上报", "交接班记录不完整", "对外来人员没有进行检查"]
    for costs in [(3, 4, 2), (2, 3, 3), (1, 1, 2), (4, 3)]:
        k = len(costs)
        body = "".join(f"{i}、{f}" for i, f in enumerate(faults[:k], 1))
        tail = "".join(f"-{c}" for c in costs)
        m = sum(costs)
        out.append((body + tail, str(m), Either(Once(tuple(str(c) for c in costs)), Unsure())))
        # costs not matching the count of faults
        out.append((body + tail + "-1", str(m + 1), Unsure()))
        out.append(("".join(f"{i}、{f}" for i, f in enumerate(faults[:k + 1], 1)) + tail, str(m), Unsure()))
        # the costs not the 分值
        out.append((body + tail, str(m + 3), Unsure()))
        # things done, not faults
        out.append(("".join(f"{i}、{f}" for i, f in enumerate(["按时巡查", "及时上报", "记录完整", "检查来人"][:k], 1)) + tail,
                    str(m), Unsure()))
    return out


# ── a pause mark for the decimal point ───────────────────────────────────────────────────────────────────────────────────
def paused() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (a, b, c), w in [(("1、5", "1", "0、5"), "1.5"), (("2、5", "2", "1、5"), "2.5"), (("3、5", "2", "1"), "3.5")]:
        text = f"A.认真备课,教案规范详实。({a}分)B.能按时备课,教案较规范。({b}分)C.备课不够认真,教案简单。({c}分)"
        out.append((text, w, Either(Ranks(tuple(Decimal(x.replace("、", ".")) for x in (a, b, c))), Unsure())))
    for w in ("5", "4", "3"):
        # a list of scores: never a decimal
        out.append(("A.认真备课。(1、3分)B.能按时备课。(1分)", w, Unsure()))
        out.append(("A.认真备课。(2、3分)B.能按时备课。(1分)C.未备课。(0分)", w, Unsure()))
    return out


# ── a rate's line, a bare step ───────────────────────────────────────────────────────────────────────────────────────
def bare_step() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (name, (m, x)), line in product(zip(["按时交付率", "检验合格率"], [(20, 2), (30, 3)]), [100, 95]):
        lo = line - 2
        whole = Bands(((100, m), (line, m), (Decimal(line) - Decimal("0.5"), m - x), (lo, m - 2 * x), (0, 0)))
        out.append((f"{name}低于{line}%每1%扣{x}分,不满1%按1%计算", str(m), whole))
        prop = Bands(((100, m), (line, m), (lo, m - 2 * x), (0, 0)))
        out.append((f"{name}低于{line}%每1%扣{x}分", str(m), Either(prop, Unsure())))
        out.append((f"{name}低于{line}%每1个百分点扣{x}分,扣完为止", str(m), Either(prop, Unsure())))
        # a step of batches or days, points added
        out.append((f"{name}低于{line}%每批次扣{x}分", str(m), Unsure()))
        out.append((f"{name}低于{line}%每1天扣{x}分", str(m), Unsure()))
        out.append((f"{name}低于{line}%每1%加{x}分", str(m), Unsure()))
        # a second line zeroing the row
        out.append((f"{name}低于{line}%每1%扣{x}分,低于80%不得分", str(m),
                    Either(Bands(((100, m), (line, m), (lo, m - 2 * x), (79, 0))), Unsure())))
        # a step said against another figure
        out.append((f"{name}低于{line}%的,比上年每低1%扣{x}分", str(m), Unsure()))
    return out


# ── a plan's figure not given; steps both ways; lettered targets; questions ──────────────────────────────────────────────
def plans() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for m, x in [(30, 1), (35, 2), (20, 1)]:
        out.append((f"刚好达成目标可得{m}分,比计划值每低1个百分点扣{x}分", str(m + 10), Unsure()))
        out.append((f"刚好达成目标可得{m}分,比计划值每低1%扣{x}分", str(m), Unsure()))
        out.append((f"比计划值每低1个百分点扣{x}分", str(m), Unsure()))
        out.append((f"达到目标值得{m}分;比目标值每低0.5个百分点扣{x}分", str(m), Unsure()))
        out.append((f"每少1个百分点扣{x}分", str(m), Unsure()))
        out.append((f"每少2个百分点扣{x}分,每增2个百分点加{x}分", str(m), Unsure()))
        out.append((f"共四道题,每题{m // 4}分,共{4 * (m // 4)}分", str(m), Unsure()))
        out.append((f"答错1题扣{m // 4}分;共四道题,每题{m // 4}分", str(m), Unsure()))
    out.append(("底线目标A,赋值60分;基准目标B,赋值100分;挑战目标C,赋值110分;完成值≤A,得分为60分;"
                "A<完成值X≤B,得分为60+40(X-A)/(B-A);B<完成值X≤C,得分100+10(X-B)/(C-B)", "100", Unsure()))
    out.append(("底线目标A,赋值0分;基准目标B,赋值100分;努力目标C,赋值120分", "120", Unsure()))
    out.append(("底线目标A,赋值60分;基准目标B,赋值80分;挑战目标C,赋值100分;完成值≤A,得分为60分;"
                "A<完成值X≤B,得分为60+20(X-A)/(B-A);B<完成值X≤C,得分80+20(X-B)/(C-B);完成值>C的不加分", "100", Unsure()))
    return out


# ── faults then their costs in turn ─────────────────────────────────────────────────────────────────────────────────
def in_turn() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    faults = ["设备锈蚀", "站内有积水", "台账缺失", "围栏破损"]
    for costs, verb in zip([(3, 2, 1), (4, 2, 2, 2), (2, 2), (5, 3, 2)], ["将依次扣除", "依次扣", "分别扣", "将依次扣除"]):
        k = len(costs)
        fs = ",".join(faults[:k])
        m = sum(costs)
        amts = "、".join(f"{c}分" for c in costs)
        out.append((f"做好日常养护;如发现{fs}{verb}{amts}。", str(m), Either(Once(tuple(str(c) for c in costs)), Unsure())))
        # the costs not the 分值, a fault more than the costs, a figure in a fault
        out.append((f"如发现{fs}{verb}{amts}", str(m + 2), Unsure()))
        out.append((f"如发现{fs},{faults[k] if k < 4 else '标识缺失'}{verb}{amts}", str(m), Unsure()))
        out.append((f"如发现{faults[0]}2处以上,{','.join(faults[1:k])}{verb}{amts}", str(m), Unsure()))
        # each time a fault is found
        out.append((f"如发现{fs}{verb}{amts},每发现一次扣一次", str(m), Unsure()))
    return out


# ── the line-break readings ──────────────────────────────────────────────────────────────────────────────────────────
def line_breaks() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for m, a in [(5, 3), (10, 6)]:
        out.append((f"(1)按时完成得{m}分\n(2)逾期完成得{a}分\n(3)未完成不得分", str(m), Ranks((m, a, 0))))
        out.append((f"⑴按时完成得{m}分\n⑵逾期完成得{a}分\n⑶未完成不得分", str(m), Ranks((m, a, 0))))
        out.append((f"1、按时完成{m}分\n2、逾期完成{a}分\n3、未完成0分", str(m), Ranks((m, a, 0))))
        out.append((f"(1){m}分:按时完成\n(2){a}分:逾期完成\n(3)未完成", str(m), Either(Ranks((m, a, 0)), Unsure())))
        out.append((f"按时报送得{m}分(只计1次)\n未按时报送不得分", str(m), Either(Ranks((m, 0)), Unsure())))
        out.append(("每发现一处问题扣除1\n扣完为止", str(m), Either(Per("1"), Unsure())))
        out.append(("每发现一处问题扣除1\n发现弄虚作假的本项不得分", str(m), Unsure()))
        # the line break splits the figure of the points
        out.append(("每发现一处问题扣除1\n0分", str(m), Unsure()))
        out.append((f"按时完成得{m}分(另有规定的除外)\n逾期完成得{a}分", str(m), Unsure()))
        out.append((f"按时完成得{m}分\n(逾期3天以上的)\n不得分", str(m), Unsure()))
        # a numbered line that continues the clause before it
        out.append((f"完成率达到\n1.5倍以上得{m}分,达到1倍得{a}分", str(m), Unsure()))
        out.append(("全年召开例会不少于\n4、次,每少1次扣1分", str(m), Unsure()))
    return out


# ── near variants of the sure readings above (the ones that found a cause among them) ──────────────────────────────
def near() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (lo, mid, hi), (a, b, c) in zip([(0, 4, 8), (0, 5, 10)], [("晚于约定日期", "按约定日期", "早于约定日期"),
                                                                   ("高于市场均价", "与市场均价持平", "低于市场均价")]):
        out.append((f"({hi}分){c}({mid}分){b}({lo}分){a}", str(hi), Ranks((hi, mid, lo))))
        out.append((f"({lo}分){a}({mid}分){b}({hi}分){c}({hi}分)提前10天以上", str(hi), Unsure()))
        out.append((f"({hi}分)工作台账({mid}分)按时建立({hi - mid}分)内容完整", str(hi), Unsure()))
    out.append(("(2分)按时报送(3分)内容完整(5分)数据准确", "10", Once(("2", "3", "5"))))
    out.append(("(2分)按时报送(3分)内容完整(5分)数据准确", "5", Either(Ranks((5, 3, 2)), Unsure())))
    for m, a in [(20, 10), (15, 8)]:
        out.append((f"完成率在90%以上{m}分完成率在80%以上{a}分", str(m), Either(Bands(((95, m), (85, a), (50, 0))), Unsure())))
        out.append((f"考核得分90分以上{m}分考核得分80分以上{a}分考核得分低于80分为0分", str(m),
                    Either(Bands(((95, m), (90, m), (85, a), (70, 0))), Unsure())))
        out.append((f"满意率在90%以上{m}分85%-90%{a}分85%以下0分", str(m), Unsure()))
        out.append((f"完成率90%以上{m}分完成率80%以上{m + 5}分完成率低于80%为0分", str(m), Unsure()))
        out.append((f"完成率100%{m}分完成率90%以上{a}分完成率低于90%为0分", str(m),
                    Either(Bands(((100, m), (95, a), (80, 0))), Unsure())))
        out.append((f"完成率在90%以上{m}分完成率在80%以上{a}分完成率低于70%为0分", str(m), Unsure()))
        out.append((f"连续3年以上{m}分连续2年以上{a}分连续1年以下0分", str(m), Unsure()))
        out.append((f"按时完成{m}分逾期3天以内{a}分逾期3天以上0分", str(m), Unsure()))
        out.append((f"2%以内{m}分高于3%为0分", str(m), Unsure()))
        out.append((f"2%以内{m}分2%-5%为{a}分", str(m), Unsure()))
    for line, x in [(95, 2), (98, 3)]:
        out.append((f"合格率低于{line}%时每1个百分点扣{x}分,扣完为止", "20",
                    Bands(((100, 20), (line, 20), (line - 2, 20 - 2 * x), (0, 0)))))
        out.append((f"合格率低于{line}%每5个百分点扣{x}分,扣完为止", "10",
                    Either(Bands(((100, 10), (line, 10), (line - 5, 10 - x))), Unsure())))
        out.append((f"合格率低于{line}%每1个百分点扣{x}分,最多扣10分", "20",
                    Bands(((100, 20), (line, 20), (line - 1, 20 - x), (0, 10)))))
    for x, m in [(2, 10), (1, 5)]:
        out.append((f"每发现一处问题扣除{x}\n分,扣完为止", str(m), Per(str(x))))
        out.append((f"每发现一处问题扣除{x}\n(最多扣{m - 1}分)", str(m), Either(Per(str(x), str(m - 1)), Unsure())))
    out.append(("1、建立台账2分\n2、按时报送2分\n3、资料完整1分", "5", Once(("2", "2", "1"))))
    out.append(("1、建立台账2分\n2、按时报送3分\n3、资料完整1分", "5", Unsure()))
    out.append(("按时完成得5分\n(2)逾期完成得3分", "5", Either(Ranks((5, 3)), Unsure())))
    out.append(("按时报送得5分(只计1次)\n逾期报送得3分", "5", Either(Ranks((5, 3)), Unsure())))
    # scores at a KPI's targets: between them unsaid
    for (a, b, c), (p, q, r), say in product([("A", "B", "C"), ("", "", "")], [(0, 100, 120), (60, 80, 100)],
                                             ["赋值", "得分"]):
        out.append((f"底线目标{a},{say}{p}分;基准目标{b},{say}{q}分;挑战目标{c},{say}{r}分", str(r), Unsure()))
    out.append(("达到底线目标得0分,达到基准目标得100分,达到挑战目标得120分", "120",
                Either(Ranks((120, 100, 0)), Unsure())))
    return out


_ALL = (points_first() + chained() + scores_first() + bracketed() + defined() + one_event() + lessons() + all_or_none()
        + per_person() + negative_costs() + paused() + bare_step() + plans() + in_turn() + line_breaks() + near())
#: (the first statement of a text the generators write twice)
CASES = first_statements(_ALL)


(test_the_probe_is_of_its_size,
 test_every_made_up_text_is_scored_as_it_says_or_is_to_check) = probe_tests(CASES, 300, 600)
