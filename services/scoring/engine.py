"""Scoring an indicator tree: leaves by their rules, upper levels by sums, grades by the scheme.

Input and output are plain data (no ORM objects), so the engine runs in tests, in worker
threads and from the command line alike. Every figure follows one policy (``rounding``): a leaf is
computed exactly, rounded once half-up to the framework's precision and clamped to its maximum;
subtotals and the total are sums of the rounded leaves; rates come from those figures; the grade
is decided on the total as printed. What the engine returns is what every table prints.

不适用 (N/A): a leaf marked not applicable drops out; under the ``proportional`` policy its
siblings share its 分值 in proportion to their own (apportioned at the precision by the largest
remainder, so they add up exactly to the parent's 分值; their scores are scaled by the same
factor), so the parent keeps its 分值. Under ``none`` the points are removed from the maximum: a
parent's 分值 is the sum of its applicable children's.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from typing import Any

from services.core.numbers import HUNDRED, ZERO, RuleInputError, fmt
from services.scoring import rounding
from services.scoring.grades import GradeScheme
from services.scoring.rules import ItemResult, score_item
from services.scoring.rules.base import Phrase, T, data, joined, msg, render, said


@dataclass(frozen=True)
class IndicatorSpec:
    id: str
    code: str
    name: str
    max_points: Decimal  # 分值
    parent_id: str | None
    position: int = 0
    items: list[dict[str, Any]] | None = None
    definition: str = ""  # 指标解释
    key_points: str = ""  # 指标说明 / 评价要点
    criteria: str = ""

    @property
    def is_leaf(self) -> bool:
        return self.items is not None


@dataclass(frozen=True)
class AssessmentState:
    inputs: Mapping[str, Any] = field(default_factory=dict)
    override_score: Decimal | None = None
    override_reason: str = ""
    not_applicable: bool = False
    na_reason: str = ""
    comment: str = ""
    status: str = "未开始"
    assignee: str = ""


@dataclass
class ItemScore:
    key: str
    label: str
    type: str
    max: Decimal
    score: Decimal | None
    text: str
    error: str = ""
    phrase: Phrase = ()  # ``text`` as the rule says it (services.scoring.rules.base.render), for the window

    @property
    def said(self) -> Phrase:
        return self.phrase or said(data(self.text))


@dataclass
class ScoredNode:
    id: str
    code: str
    name: str
    level: int
    declared_max: Decimal  # 分值 as declared by the framework
    max: Decimal = ZERO  # after N/A redistribution
    score: Decimal | None = None  # final (after override, scaled by redistribution)
    computed: Decimal | None = None  # by the rule, before override, unscaled
    override_score: Decimal | None = None
    override_reason: str = ""
    not_applicable: bool = False
    na_reason: str = ""
    redistributed: bool = False  # its 分值 was changed by an N/A sibling's points
    rate: Decimal | None = None  # 得分率, percent, from the printed score and 分值, two decimals
    grade: str = ""
    calculation: str = ""  # the calculation in words (leaves)
    comment: str = ""  # 评分说明
    status: str = "未开始"
    items: list[ItemScore] = field(default_factory=list)
    children: list[ScoredNode] = field(default_factory=list)
    leaves_total: int = 0
    leaves_scored: int = 0

    @property
    def is_leaf(self) -> bool:
        return not self.children

    def walk(self) -> Iterator[ScoredNode]:
        yield self
        for c in self.children:
            yield from c.walk()

    @property
    def calculation_phrase(self) -> Phrase:
        """``calculation`` as a phrase the window renders in its language (the same words, the same numbers)."""
        return leaf_phrase(self.items, self.computed)

    @property
    def lost(self) -> Decimal:
        """Points lost (max − score) — what 评分说明 and findings must explain."""
        return ZERO if self.score is None else self.max - self.score


@dataclass
class ScoreSheet:
    total: Decimal
    max: Decimal
    rate: Decimal
    grade: str
    roots: list[ScoredNode]
    warnings: list[str]
    leaves_total: int
    leaves_scored: int
    precision: Decimal = rounding.DEFAULT_PRECISION  # the framework's declared precision of scores

    def walk(self) -> Iterator[ScoredNode]:
        for r in self.roots:
            yield from r.walk()

    def leaves(self) -> list[ScoredNode]:
        return [n for n in self.walk() if not n.children]

    def by_code(self) -> dict[str, ScoredNode]:
        return {n.code: n for n in self.walk()}

    def find(self, code: str) -> ScoredNode:
        return self.by_code()[code]

    @property
    def complete(self) -> bool:
        return self.leaves_scored == self.leaves_total


def score_leaf(spec: IndicatorSpec, state: AssessmentState | None) -> tuple[Decimal | None, str, list[ItemScore]]:
    """The rule's score of one leaf (before override): None while any item is unscored."""
    state = state or AssessmentState()
    results: list[ItemScore] = []
    total: Decimal | None = ZERO
    for item in spec.items or []:
        try:
            r = score_item(item, (state.inputs or {}).get(item["key"]))
            err = ""
        except RuleInputError as exc:
            r, err = ItemResult(None, msg(T("输入有误：%1"), str(exc))), str(exc)
        results.append(ItemScore(item["key"], item.get("label", ""), item["type"], Decimal(str(item["max"])),
                                 r.score, r.text, err, r.phrase))
        total = None if (total is None or r.score is None) else total + r.score
    return total, render(leaf_phrase(results, total)), results


