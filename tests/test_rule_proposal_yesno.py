"""Yes/no, pick-one and points-to-check wordings: the rule each class of wording is read as, its parameters,
its scores in a few situations, and the near misses that must stay “请核对”.

The texts are written for these tests in the styles 评分标准 use (none is taken from the rule corpus).
"""
from __future__ import annotations

from decimal import Decimal

from services.frameworks.proposal import propose
from tests.proposals import scored, types


def option(p, label, item=0):
    return next(o["key"] for o in p.items[item]["params"]["options"] if o["label"] == label)


# ── 全有或全无 ──────────────────────────────────────────────────────────────
def test_full_marks_then_the_condition_denied():
    """“…,得N分,没有的不得分” / “…;N分;否则,不计分” / “…N分;没有不得分”: the one condition, met or not."""
    for text in ("当年召开专题会议研究项目推进,得3分,没有的不得分",
                 "主管部门召开专题会议研究项目推进;3分;否则,不计分",
                 "有专门的项目管理机构负责3分;没有不得分"):
        p = propose(text, "3", "组织保障")
        assert p.confident, (text, p.unplaced)
        assert types(p) == ["all_or_nothing"]
        assert "专" in p.items[0]["params"]["condition"]
        assert scored(p, {"met": True}) == 3 and scored(p, {"met": False}) == 0


def test_a_condition_of_several_requirements_denied_in_part_is_to_check():
    """“编制并组织实施的,得4分,未编制的不得分”: 编制 but not 实施 is not said, so the proposal is to check."""
    p = propose("专项规划按期编制并组织实施的,得4分,未编制的不得分", "4", "规划编制")
    assert types(p) == ["all_or_nothing"] and not p.confident
    assert any("部分满足" in u for u in p.unplaced)
    assert scored(p, {"met": True}) == 4 and scored(p, {"met": False}) == 0
    # a denial joined by 或 covers every failing case
    p = propose("台账齐全并及时更新的,得4分,不齐全或未及时更新的不得分", "4", "台账")
    assert p.confident, p.unplaced
    assert types(p) == ["all_or_nothing"] or types(p) == ["choice"]
    # the score of the met situation short of the 分值 is not this reading
    p = propose("当年召开专题会议研究项目推进,得2分,没有的不得分", "3", "组织保障")
    assert not (p.confident and types(p) == ["all_or_nothing"])


def test_a_requirement_with_its_points_in_brackets_is_to_check():
    """“各县(区)按要求建立项目台账并按月更新(2分)”: only the 分值 is given; met or not is read, not said."""
    p = propose("各县(区)按要求建立项目台账并按月更新(2分)。", "2", "台账管理")
    assert types(p) == ["all_or_nothing"] and not p.confident
    assert scored(p, {"met": True}) == 2 and scored(p, {"met": False}) == 0
    # a deduction in the requirement is another rule
    p = propose("台账每缺1个月扣0.5分(2分)", "2", "台账管理")
    assert types(p) != ["all_or_nothing"]
    # brackets worth less than the 分值 are a part, not the requirement
    assert types(propose("按要求建立项目台账(1分)", "2", "台账管理")) != ["all_or_nothing"]


def test_only_the_breach_is_stated_is_to_check():
    """“缺1项材料,不得分”: the requirement met scoring the 分值 is not said."""
    for text in ("缺1项材料,不得分", "不达标准,不得分", "1项不符合要求,不得分"):
        p = propose(text, "2", "材料")
        assert types(p) == ["all_or_nothing"] and not p.confident, text
        assert scored(p, {"met": True}) == 2 and scored(p, {"met": False}) == 0
    assert types(propose("每缺1项材料扣1分,不得分", "2", "材料")) != ["all_or_nothing"]


def test_any_fault_costing_the_whole_points_zeroes_it():
    """“要求…;未落实的,扣2分” on 2 points, “1.未制定方案的,扣6分;2.未明确专人的,扣6分” on 6: any fault zeroes."""
    p = propose("建立工作台账,明确专人负责,定期报送进展。未落实的,扣2分。", "2", "台账")
    assert p.confident, p.unplaced
    assert types(p) == ["all_or_nothing"]
    assert p.items[0]["params"]["condition"] == "建立工作台账,明确专人负责,定期报送进展"
    assert scored(p, {"met": True}) == 2 and scored(p, {"met": False}) == 0
    p = propose("1.未制定项目实施方案的,扣6分。2.未以正式文件明确项目负责人的,扣6分。", "6", "实施方案")
    assert types(p) == ["all_or_nothing"]
    assert scored(p, {"met": False}) == 0 and scored(p, {"met": True}) == 6
    # a fault costing less than the 分值 is not all or nothing
    p = propose("建立工作台账,明确专人负责。未落实的,扣1分。", "2", "台账")
    assert types(p) != ["all_or_nothing"] or not p.confident
    # faults of different cost are not one condition
    assert types(propose("1.未制定方案的,扣6分;2.未明确专人的,扣3分", "6", "方案")) != ["all_or_nothing"]


