"""Made-up texts in the styles of unseen257b's readings — options in tick boxes each closed by its points (“□…,得2分
□…,得0分”), points per case capped by 总分值 or after the case of none scoring 0 (“无…的得0分,每配备1名…”), 获得 as the
verb of points after a clause, a lone count of one capped by a sentence of its own (“1个得2分。此项最多6分。”), the 分值
said again as the most scored (“…承诺5分。此项最高得5分。”), short steps of a practical exam (“计算正确”), a fault's cost in
brackets after a stop (“有堆积垃圾。(-3分)”), a quotient times the 分值 with its 乘 sign lost (“得分=(评标基准价/投标报价)
权重分值”) — and their near variants: numbers varied, Chinese numerals, full and half width punctuation, ☐/□ and look-alikes
(口, ○, ■), options in another order, points past or short of the 分值, caps past it, a second part, a zeroing line,
words that look alike but state something else; each with what it states (a few situations and their scores) or that
it is unsure (to check). Every proposal scores every situation as the text says, or is not confident.

Confident readings found scoring wrong: none (0 of the 450 texts written; 84 read confidently, all scoring every
situation as they say), so nothing was mended. The sure readings met: options in tick boxes (□/☐, and ○/■ alike) each
closed by 得/计 and its points, in any order, the last one's 不得分, a lead before them, a stop after each, numbered
options, a zeroing line after them read as a further option of 0 (“弄虚作假的,本项不得分”), an option said with 扣 as
the 分值 less its points, as without boxes (70 + 30 of 136); boxes of things each scored adding up to the 分值 read as a
checklist, 口 as a word of its own (“出入口”), boxes of a rate read as bands; “获得省级以上荣誉的,得N分” a requirement met
or not; “计算正确得1分”, “计算错误扣1分”; a quotient times the 分值 with its sign written (“×分值”).

Readings left to check (never confident here, so no bar, though most would score right): points per case capped by
总分值, after none scoring 0 (“无…的得0分,每配备1名…”), or earned with 获得 (“…1次,获得3分,最高得分9分”); a lone count of
one capped by a sentence of its own; the 分值 said again as the most scored (“…承诺书3分。此项最高得3分。”), two things
each earning points under it; the short steps of a practical exam (“计算正确”, “溶解操作规范”); a fault's cost in brackets
after a stop (“有堆积垃圾。(-3分)”, per case “(-3分/处)”, beside a zeroing line or a cap); the quotient times the 分值 with
its sign lost (“得分=(评标基准价/投标报价)权重分值”, also “…)20” with the figure of the 分值); a score achieved with 获得
before it (“获得85分以上的,得5分”, its condition shown with 获 dropped: “得85分以上”).

The checker is ``tests/probe_checks.py``'s.
"""
from __future__ import annotations

from decimal import Decimal
from itertools import product

from tests.probe_checks import (
    Either,
    Fault,
    Faults,
    Fn,
    WordOpts,
    first_statements,
    probe_tests,
    word_options_wrongly,
)
from tests.proposals import Bands, Once, Ranks, Unsure

Want = object
_CN = {1: "一", 2: "二", 3: "三", 4: "四", 5: "五", 6: "六", 8: "八", 10: "十"}


def _n(x: Decimal | int | str) -> str:
    return format(Decimal(str(x)).normalize(), "f")


def _p(full: bool) -> tuple[str, str, str]:
    return ("，", "；", "。") if full else (",", ";", ".")


def _opts(words: tuple[str, ...], scores: tuple[Decimal | int | str, ...]) -> WordOpts:
    return WordOpts(tuple(Decimal(str(s)) for s in scores), words)


