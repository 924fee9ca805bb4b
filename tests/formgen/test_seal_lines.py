"""Signature lines after a form's tables (填报单位（盖章）：…  填报人：…  联系电话：…, drawn on their own
stream) end the tables: they are never read as an indicator or a project of a results table."""

import random

import pytest

from tests.formgen.parts import seal_lines
from tests.formgen.readback import assert_seeds_read_back


def _sealed_seeds(family: str) -> list[int]:
    """The dev seeds 0-19 whose form prints seal lines (drawn as ``families.generate`` draws them)."""
    return [s for s in range(20) if seal_lines(random.Random(f"{family}:{s}:seal"), None)]


@pytest.mark.parametrize("family", ["T-old", "results table"])
def test_a_seal_line_ends_the_table(family):
    seeds = _sealed_seeds(family)
    assert len(seeds) >= 3
    for shape in ("tab", "paragraph"):
        assert_seeds_read_back(family, seeds, shape, 0.99)
