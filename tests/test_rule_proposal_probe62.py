"""Made-up texts in the styles of county and department year-end assessments and 部门整体支出 evaluations that add and
take points around a row — bonus rows by level of honour (“获国家级表彰加3分、省级加2分、市级加1分，同一事项按最高级别计，累计
不超过5分”, “获…表彰的得5分；…未获表彰的不得分”, levels said by the body or the place: 中央/省委/市委, 省委省政府, 全国/全省/全市,
国务院/省政府, 部级/厅级/处级; things given at a level: 通报表扬, 批示肯定, 经验做法被推广, 信息被采用, 入选示范; media), levels
of a censure each a situation (“未被通报批评的得5分；被县级通报批评的得3分；被市级…的不得分”, 约谈, 问责, 通报), a base score then
additions and deductions (“基础分6分，每…加0.5分，每…扣1分，最高10分”), 一票否决 and zeroing clauses (“发生重大责任事故的，本项
不得分”, “实行一票否决”, “本部分不得分”, “年度考核不得评为优秀”), deductions that may go below zero or not (“扣完为止”, “扣分不超过
本项分值”, “最多扣至0分”, “本项最低为0分”, “可扣至负分”, “扣分不设上限”), points off the whole section (“在总分中扣除”, “超出部分
从总分中扣除”) and stops at a section's points (“本部分扣完为止”, “在该一级指标内扣完为止”), “不重复扣分” / “同一问题不重复扣分”,
按最高/最低 one (“按最高一项扣分”, “按最低一项计分”, “就高不就低”) — with variants of figures, full- and half-width marks, line
breaks and the order of clauses; each with what it states (a few situations and their scores) or that it is unsure (to
check). Every proposal scores every situation as the text says, or is not confident.

Confident readings found scoring wrong, and mended (78 texts of the 424, three causes):

- levels of an honour said without 级 or given otherwise than 表彰 (“受到中央表彰的得5分，受到省委表彰的得3分，…未受表彰的不得
  分”, “获全国表彰…全省…全市”, “受到省委省政府表彰…市委市政府…”, “被国务院表扬…省政府…”, “获部级领导批示肯定…厅级…处级…”,
  “经验做法被国家级推广的得5分，被省级推广的…”, “信息被…采用”, “入选…示范”; 29 texts): read surely as a 情形选择,
  though a unit may hold several levels at once, the highest or the sum unsaid — the doubt ``choice.honours_unsaid`` says of
  “获国家级表彰…省级…” was not said, its level words (…级, 国家, 全国) and honour words (表彰, 荣誉, 奖, 称号…) too few. Now
  ``_HONOUR_LEVEL`` also knows 全省/全市/全县/全区, 中央, 国务院, 部委, 省委/市委/省政府/…, 厅级/处级/局级/地厅级/司局级 and a
  place after 被/获/获评/受 before an honour (“获评省先进集体”), and ``_HONOUR`` 表扬, 肯定, 推广, 采用, 采纳, 批示, 示范,
  入选, 经验交流, 先进; the same levels as points adding up to the 分值 (“获部级领导批示肯定得5分；获厅级…得3分；获处级…得1分”;
  4 texts) were read surely as a 要点核查 summing them: ``reading._LEVEL_OF_POINT`` knows the levels of an office (厅级, 处级, …)
  so that “同一事项的不同级别” is said.
- levels of a censure each a situation (“未被约谈的得5分，被县级约谈的得3分，被市级约谈的不得分”, “…被省委通报批评的不得分”,
  通报批评, 通报, 问责; 24 texts): read surely as a choice, though a unit may be censured at two levels at once, which one
  counts unsaid. ``honours_unsaid`` now says that doubt of levels of a censure (``_CENSURE``: 批评, 约谈, 问责, 通报, 曝光,
  处分, 警告, 督办, 挂牌; “受到多个级别的通报、约谈等时按最重一级计还是累计…”) unless the worst is said to count
  (``HIGHEST_SAID`` or ``_WORST_SAID``: “按最重一级计”, “从重”, “按最低分计”) and nothing is added up.
- a stop at the points of a section holding the row (“每发现一处问题扣1分，本部分扣完为止”, “本大项扣完为止”, “在该一级指标内扣
  完为止”, “本类指标扣完为止”, “在本板块分值内扣完为止”, “本模块分值扣完为止”; 21 texts): the scope read as a description and the
  stop as the row's, so 15 cases scored 0 where the deductions run on into the section's other rows. Now such a stop is
  among ``reading.VAGUE``'s words (never confident); “本项扣完为止”, “本指标扣完为止”, “该项分值扣完为止” stay the row's, read
  surely.

Exact on the 424 texts: 48 read surely now, all right (126 read surely before, 78 of them wrong). Corpus unchanged
(tuning exact 6818 of 7528, 0 confident but wrong; hold-out 123 exact, 0 confident but wrong).

Readings left to check that would score some situations otherwise (not confident, so no bar): levels of an honour added
(“加3分”) whether or not the highest or a cap is said, “累计不超过” or “可累加” beside a choice, levels per honour (“每获得1项…”),
a base score short of the 分值 with additions or deductions, with or without a top (“最高10分”, “最低0分”, “满分10分”), a
zeroing clause beside deductions (the g=0 formula, to check as before), 一票否决 (whether it reaches past the row), zeros
of a section or of the year's assessment, “可扣至负分”, “扣分不设上限”, “在总分中扣除”, “超出部分从总分中扣除”, “最多扣至0分”
after deductions that do not add up to the 分值, “不重复扣分” in every form, “按最高一项扣分” beside faults each costing
points, “按最低一项计分”. Read surely and right: per-case deductions with 扣完为止 and its other words (“扣至0分为止”, “本项
最低为0分”, “直至扣完”), a 基础分 equal to the 分值 before them, levels of a censure each taken off once with 扣完为止
(“被国家级通报批评的扣5分，…省级…3分，…市级…1分，扣完为止”), levels of an honour with the highest said (“…；同一事项按最高级别
计”, “不累计”, “就高不就低”). “获一等奖得5分，二等奖3分…” (grades of one award) and levels of a report in the media
(“国家级媒体正面报道5分;省级…”, tests/test_rule_proposal_unseen38.py) stay sure choices.

The checker is ``tests/probe_checks.py``'s.
"""
from __future__ import annotations

