"""Made-up texts in the house styles of the readings merged from tuneF102 and tuneG2102 (``_unseen76.py``,
``_unseen78.py``) and of this round's tuning files (zrzy-shanghai, nyjs-tgy, zyz-xbjh, jbgw-xx, xx-haikou,
zrzy-yongkang, wm-zhejiang) — points per count of one with no 每 (“中估协资深会员1人得1分”, capped at the 分值), points per
case “不足N个按比例计分”, steps past a line (“…300人以上,每增加100名加1分,最多加10分”), levels named with other names in
brackets (“县(处)级表彰加0.5分/次,市(地、厅)级…”), a task done else by a rate named (“全面完成…得N分,未完成按抚育率得分”),
full at a line else the rate's share (“≥70%,得20分;<70%,得分=实际的…/70%×20分”), a count's share of another full at a
line, a rate of two numbered blanks (“1.…数:___人2.…数:___人3.…率=②/①×100%…”), bands “X及以下…,X以上…”, bands split at
、 with integer gaps, a step's line taken from the indicator's name (“每低1个百分点扣1分” in the row “…达到60%以上”), a
shortfall of an amount with no line (“每少拆除复耕500平方米扣0.5分,不足500平方米按500平方米计分”), people-count ceilings
(“有3人以下(含3人)…得8分;有6人以下(含6人)…得6分”), only the highest counting (计最高分值,不重复计分), a question's
numbered answers (“①一致(20分) ②不一致(0分)”) — and their near variants (other numerals, units, punctuation, 得/计/加,
orderings, an extra clause a reading should not swallow), each with what it states (a few situations and their scores)
or that it is unsure (to check). Every proposal scores every situation as the text says, or is not confident.

Confident readings found scoring wrong, and mended: none. Nearly every reading of this round is to check; the sure
ones near them (“X及以下…,X以上…” in either unit and either order of scores, cumulative bare 以上 above a held band,
“全面完成…,未完成按完成率计分”, “达到…90%的得N分,未达到的不得分”, a line and its step said in the text beside a line in the
name, “≥70%,得20分;<70%不得分” and a band between, “①一致(20分) ②基本一致(10分) ③不一致(0分)”) score every situation
as the text says.

Readings left to check that score some situations otherwise than the text says (not confident, so no bar; not mended):
- a line under 100% in the numbered blanks (“4.真实率≥90%,得30分5.真实率<90%,得分=实际真实率/90%×30分”) is not the blanks
  reading (which takes ≥100% only): the rate product reads “实际真实率/90%” as the rate over a count labelled “90%”, right
  only if 90 is typed as that count;
- “不足500平方米的不扣分” after a shortfall step (as after any line's step) is left unplaced and the part of a step costs its
  share, where the text lets it pass;
- “X%以上得a分,X%及以下得b分” (a percentage, the bare 以上 said first): the bare 以上 band holds X and, said first, takes it
  (flagged 分档重叠); the settling of a bare 以上 beside a 及以下 is made for counts and amounts, not for percentages (where
  the band said first takes the figure, right when the 及以下 comes first);
- “全面完成…,未完成按完成率计分,完成率低于60%不得分”: the completion leaves the cliff out (flagged);
- “课题组负责人,计10分;主要成员,计4分;独立承担课题者,计10分,按最高分计”: the choice drops the third situation (flagged);
- a count of one closed by “。” or followed by “2人及以上得2分”, points per case with “;不足N个的按比例计分”, and “X及以下…,X以上…”
  on a 分值 past the top band are left to judgement or a checklist (no score to compare).
"""
from __future__ import annotations

import math
from decimal import Decimal
from itertools import product

from tests.probe_checks import (
    Either,
    Fault,
    Faults,
    Want,
    case_test,
)
from tests.proposals import Bands, Ranks, Unsure, dec

# ── what a text states ───────────────────────────────────────────────────────────────────────────────────────




_CN = {0: "零", 1: "一", 2: "两", 3: "三", 4: "四", 5: "五", 6: "六", 7: "七", 8: "八", 9: "九", 10: "十"}


def _up_to(m: str, per: str, ks: tuple[int, ...] = (0, 1, 2, 3, 5, 40)) -> Bands:
    """Points per case from 0, never past the 分值."""
    return Bands(tuple((k, min(dec(m), dec(per) * k)) for k in ks))


# ── points per count of one, no 每 (zrzy-shanghai) ──────────────────────────────────────────────────────────────
_ONES = [("中估协资深会员", "人"), ("专职人员拥有高级职称", "人"), ("在我会立项并通过验收的课题", "项"),
         ("其他评估行业课题", "项"), ("在省级期刊发表论文", "篇"), ("取得发明专利", "项"), ("注册会计师", "名")]


