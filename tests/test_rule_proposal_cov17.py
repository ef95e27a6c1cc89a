"""Made-up texts of graded options and count bands with 分, in forms other than “X得N分” (a coverage probe, not copies of
corpus texts): the score before the label (“10分：完全符合要求；8分：基本符合；5分：部分符合；0分：不符合”), grade letters
or 档 with the points in brackets (“A档(10分)：…；B档(7分)：…”), “一档…二档…三档”, grades then their points said together
(“优、良、中、差分别得10、8、6、0分”, “依次计10/8/6/0分”), points in brackets after each grade (“好（5分）较好（3分）差（0分）”),
shares of the points (“…80%-90%的得80%分值…”), count bands of findings (“发现1次扣1分，2次扣3分，3次及以上不得分”,
“0起得满分；1起得3分；2起以上0分”), kinds of event (“未发生…得满分，发生一般…扣X分，发生较大…不得分”), levels of an honour
(“获国家级表彰得5分，省级3分，市级1分”), options phrased as a negative (“不…的不得分”) — with punctuation (，；; 、 /
spaces), numbering ((1) ① 1. 一是), full-width digits and trailing remarks (“以资料为准”, “由考核组认定”) varied, each with
what it states (its situations and their scores) or that it is unsure (to check). Where a text does not say whether
honours add up or the highest counts, it is unsure. Every proposal scores every situation as the text says, or is not
confident; the texts the readings read are proposed exactly (their count asserted).

Before the readings of this round (396 texts): 107 proposed exactly, 158 flagged, 127 judgement fallbacks, 4 confident
and wrong; after: 127 exactly, 199 flagged, 70 fallbacks, 0 confident and wrong. Mended and taught:

- confident and wrong (4): levels of an honour as situations (“获国家级表彰得5分,获省级表彰得3分,获市级表彰得1分,未获表彰的
  不得分”), whether several held add up or the highest counts unsaid, were read surely as a 情形选择. Now to check with a
  note (choice ``honours_unsaid``, a doubt of the reading in ``reading_doubts``), unless the text says only the highest counts (``HIGHEST_SAID``:
  “以最高级别计”, “取最高分”, “按最高计,不累计”, “同一事项按最高级别计分,不重复计分”, “就高不就低”) and nothing of adding up
  (12 texts of test_rule_proposal_cov2.py and one of unseen38 so read before are now to check, as this probe asks);
- that remark consumed as a phrase of a 情形选择 (reading ``_PHRASES`` “取高”), no scoring segment left over
  (``_segments_left``); levels after the first scored bare (“获国家级表彰得5分,省级3分,市级1分,以最高级别计”): choice
  ``_honour_levels_highest`` (order 8800), the situations read as ``_situations`` reads them, none held unsaid to check;
- options whose points come first (wording ``_POINTS_BEFORE``) numbered with circled marks (“①10分:…;②8分:…”), joined by
  commas (“10分:…,8分:…,0分:…”), or closed by a negative option (“…,3分:…,不按时报送的不得分”);
- grades after 按 and their count, then their points 分别 or 依次 (“按优、良、中、差四个等次,分别得10、8、6、0分”), and points
  joined by “/” (“依次计10/8/6/0分”): choice ``_levels_in_order`` (its key words too) and ``SCORE_SEPARATOR`` (to check, as
  ever: by position).

Fallbacks left (70), by wording: options in cells of their own with spaces (“10分 完全符合要求 8分 …”, 9: the cells'
spaces are read before the points are joined to their label); grade letters or 档 with the points in brackets then a
colon (“A档(6分):…;B档(4分):…;C档(0分):…”, 14; those of other scores are read as a 要点核查, to check); bare 档 (“一档10分,
二档8分…”, “分三档计分:一档(…)10分”, 6): which 档 holds is the team's judgement, a reading would be flagged anyway; a
remark closing grades (“…分别得10、8、6、0分,由考核组认定”, “评价分为:好(5分)…,由考核组认定”, 8); the top option or the
grades' points not on the 分值 (15, to check by design); “受到通报批评1次扣5分,2次及以上不得分” (6: a case named by a verb
the count bands do not know); honours said to add up (“可累计,最高不超过5分”, 4: a sum to a cap, not a choice) and a remark
after the bracketed highest (“…(以最高级别计),以文件为准”, 4); shares of the 分值 with the lowest band unsaid (4, to check by
design). Flagged by design: grades and degrees (优/良/好/基本符合: 等级由评价组判断), 依次 read by position, none held unsaid.

The checker is ``tests/probe_checks.py``'s.
"""
from __future__ import annotations

