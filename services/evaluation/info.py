"""The facts of an evaluation (简要情况表) and its framework-level settings, as plain data.

``services.evaluation.assessments`` reads and writes them in an evaluation file; the light print
path (``services.reports.snapshot``) builds the same ``EvaluationInfo`` from the row it read itself.
"""
from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date
from decimal import Decimal
from typing import Any

from services.scoring import ScoreSheet, rounding, score_tree
from services.scoring.grades import resolve


@dataclass
class EvaluationInfo:
    name: str = ""
    evaluated_unit: str = ""
    department: str = ""
    commissioner: str = ""
    agency: str = ""
    evaluation_type: str = "财政评价"
    year: int | None = None
    fund_total: Decimal | None = None
    onsite_amount: Decimal | None = None
    onsite_amount_qualifier: str = ""
    project_count: str = ""
    onsite_project_count: str = ""
    report_number: str = ""
    report_date: date | None = None
    start_date: date | None = None
    end_date: date | None = None
    framework_id: str = ""
    framework_name: str = ""
    full_marks: Decimal = Decimal(100)  # 满分
    grade_scheme: Any = None
    finding_categories: Any = None
    na_policy: str = "proportional"
    settings: Any = None


INFO_FIELDS = [f.name for f in fields(EvaluationInfo)]
MONEY_FIELDS = ("fund_total", "onsite_amount")
DATE_FIELDS = ("report_date", "start_date", "end_date")


def precision(info: EvaluationInfo) -> Decimal:
    """The precision of scores declared by the evaluation's framework (a file from before: 0.01)."""
    try:
        return rounding.parse_precision((info.settings or {}).get("precision"))
    except ValueError:
        return rounding.DEFAULT_PRECISION


def score_sheet(info: EvaluationInfo, specs, states) -> ScoreSheet:
    """The scored tree of an evaluation: its indicators and assessments under its grade scheme, full
    marks, N/A policy and precision."""
    return score_tree(specs, states, resolve(info.grade_scheme), info.full_marks, info.na_policy,
                      precision=precision(info))
