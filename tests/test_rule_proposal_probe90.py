"""Made-up texts in the styles of the points per case taught by test_rule_proposal_unseen265a and cov265, and their near
variants: a count of one said without 每 before a cap (“有1个得2分,最多不超过10分”, “符合一项得1.5分,最高不超过6分”, a
closing “没有有效业绩的得0分”, “省级(直辖市级)及以上”), every case met scoring the cap (“每满足1个岗位需求的,得0.5分,全部满足
得21.5分”, “…全部满足得满分”), the first case's points then each more (“…得2分,在此基础上每多1个加1分,加至5分”, “加满5分
为止”), a thing described after its unit (“每配备1名持有保安员证的人员得1分,最多得5分”, “…具有中级及以上职称的,每人得2分,
最高6分”), caps “3分封顶”/“封顶3分”, a denial after a semicolon (“…最高4分;不提供的不得分”), figures of names (ISO9001,
GB/T19001, ISO/IEC27001, 7×24小时) and bands of minutes and hours (“30分钟内到达现场得3分,1小时内得2分,超过1小时不得分”,
“半小时内…”, “45分钟内…1.5小时内…”, “90分钟内…2小时内…”, bands out of order); numbers varied, Chinese numerals, full and
half width punctuation; and near variants stating something else (a count of two or “至少有1个”/“不少于1项” before the points,
a cap short of or over the 分值, a floor “少于2名的不得分”, a bonus “全部满足的另加2分”, “每配备2名…”, two titles at two rates,
a denial that deducts or zeroes another thing, “每超时1小时扣1分”, a second band of 天). Each states a few situations and
their scores, or that it is unsure (to check).

Figures: 400 texts written, 121 confident before the mend, 3 of them scoring wrongly: “至少有1个得2分,最多不超过10分” read as
2 points for each case (the 至少 taken as the words of the case), where the text asks for at least one (its 2 points once,
or a band's). Mended in ``formula._earned``: a least said right before a count of one without 每 (``_LEAST_BEFORE``: 至少,
不少于, 不低于, 最少, 最低, 达到) is no case counted; after it 118 confident, none scoring wrongly.

Readings left to check: the first case then each more is never confident (0 of 49), nor mostly is a count of one
without 每 (5 of 51 confident: full-width and Chinese-numeral spellings, and a cap short of the 分值, are flagged);
“30分钟内响应得3分,1小时内到达现场得2分,超过1小时不得分” is read surely as bands of one time though 响应 and 到达 are two
measures (held a fair reading here, a team may disagree); “证书剩余有效期不足1年的得1分” read as a third situation; a
count of two before its points (“有2个得2分”), “全部满足得…” over the 分值, and “每配备2名…” are flagged.

The checker is ``tests/probe_checks.py``'s.
"""
from __future__ import annotations

from decimal import Decimal
from functools import cache
from itertools import product

from services.frameworks.proposal import Proposal, propose
from tests.probe_checks import Either, Fn, first_statements, probe_tests
from tests.proposals import Bands, Per, Ranks, Unsure, dec

_FULL = str.maketrans("0123456789.,;:()", "０１２３４５６７８９．，；：（）")
_CN = {1: "一", 2: "两", 3: "三", 4: "四", 5: "五", 6: "六", 8: "八", 10: "十"}


def _n(x: Decimal | int | str) -> str:
    return format(dec(x).normalize(), "f")


def _per_case(top: int | str, p: str, extra: tuple[int, ...] = ()) -> Bands:
    """Points ``p`` per case, up to ``top``."""
    pp, t = dec(p), dec(top)
    ks = sorted({0, 1, 2, int(t / pp), int(t / pp) + 2, 40, *extra})
    return Bands(tuple((k, min(t, pp * k)) for k in ks))


def _p(full: bool) -> tuple[str, str]:
    return ("，", "；") if full else (",", ";")


# ── a count of one said without 每 before a cap ──────────────────────────────────────────────────────────────────
_ONE = ("有{o}个得{p}分{c}最多不超过{m}分", "符合{o}项得{p}分{c}最高不超过{m}分", "提供{o}份得{p}分{c}最多得{m}分",
        "具有{o}项的得{p}分{c}最高得{m}分", "有{o}个有效业绩得{p}分{c}最高得分为{m}分{c}没有有效业绩的得0分",
        "获得省级(直辖市级)及以上奖项的{c}有{o}项得{p}分{c}最多得{m}分")


