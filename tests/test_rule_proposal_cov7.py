"""Made-up texts in the styles of companies' and departments' KPI sheets: three levels (“挑战值100%,目标值90%,底线值80%;
达到挑战值得满分,达到目标值得80%,低于底线值得0分,之间线性插值”), a 门槛值 (“低于门槛值不得分,…之间按线性插值计分”, “达到
门槛值的按完成率×权重计分”), the rate done times the 权重 (“实际值/目标值×权重分”, “完成率×权重”) with a ceiling on the rate
(“完成率超过100%的按100%计”, “最高不超过120%”), growth 同比/环比 (“同比增长10%得满分,每少1个百分点扣1分”), a 计算公式 written
before the scoring words, “考核标准:…;评分方法:…”, the 权重 written as a share beside the points (“权重20%(20分)”, “20分(权重
20%)”, “客户满意度(权重20%,20分):…”), lower-is-better KPIs (成本, 损耗率, 投诉率: “≤2%得满分,每超0.1%扣1分”), 加减分 rows —
each with what it states (a few situations and their scores) or that it is unsure (to check). Every proposal scores
every situation as the text says, or is not confident; the texts the readings read are proposed exactly (their count
asserted).

Before the readings of this round (397 texts): 91 proposed exactly, 251 flagged, 55 judgement fallbacks, 0 confident and
wrong; after: 130 exactly, 236 flagged, 31 fallbacks, 0 confident and wrong. Taught:

- a 权重 in % beside its points, both the 分值 (“权重20%(20分)。…”, “20分(权重20%);…”, “客户满意度(权重20%,20分):…”),
  restates the 分值 (reading's ``_WEIGHT_WITH_POINTS`` in ``stated_weight_dropped``); either figure other than the 分值
  (“权重10%(20分)” of 分值 10) stays unplaced;
- “考核标准:合格率≥95%;评分方法:达到标准得满分,每降低1个百分点扣1分”: a line in % alone in its clause, then reaching it
  (“达到标准得满分”, “达标得满分”, “达到得满分”) just after it, is the 达标线 of the step (threshold ``_LINE_STATED`` /
  ``_LINE_REACHED`` in ``_target_stated``); two lines before it, or a score for reaching it other than the 分值, are not;
- the three levels with straight lines between (“挑战值…,目标值…,底线值…;达到挑战值得满分,达到目标值得80%(得8分, 得分值的
  80%),低于底线值得0分(不得分),之间线性插值”): the lower of the line through the floor and the target and the line through
  the target and the 挑战值, ``min(A × (r − 底线值) / (目标值 − 底线值), A + (max − A) × (r − 目标值) / (挑战值 − 目标值))``,
  the engine keeping it within 0～分值 (formula ``_three_levels``, order 6840) — always to check, with a note (the score at
  the floor itself and the value in %): 18 fallbacks now flagged and scored right.

Fallbacks left: the three levels with a score at the floor (“达到底线值得60%,低于底线值不得分”: a cliff below a line,
which no straight line holds; 9); “未达到的酌情扣分” (9: judgement by design); “达到标准得8分” of 分值 10 (3: the score
for reaching the line is not the 分值, the rest unsaid); a line in 度 (4: 度 is also 年度/季度, not taken as a unit);
“加减分项:…加N分,…扣M分” with no base (2 of 3: what the score starts from is unsaid).
Flagged and left so by design: growth (同比/环比 lines ask whether the value is the change: the doubt on a change's
base), a step of 0.1% or 0.5% (whether part of a step costs in proportion is unsaid), a deduction with no stop, the
cap of the rate at 120% (above the 分值), a 门槛值 before a share of the target (the cliff and the quotient read apart).

The checker is ``tests/probe_checks.py``'s.
"""
from __future__ import annotations

from decimal import Decimal
from functools import cache
from itertools import product

from services.frameworks.proposal import Proposal, propose
from tests.probe_checks import Either, Fault, Faults, Fn, Want, case_test, first_statements, read_exactly
from tests.proposals import Bands, Per, Unsure, dec

_FULL = str.maketrans("0123456789%.", "０１２３４５６７８９％．")


def _line(m: int, line: Decimal | int | str, x: str, values: tuple, step: str = "1") -> Bands:
    """Higher is better: the 分值 at or above the line, x off each ``step`` short, never below 0."""
    ln, st = dec(line), dec(step)
    return Bands(tuple((v, max(Decimal(0), dec(m) - dec(x) * max(Decimal(0), ln - dec(v)) / st)) for v in values))


