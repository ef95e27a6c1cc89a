"""Made-up texts of the 评分标准 of fiscal performance evaluations (财政支出 / 项目支出 / 部门整体支出 绩效评价 指标体系, as
finance bureaus and third-party firms publish them) — each with what it states (the situations and their scores) or that
it leaves a situation open (to check): parts stated as shares of the row's points (“要点①②③④各占指标分值的1/4”,
“符合要点①得分值的1/2，符合要点②③各得分值的1/4”, “每项要点占25%”, “具备要素1得50%，其余每项得10%”); deductions as shares
of the points (“每发现一处问题扣除指标分值的10%”, “每低于1个百分点扣分值的5%，扣完为止”, “扣除权重分的20%”); rates against a
line, the rate defined first (“预算执行率=实际支出/预算数×100%；执行率100%得满分，每低于1个百分点扣0.1分，低于80%不得分”,
“满意度≥90%得满分，每降低1个百分点扣…”); completion as a product (“得分=完成率×指标分值”, averaged over years or targets,
“三项及时率各占1/3”); timeliness (“每延期1个月扣…”, “延迟1个月以内得分值的50%”); a requirement met / partly met / not met
with shares (“完全符合得100%，基本符合得60%，不符合不得分”, “…基本符合扣分值的40%…”, “…的，得满分；…的，得60%；…的，得0分”);
the common indicators (资金使用合规性, 管理制度健全性, 制度执行有效性, 产出数量/质量, 成本, 满意度, 效益), a requirement stated
before the breaches counted.

Measured on the 441 texts (before → after the readings taught here): exact 158 → 224, flagged 129 → 205 (of them scoring
some situation otherwise than the text says 25 → 12), judgement fallbacks 154 → 12, confident and wrong 0 → 0. Taught:

- shares of the row's points where points would stand (``wording.row_shares_as_points``, tried in ``proposal._propose``
  where the text is otherwise not placed or not sure): “每发现一处问题扣除指标分值的10%” of 5 read as “扣0.5分”, “各占指标
  分值的1/4” of 4 as “各1分”, “80%≤满意度<90%得分值的80%” as “得4分” — sure where the share names the row's points (分值,
  指标分值, 权重分), to check where it does not (“每项要点占25%”, “得50%”: “按本项分值的比例折算为分数读”); a share not exact
  in points (1/3 of 4) is left unread;
- the best option said 满分 and the least 不得分 beside bare shares (``wording.shares_as_points``, ``_share_options``):
  “完全符合的，得满分；基本符合的，得60%；不符合的，得0分” read as the options in shares of the row (to check, as the lists of
  shares are), never where an option's words hold a figure (a band's line), name the 分值 (graded shares) or take the share
  off (“基本符合扣40%”);
- graded shares naming the row's points otherwise (``wording._ROW_POINTS`` in ``_GRADE_POINTS`` and ``_GRADE_NONE``;
  ``reading._placed_all``; the 扣分 phrase): “基本符合得指标分值的60%”, and a share taken off, “基本符合扣分值的40%” (the
  level scores 60%) — 等级评定 read surely, as “得分值的60%” was;
- a requirement stated, then each breach of it found (``reading._REQUIRED_THEN_BREACH`` in ``reading.coverage``):
  “资金使用符合财务管理制度规定，每发现一处问题扣1分，扣完为止”, “遵守相关法律法规…，每发现一处未按规定执行扣…” — the
  requirement describes what a breach is (the count names it: 问题, 不合规, 未…); a count naming none (“每发现一处扣…”) and
  a requirement with a word that scores (“按照…”) are left as they were;
- a rate's step written 每低于 and the rate defined before its line (``tiers._SHARE_STEP_CLIFF``): “预算执行率=实际支出/预算数
  ×100%；执行率100%得满分，每低于1个百分点扣0.1分，低于80%不得分”, “满意度100%得满分，…” — whole steps to the floor, to check
  as before;
- requirements listed by circled marks, then each one's share named by its mark (``checklist._shared_list``, order 18000):
  “①…；②…；③…。符合要点①得分值的1/2，符合要点②③各得分值的1/4”, “具备要素1得50%，其余每项得10%” — a 要点核查 of those points,
  each point named once, the shares making up the 分值; to check (a share read as of the row's 分值, a point met in part
  unsaid), where before the points were read alike or not at all.

Left: judgement fallbacks (12): “每项要点占指标分值的1/3” of 4 or 2 (6: a third not exact in points), “扣除权重分的20%” alone
(2: no case counted), “三项及时率各占1/3” (4: rates of three kinds, each a third — a formula of three rates the text leaves to
the evaluator's reading). Flagged and scoring otherwise (12): “…为100%的得满分，每低1%扣除分值的10%，低于60%不得分” read as
two bands (the steps past the floor run out before it, at 90%: which the text means is unsaid). Flagged and left so: a
rate's step with no stop (“每降低1个百分点扣0.5分”, the proposer's rule), a step of several days (“每推迟10天”), averages over
years or targets (a formula of one value, the average entered), degree words (“完全符合、基本符合：程度由评价组判断”), shares
with no 分值 named, and equal shares for all points (“每项要点占25%”, “满足一项得分值的25%”), read as equal points to check.

The checker is ``tests/probe_checks.py``'s, with ``_own`` for points each worth a share (``Parts``) and for situations
read as levels of shares (等级评定).
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from itertools import product
from typing import Any

from services.frameworks.proposal import Proposal, propose
from services.scoring.rules import check_item
from tests.probe_checks import Either, Want, case_test, first_statements, read_exactly
from tests.proposals import Bands, Per, Ranks, Unsure, dec, item_score

_FULL = str.maketrans("0123456789.%,;", "０１２３４５６７８９．％，；")


def _n(x: Decimal | int | str) -> str:
    return format(dec(x).normalize(), "f")


@dataclass(frozen=True)
class Parts:
    """Points each met or not, worth the given points in order (shares of the row written out)."""
    pts: tuple[str, ...]


def _own(p: Proposal, m: Decimal, want: Any) -> str | None:
    """Points each met or not (``Parts``); situations (``Ranks``) read as levels of shares of the 分值 (等级评定)."""
    if isinstance(want, Ranks) and len(p.items) == 1 and p.items[0]["type"] == "scale" and not check_item(p.items[0]):
        got = sorted((m * dec(lv["share"]) for lv in p.items[0]["params"]["levels"]), reverse=True)
        return "" if got == [dec(x) for x in want.scores] else f"levels {got}"
    if not isinstance(want, Parts):
        return None
    if len(p.items) != 1 or check_item(p.items[0]):
        return f"items {[it['type'] for it in p.items]}"
    item = p.items[0]
    if item["type"] != "checklist" or len(item["params"]["points"]) != len(want.pts) or item["params"].get("gate"):
        return f"read as {item['type']}"
    points = item["params"]["points"]
    for ks in product((0, 1), repeat=len(points)):
        expected = sum((dec(x) for x, k in zip(want.pts, ks) if k), Decimal(0))
        got = item_score(item, {"points": {pt["key"]: {"state": "met" if k else "not_met"} for pt, k in zip(points, ks)}})
        if got != expected:
            return f"{ks}: {got}, not {expected} (checklist)"
    return ""


# ── parts stated as shares of the row's points ─────────────────────────────────────────────────────────────────
_REQS = [("项目立项符合国家法律法规", "项目与部门职责范围相符", "项目属于公共财政支持范围", "履行了必要的审批程序"),
         ("已制定相应的财务管理制度", "财务管理制度合法合规完整", "会计核算规范", "资金拨付有完整的审批程序"),
         ("绩效目标明确", "绩效目标与实际工作内容相关", "绩效指标细化量化", "目标值合理可衡量")]
_FRACS = {2: "1/2", 3: "1/3", 4: "1/4"}
_PCT = {2: "50%", 4: "25%", 5: "20%"}


def shares() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for reqs, m in product(_REQS, ("4", "2")):
        mm = dec(m)
        four = Parts(tuple(_n(mm / 4) for _ in range(4)))
        circ = "；".join(f"{c}{r}" for c, r in zip("①②③④", reqs))
        out.append((f"评价要点：{circ}。要点①②③④各占指标分值的1/4", m, four))
        out.append((f"{circ}。每项要点占25%", m, four))
        out.append((f"{circ}；每项要点占指标分值的25%，不符合不得分", m, four))
        out.append((f"{circ}。以上要点各占该指标分值的1/4。", m, four))
        out.append((f"{circ}；满足一项得分值的25%", m, four))
        out.append((f"{circ}。\n每符合一项得指标分值的1/4", m, four))
        a, b, c, _d = reqs
        three = "；".join(f"{x}{r}" for x, r in zip("①②③", (a, b, c)))
        out.append((f"{three}。符合要点①得分值的1/2，符合要点②③各得分值的1/4", m,
                    Parts((_n(mm / 2), _n(mm / 4), _n(mm / 4)))))
        out.append((f"{three}；符合要点①得分值的50%，要点②、③各得25%", m,
                    Parts((_n(mm / 2), _n(mm / 4), _n(mm / 4)))))
        out.append((f"{three}。每项要点占指标分值的1/3", m, Either(Parts(tuple(_n(mm / 3) for _ in range(3))), Unsure())))
    for m in ("10", "5"):
        mm = dec(m)
        out.append(("①预算编制经过科学论证；②内容与项目内容匹配；③测算依据充分；④预算额度与工作任务相匹配；⑤资金分配合理；"
                    "⑥分配依据充分。具备要素1得50%，其余每项得10%", m,
                    Parts((_n(mm / 2),) + tuple(_n(mm / 10) for _ in range(5)))))
        out.append(("①预算编制经过科学论证；②内容与项目内容匹配；③测算依据充分。具备要素①得50%，其余每项得25%", m,
                    Parts((_n(mm / 2), _n(mm / 4), _n(mm / 4)))))
        out.append(("①预算编制经过科学论证；②内容与项目内容匹配；③测算依据充分。具备要素①得60%，其余每项得25%", m, Unsure()))
    return out


# ── deductions stated as shares of the row's points ────────────────────────────────────────────────────────────
_FOUND = ["每发现一处问题扣除指标分值的{p}%", "每发现一处问题扣指标分值的{p}%，扣完为止", "每发现一项不合规扣除权重分的{p}%",
          "发现一处问题扣分值的{p}%，扣完为止", "每有一项不符合要求扣该指标分值的{p}%，扣完为止", "每出现一例扣分值的{p}%，直至扣完"]


def share_off() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for form, (p, m) in product(_FOUND, [("10", "5"), ("20", "10"), ("25", "4")]):
        t = form.format(p=p)
        out.append((t, m, Per(_n(dec(m) * dec(p) / 100))))
        out.append(("资金使用符合财务管理制度规定，" + t, m, Per(_n(dec(m) * dec(p) / 100))))
    for p, m in [("10", "5"), ("20", "10")]:
        out.append((f"项目资金存在截留、挤占、挪用、虚列支出等情况的不得分；其他不合规情况每发现一处扣分值的{p}%", m, Unsure()))
        out.append((f"扣除权重分的{p}%", m, Either(Per(_n(dec(m) * dec(p) / 100)), Unsure())))
    return out


# ── rates scored against a line ────────────────────────────────────────────────────────────────────────────────
def _line(m: Decimal, top: int, x: Decimal, floor: int | None) -> Bands:
    def s(v: int) -> Decimal:
        if v >= top:
            return m
        if floor is not None and v < floor:
            return Decimal(0)
        return max(Decimal(0), m - x * (top - v))
    vs = [top, top + 5, top - 1, top - 3, top - 10] + ([floor, floor - 1] if floor is not None else [0])
    return Bands(tuple((v, s(v)) for v in dict.fromkeys(vs)))


_RATES = [("预算执行率", "预算执行率=实际支出/预算数×100%"), ("资金到位率", "资金到位率=实际到位资金/计划投入资金×100%"),
          ("满意度", "满意度=满意人数/调查总人数×100%"), ("完成率", "数量完成率=实际完成数/计划完成数×100%")]


def rate_lines() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (name, formula), (x, m), full in product(_RATES, [("0.1", "5"), ("0.5", "10"), ("1", "4")], (False, True)):
        if full and x == "1":
            continue
        mm, xx = dec(m), dec(x)
        f = (lambda s: s.translate(_FULL)) if full else (lambda s: s)
        out.append((f(f"{formula}；执行率100%得满分，每低于1个百分点扣{x}分，低于80%不得分".replace("执行率", name if name != "预算执行率" else "执行率")),
                    m, _line(mm, 100, xx, 80)))
        out.append((f(f"{name}达到100%得满分，每低1个百分点扣{x}分，扣完为止"), m, _line(mm, 100, xx, None)))
        out.append((f(f"{name}≥90%得满分，每降低1个百分点扣{x}分"), m, Either(_line(mm, 90, xx, None), Unsure())))
        out.append((f(f"{name}≥90%得满分，每降低1个百分点扣{x}分，扣完为止"), m, _line(mm, 90, xx, None)))
        out.append((f(f"{formula}。{name}≥95%的，得满分；每低于1个百分点扣{x}分，扣完为止"), m, _line(mm, 95, xx, None)))
        if not full:
            share = dec(5)
            out.append((f"{name}100%得满分，每低于1个百分点扣分值的5%，扣完为止", m,
                        _line(mm, 100, mm * share / 100, None)))
            out.append((f"{formula}，{name}为100%的得满分，每低1%扣除分值的10%，低于60%不得分", m,
                        _line(mm, 100, mm / 10, 60)))
    return out


# ── completion as a product ──────────────────────────────────────────────────────────────────────────────────
def products() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for m, (name, _word) in product(("10", "5"), [("完成率", "完成"), ("资金到位率", "到位"), ("预算执行率", "执行"),
                                                      ("及时率", "及时")]):
        mm = dec(m)
        want = Bands(((100, mm), (80, mm * 8 / 10), (50, mm / 2), (0, 0), (120, mm)))
        out.append((f"得分={name}×指标分值", m, want))
        out.append((f"得分={name}×该指标分值", m, want))
        out.append((f"{name}=实际数/计划数×100%；得分={name}×分值", m, want))
        out.append((f"按{name}×指标分值计算得分", m, want))
        out.append((f"本指标得分={name}*权重分", m, want))
        out.append((f"各年度{name}的平均值×分值", m, Unsure()))
        out.append((f"得分=各项目标{name}的平均值×指标分值", m, Unsure()))
    for m in ("6", "9", "3"):
        out.append(("资金下达及时率、拨付及时率、支付及时率三项各占1/3，得分=各及时率×1/3×分值", m, Unsure()))
        out.append(("三项及时率各占1/3", m, Unsure()))
    return out


# ── timeliness with thresholds ───────────────────────────────────────────────────────────────────────────────
def timeliness() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for m, x in product(("5", "10", "4"), ("1", "0.5")):
        mm = dec(m)
        out.append((f"按计划时间完成得满分，每延期1个月扣{x}分，扣完为止", m, Per(x)))
        out.append((f"项目在规定时间内完成得满分；每延迟一个月扣{x}分，扣完为止", m, Per(x)))
        out.append(("按时完成得满分，延迟1个月以内得分值的50%，延迟1个月以上不得分", m,
                    Either(Bands(((0, mm), (Decimal("0.5"), mm / 2), (2, 0))), Either(Ranks((mm, mm / 2, 0)), Unsure()))))
        out.append(("按时完成得满分，未按时完成不得分", m, Ranks((mm, 0))))
        out.append((f"完成及时率=按时完成数/应完成数×100%；及时率100%得满分，每低1个百分点扣{x}分，扣完为止", m,
                    _line(mm, 100, dec(x), None)))
        out.append((f"资金在规定时限内拨付到位得满分，每推迟10天扣{x}分，扣完为止", m, Either(Per(x), Unsure())))
    return out


# ── a requirement met, partly met or not ─────────────────────────────────────────────────────────────────────
_MET = [("完全符合", "基本符合", "不符合"), ("健全", "基本健全", "不健全"), ("全部符合", "部分符合", "不符合"),
        ("完全达到", "部分达到", "未达到"), ("完全执行", "基本执行", "未执行")]


def met_partly() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (a, b, c), (m, s) in product(_MET, [("5", "60"), ("4", "75")]):
        mm = dec(m)
        want = Ranks((mm, _n(mm * dec(s) / 100), 0))
        out.append((f"{a}得100%，{b}得{s}%，{c}不得分", m, want))
        out.append((f"{a}得满分，{b}得分值的{s}%，{c}不得分", m, want))
        out.append((f"{a}的，得满分；{b}的，得{s}%；{c}的，得0分", m, want))
        out.append((f"{a}得100%,{b}得{s}%,{c}得0%", m, want))
        out.append((f"{a}得满分；{b}得指标分值的{s}%；{c}不得分。", m, want))
        out.append((f"{a}得满分，{b}扣分值的{100 - int(s)}%，{c}不得分", m, want))
        out.append((f"{a}得满分，{b}扣指标分值的{100 - int(s)}%，{c}不得分", m, want))
        # the share taken off with no 分值 named: of what, unsaid
        out.append((f"{a}得满分，{b}扣{100 - int(s)}%，{c}不得分", m, Either(want, Unsure())))
    return out


# ── the common indicators ────────────────────────────────────────────────────────────────────────────────────
def common() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for m, x in product(("5", "6", "10"), ("1", "0.5")):
        mm = dec(m)
        out.append((f"资金使用合规性：资金使用符合国家财经法规和财务管理制度，有完整的审批程序和手续。每发现一处不合规扣{x}分，扣完为止",
                    m, Per(x)))
        out.append(("管理制度健全性：已制定或具有相应的业务管理制度和财务管理制度，且制度合法合规完整。"
                    "制度健全得满分，基本健全得分值的60%，不健全不得分", m, Ranks((mm, _n(mm * 6 / 10), 0))))
        out.append((f"制度执行有效性：遵守相关法律法规和管理规定，每发现一处未按规定执行扣{x}分，扣完为止", m, Per(x)))
        # the requirement before a count that names no breach (“每发现一处”): what is counted is the evaluator's to say
        out.append((f"资金使用符合财务管理制度规定，每发现一处扣{x}分，扣完为止", m, Either(Per(x), Unsure())))
        out.append((f"按照财务管理制度规定使用资金，每发现一处问题扣{x}分，扣完为止", m, Either(Per(x), Unsure())))
        out.append((f"产出数量：实际完成率=实际产出数/计划产出数×100%，完成率100%得满分，每低1个百分点扣{x}分，扣完为止", m,
                    _line(mm, 100, dec(x), None)))
        out.append(("产出质量：质量达标率=质量达标产出数/实际产出数×100%，得分=质量达标率×分值", m,
                    Bands(((100, mm), (80, mm * 8 / 10), (0, 0)))))
        out.append(("成本节约率=（计划成本-实际成本）/计划成本×100%，成本控制在预算内得满分，超出预算不得分", m,
                    Either(Ranks((mm, 0)), Unsure())))
        out.append(("满意度：满意度≥90%得满分，80%≤满意度<90%得分值的80%，60%≤满意度<80%得分值的60%，满意度<60%不得分", m,
                    Bands(((95, mm), (90, mm), (85, mm * 8 / 10), (80, mm * 8 / 10), (70, mm * 6 / 10), (50, 0)))))
        out.append(("效益：项目实施达到预期效益得满分，部分达到预期效益酌情扣分，未达到不得分", m, Unsure()))
    return out


_ALL = shares() + share_off() + rate_lines() + products() + timeliness() + met_partly() + common()
CASES = first_statements(_ALL)


@cache
def _proposed(text: str, weight: str) -> Proposal:
    return propose(text, weight, "指标")


def test_the_probe_is_of_its_size():
    assert 380 <= len(CASES) <= 460
    assert len({(text, w) for text, w, _want in CASES}) == len(CASES)


test_every_made_up_text_is_scored_as_it_says_or_is_to_check = case_test(CASES, proposed=_proposed, own=_own)


def test_the_readings_read_their_texts_exactly():
    exact = read_exactly(CASES, _proposed, _own)
    assert exact == 224  # (158 before the readings of this round)
