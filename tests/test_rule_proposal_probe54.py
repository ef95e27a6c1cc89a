"""Made-up texts in the near variants of this round's readings (``tests/test_rule_proposal_cov20.py``: a list of the
records required then “缺一项扣N分”, ``reading._LISTED_THEN_MISSING``; a minus opening its own clause after the fault's,
``wording._DASH_AS_MINUS`` / ``_minus_read``) and of the line-break readings (``wording.line_breaks_read``) — each with
what it states (a few situations and their scores) or that it is unsure (to check):

- lists of records (①②③ run together or after “;”, “、”, full-width figures, with 等) then “缺一项扣N分，扣完为止”, the
  count listed times N at, past or short of the 分值; a list with figures (“支委会记录12次”), a list then 每缺一次, two
  lists with deductions of their own, a list then a fault of another kind or “缺两项以上不得分” or a range of points, a
  fault before the “list” (“支委会记录不全，缺一项扣1分”), lists typed one item a line (“⑴、…\n⑵、…\n缺一项扣1分”);
- a minus after a fault's clause (“…，每次-1分，扣完为止”, “…，-1分/人次”, “…；-1分/人次”, “\n每次-1分\n”), a plus there
  (“…，每次+1分”), ranges of minuses (“每次-1～-2分”, “-0.5至-1分”), a minus after a line or a figure (“完成率≥95%，-1分”,
  “不少于12次，每少一次-1分”), “-1分/人/次”, “最多-3分”, “获表彰+1分” after them;
- criteria typed over several lines: a line ending on a bare score (“…，得0.5\n无，不得分”, “得 2\n记录不全，得 1”), lines
  of numbered items (“⑴、…1分\n⑵、…”, “(1)…”, “1.…”, their points past the 分值, “…得1\n⑵、…”), a clause mark then four
  plain characters at a line's end — a clause of its own (“…，党费收缴及时\n党员大会记录不全…”) or a genuine wrap in the
  middle of a word (“未按规定上党\n课扣1分”, “组织生活会未\n召开的不得分”, “未按要求整\n改的…”, “逾期报送的扣\n1分”,
  “扣完为\n止”, “党员大会记\n录不全…”) — and figures wrapped (“扣0.\n5分”, “不少于1\n2次”, “得1\n0分” of 分值 10).

Confident readings found scoring wrong: none (0 of the 378 texts; 121 read sure and exactly). The list before “缺一项”
takes no figure, so a list of counts, two lists or a list beside another deduction is left to check; a range or a plus
after a fault is never a minus read sure; a wrap in the middle of a word after a clause mark ends a clause in the
likeliest reading (“组织生活会未;召开的不得分”), but the text is then flagged (the words left over are named), so no
confident reading rests on it; a figure wrapped between two digits is joined (“不少于1\n2次” → 12次, “得1\n0分” → 10分),
which the 分值 or the unit after it bears out.

Mended, though not confident: a minus opening a clause after a semicolon (“党费未按时收缴；-1分/人次”) was read as a
formula dividing by the count (“得分 = -1 ÷ 人次”); ``wording._DASH_AS_MINUS`` now takes a semicolon before the dash as
it takes a comma, and ``_minus_read`` looks past it for the fault — a deduction per 人次, still to check (the fault's
clause is not placed across the semicolon). A line or a figure before it (“完成率≥95%；-1分”) is left as it was.

Left to check (not confident, so no bar): lists with figures, two lists, lists then “缺两项扣3分” / “全部缺失扣5分”, a
list then 每缺一次 after a line break, numbered lines closing on a bare “得1”, a line ended on 扣/得 after a clause mark
before a zero (“一年未召开\n不得分”), “-1分/人/次”, minuses without 扣完为止, caps written on the next line.

The checker is ``tests/probe_checks.py``'s.
"""
from __future__ import annotations

from decimal import Decimal
from functools import cache
from itertools import product

from services.frameworks.proposal import Proposal, propose
from tests.probe_checks import Either, Fault, Faults, Want, first_statements, probe_tests, read_exactly
from tests.proposals import Bands, Once, Per, Ranks, Unsure, dec

_FULL = str.maketrans("0123456789.%,;", "０１２３４５６７８９．％，；")


def _n(x: Decimal | int | str) -> str:
    return format(dec(x).normalize(), "f")


