"""Importing an Excel 评分表: 1,000 / 4,000 / 10,000 三级指标, laid out as agencies lay them out.

    .venv/bin/python benchmarks/bench_excel_import.py [--rows 1000,4000,10000] [--repeat 3]

The sheet has a title row, a header row, 一级/二级指标 and 二级分值 in merged cells over their rows,
指标解释, 指标说明 and 评分标准 for every leaf and a 合计 row; it has no hidden rules sheet, so every
评分标准 goes through the rule proposer (as with a sheet an agency made). Two kinds of 评分标准:

  distinct   every row's words differ (place × object × task words, varying figures): no two
             texts alike, as in a real sheet — the figure that counts
  exported   the sheet ``export-framework`` writes (synthetic framework, benchmarks/synthetic.py), with
             its hidden sheet of exact rules: no proposals, each leaf and upper node finds its stored
             rule and code
  repeated   the same eight indicators (名称, 指标解释, 指标说明, 评分标准) under every 二级指标, as a
             sheet covering many like projects has them: what the proposal cache saves (a proposal
             depends on all four texts and the 分值, so only whole repeats can share one)

A sheet of 2,000 distinct texts or more is proposed in worker processes as well as in this one
(``services.frameworks.proposal.propose_many``): their CPU time is not in the CPU figure, so compare wall times;
``--no-pool`` proposes every text here.

Measured, each as wall (perf_counter) and CPU (process_time), best of ``--repeat`` runs:
guess_mapping (opens the workbook), read_rows, build_framework (rule proposals, validation),
write_framework_json, and the whole import. The goal is 10,000 rows in under 5 s. The load average
is printed with the figures: on a shared machine the CPU figure says what the code costs.

The sheets are cached in the temp folder (writing one takes longer than reading it).
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

LEVEL1 = ["决策", "过程", "产出", "效益"]
PLACES = ["乡镇", "街道", "学校", "医院", "社区", "村组", "园区", "口岸", "站所", "库区",
          "景区", "集镇", "厂区", "港区", "林场", "牧场", "灌区", "矿区", "渔港", "营地"]
OBJECTS = ["道路", "桥梁", "水渠", "校舍", "病房", "路灯", "管网", "堤防", "泵站", "围栏", "厕所", "场馆",
           "绿地", "广场", "仓库", "车辆", "设备", "档案", "台账", "网点", "机房", "线路", "站点", "停车场", "码头"]
TASKS = ["维护", "建设", "采购", "验收", "巡查", "改造", "修缮", "清理", "登记", "检测",
         "监管", "培训", "宣传", "核查", "管护", "运营", "保洁", "整治", "补贴", "调度"]


def topic(i: int) -> str:
    """A different three-part subject for every row up to 10,000 (20 × 25 × 20)."""
    return PLACES[i % 20] + OBJECTS[(i // 20) % 25] + TASKS[(i // 500) % 20]


def criteria(i: int) -> str:
    """The 评分标准 of row ``i`` (分值 1): threshold, deduction, all-or-nothing, checklist, judgement."""
    t = topic(i)
    kind = i % 5
    if kind == 0:
        return f"{t}完成率≥{90 + i % 10}%计满分，每低于1个百分点扣0.{i % 5 + 1}分，扣完为止。"
    if kind == 1:
        return f"{t}过程中每发现一处问题扣0.{i % 4 + 1}分，扣完为止。"
    if kind == 2:
        return f"建立{t}管理制度并严格执行的得1分，否则不得分。"
    if kind == 3:
        return f"①{t}制度健全，0.5分；②{t}记录完整，0.5分。"
    return f"{t}资料齐全、规范的得满分；资料不全的酌情扣分。"


def agency_sheet(path: Path | str, rows: int, distinct: bool = True, per_group: int = 8) -> Path:
    """An 评分表 of ``rows`` 三级指标 (分值 1 each) in four 一级指标, written with openpyxl."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "评分表"
    ws.append(["某某项目支出绩效评价评分表"])
    ws.merge_cells("A1:H1")
    ws.append(["一级指标", "二级指标", "分值", "三级指标", "分值", "指标解释", "指标说明", "评分标准"])
    per_l1 = [len(range(k, rows, 4)) for k in range(4)]
    r, i = 3, 0
    for k, name in enumerate(LEVEL1):
        start1 = r
        for g in range(0, per_l1[k], per_group):
            n = min(per_group, per_l1[k] - g)
            start2 = r
            for _ in range(n):
                s = i if distinct else i % per_group  # the subject of the row's words
                t = topic(s)
                ws.append([f"{name}（{per_l1[k]}分）" if r == start1 else None,
                           f"{name}{t[:2]}管理{g // per_group + 1}" if r == start2 else None,
                           n if r == start2 else None, f"{t}情况", 1,
                           f"考察{t}工作的完成程度和质量。", f"评价要点：①是否按计划{t[-2:]}；②资料是否齐全。",
                           criteria(s)])
                r += 1
                i += 1
            if n > 1:
                ws.merge_cells(start_row=start2, start_column=2, end_row=r - 1, end_column=2)
                ws.merge_cells(start_row=start2, start_column=3, end_row=r - 1, end_column=3)
        if r - 1 > start1:
            ws.merge_cells(start_row=start1, start_column=1, end_row=r - 1, end_column=1)
    ws.append(["合计", None, rows, None, rows])
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    path = Path(path)
    wb.save(path)
    return path


