"""Made-up texts in the styles of the readings taught at int294 and their near variants: a requirement's points in
brackets with a plus sign after it or before a name in Latin letters (“仓库中存在`README.md`文件（+1分）”, “(2 分) `git log`
输出正确的历史记录”; points not the 分值, several brackets in a row, “(+1分/次)”, “(+1分,最多3分)”, “(-1分)”, “(扣1分)”, “每…
（+1分）”, degrees “较好（+1分）”, two requirements joined by 且/和/或, a bracket after a count, full-width plus, Chinese numerals,
traditional characters), a rank's step said before the word for the decrease (“排名第一记满分,后续位次按0.1分递减,扣完为止”;
递增, 按10%递减, 最低1分, 并列, 前三名, 倒数, 第一名得2分, traditional), a scale's scores before its sentences (“10 5 0
可独立完成。需他人协助。完全依赖他人。”; scores rising, too few or too many, a top not the 分值, 分 written), two faults joined
by 或 before one case (“每负偏离或不响应一项的扣2分”; 和, a cap, no 每, each its own cost), a counted thing with a window of
time (“提供近三年的同类项目业绩。每个业绩得3分,最高得9分”; 近3年, a cap above the 分值, no cap), a count asked then a fault of
manner per time (“每周深入宿舍不少于2次,管理不到位的,每次扣0.5分”; a cap, 扣完为止, a shortfall), and bands of one width
closed by 以此类推 (widths of 5 and 10, steps of 1 and 2, unequal widths, a top band above the 分值, 以下不得分 after) —
full and half width punctuation; each with what it states or that it is unsure. Every proposal scores every situation
as the text says, or is not confident.

Figures: 790 texts written; before mending 81 read confidently, 1 of them confident and wrong, mended; now 80 read
confidently, 0 confident and wrong.
- Two faults joined by 或, each with a count of cases of its own, the numbers not the same (“每缺少一项或不符合要求两项的扣
  2分,扣完为止”): the count of the first was read for both, a sure deduction of 2 per case of either (the second costs 2
  per two cases); now to check (``deduction._OTHER_COUNT_JOINED``, a doubt in ``_per_instance_read``). The same counts
  (“每缺少一项或不符合要求一项的扣2分”, 或者, 、, traditional, 扣二分) stay sure, rightly.
The sure readings met (all right): a rank's step before 递减 with 扣完为止 (full and half width, traditional, 、 or spaces
for stops, 第1位, 后续每降一位扣, 按0.5分/名, 由低到高, 并列 said consistently, a step at or above the 分值, 第十名以后不得分
where the step reaches 0 first), 前三名/前两名满分 then a step (a line and a step down), 排名第一满分,其余不得分 (a choice),
a counted thing with a window of time and points per thing up to a cap (“近三年每完成一个同类项目得3分,最高得9分”; 近3年,
2022年以来, 近三年以来, Chinese numerals, a cap in brackets, 或类似项目, 未提供的得0分), and two faults joined by 或 or 、 with
one count (“每缺少一项或不符合要求一项的扣2分,扣完为止”), or each with its own cost (a formula of two counts).

Readings left to check (not confident, so no bar): every requirement with its points in brackets, before or after it
(with or without the plus sign, points equal to the 分值 or not, a cost, per time, a cap, a degree, two requirements joined,
several brackets, a count before the bracket, a command name after), a rank's step without 扣完为止 or with 递增, 10%, 最低1分,
倒数, 末位, 未排名, 每两个位次, 第二名起, a scale's scores before its sentences (all its variants), two faults joined by 或 before
one case with 负偏离/不响应 and a counted thing with a window in the 业绩 style (“提供近三年的同类项目业绩。每个业绩得3分”), a count
asked then a fault of manner per time, and bands closed by 以此类推.

The checker is ``tests/probe_checks.py``'s (options named by their sentences checked by ``word_options_wrongly``).
"""
from __future__ import annotations

from decimal import Decimal
from itertools import product

from tests.probe_checks import Either, Fault, Faults, WordOpts, first_statements, probe_tests, word_options_wrongly
from tests.proposals import Bands, Once, Per, Ranks, Unsure

Want = object
u = Unsure()


