"""Made-up texts in the styles of unseen257a's readings — a table row of band cells then a scores heading and bare
scores (“标准(mm) 0~1 >1,≤2 >2,≤3 >3 分数 16 12 8 0”: ``wording._bands_row_then_scores``), grades or degrees of one
requirement run together after a lead scoring nothing (“…进行打分。优18分良12分中6分差1分”, “全部满足10分大部分满足7分…”:
``wording._chained_cases_read``, ``_words_chain``), figures in 万 under a sum of money named (``wording._MONEY_NAMED``), a
line's points in a clause of their own after a semicolon (“…(不包括5000万元);得0.5分”: ``_POINTS_AFTER_SEMICOLON``), a
deduction per wrong line of a drawing (“每线错扣0.5分”), points per case up to a most of the 小项 (“此小项最多得20分”:
``formula._CAP_SAID``) — and their near variants: headings 分数/得分:/评分, a last band on both sides, a gap, an overlap,
scores rising, level or not as many as the bands, bands of two measures, scores with their 分, a zeroing line or a second
part after the row; grades 优/良/中/差, 优秀/良好/一般/较差, 合格/不合格, degrees of 满足/符合/响应, leads ending 。/;/: or
none, points after 得, a lead that scores (满分, 不得分, 扣), points rising or level, a zeroing line after the run, Chinese
numerals, ranges, words that are no degrees of one requirement; 注册资金/注册资本/营业收入/合同金额/年产值 in 万 with
(含)/(不含)/至, 万元 said once, 亿, Chinese numerals, counts in 万 (人口, 用户, 访问量, 人次, 面积, 服务对象, 受益群众…) after a
name of money (“经费保障情况:”, “项目资金使用,”), 万美元, 元 beside 万; list marks 1.1, ranges and lines with their points
after “;”, a situation's sentences closed by their score, a second point in the clause; 每线错 with Chinese numerals, 扣完为止
or a cap, 每线路/每线上/每线条; 此小项/本小项/该小项/此项 最多/最高/累计最多, caps over or under the 分值, a closing 注 with a
zeroing line, 此大项, 最少, 扣 — in full and half width, each with what it states (a few situations and their scores) or that
it is unsure (to check). Every proposal scores every situation as the text says, or is not confident.

Confident readings found scoring wrong: 8 of the 436 texts written (74 read confidently before the mend, 66 after, all
scoring every situation as they say), mended: a count in 万 named after a sum of money (“经费保障情况:服务对象10万(含)以上
得6分;5万(含)-10万得4分;…”, “资金使用效益:受益群众10万…”, “报价:印刷数10万…”) was read surely as 万元 — the name of money
anywhere in the text made every bare 万 one; now only a figure in 万 straight after the money named (“注册资金情况:8000万”,
“营业收入在500万”) makes them 万元 (``wording._MONEY_NAMED``), a list of count words being no general mend. Tuning and
hold-out unchanged.

Readings left to check (not confident, so no bar, though most would score right): a row of bands then its scores (read
as bands); runs of grades or degrees after a lead (a 情形选择); a deduction per wrong line; points per case up to a 小项's
most (a formula), and beside a closing 注 with a zeroing line (judgement); lines in 万美元 (a choice), 元 beside 万
(judgement); a situation's sentences with a figure closed by “;得5分” (the last sentence read as the requirement); a cap
over the 分值 (“此小项最多得16分” of 12, judgement). Sure and right: “注册资金五千万(含)以上得10分;…” as a choice of its
three lines, “每个扣4分,此小项最多扣12分” as 4 off per case.

The checker is ``tests/probe_checks.py``'s.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from itertools import product

from services.frameworks.proposal import Proposal
from tests.probe_checks import Either, Fn, Want, WordOpts, first_statements, probe_tests, word_options_wrongly
from tests.proposals import Bands, Once, Per, Ranks, Unsure

_CN = {1: "一", 2: "二", 3: "三", 4: "四", 5: "五", 6: "六", 8: "八", 10: "十", 12: "十二", 20: "二十"}


def _n(x: Decimal | int | float | str) -> str:
    return format(Decimal(str(x)).normalize(), "f")


def _p(full: bool) -> tuple[str, str, str, str, str, str]:
    """A clause's comma, a semicolon, a full stop, the brackets and a colon, in full or half width."""
    return ("，", "；", "。", "（", "）", "：") if full else (",", ";", ".", "(", ")", ":")


