"""Made-up texts in the house styles of this round's readings — table rows whose columns a page ran together (a grade
ladder “差 0 … 较差 1 … 合格 2 …”, a run of lines then scores “10↑ 8↑ 6↑ 10 8 6”, each line followed by its score,
bare standard/score pairs “1200 20 1000 15”, options each closed by a bare score after their bracket), the 低价优先法
with its formula's signs lost, points at a line then each step past it, a weighted mean of lettered scores
(“D=0.3A+0.3B+0.4C”), points for each year of the last N held (“超过1年得1分,共2分”) — and their near variants (other
numerals, units, punctuation, 得/计/加/+, orderings, a rising or falling run, scores above the 分值, a threshold and a
score that could be read either way, an extra clause a reading should not swallow), each with what it states (a few
situations and their scores) or that it is unsure (to check). Every proposal scores every situation as the text says,
or is not confident.

Confident readings found scoring wrong before mending: 13 of the texts here, by cause:

- 2: grades scoring less and less (“好得4分;较好得3分;中得2分”) then one said as a cost leaving as much as the grade before
  it (“差扣2分” on 4: 2, as 中), read surely as the 分值 less the cost — a lower grade scoring alike. Mended
  (``reading._deducted_below_a_lower``, probe21's check of a cost scoring more than the grade before it): a tie is to
  check too. (“差扣3分” on 4, 1 point below 中's 2, still reads surely, as probe21 settled.)
- 9: bands whose figures are said in one unit with and without a magnitude word (“≥100000册 10分;≥8万册 8分…”, 3), or
  in units of two things (“≥10万册 10分;≥8万件 8分”, 万人次 beside 万件, 6), read surely as bare figures on one scale.
  Mended (``tiers._magnitudes_mixed``, in ``_ranges``): figures of one unit with mixed magnitudes (册/万册, 万元/亿元,
  a bare figure beside 万), or of two units, leave the bands to check.
- 2: situations each a line reached, read surely as a choice of them: a higher line scoring no more than a lower
  (“达到10平方米的得8分;达到8平方米的得10分;…”: every value past the higher line reaches the lower too), or lines said
  in units of their own (“达到10平方米的得10分;达到8米的得8分;…”). Mended (``choice._lines_out_of_order``): to check.

Not confident, and so no bar, but scoring some situations otherwise than the text says: every reading of this round
(the run-together rows, the signs lost, the step past a line, the letters' weighted mean, the years each) is to check by
design, and their near variants here are read to check too or fall to judgement (a run of lines with 分 said in each
cell, “1200 20分 1000 15分”, “每年得1分,满分2分”, the options' scores set apart by a space: 酌情评分).
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from itertools import product
from typing import Any

from services.frameworks.proposal import Proposal
from services.scoring.rules import check_item
from tests.probe_checks import Either, Fn, Want, probe_tests
from tests.proposals import Bands, Ranks, Unsure, dec, item_score

# ── what a text states, of this probe's own kinds ──────────────────────────────────────────────────────────────


@dataclass(frozen=True)
class Price:
    """A price score of the 评标基准价 and the bid: at each (base, bid) of ``samples`` the score."""
    samples: tuple[tuple[tuple[Any, Any], Any], ...]


def _is_base(label: str) -> bool:
    return "基准" in label or "最低" in label


def own(p: Proposal, m: Decimal, want: Any) -> str | None:
    if not isinstance(want, Price):
        return None
    if len(p.items) != 1 or check_item(p.items[0]):
        return f"items {[it['type'] for it in p.items]}"
    item = p.items[0]
    for (base, bid), expected in want.samples:
        if item["type"] == "rate":
            num, den = item["params"].get("numerator_label", ""), item["params"].get("denominator_label", "")
            if _is_base(num) and not _is_base(den):
                got = item_score(item, {"numerator": str(base), "denominator": str(bid)})
            elif _is_base(den) and not _is_base(num):
                got = item_score(item, {"numerator": str(bid), "denominator": str(base)})
            else:
                return f"rate of {num}/{den}"
        elif item["type"] == "formula":
            values = {}
            for v in item["params"]["variables"]:
                if _is_base(v["label"]):
                    values[v["name"]] = str(base)
                elif "报价" in v["label"] or "价格" in v["label"]:
                    values[v["name"]] = str(bid)
                else:
                    return f"variable {v['label']}"
            got = item_score(item, {"vars": values})
        else:
            return f"read as {item['type']}"
        if got.quantize(Decimal("0.01")) != dec(expected).quantize(Decimal("0.01")):
            return f"{base}/{bid}: {got}, not {expected}"
    return ""


def _at_least(lines: list[Any], scores: list[Any], v: Any) -> Decimal:
    got = [dec(s) for x, s in zip(lines, scores) if dec(v) >= dec(x)]
    return max(got) if got else Decimal(0)


def _at_most(lines: list[Any], scores: list[Any], v: Any) -> Decimal:
    got = [dec(s) for x, s in zip(lines, scores) if dec(v) <= dec(x)]
    return max(got) if got else Decimal(0)


def _above(lines: list[Any], scores: list[Any], v: Any) -> Decimal:
    got = [dec(s) for x, s in zip(lines, scores) if dec(v) > dec(x)]
    return max(got) if got else Decimal(0)


def _probe_values(lines: list[Any]) -> list[Decimal]:
    xs = sorted({dec(x) for x in lines})
    out = {xs[0] - 1, xs[-1] + 1, xs[-1] * 3}
    for x in xs:
        out |= {x, x + Decimal("0.5")}
    return sorted(v for v in out if v >= 0)


def ge_bands(lines: list[Any], scores: list[Any]) -> Bands:
    return Bands(tuple((v, _at_least(lines, scores, v)) for v in _probe_values(lines)))


def le_bands(lines: list[Any], scores: list[Any]) -> Bands:
    return Bands(tuple((v, _at_most(lines, scores, v)) for v in _probe_values(lines) if v > 0))


# ── a run of lines then scores, each line followed by its score (tsg) ─────────────────────────────────────────
_RUNS = [  # lines (at least), scores, 分值
    (["10", "8", "6", "4", "2"], ["10", "8", "6", "4", "2"], "10"),
    (["5", "2", "1", "0.5"], ["15", "12", "9", "6"], "15"),
    (["25", "20", "10", "5"], ["10", "8", "6", "4"], "10"),
    (["4", "3", "2", "1"], ["5", "4", "3", "2"], "5"),
    (["10", "5", "2"], ["20", "12", "8"], "20"),
    (["6", "5", "4"], ["20", "16", "12"], "20"),
    (["300", "200", "100"], ["8", "5", "2"], "8"),
    (["1.5", "1", "0.6"], ["6", "4", "2"], "6"),
]
_UP = ["↑", "以上", "及以上"]


def line_runs() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (lines, scores, m), up in product(_RUNS, _UP):
        sp = " "
        run = sp.join(x + up for x in lines) + sp + sp.join(scores)
        pairs = sp.join(f"{x}{up} {s}" for x, s in zip(lines, scores))
        out.append((run, m, ge_bands(lines, scores)))
        out.append((pairs, m, ge_bands(lines, scores)))
        # the same with 分 said after each score
        out.append((sp.join(f"{x}{up} {s}分" for x, s in zip(lines, scores)), m, ge_bands(lines, scores)))
        # the lines listed best last, the scores with them
        out.append((sp.join(x + up for x in lines[::-1]) + sp + sp.join(scores[::-1]), m, ge_bands(lines, scores)))
        # one score short, one too many: to check
        out.append((sp.join(x + up for x in lines) + sp + sp.join(scores[:-1]), m, Unsure()))
        out.append((sp.join(x + up for x in lines) + sp + sp.join(scores + ["1"]), m, Unsure()))
        # the scores listed the other way round: each line's score is not said
        out.append((sp.join(x + up for x in lines) + sp + sp.join(scores[::-1]), m, Unsure()))
        # a top score above the 分值: to check
        out.append((run, str(dec(m) - 1), Unsure()))
    for lines, scores, m in _RUNS[:5]:
        # lines at most (fewer is better): the scores fall as the lines rise
        lo = lines[::-1]
        out.append((" ".join(x + "↓" for x in lo) + " " + " ".join(scores), m, le_bands(lo, scores)))
        out.append((" ".join(f"{x}以下 {s}" for x, s in zip(lo, scores)), m, le_bands(lo, scores)))
        # at most, the scores rising with the lines: every value under the least line meets them all — to check
        out.append((" ".join(x + "↓" for x in lo) + " " + " ".join(scores[::-1]), m, Unsure()))
        # lines of both kinds mixed: to check
        mixed = [x + ("↑" if i % 2 == 0 else "↓") for i, x in enumerate(lines)]
        out.append((" ".join(mixed) + " " + " ".join(scores), m, Unsure()))
        # cells joined by ideographic spaces, figures in full width
        out.append(("\u3000".join(x + "↑" for x in lines) + "\u3000" + "\u3000".join(scores), m, ge_bands(lines, scores)))
        wide = str.maketrans({str(i): chr(0xFF10 + i) for i in range(10)})
        out.append(((" ".join(x + "↑" for x in lines) + " " + " ".join(scores)).translate(wide), m, ge_bands(lines, scores)))
        # a unit with the lines
        out.append((" ".join(f"{x}万册↑" for x in lines) + " " + " ".join(scores), m, ge_bands(lines, scores)))
        out.append((" ".join(f"{x}万册以上 {s}分" for x, s in zip(lines, scores)), m, ge_bands(lines, scores)))
        # an extra clause: below the least line, nothing (said) — or a note the reading must not swallow
        run = " ".join(x + "↑" for x in lines) + " " + " ".join(scores)
        out.append((run + f" 不足{lines[-1]}万册不得分", m, ge_bands(lines, scores)))
        out.append((run + " 备注:以上一年度统计报表为依据", m, Either(ge_bands(lines, scores), Unsure())))
        out.append((run + " 每少1万册扣1分", m, Unsure()))
        # the signs written before the lines
        out.append((" ".join(f"≥{x} {s}" for x, s in zip(lines, scores)), m, ge_bands(lines, scores)))
        out.append((" ".join(f">{x} {s}" for x, s in zip(lines, scores)), m,
                    Either(Bands(tuple((v, _above(lines, scores, v)) for v in _probe_values(lines))), Unsure())))
        # ranges of lines
        out.append((" ".join(f"{x}-{y} {s}" for x, y, s in zip(lines[1:], lines, scores)), m, Unsure()))
    return out


# ── bare standard/score pairs (whg) ─────────────────────────────────────────────────────────────────────────────
_PAIRS = [
    (["1200", "1000", "800", "600"], ["20", "15", "10", "5"], "20"),
    (["500", "400", "300"], ["10", "8", "6"], "10"),
    (["3000", "2000", "1000"], ["15", "10", "5"], "15"),
    (["100", "80", "60", "40"], ["8", "6", "4", "2"], "8"),
    (["50", "30", "20"], ["6", "4", "2"], "6"),
]


def bare_pairs() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for lines, scores, m in _PAIRS:
        pairs = " ".join(f"{x} {s}" for x, s in zip(lines, scores))
        out.append((pairs, m, ge_bands(lines, scores)))
        # the pairs listed least first
        out.append((" ".join(f"{x} {s}" for x, s in zip(lines[::-1], scores[::-1])), m, ge_bands(lines, scores)))
        # the score first, then the standard: which is which is the layout's alone — to check
        out.append((" ".join(f"{s} {x}" for x, s in zip(lines, scores)), m, Unsure()))
        # an odd figure out: to check
        out.append((pairs + " 300", m, Unsure()))
        # a top score above the 分值
        out.append((pairs, str(dec(m) // 2), Unsure()))
        # the standards falling as the scores rise (at most?): to check
        out.append((" ".join(f"{x} {s}" for x, s in zip(lines, scores[::-1])), m, Unsure()))
        # with a unit after each standard, with 分, with 以上
        out.append((" ".join(f"{x}平方米以上 {s}分" for x, s in zip(lines, scores)), m, ge_bands(lines, scores)))
        out.append((" ".join(f"{x}平方米以上{s}分" for x, s in zip(lines, scores)), m, ge_bands(lines, scores)))
        out.append((" ".join(f"{x}平方米 {s}" for x, s in zip(lines, scores)), m, Either(ge_bands(lines, scores), Unsure())))
        out.append((" ".join(f"{x} {s}分" for x, s in zip(lines, scores)), m, ge_bands(lines, scores)))
        out.append((" ".join(f"≥{x} {s}" for x, s in zip(lines, scores)), m, ge_bands(lines, scores)))
        out.append((" ".join(f"{x}以上 {s}" for x, s in zip(lines, scores)), m, ge_bands(lines, scores)))
        # a note on its use after the pairs
        out.append((pairs + " 使用率不足50%的不得分", m, Unsure()))
    # pairs of two figures only: a line and its score, or two scores?
    for a, b, m in (("10", "8", "10"), ("6", "4", "6"), ("5", "3", "5")):
        out.append((f"{a} {b}", m, Unsure()))
        out.append((f"{a} {b} {int(a) - 2} {int(b) - 2}", m, Unsure()))
    return out


# ── a grade ladder (ck-5s) ───────────────────────────────────────────────────────────────────────────────────────
_WORDS = ["通道上摆有很多无用的东西,很脏乱", "人能通行,但要避开,叉车不能通行", "人、叉车能顺利通过,但物品超出通道",
          "超出通道,但有警示牌", "很畅通,没有无用的东西"]
_WORDS2 = ["无区域规划,物品杂放在一起", "物品没有及时处理,但有区分及标示", "有区域规划,但存放方法不当",
           "有区域规划,存放有定位且标示", "存放有定位,有图示,任何人均很清楚"]
_GRADES = [("差", "较差", "合格", "良好", "优秀"), ("不合格", "较差", "一般", "良", "优"), ("差", "较差", "中", "较好", "好")]
_LADDER_SCORES = [("0", "1", "2", "3", "4"), ("0", "2", "4", "6", "8"), ("1", "2", "3", "4", "5"), ("0", "0.5", "1", "1.5", "2")]


def ladders() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for grades, scores, words in product(_GRADES, _LADDER_SCORES, (_WORDS, _WORDS2)):
        m = scores[-1]
        best_first = tuple(scores[::-1])
        text = " ".join(f"{g} {s} {w}" for g, s, w in zip(grades, scores, words))
        out.append((text, m, Ranks(best_first)))
        # best first
        out.append((" ".join(f"{g} {s} {w}" for g, s, w in list(zip(grades, scores, words))[::-1]), m, Ranks(best_first)))
        # three grades only
        out.append((" ".join(f"{g} {s} {w}" for g, s, w in list(zip(grades, scores, words))[::2]), m,
                    Ranks(tuple(scores[::2][::-1]))))
        # with 分 said after each score
        out.append((" ".join(f"{g} {s}分 {w}" for g, s, w in zip(grades, scores, words)), m, Ranks(best_first)))
        # a score above the 分值
        out.append((text, str(dec(m) - Decimal("0.5")), Unsure()))
        # the scores not following the grades: to check
        swapped = list(scores)
        swapped[1], swapped[2] = swapped[2], swapped[1]
        out.append((" ".join(f"{g} {s} {w}" for g, s, w in zip(grades, swapped, words)), m, Unsure()))
    # a figure in a grade's words: a count, not a score
    out.append(("差 0 超过3处物品杂乱 较差 1 有2处物品杂乱 合格 2 有1处物品杂乱 良好 3 物品整齐 优秀 4 物品整齐有标示", "4",
                Ranks(("4", "3", "2", "1", "0"))))
    for m in ("4", "8"):
        out.append(("差 3 处以上物品杂乱 较差 2 处物品杂乱 合格 1 处物品杂乱 良好 无杂乱 优秀 无杂乱有标示", m, Unsure()))
        out.append(("差 1 项达标 较差 2 项达标 合格 3 项达标 良好 4 项达标", m, Unsure()))
        out.append(("优秀 5 项以上达标 良好 4 项达标 合格 3 项达标 较差 2 项达标", m, Unsure()))
    # grades whose rank is not plain (one rank said twice)
    out.append(("差 0 很脏乱 不合格 1 较脏乱 合格 2 整洁 优秀 4 很整洁", "4", Unsure()))
    out.append(("差 0 很脏乱 一般 2 整洁 合格 3 较整洁 优秀 4 很整洁", "4", Unsure()))
    return out


# ── options each closed by a bare score after their bracket (lzh) ──────────────────────────────────────────────────
_OPTIONS = [
    (("拥有核心品牌商标的合法使用权(需提供有效证明)", "10"), ("拥有核心品牌商标的所有权(需提供有效注册证)", "18")),
    (("取得区级荣誉(提供证书复印件)", "3"), ("取得市级荣誉(提供证书复印件)", "5"), ("取得省级以上荣誉(提供证书复印件)", "8")),
    (("具有专职安全员(附劳动合同)", "4"), ("具有注册安全工程师(附注册证书)", "6")),
    (("通过质量管理体系认证(提供有效证书)", "6"), ("通过质量、环境、职业健康三体系认证(提供有效证书)", "12")),
]


def bracket_options() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for opts in _OPTIONS:
        m = max(opts, key=lambda o: dec(o[1]))[1]
        best_first = tuple(sorted((o[1] for o in opts), key=dec, reverse=True))
        text = " ".join(f"{a}{s}" for a, s in opts)
        out.append((text, m, Ranks(best_first)))
        out.append((" ".join(f"{a}{s}" for a, s in opts[::-1]), m, Ranks(best_first)))
        out.append((text.replace("(", "（").replace(")", "）"), m, Ranks(best_first)))
        out.append((" ".join(f"{a}{s}分" for a, s in opts), m, Ranks(best_first)))
        out.append((" ".join(f"{a} {s}" for a, s in opts), m, Ranks(best_first)))
        # a score above the 分值
        out.append((text, str(dec(m) - 1), Unsure()))
        # the options may add up (one held beside the other): to check
        out.append((text + " 可累计得分", m, Unsure()))
        out.append((text + " 同时具备的按最高项计分", m, Ranks(best_first)))
        # a figure in an option's words outside its bracket: a count
        counted = " ".join(f"{a.replace('具有', '具有2名').replace('取得', '取得2项').replace('拥有', '拥有3个')}{s}"
                           for a, s in opts)
        if counted != text:
            out.append((counted, m, Either(Ranks(best_first), Unsure())))
    return out


# ── points for each year of the last N held (wl) ────────────────────────────────────────────────────────────────
_YEAR_CONDS = ["创建地区网上零售额同比增速超过全国网上零售额同比增速", "本地区农产品网络零售额同比增速高于全省平均水平",
               "快递业务量同比增速超过全国平均增速"]


def years() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    defined = "网上零售额同比增速=(当年网上零售额/上一年度网上零售额-1)*100%。"
    for cond, (n, x) in product(_YEAR_CONDS, [(2, "1"), (3, "1"), (3, "2"), (2, "1.5"), (5, "1")]):
        m = str(dec(x) * n)
        fn = Fn(("年",), tuple(((k,), dec(x) * min(k, n)) for k in range(0, n + 2)))
        out.append((f"{defined}近{n}年,{cond}。超过1年得{x}分,共{m}分。", m, fn))
        out.append((f"近{n}年,{cond}。超过1年得{x}分,共{m}分。", m, fn))
        out.append((f"近{n}年,{cond};每有1年得{x}分,共{m}分", m, fn))
        out.append((f"近{n}年内{cond},每1年计{x}分,最高{m}分", m, fn))
        out.append((f"近{n}年,{cond}。每年得{x}分,满分{m}分。", m, fn))
        # the total short of or past the years' points: to check
        out.append((f"近{n}年,{cond}。超过1年得{x}分,共{dec(m) + 1}分。", str(dec(m) + 1), Unsure()))
        out.append((f"近{n + 1}年,{cond}。超过1年得{x}分,共{m}分。", m, Unsure()))
        # 超过1年 as “more than one year”: one band of all the points
        out.append((f"近{n}年,{cond}。超过1年的得{m}分,否则不得分。", m,
                    Either(Fn(("年",), tuple(((k,), dec(m) if k > 1 else 0) for k in range(0, n + 1))), Unsure())))
        out.append((f"近{n}年,{cond}。连续{n}年达到的得{m}分,1年达到的得{x}分。", m, Unsure()))
        # points taken for a year it failed
        out.append((f"近{n}年,{cond}。每有1年未达到扣{x}分。", m,
                    Either(Fn(("年",), tuple(((k,), max(Decimal(0), dec(m) - dec(x) * k)) for k in range(0, n + 1))), Unsure())))
    return out


# ── a weighted mean of lettered scores (ppp) ───────────────────────────────────────────────────────────────────
_RATERS = [("村民问卷", "镇政府", "考核小组"), ("服务对象", "主管部门", "第三方机构"), ("学生", "同行", "督导组")]
_WEIGHTS = [("0.3", "0.3", "0.4"), ("0.2", "0.3", "0.5"), ("0.5", "0.25", "0.25")]


def lettered() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (a, b, c), (wa, wb, wc), m in product(_RATERS, _WEIGHTS, ("5", "10")):
        samples = tuple(((x, y, z), dec(wa) * x + dec(wb) * y + dec(wc) * z)
                        for x, y, z in ((int(m), int(m), int(m)), (0, 0, 0), (int(m), 0, 1), (1, 2, 3)))
        fn = Fn((a, b, c), samples)
        scale = f"(0-{m})"
        out.append((f"1.{a}得分A{scale};2.{b}评分B{scale}3.{c}评分C{scale}加权得分D={wa}A+{wb}B+{wc}C(以设施为单位)", m, fn))
        out.append((f"{a}评分A,{b}评分B,{c}评分C,加权得分D={wa}A+{wb}B+{wc}C", m, fn))
        out.append((f"根据情况进行评分(1-{m})({a}A、{b}B、{c}C).加权得分D={wa}A+{wb}B+{wc}C", m, fn))
        out.append((f"{a}评分A,{b}评分B,{c}评分C,得分={wa}×A+{wb}×B+{wc}×C", m, fn))
        # the ratings on another scale than the 分值: to check
        out.append((f"{a}评分A(0-100),{b}评分B(0-100),{c}评分C(0-100),加权得分D={wa}A+{wb}B+{wc}C", m, Unsure()))
        # weights not adding up to 1
        out.append((f"{a}评分A,{b}评分B,{c}评分C,加权得分D={wa}A+{wb}B+{dec(wc) + Decimal('0.1')}C", m, Unsure()))
        # a deduction beside it
        out.append((f"{a}评分A,{b}评分B,{c}评分C,加权得分D={wa}A+{wb}B+{wc}C;发现问题一处扣1分", m, Unsure()))
        # a letter never named
        out.append((f"{a}评分A,{b}评分B,加权得分D={wa}A+{wb}B+{wc}C", m, Unsure()))
    return out


# ── the 低价优先法 with its signs lost (cg) ──────────────────────────────────────────────────────────────────────
def lowest_bid() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    lead = "满足招标文件要求且投标价格最低的投标报价为评标基准价,其价格分为满分。"
    for m in ("30", "40", "60", "10"):
        price = Price(tuple(((base, bid), min(dec(m), dec(m) * dec(base) / dec(bid)))
                            for base, bid in ((100, 100), (100, 125), (80, 100), (90, 120))))
        out.append((f"价格分统一采用低价优先法,即{lead}其他投标供应商的价格分统一按照下列公式计算:投标报价得分=(评标基准价/投标报价){m}%100", m,
                    price))
        out.append((f"{lead}其它报价得分=评标基准价(投标报价或者最终价格){m}。", m, price))
        out.append((f"{lead}投标报价得分=(评标基准价/投标报价){m}", m, price))
        out.append((f"{lead}投标报价得分=(评标基准价/投标报价)×{m}", m, price))
        out.append((f"{lead}投标报价得分=评标基准价/投标报价×{m}", m, price))
        out.append((f"{lead}投标报价得分=(评标基准价/投标报价)×100×{m}%", m, price))
        out.append((f"{lead[:-1]}{m}分。其他投标人的价格分统一按照下列公式计算:投标报价得分=(评标基准价/投标报价){m}", m, price))
        # the full points said other than the 分值, the formula's points other than the 分值
        out.append((f"{lead[:-1]}{int(m) + 10}分。投标报价得分=(评标基准价/投标报价){m}", m, Unsure()))
        out.append((f"{lead}投标报价得分=(评标基准价/投标报价){int(m) + 10}", m, Unsure()))
        # a price deduction for small firms: the bid discounted first
        out.append((f"{lead}投标报价得分=(评标基准价/投标报价){m}。小微企业报价给予6%的价格扣除,即:评标价=投标报价(1-6%)", m, Unsure()))
        # the quotient the other way up: as the text says, or to check
        inv = Price(tuple(((base, bid), min(dec(m), dec(m) * dec(bid) / dec(base)))
                          for base, bid in ((100, 100), (100, 125), (80, 100))))
        out.append((f"{lead}投标报价得分=(投标报价/评标基准价){m}", m, Either(inv, Unsure())))
        # the formula said alone, its signs kept, in other spellings
        for f in ("投标报价得分=(评标基准价/投标报价)×{m}", "投标报价得分=(评标基准价/投标报价)*{m}", "价格得分=(评标基准价÷投标报价)×{m}",
                  "投标报价得分=评标基准价÷投标报价×{m}", "价格分=(最低报价/投标报价)×{m}", "投标报价得分=(评标基准价/投标报价)×{m}分",
                  "投标报价得分=(评标基准价/投标报价)×{m},保留两位小数", "投标报价得分={m}×评标基准价/投标报价",
                  "投标报价得分=(评标基准价/投标报价)×100×{p}%", "投标报价得分=(评标基准价/投标报价)×{m}%×100"):
            out.append((f.format(m=m, p=m), m, price))
            # the formula's points other than the 分值: to check
            out.append((f.format(m=int(m) + 10, p=int(m) + 10), m, Unsure()))
        # a 基准价 other than the lowest bid: its score may pass the 分值 and is not capped by the text
        out.append((f"以有效投标报价的算术平均值为评标基准价,投标报价得分=(评标基准价/投标报价)×{m}", m, Unsure()))
        out.append((f"投标报价得分=(评标基准价/投标报价)×{m},评标基准价为所有有效报价的平均值", m, Unsure()))
        out.append((f"投标报价得分=(评标基准价/投标报价)×{m},投标报价高于评标基准价20%的得0分", m, Unsure()))
        out.append((f"投标报价得分=(评标基准价/投标报价)×{m}。小微企业给予6%的价格扣除", m, Unsure()))
        # the highest price the base (高价优先): the signs lost, to check
        out.append((f"满足招标文件要求且投标价格最高的投标报价为评标基准价,其价格分为满分。投标报价得分=(评标基准价/投标报价){m}", m,
                    Unsure()))
        # the 基准价 the mean of bids (not the lowest): a deviation score, to check
        out.append((f"以有效投标报价的算术平均值为评标基准价。投标报价得分=(评标基准价/投标报价){m}", m, Unsure()))
    return out


# ── points at a line, then each step past it (sd) ─────────────────────────────────────────────────────────────
def line_then_past() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    cases = [("担保机构实收资本", "实收资本", "5000", "万元", "1", "1000", "0.5", "6"),
             ("实收资本中货币资本", "占比", "80", "%", "2", "10", "2", "6"),
             ("年度担保业务量", "业务量", "10", "亿元", "2", "5", "1", "5"),
             ("服务企业户数", "户数", "100", "户", "3", "50", "1", "8")]
    for what, again, line, u, base, step, x, m in cases:
        def score(v: Decimal, base: str = base, x: str = x, m: str = m) -> Decimal:
            return min(dec(m), dec(base) + dec(x) * (v - dec(line)) / dec(step))
        ln = dec(line)
        values = [ln, ln + dec(step), ln + dec(step) * 2, ln + dec(step) * 20]
        unit_word = "万元" if u == "万元" else ("%" if u == "%" else u)
        word = f"{unit_word}）"
        fn = Fn(("未达到", word), tuple(((0, v), score(v)) for v in values))
        out.append((f"{what}达到{line}{u}(含)得{base}分;{again}超过{line}{u},每增加{step}{u}加{x}分;得分最高不超过{m}分。", m, fn))
        out.append((f"{what}达到{line}{u}的得{base}分;{again}超过{line}{u}的,每增加{step}{u}加{x}分;最高{m}分", m, fn))
        out.append((f"2、{what}规模:{m}分。{what}达到{line}{u}(含)得{base}分;{again}超过{line}{u},每增加{step}{u}加{x}分;"
                    f"得分最高不超过{m}分。", m, fn))
        out.append((f"{what}达到{line}{u}(含)计{base}分;{again}超过{line}{u},每增加{step}{u}加{x}分", m, fn))
        # below the line scored zero, said: as the text
        out.append((f"{what}不足{line}{u}不得分;达到{line}{u}得{base}分,此基础上每增加{step}{u}加{x}分。", m,
                    Either(fn, Unsure())))
        # the second line other than the first: to check
        out.append((f"{what}达到{line}{u}(含)得{base}分;{again}超过{dec(line) * 2}{u},每增加{step}{u}加{x}分;得分最高不超过{m}分。", m,
                    Unsure()))
        # a cap short of the 分值
        out.append((f"{what}达到{line}{u}(含)得{base}分;{again}超过{line}{u},每增加{step}{u}加{x}分;得分最高不超过{dec(m) - 1}分。", m,
                    Unsure()))
        # the base above the 分值 said: to check
        out.append((f"{what}达到{line}{u}(含)得{m}分;{again}超过{line}{u},每增加{step}{u}加{x}分。", m, Unsure()))
        # points taken per step short of the line beside (both ways)
        out.append((f"{what}达到{line}{u}(含)得{base}分;{again}超过{line}{u},每增加{step}{u}加{x}分;每减少{step}{u}扣{x}分;"
                    f"得分最高不超过{m}分。", m, Unsure()))
    # mixed units: the line in 亿元, the steps in 万元
    out.append(("担保机构实收资本达到1亿元(含)得1分;实收资本超过1亿元,每增加1000万元加0.5分;得分最高不超过6分。", "6",
                Either(Fn(("未达到", "元）"), tuple(((0, v), min(Decimal(6), 1 + Decimal("0.5") * (v - 10000) / 1000))
                                                 for v in (10000, 11000, 14000))), Unsure())))
    out.append(("货币资本占比达到80%的得2分;占比超过80%的,每增加10个百分点加2分;得分最高不超过6分。", "6",
                Either(Fn(("未达到", "%）"), tuple(((0, v), min(Decimal(6), 2 + Decimal("0.2") * (v - 80)))
                                                 for v in (80, 90, 100))), Unsure())))
    return out


# ── the same bands said in sentences, 分 written (the sure readings a run-together row is a near variant of) ──────
def said_rows() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    forms = ["≥{x}{u} {s}分", "≥{x}{u}:{s}分", "≥{x}{u}得{s}分", "≥{x}{u}计{s}分", "{x}{u}以上得{s}分", "{x}{u}及以上{s}分",
             "达到{x}{u}的得{s}分", "不少于{x}{u}得{s}分"]
    seps = [";", " ", ","]
    for (i, (lines, scores, m)), (k, form) in product(enumerate(_RUNS[:6]), enumerate(forms)):
        u, sep = ["万册", "个", "平方米", "万人次"][(i + k) % 4], seps[k % 3]
        rows = [form.format(x=x, u=u, s=sc) for x, sc in zip(lines, scores)]
        low = f"<{lines[-1]}{u} 0分" if form.startswith("≥") else f"不足{lines[-1]}{u}不得分"
        bands = ge_bands(lines, scores)
        out.append((sep.join(rows + [low]), m, bands))
        out.append((sep.join(rows[::-1] + [low]), m, bands))
        if k % 2 == 0:
            out.append((sep.join(rows), m, bands))
            # a score above the 分值
            out.append((sep.join(rows + [low]), str(dec(m) - 1), Unsure()))
            # the scores not following the lines
            sw = list(scores)
            sw[0], sw[1] = sw[1], sw[0]
            out.append((sep.join([form.format(x=x, u=u, s=sc) for x, sc in zip(lines, sw)] + [low]), m, Unsure()))
            # a gap below the least line
            out.append((sep.join(rows + [f"<{dec(lines[-1]) / 2}{u} 0分"]), m,
                        Either(Bands(tuple((v, _at_least(lines, scores, v)) for v in _probe_values(lines)
                                           if not dec(lines[-1]) / 2 <= v < dec(lines[-1]))), Unsure())))
            # an extra deduction
            out.append((sep.join(rows + [low, f"每少1{u}扣1分"]), m, Unsure()))
            # the lines at most (fewer is better)
            lo = lines[::-1]
            le = [f"≤{x}{u} {sc}分" for x, sc in zip(lo, scores)] + [f">{lo[-1]}{u} 0分"]
            out.append((sep.join(le), m, le_bands(lo, scores)))
            # one line in another unit (万 beside none): to check
            first = f"≥{dec(lines[0]) * 10000}{u[1:]}" if u.startswith("万") else f"≥{lines[0]}万{u}"
            out.append((sep.join([f"{first} {scores[0]}分"] + rows[1:] + [low]), m, Unsure()))
            # one band of another thing (件 beside 册, 米 beside 平方米)
            other = "万件" if u.startswith("万") else "米" if u == "平方米" else "件"
            out.append((sep.join(rows[:1] + [rows[1].replace(u, other)] + rows[2:] + [low]), m, Unsure()))
    for a, b, c in (("95", "90", "85"), ("98", "95", "90")):
        out.append((f"≥{a}% 10分;≥{b}% 8分;≥{c}% 6分;<{c}% 0分", "10", ge_bands([a, b, c], ["10", "8", "6"])))
        out.append((f"≥{a}% 10分;≥0.{b} 8分;<0.{b} 0分", "10", Unsure()))
        out.append((f"≥{a}% 12分;≥{b}% 8分;<{b}% 0分", "10", Unsure()))
        out.append((f"≤{100 - int(a)}% 10分;≤{100 - int(b)}% 8分;>{100 - int(b)}% 0分", "10",
                    le_bands([str(100 - int(a)), str(100 - int(b))], ["10", "8"])))
    return out


# ── grades, options, years and lines said in sentences, 分 written ─────────────────────────────────────────────
def said_others() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (g0, g1, g2, g3, g4), (a, b, c, e) in product(_GRADES, [("4", "3", "2", "1"), ("8", "6", "4", "2"), ("5", "4", "3", "1")]):
        ranks = Ranks((a, b, c, e, "0"))
        out.append((f"{g0}:0分;{g1}:{e}分;{g2}:{c}分;{g3}:{b}分;{g4}:{a}分", a, ranks))
        out.append((f"{g4}{a}分,{g3}{b}分,{g2}{c}分,{g1}{e}分,{g0}0分", a, ranks))
        out.append((f"{g4}得{a}分;{g3}得{b}分;{g2}得{c}分;{g1}得{e}分;{g0}不得分", a, ranks))
        out.append((f"{g4}({a}分)、{g3}({b}分)、{g2}({c}分)、{g1}({e}分)、{g0}(0分)", a, ranks))
        out.append((f"评为{g4}的得{a}分,{g3}的得{b}分,{g2}的得{c}分,{g1}的得{e}分,{g0}的不得分", a, ranks))
        # a lower grade scoring above a higher, or above the 分值; one grade said to cost points
        out.append((f"{g4}得{a}分;{g3}得{int(a) + 1}分;{g2}得{c}分;{g0}不得分", a, Unsure()))
        out.append((f"{g4}得{int(a) + 1}分;{g3}得{b}分;{g2}得{c}分;{g0}不得分", a, Unsure()))
        # a grade costing points: the 分值 less them, below the grade before it (a tie or more: to check)
        left = int(a) - int(c)
        out.append((f"{g4}得{a}分;{g3}得{b}分;{g2}得{c}分;{g0}扣{c}分", a,
                    Unsure() if left >= int(c) else Ranks((a, b, c, str(left)))))
        out.append((f"{g4}得{a}分;{g3}得{b}分;{g2}得{c}分;{g0}扣{int(a) - 1}分", a, Ranks((a, b, c, "1"))))
        out.append((f"{g4}得{a}分;{g3}得{b}分;{g2}得{c}分;{g0}扣{int(a) - int(c) - 1}分", a, Unsure()))
        # the cost all of the 分值: nothing left whatever it is taken from
        out.append((f"{g4}得{a}分;{g3}得{b}分;{g2}得{c}分;{g0}扣{a}分", a, Ranks((a, b, c, "0"))))
    for (top, low, none), (m, x) in product([("拥有核心品牌商标的所有权", "拥有合法使用权", "无"), ("取得省级荣誉", "取得市级荣誉", "未取得"),
                                            ("通过三体系认证", "通过质量体系认证", "未通过认证")], [("18", "10"), ("8", "5"), ("12", "6")]):
        out.append((f"{top}:{m}分;{low}:{x}分;{none}:0分", m, Ranks((m, x, "0"))))
        out.append((f"{top}(提供证明)得{m}分;{low}(提供证明)得{x}分;否则不得分", m, Ranks((m, x, "0"))))
        out.append((f"{top}得{m}分;{low}得{x}分;两项同时具备得{int(m) + 2}分", m, Unsure()))
        out.append((f"{top}得{m}分;{low}得{x}分;可累计得分", m, Unsure()))
        out.append((f"{top}得{m}分;{low}得{x}分;同时具备的按最高项计", m, Either(Ranks((m, x, "0")), Unsure())))
    for what, (n, m) in product(["网上零售额增速超过全国增速", "每年均实现盈利", "快递业务量增速高于全省平均"], [(2, "2"), (3, "3")]):
        if n == 2:
            out.append((f"近2年{what}的得2分,1年达到的得1分,否则不得分", m, Ranks(("2", "1", "0"))))
            out.append((f"近2年均{what}得2分;有1年得1分;均未达到不得分", m, Ranks(("2", "1", "0"))))
        else:
            out.append((f"近3年均{what}得3分,2年达到得2分,1年达到得1分", m, Ranks(("3", "2", "1", "0"))))
            out.append((f"近3年均{what}得3分,2年达到得2分,1年达到得1分", "2", Unsure()))
    for (l1, l2, l3), (s1, s2, s3) in product([("80", "90", "100"), ("60", "75", "90")], [("2", "4", "6"), ("1", "3", "5")]):
        bands = ge_bands([l3, l2, l1], [s3, s2, s1])
        out.append((f"占比达到{l1}%得{s1}分,达到{l2}%得{s2}分,达到{l3}%得{s3}分,未达到{l1}%不得分", s3, bands))
        out.append((f"占比{l1}%以上得{s1}分,{l2}%以上得{s2}分,{l3}%得{s3}分", s3, Either(bands, Unsure())))
        out.append((f"占比达到{l1}%得{s1}分,达到{l2}%得{s2}分,达到{l3}%得{s3}分,未达到{l1}%不得分", str(int(s3) - 1), Unsure()))
        out.append((f"占比达到{l1}%得{s1}分,超过{l1}%每增加{int(l2) - int(l1)}%加{int(s2) - int(s1)}分,最高{s3}分,未达到{l1}%不得分", s3,
                    Either(Fn(("未达到", "%）"), tuple(((0, v), min(dec(s3), dec(s1) + (dec(s2) - dec(s1)) * (v - dec(l1)) / (dec(l2) - dec(l1))))
                                                     for v in (dec(l1), dec(l2), dec(l3)))), Unsure())))
    return out


CASES = said_others() + said_rows() + line_runs() + bare_pairs() + ladders() + bracket_options() + years() + lettered() + lowest_bid() + line_then_past()


(test_the_probe_is_of_its_size,
 test_every_made_up_text_is_scored_as_it_says_or_is_to_check) = probe_tests(CASES, 300, 1500, own=own)
