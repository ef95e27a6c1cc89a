"""Everything a printed document needs, gathered once from an open evaluation file.

The documents never touch the database: ``gather(store)`` reads the facts, the scored tree, the
findings, targets, funds, chapters, summary rows, evidence and team into plain dataclasses, and
assigns the 索引号 (index numbers) that the 工作底稿, the 评分表 and the 问题清单 share.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from services.evaluation.info import EvaluationInfo
from services.scoring import ScoredNode, ScoreSheet, in_tree_order, tree_order

if TYPE_CHECKING:
    from models.entities import PerformanceTarget
    from models.store import Store
    from services.evaluation.fund_figures import FundTable

#: prefix of the working-paper 索引号 (底稿), followed by the indicator code
PAPER_PREFIX = "DG-"
INDEX_PAPER = "DG-0"  # the 底稿目录 itself
EVIDENCE_PREFIX = "ZJ-"


@dataclass
class FindingRow:
    seq: int  # 序号 in the 问题清单
    id: str
    category: str
    category_name: str
    title: str
    detail: str
    amount: Decimal | None
    cause: str
    suggestion: str
    remark: str
    responsible_unit: str
    indicator_ids: tuple[str, ...]
    paper_refs: list[str] = field(default_factory=list)  # 索引号 of the working papers it explains
    evidence_refs: list[str] = field(default_factory=list)


@dataclass
class TargetRow:
    table: str
    level1: str
    level2: str
    name: str
    target: str
    actual: str
    note: str


@dataclass
class FundRow:
    year: int | None
    source: str
    budget: Decimal | None
    arrived: Decimal | None
    spent: Decimal | None
    contract_amount: Decimal | None
    paid: Decimal | None
    payee: str
    note: str


@dataclass
class SectionRow:
    key: str
    title: str
    body: str


@dataclass
class SummaryLine:
    area: str
    problems: str
    advice: str


@dataclass
class EvidenceRow:
    id: str
    index_no: str
    filename: str
    description: str
    captured_at: datetime | None
    mime: str
    size: int
    sha256: str
    indicator_ids: list[str] = field(default_factory=list)
    finding_ids: list[str] = field(default_factory=list)


@dataclass
class Member:
    name: str
    role: str
    unit: str


@dataclass
class LeafWork:
    """Who worked on a 三级指标 (for the 编制人 / 复核人 lines)."""

    assignee: str = ""
    reviewer: str = ""
    reviewed_at: datetime | None = None
    updated_at: datetime | None = None
    updated_by: str = ""
    self_score: Decimal | None = None  # 自评分, kept when a review changed the score


@dataclass
class FieldNote:
    kind: str
    happened_at: datetime | None
    place: str
    people: str
    notes: str
    recorder: str


@dataclass
class ReportData:
    info: EvaluationInfo
    sheet: ScoreSheet
    findings: list[FindingRow]
    categories: list[tuple[str, str, int]]
    count_line: str
    targets: list[TargetRow]
    funds: list[FundRow]  # as printed: amounts rounded once to 0.01 万元
    sections: list[SectionRow]
    summary_rows: list[SummaryLine]
    evidence: list[EvidenceRow]
    team: list[Member]
    work: dict[str, LeafWork]
    field_notes: list[FieldNote]
    paper_no: dict[str, str]  # indicator id → 索引号 of its working paper
    specs: dict[str, Any]  # indicator id → IndicatorSpec (指标解释, 评价要点, 评分标准)
    inputs: dict[str, dict[str, Any]] = field(default_factory=dict)  # indicator id → rule inputs by item key
    #: the review chain's sign-offs: (stage, signer, date or "已失效"), unsigned stages with blanks
    sign_offs: list[tuple[str, str, str]] = field(default_factory=list)
    #: (indicator id, item key) → where a bound input's figure comes from, in words
    sources: dict[tuple[str, str], str] = field(default_factory=dict)
    generated: date = field(default_factory=date.today)
    #: the internal copy (and the 工作底稿) prints the notes the client copy leaves out: override
    #: reasons, review changes, data-entry notes, sign-offs, source-data discrepancies
    internal: bool = False
    #: the 资金情况表's 合计 and rates from its printed lines, and the figures the source data disagree on
    fund_table: FundTable | None = None

    # ── derived views ────────────────────────────────────────────────────
    def leaves(self) -> list[ScoredNode]:
        return self.sheet.leaves()

    def node_paths(self) -> list[list[ScoredNode]]:
        """Root-to-leaf path of every leaf, in tree order."""
        out: list[list[ScoredNode]] = []

        def rec(node: ScoredNode, path: list[ScoredNode]) -> None:
            path = path + [node]
            if node.children:
                for c in node.children:
                    rec(c, path)
            else:
                out.append(path)

        for r in self.sheet.roots:
            rec(r, [])
        return out

    def findings_of(self, indicator_id: str) -> list[FindingRow]:
        return [f for f in self.findings if indicator_id in f.indicator_ids]

    def evidence_of(self, kind: str, target_id: str) -> list[EvidenceRow]:
        key = "indicator_ids" if kind == "indicator" else "finding_ids"
        return [e for e in self.evidence if target_id in getattr(e, key)]

    def overrides(self) -> list[ScoredNode]:
        return [n for n in self.leaves() if n.override_score is not None]

    def category_name(self, code: str) -> str:
        for c, name, _n in self.categories:
            if c == code:
                return name
        return code

    @property
    def prepared_on(self) -> date:
        """The evaluation's own date (报告日期) for 编制日期; today only while it has none."""
        return self.info.report_date or self.generated

    @property
    def project_title(self) -> str:
        return self.info.name or "（未填写评价项目名称）"


