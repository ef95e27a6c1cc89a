"""Made-up texts in the styles of 考核表 / 评分表 rows whose options and grades are check boxes and cells: boxes before or
after each grade (“□优秀(10分) □良好(8分) □一般(6分) □差(0分)”, “○…”, “优秀□(10分)”), lettered options (“A.…(5分)
B.…(3分) C.…(0分)”, “(A)…”, “A、…得5分;”, “A(5分) B(4分)…E(1分)”), grades and their points said apart (“优秀/良好/合格/
不合格 对应 10/8/6/0 分”, “…、…分别对应…”, “…依次得…”, “…/…分别计…/…分”, “…|…|… 对应 …|…|…”, “…:10/8/6/0”), degrees of
conformity (“完全符合5分 基本符合3分 不符合0分”), 是/否 with points (“是(2分) 否(0分)”, “是□ 否□ 2分”, “是/否 2/0”),
satisfaction tallies (“满意 基本满意 不满意 分别得 5 3 0 分”, “满意(5分)/基本满意(3分)/不满意(0分)”), a grade, its
definition, then its points (“优秀:资料齐全、记录规范,10分;…”, “…为优秀,计10分”), grades with score ranges (“优秀(9-10分)
良好(7-8分)…”), Roman and circled numerals (“Ⅰ级10分”, “①全部完成得5分”), options joined by / or | (“全部完成10分|基本完成7分|…”,
“全部完成|基本完成|部分完成 6|4|2”); with spaces, full-width digits, a remark in brackets, an extra clause a reading
should not swallow, scores short of or past the 分值 — each with what it states (its situations' scores, best first) or
that it is unsure (to check). Every proposal scores every situation as the text says, or is not confident; the texts
the readings read are proposed exactly (their count asserted).

Before the readings of this round (389 texts): 107 proposed exactly, 141 flagged, 141 judgement fallbacks, 0 confident
and wrong; after: 107 exactly, 212 flagged, 70 fallbacks, 0 confident and wrong. Taught:

- situations split by “/” then their scores split by “/” (wording ``slash_lists``, read by choice ``_slash_situations``
  and tiers ``_slash_bands``) may be joined by a colon or words (“优秀/良好/合格/不合格对应10/8/6/0分”, “…分别计5/3/0分”,
  “…/差:10/8/6/0”; the joining words left to the check of the words placed), close bare scores with one 分
  (“…:10/7/4/0分”), follow a lead without a colon (“评定为优/良/中/差的,对应…”: the lead to check), and be split by “|”
  (or “｜”) alone (“好|中|差 5|3|0”) — 54 fallbacks;
- a “|” straight after a score before the next option (“全部完成10分|基本完成7分|…”) ends the option's clause as “;”
  does (wording ``_BAR_AFTER_POINTS``) — 6 fallbacks, and a confident reading whose labels kept the bar;
- situations listed with “、” then their scores “依次得/依次对应/分别对应 …” are read as “分别得” is (choice ``RESPECTIVELY``,
  ``_respectively``), by position and so to check (a note on 依次; 分别 left unplaced as before) — 24 fallbacks.

Fallbacks left, and why: grades with score ranges (“优秀(9-10分) 良好(7-8分)…”, 15): the team picks a score within the
grade's range, so the judgement rule (酌情评分 within 0～分值) is the honest one — a 情形选择 on the range's top or
bottom would score wrongly and confidently; “…酌情得分” (8): judgement by design; a list of labels and of scores split by
spaces (“满意 基本满意 不满意 分别得 5 3 0 分”, 6): normalising drops the spaces and runs the scores into one figure
(“530”); a remark after a respective list (“…分别得5、3、0分,以问卷统计结果为准”, 6) or an extra clause after boxes, letters
or 是/否 (“;发现弄虚作假的扣2分”, “弄虚作假的本项不得分”, “;资料不全的扣1分”, 10): a second rule beside the options;
scores fewer than the labels (“…对应10/8/6分”, 4+) or the options' scores past or short of the 分值 (8): the text is
inconsistent; “按A、B、C、D、E5档评定,分别得…” (3: letters alone, rare); “完全达到得5分、基本达到得3分、未达到不得分” (3: rare, its
“、” between scored clauses). Flagged and left so by design: grades and degrees of conformity (“优秀、良好”, “基本符合”:
程度由评价组判断), a list read by position after 分别, a lowest option that still scores (none of them unsaid).

The checker is ``tests/probe_checks.py``'s.
"""
from __future__ import annotations

from functools import cache
from itertools import product

from services.frameworks.proposal import Proposal, propose
from tests.probe_checks import Either, Want, case_test, first_statements, read_exactly
from tests.proposals import Ranks, Unsure

