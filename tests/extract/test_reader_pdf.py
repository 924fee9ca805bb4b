"""PDF reader: small PDFs drawn with reportlab's built-in Chinese CID font (no font file needed)."""

import io

import pytest
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from jixiao.extract.errors import UnreadableDocument
from jixiao.extract.readers import read_document
from jixiao.pipelines.ingest import parse_bytes

pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))

PAGE1 = ["财政项目支出绩效目标申报表", "（2026年度）", "项目名称", "测试道路工程", "主管部门", "测试建设委员会",
         "项目资金", "（元）", "年度资金申请总额", "226,145,100.00", "一级指标", "二级指标", "三级指标",
         "年度(/项目)指标值", "产出指标", "数量指标", "道路建设长度", "985米"]
PAGE2 = ["质量指标", "项目验收达标率", "=100.00(%)", "满意度指", "标", "服务对象", "满意度指", "标",
         "居民群众满意度", "≥90.00(%)"]


def _pdf(pages: list[list[str]], encrypt: str | None = None) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, encrypt=encrypt)
    for lines in pages:
        c.setFont("STSong-Light", 11)
        for i, text in enumerate(lines):
            c.drawString(72, 780 - 18 * i, text)
        c.showPage()
    c.save()
    return buf.getvalue()


def test_text_layer_pdf_parses_with_pages():
    result = parse_bytes(_pdf([PAGE1, PAGE2]), "form.pdf")
    doc = result.document
    assert (doc["status"], doc["source_format"], doc["text_source"], doc["n_pages"]) == \
        ("ok", "pdf", "text_layer", 2)
    assert result.rows["forms"][0]["project_name"] == "测试道路工程"
    got = [(i["level1"], i["level2"], i["level3"], i["operator"], i["value"], i["page"])
           for i in result.rows["indicators"]]
    assert got == [("产出指标", "数量指标", "道路建设长度", "=", 985.0, 1),
                   ("产出指标", "质量指标", "项目验收达标率", "=", 100.0, 2),
                   ("满意度指标", "服务对象满意度指标", "居民群众满意度", ">=", 90.0, 2)]
    assert [str(b["amount_yuan"]) for b in result.rows["budget_lines"]] == ["226145100.00"]


def test_encrypted_pdf_fails_with_advice():
    with pytest.raises(UnreadableDocument, match="encrypted"):
        read_document(_pdf([PAGE1], encrypt="secret"), "pdf")


def test_truncated_pdf_fails_with_advice():
    data = _pdf([PAGE1])
    with pytest.raises(UnreadableDocument, match="damaged|no text layer|no pages"):
        read_document(data[: len(data) // 3], "pdf")


def test_pdf_without_text_needs_ocr():
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.rect(100, 100, 200, 200)
    c.showPage()
    c.save()
    with pytest.raises(UnreadableDocument, match="OCR"):
        read_document(buf.getvalue(), "pdf")


def test_usable_text_strips_the_blanks_the_regex_strips():
    """``usable_text`` strips blanks with ``str.split`` where that is the regex ``\\s+`` (every
    Unicode blank but \\x1c-\\x1f, which split also takes): the same verdict on texts made of blanks,
    cid codes and a few characters, separators included."""
    import random
    import sys

    import regex

    from jixiao.extract.readers.pdf import usable_text

    blanks = [chr(i) for i in range(sys.maxunicode + 1) if chr(i).isspace() or regex.match(r"\s", chr(i))]
    assert {"\x1c", "\x1d", "\x1e", "\x1f", "\u3000", "\xa0"} <= set(blanks)

    def by_regex(text: str) -> bool:
        stripped = regex.sub(r"\s+", "", text)
        garbage = sum(len(m) for m in regex.findall(r"\(cid:\d+\)", stripped))
        return bool(stripped) and garbage / len(stripped) < 0.3

    rng = random.Random(16)
    pieces = blanks + ["(cid:12)", "(cid:3)", "项", "a"]
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        assert usable_text(text) == by_regex(text), repr(text)
