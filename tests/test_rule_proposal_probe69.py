"""Made-up texts in the styles of the course-assessment readings just added (a written weighted formula of 成绩/得分 —
“总评成绩=平时成绩×40%+期末成绩×60%”, a colon form, a bracketed aside in a name, a closing cap “(90分封顶)”; the best of
several scores, “max(H1,H2,H3)”, “…两者中的较高者”, “…中的最高分”; 0 or the whole said first, “分值:0 或 5 1.…2.…”;
points per session by its kind, “共10次课,每次正常出勤得1分,迟到得0.5分,缺勤不得分”; scores scaled to the 分值, “…按满分10分
等比例折算”; bare pluses as points, “提交设计文档 +2 …”; parts' shares in % of a heading's points; “积分达到10分的得满分,不足
10分的按实际得分计”) and in the wordings the sheets used for the same matters before (“平时成绩占40%,期末成绩占60%”, “…得2分”
for each thing handed in, “0/3/5:…”, “迟到一次扣0.5分,缺勤一次扣1分,扣完为止”) — and their near variants where a confident
reading would be wrong: weights not adding up to 100%, a part the evaluator cannot enter, a cap other than the 分值, words
after the formula; a best-of after a sentence that scores, of named grades, the lowest; three scores said first, a list
that scores parts or deducts; sessions not making the 分值, kinds that deduct; a scale other than the 分值; pluses past or
short of the 分值, minus signs among them; shares not adding up to 100%, a rate inside; a line other than the 分值, “按比例
计分” — each with what it states (a few situations and their scores) or that it is unsure (to check). Every proposal
scores every situation as the text says, or is not confident.

Confident readings found scoring wrong, and mended (21 texts of the 592, one cause):

- the scores a row can take said first (“分值:0 或 5 1. 资料齐全得4分; 2. 按时报送得1分”, “0/3/5:资料齐全得5分,基本齐全得2分,
  不齐全得0分”, “得分:0、5。资料齐全的得5分,否则扣2分”) were dropped by readings that do not hold them: the parts' points
  read as a 要点核查 of 4 and 1 (a row the text says scores 0 or 5 scoring 4), a choice of 5, 2 and 0 or of 5 and 3 — the
  lead's figures passed as placed (0 and the 分值 are always known figures, the middle one taken into a label). Now a
  reading of a text opening with its scores (“分值/得分/分数/评分/计分:” then figures joined by 或, / or 、, one of them 0;
  without the lead, 或 or / alone) is to check, with a note naming them, unless it scores only those: a 全有或全无 of 0 and
  the 分值, a choice whose every option scores one of them, the highest the 分值 (``reading._scores_unheld``); the scores
  on a line of their own (“分值:10或0”, then “资料齐全的…” on the next line: joined with no mark) are found so too.

Readings left to check that would score some situations otherwise (not confident, so no bar): every reading just added
(a written formula, a best-of, 0 or the whole, sessions by kind, scores scaled, bare pluses, shares in %, the score as it
is), which are to check by design, and their near variants; “平时成绩占40%,期末成绩占60%”, a formula without what it gives,
“…总评不超过90分”, “两次测验成绩取最高分计入” and the like left to the team, points per session without a second kind, a
threshold of points other than the 分值, “按比例计分”, points with a plus and 分 (“+2分”). Sure and right as before:
“迟到一次扣0.5分,缺勤一次扣1分,扣完为止”, points each earned (“提交设计文档得2分,…”), “积分达到10分的得满分,不足10分的不得分”,
“0/3/5:…” with its options scoring those figures, “得分=实际得分/满分×10”.

The checker is ``tests/probe_checks.py``'s.
"""
from __future__ import annotations

from decimal import Decimal
from itertools import product

import pytest

from tests.probe_checks import Either, Fault, Faults, Fn, Want, first_statements, probe_tests
from tests.proposals import Bands, Once, Ranks, Unsure, to_check


def _n(x: Decimal | int | float | str) -> str:
    return format(Decimal(str(x)).normalize(), "f")