_FULL = str.maketrans("0123456789()", "０１２３４５６７８９（）")

_GRADES = [(("优秀", "良好", "一般", "差"), (10, 8, 6, 0)), (("优秀", "良好", "合格", "不合格"), (10, 8, 6, 0)),
           (("好", "较好", "一般", "差"), (5, 4, 2, 0)), (("优", "良", "中", "差"), (20, 15, 10, 0))]


def _m(scores: tuple[int, ...]) -> str:
    return str(max(scores))


# ── check boxes: □优秀(10分) □良好(8分) □一般(6分) □差(0分) ───────────────────────────────────────────────────────
def boxes() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (names, scores), box in product(_GRADES, ["□", "○"]):
        m, want = _m(scores), Ranks(scores)
        out.append((" ".join(f"{box}{g}({s}分)" for g, s in zip(names, scores)), m, want))
        out.append(("".join(f"{box}{g}({s}分)" for g, s in zip(names, scores)), m, want))
        out.append((" ".join(f"{g}{box}({s}分)" for g, s in zip(names, scores)), m, want))
        out.append((" ".join(f"{box}{g}{s}分" for g, s in zip(names, scores)), m, want))
        if box == "□":
            out.append((" ".join(f"{box}{g}({s}分)" for g, s in zip(names, scores)).translate(_FULL), m, want))
            out.append((" ".join(f"{box}{g}({s}分)" for g, s in zip(names, scores)) + "(在相应□内打√)", m,
                        Either(want, Unsure())))
            out.append(("考核等次:" + " ".join(f"{box}{g}({s}分)" for g, s in zip(names, scores)), m, want))
            out.append((" ".join(f"{box}{g}({s}分)" for g, s in zip(names, scores)), str(max(scores) + 2), Unsure()))
            out.append((" ".join(f"{box}{g}({s}分)" for g, s in zip(names, scores)) + ";发现弄虚作假的扣2分", m, Unsure()))
    return out


# ── lettered options: A.…(5分) B.…(3分) C.…(0分) ──────────────────────────────────────────────────────────────────
_LETTERED = [(("制度健全、执行到位", "制度基本健全", "无制度"), (5, 3, 0)),
             (("台账完整规范", "台账基本完整", "台账缺失较多", "无台账"), (6, 4, 2, 0)),
             (("全部按时完成", "大部分按时完成", "部分完成", "少部分完成", "未完成"), (10, 8, 6, 3, 0))]


def lettered() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    letters = "ABCDE"
    for (opts, scores), (dot, sep) in product(_LETTERED, [(".", " "), ("、", ";"), (":", ","), (".", "")]):
        m, want = _m(scores), Ranks(scores)
        out.append((sep.join(f"{letters[i]}{dot}{o}({s}分)" for i, (o, s) in enumerate(zip(opts, scores))), m, want))
        out.append((sep.join(f"{letters[i]}{dot}{o}得{s}分" for i, (o, s) in enumerate(zip(opts, scores))), m, want))
        if sep == " ":
            out.append((sep.join(f"{letters[i]}{dot}{o} {s}分" for i, (o, s) in enumerate(zip(opts, scores))), m, want))
            out.append((sep.join(f"({letters[i]}){o}({s}分)" for i, (o, s) in enumerate(zip(opts, scores))), m, want))
            out.append((sep.join(f"{letters[i]}{dot}{o}({s}分)" for i, (o, s) in enumerate(zip(opts, scores)))
                        .translate(_FULL), m, want))
            out.append((sep.join(f"{letters[i]}{dot}{o}({s}分)" for i, (o, s) in enumerate(zip(opts, scores)))
                        + " 弄虚作假的本项不得分", m, Either(Ranks(scores + (0,)), Unsure())))
            out.append((sep.join(f"{letters[i]}{dot}{o}({s + 1}分)" for i, (o, s) in enumerate(zip(opts, scores))),
                        m, Unsure()))
    # bare letters with points, options as letters after a question
    for scores in [(10, 8, 6, 4, 0), (5, 4, 3, 2, 1), (4, 3, 2, 0)]:
        m = _m(scores)
        out.append((" ".join(f"{'ABCDE'[i]}({s}分)" for i, s in enumerate(scores)), m, Ranks(scores)))
        out.append(("、".join(f"{'ABCDE'[i]}档{s}分" for i, s in enumerate(scores)), m, Ranks(scores)))
        out.append(("按" + "、".join("ABCDE"[:len(scores)]) + f"{len(scores)}档评定,分别得" + "、".join(map(str, scores))
                    + "分", m, Either(Ranks(scores), Unsure())))
    return out