# ── 情形选择 ────────────────────────────────────────────────────────────────
def test_a_question_and_its_situations_in_brackets():
    """“…是否按期完成(按期完成:4分,延期完成:2分,未完成:0分)”: every situation kept, 0 included."""
    p = propose("项目是否按期完成(按期完成:4分,延期完成:2分,未完成:0分)。", "4", "完成及时性")
    assert p.confident, p.unplaced
    assert types(p) == ["choice"]
    assert [(o["label"], o["score"]) for o in p.items[0]["params"]["options"]] == [
        ("按期完成", "4"), ("延期完成", "2"), ("未完成", "0")]
    assert scored(p, {"option": option(p, "延期完成")}) == 2
    assert scored(p, {"option": option(p, "未完成")}) == 0
    # a situation written without a mark before its score (“未达到0分”) and one of 不得分
    p = propose("设备配置是否符合合同约定(符合的得3分,未达到0分)", "3", "设备配置")
    assert [o["score"] for o in p.items[0]["params"]["options"]] == ["3", "0"]
    p = propose("是否建立考核机制,已建立:2分,正在建立:1分;未建立不得分。", "2", "考核机制")
    assert types(p) == ["choice"] and len(p.items[0]["params"]["options"]) == 3
    assert scored(p, {"option": option(p, "正在建立")}) == 1


def test_situations_that_are_not_all_scored_are_not_this_reading():
    # a piece without a score, or a range of values, is not a situation of the question
    p = propose("项目是否按期完成(按期完成:4分,延期完成的酌情扣分)", "4", "完成及时性")
    assert not p.confident
    p = propose("资金是否及时到位(到位率≥90%:4分,到位率<90%:0分)", "4", "资金到位")
    assert types(p) != ["choice"]
    # degrees of quality stay the evaluator's judgement
    p = propose("是否符合规划,完全符合:3分,基本符合:2分,部分符合:1分;不符合:0分。", "3", "相符性")
    assert types(p) == ["choice"] and not p.confident
    assert scored(p, {"option": option(p, "部分符合")}) == 1


# ── 要点核查 ────────────────────────────────────────────────────────────────
def test_points_each_followed_by_their_points():
    """“制度健全(1分),执行到位(2分)”, “1、A1分;2、B2分”: points adding up to the 分值."""
    p = propose("管理办法健全、规范(1分),档案资料完整(1.5分),验收程序合规(1.5分)", "4", "项目管理")
    assert p.confident, p.unplaced
    assert types(p) == ["checklist"]
    assert [(q["label"], q["max"]) for q in p.items[0]["params"]["points"]] == [
        ("管理办法健全、规范", "1"), ("档案资料完整", "1.5"), ("验收程序合规", "1.5")]
    assert scored(p, {"points": {"p1": "met", "p2": "not_met", "p3": "met"}}) == Decimal("2.5")
    # numbered, the points without brackets, a closing “没有不得分” (to check: it restates the points)
    p = propose("1、项目管理制度2分;2、资金管理制度1分;3、有制度执行记录1分。没有不得分。", "4", "制度建设")
    assert types(p) == ["checklist"] and len(p.items[0]["params"]["points"]) == 3
    assert scored(p, {"points": {"p1": "met", "p2": "met", "p3": "not_met"}}) == 3


def test_points_in_brackets_joined_by_a_pause_mark():
    p = propose("台账资料齐全(1分)、规范(1分)、及时归档(1分)", "3", "台账")
    assert p.confident, p.unplaced
    assert [q["label"] for q in p.items[0]["params"]["points"]] == ["台账资料齐全", "规范", "及时归档"]
    assert scored(p, {"points": {"p1": "met", "p2": "met", "p3": "not_met"}}) == 2


