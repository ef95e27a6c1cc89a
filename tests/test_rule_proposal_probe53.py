"""Made-up texts in the styles of this round's new readings (unseen193b, unseen193d, unseen193e) — a group's merged
cell joined to one of its rows (“驾驶员有下列情形之一的,扣10分 酒后驾驶车辆的。”: the cost against the 分值, several cases,
counts, 每), a requirement with figures of its own and its points closing the cell (“每张桌子最多使用1块抹布(6分)”), a
requirement then its denial scoring nothing (“…,不符合要求不得分”), a title with its 分值 then “其中:”/“包括:” and parts
adding up to it, the 分值 restated as a total (“…每处扣1分,总计3分” against “…得0.5分,共计2分”), a condition zeroing the
row then deductions (“未建立台账不得分,缺1项扣1分”), points for a requirement then per case of another kind (“有…经验的加
10分,另…每提供1个加5分,最高得20分”) — and their near variants where a confident reading would be wrong: a cost below or
past the 分值, per time, a second group, a share, a range, a row's own scoring; points other than the 分值, steps, lines,
judged; a denial's cost short of the 分值, per item, partial; parts not adding up, per case, gated, options; totals not
the 分值; capped, reordered, doubled deductions; no cap, a shortfall, a step past a line — each with what it states (a
few situations and their scores) or that it is unsure (to check).

Confident readings found scoring wrong, and mended (20 texts of the 442, two causes):

- a title with its 分值 then “其中:” and parts adding up to it, the parts ranks of one thing (“基础工作,4分。其中:获县级荣
  誉1分,获市级荣誉3分。”, “…其中:A类2分,B类2分”) were read surely as points each met or not (``reading._titled``'s parts
  listed, then 要点核查 adding them up): the honours are situations one of which is found (a 市级 honour scores 3, not 4
  with a 县级 one). Now parts naming a rank of an honour, a grade, a 档 or a 类 (``reading._PART_RANKED``) are no title's
  parts: the text falls to the readings of situations, to check (12 texts);
- a group's merged cell joined to a row saying a thing done or no harm come (“有下列情形之一的,扣10分 未发生安全事故的”,
  “…扣6分 按时完成任务的”, “…全年无违规违纪行为的”) was read surely as the case taking the 分值
  (``all_or_nothing._group_cell_then_case``): such a row is a requirement met, the cell likely joined to a row of
  another layout. Now a case opening with such words (``all_or_nothing._GOOD_CASE``; “未及时上报…” is a fault still) is
  read the same with a note naming the words, to check (8 texts).

Readings left to check that would score some situations otherwise (not confident, so no bar): a group's cost other than
the 分值, per time, two groups, a share or a range, a row's own scoring; requirements with figures (all, as read);
denials with costs, per item or partial; parts per case, gated, with options or lines; totals (all); conditions zeroing
the row with deductions (all); points met then each (all). “有下列情形之一的,扣10分 酒后驾驶车辆的 超速行驶的” (two rows
joined) stays a sure 全有或全无, as either case takes the 分值.

The checker is ``tests/probe_checks.py``'s.
"""
from __future__ import annotations

from itertools import product

import pytest

from services.frameworks.proposal import propose
from tests.probe_checks import Either, Fault, Faults, Fn, Want, first_statements, probe_tests, wrongly
from tests.proposals import Once, Per, Ranks, Unsure


