"""Made-up texts in the styles of old257f's readings (a base of points plus points per case up to a cap:
``formula._first_then_each``, ``formula._base_plus``) and their near variants, each with what it states (the score
at a few counts) or that a fair reader could not be sure (to check); every confident proposal scores as the text says.

Styles written: a case of one then each further case (“具有同类项目业绩1个得3分,每增加1个加1分,最高10分”: 每增加/每多/每新增/
每再增加, 得/计/加), the first named (“第一个案例得2分,每多一个再得1分,以此类推,最多6分”, “首个…”, “第二个起每个…”), a deed
done closed by 的 (“…主持过…项目的,得2分,每多主持一项得分1分,以此类推,总分值8分”), a base given to a thing named before it
(“公司本部得基本分3分,在各区县设有分支机构的,每个区县加1分,最高得分为10分”: 基本分/基础分/底分/基准分, kinds in brackets
“县(市、区)”), and points per case of one kind (the sure reading nearest them) with the first case said apart. Figures
varied, Chinese numerals, full and half width stops, caps of the whole or of what is added (the 分值, short of it, past
it, none), clauses in another order, a zeroing line, a second part, faults beside; look-alikes: a line of two or more,
“1个以上”, points taken off per further case, steps of two, bands by count, places (“第一名得10分,第二名得3分”), lines
reached (“达标得基本分3分”, “完成年度目标任务的…”, “达到20人的…”), a base after the cases or of the whole 分值.

Figures: 565 texts written; 34 confident before the mend, 17 of them wrong, all the per-case reading
(``formula._earned``) with one case named by its place or a count the cases are counted past, read as a plain count
of every case: “第一个案例须为省级,每个得1分,满分10分”, “首个…须为本市,每提供1个得2分”, “类似项目业绩第二个起每个得2分”,
“省级荣誉除第一项外每项得1分”, “在2个的基础上每提供1个得2分”. Mended: such words before a case's points
(``formula._ONE_BY_PLACE``) leave a doubt; now 17 confident, none wrong. Tuning and hold-out unchanged (8008, 27 exact;
none wrong). old257f's own readings are never confident, and none of their texts here was read surely otherwise.

Readings left to check (not confident, so no bar) that would score some situations otherwise: “每增加2个加1分” after a
first case (read as two counts, each in full), a first case's points then “每增加…” before it or with “10分封顶”/“加满…
为止”/“本项满分” (read as two counts, the first each in full), a cap past the 分值 with a deed done (“总分值10分” on 8:
a 要点核查 of eight points), “每增加1个扣1分” after a first case (a deduction), a line of two (“2个得3分,每增加1个…”,
judged), “第一次扣2分,以后每增加一次扣1分” (two counts), a base beside faults (“…每发现1处问题扣1分”, read as the faults
alone).

The checker is ``tests/probe_checks.py``'s.
"""
from __future__ import annotations

from decimal import Decimal

from tests.probe_checks import Either, Want, first_statements, probe_tests
from tests.proposals import Bands, Ranks, Unsure

_CN = {1: "一", 2: "两", 3: "三", 4: "四", 5: "五", 6: "六", 7: "七", 8: "八", 9: "九", 10: "十", 12: "十二", 15: "十五",
       20: "二十"}
#: the counts each reading is scored at
_COUNTS = (0, 1, 2, 3, 5, 40)


def _p(full: bool) -> tuple[str, str, str]:
    """A comma, a semicolon and a closing stop, full width or half."""
    return ("，", "；", "。") if full else (",", ";", "")


def _n(x: Decimal | float | int) -> str:
    return format(Decimal(str(x)).normalize(), "f")


def _w(x: Decimal | float | int, cn: bool) -> str:
    """A figure, in Chinese numerals when ``cn`` (and it has them)."""
    return _CN.get(int(x), _n(x)) if cn and Decimal(str(x)) == int(x) else _n(x)


def _one(cn: bool) -> str:
    return "一" if cn else "1"


