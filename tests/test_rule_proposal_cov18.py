"""Made-up texts in the style of the job-level 绩效评定表 / 绩效考核表 templates document sites publish for every trade
(快递员, 配送团队负责人, 房地产经纪人, 置业顾问, 培训讲师, 店长, 收银员, 客服, 驾驶员, 农技推广员, 编辑): the 评分标准 column of
考核维度 | 指标名称 | 权重 | 目标值 | 评分标准. A rate's line and each step short of it to a cap (“以98%为基准,每降低1个百分点
扣2分,最高扣10分”, “目标值≥95%,每低1%扣1分,扣完为止”), a time over a target (“每超出目标时长0.5小时扣1分,最高扣5分”),
a bonus above the target (“每超出1%加0.5分,最高加3分”: past the row's points, unscorable, to check), points per thing
done (“每完成1单得0.5分,满分10分”) and per complaint (“每发生1次客户投诉扣2分,最高扣10分”), formulas (“得分=实际完成额/
目标额×权重分,最高不超过权重分的120%”), grades with descriptions (“优秀(9-10分):…; 良好(7-8分):…”: ranges are judgement),
combined conditions; 权重 said as % or points, the 目标值 in a clause of its own, 满分 first or last, “:” or “：”, full-width
digits, ; , or line breaks — each with what it states (a few situations and their scores) or that it is unsure (to
check). Every proposal scores every situation as the text says, or is not confident; the texts the readings read are
proposed exactly (their count asserted).

Before the readings of this round (387 texts): 110 proposed exactly, 155 flagged, 122 judgement fallbacks, 0 confident
and wrong; after: 115 exactly, 206 flagged, 66 fallbacks, 0 confident and wrong. Taught:

- the target stated in its own clause, the step right after it naming the target (“目标值:98%;每低于目标值1个百分点扣2分,
  最高扣10分”, “目标值:≤3%;每超出目标值1个百分点…”): the line is the target, the 分值 at it (threshold
  ``_target_stated``, no “达到目标值得满分” needed when the step names the target at once; a phrase of reading's places
  the target's clause with the step, never “每低于目标值” alone: a target said elsewhere stays to check);
- a time over a target named between the verb and the step (“每超出目标时长1小时扣2分”, “每超过规定时限1天扣1分”): a delay
  (delay ``_DELAY``; reading's 每 phrase places “目标时长”/“规定时限”); a step of half an hour is counted in half-hours, to
  check, as ever;
- a trade's own units of things done earning points (“每完成1单”, “每成交1套”, “每完成1课时”, “每开发1门新课程”; formula
  ``_EARN_UNITS``, not 单位/单项/门诊/门店): fallbacks now read per case, flagged as points per case are (the verb after 每
  unplaced), the cap the 分值;
- 笔 a whole count in bands (“收银差错0笔得10分,1笔得5分,2笔及以上得0分”; tiers ``_COUNT_UNITS``/``_WHOLE_UNITS``/
  ``_BAND_UNIT``, reading's ``_WHOLE_UNITS``).

Fallbacks left (66): a bonus above the target (“…达到100%得满分,每超出1%加0.5分,最高加3分”, 21: points past the row's,
which no row scores, or a base and a bonus within it but nothing said short of the line — judgement is the honest
reading); a cap of the points per case above the 分值 (“每完成1单得2分,满分15分” on 10, 15: the row's top contradicts the
分值); grades with ranges of points (“优秀(9-10分):…”, 18: the score within a range is judgement by design); the target's
clause naming a time (“目标值:平均配送时长≤2小时;每超出目标时长…”, 9: the line in 小时 after “目标值:” is not read; without
“目标值:” it is); a floor after “以N%为基准” (1) and bare 盘点差异 cells (2), rare.

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


def _num(x: Decimal) -> str:
    return format(x.normalize(), "f")


def _short(m: int, line: int, step: str, x: str, cap: str | None, values: tuple[int, ...]) -> Bands:
    """A rate's line: the 分值 at or above it, x off each step short, at most ``cap`` off (None: the 分值)."""
    top = dec(cap) if cap is not None else dec(m)
    return Bands(tuple((v, max(Decimal(0), m - min(top, dec(x) * max(0, line - v) / dec(step)))) for v in values))


def _over(m: int, line: str, step: str, x: str, cap: str | None, values: tuple[str, ...]) -> Bands:
    """A time (or a rate to stay under): the 分值 at or below ``line``, x off each step past it, at most ``cap`` off."""
    top = dec(cap) if cap is not None else dec(m)
    return Bands(tuple((v, max(Decimal(0), m - min(top, dec(x) * max(Decimal(0), dec(v) - dec(line)) / dec(step))))
                       for v in values))