def test_a_question_about_a_plan_is_not_a_scoring_segment():
    """“项目是否按计划完成,按计划完成得4分,未按计划完成不得分”: 计划 is not 计 (a score)."""
    p = propose("项目是否按计划完成,按计划完成得4分,未按计划完成不得分", "4", "完成情况")
    assert p.confident, p.unplaced
    assert types(p) == ["choice"]
    assert sorted(o["score"] for o in p.items[0]["params"]["options"]) == ["0", "4"]


def test_points_that_do_not_add_up_are_not_this_reading():
    p = propose("管理办法健全(1分),档案资料完整(1分)", "4", "项目管理")
    assert not p.confident
    # a point that reaches the 分值 alone is a situation, not a point
    p = propose("管理办法健全(2分),档案资料完整(2分)", "2", "项目管理")
    assert not (p.confident and types(p) == ["checklist"])


def test_sentences_each_a_yes_or_no():
    """“A:1分,否则不得分;是否B,进行B1分,未进行0分”: the points of one 要点核查."""
    p = propose("项目成立领导小组,分工明确:1分,否则不得分;是否对实施人员进行业务培训,进行培训1分,未培训0分。",
                "2", "支撑条件")
    assert types(p) == ["checklist"]
    assert [q["max"] for q in p.items[0]["params"]["points"]] == ["1", "1"]
    assert scored(p, {"points": {"p1": "met", "p2": "not_met"}}) == 1
    # sentences worth more than the 分值 are not its points
    p = propose("成立领导小组:2分,否则不得分;进行培训2分,未培训0分。", "2", "支撑条件")
    assert not (p.confident and types(p) == ["checklist"])


def test_faults_that_speak_of_results_obtained():
    """“分流人员未得到合理安置扣5分”: 得到 is not a score, so the faults are read as before."""
    p = propose("未实行岗位责任制扣5分;分流人员未得到合理安置扣5分", "10", "管理体制")
    assert types(p) == ["checklist"]
    assert [q["max"] for q in p.items[0]["params"]["points"]] == ["5", "5"]
    assert scored(p, {"points": {"p1": "met", "p2": "not_met"}}) == 5


def test_faults_that_each_leave_a_score_are_situations_to_check():
    """“查…情况,未报送的不得分,报送不及时的扣1分”: none found is the full marks the text leaves unsaid."""
    p = propose("查看项目台账的登记情况,未建立台账的不得分,登记不及时的扣1分", "3", "台账登记")
    assert types(p) == ["choice"] and not p.confident
    assert sorted(o["score"] for o in p.items[0]["params"]["options"]) == ["0", "2", "3"]
    assert scored(p, {"option": option(p, "无上述问题")}) == 3
    assert scored(p, {"option": option(p, "登记不及时")}) == 2
    assert scored(p, {"option": option(p, "未建立台账")}) == 0
    # a deduction per case is not one situation
    p = propose("查看项目台账,未建立台账的不得分,每缺1个月登记扣1分", "3", "台账登记")
    assert types(p) != ["choice"]


def test_situations_with_their_scores_in_a_column_of_their_own():
    """“…取得认证 2;…未取得认证 1.5;…0”: the 分 left out, so the proposal is to check."""
    p = propose("有操作规程,按规程实施,取得认证 3;有操作规程,按规程实施,未取得认证 2;有规程,未按规程实施 1;"
                "没有操作规程 0", "3", "规范化生产")
    assert types(p) == ["choice"] and not p.confident
    assert [o["score"] for o in p.items[0]["params"]["options"]] == ["3", "2", "1", "0"]
    assert scored(p, {"option": option(p, "有规程,未按规程实施")}) == 1
    # two scores that are the same are not situations told apart
    assert types(propose("有规程 2;按规程实施 2;没有规程 0", "2", "规范化生产")) != ["choice"]


def test_parts_that_each_open_with_their_points_then_met_or_not():
    """“本项满分5分;A建设3分,…的得3分,否则得0分;B建设2分,…的得2分,否则得0分”: one 全有或全无 each."""
    p = propose("本项满分5分。污水管网建设3分,当年计划管网已全部建成的得3分,否则得0分。"
                "监测站点建设2分,应建站点已建成并联网的得2分,否则得0分。", "5", "设施建设")
    assert p.confident, p.unplaced
    assert types(p) == ["all_or_nothing", "all_or_nothing"]
    assert [(it["label"], it["max"]) for it in p.items] == [("污水管网建设", "3"), ("监测站点建设", "2")]
    assert scored(p, {"met": True}, 0) + scored(p, {"met": False}, 1) == 3
    # parts that do not add up to the 分值 are not this reading
    p = propose("本项满分6分。污水管网建设3分,管网建成的得3分,否则得0分。监测站点建设2分,站点建成的得2分,否则得0分。",
                "6", "设施建设")
    assert types(p) != ["all_or_nothing", "all_or_nothing"]


