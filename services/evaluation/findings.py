"""Findings (问题清单): add, edit, delete and restore findings and their links to indicators; counts by category."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select

from models.entities import Finding, FindingIndicator, Indicator
from models.messages import message_of, said
from models.store import Store
from services.core.dates import parse_date
from services.core.errors import EditRefused
from services.core.numbers import to_decimal
from services.evaluation.assessments import get_info
from services.frameworks import catalog
from services.scoring import (
    RuleInputError,
    in_tree_order,
    tree_order,
)


@dataclass
class FindingData:
    id: str | None = None
    position: int = 0
    category: str = "A"
    title: str = ""
    detail: str = ""
    amount: Decimal | None = None
    cause: str = ""
    suggestion: str = ""
    responsible_unit: str = ""
    deadline: date | None = None
    remark: str = ""
    assignee: str = ""
    source_indicator_id: str | None = None
    source_item: str = ""
    deduction: Decimal | None = None
    indicator_ids: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


FINDING_FIELDS = [f.name for f in fields(FindingData) if f.name not in ("id", "indicator_ids")]


def _finding_values(store: Store, data: Mapping[str, Any]) -> dict[str, Any]:
    out = {}
    for k, v in data.items():
        if k not in FINDING_FIELDS:
            continue
        if k in ("amount", "deduction"):
            if v in (None, ""):
                v = None
            else:
                try:
                    v = to_decimal(v, said("涉及金额") if k == "amount" else said("扣分"))
                except RuleInputError as exc:
                    raise EditRefused(message_of(exc)) from None
        elif k == "deadline":
            v = parse_date(v, "整改期限")
        elif k == "category":
            cats = {c["code"] for c in (get_info(store).finding_categories or catalog.DEFAULT_CATEGORIES)}
            if v not in cats:
                raise EditRefused(said("问题类别“{v}”不在本评价的类别中（{cats}）", v=v, cats='、'.join(sorted(cats))))
        out[k] = v
    if "title" in out and not str(out["title"]).strip():
        raise EditRefused(said("问题标题不能为空"))
    return out


def list_findings(store: Store) -> list[FindingData]:
    with store.read() as s:
        links: dict[str, list[str]] = {}
        for fid, iid in s.execute(select(FindingIndicator.finding_id, FindingIndicator.indicator_id)):
            links.setdefault(fid, []).append(iid)
        if links:  # the linked indicators in the framework's order, not the order of their random ids
            order = tree_order(s.execute(select(Indicator.id, Indicator.parent_id, Indicator.position,
                                                Indicator.code)).all())
            links = {fid: in_tree_order(ids, order) for fid, ids in links.items()}
        # plain column rows, not ORM objects: a tenth of the time for 10,000 findings
        cols = [getattr(Finding, k) for k in FINDING_FIELDS]
        rows = s.execute(select(Finding.id, *cols).order_by(Finding.category, Finding.position)).all()
        return [FindingData(id=r[0], indicator_ids=tuple(links.get(r[0], ())), **dict(zip(FINDING_FIELDS, r[1:])))
                for r in rows]


def add_finding(store: Store, data: Mapping[str, Any], indicator_ids: tuple[str, ...] | list[str] = ()) -> str:
    values = _finding_values(store, {"title": data.get("title", ""), **data})
    with store.session("新增问题") as s:
        pos = s.execute(select(func.coalesce(func.max(Finding.position), -1))).scalar_one() + 1
        values.setdefault("position", pos)
        f = Finding(**values)
        if data.get("id"):
            f.id = data["id"]
        s.add(f)
        s.flush()
        for iid in dict.fromkeys(indicator_ids):
            s.add(FindingIndicator(finding_id=f.id, indicator_id=iid))
        return f.id


def update_finding(store: Store, finding_id: str, **changes: Any) -> None:
    links = changes.pop("indicator_ids", None)
    values = _finding_values(store, changes)
    with store.session("修改问题") as s:
        f = s.get(Finding, finding_id)
        if f is None:
            raise EditRefused(said("该问题已被删除"))
        for k, v in values.items():
            setattr(f, k, v)
        if links is not None:
            _relink(s, finding_id, links)


def _relink(s, finding_id: str, indicator_ids) -> None:
    current = {fi.indicator_id: fi for fi in s.execute(
        select(FindingIndicator).where(FindingIndicator.finding_id == finding_id)).scalars()}
    wanted = list(dict.fromkeys(indicator_ids))
    for iid, fi in current.items():
        if iid not in wanted:
            s.delete(fi)
    for iid in wanted:
        if iid not in current:
            s.add(FindingIndicator(finding_id=finding_id, indicator_id=iid))


def delete_finding(store: Store, finding_id: str) -> FindingData:
    """Delete a finding; returns what it was (so the window can undo)."""
    before = next((f for f in list_findings(store) if f.id == finding_id), None)
    if before is None:
        raise EditRefused(said("该问题已被删除"))
    with store.session("删除问题") as s:
        # through the ORM, not a bulk DELETE, so that the audit trail records every removed link
        for link in s.execute(select(FindingIndicator).where(FindingIndicator.finding_id == finding_id)).scalars():
            s.delete(link)
        s.delete(s.get(Finding, finding_id))
    return before


def restore_finding(store: Store, data: FindingData) -> str:
    """Put a deleted finding back with its original id and links (undo of delete)."""
    d = data.as_dict()
    links = d.pop("indicator_ids")
    return add_finding(store, d, links)


def category_counts(store: Store) -> tuple[list[tuple[str, str, int]], str]:
    """Per category (code, name, count) and the seed's summary line (共计发现问题 N 类 …)."""
    cats = get_info(store).finding_categories or catalog.DEFAULT_CATEGORIES
    found = list_findings(store)
    counts = [(c["code"], c["name"], sum(1 for f in found if f.category == c["code"])) for c in cats]
    used = [c for c in counts if c[2]]
    parts = "，".join(f"{code}类问题 {n} 个" for code, _name, n in used)
    line = f"共计发现问题 {len(used)} 类，问题总数 {len(found)} 个。" + (f"其中，{parts}" if parts else "")
    return counts, line


