"""Made-up texts in the styles of unseen241a's readings — a short requirement of an ability, a means used or a duty in
its period (“能够打印缴费凭证”, “采用LED节能灯具”, “每周三消毒玩具”, “定期更换过滤网”: ``all_or_nothing._DOING``), words of
计/分/视/按 scoring nothing (计数器, 计时器, 计量器具, 组分, 成分, 视线/视野范围内, 结合本单位实际情况, 按照…的部署/指导/安排,
按月登记, 按季度通报), a heading then the requirement then its points (“2.建立台账。设立工作台账,…。5分”), only the breach
after how often a thing is required (“每半年没有召开例会的,不得分”), figures in a requirement stating no score (staff
“配备专职心理教师1名或兼职心理教师2名”, a share “不少于职工总数的30%”, an angle “坡度小于15度”), “每班配备有1台…” inside
a numbered point, the 分值 said again bare after bracketed points (“做好门窗(1分)、…、保洁工作。3分”), “每题的分值为10分” as a
lead — and their near variants: qualities (“能够熟练操作”, “使用效果良好”, “定期检查规范”), 按月计分/按季度考核得分/酌情,
a requirement plus a deduction or a zeroing line, per-unit steps that are steps (“每配备1名专干得1分,最高5分”, “每增设1个
服务站加1分”), a heading naming what is weighed, the points not the 分值, a breach counted (“每次未上报的扣1分”) or
deducted short of the 分值, 每题 with a wrong answer costing points; numbers varied, full and half width punctuation,
numbered or bare — each with what it states (a few situations and their scores) or that it is unsure (to check).
Every proposal scores every situation as the text says, or is not confident.

Confident readings found scoring wrong: none (0 of the 599 texts written; 9 read confidently, all scoring as they
say), so nothing mended. The new readings are never confident; the confident ones met are older: a breach in its period
costing the whole 分值 (“每月没有召开例会的,扣4分”, 分值 4) read as all or nothing, 3 graded qualities (“能够熟练操作得4分,
基本熟练得2分,不熟练不得分”), “按完成比例计分” as a completion ratio.

Readings left to check (not confident, so no bar) that read otherwise than the text: “各组分别得分” read as a
requirement met or not (“各组分别”; older than unseen241a, not of 组分); “每班配备有1台饮水机得2分,每增加1台加1分” read as
2 points per 饮水机 (the base point of each class taken as a step); “每个乡镇配备有1名专干得1分,最高5分” read per 专干 (fair,
or per 乡镇); “每题的分值为5分,答对得5分,答错不得分” under a 分值 of 10 read as 2 points of 5 (the sum over questions); “每季度没有
召开例会的,扣1分” (per quarter or once) and “坡度小于15度,每超过1度扣1分” left to judgement.

The checker is ``tests/probe_checks.py``'s.
"""
from __future__ import annotations

from decimal import Decimal
from itertools import product

from tests.probe_checks import Either, Want, first_statements, probe_tests
from tests.proposals import Bands, Once, Per, Ranks, Unsure

_CN = {1: "一", 2: "两", 3: "三", 4: "四", 5: "五", 6: "六", 10: "十", 12: "十二", 15: "十五", 20: "二十", 30: "三十"}


def _n(x: Decimal | int | str) -> str:
    return format(Decimal(str(x)).normalize(), "f")


def _p(full: bool) -> tuple[str, str, str]:
    return ("，", "；", "。") if full else (",", ";", ".")


def _either(*wants: Want) -> Want:
    """Any of ``wants`` a fair reading."""
    out = wants[-1]
    for w in reversed(wants[:-1]):
        out = Either(w, out)
    return out


def _met(m: int | str) -> Want:
    """Met (the 分值) or not (nothing) — or to check, the score of a requirement not met being inferred."""
    return Either(Ranks((m, 0)), Unsure())


