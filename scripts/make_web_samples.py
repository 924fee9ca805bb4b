"""Generate the web-page twins of the DOCX samples: HTML pages and a browser web archive (.mht).

    python scripts/make_web_samples.py   # writes samples/html/*.html and samples/mht/*.mht

Each twin is the DOCX twin's content (``samples/docx``, real merged cells) written as a web page
the way a government disclosure portal publishes a form: a ``<table border=1>`` whose merged
一级/二级 cells are ``rowspan`` cells, empty cells ``&nbsp;``, around it the portal's chrome
(navigation, 发布时间/信息来源 line, footer). Three pages and one archive:

* ``000_….utf8.html``: UTF-8 (``<meta charset="utf-8">``), a long cell wrapped with ``<br>``;
* ``001_….gbk.html``: GBK bytes declared ``<meta http-equiv=… charset=gb2312>`` (as portals do);
* ``003_….layout.html``: the form inside a layout table (navigation column | content column);
* ``001_….mht``: the GBK page's form saved by a browser as one file: ``multipart/related``, the page
  quoted-printable in UTF-8, a logo image part in base64.

The twins carry the expectations of their DOCX originals (a test asserts parity with the text).
"""

from __future__ import annotations

import base64
import html
import quopri
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from jixiao.extract.document import Paragraph, Table  # noqa: E402
from jixiao.extract.readers.docx import read_docx  # noqa: E402
from twins import write_twin_expectation  # noqa: E402  (scripts/ is on sys.path when run)

DOCX_DIR = ROOT / "samples" / "docx"
#: A cell longer than this is wrapped with a <br> in the UTF-8 page (a wrapped line).
WRAP_AT = 40

NAV = ("首页", "政务公开", "财政预决算", "绩效管理", "互动交流")
CHROME_TOP = "发布时间：2021-03-15 09:30　信息来源：区财政局　浏览次数：128"
CHROME_BOTTOM = ("【打印本页】【关闭窗口】", "版权所有：某区人民政府办公室　主办单位：某区财政局",
                 "网站标识码：3101070001　沪ICP备05001234号")


def _escape(text: str) -> str:
    """HTML text, the form's ☑/☐ glyphs as the checkbox inputs a portal's page has."""
    return html.escape(text).replace("☑", '<input type="checkbox" checked="checked">') \
        .replace("☐", '<input type="checkbox">')


def _cell_html(text: str, wrap: bool) -> str:
    if not text.strip():
        return "&nbsp;"
    if wrap and len(text) > WRAP_AT and "\n" not in text:
        cut = len(text) // 2
        return _escape(text[:cut]) + "<br>" + _escape(text[cut:])
    return "<br>".join(_escape(line) for line in text.split("\n"))


def table_html(table: Table, wrap: bool = False) -> str:
    rows = []
    for row in table.rows:
        cells = []
        for cell in row:
            spans = ""
            if cell.row_span > 1:
                spans += f' rowspan="{cell.row_span}"'
            if cell.col_span > 1:
                spans += f' colspan="{cell.col_span}"'
            cells.append(f"<td{spans}>{_cell_html(cell.text, wrap)}</td>")
        rows.append("  <tr>" + "".join(cells) + "</tr>")
    return '<table border="1" cellspacing="0" cellpadding="3" class="MsoNormalTable">\n<tbody>\n' \
        + "\n".join(rows) + "\n</tbody>\n</table>"


def form_html(docx: Path, wrap: bool = False) -> str:
    """The DOCX twin's blocks as HTML: paragraphs as <p> (the first, the title, as <h2>), tables."""
    document = read_docx(docx.read_bytes())
    parts = []
    for n, block in enumerate(document.blocks):
        if isinstance(block, Paragraph):
            tag = "h2" if n == 0 else "p"
            parts.append(f"<{tag}>{_escape(block.text)}</{tag}>")
        else:
            parts.append(table_html(block, wrap))
    return "\n".join(parts)


