"""blind8 documents 5-12: text shapes."""
from common import *


def fill(ind_rows, ncols_before=0):
    """print 一级/二级 only on the first row of their group (merged cells): returns (l1 or '', l2 or '')"""
    out, prev = [], (None, None)
    for r in ind_rows:
        l1, l2 = r[0], r[1]
        out.append((l1 if l1 != prev[0] else '', l2 if (l1, l2) != prev else ''))
        prev = (l1, l2)
    return out


# 5 ---------------------------------------------------------------- 湖南 邵阳 新宁县, T-HN target form, HTML paragraphs
def xinning():
    doc = 'hunan_shaoyang-xinning_thn_targets_html-paragraphs_2023.txt'
    name, dept, unit = '新宁县崀山景区环境综合整治项目', '新宁县文化旅游广电体育局', '新宁县崀山风景名胜区管理局'
    I = [  # 一级, 二级, 三级, 指标值类型, 指标值, 计量单位, target_raw, op, val, unit, 指标解释, 评(扣)分标准
        ('产出指标', '数量指标', '景区垃圾清运量', '定量', '≥3600', '吨', '≥3600吨', '>=', 3600, '吨',
         '全年景区生活垃圾清运总量', '完成得满分，每少100吨扣0.5分'),
        ('产出指标', '数量指标', '新建改建旅游厕所', '定量', '12', '座', '12座', '=', 12, '座',
         '按A级旅游厕所标准新建、改建', '每少1座扣1分'),
        ('产出指标', '质量指标', '环境卫生检查达标率', '定量', '≥95', '%', '≥95%', '>=', 95, '%',
         '达标次数/检查总次数×100%', '每低1个百分点扣0.5分'),
        ('产出指标', '时效指标', '整治任务完成时限', '定性', '2023年12月底前', '', '2023年12月底前', None, None, None,
         '在规定时限内完成全部整治任务', '未按期完成不得分'),
        ('成本指标', '经济成本指标', '垃圾清运单价', '定量', '≤180', '元/吨', '≤180元/吨', '<=', 180, '元/吨',
         '按政府采购合同单价结算', '超出不得分'),
        ('效益指标', '社会效益指标', '游客有效投诉率', '定量', '≤0.5', '%', '≤0.5%', '<=', 0.5, '%',
         '有效投诉件数/接待游客万人次', '每超0.1个百分点扣1分'),
        ('效益指标', '生态效益指标', '景区环境质量', '定性', '持续改善', '', '持续改善', None, None, None,
         '景区空气、水体、视觉环境质量', '根据监测结果酌情扣分'),
        ('满意度指标', '服务对象满意度指标', '游客满意度', '定量', '≥90', '%', '≥90%', '>=', 90, '%',
         '抽样问卷调查满意及基本满意比例', '每低1个百分点扣0.5分'),
    ]
    goal = ('完成崀山景区及周边环境综合整治，全年清运垃圾3600吨以上，新建改建旅游厕所12座，环境卫生检查达标率95%以上，'
            '游客满意度达到90%以上。')
    rows = [
        ['新宁县2023年度项目支出绩效目标表'],
        ['单位名称：新宁县崀山风景名胜区管理局', '金额单位：万元'],
        ['项目名称', name, '', ''],
        ['主管部门', dept, '实施单位', unit],
        ['项目期限', '2023年3月1日至2023年12月31日', '', ''],
        ['项目资金', '年度资金总额', '460.00', ''],
        ['', '其中：财政资金', '400.00', ''],
        ['', '其他资金', '60.00', ''],
        ['年度绩效目标', goal, '', ''],
        ['一级指标', '二级指标', '三级指标', '指标值类型', '*指标值', '计量单位', '*指标解释', '*评（扣）分标准'],
    ]
    for (l1, l2), r in zip(fill(I), I):
        rows.append([l1, l2, r[2], r[3], r[4], r[5], r[10], r[11]])
    rows.append(['填报人：邓慧敏', '联系电话：0739-4812256'])
    write_text(doc, '新宁县人民政府门户网站 > 政务公开 > 财政信息\n\n' + html_paragraphs(rows) + '【打印本页】 【关闭窗口】\n')
    budget = [BL('current_year_budget', '年度资金总额', amt=Y('460')),
              BL('fiscal_appropriation', '其中：财政资金', amt=Y('400')),
              BL('other_funds', '其他资金', amt=Y('60'))]
    inds = [IND(r[0], r[1], r[2], r[6], r[7], r[8], r[9]) for r in I]
    notes = ('Blind sample (blind8): 湖南 邵阳 新宁县 T-HN 项目支出绩效目标表 from a web page as HTML paragraphs: every cell is its own '
             'line followed by a blank line, an empty cell is one space, rows not marked; web chrome (breadcrumb, 打印/关闭) not data. '
             'fiscal_year 2023 from the title. 主管部门 -> department, 实施单位 -> reporting_unit (the 单位名称 caption repeats it). '
             '项目期限 -> dates. Money: caption 金额单位：万元 x10000; 460 = 400 + 60; parent null. Indicators: T-HN columns 指标值类型 '
             '(定量/定性) | *指标值 | 计量单位 | *指标解释 | *评（扣）分标准: target_raw = 指标值 joined with its 计量单位 (≥3600 + 吨 -> '
             '≥3600吨; cq/qijiang precedent), the 定量/定性 word is not part of it; bare 12 座 -> =; ≤0.5% -> <= 0.5; 定性 rows are word '
             'targets (2023年12月底前 deadline, 持续改善). The * marks on column heads are template marks. 指标解释 and 评（扣）分标准 texts carry '
             'figures (每少100吨扣0.5分, ×100%) that are not values. Merged 一级/二级 are empty cells, filled down. 年度绩效目标 prose restates '
             'table indicators: no goal_text rows.')
    write_expected(doc, 'target_form', notes, [FORM(0, 2023, name, unit, dept, budget, inds,
                                                     start_date='2023-03-01', end_date='2023-12-31')])


