"""Made-up texts of year-end assessment rows of 党建 / 党支部 / 基层组织 / 村级 and 机关 work as party offices and
townships write them — each with what it states (the situations and their scores) or that it leaves a situation open
(to check): deductions written as a bare minus with 分 (“未按时召开支委会-1分”, “缺一次-0.5分”, “-2分/人”, “每缺1人次-0.2分”,
“…,每次-1分”, “…,-1分/人次”); the records required listed (①②③, 、) then “缺一项扣1分，扣完为止”; requirements each with
its points in brackets (“建立三会一课制度（2分）”); graded quality words with points (“健全(2分);比较健全(1分);不健全(0分)”,
“好、较好、一般、差分别得4、3、2、0分”); study hours and counts per year (“学习时间不少于32学时，每少2学时扣1分”,
“全年开展主题党日活动不少于12次，每少1次扣0.5分”); 党费 paid late per person, reports late by days (“每迟报1天扣0.5分”,
“迟报一天扣0.5分”), a fault found in inspection (“检查中发现一次扣1分”); a bonus for an honour within the row
(“获市级以上表彰加1分，本项最高不超过分值”) and 一票否决 for a serious breach inside a row.

Measured on the 413 texts (before → after the readings taught here): exact 95 → 143, flagged 265 → 255 (of them scoring
some situation otherwise than the text says 16 → 0), judgement fallbacks 37 → 15, confident and wrong 0 → 0. Taught:

- a minus before points opening its clause after the fault's (``wording._DASH_AS_MINUS`` takes a comma before it;
  ``wording._minus_read``, ``wording._EACH_ALONE``): “党员无故不参加组织生活,-1分/人次”, “未按时召开支委会,每次-1分” — the
  clause before names the fault (``FAULT_SAID``), so the minus is 扣; a clause closing in a figure or a score
  (“完成率≥95%,-1分”) and one naming no fault (“开展活动,每次-1分”) are left as they were;
- the things required listed, then each missing one costing its points (``reading._LISTED_THEN_MISSING`` in
  ``reading.coverage``): “资料齐全：①支委会记录②党员大会记录③党课记录，缺一项扣1分，扣完为止”, “台账包括A、B、C，每缺一项
  扣1分” — the list (two circled marks or a 、, no figure) says what a 项 is, a description, so the deduction per 项 is sure;
- a delay of one unit without 每, the deducting said to run on (``delay._late_without_each``, order 15600): “迟报一天扣0.5分，
  扣完为止”, “逾期一个工作日扣1分，扣完为止” read as each unit late (``delay._per_period_late``), to check (“未写“每””), where
  it is the text's one delay and no line of time (以上/以内) nor further step (以此类推) stands beside it; without the stop
  (“迟报一天扣1分”) it stays one case, as before;
- a deduction per case, then an honour adding its points within the 分值 (``formula._honour_after_deduction``, order
  1561): “每缺一次扣1分；获市级以上表彰加1分，本项最高不超过分值” — ``max - x * n + b * h`` over the count and the honour
  (是=1), the score within 0～分值; to check (whether the honour makes up for what was taken off is not said in words),
  where before a deduction alone was proposed, the honour left out.

Judgement fallbacks left (15), all texts stated unsure: a minus beside a 酌情扣分 clause (12) and grades with fewer scores
than grades (“好、较好、一般、差分别得4、3、2分”, 3). Flagged and left so: deductions without 扣完为止 (the proposer's rule),
grade words with no definition (“较好、一般：程度由评价组判断”), a whole-row gate beside deductions (g=0 multiplied, the
一票否决 inside a row), a checklist with “未达到要求的不得分” after it (per point or the whole row, unsaid), circled
bracketed requirements read twice alike but for the item's label (“另一种读法”), a step of hours with a part unsaid
(“每少2学时”), a requirement restating the fault before it (“按时足额缴纳党费，未按时缴纳的…”).

The checker is ``tests/probe_checks.py``'s.
"""
from __future__ import annotations

from decimal import Decimal
from functools import cache
from itertools import product

from services.frameworks.proposal import Proposal, propose
from tests.probe_checks import (
    Either,
    Fault,
    Faults,
    Want,
    WordOpts,
    case_test,
    first_statements,
    read_exactly,
    word_options_wrongly,
)
from tests.proposals import Bands, Once, Per, Ranks, Unsure, dec, item_score

_FULL = str.maketrans("0123456789.%", "０１２３４５６７８９．％")


def _n(x: Decimal | int | str) -> str:
    return format(dec(x).normalize(), "f")