from itertools import product

from tests.probe_checks import Either, Fault, Faults, Want, first_statements, probe_tests
from tests.proposals import Bands, Per, Ranks, Unsure

_LEVELS = [("国家级", "省级", "市级"), ("省级", "市级", "县级"), ("国家级", "省部级", "市厅级")]


def _p(t: str, comma: str) -> str:
    """``t`` with its full-width marks half width where ``comma`` is “,”."""
    return t.replace("，", ",").replace("；", ";").replace("。", ".") if comma == "," else t


# ── bonus rows by level of honour ─────────────────────────────────────────────────────────────────────────────────
def honours() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (a, b, c), (x, y, z), comma in zip(_LEVELS, [(3, 2, 1), (5, 3, 1), (2, 1, 0.5)], ["，", ",", "，"]):
        hi = x
        lv = f"获{a}表彰加{x}分、{b}加{y}分、{c}加{z}分"
        faults = (Fault(a, f"+{x}", True), Fault(b, f"+{y}", True), Fault(c, f"+{z}", True))
        # several honours add up to a cap; one matter at its highest level
        out.append((_p(f"{lv}，同一事项按最高级别计，累计不超过{hi + 2}分", comma), str(hi + 2),
                    Either(Faults(faults, base="0"), Unsure())))
        # the highest one only: a choice of the levels
        out.append((_p(f"{lv}，按最高一项计分", comma), str(hi), Either(Ranks((x, y, z)), Unsure())))
        out.append((_p(f"获{a}表彰的得{x}分；获{b}表彰的得{y}分；获{c}表彰的得{z}分；未获表彰的不得分。多项表彰的按最高级别计分",
                       comma), str(hi), Either(Ranks((x, y, z, 0)), Unsure())))
        # nothing said of several: adding or the highest
        out.append((_p(lv, comma), str(hi), Unsure()))
        out.append((_p(f"获{a}表彰的得{x}分；获{b}表彰的得{y}分；获{c}表彰的得{z}分；未获表彰的不得分", comma), str(hi), Unsure()))
        out.append((_p(f"{lv}，累计不超过{hi}分", comma), str(hi), Either(Faults(faults, base="0"), Unsure())))
        # the cap past the 分值, or the 分值 short of the highest level
        out.append((_p(f"{lv}，累计不超过{hi + 4}分", comma), str(hi + 2), Unsure()))
        out.append((_p(f"{lv}，按最高一项计分", comma), str(hi + 2), Unsure()))
        # per honour, capped
        out.append((_p(f"每获得1项{c}以上荣誉加{z}分，最多加{hi}分", comma), str(hi),
                    Either(Bands(((0, 0), (1, z), (40, hi))), Unsure())))
    # levels said by the body or the place, no 级; things given at a level other than 表彰 (all held at once unsaid)
    bodies = [("中央", "省委", "市委"), ("省委省政府", "市委市政府", "县委县政府"), ("全国", "全省", "全市"),
              ("国务院", "省政府", "市政府"), ("部级领导", "厅级领导", "处级领导")]
    given = [("表彰", "获", "受到"), ("通报表扬", "获", "获"), ("批示肯定", "获", "获"), ("表扬", "受到", "被")]
    for (a, b, c), (what, v1, v2), (x, y, z) in product(bodies, given, [(5, 3, 1)]):
        out.append((f"{v1}{a}{what}的得{x}分，{v2}{b}{what}的得{y}分，{v2}{c}{what}的得{z}分，未{v1}{what}的不得分", str(x),
                    Unsure()))
    for (a, b, c), x in zip(_LEVELS, (5, 4, 6)):
        for thing in ["经验做法被{}推广", "信息被{}采用", "工作被{}媒体报道", "入选{}示范"]:
            lv = [thing.format(level) for level in (a, b, c)]
            # (reports in the media: no honour held, read as the one report's level — tests/test_rule_proposal_unseen38.py)
            want = Either(Ranks((x, x - 2, 1, 0)), Unsure()) if "报道" in thing else Unsure()
            out.append((f"{lv[0]}的得{x}分，{lv[1]}的得{x - 2}分，{lv[2]}的得1分，其他不得分", str(x), want))
    # the levels' points adding up to the 分值: added (each held) or the highest only, unsaid
    for (a, b, c), what, sep in product([("部级", "厅级", "处级"), ("中央", "省委", "市委"), ("国家级", "省级", "市级")],
                                        ["领导批示肯定", "表彰"], ["；", "\n"]):
        out.append((f"获{a}{what}得5分{sep}获{b}{what}得3分{sep}获{c}{what}得1分", "9", Unsure()))
    for (a, b, c), say in product([("全国", "全省", "全市"), ("中央", "省委", "市委")], ["同一事项按最高级别计", "以最高级别计",
                                                                                      "不累计", "就高不就低"]):
        out.append((f"获{a}表彰得5分；获{b}表彰得3分；获{c}表彰得1分；未获表彰不得分；{say}", "5",
                    Either(Ranks((5, 3, 1, 0)), Unsure())))
        out.append((f"获{a}表彰得5分；获{b}表彰得3分；获{c}表彰得1分；未获表彰不得分；{say}，不同项目可累计", "5", Unsure()))
    return out


