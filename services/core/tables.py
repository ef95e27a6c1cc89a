"""Tabular files the evaluator brings: Excel workbooks (.xlsx) and CSV exported by Excel or WPS."""
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


def open_workbook(path: Path | str, data_only: bool = True, read_only: bool = False) -> Any:
    """An openpyxl workbook, or ``UnreadableTable`` with the reason in words.

    ``read_only`` streams the sheets (one pass over ``iter_rows``; the caller closes the workbook).
    """
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    p = Path(path)
    if not p.exists():
        raise UnreadableTable(p.name, said("找不到该文件"))
    if p.stat().st_size == 0:
        raise UnreadableTable(p.name, said("文件是空的（0 字节）"))
    if p.suffix.lower() == ".xls":
        raise UnreadableTable(p.name, said("这是旧版 Excel（.xls）文件，请在 Excel 或 WPS 中“另存为”.xlsx 后再导入"))
    try:
        return openpyxl.load_workbook(p, data_only=data_only, read_only=read_only)
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
    suffix = p.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        ws = open_workbook(p).worksheets[0]
        return [[_cell_text(v) for v in row] for row in ws.iter_rows(values_only=True)]
    if suffix in (".csv", ".txt"):
        try:
            raw = p.read_bytes()
        except FileNotFoundError:
            raise UnreadableTable(p.name, said("找不到该文件")) from None
        return [[c.strip() for c in row] for row in csv.reader(io.StringIO(decode_text(raw, p.name)))]
    raise UnreadableTable(p.name, said("只能导入 CSV 或 Excel（.xlsx）文件"))
