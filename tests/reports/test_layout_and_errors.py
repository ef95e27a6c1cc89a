"""A large 评分表, failed exports, the CLI, fonts and line breaking."""
from __future__ import annotations

import re

import pytest

pypdf = pytest.importorskip("pypdf")

HEADER = "一级指标二级指标分值三级指标分值指标解释指标说明评分标准得分评分说明"


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def big_store(tmp_path_factory):
    from benchmarks.synthetic import make_evaluation

    store = make_evaluation(tmp_path_factory.mktemp("big") / "big.fev", leaves=200, findings=60)
    yield store
    store.close()


def test_scoring_sheet_of_200_leaves_has_every_indicator_and_a_header_on_each_page(big_store, tmp_path):
    from services.evaluation import assessments
    from services.reports import export

    out = export(big_store, "scoring-sheet", "pdf", tmp_path / "big.pdf")
    pages = [squash(p.extract_text() or "") for p in pypdf.PdfReader(str(out)).pages]
    assert len(pages) > 10
    for i, p in enumerate(pages[:-1] if "注：" in pages[-1] and HEADER not in pages[-1] else pages):
        assert HEADER in p, f"第 {i + 1} 页缺少表头"
    text = "".join(pages)
    leaves = assessments.score(big_store).leaves()
    assert len(leaves) == 200
    pos = 0
    for n in leaves:
        i = text.find(squash(n.name), pos)
        assert i >= 0, n.name
        pos = i
    # every page that starts inside a group names that group again
    for p in pages[1:]:
        body = p.split(HEADER, 1)[-1]
        if not body.startswith(("决策", "过程", "产出", "效益", "合计", "注")):
            pytest.fail(f"续页没有重复上级指标名称：{body[:40]}")
    assert "（续）" in text


def test_a4_and_a3_give_different_page_sizes(sample_store, tmp_path):
    from services.reports import export

    a4 = export(sample_store, "issue-list", "pdf", tmp_path / "a4.pdf")
    a3 = export(sample_store, "issue-list", "pdf", tmp_path / "a3.pdf", options={"page_size": "A3", "orientation": "portrait"})
    box4 = pypdf.PdfReader(str(a4)).pages[0].mediabox
    box3 = pypdf.PdfReader(str(a3)).pages[0].mediabox
    assert float(box4.width) > float(box4.height)  # A4 landscape
    assert float(box3.height) > float(box3.width) and round(float(box3.height)) == 1191  # A3 portrait


def test_failed_export_leaves_no_file_and_keeps_the_old_one(sample_store, tmp_path, monkeypatch):
    from services.reports import export, scoring_sheet

    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "评分表.pdf"

    def broken(data, path, *a, **kw):
        path.write_bytes(b"%PDF-1.4 half a file")
        raise RuntimeError("磁盘已满")

    monkeypatch.setattr(scoring_sheet, "write_pdf", broken)
    with pytest.raises(RuntimeError):
        export(sample_store, "scoring-sheet", "pdf", out)
    assert list(folder.iterdir()) == []
    out.write_bytes(b"old")
    with pytest.raises(RuntimeError):
        export(sample_store, "scoring-sheet", "pdf", out)
    assert out.read_bytes() == b"old"
    assert [p.name for p in folder.iterdir()] == ["评分表.pdf"]


def test_unsupported_combination_is_refused(sample_store, tmp_path):
    from services.reports import ReportError, export

    with pytest.raises(ReportError, match="简要情况表不能导出为 XLSX"):
        export(sample_store, "summary", "xlsx", tmp_path / "x.docx")
    with pytest.raises(ReportError, match="未知的文档"):
        export(sample_store, "nonsense", "pdf", tmp_path / "x.pdf")
    assert not (tmp_path / "x.docx").exists() and not (tmp_path / "x.pdf").exists()


def test_cli_report(sample_path, tmp_path, capsys):
    import main

    out = tmp_path / "问题清单.xlsx"
    assert main.main(["report", str(sample_path), "--kind", "issue-list", "--format", "xlsx", "-o", str(out)]) == 0
    assert out.exists()
    assert main.main(["report", str(sample_path), "--kind", "working-papers", "--format", "docx",
                      "-o", str(tmp_path / "w.docx")]) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "工作底稿不能导出为 DOCX" in err
    assert not (tmp_path / "w.docx").exists()
    assert main.main(["report", str(tmp_path / "missing.fev"), "--kind", "summary", "-o", str(tmp_path / "s.pdf")]) == 1
    assert "找不到文件" in capsys.readouterr().err


def test_fonts_fallback_and_preference(tmp_path):
    from services.reports.fonts import FALLBACK_CID, get_fonts

    none = get_fonts(dirs=[tmp_path])
    assert none.song.pdf_name == FALLBACK_CID and not none.song.embedded and none.any_file is None
    wqy = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
    import os

    if not os.path.exists(wqy):
        pytest.skip("WenQuanYi not installed")
    chosen = get_fonts(wqy + "#0")
    assert {chosen.song.family, chosen.hei.family, chosen.fang.family} == {"wqy-zenhei"}
    assert chosen.song.embedded