def _p(full: bool) -> tuple[str, str, str, str, str]:
    return ("，", "；", "。", "（", "）") if full else (",", ";", ".", "(", ")")


def _adds(x: Decimal | int | str, cap: Decimal | int | str) -> Bands:
    """A count of cases, ``x`` points each, at most ``cap``."""
    xd, c = Decimal(str(x)), Decimal(str(cap))
    return Bands(tuple((n, min(c, xd * n)) for n in (0, 1, 2, 3, 40)))


def met(m: str | int) -> Ranks:
    return Ranks((m, 0))


# ── a requirement's points in brackets with their plus sign, or before a name in Latin letters ────────────────────
def brackets() -> list[tuple[str, str, Want]]:
    out: list = []
    reqs = [("仓库中存在`README.md`文件", "倉庫中存在`README.md`檔案"), ("提交的压缩包小于5MB", "提交的壓縮包小於5MB"),
            ("脚本使用了UNIX风格的换行符", "腳本使用了UNIX風格的換行符"), ("编写了自动化测试脚本", "編寫了自動化測試腳本")]
    for (req, trad), full, x in product(reqs[:3], (True, False), ("1",)):
        c, _s, _e, lb, rb = _p(full)
        for r in (req, trad):
            out.append((f"{r}{lb}+{x}分{rb}", x, Either(met(x), u)))
            out.append((f"{lb}+{x}分{rb}{r}", x, Either(met(x), u)))
        # points other than the 分值
        out.append((f"{req}{lb}+{x}分{rb}", str(Decimal(x) + 2), u))
        # a space, a full-width plus, no plus, 加
        out.append((f"{req}{lb}+ {x} 分{rb}", x, Either(met(x), u)))
        out.append((f"{req}{lb}＋{x}分{rb}", x, Either(met(x), u)))
        out.append((f"{req}{lb}{x}分{rb}", x, Either(met(x), u)))
        out.append((f"{req}{lb}加{x}分{rb}", x, Either(met(x), u)))
        out.append((f"{req}{lb}+{x}{rb}", x, Either(met(x), u)))
        # a cost, not points earned
        out.append((f"{req}{lb}-{x}分{rb}", x, Either(Once((x,)), u)))
        out.append((f"{lb}-{x}分{rb}{req}", x, Either(Once((x,)), u)))
        out.append((f"未{req}{lb}扣{x}分{rb}", x, Either(Once((x,)), u)))
        out.append((f"{req}{lb}-{x}分{rb}", str(Decimal(x) * 3), Either(Once((x,)), u)))
        # per time, with a cap
        out.append((f"{req}{lb}+{x}分/次{rb}", x, u))
        out.append((f"每{req}{lb}+{x}分{rb}", x, u))
        out.append((f"{req}{lb}+{x}分{c}最多{Decimal(x) * 3}分{rb}", str(Decimal(x) * 3), u))
        out.append((f"每{req}一次{lb}+{x}分{c}最多{Decimal(x) * 3}分{rb}", str(Decimal(x) * 3),
                    Either(_adds(x, Decimal(x) * 3), u)))
        # a degree
        out.append((f"{req}{c}且质量较好{lb}+{x}分{rb}", x, u))
        out.append((f"文档结构较好{lb}+{x}分{rb}", x, u))
        out.append((f"代码注释基本完整{lb}+{x}分{rb}", x, u))
        # two requirements joined
        out.append((f"{req}且能正常运行{lb}+{x}分{rb}", x, Either(met(x), u)))
        out.append((f"{req}和能正常运行的构建脚本{lb}+{x}分{rb}", x, Either(met(x), u)))
        out.append((f"{req}或提交了说明文档{lb}+{x}分{rb}", x, Either(met(x), u)))
        # several brackets in one row
        out.append((f"{req}{lb}+{x}分{rb}{c}提交说明文档{lb}+{x}分{rb}", str(Decimal(x) * 2), Either(Once((x, x)), u)))
        out.append((f"{req}{lb}+{x}分{rb}{c}提交说明文档{lb}+{x}分{rb}", x, u))
        # a count before the bracket
        out.append((f"提交3个以上测试用例{lb}+{x}分{rb}", x, Either(met(x), u)))
        out.append((f"提交测试用例不少于3个{lb}+{x}分{rb}", x, Either(met(x), u)))
        out.append((f"测试用例通过率达到90%{lb}+{x}分{rb}", x, Either(met(x), u)))
        out.append((f"{req}{lb}+{x}分{rb}{lb}须截图{rb}", x, Either(met(x), u)))
    cmds = ["`git log` 输出正确的历史记录", "make test 全部通过", "`ls -l` 的输出格式正确", "README 中写明了编译方法",
            "HTTP 接口返回正确的状态码"]
    for cmd, full, x in product(cmds[:3], (True, False), ("1", "2")):
        c, _s, _e, lb, rb = _p(full)
        out.append((f"{lb}{x} 分{rb} {cmd}", x, Either(met(x), u)))
        out.append((f"{lb}{x}分{rb}{cmd}", x, Either(met(x), u)))
        out.append((f"{lb}{x} 分{rb} {cmd}", str(int(x) + 1), u))
        out.append((f"{lb}-{x} 分{rb} {cmd}", x, u))
        out.append((f"{lb}{x} 分/次{rb} {cmd}", x, u))
        out.append((f"{lb}最多{x}分{rb} {cmd}", x, Either(met(x), u)))
        out.append((f"{lb}{x} 分{rb} {cmd}{c}且无警告", x, Either(met(x), u)))
        out.append((f"{lb}{x} 分{rb} {cmd}{c}每错一处扣1分", x, u))
        out.append((f"{lb}{x} 分{rb} 2 个 {cmd}", x, u))
        out.append((f"{lb}{x} 分{rb} {cmd}较好", x, u))
    return out