# ── a group's merged cell joined to one of its rows ─────────────────────────────────────────────────────────────────
def group_cell() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    heads = ["驾驶员有下列情形之一的", "承运人有所列情形之一的", "保洁员有下列行为之一的", "有下列情形之一的"]
    rows = ["酒后驾驶车辆的", "擅自变更运输路线的", "将垃圾倒入绿化带的", "未取得上岗证即上岗作业的"]
    for head, row, w, sep, stop in zip(heads, rows, (10, 5, 20, 3), (",", "，", ",", "，"), ("。", "", "", "。")):
        out.append((f"{head}{sep}扣{w}分 {row}{stop}", str(w), Ranks((w, 0))))
        # the group's cost below the 分值: one case takes off its cost
        out.append((f"{head}{sep}扣{w}分 {row}{stop}", str(w * 2), Either(Faults((Fault(row[:4], f"-{w}", False),)), Unsure())))
        # the cost past the 分值
        out.append((f"{head}{sep}扣{w * 2}分 {row}{stop}", str(w), Either(Ranks((w, 0)), Unsure())))
        # each time
        out.append((f"{head}{sep}每次扣{w}分 {row}{stop}", str(w * 2), Either(Per(str(w)), Unsure())))
        out.append((f"{head}{sep}扣{w}分 每发现1次{row}{stop}", str(w * 3), Either(Per(str(w)), Unsure())))
    for row, w in zip(rows, (3, 4, 4, 3)):
        out.append((f"有下列情形之一的,不得分 {row}", str(w), Ranks((w, 0))))
        # several cases in the row, a count in the row
        out.append((f"有下列情形之一的,扣{w}分 {row[:-1]}、或一年内发生2次以上投诉的", str(w), Either(Ranks((w, 0)), Unsure())))
        out.append((f"有下列情形之一的,扣{w}分 一年内发生{w}次以上{row}", str(w), Either(Ranks((w, 0)), Unsure())))
        # cases listed after a colon, a second cost in the row
        out.append((f"有下列情形之一的,扣{w}分:{row[:-1]};超速行驶的", str(w), Either(Ranks((w, 0)), Unsure())))
        out.append((f"有下列情形之一的,扣{w}分 {row},另扣1分", str(w + 2), Unsure()))
        out.append((f"有下列情形之一的,扣{w}分 {row[:-1]},每次加扣1分", str(w + 2), Unsure()))
        # a range of points, a share of the 分值
        out.append((f"有下列情形之一的,扣{w - 2}-{w}分 {row}", str(w), Unsure()))
        out.append((f"有下列情形之一的,扣除该项分值的50% {row}", str(w), Unsure()))
    return out


# ── a requirement with figures of its own, its points closing the cell ────────────────────────────────────────────
def figured() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    reqs = ["每张桌子最多使用{n}块抹布", "每个班级配备灭火器{n}具,并放置在明显位置", "选手在规定时间内整理完成床铺{n}张",
            "社区内每100户中有志愿服务骨干{n}人以上"]
    for req, n, w, close in product(reqs, (1, 2), (6,), ("({w}分)", "（{w}分）", "。{w}分", "。{w}分)")):
        text = req.format(n=n) + close.format(w=w)
        out.append((text, str(w), Either(Ranks((w, 0)), Unsure())))
    for req, n, w in zip(reqs, (1, 2, 2, 1), (4, 6, 6, 4)):
        r = req.format(n=n)
        # points other than the 分值, a step, a line, a fault's cost, judged
        out.append((f"{r}({w - 2}分)", str(w), Unsure()))
        out.append((f"{r}(共{w}分)", str(w + 2), Unsure()))
        out.append((f"{r},每少1个扣1分({w}分)", str(w), Either(Per("1"), Unsure())))
        out.append((f"{r},不符合的扣2分({w}分)", str(w), Either(Faults((Fault("不符合", "-2", False),)), Unsure())))
        out.append((f"{r},视情况评分({w}分)", str(w), Unsure()))
        out.append((f"{r},达标率95%以上({w}分)", str(w), Unsure()))
        out.append((f"{r}", str(w), Unsure()))
        out.append((f"{r}({w}分),每超过1块扣1分", str(w), Either(Per("1"), Unsure())))
    return out


# ── a requirement, then its denial scoring nothing ───────────────────────────────────────────────────────────────────
def denied() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    reqs = ["按规定配备{n}名专职安全员", "每年开展应急演练不少于{n}次", "划拨办公经费逐年按比例递增", "办公用房面积不少于{n}0平方米"]
    denials = ["不符合要求不得分", "未达要求不计分", "不满足要求的不得分", "不符合规定不得分"]
    for (req, d), w, sep in zip(product(reqs, denials), (2, 5) * 8, (",", "，", "。", "") * 4):
        r = req.format(n=2)
        out.append((f"{r}{sep}{d}", str(w), Ranks((w, 0))))
    for req, w in zip(reqs, (4, 6, 6, 4)):
        r = req.format(n=3)
        out.append((f"{r},不符合要求扣2分", str(w), Either(Faults((Fault("不符合", "-2", False),)), Unsure())))
        out.append((f"{r},不符合要求的每项扣1分", str(w), Either(Per("1"), Unsure())))
        out.append((f"{r},部分不符合要求扣2分,完全不符合要求不得分", str(w), Either(Ranks((w, w - 2, 0)), Unsure())))
        out.append((f"{r},不符合要求不得分;资料不全每项扣1分", str(w),
                    Either(Faults((Fault("不符合", "0"), Fault("资料", "-1", True))), Unsure())))
        out.append(("不符合要求不得分", str(w), Unsure()))
        out.append((f"{r},按比例计分,不符合要求不得分", str(w), Unsure()))
        out.append((f"{r},符合要求得{w - 1}分,不符合要求不得分", str(w), Unsure()))
    return out


