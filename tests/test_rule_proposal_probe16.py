"""Made-up texts that were read confidently and wrong: the forms of a zero of another matter beside the full situation
that the probe before left sure (a lack said without 未, three situations or more, a misuse of a thing set up, one of
requirements joined by 、 denied, a commendation beside a fault), and the near misses beside them.

The texts are written for these tests in the styles of county assessment tables and 绩效评价 scoring sheets (none is
taken from the rule corpus). Each asks that the proposal be unsure, or score the situations as the text says.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from tests.proposals import D, full_or_nothing, picked, to_check


@pytest.mark.parametrize("text", [
    # a thing of another matter lacking, said without 未: a system built with its papers incomplete holds both (the
    # text gives 0, a choice offers 5)
    "建立制度得5分,资料不全的不得分",
    "建立管理制度的,得5分;台账缺失的,不得分。",
    "按时报送得5分,报送资料不全的不得分",
    "按时完成整改 记5分;整改资料缺失的 记0分",
    "建立台账得5分,台账资料不完整的不得分",
    "①设立资金专户得5分;②资料不全得0分",
    "资料归档及时的,得5分;档案资料不完整的,不得分。",
    # three situations or more, the zero of another matter than each of the others: all done without training holds
    # two of them
    "全部完成得5分,部分完成得3分,未开展培训的不得分",
    "建立制度得5分,制度不完善得3分,未开展培训的不得分",
    "①任务全部完成的,得5分;②基本完成的,得3分;③未签订责任书的,得0分",
    "全部完成得5分,部分完成得3分,资料不全的不得分",
    "全部完成得5分;基本完成得3分;挪用资金的不得分",
    "全部完成 得5分,部分完成 得3分,发生安全事故的 不得分",
    "受到国家级表彰得5分,受到省级表彰得3分,被通报批评的不得分",
    "建立制度得5分;资料不全的不得分;未开展培训的不得分",
    "按时完成得5分,未按时完成的不得分,被通报批评的不得分",
    # a thing set up or held and a misuse of it: an account set up and its funds misused hold both
    "设立专户管理得5分,挪用专户资金的不得分",
    "建立项目台账得5分,台账弄虚作假的不得分",
    "制定实施方案的得5分;擅自变更方案内容的,不得分",
    "成立工作专班 得5分;专班人员频繁变动的 得0分",
    "开展培训得5分,培训流于形式的不得分",
    "组织专题培训的,记5分;培训签到弄虚作假的,记0分",
    # a thing set up and not carried out: a system built and not followed holds both
    "建立制度得5分,制度未执行的不得分",
    "建立管理制度的,记5分;制度执行不到位的,记0分",
    # an event beside a requirement kept: the system in place and an accident happening hold both
    # a fault beside a thing done in time: a report on time with wrong figures holds both
    "按时报送得5分,报送数据有误的不得分",
    "及时报送信息的,得5分;报送信息出现错误的,不得分",
    "落实安全责任制得5分,发生安全责任事故的不得分",
    "①落实安全责任制 计5分;②出现安全责任事故 不计分",
    # a commendation beside a fault of any kind: most rows hold neither, and the text does not say what they score
    "被通报表扬的得5分;被通报批评的不得分",
    "被通报表扬得5分,被通报批评不得分",
    "工作受到市级表彰的,计5分;受到通报批评的,计0分",
    "获得省级先进称号得5分,被约谈的不得分",
    "年度内获上级通报表扬 记5分;被上级通报批评 记0分。",
])
def test_a_zero_that_may_hold_beside_the_full_situation_or_neither_is_to_check(text):
    to_check(text, "5", "可能同时出现")


# ── requirements joined by 、 with only one denied (“建立制度、开展培训的得5分,未开展培训的不得分”): a system built ──────
# ── and no training is the zero; training without a system is unsaid ───────────────────────────────────────────────
@pytest.mark.parametrize("text", [
    "建立制度、开展培训的得5分,未开展培训的不得分",
    "建立管理制度、组织业务培训,得5分;未组织培训的,不得分。",
    "①制定工作方案、召开专题会议的记5分;②未召开会议的记0分",
    "成立领导小组、明确工作职责 得5分,未成立领导小组的 不得分",
    "建立制度和开展培训的得5分,未开展培训的不得分",
    "制定方案及组织实施的,记5分;未组织实施的,记0分",
    "建立健全组织机构、明确职责分工的得5分,机构不健全的不得分",
    "有实施方案并组织实施的得5分;有方案未实施的不得分",
])
def test_requirements_joined_by_a_comma_with_one_denied_are_to_check(text):
    to_check(text, "5", "部分满足")


@pytest.mark.parametrize("text", ["全部完成得5分,缺乏佐证材料的不得分", "召开专题会议记5分;缺少会议记录记0分"])
def test_a_thing_lacking_said_with_its_verb_first_stays_to_check(text):
    p = propose(text, "5", "指标")
    assert not p.confident, p.summary


@pytest.mark.parametrize("text", [
    # every requirement denied, or 否则, or things listed (“(市、区)”, “选购、安装”)
    "建立制度、开展培训的得5分,未建立制度或未开展培训的不得分",
    "建立制度、开展培训的得5分,否则不得分",
    "县(市、区)成立协调机构的得5分,未成立的不得分",
    "出台设备选购、安装和管理办法的得5分;未出台的不得分",
    # the commendation denied, 否则, every other case (其他, 其余情况)
    "被通报表扬的得5分;未被通报表扬的不得分",
    "受到表彰得5分,未受到表彰的不得分",
    "获得省级表彰得5分,否则不得分",
    "被通报表扬的得5分;其他不得分",
    "被通报表扬的得5分;其余情况不得分",
    "按时报送得5分,其他情况不得分",
    # a breach of a requirement kept, the thing lacking or not set up
    "按规定标准收费得5分,擅自提高收费标准的不得分",
    "设立专用资金账户得5分;资金存入个人账户的不得分",
    "无安全责任事故得5分,发生安全责任事故的不得分",
    "配合检查得5分,出现不配合现象的不得分",
    "资金拨付及时得5分,资金拨付不及时的不得分",
    "按时报送统计报表得5分,逾期报送的不得分",
    "建立制度和台账的得5分,否则不得分",
    "建立健全管理制度得5分,制度不健全的不得分",
    "成立领导小组得5分,领导小组未成立的不得分",
    "建立管理制度得5分,管理制度未建立的不得分",
    "开展培训得5分,未开展的不得分",
    "设立专户得5分,未设立专户的不得分",
    "设立专户得5分,专户未设立的不得分",
    # the full situation's own thing lacking (“资料齐全”/“资料不全”, “建立台账”/“台账缺失”)
    "资料齐全得5分,资料不全的不得分",
    "档案资料完整得5分,资料缺失的不得分",
    "建立健全管理制度得5分,缺少制度的不得分",
    "建立台账得5分,台账缺失的不得分",
    "建立工作台账的,得5分;缺少工作台账的,不得分",
])
def test_near_miss_the_full_situation_or_else_nothing_stays_sure(text):
    full_or_nothing(text)


# ── near misses of three situations: the zero the denial of the others (未完成, 未报送), or pointing back at them ──────
@pytest.mark.parametrize("text", [
    "全部完成得5分,部分完成得3分,未完成的不得分",
    "全部完成得5分,部分完成得3分,未开展的不得分",
    "按时报送得5分,逾期报送得3分,未报送的不得分",
    "内容详实准确得5分;介绍不完整的得3分;无此项内容的得0分",
])
def test_near_miss_three_situations_with_their_own_zero_stay_sure(text):
    p = propose(text, "5", "指标")
    assert p.confident and p.kind == "choice", p.unplaced
    assert [picked(p, k) for k in range(3)] == D(5, 3, 0)
