"""The evaluated project's name in a report: the place and year a report writes before the quoted
name are dropped, words that only end like a place stay."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jixiao.extract.report_parts import _without_region_and_year, project_and_year


@pytest.mark.parametrize(("quoted", "name", "year"), [
    ("马踏镇2023年度乡村振兴衔接资金", "乡村振兴衔接资金", "2023"),
    ("青神县2022年度农村公路日常养护经费", "农村公路日常养护经费", "2022"),
    ("2021年度井研县马踏镇村组干部报酬", "村组干部报酬", "2021"),
    ("山东省青岛市市南区2024年城区道路机械化清扫保洁", "城区道路机械化清扫保洁", "2024"),
    ("宁德市消费者维权管理专项", "消费者维权管理专项", None),
    ("城区道路机械化清扫保洁", "城区道路机械化清扫保洁", None),
    ("城镇污水处理厂运维经费", "城镇污水处理厂运维经费", None),
    ("老旧小区改造补助", "老旧小区改造补助", None),
    ("城市管理执法经费", "城市管理执法经费", None),
    ("2023年度高标准农田建设", "高标准农田建设", "2023"),
])
def test_place_and_year_are_dropped_and_place_like_words_kept(quoted: str, name: str, year: str | None) -> None:
    assert _without_region_and_year(quoted) == (name, year)


def test_a_report_names_its_project_without_the_town() -> None:
    prose = "受马踏镇人民政府委托，对“马踏镇2023年度乡村振兴衔接资金”项目开展绩效评价。"
    assert project_and_year(prose, []) == ("乡村振兴衔接资金", "2023")


@given(st.text(alphabet="农村公路养护经费资金补助建设管理服务运维", min_size=2, max_size=20))
def test_a_name_without_place_or_year_is_kept_whole(name: str) -> None:
    assert _without_region_and_year(name) == (name, None)