# 6 ---------------------------------------------------------------- 福建 龙岩 长汀县, score table, markdown pipes
def changting():
    doc = 'fujian_longyan-changting_score_table_pipes_2022.md'
    name = '长汀县水土流失综合治理项目'
    T = [  # (code, name, weight), children
        (('A', '决策', 20), [
            (('A1', '项目立项', 6), [('A11', '立项依据充分性', 3, '立项依据充分得3分，每缺一项依据扣1分', 3),
                                  ('A12', '立项程序规范性', 3, '程序规范得3分，否则酌情扣分', 3)]),
            (('A2', '绩效目标', 6), [('A21', '绩效目标合理性', 3, '目标与实际需求相符得3分', 2.5),
                                  ('A22', '绩效指标明确性', 3, '指标细化量化得3分，每项不明确扣0.5分', 2)]),
            (('A3', '资金投入', 8), [('A31', '预算编制科学性', 4, '预算测算依据充分得4分', 3.5),
                                  ('A32', '资金分配合理性', 4, '分配依据充分、额度合理得4分', 4)])]),
        (('B', '过程', 20), [
            (('B1', '资金管理', 12), [('B11', '资金到位率', 4, '到位率×4分', 4),
                                   ('B12', '预算执行率', 4, '执行率×4分', 3.6),
                                   ('B13', '资金使用合规性', 4, '发现一项违规扣1分', 4)]),
            (('B2', '组织实施', 8), [('B21', '管理制度健全性', 4, '制度健全得4分', 4),
                                  ('B22', '制度执行有效性', 4, '发现一项未执行扣1分', 3)])]),
        (('C', '产出', 35), [
            (('C1', '产出数量', 15), [('C11', '水土流失治理面积完成率', 8, '完成率×8分', 8),
                                   ('C12', '水土保持林种植完成率', 7, '完成率×7分', 6.3)]),
            (('C2', '产出质量', 10), [('C21', '工程验收合格率', 10, '合格率100%得10分，每低1个百分点扣1分', 10)]),
            (('C3', '产出时效', 5), [('C31', '完成及时性', 5, '按期完成得5分，每延期1个月扣1分', 4)]),
            (('C4', '产出成本', 5), [('C41', '成本节约率', 5, '未超预算得5分', 5)])]),
        (('D', '效益', 25), [
            (('D1', '项目效益', 25), [('D11', '水土流失强度下降情况', 10, '土壤侵蚀模数较上年下降得10分，酌情扣分', 9),
                                   ('D12', '带动农户增收情况', 5, '带动增收明显得5分', 4.5),
                                   ('D13', '长效管护机制', 5, '管护责任落实得5分', 5),
                                   ('D14', '服务对象满意度', 5, '满意度×5分', 4.6)])]),
    ]
    total = 93.0  # 18 + 18.6 + 33.3 + 23.1
    rows = [['一级指标', '二级指标', '三级指标', '分值', '评分标准', '得分']]
    scores = [SC(0, '合计', 100, total)]
    for (c1, n1, w1), kids in T:
        first1 = True
        scores.append(SC(1, n1, w1, None, code=c1))
        for (c2, n2, w2), leaves in kids:
            first2 = True
            scores.append(SC(2, n2, w2, None, code=c2, parent=c1))
            for c3, n3, w3, rule, s3 in leaves:
                rows.append([f'{c1} {n1}（{w1}分）' if first1 else '', f'{c2} {n2}（{w2}分）' if first2 else '',
                             f'{c3} {n3}', str(w3), rule, str(s3)])
                scores.append(SC(3, n3, w3, s3, code=c3, parent=c2))
                first1 = first2 = False
    rows.append(['合计', '', '', '100', '', '93.0'])
    text = ('# 长汀县2022年度水土流失综合治理项目绩效评价指标体系及评分表\n\n'
            '项目名称：长汀县水土流失综合治理项目\n\n主管部门：长汀县水土保持事业发展中心\n\n'
            '评价机构：福建闽西正泰会计师事务所有限公司\n\n委托单位：长汀县财政局\n\n'
            + pipes(rows, head_at=0) +
            '\n评价等级：优（90分（含）以上为优，80（含）-90分为良，60（含）-80分为中，60分以下为差）\n')
    write_text(doc, text)
    ev = EV(2022, name, total, grade='优', evaluator='福建闽西正泰会计师事务所有限公司', commissioned='长汀县财政局')
    notes = ('Blind sample (blind8): 福建 龙岩 长汀县 绩效评价指标体系及评分表 as markdown pipes (header row, |---| line), merged 一级/二级 '
             'cells empty on continuation rows. Codes printed before names with a space (A 决策（20分）, A1 项目立项（6分）, A11 立项依据充分性); '
             'weights of levels 1-2 only in their labels; columns 分值 | 评分标准 | 得分 for level 3; no 业绩值 column. fiscal_year 2022 from '
             'the title; project_name from 项目名称：; 主管部门 -> department; reporting_unit null; 评价机构 -> evaluator, 委托单位 -> '
             'commissioned_by. Scores: level 0 合计 100 / 93.0; level 1 and 2: code, name without code and weight, weight from the label, '
             'score null (no dimension score printed; lanshan/zhuozhou precedent); parent_code = the parent\'s code; level 3 weight = 分值, '
             'score = 得分, actual null. Sums: 20+20+35+25 = 100; 6+6+8, 12+8, 15+10+5+5, 25 match; leaves 18 + 18.6 + 33.3 + 23.1 = 93.0. '
             '评分标准 rules carry figures (×8分, 100%) that are not values. Grade 优 from 评价等级 (the bracket is the scale). No money.')
    write_expected(doc, 'evaluation_report', notes, [FORM(0, 2022, name, None, '长汀县水土保持事业发展中心', scores=scores, ev=ev)])


