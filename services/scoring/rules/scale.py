"""等级评定: the team rates the item on a scale (优/良/中/差), each level a share of the 分值."""
from __future__ import annotations

import re
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from models.messages import said as refusal
from services.core.numbers import HUNDRED, RuleInputError, fmt, pct, to_decimal
from services.scoring.rules.base import (
    Column,
    Input,
    Inputs,
    ItemResult,
    Msg,
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
    need,
    said,
)
from services.scoring.rules.choice import ALL_BELOW, NAMES_A_LACK, NONE_APPLIES
from services.scoring.rules.wording import graded_segments, s, states_shares


def check(params: Params, item_max: Decimal) -> list[str]:
    levels = params.get("levels")
    if not isinstance(levels, list) or not levels:
        return [refusal("缺少等级 levels")]
    problems: list[str] = []
    for i, lv in enumerate(levels, 1):
        sub = need(lv, "share") if isinstance(lv, Mapping) and "label" in lv else [refusal("缺少 label")]
        problems += [refusal("第 {i} 个等级：{problem}", i=i, problem=m) for m in sub]
        if not sub and to_decimal(lv["share"]) > 1:
            problems.append(refusal("等级“{label}”的比例 share 不能大于 1", label=lv["label"]))
    return problems


def score(params: Params, inputs: Inputs, item_max: Decimal) -> ItemResult:
    label = inputs.get("level")
    if label in (None, ""):
        return ItemResult(None, msg(T("尚未评定等级")))
    for lv in params["levels"]:
        if lv["label"] == label:
            share = to_decimal(lv["share"])
            raw = item_max * share
            return clamp(raw, item_max, msg(T("评定为“%1”（%2），得分 = %2 × %3 = %4"), label, pct(share * HUNDRED),
                                            fmt(item_max), fmt(raw)))
    raise RuleInputError(refusal("没有“{label}”这个等级", label=label))


def options(params: Params, item_max: Decimal) -> list[tuple[str, Any, Msg]]:
    return [(lv["label"], lv["label"], msg(T("%1（%2 分）"), lv["label"], fmt(item_max * Decimal(str(lv["share"])))))
            for lv in params.get("levels", [])]


# ── wordings ────────────────────────────────────────────────────────────────
def _levels(w: Wording) -> Proposed | None:
    """"优秀的得满分；良好的得分值的80%；…" (levels given as shares of the 分值)."""
    found = graded_segments(w.text, w.weight)
    if len(found) < 2 or not states_shares(w.text):
        return None
    if all(share in (0, 1) or not re.search(r"分值的|权重分的", w.text) for _label, share, _points in found):
        return None  # 满分 and points only: situations (情形选择), not shares of the 分值
    levels = [{"label": label, "share": s(share)} for label, share, _points in found]
    least = min(found, key=lambda f: f[1])
    if least[1] > 0 and not ALL_BELOW.search(least[0]) and not NAMES_A_LACK.search(least[0]):
        # “完全符合得满分,基本符合扣分值的40%”: no level scores nothing, none takes in every case below the others nor
        # names a lack (“不符合得分值的30%”) — a requirement not met at all is unsaid (as a 情形选择's “以上情形均不符合”):
        # read with it at 0, to check
        levels.append({"label": NONE_APPLIES, "share": "0"})
        return Proposed([RULE.item("评定等级", w.weight, {"levels": levels})], f"等级评定：{len(levels)} 个等级",
                        (f"“{NONE_APPLIES}”：评分标准未说明，按0分计，请核对",))
    return Proposed([RULE.item("评定等级", w.weight, {"levels": levels})], f"等级评定：{len(levels)} 个等级")


def describe(params: Params, item_max: Decimal) -> Phrase:
    levels = [lv for lv in params.get("levels") or [] if isinstance(lv, Mapping)]
    return said(msg(T("等级："))) + joined(
        [msg(T("%1 得分值的 %2"), lv.get("label", ""), pct(to_decimal(lv.get("share", 0)) * HUNDRED)) for lv in levels], T("；"))


RULE = RuleType(
    type="scale",
    name=T("等级评定"),
    params=(
        Param("levels", T("等级"), "table", required=True,
              default=[{"label": "优", "share": "1"}, {"label": "良", "share": "0.8"}, {"label": "中", "share": "0.6"},
                       {"label": "差", "share": "0"}],
              columns=(Column("label", T("等级"), "text"), Column("share", T("得分比例（0–1）"), "number"))),
    ),
    inputs=(Input("level", T("等级"), "option"),),
    check=check,
    score=score,
    options=options,
    proposals=(Recogniser(1000, _levels),),
    describe=describe,
)
