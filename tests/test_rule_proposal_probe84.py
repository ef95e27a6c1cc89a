"""Made-up texts in the styles of unseen257c's readings — a step of a practical exam written as a bare requirement whose
only figures are the things it handles (“取2支洁净的试管并编号为1、2,分别加入3滴碘液”, “用50mL的量筒量取20mL蒸馏水”:
``wording.MATERIAL_FIGURE``, read by ``all_or_nothing._bare_requirement``), and the steps of a task each worth the same,
not listed (“考生按步骤完成各项操作,每一个步骤得20分”, “规范完成一个步骤得30分”: ``checklist._equal_points``) — and their
near variants: numbers varied, Chinese numerals, full and half width punctuation, an ordinal or a heading before the
step, the step scored (“…,得2分”, “…(2分)”, “…,正确得2分,否则不得分”), a cost per slip or once, the parts of a step each
with points, the steps listed or counted (“共4个步骤”), the 分值 they do not divide, points per step done with or
without a cap, a ladder of steps done, a step not done costing points, a part graded in half, a zeroing line (“出现
安全事故的本题不得分”), a second part, and words that look alike but state something else (“按步骤给分”, “根据步骤给分”,
“分步骤给分”: points earned step by step, no whole met or not; “不少于2个”, “3个以上”, “每2个”, ““四个意识””,
“分别得2分、1分”, “每个环节”) — each with what it states (a few situations and their scores) or that it is unsure (to
check). Every proposal scores every situation as the text says, or is not confident.

Figures: 598 texts written; 99 read confidently before the mend, 32 of them wrong, all of one kind, and mended: a clause
saying the points are earned part by part (“按步骤给分,全部正确得10分”, “根据步骤给分,…”, “依步骤给分”, “分步骤给分”,
“分步给分”, “逐步给分”, “按步骤分步给分”, “按操作步骤评分,操作正确得20分,否则不得分”, “按要点给分”, “根据采分点给分”)
was taken into the condition of a 全有或全无 (a part done earning its share read as nothing): the condition's words were
held as a label, and a label is refused only for a step, a deduction or a share in it (no word of points earned part
by part: not the branch's doing, its 按步骤 let pass as a description changes nothing here). Now such a clause is operative (``reading._BY_PARTS``, in
``_OPERATIVE`` and ``_LABEL_OPERATIVE``) and the reading is to check; the steps a task is done by stay a description
(“按步骤操作得20分,否则不得分” is still read surely). After it 67 texts read confidently, all scoring every situation
as they say: a step scored whole (“取2支试管,加入2滴碘液,正确得2分,否则不得分”, “…,操作正确得满分,操作错误不得分”,
“加入碘液不少于两滴,得2分”), parts of a step with points each (“取3支试管得1分,加入2滴碘液得1分”, “…(1分),…(2分)”),
listed steps each worth the same (“1.取试管;2.加碘液;3.振荡摇匀,每个步骤10分”, “取试管、加碘液和振荡摇匀,规范完成一个
步骤得10分”), “未完成一个步骤扣十分,扣完为止”, “按步骤正确操作得10分,步骤不全得5分,未操作不得分”. Both readings of the
branch are never confident (a bare step's score unsaid; unlisted steps counted by the 分值).

Readings left to check (not confident, so no bar, though some would score otherwise): unlisted steps of the 分值 over
the share read as that many points (a text counting steps otherwise, “共5个步骤” on 40 at 10 each, falls to
judgement); listed steps with a count that disagrees (“…,每个步骤10分,共4个步骤” on 30, read as the 3 listed);
a step's part graded in half (“操作不规范的该步骤得5分”) or a zeroing line beside equal steps (read as the points alone);
“每完成一个步骤得N分” (a formula, its cap unsaid); ladders of steps done (tiers by the count); a bare step's figures,
whether a figure short of them (one drop less) fails the step.

The checker is ``tests/probe_checks.py``'s.
"""
from __future__ import annotations

from itertools import product

