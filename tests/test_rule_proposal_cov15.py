"""Made-up texts of options and bands written in ONE cell, the labels and their scores set apart by spaces only (ASCII,
full-width “　”, several spaces, a tab), often with no 分 after the score: grades before their bare scores (“优秀 10 良好 8
合格 6 不合格 0”, 2 to 6 options, falling or rising), with 分, after a colon (“好：10 较好：8 一般：5 差：0”, “满意：8，基本
满意：4，不满意：0”), in brackets (“优秀(10) 良好(8)”), the score first (“10 优秀 8 良好 6 一般”); two options (“完成 5
未完成 0”, “有 2 无 0”, “是 0 否 3”, “通过 2，未通过 0”); lettered scales (“A 10 B 8 C 5 D 0”, “A级 100 B级 80…”, “甲等”,
“一档 二档”, “一级(10) 二级(7)…”); rate bands (“≥95% 10 90%-95% 8 <90% 0”, “100% 5 ≥90% 4 ≥80% 3 <80% 0”, “95%以上 5；
85%-95% 3；85%以下 0”, “≥95%：10 90%≤完成率<95%：8 <90%：0”, full-width digits, ＞ ＜, ascending); counts as bands (“0次 5
1次 3 2次及以上 0”, “3次及以上 5 1-2次 3 0次 0”); a short requirement before the options (“资料齐全 完整 5 基本完整 3 不完整
0”) — each with what it states, or that it is unsure: a score past the 分值, bands with a gap or an overlap, a year, a
count or an ordinal beside the scores, a trailing figure or remark, letters out of order (to check, or either reading).

Measured on the 398 texts (before → after the readings taught here): exact 30 → 32, flagged 207 → 322 (of them scoring
some situation otherwise than the text says 10 → 0), judgement fallbacks 161 → 44, confident and wrong 0 → 0. Taught
(``services/scoring/rules/wording.py``, the reading of cells, and ``choice.py``):

- cells joined by tabs read as cells joined by spaces (``_surface``, ``scores_unsaid``; the proposer asks for the bare
  scores of a text with a tab): every row copied from a sheet with tabs had fallen back (“事故0起\t5\t1起\t3…”);
- options and their scores (``_options_in_cells``): each option with its score after a colon in one cell (“完成：5 未完成：0”,
  and without spaces when no 分 is said: “满意：8，基本满意：4，不满意：0”, ``_surface``), a comma or a stop closing a cell
  (“通过 2，未通过 0”), the score before its option (“10 优秀 8 良好 6 一般”, which had been read as a checklist of
  “10优秀”…), the grades of one lettered scale in turn whatever the lowest (“A 10 B 8 C 5 D 0”, “C级 0 B级 5 A级 10”,
  “甲等 乙等 丙等”, “一档 二档 三档”: ``_one_scale``), a question's two answers either way (“是 0 否 3”), and 部分 no longer
  taken for a score's 分 (“有 5 部分有 3 无 0”); bare scores are to check as before (原文未写“分”);
- bands before their bare scores where the next band opens with its sign (“≥95% 10 90%-95% 8 <90% 0”, “100% 5 ≥90% 4 …”)
  or the score follows a colon (“≥95%：10 …”) (``_BAND_CELL_SCORE``), their scores said to be bare (``_BAND_CELL_SIGNED``,
  to check) — such rows had fallen back;
- a grade of a scale in digits before its bracketed score (“一档(10) 二档(5) 三档(0)”, read “1档(10)…”: choice
  ``_bracketed_grades`` no longer takes the 1 for a count).

Judgement fallbacks left (44), each a text stated unsure or either reading: a score past the 分值 (17: grades, letters and
bands whose best score is above the row's, contradictory); a trailing figure or clause (10: “…一般 0 每年评定1次”, “…<90% 0
3”, “…C 0 3”, “…（需提供佐证材料）”, “…每季度考核1次”); fewer scores than options or bare figures alone (3: “优秀 良好 一般
10 5”, “10 8 5 0”); a score-first row with a figure more (2: “10 优秀 5 良好 0 一般 0”); two bands only (2: “≥95% 10
90%-95% 5”) and two counts only (2: “2次 5 1次 3”); letters out of turn (2: “A 10 C 5 B 0”); a band's figure beside each
score (2: “优秀 90 10 良好 80 5”); scores with 分 and one without (2: “A 10分 B 5分 C 0”); a grade scored as the best
(2: “A：10 … D：10”). None is plain enough to read surely, and each would need its own doubt.

The checker is ``tests/probe_checks.py``'s, with options checked by their labels too (its ``WordOpts``).
"""
from __future__ import annotations

