"""Made-up texts in the house styles of this round's readings — options scored as shares of the row's points (“未执行 0
分;执行较差 40%;…;执行良好 100%”), check boxes with bracketed points (“□…(5分)□…(0分)”), bare yes/no points (“是4;否0”),
“扣该小类分”, “按照…比率评价得分”, situations closed by “者N分”, levels “为/积N分” with the highest counting, levels then
“分别加2分、4分、8分”, situations then “-2分/次,扣完为止”, a gap below a reference in tiers, points per case with table
words around them, “近3年…者3分,每年1分”, “最多的得7分,其余以此标准推算”, a rate at or above an unstated average then
per-point costs, a share of an average, “每月得0.5分,全年6分”, “其加分上限为N分”; the cell's heading “评分标准:” — and the
tuning files' styles (nk-xzsy-kzpj, mz-shfwjg, xxws-zxx, mz-shtt, jycy-guangzhou, dfb-shenzhen, ldrk-jiangsu,
ldrk-shanghai, wg-zhejiang, zp-hyxk2023, fj-longyan) with near variants (other numerals, units, punctuation, 得/计/加/+,
orderings, an extra clause a reading should not swallow), each with what it states (a few situations and their
scores) or that it is unsure (to check). Every proposal scores every situation as the text says, or is not confident.

Confident readings found scoring wrong, and mended (42 texts of the probe before mending, by cause):

- a fault taking points off said first, before situations scored in points (“逾期提交扣2分。□名称牌匾悬挂于办公场所外
  (5分)□…内(3分)□未悬挂(0分)”, the boxes read as situations; “资料不全的扣1分;优,5分;良,3分;差,0分” written out) was
  read surely as one more situation, the 分值 less its points (逾期提交 → 3), so late and hung inside scored 3, not 1:
  a fault apart from the situations that follow. A situation taking points off listed before the one scoring the 分值
  (three situations or more) is now to check, with a note (reading ``_deducted_before_the_full``) (42 texts: 12 with
  check boxes, 30 written out).

Readings left to check that would score some situations otherwise (not confident, so no bar): shares of the 分值
(always, as this round made them), bare yes/no points, 扣该小类分, 按照…比率评价得分, 者N分, 为/积N分 levels, 分别加,
-N分/次 扣完为止 as the worst situation, a gap below a reference, per-point costs below an unstated average, a share of
an average, points per case with a table's words, 近N年…每年N分, 最多的得N分 其余推算, 每月得N分 全年N分 — each to check
as it should be; boxes with a remark, a range, a cost, a negative option or a fault after them. (Boxes whose points
add up to the 分值, none scoring 0, “□有制度(2分)□有台账(2分)□有记录(1分)” on 5, are read surely as a 要点核查: a fair
reading, stated so.)

The checker is ``tests/probe_checks.py``'s.
"""
from __future__ import annotations

from decimal import Decimal
from itertools import product

from tests.probe_checks import Either, Fault, Faults, Fn, Want, first_statements, probe_tests
from tests.proposals import Bands, Once, Per, Ranks, Unsure, dec


def _n(x: Decimal | float | int) -> str:
    return format(Decimal(str(x)).normalize(), "f")


def _share(m: int, pct: int) -> Decimal:
    return Decimal(m) * pct / 100


# ── options scored as shares of the row's points (nk-xzsy-kzpj) ──────────────────────────────────────────────────
def shares() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    grades = [("未执行", "执行较差", "执行一般", "执行较好", "执行良好"), ("无对比分析", "有,但执行较差", "有,定期分析执行一般",
                                                                        "有,定期分析执行较好", "有,执行良好"),
              ("完全不合法合规", "小部分合法", "大部分合法", "基本合法", "全部合法合规")]
    for g, m, head, sp in product(grades, (5, 100), ("", "评分标准:"), ("", " ")):
        ranks = Ranks((m, _share(m, 80), _share(m, 60), _share(m, 40), 0))
        out.append((f"{head}{g[0]}{sp}0{sp}分;{g[1]}{sp}40%;{g[2]}{sp}60%;{g[3]}{sp}80%;{g[4]}{sp}100%;", str(m), ranks))
        out.append((f"{head}{g[4]}{sp}100%;{g[3]}{sp}80%;{g[2]}{sp}60%;{g[1]}{sp}40%;{g[0]}{sp}0{sp}分", str(m), ranks))
        if sp:
            continue
        # the best short of 100%: either its share of the 分值, or to check
        out.append((f"{head}{g[0]}0分;{g[1]}40%;{g[2]}60%;{g[4]}90%", str(m),
                    Either(Ranks((_share(m, 90), _share(m, 60), _share(m, 40), 0)), Unsure())))
        # points beside shares: what the shares are of is unsaid
        out.append((f"{head}{g[0]}0分;{g[1]}1分;{g[2]}60%;{g[4]}100%", str(m), Unsure()))
        # an extra clause
        out.append((f"{head}{g[0]}0分;{g[1]}40%;{g[4]}100%;发现违规的扣2分", str(m), Unsure()))
        out.append((f"{head}{g[0]}0分;{g[1]}40%;{g[4]}100%;每发现1处问题扣1分", str(m), Unsure()))
    for m, head in product((5, 100), ("", "评分标准:", "考核标准:")):
        out.append((f"{head}未执行 0 分;执行 100%分", str(m), Ranks((m, 0))))
        out.append((f"{head}执行 100%分;未执行 0 分", str(m), Ranks((m, 0))))
        out.append((f"{head}符合规定、经过集体决策 100%分;不符合规定,未经集体决策 0 分;", str(m), Ranks((m, 0))))
        out.append((f"{head}支出业务内容不真实 0 分;支出内容真实:但财务核算部分不规范 40%,财务核算一般 60%,财务核算良好 100%;",
                    str(m), Either(Ranks((m, _share(m, 60), _share(m, 40), 0)), Unsure())))
        out.append((f"{head}支出单据完全不合法合规 0 分;小部分合法 40%;大部分合法 60%;80%以上合法 80%;全部合法合规 100%;", str(m),
                    Ranks((m, _share(m, 80), _share(m, 60), _share(m, 40), 0))))
        # shares that are lines of a rate, not of the 分值
        out.append((f"{head}完成率100%;完成率80%;完成率60%", str(m), Unsure()))
        out.append((f"{head}完成率100%得{m}分;完成率80%得{_n(_share(m, 60))}分;完成率低于60%不得分", str(m),
                    Either(Bands(((100, m), (80, _share(m, 60)), (50, 0))), Unsure())))
        out.append((f"{head}执行良好得100%;执行一般得60%;未执行得0分", str(m), Either(Ranks((m, _share(m, 60), 0)), Unsure())))
    return out


