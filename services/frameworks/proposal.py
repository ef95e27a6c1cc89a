"""Propose a scoring rule (type + params, see docs/framework-format.md) from a 评分标准 text.

Used when an indicator system is imported from Excel: where the words match a pattern real scoring
sheets use (每…扣…分，扣完为止; ≥X%计满分，每低于1%扣Y分; …各N分; 每延迟1个月扣N分; 分档 …),
the rule is proposed with its parameters for the evaluator to confirm; otherwise the indicator
gets a judgement rule (酌情评分). Nothing here is ever executed: the result is plain data that
``services.scoring.rules.check_item`` validates like any hand-written framework.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from services.core.numbers import fmt
from services.scoring.rules import RULES, check_item

CIRCLED = "".join(chr(0x2460 + i) for i in range(20))  # ①…⑳
NUM = r"(\d+(?:\.\d+)?)"
SNUM = r"(-?\d+(?:\.\d+)?)"

# Known rate formulas (资金到位率 = 到位 ÷ 预算 …) used to label a ratio input; the key is a fragment of the indicator name.
KNOWN_RATIOS = [
    ("资金到位率", "实际到位资金", "预算资金"),
    ("到位率", "实际到位资金", "预算资金"),
    ("预算执行率", "实际支出资金", "实际到位资金"),
    ("执行率", "实际支出资金", "实际到位资金"),
    ("在线率", "在线数量", "设备数量"),
    ("达标率", "质量达标产出数", "实际产出数"),
    ("合格率", "质量达标产出数", "实际产出数"),
    ("完成率", "实际产出数", "计划产出数"),
]


@dataclass
class Proposal:
    """A proposed list of scoring items for one indicator."""

    items: list[dict[str, Any]]
    kind: str  # the rule type ("checklist", "deduction", …) or "mixed"
    summary: str  # what was recognised, in words, for the confirmation step
    confident: bool  # False when nothing matched and a judgement rule was used
    notes: list[str] = field(default_factory=list)


# ── text helpers ────────────────────────────────────────────────────────────
_TRANS = str.maketrans({**{chr(0xFF10 + i): str(i) for i in range(10)}, "％": "%", "．": ".", "＞": ">",
                        "＜": "<", "≧": "≥", "≦": "≤", "（": "(", "）": ")", "～": "~", "〜": "~", "－": "-",
                        "—": "-", "–": "-", "＝": "=", "×": "*", "＊": "*", "；": ";", "，": ",", "：": ":",
                        "。": ";", " ": "", "\u3000": "", "\n": "", "\r": "", "\t": ""})


def normalize(text: str) -> str:
    """Half-width digits and punctuation, no spaces — so patterns stay short. Circled numbers are kept."""
    t = (text or "").translate(_TRANS)
    return t.replace(">=", "≥").replace("<=", "≤").replace("大于等于", "≥").replace("小于等于", "≤")


def _d(text: str) -> Decimal:
    return Decimal(text)


def _s(d: Decimal) -> str:
    """A Decimal written as the framework files write numbers ("0.5", "10")."""
    d = d.normalize()
    return format(d, "f") if d != d.to_integral_value() else str(int(d))


def _marks(group: str) -> list[str]:
    """'①、②' → ['①', '②']; '①~⑤' → ['①', …, '⑤']."""
    out: list[str] = []
    chars = [c for c in group if c in CIRCLED or c in "~-至"]
    i = 0
    while i < len(chars):
        c = chars[i]
        if c in CIRCLED:
            if i + 2 < len(chars) and chars[i + 1] in "~-至" and chars[i + 2] in CIRCLED:
                a, b = CIRCLED.index(c), CIRCLED.index(chars[i + 2])
                out += [CIRCLED[k] for k in range(a, b + 1)]
                i += 3
                continue
            out.append(c)
        i += 1
    return list(dict.fromkeys(out))


def point_texts(points: str) -> dict[str, str]:
    """The 评价要点 text split at ①②③: {'①': '决策是否符合…', …}."""
    text = re.sub(r"^[^①-⑳]*", "", points or "")
    found: dict[str, str] = {}
    parts = re.split(f"([{CIRCLED}])", text)
    for i in range(1, len(parts) - 1, 2):
        body = parts[i + 1].strip().rstrip("；;。.，,、 ")
        found.setdefault(parts[i], body)
    return found


def _point_label(mark: str, texts: dict[str, str]) -> str:
    body = texts.get(mark, "").replace("是否", "")
    if len(body) > 40:
        body = body[:39] + "…"
    return mark + (body or "要点")


def _ratio_labels(name: str, explanation: str = "") -> tuple[str, str] | None:
    m = re.search(r"=\(?([^/=()]{2,20})/([^/=()]{2,20})\)?\*?100%", normalize(explanation))
    if m:
        return m.group(1), m.group(2)
    for key, num, den in KNOWN_RATIOS:
        if key in name:
            return num, den
    return None


def _is_ratio(name: str) -> bool:
    """A rate the team computes from two numbers (执行率、到位率、在线率) rather than one it is given."""
    return name.rstrip().endswith("率") and "满意" not in name


def _rate_label(name: str, explanation: str) -> str:
    labels = _ratio_labels(name, explanation)
    rate = re.sub(r"^.*?([\u4e00-\u9fff]{2,8}率)$", r"\1", name) if name.endswith("率") else name
    return f"{rate}（{labels[0]}/{labels[1]}）" if labels and _is_ratio(name) else rate


def _item(key: str, label: str, max_: Decimal, rtype: str, params: dict[str, Any]) -> dict[str, Any]:
    return {"key": key, "label": label, "max": _s(max_), "type": rtype, "params": params}


def _with_labels(params: dict[str, Any], name: str, explanation: str) -> dict[str, Any]:
    """Name what a value or ratio input measures, so the calculation reads in the evaluator's words."""
    rate = re.sub(r"^.*?([\u4e00-\u9fff]{2,8}率)$", r"\1", name) if name.endswith("率") else name
    params["value_label"] = rate or "值"
    labels = _ratio_labels(name, explanation) if params.get("input") == "ratio" else None
    if labels:
        params["numerator_label"], params["denominator_label"] = labels
    return params