from decimal import Decimal
from functools import cache
from itertools import product

from services.frameworks.proposal import Proposal, propose
from tests.probe_checks import Either, Fault, Faults, Want, case_test, first_statements, read_exactly
from tests.proposals import Bands, Ranks, Unsure, dec

_FULL = str.maketrans("0123456789%()", "０１２３４５６７８９％（）")
_REMARKS = ("", "（以资料为准）", "，由考核组认定")


def _num(x: Decimal) -> str:
    return format(x.normalize(), "f")


# ── the score before the label (“10分：完全符合要求；8分：基本符合…”) ───────────────────────────────────────────────────
def score_first() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    sets = [("完全符合要求", "基本符合", "部分符合", "不符合"),
            ("按时足额报送且内容完整", "按时报送但内容不完整", "逾期报送", "未报送"),
            ("制度健全、执行到位", "制度健全、执行不到位", "制度不健全", "无制度")]
    for labels, (m, a, b), (colon, sep), numbered in product(sets, [(10, 8, 5)],
                                                             [("：", "；"), ("：", "，"), (" ", " ")],
                                                             ["", "(1)", "①"]):
        marks = [f"({i})" for i in range(1, 5)] if numbered == "(1)" else (["①", "②", "③", "④"] if numbered else [""] * 4)
        parts = [f"{k}{s}分{colon}{lab}" for k, s, lab in zip(marks, (m, a, b, 0), labels)]
        out.append((sep.join(parts), str(m), Ranks((m, a, b, 0))))
    for labels, (m, a, b), remark in product(sets, [(10, 6, 3)], _REMARKS):
        text = f"{m}分：{labels[0]}；{a}分：{labels[1]}；{b}分：{labels[2]}；{labels[3]}的不得分{remark}"
        out.append((text, str(m), Ranks((m, a, b, 0))))
        out.append((text.translate(_FULL), str(m), Ranks((m, a, b, 0))))
        # the top option short of the 分值, or a further deduction: to check
        out.append((f"{m - 1}分：{labels[0]}；{a}分：{labels[1]}；0分：{labels[3]}", str(m), Unsure()))
        out.append((f"{m}分：{labels[0]}；{a}分：{labels[1]}；0分：{labels[3]}；每发现1处差错另扣1分", str(m), Unsure()))
    return out


# ── grade letters or 档 with the points in brackets (“A档(10分)：…；B档(7分)：…”) ────────────────────────────────────
def lettered() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    descr = ("工作成效显著，群众满意", "工作成效一般", "工作成效较差")
    for (a, b, c), (m, y, z), (left, right), colon in product(
            [("A档", "B档", "C档"), ("A级", "B级", "C级"), ("一档", "二档", "三档"), ("第一档", "第二档", "第三档")],
            [(10, 7, 3), (6, 4, 0)], [("(", ")"), ("（", "）")], ["："]):
        text = f"{a}{left}{m}分{right}{colon}{descr[0]}；{b}{left}{y}分{right}{colon}{descr[1]}；{c}{left}{z}分{right}{colon}{descr[2]}"
        out.append((text, str(m), Ranks((m, y, z))))
    for (a, b, c), (m, y, z) in product([("A档", "B档", "C档"), ("一档", "二档", "三档")], [(10, 7, 3), (8, 5, 2)]):
        out.append((f"{a}({m}分)：{descr[0]}；{b}({y}分)：{descr[1]}；{c}({z}分)：{descr[2]}；未开展工作的不得分", str(m),
                    Ranks((m, y, z, 0))))
        out.append((f"{a}({m + 2}分)：{descr[0]}；{b}({y}分)：{descr[1]}；{c}({z}分)：{descr[2]}", str(m), Unsure()))
    # 一档…二档…三档 with the points after each
    for (m, y, z), (say, sep) in product([(10, 8, 6), (20, 15, 10)], [("", "，"), ("得", "；"), ("：", "；")]):
        out.append((f"一档{say}{m}分{sep}二档{say}{y}分{sep}三档{say}{z}分{sep}四档{say}0分", str(m), Ranks((m, y, z, 0))))
        out.append((f"分三档计分：一档（{descr[0]}）{m}分{sep}二档（{descr[1]}）{y}分{sep}三档（{descr[2]}）{z}分", str(m),
                    Ranks((m, y, z))))
        out.append((f"工作成效显著的为一档，得{m}分；成效一般的为二档，得{y}分；成效较差的为三档，得{z}分", str(m),
                    Ranks((m, y, z))))
    return out


