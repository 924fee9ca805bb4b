"""Evaluation reports (绩效评价报告): narrative with embedded tables.

Read from the report: the evaluated project and year, evaluator and commissioning body, total score
and grade (from the prose); the budget execution table (表1); the list of year targets; and the
scoring tree (表3 dimensions, 表3-x rows with codes A1/A11, 权重, 业绩值, 分值, and the sub-headings
the rows sit under).
"""

from __future__ import annotations

from dataclasses import replace

import regex as re

from jixiao.extract.document import Line
from jixiao.extract.layout.columns import header_roles, line_tokens
from jixiao.extract.forms.common import FormSource, total_score_and_grade
from jixiao.extract.report_parts import (
    dimension_table, evaluator_and_client, is_target_group, labelled, project_and_year, reporting_unit,
    target_list_pieces,
)
from jixiao.extract.records import RawBudgetLine, RawEvaluation, RawField, RawForm, RawIndicator, RawScore
from jixiao.normalize.money import is_amount, money_unit_multiplier, parse_decimal, parse_percent
from jixiao.normalize.numbers import float32_typed_text
from jixiao.normalize.targets import split_name_and_target
from jixiao.normalize.text import alternation, clean_text, fold_key, is_page_footer, join_wrapped_lines
from jixiao.normalize.vocabulary import (
    BUDGET_TABLE_WORDS, DIMENSION_SCORE_SENTENCE_PATTERN, MONEY_UNITS, REPORT_BUDGET_COLUMN_WORDS,
    REPORT_DEPARTMENT_LABELS, REPORT_FIELD_LABELS, REPORT_SCORE_COLUMN_WORDS,
    REPORT_TARGET_ITEM_PATTERN, SCORE_ACTUAL_WORDS, SCORE_CODED_ROW_PATTERN,
    SCORE_TOTAL_WORDS, SCORE_WEIGHT_WORDS, SECTION_HEADING_PATTERN, SUBTOTAL_WORDS, TABLE_CAPTION_START_PATTERN,
    TOTAL_SCORE_PHRASES, UNIT_CAPTION_PATTERN, YEAR_TOTAL_ITEM, YEAR_WORD
)

_TABLE_CAPTION = re.compile(TABLE_CAPTION_START_PATTERN)
_UNIT_CAPTION = re.compile(UNIT_CAPTION_PATTERN)
_BUDGET_HEADER_WORDS = REPORT_BUDGET_COLUMN_WORDS["amount"] + REPORT_BUDGET_COLUMN_WORDS["rate"]
#: The report's fields that are also form fields (``RawField.key``); the others keep their label only.
_FORM_FIELD_KEYS = frozenset({"project_name", "department", "reporting_unit"})
_SEQ = re.compile(r"^(?:\d{1,2}|[（(]\d{1,2}[)）])$")
_CODE_ROW = re.compile(SCORE_CODED_ROW_PATTERN)
_SECTION = re.compile(SECTION_HEADING_PATTERN)
_NUMBER = re.compile(r"^[-+]?\d+(?:\.\d+)?%*$")
#: Lines that may stand between 表1's caption and its header (a unit line, a note).
_MAX_CAPTION_GAP = 3


def _prose(lines: list[Line]) -> str:
    return join_wrapped_lines([l.text.replace("\t", " ") for l in lines])


# -- budget execution table ------------------------------------------------------------------

#: The number columns of a budget table whose header names none (序号 | 实施内容 | 预算金额 | 实际使用 | 执行率).
_DEFAULT_NUMBER_ROLES = ("amount", "actual", "rate")
_NUMBER_ROLES = frozenset({"initial", "amount", "actual", "rate"})


