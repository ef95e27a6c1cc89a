"""Made-up texts in the house styles of this round's readings — supplier grades with bare scores, points written with
their sign (+N分, -N分/次, 0分), faults with a bracketed minus cost ((-5)), attendance deductions with a base and a cap,
construction-site 扣分标准 clauses run on without a stop, 扣3分每人次, 扣除2 without 分, “有…但缺少…扣3分;无…不得分”, degrees
of a state (较厚, 严重, 轻微), 全部扣除 — and their near variants (other numerals, units, punctuation, 得/计/给/加/+,
orderings, an extra clause a reading should not swallow), each with what it states (a few situations and their scores)
or that it is unsure (to check). Every proposal scores every situation as the text says, or is not confident.

Confident readings found scoring wrong, and mended:

- a fault said again only by how many or how widely it is found, after the fault itself (“未设底座扣5分,多处扣8分”,
  “…;再次出现扣8分”, “普遍存在的扣8分”, “问题较多的扣8分”, “资料不全扣2分,大部分缺失扣5分”, “未设底座一处扣5分,多处扣8分”):
  read as two faults adding up (both ticked: 5 + 8 off, where the text means 8 in all, or 5 for one place and 8 for
  many); the graver case of the same fault is now a doubt of the deducting formula (``formula.overlapping_faults``,
  ``_MANY_OF``), as a graver degree (严重, 情节) already was, where the graver case is found or not (one counted per
  case, “再次未按时报送每次扣2分”, is a fault of its own) (67 texts of the probe).
- situations short of the full one that are each a different thing lacking (“资料齐全得5分,缺少任命文件得3分,缺少培训记录得2分”,
  “有方案有记录得5分,无方案得3分,无记录得2分”, “…制度未上墙(3分)无考核记录(2分)…”): read as situations to pick one of,
  sure, though both may be lacking and the text does not say what that scores (the checklist reading, 0 when both
  are lacking, is as fair); now a doubt of any reading of them as a 情形选择 (``choice.lacks_apart``, in
  ``reading_doubts``: a reading that drops it would otherwise be confirmed by one that does not), never of a
  combination that says what it has beside what it lacks (“有方案无记录”), nor of a lack and a degree or the same
  thing within it (28 texts of the probe).
"""
from __future__ import annotations

from decimal import Decimal
from itertools import product

import pytest

from services.frameworks.proposal import propose
from tests.probe_checks import Fault, Faults, case_test
from tests.proposals import Bands, Once, Per, Ranks, Unsure

# ── what a text states ───────────────────────────────────────────────────────────────────────────────────────
Want = Per | Once | Ranks | Bands | Faults | Unsure




_CN = {"0.5": "0.5", "1": "一", "2": "两", "3": "三", "4": "四", "5": "五", "6": "六", "8": "八", "10": "十"}


# ── supplier grades, each followed by a bare score (a table's cells joined by spaces) ─────────────────────────────
_GRADES = [
    (("100%如期交货", "存在1-2次供货不及时情况", "存在3次以上供货不及时情况", "多次供货不及时或严重违反交期"), (10, 7, 5, 0)),
    (("满意", "不满意"), (5, 0)),
    (("供应商经常主动联系我方", "供应商偶尔主动联系我方", "供应商基本不主动联系我方"), (5, 3, 0)),
    (("100%数量准确", "存在1-2次数量不准确情况", "存在3次以上数量不准确情况", "多次数量不符或造成严重影响"), (7, 5, 1, 0)),
    (("送达订单指定收货地点", "出现两次以上未送达指定地点"), (5, 0)),
    (("响应及时", "响应一般", "响应迟缓"), (6, 3, 0)),
    (("资料齐全规范", "资料基本齐全", "资料缺失较多"), (4, 2, 0)),
]
_GRADE_SEP = [(" {s} ", ""), ("\u3000{s}\u3000", ""), (" {s}分 ", ""), ("{s}分;", ""), ("得{s}分;", ""), (" {s}分\u3000", "")]


def grades() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (labels, pts), (sep, _x) in product(_GRADES, _GRADE_SEP):
        text = "".join(lab + sep.format(s=p) for lab, p in zip(labels, pts)).strip(" ;\u3000")
        out.append((text, str(pts[0]), Ranks(pts)))
        if len(labels) > 2:  # the lowest grade left out: nothing of it said
            short = "".join(lab + sep.format(s=p) for lab, p in zip(labels[:-1], pts[:-1])).strip(" ;\u3000")
            out.append((short, str(pts[0]), Ranks(pts[:-1])))
        # a grade that does not apply, no score for it
        out.append((text + " 尚未发生 不适用", str(pts[0]), Unsure()))
    days = ["1天内 {a} 2天内 {b} 3天内 {c} 超过3天 0", "1天内{a}分 2天内{b}分 3天内{c}分 超过3天0分",
            "1天内得{a}分;2天内得{b}分;3天内得{c}分;超过3天不得分"]
    for form in days:
        for a, b, c in ((10, 7, 5), (8, 6, 2)):
            out.append((form.format(a=a, b=b, c=c), str(a),
                        Bands(((0.5, a), (1, a), (1.5, b), (2, b), (2.5, c), (3, c), (4, 0), (9, 0)))))
    out += [
        ("24小时内 10 2天内 7 3天内 5 3天后到达 0", "10", Unsure()),
        ("包装100%符合要求 8 99%符合要求 3 符合要求不足99% 0", "8", Unsure()),
        ("满意 5 基本满意 不满意 0", "5", Unsure()),
        ("满意 5 不满意 0 未评价 3", "5", Unsure()),
    ]
    return out


