"""Legacy Word .doc through LibreOffice: same rows as the text original, clear failures without it."""

import json
import os
import shutil
import stat
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import duckdb
import pytest

from jixiao.extract.errors import UnreadableDocument
from jixiao.extract.readers import legacy
from jixiao.extract.readers.docx import read_docx
from jixiao.extract.readers.legacy import SOFFICE_ENV, find_soffice, read_doc
from jixiao.pipelines.accuracy import EXPECTED_SUFFIX, Report, score_document
from jixiao.pipelines.ingest import parse_bytes, parse_file
from tests.test_format_parity import SAMPLES, _content

DOC_SAMPLES = sorted((SAMPLES / "doc").glob("*.doc"))
needs_soffice = pytest.mark.skipif(
    find_soffice() is None,
    reason="LibreOffice (soffice) is not installed: `make system-deps` installs it")


def _fake_soffice(tmp_path: Path, body: str) -> Path:
    script = tmp_path / "fake-soffice"
    script.write_text("#!/bin/sh\n" + body + "\n")
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return script


def _html_form() -> bytes:
    """A target form as HTML saved under a .doc name (what many government sites publish)."""
    rows = [("产出指标", "数量指标", "购置数量", "=90.00(套)"), ("产出指标", "质量指标", "合格率", "=100.00(%)"),
            ("满意度指标", "服务对象满意度指标", "满意度", "≥90.00(%)")]
    cells = "".join(f"<tr>{''.join(f'<td>{c}</td>' for c in row)}</tr>" for row in rows)
    return ("<html><head><meta charset='utf-8'></head><body><p>财政项目支出绩效目标申报表</p>"
            "<p>(2024年度)</p><table><tr><td>项目名称</td><td>测试项目</td><td>主管部门</td><td>测试局</td></tr>"
            "</table><table><tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>年度(/项目)指标值</td></tr>"
            f"{cells}</table></body></html>").encode("utf-8")


def test_there_is_a_doc_sample():
    assert DOC_SAMPLES, "samples/doc/ has no .doc (scripts/make_doc_sample.py makes one)"
    assert all(p.read_bytes().startswith(legacy.OLE2_MAGIC) for p in DOC_SAMPLES)


@needs_soffice
@pytest.mark.parametrize("sample", DOC_SAMPLES, ids=lambda p: p.name)
def test_doc_gives_the_text_rows(sample):
    original = SAMPLES / "seeds" / (sample.stem + ".txt")
    assert _content(sample) == _content(original)


@needs_soffice
@pytest.mark.parametrize("sample", DOC_SAMPLES, ids=lambda p: p.name)
def test_doc_matches_its_expectation(sample):
    expected = json.loads(sample.with_name(sample.name + EXPECTED_SUFFIX).read_text("utf-8"))
    report = Report()
    score_document(expected, parse_file(sample, sample.parent), report)
    assert report.mismatches == []
    assert report.overall.f1 == 1.0


@needs_soffice
def test_concurrent_conversions_do_not_collide():
    """LibreOffice sharing one profile lets only one of two simultaneous conversions through."""
    data = DOC_SAMPLES[0].read_bytes()
    twin = read_docx((SAMPLES / "docx" / (DOC_SAMPLES[0].stem + ".docx")).read_bytes())
    with ThreadPoolExecutor(max_workers=3) as pool:
        documents = list(pool.map(lambda _: read_doc(data), range(3)))
    assert [d.lines() for d in documents] == [twin.lines()] * 3


@needs_soffice
def test_wps_file_reads_as_doc(tmp_path):
    """Kingsoft WPS Writer's .wps is the Word 97 format under another name."""
    wps = tmp_path / (DOC_SAMPLES[0].stem + ".wps")
    shutil.copy(DOC_SAMPLES[0], wps)
    result = parse_file(wps, tmp_path)
    assert (result.document["source_format"], result.document["status"]) == ("doc", "ok")
    assert _content(wps) == _content(DOC_SAMPLES[0])


@needs_soffice
def test_html_saved_as_doc_converts():
    result = parse_bytes(_html_form(), "web-export.doc")
    assert result.document["status"] == "ok", result.document["error"]
    assert result.rows["forms"][0]["project_name"] == "测试项目"
    assert [(i["level3"], i["operator"], i["value"]) for i in result.rows["indicators"]] == \
        [("购置数量", "=", 90.0), ("合格率", "=", 100.0), ("满意度", ">=", 90.0)]


