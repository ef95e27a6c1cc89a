"""Made-up texts in the house styles of this round's readings — three levels (挑战值/目标值/底线值) with straight lines
between, the 权重 in % beside its points, “考核标准:…;评分方法:…”, 一次 inside a rate's name, a consumption over its 定额,
a bonus over a quota, a check's score in bands, lessons (节/课时/学时) as the units of a line and its step, the places of
an award, a workload as a base, fees over a budget, points per 1% saved, runs of whole years as bands, honours listed
with 、 — and the tuning files' styles (cov7, cov9, cov12, cov13, cov14), with near variants meant to trip the new
readings (other units, a second clause, a cap short of the 分值, bands whose ends disagree, 扣 vs 加, a rate vs an
amount, a score at the floor), each with what it states (a few situations and their scores) or that it is unsure (to
check). Every proposal scores every situation as the text says, or is not confident.

Confident readings found scoring wrong, and mended (44 texts of the 396 before mending, by cause):

- a rate kept within its quota or budget (“废品率每超定额1个百分点扣1分,扣完为止”, “原材料损耗率不超定额得满分,每超定额
  1%扣0.5分”, “人工成本占比控制在预算内得满分,每超预算1个百分点扣1分”) was read surely as 上限控制, which takes the
  excess in % of the limit: a scrap rate of 3% against a quota of 2% is 1 个百分点 over, but 50% over, and scored 0, not
  9. ``_over_quota`` (order 7800) and the 定额 branch of ``_within_limit`` had no rate's note, and ``_within_limit``'s
  knew 率/比例/比重 but not 占比. Now a limit named as a rate or a share (率, 比例, 比重, 占比, 比) is to check with a note
  in all three (upper_bound ``_rate_doubt``; ``_over_budget`` had it already) (17 texts);
- the places or grades of one award or rating other than ``_PLACE``'s (“获金牌加5分、银牌加3分、铜牌加2分”, “冠军3分;
  亚军2分;季军1分”, 一等功/二等功, 金质奖/银质奖, 甲等/乙等/丙等) were read surely as a 要点核查 whose points add up, only
  because they summed to the 分值; and grades with the verb kept in their labels (“获优秀加5分、良好加3分、合格加2分”:
  “良好加”) escaped ``_grades_of_one``. Now ``_PLACE`` holds 金牌/银牌/铜牌, 金质奖…, 冠军/亚军/季军, N等功, 优胜/纪念/入围奖,
  甲等/甲级…, A级/AAA级 (checklist ``_summed``'s doubt), and ``_grades_of_one`` strips 加/计/记 as it strips 得 (11
  texts);
- a fault at another level or degree after a fault counted per case, its 每 left out (“受到国家级通报批评每次扣3分、省级扣2分、
  市级扣1分,扣完为止”, “被国家级通报每次扣3分,省级扣2分…”, “轻伤每人次扣2分,重伤扣5分,扣完为止”), was read surely as
  taken once (是否省级, 是否重伤): the 扣 counterpart of ``_EACH_ELIDED`` (which reads only 得/计/加). Now to check, with a
  note, where the fault's words are the counted one's but for a level (国家级/省级/市级…) or degree (轻/重, 一般/严重…) or a
  level alone (formula ``_faults``, ``_at_another_level``) (16 texts).

Readings left to check that would score some situations otherwise (not confident, so no bar): three levels (always, by
design; a score at the floor, levels out of order, the target's points past the 分值, “超过挑战值…加分”), a line said
strictly (“>95%”), a cap short of the 分值 or a floor after a KPI's 考核标准, a rate's limit read as % of it, a bonus over
a quota and points per 1% saved (by design), a cap or a cliff after a quota's or a budget's step, check-score bands
whose ends disagree (“80-90分” beside “≥90分”, “80-95分”), bands of 扣, lessons stepped in another unit or by 2, the
workload not done, the places of one award (each counted, or the highest), runs of years with a record's clause, a
step per year short of a run (“连续3年…得满分,每少1年扣N分”).
Of the 396: 86 read surely and exactly, 217 flagged, 93 judgement fallbacks (most of them the near variants meant to
be unsure), 0 confident and wrong.

The checker is ``tests/probe_checks.py``'s, with an amount kept within its quota or budget read as 上限控制 checked by
its overrun in %, and a rate kept within its quota checked on the rate and the quota.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from itertools import product
from typing import Any

from services.frameworks.proposal import Proposal, propose
from tests.probe_checks import Either, Fault, Faults, Want, first_statements, overrun_wrongly, probe_tests
from tests.proposals import Bands, Per, Ranks, Unsure, dec, item_score

_FULL = str.maketrans("0123456789%.", "０１２３４５６７８９％．")


@dataclass(frozen=True)
class Overrun(Bands):
    """Bands of an amount's overrun in % of its quota or budget (0: within it)."""


