"""An evaluation report's parts outside its detail tables: the fields its prose and cover state
(the evaluated project and year, evaluator and commissioning body, department and unit) and its
summary of the level-1 dimensions (a transposed 表3 or a table of one row per dimension).

``extract/forms/evaluation_report.py`` puts them together with the budget table, the target list
and the coded detail tables.
"""

from __future__ import annotations

from collections import Counter

import regex as re

from jixiao.extract.document import Line
from jixiao.extract.layout.columns import line_tokens
from jixiao.extract.records import RawScore
from jixiao.normalize.text import alternation, clean_text, fold_key, is_page_footer
from jixiao.normalize.vocabulary import (
    FISCAL_YEAR_PATTERN, NON_REGION_ENDINGS, REGION_SUFFIXES, REPORT_COMMISSION_PATTERN, REPORT_COVER_LABELS,
    REPORT_IMPLEMENTER_PATTERN, REPORT_LABELLED_VALUE_PATTERN, REPORT_LIST_ITEM_CUT_PATTERN, REPORT_PROJECT_QUOTE_PATTERN,
    REPORT_SAID_VALUE_PATTERN,
    REPORT_GROUP_HEADING_CUT_PATTERN, REPORT_TARGET_GROUPS, REPORT_TARGETS_HEADINGS, REPORT_TARGETS_INTRO_WORDS, SECTION_HEADING_PATTERN,
    REPORT_TITLE_LEAD_PATTERN, REPORT_TITLE_PROJECT_PATTERN, REPORT_UNIT_LABELS, SCORE_DEDUCTION_WORDS, SCORE_SUMMARY_ROW_LABELS, SCORE_TOTAL_WORDS,
    SCORE_WEIGHT_WORDS, YEAR_PREFIX_PATTERN,
)

_HAN = r"\p{Han}"
_COMMISSION = re.compile(REPORT_COMMISSION_PATTERN)
_TITLE_LEAD = re.compile(REPORT_TITLE_LEAD_PATTERN)
_IMPLEMENTER = re.compile(REPORT_IMPLEMENTER_PATTERN)
_PROJECT_QUOTE = re.compile(REPORT_PROJECT_QUOTE_PATTERN)
_TITLE_PROJECT = re.compile(REPORT_TITLE_PROJECT_PATTERN)
_FISCAL_YEAR = re.compile(FISCAL_YEAR_PATTERN)
_YEAR_PREFIX = re.compile(YEAR_PREFIX_PATTERN)
#: One place in a chain (山东省青岛市, 马踏镇): two to eight Han characters and a place's last word.
_REGION_UNIT = re.compile(rf"[{_HAN}]{{2,8}}?(?:{alternation(REGION_SUFFIXES)})")
#: What must stay of a quoted name once its place and year prefix are gone.
_MIN_NAME_LENGTH = 2
_NUMBER = re.compile(r"^[-+]?\d+(?:\.\d+)?%*$")
_LIST_ITEM_CUT = re.compile(REPORT_LIST_ITEM_CUT_PATTERN)
#: A cover label: where the value of the label before it ends when a run lost the line break.
_COVER_LABEL = re.compile(alternation(tuple(w for words in REPORT_COVER_LABELS.values() for w in words)))
#: A heading over the target list, alone or with the first items run on after it (``年度绩效目标：1.…``).
_TARGETS_HEADING_START = re.compile(rf"(?:{alternation(REPORT_TARGETS_HEADINGS)})\s*[:：]\s*(?=$|\d{{1,2}}[.．、](?!\d)|[（(]\d)")
_TARGET_GROUPS = frozenset(fold_key(w) for w in REPORT_TARGET_GROUPS)
_SECTION_NUMBER = re.compile(SECTION_HEADING_PATTERN)
#: A target group's heading at a text's start, alone or with the group's items run on after it.
_GROUP_HEAD = re.compile(rf"(?:{SECTION_HEADING_PATTERN.lstrip('^')})?\s*(?:{alternation(REPORT_TARGET_GROUPS)})"
                         r"\s*[:：]?\s*(?=$|\d{1,2}[.．、](?!\d)|[（(]\d{1,2}[)）])")
_GROUP_HEADING_CUT = re.compile(REPORT_GROUP_HEADING_CUT_PATTERN)
_DEDUCTION_WORDS = frozenset(fold_key(w) for w in SCORE_DEDUCTION_WORDS)
_BARE_ITEM_NUMBER = re.compile(r"^(?:\d{1,2}[.．、]|[（(]\d{1,2}[)）])$")


# -- the target list -----------------------------------------------------------------------------

