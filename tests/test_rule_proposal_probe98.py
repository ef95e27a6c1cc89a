"""Made-up texts in the styles of three readings of a deduction and their near variants: 存在 counting a case as 有/发现
do (“存在一处安全隐患扣2分”; 1 for 一, 每存在, 扣完为止 before or after, a cap, 不存在, 是否存在, 存在…的扣N分 found or not,
存在N处以上, 存在…的不得分, 两处 for 一处, 加 for 扣, a figure above the 分值, a range, a second kind), the item named between
扣 and the points (“出现一次,扣除该项3分”, “每处扣本项0.5分”; 该项/本项/該項/本項, Chinese numerals, 扣完为止, a cap,
扣该项分值的50%, 扣除该项全部分数/全部分值, 扣本项分 with no figure, 出现三次, 加 for 扣, 扣该项目3分 where 项目 is a
thing, a second clause zeroing the row), and a minus straight after 每 and a unit (“每处-2分”; 篇/次/人/天 and 每1处,
full-width －, 减, 扣-2分, a cap 最多-N分 or 最多扣N分, a plus beside it “每项+1分”, ranges “每处1-2分”/“每处-1至-2分”/
“-1~-2分”, a minus that is a dash between clauses “每处-整改不到位扣2分”, “每低1%-2分” with and without a line, two kinds
“每处-2分,每次-1分”, traditional characters, 每两处, 每2处) — full and half width punctuation; each with what it states
or that it is unsure. Every proposal scores every situation as the text says, or is not confident.

Figures: 700 texts written; before mending 148 read confidently, 12 of them confident and wrong, mended; now 136 read
confidently, 0 confident and wrong.
- A second per-case clause in another unit with its fault unnamed, of the same points as the first (“发现隐患每处-2分,
  每项-2分,扣完为止”, “每處-2分,每項-2分,扣完為止”, and the same with 扣: “发现隐患每处扣1分,每项扣1分,扣完为止”,
  12 texts): read as a sure 逐例扣分 of the first unit alone, the cases of the second not counted; now to check
  (``deduction`` reads a case with its number unsaid with a doubt when the text counts cases in two units, as it already
  did for a case with its number said). The same with different points, or with a different second unit (每次, 每人),
  was to check already.
The sure readings met (all right): 存在一处/1处/每存在一处…扣N分 with 扣完为止 (before or after it) or 最多扣N分, per case;
不存在…的得N分 as all or nothing; 存在问题(的)扣N分,扣完为止 per case; 是否存在隐患,每处扣2分,扣完为止 and 不存在隐患得N分,
存在一处隐患扣2分,扣完为止 per case; 每处扣该项/本项分值的50%,扣完为止 as half the 分值 per case; 出现一次,扣除该项N分 and
每处扣本项N分 with 扣完为止 (Chinese numerals too); 每处/每1处/每篇/每次/每人/每天 -N分 (－, 减, 扣-N分, traditional) with
扣完为止, per case; two named kinds “发现隐患每处-2分,违章作业每次-1分,扣完为止” as a formula of two counts; two clauses of
the same unit (“存在一项问题扣0.5分,每项扣0.5分”, “迟到每次-1分,每次-1分”) as one count.

Readings left to check (not confident, so no bar): 存在/出现/每处 with no 扣完为止 or cap, per case (to check, right);
存在…的扣N分 with no 扣完为止; 存在N处以上, 存在两处, a range, 加 for 扣, a figure above the 分值; 扣本项分 with no
figure; 扣除该项全部分数; 扣该项目N分 where 项目 is a thing; 最多-N分 (read as 扣完为止, to check); a plus beside a
minus; ranges 1-2分/-1至-2分 (a judgement); a dash between clauses; “每低1%-2分” (a line of 100% to check); 每处-2分,
每次-1分 with the kinds unnamed; 每2处-1分 (0.5 a 处, to check); a second clause zeroing the row or costing the 分值.

The checker is ``tests/probe_checks.py``'s.
"""
from __future__ import annotations

from decimal import Decimal
from itertools import product

from tests.probe_checks import Either, Fault, Faults, first_statements, probe_tests
from tests.proposals import Bands, Once, Per, Ranks, Unsure

