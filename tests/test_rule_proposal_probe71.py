"""Made-up texts in the styles of the readings merged from unseen220b — a share defined, then “以比例值乘以N直接得分”
(``rate._defined_ratio_times``); a heading naming the row with its 分值 before points with their points in brackets or
after commas (“数据采集（10分） 采集脚本可运行（4分）…”, “(12分)系统设计(4分)…”, “实验分析,10分;A,4分;B,6分”:
``checklist._total_then_points``, ``_points_first_as_closing``); a score on a scale of its own brought to the 分值
(“课堂测验满分50分，按比例折算为10分。”: ``rate._scaled_to_weight``); another area's deduction in brackets
(``reading._area_deducting``); “直至扣完该项分值” as the stop — and their near variants where a confident reading would
be wrong: shares that are decreases or changes, 乘以 a figure other than the 分值, two shares in one definition; parts
not adding up to the heading, a heading of another row, grades of one thing after the heading, parts holding
deductions; a scale brought to another figure than the 分值, two scales; a kind of body's own cost in brackets; the
stop beside a cap or another rule — each with what it states (a few situations and their scores) or that it is
unsure (to check). Every proposal scores every situation as the text says, or is not confident.

Confident readings found scoring wrong, and mended (50 texts of the 557 written, four causes):

- two shares in one definition, joined by “、” (8 texts: “指当年完成改厕的户数与应改厕户数之比、参加医保人数与人口数
  之比。计算方法以比例值乘以6直接得分。”) were read surely as one quotient, its numerator the first share's words run
  into the second's numerator (“当年完成改厕的户数与应改厕户数之比、参加医保人数 ÷ 人口数”). The numerator of
  ``rate.DEFINED_RATIO_TIMES`` now holds no share of its own (之比, 占, 比重, 的比例/比率/比值): which share the value
  is, is unsaid — not read.
- a heading that is the row's own name closed by a comma, then parts of which one is a deduction (3 texts: “实验分析,
  10分;未做到数据分析正确扣4分;结论合理,6分” of the row “实验分析”), was read surely as three situations (实验分析 10,
  the fault 6, 结论合理 6). ``choice._situations`` now doubts a first situation on the 分值 where a later one is a
  deduction beside one scored and the first is the row's own name, or the points scored and taken off the rest add up
  to the 分值 (``_named_as_the_row``, beside ``_title_tied``): its heading and 分值, perhaps, not a situation (a row
  named by its requirement, “按时申报,2分;未按时申报,0分”, stays sure).
- the same heading under a row named otherwise (“指标”), a part holding a fault of its own after its points (3 texts,
  found by ``test_rule_line_breaks`` typing them over lines: “数据采集,10分;采集脚本可运行,4分,采集错误扣4分;数据清洗
  完整,6分”) was read surely as situations, one labelled “采集脚本可运行,4分,采集错误” scoring 6. A situation whose words
  hold points of their own is now doubted (``choice._points_inside``).
- a kind of body's own cost in brackets after the cost of all (36 texts: “辖区内存在违规排污企业的，每家扣1分（重点
  企业每家扣2分），直至扣完该项分值。”) was read surely as two faults added (each firm 1, each key firm 2 more), where
  a key firm counted among all costs 2 in all, not 3. ``reading._AREA_DEDUCTION`` takes bodies (企业, 单位, 学校, 医院,
  机构) as kinds beside areas: the cost outside the brackets kept, to check with the kind named, as for an area.

Readings left to check that would score some situations otherwise (not confident, so no bar): shares times a figure
other than the 分值, with a floor or a cap, (1-比例值), a change from last year; headings whose parts do not add up,
of another row, grades after a heading, parts holding deductions or ranges, a closing fault; scales brought to another
figure, two scales, an average or the best tries taken, a share of the 期末 in %; areas' or bodies' costs in brackets,
the stop at a figure other than the 分值 or beside a cap or a bonus. A share whose quotient may pass 100% (当年 ÷ 上年)
stays a sure rate capped at the 分值; a cost in brackets that is a fine (“每家罚款1万元”) is no cost of points.

The checker is ``tests/probe_checks.py``'s; the row's name is the text's own where given (``NAMES``), else “指标”.
"""
from __future__ import annotations

from decimal import Decimal
from itertools import product

from services.frameworks.proposal import propose
from tests.probe_checks import Either, Want, first_statements, probe_tests
from tests.proposals import Bands, Once, Per, Ranks, Unsure

#: the row's name of a text (its heading's style needs one), else “指标”
NAMES: dict[tuple[str, str], str] = {}


