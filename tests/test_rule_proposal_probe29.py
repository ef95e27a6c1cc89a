"""Made-up texts in the house styles of this round's readings — bare requirements read as all or nothing (a short
“有专职安全员。”, a whole rate's line “…覆盖率达100%”, points closing the cell “…;6分”, a cell of only “N分” beside an
indicator stating the requirement, a heading number with no 、 “3工作总结(4分)。…”), grades closed by bracketed bare
scores (“…(6) …(8) …(10)”), the 分值 parted among sub-points each graded (“每小点5分。按优、良、一般、差分别得5、3、2、1分”),
one of the tasks failed taking the whole (“其中1项…,扣全分”), a question answered in numbered answers with blanks to fill
in (“①相符(10分)②不相符(0分) 2.抽查…:_____人”), roles scoring alike merged when only the highest counts (“计最高分值,
不重复计分”); deductions in numbered lists (a bare “N分” after a fault, a lead-in “查…资料:”, “一项不符合扣1分”, full marks
then “…扣1分,扣完为止”, “一车/次”, “发现一次 3”, a bracketed “(扣完为止)”, points after colons “…:6分…:4分”), a zero on
an accident of a grade named in words — and their near variants (other numerals, units, punctuation, 得/计/加/+,
orderings, an extra clause a reading should not swallow), each with what it states (a few situations and their scores)
or that it is unsure (to check). Every proposal scores every situation as the text says, or is not confident.

Confident readings found scoring wrong before mending: 40 of 1,273 texts, all of one cause — points each with their own
points adding up to the 分值 read surely as a 要点核查 (``checklist._additive``, ``_points_with_points``,
``_marked_points``) where the points are situations of one thing, only one of them holding, which the check of degrees
(``reading._degrees_of_one_quality``: one quality's words with 较/基本/完全… twice) did not see: grades or degrees said
otherwise (24: “工作成效明显:6分;成效一般:4分”, “优秀:5分;良好:3分”, “有专职安全员:2分,兼职:1分”, “考核合格:…;部分合格:
…”), the thing at levels of government (12: “在全区获得表彰:5分;在全市获得表彰:6分;在全省获得表彰:8分”, “获镇级表彰5分;
获县级表彰6分” — whether the levels add up or only the highest counts is unsaid, as ``checklist._levels_added`` notes),
or a point and its denial (4: “台账齐全规范:3分;台账齐全但不规范:1分”). Mended: ``reading._grades_of_one`` (called from
``_degrees_of_one_quality`` when it finds nothing) notes a point of grade words alone, or whose other words are wholly
another point's; a point that is another denied; points alike but their level — so the reading is to check; points
of other words (“建立县级台账:3分;建立村级档案:2分”) stay sure. No corpus text changes (tuning 4,413 exact, 3,919 flagged,
as before).

The readings of this round themselves (a bare requirement, a rate's whole line, points closing the cell, a cell of only
“N分”, a numbered heading, bracketed bare grades, sub-points graded, “其中1项…扣全分”, numbered answers with blanks, the
highest only counting, a bare “N分” in a numbered list, a lead-in “查…资料:”, “一项不符合扣1分”, “发现一次 3”, “一车/次”)
are all to check, and their near variants fall to judgement or to a reading itself to check. Sure readings met here all
score as the text says: full marks then “每发现一处扣1分,扣完为止” (逐例扣分), a bracketed “(扣完为止)” closing faults one
of them per case (公式计分), points after colons run on (“…:6分实现…:4分”), answers ①②③ with a lesser one scoring.
Readings left to check that score some situations otherwise than the text says (not confident, so no bar): the whole
rate's line “持证上岗率100%。” left to judgement; sub-point grades with their scores parted by “,” (“5,3,2,1分”) read as
judgement, or as the per-case sub-point alone; “…的记5分,发现…等扣1分。” without “扣完为止” read as two situations; a
numbered list whose bare “N分” opens its first part without a comma read as judgement or with that part left out;
“查规划…:1.制订…规划,未制订的扣3分;2.…” with the first fault's label the plan's words; “车辆乱停发现1辆 1” (a
vehicle counted) read as judgement; numbered answers with a lesser one (“①相符(10分)②基本相符(5分)③不相符(0分)”) before
blanks to fill in read as judgement; a bare “1分” in a numbered list beside a per-case part (“3.台账不规范的,每处扣0.5分”)
dropped from the formula.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from itertools import product

from services.frameworks.proposal import Proposal
from services.scoring.rules import check_item
from tests.probe_checks import (
    Either,
    Fault,
    Faults,
    Fn,
    Gated,
    case_test,
)
from tests.proposals import Bands, D, Once, Per, Ranks, Unsure, dec, item_score, points_off


@dataclass(frozen=True)
class Parts:
    """The 分值 parted into sub-points of ``each`` points: a tuple of grades (best first) for a graded one, a string
    for one costing that much per case."""
    each: str
    parts: tuple[tuple[int, ...] | str, ...]


def parts_graded_wrongly(items: list[dict], m: Decimal, want: Parts) -> str:
    if len(items) != len(want.parts) or sum(dec(it["max"]) for it in items) != m:
        return f"items {[it['type'] for it in items]}"
    for it, part in zip(items, want.parts):
        if dec(it["max"]) != dec(want.each):
            return f"part of {it['max']}"
        if isinstance(part, str):
            if it["type"] != "deduction":
                return f"part read as {it['type']}"
            for k in (0, 1, 3, 40):
                got, expected = item_score(it, {"count": str(k)}), points_off(dec(want.each), dec(part) * k)
                if got != expected:
                    return f"{k} cases: {got}, not {expected} (part)"
        else:
            if it["type"] != "choice":
                return f"part read as {it['type']}"
            got = sorted((Decimal(o["score"]) for o in it["params"]["options"]), reverse=True)
            expected = D(*part)
            if got != expected and not (got[:-1] == expected and got[-1] == 0 < expected[-1]):
                return f"options {got}"
    return ""



# ── what a text states ───────────────────────────────────────────────────────────────────────────────────────
Want = Per | Once | Ranks | Bands | Faults | Fn | Either | Unsure | Gated | Parts


def own(p: Proposal, m: Decimal, want: Want) -> str | None:
    """The check of this probe's own kinds of statement (None for the kinds `probe_checks.wrongly` checks)."""
    if isinstance(want, Parts):
        return parts_graded_wrongly(p.items, m, want) if not any(check_item(it) for it in p.items) else "unsound items"
    return None





