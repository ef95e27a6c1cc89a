"""Editing the indicator system (指标体系) of an evaluation file: the framework editor's use cases.

Every function is one unit of work on the open ``Store``: it checks first, then writes, so a
refused edit (``EditRefused``) changes nothing. Structural nonsense is refused at once (a rule
whose parameters do not hold, a 分值 that is not a number, moving a node under itself); sums that
do not add up yet are allowed while the evaluator works and reported by ``validate`` — naming the
node — and they block what needs a sound framework: saving it as a template, exporting it,
starting a new evaluation from it.

Editing the framework of an evaluation already scored keeps every assessment whose indicator
still exists; each edit returns the indicators whose scores it affects.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select

from models.entities import (
    Assessment,
    Evaluation,
    EvidenceLink,
    FindingIndicator,
    Indicator,
    RaterScore,
)
from models.messages import joined, message_of, said
from models.store import Store
from services.core.errors import EditRefused
from services.core.numbers import RuleInputError, fmt, plain as _s, to_decimal
from services.evaluation import assessments
from services.evaluation.info import precision
from services.frameworks import catalog
from services.scoring.rules import FALLBACK, check_item, score_item

NODE_FIELDS = ("name", "code", "max_points", "definition", "key_points", "criteria")


@dataclass
class NodeData:
    id: str
    parent_id: str | None
    position: int
    code: str
    name: str
    max_points: Decimal  # 分值
    definition: str = ""  # 指标解释
    key_points: str = ""  # 指标说明 / 评价要点
    criteria: str = ""
    items: list[dict[str, Any]] | None = None
    level: int = 1
    has_inputs: bool = False  # the evaluator has entered something for it

    @property
    def is_leaf(self) -> bool:
        return self.items is not None


@dataclass
class Problem:
    """One validation message; ``indicator_id`` None for the framework as a whole."""

    indicator_id: str | None
    code: str
    name: str
    message: Any  # said (models/messages.py)

    def said(self) -> Any:
        """The problem with the node it is about, said: the window shows it in its language."""
        if not self.indicator_id:
            return self.message
        return said("“{name}”（{code}）：{problem}", name=self.name, code=self.code, problem=self.message)

    def __str__(self) -> str:
        return str(self.said())


@dataclass
class Affected:
    indicator_id: str
    code: str
    name: str
    reason: str

    def __str__(self) -> str:
        return f"“{self.name}”（{self.code}）：{self.reason}"


@dataclass
class Snapshot:
    """Everything a delete removed, to put it back exactly (undo)."""

    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    affected: list[Affected] = field(default_factory=list)
    converted_parent: tuple[str, Any] | None = None  # (parent id, its items before) when it became a leaf


# ── reading ─────────────────────────────────────────────────────────────────
def _indicator(s, indicator_id: str) -> Indicator:
    """The indicator, or a refusal if it was deleted meanwhile (e.g. by undo in another window)."""
    ind = s.get(Indicator, indicator_id)
    if ind is None:
        raise EditRefused(said("该指标已不存在"))
    return ind


def list_nodes(store: Store) -> list[NodeData]:
    """Every node in tree order (depth first), with its level."""
    with store.read() as s:
        inds = s.execute(select(Indicator)).scalars().all()
        entered = {a.indicator_id for a in s.execute(select(Assessment)).scalars()
                   if a.inputs or a.override_score is not None}
        nodes = [NodeData(i.id, i.parent_id, i.position, i.code, i.name, i.max_points, i.definition or "", i.key_points or "",
                          i.criteria or "", i.items, has_inputs=i.id in entered) for i in inds]
    kids: dict[str | None, list[NodeData]] = {}
    for n in nodes:
        kids.setdefault(n.parent_id, []).append(n)
    for lst in kids.values():
        lst.sort(key=lambda n: (n.position, n.code))
    out: list[NodeData] = []

    def rec(parent: str | None, level: int) -> None:
        for n in kids.get(parent, []):
            n.level = level
            out.append(n)
            rec(n.id, level + 1)

    rec(None, 1)
    return out


def framework_of(store: Store, id: str | None = None, name: str | None = None) -> dict[str, Any]:
    """The evaluation's indicator system as a framework file dict (``fieldeval-framework/1``)."""
    nodes = list_nodes(store)
    info = assessments.get_info(store)
    by_parent: dict[str | None, list[NodeData]] = {}
    for n in nodes:
        by_parent.setdefault(n.parent_id, []).append(n)

    def as_dict(n: NodeData) -> dict[str, Any]:
        d: dict[str, Any] = {"code": n.code, "name": n.name, "weight": _s(n.max_points)}
        for k, attr in (("explanation", "definition"), ("points", "key_points"), ("criteria", "criteria")):
            if getattr(n, attr):
                d[k] = getattr(n, attr)
        if n.is_leaf:
            d["items"] = n.items
        else:
            d["children"] = [as_dict(c) for c in by_parent.get(n.id, [])]
        return d

    return {"format": catalog.FORMAT, "id": id or info.framework_id or "framework",
            "name": name or info.framework_name or info.name or "指标体系", "description": "",
            "total": _s(info.full_marks), "grade_scheme": info.grade_scheme or "national",
            "finding_categories": info.finding_categories or list(catalog.DEFAULT_CATEGORIES),
            "na_policy": info.na_policy or "proportional", "precision": _s(precision(info)),
            "nodes": [as_dict(n) for n in by_parent.get(None, [])]}


