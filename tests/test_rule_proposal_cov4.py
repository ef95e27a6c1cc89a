"""Made-up texts in the styles of 考核评分表 rows stating requirements with their points and faults: set up or not
(“建立制度的得2分,未建立的不得分”), points that add up (“有制度2分,有台账2分,有记录1分”, “①…(1分);②…(2分)”, requirements
numbered 1. 2. 3. each with 得), a whole less each item short (“资料齐全得5分,缺一项扣1分”), done or not (“按要求完成得满分,
否则不得分”), grades of fit (“符合要求得3分;基本符合得2分;不符合0分”), faults each with its cost, capped at the row
(“未…的扣2分;…不规范的扣1分”), a cost per item or place found (“一项不符合扣0.5分,扣完为止”, “发现一处扣0.2分”) — with
a check note before them (“查资料”, “查看台账”), a remark in brackets after them, “(以…为准)”, the 分值 said once more
(“本项5分”), and 得/计/记/给/: or nothing before the points; each with what it states (a few situations and their
scores) or that it is unsure (to check). Every proposal scores every situation as the text says, or is not
confident; the texts the readings read are proposed exactly (their count asserted).

Before the readings of this round (398 texts): 152 proposed exactly, 180 flagged, 66 judgement fallbacks, 0 confident and
wrong; after: 233 exactly (236 with the round's other coverage readings), 147 flagged, 18 fallbacks, 0 confident and wrong. Taught:

- the 分值 said again as a lead with words that say nothing else (“本项5分。”, “本项共5分,”, “共5分:”, “总分5分:”, “(5分)”,
  “(本项5分)”; reading ``_RESTATED_LEAD``) or closing the text (“…。本项5分”, “…;共5分”, “…(本项5分)”; ``_RESTATED_END``)
  is dropped before reading, where it is the row's 分值 and what is left says points of its own (“(4分)台账1档案1…”,
  “开展…工作。总分2分” keep it); a bracket of bare points opens no ladder of bracketed scores (“(5分)全部完成;(3分)…”);
  after deductions with no stop, a closing sentence restating the 分值 is dropped and their stop left to check;
- faults each with its cost adding up to the 分值, closed by the 分值 as their stop (“,最多扣3分”, “;本项3分”, “(共3分)”,
  “,本项3分扣完为止”, “(本项3分,扣完为止)”; checklist ``_WEIGHT_LEFT``) read as ``_framed_faults`` reads “扣完为止”:
  a 要点核查 of faults, to check (a cap below the 分值 is not read);
- a situation closing with a bare “0分” after its words (“符合要求得3分;基本符合得2分;不符合0分”, “未建立0分”; wording
  ``_GRADE_BARE_ZERO``) scores nothing — before, the situations read it as unsaid and a second reading flagged them;
- a note of how the team checks, opening the text before a comma or colon (“查资料,”, “查看台账:”, “现场检查,”) or closing
  it after a comma or in brackets (“…,查资料”, “(查看现场)”), is a description (reading ``_CHECK_NOTES``); a sentence of
  its own (“查资料。…”, “…。查资料”) is still ``set_aside``'s, named among the words to check.

Fallbacks left (18), all texts that say their points inconsistently: points past the 分值 (“…得3分” of 2), points not
adding up to the 分值 or a 分值 said that is not the row's (“共7分:” of 5), a cap below the 分值 on faults adding up to
more (“…扣3分,…扣1分,最多扣3分” of 4: which faults the cap spares is unsaid), and “其他问题酌情扣分”. Flagged and left so
by design: a deduction with no stop, a remark in brackets (“(以…为准)”), faults with costs read as a 要点核查 (each once),
a check note in a sentence of its own.

The checker is ``tests/probe_checks.py``'s.
"""
from __future__ import annotations

from functools import cache
from itertools import product

from services.frameworks.proposal import Proposal, propose
from tests.probe_checks import Either, Fault, Faults, Want, case_test, first_statements, read_exactly
from tests.proposals import Bands, Per, Ranks, Unsure

_FULL = str.maketrans("0123456789", "０１２３４５６７８９")


