"""What the proposer's tests ask of a proposal: the score of one item in a situation, and the item types."""
from __future__ import annotations

from decimal import Decimal
from typing import Any

from services.frameworks.proposal import Proposal
from services.scoring.rules import check_item, score_item


def scored(p: Proposal, inputs: dict[str, Any], item: int = 0) -> Decimal:
    """The score of the proposal's item ``item`` (a sound item) for ``inputs``."""
    it = p.items[item]
    assert check_item(it) == []
    res = score_item(it, inputs)
    assert res.score is not None, res.text
    return res.score


def types(p: Proposal) -> list[str]:
    return [it["type"] for it in p.items]
