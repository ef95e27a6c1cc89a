"""完成比例: score = completed ÷ planned × 分值, averaged over the targets (each capped at 100%)."""
from __future__ import annotations

import re
from collections.abc import Mapping
from decimal import Decimal
from fractions import Fraction
from typing import Any

from models.messages import said as refusal
from services.core.numbers import HUNDRED, ZERO, RuleInputError, fmt, pct, to_decimal
from services.core.patterns import lazy_compile
from services.scoring.rounding import decimal_of
from services.scoring.rules.base import (
    Input,
    Inputs,
    ItemResult,
    Param,
    Params,
    Phrase,
    Proposed,
    Recogniser,
    RuleType,
    T,
    Wording,
    clamp,
    joined,
    msg,
    said,
)
from services.scoring.rules.rate import SCORE_IS_RATE, multiplies_weight, rate_doubts


def check(params: Params, item_max: Decimal) -> list[str]:
    return []


def score(params: Params, inputs: Inputs, item_max: Decimal) -> ItemResult:
    rows = inputs.get("rows")
    if rows is None and ("target" in inputs or "actual" in inputs):
        rows = [{"target": inputs.get("target"), "actual": inputs.get("actual")}]
    rows = [r for r in (rows or []) if r.get("target") not in (None, "") or r.get("actual") not in (None, "")]
    if not rows:
        return ItemResult(None, msg(T("尚未填写计划数与完成数")))
    unit = params.get("unit", "")
    shares, exact, parts = [], [], []
    for r in rows:
        label = f"{r['label']}：" if r.get("label") else ""
        target = to_decimal(r.get("target"), f"{label}计划数")
        actual = to_decimal(r.get("actual"), f"{label}完成数")
        if target == 0:
            raise RuleInputError(refusal("{label}计划数不能为 0", label=label))
        share = min(actual / target, Decimal(1))
        shares.append(share)
        exact.append(min(Fraction(actual) / Fraction(target), Fraction(1)))
        parts.append(msg(T("%1计划 %2%3，完成 %4%3，完成率 %5"), msg(T("%1："), r["label"]) if r.get("label") else "",
                         fmt(target), unit, fmt(actual), pct(actual / target * HUNDRED)))
    avg = sum(shares, ZERO) / len(shares)
    raw = decimal_of(Fraction(item_max) * sum(exact, Fraction(0)) / len(exact))  # divided once, at the end
    if len(rows) == 1:
        r = rows[0]
        calc = msg(T("，得分 = %1/%2 × %3 = %4"), fmt(min(to_decimal(r.get("actual")), to_decimal(r.get("target")))),
                   fmt(to_decimal(r.get("target"))), fmt(item_max), fmt(raw))
    else:
        calc = msg(T("，平均完成率 %1，得分 = %1 × %2 = %3"), pct(avg * HUNDRED), fmt(item_max), fmt(raw))
    return clamp(raw, item_max, joined(parts, T("；")) + said(calc))


def from_figure(params: Params, fig: Any, binding: Mapping[str, Any]) -> dict[str, Any]:
    return {"rows": fig.rows}


# ── wordings ────────────────────────────────────────────────────────────────
_SHARE_DONE = lazy_compile(r"未完成[^,;]{0,6}比例|"
                         r"按(?:实际)?完成(?:情况|比例)[^,;]{0,4}(?:扣分|计分|得分)|完成比例|"
                         # “档案核查完成情况按比例给分”: the state of the work done, scored in proportion
                         r"完成情况按(?:实际)?比例(?:计算)?(?:扣分|计分|得分|给分|赋分)|"
                         # “按各子项完成的百分比得分”: each part's completion, averaged
                         r"按(?:各|每个?)[^,;\d]{1,6}?完成的?(?:百分比|比例|程度)(?:计算)?(?:得分|计分)|"
                         # “按实际完成率计分”, “按完成百分比计分”, “按实际完成率折算得分”, “按实际完成百分比×分值”
                         r"按(?:实际)?完成(?:率|比率|百分比)(?:计算|折算)?(?:得分|计分)|"
                         # “按完成率折算”: the share brought to the 分值, closing its clause
                         r"按(?:实际)?完成(?:率|比率|百分比|比例)折算(?=$|[,;.])|"
                         r"按(?:实际)?完成(?:比例|比率|百分比)\*(?:本项|该项)?(?:分值|权重)")


#: “达到目标值得满分,未达到按比例得分”, “达到计划要求的得满分,未达到的按比例计分”: short of a target (not of a rate's
#: line, which is the rate type's), its share
#: (the shortfall left unsaid, “受益人数达到目标得满分,按比例得分”: read as the share of the target reached, to check)
_SHORT_OF_TARGET = lazy_compile(r"(?:目标|计划|任务)[^,;\d%率]{0,8}?(?:的)?,?(?:得|计)满分[,;](?P<short>未达(?:到|标)?(?:目标|要求|计划)?值?的?,?)?"
                              r"按(?:实际)?(?:完成)?比例(?:计算)?(?:计分|得分|扣分)")


