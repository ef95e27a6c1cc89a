"""Made-up texts in the house styles of this round's readings — a requirement then the bare points of its graded
columns (“内容符合教学大纲要求 5 4 3”, perhaps a sentence zeroing the row), aspects each graded (“反响一般、社会声誉一般的,
各扣1分,差的各扣2分”), a cost per case doubled past a count (“每人每次扣1分,累计5次以上每次按双倍扣分”, “超过3次的加倍
扣分”, “第3次起双倍扣分”), base points at a line of a ratio with performance points above it (“…98%得基础分4分,每降低1个
百分点扣1分,最多扣4分;每提高1个百分点得绩效分0.5分,直至1分”), a fault's cost after 按 (“不整齐按每床0.5分扣分”, “桉”),
one thing found at a fault (“不叠被子的一个床位扣5分”, “…的1名工人”), a count alone asked of a piece of writing
(“500字或以上”), a cell's bare score after a comma (“…存在安全隐患, 0”) — and the styles of the tuning files of this
round (dormitory and classroom sheets, a colon before 否则, “发现有1例未…”, “此项 1 分,一处不达标扣 0.2 分”, grades said
with 为N分, points per piece up to a 满分), with near variants (other numerals, units, punctuation, 得/计/加, orderings,
an extra clause a reading should not swallow), each with what it states (a few situations and their scores) or that it
is unsure (to check). Every proposal scores every situation as the text says, or is not confident.

Confident readings found scoring wrong before mending: 12 of the texts (10 distinct), two causes, both of
``formula._faults`` (faults listed one after another) beside this round's one thing found at a fault:

- a second fault that only names who else, its fault and its count elided from the one before (“未戴安全帽的1名工人扣
  2分、管理人员扣4分,扣完为止”, “…,扣完为止。未戴安全帽的管理人员扣4分”): read surely as one yes or no for the managers,
  where each manager found costs it. Mended: a fault whose words are a person alone (``_WHO_ALONE``: 人员, 工人, 干部,
  领导… and no fault word), or the words of the fault before up to its 的 then a person (``_after_shared``), after a
  counted fault, is flagged “只写了对象，是否也按前项逐…扣分未说明” (not confident); 6 texts.
- one thing found at a fault named with its measure word among other faults (“门窗未关好的1间宿舍扣2分,1名管理人员扣4分,
  扣完为止”): “1间” was no case unit, so the fault was read as once (a yes or no) where each room costs it, as
  ``deduction._one_thing_of_fault`` reads it alone. Mended: ``_PER_CASE`` counts “的1” + a thing's measure word
  (``THING_UNITS``, 床位, 铺位) as the case, with the doubt “按每间扣分读（原文未写“每”）”; 4 texts (2 of them with the first
  cause too).

Two statements of the first run were too strict and were corrected, not mended: cells whose scores do not fall with
the situations' order (“档案齐全… 2分 档案基本齐全… 3分 …, 0分”) are scored as written, and two situations with none
said below them (“…,得3分数量达标,但记录不规范,得1分”) are read as those two, as ``Ranks`` allows elsewhere.

Readings left to check (not confident, no bar) that score some situations otherwise than the text says: a count past
which the row is zeroed read as the plain cost per case (“每次扣1分,累计4次以上不得分”), aspects each graded said with
分别 and 者 read as one formula of counts, “1次扣…,超过3次的加倍扣分” and caps after 按每床…扣分 left to judgement, graded
columns after a full stop left to judgement.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from itertools import product
from typing import Any

from services.frameworks.proposal import Proposal
from tests.probe_checks import Either, Fault, Faults, Fn, case_test
from tests.proposals import Bands, Per, Ranks, Unsure, dec

Case = tuple[str, str, Any, str]


@dataclass(frozen=True)
class Aspects:
    """``n`` aspects each graded on its own: the best costing nothing, the middle grade ``mid``, the lowest ``low``;
    the row's score the 分值 less the cost of each aspect's grade."""
    n: int
    mid: str
    low: str


def _own(p: Proposal, m: Decimal, want: Any) -> str | None:
    if not isinstance(want, Aspects):
        return None
    if len(p.items) == 1:
        it = p.items[0]
        if want.n == 1 and it["type"] == "choice":
            got = sorted((Decimal(o["score"]) for o in it["params"]["options"]), reverse=True)
            return "" if got == [m, m - dec(want.mid), m - dec(want.low)] else f"options {got}"
        return f"read as one {it['type']}"
    if len(p.items) != want.n or any(it["type"] != "choice" for it in p.items):
        return f"items {[it['type'] for it in p.items]}"
    if sum(dec(it["max"]) for it in p.items) != m:
        return "shares not the 分值"
    for it in p.items:
        share = dec(it["max"])
        got = sorted((Decimal(o["score"]) for o in it["params"]["options"]), reverse=True)
        if got != [share, share - dec(want.mid), share - dec(want.low)]:
            return f"options {got} of {share}"
    return ""


# ── a requirement, then the bare points of its graded columns (zypg) ─────────────────────────────────────────────
_REQS = ["教案书写规范,环节齐全,有教学反思", "作业布置适量,难易适度,学生一般能当堂完成", "课堂常规落实到位,学生作业正确率90%以上",
         "集体备课记录详实、分工明确"]
_GRADES = [(10, 8, 6), (5, 4, 3), (15, 12, 9), (20, 16, 12, 8), (6, 4), (8, 6, 4, 2)]


def graded_columns() -> list[Case]:
    out: list[Case] = []
    for i, (req, g) in enumerate(product(_REQS, _GRADES)):
        m = str(g[0])
        figs = " ".join(str(x) for x in g)
        sep = [" ", "\u3000", "  "][i % 3]
        out.append((f"{req}{sep}{figs}", m, Ranks(g), "常规检查"))
        if i % 2 == 0:
            out.append((f"{req}。 {figs}", m, Ranks(g), "常规检查"))
            # a sentence zeroing the row: a situation of its own
            out.append((f"{req}。补写记录者,该项不计分 {figs}", m, Ranks(g), "常规检查"))
            # the best grade is not the 分值: to check
            out.append((f"{req} {figs}", str(g[0] + 2), Either(Unsure(), Ranks(g)), "常规检查"))
            # rising figures, a deduction in the words, words after the figures
            out.append((f"{req} {' '.join(str(x) for x in reversed(g))}", m, Unsure(), "常规检查"))
            out.append((f"{req[:4]}每缺1项扣1分 {figs}", m, Unsure(), "常规检查"))
            out.append((f"{req} {figs} 另视情况加分", m, Unsure(), "常规检查"))
        else:
            # points said with 分 in each cell, equal grades
            out.append((f"{req} {g[0]} {g[0]} {g[-1]}", m, Unsure(), "常规检查"))
            out.append((f"{req},得{m}分 {figs}", m, Unsure(), "常规检查"))
            out.append((f"{req}。补写记录者,扣2分 {figs}", m, Unsure(), "常规检查"))
    return out


# ── aspects each graded, the middle and lowest grades' costs said once for all ────────────────────────────────
_ASPECT_SETS = [("服务态度", "办事效率"), ("群众评价", "媒体评价", "上级评价"), ("社会反响", "社会声誉"), ("工作作风", "工作效率"),
                ("窗口形象", "办事质量", "群众口碑")]


def aspects() -> list[Case]:
    out: list[Case] = []
    forms = ["{a}的,各扣{x}分,差的各扣{y}分", "{a}的,均扣{x}分;较差的均扣{y}分", "{a}者,分别扣{x}分,差者分别扣{y}分",
             "{a}的各扣{x}分,差的各扣{y}分。"]
    for i, (names, form) in enumerate(product(_ASPECT_SETS, forms)):
        n = len(names)
        m, (x, y) = (("8", [("1", "3"), ("1", "2"), ("0.5", "1")][i % 3]) if n == 2 else
                     ("6", [("0.5", "1"), ("1", "2")][i % 2]))
        mid = "一般"
        a = "、".join(f"{k}{mid}" for k in names)
        out.append((form.format(a=a, x=x, y=y), m, Aspects(n, x, y), "社会评价"))
        if i % 4 == 0:
            # no 各: one cost for all together; the lowest past an aspect's share; an extra fault after; a middle grade
            # costing as much as the lowest; a definition of the best grade after
            out.append((form.format(a=a, x=x, y=y).replace("各", "").replace("均", "").replace("分别", ""), m, Unsure(),
                        "社会评价"))
            out.append((form.format(a=a, x=x, y=str(int(m) // n + 1)), m, Unsure(), "社会评价"))
            out.append((form.format(a=a, x=x, y=y).rstrip("。") + ";未按时报送材料的扣1分", m, Unsure(), "社会评价"))
            out.append((form.format(a=a, x=y, y=x), m, Unsure(), "社会评价"))
            out.append((form.format(a=a, x=x, y=y).rstrip("。") + f"。较好{names[0]}指群众认可度较高,有一定的美誉度。", m,
                        Aspects(n, x, y), "社会评价"))
    for m, (x, y) in product(["8", "6"], [("1", "3"), ("1", "2")]):
        # grades of incidents, counted: no aspects
        out.append((f"发生一般、较大事故的,各扣{x}分,重大事故的各扣{y}分", m, Unsure(), "安全"))
        out.append((f"服务态度一般的,扣{x}分,差的扣{y}分", m, Ranks((int(m), dec(m) - dec(x), dec(m) - dec(y))), "服务"))
    return out


# ── a cost per case doubled past a count ──────────────────────────────────────────────────────────────────────
_DOUBLE_WHAT = ["上班时间玩手机", "窗口人员脱岗", "迟到早退", "值班期间睡岗"]


def _doubled(m: str, x: str, first: int) -> tuple[tuple[tuple[int], Decimal], ...]:
    """The score at a few counts, each case costing ``x``, each from the ``first`` on twice that."""
    out = []
    for n in (0, 1, first - 1, first, first + 1, first + 3, 60):
        off = dec(x) * n + dec(x) * max(0, n - first + 1)
        out.append(((n,), max(Decimal(0), dec(m) - off)))
    return tuple(dict.fromkeys(out))


def doubled() -> list[Case]:
    out: list[Case] = []
    for i, (t, (x, k, m)) in enumerate(product(_DOUBLE_WHAT, [("1", 4, "12"), ("0.5", 3, "5"), ("2", 3, "10"), ("1", 5, "20")])):
        word = f"{t[:2]}|次"
        incl, excl = Fn((word,), _doubled(m, x, k)), Fn((word,), _doubled(m, x, k + 1))
        out.append((f"有下列情形之一的,每人每次扣{x}分,累计{k}次以上每次按双倍扣分。1、{t};2、早退;3、串岗。", m,
                    Either(Fn(("下列|次",), incl.samples), Fn(("下列|次",), excl.samples)), "劳动纪律"))
        out.append((f"{t}每次扣{x}分,超过{k}次的加倍扣分", m, excl, "劳动纪律"))
        out.append((f"{t}每次扣{x}分,第{k}次起双倍扣分,扣完为止", m, incl, "劳动纪律"))
        out.append((f"{t}的,每次扣{x}分,累计{k}次及以上的每次双倍扣分", m, incl, "劳动纪律"))
        out.append((f"{t},每人每次扣{x}分,超过{k}次的,每次按双倍扣分。", m, excl, "劳动纪律"))
        out.append((f"{t}每次扣{x}分,累计{k}次以上每次按双倍扣分", m, Either(incl, excl), "劳动纪律"))
        # near misses: doubled for a kind of case; zeroed past a count; another fault after; tripled; per case past 分值
        out.append((f"{t}每次扣{x}分,情节严重的加倍扣分", m, Unsure(), "劳动纪律"))
        samples = tuple(((n,), max(Decimal(0), dec(m) - dec(x) * n)) for n in (0, 1, k - 1)) + tuple(((n,), 0) for n in (k + 1, k + 5))
        out.append((f"{t}每次扣{x}分,累计{k}次以上不得分", m, Fn((word,), samples), "劳动纪律"))
        out.append((f"{t}每次扣{x}分,累计{k}次以上的双倍扣分,另有其他问题扣2分", m, Unsure(), "劳动纪律"))
        out.append((f"{t}每次扣{x}分,累计{k}次以上每次按三倍扣分", m, Unsure(), "劳动纪律"))
        if i % 4 == 0:
            out.append((f"{t}每次扣{x}分,超过{k}次的加倍扣分,并通报批评", m, Either(excl, Unsure()), "劳动纪律"))
            out.append((f"{t}每次扣{x}分,每月超过{k}次的加倍扣分", m, Unsure(), "劳动纪律"))
            out.append((f"{t}每次扣{x}分,超过{k}人次的加倍扣分", m, Unsure(), "劳动纪律"))
    return out


# ── base points at a line of a ratio, less below, performance points above (clz-xianning) ──────────────────────────
_BP_WHAT = [("考核年度蔬菜播种面积", "蔬菜播种面积"), ("考核年度粮食产量", "粮食产量"), ("考核年度生猪出栏量", "生猪出栏量"),
            ("考核年度水产品产量", "水产品产量")]
_BP_REF = ["前3年平均值", "上年实际值"]


def _bp_score(r: Decimal, w: Decimal, line: Decimal, base: Decimal, sd: Decimal, xd: Decimal, capd: Decimal,
              su: Decimal, xu: Decimal, capu: Decimal) -> Decimal:
    down = min(capd, xd * max(Decimal(0), line - r) / sd)
    up = min(capu, xu * max(Decimal(0), r - line) / su)
    return min(w, max(Decimal(0), base - down + up))


def base_performance() -> list[Case]:
    out: list[Case] = []
    sets = [("98", "4", "1", "1", "1", "0.5", "5"), ("95", "6", "1", "2", "1", "0.5", "8"), ("100", "3", "1", "0.5", "2", "1", "5"),
            ("90", "8", "2", "1", "1", "1", "10")]
    for i, ((what, short), ref, vals) in enumerate(product(_BP_WHAT, _BP_REF, sets)):
        line, base, sd, xd, su, xu, m = vals
        L, B, SD, XD, SU, XU, M = (dec(v) for v in vals)
        up_cap = M - B
        rs = [L, L + SU, L + 2 * SU, L + 10 * SU, L - SD, L - 2 * SD, L - 30 * SD]

        def fn(capd: Decimal = B, capu: Decimal = up_cap, two: bool = False) -> Fn:
            samples = tuple((((r, 100) if two else (r,)), _bp_score(r, M, L, B, SD, XD, capd, SU, XU, capu)) for r in rs)
            return Fn(("当年|本年", "平均|上年") if two else ("之比|%",), samples)
        head = f"{what},达到或超过{ref}的{line}%得基础分{base}分"
        down = f"每降低{sd}个百分点扣{xd}分,最多扣{base}分"
        up = f"每提高{su}个百分点得绩效分{xu}分,直至{up_cap}分"
        out.append((f"{head},{down};{up}", m, fn(), short))
        if i % 3 == 0:
            out.append((f"{head}。{down};{up}。", m, fn(), short))
            out.append((f"{head},{down};{up}。不足1个百分点,同比例加分或减分,得分保留1位小数,下同。", m, fn(), short))
            out.append((f"{head},{down};{up}。(计算公式为:当年{short}/{ref}{short}×100%。)", m, fn(two=True), short))
            out.append((f"{what},不低于{ref}的{line}%计基础分{base}分,{down};{up}", m, fn(), short))
            # near misses: the most off short of the base; the performance points past the 分值; another fault after;
            # the line said without 基础分
            out.append((f"{head},每降低{sd}个百分点扣{xd}分,最多扣{dec(base) - 1}分;{up}", m,
                        Either(Unsure(), fn(capd=B - 1)), short))
            out.append((f"{head},{down};每提高{su}个百分点得绩效分{xu}分,直至{up_cap + 1}分", m,
                        Either(Unsure(), fn(capu=up_cap + 1)), short))
            out.append((f"{head},{down};{up};未按时报送数据的扣1分", m, Unsure(), short))
            out.append((f"{head},{down};每提高{su}个百分点加{xu}分,最多加{up_cap}分;数据弄虚作假的本项不得分", m, Unsure(), short))
    return out


# ── a fault's cost after 按 (wmqs) ───────────────────────────────────────────────────────────────────────────────
_AN_LEADS = [("被褥叠放整齐", "不整齐"), ("鞋袜摆放整齐", "不整齐"), ("毛巾挂放整齐", "零乱"), ("床单平整", "不平整"),
             ("桌面整洁", "杂乱")]


def at_each() -> list[Case]:
    out: list[Case] = []
    for i, ((lead, fault), (x, m)) in enumerate(product(_AN_LEADS, [("0.5", "3"), ("1", "4"), ("2", "10")])):
        unit = ["每床", "一铺位", "每人次", "每处", "1床位"][i % 5]
        out.append((f"{lead}({m}分)。{fault}按{unit}{x}分扣分。", m, Per(x), "内务"))
        out.append((f"{lead}({m}分);{fault}桉{unit}{x}分扣分", m, Per(x), "内务"))
        out.append((f"{fault}按{unit}{x}分扣分,扣完为止", m, Per(x), "内务"))
        out.append((f"{lead},{fault}的按每间宿舍{x}分扣除", m, Per(x), "内务"))
        # near misses: the heading's points not the 分值; points earned; a range; a cap; another fault after
        out.append((f"{lead}({dec(m) + 1}分)。{fault}按{unit}{x}分扣分。", m, Unsure(), "内务"))
        out.append((f"{lead}按{unit}{x}分计分", m, Unsure(), "内务"))
        out.append((f"{fault}按{unit}{x}-{dec(x) + 1}分扣分", m, Unsure(), "内务"))
        out.append((f"{fault}按{unit}{x}分扣分,最多扣{dec(m) - 1}分", m, Per(x, str(dec(m) - 1)), "内务"))
        out.append((f"{lead}({m}分)。{fault}按每床{x}分扣分;地面有纸屑每处扣{x}分", m,
                    Faults((Fault(f"{fault}|床", f"-{x}", True), Fault("纸屑", f"-{x}", True))), "内务"))
        out.append((f"{lead}({m}分)。{fault}按每床{x}分扣分,情节严重的本项不得分", m,
                    Faults((Fault(f"{fault}|床|不符合", f"-{x}", True), Fault("严重", "0", False))), "内务"))
    return out


# ── one thing found at a fault, with its measure word (zhengzhou) ────────────────────────────────────────────────
def one_thing() -> list[Case]:
    out: list[Case] = []
    things = [("床铺整洁,被子叠好,不叠被子的", "一个床位"), ("未戴安全帽的", "1名工人"), ("教室灯具未关闭的", "一个教室"),
              ("未佩戴胸卡的", "一位员工"), ("门窗未关好的", "1间宿舍"), ("垃圾未清运的", "一个班级")]
    for (lead, one), (x, m) in product(things, [("5", "60"), ("2", "10"), ("1", "4"), ("0.5", "3")]):
        out.append((f"{lead}{one}扣{x}分。", m, Per(x), "内务"))
        out.append((f"{lead}{one}扣{x}分,扣完为止", m, Per(x), "内务"))
        out.append((f"{lead}{one}扣{x}分,最多扣{dec(m) / 2}分", m, Per(x, str(dec(m) / 2)), "内务"))
        out.append((f"{lead}{one}扣{x}分,情节严重的本项不得分", m,
                    Faults((Fault(one[-2:] + "|" + lead[-4:-1] + "|不符合", f"-{x}", True), Fault("严重", "0", False))), "内务"))
        # near misses: two things at a cost; a month; a percentage point; no fault
        out.append((f"{lead}{one.replace('一', '两').replace('1', '2')}扣{x}分", m, Unsure(), "内务"))
    for x, m in (("1", "3"), ("0.5", "2")):
        out.append((f"未按时上报的1个月扣{x}分", m, Either(Per(x), Unsure()), "报送"))
        out.append((f"未达标的1个百分点扣{x}分", m, Unsure(), "达标"))
        out.append((f"完成的1名学员扣{x}分", m, Unsure(), "培训"))
        out.append((f"按时完成的一个项目得{x}分", m, Unsure(), "项目"))
    return out


# ── a count alone asked of a piece of writing ──────────────────────────────────────────────────────────────────
def count_alone() -> list[Case]:
    out: list[Case] = []
    for (text, name), m in product([("{n}字或以上", "通讯类·字数"), ("有{k}幅或以上图片", "图片新闻·图片"), ("{n}字以上", "评论类·字数"),
                                    ("需{k}张以上照片", "活动报道·照片"), ("{n}字及以上", "消息类·字数")],
                                   ["2", "3", "4", "5"]):
        n, k = int(m) * 200, int(m) - 1
        t = text.format(n=n, k=k)
        out.append((t, m, Ranks((int(m), 0)), name))
        # near misses: a lesser count scores too; per piece; a rate; a span of time; 3次以上
        if "字" in t:
            out.append((f"{t}得{m}分,不足{n}字得{int(m) - 1}分", m,
                        Either(Ranks((int(m), int(m) - 1)), Bands(((n, m), (n + 100, m), (n - 1, int(m) - 1), (0, int(m) - 1)))),
                        name))
            out.append((f"每篇{t}", m, Unsure(), name))
            out.append((f"{t},每少100字扣1分", m, Unsure(), name))
    for t in ("完成率80%或以上", "2年以上", "3次以上", "5人以上"):
        out.append((t, "4", Unsure(), "字数"))
    return out


# ── the last situation's bare score after a comma ──────────────────────────────────────────────────────────────
def bare_after_comma() -> list[Case]:
    out: list[Case] = []
    rows = [(("仓库建设符合标准,通风良好", "仓库基本符合标准,通风一般", "仓库不符合标准,存在安全隐患"), "仓储"),
            (("设备运行正常,维护及时", "设备运行基本正常,维护不够及时", "设备存在质量安全隐患,性能差"), "设备"),
            (("档案齐全,归档及时", "档案基本齐全,归档较及时", "档案缺失严重,未归档"), "档案")]
    for (a, b, c), name in rows:
        for s1, s2 in (("3", "2"), ("5", "3"), ("4", "2"), ("2", "1")):
            out.append((f"{a} {s1} {b} {s2} {c}, 0", s1, Ranks((int(s1), int(s2), 0)), name))
            out.append((f"{a} {s1} {b} {s2} {c},  0", s1, Ranks((int(s1), int(s2), 0)), name))
            out.append((f"{a} {s1}分 {b} {s2}分 {c}, 0分", s1, Ranks((int(s1), int(s2), 0)), name))
            out.append((f"{a}, {s1} {b}, {s2} {c}, 0", s1, Ranks((int(s1), int(s2), 0)), name))
            # near misses: a figure of the words after a comma; scores rising; the top not the 分值
            out.append((f"{a},每季度检查, {s2} 次以上", s1, Unsure(), name))
            out.append((f"{a} 0 {b} {s2} {c}, {s1}", s1, Unsure(), name))
    return out


# ── the tuning files' other house styles ───────────────────────────────────────────────────────────────────────
def house_styles() -> list[Case]:
    out: list[Case] = []
    # a colon before 否则 (and its points short of the 分值)
    for req, m in product(["设备能正常运行", "台账按月更新", "寝室有值日表", "按时上报统计数据"], ["2", "3", "5"]):
        out.append((f"{req}得{m}分:否则不得分", m, Ranks((int(m), 0)), "指标"))
        out.append((f"{req}的得{m}分：否则不得分", m, Ranks((int(m), 0)), "指标"))
        out.append((f"{req}得{int(m) - 1}分:否则不得分", m, Ranks((int(m) - 1, 0)), "指标"))
        out.append((f"{req}({m}分),无值日表不得分。", m, Either(Ranks((int(m), 0)), Unsure()), "指标"))
    # a single case found denied (“发现有1例未执行”)
    for req, unit, m in product(["严格执行辖区内排污许可制度", "认真落实河长巡河制度", "落实安全生产责任制"], ["例", "处", "次"], ["2", "3"]):
        out.append((f"{req},得{m}分,发现有1{unit}未执行,不得分", m, Ranks((int(m), 0)), "执行"))
        out.append((f"{req},得{m}分,发现有1{unit}未执行,扣1分", m, Unsure(), "执行"))
        out.append((f"{req},得{m}分,发现有2{unit}未执行,不得分", m, Unsure(), "执行"))
    # a count run straight on after a score
    for (a, b), (h, lo) in product([("带教病例数达标,且记录规范", "但记录不规范"), ("培训人数达标,且考核合格", "但考核不合格")],
                                  [("3", "1"), ("4", "2"), ("5", "3")]):
        out.append((f"{a},得{h}分数量达标,{b},得{lo}分不达标,不得分", h, Ranks((int(h), int(lo), 0)), "带教"))
    # 此项 N 分,一处不达标扣 x 分 (ss-jcpf); 违反1次扣x分 (dqwf); 每项扣 (wmqs)
    for (req, x, m) in product(["地面干净,无果皮纸屑,无积水", "卫生间整洁,无异味,洗刷用品摆放整齐", "桌面干净无灰尘,物品摆放整齐"],
                               ["0.2", "0.5"], ["1", "3"]):
        out.append((f"{req}。此项 {m} 分,一 处不达标扣 {x} 分。", m, Per(x), "卫生"))
        out.append((f"{req}。此项{m}分,一处不达标扣{x}分", m, Per(x), "卫生"))
        if req.startswith("地面"):
            out.append((f"违反1次扣{x}分,扣完为止。", m, Per(x), "纪律"))
        out.append((f"{req[:4]}({m}分)有污迹、有果皮纸屑,每项扣{x}分。", m, Per(x), "卫生"))
        out.append((f"{req}。此项{m}分,一处不达标扣{x}分,严重的扣{m}分", m, Unsure(), "卫生"))
    # faults each a time or a person (wmqs, nanan, qs-pfbz)
    for x, y, m in (("1", "0.5", "6"), ("2", "1", "10"), ("0.5", "0.5", "4")):
        out.append((f"按时就寝({m}分)通宵上网一人次扣{x}分,超时归寝一人次扣{y}分。(以宿管员值班记录为准)。", m,
                    Faults((Fault("上网", f"-{x}", True), Fault("归寝", f"-{y}", True))), "就寝"))
        out.append((f"团结友好({m}分)吵架一次扣{y}分、斗殴一次扣{x}分。", m,
                    Faults((Fault("吵架", f"-{y}", True), Fault("斗殴", f"-{x}", True))), "友好"))
        out.append((f"没有关闭门窗;随便张贴、污损,扣{x}分/次。", m, Either(Per(x), Faults((
            Fault("门窗", f"-{x}", True), Fault("张贴", f"-{x}", True), Fault("污损", f"-{x}", True)))), "门窗"))
        out.append((f"是否叠放整齐,不叠被的每人每次扣{x}分,满分{m}分({m}分);", m, Per(x), "叠被"))
        out.append((f"不按时起床;熄灯后不按时就寝,凡有以上行为之一者,扣{x}分/人次。夜不归宿要加重扣{m}分。", m, Unsure(), "纪律"))
        out.append((f"如有喧闹或队列散乱每人次扣{y}-{dec(y) + 1}分。", m, Unsure(), "做操"))
    # grades said with 为N分 (cb-bjjd), situations with their points in brackets (js-wspf)
    for (g, m) in product([("完整且合理", "较完整", "一般", "有缺陷", "严重缺陷"), ("完全规范", "基本规范", "部分规范", "较多不规范", "严重不规范")],
                          ["5", "10"]):
        k = int(m) // 5
        text = ",".join(f"{w}为{k * (5 - j)}分" for j, w in enumerate(g))
        out.append((f"评估稿件逻辑结构的合理性,{text}。", m, Ranks(tuple(k * (5 - j) for j in range(5))), "质量"))
    for a, b, c in ((30, 20, 10), (20, 15, 10), (10, 6, 3)):
        out.append((f"无明显灰尘、污迹,地板干净整洁({a}分) 有小面积灰尘,地板基本整洁({b}分) 有较大面积灰尘,地板有些脏乱({c}分) "
                    f"有明显灰尘,地板脏乱不堪(0分)", str(a), Ranks((a, b, c, 0)), "地面"))
        out.append((f"优:地板无垃圾,拖得很干净。{a - 2}~{a}(分) 良:地板无垃圾.{b}~{a - 3}(分) 差:地板没扫。0~{c}(分)", str(a),
                    Unsure(), "地面"))
    # points per piece up to a 满分 (cb-bjzp)
    for x, m in (("3", "15"), ("2", "10"), ("4", "8")):
        out.append((f"每个创新性选题或建议得{x}分,满分{m}分", m,
                    Faults((Fault("选题|建议|个", f"+{x}", True),), base="0"), "创新"))
        out.append((f"每次有效活动得{x}分,最高{m}分", m, Faults((Fault("活动|次", f"+{x}", True),), base="0"), "活动"))
    return out


# ── near variants that older, sure readings may take: doubling said otherwise, a thing found beside more ─────────────
def pressed() -> list[Case]:
    out: list[Case] = []
    for t, (x, k, m) in product(["迟到", "上班时间玩手机", "违反"], [("1", 3, "10"), ("0.5", 4, "5"), ("2", 3, "12")]):
        word = f"{t[:2]}|次"
        excl, incl = Fn((word,), _doubled(m, x, k + 1)), Fn((word,), _doubled(m, x, k))
        # every case doubled past the count: not the cases past it alone
        every = Fn((word,), tuple(((n,), max(Decimal(0), dec(m) - dec(x) * n * (2 if n > k else 1)))
                                  for n in (0, 1, k, k + 1, k + 3)))
        out.append((f"{t}每次扣{x}分,累计超过{k}次的,按双倍扣分", m, Either(excl, every), "纪律"))
        out.append((f"{t}每次扣{x}分,累计超过{k}次的,全部按双倍扣分", m, every, "纪律"))
        out.append((f"{t}每次扣{x}分,{k}次以上翻倍", m, Either(incl, excl), "纪律"))
        out.append((f"{t}每次扣{x}分,累计{k}次以上每次按2倍扣分", m, Either(incl, excl), "纪律"))
        out.append((f"{t}每次扣{x}分,第{k}次开始每次加倍扣分", m, incl, "纪律"))
        out.append((f"{t}每次扣{x}分,超过{k}次后每次扣{dec(x) * 2}分", m, excl, "纪律"))
        out.append((f"{t}每次扣{x}分;超过{k}次的,超过部分加倍扣分", m, excl, "纪律"))
        out.append((f"{t}1次扣{x}分,超过{k}次的加倍扣分", m, excl, "纪律"))
        out.append((f"{t}1次扣{x}分,扣完为止,屡次违反的加倍扣分", m, Unsure(), "纪律"))
        out.append((f"{t}每次扣{x}分,{k}次以上的加倍", m, Either(incl, excl), "纪律"))
        out.append((f"{t}每次扣{x}分,累计{k}次以上加重扣分", m, Unsure(), "纪律"))
        out.append((f"{t}每次扣{x}分(超过{k}次的加倍扣分)", m, excl, "纪律"))
    for (lead, one), (x, m) in product([("未戴安全帽的", "1名工人"), ("教室灯具未关闭的", "一个教室"), ("未佩戴胸卡的", "一位员工")],
                                       [("2", "10"), ("1", "4")]):
        per = Fault(f"{one[-2:]}|{lead[-4:-1]}|个", f"-{x}", True)
        out.append((f"{lead}{one}扣{x}分,扣完为止;其他问题每处扣0.5分", m, Faults((per, Fault("其他", "-0.5", True))), "安全"))
        out.append((f"{lead}{one}扣{x}分,扣完{dec(m) - 1}分为止", m, Per(x, str(dec(m) - 1)), "安全"))
        out.append((f"{lead}{one}扣{x}分,扣完为止,发现3{one[1]}以上的本项不得分", m, Unsure(), "安全"))
        out.append((f"{lead}{one}扣{x}分、管理人员扣{dec(x) * 2}分,扣完为止", m, Unsure(), "安全"))
        out.append((f"每月{lead}{one}扣{x}分,扣完为止", m, Per(x), "安全"))
        out.append((f"{lead}{one}扣{dec(m) + 2}分,扣完为止", m, Per(str(dec(m) + 2)), "安全"))
        out.append((f"{lead}{one}扣{x}分,扣完为止(以检查记录为准)", m, Per(x), "安全"))
        out.append((f"{lead}{one}扣{x}分,第二次发现加倍扣分,扣完为止", m, Unsure(), "安全"))
    for (a, b, c), (s1, s2) in product([("档案齐全,归档及时", "档案基本齐全,归档较及时", "档案缺失严重,未归档"),
                                         ("设备运行正常,维护及时", "设备运行基本正常", "设备存在安全隐患,性能差")],
                                        [("3", "2"), ("5", "3")]):
        # the scores as written, whichever situation is the better: the text's own
        out.append((f"{a} {s2}分 {b} {s1}分 {c}, 0分", s1, Ranks((int(s1), int(s2), 0)), "档案"))
        out.append((f"{a} {s1}分 {b} {s2}分 {c}, 1分", s1, Ranks((int(s1), int(s2), 1)), "档案"))
        out.append((f"{a} {s1}分 {b} {s2}分 {c}, 0分 另有创新的加1分", s1, Unsure(), "档案"))
        out.append((f"{a} {s1}分 {b} {s2}分 {c}, 0分", str(int(s1) + 2), Either(Unsure(), Ranks((int(s1), int(s2), 0))), "档案"))
        out.append((f"{a} {s1}分 {b},每季度检查, {s2}次以上 {s2}分 {c}, 0分", s1, Unsure(), "档案"))
        out.append((f"{a} {s1}分 {b} {s2}分 {c},扣{s2}分", s1, Unsure(), "档案"))
    for req, m in product(["设备能正常运行", "台账按月更新"], ["3", "5"]):
        out.append((f"{req}得{m}分:否则扣1分", m, Ranks((int(m), int(m) - 1)), "运行"))
        out.append((f"{req}得{m}分:否则得1分", m, Ranks((int(m), 1)), "运行"))
        out.append((f"{req}得{m}分:否则不得分;未按时报送的扣1分", m, Unsure(), "运行"))
        out.append((f"{req}得{m}分,部分运行得1分:否则不得分", m, Ranks((int(m), 1, 0)), "运行"))
        out.append((f"{req}得满分:否则不得分", m, Ranks((int(m), 0)), "运行"))
        out.append((f"{req},每发现1处未{req[2:4]}扣1分:否则不得分", m, Unsure(), "运行"))
        out.append((f"{req}({m}分),未{req[2:4]}扣1分。", m, Ranks((int(m), int(m) - 1)), "运行"))
        out.append((f"{req}({m}分),未{req[2:4]}每处扣1分。", m, Per("1"), "运行"))
    for (a, b), (h, lo) in product([("带教病例数达标,且记录规范", "但记录不规范"), ("培训人数达标,且考核合格", "但考核不合格")],
                                  [("3", "1"), ("5", "3")]):
        out.append((f"{a},得{h}分数量达标,{b},得{lo}分不达标,扣{h}分", h, Ranks((int(h), int(lo), 0)), "带教"))
        out.append((f"{a},得{h}分数量达标,{b},得{lo}分", h, Ranks((int(h), int(lo))), "带教"))
        out.append((f"{a},得{h}分数量达标,{b},得{lo}分不达标,每少1人扣1分", h, Unsure(), "带教"))
        out.append((f"{a},得{h}分数量统计以年报为准", h, Unsure(), "带教"))
        out.append((f"{a}得{h}分数量达标{b}得{lo}分不达标不得分", h, Ranks((int(h), int(lo), 0)), "带教"))
    for what, vals in product(["考核年度粮食产量", "考核年度生猪出栏量"], [("98", "4", "1", "0.5", "5"), ("95", "6", "2", "1", "8")]):
        line, base, xd, xu, m = vals
        L, B, XD, XU, M = (dec(v) for v in vals)
        rs = (L, L + 1, L + 2, L + 20, L - 1, L - 3, L - 40)
        fn = Fn(("产量|出栏|之比|%",), tuple(((r,), _bp_score(r, M, L, B, Decimal(1), XD, B, Decimal(1), XU, M - B)) for r in rs))
        out.append((f"{what},达到前3年平均值的{line}%得{base}分,每降低1个百分点扣{xd}分,最多扣{base}分;每提高1个百分点加{xu}分,"
                    f"最多加{M - B}分", m, fn, "产量"))
        out.append((f"{what}达到前3年平均值的{line}%,得{base}分;每降低1个百分点扣{xd}分,扣完为止;每提高1个百分点加{xu}分,加满为止",
                    m, fn, "产量"))
        out.append((f"{what},达到前3年平均值的{line}%得基础分{base}分,每降低1个百分点扣{xd}分;每提高1个百分点得绩效分{xu}分", m,
                    fn, "产量"))
        out.append((f"{what},达到前3年平均值的{line}%得{base}分,低于的每降低1个百分点扣{xd}分;高于的每提高1个百分点加{xu}分,"
                    f"本项最高{m}分", m, fn, "产量"))
    for t, m in product(["600字或以上", "有2幅或以上图片", "1000字以上"], ["3", "4"]):
        out.append((f"{t}得{m}分,否则不得分", m, Ranks((int(m), 0)), "稿件"))
        out.append((f"{t}得{m}分", m, Either(Unsure(), Ranks((int(m), 0))), "稿件"))
        out.append((f"{t},得{int(m) - 1}分", m, Either(Unsure(), Ranks((int(m) - 1, 0))), "稿件"))
    for (lead, one), (x, m) in product([("未戴安全帽的", "1名工人"), ("门窗未关好的", "1间宿舍")], [("2", "10"), ("1", "4")]):
        per = Fault(f"{one[-2:]}|{lead[-4:-1]}|个", f"-{x}", True)
        out.append((f"{lead}{one}扣{x}分,1名管理人员扣{dec(x) * 2}分,扣完为止", m,
                    Faults((per, Fault("管理", f"-{dec(x) * 2}", True))), "安全"))
        out.append((f"{lead}{one}扣{x}分,2{one[1]}以上不得分", m, Unsure(), "安全"))
        out.append((f"{lead}{one}扣{x}分,扣完为止。{lead}管理人员扣{dec(x) * 2}分", m, Unsure(), "安全"))
    for req, g in product(["作业批改每周2次以上,有批改日期", "听课每学期不少于15节,记录完整"], [(10, 8, 6), (5, 4, 3, 2, 1, 0)]):
        out.append((f"{req} {' '.join(str(x) for x in g)}", str(g[0]), Either(Unsure(), Ranks(g)), "常规检查"))
        out.append((f"{req} {' '.join(str(x) for x in g)} 1", str(g[0]), Unsure(), "常规检查"))
    for (a, b, c), (s1, s2) in product([("档案齐全,归档及时", "档案基本齐全", "档案缺失严重")], [("3", "2"), ("5", "3")]):
        out.append((f"{a}, 2 次 {s1} {b}, 1 次 {s2} {c}, 0", s1, Unsure(), "档案"))
        out.append((f"{a} {s1} {b} {s2} {c},扣 0", s1, Unsure(), "档案"))
        out.append((f"{a} {s1} {b} {s2} {c},每处扣 0.5", s1, Unsure(), "档案"))
        out.append((f"{a} {s1} {b} {s2} {c},不足 3 项 0", s1, Unsure(), "档案"))
    return out


# ── single texts at the edges of this round's readings ──────────────────────────────────────────────────────────
def edges() -> list[Case]:
    return [
        ("档案齐全,归档及时 3 档案基本齐全,数量 2 档案缺失, 0", "3", Either(Unsure(), Ranks((3, 2, 0))), "档案"),
        ("群众满意度高, 95 以上 3 群众满意度较高, 85 以上 2 群众满意度低, 0", "3", Unsure(), "满意度"),
        ("资料齐全得3分数量不足的每缺1份扣1分", "3", Per("1"), "资料"),
        ("资料齐全得3分数量不足的扣1分", "3", Ranks((3, 2)), "资料"),
        ("设备完好, 3 设备基本完好, 2 设备损坏, 1", "3", Ranks((3, 2, 1)), "设备"),
        ("设备完好, 3 设备基本完好, 2 设备损坏, 1 设备报废, 0", "3", Ranks((3, 2, 1, 0)), "设备"),
        ("设备完好, 3 设备基本完好, 2", "3", Ranks((3, 2)), "设备"),
        ("设备完好 3 设备基本完好 2 设备损坏,未修复, 0 扣完为止", "3", Unsure(), "设备"),
        ("检查发现问题, 3 处以下 2 检查发现问题较多, 0", "2", Unsure(), "检查"),
        ("严格执行制度,得2分,发现有1例未执行,不得分;发现有1例弄虚作假的,扣5分", "2", Unsure(), "制度"),
        ("严格执行制度,得2分,发现有1例未执行,不得分,发现2例以上的扣2分", "4", Unsure(), "制度"),
        ("严格执行制度,得4分,发现有1例未执行,不得分", "2", Unsure(), "制度"),
        ("严格执行制度,得2分,发现有1例未执行,扣2分", "2", Ranks((2, 0)), "制度"),
        ("严格执行制度,得2分,发现有1例未执行,扣1分", "2", Unsure(), "制度"),
        ("严格执行制度,得2分,发现有1例未执行,每例扣1分", "2", Per("1"), "制度"),
        ("能正常运行得3分:否则扣3分", "3", Ranks((3, 0)), "运行"),
        ("能正常运行得3分:否则不得分,未建立台账扣1分", "3", Unsure(), "运行"),
        ("能正常运行得3分:基本正常得1分:否则不得分", "3", Ranks((3, 1, 0)), "运行"),
        ("未戴安全帽的1名工人扣2分、管理人员扣4分,扣完为止", "10", Unsure(), "安全帽"),
        ("发现1名工人未戴安全帽扣2分,项目经理扣5分,扣完为止", "20", Unsure(), "安全"),
        ("未戴安全帽的1名工人扣2分,带班领导扣5分,扣完为止", "20", Unsure(), "安全"),
        ("迟到1人次扣1分,班主任扣2分,扣完为止", "10", Unsure(), "纪律"),
        ("未戴安全帽的1名工人扣2分,未系安全带的1名工人扣3分,扣完为止", "20",
         Faults((Fault("安全帽", "-2", True), Fault("安全带", "-3", True))), "安全"),
        ("不叠被子的每个床位扣5分,未打扫的1间宿舍扣3分", "40",
         Faults((Fault("被子", "-5", True), Fault("打扫", "-3", True))), "内务"),
        ("被褥叠放整齐(3分)。不整齐按每床0.5分扣分。不叠被子的一个床位扣1分", "3",
         Faults((Fault("不整齐", "-0.5", True), Fault("被子", "-1", True))), "内务"),
        ("服务态度一般、办事效率一般的,各扣1分,差的各扣2分,未开展评议的不得分", "4", Unsure(), "评价"),
        ("违反规定的每次扣1分,累计3次以上的双倍扣分", "10",
         Either(Fn(("违反|次|问题",), _doubled("10", "1", 3)), Fn(("违反|次|问题",), _doubled("10", "1", 4))), "纪律"),
        ("每发现1次扣1分,第4次起每次扣2分,扣完为止", "10", Fn(("发现|次",), _doubled("10", "1", 4)), "纪律"),
        ("迟到1次扣1分,第4次起每次扣2分,扣完为止", "10", Fn(("迟到|次",), _doubled("10", "1", 4)), "纪律"),
        ("每次扣1分,超过3次的,超过部分每次扣2分", "10", Fn(("次",), _doubled("10", "1", 4)), "纪律"),
        ("迟到每次扣1分,超过3次的每次扣2分", "10", Either(Unsure(), Fn(("迟到|次",), _doubled("10", "1", 4))), "纪律"),
        ("迟到每次扣1分,3次以上的每次扣2分", "10", Unsure(), "纪律"),
        ("每迟到1次扣1分,超过3次的加倍扣分", "10", Fn(("迟到|次",), _doubled("10", "1", 4)), "纪律"),
        ("每迟到1次扣1分,超过3次后每次扣2分,扣完为止", "10", Fn(("迟到|次",), _doubled("10", "1", 4)), "纪律"),
        ("不叠被子的一个床位扣5分,两个床位以上的加倍扣分", "40", Unsure(), "内务"),
        ("每人每次扣1分,累计5次以上每次按双倍扣分。1、迟到;2、早退;3、脱岗扣2分", "10", Unsure(), "纪律"),
        ("凡有下列行为之一,每人每次扣1分,累计5次以上每次按双倍扣分:1、迟到;2、早退", "10",
         Either(Fn(("下列|次",), _doubled("10", "1", 5)), Fn(("下列|次",), _doubled("10", "1", 6))), "纪律"),
        ("600字或以上得4分,300字以上得2分", "4", Either(Unsure(), Bands(((700, 4), (600, 4), (400, 2), (300, 2), (100, 0)))), "字数"),
        ("有1幅或以上图片得2分", "2", Ranks((2, 0)), "图片"),
        ("有2幅以上图片,每少1幅扣1分", "2", Unsure(), "图片"),
        ("内容符合要求 5 4 3 2", "5", Ranks((5, 4, 3, 2)), "内容"),
        ("内容符合要求,无差错 10 9 8 7 6", "10", Ranks((10, 9, 8, 7, 6)), "内容"),
        ("内容符合要求,差错率低于3% 10 8 6", "10", Unsure(), "内容"),
        ("内容符合要求,每缺1项 10 8 6", "10", Unsure(), "内容"),
        ("门窗未关好的1间宿舍扣2分,1名管理人员扣4分,扣完为止", "10",
         Faults((Fault("宿舍|门窗", "-2", True), Fault("管理", "-4", True))), "宿舍"),
    ]


CASES: list[Case] = (graded_columns() + aspects() + doubled() + base_performance() + at_each() + one_thing() + count_alone()
                     + bare_after_comma() + house_styles() + pressed() + edges())


def test_the_probe_is_of_its_size():
    assert 300 <= len(CASES) <= 1600
    assert len({(text, w, name) for text, w, _want, name in CASES}) == len(CASES)


test_every_made_up_text_is_scored_as_it_says_or_is_to_check = case_test(CASES, own=_own)
