"""Made-up texts in the styles of fiscal 项目支出/部门整体支出 绩效评价 评分表 — 资金到位率/预算执行率 (“预算执行率=实际支出/
预算数×100%,执行率达到100%得满分,每低1个百分点扣0.1分”, bands “≥95%得5分;90%-95%得3分;<90%不得分”, “得分=执行率×分值”),
资金使用合规性 (“①…②…③…,每出现1例不符扣0.5分,扣完为止”, “存在…的,该指标不得分”), 绩效目标合理性/明确性 (①②③ parts with
points, “是否…”), 政府采购/财务管理制度, 完成及时性 (delays in 月/季度/天), 产出数量/质量 (完成率 with proportional scoring,
“未完成的按完成比例得分”), 满意度 (“满意度≥90%得满分,每降低1%扣0.2分”, “80%-90%得80%分值”), 效益指标 (“效益明显得满分,较明显
得60%,不明显不得分”) — numbers varied (Chinese numerals too), ≥/以上/(含)/不足, full and half width punctuation, order of
clauses, caps, line breaks; each with what it states (a few situations and their scores) or that it is unsure (to check).
Every proposal scores every situation as the text says, or is not confident.

Confident readings found scoring wrong: none (0 of the 487 texts written; 169 read confidently, all scoring every
situation as they say). The sure readings met: bands by ≥/不低于/以上(含)/高于…(含) with the higher band taking its
figure (“≥95%得5分;90%-95%得3分” scores 95% as 5), a line's step “每低1个百分点扣0.1分,扣完为止”, a step of a share
of the 分值 (“每低1个百分点扣分值的10%”), “得分=执行率×5分”, “完成率100%得满分,未完成的按完成比例得分”, lines a rate
must stay under (“预算调整率≤5%得满分,每超过1%扣0.5分,扣完为止”, “控制率≤100%得满分,超过100%不得分”), numbered
points of 绩效目标 read as a checklist adding up to the 分值, “每出现一例不符扣零点五分,扣完为止”. Nothing was mended.

Readings left to check (not confident, so no bar, though many would score right): a line's step with no 扣完为止
(“执行率达到100%得满分,每低1个百分点扣0.1分”, “满意度≥90%得满分,每降低1%扣0.2分”), a step beside a zeroing line or a cap
(“…低于60%不得分”, “最多扣1分”), bands with a gap or an overlap, bands of shares of the 分值 (“80%-90%得80%分值”; “得分值的80%” is read surely),
bands beside a rate times the 分值, 效益 grades in words (“较明显得60%”), a requirement's numbered parts with a count
of faults, “存在…的,该指标不得分”, delays in 个月/季度 (“每延迟一个月扣一分”), Chinese numerals in bands
(“百分之九十五以上”, “九成以上”), a step both ways (“每偏离1个百分点”), “为0得满分,每增加1个百分点扣…”.

The checker is ``tests/probe_checks.py``'s.
"""
from __future__ import annotations

from decimal import Decimal
from itertools import product

from tests.probe_checks import Either, first_statements, probe_tests
from tests.proposals import Bands, Once, Per, Ranks, Unsure

_CN = {1: "一", 2: "两", 3: "三", 5: "五", 10: "十"}


def _n(x: Decimal | int | float | str) -> str:
    return format(Decimal(str(x)).normalize(), "f")


def _p(full: bool) -> tuple[str, str, str]:
    return ("，", "；", "。") if full else (",", ";", ".")


