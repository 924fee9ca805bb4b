"""Generated forms read back in one shape: the floor checks the generated-form tests share."""

from __future__ import annotations

from typing import Sequence

from tests.formgen.families import generate
from tests.formgen.heldout import form_tasks
from tests.formgen.scoring import Outcome, run_task


def read_back(family: str, seeds: Sequence[int], shapes: Sequence[str]) -> list[Outcome]:
    """Every dev seed of ``family`` rendered in each of ``shapes`` (text shapes, PDF text shapes,
    docx/pdf/xlsx) and parsed: one outcome a document, seed by seed, in the order of ``shapes``."""
    forms = [(seed, generate(family, seed)) for seed in seeds]
    return [run_task(task) for task in form_tasks(forms, list(shapes))]


def assert_seeds_read_back(family: str, seeds: Sequence[int], shape: str, floor: float) -> None:
    """Every dev seed of ``family`` rendered in ``shape`` and parsed scores at least ``floor``
    (overall F1); the failure names the document, its score and its first mismatches."""
    for outcome in read_back(family, seeds, (shape,)):
        assert outcome.overall.f1 >= floor, (outcome.key, outcome.overall.f1, outcome.mismatches[:5])


def mean_f1(family: str, seeds: Sequence[int], *shapes: str) -> float:
    """The mean overall F1 of the dev seeds of ``family`` rendered in each of ``shapes`` and parsed."""
    scores = [outcome.overall.f1 for outcome in read_back(family, seeds, shapes)]
    return sum(scores) / len(scores)