def leaf_phrase(items: list[ItemScore], total: Decimal | None) -> Phrase:
    """A leaf's calculation: its one item's words, or each item's with its label and 分值, and the sum."""
    if len(items) == 1:
        return items[0].said
    words = joined([said(msg(T("%1（%2 分）："), it.label or it.key, fmt(it.max))) + it.said for it in items], T("；"))
    return words + said(msg(T("。合计 %1 分"), fmt(total))) if total is not None else words


def _children_map(specs: Iterable[IndicatorSpec]) -> dict[str | None, list[IndicatorSpec]]:
    kids: dict[str | None, list[IndicatorSpec]] = {}
    for s in specs:
        kids.setdefault(s.parent_id, []).append(s)
    for lst in kids.values():
        lst.sort(key=lambda s: (s.position, s.code))
    return kids


def tree_order(specs: Iterable[Any]) -> dict[str, int]:
    """indicator id → its place in the framework's order, the order the 评分表 prints and ``ScoreSheet.walk``
    gives: depth first, each node's children by their ``position`` under it (then code). ``specs`` are
    objects with ``id``, ``parent_id``, ``position`` and ``code`` (``IndicatorSpec`` or plain rows)."""
    kids = _children_map(specs)
    order: dict[str, int] = {}
    stack = list(reversed(kids.get(None, [])))
    while stack:
        node = stack.pop()
        if node.id in order:  # a cycle in a damaged file: each node once
            continue
        order[node.id] = len(order)
        stack.extend(reversed(kids.get(node.id, [])))
    return order


def in_tree_order(indicator_ids: Iterable[str], order: Mapping[str, int]) -> list[str]:
    """``indicator_ids`` in the framework's order (``tree_order``); ids no longer in the tree last, by id."""
    return sorted(indicator_ids, key=lambda i: (0, order[i], "") if i in order else (1, 0, i))


LeafCache = dict  # indicator id → (AssessmentState, score_leaf's result, IndicatorSpec)