def test_a_single_case_that_zeroes_the_points_beside_a_proportional_part():
    """“建立…的,得3分,发现1户未纳入的此分值扣完;…的,得4分,未完成的按实际比例计分”: two parts, each its rule."""
    p = propose("建立受益农户花名册的,得3分,发现1户未登记的此分值扣完;按照批复将补助资金发放到户的,得4分,"
                "未完成的按实际比例计分。", "7", "资金发放")
    assert [(it["type"], it["max"]) for it in p.items] == [("all_or_nothing", "3"), ("completion", "4")]
    assert not p.confident  # “1户” is a count the yes/no holds only as its words
    assert scored(p, {"met": False}, 0) == 0 and scored(p, {"met": True}, 0) == 3
    assert scored(p, {"rows": [{"target": "100", "actual": "75"}]}, 1) == 3
    # a case counted more than once is a deduction, not a condition denied
    p = propose("建立受益农户花名册的,得3分,发现2户未登记的此分值扣完", "3", "花名册")
    assert types(p) != ["all_or_nothing"] or not p.confident


CONFIDENT = [
    ("当年召开专题会议研究项目推进,得3分,没有的不得分", "3"),
    ("有专门的项目管理机构负责3分;没有不得分", "3"),
    ("建立工作台账,明确专人负责,定期报送进展。未落实的,扣2分。", "2"),
    ("项目是否按期完成(按期完成:4分,延期完成:2分,未完成:0分)。", "4"),
    ("管理办法健全、规范(1分),档案资料完整(1.5分),验收程序合规(1.5分)", "4"),
]


def test_words_added_to_a_confident_text_are_not_read_away():
    for text, weight in CONFIDENT:
        assert propose(text, weight, "测试").confident, text
        for extra in (";另行通报批评", ",视完成情况", ";年底前报送总结"):
            p = propose(text.rstrip("。") + extra, weight, "测试")
            assert not p.confident, (text + extra, p.summary)


def test_the_full_situation_then_the_faults_and_what_they_cost():
    """“按时报送计2分,逾期扣1分”: two situations, the second the 分值 less its deduction."""
    p = propose("按时报送年度总结计2分,逾期扣1分", "2", "总结报送")
    assert p.confident, p.unplaced
    assert types(p) == ["choice"]
    assert scored(p, {"option": option(p, "按时报送年度总结")}) == 2
    assert scored(p, {"option": option(p, "逾期")}) == 1
    # in a numbered text, each part with its points after its first words
    p = propose("1、年度计划全部报送的2分,缺1项扣0.5分,扣完为止;2、计划内容规范1分,不规范扣0.5分;"
                "3、按时报送计2分,逾期扣1分。", "5", "计划报送")
    assert [(it["type"], it["max"]) for it in p.items] == [("deduction", "2"), ("choice", "1"), ("choice", "2")]
    assert scored(p, {"count": 1}, 0) == Decimal("1.5")
    assert scored(p, {"option": option(p, "不规范", 1)}, 1) == Decimal("0.5")
    # two faults short of the 分值 may both be found: adding up to it, each fault is a point worth its deduction
    p = propose("按时报送计3分,逾期扣1分,内容不全扣2分", "3", "总结报送")
    assert types(p) == ["checklist"] and not p.confident
    assert [pt["max"] for pt in p.items[0]["params"]["points"]] == ["1", "2"]
    # something missing may be counted per item: to check
    p = propose("资料齐全计3分,缺少资料扣1分", "3", "资料")
    assert types(p) == ["choice"] and not p.confident
    # one counted case short of the 分值 may happen again: not two situations
    p = propose("全部落实计3分,有1项未落实扣1分", "3", "整改落实")
    assert types(p) != ["choice"] or not p.confident


