"""Reading a whole 评分标准: its parts, and which of its figures a proposed rule places.

The rule types recognise single wordings (their ``proposals``); this module reads a text as the
proposer needs it: the whole-text wordings in order, the text as parts (“1.…(5分)；2.…(5分)”,
“①…，1分；②…，1分”, “计4分…；另计2分…”, “A和B各占1分。<rule>”), and, for the confidence, the points and
percentages the text states that a proposal does not use. ``services.frameworks.proposal``
orchestrates; nothing here imports Qt.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation
from typing import Any

from services.core.numbers import fmt
from services.scoring.rules import (
    all_or_nothing as all_or_nothing_rule,
    check_item,
    checklist as checklist_rule,
    choice as choice_rule,
    completion as completion_rule,
    deduction as deduction_rule,
    delay as delay_rule,
    formula as formula_rule,
    rate as rate_rule,
    recognisers,
    scale as scale_rule,
    threshold as threshold_rule,
    tiers as tiers_rule,
    upper_bound as upper_bound_rule,
)
from services.scoring.rules.base import Proposed, Wording
from services.scoring.rules.wording import CIRCLED, d, s

CHECKLIST = checklist_rule.RULE.type
TIERS, CHOICE, THRESHOLD = tiers_rule.RULE.type, choice_rule.RULE.type, threshold_rule.RULE.type
UPPER_BOUND, SCALE, RATE = upper_bound_rule.RULE.type, scale_rule.RULE.type, rate_rule.RULE.type
COMPLETION, DELAY, FORMULA = completion_rule.RULE.type, delay_rule.RULE.type, formula_rule.RULE.type
DEDUCTION = deduction_rule.RULE.type

#: words that leave the score to the team: a proposal with them is never confident
VAGUE = re.compile(r"酌情|视情况|视具体情况|适当扣分|适当加分|适当扣减|酌减|原则上|视[^,;]{0,6}程度|按[^,;]{0,6}程度|综合(?:评定|判断|考虑|评价)|择其一|由评价组|酌定|"
                   r"根据实际情况|根据情况|视其|\d+(?:\.\d+)?[-~至]\d+(?:\.\d+)?分|加分|奖励分")
#: points and percentages a text states: each must be placed in the proposal
FIGURE = re.compile(r"(\d+(?:\.\d+)?)(分(?!之|别|类|项|解|析|配|管|级|期|批)|%|个百分点)")



def vague_words(t: str) -> list[str]:
    """The words of judgement in a normalised text."""
    return [m.group(0) for m in VAGUE.finditer(t)]


def problem(found: Proposed, w: Decimal) -> str:
    total = sum((Decimal(it["max"]) for it in found.items), Decimal(0))
    if total != w:
        return (f"评分标准中各项分值之和 {fmt(total)} 与指标分值 {fmt(w)} 不一致，"
                f"已设为酌情评分（识别到：{found.summary}），请核对")
    problems = [m for it in found.items for m in check_item(it)]
    if problems:
        return f"识别到的规则参数有误（{'；'.join(problems)}），已设为酌情评分"
    return ""


def candidates(w: Wording) -> Iterator[Proposed]:
    """Readings of the text, most specific first: whole-text wordings, then the text as parts."""
    for _rule, recogniser in recognisers():
        found = recogniser.recognise(w)
        if found is not None:
            yield found
    parts = composite(w)
    if parts is not None:
        yield parts
    each = each_part(w)
    if each is not None:
        yield each


def whole(w: Wording) -> Proposed | None:
    """The first whole-text wording that reads the text cleanly (every figure placed, one reading)."""
    fallback = clean = None
    for _rule, recogniser in recognisers():
        found = recogniser.recognise(w)
        if found is None or problem(found, w.weight):
            continue
        if not unplaced_words(w.text, found, w.weight) and not reading_doubts(w.text, found):
            return found
        if not unplaced_words(w.text, found, w.weight):
            clean = clean or found
        fallback = fallback or found
    return clean or fallback


# ── composite texts: one scoring item per part ──────────────────────────────
_NUMBERED = re.compile(r"(?:^|(?<=[;,:。)]))(?:\((\d{1,2})\)|(\d{1,2})[.、](?!\d))")
_POINTS_AT_END = re.compile(r"\((\d+(?:\.\d+)?)分?[,;)]|(?:得|计|记|占|,|:)(\d+(?:\.\d+)?)分[;,]?$|\((\d+(?:\.\d+)?)分?\)$")
_POINTS_HEAD = re.compile(r"(?:(?:得|计|记|占|另计|另得)(\d+(?:\.\d+)?)分)")


def _split_numbered(t: str) -> list[str]:
    """Parts introduced by 1. 2. 3. / (1)(2) / ①②③, in sequence; [] when the text has no such parts."""
    marks = []
    expect = 1
    for m in _NUMBERED.finditer(t):
        n = int(m.group(1) or m.group(2))
        if n == expect:
            marks.append(m)
            expect += 1
    if len(marks) >= 2:
        return [t[m.end():(marks[i + 1].start() if i + 1 < len(marks) else len(t))] for i, m in enumerate(marks)]
    circled = [i for i, c in enumerate(t) if c in CIRCLED]
    if len(circled) >= 2 and all(CIRCLED.index(t[i]) == k for k, i in enumerate(circled)):
        return [t[i + 1:(circled[k + 1] if k + 1 < len(circled) else len(t))] for k, i in enumerate(circled)]
    return []


def _split_stated(t: str) -> list[str]:
    """“…得3分,…扣完3分为止;…得3分,…扣完3分为止” / “计4分…;另计2分…”: parts that each state their points."""
    segs = [x for x in re.split(r";|(?=另计\d)", t) if x.strip(",")]
    if len(segs) < 2:
        return []
    if all(_POINTS_HEAD.search(x) and re.search(r"扣|每|否则|不得分", x) for x in segs):
        return segs
    return []


def _part_points(part: str) -> tuple[Decimal, str] | None:
    """A part's own points and its text without them."""
    body = part.strip(";,。 ")
    m = re.search(r"\((\d+(?:\.\d+)?)分?(?:,([^()]*))?\)$", body)
    if m:
        rest = body[:m.start()] + ("," + m.group(2) if m.group(2) else "")
        return d(m.group(1)), rest
    m = re.search(r"[,:](\d+(?:\.\d+)?)分$", body)
    if m:
        return d(m.group(1)), body[:m.start()]
    heads = list(_POINTS_HEAD.finditer(body))
    if len(heads) == 1:
        return d(heads[0].group(1)), body
    return None


