"""Text from PDF characters, as pdfplumber's default (non-layout) text extraction gives it, without
its generic machinery.

The PDF reader turns characters into text once per table cell and once for the text outside the
tables; pdfplumber's ``extract_text``/``extract_text_lines`` build a word extractor, a text map and a
regex search for each call, which cost more than the reading they do. For the common case, upright
left-to-right characters with their default tolerances, the functions here run the same steps
(characters → lines by ``top`` → words split at blanks and gaps over ``X_TOLERANCE`` → lines of
words) and give the identical strings. Anything else (rotated or empty characters, a character
holding a line break) goes to pdfplumber itself. ``tests/extract/test_pdf_text.py`` checks the two
agree on every sample page.
"""

from __future__ import annotations

from operator import itemgetter
from typing import Any, Callable, Iterable

Char = dict[str, Any]

#: pdfplumber's defaults (``pdfplumber.utils.text.DEFAULT_X_TOLERANCE``/``DEFAULT_Y_TOLERANCE``).
X_TOLERANCE = 3
Y_TOLERANCE = 3

_top = itemgetter("top")
_x0 = itemgetter("x0")


_LIGATURES: dict[str, str] = {}


def _ligatures() -> dict[str, str]:
    if not _LIGATURES:
        from pdfplumber.utils.text import LIGATURES
        _LIGATURES.update(LIGATURES)
    return _LIGATURES


def _plain(chars: list[Char]) -> bool:
    """True when the fast path gives pdfplumber's result: every character upright, with text and
    no line break in it."""
    texts = [c["text"] for c in chars]
    return "" not in texts and "\n" not in "".join(texts) and all([c["upright"] for c in chars])


def cluster_numbers(values: Iterable[float], tolerance: float) -> dict[float, int]:
    """Each value's cluster, numbered in value order: sorted values closer than ``tolerance`` to the
    one before are in its cluster (``pdfplumber.utils.clustering.make_cluster_dict``)."""
    numbers: dict[float, int] = {}
    current = -1
    last: float | None = None
    for value in sorted(set(values)):
        if last is None or value > last + tolerance:
            current += 1
        numbers[value] = current
        last = value
    return numbers


def cluster(objects: list[Any], key: Callable[[Any], float], tolerance: float) -> list[list[Any]]:
    """``pdfplumber.utils.cluster_objects``: clusters in value order, objects in their input order
    inside a cluster."""
    numbers = cluster_numbers(map(key, objects), tolerance)
    clusters: list[list[Any]] = [[] for _ in range(max(numbers.values(), default=-1) + 1)]
    for obj in objects:
        clusters[numbers[key(obj)]].append(obj)
    return clusters


def _words(chars: list[Char]) -> list[tuple[float, str]]:
    """(top, text) of each word: characters in lines by ``top``, each line left to right, a new
    word at a blank character, a step back, a gap over ``X_TOLERANCE`` or a jump in height; a
    word's top is its highest character's."""
    words: list[tuple[float, str]] = []
    for line in cluster(chars, _top, Y_TOLERANCE):
        line.sort(key=_x0)
        _line_words(line, words)
    return words


def _line_words(line: list[Char], words: list[tuple[float, str]]) -> None:
    """The words of one line of characters sorted left to right, appended to ``words``."""
    ligatures = _ligatures()
    texts: list[str] = []
    word_top = last_x0 = last_x1 = last_top = 0.0
    for char in line:
        text = char["text"]
        if text.isspace():
            if texts:
                words.append((word_top, "".join(texts)))
                texts = []
            continue
        top, x0 = char["top"], char["x0"]
        if texts:
            if x0 < last_x0 or x0 > last_x1 + X_TOLERANCE or abs(top - last_top) > Y_TOLERANCE:
                words.append((word_top, "".join(texts)))
                texts = []
                word_top = top
            elif top < word_top:
                word_top = top
        else:
            word_top = top
        texts.append(ligatures.get(text, text))
        last_x0, last_x1, last_top = x0, char["x1"], top
    if texts:
        words.append((word_top, "".join(texts)))


def _one_line(chars: list[Char]) -> bool:
    """True when all the characters' tops lie within ``Y_TOLERANCE``: one line, one cluster."""
    tops = [c["top"] for c in chars]
    return max(tops) - min(tops) <= Y_TOLERANCE


def extract_text(chars: list[Char]) -> str:
    """``pdfplumber.utils.extract_text(chars)``: lines of words, a blank between words."""
    if not chars:
        return ""
    if not _plain(chars):
        from pdfplumber.utils import extract_text as pdfplumber_extract_text
        return pdfplumber_extract_text(chars)
    if _one_line(chars):                     # most cells: no clustering needed
        words: list[tuple[float, str]] = []
        _line_words(sorted(chars, key=_x0), words)
        return " ".join(text for _, text in words)
    lines = cluster(_words(chars), itemgetter(0), Y_TOLERANCE)
    return "\n".join(" ".join(text for _, text in line) for line in lines)


def text_lines(chars: list[Char]) -> list[tuple[float, str]]:
    """``(top, text)`` of each line as ``page.extract_text_lines()`` gives them for a page holding
    these characters (in page order); blank lines are left out."""
    if not chars:
        return []
    if not _plain(chars):
        from pdfplumber.utils.text import chars_to_textmap
        lines = chars_to_textmap(chars).extract_text_lines(strip=True, return_chars=False)
        return [(line["top"], line["text"]) for line in lines]
    out: list[tuple[float, str]] = []
    line: list[tuple[float, str]] = []
    previous: int | None = None
    words = _words(chars)
    numbers = cluster_numbers((top for top, _ in words), Y_TOLERANCE)
    for word in words:           # presorted: runs of one cluster in word order, like pdfplumber
        index = numbers[word[0]]
        if line and index != previous:
            out.append(_line(line))
            line = []
        line.append(word)
        previous = index
    if line:
        out.append(_line(line))
    return [(top, text) for top, text in out if text.strip()]


def _line(words: list[tuple[float, str]]) -> tuple[float, str]:
    return min(top for top, _ in words), " ".join(text for _, text in words).strip(" ")
