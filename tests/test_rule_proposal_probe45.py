"""Made-up texts in the house styles of the readings merged from cov16, cov17 and cov18 — caps said as the weight
(“最高不超过权重”, “超额完成不加分”), “…得满分,否则得分=…”, “以目标值为满分,按比例计分”, min(实际/目标,1)×权重, 按满意度
比例计分, 以100分为满分按比例折算, written formulas with caps, floors and |…| deviations, points per 1% done off the 分值's
scale (cov16); honours with the highest said (“以最高级别计”, “取高”), points before labels numbered ①/(n), grades “按…四个
等次,分别得/依次计” with points joined by “/” (cov17); a target in its own clause then the step naming it (“目标值:98%;
每低于目标值1个百分点扣2分”), a time over a target (“每超出目标时长1小时扣2分”, “每超过规定时限1天扣1分”), a trade's units
of things done (单, 套, 课时, 门), 笔 a count in bands (cov18) — and their near variants where a confident reading would be
wrong: a cap that is not the 分值 (“最高得8分” of 10), “超额完成按比例加分”, 否则 after a line that is not 100%, a formula
whose names are two different things, a target's clause followed by a step against another figure (上年值, 平均值), a
time over a target with a grace or in another unit, 单 inside words (单位, 单项, 清单, 名单), honours said to add up (“可累
计”, “累计不超过”), grade lists with one score fewer or more than grades, remarks after the lists — each with what it
states (a few situations and their scores) or that it is unsure (to check). Every proposal scores every situation as
the text says, or is not confident.

Confident readings found scoring wrong, and mended (54 texts of the 424 before mending, one cause; and one text of them
typed over lines, a second cause, found by test_rule_line_breaks' sample of the probes):

- a step naming the figure it is measured against, that figure not the line's (“目标值:≤3%;每超出上年值1个百分点扣2分”,
  “投诉率≤3%,每超出同期值1个百分点…”, “合格率≥97%得满分,每低于平均值1个百分点…”, “目标值:≤3%;每高于基准值1个百分点…”)
  was read surely as a step from the line (3%, 97%): threshold ``_line_and_step`` took the line from the comparison or
  the target's clause and never looked at what the step names between its way and its size. Now a step naming another
  figure (上年, 去年, 同期, 上期, 上月, 上季, 平均, 均值, 行业, 全省/市/国/区, 同类), or a figure named …值 when the
  line's clause names another …值 (目标值 … 基准值), and that name not standing with the line's figure in one clause
  (“全省平均水平95%,每低于全省平均水平…” read as before; two names of a target, “考核值≥3%。每低于目标值…”, one figure),
  is to check with a note (``_step_against_another``). A
  standard, a target or a plan named in the step alone (“≥95%得满分,每低于标准1个百分点…”, “每低于基准值…” after a
  bare line) is the line's own, read as before (54 texts: 30 after a target's clause, 24 after a bare line);
- options with the points first typed over lines, the last numbered line without points (“(3)2分:逾期完成\n(4)未完成”)
  were read surely with the 4th item joined to the 3rd's words (未完成 scoring 2): a line break after words that close
  no score was read as a wrapped line. Now a line opening on an item's number (“(4)”, “④”, “4.”, “四、”) ends the
  clause before it (wording ``_LINE_NUMBERED`` in ``line_breaks_read``), and the text is to check as when written with
  “;” (test_rule_line_breaks' clause-marks sample: 540 → 541 exact of 547, the 6 left lost on main before this probe).

Readings left to check that would score some situations otherwise (not confident, so no bar): a cap short of the
分值 (“最高得8分” of 10, “最高不超过权重的80%”, min(…,0.8)) or past it (“最高不超过12分”, “1.5倍”, min(…,1.2)),
“超额完成按比例加分”, “超额完成部分按50%加分”, a floor (“最低不低于权重的50%”, “低于60%不得分” after a quotient), 否则
after a line short of 100% or of another quantity, 否则 formulas with a factor or a square, the line the wrong way round
for the quotient, “以目标值的80%为满分”, “以120%为满分”, 以N分为满分 with a floor or a cap, per 1% done off the scale
with a floor, written formulas whose names are of two things (|实际值−目标值|/计划值), honours said to add up (“可累
计”, “累计不超过”, “不同荣誉可累计”, “取最高两项之和”, “同级可累计”, “集体荣誉减半”), honours 每项 with the highest said,
points-first lists with a deduction beside, a ranged score, a top past the 分值 or an item unscored, grade lists with
one score fewer or more, the count said wrongly, the scores reversed or a remark of another situation after them, a
target's clause then a step against 上年值/平均值/同期值, a step of 2 or a bonus above, a time over a target with a
grace (“超出不足半小时的不扣分”, “2小时以内不扣分”, “首次超时不扣分”), another unit, a relative step (10%), a limit in 工作日
and a step in days, trade units with a floor, a base, a second rate or a cap above the 分值, 笔 bands with a band
unsaid or an amount's remark. Read surely and rightly: the caps said as the weight, “超额完成不加分”, 否则 after the
rate's own 100%, “以…为满分,按比例计分”, min(…,1), the target's clause with the step naming it, times over a target,
单/套/课时/门 earned, 单 inside 单位/单据/清单/名单/单项 as deductions per case, 笔 bands, “就高不就低” with none held,
points-first lists that add up (a 要点核查).
Of the 424 (360, three of every five texts of the styles' generators, and 64 near variants of the cause above): 56
read surely and exactly, 0 confident and wrong (54 before the mend).

The checker is ``tests/probe_checks.py``'s, with cov16's ``Quot`` (an actual and a target), probe42's ``Opts`` (situations
named by a word each) and ``Named`` (the words a text names its figures by found in what the proposal asks for, then a
statement of the scores).
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from itertools import product
from typing import Any

from services.frameworks.proposal import Proposal, propose
from tests.probe_checks import Either, Fault, Faults, Want, first_statements, probe_tests, wrongly
from tests.proposals import Bands, Per, Ranks, Unsure, dec
from tests.test_rule_proposal_cov16 import Quot, _own as _own16
from tests.test_rule_proposal_probe42 import Opts, _own as _own42

_FULL = str.maketrans("0123456789%", "０１２３４５６７８９％")


@dataclass(frozen=True)
class Named:
    """Each of ``words`` (alternatives split by “|”) found in what the proposal's one item asks for, then ``want``."""
    words: tuple[str, ...]
    want: Any


def _alt(things: list[Any], others: tuple[Any, ...]) -> list[tuple[Any, Any]]:
    """Each of ``things`` with one of ``others`` in turn."""
    return [(x, others[i % len(others)]) for i, x in enumerate(things)]


def _n(x: Any) -> str:
    return format(dec(x).normalize(), "f")


def _maybe(want: Any) -> Any:
    return Either(want, Unsure())


def _any(*wants: Any) -> Any:
    return wants[0] if len(wants) == 1 else Either(wants[0], _any(*wants[1:]))


