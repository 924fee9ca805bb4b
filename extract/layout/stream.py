"""The stream builder: a table flattened to one cell per line or per paragraph, row breaks lost.

Three text shapes come out of converters that flatten HTML or PDF tables:

* one cell per paragraph: cells separated by empty lines, an empty cell written as a line of blanks;
* one cell per line ending in ``|`` (a bare ``|`` is an empty cell), the ``|`` on the same line,
  alone on the next one, or opening the next line before the next cell;
* one cell per line with nothing around it (pdfplumber page text), blank cells kept as empty lines
  or dropped.

The result is a ``CellStream``; ``blanks_kept`` says whether empty cells still stand in it.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Sequence

import regex as re

from jixiao.extract.document import Block, Cell, Line, Paragraph, Table
from jixiao.extract.records import RawIssue
from jixiao.extract.layout.base import RawRow, StreamBuilder
from jixiao.extract.layout.grid import Shape
from jixiao.extract.layout.indicator_stream import (
    is_table_trailer, merged_columns, rows_of_dropped_indicator_stream, rows_of_explained_stream,
)
from jixiao.extract.layout.columns import is_empty_marker, is_plain_number, line_tokens, role_of, spaced_cells
from jixiao.extract.layout.reader import (
    MIN_FIT, RowKind, RowTableReading, TableRow, best_row, fit, is_field_label, place_row, read_row_table,
)
from jixiao.extract.layout.settings import DEFAULT_SETTINGS, LayoutSettings
from jixiao.extract.layout.rows import is_empty_slot
from jixiao.normalize.money import is_amount, money_unit_multiplier, parse_amount_yuan
from jixiao.normalize.text import fold_key, is_page_footer
from jixiao.normalize.vocabulary import (
    COMPONENT_TABLE_COLUMN_WORDS,
    DUTY_TABLE_COLUMN_WORDS,
    EVALUATION_RESULT_COLUMN_WORDS,
    FLAT_PROJECT_COLUMN_WORDS,
    INDICATOR_COLUMN_WORDS,
    LABELLED_AMOUNT_ROW_LABELS,
    LEVEL1_WORDS,
    LEVEL2_WORDS,
    LEVEL_POINTS_PATTERN,
    LEVEL_SUFFIXES,
    REPORT_BUDGET_COLUMN_WORDS,
    REPORT_SCORE_COLUMN_WORDS,
    SCORE_SUMMARY_COLUMN_WORDS,
    SCORE_SUMMARY_ROW_LABELS,
    SELF_EVALUATION_MONEY_COLUMN_WORDS,
    SIGNATURE_BLOCK_WORDS,
    SIGNATURE_LINE_WORDS,
    TABLE_TOTAL_WORDS,
    WEB_PAGE_CHROME_WORDS,
    WEB_PAGE_LINK_BRACKETS,
    WEB_PAGE_LINK_WORDS,
    WEIGHT_IN_LABEL_PATTERN,
)

_POINTS_IN_KEY = re.compile(LEVEL_POINTS_PATTERN)

#: A line holding one cell and its closing ``|`` (not a pipe row of several cells).
CELL_TERMINATED = re.compile(r"^(?!\s*\|.*\|.*\|)(?P<cell>[^|]*)\|\s*$")
#: A line opened by the ``|`` that closed the cell above, then the next cell (``\n        | 下一格``).
CELL_AFTER_BAR = re.compile(r"^\s*\|(?P<cell>[^|]*)$")
_WORD_GAP = re.compile(r"[ \u3000\t]+")
#: A label with its value after a colon (``附件:2021年度…``): a line under a table, where a reading may end.
_LABELLED_VALUE = re.compile(r"^\p{Han}{2,8}[:：]\S")


def terminated_cell(text: str) -> str | None:
    """The cell of a line ending in ``|`` (``""`` for a bare ``|``), or of a line the bar of the
    cell above opens; None for other lines."""
    m = CELL_TERMINATED.match(text) or CELL_AFTER_BAR.match(text)
    return m.group("cell").strip() if m else None


# -- raw text (the text reader decides a file's shape once) ------------------------------------

def touching_share(lines: Sequence[str]) -> float:
    """Share of the filled lines whose next line is filled too (0 for paragraphs, 1 for one cell a
    line with nothing between)."""
    filled = [n for n, line in enumerate(lines) if line.strip()]
    touching = sum(1 for a, b in zip(filled, filled[1:]) if b == a + 1)
    return touching / len(filled) if filled else 0.0


def is_cell_per_paragraph(lines: Sequence[str], settings: LayoutSettings = DEFAULT_SETTINGS) -> bool:
    """HTML tables flattened to one paragraph per cell: most lines are empty, no two filled lines
    touch, and some lines of blanks stand for empty cells."""
    if sum(1 for l in lines if l.strip()) < settings.cell_per_paragraph_min_lines:
        return False
    blank_cells = sum(1 for l in lines if l and not l.strip())
    return touching_share(lines) < settings.cell_per_paragraph_max_touching \
        and blank_cells >= settings.stream_min_blank_cells


def is_cell_per_line(lines: Sequence[str], settings: LayoutSettings = DEFAULT_SETTINGS) -> bool:
    """HTML tables flattened to one cell per line, each ending in ``|``."""
    filled = [l for l in lines if l.strip()]
    ended = sum(1 for l in filled if terminated_cell(l) is not None)
    return len(filled) >= settings.cell_per_line_min_lines and ended / len(filled) >= settings.cell_per_line_share


# -- document lines (a region of a form) --------------------------------------------------------

def _one_cell(line: Line) -> bool:
    return not line.is_row and len(line_tokens(line)) <= 1


def single_cell_share(lines: Sequence[Line]) -> float:
    """Share of the filled lines that hold one cell (a paragraph of one word)."""
    filled = [l for l in lines if l.text.strip()]
    return sum(1 for l in filled if _one_cell(l)) / len(filled) if filled else 0.0


def is_cell_stream(lines: Sequence[Line], settings: LayoutSettings = DEFAULT_SETTINGS) -> bool:
    """One cell per line (blank cells kept or dropped): most filled lines hold one cell."""
    return single_cell_share(lines) >= settings.stream_share and any(l.text.strip() for l in lines)


def is_row_region(lines: Sequence[Line], settings: LayoutSettings = DEFAULT_SETTINGS) -> bool:
    """Enough filled lines hold two cells or more for the region to be read row by row."""
    filled = [l for l in lines if l.text.strip()]
    return bool(filled) and sum(1 for l in filled if len(line_tokens(l)) >= 2) / len(filled) >= settings.rows_share


class CellStreamBuilder(StreamBuilder):
    """One cell per line or paragraph; a line ending in ``|`` is a cell, a bare ``|`` an empty
    cell, a ``|`` alone on the line after a cell closes that cell."""

    shape = Shape.STREAM

    def detect(self, lines: Sequence[Line]) -> float:
        texts = [l.cells[0] for l in lines if not l.is_row]
        if len(texts) < len(lines) or not any(t.strip() for t in texts):
            return 0.0
        if is_cell_per_line(texts, self.settings) or is_cell_per_paragraph(texts, self.settings):
            return 0.95
        share = single_cell_share(lines)
        return share if share >= self.settings.stream_share else 0.0

    def rows_and_columns(self, lines: Sequence[Line], guesses: list[str]) -> list[RawRow]:
        texts = [l.cells[0] for l in lines]
        ended = is_cell_per_line(texts, self.settings)
        paragraphs = not ended and is_cell_per_paragraph(texts, self.settings)
        out: list[RawRow] = []
        for n, line in enumerate(lines):
            text = line.cells[0]
            if ended:
                cell = terminated_cell(text)
                if cell is None and text.strip() and n + 1 < len(lines) and lines[n + 1].cells[0].strip() == "|":
                    out.append(([text.strip()], line))          # the ``|`` closing it stands on the next line
                    continue
                if cell is None:
                    if text.strip() and text.strip() != "|":
                        out.append(([text.strip()], line))
                    continue
                if text.strip() == "|" and n > 0 and terminated_cell(lines[n - 1].cells[0]) is None \
                        and lines[n - 1].cells[0].strip():
                    continue                                    # closed the cell above
                out.append(([cell], line))
            elif paragraphs:
                if text and not text.strip():
                    out.append(([""], line))                    # a line of blanks: an empty cell
                elif text.strip():
                    out.append(([text.strip()], line))
            else:
                out.append(([text.strip()], line))
        self._blanks = ended or paragraphs or sum(1 for c, _ in out if not c[0]) >= self.settings.stream_min_blank_cells
        if not self._blanks:
            guesses.append("blank cells dropped by the converter: columns of a row are assigned by value shape")
        return out

    def keeps_blanks(self, rows: list[RawRow]) -> bool:
        return self._blanks


# -- a stream with its blank cells kept: rows of the header's width ------------------------------

#: Tables of one row per item whose families read rows only: a flat multi-project table (project
#: columns and indicator columns in one header) and a table of several projects' results. Each
#: entry: vocabulary, roles the header must name (each set: at least one of it).
_ROW_TABLES: tuple[tuple[dict[str, tuple[str, ...]], tuple[frozenset[str], ...]], ...] = (
    ({**INDICATOR_COLUMN_WORDS, **FLAT_PROJECT_COLUMN_WORDS},
     (frozenset(FLAT_PROJECT_COLUMN_WORDS), frozenset({"level3", "target"}))),
    (EVALUATION_RESULT_COLUMN_WORDS, (frozenset({"project_name"}), frozenset({"score", "grade"}))),
    # a target form's indicator table (no 分值/得分: self-evaluations have their own stream reading)
    (INDICATOR_COLUMN_WORDS, (frozenset({"level1", "level2"}), frozenset({"target"}))),
    # an evaluation report's budget execution table (表1) and its detail score tables (表3-1 …)
    (REPORT_BUDGET_COLUMN_WORDS, (frozenset({"item"}), frozenset({"amount"}), frozenset({"actual", "rate"}))),
    (REPORT_SCORE_COLUMN_WORDS, (frozenset({"item_group", "item"}), frozenset({"weight"}), frozenset({"actual"}),
                                 frozenset({"score"}))),
    # a department-wide target form's 年度履职目标 sub-table (部门职能 | 年度目标任务 | 支出项目名称 | 预算金额)
    (DUTY_TABLE_COLUMN_WORDS, (frozenset({"duty", "duty_task"}), frozenset({"project_name"}), frozenset({"amount"}))),
    # an evaluation report's summary of its dimensions, one row each (表2: 评价指标 | 分值 | 得分)
    ({("dimension" if role == "level1" else role): words for role, words in SCORE_SUMMARY_COLUMN_WORDS.items()},
     (frozenset({"dimension"}), frozenset({"weight"}), frozenset({"score"}))),
    # a target form's sub-project money table (项目当年投入资金构成 | 子项目名称 | 预算金额（元）)
    (COMPONENT_TABLE_COLUMN_WORDS, (frozenset({"project_name"}), frozenset({"amount"}))),
)
#: Vocabularies whose header must start the header: the cell before it names no column of any
#: table (their words are a subset of wider headers, 一级指标 | 二级指标 | 三级指标 | 权重 | …).
_WHOLE_HEADER_VOCABULARIES = (REPORT_BUDGET_COLUMN_WORDS, REPORT_SCORE_COLUMN_WORDS, _ROW_TABLES[6][0])
#: Roles of a caption merged down a table's first column (项目当年投入资金构成): a header cell when the
#: merge starts on the header row, else the first row's (the header's first cell blank).
_FIRST_COLUMN_CAPTION_ROLES = frozenset({"component_caption"})
_ANY_COLUMN_WORDS = {**INDICATOR_COLUMN_WORDS, **FLAT_PROJECT_COLUMN_WORDS, **EVALUATION_RESULT_COLUMN_WORDS}
#: Columns a row table of that kind must not have.
_NOT_IN_ROW_TABLE = frozenset({"weight", "score", "actual"})
#: A dimension summary with a 得分率 column is a score table's (表2 of 评价指标评分表): its family
#: reads it with the rest of its cell stream; a report's summary (评价指标 | 分值 | 得分) is a row table.
_SCORE_TABLE_SUMMARY_ROLES = frozenset({"score_rate"})
_LEVEL_ROLES = frozenset({"level1", "level2"})
#: Columns a level word may stand in (a 三级 name may end in 指标: 服务对象满意度指标).
_NAME_ROLES = _LEVEL_ROLES | {"level3"}
_LEVEL_KEYS = frozenset(fold_key(w) for w in LEVEL1_WORDS | LEVEL2_WORDS)
#: Columns that hold a value, never a level word.
_VALUE_ROLES = frozenset({"target", "unit", "operator", "remark", "explanation", "scoring_rule", "direction"})
#: Columns whose cells have a strict shape: a row cut at the wrong place shows there first.
_STRICT_ROLES = frozenset({"weight", "score", "rate", "initial", "amount", "unit", "operator"})
#: Last header cells a template merges over two columns (备注 of the 衔接资金 申报表): rows one cell wider.
_WIDE_LAST_ROLES = frozenset({"remark"})


#: A cell that ends in its points (``年度绩效目标(80分)``): a caption, never a flat table's column header.
_POINTS_CAPTION = re.compile(rf"^\S.*?\s*{WEIGHT_IN_LABEL_PATTERN}$")


def header_run(texts: Sequence[str], i: int, settings: LayoutSettings = DEFAULT_SETTINGS,
               ) -> tuple[dict[str, tuple[str, ...]], list[str]] | None:
    """(vocabulary, roles) of a row table's header standing one cell per line from ``i``."""
    for vocabulary, required in _ROW_TABLES:
        if not _may_start_header(texts, i, vocabulary):
            continue
        if vocabulary is _ROW_TABLES[0][0] and _POINTS_CAPTION.match(texts[i].strip()):
            continue             # a caption with its points over the indicator table (年度绩效目标(80分)), no flat table's column
        roles = _roles_from(texts, i, vocabulary)
        if len(roles) >= settings.stream_header_min_cells and all(set(roles) & need for need in required) \
                and not (vocabulary is INDICATOR_COLUMN_WORDS and set(roles) & _NOT_IN_ROW_TABLE) \
                and not (vocabulary is _ROW_TABLES[6][0] and set(roles) & _SCORE_TABLE_SUMMARY_ROLES):
            return vocabulary, roles
    return None