def _first_each(first: float, x: float, top: float, cap_added: float | None = None) -> Bands:
    """The first case's points, ``x`` for each further one, within ``top`` (or what is added within ``cap_added``)."""
    f, xd, t = Decimal(str(first)), Decimal(str(x)), Decimal(str(top))

    def score(k: int) -> Decimal:
        if not k:
            return Decimal(0)
        more = xd * (k - 1)
        return min(t, f + (more if cap_added is None else min(Decimal(str(cap_added)), more)))
    return Bands(tuple((k, score(k)) for k in _COUNTS))


def _based(base: float, x: float, top: float, cap_added: float | None = None) -> Bands:
    """A base every one has, ``x`` for each case, within ``top`` (or what is added within ``cap_added``)."""
    b, xd, t = Decimal(str(base)), Decimal(str(x)), Decimal(str(top))
    return Bands(tuple((k, min(t, b + (xd * k if cap_added is None else min(Decimal(str(cap_added)), xd * k))))
                       for k in _COUNTS))


def _each(x: float, top: float) -> Bands:
    xd, t = Decimal(str(x)), Decimal(str(top))
    return Bands(tuple((k, min(t, xd * k)) for k in _COUNTS))


def _maybe(want: Bands) -> Want:
    return Either(want, Unsure())


_THINGS = [("具有同类项目业绩", "个", "同类项目"), ("投标人获得省级以上荣誉", "项", "荣誉"), ("配备专职工作人员", "名", "人员"),
           ("提供有效的服务网点证明", "处", "网点"), ("提供获奖证书", "份", "获奖"), ("拟派项目团队具有中级职称人员", "人", "职称")]
#: (first, each further, cap of the whole)
_FIGURES = [(3, 1, 10), (2, 0.5, 5), (4, 2, 12), (5, 1, 8), (1, 1, 5), (2, 1, 6)]
_CAPS = ["最高", "最多", "满分", "最高不超过", "最高得", "最多得"]
_MORE = ["每增加", "每多", "每新增", "每再增加", "每增加", "每多"]


