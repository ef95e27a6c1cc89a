"""Made-up texts in the common styles of bands in KPI and 考核评分表 rows (a coverage probe, not copies of corpus texts):
bands of a rate, the higher or the lower the better (“≥98%,20分;95%(含)-98%,15分;<95%,0分”, “1%以内20分,1%-3%15分,3%以上
0分”, “90%以上得20分,80%-90%得10分,80%以下不得分”), with the value's name leading each band (“合格率≥95%…”), signs in either
order (“95%≤合格率<98%”, “98%>合格率≥95%”, “98%≤合格率”), with 为/得/计/: or nothing before the points, cells joined by
spaces or 、 (“完成率100%:10分 95%-100%:8分 95%以下:0分”), full-width digits; “达到100%的得10分,每低1%扣1分” beside a floor;
time limits in hours or days (“24小时内5分,48小时内3分,超过48小时0分”), counts of times, cases and people, sums in 万元
(“0次10分,1次8分,2次5分,3次及以上0分”); and near variants that must stay to check (scores past the 分值, an extra fault,
酌情, a closing remark). Each with what it states (``Bands``/``Ranks``/``Unsure``, ``tests/probe_checks.py``'s checker).

Before → after (358 texts): exact 114 → 160; flagged 211 → 194 (of them scoring some situation otherwise than the text
says: 66 → 1); judgement fallbacks 32 → 4; confident and wrong 1 → 0 (“2小时内办结得4分,4小时内办结得2分,超过4小时不得分”
proposed surely as a choice of three overlapping situations, now bands of hours).

Readings taught (general, in the modules that own them):

- ``wording._surface``: a score, a space, then a figure in % opens the next band (“…:10分 95%-100%:8分 95%以下:0分”);
- ``tiers._OR_LESS``: “N%以内”/“N%之内” is a line at most, holding N (“差错率1%以内得20分”), no longer a lone value;
- ``tiers._AFTER_SCORE``: a 、 after a score before the next band's figure (in % or a unit) and its points or zero
  (“98%(含)以上得20分、95%(含)-98%得15分、95%以下不得分”, “100人及以上10分、50人(含)-100人6分、不足50人0分”);
- ``tiers._UNIT_DOWN``/``_ceilings``: a time limit “N小时内”/“N个工作日内” is a ceiling, and ceilings of time limits, the
  shorter met first, are read without a doubt (“24小时内办结得5分,48小时内办结得3分,超过48小时不得分”); a bare “48小时以上”
  after “48小时内” is past it (to check); ``reading._SETTLED_AFTER`` takes 内 as settling its figure, as 以内 does;
- ``tiers._UNIT_UP``: “未达到3000万元” is no line at least (“达到5000万元的得10分,达到3000万元的得6分,未达到3000万元的不得分”);
  a case found in a band of another unit (“未达到60万元/亩的出现1个项目扣3分”) is a deduction, no band;
- ``tiers._SHARE_STEP_CLIFF``: the line said with 为 or straight after the rate's name, the steps' span said before them,
  the floor with the value's name again or said with 以下 (“到位率100%得10分,90%-100%之间每低1个百分点扣0.5分,90%以下得
  0分”, “完成率为100%的得10分;每低1%扣1分;完成率低于90%的,本项不得分”): never sure, as before;
- ``reading`` 数值 phrase: a figure closed by 以上/以下/以内 is whole, points may follow it straight (“1%以内20分”); a line
  before the value's name (“98%≤合格率,20分”).

Judgement fallbacks left (4): “培训人员100名以上得5分,50-100名得3分,50名以下得0分” (a range in 名, “50-100名”, may be places
in a ranking as well as people: left unread), and three “…≥95%得N分,…<95%酌情扣分” (judged by the text's own words).
Most texts left flagged state a figure in two bands (“95%-98%” beside “95%以下”, “1%以内” beside “1%-3%”), a step reading
of whole steps (“每低1%”), a lone 100% beside a range ending there, or a closing remark (“以统计部门年报数据为准”): to check.
"""
from __future__ import annotations

from itertools import product

from services.frameworks.proposal import propose
from tests.probe_checks import Either, Want, case_test, first_statements, wrongly
from tests.proposals import Bands, Ranks, Unsure

_FW = str.maketrans("0123456789%", "０１２３４５６７８９％")