# ── levels of a censure, each a situation ─────────────────────────────────────────────────────────────────────────
def censures() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (a, b, c), what, (x, y) in product([("县级", "市级", "省级"), ("市级", "省级", "国家级"), ("县委", "市委", "省委")],
                                            ["通报批评", "约谈", "通报", "问责"], [(5, 3)]):
        out.append((f"未被{what}的得{x}分；被{a}{what}的得{y}分；被{b}{what}的得1分；被{c}{what}的不得分", str(x), Unsure()))
        out.append((f"未被{what}的得{x}分，被{a}{what}的得{y}分，被{b}{what}的不得分", str(x), Unsure()))
        out.append((f"未被{what}的得{x}分；被{a}{what}的得{y}分；被{b}{what}的不得分；同时被多级{what}的按最重一级计", str(x),
                    Either(Ranks((x, y, 0)), Unsure())))
    return out


# ── a base score then additions and deductions ────────────────────────────────────────────────────────────────────
def base_score() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for ((b, up, dn, top), comma), (good, bad) in product(zip([(6, "0.5", "1", 10), (60, "2", "5", 100), (3, "0.5", "0.5", 5)],
                                                              ["，", ",", "，"]),
                                                          [("开展1次专题活动", "发现1处问题"), ("被采用1篇信息", "迟报1次")]):
        gw, bw = good[2:4] if good.startswith("开展") else good[3:5], bad[3:5] if bad.startswith("发现") else bad[:2]
        both = (Fault(gw, f"+{up}", True), Fault(bw, f"-{dn}", True))
        out.append((_p(f"基础分{b}分，每{good}加{up}分，每{bad}扣{dn}分，最高{top}分", comma), str(top),
                    Either(Faults(both, base=str(b)), Unsure())))
        out.append((_p(f"基础分{b}分，每{good}加{up}分，每{bad}扣{dn}分，最高{top}分，最低0分", comma), str(top),
                    Either(Faults(both, base=str(b)), Unsure())))
        out.append((_p(f"基础分{b}分。每{good}加{up}分；每{bad}扣{dn}分。满分{top}分", comma), str(top),
                    Either(Faults(both, base=str(b)), Unsure())))
        # the top not said: the 分值 or past it
        out.append((_p(f"基础分{b}分，每{good}加{up}分，每{bad}扣{dn}分", comma), str(top), Unsure()))
        # only additions
        out.append((_p(f"基础分{b}分，每{good}加{up}分，最高{top}分", comma), str(top),
                    Either(Faults((both[0],), base=str(b)), Unsure())))
        # only deductions, from a base short of the 分值
        out.append((_p(f"基础分{b}分，每{bad}扣{dn}分，扣完为止", comma), str(top),
                    Either(Faults((both[1],), base=str(b)), Unsure())))
        # the base the 分值
        out.append((_p(f"基础分{top}分，每{bad}扣{dn}分，扣完为止", comma), str(top), Per(dn)))
        # the top past the 分值
        out.append((_p(f"基础分{b}分，每{good}加{up}分，最高{top + 5}分", comma), str(top), Unsure()))
    return out