# ── check boxes closed by bracketed points (mz-shfwjg) ────────────────────────────────────────────────────────────
def boxes() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    sets = [(("名称牌匾悬挂于办公场所外或门厅处", "名称牌匾悬挂于办公场所内", "未悬挂名称牌匾"), (5, 3, 0)),
            (("年末净资产不低于注册资金", "年末净资产低于注册资金"), (5, 0)),
            (("制度健全并严格执行", "制度健全但执行不到位", "制度不健全", "无制度"), (4, 3, 1, 0)),
            (("优", "良", "中", "差"), (10, 8, 6, 0)),
            (("设立专职财务人员(2名以上)", "设立兼职财务人员", "未设立"), (6, 3, 0))]
    for (labels, pts), box, (lb, rb), sep in product(sets, ("□", "口", "☐"), (("(", ")"), ("（", "）")), ("", " ", ";")):
        if (box != "□" or sep == " ") and lb == "（":
            continue
        m = pts[0]
        body = sep.join(f"{box}{lab}{lb}{p}分{rb}" for lab, p in zip(labels, pts))
        out.append((body, str(m), Ranks(pts)))
        if box != "□" or sep == " " or lb == "（":
            continue
        rev = sep.join(f"{box}{lab}{lb}{p}分{rb}" for lab, p in reversed(list(zip(labels, pts))))
        out.append((rev, str(m), Ranks(pts)))
        for lead in ("评分标准:", "查看现场。", "1.是否达标:", "名称牌匾"):
            out.append((f"{lead}{body}", str(m), Either(Ranks(pts), Unsure())))
        for end in ("。", ";"):
            out.append((f"{body}{end}", str(m), Ranks(pts)))
        # a fault of its own before or after the boxes, a remark: not one of the options
        for extra in ("逾期提交扣2分。", "每发现一处破损扣1分。", "未按时提交的不得分。", "资料不全的扣1分;"):
            out.append((f"{extra}{body}", str(m), Unsure()))
        for extra in (";发现弄虚作假的扣2分", " 发现弄虚作假的不得分", "(可多选)", "(本项由专家评定)", ";每缺一项资料扣0.5分",
                      "。资料不全的酌情扣分"):
            out.append((f"{body}{extra}", str(m), Unsure()))
        # points past the 分值, short of it, a range, a cost, a negative option
        out.append((body, str(m - 1), Unsure()))
        out.append((body, str(m + 1), Either(Ranks(pts), Unsure())))
        ranged = body.replace(f"{lb}{pts[1]}分{rb}", f"{lb}{pts[1]}-{pts[1] + 1}分{rb}", 1)
        out.append((ranged, str(m), Unsure()))
        costed = body.replace(f"{lb}{pts[-1]}分{rb}", f"{lb}扣{m}分{rb}", 1)
        out.append((costed, str(m), Either(Ranks(pts), Unsure())))
        out.append((body + f"{sep}{box}弄虚作假{lb}-{m}分{rb}", str(m), Unsure()))
        out.append((body.replace(labels[-1], "每缺一项", 1).replace(f"{lb}{pts[-1]}分{rb}", f"{lb}扣1分{rb}"), str(m), Unsure()))
        out.append((body.replace(f"{lb}{pts[0]}分{rb}", f"{lb}得{pts[0]}分{rb}", 1), str(m), Either(Ranks(pts), Unsure())))
    # boxes each scored, adding up to the 分值 (ticked together): a checklist, or to check; never the best of them
    for labels, pts in [(("有制度", "有台账", "有记录"), ("2", "2", "1")), (("建立组织机构", "制定工作方案"), ("3", "2")),
                        (("配备专职人员", "有固定场所", "有活动经费", "有工作记录"), ("1", "1", "1", "1"))]:
        m = sum(int(p) for p in pts)
        body = "".join(f"□{lab}({p}分)" for lab, p in zip(labels, pts))
        out.append((body, str(m), Either(Once(pts), Unsure())))
        out.append((body + "(可多选)", str(m), Either(Once(pts), Unsure())))
        out.append((body + "(单选)", str(m), Unsure()))
    # a count or a rate in the box's words: bands of it, or situations
    for m, (a, b) in product((5, 10), ((3, 0), (2, 1))):
        for labels in (("满意率≥90%", "满意率80%-90%", "满意率<80%"), ("10人以上", "5-9人", "5人以下"),
                       ("按时报送", "迟报3天以内", "迟报3天以上"), ("全部完成", "部分完成", "未完成")):
            body = "".join(f"□{lab}({p}分)" for lab, p in zip(labels, (m, a, b)))
            out.append((body, str(m), Either(Ranks((m, a, b)), Unsure())))
        out.append((f"□按时报送({m}分)□每迟报1天({a}分)□未报送(0分)", str(m), Unsure()))
        out.append((f"□全部完成({m}分)□部分完成({a}分)□未完成({b}分)", str(m + 5), Unsure()))
        out.append((f"□是({m}分)□否(0分)", str(m), Ranks((m, 0))))
        out.append((f"□是({m}分)□否({a}分)", str(m), Ranks((m, a))))
        out.append((f"□A类({m}分)□B类({a}分)", str(m), Ranks((m, a))))
        out.append((f"□优({m}分)□良({m}分)□差(0分)", str(m), Ranks((m, m, 0))))
    for m in (5, 10):
        h = m // 2
        out.append((f"□有制度({m - 2}分)□有台账(2分)□无(0分)", str(m), Unsure()))
        out.append((f"1.牌匾:□悬挂({m - 2}分)□未悬挂(0分);2.制度:□健全(2分)□不健全(0分)", str(m), Unsure()))
        out.append((f"满分{m}分。□悬挂于室外({m}分)□悬挂于室内({h}分)□未悬挂(0分)", str(m), Ranks((m, h, 0))))
        out.append((f"满分{m + 1}分。□悬挂于室外({m}分)□悬挂于室内({h}分)□未悬挂(0分)", str(m), Unsure()))
        out.append((f"□悬挂于室外({m}分)□悬挂于室内({h}分)□未悬挂(0分)备注:以现场查看为准", str(m), Either(Ranks((m, h, 0)), Unsure())))
        out.append((f"□悬挂(含电子屏)({m}分)□未悬挂(0分)", str(m), Ranks((m, 0))))
        out.append(("□悬挂于室外(100%)□悬挂于室内(60%)□未悬挂(0分)", str(m), Either(Ranks((m, _share(m, 60), 0)), Unsure())))
        out.append((f"□悬挂于室外({m}分)□悬挂于室内({h}分)□未悬挂(0分)□未悬挂但有电子公示({h}分)", str(m), Ranks((m, h, h, 0))))
        out.append((f"□悬挂于室外({m}分)□悬挂于室内({h}分)□未悬挂(0分)□悬挂于室外({h}分)", str(m), Unsure()))
        out.append((f"□每年组织2次以上({m}分)□组织1次({h}分)□未组织(0分)", str(m), Either(Ranks((m, h, 0)), Unsure())))
        out.append((f"□按时报送({m}分)□迟报(每次扣1分)□未报送(0分)", str(m), Unsure()))
        out.append((f"□优秀({m}分)□良好({m - 1}分)□合格({h}分)□不合格(0分)(由评审组评定)", str(m), Unsure()))
        out.append((f"□悬挂于室外({m}分)□悬挂于室内({_n(Decimal(m) / 2)}分)□未悬挂(0分)", str(m), Ranks((m, Decimal(m) / 2, 0))))
        out.append((f"□悬挂于室外({m}分)或□悬挂于室内({h}分)或□未悬挂(0分)", str(m), Ranks((m, h, 0))))
        out.append((f"□悬挂于室外({m}分)□悬挂于室内({h}分)□未悬挂(0分),出现错别字的每处扣0.5分", str(m), Unsure()))
        out.append((f"□悬挂于室外{m}分□悬挂于室内{h}分□未悬挂0分", str(m), Ranks((m, h, 0))))
        out.append((f"□悬挂于室外 {m}□悬挂于室内 {h}□未悬挂 0", str(m), Either(Ranks((m, h, 0)), Unsure())))
        out.append((f"□悬挂于室外({m}分)□悬挂于室内({h}分)□未悬挂(0分)□其他(酌情给分)", str(m), Unsure()))
        out.append((f"□悬挂于室外({m}分)□悬挂于室内({h}分)□未悬挂(不得分)", str(m), Either(Ranks((m, h, 0)), Unsure())))
        out.append((f"□悬挂于室外(满分)□悬挂于室内({h}分)□未悬挂(0分)", str(m), Either(Ranks((m, h, 0)), Unsure())))
        out.append((f"□年末净资产不低于注册资金的80%({m}分)□年末净资产低于注册资金的80%(0分)", str(m),
                    Either(Ranks((m, 0)), Either(Bands(((80, m), (100, m), (79, 0))), Unsure()))))
        out.append((f"□执行良好({m}分)□执行较差(扣2分)□未执行(0分)", str(m), Either(Ranks((m, m - 2, 0)), Unsure())))
        out.append((f"□悬挂于室外({m}分)□悬挂于室内({h}分)□未悬挂(0分)□弄虚作假(取消评优资格)", str(m), Unsure()))
        out.append((f"□悬挂于室外({m}分)□悬挂于室内({h}分)□未悬挂(0分)□悬挂但破损(每处扣1分)", str(m), Unsure()))
        out.append((f"□悬挂于室外({m}分)□悬挂于室内({h}分)□未悬挂({h}分)", str(m), Either(Ranks((m, h, h)), Unsure())))
        out.append((f"□年末净资产增长({m}分)□每增长1%({h}分)", str(m), Unsure()))
    return out