def _sub_parts(part: str) -> list[str]:
    """“…得5分,每少1次扣0.5分,扣完为止,参加会议(2分,少1次扣0.5分,扣完为止)”: two items in one numbered part."""
    m = re.search(r",([^,;()]+\(\d+(?:\.\d+)?分,[^()]*\))$", part)
    if m and _POINTS_HEAD.search(part[:m.start()]):
        return [part[:m.start()], m.group(1)]
    segs = [x for x in part.split(";") if x]
    if len(segs) > 1 and all(_part_points(x) for x in segs) and not any(re.search(r"扣|每|否则|%", x) for x in segs):
        return segs
    return [part]


def composite(w: Wording) -> Proposed | None:
    """A text in parts, each with its points: each part is read on its own; plain parts become points to check."""
    parts = _split_numbered(w.text) or _split_stated(w.text)
    if len(parts) < 2:
        return None
    parts = [sub for p in parts for sub in _sub_parts(p)]
    items: list[tuple[int, dict[str, Any]]] = []
    points: list[tuple[int, dict[str, Any]]] = []
    words = []
    doubts: list[str] = []
    for i, part in enumerate(parts):
        got = _part_points(part)
        if got is None:
            return None
        pts, body = got
        if pts <= 0:
            return None
        label = _part_label(body)
        if not re.search(r"扣|每|否则|不得分|比例|%|≥|≤|得分=", body):
            points.append((i, {"key": f"p{i + 1}", "label": label, "max": s(pts)}))
            continue
        found = whole(Wording(body, pts, label, "", w.explanation))
        if found is None or unplaced_words(body, found, pts):
            return None
        doubts += reading_doubts(body, found)
        for it in found.items:
            items.append((i, it))
        words.append(found.summary)
    if points:
        total = sum((d(p["max"]) for _i, p in points), Decimal(0))
        first = points[0][0]
        if len(points) == 1 and items:
            only = points[0][1]
            items.append((first, all_or_nothing_rule.RULE.item(only["label"], total, {"condition": only["label"]})))
        else:
            items.append((first, checklist_rule.RULE.item("、".join(p["label"][:8] for _i, p in points), total,
                                                          {"points": [p for _i, p in points]})))
        words.append(f"要点核查 {len(points)} 个要点（" + "、".join(f"{p['max']}分" for _i, p in points) + "）")
    ordered = [it for _i, it in sorted(items, key=lambda pair: pair[0])]
    for k, it in enumerate(ordered):
        it["key"] = chr(ord("a") + k)
    return Proposed(ordered, f"{len(ordered)} 个评分项：" + "；".join(words), tuple(dict.fromkeys(doubts)))