# 7 ---------------------------------------------------------------- 辽宁 大连 庄河市, report excerpt, tab rows
def zhuanghe():
    doc = 'liaoning_dalian-zhuanghe_report_excerpt_tabs_2022.txt'
    pname = '海洋牧场建设'
    B = [('1', '人工鱼礁投放', '1500.00', '1462.80', '97.52%'), ('2', '海藻场修复', '420.00', '398.50', '94.88%'),
         ('3', '跟踪监测及效果评估', '80.00', '72.00', '90.00%')]
    Tg = [('产出目标', '人工鱼礁投放量', '≥3.2万空方', '>=', 32000, '空方'),
          ('产出目标', '海藻场修复面积', '≥150公顷', '>=', 150, '公顷'),
          ('产出目标', '鱼礁投放验收合格率', '100%', '=', 100, '%'),
          ('效益目标', '礁区渔业资源密度提升率', '≥20%', '>=', 20, '%'),
          ('效益目标', '带动渔民人均增收', '≥1500元', '>=', 1500, '元'),
          ('满意度目标', '渔民满意度', '≥90%', '>=', 90, '%')]
    S = [('决策', '15', '13.8', '92.00%'), ('过程', '25', '22.6', '90.40%'), ('产出', '35', '31.7', '90.57%'),
         ('效益', '25', '21.4', '85.60%')]
    heads = {'产出目标': '（一）产出目标', '效益目标': '（二）效益目标', '满意度目标': '（三）满意度目标'}
    lines = ['庄河市2022年度海洋牧场建设项目绩效评价报告（摘要）', '',
             '一、项目基本情况', '',
             '（一）项目概况', '',
             '庄河市海洋牧场建设项目由庄河市海洋发展局主管，庄河市海洋发展事务服务中心负责实施，主要在石城岛、王家岛周边海域投放人工鱼礁、'
             '修复海藻场，并开展跟踪监测。2022年度项目预算资金2000.00万元，实际支出1933.30万元。', '',
             '（二）项目资金情况', '',
             '表1 项目资金预算及执行情况', '单位：万元',
             tabs([['序号', '资金用途', '预算数', '实际支出数', '执行率']] + [list(b) for b in B]
                  + [['合计', '', '2000.00', '1933.30', '96.67%']]).rstrip('\n'), '',
             '二、项目绩效目标', '']
    n = 0
    for h in ('产出目标', '效益目标', '满意度目标'):
        lines.append(heads[h])
        for g, nm, raw, *_ in Tg:
            if g == h:
                n += 1
                lines.append(f'{n}.{nm}{raw}；')
        lines[-1] = lines[-1][:-1] + ('。' if h == '满意度目标' else '；')
    lines += ['', '三、绩效评价工作开展情况', '',
              '受庄河市财政局委托，大连正衡会计师事务所有限公司于2023年4月至6月对该项目2022年度绩效进行了评价，'
              '评价采用比较法、公众评判法，共发放调查问卷320份，回收有效问卷305份。', '',
              '四、综合评价情况及评价结论', '',
              '经综合评价，该项目2022年度绩效评价得分为89.5分，评价等级为“良”。各一级指标得分情况见表2。', '',
              '表2 绩效评价得分情况',
              tabs([['一级指标', '分值', '得分', '得分率']] + [list(s) for s in S] + [['合计', '100', '89.5', '89.50%']]).rstrip('\n'),
              '', '五、存在的问题', '',
              '1.部分礁体投放位置与设计坐标偏差超过50米，影响礁区整体效果；2.跟踪监测仅完成计划的90%，资源量评估数据不够完整。', '',
              '六、有关建议', '',
              '建议加强投放过程监理，完善监测评估体系，适时开展海洋牧场效果中期评估。', '']
    write_text(doc, '\n'.join(lines))
    budget = [BL('component', b[1], None, Y(b[2]), None, Y(b[3]), float(b[4].rstrip('%'))) for b in B]
    budget.append(BL('current_year_budget', '合计', None, Y('2000'), None, Y('1933.30'), 96.67))
    inds = [IND(g, None, nm, raw, op, v, u, origin='report_targets') for g, nm, raw, op, v, u in Tg]
    scores = [SC(0, '合计', 100, 89.5)] + [SC(1, s[0], s[1], s[2]) for s in S]
    ev = EV(2022, pname, 89.5, grade='良', evaluator='大连正衡会计师事务所有限公司', commissioned='庄河市财政局',
            budget=Y('2000'), spent=Y('1933.30'), rate=96.67)
    notes = ('Blind sample (blind8): 辽宁 大连 庄河市 evaluation report excerpt (评价报告摘要): prose with numbered sections, 表1 and 表2 '
             'as tab-separated rows (a DOCX copied as text), the year targets as numbered lines under （一）/（二）/（三） headings. '
             'fiscal_year 2022 (the year evaluated). project_name 海洋牧场建设 (region/year/项目 dropped; xizang/shihe/maiji precedent). '
             '主管 (庄河市海洋发展局) -> department and 负责实施 (庄河市海洋发展事务服务中心) -> reporting_unit from the prose. Evaluator and '
             'commissioned_by from the 受…委托 sentence. 表1 (单位：万元, x10000): 3 components (amount 预算数, actual 实际支出数, rate as '
             'printed), 合计 as current_year_budget (shihe/maiji precedent); 序号 not part of a label. Checks: 1500+420+80 = 2000; '
             '1462.80+398.50+72 = 1933.30; 1933.3/2000 = 96.665 -> 96.67 as printed. The prose repeating 2000.00/1933.30万元 is not a '
             'separate line. Year targets: origin report_targets, level1 = heading without its （一） number, the 1./2. numbers and '
             'trailing ；/。 not part of name or target; ≥3.2万空方 -> 32000 空方; bare 100% -> =. 表2: level 0 合计 100 / 89.5, level 1 '
             '决策 15/13.8, 过程 25/22.6, 产出 35/31.7, 效益 25/21.4 (sum 89.5); 得分率 has no column. total 89.5 and grade 良 from the '
             'sentence and 表2. Figures in 存在的问题 (50米, 90%) are prose. Evaluation money from 表1 合计.')
    write_expected(doc, 'evaluation_report', notes, [FORM(0, 2022, pname, '庄河市海洋发展事务服务中心', '庄河市海洋发展局',
                                                           budget, inds, scores, ev)])


