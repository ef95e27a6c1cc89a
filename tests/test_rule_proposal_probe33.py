"""Made-up texts in the house styles of this round's readings — bare requirements closed by their points in brackets
with no 分 (“…保管良好。(5)”, “…80%以上(5)”), divisions (分离/分开), a state seen at once (“标志明显”), spans, distances
and staff ranges asked (“1年以上”, “500米内”, “配备2-5人”), rules kept (按照…规定, 按行政区划, 根据需要), a part's bare
(0.5) before a marked one, points per unit (“80分/项”, “1分/30人”, “5分/千元”), “每个项目计2分,没有不计分”, a cap naming
whose points it is (“学院最多不超过10分”), “A/B×100%,每个百分点得x分” — and their near variants (other numerals,
units, punctuation, 得/计/加/+, orderings, an extra clause a reading should not swallow: grades, deductions, counts,
lines with other bands), each with what it states (a few situations and their scores) or that it is unsure (to
check). Every proposal scores every situation as the text says, or is not confident.

Confident readings found scoring wrong before mending: 372 of the texts here (all of them in ``other_clauses``, none
of this round's readings: those are to check by design, and every near variant of them here is to check too or is read
right), by cause:

- 75: a requirement scored, then a zero for a division of another matter (“资料齐全;4分,未分开的不得分”, “…得4分;未分类的
  不得分”), read surely as one requirement met or not (all or nothing, or a choice of two): the 分 of 分开/分离/分类 was
  taken as a score's character, leaving the denial a matter of one character, never “of another matter”. Mended
  (``reading._matter`` keeps the 分 of a word of division, ``_DIVISION_FEN``): both may hold, or neither, to check. (A
  division said in the other word of it, “人货分离…未分开的不得分”, is to check now too.)
- 54: a bracketed figure closing a text already scored, not its 分值 (“…的得4分,否则不得分。(2)”), read as a list's
  next mark and dropped. Mended (``reading._ORDINAL``): a bracketed figure closing the text opens no item, so it is a
  figure left unread (its 分值's own figure, “(4)”, is still the 分值 said again).
- 48: the other case's points (“资料齐全得4分,否则得2分” on 6) read as a 要点核查 point of their own named “否则”, and
  “…否则不得分;否则得2分” as a second 全有或全无 on the condition “否”. Mended (``reading.consistency``,
  ``_OTHERWISE_ONLY``): a point or condition that is only the word for the other case is to check.
- 72: every case short of the requirement said twice — “不满足得0分” and then “否则得2分” (or “未达到要求的得0分;否则…”),
  or “不满足得0分;不满足扣2分” — read surely as a choice of three. Mended (``reading.consistency``, ``_NOT_MET_BARE``):
  one situation with two scores, or an “otherwise” beside the bare denial that already covers every case, is to check.

Not confident, and so no bar, but scoring some situations otherwise than the text says: a rate's line closed by the
bracket (“完好率在80%以上(5)”) read as met or not (the tuning set's tiers reading is to check too); “1分/10百元” read as
per 10100元 (``normalize`` joins 10 and 百); “每完成1项得2分,最高10分,未完成的扣2分” and “国家级5分/次,省级减3分/次” read as
deductions per case; bands in brackets (“80%以上(10);60%-80%(5);60%以下(0)”) and lines scored in other units left to
judgement.
"""
from __future__ import annotations

from decimal import Decimal
from itertools import product

from tests.probe_checks import Either, Fn, Want, probe_tests
from tests.proposals import Bands, Once, Per, Ranks, Unsure, dec

_ORD = ["", "1、", "2.", "(3)"]

# ── a requirement closed by its points in brackets, no 分 (sys-gs-hxu) ──────────────────────────────────────────
_REQS = ["灭火器摆放整齐,定期检验,台账完整", "危化品专柜存放,双人双锁管理", "实验台面保持清洁,废液集中收集",
         "值班记录填写规范,交接手续清楚", "档案资料归档及时,查阅方便", "无因操作不当造成设备损坏",
         "无安全责任事故发生", "无违规使用大功率电器现象", "应急预案每年修订,组织演练", "配备专职安全员,持证上岗"]


