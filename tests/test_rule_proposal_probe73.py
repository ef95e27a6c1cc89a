"""Made-up texts in the house styles of the readings just merged (old220d, old220e, old220f, cov26) — a test's time
allowed said before its overtime (“考核时间30分钟,每超时1分钟扣1分,扣完为止”, “20分钟,超出1分钟扣1分”), limits in 小时 and
秒, steps of 30秒 and 2分钟, a cliff (“超过5分钟不得分”), finishing early earning points, a limit said after, two limits; a
grace in time with no delay verb (“响应时间2小时以内不扣分,超过部分每小时扣0.5分,扣完为止”) in 分钟, 天 and 工作日 (and
the one beside the other), with a cap, a step of half an hour; one point measured at a fault (“1点不合格扣0.5分”, 测点
counts) beside 点 a time of day (“下午5点前未上报扣1分”) or a score (“扣1点”); a score rescaled when items do not apply
(“缺项比率计分法,如…88÷90×100%=97.78分”, “A=B/C*100(…)”) with its example's figures agreeing or not, on a 分值 of 100 or
not — each with what it states (the score at a few times taken, counts, or values) or that it is unsure (to check).
Every proposal scores every situation as the text says, or is not confident.

Confident readings found scoring wrong, and mended (6 texts of the 494 written, one cause):

- a part of a step said counted as a whole one after a test's limit and its overtime (“考核时间30分钟,每超时1分钟扣1分,
  不足1分钟按1分钟计,扣完为止”, “…(不足1分钟按1分钟计)…”) was read surely as a 达标线扣分 taking a part of a step's share
  (30分钟30秒 scored 9.5 of 10, where the text costs the whole minute: 9) — ``delay._limit_then_overtime`` set no
  ``stepwise``. Now the words said (“不足N分钟(的)按N分钟计/算/扣”) make each part cost a step's points; a part said
  otherwise (“超时不足1分钟不扣分”, “不足半分钟的不计”) leaves the reading to check, with a note naming the words.

Readings left to check that would score some situations otherwise (not confident, so no bar): a step of seconds or
of several minutes, a limit in hours or seconds beside minutes, cliffs, early finishing earning points, two limits,
a limit after the overtime, a cap; a grace in 工作日 beside a step in 天 (or the other way), graces with a cliff, a
bonus or a second grace; 点 as a time of day or as the points (“扣1点”), a count of points zeroing the row, a second
fault beside the point's; a rescaling whose example's figures do not agree, whose 分值 is not 100, whose letters are
not named. A part of a minute over a limit with nothing said of it stays read as its share (sure, as old220f
reads it).

The checker is ``tests/probe_checks.py``'s, with ``Timed`` (a time taken against a limit, whatever unit the reading
counts in) checked here.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_CEILING, Decimal
from itertools import product
from typing import Any

from services.frameworks.proposal import Proposal
from tests.probe_checks import Either, Fn, Want, first_statements, probe_tests
from tests.proposals import Bands, Once, Per, Unsure, dec, valued

#: seconds in each unit a reading may count time in (a working day counted only as itself)
_SECONDS = {"秒": 1, "分钟": 60, "分": 60, "小时": 3600, "个小时": 3600, "天": 86400, "日": 86400, "工作日": None}


@dataclass(frozen=True)
class Timed:
    """Time taken (in ``unit``) against a limit of ``limit``: the score at each of ``samples`` (time taken, score); a
    reading counting the time past the limit (a deduction per step over) is given the steps over."""
    unit: str
    limit: Any
    samples: tuple[tuple[Any, Any], ...]


def _in(value: Decimal, said: str, unit: str) -> Decimal | None:
    """``value`` said in ``said`` as a count of ``unit`` (“30秒”, “2分钟”, “小时”); None where they do not convert."""
    n = Decimal(1)
    head = unit.rstrip("秒分钟小时个天日工作")
    if head:
        n, unit = Decimal(head), unit[len(head):]
    if said == unit:
        return value / n
    a, b = _SECONDS.get(said), _SECONDS.get(unit)
    if a is None or b is None:
        return None
    return value * a / b / n


def timed_wrongly(p: Proposal, m: Decimal, want: Any) -> str | None:
    if not isinstance(want, Timed):
        return None
    if len(p.items) != 1:
        return f"items {[it['type'] for it in p.items]}"
    item = p.items[0]
    kind, params = item["type"], item["params"]
    for used, expected in want.samples:
        used = dec(used)
        if kind in ("threshold", "tiers"):
            value = _in(used, want.unit, params.get("unit", ""))
        elif kind == "delay":
            total = used if dec(params.get("grace") or 0) else used - dec(want.limit)
            value = _in(max(total, Decimal(0)), want.unit, params.get("unit", ""))
        elif kind == "formula" and len(params["variables"]) == 1:
            value = used
        elif kind == "deduction":
            value = _in(max(used - dec(want.limit), Decimal(0)), want.unit, params.get("unit", ""))
        else:
            return f"read as {kind}"
        if value is None:
            return f"unit {params.get('unit')}"
        if value != value.to_integral_value() and kind == "deduction":
            continue  # (a part of a step: the count entered unsaid)
        got = valued(item, value)
        if got != dec(expected):
            return f"{used}{want.unit}: {got}, not {expected} ({kind})"
    return ""


def _over(m: int, limit: Any, step: Any, per: Any, used: Any, cap: Any = None, whole: bool = False) -> Decimal:
    """The score of ``used`` against ``limit`` when each ``step`` past it costs ``per`` (a part of one its share, or a
    whole step's where ``whole``), at most ``cap``."""
    steps = max(Decimal(0), (dec(used) - dec(limit)) / dec(step))
    if whole:
        steps = steps.to_integral_value(rounding=ROUND_CEILING)
    off = min(steps * dec(per), dec(cap) if cap is not None else dec(m))
    return max(Decimal(0), dec(m) - off)


def _t(unit: str, m: int, limit: Any, step: Any, per: Any, cap: Any = None, extra: tuple = ()) -> Timed:
    lim, st = dec(limit), dec(step)
    useds = [lim - 1 if lim > 1 else lim / 2, lim, lim + st, lim + 3 * st, lim + 40 * st] + list(extra)
    return Timed(unit, limit, tuple((u, _over(m, limit, step, per, u, cap)) for u in useds))


# ── a test's time allowed said before its overtime ──────────────────────────────────────────────────────────────────
def limit_first() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for head, (limit, per, m), (comma, semi), each, stop in product(
            ["考核时间", "规定时间:", ""], [(30, 1, 10), (20, "0.5", 5), (15, 2, 10)],
            [(",", ";"), ("，", "；")], ["每超时", "超时"], [True, False]):
        tail = f"{comma}扣完为止" if stop else ""
        text = f"{head}{limit}分钟{comma}{each}1分钟扣{per}分{tail}"
        sure = _t("分钟", m, limit, 1, per)
        out.append((text, str(m), sure if each != "超时" else Either(sure, Unsure())))
        if head == "考核时间" and each == "每超时" and stop == (comma == ",") and limit != 20:
            # a step of seconds or several minutes, a limit in hours or seconds
            out.append((f"{head}{limit}分钟{comma}每超时30秒扣{per}分{tail}", str(m),
                        Either(_t("秒", m, limit * 60, 30, per), Unsure())))
            out.append((f"{head}{limit}分钟{comma}每超时2分钟扣{per}分{tail}", str(m),
                        Either(_t("分钟", m, limit, 2, per), Unsure())))
            out.append((f"{head}1小时{comma}每超时1分钟扣{per}分{tail}", str(m), Either(_t("分钟", m, 60, 1, per), Unsure())))
            out.append((f"{head}2小时{comma}每超时10分钟扣{per}分{tail}", str(m), Either(_t("分钟", m, 120, 10, per), Unsure())))
            out.append((f"{head}{limit * 6}秒{comma}每超时10秒扣{per}分{tail}", str(m),
                        Either(_t("秒", m, limit * 6, 10, per), Unsure())))
            out.append((f"{head}{limit}分钟{comma}每超时1小时扣{per}分{tail}", str(m), Unsure()))
            # a cliff
            out.append((f"{head}{limit}分钟{comma}每超时1分钟扣{per}分{semi}超过5分钟不得分", str(m), Unsure()))
            out.append((f"{head}{limit}分钟{comma}每超时1分钟扣{per}分{semi}超时5分钟以上不得分", str(m),
                        Either(Timed("分钟", limit, ((limit, m), (limit + 1, _over(m, limit, 1, per, limit + 1)),
                                                     (limit + 6, 0))), Unsure())))
            out.append((f"{head}{limit}分钟{comma}超过{limit}分钟不得分", str(m),
                        Either(Timed("分钟", limit, ((limit - 1, m), (limit, m), (limit + 1, 0))), Unsure())))
            out.append((f"{head}{limit}分钟{comma}每超时1分钟扣{per}分{comma}超过{limit + 10}分钟终止考核", str(m), Unsure()))
            # finishing early earns points
            out.append((f"{head}{limit}分钟{comma}每超时1分钟扣{per}分{semi}每提前1分钟加{per}分", str(m), Unsure()))
            out.append((f"{head}{limit}分钟{comma}提前完成加1分{comma}每超时1分钟扣{per}分", str(m), Unsure()))
            # the limit said after, two limits
            out.append((f"每超时1分钟扣{per}分{comma}{head}{limit}分钟", str(m), Either(sure, Unsure())))
            out.append((f"每超时1分钟扣{per}分{tail}({head}{limit}分钟)", str(m), Either(sure, Unsure())))
            out.append((f"{head}{limit}分钟{comma}每超时1分钟扣{per}分{semi}准备时间5分钟{comma}每超时1分钟扣1分", str(m),
                        Unsure()))
            out.append((f"{head}{limit}分钟{comma}{limit + 5}分钟{comma}每超时1分钟扣{per}分", str(m), Unsure()))
            out.append((f"{limit}分钟内完成得满分{comma}{limit + 10}分钟内完成得{m // 2}分{comma}每超时1分钟扣{per}分",
                        str(m), Unsure()))
            out.append((f"{head}{limit}分钟\n每超时1分钟扣{per}分{tail}", str(m), Either(sure, Unsure())))
            out.append((f"{head}{limit}分钟{comma}每超时1分钟扣{per}分{comma}最多扣{m // 2}分", str(m),
                        Either(_t("分钟", m, limit, 1, per, m // 2), Unsure())))
            out.append((f"{head}{limit}分钟{comma}每超时不足1分钟按1分钟计{comma}每超时1分钟扣{per}分", str(m), Unsure()))
            # a part of a step counted as a whole one, or not counted
            for rest, step in [("不足1分钟按1分钟计", 1), ("不足1分钟的按1分钟计算", 1), ("(不足1分钟按1分钟计)", 1),
                               ("不足2分钟按2分钟计", 2)]:
                said = f"{head}{limit}分钟{comma}每超时{step}分钟扣{per}分{comma}{rest}{tail}"
                out.append((said, str(m), Either(Timed("分钟", limit, tuple(
                    (u, _over(m, limit, step, per, u, whole=True)) for u in (limit, limit + dec("0.5"), limit + 1,
                                                                            limit + dec("2.5"), limit + 50))), Unsure())))
            for rest in ("超时不足1分钟不扣分", "不足1分钟的不计", "超时不足30秒不扣分"):
                out.append((f"{head}{limit}分钟{comma}每超时1分钟扣{per}分{comma}{rest}{tail}", str(m), Unsure()))
            out.append((f"{head}{limit}-{limit + 5}分钟{comma}每超时1分钟扣{per}分", str(m), Unsure()))
            out.append((f"{head}{limit}分钟以内{comma}每超时1分钟扣{per}分{tail}", str(m), Either(sure, Unsure())))
            out.append((f"{head}不超过{limit}分钟{comma}每超时1分钟扣{per}分{tail}", str(m), Either(sure, Unsure())))
            out.append((f"{head}{limit}分钟{comma}每超时1分钟扣{per}分{comma}超时部分不足1分钟的不扣分", str(m),
                        Either(sure, Unsure())))
            out.append((f"{head}{limit}分钟{comma}每超时1分钟扣{per}分{comma}操作错误每次扣1分", str(m), Unsure()))
    return out


# ── a grace in time, no delay verb ──────────────────────────────────────────────────────────────────────────────────
def past_free() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for head, (free, unit, step_said, step, per, m), (comma, semi), stop in product(
            ["响应时间", "处理时间"],
            [(2, "小时", "每小时", 1, "0.5", 5), (30, "分钟", "每分钟", 1, "0.1", 5), (24, "小时", "每小时", 1, 1, 10),
             (3, "天", "每天", 1, 1, 5)],
            [(",", ";"), ("，", "；")], [True, False]):
        tail = f"{comma}扣完为止" if stop else ""
        text = f"{head}{free}{unit}以内不扣分{comma}超过部分{step_said}扣{per}分{tail}"
        sure = _t(unit, m, free, step, per)
        out.append((text, str(m), Either(sure, Unsure()) if not head else sure))
        if head == "响应时间" and stop == (comma == ","):
            out.append((f"{head}{free}{unit}内不扣分{comma}超出部分{step_said}扣{per}分{tail}", str(m), Either(sure, Unsure())))
            out.append((f"{head}在{free}{unit}以内的不扣分{comma}超过部分{step_said}扣{per}分{tail}", str(m),
                        Either(sure, Unsure())))
            out.append((f"{head}{free}{unit}以内不扣分{comma}超过部分{step_said}扣{per}分{comma}最多扣{m - 2}分", str(m),
                        Either(_t(unit, m, free, step, per, m - 2), Unsure())))
            out.append((f"{head}{free}{unit}以内不扣分{comma}超过部分{step_said}扣{per}分{semi}超过{free * 3}{unit}不得分", str(m),
                        Either(Timed(unit, free, ((free, m), (free + 1, _over(m, free, 1, per, free + 1)),
                                                  (free * 3 + 1, 0))), Unsure())))
            out.append((f"{head}{free}{unit}以内不扣分{comma}超过部分{step_said}扣{per}分{semi}未响应的扣{m}分", str(m), Unsure()))
            out.append((f"{head}{free}{unit}以内得满分{comma}超过部分{step_said}扣{per}分{tail}", str(m), Either(sure, Unsure())))
            out.append((f"{head}{free}{unit}以内不扣分{comma}超过部分{step_said}扣{per}分{comma}{free}{unit}以内加1分", str(m),
                        Unsure()))
            out.append((f"{head}{free}{unit}以内不扣分{comma}{free * 2}{unit}以内不扣分{comma}超过部分{step_said}扣{per}分",
                        str(m), Unsure()))
    for comma in (",", "，"):
        # working days beside days, a step of half an hour, of minutes beside hours
        out.append((f"3个工作日内不扣分{comma}超过部分每个工作日扣1分{comma}扣完为止", "5",
                    Either(_t("工作日", 5, 3, 1, 1), Unsure())))
        out.append((f"3个工作日内不扣分{comma}超过部分每天扣1分{comma}扣完为止", "5", Unsure()))
        out.append((f"3天内不扣分{comma}超过部分每个工作日扣1分{comma}扣完为止", "5", Unsure()))
        out.append((f"响应时间2小时以内不扣分{comma}超过部分每半小时扣0.5分{comma}扣完为止", "5",
                    Either(_t("分钟", 5, 120, 30, "0.5"), Unsure())))
        out.append((f"响应时间2小时以内不扣分{comma}超过部分每30分钟扣0.5分{comma}扣完为止", "5",
                    Either(_t("分钟", 5, 120, 30, "0.5"), Unsure())))
        out.append((f"响应时间2小时以内不扣分{comma}超过部分每分钟扣0.1分{comma}扣完为止", "5",
                    Either(_t("分钟", 5, 120, 1, "0.1"), Unsure())))
        out.append((f"响应时间30分钟以内不扣分{comma}超过部分每小时扣1分{comma}扣完为止", "5",
                    Either(_t("分钟", 5, 30, 60, 1), Unsure())))
        out.append((f"响应时间2小时以内不扣分{comma}超过部分每2小时扣1分{comma}扣完为止", "5",
                    Either(_t("小时", 5, 2, 2, 1), Unsure())))
        out.append((f"响应时间2小时以内不扣分{comma}超过部分每小时扣6分{comma}扣完为止", "5", Either(_t("小时", 5, 2, 1, 6), Unsure())))
    return out


# ── one point measured at a fault ───────────────────────────────────────────────────────────────────────────────────
def points_measured() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (per, m), (comma, semi), fault, stop in product([("0.5", 5), (1, 10), (2, 10)], [(",", ";"), ("，", "；")],
                                                        ["不合格", "检测不达标"], [True, False]):
        tail = f"{comma}扣完为止" if stop else ""
        out.append((f"1点{fault}扣{per}分{tail}", str(m), Per(str(per))))
        out.append((f"每1点{fault}扣{per}分{tail}", str(m), Per(str(per))))
        out.append((f"每个测点{fault}扣{per}分{tail}", str(m), Per(str(per))))
        if fault == "不合格" and stop == (comma == ",") and m == 10:
            out.append((f"共抽查10个测点{comma}每点{fault}扣{per}分{tail}", str(m), Either(Per(str(per)), Unsure())))
            out.append((f"1点{fault}扣{per}分{comma}3点以上{fault}不得分", str(m),
                        Either(Bands(((0, m), (1, m - dec(per)), (2, m - 2 * dec(per)), (3, 0), (5, 0))), Unsure())))
            out.append((f"1点{fault}扣{per}分{comma}最多扣{m // 2}分", str(m), Either(Per(str(per), str(m // 2)), Unsure())))
            out.append((f"1点{fault}扣{per}分{semi}漏测1点扣{m // 2}分", str(m), Unsure()))
            # 点 a time of day, or the points
            out.append((f"每日下午5点前未上报扣{per}分{tail}", str(m), Either(Per(str(per)), Unsure())))
            out.append((f"下午5点前未上报扣{per}分", str(m), Either(Once((str(per),)), Unsure())))
            out.append((f"8点前未到岗扣{per}分", str(m), Either(Once((str(per),)), Unsure())))
            out.append((f"1点{fault}扣{per}点{tail}", str(m), Unsure()))
            out.append((f"每发现1处{fault}扣{per}点", str(m), Unsure()))
            out.append((f"1点{fault}扣{per}分{comma}1处{fault}扣{per}分", str(m), Either(Per(str(per)), Unsure())))
            out.append((f"10个测点中1点{fault}扣{per}分{tail}", str(m), Either(Per(str(per)), Unsure())))
            out.append((f"1点{fault}扣{per}分{comma}2点{fault}扣{dec(per) * 3}分", str(m), Unsure()))
            out.append((f"1个点{fault}扣{per}分{tail}", str(m), Either(Per(str(per)), Unsure())))
            out.append((f"1点{fault}扣{per}分(测点不少于5个){tail}", str(m), Either(Per(str(per)), Unsure())))
            out.append((f"1点{fault}扣{per}分{comma}测点少于5个扣{m}分", str(m), Unsure()))
    return out


# ── a score rescaled when items do not apply ────────────────────────────────────────────────────────────────────────
def missing_items() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    words = ("实得|得分", "满分|应得")
    for (t, g), (comma, colon), lead in product([(90, 88), (80, 72), (95, 76)], [(",", ":"), ("，", "：")],
                                               ["", "采用"]):
        r = (dec(g) / dec(t) * 100).quantize(Decimal("0.01"))
        exact = dec(g) / dec(t) * 100 == r
        text = (f"{lead}缺项比率计分法{comma}如某县涉及考核内容{t}分{comma}缺项{100 - t}分{comma}考核得分{g}分{comma}"
                f"那么最终考核得分为{colon}{g}÷{t}×100%={_n(r)}分")
        want = Fn(words, (((g, t), r), ((t, t), 100), ((0, t), 0)))
        out.append((text, "100", Either(want, Unsure()) if lead or not exact else want))
        # the example's figures not agreeing, a 分值 not of 100
        out.append((text.replace(f"缺项{100 - t}分", f"缺项{100 - t + 5}分"), "100", Unsure()))
        out.append((text.replace(f"={_n(r)}", f"={_n(r + 2)}"), "100", Unsure()))
        out.append((text, "50", Unsure()))
        out.append((text.replace("×100%", ""), "100", Unsure()))
    for comma, colon in [(",", ":"), ("，", "：")]:
        out.append((f"当评分遇有缺项时{comma}得分应按下式计算{colon}A=B/C*100(A为遇有缺项时总得分值{comma}B为实查项目的实得分值{comma}"
                    f"C为实查项目的应得满分值)", "100", Either(Fn(words, (((45, 50), 90), ((50, 50), 100))), Unsure())))
        out.append((f"当评分遇有缺项时{comma}得分应按下式计算{colon}A=B/C*100(A为遇有缺项时总得分值{comma}B为实查项目的实得分值{comma}"
                    f"C为实查项目的应得满分值)", "20", Unsure()))
        out.append((f"当评分遇有缺项时{comma}得分应按下式计算{colon}A=B/C*100", "100", Unsure()))
        out.append((f"缺项不得分{comma}按实得分计", "100", Unsure()))
        out.append((f"有缺项的{comma}按实查项目得分÷实查项目满分×100计算", "100",
                    Either(Fn(words, (((45, 50), 90), ((50, 50), 100))), Unsure())))
        out.append((f"有缺项的{comma}按实查项目得分÷实查项目满分×{20}计算", "20",
                    Either(Fn(words, (((45, 50), 18), ((50, 50), 20))), Unsure())))
    return out


def _n(x: Decimal) -> str:
    return format(x.normalize(), "f")


_ALL = limit_first() + past_free() + points_measured() + missing_items()
#: (the first statement of a text the generators write twice)
CASES = first_statements(_ALL)


(test_the_probe_is_of_its_size,
 test_every_made_up_text_is_scored_as_it_says_or_is_to_check) = probe_tests(CASES, 300, 600, own=timed_wrongly)
