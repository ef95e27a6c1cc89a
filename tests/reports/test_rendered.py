"""The DOCX and XLSX as another program shows them: rendered by LibreOffice headless (installed by
``scripts/setup.sh --dev``) and read back with pdftotext, page by page.

Each document is converted once per module (one LibreOffice start for all of them).
"""
from __future__ import annotations

import re
import shutil
import subprocess

import pytest

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
PDFTOTEXT = shutil.which("pdftotext")
pytestmark = pytest.mark.skipif(not (SOFFICE and PDFTOTEXT), reason="LibreOffice or pdftotext not installed")

PAGE_NO = re.compile(r"[—-]\s*(\d+)\s*[—-]")


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def pages_of(pdf, layout: bool = True) -> list[str]:
    """Each page's text; ``layout=False`` gives it in reading order (each cell's lines together)."""
    args = [PDFTOTEXT, *(["-layout"] if layout else []), str(pdf), "-"]
    out = subprocess.run(args, capture_output=True, text=True, check=True).stdout
    pages = out.split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


@pytest.fixture(scope="module")
def rendered(sample_master, tmp_path_factory):
    from services.evaluation import assessments
    from services.reports import export

    folder = tmp_path_factory.mktemp("rendered")
    src = folder / "s.fev"
    shutil.copyfile(sample_master, src)
    store = assessments.open_evaluation(src)
    try:
        sheet = assessments.score(store)
        files = {
            "report": export(store, "report", "docx", folder / "report.docx"),
            "sheet": export(store, "scoring-sheet", "xlsx", folder / "sheet.xlsx"),
            "issues": export(store, "issue-list", "xlsx", folder / "issues.xlsx"),
        }
        from services.reports.data import gather

        data = gather(store)
    finally:
        store.close()
    out = folder / "pdf"
    subprocess.run([SOFFICE, "--headless", "--norestore", f"-env:UserInstallation=file://{folder / 'profile'}",
                    "--convert-to", "pdf", "--outdir", str(out), *map(str, files.values())],
                   capture_output=True, timeout=300, check=True)
    pdfs = {k: out / f"{p.stem}.pdf" for k, p in files.items()}
    assert all(p.is_file() for p in pdfs.values()), list(out.iterdir())
    return pdfs, sheet, data


def test_report_docx_has_one_page_number_per_page_and_an_unnumbered_cover(rendered):
    pdfs, _sheet, _data = rendered
    pages = pages_of(pdfs["report"])
    assert len(pages) > 20
    assert not PAGE_NO.search(pages[0].split("\n", 1)[-1]) or "报告日期" in pages[0]
    assert not PAGE_NO.findall(pages[0])  # the cover
    numbers = []
    for text in pages[1:]:
        found = PAGE_NO.findall(text)
        assert len(found) == 1, found  # once, not "- 19 -- 19 -"
        numbers.append(int(found[0]))
    assert numbers == list(range(1, len(pages)))  # counted from the page after the cover


def test_report_docx_contents_are_filled_in(rendered):
    pdfs, _sheet, _data = rendered
    pages = pages_of(pdfs["report"])
    toc = next(i for i, p in enumerate(pages) if "目" in p and "录" in p and "项目基本情况" in p)
    text = squash("".join(pages[toc:toc + 2]))
    assert "更新域" not in text
    first = re.search(r"一、项目基本情况\.*(\d+)", text)
    assert first, text[:300]
    # the chapter is where the contents say (the DOCX mirrors the PDF's layout, Word refreshes it)
    where = int(first.group(1))
    assert any("一、项目基本情况" in squash(pages[k]) for k in range(max(1, where - 1), min(len(pages), where + 3)))
    for title in ("二、绩效评价指标分析情况", "附件1", "附件2"):
        assert re.search(re.escape(title) + r".*?\d", text), title


def test_report_docx_tables_and_figures_are_numbered_with_the_pdf_totals(rendered):
    pdfs, sheet, _data = rendered
    text = squash("".join(pages_of(pdfs["report"])))
    assert "表1-1" in text and "图2-1" in text and "表6-1" in text
    # the funds table keeps its 预算 / 到位 columns; the score table totals as the PDF
    assert "年度资金来源预算到位支出合同金额已支付收款单位" in text
    assert f"合计100{sheet.total.normalize():f}" in text.replace("78.8078.8", "78.8")


def words_of(pdf) -> list[list[tuple[float, float, float, float, str]]]:
    """Each page's words with their boxes (pdftotext -bbox)."""
    html = subprocess.run([PDFTOTEXT, "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    pages = []
    for page in html.split("<page ")[1:]:
        pages.append([(float(a), float(b), float(c), float(d), w) for a, b, c, d, w in re.findall(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', page)])
    return pages


def overlaps(words) -> list[tuple[str, str]]:
    """Pairs of words printed over each other (a row too short for its wrapped text)."""
    out = []
    words = sorted(words, key=lambda w: w[1])
    for i, a in enumerate(words):
        for b in words[i + 1:]:
            if b[1] >= a[3] - 0.5:
                break
            dx = min(a[2], b[2]) - max(a[0], b[0])
            dy = min(a[3], b[3]) - max(a[1], b[1])
            if dx > 1 and dy > 0.4 * min(a[3] - a[1], b[3] - b[1]):
                out.append((a[4], b[4]))
    return out


def test_xlsx_rows_are_tall_enough_for_their_text(rendered):
    """Wrapped text that does not fit its row overlaps the next row or is cut off in Calc: no two
    words print over each other, and every character written is on the pages."""
    pdfs, _sheet, data = rendered
    from services.reports.scoring_sheet import comment_text, sheet_rows

    for key in ("sheet", "issues"):
        for page in words_of(pdfs[key]):
            assert not overlaps(page), (key, overlaps(page)[:5])
    printed = squash("".join(pages_of(pdfs["sheet"], layout=False)))
    written = "".join(squash(v) for r in sheet_rows(data)
                      for v in (r.name, r.definition, r.key_points, r.criteria, comment_text(data, r.leaf, False)))
    assert len(printed) >= len(written)
    for r in sheet_rows(data):  # the end of each long cell is there
        assert squash(comment_text(data, r.leaf, False))[-4:] in printed, r.leaf.code
    issues = squash("".join(pages_of(pdfs["issues"], layout=False)))
    assert len(issues) >= sum(len(squash(f.detail)) for f in data.findings)
    assert issues.count("共计发现问题") == 1


def test_xlsx_prints_one_page_wide_with_the_header_on_every_page(rendered):
    pdfs, _sheet, _data = rendered
    pages = pages_of(pdfs["sheet"])
    assert len(pages) >= 2
    for p in pages:
        assert "三级指标" in p and "评分标准" in p and "评分说明" in p  # header row repeated, all columns on the page