def _w(a: int, p: int, b: int, q: int) -> str:
    return _n(Decimal(a) * p / 100 + Decimal(b) * q / 100)


# ── a written weighted formula of 成绩 ───────────────────────────────────────────────────────────────────────────
def written() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    marks = [("×", "=", "%"), ("*", "＝", "％"), ("×", "＝", "%")]
    for k, ((lhs, a, b), (p, q)) in enumerate(product(
            [("总评成绩", "平时成绩", "期末成绩"), ("课程总成绩", "实验成绩", "考试成绩"), ("最终得分", "过程得分", "答辩得分")],
            [(40, 60), (30, 70), (50, 50)])):
        times, eq, pct = marks[k % 3]
        fn = Fn((a, b), (((80, 90), _w(80, p, 90, q)), ((100, 0), _w(100, p, 0, q)), ((60, 100), _w(60, p, 100, q))))
        out.append((f"{lhs}{eq}{a}{times}{p}{pct}+{b}{times}{q}{pct}", "100", Either(fn, Unsure())))
        out.append((f"{lhs}：{a}{times}{p}{pct}+{b}{times}{q}{pct}", "100", Either(fn, Unsure())))
        out.append((f"{lhs}{eq}{a}{times}{p}{pct}+{b}{times}{q}{pct}（100分封顶）", "100", Either(fn, Unsure())))
        # weights not adding up to 100%
        out.append((f"{lhs}{eq}{a}{times}{p}{pct}+{b}{times}{q - 10}{pct}", "100", Unsure()))
        out.append((f"{lhs}{eq}{a}{times}{p + 10}{pct}+{b}{times}{q}{pct}", "100", Unsure()))
        # a cap other than the 分值
        out.append((f"{lhs}{eq}{a}{times}{p}{pct}+{b}{times}{q}{pct}（90分封顶）", "100", Unsure()))
        out.append((f"{lhs}{eq}{a}{times}{p}{pct}+{b}{times}{q}{pct}，110分封顶", "100", Unsure()))
        # words after the formula
        out.append((f"{lhs}{eq}{a}{times}{p}{pct}+{b}{times}{q}{pct}，{b}低于60分的，{lhs}记为不及格", "100", Unsure()))
        out.append((f"{lhs}{eq}{a}{times}{p}{pct}+{b}{times}{q}{pct}；缺考者本项不得分", "100", Unsure()))
        # a part the evaluator cannot enter (itself a formula of parts not given)
        out.append((f"{lhs}{eq}({a}+{b})/2×{p}{pct}+附加分", "100", Unsure()))
    for w, cap in [("90", "90"), ("80", "80"), ("90", "100")]:
        text = f"最终成绩：各项得分累加×80%（{cap}分封顶）"
        fn = Fn(("各项",), (((100,), "80"), ((110,), "88"), ((120,), _n(min(96, int(cap)))), ((50,), "40")))
        out.append((text, w, Either(fn, Unsure()) if cap == w else Unsure()))
        out.append((f"最终成绩:各项得分累加*80%,{cap}分封顶", w, Either(fn, Unsure()) if cap == w else Unsure()))
    for aside in ["（代码）", "(源码)", "（含答辩）"]:
        fn = Fn(("项目实现", "文档"), (((90, 80), "86"), ((100, 0), "60")))
        out.append((f"课程总评分数=项目实现{aside}×60%+文档×40%", "100", Either(fn, Unsure())))
        out.append((f"课程总评分数=项目实现{aside}×60%+文档×30%", "100", Unsure()))
    return out


