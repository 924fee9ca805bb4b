"""Self-evaluation forms (项目支出绩效自评表: the national template of 财预〔2020〕10号 and its provincial
variants) → raw records: header fields, the money block with its budget/execution columns, the
indicator table with target, actual, weight and score, the score tree and the total.

The form is read in regions found by header words, never by position:

* header fields (项目名称, 主管部门, 实施单位) before the money block, by ``common.read_header``;
* the money block: a row of money columns (年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分
  in any order and spelling), then rows that start with a money label (年度资金总额, 其中:财政拨款 …);
* the indicator table (``indicator_rows``): a row of indicator columns, rows until the total (总分/合计).
"""

from __future__ import annotations

import regex as re

from jixiao.extract.document import Line
from jixiao.extract.layout.columns import (MONEY_SHAPES, align_cells, cells_under_header, header_key, line_cells,
                                           spanned_label_blanks)
from jixiao.extract.forms.common import FormSource, read_header, total_score_and_grade
from jixiao.extract.forms.indicator_rows import (
    WEIGHTED_LABEL,
    ColumnHeader,
    IndicatorState,
    cell_value,
    find_column_header,
    read_indicators,
)
from jixiao.extract.layout.level_words import is_level1, is_level2
from jixiao.extract.records import RawBudgetLine, RawEvaluation, RawField, RawForm, RawScore
from jixiao.normalize.money import bare_unit_multiplier, is_amount, money_unit_multiplier, parse_percent
from jixiao.normalize.text import clean_label, clean_text, fold_key
from jixiao.normalize.vocabulary import (
    BUDGET_BLOCK_SCORE_NAME, FOLDED_SUB_ITEM_PREFIX_PATTERN, INDICATOR_BLOCK_LABEL_WORDS,
    INDICATOR_CAPTION_SUFFIX, INDICATOR_COLUMN_WORDS, INDICATOR_REGION_START_WORDS, MONEY_LABEL_WORDS,
    SELF_EVALUATION_MONEY_COLUMN_WORDS, SELF_EVALUATION_MONEY_ROW_LABELS, SELF_EVALUATION_TOTAL_WORDS,
    UNIT_BRACKET_PATTERN, WEIGHT_IN_LABEL_PATTERN, YEAR_TOTAL_ITEM
)

_UNIT_BRACKET = re.compile(UNIT_BRACKET_PATTERN)
_UNIT_AND_POINTS = re.compile(rf"^(?:{UNIT_BRACKET_PATTERN}|{WEIGHT_IN_LABEL_PATTERN})+$")
_TOTAL_FIELD = "total_score"             # the header field stating the total (自评总分)
_MONEY_LABELS = sorted({fold_key(l) for l in SELF_EVALUATION_MONEY_ROW_LABELS}, key=len, reverse=True)


def _money_label(text: str) -> str | None:
    """The money-row label a cell is (年度资金总额:, 其中：当年财政拨款 …), or None."""
    key = fold_key(text)
    bare = _UNIT_BRACKET.sub("", re.sub(FOLDED_SUB_ITEM_PREFIX_PATTERN, "", key))    # 年度资金总额（万元）
    return next((label for label in _MONEY_LABELS if label in (key, bare)), None)


# -- the money block ---------------------------------------------------------------------------

def _money_rows(lines: list[Line], header: ColumnHeader) -> list[tuple[str, list[str], Line]]:
    """(label, cells after the label, line) of each money row below the header."""
    roles = [r for r in header.roles if r]
    rows: list[tuple[str, list[str], Line]] = []
    i = header.last + 1
    while i < len(lines):
        cells = line_cells(lines[i])
        if not cells:
            i += 1
            continue
        label, rest = _split_money_label(cells)
        if label is None:
            if rows:
                break
            i += 1
            if i > header.last + 3:
                break
            continue
        line = lines[i]
        if not rest and not line.is_row:
            j = i + 1
            while j < len(lines) and len(rest) < len(roles):
                following = line_cells(lines[j])
                text = following[0] if following else ""
                if _money_label(text) or _indicator_region_starts(text):
                    break
                rest.append(text)
                j += 1
            i = j
        else:
            i += 1
        rows.append((label, rest, line))
    return rows