def test_scores_without_a_figure_and_situations_written_with_signs():
    """“有则得分,无则不得分”: 得分 with no figure is the whole 分值; “是=2分,否=0分”, “是(2分),否(0分)”,
    “规范2分,较规范1分,不规范0分”: situations with their scores."""
    for text in ("有则得分,无则不得分", "建立台账得分,未建立不得分"):
        p = propose(text, "2", "台账")
        assert p.confident, (text, p.unplaced)
        assert types(p) == ["all_or_nothing"]
        assert scored(p, {"met": True}) == 2 and scored(p, {"met": False}) == 0
    for text in ("是=2分,否=0分", "是(2分),否(0分)"):
        p = propose(text, "2", "是否公开")
        assert p.confident, (text, p.unplaced)
        assert scored(p, {"option": option(p, "是")}) == 2 and scored(p, {"option": option(p, "否")}) == 0
    p = propose("规范3分,较规范2分,不规范0分", "3", "规范性")
    assert types(p) == ["choice"]
    assert scored(p, {"option": option(p, "较规范")}) == 2
    # the best situation short of the 分值, or two situations alike, are not this reading
    assert types(propose("是=1分,否=0分", "2", "是否公开")) != ["choice"]
    assert types(propose("规范2分,较规范2分,不规范0分", "2", "规范性")) != ["choice"]


def test_equal_points_listed_after_their_share_or_before_it():
    """“以下三项各1分:1.…;2.…;3.…”, “满足以下要求:①…;②…;③…;每满足一项得1分”: the points named by the list."""
    for text in ("以下三项各1分:1.方案经过论证;2.预算经过评审;3.资料按时归档",
                 "满足以下要求:①方案经过论证;②预算经过评审;③资料按时归档;每满足一项得1分"):
        p = propose(text, "3", "前期工作")
        assert types(p) == ["checklist"], text
        assert [q["label"] for q in p.items[0]["params"]["points"]] == ["方案经过论证", "预算经过评审", "资料按时归档"]
        assert scored(p, {"points": {"p1": "met", "p2": "not_met", "p3": "met"}}) == 2
    # a list that does not fill the 分值 does not name its points
    p = propose("满足以下要求:①方案经过论证;②预算经过评审;③资料按时归档;每满足一项得1分", "4", "前期工作")
    assert not p.confident
    assert [q["label"] for q in p.items[0]["params"]["points"]] != ["方案经过论证", "预算经过评审", "资料按时归档"]


def test_grades_with_bracketed_scores_are_situations_judged_by_the_team():
    """“优(5分)、良(3分)、中(1分)、差(0分)”: the situations are read, the grade is the evaluator's judgement."""
    p = propose("优(5分)、良(3分)、中(1分)、差(0分)", "5", "质量等级")
    assert types(p) == ["choice"] and not p.confident
    assert [o["score"] for o in p.items[0]["params"]["options"]] == ["5", "3", "1", "0"]
    assert scored(p, {"option": option(p, "中")}) == 1
    p = propose("已公开(2分);未公开(0分)", "2", "信息公开")
    assert p.confident, p.unplaced
    assert scored(p, {"option": option(p, "已公开")}) == 2 and scored(p, {"option": option(p, "未公开")}) == 0


# ── questions as criteria ───────────────────────────────────────────────────
def condition(p):
    return p.items[0]["params"]["condition"]


def test_a_question_scored_by_the_row_is_met_or_not_and_to_check():
    """“是否开展了巡查。”, “档案是否为原件。”: the question turned into its condition; the score is not said."""
    for text, cond in (("是否开展了巡查。", "开展了巡查"),
                       ("是否对破损护栏进行了更换。", "对破损护栏进行了更换"),
                       ("报账凭证是否为原件。", "报账凭证为原件"),
                       ("苗木或种子是否有检疫证明?", "苗木或种子有检疫证明")):
        p = propose(text, "4", "管护")
        assert types(p) == ["all_or_nothing"], (text, p.summary)
        assert condition(p) == cond
        assert not p.confident and any("问句作为条件" in u for u in p.unplaced)
        assert scored(p, {"met": True}) == 4 and scored(p, {"met": False}) == 0


def test_a_question_about_a_fault_is_met_by_its_denial():
    """“是否发生安全事故。”: full marks when it did not happen; “…,是否造成…” joins the denial to the first question."""
    p = propose("是否发生安全责任事故。", "5", "安全")
    assert condition(p) == "未发生安全责任事故" and not p.confident
    p = propose("是否清理了河道,清理是否造成河岸坍塌。", "5", "河道清理")
    assert condition(p) == "清理了河道，且清理未造成河岸坍塌"
    assert scored(p, {"met": True}) == 5


