"""Made-up texts near the readings merged from cov25 (``tests/test_rule_proposal_cov25.py``) — each with what it states
(the situations and their scores) or that it leaves a situation open (to check): a share of something written before
分值 or of other points in a satisfaction's bands (“80%≤满意度<90%得80%权重”, “得上年分值的80%”, “得上年得分的80%”, a bare
“得80%”, “得第一部分分值的80%”, “得80%的基础分”, “得60%的总分值”, “扣80%分值”, “≥95%得120%分值”, “得110%的指标分值”,
“得60%-80%分值”, “得80%分值以内/以下/再扣1分/的一半/至满分”, “最高得80%分值”, parts' shares “满意度调查占60%分值，…”, and the
sure forms “80%（含）-90%得80%分值” in full-width figures and “得80%的指标分值”); the clause of the answers a satisfaction
counts (``wording.survey_asides_dropped``) beside a score or a condition (“…合计计算，“基本满意”超过30%的扣1分；…”,
“…合计计算，每低1个百分点扣0.5分” with no line, “…合计计算，合计低于80%的不得分”, “…合计计算得满分，…”, “…；…合计计算，
未按此计算的不得分”, “…，“基本满意”按50%计入；…”, “（基本满意按50%折算）”, “…，满意率即为得分率”; quoted and unquoted); a
rate defined as counts over all asked (``rate._COUNTS_ADDED``) weighted (“满意人数×1+基本满意人数×0.8”, “基本满意人数×0.5”),
subtracted (“满意人数-不满意人数”), over other denominators (“（有效问卷数-弃权人数）”, “（满意人数+不满意人数）”, “×50%”),
its product changed (“×分值×0.8”, “×分值×2”, “（满意度-60%）/40%×分值”, “-投诉件数×1”), gated (“满意度低于60%的不得分”,
“（满意度低于50%不得分）”), topped (“满意度≥95%的得满分”) or followed by more (“每有一起有效投诉扣1分”, “其中基本满意按50%
计”); a line's shortfall in proportion (“…达到80%得满分，未达到的按比例得分” and “…按实际/其比例得分”, “…低于40%不得分”,
“超过的按比例加分”, “按比例扣分”, “按差额比例扣分”, “最低得分值的50%”, “最高不超过分值”, “未达到80%的按知晓率比例得分”,
“投诉率低于5%得满分，超过的按比例扣分”, “80%以上得满分，60%-80%的按比例得分，60%以下不得分”); 比例 as the name of a banded
value with a gap (“80%≤比例<88%” below “≥90%”), overlapping ends (“80%≤比例≤90%” beside “≥90%”), the last band unsaid, a
last band leaving a gap (“比例<75%不得分” below “80%≤比例”), strict signs at both ends (“>90%…80%<比例<90%”), the middle band
unsaid, and a step (“比例每降低1%扣0.5分”).

Measured on the 420 texts: confident and wrong 0 (none found to mend); exact 38, judgement fallbacks 120 (the near
misses are mostly to check, as they should be). What the readings of cov25 leave surely read stays right: the shares
they take are of the row's points named (分值, 指标分值, 本项分值, 权重分), never of another (上年, 基础分, 总分值, 第一部分,
剩余, 一级指标, 加分) nor past 100% (``row_shares_as_points`` refuses it) nor in a range or a bound; the aside of the
answers counted is dropped only where the rest scores the rate and no score follows it (and a weight of an answer said
beside it leaves the row to check); the counts added are read only as a plain sum over a plain denominator (a weight, a
difference, a denominator of counts leaves the row to check), and a gate, a top or a deduction after the product leaves
it to check; a line in proportion is to check, or sure only at a line of 100%; 比例's bands with a gap, an overlap or an
end unsaid are to check.

Left to check, each scoring some situation as the text says were it read (not confident, so no bar): parts' shares of
the 分值 (“问卷调查结果占80%分值，实地走访占20%分值” is read surely as a 要点核查 of 8 and 2 points, each part met, partly
met (its points entered) or not, as “要点①②③④各占指标分值的1/4” is; not probed here as wrong), a gated or topped product
of a defined rate, “每低1个百分点扣5%分值” (a step of a share of the 分值, read as a 达标线扣分 not sure), a step under
比例 with no stop said.

The checker is ``tests/probe_checks.py``'s.
"""
from __future__ import annotations

