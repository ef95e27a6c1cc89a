"""Made-up texts in the house styles of the readings merged this round (the 比率法 of 院校 assessments, steps past a
floor, one fault taken once, a figure set against a reference, ranks losing shares of the 基本分, a requirement's points
then points per case, count bands from the most cases down, situations told apart by words beside one line, grades run
together then what they look at) — and their near variants where a confident reading would be wrong: the 比率法 with a
floor and a standard said differently or two standards, steps past a minimum with a cap said elsewhere or a unit
changed, one fault taken once whose words hold a count that does count, a reference figure compared both ways, ranks
losing shares of a base, a requirement's points then per-case points whose caps do not make the 分值, count bands
listed downwards with gaps, one band for two scores told apart by a second figure, grades run together then words that
do score — each with what it states (a few situations and their scores) or that it is unsure (to check). Every
proposal scores every situation as the text says, or is not confident.

Confident readings found scoring wrong, and mended (40 texts of the 586, one cause): the 比率法 written out
(``formula._ratio_method``) was sure whatever its words said of the standard, the figure and the span, so long as a
clause earned the 分值 and another zeroed the row:

- the ratio written over another grade's standard than the one earning the 分值 (“达到“合格”标准得3分,…;该指标得分=
  本校实际值÷优秀标准值×指标分数权重”, “÷限制招生标准值”, “÷国家标准值”; 12 texts), over a figure other than the
  standard's (“达到12000元/人为“合格”,…;该指标得分=本校实际值÷6000×…”; 4), the best raw score over a standard
  (“原始得分最高得3分,…;该指标得分=本校原始得分÷合格标准值×…”; 4): read as one's own figure over “标准值” entered;
- the ratio turned over or of differences (“该指标得分=合格标准值÷本校实际值×…”, “=(本校实际值-限制招生标准值)÷
  (合格标准值-限制招生标准值)×…”; 8 texts): the written numerator taken as one's own figure, the denominator as the
  standard;
- the span of the method between two grades not the standard's and the floor's (“达到“优秀”标准得3分,低于“限制招生”
  标准得0分,“合格”与“限制招生”之间…”, “…低于“黄牌”标准得0分,“合格”与“限制招生”之间…”), or with no floor said
  (“达到“合格”标准得3分,“合格”与“限制招生”之间采用比率法计分;…”: below 限制招生 unsaid; 12 texts): the ratio read
  all the way down.

Mended in ``formula._ratio_at_odds``: the written figure holding a standard, a 最高 or a sign (-, +, brackets), the
denominator naming no grade earning the 分值 nor its figure (nor the best score's 最高 where that is the standard), the
span's upper grade not the standard's, its lower not the floor's, or no floor beside a span: each a doubt naming the
words, the proposal to check. The corpus reads as before (no text of it had such words).

Nothing else read surely and wrongly: steps past a floor with a unit changed or a cap elsewhere, lone faults whose
count counts, references compared both ways, ranks losing shares of a base other than the 分值, a requirement's points
with per-case caps not making the 分值, situations sharing one line, grades run together then scoring words — all to
check already; count bands listed downwards read surely only when whole and falling (with gaps, rising scores, a band
of two counts, extra scoring words: to check). Read surely where another reading is conceivable: “5次以上” at the top
of a downward list read as 5 and more (the usual sense); “得分=本校实际值÷标准值×…” (the standard unnamed) read as the
one earning the 分值.

The checker is ``tests/probe_checks.py``'s.
"""
from __future__ import annotations

from itertools import product

from tests.probe_checks import Either, Fn, Want, first_statements, probe_tests
from tests.proposals import Bands, Unsure


