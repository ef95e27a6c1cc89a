"""The scored tree of the open evaluation, kept current for the window.

Loaded once when a file opens; after each edit only the assessments are re-read and the tree is
rescored (a few milliseconds for a full framework), so moving between indicators never waits for
the file. Pages read ``live.sheet`` / ``live.node(id)``; they redraw on ``changed``.
"""
from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from PySide6.QtCore import QObject, Signal

from services.evaluation import assessments, findings
from services.evaluation.info import EvaluationInfo, precision
from services.scoring import (
    AssessmentState,
    GradeDistance,
    IndicatorSpec,
    ScoredNode,
    ScoreSheet,
    grade_distance,
    score_tree,
)
from services.scoring.grades import GradeScheme, resolve
from ui.shell.context import ALL, FINDINGS, FRAMEWORK, PROJECT, SCORES, AppContext


def _shown(n: ScoredNode) -> tuple:
    """What the tree shows of a node (score columns, status and marks)."""
    return (n.score, n.computed, n.max, n.rate, n.grade, n.override_score, n.not_applicable, n.status,
            n.leaves_scored, n.leaves_total, n.comment)


class LiveScores(QObject):
    """Specs, assessment states, findings and the ScoreSheet of the open file."""

    changed = Signal()  # scores or findings changed (structure unchanged)
    reset = Signal()  # a file was opened or closed, or the tree itself changed

    def __init__(self, ctx: AppContext, parent: QObject | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.specs: dict[str, IndicatorSpec] = {}
        self.states: dict[str, AssessmentState] = {}
        self.info: EvaluationInfo | None = None
        self.scheme: GradeScheme | None = None
        self.sheet: ScoreSheet | None = None
        self.distance: GradeDistance | None = None
        self.findings: list[findings.FindingData] = []
        self._nodes: dict[str, ScoredNode] = {}
        self._order: list[str] = []  # ids in tree order
        self.changed_ids: list[str] | None = None  # rows changed by the last rescore (None: all)
        self._states_seen = None  # when the assessments were last read (to re-read only newer ones)
        self._leaf_ids: list[str] | None = None
        self._leaf_cache: dict = {}  # each leaf's rule result, reused while its state is unchanged
        ctx.fileOpened.connect(self.load)
        ctx.fileClosed.connect(self.clear)
        ctx.dataChanged.connect(self._on_data)

    # -- loading ----------------------------------------------------------
    def clear(self) -> None:
        self.specs, self.states, self.sheet, self.info = {}, {}, None, None
        self.findings, self._nodes, self._order = [], {}, []
        self._states_seen, self._leaf_cache, self._leaf_ids = None, {}, None
        self.reset.emit()

    def load(self) -> None:
        store = self.ctx.store
        if store is None:
            self.clear()
            return
        self.info = assessments.get_info(store)
        self.scheme = resolve(self.info.grade_scheme)
        self._states_seen = assessments.assessments_changed_at(store)
        self._leaf_cache = {}
        specs, self.states = assessments.load_tree(store)
        self.specs = {s.id: s for s in specs}
        self.findings = findings.list_findings(store)
        self._rescore()
        self.reset.emit()

    def _on_data(self, kind: str) -> None:
        if self.ctx.store is None:
            return
        if kind in (ALL, FRAMEWORK):
            self.load()
            return
        if kind == PROJECT:
            info = assessments.get_info(self.ctx.store)
            same = (info.grade_scheme, info.full_marks, info.na_policy) == \
                (self.info.grade_scheme, self.info.full_marks, self.info.na_policy)
            self.info, self.scheme = info, resolve(info.grade_scheme)
            if same and not self._has_bindings():
                return  # facts only: nothing the scores depend on
            # bound inputs follow the funds, targets and survey tables: rescore
        if kind == FINDINGS:
            self.findings = findings.list_findings(self.ctx.store)
        if kind == SCORES and self._states_seen is not None:
            # only the assessments written since the last read: one row after one edit
            newest = assessments.assessments_changed_at(self.ctx.store)
            self.states.update(assessments.load_states(self.ctx.store, list(self.specs.values()), since=self._states_seen))
            self._states_seen = newest
        elif kind in (SCORES, PROJECT):
            self._states_seen = assessments.assessments_changed_at(self.ctx.store)
            self.states = assessments.load_states(self.ctx.store, list(self.specs.values()))
        self._rescore()
        if kind != SCORES:
            self.changed_ids = None  # findings or facts changed: marks anywhere may differ
        self.changed.emit()

    def _has_bindings(self) -> bool:
        return any(isinstance(v, dict) and "bind" in v for st in self.states.values() for v in (st.inputs or {}).values())

    def _rescore(self) -> None:
        info = self.info
        old = self._nodes
        self.sheet = score_tree(self.specs.values(), self.states, self.scheme, info.full_marks, info.na_policy,
                                cache=self._leaf_cache, precision=precision(info))
        self.distance = grade_distance(self.sheet, self.scheme)
        self._nodes = {n.id: n for n in self.sheet.walk()}
        if list(self._nodes) != self._order:
            self._leaf_ids = None
        self._order = list(self._nodes)
        # the rows whose figures changed, so the tree redraws those only (None: redraw everything)
        if old and old.keys() == self._nodes.keys():
            self.changed_ids = [i for i, n in self._nodes.items() if _shown(n) != _shown(old[i])]
        else:
            self.changed_ids = None

    # -- reading ----------------------------------------------------------
    def node(self, indicator_id: str) -> ScoredNode | None:
        return self._nodes.get(indicator_id)

    def state(self, indicator_id: str) -> AssessmentState:
        return self.states.get(indicator_id) or AssessmentState()

    def leaves(self) -> Iterator[ScoredNode]:
        for iid in self._order:
            n = self._nodes[iid]
            if n.is_leaf:
                yield n

    def ids(self) -> list[str]:
        """Every node's id in tree order (the order of ``sheet.walk()``), without walking the sheet."""
        return list(self._order)

    def leaf_ids(self) -> list[str]:
        """Leaves in tree order; the tree's shape changes only on reset, so the list is kept."""
        if self._leaf_ids is None:
            self._leaf_ids = [n.id for n in self.leaves()]
        return list(self._leaf_ids)

    def path(self, indicator_id: str) -> list[ScoredNode]:
        """The node and its ancestors, root first (for the breadcrumb)."""
        out = []
        spec = self.specs.get(indicator_id)
        while spec is not None:
            out.append(self._nodes[spec.id])
            spec = self.specs.get(spec.parent_id) if spec.parent_id else None
        return out[::-1]

    def findings_for(self, indicator_id: str) -> list[findings.FindingData]:
        # indexed once per findings list: the tree asks for every painted row (10,000 findings × rows)
        if getattr(self, "_findings_indexed", None) is not self.findings:
            index: dict[str, list[findings.FindingData]] = {}
            for f in self.findings:
                for iid in dict.fromkeys((*f.indicator_ids, f.source_indicator_id)):
                    if iid:
                        index.setdefault(iid, []).append(f)
            self._findings_index, self._findings_indexed = index, self.findings
        return list(self._findings_index.get(indicator_id, ()))

    def unexplained(self, indicator_id: str) -> Decimal:
        """Points lost at a leaf that nothing explains: no linked finding accounts for them, and neither
        the 评分说明, an override's reason nor a judgement's stated reason says why (0 when explained)."""
        n = self.node(indicator_id)
        if n is None or not n.is_leaf or n.score is None or n.not_applicable:
            return Decimal(0)
        lost = n.lost
        if lost <= 0:
            return Decimal(0)
        st = self.state(indicator_id)
        if st is not None and (st.comment.strip() or (st.override_score is not None and (st.override_reason or "").strip())
                               or any(isinstance(v, dict) and str(v.get("reason") or "").strip()
                                      for v in (st.inputs or {}).values())):
            return Decimal(0)
        linked = self.findings_for(indicator_id)
        if not linked:
            return lost
        if any(f.deduction is None for f in linked):
            return Decimal(0)  # a finding without a stated deduction explains the indicator as a whole
        rest = lost - sum((f.deduction for f in linked), Decimal(0))
        return rest if rest > Decimal("0.005") else Decimal(0)

    def is_unscored(self, n: ScoredNode) -> bool:
        return n.is_leaf and not n.not_applicable and n.score is None

    def open_leaves(self) -> list[ScoredNode]:
        return [n for n in self.leaves() if self.is_unscored(n)]