def _is_figure(cell: str) -> bool:
    return is_amount(cell) or parse_percent(cell) is not None


#: How many lines after its header a money block's unlabelled row of figures may start (the header's
#: wrapped remainder and blank lines between).
_UNLABELLED_ROW_REACH = 4


def _unlabelled_money_row(lines: list[Line], header: ColumnHeader, block_name: str,
                          ) -> list[tuple[str, list[str], Line]]:
    """The one row of figures a money block prints under its label with no row label of its own
    (``预算执行情况(万元)(20分) | 预算数 | 执行数 | 执行率 | 得分`` over ``| 600.00 | 600.00 | 1 | 20``: the District
    项目自评表): the line named after the block, its figures those of the first line after the header
    made of figures only (one cell per line: that line and the figure lines after it)."""
    width = len([r for r in header.roles if r])
    for i in range(header.last + 1, min(len(lines), header.last + _UNLABELLED_ROW_REACH + 1)):
        figures = [c for c in line_cells(lines[i]) if c]
        if not any(_is_figure(c) for c in figures):
            continue                          # a blank, or the rest of a wrapped header ((万元)(20分) | (20分*执行率))
        if not all(_is_figure(c) for c in figures):
            return []
        j = i + 1
        one_cell_lines = len(figures) == 1 and not lines[i].is_row
        while one_cell_lines and j < len(lines) and len(figures) < width:
            following = [c for c in line_cells(lines[j]) if c]
            if len(following) != 1 or not _is_figure(following[0]):
                break
            figures.append(following[0])
            j += 1
        return [(block_name, figures, lines[i])]
    return []


def _indicator_region_starts(text: str) -> bool:
    key = fold_key(text)
    return bool(WEIGHTED_LABEL.match(key)) or any(w in key for w in INDICATOR_REGION_START_WORDS)


def _split_money_label(cells: list[str]) -> tuple[str | None, list[str]]:
    for width in (1, 2):
        if len(cells) >= width and _money_label("".join(cells[:width])):
            return clean_label("".join(cells[:width])), list(cells[width:])
    return None, cells


def _money_values(cells: list[str], roles: list[str], kept_blanks: bool) -> dict[str, str]:
    """A money row's cells → role: by position when the shape layer kept its blank cells, else by shape."""
    if len(cells) == len(roles) or kept_blanks and not any(cells[len(roles):]):
        return {role: cell for role, cell in zip(roles, cells) if cell}
    # blanks gone, or more cells than named columns (a header cell spanning two: 执行率 | 空): by shape
    filled = [c for c in cells if c]
    values = align_cells(filled, roles, MONEY_SHAPES) or {}
    if "score" in values and "weight" in roles and "weight" not in values and roles.index("weight") < roles.index("score"):
        # a score is never printed without the weight it is out of: a lone figure after the rate is the
        # weight of a form filed before it was scored (总额 500.71 527.06 462.48 87.75% 10)
        values["weight"] = values.pop("score")
    return values


# -- the form ------------------------------------------------------------------------------------

def _block_labels(lines: list[Line]) -> list[tuple[str, str, int]]:
    """Labels that print a block's weight on their own (``预算执行情况(10分)``, ``绩效指标(90分)``)."""
    out = []
    for i, line in enumerate(lines):
        cells = [c for c in line_cells(line) if c]
        after = [c for c in line_cells(lines[i + 1]) if c] if i + 1 < len(lines) else []
        for cell in cells[:1] if len(cells) > 1 else cells:     # alone, or a row's first cell
            m = WEIGHTED_LABEL.match(_UNIT_BRACKET.sub("", fold_key(cell)))     # 预算执行情况(万元)(20分)
            if m is None and after and _UNIT_AND_POINTS.match(fold_key(after[0])):
                # the label wrapped: its unit and points open the next line (预算执行情况 | （万元）（20分）)
                m = WEIGHTED_LABEL.match(_UNIT_BRACKET.sub("", fold_key(cell + after[0])))
            if m and m.group("name") and not is_level_word_name(m.group("name")):
                out.append((m.group("name"), m.group("weight"), i))
    return out