def _roles_from(texts: Sequence[str], i: int, vocabulary: dict[str, tuple[str, ...]]) -> list[str]:
    """The column roles of the cells from ``i`` on, up to the first cell that names none."""
    roles: list[str] = []
    while i + len(roles) < len(texts) and (role := role_of(texts[i + len(roles)], vocabulary)):
        roles.append(role)
    return roles


def _may_start_header(texts: Sequence[str], i: int, vocabulary: dict[str, tuple[str, ...]]) -> bool:
    """Whether a header of ``vocabulary`` may start at ``i``: for the tables whose words are a
    subset of wider headers, only when the cell before names no column."""
    if not any(vocabulary is v for v in _WHOLE_HEADER_VOCABULARIES) or i == 0:
        return True
    return not (role_of(texts[i - 1], vocabulary) or role_of(texts[i - 1], _ANY_COLUMN_WORDS))


def _row_fits(chunk: Sequence[str], roles: Sequence[str], vocabulary: dict[str, tuple[str, ...]]) -> bool:
    """A chunk of cells is a row: not empty, not the header again, a figure in each figure column."""
    if not any(c.strip() for c in chunk):
        return False
    if sum(1 for c in chunk if c.strip() and role_of(c, vocabulary)) >= 2:
        return False                                   # the header repeated after a page break
    for cell, role in zip(chunk, roles):
        if not cell.strip():
            continue
        if fit(role, cell) < (0.9 if role in _STRICT_ROLES else MIN_FIT):
            return False
        if vocabulary is not INDICATOR_COLUMN_WORDS:
            continue
        if role in _LEVEL_ROLES and not is_level_word(cell):
            return False                   # an indicator table's level columns hold level words
        if role in _VALUE_ROLES and _POINTS_IN_KEY.sub("", fold_key(cell)) in _LEVEL_KEYS:
            return False                   # and a value column never one
    return True


