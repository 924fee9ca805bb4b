"""DOCX reader: tiny documents built with python-docx, real merged cells."""

import io

import docx
import pytest

from jixiao.extract.errors import UnreadableDocument
from jixiao.extract.readers import read_document
from jixiao.pipelines.ingest import parse_bytes


def _form_docx() -> bytes:
    d = docx.Document()
    d.add_paragraph("财政项目支出绩效目标申报表")
    d.add_paragraph("(2024年度)")
    head = d.add_table(rows=2, cols=4)
    for (r, c), text in {(0, 0): "项目名称", (0, 1): "测试项目", (0, 2): "项目性质", (0, 3): "经常性专项业务费",
                         (1, 0): "主管部门", (1, 1): "测试局", (1, 2): "实施单位", (1, 3): "测试中心"}.items():
        head.cell(r, c).text = text
    t = d.add_table(rows=5, cols=4)
    for c, text in enumerate(["一级指标", "二级指标", "三级指标", "年度(/项目)指标值"]):
        t.cell(0, c).text = text
    rows = [("产出指标", "数量指标", "购置数量", "=90.00(套)"), (None, "质量指标", "合格率", "=100.00(%)"),
            (None, None, "验收率", "≥95%"), ("满意度指标", "服务对象满意度指标", "满意度", "≥90.00(%)")]
    for r, row in enumerate(rows, start=1):
        for c, text in enumerate(row):
            if text is not None:
                t.cell(r, c).text = text
    t.cell(1, 0).merge(t.cell(3, 0)).text = "产出指标"      # 一级 spans three rows
    t.cell(2, 1).merge(t.cell(3, 1)).text = "质量指标"      # 二级 spans two rows
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_merged_cells_are_read_once_with_their_span():
    doc = read_document(_form_docx(), "docx")
    table = doc.blocks[-1]
    first_col = [c for row in table.rows for c in row if c.col == 0]
    assert [c.text for c in first_col] == ["一级指标", "产出指标", "满意度指标"]
    assert first_col[1].row_span == 3


def test_docx_form_parses_like_text():
    result = parse_bytes(_form_docx(), "form.docx")
    assert result.document["status"] == "ok", result.document
    form = result.rows["forms"][0]
    assert (form["project_name"], form["department"], form["fiscal_year"]) == ("测试项目", "测试局", 2024)
    got = [(i["level1"], i["level2"], i["level3"], i["operator"], i["value"]) for i in result.rows["indicators"]]
    assert got == [("产出指标", "数量指标", "购置数量", "=", 90.0), ("产出指标", "质量指标", "合格率", "=", 100.0),
                   ("产出指标", "质量指标", "验收率", ">=", 95.0),
                   ("满意度指标", "服务对象满意度指标", "满意度", ">=", 90.0)]


def test_not_a_zip_is_refused_with_advice():
    with pytest.raises(UnreadableDocument, match="not a zip"):
        read_document(b"this is not a docx", "docx")