# ── required records listed, then “缺一项扣N分” ───────────────────────────────────────────────────────────────────
_LISTS = [("支委会记录", "党员大会记录", "党课记录"), ("组织生活会记录", "谈心谈话记录", "民主评议表", "党费台账"),
          ("学习笔记", "心得体会")]
_MARKS = "①②③④"


def records() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for rs, x, extra in product(_LISTS, ("1", "0.5"), (0, 2)):
        # the 分值 at, past or short of the count listed times the deduction: each missing 项 still costs its points
        m = _n(dec(x) * len(rs) + extra) if dec(x) * len(rs) + extra > 0 else "1"
        circled = "".join(f"{_MARKS[i]}{r}" for i, r in enumerate(rs))
        dunhao = "、".join(rs)
        out.append((f"资料齐全：{circled}，缺一项扣{x}分，扣完为止", m, Per(x)))
        out.append((f"资料齐全:{circled},缺1项扣{x}分,扣完为止", m, Per(x)))
        out.append((f"台账包括{dunhao}，每缺一项扣{x}分，扣完为止", m, Per(x)))
        out.append((f"台账包括{dunhao}等，每缺一项扣{x}分，扣完为止", m, Per(x)))
        out.append((f"资料齐全：{circled}；缺一项扣{x}分；扣完为止".translate(_FULL), m, Per(x)))
        # a list then 每缺一次: a 次 is not one of the things listed, each time still costs
        out.append((f"按时召开{dunhao[:0]}支委会、党员大会、党小组会，每缺一次扣{x}分，扣完为止", m, Per(x)))
        # a list with figures: each thing a count of its own (“支委会记录12次”)
        out.append((f"资料齐全：①支委会记录12次②党课记录4次，缺一项扣{x}分，扣完为止", m, Either(Per(x), Unsure())))
        # a deduction per 项 then the whole row at zero past a count
        out.append((f"资料齐全：{circled}，缺一项扣{x}分，缺两项以上不得分", m,
                    Either(Faults((Fault("缺|项|不符合|次数", f"-{x}", True), Fault("两项|以上", "0", False))), Unsure())))
    for (a, b), (x, y) in product([(_LISTS[0], _LISTS[2]), (_LISTS[1], _LISTS[0])], [("1", "0.5"), ("0.5", "0.2")]):
        # two lists, each with its own deduction: one per 项 throughout would be wrong
        la = "、".join(a)
        lb = "、".join(b)
        m = "5"
        two = Faults((Fault(a[0][:2] + "|" + a[-1][:2] + "|缺", f"-{x}", True), Fault(b[0][:2] + "|" + b[-1][:2], f"-{y}", True)))
        out.append((f"{la}，缺一项扣{x}分；{lb}，缺一项扣{y}分，扣完为止", m, Either(two, Unsure())))
        out.append((f"①{la}，每缺一项扣{x}分②{lb}，每缺一项扣{y}分", m, Either(two, Unsure())))
        # a list then a fault of another kind: the list says nothing of the other
        out.append((f"资料齐全：{la}，缺一项扣{x}分，内容不规范的扣{y}分", m,
                    Either(Faults((Fault("缺|项|资料|不符合|次数", f"-{x}", True), Fault("规范", f"-{y}", None))), Unsure())))
        # a list whose deduction is a range: to check
        out.append((f"资料齐全：{la}，缺一项扣{x}-{y}分", m, Unsure()))
        # a fault before the “list”: no list at all
        out.append((f"{a[0]}不全，缺一项扣{x}分", m, Either(Per(x), Unsure())))
    return out


# ── a minus opening its own clause ─────────────────────────────────────────────────────────────────────────────
_FAULTS = ["未按时召开支委会", "党员无故不参加组织生活", "党费未按时收缴", "未按规定开展主题党日"]