# ── a title with its 分值, then the parts its points go to ────────────────────────────────────────────────────────────
def titled() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (title, a, b), (x, y), (word, sep) in product(
            [("基础工作", "台账完整", "制度健全"), ("安全管理", "责任书签订", "隐患排查")], [(2, 2), (1, 3), (3, 2)],
            [("其中:", ","), ("包括:", "，")]):
        w = x + y
        out.append((f"{title}{sep}{w}分。{word}{a}{x}分,{b}{y}分。", str(w), Either(Once((str(x), str(y))), Unsure())))
        # parts not adding up to the title's points, the title's points not the 分值
        out.append((f"{title}{sep}{w}分。{word}{a}{x}分,{b}{y + 1}分。", str(w), Unsure()))
        out.append((f"{title}{sep}{w + 2}分。{word}{a}{x}分,{b}{y}分。", str(w + 2), Unsure()))
        # a part scored per case
        out.append((f"{title}{sep}{w}分。{word}{a}{x}分,{b}每缺1项扣1分。", str(w), Unsure()))
    return out


# ── the 分值 restated as a total ──────────────────────────────────────────────────────────────────────────────────────
def restated() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (word, sep), (c1, c2) in zip(product(["总计", "合计"], [",", "，", ";", "；", "。"]), [(1, 1), (1, 2), (2, 1)] * 4):
        w = c1 + c2
        out.append((f"没有台账或台账不全扣{c1}分{sep}台账与实物不符的扣{c2}分{sep}{word}{w}分。", str(w),
                    Either(Once((str(c1), str(c2))), Unsure())))
        out.append((f"发现问题每处扣{c1}分{sep}{word}{w}分", str(w), Either(Per(str(c1)), Unsure())))
        # the total not the 分值
        out.append((f"发现问题每处扣{c1}分{sep}{word}{w + 2}分", str(w), Unsure()))
        out.append((f"没有台账扣{c1}分{sep}台账与实物不符的扣{c2}分{sep}{word}{w + 1}分。", str(w + 1), Unsure()))
    for (pts, n), word, sep in zip(product(("0.5", "1"), (4, 3)), ["共计", "合计"] * 2, [",", ":", ":", ","]):
        w = float(pts) * n
        ws = format(w, "g")
        # points earned per case, their total
        out.append((f"随机抽查{n}户{sep}资料齐全的得{pts}分,{word}{ws}分", ws, Unsure()))
        out.append((f"每篇报道得{pts}分,{word}{ws}分", ws,
                    Either(Fn(("报道",), (((0,), 0), ((1,), pts), ((n,), ws), ((n + 3,), ws))), Unsure())))
    return out


# ── a condition zeroing the row, then deductions ──────────────────────────────────────────────────────────────────────
def gated() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (thing, fault), (c, sep), w in product([("台账", "缺1项"), ("应急预案", "缺1项内容"), ("检测报告", "每缺1份")],
                                              [(1, ","), (2, "；")], (5,)):
        out.append((f"未建立{thing}不得分{sep}{fault}扣{c}分", str(w),
                    Either(Faults((Fault(thing, "0"), Fault("缺", f"-{c}", True))), Unsure())))
        out.append((f"{thing}应包括人员、设备、记录等{sep}未建立{thing}不得分{sep}{fault}扣{c}分", str(w),
                    Either(Faults((Fault(thing, "0"), Fault("缺", f"-{c}", True))), Unsure())))
        # the condition costing less than the 分值, the deductions capped
        out.append((f"未建立{thing}扣{w - 2}分{sep}{fault}扣{c}分", str(w),
                    Either(Faults((Fault(thing, f"-{w - 2}", False), Fault("缺", f"-{c}", True))), Unsure())))
        out.append((f"未建立{thing}不得分{sep}{fault}扣{c}分,最多扣{w - 3}分", str(w), Unsure()))
        out.append((f"{fault}扣{c}分{sep}未建立{thing}不得分", str(w),
                    Either(Faults((Fault(thing, "0"), Fault("缺", f"-{c}", True))), Unsure())))
        out.append((f"未建立{thing}不得分{sep}{fault}扣{c}分{sep}弄虚作假的加倍扣分", str(w), Unsure()))
    return out


