"""Made-up texts in the house styles of this round's readings — points at last year's level and a step of growth either
way (“达到上年水平得2分,每增长(减少)2个百分点加(减)0.1分,4分封顶”), a line on a share with such a step, full marks at the
first place and a step off for each place behind it (“第1名满分,相差一名扣0.2分”), run-together lines in a unit with 以内
(“30公里以内 10 60公里以内 6”) and ceilings on measured figures, a line on a share with steps short of it and a floor
(“达到50%,得1分;未达到的每减少10%,减0.1分,低于30%不得分”), a cost per case down to nothing (“一次扣5分,2次以上不得分”),
situations in a bracketed aside after how the team checks (“(看材料,定期检查10分、有检查但不规范5分、无检查0分)”),
grades with their points then defined (“一级6分;二级3分;三级1分。一级:…”), costs in cells after run-together faults
(“…;扣5分…;扣5分”), 二次侧 as no count, 不得力/不得当 as faults, 岁/周岁 limits and 直至0分 — and their near variants
(other numerals, units, punctuation, 得/计/加, orderings, an extra clause a reading should not swallow), each with what it
states (a few situations and their scores) or that it is unsure (to check). Every proposal scores every situation as
the text says, or is not confident.

Confident readings found scoring wrong before mending: 40 of the texts here, by cause:

- 22: situations all scoring, the lesser one having the thing only done poorly (“(看材料,定期检查10分、有检查但不规范
  5分)”, “…;有记录但不完整5分”, “…、登记但未整改5分” once its label is whole, and so in sentences: “定期检查的得10分,有检查但不规范的得5分”),
  read surely as a choice of those alone: the case of none at all (no check, no record) had no option. The check of a
  lesser situation that is a shortfall of the one before (probe8) asked the first to open with the same thing
  (“有方案且…” / “有方案但…”). Mended (``reading._had_then_lacking``): a lesser situation that has the thing, then 但 and
  what it lacks (有…但不…, 有…但未…), is such a shortfall whatever the first says: to check, as probe8 settled (a 0
  said for none, “无检查0分”, keeps the reading sure).
- 18 (12 of them among the 22): a situation's own 记 read as the verb before its points (“按月登记10分” → “按月登”):
  the scores right, the option's label clipped. Mended (``choice._SITUATION``): 记 after 登/标/笔/日/书 stays the word's.

Not confident, and so no bar: every other reading of this round is to check by design (the step either way of last
year's level, the places behind the first with their “相差”, the run-together ceilings, the line/step/floor on a share,
the grades then defined, the costs after run-together faults, 不得力/周岁 faults, a cost down to nothing said as a count),
and their near variants here (a floor in brackets after the places, “(最低得1分)”, a cap short of the 分值, a consumption
falling the other way, ceilings in 分钟, a floor off the steps) are read to check too or fall to judgement. Sure and right:
the bracketed situations with their check lead and a 0 said (or 否则/…的此项不得分 after), the situations adding up
(“有台账5分、专人管理5分” on 10), bands of ceilings with ≤ and a last band said (“≤30分钟 5分;≤60分钟 3分;>60分钟 0分”),
“一次扣4分,2次及以上的不得分” as bands, “…直至扣完” per case.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from itertools import product
from typing import Any

from services.frameworks.proposal import Proposal
from services.scoring.rules import check_item
from tests.probe_checks import Fault, Faults, Fn, Want, probe_tests
from tests.proposals import Bands, Once, Per, Ranks, Unsure, dec, item_score

_CN = {1: "一", 2: "两", 3: "三", 4: "四", 5: "五"}


# ── what a text states, of this probe's own kinds ───────────────────────────────────────────────────────────────
@dataclass(frozen=True)
class Sits:
    """Situations, one of them picked: ``words`` each found in its option's label, ``scores`` theirs (an option of none
    of them scoring 0 may be added)."""
    words: tuple[str, ...]
    scores: tuple[Any, ...]
    none: bool = False  # the case of none of them, unsaid, must be an option of its own (scoring 0)


@dataclass(frozen=True)
class Adds:
    """Points each met or not, adding up: ``words`` each found in its point's label, ``pts`` their points."""
    words: tuple[str, ...]
    pts: tuple[str, ...]


