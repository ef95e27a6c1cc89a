"""Made-up texts in the house styles of this round's readings — a table row of lines at least each followed by its
bare score (“上年度销售收入(万元) ≥3000 2 ≥5000 3 ≥10000 5”, “…(项) ≥1 5”), a line at least or at most and a step said
short of a target not repeated (“考核值≥3%。每低于目标值0.2个百分点,扣1分,扣完为止;不足…按照比例计算”, “考核值≤1%。每低于
目标值…”), the lowest figures bare before lines reached (“…的95%得1分,99%以上得1.5分,全部认领…得2分”) and a target reached
beside shares of it (“…完成年度目标得4分,完成80%得2分”), bands of how far over a reference named in words (“不超过年度计划
目标。(15分)超过…10%以下。(10分)…”), bands named before they are scored and a mark naming neither end (“…分为10亿元以下;…
4个等级;…”), a heading with its 分值 after a comma (“2.办件处理情况,3分。…及时率每下降1个百分点扣0.1分”), a title before
what is asked and its deductions (“加强组织领导(5分)。…未成立…的,扣2分;…”), the 分值 of each thing scored said first with
faults' costs in brackets (“每份公文满分为10分,扣分标准为:(一)越级行文。(扣1分)…”), and formula.py's recognisers 180–184
(points × the quantity over its base with a floor, “×150分” formulas, base points plus per point above a base, points
per article by level with a halved kind, points off per case over a named count) — and their near variants (other
numerals, units, punctuation, 得/计/扣, orderings, an extra clause a reading should not swallow), each with what it states
(a few situations and their scores) or that it is unsure (to check). Every proposal scores every situation as the text
says, or is not confident. A family of sure neighbours (a line and a step said plainly, lines scored with 分, a
situation and its points after a comma, a title before one fault taking the 分值, situations after a heading with a
comma) checks the readings that are confident next to this round's.

Confident readings found scoring wrong, and mended: none. Every reading of this round is to check (the sign-band row
“0%时的得分未说明”, the step short of a target “每低于目标值”, the rising bare bands “按各档下限读”, the over-reference
bands, the listed bands, the heading's unsaid line “按 100% 得满分读”, each formula 180–184 by construction); the near
variants that escape a doubt fall to judgement or to a reading that is itself to check, and the sure neighbours (“率≥95%;
每低于1%扣2分,扣完为止”, “差错率≤5%;每高于1个百分点扣2分”, “≥15%得2分,≥25%得3分,…,低于15%不得分”, “按时完成,10分;延期
完成扣5分;未完成不得分”, “加强组织领导(5分)。成立工作小组。未成立工作小组的,扣5分。”) score every situation as the text
says.

Readings left to check (not confident, so no bar) that a later round may make sure: a sign-band row of money or a
count is read with the unit “%” and a doubt of 基数 (“上年度销售收入(万元) ≥0 1 ≥3000 2 …”), a row with one line (“…(项)
≥1 5”) is read as all or nothing with its figure unplaced, “≥3000万元 2 …” (the unit in each cell) and a row with a line
at most (“≤…”) or a closing “<3000 0” are not read as bands; a step of another quantity after a line (“完成率≥95%;满意率
每低于1%扣2分”) is read as the second quantity's step from 100% (to check).
"""
from __future__ import annotations

from decimal import Decimal
from itertools import product

from tests.probe_checks import (
    Either,
    Fault,
    Faults,
    Fn,
    Want,
    probe_tests,
)
from tests.proposals import Bands, Per, Ranks, Unsure, dec

# ── what a text states ───────────────────────────────────────────────────────────────────────────────────────




def _n(x: Decimal) -> str:
    return format(x.normalize(), "f")


# ── a table row of lines at least, each followed by its bare score (kj-ningbo) ───────────────────────────────────
_ROWS = [("上年度销售收入(万元)", (3000, 5000, 10000), ""), ("近3年销售收入平均增长率(%)", (10, 25, 50), ""),
         ("上年度销售利润率(%)", (15, 25, 35), ""), ("大专以上学历专职研究开发人员(人)", (20, 30, 40), ""),
         ("研究开发仪器设备原值(万元)", (100, 300, 500), ""), ("超出最低指标要求的比例(%)", (5, 10, 20), "%"),
         ("年度新产品产值(万元)", (800, 1500, 2500), ""), ("授权发明专利数(件)", (2, 4, 8), "")]
