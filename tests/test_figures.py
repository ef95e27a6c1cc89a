"""Figures that feed rules: funds, targets, surveys, and bindings of rule inputs to them."""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.core.errors import EditRefused
from services.evaluation import assessments, project
from services.fieldwork import bindings, surveys


def ids(store):
    return assessments.indicator_ids(store)


def test_sample_bound_indicators_keep_the_seed_scores(sample_store):
    sheet = assessments.score(sample_store)
    assert sheet.total == Decimal("78.8")
    assert sheet.find("2.1.1").score == 4
    assert sheet.find("2.1.2").score == 5
    assert sheet.find("4.1.6").score == 10
    bound = {b.code: b for b in bindings.bindings(sample_store)}
    assert set(bound) == {"2.1.1", "2.1.2", "4.1.6"}
    assert "预算执行率" in bound["2.1.2"].text and "98.81%" in bound["2.1.2"].text
    assert "满意率 91.00%" in bound["4.1.6"].text
    assert "视为满足" in bound["2.1.1"].text
    assert "取自资金表" in bindings.binding_text_for(sample_store, ids(sample_store)["2.1.2"])


def test_changing_a_fund_line_changes_the_execution_score(sample_store):
    line = next(f for f in project.list_funds(sample_store) if f.source.endswith("（续签项目）") and f.arrived)
    project.update_fund(sample_store, line.id, spent="5500")  # 续签 spent 8403.49 → 5500
    sheet = assessments.score(sample_store)
    rate = (Decimal("21892.38") + 5500) / Decimal("30661.25") * 100  # 89.34%
    expected = 5 - (90 - rate) * Decimal("0.5")
    assert sheet.find("2.1.2").score == Decimal("4.67")  # the exact 4.6693… rounded once, half-up, to 0.01
    assert abs(expected - Decimal("4.67")) < Decimal("0.005")
    assert sheet.find("2.1.2").score < 5 and sheet.total < Decimal("78.8")


def test_survey_rates_share_and_weighted(sample_store):
    res = surveys.survey_result(sample_store)
    assert res.rate == Decimal(91) and res.responses == 100 and res.valid == 100
    assert [q.rate for q in res.questions] == [Decimal(92), Decimal(90), Decimal(91)]
    assert res.return_rate == Decimal(104) / 110 * 100
    assert res.questions[0].counts == {"非常满意": 40, "满意": 52, "一般": 6, "不满意": 2}
    surveys.update_survey(sample_store, res.survey_id, method="weighted")
    w = surveys.survey_result(sample_store)
    # q1: (40×100 + 52×80 + 6×60 + 2×0) / 100 = 85.2
    assert w.questions[0].rate == Decimal("85.2")
    # the bound 满意度 follows the survey: 85.x% < 90 → points deducted
    assert assessments.score(sample_store).find("4.1.6").score < 10


def test_responses_typed_and_imported(sample_store, tmp_path):
    sid = surveys.add_survey(sample_store, {"title": "小调查", "questions": [{"key": "q1", "text": "总体满意吗"}],
                                            "groups": ["市民"], "distributed": 4, "returned": 3, "valid": 3})
    surveys.add_response(sample_store, sid, {"q1": "满意"}, group="市民")
    with pytest.raises(EditRefused, match="不在量表"):
        surveys.add_response(sample_store, sid, {"q1": "还行"})
    csv_path = tmp_path / "r.csv"
    csv_path.write_text("群体,总体满意吗\n市民,非常满意\n企业,一般\n", encoding="gbk")
    new = surveys.import_responses(sample_store, sid, csv_path)
    assert len(new) == 2
    res = surveys.survey_result(sample_store, sid)
    assert res.responses == 3 and res.rate == Decimal(2) / 3 * 100
    assert res.groups["企业"] == 0
    bad = tmp_path / "bad.csv"
    bad.write_text("q1\n满意\n很好\n", encoding="utf-8")
    with pytest.raises(EditRefused, match="第 3 行"):
        surveys.import_responses(sample_store, sid, bad)
    assert surveys.survey_result(sample_store, sid).responses == 3  # nothing half-imported
    with pytest.raises(EditRefused, match="有效份数不能多于回收份数"):
        surveys.update_survey(sample_store, sid, valid=5)