# ── grades and their points said apart: 优秀/良好/合格/不合格 对应 10/8/6/0 分 ─────────────────────────────────────
def apart() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (names, scores), (join, verb) in product(_GRADES, [("/", "对应"), ("、", "分别对应"), ("、", "分别得"),
                                                           ("、", "依次得"), ("/", "分别计"), ("|", "对应")]):
        m, want = _m(scores), Ranks(scores)
        out.append((f"{join.join(names)} {verb} {join.join(map(str, scores))} 分", m, want))
        out.append((f"{join.join(names)}{verb}{join.join(map(str, scores))}分", m, want))
        if verb == "对应":
            out.append((f"评定为{join.join(names)}的,{verb}{join.join(map(str, scores))}分。", m, want))
            out.append((f"{join.join(names)}:{join.join(map(str, scores))}", m, Either(want, Unsure())))
            out.append((f"{join.join(names)}{verb}{join.join(map(str, scores[:-1]))}分", m, Unsure()))
    return out


# ── degrees of conformity: 完全符合5分 基本符合3分 不符合0分 ─────────────────────────────────────────────────────────
def conformity() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (a, b, c), (x, y), sep in product([("完全符合", "基本符合", "不符合"), ("完全达到", "基本达到", "未达到"),
                                           ("全部落实", "部分落实", "未落实")], [(5, 3), (10, 6)],
                                          [" ", ";", "、"]):
        want = Ranks((x, y, 0))
        out.append((f"{a}{x}分{sep}{b}{y}分{sep}{c}0分", str(x), want))
        out.append((f"{a}得{x}分{sep}{b}得{y}分{sep}{c}不得分", str(x), want))
        if sep == " ":
            out.append((f"{a}:{x}分 {b}:{y}分 {c}:0分", str(x), want))
            out.append((f"{a} {x} {b} {y} {c} 0", str(x), Either(want, Unsure())))
            out.append((f"{a}{x}分,{b}{y}分,{c}0分(以现场检查为准)", str(x), Either(want, Unsure())))
            out.append((f"{a}{x}分,{b}酌情得分,{c}0分", str(x), Unsure()))
    return out


# ── yes or no with points ─────────────────────────────────────────────────────────────────────────────────────────
def yes_no() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for x, q in [(2, "是否建立工作台账"), (3, "是否按时报送"), (5, "是否公开公示"), (1, "是否按时报送")]:
        want = Ranks((x, 0))
        out.append((f"{q}:是({x}分) 否(0分)", str(x), want))
        out.append((f"{q}。是({x}分);否(0分)", str(x), want))
        out.append((f"{q}:是□ 否□ {x}分", str(x), Either(want, Unsure())))
        out.append((f"{q},是得{x}分,否得0分", str(x), want))
        out.append((f"{q}:是{x}分,否0分", str(x), want))
        out.append((f"{q} 是:{x}分 否:0分", str(x), want))
        out.append((f"{q}:是/否 {x}/0", str(x), Either(want, Unsure())))
        out.append((f"{q}(是{x}分,否0分)", str(x), want))
        out.append((f"{q}:是({x}分) 否({x - 1}分)", str(x), Either(Ranks((x, x - 1)), Unsure())))
        out.append((f"{q}:是({x}分) 否(0分);资料不全的扣1分", str(x), Unsure()))
    return out


# ── satisfaction tallies ─────────────────────────────────────────────────────────────────────────────────────────
def satisfaction() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (a, b, c), (x, y) in product([("满意", "基本满意", "不满意"), ("非常满意", "满意", "不满意")], [(5, 3), (10, 6), (4, 2)]):
        want = Ranks((x, y, 0))
        out.append((f"{a} {b} {c} 分别得 {x} {y} 0 分", str(x), want))
        out.append((f"{a}、{b}、{c}分别得{x}、{y}、0分", str(x), want))
        out.append((f"{a}{x}分、{b}{y}分、{c}0分", str(x), want))
        out.append((f"{a}得{x}分,{b}得{y}分,{c}不得分", str(x), want))
        out.append((f"服务对象评价:{a}({x}分)/{b}({y}分)/{c}(0分)", str(x), want))
        out.append((f"{a}/{b}/{c}分别计{x}/{y}/0分", str(x), want))
        out.append((f"{a}、{b}、{c}分别得{x}、{y}、0分,以问卷统计结果为准", str(x), Either(want, Unsure())))
        out.append((f"{a}、{b}、{c}分别得{x}、{y}分", str(x), Either(Ranks((x, y, 0)), Unsure())))
    return out