_PTS = [(2, 3, 5), (3, 5, 10), (1, 2, 4), (2, 4, 6)]


def sign_rows() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for i, ((label, (a, b, c), pc), (x, y, z)) in enumerate(zip(_ROWS * 2, _PTS * 2 + _PTS[::-1] * 2)):
        samples = ((a, x), ((a + b) / 2, x), (b, y), ((b + c) / 2, y), (c, z), (c * 3, z))
        out.append((f"{label} ≥{a}{pc} {x} ≥{b}{pc} {y} ≥{c}{pc} {z}", str(z), Bands(samples)))
        # full-width spaces, the sign with a space after it
        out.append((f"{label}\u3000≥ {a}{pc}\u3000{x}\u3000≥ {b}{pc}\u3000{y}\u3000≥ {c}{pc}\u3000{z}", str(z), Bands(samples)))
        # two lines only
        out.append((f"{label} ≥{a}{pc} {x} ≥{b}{pc} {z}", str(z), Bands(((a, x), (b, z), (b * 2, z)))))
        # the lines said top down: the highest reached counts
        out.append((f"{label} ≥{c}{pc} {z} ≥{b}{pc} {y} ≥{a}{pc} {x}", str(z), Bands(samples)))
        # a line above it: strictly past
        out.append((f"{label} >{a}{pc} {x} >{b}{pc} {y} >{c}{pc} {z}", str(z),
                    Bands((((a + b) / 2, x), (b + 1, y), (c + 1, z), (c * 3, z)))))
        if i % 4 == 0:
            # scores falling as the lines rise: not what a table of lines at least says (to check)
            out.append((f"{label} ≥{a}{pc} {z} ≥{b}{pc} {y} ≥{c}{pc} {x}", str(z), Unsure()))
            # a cell of words after the last score: not a row of lines alone
            out.append((f"{label} ≥{a}{pc} {x} ≥{b}{pc} {y} ≥{c}{pc} {z} 以上", str(z), Either(Unsure(), Bands(samples))))
            # the lines at most (lower better): the lowest line reached counts
            out.append((f"{label} ≤{a}{pc} {z} ≤{b}{pc} {y} ≤{c}{pc} {x}", str(z),
                        Bands(((a, z), ((a + b) / 2, y), (b, y), ((b + c) / 2, x)))))
            # said with 分: a ladder of its own
            out.append((f"{label}≥{a}{pc}得{x}分,≥{b}{pc}得{y}分,≥{c}{pc}得{z}分", str(z), Bands(samples)))
    for what, unit in (("主持/参与已批准国家标准制定", "项"), ("拥有的中国名牌产品或驰名商标数", "件"), ("获省级以上科技奖励", "项")):
        for k, m in ((1, 5), (2, 4)):
            out.append((f"{what}({unit}) ≥{k} {m}", str(m),
                        Either(Bands(((k, m), (k + 3, m), (k - 1, 0))), Ranks((m, 0)))))
    return out