# ── a deduction written as a bare minus with 分 (“未按时召开支委会-1分”, “缺一次-0.5分”, “-2分/人”) ─────────────────
_FAULTS3 = [("未按时召开支委会", "党员大会记录不全", "未按规定上党课"), ("组织生活会未召开", "谈心谈话未开展", "民主评议未开展"),
            ("党务公开不及时", "台账资料不齐全", "发展党员程序不规范"), ("未落实三会一课", "党费收缴不及时", "阵地建设不达标")]
_WORD = {"民主评议未开展": "民主评议", "谈心谈话未开展": "谈心谈话", "台账资料不齐全": "台账", "发展党员程序不规范": "发展党员",
         "组织生活会未召开": "组织生活会"}


def _w(fault: str) -> str:
    """A word of the fault its label holds (the last three characters, or a word of its own where they are shared)."""
    return _WORD.get(fault, fault[-3:])


def minus() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (a, b, c), (x, y, z), m in product(_FAULTS3, [("1", "1", "0.5"), ("2", "1", "1")], ("5",)):
        want = Faults((Fault(_w(a), f"-{x}"), Fault(_w(b), f"-{y}"), Fault(_w(c), f"-{z}")))
        out.append((f"{a}-{x}分；{b}-{y}分；{c}-{z}分", m, want))
        out.append((f"{a}-{x}分，{b}-{y}分，{c}-{z}分。", m, want))
        out.append((f"①{a}-{x}分②{b}-{y}分③{c}-{z}分", m, want))
        out.append((f"{a}-{x}分\n{b}-{y}分\n{c}-{z}分", m, want))
    for (a, b, c), x, m in product(_FAULTS3[:3], ("1", "0.5"), ("5", "3")):
        out.append((f"{a}-{x}分", m, Either(Once((x,)), Unsure())))
        out.append((f"缺一次-{x}分", m, Per(x)))
        out.append((f"每缺1人次-{x}分", m, Per(x)))
        out.append((f"党员无故不参加组织生活-{x}分/人", m, Per(x)))
        out.append((f"党员无故不参加组织生活，-{x}分/人次", m, Per(x)))
        out.append((f"{a}，每次-{x}分，扣完为止", m, Per(x)))
        out.append((f"{a}-{x}分，{b}酌情扣分", m, Unsure()))
    return out


# ── required records in a list, then “缺一项扣1分，扣完为止” ─────────────────────────────────────────────────────
_RECORDS = [("支委会记录", "党员大会记录", "党小组会记录", "党课记录"), ("党费收缴台账", "发展党员档案", "民主评议表"),
            ("学习笔记", "心得体会", "谈心谈话记录")]


def records() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    marks = "①②③④"
    for rs, x in product(_RECORDS, ("1", "0.5", "2")):
        m = _n(dec(x) * len(rs))
        listed = "".join(f"{marks[i]}{r}" for i, r in enumerate(rs))
        listed2 = "；".join(f"{marks[i]}{r}" for i, r in enumerate(rs))
        listed3 = "、".join(rs)
        per = Per(x)
        out.append((f"资料齐全：{listed}，缺一项扣{x}分，扣完为止", m, per))
        out.append((f"有{listed2}。缺一项扣{x}分，扣完为止。", m, per))
        out.append((f"台账包括{listed3}，每缺一项扣{x}分", m, per))
        out.append((f"{listed}，缺1项扣{x}分", m, per))
        out.append((f"{listed}\n缺一项扣{x}分，扣完为止", m, per))
        out.append((f"{listed}，缺一项扣{x}分，扣完为止".translate(_FULL), m, per))
    return out


# ── requirements each with bracketed points (“建立三会一课制度（2分）”) ─────────────────────────────────────────
_REQS = [("建立三会一课制度", "按时召开组织生活会", "党员发展程序规范"), ("支部班子健全", "阵地建设规范", "党务公开及时"),
         ("按期换届", "落实谈心谈话制度", "开展民主评议党员")]


def bracketed() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (a, b, c), (x, y, z) in product(_REQS, [("2", "2", "1"), ("1", "1", "1"), ("3", "1", "1")]):
        m = _n(dec(x) + dec(y) + dec(z))
        want = Faults((Fault(_w(a), f"-{x}"), Fault(_w(b), f"-{y}"), Fault(_w(c), f"-{z}")))
        out.append((f"{a}（{x}分）；{b}（{y}分）；{c}（{z}分）", m, want))
        out.append((f"{a}({x}分)，{b}({y}分)，{c}({z}分)", m, want))
        out.append((f"1.{a}（{x}分）\n2.{b}（{y}分）\n3.{c}（{z}分）", m, want))
        out.append((f"①{a}（{x}分）②{b}（{y}分）③{c}（{z}分）", m, want))
        out.append((f"{a}（{x}分）；{b}（{y}分）；{c}（{z}分）。未达到要求的不得分", m, want))
    return out


