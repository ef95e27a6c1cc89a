"""Made-up texts in the styles of company and workshop assessment tables — 员工月度/年度绩效考核 (a KPI's rate at its
target: “完成率100%得满分，每低1%扣0.5分”, “每超额1%加0.2分，最高加5分”, “差错一次扣2分，三次以上不得分”), 班组/车间安全检查
(“发现一处隐患扣2分”, “未佩戴安全帽每人次扣1分”, “违章作业每起扣5分，发生事故本项不得分”, 一般/重大隐患), 6S/5S 现场检查
(faults per 处 with caps, items not met counted into bands, 优良中差), 供应商季度评价 (交货及时率 and 质量合格率 bands written
with ≥/≤/（含）/至/～ and on lines of their own, 价格 against the market, points off per batch), 客服/呼叫中心质检 (“每出现一次…扣2分，
严重的本次0分”, 开场白/身份核实 once, 抢话 per case with a cap, 服务态度 grades), 项目验收 (按期/每延期一天, 资料齐全 grades, 一次/二次
通过, 验收评分 bands), points per grade (A/B/C/D, 优秀/良好/合格/不合格) and bonuses with caps — with numbers in Chinese and in
figures, full- and half-width punctuation, line breaks inside cells, clauses in another order; and near variants where a
sure reading would be wrong: bands overlapping or with gaps or past the 分值, grades out of order, a range of points,
doubled or otherwise-charged deductions, a severity left to judge. Each with what it states (a few situations and
their scores) or that it is unsure (to check). Every proposal scores every situation as the text says, or is not
confident.

Confident readings found scoring wrong, and mended (56 texts of the 590, six causes, all in the deducting formula
``formula._faults``, where a fault after a counted one was taken as found or not, once):

- an aside in brackets straight after a counted fault (“不合格项每项扣2分（轻微的扣1分）”, “物品摆放不整齐每处扣1分（标识不清的扣
  0.5分）”, “工单填写错误每项扣2分（漏填的扣1分）”; 20 texts) was read surely as a fault taken once: the aside speaks of the
  cases before (each a 处 or 项 of its own) or beside them, and whether it costs per case is unsaid. Now an aside in
  brackets after a counted fault (not of time) is to check, with a note (“括注在前项之后，是否也按前项逐处扣分未说明”);
- a degree or the other state of the cases counted before, after a comma (“不合格项每项扣2分，轻微的扣1分”, “未整改的每项扣2分，
  已整改的扣1分”; 8 texts): ``_at_another_level`` asked a level of the fault before as well (“国家级…省级”), and knew no state.
  Now a degree alone or with the fault's own words (“轻微的”, “一般不合格” after “不合格项”) and the same words in another
  state (未/已/不 …, ``_OTHER_STATE``) are that fault's other level, to check as before;
- what became of a batch found (“来料检验不合格每批次扣2分，退货的扣1分”; 4 texts): ``_FOLLOW_UP`` now knows 退货/退回/返工/返修
  beside 整改 and 复查, so ``_followed_up_once`` asks whether each case left so costs again;
- a confirmed case of the complaints counted before (“客户投诉每起扣2分，有效投诉每起扣5分”, “投诉每起扣2分，其中有效投诉每起扣
  5分”, 有效举报; 6 texts): ``_CONFIRMED`` now takes 有效 before 投诉/举报/申诉/差评 as it takes 查实, so ``_confirmed_again``
  asks whether the case counts under both;
- the same thing found again, counted (“安全检查发现问题每项扣1分，同一问题重复出现的每项扣2分”, “每发现一处隐患扣1分，同一隐患再次
  出现的每处扣2分”; 6 texts): ``_MANY_OF`` was asked of faults taken once only. Now ``_repeated_again`` flags a fault
  naming the thing an earlier one ends on beside 同一/同类/重复出现/再次发现 and the like, whatever its unit (not
  “再次未按时报送”, a count tied to the fault before);
- what a case counted before led to, taken once (“设备点检漏检每次扣1分，漏检造成设备故障的扣3分”, “违章作业每起扣2分，违章作业导致
  事故的扣5分”; 12 texts): now a fault after a counted one that opens on 造成/导致/引起/引发, or names the counted thing before
  it, is to check (“为前项情形造成的后果，是否也按前项逐次扣分未说明”); a consequence of something else (“因设备原因导致停产的”)
  stays a fault of its own.

Readings left to check that would score some situations otherwise (not confident, so no bar): a count zeroing the row
beside per-case points (“一次扣2分，三次以上不得分”: the third case unsaid), a bonus past the 分值 (“每超额1%加0.2分，最高加5
分”), a line's step with a second line zeroing the row, “严重的本次0分”, a zeroing condition beside bands or a choice
(“质量事故一票否决”), points per grade beside deductions, grades typed as 一级/二级 or scored by “评为…”, delays with a
zeroing line, steps of several percent or days, bands with an unsaid end (“95%～100%”), “有效投诉每起再扣3分” (an addition
said outright, still to check). Sure and right: the KPI's line and step (“达到100%得30分；每低1个百分点扣0.5分，扣完为止”,
“以95%为基准”), ratios (“得分=交货及时率×30”), bands written every way, counts in bands (“差错一次扣2分，二次扣5分，三次以上
不得分”, “一处不符合扣1分，两处以上不符合不得分”), grades, delays per day or week, per-case faults with caps.

The checker is ``tests/probe_checks.py``'s.
"""
from __future__ import annotations

