"""Made-up texts in the styles of the readings taught last (all meant to stay to check) and their near variants: a
piece's own score taken at a share or zeroed on a condition (“逾期提交的,实验报告成绩打7折”, “若有代考行为,该次考试直接0分”;
打七折, *0.8, 乘以80%, 打8.5折, no score named after a late hand-in or after another condition, 扣30%, 降一档, 按7成计, 扣2分,
an on-time clause first, a further step after the zero, traditional characters, the row's own 本项 or the course's 总成绩,
two conditions, a floor), a time over the allowance with no 每 (“不超工期不扣分,超过1天扣2分,扣完为止”; 超出, 1个工作日, 1周,
一天, no 扣完为止, a cap, 超过3天, a second step, 小时, 次, 加 for 扣, 以上, a cliff after), points per case in brackets then
共 (“完成实验报告(1份4分,共5份,20分)”; 共计, the total alone, Chinese numerals, a count or total not matching the 分值, another
unit, 缺…扣, the total first, a pass mark after), bands of a rate where every band deducts (“偏差率5%以下扣1分,5%-10%扣2分,
10%以上扣3分”; ‰, 以内, ~, the deduction after a comma, the clauses reversed, deductions falling, the last past the 分值, a
gap, 得 for 扣, 不扣分 first, ends said with 含/低于/高于, % and ‰ mixed, four bands), a top band written as a range up to
100% (“满意度90-100%得5分,80-89%得4分…”; ~ and 至, 不含/不包括/不包含100% and 100%除外, a band of 100% of its own or past it,
a top band ending at 99%, reversed, 分 not %, a band past the 分值, a lower band also ending at 100%), and a task done with
its shortfall in proportion and a capped bonus past the target (“完成任务计4分,完不成任务按比例计分;超额完成目标每个加0.2分,
加分不超过1分”; 个百分点, 家, 最多/最高, a total said, the 分值 not matching, no cap, 扣 for 加, the task's points the whole
分值, no proportion, a shortfall per unit, traditional characters, Chinese numerals, clauses reversed, 每2个, 10%); beside
them the sure readings of the same wordings with 每 said or the bonus an item of its own (“每超过1天扣2分,扣完为止”,
“完成任务得4分,未完成的按完成比例计分;超额完成每个计0.2分,最多加1分”, “完成实验报告每份得4分,最高20分”) — full and half width
punctuation; each with what it states or that it is unsure. Every proposal scores every situation as the text says, or
is not confident.

Figures: 792 texts written; before mending 90 read confidently, 0 of them confident and wrong; nothing mended, so after
the same: 90 confident, 0 confident and wrong. Of the 670 texts in the styles of the new readings and their near
variants only 2 are confident (“完成任务计4分,完不成任务按比例计分” of 分值 4: the share done × 分值, right); the other 88
are the sure readings beside them.

No class of confident and wrong proposal was found.

The sure readings met (all right): a delay per unit with 每 said and 扣完为止 (每超过/超出/超期/超過 1天, 1个工作日, 1个月,
一天扣两分, 工期每延误, a unit costing more than the 分值; 每超过1次 a deduction per case), the share done × 分值 when the
task's points are the 分值 (未完成的按完成比例计分/按比例扣分, 超额部分不加分), the task's points at the share done and the
bonus per unit past the target as two items when the bonus is said with 计/得 (Chinese numerals too), “完成任务得4分,超额
完成加1分” as points adding up, points per case with a cap (每份得4分,最高20分), bands with their ends said (90%(含)以上,
≥/<). The same delays with 最多扣6分 or 不超工期不扣分 first stay to check.

Readings left to check (not confident, so no bar): a piece's own score at a share or zeroed (a formula of that score
and the condition), the same with no score named or the row's own (本项0分: the row zeroed, to check), a time over with
no 每 (per unit, to check; with a second time figure, or no 扣完为止, other readings to check), points per case then 共
(with or without a total; a figure not matching the 分值 declined), bands all deducting (the cut figures read as the
middle band's, to check; ‰ too), a top band up to 100% (it holds 100%; values past 100% are never said, so every such
text stays to check, 不包括/不包含/除外 included), the task, its shortfall in proportion and a capped bonus (a formula to
check; with the 分值 not matching, no cap, or the task's points the 分值, the completion and rate readings decline or
stay to check).

The checker is ``tests/probe_checks.py``'s, with ``_task_and_bonus_wrongly`` for the task and its bonus read as one
formula or as two items.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from itertools import product

from services.frameworks.proposal import Proposal
from services.scoring.rules import check_item
from tests.probe_checks import Either, Fault, Faults, Fn, first_statements, fn_wrongly, probe_tests
from tests.proposals import Bands, Once, Per, Ranks, Unsure, item_score

Want = object
u = Unsure()
_ZHE = {7: "七", 8: "八", 9: "九", 6: "六", 5: "五"}
_CN = {1: "一", 2: "两", 3: "三", 4: "四", 5: "五", 6: "六", 10: "十", 20: "二十"}


def _n(x: Decimal | int | float | str) -> str:
    return format(Decimal(str(x)).normalize(), "f")


def _p(full: bool) -> tuple[str, str, str, str, str]:
    return ("，", "；", "。", "（", "）") if full else (",", ";", ".", "(", ")")


def _taken(word: str, cond: str, kept: Decimal) -> Fn:
    """The piece's own score (entered out of the 分值) taken at ``kept`` of it when the condition holds."""
    return Fn((word, cond), tuple(((a, b), Decimal(a) * (kept if b else 1)) for a, b in
                                  (("10", 0), ("10", 1), ("6", 0), ("6", 1), ("0", 1))))


