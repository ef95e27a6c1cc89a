"""The satisfaction of a survey from its responses (满意度调查): plain data and arithmetic, no file access.

``services.fieldwork.surveys`` reads and writes surveys in an evaluation file and uses these; the
light print path (``services.reports.snapshot``) uses them on rows it read itself.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from services.core.numbers import HUNDRED, ZERO, pct, to_decimal

DEFAULT_SCALE = [
    {"label": "非常满意", "weight": "100", "satisfied": True},
    {"label": "满意", "weight": "80", "satisfied": True},
    {"label": "一般", "weight": "60", "satisfied": False},
    {"label": "不满意", "weight": "0", "satisfied": False},
]
METHODS = {"share": "满意率（满意人次 ÷ 有效回答）", "weighted": "加权平均分（按量表分值）"}


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


def survey_data(sv: Any) -> SurveyData:
    """A survey row (anything with the columns as attributes) as plain data."""
    return SurveyData(sv.id, sv.title, sv.method, list(sv.scale or DEFAULT_SCALE), list(sv.questions or []),
                      list(sv.groups or []), sv.distributed, sv.returned, sv.valid, sv.sampling or "")


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


def rate_of(method: str, answers: list[str], scale: list[dict[str, Any]]) -> Decimal | None:
    if not answers:
        return None
    by_label = {lv["label"]: lv for lv in scale}
    if method == "weighted":
        return sum((to_decimal(by_label[a]["weight"]) for a in answers if a in by_label), ZERO) / len(answers)
    return Decimal(sum(1 for a in answers if by_label.get(a, {}).get("satisfied"))) / len(answers) * HUNDRED


def result_of(surveys: Sequence[SurveyData], responses_of, survey_id: str | None = None) -> SurveyResult | None:
    """The satisfaction of one survey (the first when ``survey_id`` is None); None when there is none.
    ``responses_of(survey id)`` gives that survey's responses in their stored order."""
    sv = next((x for x in surveys if x.id == survey_id), None) if survey_id else (surveys[0] if surveys else None)
    if sv is None:
        return None
    responses = responses_of(sv.id)
    questions = []
    pooled: list[str] = []
    overall_q = next((q["key"] for q in sv.questions if q.get("overall")), None)
    for q in sv.questions:
        answers = [r.answers[q["key"]] for r in responses if q["key"] in r.answers]
        counts = {lv["label"]: sum(1 for a in answers if a == lv["label"]) for lv in sv.scale}
        questions.append(QuestionResult(q["key"], q["text"], len(answers), rate_of(sv.method, answers, sv.scale), counts))
        if overall_q is None or q["key"] == overall_q:
            pooled += answers
    groups: dict[str, Decimal | None] = {}
    for g in dict.fromkeys([*(sv.groups or []), *(r.group for r in responses if r.group)]):
        answers = [a for r in responses if r.group == g for k, a in r.answers.items() if overall_q in (None, k)]
        groups[g] = rate_of(sv.method, answers, sv.scale)
    warnings = []
    if sv.valid is not None and sv.valid != len(responses):
        warnings.append(f"登记的有效问卷 {sv.valid} 份，已录入 {len(responses)} 份")
    rr = Decimal(sv.returned) / sv.distributed * HUNDRED if sv.returned is not None and sv.distributed else None
    vr = Decimal(sv.valid) / sv.returned * HUNDRED if sv.valid is not None and sv.returned else None
    return SurveyResult(sv.id or "", sv.title, sv.method, len(responses), sv.distributed, sv.returned, sv.valid,
                        rate_of(sv.method, pooled, sv.scale), questions, groups, rr, vr, warnings)