def test_payment_cap_flags(sample_store):
    flags = bindings.payment_flags(sample_store)
    assert any("中国电信" in f.payee and f.share > 100 for f in flags)
    bindings.set_payment_cap(sample_store, "100")
    assert [f.payee for f in bindings.payment_flags(sample_store)] == ["中国电信衡阳分公司"]
    with pytest.raises(EditRefused):
        bindings.set_payment_cap(sample_store, "120")


def test_bind_and_unbind(sample_store):
    iid = ids(sample_store)["3.1.1"]  # completion rule: bind to the 绩效目标表
    old = bindings.bind_input(sample_store, iid, "a", {"source": "targets", "figure": "completion",
                                                      "filter": {"table": "一期"}})
    assert "目标" in bindings.binding_text_for(sample_store, iid)
    assert assessments.score(sample_store).find("3.1.1").score is not None
    with pytest.raises(EditRefused, match="不能引用"):
        bindings.bind_input(sample_store, ids(sample_store)["1.1.1"], "a", {"source": "funds", "figure": "execution_rate"})
    bindings.restore_item_inputs(sample_store, iid, "a", old)
    assert assessments.score(sample_store).total == Decimal("78.8")
    # unbinding keeps the figure's values as typed inputs, so the score stays
    exec_id = ids(sample_store)["2.1.2"]
    bindings.unbind_input(sample_store, exec_id, "a")
    assert bindings.binding_text_for(sample_store, exec_id) == ""
    assert assessments.score(sample_store).find("2.1.2").score == 5


def test_cli_figures_and_payment_cap(sample_path, capsys):
    import main

    assert main.main(["figures", str(sample_path), "--payment-cap", "100"]) == 0
    out = capsys.readouterr().out
    assert "预算执行率 = 支出 30,295.87 万元 ÷ 到位 30,661.25 万元 = 98.81%" in out
    assert "支付比例上限（竣工结算审计前）100%：1 笔超出" in out and "中国电信衡阳分公司" in out
    assert "4.1.6 服务对象满意度" in out
    assert main.main(["figures", str(sample_path), "--payment-cap", "abc"]) == 1


def test_survey_responses_from_xlsx(sample_store, tmp_path):
    import openpyxl

    sid = surveys.survey_result(sample_store).survey_id
    wb = openpyxl.Workbook()
    wb.active.append(["组别", "q1", "q2", "q3"])
    wb.active.append(["企业", 1, 2, "一般"])  # numbers are positions on the scale
    wb.save(tmp_path / "r.xlsx")
    ids = surveys.import_responses(sample_store, sid, tmp_path / "r.xlsx")
    r = next(x for x in surveys.list_responses(sample_store, sid) if x.id == ids[0])
    assert r.group == "企业" and r.answers == {"q1": "非常满意", "q2": "满意", "q3": "一般"}


def test_typed_value_replaces_a_binding_and_undo_brings_it_back(sample_store):
    iid = ids(sample_store)["2.1.2"]
    _specs, states = assessments.load_tree(sample_store)
    before = dict(states[iid].inputs)  # what the window keeps for its undo command
    assessments.set_item_inputs(sample_store, iid, "a", {"numerator": "85", "denominator": "100"})
    assert assessments.score(sample_store).find("2.1.2").score == Decimal("2.5")
    assert bindings.binding_text_for(sample_store, iid) == ""
    assessments.set_inputs(sample_store, iid, before)
    assert "取自资金表" in bindings.binding_text_for(sample_store, iid)
    assert assessments.score(sample_store).find("2.1.2").score == 5