# ── 预算执行率/资金到位率: a line of 100%, a step per 百分点 ───────────────────────────────────────────────────────────
def execution() -> list[tuple[str, str, Want]]:
    out: list = []
    for (name, m, x), full, unit in product([("预算执行率", 5, "0.1"), ("资金到位率", 4, "0.2"), ("预算执行率", 10, "0.5"),
                                              ("资金到位率", 3, "0.1")], (True, False), ["1个百分点"]):
        c, s, e = _p(full)
        xd = Decimal(x)
        want = Bands(((100, m), (95, Decimal(m) - 5 * xd), (90, max(Decimal(0), Decimal(m) - 10 * xd))))
        out.append((f"{name}=实际支出/预算数×100%{c}执行率达到100%得满分{c}每低{unit}扣{x}分{e}", str(m),
                    Either(want, Unsure())))
        out.append((f"{name}达到100%的得{m}分{c}每低{unit}扣{x}分{c}扣完为止", str(m), Either(want, Unsure())))
        out.append((f"{name}达到100%得满分{c}每低{unit}扣{x}分{s}低于60%不得分", str(m),
                    Either(Bands(((100, m), (95, Decimal(m) - 5 * xd), (50, 0))), Unsure())))
        # the step's figure past the 分值 at once
        out.append((f"{name}每低{unit}扣{m + 1}分", str(m), Either(Bands(((100, m), (99, 0))), Unsure())))
    return out


# ── bands of a rate ──────────────────────────────────────────────────────────────────────────────────────────────
def bands() -> list[tuple[str, str, Want]]:
    out: list = []
    for (m, a), (hi, lo), full, ge in product([(5, 3), (10, 6)], [(95, 90), (90, 80)], (True, False),
                                              ["≥"]):
        c, s, _e = _p(full)
        want = Bands(((100, m), (hi, m), (hi - 1, a), (lo, a), (lo - 1, 0)))
        out.append((f"执行率{ge}{hi}%得{m}分{s}{lo}%-{hi}%得{a}分{s}<{lo}%不得分", str(m),
                    Either(Bands(((100, m), (hi + 1, m), (lo + 1, a), (lo - 1, 0))), Unsure())))
        out.append((f"执行率{hi}%(含)以上得{m}分{s}{lo}%(含)-{hi}%得{a}分{s}{lo}%以下不得分", str(m), Either(want, Unsure())))
        out.append((f"执行率{hi}%以上(含{hi}%)的{c}得{m}分{s}{lo}%以上(含{lo}%)不足{hi}%的{c}得{a}分{s}不足{lo}%的不得分",
                    str(m), Either(want, Unsure())))
        # out of order
        out.append((f"执行率不足{lo}%的不得分{s}执行率{ge}{hi}%得{m}分{s}{lo}%≤执行率<{hi}%得{a}分", str(m),
                    Either(want, Unsure())))
        # a gap, an overlap
        out.append((f"执行率{ge}{hi}%得{m}分{s}{lo}%-{hi - 3}%得{a}分{s}<{lo}%不得分", str(m), Unsure()))
        out.append((f"执行率{ge}{lo}%得{m}分{s}{lo - 5}%-{hi}%得{a}分{s}<{lo - 5}%不得分", str(m), Unsure()))
    return out


# ── a rate times the 分值 ──────────────────────────────────────────────────────────────────────────────────────────
def times() -> list[tuple[str, str, Want]]:
    out: list = []
    for m, full, say in product([5, 10, 3], (True, False), ["得分=执行率×分值", "得分=预算执行率*该指标分值",
                                                             "按执行率×分值计算得分"]):
        c, _s, e = _p(full)
        want = Bands(((100, m), (50, Decimal(m) / 2), (0, 0)))
        out.append((f"预算执行率=实际支出/预算数×100%{c}{say}{e}", str(m), Either(want, Unsure())))
        out.append((f"{say}{c}执行率低于60%的不得分", str(m),
                    Either(Bands(((100, m), (80, Decimal(m) * Decimal("0.8")), (50, 0))), Unsure())))
    return out


# ── 资金使用合规性: numbered faults, a cost each ──────────────────────────────────────────────────────────────────────
def compliance() -> list[tuple[str, str, Want]]:
    out: list = []
    faults = ["符合国家财经法规和财务管理制度", "资金拨付有完整的审批程序和手续", "符合项目预算批复的用途",
              "不存在截留、挤占、挪用、虚列支出等情况"]
    for (x, m), full, marks, k in product([("0.5", 5), ("1", 4), ("2", 10)], (True, False),
                                          [("①", "②", "③", "④")], (3, 4)):
        c, s, e = _p(full)
        body = s.join(f"{marks[i]}{faults[i]}" for i in range(k))
        out.append((f"{body}{e}每出现1例不符扣{x}分{c}扣完为止{e}", str(m), Either(Per(x), Unsure())))
        out.append((f"{body}{e}存在截留、挤占、挪用的{c}该指标不得分", str(m), Unsure()))
        out.append((f"{body}{e}每出现1例不符扣{x}分{s}存在挪用资金的{c}该指标不得分", str(m), Unsure()))
    return out