def _level_word_misplaced(rows: Sequence[Sequence[str]], roles: Sequence[str],
                          vocabulary: dict[str, tuple[str, ...]]) -> bool:
    """An indicator table's rows cut from a stream hold a level word (数量指标) outside the level
    and name columns: the rows were cut at the wrong places (a column holding other words than its header
    says, a merged cell after the row's last column), and the reading is no evidence."""
    if vocabulary is not INDICATOR_COLUMN_WORDS:
        return False
    return any(cell.strip() and role not in _NAME_ROLES and _POINTS_IN_KEY.sub("", fold_key(cell)) in _LEVEL_KEYS
               for row in rows for cell, role in zip(row, roles))


def is_level_word(text: str) -> bool:
    """A 一级/二级 cell: a level word of the vocabulary, or a short word ending in 指标/目标."""
    key = _POINTS_IN_KEY.sub("", fold_key(text))
    return key in _LEVEL_KEYS or (key.endswith(LEVEL_SUFFIXES[:2]) and 4 <= len(key) <= 10)


def _row_width(texts: Sequence[str], k: int, roles: Sequence[str],
               vocabulary: dict[str, tuple[str, ...]]) -> int | None:
    """How many cells from ``k`` make the next row: the whole header's width, or (the cells under
    merged cells above dropped) the widest run that fits the last columns; None when none fits."""
    width = len(roles)
    for w in range(min(width, len(texts) - k), 1, -1):
        if _row_fits(texts[k:k + w], roles[width - w:], vocabulary):
            return w
    return None


def _fits_left_aligned(chunk: Sequence[str], roles: Sequence[str],
                       vocabulary: dict[str, tuple[str, ...]]) -> bool:
    """A row of a table whose merged cells were dropped: its filled cells stand first (the cells
    under merged cells gone, the rest shifted left), fit the last columns, and blanks pad it."""
    if not chunk[0].strip():
        return _row_fits(chunk[:len(roles)], roles, vocabulary) and not any(c.strip() for c in chunk[len(roles):])
    last = max(x for x, c in enumerate(chunk) if c.strip()) + 1
    return any(_row_fits(chunk[:w], roles[len(roles) - w:], vocabulary) for w in range(len(roles), last - 1, -1))


def _padded_rows(texts: Sequence[str], i: int, roles: Sequence[str], vocabulary: dict[str, tuple[str, ...]],
                 ) -> tuple[int, list[list[str]], list[int]] | None:
    """(end, rows, starts) of a row table every row of which — the header too — is padded with blank
    cells to the table's width (F6 markdown and F9 xls rows turned into a stream): the rows are
    the stream cut every ``width`` cells, each kept as it stands (shifted left, as the row text
    had it). The width is the header's cells and the blanks after them; the reading that cuts the
    most rows wins. None when no row follows the header."""
    header = len(roles)
    blanks = 0
    while i + header + blanks < len(texts) and not texts[i + header + blanks].strip() and blanks < header - 1:
        blanks += 1
    best: tuple[int, list[list[str]], list[int]] | None = None
    for stride in range(header, header + blanks + 1):
        rows, starts = [list(texts[i:i + stride])], [i]
        k = i + stride
        while k + stride <= len(texts) and _fits_left_aligned(texts[k:k + stride], roles, vocabulary):
            rows.append(list(texts[k:k + stride]))
            starts.append(k)
            k += stride
        if len(rows) > 1 and (best is None or len(rows) > len(best[1])):
            best = (k, rows, starts)
    return best


def _right_aligned_rows(texts: Sequence[str], i: int, header: int, roles: Sequence[str],
                        vocabulary: dict[str, tuple[str, ...]]) -> tuple[int, list[list[str]], list[int]]:
    """(end, rows, starts) of the header of ``header`` cells at ``i`` (padded to the width of ``roles``:
    its last cell spans the columns left) and the rows after it, each as wide as ``roles`` or fewer
    cells (those under merged cells dropped) filling its last columns."""
    width = len(roles)
    rows, starts = [list(texts[i:i + header]) + [""] * (width - header)], [i]
    k = i + header
    while not (k < len(texts) and is_table_trailer(texts[k])) \
            and (w := _row_width(texts, k, roles, vocabulary)) is not None:
        rows.append([""] * (width - w) + list(texts[k:k + w]))
        starts.append(k)
        k += w
    return k, rows, starts


def rows_of_kept_stream(texts: Sequence[str], settings: LayoutSettings = DEFAULT_SETTINGS,
                        blanks_seen: bool = False) -> list[tuple[int, list[list[str]], list[int]]]:
    """(end, rows, the first cell of each row) of each row table in a stream whose blank cells stand in it: a
    header of one cell per line naming ``W`` columns, then rows of ``W`` cells, or fewer where the
    cells under a merged cell were dropped (they fill the last columns), as long as each fits its
    columns (a figure column holds a figure, an operator column an operator). Plain lines show
    that their blank cells were kept only by an empty one among the rows; cells ending in a bar
    or paragraphs say it themselves (``blanks_seen``)."""
    out: list[tuple[int, list[list[str]], list[int]]] = []
    i = 0
    while i < len(texts):
        found = header_run(texts, i, settings)
        if found is None:
            i += 1
            continue
        vocabulary, roles = found
        width = len(roles)
        # a caption merged down the rows only (the header's first cell blank) comes after the column
        # words: it is still the first column, the rows' cells under it dropped
        caption_last = width >= 3 and roles[-1] in _FIRST_COLUMN_CAPTION_ROLES
        if caption_last:
            roles = [roles[-1], *roles[:-1]]
        if names := named_columns_after(texts, i + width, roles, settings):
            body = i + width + names
            wide = rows_of_wide_table(texts, body, roles, names, settings) \
                if vocabulary is INDICATOR_COLUMN_WORDS and names >= settings.wide_min_named_columns else None
            # blank cells kept: each row the header's width, the named columns values of the target
            padded = _padded_rows(texts, i, list(roles) + ["target"] * names, vocabulary) \
                if wide is None and vocabulary is INDICATOR_COLUMN_WORDS else None
            if wide is not None:
                out.append((body + wide.end, [list(texts[i:body])] + [list(r.cells) for r in wide.rows],
                            [i] + [body + r.first for r in wide.rows]))
                i = body + wide.end
            elif padded is not None and len(padded[1]) - 1 >= settings.stream_min_rows:
                out.append(padded)
                i = padded[0]
            else:
                i = body                       # columns this header does not name: not rows of its width
            continue
        k, rows, starts = _right_aligned_rows(texts, i, width, roles, vocabulary)
        if vocabulary is INDICATOR_COLUMN_WORDS and roles[-1] in _WIDE_LAST_ROLES:
            # a last header cell merged over two columns (备注): each row has one cell more
            # the header prints its merged cell's second column blank, or not at all (the first row
            # after a header prints its level cells: a blank there is the header's)
            spanned = i + width < len(texts) and not texts[i + width].strip()
            wider = _right_aligned_rows(texts, i, width + spanned, [*roles, roles[-1]], vocabulary)
            if wider[0] > k and not any(row[-1].strip() for row in wider[1][1:]):
                k, rows, starts = wider           # (its second column blank in every row)
        padded = _padded_rows(texts, i, roles, vocabulary)
        if padded is not None and len(padded[1]) - 1 >= settings.stream_min_rows and padded[0] >= k:
            k, rows, starts = padded
        # an empty cell with filled cells after it (not the empty line that ends the text)
        last_filled = max((x for x in range(len(texts)) if texts[x].strip()), default=-1)
        kept = blanks_seen or any(not texts[x].strip() for x in range(i + width, min(k, last_filled)))
        if len(rows) - 1 >= settings.stream_min_rows and kept and not _level_word_misplaced(rows[1:], roles, vocabulary):
            if caption_last:
                rows[0] = [rows[0][-1], *rows[0][:-1]]
            out.append((k, rows, starts))
            i = k
        else:
            i += width
    return out


