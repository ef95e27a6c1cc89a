"""Made-up texts in the styles of companies' and institutions' assessment sheets — a department's or a post's KPI rows
(“得分=实际销售额/目标销售额×权重,最高不超过权重分”, “完成率=实际完成值/目标值×100%;得分=完成率×权重”, “完成目标值得20分,每低1%
扣1分,低于80%不得分”, 超额加分 “…最高不超过20分”), a month's 考核 of staff (“迟到、早退每人次扣0.5分,扣完为止”, complaints per
case, “基础分6分,受到书面表扬每次加1分,最高不超过10分”), inspection checklists (“查资料:有制度、有台账、有记录,缺一项扣1分”,
“【查现场】一处不符合扣0.5分,扣完为止”, “未建立制度的本项不得分,制度不完善的每处扣1分”), graded options written several ways
(优秀/良好/合格/不合格 with points, A档…D档, “评价为A的得10分…”, 完全符合/基本符合/不符合), rankings (“第一名得10分,第二名…,
其余不得分”, “排名前30%的得10分…”, “第一名得10分,每下降一个名次扣1分”) — and their near variants where a confident reading
would be wrong: a bonus past the 分值 (“每超额1%加0.5分,最高加5分”, “…不超过权重的120%”), a zeroing clause of another row
(“…第3项不得分”, “本项及下一项均不得分”), grades, places or prizes whose points do not fall in turn, a part done scoring more than
the whole, a cost per case given as a range (“扣1-2分”, “扣1～3分”), ranks with ties said or overlapping (“前30%…前50%”,
“并列第一名的…”), two units in one step (“每迟报1天或每少报1项扣1分”), the 权重 a share of another figure (“其中权重为第1项得分
的20%”) — each with what it states (a few situations and their scores) or that it is unsure (to check). Every proposal
scores every situation as the text says, or is not confident.

Confident readings found scoring wrong, and mended (121 texts of the 577, four causes; each now a doubt of the reading's
``consistency`` in ``services/frameworks/reading.py``, the proposal to check with a note naming the words):

- lettered grades, places or prizes whose points do not fall in turn (“A档得10分,B档得6分,C档得8分,D档得0分”, “评价为A的得10分,
  评价为B的得4分,评价为C的得7分…”, “第一名8分,第二名10分,第三名6分,其他0分”, “获一等奖得10分,获二等奖得6分,获三等奖得8分…”,
  “Ⅰ档…”, “达到A级标准得…”, “A类项目得…”; 56 texts): read surely as a 情形选择 whose options score as written — grades in
  words (优秀/良好) were already to check, letters and places were not. Now a choice whose labels each hold one grade
  (A–E, Ⅰ–Ⅴ, 甲–丁 before 档/级/等/类, 第N名, N等奖), the first of each in turn as listed, where a later one scores more is
  to check (``grades_out_of_turn``).
- a situation done in part scoring more than the same done whole (“符合6分,基本符合10分,不符合0分”, “规范6分,较规范10分…”,
  “全部完成6分,部分完成10分,未完成0分”; 33 texts): read surely as a choice. Now a label 基本/较/比较/部分/大体 + what is done
  scoring more than the label of what is done (or 完全/全部/全面 + it) is to check (``grades_out_of_turn``).
- two things counted in two units with one cost joined by 或 (“每迟报1天或每少报1项扣1分,扣完为止”, “每缺1项或一处不符合扣1分”,
  “每低1个百分点或每少1户扣1分”; 28 texts): read surely as a 延迟扣分 of the days or a deduction per case of one unit, the
  other count left out. Now such a step, its units differing, is to check unless a formula counts each apart
  (``two_units_one_step``); “每迟到1次或早退1次扣1分” (one unit) reads as before.
- the 权重 said as a share of another figure (“得分=实际值/目标值×权重,其中权重为第1项得分的20%”, “(权重为总分的20%)”, “权重占
  部门考核总分的20%”, “分值为上年得分的20%”; 4 texts): the clause was consumed as the 权重's definition and the 分值 entered
  read as the 权重. Now a 权重/权数/分值 “为…的N%” is to check (``_WEIGHT_AS_SHARE``).

Readings left to check that would score some situations otherwise (not confident, so no bar): a KPI's line below which
nothing is scored beside its formula, its bonuses within or past the 分值, steps both ways, a zeroing clause of another
row, costs as ranges, a zeroing count of lateness beside the cost per time, good deeds with a cap but no base, a deed
and a complaint together, inspection lists with 缺一项扣 (the list's words unplaced), grades in words (优秀/良好, 完全/基本
符合: the grade the evaluator's), rankings by share or by places not covering each other, ties said; “得分=实际/目标×权重”
with no cap said reads capped at 100% (a fair reading, the 分值 the row's most).

The checker is ``tests/probe_checks.py``'s, with ``word_options_wrongly`` for options named by their words.
"""
from __future__ import annotations