from functools import cache
from itertools import product

from services.frameworks.proposal import Proposal, propose
from tests.probe_checks import (
    Either,
    Want,
    WordOpts as Opts,
    case_test,
    first_statements,
    read_exactly,
    word_options_wrongly as _own,
)
from tests.proposals import Bands, Unsure

_FULL = str.maketrans("0123456789%", "０１２３４５６７８９％")
_SEPS = (" ", "\u3000", "  ", "\t")



def _scales(k: int, m: int) -> tuple[int, ...]:
    """k scores from the 分值 ``m`` down to 0, falling evenly-ish."""
    step = m / (k - 1)
    return tuple(round(m - step * i) for i in range(k))


# ── grades each before its bare score ─────────────────────────────────────────────────────────────────────────────
_LADDERS = [
    ("优秀", "良好", "合格", "不合格"),
    ("好", "较好", "一般", "差"),
    ("优", "良", "中", "差"),
    ("优秀", "良好", "一般"),
    ("好", "较好", "差"),
    ("满意", "基本满意", "不满意"),
    ("非常满意", "满意", "一般", "不满意"),
    ("完全符合", "基本符合", "不符合"),
    ("优秀", "良好", "中等", "及格", "不及格"),
    ("优秀", "良好", "中等", "一般", "较差", "差"),
]


def grades() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for i, names in enumerate(_LADDERS):
        m, m2 = (10, 5, 20)[i % 3], (6, 100, 8)[i % 3]
        sep = _SEPS[i % 4]
        scores = _scales(len(names), m)
        want = Opts(scores, names)
        pairs = list(zip(names, scores))
        out.append((sep.join(f"{g}{sep}{s}" for g, s in pairs), str(m), want))
        out.append((" ".join(f"{g} {s}分" for g, s in pairs), str(m), want))
        out.append((" ".join(f"{g}：{s}" for g, s in pairs), str(m), want))
        out.append((" ".join(f"{g}({s})" for g, s in pairs), str(m), want))
        out.append((" ".join(f"{s} {g}" for g, s in pairs), str(m), want))
        out.append(("；".join(f"{g} {s}" for g, s in pairs), str(m), want))
        out.append((" ".join(f"{g} {s}" for g, s in reversed(pairs)), str(m), want))
        # the best grade past the 分值
        out.append((" ".join(f"{g} {s}" for g, s in pairs), str(m - 2), Unsure()))
        out.append((" ".join(f"{g}　{s}".translate(_FULL) for g, s in pairs), str(m), want))
        scores2 = _scales(len(names), m2)
        pairs2 = list(zip(names, scores2))
        want2 = Opts(scores2, names)
        out.append(((sep * 2).join(f"{g}{sep * 2}{s}" for g, s in pairs2), str(m2), want2))
        out.append((" ".join(f"{s}分 {g}" for g, s in pairs2), str(m2), want2))
        out.append(("，".join(f"{g}：{s}" for g, s in pairs2), str(m2), want2))
    return out


# ── two options: done or not, yes or no ────────────────────────────────────────────────────────────────────────────
_PAIRS = [("完成", "未完成"), ("有", "无"), ("是", "否"), ("达标", "不达标"), ("合格", "不合格"), ("按时", "未按时"),
          ("已建立", "未建立"), ("通过", "未通过")]


def binary() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for i, (a, b) in enumerate(_PAIRS):
        m = (5, 2, 10)[i % 3]
        sep = _SEPS[i % 4]
        want = Opts((m, 0), (a, b))
        out.append((f"{a}{sep}{m}{sep}{b}{sep}0", str(m), want))
        out.append((f"{a} {m}分 {b} 0分", str(m), want))
        out.append((f"{a}：{m} {b}：0", str(m), want))
        out.append((f"{a} {m}，{b} 0", str(m), want))
        out.append((f"{b} 0 {a} {m}", str(m), want))
    for a, b in _PAIRS[:4]:
        # a middle option
        out.append((f"{a} 5 部分{a} 3 {b} 0", "5", Opts((5, 3, 0), (a, f"部分{a}", b))))
        # “否 5”: the question's answer that scores (是否发生…)
        out.append((f"{a} 0 {b} 3", "3", Opts((3, 0), (b, a))))
    return out


