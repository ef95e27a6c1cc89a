"""Made-up texts in the styles the last merge taught the readings (party-branch, school and company wording, with
variants): faults with bare minuses beside “-N分” (“上报不及时-1分，内容不完整-1，未上报-2”, “-2分/人”); a requirement, its
points in brackets, perhaps how it is checked (查资料), then its deduction (“…设立支部委员会。（8分）没有按要求设立的扣4分。”);
situations each in a cell of their own with commas inside (“…及时稳妥处置（3分）；处置不及时（1分）；不处置（0分）”); a time
limit from an event then each month late (“2个月内增补不扣分，每延1个月扣0.5分”, 每推迟); deductions per course or major
(“每更改1门扣0.2分”, “每专业年级扣0.5分”); a base at a share's line with a step either way; “分数按“A÷B×10”来计算”; 钮扣/
纽扣/扣好 beside points; a share required then the 分值; faults per case then additions per case capped (“每起加1分，限加2
分”); 记零分 and the OCR l for 1 (“l0”); “未达1200元/人·年，不得分”; awards of rising levels past the 分值 — with numbers in
other units and places, full- and half-width punctuation, line breaks, clauses in another order. And near variants that
must not be read surely: minuses that are ranges (“扣1-2分”, “-1～2分”), dates (“2024-03-01前”), a count (“-1次”), points
earned beside a minus, a bracket that is a part's points (“（4分）” on 8), the scoring in a bracket, 延长/以内, 门 of a word
(门卫, 部门), a product by another figure than the 分值, a money line with 以上 and a step, awards not rising — and a score's
range below zero said beside a deduction (“…扣完为止（最终得分-4~+4）”, “本表总分-10~+10分”). Each with what it states or that
it is unsure (to check). Every proposal scores every situation as the text says, or is not confident.

Confident readings found scoring wrong, and mended (16 texts of the 557, one cause):

- a score's range running below zero, stated beside a deduction (“组织生活每缺1次扣1分，扣完为止（最终得分-4~+4）”, “（得分-5～
  +5）”, “。最终得分-4~+4”, “（分值-4~4）”; 16 texts): its figures being the 分值's own, nothing was left unplaced, and the
  deduction read surely from the 分值 down to 0, though the row may score below zero (a signed score, or one of a table
  scored to either side). Other forms were already to check: 扣完为止 with “(-4~+4分)” or “±4分” after it (“扣分之后另给得
  分”), “本表总分-10~+10分” (its 10 unplaced). Now a range from a minus to a plus figure, or from a minus after 得分/总分/分值/
  分数/范围, is noted (``wording.scores_signed_range``, ``_SIGNED_RANGE``: ““-4~+4”：得分可低于0，规则按0～分值计，请核对”),
  never a fault's range of costs (“执行力不够-1~5”) nor a date or a range of figures (“2023-2024”, “扣1-4分”).

Readings left to check that would score some situations otherwise (not confident, so no bar): bare minuses read as
deductions (“-1” with no 扣 nor 分), minuses of a range read as one cost, a requirement read for its bracketed scoring,
cells told apart by a count in a period (“半年至少1次（4分）；一年1次（2分）”), a grace said in days with a step of months
(“60日内…每延1个月”, the grace read as 60 months), a half month's step (“每延半个月扣0.5分”), the base at a share's line
with the additions above it left out, a quoted product with a floor or a term added, 纽扣 counted without 每 (“纽扣缺失扣1
分，扣完为止”, read per case), money standards beside other faults, awards past the 分值 held to it, additions per case
with a cap. Sure and right: the cells with commas (“完成，效果好（4分）、完成，效果一般（2分）、未完成（0分）”, on lines of their
own, “得4分”, “：4分”), a time limit with no grace of its own (“整改期限2个月，每延1个月扣1分，扣完为止”), per-person minuses
with 分 said and 扣完为止 (“未开展-2分/人，过程材料不全-1分，无总结-1分，扣完为止”), per course and per major, 钮扣 checklists,
“未建立不得分” after a requirement in brackets, money bands with 以上.

The checker is ``tests/probe_checks.py``'s.
"""
from __future__ import annotations

from decimal import Decimal
from itertools import product

import pytest

from services.scoring.rules.wording import scores_signed_range
from tests.probe_checks import Either, Fault, Faults, Want, first_statements, probe_tests
from tests.proposals import Bands, Per, Ranks, Unsure