def _budget_header(lines: list[Line], start: int) -> tuple[int, int, tuple[str, ...], int | None] | None:
    """(first line, last line, its number columns' roles, the unit its columns state) of the first
    budget-table header from ``start``: a row naming an amount and what was spent or its rate
    (年初预算数 | 全年预算数（万元） | 全年执行数 | 执行率), its cells perhaps wrapped over lines."""
    for i in range(start, len(lines)):
        tokens = line_tokens(lines[i])
        if not tokens or not any(header_roles(tokens, REPORT_BUDGET_COLUMN_WORDS)):
            continue
        end = i + 1                      # a head whose cells wrapped: the lines after it that are column words
        while end < len(lines) and (more := line_tokens(lines[end])) \
                and all(header_roles(more, REPORT_BUDGET_COLUMN_WORDS)):
            tokens = tokens + more
            end += 1
        if _is_budget_header(tokens):
            roles = [r for r in header_roles(tokens, REPORT_BUDGET_COLUMN_WORDS) if r]
            unit = next((u for t in tokens if (u := money_unit_multiplier(t)) is not None), None)
            return i, end - 1, tuple(r for r in roles if r in _NUMBER_ROLES), unit
    return None


def _is_budget_header(tokens: list[str]) -> bool:
    roles = set(header_roles(tokens, REPORT_BUDGET_COLUMN_WORDS))
    return "amount" in roles and bool({"actual", "rate"} & roles)


def _budget_table(lines: list[Line], prose: str) -> list[RawBudgetLine]:
    """表1: found by its caption (表1：预算及执行情况) or, without one, by its header words; one line
    per row, its figures given to the header's number columns from the right."""
    caption = next((i for i, l in enumerate(lines)
                    if _TABLE_CAPTION.match(l.text) and any(w in fold_key(l.text) for w in BUDGET_TABLE_WORDS)),
                   None)
    header = _budget_header(lines, caption if caption is not None else 0)
    if caption is None and header is None:
        return []
    number_roles = header[2] if header is not None else _DEFAULT_NUMBER_ROLES
    start = header[1] if header is not None and (caption is None or header[0] - caption <= _MAX_CAPTION_GAP) \
        else caption
    rows: list[tuple[str | None, str, dict[str, str], Line]] = []
    i = start + 1
    header_seen = start != caption
    while i < len(lines):
        line = lines[i]
        tokens = line_tokens(line)
        i += 1
        if not tokens or is_page_footer(line.text):
            continue
        if not header_seen and any(w in fold_key(line.text) for w in _BUDGET_HEADER_WORDS):
            header_seen = True
            continue
        if rows and (_is_budget_header(tokens) or len(tokens) == 1 and _UNIT_CAPTION.search(fold_key(line.text))):
            continue                     # the table goes on on the next page: its unit line, its head again
        seq = tokens[0] if _SEQ.match(tokens[0]) else None
        body = tokens[1:] if seq else tokens
        numbers: list[str] = []
        while body and (is_amount(body[-1]) or parse_percent(body[-1]) is not None) and len(numbers) < len(number_roles):
            numbers.insert(0, body.pop())
        if not body or (not seq and not numbers):
            break
        rows.append((seq, clean_text(" ".join(body)) or "", _figures(numbers, number_roles), line))
    if not rows:
        return []
    unit, evidence = (header[3], None) if header is not None and header[3] is not None else \
        _infer_table_unit([f for _, _, figures, _ in rows for r, f in figures.items() if r != "rate"], prose)
    out: list[RawBudgetLine] = []
    parent: str | None = None
    for seq, label, figures, line in rows:
        nested = seq is not None and not seq.isdigit()
        hint: str | None
        if label in SCORE_TOTAL_WORDS or fold_key(label) in SUBTOTAL_WORDS:
            # a bare 合计 closes the table: the year's budget (项目预算合计 names itself)
            hint = "subtotal" if fold_key(label) in SUBTOTAL_WORDS else YEAR_TOTAL_ITEM
            line_parent = parent if hint == "subtotal" else None
        elif nested:
            hint, line_parent = "component", parent
        elif seq is not None:
            hint, line_parent, parent = "component", None, label
        else:
            hint, line_parent = None, None
        out.append(RawBudgetLine(
            label=label, amount_text=figures.get("amount"), item_hint=hint, parent_label=line_parent,
            initial_text=figures.get("initial"), actual_text=figures.get("actual"), rate_text=figures.get("rate"),
            unit_multiplier=unit, unit_evidence=evidence, page=line.page, source_text=line.source_text.strip()))
    return out


