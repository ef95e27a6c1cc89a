"""Made-up texts in the house styles of this round's readings — a cost per fault with no 扣 said (“每处错误1分”), a greater
cost per grave fault beside it (“每处错误1分,严重错误(如文不对题)5分”), one fault taking the item (“每处错误扣除所在项所有
分值”), faults each with their cost in brackets after the 分值 of each thing scored (“每份公文满分为10分,扣分标准为:(一)越
级行文。(扣1分)…”), a requirement and its 分值 before the faults that take it (“…符合要求,得1分,一项不合格减1分”), set
grades of deduction (“计15分,根据公文实际按3分、5分、8分三个档次扣分”), an exempt case (“…得1分;非试点地区,本项不扣分”),
questions answered after a colon (“是否有分管领导:有1分、没有0分”), a range split by kind (“10-8分(OA…10分、纸质…9分、…8分
等)”), points gated by the first (“…1分,制度上墙1分;无制度0分”), a title before what is asked and its deductions (“加强组织
领导(5分)。成立…。未成立…扣2分”), requirements named by their numbers (“本条有五项要求,第一项、第二项不达要求的分别扣5分…”),
how often a thing is done (“每天…,计20分”), one count asked where a shortfall starts (“…不少于4次;…每少开1次扣0.5分”) —
and their near variants (other numerals, units, punctuation, 得/计/加/+, orderings, an extra clause a reading should
not swallow), each with what it states (a few situations and their scores) or that it is unsure (to check). Every
proposal scores every situation as the text says, or is not confident.

Confident readings found scoring wrong before mending: 45 of 1,108 texts, all of one cause — the 分值 said of each
thing scored (“每份公文满分为10分,评分标准为:…”, “每篇信息满分为…”, “每件案卷满分为…”), now dropped as a lead that
restates the 分值 (``reading._STATED_WEIGHT``), left the rest read surely: the points of one thing (27 要点核查) or one
thing's all or nothing (18 全有或全无), though how the scores of several things make the row's (their mean, their sum)
the text leaves unsaid. Mended: ``reading.weight_of_each`` finds that lead, and ``proposal._build`` notes it (“按每份
分别评分读，多份的得分如何汇总…原文未说明，请核对”), so such a reading is to check; the whole row's 分值 said so (“本项满
分10分,…”) stays sure.

The readings of this round themselves (“每处错误1分” per case, “…严重错误5分” a formula, “每处错误扣除所在项所有分值”,
the faults' costs in brackets, “得1分,一人次不合格减1分”, the grades “按3分、5分、8分三个档次扣分”, the exempt case,
the range split by kind, points gated by the first, a title before deductions, requirements named by number) are all
to check, and their near variants (a cost or a lead past or short of the 分值, a second range, a fault outside the
list, an extra 酌情 clause) fall to judgement or to a reading itself to check. Readings left to check that score some
situations otherwise than the text says (not confident, so no bar): “每项问题1分” read as points earned per problem;
“每处错误扣除所在项所有分值,轻微错误扣1分” as one deduction per case; “(一)越级行文。(扣1分)(二)错别字。(每处扣0.5分)”
as one deduction per case; “…得1分;非试点地区,本项不扣分;未取得证书的不得分” as two situations (the exempt one lost);
“是否有分管领导:有3分、没有0分;是否有网站管理员:…” as a 要点核查 of 3分 and 0分; two ranges split by kind read as a
要点核查 of their low ends; “…不少于4次;…每少开1次专题会扣0.5分,少于2次不得分” with the closing zero dropped.
"""
from __future__ import annotations

from itertools import product

from tests.probe_checks import (
    Either,
    Fault,
    Faults,
    Fn,
    Gated,
    probe_tests,
)
from tests.proposals import Bands, Once, Per, Ranks, Unsure, dec

# ── what a text states ───────────────────────────────────────────────────────────────────────────────────────
Want = Per | Once | Ranks | Bands | Faults | Fn | Either | Unsure | Gated