# ── a line at least or at most, a step short of a target not repeated (bx-pzgls) ────────────────────────────────
def kpi_steps() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for line, step, per, m in (("3", "0.2", "1", "20"), ("0.2", "0.01", "1", "10"), ("95", "1", "2", "10"),
                               ("98", "0.5", "1", "5"), ("80", "2", "3", "15")):
        L, S, P, M = dec(line), dec(step), dec(per), dec(m)

        def lin(v: Decimal) -> Decimal:
            return max(Decimal(0), min(M, M - P * (L - v) / S))

        whole = tuple((v, lin(v)) for v in (L, L + S, L - S, L - 3 * S, L - 40 * S) if v >= 0)
        part = tuple((v, lin(v)) for v in (L, L + 1, L - S / 2, L - S, L - S * Decimal("2.5")) if v >= 0)
        ceil = tuple((v, max(Decimal(0), M - P * (-(-(L - v) // S)))) for v in (L, L - S / 2, L - S, L - S * Decimal("1.5")))
        for head in ("考核值≥", "考核值不低于"):
            out.append((f"{head}{line}%。每低于目标值{step}个百分点,扣{per}分,扣完为止;不足{step}个百分点按照比例计算。",
                        m, Bands(part)))
            out.append((f"{head}{line}%。每低于目标值{step}个百分点,扣{per}分,扣完为止", m, Bands(whole)))
            out.append((f"{head}{line}%;每低于目标值{step}个百分点扣{per}分,扣完为止;不足{step}个百分点按照{step}个百分点计算",
                        m, Bands(ceil)))
        # a target at most, the step said short of it (read as above it: to check)
        out.append((f"考核值≤{line}%。每低于目标值{step}个百分点,扣{per}分,扣完为止;不足{step}个百分点按照{step}个百分点计算。",
                    m, Unsure()))
        out.append((f"考核值≤{line}%。每低于目标值{step}个百分点,扣{per}分,扣完为止", m, Unsure()))
        # a target at most, the step said above it: lower is better
        above = tuple((v, max(Decimal(0), min(M, M - P * (v - L) / S))) for v in (L, L - 1 if L >= 1 else L / 2, L + S, L + 3 * S)
                      if v >= 0)
        out.append((f"考核值≤{line}%。每高于目标值{step}个百分点,扣{per}分,扣完为止", m, Bands(above)))
        # a target at least, the step said above it: opposite ways (to check)
        out.append((f"考核值≥{line}%。每高于目标值{step}个百分点,扣{per}分,扣完为止", m, Unsure()))
        # an extra clause of points added above the line: not swallowed
        out.append((f"考核值≥{line}%。每低于目标值{step}个百分点,扣{per}分,扣完为止;每高于目标值{step}个百分点加{per}分", m,
                    Unsure()))
        # the line with its 率 named and a semicolon after %
        out.append((f"反欺诈减损率达到{line}%;每低于{step}个百分点扣{per}分,扣完为止", m, Bands(whole)))
    return out


# ── the lowest figures bare, the lines above reached; a target reached beside shares of it (zwfw-ezhou, jn) ──────
def rising_bands() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for what, (a, b), (x, y, z) in zip(["县级事项认领应认领事项的", "当地乡镇事项认领平均数达到指导目录的", "政务服务事项网上可办率达到"] * 2,
                                        [(95, 99), (60, 80), (70, 90)] * 2, [("1", "1.5", "2"), ("0.5", "1", "2"), ("2", "3", "5")] * 2):
        samples = ((a, x), ((a + b) / 2, x), (b, y), ((b + 100) / 2, y), (100, z))
        out.append((f"{what}{a}%得{x}分,{b}%以上得{y}分,全部认领应认领事项得{z}分", z, Bands(samples)))
        out.append((f"{what}{a}%得{x}分,达到{b}%得{y}分,达到100%得{z}分", z, Bands(samples)))
        out.append((f"{what}{a}%,得{x}分;{b}%及以上,得{y}分;全部完成,得{z}分", z, Bands(samples)))
        # falling scores: not lines at least (to check)
        out.append((f"{what}{a}%得{z}分,{b}%以上得{y}分,全部认领应认领事项得{x}分", z, Unsure()))
        # the bare figure the highest: where its band lies is unsaid
        out.append((f"{what}{b}%得{x}分,{a}%以上得{y}分,全部认领得{z}分", z, Unsure()))
    for what, (lo, mid), (full, half) in product(["新建建筑节能强制性标准执行率", "节能监测计划执行率", "重点项目投资"],
                                                 [(70, 80), (60, 90)], [("4", "2"), ("6", "3")]):
        out.append((f"{what}完成年度目标得{full}分,完成{mid}%得{half}分,不足{lo}%的不得分", full,
                    Bands(((100, full), (120, full), (mid, half), ((mid + 100) / 2, half), (lo - 5, 0)))))
        out.append((f"{what}完成年度目标的得{full}分;完成{mid}%以上的得{half}分;完成{lo}%以下的不得分", full,
                    Bands(((100, full), (mid, half), ((mid + 100) / 2, half), (lo - 5, 0)))))
        # not done: never the target reached (to check or read otherwise)
        out.append((f"{what}未完成年度目标得{half}分,完成{mid}%得{full}分", full, Unsure()))
        # done past, nearly or not quite the target: never the target reached itself (to check)
        for near in ("超额完成", "基本完成", "未能完成"):
            out.append((f"{what}{near}年度目标得{full}分,完成{mid}%得{half}分,不足{mid}%的不得分", full, Unsure()))
    return out


# ── how far over a reference named in words (jn-beijing) ────────────────────────────────────────────────────────
def over_reference() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for ref, (a, b), (p0, p1, p2) in zip(["年度计划目标", "能耗总量控制目标", "年度预算"] * 2, [(10, 20), (5, 15), (3, 8)] * 2,
                                         [(15, 10, 5), (10, 6, 3), (20, 12, 4), (10, 6, 3), (20, 12, 4), (15, 10, 5)]):
        samples = ((0, p0), (a / 2, p1), ((a + b) / 2, p2), (b + 5, 0))
        out.append((f"不超过{ref}。({p0}分)超过{ref}{a}%以下。({p1}分)超过{ref}{b}%以下。({p2}分)超过{ref}{b}%以上。(0分)", str(p0),
                    Bands(samples)))
        out.append((f"不超过{ref}的,得{p0}分;超过{ref}{a}%以内的,得{p1}分;超过{ref}{b}%以内的,得{p2}分;超过{ref}{b}%以上的,不得分",
                    str(p0), Bands(samples)))
        # the top band from a figure other than the last: a gap (to check)
        out.append((f"不超过{ref}。({p0}分)超过{ref}{a}%以下。({p1}分)超过{ref}{b}%以下。({p2}分)超过{ref}{b + 5}%以上。(0分)",
                    str(p0), Unsure()))
        # the reference of one band another's
        out.append((f"不超过{ref}。({p0}分)超过上年实际{a}%以下。({p1}分)超过{ref}{b}%以下。({p2}分)超过{ref}{b}%以上。(0分)",
                    str(p0), Unsure()))
    return out


# ── bands named before they are scored, a slip in a mark (jr-henan) ─────────────────────────────────────────────
def listed_bands() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for what, u, (a, b, c), (p0, p1, p2, p3) in zip(["融资余额", "存款余额", "涉农贷款余额", "融资余额"], ["亿元", "万元", "亿元", "万元"],
                                                    [(10, 30, 50), (5, 10, 20)] * 2, [(5, 10, 15, 20), (2, 4, 6, 10), (2, 4, 6, 10), (5, 10, 15, 20)]):
        samples = ((a / 2, p0), (a, p1), ((a + b) / 2, p1), (b, p2), ((b + c) / 2, p2), (c * 2, p3))
        lead = f"对各家金融机构的{what}分为{a}{u}以下;{a}{u}-{b}{u}(含{a}{u});{b}{u}-{c}{u}(含{b}{u});{c}{u}以上4个等级;"
        body = (f"以年末{what}为准,{a}{u}以下得{p0}分;{a}{u}-{b}{u}(含{a}{u})得{p1}分;{b}{u}-{c}{u}(含{b}{u})得{p2}分;"
                f"{c}{u}以上得{p3}分。")
        out.append((lead + body, str(p3), Bands(samples)))
        out.append((body, str(p3), Bands(samples)))
        # a mark naming neither end: a slip (to check)
        out.append((lead + body.replace(f"(含{b}{u})得", f"(含{a}{u})得"), str(p3), Unsure()))
        out.append((lead + body.replace(f"{c}{u}以上得", f"{c}{u}以上(含{a + 5}{u})得"), str(p3), Unsure()))
        # the bands named, none scored
        out.append((lead.rstrip(";"), str(p3), Unsure()))
    return out


# ── a heading and its 分值 after a comma; a title before what is asked and its deductions (reading.py) ─────────────
def headings() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (head, rate), (m, per) in product(zip(["2.办件处理情况", "3.投诉处理情况", "政务公开", "1.网上办件"],
                                              ["及时率", "办结率", "按时回复率", "及时率"]),
                                          [("3", "0.1"), ("5", "0.5"), ("4", "0.2")]):
        M, P = dec(m), dec(per)
        samples = ((100, M), (99, M - P), (98, M - 2 * P), (0, 0))
        out.append((f"{head},{m}分。办件预审、收件、办理等环节在承诺时限内完成,{rate}每下降1个百分点扣{per}分。", m,
                    Bands(samples)))
        out.append((f"{head},{m}分;{rate}每下降1个百分点扣{per}分,扣完为止", m, Bands(samples)))
        # a situation and its points after a comma: no title
        out.append((f"按要求完成{head.split('.')[-1]},{m}分;否则不得分", m, Ranks((M, 0))))
        # another 分 earned after: the lead the first of situations
        out.append((f"{head},{m}分;{rate}达到95%的得{_n(M - P)}分", m, Unsure()))
    for act, (a, b), m in product([("成立禁烧工作小组", "作出禁烧工作部署"), ("制定应急预案", "开展应急演练"),
                                   ("建立工作台账", "按时报送信息")], [("2", "3"), ("1", "1"), ("2", "1")], ["5", "2"]):
        if dec(a) + dec(b) > dec(m):
            continue
        for title in ("加强组织领导", "加强现场巡查和处置工作", "落实工作责任"):
            base = f"{title}({m}分)。{act[0]},{act[1]}。未{act[0]}的,扣{a}分;未{act[1]}的,扣{b}分。"
            out.append((base, m, Faults((Fault(f"未{act[0]}", f"-{a}", False), Fault(f"未{act[1]}", f"-{b}", False)))))
            # a fault per case beside
            out.append((base + "联系电话无人接听的,一次扣0.5分。", m,
                        Faults((Fault(f"未{act[0]}", f"-{a}", False), Fault(f"未{act[1]}", f"-{b}", False),
                                Fault("无人接听", "-0.5", True)))))
            # points earned beside: not a title
            out.append((f"{title}({m}分)。{act[0]}的得{a}分;未{act[1]}的,扣{b}分。", m, Unsure()))
    # the 分值 of each thing scored, said first, then faults with costs in brackets
    faults = ["越级行文", "公文主旨不清", "文种使用不正确", "主送单位不正确", "引文不规范", "附件问题", "明显文字错误"]
    for k, (m, c) in product((3, 5, 7), [("10", "1"), ("5", "0.5"), ("20", "2")]):
        nums = "一二三四五六七"
        body = "".join(f"({nums[i]}){f}。(扣{c}分)" for i, f in enumerate(faults[:k]))
        want = Faults(tuple(Fault(f, f"-{c}", None) for f in faults[:k]))
        out.append((f"每份公文满分为{m}分,扣分标准为:{body}", m, want))
        out.append((f"每篇信息满分为{m}分,评分标准如下:{body}", m, want))
        # one fault with no cost: to check
        out.append((f"每份公文满分为{m}分,扣分标准为:{body}(八)纸质文件报送不及时。", m,
                    Either(Unsure(), want)))
    return out


# ── points times a quantity over its base, the 分值 at the base, a floor (kj-baise) ─────────────────────────────────
def proportional() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for what, base, u, floor, x in (("营业收入", 2000, "万元", 1000, "X"), ("仪器、设备原值", 300, "万元", 150, "x"),
                                    ("科研用房面积", 300, "平方米", 150, "×"), ("技术交易额", 60, "万元", 30, "*"),
                                    ("年投入研发经费", 80, "万元", 40, "X")):
        m = "10"
        free = ((base / 2, 5), (base, 10), (base * 2, 10), (base / 4, Decimal("2.5")))
        out.append((f"{what}:10分{x}({what}/{base}{u})。大于{base}{u}的,得10分。", m, Fn((what,), tuple(((v,), e) for v, e in free))))
        out.append((f"{what}:10分{x}({what}/{base}{u});{base}{u}以上的,得10分", m, Fn((what,), tuple(((v,), e) for v, e in free))))
        # a floor: nothing below it (a gate of its own)
        out.append((f"{what}:10分{x}({what}/{base}{u})。大于{base}{u}的,得10分;低于{floor}{u}不得分。", m, Unsure()))
        out.append((f"{what}:10分{x}({what}/{base}{u})。大于{base}{u}的,得10分;小于{floor}{u}不得分", m, Unsure()))
        # the line reaching the 分值 not the base: to check
        out.append((f"{what}:10分{x}({what}/{base}{u})。大于{base * 2}{u}的,得10分。", m, Unsure()))
        # points other than the 分值
        out.append((f"{what}:5分{x}({what}/{base}{u})。大于{base}{u}的,得10分。", m, Unsure()))
        # the higher of two ways
        out.append((f"{what}:10分{x}({what}/{base}{u})或10分x(研发投入比例/3%);研发投入比例大于3%或{what}大于{base}{u}的,"
                    f"得10分;按得分较高的算法计分。没有研发投入不得分。", m,
                    Fn((what, "比例"), (((base, 0), 10), ((base / 2, 1.5), 5), ((0, 3), 10), ((base / 2, 0), 5)))))
    for who, n, floor in (("科研人员数量", 10, 5), ("博士人数", 5, 2), ("专职研发人员", 20, 10)):
        p = dec(10) / n
        out.append((f"{who}:{_n(p)}分X人员数量。{n}人以上的,得10分。", "10",
                    Fn((who,), (((n,), 10), ((n * 2,), 10), ((n // 2,), p * (n // 2)), ((0,), 0)))))
        out.append((f"{who}:{_n(p)}分X人员数量。{n}人以上的,得10分;少于{floor}人不得分。", "10", Unsure()))
    out.append(("近三年来累计完成的对外产学研合作项目数:10分(实际项目数/3项)。3项以上得10分。", "10",
                Fn(("项目数",), (((3,), 10), ((6,), 10), ((0,), 0), ((1,), Decimal(10) / 3)))))
    out.append(("近三年来累计完成的对外产学研合作项目数:10分(实际项目数/5项)。5项以上得10分。", "10",
                Fn(("项目数",), (((5,), 10), ((6,), 10), ((0,), 0), ((1,), 2)))))
    return out


# ── a quantity named, its formula closing on ×分值分 (zhzf-jncs) ────────────────────────────────────────────────────
def times_full() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for who, m in product(["街道(园区):", "街道（园区）：", "", "部门:"], ["150", "100", "50"]):
        M = dec(m)
        early = Fn(("实际耗时", "规定时间"), (((1, 2), M / 2), ((0, 2), M), ((2, 2), 0), ((3, 2), 0)))
        out.append((f"{who}提前办结率=(1-案件处理实际耗时/案件处理规定时间)×{m}分;", m, early))
        out.append((f"{who}提前办结率=（1-案件处理实际耗时／案件处理规定时间）*{m}分", m, early))
        share = Either(Fn(("按时办结",), (((90,), M * Decimal("0.9")), ((100,), M), ((0,), 0))),
                       Fn(("按时", "全部"), (((45, 50), M * Decimal("0.9")), ((50, 50), M), ((0, 20), 0))))
        out.append((f"{who}按时办结率=(按时办结案件数量/全部办结案件数量)×{m}分;", m, share))
        out.append((f"{who}得分=(按时办结案件数量/全部办结案件数量)×{m}分", m, share))
        # points other than the 分值
        out.append((f"{who}提前办结率=(1-案件处理实际耗时/案件处理规定时间)×{int(m) // 2 + 1}分;", m, Unsure()))
        # an extra clause after: not swallowed
        out.append((f"{who}提前办结率=(1-案件处理实际耗时/案件处理规定时间)×{m}分;超时办结的扣5分", m, Unsure()))
    return out


# ── base points at a named base, points per percentage point above it (jr-henan) ──────────────────────────────────
def base_points() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (own, ref), (b0, per, cap) in product([("本行存贷比", "全县平均存贷比"), ("本机构贷款增长率", "全辖贷款平均增长率"),
                                               ("本社涉农贷款占比", "全市平均涉农贷款占比")],
                                              [("10", "0.3", "20"), ("5", "0.2", "10"), ("6", "0.5", "12")]):
        B, P, C = dec(b0), dec(per), dec(cap)
        samples = (((5, 5), B), ((3, 5), B), ((7, 5), B + 2 * P), ((5 + 400, 5), C))
        out.append((f"以{ref}为基数,基数分{b0}分,{own}每高于基数1个百分点,加{per}分,加满{cap}分为止;低于{ref}的,得本项基数分。",
                    cap, Fn(("本", "全"), samples)))
        out.append((f"以{ref}为基数,基数分为{b0}分,{own}每高于基数1个百分点,加{per}分,最高{cap}分;低于{ref}的,得基数分", cap,
                    Fn(("本", "全"), samples)))
        # a step of two points
        out.append((f"以{ref}为基数,基数分{b0}分,{own}每高于基数2个百分点,加{per}分,加满{cap}分为止;低于{ref}的,得本项基数分。",
                    cap, Fn(("本", "全"), (((5, 5), B), ((9, 5), B + 2 * P), ((3, 5), B)))))
        # below the base, points off: not said by this reading (to check)
        out.append((f"以{ref}为基数,基数分{b0}分,{own}每高于基数1个百分点,加{per}分,加满{cap}分为止;每低于基数1个百分点,扣{per}分。",
                    cap, Unsure()))
        # the cap short of the 分值
        out.append((f"以{ref}为基数,基数分{b0}分,{own}每高于基数1个百分点,加{per}分,加满{int(cap) - 2}分为止;低于{ref}的,得本项基数分。",
                    cap, Unsure()))
    return out


# ── points per article by level, a kind halved; per case over a named count (zhzf-jncs, jgjs) ──────────────────────
def levels_halved() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (g, s, c), m, kind in zip([(5, 3, 2), (4, 2, 1), (6, 3, 1)] * 2, ["10", "8", "12", "8", "12", "10"],
                                       ["网络媒体", "新媒体", "内部刊物", "网络媒体", "网络媒体", "新媒体"]):
        M = dec(m)
        out.append((f"国家级报刊每篇{g}分,省级每篇{s}分、市级每篇{c}分、区级每篇1分;{kind}分值减半。每月得分{m}分封顶。", m, Unsure()))
        out.append((f"国家级报刊每篇{g}分,省级每篇{s}分、市级每篇{c}分;{kind}减半计分;{m}分封顶", m, Unsure()))
        if kind == "网络媒体":
            plain = Fn(("国家", "省级", "市级"), (((1, 0, 0), min(M, g)), ((0, 1, 1), min(M, s + c)), ((0, 0, 1), c),
                                                  ((5, 5, 5), M), ((0, 0, 0), 0)))
            out.append((f"国家级报刊每篇{g}分,省级每篇{s}分、市级每篇{c}分;每月得分{m}分封顶。", m, plain))
            out.append((f"国家级报刊每篇{g}分,省级每篇{s}分,市级每篇{c}分,最高{m}分", m, plain))
    for case, (n, m) in zip(["火点", "过火点", "焚烧点"], [("40", "40"), ("30", "30"), ("20", "20")]):
        out.append((f"每个{case}(含黑斑)按{n}分/当地行政村数量扣分,行政村多的县(市、区)管理难度大,每个{case}扣分分值相对低,"
                    f"行政村少的则反之。对发现的{case}未当场制止及{case}面积超过300平方米的加倍扣分。", m, Unsure()))
        out.append((f"每个{case}按{n}分/当地行政村数量扣分", m, Unsure()))
        out.append((f"每个{case}按{n}分/行政村数量扣分;{case}面积超过300平方米的加倍扣分", m, Unsure()))
        # points other than the 分值
        out.append((f"每个{case}按{int(n) // 2}分/当地行政村数量扣分", m, Unsure()))
        # a plain cost per case
        out.append((f"每发现一个{case}扣2分,扣完为止", m, Per("2")))
    return out


# ── the sure neighbours of this round's readings: a line and a step said plainly, lines scored with 分, a situation and
# its points after a comma, a title before one fault taking the 分值 ─────────────────────────────────────────────────
def sure_neighbours() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for rate, (line, step, per, m) in product(["反欺诈减损率", "虚假案件检出率", "办结率"],
                                              [("95", "1", "2", "10"), ("90", "2", "1", "5"), ("98", "0.5", "1", "4")]):
        L, S, P, M = dec(line), dec(step), dec(per), dec(m)
        whole = tuple((v, max(Decimal(0), min(M, M - P * (L - v) / S))) for v in (L, L + 1, L - S, L - 3 * S, 0))
        out.append((f"{rate}≥{line}%;每低于{step}%扣{per}分,扣完为止", m, Bands(whole)))
        out.append((f"{rate}≥{line}%,每低于{step}个百分点扣{per}分,扣完为止", m, Bands(whole)))
        out.append((f"{rate}不低于{line}%;每降低{step}个百分点扣{per}分,扣完为止", m, Bands(whole)))
        low = 100 - L
        above = tuple((v, max(Decimal(0), min(M, M - P * (v - low) / S))) for v in (low, low / 2, low + S, low + 3 * S, 100))
        out.append((f"差错率≤{_n(low)}%;每高于{step}个百分点扣{per}分,扣完为止", m, Bands(above)))
        out.append((f"差错率不超过{_n(low)}%,每超过{step}个百分点扣{per}分,扣完为止", m, Bands(above)))
        # the step the wrong way round (to check), a step of points added beside (to check)
        out.append((f"差错率≤{_n(low)}%;每低于{step}个百分点扣{per}分,扣完为止", m, Unsure()))
        out.append((f"{rate}≥{line}%;每低于{step}%扣{per}分,扣完为止;每高于{step}%加{per}分", m, Unsure()))
        out.append((f"{rate}≥{line}%;每低于{step}%扣{per}分;低于{_n(L - 10)}%不得分", m,
                    Either(Unsure(), Bands(((L, M), (L - S, M - P), (L - 11, 0))))))
    for (a, b, c), (x, y, z) in product([(15, 25, 35), (5, 10, 20), (60, 80, 95)], [(2, 3, 5), (1, 3, 4)]):
        bands = Bands(((a - 1, 0), (a, x), ((a + b) / 2, x), (b, y), (c, z), (100, z)))
        out.append((f"销售利润率≥{a}%得{x}分,≥{b}%得{y}分,≥{c}%得{z}分,低于{a}%不得分", str(z), bands))
        out.append((f"销售利润率≥{c}%得{z}分;≥{b}%得{y}分;≥{a}%得{x}分;低于{a}%不得分", str(z), bands))
        out.append((f"销售利润率达到{a}%得{x}分,达到{b}%得{y}分,达到{c}%得{z}分,未达到{a}%不得分", str(z), bands))
        out.append((f"销售利润率≥{a}%得{x}分,≥{b}%得{y}分,≥{c}%得{z}分", str(z),
                    Bands(((a, x), ((a + b) / 2, x), (b, y), (c, z), (100, z)))))
    for what, (m, cut) in product(["按要求完成", "按时报送工作信息", "按规定公开政务信息", "办件处理"],
                                  [("10", "5"), ("6", "2"), ("6", "6"), ("4", "10")]):
        M, C = dec(m), dec(cut)
        out.append((f"{what},{m}分;未完成扣{cut}分", m, Ranks((M, max(Decimal(0), M - C)))))
        out.append((f"{what},{m}分;否则扣{cut}分", m, Ranks((M, max(Decimal(0), M - C)))))
        out.append((f"{what},{m}分;否则不得分", m, Ranks((M, 0))))
        out.append((f"{what},{m}分;未完成扣{cut}分,其他情况酌情扣分", m, Unsure()))
        out.append((f"{what},{m}分;未完成扣{cut}分;每迟报1次扣1分", m, Unsure()))
    for title, act, m in product(["加强组织领导", "落实工作责任", "健全工作机制"], ["成立工作小组", "制定实施方案", "明确专人负责"],
                                 ["5", "2", "3"]):
        out.append((f"{title}({m}分)。{act}。未{act}的,扣{m}分。", m, Ranks((int(m), 0))))
        out.append((f"{title}({m}分)。{act}。未{act}的,不得分。", m, Ranks((int(m), 0))))
        out.append((f"{title}({m}分)。{act}。未{act}的,扣1分。", m, Ranks((int(m), int(m) - 1))))
        out.append((f"{title}({m}分)。{act}。未{act}的,每次扣1分。", m, Either(Per("1"), Unsure())))
    for (on, late, none), (m, mid) in product([("按时完成", "延期完成", "未完成"), ("按时报送", "逾期报送", "未报送"),
                                                ("全部整改", "部分整改", "未整改")], [("10", "5"), ("6", "3"), ("4", "1")]):
        M, H = dec(m), dec(mid)
        out.append((f"{on},{m}分;{late},{mid}分;{none},0分", m, Ranks((M, H, 0))))
        out.append((f"{on},{m}分;{late}扣{_n(M - H)}分;{none}不得分", m, Ranks((M, H, 0))))
        out.append((f"{on},{m}分;{late}得{mid}分;{none}不得分", m, Ranks((M, H, 0))))
        # a step of another quantity after the line: not the line's own (to check)
        out.append((f"完成率≥95%;{late}率每高于1%扣{mid}分,扣完为止", m, Unsure()))
        out.append((f"完成率≥95%;满意率每低于1%扣{mid}分,扣完为止", m, Unsure()))
    return out


_ALL = (sign_rows() + kpi_steps() + rising_bands() + over_reference() + listed_bands() + headings() + proportional()
         + times_full() + base_points() + levels_halved() + sure_neighbours())
CASES = list({(text, w): (text, w, want) for text, w, want in _ALL}.values())


(test_the_probe_is_of_its_size,
 test_every_made_up_text_is_scored_as_it_says_or_is_to_check) = probe_tests(CASES, 300, 1400)
