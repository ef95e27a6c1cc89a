"""The 评价报告 from an agency's DOCX template (docxtpl placeholders)."""
from __future__ import annotations

import re
import zipfile

import pytest

pytest.importorskip("docxtpl")


def docx_text(path) -> str:
    import docx

    d = docx.Document(str(path))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        parts += [c.text for row in t.rows for c in row.cells]
    return "\n".join(parts)


def test_default_template_is_filled_from_the_evaluation(sample_store, tmp_path):
    from services import reports
    from services.evaluation import assessments, findings

    sheet = assessments.score(sample_store)
    out = reports.export(sample_store, "report", "docx", tmp_path / "r.docx", options={"template": "default"})
    text = docx_text(out)
    assert "{{" not in text and "{%" not in text
    assert "衡阳市信息化建设经费（数字衡阳）项目" in text and "评价等级为“较差”" in text
    for n in sheet.leaves():  # the 评分表 rows with their 评分说明
        assert n.name in text
    assert "一期建设项目延期9个月完成验收" in text
    for f in findings.list_findings(sample_store):
        assert f.title in text
    assert "提请复核" not in text and "照录" not in text  # the client copy


def test_shipped_template_is_the_one_build_default_makes(tmp_path):
    from services.reports.template import build_default, default_template

    def placeholders(path):
        import re

        xml = zipfile.ZipFile(path).read("word/document.xml").decode()
        return sorted(set(re.findall(r"\{[{%][^}]*[}%]\}", re.sub(r"<[^>]+>", "", xml))))

    assert placeholders(default_template()) == placeholders(build_default(tmp_path / "t.docx"))


def test_template_chosen_per_evaluation_and_a_broken_one_is_one_line(sample_store, tmp_path):
    import docx

    from services import reports
    from services.evaluation import assessments

    own = tmp_path / "机构模板.docx"
    d = docx.Document()
    d.add_paragraph("本机构报告：{{ project }}，得分 {{ total }}，{{ copy }}")
    d.save(str(own))
    info = assessments.get_info(sample_store)
    assessments.update_info(sample_store, settings={**(info.settings or {}), "report_template": str(own)})
    out = reports.export(sample_store, "report", "docx", tmp_path / "r.docx")
    assert docx_text(out).strip() == "本机构报告：衡阳市信息化建设经费（数字衡阳）项目，得分 78.8，客户版"

    broken = tmp_path / "坏模板.docx"
    d = docx.Document()
    d.add_paragraph("{% for x in %}")
    d.save(str(broken))
    with pytest.raises(reports.ReportError, match=re.escape("报告模板“坏模板.docx”有误")) as err:
        reports.export(sample_store, "report", "docx", tmp_path / "x.docx", options={"template": str(broken)})
    assert "\n" not in str(err.value) and not (tmp_path / "x.docx").exists()
    with pytest.raises(reports.ReportError, match="找不到报告模板"):
        reports.export(sample_store, "report", "docx", tmp_path / "y.docx", options={"template": str(tmp_path / "无.docx")})
