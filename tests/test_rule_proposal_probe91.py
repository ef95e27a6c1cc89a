"""Made-up texts in the styles of int271's readings — a count of one opening its clause (“同类项目业绩,1个业绩得4分,满分20分”,
“1项得2分,最高得4分”: ``formula.EARNED_ONE_START``/``reading._LEAD_EARNED``), a count said again at its cost (“不按规定
穿着一项扣5分,两项以上不符合要求扣10分”: ``formula._count_restated``/``deduction._per_instance``), lines one below another
and none at all (“活动场地小于100㎡扣1分,小于50㎡的扣2分;无户外活动场地的不得分”: ``tiers._lines_below``), and a
requirement closing a shared rule (“…排名第一得标准分值…,满足技术性能指标基础值的得0分。内置安全事件分析模型≥3种”:
``reading._spec_closing``) — and their near variants: numbers varied, Chinese numerals (一个/一项, 两项以上), full and
half width punctuation, clause order (满分 first, the zeroing line first), caps at, short of and past the 分值, no cap, a
second part (proof, a floor of cases, a zeroing line, a figure of the case), 至少1个/1个及以上/1个以上 (a threshold), the
counts listed, two counts of two things, 每增加/第1个…其余, counts of more than one; a band at the whole 分值, short of
it, past it and costing otherwise, three counts, 不得分 for the band, two faults and one band, 另扣; 小于/低于/不足/以下,
none at all costing less than the 分值, “无…” of another thing, lines added up (再扣), lines going up, deductions out
of order; ranks with and without the base value, a scored requirement, two requirements, 负偏离, a rank with no
deviation measured and grades with a requirement closing them — each with what it states (a few situations and their
scores) or that it is unsure (to check). Every proposal scores every situation as the text says, or is not confident.

Figures: 582 texts written, 45 read confidently before the mends (39 after); confident and wrong found: 6, all mended
(their scores by place or grade as the text says; each dropped the closing requirement unsaid, so what one short of it
scores was taken as settled):
- a rank of a deviation with no base-value clause before the requirement (“…依次按标准分值的20%递减,最低分为0分。内置安全
  事件分析模型≥3种”, “…监控终端≥200台”; 4 texts): ``_spec_closing`` said the requirement back, but the plain rank
  reading of the whole text passed over it (its words taken for placed) and was confident. Mended in
  ``reading.own_doubts``: every reading of a text closing with such a requirement says it back (``_spec_at_end``).
- places or grades with a requirement closing them and no deviation measured (“排名第一得4分,排名第二得3分,其余不得分。
  内置安全事件分析模型≥3种”, “方案优得4分,…。…≥3种”; 2 texts): the figure 3 taken for the score 3. Mended in
  ``reading._THINGS_COUNTED`` (种, 类, 款 counted things): a count asked beside a rule of points only is never placed by
  its points.
The confident readings met score as said: points per case up to the cap from a count of one (“1个业绩得4分,满分20分”,
“一项得1.5分,最高得6分”, “满分20分,1个业绩得4分”, with “未提供的不得分” after; “近1年内…,1项得2分”).

Readings left to check (not confident, so no bar, though many would score right): the count of one with a cap short
of the 分值 or none said, with “其余不得分”, “业绩须附合同…” or a figure of the case after it; the counts listed (“1个
得4分,2个得8分,3个及以上得12分”), 第1个…其余每个; a band at the whole 分值 (read as the step, to check, by design) and
its Chinese-numeral and 及以上/(含)以上 forms; 两项以上不得分 at the whole 分值; lines below with none at all (to check by
design), and with 以下 or none costing the 分值 in points (“无…的扣5分” on 5); ranks with a base value (to check by design).

The checker is ``tests/probe_checks.py``'s.
"""
from __future__ import annotations

from decimal import Decimal
from itertools import product

from tests.probe_checks import Either, Fn, first_statements, probe_tests
from tests.proposals import Bands, Ranks, Unsure