def _adds(words: tuple[str, ...], pts: tuple[str, ...]) -> Faults:
    """Points that add up to the 分值, each met or not (the 分值 less the points of those not met)."""
    return Faults(tuple(Fault(w, f"-{p}", False) for w, p in zip(words, pts)))


def _costs(words: tuple[str, ...], pts: tuple[str, ...]) -> Faults:
    """Faults each taking its cost off the 分值 (once or per case, either fair), never below 0."""
    return Faults(tuple(Fault(w, f"-{p}", None) for w, p in zip(words, pts)))


# ── set up or not, done or not ─────────────────────────────────────────────────────────────────────────────────────
def set_up() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (thing, verb), m in [(("安全生产责任制度", "建立"), "2"), (("档案管理制度", "制定"), "3"), (("应急处置预案", "编制"), "2")]:
        full = Ranks((int(m), 0))
        out.append((f"{verb}{thing}的得{m}分,未{verb}的不得分", m, full))
        out.append((f"{verb}{thing}得{m}分;未{verb}不得分。", m, full))
        out.append((f"已{verb}{thing}的,计{m}分;未{verb}的,不计分", m, full))
        out.append((f"{verb}{thing},记{m}分,未{verb}0分", m, full))
        out.append((f"{verb}{thing}的给{m}分,未{verb}的不给分", m, full))
        out.append((f"{verb}{thing}:{m}分;未{verb}:0分", m, full))
        out.append((f"{verb}{thing}{m}分,未{verb}0分", m, full))
        out.append((f"{verb}{thing}得{m}分;未{verb}0分", m, full))
        out.append((f"查资料,{verb}{thing}的得{m}分,未{verb}的不得分", m, full))
        out.append((f"查看台账。{verb}{thing}的得{m}分,否则不得分", m, full))
        out.append((f"{verb}{thing}的得{m}分,未{verb}的不得分(以正式印发文件为准)", m, Either(full, Unsure())))
        # the 分值 said once more, before or after
        out.append((f"本项{m}分。{verb}{thing}的得{m}分,未{verb}的不得分", m, full))
        out.append((f"({m}分){verb}{thing}的得{m}分,未{verb}的不得分", m, full))
        out.append((f"{verb}{thing}的得{m}分,未{verb}的不得分。本项{m}分", m, full))
        out.append((f"{verb}{thing}的得{m}分,未{verb}的不得分(本项{m}分)", m, full))
        out.append((f"{verb}{thing}的得{m}分,未{verb}的不得分".translate(_FULL), m, full))
        # a lesser situation between, a score past the 分值, a 分值 said that is not the row's
        out.append((f"{verb}{thing}的得{m}分,{verb}但不完善的得1分,未{verb}的不得分", m, Ranks((int(m), 1, 0))))
        out.append((f"{verb}{thing}的得{int(m) + 1}分,未{verb}的不得分", m, Unsure()))
        out.append((f"本项{int(m) + 2}分。{verb}{thing}的得{m}分,未{verb}的不得分", m, Unsure()))
    for req, m in [("按要求完成", "5"), ("按时完成", "4"), ("按规定报送", "5")]:
        full = Ranks((int(m), 0))
        out.append((f"{req}得满分,否则不得分", m, full))
        out.append((f"{req}的得满分,否则不得分。", m, full))
        out.append((f"{req}得{m}分,否则不得分", m, full))
        out.append((f"{req}计满分;否则0分", m, full))
        out.append((f"{req}的,给满分,否则不给分", m, full))
        out.append((f"共{m}分:{req}得满分,否则不得分", m, full))
        out.append((f"查资料。{req}得满分,否则不得分(以系统记录为准)", m, Either(full, Unsure())))
        out.append((f"{req}得满分,否则不得分;弄虚作假的另扣2分", m, Unsure()))
    return out


