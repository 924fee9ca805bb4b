"""Format sniffing and the one table that maps a format to its reader."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Callable

from jixiao.extract.document import Document
from jixiao.extract.errors import UnreadableDocument
from jixiao.extract.readers.docx import read_docx
from jixiao.extract.readers.legacy import read_doc
from jixiao.extract.readers.pdf import read_pdf
from jixiao.extract.readers.text import read_text
from jixiao.extract.readers.xls import read_xls
from jixiao.extract.readers.xlsx import read_xlsx

Reader = Callable[[bytes, str], Document]

#: format -> reader. A format without a reader fails with a message saying so.
READERS: dict[str, Reader] = {
    "txt": read_text,
    "md": read_text,
    "html": read_text,
    "docx": read_docx,
    "doc": read_doc,
    "pdf": read_pdf,
    "xlsx": read_xlsx,
    "xls": read_xls,
}
TEXT_EXTENSIONS = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md", ".htm": "html",
                   ".html": "html", ".csv": "txt", ".tsv": "txt"}
OTHER_EXTENSIONS = {".pdf": "pdf", ".docx": "docx", ".doc": "doc", ".xlsx": "xlsx", ".xls": "xls",
                    ".wps": "doc", ".et": "xls"}


def document_id(data: bytes) -> str:
    """doc_id: hex SHA-256 of the file's bytes."""
    return hashlib.sha256(data).hexdigest()


def sniff_format(data: bytes, path: Path) -> str:
    """The file's format from its first bytes, then its extension."""
    head = data[:8]
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        if b"word/" in data[:200_000]:
            return "docx"
        if b"xl/" in data[:200_000]:
            return "xlsx"
        return OTHER_EXTENSIONS.get(path.suffix.lower(), "zip")
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "xls" if path.suffix.lower() in (".xls", ".et") else "doc"
    suffix = path.suffix.lower()
    if suffix in TEXT_EXTENSIONS:
        return TEXT_EXTENSIONS[suffix]
    if suffix in OTHER_EXTENSIONS:
        return OTHER_EXTENSIONS[suffix]
    return "txt"


def read_document(data: bytes, source_format: str, ocr: str = "auto",
                  max_pages: int | None = None) -> Document:
    """Bytes of a sniffed format → Document, or UnreadableDocument with what to do about it.
    ``ocr`` and ``max_pages`` (default: the PDF reader's own limit) apply to PDFs."""
    if not data:
        raise UnreadableDocument("file is empty (0 bytes): check that it was copied or downloaded "
                                 "completely")
    reader = READERS.get(source_format)
    if reader is None:
        raise UnreadableDocument(
            f"reading .{source_format} files is not supported yet: convert it to .docx, .pdf or text "
            f"(for example LibreOffice: soffice --headless --convert-to docx FILE) and ingest that")
    if source_format == "pdf":                       # the one reader with options
        return reader(data, source_format, ocr=ocr, max_pages=max_pages)
    return reader(data, source_format)
