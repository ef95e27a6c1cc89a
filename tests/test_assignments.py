"""Assignment, hand-out, review (已复核 / 退回, 自评分 kept), expert scoring and the sign-off chain."""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.core.errors import EditRefused
from services.core.numbers import fmt
from services.evaluation import assessments, findings
from services.teamwork import assignments as A, integrity, merge


def leaves(store):
    return [n for n in assessments.score(store).walk() if not n.children]


def test_assign_a_subtree_and_the_mine_filter(sample_store):
    sheet = assessments.score(sample_store)
    root = sheet.roots[0]
    n = A.assign(sample_store, root.id, "张三")
    mine = A.assigned_to(sample_store, "张三")
    under = {x.id for x in root.walk()}
    assert n == len(under) and mine.indicators == under
    other = sheet.roots[1]
    assert not mine.shows(other.id)
    leaf = next(x for x in other.walk() if not x.children)
    A.assign(sample_store, leaf.id, "李四", subtree=False)
    theirs = A.assigned_to(sample_store, "李四")
    assert theirs.indicators == {leaf.id} and other.id in theirs.ancestors and theirs.shows(other.id)
    fid = findings.list_findings(sample_store)[0].id
    A.assign_finding(sample_store, fid, "李四")
    assert A.assigned_to(sample_store, "李四").findings == {fid}


def test_hand_out_copies_merge_back_without_spurious_changes(sample_store, tmp_path):
    copy = A.hand_out(sample_store, "张三", tmp_path / "张三.fev")
    assert integrity.verify(copy) == []
    with pytest.raises(Exception):
        A.hand_out(sample_store, "张三", copy)  # never over an existing file
    handouts = assessments.get_info(sample_store).settings["handouts"]
    assert handouts[-1]["member"] == "张三" and handouts[-1]["file"] == "张三.fev"
    sample_store.close()
    p = merge.plan(sample_store.path, [copy])
    assert p.changes == [] and p.conflicts == []


def test_review_keeps_the_self_score_and_send_back_shows_the_comment(sample_store):
    leaf = next(x for x in leaves(sample_store) if x.score and x.score > 1)
    before = leaf.score
    A.review_score(sample_store, leaf.id, "1", "证据不足以支持满分", "组长")
    row = next(r for r in A.review_rows(sample_store) if r.indicator_id == leaf.id)
    assert row.self_score == before and row.score == Decimal("1") and row.changed_by_review
    assert row.status == "已复核" and A.shows_review_columns(sample_store)
    A.review_score(sample_store, leaf.id, "0.5", "再调", "组长")  # 自评分 stays the member's
    row = next(r for r in A.review_rows(sample_store) if r.indicator_id == leaf.id)
    assert row.self_score == before
    with pytest.raises(EditRefused):
        A.send_back(sample_store, leaf.id, "组长", "  ")
    A.assign(sample_store, leaf.id, "张三", subtree=False)
    A.send_back(sample_store, leaf.id, "组长", "请补充验收报告")
    [back] = A.sent_back_to(sample_store, "张三")
    assert back.review_comment == "请补充验收报告" and back.status == "进行中"
    A.mark_reviewed(sample_store, leaf.id, "组长")
    assert A.sent_back_to(sample_store, "张三") == []


def test_expert_scores_spread_means_flag_and_choice(sample_store):
    leaf = next(x for x in leaves(sample_store) if x.max >= 2)
    for rater, v in (("专家甲", "2"), ("专家乙", "1.5"), ("专家丙", "0.2"), ("专家丁", "1.8")):
        A.set_rater_score(sample_store, leaf.id, rater, v)
    with pytest.raises(EditRefused):
        A.set_rater_score(sample_store, leaf.id, "专家戊", leaf.max + 1)
    assert A.scores_of_rater(sample_store, "专家甲") == {leaf.id: Decimal("2")}
    [s] = A.rater_summary(sample_store)
    assert s.n == 4 and s.spread == Decimal("1.8")
    assert s.mean == Decimal("1.38") and s.trimmed_mean == Decimal("1.65")
    assert s.flagged == (Decimal("1.8") > Decimal("0.2") * leaf.max)
    chosen = A.choose_rater_value(sample_store, leaf.id, "trimmed", chooser="组长")
    assert chosen == Decimal("1.65")
    node = next(x for x in leaves(sample_store) if x.id == leaf.id)
    assert node.score == Decimal("1.65") and "专家丙 0.2" in node.override_reason
    [s] = A.rater_summary(sample_store)
    assert s.choice["method"] == "trimmed" and s.n == 4  # every expert's score stays
    with pytest.raises(EditRefused):
        A.choose_rater_value(sample_store, leaf.id, "consensus")