@dataclass(frozen=True)
class Counted(Bands):
    """Bands of a count of people or things in 万 (never a sum in 万元)."""


def _own(p: Proposal, m: Decimal, want: object) -> str | None:
    if isinstance(want, Counted):
        if any(it["params"].get("unit") == "万元" for it in p.items):
            return "a count in 万 read as 万元"
        return None
    return word_options_wrongly(p, m, want)


def _sure(want: Want) -> Want:
    return Either(want, Unsure())


# ── a row of band cells, then the word heading its scores and the scores ─────────────────────────────────────────
def rows() -> list[tuple[str, str, Want]]:
    out: list = []
    for (head, word), (cells, scores, samples) in product([("标准(mm)", "分数"), ("标准（mm）", "得分:"), ("余高(mm)", "评分")], [
        (["0~1", ">1,≤2", ">2,≤3", ">3"], [16, 12, 8, 0], [(0.5, 16), (1, 16), (1.5, 12), (2, 12), (2.5, 8), (3, 8), (4, 0)]),
        (["0", "≤0.7", ">0.7,≤1.2", ">1.2"], [10, 6, 2, 0], [(0, 10), (0.5, 6), (0.7, 6), (1, 2), (1.2, 2), (2, 0)]),
        (["0~2", ">2,≤4", ">4"], [9, 5, 1], [(1, 9), (2, 9), (3, 5), (5, 1)]),
        (["≤0.5", ">0.5,≤1", ">1,≤2", ">2"], [8, 5, 2, 0], [(0.3, 8), (0.5, 8), (0.8, 5), (1.5, 2), (3, 0)]),
        (["0~1", ">1,≤2", ">2,<0"], [10, 6, 0], [(0.5, 10), (1.5, 6), (2.5, 0)]),
    ]):
        w = str(scores[0])
        row = " ".join(cells)
        sc = " ".join(str(s) for s in scores)
        out.append((f"{head} {row} {word} {sc}", w, _sure(Bands(tuple(samples)))))
    for word in ("分数",):
        # near misses: a gap, an overlap, a count of scores other than the bands', scores rising or level, two measures
        out += [
            (f"标准(mm) 0~1 >1.5,≤2 >2 {word} 10 6 0", "10", Unsure()),
            (f"标准(mm) 0~2 >1,≤3 >3 {word} 10 6 0", "10", Unsure()),
            (f"标准(mm) 0~1 >1,≤2 >2,≤3 >3 {word} 16 12 8", "16", Unsure()),
            (f"标准(mm) 0~1 >1,≤2 >2 {word} 10 6 2 0", "10", Unsure()),
            (f"标准(mm) 0~1 >1,≤2 >2 {word} 0 6 10", "10", Unsure()),
            (f"标准(mm) 0~1 >1,≤2 >2 {word} 10 6 6", "10", Unsure()),
            (f"标准(mm) 0~1 >1,≤2 >2 {word} 10 10 0", "10", Unsure()),
            (f"标准(mm) 深度≤0.5 深度>0.5,≤1 深度>1 {word} 10 6 0", "10", Unsure()),
            (f"标准(mm) 0~1 >1,≤2 >3 {word} 10 6 0", "10", Unsure()),
            (f"标准(mm) 0~1 ≥1,≤2 >2 {word} 10 6 0", "10", Unsure()),
            (f"标准(mm) 0~1 >1,<2 >2 {word} 10 6 0", "10", Unsure()),
            (f"标准(mm) ≤1 ≤2 ≤3 {word} 10 6 0", "10", Unsure()),
            (f"标准(mm) >3 >2,≤3 >1,≤2 0~1 {word} 0 8 12 16", "16", Unsure()),
            (f"标准(mm) 0~1 >1,≤2 >2,<0 >3 {word} 10 6 2 0", "10", Unsure()),
        ]
    # the scores with their 分, the cells with their unit
    out.append(("标准(mm) 0~1 >1,≤2 >2 分数 10分 6分 0分", "10", _sure(Bands(((0.5, 10), (1.5, 6), (3, 0))))))
    out.append(("标准 0~1mm >1mm,≤2mm >2mm 分数 10 6 0", "10", _sure(Bands(((0.5, 10), (1.5, 6), (3, 0))))))
    out.append(("标准(mm) 0~1 >1,≤2 >2 分数 10 6 0 不合格不得分", "10", Unsure()))
    out.append(("标准(mm) 0~1 >1,≤2 >2 分数 10 6 0;焊缝有裂纹的本项不得分", "10", Unsure()))
    out.append(("宽度标准(mm) 0~1 >1,≤2 >2 分数 10 6 0 高度标准(mm) 0~1 >1,≤2 >2 分数 10 6 0", "20", Unsure()))
    return out