_FIGURE = re.compile(r"^[-+]?\d+(?:\.\d+)?%?$")
_SUMMARY_LABELS = {role: frozenset(fold_key(w) for w in words) for role, words in SCORE_SUMMARY_ROW_LABELS.items()}


def _figures_row(texts: Sequence[str], at: int, width: int, role: str) -> bool:
    """``texts[at]`` labels a row of the ``role`` and the ``width`` cells after it are figures."""
    return at + width < len(texts) and fold_key(texts[at]) in _SUMMARY_LABELS[role] \
        and all(_FIGURE.match(t.strip()) for t in texts[at + 1:at + 1 + width])


def rows_of_transposed_stream(texts: Sequence[str], settings: LayoutSettings = DEFAULT_SETTINGS,
                              ) -> list[tuple[int, list[list[str]], list[int]]]:
    """(end, rows, the first cell of each row) of each transposed summary table in a stream of one
    cell per line (a report's 表3): the row label ``指标`` and the names of ``W`` dimensions, then
    a ``权重`` row of ``W`` figures and, when present, a ``得分`` row of ``W`` figures. Rows of
    figures that do not all stand there leave the cells as they are."""
    out: list[tuple[int, list[list[str]], list[int]]] = []
    i = 0
    while i < len(texts):
        if fold_key(texts[i]) not in _SUMMARY_LABELS["dimension"]:
            i += 1
            continue
        limit = min(len(texts), i + 2 + settings.stream_transposed_max_columns)
        weights = next((j for j in range(i + 1, limit) if fold_key(texts[j]) in _SUMMARY_LABELS["weight"]), None)
        width = weights - i - 1 if weights is not None else 0
        names = texts[i + 1:i + 1 + width]
        if weights is None or width + 1 < settings.stream_header_min_cells \
                or not all(n.strip() and not _FIGURE.match(n.strip()) for n in names) \
                or not _figures_row(texts, weights, width, "weight"):
            i += 1
            continue
        rows, starts = [list(texts[i:weights]), list(texts[weights:weights + 1 + width])], [i, weights]
        end = weights + 1 + width
        if _figures_row(texts, end, width, "score"):
            rows.append(list(texts[end:end + 1 + width]))
            starts.append(end)
            end += 1 + width
        out.append((end, rows, starts))
        i = end
    return out


def kept_stream_cells(lines: Sequence[str], bar_ended: bool, paragraphs: bool) -> list[tuple[int, str]]:
    """(line index, cell) of text lines that are one cell each with blank cells kept: cells ending
    in (or opened by) a bar; paragraphs with a line of blanks for an empty cell; or plain lines, an
    empty line an empty cell. Lines of other shapes (tab, pipe rows, page breaks) are left out."""
    out: list[tuple[int, str]] = []
    for n, line in enumerate(lines):
        if bar_ended:
            cell = terminated_cell(line)
            if cell is not None:
                out.append((n, cell))
        elif is_page_footer(line.strip()):
            continue                                    # a page number between rows is no cell
        elif paragraphs:
            if line:
                out.append((n, line.strip()))
        elif "\t" not in line and "|" not in line and "\f" not in line:
            out.append((n, line.strip()))
    return out


# -- a stream with its blank cells dropped: rows by the column reader ----------------------------

#: The code of a document warning (and issues row) for a table whose row breaks or columns the
#: evidence could not decide: ``code\tnote\traw text``.
ROW_SPLIT_UNCERTAIN = "row_split_uncertain"
#: The code of a document note (and ``info`` issues row) for cells put back from wrapped lines by the
#: column's width alone, no word or amount completed (``pdftotext -raw``): the cells' lines as context.
CELL_JOIN_UNCERTAIN = "cell_join_uncertain"
#: The severity of the issues row of each code the shape layer writes.
_SHAPE_ISSUE_SEVERITY = {ROW_SPLIT_UNCERTAIN: "warning", CELL_JOIN_UNCERTAIN: "info"}


def shape_issues(warnings: Sequence[str]) -> list[RawIssue]:
    """The document warnings the shape layer wrote about tables it could not read for certain, as
    ``issues`` rows (the note, and the table's raw text as context)."""
    out = []
    for warning in warnings:
        code, _, rest = warning.partition("\t")
        if code in _SHAPE_ISSUE_SEVERITY:
            note, _, raw = rest.partition("\t")
            out.append(RawIssue(_SHAPE_ISSUE_SEVERITY[code], code, note, raw))
    return out

#: A budget line split into numbered sub-lines stands alone, its 序号 and name and no amounts (seed 002:
#: ``2 | 12345市民热线协调工作经费`` over ``（1）…`` / ``（2）…`` / ``小计``).
_PARENT_LINE_ROLES = frozenset({"seq", "item"})

#: Row tables a stream with its blanks dropped is cut into rows of, by value shape: (vocabulary,
#: roles its header must name (each set: at least one of it), the kinds of row it holds). A flat
#: multi-project table holds indicator rows and a department's subtotal (its name and amount); a
#: results table a row per project.
_DROPPED_ROW_TABLES: tuple[tuple[dict[str, tuple[str, ...]], tuple[frozenset[str], ...], tuple[RowKind, ...],
                                   frozenset[str]], ...] = (
    (_ROW_TABLES[0][0], _ROW_TABLES[0][1],
     ((None, frozenset({"level3", "target"})),
      (frozenset({"reporting_unit", "budget"}), frozenset({"reporting_unit", "budget"}))), frozenset()),
    (_ROW_TABLES[1][0], _ROW_TABLES[1][1], ((None, frozenset({"project_name", "score"})),), frozenset()),
    # a target form's indicator table (self-evaluations' tables, with 分值/得分, have their own reading)
    (_ROW_TABLES[2][0], (frozenset({"level1", "level2"}), frozenset({"level3"}), frozenset({"target"})),
     ((None, frozenset({"level3", "target"})),), _NOT_IN_ROW_TABLE),
    # an evaluation report's budget execution table (a total row has no 序号) and its detail score
    # tables: a coded group's row (A1 项目立项 | 权重 | 分值) or a coded item's (with its 业绩值)
    (REPORT_BUDGET_COLUMN_WORDS, _ROW_TABLES[3][1],
     ((None, frozenset({"item", "amount"})), (_PARENT_LINE_ROLES, _PARENT_LINE_ROLES)), frozenset()),
    (REPORT_SCORE_COLUMN_WORDS, _ROW_TABLES[4][1],
     ((frozenset({"item_group", "weight", "score"}), frozenset({"item_group", "weight", "score"})),
      (frozenset({"item", "weight", "actual", "score"}), frozenset({"item", "weight", "score"}))), frozenset()),
    (DUTY_TABLE_COLUMN_WORDS, _ROW_TABLES[5][1], ((None, frozenset({"project_name", "amount"})),), frozenset()),
    (_ROW_TABLES[6][0], _ROW_TABLES[6][1], ((None, frozenset({"dimension", "weight", "score"})),),
     _SCORE_TABLE_SUMMARY_ROLES),
    (COMPONENT_TABLE_COLUMN_WORDS, _ROW_TABLES[7][1], ((None, frozenset({"project_name", "amount"})),), frozenset()),
)