# ── lettered grades ────────────────────────────────────────────────────────────────────────────────────────────────
_LETTERS = [("A", "B", "C", "D"), ("A级", "B级", "C级"), ("A档", "B档", "C档", "D档"), ("甲", "乙", "丙", "丁"),
            ("一档", "二档", "三档"), ("A类", "B类", "C类"), ("一级", "二级", "三级", "四级"), ("甲等", "乙等", "丙等")]


def letters() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for i, names in enumerate(_LETTERS):
        m, m2 = (10, 100, 6)[i % 3], (5, 20, 3)[i % 3]
        sep = _SEPS[i % 4]
        scores = _scales(len(names), m)
        want = Opts(scores, names)
        pairs = list(zip(names, scores))
        out.append((sep.join(f"{g}{sep}{s}" for g, s in pairs), str(m), want))
        out.append((" ".join(f"{g} {s}分" for g, s in pairs), str(m), want))
        out.append((" ".join(f"{g}：{s}" for g, s in pairs), str(m), want))
        out.append((" ".join(f"{g}({s})" for g, s in pairs), str(m), want))
        scores2 = _scales(len(names), m2)
        pairs2 = list(zip(names, scores2))
        out.append((" ".join(f"{g} {s}" for g, s in pairs2), str(m2), Opts(scores2, names)))
        out.append((" ".join(f"{s} {g}" for g, s in pairs2), str(m2), Opts(scores2, names)))
    # the lowest grade still scoring: “A级 100 B级 80 C级 60”
    out.append(("A级 100 B级 80 C级 60", "100", Either(Opts((100, 80, 60), ("A级", "B级", "C级")), Unsure())))
    out.append(("A 10 B 8 C 6", "10", Either(Opts((10, 8, 6), ("A", "B", "C")), Unsure())))
    # AAA ranks, a grade inside another
    out.append(("AAA 10 AA 8 A 5 其他 0", "10", Either(Opts((10, 8, 5, 0), ("AAA", "AA", "A", "其他")), Unsure())))
    return out


# ── bands of a rate, each before its bare score ───────────────────────────────────────────────────────────────────
def rates() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for i, ((hi, lo), (m, a, b)) in enumerate(product([(95, 90), (90, 80), (98, 95)], [(10, 8, 5), (5, 3, 2)])):
        name = ("", "完成率", "合格率")[i % 3]
        sep = _SEPS[i % 4]
        mid = (hi + lo) / 2
        three = Bands(((100, m), (hi, m), (mid, a), (lo, a), (lo - 1, 0), (0, 0)))
        out.append((f"{name}≥{hi}%{sep}{m}{sep}{lo}%-{hi}%{sep}{a}{sep}<{lo}%{sep}0", str(m), three))
        out.append((f"{name}≥{hi}% {m}分 {lo}%-{hi}% {a}分 <{lo}% 0分", str(m), three))
        out.append((f"{name}<{lo}% 0 {lo}%-{hi}% {a} ≥{hi}% {m}", str(m), three))
        out.append((f"{name}≥{hi}%：{m} {lo}%≤{name or '值'}<{hi}%：{a} <{lo}%：0", str(m), three))
        out.append((f"{name}100% {m} ≥{hi}% {a} ≥{lo}% {b} <{lo}% 0", str(m),
                    Bands(((100, m), (hi, a), (mid, b), (lo, b), (lo - 1, 0)))))
        out.append((f"{name}{hi}%以上 {m}；{lo}%-{hi}% {a}；{lo}%以下 0", str(m),
                    Bands(((100, m), (hi + 1, m), (mid, a), (lo - 1, 0)))))
        out.append((f"{name}≥{hi}% {m} {lo}%-{hi}% {a} <{lo}% 0".translate(_FULL), str(m), three))
        out.append((f"{name}＞{hi}% {m} {lo}%-{hi}% {a} ＜{lo}% 0", str(m),
                    Bands(((100, m), (hi + 1, m), (mid, a), (lo - 1, 0)))))
        if i % 2 == 0:
            # a gap between the bands, or an overlap: to check
            out.append((f"{name}≥{hi}% {m} {lo}%-{hi - 3}% {a} <{lo}% 0", str(m), Unsure()))
            out.append((f"{name}≥{lo + 2}% {m} {lo}%-{hi}% {a} <{lo}% 0", str(m), Unsure()))
            # a score past the 分值
            out.append((f"{name}≥{hi}% {m + 2} {lo}%-{hi}% {a} <{lo}% 0", str(m), Unsure()))
            # a bare figure between lines: at least it, or it alone
            out.append((f"{name}≥{hi}% {m} {lo}% {a} <{lo}% 0", str(m),
                        Either(Bands(((100, m), (hi, m), (lo - 1, 0))), Unsure())))
    for m, (good, mid, bad) in product((5, 10), [(1, 3, 3), (2, 5, 5)]):
        out.append((f"差错率≤{good}% {m} {good}%-{mid}% 3 >{bad}% 0", str(m),
                    Bands(((0, m), (good, m), ((good + mid) / 2, 3), (bad + 1, 0)))))
        out.append((f"投诉率{good}%以下 {m} {good}%-{mid}% 3 {bad}%以上 0", str(m),
                    Bands(((0, m), ((good + mid) / 2, 3), (bad + 1, 0)))))
    return out


