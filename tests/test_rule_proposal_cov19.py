"""Made-up texts of practical-test and skills-contest scoring sheets (职业技能鉴定 操作技能考核评分记录表, 技能大赛 评分标准,
护理技术操作 考核评分标准, 实验操作考试 评分细则, 烹饪/茶艺/育婴/电工/钳工/焊工/汽修 实操) — each with what it states (the
situations and their scores) or that it leaves a situation open (to check): faults each with a minus for its deduction
and no 分 (“姿势不正确-2 用力不均-2 未复位-1”, “未洗手—3”, “各-2”, ①②③); time over the limit per minute or per 30 seconds
(“每超时1分钟扣1分”, “超时每分钟扣0.5分”, “超时1分钟扣1分，超时5分钟停止操作”); out of tolerance per 0.01mm or per ℃
(“每超差0.01mm扣1分”, “尺寸超差0.02mm扣2分”, “油温每偏差1℃扣1分”); grade-ratio scales (“A 1.0 B 0.8 C 0.6 D 0.2 E 0”,
“等级比值：A=1.0，…”, “评分等级A、B、C、D、E，比值分别为…”, 配分 × 比值); scores against the best competitor (“按最好成绩的
比例计分”, “以用时最短者为满分，其余按比例计分”); times in bands (“3分钟内完成得满分，3-5分钟得8分，超过5分钟不得分”, 秒,
full-width digits); counts of errors in bands (“错1处扣1分，错2处扣3分，错3处及以上不得分”); fault lists split by ；、
spaces and (1), “各扣N分”, “扣完为止”, “本项最多扣N分”, “配分N分”, “违反安全操作规程本项不得分”, “出现重大失误本题记0分”.
A fault list without 每 may mean each case or once each: either reading is fair, or to check.

Measured on the 382 texts (before → after the readings taught here): exact 55 → 63, flagged 86 → 276 (of them scoring
some situation otherwise than the text says 3 → 0), judgement fallbacks 241 → 43, confident and wrong 0 → 0. Taught:

- a fault's cost written as a bare minus, no 扣 nor 分 (``wording._BARE_MINUS``, ``minuses_bare``; in ``_surface``):
  read as “扣N分” where every cost of the text is so written and nothing is earned or added, never a range (“3-5”), a
  measure or a count (“-5℃”, “-2次”); to check, as the bracketed minuses are (“未写“扣”“分”的负数按扣分读”);
- time over a practical test's limit in minutes or seconds (``delay._overtime``, order 9200): “每超时1分钟扣1分”,
  “超时每分钟扣…”, “每超过1分钟…” a deduction per minute over (sure with a stop said); a step of seconds or several
  minutes counted in such steps, a step without 每, a time line beside it: to check;
- a measure out of tolerance (``deduction._out_of_tolerance``, order 9210): “每超差0.01mm扣1分”, “每偏差1℃扣…” a deduction
  per step of excess, to check (a part of a step unsaid; 每 left out read as each);
- grade-ratio scales (``choice._ratio_grades``, order 9220): grades (A–E in order, or 优/良/…) each with a ratio, the best
  1, falling, as a cell run, a list with = : ( ), or “等级…比值分别为…”, with “得分=配分×比值” after: each grade scores
  配分 × 比值, to check (the figures are ratios, not points);
- scores against the best competitor (``formula._against_best``, order 9230): “按最好成绩的比例计分”, “以最高分为满分，
  其他选手按比例折算”, “用时最短者得满分，其余按最短用时÷本人用时×配分计分”: max × x ÷ best (max × best ÷ x for times),
  to check;
- “本项最多扣N分” / “该题最多扣N分”: the row named before its cap read as the cap (“最多扣N分”) (``wording._ROW_BEFORE_CAP``):
  the 3 texts scoring otherwise when flagged now score as they say.

Judgement fallbacks left (43): time bands written with ～ or whose last band says 以上 (16: “3分钟内完成得10分；3～5分钟
完成得8分；5分钟以上得0分”) — the 分 of 分钟 is taken for a score's (“3~5分”) in a reading of ranges of points, which the
time bands would need taught across the tiers' units (minutes are not among them); texts stated unsure and left so (27:
a 酌情扣分 clause (6), a minus beside a range of points “-2，…3-5分” (6), a ratio scale that rises past 1 or out of order
(6), a grade ladder in words with ratios “优 1.0 良 0.8 中 0.6 差 0.2 极差 0” (3) that a reading of bare cells mangles
(“差:极差0”), the columns form “等级 A B C D E 比值 1.0 0.8 0.6 0.2 0.0” (3) whose figures run together when the spaces
go, and three fault lists with bare minuses whose costs add up to the 分值 (“…—2、…—2、…—1” of 5), which the lists with
扣 fall back on too).

The checker is ``tests/probe_checks.py``'s.
"""
from __future__ import annotations

