"""The weight-in-label pattern and the operator set are written once, in ``normalize/vocabulary.py``."""

from __future__ import annotations

from pathlib import Path

import pytest
import regex as re

from jixiao.normalize.vocabulary import OPERATOR_SYMBOLS, WEIGHT_IN_LABEL_PATTERN

ROOT = Path(__file__).resolve().parents[2]
SOURCES = sorted(p for folder in ("extract", "normalize", "pipelines") for p in (ROOT / folder).rglob("*.py")
                 if p.name != "vocabulary.py")
#: How a copy of either would be spelt: a weight bracket (分) and a run of two operator symbols.
COPIES = [re.compile(r"分\\?s?\*?\[\)）\]|分\[\)）\]"), re.compile(r"[≥≤≧≦][≥≤≧≦<>=＝]")]


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_copy_of_the_weight_pattern_or_operator_set(path):
    text = path.read_text(encoding="utf-8")
    assert not any(c.search(text) for c in COPIES)


@pytest.mark.parametrize(("label", "weight"), [("产出指标(50分)", "50"), ("预算执行情况（10 分）", "10"),
                                               ("相关性(2.5分)", "2.5")])
def test_weight_in_label(label, weight):
    assert re.search(WEIGHT_IN_LABEL_PATTERN, label).group("weight") == weight


def test_operator_symbols_are_the_operator_prefixes_without_words():
    assert {"≥", ">=", "≤", "<=", "=", "＝", "》"} <= set(OPERATOR_SYMBOLS)
    assert not any(w in OPERATOR_SYMBOLS for w in ("不低于", "以上", "约"))