# ── a piece's own score taken at a share, or zeroed, on a condition ──────────────────────────────────────────
def taken_on() -> list[tuple[str, str, Want]]:
    out: list = []
    conds = [("逾期提交的", "逾期"), ("迟交者", "迟交"), ("若有抄袭行为", "抄袭"), ("未按时提交的", "按时")]
    subjects = ["实验报告成绩", "该次作业", "原始成绩", "成绩", ""]
    subjects = ["实验报告成绩", "该次作业", ""]
    for k, ((cond, cw), subj) in enumerate(product(conds, subjects)):
        c, s, e, _lb, _rb = _p(k % 2 == 0)
        word = "成绩|作业"
        late = cw in ("逾期", "迟交")
        named = bool(subj)
        for zhe in (7, 8):
            kept = Decimal(zhe) / 10
            want = Either(_taken(word, cw, kept), u) if (named or late) else u
            out.append((f"{cond}{c}{subj}打{zhe}折{e}", "10", want))
            out.append((f"{cond}{c}{subj}打{_ZHE[zhe]}折{e}", "10", want))
        out.append((f"{cond}{c}{subj}*0.8计算{e}", "10", Either(_taken(word, cw, Decimal("0.8")), u) if named or late else u))
        out.append((f"{cond}{c}{subj}乘以80%{e}", "10", Either(_taken(word, cw, Decimal("0.8")), u) if named or late else u))
        # zeroed: the piece's score; with no score named, the row's own points
        if named:
            out.append((f"{cond}{c}{subj}直接0分{e}", "10", Either(_taken(word, cw, Decimal(0)), u)))
            out.append((f"{cond}{c}{subj}计为0分{c}并通报批评{e}", "10", Either(_taken(word, cw, Decimal(0)), u)))
        else:
            out.append((f"{cond}{c}直接0分{e}", "10",
                        Either(Ranks((10, 0)), Either(Faults((Fault(cw, "0", None),)), u))))
        # look-alikes: a share off, a step down, a share said otherwise
        out.append((f"{cond}{c}{subj}扣30%{e}", "10", u))
        out.append((f"{cond}{c}{subj}降一档{e}", "10", u))
        out.append((f"{cond}{c}{subj}按7成计{e}", "10", u))
        out.append((f"{cond}{c}{subj}打8.5折{e}", "10", Either(_taken(word, cw, Decimal("0.85")), u) if named or late else u))
        out.append((f"{cond}{c}{subj}扣2分{e}", "10", Either(Faults((Fault(cw, "-2", None),)), u)))
    # traditional characters, an on-time clause first, the row's own score, the whole course's
    for full in (True, False):
        c, s, e, _lb, _rb = _p(full)
        out += [
            (f"逾期提交者{c}實驗報告成績打7折{e}", "10", Either(_taken("成績|成绩|作业", "逾期", Decimal("0.7")), u)),
            (f"若有代考行為{c}該次考試直接0分{e}", "10", Either(_taken("考試|考试|成绩", "代考", Decimal(0)), u)),
            (f"按时提交者{c}成绩正常计算{s}迟交者{c}成绩打8折{e}", "10", Either(_taken("成绩", "迟交", Decimal("0.8")), u)),
            (f"逾期提交的{c}本项得分打7折{e}", "10", u),
            (f"逾期提交的{c}课程总成绩打7折{e}", "10", u),
            (f"若有代考行为{c}该次考试直接0分{c}并取消补考资格{e}", "10", Either(_taken("考试|成绩", "代考", Decimal(0)), u)),
            (f"若有代考行为{c}本项0分{e}", "10", Either(Ranks((10, 0)), Either(Faults((Fault("代考", "0", None),)), u))),
            (f"三天内迟交打8折{c}三天后迟交不得分{e}", "10", u),
            (f"迟交打8折{e}", "10", Either(_taken("成绩|作业", "迟交", Decimal("0.8")), u)),
            (f"逾期提交的{c}实验报告成绩打7折{s}抄袭的{c}实验报告成绩计为0分{e}", "10", u),
            (f"逾期提交的{c}实验报告成绩打7折{c}最低得3分{e}", "10", u),
            (f"逾期提交的{c}实验报告满分10分打7折{e}", "10", u),
        ]
    return out