#: Vocabularies of row tables their families can also read from lines (flat tables, a target form's
#: indicator table): a stream of them is cut into rows only when the reading is clean
#: (``_ends_cleanly``); otherwise the family reads the lines as before.
_TARGET_INDICATOR_VOCABULARY = _DROPPED_ROW_TABLES[2][0]     # a target form's indicator table
_LINE_READ_VOCABULARIES = (_DROPPED_ROW_TABLES[0][0], _TARGET_INDICATOR_VOCABULARY)

#: Row tables whose rows stand one a line, cells split by blanks, under a header line: the flat and
#: results tables. A target form's indicator rows in that shape are the family's to read (its line
#: reader keeps the lines whole, which the page layouts of the same table need: wrapped names,
#: values before their row's first cell).
_SPACED_ROW_TABLES = _DROPPED_ROW_TABLES[:2] + (
    # an evaluation indicator table of weighted targets (评价指标 | 评价内容 | 指标名称 | 指标说明 | 目标值 |
    # 分值): no result column, so no self-evaluation's reading; the score table's family reads its rows
    (INDICATOR_COLUMN_WORDS, (frozenset({"level3"}), frozenset({"target"}), frozenset({"weight"})),
     ((None, frozenset({"level3", "weight"})),), frozenset({"score", "actual"})),
)


def dropped_header_run(texts: Sequence[str], i: int, settings: LayoutSettings = DEFAULT_SETTINGS,
                       tables: Sequence[tuple] = _DROPPED_ROW_TABLES,
                       ) -> tuple[dict[str, tuple[str, ...]], list[str], tuple[RowKind, ...]] | None:
    """(vocabulary, roles, row kinds) of a row table's header standing one cell per line from ``i``
    (one of ``tables``)."""
    for vocabulary, required, kinds, excluded in tables:
        if not _may_start_header(texts, i, vocabulary):
            continue
        roles = _roles_from(texts, i, vocabulary)
        if len(roles) >= settings.stream_header_min_cells and all(set(roles) & need for need in required) \
                and not set(roles) & excluded:
            kinds = tuple((allowed, required & frozenset(roles) if allowed is None else required)
                          for allowed, required in kinds)
            return vocabulary, roles, kinds
    return None


def rows_of_dropped_stream(texts: Sequence[str], settings: LayoutSettings = DEFAULT_SETTINGS,
                           ) -> list[tuple[int, list[str], RowTableReading]]:
    """(header start, header roles, reading) of each row table in a stream of cells whose blank
    cells vanished: a header of one cell per line naming the columns, then rows the column reader
    cuts by value shape (``read_row_table``), as long as at least ``stream_min_rows`` fit."""
    out: list[tuple[int, list[str], RowTableReading]] = []
    i = 0
    while i < len(texts):
        found = dropped_header_run(texts, i, settings)
        if found is None:
            i += 1
            continue
        vocabulary, roles, kinds = found
        names = named_columns_after(texts, i + len(roles), roles, settings)
        if vocabulary is _TARGET_INDICATOR_VOCABULARY and names >= settings.wide_min_named_columns:
            wide = rows_of_wide_table(texts, i + len(roles) + names, roles, names, settings)
            if wide is not None:
                out.append((i, list(roles) + [NAMED_COLUMN_ROLE] * names, wide))
                i += len(roles) + names + wide.end
                continue
        body = i + len(roles)
        reading = read_row_table(texts[body:], roles, kinds,
                                 lambda t: _stops_table(t, vocabulary),
                                 proof=lambda rows: subtotals_add_up(rows, roles))
        if vocabulary is _TARGET_INDICATOR_VOCABULARY:
            reading = _with_row_cut_short(texts, body, roles, reading)
        if len(reading.rows) >= settings.stream_min_rows and (
                not any(vocabulary is v for v in _LINE_READ_VOCABULARIES) or _ends_cleanly(texts, body + reading.end, vocabulary)):
            out.append((i, roles, reading))
            i = body + reading.end
        else:
            i = body
    return out


#: An indicator's name: words (figures and brackets among them), no label's colon, no bar.
_NAME_CELL = re.compile(r"(?=.*\p{Han})[^:：|]+")


def _with_row_cut_short(texts: Sequence[str], body: int, roles: Sequence[str],
                        reading: RowTableReading) -> RowTableReading:
    """A target form's indicator table whose page ends inside its last row: the cells left after the
    rows read are level words and a name, and the stream ends after them (``…|成本指标|基本支出``, its
    explanation and target lost). That row is the table's last, its values empty; the note says so."""
    start = body + reading.end
    if not reading.rows or "level3" not in roles or _ends_cleanly(texts, start, _TARGET_INDICATOR_VOCABULARY):
        return reading
    width = roles.index("level3") + 1
    for stop in range(start + 1, min(len(texts), start + width) + 1):
        if stop < len(texts) and not _ends_cleanly(texts, stop, _TARGET_INDICATOR_VOCABULARY):
            continue
        cells = texts[start:stop]
        name = cells[-1]
        if not all(is_level_word(c) for c in cells[:-1]) or is_level_word(name) or not _NAME_CELL.fullmatch(name) \
                or is_page_furniture(name) or name.startswith(_SIGNATURES):
            return reading
        placed = place_row(cells, roles[:width], frozenset({"level3"}))
        if placed is None:
            return reading
        row = [""] * len(roles)
        for text, k in zip(cells, placed[1]):
            row[k] = text
        note = f"the last row ({' | '.join(cells)}) is cut short after its name: its values are lost"
        return RowTableReading(reading.rows + [TableRow(reading.end, tuple(row))], stop - body,
                               reading.uncertain, "; ".join(n for n in (reading.note, note) if n))
    return reading


def _ends_cleanly(texts: Sequence[str], at: int, vocabulary: dict[str, tuple[str, ...]]) -> bool:
    """A row table's reading ends where its stream does, at a label (``填表人：``, ``附件:…``), a signature line
    (``联系人:李建国  联系电话:…``), a web page's link (打印, 【关闭】) or a header word: no cell it could
    not place is left behind. A target form's indicator table that stops short (a level or a name
    its profiles do not know) is left whole to the family's line reader."""
    return at >= len(texts) or is_field_label(texts[at]) or _stops_table(texts[at], vocabulary) \
        or texts[at].strip().strip(WEB_PAGE_LINK_BRACKETS) in WEB_PAGE_LINK_WORDS \
        or _LABELLED_VALUE.match(texts[at]) is not None


#: A form's signature lines (联系人:李建国  联系电话:…, 单位公章) under its last table.
_SIGNATURES = SIGNATURE_LINE_WORDS + SIGNATURE_BLOCK_WORDS