def target_list_pieces(lines: list[Line]) -> list[tuple[str, Line]]:
    """The texts after a report's target-list intro (``绩效目标如下：``), each with its line: items run
    together on a line (a glued run: ``如下：1.…；2.…``) cut at their numbers, and an item number
    standing alone (``1.`` split from its text at a blank) joined to the text after it."""
    start = next((i for i, l in enumerate(lines) if any(w in fold_key(l.text) for w in REPORT_TARGETS_INTRO_WORDS)
                  or _opens_target_list(l)), None)
    if start is None:                    # no intro: the list starts at its first group's heading
        start = next((i for i, l in enumerate(lines) if _GROUP_HEAD.match(_line_text(l))), None)
        if start is None:
            return []
    out: list[tuple[str, Line]] = []
    for k, line in enumerate(lines[start:]):
        text = _line_text(line)
        if k == 0 and not _GROUP_HEAD.match(text):
            text = re.split(alternation(REPORT_TARGETS_INTRO_WORDS + REPORT_TARGETS_HEADINGS), text,
                            maxsplit=1)[-1].lstrip("：:")
        for piece in (p.strip() for part in _GROUP_HEADING_CUT.split(text) for head_and_rest in _group_head_cut(part)
                      for p in _LIST_ITEM_CUT.split(head_and_rest)):
            if piece and out and _BARE_ITEM_NUMBER.match(out[-1][0]):
                out[-1] = (out[-1][0] + piece, out[-1][1])
            elif piece:
                out.append((piece, line))
    return out


def _opens_target_list(line: Line) -> bool:
    """The line is a heading over the target list, perhaps with its first items (``年度绩效目标：``,
    ``年度绩效目标：1.…``; a row of one cell, as a sheet keeps a paragraph): not a scoring tree's
    sub-heading 绩效目标, which has no colon."""
    tokens = line_tokens(line)
    text = _line_text(line) if not line.is_row else tokens[0] if len(tokens) == 1 else ""
    return bool(_TARGETS_HEADING_START.match(text))


def _line_text(line: Line) -> str:
    return clean_text(line.text.replace("\t", " ")) or ""


def _group_head_cut(text: str) -> list[str]:
    """A group's heading and the items run on after it (``（一）产出目标1.…``), apart."""
    m = _GROUP_HEAD.match(text)
    return [text[:m.end()].strip(), text[m.end():]] if m and m.end() < len(text) else [text]


def is_target_group(text: str) -> bool:
    """The line is a heading of a group of year targets (产出目标, ``（一）产出目标``)."""
    return fold_key(_SECTION_NUMBER.sub("", text.strip())) in _TARGET_GROUPS


# -- prose and cover fields ----------------------------------------------------------------------

def evaluator_and_client(prose: str, lines: list[Line]) -> tuple[str | None, str | None]:
    """Who evaluated and who commissioned it: ``XX事务所受XX局委托`` in the prose, else the cover's
    labelled lines (评价机构：… / 委托单位：…). A line of its own first: joined, a title line before the
    sentence would run into the evaluator's name."""
    for text in [line.text for line in lines] + [prose]:
        if m := _COMMISSION.search(text):
            return clean_text(_TITLE_LEAD.sub("", m.group("evaluator"))), clean_text(m.group("client"))
    return labelled(prose, lines, REPORT_COVER_LABELS["evaluator"]), labelled(prose, lines, REPORT_COVER_LABELS["client"])


def _without_region_and_year(quoted: str) -> tuple[str, str | None]:
    """A quoted project name without the place and year a report writes before it
    (“马踏镇2023年度乡村振兴衔接资金” → 乡村振兴衔接资金, 2023); a prefix ending in a word that is no
    place (城区道路…, 城镇污水…) stays part of the name."""
    rest, year = quoted, None
    if m := _YEAR_PREFIX.match(rest):
        rest, year = rest[m.end():], m.group("year")
    while (m := _REGION_UNIT.match(rest)) and not m.group().endswith(NON_REGION_ENDINGS) \
            and len(rest) - m.end() >= _MIN_NAME_LENGTH:
        rest = rest[m.end():].lstrip()
    if year is None and (m := _YEAR_PREFIX.match(rest)) and len(rest) - m.end() >= _MIN_NAME_LENGTH:
        rest, year = rest[m.end():], m.group("year")
    return rest, year


def project_and_year(prose: str, lines: list[Line]) -> tuple[str | None, str | None]:
    """The evaluated project: the name quoted before 项目 (“消费者维权管理专项”项目), else the name its
    title line gives (2023年度XX项目绩效评价报告), region and year prefix removed; the year from that
    name or the most frequent ``YYYY年度``."""
    names: Counter[str] = Counter()
    years: Counter[str] = Counter()
    quoted = [m.group("name") for m in _PROJECT_QUOTE.finditer(prose)]
    titled = [m.group("name") for line in lines if (m := _TITLE_PROJECT.match(line.text.strip()))][:1]
    for raw in quoted or titled:
        name, quoted_year = _without_region_and_year(clean_text(raw) or "")
        if quoted_year:
            years[quoted_year] += 2
        if name:
            names[name] += 1
    for m in _FISCAL_YEAR.finditer(prose):
        years[m.group("year")] += 1
    name = names.most_common(1)[0][0] if names else None
    year = years.most_common(1)[0][0] if years else None
    return name, year


