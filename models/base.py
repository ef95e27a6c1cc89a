"""Declarative base, column types and the columns every row carries."""
from __future__ import annotations

import json
import uuid
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import MetaData, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

from models.messages import said

# Alembic's batch mode on SQLite needs named constraints.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_id() -> str:
    return str(uuid.uuid4())


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class DecimalText(TypeDecorator):
    """A Decimal stored as its exact text.

    SQLite has no decimal type; NUMERIC affinity would turn 30295.88 into a binary float.
    分值, scores and money (万元) must round-trip exactly, so they are kept as text.
    """

    impl = String(40)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect) -> str | None:
        if value is None:
            return None
        try:
            d = value if isinstance(value, Decimal) else Decimal(str(value))
        except InvalidOperation as exc:
            raise ValueError(said("不是有效的数字：{value!r}", value=value)) from exc
        return format(d, "f")

    def process_result_value(self, value: Any, dialect) -> Decimal | None:
        if value is None:
            return None
        return Decimal(str(value))


def _json_default(o: Any) -> Any:
    if isinstance(o, Decimal):
        return format(o, "f")
    if isinstance(o, (datetime, date)):
        return o.isoformat()
    raise TypeError(f"cannot store {type(o).__name__} as JSON")


def dumps(value: Any) -> str:
    """Canonical JSON: sorted keys, Decimals as exact strings, Chinese kept readable."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=_json_default)


class JSONText(TypeDecorator):
    """JSON kept as text with Decimals written as exact strings."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Any, dialect) -> str | None:
        return None if value is None else dumps(value)

    def process_result_value(self, value: Any, dialect) -> Any:
        return None if value is None else json.loads(value)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Row:
    """Columns on every row: a UUID key (so copies can be merged) and who changed it when."""

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    updated_by: Mapped[str] = mapped_column(String(100), default="")