# ── options in tick boxes, each closed by its points ────────────────────────────────────────────────────────────
_SETS = [
    # (options' words, each option's words as written, their points)
    (("并按期召开", "但未按期召开", "未建立会员大会"),
     ("建立会员大会制度并按期召开", "建立制度但未按期召开", "未建立会员大会制度"), (2, 1, 0)),
    (("按章程规定设立", "未设立"), ("按章程规定设立监事会", "未设立监事会"), (1, 0)),
    (("全部公开", "部分公开", "未公开"), ("财务信息全部公开", "财务信息部分公开", "财务信息未公开"), (3, 1, 0)),
    (("且上墙", "未上墙", "未制定"), ("制定管理制度且上墙", "制定管理制度但未上墙", "未制定管理制度"), (4, 2, 0)),
    (("按时", "逾期", "未报送"), ("按时报送年度工作报告", "逾期报送年度工作报告", "未报送年度工作报告"), (5, 2, 0)),
]


def boxes() -> list[tuple[str, str, Want]]:
    out: list = []
    for (words, said, pts), (box, full, verb) in product(_SETS, [("□", True, "得"), ("☐", False, "计")]):
        c, s, e = _p(full)
        m = max(pts)
        want = Either(_opts(words, pts), Unsure())
        body = "".join(f"{box}{w}{c}{verb}{p}分" for w, p in zip(said, pts))
        out.append((body, str(m), want))
        # the options in another order
        out.append(("".join(f"{box}{w}{c}{verb}{p}分" for w, p in reversed(list(zip(said, pts)))), str(m), want))
        # the last one's nothing said 不得分
        body0 = "".join(f"{box}{w}{c}{verb}{p}分" for w, p in zip(said[:-1], pts[:-1])) + f"{box}{said[-1]}{c}不得分"
        out.append((body0, str(m), want))
        # the 分值 past the best option, or short of it
        out.append((body, str(m + 2), Unsure()))
        out.append((body, str(m - 1) if m > 1 else "0.5", Unsure()))
        # a zeroing line after the options
        out.append((f"{body}{s}弄虚作假的{c}本项不得分{e}", str(m),
                    Either(_opts(words + ("弄虚作假",), pts + (0,)), Unsure())))
        # a second part after
        out.append((f"{body}{s}另按时参加年检的加1分", str(m), Unsure()))
    return out


