"""The expectation of a generated twin: its original's expectation, naming the twin and saying where
it came from. Shared by the ``make_*_sample(s).py`` scripts (run as ``python scripts/NAME.py``)."""

from __future__ import annotations

import json
from pathlib import Path

EXPECTED_SUFFIX = ".expected.json"
#: what every twin's note says after naming its origin; an earlier twin's prefix ends here.
SAME_ROWS = "): same rows. "


def expectation_path(document: Path) -> Path:
    return document.with_name(document.name + EXPECTED_SUFFIX)


def write_twin_expectation(original: Path, twin: Path, origin: str, *, drop_earlier_origin: bool) -> None:
    """Write ``twin``'s expectation: ``original``'s, with ``doc`` naming the twin and the note
    starting with ``origin``. With ``drop_earlier_origin`` the original's own note loses the
    twin prefix it may carry (the original is itself a generated twin)."""
    expected = json.loads(expectation_path(original).read_text("utf-8"))
    expected["doc"] = twin.name
    earlier = expected["notes"].split(SAME_ROWS, 1)[-1] if drop_earlier_origin else expected["notes"]
    expected["notes"] = origin + earlier
    expectation_path(twin).write_text(json.dumps(expected, ensure_ascii=False, indent=1) + "\n", "utf-8")