# ── situations of words run together, perhaps after a lead ─────────────────────────────────────────────────────────
_LEADS = ["评标专家根据投标人的方案进行横向比较,进行打分。", "专家组对各投标人进行横向比较,进行打分;", ""]
_GRADES = [(("优", "良", "中", "差"), (18, 12, 6, 1)), (("优秀", "良好", "一般", "较差"), (10, 7, 4, 1)),
           (("优", "良", "中", "差"), (10, 7, 4, 0)), (("好", "较好", "一般", "差"), (8, 6, 3, 1)),
           (("优秀", "良好", "合格", "不合格"), (12, 9, 6, 0))]
_DEGREES = [(("全部满足", "大部分满足", "部分满足", "少部分满足"), (10, 7, 4, 1)),
            (("完全满足", "基本满足", "部分满足"), (12, 8, 4)),
            (("全部符合", "大部分符合", "少部分符合"), (8, 5, 2)),
            (("完全响应", "基本响应", "部分响应", "少量响应"), (6, 4, 2, 1))]


def chains() -> list[tuple[str, str, Want]]:
    out: list = []
    for lead, (ws, pts) in product(_LEADS, _GRADES + _DEGREES):
        w = str(pts[0])
        run = "".join(f"{a}{b}分" for a, b in zip(ws, pts))
        want = _sure(WordOpts(tuple(pts), words=ws))
        out.append((f"{lead}{run}", w, want))
        # points in brackets or after 得
        out.append((f"{lead}{''.join(f'{a}得{b}分' for a, b in zip(ws, pts))}", w, want))
    for i, (ws, pts) in enumerate(_GRADES + _DEGREES):
        _c, s, e, _lb, _rb, _col = _p(i % 2 == 0)
        w = str(pts[0])
        run = "".join(f"{a}{b}分" for a, b in zip(ws, pts))
        rising = "".join(f"{a}{b}分" for a, b in zip(ws, reversed(pts)))
        level = "".join(f"{a}{b}分" for a, b in zip(ws, pts[:-1] + (pts[-2],)))
        out += [
            # a lead that scores: its figure or words of its own
            (f"满分{w}分{e}{run}", w, Unsure()),
            (f"未提供方案的不得分{e}{run}", w, Unsure()),
            (f"评审时每缺一项扣1分{s}{run}", w, Unsure()),
            # points rising along the run, or level
            (f"专家横向比较后打分{e}{rising}", w, Unsure()),
            (f"专家横向比较后打分{e}{level}", w, Unsure()),
            # a zeroing line or a second part after the run
            (f"专家横向比较后打分{e}{run}{s}未提供不得分", w, _sure(WordOpts(tuple(pts) + (0,), words=ws))),
        ]
    # grades in Chinese numerals, look-alike words that are no grade of one requirement
    for lead in ("评委横向比较后打分。", ""):
        out += [
            (f"{lead}优十分良七分中四分差一分", "10", _sure(WordOpts((10, 7, 4, 1), words=("优", "良", "中", "差")))),
            (f"{lead}优秀10分良好7分", "10", _sure(WordOpts((10, 7), words=("优秀", "良好")))),
            (f"{lead}按时提交6分按质提交4分提交1分", "6", Unsure()),
            (f"{lead}方案完整5分措施得当3分内容齐全1分", "5", Unsure()),
            (f"{lead}全部满足10分大部分满足7分部分满足4分少部分满足1分不满足", "10", Unsure()),
            (f"{lead}优18分良12分中6分差1分以上", "18", Unsure()),
            (f"{lead}优18分良12分中6分差", "18", Unsure()),
            (f"{lead}优18-15分良14-10分中9-5分差4-0分", "18", Unsure()),
            (f"{lead}优18分良12分中6分差1分,每缺一项扣1分", "18", Unsure()),
            (f"{lead}优18分良12分中6分差1分,最多得18分", "18", _sure(WordOpts((18, 12, 6, 1), words=("优", "良", "中", "差")))),
            (f"{lead}全部满足10分大部分满足8分部分满足8分少部分满足1分", "10", Unsure()),
            (f"{lead}全部满足10分大部分满足7分部分不满足4分完全不满足0分", "10", Unsure()),
            (f"{lead}全部满足得10分大部分满足得7分部分满足得4分少部分满足得1分", "10",
             _sure(WordOpts((10, 7, 4, 1), words=("全部满足", "大部分满足", "少部分满足")))),
            (f"{lead}差1分中6分良12分优18分", "18", _sure(WordOpts((18, 12, 6, 1), words=("优", "良", "中", "差")))),
        ]
    return out


