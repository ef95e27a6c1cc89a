"""Made-up texts in the styles of unseen241b's readings — deductions per case run together with no stop (“漏填数据扣1分/处
错填数据扣2分/处”), a deduction's points with their 分 left out before an aside (“缺少一项扣5(有替代设备除外)”), costs as
minuses in brackets beside the fault's total (“床铺不整洁(每床-2,总6分)桌面杂乱(每张-1)”), requirements with their points
then faults each taken once (“完成环境部署,得20分;…;未提交部署文档,扣5分”, signed “+20 分 … -5 分”, names in letters),
points per case up to a most beside plain points (“…每延长1年质保期得1分,最多得3分”), a requirement's points then how the
next part is scored after a colon (“…得2分,根据…评分:…”), “计算公式为:” — and their near variants: 扣完为止 straight after
the run or after a comma, caps after the last deduction (its own or the whole's), 人次, 各扣, a zeroing line, a 分值 short
of the costs; asides that are units (“(万元)”, “(%)”); totals that are the 分值 or short of it, 总扣/共…台/…分以上; 缺1项扣,
faults restating a requirement, 最多扣/酌情扣, the requirements' points short of the 分值; a least asked (不少于), a plain
sentence's count that may be a band, each further case after a first's points; colons full and half width, no colon;
formulas by %, /, 得分=, a name and no formula, a sentence after — numbers varied, Chinese numerals, full/half width
punctuation, clause order. Each states a few situations and their scores (``Parts``: requirements met or not beside a
part earned per case or by bands, the row's score their sum; a formula of points less faults checked with each
requirement not met as its fault) or that it is unsure (to check). Every proposal scores as the text says, or is not
confident.

Figures: 597 texts written, 29 read confidently (deductions run together with 扣完为止, a total of the 分值 in a cost's
brackets); confident and wrong found: 6, all mended — a run-on split inside a word the unit opens (“资料缺失扣1分/处理不
及时扣2分/次”, “/人员未到岗”, “/个人防护用品”, “/项目负责人”, “/家长未签字”, “/条款引用错误”) read surely as “每处扣1分” and a
fault “理不及时”: ``wording._PER_CASE_RUN_ON`` no longer splits where the unit and the next words make a word (处理, 人员,
个人, 项目, 家长, 条款, …), which unit is meant left to check.

Readings left to check (not confident, so no bar, some scoring otherwise): a run-on with equal costs and 扣完为止 straight
after (only the first split), a cap after the last run-on deduction read as the last one's own, totals short of the 分值
(“(每台扣2分,总6分)”), two totals read as one count (“(每床-2,总6分)…(每张-1,总4分)” as a deduction of 1/张), a unit of
beds read as 个, a least asked read with its verb alone as a point (“提供”), 计算公式 of a score on a scale of 100 (“×20”
read as ×20), the mixed parts and the requirements less faults (always to check).

The checker is ``tests/probe_checks.py``'s, with ``own`` for ``Parts`` and requirements met (做到=1).
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal
from itertools import product
from typing import Any

from services.frameworks.proposal import Proposal
from services.scoring.rules import check_item
from tests.probe_checks import Either, Fault, Faults, Fn, Want, faults_wrongly, first_statements, probe_tests
from tests.proposals import Bands, Per, Unsure, dec, item_score


def _p(full: bool) -> tuple[str, str, str]:
    return ("，", "；", "。") if full else (",", ";", ".")


def _n(x: Any) -> str:
    return format(Decimal(str(x)).normalize(), "f")


def _sure_or(want: Any) -> Either:
    return Either(want, Unsure())


@dataclass(frozen=True)
class Parts:
    """Requirements each met or not with their points (``reqs``: a word of each and its points), beside a part earning
    ``per`` per case up to ``cap`` (``each``: its word, per, cap; None: no such part) or a part scored by bands of a value
    (``bands``: value, score; None: none); the row's score the sum of the parts'."""
    reqs: tuple[tuple[str, str], ...]
    each: tuple[str, str, str] | None = None
    bands: tuple[tuple[Any, Any], ...] | None = None


def _parts_wrongly(p: Proposal, m: Decimal, want: Parts) -> str:
    if any(check_item(it) for it in p.items):
        return "unsound items"
    where: list[tuple[str, Any]] = []  # each item: what it scores
    for it in p.items:
        kind, params = it["type"], it["params"]
        if kind == "all_or_nothing":
            hits = [i for i, (w, _) in enumerate(want.reqs) if w in params.get("condition", "")]
            if len(hits) != 1:
                return f"condition {params.get('condition')} is of {len(hits)} requirements"
            where.append(("req", hits[0]))
        elif kind == "checklist" and not params.get("gate"):
            keys = []
            for pt in params["points"]:
                hits = [i for i, (w, _) in enumerate(want.reqs) if w in pt["label"]]
                if len(hits) != 1:
                    return f"point {pt['label']} is of {len(hits)} requirements"
                keys.append((pt["key"], hits[0]))
            where.append(("points", keys))
        elif kind == "formula" and len(params["variables"]) == 1 and want.each and want.each[0] in params["variables"][0]["label"]:
            where.append(("each", params["variables"][0]["name"]))
        elif kind in ("tiers", "threshold") and want.bands:
            where.append(("bands", None))
        else:
            return f"read as {kind}"
    seen = [w[1] for w in where if w[0] == "req"] + [i for w in where if w[0] == "points" for _, i in w[1]]
    if sorted(seen) != list(range(len(want.reqs))) or ("each" in [w[0] for w in where]) != bool(want.each) \
            or ("bands" in [w[0] for w in where]) != bool(want.bands):
        return f"parts {[it['type'] for it in p.items]}"
    counts = (0, 1, 2, 3, 7) if want.each else (0,)
    samples = want.bands or ((None, 0),)
    for met, k, (value, bscore) in product(product((0, 1), repeat=len(want.reqs)), counts, samples):
        expected = sum((dec(pts) * x for (_, pts), x in zip(want.reqs, met)), Decimal(0)) + dec(bscore)
        if want.each:
            expected += min(dec(want.each[2]), dec(want.each[1]) * k)
        got = Decimal(0)
        for it, (what, at) in zip(p.items, where):
            if what == "req":
                got += item_score(it, {"met": bool(met[at])})
            elif what == "points":
                got += item_score(it, {"points": {key: {"state": "met" if met[i] else "not_met"} for key, i in at}})
            elif what == "each":
                got += item_score(it, {"vars": {at: str(k)}})
            else:
                got += item_score(it, {"value": str(value)})
        if got != expected:
            return f"{met}, {k}, {value}: {got}, not {expected}"
    return ""


#: the label of a requirement met or not in a formula of points less faults, as the checker reads one asked the other
#: way round (a requirement not met is the fault)
_DONE = "（做到=1，未做到=0）"


def own(p: Proposal, m: Decimal, want: Any) -> str | None:
    if isinstance(want, Parts):
        return _parts_wrongly(p, m, want)
    if isinstance(want, Faults) and len(p.items) == 1 and p.items[0]["type"] == "formula" \
            and any(_DONE in v["label"] for v in p.items[0]["params"]["variables"]):
        item = p.items[0]
        variables = [dict(v, label=v["label"].replace(_DONE, "（否=1）")) for v in item["params"]["variables"]]
        if check_item(item):
            return "unsound item"
        return faults_wrongly(dict(item, params=dict(item["params"], variables=variables)), m, want)
    return None


# ── deductions per case run together (“漏填数据扣1分/处错填数据扣1分/处”) ─────────────────────────────────────────────
_RUNS = [("漏填数据", "错填数据", "数据涂改"), ("接线错误", "元件装错", "焊点虚焊"), ("原理图识别错误", "常见符号识图错误", "参数计算错误"),
         ("迟到", "早退", "旷工"), ("未戴安全帽", "未系安全带", "违规动火作业")]


def run_on() -> list[tuple[str, str, Want]]:
    out: list = []
    units = ["处", "次", "人次", "项"]
    for i, (names, costs) in enumerate(product(_RUNS, [("1", "1"), ("0.5", "1"), ("2", "2", "2"), ("1", "2", "0.5")])):
        unit, full = units[i % 4], i % 3 == 1
        c, s, e = _p(full)
        m = "10"
        faults = tuple(Fault(n, f"-{x}", True) for n, x in zip(names, costs))
        run = "".join(f"{n}扣{x}分/{unit}" for n, x in zip(names, costs))
        out.append((run, m, _sure_or(Faults(faults))))
        out.append((f"{run}{c}扣完为止{e}", m, _sure_or(Faults(faults))))
        out.append((f"{run}扣完为止", m, _sure_or(Faults(faults))))
        # a cap after the last: of the last line (its own) or of the whole
        last = replace(faults[-1], cap="4")
        out.append((f"{run}{c}最多扣4分", m, _sure_or(Either(Faults(faults[:-1] + (last,)), Faults(faults, off="4")))))
        if i % 2:
            continue
        out.append((f"{run}{c}累计扣分不超过6分", m, _sure_or(Either(Faults(faults[:-1] + (replace(faults[-1], cap="6"),)),
                                                                  Faults(faults, off="6")))))
        # a zeroing line after
        out.append((f"{run}{s}数据造假的{c}本项不得分", m, _sure_or(Faults(faults + (Fault("造假", "0", False),)))))
        # a 分值 short of the costs
        if i % 4 == 0:
            out.append((f"{run}{c}扣完为止", "3", _sure_or(Faults(faults))))
    # near: the cost shared out, a case counted of several, a whole unit, Chinese numerals, a bare cost between
    for m in ("8",):
        out.append(("迟到、早退各扣1分/次", m, _sure_or(Faults((Fault("迟到", "-1", True), Fault("早退", "-1", True))))))
        out.append(("迟到扣1分/次早退各扣1分/次,扣完为止", m, _sure_or(Faults((Fault("迟到", "-1", True), Fault("早退", "-1", True))))))
        out.append(("迟到扣一分/次早退扣一分/次", m, _sure_or(Faults((Fault("迟到", "-1", True), Fault("早退", "-1", True))))))
        out.append(("迟到扣1分/次早退扣2分", m, _sure_or(Faults((Fault("迟到", "-1", True), Fault("早退", "-2", None))))))
        out.append(("迟到扣1分/次早退扣2分/次旷工不得分", m, _sure_or(Faults((Fault("迟到", "-1", True), Fault("早退", "-2", True),
                                                                          Fault("旷工", "0", False))))))
        out.append(("迟到扣1分/次早退扣2分/次旷工的本项不得分", m, _sure_or(Faults((Fault("迟到", "-1", True), Fault("早退", "-2", True),
                                                                               Fault("旷工", "0", False))))))
        out.append(("漏填数据扣1分/处错填数据扣1分/处以上", m, Unsure()))
        out.append(("漏填数据扣1分/处,错填数据扣2分/处,扣完为止", m,
                    _sure_or(Faults((Fault("漏填", "-1", True), Fault("错填", "-2", True))))))
        out.append(("漏填数据扣1分/处错填数据扣2分/处(扣完为止)", m,
                    _sure_or(Faults((Fault("漏填", "-1", True), Fault("错填", "-2", True))))))
        out.append(("漏填数据扣1分/处错填数据扣2分/处,每项最多扣3分", m,
                    _sure_or(Faults((Fault("漏填", "-1", True, cap="3"), Fault("错填", "-2", True, cap="3"))))))
        out.append(("漏填数据扣1分/处错填数据扣2分/处,出现3处以上不得分", m, Unsure()))
        out.append(("漏填数据扣1分/处错填数据扣2分/2处", m, Unsure()))
        # a unit that with the next words makes a word of their own: which the unit is, unsure
        for first, nxt in (("资料缺失", "处理不及时"), ("迟到", "人员未到岗"), ("漏检", "个人防护用品未佩戴"), ("漏检", "项目负责人缺席"),
                           ("缺勤", "家长未签字"), ("标识不清", "条款引用错误")):
            unit = nxt[0]
            out.append((f"{first}扣1分/{nxt}扣2分/次,扣完为止", m, Unsure()))
            out.append((f"{first}扣1分/{unit}{nxt}扣2分/次,扣完为止", m,
                        _sure_or(Faults((Fault(first, "-1", True), Fault(nxt, "-2", True))))))
    return out


# ── a deduction's points before an aside, their 分 left out (“缺少一项扣5(有替代设备除外)”) ────────────────────────────
def no_unit() -> list[tuple[str, str, Want]]:
    out: list = []
    asides = ["有替代设备除外", "经批准暂缓配置的除外", "因客观原因经认定的除外"]
    for i, (lack, x) in enumerate(product(["缺少一项", "每缺少1项", "缺1台", "每缺一件"], ["5", "2", "0.5"])):
        aside, full, m = asides[i % 3], i % 2 == 1, "20"
        c, s, _e = _p(full)
        lb, rb = ("（", "）") if full else ("(", ")")
        out.append((f"{lack}扣{x}{lb}{aside}{rb}", m, _sure_or(Per(x))))
        out.append((f"{lack}扣{x}{lb}{aside}{rb}{c}扣完为止", m, _sure_or(Per(x))))
        if x == "2":
            out.append((f"{lack}扣{x}{lb}{aside}{rb}{c}最多扣10分", m, _sure_or(Per(x, "10"))))
            out.append((f"{lack}扣{x}{lb}{aside}{rb}{s}无配置方案的{c}本项不得分", m,
                        _sure_or(Faults((Fault("缺", f"-{x}", True), Fault("方案", "0", False))))))
    for m in ("20",):
        out.append(("超支扣5(万元)", m, Unsure()))
        out.append(("每超1天扣5(节假日除外),扣完为止", m, _sure_or(Per("5"))))
        out.append(("缺少一项扣5(有替代设备除外);缺少两项以上不得分", m, Unsure()))
        out.append(("每超支1万元扣5(万元以上的部分)", m, Unsure()))
        out.append(("每缺1项扣2(分),扣完为止", m, _sure_or(Per("2"))))
        out.append(("缺少一项扣5(含)以上", m, Unsure()))
        out.append(("缺少一项扣5(一)", m, Unsure()))
        out.append(("缺少一项扣5(%)", m, Unsure()))
        out.append(("缺少一项扣5(个百分点)", m, Unsure()))
    return out


# ── costs per case as minuses in brackets, the fault's total beside (“被褥未叠(每床-10,总20分)”) ─────────────────────
_BEDS = [("床铺不整洁", "床", "桌面杂乱", "张", "地面有垃圾", "处"), ("被褥未叠", "床", "床单不整齐", "床", "物品摆放混乱", "处"),
         ("设备未保养", "台", "记录不全", "份", "标识缺失", "处")]


def minuses() -> list[tuple[str, str, Want]]:
    out: list = []
    words = ["总", "共", "合计", "总计", "共计"]
    for i, ((a, ua, b, ub, z, uz), (x, tot, y)) in enumerate(product(
            _BEDS, [("2", "6", "1"), ("5", "10", "1"), ("10", "20", "2"), ("1", "3", "1"), ("3", "30", "1")])):
        word, full = words[i % 5], i % 3 == 0
        m = tot if tot in ("10", "20") else ["10", "20"][i % 2]  # (a total that is the 分值, or one short of it)
        c, s, _e = _p(full)
        lb, rb = ("（", "）") if full else ("(", ")")
        cap = tot if Decimal(tot) < Decimal(m) else None
        fa, fb, fz = Fault(a, f"-{x}", True, cap=cap), Fault(b, f"-{y}", True), Fault(z, f"-{y}", True)
        out.append((f"{a}{lb}每{ua}-{x}{c}{word}{tot}分{rb}{b}{lb}每{ub}-{y}{rb}", m, _sure_or(Faults((fa, fb)))))
        out.append((f"{a}{lb}每{ua}-{x}{c}{word}{tot}分{rb}{b}{lb}每{ub}-{y}{rb}{c}扣完为止", m, _sure_or(Faults((fa, fb)))))
        out.append((f"{b}{lb}每{ub}-{y}{rb}{a}{lb}每{ua}-{x}{c}{word}{tot}分{rb}{z}{lb}每{uz}-{y}{rb}", m,
                    _sure_or(Faults((fb, fa, fz)))))
        out.append((f"{a}{lb}每{ua}扣{x}分{c}{word}{tot}分{rb}{s}{b}{lb}每{ub}扣{y}分{rb}", m, _sure_or(Faults((fa, fb)))))
        if i % 3 == 1:
            capb = "4" if Decimal(m) > 4 else None
            out.append((f"{a}{lb}每{ua}扣{x}分{c}总{tot}分{rb}{s}{b}{lb}每{ub}扣{y}分{c}总4分{rb}", m,
                        _sure_or(Faults((fa, replace(fb, cap="4" if Decimal(m) > 4 else None))))))
            out.append((f"{a}{lb}每{ua}扣{x}分{c}总扣{tot}分{rb}{s}{b}{lb}每{ub}扣{y}分{rb}", m, _sure_or(Faults((fa, fb)))))
            out.append((f"{a}{lb}每{ua}扣{x}分{c}共{tot}台{rb}{s}{b}{lb}每{ub}扣{y}分{rb}", m, Unsure()))
            out.append((f"{a}{lb}每{ua}扣{x}分{c}共计{tot}分以上{rb}{s}{b}{lb}每{ub}扣{y}分{rb}", m, Unsure()))
            out.append((f"{a}{lb}每{ua}-{x}{c}总{tot}分{rb}{b}{lb}每{ub}-{y}{c}总4分{rb}", m,
                        _sure_or(Faults((fa, replace(fb, cap=capb))))))
            out.append((f"{a}{lb}每{ua}-{x}{c}总{tot}分{rb}{b}{lb}每{ub}-{y}{rb}{s}发生安全事故的{c}本项不得分", m,
                        _sure_or(Faults((fa, fb, Fault("事故", "0", False))))))
            # a total with no cost before it, a total of its own
            out.append((f"{a}{lb}总{tot}分{rb}{b}{lb}每{ub}-{y}{rb}", m, Unsure()))
            out.append((f"{a}{lb}每{ua}-{x}{rb}{lb}总{tot}分{rb}", m, Unsure()))
            # the whole's 分值 said, not the fault's
            out.append((f"{a}{lb}每{ua}-{x}{c}满分{m}分{rb}{b}{lb}每{ub}-{y}{rb}", m, Unsure()))
            out.append((f"{a}{lb}每{ua}-{x}{c}总分{tot}分{rb}{b}{lb}每{ub}-{y}{rb}", m, Unsure()))
    return out


# ── requirements with their points, then faults each taken once ─────────────────────────────────────────────────
_REQS = [("完成环境部署", "完成功能测试", "未提交部署文档", "未使用版本管理"),
         ("完成数据库建模", "完成接口联调", "未编写测试用例", "未使用Git"),
         ("搭建Web服务器", "配置负载均衡", "未提交实验报告", "未配置Nginx反向代理"),
         ("建立工作台账", "制定年度计划", "台账记录不完整", "计划未按期报送")]


def req_faults() -> list[tuple[str, str, Want]]:
    out: list = []
    nums = [("20", "10", "5", "10"), ("15", "15", "3", "6"), ("6", "4", "2", "1"), ("2", "3", "1", "1")]
    for i, ((r1, r2, f1, f2), style) in enumerate(product(_REQS, ["comma", "plain", "signed", "signed_tight", "full"])):
        a, b, x, y = nums[(i + i // 5) % 4]
        m = _n(Decimal(a) + Decimal(b))
        want = Faults((Fault(r1, f"-{a}", False), Fault(r2, f"-{b}", False), Fault(f1, f"-{x}", False),
                       Fault(f2, f"-{y}", False)))
        want1 = Faults(want.faults[:3])
        if style == "comma":
            t, t1 = f"{r1},得{a}分;{r2},得{b}分;{f1},扣{x}分;{f2},扣{y}分", f"{r1},得{a}分;{r2},得{b}分;{f1},扣{x}分"
        elif style == "plain":
            t, t1 = f"{r1}得{a}分;{r2}得{b}分;{f1}的扣{x}分;{f2}的扣{y}分", f"{r1}得{a}分;{r2}得{b}分;{f1}的扣{x}分"
        elif style == "signed":
            t, t1 = f"{r1} +{a} 分 {r2} +{b} 分 {f1} -{x} 分 {f2} -{y} 分", f"{r1} +{a} 分 {r2} +{b} 分 {f1} -{x} 分"
        elif style == "signed_tight":
            t, t1 = f"{r1}+{a}分;{r2}+{b}分;{f1}-{x}分;{f2}-{y}分", f"{r1}+{a}分;{r2}+{b}分;{f1}-{x}分"
        else:
            t, t1 = f"{r1}，得{a}分；{r2}，得{b}分；{f1}，扣{x}分；{f2}，扣{y}分。", f"{r1}，得{a}分；{r2}，得{b}分；{f1}，扣{x}分。"
        out.append((t, m, _sure_or(want)))
        out.append((t1, m, _sure_or(want1)))
        if style == "comma":
            out.append((f"{t};扣完为止", m, _sure_or(want)))
            # faults before the requirements
            out.append((f"{f1},扣{x}分;{r1},得{a}分;{r2},得{b}分", m, _sure_or(want1)))
            # a fault counting each thing lacking, one sharing its cost, one with points in its words, one per case
            out.append((f"{r1}得{a}分;{r2}得{b}分;缺1项扣{a}分", m, Unsure()))
            out.append((f"{r1}得{a}分;{r2}得{b}分;{f1}、{f2}的各扣{x}分", m, Unsure()))
            out.append((f"{r1}得{a}分;{r2}得{b}分;{f1}扣{x}分,另得1分", m, Unsure()))
            out.append((f"{r1}得{a}分;{r2}得{b}分;每发现1处{f1}扣{x}分", m,
                        _sure_or(Faults(want.faults[:2] + (Fault(f1, f"-{x}", True),)))))
            out.append((f"{r1}得{a}分;{r2}得{b}分;{f1}扣{x}分/处", m,
                        _sure_or(Faults(want.faults[:2] + (Fault(f1, f"-{x}", True),)))))
            out.append((f"{r1}得{a}分;{r2}得{b}分;{f1}扣{x}分,{f2}不得分", m,
                        _sure_or(Faults(want.faults[:3] + (Fault(f2, "0", False),)))))
            out.append((f"{r1}得{a}分;{r2}得{b}分;{f1}扣{x}-{y}分", m, Unsure()))
            out.append((f"{r1}得{a}分;{r2}得{b}分;少于3次扣{x}分", m, Unsure()))
            # the requirements' points short of the 分值
            out.append((t, _n(Decimal(m) + 5), Unsure()))
            out.append((f"{r1},得{a}分;{r2},得{b}分;未{r2[:2]}的,扣{x}分", m, Unsure()))
            out.append((f"{r1},得{a}分;{r2},得{b}分;其中一项未完成的,扣{x}分", m, Unsure()))
            out.append((f"{r1},得{a}分;{r2},得{b}分;{f1},最多扣{x}分", m, Unsure()))
            out.append((f"{r1},得{a}分;{r2},得{b}分;{f1},酌情扣{x}分", m, Unsure()))
            out.append((f"{r1},得{a}分;{r2},得{b}分;超过2天提交的,扣{x}分", m, Unsure()))
    return out


# ── points per case up to a most, beside plain points ───────────────────────────────────────────────────────────
def mixed() -> list[tuple[str, str, Want]]:
    out: list = []
    firsts = [("提供培训方案", "培训方案"), ("成立领导小组", "领导小组")]
    seconds = [("提供应急预案", "应急预案"), ("配备专职联络员", "专职联络员")]
    for i, ((each_t, w3, unit), (a, b, per, cap)) in enumerate(product(
            [("在1年质保期基础上,每延长1年质保期得{per}分,最多得{cap}分", "质保", "年"),
             ("每听取1次工作汇报得{per}分,最高得{cap}分", "汇报", "次"),
             ("每开展1次宣传活动得{per}分,最多{cap}分", "宣传", "次"),
             ("在1年免费维护基础上,每增加1年的免费维护服务得{per}分,最多得{cap}分", "维护", "年")],
            [("1", "1", "1", "3"), ("2", "1", "0.5", "2"), ("1", "2", "2", "4")])):
        (r1, w1), (r2, w2), full = firsts[i % 2], seconds[i // 2 % 2], i % 3 == 2
        c, s, _e = _p(full)
        m = _n(Decimal(a) + Decimal(b) + Decimal(cap))
        each = each_t.format(per=per, cap=cap).replace(",", c)
        want = Parts(((w1, a), (w2, b)), (w3, per, cap))
        out.append((f"{r1}{c}得{a}分{s}{r2}{c}得{b}分{s}{each}", m, _sure_or(want)))
        if i % 2:
            out.append((f"{r1}得{a}分{s}{each}{s}{r2}得{b}分", m, _sure_or(want)))
        out.append((f"{r1}得{a}分{s}{each}", _n(Decimal(a) + Decimal(cap)), _sure_or(Parts(((w1, a),), (w3, per, cap)))))
        # a least asked among the plain ones
        out.append((f"提供不少于2名驻场人员{c}得{a}分{s}{r2}{c}得{b}分{s}{each}", m,
                    _sure_or(Parts((("驻场", a), (w2, b)), (w3, per, cap)))))
        # the most past what the 分值 leaves, or short of it
        out.append((f"{r1}得{a}分{s}{r2}得{b}分{s}{each}", _n(Decimal(m) + 1), Unsure()))
        out.append((f"{r1}得{a}分{s}{r2}得{b}分{s}{each}", _n(Decimal(m) - Decimal("0.5")), Unsure()))
        # a plain sentence's figure that may be a band of a count; each further case after a first's points
        out.append((f"培训达到2次以上{c}得{a}分{s}{r2}得{b}分{s}{each}", m, Unsure()))
        out.append((f"建成1个得{a}分{c}每增加1个加{per}分{c}最多加{cap}分", _n(Decimal(a) + Decimal(cap)),
                    _sure_or(Bands(((0, 0), (1, a), (2, Decimal(a) + min(Decimal(cap), Decimal(per)))
                                    , (20, Decimal(a) + Decimal(cap)))))))
        # a deduction among them
        out.append((f"{r1}得{a}分{s}{r2}得{b}分{s}{each}{s}未按时报送的扣1分", m, Unsure()))
    return out


# ── a requirement's points, then how the next part is scored (“…得2分,根据…评分:…”) ──────────────────────────────
def then_how() -> list[tuple[str, str, Want]]:
    out: list = []
    reqs, hows = [("提供售后承诺书", "承诺书"), ("承诺按要求投入设备", "投入设备")], ["评分", "计分", "打分"]
    for i, (lead, (a, hi, b, lo, cc), full) in enumerate(product(
            ["根据项目负责人从业年限", "依据拟派人员工作年限", "按照项目经理从业经历"],
            [("2", "10", "3", "5", "1"), ("3", "8", "4", "3", "2"), ("1", "5", "2", "2", "1")], (False, True))):
        if full and i % 3:
            continue
        (r, w), how = reqs[i % 2], hows[i % 3]
        c, _s, _e = _p(full)
        colon = "：" if full else ":"
        m = _n(Decimal(a) + Decimal(b))
        bands = ((int(hi) + 3, b), (int(hi), b), (int(lo), cc), (int(lo) - 1, 0))
        want = Parts(((w, a),), bands=bands)
        out.append((f"{r}得{a}分{c}{lead}{how}{colon}从业{hi}年及以上得{b}分{c}{lo}年及以上{hi}年以下得{cc}分{c}{lo}年以下不得分",
                    m, _sure_or(want)))
        out.append((f"{r}({a}分){c}{lead}{how}{colon}{hi}年(含)以上得{b}分{c}{lo}年(含)至{hi}年得{cc}分{c}不足{lo}年不得分",
                    m, _sure_or(want)))
        if how == "评分":
            # no colon: the same sentence goes on
            out.append((f"{r}得{a}分{c}{lead}{how}", m, Unsure()))
            out.append((f"{r}得{a}分{c}按比例计分", m, Unsure()))
            # the bands' top past the 分值 left
            out.append((f"{r}得{a}分{c}{lead}{how}{colon}{hi}年及以上得{Decimal(b) + 1}分{c}{lo}年及以上得{cc}分{c}{lo}年以下不得分",
                        m, Unsure()))
            # bands of a count with no top said
            out.append((f"{r}得{a}分{c}{lead}{how}{colon}{hi}年及以上得{b}分{c}{lo}年以下不得分", m, Unsure()))
    return out


# ── a formula named “计算公式为:” ──────────────────────────────────────────────────────────────────────────────────
def named_formula() -> list[tuple[str, str, Want]]:
    out: list = []
    for i, ((name, word), (k, m)) in enumerate(product(
            [("评委平均分", "评委平均"), ("平均得分", "平均得分"), ("专家评分的平均值", "平均值"), ("裁判打分平均分", "平均分")],
            [("0.2", "20"), ("0.15", "15"), ("0.3", "30"), ("0.05", "5")])):
        lead, full = ["", "由评委现场打分;"][i % 2], i // 2 % 2 == 1
        colon = "：" if full else ":"
        times = "×" if full else "*"
        kd = Decimal(k)
        fn = Fn((word,), ((("90",), 90 * kd), (("100",), 100 * kd), (("0",), 0)))
        lead = lead.replace(";", "；") if full else lead
        out.append((f"{lead}计算公式为{colon}{name}{times}{k}", m, _sure_or(fn)))
        out.append((f"{lead}计算公式为{colon}{name}{times}{_n(kd * 100)}%", m, _sure_or(fn)))
        out.append((f"{lead}计算公式为{colon}得分={name}{times}{k}", m, _sure_or(fn)))
        if i % 4 == 0:
            out.append((f"计算公式为{colon}{name}", m, Unsure()))
            out.append((f"计算公式为{colon}{name}{times}{k};迟到扣2分", m, Unsure()))
            out.append((f"计算公式为{colon}{name}{times}{k}+加分", m, Unsure()))
            out.append((f"计算公式为{colon}{name}/100{times}{m}", m, _sure_or(fn)))
            out.append((f"计算公式为{colon}{name}{times}{k},保留两位小数", m, _sure_or(fn)))
            out.append((f"计算公式为{colon}{name}{times}{k}-违规扣分", m, Unsure()))
            out.append((f"计算公式为{colon}{name}{times}{_n(Decimal(m))}", m, Unsure()))
    return out


_ALL = run_on() + no_unit() + minuses() + req_faults() + mixed() + then_how() + named_formula()
#: (the first statement of a text the generators write twice)
CASES = first_statements(_ALL)


(test_the_probe_is_of_its_size,
 test_every_made_up_text_is_scored_as_it_says_or_is_to_check) = probe_tests(CASES, 300, 600, own=own)
