"""Made-up texts in the styles of the readings merged from cov21 (fiscal performance evaluations, 绩效评价 指标体系) —
shares of the row's points where points would stand (“每发现一处问题扣除指标分值的10%”, “80%≤满意度<90%得分值的80%”,
“基本符合得指标分值的60%”, “基本符合扣分值的40%”), 满分 and 不得分 beside bare shares (“完全符合的得满分；基本符合的得60%；
不符合的得0分”), a requirement stated before the breaches counted (“资金使用符合财务管理制度规定，每发现一处问题扣1分，扣完
为止”), circled requirements with shares named by mark (“符合要点①得分值的1/2，符合要点②③各得分值的1/4”, “具备要素1得50%，
其余每项得10%”), a rate's step and floor (“执行率100%得满分，每低于1个百分点扣0.1分，低于80%不得分”) — with variants of
figures, names of the 分值 (本项分值, 标准分, 权重分, 满分), punctuation full and half width, line breaks and the order of
clauses; and their near variants, which must not be read so surely: shares of something other than the row's points (of a
budget, of 总分, of 一级指标分值, of 得分, of a 要点's points, of people), shares that do not add up, ranges and bounds of
shares (“60%-80%”, “60%以上”, “至少扣…”), percentages that are rates in conditions, a share taken off with no count, the
requirement with a zeroing line after it, and the like — each with what it states (a few situations and their scores) or
that it is unsure (to check). Every proposal scores every situation as the text says, or is not confident.

Confident readings found scoring wrong, and mended (35 texts of the 520, two causes):

- the whole of the row's points taken off as a share (“…，扣完为止，发现虚报冒领的扣除指标分值的100%”, “…扣分值的100%”,
  “…扣权重分的100%”, “…的扣100%”; 15 texts): the clause was dropped and the text read surely as the per-case deduction
  alone, a 虚报冒领 scoring what is left after the cases counted — 100 is a figure always taken as placed, and the 扣分
  phrase (widened in cov21 to “扣除指标分值的N%”) placed the clause whole. Now ``normalize`` writes a share of 100% of the
  row's points taken off as the row's zero, “不得分” (``wording._WHOLE_SHARE_OFF``; never in a clause of a step, “每低1%扣
  100%”, nor of another thing, “扣除预算的100%”): the zero is read (as a gate, to check, as “…的不得分” is), and “按时完成
  得满分，逾期完成扣分值的100%” reads surely as the choice it is.
- levels of shares with none scoring nothing (“完全符合得满分，基本符合扣分值的40%”, “制度健全得满分；制度基本健全得指标分值
  的60%。”, “优秀得满分，良好得分值的80%，一般得分值的60%”, “按时完成得满分，逾期完成得分值的50%”; 16 texts) were read surely as
  a 等级评定 of those levels alone: the requirement not met at all had no level, which the text leaves unsaid. Now, as a
  情形选择 adds “以上情形均不符合”, the scale adds that level at 0 and is to check (``scale._levels``), where the least level
  neither names a lack (“不符合得分值的30%”) nor takes in every case below (“一般及以下”); and the same in points, where the
  least situation, taken off, is a degree of the best one (“全部完成得满分，部分完成扣2分”, “制度健全得满分，制度基本健全扣
  2分”; 4 texts), read surely as two situations with 未完成 unsaid: the choice adds “以上情形均不符合” and is to check
  (``choice._partial_of_the_best``; a fault taken off, “按时完成得满分，逾期完成扣2分”, stays the 分值 less the fault).

Exact on the 520 texts: 113 before → 119 after (flagged now: levels with the not-met level unsaid; read surely now: a
level said as 扣分值的100%, and the once-dropped 100% clauses read as gates, to check). Corpus unchanged (tuning exact
6611, 0 confident but wrong).

Readings left to check that would score some situations otherwise (not confident, so no bar): shares of anything but
the row's points (预算, 总分, 一级指标分值, 得分, 要点分值), shares in ranges or bounds, shares not adding up or not exact in
points, a share taken off with no count (“发现问题的扣除指标分值的10%”), bare shares (“扣10%”, “每项要点占25%”), circled
shares (a 要点核查, to check as before), a rate's step with a floor (whole steps, to check as before) or with the step's
points running out before it, bands out of order or overlapping, a requirement then a count with a zeroing line or a
count naming nothing. Read surely and right: “每发现一处问题扣本项分值/标准分/满分的10%”, “…扣分值的1/3” (exact in points),
“按时完成得满分；延期完成扣除分值的10%” (the 分值 less the fault), bands of 满意度 in shares with the lowest said.

The checker is ``tests/probe_checks.py``'s, with cov21's ``_own`` for points each worth a share and levels of shares.
"""
from __future__ import annotations