def _part_label(body: str) -> str:
    text = re.split(r"[,;:(]", body.strip(",;"))[0]
    return (text[:30] + "…") if len(text) > 30 else (text or "要点")


_EACH = re.compile(r"^([^;。]+?)各(?:占|计|得)?(\d+(?:\.\d+)?)分[;,。]?")


def each_part(w: Wording) -> Proposed | None:
    """“A和B…各占1分。足额落实的为满分,每少落实1个百分点扣0.1分”: the rule, once for each part."""
    m = _EACH.match(w.text)
    if not m:
        return None
    names = [x for x in re.split(r"[、和及与]", m.group(1)) if x]
    rest = w.text[m.end():]
    if len(names) < 2 or not rest:
        return None
    pts = d(m.group(2))
    found = whole(Wording(rest, pts, names[0], w.points, w.explanation))
    if found is None or len(found.items) != 1 or unplaced_words(rest, found, pts):
        return None
    items = []
    for k, label in enumerate(names):
        it = {**found.items[0], "key": chr(ord("a") + k), "label": label[:30]}
        items.append(it)
    return Proposed(items, f"{len(names)} 个评分项，各 {fmt(pts)} 分：{found.summary}",
                    tuple(reading_doubts(rest, found)))


# ── confidence: which figures of the text the proposal places ──────────────
def _numbers(value: Any) -> Iterator[Decimal]:
    if isinstance(value, dict):
        for v in value.values():
            yield from _numbers(v)
    elif isinstance(value, list):
        for v in value:
            yield from _numbers(v)
    elif isinstance(value, (str, int, float, Decimal)) and not isinstance(value, bool):
        try:
            yield Decimal(str(value))
        except InvalidOperation:
            return


_COUNT = re.compile(r"每[^\d;,]{0,6}?(\d+(?:\.\d+)?)(?:例|项|处|次|个|篇|份|件|条|天|日|月|周|年|季度|工作日)")
#: a clause that takes points off without a figure (“不符合要求的扣减相应分值”) must be read by the rule
_SILENT_DEDUCTION = re.compile(r"扣(?!完|满|至|到|\d|除\d|分为止|减\d)")


#: rule types whose parameters may hold a share of the 分值 the text writes as a percentage
_SHARES = {TIERS, CHOICE, THRESHOLD, UPPER_BOUND, SCALE}


def _placed(found: Proposed, weight: Decimal, t: str) -> set[Decimal]:
    known: set[Decimal] = {weight, Decimal(0), Decimal(100)}
    counts = [Decimal(1)] + [Decimal(c) for c in _COUNT.findall(t)]
    for it in found.items:
        item_max = Decimal(it["max"])
        for x in list(_numbers(it.get("params") or {})) + [item_max]:
            known.update({x, item_max - x} | ({x * 100} if x <= 1 and it["type"] in _SHARES else set()))
        if it["type"] in (deduction_rule.RULE.type, delay_rule.RULE.type):  # “每2例扣1分” is stored as 0.5 a case
            per = Decimal(str(it["params"]["per"]))
            known.update(per * c for c in counts)
    return {k.normalize() for k in known}