# ── validation ──────────────────────────────────────────────────────────────
def validate(store: Store) -> list[Problem]:
    """Every reason the framework does not add up yet, each naming its node."""
    nodes = list_nodes(store)
    total = assessments.get_info(store).full_marks
    kids: dict[str | None, list[NodeData]] = {}
    for n in nodes:
        kids.setdefault(n.parent_id, []).append(n)
    problems: list[Problem] = []
    codes: dict[str, NodeData] = {}
    for n in nodes:
        p = lambda msg, n=n: problems.append(Problem(n.id, n.code, n.name, msg))  # noqa: E731
        if n.code in codes:
            p(said("编号与“{name}”重复", name=codes[n.code].name))
        codes[n.code] = n
        if not n.name.strip():
            p(said("名称为空"))
        children = kids.get(n.id, [])
        if n.is_leaf:
            if not n.items:
                p(said("没有评分项（请设置评分规则）"))
                continue
            s = Decimal(0)
            for it in n.items:
                s += to_decimal(it.get("max", "0"), "max")
                for m in check_item(it):
                    p(said("评分项“{item}”：{problem}", item=it.get("label") or it.get("key"), problem=m))
            if s != n.max_points:
                p(said("评分项分值之和 {sum} 不等于指标分值 {weight}", sum=fmt(s, 4), weight=fmt(n.max_points, 4)))
        elif not children:
            p(said("既没有下级指标也没有评分规则"))
        else:
            s = sum((c.max_points for c in children), Decimal(0))
            if s != n.max_points:
                p(said("下级指标分值之和 {sum} 不等于其分值 {weight}", sum=fmt(s, 4), weight=fmt(n.max_points, 4)))
    roots = kids.get(None, [])
    s = sum((c.max_points for c in roots), Decimal(0))
    if not roots:
        problems.append(Problem(None, "", "", said("指标体系中没有任何指标")))
    elif s != total:
        problems.append(Problem(None, "", "", said("一级指标分值之和 {sum} 不等于总分 {total}", sum=fmt(s, 4),
                                                   total=fmt(total, 4))))
    return problems


def require_valid(store: Store, what: str) -> None:
    problems = validate(store)
    if problems:
        raise EditRefused(said("指标体系还有 {count} 处问题，不能{what}：{problems}{more}", count=len(problems), what=what,
                               problems=joined([p.said() for p in problems[:5]], "；"), more="……" if len(problems) > 5 else ""))


# ── edits ───────────────────────────────────────────────────────────────────
def _weight(value: Any) -> Decimal:
    try:
        return to_decimal(value, said("分值"))
    except RuleInputError as exc:
        raise EditRefused(message_of(exc)) from None


def _check_items(items: Any, name: str) -> list[dict[str, Any]]:
    if not isinstance(items, list) or not items:
        raise EditRefused(said("“{name}”至少要有一个评分项", name=name))
    keys = set()
    for i, it in enumerate(items, 1):
        if not isinstance(it, Mapping) or not it.get("key"):
            raise EditRefused(said("“{name}”的第 {i} 个评分项缺少 key", name=name, i=i))
        if it["key"] in keys:
            raise EditRefused(said("“{name}”的评分项 key “{key}”重复", name=name, key=it['key']))
        keys.add(it["key"])
        problems = check_item(it)
        if problems:
            raise EditRefused(said("“{name}”评分项“{label}”：{problems}", name=name, label=it.get("label") or it["key"],
                                   problems=joined(problems, "；")))
    return [dict(it) for it in items]


