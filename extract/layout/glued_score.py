"""The shape layer's reader of a score table whose header and rows each ran together into one line with
no separator (text family F8, an exported sheet: the realworld 14_c 宁晋 page
``评价指标评价内容指标名称指标说明目标值分值备注`` / ``产出数量指标享受资助人数达到预计值210010``; the same
lines printed to PDF and read back by any PDF text shape), cut back into rows of cells so that the
score-table family reads labelled rows only.

The header line is cut into the column words of the indicator vocabulary (``glued_header_words``); it
must name a 三级指标 and a 分值 column. Each line after it up to the total row (总分, 合计) is parsed
against the header's roles in order (``parse_glued_row``: a level cell is a level word, a weight a
number from 1 to 100, a target an operator + number + unit or a word target of the vocabulary …) into a row whose
cells stand in their columns (blanks kept). A blank inside such a line is no cell break (``…建立与否 20``).

When the shapes cannot tell several cuts apart (``…12015``: target 120 + weight 15, or 1201 + 5), the
row carries the others as ``Line.alternatives``: which one holds is the family's to decide with the
table's own arithmetic (the weights add up to the total), never by shape. A line no cut fits stays as
it was.
"""

from __future__ import annotations

from jixiao.extract.document import Line
from jixiao.extract.layout.columns import line_cells
from jixiao.extract.layout.glued import best_parses, glued_header_words, parse_glued_row
from jixiao.normalize.text import fold_key, is_page_footer
from jixiao.normalize.vocabulary import INDICATOR_COLUMN_WORDS, SCORE_TOTAL_WORDS

_TOTALS = frozenset(fold_key(w) for w in SCORE_TOTAL_WORDS)
#: A run-together header names these columns (the name and its weight), else it is no score table's.
_HEADER_ROLES = frozenset({"level3", "weight"})


def _header_at(lines: list[Line]) -> tuple[int, list[tuple[str, str]]] | None:
    """(index, column words with roles) of the first paragraph line that is a detail header run together."""
    for i, line in enumerate(lines):
        if line.is_row:
            continue
        words = glued_header_words(line.text, INDICATOR_COLUMN_WORDS)
        if words and _HEADER_ROLES <= {role for _, role in words}:
            return i, words
    return None


def _is_total(cell: str) -> bool:
    return fold_key(cell) in _TOTALS


def score_rows_run_together(lines: list[Line]) -> list[Line]:
    """A score table's lines, with a detail header run together and its rows up to the total cut into
    rows of cells (blanks kept, other cuts as alternatives); lines as they were when there is none."""
    found = _header_at(lines)
    if found is None:
        return lines
    at, words = found
    header = lines[at]
    roles = [role for _, role in words]
    out = lines[:at] + [Line(tuple(word for word, _ in words), True, header.page, header.line_no,
                             header.source_text, True)]
    required = frozenset(_HEADER_ROLES & set(roles))
    for k in range(at + 1, len(lines)):
        line = lines[k]
        filled = [c for c in line_cells(line, trailing_blanks=True) if c]
        if not filled or is_page_footer(line.text):
            out.append(line)
            continue
        if _is_total(filled[0]):
            return out + lines[k:]
        tied = best_parses(parse_glued_row("".join(filled), roles, required, word_targets=True))
        if not tied:
            out.append(line)
            continue
        # a role named twice (权重 after each level) holds its cell in its first column
        cuts = [tuple(p.cells.get(role, "") if roles.index(role) == j else "" for j, role in enumerate(roles))
                for p in tied]
        out.append(Line(cuts[0], True, line.page, line.line_no, line.source_text, True, tuple(cuts[1:])))
    return out
