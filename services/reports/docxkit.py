"""python-docx helpers: East Asian font names (w:eastAsia) so Word shows 宋体/仿宋/黑体, merged
tables with a repeated header row, page numbers, page setup."""
from __future__ import annotations

from collections.abc import Sequence

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from services.reports.layout import PageSetup

SONG, HEI, FANG, KAI = "宋体", "黑体", "仿宋", "楷体"
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


def role_names(fonts=None) -> dict[str, str]:
    """The East Asian font name Word shows for each role. A DOCX names the fonts of the reader's
    machine (Windows' 宋体/黑体/仿宋/楷体), whatever this machine embedded in the PDF."""
    from services.reports.fonts import WORD_NAMES

    return dict(WORD_NAMES)


def style_font(style, east_asian: str, size: float | None = None) -> None:
    _style_font(style, east_asian, size)
    from docx.shared import RGBColor

    style.font.color.rgb = RGBColor(0, 0, 0)
    style.font.bold = False


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


def heading(doc, text: str, size: float = 16, center: bool = False, level: int | None = None, font: str = HEI):
    p = doc.add_paragraph()
    if level is not None:
        p.style = doc.styles[f"Heading {level}"]
        p.paragraph_format.keep_with_next = True
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run(text)
    set_run_font(run, font, size, bold=False)
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
    """A grid table whose rows never split across pages, with narrow cell margins (so a two-character
    header such as 分值 fits its narrow column)."""
    t = doc.add_table(rows=n_rows, cols=n_cols)
    t.style = doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    tblpr = t._tbl.tblPr
    mar = OxmlElement("w:tblCellMar")
    for side in ("left", "right"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:w"), "45")  # twips: 0.8 mm
        el.set(qn("w:type"), "dxa")
        mar.append(el)
    tblpr.append(mar)
    for tr in t._tbl.tr_lst:
        cant = OxmlElement("w:cantSplit")
        tr.get_or_add_trPr().append(cant)
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


def cell_text(cell, text: str, center: bool = False, bold: bool = False, size: float = 8, font: str = SONG,
              right: bool = False) -> None:
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    paragraphs = cell.paragraphs
    p = paragraphs[0]
    for extra in paragraphs[1:]:  # a merged cell brings the paragraphs of every cell it swallowed
        extra._element.getparent().remove(extra._element)
    for r in list(p.runs):
        r._element.getparent().remove(r._element)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif right:
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.paragraph_format.space_after = Pt(0)
    run = p.add_run(text or "")
    set_run_font(run, font, size, bold)


def _page_field(p, before: str, after: str, font: str, size: float) -> None:
    r = p.add_run(before)
    set_run_font(r, font, size)
    run = p.add_run()
    set_run_font(run, font, size)
    for kind, text in (("begin", None), (None, "PAGE"), ("separate", None), (None, None), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        elif text:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        else:
            el = OxmlElement("w:t")
            el.text = "1"
        run._element.append(el)
    r2 = p.add_run(after)
    set_run_font(r2, font, size)


def _clear(footer) -> None:
    for p in footer.paragraphs[1:]:
        p._element.getparent().remove(p._element)
    for r in list(footer.paragraphs[0].runs):
        r._element.getparent().remove(r._element)


def page_numbers(doc, fmt: tuple[str, str] = ("- ", " -"), first_section_unnumbered: bool = False,
                 outside: bool = False, size: float = 10, restart: bool = False) -> None:
    """One page-number field per page: in the first numbered section's footer only; the sections
    after it are linked to it (a field in each linked footer would print the number twice).

    ``first_section_unnumbered``: the first section (a cover) has an empty footer of its own and
    the numbering starts at 1 after it. ``outside``: odd pages numbered at the right, even pages at
    the left (GB/T 9704), which needs Word's odd/even footers."""
    sections = list(doc.sections)
    start = 1 if first_section_unnumbered and len(sections) > 1 else 0
    if start:
        first = sections[0]
        first.footer.is_linked_to_previous = False
        _clear(first.footer)
        if outside:
            first.even_page_footer.is_linked_to_previous = False
            _clear(first.even_page_footer)
    numbered = sections[start]
    if outside:
        doc.settings.odd_and_even_pages_header_footer = True
    numbered.footer.is_linked_to_previous = False
    _clear(numbered.footer)
    p = numbered.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT if outside else WD_ALIGN_PARAGRAPH.CENTER
    _page_field(p, fmt[0], fmt[1], SONG, size)
    if outside:
        numbered.even_page_footer.is_linked_to_previous = False
        _clear(numbered.even_page_footer)
        q = numbered.even_page_footer.paragraphs[0]
        q.alignment = WD_ALIGN_PARAGRAPH.LEFT
        _page_field(q, fmt[0], fmt[1], SONG, size)
    if start or restart:
        sect_pr = numbered._sectPr
        pg = sect_pr.find(qn("w:pgNumType"))
        if pg is None:
            pg = OxmlElement("w:pgNumType")
            cols = sect_pr.find(qn("w:cols"))
            if cols is not None:  # the schema's order: … pgMar, …, pgNumType, cols, …
                cols.addprevious(pg)
            else:
                sect_pr.append(pg)
        pg.set(qn("w:start"), "1")
    for later in sections[start + 1:]:
        later.footer.is_linked_to_previous = True
        if outside:
            later.even_page_footer.is_linked_to_previous = True


def caption(doc, text: str, font: str = HEI, size: float = 11) -> None:
    """A table or figure caption (表1-1 …, 图2-1 …), kept with what follows it."""
    p = para(doc, text, size=size, font=font, center=True)
    p.paragraph_format.keep_with_next = True
    p.paragraph_format.space_before = Pt(6)
    p.paragraph_format.space_after = Pt(3)
    return p


def page_break(doc) -> None:
    from docx.enum.text import WD_BREAK

    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