# ── a cost per fault with no 扣 said; a grave fault beside it; one fault taking the item (zf-jg-gwzl) ─────────────────
def unsaid_costs() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (unit, fault), (x, m) in product([("处", "错误"), ("项", "差错"), ("个", "问题"), ("处", "错漏"), ("次", "失误")],
                                         [("1", "6"), ("0.5", "3"), ("2", "10")]):
        out.append((f"每{unit}{fault}{x}分。", m, Per(x)))
        out.append((f"每{unit}{fault}{x}分", m, Per(x)))
        out.append((f"每{unit}{fault}扣{x}分。", m, Per(x)))
        out.append((f"每{unit}{fault}{x}分,扣完为止", m, Per(x)))
        out.append((f"每{unit}{fault}{x}分,最多扣{int(m) // 2}分", m, Per(x, str(int(m) // 2))))
        out.append((f"每{unit}{fault}得{x}分", m, Unsure()))  # points earned or taken: to check
        out.append((f"每{unit}{fault}以外每处正确{x}分", m, Unsure()))
        out.append((f"每{unit}{fault}{x}分,酌情扣分", m, Unsure()))
    for (grave, aside), (x, y, m) in product([("严重错误", "(如文不对题)"), ("严重错误", "(如应会签未会签、会签后未处理)"),
                                             ("重大错误", ""), ("严重错误", "")], [("1", "5", "5"), ("1", "3", "10"), ("0.5", "2", "6")]):
        faults = Faults((Fault("一般", f"-{x}", True), Fault(grave[:2], f"-{y}", None)))
        out.append((f"每处错误{x}分,{grave}{aside}{y}分。", m, faults))
        out.append((f"每处错误{x}分;{grave}{aside}{y}分", m, faults))
        out.append((f"每处错误扣{x}分,{grave}{aside}扣{y}分。", m,
                    Faults((Fault("错误|一般", f"-{x}", True), Fault(grave[:2], f"-{y}", None)))))
        out.append((f"每处错误{x}分,{grave}{aside}{y}分,酌情扣分。", m, Unsure()))
        out.append((f"每处错误{x}分,{grave}{aside}{y}-{int(y) + 2}分。", m, Unsure()))
    for what, m in product(["每处错误扣除所在项所有分值。", "出现1处错误的,扣除本项全部分值", "每发现1处错误,扣除该项所有分值",
                            "任1项错误扣除所在项全部分值"], ["5", "10"]):
        out.append((what, m, Ranks((int(m), 0))))
    for m in ("5", "10"):
        out.append(("每处错误扣除所在项所有分值,另酌情扣1-3分", m, Unsure()))
        out.append(("村辖区内出现焚烧秸秆没有及时制止并上报的,每发现1起,此项不得分", m, Ranks((int(m), 0))))
        out.append(("村辖区内出现焚烧秸秆没有及时制止并上报的,每发现1起,扣2分", m, Per("2")))
        out.append(("酌情扣分,领导不满意退文扣5分。", m, Unsure()))
    return out


# ── faults each with their cost in brackets, the 分值 of each thing scored said first (zf-gs-gwcl) ────────────────
_BRACKET_FAULTS = [("越级行文", "越级"), ("公文主旨不清,影响公文办理效率", "主旨"), ("文种使用不正确", "文种"),
                   ("主送单位不正确", "主送"), ("标题不规范", "标题"), ("附件说明不规范", "附件")]


def bracketed_costs() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    marks = ["(一)", "(二)", "(三)", "(四)", "(五)", "(六)"]
    for n, costs, (lead, m), stop in product((2, 3, 4), [("1", "1", "2", "1"), ("2", "1", "1", "3"), ("0.5", "1", "0.5", "1")],
                                             [("每份公文满分为10分,扣分标准为:", "10"), ("每件公文满分为8分,扣分标准如下:", "8"),
                                              ("", "10"), ("本项满分6分,", "6")], ["。", ""]):
        picked = list(zip(_BRACKET_FAULTS[n - 2:n - 2 + n], costs[:n]))
        body = "".join(f"{marks[i]}{text}{stop}(扣{c}分)" for i, ((text, _w), c) in enumerate(picked))
        want = Faults(tuple(Fault(w, f"-{c}", None) for (_t, w), c in picked))
        out.append((lead + body, m, want))
    for m in ("10", "8"):
        body = "(一)越级行文。(扣1分)(二)文种使用不正确。(扣1分)"
        out.append(("每份公文满分为10分,扣分标准为:" + body + "(三)错别字每处扣0.5分", m,
                    Faults((Fault("越级", "-1", None), Fault("文种", "-1", None), Fault("错别字", "-0.5", True)))))
        out.append(("每份公文满分为10分,扣分标准为:" + body + "(三)其他问题酌情扣分", m, Unsure()))
        out.append(("每份公文满分为10分,扣分标准为:(一)越级行文。(扣1-2分)(二)文种使用不正确。(扣1分)", m, Unsure()))
        out.append(("(一)越级行文。(扣1分)(二)文种使用不正确。(得1分)", m, Unsure()))
    return out


# ── a requirement and its 分值 before the faults that take it (yh-xjwd) ──────────────────────────────────────────
def full_then_faults() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for what, (m, x), (one, verb) in product(["营业厅内的利率牌、时钟、标识牌等符合要求", "着装与工牌等符合要求", "单据、凭证、意见簿等符合要求",
                                              "验钞机等辅助设施情况符合要求"], [("3", "1"), ("2", "0.5"), ("1", "1"), ("2", "2")],
                                             [("一项不合格", "减"), ("1人次不合格", "减"), ("一人次不合格", "扣")]):
        want: Want = Per(x) if dec(x) < dec(m) else Either(Per(x), Ranks((int(m), 0)))
        out.append((f"{what},得{m}分,{one}{verb}{x}分", m, want))
        out.append((f"{what},得{m}分;{one}{verb}{x}分", m, want))
    for what, m in product(["营业厅门前环境卫生符合要求", "工作区域符合要求", "营业厅内环境符合要求"], ["2", "3"]):
        out.append((f"{what},得{m}分", m, Ranks((int(m), 0))))
        out.append((f"{what}得{m}分", m, Ranks((int(m), 0))))
        out.append((f"{what},得{int(m) - 1}分", m, Unsure()))  # short of the 分值: to check
        out.append((f"{what},得{m}分,一项不合格减1分,严重的不得分", m, Unsure()))
        out.append((f"{what},得{m}分,一项不合格酌情减分", m, Unsure()))
    return out


# ── set grades of deduction; a cost per fault with 计 (zf-jtt-gwzl) ───────────────────────────────────────────────
def grades() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for lead, (m, g), (n, word) in product(["公文的内容、观点和表述符合国家的法律、法规和方针政策;切合实际,可操作性强。",
                                            "主题鲜明,结构严谨。", ""],
                                           [("15", ("3", "5", "8")), ("10", ("2", "4", "6")), ("20", ("5", "10"))],
                                           [("三", "档次"), ("", "档次"), ("3", "个档次"), ("", "等次")]):
        if n == "3" and len(g) != 3:
            continue
        if n == "三" and len(g) != 3:
            continue
        gs = "、".join(f"{x}分" for x in g)
        ranks = Ranks(tuple([int(m)] + [int(m) - int(x) for x in g]))
        out.append((f"{lead}计{m}分,根据公文实际按{gs}{n}{word}扣分。", m, ranks))
        out.append((f"{lead}计{m}分,根据公文实际按{gs}{n}{word}扣分;另每错一处减1分。", m, Unsure()))
    for lead, (m, x) in product(["条理清楚,文字精炼,语句通顺。", "文种和公文形式使用正确。", "行文规则符合要求。"],
                                [("10", "1"), ("15", "3"), ("5", "0.5")]):
        out.append((f"{lead}计{m}分,每错一处减{x}分。", m, Per(x)))
        out.append((f"{lead}计{m}分,每错一处扣{x}分", m, Per(x)))
        out.append((f"{lead}计{m}分,每错一处减{x}分,错误严重的不得分。", m, Unsure()))
    return out


# ── an exempt case; questions answered after a colon; a range split by kind (wz-lzu) ──────────────────────────────
def exempt_and_asked() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for req, exempt, m in product(["开展试点地区的企业职工取得职业技能等级证书", "试点县区的合作社建立财务制度", "纳入名录的企业完成登记"],
                                  ["非试点地区", "不属于试点的单位", "未列入名录的"], ["1", "2"]):
        out.append((f"{req},得{m}分;{exempt},本项不扣分", m, Ranks((int(m), int(m), 0))))
        out.append((f"{req},得{m}分;{exempt},本项不扣分;查看相关资料", m, Ranks((int(m), int(m), 0))))
        out.append((f"{req},得{int(m) + 1}分;{exempt},本项不扣分", m, Unsure()))
        # the case said with a cost of its own: the long-standing reading of a lesser situation (“…得2分;…扣1分”)
        out.append((f"{req},得{m}分;{exempt},本项扣1分", m, Either(Ranks((int(m), int(m) - 1)), Unsure())))
    for q, (yes, no), m in product(["是否有分管领导", "是否有网站管理员", "是否有内容建设队伍,有明确的责任分工", "是否建立值班制度"],
                                   [("有", "没有"), ("是", "否")], ["1", "2"]):
        out.append((f"{q}:{yes}{m}分、{no}0分", m, Ranks((int(m), 0))))
        out.append((f"{q}:{yes}{m}分,{no}0分", m, Ranks((int(m), 0))))
        out.append((f"{q}:{yes}{m}分、{no}1分", m, Ranks((int(m), 1)) if m == "2" else Unsure()))
        out.append((f"{q}:{yes}{int(m) + 1}分、{no}0分", m, Unsure()))
    for m in ("2", "3"):
        out.append((f"1.是否有分管领导:有1分、没有0分;2.是否有网站管理员:有{int(m) - 1}分,没有0分", m,
                    Faults((Fault("分管", "-1", False), Fault("管理员", f"-{int(m) - 1}", False)))))
        out.append((f"是否纳入本单位的日常性工作:纳入{m}分、未纳入0分", m, Ranks((int(m), 0))))
    for (hi, mid, lo), kinds in product([(10, 9, 8), (6, 5, 4), (5, 4, 3)],
                                        [("OA流程审批记录", "纸质审批的复印件", "后台审核记录"), ("电子台账", "纸质台账", "口头说明记录")]):
        a, b, c = kinds
        text = f"1.可提供审核材料支撑{hi}-{lo}分({a}{hi}分、{b}{mid}分、{c}{lo}分等);2.无审核材料0分"
        out.append((text, str(hi), Ranks((hi, mid, lo, 0))))
        out.append((text.replace(f"{c}{lo}分", f"{c}{lo - 1}分"), str(hi), Unsure()))  # a kind outside the range
        out.append((text.replace(f"{b}{mid}分", f"{b}{hi + 1}分"), str(hi), Unsure()))
        out.append((f"1.可提供审核材料支撑{hi}-{lo}分({a}{hi}分、{b}{mid}分、{c}{lo}分等);2.材料不全的{lo - 2}分;3.无审核材料0分",
                    str(hi), Ranks((hi, mid, lo, lo - 2, 0))))
    return out


# ── points gated by the first; yes/no sentences (kj tables) ─────────────────────────────────────────────────────
def gated_points() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (thing, first, second), (a, b), close in product(
            [("制度", "建立了院士工作站服务制度", "制度上墙"), ("台账", "建立了安全生产台账", "台账按月更新"),
             ("方案", "制定了应急处置方案", "方案经过演练")],
            [("1", "1"), ("2", "1"), ("1", "0.5")], ["无{t}0分", "没有{t}的不得分", "无{t}的,不得分"]):
        m = str(dec(a) + dec(b))
        z = close.format(t=thing)
        out.append((f"{first}{a}分,{second}{b}分;{z}", m, Gated((first[-4:], second[-2:]), (a, b))))
        out.append((f"{first}{a}分{'' if close.startswith('无{t}0') else ';' if close.startswith('没') else '、'}{second}{b}分", m, Faults((Fault(first[-4:], f"-{a}", False), Fault(second[-2:], f"-{b}", False)))))
        out.append((f"{first}{a}分,{second}{b}分;{z[:-2]}及其他材料0分", m, Unsure()))
    for (s1, s2), m in product([("项目成立组织机构,人员职责明确", "是否进行培训,进行培训1分,未培训0分"),
                                ("建立健全管理制度", "是否开展演练,开展演练1分,未开展0分")], ["2"]):
        out.append((f"{s1}:1分,否则不得分;{s2}", m, Faults((Fault(s1[-4:], "-1", False), Fault(s2[2:4], "-1", False)))))
        out.append((f"{s1}:1分,否则不得分;{s2}", "3", Unsure()))
    return out


# ── a title before what is asked and its deductions; the levels of a network; a shortfall of a count (jgjs, dj) ──
def titled() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (title, asked, f1, f2), (m, x, y), sep in product(
            [("加强组织领导", "成立以各村党总支书记为组长、其他人员参加的秸秆禁烧工作小组,夏收、秋收前对秸秆禁烧工作及时作出部署",
              ("未成立禁烧工作小组的", "小组"), ("未及时部署的", "部署")),
             ("做好秸秆禁烧宣传工作", "通过发放公告、悬挂横幅、张贴标语等多种形式,深入宣传禁烧工作",
              ("未发放公告的", "公告"), ("未悬挂横幅的", "横幅")),
             ("建立秸秆禁烧工作网络责任体系", "建立村、组两级禁烧工作网络,田块包干责任落实到人",
              ("未建立网络的", "网络"), ("责任未落实到人的", "责任"))],
            [("5", "2", "1"), ("2", "1", "1"), ("4", "2", "0.5")], ["。", ":"]):
        want = Faults((Fault(f1[1], f"-{x}", None), Fault(f2[1], f"-{y}", None)))
        out.append((f"{title}({m}分){sep}{asked}。{f1[0]}扣{x}分;{f2[0]}扣{y}分", m, want))
        out.append((f"{title}({m}分){sep}{asked}。{f1[0]}扣{x}分,{f2[0]}扣{y}分。", m, want))
        out.append((f"{title}({m}分){sep}{asked}。{f1[0]}扣{x}分;{f2[0]}酌情扣分", m, Unsure()))
        out.append((f"{title}({m}分){sep}{asked}。{f1[0]}扣{x}分;{f2[0]}每次扣{y}分", m,
                    Faults((Fault(f1[1], f"-{x}", None), Fault(f2[1], f"-{y}", True)))))
        out.append((f"{asked}{';' if sep == '。' else '。'}{f1[0]}扣{x}分,{f2[0]}扣{y}分", m, want))
    for (n, unit, act, x), (m, y) in product([(4, "次", "专题研究基层党建工作", "0.5"), (2, "次", "召开联席会议", "1"),
                                              (3, "篇", "报送调研文章", "0.5")], [("2", "1"), ("3", "1")]):
        asked = f"1、县、乡党委成立党建工作领导小组,每年{act}不少于{n}{unit};制定党建工作年度计划,任务责任明确({m}分)。"
        out.append((asked + f"未成立领导小组扣{y}分,每少{act[:2]}1{unit}扣{x}分,未制定年度计划扣0.5分。", m,
                    Faults((Fault("领导小组", f"-{y}", None), Fault(f"少|{act[:2]}", f"-{x}", True, cap=None),
                            Fault("计划", "-0.5", None)))))
        out.append((f"未建立联系点制度扣{y}分,调研指导每少1{unit}扣{x}分。", m,
                    Faults((Fault("联系点", f"-{y}", None), Fault("调研|少", f"-{x}", True)))))
        out.append((f"未制定党建工作目标考核办法和实施细则扣{y}分,少开展1次{act[:2]}考评的扣{x}分。", m,
                    Faults((Fault("考核办法|细则", f"-{y}", None), Fault("考评", f"-{x}", True)))))
    return out


# ── requirements named by their numbers; how often a thing is done (zf-xinyang, jgjs) ─────────────────────────────
def numbered_and_often() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (cn, xs, extra), m in product([("五", ("5", "5", "15"), ("规范性文件违法的发生一件扣10分", "违法", "-10")),
                                       ("三", ("2", "1", "1"), ("执法文书不规范的发现一卷扣1分", "文书", "-1")),
                                       ("四", ("3", "3", "6"), ("具体行政行为违法的发生一起扣5分", "违法", "-5"))],
                                      ["30", "20"]):
        a, b, c = xs
        f3 = (Fault("第1项|第一项", f"-{a}", None), Fault("第2项|第二项", f"-{b}", None), Fault("第3项|第三项", f"-{c}", None))
        ex = Fault(extra[1], extra[2], True)
        if a == b:
            out.append((f"本条有{cn}项要求,第一项、第二项不达要求的分别扣{a}分,第三项不达要求的扣{c}分,{extra[0]}。", m,
                        Faults((*f3, ex))))
        out.append((f"本条有{cn}项要求,第一项不达要求的扣{a}分,第二项不达要求的扣{b}分,第三项不达要求的扣{c}分。", m, Faults(f3)))
        out.append((f"第一项不达要求的扣{a}分,第二项不达要求的扣{b}分,第三项未达要求的扣{c}分,{extra[0]}。", m,
                    Faults((*f3, ex))))
        out.append((f"本条有{cn}项要求,第一项不达要求的扣{a}分,其余各项不达要求的酌情扣分。", m, Unsure()))
    for act, m in product(["每天早中晚进行宣传的", "每天开展巡查的", "完成每月信息报送目标任务", "每周召开例会的"], ["20", "10"]):
        out.append((f"{act},计{m}分", m, Either(Ranks((int(m), 0)), Unsure())))
        out.append((f"{act},计{int(m) // 2}分", m, Unsure()))
        out.append((f"{act},计{m}分,每缺1次扣2分", m, Unsure() if "完成" in act else Either(Per("2"), Unsure())))
    for (thing, unit), (x, m) in product([("信息", "条"), ("简报", "期"), ("宣传稿件", "篇")], [("2", "10"), ("1", "5")]):
        samples = tuple(((k,), min(dec(m), dec(x) * k)) for k in (0, 1, 3, 40))
        out.append((f"每月报送{thing}1{unit}计{x}分,最高{m}分", m, Fn((thing,), samples)))
        out.append((f"每月报送{thing}每{unit}计{x}分,每月最多{m}分", m, Either(Fn((thing,), samples), Unsure())))
    return out


# ── near variants that a reading of this round should not take, nor another take wrongly ─────────────────────────
def near_misses() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for m in ("3", "2"):
        # a cost past the 分值, a grave fault past it
        out.append((f"每处错误{int(m) + 2}分", m, Per(str(int(m) + 2))))
        out.append((f"每处错误1分,严重错误(如文不对题){int(m) + 2}分", m,
                    Faults((Fault("一般", "-1", True), Fault("严重", f"-{int(m) + 2}", None)))))
        # the 分值 of each thing said otherwise than the row's
        out.append((f"每份公文满分为{int(m) * 5}分,扣分标准为:(一)越级行文。(扣1分)(二)文种使用不正确。(扣1分)", m, Unsure()))
        out.append((f"计{int(m) * 5}分,根据公文实际按1分、2分三个档次扣分。", m, Unsure()))
        out.append((f"计{m}分,根据公文实际按1分、2分、3分三个档次扣分。", m, Unsure()))
        # questions after a colon with a third answer
        out.append((f"是否有分管领导:有{m}分、兼职1分、没有0分", m, Ranks((int(m), 1, 0))))
        out.append((f"是否有分管领导:有{m}分、没有0分;是否有网站管理员:有1分,没有0分", m, Unsure()))
        out.append((f"是否有分管领导,有{m}分、没有0分", m, Ranks((int(m), 0))))
        out.append((f"是否有分管领导:有{m}分、没有扣1分", m, Unsure() if m == "3" else Ranks((2, 1))))
        # the lead and its 分值 before a fault zeroing the row, or past the 分值
        out.append((f"着装与工牌等符合要求,得{m}分,发现1人次不合格的不得分", m, Ranks((int(m), 0))))
        out.append((f"着装与工牌等符合要求,得{m}分,1人次不合格减{int(m) + 1}分", m, Either(Per(str(int(m) + 1)), Ranks((int(m), 0)))))
        out.append((f"着装与工牌等符合要求,得{m}分,1人次不合格减1分,最多减{int(m) - 1}分", m, Per("1", str(int(m) - 1))))
        out.append(("着装与工牌等符合要求,得1分,1人次不合格减1分", str(int(m) + 2), Unsure()))
        # an exempt case, the lead short of the 分值 or past it
        out.append((f"开展试点地区的企业职工取得证书,得{int(m) - 1}分;非试点地区,本项不扣分", m, Unsure()))
        out.append((f"开展试点地区的企业职工取得证书,得{m}分;非试点地区,本项不扣分;未取得证书扣1分", m, Unsure()))
        # a range split by kind, two ranges, or a kind's score outside the range
        out.append((f"1.可提供材料支撑{int(m) * 5}-{int(m) * 4}分(OA记录{int(m) * 5}分、纸质记录{int(m) * 4}分等);2.可提供部分材料"
                    f"{int(m) * 3}-{int(m) * 2}分(电子{int(m) * 3}分、纸质{int(m) * 2}分等);3.无材料0分", str(int(m) * 5), Unsure()))
        # gated points, the thing missing not the first point's
        out.append((f"建立了台账1分,制度上墙{int(m) - 1}分;无制度0分", m, Unsure()))
        out.append((f"建立了服务制度1分,制度上墙{int(m) - 1}分;无制度扣1分", m, Unsure()))
        # requirements by number without 分别
        out.append((f"本条有三项要求,第一项、第二项不达要求的扣{m}分,第三项不达要求的扣1分。", str(int(m) * 2 + 1), Unsure()))
        out.append((f"第一项、第二项不达要求的分别扣{m}分,第三项不达要求的扣1分。", str(int(m) * 2 + 1),
                    Faults((Fault("第1项|第一项", f"-{m}", None), Fault("第2项|第二项", f"-{m}", None),
                            Fault("第3项|第三项", "-1", None)))))
        out.append((f"本条有五项要求,第一项不达要求的扣{m}分,其余每项不达要求的扣1分。", str(int(m) + 4), Unsure()))
        # how often it is done, and what zeroes it
        out.append((f"每天早中晚进行宣传的,计{m}分;未宣传的不得分", m, Ranks((int(m), 0))))
        out.append((f"每天早中晚进行宣传的,计{m}分;每缺1天扣0.5分", m, Unsure()))
        out.append((f"每月报送信息不少于2条,计{m}分;每少1条扣1分", m, Per("1")))
        # costs in brackets with one counted per case, or with a comma inside
        out.append(("(一)越级行文。(扣1分)(二)错别字。(每处扣0.5分)", m,
                    Either(Faults((Fault("越级", "-1", None), Fault("错别字", "-0.5", True))), Unsure())))
        out.append(("(一)越级行文,(扣1分)(二)主送单位不正确,(扣1分)", m,
                    Faults((Fault("越级", "-1", None), Fault("主送", "-1", None)))))
        out.append(("越级行文(扣1分);主送单位不正确(扣1分);标题不规范(扣0.5分)", m,
                    Faults((Fault("越级", "-1", None), Fault("主送", "-1", None), Fault("标题", "-0.5", None)))))
        out.append(("越级行文(扣1分);主送单位不正确(扣1分);其他错误每处扣0.5分", m,
                    Faults((Fault("越级", "-1", None), Fault("主送", "-1", None), Fault("其他", "-0.5", True)))))
        # a network of levels beside a figure that counts
        out.append(("建立县、乡、村三级网络,配备3名以上网格员;未建立网络扣1分,每少1名网格员扣0.5分", m,
                    Faults((Fault("网络", "-1", None), Fault("网格员|少", "-0.5", True)))))
        out.append(("建立县、乡、村3级网络;未建立扣1分,网络不健全扣0.5分", m,
                    Faults((Fault("未建立", "-1", None), Fault("不健全", "-0.5", None)))))
        # a title then points earned, not only deductions
        out.append((f"加强组织领导({m}分)。成立工作小组得1分;及时作出部署得{int(m) - 1}分", m,
                    Faults((Fault("小组", "-1", False), Fault("部署", f"-{int(m) - 1}", False)))))
        out.append((f"加强组织领导({m}分)。成立工作小组。未成立工作小组的扣1分;好的加1分", m, Unsure()))
        out.append((f"加强组织领导({int(m) + 1}分)。成立工作小组。未成立工作小组的扣1分", m, Unsure()))
    return out


# ── the 分值 said of each thing scored, before points or a zero (zf-gs-gwcl); how often, near variants (jgjs) ──────
def each_thing() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (lead, thing), (a, b, m), head in product([("每篇信息", "篇"), ("每份公文", "份"), ("每件案卷", "件")],
                                                 [("2", "8", "10"), ("5", "5", "10"), ("1", "4", "5")],
                                                 ["评分标准如下:", "评分标准为:", ""]):
        # one thing scored: how the scores of several make the row's is unsaid (to check)
        out.append((f"{lead}满分为{m}分,{head}标题准确得{a}分;内容翔实得{b}分", m, Unsure()))
        if a in ("2", "1"):
            out.append((f"{lead}满分为{m}分,{head}格式规范得满分,否则不得分", m, Unsure()))
        # the whole row's 分值 said so: points adding up
        if thing == "篇":
            out.append((f"本项满分{m}分,{head}标题准确得{a}分;内容翔实得{b}分", m,
                        Faults((Fault("标题", f"-{a}", False), Fault("内容", f"-{b}", False)))))
    for m in ("20", "10"):
        h = str(int(m) // 10)
        out.append((f"每月报送信息1条,计{h}分,最高{m}分", m, Fn(("信息",), tuple(((k,), min(int(m), int(h) * k)) for k in (0, 1, 5, 40)))))
        out.append((f"完成每月信息报送目标任务,计{m}分;未完成的每月扣{h}分", m, Unsure()))
        out.append((f"每天进行宣传,计{m}分,缺1天扣1分", m, Per("1")))
        out.append((f"每周开展1次巡查,计{m}分;每少1次扣{h}分", m, Per(h)))
        out.append((f"每月召开1次例会,每次计{h}分", m, Fn(("例会",), tuple(((k,), min(int(m), int(h) * k)) for k in (0, 1, 5, 40)))))
        out.append((f"完成每月信息报送目标任务,计{m}分;每月最多{h}分", m, Unsure()))
        out.append((f"每季度开展1次培训的,计{int(m) // 4}分", m, Unsure()))
        out.append((f"每日巡查并记录的,计{m}分,未记录的不得分", m, Ranks((int(m), 0))))
        out.append((f"每日巡查并记录的,计{m}分,每发现1次未巡查扣{h}分", m, Per(h)))
    return out


# ── more near variants: a network's levels beside a count, the lead and its faults, costs with no 扣 ────────────────
def more_near() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for lv, m in product(["县、乡两级", "县、乡、村3级", "市、县、乡三级"], ["2", "4"]):
        out.append((f"建立{lv}网络;未建立扣{m}分", m, Ranks((int(m), 0))))
        out.append((f"建立{lv}网络,配备专人;未建立网络扣1分,未配备专人扣1分", m,
                    Faults((Fault("网络", "-1", None), Fault("专人", "-1", None)))))
        out.append((f"建立{lv}网络,配备专人;未建立网络扣1分,每缺1级扣0.5分", m,
                    Faults((Fault("网络|未建立", "-1", None), Fault("级|缺", "-0.5", True)))))
    for what, m in product(["着装与工牌等符合要求", "着装等基本符合要求", "卫生等符合要求的"], ["1", "2"]):
        out.append((f"{what},得{m}分;发现不合格的不得分", m, Ranks((int(m), 0))))
        out.append((f"{what},得{m}分,1人次不合格减1分,扣完为止", m, Per("1")))
        out.append((f"{what},得{m}分,1人次不合格减1分;未佩戴工牌不得分", m,
                    Faults((Fault("不合格", "-1", True), Fault("工牌", "0", None)))))
        out.append((f"{what},得{m}分,1人次不合格减{m}分,情节严重的另扣1分", m,
                    Faults((Fault("不合格", f"-{m}", True), Fault("严重", "-1", None)))))
    for word, m in product(["错误", "问题", "缺陷"], ["3", "5"]):
        out.append((f"每处{word}1分;每处{word}2分", m, Unsure()))
        out.append((f"每处{word}扣1分,严重{word}不得分", m, Faults((Fault(f"{word}|处", "-1", True), Fault("严重", "0", None)))))
        out.append((f"每处{word}扣除所在项所有分值,轻微{word}扣1分", m, Unsure()))
        out.append((f"出现1处{word}的,扣除本项全部分值;未按时报送的扣1分", m,
                    Faults((Fault(word, "0", None), Fault("报送", "-1", None)))))
    return out


CASES = (unsaid_costs() + bracketed_costs() + full_then_faults() + grades() + exempt_and_asked() + gated_points() + titled()
         + numbered_and_often() + near_misses() + each_thing() + more_near())


(test_the_probe_is_of_its_size,
 test_every_made_up_text_is_scored_as_it_says_or_is_to_check) = probe_tests(CASES, 300, 1400)
