"""Made-up texts in the house styles of this round's readings — points added and taken per time from a base said last
and a cap (“…扣2分/次;…加2分/次;此项基本分为0分,累计不超过8分”), counts closing with 以此类推, situations scored after 各
(“非常熟悉、较熟悉各加3分、2分”), points per school year equal to the 分值, deductions each with a cap of its own (“…发现一次扣
2分,10分扣完为止;…”), 每人次每半天, a count let pass before deducting (“每班最多缺席3人,超过3人的,扣0.5分/人”), one fault at
two degrees the graver 扣完 the 分值, a fault found N times or more beside full marks, the top band said as its figure
alone, a thing missing or a rate short zeroing the row, bands of a survey's score, zeroes between the deductions
(“…此项不计分”, “直接计0分”), one rate with a line per kind — and their near variants (other numerals, units,
punctuation, 得/计/加/+, orderings, an extra clause a reading should not swallow), each with what it states (a few
situations and their scores) or that it is unsure (to check). Every proposal scores every situation as the text says,
or is not confident.

Confident readings found scoring wrong, and mended: none. Of the texts here few are read surely at all (every reading of
this round is to check, and a near variant that escapes its doubt falls to judgement or to a reading that is itself to
check); the sure ones (a cap said after a part equal to the 分值, 每缺一大类 as a count of one, 每人每天, 最多扣 at the
分值, the full marks said first before deductions per time) score every situation as the text says.

Readings left to check that scored some situations otherwise than the text says (not confident, so no bar): a count
let pass said alone (“每班最多缺席3人,超过3人的,扣0.5分/人”, “迟到3次以内不扣分,超过3次的每次扣1分”), one part's cap said
before 扣完 on a 分值 past it (“…发现一次扣2分,10分扣完为止” on 20), bands of days said with 以上…以内 (“请假一天以上两天
以内扣除20分”) and “市级、县级各得2分、1分” are now read as the text says (``_unseen70.py``); points per time from a base said
last with a cap short of the 分值, read as one count, are still left to check.

The checker (``tests/probe_checks.py``) extends probe25's: a fault's own cap and the cases let pass before it
(``Fault.cap``, ``Fault.free``), several deduction items each capped (their caps making up the 分值), a formula stated
by its values (``Fn``), either of two statements fair (``Either``), one variable standing for several faults alike (one
count of them, or one condition zeroing the row of several), and a fault's word given with alternatives (“迟到|次数”).
"""
from __future__ import annotations

from decimal import Decimal
from itertools import product

from tests.probe_checks import (
    Either,
    Fault,
    Faults,
    Fn,
    Want,
    probe_tests,
)
from tests.proposals import Bands, Per, Ranks, Unsure, dec

# ── what a text states ───────────────────────────────────────────────────────────────────────────────────────




_CN = {0: "零", 1: "一", 2: "两", 3: "三", 4: "四", 5: "五", 6: "六", 7: "七", 8: "八", 9: "九", 10: "十"}


# ── points added and taken per time from a base said last, a cap (st-jd) ─────────────────────────────────────────
_ACTS = [("迟到", "旷工", "会上积极发言"), ("早退", "无故缺勤", "参加基地主管会"), ("病假", "脱岗", "主动承担加班任务"),
         ("漏签到", "无故缺席", "外出学习")]
_BASE_WORDS = [("此项基本分为", "累计不超过"), ("基本分为", "最高不超过"), ("此项基础分为", "累计最高不超过")]