# ── a short requirement of an ability, a means used, a duty in its period; qualities weighed ────────────────────────
def doing() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    acts = ["能够打印缴费凭证", "能够在线查询成绩", "使用电子台账管理", "采用LED节能灯具", "运用信息化手段办理",
            "利用宣传栏公示信息", "每天清扫楼道", "每日记录室内温度", "每周三消毒玩具", "每月检查灭火器",
            "每学期开展一次演练", "定期更换过滤网"]
    for i, act in enumerate(acts):
        m, full = (2, 5)[i % 2], i % 3 != 0
        c, _s, e = _p(full)
        out.append((act, str(m), _met(m)))
        out.append((act + e, str(m), _met(m)))
        out.append((f"{act}{c}未做到的不得分", str(m), Ranks((m, 0))))
        out.append((f"{act}{c}否则扣{_n(Decimal(m) / 2)}分", str(m), _either(Ranks((m, Decimal(m) / 2)), Unsure())))
        out.append((f"{act}{c}每发现一次未{act[2:] if act[:2] in ('能够', '每天', '每日', '定期') else act}扣0.5分",
                    str(m), Either(Per("0.5"), Unsure())))
    for q, m in product(["能够熟练操作系统", "使用效果良好", "采用的技术先进", "定期检查规范", "每天清扫干净整洁",
                         "运用合理", "能够及时处理投诉", "利用率较高", "能熟练使用灭火器", "应用效果明显"], (2, 5)):
        out.append((q, str(m), Unsure()))
        out.append((f"{q}得{m}分{','}一般得{_n(Decimal(m) / 2)}分{','}较差不得分", str(m),
                    Either(Ranks((m, Decimal(m) / 2, 0)), Unsure())))
    return out


# ── words of 计/分/视/按 that score nothing; 按月计分 and the like that do ──────────────────────────────────────────
def words() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    reqs = ["加油机计数器铅封完好,无私自改动", "配备计时器,比赛计时准确", "定期检定能源计量器具,并张贴合格标识",
            "办公电脑、计算机终端安装杀毒软件", "公示燃气的组分、热值及价格", "在包装上标明食品成分及保质期",
            "监控摄像头覆盖收银台视线范围内区域", "驾驶员视野范围内无遮挡物", "结合当地实际情况制定防汛预案",
            "结合本单位实际情况建立值班制度", "按照上级部门的部署开展专项整治", "按照保健医生的指导制定带量食谱",
            "按照区教育局的安排组织教师培训", "按月登记设备运行情况", "按季度通报检查结果", "按年度报送统计报表"]
    for i, r in enumerate(reqs):
        m, full = (2, 4)[i % 2], i % 3 == 0
        c, _s, e = _p(full)
        out.append((r, str(m), _met(m)))
        out.append((r + e, str(m), _met(m)))
        out.append((f"{r}{c}不符合要求的不得分", str(m), Ranks((m, 0))))
        out.append((f"{r}{c}每发现一处不符合扣1分", str(m), Either(Per("1"), Unsure())))
    for t, m in product(["按月计分,全年满分为十二分", "按季度考核得分",
                         "根据实际情况酌情扣分", "按月计分,每月完成得1分", "按季度计分,每季度未报送扣1分",
                         "充分利用宣传栏开展宣传", "视情况扣分", "按月登记,视情况得分", "组分分析准确得满分,有误酌情扣分"],
                        (3, 4, 12)):
        out.append((t, str(m), Unsure()))
    for m in (4, 12):
        out.append(("按月登记,每月未登记扣1分", str(m), Either(Per("1"), Unsure())))
        out.append(("按季度通报检查结果,每缺一次扣1分", str(m), Either(Per("1"), Unsure())))
    return out


