"""The scoring engine: rule types (``rules``), tree scoring (``engine``), grades (``grades``)."""
from services.core.numbers import RuleInputError, fmt, fmt_fixed, fmt_money
from services.scoring.engine import (
    AssessmentState,
    GradeDistance,
    IndicatorSpec,
    ScoredNode,
    ScoreSheet,
    grade_distance,
    in_tree_order,
    score_leaf,
    score_tree,
    tree_order,
)
from services.scoring.grades import GradeScheme
from services.scoring.rules import RULES, ItemResult, check_item, score_item

__all__ = [
    "RULES",
    "AssessmentState",
    "GradeDistance",
    "GradeScheme",
    "IndicatorSpec",
    "ItemResult",
    "RuleInputError",
    "ScoreSheet",
    "ScoredNode",
    "check_item",
    "fmt",
    "fmt_fixed",
    "fmt_money",
    "grade_distance",
    "in_tree_order",
    "score_item",
    "score_leaf",
    "score_tree",
    "tree_order",
]
