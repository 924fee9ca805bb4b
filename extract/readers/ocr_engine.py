"""The OCR engine: RapidOCR (PP-OCR models on onnxruntime) with the Chinese models that ship
inside the ``rapidocr`` wheel. Nothing is downloaded: every model is given by its path in the
installed package, and a missing one is an error that says how to fix the installation.

One engine is built per process, on first use (building it loads ~30 MB of models).
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import numpy as np

from jixiao.extract.errors import UnreadableDocument
from jixiao.extract.readers.ocr_grid import ink_mask
from jixiao.extract.readers.ocr_spacing import respace
from jixiao.extract.readers.ocr_text import TextBox, box_from_quad

#: Model files in ``rapidocr/models/`` of the rapidocr 3.x wheel: detection and recognition (its
#: character list is stored in the ONNX file's metadata, so no dictionary is fetched). The
#: text-line orientation classifier is off: on a degraded scan it turned short cells such as
#: ``=100%`` upside down (read ``%001=``), and forms are scanned upright.
DETECTION_MODEL = "PP-OCRv6_det_small.onnx"
RECOGNITION_MODEL = "PP-OCRv6_rec_small.onnx"
#: Recognised lines below this confidence are dropped (RapidOCR's own default).
MIN_SCORE = 0.5
#: RapidOCR shrinks larger images to this side length before detection; a rendered A4 page at
#: the reader's resolution must fit without shrinking.
MAX_SIDE = 4000


def bundled_models() -> dict[str, Path]:
    """Paths of the models inside the installed rapidocr package; UnreadableDocument when
    rapidocr is missing or a model file is absent (a partial or a model-less install)."""
    try:
        import rapidocr
    except ImportError:
        raise UnreadableDocument("the PDF is a scan and reading it needs OCR, which is not installed: "
                                 "pip install 'rapidocr>=3.0' onnxruntime") from None
    folder = Path(rapidocr.__file__).resolve().parent / "models"
    models = {"det": folder / DETECTION_MODEL, "rec": folder / RECOGNITION_MODEL}
    missing = [p.name for p in models.values() if not p.is_file()]
    if missing:
        raise UnreadableDocument(f"the OCR models {', '.join(missing)} are missing from {folder}: "
                                 f"reinstall rapidocr 3.x (pip install --force-reinstall 'rapidocr>=3.0')")
    return models


def engine_params(models: dict[str, Path]) -> dict[str, Any]:
    """RapidOCR settings: bundled models by path (which turns its downloader off), no
    orientation classifier, quiet."""
    return {"Global.log_level": "error", "Global.max_side_len": MAX_SIDE, "Global.use_cls": False,
            "Global.text_score": MIN_SCORE,
            "Det.model_path": str(models["det"]), "Rec.model_path": str(models["rec"])}


@functools.lru_cache(maxsize=1)
def engine() -> Any:
    from rapidocr import RapidOCR

    return RapidOCR(params=engine_params(bundled_models()))


def recognise(image: np.ndarray) -> list[TextBox]:
    """Every text line recognised on a grey page image, as upright boxes in the image's pixels,
    with the blanks between words the image shows (``ocr_spacing``)."""
    result = engine()(image, return_word_box=True)
    if result.boxes is None or result.txts is None:
        return []
    ink = ink_mask(image)
    words = result.word_results if len(result.word_results) == len(result.txts) else [()] * len(result.txts)
    boxes = []
    for quad, text, score, line_words in zip(result.boxes, result.txts, result.scores, words):
        if not text.strip():
            continue
        box = box_from_quad(text, quad, float(score))
        spaced = respace(text, _pieces(line_words), ink, (box.left, box.top, box.right, box.bottom))
        boxes.append(TextBox(spaced, box.left, box.top, box.right, box.bottom, box.score))
    return boxes


def _pieces(line_words: Any) -> list[tuple[str, float, float]]:
    """(text, left, right) of each character or word RapidOCR placed on a line."""
    pieces = []
    for word in line_words or ():
        if len(word) < 3 or word[2] is None:
            return []
        xs = [float(p[0]) for p in word[2]]
        pieces.append((str(word[0]), min(xs), max(xs)))
    return pieces