def boxes_near() -> list[tuple[str, str, Want]]:
    out: list = []
    for full, (a, b) in [(True, (2, 1)), (False, (3, 2)), (False, (1, "0.5"))]:
        c, s, _e = _p(full)
        m = Decimal(str(a))
        # points only, no verb: the grade ticked
        out.append((f"□按期召开{a}分□未按期召开{b}分□未召开0分", _n(m),
                    Either(_opts(("按期召开", "未按期召开", "未召开"), (a, b, 0)), Unsure())))
        # the points in brackets
        out.append((f"□按期召开({a}分)□未按期召开({b}分)□未召开(0分)", _n(m),
                    Either(_opts(("按期召开", "未按期召开", "未召开"), (a, b, 0)), Unsure())))
        # 口 a word of its own, not a box
        out.append((f"设置出入口{c}得{a}分口罩佩戴规范{c}得{b}分", _n(m + Decimal(str(b))), Either(
            Once((_n(a), _n(b))), Unsure())))
        # the points in Chinese numerals
        out.append((f"□建立制度{c}得{_CN.get(int(m), '一')}分□未建立制度{c}得零分", _n(m),
                    Either(_opts(("建立制度", "未建立"), (m, 0)), Unsure())))
        # boxes of things each scored (all may be ticked), adding up to the 分值
        out.append((f"□建立制度{c}得{a}分□制度上墙{c}得{b}分", _n(m + Decimal(str(b))),
                    Either(Once((_n(a), _n(b))), Unsure())))
        # boxes of faults, points taken off
        out.append((f"□未建立制度{c}扣{a}分□制度未上墙{c}扣{b}分", _n(m + Decimal(str(b))),
                    Either(Once((_n(a), _n(b))), Unsure())))
        # the options out of one another's reach: best option past the 分值
        out.append((f"□按期召开{c}得{_n(m + 1)}分□未按期召开{c}得{b}分", _n(m), Unsure()))
        # circles, filled boxes
        out.append((f"○按期召开{c}得{a}分○未按期召开{c}得{b}分○未召开{c}得0分", _n(m),
                    Either(_opts(("按期召开", "未按期召开", "未召开"), (a, b, 0)), Unsure())))
        out.append((f"■按期召开{c}得{a}分□未按期召开{c}得{b}分□未召开{c}得0分", _n(m),
                    Either(_opts(("按期召开", "未按期召开", "未召开"), (a, b, 0)), Unsure())))
        # options said with 扣, or a range of points, or twice worth the 分值, or a stop after each
        # (as without boxes: the option said with 扣 scores the 分值 less its points)
        out.append((f"□按期召开{c}得{a}分□未按期召开{c}扣{b}分", _n(m),
                    Either(_opts(("按期召开", "未按期召开"), (a, m - Decimal(str(b)))), Unsure())))
        out.append((f"□按期召开{c}得{b}-{a}分□未召开{c}得0分", _n(m), Unsure()))
        out.append((f"□建立制度{c}得{a}分□制度上墙{c}得{a}分", _n(m), Unsure()))
        out.append((f"□按期召开{c}得{a}分{_e}□未按期召开{c}得{b}分{_e}□未召开{c}得0分{_e}", _n(m),
                    Either(_opts(("按期召开", "未按期召开", "未召开"), (a, b, 0)), Unsure())))
        out.append((f"□1.按期召开{c}得{a}分□2.未按期召开{c}得{b}分□3.未召开{c}得0分", _n(m),
                    Either(_opts(("按期召开", "未按期召开", "未召开"), (a, b, 0)), Unsure())))
        out.append((f"□召开3次以上{c}得{a}分□召开1-2次{c}得{b}分□未召开{c}得0分", _n(m),
                    Either(Bands(((5, a), (3, a), (2, b), (1, b), (0, 0))), Unsure())))
        out.append((f"会议制度({a}分):□按期召开{c}得{a}分□未召开{c}得0分", _n(m),
                    Either(_opts(("按期召开", "未召开"), (a, 0)), Unsure())))
        out.append((f"□按期召开{c}得{a}分□未按期召开{c}得{b}分□未召开{c}得0分{s}另有创新做法的加1分", _n(m), Unsure()))
        # a box with points per case
        out.append((f"□每召开1次会议{c}得{b}分□未召开{c}得0分", _n(m), Unsure()))
        # a box of a range
        out.append((f"□出勤率≥95%{c}得{a}分□出勤率<95%{c}得{b}分", _n(m),
                    Either(Bands(((100, a), (95, a), (90, b))), Unsure())))
        # the same option twice at different points
        out.append((f"□按期召开{c}得{a}分□按期召开{c}得{b}分", _n(m), Unsure()))
        # a lead before the boxes
        out.append((f"会员大会召开情况:□按期召开{c}得{a}分□未按期召开{c}得{b}分□未召开{c}得0分", _n(m),
                    Either(_opts(("按期召开", "未按期召开", "未召开"), (a, b, 0)), Unsure())))
        # boxes with 满分 said for the best
        out.append((f"□按期召开{c}得满分□未按期召开{c}得{b}分□未召开{c}不得分", _n(m),
                    Either(_opts(("按期召开", "未按期召开", "未召开"), (a, b, 0)), Unsure())))
    return out