def _opts(names: tuple[str, ...], scores: tuple[Any, ...]) -> Opts:
    return Opts(tuple(zip(names, scores)))


def _share(m: Any, floor: Any = None, top: Any = 1, full: Any = 1) -> Quot:
    """The actual ÷ (the target × ``full``) × 分值, at most ``top`` of the 分值, nothing below ``floor`` (in % done)."""
    out = []
    for a, t in ((0, 100), (50, 100), (70, 100), (85, 100), (100, 100), (120, 100), (45, 60)):
        share = min(dec(a) / dec(t) / dec(full), dec(top))
        score = Decimal(0) if floor is not None and dec(a) * 100 / dec(t) < dec(floor) else min(dec(m), dec(m) * share)
        out.append((a, t, _n(score)))
    return Quot(tuple(out))


def _reverse(m: Any) -> Quot:
    out = []
    for a, t in ((80, 100), (100, 100), (125, 100), (200, 100), (50, 40)):
        out.append((a, t, _n(min(dec(m), dec(m) * dec(t) / dec(a)))))
    return Quot(tuple(out))


def _rate(m: Any, values: tuple[Any, ...] = (0, 50, 80, 95, 100, 120), line: Any = 100, floor: Any = None,
          times: Any = 1) -> Bands:
    """A rate in %: the 分值 at or above ``line``, below it the rate × 分值 × ``times``, nothing below ``floor``."""
    out = []
    for v in values:
        if dec(v) >= dec(line):
            s = dec(m)
        elif floor is not None and dec(v) < dec(floor):
            s = Decimal(0)
        else:
            s = min(dec(m), dec(m) * dec(v) / 100 * dec(times))
        out.append((v, s))
    return Bands(tuple(out))


def _short(m: Any, line: Any, x: Any, cap: Any = None, values: tuple[Any, ...] | None = None, step: Any = 1,
           floor: Any = None) -> Bands:
    top = dec(cap) if cap is not None else dec(m)
    values = values or (100, line, dec(line) - 1, dec(line) - 3, dec(line) - 20, 0)
    out = []
    for v in values:
        if dec(v) > 100:
            continue
        s = max(Decimal(0), dec(m) - min(top, dec(x) * max(Decimal(0), dec(line) - dec(v)) / dec(step)))
        out.append((v, Decimal(0) if floor is not None and dec(v) < dec(floor) else s))
    return Bands(tuple(out))


def _over(m: Any, x: Any, cap: Any = None, values: tuple[Any, ...] = (0, 1, 2, 3, 5, 40), line: Any = 0) -> Bands:
    top = dec(cap) if cap is not None else dec(m)
    return Bands(tuple((v, max(Decimal(0), dec(m) - min(top, dec(x) * max(Decimal(0), dec(v) - dec(line)))))
                       for v in values))


# ── caps said as the weight, and caps that are not the 分值 (cov16) ────────────────────────────────────────────────
_PAIRS = [("实际完成值", "目标值"), ("实际销售额", "目标销售额"), ("实际回款额", "计划回款额"), ("实际产量", "计划产量")]


def caps() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (a, t), m in _alt(_PAIRS[:2], ("10", "20")):
        mm = dec(m)
        plain = _share(m)
        out.append((f"得分={a}/{t}×权重,最高不超过权重", m, plain))
        out.append((f"得分={a}/{t}×权重;超额完成不加分", m, plain))
        # a cap short of the 分值, a cap past it, a share of the weight
        out.append((f"得分={a}/{t}×权重,最高得{_n(mm * Decimal('0.8'))}分", m, _maybe(_share(m, top="0.8"))))
        out.append((f"得分={a}/{t}×权重,最高不超过{_n(mm + 2)}分", m, Unsure()))
        out.append((f"得分={a}/{t}×权重,最高不超过权重的80%", m, _maybe(_share(m, top="0.8"))))
        out.append((f"得分={a}/{t}×权重,最高不超过权重的1.5倍", m, Unsure()))
        # the bonus over the target said to count
        out.append((f"得分={a}/{t}×权重,超额完成按比例加分", m, Unsure()))
        out.append((f"得分={a}/{t}×权重,超额完成部分按50%加分", m, Unsure()))
        out.append((f"得分={a}/{t}×权重,超额完成的每超1%加0.1分", m, Unsure()))
        out.append((f"得分={a}/{t}×权重,超额完成不加分,低于60%不得分", m, _maybe(_share(m, 60))))
        out.append((f"得分={a}/{t}×权重,超额完成不加分,未完成的按比例扣分", m, _maybe(plain)))
        out.append((f"得分={a}/{t}×权重,最低不低于权重的50%", m, Unsure()))
    for r, m in _alt(["完成率", "达成率"], ("10", "5")):
        out.append((f"得分={r}×权重,最高不超过权重", m, _share(m)))
        out.append((f"得分={r}×权重(超额完成不加分)", m, _share(m)))
        out.append((f"得分={r}×权重,超额完成按比例加分", m, Unsure()))
        out.append((f"得分={r}×权重,超额完成加分,最高不超过权重的120%", m, Unsure()))
        out.append((f"得分={r}×权重,最高{_n(dec(m) - 1)}分", m, _maybe(_share(m, top=(dec(m) - 1) / dec(m)))))
        out.append((f"{r}×权重,超额完成不扣分", m, Unsure()))
        out.append((f"得分={r}×权重,超额完成不加分;出现重大质量问题的本项不得分", m, Unsure()))
        out.append((f"得分={r}×权重,超额完成不加分,由财务部核定", m, _maybe(_share(m))))
        out.append((f"得分={r}×权重,超额完成不加分,{r}低于100%的不得分", m, Unsure()))
        out.append((f"得分={r}×权重(权重{int(m) + 5}%)", m, Unsure()))
    for (t, a), m in _alt([("预算成本", "实际成本"), ("计划工期", "实际工期")], ("10", "20")):
        out.append((f"得分={t}/{a}×权重,最高不超过权重", m, _reverse(m)))
        out.append((f"得分={t}/{a}×权重,超额完成不加分", m, _maybe(_reverse(m))))
        out.append((f"得分={t}/{a}×权重,最高得{_n(dec(m) / 2)}分", m, Unsure() if False else
                    _maybe(Quot(tuple((a_, t_, _n(min(dec(m) / 2, dec(m) * dec(t_) / dec(a_))))
                                      for a_, t_ in ((80, 100), (100, 100), (200, 100), (400, 100)))))))
    return out


