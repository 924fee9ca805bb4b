"""The shape layer's reader of a whole form run together into one line with no separators
(text family F8, 湖北 T-HB:
``…绩效目标表项目名称滨湖…项目类别本级支出项目…保安服务费191依据招标文件191191…``), cut back into cells
so that the ordinary target-form reader reads it as one cell per line.

The run is cut by what is known, never by position: the title (a year and a form-title word,
followed at once by a field label), the field labels of the vocabulary, the cost build-up table
(caption, column words, rows of label | amount | basis | one figure per earlier year, closed by
合计), the goal caption, the indicator table's header words and, in its rows, the level words, the
explanation cells (``反映…情况``) and the shapes of targets (operator + number + unit, or a word
target). Three steps, one per place the form is read:

* ``joined_wrapped_runs`` (text reader, first; ``joined_wrapped_run_lines`` for a PDF's text layer): a run a page wrapped at its width (printed to PDF and
  read back a page line at a time, cut mid-word, ``依据 2020 年`` spaced where the script changes) →
  the one line it was;
* ``expand_form_runs`` (recognition): the run → lines for the title, each header label and value,
  the cost table (still one run), the goal, each indicator header word, the indicator rows (one run);
* ``unglue_cost_table`` (target form, cost region): figures that ran together (``191191``) are
  split by the table's own totals (合计 = the sum of its lines); an issue names the reading kept when
  the totals do not decide;
* ``unglue_indicator_rows`` (target form, indicator table): rows → level word, name, explanation,
  target cells, cut back into rows by the shape layer (``rows_of_explained_stream``).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Sequence

import regex as re

from jixiao.extract.document import Line
from jixiao.extract.layout.glued import (ROLE_PATTERNS, amount_and_basis_lead, amount_cut_from_basis,
                                         decades_apart, figure_value, name_the_explanation_restates,
                                         split_glued_numbers)
from jixiao.extract.layout.indicator_stream import ends_indicator_table, rows_of_explained_stream
from jixiao.extract.layout.settings import DEFAULT_SETTINGS
from jixiao.extract.records import RawIssue
from jixiao.normalize.text import alternation, display_width
from jixiao.normalize.vocabulary import (
    OPERATOR_SYMBOL_CHARS,
    OWN_FONT_MARK_CHARS,
    WEIGHT_IN_LABEL_PATTERN,
    BUDGET_ITEM_LABELS,
    COST_TABLE_BASIS_WORDS,
    COST_TABLE_COLUMN_WORDS,
    COST_TABLE_PRIOR_YEAR_WORD,
    COST_TABLE_WORDS,
    EXPLANATION_PREFIXES,
    EXPLANATION_SUFFIXES,
    FORM_FIELD_LABELS,
    GOAL_CAPTION,
    INDICATOR_BLOCK_CAPTIONS,
    INDICATOR_COLUMN_WORDS,
    INDICATOR_TABLE_HEADER_WORDS,
    LEVEL1_WORDS,
    LEVEL2_WORDS,
    MAGNITUDE_WORDS,
    OPERATOR_PREFIXES,
    QUALITATIVE_TARGET_WORDS,
    SIGNATURE_BLOCK_WORDS,
    TABLE_TOTAL_WORDS,
    SELF_EVALUATION_TITLE_WORDS,
    TARGET_FORM_TITLE_WORDS,
    UNITS,
)

#: A run shorter than this is a line of its own, not a form run together.
_MIN_RUN_LENGTH = DEFAULT_SETTINGS.glued_min_run_length
#: A run of rows without explanation column cuts into at least this many cells (two rows).
_MIN_UNEXPLAINED_CELLS = 4
#: Han characters a title's place name may have before its year (湖北省鄂州市).
_MAX_PLACE_LENGTH = 16
#: An explanation cell is at most this long (``反映…情况``).
_MAX_EXPLANATION_LENGTH = 60
#: Cost-table readings explored per row boundary (rows × glued figures grow fast).
_MAX_COST_STATES = 400
#: A word target no vocabulary knows, read up to the next level word, is at most this long.
_MAX_WORD_TARGET_LENGTH = 12
#: A cost line is at most this many (words, figures) stretches: label, amount, a basis with figures.
_MAX_PAIRS_PER_ROW = 8

_UNIT_BRACKET = r"(?:[(（](?:亿元|万元|元)[)）])"
_UNIT_CAPTION = re.compile(r"(?:金额)?单位[:：]\s*(?:亿元|万元|元)")
_DATE_PLACEHOLDER = re.compile(r"年\s*月\s*日")
_TITLE_WORDS = alternation(TARGET_FORM_TITLE_WORDS + SELF_EVALUATION_TITLE_WORDS)
_TITLE = re.compile(
    rf"(?P<year>(?:19|20)\d{{2}})\s*年度?[\p{{Han}}()（）、]{{0,30}}?(?:{_TITLE_WORDS})"
    r"(?:[(（]\s*(?:19|20)\d{2}\s*年度?\s*[)）])?"
    rf"|(?P<year>)[\p{{Han}}]{{0,30}}?(?:{_TITLE_WORDS})[(（]\s*(?:19|20)\d{{2}}\s*年度?\s*[)）]")
_FIELD_KEY = {label: key for key, labels in FORM_FIELD_LABELS.items() for label in labels}
#: Field labels, blanks allowed between their characters (项目 名称).
_FIELD_LABEL = re.compile("|".join(r"[ \u3000]*".join(re.escape(ch) for ch in label)
                                   for label in sorted(_FIELD_KEY, key=len, reverse=True)))
_BLANKS = re.compile(r"[ \u3000]+")
#: A money label in a run counts only before its amount (``资金总额100``), never inside prose.
_BUDGET_LABEL = re.compile(
    rf"(?:其中[:：]?)?(?:{alternation(label for label, _ in BUDGET_ITEM_LABELS)}){_UNIT_BRACKET}?[:：]?(?=\d)")
_SIGNATURE = re.compile(alternation(SIGNATURE_BLOCK_WORDS))
_COST_CAPTION = re.compile(alternation(COST_TABLE_WORDS))
_COST_HEADER_WORD = re.compile(
    rf"(?:{alternation(COST_TABLE_WORDS + COST_TABLE_COLUMN_WORDS)}"
    rf"|(?:(?:19|20)\d{{2}}\s*年度?)?{re.escape(COST_TABLE_PRIOR_YEAR_WORD)}){_UNIT_BRACKET}?")
_TOTAL = alternation(TABLE_TOTAL_WORDS)
_INDICATOR_HEADER_WORDS = tuple(dict.fromkeys(
    [w for words in INDICATOR_COLUMN_WORDS.values() for w in words]
    + list(INDICATOR_TABLE_HEADER_WORDS) + list(INDICATOR_BLOCK_CAPTIONS)))
_INDICATOR_HEADER_WORD = re.compile(alternation(_INDICATOR_HEADER_WORDS))
_LEVEL_COLUMN_WORDS = frozenset(INDICATOR_COLUMN_WORDS["level1"] + INDICATOR_COLUMN_WORDS["level2"]
                                + INDICATOR_COLUMN_WORDS["level3"])
#: Level words as a run shows them: the ones ending in 指标/目标 or of four characters and more (投入管理;
#: 数量 or 质量 would cut names), with an optional weight (30分).
_LEVEL_WORD = re.compile(
    rf"(?:{alternation(w for w in LEVEL1_WORDS | LEVEL2_WORDS if w.endswith(('指标', '目标')) or len(w) >= 4)})"
    rf"(?:{WEIGHT_IN_LABEL_PATTERN})?")
_EXPLANATION_START = re.compile(alternation(EXPLANATION_PREFIXES))
_EXPLANATION_END = re.compile(alternation(EXPLANATION_SUFFIXES))
_NUMERIC_TARGET = re.compile(ROLE_PATTERNS["target"])
_DANGLING_OPERATOR = re.compile(rf"(?:{alternation(OPERATOR_PREFIXES)})\s*$")
_QUALITATIVE = re.compile(alternation(QUALITATIVE_TARGET_WORDS))
#: A word target is not one when an indicator name goes on after it (合理 + 率: 合理率).
_NAME_GOES_ON = re.compile(r"[率数度性量次值]")
_PROSE_MARK = re.compile(r"[，。；,;！!？?]")
_NUMBER_CHUNK = re.compile(r"\d[\d.,]*\d|\d")
#: A cost line's label: Han characters and the marks labels use (水电气、维修维护费), nothing a basis
#: text has (×, /, digits).
_LABEL_LIKE = re.compile(r"[\p{Han}、()（）]+")
_ANY_UNIT_START = re.compile(alternation(list(UNITS) + list(MAGNITUDE_WORDS)))
_UNIT_START = re.compile(alternation([u for u in UNITS if len(u) >= 2] + list(MAGNITUDE_WORDS) + ["元"]))


_WRAPPED_FULL_SHARE = DEFAULT_SETTINGS.glued_wrapped_full_share
_MIN_FORM_LENGTH = DEFAULT_SETTINGS.glued_min_form_length
_MAX_BLANK_SHARE = DEFAULT_SETTINGS.glued_max_blank_share
_OWN_FONT_MARK_END = re.compile(rf"(?:^| )([{re.escape(OWN_FONT_MARK_CHARS)}]+)$")
_FIRST_FIGURE = re.compile(r"\d")
_LEADING_NARROW_WORD = re.compile(r"[\x21-\x7e]+")
#: A blank a PDF's text puts where a wide character (Han, a full stop) meets a narrow one (a figure, a
#: Latin letter) or a mark drawn in its own font (``保安服务费 191 依据``, ``条件。 —1—``: the scripts are
#: printed in fonts of their own), which a run with no separator never has.
_NARROW = rf"[\x21-\x7e{re.escape(OWN_FONT_MARK_CHARS)}]"
_SCRIPT_CHANGE_BLANK = re.compile(rf"(?<=[^\x00-\x7f\s]) (?={_NARROW})|(?<={_NARROW}) (?=[^\x00-\x7f\s])")


# -- recognition: a wrapped run → one line ----------------------------------------------------

def joined_wrapped_runs(lines: list[str]) -> list[str] | None:
    """Text lines, with a form run together (no separator) that a page wrapped at its width joined
    back into the one line it was (``wrapped_run_spans``); None when there is none."""
    spans = wrapped_run_spans(lines)
    if not spans:
        return None
    out: list[str] = []
    k = 0
    for first, last, text in spans:
        out += lines[k:first] + [text]
        k = last
    return out + lines[k:]


def joined_wrapped_run_lines(lines: list[Line]) -> list[Line]:
    """Document lines (a PDF's text layer read line by line), with a form run together that a page
    wrapped at its width joined back into one paragraph line (``wrapped_run_spans``)."""
    spans = wrapped_run_spans([line.text if not line.is_row else "\t".join(line.cells) + "\t" for line in lines])
    out: list[Line] = []
    k = 0
    for first, last, text in spans:
        out += lines[k:first] + [Line((text,), False, lines[first].page, lines[first].line_no, text)]
        k = last
    return out + lines[k:]


def wrapped_run_spans(lines: Sequence[str]) -> list[tuple[int, int, str]]:
    """(first, last, text): the lines ``first`` to ``last`` (exclusive) that are one form run together
    (no separator) a page wrapped at its width, and the run they join into. Such a run is
    consecutive plain lines (no tab, no column gap), each but the last filling the width
    (``glued_wrapped_full_share`` of the widest), that joined hold a form run (``find_run_title``)
    at least ``glued_min_form_length`` long with next to no blanks once the blanks a PDF's text
    puts where the script changes are taken out. A mark drawn in a font of its own that
    ``pdftotext -raw`` wrote ahead of its printed line (``…=580 ≥`` / ``…合规率 98%``) goes back before
    that line's first figure (``_printed_lines``)."""
    printed = _printed_lines(lines)
    spans: list[tuple[int, int, str]] = []
    k = 0
    while k < len(printed):
        end = _wrapped_end(printed, k)
        text = "".join(_SCRIPT_CHANGE_BLANK.sub("", p.text) for p in printed[k:end]) if end > k + 1 else ""
        if end > k + 1 and _is_wrapped_form_run(text):
            spans.append((printed[k].first, printed[end - 1].last, text))
        k = end
    return spans


@dataclass(frozen=True)
class _PrintedLine:
    """A line as the page printed it: its text, and the text lines ``first`` to ``last`` (exclusive)
    it came as (more than one when a mark in its own font was written ahead of it); ``plain``: no
    tab or column gap in it."""
    text: str
    first: int
    last: int
    plain: bool


def _printed_lines(lines: Sequence[str]) -> list[_PrintedLine]:
    out: list[_PrintedLine] = []
    k = 0
    while k < len(lines):
        text, end = lines[k].strip(), k + 1
        while _is_plain_line(lines[end - 1]) and (mark := _OWN_FONT_MARK_END.search(text)) is not None \
                and end < len(lines) and _is_plain_line(lines[end]) \
                and (figure := _FIRST_FIGURE.search(after := lines[end].strip())) is not None:
            text = text[:mark.start()] + after[:figure.start()] + mark.group(1) + after[figure.start():]
            end += 1
        out.append(_PrintedLine(text, k, end, all(_is_plain_line(line) for line in lines[k:end])))
        k = end
    return out


def _is_plain_line(line: str) -> bool:
    text = line.strip()
    return bool(text) and "\t" not in text and "\f" not in line and "  " not in text


def _wrapped_end(printed: list[_PrintedLine], start: int) -> int:
    """The end of the plain printed lines from ``start`` on that a page's width wrapped: a line
    continues the one before while that one fills the width, with the first word of the line
    after it that did not fit."""
    if not printed[start].plain:
        return start + 1
    widest = display_width(printed[start].text)
    end = start + 1
    while end < len(printed) and printed[end].plain:
        widest = max(widest, display_width(printed[end].text))
        # full once the next line's first word (a figure the page does not cut: ``458.1698万``) is
        # counted, which did not fit on it
        word = _LEADING_NARROW_WORD.match(printed[end].text)
        if display_width(printed[end - 1].text) + (len(word.group()) if word else 0) < _WRAPPED_FULL_SHARE * widest:
            break
        end += 1
    return end


def _is_wrapped_form_run(text: str) -> bool:
    return len(text) >= _MIN_FORM_LENGTH and text.count(" ") <= _MAX_BLANK_SHARE * len(text) \
        and find_run_title(text) is not None


# -- recognition: the run → lines -------------------------------------------------------------

def find_run_title(text: str, pos: int = 0) -> tuple[int, int] | None:
    """(start, end) of a form title inside a run, directly followed by a field label (or a unit
    caption and a label): ``…年月 日鄂州市2022年市直部门预算项目支出绩效目标表项目名称…``. The title
    starts at its place name: after the last blank, mark or date placeholder (年 月 日) before the year."""
    for m in _TITLE.finditer(text, pos):
        after = text[m.end():]
        unit = _UNIT_CAPTION.match(after)
        rest = after[unit.end():] if unit else after
        if not _FIELD_LABEL.match(rest):
            continue
        start = m.start("year")
        while start > 0 and m.start("year") - start < _MAX_PLACE_LENGTH and re.match(r"\p{Han}", text[start - 1]):
            start -= 1
        cut = max((d.end() for d in _DATE_PLACEHOLDER.finditer(text, 0, m.start("year"))), default=0)
        cut = max([cut] + [s.end() for s in _SIGNATURE.finditer(text, 0, m.start("year"))])
        start = max(start, cut, pos)
        if start > 0 and text[start - 1] == "《":
            continue
        return start, m.end()
    return None


def is_form_run(line: Line) -> bool:
    """A paragraph line holding a whole form run together: a title directly followed by a label."""
    return not line.is_row and len(line.text) >= _MIN_RUN_LENGTH and find_run_title(line.text) is not None


def expand_form_runs(lines: list[Line]) -> list[Line]:
    """Lines, with every form run together into one line cut into the lines of its cells."""
    out: list[Line] = []
    for line in lines:
        if not is_form_run(line):
            out.append(line)
            continue
        out.extend(_cell_line(cell, line) for cell in split_form_run(line.text))
    return out


def _cell_line(text: str, line: Line, source: str | None = None) -> Line:
    return Line((text,), False, line.page, line.line_no, source if source is not None else text)


def split_form_run(text: str) -> list[str]:
    """A form run → its cells in order: what precedes the title, the title, header labels and
    values, the cost table (one run, see ``unglue_cost_table``), the goal caption and prose, each
    indicator header word, the indicator rows (one run, see ``unglue_indicator_rows``), and a
    signature block after them."""
    titles: list[tuple[int, int]] = []
    while (title := find_run_title(text, titles[-1][1] if titles else 0)) is not None:
        titles.append(title)
    if not titles:
        return [text]
    cells = [text[:titles[0][0]]]
    for n, (start, end) in enumerate(titles):
        cells += _form_cells(text[start:end], text[end:titles[n + 1][0] if n + 1 < len(titles) else len(text)])
    return [c.strip() for c in cells if c.strip()]


def _form_cells(title: str, rest: str) -> list[str]:
    """One form's cells: its title, then the run after it (see ``split_form_run``)."""
    cells = [title]
    header = _indicator_header_span(rest)
    table_start = header[0] if header else len(rest)
    cost = _cost_span(rest, table_start)
    goal = _goal_caption_at(rest, cost[1] if cost else 0, table_start)
    header_end = min(p for p in (cost[0] if cost else None, goal, table_start) if p is not None)
    cells += cut_at_field_labels(rest[:header_end])
    if cost is not None:
        cells += cut_at_field_labels(rest[header_end:cost[0]]) + [rest[cost[0]:cost[1]]]
        between_end = goal if goal is not None else table_start
        cells += cut_at_field_labels(rest[cost[1]:between_end])
    if goal is not None:
        cells += [GOAL_CAPTION, rest[goal + len(GOAL_CAPTION):table_start]]
    if header is not None:
        cells += split_indicator_header(rest[header[0]:header[1]])
        rows = rest[header[1]:]
        signature = _SIGNATURE.search(rows)
        cells += [rows[:signature.start()], rows[signature.start():]] if signature else [rows]
    return [c.strip() for c in cells if c.strip()]


def cut_at_field_labels(text: str) -> list[str]:
    """``项目名称滨湖…项目类别本级支出项目项目性质持续性项目`` → label, value, label, value … A label of the
    vocabulary counts once (a second 项目名称 is part of a value); a money label only before its
    amount; a unit caption (单位:万元) is a cell of its own."""
    cuts: list[tuple[int, int]] = []
    seen: set[str] = set()
    for m in _FIELD_LABEL.finditer(text):
        key = _FIELD_KEY[_BLANKS.sub("", m.group(0))]
        if key not in seen:
            seen.add(key)
            end = m.end() + 1 if text[m.end():m.end() + 1] in (":", "：") else m.end()
            cuts.append((m.start(), end))            # a label's colon stays with it
    cuts += [(m.start(), m.end()) for m in _BUDGET_LABEL.finditer(text)]
    cuts += [(m.start(), m.end()) for m in _UNIT_CAPTION.finditer(text)]
    cuts = _without_overlaps(cuts)
    cells: list[str] = []
    pos = 0
    for start, end in cuts:
        cells += [text[pos:start], text[start:end]]
        pos = end
    cells.append(text[pos:])
    return [c.strip() for c in cells if c.strip()]


def _without_overlaps(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans, key=lambda s: (s[0], -s[1])):
        if not out or start >= out[-1][1]:
            out.append((start, end))
    return out


def _indicator_header_span(text: str) -> tuple[int, int] | None:
    """The first run of two or more indicator header words naming a level column
    (``绩效指标保障绩效目标实现措施一级指标二级指标绩效标准当年预期实现值``)."""
    for m in _INDICATOR_HEADER_WORD.finditer(text):
        words = [m.group(0)]
        end = m.end()
        while (nxt := _INDICATOR_HEADER_WORD.match(text, end)) is not None:
            words.append(nxt.group(0))
            end = nxt.end()
        if len(words) >= 2 and _LEVEL_COLUMN_WORDS & set(words):
            return m.start(), end
    return None


def split_indicator_header(text: str) -> list[str]:
    """A run of indicator header words → the words."""
    words: list[str] = []
    pos = 0
    while (m := _INDICATOR_HEADER_WORD.match(text, pos)) is not None and m.end() > pos:
        words.append(m.group(0))
        pos = m.end()
    return words + ([text[pos:]] if text[pos:] else [])


def _cost_span(text: str, limit: int) -> tuple[int, int] | None:
    """(start, end) of a cost table run: from its caption to the figures of its 合计 row."""
    caption = _COST_CAPTION.search(text, 0, limit)
    if caption is None:
        return None
    total = re.compile(rf"(?:{_TOTAL})\d[\d.,]*").search(text, caption.end(), limit)
    if total is not None:
        return caption.start(), total.end()
    goal = _goal_caption_at(text, caption.end(), limit)
    return caption.start(), goal if goal is not None else limit


def _goal_caption_at(text: str, start: int, limit: int) -> int | None:
    """Where the goal caption (绩效目标, not part of a field label such as 年度绩效目标) starts."""
    labels = [(m.start(), m.end()) for m in _FIELD_LABEL.finditer(text, start, limit)]
    for m in re.finditer(re.escape(GOAL_CAPTION), text[:limit]):
        if m.start() >= start and not any(s <= m.start() < e for s, e in labels) \
                and not (m.start() > 0 and re.match(r"[\p{Han}]", text[m.start() - 1]) and
                         text[max(0, m.start() - 2):m.start()] in ("年度", "项目", "总体", "保障")):
            return m.start()
    return None


# -- cost build-up table -----------------------------------------------------------------------

@dataclass(frozen=True)
class CostRow:
    label: str
    amount: str
    basis: str
    prior: tuple[str, ...]          # one figure per earlier-year column
    text: str                       # the row as found


@dataclass(frozen=True)
class CostTable:
    header: tuple[str, ...]
    rows: tuple[CostRow, ...]       # the 合计 row last, when the table has one
    issues: tuple[RawIssue, ...]


def split_cost_header(text: str) -> tuple[list[str], int]:
    """The column words a run starts with (``项目预算成本构成金额测算(公式)依据2020年实际执行数…``) and where
    they end."""
    words: list[str] = []
    pos = 0
    while (m := _COST_HEADER_WORD.match(text, pos)) is not None and m.end() > pos:
        words.append(m.group(0))
        pos = m.end()
    return words, pos


def _chunks(text: str) -> list[tuple[str, str]]:
    """Text → (words, figures) pairs: each stretch without digits and the digit run after it."""
    pairs: list[tuple[str, str]] = []
    pos = 0
    for m in _NUMBER_CHUNK.finditer(text):
        pairs.append((text[pos:m.start()], m.group(0)))
        pos = m.end()
    if pos < len(text):
        pairs.append((text[pos:], ""))
    return pairs


def _is_label(text: str) -> bool:
    return bool(_LABEL_LIKE.fullmatch(text)) and not _UNIT_START.match(text)


def _starts_a_row(words: str) -> bool:
    """Words after a figure that begin a cost line rather than go on with a basis (``保洁服务费``,
    not ``个月×`` or ``年招标文件``)."""
    return _is_label(words) and not _ANY_UNIT_START.match(words)


@dataclass(frozen=True)
class _Reading:
    rows: tuple[CostRow, ...]
    sums: tuple[Decimal, ...]        # amount, then each earlier-year column
    rows_without_basis: int
    magnitude: float                 # how far earlier years' figures are from the row's amount
    amounts_cut: int = 0             # lines whose amount ran into the figure its basis begins with

    @property
    def penalty(self) -> tuple[int, int, int, float]:
        """Fewest lines without a basis, most lines, fewest amounts cut, earlier years nearest each amount."""
        return (self.rows_without_basis, -len(self.rows), self.amounts_cut, self.magnitude)


def _row_readings(pairs: list[tuple[str, str]], n_prior: int) -> list[CostRow]:
    """The readings of one row made of ``pairs``: the label and the run after it; without a basis
    the run holds the amount and the earlier years' figures; with one, the last run holds the
    earlier years' figures (or, with no such column, ends the basis)."""
    label, first = pairs[0]
    text = "".join(t + n for t, n in pairs)
    if not first:
        return []
    if len(pairs) == 1:
        return [CostRow(label, s[0], "", s[1:], text) for s in split_glued_numbers(first, 1 + n_prior)]
    if n_prior == 0:
        return [CostRow(label, a, lead + "".join(t + n for t, n in pairs[1:]), (), text)
                for a, lead in amount_and_basis_lead(first)]
    *middle, (last_words, last) = pairs[1:]
    basis = "".join(t + n for t, n in middle) + last_words
    return [CostRow(label, a, lead + basis, s, text)
            for a, lead in amount_and_basis_lead(first) for s in split_glued_numbers(last, n_prior)]


def read_cost_run(text: str) -> CostTable:
    """A cost table run together (``项目预算成本构成金额测算(公式)依据2020年实际执行数2021年实际执行数
    保安服务费191依据招标文件191191…合计814662.98794.55``) → its rows. Rows are told apart by their labels
    (words without digits before an amount); where figures ran together, the reading whose lines add up
    to the 合计 in most columns wins, then the one with fewest lines without a basis, then the one whose
    earlier-year figures are closest to each line's amount. When the totals do not prove the reading,
    an issue says which was kept."""
    header, pos = split_cost_header(text)
    n_prior = sum(COST_TABLE_PRIOR_YEAR_WORD in w for w in header)
    pairs = _chunks(text[pos:])
    total_at = next((k for k, (words, figures) in enumerate(pairs)
                     if figures and re.search(rf"(?:{_TOTAL})$", words)), None)
    if total_at is not None:
        words, figures = pairs[total_at]
        total_word = re.search(rf"(?:{_TOTAL})$", words)
        if total_word is not None and total_word.start() > 0:     # a basis ran into 合计
            pairs[total_at:total_at + 1] = [(words[:total_word.start()], ""), (total_word.group(0), figures)]
            total_at += 1
    body = pairs[:total_at] if total_at is not None else [p for p in pairs if p[1]]
    readings = _best_readings(body, n_prior)
    totals = [CostRow(pairs[total_at][0], s[0], "", s[1:], "".join(pairs[total_at]))
              for s in split_glued_numbers(pairs[total_at][1], 1 + n_prior)] if total_at is not None else []
    ranked = sorted(((r, t) for r in readings for t in totals or [None]), key=lambda rt: _score(*rt))
    if not ranked:
        return CostTable(tuple(header), (), ())
    best, total = ranked[0]
    rows = best.rows + ((total,) if total is not None else ())
    prior_words = [w for w in header if COST_TABLE_PRIOR_YEAR_WORD in w]
    issue = _split_issue(ranked, prior_words, text)
    if issue is None and not prior_words and len(best.rows) > 1 and set(header) & set(COST_TABLE_BASIS_WORDS):
        # no figures after a basis: it runs straight into the next line's label (按面积测算苗木补植费)
        issue = RawIssue("warning", "row_split_uncertain",
                         "the cost table's cells ran together and a basis text runs into the next line's "
                         "label; labels kept as found: " + "、".join(r.label for r in best.rows), text)
    return CostTable(tuple(header), rows, (issue,) if issue else ())


def _amounts(reading: _Reading, total: CostRow | None) -> list[str]:
    return [r.amount for r in reading.rows] + ([total.amount] if total else [])


def _split_issue(ranked: list[tuple[_Reading, CostRow | None]], prior_words: list[str],
                 text: str) -> RawIssue | None:
    """What the totals leave open in the reading kept (``ranked[0]``): a warning when the amounts
    themselves are not proven (another reading fits the totals as well, or the 金额 column does not
    add up), an info when only an earlier-year column does not add up in any reading."""
    best, total = ranked[0]
    evidence = _score(best, total)[:2]
    rivals = [(r, t) for r, t in ranked[1:] if _score(r, t)[:2] == evidence]
    matched = _matched_columns(best, total)
    open_columns = [("金额", *prior_words)[k] for k in range(1 + len(prior_words)) if k not in matched] \
        if total is not None else []
    amounts_open = (total is not None and 0 not in matched) or any(
        _amounts(r, t) != _amounts(best, total) for r, t in rivals)
    if not amounts_open and not open_columns:
        return None
    kept = "; ".join(" ".join([r.label, r.amount, *r.prior]) for r in best.rows + ((total,) if total else ()))
    sums = f"columns not adding up to the {total.label}: {'、'.join(open_columns)}; " if open_columns else ""
    if amounts_open:
        return RawIssue("warning", "row_split_uncertain",
                        f"the cost table's figures ran together and its totals do not decide how to split "
                        f"them; {sums}kept {kept}", text)
    return RawIssue("info", "cost_column_sum_mismatch",
                    f"the cost table's figures ran together; {sums}kept the reading whose amounts add up, "
                    f"with earlier years' figures closest to each line's amount: {kept}", text)


def _best_readings(pairs: list[tuple[str, str]], n_prior: int) -> list[_Reading]:
    """Every partition of ``pairs`` into rows (each starting at a label) with every reading of its
    figures, one per distinct set of column sums (the one with the lowest penalty)."""
    zero = tuple(Decimal(0) for _ in range(1 + n_prior))
    states: dict[int, dict[tuple[Decimal, ...], _Reading]] = {0: {zero: _Reading((), zero, 0, 0.0)}}
    for i in range(len(pairs)):
        here = states.pop(i, None)
        if not here or not _is_label(pairs[i][0].strip()):
            continue
        if len(here) > _MAX_COST_STATES:           # a beam: the readings most like a cost table
            here = dict(sorted(here.items(), key=lambda kv: kv[1].penalty)[:_MAX_COST_STATES])
        for k in range(1, min(len(pairs) - i, _MAX_PAIRS_PER_ROW) + 1):
            if k >= 3 and _starts_a_row(pairs[i + k - 1][0].strip()):
                break                        # a basis with figures (按12个月…) goes on in unit words
            for row in _row_readings(pairs[i:i + k], n_prior):
                figures = tuple(figure_value(f) for f in (row.amount, *row.prior))
                distance = decades_apart(row.amount, row.prior)
                for reading in here.values():
                    sums = tuple(s + f for s, f in zip(reading.sums, figures))
                    new = _Reading(reading.rows + (row,), sums, reading.rows_without_basis + (not row.basis),
                                   reading.magnitude + distance,
                                   reading.amounts_cut + amount_cut_from_basis(row.text[len(row.label):], row.amount))
                    bucket = states.setdefault(i + k, {})
                    old = bucket.get(sums)
                    if old is None or new.penalty < old.penalty:
                        bucket[sums] = new
    return list(states.get(len(pairs), {}).values())


def _matched_columns(reading: _Reading, total: CostRow | None) -> list[int]:
    if total is None:
        return []
    figures = (total.amount, *total.prior)
    return [k for k, (s, f) in enumerate(zip(reading.sums, figures)) if abs(s - figure_value(f)) < Decimal("0.005")]


def _score(reading: _Reading, total: CostRow | None) -> tuple[int, int, int, int, float]:
    matched = _matched_columns(reading, total)
    rows_without_basis, more_rows, amounts_cut, magnitude = reading.penalty
    return (0 if 0 in matched else 1, -len(matched), rows_without_basis, more_rows, amounts_cut,
            magnitude + (decades_apart(total.amount, total.prior) if total else 0.0))


def is_glued_cost_table(lines: list[Line]) -> bool:
    """A cost region that is one run: its caption line goes on with digits."""
    return bool(lines) and not lines[0].is_row and bool(_COST_CAPTION.match(lines[0].text.strip())) \
        and bool(re.search(r"\d", lines[0].text)) and not re.search(r"\s", lines[0].text.strip())


def unglue_cost_table(lines: list[Line]) -> tuple[list[Line], list[RawIssue]]:
    """The cost region's lines, a run cut into one line per cell (and the issues of the cut);
    other regions unchanged."""
    if not is_glued_cost_table(lines):
        return lines, []
    run = lines[0]
    table = read_cost_run(run.text.strip())
    out = [_cell_line(w, run) for w in table.header]
    for row in table.rows:
        cells = [row.label, row.amount] + ([row.basis] if row.basis else []) + list(row.prior)
        out += [_cell_line(c, run, row.text) for c in cells]
    return out + lines[1:], list(table.issues)


# -- indicator rows ----------------------------------------------------------------------------

def _target_end(text: str, pos: int) -> int:
    """End of a target starting at ``pos`` (``2280次``, ``>92%``, ``不超预算``, a cut-off ``>``), or
    ``pos`` when none starts there."""
    best = pos
    for end in range(min(len(text), pos + 30), pos, -1):
        if _NUMERIC_TARGET.fullmatch(text, pos, end):
            best = end
            break
    word = _QUALITATIVE.match(text, pos)
    if word is not None and not _NAME_GOES_ON.match(text, word.end()):
        best = max(best, word.end())
    if best == pos and _DANGLING_OPERATOR.fullmatch(text, pos):
        best = len(text)
    return best


def _explanation_end(text: str, start: int) -> int:
    """End of the explanation starting at ``start``: after its closing word (情况 …) where a target,
    a level word or the end follows; else where the first target with an operator starts. It never
    runs into the next explanation or level word."""
    limit = min(len(text), start + _MAX_EXPLANATION_LENGTH)
    following = [m.start() for m in (_EXPLANATION_START.search(text, start + 2, limit),
                                     _LEVEL_WORD.search(text, start + 2, limit)) if m is not None]
    limit = min([limit] + following)
    for m in _EXPLANATION_END.finditer(text, start + 2, limit):
        q = m.end()
        if q == len(text) or _target_end(text, q) > q or _LEVEL_WORD.match(text, q):
            return q
    for q in range(start + 2, limit):
        if text[q] in OPERATOR_SYMBOL_CHARS and _target_end(text, q) > q:
            return q
    first = _EXPLANATION_END.search(text, start + 2, limit)
    return first.end() if first else limit


def _name_and_targets(chunk: str) -> list[str]:
    """The text before an explanation: rows without explanation (name, target) and the name of the
    explained row, last. Prose before them (the merged 保障措施 cell) is dropped."""
    marks = list(_PROSE_MARK.finditer(chunk))
    if marks:
        chunk = chunk[marks[-1].end():]
    cells: list[str] = []
    pos = 0
    q = pos + 2
    while q < len(chunk):
        end = _target_end(chunk, q)
        if end > q and (end < len(chunk) or _NUMERIC_TARGET.match(chunk, q)) \
                and not re.match(r"[\d.]", chunk[q - 1]):     # a figure target may end the run
            cells += [chunk[pos:q], chunk[q:end]]
            pos = end
            while (level := _LEVEL_WORD.match(chunk, pos)) is not None:
                cells.append(level.group(0))
                pos = level.end()
            q = pos + 2
            continue
        q += 1
    cells.append(chunk[pos:])
    return [c for c in cells if c]


def _word_target_before_level(text: str, pos: int) -> int:
    """End of a word target no vocabulary knows (``有效保障``): the short text between an explanation
    and the next level word, when no explanation comes first; else ``pos``."""
    level = _LEVEL_WORD.search(text, pos, pos + _MAX_WORD_TARGET_LENGTH + 1)
    explanation = _EXPLANATION_START.search(text, pos)
    if level is None or level.start() == pos or (explanation is not None and explanation.start() < level.start()):
        return pos
    return level.start()


def split_indicator_run(text: str) -> list[tuple[str, str]]:
    """An indicator table's rows run together → (cell, row text) in order: level words, and per row
    its name, explanation and target (``数量指标办公大楼日常维修维护次数反映办公大楼全年维修维护情况2280次…``).
    A row without explanation keeps its name and target (``成本控制率不超预算``)."""
    out: list[tuple[str, str]] = []
    pos = 0
    while pos < len(text):
        while (level := _LEVEL_WORD.match(text, pos)) is not None:
            out.append((level.group(0), level.group(0)))
            pos = level.end()
        explanation = _EXPLANATION_START.search(text, pos + 1) if pos < len(text) else None
        if explanation is None:
            rest = _name_and_targets(text[pos:])
            out += [(c, text[pos:]) for c in rest]
            break
        before = _name_and_targets(text[pos:explanation.start()])
        end = _explanation_end(text, explanation.start())
        if before and (name := name_the_explanation_restates(before[-1], text[explanation.start():end])) != before[-1]:
            ran_in = re.search(rf"(?:{_LEVEL_WORD.pattern})$", before[-1][:-len(name)])
            if ran_in or _PROSE_MARK.search(text, pos, explanation.start()):   # the merged 措施 cell's tail
                before[-1:] = [ran_in.group(0), name] if ran_in else [name]
        target_end = _target_end(text, end)
        if target_end == end:
            target_end = _word_target_before_level(text, end)
        row_start = explanation.start() - len(before[-1]) if before else pos
        row = text[row_start:target_end]
        out += [(c, text[pos:row_start]) for c in before[:-1]]
        out += [(c, row) for c in before[-1:] + [text[explanation.start():end], text[end:target_end]] if c]
        pos = target_end
    return [(c.strip(), r) for c, r in out if c.strip()]


_BLANK = re.compile(r"\s")


def is_glued_indicator_line(line: Line) -> bool:
    """A line of indicator rows run together: an explanation starts inside it after a name, or
    (no explanation column) a long run with no blank cuts into several names and targets."""
    text = line.text.strip()
    if line.is_row or _BLANK.search(text):
        return False
    explained = any(m.start() > 0 for m in _EXPLANATION_START.finditer(text))
    return len(split_indicator_run(text)) >= (3 if explained else _MIN_UNEXPLAINED_CELLS) \
        and (explained or len(text) >= _MIN_RUN_LENGTH)


def unglue_indicator_rows(lines: list[Line], header: Sequence[str] = ()) -> list[Line]:
    """Indicator table lines, each run of rows cut into one line per cell (source: its row); under
    a ``header`` with an explanation column, the cells cut back into rows by the shape layer."""
    out: list[Line] = []
    for line in lines:
        if is_glued_indicator_line(line):
            out += [_cell_line(cell, line, row) for cell, row in split_indicator_run(line.text.strip())]
        else:
            out.append(line)
    cuts = rows_of_explained_stream(list(header) + [l.text.strip() for l in out], min_rows=1) \
        if len(out) > len(lines) else []
    if not cuts or cuts[0][0] > len(header):
        return out
    start, end, rows, starts, _ = cuts[0]
    firsts = [out[k - len(header)] for k in starts[1:]]
    after = "".join(l.text for l in out[end - len(header):])   # what follows the rows, one line again
    return out[:max(0, start - len(header))] + [Line(tuple(r), True, f.page, f.line_no, f.source_text)
                                                for r, f in zip(rows[1:], firsts)] \
        + ([_cell_line(after, out[end - len(header)])] if after.strip("| ") and not ends_indicator_table(after) else [])