# ── points per case, capped by 总分值 or after the case of none scoring 0 ─────────────────────────────────────────
def per_case() -> list[tuple[str, str, Want]]:
    out: list = []
    for (x, m), (full, one) in product([(5, 15), ("0.5", 2)], [(True, "一"), (False, "1")]):
        c, s, e = _p(full)
        xd, md = Decimal(str(x)), Decimal(m)
        fn = Fn(("主持",), ((("0",), 0), (("1",), xd), (("2",), min(md, 2 * xd)), (("10",), md)))
        out.append((f"项目负责人近三年内主持过同类项目{c}每主持{one}项得{x}分{c}总分值{m}分{e}", str(m), Either(fn, Unsure())))
        out.append((f"每主持{one}项同类项目得{x}分{c}总分值{m}分", str(m), Either(fn, Unsure())))
        # the 总分值 past or short of the 分值
        out.append((f"每主持{one}项同类项目得{x}分{c}总分值{m + 5}分", str(m), Unsure()))
        out.append((f"每主持{one}项同类项目得{x}分{c}总分值{_n(md / 2)}分", str(m),
                    Either(Fn(("主持",), ((("0",), 0), (("10",), md / 2))), Unsure())))
        staff = Fn(("驻场",), ((("0",), 0), (("1",), xd), (("10",), md)))
        out.append((f"无驻场服务人员的得0分{c}每配备{one}名驻场服务人员得{x}分{c}最高得分为{m}分{e}", str(m),
                    Either(staff, Unsure())))
        out.append((f"无驻场服务人员的不得分{s}每配备{one}名驻场服务人员得{x}分{c}最多{m}分", str(m), Either(staff, Unsure())))
        out.append((f"没有驻场服务人员者{c}得0分{s}每配备{one}名驻场服务人员得{x}分{c}本项最高{m}分", str(m),
                    Either(staff, Unsure())))
        # none of another thing zeroes the row
        out.append((f"无安全生产许可证的不得分{c}每配备{one}名驻场服务人员得{x}分{c}最高得分为{m}分", str(m), Unsure()))
        out.append((f"无驻场服务人员的扣{m}分{c}每配备{one}名驻场服务人员得{x}分{c}最高得分为{m}分", str(m), Unsure()))
        # none scoring some points, not 0
        out.append((f"无驻场服务人员的得1分{c}每配备{one}名驻场服务人员得{x}分{c}最高得分为{m}分", str(m), Unsure()))
        # 获得 after a clause
        earn = Fn(("立法调研",), ((("0",), 0), (("1",), xd), (("10",), md)))
        out.append((f"拟派律师近三年参与市级以上立法调研{one}次{c}获得{x}分{c}最高得分{m}分{e}", str(m), Either(earn, Unsure())))
        out.append((f"拟派律师每参与{one}次立法调研{c}获得{x}分{c}最高{m}分", str(m), Either(earn, Unsure())))
        out.append((f"拟派律师近三年参与立法调研{one}次{c}获得{x}分{c}最高得分{m + 3}分", str(m), Unsure()))
        # 获得 of a thing obtained, then the points
        out.append((f"获得省级以上荣誉的{c}得{m}分", str(m), Either(Ranks((m, 0)), Unsure())))
        out.append((f"获得{one}项发明专利{c}得{x}分{c}最高{m}分", str(m),
                    Either(Fn(("专利",), ((("0",), 0), (("1",), xd), (("10",), md))), Unsure())))
        # 获得 before the points a score achieved, not given
        if full:
            out.append((f"学员结业考试{c}获得60分及以上的得{m}分{c}否则不得分", str(m), Either(Ranks((m, 0)), Unsure())))
            out.append((f"参加市级技能竞赛{c}获得85分以上的{c}得{m}分", str(m), Either(Ranks((m, 0)), Unsure())))
            out.append((f"年度考核{c}获得90分以上的{c}得满分{s}获得80-90分的{c}得{x}分{s}80分以下不得分", str(m), Either(
                Bands(((95, m), (85, x), (70, 0))), Unsure())))
        # a lone count of one capped by a sentence of its own
        lone = Fn(("张|证书|情形",), ((("0",), 0), (("1",), xd), (("10",), md)))
        out.append((f"{one}张得{x}分{e}此项最多{m}分{e}", str(m), Either(lone, Unsure())))
        out.append((f"{one}张得{x}分{s}本项最高得{m}分", str(m), Either(lone, Unsure())))
        out.append((f"{one}张得{x}分{e}此项最多{m + 2}分{e}", str(m), Unsure()))
        out.append((f"证书{one}次得{x}分{e}此项最多{m}分{e}", str(m),
                    Either(Fn(("证书|情形",), ((("0",), 0), (("1",), xd), (("10",), md))), Unsure())))
        # the count of one is a line, said with 以上
        out.append((f"{one}张以上得{x}分{e}此项最多{m}分{e}", str(m), Unsure()))
    return out