# ── a grade, its definition, then its points ─────────────────────────────────────────────────────────────────────
_DEFINED = [(("优秀", "资料齐全、记录规范"), ("良好", "资料较齐全"), ("一般", "资料不全"), ("差", "无资料")),
            (("A级", "按时保质完成全部任务"), ("B级", "基本完成任务"), ("C级", "未完成任务"))]


def defined() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for grades, scores in [(_DEFINED[0], (10, 8, 5, 0)), (_DEFINED[0], (6, 4, 2, 0)), (_DEFINED[1], (5, 3, 0)),
                           (_DEFINED[1], (8, 5, 0))]:
        m, want = _m(scores), Ranks(scores)
        out.append((";".join(f"{g}:{d},{s}分" for (g, d), s in zip(grades, scores)), m, want))
        out.append((";".join(f"{g}:{d},得{s}分" for (g, d), s in zip(grades, scores)), m, want))
        out.append((" ".join(f"{g}({d}){s}分" for (g, d), s in zip(grades, scores)), m, want))
        out.append((";".join(f"{g}——{d}({s}分)" for (g, d), s in zip(grades, scores)), m, want))
        out.append((";".join(f"{d}为{g},计{s}分" for (g, d), s in zip(grades, scores)), m, want))
        out.append(("。".join(f"{g}:{d}。{s}分" for (g, d), s in zip(grades, scores)), m, Either(want, Unsure())))
        out.append((";".join(f"{g}:{d},{s}分" for (g, d), s in zip(grades, scores)) + ";其他情况酌情评分", m, Unsure()))
    return out


# ── grades with score ranges: the team picks a score within the grade's range ───────────────────────────────────
def ranges() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for bands, m in [((("优秀", "9-10"), ("良好", "7-8"), ("一般", "5-6"), ("差", "0-4")), "10"),
                     ((("好", "4-5"), ("中", "2-3"), ("差", "0-1")), "5"),
                     ((("A", "18-20"), ("B", "14-17"), ("C", "10-13"), ("D", "0-9")), "20")]:
        out.append((" ".join(f"{g}({r}分)" for g, r in bands), m, Unsure()))
        out.append((";".join(f"{g}{r}分" for g, r in bands), m, Unsure()))
        out.append((" ".join(f"□{g}({r}分)" for g, r in bands), m, Unsure()))
        out.append((",".join(f"{g}得{r.replace('-', '～')}分" for g, r in bands), m, Unsure()))
        out.append((",".join(f"评为{g}的得{r}分" for g, r in bands), m, Unsure()))
    return out


# ── Roman and circled numerals, options joined by / or | ───────────────────────────────────────────────────────────
def numerals() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for scores in [(10, 7, 4, 0), (6, 4, 2), (5, 3, 1, 0)]:
        m, want = _m(scores), Ranks(scores)
        roman, circled = "ⅠⅡⅢⅣ", "①②③④"
        opts = ("全部完成", "基本完成", "部分完成", "未完成")
        out.append((" ".join(f"{roman[i]}级{s}分" for i, s in enumerate(scores)), m, want))
        out.append((";".join(f"{roman[i]}类:{s}分" for i, s in enumerate(scores)), m, want))
        out.append((";".join(f"{circled[i]}{opts[i]}得{s}分" for i, s in enumerate(scores)), m, want))
        out.append((" ".join(f"{circled[i]}{opts[i]}({s}分)" for i, s in enumerate(scores)), m, want))
        out.append((" ".join(f"{circled[i]}{opts[i]} {s}分" for i, s in enumerate(scores)), m, want))
        out.append(("|".join(opts[:len(scores)]) + " " + "|".join(map(str, scores)), m, Either(want, Unsure())))
        out.append(("/".join(opts[:len(scores)]) + ":" + "/".join(map(str, scores)) + "分", m, want))
        out.append(("|".join(f"{o}{s}分" for o, s in zip(opts, scores)), m, want))
        out.append(("/".join(f"{o}{s}分" for o, s in zip(opts, scores)), m, want))
    return out


_ALL = boxes() + lettered() + apart() + conformity() + yes_no() + satisfaction() + defined() + ranges() + numerals()
#: (the first statement of a text the generators write twice)
CASES = first_statements(_ALL)


@cache
def _proposed(text: str, weight: str) -> Proposal:
    return propose(text, weight, "指标")


def test_the_probe_is_of_its_size():
    assert 200 <= len(CASES) <= 400
    assert len({(text, w) for text, w, _want in CASES}) == len(CASES)


test_every_made_up_text_is_scored_as_it_says_or_is_to_check = case_test(CASES, proposed=_proposed)


def test_the_readings_read_their_texts_exactly():
    exact = read_exactly(CASES, _proposed)
    assert exact == 107