# ── a time over the allowance, one unit costing its points, no 每 ─────────────────────────────────────────────
def late_one() -> list[tuple[str, str, Want]]:
    out: list = []
    for k, (pre, over, unit) in enumerate(product(("不超工期不扣分", "按期完成不扣分", ""), ("超过", "超出"),
                                                  ("1天", "1个工作日", "1周", "一天"))):
        c, _s, e, _lb, _rb = _p(k % 2 == 0)
        x = ("2", "0.5", "1.5")[k % 3]
        head = f"{pre}{c}" if pre else ""
        per = Either(Per(x), u)
        out.append((f"{head}{over}{unit}扣{x}分{c}扣完为止{e}", "10", per))
        out.append((f"{head}{over}{unit}扣{x}分{e}", "10", u if pre else Either(Per(x), u)))
        out.append((f"{head}{over}{unit}扣{x}分{c}最多扣6分{e}", "10", Either(Per(x, "6"), u)))
        if unit == "1天" and pre:
            out.append((f"{head}{over}3天扣{x}分{c}扣完为止{e}", "10", u))
            out.append((f"{head}{over}1天扣{x}分{c}{over}3天扣5分{c}扣完为止{e}", "10", u))
            out.append((f"{head}{over}1小时扣{x}分{c}扣完为止{e}", "10", Either(Per(x), u)))
            out.append((f"{head}{over}1次扣{x}分{c}扣完为止{e}", "10", u))
            out.append((f"提前1天加1分{c}{over}1天扣{x}分{c}扣完为止{e}", "10", u))
            out.append((f"{head}{over}1天扣{x}分{c}扣完为止{e}", "1", Either(Per(x), u)))
            out.append((f"{head}{over}1天加{x}分{c}扣完为止{e}", "10", u))
            out.append((f"{head}{over}1天以上扣{x}分{c}扣完为止{e}", "10", u))
            out.append((f"{head}超过工期1天扣{x}分{c}扣完为止{e}", "10", per))
            out.append((f"{head}{over}1天扣{x}分{c}{over}1天以上不得分{e}", "10", u))
    return out


def _adds(x: Decimal | int | str, cap: int) -> Bands:
    xd = Decimal(str(x))
    return Bands(tuple((n, min(Decimal(cap), xd * n)) for n in (0, 1, 2, 3, 40)))


