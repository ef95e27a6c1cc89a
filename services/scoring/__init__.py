"""The scoring engine: rule types (``rules``), tree scoring (``engine``), grades (``grades``)."""
from .engine import AssessmentState, GradeDistance, IndicatorSpec, ScoredNode, ScoreSheet, grade_distance, score_leaf, score_tree
from .grades import GradeScheme
from .numbers import RuleInputError, fmt, fmt_fixed, fmt_money
from .rules import RULES, ItemResult, check_item, score_item

__all__ = [
    "AssessmentState", "GradeDistance", "GradeScheme", "IndicatorSpec", "ItemResult", "RULES", "RuleInputError",
    "ScoreSheet", "ScoredNode", "check_item", "fmt", "fmt_fixed", "fmt_money", "grade_distance", "score_item",
    "score_leaf", "score_tree",
]
