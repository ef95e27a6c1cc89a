<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
    <context>
        <name />
        <message>
            <location filename="../../ui/shell/home.py" line="90" />
            <source>绩效评价现场工作台</source>
            <translation>Performance Evaluation Field Workbench</translation>
        </message>
        <message>
            <location filename="../../ui/shell/home.py" line="93" />
            <source>财政支出绩效评价：逐项评分、问题清单、佐证材料与报告，全部离线、即时保存。</source>
            <translation>Fiscal expenditure performance evaluation: indicator scoring, findings, evidence and reports — fully offline, saved as you go.</translation>
        </message>
        <message>
            <location filename="../../ui/shell/home.py" line="104" />
            <source>新建评价…</source>
            <translation>New evaluation…</translation>
        </message>
        <message>
            <location filename="../../ui/shell/home.py" line="104" />
            <source>选择指标体系，填写项目基本情况</source>
            <translation>Pick an indicator framework, fill in the project facts</translation>
        </message>
        <message>
            <location filename="../../ui/shell/home.py" line="105" />
            <source>打开评价文件…</source>
            <translation>Open evaluation file…</translation>
        </message>
        <message>
            <location filename="../../ui/shell/home.py" line="105" />
            <source>继续一个已有的评价（.fev 文件）</source>
            <translation>Continue an evaluation (.fev file)</translation>
        </message>
        <message>
            <location filename="../../ui/shell/home.py" line="106" />
            <source>打开示例评价（数字衡阳 2024）</source>
            <translation>Open the sample evaluation (Digital Hengyang 2024)</translation>
        </message>
        <message>
            <location filename="../../ui/shell/home.py" line="106" />
            <source>一份完整的评价：总分 78.8，较差</source>
            <translation>A complete evaluation: total 78.8, grade Weak</translation>
        </message>
        <message>
            <location filename="../../ui/shell/home.py" line="117" />
            <source>最近打开</source>
            <translation>Recent files</translation>
        </message>
        <message>
            <location filename="../../ui/shell/home.py" line="128" />
            <source>还没有打开过评价文件。可以先打开示例评价看看。</source>
            <translation>No evaluation opened yet. Try the sample evaluation first.</translation>
        </message>
        <message>
            <location filename="../../ui/shell/home.py" line="148" />
            <source>上次打开 %1</source>
            <translation>last opened %1</translation>
        </message>
        <message>
            <location filename="../../ui/shell/home.py" line="150" />
            <source>  ·  文件已不在原处</source>
            <translation>  ·  file no longer there</translation>
        </message>
        <message>
            <location filename="../../ui/shell/home.py" line="171" />
            <source>评价项目名称</source>
            <translation>Project name</translation>
        </message>
        <message>
            <location filename="../../ui/shell/home.py" line="171" />
            <source>被评价单位</source>
            <translation>Evaluated unit</translation>
        </message>
        <message>
            <location filename="../../ui/shell/home.py" line="172" />
            <source>主管部门</source>
            <translation>Supervising department</translation>
        </message>
        <message>
            <location filename="../../ui/shell/home.py" line="172" />
            <source>委托方</source>
            <translation>Commissioned by</translation>
        </message>
        <message>
            <location filename="../../ui/shell/home.py" line="173" />
            <source>评价机构</source>
            <translation>Evaluation agency</translation>
        </message>
        <message>
            <location filename="../../ui/shell/home.py" line="173" />
            <source>年度</source>
            <translation>Year</translation>
        </message>
        <message>
            <location filename="../../ui/shell/home.py" line="174" />
            <source>资金总额（万元）</source>
            <translation>Total funds (10k yuan)</translation>
        </message>
        <message>
            <location filename="../../ui/shell/home.py" line="178" />
            <source>新建评价</source>
            <translation>New evaluation</translation>
        </message>
        <message>
            <location filename="../../ui/shell/home.py" line="184" />
            <source>内置</source>
            <translation>built-in</translation>
        </message>
        <message>
            <location filename="../../ui/shell/home.py" line="184" />
            <source>自定义</source>
            <translation>custom</translation>
        </message>
        <message>
            <location filename="../../ui/shell/home.py" line="185" />
            <source>%1（%2，%3 个末级指标）</source>
            <translation>%1 (%2, %3 leaf indicators)</translation>
        </message>
        <message>
            <location filename="../../ui/shell/home.py" line="187" />
            <source>指标体系</source>
            <translation>Indicator framework</translation>
        </message>
        <message>
            <location filename="../../ui/shell/home.py" line="197" />
            <source>评价文件保存位置（.fev）</source>
            <translation>Where to save the evaluation file (.fev)</translation>
        </message>
        <message>
            <location filename="../../ui/shell/home.py" line="200" />
            <source>选择…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <location filename="../../ui/shell/home.py" line="205" />
            <source>保存为</source>
            <translation>Save as</translation>
        </message>
        <message>
            <location filename="../../ui/shell/home.py" line="212" />
            <source>创建</source>
            <translation>Create</translation>
        </message>
        <message>
            <location filename="../../ui/shell/home.py" line="222" />
            <source>新评价</source>
            <translation>New evaluation</translation>
        </message>
        <message>
            <location filename="../../ui/shell/home.py" line="238" />
            <source>保存评价文件</source>
            <translation>Save evaluation file</translation>
        </message>
        <message>
            <location filename="../../ui/shell/home.py" line="239" />
            <location filename="../../ui/shell/teamwork_menu.py" line="87" />
            <source>评价文件 (*.fev)</source>
            <translation>Evaluation files (*.fev)</translation>
        </message>
        <message>
            <location filename="../../ui/shell/home.py" line="250" />
            <source>请填写评价项目名称</source>
            <translation>Please enter the project name</translation>
        </message>
        <message>
            <location filename="../../ui/shell/home.py" line="258" />
            <source>该位置已有文件，请换一个文件名</source>
            <translation>A file already exists there; please choose another name</translation>
        </message>
        <message>
            <location filename="../../ui/shell/home.py" line="263" />
            <source>无法创建文件夹：%1</source>
            <translation>Cannot create the folder: %1</translation>
        </message>
        <message>
            <location filename="../../ui/shell/home.py" line="275" />
            <source>无法创建评价文件：%1</source>
            <translation>Cannot create the evaluation file: %1</translation>
        </message>
        <message>
            <location filename="../../ui/walk/indicator_panel.py" line="66" />
            <source>未开始</source>
            <translation>Not started</translation>
        </message>
        <message>
            <location filename="../../ui/walk/indicator_panel.py" line="66" />
            <source>进行中</source>
            <translation>In progress</translation>
        </message>
        <message>
            <location filename="../../ui/walk/indicator_panel.py" line="66" />
            <source>已评分</source>
            <translation>Scored</translation>
        </message>
        <message>
            <location filename="../../ui/walk/indicator_panel.py" line="66" />
            <source>已复核</source>
            <translation>Reviewed</translation>
        </message>
        <message>
            <location filename="../../ui/walk/indicator_panel.py" line="92" />
            <location filename="../../ui/walk/rule_inputs.py" line="147" />
            <location filename="../../ui/walk/rule_inputs.py" line="387" />
            <source>提出问题</source>
            <translation>Raise finding</translation>
        </message>
        <message>
            <location filename="../../ui/walk/indicator_panel.py" line="110" />
            <source>万元，可不填</source>
            <translation>10k yuan, optional</translation>
        </message>
        <message>
            <location filename="../../ui/walk/indicator_panel.py" line="111" />
            <location filename="../../ui/walk/indicator_panel.py" line="573" />
            <source>指标</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <location filename="../../ui/walk/indicator_panel.py" line="112" />
            <source>问题类别</source>
            <translation>Category</translation>
        </message>
        <message>
            <location filename="../../ui/walk/indicator_panel.py" line="113" />
            <source>问题</source>
            <translation>Finding</translation>
        </message>
        <message>
            <location filename="../../ui/walk/indicator_panel.py" line="114" />
            <source>具体问题</source>
            <translation>Details</translation>
        </message>
        <message>
            <location filename="../../ui/walk/indicator_panel.py" line="115" />
            <source>扣分</source>
            <translation>Points lost</translation>
        </message>
        <message>
            <location filename="../../ui/walk/indicator_panel.py" line="116" />
            <source>涉及金额</source>
            <translation>Amount involved</translation>
        </message>
        <message>
            <location filename="../../ui/walk/indicator_panel.py" line="615" />
            <source>留空时打印：%1</source>
            <translation>Printed when left empty: %1</translation>
        </message>
        <message>
            <location filename="../../ui/walk/indicator_panel.py" line="639" />
            <source>%1。%2</source>
            <translation>%1. %2</translation>
        </message>
        <message>
            <location filename="../../ui/walk/indicator_panel.py" line="688" />
            <source>扣 %1 分，理由见评分说明或评分理由。</source>
            <translation>%1 points deducted; the scoring note or the stated reason explains why.</translation>
        </message>
        <message>
            <location filename="../../ui/walk/indicator_panel.py" line="717" />
            <source>（见问题“%1”）</source>
            <translation>(see finding “%1”)</translation>
        </message>
        <message>
            <location filename="../../ui/walk/indicator_panel.py" line="776" />
            <source>修改资金数据：%1</source>
            <translation>Change fund figures: %1</translation>
        </message>
        <message>
            <location filename="../../ui/walk/indicator_panel.py" line="816" />
            <location filename="../../ui/walk/rule_inputs.py" line="160" />
            <location filename="../../ui/walk/rule_inputs.py" line="240" />
            <source>改为手填</source>
            <translation>Type it here</translation>
        </message>
        <message>
            <location filename="../../ui/walk/indicator_panel.py" line="836" />
            <source>采用引用数据</source>
            <translation>Use the linked figure</translation>
        </message>
        <message>
            <location filename="../../ui/walk/indicator_panel.py" line="847" />
            <source>采用此处的数并写入资金页</source>
            <translation>Use the typed figures and write them to the funds page</translation>
        </message>
        <message>
            <location filename="../../ui/walk/indicator_panel.py" line="861" />
            <source>保留手工录入</source>
            <translation>Keep the typed figure</translation>
        </message>
        <message>
            <location filename="../../ui/walk/indicator_panel.py" line="1124" />
            <source>◀ 上一个</source>
            <extracomment>upper levels' views kept for quick revisits (the leaves' view keeps its own editor boxes)</extracomment>
            <translation>◀ Previous</translation>
        </message>
        <message>
            <location filename="../../ui/walk/indicator_panel.py" line="1125" />
            <source>上一个指标（Ctrl+←）</source>
            <translation>Previous indicator (Ctrl+←)</translation>
        </message>
        <message>
            <location filename="../../ui/walk/indicator_panel.py" line="1126" />
            <source>下一个 ▶</source>
            <translation>Next ▶</translation>
        </message>
        <message>
            <location filename="../../ui/walk/indicator_panel.py" line="1127" />
            <source>下一个指标（Ctrl+→）</source>
            <translation>Next indicator (Ctrl+→)</translation>
        </message>
        <message>
            <location filename="../../ui/walk/indicator_panel.py" line="1128" />
            <source>下一个未评分</source>
            <translation>Next unscored</translation>
        </message>
        <message>
            <location filename="../../ui/walk/indicator_panel.py" line="1129" />
            <source>跳到下一个尚未评分的指标（Ctrl+↓）</source>
            <translation>Go to the next indicator not yet scored (Ctrl+↓)</translation>
        </message>
        <message>
            <location filename="../../ui/walk/indicator_panel.py" line="1130" />
            <source>✔ 标记已评分</source>
            <translation>✔ Mark scored</translation>
        </message>
        <message>
            <location filename="../../ui/walk/indicator_panel.py" line="1132" />
            <source>确认本指标已评分，并跳到下一个未评分指标（Ctrl+Enter）</source>
            <translation>Confirm this indicator is scored and go to the next unscored one (Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../ui/walk/indicator_panel.py" line="1057" />
            <source>在左侧选择一个指标开始评分</source>
            <translation>Select an indicator on the left to start scoring</translation>
        </message>
        <message>
            <location filename="../../ui/walk/indicator_panel.py" line="125" />
            <source>选择已有…</source>
            <translation>Pick existing…</translation>
        </message>
        <message>
            <location filename="../../ui/walk/indicator_panel.py" line="128" />
            <source>从本评价已有的佐证材料中选择</source>
            <translation>Choose from the evidence already in this evaluation</translation>
        </message>
        <message>
            <location filename="../../ui/walk/indicator_panel.py" line="130" />
            <source>或把照片、文件拖到本窗口</source>
            <translation>or drop photos and files on this window</translation>
        </message>
        <message>
            <location filename="../../ui/walk/indicator_panel.py" line="158" />
            <source>新增：%1</source>
            <translation>New: %1</translation>
        </message>
        <message>
            <location filename="../../ui/walk/indicator_panel.py" line="168" />
            <source>已有：%1 %2</source>
            <translation>Existing: %1 %2</translation>
        </message>
        <message>
            <location filename="../../ui/walk/indicator_panel.py" line="214" />
            <source>采用此处</source>
            <translation>Use this one</translation>
        </message>
        <message>
            <location filename="../../ui/walk/indicator_panel.py" line="217" />
            <source>不引用</source>
            <translation>Don't link</translation>
        </message>
        <message>
            <location filename="../../ui/walk/indicator_panel.py" line="218" />
            <source>保留此处手工录入的数，以后不再询问</source>
            <translation>Keep the figure typed here and do not ask again</translation>
        </message>
        <message>
            <location filename="../../ui/walk/indicator_panel.py" line="229" />
            <source>采用%1</source>
            <translation>Use the %1</translation>
        </message>
        <message>
            <location filename="../../ui/walk/indicator_panel.py" line="231" />
            <source>把此处的数写入%1，并改为引用</source>
            <translation>Write the figures typed here to the %1 and link to them</translation>
        </message>
        <message>
            <location filename="../../ui/walk/indicator_panel.py" line="310" />
            <source>评分说明</source>
            <extracomment>the pages a figure is typed on, as the window names them (the service's names, translated here) editor boxes kept for quick revisits (walking 1,000 indicators must not keep 1,000 of them)</extracomment>
            <translation>Scoring note</translation>
        </message>
        <message>
            <location filename="../../ui/walk/indicator_panel.py" line="310" />
            <location filename="../../ui/walk/indicator_panel.py" line="616" />
            <source>打印在评分表“评分说明”栏；留空时按计算过程生成</source>
            <translation>Printed in the scoring sheet's note column; when empty, the calculation is printed</translation>
        </message>
        <message>
            <location filename="../../ui/walk/indicator_panel.py" line="315" />
            <source>主要扣分理由</source>
            <translation>Main reasons for lost points</translation>
        </message>
        <message>
            <location filename="../../ui/walk/indicator_panel.py" line="315" />
            <source>本级指标的主要扣分理由（用于简要情况表）</source>
            <translation>Main reasons for the points lost at this level (for the summary sheet)</translation>
        </message>
        <message>
            <location filename="../../ui/walk/indicator_panel.py" line="425" />
            <source>一级指标</source>
            <translation>Level-1 indicator</translation>
        </message>
        <message>
            <location filename="../../ui/walk/indicator_panel.py" line="429" />
            <source>指标解释</source>
            <translation>Definition</translation>
        </message>
        <message>
            <location filename="../../ui/walk/indicator_panel.py" line="429" />
            <source>评价要点</source>
            <translation>Points to assess</translation>
        </message>
        <message>
            <location filename="../../ui/walk/indicator_panel.py" line="429" />
            <source>评分标准</source>
            <translation>Scoring criteria</translation>
        </message>
        <message>
            <location filename="../../ui/walk/indicator_panel.py" line="461" />
            <source>评分</source>
            <translation>Scoring</translation>
        </message>
        <message>
            <location filename="../../ui/walk/indicator_panel.py" line="468" />
            <source>调整与不适用</source>
            <translation>Override and not applicable</translation>
        </message>
        <message>
            <location filename="../../ui/walk/indicator_panel.py" line="472" />
            <source>调整后得分</source>
            <translation>Overridden score</translation>
        </message>
        <message>
            <location filename="../../ui/walk/indicator_panel.py" line="475" />
            <source>调整理由（必填）</source>
            <translation>Reason for the override (required)</translation>
        </message>
        <message>
            <location filename="../../ui/walk/indicator_panel.py" line="476" />
            <location filename="../../ui/walk/indicator_panel.py" line="872" />
            <source>调整得分</source>
            <translation>Override score</translation>
        </message>
        <message>
            <location filename="../../ui/walk/indicator_panel.py" line="478" />
            <location filename="../../ui/walk/indicator_panel.py" line="880" />
            <source>恢复按规则计分</source>
            <translation>Back to the rule's score</translation>
        </message>
        <message>
            <location filename="../../ui/walk/indicator_panel.py" line="484" />
            <source>人工调整</source>
            <translation>Override</translation>
        </message>
        <message>
            <location filename="../../ui/walk/indicator_panel.py" line="495" />
            <location filename="../../ui/walk/indicator_panel.py" line="596" />
            <location filename="../../ui/walk/indicator_panel.py" line="601" />
            <location filename="../../ui/walk/indicator_panel.py" line="621" />
            <source>不适用</source>
            <translation>Not applicable</translation>
        </message>
        <message>
            <location filename="../../ui/walk/indicator_panel.py" line="497" />
            <source>不适用的理由（必填）</source>
            <translation>Why it does not apply (required)</translation>
        </message>
        <message>
            <location filename="../../ui/walk/indicator_panel.py" line="506" />
            <source>负责评分的组员（用于“分配给我”筛选）</source>
            <translation>Team member scoring this indicator (for the “Assigned to me” filter)</translation>
        </message>
        <message>
            <location filename="../../ui/walk/indicator_panel.py" line="508" />
            <source>负责人</source>
            <translation>Assigned to</translation>
        </message>
        <message>
            <location filename="../../ui/walk/indicator_panel.py" line="529" />
            <source>相关问题</source>
            <translation>Related findings</translation>
        </message>
        <message>
            <location filename="../../ui/walk/indicator_panel.py" line="537" />
            <source>提出问题…</source>
            <translation>Raise finding…</translation>
        </message>
        <message>
            <location filename="../../ui/walk/indicator_panel.py" line="539" />
            <source>为本指标提出一个问题（Ctrl+E）</source>
            <translation>Raise a finding for this indicator (Ctrl+E)</translation>
        </message>
        <message>
            <location filename="../../ui/walk/indicator_panel.py" line="138" />
            <location filename="../../ui/walk/indicator_panel.py" line="548" />
            <source>佐证材料</source>
            <translation>Evidence</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="396" />
            <location filename="../../ui/walk/indicator_panel.py" line="122" />
            <location filename="../../ui/walk/indicator_panel.py" line="555" />
            <source>添加文件…</source>
            <translation>Add files…</translation>
        </message>
        <message>
            <location filename="../../ui/walk/indicator_panel.py" line="560" />
            <source>也可把照片、PDF、表格直接拖到这里</source>
            <translation>or drop photos, PDFs and spreadsheets here</translation>
        </message>
        <message>
            <location filename="../../ui/walk/indicator_panel.py" line="570" />
            <source>下级指标</source>
            <translation>Sub-indicators</translation>
        </message>
        <message>
            <location filename="../../ui/walk/indicator_panel.py" line="573" />
            <source>分值</source>
            <translation>Weight</translation>
        </message>
        <message>
            <location filename="../../ui/walk/indicator_panel.py" line="573" />
            <location filename="../../ui/walk/rule_inputs.py" line="382" />
            <source>得分</source>
            <translation>Score</translation>
        </message>
        <message>
            <location filename="../../ui/walk/indicator_panel.py" line="573" />
            <source>得分率</source>
            <translation>Rate</translation>
        </message>
        <message>
            <location filename="../../ui/walk/indicator_panel.py" line="598" />
            <location filename="../../ui/walk/rule_inputs.py" line="277" />
            <source>%1 / %2 分</source>
            <translation>%1 / %2 pts</translation>
        </message>
        <message>
            <location filename="../../ui/walk/indicator_panel.py" line="603" />
            <source> · 已调整</source>
            <translation> · overridden</translation>
        </message>
        <message>
            <location filename="../../ui/walk/indicator_panel.py" line="606" />
            <source>得分率 %1 · %2</source>
            <translation>Rate %1 · %2</translation>
        </message>
        <message>
            <location filename="../../ui/walk/indicator_panel.py" line="665" />
            <source>复核退回（%1）：%2</source>
            <translation>Sent back by reviewer (%1): %2</translation>
        </message>
        <message>
            <location filename="../../ui/walk/indicator_panel.py" line="938" />
            <source>指标“%1”（%2）的评分要点“%3”未满足要求</source>
            <translation>Indicator “%1” (%2): point “%3” is not met</translation>
        </message>
        <message>
            <location filename="../../ui/walk/indicator_panel.py" line="940" />
            <source>指标“%1”（%2）存在扣分情形</source>
            <translation>Indicator “%1” (%2) lost points</translation>
        </message>
        <message>
            <location filename="../../ui/walk/indicator_panel.py" line="943" />
            <source>，扣 %1 分</source>
            <translation>, %1 points lost</translation>
        </message>
        <message>
            <location filename="../../ui/walk/indicator_panel.py" line="944" />
            <source>。具体情况：</source>
            <translation>. Details: </translation>
        </message>
        <message>
            <location filename="../../ui/walk/indicator_panel.py" line="1228" />
            <source>第 %1 / %2 个</source>
            <translation>%1 of %2</translation>
        </message>
        <message>
            <location filename="../../ui/walk/indicator_panel.py" line="632" />
            <source>按规则计算：%1 分</source>
            <translation>By the rule: %1 pts</translation>
        </message>
        <message>
            <location filename="../../ui/walk/indicator_panel.py" line="634" />
            <source>；人工调整为 %1 分（理由：%2）</source>
            <translation>; overridden to %1 pts (reason: %2)</translation>
        </message>
        <message>
            <location filename="../../ui/walk/indicator_panel.py" line="636" />
            <source>；因同级指标不适用，分值由 %1 调整为 %2，得分按比例折算为 %3</source>
            <translation>; weight changed from %1 to %2 because a sibling does not apply, score scaled to %3</translation>
        </message>
        <message>
            <location filename="../../ui/walk/indicator_panel.py" line="674" />
            <source>（扣 %1 分）</source>
            <translation> (−%1 pts)</translation>
        </message>
        <message>
            <location filename="../../ui/walk/indicator_panel.py" line="681" />
            <source>⚠ 本指标扣 %1 分，其中 %2 分尚无问题说明：请提出问题或在评分说明中说明。</source>
            <translation>⚠ %1 points lost here, %2 of them not yet explained by a finding: raise a finding or explain in the note.</translation>
        </message>
        <message>
            <location filename="../../ui/walk/indicator_panel.py" line="685" />
            <source>扣 %1 分，已由上列问题说明。</source>
            <translation>%1 points lost, explained by the findings above.</translation>
        </message>
        <message>
            <location filename="../../ui/walk/indicator_panel.py" line="691" />
            <source>未扣分。</source>
            <translation>No points lost.</translation>
        </message>
        <message>
            <location filename="../../ui/walk/indicator_panel.py" line="691" />
            <source>评分后，扣分须由问题说明。</source>
            <translation>Once scored, lost points must be explained by findings.</translation>
        </message>
        <message>
            <location filename="../../ui/walk/indicator_panel.py" line="780" />
            <source>评分：%1</source>
            <translation>Score: %1</translation>
        </message>
        <message>
            <location filename="../../ui/walk/indicator_panel.py" line="869" />
            <source>请填写调整后得分</source>
            <translation>Enter the overridden score</translation>
        </message>
        <message>
            <location filename="../../ui/walk/indicator_panel.py" line="890" />
            <source>请先填写不适用的理由，再勾选“不适用”</source>
            <translation>Enter why it does not apply first, then tick “Not applicable”</translation>
        </message>
        <message>
            <location filename="../../ui/walk/indicator_panel.py" line="894" />
            <source>标记不适用</source>
            <translation>Mark not applicable</translation>
        </message>
        <message>
            <location filename="../../ui/walk/indicator_panel.py" line="894" />
            <source>取消不适用</source>
            <translation>Clear not applicable</translation>
        </message>
        <message>
            <location filename="../../ui/walk/indicator_panel.py" line="904" />
            <source>修改不适用理由</source>
            <translation>Change the not-applicable reason</translation>
        </message>
        <message>
            <location filename="../../ui/walk/indicator_panel.py" line="911" />
            <source>分配指标</source>
            <translation>Assign indicator</translation>
        </message>
        <message>
            <location filename="../../ui/walk/indicator_panel.py" line="921" />
            <source>修改评分说明</source>
            <translation>Edit scoring note</translation>
        </message>
        <message>
            <location filename="../../ui/walk/indicator_panel.py" line="936" />
            <source>%1未满足要求</source>
            <translation>%1 not met</translation>
        </message>
        <message>
            <location filename="../../ui/walk/indicator_panel.py" line="1249" />
            <source>问题标题不能为空</source>
            <translation>The finding needs a title</translation>
        </message>
        <message>
            <location filename="../../ui/walk/indicator_panel.py" line="985" />
            <source>提出问题：%1</source>
            <translation>Raise finding: %1</translation>
        </message>
        <message>
            <location filename="../../ui/walk/indicator_panel.py" line="175" />
            <location filename="../../ui/walk/indicator_panel.py" line="996" />
            <source>添加佐证材料</source>
            <translation>Add evidence</translation>
        </message>
        <message>
            <location filename="../../ui/walk/indicator_panel.py" line="175" />
            <location filename="../../ui/walk/indicator_panel.py" line="997" />
            <source>所有文件 (*);;图片 (*.jpg *.jpeg *.png *.heic);;PDF (*.pdf)</source>
            <translation>All files (*);;Images (*.jpg *.jpeg *.png *.heic);;PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ui/walk/indicator_panel.py" line="1017" />
            <source>添加证据：%1</source>
            <translation>Add evidence: %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="170" />
            <location filename="../../ui/walk/indicator_panel.py" line="1030" />
            <source>无法打开证据：%1</source>
            <translation>Cannot open the evidence: %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="387" />
            <source>全部证据</source>
            <translation>All evidence</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="387" />
            <source>已关联指标</source>
            <translation>Linked to indicators</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="387" />
            <source>已关联问题</source>
            <translation>Linked to findings</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="388" />
            <source>未关联</source>
            <translation>Not linked</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="388" />
            <source>属于现场记录</source>
            <translation>From field records</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="391" />
            <source>搜索文件名、索引号或说明</source>
            <translation>Search file name, index no. or description</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="394" />
            <source>缩略图</source>
            <translation>Thumbnails</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="395" />
            <source>列表</source>
            <translation>List</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="397" />
            <source>添加证据文件；也可直接把文件拖到下面的区域</source>
            <translation>Add evidence files; you can also drop files on the area below</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="416" />
            <source>把照片、PDF、扫描件或表格拖到这里，或点“添加文件…”。
文件会连同 SHA-256 校验值保存在评价文件内。</source>
            <translation>Drop photos, PDFs, scans or spreadsheets here, or click “Add files…”.
Files are kept inside the evaluation file with their SHA-256 checksum.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="474" />
            <source>指标 </source>
            <translation>Indicator </translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="476" />
            <source>问题 </source>
            <translation>Finding </translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="499" />
            <source>共 %1 个证据文件，%2</source>
            <translation>%1 evidence files, %2</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="555" />
            <source>说明：拍摄内容、来源、与评分的关系…（输入即保存）</source>
            <translation>Description: what it shows, where it came from, how it bears on the score… (saved as you type)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="565" />
            <source>关联指标…</source>
            <translation>Link indicator…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="566" />
            <source>关联问题…</source>
            <translation>Link finding…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="567" />
            <source>取消关联</source>
            <translation>Unlink</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="569" />
            <source>打开</source>
            <translation>Open</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="570" />
            <source>用系统默认程序打开（临时副本）</source>
            <translation>Open with the system's default program (a temporary copy)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="571" />
            <source>删除证据</source>
            <translation>Delete evidence</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="584" />
            <source>说明</source>
            <translation>Description</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="586" />
            <source>关联到</source>
            <translation>Linked to</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="593" />
            <source>现场记录</source>
            <translation>Field record</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="613" />
            <source>未选择证据</source>
            <translation>No evidence selected</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="625" />
            <source>类型：%1</source>
            <translation>Type: %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="625" />
            <source>大小：%1</source>
            <translation>Size: %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="326" />
            <location filename="../../ui/pages/evidence.py" line="626" />
            <source>拍摄时间：%1</source>
            <translation>Taken: %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="91" />
            <source>选择证据文件</source>
            <translation>Choose evidence files</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="92" />
            <source>常见证据 (*.jpg *.jpeg *.png *.heic *.tif *.tiff *.pdf *.doc *.docx *.xls *.xlsx *.csv *.txt *.ofd *.zip);;所有文件 (*)</source>
            <translation>Common evidence (*.jpg *.jpeg *.png *.heic *.tif *.tiff *.pdf *.doc *.docx *.xls *.xlsx *.csv *.txt *.ofd *.zip);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="115" />
            <source>添加证据“%1”</source>
            <translation>Add evidence “%1”</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="128" />
            <source>删除证据“%1”</source>
            <translation>Delete evidence “%1”</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="143" />
            <source>关联证据“%1”</source>
            <translation>Link evidence “%1”</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="157" />
            <source>取消关联证据“%1”</source>
            <translation>Unlink evidence “%1”</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="172" />
            <source>系统没有可以打开“%1”的程序。副本已保存在：%2</source>
            <translation>No program on this system opens “%1”. A copy was saved at: %2</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="627" />
            <source>拍摄时间：无（文件未记录）</source>
            <translation>Taken: unknown (not recorded in the file)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="637" />
            <source>（已删除）</source>
            <translation>(deleted)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="641" />
            <source>尚未关联指标或问题</source>
            <translation>Not linked to an indicator or finding yet</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="645" />
            <source>（不属于现场记录）</source>
            <translation>(not part of a field record)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="668" />
            <source>修改证据说明</source>
            <translation>Edit evidence description</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="687" />
            <source>关联指标</source>
            <translation>Linked indicators</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="690" />
            <source>关联问题</source>
            <translation>Link finding</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="693" />
            <source>没有可关联的问题，请先在问题清单中新增问题。</source>
            <translation>There are no findings to link; add one in the findings list first.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="694" />
            <source>所有指标都已关联。</source>
            <translation>All indicators are already linked.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="696" />
            <source>关联到：</source>
            <translation>Link to:</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="707" />
            <source>请先在“关联到”列表中选择要取消的关联。</source>
            <translation>First select the link to remove in the “Linked to” list.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="720" />
            <source>修改证据所属的现场记录</source>
            <translation>Change the evidence's field record</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="743" />
            <location filename="../../ui/pages/evidence.py" line="800" />
            <source>类型</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="744" />
            <location filename="../../ui/pages/evidence.py" line="801" />
            <source>时间</source>
            <translation>When</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="745" />
            <location filename="../../ui/pages/evidence.py" line="803" />
            <source>地点</source>
            <translation>Place</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="746" />
            <location filename="../../ui/pages/evidence.py" line="804" />
            <source>访谈对象 / 参加人员</source>
            <translation>Interviewees / participants</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="747" />
            <location filename="../../ui/pages/evidence.py" line="805" />
            <source>记录人</source>
            <translation>Recorder</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="760" />
            <source>新增记录</source>
            <translation>New record</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="761" />
            <source>删除记录</source>
            <translation>Delete record</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="769" />
            <source>年-月-日 时:分，如 2024-09-30 14:30</source>
            <translation>YYYY-MM-DD hh:mm, e.g. 2024-09-30 14:30</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="774" />
            <source>记录内容（输入即保存）</source>
            <translation>Notes (saved as you type)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="785" />
            <source>为此记录添加证据…</source>
            <translation>Add evidence to this record…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="798" />
            <source>记录内容</source>
            <translation>Record</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="806" />
            <source>记录</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="807" />
            <location filename="../../ui/pages/evidence.py" line="988" />
            <source>证据</source>
            <translation>Evidence</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="889" />
            <source>尚无证据</source>
            <translation>No evidence yet</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="909" />
            <source>修改现场记录</source>
            <translation>Edit field record</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="929" />
            <source>新增现场记录</source>
            <translation>New field record</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="948" />
            <source>删除现场记录</source>
            <translation>Delete field record</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="971" />
            <source>证据与现场记录</source>
            <translation>Evidence and field records</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="976" />
            <source>证据文件</source>
            <translation>Evidence files</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="977" />
            <source>现场记录（访谈 / 实地勘察 / 资料核查）</source>
            <translation>Field records (interviews / site inspections / document checks)</translation>
        </message>
        <message>
            <location filename="../../ui/walk/rule_inputs.py" line="131" />
            <source>%1 分 · %2</source>
            <translation>%1 pts · %2</translation>
        </message>
        <message>
            <location filename="../../ui/walk/rule_inputs.py" line="148" />
            <source>就本项扣分提出一个问题（问题清单）</source>
            <translation>Raise a finding for the points lost on this item</translation>
        </message>
        <message>
            <location filename="../../ui/walk/rule_inputs.py" line="161" />
            <source>解除数据引用，保留当前数值，之后可手工修改</source>
            <translation>Drop the data link, keep the current values, then edit by hand</translation>
        </message>
        <message>
            <location filename="../../ui/walk/rule_inputs.py" line="165" />
            <location filename="../../ui/walk/rule_inputs.py" line="242" />
            <source>引用数据…</source>
            <translation>Link data…</translation>
        </message>
        <message>
            <location filename="../../ui/walk/rule_inputs.py" line="166" />
            <source>不再手工录入：引用资金表、绩效目标表或满意度调查中已录入的数字（录入一次，处处使用）</source>
            <translation>Stop typing it: take the figure already entered in the funds table, the targets table or a satisfaction survey (typed once, used everywhere)</translation>
        </message>
        <message>
            <location filename="../../ui/walk/rule_inputs.py" line="220" />
            <source>备注：</source>
            <translation>Note: </translation>
        </message>
        <message>
            <location filename="../../ui/walk/rule_inputs.py" line="278" />
            <source>未评分</source>
            <translation>Unscored</translation>
        </message>
        <message>
            <location filename="../../ui/walk/rule_inputs.py" line="371" />
            <source>（%1 分）</source>
            <translation> (%1 pts)</translation>
        </message>
        <message>
            <location filename="../../ui/walk/rule_inputs.py" line="376" />
            <source>满足</source>
            <translation>Met</translation>
        </message>
        <message>
            <location filename="../../ui/walk/rule_inputs.py" line="376" />
            <source>部分满足</source>
            <translation>Partly</translation>
        </message>
        <message>
            <location filename="../../ui/walk/rule_inputs.py" line="376" />
            <source>不满足</source>
            <translation>Not met</translation>
        </message>
        <message>
            <location filename="../../ui/walk/rule_inputs.py" line="388" />
            <source>就该要点未满足提出一个问题，带入指标、要点和扣分</source>
            <translation>Raise a finding for this point, pre-filled with the indicator, the point and the points lost</translation>
        </message>
        <message>
            <location filename="../../ui/walk/rule_inputs.py" line="394" />
            <source>按 1 满足、2 部分满足、3 不满足；Tab 到下一个要点</source>
            <translation>Press 1 met, 2 partly, 3 not met; Tab to the next point</translation>
        </message>
        <message>
            <location filename="../../ui/walk/rule_inputs.py" line="438" />
            <source>“部分满足”：请填写该要点的得分。填写前不保存，仍按上次保存的结果计分。</source>
            <translation>“Partly met”: enter the points for this item. Nothing is saved until then; the last saved result still counts.</translation>
        </message>
        <message>
            <location filename="../../ui/walk/rule_inputs.py" line="448" />
            <source>“%1”选了“部分满足”但未填得分，未保存</source>
            <translation>“%1” is marked “partly met” without points: not saved</translation>
        </message>
        <message>
            <location filename="../../ui/walk/rule_inputs.py" line="449" />
            <source>；仍按上次保存的结果计分。</source>
            <translation>; the last saved result still counts.</translation>
        </message>
        <message>
            <location filename="../../ui/walk/rule_inputs.py" line="647" />
            <source>请填写%1，填好后即保存</source>
            <extracomment>the attribute a field is also reachable by (``editor.num``), where it is not the input's name</extracomment>
            <translation>Please fill in: %1 — the entry is saved once it is there</translation>
        </message>
        <message>
            <location filename="../../ui/walk/rule_inputs.py" line="658" />
            <source>= %1%</source>
            <translation>= %1%</translation>
        </message>
        <message>
            <location filename="../../ui/walk/rule_inputs.py" line="488" />
            <source>项目/年度</source>
            <translation>Item / year</translation>
        </message>
        <message>
            <location filename="../../ui/walk/rule_inputs.py" line="242" />
            <source>重新绑定…</source>
            <translation>Link again…</translation>
        </message>
        <message>
            <location filename="../../ui/walk/rule_inputs.py" line="488" />
            <source>计划数</source>
            <translation>Planned</translation>
        </message>
        <message>
            <location filename="../../ui/walk/rule_inputs.py" line="488" />
            <source>完成数</source>
            <translation>Done</translation>
        </message>
        <message>
            <location filename="../../ui/walk/rule_inputs.py" line="494" />
            <source>添加一行</source>
            <translation>Add a row</translation>
        </message>
        <message>
            <location filename="../../ui/walk/rule_inputs.py" line="505" />
            <source>可不填</source>
            <translation>optional</translation>
        </message>
        <message>
            <location filename="../../ui/pages/findings.py" line="364" />
            <source>新增问题“%1”</source>
            <translation>Add finding “%1”</translation>
        </message>
        <message>
            <location filename="../../ui/pages/findings.py" line="384" />
            <source>修改问题“%1”</source>
            <translation>Edit finding “%1”</translation>
        </message>
        <message>
            <location filename="../../ui/pages/findings.py" line="416" />
            <source>删除问题“%1”</source>
            <translation>Delete finding “%1”</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="112" />
            <location filename="../../ui/pages/project.py" line="421" />
            <source>修改%1</source>
            <translation>Edit %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="126" />
            <source>新增%1</source>
            <translation>Add %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="140" />
            <source>删除%1</source>
            <translation>Delete %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="452" />
            <source>达成</source>
            <translation>met</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="452" />
            <source>未达成</source>
            <translation>not met</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="928" />
            <source>编辑章节“%1”</source>
            <translation>Edit chapter “%1”</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="946" />
            <source>修改章节标题</source>
            <translation>Rename chapter</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="960" />
            <source>新增章节</source>
            <translation>New chapter</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="973" />
            <source>章节</source>
            <translation>chapter</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="988" />
            <source>按国家提纲创建章节</source>
            <translation>Create chapters from the national outline</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/report_dialog.py" line="62" />
            <source>无法开始打印（打印机不可用）</source>
            <translation>Cannot start printing (printer unavailable)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/report_dialog.py" line="86" />
            <source>打印 / 导出</source>
            <translation>Print / Export</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/report_dialog.py" line="102" />
            <source>横向</source>
            <translation>Landscape</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/report_dialog.py" line="103" />
            <source>纵向</source>
            <translation>Portrait</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/report_dialog.py" line="104" />
            <source>打印底稿索引号（评分表、问题清单）</source>
            <translation>Print working-paper refs (scoring sheet, findings)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/report_dialog.py" line="107" />
            <source>客户版（不含内部说明）</source>
            <translation>Client copy (no internal notes)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/report_dialog.py" line="108" />
            <source>内部版（含调整理由、复核与录入说明）</source>
            <translation>Internal copy (with override reasons, review and data-entry notes)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/report_dialog.py" line="111" />
            <source>内置版式</source>
            <translation>Built-in layout</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/report_dialog.py" line="112" />
            <source>默认模板（占位符）</source>
            <translation>Default template (placeholders)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/report_dialog.py" line="117" />
            <source>选择机构模板…</source>
            <translation>Choose agency template…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/report_dialog.py" line="123" />
            <source>文档</source>
            <translation>Document</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/report_dialog.py" line="124" />
            <source>副本</source>
            <translation>Copy</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/report_dialog.py" line="125" />
            <source>报告模板</source>
            <translation>Report template</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/report_dialog.py" line="126" />
            <source>格式</source>
            <translation>Format</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/report_dialog.py" line="127" />
            <source>纸张</source>
            <translation>Paper</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/report_dialog.py" line="128" />
            <source>方向</source>
            <translation>Direction</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/report_dialog.py" line="131" />
            <source>刷新预览</source>
            <translation>Refresh preview</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/report_dialog.py" line="132" />
            <source>导出…</source>
            <translation>Export…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/report_dialog.py" line="133" />
            <source>打印…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/report_dialog.py" line="134" />
            <source>关闭</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/report_dialog.py" line="205" />
            <source>选择报告模板</source>
            <translation>Choose report template</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/report_dialog.py" line="247" />
            <source>没有打开的评价文件</source>
            <translation>No evaluation file is open</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/report_dialog.py" line="253" />
            <source>请先打开评价文件</source>
            <translation>Open an evaluation file first</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/report_dialog.py" line="261" />
            <source>正在生成预览…</source>
            <translation>Generating preview…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/report_dialog.py" line="270" />
            <source>预览：%1 页</source>
            <translation>Preview: %1 pages</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/report_dialog.py" line="280" />
            <source>导出%1</source>
            <translation>Export %1</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/report_dialog.py" line="285" />
            <source>正在导出…</source>
            <translation>Exporting…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/report_dialog.py" line="286" />
            <source>已导出：%1</source>
            <translation>Exported: %1</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/report_dialog.py" line="292" />
            <source>预览尚未生成，请稍候</source>
            <translation>The preview is not ready yet, please wait</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/report_dialog.py" line="306" />
            <source>打印</source>
            <translation>Print</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/report_dialog.py" line="308" />
            <source>已发送到打印机：%1 页</source>
            <translation>Sent to the printer: %1 pages</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/report_dialog.py" line="332" />
            <source>生成失败：%1</source>
            <translation>Could not generate: %1</translation>
        </message>
        <message>
            <location filename="../../ui/shell/teamwork_menu.py" line="28" />
            <source>团队(&amp;T)</source>
            <extracomment>how often the window looks whether a periodic backup is due (the interval itself is in services)</extracomment>
            <translation>&amp;Team</translation>
        </message>
        <message>
            <location filename="../../ui/shell/teamwork_menu.py" line="33" />
            <source>合并组员副本…</source>
            <translation>Merge members' copies…</translation>
        </message>
        <message>
            <location filename="../../ui/shell/teamwork_menu.py" line="33" />
            <source>分发副本给组员…</source>
            <translation>Hand out a copy to a member…</translation>
        </message>
        <message>
            <location filename="../../ui/shell/teamwork_menu.py" line="34" />
            <source>导出数据包…</source>
            <translation>Export package…</translation>
        </message>
        <message>
            <location filename="../../ui/shell/teamwork_menu.py" line="35" />
            <source>备份与恢复…</source>
            <translation>Backup and restore…</translation>
        </message>
        <message>
            <location filename="../../ui/shell/teamwork_menu.py" line="35" />
            <source>校验文件完整性</source>
            <translation>Verify file integrity</translation>
        </message>
        <message>
            <location filename="../../ui/shell/teamwork_menu.py" line="41" />
            <source>导入数据包…</source>
            <translation>Import package…</translation>
        </message>
        <message>
            <location filename="../../ui/shell/teamwork_menu.py" line="68" />
            <source>已自动备份</source>
            <translation>Backed up automatically</translation>
        </message>
        <message>
            <location filename="../../ui/shell/teamwork_menu.py" line="76" />
            <source>已合并：%1</source>
            <translation>Merged: %1</translation>
        </message>
        <message>
            <location filename="../../ui/shell/teamwork_menu.py" line="83" />
            <location filename="../../ui/shell/teamwork_menu.py" line="95" />
            <source>分发副本</source>
            <translation>Hand out a copy</translation>
        </message>
        <message>
            <location filename="../../ui/shell/teamwork_menu.py" line="83" />
            <source>交给哪位组员？</source>
            <translation>Which team member is it for?</translation>
        </message>
        <message>
            <location filename="../../ui/shell/teamwork_menu.py" line="87" />
            <source>副本保存为</source>
            <translation>Save the copy as</translation>
        </message>
        <message>
            <location filename="../../ui/shell/teamwork_menu.py" line="93" />
            <source>无法分发副本</source>
            <translation>Cannot hand out the copy</translation>
        </message>
        <message>
            <location filename="../../ui/shell/teamwork_menu.py" line="96" />
            <source>已为 %1 写出副本：%2
组员改完交回后，用“合并组员副本”合并回来。</source>
            <translation>Copy for %1 written: %2
When the member hands it back, use “Merge members' copies” to bring it in.</translation>
        </message>
        <message>
            <location filename="../../ui/shell/teamwork_menu.py" line="104" />
            <source>已导出数据包：%1</source>
            <translation>Package exported: %1</translation>
        </message>
        <message>
            <location filename="../../ui/shell/teamwork_menu.py" line="111" />
            <source>导入数据包</source>
            <translation>Import package</translation>
        </message>
        <message>
            <location filename="../../ui/shell/teamwork_menu.py" line="112" />
            <source>已导入为 %1。现在打开它吗？</source>
            <translation>Imported as %1. Open it now?</translation>
        </message>
        <message>
            <location filename="../../ui/shell/teamwork_menu.py" line="124" />
            <source>正在校验文件完整性…</source>
            <translation>Verifying file integrity…</translation>
        </message>
        <message>
            <location filename="../../ui/shell/teamwork_menu.py" line="126" />
            <source>校验未能完成</source>
            <translation>Verification could not finish</translation>
        </message>
        <message>
            <location filename="../../ui/shell/teamwork_menu.py" line="131" />
            <source>文件有问题</source>
            <translation>The file has problems</translation>
        </message>
        <message>
            <location filename="../../ui/shell/teamwork_menu.py" line="133" />
            <source>文件完好</source>
            <translation>File is intact</translation>
        </message>
        <message>
            <location filename="../../ui/shell/teamwork_menu.py" line="134" />
            <source>数据库结构、证据校验值和审计轨迹的哈希链均通过校验。</source>
            <translation>Database structure, evidence checksums and the audit trail's hash chain all check out.</translation>
        </message>
        <message>
            <location filename="../../ui/shell/undo.py" line="72" />
            <source>操作未能完成，文件未作修改（%1：%2）</source>
            <translation>The operation could not be completed; the file was not changed (%1: %2)</translation>
        </message>
    </context>
    <context>
        <name>AboutDialog</name>
        <message>
            <location filename="../../ui/dialogs/about_dialog.py" line="31" />
            <source>关于</source>
            <translation>About</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/about_dialog.py" line="41" />
            <source>绩效评价现场工作台</source>
            <translation>Performance Evaluation Field Workbench</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/about_dialog.py" line="43" />
            <source>版本 %1</source>
            <translation>Version %1</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/about_dialog.py" line="46" />
            <source>财政支出绩效评价现场工作台：离线评分、问题清单、证据与报告。
每一次修改都即时保存在评价文件中。</source>
            <translation>A field workbench for fiscal expenditure performance evaluations: offline scoring, findings, evidence and reports.
Every edit is saved in the evaluation file as it is made.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/about_dialog.py" line="49" />
            <source>（安装版）</source>
            <translation>(installed)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/about_dialog.py" line="50" />
            <source>Python %1 · Qt %2 · PySide6 %3 · %4</source>
            <translation>Python %1 · Qt %2 · PySide6 %3 · %4</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/about_dialog.py" line="54" />
            <source>个人设置与备份保存在：%1</source>
            <translation>Personal settings and backups are kept in: %1</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <location filename="../../ui/shell/app.py" line="52" />
            <source>程序遇到一个意外问题：%1

已保存的内容不受影响（每次修改都已即时写入评价文件）。刚才的操作可能没有完成，请检查后重试。
详细信息已记入：%2</source>
            <translation>The program ran into an unexpected problem: %1

Your saved work is not affected (every edit is written to the evaluation file as it is made). The last action may not have completed; please check and try again.
Details were written to: %2</translation>
        </message>
        <message>
            <location filename="../../ui/shell/app.py" line="56" />
            <source>意外问题</source>
            <translation>Unexpected problem</translation>
        </message>
    </context>
    <context>
        <name>AuditModel</name>
        <message>
            <location filename="../../ui/pages/audit.py" line="75" />
            <source>（未署名）</source>
            <translation>(unsigned)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="34" />
            <source>时间</source>
            <translation>When</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="34" />
            <source>操作人</source>
            <translation>User</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="34" />
            <source>操作</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="34" />
            <source>对象</source>
            <translation>Object</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="35" />
            <source>字段</source>
            <translation>Field</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="35" />
            <source>原值</source>
            <translation>Old value</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="35" />
            <source>新值</source>
            <translation>New value</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="35" />
            <source>原因</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>新增</source>
            <translation>Added</translation>
        </message>
        <message>
            <source>修改</source>
            <translation>Changed</translation>
        </message>
        <message>
            <source>删除</source>
            <translation>Deleted</translation>
        </message>
        <message>
            <source>合并</source>
            <translation>Merged</translation>
        </message>
    </context>
    <context>
        <name>AuditPage</name>
        <message>
            <location filename="../../ui/pages/audit.py" line="106" />
            <location filename="../../ui/pages/audit.py" line="182" />
            <source>审计轨迹</source>
            <translation>Audit trail</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="119" />
            <source>搜索：内容、原因、字段…</source>
            <translation>Search: content, reason, field…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="121" />
            <source>清除筛选</source>
            <translation>Clear filters</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="122" />
            <source>校验文件完整性</source>
            <translation>Verify file integrity</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="123" />
            <source>检查数据库结构、证据文件的校验值和审计轨迹的哈希链</source>
            <translation>Check the database structure, the evidence files' checksums and the audit trail's hash chain</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="126" />
            <source>操作人</source>
            <translation>User</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="126" />
            <source>对象</source>
            <translation>Object</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="126" />
            <source>从</source>
            <translation>From</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="127" />
            <source>到</source>
            <translation>To</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="151" />
            <source>选择一条记录查看完整的原值和新值。</source>
            <translation>Select a record to see the full old and new values.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="204" />
            <location filename="../../ui/pages/audit.py" line="207" />
            <source>全部</source>
            <translation>All</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="206" />
            <source>（未署名）</source>
            <translation>(unsigned)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="240" />
            <source>共 %1 条修改记录，显示 %2 条</source>
            <translation>%1 change records, %2 shown</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="269" />
            <source>正在校验…</source>
            <translation>Verifying…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="277" />
            <source>发现 %1 处问题：</source>
            <translation>Problems found (%1): </translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="281" />
            <source>文件完好：数据库结构、证据校验值和审计轨迹的哈希链均通过校验。</source>
            <translation>File intact: database structure, evidence checksums and the audit trail's hash chain all check out.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="285" />
            <source>校验未能完成：%1</source>
            <translation>Verification could not finish: %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="254" />
            <source>原因</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="256" />
            <source>原值</source>
            <translation>Old value</translation>
        </message>
        <message>
            <location filename="../../ui/pages/audit.py" line="258" />
            <source>新值</source>
            <translation>New value</translation>
        </message>
        <message>
            <source>新增</source>
            <translation>Added</translation>
        </message>
        <message>
            <source>修改</source>
            <translation>Changed</translation>
        </message>
        <message>
            <source>删除</source>
            <translation>Deleted</translation>
        </message>
        <message>
            <source>合并</source>
            <translation>Merged</translation>
        </message>
    </context>
    <context>
        <name>BackupDialog</name>
        <message>
            <location filename="../../ui/dialogs/backup_dialog.py" line="48" />
            <source>备份与恢复</source>
            <translation>Backup and restore</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/backup_dialog.py" line="54" />
            <source>时间</source>
            <translation>When</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/backup_dialog.py" line="54" />
            <source>原因</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/backup_dialog.py" line="54" />
            <source>大小</source>
            <translation>Size</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/backup_dialog.py" line="54" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/backup_dialog.py" line="66" />
            <source>每个评价文件保留的备份份数（保存在评价文件中）</source>
            <translation>Backups kept per evaluation file (stored in the evaluation file)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/backup_dialog.py" line="67" />
            <source>立即备份</source>
            <translation>Back up now</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/backup_dialog.py" line="68" />
            <source>从所选备份恢复…</source>
            <translation>Restore the selected backup…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/backup_dialog.py" line="73" />
            <source>保留份数</source>
            <translation>Backups to keep</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/backup_dialog.py" line="93" />
            <source>没有打开评价文件。</source>
            <translation>No evaluation file is open.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/backup_dialog.py" line="96" />
            <source>“%1”的备份（最新的在上）。恢复前会先把当前文件再备份一次。</source>
            <translation>Backups of “%1” (newest first). Before restoring, the current file is backed up once more.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/backup_dialog.py" line="105" />
            <source>校验中…</source>
            <translation>Checking…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/backup_dialog.py" line="120" />
            <source>完好</source>
            <translation>Intact</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/backup_dialog.py" line="120" />
            <source>有问题：</source>
            <translation>Problems: </translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/backup_dialog.py" line="141" />
            <source>备份失败：%1</source>
            <translation>Backup failed: %1</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/backup_dialog.py" line="143" />
            <source>已备份：%1</source>
            <translation>Backed up: %1</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/backup_dialog.py" line="151" />
            <source>从备份恢复</source>
            <translation>Restore from backup</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/backup_dialog.py" line="152" />
            <source>用 %1 的备份替换当前文件？当前文件会先备份，可以再恢复回来。</source>
            <translation>Replace the current file with the backup of %1? The current file is backed up first, so you can restore it again.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/backup_dialog.py" line="169" />
            <source>已恢复。原文件备份为 %1</source>
            <translation>Restored. The previous file was backed up as %1</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/backup_dialog.py" line="177" />
            <source>无法打开</source>
            <translation>Cannot open</translation>
        </message>
    </context>
    <context>
        <name>ChaptersPage</name>
        <message>
            <location filename="../../ui/pages/project.py" line="802" />
            <location filename="../../ui/pages/project.py" line="848" />
            <source>新增章节</source>
            <translation>New chapter</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="803" />
            <source>删除章节</source>
            <translation>Delete chapter</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="804" />
            <location filename="../../ui/pages/project.py" line="848" />
            <source>按国家提纲创建章节</source>
            <translation>Create chapters from the national outline</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="805" />
            <source>一、基本情况 …… 七、其他需要说明的问题（财预〔2020〕10号附件）</source>
            <translation>1. Basic information … 7. Other matters (annex to Caiyu [2020] No. 10)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="814" />
            <source>在此撰写本章内容。输入即自动保存。</source>
            <translation>Write this chapter here. It is saved as you type.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="847" />
            <source>还没有报告章节。按国家提纲（财预〔2020〕10号）一次创建七章，或逐章新增。</source>
            <translation>No report chapters yet. Create the seven chapters of the national outline (Cai Yu [2020] No. 10) at once, or add them one by one.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="850" />
            <location filename="../../ui/pages/project.py" line="857" />
            <source>报告章节</source>
            <translation>Chapters</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="873" />
            <source>%1 字</source>
            <translation>%1 characters</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="899" />
            <source>还没有章节。点“按国家提纲创建章节”开始撰写。</source>
            <translation>No chapters yet. Click “Create chapters from the national outline” to start.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="905" />
            <location filename="../../ui/pages/project.py" line="935" />
            <source>共 %1 字 · 已保存</source>
            <translation>%1 characters · saved</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="913" />
            <source>共 %1 字 · 正在输入…</source>
            <translation>%1 characters · typing…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="959" />
            <source>新章节 %1</source>
            <translation>New chapter %1</translation>
        </message>
    </context>
    <context>
        <name>ChartsPage</name>
        <message>
            <location filename="../../ui/pages/charts.py" line="43" />
            <location filename="../../ui/pages/charts.py" line="66" />
            <source>图表</source>
            <translation>Charts</translation>
        </message>
        <message>
            <location filename="../../ui/pages/charts.py" line="49" />
            <source>刷新</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <location filename="../../ui/pages/charts.py" line="105" />
            <source>尚未打开评价文件</source>
            <translation>No evaluation file open yet</translation>
        </message>
        <message>
            <location filename="../../ui/pages/charts.py" line="112" />
            <source>  总分 %1 / %2，%3；共扣 %4 分</source>
            <translation>  Total %1 / %2, %3; %4 points lost</translation>
        </message>
    </context>
    <context>
        <name>ConflictChooser</name>
        <message>
            <location filename="../../ui/dialogs/merge_dialog.py" line="70" />
            <source>选择左侧的一处冲突。</source>
            <translation>Select a conflict on the left.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/merge_dialog.py" line="75" />
            <source>本文件</source>
            <translation>This file</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/merge_dialog.py" line="77" />
            <source>采用这个值</source>
            <translation>Use this value</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/merge_dialog.py" line="84" />
            <source>未署名</source>
            <translation>Unsigned</translation>
        </message>
    </context>
    <context>
        <name>ExportPackageDialog</name>
        <message>
            <location filename="../../ui/dialogs/package_dialog.py" line="89" />
            <location filename="../../ui/dialogs/package_dialog.py" line="110" />
            <source>导出数据包</source>
            <translation>Export package</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/package_dialog.py" line="93" />
            <source>用密码保护（推荐：数据包含被评价单位的财务信息）</source>
            <translation>Protect with a password (recommended: the data holds the unit's financial information)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/package_dialog.py" line="101" />
            <source>保存为</source>
            <translation>Save as</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/package_dialog.py" line="103" />
            <source>密码</source>
            <translation>Password</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/package_dialog.py" line="104" />
            <source>再输一次</source>
            <translation>Repeat</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/package_dialog.py" line="105" />
            <source>密码不会保存在任何地方；忘记密码将无法打开数据包。</source>
            <translation>The password is not stored anywhere; without it the package cannot be opened.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/package_dialog.py" line="111" />
            <source>FieldEval 数据包 (*.fevpkg)</source>
            <translation>FieldEval packages (*.fevpkg)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/package_dialog.py" line="118" />
            <source>没有打开评价文件</source>
            <translation>No evaluation file is open</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/package_dialog.py" line="120" />
            <source>请选择保存位置</source>
            <translation>Choose where to save</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/package_dialog.py" line="122" />
            <source>文件已存在，为保护已有数据不会覆盖，请换一个文件名</source>
            <translation>The file already exists and will not be overwritten; choose another name</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/package_dialog.py" line="125" />
            <source>密码至少 %1 个字符</source>
            <translation>The password needs at least %1 characters</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/package_dialog.py" line="127" />
            <source>两次输入的密码不一致</source>
            <translation>The passwords do not match</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/package_dialog.py" line="136" />
            <source>正在导出…</source>
            <translation>Exporting…</translation>
        </message>
        <message>
            <source>浏览…</source>
            <translation>Browse…</translation>
        </message>
    </context>
    <context>
        <name>FindingDialog</name>
        <message>
            <location filename="../../ui/pages/findings.py" line="218" />
            <source>编辑问题</source>
            <translation>Edit finding</translation>
        </message>
        <message>
            <location filename="../../ui/pages/findings.py" line="218" />
            <source>新增问题</source>
            <translation>New finding</translation>
        </message>
        <message>
            <location filename="../../ui/pages/findings.py" line="227" />
            <source>%1类 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <location filename="../../ui/pages/findings.py" line="231" />
            <source>一句话概括问题，如：合同管理不规范</source>
            <translation>The problem in one line, e.g. contract management not compliant</translation>
        </message>
        <message>
            <location filename="../../ui/pages/findings.py" line="232" />
            <source>存在的具体问题、事实和数据</source>
            <translation>The specific problem: facts and figures</translation>
        </message>
        <message>
            <location filename="../../ui/pages/findings.py" line="233" />
            <source>问题产生的原因</source>
            <translation>Why the problem arose</translation>
        </message>
        <message>
            <location filename="../../ui/pages/findings.py" line="234" />
            <source>整改建议</source>
            <translation>Recommended rectification</translation>
        </message>
        <message>
            <location filename="../../ui/pages/findings.py" line="237" />
            <source>年-月-日，如 2025-06-30</source>
            <translation>YYYY-MM-DD, e.g. 2025-06-30</translation>
        </message>
        <message>
            <location filename="../../ui/pages/findings.py" line="239" />
            <source>万元，可留空</source>
            <translation>10k yuan, may be left empty</translation>
        </message>
        <message>
            <location filename="../../ui/pages/findings.py" line="248" />
            <source>问题类别</source>
            <translation>Category</translation>
        </message>
        <message>
            <location filename="../../ui/pages/findings.py" line="249" />
            <source>问题</source>
            <translation>Finding</translation>
        </message>
        <message>
            <location filename="../../ui/pages/findings.py" line="250" />
            <source>具体问题</source>
            <translation>Details</translation>
        </message>
        <message>
            <location filename="../../ui/pages/findings.py" line="251" />
            <source>原因分析</source>
            <translation>Cause</translation>
        </message>
        <message>
            <location filename="../../ui/pages/findings.py" line="252" />
            <source>建议</source>
            <translation>Recommendation</translation>
        </message>
        <message>
            <location filename="../../ui/pages/findings.py" line="255" />
            <source>整改期限</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <location filename="../../ui/pages/findings.py" line="257" />
            <source>涉及金额（万元）</source>
            <translation>Amount involved (10k yuan)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/findings.py" line="260" />
            <source>责任单位</source>
            <translation>Responsible unit</translation>
        </message>
        <message>
            <location filename="../../ui/pages/findings.py" line="261" />
            <source>备注</source>
            <translation>Remarks</translation>
        </message>
        <message>
            <location filename="../../ui/pages/findings.py" line="262" />
            <source>关联指标</source>
            <translation>Linked indicators</translation>
        </message>
        <message>
            <location filename="../../ui/pages/findings.py" line="264" />
            <source>来自评分项“%1”，扣分 %2</source>
            <translation>From scoring item “%1”, %2 points deducted</translation>
        </message>
        <message>
            <location filename="../../ui/pages/findings.py" line="266" />
            <source>来源</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../../ui/pages/findings.py" line="271" />
            <source>保存</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../ui/pages/findings.py" line="272" />
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../ui/pages/findings.py" line="287" />
            <source>查看问题（只读）</source>
            <translation>View finding (read-only)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/findings.py" line="296" />
            <source>关闭</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../ui/pages/findings.py" line="310" />
            <source>涉及金额</source>
            <translation>Amount involved</translation>
        </message>
        <message>
            <location filename="../../ui/pages/findings.py" line="325" />
            <source>整改期限“%1”格式不对，应为 年-月-日（如 2025-06-30）</source>
            <translation>Deadline “%1” is not a date; use YYYY-MM-DD (e.g. 2025-06-30)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/findings.py" line="343" />
            <source>问题标题不能为空</source>
            <translation>The finding needs a title</translation>
        </message>
    </context>
    <context>
        <name>FindingsModel</name>
        <message>
            <location filename="../../ui/pages/findings.py" line="89" />
            <source>序号</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/findings.py" line="89" />
            <source>问题类别</source>
            <translation>Category</translation>
        </message>
        <message>
            <location filename="../../ui/pages/findings.py" line="89" />
            <source>问题</source>
            <translation>Finding</translation>
        </message>
        <message>
            <location filename="../../ui/pages/findings.py" line="89" />
            <source>涉及金额（万元）</source>
            <translation>Amount (10k yuan)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/findings.py" line="90" />
            <source>关联指标</source>
            <translation>Linked indicators</translation>
        </message>
        <message>
            <location filename="../../ui/pages/findings.py" line="90" />
            <source>证据</source>
            <translation>Evid.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/findings.py" line="107" />
            <source>%1类 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <location filename="../../ui/pages/findings.py" line="113" />
            <source>（已删除的指标）</source>
            <translation>(deleted indicator)</translation>
        </message>
    </context>
    <context>
        <name>FindingsPage</name>
        <message>
            <location filename="../../ui/pages/findings.py" line="432" />
            <location filename="../../ui/pages/findings.py" line="515" />
            <source>问题清单</source>
            <translation>Findings</translation>
        </message>
        <message>
            <location filename="../../ui/pages/findings.py" line="442" />
            <location filename="../../ui/pages/findings.py" line="499" />
            <source>新增问题…</source>
            <translation>New finding…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/findings.py" line="443" />
            <source>编辑…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/findings.py" line="444" />
            <location filename="../../ui/pages/findings.py" line="635" />
            <source>删除</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../ui/pages/findings.py" line="445" />
            <source>添加证据…</source>
            <translation>Add evidence…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/findings.py" line="446" />
            <source>打印问题清单…</source>
            <translation>Print findings list…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/findings.py" line="447" />
            <source>打印或导出问题清单（附件2）</source>
            <translation>Print or export the findings list (Annex 2)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/findings.py" line="453" />
            <source>新增一条问题（Insert）</source>
            <translation>Add a finding (Insert)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/findings.py" line="454" />
            <source>删除所选问题（可撤销）</source>
            <translation>Delete the selected finding (can be undone)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/findings.py" line="455" />
            <source>为所选问题添加证据文件；也可把文件直接拖到表格的行上</source>
            <translation>Add evidence files to the selected finding; you can also drop files on a row</translation>
        </message>
        <message>
            <location filename="../../ui/pages/findings.py" line="458" />
            <source>类别</source>
            <translation>Category</translation>
        </message>
        <message>
            <location filename="../../ui/pages/findings.py" line="490" />
            <source>选择一条问题查看具体问题、原因分析和建议。</source>
            <translation>Select a finding to see its details, cause and recommendation.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/findings.py" line="498" />
            <source>还没有问题。评分时发现的问题按类别记在这里，附上金额、原因分析、建议和证据。</source>
            <translation>No findings yet. Problems found while scoring are recorded here by category, with the amount, cause analysis, recommendation and evidence.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/findings.py" line="537" />
            <source>共计发现问题 %1 类，问题总数 %2 个。</source>
            <translation>%2 findings in %1 categories. </translation>
        </message>
        <message>
            <location filename="../../ui/pages/findings.py" line="539" />
            <source>其中，</source>
            <translation>Of these: </translation>
        </message>
        <message>
            <location filename="../../ui/pages/findings.py" line="539" />
            <source>，</source>
            <translation>, </translation>
        </message>
        <message>
            <location filename="../../ui/pages/findings.py" line="540" />
            <source>%1类问题 %2 个</source>
            <translation>category %1: %2</translation>
        </message>
        <message>
            <location filename="../../ui/pages/findings.py" line="546" />
            <source>全部类别（%1）</source>
            <translation>All categories (%1)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/findings.py" line="548" />
            <source>%1类 %2（%3）</source>
            <translation>%1 %2 (%3)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/findings.py" line="605" />
            <source>涉及金额 %1 万元</source>
            <translation>Amount involved %1 (10k yuan)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/findings.py" line="607" />
            <source>责任单位：%1</source>
            <translation>Responsible unit: %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/findings.py" line="609" />
            <source>整改期限：%1</source>
            <translation>Deadline: %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/findings.py" line="611" />
            <source>具体问题</source>
            <translation>Details</translation>
        </message>
        <message>
            <location filename="../../ui/pages/findings.py" line="611" />
            <source>原因分析</source>
            <translation>Cause</translation>
        </message>
        <message>
            <location filename="../../ui/pages/findings.py" line="611" />
            <source>建议</source>
            <translation>Recommendation</translation>
        </message>
        <message>
            <location filename="../../ui/pages/findings.py" line="612" />
            <source>证据</source>
            <translation>Evidence</translation>
        </message>
        <message>
            <location filename="../../ui/pages/findings.py" line="632" />
            <source>删除问题</source>
            <translation>Delete finding</translation>
        </message>
        <message>
            <location filename="../../ui/pages/findings.py" line="633" />
            <source>删除问题“%1”？
可用“撤销”（Ctrl+Z）恢复。</source>
            <translation>Delete the finding “%1”?
Undo (Ctrl+Z) brings it back.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/findings.py" line="636" />
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../ui/pages/findings.py" line="658" />
            <source>已为问题“%1”添加 %2 个证据</source>
            <translation>Added %2 evidence file(s) to the finding “%1”</translation>
        </message>
    </context>
    <context>
        <name>FrameworkEditorPage</name>
        <message>
            <location filename="../../ui/frameworks/editor.py" line="324" />
            <location filename="../../ui/frameworks/editor.py" line="426" />
            <location filename="../../ui/frameworks/editor.py" line="925" />
            <source>指标体系</source>
            <translation>Indicator framework</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/editor.py" line="331" />
            <source>总分</source>
            <translation>Total</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/editor.py" line="338" />
            <source>Excel</source>
            <translation>Excel</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/editor.py" line="341" />
            <source>从 Excel 导入指标体系…</source>
            <translation>Import framework from Excel…</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/editor.py" line="342" />
            <source>导出指标体系（空白评分表）…</source>
            <translation>Export framework (blank scoring sheet)…</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/editor.py" line="343" />
            <source>导出评分表（含得分和评分说明）…</source>
            <translation>Export scoring sheet (with scores and notes)…</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/editor.py" line="346" />
            <source>另存为模板…</source>
            <translation>Save as template…</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/editor.py" line="349" />
            <source>以此体系新建评价…</source>
            <translation>New evaluation from this framework…</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/editor.py" line="473" />
            <source>  %1 个末级指标 · 一级指标合计 %2 分</source>
            <translation>  %1 leaf indicators · level-1 total %2 pts</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/editor.py" line="483" />
            <source>校验：指标体系完整，分值相符</source>
            <translation>Check: framework complete, weights add up</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/editor.py" line="484" />
            <source>校验：%1 处问题（保存为模板、导出和新建评价前必须改正）</source>
            <translation>Check: %1 problems (fix before saving as template, exporting or creating an evaluation)</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/editor.py" line="558" />
            <source>请在左侧选择一个指标。</source>
            <translation>Select an indicator on the left.</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/editor.py" line="558" />
            <source>尚未打开评价文件。</source>
            <translation>No evaluation file open yet.</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/editor.py" line="563" />
            <source>一二三四五六</source>
            <comment>level numerals 1-6, one character each</comment>
            <translation>123456</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/editor.py" line="564" />
            <source>%1级指标</source>
            <translation>Level-%1 indicator</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/editor.py" line="578" />
            <source>编号</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/editor.py" line="579" />
            <source>名称</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/editor.py" line="580" />
            <source>分值</source>
            <translation>Weight</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/editor.py" line="599" />
            <source>数据来源（本评价的录入：手工录入，或引用资金表、绩效目标表、满意度调查）</source>
            <translation>Data source (this evaluation's input: by hand, or linked to funds, performance targets or the survey)</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/editor.py" line="614" />
            <source>评分规则（各评分项分值之和应等于指标分值）</source>
            <translation>Scoring rules (the scoring items' weights must add up to the indicator's weight)</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/editor.py" line="617" />
            <source>＋ 评分项</source>
            <translation>+ Scoring item</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/editor.py" line="619" />
            <source>－ 删除最后一个评分项</source>
            <translation>− Delete last scoring item</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/editor.py" line="621" />
            <source>按评分标准识别规则</source>
            <translation>Suggest rule from criteria</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/editor.py" line="623" />
            <source>根据“评分标准”文字（如“每发现1例扣0.5分，扣完为止”）建议规则和参数</source>
            <translation>Suggest a rule and parameters from the scoring criteria text (e.g. “0.5 points off per instance found, down to 0”)</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/editor.py" line="638" />
            <source>应用规则</source>
            <translation>Apply rule</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/editor.py" line="641" />
            <source>还原</source>
            <translation>Revert</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/editor.py" line="648" />
            <source>试算（输入样例，查看按上面的规则得几分；不保存）</source>
            <translation>Try it (enter sample inputs to see the score the rule gives; not saved)</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/editor.py" line="687" />
            <source>分值必须是数字</source>
            <translation>The weight must be a number</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/editor.py" line="689" />
            <source>%1：%2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/editor.py" line="692" />
            <source>评分项分值之和 %1 不等于指标分值 %2</source>
            <translation>The scoring items add up to %1, not the indicator's weight %2</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/editor.py" line="708" />
            <source>规则参数有误，改正后可试算。</source>
            <translation>The rule's parameters are wrong; fix them to try it.</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/editor.py" line="749" />
            <source>影响已有评分的指标：</source>
            <translation>Indicators whose scores change:</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/editor.py" line="766" />
            <source>修改指标“%1”</source>
            <translation>Edit indicator “%1”</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/editor.py" line="783" />
            <source>修改总分</source>
            <translation>Change total</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/editor.py" line="796" />
            <source>修改“%1”的评分规则</source>
            <translation>Edit the scoring rule of “%1”</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/editor.py" line="813" />
            <location filename="../../ui/frameworks/editor.py" line="814" />
            <source>；</source>
            <translation>; </translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/editor.py" line="814" />
            <source>识别结果：</source>
            <translation>Suggested: </translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/editor.py" line="815" />
            <source>。核对无误后点“应用规则”保存。</source>
            <translation>. Check it, then click “Apply rule” to save.</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/editor.py" line="821" />
            <source>请先在左侧选择一个指标</source>
            <translation>Select an indicator on the left first</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/editor.py" line="831" />
            <source>新指标</source>
            <translation>New indicator</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/editor.py" line="836" />
            <source>新增指标</source>
            <translation>Add indicator</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/editor.py" line="866" />
            <source>移动指标“%1”</source>
            <translation>Move indicator “%1”</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/editor.py" line="903" />
            <source>删除指标“%1”</source>
            <translation>Delete indicator “%1”</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/editor.py" line="912" />
            <source>重新编号</source>
            <translation>Renumber</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/editor.py" line="926" />
            <source>导出 Excel</source>
            <translation>Export Excel</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/editor.py" line="927" />
            <source>Excel 文件 (*.xlsx)</source>
            <translation>Excel files (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/editor.py" line="939" />
            <source>已导出：%1</source>
            <translation>Exported: %1</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/editor.py" line="947" />
            <source>另存为指标体系模板</source>
            <translation>Save as framework template</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/editor.py" line="952" />
            <source>模板编号</source>
            <translation>Template ID</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/editor.py" line="953" />
            <source>模板名称</source>
            <translation>Template name</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/editor.py" line="954" />
            <source>说明</source>
            <translation>Description</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/editor.py" line="966" />
            <source>已保存为模板：%1（新建评价时可选用）</source>
            <translation>Saved as template: %1 (offered when creating an evaluation)</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/editor.py" line="973" />
            <source>以此体系新建评价</source>
            <translation>New evaluation from this framework</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/editor.py" line="973" />
            <source>新评价.fev</source>
            <translation>New evaluation.fev</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/editor.py" line="974" />
            <source>评价文件 (*.fev)</source>
            <translation>Evaluation files (*.fev)</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/editor.py" line="983" />
            <source>已新建评价</source>
            <translation>Evaluation created</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/editor.py" line="984" />
            <source>已新建评价文件：%1
现在打开它吗？</source>
            <translation>Evaluation file created: %1
Open it now?</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/editor.py" line="357" />
            <source>＋ 同级指标</source>
            <translation>+ Sibling</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/editor.py" line="357" />
            <source>在所选指标之后新增一个同级指标</source>
            <translation>Add an indicator at the same level after the selected one</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/editor.py" line="358" />
            <source>＋ 下级指标</source>
            <translation>+ Child</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/editor.py" line="358" />
            <source>在所选指标之下新增一个指标</source>
            <translation>Add an indicator under the selected one</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/editor.py" line="359" />
            <source>↑ 上移</source>
            <translation>↑ Up</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/editor.py" line="359" />
            <source>与上一个同级指标交换位置</source>
            <translation>Swap with the previous sibling</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/editor.py" line="360" />
            <source>↓ 下移</source>
            <translation>↓ Down</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/editor.py" line="360" />
            <source>与下一个同级指标交换位置</source>
            <translation>Swap with the next sibling</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/editor.py" line="361" />
            <source>← 升一级</source>
            <translation>← Outdent</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/editor.py" line="361" />
            <source>移到上一级，放在原上级指标之后</source>
            <translation>Move up one level, after its former parent</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/editor.py" line="362" />
            <source>→ 降一级</source>
            <translation>→ Indent</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/editor.py" line="362" />
            <source>移到前一个同级指标之下</source>
            <translation>Move under the previous sibling</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/editor.py" line="363" />
            <source>删除</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/editor.py" line="363" />
            <source>删除所选指标及其下级（可撤销）</source>
            <translation>Delete the selected indicator and its children (can be undone)</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/editor.py" line="364" />
            <source>按当前顺序重新编排编号（1、1.1、1.1.1…）</source>
            <translation>Renumber in the current order (1, 1.1, 1.1.1…)</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/editor.py" line="582" />
            <source>指标解释</source>
            <translation>Definition</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/editor.py" line="582" />
            <source>指标说明 / 评价要点</source>
            <translation>Notes / points to assess</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/editor.py" line="582" />
            <source>评分标准</source>
            <translation>Scoring criteria</translation>
        </message>
    </context>
    <context>
        <name>FundsPage</name>
        <message>
            <location filename="../../ui/pages/project.py" line="573" />
            <location filename="../../ui/pages/project.py" line="587" />
            <source>年度</source>
            <translation>Year</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="574" />
            <source>资金来源 / 项目</source>
            <translation>Source / item</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="575" />
            <location filename="../../ui/pages/project.py" line="588" />
            <source>预算</source>
            <translation>Budget</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="576" />
            <location filename="../../ui/pages/project.py" line="589" />
            <source>到位</source>
            <translation>Arrived</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="577" />
            <location filename="../../ui/pages/project.py" line="590" />
            <source>支出</source>
            <translation>Spent</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="578" />
            <location filename="../../ui/pages/project.py" line="591" />
            <source>到位率</source>
            <translation>Arrival rate</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="579" />
            <location filename="../../ui/pages/project.py" line="592" />
            <source>执行率</source>
            <translation>Exec. rate</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="580" />
            <source>合同金额</source>
            <translation>Contract</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="581" />
            <source>已支付</source>
            <translation>Paid</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="582" />
            <source>收款单位</source>
            <translation>Payee</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="583" />
            <source>备注</source>
            <translation>Remarks</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="584" />
            <location filename="../../ui/pages/project.py" line="647" />
            <location filename="../../ui/pages/project.py" line="657" />
            <source>资金</source>
            <extracomment>contract lines paid beyond the cap before the final audit (e.g. 85%): the first in view, the others one click (or a hover) away, so that on a laptop screen the fund lines keep their room where the source data give two figures for one thing: the evaluator picks the one the report uses</extracomment>
            <translation>Funds</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="598" />
            <location filename="../../ui/pages/project.py" line="607" />
            <source>新增资金行</source>
            <translation>New fund line</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="599" />
            <source>删除所选</source>
            <translation>Delete selected</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="603" />
            <source>单位：万元。到位率 = 到位 ÷ 预算；执行率 = 支出 ÷ 到位。双击单元格修改。</source>
            <translation>Amounts in 10k yuan. Arrival rate = arrived ÷ budget; execution rate = spent ÷ arrived. Double-click a cell to edit.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="606" />
            <source>还没有资金数据。按资金来源逐行录入预算、到位和支出金额（万元），程序计算到位率和执行率。</source>
            <translation>No fund data yet. Enter the budget, arrived and spent amounts (10,000 yuan) one line per source; the arrival and execution rates are calculated.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="608" />
            <source>按年度汇总</source>
            <translation>Totals by year</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="664" />
            <source>%1 份合同在竣工结算审计前的支付超过 %2% 上限：</source>
            <translation>%1 contracts paid beyond the %2% cap before the completion audit:</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="670" />
            <source>收起</source>
            <translation>Show fewer</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="671" />
            <source>全部 %1 份</source>
            <translation>All %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="694" />
            <source>资金数据有 %1 处不一致，其中 %2 处尚待确认报告采用哪一个：</source>
            <translation>The fund figures disagree in %1 places; %2 still need a decision on which figure the report uses:</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="708" />
            <source>采用：%1</source>
            <translation>Use: %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="713" />
            <source>重新选择</source>
            <translation>Choose again</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="726" />
            <source>确认采用的资金数据</source>
            <translation>Confirm the fund figure used</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="726" />
            <source>重新选择采用的资金数据</source>
            <translation>Choose the fund figure again</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="745" />
            <location filename="../../ui/pages/project.py" line="746" />
            <source>合计</source>
            <translation>Total</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="749" />
            <source>%1年</source>
            <translation>%1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="749" />
            <source>未注明年度</source>
            <translation>Year not given</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="764" />
            <location filename="../../ui/pages/project.py" line="774" />
            <source>资金行</source>
            <translation>fund line</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="772" />
            <source>请先选择要删除的资金行。</source>
            <translation>Select the fund line to delete first.</translation>
        </message>
    </context>
    <context>
        <name>ImportPackageDialog</name>
        <message>
            <location filename="../../ui/dialogs/package_dialog.py" line="146" />
            <source>导入数据包</source>
            <translation>Import package</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/package_dialog.py" line="152" />
            <source>数据包有密码保护时填写</source>
            <translation>Only if the package is password-protected</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/package_dialog.py" line="153" />
            <source>数据包</source>
            <translation>Package</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/package_dialog.py" line="154" />
            <source>保存为评价文件</source>
            <translation>Save as evaluation file</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/package_dialog.py" line="155" />
            <source>密码</source>
            <translation>Password</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/package_dialog.py" line="160" />
            <source>选择数据包</source>
            <translation>Choose package</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/package_dialog.py" line="161" />
            <source>FieldEval 数据包 (*.fevpkg);;所有文件 (*)</source>
            <translation>FieldEval packages (*.fevpkg);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/package_dialog.py" line="166" />
            <source>保存为</source>
            <translation>Save as</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/package_dialog.py" line="166" />
            <source>评价文件 (*.fev)</source>
            <translation>Evaluation files (*.fev)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/package_dialog.py" line="179" />
            <source>请选择数据包和保存位置</source>
            <translation>Choose the package and where to save</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/package_dialog.py" line="182" />
            <source>文件已存在，为保护已有数据不会覆盖，请换一个文件名</source>
            <translation>The file already exists and will not be overwritten; choose another name</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/package_dialog.py" line="184" />
            <source>正在校验并导入…</source>
            <translation>Verifying and importing…</translation>
        </message>
        <message>
            <source>浏览…</source>
            <translation>Browse…</translation>
        </message>
    </context>
    <context>
        <name>IndicatorPicker</name>
        <message>
            <location filename="../../ui/pages/findings.py" line="172" />
            <source>搜索指标编号或名称</source>
            <translation>Search indicator code or name</translation>
        </message>
    </context>
    <context>
        <name>IndicatorTreeModel</name>
        <message>
            <location filename="../../ui/walk/tree_model.py" line="131" />
            <source>指标</source>
            <extracomment>status → colour of the dot drawn before the indicator name</extracomment>
            <translation>Indicator</translation>
        </message>
        <message>
            <location filename="../../ui/walk/tree_model.py" line="131" />
            <source>分值</source>
            <translation>Weight</translation>
        </message>
        <message>
            <location filename="../../ui/walk/tree_model.py" line="131" />
            <source>得分</source>
            <translation>Score</translation>
        </message>
        <message>
            <location filename="../../ui/walk/tree_model.py" line="131" />
            <source>得分率</source>
            <translation>Rate</translation>
        </message>
        <message>
            <location filename="../../ui/walk/tree_model.py" line="149" />
            <location filename="../../ui/walk/tree_model.py" line="179" />
            <source>不适用</source>
            <translation>Not applicable</translation>
        </message>
        <message>
            <location filename="../../ui/walk/tree_model.py" line="151" />
            <source>已评分 %1/%2</source>
            <translation>Scored %1/%2</translation>
        </message>
        <message>
            <location filename="../../ui/walk/tree_model.py" line="152" />
            <source>未开始</source>
            <translation>Not started</translation>
        </message>
        <message>
            <location filename="../../ui/walk/tree_model.py" line="152" />
            <source>进行中</source>
            <translation>In progress</translation>
        </message>
        <message>
            <location filename="../../ui/walk/tree_model.py" line="152" />
            <source>已评分</source>
            <translation>Scored</translation>
        </message>
        <message>
            <location filename="../../ui/walk/tree_model.py" line="153" />
            <source>已复核</source>
            <translation>Reviewed</translation>
        </message>
        <message>
            <location filename="../../ui/walk/tree_model.py" line="155" />
            <source>（已调整）</source>
            <translation> (overridden)</translation>
        </message>
        <message>
            <location filename="../../ui/walk/tree_model.py" line="199" />
            <source>状态：</source>
            <translation>Status: </translation>
        </message>
        <message>
            <location filename="../../ui/walk/tree_model.py" line="201" />
            <source>得分已人工调整（按规则 %1），理由：%2</source>
            <translation>Score overridden (rule gives %1), reason: %2</translation>
        </message>
        <message>
            <location filename="../../ui/walk/tree_model.py" line="204" />
            <source>扣 %1 分尚无问题说明</source>
            <translation>%1 points lost without a finding</translation>
        </message>
        <message>
            <location filename="../../ui/walk/tree_model.py" line="206" />
            <source>分值因同级指标不适用而调整（原分值 %1）</source>
            <translation>Weight adjusted because a sibling does not apply (declared %1)</translation>
        </message>
    </context>
    <context>
        <name>LevelBar</name>
        <message>
            <location filename="../../ui/walk/scoreboard.py" line="60" />
            <source>已评分 %1/%2</source>
            <translation>Scored %1/%2</translation>
        </message>
        <message>
            <location filename="../../ui/walk/scoreboard.py" line="59" />
            <source>得分率</source>
            <translation>Rate</translation>
        </message>
    </context>
    <context>
        <name>LockDialog</name>
        <message>
            <location filename="../../ui/dialogs/lock_dialog.py" line="25" />
            <source>文件正在别处打开</source>
            <translation>File open elsewhere</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/lock_dialog.py" line="27" />
            <source>“%1”正由 %2 打开编辑。
同一时间只能有一处修改它：可以只读打开查看，或等对方关闭后再打开编辑。</source>
            <translation>“%1” is open for editing by %2.
Only one place can change it at a time: open it read-only to look, or wait until it is closed there and then edit.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/lock_dialog.py" line="35" />
            <source>只读打开</source>
            <translation>Open read-only</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/lock_dialog.py" line="36" />
            <source>等待对方关闭</source>
            <translation>Wait until it is closed</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/lock_dialog.py" line="53" />
            <source>正在等待对方关闭文件……</source>
            <translation>Waiting for the file to be closed…</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/shell/main_window.py" line="126" />
            <location filename="../../ui/shell/main_window.py" line="512" />
            <source>绩效评价现场工作台</source>
            <extracomment>the pages after 评分, in navigation order: (module, class) the window's shortcuts that a text field would otherwise take for its own editing keys</extracomment>
            <translation>Performance Evaluation Field Workbench</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="208" />
            <source>已保存 %1</source>
            <translation>Saved %1</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="309" />
            <source>文件(&amp;F)</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="310" />
            <source>新建评价…</source>
            <translation>New evaluation…</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="311" />
            <source>打开评价文件…</source>
            <translation>Open evaluation file…</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="312" />
            <source>打开示例评价（数字衡阳 2024）</source>
            <translation>Open the sample evaluation (Digital Hengyang 2024)</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="314" />
            <source>关闭评价，回到首页</source>
            <translation>Close evaluation, back to start</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="316" />
            <source>打印 / 导出…</source>
            <translation>Print / Export…</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="318" />
            <source>打印或导出评分表、问题清单、简要情况表、评价报告、工作底稿</source>
            <translation>Print or export the scoring sheet, findings list, summary sheet, evaluation report and working papers</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="321" />
            <source>设置…</source>
            <translation>Settings…</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="322" />
            <source>退出</source>
            <translation>Quit</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="323" />
            <source>编辑(&amp;E)</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="60" />
            <location filename="../../ui/shell/main_window.py" line="324" />
            <source>撤销</source>
            <extracomment>the language whose translators are installed now, and those translators</extracomment>
            <translation>Undo</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="326" />
            <source>重做</source>
            <translation>Redo</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="332" />
            <source>评分(&amp;S)</source>
            <translation>&amp;Scoring</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="334" />
            <source>上一个指标</source>
            <translation>Previous indicator</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="335" />
            <source>下一个指标</source>
            <translation>Next indicator</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="336" />
            <source>下一个未评分指标</source>
            <translation>Next unscored indicator</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="337" />
            <source>标记已评分并继续</source>
            <translation>Mark scored and continue</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="340" />
            <source>为当前指标提出问题…</source>
            <translation>Raise a finding for this indicator…</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="341" />
            <source>搜索指标</source>
            <translation>Search indicators</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="342" />
            <source>视图(&amp;V)</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="346" />
            <source>工具栏</source>
            <translation>Toolbar</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="352" />
            <source>帮助(&amp;H)</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="353" />
            <location filename="../../ui/shell/main_window.py" line="560" />
            <source>键盘操作</source>
            <translation>Keyboard</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="354" />
            <source>关于</source>
            <translation>About</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="405" />
            <source>“%1”在只读的位置或被设为只读，本窗口只能查看和打印，不能修改；要修改，请把它复制到可写的文件夹后打开。</source>
            <translation>“%1” is in a read-only location or marked read-only: this window can view and print it but not change it. To change it, copy it to a writable folder and open the copy.</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="409" />
            <location filename="../../ui/shell/main_window.py" line="416" />
            <location filename="../../ui/shell/main_window.py" line="419" />
            <location filename="../../ui/shell/main_window.py" line="422" />
            <location filename="../../ui/shell/main_window.py" line="431" />
            <source>无法打开</source>
            <translation>Cannot open</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="422" />
            <source>无法读取文件：%1</source>
            <translation>Cannot read the file: %1</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="431" />
            <source>“%1”已损坏，读取时出错（%2）。</source>
            <translation>“%1” is damaged: reading it failed (%2).</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="440" />
            <source>“%1”正由 %2 打开编辑，本窗口只能查看和打印，不能修改；对方关闭后重新打开即可修改。</source>
            <translation>“%1” is open for editing by %2: this window can view and print it but not change it. Open it again once they have closed it to make changes.</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="455" />
            <source>未能自动引用资金、绩效目标数据，文件未作修改（%1）</source>
            <translation>Could not link the indicators to the funds and targets pages; the file is unchanged (%1)</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="460" />
            <source>文件已升级，原文件备份在 %1</source>
            <translation>File upgraded; the original is backed up at %1</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="466" />
            <source>%1 项指标已引用资金、绩效目标或满意度数据：%2</source>
            <translation>%1 indicators now take their figures from the funds, targets or survey pages: %2</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="473" />
            <source>打开评价文件</source>
            <translation>Open evaluation file</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="473" />
            <source>评价文件 (*.fev);;所有文件 (*)</source>
            <translation>Evaluation files (*.fev);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="484" />
            <source>无法打开示例</source>
            <translation>Cannot open the sample</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="500" />
            <source>（只读）</source>
            <translation> (read-only)</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="503" />
            <source>已打开 %1</source>
            <translation>Opened %1</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="561" />
            <source>Ctrl+→ / Ctrl+←：下一个 / 上一个指标
Ctrl+↓：下一个未评分指标
Ctrl+Enter：标记已评分并跳到下一个未评分指标
Tab / Shift+Tab：在输入项之间移动
1 / 2 / 3：要点“满足 / 部分满足 / 不满足”（选项、等级：按序号选择）；空格：选中当前项
↑ / ↓（例数、月数）：加一 / 减一
Enter（在指标树中）：开始为该指标评分；Esc（在评分区）：回到指标树
Ctrl+E：为当前指标提出问题
Ctrl+F：搜索指标
Ctrl+P：打印 / 导出
Ctrl+Z / Ctrl+Shift+Z：撤销 / 重做
Ctrl+1…9：切换页面</source>
            <translation>Ctrl+→ / Ctrl+←: next / previous indicator
Ctrl+↓: next unscored indicator
Ctrl+Enter: mark scored and go to the next unscored indicator
Tab / Shift+Tab: move between inputs
1 / 2 / 3: point Met / Partly / Not met (options, levels: by number); Space: choose the focused one
↑ / ↓ (counts, months): one more / one less
Enter (in the tree): start scoring that indicator; Esc (in the scoring area): back to the tree
Ctrl+E: raise a finding for this indicator
Ctrl+F: search indicators
Ctrl+P: print / export
Ctrl+Z / Ctrl+Shift+Z: undo / redo
Ctrl+1…9: switch pages</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <location filename="../../ui/dialogs/merge_dialog.py" line="107" />
            <source>合并组员副本</source>
            <translation>Merge members' copies</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/merge_dialog.py" line="110" />
            <source>选择组员交回的副本。同一行只在一方修改的，直接采用；两方都改了的，在下方逐处选择采用哪个值。写入前会先备份本文件。</source>
            <translation>Choose the copies members handed back. A row changed on one side only is taken as is; where both sides changed it, choose below which value to use. This file is backed up before anything is written.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/merge_dialog.py" line="115" />
            <source>添加副本…</source>
            <translation>Add copy…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/merge_dialog.py" line="116" />
            <source>移除</source>
            <translation>Remove</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/merge_dialog.py" line="117" />
            <source>比较</source>
            <translation>Compare</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/merge_dialog.py" line="132" />
            <source>内容</source>
            <translation>Content</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/merge_dialog.py" line="132" />
            <source>字段</source>
            <translation>Field</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/merge_dialog.py" line="132" />
            <source>各方的值</source>
            <translation>Values</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/merge_dialog.py" line="132" />
            <source>采用</source>
            <translation>Use</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/merge_dialog.py" line="155" />
            <source>合并并写入</source>
            <translation>Merge and write</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/merge_dialog.py" line="176" />
            <source>选择组员的副本</source>
            <translation>Choose a member's copy</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/merge_dialog.py" line="177" />
            <source>评价文件 (*.fev);;所有文件 (*)</source>
            <translation>Evaluation files (*.fev);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/merge_dialog.py" line="207" />
            <source>正在比较…</source>
            <translation>Comparing…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/merge_dialog.py" line="215" />
            <source>比较结果：%1。</source>
            <translation>Comparison: %1.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/merge_dialog.py" line="217" />
            <source>请逐处选择采用哪一方的值（默认保留本文件的值）。</source>
            <translation>Choose which side's value to use for each (by default this file's value is kept).</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/merge_dialog.py" line="221" />
            <location filename="../../ui/dialogs/merge_dialog.py" line="230" />
            <source>本文件</source>
            <translation>This file</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/merge_dialog.py" line="249" />
            <source>正在合并并写入…</source>
            <translation>Merging and writing…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/merge_dialog.py" line="257" />
            <source>无法重新打开</source>
            <translation>Cannot reopen</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/merge_dialog.py" line="264" />
            <source>已合并：%1。合并前的文件已备份。</source>
            <translation>Merged: %1. The file was backed up before merging.</translation>
        </message>
    </context>
    <context>
        <name>OverviewPage</name>
        <message>
            <location filename="../../ui/pages/project.py" line="199" />
            <source>简要情况表</source>
            <translation>Summary sheet</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="214" />
            <source>万元，如 30295.88</source>
            <translation>10k yuan, e.g. 30295.88</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="217" />
            <source>年-月-日</source>
            <translation>YYYY-MM-DD</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="219" />
            <source>如 2024</source>
            <translation>e.g. 2024</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="225" />
            <source>金额前的限定词，如“＞16,000.00”</source>
            <translation>Qualifier before the amount, e.g. “＞16,000.00”</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="251" />
            <source>姓名</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="252" />
            <source>角色</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="253" />
            <source>单位 / 职务</source>
            <translation>Unit / position</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="254" />
            <location filename="../../ui/pages/project.py" line="430" />
            <location filename="../../ui/pages/project.py" line="440" />
            <source>评价组成员</source>
            <translation>team member</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="255" />
            <source>评价组</source>
            <translation>Evaluation team</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="259" />
            <source>添加成员</source>
            <translation>Add member</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="260" />
            <source>移除成员</source>
            <translation>Remove member</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="265" />
            <source>尚未登记评价组成员。点“添加成员”，双击单元格填写姓名、角色（组长 / 组员 / 专家）和单位。</source>
            <translation>No team members yet. Click “Add member”, then double-click the cells to fill in name, role (lead / member / expert) and unit.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="276" />
            <source>等级标准与结果</source>
            <translation>Grade scheme and result</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="288" />
            <source>评价主要内容</source>
            <translation>Area evaluated</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="289" />
            <source>发现的主要问题</source>
            <translation>Main problems found</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="290" />
            <source>原因分析及工作建议</source>
            <translation>Causes and recommendations</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="291" />
            <location filename="../../ui/pages/project.py" line="300" />
            <location filename="../../ui/pages/project.py" line="447" />
            <source>简要情况表内容</source>
            <translation>summary sheet row</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="292" />
            <source>简要情况表：主要问题与建议</source>
            <translation>Summary sheet: main problems and recommendations</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="297" />
            <source>添加一行</source>
            <translation>Add a row</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="298" />
            <source>删除所选行</source>
            <translation>Delete selected row</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="325" />
            <location filename="../../ui/pages/project.py" line="340" />
            <source>项目概况</source>
            <extracomment>主要问题 from the 问题清单 by category, shown while none is typed (a display, never written)</extracomment>
            <translation>Overview</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="387" />
            <source>当前总分 %1 分，等级：%2</source>
            <translation>Current total %1, grade: %2</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="400" />
            <source>&lt;b&gt;%1类 %2&lt;/b&gt;（%3 个）：%4</source>
            <translation>&lt;b&gt;Category %1 %2&lt;/b&gt; (%3): %4</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="402" />
            <source>尚未填写“发现的主要问题”。下面是问题清单按类别的汇总，供填写时参考（仅作显示，不写入评价文件）：</source>
            <translation>No "main problems found" entered yet. Below are the findings summed up by category, for reference while you write them (shown only, not saved in the evaluation file):</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="431" />
            <source>新成员</source>
            <translation>New member</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="438" />
            <source>请先选择要移除的成员。</source>
            <translation>Select the member to remove first.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="445" />
            <source>请先选择要删除的行。</source>
            <translation>Select the row to delete first.</translation>
        </message>
    </context>
    <context>
        <name>ProjectPages</name>
        <message>
            <location filename="../../ui/pages/project.py" line="161" />
            <source>评价项目名称</source>
            <extracomment>(field, label, kind) of the 简要情况表 facts; kind: text | money | year | date | type (labels marked for lupdate here, translated where shown)</extracomment>
            <translation>Project name</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="162" />
            <source>被评价单位</source>
            <translation>Evaluated unit</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="163" />
            <source>主管部门</source>
            <translation>Supervising department</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="164" />
            <source>委托方</source>
            <translation>Commissioned by</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="165" />
            <source>评价机构</source>
            <translation>Evaluation agency</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="166" />
            <source>评价类型</source>
            <translation>Evaluation type</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="167" />
            <source>评价年度</source>
            <translation>Year</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="168" />
            <source>报告文号</source>
            <translation>Report number</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="169" />
            <source>资金总额（万元）</source>
            <translation>Total funds (10k yuan)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="170" />
            <source>现场评价金额（万元）</source>
            <translation>Amount evaluated on site (10k yuan)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="171" />
            <source>项目总数</source>
            <translation>Number of projects</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="172" />
            <source>现场评价项目数</source>
            <translation>Projects evaluated on site</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="173" />
            <source>评价开始日期</source>
            <translation>Evaluation start</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="174" />
            <source>评价结束日期</source>
            <translation>Evaluation end</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="175" />
            <source>报告日期</source>
            <translation>Report date</translation>
        </message>
    </context>
    <context>
        <name>ReadOnlyView</name>
        <message>
            <location filename="../../ui/shell/readonly_view.py" line="98" />
            <source>本文件以只读方式打开：可以查看和打印，不能修改。</source>
            <extracomment>a widget that stays usable in a read-only window (navigation, search, filters, printing) per page, the widgets (attribute names on the page or any of its parts) that only look or print pages that change nothing in the file: everything on them stays usable while read-only: fields that cannot be typed in look it, and the banner stands out</extracomment>
            <translation>This file is open read-only: it can be viewed and printed, not changed.</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <location filename="../../ui/dialogs/backup_dialog.py" line="186" />
            <source>评价文件有问题</source>
            <translation>The evaluation file has problems</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/backup_dialog.py" line="192" />
            <source>从最近的完好备份恢复</source>
            <translation>Restore the latest intact backup</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/backup_dialog.py" line="194" />
            <source>不恢复</source>
            <translation>Don't restore</translation>
        </message>
        <message>
            <source>恢复失败</source>
            <translation>Restore failed</translation>
        </message>
    </context>
    <context>
        <name>ReportDialog</name>
        <message>
            <location filename="../../ui/dialogs/report_dialog.py" line="39" />
            <source>PDF 文件 (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/report_dialog.py" line="40" />
            <source>Word 文档 (*.docx)</source>
            <translation>Word documents (*.docx)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/report_dialog.py" line="41" />
            <source>Excel 工作簿 (*.xlsx)</source>
            <translation>Excel workbooks (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/report_dialog.py" line="62" />
            <source>无法开始打印（打印机不可用）</source>
            <translation>Cannot start printing (printer unavailable)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/report_dialog.py" line="86" />
            <source>打印 / 导出</source>
            <translation>Print / Export</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/report_dialog.py" line="102" />
            <source>横向</source>
            <translation>Landscape</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/report_dialog.py" line="103" />
            <source>纵向</source>
            <translation>Portrait</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/report_dialog.py" line="104" />
            <source>打印底稿索引号（评分表、问题清单）</source>
            <translation>Print working-paper refs (scoring sheet, findings)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/report_dialog.py" line="107" />
            <source>客户版（不含内部说明）</source>
            <translation>Client copy (no internal notes)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/report_dialog.py" line="108" />
            <source>内部版（含调整理由、复核与录入说明）</source>
            <translation>Internal copy (with override reasons, review and data-entry notes)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/report_dialog.py" line="111" />
            <source>内置版式</source>
            <translation>Built-in layout</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/report_dialog.py" line="112" />
            <source>默认模板（占位符）</source>
            <translation>Default template (placeholders)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/report_dialog.py" line="117" />
            <source>选择机构模板…</source>
            <translation>Choose agency template…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/report_dialog.py" line="123" />
            <source>文档</source>
            <translation>Document</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/report_dialog.py" line="124" />
            <source>副本</source>
            <translation>Copy</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/report_dialog.py" line="125" />
            <source>报告模板</source>
            <translation>Report template</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/report_dialog.py" line="126" />
            <source>格式</source>
            <translation>Format</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/report_dialog.py" line="127" />
            <source>纸张</source>
            <translation>Paper</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/report_dialog.py" line="128" />
            <source>方向</source>
            <translation>Direction</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/report_dialog.py" line="131" />
            <source>刷新预览</source>
            <translation>Refresh preview</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/report_dialog.py" line="132" />
            <source>导出…</source>
            <translation>Export…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/report_dialog.py" line="133" />
            <source>打印…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/report_dialog.py" line="134" />
            <source>关闭</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/report_dialog.py" line="261" />
            <source>正在生成预览…</source>
            <translation>Generating preview…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/report_dialog.py" line="285" />
            <source>正在导出…</source>
            <translation>Exporting…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/report_dialog.py" line="205" />
            <source>选择报告模板</source>
            <translation>Choose report template</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/report_dialog.py" line="247" />
            <source>没有打开的评价文件</source>
            <translation>No evaluation file is open</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/report_dialog.py" line="253" />
            <source>请先打开评价文件</source>
            <translation>Open an evaluation file first</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/report_dialog.py" line="292" />
            <source>预览尚未生成，请稍候</source>
            <translation>The preview is not ready yet, please wait</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/report_dialog.py" line="270" />
            <source>预览：%1 页</source>
            <translation>Preview: %1 pages</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/report_dialog.py" line="306" />
            <source>打印</source>
            <translation>Print</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/report_dialog.py" line="308" />
            <source>已发送到打印机：%1 页</source>
            <translation>Sent to the printer: %1 pages</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/report_dialog.py" line="277" />
            <source>（内部版）</source>
            <translation> (internal copy)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/report_dialog.py" line="280" />
            <source>导出%1</source>
            <translation>Export %1</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/report_dialog.py" line="332" />
            <source>生成失败：%1</source>
            <translation>Could not generate: %1</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/report_dialog.py" line="286" />
            <source>已导出：%1</source>
            <translation>Exported: %1</translation>
        </message>
        <message>
            <source>评分表</source>
            <translation>Scoring sheet</translation>
        </message>
        <message>
            <source>问题清单</source>
            <translation>Findings</translation>
        </message>
        <message>
            <source>简要情况表</source>
            <translation>Summary sheet</translation>
        </message>
        <message>
            <source>评价报告</source>
            <translation>Evaluation report</translation>
        </message>
        <message>
            <source>工作底稿</source>
            <translation>Working papers</translation>
        </message>
        <message>
            <source>空白评分表</source>
            <translation>Blank scoring sheet</translation>
        </message>
    </context>
    <context>
        <name>ReviewModel</name>
        <message>
            <location filename="../../ui/pages/review.py" line="75" />
            <source>未开始</source>
            <translation>Not started</translation>
        </message>
        <message>
            <location filename="../../ui/pages/review.py" line="75" />
            <source>进行中</source>
            <translation>In progress</translation>
        </message>
        <message>
            <location filename="../../ui/pages/review.py" line="75" />
            <source>已评分</source>
            <translation>Scored</translation>
        </message>
        <message>
            <location filename="../../ui/pages/review.py" line="76" />
            <source>已复核</source>
            <translation>Reviewed</translation>
        </message>
        <message>
            <location filename="../../ui/pages/review.py" line="77" />
            <source>已退回</source>
            <translation>Sent back</translation>
        </message>
        <message>
            <location filename="../../ui/pages/review.py" line="38" />
            <source>编码</source>
            <translation>Code</translation>
        </message>
        <message>
            <location filename="../../ui/pages/review.py" line="38" />
            <source>三级指标</source>
            <translation>Level 3</translation>
        </message>
        <message>
            <location filename="../../ui/pages/review.py" line="38" />
            <source>负责人</source>
            <translation>Assigned to</translation>
        </message>
        <message>
            <location filename="../../ui/pages/review.py" line="38" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ui/pages/review.py" line="39" />
            <source>自评分</source>
            <translation>Self</translation>
        </message>
        <message>
            <location filename="../../ui/pages/review.py" line="39" />
            <source>得分</source>
            <translation>Score</translation>
        </message>
        <message>
            <location filename="../../ui/pages/review.py" line="39" />
            <source>复核人</source>
            <translation>Reviewer</translation>
        </message>
        <message>
            <location filename="../../ui/pages/review.py" line="39" />
            <source>复核意见</source>
            <translation>Review comment</translation>
        </message>
    </context>
    <context>
        <name>ReviewPage</name>
        <message>
            <location filename="../../ui/pages/review.py" line="101" />
            <location filename="../../ui/pages/review.py" line="231" />
            <source>复核与签署</source>
            <translation>Review and sign-off</translation>
        </message>
        <message>
            <location filename="../../ui/pages/review.py" line="111" />
            <source>分配给…</source>
            <translation>Assign to…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/review.py" line="112" />
            <location filename="../../ui/pages/review.py" line="368" />
            <source>复核通过</source>
            <translation>Approve</translation>
        </message>
        <message>
            <location filename="../../ui/pages/review.py" line="113" />
            <source>退回…</source>
            <translation>Send back…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/review.py" line="114" />
            <source>调整得分…</source>
            <translation>Override score…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/review.py" line="115" />
            <source>标记所选指标“已复核”</source>
            <translation>Mark the selected indicators “Reviewed”</translation>
        </message>
        <message>
            <location filename="../../ui/pages/review.py" line="116" />
            <source>退回给负责人修改，并写明意见（负责人在本页和评分页都能看到）</source>
            <translation>Send back to the assignee for changes, with a comment (shown to them here and on the scoring page)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/review.py" line="117" />
            <source>复核时改分：原得分作为“自评分”保留，新分作为“复核分”</source>
            <translation>Change the score in review: the original is kept as the “self-assessed score”, the new one becomes the “reviewed score”</translation>
        </message>
        <message>
            <location filename="../../ui/pages/review.py" line="119" />
            <source>显示</source>
            <translation>Show</translation>
        </message>
        <message>
            <location filename="../../ui/pages/review.py" line="121" />
            <source>负责人</source>
            <translation>Assigned to</translation>
        </message>
        <message>
            <location filename="../../ui/pages/review.py" line="147" />
            <source>专家独立评分</source>
            <translation>Independent expert scores</translation>
        </message>
        <message>
            <location filename="../../ui/pages/review.py" line="149" />
            <source>指标</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <location filename="../../ui/pages/review.py" line="149" />
            <source>各专家评分</source>
            <translation>Expert scores</translation>
        </message>
        <message>
            <location filename="../../ui/pages/review.py" line="149" />
            <source>平均</source>
            <translation>Mean</translation>
        </message>
        <message>
            <location filename="../../ui/pages/review.py" line="150" />
            <source>去极值平均</source>
            <translation>Trimmed mean</translation>
        </message>
        <message>
            <location filename="../../ui/pages/review.py" line="150" />
            <source>极差</source>
            <translation>Range</translation>
        </message>
        <message>
            <location filename="../../ui/pages/review.py" line="150" />
            <source>分歧</source>
            <translation>Disagreement</translation>
        </message>
        <message>
            <location filename="../../ui/pages/review.py" line="151" />
            <source>已取值</source>
            <translation>Adopted</translation>
        </message>
        <message>
            <location filename="../../ui/pages/review.py" line="158" />
            <source>录入专家评分…</source>
            <translation>Enter expert score…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/review.py" line="159" />
            <source>取平均值</source>
            <translation>Adopt mean</translation>
        </message>
        <message>
            <location filename="../../ui/pages/review.py" line="160" />
            <source>取去极值平均</source>
            <translation>Adopt trimmed mean</translation>
        </message>
        <message>
            <location filename="../../ui/pages/review.py" line="161" />
            <source>协商一致值…</source>
            <translation>Consensus score…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/review.py" line="162" />
            <source>为上表所选指标录入一位专家的独立评分</source>
            <translation>Enter one expert's independent score for the indicator selected above</translation>
        </message>
        <message>
            <location filename="../../ui/pages/review.py" line="164" />
            <source>尚无专家独立评分。在上表选中指标后，可录入一位专家的评分。</source>
            <extracomment>while no expert has scored: one line in place of the empty table, the page keeps the room</extracomment>
            <translation>No independent expert scores yet. Select an indicator above to enter an expert's score.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/review.py" line="177" />
            <source>复核链签署</source>
            <translation>Review chain sign-offs</translation>
        </message>
        <message>
            <location filename="../../ui/pages/review.py" line="179" />
            <source>签署…</source>
            <translation>Sign…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/review.py" line="180" />
            <source>设置复核链…</source>
            <translation>Set review chain…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/review.py" line="40" />
            <location filename="../../ui/pages/review.py" line="248" />
            <source>全部</source>
            <translation>All</translation>
        </message>
        <message>
            <location filename="../../ui/pages/review.py" line="258" />
            <source>末级指标 %1 个：已复核 %2 个，已退回 %3 个。</source>
            <translation>%1 leaf indicators: %2 reviewed, %3 sent back.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/review.py" line="291" />
            <source>分歧较大</source>
            <translation>Large disagreement</translation>
        </message>
        <message>
            <location filename="../../ui/pages/review.py" line="372" />
            <location filename="../../ui/pages/review.py" line="375" />
            <source>退回修改</source>
            <translation>Send back for changes</translation>
        </message>
        <message>
            <location filename="../../ui/pages/review.py" line="372" />
            <source>退回意见（负责人可见）：</source>
            <translation>Comment (visible to the assignee):</translation>
        </message>
        <message>
            <location filename="../../ui/pages/review.py" line="379" />
            <location filename="../../ui/pages/review.py" line="382" />
            <location filename="../../ui/pages/review.py" line="385" />
            <source>复核调整得分</source>
            <translation>Reviewer override</translation>
        </message>
        <message>
            <location filename="../../ui/pages/review.py" line="379" />
            <source>复核分：</source>
            <translation>Reviewed score:</translation>
        </message>
        <message>
            <location filename="../../ui/pages/review.py" line="382" />
            <source>调整理由：</source>
            <translation>Reason for the override:</translation>
        </message>
        <message>
            <location filename="../../ui/pages/review.py" line="391" />
            <location filename="../../ui/pages/review.py" line="394" />
            <source>分配指标</source>
            <translation>Assign indicator</translation>
        </message>
        <message>
            <location filename="../../ui/pages/review.py" line="391" />
            <source>负责人：</source>
            <translation>Assign to:</translation>
        </message>
        <message>
            <location filename="../../ui/pages/review.py" line="402" />
            <location filename="../../ui/pages/review.py" line="405" />
            <source>专家评分</source>
            <translation>Expert score</translation>
        </message>
        <message>
            <location filename="../../ui/pages/review.py" line="402" />
            <source>专家姓名：</source>
            <translation>Expert's name:</translation>
        </message>
        <message>
            <location filename="../../ui/pages/review.py" line="405" />
            <source>%1 的评分：</source>
            <translation>Score by %1:</translation>
        </message>
        <message>
            <location filename="../../ui/pages/review.py" line="415" />
            <source>协商一致值</source>
            <translation>Consensus score</translation>
        </message>
        <message>
            <location filename="../../ui/pages/review.py" line="415" />
            <source>协商一致的得分：</source>
            <translation>Agreed score:</translation>
        </message>
        <message>
            <location filename="../../ui/pages/review.py" line="427" />
            <location filename="../../ui/pages/review.py" line="430" />
            <source>签署</source>
            <translation>Sign off</translation>
        </message>
        <message>
            <location filename="../../ui/pages/review.py" line="427" />
            <source>签署哪一级：</source>
            <translation>Sign at which level:</translation>
        </message>
        <message>
            <location filename="../../ui/pages/review.py" line="430" />
            <source>签署人：</source>
            <translation>Signed by:</translation>
        </message>
        <message>
            <location filename="../../ui/pages/review.py" line="440" />
            <source>复核链</source>
            <translation>Review chain</translation>
        </message>
        <message>
            <location filename="../../ui/pages/review.py" line="440" />
            <source>各级名称，用“、”或逗号分隔：</source>
            <translation>Level names, separated by commas:</translation>
        </message>
        <message>
            <location filename="../../ui/pages/review.py" line="40" />
            <source>待复核（已评分）</source>
            <translation>To review (scored)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/review.py" line="41" />
            <source>已退回</source>
            <translation>Sent back</translation>
        </message>
        <message>
            <location filename="../../ui/pages/review.py" line="41" />
            <source>已复核</source>
            <translation>Reviewed</translation>
        </message>
        <message>
            <location filename="../../ui/pages/review.py" line="42" />
            <source>未完成</source>
            <translation>Not finished</translation>
        </message>
        <message>
            <location filename="../../ui/pages/review.py" line="40" />
            <source>已评分</source>
            <translation>Scored</translation>
        </message>
        <message>
            <source>未签署</source>
            <translation>Not signed</translation>
        </message>
        <message>
            <source>有效</source>
            <translation>Valid</translation>
        </message>
        <message>
            <source>已失效（签署后数据有改动）</source>
            <translation>Void (data changed after signing)</translation>
        </message>
    </context>
    <context>
        <name>RulesPage</name>
        <message>
            <location filename="../../ui/frameworks/import_dialog.py" line="583" />
            <source>可采用</source>
            <translation>Usable</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/import_dialog.py" line="583" />
            <source>请核对</source>
            <translation>Please check</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/import_dialog.py" line="594" />
            <source>依据：</source>
            <translation>Based on: </translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/import_dialog.py" line="596" />
            <source>未能对应：</source>
            <translation>Not placed: </translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/import_dialog.py" line="601" />
            <source>识别出规则，待核对（勾选后采用，否则按酌情评分）</source>
            <translation>Rule recognised, to be checked (tick to use it; otherwise scored by judgement)</translation>
        </message>
    </context>
    <context>
        <name>Scoreboard</name>
        <message>
            <location filename="../../ui/walk/scoreboard.py" line="113" />
            <source>总分</source>
            <translation>Total</translation>
        </message>
        <message>
            <location filename="../../ui/walk/scoreboard.py" line="127" />
            <source>评分进度</source>
            <translation>Progress</translation>
        </message>
        <message>
            <location filename="../../ui/walk/scoreboard.py" line="168" />
            <source>未评分</source>
            <translation>Unscored</translation>
        </message>
        <message>
            <location filename="../../ui/walk/scoreboard.py" line="174" />
            <source>已评分 %1 / %2</source>
            <translation>Scored %1 / %2</translation>
        </message>
        <message>
            <location filename="../../ui/walk/scoreboard.py" line="186" />
            <source>距“%1”差 %2 分</source>
            <translation>%2 pts short of “%1”</translation>
        </message>
        <message>
            <location filename="../../ui/walk/scoreboard.py" line="188" />
            <source>已是最高等级</source>
            <translation>Top grade reached</translation>
        </message>
        <message>
            <location filename="../../ui/walk/scoreboard.py" line="193" />
            <source>再失 %1 分降为“%2”</source>
            <translation>%1 pts above “%2”</translation>
        </message>
        <message>
            <location filename="../../ui/walk/scoreboard.py" line="195" />
            <source>已是最低等级</source>
            <translation>Lowest grade</translation>
        </message>
        <message>
            <location filename="../../ui/walk/scoreboard.py" line="199" />
            <source>未评 %1 项共 %2 分</source>
            <translation>%1 unscored, %2 pts open</translation>
        </message>
        <message>
            <location filename="../../ui/walk/scoreboard.py" line="201" />
            <source>，可能改变等级</source>
            <translation>, may change the grade</translation>
        </message>
        <message>
            <location filename="../../ui/walk/scoreboard.py" line="203" />
            <source>尚未评分、仍可能改变等级的指标：
</source>
            <translation>Indicators not yet scored that may still change the grade:
</translation>
        </message>
        <message>
            <location filename="../../ui/walk/scoreboard.py" line="204" />
            <source>（%1 分）</source>
            <translation> (%1 pts)</translation>
        </message>
        <message>
            <location filename="../../ui/walk/scoreboard.py" line="206" />
            <source>
单击跳到第一个</source>
            <translation>
Click to go to the first</translation>
        </message>
        <message>
            <location filename="../../ui/walk/scoreboard.py" line="209" />
            <source>全部指标已评分</source>
            <translation>All indicators scored</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="59" />
            <source>设置</source>
            <translation>Settings</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="59" />
            <source>欢迎使用：请填写评价人员信息</source>
            <translation>Welcome: please tell us who is evaluating</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="66" />
            <source>请填写您的姓名和单位，它们记入修改记录、复核签署和工作底稿。
以后可在“文件 → 设置…”中修改。</source>
            <translation>Please enter your name and organisation; they are recorded in the change log, review sign-offs and working papers.
You can change them later under File → Settings….</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="71" />
            <source>记录在修改记录和底稿中的姓名</source>
            <translation>The name recorded in the change log and the working papers</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="73" />
            <source>评价人员姓名</source>
            <translation>Evaluator's name</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="76" />
            <source>所在单位，如评价机构或财政部门的名称</source>
            <translation>Your organisation, e.g. the evaluation firm or finance bureau</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="78" />
            <source>单位</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="89" />
            <source>角色</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="95" />
            <source>界面语言</source>
            <translation>Interface language</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="99" />
            <source>自动选择（系统中的宋体、黑体、仿宋）</source>
            <translation>Automatic</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="108" />
            <source>选择字体文件…</source>
            <translation>Choose font file…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="110" />
            <source>报告字体</source>
            <translation>Report font</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="113" />
            <source>宋体（表格、标题）</source>
            <translation>Song (tables, title)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="113" />
            <source>黑体（一级标题）</source>
            <translation>Hei (level-1 headings)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="114" />
            <source>楷体（二级标题）</source>
            <translation>Kai (level-2 headings)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="114" />
            <source>仿宋（正文）</source>
            <translation>FangSong (body text)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="117" />
            <source>自动选择</source>
            <translation>Automatic</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="134" />
            <source>用于未指定等级方案的指标体系文件；内置指标体系使用各自的方案。</source>
            <translation>Used by framework files that name no grade scheme; built-in frameworks use their own.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="135" />
            <source>默认等级方案</source>
            <translation>Default grade scheme</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="140" />
            <source> 份</source>
            <translation> copies</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="141" />
            <source>每个评价文件保留的备份</source>
            <translation>Backups kept per evaluation file</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="145" />
            <source>选择文件夹…</source>
            <translation>Choose folder…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="147" />
            <source>自定义指标体系（模板）位置</source>
            <translation>Custom framework (template) folder</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="149" />
            <source>更改的界面语言在确定后立即生效。设置只保存在本机当前用户下。</source>
            <translation>A new language applies as soon as you click OK; settings stay on this computer.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="182" />
            <source>选择报告字体</source>
            <translation>Choose report font</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="183" />
            <source>TrueType 字体 (*.ttf *.ttc)</source>
            <translation>TrueType fonts (*.ttf *.ttc)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="189" />
            <source>选择模板文件夹</source>
            <translation>Choose template folder</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="219" />
            <source>请填写姓名。</source>
            <translation>Please enter your name.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="230" />
            <source>无法保存设置：%1</source>
            <translation>Cannot save the settings: %1</translation>
        </message>
    </context>
    <context>
        <name>SurveyPage</name>
        <message>
            <location filename="../../ui/pages/survey.py" line="117" />
            <source>满意度调查</source>
            <translation>Satisfaction survey</translation>
        </message>
        <message>
            <location filename="../../ui/pages/survey.py" line="125" />
            <location filename="../../ui/pages/survey.py" line="199" />
            <location filename="../../ui/pages/survey.py" line="275" />
            <source>新建问卷</source>
            <translation>New survey</translation>
        </message>
        <message>
            <location filename="../../ui/pages/survey.py" line="128" />
            <location filename="../../ui/pages/survey.py" line="284" />
            <source>删除问卷</source>
            <translation>Delete survey</translation>
        </message>
        <message>
            <location filename="../../ui/pages/survey.py" line="140" />
            <source>问卷信息</source>
            <translation>Survey details</translation>
        </message>
        <message>
            <location filename="../../ui/pages/survey.py" line="148" />
            <source>标题</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../ui/pages/survey.py" line="150" />
            <source>计算方法</source>
            <translation>Method</translation>
        </message>
        <message>
            <location filename="../../ui/pages/survey.py" line="152" />
            <source>编辑问题和量表…</source>
            <translation>Edit questions and scale…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/survey.py" line="158" />
            <source>（份）</source>
            <translation> (copies)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/survey.py" line="160" />
            <source>抽样方式</source>
            <translation>Sampling</translation>
        </message>
        <message>
            <location filename="../../ui/pages/survey.py" line="169" />
            <source>录入一份问卷</source>
            <translation>Enter one response</translation>
        </message>
        <message>
            <location filename="../../ui/pages/survey.py" line="175" />
            <location filename="../../ui/pages/survey.py" line="495" />
            <source>录入</source>
            <translation>Enter</translation>
        </message>
        <message>
            <location filename="../../ui/pages/survey.py" line="182" />
            <source>修改所选</source>
            <translation>Edit selected</translation>
        </message>
        <message>
            <location filename="../../ui/pages/survey.py" line="184" />
            <source>删除所选</source>
            <translation>Delete selected</translation>
        </message>
        <message>
            <location filename="../../ui/pages/survey.py" line="186" />
            <location filename="../../ui/pages/survey.py" line="202" />
            <source>从 CSV / Excel 导入…</source>
            <translation>Import from CSV / Excel…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/survey.py" line="198" />
            <source>还没有满意度调查。新建问卷，设定问题和评价量表，再逐份录入或从 CSV / Excel 导入答卷。</source>
            <extracomment>no questionnaire yet, over the answers table</extracomment>
            <translation>No satisfaction survey yet. Create a questionnaire, set its questions and rating scale, then enter the answers one by one or import them from CSV / Excel.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/survey.py" line="201" />
            <source>还没有答卷。在上方逐份录入，或从 CSV / Excel 导入（首行为题号或问题原文）。</source>
            <extracomment>a questionnaire with no answers yet: the ways to fill it, over the answers table</extracomment>
            <translation>No answers yet. Enter them one by one above, or import them from CSV / Excel (first row: question numbers or question texts).</translation>
        </message>
        <message>
            <location filename="../../ui/pages/survey.py" line="218" />
            <source>问题</source>
            <translation>Question</translation>
        </message>
        <message>
            <location filename="../../ui/pages/survey.py" line="218" />
            <source>回答</source>
            <translation>Answers</translation>
        </message>
        <message>
            <location filename="../../ui/pages/survey.py" line="218" />
            <source>满意度</source>
            <comment>per-question column</comment>
            <translation>Satisfaction</translation>
        </message>
        <message>
            <location filename="../../ui/pages/survey.py" line="242" />
            <source>满意度</source>
            <translation>Survey</translation>
        </message>
        <message>
            <location filename="../../ui/pages/survey.py" line="265" />
            <source>修改问卷</source>
            <translation>Edit survey</translation>
        </message>
        <message>
            <location filename="../../ui/pages/survey.py" line="274" />
            <source>服务对象满意度调查</source>
            <translation>Beneficiary satisfaction survey</translation>
        </message>
        <message>
            <location filename="../../ui/pages/survey.py" line="274" />
            <source>您对项目实施效果是否满意</source>
            <translation>Are you satisfied with the project's results?</translation>
        </message>
        <message>
            <location filename="../../ui/pages/survey.py" line="296" />
            <source>编辑问卷</source>
            <translation>Edit survey</translation>
        </message>
        <message>
            <location filename="../../ui/pages/survey.py" line="309" />
            <source>修改问卷回答</source>
            <translation>Edit response</translation>
        </message>
        <message>
            <location filename="../../ui/pages/survey.py" line="313" />
            <source>录入问卷</source>
            <translation>Enter response</translation>
        </message>
        <message>
            <location filename="../../ui/pages/survey.py" line="341" />
            <location filename="../../ui/pages/survey.py" line="495" />
            <source>保存修改</source>
            <translation>Save changes</translation>
        </message>
        <message>
            <location filename="../../ui/pages/survey.py" line="357" />
            <source>删除问卷回答</source>
            <translation>Delete response</translation>
        </message>
        <message>
            <location filename="../../ui/pages/survey.py" line="363" />
            <source>导入问卷回答</source>
            <translation>Import responses</translation>
        </message>
        <message>
            <location filename="../../ui/pages/survey.py" line="364" />
            <source>表格 (*.csv *.xlsx);;所有文件 (*)</source>
            <translation>Spreadsheets (*.csv *.xlsx);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/survey.py" line="369" />
            <source>导入问卷</source>
            <translation>Import responses</translation>
        </message>
        <message>
            <location filename="../../ui/pages/survey.py" line="371" />
            <source>已导入 %1 份问卷</source>
            <translation>%1 responses imported</translation>
        </message>
        <message>
            <location filename="../../ui/pages/survey.py" line="408" />
            <source>尚无满意度调查</source>
            <translation>No satisfaction survey yet</translation>
        </message>
        <message>
            <location filename="../../ui/pages/survey.py" line="409" />
            <source>点“新建问卷”开始：设定问题和评价量表，再逐份录入或从表格导入。</source>
            <translation>Click “New survey” to start: set the questions and the rating scale, then enter responses one by one or import them from a spreadsheet.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/survey.py" line="424" />
            <source>序号</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/survey.py" line="424" />
            <location filename="../../ui/pages/survey.py" line="476" />
            <source>群体</source>
            <translation>Group</translation>
        </message>
        <message>
            <location filename="../../ui/pages/survey.py" line="438" />
            <source>已录入 %1 份</source>
            <translation>%1 responses entered</translation>
        </message>
        <message>
            <location filename="../../ui/pages/survey.py" line="440" />
            <source> 分</source>
            <translation> pts</translation>
        </message>
        <message>
            <location filename="../../ui/pages/survey.py" line="442" />
            <source>总体满意度 %1</source>
            <translation>Overall satisfaction %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/survey.py" line="445" />
            <source>回收率 %1</source>
            <translation>Return rate %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/survey.py" line="447" />
            <source>有效率 %1</source>
            <translation>Valid rate %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/survey.py" line="465" />
            <source>按群体：</source>
            <translation>By group: </translation>
        </message>
        <message>
            <location filename="../../ui/pages/survey.py" line="467" />
            <source>引用本调查的指标：</source>
            <translation>Indicators linked to this survey: </translation>
        </message>
        <message>
            <location filename="../../ui/pages/survey.py" line="468" />
            <source>还没有指标引用满意度；可在评分页为“满意度”类指标选择“引用数据”。</source>
            <translation>No indicator is linked to the survey yet; on the scoring page, choose “Link data” for a satisfaction indicator.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/survey.py" line="488" />
            <source>（未答）</source>
            <translation>(no answer)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/survey.py" line="155" />
            <source>发放</source>
            <translation>Distributed</translation>
        </message>
        <message>
            <location filename="../../ui/pages/survey.py" line="155" />
            <source>回收</source>
            <translation>Returned</translation>
        </message>
        <message>
            <location filename="../../ui/pages/survey.py" line="155" />
            <source>有效</source>
            <translation>Valid</translation>
        </message>
        <message>
            <location filename="../../ui/pages/survey.py" line="64" />
            <source>＋ 等级</source>
            <translation>+ Level</translation>
        </message>
        <message>
            <location filename="../../ui/pages/survey.py" line="66" />
            <source>－ 删除所选等级</source>
            <translation>− Delete selected level</translation>
        </message>
        <message>
            <location filename="../../ui/pages/survey.py" line="53" />
            <source>问题：每行一个，格式为“编号 问题内容”（如 q1 您对服务效果是否满意）</source>
            <translation>Questions: one per line, as “code question” (e.g. q1 Are you satisfied with the service?)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/survey.py" line="56" />
            <source>评价量表：等级、分值（加权平均法用）、是否计为满意（满意率法用）</source>
            <translation>Rating scale: level, points (for the weighted mean), counts as satisfied (for the satisfaction rate)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/survey.py" line="58" />
            <source>等级</source>
            <translation>Level</translation>
        </message>
        <message>
            <location filename="../../ui/pages/survey.py" line="58" />
            <source>分值</source>
            <translation>Weight</translation>
        </message>
        <message>
            <location filename="../../ui/pages/survey.py" line="58" />
            <source>计为满意</source>
            <translation>Counts as satisfied</translation>
        </message>
        <message>
            <location filename="../../ui/pages/survey.py" line="72" />
            <source>受访群体（用顿号分隔）</source>
            <translation>Respondent groups (separated by “、”)</translation>
        </message>
        <message>
            <source>满意率（满意人次 ÷ 有效回答）</source>
            <translation>Satisfaction rate (satisfied ÷ valid answers)</translation>
        </message>
        <message>
            <source>加权平均分（按量表分值）</source>
            <translation>Weighted mean (by scale points)</translation>
        </message>
    </context>
    <context>
        <name>TargetsPage</name>
        <message>
            <location filename="../../ui/pages/project.py" line="462" />
            <location filename="../../ui/pages/project.py" line="487" />
            <source>目标表</source>
            <translation>Table</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="463" />
            <source>一级指标</source>
            <translation>Level 1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="464" />
            <source>二级指标</source>
            <translation>Level 2</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="465" />
            <source>三级指标</source>
            <translation>Level 3</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="466" />
            <source>比较</source>
            <translation>Cmp.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="467" />
            <source>指标值</source>
            <translation>Target</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="468" />
            <source>目标值</source>
            <translation>Target value</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="469" />
            <source>单位</source>
            <translation>Unit</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="470" />
            <source>实际完成</source>
            <translation>Achieved</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="471" />
            <source>实际值</source>
            <translation>Actual value</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="472" />
            <source>完成率</source>
            <translation>Completion</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="473" />
            <source>是否达成</source>
            <translation>Met?</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="474" />
            <source>备注</source>
            <translation>Remarks</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="475" />
            <location filename="../../ui/pages/project.py" line="536" />
            <location filename="../../ui/pages/project.py" line="546" />
            <source>绩效目标</source>
            <translation>performance target</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="482" />
            <location filename="../../ui/pages/project.py" line="493" />
            <source>新增目标</source>
            <translation>New target</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="483" />
            <source>删除所选</source>
            <translation>Delete selected</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="492" />
            <source>还没有绩效目标。按批复的绩效目标表逐条录入指标、指标值和实际完成值。</source>
            <translation>No performance targets yet. Enter the indicators, target values and actual results from the approved target table, one by one.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="494" />
            <source>双击单元格修改；“目标值”“实际值”填数字时程序计算完成率（“≤”“&lt;”类指标按 目标值÷实际值 计算）。</source>
            <translation>Double-click a cell to edit. With numeric target and actual values the completion is computed (for “≤” and “&lt;” targets as target ÷ actual).</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="497" />
            <location filename="../../ui/pages/project.py" line="507" />
            <source>绩效目标表</source>
            <translation>Targets</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="516" />
            <source>全部</source>
            <translation>All</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="518" />
            <source>（未命名）</source>
            <translation>(unnamed)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="530" />
            <source>共 %1 项指标，可量化比较 %2 项，已达成 %3 项</source>
            <translation>%1 targets, %2 measurable, %3 met</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="537" />
            <source>新指标</source>
            <translation>New indicator</translation>
        </message>
        <message>
            <location filename="../../ui/pages/project.py" line="544" />
            <source>请先选择要删除的目标。</source>
            <translation>Select the target to delete first.</translation>
        </message>
    </context>
    <context>
        <name>WalkPage</name>
        <message>
            <location filename="../../ui/walk/page.py" line="108" />
            <source>搜索指标（Ctrl+F）</source>
            <extracomment>keys the walk uses while the evaluator types in a field (line edits would otherwise eat them)</extracomment>
            <translation>Search indicators (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../ui/walk/page.py" line="114" />
            <source>全部指标</source>
            <translation>All indicators</translation>
        </message>
        <message>
            <location filename="../../ui/walk/page.py" line="114" />
            <source>未评分</source>
            <translation>Unscored</translation>
        </message>
        <message>
            <location filename="../../ui/walk/page.py" line="114" />
            <location filename="../../ui/walk/page.py" line="188" />
            <source>已调整</source>
            <translation>Overridden</translation>
        </message>
        <message>
            <location filename="../../ui/walk/page.py" line="115" />
            <source>分配给我</source>
            <translation>Assigned to me</translation>
        </message>
        <message>
            <location filename="../../ui/walk/page.py" line="115" />
            <location filename="../../ui/walk/page.py" line="189" />
            <source>扣分未说明</source>
            <translation>Unexplained deductions</translation>
        </message>
        <message>
            <location filename="../../ui/walk/page.py" line="141" />
            <source>右键单击指标可修改状态（如“已复核”）</source>
            <translation>Right-click an indicator to change its status (e.g. “Reviewed”)</translation>
        </message>
        <message>
            <location filename="../../ui/walk/page.py" line="145" />
            <source>打印评分表…</source>
            <translation>Print scoring sheet…</translation>
        </message>
        <message>
            <location filename="../../ui/walk/page.py" line="148" />
            <source>打印或导出评分表（Ctrl+P 可选其他文档）</source>
            <translation>Print or export the scoring sheet (Ctrl+P for other documents)</translation>
        </message>
        <message>
            <location filename="../../ui/walk/page.py" line="193" />
            <source>评分</source>
            <translation>Scoring</translation>
        </message>
        <message>
            <location filename="../../ui/walk/page.py" line="281" />
            <source>全部指标均已评分</source>
            <translation>All indicators are scored</translation>
        </message>
        <message>
            <location filename="../../ui/walk/page.py" line="294" />
            <source>“%1”尚未评完，不能标记为已评分</source>
            <translation>“%1” is not fully scored yet and cannot be marked scored</translation>
        </message>
        <message>
            <location filename="../../ui/walk/page.py" line="300" />
            <source>标记已评分</source>
            <translation>Mark scored</translation>
        </message>
        <message>
            <location filename="../../ui/walk/page.py" line="186" />
            <location filename="../../ui/walk/page.py" line="311" />
            <source>未开始</source>
            <translation>Not started</translation>
        </message>
        <message>
            <location filename="../../ui/walk/page.py" line="186" />
            <location filename="../../ui/walk/page.py" line="311" />
            <source>进行中</source>
            <translation>In progress</translation>
        </message>
        <message>
            <location filename="../../ui/walk/page.py" line="187" />
            <location filename="../../ui/walk/page.py" line="311" />
            <source>已评分</source>
            <translation>Scored</translation>
        </message>
        <message>
            <location filename="../../ui/walk/page.py" line="187" />
            <location filename="../../ui/walk/page.py" line="311" />
            <source>已复核</source>
            <translation>Reviewed</translation>
        </message>
        <message>
            <location filename="../../ui/walk/page.py" line="313" />
            <source>标记为“%1”</source>
            <translation>Mark as “%1”</translation>
        </message>
        <message>
            <location filename="../../ui/walk/page.py" line="324" />
            <source>修改状态</source>
            <translation>Change status</translation>
        </message>
    </context>
    <context>
        <name>dlg</name>
        <message>
            <location filename="../../ui/dialogs/backup_dialog.py" line="218" />
            <source>恢复失败</source>
            <translation>Restore failed</translation>
        </message>
    </context>
    <context>
        <name>parent</name>
        <message>
            <location filename="../../ui/dialogs/package_dialog.py" line="34" />
            <source>浏览…</source>
            <translation>Browse…</translation>
        </message>
    </context>
    <context>
        <name>FrameworkEditor</name>
        <message>
            <location filename="../../ui/frameworks/editor.py" line="93" />
            <source>＋ 添加一行</source>
            <translation>+ Add row</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/editor.py" line="96" />
            <source>－ 删除选中行</source>
            <translation>− Delete selected row</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/editor.py" line="226" />
            <source>标签</source>
            <translation>Label</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/editor.py" line="227" />
            <source>分值</source>
            <translation>Weight</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/editor.py" line="228" />
            <source>评分规则</source>
            <translation>Scoring rule</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/editor.py" line="270" />
            <source>指标</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/editor.py" line="187" />
            <source>此规则没有参数：评价组在 0～分值内评分并写明理由。</source>
            <translation>This rule has no parameters: the team scores between 0 and the weight and gives the reason.</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/editor.py" line="212" />
            <source>评分项 %1</source>
            <translation>Scoring item %1</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <location filename="../../ui/frameworks/import_dialog.py" line="87" />
            <source>第 1 步：选择 Excel 文件</source>
            <translation>Step 1: choose the Excel file</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/import_dialog.py" line="88" />
            <source>指标体系或评分表（.xlsx），版式如评价报告附件1：一级指标 | 二级指标 | 分值 | 三级指标 | 分值 | 指标解释 | 指标说明 | 评分标准 [| 得分 | 评分说明]</source>
            <translation>A framework or scoring sheet (.xlsx) laid out like Annex 1 of the report: level-1 indicator | level-2 indicator | weight | level-3 indicator | weight | definition | notes | scoring criteria [| score | scoring note]</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/import_dialog.py" line="95" />
            <source>浏览…</source>
            <translation>Browse…</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/import_dialog.py" line="100" />
            <source>正在打开表格…</source>
            <translation>Opening the workbook…</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/import_dialog.py" line="115" />
            <source>选择 Excel 文件</source>
            <translation>Choose Excel file</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/import_dialog.py" line="115" />
            <source>Excel 文件 (*.xlsx *.xlsm);;所有文件 (*)</source>
            <translation>Excel files (*.xlsx *.xlsm);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/import_dialog.py" line="192" />
            <source>（选择列）</source>
            <translation>(choose a column)</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/import_dialog.py" line="202" />
            <source>该档的得分</source>
            <translation>The points of this grade</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/import_dialog.py" line="206" />
            <source>不作为档次列</source>
            <translation>Not a graded column</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/import_dialog.py" line="231" />
            <source>第 2 步：核对列的对应关系</source>
            <translation>Step 2: check the column mapping</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/import_dialog.py" line="232" />
            <source>已根据表头文字猜测每一列的含义；如有不对，请在下拉框中改正。带 * 的为必需。</source>
            <translation>Each column's meaning was guessed from its header; correct any mistakes in the drop-downs. Those marked * are required.</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/import_dialog.py" line="246" />
            <source>评分档次列</source>
            <translation>Graded columns</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/import_dialog.py" line="247" />
            <source>表头写明一档得分（如“5分”“优秀(10分)”）的列，各行在其中写达到该档的情形；导入时并入评分标准，识别为情形选择</source>
            <translation>Columns whose header states a grade's points (e.g. 5 points, or Excellent (10 points)), each row describing the state for that grade; on import they join the scoring criteria and are read as a categorical choice</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/import_dialog.py" line="255" />
            <source>添加档次列</source>
            <translation>Add graded column</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/import_dialog.py" line="425" />
            <source>第 3 步：校验报告</source>
            <translation>Step 3: check report</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/import_dialog.py" line="426" />
            <source>在创建任何内容之前检查表格：分值是否相符、合并单元格是否规范、数字列里有没有文字。</source>
            <translation>The sheet is checked before anything is created: do the weights add up, are merged cells regular, is there text in number columns.</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/import_dialog.py" line="541" />
            <source>第 4 步：确认评分规则</source>
            <translation>Step 4: confirm the scoring rules</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/import_dialog.py" line="542" />
            <source>根据“评分标准”文字识别出的规则和参数。勾选的采用建议规则（“请核对”的须看过再勾选），未勾选的按“酌情评分”；导入后可在“指标体系”页细改。</source>
            <translation>Rules and parameters recognised from the scoring-criteria text. Ticked rows use the proposed rule (rows marked "Please check" must be reviewed before ticking); unticked rows are scored by judgement. After importing, refine them on the Framework page.</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/import_dialog.py" line="633" />
            <source>第 5 步：创建</source>
            <translation>Step 5: create</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/import_dialog.py" line="634" />
            <source>选择用导入的指标体系做什么。</source>
            <translation>Choose what to do with the imported framework.</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/import_dialog.py" line="642" />
            <source>指标体系编号</source>
            <translation>Framework ID</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/import_dialog.py" line="643" />
            <source>指标体系名称</source>
            <translation>Framework name</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/import_dialog.py" line="646" />
            <source>保存为我的指标体系模板（新建评价时可选用）</source>
            <translation>Save as my framework template (offered for new evaluations)</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/import_dialog.py" line="647" />
            <source>另存为指标体系文件（.json）…</source>
            <translation>Save as a framework file (.json)…</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/import_dialog.py" line="648" />
            <source>用它新建评价文件（.fev）…（表中的得分和评分说明一并导入）</source>
            <translation>Create an evaluation file (.fev) from it… (the sheet's scores and notes come along)</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/import_dialog.py" line="716" />
            <source>从 Excel 导入指标体系</source>
            <translation>Import framework from Excel</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/import_dialog.py" line="736" />
            <source>下一步</source>
            <translation>Next</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/import_dialog.py" line="737" />
            <source>上一步</source>
            <translation>Back</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/import_dialog.py" line="738" />
            <source>创建</source>
            <translation>Create</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/import_dialog.py" line="739" />
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/import_dialog.py" line="210" />
            <source>分</source>
            <translation>pts</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/import_dialog.py" line="290" />
            <source>（无此列）</source>
            <translation>(no such column)</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/import_dialog.py" line="494" />
            <source>正在读取表格…</source>
            <translation>Reading the sheet…</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/import_dialog.py" line="494" />
            <source>正在识别评分规则…</source>
            <translation>Recognising the scoring rules…</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/import_dialog.py" line="546" />
            <source>采用</source>
            <translation>Use</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/import_dialog.py" line="546" />
            <source>指标</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/import_dialog.py" line="546" />
            <source>评分标准</source>
            <translation>Scoring criteria</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/import_dialog.py" line="546" />
            <source>建议规则</source>
            <translation>Suggested rule</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/import_dialog.py" line="546" />
            <source>说明</source>
            <translation>Description</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/import_dialog.py" line="665" />
            <source>用它新建评价文件（.fev）…</source>
            <translation>Create an evaluation file (.fev) from it…</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/import_dialog.py" line="286" />
            <source>%1 列</source>
            <translation>Column %1</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/import_dialog.py" line="370" />
            <source>还缺必需的列：</source>
            <translation>Required columns missing: </translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/import_dialog.py" line="507" />
            <source>未能校验这份表格：%1</source>
            <translation>The sheet could not be checked: %1</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/import_dialog.py" line="507" />
            <source>发生了意外的错误</source>
            <translation>an unexpected error occurred</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/import_dialog.py" line="665" />
            <source>（表中的得分和评分说明一并导入）</source>
            <translation>(the sheet's scores and notes come along)</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/import_dialog.py" line="773" />
            <source>已新建评价</source>
            <translation>Evaluation created</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/import_dialog.py" line="156" />
            <source>未能打开这份表格：%1</source>
            <translation>The workbook could not be opened: %1</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/import_dialog.py" line="602" />
            <source>：</source>
            <translation>: </translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/import_dialog.py" line="681" />
            <source>已保存为指标体系模板：%1</source>
            <translation>Saved as framework template: %1</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/import_dialog.py" line="683" />
            <source>保存指标体系文件</source>
            <translation>Save framework file</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/import_dialog.py" line="683" />
            <source>指标体系 (*.json)</source>
            <translation>Frameworks (*.json)</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/import_dialog.py" line="689" />
            <source>新建评价文件</source>
            <translation>New evaluation file</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/import_dialog.py" line="689" />
            <source>评价文件 (*.fev)</source>
            <translation>Evaluation files (*.fev)</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/import_dialog.py" line="774" />
            <source>现在打开它吗？</source>
            <translation>Open it now?</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/import_dialog.py" line="317" />
            <source>工作表“%1”，表头在第 %2 行。</source>
            <translation>Sheet “%1”, header on row %2.</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/import_dialog.py" line="353" />
            <source>档次列 %1 的得分不是数字</source>
            <translation>The points of graded column %1 are not a number</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/import_dialog.py" line="687" />
            <source>已写出指标体系文件：%1</source>
            <translation>Framework file written: %1</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/import_dialog.py" line="695" />
            <source>已新建评价文件：%1</source>
            <translation>Evaluation file created: %1</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/import_dialog.py" line="355" />
            <source>%1 被选为两个档次</source>
            <translation>%1 is chosen for two grades</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/import_dialog.py" line="379" />
            <source>一级指标与三级指标是同一列：每行各为一个一级指标，分值即该行的分值。</source>
            <translation> Level 1 and level 3 are the same column: each row is a level-1 indicator of its own, with the row's points.</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/import_dialog.py" line="598" />
            <source>；</source>
            <translation>; </translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/import_dialog.py" line="679" />
            <source>“%1”是内置指标体系的编号，请换一个</source>
            <translation>“%1” is a built-in framework's ID; choose another</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/import_dialog.py" line="378" />
            <source>（沿用上次同样表头的表格所用的列对应）</source>
            <translation>(using the column mapping last used for a sheet with the same headers)</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/import_dialog.py" line="381" />
            <source>评分档次列 %1 列（%2 分）的文字并入各行的评分标准，按情形选择识别。</source>
            <translation> The %1 graded columns (%2 pts) join each row's scoring criteria and are read as a categorical choice.</translation>
        </message>
        <message>
            <location filename="../../ui/frameworks/import_dialog.py" line="376" />
            <source>工作表“%1”，表头在第 %2 行；列的对应关系已齐全。</source>
            <translation>Sheet “%1”, header on row %2; all columns are mapped.</translation>
        </message>
        <message>
            <source>一级指标</source>
            <translation>Level-1 indicator</translation>
        </message>
        <message>
            <source>一级分值</source>
            <translation>Level-1 weight</translation>
        </message>
        <message>
            <source>二级指标</source>
            <translation>Level 2</translation>
        </message>
        <message>
            <source>二级分值</source>
            <translation>Level-2 weight</translation>
        </message>
        <message>
            <source>三级指标</source>
            <translation>Level 3</translation>
        </message>
        <message>
            <source>三级分值</source>
            <translation>Level-3 weight</translation>
        </message>
        <message>
            <source>指标解释</source>
            <translation>Definition</translation>
        </message>
        <message>
            <source>指标说明</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>得分</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>评分说明</source>
            <translation>Scoring note</translation>
        </message>
        <message>
            <source>要点核查</source>
            <translation>Checklist</translation>
        </message>
        <message>
            <source>逐例扣分</source>
            <translation>Per-instance deduction</translation>
        </message>
        <message>
            <source>达标线扣分</source>
            <translation>Threshold</translation>
        </message>
        <message>
            <source>比率计分</source>
            <translation>Rate</translation>
        </message>
        <message>
            <source>上限控制</source>
            <translation>Upper bound</translation>
        </message>
        <message>
            <source>延迟扣分</source>
            <translation>Delay</translation>
        </message>
        <message>
            <source>完成比例</source>
            <translation>Completion</translation>
        </message>
        <message>
            <source>分档计分</source>
            <translation>Tiers</translation>
        </message>
        <message>
            <source>情形选择</source>
            <translation>Choice</translation>
        </message>
        <message>
            <source>等级评定</source>
            <translation>Scale</translation>
        </message>
        <message>
            <source>全有或全无</source>
            <translation>All or nothing</translation>
        </message>
        <message>
            <source>酌情评分</source>
            <translation>Judgement</translation>
        </message>
        <message>
            <source>公式计分</source>
            <translation>Formula</translation>
        </message>
        <message>
            <source>组合</source>
            <translation>Combined</translation>
        </message>
        <message>
            <source>表内保存的规则</source>
            <translation>Rule saved in the sheet</translation>
        </message>
        <message>
            <source>按评分标准识别</source>
            <translation>Suggested from the criteria</translation>
        </message>
        <message>
            <source>无法识别，酌情评分</source>
            <translation>Not recognised: judgement</translation>
        </message>
    </context>
    <context>
        <name>EvidenceBrowser</name>
        <message>
            <location filename="../../ui/pages/evidence.py" line="387" />
            <source>全部证据</source>
            <translation>All evidence</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="387" />
            <source>已关联指标</source>
            <translation>Linked to indicators</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="387" />
            <source>已关联问题</source>
            <translation>Linked to findings</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="388" />
            <source>未关联</source>
            <translation>Not linked</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="388" />
            <source>属于现场记录</source>
            <translation>From field records</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="391" />
            <source>搜索文件名、索引号或说明</source>
            <translation>Search file name, index no. or description</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="394" />
            <source>缩略图</source>
            <translation>Thumbnails</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="395" />
            <source>列表</source>
            <translation>List</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="396" />
            <source>添加文件…</source>
            <translation>Add files…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="397" />
            <source>添加证据文件；也可直接把文件拖到下面的区域</source>
            <translation>Add evidence files; you can also drop files on the area below</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="416" />
            <source>把照片、PDF、扫描件或表格拖到这里，或点“添加文件…”。
文件会连同 SHA-256 校验值保存在评价文件内。</source>
            <translation>Drop photos, PDFs, scans or spreadsheets here, or click “Add files…”.
Files are kept inside the evaluation file with their SHA-256 checksum.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="474" />
            <source>指标 </source>
            <translation>Indicator </translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="476" />
            <source>问题 </source>
            <translation>Finding </translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="499" />
            <source>共 %1 个证据文件，%2</source>
            <translation>%1 evidence files, %2</translation>
        </message>
    </context>
    <context>
        <name>EvidenceDetail</name>
        <message>
            <location filename="../../ui/pages/evidence.py" line="555" />
            <source>说明：拍摄内容、来源、与评分的关系…（输入即保存）</source>
            <translation>Description: what it shows, where it came from, how it bears on the score… (saved as you type)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="565" />
            <source>关联指标…</source>
            <translation>Link indicator…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="566" />
            <source>关联问题…</source>
            <translation>Link finding…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="567" />
            <source>取消关联</source>
            <translation>Unlink</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="569" />
            <source>打开</source>
            <translation>Open</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="570" />
            <source>用系统默认程序打开（临时副本）</source>
            <translation>Open with the system's default program (a temporary copy)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="571" />
            <source>删除证据</source>
            <translation>Delete evidence</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="584" />
            <source>说明</source>
            <translation>Description</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="586" />
            <source>关联到</source>
            <translation>Linked to</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="593" />
            <source>现场记录</source>
            <translation>Field record</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="613" />
            <source>未选择证据</source>
            <translation>No evidence selected</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="625" />
            <source>类型：%1</source>
            <translation>Type: %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="625" />
            <source>大小：%1</source>
            <translation>Size: %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="626" />
            <source>拍摄时间：%1</source>
            <translation>Taken: %1</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="627" />
            <source>拍摄时间：无（文件未记录）</source>
            <translation>Taken: unknown (not recorded in the file)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="637" />
            <source>（已删除）</source>
            <translation>(deleted)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="641" />
            <source>尚未关联指标或问题</source>
            <translation>Not linked to an indicator or finding yet</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="645" />
            <source>（不属于现场记录）</source>
            <translation>(not part of a field record)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="668" />
            <source>修改证据说明</source>
            <translation>Edit evidence description</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="687" />
            <source>关联指标</source>
            <translation>Linked indicators</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="690" />
            <source>关联问题</source>
            <translation>Link finding</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="693" />
            <source>没有可关联的问题，请先在问题清单中新增问题。</source>
            <translation>There are no findings to link; add one in the findings list first.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="694" />
            <source>所有指标都已关联。</source>
            <translation>All indicators are already linked.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="696" />
            <source>关联到：</source>
            <translation>Link to:</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="707" />
            <source>请先在“关联到”列表中选择要取消的关联。</source>
            <translation>First select the link to remove in the “Linked to” list.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="720" />
            <source>修改证据所属的现场记录</source>
            <translation>Change the evidence's field record</translation>
        </message>
    </context>
    <context>
        <name>FieldRecordsPanel</name>
        <message>
            <location filename="../../ui/pages/evidence.py" line="743" />
            <source>类型</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="744" />
            <source>时间</source>
            <translation>When</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="745" />
            <source>地点</source>
            <translation>Place</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="746" />
            <source>访谈对象 / 参加人员</source>
            <translation>Interviewees / participants</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="747" />
            <source>记录人</source>
            <translation>Recorder</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="760" />
            <source>新增记录</source>
            <translation>New record</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="761" />
            <source>删除记录</source>
            <translation>Delete record</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="769" />
            <source>年-月-日 时:分，如 2024-09-30 14:30</source>
            <translation>YYYY-MM-DD hh:mm, e.g. 2024-09-30 14:30</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="774" />
            <source>记录内容（输入即保存）</source>
            <translation>Notes (saved as you type)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="785" />
            <source>为此记录添加证据…</source>
            <translation>Add evidence to this record…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="798" />
            <source>记录内容</source>
            <translation>Record</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="806" />
            <source>记录</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="807" />
            <source>证据</source>
            <translation>Evidence</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="889" />
            <source>尚无证据</source>
            <translation>No evidence yet</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="909" />
            <source>修改现场记录</source>
            <translation>Edit field record</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="929" />
            <source>新增现场记录</source>
            <translation>New field record</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="948" />
            <source>删除现场记录</source>
            <translation>Delete field record</translation>
        </message>
    </context>
    <context>
        <name>EvidencePage</name>
        <message>
            <location filename="../../ui/pages/evidence.py" line="971" />
            <source>证据与现场记录</source>
            <translation>Evidence and field records</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="976" />
            <source>证据文件</source>
            <translation>Evidence files</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="977" />
            <source>现场记录（访谈 / 实地勘察 / 资料核查）</source>
            <translation>Field records (interviews / site inspections / document checks)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/evidence.py" line="988" />
            <source>证据</source>
            <translation>Evidence</translation>
        </message>
    </context>
    <context>
        <name>TeamworkMenu</name>
        <message>
            <location filename="../../ui/shell/teamwork_menu.py" line="28" />
            <source>团队(&amp;T)</source>
            <translation>&amp;Team</translation>
        </message>
        <message>
            <location filename="../../ui/shell/teamwork_menu.py" line="41" />
            <source>导入数据包…</source>
            <translation>Import package…</translation>
        </message>
        <message>
            <location filename="../../ui/shell/teamwork_menu.py" line="83" />
            <source>分发副本</source>
            <translation>Hand out a copy</translation>
        </message>
        <message>
            <location filename="../../ui/shell/teamwork_menu.py" line="83" />
            <source>交给哪位组员？</source>
            <translation>Which team member is it for?</translation>
        </message>
        <message>
            <location filename="../../ui/shell/teamwork_menu.py" line="87" />
            <source>副本保存为</source>
            <translation>Save the copy as</translation>
        </message>
        <message>
            <location filename="../../ui/shell/teamwork_menu.py" line="87" />
            <source>评价文件 (*.fev)</source>
            <translation>Evaluation files (*.fev)</translation>
        </message>
        <message>
            <location filename="../../ui/shell/teamwork_menu.py" line="124" />
            <source>正在校验文件完整性…</source>
            <translation>Verifying file integrity…</translation>
        </message>
        <message>
            <location filename="../../ui/shell/teamwork_menu.py" line="33" />
            <source>合并组员副本…</source>
            <translation>Merge members' copies…</translation>
        </message>
        <message>
            <location filename="../../ui/shell/teamwork_menu.py" line="33" />
            <source>分发副本给组员…</source>
            <translation>Hand out a copy to a member…</translation>
        </message>
        <message>
            <location filename="../../ui/shell/teamwork_menu.py" line="34" />
            <source>导出数据包…</source>
            <translation>Export package…</translation>
        </message>
        <message>
            <location filename="../../ui/shell/teamwork_menu.py" line="35" />
            <source>备份与恢复…</source>
            <translation>Backup and restore…</translation>
        </message>
        <message>
            <location filename="../../ui/shell/teamwork_menu.py" line="35" />
            <source>校验文件完整性</source>
            <translation>Verify file integrity</translation>
        </message>
        <message>
            <location filename="../../ui/shell/teamwork_menu.py" line="68" />
            <source>已自动备份</source>
            <translation>Backed up automatically</translation>
        </message>
        <message>
            <location filename="../../ui/shell/teamwork_menu.py" line="131" />
            <source>文件有问题</source>
            <translation>The file has problems</translation>
        </message>
        <message>
            <location filename="../../ui/shell/teamwork_menu.py" line="133" />
            <source>文件完好</source>
            <translation>File is intact</translation>
        </message>
        <message>
            <location filename="../../ui/shell/teamwork_menu.py" line="134" />
            <source>数据库结构、证据校验值和审计轨迹的哈希链均通过校验。</source>
            <translation>Database structure, evidence checksums and the audit trail's hash chain all check out.</translation>
        </message>
        <message>
            <location filename="../../ui/shell/teamwork_menu.py" line="93" />
            <source>无法分发副本</source>
            <translation>Cannot hand out the copy</translation>
        </message>
        <message>
            <location filename="../../ui/shell/teamwork_menu.py" line="111" />
            <source>导入数据包</source>
            <translation>Import package</translation>
        </message>
        <message>
            <location filename="../../ui/shell/teamwork_menu.py" line="76" />
            <source>已合并：%1</source>
            <translation>Merged: %1</translation>
        </message>
        <message>
            <location filename="../../ui/shell/teamwork_menu.py" line="104" />
            <source>已导出数据包：%1</source>
            <translation>Package exported: %1</translation>
        </message>
        <message>
            <location filename="../../ui/shell/teamwork_menu.py" line="126" />
            <source>校验未能完成</source>
            <translation>Verification could not finish</translation>
        </message>
        <message>
            <location filename="../../ui/shell/teamwork_menu.py" line="96" />
            <source>已为 %1 写出副本：%2
组员改完交回后，用“合并组员副本”合并回来。</source>
            <translation>Copy for %1 written: %2
When the member hands it back, use “Merge members' copies” to bring it in.</translation>
        </message>
        <message>
            <location filename="../../ui/shell/teamwork_menu.py" line="112" />
            <source>已导入为 %1。现在打开它吗？</source>
            <translation>Imported as %1. Open it now?</translation>
        </message>
    </context>
    <context>
        <name>BindingBar</name>
        <message>
            <location filename="../../ui/walk/binding_bar.py" line="46" />
            <source>引用数据</source>
            <translation>Link data</translation>
        </message>
        <message>
            <location filename="../../ui/walk/binding_bar.py" line="54" />
            <source>数据</source>
            <translation>Data</translation>
        </message>
        <message>
            <location filename="../../ui/walk/binding_bar.py" line="56" />
            <source>只计资金来源含此文字的行（可空，如“续签”）</source>
            <translation>Only fund lines whose source contains this text (optional, e.g. “续签”)</translation>
        </message>
        <message>
            <location filename="../../ui/walk/binding_bar.py" line="57" />
            <source>资金范围</source>
            <translation>Fund scope</translation>
        </message>
        <message>
            <location filename="../../ui/walk/binding_bar.py" line="59" />
            <source>只计这张绩效目标表（可空，如“一期”）</source>
            <translation>Only this performance-target table (optional, e.g. “一期”)</translation>
        </message>
        <message>
            <location filename="../../ui/walk/binding_bar.py" line="60" />
            <source>目标表</source>
            <translation>Target table</translation>
        </message>
        <message>
            <location filename="../../ui/walk/binding_bar.py" line="62" />
            <source>第一份调查</source>
            <translation>First survey</translation>
        </message>
        <message>
            <location filename="../../ui/walk/binding_bar.py" line="65" />
            <source>满意度调查</source>
            <translation>Satisfaction survey</translation>
        </message>
        <message>
            <location filename="../../ui/walk/binding_bar.py" line="67" />
            <source>达到多少（%）视为满足</source>
            <translation>Counts as met from (%)</translation>
        </message>
        <message>
            <location filename="../../ui/walk/binding_bar.py" line="109" />
            <source>引用数据…</source>
            <translation>Link data…</translation>
        </message>
        <message>
            <location filename="../../ui/walk/binding_bar.py" line="111" />
            <source>改为手填</source>
            <translation>Type it here</translation>
        </message>
        <message>
            <location filename="../../ui/walk/binding_bar.py" line="134" />
            <source>重新绑定…</source>
            <translation>Link again…</translation>
        </message>
        <message>
            <location filename="../../ui/walk/binding_bar.py" line="131" />
            <source>手工录入（可改为引用资金、绩效目标或满意度数据）</source>
            <translation>Entered by hand (can be linked to funds, performance targets or survey data)</translation>
        </message>
        <message>
            <location filename="../../ui/walk/binding_bar.py" line="131" />
            <source>手工录入</source>
            <translation>By hand</translation>
        </message>
        <message>
            <source>资金表</source>
            <translation>Funds</translation>
        </message>
        <message>
            <source>绩效目标表</source>
            <translation>Targets</translation>
        </message>
        <message>
            <source>资金到位率</source>
            <translation>Funds in place rate</translation>
        </message>
        <message>
            <source>预算执行率</source>
            <translation>Budget execution rate</translation>
        </message>
        <message>
            <source>合同支付比例</source>
            <translation>Contract payment ratio</translation>
        </message>
        <message>
            <source>实际支付与合同额</source>
            <translation>Payments vs contract amount</translation>
        </message>
        <message>
            <source>绩效目标完成情况</source>
            <translation>Performance targets achieved</translation>
        </message>
        <message>
            <source>满意度</source>
            <translation>Survey</translation>
        </message>
    </context>
    <context>
        <name>RuleTypes</name>
        <message>
            <source>要点核查</source>
            <translation>Checklist</translation>
        </message>
        <message>
            <source>要点</source>
            <translation>Points</translation>
        </message>
        <message>
            <source>编号</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>分值</source>
            <translation>Weight</translation>
        </message>
        <message>
            <source>关键要点编号（不满足则本项不得分，可空）</source>
            <translation>Key point no. (if not met the item scores 0; optional)</translation>
        </message>
        <message>
            <source>要点判断</source>
            <translation>Points met</translation>
        </message>
        <message>
            <source>逐例扣分</source>
            <translation>Per-instance deduction</translation>
        </message>
        <message>
            <source>每例扣分</source>
            <translation>Points off per instance</translation>
        </message>
        <message>
            <source>单位</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>例</source>
            <translation>instance</translation>
        </message>
        <message>
            <source>项</source>
            <translation>item</translation>
        </message>
        <message>
            <source>处</source>
            <translation>place</translation>
        </message>
        <message>
            <source>次</source>
            <translation>time</translation>
        </message>
        <message>
            <source>个</source>
            <translation>item</translation>
        </message>
        <message>
            <source>篇</source>
            <translation>article</translation>
        </message>
        <message>
            <source>份</source>
            <translation>copy</translation>
        </message>
        <message>
            <source>件</source>
            <translation>document</translation>
        </message>
        <message>
            <source>条</source>
            <translation>entry</translation>
        </message>
        <message>
            <source>人次</source>
            <translation>person-time</translation>
        </message>
        <message>
            <source>人</source>
            <translation>person</translation>
        </message>
        <message>
            <source>名</source>
            <translation>person</translation>
        </message>
        <message>
            <source>位</source>
            <translation>person</translation>
        </message>
        <message>
            <source>家</source>
            <translation>organisation</translation>
        </message>
        <message>
            <source>起</source>
            <translation>incident</translation>
        </message>
        <message>
            <source>户次</source>
            <translation>household visit</translation>
        </message>
        <message>
            <source>户</source>
            <translation>household</translation>
        </message>
        <message>
            <source>张</source>
            <translation>sheet</translation>
        </message>
        <message>
            <source>笔</source>
            <translation>transaction</translation>
        </message>
        <message>
            <source>不符合例数</source>
            <translation>Non-compliant count</translation>
        </message>
        <message>
            <source>例数</source>
            <translation>count</translation>
        </message>
        <message>
            <source>达标线扣分</source>
            <translation>Threshold</translation>
        </message>
        <message>
            <source>满分线</source>
            <translation>Full marks at</translation>
        </message>
        <message>
            <source>方向</source>
            <translation>Direction</translation>
        </message>
        <message>
            <source>越高越好</source>
            <translation>Higher is better</translation>
        </message>
        <message>
            <source>越低越好</source>
            <translation>Lower is better</translation>
        </message>
        <message>
            <source>等于满分线也得满分</source>
            <translation>Full marks when equal</translation>
        </message>
        <message>
            <source>每差</source>
            <translation>Per shortfall of</translation>
        </message>
        <message>
            <source>扣</source>
            <translation>deduct</translation>
        </message>
        <message>
            <source>扣分方式</source>
            <translation>Deduction mode</translation>
        </message>
        <message>
            <source>扣分</source>
            <translation>Points lost</translation>
        </message>
        <message>
            <source>扣分值的百分比</source>
            <translation>Percent of the weight</translation>
        </message>
        <message>
            <source>不足一档按一档扣</source>
            <translation>Round partial steps up</translation>
        </message>
        <message>
            <source>录入方式</source>
            <translation>Input</translation>
        </message>
        <message>
            <source>直接填写比率</source>
            <translation>Enter the rate</translation>
        </message>
        <message>
            <source>分子 ÷ 分母</source>
            <translation>Numerator ÷ denominator</translation>
        </message>
        <message>
            <source>数值名称</source>
            <translation>Value label</translation>
        </message>
        <message>
            <source>分子名称</source>
            <translation>Numerator label</translation>
        </message>
        <message>
            <source>分母名称</source>
            <translation>Denominator label</translation>
        </message>
        <message>
            <source>实际值</source>
            <translation>Actual value</translation>
        </message>
        <message>
            <source>%</source>
            <translation>%</translation>
        </message>
        <message>
            <source>分子</source>
            <translation>Numerator</translation>
        </message>
        <message>
            <source>分母</source>
            <translation>Denominator</translation>
        </message>
        <message>
            <source>比率计分</source>
            <translation>Rate</translation>
        </message>
        <message>
            <source>超过 100% 按 100% 计</source>
            <translation>Cap at 100%</translation>
        </message>
        <message>
            <source>上限控制</source>
            <translation>Upper bound</translation>
        </message>
        <message>
            <source>每超过（%）</source>
            <translation>Per excess (%)</translation>
        </message>
        <message>
            <source>实际值名称</source>
            <translation>Actual value label</translation>
        </message>
        <message>
            <source>上限名称</source>
            <translation>Limit label</translation>
        </message>
        <message>
            <source>实际金额</source>
            <translation>Actual amount</translation>
        </message>
        <message>
            <source>上限</source>
            <translation>Limit</translation>
        </message>
        <message>
            <source>延迟扣分</source>
            <translation>Delay</translation>
        </message>
        <message>
            <source>每单位扣分</source>
            <translation>Points off per unit</translation>
        </message>
        <message>
            <source>月</source>
            <translation>month</translation>
        </message>
        <message>
            <source>天</source>
            <translation>day</translation>
        </message>
        <message>
            <source>周</source>
            <translation>week</translation>
        </message>
        <message>
            <source>季度</source>
            <translation>quarter</translation>
        </message>
        <message>
            <source>年</source>
            <translation>year</translation>
        </message>
        <message>
            <source>工作日</source>
            <translation>working day</translation>
        </message>
        <message>
            <source>小时</source>
            <translation>hour(s)</translation>
        </message>
        <message>
            <source>宽限</source>
            <translation>Grace</translation>
        </message>
        <message>
            <source>延迟</source>
            <translation>Delay</translation>
        </message>
        <message>
            <source>个月</source>
            <translation>months</translation>
        </message>
        <message>
            <source>完成比例</source>
            <translation>Completion</translation>
        </message>
        <message>
            <source>计划数与完成数</source>
            <translation>Planned and completed</translation>
        </message>
        <message>
            <source>分档计分</source>
            <translation>Tiers</translation>
        </message>
        <message>
            <source>分档</source>
            <translation>Tiers</translation>
        </message>
        <message>
            <source>下限</source>
            <translation>Min</translation>
        </message>
        <message>
            <source>含下限</source>
            <translation>Incl. min</translation>
        </message>
        <message>
            <source>含上限</source>
            <translation>Incl. max</translation>
        </message>
        <message>
            <source>得分</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>情形选择</source>
            <translation>Choice</translation>
        </message>
        <message>
            <source>情形</source>
            <translation>Cases</translation>
        </message>
        <message>
            <source>等级评定</source>
            <translation>Scale</translation>
        </message>
        <message>
            <source>等级</source>
            <translation>Level</translation>
        </message>
        <message>
            <source>得分比例（0–1）</source>
            <translation>Score share (0–1)</translation>
        </message>
        <message>
            <source>全有或全无</source>
            <translation>All or nothing</translation>
        </message>
        <message>
            <source>条件</source>
            <translation>Condition</translation>
        </message>
        <message>
            <source>是否满足</source>
            <translation>Met or not</translation>
        </message>
        <message>
            <source>酌情评分</source>
            <translation>Judgement</translation>
        </message>
        <message>
            <source>评定得分</source>
            <translation>Score given</translation>
        </message>
        <message>
            <source>分</source>
            <translation>pts</translation>
        </message>
        <message>
            <source>理由</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>酌情评分的理由（必填）</source>
            <translation>Reason for the judgement (required)</translation>
        </message>
        <message>
            <source>公式计分</source>
            <translation>Formula</translation>
        </message>
        <message>
            <source>公式</source>
            <translation>Formula</translation>
        </message>
        <message>
            <source>变量</source>
            <translation>Variables</translation>
        </message>
        <message>
            <source>名称</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>说明</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>变量的值</source>
            <translation>Variable values</translation>
        </message>
        <message>
            <source>；</source>
            <translation>; </translation>
        </message>
        <message>
            <source>第 %1 项</source>
            <translation>Item %1</translation>
        </message>
        <message>
            <source>%1（%2，%3 分）：</source>
            <translation>%1 (%2, %3 pts): </translation>
        </message>
        <message>
            <source>不满足“%1”，不得分</source>
            <translation>“%1” not met: no points</translation>
        </message>
        <message>
            <source>尚未判断</source>
            <translation>Not yet judged</translation>
        </message>
        <message>
            <source>满足“%1”，得满分 %2</source>
            <translation>“%1” met: full marks %2</translation>
        </message>
        <message>
            <source>满足（得 %1 分）</source>
            <translation>Met (%1 pts)</translation>
        </message>
        <message>
            <source>不满足（不得分）</source>
            <translation>Not met (0 pts)</translation>
        </message>
        <message>
            <source>满足“%1”得满分，否则不得分</source>
            <translation>Full score if “%1” is met, otherwise 0</translation>
        </message>
        <message>
            <source>满足得满分，否则不得分</source>
            <translation>Full score if met, otherwise 0</translation>
        </message>
        <message>
            <source>条件：</source>
            <translation>Condition: </translation>
        </message>
        <message>
            <source>扣 %1 分</source>
            <translation> deduct %1 pts</translation>
        </message>
        <message>
            <source>扣分值的 %1%（%2 分）</source>
            <translation> deduct %1% of the points (%2 pts)</translation>
        </message>
        <message>
            <source>值</source>
            <translation>value</translation>
        </message>
        <message>
            <source>%1 %2%3</source>
            <translation>%1 %2%3</translation>
        </message>
        <message>
            <source>%1 = %2 %3 ÷ %4 %5 × 100% = %6</source>
            <translation>%1 = %2 %3 ÷ %4 %5 × 100% = %6</translation>
        </message>
        <message>
            <source>，扣完为止，计 0 分</source>
            <translation>; nothing left to deduct: 0 pts</translation>
        </message>
        <message>
            <source>，不超过满分，计 %1 分</source>
            <translation>; capped at full marks: %1 pts</translation>
        </message>
        <message>
            <source>尚未评判</source>
            <translation>Not yet judged</translation>
        </message>
        <message>
            <source>%1%2 %3/%4</source>
            <translation>%1 %2 %3/%4</translation>
        </message>
        <message>
            <source>已评判 %1/%2 个要点，尚缺：%3</source>
            <translation>%1/%2 points judged; still to judge: %3</translation>
        </message>
        <message>
            <source>%1 %2 分</source>
            <translation>%1 %2 pts</translation>
        </message>
        <message>
            <source>、</source>
            <translation>, </translation>
        </message>
        <message>
            <source>；得分 = %1</source>
            <translation>; score = %1</translation>
        </message>
        <message>
            <source>关键要素：%1 不满足时本项不得分</source>
            <translation>Key point: if %1 is not met the item scores 0</translation>
        </message>
        <message>
            <source>%1 个要点，分值相加：</source>
            <translation>%1 points to check, their scores added: </translation>
        </message>
        <message>
            <source>关键要素“%1”不满足，本项不得分；</source>
            <translation>Key element “%1” not met: no points for this item; </translation>
        </message>
        <message>
            <source>尚未选择情形</source>
            <translation>No case chosen yet</translation>
        </message>
        <message>
            <source>%1（%2 分）</source>
            <translation>%1 (%2 pts)</translation>
        </message>
        <message>
            <source>%1 种情形：</source>
            <translation>%1 situations: </translation>
        </message>
        <message>
            <source>情形：%1，得 %2 分</source>
            <translation>Case: %1, %2 pts</translation>
        </message>
        <message>
            <source>，得分 = %1/%2 × %3 = %4</source>
            <translation>; score = %1/%2 × %3 = %4</translation>
        </message>
        <message>
            <source>，平均完成率 %1，得分 = %1 × %2 = %3</source>
            <translation>; average completion %1, score = %1 × %2 = %3</translation>
        </message>
        <message>
            <source>得分 = 完成数 ÷ 计划数 × 分值</source>
            <translation>Score = completed ÷ planned × item points</translation>
        </message>
        <message>
            <source>尚未填写计划数与完成数</source>
            <translation>Planned and completed numbers not entered yet</translation>
        </message>
        <message>
            <source>%1计划 %2%3，完成 %4%3，完成率 %5</source>
            <translation>%1planned %2%3, completed %4%3, completion %5</translation>
        </message>
        <message>
            <source>%1：</source>
            <translation>%1: </translation>
        </message>
        <message>
            <source>发现不符合 %1 %2，每%2扣 %3 分，得分 = %4 − %1 × %3 = %5</source>
            <translation>%1 %2 not in order, %3 pts off per %2: score = %4 − %1 × %3 = %5</translation>
        </message>
        <message>
            <source>每%1扣 %2 分，扣完为止</source>
            <translation>%2 pts off per %1, down to 0</translation>
        </message>
        <message>
            <source>尚未填写不符合的例数</source>
            <translation>Number of cases not in order not entered yet</translation>
        </message>
        <message>
            <source>未发现不符合情况，得满分 %1</source>
            <translation>Nothing found out of order: full marks %1</translation>
        </message>
        <message>
            <source>不符合%1数</source>
            <translation>Non-compliant (%1)</translation>
        </message>
        <message>
            <source>每%1扣 %2 分（↑↓ 增减）</source>
            <translation>−%2 pts per %1 (↑↓ to change)</translation>
        </message>
        <message>
            <source>个季度</source>
            <translation>quarters</translation>
        </message>
        <message>
            <source>个工作日</source>
            <translation>working days</translation>
        </message>
        <message>
            <source>个小时</source>
            <translation>hours</translation>
        </message>
        <message>
            <source>（扣除宽限 %1 %2）</source>
            <translation> (after %1 %2 of grace)</translation>
        </message>
        <message>
            <source>延迟 %1 %2%3，每%4扣 %5 分，得分 = %6 − %7 × %5 = %8</source>
            <translation>%1 %2 late%3, %5 pts off per %4: score = %6 − %7 × %5 = %8</translation>
        </message>
        <message>
            <source>按期完成得满分，每延迟 1 %1扣 %2 分</source>
            <translation>Full score when on time; %2 pts off per %1 late</translation>
        </message>
        <message>
            <source>尚未填写延迟时间</source>
            <translation>Delay not entered yet</translation>
        </message>
        <message>
            <source>按期完成（延迟 %1 %2），得满分 %3</source>
            <translation>On time (%1 %2 late): full marks %3</translation>
        </message>
        <message>
            <source>每%1扣 %2 分</source>
            <translation>−%2 pts per %1</translation>
        </message>
        <message>
            <source>（宽限 %1 %2）</source>
            <translation> (grace %1 %2)</translation>
        </message>
        <message>
            <source>得分 = %1</source>
            <translation>Score = %1</translation>
        </message>
        <message>
            <source>尚未填写</source>
            <translation>Not entered yet</translation>
        </message>
        <message>
            <source>，得分 = %1 = %2</source>
            <translation>; score = %1 = %2</translation>
        </message>
        <message>
            <source>公式：</source>
            <translation>Formula: </translation>
        </message>
        <message>
            <source>；其中 </source>
            <translation>; where </translation>
        </message>
        <message>
            <source>%1：%2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>评价组在 0～%1 分内评定 %2 分，理由：%3</source>
            <translation>The team gave %2 of 0–%1 pts; reason: %3</translation>
        </message>
        <message>
            <source>由评价组酌情评分，并写明理由</source>
            <translation>Scored by the team's judgement, with the reason written down</translation>
        </message>
        <message>
            <source>尚未评分</source>
            <translation>Not scored yet</translation>
        </message>
        <message>
            <source>0～%1</source>
            <translation>0–%1</translation>
        </message>
        <message>
            <source>得分 = %1 × 分值</source>
            <translation>Score = %1 × item points</translation>
        </message>
        <message>
            <source>，得分 = %1 × %2 = %3</source>
            <translation>; score = %1 × %2 = %3</translation>
        </message>
        <message>
            <source>比率</source>
            <translation>rate</translation>
        </message>
        <message>
            <source>，超过 100% 按 100% 计</source>
            <translation>; above 100% counts as 100%</translation>
        </message>
        <message>
            <source>尚未评定等级</source>
            <translation>No level chosen yet</translation>
        </message>
        <message>
            <source>等级：</source>
            <translation>Levels: </translation>
        </message>
        <message>
            <source>评定为“%1”（%2），得分 = %2 × %3 = %4</source>
            <translation>Rated “%1” (%2): score = %2 × %3 = %4</translation>
        </message>
        <message>
            <source>%1 得分值的 %2</source>
            <translation>%1: %2 of the item points</translation>
        </message>
        <message>
            <source>，低于 %1%2 %3 %4，每 %5%2</source>
            <translation>, %3 %4 below %1%2; per %5%2</translation>
        </message>
        <message>
            <source>，高于 %1%2 %3 %4，每 %5%2</source>
            <translation>, %3 %4 above %1%2; per %5%2</translation>
        </message>
        <message>
            <source>个百分点</source>
            <translation>percentage points</translation>
        </message>
        <message>
            <source>，得分 = %1 − %2 × %3 = %4</source>
            <translation>; score = %1 − %2 × %3 = %4</translation>
        </message>
        <message>
            <source>，每低于 %1%2 %3</source>
            <translation>; for each %1%2 below:%3</translation>
        </message>
        <message>
            <source>，每高于 %1%2 %3</source>
            <translation>; for each %1%2 above:%3</translation>
        </message>
        <message>
            <source>，%1 %2%3，得满分 %4</source>
            <translation>, %1 %2%3: full marks %4</translation>
        </message>
        <message>
            <source>达标线：%1 %2%3 得满分</source>
            <translation>Full score at %1 %2%3</translation>
        </message>
        <message>
            <source>（不足一档按一档扣）</source>
            <translation> (a part step counts as a whole step)</translation>
        </message>
        <message>
            <source>%1～%2</source>
            <translation>%1 to %2</translation>
        </message>
        <message>
            <source>，不在任何分档内，计 0 分</source>
            <translation>, in no band: 0 pts</translation>
        </message>
        <message>
            <source>分档：</source>
            <translation>Tiers: </translation>
        </message>
        <message>
            <source>不限</source>
            <translation>no limit</translation>
        </message>
        <message>
            <source>%1%2（含）</source>
            <translation>%1%2 (incl.)</translation>
        </message>
        <message>
            <source>%1%2（不含）</source>
            <translation>%1%2 (excl.)</translation>
        </message>
        <message>
            <source>%1：%2 分</source>
            <translation>%1: %2 pts</translation>
        </message>
        <message>
            <source>，落在“%1”档，得 %2 分</source>
            <translation>, in the band “%1”: %2 pts</translation>
        </message>
        <message>
            <source>%1未超过%2得满分，每超 %3% %4</source>
            <translation>Full score when %1 is within %2; for each %3% over:%4</translation>
        </message>
        <message>
            <source>%1 %2 未超过%3 %4，得满分 %5</source>
            <translation>%1 %2 within the %3 %4: full marks %5</translation>
        </message>
        <message>
            <source>%1 %2 超过%3 %4 的 %5，每超 %6%</source>
            <translation>%1 %2 exceeds the %3 %4 by %5; per %6% over</translation>
        </message>
        <message>
            <source>。合计 %1 分</source>
            <translation>. Total %1 pts</translation>
        </message>
        <message>
            <source>%1（%2 分）：</source>
            <translation>%1 (%2 pts): </translation>
        </message>
        <message>
            <source>输入有误：%1</source>
            <translation>Input not accepted: %1</translation>
        </message>
    </context>
    <context>
        <name>Charts</name>
        <message>
            <source>一级指标得分率</source>
            <translation>Level-1 score rates</translation>
        </message>
        <message>
            <source>二级指标得分率</source>
            <translation>Level-2 score rates</translation>
        </message>
        <message>
            <source>扣分项</source>
            <translation>Points lost</translation>
        </message>
        <message>
            <source>分年度资金</source>
            <translation>Funds by year</translation>
        </message>
        <message>
            <source>绩效目标完成情况</source>
            <translation>Performance targets achieved</translation>
        </message>
        <message>
            <source>满意度</source>
            <translation>Survey</translation>
        </message>
        <message>
            <source>扣分</source>
            <translation>Points lost</translation>
        </message>
        <message>
            <source>金额（万元）</source>
            <translation>Amount (10k yuan)</translation>
        </message>
        <message>
            <source>分年度资金情况</source>
            <translation>Funds by year</translation>
        </message>
        <message>
            <source>完成率（%）</source>
            <translation>Completion (%)</translation>
        </message>
        <message>
            <source>没有指标</source>
            <translation>No indicators</translation>
        </message>
        <message>
            <source>得分率（%）</source>
            <translation>Score rate (%)</translation>
        </message>
        <message>
            <source>各一级指标得分率</source>
            <translation>Score rate of each level-1 indicator</translation>
        </message>
        <message>
            <source>各二级指标得分率</source>
            <translation>Score rate of each level-2 indicator</translation>
        </message>
        <message>
            <source>没有扣分</source>
            <translation>No points lost</translation>
        </message>
        <message>
            <source>资金表中没有分年度的数据</source>
            <translation>The funds table has no figures by year</translation>
        </message>
        <message>
            <source>预算</source>
            <translation>Budget</translation>
        </message>
        <message>
            <source>到位</source>
            <translation>Arrived</translation>
        </message>
        <message>
            <source>支出</source>
            <translation>Spent</translation>
        </message>
        <message>
            <source>绩效目标表中没有可计算完成率的目标</source>
            <translation>No target in the targets table has a completion rate</translation>
        </message>
        <message>
            <source>还没有满意度调查</source>
            <translation>No satisfaction survey yet</translation>
        </message>
        <message>
            <source>总体</source>
            <translation>Overall</translation>
        </message>
        <message>
            <source>满意率（%）</source>
            <translation>Satisfied (%)</translation>
        </message>
        <message>
            <source>加权满意度（分）</source>
            <translation>Weighted satisfaction (pts)</translation>
        </message>
        <message>
            <source>扣分项（从大到小，共扣 %1 分）</source>
            <translation>Points lost (largest first, %1 pts in all)</translation>
        </message>
        <message>
            <source>满意度（有效问卷 %1 份）</source>
            <translation>Satisfaction (%1 valid questionnaires)</translation>
        </message>
        <message>
            <source>（前 %1 项）</source>
            <translation> (first %1)</translation>
        </message>
    </context>
    <context>
        <name>StoredValues</name>
        <message>
            <source>优</source>
            <translation>Excellent</translation>
        </message>
        <message>
            <source>良</source>
            <translation>Good</translation>
        </message>
        <message>
            <source>中</source>
            <translation>Fair</translation>
        </message>
        <message>
            <source>差</source>
            <translation>Poor</translation>
        </message>
        <message>
            <source>较差</source>
            <translation>Weak</translation>
        </message>
        <message>
            <source>全国通用（财预〔2020〕10号：优/良/中/差）</source>
            <translation>National (Cai Yu [2020] No. 10: Excellent/Good/Fair/Poor)</translation>
        </message>
        <message>
            <source>优/良/较差/差（中档称“较差”）</source>
            <translation>Excellent/Good/Weak/Poor (middle band called “Weak”)</translation>
        </message>
        <message>
            <source>组长</source>
            <translation>Team leader</translation>
        </message>
        <message>
            <source>组员</source>
            <translation>Team member</translation>
        </message>
        <message>
            <source>专家</source>
            <translation>Expert</translation>
        </message>
        <message>
            <source>复核人</source>
            <translation>Reviewer</translation>
        </message>
        <message>
            <source>项目负责人</source>
            <translation>Project lead</translation>
        </message>
        <message>
            <source>部门复核</source>
            <translation>Department review</translation>
        </message>
        <message>
            <source>质控复核</source>
            <translation>Quality review</translation>
        </message>
        <message>
            <source>政策制度落实程度</source>
            <translation>Policy implementation</translation>
        </message>
        <message>
            <source>项目管理规范程度</source>
            <translation>Project management</translation>
        </message>
        <message>
            <source>资金分配科学程度</source>
            <translation>Allocation of funds</translation>
        </message>
        <message>
            <source>资金使用规范程度</source>
            <translation>Use of funds</translation>
        </message>
        <message>
            <source>资金效益实现程度</source>
            <translation>Results of the funds</translation>
        </message>
        <message>
            <source>财政评价</source>
            <translation>Evaluation by the finance department</translation>
        </message>
        <message>
            <source>部门评价</source>
            <translation>Evaluation by the department</translation>
        </message>
        <message>
            <source>单位自评</source>
            <translation>Self-evaluation by the unit</translation>
        </message>
        <message>
            <source>＞</source>
            <translation>＞</translation>
        </message>
        <message>
            <source>≥</source>
            <translation>≥</translation>
        </message>
        <message>
            <source>约</source>
            <translation>about</translation>
        </message>
        <message>
            <source>访谈</source>
            <translation>Interview</translation>
        </message>
        <message>
            <source>实地勘察</source>
            <translation>Site inspection</translation>
        </message>
        <message>
            <source>资料核查</source>
            <translation>Document check</translation>
        </message>
        <message>
            <source>评价项目</source>
            <translation>Evaluation</translation>
        </message>
        <message>
            <source>评价组成员</source>
            <translation>Team member</translation>
        </message>
        <message>
            <source>指标</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <source>评分</source>
            <translation>Scoring</translation>
        </message>
        <message>
            <source>专家评分</source>
            <translation>Expert score</translation>
        </message>
        <message>
            <source>问题</source>
            <translation>Finding</translation>
        </message>
        <message>
            <source>问题与指标的关联</source>
            <translation>Finding–indicator link</translation>
        </message>
        <message>
            <source>证据</source>
            <translation>Evidence</translation>
        </message>
        <message>
            <source>证据关联</source>
            <translation>Evidence link</translation>
        </message>
        <message>
            <source>现场记录</source>
            <translation>Field record</translation>
        </message>
        <message>
            <source>绩效目标</source>
            <translation>Performance target</translation>
        </message>
        <message>
            <source>资金</source>
            <translation>Funds</translation>
        </message>
        <message>
            <source>满意度调查</source>
            <translation>Satisfaction survey</translation>
        </message>
        <message>
            <source>问卷</source>
            <translation>Questionnaire</translation>
        </message>
        <message>
            <source>报告章节</source>
            <translation>Report chapter</translation>
        </message>
        <message>
            <source>简要情况表</source>
            <translation>Summary sheet</translation>
        </message>
        <message>
            <source>签署</source>
            <translation>Sign-off</translation>
        </message>
        <message>
            <source>评分录入</source>
            <translation>Scoring inputs</translation>
        </message>
        <message>
            <source>调整后得分</source>
            <translation>Overridden score</translation>
        </message>
        <message>
            <source>调整理由</source>
            <translation>Override reason</translation>
        </message>
        <message>
            <source>不适用</source>
            <translation>Not applicable</translation>
        </message>
        <message>
            <source>不适用理由</source>
            <translation>Reason not applicable</translation>
        </message>
        <message>
            <source>评分说明</source>
            <translation>Scoring note</translation>
        </message>
        <message>
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>负责人</source>
            <translation>Assigned to</translation>
        </message>
        <message>
            <source>复核时间</source>
            <translation>Reviewed at</translation>
        </message>
        <message>
            <source>复核意见</source>
            <translation>Review comment</translation>
        </message>
        <message>
            <source>自评分</source>
            <translation>Self</translation>
        </message>
        <message>
            <source>得分</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>存在具体问题</source>
            <translation>Specific problem</translation>
        </message>
        <message>
            <source>涉及金额</source>
            <translation>Amount involved</translation>
        </message>
        <message>
            <source>原因分析</source>
            <translation>Cause</translation>
        </message>
        <message>
            <source>建议</source>
            <translation>Recommendation</translation>
        </message>
        <message>
            <source>问题类别</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>备注</source>
            <translation>Remarks</translation>
        </message>
        <message>
            <source>名称</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>分值</source>
            <translation>Weight</translation>
        </message>
        <message>
            <source>满分</source>
            <translation>Full marks</translation>
        </message>
        <message>
            <source>指标解释</source>
            <translation>Definition</translation>
        </message>
        <message>
            <source>评价要点</source>
            <translation>Points to assess</translation>
        </message>
        <message>
            <source>正文</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>设置</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>说明</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>记录</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>顺序</source>
            <translation>Order</translation>
        </message>
        <message>
            <source>非常满意</source>
            <translation>Very satisfied</translation>
        </message>
        <message>
            <source>满意</source>
            <translation>Satisfied</translation>
        </message>
        <message>
            <source>一般</source>
            <translation>Neutral</translation>
        </message>
        <message>
            <source>不满意</source>
            <translation>Dissatisfied</translation>
        </message>
        <message>
            <source>一、基本情况</source>
            <translation>1. Basic information</translation>
        </message>
        <message>
            <source>二、评价工作开展情况</source>
            <translation>2. How the evaluation was carried out</translation>
        </message>
        <message>
            <source>三、综合评价情况及评价结论</source>
            <translation>3. Overall assessment and conclusion</translation>
        </message>
        <message>
            <source>四、绩效评价指标分析</source>
            <translation>4. Analysis by indicator</translation>
        </message>
        <message>
            <source>五、主要经验及做法、存在的问题及原因分析</source>
            <translation>5. Good practice, problems and their causes</translation>
        </message>
        <message>
            <source>六、有关建议</source>
            <translation>6. Recommendations</translation>
        </message>
        <message>
            <source>七、其他需要说明的问题</source>
            <translation>7. Other matters</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>{label}“{value}”格式不对，应为 年-月-日（如 2024-09-30）</source>
            <translation>{label} “{value}” is not a valid date; use year-month-day (e.g. 2024-09-30)</translation>
        </message>
        <message>
            <source>{label}“{value}”格式不对，应为 年-月-日 或 年-月-日 时:分（如 2024-09-30 14:30）</source>
            <translation>{label} “{value}” is not valid; use year-month-day or year-month-day hour:minute (e.g. 2024-09-30 14:30)</translation>
        </message>
        <message>
            <source>数值</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>“{label}”必须是数字</source>
            <translation>“{label}” must be a number</translation>
        </message>
        <message>
            <source>“{label}”必须是有限的数字</source>
            <translation>“{label}” must be a finite number</translation>
        </message>
        <message>
            <source>“{label}”不能为负数</source>
            <translation>“{label}” cannot be negative</translation>
        </message>
        <message>
            <source>“{label}”不能为空</source>
            <translation>“{label}” cannot be empty</translation>
        </message>
        <message>
            <source>“{label}”必须是数字，“{value}”无法识别</source>
            <translation>“{label}” must be a number; “{value}” is not recognised</translation>
        </message>
        <message>
            <source>无法读取该文件（{kind}），请确认它没有被其他程序独占打开，且有读取权限</source>
            <translation>The file cannot be read ({kind}); make sure no other program holds it open exclusively and that you may read it</translation>
        </message>
        <message>
            <source>这是旧版 Excel（.xls）文件，请在 Excel 或 WPS 中“另存为”.xlsx 后再导入</source>
            <translation>This is an old Excel (.xls) file; open it in Excel or WPS, use “Save As” to save it as .xlsx, and import that</translation>
        </message>
        <message>
            <source>这是 WPS 表格（{suffix}）文件，请在 WPS 中“另存为”.xlsx 后再导入</source>
            <translation>This is a WPS Spreadsheets ({suffix}) file; open it in WPS, use “Save As” to save it as .xlsx, and import that</translation>
        </message>
        <message>
            <source>这是 Numbers 表格（.numbers）文件，请在 Numbers 中“导出到”Excel（.xlsx）后再导入</source>
            <translation>This is a Numbers (.numbers) document; in Numbers use “Export To” Excel (.xlsx), and import that</translation>
        </message>
        <message>
            <source>文字编码无法识别（请存为 UTF-8 或 GBK 编码的 CSV）</source>
            <translation>The text encoding is not recognised (save the CSV in UTF-8 or GBK encoding)</translation>
        </message>
        <message>
            <source>只能导入 CSV 或 Excel（.xlsx）文件</source>
            <translation>Only CSV or Excel (.xlsx) files can be imported</translation>
        </message>
        <message>
            <source>“{name}”：{reason}</source>
            <translation>“{name}”: {reason}</translation>
        </message>
        <message>
            <source>找不到该文件</source>
            <translation>File not found</translation>
        </message>
        <message>
            <source>这是一个文件夹，不是表格文件；请选择要导入的文件</source>
            <translation>This is a folder, not a spreadsheet file; choose the file to import</translation>
        </message>
        <message>
            <source>文件是空的（0 字节）</source>
            <translation>The file is empty (0 bytes)</translation>
        </message>
        <message>
            <source>文件名没有扩展名，无法判断是什么文件；只能导入 CSV 或 Excel（.xlsx）文件</source>
            <translation>The file name has no extension, so its kind cannot be told; only CSV or Excel (.xlsx) files can be imported</translation>
        </message>
        <message>
            <source>这是文本表格（{suffix}），这里只能导入 Excel（.xlsx）文件；请在 Excel 或 WPS 中打开后“另存为”.xlsx</source>
            <translation>This is a text table ({suffix}); only Excel (.xlsx) files can be imported here: open it in Excel or WPS and use “Save As” to save it as .xlsx</translation>
        </message>
        <message>
            <source>只能导入 Excel（.xlsx）文件，不能导入“{suffix}”文件</source>
            <translation>Only Excel (.xlsx) files can be imported, not “{suffix}” files</translation>
        </message>
        <message>
            <source>这个文件的内容是旧版 Excel（.xls）或 WPS 表格（.et）格式，只是扩展名为 {suffix}；请在 Excel 或 WPS 中“另存为”.xlsx 后再导入</source>
            <translation>This file's content is an old Excel (.xls) or WPS Spreadsheets (.et) workbook, only named {suffix}; open it in Excel or WPS, use “Save As” to save it as .xlsx, and import that</translation>
        </message>
        <message>
            <source>文件名没有扩展名，看内容是旧版 Excel（.xls）或 WPS 表格（.et）文件；请在 Excel 或 WPS 中“另存为”.xlsx 后再导入</source>
            <translation>The file name has no extension, and its content is an old Excel (.xls) or WPS Spreadsheets (.et) workbook; open it in Excel or WPS, use “Save As” to save it as .xlsx, and import that</translation>
        </message>
        <message>
            <source>文件名没有扩展名，看内容可能是 Excel（.xlsx）文件；请把文件名改为以 .xlsx 结尾后再导入</source>
            <translation>The file name has no extension; its content looks like an Excel (.xlsx) workbook: rename it to end in .xlsx and import it again</translation>
        </message>
        <message>
            <source>文件名没有扩展名，无法判断是什么文件；只能导入 Excel（.xlsx）文件</source>
            <translation>The file name has no extension, so its kind cannot be told; only Excel (.xlsx) files can be imported</translation>
        </message>
        <message>
            <source>不是有效的 Excel（.xlsx）文件，无法打开；请确认文件没有损坏，且是 .xlsx 格式（WPS 表格可另存为 .xlsx）</source>
            <translation>This is not a valid Excel (.xlsx) file and cannot be opened; make sure it is not damaged and is in .xlsx format (WPS Spreadsheets can save as .xlsx)</translation>
        </message>
        <message>
            <source>无法读取该 Excel 文件（{kind}），请确认是 .xlsx 格式</source>
            <translation>The Excel file cannot be read ({kind}); make sure it is in .xlsx format</translation>
        </message>
        <message>
            <source>未知的项目信息字段：{unknown}</source>
            <translation>Unknown project information field: {unknown}</translation>
        </message>
        <message>
            <source>该指标已不存在</source>
            <translation>This indicator no longer exists</translation>
        </message>
        <message>
            <source>状态只能是：{STATUSES}</source>
            <translation>Status can only be: {STATUSES}</translation>
        </message>
        <message>
            <source>年度 {y} 不在合理范围内</source>
            <translation>Year {y} is out of range</translation>
        </message>
        <message>
            <source>指标“{name}”没有评分项“{item_key}”</source>
            <translation>Indicator “{name}” has no scoring item “{item_key}”</translation>
        </message>
        <message>
            <source>标记“不适用”必须说明理由</source>
            <translation>Marking as “not applicable” needs a reason</translation>
        </message>
        <message>
            <source>年度“{value}”必须是整数</source>
            <translation>Year “{value}” must be a whole number</translation>
        </message>
        <message>
            <source>指标“{name}”没有评分项“{k}”</source>
            <translation>Indicator “{name}” has no scoring item “{k}”</translation>
        </message>
        <message>
            <source>调整后得分</source>
            <translation>Overridden score</translation>
        </message>
        <message>
            <source>调整后得分 {v} 超过“{name}”的分值 {max_points}</source>
            <translation>Adjusted score {v} exceeds the {max_points} points of “{name}”</translation>
        </message>
        <message>
            <source>调整得分必须填写理由</source>
            <translation>An adjusted score needs a reason</translation>
        </message>
        <message>
            <source>问题标题不能为空</source>
            <translation>The finding needs a title</translation>
        </message>
        <message>
            <source>该问题已被删除</source>
            <translation>This finding has been deleted</translation>
        </message>
        <message>
            <source>涉及金额</source>
            <translation>Amount involved</translation>
        </message>
        <message>
            <source>扣分</source>
            <translation>Points deducted</translation>
        </message>
        <message>
            <source>问题类别“{v}”不在本评价的类别中（{cats}）</source>
            <translation>Finding category “{v}” is not one of this evaluation's categories ({cats})</translation>
        </message>
        <message>
            <source>{subject}，报告采用哪一个？</source>
            <translation>{subject}: which one does the report use?</translation>
        </message>
        <message>
            <source>{label} {rate}</source>
            <translation>{label} {rate}</translation>
        </message>
        <message>
            <source>；</source>
            <translation>; </translation>
        </message>
        <message>
            <source>{subject}：{figures}。经评价组确认，本报告采用{chosen}。</source>
            <translation>{subject}: {figures}. The evaluation team confirmed that this report uses {chosen}.</translation>
        </message>
        <message>
            <source>资金到位率</source>
            <translation>Funds in place rate</translation>
        </message>
        <message>
            <source>到位率</source>
            <translation>Arrival rate</translation>
        </message>
        <message>
            <source>预算执行率</source>
            <translation>Budget execution rate</translation>
        </message>
        <message>
            <source>执行率</source>
            <translation>Exec. rate</translation>
        </message>
        <message>
            <source>{label} —</source>
            <translation>{label} —</translation>
        </message>
        <message>
            <source>{label} {amount} 万元</source>
            <translation>{label} {amount} (10k yuan)</translation>
        </message>
        <message>
            <source>{subject}：{figures}。报告采用哪一个尚待评价组确认。</source>
            <translation>{subject}: {figures}. Which one the report uses is still to be confirmed by the evaluation team.</translation>
        </message>
        <message>
            <source>没有这个待确认的资金数据：{key}（资金数据没有不一致之处）</source>
            <translation>No open fund question “{key}” (the fund figures have no disagreements)</translation>
        </message>
        <message>
            <source>只能选 1～{figures}</source>
            <translation>Choose between 1 and {figures}</translation>
        </message>
        <message>
            <source>支出合计与已支付合计不一致</source>
            <translation>Total spent and total paid disagree</translation>
        </message>
        <message>
            <source>没有这个待确认的资金数据：{key}（现有：{current}）</source>
            <translation>No open fund question “{key}” (open: {current})</translation>
        </message>
        <message>
            <source>项目信息的资金总额与资金情况表的各项合计均不一致</source>
            <translation>The total funds in the project information match none of the fund table's totals</translation>
        </message>
        <message>
            <source>支出合计（按年度支出行相加）</source>
            <translation>Total spent (sum of the yearly spending lines)</translation>
        </message>
        <message>
            <source>已支付合计（按收款单位行相加）</source>
            <translation>Total paid (sum of the payee lines)</translation>
        </message>
        <message>
            <source>资金情况表预算合计</source>
            <translation>Fund table total budget</translation>
        </message>
        <message>
            <source>资金情况表到位合计</source>
            <translation>Fund table total arrived</translation>
        </message>
        <message>
            <source>资金情况表支出合计</source>
            <translation>Fund table total spent</translation>
        </message>
        <message>
            <source>资金情况表已支付合计</source>
            <translation>Fund table total paid</translation>
        </message>
        <message>
            <source>报告正文所写{word}与资金情况表合计算得的{name}不一致</source>
            <translation>{word} written in the report text disagrees with {name} computed from the fund table's totals</translation>
        </message>
        <message>
            <source>项目信息的资金总额</source>
            <translation>Total funds in the project information</translation>
        </message>
        <message>
            <source>报告正文所写{word}</source>
            <translation>{word} written in the report text</translation>
        </message>
        <message>
            <source>资金情况表合计的{name}</source>
            <translation>{name} from the fund table's totals</translation>
        </message>
        <message>
            <source>评价组成员</source>
            <translation>team member</translation>
        </message>
        <message>
            <source>绩效目标</source>
            <translation>performance target</translation>
        </message>
        <message>
            <source>资金明细</source>
            <translation>Fund lines</translation>
        </message>
        <message>
            <source>报告章节</source>
            <translation>Chapters</translation>
        </message>
        <message>
            <source>简要情况表行</source>
            <translation>Summary table rows</translation>
        </message>
        <message>
            <source>比较符“{value}”无法识别，只能是 ≥、&gt;、=、≤、&lt; 或留空</source>
            <translation>Comparator “{value}” is not recognised; it can only be ≥, &gt;, =, ≤, &lt; or empty</translation>
        </message>
        <message>
            <source>年度“{v}”必须是整数（如 2024）</source>
            <translation>Year “{v}” must be a whole number (e.g. 2024)</translation>
        </message>
        <message>
            <source>年度 {v} 不在合理范围内</source>
            <translation>Year {v} is out of range</translation>
        </message>
        <message>
            <source>角色过长（最多 20 个字）</source>
            <translation>Role is too long (at most 20 characters)</translation>
        </message>
        <message>
            <source>{label}不能为空</source>
            <translation>{label} cannot be empty</translation>
        </message>
        <message>
            <source>{label}过长（最多 {limit} 个字）</source>
            <translation>{label} is too long (at most {limit} characters)</translation>
        </message>
        <message>
            <source>序号“{v}”必须是整数</source>
            <translation>Number “{v}” must be a whole number</translation>
        </message>
        <message>
            <source>{noun}没有“{k}”这一项</source>
            <translation>{noun} has no field “{k}”</translation>
        </message>
        <message>
            <source>该{noun}已被删除</source>
            <translation>This entry ({noun}) has been deleted</translation>
        </message>
        <message>
            <source>该{noun}已存在</source>
            <translation>This entry ({noun}) already exists</translation>
        </message>
        <message>
            <source>取自{source}：{words}</source>
            <translation>From the {source}: {words}</translation>
        </message>
        <message>
            <source>资金页</source>
            <translation>Funds page</translation>
        </message>
        <message>
            <source>来自 {page}{scope}：{words}</source>
            <translation>From the {page}{scope}: {words}</translation>
        </message>
        <message>
            <source>{payee}：合同额 {contract} 万元，已付 {paid} 万元，支付比例 {share}，超过竣工结算审计前 {cap}% 的支付上限</source>
            <translation>{payee}: contract {contract} (10k yuan), paid {paid} (10k yuan), share paid {share}, above the {cap}% payment cap before the final audit</translation>
        </message>
        <message>
            <source>{parts} — 采用哪个？</source>
            <translation>{parts} — which one?</translation>
        </message>
        <message>
            <source>{n_name} {n} 万元，{d_name} {d} 万元</source>
            <translation>{n_name} {n} (10k yuan), {d_name} {d} (10k yuan)</translation>
        </message>
        <message>
            <source>支付比例上限</source>
            <translation>Payment cap</translation>
        </message>
        <message>
            <source>支付比例上限不能超过 100%</source>
            <translation>The payment cap cannot exceed 100%</translation>
        </message>
        <message>
            <source>请选择要引用的数据（资金、绩效目标或满意度）</source>
            <translation>Choose the figure to use (funds, performance targets or satisfaction)</translation>
        </message>
        <message>
            <source>“{name}”的评分规则（{type}）不能引用“{FIGURES}”</source>
            <translation>The scoring rule of “{name}” ({type}) cannot use “{FIGURES}”</translation>
        </message>
        <message>
            <source>“{name}”的该评分项没有引用数据</source>
            <translation>This scoring item of “{name}” uses no figure</translation>
        </message>
        <message>
            <source>引用的数据无效：{reason}</source>
            <translation>The figure used is not valid: {reason}</translation>
        </message>
        <message>
            <source>{text}；达到 {line}%，视为满足</source>
            <translation>{text}; reaches {line}%, counted as met</translation>
        </message>
        <message>
            <source>{text}；未达到 {line}%，视为不满足</source>
            <translation>{text}; below {line}%, counted as not met</translation>
        </message>
        <message>
            <source>{name} {value}</source>
            <translation>{name} {value}</translation>
        </message>
        <message>
            <source>“{name}”的该评分项没有引用资金页的金额</source>
            <translation>This scoring item of “{name}” does not use the amounts on the Funds page</translation>
        </message>
        <message>
            <source>达标线</source>
            <translation>Threshold</translation>
        </message>
        <message>
            <source>“{name}”：引用的数据无法用于该规则：{exc}</source>
            <translation>“{name}”: the figure cannot be used by this rule: {exc}</translation>
        </message>
        <message>
            <source>{page}算得{figure} {there}，此处录入的不同</source>
            <translation>The {page} computes {figure} {there}; what was typed here differs</translation>
        </message>
        <message>
            <source>{name}，{count} 项计划数与完成数</source>
            <translation>{name}, {count} planned and actual figures</translation>
        </message>
        <message>
            <source>请填写{value}</source>
            <translation>Please fill in {value}</translation>
        </message>
        <message>
            <source>{page}为 {there}，此处为 {here}%</source>
            <translation>The {page} has {there}, here it is {here}%</translation>
        </message>
        <message>
            <source>{page}为 {there}，此处为空</source>
            <translation>The {page} has {there}, here it is empty</translation>
        </message>
        <message>
            <source>已支付金额 {paid} 万元，合同金额 {contract} 万元</source>
            <translation>Paid {paid} (10k yuan), contract amount {contract} (10k yuan)</translation>
        </message>
        <message>
            <source>{name}（{page}尚无数据，录入后自动计入）</source>
            <translation>{name} (the {page} has no data yet; it counts once entered)</translation>
        </message>
        <message>
            <source>{name}：{page}为 {there} 万元，此处为 {here} 万元</source>
            <translation>{name}: the {page} has {there} (10k yuan), here it is {here} (10k yuan)</translation>
        </message>
        <message>
            <source>{name}：{page}尚无，此处为 {here} 万元</source>
            <translation>{name}: the {page} has none yet, here it is {here} (10k yuan)</translation>
        </message>
        <message>
            <source>资金页有 {value} 行{name}（合计 {now} 万元），请在资金页逐行修改</source>
            <translation>The Funds page has {value} lines of {name} (total {now} (10k yuan)); change them line by line on the Funds page</translation>
        </message>
        <message>
            <source>证据文件内容已不在评价文件中</source>
            <translation>The evidence file's content is no longer in the evaluation file</translation>
        </message>
        <message>
            <source>该现场记录已被删除</source>
            <translation>This field record has been deleted</translation>
        </message>
        <message>
            <source>“{name}”太大，证据文件不能超过 {max_bytes}</source>
            <translation>“{name}” is too large; an evidence file cannot exceed {max_bytes}</translation>
        </message>
        <message>
            <source>证据没有这些字段：{unknown}</source>
            <translation>Evidence has no such fields: {unknown}</translation>
        </message>
        <message>
            <source>证据文件名不能为空</source>
            <translation>The evidence file name cannot be empty</translation>
        </message>
        <message>
            <source>证据文件名不安全，无法导出</source>
            <translation>The evidence file name is unsafe; it cannot be exported</translation>
        </message>
        <message>
            <source>该证据已被删除</source>
            <translation>This evidence has been deleted</translation>
        </message>
        <message>
            <source>证据只能关联到指标或问题，不能关联到“{kind}”</source>
            <translation>Evidence can only be linked to an indicator or a finding, not to “{kind}”</translation>
        </message>
        <message>
            <source>要关联的{LINK_KINDS}已不存在</source>
            <translation>The {LINK_KINDS} to link to no longer exists</translation>
        </message>
        <message>
            <source>找不到文件“{name}”，无法作为证据添加</source>
            <translation>File “{name}” not found; it cannot be added as evidence</translation>
        </message>
        <message>
            <source>“{name}”是文件夹或设备，不是普通文件，无法作为证据添加</source>
            <translation>“{name}” is a folder or a device, not a regular file; it cannot be added as evidence</translation>
        </message>
        <message>
            <source>“{name}”太大（{size}），证据文件不能超过 {max_bytes}</source>
            <translation>“{name}” is too large ({size}); an evidence file cannot exceed {max_bytes}</translation>
        </message>
        <message>
            <source>无法读取“{name}”：{value}</source>
            <translation>Cannot read “{name}”: {value}</translation>
        </message>
        <message>
            <source>该证据已存在，无需恢复</source>
            <translation>This evidence already exists; nothing to restore</translation>
        </message>
        <message>
            <source>证据文件内容已丢失，无法恢复</source>
            <translation>The evidence file's content is lost; it cannot be restored</translation>
        </message>
        <message>
            <source>已付 {paid} 万元，合同额 {contract} 万元</source>
            <translation>Paid {paid} (10k yuan), contract amount {contract} (10k yuan)</translation>
        </message>
        <message>
            <source>{name}{scope} = {words} = {value}</source>
            <translation>{name}{scope} = {words} = {value}</translation>
        </message>
        <message>
            <source>{name}{scope} = {words}（无数据）</source>
            <translation>{name}{scope} = {words} (no data)</translation>
        </message>
        <message>
            <source>绩效目标 {count} 项（有目标值和实际值的），平均完成率 {value}</source>
            <translation>{count} performance targets (with target and actual values), average completion {value}</translation>
        </message>
        <message>
            <source>绩效目标表中没有同时填写目标值和实际值的行（无数据）</source>
            <translation>No row of the performance targets table has both a target and an actual value (no data)</translation>
        </message>
        <message>
            <source>资金表没有“{figure}”这个数据</source>
            <translation>The fund table has no figure “{figure}”</translation>
        </message>
        <message>
            <source>到位 {arrived} 万元 ÷ 预算 {budget} 万元</source>
            <translation>Arrived {arrived} (10k yuan) ÷ budget {budget} (10k yuan)</translation>
        </message>
        <message>
            <source>支出 {spent} 万元 ÷ 到位 {arrived} 万元</source>
            <translation>Spent {spent} (10k yuan) ÷ arrived {arrived} (10k yuan)</translation>
        </message>
        <message>
            <source>未知的数据来源：{source}/{figure}</source>
            <translation>Unknown data source: {source}/{figure}</translation>
        </message>
        <message>
            <source>尚无满意度调查数据（无数据）</source>
            <translation>No satisfaction survey data yet (no data)</translation>
        </message>
        <message>
            <source>{title}·{question}：{answers} 份回答，满意度 {rate}</source>
            <translation>{title} · {question}: {answers} answers, satisfaction {rate}</translation>
        </message>
        <message>
            <source>找不到满意度调查“{survey}”（无数据）</source>
            <translation>Satisfaction survey “{survey}” not found (no data)</translation>
        </message>
        <message>
            <source>问卷中没有问题“{question}”的回答（无数据）</source>
            <translation>The questionnaires have no answers to question “{question}” (no data)</translation>
        </message>
        <message>
            <source>该现场记录已存在，无需恢复</source>
            <translation>This field record already exists; nothing to restore</translation>
        </message>
        <message>
            <source>现场记录类型只能是：{KINDS}</source>
            <translation>The kind of field record can only be: {KINDS}</translation>
        </message>
        <message>
            <source>地点或记录人过长</source>
            <translation>Place or recorder is too long</translation>
        </message>
        <message>
            <source>回收份数不能多于发放份数</source>
            <translation>Returned copies cannot exceed copies handed out</translation>
        </message>
        <message>
            <source>有效份数不能多于回收份数</source>
            <translation>Valid copies cannot exceed returned copies</translation>
        </message>
        <message>
            <source>这份问卷没有任何回答</source>
            <translation>This questionnaire has no answers</translation>
        </message>
        <message>
            <source>找不到文件：{path}</source>
            <translation>File not found: {path}</translation>
        </message>
        <message>
            <source>“{name}”里没有问卷数据（至少要有表头行和一行回答）</source>
            <translation>“{name}” holds no survey data (it needs a header row and at least one row of answers)</translation>
        </message>
        <message>
            <source>“{name}”的表头中没有找到问卷的问题（应为问题编号如 {keys} 或问题原文）</source>
            <translation>The header of “{name}” names none of the survey's questions (use question numbers such as {keys} or the question text)</translation>
        </message>
        <message>
            <source>“{name}”没有任何有效回答</source>
            <translation>“{name}” has no valid answers</translation>
        </message>
        <message>
            <source>未知的问卷字段：{k}</source>
            <translation>Unknown survey field: {k}</translation>
        </message>
        <message>
            <source>该问卷已被删除</source>
            <translation>This survey has been deleted</translation>
        </message>
        <message>
            <source>问卷中没有问题“{k}”</source>
            <translation>The survey has no question “{k}”</translation>
        </message>
        <message>
            <source>问卷标题不能为空</source>
            <translation>The survey title cannot be empty</translation>
        </message>
        <message>
            <source>已有问卷回答了问题 {used}，不能删除这些问题</source>
            <translation>Questionnaires already answer questions {used}; these questions cannot be deleted</translation>
        </message>
        <message>
            <source>问题“{keys}”的回答“{v}”不在量表（{labels}）中</source>
            <translation>The answer “{v}” to question “{keys}” is not on the scale ({labels})</translation>
        </message>
        <message>
            <source>第 {n} 行：{exc}</source>
            <translation>Row {n}: {exc}</translation>
        </message>
        <message>
            <source>计算方法只能是“满意率”或“加权平均分”</source>
            <translation>The method can only be “satisfaction rate” or “weighted average score”</translation>
        </message>
        <message>
            <source>已有问卷使用了等级“{bad}”，不能从量表中删除</source>
            <translation>Questionnaires already use the level “{bad}”; it cannot be removed from the scale</translation>
        </message>
        <message>
            <source>问卷份数不能为负数</source>
            <translation>The number of questionnaires cannot be negative</translation>
        </message>
        <message>
            <source>评价量表至少要有两个等级</source>
            <translation>The rating scale needs at least two levels</translation>
        </message>
        <message>
            <source>问卷份数必须是整数，“{v}”无法识别</source>
            <translation>The number of questionnaires must be a whole number; “{v}” is not recognised</translation>
        </message>
        <message>
            <source>量表等级的名称不能为空，也不能重复</source>
            <translation>Scale level names cannot be empty or repeated</translation>
        </message>
        <message>
            <source>第 {i} 个问题的内容为空</source>
            <translation>Question {i} is empty</translation>
        </message>
        <message>
            <source>问题编号“{key}”重复</source>
            <translation>Question number “{key}” is repeated</translation>
        </message>
        <message>
            <source>“{name}”（{code}）</source>
            <translation>“{name}” ({code})</translation>
        </message>
        <message>
            <source>指标体系</source>
            <translation>Indicator framework</translation>
        </message>
        <message>
            <source>、</source>
            <translation>, </translation>
        </message>
        <message>
            <source>无编号</source>
            <translation>no code</translation>
        </message>
        <message>
            <source>grade_scheme：{problem}</source>
            <translation>grade_scheme: {problem}</translation>
        </message>
        <message>
            <source>指标体系“{source}”有 {count} 处问题：
{problems}</source>
            <translation>Problems with indicator framework “{source}” ({count}):
{problems}</translation>
        </message>
        <message>
            <source>文件内容不是一个指标体系对象（应为 JSON 对象）</source>
            <translation>The file's content is not an indicator framework (it should be a JSON object)</translation>
        </message>
        <message>
            <source>format 应为 “{expected}”，实为 “{found}”</source>
            <translation>format should be “{expected}” but is “{found}”</translation>
        </message>
        <message>
            <source>na_policy 只能是 {first} 或 {second}</source>
            <translation>na_policy can only be {first} or {second}</translation>
        </message>
        <message>
            <source>总分 total {total} 不是得分精度 {precision} 的整数倍</source>
            <translation>The total {total} is not a whole multiple of the score precision {precision}</translation>
        </message>
        <message>
            <source>finding_categories 应为 {shape} 列表</source>
            <translation>finding_categories should be a list of {shape}</translation>
        </message>
        <message>
            <source>缺少指标 nodes</source>
            <translation>The indicators (nodes) are missing</translation>
        </message>
        <message>
            <source>一级指标分值之和 {sum} 不等于总分 total {total}</source>
            <translation>The level-1 indicators' weights add up to {sum}, not the total {total}</translation>
        </message>
        <message>
            <source>找不到这个指标体系（可用：{known}）</source>
            <translation>No such indicator framework (available: {known})</translation>
        </message>
        <message>
            <source>缺少字段 {key}</source>
            <translation>Field {key} is missing</translation>
        </message>
        <message>
            <source>total：{problem}</source>
            <translation>total: {problem}</translation>
        </message>
        <message>
            <source>{where}：指标应为 JSON 对象</source>
            <translation>{where}: an indicator should be a JSON object</translation>
        </message>
        <message>
            <source>{label}：缺少编号 code</source>
            <translation>{label}: the code is missing</translation>
        </message>
        <message>
            <source>{label}：缺少名称 name</source>
            <translation>{label}: the name is missing</translation>
        </message>
        <message>
            <source>{label}：分值 weight {weight} 不是得分精度 {precision} 的整数倍</source>
            <translation>{label}: the weight {weight} is not a whole multiple of the score precision {precision}</translation>
        </message>
        <message>
            <source>{label}：应有下级指标 children 或评分项 items 之一（且只能有一个）</source>
            <translation>{label}: it should have either sub-indicators (children) or scoring items (items), and only one of them</translation>
        </message>
        <message>
            <source>{label}：评分项 items 不能为空</source>
            <translation>{label}: the scoring items (items) cannot be empty</translation>
        </message>
        <message>
            <source>{label}：评分项分值之和 {sum} 不等于指标分值 weight {weight}</source>
            <translation>{label}: the scoring items add up to {sum}, not the indicator's weight {weight}</translation>
        </message>
        <message>
            <source>{label}：编号 code 重复</source>
            <translation>{label}: the code is used twice</translation>
        </message>
        <message>
            <source>{label}：分值 weight {problem}</source>
            <translation>{label}: weight: {problem}</translation>
        </message>
        <message>
            <source>{label}：children 不能为空</source>
            <translation>{label}: children cannot be empty</translation>
        </message>
        <message>
            <source>{label}：下级指标分值之和 {sum} 不等于其分值 weight {weight}</source>
            <translation>{label}: the sub-indicators' weights add up to {sum}, not its weight {weight}</translation>
        </message>
        <message>
            <source>{label}：第 {number} 个评分项应为 JSON 对象</source>
            <translation>{label}: scoring item {number} should be a JSON object</translation>
        </message>
        <message>
            <source>{label}：评分项“{item}”缺少 key</source>
            <translation>{label}: scoring item “{item}” has no key</translation>
        </message>
        <message>
            <source>{label}：评分项“{item}”：{problem}</source>
            <translation>{label}: scoring item “{item}”: {problem}</translation>
        </message>
        <message>
            <source>无法读取文件（{kind}）：请确认是 UTF-8 编码的 JSON 文件</source>
            <translation>The file cannot be read ({kind}): make sure it is a JSON file in UTF-8</translation>
        </message>
        <message>
            <source>不是有效的 JSON：第 {line} 行第 {column} 列附近 {reason}</source>
            <translation>Not valid JSON: near line {line}, column {column}: {reason}</translation>
        </message>
        <message>
            <source>层级过深（嵌套数百层），不是有效的指标体系：指标最多三级</source>
            <translation>Nested far too deep (hundreds of levels): not a valid indicator framework, which has at most three levels</translation>
        </message>
        <message>
            <source>{label}：评分项“{item}”的 key 重复</source>
            <translation>{label}: the key of scoring item “{item}” is used twice</translation>
        </message>
        <message>
            <source>  - {problem}</source>
            <translation>  - {problem}</translation>
        </message>
        <message>
            <source>“{name}”（{code}）：{problem}</source>
            <translation>“{name}” ({code}): {problem}</translation>
        </message>
        <message>
            <source>保存为模板</source>
            <translation>save it as a template</translation>
        </message>
        <message>
            <source>用它新建评价</source>
            <translation>create an evaluation from it</translation>
        </message>
        <message>
            <source>指标体系还有 {count} 处问题，不能{what}：{problems}{more}</source>
            <translation>The indicator framework still has {count} problems; cannot {what}: {problems}{more}</translation>
        </message>
        <message>
            <source>分值</source>
            <translation>Points</translation>
        </message>
        <message>
            <source>“{name}”至少要有一个评分项</source>
            <translation>“{name}” needs at least one scoring item</translation>
        </message>
        <message>
            <source>指标名称不能为空</source>
            <translation>The indicator name cannot be empty</translation>
        </message>
        <message>
            <source>未知的指标字段：{unknown}</source>
            <translation>Unknown indicator field: {unknown}</translation>
        </message>
        <message>
            <source>总分必须大于 0</source>
            <translation>The total must be greater than 0</translation>
        </message>
        <message>
            <source>模板编号不能为空，也不能含有 / \ : * ? " &lt; &gt; | 等字符</source>
            <translation>The template ID cannot be empty or contain / \ : * ? " &lt; &gt; | and similar characters</translation>
        </message>
        <message>
            <source>模板名称不能为空</source>
            <translation>The template name cannot be empty</translation>
        </message>
        <message>
            <source>“{id}”是内置指标体系的编号，请换一个</source>
            <translation>“{id}” is the ID of a built-in framework; choose another</translation>
        </message>
        <message>
            <source>编号与“{name}”重复</source>
            <translation>The code is the same as that of “{name}”</translation>
        </message>
        <message>
            <source>名称为空</source>
            <translation>The name is empty</translation>
        </message>
        <message>
            <source>指标体系中没有任何指标</source>
            <translation>The indicator framework has no indicators</translation>
        </message>
        <message>
            <source>“{name}”的第 {i} 个评分项缺少 key</source>
            <translation>Scoring item {i} of “{name}” has no key</translation>
        </message>
        <message>
            <source>“{name}”的评分项 key “{key}”重复</source>
            <translation>Scoring item key “{key}” of “{name}” is repeated</translation>
        </message>
        <message>
            <source>“{name}”评分项“{label}”：{problems}</source>
            <translation>“{name}”, scoring item “{label}”: {problems}</translation>
        </message>
        <message>
            <source>“{name}”有下级指标，不能直接设置评分规则</source>
            <translation>“{name}” has sub-indicators; it cannot have a scoring rule itself</translation>
        </message>
        <message>
            <source>没有评分项（请设置评分规则）</source>
            <translation>No scoring items (set a scoring rule)</translation>
        </message>
        <message>
            <source>评分项分值之和 {sum} 不等于指标分值 {weight}</source>
            <translation>The scoring items add up to {sum}, not the indicator's weight {weight}</translation>
        </message>
        <message>
            <source>既没有下级指标也没有评分规则</source>
            <translation>Neither sub-indicators nor a scoring rule</translation>
        </message>
        <message>
            <source>一级指标分值之和 {sum} 不等于总分 {total}</source>
            <translation>The level-1 indicators' weights add up to {sum}, not the total {total}</translation>
        </message>
        <message>
            <source>上级指标已不存在</source>
            <translation>The parent indicator no longer exists</translation>
        </message>
        <message>
            <source>编号不能为空</source>
            <translation>The code cannot be empty</translation>
        </message>
        <message>
            <source>编号“{code}”已被“{name}”使用</source>
            <translation>Code “{code}” is already used by “{name}”</translation>
        </message>
        <message>
            <source>目标上级指标已不存在</source>
            <translation>The target parent indicator no longer exists</translation>
        </message>
        <message>
            <source>“{name}”是末级指标（有评分规则），不能在其下放置指标</source>
            <translation>“{name}” is a leaf indicator (it has a scoring rule); no indicator can be placed under it</translation>
        </message>
        <message>
            <source>评分项“{item}”：{problem}</source>
            <translation>Scoring item “{item}”: {problem}</translation>
        </message>
        <message>
            <source>下级指标分值之和 {sum} 不等于其分值 {weight}</source>
            <translation>The sub-indicators' weights add up to {sum}, not its weight {weight}</translation>
        </message>
        <message>
            <source>“{name}”已录入评分，不能在其下新增指标；请先清除其评分或另建指标</source>
            <translation>“{name}” already has scores; no indicator can be added under it. Clear its scores first or create another indicator</translation>
        </message>
        <message>
            <source>不能把“{name}”移到它自己的下级指标之下</source>
            <translation>“{name}” cannot be moved under one of its own sub-indicators</translation>
        </message>
        <message>
            <source>列对应</source>
            <translation>Column mapping</translation>
        </message>
        <message>
            <source>第 {row} 行三级指标“{name}”</source>
            <translation>Level-3 indicator “{name}” in row {row}</translation>
        </message>
        <message>
            <source>一级指标“{name}”（第 {row} 行）</source>
            <translation>Level-1 indicator “{name}” (row {row})</translation>
        </message>
        <message>
            <source>缺少必需的列：{columns}（请在“列对应”中指定）</source>
            <translation>Required columns missing: {columns} (choose them in the column mapping)</translation>
        </message>
        <message>
            <source>同一列被指定为多个用途：{roles}</source>
            <translation>One column is chosen for several roles: {roles}</translation>
        </message>
        <message>
            <source>{headers}是权重（%），已按 权重 × 总分 {total} 换算为分值</source>
            <translation>{headers} are percentage weights and were converted to points as weight × total {total}</translation>
        </message>
        <message>
            <source>表头下面没有任何指标行</source>
            <translation>There are no indicator rows under the header</translation>
        </message>
        <message>
            <source>{where}的最高档次 {top} 分与其分值 {points} 不相等，请核对其评分规则</source>
            <translation>The top grade of {where}, {top} pts, does not equal its weight {points}; please check its scoring rule</translation>
        </message>
        <message>
            <source>{where}“{value}”不是数字</source>
            <translation>{where} is not a number: “{value}”</translation>
        </message>
        <message>
            <source>{where}的分值</source>
            <translation>The weight of {where}</translation>
        </message>
        <message>
            <source>总分</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>合计行的得分</source>
            <translation>The score in the total row</translation>
        </message>
        <message>
            <source>指标体系“{name}”在一级指标“{names}”下有第四级指标，评分表只有三级指标列，导出会丢失层级，未导出；请先把第四级并入三级指标</source>
            <translation>Indicator framework “{name}” has a fourth level under level-1 indicator “{names}”; the scoring sheet has only three indicator columns and the export would lose a level, so nothing was exported. Merge the fourth level into level 3 first</translation>
        </message>
        <message>
            <source>一级指标“{names}”下没有下级指标，评分表的每一行都是一个三级指标，导出会改变层级，未导出；请先在其下设置指标</source>
            <translation>Level-1 indicator “{names}” has no sub-indicators; every row of the scoring sheet is a level-3 indicator and the export would change the levels, so nothing was exported. Add indicators under it first</translation>
        </message>
        <message>
            <source>只有一列档次（{points}分={column}）：档次列至少要两列，各写一档的分值</source>
            <translation>Only one graded column ({points} pts in column {column}): give at least two, each with its grade's points</translation>
        </message>
        <message>
            <source>评分档次列又被指定为{roles}；一列只能有一个用途</source>
            <translation>A graded column is also chosen as {roles}; a column can have only one role</translation>
        </message>
        <message>
            <source>文件里没有任何内容（所有工作表都是空的）</source>
            <translation>The file holds nothing (every worksheet is empty)</translation>
        </message>
        <message>
            <source>找不到表头行：前 15 行中没有{examples}等列名；请确认这是指标体系或评分表</source>
            <translation>No header row found: none of the first 15 rows has column names such as {examples}; make sure this is an indicator framework or a scoring sheet</translation>
        </message>
        <message>
            <source>找不到工作表“{sheet}”</source>
            <translation>Worksheet “{sheet}” not found</translation>
        </message>
        <message>
            <source>单元格 {cells} 横向合并了多列，无法判断各列内容；请取消该合并</source>
            <translation>Cells {cells} are merged across several columns, so what each column holds cannot be told; unmerge them</translation>
        </message>
        <message>
            <source>“{column}”列的单元格 {cells} 合并了多行；每个三级指标应单独占一行，请取消合并</source>
            <translation>Cells {cells} of the “{column}” column are merged over several rows; each level-3 indicator needs a row of its own, so unmerge them</translation>
        </message>
        <message>
            <source>“{header}”</source>
            <translation>“{header}”</translation>
        </message>
        <message>
            <source>第 {row} 行的三级指标“{name}”没有所属的一级指标</source>
            <translation>Level-3 indicator “{name}” in row {row} has no level-1 indicator</translation>
        </message>
        <message>
            <source>发现 {count} 处必须修改的问题（未创建任何内容）：</source>
            <translation>Problems that must be corrected ({count}); nothing was created:</translation>
        </message>
        <message>
            <source>  ✗ {problem}</source>
            <translation>  ✗ {problem}</translation>
        </message>
        <message>
            <source>提示 {count} 条：</source>
            <translation>Notes ({count}):</translation>
        </message>
        <message>
            <source>  · {warning}</source>
            <translation>  · {warning}</translation>
        </message>
        <message>
            <source>{where}为空</source>
            <translation>{where} is empty</translation>
        </message>
        <message>
            <source>二级指标“{name}”（第 {row} 行）</source>
            <translation>Level-2 indicator “{name}” (row {row})</translation>
        </message>
        <message>
            <source>{where}未写分值，按其下级指标合计 {sum} 分</source>
            <translation>{where} has no weight; its sub-indicators' total of {sum} is used</translation>
        </message>
        <message>
            <source>合计行的分值</source>
            <translation>The weight in the total row</translation>
        </message>
        <message>
            <source>“{text}”不是列号（应为 A、B、C… 或 1、2、3…）</source>
            <translation>“{text}” is not a column (it should be A, B, C… or 1, 2, 3…)</translation>
        </message>
        <message>
            <source>档次 {points} 分给了两列（{columns}）</source>
            <translation>The grade of {points} pts is given two columns ({columns})</translation>
        </message>
        <message>
            <source>无法读取该 Excel 文件（{kind}），请确认文件没有损坏且是 .xlsx 格式</source>
            <translation>The Excel file cannot be read ({kind}); make sure it is not damaged and is in .xlsx format</translation>
        </message>
        <message>
            <source>单元格 {cells} 合并了多行，其文字已用于其中每个三级指标</source>
            <translation>Cells {cells} are merged over several rows; their text was used for each level-3 indicator in them</translation>
        </message>
        <message>
            <source>二级指标的合并单元格 {cells} 跨越了两个一级指标（一级指标在第 {row} 行结束）</source>
            <translation>The merged level-2 indicator cells {cells} span two level-1 indicators (the level-1 indicator ends at row {row})</translation>
        </message>
        <message>
            <source>第 {row} 行有内容但没有三级指标名称</source>
            <translation>Row {row} has content but no level-3 indicator name</translation>
        </message>
        <message>
            <source>校验通过：三级指标 {leaves} 个，其中 {recognised} 个识别出评分规则，{fallback} 个设为酌情评分。</source>
            <translation>Check passed: level-3 indicators: {leaves}; a scoring rule was recognised for {recognised}, judgement is set for {fallback}.</translation>
        </message>
        <message>
            <source>校验通过：三级指标 {leaves} 个，其中 {recognised} 个识别出评分规则，{check} 个提出了规则但请核对，{fallback} 个设为酌情评分。</source>
            <translation>Check passed: level-3 indicators: {leaves}; a scoring rule was recognised for {recognised}, a rule was proposed but needs checking for {check}, judgement is set for {fallback}.</translation>
        </message>
        <message>
            <source>一级指标“{name}”出现在不相连的行（第 {row} 行），同一指标的行应排在一起</source>
            <translation>Level-1 indicator “{name}” appears in rows apart from each other (row {row}); the rows of one indicator belong together</translation>
        </message>
        <message>
            <source>{where}的分值 {points} 与其下级指标分值之和 {sum} 不相等</source>
            <translation>The weight {points} of {where} does not equal its sub-indicators' total {sum}</translation>
        </message>
        <message>
            <source>合计行的分值 {total} 与一级指标分值之和 {sum} 不相等</source>
            <translation>The weight in the total row, {total}, does not equal the level-1 indicators' total {sum}</translation>
        </message>
        <message>
            <source>“{text}”应写成 列名=列号，例如 {example}</source>
            <translation>“{text}” should be written as column name=column, e.g. {example}</translation>
        </message>
        <message>
            <source>“{name}”不是档次：档次列写成 分值=列号，例如 {example}</source>
            <translation>“{name}” is not a grade: a graded column is given as points=column, e.g. {example}</translation>
        </message>
        <message>
            <source>不认识的列名“{name}”（可用：{known}）</source>
            <translation>Unknown column name “{name}” (available: {known})</translation>
        </message>
        <message>
            <source>“{weight}”的合并单元格 {cells} 与{name}的合并范围不一致</source>
            <translation>The merged cells {cells} of “{weight}” do not span the same rows as the {name} cells</translation>
        </message>
        <message>
            <source>表中有得分 {count} 个</source>
            <translation>Scores in the sheet: {count}</translation>
        </message>
        <message>
            <source>表中有得分 {count} 个，合计 {total} 分</source>
            <translation>Scores in the sheet: {count}, {total} points in all</translation>
        </message>
        <message>
            <source>二级指标“{name}”出现在不相连的行（第 {row} 行）</source>
            <translation>Level-2 indicator “{name}” appears in rows apart from each other (row {row})</translation>
        </message>
        <message>
            <source>{where}的得分</source>
            <translation>The score of {where}</translation>
        </message>
        <message>
            <source>{where}未写分值，按其三级指标合计 {sum} 分</source>
            <translation>{where} has no weight; its level-3 indicators' total of {sum} is used</translation>
        </message>
        <message>
            <source>“{text}”：档次列应逐列写成 分值=列号，例如 {example}；“{none}”表示没有档次列</source>
            <translation>“{text}”: give the graded columns one by one as points=column, e.g. {example}; “{none}” means no graded columns</translation>
        </message>
        <message>
            <source>{where}：评分标准或分值已在表中修改，评分规则按新文字重新识别</source>
            <translation>{where}: the scoring criteria or the weight were changed in the sheet; the scoring rule was recognised again from the new text</translation>
        </message>
        <message>
            <source>{where}的得分 {score} 超过其分值 {points}</source>
            <translation>The score {score} of {where} is more than its weight {points}</translation>
        </message>
        <message>
            <source>{where}的得分不能为负数</source>
            <translation>The score of {where} cannot be negative</translation>
        </message>
        <message>
            <source>{where}的分值 {points} 与其三级指标分值之和 {sum} 不相等</source>
            <translation>The weight {points} of {where} does not equal its level-3 indicators' total {sum}</translation>
        </message>
        <message>
            <source>评分标准中有未能对应到规则的内容或不一致之处：{words}，请核对</source>
            <translation>The criteria have words the rule does not place, or do not agree with it: {words}; please check</translation>
        </message>
        <message>
            <source>未识别出常见的评分标准句式，已设为酌情评分</source>
            <translation>No usual wording of scoring criteria was recognised; set to judgement</translation>
        </message>
        <message>
            <source>评分标准为空，已设为酌情评分</source>
            <translation>The scoring criteria are empty; set to judgement</translation>
        </message>
        <message>
            <source>评分标准的分档中有分数区间（{points}），区间内的得分由评价组酌定，已设为酌情评分</source>
            <translation>A grade of the scoring criteria is a range of points ({points}); where in it a case scores is for the evaluators to decide; set to judgement</translation>
        </message>
        <message>
            <source>评分标准中各项分值之和 {total} 与指标分值 {weight} 不一致，已设为酌情评分（识别到：{summary}），请核对</source>
            <translation>The points in the criteria add up to {total}, not the indicator's weight {weight}; set to judgement (recognised: {summary}); please check</translation>
        </message>
        <message>
            <source>识别到的规则参数有误（{problems}），已设为酌情评分</source>
            <translation>The recognised rule's parameters are wrong ({problems}); set to judgement</translation>
        </message>
        <message>
            <source>未知的文档“{kind}”（可选：{DOCUMENTS}）</source>
            <translation>Unknown document “{kind}” (choose from: {DOCUMENTS})</translation>
        </message>
        <message>
            <source>{title}不能导出为 {upper}（可选：{value}）</source>
            <translation>{title} cannot be exported as {upper} (choose from: {value})</translation>
        </message>
        <message>
            <source>副本只能是 client（客户版）或 internal（内部版），不能是“{copy}”</source>
            <translation>The copy can only be client or internal, not “{copy}”</translation>
        </message>
        <message>
            <source>文件夹不存在：{folder}</source>
            <translation>Folder does not exist: {folder}</translation>
        </message>
        <message>
            <source>纸张只能是 A4 或 A3，不能是“{size}”</source>
            <translation>Paper can only be A4 or A3, not “{size}”</translation>
        </message>
        <message>
            <source>方向只能是 横向（landscape）或 纵向（portrait）</source>
            <translation>Orientation can only be landscape or portrait</translation>
        </message>
        <message>
            <source>文件夹不存在：{value}</source>
            <translation>Folder does not exist: {value}</translation>
        </message>
        <message>
            <source>找不到报告模板：{path}</source>
            <translation>Report template not found: {path}</translation>
        </message>
        <message>
            <source>报告模板“{name}”有误：{exc}</source>
            <translation>Report template “{name}” has an error: {exc}</translation>
        </message>
        <message>
            <source>报告模板“{name}”无法使用：{exc}</source>
            <translation>Report template “{name}” cannot be used: {exc}</translation>
        </message>
        <message>
            <source>公式“{expression}”包含不允许的内容</source>
            <translation>Formula “{expression}” contains something not allowed</translation>
        </message>
        <message>
            <source>公式包含不允许的内容</source>
            <translation>The formula contains something not allowed</translation>
        </message>
        <message>
            <source>公式“{expression}”无法解析</source>
            <translation>Formula “{expression}” cannot be parsed</translation>
        </message>
        <message>
            <source>公式计算时出现除以零</source>
            <translation>The formula divides by zero</translation>
        </message>
        <message>
            <source>公式中函数的参数个数不对</source>
            <translation>A function in the formula has the wrong number of arguments</translation>
        </message>
        <message>
            <source>公式“{expression}”使用了不支持的运算</source>
            <translation>Formula “{expression}” uses an unsupported operation</translation>
        </message>
        <message>
            <source>公式缺少变量“{id}”的值</source>
            <translation>The formula has no value for the variable “{id}”</translation>
        </message>
        <message>
            <source>等级方案须给出 bands 列表</source>
            <translation>A grade scheme must give a list of bands</translation>
        </message>
        <message>
            <source>最低等级的下限应为 0，使任何得分都有等级</source>
            <translation>The lowest grade's lower bound should be 0, so that every score has a grade</translation>
        </message>
        <message>
            <source>未知的等级方案“{scheme}”（预设：{presets}）</source>
            <translation>Unknown grade scheme “{scheme}” (presets: {presets})</translation>
        </message>
        <message>
            <source>第 {number} 个等级缺少名称</source>
            <translation>Grade {number} has no name</translation>
        </message>
        <message>
            <source>等级名称“{name}”重复</source>
            <translation>The grade name “{name}” is used twice</translation>
        </message>
        <message>
            <source>等级“{name}”的下限不能超过 100</source>
            <translation>The lower bound of grade “{name}” cannot be more than 100</translation>
        </message>
        <message>
            <source>等级“{name}”：{problem}</source>
            <translation>Grade “{name}”: {problem}</translation>
        </message>
        <message>
            <source>等级下限</source>
            <translation>Grade lower bound</translation>
        </message>
        <message>
            <source>得分精度 precision 只能是 {allowed}，实为 {value!r}</source>
            <translation>Score precision can only be {allowed}, not {value!r}</translation>
        </message>
        <message>
            <source>未知的评分规则类型 type “{type}”（可用：{types}）</source>
            <translation>Unknown scoring rule type “{type}” (available: {types})</translation>
        </message>
        <message>
            <source>输入格式不正确</source>
            <translation>The inputs are not in the right format</translation>
        </message>
        <message>
            <source>max：{problem}</source>
            <translation>max: {problem}</translation>
        </message>
        <message>
            <source>参数有误：{problem}</source>
            <translation>The parameters are wrong: {problem}</translation>
        </message>
        <message>
            <source>{name} 只能是 true 或 false（不加引号），不能是 “{value}”</source>
            <translation>{name} can only be true or false (without quotes), not “{value}”</translation>
        </message>
        <message>
            <source>{name} 的 {column} 只能是 true 或 false（不加引号），不能是 “{value}”</source>
            <translation>{column} of {name} can only be true or false (without quotes), not “{value}”</translation>
        </message>
        <message>
            <source>“是否满足”只能是“是”或“否”</source>
            <translation>“Met” can only be “yes” or “no”</translation>
        </message>
        <message>
            <source>缺少参数 {key}</source>
            <translation>The parameter {key} is missing</translation>
        </message>
        <message>
            <source>参数 {key} 不能为负数</source>
            <translation>The parameter {key} cannot be negative</translation>
        </message>
        <message>
            <source>“{d_label}”不能为 0</source>
            <translation>“{d_label}” cannot be 0</translation>
        </message>
        <message>
            <source>参数 {key} 不是数字：{value}</source>
            <translation>The parameter {key} is not a number: {value}</translation>
        </message>
        <message>
            <source>缺少要点列表 points</source>
            <translation>The list of points (points) is missing</translation>
        </message>
        <message>
            <source>要点“{label}”：{problem}</source>
            <translation>Point “{label}”: {problem}</translation>
        </message>
        <message>
            <source>各要点分值之和 {sum} 不等于该项分值 {max}</source>
            <translation>The points of the checklist add up to {sum}, not the item's maximum {max}</translation>
        </message>
        <message>
            <source>关键要素 gate “{gate}”不是任何要点的 key</source>
            <translation>The key point (gate) “{gate}” is not the key of any point</translation>
        </message>
        <message>
            <source>第 {i} 个要点缺少 key</source>
            <translation>Point {i} has no key</translation>
        </message>
        <message>
            <source>要点 key “{key}”重复</source>
            <translation>The point key “{key}” is repeated</translation>
        </message>
        <message>
            <source>要点“{label}”的判断无法识别：{state!r}</source>
            <translation>The judgement of point “{label}” is not recognised: {state!r}</translation>
        </message>
        <message>
            <source>要点“{label}”部分满足的得分 {got} 超过该要点分值 {pmax}</source>
            <translation>The partial score {got} of point “{label}” exceeds its {pmax} points</translation>
        </message>
        <message>
            <source>没有“{key}”这个选项</source>
            <translation>There is no option “{key}”</translation>
        </message>
        <message>
            <source>缺少选项 options</source>
            <translation>The options (options) are missing</translation>
        </message>
        <message>
            <source>第 {i} 个选项：{problem}</source>
            <translation>Option {i}: {problem}</translation>
        </message>
        <message>
            <source>缺少 key</source>
            <translation>The key is missing</translation>
        </message>
        <message>
            <source>选项“{label}”得分超过该项分值 {max}</source>
            <translation>Option “{label}” scores more than the item's maximum {max}</translation>
        </message>
        <message>
            <source>{label}计划数不能为 0</source>
            <translation>The planned figure of {label} cannot be 0</translation>
        </message>
        <message>
            <source>不符合{unit}数</source>
            <translation>Number of non-compliant {unit}</translation>
        </message>
        <message>
            <source>不符合{unit}数必须是整数</source>
            <translation>The number of non-compliant {unit} must be a whole number</translation>
        </message>
        <message>
            <source>延迟{unit}数</source>
            <translation>Delay in {unit}</translation>
        </message>
        <message>
            <source>缺少公式 expression</source>
            <translation>The formula (expression) is missing</translation>
        </message>
        <message>
            <source>公式使用了未声明的变量：{names}</source>
            <translation>The formula uses undeclared variables: {names}</translation>
        </message>
        <message>
            <source>评分</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>评分 {s} 超过该项分值 {item_max}</source>
            <translation>Score {s} exceeds this item's {item_max} points</translation>
        </message>
        <message>
            <source>酌情评分必须填写理由</source>
            <translation>A discretionary score needs a reason</translation>
        </message>
        <message>
            <source>没有“{label}”这个等级</source>
            <translation>There is no grade “{label}”</translation>
        </message>
        <message>
            <source>缺少等级 levels</source>
            <translation>The levels (levels) are missing</translation>
        </message>
        <message>
            <source>第 {i} 个等级：{problem}</source>
            <translation>Level {i}: {problem}</translation>
        </message>
        <message>
            <source>缺少 label</source>
            <translation>The label is missing</translation>
        </message>
        <message>
            <source>等级“{label}”的比例 share 不能大于 1</source>
            <translation>The share of level “{label}” cannot be more than 1</translation>
        </message>
        <message>
            <source>direction 只能是 higher 或 lower</source>
            <translation>direction can only be higher or lower</translation>
        </message>
        <message>
            <source>deduct_mode 只能是 points 或 percent_of_max</source>
            <translation>deduct_mode can only be points or percent_of_max</translation>
        </message>
        <message>
            <source>input 只能是 value 或 ratio</source>
            <translation>input can only be value or ratio</translation>
        </message>
        <message>
            <source>step 不能为 0</source>
            <translation>step cannot be 0</translation>
        </message>
        <message>
            <source>缺少分档 tiers</source>
            <translation>The tiers (tiers) are missing</translation>
        </message>
        <message>
            <source>第 {i} 档：{problem}</source>
            <translation>Tier {i}: {problem}</translation>
        </message>
        <message>
            <source>第 {i} 档格式不对</source>
            <translation>Tier {i} is not written correctly</translation>
        </message>
        <message>
            <source>第 {i} 档得分 {score} 超过该项分值 {max}</source>
            <translation>Tier {i} scores {score}, more than the item's maximum {max}</translation>
        </message>
        <message>
            <source>第 {i} 档下限大于上限</source>
            <translation>The lower limit of tier {i} is above its upper limit</translation>
        </message>
        <message>
            <source>“{l_label}”不能为 0</source>
            <translation>“{l_label}” cannot be 0</translation>
        </message>
        <message>
            <source>姓名不能超过 50 个字。</source>
            <translation>The name cannot be longer than 50 characters.</translation>
        </message>
        <message>
            <source>单位名称不能超过 100 个字。</source>
            <translation>The organisation name cannot be longer than 100 characters.</translation>
        </message>
        <message>
            <source>角色不能超过 20 个字。</source>
            <translation>The role cannot be longer than 20 characters.</translation>
        </message>
        <message>
            <source>不支持的界面语言“{language}”，可选：{LANGUAGES}。</source>
            <translation>Unsupported interface language “{language}”; choose from: {LANGUAGES}.</translation>
        </message>
        <message>
            <source>不支持的默认等级方案“{grade_scheme}”，可选：{GRADE_SCHEMES}。</source>
            <translation>Unsupported default grade scheme “{grade_scheme}”; choose from: {GRADE_SCHEMES}.</translation>
        </message>
        <message>
            <source>备份份数必须是整数。</source>
            <translation>The number of backups must be a whole number.</translation>
        </message>
        <message>
            <source>备份份数必须在 {BACKUP_MIN} 到 {BACKUP_MAX} 之间。</source>
            <translation>The number of backups must be between {BACKUP_MIN} and {BACKUP_MAX}.</translation>
        </message>
        <message>
            <source>模板位置“{folder}”不是文件夹。</source>
            <translation>The template location “{folder}” is not a folder.</translation>
        </message>
        <message>
            <source>未知的设置项：{unknown}</source>
            <translation>Unknown setting: {unknown}</translation>
        </message>
        <message>
            <source>找不到{label}字体文件：{path}</source>
            <translation>{label} font file not found: {path}</translation>
        </message>
        <message>
            <source>{label}字体须为 TrueType 字体文件（.ttf 或 .ttc）。</source>
            <translation>The {label} font must be a TrueType font file (.ttf or .ttc).</translation>
        </message>
        <message>
            <source>设置“{key}”的值“{value}”类型不对。</source>
            <translation>Setting “{key}” has a value “{value}” of the wrong type.</translation>
        </message>
        <message>
            <source>签署：{stage}</source>
            <translation>sign-off: {stage}</translation>
        </message>
        <message>
            <source>文件“{target}”已存在，为保护已有数据不会覆盖。请换一个文件名。</source>
            <translation>File “{target}” already exists; it is not overwritten, to protect its data. Choose another file name.</translation>
        </message>
        <message>
            <source>副本不能与原文件同名</source>
            <translation>The copy cannot have the same name as the original file</translation>
        </message>
        <message>
            <source>请填写复核人</source>
            <translation>Please fill in the reviewer</translation>
        </message>
        <message>
            <source>退回修改必须写明意见</source>
            <translation>Sending back for revision needs a comment</translation>
        </message>
        <message>
            <source>复核调整得分必须填写理由</source>
            <translation>A review adjustment needs a reason</translation>
        </message>
        <message>
            <source>复核分</source>
            <translation>Review score</translation>
        </message>
        <message>
            <source>请填写评分专家</source>
            <translation>Please fill in the scoring expert</translation>
        </message>
        <message>
            <source>专家评分</source>
            <translation>Expert score</translation>
        </message>
        <message>
            <source>取值方式只能是：{values}</source>
            <translation>The method of taking the value can only be: {values}</translation>
        </message>
        <message>
            <source>该指标还没有专家评分</source>
            <translation>This indicator has no expert scores yet</translation>
        </message>
        <message>
            <source>取值 {chosen} 超过“{name}”的分值 {max_points}</source>
            <translation>Value {chosen} exceeds the {max_points} points of “{name}”</translation>
        </message>
        <message>
            <source>复核链至少要有一级</source>
            <translation>The review chain needs at least one step</translation>
        </message>
        <message>
            <source>复核链中的各级名称不能重复</source>
            <translation>The steps of the review chain cannot repeat</translation>
        </message>
        <message>
            <source>“{stage}”不在复核链（{chain}）中</source>
            <translation>“{stage}” is not in the review chain ({chain})</translation>
        </message>
        <message>
            <source>请填写签署人</source>
            <translation>Please fill in the signer</translation>
        </message>
        <message>
            <source>复核分 {value} 超过“{name}”的分值 {max_points}</source>
            <translation>Review score {value} exceeds the {max_points} points of “{name}”</translation>
        </message>
        <message>
            <source>专家评分 {value} 超过“{name}”的分值 {max_points}</source>
            <translation>Expert score {value} exceeds the {max_points} points of “{name}”</translation>
        </message>
        <message>
            <source>请先完成“{earlier}”的签署（{state}）</source>
            <translation>Sign “{earlier}” first ({state})</translation>
        </message>
        <message>
            <source>协商一致值必须填写</source>
            <translation>A consensus value is required</translation>
        </message>
        <message>
            <source>协商一致值</source>
            <translation>Consensus score</translation>
        </message>
        <message>
            <source>记录 {id}</source>
            <translation>record {id}</translation>
        </message>
        <message>
            <source>，</source>
            <translation>, </translation>
        </message>
        <message>
            <source>{rater}：指标 {indicator}</source>
            <translation>{rater}: indicator {indicator}</translation>
        </message>
        <message>
            <source>问题：{title}</source>
            <translation>Finding: {title}</translation>
        </message>
        <message>
            <source>证据：{name}</source>
            <translation>Evidence: {name}</translation>
        </message>
        <message>
            <source>是</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>否</source>
            <translation>no</translation>
        </message>
        <message>
            <source>{key}：{value}</source>
            <translation>{key}: {value}</translation>
        </message>
        <message>
            <source>{label}：{value}</source>
            <translation>{label}: {value}</translation>
        </message>
        <message>
            <source>{label} {value}</source>
            <translation>{label} {value}</translation>
        </message>
        <message>
            <source>指标 {indicator}</source>
            <translation>Indicator {indicator}</translation>
        </message>
        <message>
            <source>指标</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <source>{entity}：{name}</source>
            <translation>{entity}: {name}</translation>
        </message>
        <message>
            <source>{entity} {id}</source>
            <translation>{entity} {id}</translation>
        </message>
        <message>
            <source>合并副本</source>
            <translation>Merged copy</translation>
        </message>
        <message>
            <source>（{text}）</source>
            <translation>({text})</translation>
        </message>
        <message>
            <source>备份份数必须是 {MIN_KEEP}–{MAX_KEEP} 之间的整数</source>
            <translation>The number of backups must be a whole number between {MIN_KEEP} and {MAX_KEEP}</translation>
        </message>
        <message>
            <source>备份 {name}</source>
            <translation>backup {name}</translation>
        </message>
        <message>
            <source>由 {name} 替换</source>
            <translation>replaced by {name}</translation>
        </message>
        <message>
            <source>备份“{name}”本身有问题，不能用来恢复：{problems}</source>
            <translation>Backup “{name}” has problems itself and cannot be used to restore: {problems}</translation>
        </message>
        <message>
            <source>不能恢复“{name}”：{exc}请先在那里关闭文件。</source>
            <translation>Cannot restore “{name}”: {exc} Close the file there first.</translation>
        </message>
        <message>
            <source>{entity}记录 {id} 的字段“{field}”在程序之外被改动：审计轨迹中最后的值为 {expected}，现在为 {current}</source>
            <translation>{entity} record {id}: field “{field}” was changed outside the program (last value in the audit trail {expected}, now {current})</translation>
        </message>
        <message>
            <source>（空）</source>
            <translation>(empty)</translation>
        </message>
        <message>
            <source>“{stage}”的签署（{signer}，{time}）</source>
            <translation>the “{stage}” sign-off ({signer}, {time})</translation>
        </message>
        <message>
            <source>已核对：审计轨迹 {events} 条，签署锚点 {signed} 个，本机记录的锚点 {known} 个。</source>
            <translation>Checked: {events} audit records, {signed} sign-off anchors, {known} anchors recorded on this computer.</translation>
        </message>
        <message>
            <source>无法得知：</source>
            <translation>Cannot be known: </translation>
        </message>
        <message>
            <source>签署的公钥是否属于签署人本人（只能与打印件上的公钥指纹核对）。</source>
            <translation>whether a sign-off's public key belongs to the signer (only the key fingerprint on the printout can confirm it).</translation>
        </message>
        <message>
            <source>“{name}”是文件夹，不是评价文件</source>
            <translation>“{name}” is a folder, not an evaluation file</translation>
        </message>
        <message>
            <source>“{name}”不是 FieldEval 评价文件（文件格式无法识别，可能已严重损坏）</source>
            <translation>“{name}” is not a FieldEval evaluation file (its format is not recognised; it may be badly damaged)</translation>
        </message>
        <message>
            <source>“{name}”是 SQLite 数据库，但不是 FieldEval 评价文件（或文件头已损坏）</source>
            <translation>“{name}” is an SQLite database but not a FieldEval evaluation file (or its header is damaged)</translation>
        </message>
        <message>
            <source>{entity}记录 {id} 被删除，但审计轨迹中没有删除记录（文件在程序之外被改动）</source>
            <translation>{entity} record {id} was deleted, but the audit trail has no deletion for it (the file was changed outside the program)</translation>
        </message>
        <message>
            <source>{entity}记录 {id} 不是由本程序写入的（审计轨迹中没有它的新增记录）</source>
            <translation>{entity} record {id} was not written by this program (the audit trail has no record of it being added)</translation>
        </message>
        <message>
            <source>数据库结构损坏：{detail}</source>
            <translation>The database structure is damaged: {detail}</translation>
        </message>
        <message>
            <source>“{name}”缺少版本信息，不是完整的 FieldEval 评价文件</source>
            <translation>“{name}” lacks version information; it is not a complete FieldEval evaluation file</translation>
        </message>
        <message>
            <source>“{name}”的数据结构版本（{revision}）不是本程序认识的版本</source>
            <translation>The schema version of “{name}” ({revision}) is not one this program knows</translation>
        </message>
        <message>
            <source>{table}表第 {row} 行引用的{parent}记录不存在</source>
            <translation>Row {row} of the {table} table refers to a {parent} record that does not exist</translation>
        </message>
        <message>
            <source>审计轨迹为空，但文件中有数据：审计轨迹被整体删除</source>
            <translation>The audit trail is empty but the file holds data: the whole audit trail was deleted</translation>
        </message>
        <message>
            <source>（共 {count} 个锚点不符）</source>
            <translation> ({count} anchors do not match in all)</translation>
        </message>
        <message>
            <source>本机记录的审计轨迹锚点 #{seq}（{what}，{at}）在文件中已不存在或被改写：文件在此之后被截断、回退到较早的副本或被改写{more}</source>
            <translation>Audit trail anchor #{seq} recorded on this computer ({what}, {at}) is no longer in the file or was rewritten: since then the file was cut short, reverted to an older copy or rewritten{more}</translation>
        </message>
        <message>
            <source>最新锚点（#{newest}）之后的 {count} 条审计记录是否都由评价组写入（它们自身连贯，但改写文件的人也能这样追加）；</source>
            <translation>whether the {count} audit records after the newest anchor (#{newest}) were all written by the evaluation team (they link up correctly, but someone rewriting the file could add records like that too); </translation>
        </message>
        <message>
            <source>本机没有这个文件的锚点（文件来自别处，或在别的电脑上编辑），截断或回退只能由签署锚点发现；</source>
            <translation>this computer has no anchors for this file (it came from elsewhere or was edited on another computer), so only sign-off anchors can show that it was cut short or reverted; </translation>
        </message>
        <message>
            <source>证据“{name}”的文件内容缺失（{sha}…）</source>
            <translation>The file content of evidence “{name}” is missing ({sha}…)</translation>
        </message>
        <message>
            <source>“{name}”有问题：</source>
            <translation>Problems with “{name}”:</translation>
        </message>
        <message>
            <source>· {problem}</source>
            <translation>· {problem}</translation>
        </message>
        <message>
            <source>“{name}”是空文件（0 字节），不是评价文件</source>
            <translation>“{name}” is an empty file (0 bytes), not an evaluation file</translation>
        </message>
        <message>
            <source>“{name}”已损坏，无法打开（{error}）</source>
            <translation>“{name}” is damaged and cannot be opened ({error})</translation>
        </message>
        <message>
            <source>“{name}”已损坏，读取时出错（{error}）</source>
            <translation>“{name}” is damaged: reading it failed ({error})</translation>
        </message>
        <message>
            <source>{sign_off}的签名不符：签署记录或其锚点被改动</source>
            <translation>The signature of {sign_off} does not match: the sign-off record or its anchor was changed</translation>
        </message>
        <message>
            <source>{sign_off}锚定的审计记录 #{seq} 已不在文件中或被改写：审计轨迹被截断、回退或重写</source>
            <translation>Audit record #{seq}, anchored by {sign_off}, is no longer in the file or was rewritten: the audit trail was cut short, reverted or rewritten</translation>
        </message>
        <message>
            <source>本机的签名密钥</source>
            <translation>this computer's signing key</translation>
        </message>
        <message>
            <source>其他人的密钥，请与工作底稿上打印的公钥核对</source>
            <translation>someone else's key: compare it with the public key printed in the working papers</translation>
        </message>
        <message>
            <source>“{stage}”由 {signer} 签署，公钥 {fingerprint}（{whose}）。</source>
            <translation>“{stage}” was signed by {signer}, public key {fingerprint} ({whose}).</translation>
        </message>
        <message>
            <source>证据文件 {sha}… 的内容与其 SHA-256 校验值不符（已损坏或被改动）</source>
            <translation>The content of evidence file {sha}… does not match its SHA-256 checksum (damaged or altered)</translation>
        </message>
        <message>
            <source>“{name}”已损坏，无法读取（{error}）</source>
            <translation>“{name}” is damaged and cannot be read ({error})</translation>
        </message>
        <message>
            <source>……共 {count} 处问题</source>
            <translation>… {count} problems in all</translation>
        </message>
        <message>
            <source>最近一份完好的备份：{name}（{time}），可以从它恢复。</source>
            <translation>Newest good backup: {name} ({time}); the file can be restored from it.</translation>
        </message>
        <message>
            <source>没有找到完好的备份。</source>
            <translation>No good backup was found.</translation>
        </message>
        <message>
            <source>证据文件 {sha}… 记录的大小 {recorded} 与实际 {actual} 字节不符</source>
            <translation>Evidence file {sha}… is recorded as {recorded} bytes but is {actual} bytes</translation>
        </message>
        <message>
            <source>无</source>
            <translation>none</translation>
        </message>
        <message>
            <source>“{name}”未通过完整性校验，不能合并：{problems}</source>
            <translation>“{name}” failed the integrity check and cannot be merged: {problems}</translation>
        </message>
        <message>
            <source>请至少选择一个要合并的副本</source>
            <translation>Choose at least one copy to merge</translation>
        </message>
        <message>
            <source>合并</source>
            <translation>merged</translation>
        </message>
        <message>
            <source>找不到副本文件：{c}</source>
            <translation>Copy file not found: {c}</translation>
        </message>
        <message>
            <source>“{name}”就是要合并进去的文件本身</source>
            <translation>“{name}” is the file being merged into</translation>
        </message>
        <message>
            <source>“{name}”不是同一个评价的副本（评价编号不同），不能合并</source>
            <translation>“{name}” is not a copy of the same evaluation (different evaluation ID); it cannot be merged</translation>
        </message>
        <message>
            <source>冲突“{label}”的选择无效</source>
            <translation>The choice for conflict “{label}” is not valid</translation>
        </message>
        <message>
            <source>不能合并到“{name}”：{exc}请先在那里关闭文件。</source>
            <translation>Cannot merge into “{name}”: {exc} Close the file there first.</translation>
        </message>
        <message>
            <source>合并结果未通过校验，未写出任何文件：{problems}</source>
            <translation>The merged result failed its checks; no file was written: {problems}</translation>
        </message>
        <message>
            <source>输出位置“{parent}”磁盘已满，未写出合并结果（原文件未改动）。</source>
            <translation>The disk at “{parent}” is full; the merged result was not written (the original files are unchanged).</translation>
        </message>
        <message>
            <source>副本“{name}”中的证据文件 {sha}… 内容与校验值不符，不能合并</source>
            <translation>Evidence file {sha}… in copy “{name}” does not match its checksum; it cannot be merged</translation>
        </message>
        <message>
            <source>数据包“{name}”</source>
            <translation>Package “{name}”</translation>
        </message>
        <message>
            <source>加密参数</source>
            <translation>encryption parameters</translation>
        </message>
        <message>
            <source>导出数据包 {name}</source>
            <translation>package {name} exported</translation>
        </message>
        <message>
            <source>导入数据包 {name}</source>
            <translation>package {name} imported</translation>
        </message>
        <message>
            <source>数据包的加密参数已损坏（清单被篡改）</source>
            <translation>The package's encryption parameters are damaged (the manifest was tampered with)</translation>
        </message>
        <message>
            <source>文件“{out}”已存在，为保护已有数据不会覆盖。请换一个文件名。</source>
            <translation>File “{out}” already exists; it is not overwritten, to protect its data. Choose another file name.</translation>
        </message>
        <message>
            <source>密码不能为空</source>
            <translation>The password cannot be empty</translation>
        </message>
        <message>
            <source>“{name}”未通过完整性校验，不能导出：{problems}</source>
            <translation>“{name}” failed the integrity check and cannot be exported: {problems}</translation>
        </message>
        <message>
            <source>{what}中有重名的条目（被篡改），已拒绝</source>
            <translation>{what} has duplicate entries (tampered with); refused</translation>
        </message>
        <message>
            <source>{what}解压后共 {total} 字节（{names} 个条目），超过上限，已拒绝</source>
            <translation>{what} unpacks to {total} bytes ({names} entries), above the limit; refused</translation>
        </message>
        <message>
            <source>{what}中的“{name}”声明大小 {file_size} 字节，超过上限 {limit} 字节，已拒绝</source>
            <translation>“{name}” in {what} declares {file_size} bytes, above the limit of {limit} bytes; refused</translation>
        </message>
        <message>
            <source>{what}中的“{name}”压缩比异常（{file_size} 倍），疑似压缩炸弹，已拒绝</source>
            <translation>“{name}” in {what} has an abnormal compression ratio ({file_size}×), likely a zip bomb; refused</translation>
        </message>
        <message>
            <source>{what}中的“{name}”大小与声明不符（已损坏或被篡改）</source>
            <translation>The size of “{name}” in {what} does not match what it declares (damaged or tampered with)</translation>
        </message>
        <message>
            <source>{what}不是 FieldEval 数据包（清单格式不对）</source>
            <translation>{what} is not a FieldEval package (wrong manifest format)</translation>
        </message>
        <message>
            <source>{what}由不同版本的 FieldEval 制作（数据包版本 {value}），本程序无法读取</source>
            <translation>{what} was made by a different version of FieldEval (package version {value}); this program cannot read it</translation>
        </message>
        <message>
            <source>找不到数据包：{path}</source>
            <translation>Package not found: {path}</translation>
        </message>
        <message>
            <source>“{name}”是文件夹，不是数据包</source>
            <translation>“{name}” is a folder, not a package</translation>
        </message>
        <message>
            <source>数据包“{name}”太大（超过上限），已拒绝</source>
            <translation>Package “{name}” is too large (above the limit); refused</translation>
        </message>
        <message>
            <source>{what}的清单已损坏（被篡改）</source>
            <translation>The manifest of {what} is damaged (tampered with)</translation>
        </message>
        <message>
            <source>{what}的清单中没有评价文件</source>
            <translation>The manifest of {what} lists no evaluation file</translation>
        </message>
        <message>
            <source>{what}中有清单之外的文件“{extra}”（被篡改），已拒绝</source>
            <translation>{what} holds a file “{extra}” not in its manifest (tampered with); refused</translation>
        </message>
        <message>
            <source>{what}中的评价文件声明大小 {size} 字节，超过上限，已拒绝</source>
            <translation>The evaluation file in {what} declares {size} bytes, above the limit; refused</translation>
        </message>
        <message>
            <source>{what}中评价文件的大小（{stored} 字节）与清单声明的 {size} 字节不符（被篡改），已拒绝</source>
            <translation>The size of the evaluation file in {what} ({stored} bytes) does not match the {size} bytes its manifest declares (tampered with); refused</translation>
        </message>
        <message>
            <source>磁盘空间不足：导入需要 {size} 字节，只剩 {free} 字节（没有写入任何文件）</source>
            <translation>Not enough disk space: the import needs {size} bytes, only {free} bytes are free (no file was written)</translation>
        </message>
        <message>
            <source>{what}的内容与清单中的校验值不符（已损坏或被篡改），已拒绝</source>
            <translation>The content of {what} does not match the checksum in its manifest (damaged or tampered with); refused</translation>
        </message>
        <message>
            <source>数据包的{what}已损坏（清单被篡改）</source>
            <translation>The package's {what} is damaged (the manifest was tampered with)</translation>
        </message>
        <message>
            <source>评价文件太大，无法打包</source>
            <translation>The evaluation file is too large to package</translation>
        </message>
        <message>
            <source>{what}不是有效的 FieldEval 数据包（{exc}）</source>
            <translation>{what} is not a valid FieldEval package ({exc})</translation>
        </message>
        <message>
            <source>{what}中含有不安全的文件名“{n}”（路径穿越），已拒绝</source>
            <translation>{what} holds an unsafe file name “{n}” (path traversal); refused</translation>
        </message>
        <message>
            <source>{what}中缺少“{name}”，不是完整的 FieldEval 数据包</source>
            <translation>{what} lacks “{name}”; it is not a complete FieldEval package</translation>
        </message>
        <message>
            <source>{what}中的“{name}”已损坏或被篡改（{exc}）</source>
            <translation>“{name}” in {what} is damaged or tampered with ({exc})</translation>
        </message>
        <message>
            <source>{what}的清单中含有不安全的文件名“{value}”，已拒绝</source>
            <translation>The manifest of {what} holds an unsafe file name “{value}”; refused</translation>
        </message>
        <message>
            <source>{what}中缺少评价文件</source>
            <translation>{what} lacks the evaluation file</translation>
        </message>
        <message>
            <source>数据包中的评价文件有问题，未导入：{problems}</source>
            <translation>The evaluation file in the package has problems; not imported: {problems}</translation>
        </message>
        <message>
            <source>数据包清单记录的审计轨迹锚点与其中的评价文件不符（审计轨迹被截断或改写），未导入</source>
            <translation>The audit trail anchor in the package's manifest does not match its evaluation file (the audit trail was cut short or rewritten); not imported</translation>
        </message>
        <message>
            <source>数据包</source>
            <translation>The package</translation>
        </message>
        <message>
            <source>数据包的加密参数超出允许范围（清单被篡改）</source>
            <translation>The package's encryption parameters are out of the allowed range (the manifest was tampered with)</translation>
        </message>
        <message>
            <source>数据包使用了本程序不支持的密钥算法（{value}）</source>
            <translation>The package uses a key derivation this program does not support ({value})</translation>
        </message>
        <message>
            <source>评价文件太大（{inner} MB），加密数据包最多 {MAX_SEALED} MB；请导出不加密的数据包，另行加密传送</source>
            <translation>The evaluation file is too large ({inner} MB); an encrypted package holds at most {MAX_SEALED} MB. Export an unencrypted package and encrypt it separately for transfer</translation>
        </message>
        <message>
            <source>磁盘已满，未能导入数据包（没有留下任何文件）</source>
            <translation>The disk is full; the package was not imported (no file was left behind)</translation>
        </message>
        <message>
            <source>{what}有密码保护，请输入密码</source>
            <translation>{what} is password-protected; enter the password</translation>
        </message>
        <message>
            <source>{what}使用了本程序不支持的加密方式（{value}）</source>
            <translation>{what} uses an encryption this program does not support ({value})</translation>
        </message>
        <message>
            <source>密码错误，无法打开数据包</source>
            <translation>Wrong password; the package cannot be opened</translation>
        </message>
        <message>
            <source>{what}的加密参数已损坏（清单被篡改）</source>
            <translation>The encryption parameters of {what} are damaged (the manifest was tampered with)</translation>
        </message>
        <message>
            <source>{what}中的“{name}”解压后超过声明的大小（疑似压缩炸弹），已拒绝</source>
            <translation>“{name}” in {what} unpacks to more than its declared size (likely a zip bomb); refused</translation>
        </message>
        <message>
            <source>密码校验值</source>
            <translation>password check value</translation>
        </message>
        <message>
            <source>{what}已被篡改或损坏（加密校验失败），已拒绝</source>
            <translation>{what} was tampered with or is damaged (the encryption check failed); refused</translation>
        </message>
        <message>
            <source>审计记录 #{seq} 与前一条记录不衔接（记录被删除或改动）</source>
            <translation>Audit record #{seq} does not link to the one before it (a record was deleted or changed)</translation>
        </message>
        <message>
            <source>审计记录 #{seq}（{entity}.{field}）内容与其校验值不符（被改动）</source>
            <translation>The content of audit record #{seq} ({entity}.{field}) does not match its checksum (it was changed)</translation>
        </message>
        <message>
            <source>不是有效的数字：{value!r}</source>
            <translation>Not a valid number: {value!r}</translation>
        </message>
        <message>
            <source>{name}，计算机 {machine}，进程 {pid}，自 {since} 起</source>
            <translation>{name}, computer {machine}, process {pid}, since {since}</translation>
        </message>
        <message>
            <source>{actor}（{user}）</source>
            <translation>{actor} ({user})</translation>
        </message>
        <message>
            <source>另一个程序</source>
            <translation>another program</translation>
        </message>
        <message>
            <source>“{name}”正由 {who} 打开编辑；可以只读打开，或等对方关闭后再试。</source>
            <translation>“{name}” is open for editing by {who}; open it read-only, or try again once they close it.</translation>
        </message>
        <message>
            <source>“{name}”所在的文件夹不能写入，只能以只读方式打开。</source>
            <translation>The folder of “{name}” cannot be written to; it can only be opened read-only.</translation>
        </message>
        <message>
            <source>“{name}”旁有上次未正常关闭留下的锁文件“{name2}”，无法自动清除；确认没有人在使用该文件后，可手动删除它。</source>
            <translation>“{name}” has a lock file “{name2}” left by a session that did not close normally, and it cannot be cleared automatically; once you are sure nobody is using the file, delete it by hand.</translation>
        </message>
        <message>
            <source>“{name}”的文件头已损坏（页大小 {page_size} 无效）。</source>
            <translation>The header of “{name}” is damaged (page size {page_size} is not valid).</translation>
        </message>
        <message>
            <source>“{name}”不完整（文件被截断）：应有 {expected} 字节，实际只有 {size} 字节。</source>
            <translation>“{name}” is incomplete (the file was cut short): it should have {expected} bytes but has only {size}.</translation>
        </message>
        <message>
            <source>“{name}”不完整（文件大小 {size} 字节不是整页，文件被截断或被改动）。</source>
            <translation>“{name}” is incomplete (its size, {size} bytes, is not a whole number of pages; the file was cut short or altered).</translation>
        </message>
        <message>
            <source>“{name}”以只读方式打开，不能修改。</source>
            <translation>“{name}” is open read-only; it cannot be changed.</translation>
        </message>
        <message>
            <source>“{name}”是文件夹，不是评价文件。</source>
            <translation>“{name}” is a folder, not an evaluation file.</translation>
        </message>
        <message>
            <source>“{name}”不是 FieldEval 评价文件（文件格式无法识别）。</source>
            <translation>“{name}” is not a FieldEval evaluation file (the file format is not recognised).</translation>
        </message>
        <message>
            <source>“{name}”是 SQLite 数据库，但不是 FieldEval 评价文件。</source>
            <translation>“{name}” is an SQLite database, but not a FieldEval evaluation file.</translation>
        </message>
        <message>
            <source>{reason}可从备份恢复。</source>
            <translation>{reason} It can be restored from a backup.</translation>
        </message>
        <message>
            <source>“{name}”位于网络文件夹：WAL 在网络文件夹上不安全，已改用回滚日志方式保存（较慢，但可靠）。</source>
            <translation>“{name}” is in a network folder: WAL is not safe there, so it is saved with a rollback journal instead (slower, but reliable).</translation>
        </message>
        <message>
            <source>“{name}”位于 U 盘等移动存储上：已改用回滚日志方式保存；拔出前请先关闭文件。</source>
            <translation>“{name}” is on removable storage such as a USB stick: it is saved with a rollback journal; close the file before unplugging.</translation>
        </message>
        <message>
            <source>正由 {who} 使用</source>
            <translation>in use by {who}</translation>
        </message>
        <message>
            <source>正被另一个程序使用</source>
            <translation>in use by another program</translation>
        </message>
        <message>
            <source>“{name}”{who}，等待后仍无法保存，本次修改未保存。请稍后再试。</source>
            <translation>“{name}” is {who}; it still could not be saved after waiting, so this change was not saved. Try again later.</translation>
        </message>
        <message>
            <source>磁盘已满，本次修改未保存（“{name}”未改动）。请腾出空间后再试。</source>
            <translation>The disk is full; this change was not saved (“{name}” is unchanged). Free some space and try again.</translation>
        </message>
        <message>
            <source>“{name}”以只读方式打开（或位于只读位置），不能修改。</source>
            <translation>“{name}” is open read-only (or in a read-only location); it cannot be changed.</translation>
        </message>
        <message>
            <source>文件“{path}”已存在，为保护已有数据不会覆盖。请换一个文件名。</source>
            <translation>File “{path}” already exists; it is not overwritten, to protect its data. Choose another file name.</translation>
        </message>
        <message>
            <source>文件夹“{parent}”是只读的，不能在其中新建评价文件。</source>
            <translation>Folder “{parent}” is read-only; no evaluation file can be created in it.</translation>
        </message>
        <message>
            <source>新建</source>
            <translation>file created</translation>
        </message>
        <message>
            <source>“{name}”缺少版本信息，不是完整的 FieldEval 评价文件。</source>
            <translation>“{name}” lacks version information; it is not a complete FieldEval evaluation file.</translation>
        </message>
        <message>
            <source>“{name}”由更新版本的 FieldEval 创建（数据结构版本 {revision}），本程序无法安全打开。请升级 FieldEval 后再打开。</source>
            <translation>“{name}” was created by a newer FieldEval (schema version {revision}); this program cannot open it safely. Upgrade FieldEval and open it again.</translation>
        </message>
        <message>
            <source>“{name}”是只读文件（或位于只读位置），只能只读打开。</source>
            <translation>“{name}” is a read-only file (or in a read-only location); it can only be opened read-only.</translation>
        </message>
        <message>
            <source>“{name}”已损坏，无法读取（文件结构无法解读）。可从备份恢复。</source>
            <translation>“{name}” is damaged and cannot be read (its structure cannot be interpreted). It can be restored from a backup.</translation>
        </message>
        <message>
            <source>“{name}”已损坏，无法读取（{exc}）。可从备份恢复。</source>
            <translation>“{name}” is damaged and cannot be read ({exc}). It can be restored from a backup.</translation>
        </message>
        <message>
            <source>“{name}”已损坏，无法打开（{orig}）。可从备份恢复。</source>
            <translation>“{name}” is damaged and cannot be opened ({orig}). It can be restored from a backup.</translation>
        </message>
        <message>
            <source>“{name}”位于只读位置，且无法只读读取（{exc}）。</source>
            <translation>“{name}” is in a read-only location and cannot be read read-only either ({exc}).</translation>
        </message>
        <message>
            <source>“{name}”已被替换（合并或从备份恢复），本次修改未保存。请重新打开文件后再修改。</source>
            <translation>“{name}” has been replaced (by a merge or a restore from backup); this change was not saved. Reopen the file and make the change again.</translation>
        </message>
        <message>
            <source>磁盘已满，未能新建“{name}”（没有留下任何文件）。</source>
            <translation>The disk is full; “{name}” was not created (no file was left behind).</translation>
        </message>
        <message>
            <source>文件夹“{parent}”不能写入，未能新建“{name}”。</source>
            <translation>Folder “{parent}” cannot be written to; “{name}” was not created.</translation>
        </message>
        <message>
            <source>“{name}”需要升级数据结构后才能打开。</source>
            <translation>“{name}” needs a schema upgrade before it can be opened.</translation>
        </message>
        <message>
            <source>关闭文件</source>
            <translation>file closed</translation>
        </message>
        <message>
            <source>合同支付比例</source>
            <translation>Contract payment ratio</translation>
        </message>
        <message>
            <source>实际支付与合同额</source>
            <translation>Payments vs contract amount</translation>
        </message>
        <message>
            <source>绩效目标完成情况</source>
            <translation>Performance targets achieved</translation>
        </message>
        <message>
            <source>满意度</source>
            <translation>Survey</translation>
        </message>
        <message>
            <source>资金表</source>
            <translation>fund table</translation>
        </message>
        <message>
            <source>绩效目标表</source>
            <translation>performance targets table</translation>
        </message>
        <message>
            <source>满意度调查</source>
            <translation>satisfaction survey</translation>
        </message>
        <message>
            <source>实际到位资金</source>
            <translation>Funds arrived</translation>
        </message>
        <message>
            <source>预算资金</source>
            <translation>Budgeted funds</translation>
        </message>
        <message>
            <source>实际支出资金</source>
            <translation>Funds spent</translation>
        </message>
        <message>
            <source>已支付金额</source>
            <translation>Amount paid</translation>
        </message>
        <message>
            <source>合同金额</source>
            <translation>Contract</translation>
        </message>
        <message>
            <source>问题</source>
            <translation>Finding</translation>
        </message>
        <message>
            <source>证据</source>
            <translation>Evidence</translation>
        </message>
        <message>
            <source>问卷</source>
            <translation>Survey</translation>
        </message>
        <message>
            <source>上级指标</source>
            <translation>Parent indicator</translation>
        </message>
        <message>
            <source>编号</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>文件名</source>
            <translation>File name</translation>
        </message>
        <message>
            <source>备注</source>
            <translation>Remarks</translation>
        </message>
        <message>
            <source>评分项</source>
            <translation>Scoring items</translation>
        </message>
        <message>
            <source>评分标准</source>
            <translation>Scoring criteria</translation>
        </message>
        <message>
            <source>回答</source>
            <translation>Answers</translation>
        </message>
        <message>
            <source>群体</source>
            <translation>Group</translation>
        </message>
        <message>
            <source>整改期限</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <source>一级指标</source>
            <translation>Level-1 indicator</translation>
        </message>
        <message>
            <source>一级分值</source>
            <translation>Level-1 weight</translation>
        </message>
        <message>
            <source>二级指标</source>
            <translation>Level 2</translation>
        </message>
        <message>
            <source>二级分值</source>
            <translation>Level-2 weight</translation>
        </message>
        <message>
            <source>三级指标</source>
            <translation>Level 3</translation>
        </message>
        <message>
            <source>三级分值</source>
            <translation>Level-3 weight</translation>
        </message>
        <message>
            <source>指标解释</source>
            <translation>Definition</translation>
        </message>
        <message>
            <source>指标说明</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>得分</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>评分说明</source>
            <translation>Scoring note</translation>
        </message>
    </context>
</TS>