def _stops_table(text: str, vocabulary: dict[str, tuple[str, ...]]) -> bool:
    """A cell no row of a row table holds: a header word, page furniture or a signature line."""
    return role_of(text, vocabulary) is not None or is_page_furniture(text) or text.startswith(_SIGNATURES)


def is_page_furniture(text: str) -> bool:
    """A page number (``-1-``) or a web page's chrome (``【打印本页】``, ``相关链接``, ICP footer): it
    ends a table read from a stream, never a cell of it."""
    return is_page_footer(text) or any(word in text for word in WEB_PAGE_CHROME_WORDS)


def subtotals_add_up(rows: Sequence[TableRow], roles: Sequence[str]) -> bool | None:
    """A flat table's arithmetic: each subtotal row (a unit's name and an amount, nothing else)
    equals the budgets of the projects below it, up to the next subtotal. None when the table has
    no subtotal or no budget column."""
    if "budget" not in roles or "project_name" not in roles:
        return None
    budget, project = roles.index("budget"), roles.index("project_name")
    groups: list[tuple[Decimal, Decimal]] = []
    for row in rows:
        filled = [k for k, c in enumerate(row.cells) if c]
        amount = parse_amount_yuan(row.cells[budget], 1) if row.cells[budget] else None
        if amount is not None and not row.cells[project] and len(filled) == 2:
            groups.append((amount, Decimal(0)))
        elif amount is not None and row.cells[project] and groups:
            groups[-1] = (groups[-1][0], groups[-1][1] + amount)
        elif amount is not None and groups:
            return False                   # an amount on a row naming no project: not a budget
    if not groups:
        return None
    return all(abs(total - parts) <= Decimal("0.011") for total, parts in groups)


def _level_caption_after(texts: Sequence[str], i: int, settings: LayoutSettings) -> int | None:
    """Where a caption cell stands right after an indicator table's header from ``i`` (a merged
    first column spanning the table's rows, its header cell drawn with them: 一级指标 | 二级指标 |
    三级指标 | 指标值 | 绩效指标 | 产出指标 | 数量指标 | 购置服装数量): one more level-like word opening
    the body than the header has level columns, no level word of the vocabulary itself; else None."""
    found = dropped_header_run(texts, i, settings, _DROPPED_ROW_TABLES[2:3])
    if found is None:
        return None
    roles = found[1]
    levels = next((k for k, r in enumerate(roles) if r not in _LEVEL_ROLES), len(roles))
    body = i + len(roles)
    opening = texts[body:body + levels + 2]
    if levels == 0 or len(opening) < levels + 2 or fold_key(opening[0]) in _LEVEL_KEYS \
            or not all(is_level_word(t) for t in opening[:levels + 1]) or is_level_word(opening[-1]):
        return None
    return body


def _merged_caption_after(texts: Sequence[str], i: int) -> tuple[int, int] | None:
    """(where, how many texts) a table's first-column caption stands right after the header from ``i``
    when its merge starts on the first row, not on the header (``子项目名称 | 预算金额（元）`` over
    ``项目当年投入 资金构成 | 12345热线…``, the header's first cell blank): the header's column words, then
    the caption, one text or two (split at its blank: 项目当年投入 / 资金构成); else None."""
    if i > 0 and role_of(texts[i - 1], COMPONENT_TABLE_COLUMN_WORDS):
        return None
    roles: list[str] = []
    while i + len(roles) < len(texts) and (role := role_of(texts[i + len(roles)], COMPONENT_TABLE_COLUMN_WORDS)):
        roles.append(role)
    at = i + len(roles)
    if not roles or not all(set(roles) & need for need in _ROW_TABLES[7][1]):
        return None
    if roles[-1] in _FIRST_COLUMN_CAPTION_ROLES and len(roles) > 1:
        return at - 1, 1
    if at + 1 < len(texts) and role_of(texts[at] + texts[at + 1], COMPONENT_TABLE_COLUMN_WORDS) in _FIRST_COLUMN_CAPTION_ROLES:
        return at, 2
    return None


def captions_before_headers(part: Sequence[Paragraph], settings: LayoutSettings = DEFAULT_SETTINGS,
                            ) -> list[Paragraph]:
    """The paragraphs with each indicator table's row caption (``绩效指标``: a merged first column
    the header does not name) and each sub-project table's caption merged down its rows only
    (``项目当年投入资金构成``) moved from after the header to before it, where it leads the table."""
    out = list(part)
    texts = [p.text.strip() for p in out]
    for i in range(len(texts)):
        if (at := _level_caption_after(texts, i, settings)) is not None:
            out.insert(i, out.pop(at))
            texts.insert(i, texts.pop(at))
        elif (caption := _merged_caption_after(texts, i)) is not None:
            at, count = caption
            out[i:i] = [out.pop(at) for _ in range(count)]
            texts[i:i] = [texts.pop(at) for _ in range(count)]
    return out


def regroup_dropped_streams(blocks: Sequence[Block], settings: LayoutSettings = DEFAULT_SETTINGS,
                            ) -> tuple[list[Block], list[str]]:
    """Blocks whose runs of one-cell paragraphs hold a row table with its blank cells dropped (one
    cell per line, or a whole form on one line split at blanks) → the same blocks with each such
    table a ``Table`` (the header row, then the rows the column reader found, a dropped cell
    ``""``), and the notes of tables whose row breaks the evidence could not decide
    (``row_split_uncertain``: the note and the table's raw text)."""
    out: list[Block] = []
    notes: list[str] = []
    run: list[Paragraph] = []

    def flush_rows(part: list[Paragraph]) -> None:
        part = captions_before_headers(part, settings)
        texts = [p.text.strip() for p in part]
        at = 0
        for start, roles, reading in rows_of_dropped_stream(texts, settings):
            out.extend(part[at:start])
            header = part[start:start + len(roles)]
            body = part[start + len(roles):]
            rows = [tuple(p.text.strip() for p in header)] + [r.cells for r in reading.rows]
            out.append(_table_of_rows(rows, [header[0]] + [body[r.first] for r in reading.rows]))
            if reading.uncertain:
                raw = " ".join(texts[start:start + len(roles) + reading.end])
                notes.append(f"{ROW_SPLIT_UNCERTAIN}\t{reading.note}\t{raw}")
            at = start + len(roles) + reading.end
        out.extend(part[at:])

    def flush() -> None:
        # a transposed summary (指标 | dimensions, 权重 row, 得分 row) is cut at its row labels first
        at = 0
        for end, rows, starts in rows_of_transposed_stream([p.text.strip() for p in run], settings):
            flush_rows(run[at:starts[0]])
            out.append(_table_of_rows([tuple(r) for r in rows], [run[k] for k in starts]))
            at = end
        flush_rows(run[at:])
        run.clear()

    for block in regroup_total_rows(_regroup_row_lines(_regroup_scored_streams(blocks, notes), settings, notes), settings):
        if isinstance(block, Paragraph) and block.text.strip():
            run.append(block)
            continue
        flush()
        out.append(block)
    flush()
    return regroup_labelled_amounts(out), notes


#: A score table's money table (资金情况(万元) | 预算数 | 实际支出数 | 预算执行率): figures only, no weight or score.
_MONEY_FIGURE_ROLES = frozenset({"initial", "amount", "actual", "rate"})


def _summary_row_fits(cells: Sequence[str], roles: Sequence[str]) -> bool:
    """A score summary's row: a name, then a figure in the weight column and a figure (or nothing)
    in the score column."""
    values = dict(zip(roles, cells))
    name, score = values.get("level1", ""), values.get("score", "")
    return bool(name) and not is_plain_number(name) and is_plain_number(values.get("weight", "")) \
        and (is_plain_number(score) or is_empty_marker(score))