def based() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for i, ((a, b, c), (bw, cw)) in enumerate(product(_ACTS, _BASE_WORDS)):
        x, y, z, m, b0 = [("2", "3", "2", "8", "0"), ("1", "5", "2", "10", "5"), ("0.5", "2", "1", "6", "3"),
                          ("2", "1", "3", "10", "4")][i % 4]
        f3 = (Fault(a, f"-{x}", True), Fault(b, f"-{y}", True), Fault(c, f"+{z}", True))
        # numbered lines, points per time with /次
        text = f"1.{a}扣{x}分/次。2.{b}扣{y}分/次。3.{c}加{z}分/次。4.{bw}{b0}分,{cw}{m}分。"
        out.append((text, m, Faults(f3, base=b0)))
        # run on with semicolons, 每次
        out.append((f"{a}每次扣{x}分;{b}每次扣{y}分;{c}每次加{z}分;{bw}{b0}分,{cw}{m}分", m, Faults(f3, base=b0)))
        # the cap short of the 分值: the score never past it
        short = str(int(m) - 2)
        out.append((f"1.{a}扣{x}分/次。2.{c}加{z}分/次。3.{bw}{b0}分,{cw}{short}分。", m,
                    Faults((f3[0], f3[2]), base=b0, top=short)))
        # an extra clause of judgement: to check
        out.append((text.replace("4.", f"4.造成财物损失,根据受损金额大小,扣{int(m) // 2}-{m}分。5."), m, Unsure()))
        out.append((text.replace("3.", f"3.完成效果按情况加{z}-{int(z) + 1}分。4.").replace("4.此", "5.此"), m, Unsure()))
        # a base past the 分值: to check
        out.append((f"1.{a}扣{x}分/次。2.{bw}{int(m) + 2}分。", m, Unsure()))
        # deductions alone, the base the 分值 said again, or short of it
        out.append((f"{a}一次扣{x}分;{b}一次扣{y}分。基本分为{m}分。", m, Faults(f3[:2])))
        out.append((f"{a}:一次扣{x}分;{b}:一次扣{y}分。基本分为{b0 if b0 != '0' else '5'}分。", m,
                    Faults(f3[:2], base=b0 if b0 != "0" else "5")))
        out.append((f"1.{a}扣{x}分/次。2.{b}扣{y}分/次。3.{bw}{m}分,无加分,累计不低于0分。", m, Faults(f3[:2])))
        # points added alone from 0
        out.append((f"1.{c}加{z}分/次。2.{a[:2]}表现突出加{x}分/次。3.{bw}0分,{cw}{m}分。", m,
                    Faults((Fault(c, f"+{z}", True), Fault(a[:2] + "表现突出", f"+{x}", True)), base="0")))
        # a time of one before each cost, a deed adding, the base said last
        out.append((f"{a}一次扣{_CN[int(x)] if x.isdigit() else x}分;{b}一次扣{y}分;{c}一次,加{z}分。基本分为{m}分", m,
                    Faults(f3)))
    # situations with no time counted, the base and cap said last: one of them holding, or adding up (to check)
    for i, (act, (lead, help_, absent)) in enumerate(product(
            ["积极参加部门工作", "积极参加志愿服务", "积极参与科室工作"],
            [("作为主负责人", "辅助开展", "无故不参加"), ("担任组长", "协助开展", "无故缺席")])):
        hi, lo, off, b0, cap = [("5", "2", "5", "5", "10"), ("4", "1", "4", "4", "8"), ("3", "1", "2", "6", "9")][i % 3]
        out.append((f"{act},{lead},加{hi}分;{act},{help_},加{lo}分;{absent},扣{off}分;基本分为{b0}分,最高不超过{cap}分",
                    cap, Unsure()))
        out.append((f"{act},{lead},加{hi}分;{act},{help_},加{lo}分;基本分为0分,最高不超过{cap}分", cap, Unsure()))
    return out


# ── a deduction at consecutive counts, 以此类推 (rs-qy) ───────────────────────────────────────────────────────────
_COUNTED = ["迟到", "早退", "缺卡", "未打卡"]


def so_on() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    forms = ["{t}{n0}次内不扣分;{t}{n1}次扣{p1}分;{t}{n2}次扣{p2}分,以此类推。",
             "①{t}{n0}次以内不扣分;②{t}{n1}次扣{p1}分;③{t}{n2}次扣{p2}分,以此类推。",
             "{t}{n0}次以内不扣分,{t}{n1}次扣{p1}分,{t}{n2}次扣{p2}分,以此类推",
             "{t}{n0}次内不扣分;{t}{n1}次扣除{p1}分;{t}{n2}次扣除{p2}分;以此类推"]
    for i, (t, form) in enumerate(product(_COUNTED, forms)):
        n0, p1, step, m = [(2, 20, 10, 100), (1, 10, 5, 50), (3, 5, 3, 30), (2, 2, 2, 10)][i % 4]
        n1, n2 = n0 + 1, n0 + 2
        cn = i % 2 == 0
        text = form.format(t=t, n0=_CN[n0] if cn else n0, n1=_CN[n1] if cn else n1, n2=_CN[n2] if cn else n2,
                           p1=p1, p2=p1 + step)
        samples = tuple(((k,), max(0, m - (0 if k <= n0 else p1 + step * (k - n1)))) for k in (0, n0, n1, n2, n2 + 2, 60))
        out.append((text, str(m), Fn((t,), samples)))
        # near misses: counts not in turn, no equal step, two things counted, the first times unsaid
        out.append((form.format(t=t, n0=n0, n1=n1, n2=n2 + 1, p1=p1, p2=p1 + step), str(m), Unsure()))
        out.append((form.format(t=t, n0=n0, n1=n1, n2=n2, p1=p1, p2=p1 + step).replace("以此类推", f"{t}{n2 + 1}次扣{p1 + 3 * step}分,以此类推"),
                    str(m), Unsure()))
        out.append((f"{t}{n1}次扣{p1}分;{t}{n2}次扣{p1 + step}分,以此类推", str(m), Unsure()))
        if i % 4 == 0:
            out.append((f"{t}{n0}次内不扣分;{t}{n1}次扣{p1}分;旷工{n2}次扣{p1 + step}分,以此类推", str(m), Unsure()))
    # a deduction per time and 以此类推 up to a stop (cg-zhenjiang)
    for what, (x, m) in product(["份量短缺达到该类食材配送总量5%以上", "抽查到不符要求的", "送货迟到30分钟以上"],
                                [("5", "15"), ("3", "10"), ("2", "8")]):
        out.append((f"({what},有一次扣{x}分,以此类推,{m}分扣完为止)", m, Per(x)))
        out.append((f"{what},每次扣{x}分,{m}分扣完为止。", m, Per(x)))
    return out


# ── situations scored after 各, in turn ────────────────────────────────────────────────────────────────────────
_GE = [("非常熟悉", "较熟悉", "一般"), ("完全掌握", "基本掌握", "部分掌握"), ("规范", "较规范", "基本规范")]


