"""Made-up texts in the house styles of the readings merged from unseen230a — a fault and its cost set apart by a
semicolon in a cell whose lines close on 。 (“未设消毒间;扣3分。消毒记录不完整;扣3分。”, full and half width ；;, a space
after it, 不合格扣/扣除, a cost the whole 分值, the ; ending a clause of its own with no 。, two faults on one line, a
cap, a count, a zeroing line, line breaks), a heading restating the 分值 before the parts with their points (“三、餐前
准备(6分) 检查餐具(2分)整理台面(4分)”, the parts not adding up, a part with its deduction, 酌情, a heading not the row's,
one naming the row, a total closing the parts), deductions said to go below zero (“扣完得负分”, “可扣至负分”, “扣完后可
计负分” before or after the step; “不得负分” beside), each thing held to a state with its points per thing and no verb
(“刀叉距桌边2cm(每个1分)”, “每个0.5分 餐碟间距相等”, units 个/组/只/件/套/把/张, a share the whole 分值; counts to reach
that earn, “建设1-2个(每个5分)”, “参加培训(每次1分)”, “获得表彰(每项1分)”), short requirements of placing (“筷架摆放正确”,
“台布四周下垂均等”, “操作时拿匙柄”; and quality words, ranges, 酌情, a rate beside them) — each with what it states (a few
situations and their scores) or that it is unsure (to check). Every proposal scores every situation as the text says,
or is not confident.

Confident readings found scoring wrong, and mended (46 texts of the 678 written, three causes):

- a thing done or had as the fault of a cost that is the whole 分值 (“按要求设置消毒间;扣3分。”, “设有消毒间,扣3分。”, “已落实
  消毒制度；扣3分。”, “按时消毒,扣3分。”; 18 texts, the semicolon style and its comma alike) was read surely as 全有或全无,
  the thing required taking the whole 分值 when done — the denial (“未”, “不”) left out. Now a fault said as a thing done
  as required or had (按要求/按规定/按标准/按时/设有/建有/配有/备有/已 with no denial) is to check as “…齐全” was
  (``all_or_nothing._MET_SAID``).
- a heading numbered as a section (“三、”, “五、”, “十、”) restating its parts' points before them (“三、餐前准备(6分)检查
  餐具(2分)整理台面(4分)” on 12 points; 8 texts, and 12 more with the row named as the heading or not) was read surely as
  a 要点核查 of the heading and its parts, the heading a point of its own worth its parts again; and a total closing the
  parts (“检查餐具(2分)整理台面(4分)合计(6分)”, “…小计6分”; 8 texts) was a point of its own likewise. Now a 要点核查 of
  three points or more whose first holds the others' points together, the row's one mark opening the text, or whose last
  is a total (合计/小计/共计/总计/总分/满分) holding the others' points, is to check with a note
  (``checklist._total_among`` in ``_summed``); a heading numbered “2.” or “(一)” is the row's number dropped before the
  reading and stays read as a point where the sum allows it (as a text with no mark: “餐前准备(2分)检查餐具(1分)整理台面
  (1分)” on 4).

Readings left to check that would score some situations otherwise (not confident, so no bar): every semicolon style of
two faults or more (each fault found once, “扣完为止” unsaid), faults sharing one cost, costs after a count; a heading
whose parts do not make the 分值, a part with its own deduction or 酌情, a heading not naming the row, “扣完为止” after
the parts; every deduction said to go below zero (the rule's floor at 0 said back); each thing held to a state with its
points per thing (read as lost per thing, to check) and the counts that earn per thing; short placing requirements
(never confident, the figures of placing to be judged). A bare noun before the cost of the whole 分值 (“消毒间,扣3分。”)
stays read as its fault.

The checker is ``tests/probe_checks.py``'s.
"""
from __future__ import annotations

from itertools import product

import pytest

from services.frameworks.proposal import propose
from tests.probe_checks import Either, Fault, Faults, Fn, first_statements, probe_tests, wrongly
from tests.proposals import Once, Unsure

_FAULTS = [("未设消毒间", "消毒记录不完整"), ("无独立消毒剂存放场所", "消毒剂容器不密闭"), ("未配备防蝇设施", "餐具保洁柜未标识"),
           ("无专人负责", "台账未按月归档")]