from decimal import Decimal
from functools import cache
from itertools import product

from services.frameworks.proposal import Proposal, propose
from tests.probe_checks import Either, Fault, Faults, Want, first_statements, probe_tests, read_exactly
from tests.proposals import Bands, Per, Ranks, Unsure, dec
from tests.test_rule_proposal_cov21 import Parts, _own

_FULL = str.maketrans("0123456789.%,;", "０１２３４５６７８９．％，；")


def _n(x: Decimal | int | str) -> str:
    return format(dec(x).normalize(), "f")


def _pct(m: str, p: int | str) -> str:
    return _n(dec(m) * dec(p) / 100)


# ── shares of the row's points taken off per case found ─────────────────────────────────────────────────────────
_FOUND = ["每发现一处问题扣除指标分值的{p}%", "每发现1处问题扣分值的{p}%，扣完为止", "每发现一项违规扣除该指标分值的{p}%；扣完为止",
          "每查出一笔不合规支出扣本项分值的{p}%,扣完为止", "每出现一次未按规定执行的情况扣除权重分的{p}%。",
          "每发现一个问题，扣指标分值的{p}%，直至扣完"]


def found_off() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for form, (p, m), full in product(_FOUND, [("10", "5"), ("5", "10"), ("25", "8")], (False, True)):
        t = form.format(p=p)
        t = t.translate(_FULL) if full else t
        out.append((t, m, Per(_pct(m, p))))
    for p, m in [("10", "5"), ("20", "10"), ("5", "4")]:
        # a cap in points beside it
        out.append((f"每发现一处问题扣除指标分值的{p}%，最多扣{_n(dec(m) / 2)}分", m, Either(Per(_pct(m, p), _n(dec(m) / 2)), Unsure())))
        # a share off with no count: once, or each time — unsaid
        out.append((f"发现问题的扣除指标分值的{p}%", m, Either(Ranks((dec(m), dec(m) - dec(_pct(m, p)))), Unsure())))
        out.append((f"存在违规情况的，扣分值的{p}%", m, Either(Ranks((dec(m), dec(m) - dec(_pct(m, p)))), Unsure())))
        out.append((f"有问题扣除{p}%", m, Unsure()))
        out.append((f"每项问题扣除分值的{p}%", m, Either(Per(_pct(m, p)), Unsure())))
    return out


# ── shares of something other than the row's points ─────────────────────────────────────────────────────────────
def other_shares() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for p, m in product(("10", "20"), ("5", "10")):
        # of a budget, of the total, of a part, of another indicator
        out.append((f"每发现一处问题扣除项目预算的{p}%", m, Unsure()))
        out.append((f"每发现一处问题扣除总分的{p}%", m, Unsure()))
        out.append((f"每发现一处问题扣除考核总分的{p}%，扣完为止", m, Unsure()))
        out.append((f"每发现一处问题扣除一级指标分值的{p}%", m, Unsure()))
        out.append((f"每发现一处问题扣除上级指标分值的{p}%", m, Unsure()))
        out.append((f"每发现一处问题扣除“资金管理”指标分值的{p}%", m, Unsure()))
        out.append((f"每发现一处问题扣除该要点分值的{p}%", m, Unsure()))
        out.append((f"每发现一处问题扣除子项分值的{p}%", m, Unsure()))
        out.append((f"每发现一处问题扣除该项资金的{p}%", m, Unsure()))
        out.append((f"基本符合得一级指标分值的{100 - int(p) * 2}%", m, Unsure()))
        # a rate of people or of a budget in the condition
        out.append((f"受益人口占总人口的{p}%以上得满分，否则不得分", m, Either(Bands(((int(p) + 1, m), (int(p) - 1, 0))), Unsure())))
        out.append((f"受益人口占{int(p) * 3}%以上得满分，占{p}%以上得分值的60%，其余不得分", m,
                    Either(Bands(((int(p) * 3 + 1, m), (int(p) + 1, _pct(m, 60)), (int(p) - 1, 0))), Unsure())))
        out.append((f"结余资金占预算的{p}%以内得满分，超过{p}%不得分", m, Either(Bands(((int(p) - 1, m), (int(p) + 1, 0))), Unsure())))
    return out