# ── grades then their points said together (“优、良、中、差分别得10、8、6、0分”) ──────────────────────────────────────
def respectively() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for grades, (m, a, b), (say, sep) in product(
            [("优", "良", "中", "差"), ("优秀", "良好", "合格", "不合格"), ("好", "较好", "一般", "差")],
            [(10, 8, 6), (5, 4, 3)],
            [("分别得", "、"), ("依次计", "/")]):
        pts = sep.join(str(s) for s in (m, a, b, 0))
        out.append((f"{'、'.join(grades)}{say}{pts}分", str(m), Ranks((m, a, b, 0))))
        out.append((f"按{'、'.join(grades)}四个等次，{say}{pts}分", str(m), Ranks((m, a, b, 0))))
    for grades, (m, a, b) in product([("优", "良", "中", "差"), ("优秀", "良好", "一般", "较差")], [(10, 8, 6), (6, 4, 2)]):
        out.append((f"考核结果为{'、'.join(grades)}的，分别得{m}分、{a}分、{b}分、0分", str(m), Ranks((m, a, b, 0))))
        out.append((f"{'、'.join(grades)}分别得{m}、{a}、{b}、0分，由考核组认定", str(m), Ranks((m, a, b, 0))))
        out.append((f"{'、'.join(grades)}分别得{m}、{a}、{b}、0分".translate(_FULL), str(m), Ranks((m, a, b, 0))))
        # more grades than points, the top short of the 分值
        out.append((f"{'、'.join(grades)}分别得{m}、{a}、{b}分", str(m), Unsure()))
        out.append((f"{'、'.join(grades)}分别得{m - 1}、{a}、{b}、0分", str(m), Unsure()))
    return out


# ── points in brackets after each grade (“好（5分）较好（3分）差（0分）”) ──────────────────────────────────────────────
def bracketed() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for grades, (m, a), (left, right), sep in product(
            [("好", "较好", "差"), ("满意", "基本满意", "不满意"), ("完成", "基本完成", "未完成")],
            [(5, 3), (10, 6)], [("（", "）")], ["", "、", "；"]):
        text = sep.join(f"{g}{left}{s}分{right}" for g, s in zip(grades, (m, a, 0)))
        out.append((text, str(m), Ranks((m, a, 0))))
    for grades, (m, a) in product([("好", "较好", "差"), ("完成", "基本完成", "未完成")], [(5, 3), (4, 2)]):
        out.append(("评价分为：" + "、".join(f"{g}({s}分)" for g, s in zip(grades, (m, a, 0))) + "，由考核组认定", str(m),
                    Ranks((m, a, 0))))
        out.append(("、".join(f"{g}({s}分)" for g, s in zip(grades, (m, a, 1))), str(m), Ranks((m, a, 1))))
        out.append(("、".join(f"{g}({s}分)" for g, s in zip(grades, (m + 1, a, 0))), str(m), Unsure()))
    return out