# ── the best of several scores ───────────────────────────────────────────────────────────────────────────────────
def best() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for names, w in [(("H1", "H2", "H3"), "10"), (("作业1", "作业2"), "20"), (("自评得分", "复评得分"), "10"),
                     (("实验一", "实验二", "实验三"), "30")]:
        k = len(names)
        ws = int(w)
        samples = (((ws,) + (0,) * (k - 1), w), ((1,) * k, "1"), (tuple(range(k)), str(k - 1)))
        fn = Fn(names, samples)
        joined, listed = ",".join(names), "、".join(names)
        out.append((f"max({joined})", w, Either(fn, Unsure())))
        out.append((f"计分规则为 max({', '.join(names)})", w, Either(fn, Unsure())))
        out.append((f"本项得分取{listed}中的最高分", w, Either(fn, Unsure())))
        out.append((f"取{listed}{'两三四'[k - 2]}者中的较高者", w, Either(fn, Unsure())))
        out.append((f"满分{w}分的选做作业：{joined}；计分规则为max({joined})", w, Either(fn, Unsure())))
        # a lead sentence that scores, a 满分 other than the 分值
        out.append((f"每份作业按时提交得2分；计分规则为max({joined})", w, Unsure()))
        out.append((f"迟交一次扣1分。本项得分取{listed}中的最高分", w, Unsure()))
        out.append((f"{listed}各占50%；本项得分取{listed}中的最高分", w, Unsure()))
        out.append((f"满分{ws * 2}分的选做作业：{joined}；计分规则为max({joined})", w, Unsure()))
        # the lowest, the mean, the best with words after
        low = Fn(names, (((ws,) + (0,) * (k - 1), "0"), ((1,) * k, "1")))
        out.append((f"本项得分取{listed}中的最低分", w, Either(low, Unsure())))
        out.append((f"min({joined})", w, Either(low, Unsure())))
        out.append((f"本项得分取{listed}中的最高分，迟交的扣2分", w, Unsure()))
        out.append((f"本项得分取{listed}中的最高分×80%", w, Unsure()))
    # best of named grades: no scores to take the best of
    for w in ("10", "5"):
        out.append(("取优、良、中三者中的最高者", w, Unsure()))
        out.append(("取自评等级和复评等级两者中的较高者", w, Unsure()))
        out.append(("取A档、B档中的较高分", w, Unsure()))
    return out


# ── 0 or the whole said first ────────────────────────────────────────────────────────────────────────────────────
def none_or_all() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    reqs = ["资料齐全", "按时报送", "格式规范"]
    for w, (lead, sep, sp) in product(("5", "10"), [("分值：", "或", " "), ("得分:", "/", ""), ("分数：", "或", "")]):
        m = int(w)
        body = sp.join(f"{i}. {r}；" for i, r in enumerate(reqs, 1))
        out.append((f"{lead}0 {sep} {w} {body}", w, Ranks((m, 0))))
        out.append((f"{lead}0{sep}{w}；提交的脚本能成功运行，则获取该部分得分。", w, Ranks((m, 0))))
        # three scores: what earns the middle one unsaid
        out.append((f"{lead}0、{max(1, m // 2)}{sep}{w} {body}", w, Unsure()))
        out.append((f"{lead}0{sep}{max(1, m // 2)}{sep}{w}；{body}", w, Unsure()))
        # the list scores parts
        parts = f"1. {reqs[0]}得{m - 1}分；2. {reqs[1]}得1分"
        out.append((f"{lead}0 {sep} {w} {parts}", w, Unsure()))
        out.append((f"{lead}0 {sep} {w} 1. {reqs[0]}，每缺一项扣1分；2. {reqs[1]}", w, Unsure()))
        out.append((f"{lead}0 {sep} {w} 1. {reqs[0]}；2. {reqs[1]}，部分满足的酌情给分", w, Unsure()))
        # the figure said is not the 分值
        out.append((f"{lead}0 {sep} {m + 2} {body}", w, Unsure()))
    return out