_CN = {1: "一", 2: "两", 3: "三", 4: "四", 5: "五", 6: "六"}


def _n(x: Decimal | int | float | str) -> str:
    return format(Decimal(str(x)).normalize(), "f")


def _d(x: object) -> Decimal:
    return Decimal(str(x))


def _half(text: str, k: int) -> str:
    """Full-width punctuation on even ``k``, half-width on odd (and 、 as a comma on ``k`` 3 mod 4)."""
    if k % 2 == 0:
        return text
    return text.translate(str.maketrans("，；：（）。", ",;:().")).replace("、", ",") if k % 4 == 3 else \
        text.translate(str.maketrans("，；：（）", ",;:()"))


# ── minuses beside “-N分”, some bare; per person ────────────────────────────────────────────────────────────────────
def minuses() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (a, b, c, m), k in product([("上报不及时", "内容不完整", "未上报", 4), ("会议未按时召开", "记录不规范", "未形成决议", 5),
                                    ("作业批改不及时", "批改不认真", "未布置作业", 4), ("巡检漏项", "台账填写不全", "未巡检", 5)],
                                   (0, 3)):
        three = Faults((Fault(a[:3], "-1", None), Fault(b[:3], "-1", None), Fault(c[-2:], "-2", None)))
        out.append((_half(f"{a}-1分，{b}-1，{c}-2", k), str(m), Either(three, Unsure())))
        out.append((_half(f"{a}-1，{b}-1，{c}-2分", k), str(m), Either(three, Unsure())))
        out.append((_half(f"{a}-1分；{b}-1分；{c}-2分。", k), str(m), Either(three, Unsure())))
        out.append((_half(f"{a}-1分\n{b}-1\n{c}-2", k), str(m), Either(three, Unsure())))
        out.append((_half(f"{c}-2分/人，{b}-1分，{a}-1", k), str(m),
                    Either(Faults((Fault(c[-2:], "-2", True), Fault(b[:3], "-1", None), Fault(a[:3], "-1", None))),
                           Unsure())))
        # near: a range of figures, a count, points earned, a date, signed scores of the whole table
        out.append((_half(f"{a}-1～2分，{b}-1", k), str(m), Unsure()))
        out.append((_half(f"{a}扣1-2分，{b}扣1分", k), str(m), Unsure()))
        out.append((_half(f"按时完成得{m}分，{a}-1", k), str(m), Unsure()))
        out.append((_half(f"2024-03-01前完成，{a}-1分，{b}-1", k), str(m), Either(
            Faults((Fault(a[:3], "-1", None), Fault(b[:3], "-1", None))), Unsure())))
        out.append((_half(f"总分-5分至+5分，{a}-1分", k), str(m), Unsure()))
        out.append((_half(f"{a}-1分，{b}-1次", k), str(m), Unsure()))
    return out


# ── a requirement, its points in brackets, perhaps how it is checked, then how it is scored ─────────────────────────
def required() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    reqs = [("支部设置合理，党员7人以上的，设立支部委员会。", "没有按要求设立的"),
            ("学校按规定设立家长委员会，每学期至少召开一次会议。", "未设立的"),
            ("公司建立安全生产责任制，层层签订责任书。", "未签订责任书的"),
            ("支部任期届满，按期换届选举。", "未经批准推迟换届的")]
    for (req, fault), (m, x), chk, k in product(reqs, [(8, 4), (6, 3), (4, 1)], ("", "查资料。", "查看记录。"), (1,)):
        one = Faults((Fault(fault[1:3], f"-{x}", None),))
        out.append((_half(f"{req}（{m}分）{chk}{fault}扣{x}分。", k), str(m), Either(one, Unsure())))
        if chk == "":
            # near: the bracket is a part's points, the scoring in a bracket, the requirement scores
            out.append((_half(f"{req}（{m // 2}分）{fault}扣{x}分。", k), str(m), Unsure()))
            out.append((_half(f"{req}（{m}分）{fault}（扣{x}分）。", k), str(m), Either(one, Unsure())))
            out.append((_half(f"{req}（{m}分）{fault}扣{x}分，情节严重的扣{m}分。", k), str(m), Unsure()))
    return out