from decimal import Decimal
from itertools import product

from tests.probe_checks import Either, Fault, Faults, Want, first_statements, probe_tests
from tests.proposals import Bands, Per, Ranks, Unsure

_CN = {0: "零", 1: "一", 2: "二", 3: "三", 4: "四", 5: "五", 6: "六", 8: "八", 10: "十", 20: "二十", 30: "三十"}


def _n(x: Decimal | int | float | str) -> str:
    return format(Decimal(str(x)).normalize(), "f")


def _cn(x: int, k: int) -> str:
    """``x`` in Chinese numerals on odd ``k`` (where it has them), else in figures."""
    return _CN.get(x, str(x)) if k % 2 else str(x)


def _half(text: str, k: int) -> str:
    """Full-width punctuation on even ``k``, half-width on odd."""
    if k % 2 == 0:
        return text
    return text.translate(str.maketrans("，；：（）。", ",;:().")).replace("、", ",") if k % 4 == 3 else \
        text.translate(str.maketrans("，；：（）", ",;:()"))


def _d(x: object) -> Decimal:
    return Decimal(str(x))


# ── employee KPI: a rate's full marks, points off per 1% short, points added per 1% over with a cap ──────────────────
def kpi() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (name, m, x), k in product([("销售目标完成率", 30, "0.5"), ("计划完成率", 20, "1"), ("回款率", 25, "0.5")], range(4)):
        xm = _d(x)
        short = Bands(((100, m), (99, m - xm), (90, m - 10 * xm), (0, 0)))
        out.append((_half(f"{name}100%得满分，每低1%扣{x}分", k), str(m), Either(short, Unsure())))
        out.append((_half(f"{name}达到100%得{m}分；每低1个百分点扣{x}分，扣完为止。", k), str(m), Either(short, Unsure())))
        out.append((_half(f"{name}100%得满分，\n每低1%扣{x}分，\n低于80%不得分", k), str(m),
                    Either(Bands(((100, m), (99, m - xm), (80, m - 20 * xm) if m - 20 * xm > 0 else (80, 0), (79, 0))),
                           Unsure())))
        # points added per 1% over, at most 5
        over = Bands(((100, m), (110, m + 2), (150, m + 5)))
        out.append((_half(f"{name}100%得{m}分，每超额1%加0.2分，最高加5分", k), str(m), Either(over, Unsure())))
        out.append((_half(f"{name}100%得{m}分，每超额1%加0.2分，最高加5分；每低1%扣{x}分", k), str(m),
                    Either(Bands(((100, m), (110, m + 2), (150, m + 5), (99, m - xm), (90, m - 10 * xm))), Unsure())))
        out.append((_half(f"每低1%扣{x}分，每超额1%加0.2分，最高加5分", k), str(m), Unsure()))
        # the added points' cap past the 分值's own
        out.append((_half(f"完成率100%得满分，超额完成的每超1%加0.2分（最高不超过{m}分）", k), str(m),
                    Either(Bands(((100, m), (110, m), (99, m))), Unsure())))
    return out