# ── bare yes/no points (xxws-zxx), “扣该小类分” (mz-shtt), “按照…比率评价得分” (nk-xzsy) ─────────────────────────────
def bare() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for m, (yes, no), sep in product((4, 1.5), (("是", "否"), ("有", "无")), (";", ",", " ")):
        out.append((f"{yes}{_n(m)}{sep}{no}0", _n(m), Ranks((m, 0))))
        out.append((f"{no}0{sep}{yes}{_n(m)}", _n(m), Ranks((m, 0))))
        out.append((f"{yes}{_n(m)}{sep}{no}1", _n(m), Ranks((m, 1))))
        out.append((f"{yes}{_n(m)}分{sep}{no}0分", _n(m), Ranks((m, 0))))
        out.append((f"{yes}{_n(m)}{sep}{no}0", _n(m + 1), Unsure()))
        out.append((f"{yes}{_n(m)}{sep}{no}0{sep}每缺一项扣1分", _n(m), Unsure()))
        out.append((f"{yes}{_n(m)}{sep}{no}0{sep}部分{_n(m / 2)}", _n(m), Either(Ranks((m, m / 2, 0)), Unsure())))
    for m, (a, b) in product((3, 6), ((1, 0), (2, 1))):
        out.append((f"记录全{m};记录不全{a};无{b}", str(m), Ranks((m, a, b))))
        out.append((f"记录全{m}分;记录不全{a}分;无{b}分", str(m), Ranks((m, a, b))))
        out.append((f"记录全{m};记录不全{a};无{b};弄虚作假扣{m}", str(m), Unsure()))
        out.append((f"记录全{m + 1};记录不全{a};无{b}", str(m), Unsure()))
    for m, fault, take in product((3, 5), ("未经选举的", "有兼职未报批的"),
                                  ("扣该小类分", "扣除本小项分值", "扣本小类全部分数")):
        out.append((f"{fault}{take}", str(m), Ranks((m, 0))))
        out.append((f"{fault}{take};每缺1项资料扣1分", str(m),
                    Either(Faults((Fault(fault[:2] + "|" + fault[-3:-1], "0", False), Fault("缺|项", "-1", True))), Unsure())))
        out.append((f"{fault}{take.replace('小', '大')}", str(m), Unsure()))
        out.append((f"{fault}{take}的一半", str(m), Unsure()))
    for m, what, verb, head in product((10, 5), ("抽查合规比", "资金拨付及时"), ("评价", "考核", ""),
                                       ("评分标准:", "")):
        rate = Bands(((100, m), (50, Decimal(m) / 2), (0, 0)))
        out.append((f"{head}按照{what}率{verb}得分", str(m), Either(rate, Unsure())))
        out.append((f"{head}按{what}率{verb}得分", str(m), Either(rate, Unsure())))
        out.append((f"{head}三公经费超预算 0 分;三公经费未超预算,按照{what}率{verb}得分;", str(m), Unsure()))
        out.append((f"{head}按照{what}率{verb}得分,低于60%不得分", str(m), Either(Bands(((100, m), (80, Decimal(m) * 8 / 10),
                                                                                      (50, 0))), Unsure())))
        out.append((f"{head}按照{what}率{verb}得分;发现违规的扣1分", str(m), Unsure()))
    return out