def minus() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (f, sep), x, m in product(zip(_FAULTS, ("，", ",", "；", "，")), ("1", "0.5"), ("5", "3")):
        out.append((f"{f}{sep}每次-{x}分{sep}扣完为止", m, Per(x)))
        out.append((f"{f}{sep}-{x}分/人次", m, Per(x)))
        # a plus after the fault: not a deduction
        out.append((f"{f}{sep}每次+{x}分", m, Unsure()))
        # a range of minus: to check
        out.append((f"{f}{sep}每次-{x}～-2分", m, Unsure()))
    for f, x, m in product(_FAULTS[:2], ("1", "0.5"), ("5",)):
        out.append((f"{f}，每次-{x}分；资料不全，每项-0.5分", m,
                    Either(Faults((Fault(f[-3:] + "|次", f"-{x}", True), Fault("资料|项", "-0.5", True))), Unsure())))
        out.append((f"完成率≥95%，-{x}分", m, Unsure()))
        out.append((f"完成率低于95%，每次-{x}分", m, Unsure()))
        out.append((f"得分={m}-{x}分×次数", m, Either(Per(x), Unsure())))
        out.append((f"{f}，每次-{x}分，最多-2分", m, Either(Per(x, "2"), Unsure())))
        out.append((f"{f}\n每次-{x}分\n扣完为止", m, Per(x)))
    return out


# ── criteria typed over several lines after each clause (Alt+Enter) ─────────────────────────────────────────────
def lines() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (hi, lo), what, sep in product([("0.5", "0"), ("1", "0"), ("2", "1")], ["有会议记录", "资料齐全规范", "按时报送"],
                                       [",", "，"]):
        m = hi
        # a line ending on a bare score
        out.append((f"{what}{sep}得{hi}\n无{sep}不得分", m, Either(Ranks((dec(hi), 0)), Unsure())))
        out.append((f"{what}{sep}得{hi}\n不完整{sep}得{lo}", m, Either(Ranks((dec(hi), dec(lo))), Unsure())))
        # a bare score wrapped from its unit: not a score closing a line
        out.append((f"{what}{sep}每少1\n次扣{hi}分{sep}扣完为止", m, Either(Per(hi), Unsure())))
        # a score's figure split by the break
        out.append((f"{what}{sep}得1\n0分", m, Unsure()))
    for (a, b, c), (x, y, z) in product([("建立党建台账", "按时报送材料", "资料归档完整"), ("召开支委会", "上好党课", "开展谈心谈话")],
                                        [("1", "1", "0.5"), ("2", "1", "1")]):
        m = _n(dec(x) + dec(y) + dec(z))
        once = Once((x, y, z))
        out.append((f"⑴、{a}{x}分\n⑵、{b}{y}分\n⑶、{c}{z}分", m, once))
        out.append((f"(1){a}{x}分\n(2){b}{y}分\n(3){c}{z}分", m, once))
        out.append((f"1.{a}{x}分\n2.{b}{y}分\n3.{c}{z}分", m, once))
        # numbered lines of faults, each with its deduction
        faults = Faults((Fault(a[-2:], f"-{x}"), Fault(b[-2:], f"-{y}"), Fault(c[-2:], f"-{z}")))
        out.append((f"⑴、未{a}扣{x}分\n⑵、未{b}扣{y}分\n⑶、未{c}扣{z}分", m, Either(faults, Unsure())))
        # the points past the 分值
        out.append((f"⑴、{a}{x}分\n⑵、{b}{y}分\n⑶、{c}{_n(dec(z) + 1)}分", m, Unsure()))
        # a numbered mark that continues a figure
        out.append((f"{a}不少于\n4、次，每少1次扣{x}分", m, Unsure()))
    for x, m in product(("1", "0.5"), ("5", "3")):
        # a clause mark then four plain characters at a line's end: a clause of its own
        out.append((f"未按时召开支委会扣{x}分，党费收缴及时\n党员大会记录不全扣{x}分", m, Either(Per(x), Unsure())))
        # genuine wraps in the middle of words: the break is nothing
        out.append((f"未按时召开支委会，每次扣{x}分，扣完为\n止", m, Per(x)))
        out.append((f"党员大会记\n录不全，每次扣{x}分，扣完为止", m, Per(x)))
        out.append((f"资料齐全，每缺一项扣{x}分，组织生活\n会未召开的不得分", m,
                    Either(Faults((Fault("缺|项|资料|不符合", f"-{x}", True), Fault("生活|召开", "0", False))), Unsure())))
        out.append((f"按时报送得{m}分，逾期报送得\n{x}分", m, Either(Ranks((dec(m), dec(x))), Unsure())))
        out.append((f"未按时召开支委会扣{x}分，未按规定上党\n课扣{x}分", m,
                    Either(Faults((Fault("支委", f"-{x}"), Fault("党课|党\\n课|课", f"-{x}"))), Unsure())))
        out.append((f"每缺一次扣{x}分，党员大会未按\n时召开的不得分", m,
                    Either(Faults((Fault("缺|次", f"-{x}", True), Fault("大会|召开|按时", "0", False))), Unsure())))
        out.append((f"每缺一次扣{x}分，未召开党员大\n会的，本项不得分", m,
                    Either(Faults((Fault("缺|次", f"-{x}", True), Fault("大会|召开|会", "0", False))), Unsure())))
        out.append((f"每迟报一天扣{x}分，扣完为止，逾期十天\n以上不得分", m, Unsure()))
    return out