def _deduct(amount: str, unit: str) -> tuple[str, str]:
    """('10', '%') with 权重分的/分值的 → percent_of_max; ('0.5', '分') → points."""
    return _s(_d(amount)), ("percent_of_max" if unit == "%" else "points")


# ── patterns ────────────────────────────────────────────────────────────────
_MARK_GROUP = re.compile(rf"(?P<marks>[{CIRCLED}](?:[、,和及与~\-至]*[{CIRCLED}])*)(?P<each>各)?(?P<pts>\d+(?:\.\d+)?)分")
_PER_INSTANCE = re.compile(r"(\d+)(例|项|处|次|个)[^;]{0,24}?扣(?:除)?(\d+(?:\.\d+)?)分")


def _circled(t: str, weight: Decimal, name: str, points: str) -> Proposal | None:
    groups = [m for m in _MARK_GROUP.finditer(t) if t[max(0, m.start() - 1):m.start()] != "第"]
    if not groups:
        return None
    texts = point_texts(points)
    clauses = []
    for i, m in enumerate(groups):
        end = groups[i + 1].start() if i + 1 < len(groups) else len(t)
        clauses.append((_marks(m.group("marks")), _d(m.group("pts")), t[m.end():end]))
    deductions: list[dict[str, Any]] = []
    checklist: list[dict[str, Any]] = []
    for marks, pts, rest in clauses:
        each = pts
        d = _PER_INSTANCE.search(rest)
        for mk in marks:
            if d:
                per = _d(d.group(3)) / _d(d.group(1))
                deductions.append(_item("", _point_label(mk, texts), each, "deduction",
                                        {"per": _s(per), "unit": d.group(2)}))
            else:
                checklist.append({"key": f"p{CIRCLED.index(mk) + 1}", "label": _point_label(mk, texts),
                                  "max": _s(each)})
    items: list[dict[str, Any]] = list(deductions)
    if checklist:
        total = sum((_d(p["max"]) for p in checklist), Decimal(0))
        params: dict[str, Any] = {"points": checklist}
        gate = re.search(rf"([{CIRCLED}])不符合\)?的?,?(?:本|该)?(?:指标|项)?不得分", t)
        if gate and f"p{CIRCLED.index(gate.group(1)) + 1}" in {p["key"] for p in checklist}:
            params = {"gate": f"p{CIRCLED.index(gate.group(1)) + 1}", "points": checklist}
        short = re.sub(r"[（(].*?[)）]", "", name)[-6:] if name else ""
        items.append(_item("", "".join(p["label"][0] for p in checklist) + short, total, "checklist", params))
    for i, it in enumerate(items):
        it["key"] = chr(ord("a") + i)
    kinds = {it["type"] for it in items}
    kind = kinds.pop() if len(kinds) == 1 else "mixed"
    words = []
    if deductions:
        words.append(f"{len(deductions)} 个逐例扣分项（" + "、".join(
            f"{it['label'][0]}{fmt(_d(it['max']))}分每{it['params']['unit']}扣{it['params']['per']}" for it in deductions) + "）")
    if checklist:
        words.append(f"要点核查 {len(checklist)} 个要点（" + "、".join(
            f"{p['label'][0]}{p['max']}分" for p in checklist) + "）")
    return Proposal(items, kind, "；".join(words), True)