# ── bare requirements read as all or nothing (binzang-mbkh, spaq-dachuan, unseen75) ──────────────────────────────────
def bare_requirements() -> list[tuple[str, str, Want, str]]:
    out: list[tuple[str, str, Want, str]] = []
    for what, m in product(["有专职管理人员。", "有专职安全员", "设有兼职联络员。", "建立值班台账。", "建立健全工作运行机制。",
                            "配备专职网格员", "设立咨询服务窗口。"], ["5", "10"]):
        out.append((what, m, Ranks((int(m), 0)), "组织保障"))
        out.append((what.rstrip("。") + ",未配备的扣2分。", m, Either(Ranks((int(m), 0)), Faults((Fault("未", "-2", None),)))
                    if int(m) > 2 else Ranks((int(m), 0)), "组织保障"))
        out.append((what.rstrip("。") + ",酌情扣分。", m, Unsure(), "组织保障"))
        out.append((what.rstrip("。") + "2名以上。", m, Either(Ranks((int(m), 0)), Unsure()), "组织保障"))
    for what, m in product(["垃圾分类覆盖率达100%。", "辖区学龄儿童入学率达到100%", "殡葬火化率达100%", "持证上岗率100%。",
                            "台账建档率达到100%。"], ["20", "5"]):
        out.append((what, m, Either(Ranks((int(m), 0)), Bands(((100, m), (99, 0), (50, 0)))), "覆盖情况"))
        out.append((what.rstrip("。") + ",每低1%扣1分", m,
                    Bands(((100, m), (99, int(m) - 1), (95, int(m) - 5), (0, 0)))
                    if False else Either(Bands(((100, m), (99, int(m) - 1), (98, int(m) - 2))), Unsure()), "覆盖情况"))
        out.append((what.replace("100%", "95%以上"), m, Either(Bands(((100, m), (95, m), (94, 0))), Unsure()), "覆盖情况"))
        out.append((what.replace("100%", "98%"), m, Either(Bands(((100, m), (98, m), (97, 0))), Unsure()), "覆盖情况"))
    for what, (m, n), sep in product(["按时参加街道组织的安全生产检查活动", "配合相关部门开展食品安全执法检查活动",
                                      "认真执行上级各项决议,服从组织安排,团结协作", "定期开会研究辖区内食品安全问题并提出工作措施,查看会议记录"],
                                     [("6", "6"), ("10", "10"), ("6", "4")], [";", "; ", "。"]):
        want: Want = Ranks((int(m), 0)) if m == n else Unsure()
        out.append((f"{what}{sep}{n}分", m, want, "工作配合"))
    for what, m in product(["按时参加检查活动", "认真落实交办事项"], ["6", "3"]):
        out.append((f"{what};{m}分;未参加的扣2分", m, Either(Faults((Fault("未参加|参加|落实", "-2", None),)), Unsure()), "工作配合"))
        out.append((f"{what}开展情况;{m}分", m, Unsure(), "工作配合"))
        out.append((f"{what};得{m}分", m, Either(Ranks((int(m), 0)), Unsure()), "工作配合"))
        out.append((f"{what};{m}分,酌情扣分", m, Unsure(), "工作配合"))
        out.append((f"{what};{m}分,每缺1次扣1分", m, Either(Per("1"), Unsure()), "工作配合"))
    for (name, m, pts) in [("3-104 年度报表按时报送,数据准确", "2", "2分"), ("年度报表按时报送", "2", "2分"),
                           ("建立居民信息台账", "3", "3分"), ("4、落实交办事项", "5", "5分"), ("年度报表按时报送", "2", "1分"),
                           ("报送率", "2", "2分"), ("按时报送年报", "4", "4 分"), ("信息公开及时", "3", "3分。"),
                           ("工作满意度", "5", "5分"), ("资料齐全", "2", "0-2分"), ("资料齐全", "2", "2分,酌情扣分")]:
        want = Ranks((int(m), 0)) if pts.rstrip("。").replace(" ", "") == f"{m}分" and "率" not in name and "满意度" not in name \
            else Unsure()
        out.append((pts, m, Either(want, Unsure()) if "满意度" in name else want, name))
    for (num, title, body), m in product([("3", "工作总结", "及时形成年度工作总结,内容翔实,报送主管部门。"),
                                          ("2", "制度建设", "建立健全各项管理制度并上墙公示。"),
                                          ("5", "档案管理", "档案资料齐全,分类归档。")], ["4", "6"]):
        out.append((f"{num}{title}({m}分)。{body}", m, Ranks((int(m), 0)), "总结阶段"))
        out.append((f"{num}{title}({m}分)。{body}未报送的扣2分。", m, Either(Faults((Fault("未报送", "-2", None),)),
                                                                                Unsure()), "总结阶段"))
        out.append((f"{num}{title}({int(m) - 1}分)。{body}", m, Unsure(), "总结阶段"))
        out.append((f"{num}{title}({m}分)。{body}酌情扣分。", m, Unsure(), "总结阶段"))
        out.append((f"{num}、{title}({m}分)。{body}", m, Either(Ranks((int(m), 0)), Unsure()), "总结阶段"))
    return out


