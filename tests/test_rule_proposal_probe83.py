"""Made-up texts in the styles of unseen241c's readings, and their near variants: a fault's own cap right after its
deduction (“…每发现1次扣1分,累计最多扣3分”, “每少1次扣2分,最高不超过6分”), one case after the full marks (“…得4分;不符合
要求的,1件扣1分”), a band between two counted figures with what is taken off outside it (“字数在600-800字之间,超出或不足
扣1分”), places from the first with a span among them (“第1名积60分,…第4名~第8名积30分;其它队20分”), a score split in a
bracket of its parts (“4分(内容完整2分,字迹清楚2分)”, “A、B、C整洁;5分(2+2+1)”), a price formula with its rounding said,
years of age among faults, cases let pass “除第1次外/除前2次外”, faults counted in blocks (“每超过3天”), a fault's own
zeroing count (“发现1处扣1分,发现2处不得分”) — numbers varied, Chinese numerals, full/half width punctuation, clause
order, a second fault, caps, a zeroing line, words that look alike but state something else; each with what it states
(a few situations and their scores) or that it is unsure (to check). Every confident proposal scores every situation as
the text says.

Figures: 291 texts written, 44 read confidently before the mends (42 after); 4 confident and scoring wrong found,
all mended. “除第1次外,情节严重的每次扣1分,扣完为止” (2) — cases let pass said before a fault named between them and the
step — was read surely as a deduction from the first case: ``deduction._per_instance_read`` now leaves any “除第1次外/
除前N次外” (``wording.CASES_EXCEPTED``) to the formula, and the text is to check. A place said alone and in a span
(“第1名积60分,第2名积59分,第2名~第5名积30分;其它队1分”, 2) was read surely as a choice of four situations:
``choice._places_unsure`` now counts a place alone among the bands whose overlap it doubts, and ``_scored_situations``
asks it.
The sure readings met score as said: caps after a deduction beside a fault 扣完为止 (“迟报每次扣1分,累计最多扣3分;漏报
每次扣2分,扣完为止”), “除第1次外/除前2次外/除前3次以外,每次扣…,扣完为止”, places from the first with a span and 其它队/
其他 read as bands of rank, places with a gap or places left out read as a choice of the situations written (其它队
taking the rest, as written).

Readings left to check (not confident, so no bar): a cap after a deduction short of the 分值 alone; one case after the
full marks; bands of counted figures with what is taken off outside them; split points in brackets and sums “(2+2+1)”; rounded price formulas (integer, three places, 舍去 read otherwise or left); years of
age among faults; blocks “每超过N天”; a fault's own zeroing count (another unit, points given back, “累计N处以上”).

The checker is ``tests/probe_checks.py``'s.
"""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from itertools import product

from tests.probe_checks import Either, Fault, Faults, Fn, Want, first_statements, probe_tests
from tests.proposals import Bands, Once, Per, Ranks, Unsure

_CN = {1: "一", 2: "两", 3: "三", 4: "四", 5: "五", 6: "六", 10: "十"}


def _p(full: bool) -> tuple[str, str, str]:
    return ("，", "；", "。") if full else (",", ";", ".")


def _n(x: Decimal | int | float | str) -> str:
    return format(Decimal(str(x)).normalize(), "f")


