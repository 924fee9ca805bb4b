"""The Dask engine writes the same dataset as the local process pool."""

import json
import shutil

import pytest

distributed = pytest.importorskip("distributed")

from pipelines.batch import Options, run_ingest  # noqa: E402
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