def _unique_code(s, base: str) -> str:
    existing = set(s.execute(select(Indicator.code)).scalars())
    prefix = f"{base}." if base else ""
    n = 1
    while f"{prefix}{n}" in existing:
        n += 1
    return f"{prefix}{n}"


def default_items(name: str, weight: Decimal) -> list[dict[str, Any]]:
    return [FALLBACK.item(name or "酌情评分", weight, {})]


def _siblings(s, parent_id: str | None) -> list[Indicator]:
    q = select(Indicator).where(Indicator.parent_id.is_(None) if parent_id is None else Indicator.parent_id == parent_id)
    return sorted(s.execute(q).scalars(), key=lambda i: (i.position, i.code))


def _assessment(s, indicator_id: str) -> Assessment | None:
    return s.execute(select(Assessment).where(Assessment.indicator_id == indicator_id)).scalar_one_or_none()


def add_node(store: Store, parent_id: str | None, name: str, weight: Any = "0", leaf: bool = True,
             position: int | None = None, items: list[dict[str, Any]] | None = None) -> str:
    """A new indicator under ``parent_id`` (None: a new level-1). Returns its id.

    A leaf gets a judgement rule over its 分值 until the evaluator sets another. Adding under a
    leaf turns that leaf into an upper level — refused when the leaf already holds entries.
    """
    name = (name or "").strip()
    if not name:
        raise EditRefused(said("指标名称不能为空"))
    w = _weight(weight)
    if items is not None:
        items = _check_items(items, name)
    with store.session("新增指标") as s:
        base = ""
        if parent_id is not None:
            parent = s.get(Indicator, parent_id)
            if parent is None:
                raise EditRefused(said("上级指标已不存在"))
            if parent.items is not None:
                a = _assessment(s, parent.id)
                if a is not None and (a.inputs or a.override_score is not None):
                    raise EditRefused(said("“{name}”已录入评分，不能在其下新增指标；请先清除其评分或另建指标", name=parent.name))
                parent.items = None
            base = parent.code
        sibs = _siblings(s, parent_id)
        pos = len(sibs) if position is None else max(0, min(position, len(sibs)))
        for sib in sibs[pos:]:
            sib.position += 1
        ind = Indicator(parent_id=parent_id, position=pos, code=_unique_code(s, base), name=name, max_points=w,
                        definition="", key_points="", criteria="", items=(items or default_items(name, w)) if leaf else None)
        s.add(ind)
        s.flush()
        s.add(Assessment(indicator_id=ind.id, inputs={}))
        return ind.id


def update_node(store: Store, indicator_id: str, **changes: Any) -> tuple[dict[str, Any], list[Affected]]:
    """Change name / code / 分值 / texts. Returns (old values, affected indicators).

    Changing the 分值 of a leaf with one scoring item changes that item's maximum too when its
    rule allows (so 分值 and items keep adding up).
    """
    unknown = set(changes) - set(NODE_FIELDS)
    if unknown:
        raise EditRefused(said("未知的指标字段：{unknown}", unknown='、'.join(sorted(unknown))))
    if "name" in changes and not str(changes["name"] or "").strip():
        raise EditRefused(said("指标名称不能为空"))
    if "max_points" in changes:
        changes["max_points"] = _weight(changes["max_points"])
    affected: list[Affected] = []
    with store.session("修改指标") as s:
        ind = s.get(Indicator, indicator_id)
        if ind is None:
            raise EditRefused(said("该指标已不存在"))
        if "code" in changes:
            code = str(changes["code"] or "").strip()
            if not code:
                raise EditRefused(said("编号不能为空"))
            clash = s.execute(select(Indicator).where(Indicator.code == code, Indicator.id != ind.id)).scalar_one_or_none()
            if clash is not None:
                raise EditRefused(said("编号“{code}”已被“{name}”使用", code=code, name=clash.name))
            changes["code"] = code
        old = {k: getattr(ind, k) for k in changes}
        if "items" not in old:
            old["_items"] = ind.items
        for k, v in changes.items():
            setattr(ind, k, v.strip() if isinstance(v, str) and k in ("name", "code") else v)
        if "max_points" in changes and ind.items and len(ind.items) == 1 and old["max_points"] != changes["max_points"]:
            item = dict(ind.items[0], max=_s(changes["max_points"]))
            if not check_item(item):
                ind.items = [item]
        if "max_points" in changes and old["max_points"] != changes["max_points"]:
            a = _assessment(s, ind.id)
            if a is not None and a.override_score is not None and a.override_score > changes["max_points"]:
                affected.append(Affected(ind.id, ind.code, ind.name,
                                         f"调整后得分 {fmt(a.override_score)} 超过新分值 {fmt(changes['max_points'])}，请重新调整"))
            elif a is not None and (a.inputs or a.override_score is not None):
                affected.append(Affected(ind.id, ind.code, ind.name, "分值已改，得分按新分值重算"))
    return old, affected


