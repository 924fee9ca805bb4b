"""The command line's manners, through the real `jixiao` command: --version, -h, -v/-vv and
--log-file, the dataset folder as --data everywhere, search "" with filters, search -o, CSV with a
BOM, a search table readable at 80 columns."""

import csv
import io
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from rich.cells import cell_len

import jixiao
from tests.test_cli import ROOT, SEEDS

COMMANDS_ON_A_DATASET = ("ingest", "compact", "search", "export", "report")


def run(*args: str, columns: int = 200) -> subprocess.CompletedProcess:
    exe = Path(sys.executable).with_name("jixiao")
    return subprocess.run([str(exe), *args], capture_output=True, text=True, cwd=ROOT,
                          env={**os.environ, "COLUMNS": str(columns)})


@pytest.fixture(scope="module")
def data(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("conventions") / "data"
    proc = run("ingest", str(SEEDS), "--data", str(out), "-w", "1", "-q")
    assert proc.returncode == 0, proc.stderr
    return out


def test_version_and_short_help():
    proc = run("--version")
    assert proc.returncode == 0 and proc.stdout.strip() == f"jixiao {jixiao.__version__}"
    top = run("-h")
    assert top.returncode == 0 and "ingest" in top.stdout and "--verbose" in top.stdout
    sub = run("search", "-h")
    assert sub.returncode == 0 and "--columns" in sub.stdout


def test_every_command_on_a_dataset_takes_it_as_data():
    for command in COMMANDS_ON_A_DATASET:
        proc = run(command, "-h")
        assert proc.returncode == 0, command
        assert re.search(r"--data[,\w-]*\s+-d\b", proc.stdout), f"{command} has no --data/-d"


def test_verbose_logs_steps_and_very_verbose_logs_stage_timings(tmp_path):
    archive = tmp_path / "archive"
    archive.mkdir()
    shutil.copy(SEEDS / "000_02f8c3f2acc7ec3d.txt", archive)
    quiet = run("ingest", str(archive), "-d", str(tmp_path / "a"), "-w", "1", "-q")
    assert quiet.returncode == 0 and quiet.stderr == ""
    info = run("-v", "ingest", str(archive), "-d", str(tmp_path / "b"), "-w", "1", "-q")
    assert info.returncode == 0, info.stderr
    assert "INFO" in info.stderr and "committed 1 documents" in info.stderr
    assert "DEBUG" not in info.stderr
    log_file = tmp_path / "logs" / "jixiao.log"
    debug = run("-vv", "--log-file", str(log_file), "ingest", str(archive), "-d", str(tmp_path / "c"),
                "-w", "1", "-q")
    assert debug.returncode == 0, debug.stderr
    timing = re.compile(r"DEBUG .*000_02f8c3f2acc7ec3d\.txt: ok, txt target_form, 1 forms in [\d.]+ s "
                        r"\(read [\d.]+ s, forms [\d.]+ s, normalize [\d.]+ s, validate [\d.]+ s\)")
    assert timing.search(debug.stderr), debug.stderr
    logged = log_file.read_text("utf-8")
    assert timing.search(logged) and re.match(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", logged)


def test_log_file_alone_records_info_and_keeps_stderr_quiet(tmp_path):
    log_file = tmp_path / "run.log"
    proc = run("--log-file", str(log_file), "parse", str(SEEDS / "000_02f8c3f2acc7ec3d.txt"))
    assert proc.returncode == 0 and proc.stderr == ""
    assert "INFO jixiao.pipelines.cli: jixiao " in log_file.read_text("utf-8")


def test_search_empty_text_with_a_filter_lists_everything_it_lets_through(data):
    con = jixiao.open(data)              # the joined view: each form once, with its year
    expected = con.execute("SELECT count(*) FROM indicator_view WHERE fiscal_year = 2019").fetchone()[0]
    everything = con.execute("SELECT count(*) FROM indicator_view").fetchone()[0]
    assert 0 < expected < everything
    proc = run("search", "", "--year", "2019", "-d", str(data), "--format", "json")
    assert proc.returncode == 0, proc.stderr
    rows = json.loads(proc.stdout)
    assert len(rows) == expected and {r["fiscal_year"] for r in rows} == {2019}
    assert {r["match"] for r in rows} == {"all"}
    no_text = run("search", "--year", "2019", "-d", str(data), "-f", "json")
    assert len(json.loads(no_text.stdout)) == expected
    assert len(json.loads(run("search", "", "-d", str(data), "-f", "json").stdout)) == everything
    screen = run("search", "", "-d", str(data))
    assert f"50 indicators (first 50; --limit 0 for all)" in screen.stdout


def test_search_output_file_csv_has_a_bom_and_json_is_utf8(data, tmp_path):
    target = tmp_path / "out" / "hits.csv"
    proc = run("search", "接通率", "-d", str(data), "-o", str(target))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == "" and f"search → {target}" in proc.stderr
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows and "12315热线接通率" in {r["level3"] for r in rows}
    assert list(rows[0])[:2] == ["project_name", "fiscal_year"]
    as_json = tmp_path / "hits.json"
    assert run("search", "接通率", "-d", str(data), "-o", str(as_json)).returncode == 0
    assert len(json.loads(as_json.read_text("utf-8"))) == len(rows)
    refused = run("search", "接通率", "-d", str(data), "-o", str(tmp_path / "hits.txt"))
    assert refused.returncode == 2 and "csv or json" in refused.stderr


def test_search_columns_choose_what_csv_and_the_table_show(data):
    proc = run("search", "接通率", "-d", str(data), "-f", "csv", "--columns", "year,level3,met")
    assert proc.returncode == 0, proc.stderr
    header = proc.stdout.removeprefix("\ufeff").splitlines()[0]
    assert header == "fiscal_year,level3,target_met"
    table = run("search", "接通率", "-d", str(data), "--columns", "level3,source")
    assert "source" in table.stdout and "000_02f8c3f2acc7ec3d.txt" in table.stdout.replace("\n", "")
    bad = run("search", "接通率", "-d", str(data), "--columns", "level3,colour")
    assert bad.returncode == 2 and "colour" in bad.stderr and "choose from" in bad.stderr


def test_search_table_fits_80_columns(data):
    proc = run("search", "接通率", "-d", str(data), columns=80)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert max(cell_len(line) for line in lines) <= 80
    header = next(line for line in lines if "level3" in line)
    assert header.split() == ["year", "project", "level3", "target", "actual", "met", "match"]
    assert "12315热线接通" in proc.stdout and "indicators in" in proc.stdout