def _ceiling(m: int, line: Decimal | int | str, x: str, values: tuple, step: str = "1") -> Bands:
    """Lower is better: the 分值 at or below the line, x off each ``step`` over, never below 0."""
    ln, st = dec(line), dec(step)
    return Bands(tuple((v, max(Decimal(0), dec(m) - dec(x) * max(Decimal(0), dec(v) - ln) / st)) for v in values))


def _share(m: int, cap: Decimal | None = None) -> Either:
    """The 分值 times the rate done (actual over target), at most ``cap`` × 分值 (None: the 分值)."""
    top = dec(m) * (cap if cap is not None else Decimal(1))
    pts = lambda v: min(top, dec(m) * dec(v) / 100)  # noqa: E731
    values = (130, 100, 80, 50, 0)
    return Either(Bands(tuple((v, pts(v)) for v in values)),
                  Fn(("实际|完成", "目标|计划|指标"), tuple(((v, 100), pts(v)) for v in values)))


def _between(m: int, low: int, high: int) -> Bands:
    """Nothing at or below ``low``, the 分值 at or above ``high``, a straight line between."""
    pts = lambda v: max(Decimal(0), min(dec(m), dec(m) * (dec(v) - low) / (high - low)))  # noqa: E731
    return Bands(tuple((v, pts(v)) for v in (high + 5, high, (low + high) / 2, low, low - 5)))


def _three(m: int, top: int, mid: int, low: int, share: str = "0.8") -> Bands:
    """挑战值 the 分值, 目标值 ``share`` of it, 底线值 and below nothing, straight lines between."""
    s = dec(share) * m
    a = lambda v: s + (dec(m) - s) * (dec(v) - mid) / (top - mid)  # noqa: E731
    b = lambda v: s * (dec(v) - low) / (mid - low)  # noqa: E731
    return Bands(((top + 5, dec(m)), (top, dec(m)), ((top + mid) / 2, a((top + mid) / 2)), (mid, s),
                  ((mid + low) / 2, b((mid + low) / 2)), (low - 5, 0)))


def _levels(m: int, top: int, mid: int, low: int, at_mid: str, at_low: str) -> Bands:
    """挑战值 the 分值, 目标值 ``at_mid`` of it, 底线值 ``at_low`` of it, below nothing, straight lines between."""
    s, t = dec(at_mid) * m, dec(at_low) * m
    a = lambda v: s + (dec(m) - s) * (dec(v) - mid) / (top - mid)  # noqa: E731
    b = lambda v: t + (s - t) * (dec(v) - low) / (mid - low)  # noqa: E731
    return Bands(((top + 5, dec(m)), (top, dec(m)), (Decimal(top + mid) / 2, a(Decimal(top + mid) / 2)), (mid, s),
                  (Decimal(mid + low) / 2, b(Decimal(mid + low) / 2)), (low - 5, 0)))


