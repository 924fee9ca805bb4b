"""Generate an image-only ("scanned") PDF twin of a DOCX sample, for the OCR reader.

    python scripts/make_scanned_sample.py                 # samples/scanned/000_02f8c3f2acc7ec3d.scanned.pdf
    python scripts/make_scanned_sample.py NAME.docx ...   # other twins from samples/docx/
    python scripts/make_scanned_sample.py --style harsh --out /tmp/harsh   # a worse scanner

The DOCX (real Word tables, merged 一级/二级 cells) is printed to PDF by LibreOffice, each page is
rasterised in grey and degraded the way a desk scanner degrades paper: a small skew (≤ 0.5°),
a slight blur, a grey paper tone, sensor noise and JPEG compression. The pages are written as a
PDF holding only images (no text layer), so only OCR can read it. The degradation is seeded, so
the same input gives the same output. The sample carries the expectation of its text twin.

Needs LibreOffice (``soffice``) and a CJK font (fonts-noto-cjk): ``make system-deps``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageFilter
from twins import write_twin_expectation  # noqa: E402  (scripts/ is on sys.path when run)

ROOT = Path(__file__).resolve().parent.parent
DOCX_DIR = ROOT / "samples" / "docx"
OUT_DIR = ROOT / "samples" / "scanned"
DEFAULT_SAMPLES = ["000_02f8c3f2acc7ec3d.docx"]


@dataclass(frozen=True)
class ScanStyle:
    """How hard the scanner is on the page."""

    dpi: int = 150
    max_skew_degrees: float = 0.5
    blur_radius: float = 0.5
    paper_grey: int = 238           # white paper scans as light grey
    ink_grey: int = 25              # black ink scans as dark grey
    noise_sigma: float = 6.0
    jpeg_quality: int = 40


#: ``default`` makes the committed sample; ``harsh`` is a worse scanner (100 dpi, 1° skew, more
#: blur, noise and compression) for measuring how the reader degrades (docs/ocr.md).
STYLES = {"default": ScanStyle(),
          "harsh": ScanStyle(dpi=100, max_skew_degrees=1.0, blur_radius=0.8, noise_sigma=12.0,
                             jpeg_quality=25)}


def docx_to_pdf(docx: Path, out_dir: Path) -> Path:
    """Print a DOCX to PDF with headless LibreOffice (a private profile, so it can run beside
    another LibreOffice)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise SystemExit("LibreOffice (soffice) is not installed: run `make system-deps`")
    profile = Path(tempfile.gettempdir()) / f"lo-profile-{os.getpid()}"
    subprocess.run([soffice, "--headless", "--convert-to", "pdf", "--outdir", str(out_dir),
                    f"-env:UserInstallation=file://{profile}", str(docx)],
                   check=True, capture_output=True, timeout=300)
    shutil.rmtree(profile, ignore_errors=True)
    pdf = out_dir / (docx.stem + ".pdf")
    if not pdf.exists():
        raise SystemExit(f"LibreOffice did not write {pdf.name}")
    return pdf


def render_grey_pages(pdf: Path, dpi: int) -> list[Image.Image]:
    import pypdfium2

    document = pypdfium2.PdfDocument(str(pdf))
    try:
        return [document[i].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
                for i in range(len(document))]
    finally:
        document.close()


def degrade(page: Image.Image, style: ScanStyle, rng: np.random.Generator) -> Image.Image:
    """One page as a scanner returns it: skewed, blurred, toned, noisy (JPEG comes on saving)."""
    angle = float(rng.uniform(-style.max_skew_degrees, style.max_skew_degrees))
    skewed = page.rotate(angle, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=255)
    blurred = skewed.filter(ImageFilter.GaussianBlur(style.blur_radius))
    pixels = np.asarray(blurred, dtype=np.float32) / 255.0
    toned = style.ink_grey + pixels * (style.paper_grey - style.ink_grey)
    noisy = toned + rng.normal(0.0, style.noise_sigma, size=toned.shape)
    return Image.fromarray(np.clip(noisy, 0, 255).astype(np.uint8), mode="L")


def write_image_pdf(pages: list[Image.Image], out: Path, style: ScanStyle) -> None:
    """Pages as a PDF of JPEG images only (Pillow stores grey pages as DCTDecode at the given
    quality): no fonts, no text layer."""
    out.parent.mkdir(parents=True, exist_ok=True)
    first, *rest = pages
    fixed = time.struct_time((2024, 1, 1, 0, 0, 0, 0, 1, 0))      # reproducible files
    first.save(out, format="PDF", save_all=True, append_images=rest, resolution=style.dpi,
               quality=style.jpeg_quality, creationDate=fixed, modDate=fixed)


def write_expectation(docx: Path, out: Path) -> None:
    write_twin_expectation(docx, out, f"Generated scanned twin of {docx.name} (scripts/make_scanned_sample.py): "
                           f"image-only PDF, same rows. ", drop_earlier_origin=False)


def make_scanned(docx: Path, out: Path, style: ScanStyle, seed: int = 0) -> None:
    rng = np.random.default_rng(seed)
    with tempfile.TemporaryDirectory() as tmp:
        pdf = docx_to_pdf(docx, Path(tmp))
        pages = render_grey_pages(pdf, style.dpi)
    scanned = [degrade(p, style, rng) for p in pages]
    write_image_pdf(scanned, out, style)
    write_expectation(docx, out)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("names", nargs="*", default=DEFAULT_SAMPLES,
                        help="DOCX files in samples/docx/")
    parser.add_argument("--style", choices=sorted(STYLES), default="default")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, default=OUT_DIR, help="output folder")
    args = parser.parse_args(argv)
    for name in args.names:
        docx = DOCX_DIR / Path(name).name
        out = args.out / (docx.stem + ".scanned.pdf")
        make_scanned(docx, out, STYLES[args.style], args.seed)
        print(f"wrote {out} ({out.stat().st_size // 1024} KiB) and its expectation")


if __name__ == "__main__":
    sys.exit(main())