# ── 绩效目标合理性/明确性: parts with points ───────────────────────────────────────────────────────────────────────────
def parts() -> list[tuple[str, str, Want]]:
    out: list = []
    qs = ["项目是否符合国家法律法规、国民经济发展规划", "项目与部门职责范围相符", "项目预期产出效益和效果是否符合正常的业绩水平",
          "是否与预算确定的项目投资额或资金量相匹配"]
    for pts, full, marks in product([(1, 1, 1), (2, 1, 1, 1), (1, 2, 2), (0.5, 0.5, 1)], (True, False),
                                    [("①", "②", "③", "④"), ("1.", "2.", "3.", "4.")]):
        c, s, e = _p(full)
        m = sum(Decimal(str(p)) for p in pts)
        body = s.join(f"{marks[i]}{qs[i]}{c}得{_n(p)}分" for i, p in enumerate(pts))
        out.append((f"评价要点:{body}{e}", _n(m), Either(Once(tuple(_n(p) for p in pts)), Unsure())))
        body2 = s.join(f"{marks[i]}{qs[i]}({_n(p)}分)" for i, p in enumerate(pts))
        out.append((f"{body2}{e}", _n(m + 1), Unsure()))
        out.append((f"{body2}{e}全部符合得满分{c}每一项不符合扣{_n(pts[0])}分", _n(m), Unsure()))
    return out


# ── 完成及时性: delays ─────────────────────────────────────────────────────────────────────────────────────────────
def timely() -> list[tuple[str, str, Want]]:
    out: list = []
    for (m, x), unit, full, cn in product([(5, 1), (10, 2)], ["个月", "天"], (True, False), (False, True)):
        c, s, _e = _p(full)
        one = _CN[1] if cn else "1"
        out.append((f"按计划时间完成得{m}分{c}每延迟{one}{unit}扣{x}分{c}扣完为止", str(m),
                    Either(Bands(((0, m), (1, m - x), (2, max(0, m - 2 * x)))), Unsure())))
        out.append((f"按时完成得满分{s}延迟{one}{unit}以内得{m - x}分{s}延迟{one}{unit}以上不得分", str(m), Unsure()))
        out.append((f"项目按期完成得{m}分{c}未按期完成不得分", str(m), Either(Ranks((m, 0)), Unsure())))
    for m in (5, 4):
        out.append((f"按计划完成得{m}分,每推迟一个季度扣2分", str(m), Either(Bands(((0, m), (1, m - 2))), Unsure())))
    return out


# ── 产出数量/质量: completion, proportional ──────────────────────────────────────────────────────────────────────────
def completion() -> list[tuple[str, str, Want]]:
    out: list = []
    for m, full, name, say in product([10, 5, 6], (True, False), ["完成率", "验收合格率"],
                                      ["未完成的按完成比例得分", "否则按实际完成比例计算得分"]):
        c, s, e = _p(full)
        want = Bands(((100, m), (80, Decimal(m) * Decimal("0.8")), (50, Decimal(m) / 2)))
        out.append((f"{name}达到100%得满分{c}{say}{e}", str(m), Either(want, Unsure())))
        out.append((f"{name}=实际完成数/计划数×100%{s}{name}达到100%得{m}分{c}{say}{s}{name}低于60%不得分", str(m),
                    Either(Bands(((100, m), (80, Decimal(m) * Decimal("0.8")), (50, 0))), Unsure())))
    return out