# ── points per session by its kind ───────────────────────────────────────────────────────────────────────────────
def sessions() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for k, ((n, pa, pb), (full, late, absent)) in enumerate(product(
            [(10, "1", "0.5"), (16, "0.5", "0.2"), (20, "0.5", "0.3")],
            [("正常出勤", "迟到", "缺勤"), ("按时签到", "迟到", "旷课")])):
        c, e = [("，", "。"), (",", ";")][k % 2]
        w = _n(n * Decimal(pa))
        fn = Fn((full, late), (((n, 0), w), ((n - 2, 2), _n((n - 2) * Decimal(pa) + 2 * Decimal(pb))), ((0, 0), "0")))
        out.append((f"共{n}次课{c}每次{full}得{pa}分{c}{late}得{pb}分{c}{absent}不得分{e}", w, Either(fn, Unsure())))
        out.append((f"{n}次考勤{c}每次{full}计{pa}分{c}{late}计{pb}分", w, Either(fn, Unsure())))
        # sessions × points not the 分值
        out.append((f"共{n}次课{c}每次{full}得{pa}分{c}{late}得{pb}分{c}{absent}不得分{e}", _n(n * Decimal(pa) + 2), Unsure()))
        out.append((f"共{n + 2}次课{c}每次{full}得{pa}分{c}{late}得{pb}分{c}{absent}不得分{e}", w, Unsure()))
        # a kind that costs
        out.append((f"共{n}次课{c}每次{full}得{pa}分{c}{late}得{pb}分{c}{absent}扣1分{e}", w, Unsure()))
        out.append((f"共{n}次课{c}每次{full}得{pa}分{c}{late}扣{pb}分{c}{absent}不得分{e}", w, Unsure()))
        # a kind counted beyond: a leave counted as present, or not
        out.append((f"共{n}次课{c}每次{full}得{pa}分{c}{late}得{pb}分{c}{absent}不得分；请假按{full}计分", w,
                    Either(Fn((full, late), fn.samples), Unsure())))
    return out


# ── scores scaled to the 分值 ────────────────────────────────────────────────────────────────────────────────────────
def scaled() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for k, (w, what) in enumerate(product(("10", "20", "100"), ["各次测验得分之和", "单元测试成绩之和", "作业成绩"])):
        c, e = [("，", ""), (",", "。")][k % 2]
        m = int(w)
        out.append((f"{what}{c}按满分{w}分等比例折算{e}", w, Either(Bands(((50, m / 2), (100, m))), Unsure())))
        out.append((f"{what}{c}按满分{m * 2}分等比例折算{e}", w, Unsure()))
        out.append((f"{what}{c}按满分{w}分等比例折算{c}迟交的扣2分{e}", w, Unsure()))
        out.append((f"{what}{c}按{w}分进行比例换算{e}", w, Either(Bands(((50, m / 2), (100, m))), Unsure())))
    return out


# ── bare pluses as points ────────────────────────────────────────────────────────────────────────────────────────
def pluses() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    things = ["提交设计文档", "提交测试报告", "提交演示视频", "完成代码评审"]
    for pts, (sp, plus) in product([(2, 2, 2), (3, 2), (1, 2, 3, 4), (5, 5)], [(" ", "+"), ("　", "＋ ")]):
        k = len(pts)
        m = sum(pts)
        body = sp.join(f"{t}{plus}{p}" for t, p in zip(things, pts))
        out.append((body, str(m), Either(Once(tuple(str(p) for p in pts)), Unsure())))
        # pluses beyond the 分值 (a bonus), or short of it
        out.append((body, str(m - 1), Unsure()))
        out.append((body, str(m + 2), Unsure()))
        out.append((f"基本分{m}分 " + body, str(m), Unsure()))
        # a minus among them
        out.append((body + f"{sp}未按时提交{plus.replace('+', '-').replace('＋', '－')}1", str(m), Unsure()))
        out.append((f"{things[0]}{plus}{pts[0]}{sp}{things[-1]}-{pts[-1]}", str(m), Unsure()))
        if k > 2:
            out.append((body + f"{sp}每项最多{plus}{pts[0]}", str(m), Unsure()))
    return out