def test_sign_off_chain_in_order_and_void_after_a_change(sample_store):
    A.set_review_chain(sample_store, ["项目负责人", "部门复核", "质控复核"])
    with pytest.raises(EditRefused, match="项目负责人"):
        A.sign(sample_store, "部门复核", "王经理")
    A.sign(sample_store, "项目负责人", "组长")
    A.sign(sample_store, "部门复核", "王经理")
    states = {s.stage: s for s in A.sign_offs(sample_store)}
    assert states["项目负责人"].valid and states["部门复核"].valid and states["质控复核"].signed_at is None
    A.set_review_chain(sample_store, ["项目负责人", "部门复核", "质控复核"])
    assert all(s.valid for s in A.sign_offs(sample_store) if s.signed_at)
    leaf = leaves(sample_store)[0]
    assessments.set_comment(sample_store, leaf.id, "签署后又改了评分说明")
    lines = A.sign_off_lines(sample_store)
    assert lines[0][:2] == ("项目负责人", "组长") and lines[0][2].startswith("已失效 · 审计轨迹 #")
    assert lines[1][2].startswith("已失效 · 审计轨迹 #") and "公钥" in lines[1][2]
    with pytest.raises(EditRefused):
        A.sign(sample_store, "质控复核", "质控")
    A.sign(sample_store, "项目负责人", "组长")
    assert A.sign_offs(sample_store)[0].valid


def test_experts_score_blind_on_their_own_copies_and_the_merge_keeps_every_score(sample_store, tmp_path):
    leaf = next(x for x in leaves(sample_store) if x.max >= 2)
    copies = [A.hand_out(sample_store, name, tmp_path / f"{name}.fev") for name in ("专家甲", "专家乙", "专家丙")]
    sample_store.close()
    for path, v in zip(copies, ("2", "0.5", "1.5")):
        with assessments.open_evaluation(path, actor=path.stem) as c:
            assert A.rater_summary(c) == []  # blind: nobody else's score is in a copy
            A.set_rater_score(c, leaf.id, path.stem, v)
    out = tmp_path / "merged.fev"
    result = merge.merge(sample_store.path, copies, out, actor="组长")
    assert result.conflicts == [] and result.dropped == []
    with assessments.open_evaluation(out, actor="组长") as o:
        [s] = A.rater_summary(o)
        assert dict(s.scores) == {"专家甲": Decimal("2"), "专家乙": Decimal("0.5"), "专家丙": Decimal("1.5")}
        assert s.mean == Decimal("1.33") and s.trimmed_mean == Decimal("1.50") and s.spread == Decimal("1.5")


def test_sign_offs_are_printed_on_the_working_papers_and_the_report(sample_store, tmp_path):
    from pypdf import PdfReader

    from services import reports

    A.sign(sample_store, "项目负责人", "张组长")
    papers, report = tmp_path / "底稿.pdf", tmp_path / "报告.pdf"
    reports.export(sample_store, "working-papers", "pdf", papers)
    text = "".join(p.extract_text() for p in PdfReader(papers).pages[:3])
    assert "复核签署" in text and "张组长" in text and "质控复核" in text
    assessments.set_comment(sample_store, leaves(sample_store)[0].id, "签署后又改")
    reports.export(sample_store, "report", "pdf", report, options={"copy": "internal"})  # sign-offs are internal
    text = "".join(p.extract_text() for p in PdfReader(report).pages)
    assert "项目负责人：张组长" in text.replace(" ", "") and "已失效" in text


def test_the_scoring_sheet_notes_self_score_and_review_score(sample_store, tmp_path):
    from pypdf import PdfReader

    from services import reports

    leaf = next(x for x in leaves(sample_store) if x.score and x.score > 1)
    A.review_score(sample_store, leaf.id, "1", "证据不足", "组长")
    out = tmp_path / "评分表.pdf"
    reports.export(sample_store, "scoring-sheet", "pdf", out, options={"copy": "internal"})  # review notes are internal
    text = "".join(p.extract_text() for p in PdfReader(out).pages).replace(" ", "").replace("\n", "")
    assert f"“{leaf.name}”经复核调整：自评分{fmt(leaf.score)}分，复核分1分" in text
