"""Deductions per case and steps on a share, read where unseen tables word them otherwise: a case found on inspection
said 一起 (“每查实一起扣2分”), a day of a fault (“无故缺勤1天扣5分”), a comma between the case and its cost (“不按时上报1次,
扣2分”), each kind of fault (“每类扣1分”), a weight misused (“每发现挪用1斤扣0.5分”) and a case found with its points and no
扣 (“…无纸屑;发现1处2分”).

Each class has made-up texts in the style of published 评分标准, with the rule they must give and the score of a few
situations, and near misses that must not be read that way, or not confidently.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from tests.proposals import by_count, readings, sole


def _per_case(text: str, weight: str, per: str) -> None:
    """The text is read as a deduction of ``per`` for each case found, down to 0, to check."""
    p = propose(text, weight, "管理")
    assert Decimal(sole(p, "deduction")["per"]) == Decimal(per) and not p.confident
    assert by_count(p, "0") == Decimal(weight)
    assert by_count(p, "1") == Decimal(weight) - Decimal(per)
    assert by_count(p, "99") == 0


def _deductions(text: str, weight: str) -> list[str]:
    return [it["params"]["per"] for found in readings(text, weight) for it in found.items if it["type"] == "deduction"]


@pytest.mark.parametrize("text, weight, per", [
    # a case found on inspection said 一起: “每查实一起扣2分”
    ("经核实,每查实一起违规收费扣2分。", "10", "2"),
    ("对群众投诉每查出一起属实的扣1.5分,扣完为止", "6", "1.5"),
    ("2、有推诿群众办事情形的,每查实一起扣1分;", "4", "1"),
    # a day of a fault: “无故缺勤1天扣5分”
    ("每月按22个工作日计,无故旷工1天扣4分", "20", "4"),
    ("值班人员擅自离岗1天,扣2分", "10", "2"),
    ("全年按250天计算,无故缺勤1天扣1分。", "8", "1"),
    # a comma between the case and its cost: “不按时上报1次,扣2分”
    ("不按时上报一次,扣2分。", "10", "2"),
    ("台账不按规定填写1次,扣1分", "8", "1"),
    ("未按要求参加培训1次,扣0.5分;", "3", "0.5"),
    # each kind of fault: “每类扣1分”
    ("使用不同终端访问网站,页面显示错乱的,每类扣1分", "2", "1"),
    ("页面链接无法打开的,每类扣0.5分", "3", "0.5"),
    ("档案资料不齐全,每类扣2分,扣完为止", "10", "2"),
    # a weight misused: “每发现挪用1斤扣0.5分”
    ("有台账,得10分,每发现私自变卖1公斤扣1分,扣完为止", "10", "1"),
    ("每发现挪用物资1吨扣2分", "10", "2"),
    ("专料专用,得6分;每发现挪作他用1斤扣0.2分,直至扣完为止", "6", "0.2"),
])
def test_each_case_found(text, weight, per):
    _per_case(text, weight, per)


# ── a case found with its points and no 扣: “…无纸屑;发现1处2分” ───────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, per", [
    ("室内无灰尘、无蛛网、地面干净;发现1处1.5分", "12", "1.5"),
    ("走廊无杂物、无乱贴乱画。发现一处1分。", "10", "1"),
    ("楼道无烟头、无痰迹,每发现1处0.5分", "5", "0.5"),
])
def test_a_case_found_with_its_points_unsaid(text, weight, per):
    _per_case(text, weight, per)
    assert any("未写“扣”" in u for u in propose(text, weight, "卫生").unplaced)


@pytest.mark.parametrize("text, weight", [
    ("与相关部门一起开展检查扣分由考核组确定。", "5"),  # 一起 as “together”: no case counted
    ("报表逾期1天扣1分", "10"),  # a day late is a delay, not a case counted
    ("材料迟交1天,扣1分", "10"),
    ("无故缺勤1天扣12分", "10"),  # a day costs more than the 分值: no count
    ("缺少1类资料,扣1分;1类资料不规范按照现场情况扣1-2分", "3"),  # a kind short of a list the text does not give
    ("每类得1分", "3"),  # points earned, not taken
    ("室内无灰尘、无蛛网;发现1处得1.5分", "12"),  # points earned
    ("室内无灰尘;每发现1处加1分", "12"),  # points added
    ("室内无灰尘;发现1处12分", "12"),  # the 分值 itself: no count
])
def test_near_miss_no_case_counted(text, weight):
    assert _deductions(text, weight) == []