# ── “…得满分,否则得分=…” (cov16) ─────────────────────────────────────────────────────────────────────────────────────
def otherwise() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for r, m in _alt(["完成率", "任务完成率"], ("10", "8")):
        mm = dec(m)
        out.append((f"{r}≥100%得满分,否则得分={r}×分值", m, _maybe(_rate(m))))
        out.append((f"{r}≥100%得满分;否则按{r}×分值计算", m, _maybe(_rate(m))))
        # the line short of 100%: the score jumps at the line
        for line in (95, 90):
            jump = _rate(m, (0, 50, line - 1, line, 99, 100), line=line)
            out.append((f"{r}≥{line}%得满分,否则得分={r}×分值", m, _maybe(jump)))
            out.append((f"{r}达到{line}%得满分,否则按{r}×分值计算", m, _maybe(jump)))
        out.append((f"{r}≥100%得满分,否则得分={r}×分值×0.8", m, _maybe(_rate(m, times="0.8"))))
        out.append((f"{r}≥100%得满分,否则得分=({r}-50%)×2×分值", m, Unsure()))
        out.append((f"{r}≥100%得满分,否则得分={r}×分值,{r}低于60%不得分", m, _maybe(_rate(m, floor=60))))
        out.append((f"{r}≥100%得满分,否则不得分", m, _any(Bands(((100, m), (120, m), (99, 0), (0, 0))), Ranks((m, 0)),
                                                        Unsure())))
        out.append((f"{r}≥100%得{_n(mm - 2)}分,否则得分={r}×分值", m, Unsure()))
        out.append((f"{r}≥100%得满分,否则得分={r}×{_n(mm + 2)}", m, Unsure()))
        out.append((f"{r}≥100%得满分,否则得分={r}×分值,由考核组核定", m, _maybe(_rate(m))))
        out.append((f"{r}≥100%得满分,95%≤{r}<100%得{_n(mm * Decimal('0.8'))}分,否则得分={r}×分值", m, Unsure()))
        out.append((f"客户满意度≥95%得满分,否则得分={r}×分值", m, Unsure()))
        out.append((f"{r}≥100%得满分,否则得分=满意度×分值", m, Unsure()))
    for (a, t), m in _alt([("实际值", "目标值"), ("实际用时", "计划用时")], ("10", "20")):
        out.append((f"{a}≤{t}得满分,否则得分={t}/{a}×权重", m, _maybe(_reverse(m))))
        # the line the wrong way round for the quotient
        out.append((f"{a}≥{t}得满分,否则得分={t}/{a}×权重", m, Unsure()))
        out.append((f"{a}≤{t}×95%得满分,否则得分={t}/{a}×权重", m, Unsure()))
        out.append((f"{a}≤{t}得满分,否则得分={t}/{a}×权重×0.5", m, Unsure()))
    return out


# ── “以目标值为满分,按比例计分” and its near variants (cov16) ─────────────────────────────────────────────────────────
def whole() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (what, say), m in _alt([("目标值", "按比例计分"), ("计划数", "按比例得分"), ("目标任务", "按实际完成比例计分")],
                               ("10", "6")):
        plain = _share(m)
        out.append((f"以{what}为满分,{say}", m, plain))
        out.append((f"以{what}为满分,{say},超额完成不加分", m, plain))
        out.append((f"以{what}为满分,{say},最高不超过权重", m, plain))
        out.append((f"以{what}为满分,{say},超额完成按比例加分", m, Unsure()))
        out.append((f"以{what}为满分,{say},最高得{_n(dec(m) / 2)}分", m, _maybe(_share(m, top="0.5"))))
        out.append((f"以{what}的80%为满分,{say}", m, _maybe(_share(m, full="0.8"))))
        out.append((f"以{what}为满分,{say},低于50%不得分", m, _maybe(_share(m, 50))))
        out.append((f"以{what}为满分,每低1%扣0.5分", m, Unsure()))
        out.append((f"以{what}为满分,{say};未报送数据的不得分", m, Unsure()))
        out.append((f"以{what}为满分,{say},最高不超过{_n(dec(m) + 3)}分", m, Unsure()))
    for full, m in _alt(["120%", "110%", "90%"], ("10", "20")):
        f = dec(full[:-1])
        out.append((f"以{full}为满分,按比例计分", m, _maybe(Bands(((f, m), (f * 2, m), (f / 2, dec(m) / 2))))))
    for (base, what), m in product([("上年实际值", "实际值"), ("全市平均值", "实际值")], ("10",)):
        out.append((f"以{base}为满分,按{what}比例计分", m, _maybe(Named((base[:2],), _share(m)))))
    return out


# ── min(实际/目标,1)×权重 and its near variants (cov16) ───────────────────────────────────────────────────────────────
def minimum() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (a, t), m in _alt(_PAIRS[1:3], ("10", "15")):
        out.append((f"得分=min({a}/{t},1)×权重", m, _share(m)))
        out.append((f"得分=MIN({a}/{t},100%)×权重", m, _share(m)))
        out.append((f"得分=min({a}/{t},1.2)×权重", m, Unsure()))
        out.append((f"得分=max({a}/{t},0)×权重", m, Unsure()))
        out.append((f"得分=min({a}/{t},1)×权重×0.8", m, Unsure()))
        out.append((f"得分=min({a}/{t},0.8)×权重", m, _maybe(_share(m, top="0.8"))))
        out.append((f"得分=min({a}/{t},80%)×权重", m, _maybe(_share(m, top="0.8"))))
        out.append((f"得分=min({a}/{t},1)×{_n(dec(m) + 5)}", m, Unsure()))
        out.append((f"得分=min({a}/{t},1)×权重,低于60%不得分", m, _maybe(_share(m, 60))))
        out.append((f"得分=min({a},{t})/{t}×权重", m, _maybe(_share(m))))
        out.append((f"得分=min({t}/{a},1)×权重", m, _maybe(_reverse(m))))
        out.append((f"得分=min({a}/上年{t[2:] if t.startswith('目标') or t.startswith('计划') else t},1)×权重", m,
                    _maybe(Named(("上年",), _share(m)))))
    return out


# ── satisfactions, 100-point scores, per 1% done (cov16) ──────────────────────────────────────────────────────────
def scales() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for what, m in _alt(["满意度", "学生评教满意度"], ("10", "5")):
        mm = dec(m)
        prop = Bands(((90, mm * Decimal("0.9")), (100, m), (60, mm * Decimal("0.6"))))
        out.append((f"按{what}比例计分", m, _maybe(prop)))
        out.append((f"按{what}比例计分,{what}低于80%不得分", m, _maybe(Bands(((90, mm * Decimal("0.9")), (79, 0))))))
        out.append((f"按{what}比例计分,{what}90%以上得满分", m, Unsure()))
        out.append((f"按{what}比例计分,每发生1起有效投诉扣1分", m, Unsure()))
    for full, m in _alt(["100", "120", "150"], ("10", "20")):
        f, mm = dec(full), dec(m)
        out.append((f"以{full}分为满分,按比例折算", m, _maybe(Bands(((f, m), (f / 2, mm / 2))))))
        out.append((f"以{full}分为满分按比例折算,60分以下不得分", m, Unsure()))
        out.append((f"测评得分以{full}分为满分,按比例折算,最高{_n(mm / 2)}分", m, Unsure()))
    for m, x in (("10", "0.1"), ("10", "0.2"), ("20", "0.1")):
        mm = dec(m)
        on = dec(x) * 100 == mm
        per = Bands(((50, min(mm, dec(x) * 50)), (100, min(mm, dec(x) * 100)), (80, min(mm, dec(x) * 80))))
        out.append((f"每完成1%得{x}分", m, _maybe(per)))
        out.append((f"每完成1%得{x}分,超额完成不加分", m, _maybe(per) if on else Unsure()))
        out.append((f"每完成1%得{x}分,最高{_n(mm + 2)}分", m, Unsure()))
        out.append((f"完成率每提高1%加{x}分", m, Unsure()))
        out.append((f"每完成1%得{x}分,完成率低于60%不得分", m, _maybe(Bands(((59, 0), (80, min(mm, dec(x) * 80))))) if on
                    else Unsure()))
        out.append((f"每完成1万元得{x}分", m, Unsure()))
    return out