from decimal import Decimal
from functools import cache
from itertools import product

from services.frameworks.proposal import Proposal, propose
from tests.probe_checks import Either, Want, first_statements, probe_tests, read_exactly
from tests.proposals import Bands, Unsure, dec

_FULL = str.maketrans("0123456789.%", "０１２３４５６７８９．％")


def _n(x: Decimal | int | str) -> str:
    return format(dec(x).normalize(), "f")


def _s(m: int | str, share: int) -> Decimal:
    return dec(m) * share / 100


# ── a share of something written before 分值, or of other points ───────────────────────────────────────────────
def shares() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for m, who, (hi, lo, sh), sep in product((10,), ("满意度", "服务对象满意度"), ((90, 80, 80), (95, 85, 60)),
                                            ("，", "；")):
        want = Bands(((100, m), (hi, m), (hi - 1, _s(m, sh)), (lo, _s(m, sh)), (lo - 1, 0), (10, 0)))
        head, tail = f"{who}≥{hi}%得满分{sep}{lo}%≤{who}<{hi}%", f"{sep}{who}<{lo}%不得分"
        out.append((f"{head}得{sh}%权重{tail}", str(m), Either(want, Unsure())))
        out.append((f"{head}得上年分值的{sh}%{tail}", str(m), Unsure()))
        out.append((f"{head}得上年得分的{sh}%{tail}", str(m), Unsure()))
        out.append((f"{head}得{sh}%{tail}", str(m), Either(want, Unsure())))
        out.append((f"{head}得第一部分分值的{sh}%{tail}", str(m), Unsure()))
        out.append((f"{head}得{sh}%的基础分{tail}", str(m), Unsure()))
        out.append((f"{head}得{sh}%的总分值{tail}", str(m), Unsure()))
        out.append((f"{head}扣{sh}%分值{tail}", str(m),
                    Either(Bands(((100, m), (hi, m), (hi - 1, m - _s(m, sh)), (lo - 1, 0))), Unsure())))
        out.append((f"{who}≥{hi}%得120%分值{sep}{lo}%≤{who}<{hi}%得满分{tail}", str(m),
                    Either(Bands(((100, _s(m, 120)), (hi - 1, m), (lo - 1, 0))), Unsure())))
        out.append((f"{who}≥{hi}%得满分{sep}{lo}%（含）-{hi}%得{sh}%分值{sep}{lo}%以下不得分".translate(_FULL), str(m),
                    Either(want, Unsure())))
        out.append((f"{head}得{sh}%的指标分值{tail}", str(m), want))
    return out


# ── the answers a satisfaction counts, said beside a score or a condition ─────────────────────────────────────────
def asides() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for m, (hi, lo), q in product((10, 6), ((90, 80), (85, 70)), (("“", "”"), ("", ""))):
        a, b = q
        said = f"满意率按{a}满意{b}和{a}基本满意{b}合计计算"
        bands = f"满意率≥{hi}%得满分；{lo}%≤满意率<{hi}%得分值的50%；满意率<{lo}%不得分"
        want = Bands(((100, m), (hi, m), (hi - 1, _s(m, 50)), (lo, _s(m, 50)), (lo - 1, 0)))
        out.append((f"{said}，{bands}", str(m), want))
        out.append((f"{said}，{a}基本满意{b}超过30%的扣1分；{bands}", str(m), Unsure()))
        out.append((f"{said}，每低1个百分点扣0.5分", str(m), Unsure()))
        out.append((f"{said}，合计低于{lo}%的不得分", str(m), Unsure()))
        out.append((f"{said}得满分，{bands}", str(m), Unsure()))
        out.append((f"{bands}；{said}，未按此计算的不得分", str(m), Unsure()))
        out.append((f"{said}，{a}基本满意{b}按50%计入；{bands}", str(m), Unsure()))
        out.append((f"{said}，不满意率超过10%的不得分", str(m), Unsure()))
    return out


