"""Made-up texts in the styles of old257d's readings — a share per thing in the brackets before the words, its 分
perhaps unsaid (“(每组0.1)双手拉椅、椅距均等”: ``wording.held_each`` for ``deduction._each_thing_held``), a fault's cost as a
bare minus after a space (“着装不正 -1”), and a censure suffered standing alone (“因实验室安全等问题,被学院通报批评”:
``all_or_nothing._censure_alone``) — and their near variants: units 组/个/套/把/张/只, the share with or without 分, in half or
full width brackets, before or after the words, 每… before the words with a space, Chinese numerals (“每组零点五分”), a
cap, 扣完为止, a zeroing line, a second part or line, the cost said again (the same or not), points earned per thing, a count
in the words, things done, had, handled or gained (“(每次1分)参加业务培训”, “(每件1分)办理群众来信”); minuses typed -, －,
—, – after a space, a full-width space or two, with 分 or not, two faults, a range (“-2~5”, “-2 ～ 5”, “-2至5分”), /次,
a count (“-2次”), a measure (“-18 ℃”, “低于 -5时”), a code (“-2013版”), a base line at 0, a plus beside it; censures by
学院/上级部门/…, 因… before them, 受到…, 通报批评/约谈/问责/处分/处罚/通报/批评/曝光, their cost said (扣N分, 不得分, -N), a
count, per time, the censure not suffered (“未被…得满分”), a second fault, commendations (“通报表扬”, “正面曝光”), a
censure spared or lifted (“免于处罚”, “撤销处分”) — each with what it states (a few situations and their scores) or that it
is unsure (to check). Every proposal scores every situation as the text says, or is not confident.

Confident readings found scoring wrong: none (0 of the 580 texts written; 34 read confidently, all scoring every
situation as they say: “未被…通报批评得满分”, “没有被…的得满分,否则不得分”, “被…通报批评,扣2分” of 分值 2, “仪表不整洁 -2分”
of 分值 2, “…-2分/次,扣完为止”, “被通报批评1次扣1分,扣完为止”). The three readings are never confident. Two of them read
some near variants the wrong way round (flagged, so no bar), mended so they are no longer read so: a share before the words
of a case handled, made or gained (“(每件1分)办理群众来信”, “(每个1分)新建党支部”, “(每张1分)收集调查问卷”) was a share lost
per thing — now no thing held (``wording._CASE_GAINED``); a censure spared, lifted or not suffered, or a report in praise
(“被学院免于处罚”, “被上级部门撤销处分”, “因工作突出未被通报批评”, “被国家级媒体正面曝光”) was a fault taking the 分值 — now
no censure alone (``all_or_nothing._CENSURE_ALONE``). Tuning and hold-out unchanged.

Readings left to check (not confident, so no bar, though some would score otherwise): the share after the words with
its 分 unsaid (“双手拉椅、椅距均等(每组0.1)”, read as one requirement met or not), two lines of shares (“(每组0.1)双手拉椅
⏎(每组0.1)椅距均等”, 酌情), the share beside a cost of its own (“(每组1分)…,每组不符扣0.5分”, read by the cost), a share
before a fault's words (“(每组0.1)未双手拉椅”, read as its requirement), a share before a step read as a thing (“(每把0.2)
清洗消毒”, “(每张0.5)填写规范”), a base line at 0 before a bare minus (“按时完成 0 延误1天以内 -5”, read as one fault's
words), “着装不正 -1 每次” (read per time), a censure with a count (“被…通报批评一次扣2分”) or a second fault (“…或发生
安全事故”), “被…通报” or “被…批评” alone (read as a censure), and a commendation with a cost (“被学院通报表扬扣2分”, read
as written).

The checker is ``tests/probe_checks.py``'s.
"""
from __future__ import annotations

from decimal import Decimal
from itertools import product

import pytest

from services.frameworks.proposal import propose
from tests.probe_checks import Either, Fault, Faults, Want, first_statements, probe_tests
from tests.proposals import Per, Ranks, Unsure

_CN = {"0.1": "零点一", "0.2": "零点二", "0.5": "零点五", "1": "一", "2": "二", "3": "三", "5": "五"}


def _n(x: Decimal | int | float | str) -> str:
    return format(Decimal(str(x)).normalize(), "f")