from decimal import Decimal
from itertools import product

from tests.probe_checks import (
    Either,
    Fault,
    Faults,
    Want,
    WordOpts,
    first_statements,
    probe_tests,
    word_options_wrongly,
)
from tests.proposals import Bands, Once, Per, Ranks, Unsure


# ── a department's or a post's KPI rows: 目标值, 完成率, 得分=实际/目标×权重 ───────────────────────────────────────────
def kpi() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for m, (name, unit), (eq, x, sep) in product((20, 15, 30), [("销售额", "万元"), ("回款额", "万元"), ("产量", "吨")],
                                               [("=", "×", ","), ("＝", "*", ";")]):
        if (m, name) not in {(20, "销售额"), (15, "回款额"), (30, "产量")}:
            continue
        capped = Bands(((100, m), (80, Decimal(m) * 8 / 10), (50, Decimal(m) / 2), (0, 0), (120, m)))
        upto = Bands(((100, m), (80, Decimal(m) * 8 / 10), (50, Decimal(m) / 2), (0, 0)))
        out.append((f"得分{eq}实际{name}/目标{name}{x}权重{sep}最高不超过权重分", str(m), capped))
        out.append((f"完成率{eq}实际完成值/目标值{x}100%{sep}得分{eq}完成率{x}权重{sep}超过100%的按100%计", str(m), capped))
        out.append((f"得分{eq}实际{name}/目标{name}{x}权重", str(m), Either(capped, Either(upto, Unsure()))))
        # a bonus past the 分值 said: the score may pass it
        out.append((f"得分{eq}实际{name}/目标{name}{x}权重{sep}超额完成的最高不超过权重的120%", str(m),
                    Either(Bands(((100, m), (50, Decimal(m) / 2), (120, Decimal(m) * 12 / 10), (150, Decimal(m) * 12 / 10))),
                           Unsure())))
        out.append((f"得分{eq}实际{name}/目标{name}{x}权重{sep}每超额1%加0.5分{sep}最高加5分", str(m), Unsure()))
        # a line below which nothing is scored
        out.append((f"得分{eq}实际{name}/目标{name}{x}权重{sep}完成率低于60%不得分", str(m),
                    Either(Bands(((100, m), (80, Decimal(m) * 8 / 10), (60, Decimal(m) * 6 / 10), (59, 0), (0, 0))),
                           Unsure())))
        # the 权重 a percentage of another row
        out.append((f"得分{eq}实际{name}/目标{name}{x}第2项得分{x}30%", str(m), Unsure()))
        out.append((f"按“{name}完成率”项得分的{m}%计", str(m), Unsure()))
        out.append((f"目标值{m * 100}{unit}{sep}得分{eq}实际{name}/目标值{x}权重", str(m),
                    Either(Bands(((100, m), (50, Decimal(m) / 2), (0, 0))), Unsure())))
    for m, line, x in [(20, 80, 1), (30, 90, 2), (10, 85, 0.5), (25, 70, 1)]:
        lo = line - 1
        at = 100 - 2
        out.append((f"完成目标值得{m}分,每低1%扣{x}分,低于{line}%不得分", str(m),
                    Either(Bands(((100, m), (at, max(0, m - 2 * Decimal(str(x)))), (lo, 0), (0, 0))), Unsure())))
        out.append((f"完成目标值得满分;每低1个百分点扣{x}分;完成率低于{line}%的不得分", str(m),
                    Either(Bands(((100, m), (at, max(0, m - 2 * Decimal(str(x)))), (lo, 0), (0, 0))), Unsure())))
        # bonuses: within the 分值, past it
        out.append((f"完成目标值得{m - 5}分,超额完成的每超1%加{x}分,最高不超过{m}分", str(m),
                    Either(Bands(((100, m - 5), (101, m - 5 + Decimal(str(x))))), Unsure())))
        out.append((f"完成目标值得{m}分,超额完成的每超1%加{x}分,最高加5分", str(m), Unsure()))
        out.append((f"完成目标值得{m}分,每超1%加{x}分,每低1%扣{x}分", str(m), Unsure()))
        # a zeroing clause of another row
        out.append((f"完成目标值得{m}分,每低1%扣{x}分;发生安全事故的,第3项不得分", str(m), Unsure()))
        # a step per unit given as a range
        out.append((f"完成目标值得{m}分,每低1%扣{x}-{x * 2}分", str(m), Unsure()))
    return out