# ── figures in 万 under a sum of money named; counts in 万 ─────────────────────────────────────────────────────────
_MONEY = ["注册资金", "注册资本", "营业收入", "合同金额", "年产值"]


def money() -> list[tuple[str, str, Want]]:
    out: list = []
    for (i, name), (hi, lo), (a, b, c0) in product(enumerate(_MONEY), [(8000, 5000), (1000, 500)], [(10, 6, 2), (6, 4, 0)]):
        c, s, _e, lb, rb, col = _p((i + a) % 2 == 0)
        w = str(a)
        want = _sure(Bands(((hi + 1000, a), (hi, a), (hi - 1, b), (lo, b), (lo - 1, c0))))
        low = f"得{c0}分" if c0 else "不得分"
        out.append((f"根据投标人{name}情况{col}{hi}万{lb}含{rb}以上{c}得{a}分{s}{lo}万{lb}含{rb}-{hi}万{c}得{b}分{s}"
                    f"{lo}万以下{c}{low}", w, want))
        out.append((f"投标人{name}{hi}万(含)以上得{a}分{s}{lo}万(含)至{hi}万(不含)得{b}分{s}{lo}万(不含)以下{low}", w, want))
        # the 万元 said once, the others bare
        out.append((f"{name}{hi}万元(含)以上得{a}分{s}{lo}万(含)-{hi}万得{b}分{s}{lo}万以下{low}", w, want))
    # counts in 万 beside a sum of money named, or with none: never 万元
    for (full, (who, unit)) in zip((True, False) * 6, [("服务人口", ""), ("注册用户", ""), ("覆盖人口", "人"),
                                                      ("年访问量", ""), ("服务面积", "平方米"), ("发行量", "册"),
                                                      ("年客流量", "人次"), ("下载量", ""), ("服务对象", ""), ("受益群众", ""),
                                                        ("培训规模", ""), ("印刷数", "")]):
        c, s, _e, lb, rb, col = _p(full)
        want = Either(Counted(((11, 6), (10, 6), (6, 4), (5, 4), (4, 2))), Unsure())
        out.append((f"{who}10万{unit}{lb}含{rb}以上得6分{s}5万{unit}-10万{unit}{lb}不含{rb}得4分{s}5万{unit}{lb}不含{rb}以下得2分",
                    "6", want))
        out.append((f"项目资金使用{c}{who}达到10万{unit}(含)以上得6分{s}5万{unit}-10万{unit}得4分{s}5万{unit}以下得2分", "6", want))
        out.append((f"经费保障情况{col}{who}10万{unit}(含)以上得6分{s}5万{unit}(含)-10万{unit}得4分{s}5万{unit}以下得2分", "6",
                    want))
    # money in another currency, or 元 beside 万
    for full in (True, False):
        c, s, _e, lb, rb, col = _p(full)
        out += [
            (f"注册资本5000万美元(含)以上得10分{s}2000万美元-5000万美元得6分{s}2000万美元以下得2分", "10", Unsure()),
            (f"合同金额50万(含)以上得10分{s}20万-50万得6分{s}8000元-20万得2分", "10", Unsure()),
            (f"合同金额50万(含)以上得10分{s}20万(含)-50万得6分{s}20万以下得2分{s}合同金额以元计", "10",
             _sure(Bands(((60, 10), (50, 10), (30, 6), (20, 6), (10, 2))))),
            (f"注册资金1亿(含)以上得10分{s}5000万(含)-1亿得6分{s}5000万以下得2分", "10",
             _sure(Bands(((20000, 10), (10000, 10), (6000, 6), (5000, 6), (100, 2))))),
            (f"注册资金五千万(含)以上得10分{s}两千万(含)-五千万得6分{s}两千万以下得2分", "10",
             Either(Bands(((6000, 10), (5000, 10), (3000, 6), (2000, 6), (1000, 2))), _sure(Ranks((10, 6, 2))))),
            (f"注册资金8000万以上得10分{s}5000万以上得6分{s}5000万以下得2分", "10",
             _sure(Bands(((9000, 10), (6000, 6), (1000, 2))))),
        ]
    return out