from services.frameworks.proposal import propose
from tests.probe_checks import Either, Fault, Faults, first_statements, probe_tests
from tests.proposals import Bands, Once, Per, Ranks, Unsure

Want = object
_CN = {1: "一", 2: "两", 3: "三", 4: "四", 5: "五", 6: "六", 10: "十", 20: "二十", 25: "二十五"}


def _p(full: bool) -> tuple[str, str, str]:
    return ("，", "；", "。") if full else (",", ";", ".")


def _num(n: int, cn: bool) -> str:
    return _CN[n] if cn and n in _CN else str(n)


# ── a step of a practical task, its figures the things it handles ────────────────────────────────────────────────
def _steps(a: int, b: int, cn: bool, c: str) -> list[tuple[str, str]]:
    """A step of a lab task in several wordings (its words, and a word of it), its figures ``a`` and ``b``."""
    na, nb = _num(a, cn), _num(b, cn)
    labels = "、".join(str(i) for i in range(1, a + 1))
    return [
        (f"取{na}支洁净的试管并编号为{labels}{c}分别加入{nb}滴碘液", "试管"),
        (f"用{10 * b}mL的量筒量取{5 * a}mL蒸馏水", "量筒"),
        (f"用镊子取{na}片叶片放在载玻片上{c}滴加{nb}滴清水", "叶片"),
        (f"称取{a}克食盐放入烧杯中{c}加入{10 * b}毫升水搅拌", "食盐"),
        (f"正确连接导线{c}组成含{na}节干电池的串联电路", "电路"),
        (f"取{na}根导线、{nb}只小灯泡组成并联电路", "灯泡"),
        (f"将{na}粒种子放在湿润的纱布上{c}盖上{nb}块玻璃片", "种子"),
        (f"取{na}张滤纸折成漏斗状", "滤纸"),
        (f"组成{a + 2}种脱氧核苷酸共{10 * b}个", "核苷酸"),
        (f"选出玻璃板和{na}个完全相同的棋子", "棋子"),
    ]


def bare() -> list[tuple[str, str, Want]]:
    out: list = []
    for (a, b), full, cn, lead, m in product([(2, 3), (3, 2), (4, 1)], (True, False), (False, True),
                                             ["", "1.", "(2)", "第三步:"], [1]):
        c, s, e = _p(full)
        for i, (step, _word) in enumerate(_steps(a, b, cn, c)):
            if (a + i + len(lead) + full + cn) % 11:  # a spread of the combinations, not all of them
                continue
            weight = str(m + (a + i) % 5)
            out.append((f"{lead}{step}{e}", weight, Unsure()))
            out.append((f"{lead}{step}{s}打破试管的本题不得分", weight, Unsure()))
    return out