# ── a month's 考核 of staff: per time, per person-time, lateness, complaints, good deeds with a cap ─────────────────────
def staff() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (x, m), (cm, sc), (a, b) in product([("1", "10"), ("0.5", "5")], [(",", ";"), ("，", "。")],
                                            [("迟到", "早退"), ("脱岗", "串岗")]):
        out.append((f"{a}{b}每次扣{x}分{cm}扣完为止", m, Per(x)))
        out.append((f"{a}、{b}每人次扣{x}分{cm}扣完为止{sc}", m, Per(x)))
        out.append((f"{a}{b}每次扣{x}分{cm}当月累计3次以上的本项不得分", m, Unsure()))
        # a range per case
        out.append((f"{a}{b}每次扣{x}-{int(Decimal(x)) + 2}分{cm}扣完为止", m, Unsure()))
        out.append((f"{a}{b}视情节每次扣1～3分", m, Unsure()))
    for (x, y), m, cm in product([("2", "5"), ("1", "3"), ("3", "10")], ("10",), (",", ";")):
        out.append((f"客户投诉每件扣{x}分{cm}经查实的有效投诉每起扣{y}分", m,
                    Either(Faults((Fault("客户投诉|投诉每件", f"-{x}", True), Fault("有效投诉", f"-{y}", True))), Unsure())))
        out.append((f"被客户投诉的,每件扣{x}分{cm}扣完为止", m, Per(x)))
        # good deeds with a cap, on a base
        base = int(m) - 4
        out.append((f"基础分{base}分{cm}受到书面表扬每次加{x}分{cm}最高不超过{m}分", m,
                    Faults((Fault("表扬", f"+{x}", True),), base=str(base))))
        out.append((f"受到书面表扬每次加{x}分{cm}最多加{y}分", m, Unsure()))
        out.append((f"每月基础分{m}分{cm}受表扬每次加{x}分{cm}最多加{y}分", m, Unsure()))
        out.append((f"受到表扬的每次加{x}分{cm}被投诉的每次扣{y}分", m, Unsure()))
    for m in ("5", "8"):
        out.append((f"全月无迟到早退得{m}分,迟到早退1次扣1分,3次以上不得分", m,
                    Either(Bands(((0, int(m)), (1, int(m) - 1), (2, int(m) - 2), (3, 0), (5, 0))), Unsure())))
        out.append((f"迟到或早退每次扣1分,旷工每天扣{m}分", m,
                    Either(Faults((Fault("迟到|早退", "-1", True), Fault("旷工", f"-{m}", True))), Unsure())))
        out.append(("迟到早退每次扣1分或每分钟扣0.1分", m, Unsure()))
        out.append(("迟到每次扣1分,每超过10分钟加扣0.5分", m, Unsure()))
    return out