# ── a fault and its cost set apart by a semicolon, lines closing on 。 ─────────────────────────────────────────────
def semicolon_costs() -> list[tuple[str, str, object]]:
    out: list[tuple[str, str, object]] = []
    for (a, b), (x, y), semi, sp, say in product(_FAULTS, [(3, 3), (1, 2)], [";", "；"], ["", " "],
                                                 ["扣", "不合格扣", "扣除"]):
        m = x + y + 4
        if say == "不合格扣" and (a, b) != _FAULTS[0]:
            continue
        out.append((f"{a}{semi}{sp}{say}{x}分。{b}{semi}{sp}{say}{y}分。", str(m), Either(Once((str(x), str(y))), Unsure())))
    for (a, b), semi in product(_FAULTS, [";", "；"]):
        # a cost the whole 分值
        out.append((f"{a}{semi}扣6分。{b}{semi}扣2分。", "6", Either(Once(("6", "2")), Unsure())))
        # the costs past the 分值 together
        out.append((f"{a}{semi}扣4分。{b}{semi}扣4分。", "6", Either(Once(("4", "4")), Unsure())))
        # the semicolon ends a clause of its own, no 。
        out.append((f"{a}{semi}扣3分{semi}{b}{semi}扣2分", "8", Either(Once(("3", "2")), Unsure())))
        out.append((f"{a}{semi}{b}{semi}扣3分。", "8", Unsure()))
        # several faults on one line, one cost
        out.append((f"{a},{b}{semi}扣3分。台账不全{semi}扣2分。", "8", Unsure()))
        out.append((f"{a}、{b}{semi}各扣3分。", "8", Either(Once(("3", "3")), Unsure())))
        # a fault counted per case
        out.append((f"每发现一处{a[1:]}{semi}扣2分。{b}{semi}扣3分。", "10",
                    Either(Faults((Fault(a[1:], "-2", True), Fault(b, "-3", False))), Unsure())))
        # a cap
        out.append((f"{a}{semi}扣3分{semi}最多扣5分。{b}{semi}扣3分。", "10", Unsure()))
        out.append((f"{a}{semi}扣3分。{b}{semi}扣3分。扣完为止。", "5", Either(Once(("3", "3")), Unsure())))
        # a cost with a count (每处) after the semicolon
        out.append((f"{a}{semi}每处扣2分。{b}{semi}扣3分。", "10",
                    Either(Faults((Fault(a, "-2", True), Fault(b, "-3", False))), Unsure())))
        # the fault zeroing the row
        out.append((f"{a}{semi}本项不得分。{b}{semi}扣3分。", "10",
                    Either(Faults((Fault(a, "0", False), Fault(b, "-3", False))), Unsure())))
        # a line of three, the last without 。
        out.append((f"{a}{semi}扣2分。{b}{semi}扣2分。资料不全{semi}扣1分", "8", Either(Once(("2", "2", "1")), Unsure())))
        # a good thing before the semicolon (earned, not lost)
        out.append((f"设有消毒间{semi}得3分。消毒记录完整{semi}得2分。", "5", Unsure()))
        # line breaks between the lines
        out.append((f"{a}{semi}扣3分。\n{b}{semi}扣2分。", "8", Either(Once(("3", "2")), Unsure())))
    for semi, (lead, sure) in product([";", "；", ","], [("按要求设置消毒间", False), ("设有消毒间", False), ("按规定配备消毒柜", False),
                                                      ("建有消毒台账", False), ("已落实消毒制度", False), ("按时消毒", False),
                                                      ("未设消毒间", True), ("消毒柜不能正常使用", True)]):
        # a thing done or had, its cost the whole 分值: a denial left out (“未”), never surely the fault
        out.append((f"{lead}{semi}扣3分。", "3", Either(Once(("3",)), Unsure()) if sure else Unsure()))
        out.append((f"{lead}{semi}扣5分", "3", Either(Once(("3",)), Unsure()) if sure else Unsure()))
    return out


# ── a heading restating the 分值, then the parts with their points ─────────────────────────────────────────────────
_PARTS = [("三、餐前准备", ("检查餐具", "整理台面")), ("四、摆台", ("铺台布", "摆餐碟", "摆酒杯")),
          ("2.口布折花", ("主位花型", "副位花型")), ("(一)卫生清扫", ("地面清洁", "台面清洁", "垃圾清运"))]