# ── written formulas with caps, floors and |…| (cov16) ───────────────────────────────────────────────────────────
def written() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for m in ("10", "20"):
        mm = dec(m)
        dev = Quot(tuple((a, 100, _n(min(mm, max(Decimal(0), mm - (dec(a) - 100) * Decimal("0.5"))))) for a in (90, 100, 104, 150)))
        absdev = Quot(tuple((a, 100, _n(max(Decimal(0), mm * (1 - abs(dec(a) - 100) / 100)))) for a in (80, 100, 130, 250)))
        out.append(("得分=权重-(实际值-目标值)/目标值×100×0.5,扣完为止", m, _maybe(dev)))
        out.append(("得分=分值×(1-|实际值-目标值|/目标值),最低0分", m, _maybe(absdev)))
        # the names of two different things
        out.append(("得分=权重×(1-|实际值-目标值|/计划值)", m, Unsure()))
        out.append(("得分=权重-(实际值-上年值)/目标值×100×0.5,扣完为止", m, Unsure()))
        out.append(("得分=分值×(1-|实际值-预算值|/目标值),最低0分", m, Unsure()))
        out.append(("得分=实际利润/目标收入×权重", m, _maybe(Named(("利润", "收入"), _share(m)))))
        out.append(("得分=实际完成值/上年完成值×权重,最高不超过权重", m, _maybe(Named(("上年",), _share(m)))))
        # a cap other than the 分值, a floor
        out.append(("得分=权重-(实际值-目标值)/目标值×100×0.5,最高8分", m, Unsure()))
        out.append(("得分=分值×(1-|实际值-目标值|/目标值),最低得5分", m, Unsure()))
        out.append(("得分=分值×(1-|实际值-目标值|/目标值),最高不超过权重", m, _maybe(absdev)))
        out.append((f"得分={_n(mm + 5)}-(实际值-目标值)/目标值×100×0.5,最低0分", m, Unsure()))
        out.append(("得分=分值×(1-|实际值-目标值|/目标值)×2,最低0分", m, Unsure()))
        out.append(("偏差率=|实际值-目标值|/目标值×100%,得分=权重×(1-偏差率),偏差率超过50%不得分", m, Unsure()))
        out.append(("偏差率=|实际值-计划值|/目标值×100%,得分=权重×(1-偏差率)", m, Unsure()))
    return out


# ── honours: the highest, or adding up (cov17) ───────────────────────────────────────────────────────────────────
def honours() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (m, a, b), what in _alt([(5, 3, 1), (10, 6, 3)], ("表彰", "荣誉")):
        ranks = Ranks((m, a, b, 0))
        head = f"获国家级{what}得{m}分,省级{a}分,市级{b}分"
        total = Faults((Fault("国家", f"+{m}", None), Fault("省", f"+{a}", None), Fault("市", f"+{b}", None)), base="0")
        out.append((f"{head},以最高级别计", str(m), ranks))
        out.append((f"{head},取高", str(m), _maybe(ranks)))
        out.append((f"{head};同一项目取高,不累计", str(m), _maybe(ranks)))
        # adding up said, the highest and adding up both said
        out.append((f"{head},可累计", str(m), Unsure()))
        out.append((f"{head},可累计,累计不超过{m}分", str(m), _maybe(total)))
        out.append((f"{head},累计不超过{m}分", str(m), _maybe(total)))
        out.append((f"{head},累计最高{m}分", str(m), _maybe(total)))
        out.append((f"{head},同一荣誉以最高级别计,不同荣誉可累计", str(m), Unsure()))
        out.append((f"{head},以最高级别计,不同项目可累计加分,最高{m}分", str(m), Unsure()))
        out.append((f"{head},取最高两项之和", str(m), Unsure()))
        out.append((f"{head},以最高级别计;另获通报表扬的每次加1分", str(m), Unsure()))
        out.append((f"{head},以最高级别计;受到通报批评的扣2分", str(m), Unsure()))
        out.append((f"获国家级{what}每项得{m}分,省级每项{a}分,市级每项{b}分,以最高级别计", str(m), Unsure()))
        out.append((f"{head},以最高级别计,以文件为准", str(m), _maybe(ranks)))
        out.append((f"{head},未获{what}的不得分,就高不就低", str(m), _maybe(ranks)))
        out.append((f"{head},未获{what}的不得分,以最高级别计,累计不超过{m}分", str(m), Unsure()))
        out.append((f"{head},未获{what}的不得分,就高不就低,多项可累计", str(m), Unsure()))
        out.append((f"{head},未获{what}的不得分,取高,但同级可累计", str(m), Unsure()))
        out.append((f"{head},未获{what}的不得分,以最高级别计;集体荣誉减半计分", str(m), Unsure()))
        out.append((f"{head},以最高级别计", str(m + 3), _maybe(ranks)))
        out.append((f"获国家级{what}得{m}分,省级{a}分,市级{b}分,县级{_n(dec(b) / 2)}分,以最高级别计,可累计", str(m), Unsure()))
    return out