# ── graded quality words with points ────────────────────────────────────────────────────────────────────────────
def graded() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (top, mid), w in product([(2, 1), (4, 2), (3, 1.5)], [("健全", "比较健全", "不健全"), ("规范", "较规范", "不规范"),
                                                            ("完善", "基本完善", "不完善")]):
        want = WordOpts((top, _n(mid), 0), words=w)
        m = str(top)
        out.append((f"{w[0]}({top}分);{w[1]}({_n(mid)}分);{w[2]}(0分)", m, want))
        out.append((f"{w[0]}得{top}分，{w[1]}得{_n(mid)}分，{w[2]}不得分", m, want))
        out.append((f"制度{w[0]}（{top}分）、{w[1]}（{_n(mid)}分）、{w[2]}（0分）", m, want))
        out.append((f"{w[0]}{top}分；{w[1]}{_n(mid)}分；{w[2]}0分", m, want))
    for xs in [(4, 3, 2, 0), (5, 4, 3, 1), (10, 8, 6, 0)]:
        m = str(xs[0])
        want = WordOpts(xs, words=("好", "较好", "一般", "差"))
        out.append((f"好、较好、一般、差分别得{xs[0]}、{xs[1]}、{xs[2]}、{xs[3]}分", m, want))
        out.append((f"按好、较好、一般、差四个档次，分别得{xs[0]}、{xs[1]}、{xs[2]}、{xs[3]}分", m, want))
        out.append((f"好{xs[0]}分，较好{xs[1]}分，一般{xs[2]}分，差{xs[3]}分", m, want))
        out.append((f"好的得{xs[0]}分，较好的得{xs[1]}分，一般的得{xs[2]}分，差的得{xs[3]}分", m, want))
        out.append((f"优秀、良好、一般、较差分别得{xs[0]}、{xs[1]}、{xs[2]}、{xs[3]}分", m,
                    WordOpts(xs, words=("优秀", "良好", "一般", "较差"))))
        out.append((f"好、较好、一般、差分别得{xs[0]}、{xs[1]}、{xs[2]}分", m, Unsure()))
    return out


# ── study hours and counts per year ─────────────────────────────────────────────────────────────────────────────
def hours() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (h, step, x), m in product([(32, 2, "1"), (40, 4, "1"), (48, 1, "0.5")], ("5", "4")):
        ok = dec(m)
        bands = Bands(((h, m), (h + 8, m), (h - step, ok - dec(x)), (h - 2 * step, max(0, ok - 2 * dec(x))), (0, 0)))
        out.append((f"学习时间不少于{h}学时，每少{step}学时扣{x}分", m, Either(bands, Unsure())))
        out.append((f"党员每年集中学习不少于{h}学时，每少{step}学时扣{x}分，扣完为止", m, Either(bands, Unsure())))
        out.append((f"年度学习不少于{h}学时。每少{step}个学时扣{x}分。", m, Either(bands, Unsure())))
        out.append((f"学习时间不少于{h}学时", m, Either(Ranks((int(m), 0)), Unsure())))
    for (n, x), m, what in product([(12, "0.5"), (4, "1"), (6, "1")], ("5", "6"), ("开展主题党日活动", "讲党课")):
        ok = dec(m)
        bands = Bands(((n, m), (n + 3, m), (n - 1, ok - dec(x)), (n - 2, max(0, ok - 2 * dec(x))), (0, max(0, ok - n * dec(x)))))
        out.append((f"全年{what}不少于{n}次，每少1次扣{x}分", m, Either(bands, Per(x))))
        out.append((f"全年{what}不少于{n}次，少一次扣{x}分，扣完为止", m, Either(bands, Per(x))))
        out.append((f"每年{what}不少于{n}次；每缺1次扣{x}分", m, Either(bands, Per(x))))
        out.append((f"全年{what}不少于{n}次", m, Either(Ranks((int(m), 0)), Unsure())))
    return out