# ── graded shares: 满分 and 不得分 beside bare shares ─────────────────────────────────────────────────────────────
_MET = [("完全符合", "基本符合", "不符合"), ("制度健全", "制度基本健全", "制度不健全"), ("全部完成", "部分完成", "未完成")]


def graded() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (a, b, c), (m, s) in product(_MET, [("5", 60), ("10", 80)]):
        mm = dec(m)
        want = Ranks((mm, _pct(m, s), 0))
        out.append((f"{a}的得满分；{b}的得{s}%；{c}的得0分", m, want))
        out.append((f"{a}得满分,{b}得{s}%,{c}不得分", m, want))
        out.append((f"{a}的，得满分；\n{b}的，得{s}%；\n{c}的，不得分。", m, want))
        out.append((f"{a}得指标分值的100%，{b}得指标分值的{s}%，{c}不得分", m, want))
        out.append((f"{a}得满分，{b}扣除分值的{100 - s}%，{c}不得分", m, want))
        # near: shares not in order, a share of the 总分, a range, two partial options adding up to more
        out.append((f"{a}得满分；{b}得总分的{s}%；{c}不得分", m, Unsure()))
        out.append((f"{a}得满分；{b}得{s}%-{s + 10}%；{c}不得分", m, Unsure()))
        out.append((f"{a}得满分；{b}得{s}%以上；{c}不得分", m, Unsure()))
        out.append((f"{a}得满分；{b}得{s}%；{c}得{s + 10}%", m, Unsure()))
        out.append((f"{a}得满分；{b}得{s}%；{c}扣{s}%", m, Unsure()))
        # no level scoring nothing: the requirement not met at all is unsaid
        out.append((f"{a}得满分，{b}扣分值的{100 - s}%", m, Unsure()))
        out.append((f"{a}得满分；{b}得指标分值的{s}%。", m, Unsure()))
        out.append((f"{a}得满分，{b}得分值的{s}%，{c}得分值的{s // 2}%", m, Ranks((mm, _pct(m, s), _pct(m, s // 2)))))
        out.append((f"{a}得满分，{b}得分值的{s}%，{c}不得分", m, want))
        out.append((f"{a}得满分，{b}扣{_n(mm - dec(_pct(m, s)))}分", m, Unsure()))
        out.append((f"{a}得满分，{b}扣分值的{100 - s}%，{c}扣分值的100%", m, Either(want, Unsure())))
    for m in ("10", "5"):
        mm = dec(m)
        # levels of a count of requirements not met, and of a rate, the lowest said
        out.append(("全部符合得满分，有1项不符合扣分值的40%，有2项及以上不符合不得分", m,
                    Either(Bands(((0, mm), (1, _pct(m, 60)), (2, 0), (4, 0))), Unsure())))
        out.append(("全部符合得满分，1项不符合扣分值的40%，2项不符合扣分值的80%，3项及以上不符合不得分", m,
                    Either(Bands(((0, mm), (1, _pct(m, 60)), (2, _pct(m, 20)), (3, 0), (5, 0))), Unsure())))
        out.append(("优秀得满分，良好得分值的80%，一般得分值的60%，较差及以下不得分", m, Ranks((mm, _pct(m, 80), _pct(m, 60), 0))))
        out.append(("优秀得满分，良好得分值的80%，一般得分值的60%", m, Unsure()))
        out.append(("优秀得满分，良好得分值的80%，一般及以下得分值的60%", m, Either(Ranks((mm, _pct(m, 80), _pct(m, 60))), Unsure())))
        out.append(("按时完成得满分，逾期完成得分值的50%，未完成不得分", m, Ranks((mm, _pct(m, 50), 0))))
        out.append(("按时完成得满分，逾期完成得分值的50%", m, Unsure()))
    return out


# ── bands of a rate scored in shares of the row ─────────────────────────────────────────────────────────────────
def banded() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for name, (m, sp) in product(["满意度", "验收合格率"], [("5", ""), ("10", " "), ("4", "")]):
        mm = dec(m)
        out.append((f"{name}≥90%得满分，80%≤{name}<90%得分值的80%，60%≤{name}<80%得分值的60%，{name}<60%不得分", m,
                    Bands(((95, mm), (90, mm), (85, _pct(m, 80)), (80, _pct(m, 80)), (70, _pct(m, 60)), (50, 0)))))
        out.append((f"{name}≥90%的得满分；{sp}80%≤{name}<90%的得指标分值的80%；{name}<80%的不得分", m,
                    Bands(((95, mm), (90, mm), (85, _pct(m, 80)), (70, 0)))))
        # the band's share not of the row: a rate in the condition only
        out.append((f"{name}达到90%得满分，达到80%得80%，达到60%得60%，低于60%不得分", m,
                    Either(Bands(((95, mm), (90, mm), (85, _pct(m, 80)), (70, _pct(m, 60)), (50, 0))), Unsure())))
        # bands overlapping, shares rising as the rate falls
        out.append((f"{name}≥90%得满分，80%≤{name}<95%得分值的80%，{name}<80%不得分", m, Unsure()))
        out.append((f"{name}≥90%得分值的80%，80%≤{name}<90%得满分，{name}<80%不得分", m, Unsure()))
        out.append((f"{name}≥90%得满分，80%≤{name}<90%得分值的80%，70%≤{name}<80%得分值的60%，{name}<70%得分值的20%", m,
                    Bands(((95, mm), (90, mm), (85, _pct(m, 80)), (80, _pct(m, 80)), (75, _pct(m, 60)), (70, _pct(m, 60)),
                           (60, _pct(m, 20))))))
        out.append((f"{name}≥90%得满分；{name}在80%（含）-90%之间得分值的80%；{name}低于80%不得分", m,
                    Bands(((95, mm), (90, mm), (85, _pct(m, 80)), (80, _pct(m, 80)), (70, 0)))))
        out.append((f"{name}≥90%得满分，{name}≥80%得分值的80%，{name}≥70%得分值的60%", m, Unsure()))
    return out


# ── a requirement stated, then counted breaches ─────────────────────────────────────────────────────────────────
_REQ = ["资金使用符合财务管理制度规定", "项目资金专款专用，无截留、挤占、挪用现象", "政府采购程序合规，合同管理规范"]


def required() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for req, (x, m), sep in product(_REQ, [("1", "5"), ("0.5", "4"), ("2", "10")], ("，", "。")):
        out.append((f"{req}{sep}每发现一处问题扣{x}分，扣完为止", m, Per(x)))
        if sep == "，":
            out.append((f"{req}{sep}每发现1处不合规扣{x}分", m, Per(x)))
            # near: a further line that zeroes, a cap, a count naming nothing, a figure in the requirement
            out.append((f"{req}{sep}每发现一处问题扣{x}分，情节严重的不得分", m, Unsure()))
            out.append((f"{req}{sep}每发现一处问题扣{x}分，最多扣{_n(dec(m) - 1)}分", m, Either(Per(x, _n(dec(m) - 1)), Unsure())))
            out.append((f"{req}{sep}存在问题的每处扣{x}分；存在重大问题的本项不得分", m, Unsure()))
            out.append((f"{req}，支出超过预算10%以上的{sep}每发现一处问题扣{x}分", m, Unsure()))
    return out


# ── circled requirements, shares named by mark ──────────────────────────────────────────────────────────────────
_REQS = [("项目立项程序规范", "事前经过必要的可行性研究", "集体决策程序完备", "审批文件齐全"),
         ("绩效目标明确", "指标细化量化", "目标值合理", "与预算相匹配"),
         ("资金分配依据充分", "分配额度合理", "分配结果公开", "资金及时拨付")]


def circled() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for reqs, m in product(_REQS, ("4", "2")):
        mm = dec(m)
        a, b, c, _d = reqs
        three = "；".join(f"{x}{r}" for x, r in zip("①②③", (a, b, c)))
        four = "；".join(f"{x}{r}" for x, r in zip("①②③④", reqs))
        out.append((f"{three}。符合要点①得分值的1/2，符合要点②③各得分值的1/4", m, Parts((_n(mm / 2), _n(mm / 4), _n(mm / 4)))))
        out.append((f"{four}。要点①②各占指标分值的1/4，要点③④各占指标分值的1/4", m, Parts(tuple(_n(mm / 4) for _ in range(4)))))
        # near: shares adding to more, or less; a mark not listed; two marks sharing one share (no 各)
        out.append((f"{three}。符合要点①得分值的1/2，符合要点②③各得分值的1/2", m, Unsure()))
        out.append((f"{three}。符合要点①得分值的1/4，符合要点②③各得分值的1/4", m, Unsure()))
        out.append((f"{three}。符合要点①得分值的1/2，符合要点②③④各得分值的1/4", m, Unsure()))
        out.append((f"{three}。符合要点①得分值的1/2，符合要点②③得分值的1/2", m, Unsure()))
        out.append((f"{four}。要点①②③各占指标分值的1/4", m, Unsure()))
        out.append((f"{three}。要点①占总分的1/2，要点②③各占总分的1/4", m, Unsure()))
    for m in ("10", "5", "20"):
        mm = dec(m)
        six = "①预算编制经过科学论证；②内容与项目内容匹配；③测算依据充分；④额度与任务相匹配；⑤资金分配合理；⑥分配依据充分"
        out.append((f"{six}。具备要素1得50%，其余每项得10%", m, Parts((_n(mm / 2),) + tuple(_n(mm / 10) for _ in range(5)))))
        out.append((f"{six}。具备要素①得50%，其余每项得5%", m, Unsure()))
        out.append((f"{six}。具备要素1得50%，其余每项得20%", m, Unsure()))
        out.append((f"{six}。具备要素1得预算的50%，其余每项得10%", m, Unsure()))
    return out


# ── a rate's step and floor ──────────────────────────────────────────────────────────────────────────────────────
def _line(m: Decimal, top: int, x: Decimal, floor: int | None) -> Bands:
    def s(v: int) -> Decimal:
        if v >= top:
            return m
        if floor is not None and v < floor:
            return Decimal(0)
        return max(Decimal(0), m - x * (top - v))
    vs = [top, top + 5, top - 1, top - 3, top - 10] + ([floor, floor - 1] if floor is not None else [0])
    return Bands(tuple((v, s(v)) for v in dict.fromkeys(v for v in vs if v <= 100)))


_RATE = ["执行率", "满意度"]


def steps() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for name, (x, m, floor), full in product(_RATE, [("0.1", "5", 80), ("0.2", "5", 90), ("0.5", "10", 85)], (False, True)):
        mm, xx = dec(m), dec(x)
        f = (lambda s: s.translate(_FULL)) if full else (lambda s: s)
        out.append((f(f"{name}100%得满分，每低于1个百分点扣{x}分，低于{floor}%不得分"), m, _line(mm, 100, xx, floor)))
        out.append((f(f"{name}达到100%的得满分；每降低1个百分点扣{x}分；{name}低于{floor}%的不得分"), m, _line(mm, 100, xx, floor)))
        if not full:
            # near: the step's points past the floor's (run out before it); a step of several points; a floor in points
            out.append((f"{name}100%得满分，每低于1个百分点扣{_n(mm / 5)}分，低于{floor}%不得分", m,
                        _line(mm, 100, mm / 5, floor) if 100 - floor <= 5 else Unsure()))
            out.append((f"{name}100%得满分，每低于5个百分点扣{x}分，低于{floor}%不得分", m,
                        Either(Bands(((100, mm), (95, mm - xx), (floor - 1, 0))), Unsure())))
            out.append((f"{name}100%得满分，每低于1个百分点扣{x}分，低于{floor}%扣{_n(mm / 2)}分", m, Unsure()))
            out.append((f"{name}100%得满分，每低于1个百分点扣分值的1%，低于{floor}%不得分", m,
                        _line(mm, 100, mm / 100, floor)))
            out.append((f"{name}100%得满分，每低于1个百分点扣预算的1%，低于{floor}%不得分", m, Unsure()))
    return out


# ── the whole of the row's points taken off as a share ───────────────────────────────────────────────────────────
_WHOLE = ["扣除指标分值的100%", "扣分值的100%", "扣权重分的100%", "扣除该项分值的100%", "扣100%"]


def whole_off() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for whole, (x, m), (req, fault) in product(_WHOLE, [("1", "5")],
                                               [("资金使用符合财务管理制度规定，", "虚报冒领"), ("", "截留挪用"),
                                                ("会计核算规范，", "白条入账")]):
        want = Either(Faults((Fault("问题", f"-{x}", True), Fault(fault, "0"))), Unsure())
        out.append((f"{req}每发现一处问题扣{x}分，扣完为止，发现{fault}的{whole}", m, want))
        if req:
            out.append((f"{req}每发现一处问题扣{x}分，扣完为止；存在{fault}问题的，{whole}。", m, want))
    for m in ("5", "10"):
        mm = dec(m)
        out.append(("按时完成得满分，逾期完成扣分值的100%", m, Either(Ranks((mm, 0)), Unsure())))
        out.append(("按时完成得满分；延期完成扣除分值的10%", m, Either(Ranks((mm, mm * 9 / 10)), Unsure())))
        out.append(("每发现一处问题扣除指标分值的10%，扣除后低于分值的60%的按60%计", m, Unsure()))
        out.append(("每发现一处问题扣除指标分值的10%，最多扣除分值的30%", m, Either(Per(_pct(m, 10), _pct(m, 30)), Unsure())))
        out.append(("制度健全得分值的40%，执行到位得分值的30%，档案完整得分值的30%", m,
                    Either(Parts((_pct(m, 40), _pct(m, 30), _pct(m, 30))), Unsure())))
        out.append(("制度健全得分值的40%，执行到位得分值的30%，档案完整得分值的40%", m, Unsure()))
        out.append(("制度健全占分值的40%，执行到位占分值的30%，档案完整占分值的20%", m, Unsure()))
    return out


# ── what the share is of, named otherwise ────────────────────────────────────────────────────────────────────────
_ROW_NAMED = ["本项分值", "本指标分值", "标准分", "标准分值", "满分", "分值"]
_NOT_THE_ROW = ["一级指标分值", "该项一级指标分值", "项目分值", "基础分", "得分", "实得分", "应得分", "评价得分", "综合得分",
                "项目总分值"]


def named() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for m, p in [("6", "10"), ("5", "20")]:
        for of in _ROW_NAMED:
            out.append((f"每发现一处问题扣{of}的{p}%，扣完为止", m, Per(_pct(m, p))))
        for of in _NOT_THE_ROW:
            out.append((f"每发现一处问题扣{of}的{p}%，扣完为止", m, Unsure()))
        # a range, a bound or another figure beside the share
        out.append((f"每发现一处问题扣指标分值的{p}%-{int(p) * 2}%，扣完为止", m, Unsure()))
        out.append((f"每发现一处问题至少扣指标分值的{p}%，扣完为止", m, Unsure()))
        out.append((f"每发现一处问题扣指标分值的{p}%或0.5分，扣完为止", m, Unsure()))
        out.append((f"每发现一处问题扣指标分值的{p}%（指标分值10分），扣完为止", m, Unsure()))
    out.append(("资金使用符合财务管理制度规定，每发现一处问题扣分值的1/3，扣完为止", "6", Per("2")))
    out.append(("资金使用符合财务管理制度规定，每发现一处问题扣分值的三分之一，扣完为止", "6", Per("2")))
    out.append(("资金使用符合财务管理制度规定，每发现两处问题扣分值的1/3，扣完为止", "6", Unsure()))
    return out


_ALL = whole_off() + named() + found_off() + other_shares() + graded() + banded() + required() + circled() + steps()
CASES = first_statements(_ALL)


@cache
def _proposed(text: str, weight: str) -> Proposal:
    return propose(text, weight, "指标")


(test_the_probe_is_of_its_size,
 test_every_made_up_text_is_scored_as_it_says_or_is_to_check) = probe_tests(
    CASES, 480, 560, proposed=_proposed, own=_own)


def test_the_readings_read_their_texts_exactly():
    assert read_exactly(CASES, _proposed, _own) == 119  # (113 before the mends of this probe)