# ── a rate's line and each step short of it, capped (准时率, 签收率, 满意度, 接通率) ───────────────────────────────────────
def lines() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for name, (m, line, x, cap) in product(["快件准时送达率", "电话接通率", "学员满意度"],
                                           [(10, 98, "2", "10"), (15, 95, "1", None), (20, 90, "2", "10"), (10, 95, "0.5", "5")]):
        vals = tuple(v for v in (100, line, line - 1, line - 3, line - 10, 0) if v <= 100)
        stop = f"最高扣{cap}分" if cap is not None else "扣完为止"
        want = _short(m, line, "1", x, cap, vals)
        out.append((f"以{line}%为基准,每降低1个百分点扣{x}分,{stop}", str(m), want))
        out.append((f"{name}以{line}%为基准,每降低1个百分点扣{x}分,{stop}", str(m), want))
        out.append((f"目标值≥{line}%,每低1%扣{x}分,{stop}", str(m), want))
        out.append((f"目标值:{line}%;每低于目标值1个百分点扣{x}分,{stop}。", str(m), want))
        out.append((f"{name}≥{line}%得满分,每降低1%扣{x}分,{stop}", str(m), want))
        out.append((f"{name}达到{line}%得{m}分;每低1个百分点扣{x}分,{stop}", str(m), want))
        if cap is not None:
            out.append((f"{name}≥{line}%得满分{m}分,每降低1%扣{x}分,最高扣{m + 5}分", str(m), Unsure()))
    for m, line, x in [(10, 98, "2"), (20, 95, "1")]:
        want = _short(m, line, "1", x, None, (100, line, line - 2, 0))
        f = str.maketrans("0123456789%", "０１２３４５６７８９％")
        out.append((f"目标值≥{line}%,每低1%扣{x}分,扣完为止".translate(f), str(m), want))
        out.append((f"目标值：≥{line}%；每低1%扣{x}分，扣完为止。", str(m), want))
        out.append((f"满分{m}分,以{line}%为基准,每降低1个百分点扣{x}分,扣完为止", str(m), want))
        out.append((f"以{line}%为基准,每降低1个百分点扣{x}分,扣完为止(满分{m}分)", str(m), want))
        out.append((f"以{line}%为基准\n每降低1个百分点扣{x}分\n扣完为止", str(m), want))
        # a floor said after the step
        out.append((f"以{line}%为基准,每降低1个百分点扣{x}分,低于80%不得分", str(m),
                    Bands(tuple((v, Decimal(0) if v < 80 else max(Decimal(0), m - dec(x) * max(0, line - v)))
                                for v in (100, line, line - 1, 79)))))
        # a step of more than 1
        out.append((f"以{line}%为基准,每降低2个百分点扣{x}分,扣完为止", str(m), _short(m, line, "2", x, None, (100, line, line - 2, line - 4))))
    return out


# ── a time (or a rate) over a target, capped (平均配送时长, 平均处理时长, 投诉率) ───────────────────────────────────────────
def overs() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (name, unit), (m, line, step, x, cap) in product(
            [("平均配送时长", "小时"), ("平均处理时长", "小时"), ("客户等待时长", "小时")],
            [(5, "2", "0.5", "1", "5"), (10, "24", "1", "2", "10"), (8, "4", "0.5", "1", "4")]):
        vals = (line, str(dec(line) + dec(step)), str(dec(line) + 2 * dec(step)), str(dec(line) + 20 * dec(step)))
        want = _over(m, line, step, x, cap, vals)
        # (a step of half an hour: a part of it unsaid, to check; of an hour: the hours over the target, or the time)
        off = Bands(tuple((_num(dec(v) - dec(line)), s) for v, s in want.samples)) if step == "1" else Unsure()
        lenient = Either(want, off) if step == "1" else Unsure()
        out.append((f"每超出目标时长{step}{unit}扣{x}分,最高扣{cap}分", str(m), off))
        out.append((f"{name}≤{line}{unit},每超出{step}{unit}扣{x}分,最高扣{cap}分", str(m), lenient))
        out.append((f"目标值:{name}≤{line}{unit};每超出目标时长{step}{unit}扣{x}分,最高扣{cap}分", str(m), lenient))
        out.append((f"{name}不超过{line}{unit}得满分,每超{step}{unit}扣{x}分,扣完为止", str(m), lenient))
    for name, (m, line, x, cap) in product(["投诉率", "差错率", "退件率", "客户流失率"], [(10, 1, "2", "10"), (5, 2, "1", "5"), (10, 3, "1", "6")]):
        vals = tuple(str(v) for v in (0, line, line + 1, line + 3, line + 20))
        want = _over(m, str(line), "1", x, cap, vals)
        out.append((f"{name}≤{line}%得满分,每超出1个百分点扣{x}分,最高扣{cap}分", str(m), want))
        out.append((f"{name}控制在{line}%以内,每超1%扣{x}分,最高扣{cap}分", str(m), want))
        out.append((f"目标值≤{line}%,每高1%扣{x}分,最高扣{cap}分", str(m), want))
    return out