# ── points for a requirement met, then per case of another kind ──────────────────────────────────────────────────────
def met_then_each() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (a, b), (base, each), (top, say) in product([("有过培训经验的", "另有其他项目经验的每提供1个"),
                                                   ("具有培训资质(提供证书复印件),", "另外每承担1个同类项目(提供合同)")],
                                                  [(10, 5), (4, 2)], [(20, "最高得"), (10, "最高")]):
        text = f"{a}加{base}分,{b}加{each}分,{say}{top}分。"
        out.append((text, str(top), Unsure()))
        # the cap not the 分值, no cap
        out.append((text, str(top + 5), Unsure()))
        out.append((f"{a}加{base}分,{b}加{each}分。", str(top), Unsure()))
        # a shortfall counted, points per step past a line
        out.append((f"{a}得{base}分,另有资料不全的每缺1项扣{each}分。", str(top), Unsure()))
        out.append((f"完成任务得{base}分,超额完成的,每超1个百分点加{each}分,{say}{top}分。", str(top), Unsure()))
    return out


# ── near variants of the two sure readings (the group's cell, the titled parts) ─────────────────────────────────────
def near() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for w, sep in ((10, ","), (6, "，")):
        h = f"有下列情形之一的{sep}"
        out.append((f"{h}扣{w}分 酒后驾驶车辆的,每次扣2分", str(w), Unsure()))
        out.append((f"{h}扣{w}分/次 酒后驾驶车辆的", str(w * 2), Either(Per(str(w)), Unsure())))
        out.append((f"{h}每项扣{w}分 酒后驾驶车辆的", str(w * 2), Either(Per(str(w)), Unsure())))
        out.append((f"{h}扣{w}分 酒后驾驶车辆的;情节严重的加倍扣分", str(w * 2), Unsure()))
        out.append((f"{h}扣{w}分 酒后驾驶车辆的。未发生的加2分", str(w), Unsure()))
        out.append((f"{h}扣{w}分 酒后驾驶车辆的,发现一次扣1分", str(w), Unsure()))
        out.append((f"{h}扣{w}分 酒后驾驶车辆的 {h}扣{w // 2}分 超速行驶的", str(w), Unsure()))
        out.append((f"{h}扣{w}% 酒后驾驶车辆的", str(w), Unsure()))
        out.append((f"{h}扣{w}分 酒后驾驶车辆的 超速行驶的", str(w), Either(Ranks((w, 0)), Unsure())))
        # points earned for a case, not taken off
        out.append((f"{h}加{w}分 获得市级表彰的", str(w), Either(Faults((Fault("表彰", f"+{w}", False),), base="0"), Unsure())))
        out.append((f"{h}得{w}分 获得市级表彰的", str(w), Either(Faults((Fault("表彰", f"+{w}", False),), base="0"), Unsure())))
        out.append((f"{h}扣{w}分 未发生安全事故的", str(w), Unsure()))
        out.append((f"{h}扣{w}分 按时完成任务的", str(w), Unsure()))
        out.append((f"{h}扣{w}分 全年无违规违纪行为的", str(w), Unsure()))
        out.append((f"{h}扣{w}分 及时上报信息的", str(w), Unsure()))
        out.append((f"{h}扣{w}分 酒后驾驶车辆,每次扣2分的", str(w), Unsure()))
        out.append((f"{h}扣{w}分 酒后驾驶车辆的;超速的扣5分", str(w), Unsure()))
        out.append((f"{h}扣{w}分 满意率低于80%的", str(w), Either(Ranks((w, 0)), Unsure())))
        out.append((f"{h}扣{w}分 未及时上报事故信息的", str(w), Ranks((w, 0))))
        out.append((f"全年累计{h}扣{w}分 酒后驾驶车辆累计3次的", str(w), Either(Ranks((w, 0)), Unsure())))
    for (title, a, b), x, sep in product([("基础工作", "台账完整", "制度健全"), ("安全管理", "责任书签订", "隐患排查")],
                                         (1, 2), (",",)):
        y = 4 - x
        t = f"{title}{sep}4分。其中:"
        out.append((f"{t}{a}{x}分,{b}{y}分,每缺一项扣1分。", "4", Unsure()))
        out.append((f"{t}{a}得{x}分,{a[:2]}不完整得1分,{b}{y}分。", "4", Unsure()))
        out.append((f"{t}{a}{x}分,{b}{y}分;未建立台账不得分。", "4", Unsure()))
        out.append((f"{t}{a}{x}分(缺1项扣0.5分),{b}{y}分(缺1项扣0.5分)。", "4", Unsure()))
        out.append((f"{t}{a}{x}分,{b}{y}分,扣完为止。", "4", Either(Once((str(x), str(y))), Unsure())))
        out.append((f"{t}优秀{y}分,良好{x}分。", "4", Unsure()))
        out.append((f"{t}获县级荣誉{x}分,获市级荣誉{y}分。", "4", Unsure()))
        out.append((f"{t}省级示范{x}分,市级示范{y}分。", "4", Unsure()))
        out.append((f"{t}A类{x}分,B类{y}分。", "4", Unsure()))
        out.append((f"{t}一档{y}分,二档{x}分。", "4", Unsure()))
        out.append((f"{t}{a[:2]}{x}分,{b[:2]}{y}分。", "4", Either(Once((str(x), str(y))), Unsure())))
        out.append((f"{t}达到90%以上{x}分,达到80%以上{y}分。", "4", Unsure()))
        out.append((f"{t}按时完成{x}分,逾期完成{y}分。", "4", Unsure()))
        out.append((f"{t}{a}{x}分,{b}{y}分。弄虚作假的本项不得分", "4", Unsure()))
        out.append((f"{t}{a}不全扣{x}分,{b[:2]}不健全扣{y}分。", "4", Either(Once((str(x), str(y))), Unsure())))
        out.append((f"{t}{a}{x}分,{b}{y}分,另有创新做法的加1分。", "4", Unsure()))
        out.append((f"{t}{a}{x}分,{b}每次{y}分。", "4", Unsure()))
        out.append((f"{t}{a}{x}-{x + 1}分,{b}{y - 1}分。", "4", Unsure()))
        out.append((f"{t}{a}{x}分,{b}{y}分,{a[:2]}{x}分。", "4", Unsure()))
    return out


