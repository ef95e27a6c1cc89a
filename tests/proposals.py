"""What the proposer's tests ask of a proposal: the score of one item in a situation, and the item types."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from services.frameworks.proposal import Proposal, propose
from services.frameworks.reading import candidates
from services.scoring.rules import check_item, score_item
from services.scoring.rules.base import Proposed, Wording
from services.scoring.rules.wording import normalize


def scored(p: Proposal, inputs: dict[str, Any], item: int = 0) -> Decimal:
    """The score of the proposal's item ``item`` (a sound item) for ``inputs``."""
    it = p.items[item]
    assert check_item(it) == []
    res = score_item(it, inputs)
    assert res.score is not None, res.text
    return res.score


def types(p: Proposal) -> list[str]:
    return [it["type"] for it in p.items]


def sole(p: Proposal, kind: str) -> dict[str, Any]:
    """The params of the proposal's one item, of type ``kind`` (a sound item)."""
    assert p.kind == kind and len(p.items) == 1, (p.kind, p.summary, p.unplaced)
    assert check_item(p.items[0]) == []
    return p.items[0]["params"]


def readings(text: str, weight: str, name: str = "指标") -> list[Proposed]:
    """Every reading the recognisers give the text, the one proposed or not: a near miss of a class must not be read
    by it at all (a reading never sure, or one a later check drops, would pass a test of the proposal alone)."""
    return list(candidates(Wording(normalize(text), Decimal(weight), name)))


def by_count(p: Proposal, count: str) -> Decimal:
    """The score of the proposal's one item (a deduction per case) when ``count`` cases are found."""
    return scored(p, {"count": count})


def by_vars(p: Proposal, *values: str) -> Decimal:
    """The score of a formula when its variables, in the order the text names them, take ``values``."""
    variables = p.items[0]["params"]["variables"]
    assert len(variables) == len(values), [v["label"] for v in variables]
    return scored(p, {"vars": {v["name"]: x for v, x in zip(variables, values)}})


def picked(p: Proposal, rank: int, item: int = 0) -> Decimal:
    """The score of a 情形选择 when the situation of the given rank of score (0: the best) applies."""
    options = sorted(p.items[item]["params"]["options"], key=lambda o: -Decimal(o["score"]))
    return scored(p, {"option": options[rank]["key"]}, item)


def met_or_not(p: Proposal, item: int = 0) -> tuple[Decimal, Decimal]:
    """The scores of a 全有或全无 item when its requirement is met and when it is not."""
    return scored(p, {"met": True}, item), scored(p, {"met": False}, item)


def ticks(p: Proposal, *met: bool, item: int = 0) -> Decimal:
    """The score of the proposal's 要点核查 ``item`` with its points met (True) or not (False), in order."""
    points = p.items[item]["params"]["points"]
    assert len(points) == len(met)
    return scored(p, {"points": {pt["key"]: {"state": "met" if ok else "not_met"} for pt, ok in zip(points, met)}}, item)


def maxes(p: Proposal, item: int = 0) -> list[Decimal]:
    """The points of the proposal's 要点核查 ``item``, each worth its own, in order."""
    return [Decimal(pt["max"]) for pt in p.items[item]["params"]["points"]]


def point_labels(p: Proposal, item: int = 0) -> list[str]:
    """The labels of the proposal's 要点核查 ``item``'s points, in order."""
    return [pt["label"] for pt in p.items[item]["params"]["points"]]


def ratio(n: Any, den: Any = "100") -> dict[str, str]:
    """The inputs of a rate read as two figures: ``n`` of ``den`` (a percentage, of 100)."""
    return {"numerator": str(n), "denominator": str(den)}


def scores(p: Proposal, values: list[Any], item: int = 0) -> list[Decimal | None]:
    """The scores of the values (a percentage read as two figures, of 100, where the item asks for a ratio)."""
    it = p.items[item]
    assert check_item(it) == []
    of_100 = it["params"].get("input") == "ratio"
    return [score_item(it, ratio(v) if of_100 else {"value": str(v)}).score for v in values]