# ── situations each in a cell of their own, commas inside ───────────────────────────────────────────────────────────
def cells() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (m, b), k in product([(3, 1), (4, 2), (2, 1)], (0, 3)):
        out.append((_half(f"组织关系转接及时（{m}分）；组织关系转接不及时，导致关系不顺（0分）", k), str(m),
                    Either(Ranks((m, 0)), Unsure())))
        out.append((_half(f"对不合格党员，按照有关规定，及时稳妥处置（{m}分）；处置不及时（{b}分）；不处置（0分）", k), str(m),
                    Either(Ranks((m, b, 0)), Unsure())))
        out.append((_half(f"教案齐全，书写规范（{m}分）；教案基本齐全，个别不规范（{b}分）；无教案（0分）", k), str(m),
                    Either(Ranks((m, b, 0)), Unsure())))
        out.append((_half(f"合同签订及时，条款完整（{m}分）；\n合同签订滞后，条款不全（{b}分）；\n未签订（0分）", k), str(m),
                    Either(Ranks((m, b, 0)), Unsure())))
        # near: a cell without its points, a deduction in a cell, points past the 分值, a count in a period
        out.append((_half(f"转接及时，材料齐全（{m}分）；转接不及时", k), str(m), Unsure()))
        out.append((_half(f"转接及时（{m}分）；转接不及时，扣1分（{b}分）", k), str(m), Unsure()))
        out.append((_half(f"处置及时，程序规范（{m + 2}分）；处置不及时（{b}分）；不处置（0分）", k), str(m), Unsure()))
        out.append((_half(f"书记半年至少讲党课1次（{m}分）；一年讲党课1次（{b}分）；未讲（0分）", k), str(m), Unsure()))
    return out


# ── a time limit from an event, then each month late ─────────────────────────────────────────────────────────────────
def months() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (g, x, m), k in product([(2, "0.5", 2), (3, 1, 3), (1, 1, 2), (6, "0.5", 3)], (0, 1, 3)):
        xm = _d(x)
        late = Bands(((0, m), (g, m), (g + 1, m - xm), (g + 2, max(0, m - 2 * xm)), (g + 20, 0)))
        gcn = _CN.get(g, str(g)) if k % 2 else str(g)
        out.append((_half(f"委员出缺{gcn}个月内增补不扣分，每延1个月扣{x}分。", k), str(m), Either(late, Unsure())))
        out.append((_half(f"支部任期届满{g}个月内完成换届不扣分，每延一个月扣{x}分（特殊情况除外）。", k), str(m),
                    Either(late, Unsure())))
        out.append((_half(f"员工离职，{g}个月内办结社保转移手续，每延1个月扣{x}分。", k), str(m), Either(late, Unsure())))
        out.append((_half(f"学生转学，{g}个月内完成学籍变更，每推迟1个月扣{x}分", k), str(m), Either(late, Unsure())))
        # near: a line on the time a thing takes, 延长, a lengthening's other sense
        out.append((_half(f"整改在{g}个月以内完成，每超1个月扣{x}分", k), str(m), Either(late, Unsure())))
        out.append((_half(f"合同每延长1个月扣{x}分", k), str(m), Unsure()))
        out.append((_half(f"{g}个月内增补，每延长服务期1个月扣{x}分", k), str(m), Unsure()))
    return out


# ── deductions per course, per major ─────────────────────────────────────────────────────────────────────────────
def per_course() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (m, x), k in product([(3, "0.2"), (2, "0.5"), (4, "0.25")], (0, 3)):
        out.append((_half(f"严格按照教学计划执行满分，每更改1门扣{x}分。", k), str(m), Per(x)))
        out.append((_half(f"按时提交得满分，有超期提交或未归档的，每门课扣{x}分。", k), str(m), Either(Per(x), Unsure())))
        out.append((_half(f"安排到位、资料齐全满分，未落实的每专业扣{x}分。", k), str(m), Either(Per(x), Unsure())))
        out.append((_half(f"资料齐全满分，未全面落实的每专业年级扣{x}分。", k), str(m), Either(Per(x), Unsure())))
        out.append((_half(f"课程标准齐全，缺1门扣{x}分", k), str(m), Either(Per(x), Unsure())))
        out.append((_half(f"每门课程考核方案未备案的扣{x}分，扣完为止", k), str(m), Either(Per(x), Unsure())))
        # near: 门 of a word, 部门
        out.append((_half(f"门卫值班不到位扣{x}分。", k), str(m), Either(Ranks((m, m - _d(x))), Unsure())))
        out.append((_half(f"每部门扣{x}分，专业技术人员不足扣1分。", k), str(m), Unsure()))
    return out