def test_cid_fallback_still_prints_chinese(sample_store, tmp_path, monkeypatch):
    from services.reports import export, fonts

    monkeypatch.setattr(fonts, "search_dirs", lambda: [tmp_path])
    fonts._cache.clear()
    try:
        out = export(sample_store, "summary", "pdf", tmp_path / "cid.pdf")
        page = pypdf.PdfReader(str(out)).pages[0]
        assert "简要情况表" in squash(page.extract_text())
        base = {str(f.get_object()["/BaseFont"]) for f in page["/Resources"]["/Font"].values()}
        assert any("STSong-Light" in b for b in base), base
    finally:
        fonts._cache.clear()


def test_embedded_font_is_a_subset(sample_store, tmp_path):
    from services.reports import export
    from services.reports.fonts import get_fonts

    if get_fonts().song.path is None:
        pytest.skip("no TrueType CJK font on this machine")
    out = export(sample_store, "summary", "pdf", tmp_path / "s.pdf")
    assert out.stat().st_size < 400_000  # a whole CJK font would be megabytes


def test_chinese_punctuation_never_starts_a_line():
    from reportlab.lib import textsplit
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, paragraph

    from services.reports.fonts import get_fonts

    f = get_fonts()
    for ch in "，；：！？》、。）”":
        assert ch in textsplit.ALL_CANNOT_START and ch in paragraph.ALL_CANNOT_START
    style = ParagraphStyle("t", fontName=f.song.pdf_name, fontSize=10, leading=12, wordWrap="CJK")
    for width in range(40, 200, 7):
        p = Paragraph("评价组查看了项目实施的过程资料，实地走访平安城市、智能交通；数字城管应用系统使用单位。" * 2, style)
        p.wrap(width, 1000)
        for line in p.blPara.lines[1:]:
            words = line.words if hasattr(line, "words") else line[1]
            first = "".join(getattr(w, "text", w) for w in words)[:1] if words else ""
            assert first not in "，；：！？》、。）”", (width, first)


def test_font_choice_order(tmp_path):
    """An export option wins over the evaluation's setting, which wins over the evaluator's own."""
    import os

    from services.reports.layout import fonts_for

    zen, micro = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
    if not (os.path.exists(zen) and os.path.exists(micro)):
        pytest.skip("WenQuanYi not installed")
    try:
        from services import settings as user_settings

        user_settings.update(report_font=micro)
    except (ImportError, AttributeError):
        pytest.skip("no user settings service")
    assert fonts_for({}, None).song.path.name == "wqy-microhei.ttc" == fonts_for({}, None).hei.path.name
    assert fonts_for({"report_font": zen}, None).hei.path.name == "wqy-zenhei.ttc"
    assert fonts_for({"report_font": zen}, {"font": micro}).song.path.name == "wqy-microhei.ttc"
    assert fonts_for({"report_font": zen}, {"font": micro}).hei.path.name == "wqy-microhei.ttc"


def test_progress_moves_forward_to_100(sample_store, tmp_path):
    from services.reports import export

    seen = []
    export(sample_store, "working-papers", "pdf", tmp_path / "w.pdf", progress=lambda p, t: seen.append((p, t)))
    values = [p for p, _t in seen]
    assert len(values) > 3 and values == sorted(values) and values[-1] == 100
    assert all(t for _p, t in seen)


def test_font_parse_is_cached_and_a_damaged_cache_is_only_slower(tmp_path):
    """The second load of a font comes from the cache with the same metrics; a damaged cache file
    falls back to parsing and is rewritten."""
    from pathlib import Path

    from reportlab.pdfbase.ttfonts import TTFont

    from services.reports import fontcache
    from services.reports.fonts import search_dirs

    path = next((d / "wqy-microhei.ttc" for d in search_dirs() if (d / "wqy-microhei.ttc").is_file()), None)
    if path is None:
        pytest.skip("WenQuanYi Micro Hei not installed")
    first = fontcache.load("FC-a", Path(path))
    files = list(fontcache.cache_dir().glob("*.pickle"))
    assert len(files) == 1
    again = fontcache.load("FC-b", Path(path))
    plain = TTFont("FC-c", str(path))
    assert again.fontName == "FC-b" and again.face.charWidths == plain.face.charWidths == first.face.charWidths
    assert again.stringWidth("绩效评价，22350.82万元", 12) == plain.stringWidth("绩效评价，22350.82万元", 12)
    assert again.face.makeSubset([ord(c) for c in "绩效"]) == plain.face.makeSubset([ord(c) for c in "绩效"])
    files[0].write_bytes(b"not a pickle")
    third = fontcache.load("FC-d", Path(path))
    assert third.face.charWidths == plain.face.charWidths
    assert files[0].read_bytes() != b"not a pickle"


def test_a_ten_thousand_character_name_runs_on_over_pages(sample_store, tmp_path):
    """A very long text is laid out over several pages (the row splits, the header repeats) instead of
    failing the layout: every document of the evaluation is still written."""
    from services.evaluation import assessments
    from services.frameworks import edit as fe
    from services.reports import export_all

    name = "很长的指标名称" * 1500  # 10,500 characters
    fe.update_node(sample_store, assessments.indicator_ids(sample_store)["1.1.1"], name=name)
    written = export_all(sample_store, tmp_path / "all")
    assert len(written) == 13 and all(p.stat().st_size > 0 for p in written)
    papers = next(p for p in written if p.name.endswith("工作底稿.pdf"))
    from pypdf import PdfReader

    text = "".join(page.extract_text() for page in PdfReader(str(papers)).pages)
    assert text.count("很长的指标名称") >= 1500  # the whole name, not cut