# ── a case of one, then each further case ─────────────────────────────────────────────────────────────────────────
def one_case() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for i, ((req, unit, _word), (first, x, m), full, cn) in enumerate(zip(
            _THINGS + _THINGS[:2], _FIGURES + _FIGURES[4:2:-1], [True, False] * 4, [False, False, True] * 3)):
        c, s, e = _p(full)
        cap, more, one = _CAPS[i % 6], _MORE[i % 6], _one(cn)
        got = "得" if i % 3 else "计"
        added = "加" if i % 2 else "得"
        head = f"{req}{one}{unit}{got}{_w(first, cn)}分{c}{more}{one}{unit}{added}{_w(x, cn)}分"
        whole = _maybe(_first_each(first, x, m))
        out.append((f"{head}{c}{cap}{_w(m, cn)}分{e}", str(m), whole))
        out.append((f"{head}{c}{cap}{m}分{e}", str(m), whole))
        # the cap said past the first case's points: of what is added, the two the 分值
        out.append((f"{head}{c}最多加{_n(m - first)}分{e}", str(m), _maybe(_first_each(first, x, m, m - first))))
        out.append((f"{head}{c}加满{_n(m - first)}分为止{e}", str(m), _maybe(_first_each(first, x, m, m - first))))
        # … short of the 分值: the rest never reached
        out.append((f"{head}{c}最多加{_n((m - first) / 2)}分{e}", str(m),
                    _maybe(_first_each(first, x, m, (m - first) / 2))))
        # a cap past the 分值, or short of it
        out.append((f"{head}{c}{cap}{m}分{e}", str(m + 2), _maybe(_first_each(first, x, m))))
        out.append((f"{head}{c}{cap}{m}分{e}", str(m - 1), Unsure()))
        # no cap said
        out.append((f"{head}{e}", str(m), _maybe(_first_each(first, x, m))))
        # none scoring nothing said, or a fault zeroing the row
        out.append((f"{head}{c}{cap}{m}分{c}未提供的不得分{e}", str(m), _maybe(_first_each(first, x, m))))
        out.append((f"{head}{c}{cap}{m}分{c}弄虚作假的本项不得分{e}", str(m), Unsure()))
        out.append((f"{head}{c}{cap}{m}分{s}提供虚假材料的扣{m}分{e}", str(m), Unsure()))
        # a second part
        out.append((f"{head}{c}{cap}{m - 2}分{s}提供原件备查的得2分{e}", str(m), Unsure()))
        out.append((f"{head}{c}{cap}{m}分{c}以此类推{e}", str(m), _maybe(_first_each(first, x, m))))
        # clauses in another order
        out.append((f"{more}{one}{unit}{added}{_w(x, cn)}分{c}{req}{one}{unit}{got}{_w(first, cn)}分{c}{cap}{m}分{e}", str(m),
                    Unsure()))
        out.append((f"{cap}{m}分{c}{head}{e}", str(m), _maybe(_first_each(first, x, m))))
        # look-alikes: a line of two, one and more, taken off, steps of two, bands
        out.append((f"{req}2{unit}{got}{_n(first)}分{c}{more}1{unit}{added}{_n(x)}分{c}{cap}{m}分{e}", str(m), Unsure()))
        out.append((f"{req}1{unit}以上{got}{_n(first)}分{c}{more}1{unit}{added}{_n(x)}分{c}{cap}{m}分{e}", str(m),
                    Unsure()))
        out.append((f"{req}1{unit}{got}{_n(first)}分{c}{more}1{unit}扣{_n(x)}分{c}{cap}{m}分{e}", str(m), Unsure()))
        out.append((f"{req}1{unit}{got}{_n(first)}分{c}{more}2{unit}{added}{_n(x)}分{c}{cap}{m}分{e}", str(m), Unsure()))
        out.append((f"{req}1{unit}得{_n(first)}分{c}2{unit}得{_n(first + x)}分{c}3{unit}及以上得{m}分{e}", str(m),
                    _maybe(Bands(((0, 0), (1, first), (2, Decimal(str(first + x))), (3, m), (5, m))))))
        # the first case's points again for each
        out.append((f"{req}{c}每{one}{unit}{got}{_w(first, cn)}分{c}{cap}{m}分{e}", str(m), _maybe(_each(first, m))))
        out.append((f"{req}{c}每{one}{unit}{got}{_w(first, cn)}分{c}{cap}{m}分{c}其中第一{unit}得{_n(first + 1)}分{e}", str(m),
                    Unsure()))
        out.append((f"{req}每{unit}{got}{_n(x)}分{c}有1{unit}的得{_n(first)}分{c}{cap}{m}分{e}", str(m), Unsure()))
    return out


# ── the first case named: 第1个, 首个 ──────────────────────────────────────────────────────────────────────────────
def first_named() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    nouns = [("案例", "个"), ("示范项目", "个"), ("课题", "项"), ("宣传报道", "篇"), ("合作单位", "家"), ("专利", "件")]
    for i, ((noun, unit), (first, x, m), full) in enumerate(zip(nouns, _FIGURES, [False, True] * 3)):
        c, s, e = _p(full)
        cn = i % 2 == 0
        one = _one(cn)
        cap = _CAPS[(i + 2) % 6]
        whole = _maybe(_first_each(first, x, m))
        for lead in (f"第{one}{unit}", "首" + unit):
            for more, so in ((f"每多{one}{unit}再得{_w(x, cn)}分", f"{c}以此类推"), (f"每新增{one}{unit}加{_n(x)}分", ""),
                             (f"每增加{one}{unit}得{_n(x)}分", f"{c}依此类推")):
                out.append((f"{lead}{noun}得{_w(first, cn)}分{c}{more}{so}{c}{cap}{m}分{e}", str(m), whole))
            out.append((f"{lead}{noun}计{_n(first)}分{c}每多1{unit}再得{_n(x)}分{c}最多加{_n(m - first)}分{e}", str(m),
                        _maybe(_first_each(first, x, m, m - first))))
            out.append((f"{lead}{noun}计{_n(first)}分{c}每多1{unit}再得{_n(x)}分{c}{cap}{m}分{e}", str(m + 3),
                        _maybe(_first_each(first, x, m))))
            out.append((f"{lead}{noun}得{_n(first)}分{c}每多1{unit}再得{_n(x)}分{c}{cap}{m}分{c}未提供不得分{e}", str(m),
                        whole))
            out.append((f"{lead}{noun}得{_n(first)}分{c}每多1{unit}再得{_n(x)}分{c}{cap}{m}分{s}资料不全的扣1分{e}",
                        str(m), Unsure()))
        # the second named, then each: the same statement
        out.append((f"第一{unit}{noun}得{_n(first)}分{c}第二{unit}起每{unit}得{_n(x)}分{c}{cap}{m}分{e}", str(m), whole))
        # look-alikes: a place, not a count; the first time taken off
        out.append((f"第一名得{m}分{c}第二名得{_n(first)}分{c}其余不得分{e}", str(m), _maybe(Ranks((m, first, 0)))))
        out.append((f"排名第1的得{m}分{c}每下降1名扣{_n(x)}分{e}", str(m), Unsure()))
        out.append((f"第一次扣{_n(first)}分{c}以后每增加一次扣{_n(x)}分{e}", str(m),
                    _maybe(Bands(tuple((k, max(Decimal(0), m - (Decimal(0) if not k else first + Decimal(str(x)) * (k - 1))))
                                       for k in _COUNTS)))))
        out.append((f"第{one}{unit}{noun}得{_n(first)}分{c}第二{unit}得{_n(x)}分{c}{cap}{m}分{e}", str(m), Unsure()))
        out.append((f"第{one}{unit}{noun}须为省级{c}每{unit}得{_n(x)}分{c}{cap}{m}分{e}", str(m), Unsure()))
    return out