# ── a fault's own cap right after its deduction ─────────────────────────────────────────────────────────────────────
def caps() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (a, c, m), full, say in product([("1", "3", 10), ("0.5", "2", 5)], (False,),
                                        ["累计最多扣{c}分", "最高不超过{c}分", "最多不超过{c}分"]):
        cm, s, e = _p(full)
        cap = say.format(c=c)
        one = Either(Faults((Fault("不符合|问题|检查", f"-{a}", True, cap=c),)), Unsure())
        out.append((f"抽查发现不符合要求的{cm}每发现1次扣{a}分{cm}{cap}{e}", str(m), one))
        two = Either(Faults((Fault("迟报", f"-{a}", True, cap=c), Fault("漏报", "-2", True))), Unsure())
        out.append((f"迟报每次扣{a}分{cm}{cap}{s}漏报每次扣2分{cm}扣完为止{e}", str(m), two))
        out.append((f"漏报每次扣2分{s}迟报每次扣{a}分{cm}{cap}{s}扣完为止{e}", str(m),
                    Either(Faults((Fault("漏报", "-2", True), Fault("迟报", f"-{a}", True, cap=c))), Unsure())))
    for m, full in product((10, 6), (False,)):
        cm, s, e = _p(full)
        # points earned up to a most: no deduction's cap
        out.append((f"每发表1篇论文加2分{cm}最高不超过{m - 2}分{e}", str(m), Unsure()))
        # the cap of the row, not of the deduction
        out.append((f"每少1次扣2分{cm}本项最高不超过{m - 2}分{e}", str(m), Unsure()))
        out.append((f"每少1次扣2分{cm}最高得分不超过{m - 2}分{e}", str(m), Unsure()))
        # a cap past the 分值, the cap as the 分值
        out.append((f"每发现1处不符合扣1分{cm}累计最多扣{m + 5}分{e}", str(m), Either(Per("1"), Unsure())))
        out.append((f"每发现1处不符合扣1分{cm}累计最多扣{m}分{e}", str(m), Either(Per("1"), Unsure())))
        # a cap in words, or after a second clause
        out.append((f"每发现1处不符合扣1分{cm}累计最多扣三分{e}", str(m),
                    Either(Faults((Fault("不符合", "-1", True, cap="3"),)), Unsure())))
        out.append((f"每发现1处不符合扣1分{cm}情节严重的扣3分{cm}累计最多扣4分{e}", str(m), Unsure()))
        out.append((f"每少1次扣2分{cm}最高不超过6分{cm}未开展的本项不得分{e}", str(m), Unsure()))
        out.append((f"每少1次扣0.25分{cm}最多不超过1分{e}", str(m),
                    Either(Faults((Fault("少|次", "-0.25", True, cap="1"),)), Unsure())))
    return out


# ── one case opening a fault's last clause after the full marks ────────────────────────────────────────────────
def one_case() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (m, a), full, (case, head) in product([(5, 1), (6, 2)], (False,),
                                             [("1件", "各项业务均由服务窗口统一受理"), ("1次", "对到期事项实行提醒、督办"),
                                              ("一件", "资料按时报送")]):
        cm, s, e = _p(full)
        out.append((f"{head}{cm}得{m}分{s}不符合要求的{cm}{case}扣{a}分{e}", str(m), Either(Per(str(a)), Unsure())))
        out.append((f"{head}{cm}得{m}分{e}存在问题的{cm}{case}扣{a}分{cm}扣完为止{e}", str(m), Either(Per(str(a)), Unsure())))
        # a case taking most of the points, or all of them
        out.append((f"{head}{cm}得{m}分{s}不符合要求的{cm}{case}扣{m - 1}分{e}", str(m), Unsure()))
        out.append((f"{head}{cm}得{m}分{s}不符合要求的{cm}{case}扣{m}分{e}", str(m),
                    Either(Either(Per(str(m)), Ranks((m, 0))), Unsure())))
        # two cases said, not one
        out.append((f"{head}{cm}得{m}分{s}不符合要求的{cm}2件扣{a}分{e}", str(m), Unsure()))
    return out