# ── grades of fit ──────────────────────────────────────────────────────────────────────────────────────────────────
def fit() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (a, b, c), (m, y) in [(("符合要求", "基本符合", "不符合"), (3, 2)), (("规范", "基本规范", "不规范"), (5, 3)),
                              (("完善", "较完善", "不完善"), (4, 2))]:
        r = Ranks((m, y, 0))
        out.append((f"{a}得{m}分;{b}得{y}分;{c}0分", str(m), r))
        out.append((f"{a}得{m}分,{b}得{y}分,{c}0分", str(m), r))
        out.append((f"{a}得{m}分,{b}得{y}分,{c}不得分", str(m), r))
        out.append((f"{a}的得{m}分;{b}的得{y}分;{c}的不得分。", str(m), r))
        out.append((f"{a}计{m}分、{b}计{y}分、{c}计0分", str(m), Either(r, Unsure())))
        out.append((f"{a}{m}分,{b}{y}分,{c}0分", str(m), r))
        out.append((f"{a}:{m}分;{b}:{y}分;{c}:0分", str(m), r))
        out.append((f"{a}为{m}分;{b}为{y}分;{c}为0分", str(m), r))
        out.append((f"{a}给{m}分,{b}给{y}分,{c}不给分", str(m), r))
        out.append((f"查看现场,{a}得{m}分,{b}得{y}分,{c}不得分", str(m), r))
        out.append((f"{a}得{m}分;{b}得{y}分;{c}0分,查资料", str(m), r))
        out.append((f"{a}得{m}分;{b}得{y}分;{c}0分。查资料", str(m), Either(r, Unsure())))
        out.append((f"本项{m}分。{a}得{m}分,{b}得{y}分,{c}0分", str(m), r))
        out.append((f"{a}得{m}分;{b}得{y}分;{c}0分(本项{m}分)", str(m), r))
        out.append((f"{a}得{m}分;{b}得{y}分;{c}0分".translate(_FULL), str(m), r))
        out.append((f"{a}得{m}分,{b}得{y}分,{c}不得分(以抽查情况为准)", str(m), Either(r, Unsure())))
        out.append((f"{a}得{m}分,{b}得{y}分", str(m), Either(r, Unsure())))
        out.append((f"{a}得{m}分,{b}酌情得分,{c}0分", str(m), Unsure()))
        out.append((f"{a}得{m}分,{b}得{y}分,{c}0分", str(m + 1), Unsure()))
    # a bare 0 after a figure is a band's, not a situation's
    for m in (3, 5):
        out.append((f"培训3次以上得{m}分,培训1-2次得1分,培训0次0分", str(m), Bands(((0, 0), (1, 1), (2, 1), (3, m), (6, m)))))
    return out