# ── a deed done closed by 的 is the first case ─────────────────────────────────────────────────────────────────────
def deeds() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    deeds_ = [("项目负责人近三年主持过县级政府购买服务项目", "主持", "项"), ("律师近两年审查过行政规范性文件", "办理", "件"),
              ("拟派人员参与过同类课题研究", "参与", "项"), ("服务机构承办过市级以上培训班", "承办", "次"),
              ("近三年为本地企业提供过法律顾问服务", "提供", "家"), ("社工曾经开展过社区矫正个案", "开展", "个")]
    for i, ((deed, verb, unit), (first, x, m), full) in enumerate(zip(deeds_, _FIGURES[::-1], [True, False] * 3)):
        c, s, e = _p(full)
        cn = i % 3 == 1
        whole = _maybe(_first_each(first, x, m))
        for cap, so in ((f"总分值{m}分", f"{c}以此类推"), (f"最高{m}分", f"{c}以此类推"), (f"最多得{m}分", ""),
                        (f"满分{m}分", f"{c}依此类推")):
            out.append((f"{deed}的{c}得{_w(first, cn)}分{c}每多{verb}{_one(cn)}{unit}得分{_w(x, cn)}分{so}{c}{cap}{e}", str(m),
                        whole))
        out.append((f"{deed}的{c}得{_n(first)}分{c}每多{verb}1{unit}加{_n(x)}分{c}总分值{m}分{e}", str(m + 2),
                    _maybe(_first_each(first, x, m))))
        out.append((f"{deed}的{c}得{_n(first)}分{c}每多{verb}1{unit}加{_n(x)}分{c}最多加{_n(m - first)}分{e}", str(m),
                    _maybe(_first_each(first, x, m, m - first))))
        out.append((f"{deed}的{c}得{_n(first)}分{c}每多{verb}1{unit}加{_n(x)}分{c}总分值{m}分{c}未提供证明的不得分{e}",
                    str(m), whole))
        out.append((f"{deed}的{c}得{_n(first)}分{c}每多{verb}1{unit}加{_n(x)}分{c}总分值{m}分{s}有不良记录的扣2分{e}", str(m),
                    Unsure()))
        # no comma before the points, 的 then 得
        out.append((f"{deed}的得{_n(first)}分{c}每多{verb}1{unit}加{_n(x)}分{c}最高{m}分{e}", str(m), whole))
        # look-alikes: a line to reach, a figure in the deed
        out.append((f"完成年度目标任务的{c}得{_n(first)}分{c}每多完成1{unit}加{_n(x)}分{c}最高{m}分{e}", str(m), Unsure()))
        out.append((f"{deed}达到3{unit}的{c}得{_n(first)}分{c}每多{verb}1{unit}加{_n(x)}分{c}最高{m}分{e}", str(m), Unsure()))
        out.append((f"{deed}5{unit}以上的{c}得{_n(first)}分{c}每多{verb}1{unit}加{_n(x)}分{c}最高{m}分{e}", str(m),
                    Unsure()))
        out.append((f"服务人员达到20人的得{_n(first)}分{c}在20人的基础上每增加5人加{_n(x)}分{c}最多得{m}分{e}", str(m),
                    Unsure()))
        out.append((f"{deed}的{c}得{_n(first)}分{c}每少{verb}1{unit}扣{_n(x)}分{c}最高{m}分{e}", str(m), Unsure()))
    return out