def unplaced_words(t: str, found: Proposed, weight: Decimal) -> list[str]:
    """The clauses whose points or percentages the proposal does not use."""
    known = _placed(found, weight, t)
    types = {it["type"] for it in found.items}
    maxes = {Decimal(str(x)).normalize() for it in found.items
             for x in [it["max"]] + [p.get("max") for p in (it.get("params") or {}).get("points", []) or []] if x}
    out = []
    for clause in re.split(r"[;。]", t):
        for m in FIGURE.finditer(clause):
            each = clause[max(0, m.start() - 2):m.start()].endswith(("各", "占", "各占", "各计"))
            if Decimal(m.group(1)).normalize() not in (maxes if each else known):
                out.append(f"“{clause.strip(',') if len(clause) <= 40 else clause[:39] + '…'}”")
                break
        else:
            read_by_rule = "比例" in clause and types & {completion_rule.RULE.type, rate_rule.RULE.type}
            if not FIGURE.search(clause) and _SILENT_DEDUCTION.search(clause) and types - {checklist_rule.RULE.type} \
                    and not read_by_rule:
                out.append(f"“{clause.strip(',') if len(clause) <= 40 else clause[:39] + '…'}”")
    return out


def matched_words(t: str, unplaced: list[str]) -> list[str]:
    """The clauses the proposal rests on (those with a figure or a scoring word, and placed)."""
    out = []
    skip = {u.strip("“”") for u in unplaced}
    for clause in re.split(r"[;。]", t):
        c = clause.strip(",")
        short = c if len(c) <= 40 else c[:39] + "…"
        if c and short not in skip and re.search(r"\d|满分|不得分|扣", c):
            out.append(short)
    return out


# ── confidence: one reading only ────────────────────────────────────────────
#: words that compare a value with a line: each must sit in a clause whose figure the rule places
COMPARE = re.compile(r"高于|低于|以上|以下|不足|超过|少于|多于|大于|小于|不低于|不高于|不少于|不超过|未达到|达不到|不到")
#: words that score: a clause without any of them (and without a figure) only describes
_SCORING = re.compile(r"得|计|记|扣|满分|为止|不得分|类推|为准|为标准|比例|分值")
#: a clause that only leads in to the next one (“…得满分,未达到,每减少1%扣…”)
_LEAD_IN = re.compile(r"^(?:否则|未达到|达不到|未达标|未完成|不足|低于|超过|以此类推|依此类推)(?:的|时|部分)?$")
#: rule types that read a number against lines; a condition in words is not part of them
_NUMERIC = {THRESHOLD, TIERS, RATE, UPPER_BOUND, COMPLETION, DELAY, FORMULA}
#: words that settle on which side of a line its own value falls (《民法典》第一千二百五十九条:
#: 以上、以下、以内 include the number itself; 超过、不满/不足 and 高于、低于 do not)
_SETTLED_BEFORE = ("≥", "≤", ">", "<", "=", "高于", "低于", "大于", "小于", "超过", "不足", "不低于", "不高于",
                   "不少于", "不超过", "达到", "未达到", "少于", "多于")
_SETTLED_AFTER = ("(含)", "(不含)", "以上", "以下", "及以上", "及以下", "以内", "(含", "(不含")
#: situations that are degrees of quality rather than facts (好/较好/一般/较差, 优秀/良好/合格, 基本…)
_DEGREE = re.compile(r"^(?:[^,;]{0,12}?)(?:较好|一般|较差|良好|优秀|合格|基本|部分|完全|明显|较为|比较)")
#: rule types that take points off per case, per step or per period
_PER_TYPES = {DEDUCTION, THRESHOLD, DELAY}
#: a count the rule divides by (“每2例扣1分”, “每滞留0.5个月扣0.5分”)
_PER_COUNT = re.compile(r"每[^\d;,]{0,6}?(\d+(?:\.\d+)?)(?:个)?(?:例|项|处|次|篇|份|件|条|天|日|月|周|年|季度|工作日)")