@needs_soffice
def test_truncated_doc_fails_with_libreoffice_message():
    data = DOC_SAMPLES[0].read_bytes()
    result = parse_bytes(data[: len(data) // 3], "truncated.doc")
    error = result.document["error"]
    assert result.document["status"] == "failed"
    assert "LibreOffice could not convert" in error and "source file could not be loaded" in error
    assert "save it as .docx" in error


def test_doc_with_a_broken_header_fails_before_conversion():
    data = bytearray(DOC_SAMPLES[0].read_bytes())
    data[28:30] = b"\x00\x00"                       # byte-order mark of the compound-file header
    with pytest.raises(UnreadableDocument, match="damaged.*header"):
        read_doc(bytes(data))


def test_binary_junk_named_doc_is_not_a_word_document():
    junk = bytes(range(256)) * 16
    with pytest.raises(UnreadableDocument, match="not a Word document"):
        read_doc(junk)


def test_doc_without_libreoffice_fails_with_what_to_install(monkeypatch, tmp_path):
    monkeypatch.delenv(SOFFICE_ENV, raising=False)
    monkeypatch.setenv("PATH", str(tmp_path))       # an empty folder: no soffice, no libreoffice
    result = parse_file(DOC_SAMPLES[0], DOC_SAMPLES[0].parent)
    error = result.document["error"]
    assert result.document["status"] == "failed" and result.rows["forms"] == []
    assert "needs LibreOffice" in error
    assert "apt-get install libreoffice-writer-nogui" in error and "make system-deps" in error
    assert "save it as .docx" in error


def test_doc_without_libreoffice_through_the_cli(tmp_path):
    archive = tmp_path / "archive"
    archive.mkdir()
    shutil.copy(DOC_SAMPLES[0], archive)
    shutil.copy(SAMPLES / "seeds" / "000_02f8c3f2acc7ec3d.txt", archive)
    exe = Path(sys.executable).with_name("jixiao")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "jixiao.pipelines.cli"]
    env = {k: v for k, v in os.environ.items() if k != SOFFICE_ENV}
    env["PATH"] = str(tmp_path / "empty")
    proc = subprocess.run(cmd + ["ingest", str(archive), "--out", str(tmp_path / "data"), "--json"],
                          capture_output=True, text=True, env=env, cwd=SAMPLES.parent)
    assert proc.returncode == 0, proc.stderr
    summary = json.loads(proc.stdout)
    assert (summary["documents"], summary["ok"], summary["failed"]) == (2, 1, 1)
    rows = duckdb.sql(f"select source_path, source_format, status, error "
                      f"from read_parquet('{tmp_path}/data/documents/*.parquet')").fetchall()
    failed = [r for r in rows if r[2] == "failed"]
    assert [(r[0], r[1]) for r in failed] == [(DOC_SAMPLES[0].name, "doc")]
    assert "LibreOffice" in failed[0][3] and "libreoffice-writer-nogui" in failed[0][3]


def test_configured_soffice_that_does_not_exist_is_named(monkeypatch, tmp_path):
    monkeypatch.setenv(SOFFICE_ENV, str(tmp_path / "no-such-soffice"))
    with pytest.raises(UnreadableDocument, match=f"{SOFFICE_ENV}=.*no-such-soffice.*not an executable"):
        read_doc(_html_form())


def test_configured_soffice_is_used(monkeypatch, tmp_path):
    marker = tmp_path / "ran"
    monkeypatch.setenv(SOFFICE_ENV, str(_fake_soffice(tmp_path, f"touch '{marker}'")))
    with pytest.raises(UnreadableDocument, match="could not convert"):
        read_doc(_html_form())
    assert marker.exists()


def test_failed_conversion_reports_libreoffice_stderr(monkeypatch, tmp_path):
    script = _fake_soffice(tmp_path, "echo 'Warning: failed to launch javaldx' >&2\n"
                                     "echo 'Error: source file could not be loaded' >&2\nexit 1")
    monkeypatch.setenv(SOFFICE_ENV, str(script))
    with pytest.raises(UnreadableDocument) as caught:
        read_doc(_html_form())
    message = str(caught.value)
    assert "exit code 1" in message and "source file could not be loaded" in message
    assert "javaldx" not in message                 # start-up noise left out


def _is_running(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except FileNotFoundError:
        return False
    return "\nState:\tZ" not in status              # a zombie has ended; only its parent can reap it


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc to see the processes")
def test_conversion_that_hangs_is_stopped_with_its_children(monkeypatch, tmp_path):
    child_pid_file = tmp_path / "child.pid"
    script = _fake_soffice(tmp_path, f"echo 'starting' >&2\nsleep 30 &\necho $! > '{child_pid_file}'\n"
                                     "sleep 30")
    monkeypatch.setenv(SOFFICE_ENV, str(script))
    monkeypatch.setattr(legacy, "CONVERSION_TIMEOUT_S", 1.0)
    started = time.monotonic()
    with pytest.raises(UnreadableDocument, match=r"did not finish .* within 1 s.*starting"):
        read_doc(_html_form())
    assert time.monotonic() - started < 10
    child = int(child_pid_file.read_text())
    deadline = time.monotonic() + 5
    while _is_running(child) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _is_running(child)