def test_a_figure_asked_about_keeps_its_basis():
    """“…的面积是多少,是否达到200亩,以验收图斑为准。”: the figure asked, the line it must reach, what it is taken from."""
    p = propose("当年完成改造的面积是多少,是否达到200亩,以验收图斑为准。", "10", "改造面积")
    assert condition(p) == "当年完成改造的面积达到200亩（以验收图斑为准）"
    assert not p.confident and any("数值由评价组判断" in u for u in p.unplaced)
    p = propose("新建绿地面积多少亩,是否达到50亩。", "10", "绿地")
    assert condition(p) == "新建绿地面积达到50亩"


def test_questions_that_are_not_one_condition():
    """Questions with their scores, several things asked, or alternatives are other readings."""
    # the scores said: another wording reads them
    p = propose("是否建立台账(建立得2分,未建立0分)。", "2", "台账")
    assert not (types(p) == ["all_or_nothing"] and "问句作为条件" in " ".join(p.unplaced))
    # two things asked, neither a fault: points to check, not one condition
    for text in ("是否制定了方案,是否落实了资金。", "是否按期开工还是延期开工。"):
        p = propose(text, "4", "实施")
        assert types(p) != ["all_or_nothing"], (text, p.summary)


# ── what zeroes the row, said in other words ────────────────────────────────
def zeroed(text, weight):
    """The proposal of ``text``, checked to be a 全有或全无 on the whole 分值 that is to check."""
    p = propose(text, weight, "管理要求")
    assert types(p) == ["all_or_nothing"], (text, p.summary)
    assert not p.confident and "满足要求时得满分，评分标准未明说" in p.unplaced, p.unplaced
    assert scored(p, {"met": True}) == Decimal(weight) and scored(p, {"met": False}) == 0
    return condition(p)


def test_a_requirement_then_its_denial_zeroing_the_row():
    """“…,达不到标准不计分”, “…,否则不得分” after a requirement, “…,未落实的不得分”: the requirement is the condition."""
    assert zeroed("资料归档率达100%、上报率达100%,达不到标准不计分。", "6") == "资料归档率达100%、上报率达100%"
    assert zeroed("通过公示栏、网站或广播公示。(4分)至少2种公示方式,否则不得分。", "4") == \
        "通过公示栏、网站或广播公示,至少2种公示方式"
    assert zeroed("各社区配备网格员,落实补贴经费,未落实的不得分。", "2") == "各社区配备网格员,落实补贴经费"
    # words holding 分 that are no score (分配、充分) are part of the requirement
    assert zeroed("按方案做好经费分配,依据充分,否则不得分", "2") == "按方案做好经费分配,依据充分"


def test_faults_each_zeroing_the_row():
    """“没有…,本项不得分;…的,本项不得分”, “①…的,扣8分;②…的,扣8分” on 8 points, “超过…本项不得分”: met when none
    is found; how the team checks (“查看…”) and what follows besides the score (“并通报批评”) are not faults."""
    assert zeroed("查看值班记录,没有值班记录,本项不得分;节假日未安排值班的,本项不得分", "2") == \
        "无：没有值班记录、节假日未安排值班"
    assert zeroed("①未按期提交年度报告的,扣8分;②检查发现虚报数据的,扣8分,并通报批评。", "8") == \
        "无：未按期提交年度报告、检查发现虚报数据"
    assert zeroed("超过核定的支出标准本项不得分", "3") == "无：超过核定的支出标准"
    p = propose("①未按期提交年度报告的,扣8分;②检查发现虚报数据的,扣8分,并通报批评。", "8", "报告")
    assert any("并通报批评" in u and "不计分的后果" in u for u in p.unplaced)


def test_what_does_not_zero_the_whole_row():
    """A fault costing less than the 分值, a line on a figure, or a part left to judgement are other readings."""
    p = propose("①未按期提交的,扣8分;②虚报数据的,扣4分", "8", "报告")
    assert types(p) != ["all_or_nothing"]
    p = propose("无考核办法的,扣1分,未落实经费分配酌情扣分。", "1", "考核")
    assert types(p) != ["all_or_nothing"]
    p = propose("到位率低于90%不得分", "3", "资金到位率")
    assert not (types(p) == ["all_or_nothing"] and "满足要求时得满分，评分标准未明说" in p.unplaced)
    p = propose("完成全年任务,考核优秀的得满分,否则不得分,每少1项扣1分", "3", "任务完成")
    assert not (types(p) == ["all_or_nothing"] and "满足要求时得满分，评分标准未明说" in p.unplaced)