# ── a rate defined as counts over all asked, weighted, subtracted, over other denominators ───────────────────────
def counts() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for m, who, den in product(("10", "5"), ("满意度", "群众满意度"), ("有效问卷数", "调查总人数")):
        mm = dec(m)
        want = Bands(((100, mm), (90, mm * 9 / 10), (0, 0)))
        out.append((f"{who}=（满意人数+基本满意人数）/{den}×100%；得分={who}×分值", m, want))
        out.append((f"{who}=（满意人数×1+基本满意人数×0.8）/{den}×100%；得分={who}×分值", m, Unsure()))
        out.append((f"{who}=（满意人数+基本满意人数×0.5）/{den}×100%；得分={who}×分值", m, Unsure()))
        out.append((f"{who}=（满意人数-不满意人数）/{den}×100%；得分={who}×分值", m, Unsure()))
        out.append((f"{who}=（满意人数+基本满意人数）/（{den}-弃权人数）×100%；得分={who}×分值", m, Unsure()))
        out.append((f"{who}=（满意人数+基本满意人数）/{den}×50%；得分={who}×分值", m, Unsure()))
        out.append((f"{who}=（满意人数+基本满意人数）/（满意人数+不满意人数）×100%；得分={who}×分值", m, Unsure()))
        out.append((f"{who}=（满意人数+基本满意人数）/{den}×100%；得分={who}×分值×0.8", m, Unsure()))
        out.append((f"{who}=（满意人数+基本满意人数+一般人数）/{den}×100%,得分={who}×分值", m, want))
    return out


# ── a line with the shortfall in proportion ─────────────────────────────────────────────────────────────────
def proportion() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for m, name, line in product((5, 4), ("政策知晓率", "宣传覆盖率"), (80, 90, 60)):
        lined = Bands(((100, m), (line, m), (line / 2, dec(m) / 2), (0, 0)))
        out.append((f"{name}达到{line}%得满分，未达到的按比例得分", str(m), Either(lined, Unsure())))
        out.append((f"{name}达到{line}%得满分，未达到的按实际比例得分", str(m), Either(lined, Unsure())))
        out.append((f"{name}达到{line}%得满分，低于{line}%的按比例得分，低于{line // 2}%不得分", str(m), Unsure()))
        out.append((f"{name}达到{line}%得满分，超过的按比例加分", str(m), Unsure()))
        out.append((f"{name}达到{line}%得满分，未达到的按比例扣分", str(m), Unsure()))
        out.append((f"{name}达到{line}%得满分；未达到的，按{name}×分值得分", str(m),
                    Either(Bands(((100, m), (line, m), (line - 10, _s(m, line - 10)), (0, 0))), Unsure())))
    return out


# ── 比例 as the name of a banded value: gaps, overlapping ends, the last band unsaid ─────────────────────────────
def named() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for m, (hi, lo), sep in product((10, 5), ((90, 80), (85, 70), (95, 90)), ("，",)):
        want = Bands(((100, m), (hi, m), (hi - 1, _s(m, 50)), (lo, _s(m, 50)), (lo - 1, 0)))
        k = "满意和基本满意的比例"
        out.append((f"{k}≥{hi}%得满分{sep}{lo}%≤比例<{hi}%得分值的50%{sep}比例<{lo}%不得分", str(m), Either(want, Unsure())))
        out.append((f"{k}≥{hi}%得满分{sep}{lo}%≤比例<{hi - 2}%得分值的50%{sep}比例<{lo}%不得分", str(m), Unsure()))
        out.append((f"{k}≥{hi}%得满分{sep}{lo}%≤比例≤{hi}%得分值的50%{sep}比例<{lo}%不得分", str(m), Unsure()))
        out.append((f"{k}≥{hi}%得满分{sep}{lo}%≤比例<{hi}%得分值的50%", str(m), Unsure()))
        out.append((f"{k}≥{hi}%得满分{sep}{lo}%≤比例<{hi}%得分值的50%{sep}比例<{lo - 5}%不得分", str(m), Unsure()))
        out.append((f"{k}>{hi}%得满分{sep}{lo}%<比例<{hi}%得分值的50%{sep}比例<{lo}%不得分", str(m), Unsure()))
        out.append((f"{k}≥{hi}%得满分{sep}比例<{lo}%不得分", str(m), Unsure()))
    return out