# ── shares of the points (“满意度90%以上的得满分，80%-90%的得80%分值，80%以下不得分”) ────────────────────────────────────
def shares() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for name, (m, hi, lo, s), phrase in product(["满意度", "群众满意率"],
                                                [(10, 90, 80, 80), (5, 95, 85, 60), (20, 90, 70, 50)],
                                                ["得{s}%分值", "得该项分值的{s}%", "按分值的{s}%计"]):
        sh = dec(m) * s / 100
        bands = Bands(((100, m), (hi + 1, m), ((hi + lo) // 2, sh), (lo - 5, 0)))
        said = phrase.format(s=s)
        out.append((f"{name}{hi}%以上的得满分，{lo}%-{hi}%的{said}，{lo}%以下不得分", str(m), bands))
    for name, (m, hi, lo, s) in product(["满意度", "群众满意率"], [(10, 90, 80, 80), (5, 95, 85, 60)]):
        sh = dec(m) * s / 100
        out.append((f"{name}≥{hi}%得满分；{lo}%≤{name}<{hi}%得{s}%分值；{name}<{lo}%不得分", str(m),
                    Bands(((100, m), (hi, m), (lo, sh), (hi - 1, sh), (lo - 1, 0)))))
        out.append((f"{name}达到{hi}%以上的得满分，{lo}%-{hi}%的得{s}%分值", str(m), Unsure()))
        out.append((f"{name}{hi}%以上的得满分，{lo}%-{hi}%的得{s}%分值，{lo}%以下不得分；发生有效投诉的每起扣1分", str(m), Unsure()))
    return out


# ── count bands of findings (“发现1次扣1分，2次扣3分，3次及以上不得分”) ───────────────────────────────────────────────
def count_bands() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (verb, unit), (m, x, y), (sep, more) in product(
            [("发现", "次"), ("出现", "起"), ("被通报", "次")],
            [(5, 1, 3), (10, 2, 5), (6, 2, 4)], [("，", "及以上"), ("；", "以上"), (";", "(含)以上")]):
        if more == "以上":
            continue  # (“3次以上” leaves 3 unsaid: the bands below are said with 及以上)
        bands = Bands(((0, m), (1, m - x), (2, m - y), (3, 0), (8, 0)))
        out.append((f"{verb}1{unit}扣{x}分{sep}2{unit}扣{y}分{sep}3{unit}{more}不得分", str(m), bands))
        out.append((f"{verb}1{unit}扣{x}分{sep}2{unit}扣{y}分{sep}3{unit}{more}不得分".translate(_FULL), str(m), bands))
    for (verb, unit), (m, x) in product([("出现", "起"), ("发现", "次"), ("受到通报批评", "次")],
                                        [(10, 5), (6, 3)]):
        out.append((f"{verb}1{unit}扣{x}分，2{unit}及以上不得分", str(m), Bands(((0, m), (1, m - x), (2, 0), (5, 0)))))
        out.append((f"{verb}1{unit}扣{x}分；{verb}2{unit}及以上的，本项不得分", str(m), Bands(((0, m), (1, m - x), (2, 0), (5, 0)))))
        out.append((f"0{unit}得满分；1{unit}得{m - x}分；2{unit}及以上0分", str(m), Bands(((0, m), (1, m - x), (2, 0), (4, 0)))))
        out.append((f"0{unit}得满分；1{unit}得{m - x}分；2{unit}以上0分", str(m), Either(Bands(((0, m), (1, m - x), (3, 0))), Unsure())))
        out.append((f"未{verb}的得满分，{verb}1{unit}得{m - x}分，{verb}2{unit}及以上不得分", str(m),
                    Bands(((0, m), (1, m - x), (2, 0), (4, 0)))))
        # a deduction per case beside the bands, a band unsaid
        out.append((f"{verb}1{unit}扣{x}分，3{unit}及以上不得分", str(m), Unsure()))
        out.append((f"{verb}1{unit}扣{x}分，2{unit}及以上不得分，每迟报1天另扣1分", str(m), Unsure()))
    for (m, a, b), unit in product([(5, 3, 1), (10, 6, 2)], ["件", "起"]):
        out.append((f"（1）0{unit}，{m}分；（2）1{unit}，{a}分；（3）2{unit}，{b}分；（4）3{unit}及以上，0分", str(m),
                    Bands(((0, m), (1, a), (2, b), (3, 0), (6, 0)))))
        out.append((f"1.无投诉得{m}分 2.投诉1{unit}得{a}分 3.投诉2{unit}得{b}分 4.投诉3{unit}及以上不得分", str(m),
                    Bands(((0, m), (1, a), (2, b), (3, 0), (6, 0)))))
    return out


# ── kinds of event (“未发生…得满分，发生一般…扣X分，发生较大…不得分”) ────────────────────────────────────────────────
def events() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for what, (m, x), (lo, hi), sep in product(["安全生产事故", "网络安全事件"],
                                               [(10, 5), (6, 3)],
                                               [("一般", "较大"), ("一般", "较大及以上"), ("轻微", "严重")], ["，", "；"]):
        want = Either(Ranks((m, m - x, 0)), Faults((Fault(lo, f"-{x}", False), Fault(hi, "0", False))))
        out.append((f"未发生{what}得满分{sep}发生{lo}{what}扣{x}分{sep}发生{hi}{what}不得分", str(m), want))
    for what, (m, x) in product(["安全生产事故", "环境污染事件"], [(10, 5), (6, 2)]):
        want = Either(Ranks((m, m - x, 0)), Faults((Fault("一般", f"-{x}", False), Fault("较大", "0", False))))
        out.append((f"全年未发生{what}的得{m}分；发生一般{what}的扣{x}分；发生较大{what}的不得分。以事故通报为准", str(m), want))
        out.append((f"①未发生{what}，得满分；②发生一般{what}，扣{x}分；③发生较大{what}，不得分", str(m), want))
        # each event of a kind: how several count is unsaid
        out.append((f"未发生{what}得满分，每发生1起一般{what}扣{x}分，发生较大{what}不得分", str(m),
                    Either(Faults((Fault("一般", f"-{x}", True), Fault("较大", "0", False))), Unsure())))
        out.append((f"未发生{what}得满分，发生一般{what}酌情扣分，发生较大{what}不得分", str(m), Unsure()))
    return out


# ── levels of an honour (“获国家级表彰得5分，省级3分，市级1分”) ─────────────────────────────────────────────────────
def honours() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (m, a, b), (what, sep), top in product([(5, 3, 1), (10, 6, 3)],
                                               [("表彰", "，"), ("荣誉", "；"), ("奖励", "、")],
                                               ["以最高级别计", "取最高分", "按最高计，不累计", "同一事项按最高级别计分，不重复计分"]):
        out.append((f"获国家级{what}得{m}分{sep}省级{a}分{sep}市级{b}分，{top}", str(m), Ranks((m, a, b, 0))))
    for (m, a, b), what in product([(5, 3, 1), (10, 6, 3)], ["表彰", "荣誉称号"]):
        # neither the highest nor the sum said: unsure
        out.append((f"获国家级{what}得{m}分，省级{a}分，市级{b}分", str(m), Unsure()))
        out.append((f"获国家级{what}得{m}分，获省级{what}得{a}分，获市级{what}得{b}分，未获{what}的不得分", str(m), Unsure()))
        out.append((f"获国家级{what}{m}分；省级{a}分；市级{b}分", str(m), Unsure()))
        # the sum said: each honour adds its points, within the 分值
        out.append((f"获国家级{what}得{m}分，省级{a}分，市级{b}分，可累计，最高不超过{m}分", str(m),
                    Either(Faults((Fault("国家", f"+{m}", None), Fault("省", f"+{a}", None), Fault("市", f"+{b}", None)),
                                  base="0"), Unsure())))
        out.append((f"获国家级{what}得{m}分，省级{a}分，市级{b}分（以最高级别计），以文件为准", str(m), Ranks((m, a, b, 0))))
        out.append((f"获国家级{what}得{m}分，省级{a}分，市级{b}分，未获{what}的不得分，以最高级别计", str(m), Ranks((m, a, b, 0))))
        out.append((f"获国家级{what}得{m}分，获省级{what}得{a}分，获市级{what}得{b}分，未获{what}的不得分，取最高分", str(m),
                    Ranks((m, a, b, 0))))
        out.append((f"获国家级{what}得{m}分，获省级{what}得{a}分，获市级{what}得{b}分，可累计", str(m), Unsure()))
    return out


# ── options phrased as a negative (“…的得N分，不…的不得分”) ──────────────────────────────────────────────────────────
def negatives() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (good, part, bad), (m, a), sep in product(
            [("按时报送且内容完整", "按时报送但内容不完整", "不按时报送"), ("制度健全", "制度基本健全", "不建立制度"),
             ("全部整改到位", "部分整改到位", "不整改")], [(5, 3), (10, 6)], ["；", "，"]):
        if sep == "；" and m == 10:
            continue
        out.append((f"{good}的得{m}分{sep}{part}的得{a}分{sep}{bad}的不得分", str(m), Ranks((m, a, 0))))
        out.append((f"{m}分：{good}{sep}{a}分：{part}{sep}{bad}的不得分", str(m), Ranks((m, a, 0))))
        out.append((f"{good}（{m}分）{sep}{part}（{a}分）{sep}{bad}的不得分", str(m), Ranks((m, a, 0))))
    return out


_ALL = (score_first() + lettered() + respectively() + bracketed() + shares() + count_bands() + events() + honours()
        + negatives())
#: (the first statement of a text the generators write twice)
CASES = first_statements(_ALL)


@cache
def _proposed(text: str, weight: str) -> Proposal:
    return propose(text, weight, "指标")


def test_the_probe_is_of_its_size():
    assert 200 <= len(CASES) <= 400
    assert len({(text, w) for text, w, _want in CASES}) == len(CASES)


test_every_made_up_text_is_scored_as_it_says_or_is_to_check = case_test(CASES, proposed=_proposed)


def test_the_readings_read_their_texts_exactly():
    exact = read_exactly(CASES, _proposed)
    assert exact == 131  # (107 before this round's readings; 131 with “得80%分值” read as a share of the row's points)