# ── the 分值 said again as the most the row scores ─────────────────────────────────────────────────────────────────
def most_again() -> list[tuple[str, str, Want]]:
    out: list = []
    for m, (full, say) in product([3, 5, "1.5"], [(True, "此项最高得"), (False, "本项最多"), (True, "该项最高为"),
                                                  (False, "本项最高得分为")]):
        c, _s, e = _p(full)
        md = Decimal(str(m))
        out.append((f"投标人提供售后服务承诺书{m}分{e}{say}{m}分{e}", str(m), Either(Ranks((md, 0)), Unsure())))
        out.append((f"投标人提供售后服务承诺书的得{m}分{c}未提供的不得分{e}{say}{m}分", str(m),
                    Either(Ranks((md, 0)), Unsure())))
        out.append((f"投标人提供售后服务承诺书{m}分{e}{say}{_n(md + 1)}分{e}", str(m), Unsure()))
        out.append((f"投标人提供售后服务承诺书{_n(md + 1)}分{e}{say}{m}分{e}", str(m), Unsure()))
    for m, full in product([4, 6], (True, False)):
        c, _s, e = _p(full)
        h = m // 2
        out.append((f"提供质量管理体系认证证书得{h}分{c}提供环境管理体系认证证书得{h}分{e}此项最高得{m}分{e}", str(m),
                    Either(Once((str(h), str(h))), Unsure())))
        out.append((f"提供质量管理体系认证证书得{m}分{c}提供环境管理体系认证证书得{m}分{e}此项最高得{m}分{e}", str(m),
                    Unsure()))
        out.append((f"每提供一份承诺书得{h}分{e}此项最高得{m}分{e}", str(m),
                    Either(Fn(("承诺书",), ((("0",), 0), (("1",), h), (("5",), m))), Unsure())))
        out.append((f"投标人提供售后服务承诺书{m}分{e}此项最低得{m}分{e}", str(m), Unsure()))
        out.append((f"投标人提供售后服务承诺书{m}分{e}此项最高扣{m}分{e}", str(m), Unsure()))
    return out


# ── short steps of a practical exam done right or not ───────────────────────────────────────────────────────────
def steps() -> list[tuple[str, str, Want]]:
    out: list = []
    met = ["读数正确", "计算正确", "称量操作规范", "溶解操作规范", "过滤操作正确", "得出正确结论", "选择合适仪器",
           "写出正确的化学方程式", "选用适当试剂"]
    for t, m in product(met, ("1", "2")):
        out.append((t, m, Either(Ranks((Decimal(m), 0)), Unsure())))
    near = ["计算基本正确", "读数正确,记录完整", "操作规范,酌情扣分", "计算正确率达95%", "结论正确与否视情况",
            "计算正确得满分,有错误扣1分", "操作基本规范", "读数不正确",
            "选择合适仪器,每选错一种扣0.5分", "得出正确结论(部分正确得0.5分)", "数据计算正确、规范"]
    for t, m in product(near, ("1", "2")):
        out.append((t, m, Unsure()))
    for m in ("1", "2"):
        out.append((f"计算正确得{m}分", m, Either(Ranks((Decimal(m), 0)), Unsure())))
        out.append((f"计算错误扣{m}分", m, Either(Ranks((Decimal(m), 0)), Unsure())))
        out.append((f"计算正确得{m}分,错误不得分", m, Either(Ranks((Decimal(m), 0)), Unsure())))
    return out


