"""Format sniffing and the one table that maps a format to its reader."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Callable

from jixiao.extract.document import Document
from jixiao.extract.errors import UnreadableDocument
from jixiao.extract.readers.docx import read_docx
from jixiao.extract.readers.html import read_html
from jixiao.extract.readers.image import read_image
from jixiao.extract.readers.legacy import read_doc
from jixiao.extract.readers.mht import read_mht
from jixiao.extract.readers.ofd import read_ofd
from jixiao.extract.readers.pdf import read_pdf
from jixiao.extract.readers.text import read_text
from jixiao.extract.readers.xls import read_xls
from jixiao.extract.readers.xlsx import read_xlsx

Reader = Callable[[bytes, str], Document]

#: format -> reader. A format without a reader fails with a message saying so.
READERS: dict[str, Reader] = {
    "txt": read_text,
    "md": read_text,
    "html": read_html,
    "mht": read_mht,
    "image": read_image,
    "ofd": read_ofd,
    "docx": read_docx,
    "doc": read_doc,
    "pdf": read_pdf,
    "xlsx": read_xlsx,
    "xls": read_xls,
}
TEXT_EXTENSIONS = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md", ".csv": "txt",
                   ".tsv": "txt"}
#: Web pages as saved from a portal (server-side page names included) and web archives.
WEB_EXTENSIONS = {".htm": "html", ".html": "html", ".xhtml": "html", ".shtml": "html", ".shtm": "html",
                  ".jsp": "html", ".asp": "html", ".aspx": "html", ".php": "html",
                  ".mht": "mht", ".mhtml": "mht"}
IMAGE_EXTENSIONS = {".jpg": "image", ".jpeg": "image", ".png": "image", ".tif": "image",
                    ".tiff": "image", ".bmp": "image"}
OTHER_EXTENSIONS = {".pdf": "pdf", ".docx": "docx", ".doc": "doc", ".xlsx": "xlsx", ".xls": "xls",
                    ".wps": "doc", ".et": "xls", ".ofd": "ofd", **WEB_EXTENSIONS, **IMAGE_EXTENSIONS}
#: First bytes of the image formats read by OCR.
IMAGE_SIGNATURES = (b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"II*\x00", b"MM\x00*")


def document_id(data: bytes) -> str:
    """doc_id: hex SHA-256 of the file's bytes."""
    return hashlib.sha256(data).hexdigest()


def sniff_format(data: bytes, path: Path) -> str:
    """The file's format from its first bytes, then its extension."""
    head = data[:8]
    suffix = path.suffix.lower()
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith(IMAGE_SIGNATURES) or (head.startswith(b"BM") and suffix == ".bmp"):
        return "image"
    if head.startswith(b"PK\x03\x04"):
        if b"OFD.xml" in data[:200_000]:
            return "ofd"
        if b"word/" in data[:200_000]:
            return "docx"
        if b"xl/" in data[:200_000]:
            return "xlsx"
        return OTHER_EXTENSIONS.get(path.suffix.lower(), "zip")
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "xls" if path.suffix.lower() in (".xls", ".et") else "doc"
    if is_web_archive(data):
        return "mht"
    if suffix in TEXT_EXTENSIONS:
        return TEXT_EXTENSIONS[suffix]
    if suffix in OTHER_EXTENSIONS:
        return OTHER_EXTENSIONS[suffix]
    return "txt"


def is_web_archive(data: bytes) -> bool:
    """A MIME message holding a web page (what browsers save as .mht), whatever its name."""
    head = data[:2000].lstrip().lower()
    return head.startswith((b"from:", b"mime-version:", b"content-type:", b"subject:", b"date:")) \
        and b"multipart/related" in head


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