# ── inspection checklists: 查资料/查现场, 缺一项扣, 一处不符合扣, 不得分 beside deductions ──────────────────────────────
def inspection() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    items = ["有制度", "有台账", "有记录", "有预案"]
    for k, x, (lead, cm) in product((3, 4), ("1", "0.5"), [("查资料:", "、"), ("【查资料】", ";")]):
        m = Decimal(x) * k
        got = cm.join(items[:k])
        out.append((f"{lead}{got},缺一项扣{x}分", str(m), Either(Per(x), Unsure())))
        out.append((f"{lead}{got}。缺1项扣{x}分,扣完为止", str(m), Either(Per(x), Unsure())))
        # the costs past the 分值
        out.append((f"{lead}{got},缺一项扣{Decimal(x) * 2}分", str(m), Either(Per(str(Decimal(x) * 2)), Unsure())))
        out.append((f"{lead}{got},缺一项扣{x}分;资料弄虚作假的,本项及下一项均不得分", str(m), Unsure()))
    for x, m, place in product(("1", "0.5"), ("10",), ("查现场:", "【查现场】")):
        out.append((f"{place}一处不符合扣{x}分,扣完为止", m, Per(x)))
        out.append((f"{place}发现一处不符合要求的扣{x}分", m, Either(Per(x), Unsure())))
        out.append((f"{place}一处不符合扣{x}分;未建立制度的不得分", m,
                    Either(Faults((Fault("不符合", f"-{x}", True), Fault("未建立", "0"))), Unsure())))
        out.append((f"{place}未建立制度的本项不得分,制度不完善的每处扣{x}分", m,
                    Either(Faults((Fault("未建立", "0"), Fault("不完善", f"-{x}", True))), Unsure())))
        # a zeroing clause of another row
        out.append((f"{place}一处不符合扣{x}分;未建立制度的,第二项不得分", m, Unsure()))
        out.append((f"{place}一处不符合扣{x}分,未建立制度的“安全管理”项不得分", m, Unsure()))
        # a step's cost given as a range
        out.append((f"{place}一处不符合扣{x}-{int(Decimal(x)) + 1}分", m, Unsure()))
        # two units in one step
        out.append((f"{place}每缺一项或一处不符合扣{x}分", m, Either(Per(x), Unsure())))
    for x in ("1", "2"):
        out.append((f"查资料、查现场。资料缺一项扣{x}分,现场一处不符合扣{x}分", "10",
                    Either(Faults((Fault("资料|缺", f"-{x}", True), Fault("现场|不符合", f"-{x}", True))), Unsure())))
        out.append((f"查资料、查现场。资料缺一项扣{x}分,现场一处不符合扣{int(x) + 1}分", "10",
                    Either(Faults((Fault("资料|缺", f"-{x}", True), Fault("现场|不符合", f"-{int(x) + 1}", True))),
                           Unsure())))
    return out


# ── graded options, written several ways ───────────────────────────────────────────────────────────────────────────────
def graded() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (a, b, c, d), (cm, de) in product([(10, 8, 6, 0), (20, 16, 12, 0)],
                                          [(",", "得"), ("；", ""), ("\n", "得")]):
        out.append((f"优秀{de}{a}分{cm}良好{de}{b}分{cm}合格{de}{c}分{cm}不合格{de}{d}分", str(a),
                    Either(WordOpts((a, b, c, d), words=("优秀", "良好", "合格", "不合格")), Unsure())))
        out.append((f"A档{de}{a}分{cm}B档{de}{b}分{cm}C档{de}{c}分{cm}D档{de}{d}分", str(a),
                    Either(WordOpts((a, b, c, d), words=("A档", "B档", "C档", "D档")), Unsure())))
        out.append((f"完全符合{de}{a}分{cm}基本符合{de}{c}分{cm}不符合{de}{d}分", str(a),
                    Either(WordOpts((a, c, d), words=("完全符合", "基本符合", "不符合")), Unsure())))
        # the points not in order of the grades
        out.append((f"优秀{de}{b}分{cm}良好{de}{a}分{cm}合格{de}{c}分{cm}不合格{de}{d}分", str(a), Unsure()))
        out.append((f"A档{de}{a}分{cm}B档{de}{c}分{cm}C档{de}{b}分{cm}D档{de}{d}分", str(a), Unsure()))
        out.append((f"完全符合{de}{c}分{cm}基本符合{de}{a}分{cm}不符合{de}{d}分", str(a), Unsure()))
        # the top grade past the 分值; ranges
        out.append((f"优秀{de}{a + 2}分{cm}良好{de}{b}分{cm}合格{de}{c}分{cm}不合格{de}{d}分", str(a), Unsure()))
        out.append((f"优秀{de}{b + 1}-{a}分{cm}良好{de}{c + 1}-{b}分{cm}合格{de}1-{c}分{cm}不合格{de}0分", str(a), Unsure()))
    for (a, b, c), lead in product([(10, 7, 4), (6, 4, 2)], ["评价为", "考核结果为", ""]):
        out.append((f"{lead}A的得{a}分,{lead}B的得{b}分,{lead}C的得{c}分,{lead}D的不得分", str(a),
                    Either(Ranks((a, b, c, 0)), Unsure())))
        out.append((f"{lead}A的得{a}分,{lead}B的得{c}分,{lead}C的得{b}分,{lead}D的不得分", str(a), Unsure()))
    return out