def restore_node_fields(store: Store, indicator_id: str, old: Mapping[str, Any]) -> None:
    """Undo of ``update_node``."""
    with store.session("撤销修改指标") as s:
        ind = s.get(Indicator, indicator_id)
        if ind is None:
            raise EditRefused(said("该指标已不存在"))
        for k, v in old.items():
            setattr(ind, "items" if k == "_items" else k, v)


@dataclass
class ItemsChange:
    old_items: list[dict[str, Any]] | None
    old_inputs: dict[str, Any]
    old_status: str
    affected: list[Affected]


def set_items(store: Store, indicator_id: str, items: list[dict[str, Any]]) -> ItemsChange:
    """Replace a leaf's scoring items (its rule). Inputs of items whose key and type are kept stay;
    the others are dropped (``ItemsChange`` holds them for undo)."""
    with store.read() as s:
        ind = s.get(Indicator, indicator_id)
        if ind is None:
            raise EditRefused(said("该指标已不存在"))
        name = ind.name
    new_items = _check_items(items, name)
    affected: list[Affected] = []
    with store.session("修改评分规则") as s:
        ind = _indicator(s, indicator_id)
        if ind.items is None and s.execute(select(Indicator.id).where(Indicator.parent_id == ind.id)).first():
            raise EditRefused(said("“{name}”有下级指标，不能直接设置评分规则", name=ind.name))
        a = _assessment(s, ind.id)
        old_items = ind.items
        old_inputs = dict(a.inputs or {}) if a else {}
        old_status = a.status if a else "未开始"
        old_types = {it["key"]: it["type"] for it in old_items or []}
        kept: dict[str, Any] = {}
        dropped = []
        for it in new_items:
            v = old_inputs.get(it["key"])
            if v is None:
                continue
            if old_types.get(it["key"]) != it["type"] and not (isinstance(v, Mapping) and "bind" in v):
                dropped.append(it.get("label") or it["key"])
                continue
            try:
                score_item(it, v)
            except RuleInputError:
                dropped.append(it.get("label") or it["key"])
                continue
            kept[it["key"]] = v
        dropped += [k for k in old_inputs if k not in {it["key"] for it in new_items}]
        ind.items = new_items
        if a is not None:
            if old_inputs or a.override_score is not None:
                reason = "评分规则已修改，得分按新规则重算"
                if dropped:
                    reason += f"；以下评分项的录入已不适用而被移除：{'、'.join(map(str, dropped))}"
                affected.append(Affected(ind.id, ind.code, ind.name, reason))
            a.inputs = kept
            assessments._auto_status(ind, a)
    return ItemsChange(old_items, old_inputs, old_status, affected)


def restore_items(store: Store, indicator_id: str, change: ItemsChange) -> None:
    """Undo of ``set_items``: the old rule and the old inputs."""
    with store.session("撤销修改评分规则") as s:
        ind = s.get(Indicator, indicator_id)
        if ind is None:
            raise EditRefused(said("该指标已不存在"))
        ind.items = change.old_items
        a = _assessment(s, ind.id)
        if a is not None:
            a.inputs = change.old_inputs
            a.status = change.old_status


