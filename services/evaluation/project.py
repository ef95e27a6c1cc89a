"""The project pages' use cases: team (评价组), 绩效目标表, funds (资金), report chapters, 简要情况表 rows.

Every mutating function validates first (``EditRefused`` with a message for the evaluator, nothing
written), then writes in one ``Store.session()``. Updates return the old values and deletes return
the deleted row, so the window's undo can put things back with ``update_*`` / ``restore_*``.
Rates are percentages as ``Decimal`` (99.72 means 99.72%), ``None`` when they cannot be computed.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, fields
from decimal import Decimal
from typing import Any, Generic, TypeVar

from sqlalchemy import func, select

from models.entities import (
    Evaluator,
    FundLine,
    PerformanceTarget,
    ReportSection,
    SummaryRow,
)
from models.messages import message_of, said
from models.store import Store
from services.core.errors import EditRefused
from services.core.numbers import HUNDRED, RuleInputError, to_decimal
from services.evaluation.fund_math import (
    FundTotals,
    fund_rate,
    rate,
    totals_of,
)

ROLES = ("组长", "组员", "专家")
#: the kinds of evaluation the 简要情况表 offers (any other text may be typed)
EVALUATION_TYPES = ("财政评价", "部门评价", "单位自评")
#: the words that may stand before the 现场评价金额 (“＞16,000.00”)
AMOUNT_QUALIFIERS = ("", "＞", "≥", "约")
#: comparators of a 绩效目标 (指标值 such as "≥90%", "＜22351.12"); "" = qualitative or exact text
COMPARATORS = ("", "≥", ">", "=", "≤", "<")
_COMPARATOR_ALIASES = {">=": "≥", "＞": ">", "<=": "≤", "＜": "<", "＝": "=", "==": "=", "≧": "≥", "≦": "≤"}

#: the national outline of the 评价报告 (the chapters of a 财政评价 report); the user edits it freely
DEFAULT_OUTLINE = (
    ("basic", "一、基本情况"),
    ("work", "二、评价工作开展情况"),
    ("conclusion", "三、综合评价情况及评价结论"),
    ("analysis", "四、绩效评价指标分析"),
    ("problems", "五、主要经验及做法、存在的问题及原因分析"),
    ("advice", "六、有关建议"),
    ("other", "七、其他需要说明的问题"),
)


# ── plain data ──────────────────────────────────────────────────────────────
@dataclass
class EvaluatorData:
    """评价组成员."""
    id: str | None = None
    name: str = ""
    role: str = "组员"
    unit: str = ""
    position: int = 0


@dataclass
class TargetData:
    """A row of the 绩效目标表; ``completion`` (%) and ``achieved`` are derived, never stored."""
    id: str | None = None
    position: int = 0
    table: str = ""
    level1: str = ""
    level2: str = ""
    name: str = ""
    comparator: str = ""
    target_text: str = ""
    target_value: Decimal | None = None
    unit: str = ""
    actual_text: str = ""
    actual_value: Decimal | None = None
    note: str = ""
    completion: Decimal | None = None
    achieved: bool | None = None


@dataclass
class FundData:
    """A fund line (万元) with its derived 到位率 and 执行率 (%)."""
    id: str | None = None
    position: int = 0
    year: int | None = None
    source: str = ""
    budget: Decimal | None = None
    arrived: Decimal | None = None
    spent: Decimal | None = None
    contract_amount: Decimal | None = None
    paid: Decimal | None = None
    payee: str = ""
    note: str = ""
    arrival_rate: Decimal | None = None
    execution_rate: Decimal | None = None


@dataclass
class SectionData:
    """A chapter of the 评价报告."""
    id: str | None = None
    position: int = 0
    key: str = ""
    title: str = ""
    body: str = ""


@dataclass
class SummaryRowData:
    """A row of the 简要情况表's 评价主要内容 / 发现的主要问题 / 原因分析及工作建议 table."""
    id: str | None = None
    position: int = 0
    area: str = ""
    problems: str = ""
    advice: str = ""


# ── derived figures ─────────────────────────────────────────────────────────
# The funds' totals and rates are computed in ``services.evaluation.fund_math`` (imported above).


def normalize_comparator(value: Any) -> str:
    text = str(value or "").strip()
    text = _COMPARATOR_ALIASES.get(text, text)
    if text not in COMPARATORS:
        raise EditRefused(said("比较符“{value}”无法识别，只能是 ≥、>、=、≤、< 或留空", value=value))
    return text


