"""Made-up texts in the styles of the 评分标准 / 计分方法 cells of company, school, hospital and agency KPI sheets that score
by a formula: the quotient of the actual and the target times the weight (“得分=实际完成值/目标值×权重”, “得分=(实际值÷计划值)
×100%×分值”, names in 【】 or （）, ×/*/x/X/乘以, ÷ and /, 100% written or not, figures in 万元), a rate times the weight
(“实际完成率×本项权重”, “完成率*10”), the rate defined first and then the score (“达成率=实际/目标，得分=达成率×权重”), a cap or a
floor after the formula (“最高不超过权重”, “超额完成不加分”, “低于60%不得分”, “最高得权重的120%”), reverse indicators
(“得分=目标值/实际值×权重” for costs, days and complaints), a deviation taken off (“得分=权重×(1-偏差率)”, “得分=权重-
(实际值-目标值)/目标值×100×0.5”), points per 1% done (“每完成1%得0.1分”), proportions said in words (“按完成率折算得分”,
“以目标值为满分，按比例计分”, “完成率≥100%得满分，否则按完成率×分值计算”) and a satisfaction times the 分值 — with near
variants (full-width digits, a trailing remark, a formula whose names cannot be tied to the row's inputs, a formula whose
result passes the 分值 without a cap), each with what it states (the scores at a few actual and target figures) or that it
is unsure (to check). Every proposal scores every situation as the text says, or is not confident; the texts the
readings read are proposed exactly (their count asserted).

Before the readings of this round (382 texts): 132 proposed exactly, 175 flagged, 75 judgement fallbacks, 0 confident
and wrong; after: 233 exactly, 141 flagged, 8 fallbacks, 0 confident and wrong. Taught (the fallbacks grouped by
wording, and the plain wordings that were flagged for a word or two):

- a cap said as the weight (“最高不超过权重”, “最高得权重”, “不超过本项权重”; never “最高得权重的120%”) is the 分值's cap
  (reading's 上限 phrase and its scoring words);
- “超额完成不加分”, “超出部分不另加分”, “超额不加分” after a rate or a share done: the rate capped at 100% (reading's 超额
  phrase, for the rate and completion types only, never “超出的不得分”; “不加分” is no vague “加分”);
- “以目标值为满分，按比例计分”, “以计划数为满分，按比例得分”, “以100%为满分，按比例折算”: the share done × 分值 (completion
  ``_full_at_whole``, order 8700), the bare 100% to check (of what the share is taken is not said); “按完成率折算(得分)”
  the share done (completion ``_SHARE_DONE`` and the reading's 比例 phrase take 折算);
- units in brackets after both names of a quotient (“实际销售额(万元)/目标销售额(万元)×权重”) cancel, and brackets round
  each name alone (“【实际完成值】/【目标值】”, “(实际值)/(计划值)”) are dropped (wording ``_QUOTIENT_UNITS``,
  ``_QUOTIENT_NAMES_BRACKETED``);
- “min(实际/目标,1)×权重”, “MIN(实际值/目标值,100%)×权重”: the quotient capped at 100% (rate ``_min_quotient``, order 8710);
- a Latin x for × before the weight or the 分值 (“完成率x权重”: wording ``_LATIN_TIMES``);
- “完成率≥100%得满分，否则得分=完成率×分值”, “实际值≤目标值得满分，否则得分=目标值/实际值×权重”: the line and the rate's
  formula after 否则, only where the line is the rate's own 100% (reading's 否则式 phrase: “实际值≤目标值得满分，否则得分=
  实际值/目标值×权重”, the quotient the wrong way round, stays flagged);
- a written formula followed by a clause restating the bounds of the score (“…,扣完为止”, “…,最低0分”, “…,最高10分” of
  分值 10, “…,最高不超过权重”), bars of an absolute value (“1-|实际值-目标值|/目标值”) and a deviation defined so before
  the formula after a comma: the formula as written (formula ``_written``, ``_written_among_words``; never sure), a cap
  other than the 分值 left to the fallback;
- “按满意度比例计分”, “按客户满意度折算得分”: the satisfaction × 分值, to check (rate ``_by_satisfaction``, order 8720: a
  satisfaction may be a percentage or a score of another scale); “以100分为满分，按比例折算”, “按百分制测评得分折算”:
  the score of 100 ÷ 100 × 分值, to check (rate ``_hundred_point_score``, order 8730);
- “每完成1%得0.2分” of 分值 10, “每完成1%得0.05分” of 分值 10: the points × the rate in %, within 0～分值, to check with a
  note saying that 100% gives more (or less) than the 分值 (formula ``_per_percent_off_scale``, order 8740).

Fallbacks left (8), and why: a formula whose names cannot be tied to the row's inputs (“得分=K×权重”, 2); “考核得分=
百分制得分×权重” (2: the weight may be a percentage of a 100-point total or the 分值, the two reading differently);
“以目标值为满分，实际值每超1%扣0.5分” (2: a cost's step over its target without a stop, rare in this style); a condition
after a written formula (“…,偏差率超过100%不得分”, 2). Flagged and left so: a floor after a rate or a quotient (“低于60%
不得分”: no rule type holds a floor below which a share scores nothing), a cap above the 分值 (“最高得权重的120%”, “上不
封顶”, “超过100%的部分按实际计算”: the row cannot score more than its 分值), a formula whose scale passes the 分值 (“完成率
×12” of 分值 10, no cap), a formula of a satisfaction or a factor (the figure's scale is the evaluator's), a written
formula (always to check), a trailing remark (“(成本类指标)”, “数据以财务部统计为准”).

The checker is ``tests/probe_checks.py``'s, with a quotient of an actual and a target (``Quot``) checked by the inputs
each reading asks for (a rate's numerator and denominator by their labels, a share done's target and actual, a formula's
variables by their labels).
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from itertools import product
from typing import Any

from services.frameworks.proposal import Proposal, propose
from services.scoring.rules import check_item
from tests.probe_checks import Either, Want, case_test, first_statements, read_exactly
from tests.proposals import Bands, Unsure, dec, item_score, valued

_FULL = str.maketrans("0123456789%", "０１２３４５６７８９％")


@dataclass(frozen=True)
class Quot:
    """Scores at an actual figure and a target figure: ((actual, target, score), …)."""
    samples: tuple[tuple[Any, Any, Any], ...]


_TARGET_WORDS = ("目标", "计划", "预算", "任务", "基准", "标准", "控制")


def _is_target(label: str) -> bool:
    return any(x in label for x in _TARGET_WORDS) and "实际" not in label


def _quot_wrongly(p: Proposal, want: Quot) -> str:
    if len(p.items) != 1 or check_item(p.items[0]):
        return f"items {[it['type'] for it in p.items]}"
    item = p.items[0]
    kind, params = item["type"], item["params"]
    for actual, target, expected in want.samples:
        a, t = dec(actual), dec(target)
        if kind == "rate":
            num, den = params.get("numerator_label", ""), params.get("denominator_label", "")
            if num and den and _is_target(num) and not _is_target(den):
                inputs = {"numerator": str(t), "denominator": str(a)}
            else:
                inputs = {"numerator": str(a), "denominator": str(t)}
            got = item_score(item, inputs)
        elif kind == "completion":
            got = item_score(item, {"rows": [{"target": str(t), "actual": str(a)}]})
        elif kind == "formula":
            values = {}
            for v in params["variables"]:
                label = v["label"]
                if v.get("unit") == "%":
                    values[v["name"]] = str(a / t * 100)
                elif "率" in label:
                    return f"variable {label}: a rate, its scale unsaid"
                elif _is_target(label):
                    values[v["name"]] = str(t)
                elif "实际" in label or "完成" in label:
                    values[v["name"]] = str(a)
                else:
                    return f"variable {label}: its figure not tied to the actual or the target"
            got = item_score(item, {"vars": values})
        elif kind in ("tiers", "threshold"):
            got = valued(item, a / t * 100)
        else:
            return f"read as {kind}"
        if got != dec(expected):
            return f"({actual}, {target}): {got}, not {expected} ({kind})"
    return ""


def _own(p: Proposal, m: Decimal, want: object) -> str | None:
    if not isinstance(want, Quot):
        return None
    return _quot_wrongly(p, want)


def _num(x: Decimal) -> str:
    return format(x.normalize(), "f")


def _alt(things: list[Any], weights: tuple[str, ...]) -> list[tuple[Any, str]]:
    """Each of ``things`` with one of ``weights`` in turn."""
    return [(x, weights[i % len(weights)]) for i, x in enumerate(things)]


def _share(m: Any, floor: Any = None, top: Any = 1, pairs: tuple[tuple[Any, Any], ...] = ()) -> Quot:
    """The actual ÷ the target × 分值, at most ``top`` of it (the 分值), nothing below ``floor`` (in %)."""
    pairs = pairs or ((0, 100), (50, 100), (70, 100), (85, 100), (100, 100), (120, 100), (45, 60))
    out = []
    for a, t in pairs:
        share = min(dec(a) / dec(t), dec(top))
        score = Decimal(0) if floor is not None and share * 100 < dec(floor) else min(dec(m), dec(m) * share)
        out.append((a, t, _num(score)))
    return Quot(tuple(out))


def _reverse(m: Any) -> Quot:
    """The target ÷ the actual × 分值, at most the 分值 (a cost, a time, a count of complaints: the lower the better)."""
    out = []
    for a, t in ((80, 100), (100, 100), (125, 100), (200, 100), (50, 40)):
        out.append((a, t, _num(min(dec(m), dec(m) * dec(t) / dec(a)))))
    return Quot(tuple(out))


def _off_the_deviation(m: Any, per: Any = "0.5") -> Quot:
    """The 分值 less ``per`` a percent the actual passes the target, within 0 and the 分值."""
    out = []
    for a in (90, 100, 104, 110, 150):
        out.append((a, 100, _num(min(dec(m), max(Decimal(0), dec(m) - (dec(a) - 100) * dec(per))))))
    return Quot(tuple(out))


def _off_the_abs_deviation(m: Any) -> Quot:
    """The 分值 × (1 − |actual − target| ÷ target), within 0 and the 分值."""
    out = []
    for a in (80, 100, 105, 130, 250):
        out.append((a, 100, _num(max(Decimal(0), dec(m) * (1 - abs(dec(a) - 100) / 100)))))
    return Quot(tuple(out))


# ── the actual ÷ the target × the weight ─────────────────────────────────────────────────────────────────────────────
_PAIRS = [("实际完成值", "目标值"), ("实际值", "计划值"), ("实际销售额", "目标销售额"), ("实际回款额", "计划回款额"),
          ("实际完成数", "计划数"), ("实际利润", "目标利润")]


def quotients() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (a, t), m in _alt(_PAIRS, ("10", "20")):
        plain = _share(m)
        out.append((f"得分={a}/{t}×权重", m, plain))
        out.append((f"得分=({a}÷{t})×100%×分值", m, plain))
        out.append((f"{a}/{t}×本项权重", m, plain))
        out.append((f"得分=【{a}】/【{t}】×权重", m, Either(plain, Unsure())))
        out.append((f"得分=（{a}）/（{t}）×权重", m, Either(plain, Unsure())))
        out.append((f"{a}÷{t}×{m}", m, plain))
        out.append((f"得分={a}/{t}*{m}分", m, plain))
        out.append((f"{a}除以{t}乘以权重", m, plain))
        out.append((f"得分={a}/{t}×权重，最高不超过权重", m, plain))
        out.append((f"得分={a}/{t}×权重，超额完成不加分", m, plain))
        out.append((f"得分={a}/{t}×权重，低于60%不得分", m, Either(_share(m, 60), Unsure())))
        out.append((f"得分={a}/{t}×权重，最高得权重的120%", m, Unsure()))
    for (a, t), m in _alt(_PAIRS[:3], ("10", "15")):
        plain = _share(m)
        out.append((f"得分={a}/{t}x权重", m, plain))
        out.append((f"得分={a}/{t}X{m}", m, plain))
        out.append((f"得分={a}(万元)/{t}(万元)×权重", m, plain))
        out.append((f"得分={a}（万元）÷{t}（万元）×100%×权重", m, plain))
        out.append((f"得分=min({a}/{t},1)×权重", m, plain))
        out.append((f"得分=MIN({a}/{t},100%)×权重", m, plain))
        out.append((f"得分={a}/{t}×权重（最高不超过权重）", m, plain))
        out.append((f"得分={a}/{t}×权重；超出部分不另加分", m, plain))
        out.append((f"得分={a}/{t}×权重，超过100%按100%计", m, plain))
        out.append((f"得分={a}/{t}×权重，超过100%的部分按实际计算", m, Unsure()))
        out.append((f"得分={a}/{t}×权重，上不封顶", m, Unsure()))
        out.append((f"得分={a}/{t}×权重，最高不超过权重的1.2倍", m, Unsure()))
        out.append((f"得分={a}/{t}×权重，数据以财务部统计为准", m, Either(plain, Unsure())))
        out.append((f"计分方法：{a}/{t}×权重", m, plain))
        out.append((f"得分={a}/{t}×{int(m) + 5}", m, Unsure()))
        out.append((f"得分={a}/{t}×{int(m) + 5}，最高{m}分", m, Either(_share(m, top=Decimal(m) / (int(m) + 5) * 100), Unsure())))
    return out


# ── a rate times the weight; the rate defined first ──────────────────────────────────────────────────────────────
def rates() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for r, m in _alt(["完成率", "实际完成率", "计划完成率", "目标完成率"], ("10", "5")):
        plain = _share(m)
        out.append((f"{r}×本项权重", m, plain))
        out.append((f"{r}*{m}", m, plain))
        out.append((f"得分={r}×权重", m, plain))
        out.append((f"按{r}×分值计分", m, plain))
        out.append((f"{r}乘以权重", m, plain))
        out.append((f"{r}x权重", m, plain))
        out.append((f"得分={r}×权重，最高不超过本项权重", m, plain))
        out.append((f"得分={r}×权重（超额完成不加分）", m, plain))
        out.append((f"得分={r}×权重，{r}低于60%的不得分", m, Either(_share(m, 60), Unsure())))
        out.append((f"{r}≥100%得满分，否则按{r}×分值计算", m, plain))
        out.append((f"{r}达到100%得满分，未达到的按{r}×分值计算", m, plain))
        out.append((f"{r}≥100%得满分，否则得分={r}×分值", m, Either(plain, Unsure())))
        out.append((f"得分={r}×{int(m) + 2}", m, Unsure()))
    for ((a, t), rate), m in _alt(list(product(_PAIRS[:4], ["达成率", "完成率"])), ("10", "20")):
        plain = _share(m)
        out.append((f"{rate}={a}/{t}，得分={rate}×权重", m, plain))
        out.append((f"{rate}={a}÷{t}×100%；得分={rate}×本项分值", m, plain))
        out.append((f"{rate}={a}/{t}。得分={rate}×权重，最高不超过权重", m, plain))
        out.append((f"{rate}={a}/{t}，得分={rate}×权重，{rate}低于70%不得分", m, Either(_share(m, 70), Unsure())))
    return out


# ── proportions said in words ────────────────────────────────────────────────────────────────────────────────────
def words() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for m in ("10", "8"):
        plain = _share(m)
        for text in ("按实际完成比例计分", "按实际完成比例计分，最高不超过权重", "按实际完成比例计分，超额完成不加分",
                     "按完成率折算得分", "按实际完成率折算得分，最高得满分", "按完成比例得分，最高不超过本项分值",
                     "以目标值为满分，按比例计分", "以计划数为满分，按比例得分", "以年度目标为满分，按完成比例计分",
                     "以目标任务为满分，按实际完成比例计分，超额不加分", "以计划值为满分,按比例折算",
                     "以全年目标为满分，按实际完成比例得分", "以目标值为满分，按比例计分，最高不超过权重",
                     "完成率100%及以上得满分，低于100%按比例得分", "完成率100%得满分，低于100%按比例计分",
                     "完成目标值得满分，未完成的按比例计分"):
            out.append((text, m, plain))
        for text in ("以100%为满分，按比例计分", "以100%为满分，按比例折算", "以100%为满分，按完成率折算",
                     "按完成率折算", "按比例计分", "按完成情况折算得分"):
            out.append((text, m, Either(plain, Unsure())))
        out.append(("按实际完成比例计分，低于60%不得分", m, Either(_share(m, 60), Unsure())))
        out.append(("以目标值为满分，实际值每超1%扣0.5分", m, Unsure()))
        out.append(("按实际完成比例计分，最高得权重的120%", m, Unsure()))
    return out


# ── reverse indicators: the target ÷ the actual ─────────────────────────────────────────────────────────────────
def reverses() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (t, a), m in _alt([("目标值", "实际值"), ("预算成本", "实际成本"), ("计划工期", "实际工期"), ("目标费用", "实际费用"),
                           ("控制目标", "实际投诉数")], ("10", "20")):
        rev = _reverse(m)
        out.append((f"得分={t}/{a}×权重", m, rev))
        out.append((f"得分=({t}÷{a})×权重，最高不超过权重", m, rev))
        out.append((f"得分={t}/{a}×权重，最高得满分", m, rev))
        out.append((f"{t}/{a}×{m}", m, rev))
        out.append((f"得分={t}/{a}×权重（成本类指标）", m, Either(rev, Unsure())))
        out.append((f"{a}≤{t}得满分，否则得分={t}/{a}×权重", m, Either(rev, Unsure())))
    return out


# ── a deviation taken off ────────────────────────────────────────────────────────────────────────────────────────
def deviations() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for m in ("10", "20"):
        dev = _off_the_deviation(m)
        absdev = _off_the_abs_deviation(m)
        out.append(("得分=权重×(1-偏差率)", m, Unsure()))
        out.append(("得分=（1-偏差率）×权重", m, Unsure()))
        out.append(("得分=权重×(1-偏差率)，偏差率超过100%不得分", m, Unsure()))
        out.append(("得分=分值×（1-|实际值-目标值|/目标值）", m, Either(absdev, Unsure())))
        out.append(("得分=权重×（1-|实际值-预测值|/预测值）", m, Unsure()))
        out.append(("偏差率=|实际值-目标值|/目标值×100%，得分=权重×(1-偏差率)", m, Either(absdev, Unsure())))
        out.append(("得分=权重-(实际值-目标值)/目标值×100×0.5", m, Either(dev, Unsure())))
        out.append(("得分=权重-（实际值-目标值）÷目标值×100×0.5，扣完为止", m, Either(dev, Unsure())))
        out.append((f"得分={m}-(实际值-目标值)/目标值×100×0.5，最低0分", m, Either(dev, Unsure())))
        out.append(("得分=权重-(实际值-目标值)/目标值×100×0.5，最低得0分", m, Either(dev, Unsure())))
        out.append(("得分=权重-偏差率×100×0.5", m, Unsure()))
    return out


# ── points per 1% done ───────────────────────────────────────────────────────────────────────────────────────────
def per_percent() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for m, x in (("10", "0.1"), ("5", "0.05"), ("20", "0.2")):
        plain = Bands(((50, dec(m) / 2), (100, m), (80, dec(m) * Decimal("0.8"))))
        out.append((f"每完成1%得{x}分", m, Either(plain, Unsure())))
        out.append((f"完成率每1%得{x}分", m, Either(plain, Unsure())))
        out.append((f"每完成1%得{x}分，最高{m}分", m, Either(plain, Unsure())))
        out.append((f"每完成1个百分点得{x}分", m, Either(plain, Unsure())))
        out.append((f"按完成率每1%计{x}分", m, Either(plain, Unsure())))
        double = _num(dec(x) * 2)
        out.append((f"每完成1%得{double}分", m, Unsure()))
        out.append((f"完成率每1%得{double}分", m, Unsure()))
    return out


# ── satisfactions, 100-point scores and factors times the 分值 ──────────────────────────────────────────────────
def satisfactions() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for what, m in _alt(["满意度", "客户满意度", "患者满意度", "学生评教满意度"], ("10", "5")):
        out.append((f"得分=本项分值×{what}", m, Unsure()))
        out.append((f"得分={what}×权重", m, Unsure()))
        out.append((f"按{what}比例计分", m, Either(Bands(((90, dec(m) * Decimal("0.9")), (100, m))), Unsure())))
        out.append((f"按{what}折算得分", m, Either(Bands(((90, dec(m) * Decimal("0.9")), (100, m))), Unsure())))
        out.append((f"以{what}100%为满分，按实际{what}比例计分", m, Either(Bands(((90, dec(m) * Decimal("0.9")), (100, m))),
                                                                        Unsure())))
    for what, m in _alt(["满意率", "出勤率", "合格率"], ("10", "5")):
        out.append((f"得分={what}×分值", m, Bands(((90, dec(m) * Decimal("0.9")), (100, m), (50, dec(m) / 2)))))
        out.append((f"得分={what}×{m}", m, Bands(((90, dec(m) * Decimal("0.9")), (100, m), (50, dec(m) / 2)))))
        out.append((f"得分=（1-{what}）×分值", m, Unsure()))
    for m in ("10", "20"):
        out.append(("得分=测评得分÷100×" + m, m, Either(Bands(((85, dec(m) * Decimal("0.85")), (100, m))), Unsure())))
        out.append(("以100分为满分，按比例折算", m, Either(Bands(((85, dec(m) * Decimal("0.85")), (100, m))), Unsure())))
        out.append(("得分=测评得分×10%", m, Unsure()))
        out.append(("考核得分=百分制得分×权重", m, Unsure()))
        out.append(("得分=K×权重", m, Unsure()))
        out.append(("得分=系数×权重", m, Unsure()))
        out.append(("得分=考核系数×权重", m, Unsure()))
        out.append(("得分=指标值×权重", m, Unsure()))
        out.append(("得分=完成值×权重", m, Unsure()))
    return out


# ── full-width digits and marks ──────────────────────────────────────────────────────────────────────────────────
def full_width() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for m in ("10", "20"):
        plain = _share(m)
        out.append((f"得分＝实际完成值／目标值×{m}".translate(_FULL), m, plain))
        out.append(("得分＝（实际值÷计划值）×100%×分值".translate(_FULL), m, plain))
        out.append((f"完成率×{m}，最高{m}分".translate(_FULL), m, plain))
        out.append(("得分＝完成率×权重，完成率低于60%不得分".translate(_FULL), m, Either(_share(m, 60), Unsure())))
    return out


_ALL = quotients() + rates() + words() + reverses() + deviations() + per_percent() + satisfactions() + full_width()
#: (the first statement of a text the generators write twice)
CASES = first_statements(_ALL)


@cache
def _proposed(text: str, weight: str) -> Proposal:
    return propose(text, weight, "指标")


def test_the_probe_is_of_its_size():
    assert 200 <= len(CASES) <= 400
    assert len({(text, w) for text, w, _want in CASES}) == len(CASES)


test_every_made_up_text_is_scored_as_it_says_or_is_to_check = case_test(CASES, proposed=_proposed, own=_own)


def test_the_readings_read_their_texts_exactly():
    exact = read_exactly(CASES, _proposed, _own)
    assert exact == 233