def _n(x: Decimal | int | float | str) -> str:
    return format(Decimal(str(x)).normalize(), "f")


def _rate(w: int) -> Bands:
    return Bands(((0, 0), (50, Decimal(w) / 2), (80, Decimal(w) * Decimal("0.8")), (100, w)))


# ── a share defined, then its value times the 分值 ──────────────────────────────────────────────────────────────────
def ratio_times() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    shares = [("村当年参加技能培训的农户数", "农户总数"), ("当年完成改厕的户数", "应改厕户数"),
              ("脱贫户参加医疗保险人数", "脱贫户人口数"), ("合作社带动的农户数", "全村农户数")]
    for (num, den), w, say, how in product(shares, [4, 5, 6], ["占{d}的比重", "与{d}之比", "占{d}的比例"],
                                           ["计算方法以", "计算方法是以", "计分方法为以"]):
        if (w + len(say) + len(how)) % 3:
            continue
        end = "。" if w % 2 else ""
        said = say.format(d=den)
        out.append((f"指{num}{said}。{how}比例值乘以{w}直接得分{end}", str(w), _rate(w)))
    for (num, den), w in product(shares, [5, 8]):
        base = f"指{num}占{den}的比重。计算方法以比例值乘以"
        # the figure multiplied is not the 分值
        out.append((f"{base}{w * 2}直接得分。", str(w), Unsure()))
        out.append((f"{base}{w}直接得分。", str(w + 2), Unsure()))
        out.append((f"{base}{w / 10}直接得分。", str(w), Unsure()))
        # two shares in one definition
        out.append((f"指{num}与{den}之比、参加培训人数与人口数之比。计算方法以比例值乘以{w}直接得分。", str(w), Unsure()))
        out.append((f"指{num}与{den}之比;指参加培训人数与人口数之比。计算方法以比例值乘以{w}直接得分。", str(w), Unsure()))
        # a floor, a cap, a deduction beside it, the share subtracted, a cost said instead of a score
        out.append((f"指{num}与{den}之比,低于50%不得分。计算方法以比例值乘以{w}直接得分。", str(w), Unsure()))
        out.append((f"{base}{w}直接得分,最高不超过{w // 2}分。", str(w), Unsure()))
        out.append((f"{base}{w}直接得分;未完成任务的扣{w // 2}分。", str(w), Unsure()))
        out.append((f"指{num}与{den}之比。计算方法以(1-比例值)乘以{w}直接得分。", str(w), Unsure()))
        out.append((f"指未{num[2:]}与{den}之比。计算方法以比例值乘以{w}直接扣分。", str(w), Unsure()))
        # a decrease, a change from last year: no quotient defined
        out.append((f"指{num}下降的幅度。计算方法以比例值乘以{w}直接得分。", str(w), Unsure()))
        out.append((f"指{num}比上年增长的比例。计算方法以比例值乘以{w}直接得分。", str(w), Unsure()))
        # a share that is a percentage already, a share of a bad thing: as the text says
        out.append((f"指{num}占{den}的百分比。计算方法以比例值乘以{w}直接得分。", str(w), Either(_rate(w), Unsure())))
        out.append((f"指未脱贫户数占{den}的比重。计算方法以比例值乘以{w}直接得分。", str(w), Either(_rate(w), Unsure())))
    return out


# ── a heading naming the row with its 分值, then its points ──────────────────────────────────────────────────────────
def _named(out: list[tuple[str, str, Want]], text: str, w: int, want: Want, name: str) -> None:
    out.append((text, str(w), want))
    NAMES.setdefault((text, str(w)), name)


