"""OFD: characters placed from text objects, ruling lines from path objects → real cells; the
hostile-input guards (not a zip, zip bomb, XML entities)."""

import io
import zipfile
from pathlib import Path

import pytest

from jixiao.extract.document import Paragraph, Table
from jixiao.extract.errors import UnreadableDocument
from jixiao.extract.readers import read_document, sniff_format
from jixiao.extract.readers.ofd import _deltas, read_ofd

NS = 'xmlns:ofd="http://www.ofdspec.org/2016"'


def _ofd(pages: list[str], template: str | None = None, extra: dict[str, bytes] | None = None) -> bytes:
    """A minimal OFD package with the given pages' layer content."""
    refs = "".join(f'<ofd:Page ID="{i}" BaseLoc="Pages/Page_{i}/Content.xml"/>' for i in range(len(pages)))
    tpl = '<ofd:TemplatePage ID="90" BaseLoc="Tpls/Tpl_0/Content.xml"/>' if template else ""
    files = {
        "OFD.xml": f'<ofd:OFD {NS} Version="1.0"><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot>'
                   f'</ofd:DocBody></ofd:OFD>',
        "Doc_0/Document.xml": f'<ofd:Document {NS}><ofd:CommonData>{tpl}</ofd:CommonData>'
                              f'<ofd:Pages>{refs}</ofd:Pages></ofd:Document>',
    }
    for i, layer in enumerate(pages):
        uses = '<ofd:Template TemplateID="90"/>' if template else ""
        files[f"Doc_0/Pages/Page_{i}/Content.xml"] = (
            f'<ofd:Page {NS}>{uses}<ofd:Content><ofd:Layer ID="1">{layer}</ofd:Layer></ofd:Content></ofd:Page>')
    if template:
        files["Doc_0/Tpls/Tpl_0/Content.xml"] = (
            f'<ofd:Page {NS}><ofd:Content><ofd:Layer ID="2">{template}</ofd:Layer></ofd:Content></ofd:Page>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in files.items():
            archive.writestr(name, text)
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return buf.getvalue()


def _text(x: float, y: float, text: str, size: float = 4.0, ctm: str = "") -> str:
    ctm_attr = f' CTM="{ctm}"' if ctm else ""
    advances = " ".join([str(size)] * (len(text) - 1))
    return (f'<ofd:TextObject ID="5" Boundary="{x} {y} 100 {size * 2}" Size="{size}"{ctm_attr}>'
            f'<ofd:TextCode X="0" Y="{size}" DeltaX="{advances}">{text}</ofd:TextCode></ofd:TextObject>')


def _line(x0: float, y0: float, x1: float, y1: float) -> str:
    return (f'<ofd:PathObject ID="6" Boundary="{min(x0, x1)} {min(y0, y1)} {abs(x1 - x0)} {abs(y1 - y0)}">'
            f'<ofd:AbbreviatedData>M {x0 - min(x0, x1)} {y0 - min(y0, y1)} L {x1 - min(x0, x1)} '
            f'{y1 - min(y0, y1)}</ofd:AbbreviatedData></ofd:PathObject>')


#: A 3 × 3 grid (columns at 20/60/100/140 mm, rows at 50/60/70/80 mm) whose first column's
#: lower two cells are merged (no rule between them), drawn as separate strokes and one closed box.
GRID = "".join([
    '<ofd:PathObject ID="7" Boundary="20 50 120 30"><ofd:AbbreviatedData>M 0 0 L 120 0 L 120 30 L 0 30 C'
    '</ofd:AbbreviatedData></ofd:PathObject>',
    _line(20, 60, 140, 60), _line(60, 70, 140, 70),
    _line(60, 50, 60, 80), _line(100, 50, 100, 80)])
CELLS = "".join([_text(22, 51, "一级指标"), _text(62, 51, "三级指标"), _text(102, 51, "指标值"),
                 _text(22, 61, "产出指标"), _text(62, 61, "接通率"), _text(102, 61, "≥90%"),
                 _text(62, 71, "回复率"), _text(102, 71, "=100%")])


def test_path_rules_and_text_objects_give_cells_with_spans():
    document = read_ofd(_ofd([_text(20, 30, "2020年度项目支出绩效目标表", 5) + GRID + CELLS]))
    title, table = document.blocks
    assert isinstance(title, Paragraph) and title.text == "2020年度项目支出绩效目标表"
    assert isinstance(table, Table)
    assert [[c.text for c in row] for row in table.rows] == [
        ["一级指标", "三级指标", "指标值"], ["产出指标", "接通率", "≥90%"], ["回复率", "=100%"]]
    merged = table.rows[1][0]
    assert (merged.row_span, merged.col_span) == (2, 1)
    assert document.text_source == "text_layer" and document.n_pages == 1
    assert sniff_format(_ofd([CELLS]), Path("x.bin")) == "ofd"


def test_text_placed_through_its_ctm_and_g_runs_of_advances():
    assert _deltas("g 3 2.5 1 g 2 0.5", 10) == [2.5, 2.5, 2.5, 1.0, 0.5, 0.5]
    # a text object drawn at half scale by its CTM: Size 8 shows as 4 mm, advances halved
    scaled = _text(22, 51, "一级指标", size=8.0, ctm="0.5 0 0 0.5 0 0").replace(
        'Boundary="22 51 100 16.0"', 'Boundary="22 51 100 8"')
    document = read_ofd(_ofd([GRID + scaled + CELLS.replace(_text(22, 51, "一级指标"), "")]))
    table = document.blocks[0]
    assert table.rows[0][0].text == "一级指标"


def test_template_page_content_is_drawn_under_each_page():
    document = read_ofd(_ofd([CELLS], template=GRID))
    assert isinstance(document.blocks[0], Table) and len(document.blocks[0].rows) == 3


def test_a_table_continued_on_the_next_page_is_joined():
    first = GRID + CELLS
    second = GRID + CELLS.replace("产出指标", "效益指标").replace("接通率", "满意度").replace(
        "回复率", "知晓率").replace(_text(22, 51, "一级指标") + _text(62, 51, "三级指标") + _text(102, 51, "指标值"),
                                _text(62, 51, "办结率") + _text(102, 51, "≥95%"))
    document = read_ofd(_ofd([first, second]))
    tables = [b for b in document.blocks if isinstance(b, Table)]
    assert len(tables) == 1 and tables[0].row_pages[-1] == 2


def test_not_a_zip_fails_with_what_to_do():
    with pytest.raises(UnreadableDocument, match="not a valid OFD file.*export it again"):
        read_document(b"OFD but not a zip at all", "ofd")


def test_zip_bomb_is_refused_before_unpacking(tmp_path):
    bomb = tmp_path / "bomb.ofd"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("OFD.xml", "<OFD/>")
        with archive.open("Doc_0/Res/blank.xml", "w", force_zip64=True) as member:
            chunk = b" " * 2**20
            for _ in range(210):
                member.write(chunk)
    with pytest.raises(UnreadableDocument, match="zip bomb"):
        read_ofd(bomb.read_bytes())


def test_xml_entities_are_never_resolved(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-4242")
    layer = _text(22, 51, "项目&xxe;")
    data = _ofd([layer])
    # rewrite the page with a DOCTYPE declaring an external entity
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        files = {n: source.read(n) for n in source.namelist()}
    page = files["Doc_0/Pages/Page_0/Content.xml"].decode()
    files["Doc_0/Pages/Page_0/Content.xml"] = (
        f'<?xml version="1.0"?><!DOCTYPE ofd:Page [<!ENTITY xxe SYSTEM "file://{secret}">]>' + page).encode()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    try:
        document = read_ofd(buf.getvalue())
    except UnreadableDocument as exc:
        assert "TOP-SECRET" not in str(exc)
        return
    assert "TOP-SECRET" not in document.text


def test_missing_document_and_text_less_pages_fail_with_what_to_do():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as archive:
        archive.writestr("OFD.xml", f'<ofd:OFD {NS}><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml'
                                    f'</ofd:DocRoot></ofd:DocBody></ofd:OFD>')
    with pytest.raises(UnreadableDocument, match="damaged: its document .* is missing"):
        read_ofd(buf.getvalue())
    with pytest.raises(UnreadableDocument, match="no text"):
        read_ofd(_ofd([GRID]))
