"""Commands on indicator frameworks: ``frameworks``, ``check-framework``, ``import-framework``,
``export-framework``."""
from __future__ import annotations

from pathlib import Path

from cli.common import CommandError, num as _num

COMMANDS = ('frameworks', 'check-framework', 'import-framework', 'export-framework')

def cmd_frameworks(args) -> int:
    from services.frameworks import catalog

    infos = catalog.list_frameworks()
    width = max((len(i.id) for i in infos), default=10)
    for i in infos:
        kind = "内置" if i.builtin else "自定义"
        print(f"{i.id:<{width}}  {kind}  {i.leaves:>3} 个末级指标  {i.name}")
    return 0


def cmd_check_framework(args) -> int:
    from services.frameworks import catalog

    fw = catalog.read_file(args.path)
    print(f"指标体系“{fw.name}”有效：末级指标 {len(fw.leaves())} 个，总分 {_num(fw.full_marks)}。")
    return 0


def cmd_import_framework(args) -> int:
    from services.frameworks import excel as xf

    given = args.map or ""
    if args.map_file:
        try:
            given = args.map_file.read_text(encoding="utf-8").strip() + ("," + given if given else "")
        except OSError as exc:
            raise CommandError(f"读不到列对应文件 {args.map_file}：{exc.strerror}") from None
    if given:
        mapping = xf.apply_map(_guess_or_blank(xf, args.xlsx), given)
    else:
        mapping = xf.guess_mapping(args.xlsx)
        saved = xf.remembered_mapping(mapping)
        if saved is not None:
            print(f"按已保存的列对应读取（同样表头的表格上次所用）：{xf.mapping_text(saved)}")
            mapping = saved
    data, report, mapping = xf.import_xlsx(args.xlsx, mapping, id=args.id, name=args.name)
    if args.save_map:
        args.save_map.write_text(xf.mapping_text(mapping) + "\n", encoding="utf-8")
        print(f"已保存列对应：{args.save_map}（下次用 --map-file 读入）")
    if data is None:
        raise CommandError(f"“{args.xlsx.name}”不能导入，未创建任何文件。\n" + report.text())
    if args.evaluation and args.evaluation.exists():
        raise CommandError(f"评价文件已存在：{args.evaluation}（不会覆盖）")
    xf.write_framework_json(data, args.out)
    xf.remember_mapping(mapping)
    print(report.text())
    for p in report.proposals:
        print("  " + xf.describe_proposal(p))
    print(f"已写出指标体系：{args.out}（{data['name']}）")
    if args.evaluation:
        xf.create_evaluation(data, args.evaluation, report, actor=args.user).close()
        print(f"已新建评价文件：{args.evaluation}（含表中的得分和评分说明）")
    return 0


def _guess_or_blank(xf, path):
    """The guessed mapping, or an empty one on the first sheet when no header row can be guessed."""
    try:
        return xf.guess_mapping(path)
    except xf.ExcelImportError:
        wb = xf._load(path)
        return xf.Mapping(xf._visible_sheets(wb)[0].title, 1, {})


def cmd_export_framework(args) -> int:
    from services.frameworks import catalog, excel as xf

    try:
        if args.source.suffix.lower() == ".fev":
            from services.evaluation import assessments

            store = assessments.open_evaluation(args.source, actor=args.user)
            try:
                xf.export_evaluation_xlsx(store, args.out)
            finally:
                store.close()
        else:
            xf.export_xlsx(catalog.load(str(args.source)), args.out)
    except xf.DeepTreeError as exc:  # a tree the three levels of the 评分表 cannot hold: nothing written
        raise CommandError(str(exc)) from None
    print(f"已导出评分表：{args.out}")
    return 0


def add_commands(sub) -> None:
    s = sub.add_parser("frameworks", help="列出可用的指标体系")
    s.set_defaults(func=cmd_frameworks)

    s = sub.add_parser("check-framework", help="校验指标体系文件")
    s.add_argument("path", type=Path)
    s.set_defaults(func=cmd_check_framework)

    s = sub.add_parser("import-framework", help="从 Excel 评分表导入指标体系")
    s.add_argument("xlsx", type=Path)
    s.add_argument("-o", "--out", type=Path, required=True, help="写出的指标体系文件（.json）")
    s.add_argument("--id", help="指标体系编号")
    s.add_argument("--name", help="指标体系名称")
    s.add_argument("-e", "--evaluation", type=Path, help="同时用它新建评价文件（.fev），导入表中的得分和评分说明")
    s.add_argument("--map", help="指定列对应，例如 三级指标=C,分值=E,评分标准=G,表头=2（未指定的列按表头猜测）；"
                   "评分档次列写成 分值=列号，例如 5分=H,3分=I,0分=J，档次=无 表示没有档次列")
    s.add_argument("--map-file", type=Path, help="读入用 --save-map 保存的列对应")
    s.add_argument("--save-map", type=Path, help="把本次使用的列对应保存到文件")
    s.set_defaults(func=cmd_import_framework)

    s = sub.add_parser("export-framework", help="把指标体系或已评分的评价导出为 Excel 评分表")
    s.add_argument("source", type=Path, help="指标体系编号、.json 文件或 .fev 评价文件")
    s.add_argument("-o", "--out", type=Path, required=True, help="写出的 .xlsx 文件")
    s.set_defaults(func=cmd_export_framework)
