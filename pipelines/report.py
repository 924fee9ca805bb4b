"""The corpus report: one self-contained HTML page (inline SVG charts drawn here, no script or
font from the network) that a person opens in a browser.

Charts: documents by fiscal year and kind; indicators by national category; the most common
indicators; evaluation total scores and grades; targets met; validation findings by code. Each
chart is a ``<figure class="chart" data-chart="…">`` holding an ``<svg>`` whose bars are
``<rect class="bar">``; a few lines of inline script count, after layout, the bars the browser
actually drew and write the count on the figure (``data-rendered-bars``), which the test reads
from headless Chromium.
"""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import dataclass
from pathlib import Path

import duckdb

from jixiao.pipelines.corpus import connect

#: Colours per series (documents' kinds, severities, met/not met), colour-blind safe.
PALETTE: tuple[str, ...] = ("#4477aa", "#ee6677", "#228833", "#ccbb44", "#66ccee", "#aa3377", "#bbbbbb")
KIND_LABELS: dict[str, str] = {"target_form": "目标表 target form", "self_evaluation": "自评表 self-evaluation",
                               "evaluation_report": "评价报告 evaluation report", "unknown": "unknown"}
SEVERITY_COLOURS: dict[str, str] = {"error": "#aa3377", "warning": "#ee6677", "info": "#4477aa"}
SCORE_BANDS: tuple[tuple[str, float, float], ...] = (
    ("< 60 差", float("-inf"), 60), ("60–70", 60, 70), ("70–80 中", 70, 80), ("80–90 良", 80, 90),
    ("≥ 90 优", 90, float("inf")))
TOP_INDICATORS = 15


@dataclass(frozen=True)
class Chart:
    key: str
    title: str
    svg: str
    note: str = ""


def _esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def bar_chart(items: list[tuple[str, float]], colours: list[str] | None = None,
              width: int = 720, label_width: int = 260) -> str:
    """Horizontal bars, one per (label, value), value printed at the bar's end."""
    row, top = 24, 8
    height = top * 2 + row * max(len(items), 1)
    peak = max((v for _, v in items), default=0) or 1
    span = width - label_width - 70
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{width}" height="{height}" '
             f'viewBox="0 0 {width} {height}">']
    if not items:
        parts.append(f'<text x="10" y="{top + 16}" class="empty">no data</text>')
    for i, (label, value) in enumerate(items):
        y = top + i * row
        w = max(span * value / peak, 1 if value else 0)
        colour = colours[i] if colours else PALETTE[0]
        parts.append(f'<text x="{label_width - 8}" y="{y + 16}" text-anchor="end">{_esc(label)}</text>')
        parts.append(f'<rect class="bar" x="{label_width}" y="{y + 3}" width="{w:.1f}" height="{row - 6}" '
                     f'fill="{colour}" data-label="{_esc(label)}" data-value="{value:g}">'
                     f'<title>{_esc(label)}: {value:g}</title></rect>')
        parts.append(f'<text x="{label_width + w + 6:.1f}" y="{y + 16}">{value:g}</text>')
    parts.append("</svg>")
    return "".join(parts)