#: points for each unit past the target (“超额完成目标每个加0.2分”, “超额完成1个百分点加0.3分”) beside points of the task
#: done short of the 分值 (“完成任务计4分”): the share done × 分值 cannot hold them (``formula._target_prorata_bonus``
#: reads it); with no such points (“按完成比例得分,超额完成每超1个百分点加2分”) the share done stands, its bonus to check
_BONUS_PAST_TARGET = lazy_compile(r"超额完成[^,;\d]{0,8}?每?1?(?:个百分点|个|项|家|户|件)加\d")
_TASK_POINTS = lazy_compile(r"完成[^\d,;:()%分每未不扣]{0,16}?(?:的|者)?,?(?:得|计|记)(\d+(?:\.\d+)?)分")


def _bonus_past_target(w: Wording) -> bool:
    if "超额" not in w.text or _BONUS_PAST_TARGET.search(w.text) is None:
        return False
    points = _TASK_POINTS.search(w.text)
    return points is not None and 0 < Decimal(points.group(1)) < w.weight


def _by_share_done(w: Wording) -> Proposed | None:
    """"按实际完成比例计分", "未完成的按比例扣分", "达到目标值得满分,未达到按比例得分"."""
    if _bonus_past_target(w):
        return None
    if _SHARE_DONE.search(w.text):
        return _share_done(w)
    short = _SHORT_OF_TARGET.search(w.text) if "满分" in w.text else None
    if short is None or ("未达" not in w.text and not re.match(r"^[^,;\d%]{2,24}(?:,|$)", w.text[:short.end()])):
        return None
    if short.group("short"):
        return _share_done(w)
    return _share_done(w, f"“{short.group(0)}”：未达到目标的按完成数 ÷ 目标数 × 分值计分读，请核对")


def _share_done(w: Wording, doubt: str | None = None) -> Proposed:
    """The share done × 分值, on an item named for the indicator's completion."""
    label = w.name if "完成" in w.name else w.name + "完成情况"
    return Proposed([RULE.item(label, w.weight, {})], "完成比例：得分 = 完成数 ÷ 计划数 × 分值", (doubt,) if doubt else None)


#: “未完成目标任务的按总任务量进行折算得分”, “出现未享受的按比例扣分”, “未到位的部分按比例扣减”: what is left undone takes
#: its share of the 分值 (the score is the share done); the words do not say of what the share is taken: to check
_LEFT_UNDONE = lazy_compile(r"(?:(?:出现|存在|有)?(?:未|没有)[\u4e00-\u9fff]{1,12}?|"
                          # “不按规定安装和使用定位系统的,按比例扣分”: a clause opening with what is not done
                          r"(?:^|(?<=[,;]))不(?![足到够能])[\u4e00-\u9fff、]{2,24}?|"
                          # “市本级专项经费不足的按比例扣分”: a shortfall of what is required, the requirement unsaid
                          r"(?P<short>(?:^|(?<=[,;]))[^,;\d]{0,16}?不足(?=(?:的|时)?,?按比例))|"
                          # “验收不过关少一人按比例扣分”: each one short of the task, its share
                          r"(?:^|(?<=[,;]))[^,;\d]{0,16}?(?:少|缺)1(?:人|名|个|户|项)(?=(?:的|时)?,?按比例))"
                          # “没有按要求落实专项经费的辖区县(市、区)按比例扣分”: the units that fail named after it
                          r"(?:的(?:部分|[\u4e00-\u9fff]{1,8}?(?:\([\u4e00-\u9fff、]{1,10}\))?)|的)?,?(?:"
                          r"按[\u4e00-\u9fff]{0,12}?(?:进行)?折算(?:得分|计分)|"
                          r"按比例(?:扣分|扣减|折算))(?=$|[;,。])")


#: points a text gives what is done (“得10分”, “计满分”)
_POINTS_SAID = lazy_compile(r"[得计记](?:满分|\d)")


def _left_undone(w: Wording) -> Proposed | None:
    """“达到目标任务要求得20分,未完成目标任务的按总任务量进行折算得分”: the score is the share done."""
    m = _LEFT_UNDONE.search(w.text)
    if not m or (m.group("short") is not None and _POINTS_SAID.search(w.text)) or _bonus_past_target(w):
        return None  # “完成…得10分,不足的按比例扣分”: the points of the task done (rate._done_else_share)
    return _share_done(w, f"“{m.group(0)}”：按已完成（已落实）的比例 × 分值读，比例按何数计算请核对")


