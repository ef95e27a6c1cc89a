"""Lists of bands and situations, ranks, 记/不记分 and points in brackets: the rule each class of wording is read as,
its parameters, its scores in a few situations, and the near misses that must stay “请核对”.

The texts are written for these tests in the styles 评分标准 use (none is taken from the rule corpus).
"""
from __future__ import annotations

from decimal import Decimal

from services.frameworks.proposal import propose
from tests.proposals import scored, types


def met_or_not(p):
    """The scores of the met and the unmet situation, whichever of the two yes/no rules was proposed."""
    it = p.items[0]
    if it["type"] == "all_or_nothing":
        return scored(p, {"met": True}), scored(p, {"met": False})
    assert it["type"] == "choice", types(p)
    by_score = sorted(it["params"]["options"], key=lambda o: Decimal(o["score"]))
    return scored(p, {"option": by_score[-1]["key"]}), scored(p, {"option": by_score[0]["key"]})


# ── 记分 / 不记分 read as 得分 / 不得分 ────────────────────────────────────────
def test_counted_points_and_not_counted_read_as_met_or_not():
    """“…的记4分,未完成不记分”, “…记4分,否则不记分”: 记 is 计; the zero is read as 不计分 is."""
    for text in ("按规定时间报送年度统计报表的记4分,未按时报送不记分。",
                 "村务公开栏定期更新公开内容的记4分,否则不记分;",
                 "建立帮扶台账记4分,未建立台账的不记分。"):
        p = propose(text, "4", "基础工作")
        assert p.confident, (text, p.unplaced)
        assert types(p)[0] in ("all_or_nothing", "choice")
        assert met_or_not(p) == (Decimal(4), Decimal(0))
    # a figure inside the condition is the evaluator's to check, as with 得分
    p = propose("村务公开栏每季度更新1次的记4分,否则不记分;", "4", "基础工作")
    assert types(p) == ["all_or_nothing"] and not p.confident
    assert met_or_not(p) == (Decimal(4), Decimal(0))


def test_counted_points_short_of_the_weight_are_not_confident_met_or_not():
    """“…记3分,否则不记分” on a 4-point row: the met score is not the 分值, so it is not a sure yes/no."""
    p = propose("村务公开栏每季度更新1次的记3分,否则不记分;", "4", "基础工作")
    assert not (p.confident and types(p) == ["all_or_nothing"])


def test_not_counted_with_judgement_between_is_not_confident():
    """“完成记4分,未完成的酌情扣分,未报送不记分”: the middle is judged, so the proposal is to check."""
    p = propose("完成年度报送任务记4分,未完成的酌情扣分,未报送不记分。", "4", "报送")
    assert not p.confident



def test_any_requirement_missing_scoring_nothing_is_met_or_not():
    """“做到“三有”(…),达到要求的记4分,每缺一项不记分”: any one missing zeroes the row, so it is met or not (to check)."""
    p = propose("村级服务站做到“三有”(有场所、有人员、有制度),达到要求的记4分,每缺一项不记分;", "4", "服务站")
    assert types(p) == ["all_or_nothing"] and not p.confident
    assert "三有" in p.items[0]["params"]["condition"]
    assert met_or_not(p) == (Decimal(4), Decimal(0))
    # a missing part that costs only part of the points, or two parts missing, is not this reading
    p = propose("村级服务站做到有场所、有人员、有制度,得4分,每缺一项扣2分", "4", "服务站")
    assert types(p) != ["all_or_nothing"]
    p = propose("村级服务站做到有场所、有人员、有制度,得4分,缺2项不得分", "4", "服务站")
    assert types(p) != ["all_or_nothing"]

# ── lines given from the lowest up, each with its own “(含)” ─────────────────────
def test_lines_marked_inclusive_after_an_above_word_count_the_line_and_the_highest_wins():
    """“超过90%(含)得2分;超过96%(含)得4分”: each line is in its band, and a value past both takes the higher."""
    p = propose("群众满意率超过90%(含)得2分;超过96%(含)得4分;低于90%不得分。", "4", "群众满意率")
    assert p.confident, p.unplaced
    assert types(p) == ["tiers"]
    tiers = p.items[0]["params"]["tiers"]
    assert [(t["min"], t["min_inclusive"], t["score"]) for t in tiers[:2]] == [("96", True, "4"), ("90", True, "2")]
    for v, want in (("96", 4), ("99", 4), ("95.9", 2), ("90", 2), ("89.9", 0)):
        assert scored(p, {"value": v}) == want, v