def stacked_columns(categories: list[str], series: dict[str, list[float]], width: int = 720,
                    height: int = 300) -> str:
    """Vertical columns per category, one stacked segment per series, with a legend."""
    left, bottom, top, legend = 40, 30, 24, 22 * len(series)
    plot_h = height - bottom - top
    totals = [sum(values[i] for values in series.values()) for i in range(len(categories))]
    peak = max(totals, default=0) or 1
    step = (width - left - 10) / max(len(categories), 1)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{width}" '
             f'height="{height + legend}" viewBox="0 0 {width} {height + legend}">',
             f'<line x1="{left}" y1="{top + plot_h}" x2="{width - 10}" y2="{top + plot_h}" stroke="#888"/>']
    if not categories:
        parts.append(f'<text x="{left}" y="{top + 16}" class="empty">no data</text>')
    for i, category in enumerate(categories):
        x, base = left + i * step + step * 0.15, top + plot_h
        for j, (name, values) in enumerate(series.items()):
            h = plot_h * values[i] / peak
            if values[i]:
                parts.append(f'<rect class="bar" x="{x:.1f}" y="{base - h:.1f}" width="{step * 0.7:.1f}" '
                             f'height="{h:.1f}" fill="{PALETTE[j % len(PALETTE)]}" '
                             f'data-label="{_esc(category)} {_esc(name)}" data-value="{values[i]:g}">'
                             f'<title>{_esc(category)} · {_esc(name)}: {values[i]:g}</title></rect>')
            base -= h
        parts.append(f'<text x="{x + step * 0.35:.1f}" y="{top + plot_h + 18}" text-anchor="middle">'
                     f'{_esc(category)}</text>')
        parts.append(f'<text x="{x + step * 0.35:.1f}" y="{base - 4:.1f}" text-anchor="middle">'
                     f'{totals[i]:g}</text>')
    for j, name in enumerate(series):
        y = height + j * 22
        parts.append(f'<rect x="{left}" y="{y}" width="14" height="14" fill="{PALETTE[j % len(PALETTE)]}"/>'
                     f'<text x="{left + 20}" y="{y + 12}">{_esc(name)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _rows(con: duckdb.DuckDBPyConnection, sql: str) -> list[tuple]:
    return con.execute(sql).fetchall()


def collect_charts(con: duckdb.DuckDBPyConnection) -> tuple[dict[str, int], list[Chart]]:
    """The page's headline counts and its charts, from the corpus views."""
    counts = {name: _rows(con, f"SELECT count(*) FROM {name}")[0][0]
              for name in ("documents", "forms", "indicators", "evaluations", "issues")}
    charts: list[Chart] = []

    by_year_kind = _rows(con, """
        SELECT coalesce(CAST(y.year AS VARCHAR), 'unknown') AS year, d.doc_kind, count(*)
        FROM documents d
        LEFT JOIN (SELECT doc_id, min(fiscal_year) AS year FROM forms GROUP BY doc_id) y USING (doc_id)
        GROUP BY ALL ORDER BY 1, 2""")
    years = sorted({r[0] for r in by_year_kind}, key=lambda y: (y == "unknown", y))
    kinds = [k for k in KIND_LABELS if any(r[1] == k for r in by_year_kind)]
    series = {KIND_LABELS[k]: [float(sum(r[2] for r in by_year_kind if r[0] == y and r[1] == k))
                               for y in years] for k in kinds}
    charts.append(Chart("documents_by_year", "Documents by fiscal year and kind 文档(年度×类型)",
                        stacked_columns(years, series),
                        "A document's year is its (first) form's fiscal year; failed files have none."))

    categories = _rows(con, """
        SELECT coalesce(level1_national, '(' || coalesce(level1_std, level1, 'none') || ')') AS c,
               count(*) FROM indicators GROUP BY 1 ORDER BY 2 DESC, 1""")
    charts.append(Chart("indicators_by_category", "Indicators by category 指标(国家框架一级)",
                        bar_chart([(c, float(n)) for c, n in categories]),
                        "National 一级 (成本/产出/效益/满意度); in brackets the written 一级 where it has no "
                        "national counterpart."))

    level2 = _rows(con, """
        SELECT level1_national || ' › ' || level2_national, count(*) FROM indicators
        WHERE level2_national IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1""")
    charts.append(Chart("indicators_by_level2", "Indicators by national 二级 指标(国家框架二级)",
                        bar_chart([(c, float(n)) for c, n in level2])))

    common = _rows(con, f"""
        SELECT level3, count(*) FROM indicators WHERE level3 IS NOT NULL
        GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT {TOP_INDICATORS}""")
    charts.append(Chart("common_indicators", f"Most common indicators 最常见的指标 (top {TOP_INDICATORS})",
                        bar_chart([(n, float(c)) for n, c in common], label_width=330)))

    scores = [r[0] for r in _rows(con, "SELECT total_score FROM evaluations WHERE total_score IS NOT NULL")]
    bands = [(label, float(sum(1 for s in scores if lo <= s < hi))) for label, lo, hi in SCORE_BANDS]
    charts.append(Chart("score_distribution", "Total scores of evaluations 评价总分分布",
                        bar_chart(bands), f"{len(scores)} evaluations with a total score."))
    grades = _rows(con, """
        SELECT coalesce(grade, 'none'), count(*) FROM evaluations GROUP BY 1
        ORDER BY CASE coalesce(grade, 'none') WHEN '优' THEN 0 WHEN '良' THEN 1 WHEN '中' THEN 2
                 WHEN '差' THEN 3 ELSE 4 END""")
    charts.append(Chart("grade_distribution", "Grades 评价等级", bar_chart([(g, float(n)) for g, n in grades])))

    met = _rows(con, """
        SELECT CASE target_met WHEN true THEN 'met 达成' ELSE 'not met 未达成' END, count(*)
        FROM indicators WHERE target_met IS NOT NULL GROUP BY 1 ORDER BY 1""")
    charts.append(Chart("targets_met", "Targets against actuals 目标达成",
                        bar_chart([(m, float(n)) for m, n in met],
                                  [PALETTE[2] if m.startswith("met") else PALETTE[1] for m, _ in met]),
                        "Indicators with both a target and an actual (self-evaluations; reports' 业绩值)."))

    findings = _rows(con, """
        SELECT severity, code, count(*) FROM issues GROUP BY severity, code
        ORDER BY CASE severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, 3 DESC, 2""")
    charts.append(Chart("validation_findings", "Validation findings 校验问题 (issues by code)",
                        bar_chart([(f"{c} ({s})", float(n)) for s, c, n in findings],
                                  [SEVERITY_COLOURS.get(s, PALETTE[-1]) for s, _, _ in findings]),
                        "warning: the document's figures do not hold together; info: worth knowing."))
    return counts, charts


_STYLE = """
body{font-family:"Noto Sans CJK SC","Noto Sans SC","Microsoft YaHei","PingFang SC",sans-serif;
margin:2em auto;max-width:800px;color:#222}
h1{font-size:1.6em}figure{margin:2em 0}figcaption{font-weight:bold;margin-bottom:.5em}
svg text{font-size:12px;fill:#333}.note{color:#666;font-size:.9em}
.counts{display:flex;gap:1.5em;flex-wrap:wrap}.counts div{font-size:1.1em}.counts b{font-size:1.5em;display:block}
"""
#: Counts the bars that have a drawn size once the page is laid out.
_SCRIPT = """
window.addEventListener('load', function () {
  var total = 0;
  document.querySelectorAll('figure.chart').forEach(function (figure) {
    var drawn = 0;
    figure.querySelectorAll('rect.bar').forEach(function (bar) {
      var box = bar.getBBox();
      if (box.width > 0 && box.height > 0) { drawn += 1; }
    });
    figure.setAttribute('data-rendered-bars', String(drawn));
    total += drawn;
  });
  document.body.setAttribute('data-rendered-bars', String(total));
});
"""


def render_html(counts: dict[str, int], charts: list[Chart], title: str) -> str:
    figures = "\n".join(
        f'<figure class="chart" data-chart="{c.key}"><figcaption>{_esc(c.title)}</figcaption>{c.svg}'
        + (f'<p class="note">{_esc(c.note)}</p>' if c.note else "") + "</figure>" for c in charts)
    headline = "".join(f"<div><b>{n:,}</b>{_esc(name)}</div>" for name, n in counts.items())
    return (f'<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{_esc(title)}</title><style>{_STYLE}</style></head>\n<body>"
            f"<h1>{_esc(title)}</h1><p class=\"note\">Generated by jixiao on "
            f"{dt.date.today().isoformat()}.</p><div class=\"counts\">{headline}</div>\n{figures}\n"
            f"<script>{_SCRIPT}</script></body></html>\n")


def write_report(data_dir: Path, target: Path, title: str | None = None,
                 every_copy: bool = False) -> list[Chart]:
    """The report of DATA_DIR written to TARGET; returns its charts. A form found in several files
    counts once unless ``every_copy``."""
    counts, charts = collect_charts(connect(data_dir, every_copy=every_copy))
    page = render_html(counts, charts, title or f"jixiao corpus report — {Path(data_dir).name}")
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(page, encoding="utf-8")
    return charts