def labelled(prose: str, lines: list[Line], labels: tuple[str, ...]) -> str | None:
    """The value after a label (``主管部门：XX局``): on the label's own line first (a heading after
    it is no part of it), else in the prose, up to the next cover label (a run without line breaks);
    only where no label states it, the value a sentence gives (``主管部门为XX局``)."""
    for value_pattern in (REPORT_LABELLED_VALUE_PATTERN, REPORT_SAID_VALUE_PATTERN):
        pattern = re.compile(rf"(?:{alternation(labels)}){value_pattern}")
        for text in [line.text for line in lines] + [prose]:
            if m := pattern.search(text):
                return clean_text(_COVER_LABEL.split(m.group("value"))[0])
    return None


def reporting_unit(prose: str, lines: list[Line]) -> str | None:
    if m := _IMPLEMENTER.search(prose):
        return clean_text(m.group("unit"))
    return labelled(prose, lines, REPORT_UNIT_LABELS)


# -- the level-1 summary ---------------------------------------------------------------------------

def _weight_text(token: str) -> str:
    return token.rstrip("%")


def dimension_table(lines: list[Line]) -> list[RawScore]:
    """表3: a transposed table — 指标 | dim1 | dim2 | … | 合计, then 权重 and 得分 rows."""
    for i, line in enumerate(lines):
        tokens = line_tokens(line)
        if len(tokens) < 3 or tokens[0] not in SCORE_SUMMARY_ROW_LABELS["dimension"]:
            continue
        rows: dict[str, list[str]] = {}
        for follow in lines[i + 1:i + 6]:
            t = line_tokens(follow)
            if t and len(t) == len(tokens):
                row = next((k for k in ("weight", "score") if t[0] in SCORE_SUMMARY_ROW_LABELS[k]), None)
                if row is not None:
                    rows[row] = t[1:]
        if "weight" not in rows:
            return _dimension_rows(lines, i, tokens)
        out: list[RawScore] = []
        names = tokens[1:]
        for n, name in enumerate(names):
            level = 0 if name in SCORE_TOTAL_WORDS else 1
            out.append(RawScore(level, None, name, None, None, _weight_text(rows["weight"][n]), None,
                                rows.get("score", [None] * len(names))[n], line.page, line.source_text.strip()))
        return sorted(out, key=lambda s: s.level)
    return []


def _dimension_rows(lines: list[Line], header_at: int, header: list[str]) -> list[RawScore]:
    """表2 one row per dimension: 评价指标 | 分值 | 得分 (| 扣分原因), then ``决策 | 20 | 18.5`` rows down
    to the 合计 row (level 0). Kept only when the rows' full marks add up to the total's (or to 100)."""
    with_reasons = len(header) == 4 and fold_key(header[3]) in _DEDUCTION_WORDS
    if len(header) != 3 and not with_reasons:
        return []
    weight_words = {fold_key(w) for w in SCORE_WEIGHT_WORDS}
    score_words = {fold_key(w) for w in SCORE_SUMMARY_ROW_LABELS["score"]} - weight_words
    folded = [fold_key(t) for t in header[1:]]
    if not (folded[0] in weight_words and folded[1] in score_words):
        return []
    out: list[RawScore] = []
    for line in lines[header_at + 1:]:
        tokens = line_tokens(line)
        if tokens == header or not tokens or is_page_footer(line.text):
            continue                     # the table goes on on the next page, its head again
        if with_reasons and out and len(tokens) == 1 and not _NUMBER.match(tokens[0]):
            continue                     # the end of a wrapped 扣分原因
        if not (len(tokens) == 3 or with_reasons and len(tokens) > 3) \
                or not (_NUMBER.match(tokens[1]) and _NUMBER.match(tokens[2])):
            break
        level = 0 if tokens[0] in SCORE_TOTAL_WORDS else 1
        out.append(RawScore(level, None, tokens[0], None, None, _weight_text(tokens[1]), None, tokens[2],
                            line.page, line.source_text.strip()))
        if level == 0:
            break
    weights = [float(_weight_text(s.weight_text or "0")) for s in out if s.level == 1]
    full = next((float(_weight_text(s.weight_text or "0")) for s in out if s.level == 0), 100.0)
    if len(weights) < 2 or abs(sum(weights) - full) > 0.01:
        return []
    return sorted(out, key=lambda s: s.level)
