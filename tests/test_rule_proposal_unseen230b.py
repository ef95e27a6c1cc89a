"""The rows of a hotel skills sheet (铺床, 摆台, 前台 service): short requirements, the parts of a bed or a table each worth a
share, and a length a thing is set at:

- a step kept or not, said in a few characters, no score said (``all_or_nothing._bare_requirement``, ``_STEP_KEPT``):
  where a thing faces or lies (“毛边向下”, “开口朝向床尾”, “台面中心位置”, “椅距均等”), how it is handled (“双手拉椅”,
  “操作时拿柄”, “一次成形”), a slip that must not happen (“不偏离中线”), a service step done (“确认付款方式”, “办理预付款”,
  “祝客人入住愉快”); a cell pointing to the sheet's figure (“位置:见图”). Near misses: a quality weighed (“自然、大方、
  得体”, “动作轻快”), a topic named (“服务态度”), a scoring standard elsewhere (“评分标准见附页”);
- the words such a step holds that score nothing: all round a thing (“四周”, normalised “4周”), a part of a thing by where
  it lies (“边缘部分”, “床头部分”; never “部分完成”), a length in 公分, a room assigned (分房), the clockwise order a thing
  is set in (“按顺时针方向”), the information a step is done from (“根据客人信息,推荐…”; never “根据情况扣分”);
- a length a thing is set at or the share of a length it lies at (“拉出50厘米”, “间距1.5cm”, “置于盘边1/3处”), and a count
  at most (“最多4次整理成形”): figures the team checks (``all_or_nothing._kept_by_a_date``);

- each part's share of a state it is to be in (“四角饱满(每角0.5分)”, “四边塞边平整、紧实(每侧1分)”, “被子四面饱满,每角2.5分”,
  “与花瓶三点一线(每组1分)”): a part not in the state loses its share, down to 0 — a deduction per part
  (``wording.held_each``, ``deduction._share_of_each_part``), never points earned per part counted; always to check
  (shares are said, not deductions). Near misses: things done or had, counted (“有工作方案(每份0.5分)”, “示范基地建设1-2个
  (每个5分)”), a share that does not make the row's points, a single part;
- a length past the one a thing is set at, each unit over costing points (“两侧下垂相同(每超1厘米扣1分)”, “翻折30cm,
  超出1cm扣1分,以此类推”), read with the measures out of tolerance (``deduction._out_of_tolerance``). Near miss: “每超1%”,
  a limit's excess;
- points listed, then a note that any one of them failing costs points (“…;注:以上一项不合格扣1分”, “上述一项…”): a
  deduction per point failed (``deduction._COUNTED``).
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.frameworks.proposal import propose
from services.scoring.rules.wording import held_each, normalize
from tests.proposals import D, by_count, met_or_not, readings, sole


# ── each part's share of a state ─────────────────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, unit, per, count", [
    ("四角饱满(每角1分)", "4", "角", "1", "1"),
    ("四角成直角,平整、挺括(每角2分)(8分)", "8", "角", "2", "3"),
    ("1、四边塞边紧实、平整(每边0.5分)", "2", "边", "0.5", "2"),
    ("两侧下垂均匀,不得有床单外露(每侧1.5分)", "3", "侧", "1.5", "1"),
    ("铺好后的床罩四面饱满,每角1.5分", "6", "角", "1.5", "2"),
    ("四个角垂直90度,紧密,每角2分", "8", "角", "2", "1"),
    ("枕套外形饱满、挺括(每个2分)", "4", "个", "2", "1"),
    ("杯子与骨碟三点一线(每组0.5分)", "5", "组", "0.5", "4"),
    ("水杯距离骨碟1cm(每个1分)", "6", "个", "1", "5"),
])
def test_each_part_a_share_of_a_state(text, weight, unit, per, count):
    p = propose(text, weight, "包角")
    params = sole(p, "deduction")
    assert (params["unit"], params["per"]) == (unit, per)
    assert by_count(p, "0") == D(weight)[0]
    assert by_count(p, count) == D(weight)[0] - D(per)[0] * D(count)[0]
    assert not p.confident


@pytest.mark.parametrize("text, weight", [
    ("每学期有工作方案和工作总结(每份0.5分)", "2"),   # a thing had, counted
    ("示范基地建设1-2个(每个5分)", "10"),              # a count asked
    ("参加技能培训,成绩合格(每次1分)", "3"),           # a thing done
    ("四角饱满(每角1.5分)", "4"),                      # shares that do not make the row's points
    ("四角饱满(每角4分)", "4"),                        # one part alone
    ("四角饱满(每角1分)(6分)", "4"),                   # the points said again, another figure
    ("床面整洁美观(每角1分)", "4"),                    # no state of a part said
])
def test_shares_that_are_no_state_of_parts(text, weight):
    found = held_each(normalize(text), Decimal(weight))
    assert found is None or not found.parts


# ── a length past the one set ────────────────────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, count, expected", [
    ("不偏离中线,两侧下垂相同(每超1厘米扣1分)", "4", "3", "1"),
    ("床尾垫放至距床尾5厘米处(每超1厘米扣0.5分)", "2", "2", "1"),
    ("被头翻折20cm,超出1cm扣1分,以此类推", "3", "1", "2"),
    ("每超过2cm扣1分,扣完为止", "3", "2", "1"),
])
def test_a_length_past_the_one_set(text, weight, count, expected):
    p = propose(text, weight, "定位")
    sole(p, "deduction")
    assert by_count(p, "0") == D(weight)[0]
    assert by_count(p, count) == D(expected)[0]
    assert not p.confident


def test_an_excess_in_percent_is_no_length():
    assert all(r.items[0]["type"] != "deduction" for r in readings("每超1%扣1分", "5"))


# ── a step kept or not, said in a few characters ──────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text", [
    "口袋向下", "床单正面朝上", "枕套开口朝向床头", "花瓶居中", "不偏离中心线", "杯距均等", "双手拿盘", "操作时拿杯脚",
    "一次成形", "确认离店时间", "办理入住登记", "祝客人用餐愉快", "与餐具正对,与桌边间隔一公分",
    "台布正面朝上,居中,四周下垂均等", "操作时拿盘子边缘部分", "被子靠床头部分与床垫平齐",
    "从主人位开始按顺时针方向摆放", "根据客人信息,推荐合适房型", "根据客人需求及系统显示分房", "位置:见图", "见图",
])
def test_a_step_kept_or_not(text):
    p = propose(text, "1", "摆台")
    sole(p, "all_or_nothing")
    assert met_or_not(p) == (Decimal(1), Decimal(0))
    assert not p.confident


@pytest.mark.parametrize("text", [
    "自然、大方、得体", "动作轻快", "服务态度", "评分标准见附页", "部分完成", "根据情况扣分", "4周内完成",
])
def test_no_step_kept(text):
    assert all(r.items[0]["type"] != "all_or_nothing" for r in readings(text, "2"))


@pytest.mark.parametrize("text", [
    "自床尾将床拉出40厘米", "两块台布重叠10厘米", "水杯距离酒杯1.5cm", "黄油刀置于盘子边沿1/3处", "约2/5位置放在筷架上",
    "铺设操作最多3次整理成形",
])
def test_a_length_or_a_count_the_team_checks(text):
    p = propose(text, "2", "摆台")
    sole(p, "all_or_nothing")
    assert met_or_not(p) == (Decimal(2), Decimal(0))
    assert not p.confident


# ── any one of the points above ──────────────────────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("text, weight, count, expected", [
    ("1、服装:制服整洁;2、发型:头发整齐;3、指甲:清洁 注:以上一项不合格扣1分", "3", "2", "1"),
    ("1、仪表端庄;2、有无自我介绍;注:上述一项不合格扣0.5分", "2", "1", "1.5"),
    ("以上一项不合格扣2分", "6", "2", "2"),
])
def test_any_one_of_the_points_above(text, weight, count, expected):
    p = propose(text, weight, "仪容仪表")
    assert sole(p, "deduction")["unit"] == "项"
    assert by_count(p, count) == D(expected)[0]
    assert not p.confident