# ── a band between two counted figures, what is taken off outside it ───────────────────────────────────────────
def band() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (lo, hi, u), (m, a), full in product([(600, 800, "字"), (2, 4, "小时"), (10, 15, "分钟"), (18, 35, "岁")],
                                            [(1, 1), (3, 1)], (False,)):
        cm, _s, e = _p(full)
        mid, below, above = (lo + hi) // 2, lo - 1, hi + 1
        want = Bands(((mid, m), (below, m - a), (above, m - a)))
        out.append((f"字数在{lo}-{hi}{u}之间{cm}超出或不足扣{a}分{e}", str(m), Either(want, Unsure())))
        out.append((f"时长在{lo}~{hi}{u}之间得满分{cm}低于或高于扣{a}分{e}", str(m), Either(want, Unsure())))
        # only one side said, a step outside, a different cost each side
        out.append((f"字数在{lo}-{hi}{u}之间{cm}超出扣{a}分{e}", str(m), Unsure()))
        out.append((f"字数在{lo}-{hi}{u}之间{cm}每超出或不足1{u}扣{a}分{e}", str(m), Unsure()))
        out.append((f"字数在{lo}-{hi}{u}之间{cm}超出或不足的{cm}每{u}扣0.1分{e}", str(m), Unsure()))
        out.append((f"字数在{lo}-{hi}{u}之间{cm}不足扣{a}分{cm}超出扣0.5分{e}", str(m), Unsure()))
    for m in (1, 2):
        out.append(("考试成绩在80-90分之间,超出或不足扣1分", str(m), Unsure()))
        out.append(("字数在600-800之间,超出或不足扣1分", str(m), Unsure()))
        out.append(("字数在600字-800页之间,超出或不足扣1分", str(m), Unsure()))
        out.append(("字数在600-800字之间,超出或不足扣1分,错别字每个扣0.5分", str(m), Unsure()))
        out.append(("字数在600-800字之间得2分,超出或不足不得分", "2", Either(Bands(((700, 2), (500, 0), (900, 0))), Unsure())))
    return out


# ── places from the first with a span of places among them ─────────────────────────────────────────────────────
def places() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (a, b, c, dd, r), span, full, rest in product(
            [(60, 50, 40, 30, 20), (10, 8, 6, 4, 2)], ["~", "至"], (False,),
            ["其它队", "其他"]):
        cm, s, _e = _p(full)
        want = Bands(((1, a), (2, b), (3, c), (4, dd), (8, dd), (9, r), (30, r)))
        out.append((f"比赛积分:第1名积{a}分{cm}第2名积{b}分{s}并列第3名积{c}分{cm}第4名{span}第8名积{dd}分{s}{rest}{r}分{s}",
                    str(a), Either(want, Unsure())))
    for a in (60, 10):
        h = a // 2
        out.append((f"第1名积{a}分,第4名~第8名积{h}分;其它队1分", str(a),  # places 2, 3 among 其它队
                    Either(Bands(((1, a), (2, 1), (5, h), (9, 1))), Either(Ranks((a, h, 1)), Unsure()))))
        out.append((f"第1名积{a}分,第2名积{a - 1}分,第2名~第5名积{h}分;其它队1分", str(a), Unsure()))  # overlap
        out.append((f"第1名积{a}分,第2名积{a - 1}分,第3名~第5名积{h}分", str(a),
                    Either(Bands(((1, a), (2, a - 1), (4, h))), Unsure())))
        out.append((f"第1名积{a}分,第2名积{a - 1}分,第3名~第5名积{h}分;其它队不得分", str(a),
                    Either(Bands(((1, a), (2, a - 1), (4, h), (6, 0))), Unsure())))
        out.append((f"第1名积{a + 10}分,第2名积{a}分,第3名~第5名积{h}分;其它队1分", str(a), Unsure()))  # past the 分值
        out.append((f"第1名积{a}分,第2名积{a - 1}分,第6名~第9名积{h}分;其它队1分", str(a),  # a gap among 其它队
                    Either(Bands(((1, a), (2, a - 1), (4, 1), (7, h), (10, 1))), Either(Ranks((a, a - 1, h, 1)), Unsure()))))
        out.append((f"第1名积{a}分,第2名积{a - 1}分,第3名~第5名每名积{h}分;其它队1分", str(a),
                    Either(Bands(((1, a), (2, a - 1), (4, h), (7, 1))), Unsure())))
        out.append((f"第1名加{a}分,第2名加{a - 1}分,第3名~第5名加{h}分,其余不加分", str(a),
                    Either(Bands(((1, a), (2, a - 1), (4, h), (7, 0))), Unsure())))
        out.append((f"第1名扣{a}分,第2名扣{a - 1}分,第3名~第5名扣{h}分", str(a), Unsure()))
        out.append((f"团体第1名积{a}分,个人第2名积{a - 1}分,第3名~第5名积{h}分;其它队1分", str(a),
                    Either(Ranks((a, a - 1, h, 1)), Unsure())))
    return out