def _target_text(t: PerformanceTarget, actual: bool = False) -> str:
    text = t.actual_text if actual else t.target_text
    value = t.actual_value if actual else t.target_value
    if text:
        return text
    if value is None:
        return ""
    from services.core.numbers import fmt

    comp = "" if actual else (t.comparator or "")
    return f"{comp}{fmt(value, 4)}{t.unit or ''}"


def paper_numbers(sheet: ScoreSheet) -> dict[str, str]:
    """indicator id → 索引号 of its working paper, for every 三级指标."""
    return {n.id: f"{PAPER_PREFIX}{n.code}" for n in sheet.leaves()}


def evidence_rows(rows, links: dict[str, list[tuple[str, str]]],
                  order: Mapping[str, int] | None = None) -> list[EvidenceRow]:
    """The evidence as printed, from its rows (objects with the columns as attributes) and its links
    (evidence id → [(target kind, target id)]): in 索引号 order, evidence without an index number
    numbered with the next free one, in a stable order; each item's indicators in the framework's
    order ``order`` (``tree_order``)."""
    evidence: list[EvidenceRow] = []
    for e in rows:
        row = EvidenceRow(e.id, e.index_no or "", e.filename, e.description or "", e.captured_at, e.mime,
                          e.size or 0, e.sha256)
        for kind, tid in links.get(e.id, ()):
            (row.indicator_ids if kind == "indicator" else row.finding_ids).append(tid)
        row.indicator_ids = in_tree_order(row.indicator_ids, order or {})
        evidence.append(row)

    def ev_key(e: EvidenceRow):
        digits = e.index_no[len(EVIDENCE_PREFIX):] if e.index_no.startswith(EVIDENCE_PREFIX) else ""
        return (0 if digits.isdigit() else 1, int(digits) if digits.isdigit() else 0, e.index_no,
                e.captured_at or datetime.min, e.filename)

    evidence.sort(key=ev_key)
    used = {e.index_no for e in evidence if e.index_no}
    n = 0
    for e in evidence:
        if not e.index_no:
            n += 1
            while f"{EVIDENCE_PREFIX}{n:03d}" in used:
                n += 1
            e.index_no = f"{EVIDENCE_PREFIX}{n:03d}"
            used.add(e.index_no)
    return evidence


def leaf_work(assessments) -> dict[str, LeafWork]:
    """indicator id → who worked on it, from the assessment rows (objects with the columns as attributes)."""
    return {a.indicator_id: LeafWork(a.assignee or "", a.reviewer or "", a.reviewed_at, a.updated_at,
                                     a.updated_by or "", a.self_score)
            for a in assessments}