# ── 满意度 ────────────────────────────────────────────────────────────────────────────────────────────────────────
def satisfaction() -> list[tuple[str, str, Want]]:
    out: list = []
    for (m, x), line, full, ge in product([(5, "0.2"), (10, "0.5")], (90, 85), (True, False),
                                          ["≥", ""]):
        c, s, _e = _p(full)
        xd = Decimal(x)
        tail = "以上" if ge == "" else ""
        out.append((f"满意度{ge}{line}%{tail}得满分{c}每降低1%扣{x}分", str(m),
                    Either(Bands(((100, m), (line, m), (line - 5, Decimal(m) - 5 * xd))), Unsure())))
        out.append((f"满意度{ge}{line}%{tail}得满分{s}{line - 10}%-{line}%得80%分值{s}{line - 10}%以下不得分", str(m),
                    Either(Bands(((100, m), (line + 1, m), (line - 5, Decimal(m) * Decimal("0.8")),
                                  (line - 11, 0))), Unsure())))
    return out


# ── 效益指标 in words ──────────────────────────────────────────────────────────────────────────────────────────────
def benefit() -> list[tuple[str, str, Want]]:
    out: list = []
    for m, full, (a, b) in product([5, 10, 8], (True, False), [("60%", Decimal("0.6")), ("一半", Decimal("0.5"))]):
        c, s, _e = _p(full)
        out.append((f"效益明显得满分{c}较明显得{a}{c}不明显不得分", str(m),
                    Either(Ranks((m, Decimal(m) * b, 0)), Unsure())))
        out.append((f"社会效益显著的得{m}分{s}效益一般的得{_n(Decimal(m) * b)}分{s}无明显效益的不得分", str(m),
                    Either(Ranks((m, Decimal(m) * b, 0)), Unsure())))
        out.append((f"效益明显得满分\n较明显得{a}分值\n不明显不得分", str(m), Either(Ranks((m, Decimal(m) * b, 0)), Unsure())))
    return out


# ── 政府采购/财务管理制度 ─────────────────────────────────────────────────────────────────────────────────────────────
def systems() -> list[tuple[str, str, Want]]:
    out: list = []
    for m, full, x in product([2, 5], (True, False), ["0.5", "1"]):
        c, s, _e = _p(full)
        out.append((f"已制定相应的财务和业务管理制度{c}且制度合法、合规、完整得{m}分{c}否则不得分", str(m),
                    Either(Ranks((m, 0)), Unsure())))
        out.append((f"按规定履行政府采购程序的得满分{s}未履行的不得分", str(m), Either(Ranks((m, 0)), Unsure())))
        out.append((f"管理制度健全得{m}分{s}每缺少一项制度扣{x}分", str(m), Either(Per(x), Unsure())))
    return out