# ── situations closed by “者N分” (dfb-shenzhen) ───────────────────────────────────────────────────────────────────
def who() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (m, a, b), (act, blank), say in product([(8, 5, 3), (10, 6, 3)],
                                                [("按方案要求及时完成监测", "( )"), ("按计划开展督导检查", ""),
                                                 ("按时报送统计报表", "(  )")], ("者", "的")):
        out.append((f"近3年,每年能够{act}{say}{m}分;期间有2年{act[1:]}{say}{a}分,有1年{act[1:]}{say}{b}分。{blank}", str(m),
                    Either(Ranks((m, a, b, 0)), Unsure())))
        out.append((f"每年{act}{say}{m}分;有2年{act}{say}{a}分;有1年{act}{say}{b}分;均未{act}{say}0分", str(m),
                    Either(Ranks((m, a, b, 0)), Unsure())))
        out.append((f"{act}{say}{m}分。{blank}", str(m), Ranks((m, 0))))
        out.append((f"{act}{say}{m}分;未{act}{say}扣2分。{blank}", str(m), Either(Ranks((m, m - 2)), Unsure())))
        out.append((f"{act}{say}{m}分;{act[:3]}不及时{say}扣2分;弄虚作假{say}扣{m}分。{blank}", str(m), Unsure()))
        out.append((f"{act}{say}{a}分;{blank}相关部门及时传达{say}{m - a}分。{blank}", str(m),
                    Either(Once((str(a), str(m - a))), Unsure())))
        out.append((f"近3年,每年{act}{say}{m}分;期间有2年{act[1:]}{say}{a}分,每少1年扣1分", str(m), Unsure()))
        out.append((f"近3年,每年{act}{say}{m + 1}分;期间有2年{act[1:]}{say}{a}分,有1年{act[1:]}{say}{b}分", str(m), Unsure()))
        out.append((f"每年参加且通过考核{say}{m}分;参加考核且未通过{say}0分;未被安排参加考核{say}{a}分。{blank}", str(m),
                    Either(Ranks((m, a, 0)), Unsure())))
        out.append((f"每年宣传2次以上{say}{m}分;宣传1次{say}{a}分。{blank}", str(m), Either(Ranks((m, a, 0)),
                                                                                     Either(Bands(((2, m), (5, m), (1, a), (0, 0))),
                                                                                            Unsure()))))
    return out