def target_completion(comparator: str, target: Decimal | None, actual: Decimal | None
                      ) -> tuple[Decimal | None, bool | None]:
    """(completion %, achieved) of a target.

    For "more is better" (≥, >, =, none) completion = actual ÷ target; for "less is better"
    (≤, <, e.g. a cost ceiling) completion = target ÷ actual. ``achieved`` applies the comparator.
    """
    if target is None or actual is None:
        return None, None
    if comparator in ("≤", "<"):
        completion = rate(target, actual) if actual != 0 else (HUNDRED if target >= 0 else None)
        achieved = actual <= target if comparator == "≤" else actual < target
    else:
        completion = rate(actual, target)
        achieved = {"≥": actual >= target, ">": actual > target, "=": actual == target}.get(comparator, actual >= target)
    return completion, achieved


def _with_target_derived(t: TargetData) -> TargetData:
    t.completion, t.achieved = target_completion(t.comparator, t.target_value, t.actual_value)
    return t


def _with_fund_derived(f: FundData) -> FundData:
    f.arrival_rate = fund_rate(f.arrived, f.budget)
    f.execution_rate = fund_rate(f.spent, f.arrived)
    return f


# ── coercion of evaluator input ─────────────────────────────────────────────
def _money(label: str) -> Callable[[Any], Decimal | None]:
    def coerce(v: Any) -> Decimal | None:
        if v is None or (isinstance(v, str) and not v.strip()):
            return None
        try:
            return to_decimal(v, label)
        except RuleInputError as exc:
            raise EditRefused(message_of(exc)) from None
    return coerce


def _signed_number(label: str) -> Callable[[Any], Decimal | None]:
    def coerce(v: Any) -> Decimal | None:
        if v is None or (isinstance(v, str) and not v.strip()):
            return None
        try:
            return to_decimal(v, label, allow_negative=True)
        except RuleInputError as exc:
            raise EditRefused(message_of(exc)) from None
    return coerce


def _year(v: Any) -> int | None:
    if v is None or (isinstance(v, str) and not v.strip()):
        return None
    if isinstance(v, bool):
        raise EditRefused(said("年度“{v}”必须是整数（如 2024）", v=v))
    try:
        y = v if isinstance(v, int) else int(str(v).strip())
    except ValueError:
        raise EditRefused(said("年度“{v}”必须是整数（如 2024）", v=v)) from None
    if not 1949 <= y <= 2200:
        raise EditRefused(said("年度 {v} 不在合理范围内", v=v))
    return y


def _text(limit: int | None = None, label: str = "", required: bool = False) -> Callable[[Any], str]:
    def coerce(v: Any) -> str:
        text = "" if v is None else str(v)
        if required and not text.strip():
            raise EditRefused(said("{label}不能为空", label=label))
        if limit is not None and len(text) > limit:
            raise EditRefused(said("{label}过长（最多 {limit} 个字）", label=label, limit=limit))
        return text
    return coerce


def _role(v: Any) -> str:
    text = str(v or "").strip() or "组员"
    if len(text) > 20:
        raise EditRefused(said("角色过长（最多 20 个字）"))
    return text


def _int(v: Any) -> int:
    try:
        return int(v)
    except (TypeError, ValueError):
        raise EditRefused(said("序号“{v}”必须是整数", v=v)) from None


# ── one table = one small CRUD helper ───────────────────────────────────────
D = TypeVar("D")


