"""Figures the team collects that feed the scoring rules: funds, 绩效目标表 and satisfaction surveys.

- Funds (资金): 到位率 = Σ到位 ÷ Σ预算 over the lines that state a 预算; 执行率 = Σ支出 ÷ Σ到位;
  share paid of contract = Σ已付 ÷ Σ合同额 over the lines with a contract; payments above a cap
  (``Evaluation.settings["payment_cap"]``, default 85%, "before the final audit") are flagged.
- Targets (绩效目标表): completion per row (``services.project.target_completion``).
- Surveys (满意度调查): questions, a response scale, respondent groups, responses typed in or imported
  from CSV/XLSX, distributed / returned / valid counts; the satisfaction rate overall and per
  question by the survey's method — ``share`` (satisfied answers ÷ answers) or ``weighted`` (the
  mean of the scale's weights), as DOMAIN.md describes.

Bindings: a rule input may be bound to one of these figures. The binding lives in the assessment's
inputs JSON — ``inputs[item_key] = {"bind": {"source": "funds", "figure": "execution_rate"}, …}`` —
and ``resolve_bindings`` (called by ``services.evaluation.load_tree``) turns it into the rule's
concrete inputs every time the tree is scored, so the indicator follows the figure.
"""
from __future__ import annotations

import csv
import io
from dataclasses import asdict, dataclass, field, replace
from decimal import Decimal
from pathlib import Path
from typing import Any, Iterable, Mapping

from sqlalchemy import func, select

from models.entities import Assessment, Evaluation, Indicator, Survey, SurveyResponse
from models.store import Store

from . import project
from .evaluation import EditRefused
from .scoring.numbers import HUNDRED, ZERO, RuleInputError, fmt, fmt_money, pct, to_decimal
from .scoring.rules import score_item

DEFAULT_PAYMENT_CAP = Decimal(85)
DEFAULT_SCALE = [
    {"label": "非常满意", "weight": "100", "satisfied": True},
    {"label": "满意", "weight": "80", "satisfied": True},
    {"label": "一般", "weight": "60", "satisfied": False},
    {"label": "不满意", "weight": "0", "satisfied": False},
]
METHODS = {"share": "满意率（满意人次 ÷ 有效回答）", "weighted": "加权平均分（按量表分值）"}

#: every figure a rule input can be bound to: (source, figure) → Chinese name
FIGURES: dict[tuple[str, str], str] = {
    ("funds", "arrival_rate"): "资金到位率",
    ("funds", "execution_rate"): "预算执行率",
    ("funds", "paid_share"): "合同支付比例",
    ("funds", "paid_vs_contract"): "实际支付与合同额",
    ("targets", "completion"): "绩效目标完成情况",
    ("survey", "satisfaction"): "满意度",
}
SOURCE_NAMES = {"funds": "资金表", "targets": "绩效目标表", "survey": "满意度调查"}
#: which rule types can take which figure
BINDABLE = {
    "threshold": {"arrival_rate", "execution_rate", "paid_share", "satisfaction", "completion"},
    "tiers": {"arrival_rate", "execution_rate", "paid_share", "satisfaction", "completion"},
    "rate": {"arrival_rate", "execution_rate", "paid_share", "completion"},
    "all_or_nothing": {"arrival_rate", "execution_rate", "paid_share", "satisfaction", "completion"},
    "completion": {"completion", "arrival_rate", "execution_rate", "paid_share"},
    "upper_bound": {"paid_vs_contract"},
}


# ── funds ───────────────────────────────────────────────────────────────────
@dataclass
class Figure:
    """One figure: a percent ``value`` and what it was computed from, in words."""

    source: str
    figure: str
    value: Decimal | None
    numerator: Decimal | None = None
    denominator: Decimal | None = None
    rows: list[dict[str, Any]] = field(default_factory=list)  # completion rows (target/actual/label)
    words: str = ""

    @property
    def name(self) -> str:
        return FIGURES.get((self.source, self.figure), self.figure)


def _fund_lines(store: Store, flt: Mapping[str, Any] | None) -> list[project.FundData]:
    lines = project.list_funds(store)
    flt = flt or {}
    if flt.get("source_contains"):
        lines = [f for f in lines if str(flt["source_contains"]) in (f.source or "")]
    if flt.get("years"):
        years = {int(y) for y in flt["years"]}
        lines = [f for f in lines if f.year in years]
    return lines