# ── points per case in brackets, then 共 ─────────────────────────────────────────────────────────────────────
def all_told() -> list[tuple[str, str, Want]]:
    out: list = []
    for (what, unit, x, n), (full, cn) in product([("完成实验报告", "份", 4, 5), ("参加单元测验", "次", 3, 20),
                                                   ("完成课后习题", "个", 2, 10), ("参加志愿服务", "项", 5, 4)],
                                                  ((True, False), (False, True))):
        c, _s, e, lb, rb = _p(full)
        m = x * n
        ns = _CN.get(n, str(n)) if cn else str(n)
        one = "一" if cn else "1"
        want = Either(_adds(x, m), u)
        out.append((f"{what}{lb}{one}{unit}{x}分{c}共{ns}{unit}{c}{m}分{rb}", str(m), want))
        out.append((f"{what}{lb}{one}{unit}{x}分{c}共{ns}{unit}{rb}", str(m), want))
        out.append((f"{what}{lb}每{unit}{x}分{c}共{m}分{rb}", str(m), want))
        out.append((f"{what}{lb}{one}{unit}{x}分{c}共计{ns}{unit}{c}{m}分{rb}", str(m), want))
        # a figure not matching the 分值: the count, the total
        out.append((f"{what}{lb}{one}{unit}{x}分{c}共{n + 1}{unit}{rb}", str(m), u))
        out.append((f"{what}{lb}{one}{unit}{x}分{c}共{n}{unit}{c}{m}分{rb}", str(m + 5), u))
        out.append((f"{what}{lb}每{unit}{x}分{c}共{m + 2}分{rb}", str(m), u))
        # the unit not the same
        other = "篇" if unit != "篇" else "份"
        out.append((f"{what}{lb}{one}{unit}{x}分{c}共{n}{other}{rb}", str(m), u))
        # 扣 for the points: a case missing costs them
        out.append((f"{what}{lb}缺{one}{unit}扣{x}分{c}共{n}{unit}{rb}", str(m), Either(Per(str(x)), u)))
        # the whole said first, the count after
        out.append((f"{what}{lb}{m}分{c}共{n}{unit}{c}{one}{unit}{x}分{rb}", str(m), Either(want, u)))
        # 共 of the cases done or of those asked: a pass mark
        out.append((f"{what}{lb}{one}{unit}{x}分{c}共{n}{unit}{rb}{c}不足{n}{unit}不得分{e}", str(m), u))
    return out


def _off_bands(m: int, cuts: tuple[int, int], offs: tuple[int, int, int], permille: bool = False) -> Bands:
    a, b = cuts
    return Bands(tuple((v, max(0, m - o)) for v, o in ((0, offs[0]), (a / 2, offs[0]), ((a + b) / 2, offs[1]),
                                                         (b * 2, offs[2]), (100 if not permille else b * 5, offs[2]))))


