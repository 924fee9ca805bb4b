"""What every family builder is made of: the form record in the expectation format, budget
lines and score rows, who fills the form in, junk before it, its title, indicator rows with merged
一级/二级 cells, and a page cut off early."""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from typing import Any, Callable

from jixiao.extract.document import Paragraph

from tests.formgen.grid import GridBlock, GridTable, is_covered
from tests.formgen.spec import (AGENCIES, JUNK, PAGE_FOOTER_LINES, PAGE_HEADERS, PAGE_NUMBER_STYLES, PERSONS,
                               PLACES, PROJECTS, SEAL_LINES, SIGNATURE_LINES, UNITS_OF, Indicator)

FORM_FIELDS = ("fiscal_year", "project_name", "reporting_unit", "department", "project_type",
               "project_class", "performance_type", "fund_use", "includes_procurement",
               "start_date", "end_date")


@dataclass(frozen=True)
class PagePrint:
    """How the DOCX is printed: a page number in its footer (``第 {PAGE} 页``), sometimes a running
    header (the title, ``单位：万元``), and room left before its longest table (points) so the table
    runs onto page 2 — the footer and header then stand inside its text. ``header_rows``: that
    table's first rows (its title rows and column header) are repeated at the top of page 2 (Word's
    标题行重复, ``w:tblHeader``)."""
    footer: str
    header: str | None = None
    room_before_table: float = 0.0
    header_rows: int = 0
    #: the cells above the indicator table printed one a line (``office.head_cells_as_lines``).
    head_cells_as_lines: bool = False
    #: every table row typed as one line of text, its cells joined by blanks (``office.rows_as_lines``:
    #: a web page's text of a form printed again, the 正定 page).
    rows_as_lines: bool = False
    #: with ``rows_as_lines``: a first-column label merged down over several rows (一级, 项目资金) is
    #: printed on lines of its own before its rows, this many characters a line, its bracketed tail
    #: ``(50分)`` on a line of its own (a narrow column: 产 / 出 / 指 / 标 / (50分)); 0 prints it in its
    #: first row.
    label_column_chars: int = 0
    #: with ``rows_as_lines``: a second-column label merged down over several rows (二级) longer than
    #: this many characters is printed the same way, on lines of its own this wide (经济效益 / 指标);
    #: 0 prints it in its row.
    second_label_chars: int = 0
    #: the whole form printed as one paragraph, its cells run together with no separator
    #: (``shapes.render_glued``: a converter's F8 text of a form printed again, the 鄂州 T-HB form);
    #: the page wraps it at its width, mid-word, and the PDF's text gives it back a page line at a time.
    glued_run: bool = False


@dataclass
class GeneratedForm:
    family: str
    blocks: list[GridBlock]
    truth: dict[str, Any]                      # the .expected.json content
    page: PagePrint | None = None              # None: printed with no page furniture


def form_record(index: int, **fields: Any) -> dict[str, Any]:
    form = {"form_index": index, **{f: None for f in FORM_FIELDS}, "budget_lines": [],
            "indicators": [], "scores": [], "evaluation": None}
    form.update(fields)
    return form


def budget_line(item: str, label: str, amount: str | None, parent: str | None = None,
          initial: str | None = None, actual: str | None = None, rate: float | None = None) -> dict:
    return {"item": item, "label": label, "parent_label": parent, "amount_yuan": amount,
            "initial_yuan": initial, "actual_yuan": actual, "execution_rate": rate}


def score_row(level: int, name: str, weight: float | None, score: float | None,
           parent: str | None = None, actual_raw: str | None = None,
           actual_value: float | None = None) -> dict:
    return {"level": level, "code": None, "name": name, "parent_code": parent, "group": None,
            "weight": weight, "actual_raw": actual_raw, "actual_value": actual_value, "score": score}


def who(rng: random.Random) -> tuple[str, str, str]:
    place, agency = rng.choice(PLACES), rng.choice(AGENCIES)
    return f"{place}{agency}", f"{place}{UNITS_OF[agency]}", rng.choice(PROJECTS)


def junk_before(rng: random.Random, title: str, year: int, department: str) -> list[GridBlock]:
    """WPS document-property junk and web-page chrome before a form, sometimes."""
    if rng.random() < 0.6:
        return []
    lines = rng.sample(JUNK, rng.randint(1, 2))
    return [Paragraph(j.format(title=title, year=year, department=department, n=rng.randint(1, 4)))
            for j in lines]


