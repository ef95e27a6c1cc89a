"""Made-up texts in the styles of old241d's readings — a figure in a fault's own words that names the fault, no count of
its cases (“当月事假3天(含)以上扣8分”, “20个班以上学校未配备专职保安扣5分”, “第2季度漏报扣5分”, a heading's figure
before its colon: ``formula._faults``), and the line of a rate's step taken from the indicator's name where the text
names the rate in more words or after clauses of how it is checked (“…,统计安全知识知晓率,知晓率每下降5%扣1分” in
“…知晓率达85%以上”: ``threshold._line_in_name``) — and their near variants: (含)/(含3天)/及/以上/以下/超过/满, Chinese
numerals, 个 with the thing counted (班, 工作日, 月), periods by their number (季度, 个月, 周, 学期, 次检查) and where the
deducting starts (“第3个月起”), headings before a colon with and without a figure, figures that ARE counts (“每次”,
“脱岗1次”, “每2天”, “2次以上的每次”, “每2次迟报”), full and half width punctuation, caps, clauses in either order; names
with and without a line (达/达到/不低于/≥/以上/目标值≥/a bare figure/百分之…/a rise), names with two rates, a line in the
text contradicting the name's, a rate of the text the name names not or names a part of, steps of 1% and of 5 个百分点,
a cliff, a line the rate must stay under — each with what it states (a few situations and scores) or ``Unsure()``.
Every confident proposal scores every situation as the text says.

Confident readings found scoring wrong: 8 of the 599 texts written (97 read confidently before the mend, 89 after,
all scoring every situation as they say), in ``formula._faults``, mended there:
- a line of a count before the step of each case (“迟到2次以上的,每次扣1分”) was read as every case counted from the
  first (1 late: 1 off, where the text takes none): now the doubt the deduction per case gives it (“2次以内是否不扣分、
  超过后是否只扣超出部分”), as “超过2次的,每次…” has;
- where the deducting starts said of a period no case is counted in (“第2学期以后每学期漏报扣5分”) was read as one fault
  taken once, its figure kept in the fault's words: now “其中的“2”（从何处起扣）未读入”, as “第2个月以后” has;
- a fault of each term (“每学期漏报扣2分”) was read as once in the row, where “每月漏报” is counted per month: now a doubt
  whether each period's fault is taken each time; and, found beside them, “每半年未开展应急演练扣3分” was counted in whole
  years (“每年扣3分”): a half of the unit after 每 is no case in it (``_PER_CASE``), the fault now read with that doubt.
The sure readings met: faults each counted beside a line of the fault's own (“当月事假3天(含)以上扣8分” is to check, its
neighbours “迟到每次”, “脱岗1次”, “旷工1天”, “事假每天” counted), periods named by their number in digits or Chinese
numerals (“第一季度漏报扣10分”, once each), a heading before a colon (“检查3个方面:…”, “每月报送1次:漏报1次…”), a line
of the text's own against the name's (“知晓率达到95%以上得满分,每下降1%扣0.5分” in “…知晓率达90%以上”: 95), a line to
stay under (“返工率≤2%得满分,每超过1个百分点扣2分”). The name's line itself (``threshold._line_in_name``) is never
read confidently; where it is taken the line is the one of the rate the text names.

Readings left to check (not confident, so no bar, though some would score otherwise): a fault's line said “(含3天)以上”,
“满3天” or “超过3天” (the formula not read: one deduction per case proposed), “20个教学班以上” (two characters after 个),
“分2次检查:第1次…第2次…” and faults of periods by their number with no other fault (酌情), “每2天”, “每2次迟报” (no
reading), a name's line in Chinese numerals or full width figures, a name with two lines of one rate (城区/农村), the
name's line where the text names another rate, a cliff below the name's line.

The checker is ``tests/probe_checks.py``'s.
"""
from __future__ import annotations

from decimal import Decimal
from itertools import product
from typing import Any

import pytest

from services.frameworks.proposal import propose
from tests.probe_checks import Either, Fault, Faults, case_test, wrongly
from tests.proposals import Bands, Unsure

