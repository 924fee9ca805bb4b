"""PDF with a text layer (pdfplumber): page text in reading order, one paragraph per text line,
every line stamped with its 1-based page.

Fake-bold glyphs printed twice are removed (``dedupe_chars``); each page is closed after use so
memory does not grow with page count. A page whose text is missing or is ``(cid:123)`` garbage
(fonts without a ToUnicode map) has no usable text layer: if no page has one, the document fails
with a message saying it needs OCR.
"""

from __future__ import annotations

import io

import regex as re

from extract.document import Document, Paragraph
from extract.errors import UnreadableDocument

MAX_PAGES = 2000
_CID = re.compile(r"\(cid:\d+\)")


def _usable(text: str) -> bool:
    stripped = re.sub(r"\s+", "", text)
    if not stripped:
        return False
    garbage = sum(len(m) for m in _CID.findall(stripped))
    return garbage / len(stripped) < 0.3


def read_pdf(data: bytes, source_format: str = "pdf") -> Document:
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except Exception as exc:  # pdfplumber wraps pdfminer's many error types
        causes = [exc, *exc.args, exc.__cause__, exc.__context__]
        if any(isinstance(c, (PDFPasswordIncorrect, PDFEncryptionError)) for c in causes):
            raise UnreadableDocument("the PDF is encrypted (password protected): save an unprotected copy")
        raise UnreadableDocument(f"the PDF is damaged and cannot be opened ({type(exc).__name__}): "
                                 f"re-export it from its source, or repair it (e.g. with qpdf)")
    with pdf:
        try:
            pages = pdf.pages
        except Exception as exc:
            raise UnreadableDocument(f"the PDF is damaged: its page tree cannot be read ({type(exc).__name__})")
        n_pages = len(pages)
        if n_pages == 0:
            raise UnreadableDocument("the PDF has no pages")
        if n_pages > MAX_PAGES:
            raise UnreadableDocument(f"refused: the PDF has {n_pages} pages (limit {MAX_PAGES})")
        blocks: list[Paragraph] = []
        usable_pages = 0
        for number, page in enumerate(pages, start=1):
            try:
                text = page.dedupe_chars().extract_text() or ""
            except Exception as exc:
                raise UnreadableDocument(f"page {number} of the PDF cannot be read ({type(exc).__name__})")
            finally:
                page.close()
            if not _usable(text):
                continue
            usable_pages += 1
            for line in text.split("\n"):
                if line.strip():
                    blocks.append(Paragraph(line, number))
    if usable_pages == 0:
        raise UnreadableDocument("the PDF has no text layer (a scan, or fonts without a text map): it "
                                 "needs OCR, which this version does not do yet")
    return Document(source_format, tuple(blocks), "text_layer", n_pages)