def _sum(values: Iterable[Decimal | None]) -> Decimal:
    return sum((v for v in values if v is not None), ZERO)


def fund_figure(store: Store, figure: str, flt: Mapping[str, Any] | None = None) -> Figure:
    lines = _fund_lines(store, flt)
    scope = f"（{flt['source_contains']}）" if flt and flt.get("source_contains") else ""
    if figure == "arrival_rate":
        with_budget = [f for f in lines if f.budget is not None]
        n, d = _sum(f.arrived for f in with_budget), _sum(f.budget for f in with_budget)
        words = f"到位 {fmt_money(n)} 万元 ÷ 预算 {fmt_money(d)} 万元"
    elif figure == "execution_rate":
        n, d = _sum(f.spent for f in lines), _sum(f.arrived for f in lines)
        words = f"支出 {fmt_money(n)} 万元 ÷ 到位 {fmt_money(d)} 万元"
    elif figure in ("paid_share", "paid_vs_contract"):
        with_contract = [f for f in lines if f.contract_amount is not None]
        n, d = _sum(f.paid for f in with_contract), _sum(f.contract_amount for f in with_contract)
        words = f"已付 {fmt_money(n)} 万元，合同额 {fmt_money(d)} 万元"
    else:
        raise EditRefused(f"资金表没有“{figure}”这个数据")
    value = n / d * HUNDRED if d else None
    words = f"{FIGURES[('funds', figure)]}{scope} = {words}" + (f" = {pct(value)}" if value is not None else "（无数据）")
    return Figure("funds", figure, value, n if d else None, d if d else None,
                  [{"label": "资金", "target": format(d, "f"), "actual": format(n, "f")}] if d else [], words)


def payment_cap(store: Store) -> Decimal:
    with store.read() as s:
        settings = s.execute(select(Evaluation.settings)).scalar_one() or {}
    try:
        return to_decimal(settings.get("payment_cap", DEFAULT_PAYMENT_CAP), "支付比例上限")
    except RuleInputError:
        return DEFAULT_PAYMENT_CAP


def set_payment_cap(store: Store, value: Any) -> Decimal:
    """The share of a contract that may be paid before the final audit (percent). Returns the old."""
    try:
        cap = to_decimal(value, "支付比例上限")
    except RuleInputError as exc:
        raise EditRefused(str(exc)) from None
    if cap > HUNDRED:
        raise EditRefused("支付比例上限不能超过 100%")
    old = payment_cap(store)
    with store.session("设置支付比例上限") as s:
        ev = s.execute(select(Evaluation)).scalar_one()
        ev.settings = {**(ev.settings or {}), "payment_cap": format(cap, "f")}
    return old


@dataclass
class PaymentFlag:
    fund_id: str
    payee: str
    source: str
    contract: Decimal
    paid: Decimal
    share: Decimal
    cap: Decimal

    def text(self) -> str:
        return (f"{self.payee or self.source}：合同额 {fmt_money(self.contract)} 万元，已付 {fmt_money(self.paid)} 万元，"
                f"支付比例 {pct(self.share)}，超过竣工结算审计前 {fmt(self.cap)}% 的支付上限")


def payment_flags(store: Store) -> list[PaymentFlag]:
    """Contract lines paid above the cap (e.g. 85% before the final audit)."""
    cap = payment_cap(store)
    out = []
    for f in project.list_funds(store):
        if f.contract_amount and f.paid is not None:
            share = f.paid / f.contract_amount * HUNDRED
            if share > cap:
                out.append(PaymentFlag(f.id or "", f.payee, f.source, f.contract_amount, f.paid, share, cap))
    return out


# ── targets ─────────────────────────────────────────────────────────────────
def _targets(store: Store, flt: Mapping[str, Any] | None) -> list[project.TargetData]:
    rows = project.list_targets(store)
    flt = flt or {}
    if flt.get("table"):
        rows = [t for t in rows if t.table == flt["table"]]
    for key in ("level1", "level2", "name"):
        if flt.get(f"{key}_contains"):
            rows = [t for t in rows if str(flt[f"{key}_contains"]) in (getattr(t, key) or "")]
    return rows