def test_a_line_marked_inclusive_after_a_below_word_counts_the_line():
    """“低于60%(含)不得分”: 60 itself is in the band below."""
    p = propose("群众满意率超过60%得4分;低于60%(含)不得分。", "4", "群众满意率")
    assert p.confident, p.unplaced
    assert types(p) == ["tiers"]
    assert scored(p, {"value": "60"}) == 0 and scored(p, {"value": "60.5"}) == 4


def test_an_above_word_without_the_mark_leaves_the_line_out():
    """Near miss: “超过90%得2分;超过96%得4分” — 96 itself is not past 96, so it takes the lower band."""
    p = propose("群众满意率超过90%得2分;超过96%得4分;90%及以下不得分。", "4", "群众满意率")
    assert types(p) == ["tiers"]
    assert scored(p, {"value": "96"}) == 2 and scored(p, {"value": "96.5"}) == 4


# ── bands of ranks ─────────────────────────────────────────────────────────────
def test_bands_of_ranks_score_the_rank_lower_is_better():
    """“排名:1-2名,6分;3-5名,4分;6-8名,2分”: tiers on the rank; past the last band nothing (not said: to check)."""
    p = propose("上半年项目建设进度排名:1-2名,6分;3-5名,4分;6-8名,2分。", "6", "进度排名")
    assert types(p) == ["tiers"]
    tiers = p.items[0]["params"]["tiers"]
    assert [(t["min"], t["max"], t["score"]) for t in tiers[:3]] == [("1", "2", "6"), ("3", "5", "4"), ("6", "8", "2")]
    assert not p.confident and any("第8名以后" in u for u in p.unplaced)
    for rank, want in (("1", 6), ("2", 6), ("3", 4), ("5", 4), ("8", 2), ("9", 0)):
        assert scored(p, {"value": rank}) == want, rank
    # “上半年” keeps its words: no stray 0.5 is read from it
    assert not any("0.5" in u for u in p.unplaced)


def test_a_rank_band_whose_dash_was_lost_is_read_from_its_neighbours_to_check():
    """“1-2名,6分;35名,4分;6-8名,2分”: “35” lies between 2 and 6, so it is ranks 3-5 — said in the doubts."""
    p = propose("项目建设进度排名:1-2名,6分;35名,4分;6-8名,2分。", "6", "进度排名")
    assert types(p) == ["tiers"] and not p.confident
    assert any("第3～5名" in u for u in p.unplaced)
    assert scored(p, {"value": "4"}) == 4 and scored(p, {"value": "7"}) == 2


def test_rank_bands_near_misses():
    """A band that cannot be read is left out and said; bands not from the first rank, or scores not falling as the
    rank does, are not this reading."""
    p = propose("项目建设进度排名:1-2名,6分;3-5名,4分;6X8名,2分。", "6", "进度排名")
    assert not p.confident and any("6X8名" in u for u in p.unplaced)
    p = propose("项目建设进度排名:3-5名,6分;6-8名,4分。", "6", "进度排名")
    assert not (types(p) == ["tiers"] and p.confident)
    p = propose("项目建设进度排名:1-2名,4分;3-5名,6分。", "6", "进度排名")
    assert not (types(p) == ["tiers"] and p.confident)


# ── bands and situations split by “/” ──────────────────────────────────────────
def test_lines_on_a_count_split_by_slashes_are_bands():
    """“连续达标3年/5年/7年以上 2分/4分/6分”: each line scores from itself to the next; below the first nothing (to check)."""
    p = propose("连续被评为信用良好单位3年/5年/7年以上 2分/4分/6分", "6", "信用等级")
    assert types(p) == ["tiers"] and not p.confident
    assert any("不足3年" in u for u in p.unplaced)
    assert p.items[0]["params"]["unit"] == "年"
    for years, want in (("2", 0), ("3", 2), ("4", 2), ("5", 4), ("7", 6), ("12", 6)):
        assert scored(p, {"value": years}) == want, years