def _money_row_fits(cells: Sequence[str]) -> bool:
    """A money row: a label, then figures (a dash for none), one at least an amount."""
    return bool(cells[0]) and not is_plain_number(cells[0]) and any(is_amount(c) for c in cells[1:]) \
        and all(is_amount(c) or _FIGURE.match(c) or is_empty_marker(c) for c in cells[1:])


def rows_of_score_summaries(texts: Sequence[str], settings: LayoutSettings = DEFAULT_SETTINGS,
                            ) -> list[tuple[int, int, list[list[str]], list[int]]]:
    """(start, end, rows, the first cell of each row) of a score table's small tables printed one
    cell per line, every cell filled: the summary (一级指标 | 分值 | 得分 | 得分率, rows of the header's
    width, each a name and its figures) and the money table (its caption, 预算数 | 实际支出数 |
    预算执行率, rows of a label and one figure per column)."""
    out: list[tuple[int, int, list[list[str]], list[int]]] = []
    i = 0
    while i < len(texts):
        summary = _roles_from(texts, i, SCORE_SUMMARY_COLUMN_WORDS) if texts[i] else []
        money = _roles_from(texts, i, SELF_EVALUATION_MONEY_COLUMN_WORDS) if texts[i] else []
        if summary and {"level1", "weight", "score"} <= set(summary) and summary[0] == "level1":
            width, label, fits = len(summary), 0, lambda row: _summary_row_fits(row, summary)
        elif len(money) >= 2 and "amount" in money and set(money) <= _MONEY_FIGURE_ROLES:
            width, label, fits = len(money) + 1, 1, _money_row_fits
        else:
            i += 1
            continue
        caption = label if i > 0 and texts[i - 1] and not is_plain_number(texts[i - 1]) \
            and not role_of(texts[i - 1], SELF_EVALUATION_MONEY_COLUMN_WORDS) else 0
        start, k = i - caption, i + width - label
        rows, starts = [list(texts[start:k])], [start]
        while k + width <= len(texts) and fits(texts[k:k + width]):
            rows.append(list(texts[k:k + width]))
            starts.append(k)
            k += width
        if len(rows) > 1 and (start == 0 or not out or out[-1][1] <= start):
            out.append((start, k, rows, starts))
            i = k
        else:
            i += 1
    return out


def _regroup_scored_streams(blocks: Sequence[Block], notes: list[str],
                           settings: LayoutSettings = DEFAULT_SETTINGS) -> list[Block]:
    """Blocks whose runs of paragraphs (empty ones too) hold an indicator table with weights and
    scores one cell per line, its blank cells dropped → the same blocks with each such table a
    ``Table`` (the header, the rows the column reader cut, the total), and a ``row_split_uncertain``
    note where the row breaks were not certain."""
    out: list[Block] = []
    run: list[Paragraph] = []

    def flush() -> None:
        # a template's unfilled slot (指标2:, ……) is a blank cell: no row of its own
        texts = ["" if is_empty_slot(p.text) else p.text.strip() for p in run]
        at = 0
        explained = rows_of_explained_stream(texts, settings)
        cuts = rows_of_dropped_indicator_stream(texts, settings) + explained + [
            (start, end, rows, starts, None) for start, end, rows, starts in rows_of_score_summaries(texts, settings)]
        for start, end, rows, starts, note in sorted(cuts, key=lambda cut: cut[0]):
            out.extend(run[at:start])
            merged = merged_columns(rows[0]) if any(cut[0] == start for cut in explained) else []
            out.append(_table_of_rows([tuple(r) for r in rows], [run[k] for k in starts], merged))
            if note:
                notes.append(f"{ROW_SPLIT_UNCERTAIN}\t{note}\t{' '.join(t for t in texts[start:end] if t)}")
            at = end
        out.extend(run[at:])
        run.clear()

    for block in blocks:
        if isinstance(block, Paragraph):
            run.append(block)
            continue
        flush()
        out.append(block)
    flush()
    return out


_LABELLED_AMOUNT_KEYS = frozenset(fold_key(w) for w in LABELLED_AMOUNT_ROW_LABELS)


def regroup_labelled_amounts(blocks: Sequence[Block]) -> list[Block]:
    """Blocks where a money row's label (``基本支出``) and its amount (``832.65``) stand one cell per
    paragraph, one right after the other → a ``Table`` of that one row of two cells, as the row
    stood in the form (tables the row readers already cut are left as they are)."""
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        block, after = blocks[i], blocks[i + 1] if i + 1 < len(blocks) else None
        if isinstance(block, Paragraph) and isinstance(after, Paragraph) \
                and fold_key(block.text) in _LABELLED_AMOUNT_KEYS and is_amount(after.text.strip()):
            out.append(_table_of_rows([(block.text.strip(), after.text.strip())], [block]))
            i += 2
            continue
        out.append(block)
        i += 1
    return out


def _table_of_rows(rows: list[tuple[str, ...]], firsts: list[Paragraph], merged: Sequence[int] = ()) -> Table:
    """The rows as a ``Table``; in the ``merged`` columns a cell spans down over the blank cells of
    the full rows under it (a merged level or measures cell, as the form drew it)."""
    covered: set[tuple[int, int]] = set()
    spans: dict[tuple[int, int], int] = {}
    for c in merged:
        for r in range(1, len(rows)):
            if c >= len(rows[r]) or not rows[r][c] or (r, c) in covered:
                continue
            below = r + 1
            while below < len(rows) and len(rows[below]) == len(rows[r]) and not rows[below][c]:
                covered.add((below, c))
                below += 1
            spans[(r, c)] = below - r
    cells = tuple(tuple(Cell(text, r, c, spans.get((r, c), 1)) for c, text in enumerate(row) if (r, c) not in covered)
                  for r, row in enumerate(rows))
    pages = tuple(p.page for p in firsts) if any(p.page for p in firsts) else ()
    return Table(cells, firsts[0].page, firsts[0].line_no, tuple(p.text for p in firsts), pages)


def _regroup_row_lines(blocks: Sequence[Block], settings: LayoutSettings, notes: list[str]) -> list[Block]:
    """Paragraph lines that are rows with their cells split by blanks and their blank cells dropped
    (``效益指标 社会效益指标 群众生活条件改善 定性 及时 83 正向指标``) under a header line naming a row
    table's columns → a ``Table``, each line's cells placed on the columns by value shape."""
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        block = blocks[i]
        words = _WORD_GAP.split(block.text.strip()) if isinstance(block, Paragraph) else []
        found = dropped_header_run(words, 0, settings, _SPACED_ROW_TABLES) if len(words) >= 2 else None
        if found is None or len(found[1]) != len(words):
            out.append(block)
            i += 1
            continue
        vocabulary, roles, kinds = found
        rows, firsts = [tuple(words)], [block]
        j = i + 1
        while j < len(blocks) and isinstance(blocks[j], Paragraph) and blocks[j].text.strip():
            cells = _WORD_GAP.split(blocks[j].text.strip())
            placed = best_row(cells, roles, kinds)
            if placed is None or any(role_of(c, vocabulary) for c in cells):
                break
            if placed[2]:
                notes.append(f"{ROW_SPLIT_UNCERTAIN}\tthe cells of a row fit two columns almost equally well; "
                             f"the best placement kept\t{blocks[j].text.strip()}")
            row = [""] * len(roles)
            for text, k in zip(cells, placed[1]):
                row[k] = text
            rows.append(tuple(row))
            firsts.append(blocks[j])
            j += 1
        if len(rows) - 1 < settings.stream_min_rows:
            out.append(block)
            i += 1
            continue
        out.append(_table_of_rows(rows, firsts))
        i = j
    return out


# -- a total-led row of column names and its amounts, one cell per line --------------------------