# ── points that add up ─────────────────────────────────────────────────────────────────────────────────────────────
def adds() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (a, b, c), (x, y, z) in [(("制度", "台账", "记录"), ("2", "2", "1")), (("方案", "计划", "总结"), ("1", "2", "2")),
                                 (("机构", "人员", "经费"), ("3", "1", "1"))]:
        m = str(int(x) + int(y) + int(z))
        want = _adds((f"有{a}", f"有{b}", f"有{c}"), (x, y, z))
        out.append((f"有{a}{x}分,有{b}{y}分,有{c}{z}分", m, want))
        out.append((f"有{a}{x}分 有{b}{y}分 有{c}{z}分", m, want))
        out.append((f"有{a}得{x}分;有{b}得{y}分;有{c}得{z}分", m, want))
        out.append((f"有{a}{x}分、有{b}{y}分、有{c}{z}分", m, want))
        out.append((f"查资料:有{a}{x}分,有{b}{y}分,有{c}{z}分", m, want))
        out.append((f"查看台账,有{a}{x}分,有{b}{y}分,有{c}{z}分", m, want))
        out.append((f"①有{a}({x}分);②有{b}({y}分);③有{c}({z}分)", m, want))
        out.append((f"①有{a},{x}分;②有{b},{y}分;③有{c},{z}分。", m, want))
        out.append((f"1.有{a}得{x}分;2.有{b}得{y}分;3.有{c}得{z}分。", m, want))
        out.append((f"1、有{a},得{x}分。2、有{b},得{y}分。3、有{c},得{z}分。", m, want))
        out.append((f"{a}健全({x}分)、{b}规范({y}分)、{c}完整({z}分)", m, _adds((a, b, c), (x, y, z))))
        out.append((f"有{a}{x}分(需正式印发),有{b}{y}分,有{c}{z}分", m, want))
        # the 分值 said once more, before or after
        out.append((f"共{m}分:有{a}{x}分,有{b}{y}分,有{c}{z}分", m, want))
        out.append((f"本项{m}分,有{a}{x}分,有{b}{y}分,有{c}{z}分", m, want))
        out.append((f"({m}分)有{a}{x}分,有{b}{y}分,有{c}{z}分", m, want))
        out.append((f"(本项{m}分)有{a}{x}分,有{b}{y}分,有{c}{z}分", m, want))
        out.append((f"有{a}{x}分,有{b}{y}分,有{c}{z}分。本项{m}分", m, want))
        out.append((f"有{a}{x}分,有{b}{y}分,有{c}{z}分。(本项{m}分)", m, want))
        out.append((f"有{a}{x}分,有{b}{y}分,有{c}{z}分(以检查当日资料为准)", m, Either(want, Unsure())))
        # the points not adding up to the 分值, a 分值 said that is not the row's
        out.append((f"有{a}{x}分,有{b}{y}分,有{c}{z}分", str(int(m) + 2), Unsure()))
        out.append((f"共{int(m) + 2}分:有{a}{x}分,有{b}{y}分,有{c}{z}分", m, Unsure()))
    for (a, b), (x, y) in [(("建立工作制度", "明确专人负责"), ("2", "3")), (("制定年度计划", "按时报送总结"), ("1", "1")),
                           (("成立领导小组", "召开专题会议"), ("2", "2"))]:
        m = str(int(x) + int(y))
        want = _adds((a[2:], b[2:]), (x, y))
        out.append((f"①{a}({x}分);②{b}({y}分)", m, want))
        out.append((f"①{a}({x}分)②{b}({y}分)", m, Either(want, Unsure())))
        out.append((f"{a}({x}分);{b}({y}分)。", m, want))
        out.append((f"1.{a}得{x}分;2.{b}得{y}分", m, want))
        out.append((f"1.{a},{x}分;2.{b},{y}分。", m, want))
        out.append((f"{a}得{x}分,{b}得{y}分", m, want))
        out.append((f"{a}计{x}分;{b}计{y}分", m, want))
        out.append((f"查看台账,{a}得{x}分,{b}得{y}分", m, want))
        out.append((f"本项{m}分。①{a}({x}分);②{b}({y}分)", m, Either(want, Unsure())))
    return out


# ── a whole less each item short; a cost per item or place found ────────────────────────────────────────────────────
def short() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (whole, lack), (x, m) in [(("资料齐全", "缺一项"), ("1", "5")), (("台账完整", "缺少一项"), ("0.5", "3")),
                                  (("档案齐备", "每缺一项"), ("1", "4"))]:
        out.append((f"{whole}得{m}分,{lack}扣{x}分", m, Per(x)))
        out.append((f"{whole}得满分,{lack}扣{x}分,扣完为止", m, Per(x)))
        out.append((f"{whole}{m}分,{lack}扣{x}分,扣完为止", m, Per(x)))
        out.append((f"查资料,{whole}得{m}分,{lack}扣{x}分,扣完为止", m, Per(x)))
        out.append((f"本项{m}分。{whole}得{m}分,{lack}扣{x}分,扣完为止", m, Per(x)))
        out.append((f"({m}分){whole}得{m}分,{lack}扣{x}分,扣完为止", m, Per(x)))
        out.append((f"共{m}分:{whole}得{m}分,{lack}扣{x}分,扣完为止", m, Per(x)))
        out.append((f"{whole}得{m}分,{lack}扣{x}分,扣完为止。本项{m}分", m, Per(x)))
        out.append((f"{whole}得{m}分,{lack}扣{x}分,扣完为止(本项{m}分)", m, Per(x)))
        out.append((f"{whole}计{m}分,{lack}减{x}分,扣完为止(以归档资料为准)", m, Either(Per(x), Unsure())))
        out.append((f"{whole}得{m}分,{lack}扣{x}分,资料不真实的不得分", m, Unsure()))
    for (what, x, m), end in product([("一项不符合", "0.5", "3"), ("一项不达标", "1", "5"), ("一处不合格", "0.5", "2")],
                                     [",扣完为止", ""]):
        out.append((f"{what}扣{x}分{end}", m, Per(x)))
        out.append((f"每{what[1:]}扣{x}分{end}", m, Per(x)))
        out.append((f"{what}扣{x}分。扣完为止", m, Per(x)))
        out.append((f"查看台账,{what}扣{x}分{end}", m, Per(x)))
        out.append((f"{what}扣{x}分{end}(查资料)", m, Per(x)))
        out.append((f"{what}扣{x}分{end}。查资料", m, Either(Per(x), Unsure())))
        out.append((f"{what}扣{x}分{end}。本项{m}分", m, Either(Per(x), Unsure())))
    for (what, x, m), end in product([("发现一处", "0.2", "2"), ("发现1处", "0.5", "3"), ("每发现一处问题", "1", "5")],
                                     [",扣完为止", ""]):
        out.append((f"{what}扣{x}分{end}", m, Per(x)))
        out.append((f"现场检查,{what}扣{x}分{end}", m, Per(x)))
        out.append((f"{what}扣{x}分{end}(以检查记录为准)", m, Either(Per(x), Unsure())))
        out.append((f"本项{m}分,{what}扣{x}分{end}", m, Per(x)))
    return out