def own(p: Proposal, m: Decimal, want: Any) -> str | None:
    if not isinstance(want, Sits | Adds):
        return None
    if len(p.items) != 1 or check_item(p.items[0]):
        return f"items {[it['type'] for it in p.items]}"
    item = p.items[0]
    kind, params = item["type"], item["params"]
    if isinstance(want, Sits):
        if kind != "choice":
            return f"read as {kind}"
        options = [o for o in params["options"]]
        said = [o for o in options if not (Decimal(o["score"]) == 0 and "以上情形均不符合" in o["label"])]
        if len(said) != len(want.words) or (want.none and len(options) == len(said)):
            return f"options {[o['label'] for o in options]}"
        for o, word, sc in zip(said, want.words, want.scores):
            if word not in o["label"] or Decimal(o["score"]) != dec(sc):
                return f"option {o['label']} {o['score']}, not {word} {sc}"
        return ""
    if kind != "checklist" or len(params["points"]) != len(want.words) or params.get("gate"):
        return f"read as {kind}"
    points = params["points"]
    for pt, word in zip(points, want.words):
        if word not in pt["label"]:
            return f"point {pt['label']}, not {word}"
    for ks in product((0, 1), repeat=len(points)):
        expected = min(m, sum((dec(x) for x, k in zip(want.pts, ks) if k), Decimal(0)))
        got = item_score(item, {"points": {pt["key"]: {"state": "met" if k else "not_met"} for pt, k in zip(points, ks)}})
        if got != expected:
            return f"{ks}: {got}, not {expected} (checklist)"
    return ""


def _clamp(x: Decimal, top: Decimal) -> Decimal:
    return min(top, max(Decimal(0), x))


# ── points at last year's level and a step either way (kfq-yinchuan) ─────────────────────────────────────────────
_WHAT = ["园区工业固定资产投资", "全区社会消费品零售总额", "规模以上工业增加值", "外贸进出口总额", "一般公共预算收入"]
_REF = ["达到上年水平", "达到上年同期水平", "与上年持平", "达到去年水平"]
_EITHER = ["每增长(减少){s}个百分点加(减){x}分", "每提高(降低){s}个百分点加(减){x}分", "每增减{s}个百分点,增减{x}分",
           "每增(减){s}个百分点,加(减){x}分", "每增长(减少){s}个百分点,加(扣){x}分"]
_TOP = ["{m}分封顶", "最高{m}分", "最高不超过{m}分", "", "最多得{m}分"]