# ── a line's points in a clause of their own after a semicolon ─────────────────────────────────────────────────────
def semicolon() -> list[tuple[str, str, Want]]:
    out: list = []
    for name, full, mark in product(["营业收入", "注册资金"], (True, False), ["", "1.1"]):
        c, s, _e, lb, rb, _col = _p(full)
        m2 = {"": "", "1.1": "1.2", "(1)": "(2)"}[mark]
        m3 = {"": "", "1.1": "1.3", "(1)": "(3)"}[mark]
        want = _sure(Bands(((500, 1), (1999, 1), (2000, 2), (5000, 2))))
        out.append((f"{mark}{name}在500万元{lb}包括500万元{rb}-2000万元{lb}不包括2000万元{rb}{s}得1分{s}{m2}{name}在2000万元以上"
                    f"{lb}包括2000万元{rb}{s}得2分{s}", "2", want))
        out.append((f"{mark}{name}在1000万元{lb}包括1000万元{rb}-5000万元{lb}不包括5000万元{rb}{s}得0.5分{s}{m2}{name}在5000万元"
                    f"{lb}包括5000万元{rb}-1亿元{lb}不包括1亿元{rb}{s}得1分{s}{m3}{name}在1亿元以上{lb}包括1亿元{rb}{s}得2分",
                    "2", _sure(Bands(((1000, "0.5"), (4999, "0.5"), (5000, 1), (9999, 1), (10000, 2), (20000, 2))))))
        out.append((f"{mark}{name}2000万元以上{s}得2分{s}{m2}{name}500万元-2000万元{s}得1分{s}{m3}{name}500万元以下{s}不得分", "2",
                    _sure(Bands(((3000, 2), (1000, 1), (100, 0))))))
        out.append((f"{mark}{name}2000万元以上{s} 得2分{s}{m2}{name}500万元-2000万元{s} 得1分", "2",
                    _sure(Bands(((3000, 2), (1000, 1))))))
    # a situation's sentences closed by their score, figures in the sentences; a second point in the clause
    for full in (True, False):
        c, s, _e, lb, rb, _col = _p(full)
        out += [
            (f"方案完整{s}人员配备5人以上{s}得5分", "5", Unsure()),
            (f"人员配备5人以上{s}方案完整{s}得5分", "5", Unsure()),
            # (“ISO9001” a name, no figure to reach, since test_rule_proposal_cov265.py: two points adding up)
            (f"投标人具有ISO9001认证{s}得2分{s}具有ISO14001认证{s}得3分", "5", Either(Once(("2", "3")), Unsure())),
            (f"注册资金1000万元以下{s}得0分{s}1000万元以上{s}得5分", "5",
             _sure(Bands(((500, 0), (2000, 5))))),
            (f"近三年完成类似项目3个以上{s}得6分{s}1-2个{s}得3分{s}没有{s}不得分", "6",
             _sure(Bands(((5, 6), (4, 6), (2, 3), (1, 3), (0, 0))))),
            (f"近三年完成类似项目3个以上{s}得6分{s}1-2个{s}得3分", "6", _sure(Bands(((5, 6), (4, 6), (2, 3), (1, 3))))),
            (f"项目负责人具有高级职称{s}得3分{s}中级职称{s}得2分", "3", Unsure()),
            (f"项目负责人具有高级职称{s}得3分{s}中级职称{s}得2分{s}其他不得分", "3",
             _sure(WordOpts((3, 2, 0), words=("高级", "中级")))),
            (f"营业收入2000万元以上{s}得2分{c}并提供审计报告{s}营业收入500万元-2000万元{s}得1分", "2", Unsure()),
            (f"营业收入在500万元-2000万元{s}每增加100万元{s}得0.1分", "2", Unsure()),
            (f"营业收入2000万元以上{s}得2分以上{s}500万元以下{s}得1分", "2", Unsure()),
        ]
    return out


