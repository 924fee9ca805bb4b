"""Images of forms (.jpg/.jpeg phone photos, .png, .bmp, .tif/.tiff scans with one page per frame)
→ Document, by the OCR path the scanned-PDF reader uses (``extract.readers.ocr``).

Each frame is opened with Pillow, turned upright by its EXIF orientation (a phone stores a photo
taken sideways as sideways pixels plus an orientation tag: ``ImageOps.exif_transpose``), made
grey, and scaled to the resolution the OCR path reads best (150–200 dpi, see ``ocr.MIN_DPI``).
The resolution is the file's own when it states a plausible one, else estimated from the pixel
size as a page as wide as A4 (the forms' paper). Then: straighten (``deskew``), recognise, rebuild ruled
tables from the image's lines, lay out as in a scanned PDF. Frames of a TIFF are pages.
``documents.text_source`` is ``ocr``.
"""

from __future__ import annotations

import io

import numpy as np

from jixiao.extract.document import Block, Document
from jixiao.extract.errors import UnreadableDocument
from jixiao.extract.readers.ocr import MAX_DPI, MAX_PAGES, MIN_DPI, has_text, page_blocks
from jixiao.extract.readers.ocr_engine import recognise
from jixiao.extract.readers.ocr_grid import deskew, find_tables

#: The short side of A4 paper in inches: the resolution of a photo that states none is estimated
#: from its short side as this page's width (the width, not the height: a long image (长图) of a
#: whole form is as wide as the page, however long).
A4_SHORT_SIDE_INCHES = 210 / 25.4
#: A stated resolution outside this range is a camera's default (72 dpi), not the paper's.
PLAUSIBLE_DPI = (100, 1200)
#: Largest image accepted, in pixels (Pillow's own decompression-bomb limit is twice its
#: warning level; a 600 dpi A3 scan is 70 Mpx).
MAX_PIXELS = 120_000_000

_REPAIR = "open it in an image viewer and save it again (or rescan the page)"


def _resolution(frame, width: int, height: int) -> float:
    """The frame's resolution in dots per inch: stated, else as if it were an A4 page."""
    dpi = frame.info.get("dpi")
    if isinstance(dpi, tuple) and dpi and PLAUSIBLE_DPI[0] <= float(dpi[0]) <= PLAUSIBLE_DPI[1]:
        return float(dpi[0])
    return min(width, height) / A4_SHORT_SIDE_INCHES


def page_image(frame) -> tuple[np.ndarray, int]:
    """One frame → (grey page image at the OCR path's resolution, that resolution)."""
    from PIL import Image, ImageOps

    upright = ImageOps.exif_transpose(frame)
    grey = upright.convert("L")
    dpi = _resolution(frame, *grey.size)
    target = int(round(min(max(dpi, MIN_DPI), MAX_DPI)))
    if abs(target - dpi) > 1:
        scale = target / dpi
        size = (max(1, round(grey.width * scale)), max(1, round(grey.height * scale)))
        grey = grey.resize(size, Image.Resampling.LANCZOS)
    return np.ascontiguousarray(np.asarray(grey, dtype=np.uint8)), target


def read_page_image(image: np.ndarray, dpi: int, page: int) -> list[Block]:
    """Straighten, recognise and lay out one page image."""
    grey, _ = deskew(image)
    boxes = recognise(grey)
    return page_blocks(boxes, find_tables(grey, boxes, dpi), page)


def read_image(data: bytes, source_format: str = "image") -> Document:
    """An image file (one page, or a TIFF of several) → Document read by OCR."""
    from PIL import Image, ImageSequence, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as picture:
            kind = picture.format or "image"
            n_frames = getattr(picture, "n_frames", 1)
            if n_frames > MAX_PAGES:
                raise UnreadableDocument(f"refused: the {kind} has {n_frames} pages (OCR limit {MAX_PAGES}): "
                                         f"split it")
            blocks: list[Block] = []
            for number, frame in enumerate(ImageSequence.Iterator(picture), start=1):
                if frame.width * frame.height > MAX_PIXELS:
                    raise UnreadableDocument(f"refused: page {number} of the {kind} is {frame.width} × "
                                             f"{frame.height} pixels (limit {MAX_PIXELS // 1_000_000} "
                                             f"million): scale it down to 200–300 dpi")
                frame.load()
                image, dpi = page_image(frame)
                blocks.extend(read_page_image(image, dpi, number))
    except UnidentifiedImageError:
        raise UnreadableDocument(f"the image is damaged or not an image Pillow can read: {_REPAIR}") from None
    except Image.DecompressionBombError as exc:
        raise UnreadableDocument(f"refused: the image is too large to decode ({exc})") from None
    except (OSError, SyntaxError, ValueError, EOFError) as exc:
        raise UnreadableDocument(f"the image is damaged or truncated ({exc}): {_REPAIR}") from None
    if not any(has_text(b) for b in blocks):
        raise UnreadableDocument("OCR found no text in the image: it may be blank, blurred, or too "
                                 "small; photograph or scan the page flat, in good light, at 200–300 dpi")
    return Document(source_format, tuple(blocks), "ocr", n_frames)