# ── rankings ─────────────────────────────────────────────────────────────────────────────────────────────────────────
def rankings() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (a, b, c), cm, de in product([(10, 8, 6), (15, 12, 9)], [",", "；"], ["得", ""]):
        out.append((f"第一名{de}{a}分{cm}第二名{de}{b}分{cm}第三名{de}{c}分{cm}其余不得分", str(a),
                    Either(Ranks((a, b, c, 0)), Unsure())))
        out.append((f"排名第1{de}{a}分{cm}第2{de}{b}分{cm}第3{de}{c}分", str(a), Either(Ranks((a, b, c)), Unsure())))
        out.append((f"排名前30%的{de}{a}分{cm}排名30%-60%的{de}{b}分{cm}排名后40%的不得分", str(a),
                    Either(Ranks((a, b, 0)), Unsure())))
        # ranks not in order of points, ties said
        out.append((f"第一名{de}{b}分{cm}第二名{de}{a}分{cm}第三名{de}{c}分", str(a), Unsure()))
        out.append((f"第一名{de}{a + 5}分{cm}第二名{de}{b}分{cm}第三名{de}{c}分", str(a), Unsure()))
        # one place lower, points off: ties unsaid
        out.append((f"第一名{de}{a}分{cm}每下降一个名次扣1分", str(a), Either(Per("1"), Unsure())))
        out.append((f"排名前30%{de}{a}分{cm}排名前50%{de}{b}分", str(a), Unsure()))
        out.append((f"第一名{de}{a}分{cm}并列第一名的{de}{b}分{cm}第二名{de}{c}分", str(a), Unsure()))
    return out


# ── near variants the first run found read surely (each a cause mended) ──────────────────────────────────────────────
def two_units() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (x, m), cm in product([("1", "10"), ("0.5", "5")], (",", "，")):
        for a, b in [("每迟报1天", "每少报1项"), ("每迟报一天", "缺报一项"), ("每延迟1天", "每缺1人"), ("每缺1项", "每迟1天"),
                     ("每缺1项", "一处不符合"), ("每缺1人", "每少1次"), ("每低1个百分点", "每少1户")]:
            out.append((f"{a}或{b}扣{x}分{cm}扣完为止", m, Unsure()))
        # one unit, or each step its own cost
        out.append((f"每迟到1次或早退1次扣{x}分{cm}扣完为止", m, Per(x)))
        out.append((f"每迟报1天扣{x}分或每少报1项扣{x}分{cm}扣完为止", m,
                    Either(Faults((Fault("迟报", f"-{x}", True), Fault("少报", f"-{x}", True))), Unsure())))
    return out


def degrees() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (whole, part, none), (a, b), (cm, de) in product(
            [("符合", "基本符合", "不符合"), ("符合要求", "基本符合要求", "不符合要求"), ("达到要求", "基本达到要求", "未达到"),
             ("齐全", "基本齐全", "不齐全"), ("规范", "较规范", "不规范"), ("及时", "较及时", "不及时"), ("完成", "基本完成", "未完成"),
             ("满意", "基本满意", "不满意"), ("达标", "基本达标", "不达标"), ("全部落实", "部分落实", "未落实"),
             ("全部完成", "部分完成", "未完成")], [(10, 6), (5, 3)], [(",", ""), (";", "得")]):
        if (a, cm) == (5, ";"):
            continue
        out.append((f"{whole}{de}{a}分{cm}{part}{de}{b}分{cm}{none}{de}0分", str(a),
                    Either(WordOpts((a, b, 0), words=(whole, part, none)), Unsure())))
        # the part scoring more than the whole
        out.append((f"{whole}{de}{b}分{cm}{part}{de}{a}分{cm}{none}{de}0分", str(a), Unsure()))
    return out


def turned() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (a, b, c), cm in product([(10, 8, 6), (20, 15, 10)], [",", ";"]):
        for fmt_ in ["第{}名{}分", "获{}等奖得{}分", "{}档{}分", "达到{}级标准得{}分", "{}类项目得{}分"]:
            names = {"第{}名{}分": ("一", "二", "三"), "获{}等奖得{}分": ("一", "二", "三"), "{}档{}分": ("Ⅰ", "Ⅱ", "Ⅲ")}.get(
                fmt_, ("A", "B", "C"))
            tail = {"第{}名{}分": "其他0分", "获{}等奖得{}分": "未获奖不得分", "{}档{}分": "Ⅳ档0分"}.get(fmt_, "其他不得分")
            line = cm.join(fmt_.format(n, p) for n, p in zip(names, (a, b, c)))
            out.append((f"{line}{cm}{tail}", str(a), Either(Ranks((a, b, c, 0)), Unsure())))
            for pts in [(b, a, c), (a, c, b)]:
                line = cm.join(fmt_.format(n, p) for n, p in zip(names, pts))
                out.append((f"{line}{cm}{tail}", str(a), Unsure()))
        out.append((f"评价等级A得{a}分{cm}B得{c}分{cm}C得{b}分{cm}D得0分", str(a), Unsure()))
    return out