_DELAY = re.compile(r"每(?:延迟|推迟|逾期|滞后|延期|超期)(\d+(?:\.\d+)?)?(个月|月|天|日|周)[^;]*?扣" + NUM + "分")


def _delay(t: str, weight: Decimal, name: str) -> Proposal | None:
    m = _DELAY.search(t)
    if not m:
        return None
    n = _d(m.group(1) or "1")
    unit = "月" if "月" in m.group(2) else ("天" if m.group(2) in ("天", "日") else m.group(2))
    per = _d(m.group(3)) / n
    grace = re.search(r"(?:宽限|延迟|推迟)" + NUM + r"(?:个月|月|天|日)(?:以内|内)(?:的)?(?:不扣分|得满分)", t)
    params = {"per": _s(per), "unit": unit, "grace": _s(_d(grace.group(1))) if grace else "0"}
    label = name if "延迟" in name or "及时" not in name else name.replace("及时性", "") + "延迟" + ("月数" if unit == "月" else "天数")
    return Proposal([_item("a", label, weight, "delay", params)], "delay",
                    f"延迟扣分：每延迟1{('个月' if unit == '月' else unit)}扣 {params['per']} 分", True)


_UPPER_FULL = re.compile(r"(?:小于|不超过|低于|未超过|不高于|未超出|控制在)[^,;]{0,6}(?:合同|预算|概算|计划|批复|控制|限)[^,;]{0,6}(?:记|计|得)满分")
_UPPER_STEP = re.compile(r"每(?:大于|超过|超出|高于|增加)" + NUM + r"(%|个百分点)[^;]*?扣(权重分的|分值的)?" + NUM + r"(分|%)")


def _upper_bound(t: str, weight: Decimal, name: str) -> Proposal | None:
    if not _UPPER_FULL.search(t):
        return None
    m = _UPPER_STEP.search(t)
    if not m:
        return None
    deduct, mode = _deduct(m.group(4), "%" if (m.group(3) or m.group(5) == "%") else "分")
    params = {"step": _s(_d(m.group(1))), "deduct": deduct, "deduct_mode": mode}
    lim = re.search(r"(合同额|合同金额|预算|概算|计划成本|批复金额)", t)
    label = f"实际成本与{lim.group(1) if lim else '上限'}"
    return Proposal([_item("a", label, weight, "upper_bound", params)], "upper_bound",
                    f"上限控制：超过上限每 {params['step']}% 扣 {deduct}{'%分值' if mode == 'percent_of_max' else ' 分'}", True)


_FULL = r"(?:计满分|得满分|记满分|为满分|满分|(?:计|得|记)(?P<fullpts>\d+(?:\.\d+)?)分)"
_CMP = r"(?P<cmp>≥|>|≤|<|不低于|不少于|达到|达|高于|大于|超过|不高于|不超过|低于|小于|在)?"
_THRESHOLD_FULL = re.compile(_CMP + r"(?P<x>-?\d+(?:\.\d+)?)%(?:\(含\))?(?P<post>及以上|以上|及以下|以下)?(?:的)?,?" + _FULL)
_THRESHOLD_STEP = re.compile(r"每(?P<dir>低于|减少|下降|降低|低|少|高于|增加|上升|超过|超出|提高|高)(?P<step>\d+(?:\.\d+)?)"
                             r"(?:%|个百分点)[^;]*?扣(?P<share>权重分的|分值的)?(?P<amt>\d+(?:\.\d+)?)(?P<unit>分|%)")