# ── grades closed by bracketed bare scores (jy-wuhan-hsyfz) ──────────────────────────────────────────────────────────
def bracket_grades() -> list[tuple[str, str, Want, str]]:
    out: list[tuple[str, str, Want, str]] = []
    grades = [("能申报或参加课题研究,有科研计划", "有课题实施方案,并按计划实施", "取得阶段性成果并有具体表现形式"),
              ("按时上交论文或科研工作小结", "论文获校论文评比二、三等奖", "论文获校论文评比一等奖"),
              ("每学年度开展至少一次", "研究课评价良好", "研究课被评为校优质课"),
              ("按时参加教研活动", "在教研活动中作中心发言", "承担区级以上公开课")]
    for (a, b, c), (x, y, z), sep in product(grades, [(6, 8, 10), (3, 4, 5)], [" ", ";"]):
        out.append((f"{a}({x}){sep}{b}({y}){sep}{c}({z})", str(z), Ranks((z, y, x)), "教研"))
        out.append((f"{a}({x}){sep}{b}({y}){sep}{c}({z})", str(z + 2), Unsure(), "教研"))
        out.append((f"{a}({y}){sep}{b}({x}){sep}{c}({z})", str(z), Unsure(), "教研"))
        out.append((f"{a}({x}分){sep}{b}({y}分){sep}{c}({z}分)", str(z), Either(Ranks((z, y, x)), Unsure()), "教研"))
        out.append((f"{a}({x}){sep}{b}({y}){sep}{c}({z}),酌情加减分", str(z), Unsure(), "教研"))
        out.append((f"{a}({x}){sep}{b}({y})", str(y), Either(Ranks((y, x)), Unsure()), "教研"))
        out.append((f"{a},扣分({x}){sep}{b}({y}){sep}{c}({z})", str(z), Unsure(), "教研"))
    return out


# ── the 分值 parted among sub-points, each graded or the first costing per case (jy-xx-sysx-yxjyz) ──────────────────
def sub_points() -> list[tuple[str, str, Want, str]]:
    out: list[tuple[str, str, Want, str]] = []
    for (p, gs), n, (names, sep) in product([("5", (5, 3, 2, 1)), ("4", (4, 3, 2, 1)), ("3", (3, 2, 1, 0))],
                                            (2, 3, 4), [("优、良、一般、差", "、"), ("优、良、中差", "、"), ("优、良、一般、差", ",")]):
        m = str(int(p) * n)
        scores = sep.join(str(g) for g in gs)
        text = f"每小点{p}分。按{names}分别得{scores}分。"
        want: Want = Parts(p, tuple(gs for _ in range(n))) if gs[-1] else Either(Parts(p, tuple(gs for _ in range(n))), Unsure())
        if sep == "," and False:
            want = Unsure()
        out.append((text, m, want, "课堂管理"))
        out.append((text, str(int(m) + 1), Unsure(), "课堂管理"))
        out.append((text.replace(f"得{gs[0]}", f"得{gs[0] + 1}"), m, Unsure(), "课堂管理"))
        if n == 2:
            out.append((f"每小点{p}分。每发生一次冲突事件扣1分;传、帮、带工作{names}分别得{scores}分。", m,
                        Parts(p, ("1", gs)), "团队精神"))
            out.append((f"每小点{p}分。每出现一次迟到现象扣0.5分;值日工作{names}分别得{scores}分。", m,
                        Parts(p, ("0.5", gs)), "班级纪律"))
            out.append((f"每小点{p}分。每发生一次冲突事件扣1分;传、帮、带工作{names}分别得{scores}分。", str(int(m) + 2), Unsure(),
                        "团队精神"))
            out.append((f"每小点{p}分。每发生一次冲突事件扣1分,酌情扣分;传、帮、带工作{names}分别得{scores}分。", m, Unsure(),
                        "团队精神"))
    for m in ("10", "12"):
        out.append(("每小点5分。按优、良、一般分别得5、3、2、1分。", m, Unsure(), "环境卫生"))
        out.append(("每小点5分。按优、良、一般、差分别得5、3、2分。", m, Unsure(), "环境卫生"))
        out.append(("每项5分。按优、良、一般、差分别得5、3、2、1分。", m, Unsure(), "环境卫生"))
    return out