# ── a heading, then the requirement, then its points ─────────────────────────────────────────────────────────────
def headings() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    pairs = [("建立台账", "设立工作台账,按月登记,专人管理"), ("保障活动经费", "有专项活动经费,保证协会日常运行"),
             ("完善制度", "制定安全管理制度,明确岗位职责并上墙公示"), ("落实值班", "实行24小时值班制度,节假日安排专人带班"),
             ("加强宣传", "利用宣传栏和微信公众号开展政策宣传")]
    for ((h, r), full), (m, num) in zip(product(pairs, (True, False)), product((3, 5), ("", "2.", "(三)", "二、", "1"))):
        c, _s, e = _p(full)
        rr = r.replace(",", c)
        out.append((f"{num}{h}{e}{rr}{e}{m}分", str(m), _met(m)))
        out.append((f"{num}{h}{e}{rr}{e}{m}分", str(m + 1), Unsure()))          # the points not the 分值
        out.append((f"{num}{h}{e}{rr}{e}{m}分{e}", str(m), _met(m)))
        out.append((f"{num}{h}{e}{rr}{e}{m}分{e}未{h[:2]}的不得分", str(m), _met(m)))
        out.append((f"{num}{h}{e}{rr}{c}每缺一项扣1分{e}{m}分", str(m),
                    _either(Per("1"), Unsure())))
        out.append((f"{num}{h}情况{e}{rr}{e}{m}分", str(m), Unsure()))  # a heading naming what is weighed
        out.append((f"{num}{h}{e}{rr}{e}{m}分{e}好的得{m}分{c}较好的得{m - 1}分", str(m),
                    Either(Ranks((m, m - 1)), Unsure())))
    return out


# ── only the breach, after how often the thing is required ──────────────────────────────────────────────────────
def breaches() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    things = [("召开例会", "没有"), ("上报报表", "未"), ("开展消防演练", "没有"), ("汇报工作进展", "未"), ("更新公示栏", "没有")]
    for ((t, neg), per), (m, full) in zip(product(things, ("每月", "每季度")), product((2, 4), (True, False, True))):
        per = per if t != "更新公示栏" else "每半年"
        c, _s, e = _p(full)
        out.append((f"{per}{neg}{t}的{c}不得分{e}", str(m), _met(m)))
        out.append((f"{per}{neg}{t}的不得分", str(m), _met(m)))
        out.append((f"{per}{neg}{t}的{c}扣1分", str(m), _either(Per("1"), Once(("1",)), Unsure())))
        out.append((f"{per}{neg}{t}的{c}扣{m}分", str(m), _met(m)))
        out.append((f"{per}均{neg}{t}的{c}本项不得分", str(m), _met(m)))
        out.append((f"每次{neg}{t}的{c}扣1分", str(m), Either(Per("1"), Unsure())))
        out.append((f"{per}至少{t}1次{c}每少一次扣1分", str(m), Either(Per("1"), Unsure())))
    return out


# ── figures in a requirement stating no score, and the same with a score ────────────────────────────────────────
def figures() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    reqs = [("设立心理咨询室,配备专职心理教师{k}名或兼职心理教师{k2}名", "教师", "名"),
            ("社区配备专职网格员{k}名,负责日常巡查", "网格员", "名"),
            ("组建志愿服务队,队员不少于职工总数的{p}%,定期开展活动", "队员", "%"),
            ("党员志愿者不低于党员总数的{p}%", "志愿者", "%"),
            ("入口设置无障碍坡道,坡道坡度小于{d}度,并设扶手", "坡度", "度"),
            ("楼梯倾斜角度不大于{d}度", "角度", "度")]
    for (r, _w, _u), (k, p, d), m, full in product(reqs, [(1, 30, 15), (2, 50, 30)], (0,),
                                                       (True,)):
        m, full = (2, 5)[k - 1], len(r) % 2 == 0
        c, _s, e = _p(full)
        txt = r.format(k=k, k2=2 * k, p=p, d=d).replace(",", c)
        out.append((txt, str(m), _met(m)))
        out.append((txt + e, str(m), _met(m)))
        out.append((f"{txt}{c}未达到的不得分", str(m), Ranks((m, 0))))
        out.append((f"{txt}{c}不符合的扣{_n(Decimal(m) / 2)}分", str(m),
                    _either(Ranks((m, Decimal(m) / 2)), Unsure())))
    for k, m in product((1, 2, 3), (3, 6)):
        out.append((f"配备专职人员{k}名,每少1名扣1分", str(m), Either(Per("1"), Unsure())))
        out.append((f"组建志愿服务队,队员占职工总数的{10 * k}%,定期开展活动", str(m), Unsure()))
        out.append(("队员占职工总数的比例每提高1%加0.5分", str(m), Unsure()))
    return out