# ── the 比率法: a standard, a floor, the rest by ratio — said differently, two standards ────────────────────────────
def ratio() -> list[tuple[str, str, Want]]:
    out = []
    for m, (s, lo, unit), cm in product((2, 3), [(3, 1, "个"), (12000, 8000, "元/人"), (30, 15, "%")], (",", ";")):
        out.append((f"平均每专业{s}{unit}及以上为“合格”,得{m}分{cm}低于{lo}{unit}为“不合格”,得0分{cm}"
                    f"“合格”与“不合格”之间采用比率法计分", str(m), Unsure()))
        # two standards: which is the ratio's is unsaid
        out.append((f"达到{s}{unit}为“合格”,得{m}分{cm}达到{s * 2}{unit}为“优秀”,得{m}分{cm}其他情况采用比率法计分",
                    str(m), Unsure()))
        out.append((f"理工类院校达到{s}{unit}为“合格”,得{m}分{cm}文科类院校达到{lo}{unit}为“合格”,得{m}分{cm}"
                    f"其他情况采取比率法计分", str(m), Unsure()))
        # the floor said as a ratio, not a figure
        out.append((f"达到{s}{unit}得{m}分{cm}低于标准值50%的不得分{cm}其余采用比率法计分", str(m), Unsure()))
        # the standard's points short of the 分值, the floor's points above 0
        out.append((f"达到{s}{unit}得{m - 1}分{cm}低于{lo}{unit}得0分{cm}之间采用比率法计分", str(m), Unsure()))
        out.append((f"达到{s}{unit}得{m}分{cm}低于{lo}{unit}得1分{cm}之间采用比率法计分", str(m), Unsure()))
        # the ratio written against another figure than the standard
        out.append((f"达到{s}{unit}得{m}分{cm}低于{lo}{unit}不得分{cm}之间按比率法计分:得分=实际值÷{lo}×{m}", str(m),
                    Unsure()))
    return out


# ── steps past a floor, a cap said elsewhere, a unit changed ─────────────────────────────────────────────────────────
def past_floor() -> list[tuple[str, str, Want]]:
    out = []
    for (f, st, x), m, cm in product([(20, 2, 1), (100, 10, 1), (30, 5, 0.5)], (5,), (",", "；")):
        out.append((f"每期培训不少于{f}课时{cm}在{f}课时的基础上{cm}每多{st}课时加{x}分{cm}满分{m}分", str(m),
                    Either(Bands(((0, 0), (f, 0), (f + st, x), (f + st * 100, m))), Unsure())))
        # the unit changed between the floor and the step
        out.append((f"每期培训不少于{f}课时{cm}每多{st}天加{x}分{cm}最高{m}分", str(m), Unsure()))
        out.append((f"服务对象不低于{f}户{cm}每增加{st}人加{x}分{cm}最高{m}分", str(m), Unsure()))
        # a cap said elsewhere: larger than the 分值, or of the additions only
        out.append((f"服务对象不低于{f}户{cm}每增加{st}户加{x}分{cm}最高加{m + 3}分", str(m), Unsure()))
        out.append((f"服务对象不低于{f}户得{m - 2}分{cm}每增加{st}户加{x}分{cm}加分最多{m}分", str(m), Unsure()))
        out.append((f"服务对象不低于{f}户{cm}每增加{st}户加{x}分。本项加分累计不超过{m + 2}分", str(m), Unsure()))
        # below the floor: a step down too
        out.append((f"服务对象不低于{f}户{cm}每增加{st}户加{x}分{cm}每减少{st}户扣{x}分{cm}最高{m}分", str(m), Unsure()))
    return out


# ── one fault taken once, words with a count that does count ───────────────────────────────────────────────────────
def lone_count() -> list[tuple[str, str, Want]]:
    out = []
    for (x, m), cm in product([(10, 20), (2, 10), (5, 10)], (",", "，")):
        out.append((f"近3年内受到行政处罚的{cm}扣{x}分", str(m), Either(Bands(((0, m), (1, m - x))), Unsure())))
        # a count that counts
        out.append((f"每发生1次3人以上重伤事故的{cm}扣{x}分", str(m), Unsure()))
        out.append((f"近3年内每受到1次行政处罚的{cm}扣{x}分", str(m), Unsure()))
        out.append((f"1个月内未传达落实的{cm}每次扣{x}分", str(m), Unsure()))
        out.append((f"发生3次以上迟报的{cm}扣{x}分", str(m), Unsure()))
        out.append((f"3人以上迟到的{cm}每人扣{x}分", str(m), Unsure()))
        out.append((f"发生1起3人(含)以上死亡事故的扣{x}分{cm}2起以上的不得分", str(m), Unsure()))
        out.append((f"在1个月内未传达落实的扣{x}分{cm}超过2个月的加倍扣分", str(m), Unsure()))
        out.append((f"受到行政处罚的{cm}按处罚次数每次扣{x}分", str(m), Unsure()))
    return out