# ── errors: per case off, a count zeroing the row ───────────────────────────────────────────────────────────────────
def errors() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (what, m, x), k in product([("差错", 10, 2), ("报表错误", 6, 2), ("工作失误", 10, 3), ("考勤违纪", 5, 1)], range(4)):
        three = Bands(((0, m), (1, m - x), (2, max(0, m - 2 * x)), (4, 0), (20, 0)))
        out.append((_half(f"{what}一次扣{_cn(x, k)}分，{_cn(3, k)}次以上不得分", k), str(m), Either(three, Unsure())))
        out.append((_half(f"{what}每次扣{x}分；出现3次及以上的，本项不得分。", k), str(m), Either(three, Unsure())))
        out.append((_half(f"每出现一次{what}扣{x}分，3次以上本项0分", k), str(m), Either(three, Unsure())))
        out.append((_half(f"{what}1次扣{x}分", k), str(m), Either(Per(str(x)), Unsure())))
        out.append((_half(f"{what}每次扣{x}分，最多扣{m - 1}分", k), str(m), Per(str(x), str(m - 1))))
        # the count zeroing after a bonus, a range of points
        out.append((_half(f"{what}一次扣{x}-{x + 1}分，三次以上不得分", k), str(m), Unsure()))
        out.append((_half(f"无{what}得满分，{what}一次扣{x}分，造成损失的本项不得分", k), str(m),
                    Either(Faults((Fault(what[:2], f"-{x}", True), Fault("损失", "0", False))), Unsure())))
    return out


