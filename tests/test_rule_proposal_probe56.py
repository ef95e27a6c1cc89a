"""Made-up texts in the styles of the readings merged last (unseen200a): bands of a count of faults from one case up
with a “≥” cliff (“1例扣2分，≥2例不得分”, “全组1-2人不合格扣1分，≥3人不合格不得分”, “1例扣1分，2例扣3分，≥3例不得分”), one
band zeroing from a count of faults (“≥2处不合格不得分”, “不合格2处及以上的，不得分”, “≥1个不合格不得分”), a lone fault whose
words hold a figure (a grade, “存在2级重大危险源的，扣8分”; the years looked back over, “3年内发生过…的扣5分”; an age, “无35
周岁及以下干部的”), proportions said with 折算 (“以…为基数，按响应数量折算”, “…最高的得满分，其余在此区间折算”, “根据评价表
得分折算”), others' cases at half (“其他人员存在上述情况的，减半扣分”), faults with their amounts in turn (“每件分别扣2分、3分”),
a step said with 按 after a line (“未达到100%，按每下降5%扣0.5分”), two kinds slashed with their amounts (“甲类/乙类…每处扣
1/0.5分”) — and their near variants where a confident reading would be wrong: ≥ bands not starting at 1, with a gap,
a band scoring more than the one before, units unlike (“1例扣1分，≥2人不得分”), a ≥ line that is a rate, a sum of money,
minutes, hours or a score, ≥ said of things done (“开展培训≥2次”), a bare “以上”, a figure in a fault that is the count
(“存在2处…的”, “发生3起…的”), minutes and ranks in a fault, an age per year past it, a score or a rate as the base, the
lowest scoring nothing, a halving of the score (“减半计分”) or before any deduction, more listed than amounts, a step of
ranks or against last year, one amount for both kinds, three kinds, “1/2分” — each with what it states (a few
situations and their scores) or that it is unsure (to check), in variants of figures, units, punctuation (，,；;。 and
line breaks), order and leading words. Every proposal scores every situation as the text says, or is not confident.

Confident readings found scoring wrong, and mended (10 texts of the 584, one cause):

- bands of cases counted in 人次 or 户次, the cliff said with ≥ (“1人次扣1分，≥2人次不得分”, “发现1户次扣2分;2户次扣4分;≥3
  户次不得分”, “抽查1人次扣0.5分。抽查≥2人次不得分”) were read surely as bands of a count of 人 or 户 with a stray 次 for
  the thing counted (“按次的人数”, “发现次的户数”): an evaluator counting the people (one person found twice: 1) scores
  the band of one case where the text, counting 人次 (2), scores nothing. The bands' units (``tiers._COUNT_UNITS``, read
  by ``_by_count`` and ``_cases_zero_from``) now hold 人次 and 户次 before 次, 人 and 户: the cases are counted in the unit
  written (“发现人次数”), and “1人次扣1分，2人次及以上不得分”, before left to check, is read surely so.

Readings left to check that would score some situations otherwise (not confident, so no bar): every ≥ band whose
none-found is unsaid where the bands name what they count unlike, the one zeroing band (fewer keep the 分值, unsaid),
one fault or more zeroing, a lone fault with a grade, years or an age (taken once), the 折算 readings (a base, the
best, a sheet's score), halves, faults in turn, kinds slashed, a step said with 按, minutes in a fault; bands of 户次
(“0.5户次” doubted); “每月1次扣2分，≥2次不得分” (a month's count or the whole's).

The checker is ``tests/probe_checks.py``'s, with two statements of this probe's own: ``Halved`` (each fault counted, and
the same of others apart at half) and ``InUnit`` (bands counted in the unit written).
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from itertools import product
from typing import Any

from services.frameworks.proposal import Proposal
from tests.probe_checks import Either, Fault, Faults, Want, first_statements, probe_tests, wrongly
from tests.proposals import Bands, Once, Per, Ranks, Unsure, dec, item_score


def _n(x: Decimal | int | float | str) -> str:
    return format(Decimal(str(x)).normalize(), "f")


@dataclass(frozen=True)
class Halved:
    """Faults each counted (``words`` found in their labels, ``costs`` their points per case), and the same faults of
    others counted apart at half the points (their labels saying 减半)."""
    words: tuple[str, ...]
    costs: tuple[str, ...]


def _halved_wrongly(p: Proposal, m: Decimal, want: Any) -> str | None:
    if not isinstance(want, Halved):
        return None
    if len(p.items) != 1 or p.items[0]["type"] != "formula":
        return f"items {[it['type'] for it in p.items]}"
    variables = p.items[0]["params"]["variables"]
    costs: list[Decimal] = []
    for v in variables:
        hits = [i for i, w in enumerate(want.words) if w in v["label"]]
        if len(hits) != 1:
            return f"variable {v['label']} is of {len(hits)} faults"
        costs.append(dec(want.costs[hits[0]]) / (2 if "减半" in v["label"] else 1))
    if sorted(costs) != sorted([dec(c) for c in want.costs] + [dec(c) / 2 for c in want.costs]):
        return f"costs {costs}"
    for ks in product((0, 1, 3), repeat=len(variables)):
        got = item_score(p.items[0], {"vars": {v["name"]: str(k) for v, k in zip(variables, ks)}})
        expected = max(Decimal(0), m - sum((c * k for c, k in zip(costs, ks)), Decimal(0)))
        if got != expected:
            return f"{ks}: {got}, not {expected} (formula)"
    return ""


@dataclass(frozen=True)
class InUnit:
    """What the text states (``want``), the count of bands read in ``unit`` (never a shorter unit: “人次” no 人)."""
    want: Any
    unit: str


def _own(p: Proposal, m: Decimal, want: Any) -> str | None:
    if isinstance(want, InUnit):
        if p.kind == "tiers" and len(p.items) == 1 and p.items[0]["params"].get("unit") != want.unit:
            return f"counted in {p.items[0]['params'].get('unit')}, not {want.unit}: {p.items[0]['params']['value_label']}"
        return wrongly(p, str(m), want.want, _own)
    return _halved_wrongly(p, m, want)


# ── bands of a count of faults from one case up, the cliff said with ≥ ───────────────────────────────────────────────
_UNITS = ["例", "处", "次", "人", "个", "起", "项", "件", "份"]


def ge_bands() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    leads = ["", "发现", "抽查", "全组", "检查中发现"]
    faults = ["", "不合格", "未着工装", "记录缺失", "违规操作"]
    seps = ["，", ",", "；", ";", "。", "\n"]
    for i, (u, (x, w)) in enumerate(zip(_UNITS * 2, [(2, 4), (1.5, 3), (1, 2), (2, 5), (1, 5), (3, 10), (0.5, 2), (2, 6),
                                                     (1, 3), (4, 10), (2.5, 5)][:6])):
        lead, fault, sep = leads[i % 5], faults[(i + 1) % 5], seps[i % 6]
        xs, ws, rest = _n(x), str(w), _n(w - x)
        full = Bands(((0, w), (1, rest), (2, 0), (7, 0)))
        out.append((f"{lead}1{u}{fault}扣{xs}分{sep}≥2{u}{fault}不得分", ws, full))
        out.append((f"{lead}1{u}{fault}扣{xs}分{sep}≥2{u}不得分", ws, full))
        out.append((f"{lead}1{u}{fault}扣{xs}分{sep}>=2{u}{fault}不得分", ws, Either(full, Unsure())))
        # a range first
        out.append((f"{lead}1-2{u}{fault}扣{xs}分{sep}≥3{u}{fault}不得分", ws,
                    Bands(((0, w), (1, rest), (2, rest), (3, 0), (9, 0)))))
        # each count scored
        if w - 2 * x > 0:
            out.append((f"{lead}1{u}{fault}扣{xs}分{sep}2{u}扣{_n(2 * x)}分{sep}≥3{u}不得分", ws,
                        Bands(((0, w), (1, rest), (2, _n(w - 2 * x)), (3, 0), (8, 0)))))
            # per case, then a cliff
            out.append((f"每{u}{fault}扣{xs}分{sep}≥3{u}{fault}不得分", ws,
                        Bands(((0, w), (1, rest), (2, _n(w - 2 * x)), (3, 0), (6, 0)))))
        # the one case costing more than the 分值
        out.append((f"{lead}1{u}{fault}扣{_n(w + 1)}分{sep}≥2{u}{fault}不得分", ws, Unsure()))
        # the cliff not starting at 1, a gap, a band short of nothing
        out.append((f"{lead}2{u}{fault}扣{xs}分{sep}≥3{u}{fault}不得分", ws, Unsure()))
        out.append((f"{lead}1{u}{fault}扣{xs}分{sep}≥3{u}{fault}不得分", ws, Unsure()))
        out.append((f"{lead}1-2{u}{fault}扣{xs}分{sep}≥4{u}{fault}不得分", ws, Unsure()))
        if w - x > 1:
            out.append((f"{lead}1{u}{fault}扣{xs}分{sep}≥2{u}{fault}扣{_n(w - 1)}分", ws,
                        Either(Bands(((0, w), (1, rest), (2, 1), (6, 1))), Unsure())))
        # a bare 以上 after one case: 2 in it (as 以上 is read), or to check
        out.append((f"{lead}1{u}{fault}扣{xs}分{sep}2{u}以上{fault}不得分", ws, Either(full, Unsure())))
        # another fault beside
        out.append((f"资料不全扣0.5分{sep}{lead}1{u}{fault}扣{xs}分{sep}≥2{u}{fault}不得分", ws, Unsure()))
    # the ≥ line a rate, money, minutes, days, a score
    for (x, w), sep in zip([(1, 5), (2, 10), (0.5, 2), (1, 3)], ["，", ",", "；", "。"]):
        xs, ws = _n(x), str(w)
        out.append((f"偏差1%扣{xs}分{sep}≥2%不得分", ws, Unsure()))
        out.append((f"误差率1%扣{xs}分{sep}误差率≥3%不得分", ws, Unsure()))
        out.append((f"经济损失1万元扣{xs}分{sep}≥2万元不得分", ws, Unsure()))
        out.append((f"罚款1000元扣{xs}分{sep}罚款≥2000元不得分", ws, Unsure()))
        out.append((f"超时10分钟扣{xs}分{sep}≥20分钟不得分", ws, Unsure()))
        out.append((f"响应超时1小时扣{xs}分{sep}≥2小时不得分", ws, Unsure()))
        out.append((f"考核得分1分扣{xs}分{sep}≥2分不得分", ws, Unsure()))
        out.append((f"排名第1扣{xs}分{sep}≥第2名不得分", ws, Unsure()))
        out.append((f"合格率≥95%得满分{sep}合格率1%扣{xs}分", ws, Unsure()))
    return out


# ── one band zeroing from a count of faults ─────────────────────────────────────────────────────────────────────────
def zero_band() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    things = [("处", "不合格"), ("次", "录入错误"), ("人", "缺岗"), ("个", "不整齐"), ("项", "未落实"), ("起", "投诉"),
              ("份", "资料缺失"), ("件", "超期")]
    for (u, fault), n, w in zip(things, [2, 3, 2, 4, 2, 3, 5, 2], [2, 3, 4, 5, 2, 3, 6, 10][:4]):
        ws = str(w)
        line = Either(Bands(((0, w), (n - 1, w), (n, 0), (n + 6, 0))), Unsure())
        out.append((f"≥{n}{u}{fault}不得分", ws, line))
        out.append((f"≥{n}{u}{fault}的，不得分", ws, line))
        out.append((f"{n}{u}及以上{fault}的,不得分", ws, line))
        out.append((f"{fault}{n}{u}及以上的，本项不得分。", ws, line))
        out.append((f"{fault}{n}{u}(含)及以上的;不得分", ws, line))
        # one fault and more: met or not
        out.append((f"≥1{u}{fault}不得分", ws, Either(Ranks((w, 0)), Unsure())))
        out.append((f"1{u}及以上{fault}的，不得分", ws, Either(Ranks((w, 0)), Unsure())))
        # things done, no fault; no zero; a bare 以上; a rate; another fault beside; a deduction per case before
        out.append((f"≥{n}{u}开展检查不得分", ws, Unsure()))
        out.append((f"≥{n}{u}{fault}扣1分", ws, Either(Bands(((0, w), (n - 1, w), (n, w - 1), (n + 6, w - 1))), Unsure())))
        out.append((f"{n}{u}以上{fault}不得分", ws, Unsure()))
        out.append((f"{fault}率≥{n}%不得分", ws, Either(Bands(((0, w), (n - 1, w), (n, 0), (n + 6, 0))), Unsure())))
        out.append((f"{fault}金额≥{n}万元不得分", ws, Unsure()))
        out.append((f"每{u}{fault}扣0.5分，≥{n + 2}{u}{fault}不得分", ws,
                    Bands(((0, w), (1, _n(w - Decimal("0.5"))), (n + 2, 0), (n + 8, 0)))))
        out.append((f"资料不全扣1分；≥{n}{u}{fault}不得分", ws, Unsure()))
        out.append((f"≥{n}{u}{fault}不得分，其余酌情扣分", ws, Unsure()))
    return out


# ── a lone fault whose words hold a figure ───────────────────────────────────────────────────────────────────────
def lone_figure() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    seps = [("，", ";"), (",", "；"), ("", "。"), ("，", "")]
    for i, (g, thing, x, w) in enumerate([("2", "重大危险源", 8, 10), ("三", "危险化学品重大危险源", 6, 10), ("一", "重大事故隐患", 5, 10),
                                          ("4", "风险点未管控", 2, 5)]):
        c, end = seps[i % 4]
        xs, ws = _n(x), str(w)
        out.append((f"存在{g}级{thing}的{c}扣{xs}分{end}", ws, Either(Once((xs,)), Unsure())))
        out.append((f"有{g}级{thing}{c}扣{xs}分{end}", ws, Either(Once((xs,)), Unsure())))
        # the figure a count of cases, not a grade; a step per grade
        out.append((f"存在{g}处{thing}的{c}扣{xs}分{end}", ws, Unsure()))
        out.append((f"存在{g}个以上{thing}的{c}扣{xs}分{end}", ws, Unsure()))
        out.append((f"每{g}级{thing}扣{xs}分", ws, Unsure()))
        out.append((f"存在{g}级{thing}的{c}每处扣{xs}分{end}", ws, Per(xs)))
    for i, (n, event, x, w) in enumerate([("3", "火灾事故", 5, 10), ("2", "行政处罚", 3, 10), ("三", "安全生产责任事故", 4, 8),
                                          ("5", "群体性事件", 2, 5)]):
        c, end = seps[i % 4]
        xs, ws = _n(x), str(w)
        out.append((f"{n}年内发生过{event}的{c}扣{xs}分{end}", ws, Either(Once((xs,)), Unsure())))
        out.append((f"近{n}年内受到过{event}{c}扣{xs}分{end}", ws, Either(Once((xs,)), Unsure())))
        out.append((f"{n}年内发生过{event}，但未造成人员伤亡的{c}扣{xs}分{end}", ws, Either(Once((xs,)), Unsure())))
        # a count of events, events per year, a figure of the event that counts
        out.append((f"{n}年内发生{event}2次的{c}扣{xs}分{end}", ws, Unsure()))
        out.append((f"发生{n}起{event}的{c}扣{xs}分{end}", ws, Unsure()))
        out.append((f"{n}年内每发生1起{event}扣{xs}分", ws, Per(xs)))
    for i, (age, who, x, w) in enumerate([(35, "干部", "0.5", 10), (40, "村干部", "1", 5), (45, "委员", "0.5", 3)]):
        c, end = seps[i % 4]
        ws = str(w)
        out.append((f"班子中无{age}周岁及以下{who}的{c}扣{x}分{end}", ws, Either(Once((x,)), Unsure())))
        out.append((f"班子中无大专及以上学历的{c}扣{x}分{end}无{age}周岁及以下{who}的{c}扣{x}分{end}", ws,
                    Either(Once((x, x)), Unsure())))
        out.append((f"{who}平均年龄超过{age}周岁的{c}扣{x}分{end}", ws, Either(Once((x,)), Unsure())))
        # an age per year past it; ages in weeks
        out.append((f"{who}平均年龄超过{age}周岁的{c}每超1岁扣{x}分{end}", ws, Unsure()))
        out.append((f"婴儿满{age}周未接种的{c}每人扣{x}分{end}", ws, Per(x)))
    # minutes, ranks: figures in the fault that count nothing, or that are the count
    for i, (n, x, w) in enumerate([(15, 2, 5), (30, 1, 3), (10, 0.5, 2)]):
        c, end = seps[i % 4]
        xs, ws = _n(x), str(w)
        out.append((f"接警后{n}分钟内未到场的{c}扣{xs}分{end}", ws, Either(Once((xs,)), Unsure())))
        out.append((f"超过{n}分钟未响应的{c}每次扣{xs}分{end}", ws, Per(xs)))
        out.append((f"超过{n}分钟未响应{c}不得分{end}", ws, Either(Ranks((w, 0)), Unsure())))
        out.append((f"等候超过{n}分钟扣{xs}分{c}超过{2 * n}分钟不得分{end}", ws, Unsure()))
        out.append((f"全市排名后{i + 2}位的{c}扣{xs}分{end}", ws, Either(Once((xs,)), Unsure())))
        out.append((f"全市排名每后退{i + 1}位扣{xs}分{end}", ws, Unsure()))
        out.append((f"排名第{i + 2}名的{c}扣{xs}分{end}", ws, Unsure()))
    return out


# ── proportions said with 折算 ──────────────────────────────────────────────────────────────────────────────────
def prorated() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (den, num), w, end in zip([("评价期间发出的订单数", "响应数量"), ("中选人数", "实际到岗人数"), ("计划培训人次", "实际参训人次")],
                                  [10, 5, 20], ["", "。", "得分"]):
        ws = str(w)
        share = Either(Bands(((100, w), (50, _n(Decimal(w) / 2)), (0, 0))), Unsure())
        out.append((f"以{den}为基数，按{num}折算{end}", ws, share))
        out.append((f"考察履约情况,以{den}为基数,按{num}折算{end}", ws, share))
        out.append((f"以{den}为基准，按{num}的比例折算{end}", ws, share))
        # a score or a rate as the base; nothing counted against it; a line beside it
        out.append((f"以{w * 10}分为基数，按扣分折算{end}", ws, Unsure()))
        out.append((f"以{den}为基数，按响应率折算{end}", ws, Unsure()))
        out.append((f"以{den}为基数{end}", ws, Unsure()))
        out.append((f"以{den}为基数，按{num}折算，低于60%不得分", ws, Unsure()))
        out.append((f"以{den}为基数，按{num}折算，超过基数的加{_n(Decimal(w) / 10)}分", ws, Unsure()))
    for (what, who), w, say in zip([("中选率", ""), ("得票", "的"), ("回款额", "的供应商")], [5, 10, 20],
                                   ["其余在此区间折算", "其余按比例计分", "其他按比例折算得分"]):
        ws = str(w)
        share = Either(Bands(((100, w), (50, _n(Decimal(w) / 2)), (0, 0))), Unsure())
        out.append((f"{what}最高{who}得满分，{say}", ws, share))
        out.append((f"{what}最高{who}满分，完全未中选的0分，{say}", ws, Unsure() if what != "中选率" else share))
        out.append((f"评价期间{what}最多{who}得满分;{say}", ws, share))
        # the lowest scoring nothing: a scale between two; no proportion; the best short of full marks
        out.append((f"{what}最高{who}满分，最低的0分，{say}", ws, Unsure()))
        out.append((f"{what}最高{who}满分，其余不得分", ws, Either(Ranks((w, 0)), Unsure())))
        out.append((f"{what}最高{who}得{w - 1}分，{say}", ws, Unsure()))
        out.append((f"{what}最低{who}得满分，{say}", ws, Unsure()))
    for (sheet, lead), w in zip([("评价表得分", "项目验收时由项目经理基于服务评价表作评价，"), ("考核得分", ""),
                                 ("满意度测评得分", "由使用部门测评，")], [40, 10, 20]):
        ws = str(w)
        share = Either(Bands(((100, w), (75, _n(Decimal(w) * 3 / 4)), (0, 0))), Unsure())
        out.append((f"{lead}根据{sheet}折算", ws, share))
        out.append((f"{lead}依据{sheet}按比例折算", ws, share))
        out.append((f"{lead}根据{sheet}折算，按项目数累计求平均值", ws, share))
        # deductions, a judgement, a line, a factor given
        out.append((f"{lead}根据扣分折算", ws, Unsure()))
        out.append((f"{lead}根据{sheet}情况酌情折算", ws, Unsure()))
        out.append((f"{lead}根据{sheet}折算，低于60分的不得分", ws, Unsure()))
        out.append((f"{lead}根据{sheet}折算，{sheet}满分为{w * 5}分", ws,
                    Either(Bands(((w * 5, w), (0, 0))), Unsure())))
    return out


# ── the cases of others at half the amount ───────────────────────────────────────────────────────────────────────
def halves() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (f1, f2), (x, y), (who, u), w, sep in zip(
            [("主要负责人违规被处理", "被评为不称职"), ("站长迟报信息", "站长漏报信息"), ("校长违反师德规范", "校长被通报批评"),
             ("村支书未按时参会", "村支书被约谈")],
            [(3, 5), (1, 2), (4, 2), (2, 1)], [("其他人员", "例"), ("其他工作人员", "次"), ("其他教师", "例"), ("其他村干部", "次")],
            [10, 6, 10, 5], ["。", "；", ";", "，"]):
        ws = str(w)
        out.append((f"{f1}的，每{u}扣{x}分；{f2}的，每{u}扣{y}分{sep}{who}存在上述情况的，减半扣分。", ws,
                    Either(Halved((f1, f2), (str(x), str(y))), Unsure())))
        out.append((f"{f1}每{u}扣{x}分{sep}{who}存在上述情况的减半扣分", ws, Either(Halved((f1,), (str(x),)), Unsure())))
        # halving the score, not the deduction; before any deduction; beside a zero; a halving of a deduction taken once
        out.append((f"{f1}的，本项减半计分", ws, Either(Ranks((w, _n(Decimal(w) / 2))), Unsure())))
        out.append((f"{who}存在上述情况的，减半扣分{sep}{f1}每{u}扣{x}分", ws, Unsure()))
        out.append((f"{f1}的，本项不得分{sep}{who}存在上述情况的，减半扣分", ws, Unsure()))
        out.append((f"{f1}的，扣{x}分{sep}{who}存在上述情况的，减半扣分", ws, Unsure()))
        out.append((f"{f1}每{u}扣{x}分{sep}情节较轻的减半", ws, Unsure()))
        out.append((f"{f1}每{u}扣{x}分{sep}{who}存在上述情况的，加倍扣分", ws, Unsure()))
    return out


# ── faults listed with their amounts in turn ──────────────────────────────────────────────────────────────────────
def in_turn() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (a, b), (x, y), (each, u), w, sep in zip(
            [("治安案件", "刑事案件"), ("一般事故", "较大事故"), ("迟到", "早退"), ("漏报", "瞒报")],
            [(2, 3), (1, 4), (1, 0.5), (2, 5), (1, 3)], [("每件", "件"), ("每起", "起"), ("每次", "次"), ("每次", "次"), ("每人次", "人次")],
            [10, 10, 5, 10, 8], ["；", ";", "。", "；", ";"]):
        ws, xs, ys = str(w), _n(x), _n(y)
        two = Either(Faults((Fault(a, f"-{xs}", True), Fault(b, f"-{ys}", True))), Unsure())
        out.append((f"发生{a}、{b}的，{each}分别扣{xs}分、{ys}分", ws, two))
        out.append((f"迟报1次扣1分{sep}发生{a}、{b}的，{each}分别扣{xs}分、{ys}分。", ws,
                    Either(Faults((Fault("迟报", "-1", True), Fault(a, f"-{xs}", True), Fault(b, f"-{ys}", True))), Unsure())))
        out.append((f"纠纷出村的，每例扣0.5分{sep}因调处不及时，发生{a}、{b}的，{each}分别扣{xs}分、{ys}分。", ws,
                    Either(Faults((Fault("出村", "-0.5", True), Fault(a, f"-{xs}", True), Fault(b, f"-{ys}", True))), Unsure())))
        out.append((f"发生{a}、{b}的，{each}分别扣{xs}分、{ys}分，扣完为止", ws, two))
        # more listed than amounts, amounts more than listed, a sentence deducting nothing, one amount, no 每
        out.append((f"被县、市、省通报的，{each}分别扣{xs}分、{ys}分", ws, Unsure()))
        out.append((f"发生{a}、{b}的，{each}分别扣{xs}分、{ys}分、{_n(x + y)}分", ws, Unsure()))
        out.append((f"按时上报{sep}发生{a}、{b}的，{each}分别扣{xs}分、{ys}分", ws, Unsure()))
        out.append((f"发生{a}、{b}的，{each}分别扣{xs}分", ws, Unsure()))
        out.append((f"发生{a}、{b}的，分别扣{xs}分、{ys}分", ws,
                    Either(Faults((Fault(a, f"-{xs}"), Fault(b, f"-{ys}"))), Unsure())))
        out.append((f"发生{a}、{b}的，{each}分别扣{xs}分、{ys}分{sep}发生{a}2{u}以上的不得分", ws, Unsure()))
    return out


# ── a step said with 按 after the line it falls short of ─────────────────────────────────────────────────────────
def step_at() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (name, line, step, x, w), (short, down), end in product(
            [("应征青年体检率", 100, 5, "0.5", 10), ("登记率", 98, 1, "1", 10), ("入户走访率", 95, 5, "1", 5)],
            [("未达到", "下降"), ("低于", "降低")], ["", "，扣完为止"]):
        xs = dec(x)
        bands = Bands(((100, w), (line, w), (line - step, _n(w - xs)), (line - 2 * step, _n(w - 2 * xs)),
                       (0, _n(max(Decimal(0), w - xs * line / step)))))
        ws = str(w)
        out.append((f"{name}{short}{line}%，按每{down}{step}%扣{x}分{end}", ws, bands))
        out.append((f"{name}{short}{line}%的，按每{down}{step}个百分点扣{x}分{end}", ws, bands))
        if end == "":
            out.append((f"{name}{short}{line}%的,按每{down}{step}%扣{x}分计算", ws, bands))
            # whole steps only, a second line zeroing, a step of ranks or against last year, no line
            out.append((f"{name}{short}{line}%，按每{down}{step}%扣{x}分，不足{step}%的不扣分", ws,
                        Either(Bands(((100, w), (line, w), (line - step, _n(w - xs)))), Unsure())))
            out.append((f"{name}{short}{line}%，按每{down}{step}%扣{x}分，低于60%不得分", ws,
                        Either(Bands(((100, w), (line, w), (line - step, _n(w - xs)), (50, 0))), Unsure())))
            out.append((f"{name}排名{short}第{step + 2}名的，按每{down}1名扣{x}分", ws, Unsure()))
            out.append((f"{name}比上年按每{down}{step}%扣{x}分", ws, Unsure()))
            out.append((f"{name}按每{down}{step}%扣{x}分", ws, Unsure()))
            out.append((f"{name}{short}{line}%，按每{down}{step}%扣{x}分；资料不全扣1分", ws, Unsure()))
            out.append((f"{name}{short}{line}%，按每{down}{step}%加{x}分", ws, Unsure()))
    return out


# ── two kinds of one fault set apart by a slash, their amounts alike ────────────────────────────────────────────────
def slashed() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (a, b, k), thing, (x, y), (each, u), w, stop in zip(
            [("甲", "乙", "类"), ("一", "二", "级"), ("甲", "乙", "类"), ("A", "B", "类"), ("1", "2", "级"), ("丙", "丁", "类")],
            ["危险品仓库", "重大危险源", "溶剂的车间", "隐患未整改", "风险点未管控", "厂房未设防火分隔"],
            [(1, 0.5), (3, 2), (2, 1), (2, 1), (1.5, 1), (0.5, 0.2)],
            [("每涉及一处", "处"), ("每处", "处"), ("每个", "个"), ("每项", "项"), ("每处", "处"), ("每发现一处", "处")],
            [5, 10, 6, 5, 8], ["", "", "，扣完为止", "", "；"]):
        ws, xs, ys = str(w), _n(x), _n(y)
        two = Either(Faults((Fault(f"{a}{k}", f"-{xs}", True), Fault(f"{b}{k}", f"-{ys}", True))), Unsure())
        out.append((f"涉及{a}{k}/{b}{k}{thing}的，{each}扣{xs}/{ys}分{stop}", ws, two))
        out.append((f"存在{a}{k}/{b}{k}{thing}，{each}扣{xs}/{ys}分{stop}", ws, two))
        out.append((f"{a}{k}/{b}{k}{thing}{each}扣{xs}/{ys}分{stop}", ws, two))
        # one amount for both; the kind's word said once; three kinds; a step; once each; a half; no kinds
        out.append((f"涉及{a}{k}/{b}{k}{thing}的，{each}扣{xs}/{xs}分", ws, Either(Per(xs), Unsure())))
        out.append((f"涉及{a}/{b}{k}{thing}的，{each}扣{xs}/{ys}分", ws, two))
        out.append((f"涉及{a}{k}/{b}{k}/戊{k}{thing}的，{each}扣{xs}/{ys}分", ws, Unsure()))
        out.append((f"{a}{k}/{b}{k}{thing}占比每增加1%扣{xs}/{ys}分", ws, Unsure()))
        out.append((f"涉及{a}{k}/{b}{k}{thing}的，扣{xs}/{ys}分", ws,
                    Either(Faults((Fault(f"{a}{k}", f"-{xs}"), Fault(f"{b}{k}", f"-{ys}"))), Unsure())))
        out.append((f"涉及{a}{k}/{b}{k}{thing}的，{each}扣1/2分", ws, Unsure()))
        out.append((f"涉及{a}{k}{thing}的，{each}扣{xs}/{ys}分", ws, Unsure()))
        out.append((f"涉及{a}{k}/{b}{k}{thing}的，{each}扣{xs}/{ys}分；超过3{u}不得分", ws, Unsure()))
    return out


# ── near: ≥ said of things done, of a rate's line, of units unlike; bands of counts not deducting alike ─────────────
def ge_near() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (u, done), (n, w), sep in zip([("次", "开展培训"), ("场", "组织演练"), ("篇", "发表论文"), ("次", "召开例会")],
                                      [(2, 4), (4, 5), (3, 6), (4, 4), (2, 10)], ["，", "；", ",", ";", "。"]):
        ws = str(w)
        out.append((f"{done}≥{n}{u}得满分{sep}每少1{u}扣1分", ws,
                    Either(Bands(((n + 3, w), (n, w), (n - 1, w - 1), (0, max(0, w - n)))), Unsure())))
        out.append((f"{done}≥{n}{u}的得{w}分{sep}1{u}得1分{sep}未{done}不得分", ws, Unsure()))
        out.append((f"{done}≥{n}{u}的得满分{sep}否则不得分", ws,
                    Either(Bands(((n + 3, w), (n, w), (n - 1, 0), (0, 0))), Unsure())))
        out.append((f"1{u}扣1分{sep}≥2{u}不得分", ws, Either(Bands(((0, w), (1, w - 1), (2, 0))), Unsure())))
        # units unlike, a band scoring more than the one before, a 2 case band costing less
        out.append((f"1例扣1分{sep}≥2人不得分", ws, Unsure()))
        out.append((f"1{u}扣2分{sep}≥2{u}扣1分", ws, Unsure()))
        out.append((f"1{u}扣{_n(Decimal(w) / 2)}分{sep}2{u}扣1分{sep}≥3{u}不得分", ws,
                    Unsure() if Decimal(w) / 2 >= 1 else Either(Bands(((0, w), (3, 0))), Unsure())))
        out.append((f"合格率≥9{n}%得{w}分{sep}合格率<9{n}%不得分", ws,
                    Bands(((100, w), (int(f"9{n}"), w), (int(f"9{n}") - 1, 0), (50, 0)))))
        out.append((f"≥9{n}%得{w}分{sep}<9{n}%不得分", ws, Either(Bands(((100, w), (int(f"9{n}"), w), (80, 0))), Unsure())))
        out.append((f"投诉≤{n}{u}得满分{sep}≥{n + 1}{u}不得分", ws,
                    Either(Bands(((0, w), (n, w), (n + 1, 0), (n + 5, 0))), Unsure())))
        out.append((f"投诉1{u}扣1分{sep}≥2{u}不得分{sep}≥5{u}倒扣2分", ws, Unsure()))
    # numerals in words, a count of things missing
    for w in (5, 4):
        out.append(("一次扣2分，≥两次不得分", str(w), Bands(((0, w), (1, w - 2), (2, 0), (5, 0)))))
        out.append(("缺1次扣2分，≥2次不得分", str(w), Bands(((0, w), (1, w - 2), (2, 0), (5, 0)))))
        out.append(("每月1次扣2分，≥2次不得分", str(w), Unsure()))
    # counts in 人次, 户次: the bands count them, not people or households
    for u, (x, w), lead, sep in zip(["人次", "户次", "人次", "户次"], [(1, 5), (2, 5), (0.5, 2), (1, 3)],
                                    ["", "发现", "抽查", "走访"], ["，", ";", "。", "，"]):
        ws, xs = str(w), _n(x)
        full = Bands(((0, w), (1, _n(w - x)), (2, 0), (6, 0)))
        out.append((f"{lead}1{u}扣{xs}分{sep}≥2{u}不得分", ws, InUnit(full, u)))
        out.append((f"{lead}1{u}扣{xs}分{sep}{lead}≥2{u}不得分", ws, InUnit(full, u)))
        out.append((f"{lead}1{u}扣{xs}分{sep}2{u}及以上不得分", ws, InUnit(full, u)))
        out.append((f"{lead}1{u}扣{xs}分{sep}2{u}扣{_n(2 * x)}分{sep}≥3{u}不得分", ws,
                    InUnit(Either(Bands(((0, w), (1, _n(w - x)), (2, _n(w - 2 * x)), (3, 0))), Unsure()), u)))
        out.append((f"≥2{u}不合格不得分", ws, InUnit(Either(Bands(((0, w), (1, w), (2, 0))), Unsure()), u)))
    return out


_ALL = ge_near() + ge_bands() + zero_band() + lone_figure() + prorated() + halves() + in_turn() + step_at() + slashed()
#: (the first statement of a text the generators write twice)
CASES = first_statements(_ALL)


(test_the_probe_is_of_its_size,
 test_every_made_up_text_is_scored_as_it_says_or_is_to_check) = probe_tests(CASES, 300, 600, own=_own)
