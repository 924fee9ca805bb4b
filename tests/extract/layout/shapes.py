"""Render a document's own blocks in another text shape (same content), for shape-invariance tests.

A sample is read through ``read_document``; its tables (the reader's grid) and paragraphs are
written back out as a converter of that shape would have: tab rows, pipe rows, one cell per line
ending in ``|``, one cell per paragraph, ``pdftotext -layout`` columns padded to display width.
"""

from __future__ import annotations

import unicodedata
from typing import Callable

from jixiao.extract.document import Document, Paragraph, Table
from jixiao.extract.layout.rows import grid_from_table


def _table_rows(table: Table) -> list[list[str]]:
    grid = grid_from_table(table)
    return [[(c or "").replace("\t", " ").replace("\n", " ").strip() for c in row] for row in grid.rows]


def _render(document: Document, table: Callable[[list[list[str]]], list[str]],
            paragraph: Callable[[str], list[str]]) -> str:
    out: list[str] = []
    for block in document.blocks:
        if isinstance(block, Paragraph):
            out.extend(paragraph(block.text))
        else:
            out.extend(table(_table_rows(block)))
    return "\n".join(out) + "\n"


def tab_rows(document: Document) -> str:
    return _render(document, lambda rows: ["\t".join(r) for r in rows], lambda t: [t])


def pipe_rows(document: Document) -> str:
    return _render(document, lambda rows: ["| " + " | ".join(r) + " |" for r in rows], lambda t: [t])


def bar_ended_cells(document: Document) -> str:
    """One cell per line ending in `` |`` (an HTML table flattened; a bare ``|`` is an empty cell)."""
    return _render(document, lambda rows: [f"{c} |" if c else "|" for r in rows for c in r],
                   lambda t: [f"{t} |"] if t.strip() else [])


def cell_per_paragraph(document: Document) -> str:
    """One paragraph per cell, an empty cell written as a line holding one blank."""
    return _render(document, lambda rows: [x for r in rows for c in r for x in ((c or " "), "")],
                   lambda t: [t, ""] if t.strip() else [])


def display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def layout_columns(document: Document) -> str:
    """``pdftotext -layout``: each column padded to its widest cell, two blanks between columns."""
    def table(rows: list[list[str]]) -> list[str]:
        widths = [max((display_width(r[k]) for r in rows if k < len(r)), default=0)
                  for k in range(max(len(r) for r in rows))]
        lines = []
        for r in rows:
            parts = [c + " " * (widths[k] - display_width(c)) for k, c in enumerate(r)]
            lines.append("  ".join(parts).rstrip())
        return lines
    return _render(document, table, lambda t: [t])


SHAPES: dict[str, Callable[[Document], str]] = {
    "tab": tab_rows,
    "pipe": pipe_rows,
    "bar_cells": bar_ended_cells,
    "paragraph_cells": cell_per_paragraph,
    "layout": layout_columns,
}