# ── levels “为/积N分”, the highest counting (ldrk-jiangsu, ldrk-shanghai) ───────────────────────────────────────────
def levels() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    edu = ("大专(高职)", "大学本科", "硕士研究生", "博士研究生")
    for pts, say, rule in product([(30, 60, 200, 400), (5, 10, 15, 20)], ("为", "积", "计"),
                                  (",按最高学历计分,不累加计分", ",按最高学历计分", ",就高不就低", ",不累加")):
        m = pts[-1]
        ranks = Ranks(tuple(reversed(pts)))
        body = ";".join(f"{e}{say}{p}分" for e, p in zip(edu, pts))
        out.append((f"{body}{rule}。", str(m), Either(ranks, Unsure())))
        out.append((f"文化程度得分:得分标准,{body}{rule}。", str(m), Either(ranks, Unsure())))
        if rule != ",不累加":
            continue
        out.append((f"{body}。", str(m), Either(ranks, Unsure())))
        out.append((f"{body},可累加计分。", str(m), Unsure()))
        out.append((f"{body}{rule};学历造假的扣{m}分", str(m), Unsure()))
        out.append((f"{body}{rule}", str(m + 10), Unsure()))
        run = "".join(f"持证人取得{e}学历,{say}{p}分" for e, p in zip(edu, pts))
        out.append((f"教育背景指标最高分值{m}分,持证人按照规定取得的学历学位,可获得积分{run}", str(m), Either(ranks, Unsure())))
        out.append((f"教育背景指标最高分值{m + 10}分,持证人按照规定取得的学历学位,可获得积分{run}", str(m + 10), Unsure()))
    for m, (a, d) in product((30, 20), ((5, 2), (4, 1))):
        out.append((f"年龄指标最高分值{m}分。持证人年龄在56-60周岁,积{a}分;年龄每减少1岁,积分增加{d}分", str(m), Unsure()))
        out.append((f"18周岁以上至40周岁以下人员为{m}分。", str(m), Either(Ranks((m, 0)), Unsure())))
    return out


# ── levels then “分别加” (wg-zhejiang), situations then “-2分/次,扣完为止” ─────────────────────────────────────────────
def respectively() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (places, pts), verb, lead in product(
            [(("镇", "江山市", "衢州市", "省级以上"), (2, 4, 8, 10)), (("县", "市", "省级以上"), (1, 3, 5))], ("加", "得", "计"),
            ("1.创新性加分。在工作中采用的创新做法,", "")):
        m = pts[-1]
        scores = "、".join(f"{p}分" for p in pts)
        ranks = Ranks(tuple(reversed(pts)))
        lst = "、".join(places)
        out.append((f"{lead}被{lst}推广使用的或媒体宣传的,分别{verb}{scores}。", str(m), Either(ranks, Unsure())))
        out.append((f"{lead}被{lst}推广使用的,分别{verb}{scores},可累加。", str(m), Unsure()))
        out.append((f"{lead}被{lst}推广使用的,分别{verb}{scores}。", str(m + 2), Either(ranks, Unsure())))
        out.append((f"{lead}被{lst}推广使用的,每次分别{verb}{scores}。", str(m), Unsure()))
        out.append((f"{lead}被{lst}推广使用的,分别{verb}{scores},未推广的扣1分。", str(m), Unsure()))
    for (m, a), (x, tail), (ok, late, no) in product([(5, 2), (10, 6)], [("2", ",扣完为止"), ("1", ",扣完为止"), ("2", "")],
                                                     [("按时完成,且完整", "延迟完成", "未完成"), ("按时报送", "迟报", "未报送")]):
        out.append((f"{ok},{m}分;{late},{a}分;{no},-{x}分/次{tail}", str(m), Either(Ranks((m, a, 0)), Unsure())))
        out.append((f"{ok}的,得{m}分;{late}的,得{a}分;{no}的,每次扣{x}分{tail}", str(m), Either(Ranks((m, a, 0)), Unsure())))
        out.append((f"{ok},{m}分;{late},{a}分;{no},0分;{late}超过3次,-{x}分/次{tail}", str(m), Unsure()))
        out.append((f"{ok}{m}分;{no}-{x}分/次{tail}", str(m), Either(Per(x), Unsure())))
        out.append((f"{ok}得{m}分;每{late}一次扣{x}分{tail}", str(m), Either(Per(x), Unsure())))
        out.append((f"{ok},{m}分;{late},{a}分;{no},-{x}分/次{tail};弄虚作假的不得分", str(m), Unsure()))
    return out