class _Table(Generic[D]):
    def __init__(self, entity, data_cls, noun: str, coercers: Mapping[str, Callable[[Any], Any]],
                 derive: Callable[[D], D] = lambda d: d, order=None):
        self.entity, self.data_cls, self.noun = entity, data_cls, noun
        self.coercers = dict(coercers)
        self.derive = derive
        self.order = order if order is not None else (entity.position,)
        self.stored = [f.name for f in fields(data_cls) if hasattr(entity, f.name) and f.name != "id"]

    def _data(self, row) -> D:
        return self.derive(self.data_cls(id=row.id, **{k: getattr(row, k) for k in self.stored}))

    def values(self, changes: Mapping[str, Any], ignore_unknown: bool = False) -> dict[str, Any]:
        out = {}
        for k, v in changes.items():
            if k not in self.stored:
                if ignore_unknown:
                    continue
                raise EditRefused(said("{noun}没有“{k}”这一项", noun=self.noun, k=k))
            out[k] = self.coercers[k](v) if k in self.coercers else v
        return out

    def list(self, store: Store) -> list[D]:
        with store.read() as s:
            return [self._data(r) for r in s.execute(select(self.entity).order_by(*self.order, self.entity.id)).scalars()]

    def get(self, store: Store, row_id: str) -> D:
        with store.read() as s:
            row = s.get(self.entity, row_id)
            if row is None:
                raise EditRefused(said("该{noun}已被删除", noun=self.noun))
            return self._data(row)

    def add(self, store: Store, data: Mapping[str, Any] | D | None = None, reason: str = "") -> D:
        d = dict(asdict(data) if data is not None and not isinstance(data, Mapping) else (data or {}))
        row_id = d.pop("id", None)
        append = "position" not in d or (not row_id and not isinstance(data, Mapping))
        values = self.values(d, ignore_unknown=True)
        with store.session(reason or f"新增{self.noun}") as s:
            if row_id and s.get(self.entity, row_id) is not None:
                raise EditRefused(said("该{noun}已存在", noun=self.noun))
            if append:
                values["position"] = s.execute(select(func.coalesce(func.max(self.entity.position), -1))).scalar_one() + 1
            row = self.entity(**values)
            if row_id:
                row.id = row_id
            s.add(row)
            s.flush()
            new_id = row.id
        return self.get(store, new_id)

    def update(self, store: Store, row_id: str, changes: Mapping[str, Any]) -> D:
        values = self.values(changes)
        before = self.get(store, row_id)
        with store.session(f"修改{self.noun}") as s:
            row = s.get(self.entity, row_id)
            if row is None:
                raise EditRefused(said("该{noun}已被删除", noun=self.noun))
            for k, v in values.items():
                setattr(row, k, v)
        return before

    def delete(self, store: Store, row_id: str) -> D:
        before = self.get(store, row_id)
        with store.session(f"删除{self.noun}") as s:
            s.delete(s.get(self.entity, row_id))
        return before

    def restore(self, store: Store, data: D) -> D:
        return self.add(store, data, reason=f"恢复{self.noun}")


_evaluators: _Table[EvaluatorData] = _Table(Evaluator, EvaluatorData, said("评价组成员"), {
    "name": _text(100, "姓名", required=True), "role": _role, "unit": _text(200, "单位"), "position": _int})

_targets = _Table(PerformanceTarget, TargetData, said("绩效目标"), {
    "table": _text(100, "目标表名称"), "level1": _text(100, "一级指标"), "level2": _text(100, "二级指标"),
    "name": _text(300, "三级指标"), "comparator": normalize_comparator, "target_text": _text(300, "指标值"),
    "target_value": _signed_number("目标值"), "unit": _text(50, "单位"), "actual_text": _text(300, "实际完成"),
    "actual_value": _signed_number("实际值"), "note": _text(None, "备注"), "position": _int,
}, derive=_with_target_derived, order=(PerformanceTarget.position,))

_funds = _Table(FundLine, FundData, said("资金明细"), {
    "year": _year, "source": _text(200, "资金来源"), "budget": _money("预算资金"), "arrived": _money("到位资金"),
    "spent": _money("支出资金"), "contract_amount": _money("合同金额"), "paid": _money("已支付金额"),
    "payee": _text(300, "收款单位"), "note": _text(None, "备注"), "position": _int,
}, derive=_with_fund_derived, order=(FundLine.position,))

_sections: _Table[SectionData] = _Table(ReportSection, SectionData, said("报告章节"), {
    "key": _text(50, "章节标识"), "title": _text(200, "章节标题", required=True), "body": _text(None, "正文"),
    "position": _int})

_summary: _Table[SummaryRowData] = _Table(SummaryRow, SummaryRowData, said("简要情况表行"), {
    "area": _text(100, "评价内容"), "problems": _text(None, "发现的问题"), "advice": _text(None, "建议"),
    "position": _int})


# ── team (评价组) ────────────────────────────────────────────────────────────
def list_evaluators(store: Store) -> list[EvaluatorData]:
    return _evaluators.list(store)


def add_evaluator(store: Store, data: Mapping[str, Any] | EvaluatorData) -> EvaluatorData:
    d = dict(data) if isinstance(data, Mapping) else asdict(data)
    d.setdefault("name", "")
    _evaluators.values({k: v for k, v in d.items() if k != "id"})  # name required: refuse before writing
    return _evaluators.add(store, d)


def update_evaluator(store: Store, evaluator_id: str, **changes: Any) -> EvaluatorData:
    """Returns the old values."""
    return _evaluators.update(store, evaluator_id, changes)


def delete_evaluator(store: Store, evaluator_id: str) -> EvaluatorData:
    return _evaluators.delete(store, evaluator_id)