# ── near variants: mixed lines, shares, steps against the 分值 ──────────────────────────────────────────────────────
def near() -> list[tuple[str, str, Want]]:
    out: list = []
    for m, full in product([5, 10], (True, False)):
        c, s, _e = _p(full)
        h = Decimal(m)
        out.append((f"完成率≥100%得满分{c}完成率<100%按完成率×分值得分", str(m),
                    Either(Bands(((100, m), (80, h * Decimal("0.8")))), Unsure())))
        out.append((f"执行率达到100%得满分{c}执行率低于100%的{c}每低1个百分点扣分值的10%", str(m),
                    Either(Bands(((100, m), (95, h / 2), (90, 0), (80, 0))), Unsure())))
        out.append((f"预算执行率≥95%{c}得{m}分{s}90%≤执行率<95%{c}得{m - 1}分{s}85%≤执行率<90%{c}得{m - 2}分{s}执行率<85%{c}不得分",
                    str(m), Either(Bands(((100, m), (95, m), (94, m - 1), (90, m - 1), (89, m - 2), (85, m - 2), (84, 0))),
                                   Unsure())))
        out.append((f"满意度90%以上(含90%)得满分{s}80%(含)-90%得{m - 2}分{s}70%(含)-80%得1分{s}70%以下不得分", str(m),
                    Either(Bands(((100, m), (90, m), (89, m - 2), (80, m - 2), (79, 1), (70, 1), (69, 0))), Unsure())))
        out.append((f"执行率达到百分之九十五以上得{m}分{c}百分之九十至九十五得3分{c}百分之九十以下不得分", str(m), Either(
            Bands(((100, m), (96, m), (92, 3), (80, 0))), Unsure())))
        out.append((f"执行率达到100%得满分{c}每低一个百分点扣零点五分", str(m),
                    Either(Bands(((100, m), (98, h - 1))), Unsure())))
        out.append((f"满意度90%以上得满分{c}80%-90%得80%分值{c}70%-80%得60%分值{c}70%以下不得分", str(m),
                    Either(Bands(((100, m), (85, h * Decimal("0.8")), (75, h * Decimal("0.6")), (60, 0))), Unsure())))
        out.append((f"延迟1个月以内扣1分{c}延迟1-3个月扣2分{c}3个月以上不得分", str(m), Unsure()))
        out.append((f"执行率在95%-105%之间得满分{c}每偏离1个百分点扣0.2分", str(m),
                    Either(Bands(((100, m), (94, h - Decimal("0.2")), (106, h - Decimal("0.2")))), Unsure())))
        out.append((f"按时完成得满分{c}延期1个月扣1分{c}延期2个月扣2分{c}延期3个月及以上不得分", str(m),
                    Either(Bands(((0, m), (1, m - 1), (2, m - 2), (3, 0))), Unsure())))
        out.append((f"效益明显得满分{c}较明显得分值的60%{c}一般得30%{c}不明显不得分", str(m),
                    Either(Ranks((h, h * Decimal("0.6"), h * Decimal("0.3"), 0)), Unsure())))
        out.append((f"满意度≥95%得满分{c}90%≤满意度<95%得分为4分{c}满意度<90%按满意度×分值得分", str(m), Unsure()))
    # bands of a rate written in other ways, each figure's band as the sure readings score it
    for m in (5, 6):
        h = Decimal(m)
        out.append((f"执行率≥95%得{m}分；90%-95%得3分；<90%不得分", str(m),
                    Either(Bands(((100, m), (95, m), (94, 3), (90, 3), (88, 0))), Unsure())))
        out.append(("满意度≥90%得满分，80%≤满意度<90%得分值的80%，满意度<80%不得分", str(m),
                    Either(Bands(((100, m), (90, m), (88, h * Decimal("0.8")), (80, h * Decimal("0.8")), (79, 0))),
                           Unsure())))
        out.append(("执行率达到100%得满分，每低1个百分点扣0.1分，扣完为止", str(m),
                    Either(Bands(((100, m), (95, h - Decimal("0.5")), (80, h - 2))), Unsure())))
        out.append((f"预算执行率得分=执行率×{m}分", str(m), Either(Bands(((100, m), (90, h * Decimal("0.9")))), Unsure())))
        out.append(("每出现一例不符扣零点五分，扣完为止", str(m), Either(Per("0.5"), Unsure())))
        out.append((f"执行率高于90%（含）得{m}分，低于90%得0分", str(m), Either(Bands(((100, m), (90, m), (88, 0))), Unsure())))
        out.append((f"执行率不低于95%得{m}分，不低于85%得3分，低于85%不得分", str(m),
                    Either(Bands(((100, m), (95, m), (94, 3), (85, 3), (84, 0))), Unsure())))
        out.append(("满意度九成以上得满分，八成以上得3分，八成以下不得分", str(m),
                    Either(Bands(((100, m), (95, m), (85, 3), (70, 0))), Unsure())))
        out.append((f"执行率90%以上得{m}分，80%以上得3分，80%以下不得分", str(m),
                    Either(Bands(((100, m), (95, m), (85, 3), (70, 0))), Unsure())))
        out.append(("执行率≥95%得满分;90%≤执行率<95%得3分;执行率<90%得分=执行率×分值", str(m),
                    Either(Bands(((100, m), (95, m), (92, 3), (80, h * Decimal("0.8")))), Unsure())))
        out.append(("执行率达到100%的得满分，在90%-100%的得一半分值，90%以下不得分", str(m),
                    Either(Bands(((100, m), (95, h / 2), (80, 0))), Unsure())))
        out.append(("满意度在90%（含）以上的得满分，低于90%的按比例得分", str(m), Unsure()))
        out.append(("按计划完成得满分，每延迟一个月扣一分", str(m), Either(Bands(((0, m), (1, m - 1), (2, m - 2))), Unsure())))
    for m in (3, 6):
        k = m // 3
        out.append((f"①项目是否有绩效目标({k}分);②绩效目标是否细化分解为具体指标({k}分);③指标是否清晰可衡量({k}分)", str(m),
                    Either(Once((str(k),) * 3), Unsure())))
        out.append((f"项目有明确绩效目标得{k}分;绩效指标量化得{k}分;与任务数相对应得{k}分。", str(m),
                    Either(Once((str(k),) * 3), Unsure())))
        out.append((f"绩效目标明确得{m}分,目标较明确得{k}分,目标不明确不得分", str(m), Either(Ranks((m, k, 0)), Unsure())))
        out.append(("产出数量完成率=实际完成/计划完成×100%,完成率100%得满分,未完成的按比例得分", str(m),
                    Either(Bands(((100, m), (50, Decimal(m) / 2))), Unsure())))
        out.append(("受益群众满意度≥90%得满分,80%-90%得分值的80%,<80%不得分", str(m),
                    Either(Bands(((100, m), (95, m), (85, Decimal(m) * Decimal("0.8")), (70, 0))), Unsure())))
        out.append((f"效益明显得{m}分,较明显得{2 * k}分,一般得{k}分,不明显不得分", str(m),
                    Either(Ranks((m, 2 * k, k, 0)), Unsure())))
    return out


