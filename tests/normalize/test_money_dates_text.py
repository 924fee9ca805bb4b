import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import assume, given, strategies as st

from jixiao.normalize.dates import parse_date, parse_fiscal_year
from jixiao.normalize.money import budget_item_for_label, money_unit_multiplier, parse_amount_yuan, parse_percent
from jixiao.normalize.numbers import float32_typed_text, parse_chinese_number, parse_decimal
from jixiao.normalize.text import clean_label, clean_text, join_wrapped_lines, strip_converter_markup


@pytest.mark.parametrize("text, expected", [
    ("6,229,239", "6229239.00"), ("133340000", "133340000.00"), ("73,985,000.40", "73985000.40"),
    ("359.36万元", "3593600.00"), ("0", "0.00"), ("0.00", "0.00"), ("1.0亿元", "100000000.00"),
])
def test_amounts(text, expected):
    assert parse_amount_yuan(text) == Decimal(expected)


def test_declared_unit_applies_unless_the_cell_says_otherwise():
    assert parse_amount_yuan("880", 10_000) == Decimal("8800000.00")
    assert parse_amount_yuan("20元", 10_000) == Decimal("20.00")


@pytest.mark.parametrize("text", [None, "", "/", "-", "——", "abc", "1,2"])
def test_not_amounts(text):
    assert parse_amount_yuan(text) is None


@given(st.decimals(min_value=0, max_value=10**8, places=2, allow_nan=False))
def test_wan_yuan_is_ten_thousand_yuan(x):
    assert parse_amount_yuan(f"{x}万元") == (x * 10000).quantize(Decimal("0.01"))


@pytest.mark.parametrize("label, unit", [("项目资金 (万元)", 10_000), ("项目总预算（元）", 1),
                                         ("金额单位:元", 1), ("单位:亿元", 100_000_000), ("项目名称", None)])
def test_money_unit_from_label(label, unit):
    assert money_unit_multiplier(label) == unit


@pytest.mark.parametrize("label, item", [
    ("项目总预算（元）", "total_budget"), ("项目资金总额", "total_budget"),
    ("年度资金申请总额", "current_year_budget"), ("其中：当年财政拨款", "fiscal_appropriation"),
    ("其中：财政资金", "fiscal_appropriation"), ("上年结转资金", "carryover"), ("其他资金", "other_funds"),
    ("同名项目上年预算额（元）", "prior_year_budget"), ("同名项目上年预算执行数（元）", "prior_year_spent"),
    ("小计", "subtotal"), ("服务器", "component"),
])
def test_budget_items(label, item):
    assert budget_item_for_label(label) == item


def test_percent():
    assert parse_percent("99.61%") == 99.61 and parse_percent("83.87%%") == 83.87
    assert parse_percent("适应") is None


@pytest.mark.parametrize("text", ["2019-1-1", "2019年1月1日", "2019.1.1", "2019/1/1", "2019 年 1 月 1 日"])
def test_date_spellings(text):
    assert parse_date(text) == dt.date(2019, 1, 1)


def test_impossible_date():
    assert parse_date("2019-2-30") is None


@pytest.mark.parametrize("text, year", [("(2020年度)", 2020), ("（2024 年度）", 2024), ("(2019年)", 2019), ("无", None)])
def test_fiscal_year(text, year):
    assert parse_fiscal_year(text) == year


def test_chinese_numbers():
    assert parse_chinese_number("零点八") == pytest.approx(0.8)
    assert parse_chinese_number("二十五") == 25
    assert parse_chinese_number("一万二千") == 12000
    assert parse_chinese_number("第二") is None


def test_cjk_spacing():
    assert clean_text(" 服务对象满意度 指标 ") == "服务对象满意度指标"
    assert clean_text("12333 热线咨询平台") == "12333热线咨询平台"
    assert clean_text("Hello world") == "Hello world"
    assert clean_label("项目总预算（元）：") == "项目总预算（元）"


@given(st.text(max_size=80))
def test_clean_text_is_idempotent(text):
    once = clean_text(text)
    assert clean_text(once) == once


def test_markup():
    assert strip_converter_markup('经常性专项业务费 <input checked="" type="checkbox"/>') == "经常性专项业务费 ☑"
    assert strip_converter_markup('结转项目 <input type="checkbox"/>') == "结转项目 ☐"
    assert strip_converter_markup(r"$\geq 88\%$") == "≥88%"
    assert strip_converter_markup("## 财政项目支出绩效目标申报表") == "财政项目支出绩效目标申报表"


def test_wrapped_lines_join_without_blanks():
    assert join_wrapped_lines(["受理渠道包括来电、来访", "、书面寄件"]) == "受理渠道包括来电、来访、书面寄件"


import pytest as _pytest

from jixiao.normalize.rows import split_glued_code


@_pytest.mark.parametrize("value, code", [
    ("51000021R000000019951-工资性支出", "51000021R000000019951"),
    ("405001-南部县教育科技和体育局", "405001"),
    ("【312】衡阳市石鼓区人力资源和社会保障局", "312"),
    ("2019-01-01", None),                 # a date, not a code
    ("ABC-公司", None),                    # no digit
    ("某县农业农村局", None),
])
def test_split_glued_code_keeps_value_and_finds_code(value, code):
    assert split_glued_code(value) == code


def test_float32_widened_numbers_are_read_as_typed_only_on_proof():
    assert float32_typed_text("12.600000381469727") == "12.6"
    assert float32_typed_text("1,282.5999755859375") == "1282.6"
    assert parse_decimal("1282.5999755859375") == Decimal("1282.6")
    # short numbers, a float32 value with no short reading, a cut expansion: as written
    for text in ("12.6", "1234567.125", "0.0900000762939453", "12.60000038146973", "3.14159265358979"):
        assert float32_typed_text(text) == text


@given(st.one_of(st.floats(allow_nan=False, allow_infinity=False, width=32).map(repr),
                 st.decimals(allow_nan=False, allow_infinity=False).map(str),
                 st.integers(min_value=-10**15, max_value=10**15).map(lambda n: f"{n:,}")))
def test_parse_decimal_repairs_widened_float32_exactly_as_float32_typed_text(text):
    # parse_decimal skips the float32 proof for short numbers (the hot path): same result as always asking it
    assume("e" not in text.lower())                      # exponent notation is not a number as documents write one
    expected = Decimal(float32_typed_text(text.replace(",", "")))
    assert parse_decimal(text) == expected
