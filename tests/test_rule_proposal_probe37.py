"""Made-up texts in the house styles of this round's readings — bands scored with 为 (“差错率0-1%为5分”), band cells
opening with the value's name (“覆盖率100% 4 90%≤覆盖率<100% 2 …”), people counted in 名, a line in 期 and a step
short of it, a margin above a level, the requirement met then each step of rise costing points; the 分值 said again
before kinds earning points per case, amount bands each per time, “满分N分”/“不超N分” as a sentence, a cap of several
rows set aside, 同一项目不兼得; a requirement then a fault zeroing the row and a lesser one, grades with points in
brackets, “N个及以上” then lesser situations in words, a bar to commendation, roles scored each period; bands of days
early or late, 满N年, bands going on by 以此类推, 完毕任务, a band's figure run into its points, W%×(A/B)×100; a rate past
a line zeroing the row beside per-case deductions, “发现一件全扣” — and the tuning files' styles (dj-djdtj, jk-tyjg,
spaq-zdc, cb-bjjd, cb-bjzp, dlbz-bhgc, dqwf-xx, hj-jpjc, jyxx-xx-jaxpj, ljfl-xx, qk-xsqk, wsc-fujian, xc-qynk,
zwfw-zhen, clz-xianning) with near variants (other numerals, units, punctuation, 得/计/加/+, orderings, an extra clause
a reading should not swallow), each with what it states (a few situations and their scores) or that it is unsure (to
check). Every proposal scores every situation as the text says, or is not confident.

Confident readings found scoring wrong, and mended (18 texts of the probe before mending, by cause):

- a line said of a period shorter than the year (“每季度至少出版1期,每少1期扣0.5分,扣完为止” of 分值 2, “一星期至少更新3次,
  每少1次扣1分” of 分值 6), one period's shortfall unable to take the 分值, was read surely as a 达标线 on one period's
  figure (threshold ``_line_and_step``, the line in 期 this round's): the shortfalls of the periods add up, and the
  reading scored a year with none 1.5, not 0. Now to check, with a note (``_PERIOD_LINE``) (10 texts);
- bands written in ‰ were read as % (“差错率≤1‰为5分,≤3%为4分,>3%为0分”: ≤1 taken as 1%, so 0.5% scored 5, not 4;
  “≤1‰为5分,≤3‰为4分…” shown as “≤1%”, asking for the value in %): bands of a value all in ‰ now show ‰, and ‰ beside %
  or in a ratio or rate read in % is to check, with a note (proposal ``_per_mille``) (8 texts; the 8 of them all in ‰,
  scored right on the figures but shown in %, found by reading the proposals).

Readings left to check that would score some situations otherwise (not confident, so no bar): 为 bands with gaps, 名
bands with none unsaid, a margin above a level, a rise past the requirement, the 分值 said again before kinds, amount
bands per time, 不超N分/满分N分 and 同一项目不兼得, a requirement with a whole and a lesser fault, grades in brackets, roles
per period, days early or late, 满N年 before a range, 以此类推 bands, figures run into points, W%×(A/B)×100, a rate past
a line zeroing the row, 发现一件全扣 (and “发现3件以上全扣” after a cost per case, read per case but to check), a line per
month whose one month's shortfall can take the 分值 (“每月至少报送信息3条,每少1条扣1分” of 3, as before).

The checker is ``tests/probe_checks.py``'s.
"""
from __future__ import annotations

from decimal import Decimal
from itertools import product

from tests.probe_checks import Either, Fault, Faults, Fn, Want, first_statements, probe_tests
from tests.proposals import Bands, Once, Per, Ranks, Unsure, dec

_CN = {1: "一", 2: "两", 3: "三", 4: "四", 5: "五", 6: "六", 8: "八", 10: "十"}


def _num(x: Decimal) -> str:
    return format(x.normalize(), "f")


# ── bands scored with 为 (cb-bjjd) ────────────────────────────────────────────────────────────────────────────────
def wei_bands() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for what, (m, a, b, c), say in product(["差错率", "错误率", "缺失率"], [(5, 4, 3, 1), (10, 8, 5, 0)], ["为", "计"]):
        # spans with gaps between them: the scores inside the spans said
        gapped = Bands(((0.5, m), (3, a), (4.5, b), (15, c)))
        out.append((f"核对数据,{what}0-1%{say}{m}分,2-3%{say}{a}分,4-5%{say}{b}分,>5%{say}{c}分。", str(m), gapped))
        # lines at most, contiguous
        lines = Bands(((0, m), (0.5, m), (1, m), (2, a), (3, a), (4, b), (5, b), (9, c)))
        out.append((f"{what}≤1%{say}{m}分,≤3%{say}{a}分,≤5%{say}{b}分,>5%{say}{c}分", str(m), lines))
        out.append((f"{what}1%以下{say}{m}分,1%-3%{say}{a}分,3%-5%{say}{b}分,5%以上{say}{c}分", str(m),
                    Bands(((0, m), (0.5, m), (2, a), (4, b), (9, c)))))
        # an extra clause a band reading should not swallow
        out.append((f"{what}≤1%{say}{m}分,≤3%{say}{a}分,>3%{say}{c}分;出现重大差错的不得分", str(m), Unsure()))
        out.append((f"{what}≤1%{say}{m}分,≤3%{say}{a}分,>3%{say}{c}分,每发现1处严重错误扣1分", str(m), Unsure()))
        # the top band's score not the 分值
        out.append((f"{what}≤1%{say}{m - 1}分,≤3%{say}{a - 1}分,>3%{say}0分", str(m), Unsure()))
    for m in (5, 4):
        out.append((f"按时报送为{m}分,未按时报送为0分", str(m), Ranks((m, 0))))
        out.append((f"按时报送为{m}分,未按时报送为1分", str(m), Ranks((m, 1))))
        out.append((f"差错率0为{m}分,≤0.2%为{m - 1}分,≤0.4%为{m - 2}分,>0.4%为0分", str(m),
                    Bands(((0, m), (0.1, m - 1), (0.2, m - 1), (0.3, m - 2), (1, 0)))))
    return out


