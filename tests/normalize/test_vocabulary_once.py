"""The weight-in-label pattern and the operator set are written once, in ``normalize/vocabulary.py``."""

from __future__ import annotations

import ast
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


#: Modules that still spell Chinese words in code (to move into the vocabulary); every other module of
#: extract/ and normalize/ takes its words from ``normalize/vocabulary.py``.
STILL_SPELLING_WORDS = frozenset({
    "extract/forms/indicator_rows.py", "extract/forms/score_table.py",
    "extract/forms/target_form.py", "extract/layout/glued.py", "extract/layout/glued_cells.py", "extract/layout/glued_form.py",
    "extract/layout/raw_rows.py",
})
#: Modules whose Chinese is a message to the user (how to repair a file), not a word they read by.
USER_MESSAGES_IN_CHINESE = frozenset({"extract/readers/ofd.py"})
_HAN = re.compile(r"\p{Han}")


def _words_in_code(path: Path) -> list[tuple[int, str]]:
    """String literals holding Han characters, outside docstrings and the messages of ``raise``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skipped: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body \
                and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant):
            skipped.add(id(node.body[0].value))
        if isinstance(node, ast.Raise):
            skipped.update(id(n) for n in ast.walk(node))
    return [(n.lineno, n.value) for n in ast.walk(tree)
            if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in skipped
            and _HAN.search(n.value)]


WORD_FREE = [p for p in SOURCES if p.parts[len(ROOT.parts)] in ("extract", "normalize")
             and str(p.relative_to(ROOT)) not in STILL_SPELLING_WORDS | USER_MESSAGES_IN_CHINESE]


@pytest.mark.parametrize("path", WORD_FREE, ids=lambda p: str(p.relative_to(ROOT)))
def test_module_takes_its_words_from_the_vocabulary(path):
    assert _words_in_code(path) == []


def test_a_word_in_code_is_found():
    """The check above can fail: a module with a word in a literal is caught, its docstring is not."""
    sample = ROOT / "tests" / "normalize" / "test_vocabulary_once.py"
    assert any("分" in text for _, text in _words_in_code(sample))