# ── parts' shares in % of a heading's points ────────────────────────────────────────────────────────────────────
def shares() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    parts = ["格式规范", "内容完整", "结论正确", "参考文献标注"]
    for (w, ps), (lb, rb, sep) in product([(20, (20, 50, 30)), (70, (10, 20, 60, 10)), (10, (50, 50)), (40, (25, 25, 50))],
                                          [("（", "）", "，"), ("(", ")", "")]):
        head = f"撰写课程报告{lb}{w}分{rb}"
        body = sep.join(f"{p}{s}%" for p, s in zip(parts, ps))
        costs = tuple(_n(Decimal(w) * s / 100) for s in ps)
        out.append((head + body, str(w), Either(Once(costs), Unsure())))
        # shares not adding up to 100%
        bad = ps[:-1] + (ps[-1] + 10,)
        out.append((head + sep.join(f"{p}{s}%" for p, s in zip(parts, bad)), str(w), Unsure()))
        bad2 = ps[:-1] + (ps[-1] - 5,)
        out.append((head + sep.join(f"{p}{s}%" for p, s in zip(parts, bad2)), str(w), Unsure()))
        # a rate inside
        out.append((head + sep.join([f"查重率{ps[0]}%"] + [f"{p}{s}%" for p, s in zip(parts[1:], ps[1:])]), str(w), Unsure()))
        out.append((head + sep.join([f"{parts[0]}达到{ps[0]}%"] + [f"{p}{s}%" for p, s in zip(parts[1:], ps[1:])]), str(w),
                    Unsure()))
        # the heading's points not the 分值
        out.append((head + body, str(w + 10), Unsure()))
    return out