def move_node(store: Store, indicator_id: str, new_parent_id: str | None, position: int | None = None
              ) -> tuple[str | None, int]:
    """Reparent and/or reorder. Returns (old parent id, old position) for undo."""
    with store.session("移动指标") as s:
        ind = s.get(Indicator, indicator_id)
        if ind is None:
            raise EditRefused(said("该指标已不存在"))
        if new_parent_id is not None:
            p = s.get(Indicator, new_parent_id)
            if p is None:
                raise EditRefused(said("目标上级指标已不存在"))
            walk: Indicator | None = p
            while walk is not None:
                if walk.id == ind.id:
                    raise EditRefused(said("不能把“{name}”移到它自己的下级指标之下", name=ind.name))
                walk = s.get(Indicator, walk.parent_id) if walk.parent_id else None
            if p.items is not None:
                raise EditRefused(said("“{name}”是末级指标（有评分规则），不能在其下放置指标", name=p.name))
        old_parent, old_pos = ind.parent_id, ind.position
        old_sibs = [x for x in _siblings(s, old_parent) if x.id != ind.id]
        for i, x in enumerate(old_sibs):
            x.position = i
        new_sibs = [x for x in _siblings(s, new_parent_id) if x.id != ind.id]
        pos = len(new_sibs) if position is None else max(0, min(position, len(new_sibs)))
        new_sibs.insert(pos, ind)
        ind.parent_id = new_parent_id
        for i, x in enumerate(new_sibs):
            x.position = i
        if old_parent is not None and old_parent != new_parent_id and not old_sibs:
            parent = _indicator(s, old_parent)
            parent.items = default_items(parent.name, parent.max_points)
    return old_parent, old_pos


def _row_dict(obj) -> dict[str, Any]:
    return {c.key: getattr(obj, c.key) for c in obj.__table__.columns}


def delete_node(store: Store, indicator_id: str) -> Snapshot:
    """Delete a node and everything under it (its assessments, links and expert scores).

    Returns a snapshot for ``restore_node``; ``snapshot.affected`` lists the deleted indicators
    that held entries. A parent left with no children becomes a leaf with a judgement rule.
    """
    snap = Snapshot()
    with store.session("删除指标") as s:
        ind = s.get(Indicator, indicator_id)
        if ind is None:
            raise EditRefused(said("该指标已不存在"))
        subtree = [ind]
        i = 0
        while i < len(subtree):
            subtree += _siblings(s, subtree[i].id)
            i += 1
        ids = [x.id for x in subtree]
        rows: dict[str, list[dict[str, Any]]] = {"indicator": [_row_dict(x) for x in subtree]}
        for key, model, col in (("assessment", Assessment, Assessment.indicator_id),
                                ("finding_indicator", FindingIndicator, FindingIndicator.indicator_id),
                                ("rater_score", RaterScore, RaterScore.indicator_id)):
            objs = s.execute(select(model).where(col.in_(ids))).scalars().all()
            rows[key] = [_row_dict(o) for o in objs]
            if key == "assessment":
                for o in objs:
                    if isinstance(o, Assessment) and (o.inputs or o.override_score is not None or o.comment):
                        x = next(x for x in subtree if x.id == o.indicator_id)
                        snap.affected.append(Affected(x.id, x.code, x.name, "已删除，其评分录入随之删除"))
            for o in objs:
                s.delete(o)
        links = s.execute(select(EvidenceLink).where(EvidenceLink.target_kind == "indicator",
                                                     EvidenceLink.target_id.in_(ids))).scalars().all()
        rows["evidence_link"] = [_row_dict(o) for o in links]
        for o in links:
            s.delete(o)
        s.flush()
        for x in reversed(subtree):
            s.delete(x)
            s.flush()
        rest = _siblings(s, ind.parent_id)
        for n, x in enumerate(rest):
            x.position = n
        if ind.parent_id is not None and not rest:
            parent = _indicator(s, ind.parent_id)
            snap.converted_parent = (parent.id, parent.items)
            parent.items = default_items(parent.name, parent.max_points)
        snap.rows = rows
    return snap


