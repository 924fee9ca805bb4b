import pytest

from jixiao.normalize.taxonomy import national_levels


@pytest.mark.parametrize("level1_std, level2, level3, expected", [
    ("产出", "数量", None, ("产出指标", "数量指标")),
    ("产出", "时效指标", None, ("产出指标", "时效指标")),
    ("产出", "成本指标", None, ("产出指标", "成本指标")),
    ("成本", "经济成本指标", None, ("成本指标", "经济成本指标")),
    ("成本", None, None, ("成本指标", None)),
    ("效果", "社会效益", None, ("效益指标", "社会效益指标")),
    ("效果", "满意度", None, ("满意度指标", "服务对象满意度指标")),
    ("效果", None, "市民知晓率", ("效益指标", None)),
    ("影响力", "长效管理", None, ("效益指标", "可持续影响指标")),
    ("影响力", None, "12315热线话务群众满意度", ("满意度指标", "服务对象满意度指标")),
    ("投入与管理", "财务管理", "资金使用规范性", (None, None)),
    (None, "生态环境成本指标", None, ("成本指标", "生态环境成本指标")),
    (None, None, None, (None, None)),
])
def test_national_levels(level1_std, level2, level3, expected):
    assert national_levels(level1_std, level2, level3) == expected