def is_level_word_name(name: str) -> bool:
    return is_level1(name) or (is_level2(name) and not name.endswith(INDICATOR_CAPTION_SUFFIX))


def parse_self_evaluation(source: FormSource) -> RawForm:
    """One self-evaluation form (a title or none, then its lines) → RawForm."""
    form = source.new_form("self_evaluation")
    default_unit = source.unit
    body = source.lines
    money_header = find_column_header(body, SELF_EVALUATION_MONEY_COLUMN_WORDS, {"amount", "initial"})
    table_header = find_column_header(body, INDICATOR_COLUMN_WORDS, {"level3", "target"},
                                      start=money_header.last + 1 if money_header else 0)
    header_end = money_header.first if money_header else (table_header.first if table_header else len(body))
    header_end = min([header_end] + [i for _, _, i in _block_labels(body[:header_end])])
    if money_header is not None and money_header.first < money_header.last and header_end == money_header.first:
        caption = header_end - 1         # one cell per line: the label column's caption precedes it,
        while caption > 0 and not body[caption].text.strip():
            caption -= 1                 # its blank cells between (年度预算执行情况(万元) | 空 | 年初预算数 …)
        if MONEY_LABEL_WORDS[0] in body[caption].text:
            header_end = caption
    money_start = money_header.first if money_header else header_end
    caption_lines = body[max(0, money_start - 3):money_start + 1]
    fields, header_budget = read_header(body[:header_end], default_unit)
    form.fields = fields
    block_end = table_header.first if table_header else len(body)
    wrapped_caption = body[money_start + 1:money_start + 2] if money_header is not None else []   # （万元）（20分） under it
    unit = next((u for l in [*reversed(caption_lines), *wrapped_caption] if (u := money_unit_multiplier(l.text))), None) \
        or next((u for l in body[money_start:block_end] if (u := bare_unit_multiplier(l.text))), None) \
        or next((b.unit_multiplier for b in header_budget if b.unit_multiplier), None) or default_unit

    budget_total: tuple[str | None, str | None] = (None, None)
    if money_header is not None:
        roles = [r for r in money_header.roles if r]
        rows = _money_rows(body, money_header)
        block = next((n for n, _, _ in _block_labels(body[:money_header.last + 2])
                      if any(w in n for w in MONEY_LABEL_WORDS)), None)
        unlabelled = not rows and block is not None
        if unlabelled:
            rows = _unlabelled_money_row(body, money_header, block)
        header_line = body[money_header.first] if money_header.first == money_header.last else None
        label_blanks = spanned_label_blanks(rows[0][1], roles, MONEY_SHAPES) if rows and rows[0][2].blanks_kept else 0
        for label, cells, line in rows:
            by_column = header_line and cells_under_header(header_line, line, money_header.roles,
                                                           len(line_cells(line)) - len(cells))
            blanks = label_blanks if line.blanks_kept and not any(cells[:label_blanks]) else 0
            values = by_column or _money_values(cells[blanks:], roles, kept_blanks=line.blanks_kept)
            form.budget_lines.append(RawBudgetLine(
                label=label, item_hint=YEAR_TOTAL_ITEM if unlabelled else None, amount_text=cell_value(values, "amount"), initial_text=cell_value(values, "initial"),
                actual_text=cell_value(values, "actual"), rate_text=cell_value(values, "rate"),
                unit_multiplier=unit, page=line.page, source_text=line.source_text.strip()))
            if len(form.budget_lines) == 1:
                budget_total = (cell_value(values, "weight"), cell_value(values, "score"))

    state = IndicatorState([])
    roles: list[str] = []
    if table_header is not None:
        roles = [r or "" for r in table_header.roles]
        lead = 0
        while roles and not roles[0]:
            roles, lead = roles[1:], lead + 1  # 绩效指标(90分): a block label spanning the rows
        if "level1" not in roles and "level2" in roles:
            roles = ["level1", *roles]
        state = read_indicators(body[table_header.last + 1:], roles, lead)
        for block in state.blocks:
            form.indicators.extend(block.indicators)

    labels = _block_labels(body[:table_header.last + 1] if table_header else body)
    form.scores = _scores(state, labels, budget_total, money_header is not None, "weight" in roles)
    if not (form.scores and form.scores[0].level == 0):
        form.scores[:0] = _stated_total(form.fields)
    total = form.scores[0] if form.scores and form.scores[0].level == 0 else None
    _, grade = total_score_and_grade(" ".join(l.text.replace("\t", " ") for l in body))
    if total is not None and total.score_text or grade:
        form.evaluation = RawEvaluation(total_score_text=total.score_text if total else None, grade_text=grade)
    return form