def restore_node(store: Store, snap: Snapshot) -> None:
    """Undo of ``delete_node``: every row back with its original id."""
    models = {"indicator": Indicator, "assessment": Assessment, "finding_indicator": FindingIndicator,
              "rater_score": RaterScore, "evidence_link": EvidenceLink}
    with store.session("撤销删除指标") as s:
        if snap.converted_parent:
            parent = s.get(Indicator, snap.converted_parent[0])
            if parent is not None:
                parent.items = snap.converted_parent[1]
        top = snap.rows["indicator"][0]
        for sib in _siblings(s, top["parent_id"]):
            if sib.position >= top["position"]:
                sib.position += 1
        for key in ("indicator", "assessment", "finding_indicator", "rater_score", "evidence_link"):
            for d in snap.rows.get(key, []):
                s.add(models[key](**d))
                s.flush()


def renumber(store: Store) -> dict[str, str]:
    """Codes from positions (1, 1.1, 1.1.1 …). Returns id → old code, for undo."""
    nodes = list_nodes(store)
    new_codes: dict[str, str] = {}
    counters: dict[str | None, int] = {}
    for n in nodes:
        counters[n.parent_id] = counters.get(n.parent_id, 0) + 1
        base = new_codes.get(n.parent_id, "") if n.parent_id else ""
        new_codes[n.id] = f"{base}.{counters[n.parent_id]}" if base else str(counters[n.parent_id])
    return set_codes(store, new_codes)


def set_codes(store: Store, codes: Mapping[str, str]) -> dict[str, str]:
    with store.session("重新编号") as s:
        inds = {i.id: i for i in s.execute(select(Indicator)).scalars()}
        old = {i: inds[i].code for i in codes if i in inds}
        for i in old:
            inds[i].code = f"~{i}"
        s.flush()
        for i in old:
            inds[i].code = codes[i]
    return old


def set_total(store: Store, total: Any) -> Decimal:
    """The framework's 总分 (usually 100). Returns the old one."""
    t = _weight(total)
    if t <= 0:
        raise EditRefused(said("总分必须大于 0"))
    with store.session("修改总分") as s:
        ev = s.execute(select(Evaluation)).scalar_one()
        old = ev.full_marks
        ev.full_marks = t
    return old


# ── templates ───────────────────────────────────────────────────────────────
def save_as_template(store: Store, id: str, name: str, description: str = "") -> Path:
    """Save this evaluation's framework as a reusable template in the user's template folder."""
    id = (id or "").strip()
    if not id or any(c in id for c in '/\\:*?"<>|'):
        raise EditRefused(said("模板编号不能为空，也不能含有 / \\ : * ? \" < > | 等字符"))
    if not (name or "").strip():
        raise EditRefused(said("模板名称不能为空"))
    if any(i.id == id and i.builtin for i in catalog.list_frameworks()):
        raise EditRefused(said("“{id}”是内置指标体系的编号，请换一个", id=id))
    require_valid(store, said("保存为模板"))
    data = framework_of(store, id=id, name=name.strip())
    data["description"] = description
    fw = catalog.from_dict(data, name)
    return catalog.save_user_template(fw)


def new_evaluation_from_template(template: str | Path, out: Path | str, info: Mapping[str, Any] | None = None,
                                 actor: str = "") -> Store:
    """A new evaluation file using a built-in or user template (its id or file path)."""
    return assessments.create(out, catalog.load(template), info or {}, actor=actor)


# ── try a rule ──────────────────────────────────────────────────────────────
@dataclass
class TryResult:
    score: Decimal | None
    text: str
    error: Any = ""  # a message (models.messages), for the window to show in its language
    said: tuple = ()  # ``text`` as the rule says it, for the window to render in its language (rules.base.render)


def try_rule(item: Mapping[str, Any], inputs: Mapping[str, Any] | None) -> TryResult:
    """Score sample inputs with a rule being edited (nothing is saved)."""
    problems = check_item(item)
    if problems:
        return TryResult(None, "", joined(problems, "；"))
    try:
        r = score_item(item, inputs or {})
    except RuleInputError as exc:
        return TryResult(None, "", message_of(exc))
    return TryResult(r.score, r.text, said=r.said)


def new_evaluation_from_current(store: Store, out: Path | str, info: Mapping[str, Any] | None = None,
                                actor: str = "") -> Store:
    """A new, empty evaluation using this evaluation's (edited) framework."""
    require_valid(store, said("用它新建评价"))
    data = framework_of(store)
    return assessments.create(out, catalog.from_dict(data, data["name"]), info or {}, actor=actor)