#: “按比例计分”, “按实际比例得分”, “按项目完成进度计分”, “按完成进度比例计分”: the whole text scores a proportion, and
#: says no more of it — read as the share done
_BY_PROPORTION = lazy_compile(r"^(?:按照?|根据|依)(?:实际)?(?:(?:项目|工作|任务)?(?:完成|达成)进度(?:的)?(?:比例)?|(?:达成)?比例)(?:计算)?"
                            r"(?:得分|计分|评分)$")


def _by_proportion(w: Wording) -> Proposed | None:
    """A proportion with nothing said of what of: the share done × 分值, to check."""
    t = w.text.rstrip(";.")
    if len(t) > 14:
        return None
    m = _BY_PROPORTION.match(t)
    if not m:
        return None
    return _share_done(w, f"“{t}”：按完成数 ÷ 计划数 × 分值读，比例按何数计算请核对")


#: “根据任务数,算出每人的平均分数,缺1例,扣减1人平均分”, “…少完成1例任务扣减相应的分值”: the 分值 shared out over the cases
#: asked for, each case short costing its share: the share done × 分值
_AVERAGE_PER_CASE = lazy_compile(r"^(?:根据|按照?|依据)(?:下达的?)?(?:任务数|任务量|任务),?(?:算出|计算出?|求出)?"
                               r"每(?P<unit>人|例|个|件|项|户)的?平均(?:分数|分值|分),?(?:缺|少完成|少|未完成)1(?:人|例|个|件|项|户)"
                               r"(?:任务)?,?(?:扣减|扣|减)(?:1(?:人|例|个|件|项|户)的?平均(?:分数|分值|分)|相应的?分值)$")


def _average_per_case(w: Wording) -> Proposed | None:
    """“根据任务数,算出每人的平均分数,缺1例,扣减1人平均分”: each case asked for is worth 分值 ÷ 任务数, each case short costs
    it, so the score is the share done × 分值. To check: that a case past the task adds nothing is not said."""
    t = w.text.rstrip(";.")
    m = _AVERAGE_PER_CASE.match(t)
    if not m:
        return None
    return _share_done(w, f"“{t}”：每{m.group('unit')}的平均分按分值 ÷ 任务数读，得分 = 完成数 ÷ 任务数 × 分值，超过任务数的不加分")


#: “以目标值为满分,按比例计分”, “以年度计划为满分,按实际完成比例得分”, “以100%为满分,按比例折算”: the whole (the target, the
#: plan, 100%) scores the 分值, a part of it its share; what may follow is a cap or the like (the reading's phrases)
FULL_AT_WHOLE = lazy_compile(r"^以(?P<whole>(?:年度|全年|本年度|当年|季度)?(?:目标值|目标数|目标任务|目标|计划值|计划数|计划任务|计划|任务数|任务量|任务)|"
                           r"100%)为满分,按(?:实际)?(?:完成)?(?:比例|完成率|百分比)(?:计算|折算)?(?:计分|得分|评分)?(?=$|[,;.])")


def _full_at_whole(w: Wording) -> Proposed | None:
    """``FULL_AT_WHOLE``: the share done × 分值; where the whole is a bare 100%, of what the share is taken is not
    said (to check)."""
    m = FULL_AT_WHOLE.match(w.text)
    if not m:
        return None
    if m.group("whole") == "100%":
        return _share_done(w, f"“{m.group(0)}”：按完成数 ÷ 计划数 × 分值读，比例按何数计算请核对")
    return _share_done(w)


def _score_is_completion_rate(w: Wording) -> Proposed | None:
    """"得分=完成率×分值"."""
    m = SCORE_IS_RATE.search(w.text)
    if not m or "完成" not in m.group("named") or not multiplies_weight(m, w.weight):
        return None
    return Proposed([RULE.item(w.name, w.weight, {})], "完成比例：得分 = 完成率 × 分值", rate_doubts(m))


def describe(params: Params, item_max: Decimal) -> Phrase:
    return said(msg(T("得分 = 完成数 ÷ 计划数 × 分值")))


RULE = RuleType(
    type="completion",
    name=T("完成比例"),
    params=(Param("unit", T("单位"), "text"),),
    inputs=(Input("rows", T("计划数与完成数"), "rows"),),
    check=check,
    score=score,
    binds=frozenset({"ratio"}),
    from_figure=from_figure,
    proposals=(Recogniser(500, _by_share_done), Recogniser(510, _score_is_completion_rate), Recogniser(770, _left_undone),
               Recogniser(780, _by_proportion), Recogniser(5810, _average_per_case), Recogniser(8700, _full_at_whole)),
    describe=describe,
)
