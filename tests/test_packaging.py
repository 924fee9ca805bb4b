"""The wheel, as a user installs it: built by `pip wheel`, installed into a fresh virtualenv with
nothing else of jixiao's, the command and the library run there with the test extras out of reach.

To stay fast (no download, no compile) the fresh virtualenv sees the dependencies already installed
in the project's environment through a .pth line; that directory is only appended to sys.path, so
the project's editable install (a .pth hook of its own) is not active there, and a sitecustomize
module makes every test-only package (pytest, hypothesis, reportlab, psutil, dask …) fail to
import, so the run proves that jixiao does not need them. Deselect with ``-m "not packaging"``.
"""

import json
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "seeds" / "002_aa0b8a55ddd30aef.txt"
NOT_PACKAGED = (".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", "data", "samples",
                "tests", "bench", "scripts", ".pytest_cache", ".hypothesis")

pytestmark = pytest.mark.packaging


def extras_only_for_tests() -> set[str]:
    """Import names of the test extras that are not runtime dependencies."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]

    def names(requirements: list[str]) -> set[str]:
        return {re.split(r"[\[<>=~!; ]", r, maxsplit=1)[0].lower().replace("-", "_")
                for r in requirements}

    extra = names(project["optional-dependencies"]["test"]) - names(project["dependencies"])
    return extra | ({"distributed"} if "dask" in extra else set())


BLOCKER = '''
import importlib.abc, sys
BLOCKED = {blocked!r}
class _TestExtrasBlocked(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in BLOCKED:
            raise ModuleNotFoundError(f"{{name}} is a test extra, not installed with jixiao", name=name)
        return None
sys.meta_path.insert(0, _TestExtrasBlocked())
'''


def run(*cmd: str | Path, cwd: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    proc = subprocess.run([str(c) for c in cmd], capture_output=True, text=True, cwd=cwd,
                          env={**env, "COLUMNS": "200"})
    assert proc.returncode == 0, f"{cmd}\n{proc.stdout}\n{proc.stderr}"
    return proc


@pytest.fixture(scope="module")
def fresh(tmp_path_factory) -> Path:
    """A virtualenv holding only the wheel (and the blocker), seeing the deps via a .pth line."""
    work = tmp_path_factory.mktemp("packaging")
    source = work / "source"
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(*NOT_PACKAGED), symlinks=True)
    built = run(sys.executable, "-m", "pip", "wheel", "-v", "--no-deps", "-w", work / "wheels",
                source, cwd=work)
    assert not re.search(r"Deprecat", built.stdout + built.stderr), "setuptools warned while building"
    wheel = next((work / "wheels").glob("jixiao-*.whl"))
    venv = work / "venv"
    run(sys.executable, "-m", "venv", "--without-pip", venv, cwd=work)
    python = venv / "bin" / "python"
    site = Path(run(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])",
                    cwd=work).stdout.strip())
    (site / "project_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    (site / "sitecustomize.py").write_text(BLOCKER.format(blocked=sorted(extras_only_for_tests())))
    run(sys.executable, "-m", "pip", "--python", python, "install", "--no-deps", "--no-index",
        wheel, cwd=work)
    return venv


def test_the_wheel_installs_under_jixiao_only(fresh):
    site = next(fresh.glob("lib/python*/site-packages"))
    top = {p.name for p in site.iterdir()}
    assert not top & {"extract", "normalize", "pipelines"}, top
    assert {"extract", "normalize", "pipelines"} <= {p.name for p in (site / "jixiao").iterdir()}
    assert any(name.startswith("jixiao-") and name.endswith(".dist-info") for name in top)


def test_the_installed_command_runs(fresh, tmp_path):
    jixiao = fresh / "bin" / "jixiao"
    assert "ingest" in run(jixiao, "--help", cwd=tmp_path).stdout
    version = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"]
    assert run(jixiao, "--version", cwd=tmp_path).stdout.strip() == f"jixiao {version}"
    archive = tmp_path / "archive"
    archive.mkdir()
    shutil.copy(SAMPLE, archive)
    proc = run(jixiao, "ingest", archive, "--data", tmp_path / "data", "-w", "1", "-q", "--json",
               cwd=tmp_path)
    summary = json.loads(proc.stdout)
    assert (summary["documents"], summary["ok"], summary["rows"]["scores"]) == (1, 1, 39)


def test_the_installed_library_parses(fresh, tmp_path):
    code = ("import sys, jixiao; r = jixiao.parse(sys.argv[1]); frames = r.to_pandas(); "
            "print(jixiao.__file__, r.status, len(frames['scores']))")
    proc = run(fresh / "bin" / "python", "-c", code, SAMPLE, cwd=tmp_path)
    path, status, scores = proc.stdout.split()
    assert Path(path).is_relative_to(fresh) and (status, scores) == ("ok", "39")
    blocked = run(fresh / "bin" / "python", "-c",
                  "import importlib.util as u\ntry:\n import pytest\nexcept ModuleNotFoundError as e:"
                  "\n print('blocked', e)", cwd=tmp_path)
    assert blocked.stdout.startswith("blocked")


def test_make_demo_installs_no_test_extras(tmp_path):
    """`make demo` in a fresh checkout (dry run): jixiao and its runtime dependencies only."""
    proc = run("make", "-n", "demo", f"VENV={tmp_path / 'venv'}", cwd=ROOT)
    installs = [line for line in proc.stdout.splitlines() if "pip install" in line]
    assert any(line.rstrip().endswith("install --quiet -e .") for line in installs), installs
    assert not any("[test]" in line or "[dask]" in line for line in installs), installs
    assert f"{tmp_path / 'venv'}/bin/jixiao ingest samples/" in proc.stdout