# ── a gap below a reference, a rate at or above an unstated average (zp-hyxk2023), a share of an average (fj-longyan) ─
def references() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    refs = [("近三年本专业住院医师首次参加执业医师资格考试的通过率", "近三年全国本专业住院医师首次参加执业医师资格考试的平均通过率"),
            ("本单位群众满意度", "全市平均满意度")]
    for (what, ref), (m, a, x), ge, unit in product(refs, [(2, 1, 5), (5, 3, 10)], ("≥", "不低于", "高于或等于"),
                                                    ("个百分点", "%")):
        gap = Bands(((0, m), (-2, m), (1, a), (x, a), (x + 1, 0)))
        out.append((f"{what}{ge}{ref},得{m}分;低于{ref}{x}{unit},得{a}分,其他情况不得分", str(m), Either(gap, Unsure())))
        if unit == "%":
            continue
        out.append((f"{what}{ge}{ref},得{m}分;低于{ref}{x}{unit}以内,得{a}分,其他情况不得分(通过率=通过人数/参加人数)", str(m),
                    Either(gap, Unsure())))
        out.append((f"{what}{ge}{ref},得{m}分;低于{ref}{x}{unit},得{a}分", str(m), Either(gap, Unsure())))
        out.append((f"{what}{ge}{ref},得{m}分;低于{ref}{x}{unit}以上,得{a}分", str(m), Unsure()))
        out.append((f"{what}{ge}{ref},得{m}分;低于{ref}{x}{unit},得{m + 1}分", str(m), Unsure()))
        out.append((f"{what}{ge}{ref},得{m + 1}分;低于{ref}{x}{unit},得{a}分", str(m), Unsure()))
        out.append((f"{what}{ge}{ref},得{m}分;低于{ref}{x}{unit},得{a}分,其他情况不得分;数据造假的扣{m}分", str(m), Unsure()))
        own, avg = "本单位|本专业|本院|通过率（%）|满意度（%）", "平均"
        samples = tuple(((p, q), max(Decimal(0), m - max(Decimal(0), dec(q) - dec(p)) / 1 * a)) for p, q in
                        ((90, 85), (80, 80), (79, 80), (70, 72), (50, 90)))
        for stop in (",扣完为止", ""):
            out.append((f"{what}{ge}{ref},得{m}分;低于{ref},每降低1个百分点,扣{a}分{stop}", str(m),
                        Either(Fn((own, avg), samples), Unsure())))
        out.append((f"{what}{ge}{ref},得{m}分;低于{ref},每降低1个百分点,扣{a}分,扣完为止;弄虚作假的不得分", str(m), Unsure()))
        out.append((f"{what}{ge}{ref},得{m}分;低于{ref},每降低1个百分点,加{a}分", str(m), Unsure()))
    for (what, ref), (m, a) in product([("本单位满意度", "上年度水平"), ("本单位通过率", "全省均值"), ("参保率", "目标值")],
                                       [(5, 1), (3, 1), (10, 2)]):
        out.append((f"{what}≥{ref},得{m}分;低于{ref},每降低1个百分点,扣{a}分,扣完为止", str(m), Unsure()))
        out.append((f"{what}不低于{ref}的得{m}分;低于的,每低1个百分点扣{a}分", str(m), Unsure()))
    for (m, a), line in product([(5, 1), (3, 1), (10, 2)], (90, 95)):
        out.append((f"通过率≥{line}%,得{m}分;低于{line}%,每降低1个百分点,扣{a}分,扣完为止", str(m),
                    Either(Bands(((100, m), (line, m), (line - 1, m - a), (line - 2, max(0, m - 2 * a)), (40, 0))), Unsure())))
    for (ref, who), m, close in product([("各行年度本外币各项贷款季均余额平均值", "的银行"), ("全市平均水平", "的"),
                                         ("各单位平均值", "的单位")], (60, 10),
                                        ("低于平均值的以其所占平均值份额计算各行得分", "低于的按其占平均水平的比例计分")):
        fn = Fn(("本单位", "平均|均值"), (((100, 100), m), ((150, 100), m), ((50, 100), dec(m) / 2), ((0, 100), 0)))
        out.append((f"高于或等于{ref}{who}得满分,{close}。", str(m), Either(fn, Unsure())))
        out.append((f"2.贷款总量,分值{m}分。高于或等于{ref}{who}得满分,{close}。", str(m), Either(fn, Unsure())))
        out.append((f"2.贷款总量,分值{m + 10}分。高于或等于{ref}{who}得满分,{close}。", str(m), Unsure()))
        out.append((f"高于或等于{ref}{who}得满分,低于平均值的不得分。", str(m), Either(Ranks((m, 0)), Unsure())))
        out.append((f"高于或等于{ref}{who}得满分,{close};排名末位的扣2分。", str(m), Unsure()))
    for m in (40, 20):
        out.append((f"1.存款增长,{m}分。(1)以11月末本外币各项存款余额同比增量最高的银行得{m // 2}分,并以其所占份额为基数计算出每个"
                    f"份额百分点的分值,依此计算各行得分;(2)以11月末存款余额同比增幅最高的银行得{m // 2}分,并以其所占份额为基数计算出"
                    "每个份额百分点的分值,依此计算各行得分。两项相加计算各行得分。", str(m), Unsure()))
    return out