# 8 ---------------------------------------------------------------- 陕西 宝鸡 凤翔区, dept-wide targets, one cell per line
def fengxiang():
    doc = 'shaanxi_baoji-fengxiang_dept_targets_cell-per-line_2024.txt'
    dname = '宝鸡市凤翔区农业农村局'
    M = [('current_year_budget', '资金总额', None, '3,560.40'), ('fiscal_appropriation', '其中：财政拨款', '资金总额', '3,420.40'),
         ('other_funds', '其他资金', '资金总额', '140.00'), ('component', '基本支出', '资金总额', '1,265.80'),
         ('component', '项目支出', '资金总额', '2,294.60')]
    I = [('产出指标', '数量指标', '高标准农田建设面积', '≥2.8万亩', '>=', 28000, '亩'),
         ('产出指标', '数量指标', '重大病虫害统防统治面积', '≥15万亩', '>=', 150000, '亩'),
         ('产出指标', '质量指标', '农产品质量安全例行监测合格率', '≥98%', '>=', 98, '%'),
         ('产出指标', '时效指标', '惠农补贴资金发放及时率', '=100%', '=', 100, '%'),
         ('成本指标', '经济成本指标', '高标准农田亩均财政投入', '≤2500元/亩', '<=', 2500, '元/亩'),
         ('效益指标', '经济效益指标', '农村居民人均可支配收入增长率', '≥6.5%', '>=', 6.5, '%'),
         ('效益指标', '社会效益指标', '粮食播种面积', '≥52万亩', '>=', 520000, '亩'),
         ('效益指标', '可持续影响指标', '耕地质量等级', '稳步提升', None, None, None),
         ('满意度指标', '服务对象满意度指标', '农户满意度', '≥92%', '>=', 92, '%')]
    rows = [['宝鸡市凤翔区部门整体支出绩效目标表'], ['（2024年度）'], ['金额单位：万元'],
            ['部门（单位）名称', dname],
            ['年度预算申请', M[0][1], M[0][3]]] + [['', m[1], m[3]] for m in M[1:]] + [
            ['年度主要任务', '任务名称', '主要内容'],
            ['', '高标准农田建设', '新建高标准农田2.8万亩，配套完善田间灌排、道路等设施'],
            ['', '农业防灾减灾', '开展小麦、玉米重大病虫害统防统治15万亩'],
            ['', '惠农补贴发放', '按时足额发放耕地地力保护补贴等惠农补贴资金'],
            ['年度绩效目标', '确保粮食播种面积稳定在52万亩以上，建成高标准农田2.8万亩，农产品质量安全例行监测合格率98%以上，'
                        '农村居民人均可支配收入增长6.5%以上。'],
            ['年度绩效指标', '一级指标', '二级指标', '三级指标', '指标值']]
    for (l1, l2), r in zip(fill(I), I):
        rows.append(['', l1, l2, r[2], r[3]])
    rows.append(['填报人：孙海燕', '联系电话：0917-7211053'])
    write_text(doc, cell_per_line(rows))
    budget = [BL(it, lab, par, Y(a)) for it, lab, par, a in M]
    inds = [IND(*r) for r in I]
    notes = ('Blind sample (blind8): 陕西 宝鸡 凤翔区 部门整体支出绩效目标表, one cell per line (F1 style: PDF page text), empty cells '
             'vanish, so merged 一级/二级 are printed once per group and continuation rows start with the 三级 name. fiscal_year 2024. '
             'Department-wide: project_name, reporting_unit, department = 部门（单位）名称 (dengzhou/guangxi precedent). Money: caption '
             '金额单位：万元 x10000, thousands commas; 资金总额 current_year_budget; 其中：财政拨款 fiscal_appropriation, 其他资金 other_funds, '
             '基本支出/项目支出 components, all four with parent_label 资金总额 (blind2/4/5/6/7 precedent); 3420.40 + 140 = 3560.40 = '
             '1265.80 + 2294.60. 年度主要任务 rows (任务名称/主要内容) are prose, not indicators or money. Indicators: 一级/二级 filled down; '
             '≥2.8万亩 -> 28000 亩; ≥15万亩 -> 150000; ≥52万亩 -> 520000; =100% -> =; ≤2500元/亩 unit 元/亩; 稳步提升 word target. '
             '年度绩效目标 prose restates table indicators (no goal_text rows). 年度绩效指标 is the block label, not a level1. 填报人 line not data.')
    write_expected(doc, 'target_form', notes, [FORM(0, 2024, dname, dname, dname, budget, inds)])