# ── a rank's step said before the word for the decrease ───────────────────────────────────────────────────────
def _down(m: Decimal, step: Decimal, top: int = 1, floor: Decimal = Decimal(0)) -> Bands:
    return Bands(tuple((r, max(floor, m - step * max(0, r - top))) for r in (1, 2, 3, 5, 11, 40)))


def ranks() -> list[tuple[str, str, Want]]:
    out: list = []
    for (m, step), full in product([("3", "0.1"), ("5", "0.5"), ("2", "0.25")], (True, False)):
        c, _s, e, _lb, _rb = _p(full)
        md, sd = Decimal(m), Decimal(step)
        down = Either(_down(md, sd), u)
        out += [
            (f"排名第一记满分{c}后续位次按{step}分递减{c}扣完为止", m, down),
            (f"排名第一记满分{c}后续位次按{step}分递减{c}扣完为止{e}", m, down),
            (f"全年投资完成率由高到低排名{c}排名第一记满分{c}后续位次按{step}分递减{c}扣完为止{e}", m, down),
            (f"排名第一記滿分{c}後續位次按{step}分遞減{c}扣完為止{e}", m, down),
            (f"第一名满分{c}后续名次依次按照{step}分递减{c}扣完为止{e}", m, down),
            (f"排名第1位满分{c}其余名次按{step}分递减{c}扣完为止{e}", m, down),
            (f"排名第一满分{c}后续位次依次递减{step}分{c}扣完为止{e}", m, down),
            (f"排名第一记满分{c}后续位次按{step}分递减{e}", m, down),
            (f"排名第一记满分{c}后续位次按{step}分递增{c}扣完为止{e}", m, u),
            (f"排名第一记满分{c}后续位次按10%递减{c}扣完为止{e}", m, u),
            (f"排名第一记满分{c}后续位次按{step}分递减{c}最低1分{e}", m, Either(_down(md, sd, floor=Decimal(1)), u)),
            (f"排名第一记满分{c}后续位次按{step}分递减{c}扣完为止{c}最低1分{e}", m, u),
            (f"排名第一记满分{c}后续位次按{step}分递减{c}扣完为止{e}并列的按同一名次计分{e}", m, down),
            (f"前三名满分{c}后续名次按{step}分递减{c}扣完为止{e}", m, Either(_down(md, sd, top=3), u)),
            (f"前3名记满分{c}后续位次按{step}分递减{c}扣完为止{e}", m, Either(_down(md, sd, top=3), u)),
            (f"排名倒数第一记满分{c}后续位次按{step}分递减{c}扣完为止{e}", m, u),
            (f"排名倒数第一不得分{c}其余位次按{step}分递增{e}", m, u),
            (f"排名第一得2分{c}后续位次按{step}分递减{c}扣完为止{e}", m,
             Either(Bands(tuple((r, max(Decimal(0), Decimal(2) - sd * (r - 1))) for r in (1, 2, 3, 11, 40))), u)
             if m != "2" else down),
            (f"排名第一记满分{c}第二名记{md - 1}分{c}后续位次按{step}分递减{c}扣完为止{e}", m, u),
            (f"排名第一记满分{c}后续每降一位扣{step}分{c}扣完为止{e}", m, down),
            (f"排名第一记满分{c}后续位次按{step}分递减{c}最多扣{md / 2}分{e}", m,
             Either(_down(md, sd, floor=md / 2), u)),
            (f"排名第一记满分{c}后续位次按{step}分加分{c}扣完为止{e}", m, u),
            (f"排名第一记满分{c}后续位次按每位{step}分递减{c}扣完为止{e}", m, down),
            (f"按完成率排名{c}排名第一记满分{c}后续位次按{step}分递减{c}未完成任务的不得分{e}", m, u),
        ]
    for full in (True, False):
        c, _s, e, _lb, _rb = _p(full)
        out += [
            (f"排名第一记满分{c}后续位次按零点五分递减{c}扣完为止{e}", "5", Either(_down(Decimal(5), Decimal("0.5")), u)),
            (f"排名第一记满分{c}后续位次按0.5分递减{c}扣完为止{e}", "5", Either(_down(Decimal(5), Decimal("0.5")), u)),
            (f"排名第一记满分{c}后续位次按1分递减{c}扣完为止{e}", "3", Either(_down(Decimal(3), Decimal(1)), u)),
            (f"排名第一记满分{c}后续位次按0.1分递减{c}扣完为止{e}", "0.5", Either(_down(Decimal("0.5"), Decimal("0.1")), u)),
            (f"排名第一满分{e}", "3", u),
            (f"排名第一满分{c}其余不得分{e}", "3", Either(Ranks((3, 0)), u)),
            (f"排名第一记满分{c}后续位次按0.1分递减{c}扣完为止{e}", "3", Either(_down(Decimal(3), Decimal("0.1")), u)),
        ]
    return out


