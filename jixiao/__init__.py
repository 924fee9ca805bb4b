"""jixiao: China's budget-performance paperwork (绩效目标表, 自评表, 评价报告) as typed tables.

The public API (see ``jixiao.api``): ``parse`` one document into its tables, ``ingest`` an archive
into a dataset folder, ``open`` that folder as a DuckDB connection, ``read`` one of its tables as a
pandas DataFrame; ``__version__``. They are imported on first use, so ``import jixiao`` stays light.

The design card keeps the code in three top-level folders, ``extract/``, ``normalize/`` and
``pipelines/``; they are installed as ``jixiao.extract``, ``jixiao.normalize`` and
``jixiao.pipelines`` (setuptools ``package-dir`` mapping), so no generic top-level name is claimed.
"""
from __future__ import annotations

from importlib import metadata as _metadata
from pathlib import Path as _Path
from typing import TYPE_CHECKING, Any

# In a source checkout (tests run from the repository) the three folders sit beside this one;
# an installed wheel holds them inside it. The checkout is added to the package's search path only
# when the subpackages are not already inside it.
_here = _Path(__file__).resolve().parent
if not (_here / "extract").is_dir() and (_here.parent / "extract" / "__init__.py").is_file():
    __path__.append(str(_here.parent))  # type: ignore[name-defined]  # noqa: F821

try:    # one source: the version in pyproject.toml, as installed
    __version__: str = _metadata.version("jixiao")
except _metadata.PackageNotFoundError:      # the folder used without installing it
    __version__ = "0+unknown"

__all__ = ["parse", "ingest", "open", "read", "Result", "Summary", "__version__"]
_API = frozenset(__all__) - {"__version__"}

if TYPE_CHECKING:
    from jixiao.api import Result, Summary, ingest, open, parse, read  # noqa: F401


def __getattr__(name: str) -> Any:
    if name in _API:
        from jixiao import api
        return getattr(api, name)
    raise AttributeError(f"module 'jixiao' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | _API)