def cached_sheet(rows: int, kind: str) -> Path:
    """The sheet of ``rows`` leaves of a kind (distinct, repeated, exported), written once."""
    folder = Path(tempfile.gettempdir()) / "fieldeval-bench"
    folder.mkdir(exist_ok=True)
    path = folder / f"excel-import-{rows}-{kind}-v2.xlsx"
    if not path.exists():
        tmp = path.with_name(path.stem + ".building.xlsx")
        if kind == "exported":
            from benchmarks.synthetic import framework_dict
            from services.frameworks import excel as xf

            data = framework_dict(rows)
            data["na_policy"] = "proportional"  # stated, as in a framework file (older imports need it)
            xf.export_xlsx(data, tmp)
        else:
            agency_sheet(tmp, rows, kind == "distinct")
        tmp.replace(path)
    return path


def run_once(path: Path, out: Path) -> dict[str, tuple[float, float]]:
    from benchmarks.bench_large import Clock
    from services.frameworks import excel as xf

    xf._LAST.clear()  # the workbook is opened afresh, as on a new import
    times: dict[str, tuple[float, float]] = {}
    with Clock() as whole:
        with Clock() as c:
            mapping = xf.guess_mapping(path)
        times["guess_mapping"] = (c.wall, c.cpu)
        with Clock() as c:
            sheet = xf.read_rows(path, mapping)
        times["read_rows"] = (c.wall, c.cpu)
        with Clock() as c:
            data, report = xf.build_framework(sheet, source=str(path))
        times["build_framework"] = (c.wall, c.cpu)
        if data is None:
            raise SystemExit(f"{path.name} did not import:\n{report.text()[:800]}")
        with Clock() as c:
            xf.write_framework_json(data, out)
        times["write_framework_json"] = (c.wall, c.cpu)
    times["whole import"] = (whole.wall, whole.cpu)
    return times


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", default="1000,4000,10000")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--kinds", default="distinct,repeated,exported")
    ap.add_argument("--no-pool", action="store_true",
                    help="propose every text in this process (no worker processes), to compare with the default")
    args = ap.parse_args()
    if args.no_pool:
        from services.frameworks import proposal

        proposal.POOL_FROM = 10**9
    os.environ.setdefault("FIELDEVAL_DATA_DIR", tempfile.mkdtemp(prefix="fieldeval-bench-data-"))
    out = Path(tempfile.mkdtemp(prefix="fieldeval-excel-")) / "fw.json"
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())} ({os.cpu_count()} cores)")
    for kind in args.kinds.split(","):
        for rows in (int(x) for x in args.rows.split(",")):
            path = cached_sheet(rows, kind)
            runs = [run_once(path, out) for _ in range(args.repeat)]
            best = min(runs, key=lambda t: t["whole import"][0])
            parts = ", ".join(f"{k} {w:.2f}/{c:.2f}" for k, (w, c) in best.items() if k != "whole import")
            w, c = best["whole import"]
            print(f"{kind:>9} {rows:>6} rows: whole import {w:.2f} s wall, {c:.2f} s CPU "
                  f"(best of {args.repeat}; wall/CPU s: {parts})")
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
