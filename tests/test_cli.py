"""The real `jixiao` command, run as a user runs it."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "samples" / "seeds"


def jixiao(*args: str) -> subprocess.CompletedProcess:
    exe = Path(sys.executable).with_name("jixiao")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "jixiao.pipelines.cli"]
    return subprocess.run(cmd + list(args), capture_output=True, text=True, cwd=ROOT,
                          env={**os.environ, "COLUMNS": "200"})


def test_ingest_samples_with_bad_files(tmp_path):
    archive = tmp_path / "archive"
    shutil.copytree(SEEDS, archive / "seeds")
    (archive / "empty.txt").write_bytes(b"")
    (archive / "junk.dat").write_bytes(bytes(range(256)) * 40)
    (archive / "nested" / "deeper").mkdir(parents=True)
    (archive / "nested" / "deeper" / "letter.txt").write_text("尊敬的领导：今天下午开会。", "utf-8")
    out = tmp_path / "data"
    proc = jixiao("ingest", str(archive), "--out", str(out), "--json")
    assert proc.returncode == 0, proc.stderr
    summary = json.loads(proc.stdout)
    assert summary["documents"] == 8 and summary["failed"] == 3
    docs = duckdb.sql(f"select source_path, status, error, doc_kind from read_parquet('{out}/documents/*.parquet') "
                      f"order by source_path").fetchall()
    by_path = {d[0]: d for d in docs}
    assert by_path["empty.txt"][1] == "failed" and "empty" in by_path["empty.txt"][2]
    assert by_path["junk.dat"][1] == "failed" and "decode" in by_path["junk.dat"][2]
    assert by_path[os.path.join("nested", "deeper", "letter.txt")][1] == "failed"
    assert {d[1] for d in docs if d[0].startswith("seeds")} == {"ok"}
    n_forms = duckdb.sql(f"select count(*) from read_parquet('{out}/forms/**/*.parquet')").fetchall()[0][0]
    assert n_forms == 10
    # the good documents' rows are the same as when ingested alone
    alone = tmp_path / "alone"
    assert jixiao("ingest", str(SEEDS), "--out", str(alone)).returncode == 0
    q = "select form_id, seq, level3, operator, value from read_parquet('{}/indicators/**/*.parquet') order by 1, 2"
    assert duckdb.sql(q.format(out)).fetchall() == duckdb.sql(q.format(alone)).fetchall()


def test_strict_exits_non_zero_on_failure(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    assert jixiao("ingest", str(tmp_path), "--out", str(tmp_path / "o"), "--strict").returncode == 1


def test_parse_prints_json_rows():
    proc = jixiao("parse", str(SEEDS / "002_aa0b8a55ddd30aef.txt"))
    assert proc.returncode == 0, proc.stderr
    payload = json.loads(proc.stdout)
    assert payload["documents"][0]["doc_kind"] == "evaluation_report"
    assert payload["evaluations"][0]["grade"] == "良"
    assert payload["evaluations"][0]["budget_yuan"] == "3593600.00"
    assert len(payload["scores"]) == 39


def test_accuracy_command():
    proc = jixiao("accuracy", str(SEEDS), "--min-f1", "0.98")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "overall" in proc.stdout


def test_ocr_off_fails_a_scan_with_advice_and_bad_mode_is_refused(tmp_path):
    import json as _json
    scan = ROOT / "samples" / "scanned" / "000_02f8c3f2acc7ec3d.scanned.pdf"
    done = jixiao("ingest", str(scan), "--out", str(tmp_path / "out"), "--ocr", "off", "--json")
    assert done.returncode == 0, done.stderr
    summary = _json.loads(done.stdout)
    assert "needs OCR" in _json.dumps(summary, ensure_ascii=False)
    refused = jixiao("ingest", str(scan), "--out", str(tmp_path / "out2"), "--ocr", "sometimes")
    assert refused.returncode == 2 and "--ocr must be one of" in refused.stdout + refused.stderr
