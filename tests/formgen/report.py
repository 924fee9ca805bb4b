"""Print and serialise a family × shape table of F1 (shared by the shape matrix and the
held-out measure)."""

from __future__ import annotations

from typing import Any

from jixiao.pipelines.accuracy import Counts
from rich.console import Console
from rich.table import Table as RichTable

from tests.formgen.scoring import Outcome


def cross_table(outcomes: list[Outcome], row_of, col_of) -> dict[str, dict[str, Counts]]:
    table: dict[str, dict[str, Counts]] = {}
    for o in outcomes:
        table.setdefault(row_of(o), {}).setdefault(col_of(o), Counts()).add(o.overall)
    return table


def totals(outcomes: list[Outcome], key_of) -> dict[str, Counts]:
    out: dict[str, Counts] = {}
    for o in outcomes:
        out.setdefault(key_of(o), Counts()).add(o.overall)
    return out


def overall(outcomes: list[Outcome]) -> Counts:
    total = Counts()
    for o in outcomes:
        total.add(o.overall)
    return total


def _fmt(c: Counts | None) -> str:
    return "–" if c is None or (c.tp + c.fp + c.fn) == 0 else f"{c.f1:.2f}"


def print_cross(title: str, table: dict[str, dict[str, Counts]], columns: list[str],
                row_totals: dict[str, Counts], col_totals: dict[str, Counts], grand: Counts,
                console: Console | None = None) -> None:
    console = console or Console(width=max(120, 14 + 9 * (len(columns) + 1)))
    rt = RichTable(title=title, show_lines=False)
    rt.add_column("family", no_wrap=True)
    for col in columns:
        rt.add_column(col.replace("_", " "), justify="right")
    rt.add_column("all", justify="right", style="bold")
    for row in sorted(table):
        rt.add_row(row, *[_fmt(table[row].get(c)) for c in columns], _fmt(row_totals.get(row)))
    rt.add_row("all", *[_fmt(col_totals.get(c)) for c in columns], _fmt(grand), style="bold")
    console.print(rt)


def cross_json(table: dict[str, dict[str, Counts]]) -> dict[str, dict[str, dict[str, Any]]]:
    return {row: {col: counts_json(c) for col, c in cols.items()} for row, cols in table.items()}


def counts_json(c: Counts) -> dict[str, Any]:
    return {"f1": round(c.f1, 4), "precision": round(c.precision, 4), "recall": round(c.recall, 4),
            "tp": c.tp, "fp": c.fp, "fn": c.fn}


def markdown_cross(table: dict[str, dict[str, Counts]], columns: list[str],
                   row_totals: dict[str, Counts], col_totals: dict[str, Counts], grand: Counts) -> str:
    """The same table as markdown, for README."""
    head = "| family | " + " | ".join(c.replace("_", " ") for c in columns) + " | all |"
    rule = "|---|" + "---|" * (len(columns) + 1)
    lines = [head, rule]
    for row in sorted(table):
        lines.append(f"| {row} | " + " | ".join(_fmt(table[row].get(c)) for c in columns)
                     + f" | **{_fmt(row_totals.get(row))}** |")
    lines.append("| **all** | " + " | ".join(f"**{_fmt(col_totals.get(c))}**" for c in columns)
                 + f" | **{_fmt(grand)}** |")
    return "\n".join(lines)