# ── bands of a rate where every band deducts ─────────────────────────────────────────────────────────────────
def all_off() -> list[tuple[str, str, Want]]:
    out: list = []
    for k, ((name, cuts, offs, m), sign) in enumerate(product([("偏差率", (5, 10), (1, 2, 3), 5), ("损失率", (3, 6), (1, 3, 5), 5),
                                                               ("误差率", (2, 4), (2, 4, 6), 10)], ("%", "‰"))):
        c, s, e, _lb, _rb = _p(k % 3 != 1)
        a, b = cuts
        o1, o2, o3 = offs
        # the figures ending one band and starting the next are said twice (以下 and the range hold them)
        amb = Either(_off_bands(m, cuts, offs, sign == "‰"), u)
        out.append((f"{name}{a}{sign}以下扣{o1}分{c}{a}{sign}-{b}{sign}扣{o2}分{c}{b}{sign}以上扣{o3}分{e}", str(m), amb))
        out.append((f"{name}{a}{sign}以下扣{o1}分{s}{a}{sign}-{b}{sign}扣{o2}分{s}{b}{sign}以上扣{o3}分{e}", str(m), amb))
        out.append((f"{name}{a}{sign}以内扣{o1}分{c}{a}{sign}~{b}{sign}扣{o2}分{c}{b}{sign}以上扣{o3}分{e}", str(m), amb))
        out.append((f"{name}{a}{sign}以下{c}扣{o1}分{s}{a}{sign}-{b}{sign}{c}扣{o2}分{s}{b}{sign}以上{c}扣{o3}分{e}", str(m), amb))
        # the clauses the other way round
        out.append((f"{name}{b}{sign}以上扣{o3}分{c}{a}{sign}-{b}{sign}扣{o2}分{c}{a}{sign}以下扣{o1}分{e}", str(m), amb))
        # deductions falling as the rate grows: said so, to check
        out.append((f"{name}{a}{sign}以下扣{o3}分{c}{a}{sign}-{b}{sign}扣{o2}分{c}{b}{sign}以上扣{o1}分{e}", str(m),
                    Either(_off_bands(m, cuts, (o3, o2, o1), sign == "‰"), u)))
        # the last band past the 分值
        out.append((f"{name}{a}{sign}以下扣{o1}分{c}{a}{sign}-{b}{sign}扣{o2}分{c}{b}{sign}以上扣{m + 2}分{e}", str(m),
                    Either(_off_bands(m, cuts, (o1, o2, m + 2), sign == "‰"), u)))
        # a gap between the bands
        out.append((f"{name}{a}{sign}以下扣{o1}分{c}{a + 1}{sign}-{b}{sign}扣{o2}分{c}{b}{sign}以上扣{o3}分{e}", str(m), u))
        # 得, not 扣: the points of each band
        out.append((f"{name}{a}{sign}以下得{m}分{c}{a}{sign}-{b}{sign}得{m - o2}分{c}{b}{sign}以上得{m - o3}分{e}", str(m),
                    Either(_off_bands(m, cuts, (0, o2, o3), sign == "‰"), u)))
        # 不扣分 for the first band (the older reading), the ends said with 含
        out.append((f"{name}{a}{sign}以下不扣分{c}{a}{sign}-{b}{sign}扣{o2}分{c}{b}{sign}以上扣{o3}分{e}", str(m),
                    Either(_off_bands(m, cuts, (0, o2, o3), sign == "‰"), u)))
        out.append((f"{name}低于{a}{sign}扣{o1}分{c}{a}{sign}(含)-{b}{sign}(含)扣{o2}分{c}高于{b}{sign}扣{o3}分{e}", str(m),
                    Either(Bands(((0, m - o1), (a, m - o2), (b, m - o2), (b * 3, m - o3))), u)))
        # mixed signs
        other = "%" if sign == "‰" else "‰"
        out.append((f"{name}{a}{sign}以下扣{o1}分{c}{a}{sign}-{b}{other}扣{o2}分{c}{b}{sign}以上扣{o3}分{e}", str(m), u))
        # four bands
        out.append((f"{name}{a}{sign}以下扣{o1}分{c}{a}{sign}-{b}{sign}扣{o2}分{c}{b}{sign}-{2 * b}{sign}扣{o3}分{c}"
                    f"{2 * b}{sign}以上扣{m}分{e}", str(m),
                    Either(Bands(((0, m - o1), ((a + b) / 2, m - o2), (b * 1.5, m - o3), (b * 3, 0))), u)))
    return out


# ── a top band written as a range up to 100% ─────────────────────────────────────────────────────────────────
def whole_at_top() -> list[tuple[str, str, Want]]:
    out: list = []
    for k, ((name, m, scores), dash) in enumerate(product([("满意度", 5, (5, 4, 3)), ("合格率", 10, (10, 6, 2)),
                                                           ("知晓率", 4, (4, 2, 1))], ("-", "~", "至"))):
        c, s, e, lb, rb = _p(k % 2 == 0)
        h, mid, lo = scores
        pc = "%" if dash != "-" else ""
        top = f"90{pc}{dash}100%"
        want = Either(Bands(((100, h), (95, h), (90, h), (85, mid), (75, lo), (50, 0))), u)
        out.append((f"{name}{top}得{h}分{c}80{pc}{dash}89%得{mid}分{c}70{pc}{dash}79%得{lo}分{c}70%以下不得分{e}", str(m), want))
        out.append((f"{name}{top}得{h}分{s}80{pc}{dash}89%得{mid}分{s}70{pc}{dash}79%得{lo}分{s}70%以下不得分{e}", str(m), want))
        # the whole left out: 100% unsaid
        for left in ("不含100%", "不包括100%", "不包含100%", "100%除外"):
            out.append((f"{name}{top}{lb}{left}{rb}得{h}分{c}80{pc}{dash}89%得{mid}分{c}70%-79%得{lo}分{c}70%以下不得分{e}",
                        str(m), u))
        # 100% a band of its own above
        out.append((f"{name}100%得{m + 1}分{c}{top}得{h}分{c}80%-89%得{mid}分{c}80%以下不得分{e}", str(m + 1),
                    Either(Bands(((100, m + 1), (95, h), (85, mid), (50, 0))), u)))
        # the top band ends short of the whole: 100% unsaid
        out.append((f"{name}90{pc}{dash}99%得{h}分{c}80{pc}{dash}89%得{mid}分{c}80%以下不得分{e}", str(m), u))
        # the clauses the other way round
        out.append((f"{name}70%以下不得分{c}70{pc}{dash}79%得{lo}分{c}80{pc}{dash}89%得{mid}分{c}{top}得{h}分{e}", str(m), want))
        # a score band, not a rate
        out.append((f"{name}测评90{dash}100分得{h}分{c}80{dash}89分得{mid}分{c}80分以下不得分{e}", str(m),
                    Either(Bands(((100, h), (95, h), (85, mid), (50, 0))), u)))
        # a band past 100%
        out.append((f"{name}100%以上得{m + 1}分{c}{top}得{h}分{c}80%-90%得{mid}分{c}80%以下不得分{e}", str(m + 1),
                    Either(Bands(((120, m + 1), (95, h), (85, mid), (50, 0))), u)))
        # the top band past the 分值
        out.append((f"{name}{top}得{m + 2}分{c}80{pc}{dash}89%得{mid}分{c}80%以下不得分{e}", str(m), u))
        # a lower band ending at 100% too: said twice
        out.append((f"{name}{top}得{h}分{c}80{pc}{dash}100%得{mid}分{c}80%以下不得分{e}", str(m), u))
    return out