def count_of_one() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for i, ((what, unit), verb) in enumerate(product(_ONES, ["得", "计"])):
        x, m = [("1", "2"), ("2", "4"), ("0.5", "2"), ("1", "3")][i % 4]
        out.append((f"{what}1{unit}{verb}{x}分", m, _up_to(m, x)))
        out.append((f"{what}每1{unit}{verb}{x}分,最高{m}分", m, _up_to(m, x)))
        out.append((f"{what}一{unit}{verb}{x}分", m, Either(_up_to(m, x), Unsure())))
        # a sentence after it, points not going into the 分值, the whole 分值 for one: other readings or to check
        out.append((f"{what}1{unit}{verb}{x}分;未达到的不得分", m, Unsure()))
        out.append((f"{what}1{unit}{verb}{x}分,2{unit}及以上{verb}{m}分", m,
                    Bands(((0, 0), (1, dec(x)), (2, dec(m)), (5, dec(m))))))
        out.append((f"{what}1{unit}{verb}3分", "10", Unsure()))
        out.append((f"{what}1{unit}{verb}{x}分,最高{verb}{dec(m) + 1}分", m, Unsure()))
    return out


# ── points per case, “in proportion” below a target (nyjs-tgy) ───────────────────────────────────────────────────
_EACH = [("建立", "示范田", "个"), ("举办", "培训", "场"), ("建设", "示范点", "个"), ("开展", "宣讲活动", "场"),
         ("发布", "技术简报", "期")]


def in_proportion() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for i, ((verb, what, unit), one) in enumerate(product(_EACH, ["一", "1"])):
        x, n, m = [("5", 5, "40"), ("3", 20, "60"), ("4", 5, "20"), ("2", 10, "30"), ("2.5", 4, "10")][i % 5]
        if dec(x) * n > dec(m):
            n = int(dec(m) / dec(x))
        for form in ["每{v}{o}{u}{w}得{x}分,不足{n}{u}按比例计分,最高得{m}分",
                     "每{v}{o}{u}{w}得{x}分;不足{n}{u}的按比例计分,最高{m}分。",
                     "每{v}{o}{u}{w}计{x}分,不足{n}{u}按比例得分,最多得{m}分"]:
            out.append((form.format(v=verb, o=one, u=unit, w=what, x=x, n=n, m=m), m, _up_to(m, x)))
        # the target past the cap (the share of what?), another unit below: to check
        out.append((f"每{verb}{one}{unit}{what}得{x}分,不足{n * 3}{unit}按比例计分,最高得{m}分", m, Unsure()))
        out.append((f"每{verb}{one}{unit}{what}得{x}分,不足{n}次按比例计分,最高得{m}分", m, Unsure()))
        # a cap short of the 分值
        out.append((f"每{verb}{one}{unit}{what}得{x}分,不足{n}{unit}按比例计分,最高得{dec(m) / 2}分", m,
                    Either(_up_to(str(dec(m) / 2), x), Unsure())))
    return out