def _figures(numbers: list[str], roles: tuple[str, ...]) -> dict[str, str]:
    """A row's figures by column: a rate (a percent) to the rate column, the amounts to the other
    number columns in order."""
    rate = next((n for n in numbers if parse_percent(n) is not None), None)
    amounts = [n for n in numbers if parse_percent(n) is None]
    out = dict(zip([r for r in roles if r != "rate"], amounts))
    if rate is not None:
        out["rate"] = rate
    return out


def _infer_table_unit(figures: list[str], prose: str) -> tuple[int | None, str | None]:
    """A table whose header states no unit: its amounts are in 万元 when the narrative writes the
    same figures with 万元 (``预算金额为 359.36万元``)."""
    for figure in sorted(figures, key=lambda f: -float(parse_decimal(f) or 0)):
        value = float32_typed_text(figure.replace(",", ""))       # 362.4200134277344 is 362.42
        zeros = r"0*" if "." in value else r"(?:\.0+)?"          # 440.8 is the narrative's 440.80
        m = re.search(rf"(?<![\d.]){re.escape(value)}{zeros}\s*({alternation(MONEY_UNITS)})", prose)
        if m:
            return MONEY_UNITS[m.group(1)], f"the narrative writes {value}{m.group(1)}"
    return None, None


# -- year targets --------------------------------------------------------------------------------

def _report_targets(lines: list[Line]) -> list[RawIndicator]:
    out: list[RawIndicator] = []
    group: str | None = None
    for text, line in target_list_pieces(lines):
        if is_page_footer(text):
            continue
        if is_target_group(text):
            group = _SECTION.sub("", text).strip()
            continue
        if _SECTION.match(text):
            break
        m = re.match(REPORT_TARGET_ITEM_PATTERN, text)
        if not m:
            if out and (wrapped := _wrapped_target(out[-1], text)) is not None:
                out[-1] = wrapped          # the item's value wrapped onto the next line
                continue
            if out:
                break
            continue
        name, target = split_name_and_target(m.group(1))
        out.append(RawIndicator("report_targets", group, None, name, target, page=line.page,
                                source_text=line.source_text.strip()))
    return out


def _wrapped_target(item: RawIndicator, text: str) -> RawIndicator | None:
    """A list item without a value and the line after it that holds only that value
    (``（1）质量验收通过率`` / ``100%；``): the item with its value; None when the line is no value of it."""
    if item.target_text is not None or item.level3 is None:
        return None
    name, target = split_name_and_target(f"{item.level3} {text}")
    if target is None or name != item.level3:
        return None
    return replace(item, target_text=target, source_text=f"{item.source_text} {text}")


# -- scoring tables ------------------------------------------------------------------------------

def _is_number(token: str) -> bool:
    return bool(_NUMBER.match(token))


def _weight_text(token: str) -> str:
    return token.rstrip("%")


def _sentence_dimensions(prose: str, total: str | None) -> list[RawScore]:
    """The dimensions' scores a report gives in one sentence (``项目决策得分17.0分（满分20分），项目
    过程得分18.5分（满分20分）…``), kept only when the form proves them: full marks add up to 100 and,
    with the total stated, the scores add up to it (then the total is the level-0 row, named as
    the sentence names it: 综合得分)."""
    found = list(re.finditer(DIMENSION_SCORE_SENTENCE_PATTERN, prose))
    if len(found) < 2:
        return []
    weights = [float(m.group("weight")) for m in found]
    scores = [float(m.group("score")) for m in found]
    if abs(sum(weights) - 100) > 0.01 or any(s > w for s, w in zip(scores, weights)):
        return []
    out = [RawScore(1, None, m.group("name"), None, None, m.group("weight"), None, m.group("score"),
                    None, m.group(0)) for m in found]
    if total is not None and abs(sum(scores) - float(total)) < 0.01:
        at = {p: prose.find(p) for p in TOTAL_SCORE_PHRASES if p in prose}
        name = min(at, key=at.get) if at else TOTAL_SCORE_PHRASES[0]
        out.insert(0, RawScore(0, None, name, None, None, "100", None, total, None, name))
    return out


