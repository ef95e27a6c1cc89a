"""One evaluation file: its facts, indicator tree, assessments, findings and project tables."""
