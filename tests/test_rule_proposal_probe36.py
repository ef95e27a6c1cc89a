"""Made-up texts in the house styles of this round's readings — a cost per case doubled past a count (“每人每次扣1分,累计
5次以上每次按双倍扣分”, “超过3次的加倍扣分”, “第4次起双倍扣分”), a fault's cost after 按 (“不整齐按每床0.5分扣分”), one
thing found at a fault (“不叠被子的一个床位扣5分”), days let pass said with “(不含N天)” and each one more (“每增加1天扣1
分”), points per piece in a numbered part (“中央媒体报道1篇加0.5分”), a part closing with 最高得N分, the colon before 否则
(“能正常运行得3分:否则不得分”), a count alone asked of a piece of writing (“500字或以上”) — and the tuning files' styles
(deductions of a list of faults after full marks, 每人次, (共N分) after the rule, points of a requirement each met, run-on
table cells, additive 加N分 points, a shortfall of a count asked) with near variants (other numerals, units, punctuation,
得/计/加/+, orderings, an extra clause a reading should not swallow), each with what it states (a few situations and
their scores) or that it is unsure (to check). Every proposal scores every situation as the text says, or is not
confident.

Confident readings found scoring wrong, and mended (46 texts of the probe before mending, by cause):

- a numbered part closing on its score as one count over another times its points, its points said with 分 or not
  (“(1)建立生产日志,得分为:完成产品数/产品指标数*4分;(2)按时上报得2分”), was listed as a point met or not (4 or 0):
  the composite's test of a part with no rule in it (reading ``_composite``), and the points said each
  (checklist ``_points_of``, ``_additive``), now know a formula said in a part's words (``_QUOTIENT_SAID``,
  ``_FORMULA_IN_POINT``): the part is read as the quotient times its points (a rate), or not at all (30 texts);
- one thing found at a fault named in a measure word the cases are not counted in, beside a fault counted per thing
  (“不叠被子的一个床位扣1分,宿舍有异味的一间宿舍扣2分,扣完为止”, “…车辆乱停的一辆扣2分”), was read surely as found or
  not, once (``formula._faults``): now to check, with a note (``_ONE_THING_NAMED``) (16 texts);
- one case said, then each of another count before its 扣 (“不叠被子的一个床每天扣1分”, “未戴安全帽的1名工人每次扣1分”),
  was read surely per 个 or 名 — the bed or the worker, not the days or times the text deducts for
  (``deduction._per_instance``'s case of one that goes on until nothing is left; ``_one_thing_of_fault``'s thing
  swallowing 每天): the count of one is passed over for the 每 after it (``_EACH_AFTER_ONE``), and the thing named
  holds no 每 (no text the checker counts: it enters a count whatever the label says; found by reading the
  proposals' labels, 8 texts here are of it).

Readings left to check that would score some situations otherwise (not confident, so no bar): the cost doubled past a
count (every form of it, 双倍/加倍/翻倍, 三倍 too, a fault after it or a cap), days let pass “(不含N天)” alone or with
a half day each, points per piece in parts with 最高得N分 (the 最高 is left unplaced), 按每…扣 and a fault's one thing
alone without 扣完为止, a colon before 否则 with another cost or a part of the points, the graded columns' bare points.

The checker is ``tests/probe_checks.py``'s, with two statements of this probe's own: parts each earning points per piece
up to a cap of their own (``Capped``), scored as the sum of the parts whether read as one item or as several; and a rate
of two counts times a part's points beside a point met or not (``_RatePlus``).
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from itertools import product
from typing import Any

from services.frameworks.proposal import Proposal
from services.scoring.rules import check_item
from tests.probe_checks import Either, Fault, Faults, Fn, Want, first_statements, probe_tests
from tests.proposals import Bands, Once, Per, Ranks, Unsure, dec, item_score, valued

_CN = {1: "一", 2: "两", 3: "三", 4: "四", 5: "五", 6: "六", 8: "八", 10: "十"}


@dataclass(frozen=True)
class Capped:
    """Parts each earning ``per`` points per piece up to ``cap`` (``word`` found in the part's label), the score their
    sum (within the 分值)."""
    parts: tuple[tuple[str, str, str], ...]


def _capped_wrongly(p: Proposal, m: Decimal, want: Capped) -> str:
    parts = want.parts
    if any(check_item(it) for it in p.items):
        return "unsound items"

    def hit(label: str) -> list[int]:
        return [i for i, (w, _, _) in enumerate(parts) if any(x in label for x in w.split("|"))]

    for ks in product((0, 1, 3, 40), repeat=len(parts)):
        expected = min(m, sum((min(dec(c), dec(x) * k) for (_, x, c), k in zip(parts, ks)), Decimal(0)))
        if len(p.items) == len(parts) > 1:
            got = Decimal(0)
            for it in p.items:
                where = hit(it["label"])
                if len(where) != 1:
                    return f"item {it['label']} is of {len(where)} parts"
                value = valued(it, Decimal(ks[where[0]]))
                if value is None:
                    return f"read as {it['type']}"
                got += value
        elif len(p.items) == 1 and p.items[0]["type"] == "formula":
            variables = p.items[0]["params"]["variables"]
            values = {}
            for v in variables:
                where = hit(v["label"])
                if len(where) != 1:
                    return f"variable {v['label']} is of {len(where)} parts"
                values[v["name"]] = str(ks[where[0]])
            if len(values) != len(parts):
                return "variables"
            got = item_score(p.items[0], {"vars": values})
        else:
            return f"items {[it['type'] for it in p.items]}"
        if got != expected:
            return f"{ks}: {got}, not {expected}"
    return ""


def _own(p: Proposal, m: Decimal, want: Any) -> str | None:
    if isinstance(want, _RatePlus):
        return _rate_plus_wrongly(p, m, want)
    return _capped_wrongly(p, m, want) if isinstance(want, Capped) else None


def _doubled(per: str, m: str, k: int, from_k: bool, times: int = 2) -> tuple[tuple[tuple[int], Decimal], ...]:
    """The score at a few counts: each case ``per``, each from the ``k``th on (``from_k``) or past ``k`` ``times`` it."""
    out = []
    for n in (0, 1, k - 1, k, k + 1, k + 3, 60):
        if n < 0:
            continue
        past = max(0, n + 1 - k) if from_k else max(0, n - k)
        out.append(((n,), max(Decimal(0), dec(m) - dec(per) * (n - past) - dec(per) * times * past)))
    return tuple(dict.fromkeys(out))


# ── a cost per case doubled past a count (zwfw-zhen-bmfwzx) ──────────────────────────────────────────────────
_LISTS = [("迟到", "早退", "上班时间玩游戏"), ("旷工", "上班时间找不到人", "脱岗")]


def doubled() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (a, b, c), (per, k, m), who in product(_LISTS, [("1", 5, "10"), ("2", 3, "10"), ("0.5", 4, "6")],
                                              ["每人每次", "每次"]):
        words = f"{a}|{b}|次"
        incl = Fn((words,), _doubled(per, m, k, True))
        excl = Fn((words,), _doubled(per, m, k, False))
        both = Either(incl, excl)
        out.append((f"凡有下列行为之一,{who}扣{per}分,累计{k}次以上每次按双倍扣分。1、{a};2、{b};3、{c}。", m, both))
        out.append((f"凡有下列行为之一者,{who}扣{per}分,累计{k}次以上每次按双倍扣分。1、{a};2、{b}。", m, both))
        out.append((f"{a}、{b}的{who}扣{per}分,超过{k}次的加倍扣分", m, excl))
        out.append((f"{a}{who}扣{per}分,超过{k}次的每次加倍扣分,扣完为止", m, excl))
        out.append((f"{a}{who}扣{per}分,第{k}次起双倍扣分", m, incl))
        out.append((f"{a}{who}扣{per}分,{k}次及以上加倍扣分", m, incl))
        out.append((f"{a}{who}扣{per}分,累计{k}次以上翻倍扣分", m, both))
        # three times, not doubled; a fixed cost past the count; a second fault after the doubling: to check or read right
        out.append((f"{a}{who}扣{per}分,累计{k}次以上每次按三倍扣分", m, Either(Fn((words,), _doubled(per, m, k, True, 3)),
                                                                       Fn((words,), _doubled(per, m, k, False, 3)))))
        out.append((f"{a}{who}扣{per}分,累计{k}次以上扣{m}分", m, Unsure()))
        out.append((f"{a}{who}扣{per}分,{k}次以上每次按双倍扣分;{b}每次扣{per}分", m, Unsure()))
        out.append((f"{a}{who}扣{per}分,超过{k}次的加倍扣分,情节严重的本项不得分", m, Unsure()))
        out.append((f"{a}{who}扣{per}分,累计{k}次以上每次按双倍扣分,最多扣{int(dec(m)) // 2}分", m, Unsure()))
    return out


# ── days let pass (不含N天), each one more (zwfw-laiwu) ─────────────────────────────────────────────────────────
def days_passed() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (what, n, x, m), (other, y) in product([("每月请假", 2, "1", "8"), ("请假", 3, "0.5", "5"), ("每季度病假", 5, "2", "10")],
                                               [("迟到", "0.5"), ("无故缺席会议", "1")]):
        def score(dd: int, k: int) -> Decimal:
            return max(Decimal(0), dec(m) - dec(x) * max(0, dd - n) - dec(y) * k)
        samples = tuple(((dd, k), score(dd, k)) for dd, k in ((0, 0), (n, 0), (n + 1, 0), (n + 3, 1), (n, 2), (40, 40)))
        lone = tuple(((dd,), score(dd, 0)) for dd in (0, n, n + 1, n + 3, 40))
        ws = (f"{what[-2:]}|天", f"{other}|次")
        out.append((f"{what}超过{n}天(不含{n}天),每增加1天扣{x}分;{other}每次扣{y}分", m, Fn(ws, samples)))
        out.append((f"1、{other}的每人次扣{y}分;2、{what}超过{n}天(不含{n}天),每增加1天扣{x}分;", m, Fn(ws[::-1], tuple(
            ((k, dd), s) for (dd, k), s in samples))))
        out.append((f"{what}超过{n}天(不含{n}天)的,每增加1天扣{x}分", m, Fn((ws[0],), lone)))
        out.append((f"{what}超过{n}天(不含{n}天),每天扣{x}分", m, Fn((ws[0],), lone)))
        out.append((f"{what}超过{n}天的,每增加1天扣{x}分;{other}每次扣{y}分", m, Fn(ws, samples)))
        # the days in brackets not the days let pass, or said as included: to check
        out.append((f"{what}超过{n}天(不含{n - 1}天),每增加1天扣{x}分;{other}每次扣{y}分", m, Unsure()))
        out.append((f"{what}超过{n}天(含{n}天),每增加1天扣{x}分;{other}每次扣{y}分", m, Unsure()))
        # a half day each
        out.append((f"{what}超过{n}天(不含{n}天),每增加半天扣{x}分;{other}每次扣{y}分", m, Fn(ws, tuple(
            ((dd, k), max(Decimal(0), dec(m) - dec(x) * 2 * max(0, dd - n) - dec(y) * k))
            for dd, k in ((0, 0), (n, 0), (n + 1, 0), (n + 3, 1), (40, 40))))))
        out.append((f"{what}超过{n}天(不含{n}天),每增加1天扣{x}分,最多扣{int(dec(m)) // 2}分;{other}每次扣{y}分", m,
                    Faults((Fault(f"{what[-2:]}|天", f"-{x}", True, cap=str(int(dec(m)) // 2), free=n), Fault(f"{other}|次", f"-{y}", True)))))
    return out


# ── points per piece in a numbered part, a part closing with 最高得N分 (xc-jiangxi, xc-qynk) ─────────────────────────
def per_piece() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    kinds = [("中央媒体报道", "省级媒体报道"), ("省级宣传平台", "市级宣传平台")]
    for (a, b), (x, y, ca, cb), unit in product(kinds, [("0.5", "0.3", "3", "3"), ("1", "0.5", "4", "2"), ("2", "1", "6", "4")],
                                             ["篇", "次"]):
        m = str(int(ca) + int(cb))
        want = Capped(((a, x, ca), (b, y, cb)))
        out.append((f"(1){a}1{unit}加{x}分,最高得{ca}分;(2){b}1{unit}加{y}分,最高得{cb}分", m, want))
        out.append((f"1.{a}每{unit}得{x}分,最高得{ca}分;2.{b}每{unit}得{y}分,最高得{cb}分", m, want))
        out.append((f"{a}每{unit}计{x}分,最多得{ca}分;{b}每{unit}计{y}分,最多得{cb}分", m, want))
        out.append((f"(1){a}1{unit}加{x}分,满分{ca}分;(2){b}1{unit}加{y}分,满分{cb}分", m, want))
        # one part alone, its cap the 分值 or short of it
        out.append((f"{a}1{unit}加{x}分,最高得{ca}分", ca, Capped(((a, x, ca),))))
        out.append((f"{a}每{unit}+{x}分,最高得{ca}分", ca, Capped(((a, x, ca),))))
        out.append((f"{a}1{unit}加{x}分,最高得{ca}分", m, Unsure()))
        # caps not making up the 分值; a piece counted with what it must be; an extra deduction not to be swallowed
        out.append((f"(1){a}1{unit}加{x}分,最高得{ca}分;(2){b}1{unit}加{y}分,最高得{cb}分", str(int(m) + 2), Unsure()))
        out.append((f"{a}每发1{unit}(内容不与简报重复)得{x}分,满分{ca}分", ca, Either(Capped(((a, x, ca),)), Unsure())))
        out.append((f"(1){a}1{unit}加{x}分,最高得{ca}分;(2)出现负面报道的扣{cb}分", m, Unsure()))
        out.append((f"(1){a}1{unit}加{x}分,最高得{ca}分;(2){b}2{unit}加{y}分,最高得{cb}分", m, Unsure()))
    return out


# ── the colon before 否则, a requirement met or not (wsc-jiangsu, xc-qynk, yy-qg) ───────────────────────────────────
_REQS = ["能正常运行", "台账资料齐全", "稿件经部门负责人审核", "能正常運行"]


def colon_otherwise() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for req, m in product(_REQS, ["3", "5", "2"]):
        out.append((f"{req}得{m}分:否则不得分", m, Ranks((int(m), 0))))
        out.append((f"{req},得{m}分:否则不得分", m, Ranks((int(m), 0))))
        out.append((f"{req}得{m}分:否则得0分", m, Ranks((int(m), 0))))
        out.append((f"{req}得满分:否则不得分", m, Ranks((int(m), 0))))
        out.append((f"{req}计{m}分:否则不计分", m, Ranks((int(m), 0))))
        out.append((f"{req}得{m}分:否則不得分", m, Ranks((int(m), 0))))
        # another cost, a points short of the 分值, an extra deduction after
        out.append((f"{req}得{m}分:否则扣1分", m, Ranks((int(m), int(m) - 1))))
        out.append((f"{req}得{int(m) - 1}分:否则不得分", m, Unsure()))
        out.append((f"{req}得{m}分:否则不得分;资料不全扣1分", m, Unsure()))
        out.append((f"{req}得{m}分:否则不得分,部分达到的酌情扣分", m, Unsure()))
        out.append((f"{req}得{m}分:部分达到得1分,否则不得分", m, Unsure() if m == "2" else Ranks((int(m), 1, 0))))
    for n, unit, m in product((500, 800, 1), ("字", "幅", "张"), ("5", "2")):
        if (n == 1) != (unit != "字"):
            continue
        out.append((f"{n}{unit}或以上", m, Ranks((int(m), 0))))
        out.append((f"有{n}{unit}或以上图片" if unit != "字" else f"{n}{unit}以上", m, Ranks((int(m), 0))))
        out.append((f"{n}{unit}或以上,每少1{unit}扣1分", m, Unsure()))
    for what, unit, (k, m, y) in product(["开展培训", "发表文章", "组织演练"], ["次", "篇"], [(2, 3, 1), (3, 5, 2)]):
        out.append((f"每年{what}{k}{unit}或以上,得{m}分;否则不得分", str(m), Ranks((m, 0))))
        out.append((f"每年{what}{k}{unit}或以上,得{m}分", str(m), Ranks((m, 0))))
        out.append((f"每年{what}{k}{unit}或以上得{m}分,1{unit}得{y}分", str(m), Bands(((k, m), (k + 2, m), (1, y), (0, 0)))))
        out.append((f"每年{what}{k}{unit}或以上得{m}分,1{unit}得{y}分,未开展不得分", str(m),
                    Bands(((k, m), (k + 2, m), (1, y), (0, 0)))))
        out.append((f"{what}{k}{unit}或以上", str(m), Ranks((m, 0))))
    for n, m in ((500, 3), (800, 5)):
        out.append((f"稿件{n}字或以上得{m}分,{n - 200}字或以上得2分", str(m), Bands(((n, m), (n + 100, m), (n - 200, 2), (n - 300, 0)))))
        out.append((f"{n}字或以上,有1幅或以上图片", str(m), Ranks((m, 0))))
        out.append((f"稿件{n}字或以上得{m}分:否则不得分", str(m), Ranks((m, 0))))
    return out


# ── a fault's cost after 按, one thing found at a fault ──────────────────────────────────────────────────────────
def at_each() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (fault, unit), (x, m) in product([("不整齐", "床"), ("未佩戴", "人次"), ("鞋袜不整齐", "铺位"), ("物品摆放混乱", "处")],
                                         [("0.5", "4"), ("1", "5"), ("2", "10")]):
        out.append((f"{fault}按每{unit}{x}分扣分", m, Per(x)))
        out.append((f"{fault}桉每{unit}{x}分扣分", m, Per(x)))
        out.append((f"被褥叠放整齐({m}分);{fault}按每{unit}{x}分扣分", m, Per(x)))
        out.append((f"{fault}按一{unit}{x}分扣分,扣完为止", m, Per(x)))
        out.append((f"{fault}按每{unit}{x}分扣分,最多扣{int(m) // 2}分", m, Per(x, str(int(m) // 2))))
        out.append((f"被褥叠放整齐({int(m) + 1}分);{fault}按每{unit}{x}分扣分", m, Unsure()))
        out.append((f"{fault}按每{unit}{x}分扣分;有异味扣1分", m, Faults((Fault(f"{fault}|{unit}", f"-{x}", True),
                                                                    Fault("异味", "-1", False)))))
        out.append((f"{fault}按每{unit}{x}分扣分,情节严重的不得分", m, Unsure()))
    for (fault, one), (x, m) in product([("不叠被子", "一个床位"), ("未戴安全帽", "1名工人"), ("地面不洁", "一间宿舍"),
                                         ("未按时就寝", "一个铺位")], [("1", "4"), ("2", "10")]):
        out.append((f"床铺整洁,被子叠好,{fault}的{one}扣{x}分", m, Per(x)))
        out.append((f"{fault}的{one}扣{x}分,扣完为止", m, Per(x)))
        out.append((f"{fault}的{one.replace('一', '两').replace('1', '2')}扣{x}分", m, Unsure()))
        out.append((f"{fault}的{one}扣{x}分;{fault}超过3{one[-2:] if len(one) > 2 else one[-1]}的不得分", m, Unsure()))
    return out


# ── the tuning files' house styles ──────────────────────────────────────────────────────────────────────────
def house() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    # ljfl-xx: faults once or per item, (共N分) after
    for (a, b), (x, m) in product([("组织机构", "专人负责"), ("应急预案", "值班制度"), ("工作台账", "年度计划")],
                                  [("0.5", "2"), ("1", "3")]):
        out.append((f"未建立{a}的,扣{x}分;未落实{b}的,扣{x}分。(共{m}分)", m, Once((x, x))))
        out.append((f"未建立{a}的,每少一项扣{x}分。(共{m}分)", m, Per(x)))
        out.append((f"{a}每少一次扣{x}分({m}分)", m, Per(x)))
        out.append((f"未按要求设置{a}的,每个点扣{x}分。(共{m}分)", m, Per(x)))
        out.append((f"未建立{a}的,每少一项扣{x}分。(共{int(m) + 1}分)", m, Unsure()))
        out.append((f"未建立{a}的,扣{x}分;{b}不全的,每发现一次扣{x}分。(共{m}分)", m,
                    Faults((Fault(a, f"-{x}", False), Fault(f"{b}|次", f"-{x}", True)))))
    # lsspjd: a shortfall of a count asked; points each met
    for (what, n, x, m) in [("培训、会议记录", 3, "1", "3"), ("督导检查", 4, "0.5", "2"), ("宣传活动", 2, "2", "4")]:
        for cn in (True, False):
            nn = _CN[n] if cn else str(n)
            out.append((f"查看{what}。不少于{nn}次,少一次扣{x}分。", m, Per(x)))
            out.append((f"查看{what}。不少于{nn}次,每少一次扣{x}分。", m, Per(x)))
        out.append((f"查看{what}。不少于{n}次,少一次扣{x}分,酌情加分。", m, Unsure()))
    for parts, m in [((("位置合理", "1"), ("美观度", "1"), ("内容", "1")), "3"), ((("措施落实", "2"), ("环境质量", "2")), "4"),
                     ((("有标准,模式图人手一份", "4"), ("知识掌握较好", "4")), "8"), ((("场区环境整洁", "3"), ("进排水分开", "2")), "5")]:
        out.append(("考察现场。" + ",".join(f"{a}{b}分" for a, b in parts) + "。", m, Once(tuple(b for _, b in parts))))
        out.append(("查资料。" + ";".join(f"{a}得{b}分" for a, b in parts) + "。", m, Once(tuple(b for _, b in parts))))
        out.append(("考察现场。" + ",".join(f"{a}{b}分" for a, b in parts) + "。", str(int(m) + 1), Unsure()))
        out.append(("查资料。" + ",".join(f"{a}{b}分" for a, b in parts) + ",视情况记分。", m, Unsure()))
    # qk-xsqk: points added each, a formula, a count banded
    for (a, b, c), (x, y, z) in product([("有自己网站的", "可以在自己网站上免费获取摘要的", "可以免费获取全文的"),
                                         ("建立门户网站的", "开通微信公众号的", "开通政务微博的")], [("2", "2", "3"), ("1", "2", "2")]):
        m = str(int(x) + int(y) + int(z))
        want = Once((x, y, z))  # (points each met or not, adding up to the 分值)
        out.append((f"{a}加{x}分,{b}加{y}分,{c}加{z}分", m, want))
        out.append((f"{a}得{x}分;{b}得{y}分;{c}得{z}分", m, want))
        out.append((f"{a}加{x}分,{b}加{y}分,{c}加{z}分", str(int(m) + 2), Unsure()))
    for who, m in product(["外籍成员", "博士", "高级职称人员"], ["2", "3"]):
        top = int(m)
        bands = Bands(tuple((k, min(k, top)) for k in (0, 1, 2, 3, 6)))
        if m == "2":
            out.append((f"编委中有一名{who}则为1分,两名以上则为2分,最高为2分", m, bands))
            out.append((f"编委中有1名{who}得1分,2名以上得2分", m, bands))
        else:
            out.append((f"编委中有1名{who}得1分,2名得2分,3名以上得3分", m, bands))
    for a, b, n in [("影响因子", "他引率", "20"), ("转载率", "下载率", "10")]:
        out.append((f"得分={a}*{b}*{n}", n, Fn((a, b), (((0, 0), 0), ((1, "0.5"), dec(n) / 2), ((2, 1), dec(n))))))
    # scbzy: run-on cells
    for (g, mid, bad), (m, mm) in product([("设计建造符合相关标准,坚固耐用", "未完全达到相关标准,但性能较差", "存在质量安全隐患,性能差,"),
                                           ("园内水、电、路设施配套", "涝能排、旱能灌,但主干道未硬化", "涝不能排、旱不能灌")],
                                          [("2", "1"), ("5", "3"), ("3", "2")]):
        out.append((f"{g} {m} {mid} {mm} {bad} 0", m, Ranks((int(m), int(mm), 0))))
        out.append((f"{g} {m} {mid} {mm}", m, Either(Ranks((int(m), int(mm))), Ranks((int(m), int(mm), 0)))))
    for m, (a, b) in product(["3", "5"], [(2, 1), (3, 2)]):
        if a >= int(m):
            continue
        out.append((f"良种覆盖率100% {m} 95%≤良种覆盖率<100% {a} 良种覆盖率<95% 0", m,
                    Bands(((100, int(m)), (97, a), (95, a), (90, 0)))))
        out.append((f"集约化育苗100% {m} 95%≤集约化育苗<100% {a} 90%≤集约化育苗<95% {b} 集约化育苗<90% 0", m,
                    Bands(((100, int(m)), (96, a), (95, a), (92, b), (90, b), (80, 0)))))
    # wsc: a shortfall of people, a rate or a person (或): to check; a day not up to standard
    for x, m in (("1", "4"), ("0.5", "3")):
        out.append((f"未持证上岗的,每缺少1人,扣{x}分,最多扣{m}分", m, Per(x)))
        out.append((f"未持证上岗的,每缺少1人,扣{x}分,最多扣{int(m) - 1}分", m, Per(x, str(int(m) - 1))))
        out.append((f"达标得满分{m}分。比例每低于标准规定的5个百分点,扣{x}分,或每缺少1人,扣1分。最多扣{m}分。", m, Unsure()))
        out.append((f"(1)出水各项指标每日平均排放值达标,得{m}分;(2)有一项不达标即认定一天不达标,一天不达标扣{x}分,扣完为止。", m,
                    Per(x)))
        out.append((f"(1)處理出水每日平均排放值達標,得{m}分;(2)有一項不達標即認定一天不達標,一天不達標扣{x}分,扣完為止。", m,
                    Per(x)))
        out.append((f"未制定技术规程扣{m}分。主要工艺技术规程每缺1项扣{x}分,明显不合理的该项全部不得分,最多扣{m}分。", m,
                    Unsure()))
    # xc-jiangxi: 不得分, a page missing then a shortfall, 每少一期, a requirement per kind of unit
    for (a, b), (x, m), cn in product([("宣传方案", "专题网页"), ("工作台账", "宣传栏")], [("0.5", "1"), ("1", "3")], [True, False]):
        one = "一" if cn else "1"
        out.append((f"无{a}的不得分", m, Ranks((int(m), 0))))
        out.append((f"未制作{b}的不得分", m, Ranks((int(m), 0))))
        out.append((f"无{b}的扣{x}分;至少一星期更新2次,每少{one}次扣{x}分", m,
                    Faults((Fault(b, f"-{x}", False), Fault("更新|少|次", f"-{x}", True)))))
        out.append((f"每单位至少编发10期,并向厅效能办报送,每少{one}期扣{x}分 ,扣完为止", m, Per(x)))
        out.append((f"缺{one}项扣{x}分。", m, Per(x)))
        out.append((f"{a}未纳入本单位年度考评的扣{m}分。", m, Ranks((int(m), 0))))
        out.append(("省公路局、省高管局不少于10篇,其他单位不少于5篇,未达到要求的不得分", m, Unsure()))
    # zwfw: a list of faults after full marks, each per person-time; a fault once; points added in a range
    for (a, b, c), (x, y, z), m in product([("不按规定着装", "服务态度生硬", "与服务对象发生争吵"),
                                            ("不佩戴胸章", "做与工作无关事情", "擅自离岗")],
                                           [("1", "2", "3"), ("0.5", "1", "2")], ["20", "30"]):
        fs = (Fault(a, f"-{x}", True), Fault(b, f"-{y}", True), Fault(c, f"-{z}", True))
        out.append((f"工作人员做到规范服务得{m}分。扣分如下。1、{a}的,每人次扣{x}分;2、{b}的,每人次扣{y}分;3、{c},每人次扣{z}分", m,
                    Faults(fs)))
        out.append((f"工作人员遵守工作纪律的得分{m}分,出现下列情形之一的给予扣分:1.{a}的,每次扣{x}分;2.{b},每次扣{y}分;"
                    f"3.{c}的,一次扣{z}分。", m, Faults(fs)))
        out.append((f"全心全意搞好便民服务得{m}分。有下列情形之一者给予扣相应分:1.{a}的,每次扣{x}分;2.{b}的,每件次扣{y}分;"
                    f"3.{c}的,每起扣{z}分。", m, Faults(fs)))
        out.append((f"1.{a}的,1次扣{x}分;2.{b}的,1件扣{y}分;3.{c}的,1次扣{z}分。", m, Faults(fs)))
        out.append((f"工作人员做到规范服务得{m}分。扣分如下。1、{a}的,每人次扣{x}分;2、{b}的,每人次扣{y}分;"
                    f"3、积极为办事群众提供上门服务的,每次加1-3分", m, Unsure()))
        out.append((f"工作人员做到规范服务得{m}分。扣分如下。1、{a}的,每人次扣{x}分;2、{b}的,每人次扣{y}分(造成严重后果的,"
                    f"退回原单位严肃处理)", m, Unsure()))
        out.append((f"1.搞好卫生,当班人员{a}的扣{m}分;2.所有窗口人员{b}的扣{int(m) // 2}分。", m, Once((m, str(int(m) // 2)))))
        out.append((f"在规定时限内完成各项任务得{m}分。1.{a}的,每件次扣{x}分;2.办件超过承诺时限的,每次超一个工作日扣{y}分;", m,
                    Faults((Fault(a, f"-{x}", True), Fault("时限|工作日", f"-{y}", True)))))
    # ljfl-wenzhou: each step over a target
    for x, step, m in (("10", "0.5", "20"), ("5", "1", "10")):
        samples = tuple(((v,), max(Decimal(0), dec(m) - dec(x) * v / dec(step))) for v in (0, dec(step), 2 * dec(step)))
        out.append((f"达到要求的,得{m}分。未达到要求的,每增加{step}%扣{x}分。", m, Fn(("增加|超|%",), samples)))
        out.append((f"达到要求的,得{m}分。各县(市、区、功能区)未达到要求的,每增加{step}%扣{x}分。", m, Fn(("增加|超|%",), samples)))
    # qk-wyqk: aspects each graded, ranges of points
    for m in ("6", "4"):
        out.append(("反响一般、社会声誉一般的,各扣1分,差的各扣2分。", m, Unsure()))
        out.append(("内容与形式协调、统一,得满分" + m + "分,一般的得2-3分,差的0-1分。", m, Unsure()))
        out.append(("格调低下的,此条标准" + m + "分全扣。", m, Ranks((int(m), 0))))
        out.append(("前项合格者得2分,书写格式是2分,不合格的酌情扣除1-2分。", m, Unsure()))
    return out


# ── the near variants that found confident readings scoring otherwise ────────────────────────────────────────────
def found() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    # a numbered part scored as one count over another times its points, beside a point met or not
    for (a, b, c), (x, y) in product([("建立生产日志", "完成产品数", "产品指标数"), ("建立工作台账", "完成任务数", "下达任务数"),
                                      ("开展技术培训", "实际培训人数", "计划培训人数")], [(4, 2), (6, 3)]):
        m = str(x + y)
        samples = tuple(((u, v, k), min(Decimal(x), Decimal(x) * u / v) + (y if k else 0))
                        for u, v, k in ((0, 10, 0), (5, 10, 1), (10, 10, 1), (8, 10, 0)))
        want = Fn((c[:-1] + "|" + b, c, "上报"), samples)
        for tail in ("", "分"):
            out.append((f"(1){a},得分为:{b}/{c}*{x}{tail};(2)按时上报得{y}分", m, Either(want, _RatePlus(b, c, x, "上报", y))))
            out.append((f"1.{a},得分为:{b}/{c}*{x}{tail};2.按时上报,得{y}分", m, Either(want, _RatePlus(b, c, x, "上报", y))))
        out.append((f"(1){a},得分为{b}/{c}*{x};(2)按时上报得{y}分", m, Either(want, _RatePlus(b, c, x, "上报", y))))
        # the formula said otherwise: 得分=, ×, ÷, the part's points in brackets, 100%, the points first, 按…计分
        for said in (f"得分={b}/{c}*{x}", f"得分为:{b}/{c}×{x}", f"得分为:{b}÷{c}×{x}", f"得分为:{b}/{c}*100%*{x}",
                     f"得分为:({b}/{c})*{x}", f"得分为:{x}*{b}/{c}", f"按{b}/{c}*{x}计分", f"{b}/{c}*{x}分"):
            out.append((f"(1){a},{said};(2)按时上报得{y}分", m, Either(want, _RatePlus(b, c, x, "上报", y))))
        out.append((f"(1){a}({x}分),得分为:{b}/{c}*{x};(2)按时上报({y}分)", m, Either(want, _RatePlus(b, c, x, "上报", y))))
        out.append((f"(1){a},得分为:{b}/{c}*{x},超过100%不加分;(2)按时上报得{y}分", m,
                    Either(want, _RatePlus(b, c, x, "上报", y))))
        out.append((f"(1){a}{x}分;(2)按时上报{y}分", m, Once((str(x), str(y)))))
    # one thing found at a fault in a measure word the cases are not counted in, beside one counted
    for (one, two), (x, y, m) in product([("不叠被子的一个床位", "宿舍有异味的一间宿舍"), ("不叠被子的1个床位", "宿舍有异味的1间"),
                                          ("未戴安全帽的1名工人", "车辆乱停的一辆"), ("物品乱放的一个床位", "门窗损坏的1间")],
                                         [("1", "2", "4"), ("0.5", "1", "5")]):
        out.append((f"{one}扣{x}分,{two}扣{y}分,扣完为止", m, Either(
            Faults((Fault(one[:4], f"-{x}", True), Fault(two[:4], f"-{y}", True))), Unsure())))
        out.append((f"{two}扣{y}分,{one}扣{x}分,扣完为止", m, Either(
            Faults((Fault(two[:4], f"-{y}", True), Fault(one[:4], f"-{x}", True))), Unsure())))
        out.append((f"{one}扣{x}分,扣完为止", m, Per(x)))
    # one thing, then each of another count: the deduction is for that count (the times, the days of each thing)
    for (one, each), (x, m) in product([("不叠被子的一个床", "每天"), ("未戴安全帽的1名工人", "每次"), ("未打卡的1名职工", "每天"),
                                        ("脱岗的1个窗口", "每次")], [("1", "4"), ("0.5", "3")]):
        out.append((f"{one}{each}扣{x}分,扣完为止", m, Per(x)))
        out.append((f"{one}{each}扣{x}分,直至扣完", m, Per(x)))
    return out


# ── more near variants: counts let pass and doubled said otherwise, one case denied, graded columns, parts mixed ─────
def more() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for t, (k, x, m) in product(["迟到", "早退", "未打卡"], [(3, "0.5", "10"), (2, "1", "6")]):
        passed = Fn((f"{t}|次",), tuple(((n,), max(Decimal(0), dec(m) - dec(x) * max(0, n - k))) for n in (0, k, k + 1, k + 4, 60)))
        out.append((f"每月{t}超过{k}次(不含{k}次),每增加1次扣{x}分,扣完为止", m, passed))
        out.append((f"每月{t}超过{k}次(不含{k}次)的,每次扣{x}分,扣完为止", m, passed))
        out.append((f"{t}{k}次以内不扣分,超过{k}次的每次扣{x}分;无故旷工的本项不得分", m, Unsure()))
        twice = Either(Fn((f"{t}|次",), _doubled(x, m, k, False)),
                       Fn((f"{t}|次",), tuple(((n,), max(Decimal(0), dec(m) - dec(x) * n - 2 * dec(x) * max(0, n - k)))
                                              for n in (0, k, k + 1, k + 4, 60))))
        out.append((f"{t}每次扣{x}分,超过{k}次的,每次扣{2 * dec(x)}分", m, twice))
        out.append((f"{t}每次扣{x}分,第{k + 1}次起每次扣{2 * dec(x)}分", m, Fn((f"{t}|次",), _doubled(x, m, k + 1, True))))
        out.append((f"{t}、旷工每次扣{x}分,连续{k}次以上加倍扣分", m, Unsure()))
        out.append((f"{t}每人次扣{x}分,屡次违反的加倍扣分", m, Unsure()))
    for what, m in product(["未完成", "未整改", "未录入"], ["5", "4"]):
        out.append((f"发现有1例{what}的,本项不得分", m, Ranks((int(m), 0))))
        out.append((f"有1处{what}的,不得分", m, Ranks((int(m), 0))))
        out.append((f"发现有1例以上{what}的,本项不得分", m, Ranks((int(m), 0))))
        out.append((f"发现有1例{what}的,扣2分", m, Either(Per("2"), Ranks((int(m), int(m) - 2)))))
        out.append((f"全部完成得{m}分,发现有1例{what}的,得2分", m, Ranks((int(m), 2))))
        out.append((f"发现有1例{what}的,本项不得分;未按时上报的扣1分", m,
                    Faults((Fault(what, "0", False), Fault("上报", "-1", False)))))
    for (good, mid, bad), m in product([("能正常运行", "部分运行", "不能运行"), ("制度健全", "制度基本健全", "无制度")], ["5", "4"]):
        out.append((f"{good} {m} {mid} 3 {bad} 0", m, Ranks((int(m), 3, 0))))
        out.append((f"{good} {m} {mid}, 3 {bad}, 0", m, Ranks((int(m), 3, 0))))
        out.append((f"{good} {m} {bad} 0", m, Ranks((int(m), 0))))
        out.append((f"{good} {m} 3 1", m, Unsure()))
        out.append((f"{good}。补写手册者,该项不计分 {m} 3 1", m, Unsure()))
    for (a, b), (x, ca, y) in product([("中央媒体报道", "按时上报"), ("省级刊物发表论文", "按时报送信息")], [("1", "4", "2"), ("0.5", "3", "1")]):
        m = str(int(ca) + int(y))
        out.append((f"(1){a}1篇加{x}分,最高得{ca}分;(2){b}得{y}分", m, Unsure()))
        out.append((f"(1){a}1篇加{x}分,最高得{ca}分;(2)未{b}的每次扣1分", m, Unsure()))
        out.append((f"(1){a}2篇加{x}分,最高得{ca}分;(2){b}得{y}分", m, Unsure()))
        out.append((f"(1){a}1篇以上加{x}分,最高得{ca}分;(2){b}得{y}分", m, Unsure()))
        out.append((f"(1){a}1篇加{x}分,最高得{int(ca) + 1}分;(2){b}得{y}分", m, Unsure()))
    return out


# ── a score run straight into the next situation (“…得5分数量达标,…”), a cell's score after a comma ─────────────────
def run_on() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (good, mid, low), (m, y) in product([("资料齐全、认真规范", "数量达标,但不够规范", "数量不足"),
                                             ("台账完整、记录规范", "数量达标但记录不规范", "数量不达标")], [(5, 3), (4, 2), (6, 3)]):
        out.append((f"{good},得{m}分{mid},得{y}分;{low},得0分", str(m), Ranks((m, y, 0))))
        out.append((f"{good},得{m}分{mid},得{y}分{low},不得分", str(m), Ranks((m, y, 0))))
        out.append((f"{good},得{m}分{mid},得{y}分", str(m), Ranks((m, y))))
        out.append((f"{good}得{m}分{low}得{y}分", str(m), Ranks((m, y))))
        out.append((f"{good},得{m}分{low}的每少1份扣1分", str(m), Unsure()))
        out.append((f"{good},得{m}分{low}的,扣{m - y}分", str(m), Either(Ranks((m, y)), Unsure())))
        out.append((f"{good}得{m}分数据不准确的每处扣1分,扣完为止", str(m), Per("1")))
        out.append((f"{good}, {m} {mid}, {y} {low}, 0", str(m), Ranks((m, y, 0))))
        out.append((f"{good},每月更新, {m} {mid}, {y}", str(m), Either(Ranks((m, y)), Ranks((m, y, 0)))))
    for what, (m, y, z) in product(["培训", "演练", "检查"], [(5, 3, 1), (4, 2, 1)]):
        out.append((f"{what}不少于3次, {m} {what}2次, {y} {what}1次及以下, 0", str(m),
                    Bands(((3, m), (5, m), (2, y), (1, 0), (0, 0)))))
        out.append((f"{what}不少于3次 {m} {what}2次 {y} {what}1次 {z}", str(m), Bands(((3, m), (6, m), (2, y), (1, z)))))
        out.append((f"{what}3次以上 {m} {what}2次 {y} {what}1次 {z} 未开展 0", str(m),
                    Bands(((3, m), (6, m), (2, y), (1, z), (0, 0)))))
    return out


@dataclass(frozen=True)
class _RatePlus:
    """A rate of ``num`` over ``den`` times ``x`` points (at most ``x``), then a point met or not worth ``y``."""
    num: str
    den: str
    x: int
    word: str
    y: int


def _rate_plus_wrongly(p: Proposal, m: Decimal, want: _RatePlus) -> str:
    if len(p.items) != 2 or p.items[0]["type"] != "rate" or any(check_item(it) for it in p.items):
        return f"items {[it['type'] for it in p.items]}"
    rate, point = p.items
    if dec(rate["max"]) != want.x or dec(point["max"]) != want.y or want.word not in str(point):
        return "parts"
    for u, v in ((0, 10), (5, 10), (10, 10), (12, 10)):
        got = item_score(rate, {"numerator": str(u), "denominator": str(v)})
        if got != min(Decimal(want.x), Decimal(want.x) * u / v):
            return f"{u}/{v}: {got}"
    if point["type"] == "all_or_nothing":
        met = (item_score(point, {"met": True}), item_score(point, {"met": False}))
    elif point["type"] == "checklist" and len(point["params"]["points"]) == 1:
        key = point["params"]["points"][0]["key"]
        met = tuple(item_score(point, {"points": {key: {"state": st}}}) for st in ("met", "not_met"))  # type: ignore[assignment]
    else:
        return f"read as {point['type']}"
    return "" if met == (Decimal(want.y), Decimal(0)) else f"point {met}"


_ALL = doubled() + days_passed() + per_piece() + colon_otherwise() + at_each() + house() + found() + more() + run_on()
#: (the first statement of a text the generators write twice)
CASES = first_statements(_ALL)


(test_the_probe_is_of_its_size,
 test_every_made_up_text_is_scored_as_it_says_or_is_to_check) = probe_tests(CASES, 300, 1400, own=_own)