def headings() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    rows = [("数据采集", ("采集脚本可运行", "数据清洗完整", "形成数据说明文档"), (4, 4, 2)),
            ("系统设计", ("架构图清晰", "模块划分合理", "接口定义完整"), (4, 4, 4)),
            ("实验分析", ("数据分析正确", "结论合理"), (4, 6)),
            ("文献综述", ("文献数量充足", "综述条理清楚", "引用格式规范"), (3, 5, 2))]
    for (head, parts, pts), (lb, rb), sp in product(rows, [("（", "）"), ("(", ")")], [" ", ""]):
        w = sum(pts)
        want = Once(tuple(_n(p) for p in pts))
        # the heading run into its points
        body = sp.join(f"{a}{lb}{p}分{rb}" for a, p in zip(parts, pts))
        for name in (head, f"{head}（{w}分）", f"课程设计·{head}"):
            _named(out, f"{head}{lb}{w}分{rb}{sp}{body}", w, want, name)
        # its 分值 in brackets first, each point's points in brackets before it
        first = sp.join(f"({p}分){a}。" for a, p in zip(parts, pts))
        _named(out, f"({w}分){head}{sp}{first}", w, want, head)
        # closed by a comma
        for c, s in [(",", ";"), ("，", "；")]:
            commas = s.join(f"{a}{c}{p}分" for a, p in zip(parts, pts))
            _named(out, f"{head}{c}{w}分{s}{commas}", w, want, head)
        # parts not adding up to the heading
        short = sp.join(f"{a}{lb}{p}分{rb}" for a, p in zip(parts, (*pts[:-1], pts[-1] + 1)))
        _named(out, f"{head}{lb}{w}分{rb}{sp}{short}", w, Unsure(), head)
        _named(out, f"{head}{lb}{w + 2}分{rb}{sp}{body}", w, Unsure(), head)
        _named(out, f"({w}分){head}{sp}" + sp.join(f"({p}分){a}。" for a, p in zip(parts, (*pts[:-1], pts[-1] + 2))),
               w, Unsure(), head)
        # a heading of another row: the points as the text says, or to check
        _named(out, f"{head}{lb}{w}分{rb}{sp}{body}", w, Either(want, Unsure()), "课程总结")
        # grades of one thing after the heading
        _named(out, f"{head}{lb}{w}分{rb}{sp}优秀{lb}{w}分{rb}{sp}良好{lb}{w - 4}分{rb}{sp}合格{lb}{w - 6}分{rb}", w,
               Either(Ranks((w, w - 4, w - 6)), Unsure()), head)
        _named(out, f"({w}分){head}({w}分)优秀({w - 4}分)良好({w - 6}分)合格", w,
               Either(Ranks((w, w - 4, w - 6)), Unsure()), head)
        _named(out, f"{head},{w}分;优秀,{w}分;良好,{w - 4}分;合格,{w - 6}分", w,
               Either(Ranks((w, w - 4, w - 6)), Unsure()), head)
        # parts holding deductions, a range, a closing fault
        a0, a1 = parts[0], parts[1]
        _named(out, f"{head},{w}分;未做到{a0}扣{pts[0]}分;{a1},{w - pts[0]}分", w, Unsure(), head)
        _named(out, f"{head},{w}分;{a0},{pts[0]}分,{a0[:2]}错误扣{pts[0]}分;{a1},{w - pts[0]}分", w, Unsure(), head)
        _named(out, f"{head}{lb}{w}分{rb}{a0}{lb}{pts[0]}分,每缺一项扣1分{rb}{a1}{lb}{w - pts[0]}分{rb}", w, Unsure(), head)
        _named(out, f"{head}{lb}{w}分{rb}{a0}{lb}2-{pts[0]}分{rb}{a1}{lb}{w - pts[0]}分{rb}", w, Unsure(), head)
        _named(out, f"({w}分){head} ({pts[0]}分){a0} ({w - pts[0]}分){a1} (-2分)迟交", w, Unsure(), head)
        _named(out, f"({w}分){head} ({pts[0]}分){a0} ({w - pts[0]}分){a1};迟交扣2分", w, Unsure(), head)
        _named(out, f"{head}{lb}{w}分{rb}{a0}{lb}{pts[0]}分{rb}{a1}{lb}{w - pts[0]}分{rb}抄袭{lb}0分{rb}", w, Unsure(), head)
    return out


