"""A whole form run together into one line and closed by a cell's bar (``… |``: a converter that
writes one cell a line, given a form that is one cell) reads as the same form without the bar."""

from dataclasses import replace

from tests.formgen.families import generate
from tests.formgen.heldout import text_task
from tests.formgen.scoring import run_task

SEEDS = range(4)


def test_a_glued_form_closed_by_a_bar_reads_as_the_glued_form():
    for family in ("T-HB", "T-NAT self-eval"):
        for seed in SEEDS:
            task = text_task(seed, generate(family, seed), "glued")
            barred = replace(task, data=task.data.rstrip(b"\n") + " |\n".encode())
            plain, closed = run_task(task).overall.f1, run_task(barred).overall.f1
            assert closed >= plain - 0.01, (family, seed, plain, closed)
            assert closed >= 0.9, (family, seed, closed)