def _n(x: Decimal | int | float | str) -> str:
    return format(Decimal(str(x)).normalize(), "f")


def _p(full: bool) -> tuple[str, str, str]:
    return ("，", "；", "。") if full else (",", ";", ".")


def _each(per: Decimal | int, cap: Decimal | int, ks: tuple[int, ...] = (0, 1, 2, 3, 5, 9, 40)) -> Bands:
    """Points per case up to ``cap``: the count and its score."""
    return Bands(tuple((k, min(Decimal(cap), Decimal(per) * k)) for k in ks))


def _off(m: Decimal | int, steps: dict[int, Decimal | int], ks: tuple[int, ...] = (0, 1, 2, 3, 5, 40)) -> Bands:
    """A count of faults and the score: the 分值 less the cost of the highest count ``steps`` names at or below it."""
    def cost(k: int) -> Decimal:
        below = [c for c in steps if c <= k]
        return Decimal(steps[max(below)]) if below else Decimal(0)
    return Bands(tuple((k, max(Decimal(0), Decimal(m) - cost(k))) for k in ks))


# ── a count of one opening its clause (“同类项目业绩,1个业绩得4分,满分20分”) ─────────────────────────────────────────────
_THINGS = [("提供近三年同类项目业绩合同", "个", "业绩"), ("投标人具有有效的管理体系认证证书", "项", "认证"),
           ("拟派项目负责人具有相关专业高级职称", "份", "证书"), ("拟派项目团队人员具有中级以上职称", "人", "")]