#: 分值 and the lesser scores of three bands (the last scores nothing)
_POINTS = [(20, 15), (10, 8), (5, 3), (10, 6), (6, 4)]


# ── a rate, the higher the better: a top line, a band (含), below it nothing ─────────────────────────────────────────
def rates_up() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    names = ["合格率", "完成率", "满意度", "资金到位率", "办结率", "及时率", "覆盖率", "执行率"]
    for i, ((m, a), (hi, lo)) in enumerate(list(product(_POINTS, [(98, 95), (95, 90), (90, 80)]))[::3]):
        name = names[i % len(names)]
        three = Bands(((100, m), (hi, m), (hi - 1, a), (lo, a), (lo - 1, 0), (0, 0)))
        inner = Bands(((100, m), (hi + 1, m), (lo + 1, a), (lo - 1, 0)))
        out.append((f"≥{hi}%,{m}分;{lo}%(含)-{hi}%,{a}分;<{lo}%,0分", str(m), three))
        out.append((f"{name}≥{hi}%得{m}分;{lo}%≤{name}<{hi}%得{a}分;{name}<{lo}%得0分", str(m), three))
        out.append((f"{name}{hi}%以上得{m}分,{lo}%-{hi}%得{a}分,{lo}%以下不得分", str(m), inner))
        out.append((f"{name}{hi}%及以上{m}分,{lo}%(含)至{hi}%{a}分,{lo}%以下0分。", str(m), three))
        out.append((f"{name}达到{hi}%以上的得{m}分;达到{lo}%-{hi}%的得{a}分;低于{lo}%的不得分", str(m), inner))
        out.append((f"{name}:{hi}%以上,{m}分;{lo}%-{hi}%,{a}分;{lo}%以下,0分", str(m), inner))
        out.append((f"{name}≥{hi}%为{m}分,{lo}%≤{name}<{hi}%为{a}分,{name}<{lo}%为0分", str(m), three))
        out.append((f"{name}≥{hi}%,计{m}分;{lo}%≤{name}<{hi}%,计{a}分;{name}<{lo}%,不计分", str(m), three))
        out.append((f"{hi}%≤{name},{m}分;{lo}%≤{name}<{hi}%,{a}分;{name}<{lo}%,0分", str(m), three))
        out.append((f"{name}≥{hi}% {m}分 {lo}%≤{name}<{hi}% {a}分 {name}<{lo}% 0分", str(m), three))
        out.append((f"{name}≥{hi}%得{m}分,{lo}%≤{name}<{hi}%得{a}分,{name}<{lo}%不得分(以统计部门年报数据为准)", str(m),
                    Either(three, Unsure())))
        out.append((f"{name}≥{hi}%得{m}分;{hi}%>{name}≥{lo}%得{a}分;{name}<{lo}%得0分", str(m), three))
        out.append((f"{name}{hi}%(含)以上得{m}分、{lo}%(含)-{hi}%得{a}分、{lo}%以下得0分", str(m), three))
        out.append((f"{name}≥{hi}%,得{m}分;{name}≥{lo}%,得{a}分;{name}<{lo}%,得0分", str(m), three))
        out.append((f"{name}>{hi}%,{m}分;{lo}%<{name}≤{hi}%,{a}分;{name}≤{lo}%,0分", str(m),
                    Bands(((100, m), (hi + 1, m), (hi, a), (lo + 1, a), (lo, 0), (lo - 1, 0)))))
        # scores past the 分值, or a band unsaid between two: never sure
        out.append((f"{name}≥{hi}%得{m + 2}分,{lo}%≤{name}<{hi}%得{a}分,{name}<{lo}%得0分", str(m), Unsure()))
        out.append((f"{name}≥{hi}%得{m}分,{name}<{lo}%得0分,{lo}%≤{name}<{hi}%得{a}分;弄虚作假的扣{m}分", str(m), Unsure()))
    return out


