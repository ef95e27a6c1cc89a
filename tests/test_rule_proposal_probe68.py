"""Made-up texts of a requirement's points beside a part whose points are given with a graded manner — by the real state,
a degree, its quality or its effect, as seen or as judged (“窗户明亮,得2分;材料规范,按实际得2分”, “…根据程度得2分”,
“…依质量计2分”, “视情况得2分”, “按完成质量计3分”, “根据实际情况计1-3分”, “酌情给2分”, also 依程度/依实际/根据质量/视效果/
视完成效果/按实际效果/视程度), the graded part after a comma, glued to its requirement (“资料完整根据程度得2分”), in brackets,
numbered on its own line, or first with a range of points; split by ,/，/;/； — each with what it states: the graded part
scores anywhere in its points, so a reading of points met or not is to check. Every proposal scores every situation as
the text says, or is not confident.

Confident readings found scoring wrong, and mended (176 texts of the 300, one cause in two places):

- a part graded in a manner other than a rate, a degree word after 按, a result or a share (the cause left by the
  probe of the rate parts) was read surely as a point met or not of a 要点核查: its words (“材料规范,按实际得”) were taken
  for the point's label. Now a label scoring by 按/根据/依/依据/视 … 实际/程度/质量/效果/情况/结果/满意度/完成度/达标度 is
  operative (``reading._LABEL_OPERATIVE``, the home the rate parts already used), its words left unplaced: to check
  (120 texts).
- the same graded manner glued to its requirement (“资料完整根据程度得2分”, “记录清楚依实际得2分”; 56 texts): the
  label unplaced, its words before the clause's score were still marked as a description of the point, since 根据/依/视
  were no operative word (按 is one already). Now those graded manners and 酌情 are operative words too
  (``reading._OPERATIVE``), so the words stay unplaced: to check.

“按时…得2分”, “按要求…得2分”, “按规定…”, “按月报送…”, “按季度…”, “按年度计划…” stay read surely (met or not).
Readings left to check that would score some situations otherwise: every graded part above, and a range of points for
it (“根据实际情况计1-3分”). Corpus unchanged (tuning 6859 exact, 0 confident but wrong).

The checker is ``tests/probe_checks.py``'s.
"""
from __future__ import annotations

import pytest

from services.frameworks.proposal import propose
from tests.probe_checks import Want, first_statements, probe_tests
from tests.proposals import Unsure

_REQS = ["窗户明亮", "制定应急预案", "建立培训台账", "设置分类投放点", "落实值班制度", "开展安全演练"]
#: graded manners: a part scored by the real state, a degree, its quality, as seen, as judged
_GRADED = [("按实际", "得"), ("根据程度", "得"), ("依质量", "计"), ("视情况", "得"), ("按完成质量", "计"),
           ("根据实际情况", "计"), ("酌情", "给"), ("视完成效果", "计"), ("按质量", "打分,"), ("依程度", "得"),
           ("根据质量", "计"), ("视效果", "给"), ("按实际效果", "计"), ("依实际", "得"), ("视程度", "计")]


def graded() -> list[tuple[str, str, Want]]:
    out: list[tuple[str, str, Want]] = []
    for i, (how, say) in enumerate(_GRADED):
        for j, req in enumerate(_REQS[:4]):
            a, b = [(2, 2), (3, 2), (1, 3), (2, 1)][(i + j) % 4]
            w = str(a + b)
            # the graded part scores anywhere in its points: never a point met or not
            out.append((f"{req},得{a}分;材料规范,{how}{say}{b}分。", w, Unsure()))
            out.append((f"{req}得{a}分；资料完整{how}{say}{b}分", w, Unsure()))
            out.append((f"{req}({a}分);整改到位,{how}{say}({b}分)", w, Unsure()))
            out.append((f"1.{req},{a}分;\n2.记录清楚{how}{say}{b}分。", w, Unsure()))
            out.append((f"{how}{say}1-{b}分;{req}得{a}分", w, Unsure()))
    return out


_ALL = graded()
CASES = first_statements(_ALL)


(test_the_probe_is_of_its_size,
 test_every_made_up_text_is_scored_as_it_says_or_is_to_check) = probe_tests(CASES, 250, 600)


@pytest.mark.parametrize("text", ["按时报送得2分;按要求整改得2分。", "按年度计划完成得2分;按季度报送得2分。",
                                  "按规定建档得2分;按月报送进度得2分。", "按时上报得2分；按要求公示得2分",
                                  "按规定配备器材(2分);按季度开展检查(2分)"])
def test_parts_on_time_by_a_rule_or_a_plan_stay_met_or_not(text):
    # 按时, 按要求, 按规定, 按月, 按季度, 按年度计划: no graded manner
    p = propose(text, "4", "指标")
    assert p.kind == "checklist" and p.confident, p.summary