# ── 目标值/挑战值/底线值, straight lines between ───────────────────────────────────────────────────────────────────
def three_levels() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (m, top, mid, low), what in product([(10, 100, 90, 80), (20, 110, 100, 90), (15, 98, 95, 90)],
                                            ["", "营业收入完成率", "利润完成率"]):
        w = str(m)
        zero = _three(m, top, mid, low)
        out.append((f"{what}挑战值{top}%,目标值{mid}%,底线值{low}%;达到挑战值得满分,达到目标值得80%,低于底线值得0分,之间线性插值",
                    w, Either(zero, Unsure())))
        out.append((f"{what}目标值{mid}%,挑战值{top}%,底线值{low}%。达到挑战值得满分,达到目标值得分值的80%,低于底线值不得分,"
                    "其间按线性插值计分", w, Either(zero, Unsure())))
        out.append((f"{what}达到挑战值({top}%)得满分,达到目标值({mid}%)得80%,低于底线值({low}%)得0分,之间线性插值", w,
                    Either(zero, Unsure())))
        out.append((f"{what}达到挑战值{top}%得100%,达到目标值{mid}%得80%,达到底线值{low}%得60%,低于底线值不得分,之间按线性插值", w,
                    Either(_levels(m, top, mid, low, "0.8", "0.6"), Unsure())))
        out.append((f"{what}达到挑战值{top}%得{m}分,达到目标值{mid}%得{m * 4 // 5}分,低于底线值{low}%不得分,之间线性插值", w,
                    Either(_levels(m, top, mid, low, str(Decimal(m * 4 // 5) / m), "0"), Unsure())))
        out.append((f"{what}挑战值{top}%,目标值{mid}%,底线值{low}%;达到挑战值得满分,达到目标值得80%,低于底线值得0分,之间酌情打分",
                    w, Unsure()))
    return out


# ── 门槛值 ─────────────────────────────────────────────────────────────────────────────────────────────────────────
def gates() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (m, low, high), what in product([(10, 80, 100), (20, 60, 100), (15, 90, 100)], ["完成率", "销售目标完成率"]):
        w = str(m)
        line = _between(m, low, high)
        out.append((f"门槛值{low}%,目标值{high}%;低于门槛值不得分,达到目标值得满分,门槛值与目标值之间按线性插值计分", w,
                    Either(line, Unsure())))
        out.append((f"{what}门槛值{low}%,目标值{high}%。{what}≤{low}%得0分,{what}≥{high}%得满分,之间按线性插值计分", w,
                    Either(line, Unsure())))
        out.append((f"{what}达到{high}%的得满分,{what}小于或等于{low}%的得0分,其余按线性内插赋分", w, Either(line, Unsure())))
        share = Bands(tuple((v, Decimal(0) if v < low else min(dec(m), dec(m) * v / 100)) for v in (120, 100, low + 5, low, low - 5, 0)))
        out.append((f"{what}低于门槛值{low}%的不得分,达到门槛值的按{what}×权重计分,最高不超过权重分", w, Either(share, Unsure())))
        out.append((f"设门槛值{low}%,{what}未达门槛值不得分;达到门槛值的,得分={what}×权重", w, Either(share, Unsure())))
        out.append((f"{what}<{low}%(门槛值)不得分;{what}≥{low}%的,得分={what}×{m},最高{m}分", w, Either(share, Unsure())))
        half = m // 2
        tiers = Bands(((high + 5, m), (high, m), (high - 1, half), (low, half), (low - 1, 0)))
        out.append((f"{what}达到目标值{high}%得{m}分,达到门槛值{low}%得{half}分,未达到门槛值不得分", w, tiers))
        out.append((f"{what}≥{high}%(目标值)得{m}分;{low}%(门槛值)≤{what}<{high}%得{half}分;{what}<{low}%不得分", w,
                    Either(tiers, Unsure())))
        out.append((f"{what}≥{high}%得{m}分;{low}%≤{what}<{high}%得{half}分;{what}<{low}%不得分", w, tiers))
    return out


# ── the rate done × the 权重, a ceiling on the rate ────────────────────────────────────────────────────────────────
def shares() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for m in (10, 15, 20, 30):
        w = str(m)
        share = _share(m)
        out.append(("得分=实际值/目标值×权重分", w, Either(share, Unsure())))
        out.append(("实际值/目标值×权重分,最高不超过权重分", w, Either(share, Unsure())))
        out.append(("得分=完成率×权重分", w, share))
        out.append(("完成率×权重", w, Either(share, Unsure())))
        out.append(("得分=完成率×权重,完成率最高不超过100%", w, share))
        out.append(("得分=完成率×权重分,完成率超过100%的按100%计", w, share))
        out.append(("完成率×权重(完成率超过100%按100%计算)", w, share))
        out.append((f"得分=完成率×{m}", w, share))
        out.append((f"得分=完成率×{m},最高{m}分", w, share))
        out.append((f"按完成率计分:得分=完成率×{m}分,超额完成不加分", w, share))
        out.append(("完成率×权重,完成率最高不超过120%", w, Unsure()))
        out.append(("得分=实际值/目标值×权重分,最高不超过权重分的120%", w, Unsure()))
        out.append(("完成率(实际值/目标值)×权重分,封顶120%", w, Unsure()))
        out.append(("得分=完成率×权重,完成率最高不超过120%,低于60%不得分", w, Unsure()))
    return out


# ── growth on the year before or the month before ──────────────────────────────────────────────────────────────
def growth() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (m, g, x), what in product([(10, 10, "1"), (20, 8, "2"), (15, 5, "0.5")], ["营业收入", "净利润"]):
        w = str(m)
        want = _line(m, g, x, (g + 3, g, g - 1, g - 3, 0))
        out.append((f"{what}同比增长{g}%得满分,每少1个百分点扣{x}分,扣完为止", w, want))
        out.append((f"{what}同比增长{g}%及以上得满分,每低1个百分点扣{x}分,扣完为止", w, want))
        out.append((f"{what}同比增长≥{g}%得{m}分,每少1个百分点扣{x}分,扣完为止", w, want))
        out.append((f"{what}环比增长{g}%以上得满分;每低1个百分点扣{x}分,扣完为止", w, want))
        out.append((f"{what}较上年增长{g}%以上的得满分,增幅每减少1个百分点扣{x}分,扣完为止", w, Either(want, Unsure())))
        out.append((f"{what}同比增长{g}%得满分,每少1个百分点扣{x}分", w, Either(want, Unsure())))
        out.append((f"{what}同比增长{g}%得满分,每少1个百分点扣{x}分,每多1个百分点加{x}分", w, Unsure()))
    return out


# ── a 计算公式 written before the scoring words; “考核标准:…;评分方法:…” ─────────────────────────────────────────────
def formulas_first() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (m, line, x), (what, num, den) in product(
            [(10, 95, "1"), (20, 90, "2"), (5, 98, "0.5")],
            [("合格率", "合格数", "总数"), ("及时率", "按时完成数", "应完成数"), ("回款率", "实际回款额", "应回款额")]):
        w = str(m)
        want = _line(m, line, x, (100, line, line - 1, line - 3, 0))
        out.append((f"计算公式:{what}={num}/{den}×100%。{what}≥{line}%得满分,每低1个百分点扣{x}分,扣完为止", w, want))
        out.append((f"{what}={num}/{den}×100%;{what}≥{line}%得满分,每降低1%扣{x}分,扣完为止", w, want))
        out.append((f"计算公式:{num}/{den}×100%。评分标准:≥{line}%得满分,每低1个百分点扣{x}分,扣完为止", w, Either(want, Unsure())))
        out.append((f"考核标准:{what}≥{line}%;评分方法:达到标准得满分,每降低1个百分点扣{x}分,扣完为止", w, want))
        out.append((f"考核标准:{what}不低于{line}%。评分方法:达到得满分,每低1%扣{x}分,扣完为止。", w, want))
        out.append((f"考核标准:{what}≥{line}%;评分方法:达到标准得满分,未达到的酌情扣分", w, Unsure()))
    for m, x in ((10, "1"), (20, "2"), (5, "0.5")):
        w = str(m)
        out.append((f"考核标准:按时完成;评分方法:按时完成得满分,每延迟1天扣{x}分,扣完为止", w, Per(x)))
        out.append((f"考核标准:全年无重大质量事故;评分方法:每发生1起扣{x}分,扣完为止", w, Per(x)))
        out.append((f"考核标准:客户有效投诉为0;评分方法:每发生1起有效投诉扣{x}分,扣完为止", w, Per(x)))
        want = _ceiling(m, 2, x, (1, 2, 3, 5, 100))
        out.append((f"考核标准:损耗率≤2%;评分方法:达到标准得满分,每超过1个百分点扣{x}分,扣完为止", w, want))
        out.append((f"考核标准:投诉率≤2%。评分方法:达标得满分,每高1个百分点扣{x}分,扣完为止", w, want))
        out.append((f"考核标准:合格率≥95%,抽检合格率≥90%;评分方法:达到标准得满分,每降低1个百分点扣{x}分,扣完为止", w, Unsure()))
        out.append((f"考核标准:合格率≥95%;评分方法:达到标准得{m - 2}分,每降低1个百分点扣{x}分,扣完为止", w, Unsure()))
    return out


# ── the 权重 written as a share beside the points ──────────────────────────────────────────────────────────────────
def weights() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for m, (line, x), what in product((10, 20), [(95, "2"), (90, "1")], ["客户满意度", "计划完成率"]):
        w = str(m)
        want = _line(m, line, x, (100, line, line - 1, line - 3, 0))
        out.append((f"权重{m}%,{what}≥{line}%得{m}分,每低1个百分点扣{x}分,扣完为止", w, Either(want, Unsure())))
        out.append((f"{what}(权重{m}%,{m}分):达到{line}%得满分,每低1个百分点扣{x}分,扣完为止", w, Either(want, Unsure())))
        out.append((f"权重{m}%({m}分)。{what}≥{line}%得满分,每低1个百分点扣{x}分,扣完为止", w, Either(want, Unsure())))
        out.append((f"{m}分(权重{m}%);{what}≥{line}%得满分,每低1个百分点扣{x}分,扣完为止", w, Either(want, Unsure())))
        out.append((f"权重{m * 2}%。{what}≥{line}%得满分,每低1个百分点扣{x}分,扣完为止", w, Unsure()))
        out.append((f"权重{m}%({m * 2}分)。{what}≥{line}%得满分,每低1个百分点扣{x}分,扣完为止", w, Unsure()))
    return out


# ── lower is better: 成本, 损耗率, 投诉率 ──────────────────────────────────────────────────────────────────────────────
def lower_better() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (m, c, s, x), what in product([(10, 2, "0.1", "1"), (5, 1, "0.1", "0.5"), (20, 3, "0.5", "2")],
                                      ["损耗率", "客户投诉率"]):
        w = str(m)
        st = dec(s)
        values = (c - 1, c, c + st, c + 3 * st, c + 100 * st)
        want = _ceiling(m, c, x, values, s)
        out.append((f"{what}≤{c}%得满分,每超{s}%扣{x}分,扣完为止", w, want))
        out.append((f"{what}≤{c}%得满分,每超{s}个百分点扣{x}分,扣完为止", w, want))
        out.append((f"{what}控制在{c}%以内得满分,每超过{s}个百分点扣{x}分,扣完为止", w, want))
        out.append((f"{what}不高于{c}%得{m}分,每高出{s}个百分点扣{x}分,扣完为止", w, want))
        out.append((f"{what}≤{c}%,得满分;>{c}%,每增加{s}%扣{x}分,扣完为止", w, want))
        out.append((f"{what}≤{c}%得满分,每超{s}%扣{x}分", w, Either(want, Unsure())))
        out.append((f"{what}≤{c}%得满分,每超{s}%扣{x}分,扣完为止".translate(_FULL), w, Either(want, Unsure())))
        out.append((f"{what}≤{c}%得满分,每超{s}%扣{x}分,扣完为止;发生重大质量事故本项不得分", w, Unsure()))
    for (m, c, x), what in product([(10, 50, "1"), (20, 120, "2")], ["单位成本", "吨耗电量"]):
        w = str(m)
        unit = "元" if what == "单位成本" else "度"
        want = _ceiling(m, c, x, (c - 5, c, c + 1, c + 3, c + 50))
        out.append((f"{what}≤{c}{unit}得满分,每超1{unit}扣{x}分,扣完为止", w, want))
        out.append((f"{what}控制在{c}{unit}以内得满分,每超过1{unit}扣{x}分,扣完为止", w, want))
    return out


# ── 加减分 rows ─────────────────────────────────────────────────────────────────────────────────────────────────────
def plus_minus() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for m, x in ((5, "1"), (10, "2"), (6, "0.5")):
        w = str(m)
        out.append((f"减分项:每发生1起质量事故扣{x}分,扣完为止", w, Per(x)))
        out.append((f"减分项:每发生1次安全生产事故扣{x}分,扣完为止", w, Per(x)))
        out.append((f"加分项:获得省级表彰每次加{x}分,最高加{m}分", w,
                    Either(Faults((Fault("表彰|省级", f"+{x}", True),), base="0"), Unsure())))
        out.append((f"加减分:每提出1条被采纳的合理化建议加{x}分,每发生1次违规扣{x}分;本项最高{m}分,最低0分", w, Unsure()))
        out.append((f"加减分项:获市级以上表彰的加{x}分,发生安全事故的扣{m}分", w, Unsure()))
    return out


_ALL = three_levels() + gates() + shares() + growth() + formulas_first() + weights() + lower_better() + plus_minus()
#: (the first statement of a text the generators write twice)
CASES = first_statements(_ALL)


def _own(p: Proposal, m: Decimal, want: object) -> str | None:
    """A lower-is-better line read as 上限控制 is not checked on the values here: counted as not scoring as stated."""
    if not isinstance(want, Bands) or len(p.items) != 1 or p.items[0]["type"] != "upper_bound":
        return None
    return "read as upper_bound"


@cache
def _proposed(text: str, weight: str) -> Proposal:
    return propose(text, weight, "指标")


def test_the_probe_is_of_its_size():
    assert 200 <= len(CASES) <= 400
    assert len({(text, w) for text, w, _want in CASES}) == len(CASES)


test_every_made_up_text_is_scored_as_it_says_or_is_to_check = case_test(CASES, proposed=_proposed, own=_own)


def test_the_readings_read_their_texts_exactly():
    exact = read_exactly(CASES, _proposed, _own)
    assert exact == 138  # (130 before the readings of cov16, test_rule_proposal_cov16.py)