# ── a scale's scores before its sentences ─────────────────────────────────────────────────────────────────────
def scales() -> list[tuple[str, str, Want]]:
    out: list = []
    rows = [(("可独立完成穿衣", "需他人协助", "完全依赖他人"), ("10", "5", "0")),
            (("可独立上下床", "需少量协助", "能坐起", "完全需要他人搬动"), ("15", "10", "5", "0")),
            (("能独立完成洗漱", "需他人帮忙"), ("5", "0")),
            (("能自行控制排尿", "偶尔失禁", "需他人处理"), ("10", "5", "0"))]
    for (sents, scs), full in product(rows[:3], (True, False)):
        _c, s, e, _lb, _rb = _p(full)
        body = "".join(f"{x}{e}" for x in sents)
        m = scs[0]
        exact = Either(WordOpts(scs, sents), u)
        out += [
            (f"{' '.join(scs)} {body}", m, exact),
            (f"{' '.join(x + '分' for x in scs)} {body}", m, exact),
            (f"{' '.join(scs[::-1])} {body}", m, u),
            (f"{' '.join(scs[:-1])} {body}", m, u),
            (f"{' '.join(scs + ('0',))} {body}", m, u),
            (f"{' '.join(scs)} {body}", str(int(m) + 5), u),
            (f"{'、'.join(scs)} {body}", m, Either(WordOpts(scs, sents), u)),
            (f"{' '.join(scs)} {s.join(sents)}{e}", m, exact),
            (f"{' '.join(scs)}{body}", m, exact),
            (f"{body}{' '.join(scs)}", m, u),
            (f"{' '.join(str(int(x) + 1) for x in scs)} {body}", str(int(m) + 1), u),
        ]
    out.append(("１０ ５ ０ 可独立完成穿衣。需他人协助。完全依赖他人。", "10",
                Either(WordOpts(("10", "5", "0"), ("可独立完成穿衣", "需他人协助", "完全依赖他人")), u)))
    out.append(("10 5 0 可獨立完成穿衣。需他人協助。完全依賴他人。", "10",
                Either(WordOpts(("10", "5", "0"), ("可獨立完成穿衣", "需他人協助", "完全依賴他人")), u)))
    out.append(("10 7 0 可独立完成穿衣。需他人协助。完全依赖他人。", "10",
                Either(WordOpts(("10", "7", "0"), ("可独立完成穿衣", "需他人协助", "完全依赖他人")), u)))
    return out