def _p(full: bool) -> tuple[str, str, str, str, str]:
    """A clause's comma, a semicolon, a full stop and the brackets, in full or half width."""
    return ("，", "；", "。", "（", "）") if full else (",", ";", ".", "(", ")")


# ── a share per thing in the brackets before the words (“(每组0.1)双手拉椅、椅距均等”) ───────────────────────────────
_STATES = [("双手拉椅、椅距均等", "拉椅"), ("杯口朝上,与骨碟成一直线", "杯口"), ("折叠整齐、花型美观", "折叠"),
           ("摆放在主宾面前餐碟右侧", "摆放"), ("按规定量斟倒", "斟倒"), ("与杯垫正对,与桌边间隔一公分", "杯垫"),
           ("筷子距桌边1.5cm", "筷子")]


def shares() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (req, word), (unit, per, m), full in zip(_STATES + _STATES[:1], [("组", "0.1", "1"), ("个", "0.5", "2"),
                                                                         ("套", "1", "3"), ("把", "0.2", "2")] * 2,
                                                  (False, True) * 4):
        c, s, _e, lb, rb = _p(full)
        req = req.replace(",", c)
        fen = "分" if per != "0.2" else ""
        per_d = Decimal(per)
        sure = Either(Per(per), Unsure())
        out.append((f"{lb}每{unit}{per}{rb}{req}", m, sure))
        out.append((f"{lb}每{unit}{per}分{rb}{req}", m, sure))
        out.append((f"{lb}每{unit}{per}{fen}{rb}{req}{c}扣完为止", m, sure))
        out.append((f"{req}{lb}每{unit}{per}分{rb}", m, sure))
        out.append((f"{req}{lb}每{unit}{per}{rb}", m, sure))
        out.append((f"每{unit}{per}分 {req}", m, sure))
        # a cap short of the 分值
        cap = _n(Decimal(m) / 2)
        out.append((f"{lb}每{unit}{per}{fen}{rb}{req}{c}最多扣{cap}分", m, Either(Per(per, cap), Unsure())))
        # a zeroing line, a second part
        out.append((f"{lb}每{unit}{per}{fen}{rb}{req}{s}打碎餐具本项不得分", m, Unsure()))
        out.append((f"{lb}每{unit}{per}{fen}{rb}{req}{s}{lb}每{unit}{per}{fen}{rb}操作时拿柄", m, Unsure()))
        out.append((f"{lb}每{unit}{per}{fen}{rb}{req}\n{lb}每{unit}{per}{fen}{rb}操作时拿柄", m, Unsure()))
        # the cost said again, the same or not
        out.append((f"{lb}每{unit}{per}分{rb}{req}{c}每{unit}不符合扣{per}分", m, sure))
        out.append((f"{lb}每{unit}{per}分{rb}{req}{c}每{unit}不符合扣{_n(per_d * 2)}分", m, Unsure()))
        # earned per thing, not lost
        out.append((f"{lb}每{unit}得{per}分{rb}{req}", m, Unsure()))
        out.append((f"{lb}每{unit}{per}分{rb}{req}{c}每{unit}符合要求加{per}分", m, Unsure()))
        # a count to reach in the words
        out.append((f"{lb}每{unit}{per}{fen}{rb}摆放3{unit}{word}", m, Unsure()))
    return out