def findings_in_order(raw_findings, categories: list[dict[str, Any]], paper_no: dict[str, str],
                      evidence: list[EvidenceRow]) -> list[FindingRow]:
    """The 问题清单's rows from the findings as listed (``FindingData``): by the evaluation's category
    order, then position, numbered, with the 索引号 of the working papers and evidence they cite."""
    cat_names = {c["code"]: c["name"] for c in categories}
    order = {c["code"]: i for i, c in enumerate(categories)}
    ev_by_finding: dict[str, list[str]] = {}
    for e in evidence:
        for fid in e.finding_ids:
            ev_by_finding.setdefault(fid, []).append(e.index_no)
    rows = []
    for seq, f in enumerate(sorted(raw_findings, key=lambda f: (order.get(f.category, 99), f.position)), 1):
        rows.append(FindingRow(seq, f.id or "", f.category, cat_names.get(f.category, f.category), f.title,
                               f.detail, f.amount, f.cause, f.suggestion, f.remark, f.responsible_unit,
                               tuple(f.indicator_ids),
                               [paper_no[i] for i in f.indicator_ids if i in paper_no],
                               ev_by_finding.get(f.id or "", [])))
    return rows


def gather(store: Store) -> ReportData:
    """Read the whole evaluation for printing (one pass over the file)."""
    from sqlalchemy import select

    from models.entities import (
        Assessment,
        Evaluator,
        Evidence,
        EvidenceLink,
        FieldRecord,
        FundLine,
        PerformanceTarget,
        ReportSection,
        SummaryRow,
    )
    from services.evaluation import assessments, findings, fund_figures
    from services.fieldwork import bindings
    from services.frameworks import catalog
    from services.teamwork import assignments

    info = assessments.get_info(store)
    sheet = assessments.score(store)
    specs, states = assessments.load_tree(store)
    counts, line = findings.category_counts(store)
    paper_no = paper_numbers(sheet)

    with store.read() as s:
        links: dict[str, list[tuple[str, str]]] = {}
        for eid, kind, tid in s.execute(select(EvidenceLink.evidence_id, EvidenceLink.target_kind,
                                               EvidenceLink.target_id)):
            links.setdefault(eid, []).append((kind, tid))
        evidence = evidence_rows(s.execute(select(Evidence)).scalars().all(), links, tree_order(specs))
        targets = [TargetRow(t.table or "", t.level1 or "", t.level2 or "", t.name or "", _target_text(t),
                             _target_text(t, True), t.note or "")
                   for t in s.execute(select(PerformanceTarget).order_by(PerformanceTarget.position)).scalars()]
        funds = fund_figures.printed([FundRow(f.year, f.source or "", f.budget, f.arrived, f.spent, f.contract_amount,
                                              f.paid, f.payee or "", f.note or "")
                                      for f in s.execute(select(FundLine).order_by(FundLine.position)).scalars()])
        sections = [SectionRow(r.key, r.title, r.body or "")
                    for r in s.execute(select(ReportSection).order_by(ReportSection.position)).scalars()]
        summary = [SummaryLine(r.area or "", r.problems or "", r.advice or "")
                   for r in s.execute(select(SummaryRow).order_by(SummaryRow.position)).scalars()]
        team = [Member(m.name, m.role or "", m.unit or "")
                for m in s.execute(select(Evaluator).order_by(Evaluator.position)).scalars()]
        work = leaf_work(s.execute(select(Assessment)).scalars())
        notes = [FieldNote(r.kind, r.happened_at, r.place or "", r.people or "", r.notes or "", r.recorder or "")
                 for r in s.execute(select(FieldRecord).order_by(FieldRecord.happened_at)).scalars()]

    if not sections:  # a new evaluation: print the national outline with empty chapters
        try:
            from services.evaluation.project import default_outline

            sections = [SectionRow(sec.key, sec.title, "") for sec in default_outline()]
        except ImportError:
            pass

    finding_rows = findings_in_order(findings.list_findings(store),
                                     info.finding_categories or catalog.DEFAULT_CATEGORIES, paper_no, evidence)
    funds_table = fund_figures.table(funds, info.fund_total, [sec.body for sec in sections], fund_figures.choices(store))
    for sec in sections:  # the text quotes the table's rates where the evaluator chose them
        sec.body = fund_figures.quote_table(sec.body, funds_table)
    return ReportData(info=info, sheet=sheet, findings=finding_rows, categories=counts, count_line=line,
                      targets=targets, funds=funds, sections=sections, summary_rows=summary, evidence=evidence,
                      team=team, work=work, field_notes=notes, paper_no=paper_no, specs={sp.id: sp for sp in specs},
                      inputs={k: dict(v.inputs or {}) for k, v in states.items()},
                      sign_offs=assignments.sign_off_lines(store),
                      sources={(b.indicator_id, b.item_key): b.text for b in bindings.bindings(store)},
                      fund_table=funds_table)
