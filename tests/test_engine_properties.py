"""Property tests: for random trees and inputs, 0 ≤ score ≤ max at every node and the total is the
sum of the leaves; with N/A, the points are redistributed and the maximum is kept."""
from decimal import Decimal as D

from hypothesis import given, settings, strategies as st

from services.scoring import AssessmentState, IndicatorSpec, score_tree
from services.scoring.grades import PRESETS

HALVES = st.integers(min_value=1, max_value=20).map(lambda n: D(n) / 2)


def leaf_items(weight: D, kind: int):
    if kind == 0:
        return [{"key": "a", "max": str(weight), "type": "deduction", "params": {"per": "0.5"}}]
    if kind == 1:
        return [{"key": "a", "max": str(weight), "type": "threshold",
                 "params": {"full_at": "90", "deduct": "1", "deduct_mode": "percent_of_max"}}]
    return [{"key": "a", "max": str(weight), "type": "judgement", "params": {}}]


def inputs_for(kind: int, x: int, weight: D):
    if kind == 0:
        return {"a": {"count": x % 50}}
    if kind == 1:
        return {"a": {"value": str(x % 150)}}
    return {"a": {"score": str(min(D(x % 41) / 4, weight)), "reason": "依据现场核查"}}


@st.composite
def trees(draw):
    specs, states = [], {}
    n_roots = draw(st.integers(1, 4))
    counter = [0]

    def node(parent, level):
        counter[0] += 1
        nid = f"n{counter[0]}"
        code = nid
        if level == 3 or (draw(st.booleans()) and level > 1):
            w = draw(HALVES)
            kind = draw(st.integers(0, 2))
            specs.append(IndicatorSpec(nid, code, code, w, parent, counter[0], leaf_items(w, kind)))
            if draw(st.booleans()):
                states[nid] = AssessmentState(inputs=inputs_for(kind, draw(st.integers(0, 1000)), w),
                                              not_applicable=draw(st.integers(0, 9)) == 0, na_reason="不适用")
            return w
        idx = len(specs)
        specs.append(None)
        total = sum((node(nid, level + 1) for _ in range(draw(st.integers(1, 3)))), D(0))
        specs[idx] = IndicatorSpec(nid, code, code, total, parent, counter[0], None)
        return total

    grand = sum((node(None, 1) for _ in range(n_roots)), D(0))
    return specs, states, grand


@settings(max_examples=150, deadline=None)
@given(trees(), st.sampled_from(["proportional", "none"]))
def test_scores_are_bounded_and_total_is_sum_of_leaves(tree, policy):
    specs, states, grand = tree
    sheet = score_tree(specs, states, PRESETS["national"], grand, policy)
    for n in sheet.walk():
        assert n.max >= 0
        if n.score is not None:
            assert 0 <= n.score <= n.max + D("1e-20")
        if n.children:
            scored = [c.score for c in n.children if c.score is not None]
            if scored:
                assert n.score == sum(scored, D(0))
    leaf_sum = sum((leaf.score for leaf in sheet.leaves() if leaf.score is not None), D(0))
    assert sheet.total == leaf_sum
    assert 0 <= sheet.total <= sheet.max + D("1e-20")
    if policy == "proportional" and not all(r.not_applicable for r in sheet.roots):
        assert abs(sheet.max - grand) < D("1e-20")


@settings(max_examples=60, deadline=None)
@given(trees())
def test_scoring_is_deterministic(tree):
    specs, states, grand = tree
    a = score_tree(specs, states, PRESETS["seed"], grand)
    b = score_tree(list(reversed(specs)), states, PRESETS["seed"], grand)
    assert a.total == b.total and a.grade == b.grade


@settings(max_examples=60, deadline=None)
@given(trees(), st.data())
def test_leaf_cache_gives_the_same_sheet(tree, data):
    """Rescoring with the cache (after one state changes) equals scoring from scratch."""
    specs, states, grand = tree
    cache: dict = {}
    score_tree(specs, states, PRESETS["national"], grand, cache=cache)
    leaves = [s for s in specs if s.is_leaf]
    leaf = data.draw(st.sampled_from(leaves))
    changed = dict(states)
    changed[leaf.id] = AssessmentState(inputs=inputs_for(data.draw(st.integers(0, 2)), data.draw(st.integers(0, 999)), leaf.max_points))
    fast = score_tree(specs, changed, PRESETS["national"], grand, cache=cache)
    slow = score_tree(specs, changed, PRESETS["national"], grand)
    assert [(n.id, n.score, n.computed, n.calculation) for n in fast.walk()] == \
           [(n.id, n.score, n.computed, n.calculation) for n in slow.walk()]