# ── 党费, reports late by days, a fault found in inspection ──────────────────────────────────────────────────────
def dues_reports() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for x, m in product(("0.5", "1", "2"), ("5", "3")):
        out.append((f"按时足额缴纳党费，未按时缴纳的每人次扣{x}分", m, Per(x)))
        out.append((f"党费未按时足额收缴的，每人次扣{x}分，扣完为止", m, Per(x)))
        out.append((f"按时报送材料，每迟报1天扣{x}分", m, Per(x)))
        out.append((f"按时报送年度总结，迟报一天扣{x}分，扣完为止", m, Per(x)))
        out.append((f"每推迟一天报送扣{x}分", m, Per(x)))
        out.append((f"迟报一次扣{x}分，未报不得分", m, Faults((Fault("迟报|次数|不符合", f"-{x}", True), Fault("未报", "0", False)))))
        out.append((f"检查中发现一次扣{x}分", m, Per(x)))
        out.append((f"督查中发现问题一次扣{x}分，扣完为止", m, Per(x)))
        out.append((f"发现一处问题扣{x}分", m, Per(x)))
        out.append((f"经检查发现一次扣{x}分，本项最多扣{m}分", m, Per(x)))
    return out


# ── bonuses for honours and 一票否决 inside a row ───────────────────────────────────────────────────────────────
def bonus_veto() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for x, b, m in product(("1", "0.5"), ("1", "2"), ("5", "10")):
        fb = Faults((Fault("缺|少|次数|不符合", f"-{x}", True), Fault("表彰", f"+{b}", False)))
        out.append((f"每缺一次扣{x}分；获市级以上表彰加{b}分，本项最高不超过分值", m, fb))
        out.append((f"每缺一次扣{x}分，获市级以上表彰的加{b}分，本项最高不超过分值", m, fb))
        out.append((f"每缺一次扣{x}分；获市级以上表彰加{b}分", m, Either(fb, Unsure())))
        out.append((f"每缺一次扣{x}分；获省级表彰加{b}分、市级表彰加{_n(dec(b) / 2)}分，本项最高不超过分值", m, Unsure()))
        fv = Faults((Fault("缺|少|次数|不符合", f"-{x}", True), Fault("违纪|否决|严重", "0", False)))
        out.append((f"每缺一次扣{x}分；发生严重违纪违法问题的，本项实行一票否决", m, Either(fv, Unsure())))
        out.append((f"每缺一次扣{x}分，扣完为止；出现严重违纪问题的本项不得分", m, fv))
        out.append((f"每缺一次扣{x}分。发生违纪问题一票否决", m, Either(fv, Unsure())))
    return out


_ALL = minus() + records() + bracketed() + graded() + hours() + dues_reports() + bonus_veto()
CASES = first_statements(_ALL)


@cache
def _proposed(text: str, weight: str) -> Proposal:
    return propose(text, weight, "指标")


def test_the_probe_is_of_its_size():
    assert 380 <= len(CASES) <= 450
    assert len({(text, w) for text, w, _want in CASES}) == len(CASES)


test_every_made_up_text_is_scored_as_it_says_or_is_to_check = case_test(CASES, proposed=_proposed, own=word_options_wrongly)


def test_the_readings_read_their_texts_exactly():
    exact = read_exactly(CASES, _proposed, word_options_wrongly)
    assert exact == 143  # (95 before the readings of this round)


def test_a_minus_opening_its_clause_is_taken_off_only_after_a_fault():
    p = _proposed("未按时召开支委会，每次-1分，扣完为止", "5")
    assert p.confident and p.kind == "deduction", p.unplaced
    assert not _proposed("完成率≥95%，-1分", "5").confident
    assert not _proposed("开展活动，每次-1分", "5").confident


def test_a_list_then_each_missing_is_sure_but_a_fault_before_it_is_not_a_list():
    assert _proposed("台账包括支委会记录、党员大会记录、党课记录，每缺一项扣1分，扣完为止", "3").confident
    assert not _proposed("支委会记录不全，缺一项扣1分，扣完为止", "3").confident


def test_a_delay_without_each_is_to_check_and_a_line_beside_it_is_not_read():
    p = _proposed("按时报送年度总结，迟报一天扣0.5分，扣完为止", "5")
    assert not p.confident and p.kind == "delay" and any("未写“每”" in u for u in p.unplaced)
    assert _proposed("迟报1天扣1分，迟报3天以上不得分", "5").kind != "delay"
    assert _proposed("迟报一天扣1分", "5").kind != "delay"  # one case: no stop says the days are counted


def test_an_honour_after_deductions_is_added_within_the_weight_to_check():
    p = _proposed("每缺一次扣1分；获市级以上表彰加2分，本项最高不超过分值", "5")
    assert not p.confident and p.kind == "formula"
    item = p.items[0]
    assert item_score(item, {"vars": {"n": "3", "h": "1"}}) == 4
    assert item_score(item, {"vars": {"n": "0", "h": "1"}}) == 5
    assert item_score(item, {"vars": {"n": "9", "h": "0"}}) == 0
    assert _proposed("每缺一次扣1分；获市级以上表彰加1分，最高8分", "5").kind != "formula"
