"""Row-only tables (flat multi-project tables, target forms' indicator tables, several projects'
results) and titleless score tables read in the shapes that lose their row breaks: fixed generated
forms of each family, rendered one cell per line with blank cells dropped, on one line, split by
single blanks and with their titles removed (``make accuracy`` and the held-out block measure more)."""

from __future__ import annotations

import pytest

from tests.formgen.readback import assert_seeds_read_back

FAMILIES = ["T-SC-flat", "T-HN", "results table", "T-old", "score table"]
SHAPES = ["one_line", "line_dropped", "spaced", "no_title"]
SEEDS = (3, 17)
#: T-HN's seed 17 now draws fill-in hints in its names (``xianjie.py``): 18, unchanged, instead (the hints
#: on one line: ``test_xianjie_forms.py``)
SEEDS_OF = {"T-HN": (3, 18)}
#: seeds 0-99 of these families score 0.98–1.00 in these shapes; one document may lose a few fields
FLOOR = 0.9


@pytest.mark.parametrize("family", FAMILIES)
@pytest.mark.parametrize("shape", SHAPES)
def test_row_tables_read_without_their_row_breaks(family, shape):
    assert_seeds_read_back(family, SEEDS_OF.get(family, SEEDS), shape, FLOOR)