def side_rng(rng: random.Random, purpose: str) -> random.Random:
    """A stream of its own for draws added after a family was written: the family's own draws
    (and so every existing seed's form) stay as they were; seeded by the family stream's state."""
    return random.Random(f"{purpose}:{rng.getstate()[1][:8]}")


def lines_after(rng: random.Random, year: int, department: str) -> list[GridBlock]:
    """Signature/contact lines and a web page's footer after a form, sometimes (none is part of
    the form: the parser must not read them as indicator rows)."""
    pool = [line for line in SIGNATURE_LINES if rng.random() < 0.5] if rng.random() < 0.5 else []
    if rng.random() < 0.3:
        pool += rng.sample(PAGE_FOOTER_LINES, rng.randint(1, 2))
    person, person2 = rng.sample(PERSONS, 2)
    fill = {"person": person, "person2": person2, "phone": f"0{rng.randint(100, 999)}-{rng.randint(1000000, 9999999)}",
            "year": year, "month": rng.randint(1, 12), "day": rng.randint(1, 28), "department": department}
    return [Paragraph(line.format(**fill)) for line in pool]


#: Shares of printed forms with a page footer, with a running header, and pushed onto page 2.
PAGE_FOOTER_SHARE, PAGE_HEADER_SHARE, PAGE_BREAK_SHARE = 0.5, 0.5, 0.6
#: Where a pushed table starts, as a share of the page's text height (Word's A4: 698pt, landscape 451pt).
PUSHED_TABLE_START = (0.55, 0.9)
#: Share of pushed tables opening with a column header whose header rows are repeated on page 2
#: (side stream 'page header rows').
REPEATED_HEADER_SHARE = 0.5


def column_header_rows(table: GridTable) -> int:
    """How many rows open the table down to its column header (title rows of one cell above a row
    of three or more labels with no digit); 0 when it opens with anything else (项目名称 …)."""
    for r, row in enumerate(table.slots[:3]):
        filled = [s for s in row if not is_covered(s) and s.strip()]
        if len(filled) >= 3 and not any(ch.isdigit() for s in filled for ch in s):
            return r + 1 + max((rs - 1 for r0, _, rs, _ in table.spans if r0 == r), default=0)
        if len(filled) > 1:
            return 0
    return 0


#: Share of printed forms whose head cells (项目名称 …, the money block, 年度总体目标) print one a line above
#: the indicator table: pdfplumber's text of a form whose head cells sit at different heights.
HEAD_CELL_LINES_SHARE = 0.3


def page_print(rng: random.Random, blocks: list[GridBlock]) -> PagePrint | None:
    """The page furniture a printed form carries, sometimes (drawn on the form's own page stream;
    the head printed a cell a line on a stream of its own)."""
    head_lines = side_rng(rng, "head cells as lines").random() < HEAD_CELL_LINES_SHARE
    page = _page_furniture(rng, blocks)
    if not head_lines:
        return page
    return replace(page, head_cells_as_lines=True) if page else PagePrint("", head_cells_as_lines=True)


def _page_furniture(rng: random.Random, blocks: list[GridBlock]) -> PagePrint | None:
    if rng.random() >= PAGE_FOOTER_SHARE:
        return None
    footer = rng.choice(PAGE_NUMBER_STYLES)
    title = next((b.text for b in blocks if isinstance(b, Paragraph) and "绩效" in b.text), "单位：万元")
    header = rng.choice(PAGE_HEADERS).format(title=title) if rng.random() < PAGE_HEADER_SHARE else None
    widest = max((b.width for b in blocks if isinstance(b, GridTable)), default=0)
    height = 451 if widest >= 9 else 698
    room = height * rng.uniform(*PUSHED_TABLE_START) if rng.random() < PAGE_BREAK_SHARE else 0.0
    longest = max((b for b in blocks if isinstance(b, GridTable)), key=lambda b: len(b.slots), default=None)
    repeated = 0
    if room and longest is not None and side_rng(rng, "page header rows").random() < REPEATED_HEADER_SHARE:
        repeated = column_header_rows(longest)
    return PagePrint(footer, header, round(room), repeated)


#: Share of forms with 填报单位（盖章）/单位负责人 signature lines after their tables (on their own stream, so
#: no other draw moves). Was 0 while the text shapes' readers took them for rows; on since the seal
#: mark (（盖章）, （签字）) ends a table (dev seeds 0-19, 14 families x 7 shapes: T-old and results
#: table 0.97/0.94 -> 1.00; one results table's PDF, re-laid out with its cells centred, -layout 1.00 -> 0.61).
SEAL_LINE_SHARE = 0.3