# ── a deduction per wrong line of a drawing ───────────────────────────────────────────────────────────────────────
def lines() -> list[tuple[str, str, Want]]:
    out: list = []
    for (i, (w, x)), tail in product(enumerate([("3", "1"), ("5", "0.5"), ("4", "2")]), ["", "扣完为止", "最多扣2分"]):
        cn = (i + len(tail)) % 2 == 1
        c, s, _e, _lb, _rb, _col = _p(cn)
        xs = {"1": "一", "0.5": "零点五", "2": "二"}[x] if cn else x
        tail_s = f"{c}{tail}" if tail else ""
        want = _sure(Per(x, "2" if tail == "最多扣2分" else None))
        out.append((f"每线错扣{xs}分{tail_s}", w, want))
        out.append((f"标题栏填写正确{c}每线错扣{xs}分{tail_s}", w, want))
        out.append((f"每线路故障扣{xs}分{tail_s}", w, Either(Per(x, "2" if tail == "最多扣2分" else None), Unsure())))
        out.append((f"每线上平台未更新扣{xs}分{tail_s}", w, Unsure()))
    for full in (True, False):
        c, s, _e, _lb, _rb, _col = _p(full)
        out += [
            (f"每线错扣1分{c}图面不整洁扣2分", "5", Unsure()),
            (f"每线错扣1分{s}图纸未完成不得分", "5", Unsure()),
            (f"线型正确得5分{c}每线错扣1分", "5", _sure(Per("1"))),
            ("每线条错误扣1分", "5", Unsure()),
            (f"线条粗细分明{c}每处错扣1分", "5", _sure(Per("1"))),
        ]
    return out


# ── points per case up to a most of the 小项 ─────────────────────────────────────────────────────────────────────
def caps() -> list[tuple[str, str, Want]]:
    out: list = []
    says = ["此小项最多得{y}分", "本小项最多得{y}分", "该小项最高得{y}分", "此小项最高{y}分", "本小项累计最多得{y}分",
            "此项最多得{y}分"]
    for (i, say), (x, y, w) in product(enumerate(says), [(4, 12, 12), (5, 20, 20), (2, 6, 10), (3, 9, 6)]):
        c, s, e, _lb, _rb, col = _p(i % 2 == 0)
        cn = x == 5 or i == 3
        xs, ys = (_CN.get(x, str(x)), _CN.get(y, str(y))) if cn else (str(x), str(y))
        top = min(y, w)
        want = _sure(Fn(("项目|业绩",), tuple(((k,), min(top, x * k)) for k in (0, 1, 2, 3, 5, 10))))
        cap = say.format(y=ys)
        out.append((f"投标人近三年承接过类似项目的{c}每个得{xs}分{c}{cap}{e}", str(w), want))
        out.append((f"投标人近三年承接过类似项目的{c}每个得{xs}分{c}{cap}{s}注{col}须提供合同复印件{c}否则不得分", str(w),
                    Unsure()))
    for full in (True, False):
        c, s, e, _lb, _rb, col = _p(full)
        out += [
            (f"类似项目每个得4分{c}此小项最多得12分{s}项目负责人具有高级职称得3分", "15", Unsure()),
            (f"类似项目每个得4分{c}此小项最少得4分", "12", Unsure()),
            (f"类似项目每个得4分{c}此大项最多得12分", "12", Unsure()),
            (f"类似项目每个扣4分{c}此小项最多扣12分", "12", _sure(Per("4"))),
            (f"类似项目每个扣4分{c}此小项最多扣8分", "12", _sure(Per("4", "8"))),
            (f"类似项目每个得4分{c}此小项最多得12分{c}未提供的不得分", "12",
             _sure(Fn(("项目",), tuple(((k,), min(12, 4 * k)) for k in (0, 1, 2, 3, 5))))),
        ]
    return out


_ALL = rows() + chains() + money() + semicolon() + lines() + caps()
#: (the first statement of a text the generators write twice)
CASES = first_statements(_ALL)


(test_the_probe_is_of_its_size,
 test_every_made_up_text_is_scored_as_it_says_or_is_to_check) = probe_tests(CASES, 300, 600, own=_own)