def score_tree(specs: Iterable[IndicatorSpec], states: Mapping[str, AssessmentState], scheme: GradeScheme,
               total: Decimal = HUNDRED, na_policy: str = "proportional",
               cache: LeafCache | None = None, precision: Decimal = rounding.DEFAULT_PRECISION) -> ScoreSheet:
    """Score the whole tree at ``precision`` (the framework's declared precision of scores).

    ``cache`` (optional, owned by the caller) keeps each leaf's rule result with the state it was
    computed from, so that after one edit only that leaf's rules run again."""
    specs = list(specs)
    kids = _children_map(specs)
    warnings: list[str] = []

    def build(spec: IndicatorSpec, level: int) -> ScoredNode:
        st = states.get(spec.id) or AssessmentState()
        node = ScoredNode(spec.id, spec.code, spec.name, level, spec.max_points, comment=st.comment, status=st.status)
        children = kids.get(spec.id, [])
        if children:
            node.children = [build(c, level + 1) for c in children]
            node.not_applicable = all(c.not_applicable for c in node.children)
            if node.not_applicable:
                node.na_reason = "下级指标均不适用"
            return node
        node.not_applicable = st.not_applicable
        node.na_reason = st.na_reason
        hit = cache.get(spec.id) if cache is not None else None
        if hit is not None and hit[0] == st and hit[2] is spec:
            computed, words, items = hit[1]
        else:
            computed, words, items = score_leaf(spec, st)
            if cache is not None:
                cache[spec.id] = (st, (computed, words, items), spec)
        node.computed, node.calculation, node.items = computed, words, items
        node.override_reason = st.override_reason
        node.override_score = st.override_score
        for it in items:
            if it.error:
                warnings.append(f"“{spec.name}”（{spec.code}）{it.label or it.key}：{it.error}")
        return node

    roots = [build(s, 1) for s in kids.get(None, [])]

    def share_out(nodes: list[ScoredNode], budget: Decimal) -> None:
        """``proportional``: each node's effective maximum out of ``budget`` (the parent's effective
        maximum), apportioned at the precision so that the parts add up exactly to the budget."""
        applicable = [n for n in nodes if not n.not_applicable]
        declared = sum((n.declared_max for n in applicable), ZERO)
        if len(applicable) == len(nodes) and declared == budget:
            maxima = [n.declared_max for n in applicable]  # nothing to redistribute: the declared 分值
        else:
            maxima = rounding.apportion(budget, [n.declared_max for n in applicable], precision)
        given = dict(zip((n.id for n in applicable), maxima))
        for n in nodes:
            n.max = given.get(n.id, ZERO) if not n.not_applicable else ZERO
            n.redistributed = not n.not_applicable and n.max != n.declared_max
            if n.children:
                share_out(n.children, n.max)

    def remove_na(node: ScoredNode) -> Decimal:
        """``none``: a leaf keeps its declared 分值 (0 when not applicable); a parent's is the sum of its children's."""
        if node.children:
            node.max = sum((remove_na(c) for c in node.children), ZERO)
        else:
            node.max = ZERO if node.not_applicable else node.declared_max
        node.redistributed = False
        return node.max

    if na_policy == "proportional":
        share_out(roots, total)
    else:
        for r in roots:
            remove_na(r)

    def finish(node: ScoredNode) -> None:
        if node.children:
            for c in node.children:
                finish(c)
            scored = [c.score for c in node.children if c.score is not None and not c.not_applicable]
            node.leaves_total = sum(c.leaves_total for c in node.children)
            node.leaves_scored = sum(c.leaves_scored for c in node.children)
            node.score = sum(scored, ZERO) if scored else None
        else:
            if node.not_applicable:
                node.leaves_total = node.leaves_scored = 0
                node.score = None
                warnings.append(f"“{node.name}”（{node.code}）不适用：{node.na_reason or '未说明理由'}；其分值按"
                                f"{'同级指标比例重新分配' if na_policy == 'proportional' else '从满分中扣除'}")
                return
            node.leaves_total = 1
            raw = node.override_score if node.override_score is not None else node.computed
            if node.override_score is not None:
                warnings.append(f"“{node.name}”（{node.code}）得分被人工调整为 {fmt(node.override_score)}"
                                f"（按规则计算为 {fmt(node.computed)}），理由：{node.override_reason or '未填写'}")
            if raw is None:
                node.score = None
            else:
                node.leaves_scored = 1
                node.score = leaf_score(raw, node.declared_max, node.max, precision)
        if node.score is not None and node.max:
            node.rate = rounding.rate(node.score, node.max)
            node.grade = scheme.grade(rounding.exact_rate(node.score, node.max))

    for r in roots:
        finish(r)
    grand = sum((r.score for r in roots if r.score is not None), ZERO)
    grand_max = sum((r.max for r in roots), ZERO)
    exact = rounding.exact_rate(grand, grand_max) or Fraction(0)
    rate = rounding.rate(grand, grand_max) or ZERO
    return ScoreSheet(grand, grand_max, rate, scheme.grade(exact), roots, warnings,
                      sum(r.leaves_total for r in roots), sum(r.leaves_scored for r in roots), precision)


def leaf_score(raw: Decimal, declared_max: Decimal, max_: Decimal, precision: Decimal) -> Decimal:
    """A leaf's printed score: the rule's (or the override's) score on the declared 分值, scaled to the
    effective maximum exactly (multiplied before dividing), rounded once half-up to the precision
    and kept within [0, maximum]. A leaf at its declared 分值 gets exactly its effective maximum."""
    if not declared_max or not max_:
        return rounding.round_half_up(0, precision)
    if raw >= declared_max:
        return max_
    exact = Fraction(raw) * Fraction(max_) / Fraction(declared_max)
    score = rounding.round_half_up(exact, precision)
    if score > max_:
        return max_
    if score < 0:
        return rounding.round_half_up(0, precision)
    return score


@dataclass(frozen=True)
class GradeDistance:
    grade: str
    up_grade: str | None  # the next band up
    points_to_up: Decimal | None  # points still needed to reach it
    down_margin: Decimal  # points that can be lost before dropping a band
    open_points: Decimal  # points still at stake in unscored indicators


def grade_distance(sheet: ScoreSheet, scheme: GradeScheme) -> GradeDistance:
    """How far the printed total is from the neighbouring bands, in points at the sheet's precision:
    the points still needed to reach the band above (rounded up), the points that can be lost
    while keeping the band (rounded down)."""
    p = sheet.precision
    exact = rounding.exact_rate(sheet.total, sheet.max) or Fraction(0)
    above, current = scheme.neighbours(exact)
    up = rounding.round_up(Fraction(above.min) * Fraction(sheet.max) / 100 - Fraction(sheet.total), p) if above else None
    floor = Fraction(current.min) * Fraction(sheet.max) / 100 if current else Fraction(0)
    down = rounding.round_down(Fraction(sheet.total) - floor, p)
    open_points = sum((n.max for n in sheet.leaves() if n.score is None and not n.not_applicable), ZERO)
    return GradeDistance(sheet.grade, above.name if above else None, up, down, open_points)
