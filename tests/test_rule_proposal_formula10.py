"""Texts the proposer used to leave to the team (酌情评分) although they state a rule: read now, mostly to check.

Each class of wording below has made-up texts in the style of published 评分标准 (several punctuations, verbs and
units), with the rule they must give and the score of a few situations, and near misses that must not be read that
way, or not confidently.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from services.scoring.rules.wording import normalize
from tests.proposals import by_vars, met_or_not, picked, scored, ticks, types


# ── the points of a numbered part run into the next part's number: “1.…;1分2.…;1分” ───────────────────────────────
@pytest.mark.parametrize("text, weight, points", [
    ("1.成立工作领导小组,明确分管领导;1分2.制定年度实施方案并印发.2分", "3", ["1", "2"]),
    ("1.建立工作台账;0.5分2.按季度报送统计数据;0.5分3.年底形成工作总结.1分", "2", ["0.5", "0.5", "1"]),
    ("1、设立专门服务窗口。2分2、公开办事流程及时限。2分", "4", ["2", "2"]),
])
def test_points_of_a_part_run_into_the_next_number(text, weight, points):
    p = propose(text, weight, "工作机制")
    assert types(p) == ["checklist"], p.summary
    assert [pt["max"] for pt in p.items[0]["params"]["points"]] == points
    met = [True] * len(points)
    assert ticks(p, *met) == Decimal(weight)
    met[0] = False
    assert ticks(p, *met) == sum(map(Decimal, points[1:]))


@pytest.mark.parametrize("text", [
    "1.建立督查制度并落实;1分2.按时报送督查情况.1分 1项中督查制度的载体形式不限,以文件或会议纪要为准.",
    "1.制定年度考核办法;1分2.通报考核结果并督促整改.1分 第2项重点看整改台账.",
])
def test_a_remark_on_a_part_named_by_its_number_is_said_back(text):
    p = propose(text, "2", "考核机制")
    assert types(p) == ["checklist"], p.summary
    assert ticks(p, True, False) == 1
    assert not p.confident  # the remark is the evaluator's to weigh


@pytest.mark.parametrize("text", [
    # a part number the list does not have: the remark is not about one of the points
    "1.建立督查制度并落实;1分2.按时报送督查情况.1分 3项中督查制度的载体形式不限.",
    # the remark says how a part scores: not said back as a remark
    "1.建立督查制度并落实;1分2.督办上级交办案件.1分 2项无交办案件的,可直接得分.",
])
def test_remarks_that_are_more_than_a_remark_on_a_part(text):
    p = propose(text, "2", "考核机制")
    assert not p.confident


@pytest.mark.parametrize("text, kept", [
    ("每发现1处问题扣.5分,扣完为止", "扣.5分"),  # a decimal point after a scoring verb
    ("得分=完成率*10.5分", "10.5分"),  # a decimal point between digits
])
def test_a_decimal_point_stays_a_decimal_point(text, kept):
    assert kept in normalize(text)


def test_a_full_stop_before_the_points_of_a_sentence_ends_it():
    assert normalize("制定年度工作计划.1分") == "制定年度工作计划;1分"


# ── a gate that says how often a thing is required: “每月未组织自查的不得分;…扣1分” ──────────────────────────────────
@pytest.mark.parametrize("text, weight, amounts", [
    ("每季度未召开专题会议的,不得分;会议记录不完整扣1分;未形成会议纪要扣2分", "3", ["1", "2"]),
    ("每月未组织安全检查不得分;检查记录不规范扣0.5分;发现隐患未整改扣1分", "1.5", ["0.5", "1"]),
    ("每年未开展业务培训的,本项不得分;培训资料不齐全扣1分", "2", ["1"]),
])
def test_a_gate_on_a_required_frequency_beside_faults(text, weight, amounts):
    p = propose(text, weight, "日常管理")
    assert types(p) == ["formula"], p.summary
    params = p.items[0]["params"]
    gate, *faults = [v["name"] for v in params["variables"]]
    assert params["expression"].startswith(f"{gate} * (")
    assert len(faults) == len(amounts)
    clean = {gate: "1", **{f: "0" for f in faults}}
    assert scored(p, {"vars": clean}) == Decimal(weight)
    assert scored(p, {"vars": {**clean, gate: "0"}}) == 0
    assert scored(p, {"vars": {**clean, faults[0]: "1"}}) == Decimal(weight) - Decimal(amounts[0])
    assert not p.confident  # a gate is always the evaluator's to confirm


@pytest.mark.parametrize("text", [
    "每发现1次未报送的不得分;报送内容不完整扣1分",  # a count, not how often a thing is required
    "每月少于2次的不得分;报送内容不完整扣1分",  # a line under the frequency
])
def test_a_count_or_a_line_after_every_is_no_gate(text):
    p = propose(text, "3", "信息报送")
    assert not p.confident
    assert not (types(p) == ["formula"] and p.items[0]["params"]["expression"].startswith("g * ("))


# ── a rate defined as a quotient of quantities in more words, an aside in brackets: “A(股东)数量÷B(股东)数量” ──────────
@pytest.mark.parametrize("text, weight", [
    ("到位比例=实际到位的省级以上专项资金(万元)/年初计划下达的省级以上专项资金(万元);得分=到位比例×20", "20"),
    ("本单位该指标数值=年龄在45周岁以内专业技术人员(含聘用)数量÷本单位全部专业技术人员(含聘用)数量;"
     "本单位该指标得分=本单位该指标数值×30", "30"),
    ("覆盖比例=在全市统一信息管理平台中完成登记备案的社会组织数量÷辖区内依法登记的社会组织总数;得分=覆盖比例×10", "10"),
])
def test_a_rate_defined_by_quantities_in_more_words(text, weight):
    p = propose(text, weight, "比例")
    assert types(p) == ["rate"], p.summary
    assert p.items[0]["params"]["cap"] is True
    assert scored(p, {"numerator": "30", "denominator": "40"}) == Decimal(weight) * 3 / 4
    assert scored(p, {"numerator": "50", "denominator": "40"}) == Decimal(weight)


@pytest.mark.parametrize("text", [
    # the product is not the 分值's share
    "到位比例=实际到位的省级以上专项资金(万元)/年初计划下达的省级以上专项资金(万元);得分=到位比例×15",
    # an aside holding a figure is more than a name
    "到位比例=实际到位资金(含10%自筹)/计划资金;得分=到位比例×20",
])
def test_quotients_in_more_words_that_are_not_the_share(text):
    p = propose(text, "20", "比例")
    assert types(p) != ["rate"] or not p.confident


# ── the 分值 said again in brackets closing a rule, after its own zero: “…;否则不得分。(1分)” ─────────────────────────
@pytest.mark.parametrize("text, weight", [
    ("上报差错条数≤3条,得2分;否则不得分。(2分)", "2"),
    ("上报差错条数≤3条,得2分;否则不得分;(2分)(市本级除外)", "2"),
])
def test_the_weight_said_again_after_a_rule(text, weight):
    p = propose(text, weight, "报送质量")
    assert types(p) == ["tiers"], p.summary
    assert scored(p, {"value": "0"}) == Decimal(weight)
    assert scored(p, {"value": "5"}) == 0
    assert not p.confident
    assert any("读作该项分值" in x for x in p.unplaced)


def test_a_figure_in_closing_brackets_that_is_not_the_weight_is_not_read_so():
    p = propose("上报差错条数≤3条,得2分;否则不得分。(3分)", "2", "报送质量")
    assert not p.confident
    assert not any("读作该项分值" in x for x in p.unplaced)


# ── sentences each of situations from worst to best, their best scores adding up: “兼职得5分,专职得10分;…” ─────────
def test_groups_of_situations_from_worst_to_best_add_up():
    p = propose("配备兼职安全员得3分，配备专职安全员得6分；聘请第三方机构开展检测得2分，自建检测实验室得4分", "10", "人员与检测")
    assert types(p) == ["choice", "choice"], p.summary
    assert [it["max"] for it in p.items] == ["6", "4"]
    assert picked(p, 0) == 6 and picked(p, 1) == 3
    assert picked(p, 0, 1) == 4 and picked(p, 1, 1) == 2
    assert not p.confident  # that none of them applies scores 0 is not said


def test_a_group_of_situations_beside_a_single_requirement():
    p = propose("设立兼职联络员得2分,设立专职联络员得5分;建立联络台账得3分", "8", "联络机制")
    assert types(p) == ["choice", "all_or_nothing"], p.summary
    assert [it["max"] for it in p.items] == ["5", "3"]
    assert picked(p, 0) == 5
    assert met_or_not(p, 1) == (3, 0)


@pytest.mark.parametrize("text, weight", [
    # scores that rise and fall in one sentence: not degrees of one thing
    ("配备兼职安全员得3分,配备专职安全员得6分,配备安全顾问得2分;建立检测实验室得4分", "10"),
    # the best scores do not add up to the 分值
    ("配备兼职安全员得3分,配备专职安全员得6分;建立检测实验室得4分", "12"),
])
def test_sentences_of_situations_that_do_not_add_up_are_not_split_so(text, weight):
    p = propose(text, weight, "人员与检测")
    assert not p.confident
    assert types(p) != ["choice", "all_or_nothing"]


# ── a schedule of deductions, each fault's points per case with no verb: “设施损坏 1分/处 … 扣完为止” ───────────────
@pytest.mark.parametrize("text", [
    "垃圾桶破损 0.5分/个 公厕地面积水 1分/处 未按时清运 2分/次 扣完为止",
    "垃圾桶破损,0.5分/个;公厕地面积水,1分/处;未按时清运,2分/次;扣完为止",
])
def test_a_schedule_of_deductions_with_no_verb(text):
    p = propose(text, "10", "环境卫生")
    assert types(p) == ["formula"], p.summary
    assert [v["unit"] for v in p.items[0]["params"]["variables"]] == ["个", "处", "次"]
    assert by_vars(p, "0", "0", "0") == 10
    assert by_vars(p, "2", "1", "1") == 6
    assert by_vars(p, "0", "0", "9") == 0  # no further than 0
    # a reading of the words, never certain: the points read as taken off are named to check
    assert not p.confident
    assert any(u.startswith("“0.5分/个、1分/处、2分/次”：原文未写“扣”") for u in p.unplaced), p.unplaced
    # the note shown in the wizard asks to check once, at its end
    note = next(n for n in p.notes if "不一致之处" in n)
    assert note.count("请核对") == 1 and note.endswith("请核对"), note


def test_a_schedule_without_its_stop_is_read_to_check():
    p = propose("检查井无盖 1分/处 路灯成片不亮 5分/次 注:实行累计扣减", "10", "路灯管理")
    assert types(p) == ["formula"], p.summary
    assert by_vars(p, "1", "1") == 4
    assert not p.confident


@pytest.mark.parametrize("text, kept", [
    ("建立制度1分/项,最高3分;未按时上报扣1分/次,扣完为止", "建立制度1分/项"),  # points earned per case beside the deductions
    ("每开展1次活动得2分/次,未开展的扣2分", "得2分/次"),  # the points' own verb
    ("市级表彰 2分/次 被通报批评 扣1分/次 扣完为止", "市级表彰2分/次"),  # the deductions say their verb: the rest is earned
    ("信息被省级采用 1分/篇,被市级采用 0.5分/篇;未按时报送扣1分", "采用1分/篇"),
    ("加分项:获评先进 1分/次 扣分项:违规操作 1分/次", "先进1分/次"),  # bonus points named
    ("代扣代缴及时 1分/项 申报准确 1分/项", "及时1分/项"),  # 扣 in a word, not deducting
    ("发现问题 1或2分/处 扣完为止", "1或2分/处"),  # a range of points
    ("宣传报道 1分/篇 未报道的不扣分", "报道1分/篇"),  # nothing taken off
    # a merit counted beside the faults, the cell's own 扣完为止 for the faults
    ("受到市级表彰 2分/次 违规操作 1分/次 扣完为止", "表彰2分/次"),
    ("获上级奖励 2分/次;违规操作 1分/次;扣完为止", "奖励2分/次"),
    ("工作受到表扬 0.5分/次 工作被通报 1分/次 扣完为止", "表扬0.5分/次"),
    ("信息被省级采用 1分/篇 被市级采用 0.5分/篇 扣完为止", "采用1分/篇"),
    ("评为先进单位 2分/次 违规操作 1分/次 扣完为止", "单位2分/次"),
    ("经验做法被推广 2分/次;违规操作 1分/次;扣完为止", "推广2分/次"),
    ("考核评为优秀 1分/项 违规操作 0.5分/次 扣完为止", "优秀1分/项"),
    # words that say no fault: the points are earned, whatever the 扣 of the text
    ("开展宣传活动 1分/次 召开专题会议 0.5分/次 扣完为止", "活动1分/次"),
    ("违规操作 1分/次;新增就业岗位 1分/个;扣完为止", "岗位1分/个"),
])
def test_points_per_case_not_all_taken_off_are_no_schedule(text, kept):
    assert kept in normalize(text)
    assert not propose(text, "10", "制度建设").confident


@pytest.mark.parametrize("text", [
    "抽查不合格率10%以下 1分/项 10%以上 2分/项 扣完为止",
    "抽查不合格率10%以下扣1分/项,10%以上扣2分/项,扣完为止",
])
def test_the_line_of_a_schedule_fault_s_words_is_kept_in_its_name(text):
    p = propose(text, "10", "质量抽查")
    assert types(p) == ["formula"], p.summary
    assert [v["label"][:v["label"].index("（")] for v in p.items[0]["params"]["variables"]] == \
        ["抽查不合格率10%以下", "10%以上"]  # not “以下”, “以上”: the line tells the two faults apart
    assert by_vars(p, "0", "3") == 4


def test_a_schedule_with_a_unit_no_reading_counts_is_left_whole():
    text = "路灯整基不亮 2分/基 灯杆倾斜 1分/处 扣完为止"
    assert "扣" not in normalize(text).replace("扣完为止", "")
    assert not propose(text, "10", "路灯管理").confident
