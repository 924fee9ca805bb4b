"""blind8 documents 1-4: two PDF text shapes, a real .docx, a real .xlsx."""
import os, tempfile
from common import *

TMP = tempfile.mkdtemp(prefix='blind8_')


# 1 ---------------------------------------------------------------- 山东 潍坊 寿光市, target form, pdftotext -layout
def shouguang():
    doc = 'shandong_weifang-shouguang_targets_pdftotext-layout_2024.txt'
    name = '寿光市设施蔬菜标准化生产基地建设项目'
    unit, dept = '寿光市蔬菜产业发展中心', '寿光市农业农村局'
    # (一级, 二级, 三级, 指标值 as printed, op, value, unit)
    I = [
        ('产出指标', '数量指标', '新建标准化蔬菜大棚', '≥320个', '>=', 320, '个'),
        ('产出指标', '数量指标', '推广水肥一体化面积', '≥1.5万亩', '>=', 15000, '亩'),
        ('产出指标', '数量指标', '开展种植技术培训', '12期以上', '>=', 12, '期'),
        ('产出指标', '质量指标', '大棚建设验收合格率', '100%', '=', 100, '%'),
        ('产出指标', '质量指标', '蔬菜质量安全抽检合格率', '≥98%', '>=', 98, '%'),
        ('产出指标', '时效指标', '项目建设完成时间', '2024年11月底前', None, None, None),
        ('成本指标', '经济成本指标', '单个大棚建设补助标准', '≤3.5万元/个', '<=', 35000, '元/个'),
        ('效益指标', '经济效益指标', '带动种植户年增收', '≥2000元/户', '>=', 2000, '元/户'),
        ('效益指标', '社会效益指标', '带动农民就业人数', '不少于800人', '>=', 800, '人'),
        ('效益指标', '生态效益指标', '化肥使用量减少比例', '≥5%', '>=', 5, '%'),
        ('效益指标', '可持续影响指标', '设施农业长效运营机制', '健全', None, None, None),
        ('满意度指标', '服务对象满意度指标', '种植户满意度', '≥90%', '>=', 90, '%'),
    ]
    goal = ('2024年新建标准化蔬菜大棚320个，推广水肥一体化1.5万亩，开展种植技术培训12期以上，'
            '蔬菜质量安全抽检合格率稳定在98%以上，带动种植户增收和农民就近就业。')
    d = new_doc()
    d.add_paragraph('寿光市2024年度市级项目支出绩效目标公开')
    d.add_paragraph('山东省市县级项目支出绩效目标表')
    d.add_paragraph('（2024年度）')
    d.add_paragraph('填报单位（盖章）：寿光市蔬菜产业发展中心                    金额单位：万元')
    rows = [
        ['项目名称', (name, 4)],
        ['主管部门', dept, '实施单位', (unit, 2)],
        ['项目性质', '新增项目', '项目期限', ('2024年1月1日至2024年12月31日', 2)],
        ['项目资金', ('年度资金总额', 2), ('1,280.00', 2)],
        [None, ('其中：财政拨款', 2), ('1,080.00', 2)],
        [None, ('其他资金', 2), ('200.00', 2)],
        ['年度绩效目标', (goal, 4)],
        ['绩效指标', '一级指标', '二级指标', '三级指标', '指标值'],
    ]
    prev = (None, None)
    for l1, l2, l3, raw, *_ in I:
        rows.append([None, l1 if l1 != prev[0] else None, l2 if (l1, l2) != prev else None, l3, raw])
        prev = (l1, l2)
    # merged 一级/二级: None means vertical merge with the cell above
    docx_table(d, 5, rows, widths=[2.4, 2.8, 3.4, 5.0, 3.4], font_pt=10)
    d.add_paragraph('填报人：刘晓燕    联系电话：0536-5221867    填报日期：2024年1月15日')
    p = os.path.join(TMP, 'shouguang.docx'); d.save(p)
    write_text(doc, pdftotext(docx_to_pdf(p, TMP), '-layout'))
    budget = [BL('current_year_budget', '年度资金总额', amt=Y('1280')),
              BL('fiscal_appropriation', '其中：财政拨款', amt=Y('1080')),
              BL('other_funds', '其他资金', amt=Y('200'))]
    inds = [IND(*r) for r in I]
    notes = ('Blind sample (blind8): 山东 潍坊 寿光市 2024 市县级项目支出绩效目标表, a python-docx table (merged 一级/二级 cells, '
             'merged money label) printed to PDF by LibreOffice and extracted with `pdftotext -layout` (kept). fiscal_year 2024 from '
             '（2024年度）. 主管部门 -> department, 实施单位 -> reporting_unit (the 填报单位 caption repeats it), 项目性质 -> project_type '
             '(2024 rule); 项目期限 -> dates. Money: unit only in the caption 金额单位：万元 (x10000), thousands commas; 年度资金总额 '
             'current_year_budget, 其中：财政拨款 fiscal_appropriation, 其他资金 other_funds (1080 + 200 = 1280), parent null (one-column '
             'block). Indicators: merged 一级/二级 filled down; 成本指标 its own 一级; ≥1.5万亩 -> 15000 亩; 12期以上 -> >= 12 期; bare 100% '
             '-> =; ≤3.5万元/个 -> <= 35000 元/个 (万 folded, per-个 kept in the unit); 不少于800人 -> >= 800; 2024年11月底前 and 健全 word '
             'targets. 年度绩效目标 prose restates table indicators: no goal_text rows (blind4 jinjiang precedent). Page header line, 填报人 line not data.')
    write_expected(doc, 'target_form', notes, [FORM(0, 2024, name, unit, dept, budget, inds, project_type='新增项目',
                                                     start_date='2024-01-01', end_date='2024-12-31')])


