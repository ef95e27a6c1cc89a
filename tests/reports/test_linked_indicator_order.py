"""A finding's and an evidence item's linked indicators come in the framework's order — on the 问题清单
page (``list_findings``), in the printed 问题清单's 索引号 and in the 工作底稿's 证据清单 — not in the
order of their random ids, nor in the string order of their codes (x.y.10 before x.y.2)."""
from __future__ import annotations

import re

import pytest

from services.evaluation import assessments, findings
from services.frameworks import edit
from services.scoring import in_tree_order

pypdf = pytest.importorskip("pypdf")


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture
def two_leaves(sample_store):
    """Two leaves under one parent of the sample with codes x.y.2 and x.y.10, the first in the tree with
    the larger id: the order of their ids and the string order of their codes both disagree with the tree."""
    store = sample_store
    parent = next(n for n in assessments.score(store).walk() if n.children and not n.children[0].children)
    added = [edit.add_node(store, parent.id, f"顺序测试{k}") for k in range(11)]
    low, high = sorted(added[:2])  # whichever the random ids made smaller goes later in the tree
    edit.move_node(store, low, parent.id, 9)
    edit.move_node(store, high, parent.id, 1)
    edit.renumber(store)
    sheet = assessments.score(store)
    kids = next(n for n in sheet.walk() if n.id == parent.id).children
    first, last = kids[1], kids[9]
    assert (first.id, last.id) == (high, low)
    assert first.code == f"{parent.code}.2" and last.code == f"{parent.code}.10"
    assert last.id < first.id and last.code < first.code  # neither the ids nor the codes give the tree order
    return first, last


def test_list_findings_gives_linked_indicators_in_tree_order(sample_store, two_leaves):
    first, last = two_leaves
    fid = findings.add_finding(sample_store, {"title": "顺序测试问题", "category": "B"}, [last.id, first.id])
    (f,) = [f for f in findings.list_findings(sample_store) if f.id == fid]
    assert f.indicator_ids == (first.id, last.id)
    findings.update_finding(sample_store, fid, indicator_ids=[last.id, first.id])
    (f,) = [f for f in findings.list_findings(sample_store) if f.id == fid]
    assert f.indicator_ids == (first.id, last.id)


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_printed_issue_list_cites_working_papers_in_tree_order(sample_store, two_leaves, tmp_path, fmt):
    from services.reports import export

    first, last = two_leaves
    findings.add_finding(sample_store, {"title": "顺序测试问题", "category": "B"}, [last.id, first.id])
    out = export(sample_store, "issue-list", fmt, tmp_path / f"i.{fmt}")
    if fmt == "pdf":
        text = "".join(squash(p.extract_text() or "") for p in pypdf.PdfReader(str(out)).pages)
    else:
        import docx

        text = "".join(squash(c.text) for t in docx.Document(str(out)).tables for r in t.rows for c in r.cells)
    i = text.find("顺序测试问题")
    assert i >= 0
    refs = text[i:].split("索引：", 1)[1]
    assert refs.startswith(f"DG-{first.code}、DG-{last.code}"), refs[:80]


def test_evidence_indicators_in_tree_order_in_data_and_working_papers(sample_store, two_leaves, tmp_path):
    from services.fieldwork import evidence
    from services.reports import export
    from services.reports.data import gather

    first, last = two_leaves
    path = tmp_path / "顺序证据.txt"
    path.write_text("顺序", encoding="utf-8")
    ev = evidence.add_evidence(sample_store, path, "顺序测试证据", [("indicator", last.id), ("indicator", first.id)])
    (row,) = [e for e in gather(sample_store).evidence if e.id == ev.id]
    assert row.indicator_ids == [first.id, last.id]
    out = export(sample_store, "working-papers", "pdf", tmp_path / "w.pdf")
    text = "".join(squash(p.extract_text() or "") for p in pypdf.PdfReader(str(out)).pages)
    i = text.rfind("顺序测试证据")  # its row in the 证据清单, after the contents
    assert i >= 0
    assert f"{first.name}、{last.name}" in text[i:i + 200], text[i:i + 200]


def test_links_to_indicators_not_in_the_tree_go_last_in_a_stable_order():
    order = {"z": 0, "a": 1}
    assert in_tree_order(["gone-2", "a", "gone-1", "z"], order) == ["z", "a", "gone-1", "gone-2"]
    assert in_tree_order(["gone-1", "gone-2"], {}) == ["gone-1", "gone-2"]


def test_evidence_page_lists_linked_indicators_in_tree_order(sample_store, two_leaves, tmp_path):
    from services.fieldwork import evidence

    first, last = two_leaves
    path = tmp_path / "顺序证据.txt"
    path.write_text("顺序", encoding="utf-8")
    ev = evidence.add_evidence(sample_store, path, "顺序测试证据", [("indicator", last.id), ("indicator", first.id)])
    wanted = (("indicator", first.id), ("indicator", last.id))
    assert evidence.get_evidence(sample_store, ev.id).links == wanted
    (listed,) = [e for e in evidence.list_evidence(sample_store) if e.id == ev.id]
    assert listed.links == wanted
    (listed,) = evidence.list_evidence(sample_store, "indicator", first.id)
    assert listed.links == wanted


def test_file_read_without_the_orm_gives_linked_indicators_in_tree_order(sample_store, sample_path, two_leaves):
    from services.reports import snapshot

    first, last = two_leaves
    fid = findings.add_finding(sample_store, {"title": "顺序测试问题", "category": "B"}, [last.id, first.id])
    sample_store.close()
    data = snapshot.read(sample_path)
    assert data is not None
    (row,) = [f for f in data.findings if f.id == fid]
    assert row.indicator_ids == (first.id, last.id)
    assert row.paper_refs == [f"DG-{first.code}", f"DG-{last.code}"]
