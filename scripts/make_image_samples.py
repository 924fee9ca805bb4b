"""Generate the image twins of DOCX samples: a phone photo (.jpg) and a scanner's two-page TIFF.

    python scripts/make_image_samples.py     # samples/images/004_….photo.jpg, 000_….scan.tif

The DOCX twin is laid out on a larger sheet (so the whole form fits the photo's one page, or
the TIFF's two) and printed to PDF by LibreOffice, then each page is rasterised in grey and
degraded as ``scripts/make_scanned_sample.py`` does (skew, blur, paper tone, noise):

* ``001_0f4b9d799222cfe6.photo.jpg``: a long 297 × 640 mm sheet (a 长图) photographed at 150 dpi, a 0.8° tilt, JPEG
  quality 70, stored the way a phone held sideways stores it: pixels turned a quarter turn with
  the EXIF orientation tag (6) that turns them upright;
* ``000_02f8c3f2acc7ec3d.scan.tif``: two pages (a 210 × 660 mm sheet), 150 dpi, JPEG-compressed (as office scanners save grey pages), one TIFF
  frame per page, the resolution stated in the file.

Each twin carries the expectation of its DOCX original. Needs LibreOffice and CJK fonts
(``make system-deps``).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import docx
import numpy as np
from docx.shared import Mm, Pt
from PIL import Image, ImageOps

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from make_scanned_sample import ScanStyle, degrade, docx_to_pdf, render_grey_pages  # noqa: E402
from twins import write_twin_expectation  # noqa: E402  (scripts/ is on sys.path when run)

DOCX_DIR = ROOT / "samples" / "docx"
OUT_DIR = ROOT / "samples" / "images"
#: EXIF tag 0x0112 (Orientation); 6: the stored pixels must be turned 90° clockwise to stand upright.
ORIENTATION_TAG, ROTATE_90_CW = 0x0112, 6
PHOTO = ScanStyle(dpi=150, max_skew_degrees=0.8, blur_radius=0.6, paper_grey=228, ink_grey=40,
                  noise_sigma=5.0, jpeg_quality=70)
#: The photo's sheet holds the whole form: text in this size.
PHOTO_FONT_PT = 8
SCAN = ScanStyle(dpi=150, max_skew_degrees=0.4, blur_radius=0.4, noise_sigma=4.0)


def relaid_pdf(source: Path, tmp: Path, width_mm: float, height_mm: float, margin_mm: float,
               font_pt: float | None = None) -> Path:
    """The DOCX twin on a sheet of the given size (text in ``font_pt`` when given), printed to PDF."""
    document = docx.Document(str(source))
    if font_pt is not None:
        for style in document.styles:
            if getattr(style, "font", None) is not None and style.type == 1:
                style.font.size = Pt(font_pt)
    for section in document.sections:
        section.page_width, section.page_height = Mm(width_mm), Mm(height_mm)
        section.left_margin = section.right_margin = Mm(margin_mm)
        section.top_margin = section.bottom_margin = Mm(margin_mm)
    relaid = tmp / source.name
    document.save(str(relaid))
    return docx_to_pdf(relaid, tmp)


def pages_of(source: Path, size_mm: tuple[float, float], style: ScanStyle, expected_pages: int,
             seed: int, font_pt: float | None = None) -> list[Image.Image]:
    with tempfile.TemporaryDirectory() as tmp:
        pdf = relaid_pdf(source, Path(tmp), *size_mm, margin_mm=15, font_pt=font_pt)
        pages = render_grey_pages(pdf, style.dpi)
    if len(pages) != expected_pages:
        raise SystemExit(f"{source.name} on a {size_mm} mm sheet gave {len(pages)} pages, not {expected_pages}")
    rng = np.random.default_rng(seed)
    return [degrade(p, style, rng) for p in pages]


def write_expectation(source: Path, out: Path, how: str) -> None:
    write_twin_expectation(source, out, f"Generated {how} twin of {source.stem}.txt (scripts/make_image_samples.py, "
                           f"from samples/docx/{source.name}): same rows, read by OCR. ", drop_earlier_origin=True)


def make_photo(source: Path, out: Path) -> None:
    (page,) = pages_of(source, (297, 640), PHOTO, 1, seed=1, font_pt=PHOTO_FONT_PT)
    sideways = page.rotate(90, expand=True)            # as the sensor saw it: a quarter turn left
    exif = Image.Exif()
    exif[ORIENTATION_TAG] = ROTATE_90_CW
    sideways.save(out, "JPEG", quality=PHOTO.jpeg_quality, exif=exif.tobytes(), dpi=(72, 72))
    with Image.open(out) as check:                      # the tag turns it upright again
        assert ImageOps.exif_transpose(check).size == page.size
    write_expectation(source, out, "phone photo (.jpg, EXIF orientation 6)")


def make_tiff(source: Path, out: Path) -> None:
    first, *rest = pages_of(source, (210, 660), SCAN, 2, seed=2)
    first.save(out, "TIFF", save_all=True, append_images=rest, compression="jpeg", quality=60,
               dpi=(SCAN.dpi, SCAN.dpi))
    write_expectation(source, out, "two-page TIFF scan")


def main() -> None:
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    photo = OUT_DIR / "001_0f4b9d799222cfe6.photo.jpg"
    make_photo(DOCX_DIR / "001_0f4b9d799222cfe6.docx", photo)
    tiff = OUT_DIR / "000_02f8c3f2acc7ec3d.scan.tif"
    make_tiff(DOCX_DIR / "000_02f8c3f2acc7ec3d.docx", tiff)
    for path in (photo, tiff):
        print(f"wrote {path.relative_to(ROOT)} ({path.stat().st_size // 1024} KiB) and its expectation")


if __name__ == "__main__":
    main()