def _quote(clause: str) -> str:
    c = clause.strip(",")
    return f"“{c if len(c) <= 40 else c[:39] + '…'}”"


def _clauses(t: str) -> list[str]:
    return [c for c in re.split(r"[;。,]", t) if c.strip()]


def _settled(t: str, value: Decimal) -> bool:
    """Whether some mention of ``value`` in the text says on which side of it the value itself falls."""
    for m in re.finditer(r"(?<![\d.])(\d+(?:\.\d+)?)(?![\d.])", t):
        if Decimal(m.group(1)) != value:
            continue
        before = t[max(0, m.start() - 3):m.start()]
        after = t[m.end():m.end() + 6].lstrip("%").lstrip("个百分点")
        if before.endswith(_SETTLED_BEFORE) or after.startswith(_SETTLED_AFTER):
            return True
    return False


def _tier_doubts(t: str, item: dict[str, Any]) -> list[str]:
    from services.scoring.rules.tiers import _in_tier
    tiers = item["params"][TIERS]
    bounds = sorted({Decimal(str(x)) for tr in tiers for x in (tr.get("min"), tr.get("max")) if x is not None})
    out = []
    probes = {b + delta for b in bounds for delta in (Decimal("-0.5"), Decimal(0), Decimal("0.5"))}
    if item["params"].get("unit", "%") == "%":
        probes |= {Decimal(0), Decimal(100)}
    for v in sorted(p for p in probes if p >= 0):
        hits = [tr for tr in tiers if _in_tier(v, tr)]
        if not hits:
            out.append(f"“{fmt(v)}{item['params'].get('unit', '')}时的得分未说明”")
            break
    for b in bounds:
        ends = [tr for tr in tiers if tr.get("min") is not None and Decimal(str(tr["min"])) == b] + \
               [tr for tr in tiers if tr.get("max") is not None and Decimal(str(tr["max"])) == b]
        scores = {Decimal(str(tr["score"])) for tr in ends}
        if len(ends) >= 2 and len(scores) > 1 and not _settled(t, b):
            out.append(f"“{fmt(b)}{item['params'].get('unit', '')}归入哪一档（含/不含）未说明”")
    return out


def _per_doubts(t: str, item: dict[str, Any]) -> list[str]:
    """“每2例扣1分”, “每10%扣1分”: whether a remainder counts in proportion or as a whole step is a second reading."""
    p = item["params"]
    if item["type"] == THRESHOLD:
        if Decimal(str(p["step"])) != 1 and not p.get("stepwise") and not re.search(r"不足[^,;]{0,8}(?:按|以)", t):
            return [f"“每{fmt(Decimal(str(p['step'])))}{p.get('unit', '')}：不足一档时按比例扣还是按一档扣未说明”"]
        return []
    for m in _PER_COUNT.finditer(t):
        if Decimal(m.group(1)) != 1:
            return [f"“{m.group(0)}：不足{m.group(1)}时如何扣分未说明”"]
    return []


def _direction_doubts(t: str, item: dict[str, Any]) -> list[str]:
    """A 达标线 read one way while the text deducts the other way too (“每高于…扣…；每低于…扣…”)."""
    up = re.search(r"每(?:超过|高于|多于|增加|提高|上升|超出)", t)
    down = re.search(r"每(?:低于|少于|减少|下降|降低|少|缺|不足)", t)
    higher = item["params"].get("direction") == "higher"
    if (up and down) or (higher and up and not down) or (not higher and down and not up):
        return ["“扣分方向（高于/低于）与达标线不一致或两个方向都扣分”"]
    return []


