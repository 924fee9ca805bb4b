"""jixiao: China's budget-performance paperwork (绩效目标表, 自评表, 评价报告) as typed tables.

The design card keeps the code in three top-level folders, ``extract/``, ``normalize/`` and
``pipelines/``; they are installed as ``jixiao.extract``, ``jixiao.normalize`` and
``jixiao.pipelines`` (setuptools ``package-dir`` mapping), so no generic top-level name is claimed.
"""
from __future__ import annotations

from pathlib import Path as _Path

# In a source checkout (tests run from the repository) the three folders sit beside this one;
# an installed wheel holds them inside it. The checkout is added to the package's search path only
# when the subpackages are not already inside it.
_here = _Path(__file__).resolve().parent
if not (_here / "extract").is_dir() and (_here.parent / "extract" / "__init__.py").is_file():
    __path__.append(str(_here.parent))  # type: ignore[name-defined]  # noqa: F821

__version__ = "0.2.0"