from decimal import Decimal
from functools import cache
from itertools import product

from services.frameworks.proposal import Proposal, propose
from tests.probe_checks import Either, Fault, Faults, Fn, Want, case_test, first_statements, read_exactly
from tests.proposals import Bands, Once, Per, Ranks, Unsure, dec

_FULL = str.maketrans("0123456789.%", "０１２３４５６７８９．％")
_CN = {1: "一", 2: "两", 3: "三", 4: "四", 5: "五"}


def _n(x: Decimal | int | str) -> str:
    return format(dec(x).normalize(), "f")


# ── faults each with a minus sign for its deduction, no 分 (“未洗手-3”, “各-2”) ──────────────────────────────────────
_FAULTS3 = [("姿势不正确", "用力不均", "未复位"), ("未核对医嘱", "未洗手", "未戴口罩"), ("刀工粗细不匀", "火候掌握不当", "装盘不整洁"),
            ("未断电操作", "接线松动", "导线颜色选用错误"), ("量具使用不当", "工件表面有划伤", "未去毛刺")]


def minus() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (a, b, c), (x, y, z), m in product(_FAULTS3[:3], [("2", "2", "1"), ("1", "0.5", "0.5")], ("10", "5")):
        want = Faults((Fault(a[-3:], f"-{x}"), Fault(b[-3:], f"-{y}"), Fault(c[-3:], f"-{z}")))
        out.append((f"{a}-{x} {b}-{y} {c}-{z}", m, want))
        out.append((f"{a}-{x}；{b}-{y}；{c}-{z}", m, want))
        out.append((f"{a}—{x}、{b}—{y}、{c}—{z}", m, want))
        out.append((f"①{a}-{x} ②{b}-{y} ③{c}-{z}", m, want))
    for (a, b, c), x in product(_FAULTS3[2:], ("2", "1")):
        out.append((f"{a}、{b}各-{x}", "10", Faults((Fault(a[-3:], f"-{x}"), Fault(b[-3:], f"-{x}")))))
        out.append((f"{a}-{x}", "10", Either(Once((x,)), Unsure())))
        out.append((f"{a}-{x}，扣完为止", "10", Faults((Fault(a[-3:], f"-{x}"),))))
        out.append((f"每错一处-{x}", "10", Per(x)))
        # a minus between figures is a range, not a deduction
        out.append((f"{a}-{x}，{c}3-5分", "10", Unsure()))
    return out


# ── time over the limit: per minute, per 30 seconds, a time past which the operation stops ──────────────────────────
def overtime() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for x, m, (t, k) in product(("1", "0.5"), ("10", "5"), [(10, 5), (15, 3)]):
        each = Per(x)
        out.append((f"每超时1分钟扣{x}分", m, each))
        out.append((f"每超时1分钟扣{x}分，扣完为止", m, each))
        out.append((f"超时每分钟扣{x}分", m, each))
        out.append((f"每超过1分钟扣{x}分，扣完为止", m, each))
        out.append((f"每超时一分钟扣{x}分。", m, each))
        out.append((f"每超时30秒扣{x}分", m, Either(each, Unsure())))
        out.append((f"超时1分钟扣{x}分", m, Unsure()))
        out.append((f"超时1分钟扣{x}分，超时{k}分钟停止操作", m, Unsure()))
        out.append((f"每超时1分钟扣{x}分，超时{k}分钟停止操作", m, Unsure()))
        taken = Bands(((t, m), (t + 1, max(0, dec(m) - dec(x))), (t + 3, max(0, dec(m) - 3 * dec(x)))))
        out.append((f"规定时间{t}分钟，每超时1分钟扣{x}分", m, Either(each, Either(taken, Unsure()))))
        out.append((f"在{t}分钟内完成，每超时1分钟扣{x}分，扣完为止", m, Either(each, Either(taken, Unsure()))))
    return out


# ── out of tolerance: per 0.01mm, once, nothing ──────────────────────────────────────────────────────────────────
def tolerance() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (step, unit), x, m in product([("0.01", "mm"), ("0.02", "")], ("1", "2"), ("8", "5")):
        out.append((f"每超差{step}{unit}扣{x}分", m, Either(Per(x), Unsure())))
        out.append((f"尺寸每超差{step}{unit}扣{x}分，扣完为止", m, Either(Per(x), Unsure())))
        out.append((f"尺寸超差{step}{unit}扣{x}分", m, Unsure()))
        out.append((f"每超差{step}{unit}扣{x}分，超差0.05{unit}以上不得分", m, Unsure()))
        out.append(("超差不得分", m, Ranks((int(m), 0))))
    for x, m in (("1", "5"), ("2", "10")):
        out.append((f"油温每偏差1℃扣{x}分", m, Either(Per(x), Unsure())))
        out.append((f"水温每偏离5℃扣{x}分", m, Either(Per(x), Unsure())))
    return out


