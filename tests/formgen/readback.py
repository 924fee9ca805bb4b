"""Generated forms read back in one text shape: the floor check the generated-form tests share."""

from __future__ import annotations

from tests.formgen.families import generate
from tests.formgen.heldout import text_task
from tests.formgen.scoring import run_task


def assert_seeds_read_back(family: str, seeds: tuple[int, ...], shape: str, floor: float) -> None:
    """Every dev seed of ``family`` rendered in ``shape`` and parsed scores at least ``floor``
    (overall F1); the failure names the seed, its score and its first mismatches."""
    for seed in seeds:
        outcome = run_task(text_task(seed, generate(family, seed), shape))
        assert outcome.overall.f1 >= floor, (seed, shape, outcome.overall.f1, outcome.mismatches[:5])