def scored() -> list[tuple[str, str, Want]]:
    out: list = []
    for (a, b), full, cn in product([(2, 3), (3, 2)], (True, False), (False, True)):
        c, s, e = _p(full)
        for i, (step, _word) in enumerate(_steps(a, b, cn, c)):
            if (i + full + cn + a) % 5:
                continue
            m = 2 + i % 3
            whole = Either(Ranks((m, 0)), Unsure())
            out.append((f"{step}{c}得{m}分{e}", str(m), whole))
            out.append((f"{step}({m}分)", str(m), whole))
            out.append((f"{step}{c}正确得{m}分{c}否则不得分{e}", str(m), whole))
            out.append((f"{step}{c}操作正确得满分{c}操作错误不得分", str(m), whole))
            out.append((f"{step}{c}每错一处扣1分{c}扣完为止{e}", str(m), Either(Per("1"), Unsure())))
            out.append((f"{step}{c}操作错误扣1分", str(m),
                        Either(Faults((Fault("错误", "-1", None),)), Unsure())))
            out.append((f"{step}{c}每支试管1分", str(m), Unsure()))
            out.append((f"{step}{s}正确得{m}分{s}打破试管的本题不得分", str(m), Unsure()))
    # the parts of a step each with points
    for (a, b), full, cn in product([(2, 3), (3, 2), (4, 1)], (True, False), (False, True)):
        if (a + full + cn) % 2:
            continue
        c, s, e = _p(full)
        na, nb = _num(a, cn), _num(b, cn)
        out.append((f"取{na}支试管得1分{c}加入{nb}滴碘液得1分{e}", "2", Either(Once(("1", "1")), Unsure())))
        out.append((f"取{na}支试管(1分){c}加入{nb}滴碘液(2分)", "3", Either(Once(("1", "2")), Unsure())))
        out.append((f"用{10 * b}mL量筒量取{5 * a}mL水得2分{s}读数时视线与凹液面最低处相平得1分", "3",
                    Either(Once(("2", "1")), Unsure())))
        out.append((f"取{na}支试管{c}分别加入{nb}滴碘液{c}各得1分", "2", Unsure()))
        # the figure the 分值 too
        out.append((f"取{a}支试管{c}加入{a}滴碘液{c}正确得{a}分{c}否则不得分", str(a), Either(Ranks((a, 0)), Unsure())))
        out.append((f"取{a}支试管{c}加入{b}滴碘液{e}{a}分", str(a), Unsure()))
        # a line to reach among the figures
        out.append((f"加入碘液不少于{nb}滴{c}得2分", "2", Either(Ranks((2, 0)), Unsure())))
        out.append((f"取{na}支试管{c}每少取1支扣1分", str(a), Either(Per("1"), Unsure())))
    return out