Want = object
_CN = {1: "一", 2: "两", 3: "三", 4: "四", 5: "五", 6: "六", 10: "十"}
u = Unsure()
#: the word a fault's label holds (simplified or traditional)
_WORD = {t: "隐患|隱患" for t in ("发现隐患", "發現隱患")} | {t: "报告|報告" for t in ("缺少报告", "缺少報告")} | \
    {t: "迟到|遲到" for t in ("迟到", "遲到")} | {t: "培训|培訓" for t in ("未培训", "未培訓")} | {"逾期": "逾期"}


def _p(full: bool) -> tuple[str, str, str]:
    return ("，", "；", "。") if full else (",", ";", ".")


def _zero(m: str, word: str) -> Either:
    return Either(Ranks((m, "0")), Either(Faults((Fault(word, "0", None),)), u))


# ── 存在 counting a case ──────────────────────────────────────────────────────────────────────────────────────
def exists() -> list[tuple[str, str, Want]]:
    out: list = []
    for (full, trad), (x, m), (unit, thing) in [
            ((True, False), ("2", "10"), ("处", "安全隐患")), ((False, False), ("0.5", "5"), ("项", "问题")),
            ((False, True), ("1", "6"), ("次", "违规操作")), ((True, True), ("2", "10"), ("处", "安全隐患")),
            ((False, False), ("1", "6"), ("处", "安全隐患")), ((True, False), ("0.5", "5"), ("次", "违规操作")),
            ((False, True), ("2", "10"), ("项", "问题"))]:
        c, s, e = _p(full)
        if trad:
            unit = {"处": "處", "项": "項", "次": "次"}[unit]
            thing = {"安全隐患": "安全隱患", "问题": "問題", "违规操作": "違規操作"}[thing]
        end = "扣完為止" if trad else "扣完为止"
        mx = str(Decimal(x) * 3)
        out += [
            (f"存在一{unit}{thing}扣{x}分{e}", m, Either(Per(x), u)),
            (f"存在1{unit}{thing}扣{x}分{e}", m, Either(Per(x), u)),
            (f"存在一{unit}{thing}扣{x}分{c}{end}{e}", m, Either(Per(x), u)),
            (f"存在1{unit}{thing}{c}扣{x}分{c}{end}{e}", m, Either(Per(x), u)),
            (f"每存在一{unit}{thing}扣{x}分{c}{end}{e}", m, Either(Per(x), u)),
            (f"存在一{unit}{thing}扣{x}分{c}最多扣{mx}分{e}", m, Either(Per(x, mx), u)),
            (f"{end}{c}存在一{unit}{thing}扣{x}分{e}", m, Either(Per(x), u)),
            # not per case
            (f"不存在{thing}的得{m}分{e}", m, Either(Ranks((m, "0")), u)),
            (f"不存在{thing}的不扣分{e}", m, u),
            (f"不存在{thing}扣{x}分{e}", m, u),
            (f"是否存在{thing}{c}存在的扣{x}分{e}", m, Either(Once((x,)), u)),
            (f"存在{thing}的扣{x}分{e}", m, Either(Once((x,)), Either(Per(x), u))),
            (f"存在{thing}扣{x}分{e}", m, Either(Once((x,)), Either(Per(x), u))),
            (f"存在3{unit}以上{thing}的扣{x}分{e}", m, Either(Bands(((0, m), (2, m), (3, Decimal(m) - Decimal(x)),
                                                                 (9, Decimal(m) - Decimal(x)))), u)),
            (f"存在3{unit}以上{thing}的不得分{e}", m, Either(Bands(((0, m), (3, 0), (9, 0))), u)),
            (f"存在{thing}的不得分{e}", m, _zero(m, thing[-2:])),
            (f"存在重大{thing}的不得分{c}存在一般{thing}每{unit}扣{x}分{e}", m, u),
            (f"存在两{unit}{thing}扣{x}分{e}", m, u),
            (f"存在2{unit}{thing}扣{x}分{c}{end}{e}", m, u),
            (f"存在一{unit}{thing}加{x}分{e}", m, u),
            (f"存在一{unit}{thing}扣{x}分{e}", x if Decimal(x) >= 1 else "0.2", u),
            (f"存在一{unit}{thing}扣除该项{x}分{e}", m, Either(Per(x), u)),
            (f"存在一{unit}{thing}扣{x}-{Decimal(x) * 2}分{e}", m, u),
            (f"存在一{unit}{thing}扣{x}分{s}存在一{unit}违章{thing}扣1分{e}", m, u),
            # two kinds: one count when both are counted in 项 of problems
            (f"存在一{unit}{thing}扣{x}分{c}存在一项其他问题扣{x}分{c}{end}{e}", m,
             Either(Per(x) if unit in "项項" else Faults((Fault(thing[-2:], f"-{x}", True), Fault("其他问题", f"-{x}", True))),
                    u)),
            (f"存在一{unit}{thing}扣{x}分{c}每项扣{x}分{c}{end}{e}", m, Either(Per(x), u) if unit in "项項" else u),
            (f"存在一{unit}{thing}扣{x}分{c}存在重大{thing}的不得分{c}{end}{e}", m, u),
            (f"存在一{unit}{thing}扣{x}分{c}存在一{unit}扣{x}分{e}", m, Either(Per(x), u)),
        ]
        if x in ("1", "2"):
            out.append((f"存在{_CN[int(x)] if x != '2' else '两'}{unit}{thing}扣{x}分{e}", m,
                        Either(Per(x), u) if x == "1" else u))
    return out