def shares_near() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for i, ((unit, per, m), full) in enumerate(zip([("组", "0.5", "5"), ("个", "1", "4"), ("张", "0.5", "2"),
                                                   ("只", "0.2", "1")], (False, True, True, False))):
        c, s, e, lb, rb = _p(full)
        cn = _CN[per]
        out.append((f"{lb}每{unit}{cn}分{rb}台布平整{c}四周下垂均等", m, Either(Per(per), Unsure())))
        out.append((f"{lb}每{unit}{per}{rb}未双手拉椅", m, Either(Per(per), Unsure())))
        out.append((f"{lb}每{unit}{per}{rb}椅距不均等", m, Either(Per(per), Unsure())))
        out.append((f"{lb}每{unit}{per}{rb}每{unit}均摆放端正", m, Either(Per(per), Unsure())))
        out.append((f"{lb}每{unit}{per}分{rb}{c}摆放端正", m, Either(Per(per), Unsure())))
        out.append((f"{lb}每{unit}-{per}{rb}摆放不端正", m, Either(Per(per), Unsure())))
        out.append((f"{lb}每{unit}{per}分{rb}摆放端正{c}共10{unit}", m, Either(Per(per), Unsure())))
        out.append((f"{lb}每{unit}{per}分{rb}摆放端正{lb}共10{unit}{rb}", m, Either(Per(per), Unsure())))
        out.append((f"{lb}每{unit}{per}分{rb}摆放端正{c}全部符合得满分", m, Either(Per(per), Unsure())))
        out.append((f"{lb}每{unit}{per}分{rb}摆放端正{c}否则不得分", m, Unsure()))
        out.append((f"{lb}每{unit}{per}分{rb}摆放端正{c}不符合要求不得分", m, Unsure()))
        out.append((f"{lb}每{unit}{per}分{rb}摆放端正{e}", m, Either(Per(per), Unsure())))
        out.append((f"{lb}每{unit}{per}分{rb}摆放端正{s}", m, Either(Per(per), Unsure())))
        out.append((f"{lb}每{unit}{per}分{rb}摆放端正{c}最多得{m}分", m, Unsure()))
        out.append((f"{lb}每{unit}{per}分{rb}摆放端正{c}扣完为止{c}打碎餐具扣1分", m, Unsure()))
        out.append((f"{lb}每{unit}{per}分{rb}摆放端正{lb}打碎餐具扣1分{rb}", m, Unsure()))
        out.append((f"{lb}满分{m}分{rb}摆放端正", m, Unsure()))
        out.append((f"{lb}{per}分{rb}摆放端正", m, Unsure()))
        # a thing done, had or counted: earned per time, never a share of things laid
        for done, word in [("参加业务培训", "培训"), ("在市级以上刊物发表文章", "发表"), ("开展主题活动", "活动"),
                           ("获得区级以上表彰", "表彰"), ("提交合理化建议", "建议"), ("组织应急演练", "演练"),
                           ("办理群众来信", "来信"), ("受理投诉", "投诉"), ("新建党支部", "党支部"),
                           ("收集调查问卷", "问卷"), ("编写校本教材", "教材"), ("创建示范点", "示范点")][i::4]:
            earned = Either(Faults((Fault(word, f"+{per}", True),), base="0"), Unsure())
            out.append((f"{lb}每次{per}分{rb}{done}", m, earned))
            out.append((f"{lb}每次{per}{rb}{done}", m, earned))
            out.append((f"{lb}每项{per}分{rb}{done}", m, earned))
            out.append((f"{lb}每{unit}{per}分{rb}{done}", m, earned))
            out.append((f"{lb}每件{per}{rb}{done}", m, earned))
        out.append((f"{lb}每人{per}{rb}着装整齐", m, Unsure()))
        out.append((f"{lb}每篇{per}分{rb}发表论文", m, Either(Faults((Fault("论文", f"+{per}", True),), base="0"),
                                                            Unsure())))
        out.append((f"{lb}每项{per}{rb}椅距均等", m, Unsure()))
        out.append((f"{lb}每{unit}{per}{rb}", m, Unsure()))
        out.append((f"{lb}每{unit}{per}{rb}得分", m, Unsure()))
    return out


# ── a fault's cost as a bare minus after a space (“着装不正 -1”) ──────────────────────────────────────────────────
_FAULTS = [("着装不正", "着装"), ("仪表不整洁", "仪表"), ("未核对患者信息", "核对"), ("未洗手", "洗手"),
           ("操作顺序颠倒", "顺序"), ("物品摆放凌乱", "摆放")]