# ── the steps of a task, each worth the same ─────────────────────────────────────────────────────────────────────
def equal() -> list[tuple[str, str, Want]]:
    out: list = []
    for (each, n), full in product([(10, 4), (20, 3), (25, 6)], (True, False)):
        cn = (each + full) % 2 == 1
        c, s, e = _p(full)
        m = each * n
        x = _num(each, cn)
        one = "一" if cn else "1"
        unlisted = Either(Once((str(each),) * n), Unsure())
        out.append((f"考生按步骤完成各项操作{c}步骤完整正确{c}每{one}个步骤得{x}分{e}", str(m), unlisted))
        out.append((f"考生按步骤完成各项操作{c}规范完成{one}个步骤得{x}分", str(m), unlisted))
        out.append((f"按步骤操作{c}每个步骤{x}分", str(m), unlisted))
        out.append((f"每个步骤各{x}分", str(m), unlisted))
        out.append((f"每一个步骤得{x}分{c}满分{m}分", str(m), unlisted))
        out.append((f"每一个步骤得{x}分{c}共{n}个步骤", str(m), unlisted))
        # the steps counted otherwise, the 分值 not held
        out.append((f"每一个步骤得{x}分{c}共{n + 1}个步骤", str(m), Unsure()))
        out.append((f"规范完成{one}个步骤得{x}分", str(m + each // 2 + 1), Unsure()))
        out.append((f"每一个步骤得{x}分{c}满分{m + each}分", str(m), Unsure()))
        # a part graded, a zeroing line, a second part
        out.append((f"每个步骤{x}分{c}操作不规范的该步骤得{each // 2 or 1}分", str(m), Unsure()))
        out.append((f"每个步骤{x}分{c}步骤顺序颠倒的不得分", str(m), Unsure()))
        out.append((f"每个步骤{x}分{s}出现安全事故的{c}本题不得分", str(m), Unsure()))
        out.append((f"每一个步骤得{x}分{s}实验报告填写完整另得10分", str(m + 10), Unsure()))
        out.append((f"每一个步骤得{x}分{c}操作规范熟练另加2分", str(m), Unsure()))
        # points per step done, steps not done
        plus = Either(Either(Faults((Fault("步骤", f"+{each}", True),), base="0"), Once((str(each),) * n)), Unsure())
        out.append((f"每完成{one}个步骤得{x}分", str(m), plus))
        out.append((f"每完成{one}个步骤得{x}分{c}最多得{m}分", str(m), plus))
        out.append((f"每完成{one}个步骤得{x}分{c}最多得{m - each}分", str(m), Unsure()))
        out.append((f"每漏做{one}个步骤扣{x}分{c}扣完为止", str(m), Either(Per(str(each)), Unsure())))
        out.append((f"未完成{one}个步骤扣{x}分{c}扣完为止", str(m), Either(Per(str(each)), Unsure())))
        out.append((f"全部步骤完成得{m}分{s}未完成{one}个步骤扣{x}分", str(m), Either(Per(str(each)), Unsure())))
        out.append((f"每个步骤{x}分{c}漏做{one}个步骤扣{x}分", str(m), Either(Per(str(each)), Unsure())))
    # listed steps
    names = ["取试管", "加碘液", "振荡摇匀", "观察颜色", "记录结果", "清洗仪器"]
    for (each, n), (full, style) in product([(10, 3), (4, 5)],
                                            zip((True, False, True, False, True), ["num", "pause", "circled", "bracket", "and"])):
        c, s, e = _p(full)
        m = each * n
        steps = names[:n]
        if style == "num":
            body = s.join(f"{i}.{x}" for i, x in enumerate(steps, 1))
        elif style == "pause":
            body = "、".join(steps)
        elif style == "circled":
            body = "".join(f"{'①②③④⑤'[i]}{x}" for i, x in enumerate(steps))
        elif style == "bracket":
            body = "".join(f"({i}){x}" for i, x in enumerate(steps, 1))
        else:
            body = "、".join(steps[:-1]) + "和" + steps[-1]
        listed = Either(Once((str(each),) * n), Unsure())
        out.append((f"{body}{c}每个步骤{each}分", str(m), listed))
        out.append((f"{body}{e}每一个步骤得{each}分", str(m), listed))
        out.append((f"{body}{c}规范完成一个步骤得{each}分", str(m), listed))
        out.append((f"{body}{c}每个步骤{each}分{c}共{n + 1}个步骤", str(m), Unsure()))
        out.append((f"{body}{c}每个步骤{each}分", str(m + each), Unsure()))
        out.append((f"{body}{c}每个步骤{each}分{c}最多得{m - each}分", str(m), Unsure()))
        out.append((f"{body}{c}每个步骤正确得{each}分{c}不规范得{each / 2:g}分", str(m), Unsure()))
    # ladders of steps done
    for full in (True, False):
        c, s, e = _p(full)
        out.append((f"完成4个步骤得20分{c}完成3个步骤得12分{c}完成2个步骤得6分{c}完成1个步骤得2分", "20",
                    Either(Bands(((4, 20), (3, 12), (2, 6), (1, 2), (0, 0))), Unsure())))
        out.append((f"完成4个步骤得20分{s}完成3个步骤得15分{s}完成2个步骤得10分{s}完成1个步骤得5分", "20",
                    Either(Bands(((4, 20), (3, 15), (2, 10), (1, 5), (0, 0))), Unsure())))
        out.append((f"全部完成得20分{c}只完成1个步骤得5分", "20", Unsure()))
        out.append((f"全部完成得满分{c}完成1个步骤得5分{c}未完成不得分", "20", Unsure()))
        out.append((f"未完成1个步骤扣5分{c}未完成2个步骤扣15分", "20", Unsure()))
        out.append((f"完成一个步骤得5分{c}完成两个步骤得10分", "10",
                    Either(Bands(((2, 10), (1, 5), (0, 0))), Unsure())))
    return out


# ── points earned step by step, and other look-alikes ─────────────────────────────────────────────────────────────
def alike() -> list[tuple[str, str, Want]]:
    out: list = []
    ways = ["按步骤给分", "根据步骤给分", "依步骤给分", "分步骤给分", "分步给分", "按步骤分步给分", "按操作步骤评分",
            "按步骤赋分", "按步骤打分", "依据实验步骤计分", "按步骤得分", "逐步给分", "按要点给分", "根据采分点给分"]
    for i, way in enumerate(ways):
        full, m = i % 2 == 0, (10, 20)[i % 3 == 0]
        c, s, _e = _p(full)
        out.append((f"{way}{c}全部正确得{m}分", str(m), Unsure()))
        out.append((f"{way}{c}操作完全正确得满分", str(m), Unsure()))
        out.append((f"{way}{c}操作正确得{m}分{c}否则不得分", str(m), Unsure()))
        out.append((f"{way}{c}完全正确得{m}分{s}基本正确得{m // 2}分{s}错误不得分", str(m), Unsure()))
    for m, full in product((10, 6), (True, False)):
        c, s, _e = _p(full)
        whole = Either(Ranks((m, 0)), Unsure())
        out.append((f"按步骤操作得{m}分{c}否则不得分", str(m), whole))
        out.append((f"按步骤操作规范得{m}分{c}否则不得分", str(m), whole))
        out.append((f"按步骤完成实验得{m}分", str(m), whole))
        out.append((f"按步骤操作正确{c}得{m}分", str(m), whole))
        out.append((f"按步骤正确操作得{m}分{c}步骤不全得{m // 2}分{c}未操作不得分", str(m),
                    Either(Ranks((m, m // 2, 0)), Unsure())))
        out.append((f"按步骤进行{c}少一个步骤扣2分{c}扣完为止", str(m), Either(Per("2"), Unsure())))
        out.append((f"按步骤正确操作得满分{c}每错一步扣2分{c}扣完为止", str(m), Either(Per("2"), Unsure())))
        out.append((f"实验操作正确得{m}分{c}按步骤酌情给分", str(m), Unsure()))
        out.append((f"操作正确得{m}分{c}按步骤扣分", str(m), Unsure()))
        # counts to reach, steps of a ratio, slogans, points in turn, other units
        out.append(("组织开展宣传活动不少于2个", str(m), Unsure()))
        out.append(("建成3个以上示范点", str(m), Unsure()))
        out.append(("每2个班级配备1名管理员", str(m), Unsure()))
        out.append((f"树立“四个意识”{c}坚定“四个自信”", str(m), Unsure()))
        out.append(("至少准备2种以上实验方案", str(m), Unsure()))
        out.append((f"每个环节{m // 2}分", str(m), Unsure()))
        out.append((f"每个观测点{m // 2}分", str(m), Either(Once((str(m // 2),) * 2), Unsure())))
        out.append((f"每两个步骤得{m // 2}分", str(m), Unsure()))
        out.append((f"规范完成两个步骤得{m // 2}分", str(m), Unsure()))
        out.append((f"分别加入2滴碘液和3滴清水{c}分别得{m // 2}分", str(m), Unsure()))
    out.append(("市级、县级分别得2分、1分", "3", Unsure()))
    out.append(("分别加入2滴碘液、3滴清水,分别得1分、2分", "3", Unsure()))
    out.append(("组成4种脱氧核苷酸共10个,每个1分", "10", Unsure()))
    out.append(("3个步骤各得5分", "15", Either(Once(("5", "5", "5")), Unsure())))
    out.append(("完成3个步骤得15分", "15", Unsure()))
    return out


def test_points_earned_part_by_part_are_no_requirement_met():
    for text in ("按步骤给分,全部正确得10分", "根据步骤给分,操作正确得10分,否则不得分", "分步给分,操作完全正确得满分",
                 "按操作步骤评分,操作正确得10分,否则不得分", "逐项打分,全部正确得10分"):
        assert not propose(text, "10", "实验操作").confident, text
    p = propose("按步骤操作得10分,否则不得分", "10", "实验操作")  # the steps a task is done by: a requirement
    assert p.confident and p.kind == "all_or_nothing", p.summary


_ALL = bare() + scored() + equal() + alike()
#: (the first statement of a text the generators write twice)
CASES = first_statements(_ALL)


(test_the_probe_is_of_its_size,
 test_every_made_up_text_is_scored_as_it_says_or_is_to_check) = probe_tests(CASES, 300, 600, name="实验操作")