# ── near misses written one by one: a share's figure in a range or a bound, parts' shares, a rate then more ────────
_NEAR = ("满意度≥90%得满分，80%≤满意度<90%得60%-80%分值，满意度<80%不得分",
         "满意度≥90%得满分，80%≤满意度<90%得60%～80%的分值，满意度<80%不得分",
         "满意度≥90%得满分，80%≤满意度<90%得80%分值以内，满意度<80%不得分",
         "满意度≥90%得满分，80%≤满意度<90%得80%分值以下，满意度<80%不得分",
         "满意度≥90%得满分，80%≤满意度<90%得80%分值再扣1分，满意度<80%不得分",
         "满意度≥90%得满分，80%≤满意度<90%得50%或80%分值，满意度<80%不得分",
         "满意度≥90%得满分，80%≤满意度<90%得80%分值的一半，满意度<80%不得分",
         "满意度≥90%得满分，80%≤满意度<90%得80%分值×满意度，满意度<80%不得分",
         "满意度≥90%得满分，80%≤满意度<90%得80%分值至满分，满意度<80%不得分",
         "满意度≥90%得满分，80%≤满意度<90%酌情得80%分值，满意度<80%不得分",
         "满意度≥90%得满分，80%≤满意度<90%得不低于80%分值，满意度<80%不得分",
         "满意度≥90%得满分，80%≤满意度<90%得80%分值,70%≤满意度<80%得80%分值的一半,满意度<70%不得分",
         "满意度≥95%得110%的指标分值，80%≤满意度<95%得满分，满意度<80%不得分",
         "满意度≥90%得满分，80%≤满意度<90%得80%的剩余分值，满意度<80%不得分",
         "满意度≥90%得满分，80%≤满意度<90%得80%的一级指标分值，满意度<80%不得分",
         "满意度≥90%得满分，80%≤满意度<90%得80%的加分分值，满意度<80%不得分",
         "满意度≥90%得满分，80%≤满意度<90%最高得80%分值，满意度<80%不得分",
         "满意度调查占60%分值，满意度≥90%得满分，满意度<90%不得分",
         "问卷调查占60%分值，按满意度比例得分；实地走访占40%分值",
         "满意度≥90%得满分，每低1个百分点扣5%分值",
         "满意度≥90%得满分，低于80%扣50%分值",
         "满意度≥90%得满分，80%≤满意度<90%得分值的80%，满意度<80%得分值的120%",
         "按满意度的80%计分",
         "得分=满意度×分值，满意度低于60%不得分",
         "满意度=满意人数/有效问卷数×100%（基本满意按一半计）；得分=满意度×分值",
         "满意率按“满意”和“基本满意”合计计算（基本满意按50%折算），满意率≥90%得满分；80%≤满意率<90%得分值的50%；满意率<80%不得分",
         "满意率按满意和基本满意合计计算，满意率即为得分率",
         "满意率按满意和基本满意合计计算，按满意率比例得分",
         "满意率按满意和基本满意合计计算,满意率达到90%得满分,未达到的按比例得分",
         "满意度=（满意人数+基本满意人数）/有效问卷数×100%；得分=（满意度-60%）/40%×分值",
         "满意度=（满意人数+基本满意人数）/有效问卷数×100%；得分=满意度×分值×2",
         "满意度=（满意人数+基本满意人数）/有效问卷数×100%；得分=满意度×分值，满意度低于60%的不得分",
         "满意度=（满意人数+基本满意人数）/有效问卷数×100%；得分=满意度×分值；满意度≥95%的得满分",
         "满意度=（满意人数+基本满意人数）/有效问卷数×100%；满意度≥90%得满分，低于90%按满意度×分值计分",
         "满意度=（满意人数+基本满意人数）/有效问卷数×100%；得分=满意度×分值（满意度低于50%不得分）",
         "满意度=（满意人数+基本满意人数）/有效问卷数×100%；得分=满意度×分值-投诉件数×1",
         "满意度=（满意人数+基本满意人数）/有效问卷数×100%；得分=满意度×分值，每有一起有效投诉扣1分",
         "满意度=（满意人数+基本满意人数）/有效问卷数×100%；得分=满意度×分值；其中基本满意按50%计",
         "知晓率达到80%得满分，未达到80%的按知晓率比例得分",
         "投诉率低于5%得满分，超过的按比例扣分",
         "知晓率达到80%得满分，未达到的按比例得分，超过的按比例加分",
         "知晓率达到80%得满分，未达到的按比例得分，最高不超过分值",
         "知晓率达到80%得满分，未达到的按差额比例扣分",
         "知晓率达到80%得满分，未达到的按其比例得分",
         "知晓率达到80%得满分，未达到的按比例得分，最低得分值的50%",
         "知晓率80%以上得满分，60%-80%的按比例得分，60%以下不得分",
         "满意和基本满意的比例≥90%得满分，比例每降低1%扣0.5分")


