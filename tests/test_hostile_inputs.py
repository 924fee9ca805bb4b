"""A hostile corpus through the real command: each bad file is one ``failed`` row with a reason,
nothing outside the input and output folders is read or written, and the good files' rows are
the same as when ingested alone."""

import io
import json
import os
import re
import shutil
import zipfile
from pathlib import Path

import pytest

from jixiao.pipelines import scan as scan_module
from jixiao.pipelines.batch import Options, run_ingest
from jixiao.pipelines.store import read_table
from tests.batch_helpers import GOOD_DOCX, SEED_TEXTS, dataset_rows
from tests.test_bad_inputs import _encrypted_pdf, _truncated_pdf, pdf_of_objects
from tests.test_cli import jixiao

SECRET = "TOP-SECRET-SALARY-TABLE-4242"


def _many_pages_pdf(n: int = 3000) -> bytes:
    kids = b" ".join(b"%d 0 R" % (3 + i) for i in range(n))
    pages = [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"] * n
    return pdf_of_objects([b"<< /Type /Catalog /Pages 2 0 R >>",
                 b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, n), *pages])


def _huge_page_pdf() -> bytes:
    return pdf_of_objects([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                 b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 5000000 5000000] >>"])


def _docx(document_xml: bytes) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", document_xml)
    return buf.getvalue()


def _zip_bomb_docx(path: Path) -> None:
    """word/document.xml unpacks to 210 MB of blanks (about 200 KB packed), written in chunks."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            member.write(b'<?xml version="1.0"?><w:document xmlns:w="x">')
            chunk = b" " * 2**20
            for _ in range(210):
                member.write(chunk)


def _xxe_docx(secret: Path) -> bytes:
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    xml = (f'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file://{secret}">]>'
           f'<w:document xmlns:w="{w}"><w:body><w:p><w:r><w:t>项目名称：&xxe;</w:t></w:r></w:p>'
           f'</w:body></w:document>')
    return _docx(xml.encode())


def _xxe_ofd(secret: Path) -> bytes:
    """An OFD whose page declares an external entity pointing at ``secret`` and uses it."""
    ns = 'xmlns:ofd="http://www.ofdspec.org/2016"'
    page = (f'<?xml version="1.0"?><!DOCTYPE ofd:Page [<!ENTITY xxe SYSTEM "file://{secret}">]>'
            f'<ofd:Page {ns}><ofd:Content><ofd:Layer ID="1"><ofd:TextObject ID="2" Boundary="20 20 100 10" '
            f'Size="4"><ofd:TextCode X="0" Y="4">项目名称：&xxe;</ofd:TextCode></ofd:TextObject>'
            f'</ofd:Layer></ofd:Content></ofd:Page>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("OFD.xml", f'<ofd:OFD {ns}><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml'
                                    f'</ofd:DocRoot></ofd:DocBody></ofd:OFD>')
        archive.writestr("Doc_0/Document.xml", f'<ofd:Document {ns}><ofd:Pages><ofd:Page ID="1" '
                                               f'BaseLoc="Pages/Page_0/Content.xml"/></ofd:Pages></ofd:Document>')
        archive.writestr("Doc_0/Pages/Page_0/Content.xml", page)
    return buf.getvalue()


#: file name -> regex its error must match
EXPECTED = {
    "empty.pdf": r"empty \(0 bytes\)",
    "truncated.pdf": "damaged",
    "encrypted.pdf": "encrypted",
    "3000-pages.pdf": r"3000 pages \(limit 500\)",
    "huge-page.pdf": r"page 1 is 5000000 × 5000000 points",
    "zip-bomb.docx": "zip bomb",
    "xxe.docx": "no budget-performance form",
    "xxe.ofd": "no budget-performance form",
    "unknown-encoding.txt": "cannot decode",
    "big.bin": r"refused: the file is 200 MB, over the limit of 100 MB",
    "loop.txt": "symbolic link loop",
    "escape.txt": "outside the input folder",
    "pipe.txt": "not a regular file",
}


def _hostile_corpus(archive: Path, secret: Path) -> None:
    archive.mkdir(parents=True)
    (archive / "empty.pdf").write_bytes(b"")
    (archive / "truncated.pdf").write_bytes(_truncated_pdf())
    (archive / "encrypted.pdf").write_bytes(_encrypted_pdf())
    (archive / "3000-pages.pdf").write_bytes(_many_pages_pdf())
    (archive / "huge-page.pdf").write_bytes(_huge_page_pdf())
    _zip_bomb_docx(archive / "zip-bomb.docx")
    (archive / "xxe.docx").write_bytes(_xxe_docx(secret))
    (archive / "xxe.ofd").write_bytes(_xxe_ofd(secret))
    (archive / "unknown-encoding.txt").write_bytes(bytes(range(128, 256)) * 64)
    with open(archive / "big.bin", "wb") as big:               # sparse: no disk space used
        big.truncate(200 * 2**20)
    os.symlink("loop.txt", archive / "loop.txt")
    os.symlink(secret, archive / "escape.txt")
    os.mkfifo(archive / "pipe.txt")
    good = archive / "good names"
    good.mkdir()
    shutil.copy(SEED_TEXTS[0], good / "项目 绩效目标 2020.txt")
    shutil.copy(GOOD_DOCX, good / "with space.docx")
    shutil.copy(SEED_TEXTS[2], os.fsencode(good) + b"/odd \xff\xfe name.txt")


def _tree(folder: Path) -> dict[str, tuple]:
    return {str(p): (p.lstat().st_size, p.lstat().st_mtime_ns)
            for p in folder.rglob("*")}


def test_hostile_corpus_through_the_cli(tmp_path):
    secret = tmp_path / "outside" / "secret.txt"
    secret.parent.mkdir()
    secret.write_text(SECRET)
    archive, out = tmp_path / "archive", tmp_path / "out"
    _hostile_corpus(archive, secret)
    os.utime(secret, (1_000_000_000, 1_000_000_000))          # an atime change would show a read
    atime = secret.stat().st_atime_ns
    before = _tree(tmp_path)

    proc = jixiao("ingest", str(archive), "--out", str(out), "--json", "--workers", "2")
    assert proc.returncode == 0, proc.stderr
    summary = json.loads(proc.stdout)
    assert (summary["documents"], summary["failed"]) == (len(EXPECTED) + 3, len(EXPECTED))

    sources = {s["source_path"]: s for s in read_table(out, "sources").to_pylist()}
    assert len(sources) == len(EXPECTED) + 3                    # every path: one row, one reason
    for name, error in EXPECTED.items():
        source = sources[name]
        assert source["status"] == "failed" and re.search(error, source["reason"]), (name, source)
        assert "internal error" not in source["reason"]
    documents = {d["source_path"]: d for d in read_table(out, "documents").to_pylist()}
    assert all(d["doc_id"] for d in documents.values())        # unread files have no document
    good = {p: d["status"] for p, d in documents.items() if p.startswith("good names")}
    assert good == {os.path.join("good names", "项目 绩效目标 2020.txt"): "ok",
                    os.path.join("good names", "with space.docx"): "ok",
                    os.path.join("good names", "odd \\xff\\xfe name.txt"): "ok"}

    everything = json.dumps(dataset_rows(out), ensure_ascii=False, default=str)
    assert SECRET not in everything, "an external entity or a link was followed"
    assert secret.stat().st_atime_ns == atime
    after = _tree(tmp_path)
    assert {p: v for p, v in after.items()
            if p != str(out) and not p.startswith(str(out) + os.sep)} == before

    alone = tmp_path / "alone"
    shutil.copytree(archive / "good names", alone / "good names")
    run_ingest([alone], tmp_path / "alone-out", Options(workers=1))
    good_ids = {d["doc_id"] for p, d in documents.items() if p.startswith("good names")}
    def without_collection(rows: list[tuple]) -> list[tuple]:       # the two roots differ
        return [tuple(item for item in r if item[0] != "collection") for r in rows]
    for table, rows in dataset_rows(tmp_path / "alone-out").items():
        batch_rows = [r for r in dataset_rows(out)[table] if dict(r)["doc_id"] in good_ids]
        assert without_collection(batch_rows) == without_collection(rows), table


def test_unreadable_file_is_one_failed_row(tmp_path, monkeypatch):
    """chmod 000 does not stop root (CI runs as root): there the refusal is simulated at the open."""
    archive = tmp_path / "archive"
    archive.mkdir()
    shutil.copy(SEED_TEXTS[0], archive / "good.txt")
    locked = archive / "locked.txt"
    shutil.copy(SEED_TEXTS[1], locked)
    if os.geteuid() == 0:
        real_hash = scan_module._hash

        def refuse(path: str):
            if path.endswith("locked.txt"):
                raise PermissionError(13, "Permission denied", path)
            return real_hash(path)
        monkeypatch.setattr(scan_module, "_hash", refuse)
    else:
        locked.chmod(0)
    summary = run_ingest([archive], tmp_path / "out", Options(workers=1))
    assert (summary.documents, summary.status("failed")) == (2, 1)
    sources = {s["source_path"]: s for s in read_table(tmp_path / "out", "sources").to_pylist()}
    assert "Permission denied" in sources["locked.txt"]["reason"]
    assert sources["locked.txt"]["doc_id"] is None
    assert sources["good.txt"]["status"] == "parsed"
    documents = read_table(tmp_path / "out", "documents").to_pylist()
    assert [d["source_path"] for d in documents] == ["good.txt"]