# ── the same bands with a colon, full-width figures, spaces, 、 ────────────────────────────────────────────────────
def cells() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (m, a), name, (hi, lo) in list(product([(10, 8), (20, 15), (5, 3)], ["完成率", "达标率", "整改率"], [(100, 95), (100, 90)]))[::3]:
        three = Bands(((100, m), (lo + 2, a), (lo - 2, 0)))
        out.append((f"{name}{hi}%:{m}分 {lo}%-{hi}%:{a}分 {lo}%以下:0分", str(m), three))
        out.append((f"{name}{hi}%:{m}分;{lo}%-{hi}%:{a}分;{lo}%以下:0分", str(m), three))
        out.append((f"{name}{hi}% {m}分 {lo}%-{hi}% {a}分 {lo}%以下 0分", str(m), three))
        out.append((f"{name}{hi}%,{m}分;{lo}%-{hi}%,{a}分;{lo}%以下,0分".translate(_FW), str(m), three))
        out.append((f"{name}达到{hi}%的{m}分,{lo}%-{hi}%的{a}分,{lo}%以下的0分", str(m), three))
        out.append((f"{name}{hi}%得{m}分、{lo}%-{hi}%得{a}分、{lo}%以下不得分", str(m), three))
        out.append((f"{name}＝{hi}%:{m}分;{lo}%≤{name}＜{hi}%:{a}分;{name}＜{lo}%:0分", str(m),
                    Bands(((100, m), (lo, a), (lo + 2, a), (lo - 2, 0)))))
    return out


# ── a rate, the lower the better (差错率 1%以内…) ────────────────────────────────────────────────────────────────────
def rates_down() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (m, a), name, (lo, hi) in list(product(_POINTS[:4], ["差错率", "投诉率", "损耗率", "返工率"], [(1, 3), (2, 5)]))[::4]:
        three = Bands(((0, m), (lo / 2, m), ((lo + hi) / 2, a), (hi + 1, 0)))
        out.append((f"{lo}%以内{m}分,{lo}%-{hi}%{a}分,{hi}%以上0分", str(m), three))
        out.append((f"{name}{lo}%以内得{m}分,{lo}%-{hi}%得{a}分,{hi}%以上不得分", str(m), three))
        out.append((f"{name}≤{lo}%得{m}分;{lo}%<{name}≤{hi}%得{a}分;{name}>{hi}%得0分", str(m),
                    Bands(((0, m), (lo, m), (hi, a), (hi + 1, 0)))))
        out.append((f"{name}控制在{lo}%以内的得{m}分,{lo}%-{hi}%的得{a}分,超过{hi}%的不得分", str(m), three))
        out.append((f"{name}低于{lo}%为{m}分,{lo}%-{hi}%为{a}分,高于{hi}%为0分", str(m), three))
        out.append((f"{name}≤{lo}%,{m}分;≤{hi}%,{a}分;>{hi}%,0分", str(m), Bands(((0, m), (lo, m), (hi, a), (hi + 1, 0)))))
        out.append((f"{name}在{lo}%以下的,得{m}分;在{lo}%-{hi}%之间的,得{a}分;在{hi}%以上的,得0分", str(m), three))
    return out


# ── 达到100%的得满分,每低1%扣N分 beside bands ────────────────────────────────────────────────────────────────────────
def steps() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (m, x, floor), name in list(product([(10, 1, 90), (10, "0.5", 90), (20, 2, 90), (5, "0.5", 95)], ["完成率", "到位率", "执行率"]))[::2]:
        xd = float(x)
        def at(v: float) -> float:
            return 0 if v < floor else max(0, m - xd * (100 - v))
        samples = Bands(tuple((v, at(v)) for v in (100, 98, floor + 1, floor - 1, 50)))
        out.append((f"{name}达到100%的得{m}分,每低1%扣{x}分,低于{floor}%不得分", str(m), samples))
        out.append((f"{name}达到100%的{m}分,每低1%扣{x}分,{floor}%以下的不得分", str(m), samples))
        out.append((f"{name}100%得{m}分,{floor}%-100%之间每低1个百分点扣{x}分,{floor}%以下得0分", str(m), samples))
        out.append((f"{name}达100%得满分,每降低1个百分点扣{x}分,低于{floor}%的不得分", str(m), samples))
        out.append((f"{name}为100%的得{m}分;每低1%扣{x}分;{name}低于{floor}%的,本项不得分", str(m), samples))
        # a step with no floor said: down to 0
        plain = Bands(tuple((v, max(0, m - xd * (100 - v))) for v in (100, 98, floor + 1, 50)))
        out.append((f"{name}达到100%的得{m}分,每低1%扣{x}分", str(m), plain))
        out.append((f"{name}达到100%的得{m}分,每低1%扣{x}分,扣完为止", str(m), plain))
    return out