# ── one of the tasks failed takes the whole; a question answered in numbered answers; only the highest counts ───────
def whole_and_answers() -> list[tuple[str, str, Want, str]]:
    out: list[tuple[str, str, Want, str]] = []
    for (req, one), m, (tail, said) in product(
            [("认真落实年度巡查计划,按时完成各片区的巡查任务", "其中一个片区未按时巡查"),
             ("按时完成上级交办的维修任务", "其中一项任务未按期完成的"),
             ("按要求完成各村的入户走访", "其中1个村未走访的"),
             ("完成各类报表报送", "其中1项报表未按时报送")],
            ["4", "6"], [(",扣全分。({m}分)", True), (",扣全分", True), (",本项不得分", True), (",扣2分。", False),
                         (",扣全分。({k}分)", False)]):
        text = f"{req}。{one}{tail.format(m=m, k=int(m) - 1)}"
        out.append((text, m, Ranks((int(m), 0)) if said else (Either(Faults((Fault("其中|未", "-2", None),)), Unsure())
                                                                   if "扣2分" in tail else Unsure()), "巡查维修"))
        out.append((text.replace("其中一", "其中两").replace("其中1", "其中2"), m,
                    Unsure() if said else Either(Unsure(), Faults((Fault("其中|未", "-2", None),))), "巡查维修"))
    for (q, yes, no), m, blanks in product(
            [("核对台账登记户数是否与系统数据相符", "相符", "不相符"), ("查看随访记录是否完整", "完整", "不完整"),
             ("核对档案信息是否一致", "一致", "不一致")],
            ["10", "6"], ["", " 2.抽查人数:_____人3.记录完整人数:_____人(附抽查名单)"]):
        out.append((f"1.{q}①{yes}({m}分) ②{no}(0分){blanks}", m, Ranks((int(m), 0)), "数据质量"))
        out.append((f"{q}①{yes}({m}分)②{no}(0分){blanks}", m, Ranks((int(m), 0)), "数据质量"))
        out.append((f"{q}①{yes}({m}分)②{no}(0分){blanks}", str(int(m) + 2), Unsure(), "数据质量"))
        out.append((f"{q}①{yes}({m}分)②基本{yes}({int(m) // 2}分)③{no}(0分){blanks}", m,
                    Ranks((int(m), int(m) // 2, 0)), "数据质量"))
        out.append((f"{q}①{yes}({m}分)②{no}(0分) 2.抽查人数不少于20人", m, Unsure(), "数据质量"))
        out.append((f"{q}①{yes}({m}分)②{no}(1分){blanks}", m, Either(Ranks((int(m), 1)), Unsure()), "数据质量"))
    for (r1, a, r2, b, r3, c), close in product(
            [("课题组负责人", 10, "主要成员", 4, "独立承担课题者", 10), ("主编", 6, "参编", 3, "独著", 6),
             ("项目负责人", 8, "骨干成员", 5, "独立完成者", 8)],
            ["同时参与多项课题的计最高分值,不重复计分。", "兼有多项的只计最高分,不重复计分。", ""]):
        text = f"{r1},计{a}分;{r2},计{b}分。{r3},计{c}分。{close}"
        out.append((text, str(a), Ranks((a, b, 0)) if close else Either(Ranks((a, b, 0)), Unsure()), "课题研究"))
        out.append((text.replace(f"计{c}分", f"计{c - 1}分"), str(a), Either(Ranks((a, c - 1, b, 0)), Unsure()), "课题研究"))
        out.append((f"{r1},计{a}分;{r2},计{b}分。{r3},计{c}分。可累计计分。", str(a), Unsure(), "课题研究"))
    return out


# ── deductions in numbered lists (ky-dlkyqy, ky-kyz) ────────────────────────────────────────────────────────────────
_FAULTS = [("未成立工作专班的", "专班"), ("未制定年度工作方案的", "方案"), ("未建立台账的", "台账"), ("未按月报送统计报表的", "报表"),
           ("无专人负责的", "专人"), ("未开展年度考核的", "考核")]


def numbered_lists() -> list[tuple[str, str, Want, str]]:
    out: list[tuple[str, str, Want, str]] = []
    for n, costs, verbs, (lead, end) in product((2, 3), [("1", "1", "2"), ("0.5", "1", "1")],
                                                [("扣", "", "扣"), ("", "扣", "扣"), ("扣", "扣", "")],
                                                [("", "。"), ("查制度、台账等文件资料:", "。"), ("查看会议记录:", ";")]):
        picked = list(zip(_FAULTS[n:2 * n], costs[:n], verbs[:n]))
        body = "".join(f"{i + 1}.{f}{',' if i % 2 else ''}{v}{c}分{end if i < n - 1 else '。'}" for i, ((f, _w), c, v) in enumerate(picked))
        m = str(sum(dec(c) for c in costs[:n]))
        want = Faults(tuple(Fault(w, f"-{c}", None) for (_f, w), c, _v in picked))
        out.append((lead + body, m, want, "组织建设"))
        if all(verbs[:n]) is False and n == 2:
            out.append((lead + body.replace("未", "", 1), m, Unsure(), "组织建设"))
    for m, (x, y) in product(["5", "6"], [("2", "1"), ("3", "1")]):
        out.append((f"1.未制订相关管理制度的,扣{x}分;2.安全生产方针、目标的制定不符合要求的,一项不符合扣{y}分;3.没有制定安全生产工作指标或"
                    f"指标未进行量化的,扣{x}分。", m,
                    Faults((Fault("制度", f"-{x}", None), Fault("不符合", f"-{y}", True), Fault("指标", f"-{x}", None))), "方针目标"))
        out.append((f"1.未制订相关管理制度的,扣{x}分;2.方针、目标的制定不符合要求的,一项不符合扣{y}分。", m,
                    Faults((Fault("制度", f"-{x}", None), Fault("不符合", f"-{y}", True))), "方针目标"))
        out.append((f"1.未制订相关管理制度的,扣{x}分;2.方针、目标的制定不符合要求的,酌情扣分。", m, Unsure(), "方针目标"))
        out.append((f"查规划、方案等文件资料:1.制订中期至2025年、长期至2030年的中长期规划,未制订的扣{x}分;2.制订标准化建设等跨年度"
                    f"工作方案。未制订的,扣{x}分;3.未组织实施的,扣{y}分。", m,
                    Faults((Fault("规划", f"-{x}", None), Fault("方案", f"-{x}", None), Fault("实施", f"-{y}", None))), "规划"))
        out.append((f"查落实措施文件资料:1.围绕方针与目标制定保证措施。未制定的,扣{m}分;措施不具体的,扣{y}分;2.上年发生较大以上责任事故,"
                    f"此项不得分,并严格实行责任追究。", m,
                    Faults((Fault("未制定", f"-{m}", None), Fault("不具体", f"-{y}", None), Fault("较大", "0", None))), "措施"))
        out.append((f"未制定整改方案的,扣{x}分;方案不具体的,扣{y}分;上年发生重大以上安全事故,此项不得分。", m,
                    Faults((Fault("未制定", f"-{x}", None), Fault("不具体", f"-{y}", None), Fault("重大", "0", None))), "措施"))
        out.append((f"未制定整改方案的,扣{x}分;方案不具体的,扣{y}分;上年发生事故3起以上,此项不得分。", m,
                    Either(Faults((Fault("未制定", f"-{x}", None), Fault("不具体", f"-{y}", None), Fault("事故", "0", None))),
                           Unsure()), "措施"))
        out.append((f"查3个项目资料:1.未建立制度的,扣{x}分;2.未建立台账的,扣{y}分。", m, Unsure(), "资料"))
    return out


# ── full marks then a deduction going on; found once, a bare cost; vehicle-times; bracketed stop (hw-xinanjd) ───────
def going_on() -> list[tuple[str, str, Want, str]]:
    out: list[tuple[str, str, Want, str]] = []
    for (head, req, fault), (m, x), (full, stop) in product(
            [("4、道路排水情况。", "路面保持平顺、整洁,村内排水顺畅", "发现有积污水和路面无法通过等"),
             ("3、绿化养护情况。", "树木修剪整齐、长势良好,无枯死缺株", "发现有枯枝和黄土裸露等"),
             ("", "村辖区内的池塘沟内无垃圾及漂浮物", "每发现一处"), ("河道保洁情况。", "水面清洁,无漂浮物", "发现有垃圾漂浮等")],
            [("5", "1"), ("25", "3")], [("记", ",扣完为止。"), ("得", ",扣完为止"), ("记", "。")]):
        text = f"{head}{req}的{full}{m}分,{fault}扣{x}分{stop}"
        out.append((text, m, Per(x), "日常管护"))
        out.append((f"{head}{req}的{full}{int(m) - 1}分,{fault}扣{x}分{stop}", m, Unsure(), "日常管护"))
        out.append((f"{head}{req}的{full}{m}分,{fault}扣{x}分,严重的不得分{stop}", m,
                    Either(Faults((Fault("发现|处", f"-{x}", True), Fault("严重", "0", None))), Unsure()), "日常管护"))
    for m, (a, b) in product(["25", "10"], [("3", "1"), ("2", "1")]):
        out.append((f"1、村内五大堆清理情况,村内无柴堆、粪堆的记{m}分,村内主街每发现一处扣{a}分,小街小巷每发现一处扣{b}分,扣完为止。", m,
                    Faults((Fault("主街", f"-{a}", True), Fault("小街", f"-{b}", True))), "五大堆"))
    for (what, unit, x), m, space in product([("医疗废物与生活垃圾混放", "次", "2"), ("垃圾桶外溢", "处", "1"), ("生活垃圾混装", "次", "3"),
                                              ("车辆乱停", "辆", "1")], ["8", "5"], [" ", ","]):
        n1 = "一" if unit == "次" else "1"
        out.append((f"3、{what}发现{n1}{unit}{space}{x}", m, Per(x), "废物收集"))
        out.append((f"{what}发现1{unit}{space}{x}分", m, Per(x), "废物收集"))
        out.append((f"{what}发现1{unit}{space}{int(m) + 4}分", m, Either(Per(str(int(m) + 4)), Unsure()), "废物收集"))
        out.append((f"{what}发现1{unit}得{x}分", m, Unsure(), "废物收集"))
        out.append((f"{what}发现1{unit}{space}{x}-{int(x) + 1}分", m, Unsure(), "废物收集"))
    for (unit, fault), x, m in product([("车/次", "不合格"), ("台/次", "违规操作"), ("人/次", "未佩戴安全帽")],
                                       ["1", "0.5"], ["5", "10"]):
        out.append((f"每出现一{unit}{fault}扣{x}分。", m, Per(x), "规范操作"))
        out.append((f"每出现一{unit}{fault}扣0. 5分", m, Per("0.5"), "规范操作"))
        out.append((f"{fault}扣{x}分/次", m, Per(x), "规范操作"))
        out.append((f"每出现一{unit}{fault}扣{x}分,最多扣{int(m) // 2}分。", m, Per(x, str(int(m) // 2)), "规范操作"))
        out.append((f"每出现一{unit}{fault}扣{x}-{int(float(x)) + 2}分。", m, Unsure(), "规范操作"))
    for (f1, w1, f2, w2), (a, b), (stop, m) in product(
            [("未提供会议纪要的", "纪要", "未制定实施细则的", "细则"), ("未公示的", "公示", "未归档的", "归档")],
            [("3", "3"), ("3", "2")], [("。(各项累计分扣完为止)", None), ("(扣完为止)", None), ("。(扣完为止)", None)]):
        w = str(int(a) + int(b))
        want = Faults((Fault(w1, f"-{a}", None), Fault(w2, f"-{b}", None)))
        out.append((f"{f1}扣{a}分,{f2}扣{b}分{stop}", w, want, "资料提供"))
        out.append((f"全部按要求提供得{w}分。{f1}扣{a}分,{f2}扣{b}分{stop}", w, want, "资料提供"))
        out.append((f"全部按要求提供得{w}分。{f1}扣{a}分,{f2}扣{b}分{stop}", str(int(w) - 1),
                    Either(Faults((Fault(w1, f"-{a}", None), Fault(w2, f"-{b}", None))), Unsure()), "资料提供"))
        out.append((f"{f1}扣{a}分,{f2}每次扣{b}分{stop}", w,
                    Faults((Fault(w1, f"-{a}", None), Fault(w2, f"-{b}", True))), "资料提供"))
        out.append((f"{f1}扣{a}分(扣完为止),另有加分", w, Unsure(), "资料提供"))
    return out


# ── points after colons run straight on (wg-sqwgh) ──────────────────────────────────────────────────────────────────
def colon_points() -> list[tuple[str, str, Want, str]]:
    out: list[tuple[str, str, Want, str]] = []
    for (a1, w1, a2, w2), (x, y), sep in product(
            [("建立居民信息台账,录入到管理系统", "录入", "实现信息动态更新", "更新"),
             ("建立各类基本数据库系统,将社区各类数据录入到指定系统", "录入", "实现社区网格化信息管理平台畅通和高效运转", "畅通"),
             ("是否有开展共驻共建活动", "共驻", "各类志愿者队伍活动开展,是否登记造册", "登记")],
            [("6", "4"), ("2", "3")], ["", ";"]):
        m = str(int(x) + int(y))
        want: Want = Faults((Fault(w1, f"-{x}", False), Fault(w2, f"-{y}", False)))
        out.append((f"{a1}:{x}分{sep}{a2}:{y}分", m, want, "信息管理"))
        out.append((f"{a1}:{x}分{sep}{a2}:{y}分;", m, want, "信息管理"))
        out.append((f"{a1}:{x}分{sep}{a2}:{y}分", str(int(m) + 2), Unsure(), "信息管理"))
        out.append((f"{a1}:{x}分{sep}{a2}:{y}分{sep or ';'}未开展的扣1分", m, Unsure(), "信息管理"))
        out.append((f"{a1}:{x}分{sep}{a2}:0-{y}分", m, Unsure(), "信息管理"))
    for m in ("10", "8"):
        out.append(("社区网格化建设工作,示范引领作用较强:5分;在全区获得表彰:5分;在全市获得表彰:6分;在全省获得表彰:8分", m, Unsure(),
                    "创新"))
        out.append(("3分:完成审批程序0分:未完成审批程序", "3", Ranks((3, 0)), "审批"))
        out.append(("分值:5分按完成情况评分", "5", Unsure(), "完成情况"))
    return out


# ── more near variants that a sure reading might take wrongly ────────────────────────────────────────────────────────
def more_near() -> list[tuple[str, str, Want, str]]:
    out: list[tuple[str, str, Want, str]] = []
    for m, (x, y) in product(["5", "10", "25"], [("1", "3"), ("0.5", "2")]):
        base = f"村辖区内的池塘沟内无垃圾及漂浮物的记{m}分,每发现一处扣{x}分"
        out.append((base + f",情节严重的扣{y}分,扣完为止。", m,
                    Faults((Fault("处|发现", f"-{x}", True), Fault("严重", f"-{y}", None))), "池塘"))
        out.append((base + f",最多扣{int(m) - 1}分。", m, Per(x, str(int(m) - 1)), "池塘"))
        out.append((base + ",扣完为止;发现黑臭水体的不得分。", m,
                    Faults((Fault("处|发现一处", f"-{x}", True), Fault("黑臭", "0", None))), "池塘"))
        out.append((base + ",扣完为止;有创新做法的加1分。", m, Unsure(), "池塘"))
        out.append((base + f",每发现一处未清理的扣{y}分,扣完为止。", m, Unsure(), "池塘"))
        out.append((f"村辖区内的池塘沟内无垃圾及漂浮物的记{m}分,每发现一处扣{x}分,扣完为止。(另设加分{x}分)", m, Unsure(), "池塘"))
    for (a, b, c), sep in product([("3", "2", "1"), ("2", "2", "1"), ("4", "3", "3")], ["", ";"]):
        m = str(int(a) + int(b) + int(c))
        t3 = f"建立居民信息台账:{a}分{sep}录入到管理系统:{b}分{sep}实现信息动态更新:{c}分"
        out.append((t3, m, Faults((Fault("台账", f"-{a}", False), Fault("录入", f"-{b}", False), Fault("更新", f"-{c}", False))),
                    "信息管理"))
        out.append((t3, str(int(m) - 1), Unsure(), "信息管理"))
        out.append((f"建立居民信息台账:{a}分{sep}未录入到管理系统:扣{b}分", a, Unsure(), "信息管理"))
        out.append((f"建立居民信息台账:{a}分{sep}录入到管理系统:{b}分,未录入的扣1分", str(int(a) + int(b)), Unsure(), "信息管理"))
        out.append((f"建立居民信息台账:{a}分{sep}录入到管理系统:每户{b}分", str(int(a) + int(b)), Unsure(), "信息管理"))
        out.append((f"建立居民信息台账:{a}分{sep}录入到管理系统:{b}分{sep}两项均未完成的不得分", str(int(a) + int(b)),
                    Either(Faults((Fault("台账", f"-{a}", False), Fault("录入", f"-{b}", False))), Unsure()), "信息管理"))
    for m, x in product(["4", "6"], ["1", "2"]):
        out.append((f"1.未建立制度的,扣{x}分;2.未建立台账的,{x}分;3.台账不规范的,每处扣0.5分。", m,
                    Faults((Fault("制度", f"-{x}", None), Fault("未建立台账", f"-{x}", None), Fault("不规范", "-0.5", True))),
                    "台账"))
        out.append((f"1.未建立制度的,扣{x}分;2.建立台账的,{x}分。", m, Unsure(), "台账"))
        out.append((f"1.未建立制度的,扣{x}分;2.未建立台账的,{x}-{int(x) + 1}分。", m, Unsure(), "台账"))
        out.append((f"1.未建立制度的,扣{x}分;2.未建立台账的,扣{x}分;3.工作突出的,加1分。", m, Unsure(), "台账"))
        out.append((f"查制度、台账等文件资料:1.未建立制度的,扣{x}分;2.未建立台账的,扣{x}分;3.其他问题酌情扣分。", m, Unsure(), "台账"))
        out.append((f"1.未制订管理制度的,扣{x}分;2.目标不符合要求的,一项不符合扣{x}分,最多扣{int(m) // 2}分。", m,
                    Faults((Fault("制度", f"-{x}", None), Fault("不符合", f"-{x}", True, cap=str(int(m) // 2)))), "方针"))
        out.append((f"其中一项任务未按期完成的,扣全分;其他任务未完成的扣{x}分", m, Unsure(), "任务"))
        out.append((f"按时完成上级交办的维修任务,其中一项任务未按期完成的,扣{x}分,扣完为止", m,
                    Either(Per(x), Unsure()), "任务"))
        out.append((f"每出现一车/次不合格扣{x}分,情节严重的不得分", m,
                    Faults((Fault("不合格|车", f"-{x}", True), Fault("严重", "0", None))), "运输"))
        out.append((f"每出现一车/次不合格扣{x}分,另酌情扣分", m, Unsure(), "运输"))
        out.append((f"混放发现一次 {x};外溢发现一次 1", m, Unsure(), "收集"))
        out.append((f"混放发现一次扣{x}分;外溢发现一处扣1分", m,
                    Faults((Fault("混放", f"-{x}", True), Fault("外溢", "-1", True))), "收集"))
    for (hi, lo), m in product([(10, 4), (6, 3), (8, 5)], ["10", "8", "6"]):
        out.append((f"课题组负责人,计{hi}分;主要成员,计{lo}分。同时参与多项课题的计最高分值,不重复计分。", m,
                    Ranks((hi, lo, 0)) if str(hi) == m else Unsure(), "课题"))
        out.append((f"课题组负责人,计{hi}分;主要成员,计{lo}分;参与多项的累计计分,最高{m}分。", m, Unsure(), "课题"))
    return out


# ── points after colons that are degrees, grades or levels of one thing (wg-sqwgh near variants) ─────────────────────
def degrees_as_points() -> list[tuple[str, str, Want, str]]:
    out: list[tuple[str, str, Want, str]] = []
    for (hi, lo), (x, y), sep in product(
            [("工作成效明显", "成效一般"), ("优秀", "良好"), ("有专职安全员", "兼职"), ("资料齐全", "资料基本齐全"),
             ("完全达到要求", "基本达到要求"), ("宣传效果好", "宣传效果较好"), ("考核合格", "部分合格"), ("好", "较差")],
            [("6", "4"), ("2", "1")], [":{x}分;", ":{x}分", "得{x}分;"]):
        first = sep.format(x=x)
        text = f"{hi}{first}{lo}{sep.format(x=y).rstrip(';')}"
        m = str(int(x) + int(y))
        out.append((text, m, Unsure(), "工作成效"))  # the 分值 the sum, yet only one degree holds: to check
        out.append((text, x, Either(Ranks((int(x), int(y), 0)), Unsure()), "工作成效"))
    for (hi, lo), (x, y) in product([("台账齐全规范", "台账齐全但不规范"), ("制度健全", "制度不健全"), ("按时报送", "未按时报送"),
                                     ("档案完整", "档案不完整")], [("3", "1"), ("4", "2")]):
        m = str(int(x) + int(y))
        out.append((f"{hi}:{x}分;{lo}:{y}分", m, Unsure(), "台账"))
        out.append((f"{hi}{x}分;{lo}{y}分", m, Unsure(), "台账"))
        out.append((f"{hi}:{x}分;{lo}:0分", x, Ranks((int(x), 0)), "台账"))
    for (a, b, c), lv in product([(5, 6, 8), (1, 2, 3)], [("区", "市", "省"), ("县", "市", "省"), ("镇", "县", "市")]):
        text = f"在全{lv[0]}获得表彰:{a}分;在全{lv[1]}获得表彰:{b}分;在全{lv[2]}获得表彰:{c}分"
        out.append((text, str(a + b + c), Unsure(), "创新"))
        out.append((text, str(c), Either(Ranks((c, b, a, 0)), Unsure()), "创新"))
        out.append((f"获{lv[0]}级表彰{a}分;获{lv[1]}级表彰{b}分", str(a + b), Unsure(), "创新"))
        out.append((f"建立{lv[0]}级台账:{a}分;建立村级档案:{b}分", str(a + b),
                    Faults((Fault("台账", f"-{a}", False), Fault("档案", f"-{b}", False))), "创新"))
    return out


CASES = list({(text, w, name): (text, w, want, name) for text, w, want, name in (
    bare_requirements() + bracket_grades() + sub_points() + whole_and_answers() + numbered_lists() + going_on()
    + colon_points() + more_near() + degrees_as_points())}.values())


def test_the_probe_is_of_its_size():
    assert 300 <= len(CASES) <= 1400
    assert len({(text, w, name) for text, w, _want, name in CASES}) == len(CASES)


test_every_made_up_text_is_scored_as_it_says_or_is_to_check = case_test(CASES, own=own)