# ── counts as bands ────────────────────────────────────────────────────────────────────────────────────────────────
def counts() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for i, (unit, what) in enumerate([("次", ""), ("起", "事故"), ("件", "投诉"), ("人次", ""), ("处", "隐患")]):
        m, a = ((5, 3), (10, 6), (4, 2))[i % 3]
        sep = _SEPS[i % 4]
        few = Bands(((0, m), (1, a), (2, 0), (5, 0)))
        out.append((f"{what}0{unit}{sep}{m}{sep}1{unit}{sep}{a}{sep}2{unit}及以上{sep}0", str(m), few))
        out.append((f"{what}0{unit} {m}分 1{unit} {a}分 2{unit}以上 0分", str(m),
                    Either(few, Unsure())))
        out.append((f"未发生 {m} 发生1{unit} {a} 发生2{unit}及以上 0", str(m), Either(few, Unsure())))
        many = Bands(((5, m), (3, m), (2, a), (1, a), (0, 0)))
        out.append((f"3{unit}及以上 {m} 1-2{unit} {a} 0{unit} 0", str(m), many))
        out.append((f"0{unit} 0 1-2{unit} {a} 3{unit}及以上 {m}", str(m), many))
    for m in (5, 10):
        out.append((f"≥3篇 {m} 2篇 {m // 2 + 1} 1篇 1", str(m), Either(Bands(((4, m), (3, m), (2, m // 2 + 1), (1, 1))),
                                                                         Unsure())))
        out.append((f"4个以上 {m} 2-3个 {m - 2} 1个 2 0个 0", str(m), Either(
            Bands(((5, m), (3, m - 2), (2, m - 2), (1, 2), (0, 0))), Unsure())))
        # days of delay as bands
        out.append((f"按时 {m} 延迟1天 {m - 2} 延迟2天 2 延迟3天及以上 0", str(m), Either(
            Bands(((0, m), (1, m - 2), (2, 2), (3, 0), (9, 0))), Unsure())))
        out.append((f"1天内 {m} 3天内 3 超过3天 0", str(m), Either(Bands(((1, m), (2, 3), (3, 3), (4, 0))), Unsure())))
        # a count beside a score, two readings
        out.append((f"3 天 {m}", str(m), Unsure()))
        out.append((f"完成 3 {m} 未完成 0", str(m), Unsure()))
        out.append((f"2次 {m} 1次 3", str(m), Either(Bands(((2, m), (1, 3))), Unsure())))
    return out


# ── a short requirement before the options ────────────────────────────────────────────────────────────────────────
_LED = [("资料齐全", ("完整", "基本完整", "不完整")), ("台账规范", ("规范", "较规范", "不规范")),
        ("制度健全", ("健全", "较健全", "不健全")), ("档案管理", ("好", "较好", "差")),
        ("信息报送", ("及时", "较及时", "不及时")), ("环境卫生", ("整洁", "较整洁", "脏乱"))]


def led() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for i, (req, names) in enumerate(_LED):
        m = (5, 10, 3)[i % 3]
        sep = _SEPS[i % 4]
        scores = _scales(3, m)
        want = Opts(scores, names)
        pairs = list(zip(names, scores))
        out.append((f"{req}{sep}" + sep.join(f"{g}{sep}{s}" for g, s in pairs), str(m), want))
        out.append((f"{req}：" + " ".join(f"{g} {s}" for g, s in pairs), str(m), want))
        out.append((f"{req} " + " ".join(f"{g}{s}分" for g, s in pairs), str(m), want))
    return out


# ── ambiguous figures beside the scores ───────────────────────────────────────────────────────────────────────────
def ambiguous() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for m in (10, 5):
        a, b = _scales(3, m)[1:]
        out.append((f"2023年度 优秀 {m} 良好 {a} 一般 {b}", str(m),
                    Either(Opts((m, a, b), ("优秀", "良好", "一般")), Unsure())))
        out.append((f"1.优秀 {m} 2.良好 {a} 3.一般 {b}", str(m), Either(Opts((m, a, b), ("优秀", "良好", "一般")), Unsure())))
        out.append((f"优秀 {m} 良好 {a} 一般 {b} 每年评定1次", str(m), Unsure()))
        out.append(("10 8 5 0", str(m), Unsure()))
        out.append((f"优秀 良好 一般 {m} {a}", str(m), Unsure()))
        out.append((f"满3年 {m} 满2年 {a} 满1年 {b}", str(m), Either(Bands(((3, m), (2, a), (1, b))), Unsure())))
        out.append((f"完成3项 {m} 完成2项 {a} 完成1项 {b}", str(m), Either(Bands(((3, m), (2, a), (1, b))), Unsure())))
        out.append((f"优秀 {m} 良好 {m} 一般 {b}", str(m), Either(Opts((m, m, b), ("优秀", "良好", "一般")), Unsure())))
    return out


# ── figures beside the new readings' cells that a reading should not take for options or scores ──────────────────────
def beside() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    abc = ("A", "B", "C")
    for m in (10, 6):
        a, b = _scales(3, m)[1:]
        out.append((f"A {m} C {a} B {b}", str(m), Either(Opts((m, a, b), ("A", "C", "B")), Unsure())))
        out.append((f"A {b} B {a} C {m}", str(m), Either(Opts((m, a, b), ("C", "B", "A")), Unsure())))
        out.append((f"A {m + 2} B {a} C 0", str(m), Unsure()))
        out.append((f"A {m} B {a} C {b} 3", str(m), Unsure()))
        out.append((f"一 {m} 二 {a} 三 {b}", str(m), Either(Opts((m, a, b), ("一", "二", "三")), Unsure())))
        out.append((f"2023 优秀 {m} 良好 {a} 一般 {b}", str(m), Either(Opts((m, a, b), ("优秀", "良好", "一般")), Unsure())))
        out.append((f"1 优秀 {m} 2 良好 {a} 3 一般 {b}", str(m), Either(Opts((m, a, b), ("优秀", "良好", "一般")), Unsure())))
        out.append((f"优秀 90 {m} 良好 80 {a}", str(m), Unsure()))
        out.append((f"{m} 优秀 {a} 良好 {b} 一般 0", str(m), Unsure()))
        out.append((f"有 {m} 无 0（需提供佐证材料）", str(m), Either(Opts((m, 0), ("有", "无")), Unsure())))
        out.append((f"完成 {m} 延期完成 {a} 未完成 0", str(m), Opts((m, a, 0), ("完成", "延期完成", "未完成"))))
        out.append((f"≥95% {m} 90%-95% {a} <90% 0 每季度考核1次", str(m), Unsure()))
        out.append((f"≥95% {m} 90%-95% {a} <90% 0 3", str(m), Unsure()))
        out.append((f"≥95% {m} 90%-95% {a}", str(m), Either(Bands(((100, m), (92, a))), Unsure())))
        out.append((f"2023年 ≥95% {m} 90%-95% {a} <90% 0", str(m), Either(Bands(((100, m), (92, a), (80, 0))), Unsure())))
        out.append((f"≥95% {m} 90%-95% {a} <90% 0", str(m - 2), Unsure()))
        out.append((f"0次 {m} 1次 {a} 2次 0", str(m), Either(Bands(((0, m), (1, a), (2, 0))), Unsure())))
        out.append((f"A：{m} B：{a} C：{b} D：{m}", str(m), Unsure()))
        out.append((f"{abc[0]} {m}分 {abc[1]} {a}分 {abc[2]} {b}", str(m), Either(Opts((m, a, b), abc), Unsure())))
    return out


_ALL = grades() + binary() + letters() + rates() + counts() + led() + ambiguous() + beside()
CASES = first_statements(_ALL)


@cache
def _proposed(text: str, weight: str) -> Proposal:
    return propose(text, weight, "指标")


def test_the_probe_is_of_its_size():
    assert 200 <= len(CASES) <= 400
    assert len({(text, w) for text, w, _want in CASES}) == len(CASES)


test_every_made_up_text_is_scored_as_it_says_or_is_to_check = case_test(CASES, proposed=_proposed, own=_own)


def test_the_readings_read_their_texts_exactly():
    exact = read_exactly(CASES, _proposed, _own)
    assert exact == 32  # (30 before the readings of this round)