# 9 ---------------------------------------------------------------- 安徽 芜湖 无为市, transfer-payment targets, cells ending ' |'
def wuwei():
    doc = 'anhui_wuhu-wuwei_transfer_targets_html-bar_2023.txt'
    name, dept = '无为市农村人居环境整治提升专项资金', '无为市农业农村局'
    M = [('current_year_budget', '年度资金总额', '1,850.00'), ('fiscal_appropriation', '其中：省级财政资金', '1,200.00'),
         ('fiscal_appropriation', '市级财政资金', '650.00'), ('other_funds', '其他资金', '0.00')]
    A = [('无城镇', '260.00'), ('襄安镇', '240.00'), ('陡沟镇', '230.00'), ('石涧镇', '220.00'),
         ('严桥镇', '210.00'), ('红庙镇', '200.00'), ('泥汊镇', '250.00'), ('福渡镇', '240.00')]
    I = [('产出指标', '数量指标', '农村户厕问题整改数', '≥3200户', '>=', 3200, '户'),
         ('产出指标', '数量指标', '新建农村生活污水处理设施', '≥18处', '>=', 18, '处'),
         ('产出指标', '质量指标', '改厕工程验收合格率', '≥95%', '>=', 95, '%'),
         ('产出指标', '时效指标', '资金下达时限', '收到省级资金后30日内', None, None, None),
         ('效益指标', '社会效益指标', '农村卫生厕所普及率', '≥90%', '>=', 90, '%'),
         ('效益指标', '生态效益指标', '农村生活垃圾无害化处理率', '≥85%', '>=', 85, '%'),
         ('效益指标', '可持续影响指标', '村庄环境长效管护机制', '建立健全', None, None, None),
         ('满意度指标', '服务对象满意度指标', '农民群众满意度', '≥90%', '>=', 90, '%')]
    rows = [['转移支付资金名称', name, '', ''], ['市级主管部门', dept, '', ''],
            ['资金情况（万元）', M[0][1], M[0][2], '']] + [['', m[1], m[2], ''] for m in M[1:]]
    rows.append(['资金分配情况（万元）', '乡镇名称', '分配金额', ''])
    rows += [['', a, b, ''] for a, b in A]
    rows.append(['年度目标', '完成农村户厕问题整改3200户以上，新建农村生活污水处理设施18处，农村卫生厕所普及率达到90%以上，'
                          '村庄环境长效管护机制建立健全。', '', ''])
    rows.append(['绩效指标', '一级指标', '二级指标', '三级指标', '指标值'])
    cells = []
    for r in rows:
        cells.append(r)
    for (l1, l2), r in zip(fill(I), I):
        cells.append(['', l1, l2, r[2], r[3]])
    text = ('无为市人民政府信息公开网\n首页 > 信息公开 > 财政预决算\n2023年度转移支付区域（项目）绩效目标表\n发布时间：2023-03-06 '
            '来源：无为市财政局\n' + bars(cells) + '相关链接 | 打印 | 关闭\n')
    write_text(doc, text)
    budget = [BL(it, lab, None, Y(a)) for it, lab, a in M]
    budget += [BL('component', a, '年度资金总额', Y(b)) for a, b in A]
    inds = [IND(*r) for r in I]
    notes = ('Blind sample (blind8): 安徽 芜湖 无为市 转移支付区域（项目）绩效目标表 (无为市 -> 8 towns) from a web page, every table '
             'cell on its own line ending \' |\' and an empty cell a bare \'|\' (F4); rows not marked; web chrome before/after not data. '
             'fiscal_year 2023 from the title line. project_name = 转移支付资金名称, department = 市级主管部门, reporting_unit null (none '
             'printed; handan precedent). Money 资金情况（万元） x10000: 年度资金总额 current_year_budget; 其中：省级财政资金 and 市级财政资金 '
             'each fiscal_appropriation (blind5/7 call); 其他资金 0.00 other_funds kept; 1200 + 650 = 1850. 资金分配情况: the 8 town '
             'allocations are components with parent_label 年度资金总额 (yunnan/handan precedent), sum 260+240+230+220+210+200+250+240 = '
             '1850; the 乡镇名称/分配金额 head is not a line. Indicators: 一级/二级 printed once per group (empty cells), filled down; '
             '收到省级资金后30日内 word target (blind3/blind6 …内 precedent, debatable); 建立健全 word target. 年度目标 prose restates '
             'table indicators (no goal_text rows).')
    write_expected(doc, 'target_form', notes, [FORM(0, 2023, name, None, dept, budget, inds)])