_HIGHER_WORDS = ("低于", "减少", "下降", "降低", "低", "少")


def _threshold(t: str, weight: Decimal, name: str, explanation: str) -> Proposal | None:
    step = _THRESHOLD_STEP.search(t)
    if not step:
        return None
    full = None
    for m in _THRESHOLD_FULL.finditer(t):
        if m.start() < step.start() and (m.group("fullpts") is None or _d(m.group("fullpts")) == weight):
            full = m
    if not full:
        return None
    higher = step.group("dir") in _HIGHER_WORDS
    cmp = full.group("cmp") or ""
    if higher:
        inclusive = cmp not in (">", "高于", "大于", "超过")
    else:
        inclusive = cmp not in ("<", "低于", "小于")
    mode = "percent_of_max" if (step.group("share") or step.group("unit") == "%") else "points"
    ratio = _is_ratio(name)
    params = {"full_at": _s(_d(full.group("x"))), "inclusive": inclusive, "direction": "higher" if higher else "lower",
              "step": _s(_d(step.group("step"))), "deduct": _s(_d(step.group("amt"))), "deduct_mode": mode,
              "stepwise": False, "input": "ratio" if ratio else "value", "unit": "%"}
    _with_labels(params, name, explanation)
    label = _rate_label(name, explanation) if ratio else re.sub(r"^(服务对象|群众|受益对象)", "", name) or name
    sign = ("≥" if inclusive else ">") if higher else ("≤" if inclusive else "<")
    per = f"扣分值的 {params['deduct']}%" if mode == "percent_of_max" else f"扣 {params['deduct']} 分"
    return Proposal([_item("a", label, weight, "threshold", params)], "threshold",
                    f"达标线扣分：{sign}{params['full_at']}% 得满分，每{'低于' if higher else '高于'} {params['step']}% {per}"
                    + ("（按两个数计算比率）" if ratio else ""), True)


def _completion_or_rate(t: str, weight: Decimal, name: str) -> Proposal | None:
    if re.search(r"未完成[^,;]{0,6}比例|按(?:实际)?完成(?:情况|比例)[^,;]{0,4}(?:扣分|计分|得分)|完成比例", t):
        return Proposal([_item("a", (name + "完成情况") if "完成" not in name else name, weight, "completion", {})],
                        "completion", "完成比例：得分 = 完成数 ÷ 计划数 × 分值", True)
    m = re.search(r"得分=([^*,;.]{1,12}?率)\*(?:分值|权重|" + NUM + r"分?)", t)
    if m:
        if "完成" in m.group(1):
            return Proposal([_item("a", name, weight, "completion", {})], "completion",
                            "完成比例：得分 = 完成率 × 分值", True)
        cap = not re.search(r"超过100%的?(?:部分)?(?:可|也)?(?:按实际|照计)", t)
        return Proposal([_item("a", _rate_label(name, ""), weight, "rate", {"cap": cap})], "rate",
                        f"比率计分：得分 = {m.group(1)} × 分值" + ("，超过100%按100%计" if cap else ""), True)
    return None


def _all_or_nothing(t: str, weight: Decimal, name: str) -> Proposal | None:
    m = re.search(r"(?:(?:得|计|记)?(?P<pts>\d+(?:\.\d+)?)分|得满分|计满分),?否则(?:不得分|得0分|不计分|计0分|0分)", t)
    if not m or (m.group("pts") and _d(m.group("pts")) != weight):
        return None
    cond = t[:m.start()].strip(",;")
    cond = cond.split(",")[0] if "," in cond else cond
    cond = re.sub(r"(后|的|时)$", "", re.sub(r"(?:得|计|记)$", "", cond)).strip() or name
    return Proposal([_item("a", name if len(name) <= 12 else cond, weight, "all_or_nothing", {"condition": cond})],
                    "all_or_nothing", f"全有或全无：满足“{cond}”得 {fmt(weight)} 分，否则不得分", True)