def minuses() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for ((f, word), (g, word2)), (n, m), (sp, dash) in zip(
            list(product(_FAULTS, _FAULTS[::-1]))[1::7], [("1", "5"), ("2", "2"), ("3", "10"), ("0.5", "2"), ("5", "3"),
                                               ("2", "4")] * 6, [(" ", "-"), ("\u3000", "-"), (" ", "－"),
                                                                 ("  ", "-"), (" ", "—"), (" ", "–")] * 6):
        if f == g:
            continue
        one = Either(Faults((Fault(word, f"-{n}", None),)), Unsure())
        out.append((f"{f}{sp}{dash}{n}", m, one))
        out.append((f"{f}{sp}{dash}{n}分", m, one))
        out.append((f"{f}{sp}{dash} {n}", m, one))
        two = Either(Faults((Fault(word, f"-{n}", None), Fault(word2, "-1", None))), Unsure())
        out.append((f"{f}{sp}{dash}{n} {g}{sp}{dash}1", m, two))
        out.append((f"{f}{sp}{dash}{n};{g}{sp}{dash}1", m, two))
        out.append((f"{f}{sp}{dash}{n} {g}{sp}{dash}1 扣完为止", m, two))
        out.append((f"{f}{sp}{dash}{n}，{g}{sp}{dash}1，扣完为止", m, two))
        # a range of costs, the team's to pick
        out.append((f"{f}{sp}{dash}{n}~{int(Decimal(n)) + 3}", m, Unsure()))
        out.append((f"{f}{sp}{dash}{n} ～ {int(Decimal(n)) + 3}", m, Unsure()))
        out.append((f"{f}{sp}{dash}{n}至{int(Decimal(n)) + 3}分", m, Unsure()))
        # per time, or a figure of a count or a measure
        out.append((f"{f}{sp}{dash}{n}/次", m, Either(Per(n), Unsure())))
        out.append((f"{f}{sp}{dash}{n}次", m, Unsure()))
        # a zeroing line after it
        out.append((f"{f}{sp}{dash}{n} 严重违反操作规程者本项不得分", m, Unsure()))
        # a base line at 0 before it
        out.append((f"操作规范 0 {f}{sp}{dash}{n}", m, Unsure()))
    return out


def minuses_near() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for m in ("5",):
        out.extend([
            ("冷库温度 -18 ℃", m, Unsure()),
            ("冷库温度 -18℃以下", m, Unsure()),
            ("冷藏温度控制在 -2~4℃", m, Unsure()),
            ("气温低于 -5时停止施工", m, Unsure()),
            ("室外气温 -10 度以下停止作业", m, Unsure()),
            ("依据规范 -2013版执行", m, Unsure()),
            ("按时完成 0 延误1天以内 -5 无故拖延 -5~15", m, Unsure()),
            ("按时完成 0 延误1天以内 -2 延误3天以上 -5", m, Unsure()),
            ("迟到 -1 早退 -1 旷工 -5", m, Unsure()),
            ("迟到 -1分 早退 -1分 旷工 -5分", m, Unsure()),
            ("着装规范 +1 着装不正 -1", m, Unsure()),
            ("着装不正 -1 每次", m, Unsure()),
            ("每次着装不正 -1", m, Either(Per("1"), Unsure())),
            ("着装不正 -1 (每次)", m, Unsure()),
            ("着装不正 -1 最多扣2分", m, Unsure()),
            ("着装不正 -1 着装不正者本项不得分", m, Unsure()),
            ("着装不正 得分-1", m, Unsure()),
            ("着装不正 扣-1", m, Unsure()),
            ("-1 着装不正", m, Unsure()),
            ("着装不正 -1 -2", m, Unsure()),
            ("着装不正 -1.5", m, Either(Faults((Fault("着装", "-1.5", None),)), Unsure())),
            ("着装不正 -１", m, Either(Faults((Fault("着装", "-1", None),)), Unsure())),
            ("着装不正 -1。", m, Either(Faults((Fault("着装", "-1", None),)), Unsure())),
            ("1.着装不正 -1", m, Either(Faults((Fault("着装", "-1", None),)), Unsure())),
            ("（1）着装不正 -1 （2）未洗手 -2", m,
             Either(Faults((Fault("着装", "-1", None), Fault("洗手", "-2", None))), Unsure())),
            ("着装不正 -1\n未洗手 -2", m, Either(Faults((Fault("着装", "-1", None), Fault("洗手", "-2", None))), Unsure())),
            ("着装不正(衣帽不整) -1", m, Either(Faults((Fault("着装", "-1", None),)), Unsure())),
            ("着装不正 -1 得满分5分", m, Unsure()),
            ("着装不正 -1 满分5分", m, Unsure()),
            ("着装不正扣1分 未洗手 -2", m, Either(Faults((Fault("着装", "-1", None), Fault("洗手", "-2", None))), Unsure())),
            ("着装不正 -1 未洗手 -2~3", m, Unsure()),
            ("着装不正 -1~2 未洗手 -2", m, Unsure()),
        ])
    return out