def headings() -> list[tuple[str, str, object]]:
    out: list[tuple[str, str, object]] = []
    for (head, parts), (pts_set, sp) in product(_PARTS, [((2, 4, 3), ""), ((1, 1, 2), " "), ((0.5, 1.5, 2), ""),
                                                          ((2, 4, 3), " ")]):
        pts = pts_set[:len(parts)]
        m = sum(pts)
        ms = format(m, "g")
        body = sp.join(f"{p}({format(x, 'g')}分)" for p, x in zip(parts, pts))
        costs = tuple(format(x, "g") for x in pts)
        out.append((f"{head}({ms}分){sp}{body}", ms, Either(Once(costs), Unsure())))
        # the parts not adding up to the 分值 (on twice their points, the heading may be read a point: sure only of
        # a heading the row's mark does not open, “2.”, “(一)” dropped as the row's number)
        twice = Unsure() if m != 2 or "、" in head else Either(Once((ms, *costs)), Unsure())
        out.append((f"{head}({ms}分){sp}{body}", format(m + 2, "g"), twice))
        out.append((f"{head}({format(m + 1, 'g')}分){sp}{body}", format(m + 1, "g"), Unsure()))
        # the heading's points not the 分值 (the heading is not the row's)
        out.append((f"{head}({format(m + 3, 'g')}分){sp}{body}", ms, Unsure()))
        # a part with a deduction
        dbody = sp.join(f"{p}({format(x, 'g')}分)" for p, x in zip(parts[:-1], pts[:-1])) \
            + f"{sp}{parts[-1]},每处不合格扣0.5分({format(pts[-1], 'g')}分)"
        out.append((f"{head}({ms}分){sp}{dbody}", ms, Unsure()))
        # a part scored by judgement
        jbody = body + f"{sp}酌情扣分"
        out.append((f"{head}({ms}分){sp}{jbody}", ms, Unsure()))
    for parts, pts in [(("检查餐具", "整理台面"), (2, 4)), (("地面清洁", "台面清洁", "垃圾清运"), (1, 1, 2))]:
        m = sum(pts)
        body = "".join(f"{p}({x}分)" for p, x in zip(parts, pts))
        costs = tuple(str(x) for x in pts)
        # a total closing the parts
        for total in ("合计", "小计", "共计", "总分"):
            out.append((f"{body}{total}({m}分)", str(2 * m), Unsure()))
            out.append((f"{body}{total}{m}分", str(2 * m), Unsure()))
            out.append((f"{body}{total}({m}分)", str(m), Either(Once(costs), Unsure())))
        # a Chinese-numbered heading restating the parts' points, on the points with the heading's
        for head in ("三、餐前准备", "五、清洁卫生", "十、收尾工作"):
            out.append((f"{head}({m}分){body}", str(2 * m), Unsure()))
            out.append((f"{head}({m}分){body}", str(m), Either(Once(costs), Unsure())))
    return out


#: a heading the row's name: the wordings read the parts surely
def named_headings() -> list[tuple[str, str, str, object]]:
    out: list[tuple[str, str, str, object]] = []
    for (head, parts), pts, name in product(_PARTS[:2], [(2, 4, 3), (1, 1, 2)], ["餐前准备", "摆台", "清扫"]):
        pts = pts[:len(parts)]
        m = sum(pts)
        body = "".join(f"{p}({x}分)" for p, x in zip(parts, pts))
        costs = tuple(str(x) for x in pts)
        out.append((f"{head}({m}分){body}", str(m), name, Either(Once(costs), Unsure())))
        out.append((f"{head}({m}分){body}", str(m + 1), name, Unsure()))
        out.append((f"{head}({m + 1}分){body}", str(m), name, Unsure()))
        out.append((f"{head}({m}分){body}扣完为止", str(m), name, Unsure()))
        out.append((f"{head}({m}分){body}", str(2 * m), name, Unsure() if "、" in head else Either(Once((str(m), *costs)), Unsure())))
    return out


# ── deductions said to go below zero ─────────────────────────────────────────────────────────────────────────────
def below_zero() -> list[tuple[str, str, object]]:
    out: list[tuple[str, str, object]] = []
    for (x, m), tail, sep in product([(1, 10), (2, 10), (0.5, 5)], ["扣完得负分", "可扣至负分", "扣完后可计负分", "扣完为负分"],
                                     [",", "；"]):
        xs = format(x, "g")
        out.append((f"每发现一处问题扣{xs}分{sep}{tail}", str(m), Unsure()))
        out.append((f"每超2%扣{xs}分{sep}{tail}", str(m), Unsure()))
        out.append((f"未按时完成扣{m // 2}分{sep}{tail}", str(m), Unsure()))
        out.append((f"{tail}{sep}每发现一处问题扣{xs}分", str(m), Unsure()))
    for x in ("1", "2"):
        # a floor at 0 said: no score below zero
        out.append((f"每发现一处问题扣{x}分,不得负分", "10", Either(Faults((Fault("问题|处", f"-{x}", True),)), Unsure())))
        out.append((f"每发现一处问题扣{x}分,不计负分", "10", Either(Faults((Fault("问题|处", f"-{x}", True),)), Unsure())))
    return out