# ── a score split among its parts in brackets ────────────────────────────────────────────────────────────────────
def split() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for parts, full in product([("2", "2"), ("1.5", "0.5", "1")], (True, False)):
        cm, s, e = _p(full)
        ob, cb = ("（", "）") if full else ("(", ")")
        m = _n(sum(Decimal(x) for x in parts))
        names = ["内容完整", "字迹清楚", "数据准确"][:len(parts)]
        said = cm.join(f"{n}{x}分" for n, x in zip(names, parts))
        ok = Either(Once(parts), Unsure())
        out.append((f"台账记录清晰完整{e}{m}分{ob}{said}{cb}", m, ok))
        out.append((f"台账记录清晰完整{s}{m}分{ob}{said}{cb}{e}", m, ok))
        things = ["办公桌", "文件柜", "地面"][:len(parts)]
        out.append((f"{'、'.join(things)}整洁{s}{m}分{ob}{'+'.join(parts)}{cb}", m, ok))
        # the parts short of or past the score, the score not the 分值, parts not matching the things
        out.append((f"台账记录清晰完整{e}{m}分{ob}{said}{cb}", _n(Decimal(m) + 1), Unsure()))
        out.append((f"台账记录清晰完整{e}{_n(Decimal(m) + 1)}分{ob}{said}{cb}", _n(Decimal(m) + 1), Unsure()))
        out.append((f"{'、'.join(things + ['窗台'])}整洁{s}{m}分{ob}{'+'.join(parts)}{cb}", m, Unsure()))
        out.append((f"{'、'.join(things)}整洁{s}{m}分{ob}{'+'.join(parts)}{cb}{cm}发现1处不洁扣1分", m, Unsure()))
        # what is taken off in the bracket, not what is earned
        miss = cm.join(f"{n[:2]}不{n[2:]}扣{x}分" for n, x in zip(names, parts))
        out.append((f"台账记录清晰完整{e}{m}分{ob}{miss}{cb}", m, Either(ok, Unsure())))
    for m in (4, 5):
        out.append((f"台账记录清晰完整。{m}分(每缺1项扣1分)", str(m), Either(Per("1"), Unsure())))
        out.append((f"台账记录清晰完整。{m}分(扣完为止)", str(m), Unsure()))
        out.append((f"台账记录清晰完整。{m}分(内容完整2分,字迹清楚每处0.5分)", str(m), Unsure()))
    return out


# ── a quotient times the 分值 with its rounding said ─────────────────────────────────────────────────────────────
def _price(m: int, places: int | None) -> Fn:
    def at(a: int, b: int) -> Decimal:
        x = min(Decimal(m), Decimal(m) * a / b)
        return x if places is None else x.quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP)
    return Fn(("基准", "投标报价|其报价|报价"), tuple(((a, b), at(a, b)) for a, b in ((80, 80), (80, 100), (90, 110), (70, 90))))


def price() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    rounds2 = ["价格分取值至小数点后第2位,2位以后四舍五入", "计算至小数点后两位", "计算过程按四舍五入,保留2位小数",
               "四舍五入取后2位", "得分保留两位小数"]
    rounds1 = ["计算至小数点后一位"]
    for m, full in product((30, 10), (False,)):
        cm, s, e = _p(full)
        head = f"评标基准价=最低投标报价{cm}其价格分为满分{s}价格分=(评标基准价/投标报价)×{m}"
        for say in rounds2:
            out.append((f"{head}{s}{say}{e}", str(m), Either(_price(m, 2), Unsure())))
        for say in rounds1:
            out.append((f"{head}{s}{say}{e}", str(m), Either(_price(m, 1), Unsure())))
        out.append((f"{head}({rounds2[1]})", str(m), Either(_price(m, 2), Unsure())))
        # no rounding said; rounding otherwise; ×N not the 分值; the quotient inverted
        out.append((f"{head}{e}", str(m), Either(_price(m, None), Unsure())))
        out.append((f"{head}{s}价格分取整数{e}", str(m), Either(_price(m, 0), Unsure())))
        out.append((f"{head}{s}保留三位小数{e}", str(m), Either(_price(m, 3), Unsure())))
        out.append((f"{head}{s}小数点后两位以后舍去{e}", str(m), Unsure()))
        out.append((f"评标基准价=最低投标报价{s}价格分=(评标基准价/投标报价)×{m + 5}{s}保留两位小数{e}", str(m), Unsure()))
        out.append((f"价格分=(投标报价/评标基准价)×{m}{s}保留两位小数{e}", str(m), Unsure()))
        out.append((f"{head}{s}保留两位小数{s}报价高于最高限价的不得分{e}", str(m), Unsure()))
    return out