# ── “每班配备有1套…” inside a numbered point; per-unit steps that are steps ───────────────────────────────────────
def provided() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    firsts = ["每班配备有1台饮水机", "每村设有1名信息员", "每个乡镇配备不少于2名专干", "每层设置1处消防栓",
              "每班配有1套多媒体设备", "每个教室配置2台空调"]
    for i, (f, (a, b)) in enumerate(product(firsts, [("教室配备空调", "楼层设有卫生间"), ("建立管理制度", "台账资料齐全")])):
        full, k = i % 2 == 0, 1 + i % 3 // 2
        c, s, e = _p(full)
        ob, cb = ("（", "）") if full else ("(", ")")
        m = 3 * k
        out.append((f"1、{f}{ob}{k}分{cb}{s}2、{a}{ob}{k}分{cb}{s}3、{b}{ob}{k}分{cb}{e}", str(m),
                    Either(Once((str(k),) * 3), Unsure())))
        out.append((f"(1){a}{ob}{k}分{cb}{s}(2){f}{ob}{k}分{cb}{s}(3){b}{ob}{k}分{cb}", str(m),
                    Either(Once((str(k),) * 3), Unsure())))
        out.append((f"{f}{c}{a}{c}{b}{e}", str(m), _met(m)))
        out.append((f"{f}{c}每少1台扣{k}分", str(m), Either(Per(str(k)), Unsure())))
    for u, m in product(("台", "名", "套"), (3, 5)):
        out.append((f"1、每增加1{u}设备得1分{ob}{m}分{cb};2、教室配备空调", str(m + 1), Unsure()))
        out.append((f"每配备1{u}得1分,最高{m}分", str(m), Either(Bands(((0, 0), (1, 1), (2, 2), (10, m))), Unsure())))
        out.append((f"每个村配备1{u}得1分,满分{m}分", str(m), Unsure()))
        out.append((f"每班配备有1{u}的得{m}分,否则不得分", str(m), Ranks((m, 0))))
    return out


# ── the 分值 said again after bracketed points ──────────────────────────────────────────────────────────────────
def again() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    lists = [("门窗", "桌椅", "地面"), ("台账", "制度", "档案"), ("灯具", "线路", "开关")]
    for i, ((a, b, d), tail) in enumerate(product(lists, ("", "保洁工作", "检查工作"))):
        k, full = 1 + i % 2, i % 3 != 1
        _c, s, e = _p(full)
        ob, cb = ("（", "）") if full else ("(", ")")
        m = 3 * k
        lead = "做好" if tail else ""
        txt = f"{lead}{a}{ob}{k}分{cb}、{b}{ob}{k}分{cb}、{d}{ob}{k}分{cb}" + (f"、{tail}" if tail else "")
        out.append((f"{txt}{e}{m}分", str(m), Either(Once((str(k),) * 3), Unsure())))
        out.append((f"{txt}{e}{m}分", str(m + 1), Unsure()))
        out.append((f"{txt}{e}{m}分{e}", str(m), Either(Once((str(k),) * 3), Unsure())))
        out.append((f"{txt}{e}{m + 2}分", str(m + 2), Unsure()))
        out.append((f"{a}干净{ob}{k}分{cb}、{b}整齐{ob}{k}分{cb}{s}{d}完整{m}分", str(m), Unsure()))
    return out


# ── the points of each question said first ──────────────────────────────────────────────────────────────────────
def questions() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for i, (m, lead) in enumerate(product((5, 10), ("每题的分值为", "每道题满分", "每题分值", "每题满分为"))):
        full = i % 2 == 0
        c, _s, e = _p(full)
        out.append((f"{lead}{m}分{c}答对得{m}分{c}答错不得分{e}", str(m), Either(Ranks((m, 0)), Unsure())))
        out.append((f"{lead}{m}分{c}答对得{m}分{c}答错或未作答不得分{e}", str(m), Either(Ranks((m, 0)), Unsure())))
        out.append((f"{lead}{m}分{c}答对得{m}分{c}答错不得分{e}", str(4 * m), Unsure()))
        out.append((f"{lead}{m}分{c}答对得{m}分{c}答错扣{_n(Decimal(m) / 2)}分{e}", str(m), Unsure()))
        out.append((f"{lead}{m}分{c}全部答对得{m}分{c}部分答对得{_n(Decimal(m) / 2)}分{c}答错不得分{e}", str(m),
                    Either(Ranks((m, Decimal(m) / 2, 0)), Unsure())))
        out.append((f"{lead}{m}分{c}每答错一处扣1分{e}", str(m), Either(Per("1"), Unsure())))
    return out