# ── a figure against a reference, both ways ─────────────────────────────────────────────────────────────────────────
def reference() -> list[tuple[str, str, Want]]:
    out = []
    for (st, x), m, cm, ref in product([("0.1", 2), ("1", 1)], (10,), (",", ";"),
                                        ("全省三年平均比例", "全市平均水平", "本地上年")):
        out.append((f"占比与{ref}相比{cm}每超过{st}个百分点扣{x}分{cm}每低于{st}个百分点加{x}分", str(m), Unsure()))
        out.append((f"占比与{ref}相比{cm}每上升{st}个百分点加{x}分{cm}每下降{st}个百分点扣{x}分", str(m), Unsure()))
        out.append((f"与{ref}相比{cm}每变动{st}个百分点扣{x}分", str(m), Unsure()))
        out.append((f"与{ref}相比{cm}高于或低于{st}个百分点的{cm}每个百分点扣{x}分", str(m), Unsure()))
        out.append((f"与{ref}相比{cm}每偏离{st}个百分点扣{x}分{cm}扣完为止", str(m), Unsure()))
    return out


# ── ranks losing shares of the 基本分 ───────────────────────────────────────────────────────────────────────────────
def ranks() -> list[tuple[str, str, Want]]:
    out = []
    for m, k, cm in product((20, 10), (5, 10), (",", "；")):
        # a base other than the 分值
        out.append((f"第一名得基本分{m - 5}分{cm}名次每减1位减基本分{k}%", str(m), Unsure()))
        out.append((f"基本分{m}分{cm}第一名得满分{cm}名次每减1位减基本分{k}%{cm}最低得基本分的50%", str(m), Unsure()))
        out.append((f"第一名得基本分{m}分{cm}名次每减1位减基本分{k}%{cm}后三名不得分", str(m), Unsure()))
        out.append((f"第一名得基本分{m}分{cm}第二名至第五名每减1位减基本分{k}%{cm}第六名以后每减1位减{k * 2}%", str(m),
                    Unsure()))
        out.append((f"第一名得基本分{m}分{cm}名次每减1位减{k}%", str(m), Unsure()))
        out.append((f"第一名得{m}分{cm}名次每减1位减上一名得分的{k}%", str(m), Unsure()))
    return out


# ── a requirement's points, then points per case: caps not making the 分值 ─────────────────────────────────────────
def stated_mixed() -> list[tuple[str, str, Want]]:
    out = []
    for (a, x, c), cm, (req, case) in product([(2, 1, 4), (3, 1, 5), (1, 0.5, 3)], (",", "。"),
                                                [("成立领导小组", "听取1次汇报"), ("制定工作方案", "开展1次督查"),
                                                 ]):
        m = a + c
        out.append((f"{req}得{a}分{cm}每{case}得{x}分{cm}最高{c + 1}分", str(m), Unsure()))
        out.append((f"{req}得{a}分{cm}每{case}得{x}分{cm}最高{c - 1}分", str(m), Unsure()))
        out.append((f"{req}({a}分){cm}每{case}得{x}分", str(m), Unsure()))
        out.append((f"{req}得{a}分{cm}每{case}得{x}分{cm}本项最高{m + 2}分", str(m), Unsure()))
    return out


# ── count bands listed downwards, with gaps ──────────────────────────────────────────────────────────────────────────
def falling() -> list[tuple[str, str, Want]]:
    out = []
    for m, cm, (w, de) in product((10, 8), (",", "；"), [("违反", "得"), ("迟报", "得")]):
        out.append((f"{w}5次及以上{de}0分{cm}3次{de}{m // 2}分{cm}1次{de}{m - 2}分", str(m), Unsure()))
        out.append((f"{w}5次及以上{de}0分{cm}4次{de}2分{cm}2次{de}{m - 4}分{cm}1次{de}{m - 2}分", str(m), Unsure()))
        out.append((f"{w}4次{de}0分{cm}3次{de}2分{cm}2次{de}4分{cm}1次{de}{m - 2}分", str(m), Unsure()))
        out.append((f"{w}6次及以上{de}0分{cm}4-5次{de}2分{cm}1-2次{de}{m - 2}分", str(m), Unsure()))
        out.append((f"{w}3次及以上不得分{cm}1次扣2分", str(m), Unsure()))
        out.append((f"{w}3次及以上{de}0分{cm}2次{de}{m - 3}分{cm}1次{de}{m - 2}分", str(m),
                    Either(Bands(((0, m), (1, m - 2), (2, m - 3), (3, 0), (6, 0))), Unsure())))
    return out


