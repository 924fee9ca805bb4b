"""Damaged, encrypted, empty and mislabelled files: each is one ``failed`` documents row whose error
says what is wrong and what to do, and the good files beside them come out as if ingested alone."""

import io
import json
import random
import re
import shutil
import zipfile
from pathlib import Path
from typing import Callable, NamedTuple

import duckdb
import pytest
from reportlab.pdfgen import canvas

from jixiao.pipelines.ingest import DATA_TABLES, parse_file
from tests.test_cli import jixiao

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
SAMPLE_PDF = SAMPLES / "pdf" / "000_02f8c3f2acc7ec3d.pdf"
GOOD_SAMPLE = SAMPLES / "docx" / "000_02f8c3f2acc7ec3d.docx"
#: An error a user can act on names an action.
ACTION = re.compile(r"\b(save|re-export|repair|install|convert|check|open it)\b")


class BadInput(NamedTuple):
    make: Callable[[], bytes]
    source_format: str
    error: str                                      # regex the error must match


def _truncated_pdf() -> bytes:
    data = SAMPLE_PDF.read_bytes()
    return data[: len(data) // 2]


def _random_after_pdf_header() -> bytes:
    return b"%PDF-1.4\n" + random.Random(4).randbytes(4096)


def _encrypted_pdf() -> bytes:
    buf = io.BytesIO()
    pdf = canvas.Canvas(buf, encrypt="a user password")
    pdf.drawString(72, 720, "budget performance form")
    pdf.showPage()
    pdf.save()
    return buf.getvalue()


def pdf_of_objects(objects: list[bytes]) -> bytes:
    """A well-formed PDF of the given objects (1 = catalog), cross-reference offsets exact."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref_at = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref_at)
    return bytes(out)


def _pdf_without_pages() -> bytes:
    """A well-formed PDF whose page tree is empty (/Count 0)."""
    return pdf_of_objects([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"])


def _zip_without_document_xml() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/styles.xml", "<styles/>")
    return buf.getvalue()


SAMPLE_MHT = SAMPLES / "mht" / "001_0f4b9d799222cfe6.mht"
SAMPLE_JPEG = SAMPLES / "images" / "001_0f4b9d799222cfe6.photo.jpg"


def _undecodable_html() -> bytes:
    return b'<html><head><meta charset="utf-8"></head><body><table><tr><td>' \
        + random.Random(5).randbytes(4096).replace(b"<", b"\x80")


def _truncated_mht() -> bytes:
    data = SAMPLE_MHT.read_bytes()
    return data[: len(data) // 2]


def _damaged_jpeg() -> bytes:
    data = SAMPLE_JPEG.read_bytes()
    return data[: len(data) // 3]


def _ofd_zip_bomb() -> bytes:
    """A package whose one resource unpacks to 210 MB of blanks (about 200 KB packed)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("OFD.xml", "<ofd:OFD xmlns:ofd='http://www.ofdspec.org/2016'/>")
        with archive.open("Doc_0/Res/blank.xml", "w", force_zip64=True) as member:
            chunk = b" " * 2**20
            for _ in range(210):
                member.write(chunk)
    return buf.getvalue()


BAD_INPUTS: dict[str, BadInput] = {
    "truncated.pdf": BadInput(_truncated_pdf, "pdf", "damaged"),
    "random-after-header.pdf": BadInput(_random_after_pdf_header, "pdf", "damaged"),
    "encrypted.pdf": BadInput(_encrypted_pdf, "pdf", "encrypted"),
    "no-pages.pdf": BadInput(_pdf_without_pages, "pdf", "no pages"),
    "text-named.docx": BadInput(lambda: "项目名称：测试项目\n".encode("utf-8"), "docx", "not a zip"),
    "no-document-xml.docx": BadInput(_zip_without_document_xml, "docx", "no word/document.xml"),
    "empty.docx": BadInput(lambda: b"", "docx", "empty"),
    "binary-junk.doc": BadInput(lambda: random.Random(7).randbytes(4096), "doc", "not a Word document"),
    "undecodable.html": BadInput(_undecodable_html, "html", "cannot decode the web page"),
    "truncated.mht": BadInput(_truncated_mht, "mht", "truncated"),
    "damaged.jpg": BadInput(_damaged_jpeg, "image", "damaged or truncated"),
    "not-a-zip.ofd": BadInput(lambda: "项目名称：测试项目\n".encode("gbk"), "ofd", "not a valid OFD file"),
    "zip-bomb.ofd": BadInput(_ofd_zip_bomb, "ofd", "zip bomb"),
}
#: Bad inputs whose message does not yet say what to do, with the reason (fixes belong elsewhere).


def _write_bad_inputs(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, bad in BAD_INPUTS.items():
        (folder / name).write_bytes(bad.make())


def test_bad_inputs_are_distinct_files():
    """The CLI keeps one row per distinct content: identical bad inputs would hide one another."""
    contents = [bad.make() for bad in BAD_INPUTS.values()]
    assert len(set(contents)) == len(contents)


def test_truncated_pdf_is_cut_from_a_real_sample():
    assert SAMPLE_PDF.read_bytes().startswith(_truncated_pdf())


@pytest.mark.parametrize("name", BAD_INPUTS)
def test_bad_input_is_one_failed_row(name, tmp_path):
    bad = BAD_INPUTS[name]
    (tmp_path / name).write_bytes(bad.make())
    result = parse_file(tmp_path / name, tmp_path)
    document = result.document
    assert (document["source_path"], document["source_format"], document["status"]) == \
        (name, bad.source_format, "failed")
    assert re.search(bad.error, document["error"]), document["error"]
    assert "internal error" not in document["error"] and "traceback" not in document
    assert {table: rows for table, rows in result.rows.items() if rows} == {}


@pytest.mark.parametrize("name", BAD_INPUTS)
def test_bad_input_error_says_what_to_do(name, tmp_path):
    (tmp_path / name).write_bytes(BAD_INPUTS[name].make())
    error = parse_file(tmp_path / name, tmp_path).document["error"]
    assert ACTION.search(error), error


def _table_rows(out: Path, table: str, doc_id: str) -> list[tuple]:
    """One document's rows of one table, in a stable order; its collection and source_path (the
    folder ingested) are left out."""
    if not list((out / table).rglob("*.parquet")):
        return []
    columns = "* exclude (source_path, collection)" if table == "documents" else "*"
    relation = duckdb.sql(f"select {columns} from read_parquet('{out}/{table}/**/*.parquet', "
                          f"hive_partitioning=true) where doc_id = '{doc_id}'")
    return sorted(relation.fetchall(), key=repr)


def test_bad_inputs_beside_a_good_file_through_the_cli(tmp_path):
    archive = tmp_path / "archive"
    _write_bad_inputs(archive / "bad")
    shutil.copy(GOOD_SAMPLE, archive)
    batch_out, alone_out = tmp_path / "batch", tmp_path / "alone"
    proc = jixiao("ingest", str(archive), "--out", str(batch_out), "--json")
    assert proc.returncode == 0, proc.stderr
    summary = json.loads(proc.stdout)
    assert (summary["documents"], summary["failed"]) == (len(BAD_INPUTS) + 1, len(BAD_INPUTS))

    documents = duckdb.sql(f"select source_path, source_format, status, error, doc_id "
                           f"from read_parquet('{batch_out}/documents/*.parquet')").fetchall()
    by_path = {Path(path).name: (fmt, status, error, doc_id) for path, fmt, status, error, doc_id in documents}
    for name, bad in BAD_INPUTS.items():
        fmt, status, error, _ = by_path[name]
        assert (fmt, status) == (bad.source_format, "failed") and re.search(bad.error, error), (name, error)
    good_doc_id = by_path[GOOD_SAMPLE.name][3]
    assert by_path[GOOD_SAMPLE.name][1] == "ok"

    assert jixiao("ingest", str(GOOD_SAMPLE), "--out", str(alone_out)).returncode == 0
    for table in ["documents", *DATA_TABLES]:
        batch_rows = _table_rows(batch_out, table, good_doc_id)
        assert batch_rows == _table_rows(alone_out, table, good_doc_id), table
    assert _table_rows(batch_out, "indicators", good_doc_id)    # the comparison compares something