# ── the item named between 扣 and the points ─────────────────────────────────────────────────────────────────
def named_item() -> list[tuple[str, str, Want]]:
    out: list = []
    for (full, trad), (x, cn, m), (item, verb) in [
            ((True, False), ("3", "三", "10"), ("该项", "扣除")), ((False, False), ("0.5", "零点五", "5"), ("本项", "扣")),
            ((False, True), ("2", "两", "6"), ("该项", "扣")), ((True, True), ("3", "三", "10"), ("本项", "扣除")),
            ((False, False), ("2", "两", "6"), ("该项", "扣除")), ((True, False), ("0.5", "零点五", "5"), ("该项", "扣"))]:
        c, _s, e = _p(full)
        if trad:
            item = {"该项": "該項", "本项": "本項"}[item]
        end = "扣完為止" if trad else "扣完为止"
        half = str(Decimal(m) / 2)
        out += [
            (f"出现一次{c}{verb}{item}{x}分{e}", m, Either(Per(x), u)),
            (f"出现1次{c}{verb}{item}{x}分{e}", m, Either(Per(x), u)),
            (f"每处{verb}{item}{x}分{e}", m, Either(Per(x), u)),
            (f"每处{verb}{item}{cn}分{e}", m, Either(Per(x), u)),
            (f"出现一次{c}{verb}{item}{x}分{c}{end}{e}", m, Either(Per(x), u)),
            (f"每处{verb}{item}{x}分{c}{end}{e}", m, Either(Per(x), u)),
            (f"每处{verb}{item}{x}分{c}最多{verb}{Decimal(x) * 2}分{e}", m, Either(Per(x, str(Decimal(x) * 2)), u)),
            (f"出现一次{c}{verb}{item}分值的50%{e}", m, Either(Per(half), u)),
            (f"每处{verb}{item}分值的50%{e}", m, Either(Per(half), u)),
            (f"出现一次{c}{verb}{item}全部分数{e}", m, _zero(m, "出现")),
            (f"出现一次{c}{verb}{item}全部分值{e}", m, _zero(m, "出现")),
            (f"每处{verb}{item}分{e}", m, u),
            (f"出现一次{c}{verb}{item}分{e}", m, u),
            (f"出现三次{c}{verb}{item}{x}分{e}", m, u),
            (f"出现一次{c}{verb}{item}{x}-{Decimal(x) * 2}分{e}", m, u),
            (f"出现一次{c}加{item}{x}分{e}", m, u),
            (f"出现一次{c}{verb}{item}{x}分{e}", str(Decimal(x) / 2), u),
            (f"每漏检一个项目{verb}该项目{x}分{e}", m, Either(Per(x), u)),
            (f"未完成的项目{verb}该项目{x}分{e}", m, u),
            (f"{verb}{item}{x}分{e}", m, u),
            (f"每处{verb}{item}{x}分{c}每次{verb}{item}{x}分{c}{end}{e}", m, u),
            (f"出现一次{c}{verb}{item}{x}分{c}出现两次{verb}{item}全部分数{e}", m, u),
        ]
    return out


