"""Made-up texts that were read confidently and wrong: a full situation beside a thing of another matter not done that
scores nothing (“建立制度得5分,未开展培训的不得分”), and the near misses beside them.

The texts are written for these tests in the styles of county assessment tables and 绩效评价 scoring sheets (none is
taken from the rule corpus). Each asks that the proposal be unsure, or score the situations as the text says.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from tests.proposals import full_or_nothing, to_check


# ── a thing of another matter not done scoring nothing beside the full situation (“建立制度得5分,未开展培训的不得分”): ──
# ── both may hold (a system built, no training: the text gives 0, a choice offers 5) or neither ───────────────────────
@pytest.mark.parametrize("text", [
    "建立制度得5分,未开展培训的不得分",
    "建立制度的,得5分;未开展培训的,不得分。",
    "①建立管理制度得5分;②未组织业务培训的不得分",
    "开展培训得5分,没有方案的不得分",
    "开展培训 得5分,没有培训方案的,本项不得分",
    "全部完成的得满分,未缴纳的,不得分",
    "按期完成改造任务的得满分;未签订责任书的,不得分",
    "档案资料齐全得5分,没有实施方案的不得分",
    "设立专项账户,得5分;未公开资金使用情况的,得0分",
    "积极开展宣传活动的记5分,无专职人员不记分。",
    "建立项目库的,记5分,无入库项目的记0分",
    "建立项目库得5分,当年无新入库项目不记分",
    "建立制度计5分;没开展培训不得分",
    "开展培训得5分,未建立的不得分",
])
def test_a_thing_of_another_matter_not_done_scoring_nothing_is_to_check(text):
    to_check(text, "5", "可能同时出现")


def test_the_thing_not_done_said_first_stays_to_check():
    p = propose("未建立工作台账的不得分,按时报送统计报表的得5分", "5", "指标")
    assert not p.confident, p.summary


# ── near misses: the full situation denied in other words, a bare denial (未落实, 未达到, 不符合, 未完成), what the ───────
# ── zero denies said before it (“有服务站…,未建立站点”), or a full situation that is only a requirement met ──────────
@pytest.mark.parametrize("text", [
    "落实到位得5分,未落实的不得分",
    "定期对村医进行考核得5分,未开展考核工作的不得分",
    "按时缴纳得5分,未缴纳的不得分",
    "有方案得5分,无方案不得分",
    "成立领导小组得5分,无领导小组的不得分",
    "建立台账的,得5分;未建立台账的,不得分。",
    "完成年度任务得5分,未完成的不得分",
    "资金足额到位的得5分;未达到要求的不得分",
    "严格执行采购制度得5分,不符合要求的不得分",
    "符合标准得5分,未配备专职人员的不得分",
    "达到要求的,得5分;未建立台账的不得分",
    "在检查中保持队伍人员稳定,得5分;不能保持人员稳定并随意更换人员,不得分。",
    "服务站有人员、有场所,开展便民服务活动的记5分,未设立场所和无人员的不记分",
    "各乡镇出台社会救助工作的考核办法,得5分。未出台上述办法,得0分。",
    "(1)宣传栏设在村部显眼处5分(2)未设宣传栏或宣传内容过期0分",
    "工作机制健全运行顺畅得5分,工作机制未建立的不得分",
    "制度健全、台账完整得5分;未建立、无台账的不得分",
    "考核内容全面得5分,无年度考核的不得分",
    "配合上级开展检查得5分,出现不配合现象的不得分",
    # (a breach of the full situation's own matter, not a fault of another)
    "达到考核指标的得5分,低于考核指标的不得分",
    "按规定标准收费得5分,擅自提高收费标准的不得分",
    "无安全事故得5分,发生安全事故的不得分",
    "资料齐全得5分,资料不全的不得分",
])
def test_near_miss_the_full_situation_denied_in_other_words_stays_sure(text):
    full_or_nothing(text)


# ── a fault sharing no word with the full situation and naming no lack, scoring nothing (“按时报送得5分,数据错误的不得 ──
# ── 分”): both may hold (a report on time with errors) or neither (a breach of the full situation's own matter: above) ─
@pytest.mark.parametrize("text", [
    "按时报送得5分,数据错误的不得分",
    "建立制度得5分,出现安全事故的不得分",
    "资料报送及时的得5分;报表数据有误的,不得分",
    "按月公开信息,得5分;发生泄密事件的,记0分",
])
def test_a_fault_of_another_matter_scoring_nothing_is_to_check(text):
    to_check(text, "5", "可能同时出现")