def count_of_one() -> list[tuple[str, str, object]]:
    out: list = []
    for i, how in enumerate(_ONE):
        m, p = ((10, "2"), (6, "1.5"), (5, "1"), (4, "0.5"), (8, "2"))[i % 5]
        full = i % 3 == 0
        c, _s = _p(full)
        o = "一" if i % 4 == 1 else "1"
        text = how.format(o=o, p=p, m=m, c=c)
        if full:
            text = text.translate(_FULL)
        out.append((text, str(m), _per_case(m, p)))
        # a cap short of the 分值
        out.append((how.format(o=o, p=p, m=m - 1, c=c), str(m), Either(_per_case(m - 1, p), Unsure())))
    for m, p in ((10, "2"), (6, "1"), (5, "1")):
        # no cap, a count of two, a second line, a floor, points off, a line of two cases
        out.append((f"有1项得{p}分。", str(m), Either(_per_case(m, p), Unsure())))
        out.append((f"有2个得{p}分,最多不超过{m}分。", str(m), Unsure()))
        out.append((f"有两个得{p}分,最多不超过{m}分。", str(m), Unsure()))
        out.append((f"有1个得{p}分,有2个及以上得{m}分。", str(m),
                    Either(Bands(((0, 0), (1, p), (2, m), (5, m))), Unsure())))
        out.append((f"有1个得{p}分,最多不超过{m}分,不足2个的不得分。", str(m), Unsure()))
        out.append((f"有1个扣{p}分,最多扣{m}分。", str(m), Either(Per(p), Unsure())))
        out.append((f"有1个得{p}分,2个得{dec(p) * 3}分,最多不超过{m}分。", str(m), Unsure()))
        out.append((f"有1个同类业绩得{p}分,最高得分为{m}分,没有资质证书的得0分。", str(m), Unsure()))
        out.append((f"有1个得{p}分,最多不超过{m}分,每提供1份虚假材料扣1分。", str(m), Unsure()))
        out.append((f"有1个以上得{p}分,最多不超过{m}分。", str(m), Unsure()))
        out.append((f"至少有1个得{p}分,最多不超过{m}分。", str(m), Unsure()))
        out.append((f"不少于1项得{p}分,最多不超过{m}分。", str(m), Unsure()))
        out.append((f"有1个得{p}分,最多不超过{m}分;没有的得1分。", str(m), Unsure()))
    return out


# ── every case met scoring the cap ────────────────────────────────────────────────────────────────────────────────
def all_met() -> list[tuple[str, str, object]]:
    out: list = []
    for m, p, full in ((12, "0.5", False), ("21.5", "0.5", True), (10, "1", False), (6, "0.5", True), (8, "2", False)):
        c, s = _p(full)
        for how in ("每满足1个岗位配置要求的{c}得{p}分{c}全部满足得{m}分", "每满足一项需求得{p}分{c}全部满足的得{m}分",
                    "每满足1个岗位需求的{c}得{p}分{c}全部满足得满分", "每满足1项功能要求得{p}分{s}全部满足得{m}分"):
            text = how.format(c=c, s=s, p=p, m=m)
            out.append((text.translate(_FULL) if full else text, str(m), _per_case(m, p)))
        # a bonus on top, a cap of all met above or below the 分值, all not met
        out.append((f"每满足1个岗位需求的{c}得{p}分{c}全部满足的另加2分", str(m), Unsure()))
        out.append((f"每满足1个岗位需求的{c}得{p}分{c}全部满足再加1分{c}最高{m}分", str(m), Unsure()))
        out.append((f"每满足1个岗位需求的{c}得{p}分{c}全部满足得{dec(m) + 2}分", str(m), Unsure()))
        out.append((f"每满足1个岗位需求的{c}得{p}分{c}全部满足得{dec(m) - 1}分", str(m),
                    Either(_per_case(dec(m) - 1, p), Unsure())))
        out.append((f"每满足1个岗位需求的{c}得{p}分{c}全部不满足不得分", str(m), Either(_per_case(m, p), Unsure())))
        out.append((f"每不满足1个岗位需求的{c}扣{p}分{c}全部满足得{m}分", str(m), Either(Per(p), Unsure())))
        out.append((f"全部满足得{m}分{c}每满足1个岗位需求的{c}得{p}分", str(m), Either(_per_case(m, p), Unsure())))
        out.append((f"满足1个岗位需求的{c}得{p}分{c}全部满足得{m}分", str(m), Either(_per_case(m, p), Unsure())))
    return out