# ── a minus straight after 每 and a unit ──────────────────────────────────────────────────────────────────────
def minus() -> list[tuple[str, str, Want]]:
    out: list = []
    for (full, trad), x, (unit, thing) in [
            ((True, False), "2", ("处", "发现隐患")), ((False, False), "0.5", ("篇", "缺少报告")),
            ((False, True), "1", ("次", "迟到")), ((True, True), "2", ("人", "未培训")),
            ((False, False), "2", ("天", "逾期")), ((True, False), "1", ("处", "发现隐患")),
            ((False, True), "0.5", ("处", "发现隐患")), ((True, False), "0.5", ("人", "未培训")),
            ((False, False), "1", ("次", "迟到"))]:
        c, s, e = _p(full)
        if trad:
            unit = {"处": "處", "篇": "篇", "次": "次", "人": "人", "天": "天"}[unit]
            thing = {"发现隐患": "發現隱患", "缺少报告": "缺少報告", "迟到": "遲到", "未培训": "未培訓", "逾期": "逾期"}[thing]
        end = "扣完為止" if trad else "扣完为止"
        mx = str(Decimal(x) * 4)
        m = "10"
        out += [
            (f"{thing}每{unit}-{x}分{e}", m, Either(Per(x), u)),
            (f"{thing}每{unit}-{x}分{c}{end}{e}", m, Either(Per(x), u)),
            (f"{thing}每1{unit}-{x}分{c}{end}{e}", m, Either(Per(x), u)),
            (f"{thing}{c}每{unit}-{x}分{c}{end}{e}", m, Either(Per(x), u)),
            (f"{thing}每{unit}－{x}分{c}{end}{e}", m, Either(Per(x), u)),
            (f"{thing}每{unit}减{x}分{c}{end}{e}", m, Either(Per(x), u)),
            (f"{thing}每{unit}-{x}分{c}最多-{mx}分{e}", m, Either(Per(x, mx), u)),
            (f"{thing}每{unit}-{x}分{c}最多扣{mx}分{e}", m, Either(Per(x, mx), u)),
            (f"{thing}每{unit}扣-{x}分{c}{end}{e}", m, Either(Per(x), u)),
            (f"{thing}每{unit}+{x}分{e}", m, u),
            (f"{thing}每{unit}-{x}分{s}整改到位每项+1分{e}", m, u),
            (f"{thing}每{unit}-{x}分{c}整改到位每项+1分{c}{end}{e}", m, u),
            (f"{thing}每{unit}1-{x}分{e}", m, u),
            (f"{thing}每{unit}1-{x}分{c}{end}{e}", m, u),
            (f"{thing}每{unit}-1至-{x}分{c}{end}{e}", m, u),
            (f"{thing}每{unit}-1~-{x}分{c}{end}{e}", m, u),
            (f"{thing}每{unit}-整改不到位扣{x}分{e}", m, u),
            (f"{thing}每{unit}-{x}分{c}每项-1分{c}{end}{e}", m, u),
            (f"{thing}每{unit}-{x}分{e}", "0.2", u),
            # two kinds of the same points, the second unnamed
            (f"{thing}每{unit}-{x}分{c}每项-{x}分{c}{end}{e}", m, u),
            (f"{thing}每{unit}扣{x}分{c}每项扣{x}分{c}{end}{e}", m, u),
            (f"{thing}每{unit}-{x}分{c}每次-{x}分{c}{end}{e}", m, Either(Per(x), u) if unit == "次" else u),
            (f"{thing}每{unit}-{x}分{c}违章每次-{x}分{c}{end}{e}", m,
             Either(Faults((Fault(_WORD[thing], f"-{x}", True), Fault("违章", f"-{x}", True))), u)),
            (f"{thing}每{unit}-{x}分{c}最多-20分{e}", m, Either(Per(x), u)),
            (f"{thing}每{unit}-{x}分{c}重大隐患-{m}分{c}{end}{e}", m, u),
            (f"{thing}每两{unit}-{x}分{c}{end}{e}", m, u),
        ]
        if x == "2":
            out.append((f"{thing}每{unit}-二分{c}{end}{e}", m, Either(Per(x), u)))
    for full, x in product((True, False), ("2", "0.5")):
        c, s, e = _p(full)
        out += [
            (f"出勤率每低1%-{x}分{e}", "10", u),
            (f"出勤率每低1%-{x}分{c}扣完为止{e}", "10", u),
            (f"出勤率达到95%得满分{c}每低1%-{x}分{e}", "10",
             Either(Bands(((95, 10), (94, 10 - Decimal(x)), (93, 10 - 2 * Decimal(x)))), u)),
            (f"每处-2分{c}每次-1分{c}扣完为止{e}", "10", u),
            (f"发现隐患每处-{x}分{c}违章作业每次-1分{c}扣完为止{e}", "10",
             Either(Faults((Fault("隐患", f"-{x}", True), Fault("违章", "-1", True))), u)),
            (f"每处-{x}分{e}", "10", Either(Per(x), u)),
            (f"每处-{x}分{c}扣完为止{e}", "10", Either(Per(x), u)),
        ]
    return out