# ── a bonus above the target: past the row's points, or within them from a base ──────────────────────────────────────
def bonuses() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for name, (m, line, x, cap) in product(["销售额完成率", "推广面积完成率"],
                                           [(10, 100, "0.5", "3"), (20, 100, "1", "5"), (15, 95, "0.5", "2")]):
        # points above the row's: no row scores them
        out.append((f"每超出1%加{x}分,最高加{cap}分", str(m), Unsure()))
        out.append((f"{name}达到{line}%得满分,每超出1%加{x}分,最高加{cap}分", str(m), Unsure()))
        out.append((f"{name}≥{line}%得{m}分;每超出1个百分点加{x}分,最高加{cap}分", str(m), Unsure()))
        # a base and the bonus within the row's points
        base = m - int(dec(cap))
        out.append((f"{name}达到{line}%得{base}分,每超出1%加{x}分,最高加{cap}分", str(m), Either(Unsure(), Bands(
            tuple((v, base + min(dec(cap), dec(x) * (v - line))) for v in (line, line + 1, line + 2, line + 40)))) ))
        out.append((f"{name}达到{line}%得{base}分,每超出1%加{x}分,最高加{cap}分;未达到{line}%不得分", str(m), Either(Unsure(), Bands(
            tuple((v, Decimal(0) if v < line else base + min(dec(cap), dec(x) * (v - line)))
                  for v in (line - 1, line, line + 1, line + 40))))))
        # short of the line and past it
        out.append((f"{name}以{line}%为基准,每降低1%扣{x}分,每超出1%加{x}分,最高加{cap}分", str(m), Unsure()))
    return out


# ── points per thing done, per complaint (派件, 成交, 课时, 示范田, 选题) ─────────────────────────────────────────────────
def counts() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (verb, unit, what), (x, m) in product(
            [("完成", "单", ""), ("成交", "套", ""), ("完成", "课时", "授课"), ("建立", "个", "示范田"), ("开发", "门", "新课程")],
            [("0.5", "10"), ("2", "10"), ("1", "5")]):
        earned = Faults((Fault(f"{verb}|{what or unit}|{unit}", f"+{x}", True),), base="0")
        lenient = Either(earned, Unsure())
        out.append((f"每{verb}1{unit}{what}得{x}分,满分{m}分", m, earned))
        out.append((f"每{verb}1{unit}{what}得{x}分,最高{m}分", m, earned))
        out.append((f"满分{m}分,每{verb}1{unit}{what}得{x}分", m, lenient))
        out.append((f"每{verb}一{unit}{what}计{x}分,最高得{m}分", m, lenient))
        out.append((f"每{verb}1{unit}{what}得{x}分,满分{int(m) + 5}分", m, Unsure()))
    for (what, unit), (x, cap, m) in product([("客户投诉", "次"), ("丢件", "件"), ("收银差错", "笔"), ("编校差错", "处")],
                                             [("2", "10", "10"), ("1", "5", "10")]):
        want = Per(x, cap if cap != m else None)
        out.append((f"每发生1{unit}{what}扣{x}分,最高扣{cap}分", m, want))
        out.append((f"{what}每{unit}扣{x}分,扣完为止", m, Per(x)))
        out.append((f"无{what}得满分,每发生1{unit}扣{x}分,最高扣{cap}分", m, Either(want, Unsure())))
        out.append((f"目标值:0{unit};每发生1{unit}{what}扣{x}分,最高扣{cap}分", m, Either(want, Unsure())))
    return out


# ── formulas (得分=实际/目标×权重分) ─────────────────────────────────────────────────────────────────────────────────
def formulas() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (a, b), m in product([("实际完成额", "目标额"), ("实际派件量", "目标派件量"), ("实际推广面积", "计划推广面积")], (20, 15)):
        rate = Bands(((0, 0), (50, dec(m) / 2), (100, m), (130, m)))
        fn = Fn((a, b), (((0, 100), 0), ((50, 100), dec(m) / 2), ((100, 100), m), ((130, 100), m)))
        out.append((f"得分={a}/{b}×权重分,最高不超过权重分的120%", str(m), Unsure()))
        out.append((f"得分={a}/{b}×{m}", str(m), Either(rate, fn)))
        out.append((f"得分={a}÷{b}×{m}分,最高{m}分", str(m), Either(rate, fn)))
        out.append((f"得分={a}/{b}×权重分", str(m), Either(Either(rate, fn), Unsure())))
        out.append((f"得分={a}/{b}×{m},低于80%不得分", str(m), Either(Unsure(), Either(
            Bands(((0, 0), (79, 0), (80, dec(m) * Decimal("0.8")), (100, m))),
            Fn((a, b), (((79, 100), 0), ((80, 100), dec(m) * Decimal("0.8")), ((100, 100), m)))))))
    return out