def restore_evaluator(store: Store, data: EvaluatorData) -> EvaluatorData:
    return _evaluators.restore(store, data)


# ── 绩效目标表 ────────────────────────────────────────────────────────────────
def list_targets(store: Store) -> list[TargetData]:
    return _targets.list(store)


def add_target(store: Store, data: Mapping[str, Any] | TargetData | None = None) -> TargetData:
    return _targets.add(store, data)


def update_target(store: Store, target_id: str, **changes: Any) -> TargetData:
    """Returns the old values (derived completion included, ignored on the way back)."""
    return _targets.update(store, target_id, changes)


def delete_target(store: Store, target_id: str) -> TargetData:
    return _targets.delete(store, target_id)


def restore_target(store: Store, data: TargetData) -> TargetData:
    return _targets.restore(store, data)


# ── funds (资金) ─────────────────────────────────────────────────────────────
def list_funds(store: Store) -> list[FundData]:
    return _funds.list(store)


def add_fund(store: Store, data: Mapping[str, Any] | FundData | None = None) -> FundData:
    return _funds.add(store, data)


def update_fund(store: Store, fund_id: str, **changes: Any) -> FundData:
    """Returns the old values."""
    return _funds.update(store, fund_id, changes)


def delete_fund(store: Store, fund_id: str) -> FundData:
    return _funds.delete(store, fund_id)


def restore_fund(store: Store, data: FundData) -> FundData:
    return _funds.restore(store, data)


def fund_totals(store: Store) -> FundTotals:
    return totals_of(list_funds(store))


def funds_by_year(store: Store) -> list[FundTotals]:
    """One subtotal per year (label "2024年"; lines without a year under "未注明年度")."""
    groups: dict[int | None, list[FundData]] = {}
    for f in list_funds(store):
        groups.setdefault(f.year, []).append(f)
    years = sorted(groups, key=lambda y: (y is None, y or 0))
    out = []
    for y in years:
        t = totals_of(groups[y], f"{y}年" if y is not None else "未注明年度")
        t.year = y
        out.append(t)
    return out


# ── report chapters (评价报告) ────────────────────────────────────────────────
def list_sections(store: Store) -> list[SectionData]:
    return _sections.list(store)


def default_outline() -> list[SectionData]:
    return [SectionData(position=i, key=k, title=t) for i, (k, t) in enumerate(DEFAULT_OUTLINE)]


def ensure_default_sections(store: Store) -> list[SectionData]:
    """When the evaluation has no chapters yet, write the national outline; returns the chapters."""
    if list_sections(store):
        return list_sections(store)
    with store.session("创建默认报告章节") as s:
        if not s.execute(select(func.count()).select_from(ReportSection)).scalar():
            for sec in default_outline():
                s.add(ReportSection(position=sec.position, key=sec.key, title=sec.title, body=""))
    return list_sections(store)


def add_section(store: Store, data: Mapping[str, Any] | SectionData) -> SectionData:
    d = dict(data) if isinstance(data, Mapping) else asdict(data)
    d.setdefault("title", "")
    _sections.values({k: v for k, v in d.items() if k != "id"})
    if not d.get("key"):
        d["key"] = f"custom-{len(list_sections(store)) + 1}"
    return _sections.add(store, d)


def update_section(store: Store, section_id: str, **changes: Any) -> SectionData:
    """Change a chapter's title or text; returns the old values."""
    return _sections.update(store, section_id, changes)


def delete_section(store: Store, section_id: str) -> SectionData:
    return _sections.delete(store, section_id)


def restore_section(store: Store, data: SectionData) -> SectionData:
    return _sections.restore(store, data)


# ── 简要情况表 rows ───────────────────────────────────────────────────────────
def list_summary_rows(store: Store) -> list[SummaryRowData]:
    return _summary.list(store)


def add_summary_row(store: Store, data: Mapping[str, Any] | SummaryRowData | None = None) -> SummaryRowData:
    return _summary.add(store, data)


def update_summary_row(store: Store, row_id: str, **changes: Any) -> SummaryRowData:
    return _summary.update(store, row_id, changes)


def delete_summary_row(store: Store, row_id: str) -> SummaryRowData:
    return _summary.delete(store, row_id)


def restore_summary_row(store: Store, data: SummaryRowData) -> SummaryRowData:
    return _summary.restore(store, data)


def changed_fields(before: Any, changes: Mapping[str, Any]) -> dict[str, Any]:
    """The old values of the fields an edit touched: what undo passes back to ``update_*``."""
    return {k: getattr(before, k) for k in changes}