def _score_rows(lines: list[Line], dimensions: list[str]) -> list[RawScore]:
    """Rows of the detail tables (表3-1 …): ``A1 项目立项 6 6`` (level 2), ``A11 名称 2 适应 2``
    (level 3), and unweighted sub-headings (产出数量) that group the rows under them."""
    out: list[RawScore] = []
    in_table = False
    group: str | None = None
    for line in lines:
        text = line.text.replace("\t", " ").strip()
        tokens = line_tokens(line)
        if not tokens:
            continue
        folded = {fold_key(t) for t in tokens}
        if folded & set(SCORE_WEIGHT_WORDS) and folded & (set(SCORE_ACTUAL_WORDS) | set(REPORT_SCORE_COLUMN_WORDS["score"])):
            in_table, group = True, None
            continue
        if not in_table:
            continue
        if tokens[0] in SCORE_TOTAL_WORDS:
            in_table = False
            continue
        m = _CODE_ROW.match(text)
        if not m:
            if len(tokens) == 1 and not re.search(r"\d", tokens[0]) and len(tokens[0]) <= 12:
                group = clean_text(tokens[0])
            continue
        code = m.group("code")
        rest = [t for t in re.split(r"\s+", m.group("rest")) if t]
        level = 2 if len(code) == 2 else 3
        score = rest.pop() if rest and _is_number(rest[-1]) else None
        actual = None
        if level == 3 and len(rest) >= 3 or (level == 3 and len(rest) >= 2 and _is_number(rest[-2])):
            actual = rest.pop()
        weight = rest.pop() if rest and _is_number(rest[-1]) else None
        name = clean_text(" ".join(rest)) or ""
        if level == 2:
            group = None
            letter = ord(code[0]) - ord("A")
            parent = dimensions[letter] if 0 <= letter < len(dimensions) else None
        else:
            parent = code[:2]
        out.append(RawScore(level, code, name, parent, group if level == 3 else None,
                            _weight_text(weight) if weight else None, actual, score, line.page,
                            line.source_text.strip()))
    return out


def parse_evaluation_report(source: FormSource) -> RawForm:
    """A report's prose and embedded tables (title line included) → RawForm."""
    lines = ([source.title] if source.title is not None else []) + source.body
    form_index = source.index
    prose = _prose(lines)
    project, year = project_and_year(prose, lines)
    evaluator, commissioned_by = evaluator_and_client(prose, lines)
    total, grade = total_score_and_grade(prose)
    form = RawForm(form_index=form_index, doc_kind="evaluation_report", title=project,
                   fiscal_year_text=f"{year}{YEAR_WORD}" if year else None)
    department = labelled(prose, lines, REPORT_DEPARTMENT_LABELS)
    unit = reporting_unit(prose, lines)
    values = {"project_name": project, "year": year, "department": department, "reporting_unit": unit,
              "evaluator": evaluator, "commissioned_by": commissioned_by, "total_score": total, "grade": grade}
    for name, value in values.items():
        if value is not None:
            key = name if name in _FORM_FIELD_KEYS else None
            form.fields.append(RawField(REPORT_FIELD_LABELS[name], value, key))
    form.budget_lines = _budget_table(lines, prose)
    form.indicators = _report_targets(lines)
    dimensions = dimension_table(lines) or _sentence_dimensions(prose, total)
    form.scores = dimensions + _score_rows(lines, [s.name for s in dimensions if s.level == 1])
    if total is None:
        total = next((s.score_text for s in dimensions if s.level == 0), None)
    form.evaluation = RawEvaluation(evaluator, commissioned_by, total, grade)
    return form