# ── near variants: a quality weighed, a requirement plus a deduction, steps that are steps, 按月计分 ───────────────
def near() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = [
        ("每新增设立1个服务站加1分,最高5分", "5", Either(Bands(((0, 0), (1, 1), (3, 3), (9, 5))), Unsure())),
        ("每个乡镇配备有1名专干得1分,最高5分", "5", Unsure()),
        ("每村设有1名信息员的得1分", "5", Unsure()),
        ("每村设有1名信息员,每缺1个村扣1分", "5", Either(Per("1"), Unsure())),
        ("每增设1个服务站加1分", "5", Either(Bands(((0, 0), (1, 1), (3, 3), (9, 5))), Unsure())),
        ("每配备1名专干得1分,最高5分", "5", Either(Bands(((0, 0), (1, 1), (3, 3), (9, 5))), Unsure())),
        ("1、每班配备有1台饮水机,每少1台扣0.5分(1分);2、教室配备空调(1分);3、楼层设有卫生间(1分)", "3", Unsure()),
        ("1、每班配备有1台饮水机得1分;2、教室配备空调得1分;3、楼层设有卫生间得1分", "3",
         Either(Once(("1", "1", "1")), Unsure())),
        ("按月考核,考核合格得1分", "4", Unsure()),
        ("按月足额发放工资,每拖欠一个月扣1分", "4", Either(Per("1"), Unsure())),
        ("按季度进行综合评价", "4", Unsure()),
        ("按年度考评排名,第一名得满分", "4", Unsure()),
        ("按月折算分值", "4", Unsure()),
        ("结合实际情况给分", "4", Unsure()),
        ("结合本地实际情况制定应急预案,未制定的扣2分", "4", Either(Once(("2",)), Unsure())),
        ("按照上级部门的部署开展安全检查,每少一次扣1分", "4", Either(Per("1"), Unsure())),
        ("按照评分细则的安排计分", "4", Unsure()),
        ("各组分别得分", "4", Unsure()),
        ("各小组分别计分,取平均值", "4", Unsure()),
        ("公示饲料的成分、含量,每缺一项扣1分", "4", Either(Per("1"), Unsure())),
        ("能够打印挂号单,不能打印的扣2分", "4", Either(Once(("2",)), Unsure())),
        ("能够熟练操作,不熟练的扣2分", "4", Either(Once(("2",)), Unsure())),
        ("能够熟练操作得4分,基本熟练得2分,不熟练不得分", "4", Either(Ranks((4, 2, 0)), Unsure())),
        ("使用效果良好得4分,一般得2分,差不得分", "4", Either(Ranks((4, 2, 0)), Unsure())),
        ("使用效果良好,效果一般的扣1分", "4", Unsure()),
        ("每周一消毒门把手,未消毒的扣1分", "4", Unsure()),
        ("每季度没有召开例会的,每次扣1分", "4", Either(Per("1"), Unsure())),
        ("每季度召开例会,没有召开的不得分", "4", Ranks((4, 0))),
        ("每季度召开1次例会,少1次扣1分", "4", Either(Per("1"), Unsure())),
        ("按月计分,每月未上报扣1分", "4", Unsure()),
        ("按月计分,每月1分", "12", Unsure()),
        ("按月计分,每月按时上报得1分", "12", Unsure()),
        ("按季度计分,每季度按时完成得1分", "4", Unsure()),
        ("坡道坡度小于15度,每超过1度扣1分", "4", Either(Per("1"), Unsure())),
        ("队员不少于职工总数的30%,每低1个百分点扣0.5分", "4",
         Either(Bands(((30, 4), (50, 4), (28, 3), (10, 0))), Unsure())),
        ("队员不少于职工总数的30%,低于的不得分", "4", Either(Bands(((30, 4), (40, 4), (29, 0))), Unsure())),
        ("配备专职心理教师1名,未配备扣2分", "4", Either(Once(("2",)), Unsure())),
        ("每题的分值为10分,共2题,答对得10分", "10", Unsure()),
        ("每题分值10分,答对得10分", "10", Either(Ranks((10, 0)), Unsure())),
        ("做好门窗(1分)、桌椅(1分)、地面(1分)、保洁工作。3分。未做好的不得分", "3", Unsure()),
        ("做好门窗(1分)、桌椅(1分)、地面(1分)、保洁工作。每缺一项扣1分。3分", "3",
         Either(Per("1"), Unsure())),
        ("建立台账。设立工作台账,按月登记,专人管理,缺一项扣2分。5分", "5", Either(Per("2"), Unsure())),
        ("建立台账。设立工作台账,按月登记,专人管理。未建立的扣3分。5分", "5", Unsure()),
        ("台账健全。设立工作台账,按月登记,专人管理。5分", "5", _met(5)),
        ("资料齐全。设立工作台账,按月登记,专人管理。5分", "5", _met(5)),
        ("按完成比例计分", "4", Either(Bands(((100, 4), (50, 2), (0, 0))), Unsure())),
        ("按实际完成情况计分", "4", Either(Bands(((100, 4), (50, 2), (0, 0))), Unsure())),
        ("每村设有1名信息员得2分;每个乡镇配备不少于2名专干得3分", "5", Either(Once(("2", "3")), Unsure())),
        ("每班配备有1台饮水机得2分,每增加1台加1分", "5", Unsure()),
        ("每班配备有1台饮水机得2分;教室配备空调得3分", "5", Either(Once(("2", "3")), Unsure())),
        ("每村建有1个文化广场得2分,每村设立1个图书室得2分", "4", Either(Once(("2", "2")), Unsure())),
        ("每个社区设有2名网格员得3分,每少1名扣1分", "3", Either(Per("1"), Unsure())),
        ("每人有2次补考机会,补考通过得2分", "4", Unsure()),
        ("每户有1名技术明白人得4分,否则不得分", "4", Ranks((4, 0))),
        ("1.每班配备有1套多媒体设备(2分);2.每个教室配置2台空调(2分);3.每层设置1处消防栓(2分)。6分", "6",
         Either(Once(("2", "2", "2")), Unsure())),
        ("门窗干净(1分),桌椅整齐(1分),地面清洁(1分),每项不达标扣1分。3分", "3", Either(Per("1"), Unsure())),
        ("门窗干净(1分)、桌椅整齐(1分)、地面清洁(2分)、保洁工作。4分", "4", Either(Once(("1", "1", "2")), Unsure())),
        ("门窗干净(1分)、桌椅整齐(1分)、地面清洁(2分)、保洁工作。5分", "5", Unsure()),
        ("每周一消毒门把手,每周三消毒玩具", "2", _met(2)),
        ("能够打印挂号单,能够在线缴费", "2", _met(2)),
        ("使用缓存技术,响应时间小于2秒", "2", _met(2)),
        ("楼梯坡度大于30度的不得分", "2", _met(2)),
        ("室内温度低于18度", "2", _met(2)),
        ("室温不低于18度,不高于26度", "2", _met(2)),
        ("每题的分值为2分,答对得2分,答错不得分,未答扣1分", "2", Unsure()),
        ("各组分别得分", "6", Unsure()),
        ("使用满意度达到90%以上得满分", "4", Unsure()),
        ("能够按时完成得满分,每延迟一天扣0.5分", "4", Either(Bands(((0, 4), (1, "3.5"), (4, 2), (20, 0))), Unsure())),
    ]
    return out


_ALL = doing() + words() + headings() + breaches() + figures() + provided() + again() + questions() + near()
#: (the first statement of a text the generators write twice)
CASES = first_statements(_ALL)


(test_the_probe_is_of_its_size,
 test_every_made_up_text_is_scored_as_it_says_or_is_to_check) = probe_tests(CASES, 300, 600)