def ge() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for i, ((a, b, c), verb) in enumerate(product(_GE, ["加", "得", "计"])):
        x, y, z = [(3, 2, 1), (4, 2, 1), (5, 3, 1), (2, 1, 0.5)][i % 4]
        lead = ["1、资产主管对固定资产的了解程度。", "", "档案整理:", "2、班组长对设备的掌握情况。"][i % 4]
        out.append((f"{lead}{a}、{b}各{verb}{x}分、{y}分。", str(x), Ranks((x, y))))
        out.append((f"{lead}{a}、{b}、{c}各{verb}{x}分、{y}分、{z}分", str(x), Ranks((x, y, z))))
        # scores fewer than the situations, or alike: to check
        out.append((f"{lead}{a}、{b}、{c}各{verb}{x}分、{y}分", str(x), Unsure()))
        out.append((f"{lead}{a}、{b}各{verb}{y}分、{y}分", str(y), Unsure()))
        # situations scored in turn, the rest not scored: an extra clause said after
        out.append((f"{lead}{a}、{b}各{verb}{x}分、{y}分,{c}的酌情{verb}分", str(x), Unsure()))
    for lv, (x, m) in product([("市级", "县级"), ("国家级", "省级"), ("一等奖", "二等奖")], [("2", "4"), ("1", "2")]):
        # one score for each: each one found adds it
        out.append((f"获得{lv[0]}、{lv[1]}表彰各加{x}分", m,
                    Faults((Fault(lv[0], f"+{x}", False), Fault(lv[1], f"+{x}", False)), base="0")))
    return out


# ── points for each school year, the 分值 or short of it ──────────────────────────────────────────────────────────
_YEARLY = ["担任学生社团指导教师", "负责本系年度招生宣传工作", "担任班主任", "指导青年教师", "承担校级公开课"]


def yearly() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for i, (deed, per) in enumerate(product(_YEARLY, ["每学年", "每年度", "每年"])):
        m = ["2", "3", "1"][i % 3]
        lead = ["", "3.", "(2)"][i % 3]
        once = Either(Ranks((int(m), 0)), Faults((Fault(deed[-4:], f"+{m}", True),), base="0"))
        out.append((f"{lead}{deed},{per}加{m}分。", m, once))
        out.append((f"{lead}{deed},{per}得{m}分", m, once))
        # the points short of the 分值: years counted up to it
        out.append((f"{lead}{deed},{per}加{m}分。", str(int(m) * 3), Faults((Fault(deed[-4:], f"+{m}", True),), base="0")))
        # a time, not a period
        out.append((f"{lead}{deed},每次加{m}分,最多加{int(m) * 3}分", str(int(m) * 3),
                    Faults((Fault(deed[-4:], f"+{m}", True),), base="0")))
    return out


# ── deductions each with a cap of its own (cg-zhenjiang) ──────────────────────────────────────────────────────────
_PARTS = [("未按要求准时送货", "非不可抗拒情况下延误"), ("工作人员野蛮运装导致原材料受损", "无正当理由与食堂人员争执"),
          ("未提供结算依据", "运输工具不清洁"), ("送货数量短缺", "未按时到货")]


