"""Legacy and local indicator levels → the national framework (成本/产出/效益/满意度 指标 and their
二级 names). Pure; the words live in ``normalize.vocabulary``.

What was written stays in ``level1``/``level2``; these give the extra columns ``level1_national``
and ``level2_national``.
"""

from __future__ import annotations

from jixiao.normalize.text import fold_key
from jixiao.normalize.vocabulary import (
    INDICATOR_WORD,
    LEVEL1_STD_TO_NATIONAL,
    LEVEL2_TO_NATIONAL,
    LEVEL_SUFFIXES,
    NATIONAL_LEVEL2,
    OUTCOME_LEVEL1_STD,
    SATISFACTION_NATIONAL_LEVELS,
    SATISFACTION_NAME_WORD,
)


def _strip_suffix(key: str) -> str:
    for suffix in LEVEL_SUFFIXES:
        if key.endswith(suffix) and len(key) > len(suffix):
            return key[: -len(suffix)]
    return key


def national_levels(level1_std: str | None, level2: str | None,
                    level3: str | None = None) -> tuple[str | None, str | None]:
    """(national 一级, national 二级) for one indicator.

    A 二级 the framework knows decides both (``数量`` → 产出指标/数量指标, ``长效管理`` → 效益指标/
    可持续影响指标); under a national 一级 whose 二级 list holds it, the written 一级 is kept (a 成本指标
    二级 under 产出 stays there). Otherwise the 一级 maps alone (``效果`` → 效益指标) and the 二级 is
    None — except that a legacy outcome block's indicator named …满意度 is a 服务对象满意度指标.
    """
    level1_national = LEVEL1_STD_TO_NATIONAL.get(level1_std) if level1_std else None
    key = _strip_suffix(fold_key(level2)) if level2 else ""
    if key in LEVEL2_TO_NATIONAL:
        mapped1, mapped2 = LEVEL2_TO_NATIONAL[key]
        if level1_national and mapped2 in NATIONAL_LEVEL2.get(level1_national, ()):
            return level1_national, mapped2
        return mapped1, mapped2
    if key and level1_national and f"{key}{INDICATOR_WORD}" in NATIONAL_LEVEL2.get(level1_national, ()):
        return level1_national, f"{key}{INDICATOR_WORD}"
    outcome_block = level1_std is None or level1_std in OUTCOME_LEVEL1_STD
    if not key and outcome_block and level3 and SATISFACTION_NAME_WORD in fold_key(level3):
        return SATISFACTION_NATIONAL_LEVELS
    return level1_national, None