# ── steps past a line (zyz-xbjh) ───────────────────────────────────────────────────────────────────────────────
def steps_past() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for i, (what, unit, past) in enumerate(product(["地方性项目人数", "注册志愿者人数", "服务对象"], ["名", "户"],
                                                    ["{L}{u}以上", "超过{L}{u}的"])):
        L, s, x, m = [(300, 100, "1", "10"), (500, 50, "1", "5"), (200, 20, "0.5", "4"), (1000, 200, "2", "8")][i % 4]
        head = past.format(L=L, u=unit)
        samples = tuple((L + s * k, min(dec(m), dec(x) * k)) for k in (0, 1, 2, 3, 100)) + ((L // 2, 0),)
        for cap in [f"最多加{m}分", f"最高加{m}分", f"加满{m}分为止"]:
            out.append((f"{what}{head},每增加{s}{unit}加{x}分,{cap}", m, Bands(samples)))
        out.append((f"{what}{head},每增加{s}{unit}得{x}分", m, Bands(samples)))
        # the points at the line, not past it; a cap not the 分值; steps in another unit: to check or read otherwise
        out.append((f"{what}达到{L}{unit},每增加{s}{unit}加{x}分,最多加{m}分", m, Unsure()))
        out.append((f"{what}{head},每增加{s}{unit}加{x}分,最多加{dec(m) + 2}分", m, Unsure()))
        out.append((f"{what}{head},每增加{s}个加{x}分,最多加{m}分", m,
                    Either(Bands(samples), Unsure()) if unit == "个" else Unsure()))
    # 每增加1次 from nothing (zyz-xbjh)
    for what, (x, m) in product(["每增加1次", "全国新闻媒体采用1次", "省级媒体刊发1篇"], [("1", "5"), ("2", "6")]):
        out.append((f"{what}加{x}分,最高加{m}分", m, _up_to(m, x)))
        out.append((f"{what}加{x}分,最多{m}分", m, _up_to(m, x)))
    return out


# ── levels named with other names in brackets ─────────────────────────────────────────────────────────────────
_LEVELS = [("县(处)级", "市(地、厅)级", "省(部)级"), ("县(区)级", "市(厅)级", "省(部)级"),
           ("县(市、区)级", "设区市级", "省级"), ("乡(镇、街道)级", "县(市、区)级", "市级")]


def bracketed_levels() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for i, ((a, b, c), what) in enumerate(product(_LEVELS, ["表彰", "表扬", "奖励"])):
        x, y, z, m = [("0.5", "1", "2", "3"), ("1", "2", "3", "4"), ("1", "1.5", "2", "5"), ("0.5", "1", "1.5", "2")][i % 4]
        fs = (Fault(a[:1], f"+{x}", True), Fault(b[:1], f"+{y}", True), Fault(c[:1], f"+{z}", True))
        want = Faults(fs, base="0")
        out.append((f"{a}{what}加{x}分/次,{b}{what}加{y}分/次,{c}{what}加{z}分/次,最高不超过{m}分", m, want))
        out.append((f"获{a}{what}每次加{x}分;获{b}{what}每次加{y}分;获{c}{what}每次加{z}分;最高不超过{m}分", m, want))
        out.append((f"{a}{what}加{x}分/次,{b}{what}加{y}分/次,{c}{what}加{z}分/次", m, want))
        # one of each said (no 次): found or not, or to check
        out.append((f"获{a}{what}加{x}分,获{b}{what}加{y}分,获{c}{what}加{z}分,最高{m}分", m,
                    Either(Faults(tuple(Fault(f.word, f.pts, False) for f in fs), base="0"), Unsure())))
    return out


# ── a task done, else by a rate named ─────────────────────────────────────────────────────────────────────────
def done_else_rate() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for task, rate, m in product(["年度造林任务", "森林抚育任务", "年度培训任务"],
                                 ["抚育率", "完成率", "培训率"], ["8", "10"]):
        share = Bands(tuple((v, min(dec(m), dec(m) * v / 100)) for v in (0, 50, 75, 100, 130)))
        out.append((f"全面完成{task}得{m}分,未完成按{rate}得分", m, share))
        out.append((f"全面完成{task}得{m}分;未完成的按{rate}计分。", m, share))
        # the rate's share of something else, a floor, or points lost: to check
        out.append((f"全面完成{task}得{m}分,未完成按{rate}的80%得分", m, Unsure()))
        out.append((f"全面完成{task}得{m}分,未完成的不得分", m, Ranks((int(m), 0))))
        out.append((f"全面完成{task}得{m}分,未完成按{rate}得分,{rate}低于60%不得分", m,
                    Bands(tuple((v, 0 if v < 60 else min(dec(m), dec(m) * v / 100)) for v in (0, 50, 60, 75, 100)))))
    return out


# ── full at a line, else the rate's share of it (jbgw-xx) ─────────────────────────────────────────────────────────
_RATES = ["老年人健康管理率", "高血压患者规范管理率", "建档率", "随访率", "儿童健康管理率"]


def share_of_line() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for i, (r, L) in enumerate(product(_RATES, [70, 80, 90])):
        m = ["20", "10", "15", "30"][i % 4]
        share = Bands(tuple((v, min(dec(m), dec(m) * v / L)) for v in (0, L // 2, L * 4 // 5, L, L + 5, 100)))
        forms = ["1.{r}≥{L}%,得{m}分2.{r}<{L}%,得分=实际的{r}/{L}%×{m}分",
                 "{r}≥{L}%,得{m}分;{r}<{L}%,得分=实际{r}/{L}%×{m}分",
                 "1、{r}≥{L}%的,得{m}分;2、{r}<{L}%的,得分=实际{r}/{L}%×{m}分。",
                 "{r}≥{L}%,计{m}分;{r}<{L}%,得分=实际的{r}÷{L}%×{m}分"]
        for form in forms:
            out.append((form.format(r=r, L=L, m=m), m, share))
        # two lines, the full points not the 分值, another rate in the formula: to check
        out.append((forms[1].format(r=r, L=L, m=m).replace(f"<{L}%", f"<{L - 10}%"), m, Unsure()))
        out.append((forms[1].format(r=r, L=L, m=int(m) // 2), m, Unsure()))
        out.append((f"{r}≥{L}%,得{m}分;{r}<{L}%,得分=实际的知晓率/{L}%×{m}分", m, Unsure()))
        # an extra clause that the reading must not swallow
        out.append((forms[1].format(r=r, L=L, m=m) + ";数据弄虚作假的不得分", m, Unsure()))
    return out


# ── a count's share of another, full at a line (wm / unseen) ──────────────────────────────────────────────────
def count_share() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for i, (what, of, L) in enumerate(product(["建成村级文化活动室数量", "农家书屋数量", "村级综合服务站数量"],
                                              ["行政村数", "社区总数", "建制村数"], [90, 80, 60])):
        m = ["10", "6", "8"][i % 3]
        share = Bands(tuple((v, min(dec(m), dec(m) * v / L)) for v in (0, L // 2, L * 4 // 5, L, 100)))
        out.append((f"{what}已达{of}{L}%的得{m}分,未达总数{L}%的,按比例扣除,扣完为止。", m, share))
        out.append((f"{what}达到{of}{L}%的得{m}分,未达到{L}%的,按比例计分", m, share))
        out.append((f"{what}达到{of}{L}%的得{m}分,未达到{L - 10}%的,按比例计分", m, Unsure()))
        out.append((f"{what}达到{of}{L}%的得{int(m) // 2}分,未达到{L}%的,按比例计分", m, Unsure()))
        out.append((f"{what}达到{of}{L}%的得{m}分,未达到{L}%的不得分", m,
                    Bands(((L - 1, 0), (L, dec(m)), (100, dec(m))))))
    return out


# ── a rate of two numbered blanks (jbgw-xx) ───────────────────────────────────────────────────────────────────
_BLANKS = [("入户核实人数", "服务真实人数", "真实率", "人"), ("查看的档案(体检表)数", "规范份数", "规范率", "份"),
           ("应随访人数", "实际随访人数", "随访率", "人"), ("抽查档案数", "合格档案数", "合格率", "份")]


def blanks() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for i, ((a, b, r, u), blank, m) in enumerate(product(_BLANKS, ["_______", "____", "＿＿＿"], ["30", "20"])):
        share = Bands(tuple((v, min(dec(m), dec(m) * v / 100)) for v in (0, 50, 75, 100)))
        text = f"1.{a}:{blank}{u}2.{b}:{blank}{u} 3.{r}=②/①×100% 4.{r}≥100%,得{m}分5.{r}<100%,得分=实际{r}/100%×{m}分"
        out.append((text, m, share))
        out.append((text + "附:入户核查否认接受服务的判定为不合格。", m, share))
        # a line under 100%: the share of the line, or to check
        t90 = text.replace("≥100%", "≥90%").replace("<100%", "<90%").replace("/100%", "/90%")
        out.append((t90, m, Bands(tuple((v, min(dec(m), dec(m) * v / 90)) for v in (0, 45, 90, 100)))))
        # full points not the 分值; the blanks taken the other way: to check or read as said
        out.append((text.replace(f"得{m}分", f"得{int(m) // 2}分").replace(f"×{m}分", f"×{int(m) // 2}分"), m, Unsure()))
        out.append((text.replace("②/①", "①/②"), m, Unsure()))
    return out


# ── bands: X及以下 beside a bare X以上 (zrzy-shanghai) ────────────────────────────────────────────────────────────
def held_below() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for i, ((v, unit), (a, b)) in enumerate(product([(100, "万元"), (500, "万元"), (50, "人"), (3, "年")],
                                                    [(1, 2), (2, 4), (1, 3)])):
        m = str(b)
        samples = Bands(((v - 1, a), (v, a), (v + 0.5, b), (v * 3, b)))
        out.append((f"{v}{unit}及以下得{a}分,{v}{unit}以上得{b}分", m, samples))
        out.append((f"{v}{unit}及以下的,得{a}分;{v}{unit}以上的,得{b}分", m, samples))
        out.append((f"{v}{unit}以上得{b}分,{v}{unit}及以下得{a}分", m, samples))
        out.append((f"{v}{unit}及以下计{a}分,{v}{unit}以上计{b}分。", m, samples))
        # both bare, both held: to check
        out.append((f"{v}{unit}以下得{a}分,{v}{unit}以上得{b}分", m, Unsure()))
        out.append((f"{v}{unit}及以下得{a}分,{v}{unit}及以上得{b}分", m, Unsure()))
        # 满…年 (membership years)
    for a, b, m in ((1, 3, "2"), (2, 5, "2")):
        out.append((f"入会时间满{a}年得1分,满{b}年及以上得2分", m,
                    Bands(((a, 1), (b - 0.5, 1), (b, 2), (b + 4, 2)))))
    return out


# ── bands split at 、, integer gaps (zrzy-shanghai) ───────────────────────────────────────────────────────────
def pause_bands() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for i, (what, (l1, h1, l2, h2, l3), (p1, p2, p3)) in enumerate(product(
            ["土地估价专业人员培训考勤率", "出勤率", "参训率"],
            [(60, 75, 76, 89, 90), (50, 69, 70, 89, 90), (70, 79, 80, 94, 95)],
            [("1", "1.5", "2"), ("2", "3", "4")])):
        m = p3
        said = ((l1, p1), (h1, p1), (l2, p2), (h2, p2), (l3, p3), (100, p3))
        out.append((f"{what}{l1}%-{h1}%得{p1}分、{l2}%-{h2}%得{p2}分、{l3}%及以上得{p3}分", m, Bands(said)))
        out.append((f"{what}{l1}%～{h1}%得{p1}分、{l2}%～{h2}%得{p2}分、{l3}%以上(含)得{p3}分", m, Bands(said)))
        out.append((f"{what}{l1}%-{h1}%计{p1}分,{l2}%-{h2}%计{p2}分,{l3}%及以上计{p3}分,{l1}%以下不得分", m,
                    Bands(said + ((l1 - 1, 0),))))
        out.append((f"{what}{l3}%及以上得{p3}分、{l2}%-{h2}%得{p2}分、{l1}%-{h1}%得{p1}分", m, Bands(said)))
        # a gap in the bands (a band missing between): to check
        out.append((f"{what}{l1}%-{h1 - 5}%得{p1}分、{l2}%-{h2}%得{p2}分、{l3}%及以上得{p3}分", m, Unsure()))
    # the staff count's bands (2人得1分,3-5人得2分,…)
    for m in ("4",):
        out.append(("2人得1分,3-5人得2分,6-15人得3分,16人及以上得4分", m,
                    Bands(((2, 1), (3, 2), (5, 2), (6, 3), (15, 3), (16, 4), (30, 4)))))
        out.append(("2人以下得1分,3-5人得2分,6-15人得3分,16人及以上得4分", m,
                    Bands(((1, 1), (2, 1), (3, 2), (5, 2), (6, 3), (15, 3), (16, 4), (30, 4)))))
    return out


# ── a step's line from the indicator's name (wm-zhejiang) ─────────────────────────────────────────────────────
def named_lines() -> list[tuple[str, str, Want, str]]:
    out: list[tuple[str, str, Want, str]] = []
    for i, (name, L) in enumerate([("县(市、区)级以上文明社区占辖区内全部社区比例达到{L}%以上", 60),
                                   ("群众满意率不低于{L}%", 90), ("达标社区占全部社区的比例达到{L}%以上。", 85),
                                   ("Ⅶ-2-1 文明村镇占比≥{L}%", 50), ("志愿者注册率不少于{L}%", 13)]):
        for x, m in (("1", "8"), ("0.5", "5"), ("2", "10")):
            samples = Bands(tuple((v, max(Decimal(0), dec(m) - dec(x) * (L - min(L, v)))) for v in (L, L - 2, L - 4, 0, L + 5)))
            nm = name.format(L=L)
            out.append((f"每低1个百分点扣{x}分,直至本项分值扣完。", m, samples, nm))
            out.append((f"每低1个百分点扣{x}分,扣完为止", m, samples, nm))
            out.append((f"每降低1个百分点扣{x}分。", m, samples, nm))
            # a line in the text beside the name's; two lines in the name; a ceiling in the name: to check
            out.append((f"未达到{L - 5}%的,每低1个百分点扣{x}分,扣完为止", m,
                        Bands(tuple((v, max(Decimal(0), dec(m) - dec(x) * (L - 5 - min(L - 5, v)))) for v in (L - 5, L - 7, 0))), nm))
            out.append((f"每低1个百分点扣{x}分,扣完为止", m, Unsure(), nm + f",优良率不低于{L - 10}%"))
            if "不低于" in nm or "不少于" in nm:  # a ceiling, the step below it: which way is not said
                out.append((f"每低1个百分点扣{x}分,扣完为止", m, Unsure(), nm.replace("不低于", "不高于").replace("不少于", "不超过")))
    return out


# ── a shortfall of an amount with no line (zrzy-yongkang) ─────────────────────────────────────────────────────
def shortfalls() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for i, ((verb, s, unit), (x, m)) in enumerate(product(
            [("拆除复耕", 500, "平方米"), ("整治", 1000, "平方米"), ("完成造林", 100, "亩"), ("复垦", 50, "亩")],
            [("0.5", "10"), ("1", "5"), ("0.2", "4")])):
        ceil = Bands(tuple((v, max(Decimal(0), dec(m) - dec(x) * math.ceil(v / s))) for v in (0, s // 2, s, s * 5 // 2, s * 300)))
        out.append((f"(1)按{verb}面积计算,每少{verb}{s}{unit}扣{x}分,不足{s}{unit}按{s}{unit}计分,本项扣完为止。", m, ceil))
        out.append((f"每少{verb}{s}{unit}扣{x}分,不足{s}{unit}按{s}{unit}计,扣完为止", m, ceil))
        out.append((f"每少{verb}{s}{unit}扣{x}分,不足{s}{unit}的按{s}{unit}计算", m, ceil))
        # no rounding said: whole steps only; not counting the part (不足…不扣分): the floor
        whole = Bands(tuple((v, max(Decimal(0), dec(m) - dec(x) * int(v // s))) for v in (0, s, s * 2, s * 300)))
        out.append((f"每少{verb}{s}{unit}扣{x}分,扣完为止", m, Either(whole, Unsure())))
        floor = Bands(tuple((v, max(Decimal(0), dec(m) - dec(x) * int(v // s))) for v in (0, s // 2, s, s * 5 // 2, s * 300)))
        out.append((f"每少{verb}{s}{unit}扣{x}分,不足{s}{unit}的不扣分,扣完为止", m, floor))
        # an extra fault beside it
        out.append((f"每少{verb}{s}{unit}扣{x}分,不足{s}{unit}按{s}{unit}计,扣完为止。每瞒报漏报一宗违法用地扣0.5分", m, Unsure()))
    # a rate short of a line and a fault per case (zrzy-yongkang)
    for L, x in ((95, "0.5"), (90, "1")):
        out.append((f"土地违法案件发现率低于{L}%的,每少1%扣{x}分,扣完为止。", "10",
                    Bands(tuple((v, max(Decimal(0), 10 - dec(x) * (L - min(L, v)))) for v in (L, L - 2, 100, 0)))))
    return out


# ── people-count ceilings (xx-haikou) ─────────────────────────────────────────────────────────────────────────
def ceilings() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for i, (act, (c1, c2, c3), (s0, s1, s2, s3, s4)) in enumerate(product(
            ["未按要求穿戴", "迟到", "桌面杂乱", "未到"], [(3, 6, 10), (2, 5, 8), (5, 10, 15)],
            [(10, 8, 6, 4, 0)])):
        m = str(s0)
        said = Bands(((0, s0), (1, s1), (c1, s1), (c1 + 1, s2), (c2, s2), (c2 + 1, s3), (c3, s3), (c3 + 1, s4), (c3 + 20, s4)))
        out.append((f"①全班均按规定得{s0}分;②有{c1}人以下(含{c1}人){act}得{s1}分;③有{c2}人以下(含{c2}人){act}得{s2}分;"
                    f"④有{c3}人以下(含{c3}人){act}得{s3}分;⑤有{c3 + 1}人以上(含{c3 + 1}人){act}得{s4}分。", m, said))
        out.append((f"全员无{act}得{s0}分;有{c1}人以下(含{c1}人){act}得{s1}分;有{c2}人以下(含{c2}人){act}得{s2}分;"
                    f"有{c3}人以下(含{c3}人){act}得{s3}分;有{c3 + 1}人以上(含{c3 + 1}人){act}得{s4}分", m, said))
        # the first band holding 0 (在检查时有5人以下(含5人)未到,得10分)
        first = Bands(((0, s0), (c1, s0), (c1 + 1, s1), (c2, s1), (c2 + 1, s2), (c3 + 5, s2)))
        out.append((f"在检查时有{c1}人以下(含{c1}人){act},得{s0}分;有{c2}人以下(含{c2}人){act},得{s1}分;"
                    f"有{c2 + 1}人以上(含{c2 + 1}人){act},得{s2}分。", m, first))
        # other deductions after: to check (not swallowed)
        out.append((f"在检查时有{c1}人以下(含{c1}人){act},得{s0}分;有{c2}人以下(含{c2}人){act},得{s1}分;"
                    f"有{c2 + 1}人以上(含{c2 + 1}人){act},得{s2}分。其他扣分情况:不读书,扣2分;有打闹现象扣2分;", m, Unsure()))
        # the top band unsaid: past the last ceiling unsaid
        out.append((f"全员无{act}得{s0}分;有{c1}人以下(含{c1}人){act}得{s1}分;有{c2}人以下(含{c2}人){act}得{s2}分", m,
                    Either(Unsure(), Bands(((0, s0), (1, s1), (c1, s1), (c1 + 1, s2), (c2, s2))))))
        # ceilings scoring more higher up: to check
        out.append((f"有{c1}人以下(含{c1}人)参加得{s3}分;有{c2}人以下(含{c2}人)参加得{s1}分;有{c2 + 1}人以上(含{c2 + 1}人)参加得{s0}分", m,
                    Unsure()))
    return out


# ── near the sure readings: other wordings of a held line, a task's rate with a clause after, lines said in the text ──
def sure_neighbours() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for (v, unit), (a, b) in product([(100, "万元"), (200, "万元"), (30, "人")], [(1, 2), (2, 4)]):
        m = str(b)
        held = Bands(((v - 1, a), (v, a), (v + 0.5, b), (v * 3, b)))
        out.append((f"{v}{unit}(含)以下得{a}分,{v}{unit}以上得{b}分", m, held))
        out.append((f"不超过{v}{unit}得{a}分,超过{v}{unit}得{b}分", m, held))
        out.append((f"{v}{unit}及以下得{b}分,{v}{unit}以上得{a}分", m, Bands(((v - 1, b), (v, b), (v + 0.5, a), (v * 3, a)))))
        out.append((f"{v}{unit}及以下得{a}分,{v}{unit}以上得{b}分,未提供证明材料的不得分", m, Unsure()))
        # the figure claimed twice (及以下 and a range starting at it): the figure unsaid, the rest as said
        out.append((f"{v}{unit}及以下得{a}分,{v}{unit}-{v * 5}{unit}得{b}分,{v * 5}{unit}以上得{b + 1}分", str(b + 1),
                    Bands(((v - 1, a), (v * 2, b), (v * 5 + 1, b + 1)))))
        # cumulative bare 以上 above the held band: the higher band from its figure (以上 holds it, no 及以下 claims it)
        out.append((f"{v}{unit}及以下得{a}分,{v}{unit}以上得{b}分,{v * 5}{unit}以上得{b + 1}分", str(b + 1),
                    Bands(((v - 1, a), (v, a), (v * 2, b), (v * 6, b + 1)))))
        out.append((f"{v}{unit}及以下得{a}分,{v}{unit}以上得{b}分", str(b + 2), Bands(((v, a), (v + 1, b)))))
        out.append((f"{v}{unit}及以下得{a}分,{v * 2}{unit}以上得{b}分", m, Unsure()))
    for task, m in product(["年度造林任务", "森林抚育任务", "年度培训任务"], ["8", "10"]):
        out.append((f"全面完成{task}得{m}分,未完成按完成率计分,超额完成加1分", m, Unsure()))
        out.append((f"全面完成{task}得{m}分,完成80%以上得{int(m) // 2}分,未完成按完成率计分", m, Unsure()))
        out.append((f"全面完成{task}得{m}分,未完成按完成率计分,弄虚作假的不得分", m, Unsure()))
        out.append((f"按时全面完成{task}得{m}分,未完成按完成率计分", m,
                    Bands(tuple((v, min(dec(m), dec(m) * v / 100)) for v in (0, 50, 100, 130)))))
    for what, of, L in product(["农家书屋数量", "村级综合服务站数量"], ["行政村数", "社区总数"], [90, 80]):
        out.append((f"{what}达到{of}{L}%的得10分,未达到{L}%的,每低1个百分点扣1分", "10",
                    Bands(((L, 10), (L - 3, 7), (0, 0), (100, 10)))))
        out.append((f"{what}达到{of}{L}%的得10分,未达到{L}%的,按比例计分;未建立台账的不得分", "10", Unsure()))
    for act, (c1, c2) in product(["未到", "迟到", "未按要求穿戴"], [(3, 6), (5, 10)]):
        out.append((f"有{c1}人以内{act}得8分;有{c2}人以内{act}得6分;有{c2 + 1}人以上{act}得0分;全员无{act}得10分", "10",
                    Either(Unsure(), Bands(((0, 10), (1, 8), (c1, 8), (c1 + 1, 6), (c2, 6), (c2 + 1, 0))))))
        out.append((f"全员无{act}得10分;有{c1}人(含)以下{act}得8分;有{c2}人(含)以下{act}得6分;有{c2 + 1}人(含)以上{act}得0分", "10",
                    Bands(((0, 10), (1, 8), (c1, 8), (c1 + 1, 6), (c2, 6), (c2 + 1, 0)))))
        out.append((f"全员无{act}得10分;有{c1}人以下(含{c1}人){act}得8分;有{c2}人以下(含{c2}人){act}得6分;"
                    f"有{c2 + 1}人以上(含{c2 + 1}人){act}得0分。另每发现一次打闹扣1分", "10", Unsure()))
    for lo, hi, m in ((1, 3, "2"), (2, 4, "3")):
        out.append((f"{lo}人得1分,{lo + 1}-{hi}人得{int(m) - 0.5}分,{hi + 1}人及以上得{m}分", m,
                    Bands(((lo, 1), (lo + 1, dec(m) - Decimal("0.5")), (hi, dec(m) - Decimal("0.5")), (hi + 1, dec(m)), (hi + 9, dec(m))))))
        out.append((f"{lo}人以下得1分,{lo + 1}-{hi}人得{int(m) - 0.5}分,{hi + 2}人及以上得{m}分", m, Unsure()))
    for r, L, (hi, lo) in product(["投诉率", "事故率", "负债率"], ["1", "0.5", "60"], [(2, 0), (4, 2), (3, 1)]):
        # a rate at most, the band below scoring more; said either way round
        samples = Bands(((dec(L) / 2, hi), (L, hi), (dec(L) + Decimal("0.1"), lo), (dec(L) * 2, lo)))
        out.append((f"{r}{L}%及以下得{hi}分,{L}%以上得{lo}分", str(hi), samples))
        out.append((f"{r}{L}%以上得{lo}分,{L}%及以下得{hi}分", str(hi), samples))
    for r, L, m in product(["老年人健康管理率", "规范管理率"], [70, 80], ["20", "10"]):
        out.append((f"{r}≥{L}%,得{m}分;<{L}%不得分", m, Bands(((L - 1, 0), (L, m), (100, m)))))
        out.append((f"{r}≥{L}%,得{m}分;{L - 10}%-{L}%得{int(m) // 2}分;<{L - 10}%不得分", m,
                    Bands(((L - 11, 0), (L - 10, int(m) // 2), (L - 5, int(m) // 2), (L, m), (100, m)))))
    # only the highest counts (计最高分值,不重复计分), a question's numbered answers (jbgw-xx)
    for lead, (a, b, c) in product(["课题组负责人", "项目主持人"], [(10, 4, 2), (8, 4, 2)]):
        out.append((f"{lead},计{a}分;主要成员,计{b}分;一般参与者,计{c}分。同时参与多项课题的计最高分值,不重复计分。", str(a),
                    Ranks((a, b, c, 0))))
        out.append((f"{lead},计{a}分;主要成员,计{b}分;每多参与一项加1分,计最高分值", str(a), Unsure()))
        out.append((f"{lead},计{a}分;主要成员,计{b}分;独立承担课题者,计{a}分,可累计计分", str(a), Unsure()))
    for q, m in product(["系统中健康管理数是否与信息系统数据一致", "报表数据是否与系统数据一致"], ["20", "30"]):
        out.append((f"1.查看{q}①一致({m}分) ②不一致(0分) 2.报表系统中健康管理数:_______人", m, Ranks((int(m), 0))))
        out.append((f"1.查看{q}①一致({m}分) ②基本一致({int(m) // 2}分) ③不一致(0分)", m, Ranks((int(m), int(m) // 2, 0))))
        out.append((f"1.查看{q}①一致({m}分) ②不一致(0分);数据差异超过5%的扣10分", m, Unsure()))
    return out


def _once(cases: list[tuple[str, str, Want, str]]) -> list[tuple[str, str, Want, str]]:
    """Each text, 分值 and name once (a variant a loop makes again alike is the same case)."""
    seen: dict[tuple[str, str, str], Want] = {}
    for text, w, want, name in cases:
        assert seen.setdefault((text, w, name), want) == want, text
    return [(text, w, want, name) for (text, w, name), want in seen.items()]


CASES: list[tuple[str, str, Want, str]] = _once(
    [(t, w, want, "指标") for t, w, want in count_of_one() + in_proportion() + steps_past() + bracketed_levels()
     + done_else_rate() + share_of_line() + count_share() + blanks() + held_below() + pause_bands() + shortfalls()
     + ceilings() + sure_neighbours()] + named_lines())


def test_the_probe_is_of_its_size():
    assert 300 <= len(CASES) <= 1400
    assert len({(text, w, name) for text, w, _want, name in CASES}) == len(CASES)


test_every_made_up_text_is_scored_as_it_says_or_is_to_check = case_test(CASES)