def last_year() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for i, (what, ref, step) in enumerate(product(_WHAT, _REF, _EITHER)):
        b, s, x, m = [("2", "2", "0.1", "4"), ("3", "1", "0.2", "6"), ("2", "5", "0.5", "4"), ("1", "1", "0.1", "2"),
                      ("1.5", "2", "0.25", "3")][i % 5]
        verb = ["得", "计", "的得", "得", "给"][i % 5]
        top = _TOP[(i // 5) % 5].format(m=m)
        body = f"{what}{ref}{verb}{b}分,{step.format(s=s, x=x)}" + (f",{top}" if top else "") + "。"

        def fn(top_: Decimal, b: str = b, s: str = s, x: str = x) -> Fn:
            gs = [Decimal(0), dec(s), 3 * dec(s), -dec(s), -3 * dec(s), Decimal(1000), Decimal(-1000)]
            return Fn(("上年|去年|增长|增幅",), tuple(((str(g),), _clamp(dec(b) + dec(x) * g / dec(s), top_)) for g in gs))
        out.append((body, m, fn(dec(m))))
        if i % 5 == 0:
            # a cap short of the 分值: never past it
            out.append((f"{what}{ref}{verb}{b}分,{step.format(s=s, x=x)},{int(dec(m)) - 1}分封顶。", m, fn(dec(m) - 1)))
            # a step one way only, a base at the 分值, an extra clause: to check
            out.append((f"{what}{ref}{verb}{b}分,每增长{s}个百分点加{x}分,{m}分封顶。", m, Unsure()))
            out.append((f"{what}{ref}{verb}{m}分,{step.format(s=s, x=x)}。", m, Unsure()))
            out.append((body.rstrip("。") + ";未按时报送数据的不得分。", m, Unsure()))
            out.append((body.rstrip("。") + ",低于上年水平的不得分。", m, Unsure()))
            # the step falling the other way (a consumption: each fall adds)
            out.append((f"单位工业增加值能耗{ref}{verb}{b}分,每下降(上升){s}个百分点加(减){x}分,{m}分封顶。", m, Unsure()))
            # a named base, not last year
            out.append((f"{what}达到全市平均水平{verb}{b}分,{step.format(s=s, x=x)},{m}分封顶。", m, Unsure()))
    # a line on a share with a step either way (kfq-yinchuan)
    for i, (what, (line, b, s, x, m)) in enumerate(product(
            ["园区主导产业总产值占比", "高新技术产业产值占比", "民营经济增加值比重", "服务业增加值占GDP比重"],
            [("60", "3", "2", "0.1", "5"), ("40", "2", "5", "0.5", "4"), ("30", "1", "1", "0.2", "2")])):
        step = _EITHER[i % 2].format(s=s, x=x)
        sep = "。" if i % 2 else ","
        L = dec(line)
        rs = [L, L + dec(s), L + 3 * dec(s), L - dec(s), L - 3 * dec(s), Decimal(100), Decimal(0)]
        want = Fn(("占比|比重",), tuple(((str(r),), _clamp(dec(b) + dec(x) * (r - L) / dec(s), dec(m))) for r in rs))
        out.append((f"{what}达到{line}%得{b}分{sep}{step},{m}分封顶。", m, want))
        out.append((f"{what}达到{line}%的,得{b}分{sep}{step},最高{m}分。", m, want))
        out.append((f"{what}达到{line}%得{b}分{sep}{step},{int(dec(m)) + 1}分封顶。", m, Unsure()))
    return out


# ── first place full, each place behind it off (kfq-yinchuan) ────────────────────────────────────────────────────
def places() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    forms = ["按照工业园区{what}排名计分,第1名满分,相差一名扣{x}分,依次递减。",
             "按照各乡镇{what}排名计分,第一名满分,相差一名扣{x}分,依次递减。(银川综合保税区不参加本项指标考核)。",
             "按各单位{what}排序,第1名得满分,与第1名每相差1个名次扣{x}分,扣完为止。",
             "{what}排名第1的得满分,每相差1名扣{x}分。",
             "第1名满分,相差1名扣{x}分,依次递减",
             "第1名计满分;相差一名减{x}分;依此类推"]
    for i, (what, form) in enumerate(product(["增量", "增速", "完成情况", "考核得分"], forms)):
        x, m = [("0.2", "3"), ("0.5", "5"), ("0.3", "3"), ("1", "4"), ("0.25", "2")][i % 5]
        out.append((form.format(what=what, x=x), m, Per(x)))
        if i % 3 == 0:
            low = str(int(dec(m)) // 2)
            # a floor said after, in brackets or not: never past it
            floor = Bands(((0, m), (1, dec(m) - dec(x)), (40, low)))
            out.append((f"第1名满分,相差一名扣{x}分,依次递减。(最低得{low}分)", m, floor))
            out.append((f"第1名满分,相差一名扣{x}分,依次递减(最低不低于{low}分)。", m, floor))
            out.append((f"第1名满分,相差一名扣{x}分,最低得{low}分。", m, floor))
            # a zero for a case beside the ranks, in brackets: to check
            out.append((f"按照{what}排名计分,第1名满分,相差一名扣{x}分,依次递减。(未完成年度任务的不得分)", m, Unsure()))
            out.append((f"按照{what}排名计分,第1名满分,相差一名扣{x}分(未上报数据的本项不得分)。", m, Unsure()))
            # a line of places, the first place scoring short of the 分值, a cap of what is taken off
            out.append((f"按照{what}排名计分,前3名满分,相差一名扣{x}分。", m, Unsure()))
            out.append((f"按照{what}排名计分,第1名得{dec(m) - 1}分,相差一名扣{x}分。", m, Unsure()))
            out.append((f"第1名满分,每相差1名扣{x}分,最多扣{low}分。", m, Per(x, low)))
            out.append((f"第1名满分,相差一名扣{x}分,最后一名不得分。", m, Unsure()))
            out.append((f"按照{what}排名计分,第1名满分,后三名不得分,其余相差一名扣{x}分。", m, Unsure()))
    return out


# ── run-together lines in a unit (ly-ajjq), ceilings on measured figures ─────────────────────────────────────────
def ceilings() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (u, (a, b, c)), (s1, s2, s3), within in product(
            [("公里", (30, 60, 100)), ("小时", (1, 2, 4)), ("天", (3, 7, 15)), ("个工作日", (5, 10, 20)), ("千米", (10, 20, 50))],
            [("10", "6", "2"), ("4", "2", "1")], ["以内", "之内"]):
        samples = ((a / 2, s1), (a, s1), ((a + b) / 2, s2), (b, s2), ((b + c) / 2, s3), (c, s3))
        out.append((f"{a}{u}{within} {s1} {b}{u}{within} {s2} {c}{u}{within} {s3}", s1, Bands(samples)))
        out.append((f"{a}{u}{within} {s1} {b}{u}{within} {s2}", s1, Bands(samples[:4])))
        out.append((f"{a}{u}{within} {s1} {b}{u}{within} {s2} {c}{u}{within} {s3} {c}{u}以上 0", s1,
                    Bands((*samples, (c + 5, 0)))))
        # in sentences, 得…分, the last band said
        out.append((f"距离{a}{u}{within}得{s1}分;{b}{u}{within}得{s2}分;{c}{u}{within}得{s3}分;{c}{u}以上不得分", s1,
                    Bands((*samples, (c + 5, 0)))))
        out.append((f"{a}{u}{within}的,得{s1}分,{b}{u}{within}的,得{s2}分,超过{b}{u}的不得分", s1,
                    Bands((*samples[:4], (b + 1, 0)))))
        # scores rising with the ceilings, two units: to check
        out.append((f"{a}{u}{within} {s3} {b}{u}{within} {s2} {c}{u}{within} {s1}", s1, Unsure()))
        out.append((f"{a}{u}{within} {s1} {b}米{within} {s2}", s1, Unsure()))
    for (what, u), (a, b), (s1, s2) in product([("响应时间", "分钟"), ("误差", "mm"), ("误差率", "%"), ("偏差", "cm")],
                                               [(30, 60), (5, 10)], [("5", "3"), ("2", "1")]):
        out.append((f"{what}{a}{u}以内得{s1}分,{b}{u}以内得{s2}分,超过{b}{u}不得分", s1,
                    Bands(((a, s1), (a / 2, s1), ((a + b) / 2, s2), (b, s2), (b + 1, 0)))))
        out.append((f"{what}≤{a}{u} {s1}分;≤{b}{u} {s2}分;>{b}{u} 0分", s1,
                    Bands(((a, s1), (a / 2, s1), ((a + b) / 2, s2), (b, s2), (b + 1, 0)))))
        out.append((f"{what}不超过{a}{u}得{s1}分,不超过{b}{u}得{s2}分", s1,
                    Bands(((a, s1), (a / 2, s1), ((a + b) / 2, s2), (b, s2)))))
    # ceilings of an amount scoring more the higher: each band from above the one below
    for u, (a, b, c) in (("万元", (100, 500, 1000)), ("亩", (50, 100, 200))):
        out.append((f"投入{a}{u}以内得1分,{b}{u}以内得3分,{c}{u}以内得5分", "5", Unsure()))
    return out


# ── a line on a share, steps short of it, a floor (nycyh) ───────────────────────────────────────────────────────
def share_cliff() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    forms = ["{w}达到{L}%,得{m}分;未达到的每减少{st}%,减{p}分,低于{F}%不得分。",
             "{w}到达{L}%,得{m}分;未到达旳每减少{st}%,减{p}分,低于{F}%不得分。",
             "{w}达到{L}%及以上的,得满分;未达到的每降低{st}个百分点,扣{p}分,低于{F}%的不得分",
             "{w}达到{L}%,计{m}分;达不到的,每少{st}%,扣{p}分;低于{F}%,此项不得分。",
             "{w}达{L}%以上得{m}分,每减少{st}%减{p}分,低于{F}%不得分"]
    for i, (w, form) in enumerate(product(["农业经营主体带动贫困户比例", "培训覆盖率", "合作社入社农户比例", "秸秆综合利用率"], forms)):
        L, st, p, F, m = [(50, 10, "0.1", 30, "1"), (80, 5, "0.2", 70, "1"), (60, 10, "0.5", 40, "2"), (90, 2, "1", 84, "5")][i % 4]
        vals = [L, min(100, L + 10), L - st, L - 2 * st, F, F - 1, 0]
        want = Bands(tuple((v, dec(m) if v >= L else (0 if v < F else dec(m) - dec(p) * ((L - v) // st))) for v in vals))
        out.append((form.format(w=w, L=L, m=m, st=st, p=p, F=F), m, want))
        if i % 5 == 0:
            # the floor off the steps; the line scoring short of the 分值; the steps taking the 分值 before the floor
            out.append((form.format(w=w, L=L, m=m, st=st, p=p, F=F + 1), m, Unsure()))
            out.append((form.format(w=w, L=L, m=m, st=st, p=p, F=F), str(int(m) + 1), Unsure()))
            # an extra clause: to check
            out.append((form.format(w=w, L=L, m=m, st=st, p=p, F=F).rstrip("。") + ";未建立台账的不得分。", m, Unsure()))
            # no floor: the steps down to nothing
            out.append((f"{w}达到{L}%,得{m}分;未达到的每减少{st}%,减{p}分,扣完为止。", m,
                        Bands(tuple((v, dec(m) if v >= L else max(Decimal(0), dec(m) - dec(p) * ((L - v) // st)))
                                    for v in (L, L + 5, L - st, L - 2 * st) if v <= 100))))
    return out


# ── a cost per case down to nothing said as a count past which nothing is left ──────────────────────────────────
def by_count() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for i, (what, (x, n, m)) in enumerate(product(
            ["违反学校考勤制度", "出现安全责任事故", "被上级通报批评", "发生有效投诉"],
            [("5", 2, "10"), ("3", 3, "9"), ("2", 4, "8"), ("4", 2, "10"), ("3", 2, "10"), ("5", 3, "20")])):
        one = ["一次", "1次", "每次"][i % 3]
        text = f"{what},{one}扣{x}分,{_CN[n] if i % 2 else n}次以上不得分。"
        samples = ((0, m), (1, dec(m) - dec(x)), (n, 0), (n + 3, 0))
        if n * int(x) == int(m):
            out.append((text, m, Per(x)))
        else:
            out.append((text, m, Bands(samples)))
        out.append((f"{what}{one}扣{x}分,{n}次及以上的不得分", m, Bands(samples)))
        out.append((f"{what},{one}扣{x}分,超过{n}次不得分。", m, Bands(((0, m), (1, dec(m) - dec(x)), (n + 1, 0), (n + 4, 0)))))
        out.append((f"{what},{one}扣{x}分,{n}次以上不得分,并取消评优资格。", m, Bands(samples)))
    return out


# ── situations in a bracketed aside after how the team checks (ty-jiading) ──────────────────────────────────────
_LEADS = ["看材料,", "看材料:", "查看现场,", "查阅台账,", "核查资料:", "查资料,", "检查记录,", "查看档案,"]
_ASIDES = [("有专门人员定期在开放前对设施进行检查,确保安全可靠,有检查记录", ("定期检查", "有检查但不规范", "无检查")),
           ("做好每次开放记录,包括开放时间、上岗、活动人次等记录", ("记录完整", "记录不全", "无记录")),
           ("建立器材借用登记台账,专人管理", ("按月登记", "登记不全", "无台账")),
           ("每学期组织一次安全演练并留存影像资料", ("演练规范", "演练不规范", "未演练"))]


def asked() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for i, ((req, (a, b, c)), lead) in enumerate(product(_ASIDES, _LEADS)):
        x, y, m = [("10", "5", "10"), ("8", "4", "8"), ("6", "3", "6"), ("5", "2", "5")][i % 4]
        sep = ["、", ",", ";", "、"][i % 4]
        verb = ["", "得", "", "计"][i % 4]
        out.append((f"{req}({lead}{a}{verb}{x}分{sep}{b}{verb}{y}分{sep}{c}{verb}0分)。", m, Sits((a, b, c), (x, y, 0))))
        out.append((f"{req}({lead}{a}{x}分{sep}{b}{y}分{sep}{c}不得分)", m, Sits((a, b, c), (x, y, 0))))
        if i % 2 == 0:
            # the none said after the brackets
            out.append((f"{req}({lead}{a}{x}分、{b}{y}分);{c}的此项不得分", m, Sits((a, b, c), (x, y, 0))))
            # the lowest has the thing, done poorly, and still scores: having none of it is unsaid
            out.append((f"{req}({lead}{a}{x}分、有{a[-2:]}但不规范{y}分)。", m, Sits((a, "不规范"), (x, y), none=True)))
            out.append((f"{req}({lead}{a}{x}分、{a[-2:]}但未整改{y}分)", m, Sits((a, "未整改"), (x, y), none=True)))
            out.append((f"{req}({lead}{a}{x}分;有记录但不完整{y}分)", m, Sits((a, "不完整"), (x, y), none=True)))
            out.append((f"{req},{a}的得{x}分,有{a[-2:]}但不规范的得{y}分。", m, Sits((a, "不规范"), (x, y), none=True)))
            out.append((f"{req}({lead}{a}{x}分、有{a[-2:]}但不规范{y}分、{c}0分)。", m, Sits((a, "不规范", c), (x, y, 0))))
            # the situations the other way round, the none said after with 否则, a cell's spaces
            out.append((f"{req}({lead}{c}0分、{b}{y}分、{a}{x}分)。", m, Sits((c, b, a), (0, y, x))))
            out.append((f"{req}({lead}{a}{x}分、{b}{y}分);否则不得分", m, Sits((a, b, "否则"), (x, y, 0))))
            out.append((f"{req}({lead.rstrip(',:')} {a}{x}分 {b}{y}分 {c}0分)", m, Sits((a, b, c), (x, y, 0))))
            out.append((f"是否{req[:6]}({lead}是{x}分,否0分)", m, Sits(("是", "否"), (x, 0))))
            # scores past the 分值, alike, or ranges: to check or not this reading
            out.append((f"{req}({lead}{a}{int(x) + 2}分、{b}{y}分、{c}0分)。", m, Unsure()))
            out.append((f"{req}({lead}{a}{int(x) - 2}-{x}分、{b}1-{y}分、{c}0分)。", m, Unsure()))
            # an extra clause, a cost, a count among the situations
            out.append((f"{req}({lead}{a}{x}分、{b}{y}分、{c}0分,发现隐患未整改扣2分)。", m, Unsure()))
            out.append((f"{req}({lead}{a}{x}分、{b}{y}分、{c}0分);未按时报送的扣1分。", m,
                        Unsure()))
            out.append((f"{req}({lead}{a}{x}分、每缺一项扣1分)。", m, Unsure()))
            out.append((f"{req}({lead}每月检查1次以上{x}分、每季度检查{y}分、{c}0分)。", m, Sits(("每月", "每季度", c), (x, y, 0))))
            # situations that add up, each its own point
            out.append((f"{req}({lead}有台账{int(x) // 2}分、专人管理{int(x) // 2}分)。", m,
                        Adds(("台账", "专人管理"), (str(int(x) // 2), str(int(x) // 2)))))
            out.append((f"{req}({lead}有制度{int(x) - 2}分、有记录2分、有总结{x}分)。", m, Unsure()))
            # two looks, a lead the reading does not know
            out.append((f"{req}(看材料和现场,{a}{x}分、{b}{y}分、{c}0分)。", m, Sits((a, b, c), (x, y, 0))))
            out.append((f"{req}(听汇报,{a}{x}分、{b}{y}分、{c}0分)。", m, Sits((a, b, c), (x, y, 0))))
            # grades of quality: judged
            out.append((f"{req}({lead}完成好的{x}分、良好{y}分、一般1分、无记录0分)。", m,
                        Sits(("完成好", "良好", "一般", "无记录"), (x, y, 1, 0))))
            # a lead closing with its own figure (“看材料,抽查3份,”)
            out.append((f"{req}(看材料,抽查3份,{a}{x}分、{b}{y}分、{c}0分)。", m, Unsure()))
    # the second of two requirements in brackets (ty-jiading): the points of a part, not situations
    for x, m in (("8", "16"), ("5", "10")):
        out.append((f"开放学校制定开放安全管理办法({x}分)以及器材设施安全使用办法、安全警示等规定({x}分)并告示。", m,
                    Adds(("管理办法", "安全使用办法"), (x, x))))
        out.append((f"配备专职社区全民健身志愿者参与学校场地开放的管理,做好开放工作(看材料,2人及以上{x}分,1人{int(x) // 2}分)。", x,
                    Sits(("2人", "1人"), (x, int(x) // 2))))
    return out


# ── grades with their points, then each defined (ww-zgmzmc) ───────────────────────────────────────────────────────
def grades() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    defs = [("原貌保存完好", "部分倒塌破坏,但骨架尚存", "已按原貌整修恢复"),
            ("对推动全国社会经济发展起过重要作用", "对推动区域发展起过重要作用", "对推动本地发展起过重要作用"),
            ("列入国家级名录", "列入省级名录", "列入市级名录")]
    names = [("一级", "二级", "三级"), ("甲级", "乙级", "丙级"), ("A类", "B类", "C类"), ("1档", "2档", "3档")]
    for i, ((d1, d2, d3), (g1, g2, g3)) in enumerate(product(defs, names)):
        x, y, z = [(6, 3, 1), (3, 2, 1), (5, 3, 1), (4, 2, 1)][i % 4]
        lead = ["", "历史事件(名人):", "传统技艺:"][i % 3]
        stop = [";", ",", ";"][i % 3]
        out.append((f"{lead}{g1}{x}分;{g2}{y}分;{g3}{z}分。{g1}:{d1}{g2}:{d2}{g3}:{d3}。", str(x), Ranks((x, y, z))))
        out.append((f"{lead}{g1}{x}分{stop}{g2}{y}分{stop}{g3}{z}分。{g1}:{d1};{g2}:{d2};{g3}:{d3}。", str(x), Ranks((x, y, z))))
        out.append((f"{lead}{g1}{x}分;{g2}{y}分。{g1}:{d1};{g2}:{d2}。", str(x), Ranks((x, y))))
        out.append((f"{lead}{g1}为{x}分,{g2}为{y}分,{g3}为0分。{g1}:{d1};{g2}:{d2};{g3}:{d3}。", str(x), Ranks((x, y, 0))))
        # near misses: the grades defined not those scored, out of turn, a definition scoring, the best short
        out.append((f"{g1}{x}分;{g2}{y}分;{g3}{z}分。{g1}:{d1};{g2}:{d2}。", str(x), Unsure()))
        out.append((f"{g1}{x}分;{g2}{y}分;{g3}{z}分。{g2}:{d2};{g1}:{d1};{g3}:{d3}。", str(x), Unsure()))
        out.append((f"{g1}{x}分;{g2}{y}分。{g1}:{d1},每项加1分;{g2}:{d2}。", str(x), Unsure()))
        out.append((f"{g1}{x}分;{g2}{y}分。{g1}:{d1};{g2}:{d2}。", str(x + 1), Unsure()))
        out.append((f"{g1}{x}分;{g2}{x}分;{g3}{z}分。{g1}:{d1};{g2}:{d2};{g3}:{d3}。", str(x), Unsure()))
        # a note after the definitions, a figure in them (“注:…不小于500平方米”)
        out.append((f"{g1}{x}分;{g2}{y}分;{g3}{z}分。{g1}:{d1};{g2}:{d2};{g3}:{d3}。注:每处建筑面积不小于500平方米", str(x),
                    Unsure()))
    return out


# ── costs in cells after run-together faults (tzsb); 二次侧; 不得力/不得当; 岁 limits ─────────────────────────────────
_CELLS = [("轨道未做接地或接零保护的", "门式起重机无电缆卷筒", "起重机无行走限位、无止挡器"),
          ("动用筑路机械人员无专业操作证的", "机械安全防护装置不齐全、制动不灵敏", "无进场验收记录"),
          ("氧气瓶、乙炔瓶压力表损坏的", "乙炔瓶无防回火装置的", "现场随意堆放氧气瓶、乙炔瓶的"),
          ("吊车无进场验收记录", "机车限位装置不齐全、不灵敏", "吊钩无保险")]


def cells() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for i, ((a, b, c), (x, y, z)) in enumerate(product(_CELLS, [("5", "5", "5"), ("10", "5", "2"), ("3", "3", "5")])):
        m = str(int(x) + int(y) + int(z))
        out.append((f"{a};扣{x}分{b};扣{y}分{c};扣{z}分", m, Once((x, y, z))))
        out.append((f"{a};扣{x}分{b};扣{y}分", str(int(x) + int(y)), Once((x, y))))
        out.append((f"{a};扣{x}分{b};扣{y}分{c};扣{z}分", "10", Once((x, y, z))))
        # a fault per piece or per person: counted
        out.append((f"{a};扣{x}分{b}每台;扣{y}分", str(int(x) + int(y)),
                    Faults((Fault(a[:4], f"-{x}", False), Fault(b[:4], f"-{y}", True)))))
        out.append((f"操作人员无操作证1人;扣{x}分{b};扣{y}分", str(int(x) + int(y)), Unsure()))
        out.append((f"施焊人员无证操作的每人;扣{x}分{c};扣{z}分", str(int(x) + int(z)),
                    Faults((Fault("施焊", f"-{x}", True), Fault(c[:4], f"-{z}", False)))))
        # a cost closing a sentence, not a cell: faults as they read
        out.append((f"{a};扣{x}分,{b}的扣{y}分", str(int(x) + int(y)), Once((x, y))))
        # 二次侧 as no count
        out.append((f"使用非标电焊机;扣{x}分二次侧地线使用钢筋、角铁、扁铁;扣{y}分", str(int(x) + int(y)), Once((x, y))))
        out.append((f"无防二次侧漏电保护器;扣{x}分{b};扣{y}分", str(int(x) + int(y)), Once((x, y))))
        out.append((f"一次侧电源线超过5米;扣{x}分{b};扣{y}分", str(int(x) + int(y)), Once((x, y))))
    for i, ((f1, f2), (x, y, z)) in enumerate(product(
            [("未按规定程序开展创建", "无年度工作计划"), ("未建立工作台账", "无半年总结"), ("未成立领导小组", "无专项经费")],
            [("3", "2", "1"), ("2", "2", "2"), ("1", "0.5", "1")])):
        m = str(dec(x) + dec(y) + dec(z))
        out.append((f"{f1}扣{x}分,{f2}扣{y}分,措施不得力扣{z}分。", m, Once((x, y, z))))
        out.append((f"{f1}扣{x}分;工作不得力的扣{y}分;方法不得当扣{z}分", m, Once((x, y, z))))
        out.append((f"{f1}的,扣{x}分;宣传不得力,扣{y}分;{f2}的,扣{z}分。", m, Once((x, y, z))))
        # 不得分 stays a zero, 不得 a prohibition
        out.append((f"{f1}不得分,措施不得力扣{y}分。", m,
                    Faults((Fault(f1[:4], "0", False), Fault("不得力", f"-{y}", False)))))
        # ages
        out.append((f"党员比例少于30%扣{x}分,支部书记年龄大于45周岁扣{y}分。", str(dec(x) + dec(y)), Once((x, y))))
        out.append((f"{f1}扣{x}分,负责人年龄超过60岁扣{y}分", str(dec(x) + dec(y)), Once((x, y))))
        out.append((f"{f1}扣{x}分;队员年龄在35周岁以上的,每人扣{z}分", "10",
                    Faults((Fault(f1[:4], f"-{x}", False), Fault("年龄|周岁|队员", f"-{z}", True)))))
        out.append((f"每有1名队员年龄大于35岁扣{z}分", "5", Per(z)))
    return out


# ── 直至0分 closing a deduction per case ─────────────────────────────────────────────────────────────────────────
def until_zero() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for what, (x, m) in product(["发现一处安全隐患", "群众投诉一次", "报送资料迟报一次", "巡查漏检一处"],
                                [("2", "6"), ("1", "5"), ("0.5", "3")]):
        out.append((f"{what}扣{x}分,直至0分。", m, Per(x)))
        out.append((f"{what}减{x}分,直至0分为止", m, Per(x)))
        out.append((f"严格按批复地点实施的,计{m}分,未按批复执行的,多增加1个乡镇减{x}分,直至0分。", m, Per(x)))
        out.append((f"{what}扣{x}分,直至扣完。", m, Per(x)))
        # a floor short of nothing: to check
        out.append((f"{what}扣{x}分,直至1分。", m, Bands(((0, m), (1, dec(m) - dec(x)), (40, 1)))))
        out.append((f"{what}扣{x}分,直至0分;发生重大事故的不得分。", m,
                    Faults((Fault(what[:4], f"-{x}", True), Fault("重大事故", "0", False)))))
    return out


def _once(cases: list[tuple[str, str, Want]]) -> list[tuple[str, str, Want]]:
    """Each text and 分值 once (near variants of several forms may coincide)."""
    return list({(text, w): (text, w, want) for text, w, want in cases}.values())


CASES = _once(last_year() + places() + ceilings() + share_cliff() + by_count() + asked() + grades() + cells() + until_zero())


(test_the_probe_is_of_its_size,
 test_every_made_up_text_is_scored_as_it_says_or_is_to_check) = probe_tests(CASES, 300, 1400, own=own)
