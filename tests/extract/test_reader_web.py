"""Web pages (.html and friends) and web archives (.mht): tables with spans, encodings, layout
tables, page chrome, and the errors bad pages give."""

import base64
import quopri
from pathlib import Path

import pytest

from jixiao.extract.document import Paragraph, Table
from jixiao.extract.errors import UnreadableDocument
from jixiao.extract.readers import read_document, sniff_format
from jixiao.extract.readers.html import declared_charset, read_html
from jixiao.extract.readers.mht import read_mht
from jixiao.extract.recognize import form_lines


def _tables(document) -> list[Table]:
    return [b for b in document.blocks if isinstance(b, Table)]


def _paragraphs(document) -> list[str]:
    return [b.text for b in document.blocks if isinstance(b, Paragraph)]


FORM = """<html><head><meta charset="utf-8"><title>页面标题 绩效目标表</title>
<script>document.write("脚本文字")</script><style>td{color:red}</style></head><body>
<h2>2020年度项目支出绩效目标表</h2>
<p>项目名称：热线&nbsp;服务</p>
<table border="1">
<tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>指标值</th></tr>
<tr><td rowspan="3">产出指标</td><td rowspan="2">数量指标</td><td>接通率</td><td>≥90%</td></tr>
<tr><td>回复<br>及时率</td><td>&nbsp;</td></tr>
<tr><td colspan="2">质量 指标 全部</td></tr>
</table>
<p>填报人：张三<br>联系电话：123</p>
</body></html>"""


def test_rowspan_and_colspan_become_spans_on_the_grid():
    document = read_html(FORM.encode("utf-8"))
    (table,) = _tables(document)
    level1 = table.rows[1][0]
    assert (level1.text, level1.row, level1.col, level1.row_span) == ("产出指标", 1, 0, 3)
    assert (table.rows[1][1].row_span, table.rows[1][1].text) == (2, "数量指标")
    # row 2 starts after the two columns spanned from above, row 3 after one
    assert [(c.col, c.text) for c in table.rows[2]] == [(2, "回复\n及时率"), (3, "")]
    assert [(c.col, c.col_span, c.text) for c in table.rows[3]] == [(1, 2, "质量 指标 全部")]
    lines = document.lines()
    assert [line.cells for line in lines[2:5]] == [("一级指标", "二级指标", "三级指标", "指标值"),
                                                   ("产出指标", "数量指标", "接通率", "≥90%"),
                                                   ("", "", "回复\n及时率", "")]


def test_hostile_spans_are_cut_to_the_table():
    page = ('<table><tr><td rowspan="65534" colspan="100000">a</td><td colspan="0">b</td></tr>'
            '<tr><td rowspan="x">c</td></tr></table>')
    (table,) = _tables(read_html(page.encode()))
    first = table.rows[0][0]
    assert (first.row_span, first.col_span) == (2, 1000)
    assert [c.text for row in table.rows for c in row] == ["a"] and table.rows[1] == ()


def test_paragraphs_in_reading_order_without_scripts_styles_or_title():
    document = read_html(FORM.encode("utf-8"))
    assert _paragraphs(document) == ["2020年度项目支出绩效目标表", "项目名称：热线 服务", "填报人：张三",
                                     "联系电话：123"]
    assert document.encoding == "utf-8" and document.source_format == "html"


def test_a_gbk_page_declared_gb2312_is_read_as_gb18030():
    page = FORM.replace('<meta charset="utf-8">',
                        '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">')
    data = page.replace("≥", "&ge;").encode("gbk") + "镕".encode("gb18030")   # 镕: GBK, not GB2312
    document = read_html(data)
    assert document.encoding == "gb18030"
    assert _tables(document)[0].rows[1][3].text == "≥90%"
    assert declared_charset(b'<meta charset="GBK">') == "gb18030"


def test_an_undeclared_gbk_page_is_detected_and_a_bom_wins_over_a_wrong_meta():
    page = FORM.replace('<meta charset="utf-8">', "").replace("≥", "&ge;")
    assert read_html(page.encode("gbk")).encoding == "gb18030"
    wrong = FORM.replace('charset="utf-8"', 'charset="iso-8859-1"')
    assert read_html(b"\xef\xbb\xbf" + wrong.encode("utf-8")).encoding == "utf-8-sig"


def test_a_page_lying_about_its_charset_is_detected():
    page = FORM.replace('charset="utf-8"', 'charset="utf-8"').replace("≥", "&ge;")
    document = read_html(page.replace("utf-8", "shift_jis").encode("gbk"))
    assert document.encoding == "gb18030" and _tables(document)


def test_checkboxes_and_pre_text():
    page = ('<html><body><p>是否政府采购 <input type="checkbox" checked>是 <input type="checkbox">否</p>'
            '<pre>第一行\n  第二行</pre></body></html>')
    assert _paragraphs(read_html(page.encode())) == ["是否政府采购 ☑是 ☐否", "第一行", "  第二行"]