# ── one band for two scores, told apart by a second figure ──────────────────────────────────────────────────────────
def second_figure() -> list[tuple[str, str, Want]]:
    out = []
    for (n, a, b), cm in product([(6, 2, 1), (10, 3, 2), (5, 4, 2)], (",", "；")):
        m = a
        out.append((f"完成率≥90%{cm}且在岗人数≥{n}名得{a}分{cm}完成率≥90%{cm}但满意度≥80%得{b}分{cm}其他不得分", str(m),
                    Unsure()))
        out.append((f"在岗人数≥{n}名且培训≥{n * 2}课时得{a}分{cm}在岗人数≥{n}名且培训≥{n}课时得{b}分{cm}"
                    f"在岗人数<{n}名不得分", str(m), Unsure()))
        out.append((f"在岗人数≥{n}名得{a}分{cm}在岗人数≥{n}名但未完成任务得{b}分{cm}在岗人数<{n}名不得分", str(m),
                    Unsure()))
        out.append((f"在岗人数≥{n}名得{a}分{cm}在岗人数≥{n}名得{b}分{cm}在岗人数<{n}名不得分", str(m), Unsure()))
        out.append((f"覆盖率≥90%、满意度≥85%得{a}分{cm}覆盖率≥90%、满意度<85%得{b}分{cm}覆盖率<90%不得分", str(m),
                    Unsure()))
    return out


# ── grades run together, then words that score ──────────────────────────────────────────────────────────────────────
def graded_then_scoring() -> list[tuple[str, str, Want]]:
    out = []
    for (a, b, c), (sp, u), tail in product([(10, 6, 3), (5, 3, 1)], [("", "分"), (" ", "")],
                                            ["未按期召开例会的扣2分", "资料缺一项扣1分", "每缺1次扣1分",
                                             "例会每少1次扣0.5分", "未建立台账的不得分", "发现弄虚作假的本项不得分",
                                             "另有创新做法的加1分"]):
        out.append((f"优秀{a}{u}{sp}良好{b}{u}{sp}一般{c}{u}{sp}较差0 {tail}", str(a), Unsure()))
    return out


# ── more near variants of each style ───────────────────────────────────────────────────────────────────────────────
def more() -> list[tuple[str, str, Want]]:
    out = []
    for m, cm in product((3, 4, 5), (",", "；")):
        out.append((f"达到12000元/人为“合格”,得{m}分{cm}低于1.2万元/人采用比率法计分", str(m), Unsure()))
        out.append((f"达到“合格”标准得{m}分{cm}达到“优秀”标准得{m}分{cm}低于“限制招生”标准得0分{cm}"
                    f"该指标得分=本校实际值÷合格标准值×指标分数权重", str(m), Unsure()))
        out.append((f"受到2次以上行政处罚的{cm}扣{m}分", str(m * 2), Unsure()))
        out.append((f"近3年内受到行政处罚2次的{cm}扣{m}分", str(m * 2), Unsure()))
        out.append((f"与全省平均水平相比{cm}每高出0.1个百分点加{m}分{cm}每低0.1个百分点扣{m}分", str(m * 2), Unsure()))
        out.append((f"第一名得基本分20分{cm}名次每减1位减基本分5%", str(20 + m), Unsure()))
        out.append((f"第一名得基本分{m * 5}分{cm}名次每减1位减基本分5%{cm}另有加分项的加2分", str(m * 5), Unsure()))
        out.append((f"成立领导小组得2分{cm}每听取1次汇报得1分。听取汇报得分最高不超过{m}分", str(m + 4), Unsure()))
        out.append((f"成立领导小组得2分{cm}每听取1次汇报得1分{cm}最高{m}分", str(m + 4), Unsure()))
        out.append((f"满意度≥90%得{m}分{cm}满意度≥90%且投诉为0得{m + 1}分{cm}满意度<90%不得分", str(m + 1), Unsure()))
        out.append((f"服务对象不低于100户{cm}每增加10户加1分{cm}最高{m}分{cm}低于100户的每少10户扣1分", str(m), Unsure()))
        out.append((f"服务对象不低于100户{cm}在100户基础上每增加10%加1分{cm}最高{m}分", str(m), Unsure()))
        out.append((f"每期培训不少于20学时{cm}在20课时的基础上每多2课时加1分{cm}满分{m}分", str(m), Unsure()))
        out.append((f"每期培训不少于20课时{cm}每多2课时加1分{cm}满分{m}分{cm}少于20课时的不得分", str(m),
                    Either(Bands(((0, 0), (19, 0), (20, 0), (22, 1), (200, m))), Unsure())))
        out.append((f"迟报5次及以上得0分{cm}3次得{m - 2}分{cm}2次得{m - 1}分{cm}1次得{m}分", str(m), Unsure()))
        out.append((f"优秀{m * 2}良好{m}一般1较差0 每缺1次例会扣1分", str(m * 2), Unsure()))
        out.append((f"优秀{m * 2}分良好{m}分一般1分较差0分 例会未按期召开的不得分", str(m * 2), Unsure()))
    return out