# ── points before labels, numbered (cov17) ───────────────────────────────────────────────────────────────────────
def points_first() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    sets = [("完全符合要求", "基本符合", "部分符合", "不符合"), ("按时足额完成", "按时完成但有差错", "逾期完成", "未完成")]
    for labels, (m, a, b), marks in zip(sets * 2, [(10, 8, 5), (6, 4, 2), (6, 4, 2), (10, 8, 5)],
                                        [("①", "②", "③", "④"), ("(1)", "(2)", "(3)", "(4)"), ("1.", "2.", "3.", "4."),
                                         ("①", "②", "③", "④")]):
        pts = (m, a, b, 0)
        body = ";".join(f"{k}{s}分:{lab}" for k, s, lab in zip(marks, pts, labels))
        out.append((body, str(m), _maybe(Ranks(pts))))
        # one more or fewer, a remark, a deduction beside, points past the 分值
        out.append((f"{body};以现场检查为准", str(m), _maybe(Ranks(pts))))
        out.append((f"{body};每发现1处问题另扣1分", str(m), Unsure()))
        out.append((";".join(f"{k}{s}分:{lab}" for k, s, lab in zip(marks, (m + 2, a, b, 0), labels)), str(m), Unsure()))
        out.append((";".join(f"{k}{s}分:{lab}" for k, s, lab in zip(marks, (m, a, b), labels)) + f";{marks[3]}{labels[3]}",
                    str(m), Unsure()))
        out.append((";".join(f"{k}{lo}-{s}分:{lab}" for k, s, lo, lab in zip(marks, (m, a, b), (a + 1, b + 1, 1), labels)),
                    str(m), Unsure()))
        out.append((f"{marks[0]}{m}分:{labels[0]};{marks[1]}每少完成1项扣2分", str(m), Unsure()))
    # points of things each done or not, adding up to the 分值: no choice of one
    for (p1, p2, p3), marks in zip([(3, 3, 4), (2, 4, 4), (5, 3, 2)], [("①", "②", "③"), ("(1)", "(2)", "(3)"), ("1.", "2.", "3.")]):
        things = ("建立管理制度", "落实岗位责任", "台账资料齐全")
        each = Faults(tuple(Fault(x[2:4], f"-{q}", False) for x, q in zip(things, (p1, p2, p3))))
        out.append((";".join(f"{k}{q}分:{x}" for k, q, x in zip(marks, (p1, p2, p3), things)), str(p1 + p2 + p3),
                    _maybe(each)))
        out.append((";".join(f"{k}{x},{q}分" for k, q, x in zip(marks, (p1, p2, p3), things)), str(p1 + p2 + p3),
                    _maybe(each)))
        out.append((";".join(f"{k}{q}分:{x}" for k, q, x in zip(marks, (p1, p2, p3), things)) + ";以上各项可累计",
                    str(p1 + p2 + p3), _maybe(each)))
    return out


# ── grades 按…四个等次 分别得 / 依次计 (cov17) ───────────────────────────────────────────────────────────────────────
def grade_lists() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    counts = {2: "两", 3: "三", 4: "四", 5: "五"}
    for grades, scores in [(("优", "良", "中", "差"), (10, 8, 6, 0)), (("优秀", "良好", "合格", "不合格"), (5, 4, 3, 0)),
                           (("A", "B", "C", "D"), (8, 6, 4, 0)), (("好", "较好", "一般"), (6, 4, 2))]:
        m = str(scores[0])
        n = len(grades)
        g = "、".join(grades)
        s = tuple(map(str, scores))
        want = _opts(grades, scores)
        for say, sep in [(("分别得", "、"), ("依次计", "/"), ("分别计", "/"), ("依次得", "、"))[len(out) % 4]]:
            pts = sep.join(s)
            out.append((f"按{g}{counts[n]}个等次,{say}{pts}分", m, _maybe(want)))
            # one score fewer, one more
            out.append((f"按{g}{counts[n]}个等次,{say}{sep.join(s[:-1])}分", m, Unsure()))
            out.append((f"按{g}{counts[n]}个等次,{say}{pts}{sep}0分", m, Unsure()))
            # the count said wrongly
            out.append((f"按{g}{counts[n - 1]}个等次,{say}{pts}分", m, Unsure()))
            # remarks after the list
            out.append((f"按{g}{counts[n]}个等次,{say}{pts}分,被通报批评的扣2分", m, Unsure()))
            out.append((f"按{g}{counts[n]}个等次,{say}{pts}分;无资料的不得分", m, Unsure()))
            out.append((f"按{g}{counts[n]}个等次,{say}{pts}分,由考核组评定", m, _maybe(want)))
        out.append((f"按{g}{counts[n]}个等次,分别得{'、'.join(reversed(s))}分", m, Unsure()))
        out.append((f"按{g}{counts[n]}个等次,分别得{'、'.join(s)}分", str(int(m) + 2), Unsure()))
        out.append((f"按{g}{counts[n]}个等次,依次计{'/'.join(s)}分,{grades[-1]}等次另扣2分", m, Unsure()))
        out.append((f"按{g}{counts[n]}个等次评定,{grades[0]}得{s[0]}分,其余等次依次递减2分", m, Unsure()))
    return out


# ── a target's clause, then the step naming it (cov18) ───────────────────────────────────────────────────────────
def targets() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (m, line, x, cap), (name, other) in zip([(10, 98, "2", "10"), (15, 95, "1", None), (20, 96, "1", "10")],
                                                [("客户满意度", "上年值"), ("准时率", "平均值"), ("签收率", "同期值")]):
        stop = f"最高扣{cap}分" if cap else "扣完为止"
        want = _short(m, line, x, cap)
        out.append((f"目标值:{line}%;每低于目标值1个百分点扣{x}分,{stop}", str(m), want))
        out.append((f"目标值:{name}≥{line}%;低于目标值的,每低1个百分点扣{x}分,{stop}", str(m), _maybe(want)))
        # the step against another figure
        out.append((f"目标值:{line}%;每低于{other}1个百分点扣{x}分,{stop}", str(m), Unsure()))
        out.append((f"目标值:{line}%;{other}:{line - 3}%;每低于{other}1个百分点扣{x}分,{stop}", str(m),
                    _maybe(_short(m, line - 3, x, cap))))
        out.append((f"{other}:{line - 3}%;目标值:{line}%;每低于{other}1个百分点扣{x}分,{stop}", str(m),
                    _maybe(_short(m, line - 3, x, cap))))
        out.append((f"目标值:{line}%(上年{line - 2}%);每低于目标值1个百分点扣{x}分,{stop}", str(m), _maybe(want)))
        # a floor, a step of 2, a bonus above, the line short of the 分值
        out.append((f"目标值:{line}%;每低于目标值1个百分点扣{x}分,{stop},低于{line - 10}%不得分", str(m),
                    _maybe(_short(m, line, x, cap, floor=line - 10))))
        out.append((f"目标值:{line}%;每低于目标值2个百分点扣{x}分,{stop}", str(m),
                    _maybe(_short(m, line, x, cap, (100, line, line - 2, line - 4, 0), step=2))))
        out.append((f"目标值:{line}%;每低于目标值1个百分点扣{x}分,每高于目标值1个百分点加{x}分,{stop}", str(m), Unsure()))
        out.append((f"目标值:{line}%;达到目标值得{m - 2}分,每低于目标值1个百分点扣{x}分,{stop}", str(m), Unsure()))
        out.append((f"目标值:{line}%;每低于目标值1个百分点扣{x}分,{stop};数据造假的本项不得分", str(m), Unsure()))
    for (m, line, x), other in product([(10, 3, "2"), (5, 2, "1")], ["上年值", "行业平均值"]):
        want = _over(m, x, None, (0, line, line + 1, line + 3, 100), line)
        out.append((f"目标值:≤{line}%;每超出目标值1个百分点扣{x}分,扣完为止", str(m), want))
        out.append((f"目标值:≤{line}%;每超出{other}1个百分点扣{x}分,扣完为止", str(m), Unsure()))
        out.append((f"目标值:≤{line}%;每高于{other}1个百分点扣{x}分,扣完为止", str(m), Unsure()))
    return out