# ── 一票否决 and zeroing clauses ──────────────────────────────────────────────────────────────────────────────────
def zeroing() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for ((x, m), comma), ev in product(zip([("1", "10"), ("0.5", "5"), ("2", "20")], ["，", ",", "，"]),
                                       ["发生重大责任事故", "出现违纪违法问题被查处"]):
        zero = Fault(ev[2:4] if ev.startswith("发生") else "违纪", "0", False)
        per = Fault("问题", f"-{x}", True)
        out.append((_p(f"每发现一处问题扣{x}分，扣完为止；{ev}的，本项不得分", comma), m,
                    Either(Faults((per, zero)), Unsure())))
        out.append((_p(f"{ev}的，本项不得分；每发现一处问题扣{x}分，扣完为止", comma), m,
                    Either(Faults((per, zero)), Unsure())))
        out.append((_p(f"{ev}的，本项不得分", comma), m, Either(Faults((zero,)), Unsure())))
        out.append((_p(f"{ev}的，实行一票否决", comma), m, Unsure()))
        out.append((_p(f"每发现一处问题扣{x}分，扣完为止；{ev}的，实行一票否决", comma), m, Unsure()))
        out.append((_p(f"按时完成得{m}分，未完成不得分；{ev}的实行一票否决", comma), m, Unsure()))
        # zeroing more than the row
        out.append((_p(f"每发现一处问题扣{x}分，扣完为止；{ev}的，本部分不得分", comma), m, Unsure()))
        out.append((_p(f"每发现一处问题扣{x}分，扣完为止；{ev}的，年度考核不得评为优秀", comma), m, Unsure()))
    return out