_ALL = group_cell() + figured() + denied() + titled() + restated() + gated() + met_then_each() + near()
#: (the first statement of a text the generators write twice)
CASES = first_statements(_ALL)


(test_the_probe_is_of_its_size,
 test_every_made_up_text_is_scored_as_it_says_or_is_to_check) = probe_tests(CASES, 250, 600)


@pytest.mark.parametrize("text", ["基础工作,4分。其中:获县级荣誉1分,获市级荣誉3分。", "安全管理，4分。其中:A类2分,B类2分。",
                                  "基础工作,4分。包括:优秀3分,良好1分。"])
def test_ranked_parts_are_no_titles_parts(text):
    assert not propose(text, "4", "指标").confident


def test_parts_of_things_done_stay_a_sure_checklist():
    p = propose("基础工作,4分。其中:台账完整1分,制度健全3分。", "4", "指标")
    assert p.confident and not wrongly(p, "4", Once(("1", "3")))


@pytest.mark.parametrize("case", ["未发生安全事故的", "按时完成任务的", "全年无违规违纪行为的"])
def test_a_good_deed_in_a_groups_row_is_to_check(case):
    p = propose(f"有下列情形之一的,扣10分 {case}", "10", "指标")
    assert not p.confident and any(case[:-1] in x for x in p.unplaced)


def test_a_fault_holding_a_good_word_stays_sure():
    p = propose("有下列情形之一的,扣10分 未及时上报事故信息的", "10", "指标")
    assert p.confident and not wrongly(p, "10", Ranks((10, 0)))