# ── two faults joined by 或 before one case; a counted thing with a window of time ────────────────────────────────
def joined() -> list[tuple[str, str, Want]]:
    out: list = []
    for (x, m), full in product([("2", "10"), ("0.5", "3")], (True, False)):
        c, s, e, _lb, _rb = _p(full)
        per = Either(Per(x), u)
        out += [
            (f"每负偏离或不响应一项的扣{x}分", m, per),
            (f"每负偏离或不响应一项的扣{x}分{e}", m, per),
            (f"每负偏离或不响应一项的扣{x}分{c}扣完为止{e}", m, per),
            (f"每負偏離或不響應一項的扣{x}分{c}扣完為止{e}", m, per),
            (f"每负偏离或不响应一项的扣{x}分{c}最多扣{Decimal(x) * 2}分{e}", m, Either(Per(x, str(Decimal(x) * 2)), u)),
            (f"每负偏离和不响应一项的扣{x}分{e}", m, u),
            (f"每负偏离一项扣{x}分{c}不响应一项扣{Decimal(x) * 2}分{e}", m,
             Either(Faults((Fault("负偏离|偏离", f"-{x}", True), Fault("不响应", f"-{Decimal(x) * 2}", True))), u)),
            (f"负偏离或不响应的扣{x}分{e}", m, Either(Once((x,)), Either(Per(x), u))),
            (f"每负偏离或不响应一项的{c}本项不得分{e}", m, u),
            (f"每负偏离或不响应一项的加{x}分{e}", m, u),
            (f"每出现一次迟到或早退的扣{x}分{e}", m, per),
            (f"每缺少一项或不符合要求一项的扣{x}分{c}扣完为止{e}", m, per),
            (f"每负偏离或不响应一项的扣{x}分{c}重大偏离的{c}本项不得分{e}", m, u),
        ]
    for (x, cap, m), full, yrs in product([("3", "9", "9"), ("2", "6", "6")], (True, False),
                                          ("近三年", "2022年以来")):
        c, s, e, _lb, _rb = _p(full)
        out += [
            (f"提供{yrs}的同类项目业绩{e}每个业绩得{x}分{c}最高得{cap}分{e}", m, Either(_adds(x, cap), u)),
            (f"提供{yrs}的同类项目业绩{s}每提供1个得{x}分{c}最多得{cap}分{e}", m, Either(_adds(x, cap), u)),
            (f"提供{yrs}的同类项目业绩{e}每个业绩得{x}分{e}", m, Either(_adds(x, m), u)),
            (f"提供{yrs}的同类项目业绩{e}每个业绩得{x}分{c}最高得{int(cap) + 3}分{e}", m, u),
            (f"提供{yrs}的同类项目业绩{e}每个业绩扣{x}分{c}最高扣{cap}分{e}", m, u),
            (f"提供{yrs}的同类项目业绩不少于2个{e}每个业绩得{x}分{c}最高得{cap}分{e}", m, u),
            (f"提供{yrs}的同类项目业绩{e}每个业绩得{x}分{c}最高得{cap}分{e}未提供的不得分{e}", m,
             Either(_adds(x, cap), u)),
            (f"{yrs}每完成一个同类项目得{x}分{c}最高得{cap}分{e}", m, Either(_adds(x, cap), u)),
        ]
    return out


# ── a count asked then a fault of manner per time; bands of one width closed by 以此类推 ─────────────────────────────
def _so_on(top: int, width: int, step: int, m: int) -> Bands:
    samples = []
    for v in (100, 95, 90, 89, 85, 84, 80, 79, 75, 74, 70, 65, 60, 50, 10, 0):
        k = 0 if v >= 90 else (89 - v) // width + 1
        samples.append((v, max(0, min(m, top - step * k))))
    return Bands(tuple(samples))