def capped_parts() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    forms = ["准时送达得{m}分;{a}发现一次扣{x}分,{c}分扣完为止;{b}一次扣{y}分,{c}分扣完为止。",
             "1、{a}的经查实1次扣{x}分,{c}分扣完为止。2、{b}的,经查实1次扣{y}分,{c}分扣完为止。",
             "{a}每次扣{x}分,{c}分扣完为止;{b}每次扣{y}分,{c}分扣完为止",
             "{a}的,1次扣{x}分,扣完{c}分为止;{b}的,1次扣{y}分,扣完{c}分为止。"]
    for i, ((a, b), form) in enumerate(product(_PARTS, forms)):
        x, y, c = [("2", "2", "10"), ("3", "2", "5"), ("1", "1", "4"), ("5", "3", "15")][i % 4]
        m = str(2 * int(c))
        want = Faults((Fault(a[-4:], f"-{x}", True, cap=c), Fault(b[-4:], f"-{y}", True, cap=c)))
        out.append((form.format(a=a, b=b, x=x, y=y, c=c, m=m), m, want))
        # the caps past the 分值: the whole never below 0
        big = str(int(c) + int(c) // 2)
        out.append((form.format(a=a, b=b, x=x, y=y, c=c, m=big), big, Faults(want.faults)))
        # one part, a cap short of the 分值, or the 分值 itself
        one = ["{a}发现一次扣{x}分,{c}分扣完为止。", "{a}的经查实1次扣{x}分,{c}分扣完为止。", "{a}每次扣{x}分,{c}分扣完为止",
               "{a}的,1次扣{x}分,扣完{c}分为止。"][i % 4]
        out.append((one.format(a=a, x=x, c=c), m, Per(x, c)))
        out.append((one.format(a=a, x=x, c=m), m, Per(x)))
    for m, (x, c) in product(["25", "20"], [("5", "25"), ("2", "10")]):
        c = m if c == "25" else c
        out.append((f"保证商品质量,发现一次假冒伪劣商品或过期商品本项不得分,并报管理部门备案。所供原材料出现腐烂、变质等现象的"
                    f"发生1次扣{x}分,{c}分扣完为止。", m,
                    Faults((Fault("假冒伪劣", "0", False), Fault("腐烂", f"-{x}", True, cap=c if c != m else None)))))
    return out


# ── each person's each half-day (zwfw), a count let pass before deducting (jy-bjlh) ─────────────────────────────────
def person_days() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for i, (who, (x, y, z, m)) in enumerate(product(["窗口工作人员", "值班人员", "坐班人员"],
                                                     [("3", "2", "5", "20"), ("2", "1", "3", "10"), ("1", "0.5", "2", "6")])):
        lead = [f"{who}严格按规定到岗办公,得{m}分。", f"{who}严格按规定在岗,得{m}分。上班时间,各个窗口都要在岗在位,", ""][i % 3]
        text = f"{lead}{who}擅自脱岗半天以上,每人次每半天扣{x}分。项目联审会,迟到每次扣{y}分,缺席每次扣{z}分。"
        samples = tuple(((a, b, c), max(Decimal(0), dec(m) - dec(x) * a - dec(y) * b - dec(z) * c))
                        for a, b, c in ((0, 0, 0), (1, 0, 0), (2, 1, 0), (1, 1, 1), (9, 0, 2)))
        out.append((text, m, Fn(("脱岗", "迟到", "缺席"), samples)))
        out.append((text.replace("每半天", "每天"), m, Fn(("脱岗", "迟到", "缺席"), samples)))
        # each person and each half-day apart: to check
        out.append((f"{who}擅自脱岗每人次扣{x}分,每半天另扣{y}分;迟到每次扣{z}分", m, Unsure()))
    for i, ((what, u, other), (n, x, y, m)) in enumerate(product(
            [("每班最多缺席{n}人,超过{n}人的", "人", "做操懒散,提醒后仍不认真的"),
             ("每月最多请假{n}次,超过{n}次的", "次", "旷工的"),
             ("每周最多迟到{n}次,超过{n}次的", "次", "早退的")],
            [(3, "0.5", "0.5", "5"), (2, "1", "3", "10"), (1, "2", "1", "8")])):
        lead = what.format(n=n)
        word = lead[4:6]
        samples = tuple(((a, b), max(Decimal(0), dec(m) - dec(x) * max(0, a - n) - dec(y) * b))
                        for a, b in ((0, 0), (n, 0), (n + 1, 0), (n + 2, 1), (n + 3, 2), (40, 0)))
        for form in ("(1){l},扣{x}分/{u} (2){o},扣{y}分/{u}", "1.{l},每{u}扣{x}分;2.{o},每{u}扣{y}分",
                     "{l},扣{x}分/{u};{o}扣{y}分/{u}。"):
            out.append((form.format(l=lead, x=x, u=u, o=other, y=y), m, Fn((word, other[:2]), samples)))
        # a count let pass alone
        out.append((f"{lead},扣{x}分/{u}", m,
                    Fn((word,), tuple(((a,), max(Decimal(0), dec(m) - dec(x) * max(0, a - n))) for a in (0, n, n + 1, n + 4, 40)))))
        # a count let pass in another unit than the one counted: to check
        out.append((f"{lead},每天扣{x}分;{other}扣{y}分/{u}", m, Unsure()))
    # per person per lesson (jy-bjlh)
    for x, y, m in (("0.5", "1", "10"), ("1", "2", "10"), ("0.5", "0.5", "5")):
        out.append((f"迟到、早退者,扣{x}分/人,没按照请假程序请假而旷课者,扣{y}分/人/节。", m,
                    Faults((Fault("迟到", f"-{x}", True), Fault("早退", f"-{x}", True), Fault("旷课", f"-{y}", True)))))
        out.append((f"(1)不戴校章,扣{x}分/人,头发不合要求,扣{x}分/人,穿拖鞋到班级,扣{x}分/人 (2)不穿校服,扣{y}分/人,"
                    f"讲粗言滥语,扣{y}分/人", m,
                    Faults((Fault("校章", f"-{x}", True), Fault("头发", f"-{x}", True), Fault("拖鞋", f"-{x}", True),
                            Fault("校服", f"-{y}", True), Fault("粗言", f"-{y}", True)))))
        out.append((f"(1)出勤人数,迟到、早退、无故旷操,扣{x}分/人 (2)集队拖拉、吵闹班级,扣{y}分/次。健体不认真、队形不整齐,酌情扣1至3分",
                    m, Unsure()))
    return out


# ── one fault at two degrees, the graver 扣完 the 分值 (6s); a fault found N times or more beside full marks ─────────
_DEG = [("整体布局明显不合理", "严重不合理"), ("档案摆放明显不整齐", "严重不整齐"), ("标识设置明显不规范", "严重不规范"),
        ("台账记录轻微不完整", "严重不完整")]


def two_degrees() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for i, ((a, b), (x, m)) in enumerate(product(_DEG, [("1", "2"), ("2", "5"), ("0.5", "1")])):
        r = Ranks((dec(m), dec(m) - dec(x), 0))
        out.append((f"{a}扣{x}分,{b}扣完{m}分", m, r))
        out.append((f"{a}扣{x}分;{b}的扣完{m}分。", m, r))
        out.append((f"{a}扣{x}分,{b}不得分", m, r))
        # 扣完 short of the 分值, or the graver a different fault: to check or faults of their own
        if m != "1":
            out.append((f"{a}扣{x}分,{b}扣完{dec(m) - 1}分", m, Unsure()))
        out.append((f"{a}扣{x}分,{b}扣完{m}分,其他问题每处扣0.5分", m, Unsure()))
    for i, ((full, fault), (n, m)) in enumerate(product(
            [("按时交付", "延期交付"), ("送达订单指定收货地点", "未送达指定地点"), ("100%数量准确", "数量不准确")],
            [("两", "5"), ("3", "10")])):
        out.append((f"{full} {m} 出现{n}次以上{fault} 0", m, Unsure()))
        out.append((f"{full}得{m}分,出现{n}次以上{fault}不得分", m, Unsure()))
        out.append((f"{full} {m} 出现{n}次以上{fault} 2", m, Unsure()))
        out.append((f"{full}{m}分;{fault}{n}次及以上0分", m, Unsure()))
    return out


# ── the top band said as its figure alone; bands with bare scores (gyq) ──────────────────────────────────────────
def bare_bands() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for name, u in (("园区工业总产值与从业人员总数之比", "万元/年/人"), ("人均产值", "万元/人"), ("亩均税收", "万元/亩"),
                    ("单位土地利润产出强度", "万元/公顷")):
        for t, a, b, (s1, s2, s3) in ((12, 8, 4, ("2", "1.8", "1.6")), (20, 10, 5, ("3", "2", "1")),
                                      (30, 20, 10, ("5", "3", "1"))):
            text = f"{name} {t}{u} {s1} {a}-{t}{u} {s2} {b}-{a}{u} {s3} {b}{u}以下 0"
            samples = ((t * 2, s1), (t + 1, s1), ((a + t) / 2, s2), ((a + b) / 2, s3), (b / 2, 0))
            out.append((text, s1, Bands(samples)))
            out.append((text.replace(" ", ":", 1), s1, Bands(samples)))
            # the figure alone past where the next band ends: no line, to check
            out.append((f"{name} {t + 3}{u} {s1} {a}-{t}{u} {s2} {b}-{a}{u} {s3} {b}{u}以下 0", s1, Unsure()))
            # the figure alone at the bottom: to check
            out.append((f"{name} {t}{u}以上 {s1} {a}-{t}{u} {s2} {b}-{a}{u} {s3} {b}{u} 0", s1, Unsure()))
    for name, (s1, s2, s3) in product(["主要污染因子排放达标率", "危险废物处置率", "污水集中处理率"], [("2", "1.6", "1.2"), ("3", "2", "1")]):
        out.append((f"{name} 100% {s1} 95-100%(含95%) {s2} 90-95%(含90%) {s3} 90%以下 0", s1,
                    Bands(((100, s1), (97, s2), (95, s2), (92, s3), (90, s3), (80, 0)))))
        out.append((f"{name}:95%及以上 {s1} 80-95%(含80%) {s2} 70-80%(含70%) {s3} 70%以下 0", s1,
                    Bands(((99, s1), (95, s1), (90, s2), (80, s2), (75, s3), (60, 0)))))
    return out


# ── a thing missing or a rate short of its lines zeroes the row (mk-lt) ───────────────────────────────────────────
def missing_or_short() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for lead, (thing, rate), (x, y), m in product(["查资料。", "查资料和现场。"],
                                                  [("计划", "计划完成率"), ("培训计划", "培训完成率"), ("检修计划", "检修完成率")],
                                                  [(90, 30), (85, 40)], ["2"]):
        out.append((f"{lead}无{thing}或{rate}全年低于{x}%、上半年低于{y}%不得分", m, Ranks((int(m), 0))))
        out.append((f"{lead}无{thing}或{rate}低于{x}%不得分", m, Ranks((int(m), 0))))
        out.append((f"{lead}{rate}低于{x}%不得分", m, Bands(((x + 5, m), (x, m), (x - 1, 0), (0, 0)))))
        # a rate's line and a deduction beside: to check or faults
        out.append((f"{lead}无{thing}或{rate}低于{x}%不得分,记录不全1处扣1分", m,
                    Either(Unsure(), Faults((Fault(thing, "0", False), Fault("记录不全", "-1", True))))))
    for m, (x, y) in product(["2", "3", "5"], [("1", "1"), ("0.5", "2")]):
        out.append((f"查资料。无巡视记录不得分,不符合要求1处扣{x}分", m,
                    Faults((Fault("巡视记录", "0", False), Fault("不符合", f"-{x}", True)))))
        out.append((f"查资料。未查明、无记录、无措施不得分,记录不全1处扣{y}分", m,
                    Faults((Fault("未查明", "0", False), Fault("无记录", "0", False), Fault("无措施", "0", False),
                            Fault("记录不全", f"-{y}", True)))))
        out.append((f"查现场和资料。第1和第2项不符合要求不得分,其他不符合要求1处扣{y}分", m, Unsure()))
        out.append((f"查资料。缺1项制度扣{x}分", m, Per(x)))
        out.append((f"查现场。不符合要求 1 处扣 {x} 分", m, Per(x)))
    return out


# ── bands of a survey's score, several to a sentence (rs-qy-xzrsgw) ───────────────────────────────────────────────
_SURVEYS = ["员工满意度调查得分", "客户满意度调查得分"]


def surveys() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for i, (what, (a, b, c), (m, s2, s3)) in enumerate(product(_SURVEYS, [(80, 70, 60), (90, 80, 70), (85, 75, 65)],
                                                                [("10", "8", "6"), ("5", "4", "2")])):
        sp = " " if i % 2 else ""
        text = (f"-{what}在{a}{sp}分及以上得{m}{sp}分。-得分在{b}{sp}-{sp}{a}{sp}分得{s2}{sp}分,{c}{sp}-{sp}{b}{sp}分得{s3}{sp}分,"
                f"低于{c}{sp}分得0{sp}分。")
        samples = ((a + 5, m), (a, m), ((a + b) / 2, s2), ((b + c) / 2, s3), (c, s3), (c - 5, 0))
        out.append((text, m, Bands(samples)))
        # the last line inside the band above it: to check
        out.append((text.replace(f"低于{c}", f"低于{c + 5}"), m, Unsure()))
        # the last line inside the band above it, still scoring: to check
        out.append((text.replace(f"低于{c}{sp}分得0", f"低于{c + 5}{sp}分得1"), m, Unsure()))
        # the bands said in full sentences
        out.append((f"{what}{a}分及以上得{m}分;{b}-{a}分得{s2}分;{c}-{b}分得{s3}分;{c}分以下不得分", m, Bands(samples)))
    return out


# ── zeroes between the deductions, 直接计0分, a shortage in words ─────────────────────────────────────────────────
def zeroes_between() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    pairs = [("迟报", "因瞒报造成严重后果", "漏报", "未建立报告制度"), ("需上级支援", "因组织不力导致重大损失", "未按时上报灾情", "未组织转移安置群众"),
             ("巡查记录缺失", "因失职造成安全事故", "隐患未整改", "未建立巡查台账")]
    for i, ((a, z1, b, z2), (x, y, m)) in enumerate(product(pairs, [("1", "2", "10"), ("0.5", "1", "5"), ("2", "3", "8")])):
        want = Faults((Fault(a, f"-{x}", True), Fault(z1, "0", False), Fault(b, f"-{y}", True), Fault(z2, "0", False)))
        for form in ("每{a}1次扣{x}分,{z1}的此项不计分;{b}1次扣{y}分,如{z2}的不计分。",
                     "{a}每次扣{x}分,{z1}的本项不计分。{b}每次扣{y}分,若{z2}的,不得分",
                     "{a}1次扣{x}分;{z1}的,此项不得分;{b}1次扣{y}分;{z2}的,此项不计分。"):
            out.append((form.format(a=a, z1=z1, b=b, z2=z2, x=x, y=y), m, want))
        # a closing clause crossing a line of the count: no condition in words
        out.append((f"每{a}1次扣{x}分,如超过3次的不计分;{b}1次扣{y}分", m, Unsure()))
        # 直接计0分 after what the row is scored on
        w2 = Faults((Fault(z2, "0", False), Fault(a, f"-{x}", True), Fault(b, f"-{y}", True)))
        out.append((f"按季度检查结果进行计分。{z2}的,直接计0分。{a}每次扣{x}分;{b}的每处扣{y}分。", m, w2))
        out.append((f"{z2}的,直接计0分;{a}每次扣{x}分;{b}每处扣{y}分。", m, w2))
        # 直接扣N分: points taken, no zero
        out.append((f"{z2}的,直接扣{m}分;{a}每次扣{x}分;{b}每处扣{y}分。", m,
                    Faults((Fault(z2, f"-{m}", False), Fault(a, f"-{x}", True), Fault(b, f"-{y}", True)))))
    for (short, other), (x, m) in product([("场地面积不足", "无管理制度"), ("办公经费不足", "无专人负责"), ("人员配备不足", "未建立台账")],
                                          [("1", "10"), ("0.5", "4")]):
        out.append((f"{short}不得分。设施损坏每处扣{x}分。{other}不得分。", m,
                    Faults((Fault(short, "0", False), Fault("设施损坏|处数", f"-{x}", True), Fault(other, "0", False)))))
        out.append((f"{short[:4]}不足50平方米的不得分。设施损坏每处扣{x}分。", m, Unsure()))
    return out


# ── one rate with a line per kind ──────────────────────────────────────────────────────────────────────────────
def lines_per_kind() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (rate, k1, k2, f), (l1, l2), (x, y, m) in product(
            [("清扫保洁率", "主干道", "次干道和小巷", "垃圾清运不及时"), ("设备完好率", "生产线", "辅助设施", "维修记录不全"),
             ("亮灯率", "主干道", "支次干道", "路灯报修不及时")],
            [(95, 90), (98, 97)], [("0.5", "0.2", "5"), ("1", "0.5", "6")]):
        def score(a: int, b: int, c: int) -> Decimal:
            return max(Decimal(0), dec(m) - dec(x) * a - dec(y) * (l1 - min(l1, b)) - dec(y) * (l2 - min(l2, c)))
        samples = tuple(((a, b, c), score(a, b, c)) for a, b, c in ((0, 99, 99), (1, l1 - 2, l2), (2, l1, l2 - 3), (9, 50, 50)))
        words = (f, k1, k2[:3])
        out.append((f"{f}1次扣{x}分;{rate}{k1}≥{l1}%、{k2}≥{l2}%;未达到每下降1%扣{y}分", m, Fn(words, samples)))
        out.append((f"{rate}{k1}≥{l1}%、{k2}≥{l2}%。未达到每下降1%扣{y}分;{f}1次扣{x}分", m, Fn(words, samples)))
        # two rates named, not the kinds of one: to check
        out.append((f"{f}1次扣{x}分;{k1}{rate[:2]}率≥{l1}%、{k2}完好率≥{l2}%;未达到每下降1%扣{y}分", m, Unsure()))
    return out


# ── the government service hall's (zwfw) rows: the full marks said first, then the deductions ──────────────────────
def service_hall() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (full, fault, u), (x, m) in product(
            [("严格按政策和中心的规定进行收费", "擅自增加收费项目或提高收费标准", "每次"),
             ("严格执行限时承诺制度,在承诺时间内办结各类事项的", "超过承诺时限", "每件次"),
             ("窗口服务规范", "被服务对象有效投诉", "每起")], [("5", "10"), ("5", "15"), ("1", "3")]):
        out.append((f"{full},得{m}分。{fault},经查实{u}扣{x}分。", m, Per(x)))
        out.append((f"{full},得{m}分。{fault},{u}扣{x}分,扣完为止。", m, Per(x)))
    for x, y, m in (("1", "1", "3"), ("1", "2", "5"), ("0.5", "1", "4")):
        out.append((f"档案管理规范,资料齐全,得{m}分。档案管理不规范,经查实每起扣{x}分;资料缺失,每起扣{y}分。", m,
                    Faults((Fault("档案管理不规范", f"-{x}", True), Fault("资料缺失", f"-{y}", True)))))
        # the chief representative scored apart: to check
        out.append((f"1.擅自撤出或调换窗口工作人员的,每人次扣{y}分、首席代表扣{x}分。2.窗口前台接件后办不成事的,每次扣{y}分、首席代表扣{x}分。",
                    "10", Unsure()))
    return out


# ── near variants that older readings may take surely: a cap said once after parts, full marks beside a count ──────
def near_classic() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (a, b), (x, y, c) in product([("未按时送货", "延误"), ("未提供结算依据", "包装破损"), ("迟到", "早退")],
                                     [("2", "3", "10"), ("1", "2", "5")]):
        fa, fb = Fault(a, f"-{x}", True), Fault(b, f"-{y}", True)
        big = str(2 * int(c))
        # one cap said after two parts: of the last part or of the whole, on a 分值 past it (to check)
        for form in ("{a}一次扣{x}分;{b}一次扣{y}分,{c}分扣完为止", "{a}一次扣{x}分,{b}一次扣{y}分,扣完{c}分为止",
                     "{a}一次扣{x}分,{b}一次扣{y}分,最多扣{c}分"):
            text = form.format(a=a, b=b, x=x, y=y, c=c)
            out.append((text, big, Unsure()))
            out.append((text, c, Faults((fa, fb))))
        half = str(int(c) // 2) if int(c) % 2 == 0 else c
        out.append((f"{a}一次扣{x}分,{half}分扣完为止;{b}一次扣{y}分,{half}分扣完为止", str(2 * int(half)),
                    Faults((Fault(a, f"-{x}", True, cap=half), Fault(b, f"-{y}", True, cap=half)))))
        out.append((f"准时送达得{big}分;{a}一次扣{x}分,{c}分扣完为止;{b}一次扣{y}分", big,
                    Faults((Fault(a, f"-{x}", True, cap=c), fb))))
        out.append((f"{a}一次扣{x}分,{c}分扣完为止;{b}一次扣{y}分,扣完为止", big, Faults((Fault(a, f"-{x}", True, cap=c), fb))))
        out.append((f"{a}扣{x}分/次,{b}扣{y}分/次,扣完为止。基本分为{c}分", c, Faults((fa, fb))))
        out.append((f"1.{a}扣{x}分/次。2.{b}扣{y}分/次。3.此项基本分为{c}分,累计不超过{c}分", c, Faults((fa, fb))))
        out.append((f"{a}每次扣{x}分,造成严重后果的此项不计分", c,
                    Faults((Fault(f"{a}|次数", f"-{x}", True), Fault("严重后果", "0", False)))))
    for (full, fault), (n, m) in product([("按时交付", "延期交付"), ("全勤", "缺席"), ("按时报送", "迟报")], [("两", "6"), ("三", "8")]):
        out.append((f"{full}得{m}分,出现{n}次以上{fault}不得分", m, Unsure()))
        out.append((f"{full}得{m}分,{fault}{n}次及{n}次以上不得分", m, Unsure()))
        out.append((f"按时参加会议。({full}:{m}分——{fault}{n}次及{n}次以上:0分)", m, Unsure()))
        out.append((f"{full}:{m}分;{fault}{n}次以上:0分", m, Unsure()))
    for t, (n, x, m) in product(["迟到", "缺卡", "请假"], [(3, "1", "10"), (2, "2", "10"), (1, "0.5", "5")]):
        samples = tuple(((k,), max(Decimal(0), dec(m) - dec(x) * max(0, k - n))) for k in (0, n, n + 1, n + 3, 60))
        out.append((f"{t}{n}次以内不扣分,超过{n}次的每次扣{x}分", m, Fn((f"{t}|次", ), samples)))
        out.append((f"每月{t}{n}次以内不扣分,超过{n}次的,扣{x}分/次", m, Fn((f"{t}|次", ), samples)))
    for n, x, m in ((3, "0.5", "5"), (2, "1", "10")):
        samples = tuple(((k,), max(Decimal(0), dec(m) - dec(x) * max(0, k - n))) for k in (0, n, n + 1, n + 3, 60))
        out.append((f"每班缺席{n}人以内不扣分,超过{n}人的每人扣{x}分", m, Fn(("缺席|人", ), samples)))
        out.append((f"缺席超过{n}人的,每人扣{x}分", m, Fn(("缺席|人", ), samples)))
    for x, m in (("3", "10"), ("2", "6")):
        out.append((f"擅自脱岗每人每天扣{x}分", m, Per(x)))
        out.append((f"擅自脱岗每人每半天扣{x}分,扣完为止", m, Per(x)))
    for d in (100, 50):
        out.append(("请假一天以内不扣分;请假一天以上两天以内扣除20分(包括两天);请假两天以上三天以内扣除30分(包括三天)", str(d), Unsure()))
        out.append(("请假一天以内不扣分;请假一天以上两天以内扣除20分(包括两天);请假两天以上三天以内扣除30分(包括三天);请假三天以上不得分",
                    str(d), Bands(((0.5, d), (1, d), (1.5, d - 20), (2, d - 20), (2.5, d - 30), (3, d - 30), (4, 0)))))
    for lv, (m, x, y) in product([("非常熟悉", "较熟悉"), ("市级", "县级")], [("3", "3", "2"), ("4", "2", "1")]):
        out.append((f"{lv[0]}、{lv[1]}各加{m}分", m, Unsure()))
        out.append((f"{lv[0]}、{lv[1]}各得{x}分、{y}分", str(int(x) + int(y)), Unsure()))
    for rate, (l1, l2), (y, m) in product(["亮灯率", "设备完好率"], [(98, 97), (95, 90)], [("0.5", "5"), ("1", "6")]):
        samples = tuple(((b, c), max(Decimal(0), dec(m) - dec(y) * (l1 - min(l1, b)) - dec(y) * (l2 - min(l2, c))))
                        for b, c in ((99, 99), (l1 - 2, l2), (l1, l2 - 3), (50, 50)))
        out.append((f"{rate}主干道≥{l1}%、次干道≥{l2}%,每下降1%扣{y}分", m, Fn(("主干道", "次干道"), samples)))
    return out


# ── one of the main things lacking (每缺一大类); what a row deducts for run into its scoring (…进行扣分 不满足要求…) ───
def main_things() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (what, kind), (x, m) in product([("应急物资应配齐四大类", "类"), ("消防器材", "项"), ("监控设施", "系统"), ("台账", "册")],
                                        [("1", "4"), ("2", "6"), ("0.5", "2")]):
        out.append((f"{what},每缺一大{kind}扣{x}分,扣完为止", m, Per(x)))
        out.append((f"{what},每缺一大{kind}扣{x}分。", m, Per(x)))
        out.append((f"{what[:4]}每缺一大{kind}扣{x}分,扣完为止", m, Per(x)))
        out.append((f"{what},每少一大{kind}扣{x}分;其他不符合要求1处扣0.5分", m,
                    Faults((Fault(f"大{kind}|少", f"-{x}", True), Fault("不符合", "-0.5", True)))))
    for (q, m, k) in product(["对上级检查提出的问题未按期整改销号的情况进行扣分", "对未按合同约定时间到场的情况进行扣分",
                              "对资料报送不及时的情况进行扣分"], ["10", "15"], ["", "3"]):
        if k:
            out.append((f"{q} 不满足要求扣{k}分", m, Ranks((int(m), int(m) - int(k)))))
            out.append((f"{q} 不满足要求每次扣{k}分", m, Per(k)))
        else:
            out.append((f"{q} 不满足要求扣{m}分", m, Ranks((int(m), 0))))
            # a figure in what is deducted for: not set aside (to check)
            out.append((q.replace("对", "对3次以上") + f" 不满足要求扣{m}分", m, Unsure()))
    return out


CASES = (main_things() + near_classic() + based() + so_on() + ge() + yearly() + capped_parts() + person_days() + two_degrees() + bare_bands()
         + missing_or_short() + surveys() + zeroes_between() + lines_per_kind() + service_hall())


(test_the_probe_is_of_its_size,
 test_every_made_up_text_is_scored_as_it_says_or_is_to_check) = probe_tests(CASES, 300, 1400)