# ── a base given to a thing every one has, then points per case ──────────────────────────────────────────────────
def bases() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    whos = ["公司本部", "总部", "本部", "", "投标人", "机构总部"]
    places = [("各区县", "分支机构", "区县"), ("各县区", "服务站点", "县区"), ("各乡镇", "服务网点", "乡镇"),
              ("各街道", "工作站", "街道"), ("各县(市、区)", "办事处", "县(市、区)"), ("各社区", "服务点", "社区")]
    words = ["基本分", "基础分", "底分", "基本分", "基础分", "基准分"]
    figures = [(3, 1, 10), (2, 1, 8), (4, 2, 12), (5, 0.5, 8), (1, 1, 6), (6, 2, 20)]
    for i, (who, (where, what, each), word, (b, x, m), full) in enumerate(zip(
            whos, places, words, figures, [True, False, False] * 2)):
        c, s, e = _p(full)
        cn = i % 4 == 3
        got = ["得", "计", ""][i % 3] if who else ""
        cap = ["最高得分为", "最高", "最多", "满分", "最高不超过", "最多得"][i % 6]
        lead = f"{who}{got}{word}{_w(b, cn)}分{c}"
        per = f"在{where}设有{what}的{c}每个{each}加{_w(x, cn)}分"
        whole = _maybe(_based(b, x, m))
        out.append((f"{lead}{per}{c}{cap}{_w(m, cn)}分{e}", str(m), whole))
        out.append((f"{lead}{per}{c}{cap}{m}分{e}", str(m), whole))
        out.append((f"{lead}每设立1个{what}加{_n(x)}分{c}{cap}{m}分{e}", str(m), whole))
        out.append((f"{lead}{per}{e}", str(m), whole))
        out.append((f"{lead}{per}{c}最多加{_n(m - b)}分{e}", str(m), _maybe(_based(b, x, m, m - b))))
        out.append((f"{lead}{per}{c}最多加{_n((m - b) / 2)}分{e}", str(m), _maybe(_based(b, x, m, (m - b) / 2))))
        out.append((f"{lead}{per}{c}{cap}{m}分{e}", str(m + 2), _maybe(_based(b, x, m))))
        out.append((f"{lead}{per}{c}{cap}{m}分{e}", str(m - 1), Unsure()))
        # kinds of the thing in brackets
        out.append((f"{word}{_n(b)}分{c}每覆盖1个县(市、区)加{_n(x)}分{c}{cap}{m}分{e}", str(m), whole))
        out.append((f"{word}{_n(b)}分{c}每覆盖1个乡(镇、街道)得{_n(x)}分{c}{cap}{m}分{e}", str(m), whole))
        # a zeroing line, a second part, faults beside
        out.append((f"{lead}{per}{c}{cap}{m}分{c}未设立{what}的不得分{e}", str(m), Unsure()))
        out.append((f"{lead}{per}{c}{cap}{m - 2}分{s}服务质量好的另加2分{e}", str(m), Unsure()))
        out.append((f"{lead}{per}{c}每发现1处问题扣1分{c}{cap}{m}分{e}", str(m), Unsure()))
        # the base the whole 分值
        out.append((f"{who}{got}{word}{m}分{c}{per}{c}{cap}{m}分{e}", str(m), Unsure()))
        # look-alikes: a line reached, a base after the cases
        for line in ("达标", "完成任务的", "考核合格", "符合要求的"):
            out.append((f"{line}得{word}{_n(b)}分{c}每增加1个{what}加{_n(x)}分{c}{cap}{m}分{e}", str(m), Unsure()))
        out.append((f"{per}{c}{cap}{m}分{c}{who}{got}{word}{_n(b)}分{e}", str(m), Unsure()))
        out.append((f"{who}得{_n(b)}分{c}{per}{c}{cap}{m}分{e}", str(m), Unsure()))
    return out


