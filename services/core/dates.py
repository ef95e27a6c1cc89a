"""Dates and times typed by the evaluator: the one parser, with one-line refusals.

``parse_date`` reads 年-月-日 (a report date, a deadline); ``parse_when`` reads 年-月-日 with an
optional time (a field record, a photo's capture time). Both accept a ``date``/``datetime`` as is
and return ``None`` for an empty value.
"""
from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from models.messages import said
from services.core.errors import EditRefused

_WHEN_PATTERNS = ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%d")


def parse_date(value: Any, label: str = "日期") -> date | None:
    """'2024-09-30' (ISO 8601) or a ``date``; refused with "<label>“…”格式不对，应为 年-月-日（如 2024-09-30）"."""
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise EditRefused(said("{label}“{value}”格式不对，应为 年-月-日（如 2024-09-30）", label=label, value=value)) from None


def parse_when(value: Any, label: str = "时间") -> datetime | None:
    """'2024-09-30', '2024/09/30 14:30', '2024-09-30T14:30:05' (any ISO 8601 form) or a ``datetime``/``date``.

    Refused with "<label>“…”格式不对，应为 年-月-日 或 年-月-日 时:分（如 2024-09-30 14:30）".
    """
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime.combine(value, time())
    raw = str(value).strip()
    text = raw.replace("/", "-").replace("T", " ")
    for pattern in _WHEN_PATTERNS:
        try:
            return datetime.strptime(text, pattern)
        except ValueError:
            continue
    try:
        return datetime.fromisoformat(raw)
    except ValueError:
        raise EditRefused(said("{label}“{value}”格式不对，应为 年-月-日 或 年-月-日 时:分（如 2024-09-30 14:30）", label=label, value=value)) from None