def test_a_layout_table_around_the_form_is_unwrapped():
    page = ('<html><body><table><tr><td colspan="2">网站横幅</td></tr><tr>'
            '<td><table><tr><td>首页</td></tr><tr><td>政务公开</td></tr></table></td>'
            '<td><p>发布时间：2021-03-15</p><table border="1"><tr><td>项目名称</td><td>热线</td></tr>'
            '</table></td></tr></table></body></html>')
    document = read_html(page.encode())
    tables = _tables(document)
    assert [[c.text for c in row] for row in tables[-1].rows] == [["项目名称", "热线"]]
    assert _paragraphs(document)[:1] == ["网站横幅"]
    assert "发布时间：2021-03-15" in _paragraphs(document)


def test_page_chrome_is_kept_as_paragraphs_but_not_read_as_form_lines():
    page = ("<html><body><div>当前位置：首页 &gt; 绩效管理</div><p>发布时间：2021-03-15 信息来源：财政局</p>"
            "<table border=1><tr><td>项目名称</td><td>热线</td></tr></table>"
            "<p>【打印本页】【关闭窗口】</p><p>版权所有：某区人民政府</p></body></html>")
    document = read_html(page.encode())
    assert len(_paragraphs(document)) == 4
    assert [line.text for line in form_lines(document.lines())] == ["项目名称\t热线"]


def test_converter_text_named_html_is_still_read_as_text():
    text = "项目名称\t热线\n一级指标\t二级指标\t三级指标\n"
    document = read_html(text.encode("utf-8"))
    assert _tables(document)[0].rows[0][0].text == "项目名称"


@pytest.mark.parametrize("name", ["a.html", "a.htm", "a.shtml", "a.jsp", "a.aspx", "a.asp", "a.php"])
def test_web_page_names_sniff_as_html(name):
    assert sniff_format(b"<html><body>x</body></html>", Path(name)) == "html"


def test_undecodable_page_fails_with_what_to_do():
    page = b'<html><head><meta charset="utf-8"></head><body><table><tr><td>' + bytes(range(128, 256)) * 40
    with pytest.raises(UnreadableDocument, match="cannot decode the web page.*save it again"):
        read_document(page, "html")


def test_a_page_with_no_text_fails_saying_so():
    with pytest.raises(UnreadableDocument, match="no text"):
        read_html(b"<html><body><img src='form.png'><script>x()</script></body></html>")


def _mht(page: bytes, charset: str = "utf-8", encoding: str = "quoted-printable", close: bool = True) -> bytes:
    body = quopri.encodestring(page) if encoding == "quoted-printable" else base64.encodebytes(page)
    boundary = b"----=_NextPart_01"
    parts = [b"From: <Saved by Blink>", b"MIME-Version: 1.0",
             b'Content-Type: multipart/related; type="text/html"; boundary="' + boundary + b'"', b"",
             b"--" + boundary, b"Content-Type: text/html; charset=\"" + charset.encode() + b"\"",
             b"Content-Transfer-Encoding: " + encoding.encode(), b"", body,
             b"--" + boundary, b"Content-Type: image/png", b"Content-Transfer-Encoding: base64", b"",
             base64.encodebytes(b"\x89PNG\r\n\x1a\n0000"),
             b"--" + boundary + (b"--" if close else b"")]
    return b"\r\n".join(parts) + b"\r\n"


@pytest.mark.parametrize("encoding", ["quoted-printable", "base64"])
def test_web_archive_page_is_read_whatever_its_transfer_encoding(encoding):
    document = read_mht(_mht(FORM.encode("utf-8"), encoding=encoding))
    assert _tables(document)[0].rows[1][0].row_span == 3
    assert document.source_format == "mht"


def test_web_archive_part_charset_is_honoured():
    page = FORM.replace('<meta charset="utf-8">', "").replace("≥", "&ge;").encode("gbk")
    document = read_mht(_mht(page, charset="gb2312"))
    assert document.encoding == "gb18030" and _tables(document)[0].rows[1][2].text == "接通率"


def test_web_archive_sniffed_from_its_bytes():
    assert sniff_format(_mht(b"<html></html>"), Path("page.txt")) == "mht"
    assert sniff_format(b"", Path("x.mhtml")) == "mht"


def test_truncated_web_archive_fails_with_what_to_do():
    data = _mht(FORM.encode("utf-8"), encoding="base64")
    with pytest.raises(UnreadableDocument, match="truncated"):
        read_mht(data[: len(data) * 2 // 3])
    with pytest.raises(UnreadableDocument, match="truncated"):
        read_mht(_mht(FORM.encode("utf-8"), close=False))


def test_not_a_web_archive_fails_with_what_to_do():
    with pytest.raises(UnreadableDocument, match="not a web archive"):
        read_mht(b"just some text\nnothing else\n")