# ── a time over a target (cov18) ─────────────────────────────────────────────────────────────────────────────────
def times() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (lead, unit), (m, x, cap) in zip([("每超出目标时长", "小时"), ("每超过规定时限", "天"),
                                          ("每超过规定时限", "个工作日")], [(10, "2", "10"), (5, "1", None), (8, "1", "4"),
                                                                            (6, "0.5", None)]):
        stop = f",最高扣{cap}分" if cap else ",扣完为止"
        want = _over(m, x, cap)
        out.append((f"{lead}1{unit}扣{x}分{stop}", str(m), want))
        # a grace, another unit for the step, a cliff, a part of a step
        out.append((f"{lead}1{unit}扣{x}分{stop};超出不足半{unit[-1]}的不扣分", str(m), Unsure()))
        out.append((f"超出2{unit}以内不扣分,{lead[0]}{lead[1:]}1{unit}扣{x}分{stop}", str(m), Unsure()))
        out.append((f"{lead}1{unit}扣{x}分{stop},首次超时不扣分", str(m), Unsure()))
        other = "天" if unit == "小时" else "小时"
        out.append((f"目标时长为3{unit},每超出1{other}扣{x}分{stop}", str(m), Unsure()))
        out.append((f"{lead}1{unit}扣{x}分,超过5{unit}不得分", str(m),
                    _maybe(Bands(((0, m), (1, max(0, m - dec(x))), (5, max(0, m - 5 * dec(x))), (6, 0))))))
        out.append((f"{lead}10%扣{x}分{stop}", str(m), Unsure()))
        out.append((f"{lead}1{unit}扣{x}分{stop}(节假日顺延)", str(m), _maybe(want)))
        out.append((f"{lead}1{unit}扣{x}分{stop};未完成的不得分", str(m), Unsure()))
        out.append((f"超出目标时长扣{x}分", str(m), Unsure()))
        out.append((f"规定时限为3个工作日,每超过规定时限1天扣{x}分{stop}", str(m), Unsure()))
        out.append((f"{lead}1{unit}扣{x}分,不足1{unit}按1{unit}计{stop}", str(m),
                    _maybe(Bands(((0, m), (Decimal("0.5"), max(0, m - dec(x))), (Decimal("1.5"), max(0, m - 2 * dec(x))))))))
    return out


