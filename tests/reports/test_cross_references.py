"""索引号 shared by the 工作底稿, the 评分表 and the 问题清单; 不适用 and redistributed 分值 flagged."""
from __future__ import annotations

import re

import pytest

pypdf = pytest.importorskip("pypdf")


def text_of(path) -> str:
    return re.sub(r"\s+", "", "".join(p.extract_text() or "" for p in pypdf.PdfReader(str(path)).pages))


def test_evidence_index_numbers_cross_reference(sample_store, tmp_path):
    from services.evaluation import assessments, findings
    from services.fieldwork import evidence
    from services.reports import export

    ids = assessments.indicator_ids(sample_store)
    finding = findings.list_findings(sample_store)[0]
    photo = tmp_path / "验收报告.txt"
    photo.write_text("2014年6月13日终验", encoding="utf-8")
    ev = evidence.add_evidence(sample_store, photo, "一期终验报告",
                               links=[("indicator", ids["3.3.1"]), ("finding", finding.id)])
    assert ev.index_no == "ZJ-001"

    sheet = text_of(export(sample_store, "scoring-sheet", "pdf", tmp_path / "s.pdf"))
    assert "索引：DG-3.3.1、ZJ-001" in sheet
    issues = text_of(export(sample_store, "issue-list", "pdf", tmp_path / "i.pdf"))
    assert "ZJ-001" in issues
    papers = text_of(export(sample_store, "working-papers", "pdf", tmp_path / "w.pdf"))
    assert "ZJ-001证据：验收报告.txt（一期终验报告）" in papers  # in the 底稿目录
    paper = papers[papers.index("索引号：DG-3.3.1"):]
    assert "ZJ-001验收报告.txt一期终验报告" in paper[:3000]  # in the indicator's own paper


def test_not_applicable_is_flagged_and_points_redistributed(sample_store, tmp_path):
    from services.evaluation import assessments
    from services.reports import export

    ids = assessments.indicator_ids(sample_store)
    assessments.set_not_applicable(sample_store, ids["3.1.5"], True, "应急指挥系统已停用，无法考核")
    total = assessments.score(sample_store).total
    text = text_of(export(sample_store, "scoring-sheet", "pdf", tmp_path / "s.pdf", options={"cross_refs": False}))
    assert "不适用" in text and "应急指挥系统已停用，无法考核" in text
    assert "△" in text and "分值按比例重新分配" in text
    from services.scoring import fmt

    assert "合计" in text and fmt(total) in text
    assert "索引：" not in text