# ── the first case's points, then each more ───────────────────────────────────────────────────────────────────────
def first_then_more() -> list[tuple[str, str, object]]:
    out: list = []
    for i, (first, more, m) in enumerate(((1, 1, 5), (2, 1, 5), (3, 1, 6), (2, "0.5", 4), (1, 2, 7))):
        full = i % 2 == 1
        c, _s = _p(full)
        d1, dm = dec(first), dec(more)
        want = Bands(tuple((k, Decimal(0) if k == 0 else min(dec(m), d1 + dm * (k - 1))) for k in (0, 1, 2, 3, 9, 30)))
        for how in ("具有1个同类项目业绩的得{f}分{c}在此基础上每多1个项目加{x}分{c}加至{m}分",
                    "有1个类似业绩得{f}分{c}在此基础上每多1个加{x}分{c}最高加至{m}分",
                    "提供一个同类业绩的得{f}分{c}在此基础上每多一个项目加{x}分{c}加满{m}分为止"):
            text = how.format(f=first, x=more, m=m, c=c)
            out.append((text.translate(_FULL) if full else text, str(m), want))
        # added up to a figure of the adding alone, a second, a lead with a date, no cap
        out.append((f"具有1个同类项目业绩的得{first}分{c}在此基础上每多1个项目加{more}分{c}最多加{m - first}分", str(m),
                    Either(want, Unsure())))
        out.append((f"具有1个同类项目业绩的得{first}分{c}在此基础上每多1个项目加{more}分{c}最多加2分", str(m), Unsure()))
        out.append((f"投标人自2023年1月1日起具有1个同类项目业绩的得{first}分{c}在此基础上每多1个项目加{more}分{c}加至{m}分",
                    str(m), Either(want, Unsure())))
        out.append((f"具有1个同类项目业绩的得{first}分{c}在此基础上每多1个项目加{more}分", str(m), Either(want, Unsure())))
        out.append((f"具有2个同类项目业绩的得{first}分{c}在此基础上每多1个项目加{more}分{c}加至{m}分", str(m), Unsure()))
        out.append((f"具有1个同类项目业绩的得{first}分{c}在此基础上每多2个项目加{more}分{c}加至{m}分", str(m), Unsure()))
        out.append((f"具有1个同类项目业绩的得{first}分{c}在此基础上每少1个项目扣{more}分{c}扣完为止", str(m), Unsure()))
    return out


# ── a thing described after its unit: persons per certificate, titles ───────────────────────────────────────────
_HOLD = ("持有保安员证", "持有电工证", "具有消防设施操作员证书")


def unit_first() -> list[tuple[str, str, object]]:
    out: list = []
    for i, (h, (m, p)) in enumerate(product(_HOLD, ((5, "1"), (6, "2")))):
        full = i % 3 == 0
        c, s = _p(full)
        for how in ("每配备1名{h}的人员得{p}分{c}最多得{m}分", "拟派人员中每有1名{h}的人员得{p}分{c}最高{m}分",
                    "每配备一名{h}的服务人员计{p}分{c}本项最多计{m}分"):
            text = how.format(h=h, p=p, m=m, c=c)
            out.append((text.translate(_FULL) if full else text, str(m), _per_case(m, p)))
        # per two persons, a floor, another thing zeroed, a cap short, a line on the count
        out.append((f"每配备2名{h}的人员得{p}分{c}最多得{m}分", str(m),
                    Either(Bands(((0, 0), (2, p), (4, min(dec(m), 2 * dec(p)))), ), Unsure())))
        out.append((f"每配备1名{h}的人员得{p}分{c}最多得{m}分{c}少于2名的不得分", str(m), Unsure()))
        out.append((f"每配备1名{h}的人员得{p}分{c}最多得{m - 1}分", str(m), Either(_per_case(m - 1, p), Unsure())))
        out.append((f"每少配备1名{h}的人员扣{p}分{c}扣完为止", str(m), Either(Per(p), Unsure())))
        out.append((f"配备{h}的人员不少于3名的得{m}分{s}少于3名不得分", str(m),
                    Either(Bands(((5, m), (3, m), (2, 0))), Unsure())))
    for who, (m, p) in product(("拟派项目团队成员", "项目组成员"), ((6, "2"), (5, "1"), (4, "0.5"))):
        out.append((f"{who}具有中级及以上职称的{','}每人得{p}分{','}最高{m}分", str(m), _per_case(m, p)))
        out.append((f"{who}具有中级及以上职称的，每人得{p}分", str(m), Either(_per_case(m, p), Unsure())))
        out.append((f"{who}具有高级职称的每人得{p}分,中级职称的每人得{dec(p) / 2}分,最高{m}分", str(m),
                    Either(Fn(("高级", "中级"), (((0, 0), 0), ((1, 0), p), ((0, 2), p), ((1, 1), dec(p) * 3 / 2),
                                                    ((20, 0), m))), Unsure())))
        out.append((f"{who}具有中级及以上职称的,每人得{p}分,最高{m}分;无职称人员每人扣1分", str(m), Unsure()))
        out.append((f"{who}具有中级及以上职称的,每人得{p}分,最高{m}分,初级职称的不得分", str(m),
                    Either(_per_case(m, p), Unsure())))
        out.append((f"{who}具有中级以下职称的,每人得{p}分,最高{m}分", str(m), Either(_per_case(m, p), Unsure())))
        out.append((f"{who}中具有中级及以上职称人员占比达到50%的得{m}分,否则不得分", str(m), Unsure()))
    return out


