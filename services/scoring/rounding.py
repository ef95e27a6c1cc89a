"""The declared precision of scores and the one rounding policy every figure goes through.

A framework declares the precision of its scores (``"precision": "0.01"`` by default, ``"0.1"`` as
many agencies print). From the engine to every printed table:

- a leaf is computed exactly (``fractions.Fraction``: no digit is lost to Decimal's context),
  rounded once, half-up, to the precision, and clamped to its maximum;
- maxima redistributed under 不适用 are apportioned at the precision by the largest-remainder
  method, so the siblings' new maxima add up exactly to their parent's;
- subtotals and the total are sums of the rounded leaves; a rate (得分率) is computed from those
  figures and rounded half-up to two decimals.
"""
from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from fractions import Fraction
from typing import Any

from models.messages import said
from services.core import numbers

DEFAULT_PRECISION = Decimal("0.01")
#: the precisions a framework may declare (the score's last printed digit)
PRECISIONS = (Decimal("1"), Decimal("0.1"), Decimal("0.01"))
RATE_PRECISION = Decimal("0.01")  # 得分率, percent

Number = Decimal | Fraction | int


def parse_precision(value: Any) -> Decimal:
    """A declared precision ("0.01", "0.1", "1"); ``None`` or "" is the default 0.01.

    ``ValueError`` (with a message for the evaluator) for anything else."""
    if value in (None, ""):
        return DEFAULT_PRECISION
    try:
        d = Decimal(str(value).strip())
    except ArithmeticError:
        d = None
    if d is None or not d.is_finite() or d not in PRECISIONS:
        allowed = "、".join(f"“{p}”" for p in PRECISIONS)
        raise ValueError(said("得分精度 precision 只能是 {allowed}，实为 {value!r}", allowed=allowed, value=value))
    return next(p for p in PRECISIONS if p == d)


def places(precision: Decimal) -> int:
    """Decimal places of a precision: 0.01 → 2, 0.1 → 1, 1 → 0."""
    exponent = precision.normalize().as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def exact(value: Number) -> Fraction:
    return value if isinstance(value, Fraction) else Fraction(value)


def _to_decimal(units: int, precision: Decimal) -> Decimal:
    """``units`` × ``precision`` as a Decimal written at the precision (e.g. 333 × 0.01 → 3.33)."""
    return (Decimal(units) * precision).quantize(precision)


def round_half_up(value: Number, precision: Decimal = DEFAULT_PRECISION) -> Decimal:
    """``value`` rounded half-up (half away from zero) to ``precision``, computed exactly."""
    if isinstance(value, Decimal):  # a Decimal rounds exactly by quantizing: the one helper of core/numbers
        return numbers.round_half_up(value, places(precision))
    q = exact(value) / exact(precision)
    units = int((abs(q) + Fraction(1, 2)).__floor__())
    return _to_decimal(units if q >= 0 else -units, precision)


def round_down(value: Number, precision: Decimal = DEFAULT_PRECISION) -> Decimal:
    q = exact(value) / exact(precision)
    return _to_decimal(q.__floor__(), precision)


def round_up(value: Number, precision: Decimal = DEFAULT_PRECISION) -> Decimal:
    q = exact(value) / exact(precision)
    return _to_decimal(q.__ceil__(), precision)


def decimal_of(value: Fraction) -> Decimal:
    """An exact fraction as a Decimal by one (correctly rounded) division: a score a rule computes
    exactly and divides once lands on a tie (0.625) exactly, never on 0.6249…9."""
    return Decimal(value.numerator) / Decimal(value.denominator)


def apportion(total: Number, weights: Sequence[Number], precision: Decimal = DEFAULT_PRECISION) -> list[Decimal]:
    """Split ``total`` in proportion to ``weights`` at ``precision`` so the parts add up exactly.

    Largest-remainder method: every part is first rounded down to the precision, then the units left
    over go one each to the parts with the largest remainders (ties: the larger weight, then the
    earlier part). 10 over (1, 1, 1) at 0.01 → 3.34, 3.33, 3.33. ``total`` should be a multiple of
    the precision; when it is not, the parts add up to it rounded half-up to the precision.
    """
    ws = [exact(w) for w in weights]
    base = sum(ws, Fraction(0))
    if not ws:
        return []
    if base == 0:
        return [_to_decimal(0, precision) for _ in ws]
    p = exact(precision)
    total_units = int((exact(total) / p + Fraction(1, 2)).__floor__())
    quotas = [Fraction(total_units) * w / base for w in ws]
    floors = [q.__floor__() for q in quotas]
    left = total_units - sum(floors)
    order = sorted(range(len(ws)), key=lambda i: (-(quotas[i] - floors[i]), -ws[i], i))
    for i in order[:left]:
        floors[i] += 1
    return [_to_decimal(u, precision) for u in floors]


def rate(score: Number, maximum: Number) -> Decimal | None:
    """得分率 in percent from the printed score and maximum, rounded half-up to two decimals."""
    if not maximum:
        return None
    return round_half_up(exact(score) * 100 / exact(maximum), RATE_PRECISION)


def exact_rate(score: Number, maximum: Number) -> Fraction | None:
    """The rate of the printed figures without rounding (what a grade band is compared with)."""
    if not maximum:
        return None
    return exact(score) * 100 / exact(maximum)


def fixed(d: Decimal | None, precision: Decimal = DEFAULT_PRECISION) -> str | None:
    """A figure as a decimal string written at ``precision`` ("78.80"), for JSON and tables."""
    if d is None:
        return None
    return format(round_half_up(d, precision), "f")
