"""Tabular files the evaluator brings: Excel workbooks (.xlsx, .xlsm) and CSV (or tab-separated .txt)
exported by Excel or WPS.

Any other file is refused with what it is and what to do instead (``looked_at``): old Excel (.xls) and WPS
(.et) workbooks and Numbers documents are saved as .xlsx first; a folder, a missing, empty or unreadable
file, or a file without an extension each say so.
"""
from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path
from typing import Any

from models.messages import Said, said


class UnreadableTable(ValueError):
    """The file cannot be read as a table; ``reason`` is for the evaluator (said: models/messages.py, so the
    window shows it in its language), ``name`` is the file name."""

    def __init__(self, name: str, reason: Said):
        super().__init__(said("“{name}”：{reason}", name=name, reason=reason))
        self.name = name
        self.reason = reason

    def __reduce__(self) -> tuple[Any, ...]:
        return (UnreadableTable, (self.name, self.reason))


#: the workbooks openpyxl opens
WORKBOOKS = (".xlsx", ".xlsm", ".xltx", ".xltm")
#: text tables read_rows reads
TEXT_TABLES = (".csv", ".txt")
#: how an old Excel (.xls) or WPS (.et) workbook begins (an OLE2 compound file)
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
#: how a zip (an .xlsx, among others) begins
_ZIP = b"PK\x03\x04"


def _other_program(suffix: str) -> Said | None:
    """What to do with a table another program keeps in its own format."""
    if suffix == ".xls":
        return said("这是旧版 Excel（.xls）文件，请在 Excel 或 WPS 中“另存为”.xlsx 后再导入")
    if suffix in (".et", ".ett"):
        return said("这是 WPS 表格（{suffix}）文件，请在 WPS 中“另存为”.xlsx 后再导入", suffix=suffix)
    if suffix == ".numbers":
        return said("这是 Numbers 表格（.numbers）文件，请在 Numbers 中“导出到”Excel（.xlsx）后再导入")
    return None


def _head(p: Path) -> bytes:
    try:
        with p.open("rb") as f:
            return f.read(8)
    except OSError:
        return b""


def looked_at(p: Path, kinds: str) -> None:
    """``UnreadableTable`` when ``p`` cannot be the table the evaluator means: it is missing, another
    program's workbook, a folder, empty, or has no extension. ``kinds`` says what can be imported
    ("xlsx": workbooks only; "table": workbooks and text tables)."""
    if not p.exists():
        raise UnreadableTable(p.name, said("找不到该文件"))
    other = _other_program(p.suffix.lower())
    if other is not None:  # before the folder: a Numbers document may be a folder (a package)
        raise UnreadableTable(p.name, other)
    if p.is_dir():
        raise UnreadableTable(p.name, said("这是一个文件夹，不是表格文件；请选择要导入的文件"))
    try:
        size = p.stat().st_size
    except OSError as exc:
        raise UnreadableTable(p.name, _unreadable(exc)) from None
    if size == 0:
        raise UnreadableTable(p.name, said("文件是空的（0 字节）"))
    if not p.suffix:
        head = _head(p)
        if head.startswith(_OLE):
            raise UnreadableTable(p.name, said("文件名没有扩展名，看内容是旧版 Excel（.xls）或 WPS 表格（.et）文件；"
                                               "请在 Excel 或 WPS 中“另存为”.xlsx 后再导入"))
        if head.startswith(_ZIP):
            raise UnreadableTable(p.name, said("文件名没有扩展名，看内容可能是 Excel（.xlsx）文件；"
                                               "请把文件名改为以 .xlsx 结尾后再导入"))
        if kinds == "xlsx":
            raise UnreadableTable(p.name, said("文件名没有扩展名，无法判断是什么文件；只能导入 Excel（.xlsx）文件"))
        raise UnreadableTable(p.name, said("文件名没有扩展名，无法判断是什么文件；只能导入 CSV 或 Excel（.xlsx）文件"))


def _unreadable(exc: OSError) -> Said:
    return said("无法读取该文件（{kind}），请确认它没有被其他程序独占打开，且有读取权限", kind=exc.__class__.__name__)


def open_workbook(path: Path | str, data_only: bool = True, read_only: bool = False) -> Any:
    """An openpyxl workbook, or ``UnreadableTable`` with the reason in words.

    ``read_only`` streams the sheets (one pass over ``iter_rows``; the caller closes the workbook).
    """
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    p = Path(path)
    looked_at(p, "xlsx")
    suffix = p.suffix.lower()
    if suffix in TEXT_TABLES:
        raise UnreadableTable(p.name, said("这是文本表格（{suffix}），这里只能导入 Excel（.xlsx）文件；"
                                           "请在 Excel 或 WPS 中打开后“另存为”.xlsx", suffix=suffix))
    if suffix not in WORKBOOKS:
        raise UnreadableTable(p.name, said("只能导入 Excel（.xlsx）文件，不能导入“{suffix}”文件", suffix=p.suffix))
    if _head(p).startswith(_OLE):
        raise UnreadableTable(p.name, said("这个文件的内容是旧版 Excel（.xls）或 WPS 表格（.et）格式，只是扩展名为 {suffix}；"
                                           "请在 Excel 或 WPS 中“另存为”.xlsx 后再导入", suffix=p.suffix))
    try:
        return openpyxl.load_workbook(p, data_only=data_only, read_only=read_only)
    except PermissionError as exc:
        raise UnreadableTable(p.name, _unreadable(exc)) from None
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, OSError, TypeError):
        raise UnreadableTable(p.name, said("不是有效的 Excel（.xlsx）文件，无法打开；请确认文件没有损坏，"
                                           "且是 .xlsx 格式（WPS 表格可另存为 .xlsx）")) from None
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds on damaged files
        raise UnreadableTable(p.name, said("无法读取该 Excel 文件（{kind}），请确认是 .xlsx 格式",
                                           kind=exc.__class__.__name__)) from None


def decode_text(raw: bytes, name: str) -> str:
    """Text written by Excel/WPS on a Chinese Windows: UTF-8 (with or without BOM) or GB18030/GBK."""
    for enc in ("utf-8-sig", "gb18030"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            continue
    raise UnreadableTable(name, said("文字编码无法识别（请存为 UTF-8 或 GBK 编码的 CSV）"))


def _cell_text(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v).strip()


def read_rows(path: Path | str) -> list[list[str]]:
    """The rows of a CSV file or of an Excel workbook's first sheet, as trimmed text."""
    p = Path(path)
    looked_at(p, "table")
    suffix = p.suffix.lower()
    if suffix in WORKBOOKS:
        ws = open_workbook(p).worksheets[0]
        return [[_cell_text(v) for v in row] for row in ws.iter_rows(values_only=True)]
    if suffix in TEXT_TABLES:
        try:
            raw = p.read_bytes()
        except FileNotFoundError:
            raise UnreadableTable(p.name, said("找不到该文件")) from None
        except OSError as exc:
            raise UnreadableTable(p.name, _unreadable(exc)) from None
        text = decode_text(raw, p.name)
        first = next((line for line in text.splitlines() if line.strip()), "")
        tabbed = suffix == ".txt" and "\t" in first  # Excel's and WPS's “文本文件（制表符分隔）”
        return [[c.strip() for c in row] for row in csv.reader(io.StringIO(text), delimiter="\t" if tabbed else ",")]
    raise UnreadableTable(p.name, said("只能导入 CSV 或 Excel（.xlsx）文件"))