def shares() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for m, k in product((20, 10, 15), (20, 30)):
        out.append((f"得分=实际值/目标值×权重,其中权重为第1项得分的{k}%", str(m), Unsure()))
        out.append((f"得分=完成率×权重(权重为总分的{k}%)", str(m), Unsure()))
        out.append((f"得分=完成率×权重;权重占部门考核总分的{k}%", str(m), Unsure()))
        out.append((f"得分=完成率×分值,分值为上年得分的{k}%", str(m), Unsure()))
    return out


# ── more of the sheets' rows: bands by rate, lateness by kind, complaints, lists of points, zeroing clauses ──────────
def more() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for m, a in [(10, 8), (20, 16)]:
        out.append((f"完成率≥100%得{m}分;90%≤完成率<100%得{a}分;完成率<90%不得分", str(m),
                    Bands(((120, m), (100, m), (95, a), (90, a), (89, 0), (0, 0)))))
        out.append((f"完成率≥100%得{m}分;90%≤完成率<100%得{m + 2}分;完成率<90%不得分", str(m), Unsure()))
        out.append((f"完成率≥100%得{m}分;90%≤完成率<100%得{a}分;80%≤完成率<90%得{a + 1}分;完成率<80%不得分", str(m), Unsure()))
        out.append((f"完成率≥100%得{m}分;90%≤完成率<100%得{a}分;完成率<90%按比例得分", str(m), Unsure()))
        out.append((f"完成率100%以上得{m}分,90%-100%得{a}分,低于90%不得分,超额完成的每超5%加1分", str(m), Unsure()))
        out.append((f"目标值100万元,完成目标值得{m}分,每多10万元加1分,最多加2分", str(m), Unsure()))
    for x, y in [("1", "2"), ("0.5", "1")]:
        out.append((f"迟到每次扣{x}分,早退每次扣{y}分,扣完为止", "10",
                    Faults((Fault("迟到", f"-{x}", True), Fault("早退", f"-{y}", True)))))
        out.append((f"迟到每次扣{x}分,早退每次扣{y}分,旷工每次扣5分,扣完为止", "10",
                    Faults((Fault("迟到", f"-{x}", True), Fault("早退", f"-{y}", True), Fault("旷工", "-5", True)))))
        out.append((f"迟到早退每人每次扣{x}分,扣完为止", "10", Per(x)))
        out.append((f"迟到早退每次扣{x}分,每人每月最多扣5分", "10", Unsure()))
        out.append((f"迟到每次扣{x}分,早退每次扣{x}-{y}分,扣完为止", "10", Unsure()))
        out.append((f"迟到15分钟以内每次扣{x}分,15分钟以上每次扣{y}分,扣完为止", "10", Unsure()))
        out.append((f"客户投诉每次扣{y}分,扣完为止;发生重大投诉的,其他各项均不得分", "10", Unsure()))
        out.append((f"客户投诉每次扣{y}分,扣完为止;发生重大投诉的,本月考核不得分", "10", Unsure()))
    for a, b, c in [(2, 2, 1), (3, 1, 1)]:
        m = a + b + c
        out.append((f"查资料:制度健全得{a}分,台账完整得{b}分,记录规范得{c}分", str(m), Once((str(a), str(b), str(c)))))
        out.append((f"查资料:制度健全得{a}分,台账完整得{b}分,记录规范得{c + 1}分", str(m), Unsure()))
        out.append((f"查资料:制度健全{a}分,台账完整{b}分,记录规范{c}分;资料弄虚作假的第5项不得分", str(m), Unsure()))
        out.append(("未建立制度的,第3项不得分;制度不完善的,每处扣1分,扣完为止", str(m), Unsure()))
        out.append(("未建立制度的,不得分;制度不完善的,每处扣1分,扣完为止;未建立台账的,第3项不得分", str(m), Unsure()))
    return out


_ALL = (kpi() + staff() + inspection() + graded() + rankings() + two_units() + degrees() + turned() + shares()
        + more())
#: (the first statement of a text the generators write twice)
CASES = first_statements(_ALL)


(test_the_probe_is_of_its_size,
 test_every_made_up_text_is_scored_as_it_says_or_is_to_check) = probe_tests(CASES, 300, 600, own=word_options_wrongly)