_CN = {1: "一", 2: "二", 3: "三", 4: "四", 5: "五", 10: "十", 12: "十二", 20: "二十"}


def _p(full: bool) -> tuple[str, str, str]:
    return ("，", "；", "。") if full else (",", ";", ".")


def _e(want: Any) -> Either:
    return Either(want, Unsure())


# ── a line of a fault's own words (“3天(含)以上”) beside faults counted each time ───────────────────────────────────────
def leave_lines() -> list[tuple[str, str, str, Any]]:
    out: list = []
    for i, ((n, x, y, z, m), (line, said_once)) in enumerate(product(
            [(3, 8, 2, 5, 20), (2, 5, 1, 3, 15), (5, 10, 0.5, 2, 30)],
            [("{n}天(含)以上", True), ("{n}天（含）以上", True), ("{n}天及以上", True), ("{n}天以上", True),
             ("{n}个工作日(含)以上", True), ("{cn}天(含)以上", True), ("{n}天(含{n}天)以上", True),
             ("超过{n}天", True), ("满{n}天", True), ("{n}天", None)])):
        c, s, e = _p(i % 2 == 0)
        y_ = format(y, "g")
        words = line.format(n=n, cn=_CN[n])
        each = Fault("事假", f"-{x}", False) if said_once else None
        faults = (Fault("迟到", f"-{y_}", True), Fault("早退", f"-{y_}", True), Fault("脱岗", f"-{z}", True))
        want = _e(Faults((each, *faults))) if each else Unsure()
        out.append((f"1、当月事假{words}扣{x}分{s}2、上班迟到、早退{c}每次扣{y_}分{s}3、值班期间脱岗1次扣{z}分{e}", str(m),
                    "考勤", want))
        out.append((f"上班迟到、早退{c}每次扣{y_}分{s}值班期间脱岗1次扣{z}分{s}当月事假{words}扣{x}分{c}扣完为止{e}", str(m),
                    "考勤管理", want))
        if said_once:
            out.append((f"当月事假{words}的{c}扣{x}分{s}迟到一次扣{y_}分{c}扣完为止", str(m), "考勤",
                        _e(Faults((each, Fault("迟到", f"-{y_}", True))))))
    # figures that ARE counts of the fault's cases
    for (x, y, m), full in product([(2, 1, 10), (3, 0.5, 20)], (True, False)):
        c, s, e = _p(full)
        y_ = format(y, "g")
        out.append((f"迟到每次扣{y_}分{s}旷工1天扣{x}分{c}扣完为止{e}", str(m), "考勤",
                    _e(Faults((Fault("迟到", f"-{y_}", True), Fault("旷工", f"-{x}", True))))))
        out.append((f"迟到1次扣{y_}分{s}事假每天扣{x}分{c}扣完为止{e}", str(m), "考勤",
                    _e(Faults((Fault("迟到", f"-{y_}", True), Fault("事假", f"-{x}", True))))))
        out.append((f"迟到每次扣{y_}分{s}事假每2天扣{x}分{c}扣完为止{e}", str(m), "考勤", Unsure()))
        out.append((f"事假2天扣{x}分{s}迟到每次扣{y_}分{c}扣完为止{e}", str(m), "考勤", Unsure()))
        out.append((f"迟到2次以上的{c}每次扣{y_}分{s}旷工1天扣{x}分{c}扣完为止{e}", str(m), "考勤", Unsure()))
        out.append((f"迟到2次(含)以上的{c}每次扣{y_}分{s}旷工1天扣{x}分{c}扣完为止{e}", str(m), "考勤", Unsure()))
        out.append((f"迟到1次以上的{c}每次扣{y_}分{s}旷工1天扣{x}分{c}扣完为止{e}", str(m), "考勤",
                    _e(Faults((Fault("迟到", f"-{y_}", True), Fault("旷工", f"-{x}", True))))))
        out.append((f"迟到2次以上扣{x}分{s}旷工1天扣{x}分{c}扣完为止{e}", str(m), "考勤",
                    _e(Faults((Fault("迟到", f"-{x}", False), Fault("旷工", f"-{x}", True))))))
        out.append((f"未按时报送扣{x}分{s}每2次迟报扣{y_}分{c}扣完为止{e}", str(m), "报送", Unsure()))
        out.append((f"迟到3次以内不扣分{c}超过3次的每次扣{y_}分{s}旷工1天扣{x}分{c}扣完为止{e}", str(m), "考勤",
                    _e(Faults((Fault("迟到", f"-{y_}", True, free=3), Fault("旷工", f"-{x}", True))))))
        out.append((f"当月事假3天(含)以上扣{x}分{c}每多1天再扣{y_}分{s}迟到每次扣{y_}分{c}扣完为止{e}", str(m), "考勤",
                    Unsure()))
        out.append((f"当月事假3天(含)以上扣{x}分{s}迟到每次扣{y_}分{s}旷工的本项不得分{e}", str(m), "考勤",
                    _e(Faults((Fault("事假", f"-{x}", False), Fault("迟到", f"-{y_}", True), Fault("旷工", "0", False))))))
        out.append((f"当月事假3天(含)以上扣{x}分{s}迟到每次扣{y_}分{c}最多扣{m // 2}分{e}", str(m), "考勤",
                    _e(Faults((Fault("事假", f"-{x}", False), Fault("迟到", f"-{y_}", True)), off=str(m // 2)))))
    return out


# ── a line on things named after 个 (“20个班以上学校”) ───────────────────────────────────────────────────────────────
def class_lines() -> list[tuple[str, str, str, Any]]:
    out: list = []
    for i, ((n, a, b, x, m), (line, below)) in enumerate(product(
            [(20, 3, 1, 5, 15), (12, 2, 0.5, 4, 10), (30, 5, 2, 6, 20)],
            [("{n}个班以上", False), ("{n}个班(含)以上", False), ("{n}个班及以上", False), ("{n}个班以下", True),
             ("{cn}个班以上", False), ("{n}个教学班以上", False), ("{n}班以上", False), ("{n}个以上班级的", False)])):
        c, s, e = _p(i % 2 == 0)
        b_ = format(b, "g")
        words = line.format(n=n, cn=_CN.get(n, str(n)))
        want = _e(Faults((Fault("安全办公室", f"-{a}", False), Fault("安全员", f"-{b_}", True),
                          Fault("保安|门卫", f"-{x}", False))))
        out.append((f"未设立安全办公室{c}扣{a}分{s}配备专职安全员每少1人扣{b_}分{s}{words}学校未配备专职保安扣{x}分{c}扣完为止{e}",
                    str(m), "安保队伍", want))
        out.append((f"{words}学校未配备专职保安扣{x}分{s}未设立安全办公室扣{a}分{s}配备专职安全员每少1人扣{b_}分{c}扣完为止{e}",
                    str(m), "安保队伍", want))
        if not below:
            out.append((f"未设立安全办公室{c}扣{a}分{s}{words}学校未设门卫室扣{x}分{e}", str(m), "安保",
                        _e(Faults((Fault("安全办公室", f"-{a}", False), Fault("门卫", f"-{x}", False))))))
    for (a, b, m), full in product([(3, 1, 10), (2, 0.5, 8)], (True, False)):
        c, s, e = _p(full)
        b_ = format(b, "g")
        # counts of things named after 个
        out.append((f"未设立安全办公室扣{a}分{s}每少配1个班主任扣{b_}分{c}扣完为止{e}", str(m), "班主任",
                    _e(Faults((Fault("安全办公室", f"-{a}", False), Fault("班主任", f"-{b_}", True))))))
        out.append((f"未设立安全办公室扣{a}分{s}每有1个班级未开展演练扣{b_}分{c}扣完为止{e}", str(m), "演练",
                    _e(Faults((Fault("安全办公室", f"-{a}", False), Fault("演练", f"-{b_}", True))))))
        out.append((f"未设立安全办公室扣{a}分{s}有3个以上班级未开展演练的扣{a}分{c}扣完为止{e}", str(m), "演练",
                    _e(Faults((Fault("安全办公室", f"-{a}", False), Fault("演练", f"-{a}", False))))))
        out.append((f"每20个班配备1名专职保安{c}每少配1名扣{b_}分{s}未设立安全办公室扣{a}分{c}扣完为止{e}", str(m), "安保",
                    _e(Faults((Fault("保安", f"-{b_}", True), Fault("安全办公室", f"-{a}", False))))))
        out.append((f"1000人以上学校未配备专职校医扣{a}分{s}每少1名保健教师扣{b_}分{c}扣完为止{e}", str(m), "卫生",
                    _e(Faults((Fault("校医", f"-{a}", False), Fault("保健教师", f"-{b_}", True))))))
        out.append((f"未设立安全办公室扣{a}分{s}20个班以上学校每少1名专职保安扣{b_}分{c}扣完为止{e}", str(m), "安保", Unsure()))
    return out


# ── periods named by their number, a heading's figure before its colon ───────────────────────────────────────────────
def periods() -> list[tuple[str, str, str, Any]]:
    out: list = []
    for i, ((a, b, x, m), (unit, k, cn)) in enumerate(product(
            [(10, 5, 1, 40), (4, 2, 0.5, 20)],
            [("季度", 4, False), ("季度", 4, True), ("个月", 3, False), ("学期", 2, False), ("周", 3, False)])):
        c, s, e = _p(i % 2 == 0)
        x_ = format(x, "g")
        costs = [a, b, b, a][:k]
        num = (lambda i: _CN[i]) if cn else str
        body = s.join(f"第{num(i + 1)}{unit}漏报扣{cost}分" for i, cost in enumerate(costs))
        faults = tuple(Fault(f"第{i + 1}{unit}|第{num(i + 1)}{unit}", f"-{cost}", False) for i, cost in enumerate(costs))
        errs = Fault("错", f"-{x_}", True)
        for head in ["", f"按{k}个{unit.lstrip('个')}报送统计报表:" if i % 2 else f"按{_CN[k]}个{unit.lstrip('个')}报送统计报表：",
                     "统计报表按时报送:"]:
            out.append((f"{head}{body}{s}报表数据每错1处扣{x_}分{c}扣完为止{e}", str(m), "统计报表",
                        _e(Faults((*faults, errs)))))
        out.append((f"{body}{e}", str(sum(costs)), "报表", _e(Faults(faults))))
        # where the deducting starts, not a period named by its number
        out.append((f"按月报送:第{k}{unit}起每{unit.lstrip('个')}漏报扣{b}分{s}报表每错1处扣{x_}分{c}扣完为止{e}", str(m),
                    "统计报表", Unsure()))
        out.append((f"第{k}{unit}以后每{unit.lstrip('个')}漏报扣{b}分{s}报表每错1处扣{x_}分{c}扣完为止{e}", str(m),
                    "统计报表", Unsure()))
        # a count of the periods missed
        out.append((f"每{unit.lstrip('个')}漏报1次扣{b}分{s}报表每错1处扣{x_}分{c}扣完为止{e}", str(m), "统计报表",
                    _e(Faults((Fault("漏报", f"-{b}", True), errs)))))
        # (the period named, the cases of it counted)
        out.append((f"第1{unit}漏报1次扣{b}分{s}报表每错1处扣{x_}分{c}扣完为止{e}", str(m), "统计报表",
                    _e(Faults((Fault("漏报", f"-{b}", True), errs)))))
        out.append((f"每{unit.lstrip('个')}漏报扣{b}分{s}报表每错1处扣{x_}分{c}扣完为止{e}", str(m), "统计报表",
                    _e(Faults((Fault("漏报", f"-{b}", True), errs)))))
    for (a, b, m), full in product([(3, 5, 10), (2, 4, 8)], (True, False)):
        c, s, e = _p(full)
        # a heading of checks by their number
        out.append((f"分2次检查:第1次检查不合格扣{a}分{s}第2次检查不合格扣{b}分{e}", str(m), "检查",
                    _e(Faults((Fault("第1次", f"-{a}", False), Fault("第2次", f"-{b}", False))))))
        out.append((f"检查3个方面:资料不全扣{a}分{s}台账不规范扣{b}分{s}每发现1处错误扣1分{c}扣完为止{e}", str(m), "检查",
                    _e(Faults((Fault("资料不全", f"-{a}", False), Fault("台账", f"-{b}", False),
                               Fault("错误", "-1", True))))))
        out.append((f"每月报送1次:漏报1次扣{a}分{s}迟报1次扣1分{c}扣完为止{e}", str(m), "报送",
                    _e(Faults((Fault("漏报", f"-{a}", True), Fault("迟报", "-1", True))))))
        out.append((f"共5项:每缺1项扣{a}分{s}资料不规范扣1分{c}扣完为止{e}", str(m), "资料",
                    _e(Faults((Fault("缺", f"-{a}", True), Fault("不规范", "-1", False))))))
        out.append((f"按4个季度报送:漏报1个季度扣{b}分{s}迟报每次扣1分{c}扣完为止{e}", str(m), "报送",
                    _e(Faults((Fault("漏报", f"-{b}", True), Fault("迟报", "-1", True))))))
        out.append((f"每季度至少报送2次:每少1次扣{a}分{s}第4季度漏报扣{b}分{e}", str(m), "报送", Unsure()))
    return out


# ── the line of a rate's step in the indicator's name ─────────────────────────────────────────────────────────────
_CHECKS = ["现场随机抽查{k}名职工,统计安全知识知晓率,", "随机抽取{k}名员工进行现场测试，并统计相关知识知晓率，",
           "查阅培训档案、问卷调查{k}人，计算知晓率;"]


def _step_bands(line: int, m: Decimal, st: int, a: Decimal, full: int = 100) -> Bands:
    return Bands(((full, m), (line, m), (min(full, line + st), m), (line - st, max(Decimal(0), m - a)),
                  (line - 2 * st, max(Decimal(0), m - 2 * a)), (max(0, line - 20 * st), 0)))


def names() -> list[tuple[str, str, str, Any]]:
    out: list = []
    named = ["2.安全培训 职工安全知识知晓率达{L}%以上", "职工安全知识知晓率不低于{L}%", "安全知识知晓率≥{L}%",
             "安全知识知晓率达到{L}%", "安全知识知晓率{L}%以上", "知晓率（目标值≥{L}%）", "3.1 职工安全知识知晓率达{L}%及以上"]
    for i, ((line, st, a, m), name, check) in enumerate(product(
            [(85, 5, 1, 4), (90, 1, "0.5", 5), (80, 2, 1, 6)], named, _CHECKS)):
        full = i % 2 == 0
        c = "，" if full else ","
        h, ad = Decimal(m), Decimal(str(a))
        nm = name.format(L=line)
        head = check.format(k=10 * st) if full else check.format(k=10 * st).replace("，", ",").replace(";", ",")
        text = f"{head}知晓率每下降{st}%扣{a}分{c}扣完为止。"
        out.append((text, str(m), nm, _e(_step_bands(line, h, st, ad))))
    for (line, st, a, m), full in zip([(85, 5, 1, 4), (90, 1, "0.5", 5), (95, 1, 2, 10), (80, 2, 1, 6)],
                                      (True, False, False, True)):
        c, s, e = _p(full)
        h, ad = Decimal(m), Decimal(str(a))
        nm = f"安全培训 职工安全知识知晓率达{line}%以上"
        good = _e(_step_bands(line, h, st, ad))
        # the step in 个百分点, the rate's more words, a second clause
        out.append((f"统计职工安全知识知晓率{c}知晓率每下降{st}个百分点扣{a}分{c}扣完为止{e}", str(m), nm, good))
        out.append((f"现场抽查{c}职工安全知识知晓率每下降{st}%扣{a}分{e}", str(m), nm, good))
        out.append((f"统计安全知识知晓率{c}每下降{st}%扣{a}分{c}扣完为止{e}", str(m), nm, good))
        # the text's own line, the name's contradicting it: the text's governs
        for own in (line + 5 if line + 5 <= 100 else line - 5, 100):
            out.append((f"知晓率达到{own}%以上得满分{c}每下降{st}%扣{a}分{c}扣完为止{e}", str(m), nm,
                        _e(_step_bands(own, h, st, ad))))
            out.append((f"随机抽查{c}统计知晓率{c}知晓率≥{own}%得满分{c}知晓率每下降{st}%扣{a}分{c}扣完为止{e}", str(m), nm,
                        _e(_step_bands(own, h, st, ad))))
        # a cliff below the line
        out.append((f"统计知晓率{c}知晓率每下降{st}%扣{a}分{s}低于60%不得分{e}", str(m), nm, Unsure()))
        # names with no line, with a bare figure, with the line in words, with a rise
        for other in ["安全培训 职工安全知识知晓率", f"职工安全知识知晓率{line}%", "职工安全知识知晓率达百分之八十五以上",
                      f"职工安全知识知晓率比上年提高{st}%以上", f"职工安全知识知晓率达{line}％以上"]:
            out.append((f"统计安全知识知晓率{c}知晓率每下降{st}%扣{a}分{c}扣完为止{e}", str(m), other, Unsure()))
        # names with two rates
        two = f"职工安全知识知晓率达{line}%以上,培训参与率达{min(100, line + 5)}%以上"
        out.append((f"统计知晓率{c}知晓率每下降{st}%扣{a}分{c}扣完为止{e}", str(m), two, _e(_step_bands(line, h, st, ad))))
        out.append((f"统计参与率{c}参与率每下降{st}%扣{a}分{c}扣完为止{e}", str(m), two,
                    _e(_step_bands(min(100, line + 5), h, st, ad))))
        out.append((f"统计知晓率和参与率{c}每下降{st}%扣{a}分{c}扣完为止{e}", str(m), two, Unsure()))
        out.append((f"统计知晓率{c}知晓率每下降{st}%扣{a}分{s}参与率每下降{st}%扣{a}分{c}扣完为止{e}", str(m), two, Unsure()))
        out.append((f"统计知晓率{c}知晓率每下降{st}%扣{a}分{c}扣完为止{e}", str(m),
                    f"城区知晓率达{line}%以上,农村知晓率达{line - 10}%以上", Unsure()))
        # the name's line of another rate than the text's
        out.append((f"统计培训合格率{c}合格率每下降{st}%扣{a}分{c}扣完为止{e}", str(m), nm, Unsure()))
        out.append((f"统计职工参与率{c}参与率每下降{st}%扣{a}分{c}扣完为止{e}", str(m), nm, Unsure()))
        out.append((f"产品抽检合格率每下降{st}%扣{a}分{e}", str(m), f"工程验收合格率达{line}%以上", Unsure()))
    return out


def checked() -> list[tuple[str, str, str, Any]]:
    out: list = []
    for i, ((line, st, a, m), (who, rate)) in enumerate(product(
            [(96, 1, 2, 10), (95, 1, 1, 5), (90, 2, 1, 6)],
            [("班组长月度", "点检完好率"), ("质检员月度", "检查准确率"), ("维修班", "设备完好率")])):
        c, s, e = _p(i % 2 == 0)
        h, ad = Decimal(m), Decimal(a)
        good = _e(_step_bands(line, h, st, ad))
        for nm in [f"3.2 {rate}(20分)·3.2.1 设备{rate}（维修班目标值≥{line}%）", f"{who}{rate}不低于{line}%",
                   f"月度{rate}达{line}%以上"]:
            out.append((f"{who}{rate}每降低{st}%扣{a}分{e}", str(m), nm, good))
            out.append((f"查阅记录{c}计算{who}{rate}{c}{rate}每降低{st}%扣{a}分{c}扣完为止{e}", str(m), nm, good))
        out.append((f"{who}{rate}每降低{st}%扣{a}分{e}", str(m), f"{rate}(维修班目标值≥{line}%,生产班目标值≥{line - 5}%)",
                    Unsure()))
        out.append((f"{who}{rate}每降低{st}%扣{a}分{e}", str(m), f"{rate}{line}%", Unsure()))
        out.append((f"{who}{rate}每上升{st}%扣{a}分{e}", str(m), f"{rate}不低于{line}%", Unsure()))
        out.append((f"{who}{rate}{line}%以上得满分{c}每降低{st}%扣{a}分{c}扣完为止{e}", str(m), f"{rate}不低于{line - 5}%",
                    _e(_step_bands(line, h, st, ad))))
        out.append((f"{who}{rate}每降低{st}%扣{a}分{s}未建立点检记录的扣{a}分{e}", str(m), f"{rate}不低于{line}%", Unsure()))
    # lines a rate must stay under, named in the name
    for (line, st, a, m), full in product([(2, 1, 2, 10), (5, 1, 1, 5)], (True, False)):
        c, s, e = _p(full)
        h, ad = Decimal(m), Decimal(a)
        out.append((f"统计事故发生率{c}发生率每上升{st}%扣{a}分{e}", str(m), f"事故发生率不高于{line}%", Unsure()))
        out.append((f"统计返工率{c}返工率每超过{st}%扣{a}分{c}扣完为止{e}", str(m), f"返工率控制在{line}%以内", Unsure()))
        out.append((f"返工率≤{line}%得满分{c}每超过{st}个百分点扣{a}分{c}扣完为止{e}", str(m), f"返工率控制在{line}%以内",
                    _e(Bands(((0, m), (line, m), (line + st, h - ad), (line + 2 * st, max(Decimal(0), h - 2 * ad)))))))
    return out


def _first(cases: list[tuple[str, str, str, Any]]) -> list[tuple[str, str, str, Any]]:
    """Each (text, 分值, name) once, at the statement the generators wrote first."""
    return list({(t, w, n): (t, w, n, want) for t, w, n, want in reversed(cases)}.values())[::-1]


#: the texts of faults, what they state whatever the indicator's name (the probes' common form: text, 分值, statement)
CASES = [(t, w, want) for t, w, _n, want in _first(leave_lines() + class_lines() + periods())]
#: the texts of a rate's step, what they state with the indicator's name each is written under
NAMED = _first(names() + checked())


def test_the_probe_is_of_its_size():
    assert 300 <= len(CASES) + len(NAMED) <= 600
    assert len({(t, w) for t, w, _want in CASES}) == len(CASES)


@pytest.mark.parametrize("text", [
    "迟到2次以上的,每次扣1分;旷工1天扣2分,扣完为止",  # a line of the count before each case: from the first, or past it?
    "迟到3次及以上每次扣1分;旷工1天扣2分,扣完为止",
    "第2学期以后每学期漏报扣5分;报表每错1处扣1分,扣完为止",  # where the deducting starts, a period by its number
    "第3学期开始漏报扣5分;报表每错1处扣1分,扣完为止",
    "每学期漏报扣2分;报表每错1处扣1分,扣完为止",  # each term's fault, or the row's once?
    "每半年未开展应急演练扣3分;台账每缺1份扣1分,扣完为止",
])
def test_mended_faults_stay_to_check(text):
    assert not propose(text, "10", "指标").confident


test_every_made_up_text_is_scored_as_it_says_or_is_to_check = case_test(CASES)


@pytest.mark.parametrize("text, weight, name, want", NAMED, ids=[f"n{i:03d}" for i in range(len(NAMED))])
def test_every_made_up_text_under_its_name_is_scored_as_it_says_or_is_to_check(text, weight, name, want):
    p = propose(text, weight, name)
    why = wrongly(p, weight, want)
    assert not (p.confident and why), (why, p.summary)
