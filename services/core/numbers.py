"""Decimal helpers: parsing evaluator input and formatting for display only."""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from models.messages import said

ZERO = Decimal(0)
HUNDRED = Decimal(100)


class RuleInputError(ValueError):
    """An input the rule cannot use; the message is for the evaluator."""


def to_decimal(value: Any, label: str = said("数值"), allow_negative: bool = False) -> Decimal:
    if isinstance(value, bool):
        raise RuleInputError(said("“{label}”必须是数字", label=label))
    if isinstance(value, Decimal):
        d = value
    else:
        text = str(value).strip().replace(",", "").replace("，", "") if value is not None else ""
        if text.endswith("%"):
            text = text[:-1]
        if not text:
            raise RuleInputError(said("“{label}”不能为空", label=label))
        try:
            d = Decimal(text)
        except InvalidOperation:
            raise RuleInputError(said("“{label}”必须是数字，“{value}”无法识别", label=label, value=value)) from None
    if not d.is_finite():
        raise RuleInputError(said("“{label}”必须是有限的数字", label=label))
    if d < 0 and not allow_negative:
        raise RuleInputError(said("“{label}”不能为负数", label=label))
    return d


def round_half_up(d: Decimal, places: int = 2) -> Decimal:
    """``d`` at ``places`` decimals, halves away from zero (2.345 → 2.35): the one rounding for display."""
    return d.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def fmt(d: Decimal | None, places: int = 2) -> str:
    """A score or rate for people: at most ``places`` decimals, no trailing zeros (3.30 → 3.3)."""
    if d is None:
        return "—"
    text = format(round_half_up(d, places), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def fmt_fixed(d: Decimal | None, places: int = 2) -> str:
    """Fixed decimals, e.g. money in 万元 (30295.88) or a rate (66.67)."""
    if d is None:
        return ""
    return format(round_half_up(d, places), "f")


def plain(d: Decimal | int | str) -> str:
    """The exact value without exponent or trailing zeros, as framework files write it: 3.50 → "3.5", 1E+2 → "100"."""
    d = Decimal(d)
    return "0" if d == 0 else format(d.normalize(), "f")


def json_number(d: Decimal | None, places: int = 2) -> int | float | None:
    """A figure for JSON output: rounded to ``places`` decimals, an integer when it has no fraction."""
    if d is None:
        return None
    q = round_half_up(d, places)
    return int(q) if q == q.to_integral_value() else float(q)


def fmt_money(d: Decimal | None) -> str:
    """万元 with thousands separators and two decimals, as the seed writes 30,295.88."""
    if d is None:
        return ""
    return f"{round_half_up(d, 2):,.2f}"


def pct(d: Decimal) -> str:
    """A rate in percent with two decimals: 66.67%."""
    return fmt_fixed(d, 2) + "%"