# ── each thing held to a state, points per thing with no verb ───────────────────────────────────────────────────
_HELD = ["刀叉距桌边2cm", "餐碟间距相等", "杯具摆放整齐", "与花瓶三点一线", "枕头外形平整、挺括", "筷子距桌边1.5厘米", "水杯居中"]


def each_held() -> list[tuple[str, str, object]]:
    out: list[tuple[str, str, object]] = []
    shares = [(1, 5), (0.5, 4), (2, 8)]
    for k, (req, unit) in enumerate(product(_HELD, ["个", "组", "只", "件", "套", "把", "张"])):
        x, m = shares[k % 3]
        xs = format(x, "g")
        if unit in ("只", "件", "把") and req not in _HELD[:3]:
            continue
        out.append((f"{req}(每{unit}{xs}分)", str(m), Unsure()))
        out.append((f"每{unit}{xs}分 {req}", str(m), Unsure()))
        # the share is the whole 分值
        out.append((f"{req}(每{unit}{m}分)", str(m), Unsure()))
    for x, m in [(5, 10), (2, 6), (1, 4)]:
        # counts to reach: points earned per thing
        out.append((f"建设1-2个(每个{x}分)", str(m), Either(Fn(("建设",), (((0,), 0), ((1,), x), ((2,), min(2 * x, m)), ((4,), m))), Unsure())))
        out.append((f"参加培训(每次{x}分)", str(m), Either(Fn(("培训",), (((0,), 0), ((1,), x), ((3,), min(3 * x, m)), ((9,), m))), Unsure())))
        out.append((f"发表论文(每篇{x}分)", str(m), Either(Fn(("论文",), (((0,), 0), ((1,), x), ((3,), min(3 * x, m)), ((9,), m))), Unsure())))
        out.append((f"新建示范点3个以上(每个{x}分)", str(m), Unsure()))
        out.append((f"每个{x}分 组织活动2次以上", str(m), Unsure()))
        out.append((f"获得表彰(每项{x}分)", str(m), Either(Fn(("表彰",), (((0,), 0), ((1,), x), ((3,), min(3 * x, m)), ((9,), m))), Unsure())))
    return out


# ── short placing requirements ──────────────────────────────────────────────────────────────────────────────────
def placed() -> list[tuple[str, str, object]]:
    out: list[tuple[str, str, object]] = []
    sure = ["筷架摆放正确", "台布正面朝上", "匙柄一律向右", "口布位置居中", "操作时拿匙柄", "骨碟定位准确", "花瓶摆放端正",
            "筷子距桌边1.5cm", "台布一次到位", "台布四周下垂均等"]
    soft = ["摆放美观", "摆放基本整齐", "筷架摆放较正确", "筷子距桌边1-2cm", "酌情考虑摆放效果", "摆放整齐美观大方",
            "台布基本正面朝上", "餐具摆放整齐,视情况扣分", "操作时拿匙柄,动作熟练", "筷架摆放正确率90%以上"]
    for t, m in product(sure + soft, ["2", "0.5"]):
        out.append((t, m, Unsure()))
    return out


_ALL = semicolon_costs() + headings() + below_zero() + each_held() + placed()
#: (the first statement of a text the generators write twice)
CASES = first_statements(_ALL)


NAMED = named_headings()


@pytest.mark.parametrize("text, weight, name, want", NAMED, ids=[f"n{i:02d}" for i in range(len(NAMED))])
def test_a_heading_naming_the_row_is_read_as_it_says_or_to_check(text, weight, name, want):
    p = propose(text, weight, name)
    why = wrongly(p, weight, want)
    assert not (p.confident and why), (why, p.summary)


(test_the_probe_is_of_its_size,
 test_every_made_up_text_is_scored_as_it_says_or_is_to_check) = probe_tests(CASES, 300, 650)