def test_situations_split_by_slashes_are_a_choice_with_none_scoring_nothing():
    """“区级/市级/省级 1分/3分/5分”, “按落实情况:一般/较好/好 1/2/3”: one score per situation, and none of them 0."""
    p = propose("区级/市级/省级/国家级 1分/2分/4分/6分", "6", "获得表彰")
    assert types(p) == ["choice"] and not p.confident
    opts = p.items[0]["params"]["options"]
    assert [(o["label"], o["score"]) for o in opts] == [("区级", "1"), ("市级", "2"), ("省级", "4"), ("国家级", "6"),
                                                        ("以上情形均不符合", "0")]
    assert scored(p, {"option": opts[2]["key"]}) == 4 and scored(p, {"option": opts[-1]["key"]}) == 0
    p = propose("按落实情况:一般/较好/好 1/2/3", "3", "落实情况")
    assert types(p) == ["choice"] and not p.confident
    assert any("等级由评价组判断" in u for u in p.unplaced)
    assert [o["score"] for o in p.items[0]["params"]["options"]] == ["1", "2", "3", "0"]


def test_slash_lists_near_misses():
    """Lists of unequal length, a best score short of the 分值, scores that neither rise nor fall, and a quotient
    written with “/” are not these readings."""
    for text, weight in (("区级/市级/省级 1分/2分/4分/6分", "6"),   # four scores for three situations
                         ("区级/市级/省级 1分/2分/4分", "6"),        # the best is not the 分值
                         ("区级/市级/省级 2分/1分/6分", "6"),        # neither rising nor falling
                         ("3年/5年/7年以上 6分/4分/2分", "6")):     # more years, fewer points: not lines reached
        p = propose(text, weight, "表彰")
        assert types(p) == ["judgement"] and not p.confident, text
    p = propose("得分=实际完成数/计划数*10", "10", "完成率")
    assert types(p) != ["choice"]


# ── points in brackets after each requirement ──────────────────────────────────
def test_requirements_with_their_points_in_brackets_holding_a_count_are_points_to_check():
    """“…不少于2次(3分),…每季度至少1次(2分)”: a 要点核查 of the requirements; the count each asks for is its words,
    which the evaluator checks (so the proposal is to check)."""
    p = propose("领导班子每年专题研究项目管理不少于2次(3分),项目负责人每季度至少到现场检查1次(2分)。", "5", "管理")
    assert types(p) == ["checklist"] and not p.confident
    pts = p.items[0]["params"]["points"]
    assert [(x["label"], x["max"]) for x in pts] == [("领导班子每年专题研究项目管理不少于2次", "3"),
                                                    ("项目负责人每季度至少到现场检查1次", "2")]
    k1, k2 = pts[0]["key"], pts[1]["key"]
    assert scored(p, {"points": {k1: {"state": "met"}, k2: {"state": "not_met"}}}) == 3
    assert scored(p, {"points": {k1: {"state": "met"}, k2: {"state": "met"}}}) == 5


def test_points_closed_by_a_remark_restating_the_weight():
    """“…计2分。…计3分(本项共计5分)”: the closing remark restates the 分值 and is no point."""
    p = propose("年内培养1名以上后备干部计2分。按时完成年度考核计3分(本项共计5分)。", "5", "队伍建设")
    assert types(p) == ["checklist"]
    assert [x["max"] for x in p.items[0]["params"]["points"]] == ["2", "3"]
    # the remark stating another total is not dropped: the reading is not this one
    p = propose("年内培养1名以上后备干部计2分。按时完成年度考核计3分(本项共计6分)。", "5", "队伍建设")
    assert types(p) != ["checklist"]


def test_points_in_brackets_near_misses():
    """A bracket point that deducts per case, or points that do not add up to the 分值, are not this reading."""
    p = propose("制定年度工作计划(2分),每少开展1次检查扣1分(3分)。", "5", "管理")
    assert types(p) != ["checklist"]
    p = propose("领导班子每年专题研究项目管理不少于2次(3分),项目负责人每季度至少到现场检查1次(1分)。", "5", "管理")
    assert not (types(p) == ["checklist"] and p.confident)