# ── points written with their sign: +N分, -N分/次 (最多扣N分), 0分 ────────────────────────────────────────────────
_SIGN_TWO = [("重点出版物能够按期交付", "未按约定时间交付并造成重大影响和损失"), ("产品质量全部合格", "出现重大质量事故"),
             ("按时足额供货", "供货中断造成停产"), ("全年无安全事故", "发生较大安全事故")]
_SIGN_PER = [("未受到环保部门行政处罚", "受到环保部门行政处罚", "次"), ("未受到执法部门处罚", "受到执法部门处罚", "次"),
             ("抽检全部合格", "单册质量不合格", "种"), ("未被客户投诉", "被客户有效投诉", "次")]


def signed() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for i, (a, b) in enumerate(_SIGN_TWO):
        for m in ("10", "5", "8"):
            out.append((f"{a}+{m}分{b}0分", m, Ranks((int(m), 0))))
            k = str(int(m) // 2)
            out.append((f"{a}+{m}分{a[:2]}基本到位+{k}分{b}0分", m, Ranks((int(m), int(k), 0))))
    for i, ((good, bad, u), m, k) in enumerate(product(_SIGN_PER, ("10", "6"), ("2", "1"))):
        cap = ["最多扣{m}分", "最多扣{c}分", "", "最多扣{m}分"][i % 4].format(m=m, c=int(m) // 2)
        off = str(int(m) // 2) if "最多扣" in cap and cap != f"最多扣{m}分" else None
        unit = [f"/{u}", f"/1{u}", f"/{u}", f"/{u}"][i % 4]
        word = bad[-4:]
        out.append((f"{good}+{m}分{bad}-{k}分{unit}{cap}", m, Faults((Fault(word, f"-{k}", True),), off=off)))
        out.append((f"{good}+{m}分{bad}-{k}分{unit}{cap}被处罚且进入黑名单0分", m,
                    Faults((Fault(word, f"-{k}", True), Fault("黑名单", "0", False)), off=off)))
    grades_ = [("减排绩效分级A级+{a}分减排绩效分级B级+{b}分减排绩效分级C级+{c}分", 3),
               ("信用等级AAA级+{a}分信用等级AA级+{b}分信用等级A级+{c}分", 3),
               ("前五名+{a}分,六至十名+{b}分,十一至十五名+{c}分,十五名以后0分", 4)]
    for form, n in grades_:
        for a, b, c in ((10, 5, 2), (6, 4, 1)):
            out.append((form.format(a=a, b=b, c=c), str(a), Ranks((a, b, c, 0) if n == 4 else (a, b, c))))
    out += [
        ("每开展活动1次+2分,本项最高6分", "6", Faults((Fault("活动", "+2", True),), base="0")),
        ("能够按期交付+10分未按期交付-5分", "10", Ranks((10, 5))),
        ("能够按期交付+10分其他情况酌情给分", "10", Unsure()),
        ("能够按期交付+10分", "10", Unsure()),
        ("按期交付+10分逾期交付-2分/天最多扣10分", "10", Per("2")),
        ("得分=基础分+10分-扣分", "10", Unsure()),
    ]
    return out


# ── faults each with a bracketed minus cost (a 质检 sheet) ─────────────────────────────────────────────────────
_BRACKET_FAULTS = [("未恰当称呼客户", "未使用规范开头语", "沟通中使用禁语"), ("反问客户", "质问客户或与客户争辩", "突然插话抢话"),
                   ("语气语调冷淡", "服务不主动", "出现轻视客户语言"), ("流程执行错误", "业务登记错误", "遗漏客户诉求")]
_BRACKET_COST = ["({n})", "(-{n}分)", "（-{n}）", "(-{n})"]


def bracketed() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for i, (faults, form) in enumerate(product(_BRACKET_FAULTS, _BRACKET_COST)):
        costs = [("5", "5", "5"), ("5", "5", "10"), ("10", "10", "10"), ("2", "3", "5")][i % 4]
        m = ["10", "10", "10", "5"][i % 4]
        minus = form if "-" in form else "(-{n})"
        sep = ["", "", ";", ""][i % 4]
        text = sep.join(f + minus.format(n=c) for f, c in zip(faults, costs))
        out.append((text, m, Faults(tuple(Fault(f[:4], f"-{c}", None) for f, c in zip(faults, costs)))))
        # an example in brackets after a cost
        ex = faults[0] + minus.format(n=costs[0]) + "(例:喂、这个、那个)" + faults[1] + minus.format(n=costs[1])
        out.append((ex, m, Faults(tuple(Fault(f[:4], f"-{c}", None) for f, c in zip(faults[:2], costs[:2])))))
        # one fault alone
        out.append((faults[1] + minus.format(n=m), m, Faults((Fault(faults[1][:4], f"-{m}", None),))))
    out += [
        ("由于服务态度引起用户不满、抱怨的(-35)", "35", Faults((Fault("服务态度", "-35", None),))),
        ("通话中保持在(-5)℃", "5", Unsure()),
        ("未恰当称呼客户(-5%)", "5", Unsure()),
        ("得10分,未恰当称呼客户(-5)", "10", Unsure()),
        ("未恰当称呼客户(-5)未使用规范开头语(+5)", "10", Unsure()),
    ]
    return out


# ── attendance: deductions per case, a base and a cap ────────────────────────────────────────────────────────
_ATT = [("迟到", "旷工", "参加例会"), ("早退", "无故缺勤", "会上积极发言"), ("病假", "脱岗", "参加基地主管会"),
        ("换班", "睡班", "组织活动")]
_ATT_FORMS = [
    ("{a}一次扣{x}分;{b}一次扣{y}分。基本分为{m}分。", "base"),
    ("{a}扣{x}分/次,{b}扣{y}分/次,扣完为止。", "plain"),
    ("{a}的扣{x}分每次,{b}的扣{y}分每次,扣完为止。", "plain"),
    ("1.{a}扣{x}分/次。2.{b}扣{y}分/次。3.此项基本分为{m}分,无加分,累计不低于0分。", "base"),
    ("{a}每次扣{x}分,{b}每次扣{y}分,扣完为止", "plain"),
]
_ATT_PLUS = [
    ("1.{a}扣{x}分/次。2.{b}扣{y}分/次。3.{c}加{z}分/次。4.此项基本分为{b0}分,累计不超过{m}分。", "based"),
    ("{a}一次扣{x}分,{b}一次扣{y}分,{c}一次加{z}分。", "whole"),
    ("总分共计{m}分,{a}一次扣{x}分,{b}一次扣{y}分,{c}一次加{z}分。", "whole"),
]


def attendance() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for i, ((a, b, c), (form, kind)) in enumerate(product(_ATT, _ATT_FORMS)):
        x, y, m = [("1", "5", "10"), ("2", "3", "10"), ("0.5", "2", "5"), ("1", "2", "8")][i % 4]
        text = form.format(a=a, b=b, x=x, y=y, m=m)
        out.append((text, m, Faults((Fault(a, f"-{x}", True), Fault(b, f"-{y}", True)))))
    for i, ((a, b, c), (form, kind)) in enumerate(product(_ATT, _ATT_PLUS)):
        x, y, z, m, b0 = [("1", "5", "2", "10", "10"), ("2", "1", "2", "8", "0"), ("2", "3", "2", "10", "5"),
                          ("1", "2", "1", "6", "3")][i % 4]
        text = form.format(a=a, b=b, c=c, x=x, y=y, z=z, m=m, b0=b0)
        base = b0 if kind == "based" else None
        out.append((text, m, Faults((Fault(a, f"-{x}", True), Fault(b, f"-{y}", True), Fault(c, f"+{z}", True)), base=base)))
    out += [
        ("1.参加基地主管会加2分/次。2.会上积极发言加2分/次。3.此项基本分为0分,累计不超过10分。", "10",
         Faults((Fault("主管会", "+2", True), Fault("发言", "+2", True)), base="0")),
        ("迟到一次扣1分;旷工一次扣5分。基本分为8分。", "10",
         Faults((Fault("迟到", "-1", True), Fault("旷工", "-5", True)), base="8")),
        ("迟到一次扣1分;旷工一次扣5分;造成财物损失,扣5-10分。基本分为10分。", "10", Unsure()),
        ("迟到两次内不扣分;迟到三次扣20分;迟到四次扣30分,以此类推。", "100", Unsure()),
        ("值班时出现迟到情况,因紧急事情请假者:一次扣1分;无通知者:一次扣2分。基本分为10分。", "10",
         Faults((Fault("请假", "-1", True), Fault("无通知", "-2", True)))),
    ]
    return out


# ── a construction site's 扣分标准: faults run on without a stop, spaced figures, a distance line ────────────────────
_SITE = [("未建立安全生产责任制", "未制定各工种安全技术操作规程", "未按规定配备专职安全员", "管理人员责任制考核不合格"),
         ("平刨安装后未履行验收程序", "未设置护手安全装置", "传动部位未设置防护罩", "未设置安全作业棚"),
         ("施工现场进出口无大门", "无门卫制度", "进入施工现场不佩戴工作卡", "门头未设置企业标志"),
         ("工地地面未做硬化处理", "道路不畅通", "无排水设施", "工地有积水"),
         ("脚手架基础不平", "脚手架底部不加扫地杆", "未办理分段验收手续", "无交底记录")]
_SITE_JOIN = ["{f}的扣{n}分", "{f}扣 {n} 分", "{f},扣{n}分", "{f}的,扣{n}分", "{f}扣{n}分.", "{f}扣{n}分;"]


def site() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for i, (faults, join) in enumerate(product(_SITE, _SITE_JOIN)):
        costs, m = [(("10", "5", "5", "3"), "10"), (("5", "5", "3", "2"), "10"), (("3", "3", "3", "1"), "10"),
                    (("4", "4", "2", "2"), "8")][i % 4]
        n = [4, 3, 2, 4][i % 3]
        text = "".join(join.format(f=f, n=c) for f, c in zip(faults[:n], costs[:n]))
        out.append((text, m, Faults(tuple(Fault(f[-5:], f"-{c}", None) for f, c in zip(faults[:n], costs[:n])))))
        # a fault counted per place among them
        each = f"{faults[0]}{join.format(f='', n=costs[0])}电缆拖地每处扣2分" + "".join(
            join.format(f=f, n=c) for f, c in zip(faults[1:3], costs[1:3]))
        out.append((each, m, Faults((Fault(faults[0][-5:], f"-{costs[0]}", None), Fault("电缆拖地", "-2", True))
                                    + tuple(Fault(f[-5:], f"-{c}", None) for f, c in zip(faults[1:3], costs[1:3])))))
        if i % 3 == 0:  # a range of points for a fault: the assessor's judgement within it
            out.append((text + f"{faults[-1]}扣 2 — 4 分", m, Unsure()))
    distances = [("围护距离小于1米", "正面未封闭设施"), ("离墙大于10cm以上", "脚手板不牢"), ("与槽边距离小于2米", "无警示标志"),
                 ("防护栏杆高度低于1.2m", "无挡脚板")]
    for (a, b), (x, y, m) in product(distances, [("1", "1", "2"), ("2", "3", "5")]):
        for form in ("{a},扣{x};{b},扣{y}。", "{a}的扣{x}分{b}的扣{y}分", "{a},扣除{x};{b},扣除{y}分。"):
            out.append((form.format(a=a, b=b, x=x, y=y), m, Faults((Fault(a[-4:], f"-{x}", None), Fault(b[-4:], f"-{y}", None)))))
    out += [
        ("在建工程外侧未用密目安全网封闭的,扣25分安全网规格、材质不符合要求的,扣25分", "25",
         Faults((Fault("密目安全网封闭", "-25", None), Fault("材质不符合要求", "-25", None)))),
        ("未设置围挡扣5分围挡不坚固扣3分,扣完为止", "8", Faults((Fault("未设置围挡", "-5", None), Fault("围挡不坚固", "-3", None)))),
        ("未设置围挡扣5分围挡扣完为止", "8", Unsure()),
        ("未设置围挡扣5分并通报批评", "8", Faults((Fault("未设置围挡", "-5", None),))),
        ("未设置围挡扣5分以上", "8", Unsure()),
    ]
    return out


# ── a deduction per 人次 said after its points, 扣除 without 分 ──────────────────────────────────────────────────
_PER_PERSON = [("教师无故旷课", "人次"), ("学生未按时返校", "人次"), ("员工违规操作", "次"), ("值班人员脱岗", "人次"),
               ("车辆未按规定停放", "辆")]


def per_person() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for i, ((f, u), stop) in enumerate(product(_PER_PERSON, [",扣完为止", ";扣完为止。", ",最多扣{c}分", "。本项扣完为止"])):
        n, m = [("3", "10"), ("1", "5"), ("0.5", "4"), ("2", "10")][i % 4]
        c = str(int(m) // 2)
        out.append((f"{f}扣{n}分每{u}" + stop.format(c=c), m, Per(n, c if "最多" in stop else None)))
        if "扣完为止" in stop:  # an extra clause zeroing the row
            out.append((f"{f}扣{n}分每{u}" + stop.replace("扣完为止", "扣完为止;弄虚作假的本项不得分"), m,
                        Faults((Fault(f[-4:], f"-{n}", True), Fault("弄虚作假", "0", False)))))
    for i, ((f, u), (g, v)) in enumerate(zip(_PER_PERSON, _PER_PERSON[1:] + _PER_PERSON[:1])):
        a, b = [("2", "5"), ("1", "3"), ("0.5", "1")][i % 3]
        out.append((f"{f}扣{a}分每{u},{g}扣{b}分每{v},扣完为止", "10",
                    Faults((Fault(f[-4:], f"-{a}", True), Fault(g[-4:], f"-{b}", True)))))
    nounit = [("申请表中规定内容丢项", "每项扣{n}"), ("主要危险因素未写全面", "每项扣{n}"), ("签认不全", "每缺少一处扣{n}"),
              ("设施名称有涂改", "每处扣除{n}")]
    for i, ((f, each), stop) in enumerate(product(nounit, [";。", ";扣完为止。", ",扣完为止"])):
        n, m = [("0.5", "3"), ("1", "4"), ("0.25", "2")][i % 3]
        out.append((f"{f},{each.format(n=n)}{stop}", m, Per(n)))
    lone = [("未提供气体检测仪检定证明", "未配备应急抢险装备"), ("未提供气瓶年检证明", "未设置警戒区"), ("无作业审批单", "无监护人")]
    for (a, b), (x, y, m) in product(lone, [("2", "2", "4"), ("2", "0.5", "4"), ("1", "1", "3")]):
        out.append((f"{a},扣除{x};{b},扣除{y}分;", m, Faults((Fault(a[-4:], f"-{x}", None), Fault(b[-4:], f"-{y}", None)))))
        out.append((f"{a},扣除{x};{b},每项扣除{y}分。", m, Faults((Fault(a[-4:], f"-{x}", None), Fault(b[-4:], f"-{y}", True)))))
    out += [
        ("未提供检定证明,扣除2名", "4", Unsure()),
        ("未提供检定证明,扣除2%", "4", Unsure()),
        ("未提供检定证明,扣除2次", "4", Unsure()),
        ("教师无故旷课扣3分每人次以上", "10", Unsure()),
        ("教师无故旷课扣3分每人次每天", "10", Unsure()),
    ]
    return out


# ── a thing there but lacking beside it not there; degrees of a state ──────────────────────────────────────────────
_HAS_BUT = [("作业现场有专(兼)职安全员,但缺少任命文件", "作业现场无专(兼)职安全员"),
            ("配备了专(兼)职安全技术管理人员,但缺少任命文件", "未配备"),
            ("有应急预案,但缺少演练记录", "无应急预案"), ("建立了台账,但记录不完整", "未建立台账"),
            ("尾矿特种作业人员数量不能满足工作要求", "无尾矿特种作业人员")]


def has_but() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for i, ((a, b), lead) in enumerate(product(_HAS_BUT, ["", "现场检查。", "查资料。"])):
        k, m = [("3", "5"), ("2", "4"), ("1", "3")][i % 3]
        for form in ("{l}{a},扣{k}分;{b},不得分。", "{l}{a},扣{k}分;{b}不得分", "{l}{a}的,扣{k}分;{b}的,本项不得分"):
            out.append((form.format(l=lead, a=a, b=b, k=k), m, Ranks((int(m), int(m) - int(k), 0))))
        out.append((f"{lead}{a},扣{k}分;{b},扣{k}分", m, Unsure()))
        out.append((f"{lead}{a},扣{k}分;{b},不得分;资料缺失每项扣1分,扣完为止", m, Unsure()))
    return out


_DEGREES = [("整体布局明显不合理", "严重不合理"), ("地面轻微积灰", "地面积灰严重"), ("标识轻微破损", "标识严重破损"),
            ("物品摆放稍有凌乱", "物品摆放严重凌乱")]


def degrees() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for i, ((a, b), (x, y)) in enumerate(product(_DEGREES, [("1", "2"), ("1", "3"), ("0.5", "2")])):
        m = y
        out.append((f"{a}扣{x}分,{b}扣完{y}分", m, Ranks((int(m) if m.isdigit() else m, Decimal(m) - Decimal(x), 0))))
        out.append((f"{a}扣{x}分,{b}扣{y}分", m, Ranks((Decimal(m), Decimal(m) - Decimal(x), 0))))
    shades = [("表面有浅灰得{a}分,积灰较厚或面积较广给{b}分。", None), ("无积灰得{m}分,表面有浅灰得{a}分,积灰较厚给{b}分。", "3"),
              ("地面干净得{m}分,有少量杂物得{a}分,杂物较多得{b}分", "3"), ("问题轻微扣{c}分,问题严重扣{d}分", "2")]
    for form, kind in shades:
        for m, a, b in (("3", "2", "1"), ("5", "3", "1")):
            c, d = str(int(m) - int(a)), str(int(m) - int(b))
            text = form.format(m=m, a=a, b=b, c=c, d=d)
            out.append((text, m, Unsure() if kind is None else Ranks((int(m), int(a), int(b)))))
    out += [
        ("地面有1件杂物给2分,超过2件给1分。", "3", Unsure()),
        ("地面无杂物得3分,有1件杂物给2分,有2件杂物给1分,超过2件不给分", "3", Bands(((0, 3), (1, 2), (2, 1), (3, 0), (6, 0)))),
        ("摆放凌乱且有不需要物品给1分,采用目视管理方法给4-5分。", "5", Unsure()),
        ("积灰较厚扣1分,积灰较厚扣2分", "3", Unsure()),
    ]
    return out


# ── 全部扣除: the fault that takes the whole 分值 beside faults that take part ──────────────────────────────────────
_ALL_OFF = [("轻伤事故", "重伤事故", "死亡事故"), ("一般质量问题", "较大质量问题", "重大质量事故"), ("轻微违章", "严重违章", "造成责任事故")]


def all_off() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for i, ((a, b, c), form) in enumerate(product(_ALL_OFF, ["{a}扣{x}分,{b}扣{y}分,{c}全部扣除",
                                                             "{a}每起扣{x}分,{b}每起扣{y}分,{c}全部扣除",
                                                             "{a}扣{x}分;{b}扣{y}分;{c}的,本项分值全部扣除",
                                                             "{c}全部扣除,{a}每起扣{x}分,{b}每起扣{y}分,扣完为止",
                                                             "{a}扣{x}分,{b}扣{y}分,{c}全部扣除,扣完为止"])):
        x, y, m = [("2", "4", "5"), ("1", "3", "10"), ("0.5", "2", "6")][i % 3]
        each = True if "每起" in form else None
        out.append((form.format(a=a, b=b, c=c, x=x, y=y), m,
                    Faults((Fault(a, f"-{x}", each), Fault(b, f"-{y}", each), Fault(c, "0", False)))))
    out += [
        ("死亡事故全部扣除后通报", "5", Unsure()),
        ("轻伤事故扣2分,死亡事故全部扣除奖金", "5", Unsure()),
    ]
    return out


# ── a requirement asked, then 不满足要求扣N分; a line of duty with its score and the zero after a dash ───────────────
_ASKED = ["是否在规定时间内签订合同", "技术人员和安装调试人员按合同配置到位", "是否按照规定参加项目相关会议",
          "是否按要求整理相关资料,并存档保存", "是否按阶段如期提交勘察文件"]


def asked() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for i, q in enumerate(_ASKED):
        for m in ("5", "10", "15"):
            out.append((f"{q} 不满足要求扣{m}分", m, Ranks((int(m), 0))))
        out.append((f"{q} 不满足要求扣3分", "5", Ranks((5, 2))))
        out.append((f"{q} 不满足要求每次扣2分", "10", Per("2")))
    duty = [("对各个部门值班情况进行督察记录。(按时督察:{m}分——未督察:0分)", "2"),
            ("按时参加基地主管会议。(全勤:{m}分——缺席两次及两次以上:0分)", "gap"),
            ("微博空间动态的更新。(动态更新:{m}分——5天以上未更新:0分)", "gap"),
            ("1、按时上报值班表。(按时上报:{m}分——未上报:0分)", "2")]
    for form, kind in duty:
        for m in ("7", "6", "8"):
            out.append((form.format(m=m), m, Ranks((int(m), 0)) if kind == "2" else Unsure()))
    return out


# ── bands written as bullets (“-…达到90%及以上得10 分。-完成率在80% - 89%得8 分…”) ──────────────────────────────────
_BULLET_RATES = ["招聘计划完成率", "新员工试用期通过率", "培训计划执行率", "评估满意度", "绩效评估按时完成率"]


def bullets() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for i, r in enumerate(_BULLET_RATES):
        for x, gap in ((90, True), (80, False), (80, True)):
            y, z = x - 10, x - 20
            if gap:
                text = f"-{r}达到{x}%及以上得10 分。-{r[-3:]}在{y}% - {x - 1}%得8 分,{z}% - {y - 1}%得6 分,低于{z}%得0 分。"
            else:
                text = f"-{r}达到{x}%及以上得10 分。-{r[-3:]}在{y}% - {x}%得8 分,{z}% - {y}%得6 分,低于{z}%得0 分。"
            samples = ((x + 5, 10), (x, 10), (y + 5, 8), (y, 8), (z + 5, 6), (z, 6), (z - 1, 0), (0, 0))
            out.append((text, "10", Bands(samples)))
        out.append((f"-{r}达到80%及以上得10 分。-在70% - 80%得8 分,60% - 70%得6 分,低于65%得0 分。", "10", Unsure()))
    for i, what in enumerate(["新员工入职手续在规定时间内完成,且无错误和遗漏", "福利发放无差错", "文件归档及时、准确,无遗漏"]):
        for m, k in (("10", "2"), ("5", "1")):
            out.append((f"-{what},得{m} 分。-每出现一次延误或错误扣{k} 分,扣完为止。", m, Per(k)))
            out.append((f"-{what},得{m} 分。-每出现一次延误或错误扣{k} 分。", m, Per(k)))
    return out


# ── dirt per place, a rate past a line per point ───────────────────────────────────────────────────────────────
def per_place() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    places = ["有污垢、痰迹、杂物、积水", "有灰尘", "有杂物、苍蝇", "衣帽不整齐、物品摆放不整齐", "不干净或破损"]
    for i, (pl, stop) in enumerate(product(places, [",扣完为止", "", ",最多扣{c}分"])):
        n, m = [("5", "20"), ("10", "20"), ("0.5", "1"), ("2", "6")][i % 4]
        c = str(int(Decimal(m)) // 2) if Decimal(m) >= 2 else "0.5"
        out.append((f"{pl},每处扣{n}分" + stop.format(c=c), m, Per(n, c if "最多" in stop else None)))
        out.append((f"{pl},每发现一处扣{n}分" + stop.format(c=c), m, Per(n, c if "最多" in stop else None)))
    for a, b, m in (("无消毒记录", "无留样", "20"), ("无晨检记录", "无健康证", "10")):
        out.append((f"{a}、{b},扣{m}分", m, Faults((Fault(a, f"-{m}", None), Fault(b, f"-{m}", None)))))
    rates = ["门窗渗漏投诉率(交付半年内)", "返修率", "客户投诉率"]
    for r, (x, k, m) in product(rates, [(5, "2", "10"), (3, "1", "5")]):
        for form in ("{r}超过{x}%,每超1百分点,扣{k}分,扣完为止。", "{r}超过{x}%的,每超过1个百分点扣{k}分,扣完为止"):
            samples = ((0, m), (x, m), (x + 1, Decimal(m) - Decimal(k)), (x + 2, Decimal(m) - 2 * Decimal(k)), (x + 40, 0))
            out.append((form.format(r=r, x=x, k=k), m, Bands(samples)))
    out += [
        ("出现普遍性、系统性及观感差问题每项扣2分,扣完为止", "5", Per("2")),
        ("进场、安装进度是否符合合同要求及土建施工进度,可得10、8、6、4分", "10", Unsure()),
        ("对提出的问题,整改不及时或不积极响应,每次扣2分,扣完为止", "6", Per("2")),
    ]
    return out


# ── a fault said again only by how many or how widely it is found (多处, 再次出现, 普遍存在, 问题较多) ────────────────
_BASE_FAULTS = [("未设底座", "剪刀撑设置不规范"), ("资料不全", "台账记录不规范"), ("迟报", "数据填报错误"), ("地面有杂物", "物品摆放不整齐"),
                ("安全帽佩戴不规范", "未系安全带")]
_MANY = ["多处", "多次出现", "屡次出现", "反复出现", "再次出现", "普遍存在", "大面积存在的", "问题较多的", "多处存在", "多项不符合要求的",
         "大部分缺失", "全部缺失的", "屡教不改的", "大量存在"]


def many_of() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for i, ((a, b), many) in enumerate(product(_BASE_FAULTS, _MANY)):
        x, y, m = [("5", "8", "10"), ("2", "5", "20"), ("1", "3", "6")][i % 3]
        sep = [",", ";", ""][i % 3]
        stop = [",扣完为止", "。扣完为止", ",扣完为止。"][i % 3]
        out.append((f"{a}扣{x}分{sep}{many}扣{y}分{stop}", m, Unsure()))
        if i % 2:
            out.append((f"{a}一处扣{x}分{sep}{many}扣{y}分{stop}", m, Unsure()))
        if i % len(_MANY) == 0:  # two faults of their own: each taken once
            out.append((f"{a}扣{x}分{sep}{b}扣{y}分{stop}", m, Faults((Fault(a, f"-{x}", None), Fault(b, f"-{y}", None)))))
    return out


# ── situations short of the full one, each a different thing lacking (both may be lacking) ─────────────────────────
_LACKS = [("资料齐全", "缺少任命文件", "缺少培训记录", "无资料"), ("有方案有记录", "无方案", "无记录", "方案记录均无"),
          ("制度健全并上墙", "制度未上墙", "无考核记录", "未建立制度"), ("台账规范", "缺少签字", "缺少照片", "无台账")]


def lacks() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for i, ((full, a, b, none), verb) in enumerate(product(_LACKS, ["得", "计", "给"])):
        m, x, y = [("5", "3", "2"), ("6", "4", "2"), ("4", "2", "1")][i % 3]
        out.append((f"{full}{verb}{m}分,{a}{verb}{x}分,{b}{verb}{y}分,{none}不{verb}分", m, Unsure()))
        out.append((f"{full}{verb}{m}分;{a}的{verb}{x}分;{b}的{verb}{y}分", m, Unsure()))
        out.append((f"{full}({m}分){a}({x}分){b}({y}分){none}(0分)", m, Unsure()))
        # one thing lacking, or a degree of it: situations of which one holds
        out.append((f"{full}{verb}{m}分,{a}{verb}{x}分,{none}不{verb}分", m, Ranks((int(m), int(x), 0))))
    return out


def stopped() -> list[tuple[str, str, Want]]:
    """The texts of faults and of situations once more, closing on a stop (扣完为止): nothing else changes."""
    out: list[tuple[str, str, Want]] = []
    for i, (text, w, want) in enumerate(site() + has_but() + degrees() + all_off() + per_person() + bracketed()):
        if "为止" in text or not isinstance(want, Faults | Ranks | Unsure):
            continue
        stop = [",扣完为止", "。扣完为止。", ";本项扣完为止", "扣完为止", ",扣完为止。"][i % 5]
        out.append((text.rstrip("。;.") + stop, w, want))
    return out


def full_said() -> list[tuple[str, str, Want]]:
    """A thing there but lacking beside it not there, the full marks said first."""
    out: list[tuple[str, str, Want]] = []
    fulls = ["作业现场有专(兼)职安全员且有任命文件", "配备了专(兼)职安全技术管理人员并有任命文件", "有应急预案且演练记录齐全",
             "建立了台账且记录完整", "尾矿特种作业人员满足工作要求"]
    for i, (full, (a, b)) in enumerate(zip(fulls, _HAS_BUT)):
        for k, m, verb in (("3", "5", "得"), ("2", "4", "计"), ("1", "3", "得")):
            for form in ("{f},{v}{m}分;{a},扣{k}分;{b},不得分。", "{f}的{v}{m}分,{a}的扣{k}分,{b}的不得分",
                         "{f}{v}满分;{a},扣{k}分;{b},不得分", "{f},{v}{m}分;{a},{v}{r}分;{b},不{v}分"):
                text = form.format(f=full, a=a, b=b, k=k, m=m, v=verb, r=int(m) - int(k))
                out.append((text, m, Ranks((int(m), int(m) - int(k), 0))))
    return out


CASES = (lacks() + many_of() + stopped() + full_said() + grades() + signed() + bracketed() + attendance() + site() + per_person() + has_but() + degrees() + all_off()
         + asked() + bullets() + per_place())


def test_the_probe_is_of_its_size():
    assert 300 <= len(CASES) <= 1400
    assert len({text for text, _w, _want in CASES}) == len(CASES)


test_every_made_up_text_is_scored_as_it_says_or_is_to_check = case_test(CASES)


# ── mended: the same fault found more, different things lacking ───────────────────────────────────────────────
@pytest.mark.parametrize("text", ["未设底座扣5分,多处扣8分,扣完为止", "未设底座一处扣5分,多处扣8分,扣完为止",
                                  "资料不全扣2分,大部分缺失扣5分,扣完为止", "未设底座扣5分;普遍存在的扣8分,扣完为止",
                                  "迟报扣1分;再次出现扣3分,扣完为止"])
def test_a_fault_found_more_is_to_check(text):
    p = propose(text, "10", "指标")
    assert not p.confident
    assert any("多处、多次或大范围" in u for u in p.unplaced), p.unplaced


@pytest.mark.parametrize("text", ["未设底座扣5分,剪刀撑设置不规范扣3分,扣完为止", "资料不全扣2分,台账记录不规范扣3分,扣完为止"])
def test_two_faults_of_their_own_stay_sure(text):
    p = propose(text, "10", "指标")
    assert p.confident and p.kind == "formula", p.unplaced


@pytest.mark.parametrize("text", ["资料齐全得5分,缺少任命文件得3分,缺少培训记录得2分,无资料不得分",
                                  "有方案有记录得5分,无方案得3分,无记录得2分",
                                  "制度健全并上墙(5分)制度未上墙(3分)无考核记录(2分)未建立制度(0分)"])
def test_different_things_lacking_are_to_check(text):
    p = propose(text, "5", "指标")
    assert not p.confident
    assert any("所缺的是不同的事项" in u for u in p.unplaced), p.unplaced


@pytest.mark.parametrize("text", ["有评价方案,原始记录详实,得满分;有评价记录无方案,得2分;有方案无记录,得1分;无,不得分",
                                  "建立台账得5分,台账未更新得3分,未建立台账不得分",
                                  "资料齐全得5分,缺少任命文件得3分,无资料不得分"])
def test_combinations_and_one_lack_stay_situations(text):
    p = propose(text, "3" if "详实" in text else "5", "指标")
    assert not any("所缺的是不同的事项" in u for u in p.unplaced), p.unplaced