# 10 --------------------------------------------------------------- 浙江 金华 义乌市, multi-project self-eval results, Excel CSV
def yiwu():
    doc = 'zhejiang_jinhua-yiwu_results_multi-project_csv-excel_2023.txt'
    P = [('义乌市教育局', '义乌市教育局（本级）', '中小学校舍维修改造', '1286.40', '1251.10', '95.2', '优'),
         ('义乌市卫生健康局', '义乌市中心医院', '基层医疗卫生机构能力提升', '860.00', '842.28', '93.5', '优'),
         ('义乌市农业农村局', '义乌市农业技术推广中心', '高标准农田建设', '2350.00', '2201.95', '88.6', '良'),
         ('义乌市交通运输局', '义乌市公路与运输管理中心', '农村公路安全生命防护工程', '1120.50', '1120.50', '96.8', '优'),
         ('义乌市民政局', '义乌市社会福利中心', '居家养老服务补助', '645.00', '598.30', '86', '良'),
         ('义乌市市场监督管理局', '义乌市市场监督管理局（本级）', '食品安全抽检监测', '318.00', '305.12', '91', '优'),
         ('义乌市文化和广电旅游体育局', '义乌市图书馆', '公共文化服务体系建设', '226.80', '168.40', '78.5', '中'),
         ('义乌市商务局', '义乌市商务局（本级）', '外贸企业参展补助', '1500.00', '1457.25', '92.3', '优')]
    from decimal import Decimal, ROUND_HALF_UP

    def rate(b, s):
        return (Decimal(s) / Decimal(b) * 100).quantize(Decimal('0.01'), ROUND_HALF_UP)

    def comma(x):
        return f'{Decimal(x):,.2f}'
    rows = [['义乌市2023年度项目支出绩效自评结果汇总表'] + [''] * 8, ['金额单位：万元'] + [''] * 8,
            ['序号', '主管部门', '实施单位', '项目名称', '全年预算数', '全年执行数', '预算执行率', '自评得分', '自评等级']]
    for i, p in enumerate(P, 1):
        rows.append([str(i), p[0], p[1], p[2], comma(p[3]), comma(p[4]), f'{rate(p[3], p[4])}%', p[5], p[6]])
    rows.append(['注：自评等级90分（含）以上为优，80（含）-90分为良，60（含）-80分为中，60分以下为差。'] + [''] * 8)
    write_text(doc, excel_csv(rows), newline='')
    forms = []
    for i, p in enumerate(P):
        r = float(rate(p[3], p[4]))
        forms.append(FORM(i, 2023, p[2], p[1], p[0],
                          [BL('current_year_budget', '全年预算数', None, Y(p[3]), None, Y(p[4]), r)],
                          ev=EV(2023, p[2], p[5], grade=p[6], budget=Y(p[3]), spent=Y(p[4]), rate=r)))
    notes = ('Blind sample (blind8): 浙江 金华 义乌市 2023年度项目支出绩效自评结果汇总表 (8 projects) saved by Excel as CSV (CRLF, '
             'trailing empty cells, amounts as displayed with thousands commas and therefore quoted: "1,286.40"). One form per project '
             '(contract: results table), fiscal_year 2023 from the title; project_name = 项目名称, reporting_unit = 实施单位, department = '
             '主管部门. Money: caption 金额单位：万元 x10000; one current_year_budget line labelled 全年预算数 (huoshan/yichang precedent), '
             'actual = 全年执行数, execution_rate as printed (= 执行数/预算数, 2 decimals). evaluation: total_score = 自评得分 (86 and 91 '
             'printed without decimals), grade = 自评等级, money as the line. The 注 line (grade bands) is not data.')
    write_expected(doc, 'self_evaluation', notes, forms)