@dataclass(frozen=True)
class RateOver:
    """A rate against its quota (both in %): ((the rate, the quota), the score) — the excess in percentage points."""
    samples: tuple[tuple[tuple[Any, Any], Any], ...]


def _any(*wants: Any) -> Any:
    """Any of several statements is a fair reading."""
    return wants[0] if len(wants) == 1 else Either(wants[0], _any(*wants[1:]))


def _line(m: int, line: Any, x: str, values: tuple, step: str = "1", cap: Any = None) -> Bands:
    """Higher is better: the 分值 at or above the line, x off each ``step`` short (at most ``cap``), never below 0."""
    ln, st = dec(line), dec(step)
    top = dec(cap) if cap is not None else dec(m)
    return Bands(tuple((v, max(Decimal(0), dec(m) - min(top, dec(x) * max(Decimal(0), ln - dec(v)) / st))) for v in values))


def _ceiling(m: int, line: Any, x: str, values: tuple, step: str = "1") -> Bands:
    """Lower is better: the 分值 at or below the line, x off each ``step`` over, never below 0."""
    ln, st = dec(line), dec(step)
    return Bands(tuple((v, max(Decimal(0), dec(m) - dec(x) * max(Decimal(0), dec(v) - ln) / st)) for v in values))


def _three(m: int, top: int, mid: int, low: int, at_mid: str = "0.8", at_low: str = "0") -> Bands:
    """挑战值 the 分值, 目标值 ``at_mid`` of it, 底线值 ``at_low`` of it, below nothing, straight lines between."""
    s, f = dec(at_mid) * m, dec(at_low) * m
    a = lambda v: s + (dec(m) - s) * (dec(v) - mid) / (top - mid)  # noqa: E731
    b = lambda v: f + (s - f) * (dec(v) - low) / (mid - low)  # noqa: E731
    return Bands(((top + 5, dec(m)), (top, dec(m)), (Decimal(top + mid) / 2, a(Decimal(top + mid) / 2)), (mid, s),
                  (Decimal(mid + low) / 2, b(Decimal(mid + low) / 2)), (low - 5, 0)))


# ── three levels (cov7) ────────────────────────────────────────────────────────────────────────────────────────────
def three_levels() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (m, top, mid, low), what in product([(10, 100, 90, 80), (15, 105, 100, 95)],
                                            ["", "销售收入完成率"]):
        w = str(m)
        line = _three(m, top, mid, low)
        out.append((f"{what}挑战值{top}%,目标值{mid}%,底线值{low}%;达到挑战值得满分,达到目标值得80%,低于底线值得0分,之间线性插值",
                    w, Either(line, Unsure())))
        out.append((f"{what}底线值{low}%,目标值{mid}%,挑战值{top}%;达到挑战值得{m}分,达到目标值得分值的80%,低于底线值不得分,"
                    "其间按线性插值计分", w, Either(line, Unsure())))
        # a score at the floor itself: a cliff below it
        out.append((f"{what}挑战值{top}%,目标值{mid}%,底线值{low}%;达到挑战值得满分,达到目标值得80%,达到底线值得50%,"
                    "低于底线值得0分,之间线性插值", w, Either(_three(m, top, mid, low, "0.8", "0.5"), Unsure())))
        # no straight lines said: a ladder of the levels, or to check
        ladder = Bands(((top + 5, m), (top, m), (mid, dec(m) * dec("0.8")), (low, dec(m) * dec("0.6")), (low - 1, 0)))
        out.append((f"{what}达到挑战值{top}%得满分,达到目标值{mid}%得{_n(dec(m) * dec('0.8'))}分,达到底线值{low}%得"
                    f"{_n(dec(m) * dec('0.6'))}分,低于底线值不得分", w,
                    _any(ladder, Ranks((m, dec(m) * dec("0.8"), dec(m) * dec("0.6"), 0)), Unsure())))
        # an extra clause, a judgement between, levels out of order
        out.append((f"{what}挑战值{top}%,目标值{mid}%,底线值{low}%;达到挑战值得满分,达到目标值得80%,低于底线值得0分,之间线性插值;"
                    f"超过挑战值的每1%加0.5分", w, Unsure()))
        out.append((f"{what}挑战值{low}%,目标值{mid}%,底线值{top}%;达到挑战值得满分,达到目标值得80%,低于底线值得0分,之间线性插值",
                    w, Unsure()))
        # the target's score in points above the 分值
        out.append((f"{what}挑战值{top}%,目标值{mid}%,底线值{low}%;达到挑战值得满分,达到目标值得{m + 2}分,低于底线值得0分,"
                    "之间线性插值", w, Unsure()))
    for m in (10, 8):
        out.append((f"达到挑战值得{m}分,达到目标值得{m - 2}分,达到底线值得{m - 4}分,低于底线值不得分", str(m),
                    Either(Ranks((m, m - 2, m - 4, 0)), Unsure())))
        out.append((f"达到挑战值得{m}分,达到目标值得{m - 2}分,达到底线值得{m - 4}分", str(m),
                    _any(Ranks((m, m - 2, m - 4, 0)), Ranks((m, m - 2, m - 4)), Unsure())))
    return out


