"""Made-up texts in the house styles of this round's readings — a requirement closed by its bare points (“严格按项目批复
内容建设的。15分”, “…完成率达到80%以上。25分”), points per item then “按项按标准得分,最多得N分”, the last points alike
counting once (“后2项积分不累加”), the 0 of a breach read as a stop (“不符合。分”), faults naming a service line by its
number (12345热线), “一级否定” and a numbered veto before the faults (“1.未确定…的一票否决。2.…扣2分”), deductions per
person-time with a grave case taking all (“出现重伤及以上事故扣全部分数,取消班组评定资格”), faults joined by commas under
one 各扣, the last fault's bare cost, and above all a title, a colon and its 分值 opening the text (“货币资金占比情况:6分。
…”), dropped by ``reading.stated_weight_dropped`` where the rest shares out or caps at those points — and their near
variants (other numerals, units, punctuation, 得/计, orderings, an extra clause a reading should not swallow), each with
what it states (a few situations and their scores) or that it is unsure (to check). Every proposal scores every
situation as the text says, or is not confident.

Confident readings found scoring wrong, and mended (44 texts, one cause in ``reading._colon_titled``, two faces):

- a situation taken for a title: “按时完成:5分。延期完成的得3分;未完成的得2分”, “一等奖:5分。二等奖得3分;三等奖得2分”,
  “全部建立:6分。建立大部分得4分;建立少部分得2分”, “资料齐全:6分。资料基本齐全得6分;资料不全得2分” (24): the best of the
  situations, its points the sum of the lesser ones' (or their best), was dropped as a title, and the rest read surely
  as points to add up (a 要点核查 of 3 + 2) or as a choice without the best. A lead saying a state met (完成, 齐全, 达标,
  建立, 健全, 按时, 全部, 未, 无 …), a prize or a rank (奖, 等, 类), or whose last word closes one of the rest's conditions
  (按时完成 … 延期完成), is the first of the situations, unless it ends with the noun of what is assessed (“制度建立情况”).
- a lead with no such word whose points the rest's add up to by chance: “研究生:5分。专科得2分;本科得3分”, “主干道:5分。
  次干道得3分;小巷得2分”, “正高:5分。中级得2分;副高得3分” (20): a title whose points the rest shares out by adding up must
  end with the noun of what is assessed (情况, 期限, 规模, 构成, 团队, 建设, 管理, 体系 …); else it is left in the text (read
  as the first of the situations, to check where the 0 is unsaid).

The other readings of this round (bare points closing a requirement or a line, 按项按标准得分, 后N项积分不累加, “不符合。
分”, service-line numbers, 一级否定 and a numbered veto, a grave case taking all, faults under one 各扣, a last bare cost)
are all to check, and their near variants here fall to readings that are to check or score as the text says. “按完成比例
计分。10分” is read surely as the 分值 times the completion: what the text says.
"""
from __future__ import annotations

from itertools import product

from tests.probe_checks import (
    Either,
    Fault,
    Faults,
    Want,
    case_test,
)
from tests.proposals import Bands, Per, Ranks, Unsure, dec

# ── a requirement closed by its bare points (ly-zhejiang) ──────────────────────────────────────────────────────────
_REQS = ["严格按项目批复内容建设的", "严格按省补助资金计划使用的", "按施工合同约定组织竣工验收", "项目建设达到计划设计要求",
         "资金管理制度、建设主体责任制度健全", "项目档案管理规范", "严格按工程设计文件施工的", "按年度实施方案推进的"]
_LINES = [("项目计划投资和任务完成率", "%"), ("资金到位率", "%"), ("培训覆盖率", "%"), ("年度工作任务完成率", "%")]


