"""python-docx helpers: East Asian font names (w:eastAsia) so Word shows 宋体/仿宋/黑体, merged
tables with a repeated header row, page numbers, page setup."""
from __future__ import annotations

from typing import Sequence

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from services.reports.layout import PageSetup

SONG, HEI, FANG = "宋体", "黑体", "仿宋"
LATIN = "Times New Roman"


def set_run_font(run, east_asian: str, size: float | None = None, bold: bool | None = None) -> None:
    run.font.name = LATIN
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    fonts.set(qn("w:eastAsia"), east_asian)
    fonts.set(qn("w:ascii"), LATIN)
    fonts.set(qn("w:hAnsi"), LATIN)
    if size is not None:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold


def _style_font(style, east_asian: str, size: float | None = None) -> None:
    style.font.name = LATIN
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    fonts.set(qn("w:eastAsia"), east_asian)
    if size:
        style.font.size = Pt(size)


def new_document(setup: PageSetup, body_font: str = SONG, body_size: float = 10.5):
    doc = Document()
    _style_font(doc.styles["Normal"], body_font, body_size)
    for name in ("Heading 1", "Heading 2", "Heading 3", "Title"):
        try:
            _style_font(doc.styles[name], HEI)
        except KeyError:
            pass
    apply_setup(doc.sections[0], setup)
    return doc


def apply_setup(section, setup: PageSetup) -> None:
    w, h = (Mm(420), Mm(297)) if setup.size == "A3" else (Mm(297), Mm(210))
    if setup.orientation == "landscape":
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = w, h
    else:
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = h, w
    section.left_margin = section.right_margin = Mm(15)
    section.top_margin = Mm(18)
    section.bottom_margin = Mm(16)


def heading(doc, text: str, size: float = 16, center: bool = False, level: int | None = None):
    p = doc.add_paragraph()
    if level is not None:
        p.style = doc.styles[f"Heading {level}"]
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run(text)
    set_run_font(run, HEI, size, bold=False)
    from docx.shared import RGBColor

    run.font.color.rgb = RGBColor(0, 0, 0)
    return p


def para(doc, text: str, size: float = 10.5, font: str = SONG, indent: bool = False, center: bool = False,
         bold: bool = False, right: bool = False):
    p = doc.add_paragraph()
    if indent:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif right:
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run = p.add_run(text)
    set_run_font(run, font, size, bold)
    return p


def table(doc, n_rows: int, n_cols: int, shares: Sequence[float]):
    t = doc.add_table(rows=n_rows, cols=n_cols)
    t.style = doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    sec = doc.sections[-1]
    usable = sec.page_width - sec.left_margin - sec.right_margin
    widths = [int(usable * share) for share in shares]
    for i, width in enumerate(widths):
        t.columns[i].width = width
    # python-docx recomputes the whole grid on every row.cells / table.cell call: read it once
    t.fe_grid = grid(t)
    for r in t.fe_grid:
        for cell, width in zip(r, widths):
            cell.width = width
    return t


def grid(t) -> list[list]:
    """The table's cells as rows × columns, read once (valid until cells are merged)."""
    cells = t._cells
    n = len(t.columns)
    return [cells[i:i + n] for i in range(0, len(cells), n)]


def header_row(row, headers: Sequence[str], size: float = 9) -> None:
    """Fill the header and mark it to repeat at the top of every page (w:tblHeader)."""
    for cell, text in zip(row.cells, headers):
        cell_text(cell, text, center=True, bold=True, size=size, font=HEI)
        shade(cell, "E8E8E8")
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def shade(cell, hex_fill: str) -> None:
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcpr.append(shd)


def cell_text(cell, text: str, center: bool = False, bold: bool = False, size: float = 8, font: str = SONG) -> None:
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    paragraphs = cell.paragraphs
    p = paragraphs[0]
    for extra in paragraphs[1:]:  # a merged cell brings the paragraphs of every cell it swallowed
        extra._element.getparent().remove(extra._element)
    for r in list(p.runs):
        r._element.getparent().remove(r._element)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_after = Pt(0)
    run = p.add_run(text or "")
    set_run_font(run, font, size, bold)


def page_numbers(doc, fmt: tuple[str, str] = ("- ", " -")) -> None:
    """A centred page-number field in every section's footer ("- 3 -")."""
    for section in doc.sections:
        p = section.footer.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(fmt[0])
        set_run_font(r, SONG, 10)
        run = p.add_run()
        set_run_font(run, SONG, 10)
        for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
            if kind:
                el = OxmlElement("w:fldChar")
                el.set(qn("w:fldCharType"), kind)
            else:
                el = OxmlElement("w:instrText")
                el.set(qn("xml:space"), "preserve")
                el.text = text
            run._element.append(el)
        r2 = p.add_run(fmt[1])
        set_run_font(r2, SONG, 10)


def page_break(doc) -> None:
    from docx.enum.text import WD_BREAK

    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