# ── a base at a share's line, a step either way; a product quoted ──────────────────────────────────────────────────
def shares() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (line, m, step), k in product([(40, 4, 10), (60, 2, 10), (30, 3, 5)], (0, 3)):
        out.append((_half(f"积极分子比例达{line}%可获基础分{m}分，每上升或下降{step}%，加减1分。", k), str(m),
                    Either(Bands(((line, m), (line - step, m - 1), (line + step, m), (0, 0))), Unsure())))
        out.append((_half(f"谈话记录比例达{line}%得{m}分，每上升或下降{step}%，相应加或减1分。", k), str(m),
                    Either(Bands(((line, m), (line - step, m - 1), (line + step, m))), Unsure())))
        # near: the base not the 分值, a figure before the line
        out.append((_half(f"比例达{line}%得{m - 1}分，每上升或下降{step}%，加减1分。", k), str(m), Unsure()))
        out.append((_half(f"完成5次；比例达{line}%得{m}分，每上升或下降{step}%加减1分", k), str(m), Unsure()))
    for (m, c), k in product([(10, 10), (5, 5), (8, 8)], (0, 3)):
        q = ("“", "”") if k < 2 else ("\"", "\"")
        out.append((_half(f"满分为{m}分。分数按{q[0]}开出实验个数÷应开实验个数×{c}{q[1]}来计算。", k), str(m),
                    Bands(((100, m), (50, _d(m) / 2), (0, 0)))))
        out.append((_half(f"得分按{q[0]}实际参训人数÷应参训人数×{c}{q[1]}计算", k), str(m),
                    Either(Bands(((100, m), (50, _d(m) / 2), (0, 0))), Unsure())))
        out.append((_half(f"分数按{q[0]}开出实验个数÷应开实验个数×{c // 2 + 1}{q[1]}来计算。", k), str(m), Unsure()))
    return out


# ── buttons, a share required then the 分值, additions per case capped ────────────────────────────────────────────────
def buttons_and_more() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for k in (0, 3):
        out.append((_half("着装整齐（1分）；钮扣全部扣好（1分）；工牌佩戴端正（1分）。", k), "3", Either(
            Faults((Fault("着装", "-1", False), Fault("钮|纽", "-1", False), Fault("工牌", "-1", False))), Unsure())))
        out.append((_half("衣着整洁（1分）；纽扣齐全（1分）", k), "2", Either(
            Faults((Fault("衣着", "-1", False), Fault("钮|纽", "-1", False))), Unsure())))
        out.append((_half("校服穿着规范，纽扣扣好，佩戴校徽。", k), "2", Either(Ranks((2, 0)), Unsure())))
        out.append((_half("着装整齐，纽扣掉1个扣1分，没穿工作服扣3分。", k), "5", Either(
            Faults((Fault("纽扣", "-1", True), Fault("工作服", "-3", False))), Unsure())))
        out.append((_half("钥匙扣、纽扣等小件物品摆放整齐。", k), "2", Either(Ranks((2, 0)), Unsure())))
        for m, pct in ((4, 5), (3, 3), (2, 10)):
            out.append((_half(f"工作经费在年初列入当年预算，其比例应占上年度资金总额的{pct}%。（{m}分）", k), str(m),
                        Either(Ranks((m, 0)), Unsure())))
            out.append((_half(f"工作经费每少{pct}%扣1分。（{m}分）", k), str(m), Unsure()))
        for m, x, cap in ((3, 1, 2), (5, 1, 3), (4, 2, 2)):
            out.append((_half(f"违规问题被上级部门发现的每起扣{x}分。对发现问题主动查处的每起加1分，限加{cap}分。", k), str(m),
                        Unsure()))
            out.append((_half(f"被上级通报的每起扣{x}分；主动查处的每起加1分，最多加{cap}分。", k), str(m), Unsure()))
            out.append((_half(f"被上级通报的每起扣{x}分", k), str(m), Per(str(x))))
    return out