# ── band cells opening with the value's name, bare scores ─────────────────────────────────────────────────────────
def named_cells() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for name, (m, a, b), (hi, lo) in product(["统防统治覆盖率", "建有规范台账的家庭农场比例", "持证率"],
                                             [(4, 2, 1), (6, 4, 2), (3, 2, 1)], [(90, 80), (95, 85)]):
        out.append((f"{name}100% {m} {hi}%≤{name}<100% {a} {name}<{hi}% 0", str(m),
                    Bands(((100, m), (hi + 1, a), (hi, a), (hi - 5, 0)))))
        out.append((f"{name}100% {m} {hi}%≤{name}<100% {a} {lo}%≤{name}<{hi}% {b} {name}<{lo}% 0", str(m),
                    Bands(((100, m), (hi + 1, a), (hi, a), (lo + 1, b), (lo, b), (lo - 5, 0)))))
        out.append((f"{name}≥{hi}% {m} {lo}%≤{name}<{hi}% {a} {name}<{lo}% 0", str(m),
                    Bands(((100, m), (hi, m), (lo + 1, a), (lo - 1, 0)))))
        # a further case closing the last cell: not in a band reading
        out.append((f"{name}100% {m} {hi}%≤{name}<100% {a} {name}<{hi}%,或发生1起以上安全事故 0", str(m), Unsure()))
        # scores short of the 分值
        out.append((f"{name}100% {m - 1} {hi}%≤{name}<100% {a - 1} {name}<{hi}% 0", str(m), Unsure()))
    return out


# ── people counted in 名 (qk-xsqk) ─────────────────────────────────────────────────────────────────────────────────
def ming() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for who, say in product(["外省专家", "高级职称人员", "外籍成员"], ["得", "则为", "加"]):
        two = Bands(((1, 1), (2, 2), (5, 2)))
        out.append((f"评审组中有1名{who}{say}1分,2名以上{say}2分,最高为2分", "2", two))
        out.append((f"评审组中有一名{who}{say}1分,两名以上{say}2分", "2", two))
        out.append((f"团队中有1名{who}{say}2分,2名{say}3分,3名及以上{say}4分", "4", Bands(((1, 2), (2, 3), (3, 4), (6, 4)))))
        out.append((f"团队中有1名{who}{say}2分,2名{say}3分,3名及以上{say}4分,没有的不得分", "4",
                    Bands(((0, 0), (1, 2), (2, 3), (3, 4), (6, 4)))))
        # a 名 that is a place in a ranking
        out.append((f"全市排名第1名{say}2分,第2名{say}1分", "2", Either(Ranks((2, 1)), Bands(((1, 2), (2, 1))))))
        # more than the 分值
        out.append((f"团队中有1名{who}{say}2分,2名{say}3分,3名及以上{say}5分", "4", Unsure()))
        # a deduction beside the bands
        out.append((f"团队中有1名{who}{say}1分,2名以上{say}2分;未按时报送名单的扣1分", "2", Unsure()))
    return out


# ── a line in 期, a step short of it (xc-jiangxi, spaq-zdc) ────────────────────────────────────────────────────────
def issues() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (n, x, m), (unit, what), cn in product([(12, "0.2", "2"), (4, "0.5", "2"), (6, "1", "3")],
                                               [("期", "编发信息专报"), ("期", "出版内部刊物"), ("次", "召开例会")], [False, True]):
        nn = _CN.get(n, str(n)) if cn else str(n)
        one = "一" if cn else "1"
        line = Either(Bands(tuple((k, max(Decimal(0), dec(m) - dec(x) * max(0, n - k))) for k in (n, n + 3, n - 1, 0))),
                      Per(x))
        out.append((f"每单位全年至少{what}{nn}{unit},每少{one}{unit}扣{x}分,扣完为止", m, line))
        out.append((f"全年{what}不少于{nn}{unit},少{one}{unit}扣{x}分。", m, line))
        out.append((f"至少{what}{nn}{unit},并报送主管部门,每少{one}{unit}扣{x}分,扣完为止", m, line))
        # a line said of a period shorter than the year, one period's shortfall short of the 分值: the shortfalls add up
        per = {"2": "每季度", "3": "每月"}.get(m, "每周")
        out.append((f"{per}至少{what}1{unit},每少{one}{unit}扣{x}分,扣完为止", m, Per(x)))
        out.append((f"{per}至少{what}2{unit},每少{one}{unit}扣{x}分", m, Per(x) if dec(x) * 2 < dec(m) else Either(Per(x), Unsure())))
        # a fault of its own before the line: the faults add up
        out.append((f"未建立工作台账的扣{x}分;每年至少{what}{nn}{unit},每少{one}{unit}扣{x}分", m,
                    Faults((Fault("台账", f"-{x}", False), Fault(f"少|{unit}|{what[-2:]}", f"-{x}", True)))))
        # more than the step, an extra clause
        out.append((f"每年至少{what}{nn}{unit},每少{one}{unit}扣{x}分;资料不完整酌情扣分", m, Unsure()))
    return out