# ── a fault's cost in brackets after a stop ─────────────────────────────────────────────────────────────────────
def bracketed() -> list[tuple[str, str, Want]]:
    out: list = []
    for (a, b, m), (full, unit) in product([(3, 2, 10), (1, "0.5", 5), (5, 2, 20)], [(True, "分"), (False, "")]):
        c, s, e = _p(full)
        lb, rb = ("（", "）") if full else ("(", ")")
        out.append((f"有堆积垃圾{e}{lb}-{a}{unit}{rb}", str(m), Either(Faults((Fault("堆积垃圾", f"-{a}"),)), Unsure())))
        two = Faults((Fault("堆积垃圾", f"-{a}"), Fault("灰尘", f"-{b}")))
        out.append((f"有堆积垃圾{e}{lb}-{a}{unit}{rb}{c}有灰尘{e}{lb}-{b}{unit}{rb}", str(m), Either(two, Unsure())))
        out.append((f"有堆积垃圾{lb}-{a}{unit}{rb}{c}有灰尘{e}{lb}-{b}{unit}{rb}{e}", str(m), Either(two, Unsure())))
        # per case
        out.append((f"有堆积垃圾{e}{lb}-{a}{unit}/处{rb}", str(m),
                    Either(Faults((Fault("堆积垃圾", f"-{a}", True),)), Unsure())))
        # a zeroing line beside
        out.append((f"有堆积垃圾{e}{lb}-{a}{unit}{rb}{s}发生火灾的{c}本项不得分", str(m),
                    Either(Faults((Fault("堆积垃圾", f"-{a}"), Fault("火灾", "0"))), Unsure())))
        # a cap of all taken off
        out.append((f"有堆积垃圾{e}{lb}-{a}{unit}{rb}{c}有灰尘{e}{lb}-{b}{unit}{rb}{s}最多扣{a}分", str(m),
                    Either(Faults(two.faults, off=str(a)), Unsure())))
        # a measure after the stop, not a cost
        out.append((f"室温保持{e}{lb}-{a}{rb}℃以上", str(m), Unsure()))
        # points earned in brackets, not a cost
        out.append((f"垃圾清理及时{e}{lb}+{a}{unit}{rb}", str(m), Unsure()))
        # the cost past the 分值
        out.append((f"有堆积垃圾{e}{lb}-{m + 5}{unit}{rb}", str(m),
                    Either(Faults((Fault("堆积垃圾", "0"),)), Unsure())))
    return out


# ── a quotient times the 分值, its 乘 sign lost ───────────────────────────────────────────────────────────────────
def quotient() -> list[tuple[str, str, Want]]:
    out: list = []
    for m, (full, (base, bid)), says in product([20, 10], [(True, ("评标基准价", "投标报价")),
                                                         (False, ("评审基准价", "有效报价")), (False, ("基准价", "报价"))],
                                                ["权重分值", "分值", "本项分值"]):
        c, s, _e = _p(full)
        h = Decimal(m)
        lb, rb = ("（", "）") if full else ("(", ")")
        want = Bands(((80, h * Decimal("0.8")), (100, h), (50, h / 2)))
        out.append((f"价格得分={lb}{base}/{bid}{rb}{says}", str(m), Either(want, Unsure())))
        if says == "分值":
            out.append((f"得分={lb}{base}/{bid}{rb}×{says}", str(m), Either(want, Unsure())))
            out.append((f"得分={lb}{base}/{bid}{rb}{says}{s}报价高于最高限价的{c}不得分", str(m), Unsure()))
            out.append((f"得分={lb}{base}/{bid}{rb}{says}+1", str(m), Unsure()))
            out.append((f"得分={lb}{base}/{bid}{rb}{m}", str(m), Either(want, Unsure())))
            out.append((f"得分={lb}{base}/{bid}{rb}{m + 10}", str(m), Unsure()))
            out.append((f"得分={lb}{base}/{bid}{rb}{says}×0.8", str(m), Unsure()))
            out.append((f"得分={lb}1-{bid}/{base}{rb}{says}", str(m), Unsure()))
    return out


_ALL = boxes() + boxes_near() + per_case() + most_again() + steps() + bracketed() + quotient()
#: (the first statement of a text the generators write twice)
CASES = first_statements(_ALL)


(test_the_probe_is_of_its_size,
 test_every_made_up_text_is_scored_as_it_says_or_is_to_check) = probe_tests(CASES, 300, 450, own=word_options_wrongly)