def _bonus(base: str, cap: str, x: str) -> Fn:
    b, c, xx = Decimal(base), Decimal(cap), Decimal(x)
    return Fn(("完成数|实际值|完成", "目标"), tuple(((n, t), min(b, b * n / t) + min(c, max(0, n - t) * xx)) for n, t in
                                                  ((10, 10), (5, 10), (0, 10), (12, 10), (40, 10))))


# ── the task done, a shortfall in proportion, a capped bonus per unit past the target ────────────────────────
def prorata_bonus() -> list[tuple[str, str, Want]]:
    out: list = []
    for k, ((base, x, cap), (unit, each)) in enumerate(product([("4", "0.2", "1"), ("12", "0.3", "3"), ("8", "0.5", "2")],
                                                               (("个", "每个"), ("个百分点", "1个百分点"), ("家", "每家")))):
        c, s, e, _lb, _rb = _p(k % 2 == 0)
        m = str(Decimal(base) + Decimal(cap))
        want = Either(_bonus(base, cap, x), u)
        out.append((f"完成任务计{base}分{c}完不成任务按比例计分{s}超额完成目标{each}加{x}分{c}加分不超过{cap}分{e}", m, want))
        out.append((f"完成目标任务得{base}分{c}未完成的按比例扣分{s}超额完成{each}加{x}分{c}最多加{cap}分{e}", m, want))
        out.append((f"完成任务计{base}分{c}未完成按比例得分{c}超过目标{each}加{x}分{c}最高{cap}分{c}总分不超过{m}分{e}", m, want))
        # the 分值 not matching the points and the cap
        out.append((f"完成任务计{base}分{c}完不成任务按比例计分{s}超额完成目标{each}加{x}分{c}加分不超过{cap}分{e}",
                    str(Decimal(m) + 2), u))
        # no cap on the bonus
        out.append((f"完成任务计{base}分{c}完不成任务按比例计分{s}超额完成目标{each}加{x}分{e}", m, u))
        # 扣 for 加
        out.append((f"完成任务计{base}分{c}完不成任务按比例计分{s}超额完成目标{each}扣{x}分{c}扣分不超过{cap}分{e}", m, u))
        # the task's points the whole 分值
        out.append((f"完成任务计{m}分{c}完不成任务按比例计分{s}超额完成目标{each}加{x}分{c}加分不超过{cap}分{e}", m, u))
        # no proportion: the shortfall unsaid
        out.append((f"完成任务计{base}分{s}超额完成目标{each}加{x}分{c}加分不超过{cap}分{e}", m, u))
        # the shortfall a deduction per unit
        out.append((f"完成任务计{base}分{c}每少{unit[0] if unit != '个百分点' else '1个百分点'}扣{x}分{s}"
                    f"超额完成目标{each}加{x}分{c}加分不超过{cap}分{e}", m, u))
    for full in (True, False):
        c, s, e, _lb, _rb = _p(full)
        out += [
            (f"按完成比例得分{c}超额完成每超1个百分点加2分{e}", "5", u),
            (f"完成任务计4分{c}完不成任务按比例计分{e}", "4",
             Either(Bands(((100, 4), (50, 2), (0, 0))), Either(Fn(("完成", "目标|任务"), (((10, 10), 4), ((5, 10), 2))), u))),
            (f"完成任务计4分{c}完不成任务按比例计分{e}", "5", u),
            (f"完成任務計4分{c}完不成任務按比例計分{s}超額完成目標每個加0.2分{c}加分不超過1分{e}", "5", Either(_bonus("4", "1", "0.2"), u)),
            (f"完成任务计四分{c}完不成任务按比例计分{s}超额完成目标每个加0.2分{c}加分不超过一分{e}", "5", Either(_bonus("4", "1", "0.2"), u)),
            (f"超额完成目标每个加0.2分{c}加分不超过1分{s}完成任务计4分{c}完不成任务按比例计分{e}", "5", Either(_bonus("4", "1", "0.2"), u)),
            (f"完成任务计4分{c}完不成任务按比例计分{s}超额完成目标每个加0.2分{c}加分不超过1分{e}", "4", u),
            (f"完成任务计4分{c}完不成任务按比例计分{s}超额完成目标每2个加0.2分{c}加分不超过1分{e}", "5", u),
            (f"完成任务计4分{c}完不成任务按比例计分{s}超额完成目标10%加0.2分{c}加分不超过1分{e}", "5", u),
        ]
    return out