def _n(x: Decimal) -> str:
    return format(x.normalize(), "f")


# ── 考核标准:…;评分方法:… and the 权重 beside the points (cov7) ──────────────────────────────────────────────────────
def kpi_lines() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (m, line, x), what in product([(10, 95, "1"), (5, 90, "0.5")], ["合格率", "准时交付率"]):
        w = str(m)
        want = _line(m, line, x, (100, line, line - 1, line - 3, 0))
        out.append((f"考核标准:{what}≥{line}%;评分方法:达到标准得满分,每降低1个百分点扣{x}分,扣完为止", w, want))
        out.append((f"考核标准:{what}≥{line}%。评分方法:达标得满分,每低1%扣{x}分,扣完为止。", w, want))
        out.append((f"考核标准:{what}不低于{line}%;评分方法:达到得{m}分,每下降1个百分点扣{x}分,扣完为止", w, Either(want, Unsure())))
        # a line said strictly: at the line itself either reading
        out.append((f"考核标准:{what}>{line}%;评分方法:达到标准得满分,每降低1个百分点扣{x}分,扣完为止", w,
                    Either(_line(m, line, x, (100, line - 1, line - 3, 0)), Unsure())))
        # a cap short of the 分值, a floor, a second clause, a score for reaching it short of the 分值
        out.append((f"考核标准:{what}≥{line}%;评分方法:达到标准得满分,每降低1个百分点扣{x}分,最多扣{_n(dec(m) / 2)}分", w,
                    Either(_line(m, line, x, (100, line, line - 1, line - 3, 0), cap=dec(m) / 2), Unsure())))
        out.append((f"考核标准:{what}≥{line}%;评分方法:达到标准得满分,每降低1个百分点扣{x}分,低于80%不得分", w,
                    Either(Bands(((100, m), (line, m), (line - 1, max(0, m - dec(x)))) + ((79, 0),)), Unsure())))
        out.append((f"考核标准:{what}≥{line}%;评分方法:达到标准得满分,每降低1个百分点扣{x}分,扣完为止;弄虚作假的本项不得分", w,
                    Unsure()))
        out.append((f"考核标准:{what}≥{line}%;评分方法:达到标准得{m - 2}分,每降低1个百分点扣{x}分,扣完为止", w, Unsure()))
        out.append((f"考核标准:{what}≥{line}%;评分方法:达到标准得满分,每提高1个百分点加{x}分,每降低1个百分点扣{x}分", w, Unsure()))
        out.append((f"考核标准:{what}≥{line}%,及时率≥90%;评分方法:达到标准得满分,每降低1个百分点扣{x}分,扣完为止", w, Unsure()))
    for (m, c, x), what in product([(10, 2, "1"), (5, 1, "0.5")], ["投诉率", "返工率"]):
        w = str(m)
        want = _ceiling(m, c, x, (0, c, c + 1, c + 3, 100))
        out.append((f"考核标准:{what}≤{c}%;评分方法:达到标准得满分,每超过1个百分点扣{x}分,扣完为止", w, want))
        out.append((f"考核标准:{what}≤{c}%;评分方法:达标得满分,每高1个百分点扣{x}分,扣完为止", w, want))
        # the step the wrong way for the line: nonsense, to check
        out.append((f"考核标准:{what}≤{c}%;评分方法:达到标准得满分,每降低1个百分点扣{x}分,扣完为止", w, Unsure()))
        # the line in days, not %
        out.append((f"考核标准:处理时限≤{c + 3}天;评分方法:达到标准得满分,每超1天扣{x}分,扣完为止", w,
                    _any(_ceiling(m, c + 3, x, (0, c + 3, c + 4, c + 6, 100)), Per(x), Unsure())))
    for m, (line, x), what in product((10, 20), [(95, "2")], ["客户满意度"]):
        w = str(m)
        want = _line(m, line, x, (100, line, line - 1, line - 3, 0))
        out.append((f"权重{m}%({m}分)。{what}≥{line}%得满分,每低1个百分点扣{x}分,扣完为止", w, Either(want, Unsure())))
        out.append((f"{m}分(权重{m}%);{what}≥{line}%得满分,每低1个百分点扣{x}分,扣完为止", w, Either(want, Unsure())))
        out.append((f"{what}(权重{m}%,{m}分):达到{line}%得满分,每低1个百分点扣{x}分,扣完为止", w, Either(want, Unsure())))
        # a second row's weight and points after it; points beside the weight not the 分值
        out.append((f"{what}(权重{m}%,{m}分):达到{line}%得满分,每低1个百分点扣{x}分,扣完为止;投诉率(权重5%,5分):≤2%得满分", w,
                    Unsure()))
        out.append((f"权重{m}%({m // 2}分)。{what}≥{line}%得满分,每低1个百分点扣{x}分,扣完为止", w, Unsure()))
        out.append((f"{m}分(权重{m * 2}%);{what}≥{line}%得满分,每低1个百分点扣{x}分,扣完为止", w, Unsure()))
        out.append((f"权重{m}%({m}分)。每发生1起有效投诉扣{x}分,扣完为止", w, Per(x)))
        out.append((f"权重{m}%({m}分)。{what}≥{line}%得{m}分,{line - 5}%≤{what}<{line}%得{m // 2}分,{what}<{line - 5}%不得分", w,
                    Either(Bands(((100, m), (line, m), (line - 1, m // 2), (line - 5, m // 2), (line - 6, 0))), Unsure())))
    return out


# ── 一次 inside a rate's name (cov13) ──────────────────────────────────────────────────────────────────────────────
def first_pass() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for name, (line, x, m) in product(["一次交验合格率", "一次性验收合格率"], [(98, "2", 10), (95, "1", 6)]):
        values = (100, line, line - 1, line - 3, 0)
        out.append((f"{name}≥{line}%得满分,每降低1%扣{x}分,扣完为止", str(m), _line(m, line, x, values)))
        out.append((f"{name}≥{line}%得{m}分,{line - 5}%≤{name}<{line}%得{m // 2}分,{name}<{line - 5}%不得分", str(m),
                    Bands(((100, m), (line, m), (line - 1, m // 2), (line - 5, m // 2), (line - 6, 0)))))
        # a count of 一次 beside the rate: another clause
        out.append((f"{name}≥{line}%得满分,每降低1%扣{x}分,扣完为止;出现一次批量质量事故扣{m // 2}分", str(m), Unsure()))
        out.append((f"{name}≥{line}%得满分,每降低1%扣{x}分,扣完为止;每发生一次质量事故扣1分", str(m), Unsure()))
    for x, m in (("1", "10"), ("2", "6")):
        out.append((f"返工一次扣{x}分,扣完为止", m, Per(x)))
        out.append((f"每返工一次扣{x}分,扣完为止", m, Per(x)))
        out.append((f"出现一次交验不合格扣{x}分,扣完为止", m, Either(Per(x), Unsure())))
    return out


# ── a consumption over its 定额, a bonus over a quota (cov13) ─────────────────────────────────────────────────────
def quotas() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (x, m), what in product([("1", 10), ("0.5", 5)], ["单耗", "万元产值综合能耗"]):
        over = Overrun(((0, m), (1, dec(m) - dec(x)), (3, max(Decimal(0), dec(m) - 3 * dec(x))), (60, 0)))
        out.append((f"{what}不超定额得满分,每超定额1%扣{x}分,扣完为止", str(m), Either(over, Unsure())))
        out.append((f"{what}每超定额1%扣{x}分,扣完为止", str(m), Either(over, Unsure())))
        out.append((f"{what}每超出定额1%扣{x}分,扣完为止。", str(m), Either(over, Unsure())))
        # other units, a cap short of the 分值, a cliff, a bonus below the quota, kept points short of the 分值
        out.append((f"{what}每超定额1吨扣{x}分,扣完为止", str(m), Unsure()))
        out.append((f"{what}每超定额1%扣{x}分,最多扣{m // 2}分", str(m),
                    Either(Overrun(((0, m), (1, dec(m) - dec(x)), (60, dec(m) - m // 2))), Unsure())))
        out.append((f"{what}每超定额1%扣{x}分,扣完为止;超定额10%以上不得分", str(m), Unsure()))
        out.append((f"{what}不超定额得满分,每超定额1%扣{x}分,扣完为止;每低于定额1%加{x}分", str(m), Unsure()))
        out.append((f"{what}不超定额得{m - 2}分,每超定额1%扣{x}分,扣完为止", str(m), Unsure()))
    # a rate against its quota: the excess in percentage points (or % of it: to check)
    for (x, m), what in product([("1", 10), ("0.5", 5)], ["废品率", "原材料损耗率"]):
        pts = RateOver((((2, 2), m), ((3, 2), max(Decimal(0), dec(m) - dec(x))), ((5, 2), max(Decimal(0), dec(m) - 3 * dec(x))),
                        ((1, 2), m)))
        out.append((f"{what}每超定额1个百分点扣{x}分,扣完为止", str(m), Either(pts, Unsure())))
        out.append((f"{what}不超定额得满分,每超定额1个百分点扣{x}分,扣完为止", str(m), Either(pts, Unsure())))
        out.append((f"{what}每超定额1%扣{x}分,扣完为止", str(m), Unsure()))
        out.append((f"{what}不超过定额得满分,每超定额1%扣{x}分,扣完为止", str(m), Unsure()))
    for (base, x, cap), what in product([(20, "0.5", 5), (10, "1", 5)], ["产量"]):
        m = base + cap
        up = Bands(((100, base), (102, base + 2 * dec(x)), (140, m)))
        out.append((f"完成{what}定额得{base}分,{what}每超定额1%加{x}分,最多加{cap}分", str(m), Either(up, Unsure())))
        out.append((f"{what}每超定额1%加{x}分,最多加{cap}分", str(cap),
                    _any(Bands(((0, 0), (2, 2 * dec(x)), (40, cap))), Bands(((100, 0), (102, 2 * dec(x)), (140, cap))), Unsure())))
        # a cap short of the 分值, 扣 for 加, another unit, the quota not met scored too
        out.append((f"{what}每超定额1%加{x}分,最多加{cap}分", str(cap + 5), Unsure()))
        out.append((f"{what}每超定额1%扣{x}分,最多扣{cap}分", str(cap), Unsure()))
        out.append((f"{what}每超定额1吨加{x}分,最多加{cap}分", str(cap), Unsure()))
        out.append((f"完成{what}定额得{base}分,{what}每超定额1%加{x}分,最多加{cap}分,未完成定额的每低1%扣1分", str(m), Unsure()))
        out.append((f"完成{what}定额得{base}分,{what}每超定额1%加{x}分,最多加{cap}分", str(base), Unsure()))
    return out


# ── fees over a budget, points per 1% saved (cov14) ────────────────────────────────────────────────────────────────
def budgets() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (what, x), m in product([("管理费用", "2"), ("差旅费", "1"), ("招待费", "0.5")], (10,)):
        want = Either(Overrun(tuple((v, max(Decimal(0), m - dec(x) * v)) for v in (0, 1, 3, 100))), Unsure())
        out.append((f"{what}每超预算1%扣{x}分,扣完为止", str(m), want))
        out.append((f"{what}超预算的,每超1%扣{x}分,扣完为止", str(m), want))
        out.append((f"{what}控制在预算内得满分,每超预算1%扣{x}分,扣完为止", str(m), want))
        out.append((f"{what}每超预算1%扣{x}分", str(m), want))
        # other units, a cap short, a cliff, a second clause, the step in 个百分点
        out.append((f"{what}每超预算1万元扣{x}分,扣完为止", str(m), Unsure()))
        out.append((f"{what}每超预算1%扣{x}分,最多扣{_n(dec(m) / 2)}分", str(m),
                    Either(Overrun(((0, m), (1, m - dec(x)), (100, dec(m) / 2))), Unsure())))
        out.append((f"{what}超预算10%以内的,每超1%扣{x}分;超预算10%以上的不得分", str(m), Unsure()))
        out.append((f"{what}每超预算1%扣{x}分,扣完为止;每节约1%加{x}分", str(m), Unsure()))
        out.append((f"{what}每超预算1个百分点扣{x}分,扣完为止", str(m), Either(Overrun(((0, m), (1, m - dec(x)))), Unsure())))
    for (what, x), m in product([("费用率", "1"), ("销售费用率", "0.5"), ("人工成本占比", "1")], (10,)):
        pts = RateOver((((10, 10), m), ((11, 10), max(Decimal(0), m - dec(x))), ((13, 10), max(Decimal(0), m - 3 * dec(x)))))
        out.append((f"{what}每超预算1%扣{x}分,扣完为止", str(m), Unsure()))
        out.append((f"{what}控制在预算内得满分,每超预算1个百分点扣{x}分,扣完为止", str(m), Either(pts, Unsure())))
        out.append((f"{what}超预算的,每超1个百分点扣{x}分,扣完为止", str(m), Either(pts, Unsure())))
    for (what, k, cap), say in zip([("采购成本", "1", 5), ("物流成本", "0.5", 3)], ["加", "得"]):
        want = Bands(tuple((v, min(dec(cap), dec(k) * v)) for v in (0, 1, 2, cap * 4)))
        out.append((f"{what}每降低1%{say}{k}分,最高{say}{cap}分", str(cap), Either(want, Unsure())))
        out.append((f"{what}较上年每降低1个百分点{say}{k}分,最高{cap}分", str(cap), Either(want, Unsure())))
        out.append((f"{what}每降低1%{say}{k}分,最高{say}{cap}分", str(cap + 5), Unsure()))
        out.append((f"{what}每降低1万元{say}{k}分,最高{say}{cap}分", str(cap), Unsure()))
        out.append((f"{what}每降低1%扣{k}分,最多扣{cap}分", str(cap), Unsure()))
        out.append((f"{what}每上升1%扣{k}分,扣完为止", str(cap), Unsure()))
        out.append((f"{what}每降低1%{say}{k}分", str(cap), Unsure()))
    return out


# ── a check's score in bands (cov13) ───────────────────────────────────────────────────────────────────────────────
def check_scores() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for what, (m, a, b) in zip(["5S检查得分", "验收得分", "审核得分", "评比得分"], [(10, 8, 5), (6, 4, 2), (10, 8, 5), (6, 4, 2)]):
        w = str(m)
        want = Bands(((100, m), (90, m), (85, a), (70, b)))
        out.append((f"{what}≥90分得{m}分,80-90分得{a}分,80分以下得{b}分", w, Either(want, Unsure())))
        out.append((f"{what}≥90分得{m}分,≥80分得{a}分,<80分得{b}分", w, Bands(((100, m), (95, m), (90, m), (85, a), (80, a), (79, b)))))
        out.append((f"{what}≥90分得{m}分,80-89分得{a}分,80分以下得{b}分", w,
                    Either(Bands(((100, m), (90, m), (85, a), (80, a), (79, b))), Unsure())))
        # the top band's score above the 分值, 扣 for 得, a second clause, bands whose ends disagree, a gap
        out.append((f"{what}≥90分得{m + 2}分,80-90分得{a}分,80分以下得{b}分", w, Unsure()))
        out.append((f"{what}≥90分不扣分,80-90分扣{m - a}分,80分以下扣{m - b}分", w, Either(want, Unsure())))
        out.append((f"{what}≥90分得{m}分,80-90分得{a}分,80分以下得{b}分;发现重大问题的本项不得分", w, Unsure()))
        out.append((f"{what}≥90分得{m}分,80-95分得{a}分,80分以下得{b}分", w, Unsure()))
        out.append((f"{what}90分以上{m}分,80分以上{a}分,80分以下{b}分", w, Either(Bands(((100, m), (95, m), (85, a), (70, b))),
                                                                          Unsure())))
    return out


# ── lessons as the units of a line and its step (cov12) ────────────────────────────────────────────────────────────
def lessons() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (line, what, unit), (x, m) in zip(
            [(12, "周课时不少于", "节"), (20, "每学期听课不少于", "节"), (40, "参加继续教育不少于", "学时"),
             (16, "每学期听评课不少于", "课时")],
            [("1", 10), ("0.5", 5), ("0.5", 10), ("1", 5)]):
        want = Either(_line(m, line, x, (line, line + 3, line - 1, line - 2, 0)), Per(x))
        out.append((f"{what}{line}{unit}得满分,每少1{unit}扣{x}分,扣完为止", str(m), want))
        out.append((f"{what}{line}{unit},每少一{unit}扣{x}分,扣完为止", str(m), want))
        # another unit for the step, a step of several, a cap short, a floor, a bonus above, an extra clause
        other = "次" if unit != "次" else "节"
        out.append((f"{what}{line}{unit}得满分,每少1{other}扣{x}分,扣完为止", str(m), Either(want, Unsure())))
        out.append((f"{what}{line}{unit}得满分,每少2{unit}扣{x}分,扣完为止", str(m),
                    Either(_line(m, line, x, (line, line + 3, line - 2, line - 4, 0), "2"), Unsure())))
        out.append((f"{what}{line}{unit}得满分,每少1{unit}扣{x}分,最多扣{m // 2}分", str(m),
                    Either(_line(m, line, x, (line, line - 1, line - 2, 0), cap=m // 2), Unsure())))
        out.append((f"{what}{line}{unit}得满分,每少1{unit}扣{x}分,少于{line // 2}{unit}不得分", str(m),
                    Either(Bands(((line, m), (line - 1, m - dec(x)), (line // 2 - 1, 0))), Unsure())))
        out.append((f"{what}{line}{unit}得满分,每多1{unit}加{x}分,每少1{unit}扣{x}分", str(m), Unsure()))
        out.append((f"{what}{line}{unit}得满分,每少1{unit}扣{x}分,扣完为止;无听课记录的每次扣{x}分", str(m), Unsure()))
    for (b, x, m), (lead, over) in product([(6, "0.5", 10), (4, "1", 8)],
                                           [("完成规定工作量得{b}分", "超工作量每节加{x}分"),
                                            ("基本工作量{b}分", "超工作量每课时加{x}分")]):
        want = Faults((Fault("超", f"+{x}", True),), base=str(b))
        out.append((f"{lead.format(b=b)},{over.format(x=x)},最高{m}分", str(m), Either(want, Unsure())))
        out.append((f"{lead.format(b=b)},{over.format(x=x)},最高{m - 1}分", str(m), Unsure()))
        out.append((f"{lead.format(b=b)},{over.format(x=x)},最高{m}分;未完成工作量的每少1节扣{x}分", str(m), Unsure()))
        out.append((f"{lead.format(b=b)},{over.format(x=x)}", str(m), Unsure()))
    return out


# ── places and grades of one award or assessment (cov12) ──────────────────────────────────────────────────────────
def places() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    sets = [("一等奖", "二等奖", "三等奖"), ("金奖", "银奖", "铜奖"), ("第一名", "第二名", "第三名"), ("金牌", "银牌", "铜牌"),
            ("冠军", "亚军", "季军"), ("一等功", "二等功", "三等功"), ("甲等", "乙等", "丙等"), ("优秀", "良好", "合格"),
            ("特等奖", "一等奖", "二等奖"), ("金质奖", "银质奖", "铜质奖")]
    for k, ((p, q, r), (lead, say, sep)) in enumerate(product(sets, [("获", "加", "、"), ("", "", ";")])):
        a, b, c = (3, 2, 1) if k % 2 else (5, 3, 2)
        m = a + b + c
        out.append((f"{lead}{p}{say}{a}分{sep}{q}{say}{b}分{sep}{r}{say}{c}分", str(m), Either(Ranks((a, b, c)), Unsure())))
    for (p, q, r) in sets[:4]:
        out.append((f"获国家级{p}加3分、省级{p}加2分、市级{p}加1分", "6", Either(Ranks((3, 2, 1)), Unsure())))
        out.append((f"获{p}加3分、{q}加2分、{r}加1分,同一项目按最高奖计", "3", Either(Ranks((3, 2, 1)), Unsure())))
    return out


# ── honours listed with 、, levels of a fault, runs of whole years (cov9) ─────────────────────────────────────────
def levels_years() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (a, b, c, top), lead in product([("3", "2", "1", "5"), ("4", "2", "1", "6")], ["获", "受到"]):
        plus = Faults((Fault("国家", f"+{a}", True), Fault("省", f"+{b}", True), Fault("市", f"+{c}", True)), base="0", top=top)
        out.append((f"{lead}国家级表彰每次加{a}分、省级加{b}分、市级加{c}分,累计不超过{top}分", top, Either(plus, Unsure())))
        out.append((f"{lead}国家级表彰每次得{a}分、省级{b}分、市级{c}分,最高{top}分", top, Either(plus, Unsure())))
        out.append((f"{lead}国家级表彰每次加{a}分、省级加{b}分、市级加{c}分", top, Unsure()))
    for (a, b, c), m, lead in product([("3", "2", "1"), ("5", "3", "1")], ["10"],
                                      ["受到国家级通报批评", "被国家级媒体曝光", "被国家级通报"]):
        minus = Faults((Fault("国家", f"-{a}", True), Fault("省", f"-{b}", True), Fault("市", f"-{c}", True)))
        out.append((f"{lead}每次扣{a}分、省级扣{b}分、市级扣{c}分,扣完为止", m, Either(minus, Unsure())))
        out.append((f"{lead}每次扣{a}分,省级扣{b}分,市级扣{c}分,扣完为止", m, Either(minus, Unsure())))
        out.append((f"{lead}每次扣{a}分、省级每次扣{b}分、市级每次扣{c}分,扣完为止", m, minus))
    for (a, b), m in product([("2", "5"), ("1", "3")], ["10", "20"]):
        out.append((f"轻伤每人次扣{a}分,重伤扣{b}分,扣完为止", m,
                    Either(Faults((Fault("轻伤", f"-{a}", True), Fault("重伤", f"-{b}", True))), Unsure())))
        out.append((f"一般违规每次扣{a}分,严重违规扣{b}分,扣完为止", m,
                    Either(Faults((Fault("一般", f"-{a}", True), Fault("严重", f"-{b}", True))), Unsure())))
    for (a, b, c), unit in zip([("10", "6", "3"), ("6", "4", "2")], ["年", "个年度"]):
        bands = Bands(((3, a), (5, a), (2, b), (1, c)))
        out.append((f"连续3{unit}无不良记录得{a}分,连续2{unit}得{b}分,连续1{unit}得{c}分", a,
                    _any(bands, Ranks((a, b, c)), Unsure())))
        out.append((f"连续3{unit}以上无事故得{a}分,连续2-3{unit}得{b}分,连续1{unit}得{c}分", a, Unsure()))
        out.append((f"连续3{unit}无不良记录得{a}分,连续2{unit}得{b}分,不足2{unit}不得分", a,
                    Either(Bands(((3, a), (5, a), (2, b), (1, 0), (0, 0))), Unsure())))
        out.append((f"连续3{unit}无不良记录得{a}分,连续2{unit}得{b}分,连续1{unit}得{c}分;有失信记录的不得分", a, Unsure()))
        out.append((f"连续3{unit}无不良记录得{int(a) + 2}分,连续2{unit}得{b}分,连续1{unit}得{c}分", a, Unsure()))
        out.append((f"连续3个月无投诉得{a}分,连续2个月得{b}分,连续1个月得{c}分", a, Either(Ranks((a, b, c)), Unsure())))
        out.append((f"连续3{unit}无不良记录得满分,每少1{unit}扣{int(a) // 3}分", a, Unsure()))
    return out


_ALL = (three_levels() + kpi_lines() + first_pass() + quotas() + budgets() + check_scores() + lessons() + places()
        + levels_years())
#: (the first statement of a text the generators write twice)
CASES = first_statements(_ALL)


def _own(p: Proposal, m: Decimal, want: object) -> str | None:
    """An amount (or a rate) within its quota or budget read as 上限控制: scored on the amount and the limit."""
    if isinstance(want, RateOver):
        if len(p.items) != 1 or p.items[0]["type"] != "upper_bound":
            return f"read as {[it['type'] for it in p.items]}"
        for (rate, quota), expected in want.samples:
            got = item_score(p.items[0], {"actual": str(rate), "limit": str(quota)})
            if got != dec(expected):
                return f"{rate}% of {quota}%: {got}, not {expected} (upper_bound)"
        return ""
    if not isinstance(want, Bands) or len(p.items) != 1 or p.items[0]["type"] != "upper_bound":
        return None
    if not isinstance(want, Overrun):
        return "read as upper_bound"
    return overrun_wrongly(p, want.samples)


@cache
def _proposed(text: str, weight: str) -> Proposal:
    return propose(text, weight, "指标")


(test_the_probe_is_of_its_size,
 test_every_made_up_text_is_scored_as_it_says_or_is_to_check) = probe_tests(
    CASES, 300, 400, proposed=_proposed, own=_own)