# ── caps said “3分封顶”; a denial after a semicolon ────────────────────────────────────────────────────────────────
def caps_denials() -> list[tuple[str, str, object]]:
    out: list = []
    for m, p, full in ((3, "1", False), (4, "1", True), (5, "2", False), (6, "1.5", True)):
        c, s = _p(full)
        for how, top in (("具有相关认证证书的{c}每个加{p}分{c}{m}分封顶", m),
                         ("具有相关认证证书的{c}每个加{p}分{c}封顶{m}分", m),
                         ("具有相关认证证书的{c}每个加{p}分{c}{t}分封顶", m - 1),
                         ("每提供一个有效证书得{p}分{c}最高{m}分{s}不提供的不得分", m),
                         ("每提供一个有效证书得{p}分{c}最高不超过{m}分{s}未提供的本项不得分", m),
                         ("每提供一个有效证书得{p}分{c}最高{m}分{s}不提供或提供不全的不得分", m)):
            text = how.format(c=c, s=s, p=p, m=m, t=m - 1)
            want = _per_case(top, p)
            out.append((text.translate(_FULL) if full else text, str(m), Either(want, Unsure()) if top != m else want))
        # near: a denial that deducts, one of another thing, a cap of points off
        out.append((f"每提供一个有效证书得{p}分{c}最高{m}分{s}不提供的扣1分", str(m), Unsure()))
        out.append((f"每提供一个有效证书得{p}分{c}最高{m}分{s}提供虚假证书的不得分", str(m), Unsure()))
        out.append((f"每提供一个有效证书得{p}分{s}不提供的不得分", str(m), Either(_per_case(m, p), Unsure())))
        out.append((f"每缺一个有效证书扣{p}分{c}{m}分扣完为止", str(m), Either(Per(p), Unsure())))
        out.append((f"每提供一个有效证书得{p}分{c}{m + 2}分封顶", str(m), Unsure()))
    return out


# ── figures of names: ISO9001, 7×24小时 ──────────────────────────────────────────────────────────────────────────
_NAMES = ("ISO9001质量管理体系认证证书", "ISO14001环境管理体系认证证书", "ISO/IEC27001信息安全管理体系认证证书",
          "GB/T19001质量管理体系认证证书", "ISO45001职业健康安全管理体系认证")


def names() -> list[tuple[str, str, object]]:
    out: list = []
    for i, nm in enumerate(_NAMES):
        m = (2, 3)[i % 2]
        c, s = _p(i % 2 == 0)
        out.append((f"具有{nm}的得{m}分{c}没有不得分", str(m), Ranks((m, 0))))
        out.append((f"投标人具有有效的{nm}得{m}分{s}否则不得分", str(m), Ranks((m, 0))))
        out.append((f"具有{nm}且在有效期内的得{m}分{c}否则不得分", str(m), Ranks((m, 0))))
        out.append((f"具有{nm}的得{m}分{c}证书剩余有效期不足1年的得1分{c}没有不得分", str(m), Ranks((m, 1, 0))))
        out.append((f"具有{nm}的得{m}分{c}每多一个证书加1分", str(m), Unsure()))
        out.append((f"具有{nm}的得{m}分", str(m), Either(Ranks((m, 0)), Unsure())))
    for i, hours in enumerate(("7×24小时", "7*24小时", "7x24小时", "24小时")):
        m = (2, 3, 4)[i % 3]
        c, s = _p(i % 2 == 1)
        out.append((f"提供{hours}值守承诺的得{m}分{c}未提供不得分", str(m), Ranks((m, 0))))
        out.append((f"承诺提供{hours}服务热线的得{m}分{s}不承诺的不得分", str(m), Ranks((m, 0))))
        out.append((f"承诺{hours}响应{c}2小时内到达现场的得{m}分{c}否则不得分", str(m), Ranks((m, 0))))
        out.append((f"提供{hours}值守{c}每少一个值守岗位扣1分", str(m), Either(Per("1"), Unsure())))
    return out