def manner_and_so_on() -> list[tuple[str, str, Want]]:
    out: list = []
    for (x, m), full in product([("0.5", "5"), ("2", "10")], (True, False)):
        c, s, e, _lb, _rb = _p(full)
        per = Either(Per(x), u)
        out += [
            (f"班主任每周深入宿舍不少于2次{c}管理不到位的{c}每次扣{x}分{e}", m, per),
            (f"班主任每周深入宿舍不少于2次{c}管理不到位的{c}每次扣{x}分{c}扣完为止{e}", m, per),
            (f"班主任每周深入宿舍不少于2次{c}管理不到位的{c}每次扣{x}分{c}最多扣2分{e}", m, Either(Per(x, "2"), u)),
            (f"班主任每週深入宿舍不少於2次{c}管理不到位的{c}每次扣{x}分{e}", m, per),
            (f"班主任每周深入宿舍不少于两次{c}管理不到位的{c}每次扣{x}分{e}", m, per),
            (f"班主任每周深入宿舍不少于2次{c}未达到的{c}每次扣{x}分{e}", m, per),
            (f"班主任每周深入宿舍不少于2次{c}少一次扣{x}分{e}", m, per),
            (f"班主任每周深入宿舍不少于2次{c}每次扣{x}分{e}", m, u),
            (f"班主任每周深入宿舍不少于2次{c}管理不到位的{c}扣{x}分{e}", m, Either(Once((x,)), u)),
            (f"班主任每周深入宿舍不少于2次{c}管理不到位的{c}每次加{x}分{e}", m, u),
            (f"管理不到位的{c}每次扣{x}分{c}班主任每周深入宿舍不少于2次{e}", m, per),
            (f"班主任每周深入宿舍不少于2次{c}管理不到位的{c}每次扣{x}分{c}出现安全事故的{c}本项不得分{e}", m, u),
        ]
    for full, pct in product((True, False), ("%", "")):
        c, s, e, _lb, _rb = _p(full)
        so = Either(_so_on(5, 5, 1, 5), u)
        out += [
            (f"满意度测评90-100{pct}得5分{c}85-89{pct}得4分{c}80-84{pct}得3分{c}以此类推", "5", so),
            (f"满意度测评90-100{pct}得5分{s}85-89{pct}得4分{s}80-84{pct}得3分{s}以此类推{e}", "5", so),
            (f"满意度测评90{pct}-100{pct}得5分{c}85{pct}-89{pct}得4分{c}80{pct}-84{pct}得3分{c}依此类推{e}", "5", so),
            (f"满意度测评90～100{pct}得5分{c}85～89{pct}得4分{c}80～84{pct}得3分{c}以此类推{e}", "5", so),
            (f"满意度测评90-100{pct}得5分{c}85-89{pct}得4分{c}80-84{pct}得3分{c}以此類推{e}", "5", so),
            (f"满意度测评90-100{pct}得6分{c}80-89{pct}得4分{c}70-79{pct}得2分{c}以此类推{e}", "6",
             Either(_so_on(6, 10, 2, 6), u)),
            (f"满意度测评90-100{pct}得10分{c}85-89{pct}得8分{c}80-84{pct}得6分{c}以此类推{e}", "10",
             Either(_so_on(10, 5, 2, 10), u)),
            (f"满意度测评90-100{pct}得5分{c}80-89{pct}得4分{c}75-79{pct}得3分{c}以此类推{e}", "5", u),
            (f"满意度测评90-100{pct}得5分{c}85-89{pct}得4分{c}80-84{pct}得2分{c}以此类推{e}", "5", u),
            (f"满意度测评90-100{pct}得6分{c}85-89{pct}得5分{c}80-84{pct}得4分{c}以此类推{e}", "5", u),
            (f"满意度测评90-100{pct}得5分{c}85-89{pct}得4分{c}80-84{pct}得3分{c}以此类推{c}60{pct}以下不得分{e}", "5",
             Either(_so_on(5, 5, 1, 5), u)),
            (f"满意度测评90-100{pct}得5分{c}85-89{pct}得4分{c}80-84{pct}得3分{c}以此类推{c}70{pct}以下不得分{e}", "5", u),
            (f"满意度测评90-100{pct}得4.5分{c}85-89{pct}得4分{c}80-84{pct}得3.5分{c}以此类推{e}", "5", u),
            (f"满意度测评80-84{pct}得3分{c}85-89{pct}得4分{c}90-100{pct}得5分{c}以此类推{e}", "5", u),
            (f"满意度测评90-100{pct}扣0分{c}85-89{pct}扣1分{c}80-84{pct}扣2分{c}以此类推{e}", "5",
             Either(_so_on(5, 5, 1, 5), u)),
        ]
    return out