# ── grade-ratio scales: 配分 × 比值 ──────────────────────────────────────────────────────────────────────────────
_RATIOS = [("A", "B", "C", "D", "E"), ("1.0", "0.8", "0.6", "0.2", "0")]


def ratios() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    letters, rs = _RATIOS
    for m in (10, 5, 20):
        want = Ranks(tuple(_n(dec(m) * dec(r)) for r in rs))
        pairs = list(zip(letters, rs))
        out.append((" ".join(f"{g} {r}" for g, r in pairs), str(m), Either(want, Unsure())))
        out.append(("等级比值：" + "，".join(f"{g}={r}" for g, r in pairs), str(m), want))
        out.append(("等级比值 " + " ".join(f"{g}({r})" for g, r in pairs), str(m), want))
        out.append(("比值：" + "；".join(f"{g}：{r}" for g, r in pairs), str(m), want))
        out.append(("评分等级A、B、C、D、E，比值分别为1.0、0.8、0.6、0.2、0", str(m), want))
        out.append(("等级 A B C D E 比值 1.0 0.8 0.6 0.2 0.0", str(m), want))
        out.append((" ".join(f"{g} {r}" for g, r in pairs) + "，得分=配分×比值", str(m), want))
        out.append((" ".join(f"{g}级 {r}" for g, r in pairs) + "（按配分乘以比值计分）", str(m), want))
        out.append(("等级比值：" + "，".join(f"{g}={r}" for g, r in pairs[:4]), str(m),
                    Either(Ranks(tuple(_n(dec(m) * dec(r)) for r in rs[:4])), Unsure())))
        out.append(("等级比值：A=1.2，B=1.0，C=0.8，D=0.5，E=0", str(m), Unsure()))
        out.append(("等级比值：A=1.0，B=0.6，C=0.8，D=0.2，E=0", str(m), Unsure()))
        out.append(("优 1.0 良 0.8 中 0.6 差 0.2 极差 0", str(m), Either(want, Unsure())))
        out.append(("等级比值：好=1.0，较好=0.8，一般=0.6，较差=0.2，差=0", str(m), want))
    return out


# ── scored against the best competitor ─────────────────────────────────────────────────────────────────────────
def best() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for m in (10, 20, 15):
        up = Fn(("选手|本人|参赛|实际|个人", "最好|最高|最佳"), (((80, 100), dec(m) * 8 / 10), ((100, 100), m), ((0, 100), 0)))
        down = Fn(("选手|本人|参赛|实际|个人", "最短|最快|最少"), (((100, 100), m), ((200, 100), dec(m) / 2)))
        for text in ("按最好成绩的比例计分", "以最好成绩为满分，其余选手按比例计分", "以最高分为满分，其他选手按比例折算",
                     "最好成绩得满分，其余按与最好成绩的比例计分"):
            out.append((text, str(m), Either(up, Unsure())))
        for text in ("以用时最短者为满分，其余按比例计分", "用时最短者得满分，其余选手按最短用时÷本人用时×配分计分"):
            out.append((text, str(m), Either(down, Unsure())))
        out.append(("按最好成绩的比例计分，超时不得分", str(m), Unsure()))
    return out


# ── times in bands ─────────────────────────────────────────────────────────────────────────────────────────────
def time_bands() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (a, b), (m, y), (u, full) in product([(3, 5), (10, 15)], [(10, 8), (5, 3)],
                                             [("分钟", False), ("秒", False), ("分钟", True)]):
        soft = Bands(((a - 1, m), ((a + b) / 2, y), (b + 1, 0)))
        sharp = Bands(((a, m), (a + 1, y), (b, y), (b + 1, 0)))
        def f(s: str) -> str:
            return s.translate(_FULL) if full else s
        out.append((f(f"{a}{u}内完成得满分，{a}-{b}{u}得{y}分，超过{b}{u}不得分"), str(m), Either(soft, Unsure())))
        out.append((f(f"{a}{u}内完成得{m}分；{a}～{b}{u}完成得{y}分；{b}{u}以上得0分"), str(m), Either(soft, Unsure())))
        out.append((f(f"用时≤{a}{u}得{m}分，{a}{u}<用时≤{b}{u}得{y}分，用时>{b}{u}得0分"), str(m), Either(sharp, Unsure())))
        if not full and u == "分钟":
            out.append((f"{a}{u}内完成得{m}分，{a}-{b}{u}得{y}分", str(m), Unsure()))
            out.append((f"{a}{u}内完成得{m + 2}分，{a}-{b}{u}得{y}分，超过{b}{u}不得分", str(m), Unsure()))
    return out


