"""search, export and report through the real `jixiao` command, on the ingested samples."""

import csv
import re
import subprocess
import io
import json
import shutil
from pathlib import Path

import duckdb
import openpyxl
import pytest

from jixiao.pipelines.export import export_xlsx
from tests.test_cli import ROOT, jixiao


@pytest.fixture(scope="module")
def data(tmp_path_factory) -> Path:
    archive = tmp_path_factory.mktemp("archive")
    for folder in ("seeds", "families"):
        shutil.copytree(ROOT / "samples" / folder, archive / folder)
    out = tmp_path_factory.mktemp("data")
    proc = jixiao("ingest", str(archive), "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    assert "validation findings" in proc.stdout and "target_not_met" in proc.stdout
    return out


def search_json(data: Path, *args: str) -> list[dict]:
    proc = jixiao("search", *args, "--data", str(data), "--format", "json", "--limit", "0")
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def test_search_finds_names_and_near_spellings(data):
    rows = search_json(data, "接通率")
    names = {(r["level3"], r["match"]) for r in rows}
    assert ("12315热线接通率", "name") in names and ("接通率", "name") in names
    assert ("热线接能率", "near") in names            # seed 001 writes 接能率
    assert all(r["source_path"] and r["fiscal_year"] for r in rows)
    assert [r["match"] for r in rows] == sorted((r["match"] for r in rows),
                                                key=["name", "target", "near"].index)
    exact = search_json(data, "接通率", "--exact")
    assert exact and {r["match"] for r in exact} == {"name"}
    assert {r["level3"] for r in search_json(data, "接能率")} >= {"热线接能率", "12315热线接通率"}


def test_search_filters(data):
    assert {r["fiscal_year"] for r in search_json(data, "接通率", "--year", "2019")} == {2019}
    report = search_json(data, "先行回复率", "--kind", "evaluation_report")
    assert [(r["level3"], r["actual"], r["target_met"]) for r in report] == [
        ("12345市民热线工单先行回复率", "86.57%", False)]
    satisfaction = search_json(data, "满意度", "--level1", "满意度指标")
    assert satisfaction and all(r["level1_national"] == "满意度指标" for r in satisfaction)
    by_department = search_json(data, "率", "--department", "人力资源和社会保障局")
    assert by_department and all("人力资源和社会保障局" in r["department"] for r in by_department)
    by_unit = search_json(data, "率", "--unit", "就业促进中心")
    assert by_unit and all("就业促进中心" in r["reporting_unit"] for r in by_unit)


def test_search_table_and_csv(data):
    proc = jixiao("search", "接通率", "--data", str(data))
    assert proc.returncode == 0 and "12315热线接通率" in proc.stdout and "indicators" in proc.stdout
    proc = jixiao("search", "接通率", "--data", str(data), "--format", "csv")
    assert proc.stdout.startswith("\ufeff")                 # a BOM, like the export's CSV
    rows = list(csv.DictReader(io.StringIO(proc.stdout.removeprefix("\ufeff"))))
    assert rows and rows[0]["level3"] and "source_path" in rows[0]


def test_search_bad_arguments(data, tmp_path):
    assert jixiao("search", "接通率", "--data", str(tmp_path)).returncode == 2
    assert jixiao("search", "接通率", "--data", str(data), "--format", "xml").returncode == 2
    assert jixiao("search", "接通率", "--data", str(data), "--kind", "memo").returncode == 2
    assert jixiao("export", "--data", str(data)).returncode == 2


def test_export_duckdb_xlsx_csv(data, tmp_path):
    db, xlsx, csv_dir = tmp_path / "c.duckdb", tmp_path / "c.xlsx", tmp_path / "csv"
    proc = jixiao("export", "--data", str(data), "--duckdb", str(db), "--xlsx", str(xlsx),
                  "--csv", str(csv_dir), "--chinese-headers")
    assert proc.returncode == 0, proc.stderr
    con = duckdb.connect(str(db), read_only=True)
    n = con.execute("SELECT count(*) FROM indicators").fetchone()[0]
    assert n == con.execute("SELECT count(*) FROM indicator_view").fetchone()[0] > 0
    assert con.execute("SELECT project_name, fiscal_year, source_path FROM indicator_view "
                       "WHERE level3 = '12345市民热线诉求解决率' AND target_met = false").fetchall() == [
        ("消费者维权管理专项", 2018, "seeds/002_aa0b8a55ddd30aef.txt")]
    assert con.execute("SELECT count(*) FROM issue_view WHERE code = 'target_not_met'").fetchone()[0] >= 2

    book = openpyxl.load_workbook(xlsx, read_only=True)
    assert {"文档", "项目表", "资金", "绩效指标", "评分", "校验问题", "绩效指标(含项目)"} <= set(book.sheetnames)
    money = list(book["资金"].iter_rows(values_only=True))
    assert "预算金额(元)" in money[0]
    column = money[0].index("预算金额(元)")
    assert any(isinstance(r[column], float) and r[column] > 0 for r in money[1:])
    assert len(list(book["绩效指标"].iter_rows())) == n + 1

    raw = (csv_dir / "indicators" / "indicators.csv").read_bytes()
    header = raw.decode("utf-8-sig").splitlines()[0].split(",")
    assert raw.startswith(b"\xef\xbb\xbf") and "三级指标" in header and "年度" in header
    by_year = dict(duckdb.sql(f"SELECT \"年度\", count(*) FROM read_csv('{csv_dir}/indicators/*.csv') "
                              f"GROUP BY ALL").fetchall())
    assert sum(by_year.values()) == n and by_year[2018] > 0 and by_year[2020] > 0   # issue 14
    view = duckdb.sql(f"SELECT count(*) FROM read_csv('{csv_dir}/indicator_view/*.csv')").fetchall()
    assert view[0][0] == n


def test_xlsx_continues_on_a_new_sheet_past_the_row_limit(data, tmp_path):
    counts = export_xlsx(data, tmp_path / "small.xlsx", max_rows=100)
    book = openpyxl.load_workbook(tmp_path / "small.xlsx", read_only=True)
    parts = [s for s in book.sheetnames if s.startswith("indicators")]
    assert len(parts) == -(-counts["indicators"] // 99) and parts[1] == "indicators (2)"
    rows = sum(len(list(book[s].iter_rows())) - 1 for s in parts)
    assert rows == counts["indicators"]
    assert all(next(book[s].iter_rows(values_only=True))[-2:] == ("doc_id", "form_id") for s in parts)


CHROMIUM = next((shutil.which(name) for name in ("chromium", "chromium-browser", "google-chrome")
                 if shutil.which(name)), None)
CHARTS = ("documents_by_year", "indicators_by_category", "indicators_by_level2", "common_indicators",
          "score_distribution", "grade_distribution", "targets_met", "validation_findings")


def test_report_is_self_contained_html(data, tmp_path):
    page = tmp_path / "report.html"
    proc = jixiao("report", "--data", str(data), "--out", str(page))
    assert proc.returncode == 0, proc.stderr
    text = page.read_text("utf-8")
    assert "<script src" not in text and "<link" not in text and "@import" not in text
    assert not re.findall(r"(?:src|href)=\"https?:", text)
    for key in CHARTS:
        assert f'data-chart="{key}"' in text
    assert "12345市民热线工单先行回复率" in text          # among the most common indicators
    assert "target_not_met (info)" in text


@pytest.mark.skipif(CHROMIUM is None, reason="headless Chromium is not installed (make system-deps)")
def test_report_charts_render_in_headless_chromium(data, tmp_path):
    page = tmp_path / "report.html"
    assert jixiao("report", "--data", str(data), "--out", str(page)).returncode == 0
    proc = subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu",
                           f"--user-data-dir={tmp_path / 'profile'}", "--virtual-time-budget=5000",
                           "--dump-dom", page.as_uri()],
                          capture_output=True, text=True, timeout=180)
    assert proc.returncode == 0, proc.stderr[-2000:]
    dom = proc.stdout
    drawn = dict(re.findall(r'data-chart="([a-z0-9_]+)" data-rendered-bars="(\d+)"', dom))
    assert set(drawn) == set(CHARTS), "the page's script did not run or a chart is missing"
    assert all(int(n) > 0 for n in drawn.values()), drawn
    source_bars = page.read_text("utf-8").count('class="bar"')
    assert int(re.search(r'<body data-rendered-bars="(\d+)"', dom).group(1)) == sum(map(int, drawn.values()))
    assert sum(map(int, drawn.values())) <= source_bars


def test_output_of_an_older_schema_version_is_still_searchable(data, tmp_path):
    import pyarrow.parquet as pq

    old = tmp_path / "old"
    shutil.copytree(data, old)
    for path in (old / "indicators").rglob("*.parquet"):
        table = pq.read_table(path)
        pq.write_table(table.drop_columns(["level1_national", "level2_national", "actual_compared",
                                           "actual_ref", "target_met", "gap"]), path)
    rows = search_json(old, "接通率")
    assert rows and all(r["target_met"] is None and r["level1_national"] is None for r in rows)