def _stated_total(fields: list[RawField]) -> list[RawScore]:
    """The total a header field states (``自评总分(分) | 92.5``) as the level-0 score row, named as labelled."""
    for f in fields:
        if f.key == _TOTAL_FIELD and f.value:
            return [RawScore(0, None, header_key(f.label), score_text=f.value.strip(), page=f.page)]
    return []


def _scores(state: IndicatorState, labels: list[tuple[str, str, int]], budget_total: tuple,
            has_money: bool, has_weights: bool) -> list[RawScore]:
    """The score tree: 总分 (level 0), the budget block and every block whose weight is printed
    (level 1), and each indicator's 分值/得分 (level 3)."""
    scores: list[RawScore] = []
    if state.total is not None:
        numbers = [c.strip() for c in state.total]
        weight = numbers[0] if numbers and numbers[0] else None
        score = numbers[1] if len(numbers) > 1 and numbers[1] else None
        if not has_weights and score is None:
            weight, score = None, weight      # a table with no 分值 column: the total's figure is its score
        name = clean_text(state.total_line.cells[0] if state.total_line and state.total_line.is_row
                          else None) or next(w for w in SELF_EVALUATION_TOTAL_WORDS
                                             if state.total_line and w in state.total_line.text)
        scores.append(RawScore(0, None, name, weight_text=weight, score_text=score,
                               page=state.total_line.page if state.total_line else None,
                               source_text=state.total_line.source_text.strip() if state.total_line else ""))
    budget_label = next(((n, w) for n, w, _ in labels if any(w in n for w in MONEY_LABEL_WORDS)), None)
    if has_money and (budget_total[0] or budget_label):
        name = budget_label[0] if budget_label else BUDGET_BLOCK_SCORE_NAME
        weight = budget_total[0] or (budget_label[1] if budget_label else None)
        scores.append(RawScore(1, None, name, weight_text=weight, score_text=budget_total[1]))
    table_label = next(((n, w) for n, w, _ in labels if n not in (budget_label or ("",))[0:1]
                        and any(word in n for word in INDICATOR_BLOCK_LABEL_WORDS)), None)
    if table_label is not None:
        scores.append(RawScore(1, None, table_label[0], weight_text=table_label[1]))
    for block in state.blocks:
        parent = None
        if block.weight is not None and block.name:
            scores.append(RawScore(1, None, block.name, weight_text=block.weight))
            parent = block.name
        elif table_label is not None:
            parent = table_label[0]
        for ind in block.indicators:
            if ind.weight_text is None and ind.score_text is None:
                continue
            scores.append(RawScore(3, None, ind.level3 or "", parent_code=parent, weight_text=ind.weight_text,
                                   actual_text=ind.actual_text, score_text=ind.score_text, page=ind.page,
                                   source_text=ind.source_text))
    return scores