def total_row_width(texts: Sequence[str], i: int, settings: LayoutSettings = DEFAULT_SETTINGS) -> int | None:
    """The width of a money table's header standing one cell per line from ``i``: a total word
    (``合计``), then column names (no amount among them) up to the first amount, then exactly as many
    amounts as the header has cells (``合计 | 福州市 | 莆田市 | 300 | 100 | 200``). None when the
    cells after the header are not one amount per column."""
    if i >= len(texts) or texts[i].strip() not in TABLE_TOTAL_WORDS:
        return None
    end = i + 1
    while end < len(texts) and texts[end].strip() and not is_amount(texts[end]) \
            and texts[end].strip() not in TABLE_TOTAL_WORDS:
        end += 1
    width = end - i
    if width - 1 < settings.total_row_min_columns or end + width > len(texts):
        return None
    if not all(is_amount(t) for t in texts[end:end + width]):
        return None
    if end + width < len(texts) and is_amount(texts[end + width]):
        return None                            # more amounts than columns: not this header's row
    return width


def regroup_total_rows(blocks: Sequence[Block], settings: LayoutSettings = DEFAULT_SETTINGS) -> list[Block]:
    """Blocks where a money table's header (``合计`` and the names of its columns, a transfer's
    recipients) and its row of amounts stand one cell per paragraph → a ``Table`` of two rows of the
    header's width: the header (after the caption the amounts' unit is declared by, ``资金金额(万元)``,
    when it stands just before) and the amounts under it."""
    texts = [b.text.strip() if isinstance(b, Paragraph) else "" for b in blocks]
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        if (spaced := _spaced_total_rows(texts, i, settings)) is not None and isinstance(blocks[i + 1], Paragraph):
            out.append(_table_of_rows(spaced, [blocks[i], blocks[i + 1]]))
            i += 2
            continue
        cells = _total_row_cells(blocks, texts, i, settings) if isinstance(blocks[i], Paragraph) else None
        if cells is None:
            out.append(blocks[i])
            i += 1
            continue
        width = len(cells) // 2
        blanks = []                # the blank cells a merged caption left before 合计 (blank cells kept)
        while out and isinstance(out[-1], Paragraph) and not out[-1].text.strip() and len(blanks) < width:
            blanks.append(out.pop())
        captioned = bool(out) and isinstance(out[-1], Paragraph) and money_unit_multiplier(out[-1].text) is not None \
            and not is_amount(out[-1].text)
        if not captioned:
            out += reversed(blanks)
        caption = [out.pop().text.strip()] if captioned else []
        lead = [""] * len(caption)
        rows = [tuple(caption + [texts[k] for k in cells[:width]]), tuple(lead + [texts[k] for k in cells[width:]])]
        firsts = [blocks[cells[0]], blocks[cells[width]]]
        out.append(_table_of_rows(rows, firsts))
        i = cells[-1] + 1
    return out


def _spaced_total_rows(texts: Sequence[str], i: int, settings: LayoutSettings = DEFAULT_SETTINGS,
                       ) -> list[tuple[str, ...]] | None:
    """A money table's header and its amounts as two lines of cells split by blanks (``资金金额(万元)
    合计 福州市 莆田市`` over ``300 100 200``) → its two rows, blank under the caption the amounts'
    unit is declared by. None when the lines at ``i`` are no such table."""
    if i + 1 >= len(texts) or not texts[i + 1]:
        return None
    header, amounts = spaced_cells(texts[i]), spaced_cells(texts[i + 1])
    at = next((k for k, c in enumerate(header) if c in TABLE_TOTAL_WORDS), None)
    if at is None or at > 1 or (at == 1 and (money_unit_multiplier(header[0]) is None or is_amount(header[0]))):
        return None
    if total_row_width(header[at:] + amounts, 0, settings) != len(header) - at or len(amounts) != len(header) - at:
        return None
    return [tuple(header), tuple([""] * at + amounts)]


def _total_row_cells(blocks: Sequence[Block], texts: Sequence[str], i: int,
                     settings: LayoutSettings = DEFAULT_SETTINGS) -> list[int] | None:
    """The positions of a money table's header (from ``i``) and of its amounts, each a paragraph;
    blank cells among them (a merged caption's covered cells an xls export kept, F9) are passed
    over. None when no such table starts at ``i``."""
    width = total_row_width(texts, i, settings)
    if width is not None and all(isinstance(b, Paragraph) for b in blocks[i:i + 2 * width]):
        return list(range(i, i + 2 * width))
    filled: list[int] = []
    k = i
    while k < len(blocks) and isinstance(blocks[k], Paragraph) and len(filled) < settings.total_row_max_cells:
        if texts[k]:
            filled.append(k)
        k += 1
    if len(filled) == k - i:
        return None                                    # no blank cell among them: read above
    width = total_row_width([texts[k] for k in filled], 0, settings)
    return filled[:2 * width] if width is not None else None


# -- a wide indicator table: named columns after the target, one cell per line -----------------

#: The role of a column named after an indicator table's target that no vocabulary knows (a
#: transfer's recipient: 福州市), holding that column's share of the target.
NAMED_COLUMN_ROLE = "named"


def named_columns_after(texts: Sequence[str], at: int, roles: Sequence[str],
                        settings: LayoutSettings = DEFAULT_SETTINGS) -> int:
    """How many cells from ``at`` name columns of their own after a header whose last column is
    the target (``指标值 | 福州市 | 莆田市``): short words, no header word, level word or amount, up to
    the first row's level word."""
    if not roles or roles[-1] != "target":
        return 0
    n = 0
    while at + n < len(texts):
        text = texts[at + n].strip()
        if not text or is_level_word(text) or is_amount(text) or role_of(text, INDICATOR_COLUMN_WORDS) \
                or len(text) > settings.wide_column_name_max_length or is_page_furniture(text):
            break
        n += 1
    return n if at + n < len(texts) and is_level_word(texts[at + n]) else 0


def rows_of_wide_table(texts: Sequence[str], body: int, roles: Sequence[str], names: int,
                       settings: LayoutSettings = DEFAULT_SETTINGS) -> RowTableReading | None:
    """The rows of an indicator table whose header names ``names`` columns after its target, its
    blank cells dropped, from ``body``: each row is the header's width, less the level cells a
    merged cell above covers (a row opens with as many level words as it has level cells: both
    at a new 一级 group, the 二级 at a new 二级 group, none inside one). The table ends at a label,
    page furniture, a header word, or cells too few for a row. The first row has all its level
    cells; a level word after a row's level cells shows rows cut wrong: no such table (None)."""
    lead = next((k for k, r in enumerate(roles) if r not in _LEVEL_ROLES), len(roles))
    width = len(roles) + names
    rows: list[TableRow] = []
    k = body
    while k < len(texts) and not (is_field_label(texts[k]) or is_page_furniture(texts[k])
                                  or role_of(texts[k], INDICATOR_COLUMN_WORDS)):
        levels = 0
        while levels < lead and k + levels < len(texts) and is_level_word(texts[k + levels]):
            levels += 1
        if not rows and levels < lead:
            return None
        cells = texts[k:k + width - (lead - levels)]
        if len(cells) < width - (lead - levels) or any(not c.strip() for c in cells):
            break                              # the stream ends before the row does: the table ends
        if any(is_level_word(c) for c in cells[levels:]):
            return None                        # a level word after the row's levels: rows cut wrong
        rows.append(TableRow(k - body, tuple([""] * (lead - levels) + [c.strip() for c in cells])))
        k += len(cells)
    if len(rows) < settings.stream_min_rows:
        return None
    return RowTableReading(rows, k - body)
