"""Web archives (.mht, .mhtml: a page saved by a browser as one file) → the HTML reader.

The file is a MIME multipart message (RFC 2557, ``multipart/related``); the stdlib ``email``
package parses it. The page is the part named by the multipart's ``start`` parameter, else the
first ``text/html`` part; its transfer encoding (quoted-printable, base64) is undone by ``email``
and its charset (the part's ``Content-Type``, else the page's own ``<meta>``) honoured by the HTML
reader. Images and style sheets in the other parts are not text of the page.
"""

from __future__ import annotations

import email
import email.errors
import email.policy
from email.message import Message

from jixiao.extract.document import Document
from jixiao.extract.errors import UnreadableDocument
from jixiao.extract.readers.html import decode_page, python_codec, read_html_text

#: What ``email`` reports for a multipart message cut short.
_TRUNCATION_DEFECTS = (email.errors.CloseBoundaryNotFoundDefect, email.errors.StartBoundaryNotFoundDefect)
_REPAIR = ("open the page in a browser (or the .mht in Word) and save it again as a web archive, "
           "or as .html")


def _html_part(message: Message) -> Message | None:
    if not message.is_multipart():
        return message if message.get_content_type() == "text/html" else None
    start = (message.get_param("start") or "").strip("<>")
    parts = [p for p in message.walk() if not p.is_multipart()]
    if start:
        for part in parts:
            if (part.get("Content-ID") or "").strip().strip("<>") == start:
                return part
    return next((p for p in parts if p.get_content_type() == "text/html"), None)


def _decoded_html(part: Message) -> tuple[str, str]:
    payload = part.get_payload(decode=True)
    if not payload:
        raise UnreadableDocument(f"the web archive's page is empty (the file was probably cut short): {_REPAIR}")
    raw = part.get_payload(decode=False)
    if isinstance(raw, str) and part.get("Content-Transfer-Encoding", "").lower() == "base64":
        body = "".join(raw.split())
        if len(body) % 4 != 0:       # email pads a cut base64 body silently: say it is cut
            raise UnreadableDocument(f"the web archive is truncated: its page's base64 text ends in "
                                     f"the middle of a character; {_REPAIR}")
    codec = python_codec(part.get_content_charset() or "")
    if codec:
        try:
            return payload.decode(codec), codec
        except UnicodeDecodeError:
            pass                           # a wrong label: the page's own meta, then detection
    return decode_page(payload)


def read_mht(data: bytes, source_format: str = "mht") -> Document:
    """A browser's single-file web page → Document through the HTML reader."""
    message = email.message_from_bytes(data, policy=email.policy.compat32)
    if message.get_content_maintype() != "multipart" and message.get_content_type() != "text/html":
        raise UnreadableDocument(f"not a web archive: the file is not a MIME message holding a web page "
                                 f"(its content type is {message.get_content_type()}); {_REPAIR}")
    cut = [d for d in message.defects if isinstance(d, _TRUNCATION_DEFECTS)]
    if cut:
        raise UnreadableDocument(f"the web archive is truncated or damaged (its MIME parts do not "
                                 f"end: {type(cut[0]).__name__}): {_REPAIR}")
    part = _html_part(message)
    if part is None:
        raise UnreadableDocument(f"the web archive holds no HTML page (the file was probably cut "
                                 f"short): {_REPAIR}")
    text, encoding = _decoded_html(part)
    return read_html_text(text, source_format, encoding)