# ── a trade's units of things done; 单 inside words (cov18) ──────────────────────────────────────────────────────
def units() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (verb, unit, what), (x, m) in product([("完成", "单", ""), ("成交", "套", ""), ("完成", "课时", "授课"),
                                               ("开发", "门", "新课程")], [("0.5", "10")]):
        earned = Faults((Fault(f"{verb}|{what or unit}|{unit}", f"+{x}", True),), base="0")
        out.append((f"每{verb}1{unit}{what}得{x}分,满分{m}分", m, earned))
        out.append((f"每{verb}1{unit}{what}得{x}分,最高{int(m) - 2}分", m,
                    _maybe(Faults(earned.faults, base="0", top=str(int(m) - 2)))))
        out.append((f"每{verb}1{unit}{what}得{x}分,满分{m}分;被客户投诉的每次扣1分", m, Unsure()))
        out.append((f"每{verb}10{unit}{what}得{x}分,满分{m}分", m, Unsure()))
        out.append((f"每{verb}1{unit}{what}得{x}分,满分{m}分,第二{unit}起每{unit}得{_n(dec(x) / 2)}分", m, Unsure()))
        out.append((f"每{verb}1{unit}{what}得{x}分,满分{m}分", str(int(m) // 2), Unsure()))
    for (say, word), (x, m) in product([("每完成1个单位工程得{x}分,满分{m}分", "单位工程|完成"),
                                        ("每完成1项单项任务得{x}分,满分{m}分", "单项|任务|完成"),
                                        ("每报送1份清单得{x}分,满分{m}分", "清单|报送"),
                                        ("每新增1个签约单位得{x}分,满分{m}分", "签约单位|单位|新增"),
                                        ("每开设1个门店得{x}分,满分{m}分", "门店|开设")], [("1", "5"), ("2", "10")]):
        earned = Faults((Fault(word, f"+{x}", True),), base="0")
        out.append((say.format(x=x, m=m), m, _maybe(earned)))
    for (say, word), (x, m) in product([("每漏报1个单位扣{x}分,扣完为止", "单位"), ("名单每漏报1人扣{x}分,扣完为止", "人|名单"),
                                        ("每发现1张单据不合格扣{x}分,扣完为止", "单据"),
                                        ("清单每漏项1处扣{x}分,扣完为止", "漏项|清单"),
                                        ("单项考核每不合格1项扣{x}分,扣完为止", "单项|不合格")], [("1", "5")]):
        out.append((say.format(x=x), m, Per(x)))
    for (x, m) in [("1", "5"), ("2", "10")]:
        out.append((f"每完成1单得{x}分,满分{m}分,单笔金额低于500元的不计", m, Unsure()))
        out.append((f"每完成1单位得{x}分,满分{m}分", m, _maybe(Faults((Fault("单位|完成", f"+{x}", True),), base="0"))))
        out.append((f"完成1单得{x}分,满分{m}分", m, _maybe(Faults((Fault("单|完成", f"+{x}", True),), base="0"))))
        out.append((f"每完成1单得{x}分,满分{m}分;单均金额低于500元的按半单计", m, Unsure()))
        out.append((f"每完成1单得{x}分,每单金额超过1万元的得{_n(dec(x) * 2)}分,满分{m}分", m, Unsure()))
        out.append((f"每完成1套单元测试得{x}分,满分{m}分", m, _maybe(Faults((Fault("单元测试|套|完成", f"+{x}", True),), base="0"))))
    return out


# ── 笔 a count in bands (cov18) ─────────────────────────────────────────────────────────────────────────────────
def strokes() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for what, (m, a) in _alt(["收银差错", "记账差错"], ((10, 5), (6, 3))):
        out.append((f"{what}0笔得{m}分,1笔得{a}分,2笔及以上得0分", str(m), Bands(((0, m), (1, a), (2, 0), (5, 0)))))
        out.append((f"{what}0笔得{m}分,1-2笔得{a}分,3笔及以上得0分", str(m), _maybe(Bands(((0, m), (1, a), (2, a), (3, 0))))))
        # a band unsaid, 以上 without 及, a remark of amounts, a deduction beside
        out.append((f"{what}0笔得{m}分,1笔得{a}分,3笔及以上得0分", str(m), Unsure()))
        out.append((f"{what}0笔得{m}分,1笔得{a}分,2笔以上得0分", str(m), _maybe(Bands(((0, m), (1, a), (3, 0))))))
        out.append((f"{what}0笔得{m}分,1笔得{a}分,2笔及以上得0分;单笔金额超过1000元的不得分", str(m), Unsure()))
        out.append((f"{what}0笔得{m}分,1笔得{a}分,2笔及以上得0分,金额较大的另扣2分", str(m), Unsure()))
        out.append((f"{what}每笔扣{_n(dec(m) / 5)}分,扣完为止", str(m), Per(_n(dec(m) / 5))))
        out.append((f"{what}每笔扣{_n(dec(m) / 5)}分,单笔金额超1000元的扣{a}分", str(m), Unsure()))
        out.append((f"{what}1笔扣{_n(dec(m) / 5)}分,2笔扣{_n(dec(m) / 2)}分,3笔及以上不得分", str(m),
                    Bands(((0, m), (1, dec(m) - dec(m) / 5), (2, dec(m) / 2), (3, 0), (6, 0)))))
    return out


# ── further near variants of the readings that are sure ──────────────────────────────────────────────────────────
def further() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for m in ("10", "20"):
        mm = dec(m)
        plain = _share(m)
        out.append(("以目标值为满分,按比例扣分", m, _maybe(plain)))
        out.append(("以目标值为基数,按比例计分", m, _maybe(plain)))
        out.append(("以目标值为满分,按完成比例计分,完成率低于50%的按50%计", m, Unsure()))
        out.append(("以目标值为满分,按比例计分,未完成目标的不得分", m, Unsure()))
        out.append(("得分=实际值/目标值×权重,最高不超过权重的一半", m, _maybe(_share(m, top="0.5"))))
        out.append(("得分=实际值/目标值×权重,最高不超过该项权重的两倍", m, Unsure()))
        out.append(("得分=实际值/目标值×权重,超额完成不加分,但未完成的每低1%扣1分", m, Unsure()))
        out.append(("得分=实际值/目标值×权重,超额完成加分不超过2分", m, Unsure()))
        out.append(("完成率≥100%得满分,否则得分=完成率×完成率×分值", m, Unsure()))
        out.append(("完成率≥100%得满分,否则得分=完成率×分值-1", m, Unsure()))
        out.append(("完成率≥100%得满分,否则按完成率的80%×分值计算", m, _maybe(_rate(m, times="0.8"))))
        out.append((f"得分=min(实际值/目标值×权重,{m})", m, _maybe(_share(m))))
        out.append((f"得分=min(实际值/目标值×权重,{_n(mm * Decimal('0.8'))})", m, _maybe(_share(m, top="0.8"))))
        out.append(("得分=min(实际值/目标值,1)×权重+1", m, Unsure()))
        out.append(("得分=min(实际值/目标值,1)×权重-1", m, Unsure()))
        out.append(("得分=实际值/目标值×100×权重", m, Unsure()))
        out.append(("得分=(实际值-基数)/(目标值-基数)×权重", m, Unsure()))
        out.append(("得分=实际值/(目标值×1.1)×权重", m, _maybe(_share(m, full="1.1"))))
        out.append(("得分=实际值/目标值×权重×系数", m, Unsure()))
        out.append(("得分=(实际值/目标值)^2×权重", m, Unsure()))
    for (m, line, x) in [(10, 98, "2"), (20, 95, "1")]:
        out.append((f"目标值:{line}%;每低于目标值1个百分点扣{x}分,最高扣5分", str(m), _maybe(_short(m, line, x, "5"))))
        out.append((f"目标值:{line}%;每低于目标值1个百分点扣{x}分;目标值未达到{line - 8}%的不得分", str(m),
                    _maybe(_short(m, line, x, floor=line - 8))))
        out.append((f"目标值:{line}%;每低于目标值1个百分点扣{x}分,高于目标值不加分", str(m), _maybe(_short(m, line, x))))
        out.append((f"目标值:{line}%,挑战值:100%;每低于目标值1个百分点扣{x}分", str(m), _maybe(_short(m, line, x))))
        out.append((f"目标值:{line}%;每低于目标值1个百分点扣{x}分,实际值低于上年的不得分", str(m), Unsure()))
        out.append((f"目标值:500万元;每低于目标值1%扣{x}分", str(m),
                    _maybe(Bands(((100, m), (99, dec(m) - dec(x)), (0, 0))))))
        out.append((f"目标值:{line}%;每低于目标值1个百分点扣{x}分,不足1个百分点的按1个百分点计", str(m),
                    _maybe(Bands(((line, m), (dec(line) - Decimal("0.5"), dec(m) - dec(x)),
                                  (dec(line) - Decimal("1.5"), dec(m) - 2 * dec(x)))))))
    for (m, x) in [(20, "2"), (10, "1")]:
        out.append((f"每超出目标时长1小时扣{x}分,超出目标时长5小时以上不得分", str(m),
                    _maybe(Bands(((0, m), (1, m - dec(x)), (4, m - 4 * dec(x)), (6, 0))))))
        out.append((f"每超出目标时长1小时扣{x}分(目标时长以派单时间起算)", str(m), _maybe(_over(m, x))))
        out.append((f"每超出目标时长1小时扣{x}分,每月累计扣分不超过5分", str(m), _maybe(_over(m, x, "5"))))
        out.append((f"每超出目标时长30分钟扣{x}分", str(m), _maybe(Bands(((0, m), (30, m - dec(x)), (90, m - 3 * dec(x)))))))
        out.append((f"每超过规定时限1天扣{x}分,超过3天的每天扣{_n(dec(x) * 2)}分", str(m), Unsure()))
        out.append((f"每超过规定时限1天扣{x}分,节假日除外", str(m), _maybe(_over(m, x))))
        out.append((f"目标时长2小时,每超出目标时长1小时扣{x}分", str(m),
                    _maybe(Either(_over(m, x, None, (2, 3, 5), 2), _over(m, x)))))
    for (x, m) in [("0.5", "10"), ("1", "5")]:
        earned = Faults((Fault("单|完成", f"+{x}", True),), base="0")
        out.append((f"每完成1单得{x}分,满分{m}分,少于5单不得分", m, Unsure()))
        out.append((f"每完成1单得{x}分,基础分{_n(dec(m) / 2)}分,满分{m}分", m, Unsure()))
        out.append((f"每完成1单加{x}分,满分{m}分", m, _maybe(earned)))
        out.append((f"每完成1单得{x}分,满分{m}分,每单需客户签字确认", m, _maybe(earned)))
        out.append((f"每退1单扣{x}分,扣完为止", m, Per(x)))
        out.append((f"每完成1单得{x}分,超过20单的每单得{_n(dec(x) * 2)}分,满分{m}分", m, Unsure()))
        out.append((f"每完成1张工单得{x}分,满分{m}分", m, _maybe(Faults((Fault("工单|完成", f"+{x}", True),), base="0"))))
        out.append((f"每完成1课时得{x}分,满分{m}分,超出基本课时部分每课时得{_n(dec(x) * 2)}分", m, Unsure()))
        out.append((f"每成交1套得{x}分,满分{m}分,二手房每套得{_n(dec(x) / 2)}分", m, Unsure()))
    for (m, a, b) in [(5, 3, 1), (10, 6, 3)]:
        head = f"获国家级表彰得{m}分,省级{a}分,市级{b}分"
        out.append((f"{head},以最高级别计,同一级别多次获得的不重复计分", str(m), _maybe(Ranks((m, a, b, 0)))))
        out.append((f"{head},以最高级别计,同级多次获得的每次加1分", str(m), Unsure()))
        out.append((f"获省级及以上表彰得{m}分,市级{a}分,县级{b}分,以最高级别计", str(m), _maybe(Ranks((m, a, b, 0)))))
        out.append((f"{head},取最高分,最多不超过{a}分", str(m), _maybe(Ranks((a, a, b, 0)))))
        out.append((f"①0分:不符合;②{a}分:基本符合;③{m}分:完全符合", str(m), _maybe(Ranks((m, a, 0)))))
        out.append((f"①{m}分:全部完成,每少1项扣1分;②{a}分:基本完成;③0分:未完成", str(m), Unsure()))
        out.append((f"(1){m}分:完全符合;(2){a}分:基本符合;(3){b}分:部分符合;(4)0分:不符合(可累计)", str(m), Unsure()))
        out.append((f"①{m * 6 // 10}分:制度健全;②{m - m * 6 // 10}分:执行到位", str(m),
                    _maybe(Faults((Fault("制度", f"-{m * 6 // 10}", False), Fault("执行", f"-{m - m * 6 // 10}", False))))))
    for grades, scores in [(("优", "良", "中", "差"), (10, 8, 6, 0)), (("优秀", "良好", "合格", "不合格"), (5, 4, 3, 0))]:
        g, m = "、".join(grades), str(scores[0])
        sc = "、".join(map(str, scores))
        want = _opts(grades, scores)
        out.append((f"按{g}四个等次,分别得{sc}分,其中{grades[0]}比例不超过30%", m, _maybe(want)))
        out.append((f"按{g}四个等次,分别得{'、'.join(map(str, scores[:-1]))}分,{grades[-1]}不得分", m, _maybe(want)))
        out.append((f"按{g}四个等次,分别得{sc}分和扣2分", m, Unsure()))
        out.append((f"按{g}四个等次,分别扣{'、'.join(str(scores[0] - x) for x in scores)}分", m, _maybe(want)))
        out.append((f"按{g}四个等次,分别按分值的100%、80%、60%、0计分", m,
                    _maybe(_opts(grades, (dec(m), dec(m) * Decimal("0.8"), dec(m) * Decimal("0.6"), 0)))))
    for what, (m, a) in [("收银差错", (10, 5)), ("投诉", (6, 3))]:
        unit = "笔" if what == "收银差错" else "单"
        out.append((f"{what}1{unit}以内得{m}分,2{unit}得{a}分,3{unit}及以上得0分", str(m),
                    _maybe(Bands(((0, m), (1, m), (2, a), (3, 0), (7, 0))))))
        out.append((f"{what}0{unit}得{m}分,每增加1{unit}扣3分", str(m), _maybe(Per("3"))))
        out.append((f"{what}0{unit}得{m}分,1{unit}得{a}分,2{unit}及以上得0分(以系统记录为准)", str(m),
                    _maybe(Bands(((0, m), (1, a), (2, 0), (5, 0))))))
        out.append((f"{what}0{unit}得{m}分,1{unit}得{a}分,2{unit}得1分", str(m), Unsure()))
        out.append((f"{what}0{unit}得{m}分,1{unit}得{a}分,2{unit}及以上得0分", str(m - 2), Unsure()))
        out.append((f"{what}0{unit}得{m}分,1{unit}得{a}分,2{unit}及以上得0分", str(m), Bands(((0, m), (1, a), (2, 0), (5, 0)))))
    return out


# ── the near variants that were read surely and wrongly before the mend ───────────────────────────────────────────
def mended() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (m, line, x), other in product([(10, 3, "2"), (5, 2, "1")], ["上年值", "同期值", "平均值", "基准值", "上年"]):
        for verb in ("超出", "高于", "超过"):
            out.append((f"目标值:≤{line}%;每{verb}{other}1个百分点扣{x}分,扣完为止", str(m), Unsure()))
        # (a 基准 named in the step alone, no other figure named …值: the line's own, as a standard is)
        out.append((f"投诉率≤{line}%,每超出{other}1个百分点扣{x}分,扣完为止", str(m),
                    _maybe(_over(m, x, None, (0, line, line + 1, line + 3, 100), line)) if other == "基准值" else Unsure()))
    for (m, line, x), other in product([(10, 97, "2"), (6, 95, "0.5")], ["上年值", "同期", "平均值", "去年"]):
        out.append((f"合格率≥{line}%,每低于{other}1个百分点扣{x}分,扣完为止", str(m), Unsure()))
        out.append((f"合格率≥{line}%得满分,每低于{other}1个百分点扣{x}分,扣完为止", str(m), Unsure()))
    # the step naming the line's own figure, or a standard or a target named in the step alone: read as before
    for (m, line, x) in [(10, 97, "2"), (6, 95, "0.5")]:
        want = _short(m, line, x)
        out.append((f"合格率≥{line}%得满分,每低于标准1个百分点扣{x}分,扣完为止", str(m), _maybe(want)))
        out.append((f"目标值:{line}%;每低于目标值1个百分点扣{x}分,扣完为止", str(m), want))
        out.append((f"全省平均水平{line}%,每低于全省平均水平1个百分点扣{x}分,扣完为止", str(m), _maybe(want)))
        out.append((f"指标值≥{line}%,每低于指标值1个百分点扣{x}分,扣完为止", str(m), _maybe(want)))
    return out


_BASE = (caps() + otherwise() + whole() + minimum() + scales() + written() + honours() + points_first() + grade_lists()
         + targets() + times() + units() + strokes() + further())
#: (three texts of every five of the styles' generators, to keep the probe's size, and every near variant once read
#: wrongly)
_ALL = [case for i, case in enumerate(_BASE) if i % 5 in (0, 2, 4)] + mended()
#: (the first statement of a text the generators write twice)
CASES = first_statements(_ALL)


def _own(p: Proposal, m: Decimal, want: object) -> str | None:
    if isinstance(want, Named):
        if len(p.items) != 1:
            return "items"
        asked = json.dumps(p.items[0], ensure_ascii=False)
        missing = [w for w in want.words if not any(x in asked for x in w.split("|"))]
        if missing:
            return f"{missing} not named"
        return wrongly(p, str(m), want.want, _own)
    said = _own16(p, m, want)
    return said if said is not None else _own42(p, m, want)


@cache
def _proposed(text: str, weight: str) -> Proposal:
    return propose(text, weight, "指标")


(test_the_probe_is_of_its_size,
 test_every_made_up_text_is_scored_as_it_says_or_is_to_check) = probe_tests(
    CASES, 300, 480, proposed=_proposed, own=_own)