# ── near variants met after the first pass: a rank's wording, a counted thing, two faults with counts of their own ────
def near() -> list[tuple[str, str, Want]]:
    d3 = Either(_down(Decimal(3), Decimal("0.5")), u)
    top3 = Either(_down(Decimal(3), Decimal("0.5"), top=3), u)
    adds = Either(_adds(3, 9), u)
    per = Either(Per("2"), u)
    return [
        ("排名第二记满分，后续位次按0.1分递减，扣完为止。", "3", u),
        ("排名第一记满分，后续每两个位次按0.5分递减，扣完为止。", "3", u),
        ("排名第一记满分，后续位次每隔一名按0.5分递减，扣完为止。", "3", u),
        ("排名第一记满分，后续位次按0.1分至0.3分递减，扣完为止。", "3", u),
        ("排名第一记满分，后续位次按0.1分递减，扣完为止，排名后三位不得分。", "3", u),
        ("排名第一记满分，第二名起每名次递减0.5分，扣完为止。", "3", d3),
        ("排名前两名记满分，后续位次按0.5分递减，扣完为止。", "3", Either(_down(Decimal(3), Decimal("0.5"), top=2), u)),
        ("排名第一记满分，后续位次按0.1倍递减，扣完为止。", "3", u),
        ("排名第一记满分，后续位次按0.5分/名递减，扣完为止。", "3", d3),
        ("排名第一记满分，后续位次按每名0.5分递减，扣完为止。", "3", d3),
        ("排名第一记满分，末位不得分，其余位次按0.5分递减，扣完为止。", "3", u),
        ("排名第一记满分，后续位次按0.5分递减，扣完为止，未排名的不得分。", "3", u),
        ("排名最后一名记满分，后续位次按0.5分递减，扣完为止。", "3", u),
        ("由低到高排名，排名第一记满分，后续位次按0.5分递减，扣完为止。", "3", d3),
        ("排名第一记2分，后续位次按0.5分递减，扣完为止。", "3",
         Either(Bands(((1, 2), (2, Decimal("1.5")), (5, 0), (40, 0))), u)),
        ("排名第一记满分，后续位次按0.5分递减，最低得1分，扣完为止。", "3", u),
        ("排名第一记满分，后续位次按0.5分递减，扣完为止，并列第二的均得2.5分。", "3", d3),
        ("排名第一记满分，后续位次按0.5分递减，扣完为止；排名进步的加0.5分。", "3", u),
        ("排名第一记满分，后续位次按0.5分递减，扣完为止，最多扣2分。", "3", u),
        ("排名第一扣0分，后续位次按0.5分递减，扣完为止。", "3", u),
        ("排名第一记满分、后续位次按0.5分递减、扣完为止", "3", d3),
        ("排名第一记满分 后续位次按0.5分递减 扣完为止", "3", d3),
        ("全省排名第一记满分，全市排名第一记2分，后续位次按0.5分递减，扣完为止。", "3", u),
        ("排名第一记满分，后续位次按5分递减，扣完为止。", "3", Either(_down(Decimal(3), Decimal(5)), u)),
        ("排名第一记满分，后续位次按2分递减，扣完为止。", "3", Either(_down(Decimal(3), Decimal(2)), u)),
        ("排名第一记满分，后续位次按0.5分递减，扣完为止，第十名以后不得分。", "3", d3),
        ("排名前10%记满分，后续位次按0.5分递减，扣完为止。", "3", u),
        ("前三名满分，后续名次按0.5分递减，扣完为止，第十名以后不得分。", "3", top3),
        ("前三名满分，第四名起按0.5分递减，扣完为止。", "3", top3),
        ("前三名满分，后续名次按0.5分递增，扣完为止。", "3", u),
        ("前三名得2分，后续名次按0.5分递减，扣完为止。", "3", u),
        ("前三名满分，后续每两个名次按0.5分递减，扣完为止。", "3", u),
        ("近三年每完成两个同类项目得3分，最高得9分。", "9",
         Either(Bands(((0, 0), (1, 0), (2, 3), (4, 6), (40, 9))), u)),
        ("近三年每完成一个同类项目得3分，不同类项目得1分，最高得9分。", "9", u),
        ("近三年每完成一个合同金额500万元以上的同类项目得3分，最高得9分。", "9", adds),
        ("近三年每完成一个同类项目得3分，最高得9分，每少一个扣3分。", "9", u),
        ("近三年每完成一个同类项目得3分，最高得12分。", "9", u),
        ("近三年每完成一个同类项目得3分，最高得9分。", "12", u),
        ("近三年每完成一个同类项目扣3分，最高扣9分。", "9", u),
        ("近三年每完成一个同类项目得3-5分，最高得9分。", "9", u),
        ("近三年每完成一个同类项目得3分，最高得9分，须提供合同复印件，否则不得分。", "9", adds),
        ("近三年每完成一个同类项目得3分，省级以上获奖项目每个另加1分，最高得9分。", "9", u),
        ("近三年每完成一个同类项目最高得3分，最高得9分。", "9", u),
        ("近三年每完成一个同类项目得三分，最高得九分。", "9", adds),
        ("近三年每完成一个同类项目得3分，最多得9分；未提供的得0分。", "9", adds),
        ("近三年以来每完成一个同类项目得3分，最高得9分。", "9", adds),
        ("近三年每完成一个同类项目得3分（最高得9分）。", "9", adds),
        ("近三年每完成一个同类项目或类似项目得3分，最高得9分。", "9", adds),
        ("近三年每完成一个同类项目得3分，最高得9分，近一年的加1分。", "9", u),
        ("近三年每完成一个同类项目的得3分 最高9分", "9", adds),
        ("每缺少一项或不符合要求两项的扣2分，扣完为止。", "10", u),
        ("每缺少两项或不符合要求一项的扣2分，扣完为止。", "10", u),
        ("每缺少1项或不符合要求3项的扣1分，扣完为止。", "10", u),
        ("每缺少一项扣2分或不符合要求一项的扣1分，扣完为止。", "10",
         Either(Faults((Fault("缺少", "-2", True), Fault("不符合", "-1", True))), u)),
        ("每缺少一项或不符合要求一项的扣2分，扣完为止，缺少三项以上不得分。", "10", u),
        ("每缺少一项或不符合要求一项的扣2-3分，扣完为止。", "10", u),
        ("每缺少一项或不符合要求一项的扣2分，最多扣4分。", "10", Either(Per("2", "4"), u)),
        ("每缺少一项或不符合要求一项的扣2分，扣完为止，本项最低得2分。", "10", Either(Per("2", "8"), u)),
        ("每缺少一项或不符合要求一项的扣二分，扣完为止。", "10", per),
        ("每缺少一項或不符合要求一項的扣2分，扣完為止。", "10", per),
        ("每缺少一项或不符合要求一项的扣2分，扣完为止。", "3", per),
        ("每缺少一项或者不符合要求一项的扣2分，扣完为止。", "10", per),
        ("每缺少一项、不符合要求一项的扣2分，扣完为止。", "10", per),
        ("缺少一项或不符合要求一项的扣2分，扣完为止。", "10", per),
        ("每缺少一项或不符合要求一处的扣2分，扣完为止。", "10", per),
    ]


_ALL = brackets() + ranks() + scales() + joined() + manner_and_so_on() + near()
#: (the first statement of a text the generators write twice)
CASES = first_statements(_ALL)


(test_the_probe_is_of_its_size,
 test_every_made_up_text_is_scored_as_it_says_or_is_to_check) = probe_tests(CASES, 400, 800, own=word_options_wrongly)