# ── faults each with its cost ────────────────────────────────────────────────────────────────────────────────────
def faults() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (a, b), (x, y, m) in [(("未建立工作台账", "台账记录不规范"), ("2", "1", "3")), (("未制定应急预案", "预案内容不完整"), ("3", "1", "4")),
                              (("未按时报送报表", "报表数据不准确"), ("3", "2", "5"))]:
        want = _costs((a[1:5], b[:4]), (x, y))
        out.append((f"{a}的扣{x}分;{b}的扣{y}分", m, want))
        out.append((f"{a}的,扣{x}分;{b}的,扣{y}分。", m, want))
        out.append((f"{a}扣{x}分,{b}扣{y}分", m, want))
        out.append((f"{a}-{x}分,{b}-{y}分", m, want))
        out.append((f"{a}扣{x}分;{b}扣{y}分,扣完为止", m, want))
        out.append((f"查资料:{a}的扣{x}分;{b}的扣{y}分", m, want))
        out.append((f"查资料,{a}扣{x}分,{b}扣{y}分", m, want))
        out.append((f"1.{a}的扣{x}分;2.{b}的扣{y}分", m, want))
        out.append((f"①{a}扣{x}分;②{b}扣{y}分", m, want))
        # the 分值 said once more, or as the stop
        out.append((f"本项{m}分。{a}的扣{x}分;{b}的扣{y}分", m, want))
        out.append((f"共{m}分:{a}的扣{x}分;{b}的扣{y}分", m, want))
        out.append((f"({m}分){a}的扣{x}分;{b}的扣{y}分", m, want))
        out.append((f"{a}的扣{x}分;{b}的扣{y}分(共{m}分)", m, want))
        out.append((f"{a}的扣{x}分;{b}的扣{y}分(本项{m}分)", m, want))
        out.append((f"{a}的扣{x}分;{b}的扣{y}分。本项{m}分", m, want))
        out.append((f"{a}的扣{x}分;{b}的扣{y}分。本项满分{m}分", m, want))
        out.append((f"{a}的扣{x}分;{b}的扣{y}分。共{m}分", m, want))
        out.append((f"{a}的扣{x}分;{b}的扣{y}分,本项{m}分扣完为止", m, want))
        out.append((f"{a}的扣{x}分;{b}的扣{y}分。(本项{m}分,扣完为止)", m, want))
        out.append((f"{a}扣{x}分,{b}扣{y}分,最多扣{m}分", m, want))
        out.append((f"{a}扣{x}分,{b}扣{y}分,本项最多扣{m}分", m, want))
        out.append((f"{a}的扣{x}分;{b}的扣{y}分(以检查记录为准)", m, Either(want, Unsure())))
        # a cap below the 分值, an extra clause
        out.append((f"{a}扣{x}分,{b}扣{y}分,最多扣{int(m) - 1}分", m, Unsure()))
        out.append((f"{a}的扣{x}分;{b}的扣{y}分;其他问题酌情扣分", m, Unsure()))
    return out


_ALL = set_up() + fit() + adds() + short() + faults()
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
    assert exact == 236  # (233 on its own; 236 with the other coverage branches of the round)
