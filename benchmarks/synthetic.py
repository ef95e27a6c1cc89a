"""A synthetic evaluation of any size, written through the services (for benchmarks and tests).

    from benchmarks.synthetic import make_evaluation
    store = make_evaluation("big.fev", leaves=500, findings=1000)

The framework has four 一级指标 and 二级指标 of about eight 三级指标 each; every leaf is scored by a
deduction rule, so the total is known; findings cycle through the A–E categories. Deterministic:
the same arguments give the same file content.
"""
from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

LEVEL1 = ["决策", "过程", "产出", "效益"]
PHRASE = "用以反映和考核预算支出的实施情况，包括资金到位、使用、管理等方面，"


def _weights(n: int, total: Decimal) -> list[Decimal]:
    """``n`` weights in hundredths summing exactly to ``total``."""
    cents = int(total * 100)
    base, extra = divmod(cents, n)
    return [Decimal(base + (1 if i < extra else 0)) / 100 for i in range(n)]


def framework_dict(leaves: int, per_group: int = 8, total: Decimal = Decimal(100)) -> dict[str, Any]:
    weights = _weights(leaves, total)
    per_l1 = [len(range(i, leaves, 4)) for i in range(4)]
    nodes, k = [], 0
    for i, name in enumerate(LEVEL1):
        count = per_l1[i]
        l2s = []
        for g in range(0, count, per_group):
            kids = []
            for j in range(g, min(g + per_group, count)):
                w = weights[k]
                k += 1
                code = f"{i + 1}.{g // per_group + 1}.{j - g + 1}"
                kids.append({
                    "code": code, "name": f"{name}指标{code}的完成情况", "weight": str(w),
                    "explanation": f"考察{name}方面第{code}项工作的完成程度，" + PHRASE * 2,
                    "points": "评价要点：①是否按计划完成；②是否符合质量标准；③资料是否齐全并及时归档。" + PHRASE,
                    "criteria": "每发现1例不符合扣权重分的10%，扣完为止。",
                    "items": [{"key": "a", "label": "不符合情形", "max": str(w), "type": "deduction",
                               "params": {"per": str((w / 10).quantize(Decimal("0.0001"))), "unit": "例"}}],
                })
            l2w = sum((Decimal(c["weight"]) for c in kids), Decimal(0))
            l2s.append({"code": f"{i + 1}.{g // per_group + 1}", "name": f"{name}二级指标{g // per_group + 1}",
                        "weight": str(l2w), "children": kids})
        l1w = sum((Decimal(c["weight"]) for c in l2s), Decimal(0))
        nodes.append({"code": str(i + 1), "name": name, "weight": str(l1w), "children": l2s})
    return {"format": "fieldeval-framework/1", "id": f"synthetic-{leaves}", "name": f"合成指标体系（{leaves}项）",
            "total": str(total), "grade_scheme": "seed", "nodes": nodes}


def _leaf_codes(fw: dict[str, Any]) -> list[str]:
    out = []

    def rec(nodes):
        for n in nodes:
            if "items" in n:
                out.append(n["code"])
            rec(n.get("children") or [])

    rec(fw["nodes"])
    return out


def sample_like_data(fw: dict[str, Any], findings: int) -> dict[str, Any]:
    codes = _leaf_codes(fw)
    cats = "ABCDE"
    assessments = {code: {"inputs": {"a": {"count": str(i % 3)}},
                          "comment": "未发现问题。" if i % 3 == 0 else f"发现{i % 3}例不符合：资料归档不及时，验收手续不完整。"}
                   for i, code in enumerate(codes)}
    for i, name in enumerate(LEVEL1):
        assessments[str(i + 1)] = {"comment": f"{name}方面的主要扣分理由：部分资料不完整。"}
    return {
        "team": [{"name": "张评价", "role": "组长"}, {"name": "李复核", "role": "组员"}],
        "assessments": assessments,
        "findings": [{"category": cats[i % 5], "title": f"第{i + 1}个问题：资金使用不规范",
                      "detail": f"经核查，第{i + 1}笔支出未按规定履行审批程序，" + PHRASE * 2,
                      "amount": str(Decimal(i * 37 % 9973) / 10), "indicators": [codes[i % len(codes)]]}
                     for i in range(findings)],
        "targets": [{"table": "绩效目标", "level1": "产出指标", "level2": f"数量指标{i // 5 + 1}",
                     "name": f"完成建设任务{i + 1}", "target_text": f"{i + 1}项", "actual_text": f"{i + 1}项"}
                    for i in range(30)],
        "funds": [{"year": 2015 + i, "source": "市财政拨付", "budget": str(1000 + i * 10), "arrived": str(1000 + i * 10),
                   "spent": str(950 + i * 9)} for i in range(10)],
        "sections": [{"key": k, "title": t, "body": "\n\n".join([f"（一）{t}的情况", (PHRASE * 6 + "。") * 3] * 2)}
                     for k, t in (("basic", "一、项目基本情况"), ("analysis", "二、绩效评价指标分析情况"),
                                  ("problems", "三、存在的问题"), ("suggestions", "四、相关建议"),
                                  ("conclusion", "五、综合评价情况及评价结论"))],
        "summary_rows": [{"area": a, "problems": PHRASE * 2, "advice": PHRASE * 3}
                         for a in ("政策制度", "资金分配", "资金管理", "项目管理", "资金效益")],
    }


def make_evaluation(path: Path | str, leaves: int = 500, findings: int = 1000):
    """Create ``path`` (must not exist) and return the open store."""
    from services.evaluation import assessments
    from services.evaluation.sample import load_into
    from services.frameworks import catalog

    fw = framework_dict(leaves)
    info = {"name": f"合成评价项目（{leaves}项指标）", "evaluated_unit": "某市某局", "department": "某市某局",
            "commissioner": "某市财政局", "agency": "某评价咨询有限公司", "year": 2024, "fund_total": "12345.67",
            "onsite_amount": "10000", "onsite_amount_qualifier": "＞", "project_count": "10",
            "onsite_project_count": "8", "report_date": "2024-09-30"}
    store = assessments.create(path, catalog.from_dict(fw, "synthetic"), info)
    try:
        load_into(store, sample_like_data(fw, findings))
    except BaseException:
        store.close()
        Path(path).unlink(missing_ok=True)
        raise
    return store


if __name__ == "__main__":
    import argparse

    p = argparse.ArgumentParser(description="写出一个合成评价文件")
    p.add_argument("out", type=Path)
    p.add_argument("--leaves", type=int, default=500)
    p.add_argument("--findings", type=int, default=1000)
    a = p.parse_args()
    make_evaluation(a.out, a.leaves, a.findings).close()
    print(a.out)