def _segments_left(t: str, item: dict[str, Any]) -> list[str]:
    """A 分档/情形 whose text has more scoring segments than the rule has bands or situations."""
    segs = [x for x in t.split(";") if x.strip(",")]
    if len(segs) < 2:
        segs = [x for x in t.split(",") if x]
    scoring = [x for x in segs if re.search(r"得|计|记|不得分|扣", x)]
    n = len(item["params"].get(TIERS) or item["params"].get("options") or [])
    if len(scoring) > n:
        labels = [str(o.get("label", "")) for o in item["params"].get("options", [])]
        left = [x for x in scoring if not any(lb and lb in x for lb in labels)] if labels else scoring[n:]
        return [_quote(x) for x in left[:1]] or [_quote(scoring[-1])]
    return []


def reading_doubts(t: str, found: Proposed) -> list[str]:
    """What keeps a reading from being the only one: clauses, comparison words, band ends, remainders.

    A proposal is confident only when every clause of the text is consumed by its rule and no
    other plausible reading would score a probe input differently:

    - a clause of conditions in words (no figure, no scoring word) after the scoring has begun is
      not read by a rule that compares a number with lines (“…1000公斤以上,提供正式发票,每少于…”);
    - a comparison word (高于、低于、以上、不足 …) in a clause with no figure is not placed;
    - two bands that meet at a value the text does not settle (no 含/不含、≥、以上 …) read two ways,
      and a value no band covers has no score the text states (probes: each band end, half a unit
      either side, 0 and 100%);
    - “每10%扣1分” without “不足…按…” and “每2例扣1分” read two ways for a remainder (in proportion,
      or as a whole step); a step of one unit is read in proportion, the only reading for a whole
      number;
    - a 达标线 whose text deducts in the other direction, or in both;
    - a 分档/情形 whose text has scoring segments left over, and 情形 that are degrees of quality
      (好/较好/一般, 基本健全) — the degree is the evaluator's judgement;
    - more “每…扣” clauses than items that deduct per case, step or period, and a clause that
      zeroes the score (“…的不得分”) with no figure, in a rule that deducts or compares.
    """
    out: list[str] = []
    types = {it["type"] for it in found.items}
    if types & _NUMERIC:
        started = False
        clauses = _clauses(t)
        for i, clause in enumerate(clauses):
            has_figure = bool(re.search(r"\d", clause))
            # “…得满分,未达到,每减少1%,扣…”: a lead-in word belongs to the clause with the figure after it
            lead_in = _LEAD_IN.match(clause) and i + 1 < len(clauses) and re.search(r"\d", clauses[i + 1])
            if has_figure or _SCORING.search(clause):
                started = True
            elif started and not lead_in:
                out.append(_quote(clause))
            if not has_figure and COMPARE.search(clause) and not _SCORING.search(clause) and not lead_in:
                out.append(_quote(clause))
    per_items = sum(it["type"] in _PER_TYPES for it in found.items)
    per_clauses = [c for c in re.split(r"[;。]", t) if re.search(r"每[^;]*?扣", c)]
    if len(per_clauses) > max(per_items, 1 if types & {CHOICE, TIERS} else 0) and per_items:
        out.append(_quote(per_clauses[-1]))
    if types & (_NUMERIC | _PER_TYPES) - {TIERS} and TIERS not in types:
        for clause in _clauses(t):
            if re.search(r"不得分|得0分|计0分|不计分|记0分|零分", clause) and not re.search(r"[1-9]", clause):
                out.append(_quote(clause))
    for it in found.items:
        if it["type"] == TIERS:
            out += _tier_doubts(t, it) + _segments_left(t, it)
        elif it["type"] == CHOICE:
            out += _segments_left(t, it)
            degrees = [o["label"] for o in it["params"]["options"] if _DEGREE.search(str(o.get("label", "")))]
            if len(degrees) >= 2:  # 好/较好/一般: the evaluator judges the degree; the rule only anchors it
                out.append(f"“{'、'.join(degrees[:3])}：程度由评价组判断”")
        elif it["type"] == THRESHOLD:
            out += _per_doubts(t, it) + _direction_doubts(t, it)
        elif it["type"] in (DEDUCTION, DELAY):
            out += _per_doubts(t, it)
    return list(dict.fromkeys(out))