def count_of_one() -> list[tuple[str, str, object]]:
    out: list = []
    for (lead, unit, noun), (per, cap), (full, cn) in product(_THINGS, [(4, 20), ("1.5", 6)],
                                                              [(True, False), (False, True)]):
        c, s, e = _p(full)
        one = "一" if cn else "1"
        per_d = Decimal(str(per))
        cap_s, per_s = str(cap), _n(per_d)
        sure = Either(_each(per_d, cap), Unsure())
        out.append((f"{lead}{c}{one}{unit}{noun}得{per_s}分{c}满分{cap_s}分", cap_s, sure))
        out.append((f"{lead}{c}{one}{unit}得{per_s}分{c}最高得{cap_s}分{e}", cap_s, sure))
        out.append((f"{lead}{c}{one}{unit}{noun}得{per_s}分{c}最多得{cap_s}分{s}未提供的不得分", cap_s, sure))
        out.append((f"{lead}{c}满分{cap_s}分{c}{one}{unit}{noun}得{per_s}分", cap_s, sure))
        # the cap short of the 分值 (points up to it), or past it (the 分值 bounds the score)
        out.append((f"{lead}{c}{one}{unit}{noun}得{per_s}分{c}最高得{cap_s}分", _n(Decimal(cap) * 2),
                    Either(_each(per_d, cap), Unsure())))
        out.append((f"{lead}{c}{one}{unit}{noun}得{per_s}分{c}满分{_n(Decimal(cap) * 2)}分", cap_s, Unsure()))
        # no cap said
        out.append((f"{lead}{c}{one}{unit}{noun}得{per_s}分", cap_s, Either(_each(per_d, cap), Unsure())))
        # a threshold of one, not a count (“至少1个”, “1个以上”, “1个及以上”)
        thr = Either(Bands(((0, 0), (1, per_d), (3, per_d), (9, per_d))), Unsure())
        out.append((f"{lead}{c}至少{one}{unit}{noun}得{per_s}分{c}满分{cap_s}分", cap_s, Unsure()))
        out.append((f"{lead}{c}{one}{unit}及以上{noun}得{per_s}分{c}满分{cap_s}分", cap_s, Unsure()))
        out.append((f"{lead}{c}{one}{unit}{noun}及以上得{per_s}分", cap_s, thr))
        out.append((f"{lead}{c}提供{one}{unit}以上的得{per_s}分{c}否则不得分", cap_s, thr))
    for (per, cap), full in [((4, 20), True), ((2, 10), False), ((3, 12), False)]:
        c, s, e = _p(full)
        lead = "提供近三年同类项目业绩合同"
        # the counts listed with their points
        out.append((f"{lead}{c}1个业绩得{per}分{c}2个业绩得{2 * per}分{c}3个及以上得{3 * per}分", str(cap),
                    Either(Bands(((0, 0), (1, per), (2, 2 * per), (3, 3 * per), (9, 3 * per))), Unsure())))
        # two counts of two things
        out.append((f"{lead}{c}1个省级业绩得{per}分{c}1个市级业绩得{per // 2}分{c}满分{cap}分", str(cap),
                    Either(Fn(("省级", "市级"), (((0, 0), 0), ((1, 1), per + per // 2), ((1, 0), per), ((0, 2), per),
                                               ((40, 40), cap))), Unsure())))
        out.append((f"{lead}{c}1个业绩得{per}分{c}每增加1个加{per // 2}分{c}满分{cap}分", str(cap),
                    Either(Bands(((0, 0), (1, per), (2, per + per // 2), (40, cap))), Unsure())))
        out.append((f"{lead}{c}第1个业绩得{per}分{c}其余每个得{per // 2}分{c}满分{cap}分", str(cap),
                    Either(Bands(((0, 0), (1, per), (2, per + per // 2), (40, cap))), Unsure())))
        # a floor of cases
        out.append((f"{lead}{c}1个业绩得{per}分{c}满分{cap}分{s}业绩不足2个的不得分", str(cap),
                    Either(Bands(((0, 0), (1, 0), (2, 2 * per), (40, cap))), Unsure())))
        # a case of one thing per year, a period, a place
        out.append((f"近1年内获得市级以上表彰{c}1项得{per}分{c}满分{cap}分", str(cap), Either(_each(per, cap), Unsure())))
        out.append((f"近1年同类项目业绩得{per}分{c}最多得{cap}分", str(cap), Unsure()))
        out.append((f"项目负责人从业经验{c}1年得{per}分{c}满分{cap}分", str(cap), Either(_each(per, cap), Unsure())))
        out.append((f"{lead}{c}1个业绩扣{per}分{c}满分{cap}分", str(cap), Unsure()))
        out.append((f"{lead}{c}1个业绩得{per}分{c}满分{cap}分{s}业绩须附合同及验收报告{e}", str(cap),
                    Either(_each(per, cap), Unsure())))
        out.append((f"{lead}{c}1个业绩得{per}分{c}满分{cap}分{s}无业绩扣{per}分", str(cap), Unsure()))
        out.append((f"{lead}{c}1个业绩得{per}分{c}满分{cap}分{s}单个合同金额500万元以上的1个得{2 * per}分", str(cap),
                    Unsure()))
        out.append((f"{lead}{c}1个业绩得{per}分{c}满分{cap}分{s}技术方案优的得{per}分", str(cap + per), Unsure()))
        out.append((f"{lead}{c}1个业绩得{per}分{c}满分{cap}分{s}其余不得分", str(cap), Either(_each(per, cap), Unsure())))
        out.append((f"{lead}{c}1个业绩得{per}分{c}2个业绩得满分", str(2 * per),
                    Either(Bands(((0, 0), (1, per), (2, 2 * per), (5, 2 * per))), Unsure())))
        out.append((f"{lead}{c}1个业绩得{per}分{c}没有不得分{c}满分{cap}分", str(cap), Either(_each(per, cap), Unsure())))
        out.append((f"{lead}{c}1-2个业绩得{per}分{c}3个及以上得{cap}分", str(cap),
                    Either(Bands(((0, 0), (1, per), (2, per), (3, cap), (9, cap))), Unsure())))
        out.append((f"{lead}{c}1个业绩得{per}分{c}满分{cap}分；提供虚假业绩的本项不得分", str(cap), Unsure()))
    for (per, cap), full in [((4, 20), False), ((2, 10), True)]:
        c, s, e = _p(full)
        lead = "提供近三年同类项目业绩合同"
        # a count of more than one, a figure of the case, a count asked
        out.append((f"{lead}{c}2个业绩得{per}分{c}满分{cap}分", str(cap), Unsure()))
        out.append((f"{lead}{c}1个业绩得{per}分{c}满分{cap}分{s}单个业绩合同金额不低于100万元", str(cap),
                    Either(_each(per, cap), Unsure())))
        out.append((f"{lead}{c}须不少于3个{c}1个业绩得{per}分{c}满分{cap}分", str(cap), Unsure()))
        out.append((f"{lead}{c}1个业绩得{per}分{c}满分{cap}分{s}内置安全事件分析模型≥3种", str(cap), Unsure()))
        out.append((f"{lead}{c}1个业绩得{per}分{c}满分{cap}分{s}业绩数量≥{cap // per}个的得满分", str(cap),
                    Either(_each(per, cap), Unsure())))
        out.append((f"{lead}{c}1个业绩得{per}分{s}2个业绩得{per * 3}分{c}满分{cap}分", str(cap), Unsure()))
    return out


# ── a count said again at its cost (“一项扣5分,两项以上不符合要求扣10分”) ─────────────────────────────────────────────
_FAULTS = [("不按规定穿着工作服", "项"), ("工具摆放不整齐", "处"), ("操作程序错误", "次"), ("记录填写不规范", "处")]


def restated() -> list[tuple[str, str, object]]:
    out: list = []
    for i, ((fault, unit), x, (full, cn)) in enumerate(product(_FAULTS, [5, "0.5"], [(True, False), (False, True)])):
        said = ["不符合要求扣", "扣", "及以上扣", "(含)以上扣"][i % 4]
        c, s, _e = _p(full)
        xd = Decimal(str(x))
        one, two = ("一", "两") if cn else ("1", "2")
        lead = "以上" if said.startswith("不") or said == "扣" else ""
        tail = said
        band = f"{two}{unit}{lead}{tail}"
        whole = 2 * xd
        # the whole 分值: the step over its cases
        out.append((f"{fault}{one}{unit}扣{_n(xd)}分{c}{band}{_n(whole)}分", _n(whole),
                    Either(_off(whole, {1: xd, 2: whole}), Unsure())))
        # the 分值 past the band's cost: a cap, or the step going on
        out.append((f"{fault}{one}{unit}扣{_n(xd)}分{c}{band}{_n(whole)}分", _n(whole * 2),
                    Either(_off(whole * 2, {1: xd, 2: whole}), Unsure())))
        # the band costing otherwise
        out.append((f"{fault}{one}{unit}扣{_n(xd)}分{c}{band}{_n(whole + 1)}分", _n(whole + 2),
                    Either(_off(whole + 2, {1: xd, 2: whole + 1}), Unsure())))
    for (fault, unit), x, full in product(_FAULTS[:2], [5, 1], (True, False)):
        c, s, _e = _p(full)
        xd = Decimal(x)
        w3 = 3 * xd
        out.append((f"{fault}1{unit}扣{x}分{c}2{unit}扣{2 * x}分{c}3{unit}以上扣{3 * x}分", _n(w3),
                    Either(_off(w3, {1: xd, 2: 2 * xd, 3: w3}), Unsure())))
        out.append((f"{fault}1{unit}扣{x}分{c}3{unit}以上扣{3 * x}分", _n(w3),
                    Either(_off(w3, {1: xd, 3: w3}), Unsure())))
        out.append((f"{fault}一{unit}扣{x}分{c}两{unit}以上不得分", _n(2 * xd), Either(_off(2 * xd, {1: xd, 2: 2 * xd}),
                                                                                    Unsure())))
        out.append((f"{fault}一{unit}扣{x}分{c}两{unit}以上不得分", _n(3 * xd), Either(_off(3 * xd, {1: xd, 2: 3 * xd}),
                                                                                    Unsure())))
        out.append((f"每{unit}{fault}扣{x}分{c}两{unit}以上扣{2 * x}分", _n(2 * xd),
                    Either(_off(2 * xd, {1: xd, 2: 2 * xd}), Unsure())))
        # two faults, one band: the band of which?
        out.append((f"{fault}一{unit}扣{x}分{c}未戴安全帽扣{x}分{c}两{unit}以上扣{2 * x}分", _n(2 * xd), Unsure()))
        out.append((f"{fault}一{unit}扣{x}分{s}未戴安全帽一次扣{x}分{c}两次以上扣{2 * x}分", _n(4 * xd), Unsure()))
        # the count said at a higher cost than the 分值
        out.append((f"{fault}一{unit}扣{x}分{c}两{unit}以上扣{2 * x}分", _n(xd + 1),
                    Either(_off(xd + 1, {1: xd, 2: 2 * xd}), Unsure())))
        out.append((f"{fault}一{unit}扣{x}分{c}两{unit}以上扣{2 * x}分{c}扣完为止", _n(2 * xd),
                    Either(_off(2 * xd, {1: xd, 2: 2 * xd}), Unsure())))
        # a fault with a threshold: “两项以上” a fault of its own
        out.append((f"{fault}扣{x}分{c}两{unit}以上扣{2 * x}分", _n(2 * xd), Unsure()))
        out.append((f"{fault}一{unit}扣{x}分{c}两{unit}以上另扣{x}分", _n(2 * xd),
                    Either(_off(2 * xd, {1: xd, 2: 2 * xd}), Unsure())))
    return out


# ── lines one below another, and none at all (“小于100㎡扣1分,小于50㎡的扣2分;无户外活动场地的不得分”) ──────────────────
_AREAS = [("户外活动场地", "㎡", 100, 50), ("活动室面积", "平方米", 200, 100), ("绿地率", "%", 30, 20),
          ("人均经费", "元", 10, 5)]


def below() -> list[tuple[str, str, object]]:
    out: list = []
    for i, ((thing, u, a, b), (x, y, m), full) in enumerate(product(_AREAS, [(1, 2, 5), (2, 4, 6)],
                                                                      (True, False))):
        less = ["小于", "低于", "不足"][i % 3]
        c, s, _e = _p(full)
        want = Bands(((a * 2, m), (a, m), ((a + b) / 2, m - x), (b / 2, m - y), (0, 0)))
        soft = Either(want, Unsure())
        out.append((f"{thing}{less}{a}{u}扣{x}分{c}{less}{b}{u}的扣{y}分{s}无{thing}的不得分", str(m), soft))
        out.append((f"无{thing}的不得分{s}{thing}{less}{a}{u}扣{x}分{c}{less}{b}{u}的扣{y}分", str(m), soft))
        # none of another thing
        out.append((f"{thing}{less}{a}{u}扣{x}分{c}{less}{b}{u}的扣{y}分{s}无管理制度的不得分", str(m), Unsure()))
        # none at all costing less than the 分值
        out.append((f"{thing}{less}{a}{u}扣{x}分{c}{less}{b}{u}的扣{y}分{s}无{thing}的扣{y + 1}分", str(m + 2),
                    Either(Bands(((a * 2, m + 2), (a, m + 2), ((a + b) / 2, m + 2 - x), (b / 2, m + 2 - y),
                                  (0, m + 1 - y))), Unsure())))
        # the lines added up (再扣)
        out.append((f"{thing}{less}{a}{u}扣{x}分{c}{less}{b}{u}的再扣{y}分{s}无{thing}的不得分", str(m + x), Unsure()))
    for (thing, u, a, b), full in product(_AREAS, (True, False)):
        c, s, _e = _p(full)
        out.append((f"{thing}{a}{u}以下扣1分{c}{b}{u}以下扣2分{s}无{thing}不得分", "5",
                    Either(Bands(((a * 2, 5), ((a + b) / 2, 4), (b / 2, 3), (0, 0))), Unsure())))
        out.append((f"{thing}小于{a}{u}得3分{c}小于{b}{u}得1分{s}无{thing}不得分", "5", Unsure()))
        out.append((f"{thing}小于{a}{u}扣1分{c}小于{b}{u}的扣2分{s}无{thing}的扣5分", "5",
                    Either(Bands(((a * 2, 5), ((a + b) / 2, 4), (b / 2, 3), (0, 0))), Unsure())))
        out.append((f"{thing}小于{a}{u}扣1分{s}无{thing}的不得分", "3",
                    Either(Bands(((a * 2, 3), (a, 3), (b, 2), (0, 0))), Unsure())))
        out.append((f"{thing}大于{a}{u}扣1分{c}大于{a * 2}{u}的扣2分{s}无{thing}的不得分", "5", Unsure()))
        out.append((f"{thing}小于{a}{u}扣2分{c}小于{b}{u}的扣1分{s}无{thing}的不得分", "5", Unsure()))
        out.append((f"{thing}小于{a}{u}扣1分{c}小于{b}{u}的扣2分{s}无{thing}或{thing}不达标的不得分", "5", Unsure()))
        out.append((f"{thing}小于{a}{u}扣1分{c}小于{b}{u}的扣2分{s}无{thing}的本项不得分{s}资料不全扣1分", "5", Unsure()))
    return out


# ── a requirement closing a shared rule (“…仅满足技术参数基础值的得0分。支持≥6种接口协议”) ──────────────────────────────
_SPECS = ["支持≥6种接口协议", "日志存储容量不少于500万条", "内置安全事件分析模型≥3种", "可同时接入的监控终端≥200台"]


def closing() -> list[tuple[str, str, object]]:
    out: list = []
    for i, (spec, (share, w)) in enumerate(product(_SPECS[1:], [("20", "2"), ("25", "4")])):
        full = i % 2 == 0
        c, s, e = _p(full)
        d = Decimal(w) * Decimal(share) / 100
        ranks = Either(Ranks((w, _n(Decimal(w) - d), 0)), Unsure())
        rule = (f"按技术参数正偏离由高至低排序{c}排名第一得标准分值{c}其余依次按标准分值的{share}%递减{c}最低分为0分")
        out.append((f"{rule}{c}仅满足技术参数基础值的得0分{e}{spec}", w, ranks))
        out.append((f"{rule}{c}满足技术性能指标基础值的得0分{e}{spec}", w, ranks))
        out.append((f"{rule}{e}{spec}", w, ranks))
        # the closing figure scored: a line of its own
        out.append((f"{rule}{e}{spec}的得1分", w, Unsure()))
        out.append((f"{rule}{c}仅满足基础值的得0分{e}{spec}{c}不满足的不得分", w, Unsure()))
        # two requirements, an extra clause
        out.append((f"{rule}{c}负偏离的不得分{e}{spec}{s}{_SPECS[0]}", w, Unsure()))
        out.append((f"{rule}{c}仅满足基础值的得0分{c}有负偏离的本项不得分{e}{spec}", w, ranks))
        # no deviation measured: a condition of its own
        out.append((f"按服务方案优劣由高至低排序{c}排名第一得标准分值{c}其余依次递减{_n(d)}分{e}{spec}", w, Unsure()))
        # places or grades with a requirement closing them, no deviation measured: what one short of it scores is unsaid
        out.append((f"排名第一得{w}分{c}排名第二得{_n(Decimal(w) - d)}分{c}其余不得分{e}{spec}", w, Unsure()))
        out.append((f"方案优得{w}分{c}方案良得{_n(Decimal(w) - d)}分{c}其余不得分{e}{spec}", w, Unsure()))
    return out


Want = object
_ALL = count_of_one() + restated() + below() + closing()
#: (the first statement of a text the generators write twice)
CASES = first_statements(_ALL)


(test_the_probe_is_of_its_size,
 test_every_made_up_text_is_scored_as_it_says_or_is_to_check) = probe_tests(CASES, 300, 600)