# ── bands of minutes and hours ────────────────────────────────────────────────────────────────────────────────────
def _minutes_or_hours(points: tuple[tuple[int, object], ...]) -> Either:
    """Bands of a time in minutes, or the same in hours."""
    return Either(Bands(points), Bands(tuple((Decimal(t) / 60, s) for t, s in points)))


def response() -> list[tuple[str, str, object]]:
    out: list = []
    for m, a, full in ((3, 2, False), (5, 3, True), (4, 1, False), (6, 4, True)):
        c, s = _p(full)
        said = _minutes_or_hours(((10, m), (45, a), (90, 0)))
        for how in ("30分钟内到达现场得{m}分{c}1小时内得{a}分{c}超过1小时不得分",
                    "承诺30分钟内到达现场的得{m}分{s}1小时内到达的得{a}分{s}超过1小时的不得分",
                    "接到报修后30分钟内到达得{m}分{c}60分钟内到达得{a}分{c}超过60分钟不得分",
                    "半小时内到达现场得{m}分{c}1小时内得{a}分{c}1小时以上不得分"):
            text = how.format(c=c, s=s, m=m, a=a)
            out.append((text.translate(_FULL) if full else text, str(m),
                        Either(said, Unsure()) if "半" in how else said))
        out.append((f"45分钟内到达现场得{m}分{c}1.5小时内得{a}分{c}超过1.5小时不得分", str(m),
                    _minutes_or_hours(((30, m), (80, a), (120, 0)))))
        out.append((f"90分钟内到达现场得{m}分{c}2小时内得{a}分{c}超过2小时不得分", str(m),
                    _minutes_or_hours(((60, m), (100, a), (150, 0)))))
        out.append((f"1小时内到达现场得{a}分{c}30分钟内到达现场得{m}分{c}超过1小时不得分", str(m),
                    Either(_minutes_or_hours(((10, m), (45, a), (90, 0))), Unsure())))
        # near: a step per hour over, minutes no quarter hour, a floor unsaid, a band of hours only
        out.append((f"30分钟内到达现场得{m}分{c}每超时1小时扣1分", str(m), Unsure()))
        out.append((f"25分钟内到达现场得{m}分{c}1小时内得{a}分{c}超过1小时不得分", str(m),
                    Either(_minutes_or_hours(((10, m), (45, a), (90, 0))), Unsure())))
        out.append((f"30分钟内到达现场得{m}分{c}1小时内得{a}分", str(m),
                    Either(_minutes_or_hours(((10, m), (45, a), (90, 0))), Unsure())))
        out.append((f"30分钟内到达现场得{m}分{c}1小时内得{a}分{c}2小时内得1分{c}超过2小时不得分", str(m),
                    _minutes_or_hours(((10, m), (45, a), (100, 1), (150, 0)))))
        out.append((f"30分钟内到达现场得{m}分{c}1小时内得{a}分{c}超过1小时扣1分", str(m), Unsure()))
        out.append((f"30分钟内响应得{m}分{c}1小时内到达现场得{a}分{c}超过1小时不得分", str(m),
                    Either(_minutes_or_hours(((10, m), (45, a), (90, 0))), Unsure())))
        out.append((f"2小时内到达现场得{m}分{c}4小时内得{a}分{c}超过4小时不得分", str(m),
                    _minutes_or_hours(((60, m), (180, a), (300, 0)))))
        out.append((f"30分钟内到达现场得{m}分{c}1天内得{a}分{c}超过1天不得分", str(m),
                    Either(_minutes_or_hours(((10, m), (600, a), (2000, 0))), Unsure())))
    return out


_ALL = count_of_one() + all_met() + first_then_more() + unit_first() + caps_denials() + names() + response()
CASES = first_statements(_ALL)


@cache
def _proposed(text: str, weight: str) -> Proposal:
    return propose(text, weight, "指标")


(test_the_probe_is_of_its_size,
 test_every_made_up_text_is_scored_as_it_says_or_is_to_check) = probe_tests(CASES, 250, 400, proposed=_proposed)