# 11 --------------------------------------------------------------- 广西 柳州 柳城县, national self-eval, one line
def liucheng():
    doc = 'guangxi_liuzhou-liucheng_nat_selfeval_one-line_2022.txt'
    name, dept, unit = '柳城县糖料蔗高产高糖基地建设项目', '柳城县农业农村局', '柳城县糖料蔗生产服务中心'
    M = [('年度资金总额', '300.00', '300.00', '300.00', '10', '100.00%', '10', 'current_year_budget'),
         ('其中：当年财政拨款', '300.00', '300.00', '300.00', '—', '100.00%', '—', 'fiscal_appropriation'),
         ('上年结转资金', '—', '—', '—', '—', '—', '—', 'carryover'),
         ('其他资金', '—', '—', '—', '—', '—', '—', 'other_funds')]
    dev = ('7-9月持续干旱，部分旱地蔗区缺水减产，亩均增产未达目标。改进措施：2023年在基地内配套建设小型蓄水池和高效节水灌溉设施，'
           '推广抗旱品种。')
    I = [('产出指标', '数量指标', '糖料蔗良种推广面积', '≥2万亩', '>=', 20000, '亩', '2.15万亩', 21500, 15, 15, ''),
         ('产出指标', '数量指标', '新建机耕路', '≥12公里', '>=', 12, '公里', '12.4公里', 12.4, 10, 10, ''),
         ('产出指标', '质量指标', '良种纯度', '≥95%', '>=', 95, '%', '96%', 96, 10, 10, ''),
         ('产出指标', '时效指标', '补贴资金发放时间', '2022年12月底前', None, None, None, '2022年12月', None, 5, 5, ''),
         ('产出指标', '成本指标', '良种补贴标准', '≤150元/亩', '<=', 150, '元/亩', '150元/亩', 150, 10, 10, ''),
         ('效益指标', '经济效益指标', '亩均增产糖料蔗', '≥0.5吨', '>=', 0.5, '吨', '0.42吨', 0.42, 15, 12.6, dev),
         ('效益指标', '可持续影响指标', '糖料蔗生产机械化水平', '逐步提高', None, None, None, '有所提高', None, 15, 14, ''),
         ('满意度指标', '服务对象满意度指标', '蔗农满意度', '≥90%', '>=', 90, '%', '91%', 91, 10, 10, '')]
    total = '96.6'  # 10 + 50 + (12.6 + 14) + 10
    rows = [['项目支出绩效自评表'], ['（2022年度）'], ['项目名称', name], ['主管部门', dept, '实施单位', unit],
            ['项目资金（万元）', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分']]
    rows += [list(m[:7]) for m in M]
    rows += [['年度总体目标', '预期目标', '实际完成情况'],
             ['', '推广糖料蔗良种2万亩以上，新建机耕路12公里，提高糖料蔗单产和机械化水平，带动蔗农增收。',
              '完成良种推广2.15万亩，新建机耕路12.4公里，受旱情影响亩均增产0.42吨。'],
             ['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施']]
    for (l1, l2), r in zip(fill(I), I):
        rows.append([l1, l2, r[2], r[3], r[7], str(r[9]), str(r[10]), r[11]])
    rows.append(['总分', '100', total])
    rows.append(['填表人：韦丽娟 联系电话：0772-7612035'])
    write_text(doc, one_line(rows))
    f = lambda v: None if v == '—' else Y(v)
    budget = [BL(m[7], m[0], None, f(m[2]), f(m[1]), f(m[3]), None if m[5] == '—' else float(m[5].rstrip('%'))) for m in M]
    inds = [IND(*r[:7], act=r[7], actv=r[8], w=r[9], s=r[10]) for r in I]
    scores = [SC(0, '总分', 100, total), SC(1, '预算执行率', 10, 10)]
    scores += [SC(3, r[2], r[9], r[10], act=r[7], actv=r[8]) for r in I]
    ev = EV(2022, name, total, budget=Y('300'), spent=Y('300'), rate=100.0)
    notes = ('Blind sample (blind8): 广西 柳州 柳城县 T-NAT 项目支出绩效自评表, the whole form on ONE line with single spaces (F7): '
             'merged and empty cells vanish, so 一级/二级 appear once per group. fiscal_year 2022. 主管部门 -> department, 实施单位 -> '
             'reporting_unit. Money 项目资金（万元） x10000: amount 全年预算数, initial 年初预算数, actual 全年执行数, rate as printed; '
             '上年结转资金 and 其他资金 all — -> lines kept with nulls. 300/300 = 100 %; 10 x 100 % = 10. Indicators: 成本指标 a 二级 '
             'under 产出指标; ≥2万亩 -> 20000 亩, actual 2.15万亩 -> 21500; ≥0.5吨 with actual 0.42吨; deadline 2022年12月底前 a word target '
             '(qinghai precedent) with actual 2022年12月 (actual_value null); 逐步提高 word target, actual 有所提高. One long '
             '偏差原因分析及改进措施 text (not a value; it contains 7-9月 and 2023年). Weights 15+10+10+5+10 = 50, 15+15 = 30, 10, budget 10. '
             'Scores: no block weights printed -> level 1 only 预算执行率 10 / 10; level-3 rows mirror the indicators (parent null); '
             '总分 100 / 96.6 = 10 + 50 + 26.6 + 10 (12.6 = 0.42/0.5 x 15). No grade. Evaluation money from 年度资金总额. '
             '年度总体目标 texts are prose; 填表人 not data.')
    write_expected(doc, 'self_evaluation', notes, [FORM(0, 2022, name, unit, dept, budget, inds, scores, ev)])


# 12 --------------------------------------------------------------- 湖北 荆州 监利市, T-HB target form with cost build-up, glued
def jianli():
    doc = 'hubei_jingzhou-jianli_thb_targets_cost-buildup_glued_2023.txt'
    name, dept, unit = '监利市稻虾共作产业提升项目', '监利市农业农村局', '监利市水产技术推广站'
    M = [('current_year_budget', '年度资金总额', '6,800,000.00'), ('fiscal_appropriation', '其中：财政拨款', '6,800,000.00'),
         ('other_funds', '其他资金', '0.00')]
    C = [('1', '稻虾田沟渠改造', '4,200,000.00', '1.2万亩×350元/亩'), ('2', '优质虾苗投放补助', '1,800,000.00', '6000亩×300元/亩'),
         ('3', '技术培训及指导服务', '800,000.00', '按服务合同价')]
    I = [('产出指标', '数量指标', '稻虾田沟渠改造面积', '≥1.2万亩', '>=', 12000, '亩'),
         ('产出指标', '数量指标', '优质虾苗投放补助面积', '≥6000亩', '>=', 6000, '亩'),
         ('产出指标', '质量指标', '沟渠改造工程验收合格率', '100%', '=', 100, '%'),
         ('产出指标', '时效指标', '项目完工时间', '2023年10月底前', None, None, None),
         ('成本指标', '经济成本指标', '沟渠改造亩均补助', '≤350元/亩', '<=', 350, '元/亩'),
         ('效益指标', '经济效益指标', '稻虾田亩均增收', '≥800元', '>=', 800, '元'),
         ('效益指标', '生态效益指标', '稻田化肥农药使用量', '明显减少', None, None, None),
         ('满意度指标', '服务对象满意度指标', '养殖户满意度', '≥90%', '>=', 90, '%')]
    rows = [['湖北省项目支出绩效目标表'], ['（2023年度）'], ['项目名称', name], ['主管部门', dept, '实施单位', unit],
            ['项目期限', '2023年1月1日至2023年12月31日'],
            ['项目资金（元）', M[0][1], M[0][2]]] + [['', m[1], m[2]] for m in M[1:]] + [
            ['项目预算成本构成（元）', '序号', '成本项目', '金额', '测算依据']] + [['', *c] for c in C] + [
            ['', '', '合计', '6,800,000.00', ''],
            ['年度绩效目标', '完成稻虾田沟渠改造1.2万亩，优质虾苗投放补助6000亩，稻虾田亩均增收800元以上，化肥农药使用量明显减少。'],
            ['绩效指标', '一级指标', '二级指标', '三级指标', '指标值']]
    for (l1, l2), r in zip(fill(I), I):
        rows.append(['', l1, l2, r[2], r[3]])
    rows.append(['填报人：', '彭志强', '联系电话：', '0716-3322817'])
    write_text(doc, glued(rows))
    budget = [BL(it, lab, None, Y(a, 1)) for it, lab, a in M]
    budget += [BL('component', c[1], None, Y(c[2], 1)) for c in C]
    budget.append(BL('subtotal', '合计', None, Y('6800000', 1)))
    inds = [IND(*r) for r in I]
    notes = ('Blind sample (blind8): 湖北 荆州 监利市 T-HB 项目支出绩效目标表 with a 项目预算成本构成 sub-table, cells glued with no '
             'separators, one table row per line (F8). fiscal_year 2023. 主管部门 -> department, 实施单位 -> reporting_unit, 项目期限 -> '
             'dates. Money in 元 (项目资金（元）, thousands commas, no conversion): 年度资金总额 current_year_budget, 其中：财政拨款 fiscal_appropriation, 其他资金 0.00 '
             'other_funds (kept). Cost build-up (元): the 3 cost lines are components (parent null; 序号 1/2/3 not part of the label), '
             'their 合计 a subtotal with parent null (xiangzhou precedent); 4,200,000 + 1,800,000 + 800,000 = 6,800,000 (= 12000 x 350; 6000 x 300). The 测算依据 cells glue figures onto the amount '
             '(\'稻虾田沟渠改造4,200,000.001.2万亩×350元/亩\'): not values. Indicators: 一级/二级 printed once per group, filled down; ≥1.2万亩 -> '
             '12000 亩; bare 100% -> =; ≤350元/亩 unit 元/亩; ≥800元 unit 元; 2023年10月底前 and 明显减少 word targets. 年度绩效目标 '
             'prose restates table indicators (no goal_text rows). 填报人 line not data.')
    write_expected(doc, 'target_form', notes, [FORM(0, 2023, name, unit, dept, budget, inds,
                                                     start_date='2023-01-01', end_date='2023-12-31')])


if __name__ == '__main__':
    for f in (xinning, changting, zhuanghe, fengxiang, wuwei, yiwu, liucheng, jianli):
        f(); print('done', f.__name__)
