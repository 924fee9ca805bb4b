"""Hunan 项目支出绩效目标表 (T-HN) as pipe rows that kept their blank cells: 指标值类型 | *指标值 |
计量单位 columns, merged 一级/二级 cells blank in the rows below, and a row that names both a 一级 and
its 二级 (成本指标 | 经济成本指标), where 成本指标 is a 一级 although older forms use it as a 二级."""

from jixiao.pipelines.ingest import parse_bytes

VARIANT = "\n".join([
    "| 项目支出绩效目标表 | | | | | | | |",
    "|---|---|---|---|---|---|---|---|",
    "| (2025年度) | | | | | | | |",
    "| 项目名称 | 农村公路养护 | | | | | | |",
    "| 主管部门及代码 | 【208】某县交通运输局 | | | 实施单位 | 某县公路建设养护中心 | | |",
    "| 资金情况(万元) | 年度资金总额: | 420.00 | | | | | |",
    "| 一级指标 | 二级指标 | 三级指标 | 指标值类型 | *指标值 | 计量单位 | *指标解释 | *评(扣)分标准 |",
    "| 产出指标 | 数量指标 | 养护里程 | ≥ | 310 | 公里 | 反映年度养护公路里程 | 每少10公里扣1分 |",
    "| 日常养护单价 | ≤ | 1.2 | 万元/公里·年 | 反映每公里年度养护成本 | 超出不得分 ||",
    "| 成本指标 | 经济成本指标 | 养护资金总额 | ≤ | 420 | 万元 | 反映年度养护资金规模 | 不超预算得满分 |",
    "| 效益指标 | 社会效益指标 | 路况优良率 | ≥ | 85 | % | 反映公路技术状况 | 每低1个百分点扣1分 |",
    "| 通行安全水平 | 定性 | 明显提升 | | 反映群众出行安全 | 酌情评分 ||",
])


def test_two_level_cells_in_a_kept_blanks_row_are_a_level1_and_its_level2():
    indicators = parse_bytes(VARIANT.encode(), "hn.txt").rows["indicators"]
    got = [(i["level1"], i["level2"], i["level3"], i["operator"], i["value"], i["unit"])
           for i in indicators]
    assert got == [
        ("产出指标", "数量指标", "养护里程", ">=", 310.0, "公里"),
        ("产出指标", "数量指标", "日常养护单价", "<=", 12000.0, "元/公里·年"),
        ("成本指标", "经济成本指标", "养护资金总额", "<=", 4200000.0, "元"),
        ("效益指标", "社会效益指标", "路况优良率", ">=", 85.0, "%"),
        ("效益指标", "社会效益指标", "通行安全水平", None, None, None),
    ]
    assert indicators[-1]["qualitative"] == "明显提升"