# ── the 比率法 written out: over which standard, one's own figure over it, the span between two grades ───────────
def ratio_written() -> list[tuple[str, str, Want]]:
    out = []
    for (m, sc), (div, x, eq) in product([(3, ";"), (2, "。")], [("÷", "×", "="), ("/", "*", "＝")]):
        said = f"该指标得分{eq}本校实际值{div}合格标准值{x}指标分数权重"
        lead = f"达到“合格”标准得{m}分,低于“限制招生”标准得0分,"
        # the standard earning the 分值 and the floor's: the ratio of one's own figure over the standard
        out.append((f"{lead}“合格”与“限制招生”之间采用比率法计分{sc}{said}", str(m),
                    Either(Fn(("实际值", "标准值", "低于"), (((30, 30, 0), m), ((15, 30, 0), m / 2), ((5, 30, 1), 0))),
                           Unsure())))
        # over another grade's standard than the one earning the 分值
        for den in ("优秀标准值", "限制招生标准值", "国家标准值"):
            out.append((f"{lead}“合格”与“限制招生”之间采用比率法计分{sc}该指标得分{eq}本校实际值{div}{den}{x}指标分数权重",
                        str(m), Unsure()))
        # the ratio turned over, a difference over a difference
        out.append((f"{lead}“合格”与“限制招生”之间采用比率法计分{sc}该指标得分{eq}合格标准值{div}本校实际值{x}指标分数权重",
                    str(m), Unsure()))
        out.append((f"{lead}“合格”与“限制招生”之间采用比率法计分{sc}该指标得分{eq}(本校实际值-限制招生标准值){div}"
                    f"(合格标准值-限制招生标准值){x}指标分数权重", str(m), Unsure()))
        # a span whose grades are not the standard's and the floor's, or no floor said
        out.append((f"达到“优秀”标准得{m}分,低于“限制招生”标准得0分,“合格”与“限制招生”之间采用比率法计分{sc}{said}", str(m),
                    Unsure()))
        out.append((f"达到“合格”标准得{m}分,低于“黄牌”标准得0分,“合格”与“限制招生”之间采用比率法计分{sc}{said}", str(m),
                    Unsure()))
        out.append((f"达到“合格”标准得{m}分,“合格”与“限制招生”之间采用比率法计分{sc}{said}", str(m), Unsure()))
        # the best raw score as the standard, the ratio written over another
        out.append((f"原始得分最高得{m}分,测评结果为D得0分,其他情况采用比率法计分{sc}该指标得分{eq}本校原始得分{div}合格标准值{x}"
                    f"指标分数权重", str(m), Unsure()))
        # a figure as the standard, the ratio over it or over another figure
        out.append((f"达到12000元/人为“合格”,得{m}分,低于6000元/人得0分,其他采用比率法计分{sc}该指标得分{eq}本校实际值{div}12000"
                    f"{x}指标分数权重", str(m), Either(Fn(("实际值", "低于"), (((12000, 0), m), ((6000, 0), m / 2), ((5000, 1), 0))),
                                                 Unsure())))
        out.append((f"达到12000元/人为“合格”,得{m}分,低于6000元/人得0分,其他采用比率法计分{sc}该指标得分{eq}本校实际值{div}6000"
                    f"{x}指标分数权重", str(m), Unsure()))
    return out


_ALL = (ratio_written() + more() + ratio() + past_floor() + lone_count() + reference() + ranks() + stated_mixed() + falling() + second_figure()
        + graded_then_scoring())
#: (the first statement of a text the generators write twice)
CASES = first_statements(_ALL)


(test_the_probe_is_of_its_size,
 test_every_made_up_text_is_scored_as_it_says_or_is_to_check) = probe_tests(CASES, 300, 600)