# ── grades: with descriptions and ranges (judgement), or with points ─────────────────────────────────────────────────
def grades() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (what_a, what_b, what_c), sep in product(
            [("按时完成全部任务,无差错", "基本完成任务,偶有差错", "未完成任务"),
             ("课程设计新颖,学员反馈好", "课程设计合理", "课程设计一般"),
             ("服务态度热情,无投诉", "服务态度良好", "服务态度一般,有投诉")], [";", "；", "\n"]):
        out.append((f"优秀(9-10分):{what_a}{sep}良好(7-8分):{what_b}{sep}一般(5-6分):{what_c}", "10", Unsure()))
        out.append((f"优秀(9～10分)：{what_a}{sep}良好(6～8分)：{what_b}{sep}较差(0～5分)：{what_c}", "10", Unsure()))
        out.append((f"优秀:{what_a},10分{sep}良好:{what_b},8分{sep}一般:{what_c},5分", "10",
                    Either(Ranks((10, 8, 5)), Unsure())))
        out.append((f"{what_a}得10分{sep}{what_b}得7分{sep}{what_c}得0分", "10", Either(Ranks((10, 7, 0)), Unsure())))
    for grades_, m in [(("完全符合", "基本符合", "部分符合", "不符合"), 5), (("高度契合", "较契合", "一般契合", "不契合"), 4),
                       (("非常熟练", "熟练", "一般"), 3)]:
        scores = tuple(range(m, m - len(grades_), -1))
        out.append((",".join(f"{g}为{s}分" for g, s in zip(grades_, scores)) + "。", str(m), Ranks(scores)))
        out.append(("；".join(f"{g}：{s}分" for g, s in zip(grades_, scores)), str(m), Ranks(scores)))
        out.append(("优秀（5分）、良好（4分）、合格（3分）、不合格（0分）", "5", Ranks((5, 4, 3, 0))))
    return out


# ── combined conditions, bands by count (收银员, 驾驶员, 店长) ──────────────────────────────────────────────────────
def combined() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (what, unit), (m, a) in product([("月投诉", "起"), ("安全事故", "起"), ("收银差错", "笔"), ("交通违章", "次")],
                                        [(10, 5), (40, 20)]):
        out.append((f"{what}0{unit}得{m}分,1{unit}得{a}分,2{unit}及以上得0分", str(m), Bands(((0, m), (1, a), (2, 0), (5, 0)))))
        out.append((f"按照要求完成{m}分{what}1{unit}{a}分{what}2{unit}以上0分", str(m), Either(Bands(((0, m), (1, a), (2, 0))),
                                                                                        Unsure())))
        out.append((f"无{what}且按时完成任务得{m}分;{what}1{unit}得{a}分;{what}2{unit}以上不得分", str(m), Unsure()))
        out.append((f"{what}0{unit}得{m}分,1{unit}得{a}分,2{unit}以上且造成损失的扣除当月全部绩效", str(m), Unsure()))
    for name, (m, hi, lo, a) in product(["库存盘点准确率", "安全行驶达标率", "签收率"], [(10, 98, 95, 6), (5, 100, 95, 3)]):
        out.append((f"{name}≥{hi}%且无投诉得{m}分;{lo}%≤{name}<{hi}%得{a}分;低于{lo}%不得分", str(m), Unsure()))
        out.append((f"{name}≥{hi}%得{m}分;{lo}%≤{name}<{hi}%得{a}分;低于{lo}%不得分", str(m),
                    Bands(((100, m), (hi, m), (lo, a), (hi - 1, a) if hi - 1 >= lo else (lo, a), (lo - 1, 0)))))
        out.append((f"盘点差异{100 - hi}%以内{m}分盘点差异{100 - hi}%-{100 - lo}%{a}分盘点差异{100 - lo}%以上0分", str(m),
                    Either(Bands(((0, m), (100 - hi, m), (100 - lo + 1, 0))), Unsure())))
    return out


_ALL = lines() + overs() + bonuses() + counts() + formulas() + grades() + combined()
#: (the first statement of a text the generators write twice)
CASES = first_statements(_ALL)


@cache
def _proposed(text: str, weight: str) -> Proposal:
    return propose(text, weight, "指标")


def test_the_probe_is_of_its_size():
    assert 250 <= len(CASES) <= 400
    assert len({(text, w) for text, w, _want in CASES}) == len(CASES)


test_every_made_up_text_is_scored_as_it_says_or_is_to_check = case_test(CASES, proposed=_proposed)


def test_the_readings_read_their_texts_exactly():
    exact = read_exactly(CASES, _proposed)
    assert exact == 115
