"""The Dask engine writes the same dataset as the local process pool."""

import json
import shutil

import pytest

distributed = pytest.importorskip("distributed")

from jixiao.pipelines.batch import Options, run_ingest  # noqa: E402
from tests.batch_helpers import GOOD_DOCX, dataset_rows, make_corpus  # noqa: E402
from tests.test_cli import jixiao  # noqa: E402


def _archive(tmp_path):
    archive = tmp_path / "archive"
    make_corpus(archive, 6)
    shutil.copy(GOOD_DOCX, archive)
    (archive / "empty.txt").write_bytes(b"")
    return archive


def test_dask_engine_output_equals_the_local_engine(tmp_path):
    archive = _archive(tmp_path)
    local = run_ingest([archive], tmp_path / "local", Options(workers=2, batch_size=3))
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        remote = run_ingest([archive], tmp_path / "dask", Options(engine="dask", batch_size=3),
                            client=client)
    assert (remote.engine, remote.documents, remote.status("failed")) == ("dask", 8, 1)
    assert remote.by_group == local.by_group
    assert dataset_rows(tmp_path / "dask") == dataset_rows(tmp_path / "local")


def test_dask_engine_through_the_cli(tmp_path):
    archive = _archive(tmp_path)
    assert jixiao("ingest", str(archive), "--out", str(tmp_path / "local"), "-q").returncode == 0
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False, protocol="tcp",
                                  dashboard_address=None) as cluster:
        proc = jixiao("ingest", str(archive), "--out", str(tmp_path / "dask"), "--engine", "dask",
                      "--scheduler", cluster.scheduler_address, "--json", "-q")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["engine"] == "dask"
    assert dataset_rows(tmp_path / "dask") == dataset_rows(tmp_path / "local")
    refused = jixiao("ingest", str(archive), "--out", str(tmp_path / "x"), "--engine", "dask")
    assert refused.returncode == 2 and "--scheduler" in refused.stderr


def test_a_document_past_its_time_limit_restarts_its_dask_worker_and_the_rest_go_on(tmp_path):
    """A read that never returns (a named pipe nobody writes, like a stalled network share): the
    document is recorded failed and its worker restarted, the only way to stop the thread, so
    the documents queued behind it still run."""
    import os

    from jixiao.pipelines.engines import DaskEngine, Limits, Task
    from tests.batch_helpers import SEED_TEXTS

    stalled = tmp_path / "stalled.txt"
    os.mkfifo(stalled)
    paths = [stalled, *SEED_TEXTS[:2]]
    tasks = [Task(p.name, str(p), p.name, "txt", 0, "auto") for p in paths]
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        pids_before = set(client.run(os.getpid).values())
        engine = DaskEngine(None, Limits(timeout_s=2, kill_grace_s=1), client)
        results = {r.document["source_path"]: r.document for r in engine.map(tasks)}
        pids_after = set(client.run(os.getpid).values())
    assert results[stalled.name]["status"] == "failed"
    assert results[stalled.name]["error"].startswith("timed out after 2 s")
    assert [results[p.name]["status"] for p in SEED_TEXTS[:2]] == ["ok", "ok"]
    assert pids_after and not pids_after & pids_before            # the worker process was replaced