# ── days and hours ─────────────────────────────────────────────────────────────────────────────────────────────────
def times() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (m, a), (s, lo), unit in list(product([(5, 3), (10, 6), (4, 2)], [(24, 48), (12, 24), (2, 4)], ["小时"]))[::2]:
        three = Bands(((s / 2, m), (s, m), ((s + lo) / 2, a), (lo, a), (lo + 1, 0)))
        out.append((f"{s}{unit}内{m}分,{lo}{unit}内{a}分,超过{lo}{unit}0分", str(m), three))
        out.append((f"{s}{unit}内办结得{m}分,{lo}{unit}内办结得{a}分,超过{lo}{unit}不得分", str(m), three))
        # (s said in two bands, 以内 and the start of a range: not sampled)
        out.append((f"{s}{unit}以内响应的得{m}分;{s}-{lo}{unit}响应的得{a}分;超过{lo}{unit}的得0分", str(m),
                    Bands(((s / 2, m), ((s + lo) / 2, a), (lo + 1, 0)))))
        out.append((f"{s}{unit}内({m}分);{lo}{unit}内({a}分);{lo}{unit}以上(0分)", str(m),
                    Bands(((s / 2, m), (s, m), ((s + lo) / 2, a), (lo + 1, 0)))))
        out.append((f"处置时间≤{s}{unit}得{m}分,≤{lo}{unit}得{a}分,>{lo}{unit}得0分", str(m), three))
    for (m, a), (s, lo), unit in list(product([(5, 3), (10, 6)], [(3, 5), (1, 3), (7, 15)], ["个工作日", "天", "日"]))[::3]:
        three = Bands(((s, m), (lo, a), (lo + 1, 0)))
        out.append((f"{s}{unit}内办结得{m}分,{lo}{unit}内办结得{a}分,超过{lo}{unit}不得分", str(m), three))
        out.append((f"{s}{unit}内完成的为{m}分,{s}-{lo}{unit}完成的为{a}分,{lo}{unit}以上完成的为0分", str(m),
                    Bands(((s / 2, m), (s + 1, a), (lo + 1, 0)))))
        out.append((f"在{s}{unit}内反馈得{m}分,{lo}{unit}内反馈得{a}分,逾期未反馈不得分", str(m), Either(three, Ranks((m, a, 0)))))
    return out


# ── counts of times, people, cases; sums in 万元 ────────────────────────────────────────────────────────────────────
def counts() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (m, a, b), (what, unit) in list(product([(10, 8, 5), (5, 3, 1), (6, 4, 2)],
                                                [("投诉", "次"), ("安全事故", "起"), ("差错", "处"), ("迟到", "人次")]))[::2]:
        four = Bands(((0, m), (1, a), (2, b), (3, 0), (6, 0)))
        out.append((f"0{unit}{m}分,1{unit}{a}分,2{unit}{b}分,3{unit}及以上0分", str(m), four))
        out.append((f"{what}0{unit}得{m}分,1{unit}得{a}分,2{unit}得{b}分,3{unit}及以上不得分", str(m), four))
        out.append((f"无{what}得{m}分;{what}1{unit}得{a}分;{what}2{unit}得{b}分;{what}3{unit}以上得0分", str(m), four))
        out.append((f"全年{what}0{unit}:{m}分;1{unit}:{a}分;2{unit}:{b}分;3{unit}及以上:0分", str(m), four))
        out.append((f"{what}次数为0得{m}分,1{unit}得{a}分,2{unit}得{b}分,≥3{unit}得0分", str(m), four))
        out.append((f"{what}0{unit}为{m}分,1{unit}为{a}分,2{unit}为{b}分,3{unit}(含)以上为0分", str(m), four))
        out.append((f"{what}1{unit}扣{m - a}分,2{unit}扣{m - b}分,3{unit}及以上不得分", str(m), Either(four, Unsure())))
    for (m, a), (hi, lo), unit, what in list(product([(10, 6), (20, 12)], [(5000, 3000), (1000, 500)], ["万元"],
                                                      ["完成招商引资", "争取上级资金", "实现税收"]))[::3]:
        three = Bands(((hi + 100, m), (hi, m), (lo + 100, a), (lo, a), (lo - 100, 0)))
        out.append((f"{what}{hi}{unit}以上得{m}分,{lo}-{hi}{unit}得{a}分,{lo}{unit}以下不得分", str(m),
                    Bands(((hi + 100, m), (lo + 100, a), (lo - 100, 0)))))
        out.append((f"{what}≥{hi}{unit},{m}分;{lo}{unit}≤{what[-2:]}<{hi}{unit},{a}分;<{lo}{unit},0分", str(m), three))
        out.append((f"{what}{hi}{unit}(含)以上计{m}分,{lo}{unit}(含)-{hi}{unit}计{a}分,{lo}{unit}以下计0分", str(m), three))
        out.append((f"{what}达到{hi}{unit}的得{m}分,达到{lo}{unit}的得{a}分,未达到{lo}{unit}的不得分", str(m), three))
    for (m, a), (hi, lo), (unit, what) in list(product([(10, 6), (5, 3)], [(100, 50), (20, 10)],
                                                       [("人", "新增就业"), ("名", "培训人员"), ("次", "开展活动"),
                                                        ("户", "走访农户")]))[::3]:
        three = Bands(((hi + 5, m), (hi, m), (lo + 1, a), (lo, a), (lo - 1, 0)))
        out.append((f"{what}{hi}{unit}以上得{m}分,{lo}-{hi}{unit}得{a}分,{lo}{unit}以下得0分", str(m),
                    Bands(((hi + 5, m), (lo + 1, a), (lo - 1, 0)))))
        out.append((f"{what}≥{hi}{unit}得{m}分,{lo}{unit}≤{what[-2:]}<{hi}{unit}得{a}分,<{lo}{unit}得0分", str(m), three))
        out.append((f"{what}{hi}{unit}及以上{m}分、{lo}{unit}(含)-{hi}{unit}{a}分、不足{lo}{unit}0分", str(m), three))
    return out