# ── deductions that may go below zero or not ───────────────────────────────────────────────────────────────────────
def below_zero() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for ((x, m), comma), what in product(zip([("1", "10"), ("0.5", "5"), ("2", "6"), ("0.2", "2")], ["，", ",", "；", ";"]),
                                         ["每发现一处问题", "每有1人次未参加"]):
        out.append((_p(f"{what}扣{x}分，扣完为止", comma), m, Per(x)))
        out.append((_p(f"{what}扣{x}分，扣分不超过本项分值", comma), m, Either(Per(x), Unsure())))
        out.append((_p(f"{what}扣{x}分，最多扣至0分", comma), m, Either(Per(x), Unsure())))
        out.append((_p(f"{what}扣{x}分，本项最低为0分", comma), m, Either(Per(x), Unsure())))
        out.append((_p(f"{what}扣{x}分，最多扣{int(m) // 2}分", comma), m, Either(Per(x, str(int(m) // 2)), Unsure())))
        # below zero, or off the whole section
        out.append((_p(f"{what}扣{x}分，可扣至负分", comma), m, Unsure()))
        out.append((_p(f"{what}扣{x}分，扣分不设上限", comma), m, Unsure()))
        out.append((_p(f"{what}扣{x}分，在总分中扣除", comma), m, Unsure()))
        out.append((_p(f"{what}扣{x}分，本项扣完后在总分中继续扣除", comma), m, Unsure()))
        out.append((_p(f"{what}扣{x}分，超出部分从总分中扣除", comma), m, Unsure()))
    return out


# ── “不重复扣分” ──────────────────────────────────────────────────────────────────────────────────────────────────
def no_twice() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for ((x, m), comma), tail in product(zip([("1", "10"), ("0.5", "5"), ("2", "8")], ["，", ",", "，"]),
                                         ["同一问题不重复扣分", "不重复扣分", "同一问题在其他指标已扣分的，本项不重复扣分",
                                          "同一事项不重复扣分"]):
        out.append((_p(f"每发现一处问题扣{x}分，{tail}，扣完为止", comma), m, Either(Per(x), Unsure())))
        out.append((_p(f"每发现一处问题扣{x}分，扣完为止。{tail}", comma), m, Either(Per(x), Unsure())))
        # faults each once, no stop
        out.append((_p(f"资料不全扣{x}分，记录不规范扣{x}分，{tail}", comma), m, Unsure()))
    return out


# ── the highest (or lowest) one ─────────────────────────────────────────────────────────────────────────────────
def highest() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for ((a, b, c), comma), (x, y, z) in product(zip(_LEVELS, ["，", ",", "，"]), [(5, 3, 1), (3, 2, 1), (4, 2, 1)]):
        m = x
        lv = f"被{a}通报批评的扣{x}分，被{b}通报批评的扣{y}分，被{c}通报批评的扣{z}分"
        # several levels at once: the highest only
        out.append((_p(f"{lv}，按最高一项扣分", comma), str(m), Either(Ranks((m, m - z, m - y, 0)), Unsure())))
        out.append((_p(f"{lv}，同一事项按最高级别扣分，不重复扣分", comma), str(m), Unsure()))
        out.append((_p(f"{lv}，扣完为止", comma), str(m),
                    Either(Faults((Fault(a, f"-{x}"), Fault(b, f"-{y}"), Fault(c, f"-{z}"))), Unsure())))
        out.append((_p(f"{lv}，扣完为止，同时存在多种情形的按最高一项扣分", comma), str(m), Unsure()))
        out.append((_p(f"出现{a}问题扣{x}分，出现{b}问题扣{y}分，同时存在的按最高一项扣分", comma), str(m), Unsure()))
        # lowest of ratings
        out.append((_p(f"评价为好的得{x}分，较好的得{y}分，一般的得{z}分，有多个评价的按最低一项计分", comma), str(m),
                    Either(Ranks((x, y, z)), Unsure())))
    return out


# ── the stop at a section's points, not the row's ──────────────────────────────────────────────────────────────────
def section_stop() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (x, m), sep in zip([("1", "10"), ("0.5", "4"), ("2", "12")], ["，", ",", "\n"]):
        for scope in ["本部分扣完为止", "本大项扣完为止", "在该一级指标内扣完为止", "本类指标扣完为止", "在本板块分值内扣完为止",
                      "本模块分值扣完为止", "该部分分值扣完为止", "扣至本部分0分为止"]:
            out.append((f"每发现一处问题扣{x}分{sep}{scope}", m, Unsure()))
        # the row's own stop
        for scope in ["本项扣完为止", "本指标扣完为止", "该项分值扣完为止", "扣完本项分值为止", "扣完为止"]:
            out.append((f"每发现一处问题扣{x}分{sep}{scope}", m, Either(Per(x), Unsure()) if sep == "\n" else Per(x)))
    return out


_ALL = honours() + censures() + base_score() + zeroing() + below_zero() + no_twice() + highest() + section_stop()
#: (the first statement of a text the generators write twice)
CASES = first_statements(_ALL)


(test_the_probe_is_of_its_size,
 test_every_made_up_text_is_scored_as_it_says_or_is_to_check) = probe_tests(CASES, 300, 600)