def _plain_checklist(t: str, weight: Decimal) -> Proposal | None:
    m = re.search(r"^([^;]+?)各" + NUM + "分", t)
    if not m:
        return None
    parts = [p for p in re.split(r"[、,和及]", m.group(1)) if p]
    if len(parts) < 2:
        return None
    pts = _d(m.group(2))
    d = _PER_INSTANCE.search(t[m.end():])
    if d:  # "A、B各1分，每发现1例扣0.5分": one deduction item per part
        per = _d(d.group(3)) / _d(d.group(1))
        items = [_item(chr(ord("a") + i), p, pts, "deduction", {"per": _s(per), "unit": d.group(2)})
                 for i, p in enumerate(parts)]
        return Proposal(items, "deduction", f"{len(parts)} 个逐例扣分项，各 {fmt(pts)} 分，每{d.group(2)}扣 {_s(per)} 分", True)
    points = [{"key": f"p{i}", "label": p, "max": _s(pts)} for i, p in enumerate(parts, 1)]
    return Proposal([_item("a", "、".join(parts), pts * len(parts), "checklist", {"points": points})], "checklist",
                    f"要点核查 {len(parts)} 个要点，各 {fmt(pts)} 分", True)


def _plain_deduction(t: str, weight: Decimal, name: str) -> Proposal | None:
    m = _PER_INSTANCE.search(t)
    if not m or "每" not in t[:m.end()]:
        return None
    per = _d(m.group(3)) / _d(m.group(1))
    return Proposal([_item("a", name, weight, "deduction", {"per": _s(per), "unit": m.group(2)})], "deduction",
                    f"逐例扣分：每{m.group(2)}扣 {_s(per)} 分，扣完为止", True)


def _score_of(seg: str, weight: Decimal) -> Decimal | None:
    if re.search(r"不得分|得0分|计0分", seg):
        return Decimal(0)
    if re.search(r"(?:得|计|记)满分", seg):
        return weight
    m = re.search(r"(?:得|计|记)(?:分值的|权重分的)" + NUM + "%", seg)
    if m:
        return weight * _d(m.group(1)) / 100
    m = re.search(r"(?:得|计|记)" + NUM + "分", seg)
    return _d(m.group(1)) if m else None


def _range_of(seg: str) -> dict[str, Any] | None:
    """The value range a tier segment states, or None."""
    m = re.search(SNUM + r"%?(≤|<)[^≤<≥>\d]{1,10}(≤|<)" + SNUM + "%?", seg)
    if m:
        return {"min": _s(_d(m.group(1))), "min_inclusive": m.group(2) == "≤", "max": _s(_d(m.group(4))),
                "max_inclusive": m.group(3) == "≤"}
    m = re.search(SNUM + r"%?(\(含\))?[~\-至]" + SNUM + r"%(\(含\))?", seg)
    if m:
        return {"min": _s(_d(m.group(1))), "min_inclusive": True, "max": _s(_d(m.group(3))),
                "max_inclusive": bool(m.group(4))}
    m = re.search(r"(≥|>|不低于|不少于|达到|高于|大于|超过)" + SNUM + "%?", seg) or re.search(SNUM + r"%(\(含\))?(及以上|以上)", seg)
    if m:
        if m.re.pattern.startswith("(≥"):
            return {"min": _s(_d(m.group(2))), "min_inclusive": m.group(1) in ("≥", "不低于", "不少于", "达到"),
                    "max": None, "max_inclusive": False}
        return {"min": _s(_d(m.group(1))), "min_inclusive": True, "max": None, "max_inclusive": False}
    m = re.search(r"(≤|<|不高于|不超过|低于|小于)" + SNUM + "%", seg) or re.search(SNUM + r"%(\(含\))?(及以下|以下)", seg)
    if m:
        if m.re.pattern.startswith("(≤"):
            return {"min": None, "min_inclusive": False, "max": _s(_d(m.group(2))),
                    "max_inclusive": m.group(1) in ("≤", "不高于", "不超过")}
        return {"min": None, "min_inclusive": False, "max": _s(_d(m.group(1))), "max_inclusive": bool(m.group(2)) or m.group(3) == "及以下"}
    return None


def _tiers(t: str, weight: Decimal, name: str, explanation: str) -> Proposal | None:
    segs = [s for s in re.split(r";", t) if s]
    tiers = []
    for seg in segs:
        score, rng = _score_of(seg, weight), _range_of(seg)
        if score is None or rng is None:
            continue
        tiers.append({**rng, "score": _s(score)})
    if len(tiers) < 2:
        return None
    ratio = _is_ratio(name)
    params = _with_labels({"input": "ratio" if ratio else "value", "unit": "%", "tiers": tiers}, name, explanation)
    label = _rate_label(name, explanation) if ratio else name
    return Proposal([_item("a", label, weight, "tiers", params)], "tiers", f"分档计分：{len(tiers)} 档", True)