# ── counts of errors in bands ──────────────────────────────────────────────────────────────────────────────────
def error_bands() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (x, y), m, (what, unit) in product([(1, 3), (2, 4)], (5, 10), [("错", "处"), ("漏", "项")]):
        want = Bands(((0, m), (1, m - x), (2, m - y), (3, 0), (6, 0)))
        out.append((f"{what}1{unit}扣{x}分，{what}2{unit}扣{y}分，{what}3{unit}及以上不得分", str(m), want))
        out.append((f"{what}一{unit}扣{x}分，{what}两{unit}扣{y}分，{what}三{unit}及以上不得分", str(m), want))
        out.append((f"无错误得{m}分，{what}1{unit}得{m - x}分，{what}2{unit}得{m - y}分，{what}3{unit}及以上得0分", str(m),
                    Either(want, Unsure())))
        out.append((f"每{what}1{unit}扣{x}分，{what}3{unit}及以上不得分", str(m),
                    Either(Bands(((0, m), (1, m - x), (2, max(0, m - 2 * x)), (3, 0), (6, 0))), Unsure())))
    return out


# ── faults with their deductions in a list, remarks after them ─────────────────────────────────────────────────
def fault_lists() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (a, b, c), (x, y, z), m in product(_FAULTS3[1:4], [("2", "2", "1"), ("1", "1", "0.5")], ("10",)):
        want = Faults((Fault(a[-3:], f"-{x}"), Fault(b[-3:], f"-{y}"), Fault(c[-3:], f"-{z}")))
        out.append((f"{a}扣{x}分；{b}扣{y}分；{c}扣{z}分", m, want))
        out.append((f"{a}扣{x}分、{b}扣{y}分、{c}扣{z}分，扣完为止", m, want))
        out.append((f"{a}扣{x}分 {b}扣{y}分 {c}扣{z}分", m, want))
        out.append((f"(1){a}扣{x}分 (2){b}扣{y}分 (3){c}扣{z}分", m, want))
    for (a, b, c), x, m in product(_FAULTS3[:3], ("1", "2"), ("10",)):
        out.append((f"{a}、{b}、{c}各扣{x}分", m, Faults((Fault(a[-3:], f"-{x}"), Fault(b[-3:], f"-{x}"),
                                                       Fault(c[-3:], f"-{x}")))))
        out.append((f"每错一处扣{x}分，扣完为止；违反安全操作规程本项不得分", m,
                    Faults((Fault("错|处", f"-{x}", True), Fault("违反|安全", "0", False)))))
        out.append((f"{a}扣{x}分；出现重大失误本题记0分", m, Unsure()))
        out.append((f"{a}扣{x}分；{b}酌情扣分", m, Unsure()))
    for x, m in (("1", "10"), ("0.5", "5"), ("2", "8")):
        out.append(("违反安全操作规程，本项不得分", m, Either(Ranks((int(m), 0)), Unsure())))
        out.append((f"每错一处扣{x}分，本项最多扣{int(dec(m)) // 2}分", m, Per(x, str(int(dec(m)) // 2))))
        out.append((f"每错一处扣{x}分，扣完为止", m, Per(x)))
        out.append((f"配分{m}分，每错一处扣{x}分，扣完为止", m, Per(x)))
        out.append((f"本项配分{m}分。每漏一项扣{x}分，扣完为止", m, Per(x)))
        out.append((f"配分{int(dec(m)) + 5}分，每错一处扣{x}分，扣完为止", m, Unsure()))
        out.append((f"每错一处扣{x}分，扣完为止".translate(_FULL), m, Per(x)))
        out.append((f"一处不符合要求扣{x}分，扣完为止", m, Per(x)))
        out.append((f"用物准备不齐全，每缺一件扣{x}分", m, Per(x)))
        out.append((f"按压深度不足5cm，每次扣{x}分", m, Per(x)))
    return out


_ALL = minus() + overtime() + tolerance() + ratios() + best() + time_bands() + error_bands() + fault_lists()
CASES = first_statements(_ALL)


@cache
def _proposed(text: str, weight: str) -> Proposal:
    return propose(text, weight, "指标")


def test_the_probe_is_of_its_size():
    assert 200 <= len(CASES) <= 400
    assert len({(text, w) for text, w, _want in CASES}) == len(CASES)


test_every_made_up_text_is_scored_as_it_says_or_is_to_check = case_test(CASES, proposed=_proposed)


def test_the_readings_read_their_texts_exactly():
    exact = read_exactly(CASES, _proposed)
    assert exact == 71  # (55 before the readings of this round; 63 before test_rule_proposal_cov265.py's)
