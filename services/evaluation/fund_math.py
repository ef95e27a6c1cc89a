"""The arithmetic of the 资金 figures — the one home of the fund totals and rates, plain Decimal
arithmetic on anything with the amount attributes, no file access.

Money is in 万元. Every amount is rounded once, half-up, to 0.01 万元 (as printed); a 合计 is the sum
of those amounts; 到位率 and 执行率 are computed from them and rounded once, half-up, to two decimals.
The 资金 page (``services.evaluation.project``), the printed 项目资金情况表
(``fund_figures``), every indicator bound to a fund figure (``services.fieldwork.figures``) and the
light print path take their totals and rates from here, so they never differ.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from services.core.numbers import HUNDRED, round_half_up


@dataclass
class FundTotals:
    """Sums over fund lines (a field is None when no line has a value for it)."""
    label: str = "合计"
    budget: Decimal | None = None
    arrived: Decimal | None = None
    spent: Decimal | None = None
    contract_amount: Decimal | None = None
    paid: Decimal | None = None
    arrival_rate: Decimal | None = None
    execution_rate: Decimal | None = None
    year: int | None = None  # set on the per-year subtotals of ``funds_by_year``


def rate(numerator: Decimal | None, denominator: Decimal | None) -> Decimal | None:
    """numerator × 100 ÷ denominator (multiplied before the one division, not rounded), None when
    either is missing or the denominator is 0."""
    if numerator is None or denominator is None or denominator == 0:
        return None
    return numerator * HUNDRED / denominator


MONEY_PLACES = 2
RATE_PLACES = 2


def cents(v: Decimal | None) -> Decimal | None:
    """An amount as printed: rounded half-up to 0.01 万元."""
    return None if v is None else round_half_up(v, MONEY_PLACES)


def fund_rate(numerator: Decimal | None, denominator: Decimal | None) -> Decimal | None:
    """到位率 / 执行率 of two amounts: their printed values, numerator × 100 ÷ denominator, rounded
    half-up to two decimals (None when either is missing or the denominator is 0)."""
    exact = rate(cents(numerator), cents(denominator))
    return None if exact is None else round_half_up(exact, RATE_PLACES)


FUND_AMOUNTS = ("budget", "arrived", "spent", "contract_amount", "paid")


def fund_sum(values) -> Decimal | None:
    """The 合计 of amounts: the sum of their printed values (None when none is given)."""
    present = [c for c in (cents(v) for v in values) if c is not None]
    return sum(present, Decimal(0)) if present else None


def totals_of(lines, label: str = "合计") -> FundTotals:
    """The 合计 of fund lines (anything with the ``FUND_AMOUNTS`` attributes) and its two rates."""
    sums: dict[str, Any] = {k: fund_sum(getattr(f, k) for f in lines) for k in FUND_AMOUNTS}
    t = FundTotals(label=label, **sums)
    t.arrival_rate = fund_rate(t.arrived, t.budget)
    t.execution_rate = fund_rate(t.spent, t.arrived)
    return t