def bare_points() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for i, req in enumerate(_REQS):
        m = ["15", "10", "5", "8"][i % 4]
        r = Ranks((int(m), 0))
        out.append((f"{req}。{m}分", m, r))
        out.append((f"{req}。{m}分。", m, r))
        out.append((f"{i % 5 + 1}、{req}。{m}分", m, r))
        out.append((f"{req},{m}分", m, r))
        # the points not the 分值: to check
        out.append((f"{req}。{int(m) - 2}分", m, Unsure()))
        # an extra clause: a breach costing part of it, or judgement
        out.append((f"{req}。{m}分;擅自变更的扣{int(m) // 2}分", m, Unsure()))
        out.append((f"{req}。{m}分,视完成情况酌情扣分", m, Unsure()))
        out.append((f"{req}得{m}分,否则不得分", m, r))
    for (rate, u), (x, m) in product(_LINES, [(80, "25"), (90, "20"), (95, "10")]):
        samples = ((100, m), (x + 1, m), (x, m), (x - 1, 0), (0, 0))
        out.append((f"{rate}达到{x}{u}以上。{m}分", m, Bands(samples)))
        out.append((f"{rate}达到{x}{u}及以上。{m}分", m, Bands(samples)))
        out.append((f"{rate}不低于{x}{u}。{m}分", m, Bands(samples)))
        out.append((f"{rate}{x}{u}以上。{m}分", m, Bands(samples)))
        # the line's points then a step short of it
        out.append((f"{rate}达到{x}{u}以上。{m}分;每低1个百分点扣1分", m,
                    Bands(((100, m), (x, m), (x - 1, dec(m) - 1), (x - 3, dec(m) - 3)))))
        # two lines: to check or bands
        half = str(int(m) // 2)
        out.append((f"{rate}达到{x}{u}以上。{m}分;达到{x - 20}{u}以上。{half}分", m,
                    Either(Unsure(), Bands(((100, m), (x, m), (x - 1, half), (x - 20, half), (x - 21, 0))))))
        # a figure with no line to reach, or points not the 分值
        out.append((f"{rate}{x}{u}。{m}分", m, Unsure()))
        out.append((f"{rate}达到{x}{u}以上。{int(m) - 5}分", m, Unsure()))
    for what, (n, unit), m in product(["每年组织安全培训", "每季度开展应急演练", "组织专题学习"], [(3, "次"), (2, "次")], ["5", "4"]):
        out.append((f"{what}{n}{unit}以上。{m}分", m, Bands(((n + 2, m), (n, m), (n - 1, 0), (0, 0)))))
        out.append((f"{what}不少于{n}{unit}。{m}分", m, Bands(((n + 2, m), (n, m), (n - 1, 0), (0, 0)))))
    # a design judged, a proportion: no requirement met or not
    for m in ("10", "5"):
        out.append((f"路线设计巧妙,展陈设计新颖。{m}分", m, Unsure()))
        # (a proportion of the 分值: the completion's, or to check)
        out.append((f"按完成比例计分。{m}分", m, Either(Unsure(), Bands(((100, m), (50, dec(m) / 2), (0, 0))))))
        out.append((f"根据完成情况评分。{m}分", m, Unsure()))
    return out


# ── points per item, then “按项按标准得分,最多得N分” ──────────────────────────────────────────────────────────────────
_ITEMS = [(("设有非遗技艺展示区", "展示区"), ("定期开展传承人带徒活动", "带徒"), ("建立传承档案", "档案")),
          (("建立志愿服务台账", "台账"), ("有志愿者培训记录", "培训"), ("有服务对象回访记录", "回访")),
          (("配备专职安全员", "安全员"), ("制定应急预案", "预案"), ("开展季度演练", "演练"))]


def by_items() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for i, (((a, wa), (b, wb), (c, wc)), close) in enumerate(product(
            _ITEMS, ["按项按标准得分,最多得{m}分。", "按项得分,共{m}分。", "按项按标准得分,最多得{m}分", "按项计分,最多{m}分。"])):
        x, y, z = [(2, 3, 1), (1, 1, 2), (2, 2, 2), (3, 1, 1)][i % 4]
        m = x + y + z
        want = Faults((Fault(wa, f"-{x}", False), Fault(wb, f"-{y}", False), Fault(wc, f"-{z}", False)))
        out.append((f"{a}({x}分);{b}({y}分);{c}({z}分)。" + close.format(m=m), str(m), want))
        two = Faults((Fault(wa, f"-{x}", False), Fault(wb, f"-{y}", False)))
        out.append((f"{a}({x}分);{b}({y}分)。" + close.format(m=x + y), str(x + y), two))
        out.append((f"{a}{x}分;{b}{y}分。" + close.format(m=x + y), str(x + y), two))
        # the most short of the points' sum: a cap, the 分值 the most
        out.append((f"{a}({x}分);{b}({y}分);{c}({z}分)。" + close.format(m=m - 1), str(m - 1),
                    Faults(want.faults, base=str(m), top=str(m - 1))))
        # the most not the 分值: to check
        out.append((f"{a}({x}分);{b}({y}分);{c}({z}分)。" + close.format(m=m - 1), str(m), Unsure()))
        # an extra clause after: judgement
        out.append((f"{a}({x}分);{b}({y}分)。按项按标准得分,最多得{x + y}分,工作突出的酌情加分", str(x + y), Unsure()))
    return out


# ── the last points alike count once (“后N项积分不累加”) ───────────────────────────────────────────────────────────
_AWARDS = [("获评市级消防示范单位", "市级消防"), ("获评区级消防示范单位", "区级消防"), ("获评县级平安单位", "县级平安"),
           ("通过质量管理体系认证", "体系认证")]


def last_once() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for i, (close, (x, y, z)) in enumerate(product(
            ["后{k}项积分不累加。", "后{k}项不重复计分", "其中后{k}项得分不累计。", "后{k}项积分不叠加"],
            [(2, 4, 2), (1, 3, 1), (2, 2, 3)])):
        a, b = "建立消防安全责任制", "配齐消防器材"
        awards = _AWARDS[: 2 + i % 2]
        k = len(awards)
        body = f"{a}({x}分);{b}({y}分);" + ";".join(f"{w}({z}分)" for w, _ in awards) + "。"
        m = x + y + z
        want = Faults((Fault("责任制", f"-{x}", False), Fault("器材", f"-{y}", False),
                       Fault("|".join(s for _, s in awards), f"-{z}", False)))
        out.append((body + close.format(k=k), str(m), want))
        # the points unequal: the higher unsaid, to check
        uneq = body.replace(f"{awards[-1][0]}({z}分)", f"{awards[-1][0]}({z + 1}分)")
        out.append((uneq + close.format(k=k), str(m), Unsure()))
        # the 分值 counting each: to check (the text says once)
        out.append((body + close.format(k=k), str(m + z), Unsure()))
        # the count past the points alike
        out.append((body + close.format(k=k + 1), str(m), Unsure()))
    return out


# ── “不符合。分”: the 0 read as a stop ──────────────────────────────────────────────────────────────────────────────
def stop_zero() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (yes, no), m in product([("符合", "不符合"), ("达标", "未达到"), ("有", "无"), ("签订", "未签订")], ["1", "2", "3"]):
        out.append((f"{yes}{m}分,{no}。分", m, Ranks((int(m), 0))))
        out.append((f"{yes}{m}分,{no}。分。", m, Ranks((int(m), 0))))
        out.append((f"{yes}{m}分,基本{yes}1分,{no}。分", m, Either(Unsure(), Ranks((int(m), 1, 0))) if m != "1" else Unsure()))
        out.append((f"{yes}{m}分,{no}。分管领导负责整改", m, Unsure()))
    return out


# ── faults naming a service line by its number ───────────────────────────────────────────────────────────────────
_LINES12 = ["12345热线", "12345平台", "12315投诉", "96345服务"]


def hotlines() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for line, (x, y) in product(_LINES12, [("1", "1"), ("0.5", "1"), ("2", "1")]):
        m = str(dec(x) + dec(y))
        out.append((f"各镇街成立{line}工作专班,明确专人负责工单转办和督办。未成立{line}工作专班的,扣{x}分;未明确专人负责的,扣{y}分。",
                    m, Faults((Fault("专班", f"-{x}", False), Fault("专人", f"-{y}", False)))))
        out.append((f"未按时办结{line}工单的,扣{x}分;未及时回访群众的,扣{y}分。", m,
                    Either(Faults((Fault("办结", f"-{x}", False), Fault("回访", f"-{y}", False))),
                           Faults((Fault("办结", f"-{x}", True), Fault("回访", f"-{y}", True))))))
        out.append((f"{line}工单每超时办结1件扣{x}分", m, Per(x)))
        out.append((f"{line}工单超时办结的,每件扣{x}分,扣完为止", m, Per(x)))
        out.append((f"{line}工单按时办结率达到90%以上得{m}分,否则不得分", m,
                    Bands(((100, m), (90, m), (89, 0)))))
        out.append((f"未使用{line}统一标识的,扣{m}分", m, Ranks((dec(m), 0))))
    return out


# ── “一级否定”; a numbered veto before the faults (nmg, yl-shanghai) ───────────────────────────────────────────────
_VETO = [("无该项制度的", "未以文件形式发布生效的"), ("未建立隐患排查治理台账的", "台账未经审批的"),
         ("无应急预案的", "预案未备案的")]


def vetoes() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (v1, v2), (x, y) in product(_VETO, [("2", "2"), ("3", "1"), ("1", "1")]):
        m = str(int(x) + int(y) + 4)
        out.append((f"{v1},一级否定;{v2},一级否定;检查记录不完整的,扣{x}分;未明确责任人的,扣{y}分。", m, Unsure()))
        out.append((f"{v1},一级否定;检查记录不完整的,扣{x}分;", m, Unsure()))
        out.append((f"{v1},1级否定;检查记录不完整的,扣{x}分;", m, Unsure()))
        # a numbered veto of the whole assessment, the faults after (to check), or the row's own zero
        w = str(int(x) + int(y))
        out.append((f"1.{v1[:-1]}的一票否决。2.未制定管理制度的扣{x}分。3.制度或人员职责不完善的扣{y}分。", w, Unsure()))
        out.append((f"1.{v1[:-1]}的一票否决。2.未制定管理制度的扣{x}分。3.制度或人员职责不完善的扣{y}分。", m, Unsure()))
        gate = Faults((Fault(v1[1:5], "0", False), Fault("管理制度", f"-{x}", None), Fault("不完善", f"-{y}", None)))
        out.append((f"1.{v1[:-1]}的一票否决,该项不得分。2.未制定管理制度的扣{x}分。3.制度或人员职责不完善的扣{y}分。", w,
                    Either(Unsure(), gate)))
        out.append((f"{v1[:-1]}的,该项不得分;未制定管理制度的扣{x}分;制度或人员职责不完善的扣{y}分。", w,
                    Either(Unsure(), gate)))
        # a grade of work named 一级, no veto
        out.append((f"未按规定开展一级保养的,扣{x}分;保养记录不完整的,扣{y}分;", w,
                    Either(Faults((Fault("一级保养", f"-{x}", False), Fault("保养记录", f"-{y}", False))),
                           Faults((Fault("一级保养", f"-{x}", True), Fault("保养记录", f"-{y}", True))))))
    return out


# ── deductions per person-time, a grave case taking all (bzjs) ───────────────────────────────────────────────────
_GRAVE = [("重伤及以上事故", "出现重伤及以上事故扣全部分数,取消班组评定资格。"),
          ("重伤以上事故", "发生重伤以上事故扣除全部分值"),
          ("重伤及以上事故", "出现重伤及以上事故的,本项不得分。"),
          ("较大及以上事故", "发生较大及以上事故的,扣全部分数,取消年度评优资格。")]


def grave() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (g, close), (a, x, y, m), sep in product(_GRAVE, [("“三违”", "5", "10", "25"), ("违章操作", "3", "6", "20"),
                                                          ("违章指挥", "2", "5", "15")], ["。 ", ";"]):
        want = Faults((Fault(a.strip("“”")[:4], f"-{x}", True), Fault("轻伤", f"-{y}", True), Fault(g[:2], "0", False)))
        out.append((f"{a}一人次扣{x}分{sep}轻伤事故按一人次扣{y}分{sep}{close}", m, want))
        out.append((f"{a}每人次扣{x}分{sep}轻伤事故每人次扣{y}分{sep}{close}", m, want))
        # a grade left to judge: no gate
        out.append((f"{a}每人次扣{x}分{sep}轻伤事故每人次扣{y}分{sep}出现{g}视情节扣分", m, Unsure()))
        # the grave case costing points of its own, per case
        out.append((f"{a}每人次扣{x}分{sep}出现{g}每起扣{y}分", m,
                    Faults((Fault(a.strip("“”")[:4], f"-{x}", True), Fault(g[:2], f"-{y}", True)))))
    for lvl, (x, m) in product(["县级以上", "市级以上", "公司及以上", "省级及以上"], [("1", "5"), ("0.5", "3")]):
        out.append((f"工单超时办结每件扣{x}分;受到{lvl}通报批评的,本项不得分", m,
                    Faults((Fault("超时", f"-{x}", True), Fault("通报", "0", False)))))
        out.append((f"发生越级上访的每次扣{x}分;发生{lvl}越级上访的,不得分", m, Unsure()))
        out.append((f"工单超时办结每件扣{x}分;受到3次以上通报批评的,本项不得分", m, Unsure()))
    return out


# ── faults joined by commas under one 各扣; the last fault's cost said bare ──────────────────────────────────────────
def joined() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (x, y, z) in [("3", "2", "2"), ("2", "1", "1"), ("4", "2", "1")]:
        m = str(int(x) + int(y) + 2 * int(z))
        once = Faults((Fault("消防器材", f"-{x}", False), Fault("警示标志", f"-{y}", False), Fault("值班人员", f"-{z}", False),
                       Fault("值班记录", f"-{z}", False)))
        out.append((f"仓库没有消防器材的扣{x}分仓库门口没有警示标志的扣{y}分值班室没有值班人员,没有值班记录的各扣{z}分", m, once))
        out.append((f"仓库没有消防器材的扣{x}分;仓库门口没有警示标志的扣{y}分;值班室没有值班人员,没有值班记录的各扣{z}分。", m, once))
        out.append((f"仓库没有消防器材的扣{x}分;仓库门口没有警示标志的扣{y}分;值班室没有值班人员、没有值班记录的各扣{z}分。", m, once))
        # a clause naming no fault: no list
        out.append((f"仓库没有消防器材的扣{x}分按要求检查,没有值班记录的各扣{z}分", m, Unsure()))
        # the last cost said bare
        m2 = str(int(x) + int(y) + int(z) + 1)
        last = Faults((Fault("桌面", f"-{x}", None), Fault("纸屑", f"-{y}", None), Fault("门窗", f"-{z}", None),
                       Fault("污渍", "-1", None)))
        out.append((f"桌面不整洁扣{x}分;地面有纸屑扣{y}分;门窗不干净扣{z}分;墙面有污渍1分。", m2, Either(Unsure(), last)))
        out.append((f"桌面不整洁扣{x}分;地面有纸屑扣{y}分;门窗不干净扣{z}分;墙面有污渍1分。", str(int(m2) + 2), Unsure()))
        out.append((f"桌面不整洁扣{x}分;地面有纸屑扣{y}分;门窗不干净扣{z}分;墙面无污渍得1分。", m2, Unsure()))
        out.append((f"桌面不整洁每处扣{x}分;地面有纸屑每处扣{y}分;门窗不干净每处扣{z}分;墙面有污渍1分。", m2, Unsure()))
    return out


# ── a title, a colon and its 分值 opening the text (sd-sjxydbjg), and situations never taken for one ─────────────────
_TITLES = ["制度和组织机构建设情况", "专业的经营管理团队", "内部管理情况", "风险管理体系"]
_POINTS3 = [("风险控制制度完善操作性强", "控制制度"), ("内部各项管理制度健全", "内部各项"), ("组织机构健全,部门设置合理", "部门设置")]


def colon_titles() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for i, (title, (x, y, z), end) in enumerate(product(_TITLES, [(1, 1, 2), (2, 2, 2), (1, 2, 3)], ["。", ";"])):
        m = x + y + z
        (a, wa), (b, wb), (c, wc) = _POINTS3
        want = Faults((Fault(wa, f"-{x}", False), Fault(wb, f"-{y}", False), Fault(wc, f"-{z}", False)))
        lead = ["", "5、", "(2)", "二、"][i % 4]
        out.append((f"{lead}{title}:{m}分{end}{a}的得{x}分;{b}的得{y}分;{c}的得{z}分。", str(m), want))
        out.append((f"{lead}{title}:{m}分{end}{a}得{x}分;{b}得{y}分;{c}得{z}分", str(m), want))
        out.append((f"{lead}{title}:{m}分{end}{a}的计{x}分;{b}的计{y}分;{c}的计{z}分。", str(m), want))
        # the title's points not the 分值, nor the rest's: to check
        out.append((f"{lead}{title}:{m + 2}分{end}{a}的得{x}分;{b}的得{y}分;{c}的得{z}分。", str(m), Unsure()))
        out.append((f"{lead}{title}:{m}分{end}{a}的得{x}分;{b}的得{y}分;{c}的得{z + 1}分。", str(m), Unsure()))
        # situations, the best first, after a title
        out.append((f"{lead}{title}:4分{end}{a}的得4分;{b}的得2分;{c}的得1分。", "4", Ranks((4, 2, 1))))
        # deductions after a title
        out.append((f"{lead}{title}:{m}分{end}未{a[:4]}扣{x}分;{b[:4]}不健全扣{y}分;未{c[4:8]}扣{z}分。", str(m),
                    Either(Unsure(), Faults((Fault(a[:4], f"-{x}", None), Fault(b[:4], f"-{y}", None), Fault(c[4:8], f"-{z}", None))))))
    for title, (l1, l2, l3), m in product(["成立期限", "经营年限", "从业年限"], [(3, 5, 8), (2, 4, 6)], ["6", "3"]):
        s = [dec(m) / 3, dec(m) * 2 / 3, dec(m)]
        ss = [str(v.normalize()) for v in s]
        out.append((f"1、{title}:{m}分。成立并正常经营满{l1}年的得{ss[0]}分;满{l2}年的得{ss[1]}分;满{l3}年以上的得{ss[2]}分。", m,
                    Bands(((l1, ss[0]), (l2 - 0.5, ss[0]), (l2, ss[1]), (l3, ss[2]), (l3 + 5, ss[2]), (l1 - 1, 0)))))
    for title, m, (c, step, pts) in product(["实收资本规模", "注册资本规模"], ["6", "8"], [("5000", "1000", "0.5"), ("3000", "500", "1")]):
        out.append((f"2、{title}:{m}分。实收资本达到{c}万元(含)得1分;实收资本超过{c}万元,每增加{step}万元加{pts}分;得分最高不超过{m}分。",
                    m, Unsure()))
    # situations opening with a colon: never a title
    situations = [("按时完成", "延期完成的", "未完成的", (5, 3, 2)), ("一等奖", "二等奖", "三等奖", (5, 3, 2)),
                  ("资料齐全", "资料基本齐全", "资料不全", (6, 4, 2)), ("全部达标", "部分达标", "个别达标", (4, 3, 1)),
                  ("按时上报", "迟报1天内", "迟报3天内", (4, 3, 1)), ("制度健全", "制度基本健全", "制度不健全", (3, 2, 1)),
                  ("全部建立", "建立大部分", "建立少部分", (6, 4, 2)), ("考核合格", "考核基本合格", "考核不合格", (5, 3, 2))]
    for (s1, s2, s3, (p1, p2, p3)), verb in product(situations, ["得", "计"]):
        r = Ranks((p1, p2, p3))
        out.append((f"{s1}:{p1}分。{s2}{verb}{p2}分;{s3}{verb}{p3}分。", str(p1), r))
        out.append((f"{s1}:{p1}分;{s2}{verb}{p2}分;{s3}{verb}{p3}分", str(p1), r))
        out.append((f"{s1}:{p1}分。{s3}{verb}{p3}分;{s2}{verb}{p2}分。", str(p1), r))
        # the best of the rest the lead's points
        out.append((f"{s1}:{p1}分。{s2}{verb}{p1}分;{s3}{verb}{p3}分。", str(p1), Either(Unsure(), Ranks((p1, p1, p3)))))
        # a cap the lead's points
        out.append((f"{s1}:{p1}分。{s2}{verb}{p2}分;{s3}{verb}{p3}分;最高不超过{p1}分。", str(p1), Either(Unsure(), r)))
        # with a zero last
        out.append((f"{s1}:{p1}分。{s2}{verb}{p2}分;{s3}{verb}{p3}分;未开展的不得分。", str(p1),
                    Either(Unsure(), Ranks((p1, p2, p3, 0)))))
    # titles naming what is assessed, with words of a state before their noun; leads of a ladder with no such noun
    for title, (x, y) in product(["制度建立情况", "培训开展情况", "资料完整程度", "安全生产管理", "项目管理团队"], [(3, 2), (2, 2)]):
        out.append((f"{title}:{x + y}分。建立制度的得{x}分;配备专人的得{y}分。", str(x + y),
                    Faults((Fault("制度", f"-{x}", False), Fault("专人", f"-{y}", False)))))
        out.append((f"{title}:{x + y}分。建立制度的得{x + y}分;配备专人的得{y}分。", str(x + y), Unsure()))
    for (s1, s2, s3), (p1, p2, p3) in product([("研究生", "本科", "专科"), ("本科", "大专", "中专"), ("主干道", "次干道", "小巷"),
                                               ("国家标准", "行业标准", "企业标准"), ("正高", "副高", "中级")],
                                              [(5, 3, 2), (4, 3, 1)]):
        r = Ranks((p1, p2, p3))
        out.append((f"{s1}:{p1}分。{s2}得{p2}分;{s3}得{p3}分。", str(p1), r))
        out.append((f"{s1}:{p1}分。{s3}得{p3}分;{s2}得{p2}分。", str(p1), r))
        out.append((f"{s1}:{p1}分;{s2}得{p2}分;{s3}得{p3}分;其他不得分", str(p1), Either(Unsure(), Ranks((p1, p2, p3, 0)))))
    return out


CASES = bare_points() + by_items() + last_once() + stop_zero() + hotlines() + vetoes() + grave() + joined() + colon_titles()


def test_the_probe_is_of_its_size():
    assert 300 <= len(CASES) <= 1400


test_every_made_up_text_is_scored_as_it_says_or_is_to_check = case_test(CASES)