# ── a censure suffered, standing alone (“因实验室安全等问题,被学院通报批评”) ─────────────────────────────────────────────
_WHO = ["学院", "学校", "上级部门", "区教育局及以上部门", "市级以上主管部门", "县卫健局"]
_WHY = ["实验室安全", "消防安全", "食品卫生", "安全生产", "师德师风", "信访维稳"]
_CENSURE = ["通报批评", "约谈", "问责", "处分", "处罚", "通报", "批评", "曝光"]


def censures() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (who, why), (cen, m), full in zip(zip(_WHO, _WHY), list(product(_CENSURE, ["2", "5"]))[::3],
                                          [False, True] * 3):
        c, s = _p(full)[:2]
        whole = Either(Faults((Fault(cen, "0", False),)), Unsure())
        out.append((f"因{why}等问题{c}被{who}{cen}", m, whole))
        out.append((f"因{why}问题被{who}{cen}", m, whole))
        out.append((f"被{who}{cen}", m, whole))
        out.append((f"受到{who}{cen}", m, whole))
        out.append((f"1、被{who}{cen}", m, whole))
        # its cost said
        out.append((f"被{who}{cen}{c}扣2分", m, Either(Faults((Fault(cen, "-2", None),)), Unsure())))
        out.append((f"被{who}{cen}的扣1分", m, Either(Faults((Fault(cen, "-1", None),)), Unsure())))
        out.append((f"被{who}{cen}{c}本项不得分", m, whole))
        out.append((f"因{why}问题被{who}{cen}的{c}该项不得分", m, whole))
        out.append((f"被{who}{cen} -{m}", m, whole))
        # a count, per time
        out.append((f"被{who}{cen}1次", m, Unsure()))
        out.append((f"被{who}{cen}一次扣1分", m, Unsure()))
        out.append((f"被{who}{cen}{c}每次扣1分", m, Either(Per("1"), Unsure())))
        out.append((f"每被{who}{cen}1次扣1分{c}扣完为止", m, Either(Per("1"), Unsure())))
        # the censure absent, a requirement
        out.append((f"未被{who}{cen}", m, Either(Ranks((m, 0)), Unsure())))
        out.append((f"未被{who}{cen}得满分", m, Either(Ranks((m, 0)), Unsure())))
        out.append((f"没有被{who}{cen}的得满分{c}否则不得分", m, Either(Ranks((m, 0)), Unsure())))
        # a second fault, a second part
        out.append((f"被{who}{cen}或发生{why}事故", m, Unsure()))
        out.append((f"被{who}{cen}{c}发生{why}事故", m, Unsure()))
        out.append((f"被{who}{cen}扣1分{s}发生{why}事故扣2分", m,
                    Either(Faults((Fault(cen, "-1", None), Fault("事故", "-2", None))), Unsure())))
    return out


def censures_near() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for who, m in [("学院", "2"), ("市级以上部门", "5")]:
        out.extend([
            # good things said like a censure
            (f"被{who}通报表扬", m, Unsure()),
            (f"受到{who}通报表彰", m, Unsure()),
            (f"被{who}表彰", m, Unsure()),
            (f"被{who}评为先进", m, Unsure()),
            (f"受到{who}奖励", m, Unsure()),
            (f"被{who}正面曝光", m, Unsure()),
            (f"被{who}宣传报道", m, Unsure()),
            (f"被{who}采纳", m, Unsure()),
            (f"被{who}推荐", m, Unsure()),
            # a censure lifted, spared, or not suffered
            (f"被{who}免于处罚", m, Unsure()),
            (f"被{who}撤销处分", m, Unsure()),
            (f"被{who}解除处分", m, Unsure()),
            (f"因工作突出未被{who}通报批评", m, Unsure()),
            (f"被{who}通报批评后及时整改", m, Unsure()),
            (f"被{who}约谈提醒", m, Unsure()),
            (f"被{who}批评教育", m, Unsure()),
            (f"被{who}警告", m, Unsure()),
            (f"被{who}取消通报批评", m, Unsure()),
            ("被国家级媒体正面曝光", m, Unsure()),
            (f"因整改及时未受到{who}处罚", m, Unsure()),
            # whose censure: others'
            (f"对违规人员被{who}通报批评的", m, Unsure()),
            (f"被{who}通报批评的", m, Unsure()),
            (f"被{who}通报批评2次", m, Unsure()),
            (f"被{who}通报批评2次以上", m, Unsure()),
            (f"被{who}通报批评,扣2分/次", m, Either(Per("2"), Unsure())),
            (f"被{who}通报批评、约谈", m, Either(Faults((Fault("通报|约谈", "0", False),)), Unsure())),
            (f"被{who}通报批评或约谈", m, Either(Faults((Fault("通报|约谈", "0", False),)), Unsure())),
            (f"被{who}通报批评\n被{who}约谈", m, Unsure()),
            (f"无：被{who}通报批评", m, Unsure()),
            (f"被{who}通报批评 是/否", m, Unsure()),
            (f"是否被{who}通报批评", m, Unsure()),
            (f"被{who}通报批评(扣{m}分)", m, Either(Faults((Fault("通报", f"-{m}", None),)), Unsure())),
        ])
    return out