# ── workshop safety inspections ───────────────────────────────────────────────────────────────────────────────────
def safety() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (m, x, y, z), k in product([(10, 2, 1, 5), (15, 3, 1, 5), (10, 1, "0.5", 3)], (0, 3)):
        out.append((_half(f"发现一处隐患扣{_cn(x, k)}分", k), str(m), Per(str(x))))
        out.append((_half(f"每发现一处安全隐患扣{x}分，扣完为止。", k), str(m), Per(str(x))))
        out.append((_half(f"发现一处隐患扣{x}分，最多扣{m // 2}分", k), str(m), Per(str(x), str(m // 2))))
        out.append((_half(f"未佩戴安全帽每人次扣{y}分", k), str(m), Per(str(y))))
        out.append((_half(f"进入车间未佩戴安全帽的，每人次扣{y}分；", k), str(m), Per(str(y))))
        fz = Faults((Fault("违章", f"-{z}", True), Fault("事故", "0", False)))
        out.append((_half(f"违章作业每起扣{z}分，发生事故本项不得分", k), str(m), Either(fz, Unsure())))
        out.append((_half(f"发生事故的，本项不得分；违章作业每起扣{z}分", k), str(m), Either(fz, Unsure())))
        out.append((_half(f"违章作业每起扣{z}分\n发生安全事故本项不得分", k), str(m), Either(fz, Unsure())))
        out.append((_half(f"未佩戴安全帽每人次扣{y}分，违章作业每起扣{z}分，扣完为止", k), str(m),
                    Either(Faults((Fault("安全帽", f"-{y}", True), Fault("违章", f"-{z}", True))), Unsure())))
        out.append((_half(f"一般隐患每处扣{x}分，重大隐患每处扣{z}分，发生事故本项不得分", k), str(m),
                    Either(Faults((Fault("一般", f"-{x}", True), Fault("重大", f"-{z}", True), Fault("事故", "0", False))),
                           Unsure())))
        # a doubled deduction, a range, a deduction from another sheet
        out.append((_half(f"发现一处隐患扣{x}分，逾期未整改的加倍扣分", k), str(m), Unsure()))
        out.append((_half(f"发现一处隐患扣{x}～{z}分", k), str(m), Unsure()))
        out.append((_half(f"违章作业每起扣{z}分，情节严重的另扣部门绩效{z}分", k), str(m), Unsure()))
    return out


# ── 6S / 5S on-site checks ────────────────────────────────────────────────────────────────────────────────────────
def six_s() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (m, x), k in product([(10, 1), (20, 2), (5, "0.5")], (0, 1)):
        both = Faults((Fault("摆放", f"-{x}", True), Fault("杂物|油污", f"-{x}", True)))
        out.append((_half(f"物品摆放不整齐每处扣{x}分；地面有油污、杂物每处扣{x}分，扣完为止", k), str(m), Either(both, Unsure())))
        out.append((_half(f"1、物品摆放不整齐，每处扣{x}分\n2、地面有杂物，每处扣{x}分", k), str(m), Either(both, Unsure())))
        out.append((_half(f"工具未定置定位扣{x}分/处", k), str(m), Either(Per(str(x)), Unsure())))
        out.append((_half(f"区域标识不清每处扣{x}分，最多扣3分", k), str(m), Per(str(x), "3")))
        out.append((_half(f"整理、整顿、清扫全部符合得{m}分，一项不符合扣{x}分", k), str(m), Either(Per(str(x)), Unsure())))
        out.append((_half(f"整理、整顿、清扫全部符合得{m}分，一项不符合扣{x}分，两项以上不符合不得分", k), str(m),
                    Either(Bands(((0, m), (1, m - _d(x)), (3, 0))), Unsure())))
        out.append((_half(f"现场检查得分：优（{m}分）良（{m * 4 // 5}分）中（{m * 3 // 5}分）差（0分）", k), str(m),
                    Either(Ranks((m, m * 4 // 5, m * 3 // 5, 0)), Unsure())))
        out.append((_half(f"6S检查每项不合格扣{x}分，连续两次检查同一问题未整改的扣{m}分", k), str(m), Unsure()))
        out.append((_half(f"5S检查得分≥90分得{m}分，80-89分得{m // 2}分，80分以下不得分", k), str(m),
                    Either(Bands(((95, m), (90, m), (85, m // 2), (80, m // 2), (79, 0))), Unsure())))
    return out


# ── supplier quarterly evaluations ─────────────────────────────────────────────────────────────────────────────────
def supplier() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (m, a, b, hi, lo), k in product([(30, 20, 10, 98, 95), (40, 30, 15, 99, 95), (20, 15, 5, 95, 90)], range(4)):
        out.append((_half(f"交货及时率≥{hi}%得{m}分，{lo}%≤及时率<{hi}%得{a}分，及时率<{lo}%得0分", k), str(m),
                    Bands(((100, m), (hi, m), (lo, a), (lo - 1, 0)))))
        out.append((_half(f"交货及时率达到{hi}%及以上得{m}分；{lo}%（含）至{hi}%得{a}分；低于{lo}%不得分", k), str(m),
                    Either(Bands(((100, m), (hi, m), (lo, a), (lo - 1, 0))), Unsure())))
        out.append((_half(f"交货及时率：\n≥{hi}%，{m}分\n{lo}%～{hi}%，{a}分\n{lo - 5}%～{lo}%，{b}分\n<{lo - 5}%，0分", k),
                    str(m), Either(Bands(((100, m), (hi + 0.5, m), (lo + 1, a), (lo - 3, b), (lo - 6, 0))), Unsure())))
        # overlapping, a gap, a band's points past the 分值
        out.append((_half(f"交货及时率≥{lo}%得{m}分，{lo - 5}%≤及时率≤{hi}%得{a}分，及时率<{lo - 5}%得0分", k), str(m), Unsure()))
        out.append((_half(f"交货及时率≥{hi}%得{m}分，及时率<{lo}%得0分，{lo}%≤及时率<{hi - 1}%得{a}分", k), str(m), Unsure()))
        out.append((_half(f"交货及时率≥{hi}%得{m + 5}分，{lo}%≤及时率<{hi}%得{a}分，及时率<{lo}%得0分", k), str(m), Unsure()))
        x = 5 if m >= 30 else 2
        qual = Bands(((100, m), (99, m - x), (lo + 1, m - x * (99 - lo)) if m - x * (99 - lo) > 0 else (100, m), (lo - 1, 0)))
        out.append((_half(f"质量合格率100%得{m}分，每降低1%扣{x}分，低于{lo}%不得分", k), str(m), Either(qual, Unsure())))
        out.append((_half(f"批次合格率100%得满分，每出现一批不合格扣{x}分", k), str(m), Either(Per(str(x)), Unsure())))
        out.append((_half(f"价格低于市场价得{m}分，与市场价持平得{a}分，高于市场价得{b}分", k), str(m), Ranks((m, a, b))))
        out.append((_half(f"价格：低于市场均价（{m}分）；持平（{a}分）；高于市场均价（{b}分）", k), str(m),
                    Either(Ranks((m, a, b)), Unsure())))
        out.append((_half(f"价格低于市场价得{m}分，持平得{a}分，高于市场价每高1%扣1分", k), str(m), Unsure()))
    return out


# ── call-centre quality checks ────────────────────────────────────────────────────────────────────────────────────
def call_qc() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (m, x), k in product([(10, 2), (15, 3), (5, 1)], (0, 1)):
        sev = Faults((Fault("不规范", f"-{x}", True), Fault("严重", "0", False)))
        out.append((_half(f"服务用语不规范，每出现一次扣{_cn(x, k)}分，严重的本次0分", k), str(m), Either(sev, Unsure())))
        out.append((_half(f"每出现一次服务用语不规范扣{x}分，严重的本次0分", k), str(m), Either(sev, Unsure())))
        out.append((_half(f"每出现一次服务用语不规范扣{x}分；\n情节严重的，本次质检0分。", k), str(m), Either(sev, Unsure())))
        out.append((_half(f"未使用标准开场白扣{x}分", k), str(m),
                    Either(Faults((Fault("开场白", f"-{x}", None),)), Unsure())))
        out.append((_half(f"未使用标准开场白扣{x}分；未核实客户身份扣{x + 3}分；辱骂客户本次质检0分", k), str(m),
                    Either(Faults((Fault("开场白", f"-{x}", None), Fault("身份", f"-{x + 3}", None),
                                   Fault("辱骂", "0", False))), Unsure())))
        out.append((_half(f"抢话、打断客户每次扣{x}分，最多扣{m // 2}分", k), str(m), Per(str(x), str(m // 2))))
        out.append((_half("辱骂客户、与客户争吵的，本项0分", k), str(m), Ranks((m, 0))))
        out.append((_half(f"服务态度：热情主动{m}分，一般{m // 2}分，冷淡0分", k), str(m), Either(Ranks((m, m // 2, 0)), Unsure())))
        # severity left to judge, a range per case
        out.append((_half(f"每出现一次服务用语不规范扣{x}分，严重的视情况扣{x + 2}-{m}分", k), str(m), Unsure()))
        out.append((_half(f"服务用语不规范每次扣{x}-{x + 2}分", k), str(m), Unsure()))
        out.append((_half(f"每出现一次服务用语不规范扣{x}分，严重的本次0分，并通报批评", k), str(m), Either(sev, Unsure())))
    return out


# ── project acceptance ────────────────────────────────────────────────────────────────────────────────────────────
def acceptance() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (m, x), k in product([(10, 1), (20, 2), (15, 1)], range(4)):
        late = Bands(((0, m), (1, m - x), (3, m - 3 * x), (m // x + 1, 0), (40, 0)))
        out.append((_half(f"按期完成得{m}分，每延期1天扣{x}分，延期{m // x}天以上不得分", k), str(m), Either(late, Unsure())))
        out.append((_half(f"按期完成得满分；每延期一天扣{_cn(x, k)}分，扣完为止", k), str(m), Either(late, Unsure())))
        out.append((_half(f"资料齐全、规范得{m}分；资料基本齐全得{m // 2}分；资料不全得0分", k), str(m), Ranks((m, m // 2, 0))))
        out.append((_half(f"验收一次通过得{m}分，二次通过得{m // 2}分，三次及以上未通过不得分", k), str(m),
                    Either(Ranks((m, m // 2, 0)), Unsure())))
        out.append((_half(f"优秀得{m}分，良好得{m * 4 // 5}分，合格得{m * 3 // 5}分，不合格得0分", k), str(m),
                    Ranks((m, m * 4 // 5, m * 3 // 5, 0))))
        out.append((_half(f"验收评分≥90分得{m}分，80～89分得{m // 2}分，低于80分不得分", k), str(m),
                    Either(Bands(((95, m), (90, m), (85, m // 2), (79, 0))), Unsure())))
        out.append((_half(f"验收评分≥90分得{m}分，80～90分得{m // 2}分，低于80分不得分", k), str(m),
                    Either(Bands(((95, m), (91, m), (85, m // 2), (79, 0))), Unsure())))
        # grades' points beside a deduction, a delay's step of weeks
        out.append((_half(f"优秀得{m}分，良好得{m // 2}分，每项整改问题扣{x}分", k), str(m), Unsure()))
        out.append((_half(f"按期完成得{m}分，每延期一周扣{x}分", k), str(m),
                    Either(Bands(((0, m), (7, m - x), (14, m - 2 * x))), Unsure())))
    return out


# ── points per grade, bonuses with caps ────────────────────────────────────────────────────────────────────────────
def grades() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (m, b, c), k in product([(10, 8, 6), (20, 16, 12), (5, 4, 3)], range(4)):
        out.append((_half(f"考核等级A得{m}分，B得{b}分，C得{c}分，D得0分", k), str(m), Either(Ranks((m, b, c, 0)), Unsure())))
        out.append((_half(f"A级{m}分；B级{b}分；C级{c}分；D级不得分", k), str(m), Either(Ranks((m, b, c, 0)), Unsure())))
        out.append((_half(f"优秀（{m}分）、良好（{b}分）、合格（{c}分）、不合格（0分）", k), str(m),
                    Either(Ranks((m, b, c, 0)), Unsure())))
        out.append((_half(f"优秀{m}分\n良好{b}分\n合格{c}分\n不合格0分", k), str(m), Either(Ranks((m, b, c, 0)), Unsure())))
        # grades out of order, past the 分值
        out.append((_half(f"考核等级A得{b}分，B得{m}分，C得{c}分，D得0分", k), str(m), Unsure()))
        out.append((_half(f"A级{m + 2}分；B级{b}分；C级{c}分；D级不得分", k), str(m), Unsure()))
        # a bonus per case, capped
        out.append((_half(f"每获得一次公司表彰加2分，最高加{m}分", k), str(m),
                    Either(Bands(((0, 0), (1, 2), (m // 2 + 2, m))), Unsure())))
        out.append((_half(f"合理化建议被采纳的，每条加1分，最多加{m // 2}分", k), str(m), Unsure()))
    return out


# ── a counted fault, then a case of its own cases: in brackets, another degree or state, confirmed, found again ───────
def asides() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (fault, unit, aside), (x, y), k in product([("不合格项", "项", "轻微的"), ("物品摆放不整齐", "处", "标识不清的"),
                                                   ("工单填写错误", "项", "漏填的"), ("来料检验不合格", "批次", "退货的"),
                                                   ("未整改的", "项", "已整改的")], [(2, 1), (1, "0.5")], range(2)):
        # an aside in brackets after the count: each case of it, or once?
        out.append((_half(f"{fault}每{unit}扣{x}分（{aside}扣{y}分），扣完为止", k), "10", Unsure()))
        out.append((_half(f"{fault}每{unit}扣{x}分，{aside}扣{y}分，扣完为止", k), "10",
                    Unsure() if aside in ("轻微的", "退货的", "已整改的") else
                    Either(Faults((Fault(fault[:3], f"-{x}", True), Fault(aside[:2], f"-{y}", None))), Unsure())))
        # an aside that scores nothing, a fault of its own beside the count
        out.append((_half(f"{fault}每{unit}扣{x}分（以现场检查为准），扣完为止", k), "10", Either(Per(str(x)), Unsure())))
        out.append((_half(f"{fault}每{unit}扣{x}分，未建立检查台账扣3分，扣完为止", k), "10",
                    Either(Faults((Fault(fault[:3], f"-{x}", True), Fault("台账", "-3", False))), Unsure())))
    for (a, b), (x, y), k in product([("客户投诉", "有效投诉"), ("投诉", "其中有效投诉"), ("用户举报", "有效举报")],
                                     [(2, 5), (1, 3)], range(1)):
        # a confirmed case of the count before: its points instead, or besides?
        out.append((_half(f"{a}每起扣{x}分，{b}每起扣{y}分，扣完为止", k), "10", Unsure()))
        out.append((_half(f"{a}每起扣{x}分，被媒体曝光的每起扣{y}分，扣完为止", k), "10",
                    Either(Faults((Fault(a[-2:], f"-{x}", True), Fault("曝光", f"-{y}", True))), Unsure())))
    for (a, b, unit), k in product([("安全检查发现问题", "同一问题重复出现的", "项"), ("每发现一处隐患", "同一隐患再次出现的", "处"),
                                    ("6S检查不合格", "同一不合格重复出现的", "项")], range(4)):
        lead = a if a.startswith("每") else f"{a}每{unit}"
        out.append((_half(f"{lead}扣1分，{b}每{unit}扣{_cn(2, k)}分，扣完为止", k), "10", Unsure()))
        out.append((_half(f"{lead}扣1分，{b}扣{_cn(2, k)}分，扣完为止", k), "10", Unsure()))
        out.append((_half(f"{lead}扣1分，未按时上报检查结果每次扣{_cn(2, k)}分，扣完为止", k), "10",
                    Either(Faults((Fault(a[-2:], "-1", True), Fault("上报", "-2", True))), Unsure())))
    for (fault, then), (x, y), k in product([("设备点检漏检", "漏检造成设备故障的"), ("设备点检漏检", "造成设备故障的"),
                                             ("违章作业", "违章作业导致事故的"), ("服务用语不规范", "引起客户投诉的")],
                                            [(1, 3), (2, 5)], range(2)):
        # what a case of the count led to: each such case, or once?
        out.append((_half(f"{fault}每次扣{x}分，{then}扣{y}分，扣完为止", k), "10", Unsure()))
        out.append((_half(f"{fault}每次扣{x}分，未建立检查台账扣{y}分，扣完为止", k), "10",
                    Either(Faults((Fault(fault[-2:], f"-{x}", True), Fault("台账", f"-{y}", False))), Unsure())))
    return out


_ALL = kpi() + errors() + safety() + six_s() + supplier() + call_qc() + acceptance() + grades() + asides()
#: (the first statement of a text the generators write twice)
CASES = first_statements(_ALL)


(test_the_probe_is_of_its_size,
 test_every_made_up_text_is_scored_as_it_says_or_is_to_check) = probe_tests(CASES, 300, 600)