# ── years of age among faults ───────────────────────────────────────────────────────────────────────────────────
def ages() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (line, a), m, full in product([(45, 2), (50, 1)], (20,), (False,)):
        cm, _s, _e = _p(full)
        want = Either(Faults((Fault("不团结", "-5", False), Fault("岁|年龄", f"-{a}", True), Fault("女", "-3", False))),
                      Unsure())
        out.append((f"班子不团结扣5分{cm}班子平均年龄超过{line}周岁{cm}每超过1岁扣{a}分{cm}没有女委员扣3分{cm}扣完为止",
                    str(m), want))
        # once past the line, not each year; years under a line; points added per year
        out.append((f"班子不团结扣5分{cm}班子平均年龄超过{line}周岁的扣{a}分{cm}扣完为止", str(m),
                    Either(Faults((Fault("不团结", "-5", False), Fault("岁|年龄", f"-{a}", False))), Unsure())))
        out.append((f"班子不团结扣5分{cm}平均年龄每超过1岁扣{a}分{cm}扣完为止", str(m), Unsure()))
        out.append((f"班子不团结扣5分{cm}35周岁以下委员每少1人扣{a}分{cm}扣完为止", str(m),
                    Either(Faults((Fault("不团结", "-5", False), Fault("35|委员|人", f"-{a}", True))), Unsure())))
        out.append((f"班子不团结扣5分{cm}平均年龄低于{line}周岁的{cm}每低1岁加{a}分", str(m), Unsure()))
    return out


# ── cases let pass said “除第1次外” ────────────────────────────────────────────────────────────────────────────────
def let_pass() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (k, say), (a, m), full, what in product([(1, "除第1次外"), (2, "除前2次外"), (3, "除前3次以外"), (1, "除第一次外")],
                                                [("1", 5), ("2", 10)], (False,), ["同类差错"]):
        cm, _s, e = _p(full)
        want = Either(Faults((Fault(what[-2:], f"-{a}", True, free=k),)), Unsure())
        out.append((f"{what}{say}{cm}每次扣{a}分{cm}扣完为止{e}", str(m), want))
    for (a, m), full in product([("1", 5), ("0.5", 10)], (False,)):
        cm, _s, e = _p(full)
        # one case spared by its number, the first costing otherwise, a cap, a second fault
        out.append((f"同类差错除第3次外{cm}每次扣{a}分{cm}扣完为止{e}", str(m), Unsure()))
        out.append((f"同类差错除第1次外{cm}每次扣2分{cm}第1次扣{a}分{e}", str(m), Unsure()))
        out.append((f"同类差错除第1次外每次扣{a}分{cm}最多扣3分{e}", str(m),
                    Either(Faults((Fault("差错", f"-{a}", True, cap="3", free=1),)), Unsure())))
        out.append((f"迟到除前2次外每次扣{a}分{cm}早退每次扣1分{cm}扣完为止{e}", str(m),
                    Either(Faults((Fault("迟到", f"-{a}", True, free=2), Fault("早退", "-1", True))), Unsure())))
        out.append((f"同类差错除首次外{cm}每次扣{a}分{cm}扣完为止{e}", str(m),
                    Either(Faults((Fault("差错", f"-{a}", True, free=1),)), Unsure())))
        out.append((f"同类差错除第1次外{cm}每次扣{a}分{e}", str(m),
                    Either(Faults((Fault("差错", f"-{a}", True, free=1),)), Unsure())))
        out.append((f"除第1次外{cm}情节严重的每次扣{a}分{cm}扣完为止{e}", str(m), Unsure()))
    return out