# 2 ---------------------------------------------------------------- 江西 九江 修水县, national self-eval, pdfplumber
def xiushui():
    doc = 'jiangxi_jiujiang-xiushui_nat_selfeval_pdfplumber_2023.txt'
    name = '修水县茶叶产业提质增效项目'
    unit, dept = '修水县茶叶产业发展中心', '修水县农业农村局'
    M = [  # label, 年初, 全年, 执行, 分值, 执行率, 得分, item
        ('年度资金总额', '600.00', '650.00', '624.00', '10', '96.00%', '9.6', 'current_year_budget'),
        ('其中：当年财政拨款', '600.00', '620.00', '596.50', '—', '96.21%', '—', 'fiscal_appropriation'),
        ('上年结转资金', '—', '30.00', '27.50', '—', '91.67%', '—', 'carryover'),
        ('其他资金', '—', '—', '—', '—', '—', '—', 'other_funds'),
    ]
    dev1 = ('2台（套）揉捻机组因供货商产能不足延至2024年1月交付，4台（套）杀青机改为2024年采购。改进措施：'
            '2024年项目提前完成设备招标，合同中明确交付期限及违约责任。')
    dev2 = ('部分脱贫户因外出务工未参与茶园管护用工，实际带动人数略低于目标。改进措施：与村级帮扶车间对接，'
            '推行季节性采茶用工登记。')
    I = [  # 一级, 二级, 三级, 指标值, op, val, unit, 实际, 实际值, 分值, 得分, 偏差原因
        ('产出指标', '数量指标', '新建高标准生态茶园面积', '≥5000亩', '>=', 5000, '亩', '5120亩', 5120, 10, 10, ''),
        ('产出指标', '数量指标', '茶叶加工设备更新数量', '≥40台（套）', '>=', 40, '台（套）', '34台（套）', 34, 10, 8.5, dev1),
        ('产出指标', '质量指标', '茶园绿色防控覆盖率', '≥90%', '>=', 90, '%', '92%', 92, 10, 10, ''),
        ('产出指标', '时效指标', '补助资金兑付及时率', '100%', '=', 100, '%', '100%', 100, 10, 10, ''),
        ('产出指标', '成本指标', '每亩茶园建设补助标准', '≤1200元', '<=', 1200, '元', '1150元', 1150, 10, 10, ''),
        ('效益指标', '经济效益指标', '带动茶农户均增收', '≥3000元', '>=', 3000, '元', '3260元', 3260, 10, 10, ''),
        ('效益指标', '社会效益指标', '带动脱贫户就业人数', '≥600人', '>=', 600, '人', '570人', 570, 10, 9.5, dev2),
        ('效益指标', '生态效益指标', '茶园水土流失状况', '有效改善', None, None, None, '明显改善', None, 10, 10, ''),
        ('满意度指标', '服务对象满意度指标', '茶农满意度', '≥90%', '>=', 90, '%', '95.2%', 95.2, 10, 10, ''),
    ]
    total = '97.6'  # 9.6 + (10+8.5+10+10+10) + (10+9.5+10) + 10 = 9.6 + 48.5 + 29.5 + 10
    d = new_doc(landscape=True)
    d.add_paragraph('项目支出绩效自评表')
    d.add_paragraph('（2023年度）')
    rows = [
        ['项目名称', (name, 8)],
        ['主管部门', (dept, 3), '实施单位', (unit, 4)],
        ['项目资金（万元）', ('', 2), '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    ]
    for m in M:
        rows.append([None, (m[0], 2)] + list(m[1:7]))
    rows += [
        ['年度总体目标', ('预期目标', 4), ('实际完成情况', 4)],
        [None, ('2023年新建高标准生态茶园5000亩以上，更新茶叶加工设备40台（套），推广绿色防控技术，带动茶农增收和脱贫户就业。', 4),
         ('全年新建生态茶园5120亩，更新加工设备34台（套），绿色防控覆盖率92%，带动脱贫户就业570人，茶农户均增收3260元。', 4)],
        ['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
    ]
    prev = (None, None)
    for r in I:
        rows.append([None, r[0] if r[0] != prev[0] else None, r[1] if (r[0], r[1]) != prev else None,
                     r[2], r[3], r[7], str(r[9]), str(r[10]), r[11]])
        prev = (r[0], r[1])
    rows.append([('总分', 6), '100', total, ''])
    docx_table(d, 9, rows, widths=[2.2, 2.2, 2.6, 3.6, 2.4, 2.4, 1.3, 1.3, 6.5], font_pt=9)
    d.add_paragraph('填表人：黄建平    联系电话：0792-7225316    填报日期：2024年3月12日')
    p = os.path.join(TMP, 'xiushui.docx'); d.save(p)
    write_text(doc, pdfplumber_text(docx_to_pdf(p, TMP)))
    budget = []
    for lab, ini, full, ex, w, rate, sc, item in M:
        f = lambda v: None if v == '—' else Y(v)
        budget.append(BL(item, lab, None, f(full), f(ini), f(ex), None if rate == '—' else float(rate.rstrip('%'))))
    inds = [IND(*r[:7], act=r[7], actv=r[8], w=r[9], s=r[10]) for r in I]
    scores = [SC(0, '总分', 100, total), SC(1, '预算执行率', 10, 9.6)]
    scores += [SC(3, r[2], r[9], r[10], act=r[7], actv=r[8]) for r in I]
    ev = EV(2023, name, total, budget=Y('650'), spent=Y('624'), rate=96.0)
    notes = ('Blind sample (blind8): 江西 九江 修水县 T-NAT 项目支出绩效自评表 (财预〔2020〕10号 layout), a python-docx table (landscape, '
             'merged cells) printed to PDF by LibreOffice and extracted with pdfplumber page.extract_text() (kept): rows are text lines, '
             'wrapped cells continue on following lines. fiscal_year 2023. 主管部门 -> department, 实施单位 -> reporting_unit. Money '
             '项目资金（万元） x10000: amount 全年预算数, initial 年初预算数, actual 全年执行数, rate as printed; — -> null; 其他资金 all — '
             '-> line kept with nulls. Checks: 620+30 = 650; 596.50+27.50 = 624; 624/650 = 96.00 %; 596.5/620 = 96.21 %; 27.5/30 = '
             '91.67 %; 10 x 96 % = 9.6. Indicators: merged 一级/二级 filled down; 成本指标 a 二级 under 产出指标 (national layout); '
             '≥40台（套） unit 台（套） (blind4 precedent), actual 34台（套） -> 34; 有效改善 word target, word actual 明显改善 (actual_value null). '
             'Two rows carry a long 偏差原因分析及改进措施 text (not a value). Weights 50/30/10 + budget 10 = 100. Scores: no block weights '
             'printed -> level 1 only 预算执行率 10 / 9.6; level-3 rows mirror the indicators (parent null, jiangdu precedent); 总分 100 / 97.6 '
             '= 9.6 + 48.5 + 29.5 + 10 (8.5 = 34/40 x 10; 9.5 = 570/600 x 10). No grade printed. Evaluation money from 年度资金总额. '
             '年度总体目标 texts are prose; 填表人 line not data.')
    write_expected(doc, 'self_evaluation', notes, [FORM(0, 2023, name, unit, dept, budget, inds, scores, ev)])


# 3 ---------------------------------------------------------------- 四川 达州 宣汉县, T-SC self-eval, real .docx
def xuanhan():
    doc = 'sichuan_dazhou-xuanhan_tsc_selfeval_merged-cells_2023.docx'
    name = '宣汉县农村公路养护项目'
    unit, dept = '宣汉县农村公路管理所', '宣汉县交通运输局'
    M = [  # label, 年初, 调整后, 执行, 执行率, item
        ('年度资金总额', '800.00', '850.00', '831.25', '97.79%', 'current_year_budget'),
        ('其中：财政拨款', '800.00', '820.00', '803.25', '97.96%', 'fiscal_appropriation'),
        ('上年结转资金', '0.00', '30.00', '28.00', '93.33%', 'carryover'),
        ('其他资金', '0.00', '0.00', '0.00', '—', 'other_funds'),
    ]
    why = '路况自动化检测车2023年10月才完成采购，当年仅完成主要县道、乡道检测，村道检测顺延至2024年一季度。'
    I = [  # 一级, 二级, 三级, 指标性质, 指标值, 度量单位, target_raw, op, val, unit, 完成值, 完成值数, 权重, 得分, 原因
        ('产出指标', '数量指标', '农村公路日常养护里程', '≥', '1280', '公里', '≥1280公里', '>=', 1280, '公里', '1285', 1285, 15, 15, ''),
        ('产出指标', '数量指标', '危桥加固改造数量', '＝', '6', '座', '＝6座', '=', 6, '座', '6', 6, 10, 10, ''),
        ('产出指标', '质量指标', '养护路段优良中等路率', '≥', '85', '%', '≥85%', '>=', 85, '%', '86.3', 86.3, 15, 15, ''),
        ('产出指标', '时效指标', '水毁路段抢通时限', '≤', '48', '小时', '≤48小时', '<=', 48, '小时', '36', 36, 10, 10, ''),
        ('产出指标', '成本指标', '每公里年均养护成本', '≤', '0.62', '万元', '≤0.62万元', '<=', 6200, '元', '0.60', 6000, 10, 10, ''),
        ('效益指标', '社会效益指标', '群众出行条件', '定性', '明显改善', '/', '明显改善', None, None, None, '明显改善', None, 10, 10, ''),
        ('效益指标', '可持续影响指标', '农村公路路况自动化检测覆盖率', '≥', '60', '%', '≥60%', '>=', 60, '%', '51', 51, 10, 8.5, why),
        ('满意度指标', '服务对象满意度指标', '沿线群众满意度', '≥', '90', '%', '≥90%', '>=', 90, '%', '93.1', 93.1, 10, 10, ''),
    ]
    total = '98.28'  # 9.78 + 15+10+15+10+10+10+8.5+10 (= 88.5)
    d = new_doc(landscape=True)
    d.add_paragraph('宣汉县部门预算项目支出绩效自评表')
    d.add_paragraph('（2023年度）')
    rows = [
        ['项目名称', (name, 9)],
        ['主管部门', (dept, 4), '实施单位', (unit, 4)],
        ['项目资金（万元）', ('', 2), '年初预算', '调整后预算数', '预算执行数', '预算执行率', '权重', '得分', '原因'],
    ]
    for i, m in enumerate(M):
        first = i == 0
        rows.append([None, (m[0], 2), m[1], m[2], m[3], m[4],
                     '10' if first else None, '9.78' if first else None, ''])
    rows += [
        [('年度总体目标', 2), ('预期目标', 4), ('实际完成目标', 4)],
        [(None, 2), ('完成全县1280公里农村公路日常养护，加固改造危桥6座，优良中等路率保持在85%以上，保障群众安全便捷出行。', 4),
         ('完成农村公路日常养护1285公里，危桥加固改造6座全部完工，优良中等路率86.3%，水毁路段平均36小时内抢通。', 4)],
        [('绩效指标（90分）', 10)],
        ['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '完成值', '权重', '得分', '未完成原因分析'],
    ]
    prev = (None, None)
    for r in I:
        rows.append([r[0] if r[0] != prev[0] else None, r[1] if (r[0], r[1]) != prev else None,
                     r[2], r[3], r[4], r[5], r[10], str(r[12]), str(r[13]), r[14]])
        prev = (r[0], r[1])
    rows.append([('总分', 7), '100', total, ''])
    rows.append([('自评等级', 7), ('优', 3)])
    docx_table(d, 10, rows, widths=[2.2, 2.4, 3.6, 1.6, 1.8, 1.6, 1.8, 1.3, 1.3, 5.5], font_pt=9)
    d.add_paragraph('填报人：王志刚    联系电话：0818-5212306    填报日期：2024年3月8日')
    d.save(os.path.join(OUT, doc))
    budget = [BL(item, lab, None, Y(full), Y(ini), Y(ex), None if rate == '—' else float(rate.rstrip('%')))
              for lab, ini, full, ex, rate, item in M]
    inds = [IND(r[0], r[1], r[2], r[6], r[7], r[8], r[9], act=r[10], actv=r[11], w=r[12], s=r[13]) for r in I]
    scores = [SC(0, '总分', 100, total), SC(1, '预算执行率', 10, 9.78), SC(1, '绩效指标', 90, None)]
    scores += [SC(3, r[2], r[12], r[13], parent='绩效指标', act=r[10], actv=r[11]) for r in I]
    ev = EV(2023, name, total, grade='优', budget=Y('850'), spent=Y('831.25'), rate=97.79)
    notes = ('Blind sample (blind8): 四川 达州 宣汉县 T-SC 部门预算项目支出绩效自评表, a real .docx (python-docx) with merged cells: '
             'the money label 项目资金（万元） merges down over the 4 money rows, 权重 10 / 得分 9.78 merge down over them too (block figures, '
             'not per line), 一级/二级 vMerged, 年度总体目标 merged. fiscal_year 2023. 主管部门 -> department, 实施单位 -> reporting_unit. '
             'Money x10000: amount 调整后预算数 (= 全年预算数), initial 年初预算, actual 预算执行数, rate as printed (其他资金 — -> null; '
             'its 0.00 amounts kept). Checks: 820+30 = 850; 803.25+28 = 831.25; 831.25/850 = 97.79 %; 803.25/820 = 97.96 %; 28/30 = '
             '93.33 %; 10 x 97.79 % = 9.78. Indicators: columns 指标性质 | 指标值 | 度量单位: target_raw joins them (operator + value + '
             'unit: ≥ 1280 公里 -> ≥1280公里; full-width ＝ kept; blind7 珲春/cq precedent); 定性 rows: target = the 指标值 word (明显改善), '
             'unit column / ignored. ≤0.62万元 -> <= 6200 元 and the 完成值 0.60 (unit column 万元) -> 6000; actual_raw = the 完成值 cell as '
             'written (qijiang precedent), actual_value its number in the indicator unit. Scores: 总分 100 / 98.28 (= 9.78 + 88.5); level 1 '
             '预算执行率 10 / 9.78 and 绩效指标 90 / null (weight printed in the label 绩效指标（90分）, no block score printed); level-3 rows '
             'parent_code 绩效指标; 8.5 = 51/60 x 10. Grade 优 from 自评等级. Evaluation money from 年度资金总额. 填报人 line not data.')
    write_expected(doc, 'self_evaluation', notes, [FORM(0, 2023, name, unit, dept, budget, inds, scores, ev)])


# 4 ---------------------------------------------------------------- 云南 曲靖 宣威市, flat multi-project target table, real .xlsx
def xuanwei():
    doc = 'yunnan_qujing-xuanwei_flat_targets_merged-ranges_2024.xlsx'
    dept = '宣威市卫生健康局'
    P = [  # 单位, 项目, 年度预算(万元), indicators (一级, 二级, 三级, 指标值, op, val, unit, 权重)
        ('宣威市人民医院', '公立医院综合改革补助', '520.00', [
            ('产出指标', '数量指标', '改革补助覆盖临床科室数', '≥28个', '>=', 28, '个', 20),
            ('产出指标', '质量指标', '药品耗材零差率执行率', '100%', '=', 100, '%', 20),
            ('产出指标', '时效指标', '补助资金拨付时间', '2024年9月底前', None, None, None, 20),
            ('效益指标', '社会效益指标', '患者次均住院费用增幅', '≤5%', '<=', 5, '%', 20),
            ('满意度指标', '服务对象满意度指标', '住院患者满意度', '≥90%', '>=', 90, '%', 20)]),
        ('宣威市疾病预防控制中心', '重大传染病防控经费', '186.50', [
            ('产出指标', '数量指标', '艾滋病筛查人次', '≥6.5万人次', '>=', 65000, '人次', 25),
            ('产出指标', '质量指标', '适龄儿童免疫规划疫苗接种率', '≥95%', '>=', 95, '%', 25),
            ('效益指标', '社会效益指标', '法定传染病报告及时率', '≥98%', '>=', 98, '%', 20),
            ('效益指标', '可持续影响指标', '疾病监测预警体系', '不断完善', None, None, None, 15),
            ('满意度指标', '服务对象满意度指标', '群众满意度', '≥85%', '>=', 85, '%', 15)]),
        ('宣威市妇幼保健院', '孕产妇和儿童健康管理经费', '93.80', [
            ('产出指标', '数量指标', '孕产妇系统管理人数', '≥9000人', '>=', 9000, '人', 30),
            ('产出指标', '质量指标', '0-6岁儿童健康管理率', '≥90%', '>=', 90, '%', 20),
            ('成本指标', '经济成本指标', '人均健康管理经费', '≤104元/人', '<=', 104, '元/人', 20),
            ('效益指标', '社会效益指标', '孕产妇死亡率', '≤16/10万', None, None, None, 20),
            ('满意度指标', '服务对象满意度指标', '服务对象满意度', '≥90%', '>=', 90, '%', 10)]),
    ]
    from openpyxl import Workbook
    from openpyxl.styles import Alignment
    wb = Workbook(); ws = wb.active; ws.title = '绩效目标表'
    ws.append(['宣威市2024年部门预算项目绩效目标表'] + [''] * 8); ws.merge_cells('A1:I1')
    ws.append(['主管部门：宣威市卫生健康局', '', '', '', '', '', '', '金额单位：万元', '']); ws.merge_cells('A2:D2')
    ws.append(['序号', '单位名称', '项目名称', '年度预算', '一级指标', '二级指标', '三级指标', '指标值', '权重（%）'])
    r = 4
    for n, (u, pn, amt, inds) in enumerate(P, 1):
        start = r
        prev = (None, None)
        l1start = {}
        for i, (l1, l2, l3, raw, op, val, unit, w) in enumerate(inds):
            ws.append([n if i == 0 else None, u if i == 0 else None, pn if i == 0 else None,
                       float(amt) if i == 0 else None, l1 if l1 != prev[0] else None,
                       l2 if (l1, l2) != prev else None, l3, raw, w])
            ws.cell(r, 4).number_format = '0.00'
            l1start.setdefault(l1, []).append(r)
            prev = (l1, l2); r += 1
        for col in 'ABCD':
            ws.merge_cells(f'{col}{start}:{col}{r - 1}')
        for l1, rs in l1start.items():
            if len(rs) > 1:
                ws.merge_cells(f'E{rs[0]}:E{rs[-1]}')
    ws.append(['合计', '', '', 800.30, '', '', '', '', '']); ws.cell(r, 4).number_format = '0.00'
    ws.merge_cells(f'A{r}:C{r}')
    ws.append(['填报人：朱丽萍', '', '', '', '联系电话：0874-7122156', '', '', '', ''])
    for row in ws.iter_rows():
        for c in row:
            c.alignment = Alignment(vertical='center', wrap_text=True)
    wb.save(os.path.join(OUT, doc))
    forms = []
    for i, (u, pn, amt, inds) in enumerate(P):
        forms.append(FORM(i, 2024, pn, u, dept, [BL('current_year_budget', '年度预算', amt=Y(amt))],
                          [IND(*x[:7], w=x[7]) for x in inds]))
    notes = ('Blind sample (blind8): 云南 曲靖 宣威市 flat multi-project 部门预算项目绩效目标表 (3 projects, 15 indicators), a real .xlsx '
             '(openpyxl) with merge ranges: 序号/单位名称/项目名称/年度预算 merge down over each project\'s rows, 一级 merges within a project. '
             'One form per project; fiscal_year 2024 from the title; project_name = 项目名称, reporting_unit = 单位名称, department from the '
             '主管部门： line (nanchong/bijiang precedent). Money: the caption 金额单位：万元 x10000; one current_year_budget per project '
             'labelled by its column head 年度预算 (bijiang precedent), stored as numbers (520 -> 5200000.00). The 合计 row (520 + 186.5 + '
             '93.8 = 800.3) is not a form. Indicators: weight = 权重（%） column (each project sums to 100); 一级/二级 filled down within a '
             'project; ≥6.5万人次 -> 65000 人次; ≤104元/人 unit 元/人; bare 100% -> =; 2024年9月底前 and 不断完善 word targets; '
             '≤16/10万 (a ratio per 100 000) is kept as a word target (author\'s call: no unit in the contract expresses it). 填报人 line not data.')
    write_expected(doc, 'target_form', notes, forms)


if __name__ == '__main__':
    for f in (shouguang, xiushui, xuanhan, xuanwei):
        f(); print('done', f.__name__)