# ── near variants tried one by one: two lists, lists typed a line each, figures and scores wrapped ─────────────────
def near() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    listed = "①支委会记录②党员大会记录③党课记录"
    per_item = Fault("项", "-1", True)
    out.append((f"资料齐全：{listed}，缺一项扣1分，缺两项扣3分", "3", Unsure()))
    out.append((f"缺一项扣1分：{listed}", "3", Either(Per("1"), Unsure())))
    out.append((f"资料齐全：{listed}，缺一项扣1分，全部缺失扣5分", "5", Unsure()))
    out.append((f"资料齐全：{listed}，缺一项不得分", "3", Either(Ranks((3, 0)), Unsure())))
    out.append((f"资料齐全：{listed}，缺一项扣1分，扣完为止，缺两项以上不得分", "5", Unsure()))
    out.append((f"{listed}，缺一项扣1分，扣完为止；每缺一次扣0.5分", "5",
                Faults((per_item, Fault("次数", "-0.5", True)))))
    out.append((f"资料齐全：{listed}，缺一项扣1分，扣完为止；记录不规范的每处扣0.5分", "5",
                Faults((per_item, Fault("规范|处", "-0.5", True)))))
    out.append((f"资料齐全：{listed}，缺一项扣1分，扣完为止；①党费台账②发展党员档案，缺一项扣2分", "5", Unsure()))
    out.append(("支委会记录、党员大会记录、党课记录，缺一项扣1分，扣完为止；党费台账、发展党员档案，缺一项扣2分，扣完为止", "5",
                Either(Faults((Fault("支委|党课|缺", "-1", True), Fault("党费|发展", "-2", True))), Unsure())))
    out.append((f"资料齐全：{listed}\n每缺一次扣1分，扣完为止", "3", Either(Per("1"), Unsure())))
    for lead in ("⑴、", "1、", "①"):
        typed = "\n".join(f"{lead.replace('1', str(i + 1)).replace('⑴', '⑴⑵⑶'[i]).replace('①', '①②③'[i])}{r}"
                          for i, r in enumerate(("支委会记录", "党员大会记录", "党课记录")))
        out.append((f"{typed}\n缺一项扣1分，扣完为止", "3", Either(Per("1"), Unsure())))
        out.append((f"资料齐全：\n{typed}\n缺一项扣0.5分，扣完为止", "1.5", Either(Per("0.5"), Unsure())))
    out.append(("⑴、支委会记录1分\n⑵、党员大会记录1分\n⑶、党课记录\n1分", "3", Once(("1", "1", "1"))))
    out.append(("⑴、支委会记录得1\n⑵、党员大会记录得1\n⑶、党课记录得1", "3", Either(Once(("1", "1", "1")), Unsure())))
    # a figure or a score wrapped in the middle: the 分值 or the unit after it tells
    out.append(("按时报送得1\n0分，逾期不得分", "10", Either(Ranks((10, 0)), Unsure())))
    out.append(("开展主题党日不少于1\n2次，每少一次扣1分，扣完为止", "5",
                Either(Bands(((12, 5), (15, 5), (11, 4), (9, 2), (0, 0))), Unsure())))
    for cut in ("每缺一次扣0.\n5分", "每缺一次扣0.5\n分", "每缺一次扣\n0.5分", "每缺一\n次扣0.5分"):
        out.append((f"{cut}，扣完为止", "5", Per("0.5")))
        out.append((f"{cut}，扣完\n为止", "3", Per("0.5")))
    # a clause mark then a few words at a line's end, the line after the rest of a word
    out.append(("每缺一次扣1分，扣完为止，组织生活会未\n召开的不得分", "5",
                Either(Faults((Fault("缺|次", "-1", True), Fault("组织生活|召开", "0", False))), Unsure())))
    out.append(("每次扣1分，未按要求整\n改的扣2分，扣完为止", "5", Unsure()))
    out.append(("按时召开得2分，逾期召开的\n得1分，未召开不得分", "2", Either(Ranks((2, 1, 0)), Unsure())))
    out.append(("每缺一次扣1分，扣完为止，每缺一人\n次扣0.5分", "5", Unsure()))
    out.append(("每缺一次扣1分，扣完为止，本项最多\n扣3分", "5", Either(Per("1", "3"), Unsure())))
    out.append(("会议记录齐全，得 2\n记录不全，得 1\n无记录，得 0", "2", Either(Ranks((2, 1, 0)), Unsure())))
    out.append(("会议记录齐全，得2\n个别缺失，得1\n无记录，不得分", "2", Either(Ranks((2, 1, 0)), Unsure())))
    # a line ending on 扣 or 得 after a clause mark, its points on the next line
    out.append(("按时报送得2分，逾期报送的扣\n1分", "2", Either(Ranks((2, 1)), Unsure())))
    out.append(("按时报送得2分，逾期报送的得\n1分，未报送不得分", "2", Either(Ranks((2, 1, 0)), Unsure())))
    out.append(("按时召开支委会，每缺一次扣\n1分，扣完为止", "5", Either(Per("1"), Unsure())))
    out.append(("党员无故不参加组织生活，每人次扣除\n0.5分，扣完为止", "5", Per("0.5")))
    out.append((f"资料齐全：{listed}，每缺少一项扣\n1分，扣完为止", "3", Per("1")))
    out.append(("未按时召开支委会，每次扣1分，累计扣分不超过\n3分", "5", Either(Per("1", "3"), Unsure())))
    out.append(("未按时召开支委会，每次扣1分，扣完为止，一年未召开\n不得分", "5", Unsure()))
    # the minus after a fault: a line of its own, figures, ranges
    out.append(("全年召开支委会不少于12次，每少一次-1分，扣完为止", "5",
                Either(Bands(((12, 5), (11, 4), (8, 1), (0, 0))), Unsure())))
    out.append(("党员参学率低于90%，每低1个百分点-0.5分，扣完为止", "5",
                Either(Bands(((100, 5), (90, 5), (88, 4), (70, 0))), Unsure())))
    out.append(("全年召开支委会不少于12次，每次-1分，扣完为止", "5", Either(Per("1"), Unsure())))
    out.append(("未按时召开支委会，每次-0.5至-1分，扣完为止", "5", Unsure()))
    out.append(("未按时召开支委会，每次-1分，扣完为止，获表彰+1分", "5", Unsure()))
    out.append(("党员无故不参加组织生活，-1分/人次，扣完为止", "5", Per("1")))
    out.append(("党员无故不参加组织生活，-1分/人/次，扣完为止", "5", Either(Per("1"), Unsure())))
    out.append(("党员无故不参加组织生活，-1分/人次；支部书记未参加，-2分/次，扣完为止", "5",
                Faults((Fault("组织生活|人次", "-1", True), Fault("书记|未参", "-2", True)))))
    return out


_ALL = records() + minus() + lines() + near()
CASES = first_statements(_ALL)


@cache
def _proposed(text: str, weight: str) -> Proposal:
    return propose(text, weight, "指标")


(test_the_probe_is_of_its_size,
 test_every_made_up_text_is_scored_as_it_says_or_is_to_check) = probe_tests(CASES, 250, 450, proposed=_proposed)


def test_the_readings_read_their_texts_exactly():
    assert read_exactly(CASES, _proposed) == 121


def test_a_minus_after_a_semicolon_is_taken_off_after_a_fault():
    p = _proposed("党费未按时收缴；-1分/人次", "5")
    assert p.kind == "deduction" and not p.confident, p.summary
    assert _proposed("党费未按时收缴，-1分/人次，扣完为止", "5").confident
    assert not _proposed("完成率≥95%；-1分", "5").confident


def test_a_word_wrapped_after_a_clause_mark_is_never_read_sure():
    assert not _proposed("每缺一次扣1分，扣完为止，组织生活会未\n召开的不得分", "5").confident
    assert not _proposed("未按时召开支委会，每次扣1分，扣完为止，一年未召开\n不得分", "5").confident
    assert _proposed("未按时召开支委会，每次扣1分，扣完为\n止", "3").confident