def target_figure(store: Store, flt: Mapping[str, Any] | None = None) -> Figure:
    """Completion of the (filtered) 绩效目标表 rows that have numbers on both sides."""
    rows = [t for t in _targets(store, flt) if t.target_value is not None and t.actual_value is not None
            and t.target_value != 0]
    comp_rows = []
    shares = []
    for t in rows:
        completion = t.completion if t.completion is not None else ZERO
        shares.append(min(completion, HUNDRED))
        if t.comparator in ("≤", "<"):
            comp_rows.append({"label": t.name, "target": "1", "actual": format(min(completion, HUNDRED) / HUNDRED, "f")})
        else:
            comp_rows.append({"label": t.name, "target": format(t.target_value, "f"), "actual": format(t.actual_value, "f")})
    value = sum(shares, ZERO) / len(shares) if shares else None
    words = (f"绩效目标 {len(rows)} 项（有目标值和实际值的），平均完成率 {pct(value)}" if value is not None
             else "绩效目标表中没有同时填写目标值和实际值的行（无数据）")
    return Figure("targets", "completion", value, None, None, comp_rows, words)


@dataclass
class TargetSummary:
    rows: int
    measured: int
    achieved: int
    average_completion: Decimal | None


def target_summary(store: Store) -> TargetSummary:
    rows = project.list_targets(store)
    measured = [t for t in rows if t.completion is not None]
    avg = sum((min(t.completion, HUNDRED) for t in measured), ZERO) / len(measured) if measured else None
    return TargetSummary(len(rows), len(measured), sum(1 for t in measured if t.achieved), avg)


# ── surveys ─────────────────────────────────────────────────────────────────
@dataclass
class SurveyData:
    id: str | None = None
    title: str = ""
    method: str = "share"
    scale: list[dict[str, Any]] = field(default_factory=lambda: [dict(x) for x in DEFAULT_SCALE])
    questions: list[dict[str, Any]] = field(default_factory=list)  # [{"key", "text"}]
    groups: list[str] = field(default_factory=list)
    distributed: int | None = None
    returned: int | None = None
    valid: int | None = None
    sampling: str = ""


SURVEY_FIELDS = [f for f in SurveyData.__dataclass_fields__ if f != "id"]


@dataclass
class ResponseData:
    id: str | None
    survey_id: str
    group: str
    answers: dict[str, str]


def _survey_data(sv: Survey) -> SurveyData:
    return SurveyData(sv.id, sv.title, sv.method, list(sv.scale or DEFAULT_SCALE), list(sv.questions or []),
                      list(sv.groups or []), sv.distributed, sv.returned, sv.valid, sv.sampling or "")