def D(*xs: Any) -> list[Decimal]:
    """Figures as Decimals, for comparing with ``scores``."""
    return [Decimal(str(x)) for x in xs]


def to_check(text: str, weight: str, word: str) -> None:
    """The text's proposal is flagged, with a doubt naming ``word``."""
    p = propose(text, weight, "指标")
    assert not p.confident, p.summary
    assert any(word in u for u in p.unplaced), p.unplaced


def full_or_nothing(text: str) -> None:
    """The text (of 分值 5) read surely as a choice or a 全有或全无 scoring 5 or nothing."""
    p = propose(text, "5", "指标")
    assert p.confident and p.kind in ("choice", "all_or_nothing"), p.unplaced
    if p.kind == "choice":
        assert [picked(p, k) for k in range(2)] == D(5, 0)
    else:
        assert list(met_or_not(p)) == D(5, 0)


def sure_scores(text: str, weight: str, values: list[Any], name: str = "指标") -> list[Decimal | None]:
    """The scores of the values (as ``scores``) under the text's proposal, which must be confident."""
    p = propose(text, weight, name)
    assert p.confident, p.unplaced
    return scores(p, values)


# ── what a probe's made-up text states (the probes of confidence share these) ──────────────────────────────────
@dataclass(frozen=True)
class Once:
    """Faults each taken once off the 分值 (found or not), their costs in order."""
    costs: tuple[str, ...]


@dataclass(frozen=True)
class Ranks:
    """Situations, their scores best first."""
    scores: tuple[Any, ...]


@dataclass(frozen=True)
class Unsure:
    """The text leaves a situation unsaid or says it twice: to check."""


@dataclass(frozen=True)
class Per:
    """Points off per case (or per unit of delay), at most ``cap`` off in all (None: the 分值)."""
    per: str
    cap: str | None = None


@dataclass(frozen=True)
class Bands:
    """Values of what is measured (a rate in %, a sum, a delay, a count, a score) and the score of each."""
    samples: tuple[tuple[Any, Any], ...]


def dec(x: Any) -> Decimal:
    """``x`` (a figure written as a number or a string) as a Decimal."""
    return Decimal(str(x))


def item_score(item: dict[str, Any], inputs: dict[str, Any]) -> Decimal:
    """The score of ``item`` for ``inputs``; ValueError when the item gives none (its message: why)."""
    res = score_item(item, inputs)
    if res.score is None:
        raise ValueError(res.text)
    return res.score


def points_off(weight: Decimal, points: Decimal, cap: str | None = None) -> Decimal:
    """The 分值 less ``points`` taken off, at most ``cap`` (None: the 分值) in all, never below 0."""
    return max(Decimal(0), weight - min(points, Decimal(cap) if cap is not None else weight))


def valued(item: dict[str, Any], value: Decimal) -> Decimal | None:
    """The score of a one-value ``item`` (a band, a line, a rate, a completion, a count, a delay, a formula of one
    variable) when what it measures is ``value``; None for an item of another kind."""
    kind, params = item["type"], item["params"]
    if kind in ("tiers", "threshold"):
        ratio = params.get("input") == "ratio"
        return item_score(item, {"numerator": str(value), "denominator": "100"} if ratio else {"value": str(value)})
    if kind == "rate":
        return item_score(item, {"numerator": str(value), "denominator": "100"})
    if kind == "completion":
        return item_score(item, {"rows": [{"target": "100", "actual": str(value)}]})
    if kind == "deduction":
        return item_score(item, {"count": str(value)})
    if kind == "delay":
        return item_score(item, {"delay": str(value)})
    if kind == "formula" and len(params["variables"]) == 1:
        return item_score(item, {"vars": {params["variables"][0]["name"]: str(value)}})
    return None