# ── a score on a scale of its own brought to the 分值 ─────────────────────────────────────────────────────────────────
def scaled() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for what, full, w, (say, to), end in product(["课堂测验", "实验报告", "8次作业", "期中测验"], [50, 100], [10, 20],
                                               [("满分", "按比例折算为"), ("总分", "折算成"), ("满分为", "折合为"),
                                                ("满分", "折算为平时成绩")], ["。", ""]):
        if (full + w + len(say) + len(end) + len(what)) % 4:
            continue
        text = f"{what}{say}{full}分，{to}{w}分{end}"
        out.append((text, str(w), _rate(w)))
        if w == 10:
            out.append((text.replace("，", ","), str(w), _rate(w)))
    for what, full, w in [("课堂测验", 50, 10), ("实验报告", 100, 20), ("期中测验", 100, 10), ("8次作业", 50, 20)]:
        # brought to another figure than the 分值
        out.append((f"{what}满分{full}分，按比例折算为{w}分。", str(w + 5), Unsure()))
        out.append((f"{what}满分{full}分，按比例折算为{w + 10}分。", str(w), Unsure()))
        # two scales, the parts of the 分值 brought in turn
        out.append((f"{what}满分{full}分,期末考试满分100分,按比例折算为{w}分。", str(w), Unsure()))
        out.append((f"{what}满分{full}分，按比例折算为{w // 2}分;期中测验满分100分,按比例折算为{w // 2}分。", str(w), Unsure()))
        # a floor, a deduction, an average or the best tries, another way of bringing it, a share in %
        out.append((f"{what}满分{full}分，按比例折算为{w}分,不足60%的不得分。", str(w), Unsure()))
        out.append((f"{what}满分{full}分，按比例折算为{w}分,缺考一次扣2分。", str(w), Unsure()))
        out.append((f"{what}满分{full}分,取平均分按比例折算为{w}分。", str(w), Unsure()))
        out.append((f"{what}满分{full}分，按比例折算为{w}分(取最高两次)。", str(w), Unsure()))
        out.append((f"{what}满分{full}分，按照80%折算为{w}分。", str(w), Unsure()))
        out.append((f"{what}满分{full}分，按比例折算为期末成绩的{w}%。", str(w), Unsure()))
        out.append((f"3次{what}每次满分{full}分，折算为平时成绩{w}分。", str(w), Unsure()))
    return out


# ── another area's (or body's) deduction in brackets; “直至扣完该项分值” ─────────────────────────────────────────────
def deducting() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (fault, unit), x, (k, stop) in product(
            [("辖区内存在违规排污企业的", "家"), ("发现违规堆放点的", "处"), ("未按时整改的问题", "个")], [1, 2],
            enumerate(["直至扣完该项分值", "直至扣完本项分值", "扣完为止"])):
        w, (lb, rb) = 4 + 2 * (k % 2), [("（", "）"), ("(", ")")][(x + k) % 2]
        text = f"{fault}，每{unit}扣{x}分，{stop}。"
        out.append((text, str(w), Per(str(x))))
        for area in ("山区县", "城区", "重点企业", "民办学校"):
            y = _n(Decimal(x) / 2) if area != "重点企业" else str(x * 2)
            out.append((f"{fault}，每{unit}扣{x}分{lb}{area}每{unit}扣{y}分{rb}，{stop}。", str(w), Unsure()))
        out.append((f"{fault}，每{unit}扣{x}分，最高扣{w - 1}分{lb}山区县每{unit}扣0.5分，最高扣1分{rb}。", str(w), Unsure()))
        out.append((f"{fault}，每{unit}扣{x}分{lb}山区县减半{rb}，{stop}。", str(w), Unsure()))
        out.append((f"{fault}，每{unit}扣{x}分{lb}最多扣{w - 1}分{rb}，{stop}。", str(w),
                    Either(Per(str(x), str(w - 1)), Unsure())))
        out.append((f"{fault}，每{unit}扣{x}分{lb}每{unit}罚款1万元{rb}，{stop}。", str(w), Either(Per(str(x)), Unsure())))
    for x, w in [(1, 5), (2, 10), (0.5, 3)]:
        # the stop beside a cap, a bonus, a zeroing case, at a figure other than the 分值
        base = f"每发现1处问题扣{_n(x)}分"
        out.append((f"{base}，直至扣完该项分值。", str(w), Per(_n(x))))
        out.append((f"{base};直至扣完该项分值", str(w), Per(_n(x))))
        out.append((f"{base}，直至扣完该项分值,最多扣{w - 2}分。", str(w), Either(Per(_n(x), str(w - 2)), Unsure())))
        out.append((f"{base}，直至扣完{w - 2}分。", str(w), Either(Per(_n(x), str(w - 2)), Unsure())))
        out.append((f"{base}，直至扣完该项分值的一半。", str(w), Either(Per(_n(x), _n(Decimal(w) / 2)), Unsure())))
        out.append((f"{base}，直至扣完该项分值;整改到位的加1分。", str(w), Unsure()))
        out.append((f"{base}，直至扣完该项分值;发生重大事故的本项不得分。", str(w), Unsure()))
        out.append((f"{base},每发现1处重大问题扣{_n(x * 3)}分，直至扣完该项分值。", str(w), Unsure()))
    return out


_ALL = ratio_times() + headings() + scaled() + deducting()
#: (the first statement of a text the generators write twice)
CASES = first_statements(_ALL)


(test_the_probe_is_of_its_size,
 test_every_made_up_text_is_scored_as_it_says_or_is_to_check) = probe_tests(
    CASES, 300, 600, proposed=lambda text, weight: propose(text, weight, NAMES.get((text, weight), "指标")))