# ── 部门整体支出: lines a rate must stay under (控制率, 结转结余率, 预算调整率) ─────────────────────────────────────────
def lower() -> list[tuple[str, str, Want]]:
    out: list = []
    for (m, x), full in product([(3, "0.5"), (4, "0.2"), (2, "0.1")], (True, False)):
        c, _s, _e = _p(full)
        h, xd = Decimal(m), Decimal(x)
        out.append((f"“三公经费”控制率≤100%得满分{c}每超1个百分点扣{x}分", str(m),
                    Either(Bands(((90, m), (100, m), (102, h - 2 * xd))), Unsure())))
        out.append((f"预算调整率≤5%得满分{c}每超过1%扣{x}分{c}扣完为止", str(m),
                    Either(Bands(((0, m), (5, m), (7, max(Decimal(0), h - 2 * xd)), (99, 0))), Unsure())))
        out.append((f"控制率≤100%得满分{c}超过100%不得分", str(m), Either(Bands(((80, m), (100, m), (101, 0))), Unsure())))
        out.append((f"结转结余率≤5%得满分{c}5%-10%得1分{c}>10%不得分", str(m),
                    Either(Bands(((0, m), (4, m), (8, 1), (11, 0))), Unsure())))
        out.append((f"结转结余率为0得满分{c}每增加1个百分点扣{x}分", str(m),
                    Either(Bands(((0, m), (2, h - 2 * xd))), Unsure())))
        out.append((f"执行率达到90%得满分{c}每低1个百分点扣{x}分{c}最多扣1分", str(m),
                    Either(Bands(((100, m), (90, m), (89, h - xd), (10, h - 1))), Unsure())))
        out.append((f"执行率100%得满分{c}低于100%的每低1%扣{x}分{c}高于100%的每高1%扣{x}分", str(m),
                    Either(Bands(((100, m), (99, h - xd), (101, h - xd))), Unsure())))
    return out


Want = object
_ALL = (near() + lower() + execution() + bands() + times() + compliance() + parts() + timely() + completion() + satisfaction() + benefit()
        + systems())
#: (the first statement of a text the generators write twice)
CASES = first_statements(_ALL)


(test_the_probe_is_of_its_size,
 test_every_made_up_text_is_scored_as_it_says_or_is_to_check) = probe_tests(CASES, 300, 600)