# ── 记零分, l for 1, money not reached, awards past the 分值 ─────────────────────────────────────────────────────────
def zeros_money_awards() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (m, x), k in product([(10, 1), (8, 2), (6, 1)], (0, 3)):
        f = Faults((Fault("台账", "0", False), Fault("不符", f"-{x}", True)))
        ten = "l0" if m == 10 else str(m)
        out.append((_half(f"无台账者记零分，其余每抽到1件不符扣{x}分，直至扣完{m}分。", k), str(m), Either(f, Unsure())))
        out.append((_half(f"满分为 {ten} 分。无台账者记零分，其余每抽到 l 件不符扣 {x} 分，直至扣完 {ten} 分。", k), str(m),
                    Either(f, Unsure())))
        out.append((_half(f"未建立台账的记零分；台账不全的扣{x}分", k), str(m), Either(
            Faults((Fault("建立", "0", False), Fault("不全", f"-{x}", None))), Unsure())))
        out.append((_half(f"使用Excel表格登记，每缺1项扣{x}分", k), str(m), Per(str(x))))
    for (money, m, x), k in product([(1200, 6, 2), (1500, 5, 3), (800, 4, 1)], (0, 3)):
        out.append((_half(f"集中供养标准未达{money}元/人·年，不得分；标准未经政府发文明确，扣{x}分。", k), str(m),
                    Either(Faults((Fault("未达", "0", False), Fault("发文", f"-{x}", False))), Unsure())))
        out.append((_half(f"人均培训经费未达{money}元/人·年的，不得分。", k), str(m), Either(Ranks((m, 0)), Unsure())))
        # near: money with 以上, a step of money
        out.append((_half(f"人均经费{money}元以上得{m}分，每少100元扣{x}分", k), str(m), Unsure()))
        out.append((_half(f"奖励金额{money}元以上的，加{x}分", k), str(m), Unsure()))
    for (a, b, c, m), k in product([(1, 2, 3, 2), (1, 2, 4, 3), ("0.5", 1, 2, 1)], (0, 3)):
        out.append((_half(f"校级表彰加{a}分，市级表彰加{b}分，省级表彰加{c}分", k), str(m), Unsure()))
        out.append((_half(f"获区级奖励加{a}分；获市级奖励加{b}分；获省级及以上奖励加{c}分。", k), str(m), Unsure()))
        out.append((_half(f"校级表彰加{a}分，市级表彰加{c}分，省级表彰加{b}分", k), str(m), Unsure()))
    return out


# ── a score's range below zero, said beside a deduction (a signed score of the row or of the whole table) ────────────
def signed_ranges() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (lead, m, x), k in product([("组织生活每缺1次", 4, 1), ("每发现一处隐患", 5, 1), ("作业每缺交1次", 3, "0.5")], range(2)):
        out.append((_half(f"{lead}扣{x}分，扣完为止。", k), str(m), Per(str(x))))
        for tail in (f"（最终得分-{m}~+{m}）", f"（得分-{m}～+{m}）", f"。最终得分-{m}~+{m}", f"（分值-{m}~{m}）",
                     f"（-{m}~+{m}分）", f"（-{m}至+{m}分）", f"（±{m}分）", f"，本项得分范围-{m}～{m}分",
                     f"（得分-{m}分~+{m}分）", f"（本项-{m}分封顶）", f"（最低-{m}分）"):
            out.append((_half(f"{lead}扣{x}分，扣完为止{tail}", k), str(m), Unsure()))
        out.append((_half(f"本表总分-10~+10分，{lead}扣{x}分，扣完为止", k), str(m), Unsure()))
        out.append((_half(f"加减分项目（-2~+2分）：{lead}扣{x}分，扣完为止", k), str(m), Unsure()))
        # near: a fault's range of costs, a date, a range of counts
        out.append((_half(f"{lead}扣{x}分，扣完为止（2023-2024学年）", k), str(m), Either(Per(str(x)), Unsure())))
        out.append((_half(f"{lead}扣{x}-{m}分，扣完为止", k), str(m), Unsure()))
    return out


_ALL = minuses() + required() + cells() + months() + per_course() + shares() + buttons_and_more() + zeros_money_awards()\
    + signed_ranges()
#: (the first statement of a text the generators write twice)
CASES = first_statements(_ALL)


@pytest.mark.parametrize("text, found", [
    ("组织生活每缺1次扣1分,扣完为止(最终得分-4~+4)", "-4~+4"),
    ("每处扣1分,本项得分范围-4～4分", "得分范围-4～4分"),
    ("执行力不够-1~5", ""),                    # a fault's range of costs
    ("2023-2024学年,每缺1次扣1分", ""),        # a date
    ("每缺1次扣1-4分,扣完为止", ""),           # a range of costs with 扣
])
def test_a_score_below_zero_is_found(text, found):
    assert scores_signed_range(text) == found


(test_the_probe_is_of_its_size,
 test_every_made_up_text_is_scored_as_it_says_or_is_to_check) = probe_tests(CASES, 300, 600)