@dataclass(frozen=True)
class TaskAndBonus:
    """The task's points (``base``) at the share done, and ``x`` per unit past the target, at most ``cap``: one formula
    of what was done and the target, or two items (the share done, of ``base``; the units past the target, of ``cap``)."""
    base: str
    cap: str
    x: str


_DONE_TARGET = ((10, 10), (5, 10), (0, 10), (12, 10), (40, 10))


def _task_and_bonus_wrongly(p: Proposal, m: Decimal, want: object) -> str | None:
    if not isinstance(want, TaskAndBonus):
        return None
    if len(p.items) == 1:
        return fn_wrongly(p.items[0], m, _bonus(want.base, want.cap, want.x))
    if [it["type"] for it in p.items] != ["rate", "formula"] or any(check_item(it) for it in p.items):
        return f"items {[it['type'] for it in p.items]}"
    share, bonus = p.items
    if Decimal(share["max"]) != Decimal(want.base) or Decimal(bonus["max"]) != Decimal(want.cap) \
            or len(bonus["params"]["variables"]) != 1:
        return f"items of {share['max']} and {bonus['max']}"
    b, c, x = Decimal(want.base), Decimal(want.cap), Decimal(want.x)
    for n, t in _DONE_TARGET:
        got = item_score(share, {"numerator": str(n), "denominator": str(t)}) + \
            item_score(bonus, {"vars": {bonus["params"]["variables"][0]["name"]: str(max(0, n - t))}})
        if got != min(b, b * n / t) + min(c, max(0, n - t) * x):
            return f"{n} of {t}: {got}"
    return ""