def seal_lines(rng: random.Random, unit: str | None) -> list[GridBlock]:
    """The printed form's signature line(s): 填报单位（盖章）：…    填报人：…    联系电话：…, sometimes."""
    if rng.random() >= SEAL_LINE_SHARE:
        return []
    person, person2 = rng.sample(PERSONS, 2)
    phone = f"0{rng.randint(100, 999)}-{rng.randint(1000000, 9999999)}"
    lines = rng.sample(SEAL_LINES, rng.randint(1, 2))
    return [Paragraph(line.format(unit=unit or "", person=person, person2=person2, phone=phone)) for line in lines]


def title_blocks(rng: random.Random, spellings: list[str], year: int) -> list[GridBlock]:
    """The form title: one of its spellings, the year in it or on its own line, sometimes wrapped."""
    title = rng.choice(spellings)
    if rng.random() < 0.5:
        blocks: list[GridBlock] = [Paragraph(title), Paragraph(f"({year}年度)")]
    else:
        blocks = [Paragraph(f"{year}年度{title}")]
    if rng.random() < 0.2 and len(blocks[0].text) > 8:                 # wrapped over two lines
        text = blocks[0].text
        blocks[0:1] = [Paragraph(text[:len(text) // 2]), Paragraph(text[len(text) // 2:])]
    return blocks


def runs_of(indicators: list[Indicator], key: Callable[[Indicator], str]) -> list[list[Indicator]]:
    groups: list[list[Indicator]] = []
    for ind in indicators:
        if groups and key(groups[-1][0]) == key(ind):
            groups[-1].append(ind)
        else:
            groups.append([ind])
    return groups


#: the template's row that closes each 二级 group's placeholder slots (``……``).
SLOT_ELLIPSIS = "……"


def _slot_names(g2: list[Indicator], empty_slots: random.Random | None) -> list[str | None]:
    """The 三级 cells of one 二级 group: its indicators (None) and, when the template's empty slots are
    kept (``empty_slots``), an unfilled ``指标n:`` slot sometimes and the closing ``……`` row."""
    names: list[str | None] = [None] * len(g2)
    if empty_slots is None:
        return names
    if empty_slots.random() < 0.6:
        names.append(f"指标{len(g2) + 1}:")
    return names + [SLOT_ELLIPSIS]


def indicator_rows(indicators: list[Indicator], level1_label: Callable[[str], str],
                    level2_label: Callable[[str], str], cells: Callable[[Indicator], list[str]],
                    placeholders: bool = False, empty_slots: random.Random | None = None) -> list[list]:
    """Rows with merged 一级 and 二级 cells (a continuation row lists only the cells after them).
    ``empty_slots``: the template's unfilled slots kept (``指标2:`` with nothing after it, ``……``
    closing each 二级 group: the 正定 and 天长 samples), drawn from that stream."""
    rows: list[list] = []
    for g1 in runs_of(indicators, lambda i: i.level1):
        groups = [(g2, _slot_names(g2, empty_slots)) for g2 in runs_of(g1, lambda i: i.level2)]
        first1 = True
        for g2, slots in groups:
            width = 0
            for k, slot in enumerate(slots):
                ind = g2[k] if k < len(g2) else None
                if ind is None:                 # a slot row: as many blank cells as the filled rows
                    name, tail = slot or "", [""] * width
                else:
                    name, tail = (f"指标{k + 1}:{ind.name}" if placeholders else ind.name), cells(ind)
                    width = len(tail)
                row: list = []
                if first1:
                    row.append((level1_label(g2[0].level1), sum(len(s) for _, s in groups), 1))
                    first1 = False
                if k == 0:
                    row.append((level2_label(g2[0].level2), len(slots), 1))
                rows.append(row + [name] + tail)
    return rows


def cut_off(rng: random.Random, form: dict, rows: list, n_indicator_rows: int) -> tuple[list, bool]:
    """Sometimes the stored page ends early: the last rows are lost, the last kept indicator row
    is marked lenient, the total (after the table) is gone."""
    if rng.random() >= 0.12 or n_indicator_rows < 4:
        return rows, False
    lost = rng.randint(1, 2)
    form["indicators"] = form["indicators"][:-lost]
    form["indicators"][-1]["lenient"] = True
    names = {i["level3"] for i in form["indicators"]}
    form["scores"] = [s for s in form["scores"] if s["level"] != 3 or s["name"] in names]
    return rows[:-lost], True
