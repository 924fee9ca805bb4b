"""Images of forms: EXIF orientation applied, resolution brought to the OCR path's, TIFF frames as
pages, damaged files failing with what to do. The OCR itself is tested on the image twins
(tests/test_format_parity.py, marked ``ocr``)."""

import io
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from jixiao.extract.document import Paragraph
from jixiao.extract.errors import UnreadableDocument
from jixiao.extract.readers import image as image_reader
from jixiao.extract.readers import read_document, sniff_format
from jixiao.extract.readers.image import page_image, read_image


def _page(width: int = 600, height: int = 800) -> Image.Image:
    """A grey page whose top-left quarter is black (to see where the top went)."""
    pixels = np.full((height, width), 255, dtype=np.uint8)
    pixels[: height // 4, : width // 4] = 0
    return Image.fromarray(pixels, mode="L")


def _jpeg(picture: Image.Image, orientation: int | None = None, dpi: tuple[int, int] = (72, 72)) -> bytes:
    exif = Image.Exif()
    if orientation:
        exif[0x0112] = orientation
    buf = io.BytesIO()
    picture.save(buf, "JPEG", quality=95, exif=exif.tobytes(), dpi=dpi)
    return buf.getvalue()


def test_exif_orientation_turns_a_sideways_photo_upright():
    sideways = _page().rotate(90, expand=True)                 # stored a quarter turn left
    with Image.open(io.BytesIO(_jpeg(sideways, orientation=6))) as frame:
        pixels, dpi = page_image(frame)
    assert pixels.shape[0] > pixels.shape[1]                  # portrait again
    h, w = pixels.shape
    assert pixels[h // 10, w // 10] < 64 and pixels[-h // 10, -w // 10] > 192   # black corner top-left


def test_resolution_stated_or_estimated_as_a4_is_brought_to_the_ocr_range():
    with Image.open(io.BytesIO(_jpeg(_page(2480, 3508), dpi=(300, 300)))) as frame:
        pixels, dpi = page_image(frame)                        # 300 dpi scan drawn at 200
    assert dpi == 200 and pixels.shape == (round(3508 * 2 / 3), round(2480 * 2 / 3))
    with Image.open(io.BytesIO(_jpeg(_page(1240, 1754)))) as frame:
        _, dpi = page_image(frame)                            # 72 dpi stated: a camera's default
    assert dpi == 150                                          # A4 width 1240 px = 150 dpi
    with Image.open(io.BytesIO(_jpeg(_page(1240, 5000)))) as frame:
        pixels, dpi = page_image(frame)                        # a long image (长图): as wide as A4
    assert dpi == 150 and pixels.shape == (5000, 1240)


def test_tiff_frames_are_pages(monkeypatch):
    seen = []

    def fake_read(image, dpi, page):
        seen.append((page, image.shape))
        return [Paragraph(f"page {page}", page)]

    monkeypatch.setattr(image_reader, "read_page_image", fake_read)
    buf = io.BytesIO()
    _page().save(buf, "TIFF", save_all=True, append_images=[_page(700, 900)], dpi=(150, 150))
    document = read_image(buf.getvalue())
    assert [p for p, _ in seen] == [1, 2] and document.n_pages == 2
    assert document.text_source == "ocr" and document.source_format == "image"
    assert sniff_format(buf.getvalue(), Path("scan.tif")) == "image"


@pytest.mark.parametrize("name", ["a.jpg", "a.jpeg", "a.png", "a.tif", "a.tiff", "a.bmp"])
def test_image_names_are_images_not_text(name):
    assert sniff_format(b"", Path(name)) == "image"


def test_damaged_image_fails_with_what_to_do():
    data = _jpeg(_page())
    with pytest.raises(UnreadableDocument, match="damaged.*save it again"):
        read_document(data[: len(data) // 3], "image")
    with pytest.raises(UnreadableDocument, match="damaged or not an image"):
        read_document(b"GIF-ish garbage, no image signature" * 20, "image")


def test_a_blank_image_fails_saying_no_text_was_found(monkeypatch):
    monkeypatch.setattr(image_reader, "read_page_image", lambda image, dpi, page: [])
    with pytest.raises(UnreadableDocument, match="no text in the image"):
        read_image(_jpeg(_page()))