def bracket_closing() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for i, (r, m) in enumerate(product(_REQS, ["5", "2"])):
        o = _ORD[i % 4]
        out.append((f"{o}{r}。({m})", m, Ranks((int(m), 0))))
        out.append((f"{r}({m})", m, Ranks((int(m), 0))))
        out.append((f"{r};({m})", m, Ranks((int(m), 0))))
        out.append((f"{r}。({m}分)", m, Ranks((int(m), 0))))
        # the bracket's figure not the 分值: to check
        out.append((f"{r}。({int(m) + 1})", m, Unsure()))
        # a deduction per case before the bracket: read per case, never met or not
        out.append((f"{r},每发现一处不符合扣1分。({m})", m, Per("1")))
        out.append((f"{r},发现1处不符合扣1分({m})", m, Unsure()))
        out.append((f"{r},不符合要求的扣{int(m) - 1}分。({m})", m, Once((str(int(m) - 1),))))
        # grades before the bracket
        out.append((f"{r},好的得{m}分,较好的得{int(m) - 1}分。({m})", m, Ranks((int(m), int(m) - 1))))
        out.append((f"{r},酌情扣分。({m})", m, Unsure()))
        out.append((f"{r},部分做到的得一半分。({m})", m, Unsure()))
    # a rate's line closed by the bracket: the line reached scores the bracket, bands with other lines never met or not
    for what, (l1, l2), m in product(["仪器设备的完好率", "消防设施完好率", "台账登记准确率", "隐患整改率"],
                                     [(80, 60), (90, 80), (95, 85)], ["5", "10"]):
        half = str(int(m) // 2)
        out.append((f"{what}在{l1}%以上({m})", m, reached(Bands(((l1, m), (l1 + 3, m), (100, m))))))
        out.append((f"{what}达{l1}%以上。({m})", m, reached(Bands(((l1, m), (100, m))))))
        out.append((f"{what}在{l1}%以上({m}),{l2}%以上({half})", m,
                    Bands(((100, m), (l1, m), (l1 - 1, half), (l2, half), (l2 - 1, 0)))))
        out.append((f"{what}{l1}%以上({m});{l2}%-{l1}%({half});{l2}%以下(0)", m,
                    Bands(((100, m), (l1 + 1, m), (l2 + 1, half), (l2 - 1, 0)))))
        out.append((f"{what}在{l1}%以上,每低1%扣1分({m})", m, Bands(((100, m), (l1, m), (l1 - 2, int(m) - 2)))))
        if (l1, l2) == (80, 60):
            out.append((f"{what}达100%({m})", m, Ranks((int(m), 0))))
            out.append((f"{what}达100%,每低1个百分点扣1分({m})", m, Bands(((100, m), (99, int(m) - 1), (98, int(m) - 2)))))
    # grades in brackets with no 分
    for (g1, g2, g3), m in product([("优秀", "良好", "一般"), ("好", "较好", "差"), ("A级", "B级", "C级")], ["5", "10"]):
        k = int(m)
        out.append((f"{g1}({m}),{g2}({k - 2}),{g3}({k - 4})", m, Ranks((k, k - 2, k - 4))))
        out.append((f"{g1}({m});{g2}({k - 2});{g3}(0)", m, Ranks((k, k - 2, 0))))
    # a list's numbering in brackets, no points: never read as points
    for r, m in product(_REQS[:4], ["3", "6"]):
        a, b = r.split(",")[:2]
        out.append((f"(1){a};(2){b}", m, Unsure()))
        out.append((f"{a}(1);{b}(2)", m, Unsure()))
    return out


def reached(b: Bands) -> Want:
    """A line to reach, its points in brackets: the bands (a figure short of the line scoring nothing, unsaid)."""
    return Bands(b.samples + ((1, 0),))


# ── a state seen at once, divisions (sf-hainan, sys-gs) ─────────────────────────────────────────────────────────
_THINGS = ["安全出口", "消防通道", "库房标识", "警示标牌", "公示栏内容", "应急物资"]
_STATES = ["标志明显", "醒目", "齐全", "整洁", "畅通"]


def states() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for i, (th, st) in enumerate(product(_THINGS, _STATES)):
        m = ["2", "3", "5"][i % 3]
        k = int(m)
        out.append((f"{th}{st}", m, Ranks((k, 0))))
        out.append((f"{_ORD[i % 4]}{th}{st}。", m, Ranks((k, 0))))
        out.append((f"{th}{st},{_THINGS[(i + 1) % 6]}{_STATES[(i + 2) % 5]}", m, Ranks((k, 0))))
        out.append((f"{th}{st}得{m}分,较{st[-2:]}得{k - 1}分,不{st[-2:]}不得分", m, Ranks((k, k - 1, 0))))
        out.append((f"{th}{st},每发现一处不符合扣1分", m, Per("1")))
        out.append((f"{th}{st},不符合的扣1分", m, Once(("1",))))
        out.append((f"{th}基本{st[-2:]}", m, Unsure()))
        out.append((f"{th}{st},视情况扣分", m, Unsure()))
    for eff in ["宣传效果明显", "整改成效明显", "管理作用明显", "服务质量提高明显", "工作进步明显", "群众满意度改善明显"]:
        out.append((eff, "3", Unsure()))
        out.append((f"{eff}。(3)", "3", Unsure()))
    for div, m in product(["生熟分离", "人货分离", "清洁区与污染区分开", "干湿分离,分类存放", "办公区与生活区分开设置",
                           "原料与成品分开存放"], ["2", "4"]):
        k = int(m)
        out.append((div, m, Ranks((k, 0))))
        out.append((f"{div}({m})", m, Ranks((k, 0))))
        out.append((f"{div},未分开的每处扣1分", m, Per("1")))
        out.append((f"{div}得{m}分,部分分开得{k // 2}分", m, Ranks((k, k // 2, 0))))
        out.append((f"{div},分离率达90%以上", m, Unsure()))
        out.append((f"{div[:4]}的得{m}分,未分离的不得分", m, Ranks((k, 0))))
    return out


# ── spans, distances and staff ranges asked (ly-hkrj, sf-hainan) ───────────────────────────────────────────────
def spans() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for what, n, m in product(["正常经营", "连续运营", "在基层锻炼", "从事相关工作"], [1, 2, 3], ["2", "4"]):
        k = int(m)
        out.append((f"{what}{n}年以上", m, Ranks((k, 0))))
        out.append((f"{what}{'一两三'[n - 1]}年以上", m, Ranks((k, 0))))
        out.append((f"{what}{n}年以上({m})", m, Ranks((k, 0))))
        out.append((f"{what}{n}年以上得{k // 2}分,{n + 2}年以上得{m}分", m,
                    Bands(((n, k // 2), (n + 1, k // 2), (n + 2, k), (n + 5, k)))))
        out.append((f"{what}每满1年得1分,最高{m}分", m, Bands(((1, 1), (k, k), (k + 3, k)))))
        out.append((f"{what}满{n}年得{m}分,不满{n}年不得分", m, Either(Ranks((k, 0)), Bands(((n, k), (n + 2, k), (n - 0.5, 0))))))
        out.append((f"{what}{n}年以上,每少1年扣1分", m, Unsure()))
        out.append((f"{what}{n}-{n + 2}年", m, Unsure()))
    for n, dd, m in product([1, 2], [5, 10], ["2", "3"]):
        k = int(m)
        out.append((f"每年参加集中培训不少于{n}次,培训时间不少于{dd}天", m, Ranks((k, 0))))
        out.append((f"工作人员每年参加培训不少于{n}次,累计培训{dd}天以上", m, Ranks((k, 0))))
        out.append((f"每年参加集中培训不少于{n}次,培训时间每少1天扣0.5分", m, Unsure()))
        out.append((f"培训时间{dd}天以上得{m}分,{dd // 2}天以上得1分", m, Bands(((dd, k), (dd // 2, 1), (dd + 3, k)))))
        out.append((f"{n}年内无重大安全事故", m, Ranks((k, 0))))
        out.append((f"{n}年内发生重大安全事故不得分", m, Ranks((k, 0))))
        out.append((f"{n}年内每发生1起安全事故扣1分", m, Per("1")))
    for (place, unit), dist, m in product([("有停车场地", "米"), ("设有公共厕所", "米"), ("有卫生室", "公里")],
                                          [300, 500], ["2", "3"]):
        k = int(m)
        out.append((f"{dist}{unit}内{place}", m, Ranks((k, 0))))
        out.append((f"{dist}{unit}以内{place}", m, Ranks((k, 0))))
        out.append((f"距离垃圾站、养殖场等污染源{dist}{unit}以上", m, Ranks((k, 0))))
        out.append((f"距离污染源{dist}{unit}以上,每少10{unit}扣1分", m, Unsure()))
        out.append((f"距离污染源{dist}{unit}以上得{m}分,{dist // 2}{unit}以上得1分", m,
                    Bands(((dist, k), (dist * 2, k), (dist // 2, 1)))))
        out.append((f"{dist}{unit}内{place}得{m}分,{dist * 2}{unit}内得1分", m, Unsure()))
    for (a, b), who, m in product([(2, 5), (3, 6), (1, 3)], ["人", "名专职人员", "名管理员"], ["0.5", "2"]):
        k = dec(m)
        out.append((f"应配备{a}-{b}{who}", m, Ranks((k, 0))))
        out.append((f"每个站点配备{a}~{b}{who}", m, Ranks((k, 0))))
        out.append((f"配备{a}至{b}{who},实行站长负责制", m, Ranks((k, 0))))
        out.append((f"应配备{a}-{b}{who},每少1人扣0.5分", m, Unsure()))
        out.append((f"配备{b}{who}以上得{m}分,{a}{who}以上得{k / 2}分", m, Unsure()))
        out.append((f"{a}-{b}{who}得{m}分", m, Unsure()))
        out.append((f"有{a}名以上正式党员的应建立党组织", m, Ranks((k, 0))))
        out.append((f"有{a}名正式党员的得{m}分", m, Unsure()))
    return out


# ── rules kept: 按照…规定, 按行政区划, 根据需要 (sf-hainan) ─────────────────────────────────────────────────────────
def rules_kept() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for rule, rest, m in product(["严格按照队伍管理规定", "按照有关规定", "严格按照档案管理规定", "按照上级规定"],
                                 ["严明工作纪律,佩证上岗", "规范建档立卡", "落实值班制度"], ["0.5", "1"]):
        k = dec(m)
        out.append((f"{rule},{rest}", m, Ranks((k, 0))))
        out.append((f"{rest};{rule}执行", m, Ranks((k, 0))))
        out.append((f"{rule}的工作量确定{rest[:4]}得分", m, Unsure()))
        out.append((f"{rule}计分,{rest}", m, Unsure()))
        out.append((f"{rule},{rest},按完成情况酌情给分", m, Unsure()))
    for place, m in product(["乡镇(街道)", "社区", "开发区"], ["0.5", "1"]):
        k = dec(m)
        out.append((f"按行政区划单独设置,每个{place}设置1个", m, Ranks((k, 0))))
        out.append((f"服务站按行政区划设置,配备专职人员;根据需要,也可在{place}设置", m, Ranks((k, 0))))
        out.append((f"根据需要设置,每个{place}设置1个", m, Ranks((k, 0))))
        out.append((f"根据需要,也可在{place}设置", m, Unsure()))
        out.append((f"根据{place}完成情况得分", m, Unsure()))
        out.append((f"按行政区划划分,每个{place}得{m}分", m, Unsure()))
        out.append((f"根据需要酌情设置,{place}设置的得分", m, Unsure()))
    return out


# ── a part's bare (0.5) before a marked one (sf-hainan) ───────────────────────────────────────────────────────
def bare_parts() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (a, b), (x, y) in product([("工作人员具有大专以上学历", "具备撰写常用公文的能力"),
                                   ("所长具有法律专业学历", "熟练掌握计算机操作技能"),
                                   ("档案分类装订", "查阅登记完整"), ("制度上墙公示", "职责明确到人")],
                                  [("0.5", "0.5"), ("0.5", "1"), ("1", "0.5"), ("1", "2")]):
        m = str(dec(x) + dec(y))
        out.append((f"{a}({x}),{b}({y}分)", m, Once((x, y))))
        out.append((f"{a}({x}),{b}({y}分)。", m, Once((x, y))))
        out.append((f"{_ORD[1]}{a}({x}),{b}({y}分)", m, Once((x, y))))
        out.append((f"{a}({x}分),{b}({y})", m, Once((x, y))))
        out.append((f"{a}({x});{b}({y}分)", m, Once((x, y))))
        # the parts not making up the 分值: to check
        out.append((f"{a}({x}),{b}({y}分)", str(dec(m) + 1), Unsure()))
        # a count in brackets, not points
        out.append((f"{a}(2名),{b}({y}分)", m, Unsure()))
        # a part with a deduction of its own
        out.append((f"{a}({x}),{b},每缺一项扣{y}分({y}分)", m, Unsure()))
    return out


# ── points per unit, a cell of its own (sys-sd-wfmc, sys-js-cslg) ──────────────────────────────────────────────
def _capped(pts: Decimal, per: int, m: str, counts: list[int]) -> Bands:
    return Bands(tuple((c, min(dec(m), pts * c / per)) for c in counts))


def per_unit() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (pts, unit), m in product([("80", "项"), ("10", "人"), ("3", "篇"), ("40", "件"), ("20", "个"), ("5", "次")],
                                  ["100", "60"]):
        p = dec(pts)
        want = _capped(p, 1, m, [0, 1, 2, 3, 10, 50])
        out.append((f"{pts}分/{unit}", m, want))
        out.append((f"{pts}分/{unit};", m, want))
        out.append((f"{pts}分/1{unit}", m, want))
        out.append((f"每{unit}{pts}分", m, want))
        out.append((f"每{unit}得{pts}分", m, want))
        out.append((f"{pts}分/{unit},最高{m}分", m, want))
        out.append((f"扣{pts}分/{unit}", m, Per(pts)))
        out.append((f"{pts}分/{unit}以上", m, Unsure()))
        out.append((f"{pts}-{int(pts) * 2}分/{unit}", m, Unsure()))
        out.append((f"{pts}分/{unit},不足1{unit}不得分", m, want))
    for (pts, per, unit), m in product([("1", 30, "人"), ("2", 10, "人次"), ("1", 5, "篇"), ("5", 20, "人")], ["100", "20"]):
        p = dec(pts)
        out.append((f"{pts}分/{per}{unit}", m, _capped(p, per, m, [0, per, per * 2, per * 5, per * 200])))
        out.append((f"每{per}{unit}{pts}分", m, _capped(p, per, m, [0, per, per * 2, per * 5, per * 200])))
        out.append((f"每满{per}{unit}得{pts}分", m, _capped(p, per, m, [0, per, per * 2, per * 5, per * 200])))
    for (pts, unit), m in product([("5", "千元"), ("2", "万元"), ("1", "百元"), ("10", "万元")], ["100", "50"]):
        p = dec(pts)
        out.append((f"{pts}分/{unit}", m, _capped(p, 1, m, [0, 1, 2, 4, 100])))
        out.append((f"每{unit}{pts}分", m, _capped(p, 1, m, [0, 1, 2, 4, 100])))
        out.append((f"{pts}分/{unit}以上", m, Unsure()))
        out.append((f"{pts}分/10{unit}", m, _capped(p, 10, m, [0, 10, 20, 1000])))
    return out


# ── each case counted, none scoring nothing; a cap naming whose points (gy-swcy) ─────────────────────────────
def counted() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (verb, what, unit), (x, m) in product([("新开工", "项目", "个"), ("新增", "规上企业", "家"), ("新认定", "研发平台", "个"),
                                               ("引进", "人才", "名")], [("2", "10"), ("1", "5"), ("0.5", "3")]):
        k, px = dec(m), dec(x)
        want = Bands(tuple((c, min(k, px * c)) for c in (0, 1, 2, 4, 40)))
        out.append((f"每{unit}{what}计{x}分,没有不计分。", m, want))
        out.append((f"每{verb}1{unit}{what}得{x}分,未{verb}不得分。", m, want))
        out.append((f"每{verb}1{unit}得{x}分,未{verb}的不得分", m, want))
        out.append((f"每{verb}1{unit}得{x}分,最多得{m}分,未{verb}不得分", m, want))
        out.append((f"每{verb}1{unit}得{x}分,无{verb}的计0分", m, want))
        out.append((f"每{unit}{what}计{x}分,没有的扣{x}分", m, Unsure()))
        out.append((f"每{verb}1{unit}得{x}分,未{verb}的扣{x}分", m, Unsure()))
        out.append((f"每{verb}1{unit}得{x}分,未完成目标不得分", m, Unsure()))
        out.append((f"每{verb}1{unit}得{x}分,未{verb}不得分;其他视情况得分", m, Unsure()))
        out.append((f"每{unit}{what}计{x}分,没有不计分。{what}须进入系统项目库,以验收为准。", m, Unsure()))
        # a cap said with whose points
        for who in ["学院", "部门", "单位"]:
            c = dec(m) - px if dec(m) - px > px else dec(m)
            out.append((f"每{verb}1{unit}得{x}分,{who}最多不超过{c}分", m,
                        Bands(tuple((n, min(c, px * n)) for n in (0, 1, 2, 40)))))
        out.append((f"每{verb}1{unit}得{x}分,个人最多不超过{x}分", m, Unsure()))
        out.append((f"每{verb}1{unit}得{x}分,每人最多不超过{x}分", m, Unsure()))
        out.append((f"每{verb}1{unit}得{x}分,每项最多不超过{x}分", m, Unsure()))
    return out


# ── a quotient in %, points per percentage point (sys-sd-wfmc) ──────────────────────────────────────────────────
def per_point() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (a, b), (x, m) in product([("有效机时", "定额机时"), ("实际开出实验数", "计划实验数"), ("使用天数", "工作天数")],
                                  [("1", "100"), ("0.5", "50"), ("2", "100"), ("0.2", "20")]):
        px, k = dec(x), dec(m)
        samples = tuple(((u, 100), min(k, px * u)) for u in (0, 30, 50, 80, 100)) + (((150, 100), min(k, px * 150)),)
        want = Fn((a, b), samples)
        out.append((f"{a}/{b}×100%,每个百分点得{x}分。", m, want))
        out.append((f"{a}/{b}*100%,每1个百分点得{x}分", m, want))
        out.append((f"{a}/{b}×100%,每个百分点计{x}分,最高{m}分", m, want))
        out.append((f"{a}/{b}×100%,每个百分点得{x}分,最高{int(k) // 2}分", m, Unsure()))
        out.append((f"{a}/{b}×100%,每提高1个百分点得{x}分", m, Unsure()))
        out.append((f"{a}/{b}×100%,每个百分点扣{x}分", m, Unsure()))
        out.append((f"{a}/{b}×100%,达到80%以上每个百分点得{x}分", m, Unsure()))
        out.append((f"({a}-{b})/{b}×100%,每个百分点得{x}分", m, Unsure()))
        out.append((f"{a}/{b}×100%,每个百分点得{x}分;低于50%不得分", m, Unsure()))
    return out


# ── a requirement scored, then a clause of another matter or another case (a stray bracket, 否则 twice) ─────────────
_OTHER_MATTER = ["安全出口标志明显", "严格按照规定执行", "资料齐全", "整改率达100%", "按行政区划设置服务站", "根据需要设置服务点"]
_DIVISIONS = ["生熟分开存放", "物品分类存放", "人货分离"]


def other_clauses() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for a, (m, k) in product(_OTHER_MATTER + _DIVISIONS, [("4", "2"), ("3", "1"), ("6", "2")]):
        km, kk = int(m), int(k)
        own = a in _DIVISIONS
        for deny in ("未分开", "未分离", "未分类"):
            # the denial of a division another matter's (both may hold, or neither); its own matter's, met or not
            same = own and (deny[1:] in a or (deny[1:] in ("分开", "分离") and ("分开" in a or "分离" in a)))
            for t in (f"{a};{m}分,{deny}的不得分", f"{a}的,得{m}分,{deny}的不得分", f"{a}得{m}分;{deny}的不得分"):
                out.append((t, m, Ranks((km, 0)) if same else Unsure()))
        # a bracketed figure closing the text, not the 分值: left unread
        out.append((f"{a}的得{m}分,否则不得分。({k})", m, Unsure()))
        out.append((f"{a}的得{m}分,否则不得分;({k})", m, Unsure()))
        out.append((f"{a}的得{m}分,否则不得分。({m})", m, Ranks((km, 0))))
        # the other case's points: never a point or a condition of their own
        out.append((f"{a}得{m}分,否则得{k}分", str(km + kk), Unsure()))
        out.append((f"{a}({m}分),否则得{k}分", str(km + kk), Unsure()))
        out.append((f"{a}的得{m}分,否则不得分;否则得{k}分", str(km + kk), Unsure()))
        out.append((f"{a}得{m}分,否则得{k}分", m, Ranks((km, kk))))
        # every case short of the requirement said twice
        out.append((f"{a}得{m}分;不满足得0分;否则得{k}分", m, Unsure()))
        out.append((f"{a}得{m}分;不满足得0分;不满足扣{k}分", m, Unsure()))
        out.append((f"{a}得{m}分;未达到要求的得0分;否则得{k}分", m, Unsure()))
        out.append((f"{a}得{m}分;不满足得0分;较好的得{k}分", m, Ranks((km, kk, 0))))
    return out


CASES = list({(t, w): (t, w, want) for t, w, want in bracket_closing() + states() + spans() + rules_kept() + bare_parts()
              + per_unit() + counted() + per_point() + other_clauses()}.values())


(test_the_probe_is_of_its_size,
 test_every_made_up_text_is_scored_as_it_says_or_is_to_check) = probe_tests(CASES, 300, 3000, digits=4)