# ── two situations and a closing remark, near variants to check ────────────────────────────────────────────────────
def remarks() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (m, a), name in list(product([(10, 6), (5, 3)], ["合格率", "完成率", "满意率"]))[::2]:
        three = Bands(((100, m), (95, m), (92, a), (85, 0)))
        out.append((f"{name}≥95%得{m}分,90%≤{name}<95%得{a}分,{name}<90%不得分。注:数据以年度统计报表为准", str(m),
                    Either(three, Unsure())))
        out.append((f"{name}≥95%得{m}分,90%≤{name}<95%得{a}分,{name}<90%不得分;发生重大质量事故的本项不得分", str(m), Unsure()))
        out.append((f"{name}≥95%得{m}分,90%≤{name}<95%得{a}分,{name}<90%不得分,未按时报送数据的扣1分", str(m), Unsure()))
        out.append((f"{name}≥95%得{m}分,{name}<95%酌情扣分", str(m), Unsure()))
        out.append((f"{name}≥95%得{m}分,{name}<95%不得分", str(m), Bands(((100, m), (95, m), (94, 0)))))
        out.append((f"{name}≥95%的得{m}分,否则不得分", str(m), Either(Bands(((100, m), (95, m), (94, 0))), Ranks((m, 0)))))
    return out


_ALL = rates_up() + cells() + rates_down() + steps() + times() + counts() + remarks()
CASES = first_statements(_ALL)


def test_the_probe_is_of_its_size():
    assert 200 <= len(CASES) <= 400
    assert len({(text, w) for text, w, _want in CASES}) == len(CASES)


def test_the_texts_the_readings_read_are_proposed_exactly():
    proposals = [(text, w, want, propose(text, w, "指标")) for text, w, want in CASES]
    sure = [text for text, w, want, p in proposals if p.confident and not wrongly(p, w, want)]
    # (the fallback for want of a reading; a reading refused by its checks, scores past the 分值, is not counted)
    fallbacks = [text for text, w, want, p in proposals if p.kind == "judgement" and any("未识别" in n for n in p.notes)]
    assert len(sure) == 166
    assert fallbacks == ["培训人员100名以上得5分,50-100名得3分,50名以下得0分", "合格率≥95%得10分,合格率<95%酌情扣分",
                         "满意率≥95%得10分,满意率<95%酌情扣分", "完成率≥95%得5分,完成率<95%酌情扣分"]


test_every_made_up_text_is_scored_as_it_says_or_is_to_check = case_test(CASES)
