"""A weighted indicator table whose header and rows each ran together into one line with no separator
(``一级指标二级指标三级指标分值得分`` / ``数量指标补助学生人数达到目标值12015``), cut back into a ``Table``.

The header is cut by the column words of the vocabulary; each row by its columns' value shapes in
order (``glued.parse_glued_row``). A row that splits more than one way (``12015``: 120 + 15 or
1201 + 5) is decided by the table's own arithmetic: the split whose weights add up to the total
printed under the rows (总分 100) wins. When the total does not decide, the best split by shape is
kept and the table is noted (``row_split_uncertain``: the note and the row's raw text), which
``stream.shape_issues`` turns into an ``issues`` row. Nothing is dropped: a line that is no row ends
the table and stays a paragraph.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import product
from typing import Sequence

import regex as re

from jixiao.extract.document import Block, Cell, Paragraph, Table
from jixiao.extract.layout.columns import header_key
from jixiao.extract.layout.glued import best_parses, parse_glued_row, split_glued_header
from jixiao.extract.layout.stream import ROW_SPLIT_UNCERTAIN
from jixiao.normalize.numbers import parse_float
from jixiao.normalize.text import fold_key
from jixiao.normalize.vocabulary import INDICATOR_COLUMN_WORDS, SCORE_TOTAL_WORDS

#: Splits of the open rows tried together against the total (rows × their splits grow fast).
_MAX_COMBINATIONS = 4096
_TOTALS = frozenset(fold_key(w) for w in SCORE_TOTAL_WORDS)
_NUMBER = re.compile(r"^\d+(?:\.\d+)?$")
_BLANKS = re.compile(r"\s+")


@dataclass
class _GluedRow:
    cells: dict[str, str]                     # role -> text of the split kept
    others: list[dict[str, str]]              # other splits the shapes cannot tell from it
    block: Paragraph


def header_words(text: str) -> list[tuple[str, str]] | None:
    """``一级指标二级指标三级指标分值得分`` → (word as printed, role) of each column, when the whole line
    is column words of the indicator vocabulary and names a name (三级指标) and a weight column."""
    roles = split_glued_header(text, INDICATOR_COLUMN_WORDS)
    if not roles or "level3" not in roles or "weight" not in roles:
        return None
    words: list[tuple[str, str]] = []
    rest = text.strip()
    for role in roles:
        word = max((w for w in INDICATOR_COLUMN_WORDS[role] if header_key(rest).startswith(header_key(w))),
                   key=lambda w: len(header_key(w)), default=None)
        if word is None:
            return None
        cut = _printed_length(rest, word)
        words.append((rest[:cut], role))
        rest = rest[cut:]
    return words


def _printed_length(text: str, word: str) -> int:
    """How many characters of ``text`` print ``word`` (the key folds brackets and blanks away)."""
    want = header_key(word)
    return next((end for end in range(1, len(text) + 1) if header_key(text[:end]) == want), len(text))


def _is_total(text: str) -> bool:
    return fold_key(_BLANKS.sub("", text)) in _TOTALS


def _row_text(block: Block) -> str | None:
    return block.text.strip() if isinstance(block, Paragraph) and block.text.strip() else None


def _total_weight(blocks: Sequence[Block], at: int) -> float | None:
    """The figure printed with (or right after) the total word at ``at``."""
    text = _row_text(blocks[at]) if at < len(blocks) else None
    if text is None:
        return None
    for word in sorted(SCORE_TOTAL_WORDS, key=len, reverse=True):
        if text.startswith(word) and _NUMBER.match(text[len(word):].strip()):
            return parse_float(text[len(word):].strip())
    if _is_total(text) and at + 1 < len(blocks):
        following = _row_text(blocks[at + 1])
        if following is not None and _NUMBER.match(following):
            return parse_float(following)
    return None


def _resolve(rows: list[_GluedRow], total: float | None) -> bool:
    """Choose each open row's split so that the weights add up to ``total``; True when decided."""
    open_rows = [r for r in rows if r.others]
    if not open_rows:
        return True
    options = [[r.cells] + r.others for r in open_rows]
    count = 1
    for o in options:
        count *= len(o)
    if total is None or count > _MAX_COMBINATIONS:
        return False
    fixed = sum(parse_float(r.cells.get("weight")) or 0 for r in rows if not r.others)
    winners = [combo for combo in product(*options)
               if abs(fixed + sum(parse_float(c.get("weight")) or 0 for c in combo) - total) < 0.01]
    if len(winners) != 1:
        return False
    for row, choice in zip(open_rows, winners[0]):
        row.cells = choice
    return True


def regroup_glued_rows(blocks: Sequence[Block], notes: list[str]) -> list[Block]:
    """Blocks with every glued indicator table (a header line of column words, then one line per row)
    a ``Table``: the header's words, then each row's cells in the header's columns (``""`` where the
    row prints nothing, as a merged level cell above). Undecided splits are appended to ``notes``."""
    out: list[Block] = []
    k = 0
    while k < len(blocks):
        block = blocks[k]
        text = _row_text(block)
        header = header_words(text) if text is not None else None
        if header is None:
            out.append(block)
            k += 1
            continue
        roles = [role for _, role in header]
        required = frozenset({"level3", "weight"})
        rows: list[_GluedRow] = []
        end = k + 1
        while end < len(blocks) and (row := _row_text(blocks[end])) is not None and not _is_total(row) \
                and not _total_weight(blocks, end):
            tied = best_parses(parse_glued_row(_BLANKS.sub("", row), roles, required))
            if not tied:
                break
            assert isinstance(blocks[end], Paragraph)
            rows.append(_GluedRow(tied[0].cells, [p.cells for p in tied[1:]], blocks[end]))
            end += 1
        if not rows:
            out.append(block)
            k += 1
            continue
        if not _resolve(rows, _total_weight(blocks, end)):
            for row in (r for r in rows if r.others):
                notes.append(f"{ROW_SPLIT_UNCERTAIN}\tthe row's cells were run together and can be split more "
                             f"than one way; kept {row.cells.get('level3')!r} with target "
                             f"{row.cells.get('target')!r} and weight {row.cells.get('weight')!r}"
                             f"\t{row.block.text.strip()}")
        texts = [tuple(word for word, _ in header)] + [tuple(r.cells.get(role, "") for role in roles) for r in rows]
        firsts: list[Paragraph] = [block] + [r.block for r in rows]   # type: ignore[list-item]
        out.append(Table(tuple(tuple(Cell(t, i, j) for j, t in enumerate(row)) for i, row in enumerate(texts)),
                         block.page, block.line_no, tuple(p.text for p in firsts)))
        k = end
    return out