def _product(m: Decimal, *more: tuple[int, Decimal]) -> Bands:
    return Bands(((100, m), (90, m * 9 / 10), (70, m * 7 / 10), *more))


#: what the near misses that say it score (the others are to check)
_SAID = {
    "满意度≥90%得满分，每低1个百分点扣5%分值":
        lambda m: Bands(((100, m), (90, m), (89, m * 95 / 100), (80, m / 2), (60, 0))),
    "得分=满意度×分值，满意度低于60%不得分": lambda m: _product(m, (60, m * 6 / 10), (59, 0)),
    "满意度=（满意人数+基本满意人数）/有效问卷数×100%；得分=满意度×分值，满意度低于60%的不得分":
        lambda m: _product(m, (60, m * 6 / 10), (59, 0)),
    "满意度=（满意人数+基本满意人数）/有效问卷数×100%；得分=满意度×分值（满意度低于50%不得分）":
        lambda m: _product(m, (50, m / 2), (49, 0)),
    "满意度=（满意人数+基本满意人数）/有效问卷数×100%；得分=满意度×分值；满意度≥95%的得满分":
        lambda m: Bands(((100, m), (95, m), (90, m * 9 / 10), (0, 0))),
    "满意度=（满意人数+基本满意人数）/有效问卷数×100%；满意度≥90%得满分，低于90%按满意度×分值计分":
        lambda m: Bands(((100, m), (95, m), (90, m), (80, m * 8 / 10), (0, 0))),
    "满意和基本满意的比例≥90%得满分，比例每降低1%扣0.5分":
        lambda m: Bands(((100, m), (90, m), (89, m - Decimal("0.5")), (80, m - 5), (50, 0))),
    "知晓率达到80%得满分，未达到的按比例得分，最高不超过分值":
        lambda m: Bands(((100, m), (80, m), (40, m / 2), (0, 0))),
}


def near() -> list[tuple[str, str, Want]]:
    return [(t, m, Either(_SAID[t](dec(m)), Unsure()) if t in _SAID else Unsure())
            for t, m in product(_NEAR, ("10", "5"))]


_ALL = shares() + asides() + counts() + proportion() + named() + near()
#: (the first statement of a text the generators write twice)
CASES = first_statements(_ALL)


@cache
def _proposed(text: str, weight: str) -> Proposal:
    return propose(text, weight, "指标")


(test_the_probe_is_of_its_size,
 test_every_made_up_text_is_scored_as_it_says_or_is_to_check) = probe_tests(CASES, 400, 450, proposed=_proposed)


def test_the_readings_read_their_texts_exactly():
    assert read_exactly(CASES, _proposed) == 38