# ── a fault counted in blocks of several beside others ─────────────────────────────────────────────────────────
def blocks() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (n, a), m, full in product([(2, "1"), (3, "2")], (10,), (False,)):
        cm, s, e = _p(full)
        out.append((f"迟到、早退每次扣1分{cm}旷工每次扣4分{cm}病事假累计每超过{n}天加扣{a}分{s}", str(m), Unsure()))
        out.append((f"病事假累计每超过{n}天扣{a}分{cm}扣完为止{e}", str(m), Unsure()))
        # a line then per day; per single day; blocks with the rest said
        out.append((f"迟到每次扣1分{cm}病事假超过{n}天的{cm}每天扣{a}分{e}", str(m), Unsure()))
        out.append((f"迟到每次扣1分{cm}病事假每超过1天扣{a}分{cm}扣完为止{e}", str(m),
                    Either(Faults((Fault("迟到", "-1", True), Fault("病事假|假", f"-{a}", True))), Unsure())))
        out.append((f"迟到每次扣1分{cm}病事假每满{n}天扣{a}分{cm}不足{n}天不扣分{cm}扣完为止{e}", str(m), Unsure()))
    return out


# ── a fault's own count zeroing the row ────────────────────────────────────────────────────────────────────────
def zeroing() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (a, z, m), full, u in product([(1, 2, 6), (0.5, 4, 5)], (False,), ["处", "次"]):
        cm, s, e = _p(full)
        an = _n(a)

        def own(k: int) -> Decimal:
            return Decimal(0) if k >= z else max(Decimal(0), Decimal(m) - Decimal(str(a)) * k)
        alone = Fn(("台账",), tuple(((k,), own(k)) for k in (0, 1, z - 1, z, z + 2)))
        out.append((f"台账不全的发现1{u}扣{an}分{cm}发现{z}{u}不得分{e}", str(m), Either(alone, Unsure())))
        out.append((f"台账不全的{cm}发现1{u}扣{an}分{s}发现{z}{u}及以上的{cm}本项不得分{e}", str(m), Either(alone, Unsure())))
        beside = Fn(("台账", "记录"), tuple(((k, j), Decimal(0) if k >= z else max(Decimal(0), Decimal(m) - Decimal(str(a)) * k - j))
                                         for k, j in ((0, 0), (1, 1), (z, 0), (z - 1, 2))))
        out.append((f"台账不全的发现1{u}扣{an}分{cm}发现{z}{u}不得分{s}记录缺失的每{u}扣1分{e}", str(m), Either(beside, Unsure())))
        # the zero at another unit; a second cost, not a zero; points given back
        other = "次" if u == "处" else "处"
        out.append((f"台账不全的发现1{u}扣{an}分{cm}发现{z}{other}不得分{e}", str(m), Unsure()))
        out.append((f"台账不全的发现1{u}扣{an}分{cm}发现{z}{u}扣{m - 1}分{e}", str(m), Unsure()))
        out.append((f"台账不全的发现1{u}扣{an}分{cm}发现{z}{u}不得分{cm}整改到位的加1分{e}", str(m), Unsure()))
        out.append((f"台账不全的发现1{u}扣{an}分{cm}累计{z}{u}以上不得分{e}", str(m), Either(alone, Unsure())))
        out.append((f"制度未印发的不得分{s}台账不全的发现1{u}扣{an}分{cm}发现{z}{u}不得分{e}", str(m),
                    Either(Fn(("制度", "台账"), (((0, 0), m), ((1, 0), 0), ((0, 1), own(1)), ((0, z), 0))), Unsure())))
    return out


_ALL = caps() + one_case() + band() + places() + split() + price() + ages() + let_pass() + blocks() + zeroing()
#: (the first statement of a text the generators write twice)
CASES = first_statements(_ALL)


(test_the_probe_is_of_its_size,
 test_every_made_up_text_is_scored_as_it_says_or_is_to_check) = probe_tests(CASES, 200, 300)