# ── points per case with a table's words (jycy-guangzhou), years then each, the best as standard, each month ────────
def earned() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (x, m), (verb, unit), check in product([(1, 2), (2, 6), (0.5, 2)], [("开展", "次"), ("举办", "场")],
                                               ("事后提交报道,查《就业简报》记录。", "以活动记录为准。")):
        per = Faults((Fault(f"{verb}|{unit}", f"+{_n(x)}", True),), base="0")
        out.append((f"{verb}一{unit}得{_n(x)}分。{check}", str(m), Either(per, Unsure()) if x < m else Either(Ranks((m, 0)), Unsure())))
        out.append((f"每{verb}一{unit}得{_n(x)}分,充分组织学生参加。{check}", str(m), Either(per, Unsure())))
        out.append((f"每{verb}1{unit}得{_n(x)}分。{check}", str(m), Either(per, Unsure())))
        out.append((f"每{verb}一{unit}得{_n(x)}分,每{unit}不少于50人。{check}", str(m), Unsure()))
        out.append((f"每{verb}一{unit}得{_n(x)}分,未按要求组织的不得分。{check}", str(m), Unsure()))
        out.append((f"{verb}一{unit}得{_n(x)}分,未{verb}的扣1分。{check}", str(m), Unsure()))
        out.append((f"每{verb}一{unit}得{_n(x)}分。{check}发现弄虚作假的扣{m}分。", str(m), Unsure()))
    for (x, y, m) in ((0.2, 1, 3), (0.5, 2, 5)):
        two = Faults((Fault("学生|辅导一位|个体", f"+{_n(x)}", True), Fault("团体", f"+{_n(y)}", True)), base="0")
        out.append((f"每辅导一位学生得{_n(x)}分,团体辅导(10人以上)一次得{_n(y)}分。查提供的咨询记录、跟踪记录等材料。", str(m),
                    Either(two, Unsure())))
        out.append((f"每辅导一位学生得{_n(x)}分,团体辅导一次得{_n(y)}分。", str(m), Either(two, Unsure())))
    for (x, cap, m), say in product([(1, 3, 3), (1, 3, 5), (2, 4, 4)], ("积", "得")):
        top = None if cap >= m else str(cap)
        per = Faults((Fault("起|档案", f"+{x}", True),), base="0", top=top)
        out.append((f"调解纠纷档案齐全者每起{say}{x}分 最高{say}{cap}分", str(m), Either(per, Unsure())))
        out.append((f"调解纠纷档案齐全者每起{say}{x}分,最高{say}{cap}分", str(m), Either(per, Unsure())))
        out.append((f"每项加{x}分其加分上限为{cap}分", str(m), Either(Faults((Fault("项|情形", f"+{x}", True),), base="0", top=top),
                                                              Unsure())))
        out.append((f"每项加{x}分其加分上限为{cap}分,弄虚作假的扣{x}分", str(m), Unsure()))
    for (n, x), cond in product([(3, 1), (5, 1), (2, 2)], ("开展过相关工作", "组织过应急演练")):
        m = n * x
        yrs = Bands(((0, 0), (1, x), (n, m), (n + 2, m)))
        out.append((f"近{n}年{cond}者{m}分,每年{x}分。( )", str(m), Either(yrs, Unsure())))
        out.append((f"近{n}年{cond}的{m}分,每年{x}分", str(m), Either(yrs, Unsure())))
        out.append((f"近{n}年{cond}者{m}分,每年{x + 1}分。( )", str(m), Unsure()))
        out.append((f"近{n}年{cond}者{m}分。( )", str(m), Ranks((m, 0))))
        out.append((f"近{n}年{cond}者{m}分,每年{x}分;未{cond}的扣1分", str(m), Unsure()))
    for (m, what), rest in product([(7, "信息发布数量"), (5, "投稿篇数"), (10, "办件数量")],
                                   ("其余人员得分以此标准推算", "其余按比例计算", "其余单位以此为标准按比例计算")):
        fn = Fn(("本单位", "最多"), (((10, 10), m), ((5, 10), dec(m) / 2), ((0, 10), 0)))
        out.append((f"按{what}计,{what[-2:]}最多的得{m}分,{rest}", str(m), Either(fn, Unsure())))
        out.append((f"{what}最多的得{m}分,{rest};(数量相同的并列)", str(m), Either(fn, Unsure())))
        out.append((f"{what}最多的得{m}分,{rest}", str(m + 2), Unsure()))
        out.append((f"{what}最多的得{m}分,{rest};未报送的扣1分", str(m), Unsure()))
    for (x, per, n), what, capword in product([(0.5, "月", 12), (2, "季度", 4)],
                                              ("按时参加例会的", "开展巡查的"), ("全年", "全年最多", "全年共")):
        cap = Decimal(str(x)) * n
        for m in (cap, cap + 2):
            top = None if cap >= m else _n(cap)
            want = Faults((Fault(f"{per}|{what[2:4]}", f"+{_n(x)}", True),), base="0", top=top)
            out.append((f"{what},每{per}得{_n(x)}分,{capword}{_n(cap)}分", _n(m), Either(want, Unsure())))
        out.append((f"{what},每{per}得{_n(x)}分,{capword}{_n(cap)}分", _n(cap - 1), Unsure()))
        out.append((f"{what},每{per}得{_n(x)}分,{capword}{_n(cap)}分;迟报的不得分", _n(cap), Unsure()))
        out.append((f"{what},每{per}得{_n(x)}分,全年不少于{n}次", _n(cap), Unsure()))
        out.append((f"未{what[:-1]},每{per}扣{_n(x)}分,{capword}{_n(cap)}分", _n(cap), Either(Per(_n(x)), Unsure())))
    return out