# ── near variants among the sure readings: points per case of one kind, the first case said apart ─────────────────
def near() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    kinds = [("类似项目业绩", "提供", "个"), ("省级荣誉", "获得", "项"), ("专职人员", "配备", "名"), ("合作单位", "新增", "家")]
    for (thing, verb, unit), (x, m), full in zip(kinds, [(2, 10), (1, 5), (2, 8), (3, 12)], [True, False, False, True]):
        c, s, e = _p(full)
        each = _maybe(_each(x, m))
        out.append((f"每{verb}1{unit}{thing}得{x}分{c}最高得{m}分{e}", str(m), each))
        out.append((f"{thing}每{unit}得{x}分{c}累计最高得{m}分{e}", str(m), each))
        out.append((f"{thing}每{unit}得{x}分{c}最高得{m}分{c}未{verb}的不得分{e}", str(m), each))
        # the first case named by its place, or said apart
        out.append((f"首{unit}{thing}须为本市{c}每{verb}1{unit}得{x}分{c}最高得{m}分{e}", str(m), Unsure()))
        out.append((f"第一{unit}{thing}须为本市{c}每{unit}得{x}分{c}最高得{m}分{e}", str(m), Unsure()))
        out.append((f"{thing}每{unit}得{x}分{c}最高得{m}分{c}首{unit}须为本市{e}", str(m), Unsure()))
        out.append((f"{thing}每{unit}得{x}分{c}最高得{m}分{c}第一{unit}得{x + 1}分{e}", str(m), Unsure()))
        out.append((f"{thing}第二{unit}起每{unit}得{x}分{c}最高得{m}分{e}", str(m), Unsure()))
        out.append((f"{thing}除第一{unit}外每{unit}得{x}分{c}最高得{m}分{e}", str(m), Unsure()))
        out.append((f"{thing}在2{unit}的基础上每{verb}1{unit}得{x}分{c}最高得{m}分{e}", str(m), Unsure()))
        # more, new, added: past what?
        out.append((f"每增加1{unit}{thing}得{x}分{c}满分{m}分{e}", str(m), Unsure()))
        out.append((f"{thing}每{unit}得{x}分{c}每多1{unit}再加1分{c}最高得{m}分{e}", str(m), Unsure()))
        # a base beside, before or after
        out.append((f"{thing}每{unit}得{x}分{c}最高得{m}分{c}未{verb}的得基本分1分{e}", str(m), Unsure()))
        out.append((f"每{verb}1{unit}{thing}得{x}分{c}最高得{m}分{s}基础分1分{e}", str(m), Unsure()))
        out.append((f"基础分1分{s}每{verb}1{unit}{thing}得{x}分{c}最高得{m}分{e}", str(m), _maybe(_based(1, x, m))))
        # bands by count, a count of one
        out.append((f"{verb}{thing}1{unit}得{x}分{c}2{unit}及以上得{m}分{e}", str(m),
                    _maybe(Bands(((0, 0), (1, x), (2, m), (5, m))))))
        out.append((f"{verb}{thing}1{unit}得{x}分{c}最高得{m}分{e}", str(m), Either(_each(x, m), Unsure())))
    return out


_ALL = one_case() + first_named() + deeds() + bases() + near()
#: (the first statement of a text the generators write twice)
CASES = first_statements(_ALL)


(test_the_probe_is_of_its_size,
 test_every_made_up_text_is_scored_as_it_says_or_is_to_check) = probe_tests(CASES, 300, 600)