def page(title: str, body: str, charset_meta: str) -> str:
    nav = "".join(f'<li><a href="/{i}.html">{w}</a></li>' for i, w in enumerate(NAV))
    footer = "".join(f"<p>{line}</p>" for line in CHROME_BOTTOM)
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
{charset_meta}
<title>{html.escape(title)}</title>
<style>td {{ font-size: 12px; }}</style>
<script>var _hmt = _hmt || []; document.write("<p>统计代码</p>");</script>
</head>
<body>
<div class="header"><ul class="nav">{nav}</ul></div>
<div class="article">
<h1>{html.escape(title)}</h1>
<div class="info">{CHROME_TOP}</div>
<div class="content">
{body}
</div>
</div>
<div class="footer">{footer}</div>
</body>
</html>
"""


def layout_page(title: str, body: str) -> str:
    """The form inside the portal's layout table: a navigation column beside the content column."""
    nav = "".join(f'<tr><td><a href="/{i}.html">{w}</a></td></tr>' for i, w in enumerate(NAV))
    return f"""<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{html.escape(title)}</title></head>
<body>
<table width="1000" border="0" align="center">
<tr><td colspan="2"><img src="banner.jpg" alt=""></td></tr>
<tr>
<td width="200" valign="top"><table border="0">{nav}</table></td>
<td valign="top">
<div class="info">{CHROME_TOP}</div>
{body}
</td>
</tr>
<tr><td colspan="2">{"".join(f"<p>{line}</p>" for line in CHROME_BOTTOM)}</td></tr>
</table>
</body>
</html>
"""


def mht(title: str, page_html: str) -> bytes:
    """A browser's single-file web page: multipart/related, the page quoted-printable UTF-8."""
    boundary = "----=_NextPart_000_0000_01D7196A.4E3C2B10"
    logo = base64.encodebytes(bytes.fromhex(
        "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
        "1f15c4890000000d49444154789c6360000002000100e221bc330000000049454e44ae426082")).decode()
    body = quopri.encodestring(page_html.encode("utf-8")).decode("ascii")
    return f"""From: <Saved by Blink>
Snapshot-Content-Location: http://czj.example.gov.cn/jxgl/2021/0315/1234.html
Subject: =?utf-8?B?{base64.b64encode(title.encode("utf-8")).decode("ascii")}?=
Date: Mon, 15 Mar 2021 09:30:00 +0800
MIME-Version: 1.0
Content-Type: multipart/related;
\ttype="text/html";
\tboundary="{boundary}"

------=_NextPart_000_0000_01D7196A.4E3C2B10
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
Content-Location: http://czj.example.gov.cn/jxgl/2021/0315/1234.html

{body}
------=_NextPart_000_0000_01D7196A.4E3C2B10
Content-Type: image/png
Content-Transfer-Encoding: base64
Content-Location: http://czj.example.gov.cn/images/logo.png

{logo}
------=_NextPart_000_0000_01D7196A.4E3C2B10--
""".replace("\n", "\r\n").encode("ascii")


def write_expectation(docx: Path, out: Path, how: str) -> None:
    write_twin_expectation(docx, out, f"Generated {how} twin of {docx.stem}.txt (scripts/make_web_samples.py, "
                           f"from samples/docx/{docx.name}): same rows. ", drop_earlier_origin=True)


def _title(docx: Path) -> str:
    first = read_docx(docx.read_bytes()).blocks[0]
    return first.text if isinstance(first, Paragraph) else docx.stem


def main() -> None:
    html_dir, mht_dir = ROOT / "samples" / "html", ROOT / "samples" / "mht"
    html_dir.mkdir(parents=True, exist_ok=True)
    mht_dir.mkdir(parents=True, exist_ok=True)
    d000, d001, d003 = (DOCX_DIR / f"{name}.docx" for name in (
        "000_02f8c3f2acc7ec3d", "001_0f4b9d799222cfe6", "003_c5ac2ca95e2e7928"))

    out = html_dir / f"{d000.stem}.utf8.html"
    out.write_bytes(page(_title(d000), form_html(d000, wrap=True), '<meta charset="utf-8">').encode("utf-8"))
    write_expectation(d000, out, "UTF-8 web page")

    out = html_dir / f"{d001.stem}.gbk.html"
    meta = '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
    out.write_bytes(page(_title(d001), form_html(d001), meta).encode("gbk"))
    write_expectation(d001, out, "GBK web page")

    out = html_dir / f"{d003.stem}.layout.html"
    out.write_bytes(layout_page(_title(d003), form_html(d003)).encode("utf-8"))
    write_expectation(d003, out, "web page (form inside a layout table)")

    out = mht_dir / f"{d001.stem}.mht"
    out.write_bytes(mht(_title(d001), page(_title(d001), form_html(d001), '<meta charset="utf-8">')))
    write_expectation(d001, out, "web archive (.mht)")
    for path in sorted([*html_dir.glob("*.html"), *mht_dir.glob("*.mht")]):
        print(f"wrote {path.relative_to(ROOT)} and its expectation")


if __name__ == "__main__":
    main()