# ── sure readings beside the new ones (每 said, a bonus in an item of its own): scored as they say ──────────────
def beside() -> list[tuple[str, str, Want]]:
    out: list = []
    for full in (True, False):
        c, s, e, lb, rb = _p(full)
        for base, x, cap in (("4", "0.2", "1"), ("3", "0.5", "2")):
            m = str(Decimal(base) + Decimal(cap))
            out += [
                (f"完成任务得{base}分{c}未完成的按完成比例计分{s}超额完成每个计{x}分{c}最多加{cap}分{e}", m,
                 Either(TaskAndBonus(base, cap, x), u)),
                (f"完成任务得{base}分{c}未完成的按完成比例计分{s}超额完成每个计{x}分{c}最多{cap}分{e}", m,
                 Either(TaskAndBonus(base, cap, x), u)),
                (f"完成任务得{base}分{c}未完成的按完成比例计分{s}超额完成每个计{x}分{c}最多加{cap}分{e}", str(Decimal(m) + 1), u),
                (f"完成任务得{base}分{c}未完成的按完成比例扣分{s}超额完成每个得{x}分{c}最多{cap}分{e}", m,
                 Either(TaskAndBonus(base, cap, x), u)),
            ]
        out += [
            (f"完成任务得四分{c}未完成的按完成比例计分{s}超额完成每个计零点二分{c}最多一分{e}", "5",
             Either(TaskAndBonus("4", "1", "0.2"), u)),
            (f"完成任务得4分{c}未完成的按完成比例计分{s}超额完成每个计0.2分{c}最多加2分{e}", "6",
             Either(TaskAndBonus("4", "2", "0.2"), u)),
        ]
        for m in ("5", "10"):
            out += [
                (f"完成任务得{m}分{c}未完成的按完成比例计分{e}", m, Either(Bands(((100, m), (50, Decimal(m) / 2), (0, 0))), u)),
                (f"完成任务得{m}分{c}未完成的按比例扣分{e}", m, Either(Bands(((100, m), (50, Decimal(m) / 2), (0, 0))), u)),
                (f"完成任务得{m}分{c}未完成的按完成比例计分{c}超额部分不加分{e}", m,
                 Either(Bands(((100, m), (150, m), (50, Decimal(m) / 2), (0, 0))), u)),
                (f"完成任务得4分{c}超额完成加1分{e}", "5",
                 Either(Once(("4", "1")), u)),
            ]
        for x, unit in (("2", "1天"), ("12", "1天"), ("2", "1个工作日"), ("2", "1个月"),
                        ("两", "一天")):
            per = "2" if x == "两" else x
            for over in ("超过", "超出", "超期", "超過"):
                done = "扣完為止" if over == "超過" else "扣完为止"
                out.append((f"每{over}{unit}扣{x}分{c}{done}{e}", "10", Either(Per(per), u)))
            out.append((f"工期每延误{unit}扣{x}分{c}扣完为止{e}", "10", Either(Per(per), u)))
            out.append((f"每超过{unit}扣{x}分{c}最多扣6分{e}", "10", Either(Per(per, "6"), u)))
            out.append((f"不超工期不扣分{c}每超过{unit}扣{x}分{c}扣完为止{e}", "10", Either(Per(per), u)))
        out += [
            (f"每超过1次扣2分{c}扣完为止{e}", "10", Either(Per("2"), u)),
            (f"每超过2天扣2分{c}扣完为止{e}", "10", Either(Bands(((0, 10), (1, 10), (2, 8), (4, 6), (40, 0))), u)),
            (f"每超过1天扣2分{c}超过5天不得分{e}", "10", u),
            (f"超过3天后每天扣2分{c}扣完为止{e}", "10", Either(Bands(((0, 10), (3, 10), (4, 8), (40, 0))), u)),
            (f"完成实验报告每份得4分{c}最高20分{e}", "20", Either(_adds(4, 20), u)),
            (f"完成实验报告{c}每份4分{c}最多20分{e}", "20", Either(_adds(4, 20), u)),
            (f"实验报告共5份{c}每份4分{c}共20分{e}", "20", Either(_adds(4, 20), u)),
            (f"满意度90%{lb}含{rb}以上得5分{c}80%{lb}含{rb}-90%得4分{c}80%以下不得分{e}", "5",
             Either(Bands(((100, 5), (90, 5), (85, 4), (80, 4), (50, 0))), u)),
            (f"满意度≥90%得5分{c}80%≤满意度<90%得4分{c}满意度<80%不得分{e}", "5",
             Either(Bands(((100, 5), (90, 5), (85, 4), (80, 4), (50, 0))), u)),
        ]
    return out


_ALL = beside() + taken_on() + late_one() + all_told() + all_off() + whole_at_top() + prorata_bonus()
#: (the first statement of a text the generators write twice)
CASES = first_statements(_ALL)
#: the checker of this probe's own kind of want, by the name other tests look it up under (the texts typed over lines)
_own = _task_and_bonus_wrongly


(test_the_probe_is_of_its_size,
 test_every_made_up_text_is_scored_as_it_says_or_is_to_check) = probe_tests(CASES, 400, 800, own=_task_and_bonus_wrongly)