# ── the score as it is, up to a line ──────────────────────────────────────────────────────────────────────────────
def actual() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (w, what), (c, e) in product([(10, "积分"), (100, "题目总分值"), (20, "累计得分")], [("，", ""), (",", "。")]):
        sure = Bands(((w * 7 // 10, w * 7 // 10), (w, w), (w + 2, w)))
        out.append((f"{what}达到{w}分的得满分{c}不足{w}分的按实际得分计{e}", str(w), Either(sure, Unsure())))
        out.append((f"{what}达到或超过{w}分的{c}得满分{c}不满{w}分的按照实际得分计入{e}", str(w), Either(sure, Unsure())))
        # a line other than the 分值
        out.append((f"{what}达到{w + 2}分的得满分{c}不足{w + 2}分的按实际得分计{e}", str(w), Unsure()))
        out.append((f"{what}达到{w // 2}分的得满分{c}不足{w // 2}分的按实际得分计{e}", str(w), Unsure()))
        # in proportion
        out.append((f"{what}达到{w}分的得满分{c}不足{w}分的按比例计分{e}", str(w),
                    Either(Bands(((w // 2, _n(Decimal(w) / 2)), (w, w))), Unsure())))
        out.append((f"{what}达到{w * 2}分的得满分{c}不足{w * 2}分的按比例计分{e}", str(w),
                    Either(Bands(((w, _n(Decimal(w) / 2)), (w * 2, w))), Unsure())))
        # a deduction besides
        out.append((f"{what}达到{w}分的得满分{c}不足{w}分的按实际得分计{c}弄虚作假的扣{w // 2}分{e}", str(w), Unsure()))
    return out


# ── the same matters in wordings the sheets used before ────────────────────────────────────────────────────────
def nearby() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (p, q), c in zip([(40, 60), (30, 70), (20, 80)], ["，", ",", "；"]):
        fn = Fn(("平时", "期末"), (((80, 90), _w(80, p, 90, q)), ((100, 0), _n(p))))
        out.append((f"平时成绩占{p}%{c}期末成绩占{q}%", "100", Either(fn, Unsure())))
        out.append((f"平时成绩占{p}%{c}期末成绩占{q - 10}%", "100", Unsure()))
        out.append((f"平时成绩×{p}%+期末成绩×{q}%", "100", Either(fn, Unsure())))
        out.append((f"平时成绩×{p}%+期末成绩×{q - 10}%", "100", Unsure()))
        out.append((f"总评成绩由平时成绩（{p}%）和期末成绩（{q}%）组成", "100", Either(fn, Unsure())))
        out.append((f"总评成绩=平时成绩×{p}%+期末成绩×{q}%{c}总评不超过90分", "100", Unsure()))
    for n, w in [("两次", "10"), ("三次", "20")]:
        out.append((f"{n}测验成绩取最高分计入", w, Unsure()))
        out.append((f"{n}测验成绩取最低分计入", w, Unsure()))
        out.append((f"取{n}作业的最高分", w, Unsure()))
    for (n, pa), (c, e) in product([(10, "1"), (20, "0.5"), (16, "0.5")], [("，", ""), (",", "。")]):
        w = _n(n * Decimal(pa))
        fn = Fn(("出勤",), (((n,), w), ((n - 2,), _n((n - 2) * Decimal(pa))), ((0,), "0")))
        out.append((f"共{n}次课{c}每次出勤得{pa}分{e}", w, Either(fn, Unsure())))
        out.append((f"共{n}次课{c}每次出勤得{pa}分{e}", _n(n * Decimal(pa) + 2), Unsure()))
        out.append((f"每次出勤得{pa}分{c}共{n}次{e}", w, Either(fn, Unsure())))
        out.append((f"共{n}次课{c}每次出勤得{pa}分{c}迟到扣{pa}分{e}", w, Unsure()))
    for (x, y), c in zip([("0.5", "1"), ("1", "2"), ("0.5", "2")], ["，", ",", "；"]):
        faults = Faults((Fault("迟到", f"-{x}", True), Fault("缺勤", f"-{y}", True)))
        out.append((f"迟到一次扣{x}分{c}缺勤一次扣{y}分{c}扣完为止", "10", faults))
        out.append((f"迟到一次扣{x}分{c}缺勤一次扣{y}分", "10", Either(faults, Unsure())))
    for (t, w), c in product([(10, 10), (12, 10), (20, 20), (15, 20)], ["，", ","]):
        out.append((f"积分达到{t}分的得满分{c}不足{t}分的不得分", str(w), Either(Ranks((w, 0)), Unsure())))
        out.append((f"积分达到{t}分的得满分", str(w), Either(Ranks((w, 0)), Unsure())))
        out.append((f"积分每1分计1分{c}最高{t}分", str(w),
                    Either(Bands(((w // 2, w // 2), (w, w), (w + 5, w))), Unsure()) if t == w else Unsure()))
    for pts, c in zip([(2, 2, 2), (1, 2, 3), (3, 3)], ["，", ",", "；"]):
        things = ["提交设计文档", "提交测试报告", "提交演示视频"]
        m = sum(pts)
        costs = tuple(str(x) for x in pts)
        out.append((c.join(f"{t}+{x}分" for t, x in zip(things, pts)), str(m), Either(Once(costs), Unsure())))
        out.append((c.join(f"{t}+{x}分" for t, x in zip(things, pts)), str(m - 1), Unsure()))
        out.append((c.join(f"{t}得{x}分" for t, x in zip(things, pts)), str(m), Once(costs)))
        out.append((c.join(f"{t}得{x}分" for t, x in zip(things, pts)), str(m + 1), Unsure()))
    for (w, ps), c in product([(20, (20, 50, 30)), (10, (50, 30, 20))], ["，", "；"]):
        parts = ["格式规范", "内容完整", "结论正确"]
        costs = tuple(_n(Decimal(w) * x / 100) for x in ps)
        out.append((f"撰写课程报告（{w}分）：" + c.join(f"{a}（{b}分）" for a, b in zip(parts, costs)), str(w),
                    Either(Once(costs), Unsure())))
        out.append(("撰写课程报告：" + c.join(f"{a}占{x}%" for a, x in zip(parts, ps)), str(w), Either(Once(costs), Unsure())))
        out.append(("撰写课程报告：" + c.join(f"{a}占{x}%" for a, x in zip(parts, ps[:-1] + (ps[-1] - 10,))), str(w), Unsure()))
        out.append((c.join(f"{a}{x}%" for a, x in zip(parts, ps)), str(w), Either(Once(costs), Unsure())))
    for w, (lead, sep) in product((5, 10), [("", "/"), ("分值：", "或"), ("得分:", "、")]):
        h = w // 2 + 1
        out.append((f"{lead}0{sep}{h}{sep}{w}：资料齐全得{w}分，基本齐全得{h}分，不齐全得0分", str(w), Ranks((w, h, 0))))
        out.append((f"{lead}0{sep}{h}{sep}{w}：资料齐全得{w}分，基本齐全得{h - 1}分，不齐全得0分", str(w), Unsure()))
        out.append((f"{lead}0{sep}{w}。资料齐全的得{w}分，按时报送的得{h}分", str(w), Unsure()))
        out.append((f"{lead}0{sep}{w}。资料齐全的得{w}分，否则扣2分", str(w), Unsure()))
        out.append((f"{lead}{w}{sep}0；资料齐全的得{w}分，不齐全的得{h}分", str(w), Unsure()))
    for w in (5, 10):
        h = w // 2 + 1
        out.append((f"得分：{w}或0，资料齐全得{w}分，否则得0分", str(w), Ranks((w, 0))))
        out.append((f"{w}/0：资料齐全得{w}分，否则不得分", str(w), Ranks((w, 0))))
        out.append((f"{w}/0：资料齐全得{w}分，否则得{h}分", str(w), Unsure()))
        out.append((f"分值：0或{w}，资料齐全得{w}分，基本齐全得{h}分", str(w), Unsure()))
        out.append((f"分值：0或{w}，资料齐全得{w}分", str(w * 2), Unsure()))
        out.append((f"两次作业各{w}分，取较高者", str(w), Unsure()))
        out.append((f"两次作业各{w}分，取较高者", str(w * 2), Unsure()))
        out.append((f"得分=实际得分/满分×{w}", str(w), Either(Bands(((50, _n(Decimal(w) / 2)), (100, w))), Unsure())))
        out.append((f"作业成绩×20%，最高{w}分", str(w * 2), Unsure()))
        out.append((f"提交设计文档加{h}分，提交测试报告加{w - h}分", str(w), Either(Once((str(h), str(w - h))), Unsure())))
        out.append((f"提交设计文档加{h}分，提交测试报告加{w - h}分", str(w + 1), Unsure()))
        out.append((f"缺勤1次扣1分，迟到1次扣0.5分，最多扣{w}分", str(w),
                    Faults((Fault("缺勤", "-1", True), Fault("迟到", "-0.5", True)))))
        out.append((f"满分{w}分，0或{w}：按时提交得{w}分，逾期得{h}分", str(w), Unsure()))
        out.append((f"分值：0或{w}；按时提交得{w}分；逾期1天扣1分", str(w), Unsure()))
        out.append((f"分值0或{w}：按时提交得{w}分，逾期提交得{h}分", str(w), Unsure()))
        out.append((f"{w}分或0分。按时提交", str(w), Either(Ranks((w, 0)), Unsure())))
    return out


_ALL = (written() + best() + none_or_all() + sessions() + scaled() + pluses() + shares() + actual()
        + nearby())
#: (the first statement of a text the generators write twice)
CASES = first_statements(_ALL)


(test_the_probe_is_of_its_size,
 test_every_made_up_text_is_scored_as_it_says_or_is_to_check) = probe_tests(CASES, 300, 600)


@pytest.mark.parametrize("text, weight, said", [
    ("分值：0 或 5 1. 资料齐全得4分； 2. 按时报送得1分", "5", "0或5"),
    ("0/3/5：资料齐全得5分，基本齐全得2分，不齐全得0分", "5", "0/3/5"),
    ("得分:0、5。资料齐全的得5分，否则扣2分", "5", "0、5"),
])
def test_scores_said_first_that_the_reading_does_not_hold_are_named(text, weight, said):
    to_check(text, weight, said)
