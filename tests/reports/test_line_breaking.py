"""Chinese line breaking (禁则): no line of any produced PDF starts with ，；）” or ends with （“《."""
from __future__ import annotations

import re
import shutil

import pytest

pypdf = pytest.importorskip("pypdf")


#: the page number at the foot ("— 3 —", "- 3 -"): drawn on its own, not a line of text
PAGE_NUMBER = re.compile(r"[—-]\s*\d+\s*[—-]")


def pdf_lines(path) -> list[tuple[int, str]]:
    """(page, text) of every printed line: ReportLab shows each line of a paragraph or cell at its
    own text position, so the pieces shown at one position are one line."""
    out = []
    for pno, page in enumerate(pypdf.PdfReader(str(path)).pages, 1):
        groups: dict[tuple, list[str]] = {}

        def visit(text, cm, tm, _font, _size):
            if text:
                groups.setdefault((round(cm[4], 1), round(cm[5], 1), round(tm[5], 1)), []).append(text)

        page.extract_text(visitor_text=visit)
        for pieces in groups.values():
            out += [(pno, s) for s in "".join(pieces).split("\n")
                    if s.strip() and s.strip("·") != "" and not PAGE_NUMBER.fullmatch(s.strip())]
    return out


@pytest.fixture(scope="module")
def pdfs(sample_master, tmp_path_factory):
    from services.reports import DOCUMENTS, export

    folder = tmp_path_factory.mktemp("lines")
    src = folder / "s.fev"
    shutil.copyfile(sample_master, src)
    out = {}
    for kind in DOCUMENTS:
        for copy in ("client", "internal"):
            if kind == "working-papers" and copy == "client":
                continue
            out[(kind, copy)] = export(src, kind, "pdf", folder / f"{kind}-{copy}.pdf", options={"copy": copy})
    return out


def test_no_line_starts_or_ends_with_a_forbidden_character(pdfs):
    from services.reports.linebreak import offending_lines

    for key, path in pdfs.items():
        lines = pdf_lines(path)
        assert len(lines) > 20, key
        bad = [(p, s) for p, s in lines if offending_lines([s])]
        assert not bad, (key, bad[:5])


def test_breaker_rules():
    from services.reports.linebreak import breaks

    def lines(text, per_line):
        return [text[a:b] for a, b, _u, _h in breaks(text, [1.0] * len(text), [False] * len(text), [per_line])]

    # "”，" may not start a line, "（" may not end one, a number is never cut
    got = lines("甲乙丙丁“戊己”，庚辛（壬癸）子丑寅卯22350.82万元", 9)
    assert all(s[0] not in "，；：”）" and s[-1] not in "（“" for s in got), got
    assert any("22350.82" in s for s in got), got
    assert "".join(got) == "甲乙丙丁“戊己”，庚辛（壬癸）子丑寅卯22350.82万元"
    # a run longer than the line is cut rather than looping
    assert "".join(lines("A" * 30, 7)) == "A" * 30