# ── the same faults and things with their 扣 and 分 said (readings that may be sure) ─────────────────────────────────
def said() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for m, full in [("2", False), ("5", True), ("3", False)]:
        c = _p(full)[0]
        out.extend([
            (f"双手拉椅、椅距均等{c}每组不符合要求扣0.1分", m, Either(Per("0.1"), Unsure())),
            (f"双手拉椅、椅距均等{c}不符合要求每组扣0.5分{c}扣完为止", m, Either(Per("0.5"), Unsure())),
            (f"杯口朝上{c}每个不合格扣0.5分{c}扣完为止", m, Either(Per("0.5"), Unsure())),
            (f"仪表不整洁 -2分/次{c}扣完为止", m, Either(Per("2"), Unsure())),
            ("仪表不整洁 扣2分", m, Either(Faults((Fault("仪表", "-2", None),)), Unsure())),
            (f"仪表不整洁 -{m}分", m, Either(Faults((Fault("仪表", f"-{m}", False),)), Unsure())),
            (f"被通报批评1次扣1分{c}扣完为止", m, Either(Per("1"), Unsure())),
            (f"被学院通报批评的扣{m}分", m, Either(Faults((Fault("通报", f"-{m}", False),)), Unsure())),
            (f"未被通报批评得{m}分{c}被通报批评不得分", m, Either(Ranks((m, 0)), Unsure())),
            (f"未被上级部门约谈的得满分{c}否则不得分", m, Either(Ranks((m, 0)), Unsure())),
            (f"因安全问题被学院通报批评的{c}扣除本项全部分值", m,
             Either(Faults((Fault("通报", "0", False),)), Unsure())),
            (f"每被上级部门通报批评一次扣1分{c}扣完为止", m, Either(Per("1"), Unsure())),
        ])
    return out


_ALL = said() + shares() + shares_near() + minuses() + minuses_near() + censures() + censures_near()
CASES = first_statements(_ALL)


(test_the_probe_is_of_its_size,
 test_every_made_up_text_is_scored_as_it_says_or_is_to_check) = probe_tests(CASES, 300, 600)


# ── the two misreadings mended (never confident, but read the wrong way round) ─────────────────────────────────────
@pytest.mark.parametrize("text", ["(每件1分)办理群众来信", "(每个1分)新建党支部", "(每张1分)收集调查问卷",
                                  "(每套2分)编写校本教材", "（每件0.5）受理投诉"])
def test_a_case_handled_or_gained_is_no_share_lost_per_thing(text):
    p = propose(text, "5", "指标")
    assert p.kind != "deduction", p.summary


@pytest.mark.parametrize("text", ["被学院免于处罚", "被上级部门撤销处分", "因工作突出未被通报批评", "被国家级媒体正面曝光",
                                  "被学院取消通报批评"])
def test_a_censure_spared_lifted_or_in_praise_is_no_fault(text):
    p = propose(text, "5", "指标")
    assert "即扣完" not in p.summary, p.summary


@pytest.mark.parametrize("text", ["(每组0.1)双手拉椅、椅距均等", "(每把0.2)清洗消毒", "因实验室安全等问题,被学院通报批评"])
def test_the_readings_themselves_still_hold(text):
    p = propose(text, "2", "指标")
    assert p.kind in ("deduction", "all_or_nothing") and not p.confident, p.summary