def _scale_or_choice(t: str, weight: Decimal) -> Proposal | None:
    segs = [s for s in re.split(r"[;]", t.rstrip(";")) if s]
    if len(segs) < 2:
        segs = [s for s in re.split(r",", t.rstrip(";")) if s]
    levels, options = [], []
    for seg in segs:
        m = re.match(r"(.+?)(?:的)?,?(?:得|计|记)(满分|分值的(\d+(?:\.\d+)?)%|(\d+(?:\.\d+)?)分)$", seg) or \
            re.match(r"(.+?)(?:的)?,?(不得分)$", seg)
        if not m:
            continue
        label = re.sub(r"^(?:按[^:]*:)", "", m.group(1)).strip(",:")
        if m.group(2) == "不得分":
            share, points = Decimal(0), Decimal(0)
        elif m.group(2) == "满分":
            share, points = Decimal(1), weight
        elif m.group(3):
            share = _d(m.group(3)) / 100
            points = weight * share
        else:
            points = _d(m.group(4))
            share = points / weight if weight else Decimal(0)
        levels.append({"label": label, "share": _s(share)})
        options.append({"key": f"o{len(options) + 1}", "label": label, "score": _s(points)})
    if len(levels) < 2:
        return None
    if re.search(r"分值的|权重分的|满分", t):
        return Proposal([_item("a", "评定等级", weight, "scale", {"levels": levels})], "scale",
                        f"等级评定：{len(levels)} 个等级", True)
    return Proposal([_item("a", "情形", weight, "choice", {"options": options})], "choice",
                    f"情形选择：{len(options)} 种情形", True)


def judgement(weight: Decimal, name: str, note: str = "") -> Proposal:
    return Proposal([_item("a", name or "酌情评分", weight, "judgement", {})], "judgement",
                    "酌情评分：评价组在 0～分值内评分并写明理由", False, [note] if note else [])


# ── entry point ─────────────────────────────────────────────────────────────
def propose(criteria: str, weight: Any, name: str = "", points: str = "", explanation: str = "") -> Proposal:
    """The rule proposed for one indicator from its 评分标准 words and 分值.

    ``points`` (指标说明 / 评价要点) supplies the labels of ①②③ points; ``explanation`` (指标解释) may
    state a rate's formula. The proposal always passes ``check_item`` and its items sum to ``weight``;
    otherwise a judgement rule is proposed with a note saying why.
    """
    try:
        w = weight if isinstance(weight, Decimal) else Decimal(str(weight).strip().rstrip("分"))
    except InvalidOperation:
        w = Decimal(0)
    t = normalize(criteria)
    if not t:
        return judgement(w, name, "评分标准为空，已设为酌情评分")
    tried = (
        lambda: _circled(t, w, name, points),
        lambda: _delay(t, w, name),
        lambda: _upper_bound(t, w, name),
        lambda: _threshold(t, w, name, explanation),
        lambda: _completion_or_rate(t, w, name),
        lambda: _tiers(t, w, name, explanation),
        lambda: _all_or_nothing(t, w, name),
        lambda: _plain_checklist(t, w),
        lambda: _plain_deduction(t, w, name),
        lambda: _scale_or_choice(t, w),
    )
    for attempt in tried:
        p = attempt()
        if p is None:
            continue
        total = sum((Decimal(it["max"]) for it in p.items), Decimal(0))
        if total != w:
            return judgement(w, name, f"评分标准中各项分值之和 {fmt(total)} 与指标分值 {fmt(w)} 不一致，"
                                      f"已设为酌情评分（识别到：{p.summary}），请核对")
        problems = [m for it in p.items for m in check_item(it)]
        if problems:
            return judgement(w, name, f"识别到的规则参数有误（{'；'.join(problems)}），已设为酌情评分")
        return p
    return judgement(w, name, "未识别出常见的评分标准句式，已设为酌情评分")


def rule_name(rtype: str) -> str:
    return RULES[rtype].name if rtype in RULES else ("组合" if rtype == "mixed" else rtype)