# ── a margin above a level, a lead clause before a bare line ─────────────────────────────────────────────────────
def margins() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for what, (k, m) in product(["亩均产值高于全县同类园区平均水平", "人均收入高于全市农民平均水平"],
                                [(15, "4"), (20, "3"), (10, "5")]):
        out.append((f"{what}{k}%以上", m, Either(Bands(((k, m), (k + 10, m), (k - 1, 0))), Unsure())))
        out.append((f"5.{what}{k}%以上。", m, Either(Bands(((k, m), (k + 10, m), (k - 1, 0))), Unsure())))
        out.append((f"{what}{k}%以内", m, Unsure()))
        out.append((f"{what}{k}%以上得{m}分,{k // 2}%以上得{int(m) - 1}分", m,
                    Bands(((k, m), (k + 5, m), (k - 1, int(m) - 1), (k // 2, int(m) - 1)))))
        out.append((f"{what}{k}%以上得{m}分,每低1个百分点扣1分", m, Unsure()))
    for lead, (n, unit, m) in product(["以合作社为主体,", "以申报单位为主体,", "由乡镇统一组织,"],
                                      [(200, "人次", "5"), (100, "人次", "3"), (50, "户", "4")]):
        out.append((f"{lead}组织社员参加技能培训到{n}{unit}以上。", m, Either(Bands(((n, m), (n * 2, m), (n - 1, 0))), Unsure())))
        out.append((f"{lead}组织参加培训到{n}{unit}以上,每少10{unit}扣1分", m, Unsure()))
        out.append((f"建立技术服务队,开展技能培训到{n}{unit}以上", m, Either(Ranks((int(m), 0)), Unsure())))
    return out


# ── the requirement met, each step of rise costing points (ljfl-wenzhou) ─────────────────────────────────────────
def rises() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (m, x, step), who, tail in product([("10", "2", "1"), ("20", "5", "0.5"), ("8", "1", "1")],
                                           ["", "各县(市、区)"], ["", ",扣完为止"]):
        samples = tuple((v, max(Decimal(0), dec(m) - dec(x) * dec(v) / dec(step))) for v in ("0", step, str(2 * dec(step)), "40"))
        out.append((f"{who}达到要求的,得{m}分;{who}未达到要求的,每增加{step}%扣{x}分{tail}", m,
                    Either(Bands(samples), Unsure())))
        out.append((f"{who}达到要求的,得{m}分。未达到要求的,每上升{step}%扣{x}分{tail}", m, Either(Bands(samples), Unsure())))
        out.append((f"{who}达到要求的,得{int(m) - 1}分;未达到要求的,每增加{step}%扣{x}分{tail}", m, Unsure()))
        out.append((f"{who}达到要求的,得{m}分;未达到要求的,每增加{step}%扣{x}分;数据造假的不得分", m, Unsure()))
    return out


# ── the 分值 said again before kinds, amount bands per time, caps said as sentences (unseen91) ───────────────────────
def kinds() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (a, b, c), (x, y, z), unit in product([("国家级", "省级", "市级"), ("中央媒体", "省级媒体", "市级媒体")],
                                              [("2", "1", "0.5"), ("4", "2", "1")], ["篇"]):
        for m in ("8", "10"):
            want = Faults((Fault(a, f"+{x}", True), Fault(b, f"+{y}", True), Fault(c, f"+{z}", True)), base="0")
            out.append((f"在报刊发表宣传文章{m}分、{a}每{unit}{x}分、{b}每{unit}{y}分、{c}{z}分。", m, Either(want, Unsure())))
            out.append((f"宣传报道{m}分,{a}每{unit}{x}分、{b}每{unit}{y}分、{c}每{unit}{z}分", m, Either(want, Unsure())))
        out.append((f"宣传报道10分,{a}每{unit}{x}分、{b}每{unit}{y}分", "8", Unsure()))
        out.append((f"{a}每{unit}加{x}分,{b}每{unit}加{y}分,{c}每{unit}加{z}分。满分4分", "4",
                    Faults((Fault(a, f"+{x}", True), Fault(b, f"+{y}", True), Fault(c, f"+{z}", True)), base="0")))
        out.append((f"{a}每{unit}加{x}分,{b}每{unit}加{y}分,{c}每{unit}加{z}分。不超4分。", "4",
                    Either(Faults((Fault(a, f"+{x}", True), Fault(b, f"+{y}", True), Fault(c, f"+{z}", True)), base="0"),
                           Unsure())))
        out.append((f"{a}每{unit}加{x}分,{b}每{unit}加{y}分。满分3分", "4", Unsure()))
        out.append((f"{a}每{unit}得{x}分,{b}每{unit}得{y}分。同一项目不兼得、不累计,按照最高得分计算。不超4分。", "4", Unsure()))
        out.append((f"{a}每{unit}得{x}分,{b}每{unit}得{y}分,同一成果不重复计分,最高4分", "4", Unsure()))
    for (hi, mid, lo), (x, y, z), m in product([("1亿元", "5000万", "1000万"), ("2000万元", "500万", "100万")],
                                               [("3", "2", "1"), ("2", "1", "0.5")], ("3", "4")):
        want = Faults((Fault(f"{hi}及以上|及以上", f"+{x}", True), Fault(f"{mid}(含)-|{mid}（含）", f"+{y}", True),
                       Fault(f"{lo}以下", f"+{z}", True)), base="0")
        out.append((f"承建援建工程,合同金额{hi}及以上的,每次加{x}分,{mid}(含)-{hi}的,每次加{y}分,{lo}以下的,每次加{z}分。满分{m}分",
                    m, Either(want, Unsure())))
        out.append((f"承建援建工程,合同金额{hi}及以上的,每次加{x}分,{mid}(含)-{hi}的,每次加{y}分,{lo}以下的,加{z}分。满分{m}分",
                    m, Either(want, Unsure())))
        out.append((f"投资{hi}以上的得{x}分,{mid}以上的得{y}分", m, Unsure() if x != m else Ranks((int(x), int(y)))))
    for (what, x, lo, hi), wide in product([("参加志愿服务每次加", "1", "1", "5"), ("捐款100—1000元的，每100元加", "1", "1", "10"),
                                            ("献血每次加", "2", "2", "6")], ["全年最多加20分", "镇级平台捐款每年最多加30 分"]):
        out.append((f"{what}{x}分 +{lo}至+{hi} {wide}", hi, Unsure()))
        out.append((f"{what}{x}分 +{lo}至+{hi} 全年最多加{hi}分", hi, Either(Unsure(), Faults((Fault("次|元|加", f"+{x}", True),),
                                                                                        base="0"))))
    return out


# ── a requirement then a fault zeroing the row and a lesser one; grades in brackets; words after N个及以上 (unseen92) ─
def choices() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (req, whole, part), (m, x) in product(
            [("建立安全检查台账,记录完整。", "未建立台账的", "记录不完整"), ("制定年度培训计划,并按计划组织实施。", "无计划", "未实施"),
             ("设置专门值班室,配备电话、传真等设备;", "未设置值班室", "设备不全")], [("4", "2"), ("3", "1"), ("1", "0.5")]):
        three = Either(Ranks((int(m) if m != "1" else 1, dec(m) - dec(x), 0)), Faults((Fault(whole[:3] + "|" + whole[-3:], "0", False),
                                                                                        Fault(part, f"-{x}", False))))
        out.append((f"{req}{whole}不得分;{part}扣{x}分", m, three))
        out.append((f"{req}{part}扣{x}分;{whole}不得分。", m, three))
        out.append((f"{req}{whole}不得分,{part}的扣{x}分", m, three))
        # a per-case cost, no whole fault
        out.append((f"{req}{whole}不得分,每缺1项记录扣{x}分", m, Unsure()))
        out.append((f"{req}{whole}扣1分,{part}扣{x}分", m, Either(Once(("1", x)), Unsure())))
    for grades, m in [((("A档", 10), ("B档", 8), ("C档", 5)), "10"), ((("一档", 20), ("二档", 15), ("三档", 10), ("四档", 5)), "20"),
                      ((("优秀", 6), ("良好", 4), ("一般", 2)), "6")]:
        listed = "、".join(f"{g}({p}分)" for g, p in grades)
        want = Ranks(tuple(p for _, p in grades))
        out.append((f"综合考虑工作的及时性、准确性,由考核小组评定;赋分点:{listed}。", m, want))
        out.append((f"由考核小组对各单位综合评定,按{listed}确定得分", m, want))
        out.append((f"由考核小组对各单位综合评定,按{listed}确定得分;另对信息报送及时的加2分", m, Unsure()))
        out.append((f"按{listed}确定得分", str(int(m) + 2), Unsure()))
    for (n, unit, what), (m, y, z) in product([(3, "个", "村的改造任务"), (3, "名", "高层次人才")], [(4, 3, 1), (6, 3, 2)]):
        out.append((f"完成包括重点村在内的{n}{unit}及以上{what},得{m}分;完成包括重点村在内的2{unit}{what},得{y}分;"
                    f"完成重点村{what},得{z}分;未完成重点村{what},不得分", str(m), Either(Ranks((m, y, z, 0)), Unsure())))
        out.append((f"完成{n}{unit}及以上{what},得{m}分;完成2{unit}{what},得{y}分;完成1{unit}{what},得{z}分;未完成,不得分",
                    str(m), Bands(((n, m), (n + 2, m), (2, y), (1, z), (0, 0)))))
        out.append((f"完成{n}{unit}及以上{what},得{m}分;完成重点村{what},得{z}分;每少1{unit}扣1分", str(m), Unsure()))
    for (good, bar), m in product([("达到标准的计", "未达到标准80%不能被表彰"), ("群众满意率达到90%的得", "未达到的不得评先评优"),
                                   ("按期完成整改的计", "未完成整改的取消评优资格")], ["6", "5", "3"]):
        out.append((f"{good}{m}分,{bar}", m, Either(Ranks((int(m), 0)), Unsure())))
        out.append((f"{good}{m}分,未达到的计{int(m) // 2}分,{bar}", m, Unsure()))
        out.append((f"{good}{m}分,未达到的每差1%扣1分,{bar}", m, Unsure()))
    for (a, b, c), per, (x, y) in product([("班主任", "副班主任", "兴趣小组指导教师"), ("社團指導老師", "社團協同指導老師", "助理")],
                                          ["每学期", "每學年"], [(2, 1), (4, 2)]):
        out.append((f"担任{a}{per}加{x}分,担任{b}加{y}分", str(x), Either(Ranks((x, y, 0)), Unsure())))
        out.append((f"担任{a}{per}加{x}分,担任{b}加{x + 1}分", str(x + 1), Unsure()))
        out.append((f"担任{a}{per}加{x}分,每带1个{c}加1分", str(x), Unsure()))
        out.append((f"担任{a}{per}扣{x}分,担任{b}扣{y}分", str(x), Unsure()))
    return out


# ── days early or late, 满N年, 以此类推, 完毕, figures run into points, W%×(A/B)×100 (unseen93) ─────────────────────────
def days_years() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (d, e, (m, a, b)), (early, late, unit, mark) in product(
            [(2, 4, (6, 5, 2)), (7, 15, (10, 8, 4))],
            [("提前供货", "延期", "天", "交货期"), ("提前完工", "拖延", "日", "工期"), ("提前竣工", "延期", "天", "工期")]):
        bands = Bands(((-(d + 1), m), (-d, a), (0, a), (d, a), (d + 1, b), (e, b), (e + 1, 0)))
        out.append((f"{early}{d}{unit}以上给{m}分。按合同{mark}±{d}{unit}(含{d}{unit})给{a}分。{late}{d}至{e}{unit}(含{e}{unit})给{b}分。"
                    f"{late}{e}{unit}以上给0分。", str(m), bands))
        out.append((f"{early}{d}{unit}以上得{m}分;按合同{mark}±{d}{unit}(含{d}{unit})得{a}分;{late}{d}至{e}{unit}(含{e}{unit})得{b}分;"
                    f"{late}{e}{unit}以上不得分。", str(m), bands))
        out.append((f"{late}{d}{unit}以内得{a}分;{late}{d}至{e}{unit}得{b}分;{late}{e}{unit}以上不得分。", str(m), Unsure()))
        out.append((f"{early}{d}{unit}以上得{m}分;按合同{mark}±{d}{unit}得{a}分;{late}{d}至{e}个月得{b}分;{late}{e}个月以上不得分。",
                    str(m), Unsure()))
    for (n, k, top), (what, unit) in product([(2, 4, (1, 3, 5)), (5, 10, (2, 4, 6)), (3, 6, (1, 2, 4))],
                                             [("注册并正常运营", "年"), ("从业", "年"), ("连续参保", "年")]):
        a, b, m = top
        out.append((f"{what}满{n}{unit}的得{a}分;{n}-{k}{unit}得{b}分;{k}{unit}以上得{m}分。", str(m),
                    Either(Bands(((n, a), (n + 1, b), (k + 2, m))), Unsure())))
        out.append((f"{what}满{n}{unit}的得{a}分;满{k}{unit}得{b}分;满{k + 2}{unit}得{m}分。", str(m),
                    Bands(((n, a), (n + 1, a), (k, b), (k + 1, b), (k + 2, m), (k + 5, m)))))
    for (req, who), (w, x, m) in product([("升旗仪式时不得讲话,嬉戏打闹,东张西望等", "违反"), ("课间操全员参加,队列整齐;", "缺席"),
                                          ("按时参加集体活动;", "迟到")], [(3, "1", "10"), (2, "0.5", "5")]):
        samples = tuple((k, max(Decimal(0), dec(m) - dec(x) * -(-k // w))) for k in (0, 1, w, w + 1, 2 * w + 1))
        out.append((f"{req}1至{w}人{who}扣{x}分,{w + 1}至{2 * w}人{who}扣{_num(2 * dec(x))}分,以此类推。", m, Either(Bands(samples), Unsure())))
        out.append((f"{req}1至{w}人{who}扣{x}分,{w + 1}至{2 * w}人{who}扣{_num(2 * dec(x))}分,依此类推。", m, Either(Bands(samples), Unsure())))
        out.append((f"{req}1至{w}人{who}扣{x}分,{w + 1}至{2 * w + 1}人{who}扣{_num(2 * dec(x))}分,以此类推。", m, Unsure()))
        out.append((f"1.全员参加得2分2.1至{w}人{who}扣{x}分,{w + 1}至{2 * w}人{who}扣{_num(2 * dec(x))}分,以此类推。", m, Unsure()))
    for say, (m, lo) in product(["完毕", "完成"], [(2, 80), (4, 60), (3, 70)]):
        out.append((f"{say}年度任务得{m}分;{say}率{lo}%-100%得1分;低于{lo}%不得分。", str(m),
                    Bands(((100, m), (lo + 5, 1), (lo - 5, 0)))))
        out.append((f"未{say}任务得{m}分;{say}率低于{lo}%不得分。", str(m), Unsure()))
    for (m, a, b), (p, q) in product([(20, 15, 10), (10, 6, 3), (60, 48, 36)], [(90, 70), (80, 60)]):
        for ge in (">=", "≥"):
            out.append((f"100%{m}分{ge}{p}%{a}分{ge}{q}%{b}分<{q}%0分", str(m),
                        Bands(((100, m), (p + 1, a), (p, a), (q + 1, b), (q, b), (q - 1, 0)))))
            out.append((f"资金到位情况100%{m}分{ge}{p}%{a}分<{p}%0分", str(m), Bands(((100, m), (p + 1, a), (p - 1, 0)))))
        out.append((f"≥{p}%,{m}分;<{p}%,0分", str(m), Bands(((100, m), (p, m), (p - 1, 0)))))
    for w, (num, den) in product((40, 25, 30), [("已接入统一身份认证平台的业务系统数量", "部门业务系统总数"),
                                                ("已实现全程网上办理的事项数量", "依申请类政务服务事项总数")]):
        rate = Bands(((0, 0), (50, dec(w) / 2), (100, w)))
        out.append((f"计算方法:A2分项分数={w}%×({num}/{den})×100", str(w), Either(rate, Fn((num, den), (
            (("0", "40"), 0), (("20", "40"), dec(w) / 2), (("40", "40"), w))))))
        out.append((f"分项分数={w}%×({num}/{den})×100", str(w - 5), Unsure()))
        out.append((f"分项分数={w}%×({num}/{den})×10", str(w), Unsure()))
    return out


# ── a rate past a line zeroing the row, “发现一件全扣” (jk-tyjg, unseen94) ──────────────────────────────────────────
def gates() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (none, rate), (x, m), cmp in product([("无应急预案", "年度事故率"), ("无安全制度及安全检查", "每学期外伤")],
                                             [("1", "4"), ("0.5", "3")], ["超过", "高于"]):
        gate = Faults((Fault(f"{cmp}|不得分|整项", "0", False), Fault("其余|未落实|做不到|扣", f"-{x}", True)))
        out.append((f"查阅台账,了解情况;{none}或者{rate}{cmp}3%不得分;其余有1项未落实扣{x}分;", m, Either(gate, Unsure())))
        out.append((f"{none}或者{rate}{cmp}2%的,不得分;其余每有1项做不到扣{x}分", m, Either(gate, Unsure())))
        out.append((f"{none}或者{rate}{cmp}2%的,不得分;其余每有1项做不到扣{x}分;情节严重的取消评优资格", m, Unsure()))
    for (a, b), (x, m), n in product([("办理信访件未按期答复的", "涉及重大群体事件未及时处置的"),
                                      ("投诉未按时办结的", "隐瞒不报的"), ("案件未按期结案的", "发生错案的")],
                                     [("1", "5"), ("0.5", "4")], ["1件", "一起"]):
        want = Faults((Fault(f"{a[:4]}|{a[-5:-1]}", f"-{x}", True), Fault(f"{b[:4]}|全扣|整项", "0", False)))
        out.append((f"{a},每发现1件扣{x}分;{b},发现{n}全扣", m, Either(want, Unsure())))
        out.append((f"{a},发现1件扣{x}分;{b},发现{n}全扣", m, Either(want, Unsure())))
        out.append((f"{b},发现{n}全扣", m, Ranks((int(m), 0))))
        out.append((f"{a},每发现1件扣{x}分;{b},{m}分全扣", m, Either(want, Unsure())))
        out.append((f"{a},资料不全扣{x}分;每发现1处错误扣1分", m, Unsure()))
    for (a, b), (x, y, m) in product([("少召开1次座谈会", "解决1个实际问题")],
                                     [("2", "1", "6"), ("1", "0.5", "4")]):
        fn = Fn((a[1:4], b[:4]), tuple(((i, j), min(dec(m), max(Decimal(0), dec(m) - dec(x) * i + dec(y) * j)))
                                      for i, j in ((0, 0), (1, 0), (1, 1), (0, 3), (2, 1))))
        out.append((f"查资料,听反映,{a}扣{x}分,{b}得{y}分", m, Either(fn, Unsure())))
        out.append((f"查资料,听反映,{a}扣{x}分,{b}加{y}分", m, Either(fn, Unsure())))
    return out


# ── the tuning files' house styles ────────────────────────────────────────────────────────────────────────────────
def house() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    # dj-djdtj: one item not done, a shortfall below a standard in bands
    for how, (x, m) in product(["查资料、听反映,", "查资料、听反映、看现场,", "看现场,听汇报,"], [("2", "7"), ("1", "4")]):
        out.append((f"{how}有一项执行不好扣{x}分", m, Per(x)))
        out.append((f"{how}有一个场所未开放扣{x}分", m, Per(x)))
        out.append((f"{how}其他工作会议未列席的,一次扣{x}分", m, Per(x)))
    for (a, b, c), m in product([(2, 4, 6), (1, 3, 5)], ("7", "6")):
        out.append((f"低于标准10%以内的扣{a}分,低于标准20%以内的扣{b}分,低于标准20%以上的扣{c}分", m,
                    Bands(((5, int(m) - a), (15, int(m) - b), (30, max(0, int(m) - c))))))
    # jk-tyjg: each case found, a fault each
    for (a, b), (x, y, m) in product([("幼儿入园未进行体检", "保教人员未体检或无健康证明"), ("未建立晨检记录", "食品留样不足")],
                                     [("0.5", "5", "10"), ("1", "2", "6")]):
        out.append((f"查阅资料。{a},发现一例扣{x}分;每发现1例{b}扣{y}分。", m,
                    Faults((Fault(a[:4], f"-{x}", True), Fault(b[:4], f"-{y}", True)))))
        out.append((f"查阅资料、现场查看。有一项做不到扣{x}分,厕所、便池有尿垢、臭味各扣0.5分。", m, Unsure()))
    # spaq-zdc: a line per year, lacks
    for (n, x, m), cn in product([(4, "1", "4"), (2, "0.5", "2"), (6, "1", "3")], [True, False]):
        nn = _CN[n] if cn else str(n)
        one = "一" if cn else "1"
        line = Either(Bands(tuple((k, max(Decimal(0), dec(m) - dec(x) * max(0, n - k))) for k in (n, n + 2, n - 1, 0))), Per(x))
        out.append((f"查看会议通知、签到、记录等资料,例会一年不少于{nn}次,少{one}次扣{x}分.", m, line))
        out.append((f"查看会议通知、签到、记录等资料,例会一年不少于{nn}次,少{one}次扣{x}分;资料不完整酌情扣分.", m, Unsure()))
        out.append((f"查看计划及总结,缺{one}项扣{x}分.", m, Per(x)))
        out.append((f"查阅台账资料,工作人员、经费、协调制度{one}项不达标扣{x}分.", m, Per(x)))
        out.append((f"每季度检查不少于1次,少{one}次扣{x}分;未签订责任书扣{m}分", m,
                    Faults((Fault("少|次|检查", f"-{x}", True), Fault("责任书", "0", False)))))
    # cb-bjzp: points per case to a cap
    for (what, x, m) in [("每个创新性选题或建议得", "3", "15"), ("每次有效活动得", "4", "8"), ("每篇优秀稿件得", "2", "10")]:
        out.append((f"{what}{x}分,满分{m}分", m, Faults((Fault("个|次|篇|选题|活动|稿件", f"+{x}", True),), base="0")))
        out.append((f"{what}{x}分,最高{m}分", m, Faults((Fault("个|次|篇|选题|活动|稿件", f"+{x}", True),), base="0")))
        out.append((f"{what}{x}分,最高{int(m) + 5}分", m, Unsure()))
    # dlbz-bhgc, dqwf: set up or not, each breach
    for (a, b), m in product([("成立州市級項目領導小組", "未成立"), ("制定实施方案", "未制定"), ("组织开展绩效考评", "未开展")], ["2", "4"]):
        out.append((f"{a},得{m}分,{b}不得分。", m, Ranks((int(m), 0))))
        out.append((f"{a},得{m}分;{b}的,不得分。", m, Ranks((int(m), 0))))
        out.append((f"{a},得{int(m) - 1}分,{b}不得分。", m, Unsure()))
    for x, m in (("1", "8"), ("0.5", "1"), ("2", "6")):
        out.append((f"违反1次扣{x}分,扣完为止。", m, Per(x)))
        out.append((f"违反一次扣{x}分,扣完为止", m, Per(x)))
        out.append((f"违反1次扣{x}分,最多扣{int(dec(m)) // 2 or 1}分", m, Per(x, str(int(dec(m)) // 2 or 1))))
    # hj-jpjc, jyxx-xx-jaxpj, clz-xianning: shares of points and ranges of a deduction, base and performance points
    for m in ("5", "10"):
        out.append(("数据全部用于排污收费、总量核算的,得4分,排污收费、总量核算各占2分; 未使用的,不得分。", m, Unsure()))
        out.append(("课题名称应注明章节与具体内容,不完整者视具体情况扣 1—2分。无课题者扣5分。", m, Unsure()))
        out.append(("有小结提纲且完整的为3分;有作业布置且适当者为2分;不完整者视情况各扣1~2分,无作业布置者扣2分。", m, Unsure()))
        out.append(("播种面积达到或超过前3年平均值的98%得基础分4分,每降低1个百分点扣1分,最多扣4分;每提高1个百分点得绩效分0.5分,直至1分。",
                    m, Unsure()))
    # ljfl-xx: (共N分), (N分)
    for (a, b), (x, m) in product([("组织机构", "专人负责"), ("应急预案", "值班制度")], [("0.5", "2"), ("1", "4")]):
        out.append((f"队伍不健全的,任何一个队伍人数不足的扣{x}分({m}分)", m, Per(x)))
        out.append((f"制度不健全的,每支队伍扣{x}分({m}分)", m, Per(x)))
        out.append((f"未建立{a}的,扣{x}分;未落实{b}的,扣{x}分。(共{m}分)", m, Once((x, x))))
    # wsc-fujian, xc-qynk, zwfw-zhen
    for x, m in (("1", "4"), ("0.5", "3")):
        out.append((f"未持证上岗的,每缺少1人,扣{x}分,最多扣{m}分", m, Per(x)))
        out.append((f"比例达标的得满分{m}分。比例每低于标准规定的5个百分点,扣{x}分或每缺少1人,扣1分。最多扣{m}分。", m, Unsure()))
    for n, m in ((500, "5"), (800, "5"), (300, "3")):
        out.append((f"{n}字或以上", m, Ranks((int(m), 0))))
        out.append((f"稿件{n}字或以上得{m}分", m, Ranks((int(m), 0))))
    for per, k, m in (("1", 5, "10"), ("2", 3, "10")):
        out.append((f"凡有下列行为之一,每人每次扣{per}分,累计{k}次以上每次按双倍扣分。1、迟到;2、早退;3、上班时间玩游戏。", m,
                    Either(Unsure(), Fn(("迟到|早退|次",), tuple(((n,), max(Decimal(0), dec(m) - dec(per) * n - dec(per) * max(0, n - k)))
                                                             for n in (0, 1, k, k + 2))))))
    return out

# ── near variants of the readings that are sure: bands said with 为, bare cells, figures run in, grades in words ────
def near() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for what, (m, a, b), say in product(["差错率", "返工率"], [(5, 4, 2), (10, 6, 3)], ["为", "得"]):
        out.append((f"{what}≤1%{say}{m}分,≤3%{say}{a}分", str(m), Unsure()))
        out.append((f"{what}≤1%{say}{m}分,1%-3%{say}{a}分,>3%{say}0分", str(m), Bands(((0, m), (1, m), (2, a), (3, a), (4, 0)))))
        out.append((f"{what}在1%以内{say}{m}分,1%-3%{say}{a}分,3%以上{say}0分", str(m), Bands(((0, m), (0.5, m), (2, a), (5, 0)))))
        out.append((f"{what}≤1‰{say}{m}分,≤3‰{say}{a}分,>3‰{say}0分", str(m), Bands(((0.5, m), (1, m), (2, a), (3, a), (4, 0)))))
        out.append((f"{what}≤1‰{say}{m}分,≤3%{say}{a}分,>3%{say}0分", str(m), Unsure()))
        out.append((f"{what}≤1%{say}{m}分,≤3%{say}{a}分,>3%{say}0分,出现1起重大差错{say}0分", str(m), Unsure()))
        out.append((f"{what}≤1%{say}{m}分,≤3%{say}{a}分,>3%{say}{b}分,未报送数据的不得分", str(m), Unsure()))
        out.append((f"{what}≤1%{say}{m}分,每增加1个百分点扣1分", str(m), Unsure()))
        out.append((f"{what}≥1%{say}{m}分,≥3%{say}{a}分,<1%{say}0分", str(m), Unsure()))
        out.append((f"{what}≤1%{say}{m}分,≤3%{say}{a}分,>3%{say}0分(按抽查样本计算)", str(m),
                    Either(Bands(((0, m), (1, m), (2, a), (3, a), (4, 0))), Unsure())))
    for grades, m in [(("完全规范", "基本规范", "部分规范", "较多不规范"), 5), (("完整且合理", "较完整", "一般", "有缺陷"), 4)]:
        scores = tuple(range(m, m - len(grades), -1))
        out.append(("," .join(f"{g}为{sc}分" for g, sc in zip(grades, scores)), str(m), Ranks(scores)))
        out.append(("评估稿件," + ",".join(f"{g}为{sc}分" for g, sc in zip(grades, scores)) + "。", str(m), Ranks(scores)))
        out.append(("," .join(f"{g}为{sc}分" for g, sc in zip(grades, scores)) + ",出现政治性差错的本项不得分", str(m),
                    Either(Ranks(scores + (0,)), Unsure())))
        out.append(("," .join(f"{g}为{sc}分" for g, sc in zip(grades, scores)), str(m + 1), Unsure()))
    for name, (m, a), (hi, lo) in product(["培训次数", "入户走访户数"], [(4, 2), (3, 1)], [(4, 2)]):
        out.append((f"{name}≥{hi}次 {m} {lo}≤{name}<{hi} {a} {name}<{lo} 0", str(m),
                    Either(Bands(((hi, m), (hi + 3, m), (lo, a), (hi - 1, a), (lo - 1, 0))), Unsure())))
    for name, (m, a), hi in product(["覆盖率", "达标率"], [(4, 2), (5, 3)], (95, 90)):
        out.append((f"{name}≥{hi}% {m} {name}<{hi}% 0", str(m), Bands(((100, m), (hi, m), (hi - 1, 0)))))
        out.append((f"{name}≥{hi}% {m} {name}<{hi}% {a}", str(m), Bands(((100, m), (hi, m), (hi - 1, a)))))
        out.append((f"{name}100% {m} {hi}%≤{name}<100% {a}", str(m), Either(Bands(((100, m), (hi, a))), Unsure())))
        out.append((f"{name}100% {m} {hi}%≤{name}<100% {a} {name}<{hi}% 0 每发现1处弄虚作假扣1分", str(m), Unsure()))
        out.append((f"{name}100% {m} {name}<100% 0,未按时上报的扣1分", str(m), Unsure()))
        out.append((f"100%{m}分≥{hi}%{a}分<{hi}%不得分", str(m), Bands(((100, m), (hi, a), (hi - 1, 0)))))
        out.append((f"100%{m}分≥{hi}%{a}分", str(m), Either(Bands(((100, m), (hi, a))), Unsure())))
        out.append((f"100%{m}分≥{hi}%{a}分<{hi}%0分;资金挪用的本项不得分", str(m), Unsure()))
        out.append((f"{name}100%{m}分≥{hi}%{a}分<{hi}%0分", str(m), Bands(((100, m), (hi + 1, a), (hi - 1, 0)))))
        out.append((f"100%{m - 1}分≥{hi}%{a}分<{hi}%0分", str(m), Unsure()))
    for (early, late), (m, a, b) in product([("提前", "延期"), ("提前", "逾期")], [(5, 4, 2), (10, 8, 4)]):
        out.append((f"{early}3天以上得{m}分;按期完成得{a}分;{late}3天以内得{b}分;{late}3天以上不得分", str(m),
                    Either(Bands(((-4, m), (0, a), (2, b), (4, 0))), Unsure())))
        out.append((f"{early}3天以上得{m}分;按合同工期±3天(含3天)得{a}分;{late}3至5天(含5天)得{b}分;{late}5天以上不得分;"
                    f"发生质量事故的不得分", str(m), Unsure()))
        out.append((f"{early}3天以上得{m}分;按合同工期±3天(含3天)得{a}分;{late}3至5天(含5天)得{b}分", str(m),
                    Either(Bands(((-4, m), (0, a), (4, b))), Unsure())))
    for n, (m, a) in product((2, 3, 5), [(2, 0), (4, 1)]):
        out.append((f"满{n}年得{m}分,不满{n}年得{a}分", str(m), Either(Bands(((n, m), (n + 2, m), (n - 1, a))), Ranks((m, a)))))
        out.append((f"注册满{n}年的得{m}分", str(m), Either(Bands(((n, m), (n + 2, m), (n - 1, 0))), Ranks((m, 0)))))
    for what, (x, m) in product(["每发现1处差错", "每发现一例"], [("0.5", "5"), ("1", "4")]):
        out.append((f"{what}扣{x}分,扣完为止", m, Per(x)))
        out.append((f"{what}扣{x}分,扣完为止;差错率超过5%为0分", m, Unsure()))
        out.append((f"{what}扣{x}分,发现一起重大差错全扣", m, Unsure()))
        out.append((f"{what}扣{x}分,发现1件全扣", m, Unsure()))
    for req, m in product(["按时报送", "资料齐全", "按要求完成"], ["5", "3"]):
        out.append((f"{req}为{m}分,否则为0分", m, Ranks((int(m), 0))))
        out.append((f"{req}为{m}分,基本{req}为{int(m) - 1}分,未{req}为0分", m, Ranks((int(m), int(m) - 1, 0))))
        out.append((f"{req}为{m}分,未{req}为0分,每迟报1天扣1分", m, Unsure()))
        out.append((f"{req}为满分,每缺1项为扣1分", m, Unsure()))
    return out


# ── counts and rates scored with 为, a line said per period (the near variants that found a cause) ────────────────
def counted_with_wei() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for what, (m, a, b), unit in product(["投诉", "事故"], [(6, 4, 2), (4, 3, 1)], ["件", "起"]):
        out.append((f"{what}0{unit}为{m}分,1{unit}为{a}分,2{unit}为{b}分,3{unit}以上为0分", str(m),
                    Bands(((0, m), (1, a), (2, b), (3, 0), (7, 0)))))
        out.append((f"{what}0{unit}为{m}分,1-2{unit}为{a}分,3{unit}以上为0分", str(m), Bands(((0, m), (1, a), (2, a), (3, 0)))))
        out.append((f"无{what}为{m}分,1{unit}为{a}分,2{unit}以上为0分", str(m), Bands(((0, m), (1, a), (2, 0), (5, 0)))))
        out.append((f"{what}0{unit}为{m}分,1{unit}为{a}分,2{unit}为{b}分", str(m), Either(Bands(((0, m), (1, a), (2, b))), Unsure())))
        out.append((f"{what}0{unit}为{m}分,1{unit}为{a}分,2{unit}以上为0分;瞒报的本项不得分", str(m), Unsure()))
    for name, (m, a, b) in product(["合格率", "准确率"], [(4, 3, 2), (6, 4, 1)]):
        out.append((f"{name}≥98%为{m}分,≥95%为{a}分,≥90%为{b}分,<90%为0分", str(m), Bands(((100, m), (98, m), (96, a), (95, a),
                                                                                      (90, b), (89, 0)))))
        out.append((f"{name}98%以上为{m}分,95%-98%为{a}分,90%-95%为{b}分,90%以下为0分", str(m),
                    Bands(((100, m), (99, m), (96, a), (92, b), (80, 0)))))
        out.append((f"{name}100%为{m}分,95%为{a}分,90%为{b}分", str(m), Unsure()))
        out.append((f"{name}为100%得{m}分,每降低1%扣1分", str(m), Either(Bands(((100, m), (99, m - 1), (98, m - 2))), Unsure())))
    for per, (n, x, m) in product(["每季度", "一星期"], [(1, "0.5", "2"), (3, "1", "6")]):
        for what, unit in (("出版", "期"), ("报送信息", "条"), ("更新", "次")):
            out.append((f"{per}至少{what}{n}{unit},每少1{unit}扣{x}分,扣完为止", m, Per(x)))
            out.append((f"{what}{per}不少于{n}{unit},少一{unit}扣{x}分", m, Per(x)))
    return out


_ALL = (wei_bands() + named_cells() + ming() + issues() + margins() + rises() + kinds() + choices() + days_years() + gates()
        + house() + near()
        + counted_with_wei())
#: (the first statement of a text the generators write twice)
CASES = first_statements(_ALL)


(test_the_probe_is_of_its_size,
 test_every_made_up_text_is_scored_as_it_says_or_is_to_check) = probe_tests(CASES, 300, 1400)