def _clean_survey(values: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, v in values.items():
        if k not in SURVEY_FIELDS:
            raise EditRefused(f"未知的问卷字段：{k}")
        if k == "title":
            v = str(v or "").strip()
            if not v:
                raise EditRefused("问卷标题不能为空")
        elif k == "method":
            if v not in METHODS:
                raise EditRefused("计算方法只能是“满意率”或“加权平均分”")
        elif k in ("distributed", "returned", "valid"):
            if v in (None, ""):
                v = None
            else:
                try:
                    v = int(str(v).strip())
                except ValueError:
                    raise EditRefused(f"问卷份数必须是整数，“{v}”无法识别") from None
                if v < 0:
                    raise EditRefused("问卷份数不能为负数")
        elif k == "scale":
            if not isinstance(v, list) or len(v) < 2:
                raise EditRefused("评价量表至少要有两个等级")
            labels = set()
            clean = []
            for lv in v:
                label = str(lv.get("label") or "").strip()
                if not label or label in labels:
                    raise EditRefused("量表等级的名称不能为空，也不能重复")
                labels.add(label)
                try:
                    w = to_decimal(lv.get("weight", "0"), f"“{label}”的分值")
                except RuleInputError as exc:
                    raise EditRefused(str(exc)) from None
                clean.append({"label": label, "weight": format(w, "f"), "satisfied": bool(lv.get("satisfied"))})
            v = clean
        elif k == "questions":
            keys = set()
            clean = []
            for i, q in enumerate(v or [], 1):
                text = str(q.get("text") or "").strip()
                key = str(q.get("key") or f"q{i}").strip()
                if not text:
                    raise EditRefused(f"第 {i} 个问题的内容为空")
                if key in keys:
                    raise EditRefused(f"问题编号“{key}”重复")
                keys.add(key)
                clean.append({"key": key, "text": text, **({"overall": True} if q.get("overall") else {})})
            v = clean
        elif k == "groups":
            v = [str(g).strip() for g in (v or []) if str(g).strip()]
        out[k] = v
    if out.get("returned") is not None and out.get("distributed") is not None and out["returned"] > out["distributed"]:
        raise EditRefused("回收份数不能多于发放份数")
    if out.get("valid") is not None and out.get("returned") is not None and out["valid"] > out["returned"]:
        raise EditRefused("有效份数不能多于回收份数")
    return out


def list_surveys(store: Store) -> list[SurveyData]:
    with store.read() as s:
        return [_survey_data(sv) for sv in s.execute(select(Survey).order_by(Survey.title)).scalars()]


def get_survey(store: Store, survey_id: str) -> SurveyData:
    with store.read() as s:
        sv = s.get(Survey, survey_id)
        if sv is None:
            raise EditRefused("该问卷已被删除")
        return _survey_data(sv)


def add_survey(store: Store, data: Mapping[str, Any] | SurveyData | None = None) -> str:
    d = asdict(data) if isinstance(data, SurveyData) else {**asdict(SurveyData(title="满意度调查")), **dict(data or {})}
    sid = d.pop("id", None)
    values = _clean_survey(d)
    with store.session("新增满意度调查") as s:
        sv = Survey(**values)
        if sid:
            sv.id = sid
        s.add(sv)
        s.flush()
        return sv.id


def update_survey(store: Store, survey_id: str, **changes: Any) -> dict[str, Any]:
    """Returns the old values (for undo)."""
    current = asdict(get_survey(store, survey_id))
    current.pop("id")
    checked = _clean_survey({**current, **changes})  # cross-field checks (回收 ≤ 发放 …) on the result
    values = {k: checked[k] for k in changes}
    with store.session("修改满意度调查") as s:
        sv = s.get(Survey, survey_id)
        old = {k: getattr(sv, k) for k in values}
        if "questions" in values:
            keys = {q["key"] for q in values["questions"]}
            used = set()
            for r in s.execute(select(SurveyResponse).where(SurveyResponse.survey_id == survey_id)).scalars():
                used |= set((r.answers or {}).keys())
            if used - keys:
                raise EditRefused(f"已有问卷回答了问题 {'、'.join(sorted(used - keys))}，不能删除这些问题")
        if "scale" in values:
            labels = {lv["label"] for lv in values["scale"]}
            for r in s.execute(select(SurveyResponse).where(SurveyResponse.survey_id == survey_id)).scalars():
                bad = {v for v in (r.answers or {}).values() if v not in labels}
                if bad:
                    raise EditRefused(f"已有问卷使用了等级“{'、'.join(sorted(bad))}”，不能从量表中删除")
        for k, v in values.items():
            setattr(sv, k, v)
    return old


def delete_survey(store: Store, survey_id: str) -> tuple[SurveyData, list[ResponseData]]:
    data = get_survey(store, survey_id)
    responses = list_responses(store, survey_id)
    with store.session("删除满意度调查") as s:
        for r in s.execute(select(SurveyResponse).where(SurveyResponse.survey_id == survey_id)).scalars():
            s.delete(r)
        s.flush()
        s.delete(s.get(Survey, survey_id))
    return data, responses


def restore_survey(store: Store, data: SurveyData, responses: list[ResponseData]) -> None:
    add_survey(store, data)
    with store.session("恢复满意度调查") as s:
        for r in responses:
            s.add(SurveyResponse(id=r.id, survey_id=r.survey_id, group=r.group, answers=r.answers))


def list_responses(store: Store, survey_id: str) -> list[ResponseData]:
    with store.read() as s:
        rows = s.execute(select(SurveyResponse).where(SurveyResponse.survey_id == survey_id)
                         .order_by(SurveyResponse.updated_at, SurveyResponse.id)).scalars()
        return [ResponseData(r.id, r.survey_id, r.group or "", dict(r.answers or {})) for r in rows]


def _clean_answers(sv: SurveyData, answers: Mapping[str, Any]) -> dict[str, str]:
    keys = {q["key"]: q["text"] for q in sv.questions}
    labels = [lv["label"] for lv in sv.scale]
    out = {}
    for k, v in answers.items():
        if v in (None, ""):
            continue
        if k not in keys:
            raise EditRefused(f"问卷中没有问题“{k}”")
        v = str(v).strip()
        if v not in labels:
            # a number is read as the position on the scale (1 = the first level)
            if v.isdigit() and 1 <= int(v) <= len(labels):
                v = labels[int(v) - 1]
            else:
                raise EditRefused(f"问题“{keys[k]}”的回答“{v}”不在量表（{'、'.join(labels)}）中")
        out[k] = v
    return out


def add_response(store: Store, survey_id: str, answers: Mapping[str, Any], group: str = "",
                 response_id: str | None = None) -> str:
    sv = get_survey(store, survey_id)
    clean = _clean_answers(sv, answers)
    if not clean:
        raise EditRefused("这份问卷没有任何回答")
    with store.session("录入问卷") as s:
        r = SurveyResponse(survey_id=survey_id, group=(group or "").strip(), answers=clean)
        if response_id:
            r.id = response_id
        s.add(r)
        s.flush()
        return r.id


def update_response(store: Store, response_id: str, answers: Mapping[str, Any] | None = None,
                    group: str | None = None) -> ResponseData:
    """Returns the old response (for undo)."""
    with store.read() as s:
        r = s.get(SurveyResponse, response_id)
        if r is None:
            raise EditRefused("该问卷已被删除")
        old = ResponseData(r.id, r.survey_id, r.group or "", dict(r.answers or {}))
    clean = _clean_answers(get_survey(store, old.survey_id), answers) if answers is not None else None
    with store.session("修改问卷") as s:
        r = s.get(SurveyResponse, response_id)
        if clean is not None:
            r.answers = clean
        if group is not None:
            r.group = group.strip()
    return old


def delete_response(store: Store, response_id: str) -> ResponseData:
    with store.session("删除问卷") as s:
        r = s.get(SurveyResponse, response_id)
        if r is None:
            raise EditRefused("该问卷已被删除")
        old = ResponseData(r.id, r.survey_id, r.group or "", dict(r.answers or {}))
        s.delete(r)
    return old


def _table_rows(path: Path) -> list[list[str]]:
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        from .excel_framework import _load

        ws = _load(path).worksheets[0]
        return [["" if v is None else (str(int(v)) if isinstance(v, float) and v.is_integer() else str(v)).strip()
                 for v in row] for row in ws.iter_rows(values_only=True)]
    if suffix in (".csv", ".txt"):
        raw = path.read_bytes()
        for enc in ("utf-8-sig", "gb18030"):
            try:
                text = raw.decode(enc)
                break
            except UnicodeDecodeError:
                continue
        else:
            raise EditRefused(f"“{path.name}”的文字编码无法识别（请存为 UTF-8 或 GBK 编码的 CSV）")
        return [[c.strip() for c in row] for row in csv.reader(io.StringIO(text))]
    raise EditRefused(f"只能导入 CSV 或 Excel（.xlsx）文件，“{path.name}”不是")


def import_responses(store: Store, survey_id: str, path: Path | str) -> list[str]:
    """Responses from a CSV/XLSX: a header row naming the questions (编号 or 问题原文) and
    optionally a 群体/组别 column; one row per questionnaire. All rows are checked before any is
    written. Returns the new response ids."""
    path = Path(path)
    if not path.exists():
        raise EditRefused(f"找不到文件：{path}")
    sv = get_survey(store, survey_id)
    rows = [r for r in _table_rows(path) if any(c for c in r)]
    if len(rows) < 2:
        raise EditRefused(f"“{path.name}”里没有问卷数据（至少要有表头行和一行回答）")
    header = rows[0]
    by_text = {q["text"]: q["key"] for q in sv.questions}
    keys = {q["key"] for q in sv.questions}
    cols: dict[int, str] = {}
    group_col = None
    for i, h in enumerate(header):
        if h in ("群体", "组别", "受访群体", "调查对象", "对象类别", "group"):
            group_col = i
        elif h in keys:
            cols[i] = h
        elif h in by_text:
            cols[i] = by_text[h]
    if not cols:
        raise EditRefused(f"“{path.name}”的表头中没有找到问卷的问题（应为问题编号如 {next(iter(keys), 'q1')} 或问题原文）")
    parsed = []
    for n, row in enumerate(rows[1:], 2):
        answers = {key: row[i] if i < len(row) else "" for i, key in cols.items()}
        try:
            clean = _clean_answers(sv, answers)
        except EditRefused as exc:
            raise EditRefused(f"第 {n} 行：{exc}") from None
        if clean:
            parsed.append((row[group_col] if group_col is not None and group_col < len(row) else "", clean))
    if not parsed:
        raise EditRefused(f"“{path.name}”没有任何有效回答")
    ids = []
    with store.session(f"导入问卷 {path.name}") as s:
        for group, answers in parsed:
            r = SurveyResponse(survey_id=survey_id, group=group, answers=answers)
            s.add(r)
            s.flush()
            ids.append(r.id)
    return ids


def delete_responses(store: Store, ids: Iterable[str]) -> None:
    """Undo of an import."""
    with store.session("撤销导入问卷") as s:
        for i in ids:
            r = s.get(SurveyResponse, i)
            if r is not None:
                s.delete(r)


@dataclass
class QuestionResult:
    key: str
    text: str
    answers: int
    rate: Decimal | None
    counts: dict[str, int]


@dataclass
class SurveyResult:
    survey_id: str
    title: str
    method: str
    responses: int
    distributed: int | None
    returned: int | None
    valid: int | None
    rate: Decimal | None  # overall satisfaction, percent (share) or score (weighted, 0–100)
    questions: list[QuestionResult]
    groups: dict[str, Decimal | None]
    return_rate: Decimal | None
    valid_rate: Decimal | None
    warnings: list[str]

    def words(self) -> str:
        how = "满意率" if self.method == "share" else "加权平均满意度"
        counts = []
        if self.distributed is not None:
            counts.append(f"发放 {self.distributed} 份")
        if self.returned is not None:
            counts.append(f"回收 {self.returned} 份")
        counts.append(f"有效 {self.valid if self.valid is not None else self.responses} 份")
        return f"{self.title}：{'，'.join(counts)}，{how} {pct(self.rate) if self.rate is not None else '—'}"


def _rate(method: str, answers: list[str], scale: list[dict[str, Any]]) -> Decimal | None:
    if not answers:
        return None
    by_label = {lv["label"]: lv for lv in scale}
    if method == "weighted":
        return sum((to_decimal(by_label[a]["weight"]) for a in answers if a in by_label), ZERO) / len(answers)
    return Decimal(sum(1 for a in answers if by_label.get(a, {}).get("satisfied"))) / len(answers) * HUNDRED


def survey_result(store: Store, survey_id: str | None = None) -> SurveyResult | None:
    """The satisfaction of one survey (the first when ``survey_id`` is None); None when there is none."""
    surveys = list_surveys(store)
    sv = next((x for x in surveys if x.id == survey_id), None) if survey_id else (surveys[0] if surveys else None)
    if sv is None:
        return None
    responses = list_responses(store, sv.id)
    questions = []
    pooled: list[str] = []
    overall_q = next((q["key"] for q in sv.questions if q.get("overall")), None)
    for q in sv.questions:
        answers = [r.answers[q["key"]] for r in responses if q["key"] in r.answers]
        counts = {lv["label"]: sum(1 for a in answers if a == lv["label"]) for lv in sv.scale}
        questions.append(QuestionResult(q["key"], q["text"], len(answers), _rate(sv.method, answers, sv.scale), counts))
        if overall_q is None or q["key"] == overall_q:
            pooled += answers
    groups: dict[str, Decimal | None] = {}
    for g in dict.fromkeys([*(sv.groups or []), *(r.group for r in responses if r.group)]):
        answers = [a for r in responses if r.group == g for k, a in r.answers.items() if overall_q in (None, k)]
        groups[g] = _rate(sv.method, answers, sv.scale)
    warnings = []
    if sv.valid is not None and sv.valid != len(responses):
        warnings.append(f"登记的有效问卷 {sv.valid} 份，已录入 {len(responses)} 份")
    rr = Decimal(sv.returned) / sv.distributed * HUNDRED if sv.returned is not None and sv.distributed else None
    vr = Decimal(sv.valid) / sv.returned * HUNDRED if sv.valid is not None and sv.returned else None
    return SurveyResult(sv.id or "", sv.title, sv.method, len(responses), sv.distributed, sv.returned, sv.valid,
                        _rate(sv.method, pooled, sv.scale), questions, groups, rr, vr, warnings)


def survey_figure(store: Store, survey: str | None = None, question: str | None = None) -> Figure:
    sid = None
    if survey:
        sid = next((x.id for x in list_surveys(store) if survey in (x.id, x.title)), None)
        if sid is None:
            return Figure("survey", "satisfaction", None, words=f"找不到满意度调查“{survey}”（无数据）")
    res = survey_result(store, sid)
    if res is None or res.rate is None:
        return Figure("survey", "satisfaction", None, words="尚无满意度调查数据（无数据）")
    if question:
        q = next((q for q in res.questions if q.key == question), None)
        if q is None or q.rate is None:
            return Figure("survey", "satisfaction", None, words=f"问卷中没有问题“{question}”的回答（无数据）")
        return Figure("survey", "satisfaction", q.rate, words=f"{res.title}·{q.text}：{q.answers} 份回答，满意度 {pct(q.rate)}")
    return Figure("survey", "satisfaction", res.rate, words=res.words())


# ── bindings ────────────────────────────────────────────────────────────────
def figure_for(store: Store, binding: Mapping[str, Any]) -> Figure:
    source, figure = binding.get("source"), binding.get("figure")
    if (source, figure) not in FIGURES:
        raise EditRefused(f"未知的数据来源：{source}/{figure}")
    if source == "funds":
        return fund_figure(store, figure, binding.get("filter"))
    if source == "targets":
        return target_figure(store, binding.get("filter"))
    return survey_figure(store, binding.get("survey"), binding.get("question"))


def concrete_inputs(item: Mapping[str, Any], binding: Mapping[str, Any], fig: Figure) -> dict[str, Any]:
    """The rule inputs a figure gives one scoring item ({} while the figure has no data)."""
    if fig.value is None:
        return {}
    rtype = item.get("type")
    params = item.get("params") or {}
    if rtype in ("threshold", "tiers", "rate"):
        if (params.get("input") == "ratio" or rtype == "rate") and fig.numerator is not None:
            return {"numerator": format(fig.numerator, "f"), "denominator": format(fig.denominator, "f")}
        return {"value": format(fig.value, "f")}
    if rtype == "all_or_nothing":
        return {"met": fig.value >= to_decimal(binding.get("at_least", "100"), "达标线")}
    if rtype == "completion":
        return {"rows": fig.rows}
    if rtype == "upper_bound":
        return {"actual": format(fig.numerator, "f"), "limit": format(fig.denominator, "f")}
    return {}


def is_bound(value: Any) -> bool:
    return isinstance(value, Mapping) and isinstance(value.get("bind"), Mapping)


def resolve_bindings(store: Store, specs, states: dict[str, Any]) -> dict[str, Any]:
    """States with every bound input replaced by the figure's concrete inputs (the hook in load_tree)."""
    if not any(is_bound(v) for st in states.values() for v in (st.inputs or {}).values()):
        return states
    items_of = {sp.id: {it["key"]: it for it in (sp.items or [])} for sp in specs}
    cache: dict[str, Figure] = {}
    out = dict(states)
    for iid, st in states.items():
        inputs = st.inputs or {}
        if not any(is_bound(v) for v in inputs.values()):
            continue
        new_inputs = dict(inputs)
        for key, v in inputs.items():
            item = items_of.get(iid, {}).get(key)
            if not is_bound(v) or item is None:
                continue
            b = v["bind"]
            ck = repr(sorted((k, repr(x)) for k, x in b.items() if k != "at_least"))
            try:
                fig = cache.get(ck) or figure_for(store, b)
            except EditRefused:
                continue
            cache[ck] = fig
            # the binding stays beside the concrete values, so an undo of a typed edit restores it
            new_inputs[key] = {**v, **concrete_inputs(item, b, fig)}
        out[iid] = replace(st, inputs=new_inputs)
    return out


def _item_of(store: Store, indicator_id: str, item_key: str) -> tuple[Indicator, dict[str, Any], Assessment]:
    with store.read() as s:
        ind = s.get(Indicator, indicator_id)
        if ind is None:
            raise EditRefused("该指标已不存在")
        item = next((it for it in (ind.items or []) if it["key"] == item_key), None)
        if item is None:
            raise EditRefused(f"指标“{ind.name}”没有评分项“{item_key}”")
        a = s.execute(select(Assessment).where(Assessment.indicator_id == indicator_id)).scalar_one_or_none()
        s.expunge_all()
        return ind, item, a


def bind_input(store: Store, indicator_id: str, item_key: str, binding: Mapping[str, Any]) -> Any:
    """Bind one scoring item's input to a figure. Returns the previous inputs of that item (for undo)."""
    ind, item, a = _item_of(store, indicator_id, item_key)
    b = {k: v for k, v in dict(binding).items() if v not in (None, "", {})}
    if (b.get("source"), b.get("figure")) not in FIGURES:
        raise EditRefused("请选择要引用的数据（资金、绩效目标或满意度）")
    allowed = BINDABLE.get(item["type"], set())
    if b["figure"] not in allowed:
        raise EditRefused(f"“{ind.name}”的评分规则（{item['type']}）不能引用“{FIGURES[(b['source'], b['figure'])]}”")
    if "at_least" in b:
        try:
            to_decimal(b["at_least"], "达标线")
        except RuleInputError as exc:
            raise EditRefused(str(exc)) from None
    fig = figure_for(store, b)
    try:
        score_item(item, concrete_inputs(item, b, fig))
    except RuleInputError as exc:
        raise EditRefused(f"“{ind.name}”：引用的数据无法用于该规则：{exc}") from None
    old = (a.inputs or {}).get(item_key) if a else None
    with store.session("引用数据") as s:
        row = s.execute(select(Assessment).where(Assessment.indicator_id == indicator_id)).scalar_one()
        note = (old or {}).get("note") if isinstance(old, Mapping) else None
        row.inputs = {**(row.inputs or {}), item_key: {"bind": b, **({"note": note} if note else {})}}
        if fig.value is not None and row.status in ("未开始", "进行中"):
            row.status = "已评分"
    return old


def unbind_input(store: Store, indicator_id: str, item_key: str, keep_values: bool = True) -> Any:
    """Remove a binding; with ``keep_values`` the figure's current values stay as typed inputs."""
    ind, item, a = _item_of(store, indicator_id, item_key)
    old = (a.inputs or {}).get(item_key) if a else None
    if not is_bound(old):
        raise EditRefused(f"“{ind.name}”的该评分项没有引用数据")
    concrete = concrete_inputs(item, old["bind"], figure_for(store, old["bind"])) if keep_values else {}
    restore_item_inputs(store, indicator_id, item_key,
                        {**{k: v for k, v in old.items() if k != "bind"}, **concrete} or None)
    return old


def restore_item_inputs(store: Store, indicator_id: str, item_key: str, value: Any) -> None:
    """Put one item's inputs back exactly as they were (undo of bind / unbind)."""
    with store.session("恢复录入") as s:
        row = s.execute(select(Assessment).where(Assessment.indicator_id == indicator_id)).scalar_one()
        inputs = dict(row.inputs or {})
        if value is None:
            inputs.pop(item_key, None)
        else:
            inputs[item_key] = value
        row.inputs = inputs


def describe_binding(store: Store, binding: Mapping[str, Any], item: Mapping[str, Any] | None = None) -> str:
    """The binding in words, for the window and the 工作底稿, e.g.
    "取自资金表：预算执行率 = 支出 30,295.87 万元 ÷ 到位 30,661.25 万元 = 98.81%"."""
    try:
        fig = figure_for(store, binding)
    except EditRefused as exc:
        return f"引用的数据无效：{exc}"
    text = f"取自{SOURCE_NAMES.get(binding.get('source'), '')}：{fig.words}"
    if item is not None and item.get("type") == "all_or_nothing" and fig.value is not None:
        line = to_decimal(binding.get("at_least", "100"))
        text += f"；{'达到' if fig.value >= line else '未达到'} {fmt(line)}%，{'视为满足' if fig.value >= line else '视为不满足'}"
    return text


@dataclass
class BoundInput:
    indicator_id: str
    code: str
    name: str
    item_key: str
    item_label: str
    binding: dict[str, Any]
    text: str


def bindings(store: Store) -> list[BoundInput]:
    """Every bound input of the evaluation, with its description (for the tree, the 工作底稿, the charts)."""
    out = []
    with store.read() as s:
        inds = {i.id: i for i in s.execute(select(Indicator)).scalars()}
        rows = [(a.indicator_id, dict(a.inputs or {})) for a in s.execute(select(Assessment)).scalars()]
        items = {iid: {it["key"]: it for it in (ind.items or [])} for iid, ind in inds.items()}
        names = {iid: (ind.code, ind.name) for iid, ind in inds.items()}
    for iid, inputs in rows:
        for key, v in inputs.items():
            if is_bound(v) and iid in names:
                item = items[iid].get(key) or {}
                out.append(BoundInput(iid, names[iid][0], names[iid][1], key, item.get("label", key), dict(v["bind"]),
                                      describe_binding(store, v["bind"], item)))
    return sorted(out, key=lambda b: b.code)


def binding_text_for(store: Store, indicator_id: str) -> str:
    """One line per bound item of an indicator ("" when none) — what the 工作底稿 prints."""
    return "\n".join(f"{b.item_label}：{b.text}" for b in bindings(store) if b.indicator_id == indicator_id)


def survey_count(store: Store) -> int:
    with store.read() as s:
        return s.execute(select(func.count()).select_from(Survey)).scalar() or 0