# ── the three readings with 扣完为止 and a second clause ────────────────────────────────────────────────────────
def closing() -> list[tuple[str, str, Want]]:
    out: list = []
    for full, m in product((True, False), ("10", "5", "8")):
        c, _s, e = _p(full)
        half = str(Decimal(m) / 2)
        out += [
            (f"存在问题的扣2分{c}扣完为止{e}", m, Either(Per("2"), u)),
            (f"存在问题扣1分{c}扣完为止{e}", m, Either(Per("1"), u)),
            (f"是否存在隐患{c}每处扣2分{c}扣完为止{e}", m, Either(Per("2"), u)),
            (f"不存在隐患得{m}分{c}存在一处隐患扣2分{c}扣完为止{e}", m, Either(Per("2"), u)),
            (f"存在隐患的{c}每处扣2分{c}存在重大隐患的不得分{e}", m,
             Either(Faults((Fault("处", "-2", True), Fault("重大", "0", None))), u)),
            (f"存在一处隐患扣2分{c}每处扣1分{c}扣完为止{e}", m, u),
            (f"每处扣该项分值的50%{c}扣完为止{e}", m, Either(Per(half), u)),
            (f"每处扣本项分值的50%{c}扣完为止{e}", m, Either(Per(half), u)),
            (f"每缺一个项目扣除该项目3分{c}扣完为止{e}", m, Either(Per("3"), u)),
            (f"出现一次{c}扣除该项3分{c}出现三次以上不得分{e}", m,
             Either(Bands(((0, m), (1, max(0, int(m) - 3)), (2, max(0, int(m) - 6)), (3, 0))), u)),
            (f"每处扣本项0.5分{c}扣完为止{c}最多扣3分{e}", m, u),
            (f"每处-2分{c}扣完为止{c}重大隐患-{m}分{e}", m, u),
            (f"每处扣2分{c}扣完为止{c}存在重大隐患扣{m}分{e}", m, u),
            (f"每2处-1分{c}扣完为止{e}", m, Either(Bands(((0, m), (1, m), (2, int(m) - 1), (4, int(m) - 2))), u)),
            (f"每處-2分{c}每項-2分{c}扣完為止{e}", m, u),
            (f"每处-2分{c}扣完为止{c}每项不超过4分{e}", m, u),
            (f"每处-2分{c}整改后每项+1分{c}最高不超过{m}分{e}", m, u),
            (f"每处-1~2分{c}扣完为止{e}", m, u),
            (f"存在3处以上隐患的扣2分{c}扣完为止{e}", m, u),
        ]
    return out


_ALL = exists() + named_item() + minus() + closing()
#: (the first statement of a text the generators write twice)
CASES = first_statements(_ALL)


(test_the_probe_is_of_its_size,
 test_every_made_up_text_is_scored_as_it_says_or_is_to_check) = probe_tests(CASES, 400, 800)