# ── the cell's heading, and the zp-hyxk2023 run-together cells ──────────────────────────────────────────────────────
def headed() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for head, m in product(("评分标准:", "评价标准:", "考核标准:", "计分标准:"), (5, 3)):
        out.append((f"{head}未建立制度的不得分", str(m), Ranks((m, 0))))
        out.append((f"{head}每缺一项扣1分,扣完为止", str(m), Per("1")))
        out.append((f"{head}有制度得{m}分,无制度不得分", str(m), Ranks((m, 0))))
        out.append((f"{head}满分{m + 1}分,每缺一项扣1分", str(m), Unsure()))
        out.append((f"{head}未执行0分;执行{m}分", str(m), Ranks((m, 0))))
        out.append((f"{head}", str(m), Unsure()))
    for m, a in ((2, 1), (4, 2), (3, 1)):
        out.append((f"符合标准，得满分1项未达标，得{a}分2项及以上未达标，不得分", str(m),
                    Either(Bands(((0, m), (1, a), (2, 0), (5, 0))), Ranks((m, a, 0)))))
        out.append((f"有教学秘书，履职认真，得{m}分无教学秘书，或履职不认真，不得分", str(m), Ranks((m, 0))))
        out.append((f"完成篇数达标，且认真规范，得{m}分完成篇数达标，但不认真规范，得{a}分未完成或不达标，不得分", str(m),
                    Ranks((m, a, 0))))
    for m, (a, b, c) in ((6, (5, 3, 2)), (10, (8, 6, 4))):
        out.append((f"教学读片评分表，见附件3评估分值≥90分，得{m}分；80分≤评估分值＜90分，得{a}分；70分≤评估分值＜80分，得{b}分；"
                    f"60分≤评估分值＜70分，得{c}分；评估分值＜60分，不得分", str(m),
                    Bands(((95, m), (90, m), (85, a), (80, a), (75, b), (65, c), (50, 0)))))
    return out


# ── a fault said before situations scored in points (the boxes' lead, written out) ─────────────────────────────────
def lead_faults() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (fault, x), (m, a), (ok, mid, no) in product([("逾期提交", 2), ("资料不全的", 1), ("台账记录不规范", 1)], [(5, 3), (10, 6)],
                                                     [("悬挂于室外", "悬挂于室内", "未悬挂"), ("优", "良", "差")]):
        out.append((f"{fault}扣{x}分;{ok},{m}分;{mid},{a}分;{no},0分", str(m), Unsure()))
        out.append((f"{fault}扣{x}分。{ok}得{m}分;{mid}得{a}分;{no}得0分", str(m), Unsure()))
        out.append((f"{fault},扣{x}分;{ok}的,得{m}分;{mid}的,得{a}分;{no}的,不得分", str(m), Unsure()))
        out.append((f"{ok}得{m}分;{mid}得{a}分;{no}不得分;{fault}扣{x}分", str(m), Unsure()))
        out.append((f"{ok}得{m}分;{fault}扣{x}分;{no}不得分", str(m), Either(Ranks((m, m - x, 0)), Unsure())))
    return out


_ALL = lead_faults() + shares() + boxes() + bare() + who() + levels() + respectively() + references() + earned() + headed()
#: (the first statement of a text the generators write twice)
CASES = first_statements(_ALL)


(test_the_probe_is_of_its_size,
 test_every_made_up_text_is_scored_as_it_says_or_is_to_check) = probe_tests(CASES, 300, 1800)
