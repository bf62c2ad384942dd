<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_Hans" sourcelanguage="en">
<context>
    <name>Dealscope</name>
    <message>
        <source>Not yet agreed</source>
        <translation>尚未议定</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>生效中</translation>
    </message>
    <message>
        <source>Not restated</source>
        <translation>未重申</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>已终止</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已到期</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Reaffirmed</source>
        <translation>重申</translation>
    </message>
    <message>
        <source>Amended</source>
        <translation>已修订</translation>
    </message>
    <message>
        <source>official text (company post, filing, earnings call)</source>
        <translation>官方文本（公司公告、监管文件、财报电话会议）</translation>
    </message>
    <message>
        <source>several independent reports agree</source>
        <translation>多个独立报道一致</translation>
    </message>
    <message>
        <source>a single or weak source, or sources disagree</source>
        <translation>单一或薄弱的来源，或来源之间存在分歧</translation>
    </message>
    <message>
        <source>not verified: treat as unknown</source>
        <translation>未经核实: 视为未知</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>投资</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation>修订</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>声明</translation>
    </message>
    <message>
        <source>Cloud deal</source>
        <translation>云服务协议</translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation>财报</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>争议</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>治理</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>融资</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>法律</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报道</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>之后</translation>
    </message>
</context>
<context>
    <name>Dealscope::AgreementModel</name>
    <message>
        <source>Clause</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>可信度</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Dated events around the agreement</source>
        <translation>与协议相关的有日期事件</translation>
    </message>
    <message>
        <source>Ended %1</source>
        <translation>已于 %1 终止</translation>
    </message>
    <message>
        <source>end of %1</source>
        <translation>%1 年底</translation>
    </message>
    <message>
        <source>No end stated</source>
        <translation>未规定终止</translation>
    </message>
    <message>
        <source>At %1 (no date)</source>
        <translation>%1 时（日期未知）</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>%1, or %2 if earlier</source>
        <translation>%1，若 %2 更早则以其为准</translation>
    </message>
    <message>
        <source>Ends: %1</source>
        <translation>终止: %1</translation>
    </message>
    <message>
        <source>Confidence: %1</source>
        <translation>可信度: %1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>来源: %1</translation>
    </message>
    <message>
        <source>English text; no %1 translation</source>
        <translation>英文文本；无%1译文</translation>
    </message>
    <message>
        <source>When a clause ends; when an event happened</source>
        <translation>条款的终止时间；事件的发生时间</translation>
    </message>
    <message>
        <source>What the selected version did: new, amended, ended or not restated</source>
        <translation>所选版本的更改: 新增、已修订、已终止或未重申</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>Ends / date</source>
        <translation>终止时间 / 日期</translation>
    </message>
    <message>
        <source>In this version: %1</source>
        <translation>此版本中: %1</translation>
    </message>
    <message>
        <source>New in the selected version</source>
        <translation>所选版本中新增</translation>
    </message>
    <message>
        <source>After the selected version (%1)</source>
        <translation>在所选版本（%1）之后</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>第 %1 级</translation>
    </message>
    <message>
        <source>Level %1, in %2</source>
        <translation>第 %1 级，位于 %2 下</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>日期: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态: %1</translation>
    </message>
    <message>
        <source>No end</source>
        <translation>无终止</translation>
    </message>
    <message>
        <source>by %1</source>
        <comment>the latest a clause can end; a milestone may end it earlier</comment>
        <translation>最迟%1</translation>
    </message>
</context>
<context>
    <name>Dealscope::AgreementStatusLine</name>
    <message>
        <source>AGI verification assumed in %1</source>
        <translation>假设 AGI 于 %1 年通过验证</translation>
    </message>
    <message>
        <source>AGI verification unresolved</source>
        <translation>AGI 验证尚无定论</translation>
    </message>
    <message>
        <source>facts checked %1</source>
        <translation>事实核查于 %1</translation>
    </message>
    <message numerus="yes">
        <source>As of %1 (%2): %n clause(s) in force or not restated</source>
        <translation>
            <numerusform>截至 %1（%2）: %n 项条款生效中或未重申</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dealscope::ArticleView</name>
    <message>
        <source>Parallel</source>
        <translation>双语对照</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Show a second language side by side, paragraph by paragraph</source>
        <translation>逐段并排显示第二种语言</translation>
    </message>
    <message>
        <source>Second language</source>
        <translation>第二语言</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>文章正文</translation>
    </message>
    <message>
        <source>Find in article…</source>
        <translation>在文章中查找…</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <source>Find previous (Shift+Enter)</source>
        <translation>查找上一个 (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <source>Find next (Enter)</source>
        <translation>查找下一个 (Enter)</translation>
    </message>
    <message>
        <source>No articles are available.</source>
        <translation>没有可用的文章。</translation>
    </message>
    <message>
        <source>The %1 version cannot be shown: %2</source>
        <translation>无法显示 %1 版本: %2</translation>
    </message>
    <message>
        <source>This article cannot be shown.</source>
        <translation>无法显示此文章。</translation>
    </message>
    <message>
        <source>English: not translated</source>
        <translation>英文: 未翻译</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>无匹配项</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n 个匹配项</numerusform>
        </translation>
    </message>
    <message>
        <source>Find in article</source>
        <translation>在文章中查找</translation>
    </message>
</context>
<context>
    <name>Dealscope::AutosaveStore</name>
    <message>
        <source>cannot create %1</source>
        <translation>无法创建 %1</translation>
    </message>
    <message>
        <source>cannot lock %1</source>
        <translation>无法锁定 %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1: %2</translation>
    </message>
</context>
<context>
    <name>Dealscope::ChartValueText</name>
    <message>
        <source>$%1 B</source>
        <translation>%1 十亿美元</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a number and its unit</comment>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a series and its value</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Dealscope::ClauseTreePanel</name>
    <message>
        <source>Filter clauses and events…</source>
        <translation>筛选条款和事件…</translation>
    </message>
    <message>
        <source>Keep the clauses and events whose title, wording or source contains every word</source>
        <translation>仅保留标题、措辞或来源包含所有词语的条款和事件</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Filter clauses and events</source>
        <translation>筛选条款和事件</translation>
    </message>
</context>
<context>
    <name>Dealscope::CompareController</name>
    <message>
        <source>Export Changes</source>
        <translation>导出变更</translation>
    </message>
    <message>
        <source>Redline PDF (*.pdf);;CSV table (*.csv)</source>
        <translation>修订标记PDF (*.pdf);;CSV表格 (*.csv)</translation>
    </message>
    <message>
        <source>Compare &amp;Versions…</source>
        <translation>比较版本(&amp;V)…</translation>
    </message>
    <message>
        <source>Compare two versions of the agreement, wording beside wording</source>
        <translation>并排对照措辞，比较协议的两个版本</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Outline an Earlier Version on the &amp;Timeline</source>
        <translation>在时间线上标出较早版本(&amp;T)</translation>
    </message>
    <message>
        <source>Outline on the timeline each term as %1 had it,
to compare with %2 (%3)</source>
        <translation>在时间线上以轮廓标出%1时的各项期限，
与%2对比 (%3)</translation>
    </message>
    <message>
        <source>Outline on the timeline each term as the version before had it (%1)</source>
        <translation>在时间线上以轮廓标出上一版本时的各项期限 (%1)</translation>
    </message>
</context>
<context>
    <name>Dealscope::CompareView</name>
    <message>
        <source>All changes</source>
        <translation>全部变更</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>已终止</translation>
    </message>
    <message>
        <source>Amended</source>
        <translation>已修订</translation>
    </message>
    <message>
        <source>Not restated</source>
        <translation>未重申</translation>
    </message>
    <message>
        <source>New events</source>
        <translation>新事件</translation>
    </message>
    <message>
        <source>Version &amp;A:</source>
        <translation>版本&amp;A:</translation>
    </message>
    <message>
        <source>Version &amp;B:</source>
        <translation>版本&amp;B:</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Save this comparison as a redline PDF or as a CSV table</source>
        <translation>将此对比保存为修订标记PDF或CSV表格</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>互换</translation>
    </message>
    <message>
        <source>Swap versions A and B</source>
        <translation>互换版本A和B</translation>
    </message>
    <message>
        <source>Version A</source>
        <translation>版本A</translation>
    </message>
    <message>
        <source>The earlier version: its wording is struck through where B differs</source>
        <translation>较早的版本：与B不同的措辞以删除线标出</translation>
    </message>
    <message>
        <source>Version B</source>
        <translation>版本B</translation>
    </message>
    <message>
        <source>The later version: its wording is underlined where it differs from A</source>
        <translation>较晚的版本：与A不同的措辞以下划线标出</translation>
    </message>
    <message>
        <source>Kind of change</source>
        <translation>变更类型</translation>
    </message>
    <message>
        <source>Changes between versions A and B</source>
        <translation>版本A与B之间的变更</translation>
    </message>
</context>
<context>
    <name>Dealscope::DetailsFormatter</name>
    <message>
        <source>%1 — parts range from %2 to %3</source>
        <translation>%1 — 各部分从“%2”到“%3”不等</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>约 %1</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>最多 %1</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>超过 %1</translation>
    </message>
    <message>
        <source>See:</source>
        <translation>参见:</translation>
    </message>
    <message>
        <source>Conflicting reports</source>
        <translation>报道相互矛盾</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>As first agreed:</source>
        <translation>最初议定的内容:</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>not yet agreed</source>
        <translation>尚未议定</translation>
    </message>
    <message>
        <source>This end depends on a milestone with no known date: %1. Assume a date under View › Assume AGI Verification to see the term end there.</source>
        <translation>此终止取决于一个日期未知的里程碑: %1。在“视图 › 假设 AGI 验证”中假设一个日期，即可看到期限在该时点结束。</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>可信度</translation>
    </message>
    <message>
        <source>Open questions</source>
        <translation>待解决问题</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Facts last checked on %1.</source>
        <translation>事实最后核查于 %1。</translation>
    </message>
    <message>
        <source>Select a clause or an event in the tree or on the timeline to see its terms, history, confidence and sources.</source>
        <translation>在树或时间线中选择条款或事件，即可查看其条件、历史、可信度和来源。</translation>
    </message>
    <message>
        <source>Ended on %1</source>
        <translation>已于 %1 终止</translation>
    </message>
    <message>
        <source>Expired on %1</source>
        <translation>已于 %1 到期</translation>
    </message>
    <message>
        <source>The last wording was:</source>
        <translation>最后的措辞:</translation>
    </message>
    <message>
        <source>Later than the selected version (%1).</source>
        <translation>晚于所选版本（%1）。</translation>
    </message>
    <message>
        <source>Versions: %1 · Clauses: %2 · Dated events: %3 · Open questions: %4 · Sources: %5</source>
        <translation>版本: %1 · 条款: %2 · 有日期的事件: %3 · 待解决问题: %4 · 来源: %5</translation>
    </message>
</context>
<context>
    <name>Dealscope::DetailsPane</name>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
</context>
<context>
    <name>Dealscope::DocumentAccessible</name>
    <message>
        <source>Link: %1</source>
        <translation>链接: %1</translation>
    </message>
</context>
<context>
    <name>Dealscope::ExportText</name>
    <message>
        <source>%1: choose a .png, .svg or .pdf file</source>
        <translation>%1: 请选择 .png、.svg 或 .pdf 文件</translation>
    </message>
    <message>
        <source>this dataset has no scenario model</source>
        <translation>此数据集没有情景模型</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>导出%1</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>Dark colours instead of paper</source>
        <translation>使用深色配色而非纸张颜色</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>宽度:</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>高度:</translation>
    </message>
    <message>
        <source>Resolution (dpi):</source>
        <translation>分辨率 (dpi):</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>This dataset has no scenario model, so there is no chart to export.</source>
        <translation>此数据集没有情景模型，因此没有可导出的图表。</translation>
    </message>
    <message>
        <source>timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 绘图 (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Yearly projection</source>
        <translation>逐年预测</translation>
    </message>
    <message>
        <source>Sensitivity (tornado)</source>
        <translation>敏感性（龙卷风图）</translation>
    </message>
    <message>
        <source>AGI-year fan percentiles</source>
        <translation>AGI 年份扇形图百分位数</translation>
    </message>
    <message>
        <source>Clauses as of the shown version</source>
        <translation>所显示版本时的条款</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>导出表格</translation>
    </message>
    <message>
        <source>Table:</source>
        <translation>表格:</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <source>--as-of &quot;%1&quot;: no such version (expected a date or one of %2)</source>
        <translation>--as-of &quot;%1&quot;: 没有此版本（应为日期或 %2 之一）</translation>
    </message>
    <message>
        <source>--preset &quot;%1&quot;: expected one of %2</source>
        <translation>--preset &quot;%1&quot;: 应为 %2 之一</translation>
    </message>
    <message>
        <source>Default assumptions</source>
        <translation>默认假设</translation>
    </message>
    <message>
        <source>--set %1=%2: out of range (%3 to %4%5)</source>
        <translation>--set %1=%2: 超出范围（%3 至 %4%5）</translation>
    </message>
    <message>
        <source>, whole numbers</source>
        <translation>，整数</translation>
    </message>
    <message>
        <source>the dataset lacks the terms the scenario model needs: %1</source>
        <translation>数据集缺少情景模型所需的合同条件: %1</translation>
    </message>
    <message>
        <source>the dataset lacks the other terms to compare with: %1</source>
        <translation>数据集缺少用于对比的另一套合同条件: %1</translation>
    </message>
    <message>
        <source>Illustrative; made with Dealscope.</source>
        <translation>仅供示意；由 Dealscope 制作。</translation>
    </message>
    <message>
        <source>%1 chart, %2, %3</source>
        <translation>%1 图表，%2，%3</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1: %2</translation>
    </message>
    <message>
        <source>a drawing cannot be written as CSV</source>
        <translation>绘图无法写入为 CSV</translation>
    </message>
    <message>
        <source>Illustrative model of the agreement&apos;s terms, not a forecast and not advice.</source>
        <translation>协议条款的示意模型，并非预测，也不构成建议。</translation>
    </message>
    <message>
        <source>Dealscope %1 · %2, facts checked on %3.</source>
        <translation>Dealscope %1 · %2，事实核查于 %3。</translation>
    </message>
    <message>
        <source>Dashed: %1.</source>
        <translation>虚线: %1。</translation>
    </message>
    <message>
        <source>%1: clauses and events as of %2</source>
        <translation>%1: 截至 %2 的条款和事件</translation>
    </message>
    <message>
        <source>Bars run from a term&apos;s start to its end; faded ends wait for a milestone such as AGI verification.</source>
        <translation>条形表示各条款从开始到终止的期间；淡出的末端表示有待某个里程碑（如 AGI 验证）。</translation>
    </message>
    <message>
        <source>Not yet agreed</source>
        <translation>尚未议定</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>生效中</translation>
    </message>
    <message>
        <source>Not restated</source>
        <translation>未重申</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>已终止</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已到期</translation>
    </message>
    <message>
        <source>No end stated</source>
        <translation>未规定终止</translation>
    </message>
    <message>
        <source>At %1</source>
        <translation>%1 时</translation>
    </message>
    <message>
        <source>%1, or earlier at %2</source>
        <translation>%1，或在 %2 时提前终止</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 年</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>假设</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认值</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>assumption</source>
        <translation>假设</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>At minimum, $B</source>
        <translation>取最小值时（十亿美元）</translation>
    </message>
    <message>
        <source>At maximum, $B</source>
        <translation>取最大值时（十亿美元）</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>版本:</translation>
    </message>
    <message>
        <source>Facts checked on:</source>
        <translation>事实核查日期:</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>情景:</translation>
    </message>
    <message>
        <source>Report made on:</source>
        <translation>报告生成日期:</translation>
    </message>
    <message>
        <source>Made with Dealscope %1. The scenario figures are illustrative: neither a forecast nor legal or investment advice. Confidence codes: A official text, B several independent reports, C a single or weak source, X not verified.</source>
        <translation>由 Dealscope %1 制作。情景数据仅供示意：既非预测，也不构成法律或投资建议。可信度代码: A 官方文本，B 多个独立报道，C 单一或薄弱的来源，X 未经核实。</translation>
    </message>
    <message>
        <source>Clauses in force</source>
        <translation>生效中的条款</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>终止时间</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>可信度</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>%1 — report</source>
        <translation>%1 — 报告</translation>
    </message>
    <message>
        <source>Azure stack by layer and revenue share</source>
        <translation>按层划分的 Azure 堆栈与收入分成</translation>
    </message>
    <message>
        <source>Comparison with the other terms</source>
        <translation>与另一套合同条件的对比</translation>
    </message>
    <message>
        <source>Solid: %1. Dashed: %2. Assumptions as in the table above.</source>
        <translation>实线: %1。虚线: %2。假设如上表所示。</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>敏感性</translation>
    </message>
    <message>
        <source>AGI-year uncertainty</source>
        <translation>AGI 年份的不确定性</translation>
    </message>
    <message>
        <source>cannot write %1: the PDF could not be started</source>
        <translation>无法写入 %1: 无法开始生成 PDF</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Scenario: %1.</source>
        <translation>情景: %1。</translation>
    </message>
    <message>
        <source>Amendment bridge, term by term</source>
        <translation>修订桥图（逐项条件）</translation>
    </message>
    <message>
        <source>--from &quot;%1&quot; --to &quot;%2&quot;: no such versions to compare (expected dates or two of %3)</source>
        <translation>--from &quot;%1&quot; --to &quot;%2&quot;：没有可比较的此类版本（应为日期或 %3 中的两个）</translation>
    </message>
    <message>
        <source>the bridge cannot use these terms: %1</source>
        <translation>桥图无法使用这些条件：%1</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Microsoft total, $B</source>
        <translation>Microsoft 合计（十亿美元）</translation>
    </message>
    <message>
        <source>Revenue share, $B</source>
        <translation>收入分成（十亿美元）</translation>
    </message>
    <message>
        <source>Each step is the term&apos;s average effect over every order of switching the terms (its Shapley value), so the steps add up to the difference whatever their order.</source>
        <translation>每一步是该条件在所有切换顺序下的平均影响（其 Shapley 值），因此无论顺序如何，各步之和都等于差额。</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <source>revenue by layer</source>
        <translation>按层划分的收入</translation>
    </message>
    <message>
        <source>revenue by layer, two scenarios compared</source>
        <translation>按层划分的收入（两个情景对比）</translation>
    </message>
    <message>
        <source>sensitivity (tornado)</source>
        <translation>敏感性（龙卷风图）</translation>
    </message>
    <message>
        <source>AGI-year fan</source>
        <translation>AGI 年份扇形图</translation>
    </message>
    <message>
        <source>amendment bridge</source>
        <translation>修订桥图</translation>
    </message>
    <message>
        <source>Export chart: %1</source>
        <translation>导出图表：%1</translation>
    </message>
</context>
<context>
    <name>Dealscope::FanTableModel</name>
    <message>
        <source>Azure stack</source>
        <translation>Azure 堆栈</translation>
    </message>
    <message>
        <source>Revenue share</source>
        <translation>收入分成</translation>
    </message>
    <message>
        <source>%1, p%2</source>
        <extracomment>A column of the AGI-year fan&apos;s table: the series and a percentile, e.g. &quot;Azure stack, p50&quot;</extracomment>
        <translation>%1，p%2</translation>
    </message>
</context>
<context>
    <name>Dealscope::FileSetAside</name>
    <message>
        <source>too many set-aside copies of %1</source>
        <translation>%1 的备份副本过多</translation>
    </message>
</context>
<context>
    <name>Dealscope::GlossaryView</name>
    <message>
        <source>Search the glossary…</source>
        <translation>搜索术语表…</translation>
    </message>
    <message>
        <source>Search the glossary</source>
        <translation>搜索术语表</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>术语表</translation>
    </message>
    <message>
        <source>Also: %1</source>
        <translation>又称：%1</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>No term matches.</source>
        <translation>没有匹配的术语。</translation>
    </message>
    <message numerus="yes">
        <source>%n term(s)</source>
        <translation>
            <numerusform>%n 个术语</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dealscope::HelpMenu</name>
    <message>
        <source>The Deal at a &amp;Glance</source>
        <translation>协议概览(&amp;G)</translation>
    </message>
    <message>
        <source>What each party gets, the key dates, what changed last and what is still unknown</source>
        <translation>各方获得什么、关键日期、最近一次变更了什么以及仍未知的内容</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <source>Open the guide at the part about the pane you are in</source>
        <translation>在关于当前窗格的部分打开指南</translation>
    </message>
    <message>
        <source>&amp;Legend</source>
        <translation>图例(&amp;L)</translation>
    </message>
    <message>
        <source>What every badge, icon, shape and colour of the views means</source>
        <translation>各视图中每个徽标、图标、形状和颜色的含义</translation>
    </message>
    <message>
        <source>Gl&amp;ossary</source>
        <translation>术语表(&amp;O)</translation>
    </message>
    <message>
        <source>The terms of the agreement and of the trade, explained</source>
        <translation>协议及行业术语解释</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>术语表</translation>
    </message>
    <message>
        <source>About Dealscope</source>
        <translation>关于 Dealscope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Dealscope %1&lt;/h3&gt;&lt;p&gt;An explorer for business agreements: their clauses, versions and timeline.&lt;/p&gt;&lt;p&gt;The bundled dataset describes the Microsoft–OpenAI partnership from public sources; it is not legal or investment advice.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Dealscope %1&lt;/h3&gt;&lt;p&gt;商业协议浏览器：查看协议的条款、版本和时间线。&lt;/p&gt;&lt;p&gt;随附的数据集根据公开来源描述 Microsoft–OpenAI 的合作关系，不构成法律或投资建议。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Dealscope::ItemFinder</name>
    <message>
        <source>Found: %1</source>
        <translation>已找到: %1</translation>
    </message>
    <message>
        <source>Nothing matches “%1”</source>
        <translation>没有与“%1”匹配的项</translation>
    </message>
</context>
<context>
    <name>Dealscope::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>The language of the interface, the dataset texts and the articles</source>
        <translation>界面、数据集文本和文章的语言</translation>
    </message>
    <message>
        <source>System Default (%1)</source>
        <translation>系统默认（%1）</translation>
    </message>
</context>
<context>
    <name>Dealscope::LegendButton</name>
    <message>
        <source>Legend: what the badges, icons, shapes and lines mean</source>
        <translation>图例：标记、图标、形状和线条的含义</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
</context>
<context>
    <name>Dealscope::LegendDialog</name>
    <message>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
</context>
<context>
    <name>Dealscope::LegendView</name>
    <message>
        <source>The version shown brought this clause in.</source>
        <translation>当前显示的版本引入了此条款。</translation>
    </message>
    <message>
        <source>The version shown confirmed the clause as it was.</source>
        <translation>当前显示的版本原样确认了此条款。</translation>
    </message>
    <message>
        <source>The version shown changed the clause&apos;s wording or term.</source>
        <translation>当前显示的版本更改了条款的措辞或期限。</translation>
    </message>
    <message>
        <source>The version shown ended the clause.</source>
        <translation>当前显示的版本终止了此条款。</translation>
    </message>
    <message>
        <source>The version shown did not mention the clause: it may still apply, but nobody has confirmed it.</source>
        <translation>当前显示的版本未提及此条款：它可能仍然适用，但无人确认。</translation>
    </message>
    <message>
        <source>Agreed, but its term starts later; or not yet agreed as of the version shown.</source>
        <translation>已议定但期限稍后开始；或截至当前显示的版本尚未议定。</translation>
    </message>
    <message>
        <source>Applies as of the version shown.</source>
        <translation>截至当前显示的版本适用。</translation>
    </message>
    <message>
        <source>A later version did not mention the clause, so its status is unknown. It is shown as it last stood, with a dashed outline.</source>
        <translation>后续版本未提及此条款，因此其状态不明。按最后已知状态显示，并带虚线轮廓。</translation>
    </message>
    <message>
        <source>A version ended the clause.</source>
        <translation>某个版本终止了此条款。</translation>
    </message>
    <message>
        <source>Its term ran out.</source>
        <translation>其期限已届满。</translation>
    </message>
    <message>
        <source>Badges in the clause tree</source>
        <translation>条款树中的标记</translation>
    </message>
    <message>
        <source>The tree&apos;s columns say what the version shown did to each item, where it stands and how well its facts are sourced.</source>
        <translation>树的各列显示当前版本对每项做了什么、其所处状态以及事实来源的可靠程度。</translation>
    </message>
    <message>
        <source>An event dated after the version shown: it was not yet known then. Its row is greyed.</source>
        <translation>晚于当前显示版本的事件：当时尚不知晓。其行显示为灰色。</translation>
    </message>
    <message>
        <source>A range is coloured by its weaker end.</source>
        <translation>范围按其较弱一端着色。</translation>
    </message>
    <message>
        <source>Bars on the timeline</source>
        <translation>时间轴上的条形</translation>
    </message>
    <message>
        <source>Each clause is a bar from its start to its end, in the lane of its category.</source>
        <translation>每个条款在其类别的泳道中显示为从开始到结束的条形。</translation>
    </message>
    <message>
        <source>No end stated</source>
        <translation>未规定终止</translation>
    </message>
    <message>
        <source>The clause states no end: the arrow says it runs on.</source>
        <translation>条款未规定终止：箭头表示其持续有效。</translation>
    </message>
    <message>
        <source>Known end</source>
        <translation>已知终止</translation>
    </message>
    <message>
        <source>Ends on a known date, or on the date assumed for a milestone.</source>
        <translation>在已知日期终止，或在为里程碑假定的日期终止。</translation>
    </message>
    <message>
        <source>Fading end</source>
        <translation>渐隐的终止</translation>
    </message>
    <message>
        <source>Ends at a milestone, such as AGI verification, that nobody can date: solid up to today, then fading out.</source>
        <translation>在无人能确定日期的里程碑（如AGI核实）时终止：至今天为实色，之后渐隐。</translation>
    </message>
    <message>
        <source>Hatched end</source>
        <translation>斜线填充的终止</translation>
    </message>
    <message>
        <source>Ends on a date at the latest, sooner if a milestone comes first: the part after today is hatched, and the dashed edge is the latest end.</source>
        <translation>最迟在某日期终止，若里程碑先到则更早：今天之后的部分用斜线填充，虚线边缘为最晚终止日期。</translation>
    </message>
    <message>
        <source>Compared term</source>
        <translation>对比的期限</translation>
    </message>
    <message>
        <source>With the Compare toggle on, the dashed outline is the clause&apos;s term in the other version.</source>
        <translation>打开“比较”后，虚线轮廓表示该条款在另一版本中的期限。</translation>
    </message>
    <message>
        <source>Change icons on the timeline</source>
        <translation>时间轴上的变更图标</translation>
    </message>
    <message>
        <source>With View › Show Changes on, a bar starts with what the version shown did to it.</source>
        <translation>打开“视图 › 显示更改”后，条形开头显示当前版本对其做了什么。</translation>
    </message>
    <message>
        <source>Events on the timeline</source>
        <translation>时间轴上的事件</translation>
    </message>
    <message>
        <source>Events are told apart by shape first, and by colour.</source>
        <translation>事件首先按形状区分，其次按颜色区分。</translation>
    </message>
    <message>
        <source>Hollow marker on a line</source>
        <translation>线上的空心标记</translation>
    </message>
    <message>
        <source>The date is known only to the month or the year: the line spans that period.</source>
        <translation>日期仅精确到月或年：线条覆盖该时段。</translation>
    </message>
    <message>
        <source>Diamond</source>
        <translation>菱形</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>圆形</translation>
    </message>
    <message>
        <source>Cross</source>
        <translation>叉形</translation>
    </message>
    <message>
        <source>Square</source>
        <translation>方形</translation>
    </message>
    <message>
        <source>Triangle</source>
        <translation>三角形</translation>
    </message>
    <message>
        <source>An agreement or an amendment.</source>
        <translation>协议或修订。</translation>
    </message>
    <message>
        <source>Money: an investment, funding or earnings.</source>
        <translation>资金：投资、融资或财报。</translation>
    </message>
    <message>
        <source>A dispute or a legal step.</source>
        <translation>争议或法律行动。</translation>
    </message>
    <message>
        <source>A cloud deal or a product.</source>
        <translation>云交易或产品。</translation>
    </message>
    <message>
        <source>A statement, a governance change or a report.</source>
        <translation>声明、治理变更或报道。</translation>
    </message>
    <message>
        <source>Lines on the timeline</source>
        <translation>时间轴上的线条</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Today&apos;s date. After it, ends that wait for a milestone fade out or are hatched.</source>
        <translation>今天的日期。此后，等待里程碑的终止会渐隐或以斜线显示。</translation>
    </message>
    <message>
        <source>Version shown</source>
        <translation>当前显示的版本</translation>
    </message>
    <message>
        <source>The version the tree, the timeline and the details show the agreement as of; its month is in bold on the axis.</source>
        <translation>树、时间轴和详情所依据的协议版本；其月份在轴上以粗体显示。</translation>
    </message>
    <message>
        <source>Other versions</source>
        <translation>其他版本</translation>
    </message>
    <message>
        <source>Every other version of the agreement, with its month on the axis.</source>
        <translation>协议的其他各个版本，其月份标在轴上。</translation>
    </message>
</context>
<context>
    <name>Dealscope::LoadingPlaceholder</name>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
</context>
<context>
    <name>Dealscope::MainWindow</name>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>源码</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>As of:</source>
        <translation>截至:</translation>
    </message>
    <message>
        <source>Show the agreement as this version left it</source>
        <translation>显示此版本时的协议状态</translation>
    </message>
    <message>
        <source>Assume AGI verified in:</source>
        <translation>假设 AGI 验证年份:</translation>
    </message>
    <message>
        <source>not assumed</source>
        <translation>不假设</translation>
    </message>
    <message>
        <source>Terms that end at AGI verification end at the start of this year, as in the scenario model. Nobody knows when, or whether, the expert panel will verify AGI.</source>
        <translation>在 AGI 验证时终止的条款，与情景模型一样，视为在该年年初终止。没有人知道专家小组何时会验证 AGI，甚至是否会验证。</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Find clauses and events…</source>
        <translation>查找条款和事件…</translation>
    </message>
    <message>
        <source>Close Find Bar</source>
        <translation>关闭查找栏</translation>
    </message>
    <message>
        <source>%1 — Dealscope</source>
        <translation>%1 — Dealscope</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>Opened %1 (warnings: %2)</source>
        <translation>已打开 %1（%2 条警告）</translation>
    </message>
    <message>
        <source>Open Dataset</source>
        <translation>打开数据集</translation>
    </message>
    <message>
        <source>Dealscope datasets (*.json);;All files (*)</source>
        <translation>Dealscope 数据集 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Further problems: %1 (see the details).</source>
        <translation>其他问题: %1 个（请参阅详细信息）。</translation>
    </message>
    <message>
        <source>Cannot Open Dataset</source>
        <translation>无法打开数据集</translation>
    </message>
    <message>
        <source>%1 is not a valid Dealscope dataset. The current dataset stays open.</source>
        <translation>%1 不是有效的 Dealscope 数据集。当前数据集保持打开。</translation>
    </message>
    <message>
        <source>Could not autosave the scenario (%1); retrying every 30 seconds.</source>
        <translation>无法自动保存情景（%1）；将每 30 秒重试一次。</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <source>Next Pane</source>
        <translation>下一个窗格</translation>
    </message>
    <message>
        <source>Move the focus to the next pane: toolbar, views, tree, timeline, details</source>
        <translation>将焦点移到下一个窗格: 工具栏、视图、树、时间线、详细信息</translation>
    </message>
    <message>
        <source>Previous Pane</source>
        <translation>上一个窗格</translation>
    </message>
    <message>
        <source>Move the focus to the previous pane</source>
        <translation>将焦点移到上一个窗格</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Open the folder of the file just exported</source>
        <translation>打开刚导出的文件所在的文件夹</translation>
    </message>
    <message>
        <source>Details and source</source>
        <translation>详细信息和源码</translation>
    </message>
    <message>
        <source>Find clauses and events</source>
        <translation>查找条款和事件</translation>
    </message>
</context>
<context>
    <name>Dealscope::MessageBar</name>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>Dealscope::OpenQuestionsHtml</name>
    <message>
        <source>Conflicting reports</source>
        <translation>报道相互矛盾</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>confidence %1, no source</source>
        <translation>可信度 %1，无来源</translation>
    </message>
    <message>
        <source>confidence %1; sources:</source>
        <translation>可信度 %1；来源：</translation>
    </message>
    <message>
        <source>Clauses:</source>
        <translation>条款：</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>来源：</translation>
    </message>
</context>
<context>
    <name>Dealscope::OpenQuestionsView</name>
    <message>
        <source>All kinds</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <source>Kind of open question</source>
        <translation>待解决问题的类型</translation>
    </message>
    <message>
        <source>Filter open questions…</source>
        <translation>筛选待解决问题…</translation>
    </message>
    <message>
        <source>Filter open questions</source>
        <translation>筛选待解决问题</translation>
    </message>
    <message>
        <source>Open questions</source>
        <translation>待解决问题</translation>
    </message>
    <message>
        <source>No open question matches.</source>
        <translation>没有匹配的待解决问题。</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>Dealscope::RedlineHtml</name>
    <message>
        <source>New event</source>
        <translation>新事件</translation>
    </message>
    <message>
        <source>Clause or event</source>
        <translation>条款或事件</translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation>A: %1</translation>
    </message>
    <message>
        <source>B: %1</source>
        <translation>B: %1</translation>
    </message>
    <message>
        <source>Not in version B</source>
        <translation>版本B中没有</translation>
    </message>
    <message>
        <source>Not in version A</source>
        <translation>版本A中没有</translation>
    </message>
    <message>
        <source>Ends: %1</source>
        <translation>终止: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态: %1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>来源: %1</translation>
    </message>
    <message>
        <source>Replaced by %1</source>
        <translation>由%1取代</translation>
    </message>
    <message>
        <source>Replaces %1</source>
        <translation>取代%1</translation>
    </message>
    <message>
        <source>%1 only in version A; %2 only in version B.</source>
        <translation>%1 仅见于版本A；%2 仅见于版本B。</translation>
    </message>
    <message>
        <source>Struck through:</source>
        <translation>删除线:</translation>
    </message>
    <message>
        <source>underlined:</source>
        <translation>下划线:</translation>
    </message>
    <message>
        <source>Version A:</source>
        <translation>版本A:</translation>
    </message>
    <message>
        <source>Version B:</source>
        <translation>版本B:</translation>
    </message>
    <message>
        <source>No clause or event differs between these versions.</source>
        <translation>这两个版本之间没有不同的条款或事件。</translation>
    </message>
    <message>
        <source>Redline:</source>
        <translation>修订标记:</translation>
    </message>
    <message>
        <source>Version A</source>
        <translation>版本A</translation>
    </message>
    <message>
        <source>Version B</source>
        <translation>版本B</translation>
    </message>
</context>
<context>
    <name>Dealscope::RedlinePdf</name>
    <message>
        <source>%1: changes from %2 to %3</source>
        <translation>%1：从%2到%3的变更</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1: %2</translation>
    </message>
</context>
<context>
    <name>Dealscope::ReportQuestions</name>
    <message>
        <source>Open questions</source>
        <translation>待解决问题</translation>
    </message>
    <message>
        <source>Conflicting reports and undisclosed terms (%1). They are shown as open, not as facts.</source>
        <translation>相互矛盾的报道与未披露的条款（%1项）。它们被列为待解决问题，而非事实。</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioAssumptions</name>
    <message>
        <source>Azure revenue FY25</source>
        <translation>Azure 收入 FY25</translation>
    </message>
    <message>
        <source>facts.md §3a: Azure FY25 more than $75B, +34% (A)</source>
        <translation>facts.md §3a: Azure FY25 收入超过 750 亿美元，+34%（A）</translation>
    </message>
    <message>
        <source>Azure growth, recent quarters</source>
        <translation>Azure 增长率（最近几个季度）</translation>
    </message>
    <message>
        <source>facts.md §3a: Azure growth 39–40% from FY25 Q4 to FY26 Q3 (A/B); shifts FY25 to calendar 2025 as × (1 + g)^0.5 (assumption)</source>
        <translation>facts.md §3a: 从 FY25 Q4 到 FY26 Q3，Azure 增长 39–40%（A/B）；按 × (1 + g)^0.5 将 FY25 换算为 2025 日历年（假设）</translation>
    </message>
    <message>
        <source>Baseline growth 2026</source>
        <translation>基线增长率 2026</translation>
    </message>
    <message>
        <source>Assumption: 2026 growth of the Azure revenue OpenAI does not drive, below the 39–40% total of facts.md §3a, which includes AI</source>
        <translation>假设: 非 OpenAI 带动的 Azure 收入在 2026 年的增长率，低于 facts.md §3a 中包含 AI 在内的 39–40% 总增长率</translation>
    </message>
    <message>
        <source>Baseline long-run growth</source>
        <translation>基线长期增长率</translation>
    </message>
    <message>
        <source>Assumption: the growth rate the baseline fades towards</source>
        <translation>假设: 基线增长率逐渐趋近的水平</translation>
    </message>
    <message>
        <source>Baseline and SaaS growth fade</source>
        <translation>基线与 SaaS 增长率的衰减</translation>
    </message>
    <message>
        <source>Assumption: each year keeps this fraction of the excess of baseline and SaaS adoption growth over their long-run rates</source>
        <translation>假设: 基线与 SaaS 采用增长率超出各自长期增长率的部分，每年保留的比例</translation>
    </message>
    <message>
        <source>IaaS share of Azure 2025</source>
        <translation>IaaS 占 Azure 的比例 2025</translation>
    </message>
    <message>
        <source>Assumption: Microsoft never published the IaaS/PaaS/SaaS split (facts.md §3a, X)</source>
        <translation>假设: Microsoft 从未公布 IaaS/PaaS/SaaS 的划分（facts.md §3a，X）</translation>
    </message>
    <message>
        <source>PaaS share of Azure 2025</source>
        <translation>PaaS 占 Azure 的比例 2025</translation>
    </message>
    <message>
        <source>Assumption: Microsoft never published the IaaS/PaaS/SaaS split (facts.md §3a, X); SaaS gets the rest</source>
        <translation>假设: Microsoft 从未公布 IaaS/PaaS/SaaS 的划分（facts.md §3a，X）；其余归入 SaaS</translation>
    </message>
    <message>
        <source>OpenAI revenue 2025</source>
        <translation>OpenAI 收入 2025</translation>
    </message>
    <message>
        <source>facts.md §3b: OpenAI 2025 revenue ~$13B (B)</source>
        <translation>facts.md §3b: OpenAI 2025 年收入约 130 亿美元（B）</translation>
    </message>
    <message>
        <source>OpenAI revenue growth 2026</source>
        <translation>OpenAI 收入增长率 2026</translation>
    </message>
    <message>
        <source>facts.md §3b: projection ~$30B for 2026 (C), about +130%; default +120%</source>
        <translation>facts.md §3b: 2026 年预计约 300 亿美元（C），约 +130%；默认值 +120%</translation>
    </message>
    <message>
        <source>OpenAI long-run growth</source>
        <translation>OpenAI 长期增长率</translation>
    </message>
    <message>
        <source>Assumption: the rate OpenAI growth fades towards; the default path stays below the $200B projected for 2030 (facts.md §3b, C)</source>
        <translation>假设: OpenAI 增长率逐渐趋近的水平；默认路径低于 2030 年预计的 2000 亿美元（facts.md §3b，C）</translation>
    </message>
    <message>
        <source>OpenAI growth fade</source>
        <translation>OpenAI 增长率的衰减</translation>
    </message>
    <message>
        <source>Assumption: each year keeps this fraction of the excess of OpenAI growth over its long-run rate</source>
        <translation>假设: OpenAI 增长率超出其长期增长率的部分，每年保留的比例</translation>
    </message>
    <message>
        <source>OpenAI compute spend per revenue dollar</source>
        <translation>OpenAI 每美元收入的算力支出</translation>
    </message>
    <message>
        <source>Assumption: facts.md §3b gives OpenAI&apos;s compute in GW only (1.9 GW in 2025, B), not in dollars</source>
        <translation>假设: facts.md §3b 仅以 GW 给出 OpenAI 的算力（2025 年 1.9 GW，B），未以美元计</translation>
    </message>
    <message>
        <source>Azure share of OpenAI compute 2025</source>
        <translation>Azure 占 OpenAI 算力的比例 2025</translation>
    </message>
    <message>
        <source>Assumption: Oracle, AWS, CoreWeave and Google also supply OpenAI (facts.md §3d, B)</source>
        <translation>假设: Oracle、AWS、CoreWeave 和 Google 也为 OpenAI 提供算力（facts.md §3d，B）</translation>
    </message>
    <message>
        <source>Azure share of OpenAI compute 2030</source>
        <translation>Azure 占 OpenAI 算力的比例 2030</translation>
    </message>
    <message>
        <source>Assumption: linear path from 2025, flat after 2030, as the Oracle and AWS contracts ramp up (facts.md §3d, B)</source>
        <translation>假设: 随着 Oracle 和 AWS 合同逐步扩大，自 2025 年起线性变化，2030 年后保持不变（facts.md §3d，B）</translation>
    </message>
    <message>
        <source>Azure commitment</source>
        <translation>Azure 承诺采购额</translation>
    </message>
    <message>
        <source>facts.md §3c: $250B incremental Azure commitment (A)</source>
        <translation>facts.md §3c: 2500 亿美元的新增 Azure 承诺采购额（A）</translation>
    </message>
    <message>
        <source>Commitment first year</source>
        <translation>承诺采购的首年</translation>
    </message>
    <message>
        <source>Assumption: the payment schedule is undisclosed (facts.md §3c, X)</source>
        <translation>假设: 付款时间表未公开（facts.md §3c，X）</translation>
    </message>
    <message>
        <source>Commitment duration</source>
        <translation>承诺采购的期限</translation>
    </message>
    <message>
        <source>Assumption: schedule undisclosed (X); one analyst guesses it runs to about 2032 (facts.md §1a, C10)</source>
        <translation>假设: 时间表未公开（X）；有分析师推测将持续到 2032 年左右（facts.md §1a，C10）</translation>
    </message>
    <message>
        <source>Commitment ramp</source>
        <translation>承诺采购的爬坡</translation>
    </message>
    <message>
        <source>Assumption: 0 spreads the commitment evenly over its years, 1 ramps it up linearly</source>
        <translation>假设: 0 表示将承诺采购额平均分摊到各年，1 表示线性递增</translation>
    </message>
    <message>
        <source>OpenAI-driven PaaS 2025</source>
        <translation>OpenAI 带动的 PaaS 2025</translation>
    </message>
    <message>
        <source>Assumption: with the SaaS part near Microsoft&apos;s AI run rate, &gt; $13B (Jan 2025) to &gt; $37B (Apr 2026) (facts.md §3a, B)</source>
        <translation>假设: SaaS 部分接近 Microsoft 的 AI 年化收入，从超过 130 亿美元（2025 年 1 月）增至超过 370 亿美元（2026 年 4 月）（facts.md §3a，B）</translation>
    </message>
    <message>
        <source>PaaS kept after exclusivity</source>
        <translation>独家期结束后保留的 PaaS</translation>
    </message>
    <message>
        <source>Assumption: share of OpenAI-driven PaaS that stays on Azure once API exclusivity ends, with no Azure-first clause</source>
        <translation>假设: API 独家期结束且没有 Azure 优先条款时，OpenAI 带动的 PaaS 中仍留在 Azure 上的比例</translation>
    </message>
    <message>
        <source>PaaS kept with Azure first</source>
        <translation>Azure 优先时保留的 PaaS</translation>
    </message>
    <message>
        <source>Assumption: the same share while OpenAI products ship first on Azure (N1, facts.md §1b, A)</source>
        <translation>假设: OpenAI 产品首先在 Azure 上发布期间的同一比例（N1，facts.md §1b，A）</translation>
    </message>
    <message>
        <source>OpenAI-based SaaS 2025</source>
        <translation>基于 OpenAI 的 SaaS 2025</translation>
    </message>
    <message>
        <source>Assumption: Copilot, GitHub and Dynamics revenue built on OpenAI IP; see the AI run rate in facts.md §3a (B)</source>
        <translation>假设: 基于 OpenAI IP 的 Copilot、GitHub 和 Dynamics 收入；参见 facts.md §3a 中的 AI 年化收入（B）</translation>
    </message>
    <message>
        <source>SaaS adoption growth 2026</source>
        <translation>SaaS 采用增长率 2026</translation>
    </message>
    <message>
        <source>Assumption: below the +123% of Microsoft&apos;s AI run rate to Apr 2026 (facts.md §3a, B)</source>
        <translation>假设: 低于 Microsoft AI 年化收入截至 2026 年 4 月的 +123%（facts.md §3a，B）</translation>
    </message>
    <message>
        <source>SaaS long-run growth</source>
        <translation>SaaS 长期增长率</translation>
    </message>
    <message>
        <source>Assumption: the rate SaaS adoption growth fades towards</source>
        <translation>假设: SaaS 采用增长率逐渐趋近的水平</translation>
    </message>
    <message>
        <source>SaaS lost to a non-exclusive licence</source>
        <translation>因非独家许可而流失的 SaaS</translation>
    </message>
    <message>
        <source>Assumption: OpenAI-based SaaS lost once Microsoft&apos;s IP licence is non-exclusive (N3, facts.md §1b, A)</source>
        <translation>假设: Microsoft 的 IP 许可变为非独家后流失的基于 OpenAI 的 SaaS（N3，facts.md §1b，A）</translation>
    </message>
    <message>
        <source>SaaS lost when the IP term ends</source>
        <translation>IP 期限结束时流失的 SaaS</translation>
    </message>
    <message>
        <source>Assumption: OpenAI-based SaaS lost once the IP term ends (end of 2032, C3/N3, facts.md §1a, A)</source>
        <translation>假设: IP 期限结束时（2032 年底，C3/N3，facts.md §1a，A）流失的基于 OpenAI 的 SaaS</translation>
    </message>
    <message>
        <source>SaaS lost when research IP ends</source>
        <translation>研究 IP 终止时流失的 SaaS</translation>
    </message>
    <message>
        <source>Assumption: OpenAI-based SaaS lost once research IP ends (earlier of AGI and 2030, C4, facts.md §1a, A)</source>
        <translation>假设: 研究 IP 终止时（AGI 与 2030 年中较早者，C4，facts.md §1a，A）流失的基于 OpenAI 的 SaaS</translation>
    </message>
    <message>
        <source>Revenue share rate 2025</source>
        <translation>收入分成比例 2025</translation>
    </message>
    <message>
        <source>facts.md §3c: 20% reported (B); the Apr 2026 terms keep the same percentage (A)</source>
        <translation>facts.md §3c: 据报道为 20%（B）；2026 年 4 月的合同条件保持同一比例（A）</translation>
    </message>
    <message>
        <source>Revenue share rate 2030</source>
        <translation>收入分成比例 2030</translation>
    </message>
    <message>
        <source>facts.md §3c: planned decline to ~10% by 2030 (B), ~8% in a later report (C); linear from 2025</source>
        <translation>facts.md §3c: 计划到 2030 年降至约 10%（B），后来的报道称约 8%（C）；自 2025 年起线性变化</translation>
    </message>
    <message>
        <source>Revenue share cap</source>
        <translation>收入分成上限</translation>
    </message>
    <message>
        <source>facts.md §3c: total cap reported at $38B (B); applies under the Apr 2026 terms</source>
        <translation>facts.md §3c: 据报道总上限为 380 亿美元（B）；适用于 2026 年 4 月的合同条件</translation>
    </message>
    <message>
        <source>Microsoft&apos;s share to OpenAI</source>
        <translation>Microsoft 给 OpenAI 的分成</translation>
    </message>
    <message>
        <source>facts.md §3c: ~20% of Azure OpenAI Service and Bing revenue (B); ended 27 Apr 2026 (A)</source>
        <translation>facts.md §3c: Azure OpenAI Service 和 Bing 收入的约 20%（B）；已于 2026 年 4 月 27 日终止（A）</translation>
    </message>
    <message>
        <source>AGI verification year (median)</source>
        <translation>AGI 验证年份（中位数）</translation>
    </message>
    <message>
        <source>Assumption: the panel, its criteria and any date are undisclosed (facts.md §1a, C2, X); nothing was verified up to Nov 2026</source>
        <translation>假设: 专家小组、其标准以及任何日期均未公开（facts.md §1a，C2，X）；截至 2026 年 11 月尚未进行任何验证</translation>
    </message>
    <message>
        <source>AGI year spread</source>
        <translation>AGI 年份离散度</translation>
    </message>
    <message>
        <source>Assumption: standard deviation of the verification year in the Monte Carlo</source>
        <translation>假设: 蒙特卡洛模拟中验证年份的标准差</translation>
    </message>
    <message>
        <source>AGI not within the horizon</source>
        <translation>预测期内无 AGI</translation>
    </message>
    <message>
        <source>Assumption: probability that no AGI verification happens within the horizon</source>
        <translation>假设: 预测期内不会进行 AGI 验证的概率</translation>
    </message>
    <message>
        <source>Azure and baseline growth</source>
        <translation>Azure 与基线增长</translation>
    </message>
    <message>
        <source>IaaS / PaaS / SaaS split (assumed)</source>
        <translation>IaaS / PaaS / SaaS 划分（假设）</translation>
    </message>
    <message>
        <source>OpenAI revenue</source>
        <translation>OpenAI 收入</translation>
    </message>
    <message>
        <source>IaaS: OpenAI compute on Azure</source>
        <translation>IaaS：OpenAI 在 Azure 上的算力</translation>
    </message>
    <message>
        <source>$250B Azure commitment</source>
        <translation>2500 亿美元 Azure 承诺</translation>
    </message>
    <message>
        <source>PaaS: OpenAI models on Azure</source>
        <translation>PaaS：Azure 上的 OpenAI 模型</translation>
    </message>
    <message>
        <source>SaaS: products on OpenAI IP</source>
        <translation>SaaS：基于 OpenAI IP 的产品</translation>
    </message>
    <message>
        <source>Revenue share</source>
        <translation>收入分成</translation>
    </message>
    <message>
        <source>AGI verification</source>
        <translation>AGI 验证</translation>
    </message>
    <message>
        <source>years</source>
        <translation>年</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioAutosave</name>
    <message>
        <source>An autosaved scenario could not be read (%1). It was set aside as %2.</source>
        <translation>无法读取自动保存的情景（%1）。已将其另存为 %2 备用。</translation>
    </message>
    <message>
        <source>An autosaved scenario could not be read (%1) nor set aside (%2).</source>
        <translation>无法读取自动保存的情景（%1），也无法将其另存备用（%2）。</translation>
    </message>
    <message>
        <source>Restore Autosaved Scenario</source>
        <translation>恢复自动保存的情景</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>Dealscope did not close properly. Restore the unsaved changes to the scenario “%1” (autosaved %2)?</source>
        <translation>Dealscope 未正常关闭。是否恢复情景“%1”未保存的更改（自动保存于 %2）？</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioBridge</name>
    <message>
        <source>API exclusivity</source>
        <translation>API 独家</translation>
    </message>
    <message>
        <source>Azure first</source>
        <translation>Azure 优先</translation>
    </message>
    <message>
        <source>IP licence</source>
        <translation>IP 许可</translation>
    </message>
    <message>
        <source>IP exclusivity</source>
        <translation>IP 独家性</translation>
    </message>
    <message>
        <source>Research IP</source>
        <translation>研究 IP</translation>
    </message>
    <message>
        <source>Revenue share term</source>
        <translation>收入分成期限</translation>
    </message>
    <message>
        <source>Revenue share cap</source>
        <translation>收入分成上限</translation>
    </message>
    <message>
        <source>Share paid to OpenAI</source>
        <translation>支付给 OpenAI 的分成</translation>
    </message>
    <message>
        <source>Azure commitment</source>
        <translation>Azure 承诺采购额</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioBridgeChart</name>
    <message>
        <source>Microsoft&apos;s OpenAI-driven revenue</source>
        <translation>Microsoft 由 OpenAI 带来的收入</translation>
    </message>
    <message>
        <source>net revenue share</source>
        <translation>净收入分成</translation>
    </message>
    <message>
        <source>%1: select clause %2</source>
        <translation>%1：选择条款 %2</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>Under the terms</source>
        <translation>该合同条件下</translation>
    </message>
    <message>
        <source>Term adds</source>
        <translation>条件带来增加</translation>
    </message>
    <message>
        <source>Term takes away</source>
        <translation>条件带来减少</translation>
    </message>
    <message>
        <source>USD billions</source>
        <translation>十亿美元</translation>
    </message>
    <message>
        <source>%1, cumulative %2–%3, term by term (illustrative)</source>
        <translation>%1，%2–%3 年累计，逐项条件（示意）</translation>
    </message>
    <message>
        <source>%1 %2; %3; %4 %5.</source>
        <translation>%1 %2; %3; %4 %5.</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioBridgePage</name>
    <message>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>到(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>指标(&amp;M)：</translation>
    </message>
    <message>
        <source>Microsoft total</source>
        <translation>Microsoft 合计</translation>
    </message>
    <message>
        <source>Revenue share</source>
        <translation>收入分成</translation>
    </message>
    <message>
        <source>Microsoft total: OpenAI-driven Azure revenue plus the revenue share, net of the share Microsoft paid OpenAI. Revenue share: that net share alone.</source>
        <translation>Microsoft 合计：由 OpenAI 带来的 Azure 收入加收入分成，减去 Microsoft 支付给 OpenAI 的分成。收入分成：仅该净分成。</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioChart</name>
    <message>
        <source>Calendar year</source>
        <translation>日历年</translation>
    </message>
    <message>
        <source>Azure stack, USD billions</source>
        <translation>Azure 堆栈（十亿美元）</translation>
    </message>
    <message>
        <source>Revenue share, USD billions</source>
        <translation>收入分成（十亿美元）</translation>
    </message>
    <message>
        <source>IaaS baseline</source>
        <translation>IaaS 基线</translation>
    </message>
    <message>
        <source>IaaS OpenAI-driven</source>
        <translation>IaaS OpenAI 带动</translation>
    </message>
    <message>
        <source>PaaS baseline</source>
        <translation>PaaS 基线</translation>
    </message>
    <message>
        <source>PaaS OpenAI-driven</source>
        <translation>PaaS OpenAI 带动</translation>
    </message>
    <message>
        <source>SaaS baseline</source>
        <translation>SaaS 基线</translation>
    </message>
    <message>
        <source>SaaS OpenAI-driven</source>
        <translation>SaaS OpenAI 带动</translation>
    </message>
    <message>
        <source>API exclusive to Azure</source>
        <translation>API 由 Azure 独家提供</translation>
    </message>
    <message>
        <source>Revenue share (right axis)</source>
        <translation>收入分成（右轴）</translation>
    </message>
    <message>
        <source>Compared (dashed)</source>
        <translation>对比（虚线）</translation>
    </message>
    <message>
        <source>Compared: revenue share</source>
        <translation>对比: 收入分成</translation>
    </message>
    <message>
        <source>Azure stack by layer and revenue share, %1 (illustrative)</source>
        <translation>按层划分的 Azure 堆栈与收入分成，%1（示意）</translation>
    </message>
    <message>
        <source>AGI %1 (assumed)</source>
        <translation>AGI %1 年（假设）</translation>
    </message>
    <message>
        <source>2030: research IP, revenue share end</source>
        <translation>2030 年: 研究 IP 与收入分成终止</translation>
    </message>
    <message>
        <source>2030: research IP ends</source>
        <translation>2030 年: 研究 IP 终止</translation>
    </message>
    <message>
        <source>2032: IP licence ends</source>
        <translation>2032 年: IP 许可终止</translation>
    </message>
    <message>
        <source>AGI %1 (model only)</source>
        <translation>AGI %1 年（仅模型）</translation>
    </message>
    <message>
        <source>Revenue share cap reached</source>
        <translation>已达收入分成上限</translation>
    </message>
    <message>
        <source>Cap of $%1 B reached: no revenue share after %2</source>
        <translation>已达 %1 十亿美元上限: %2 年后不再有收入分成</translation>
    </message>
    <message>
        <source>AGI %1</source>
        <translation>AGI %1 年</translation>
    </message>
    <message>
        <source>Cap reached %1</source>
        <translation>%1 年达到上限</translation>
    </message>
    <message>
        <source>Compared (%1)</source>
        <translation>对比（%1）</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差额</translation>
    </message>
    <message>
        <source>Revenue share</source>
        <translation>收入分成</translation>
    </message>
    <message>
        <source>Azure stack</source>
        <translation>Azure 堆栈</translation>
    </message>
    <message>
        <source>%1: IaaS %2, PaaS %3, SaaS %4, revenue share %5</source>
        <translation>%1 年：IaaS %2，PaaS %3，SaaS %4，收入分成 %5</translation>
    </message>
    <message>
        <source>%1. %2. The Table tab gives every year.</source>
        <translation>%1。%2。各年数据见“表格”选项卡。</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioDocument</name>
    <message>
        <source>Defaults</source>
        <translation>默认值</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>%1 (modified)</source>
        <translation>%1（已修改）</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>更改 %1</translation>
    </message>
    <message>
        <source>Reset %1</source>
        <translation>重置 %1</translation>
    </message>
    <message>
        <source>Switch to %1</source>
        <translation>切换到 %1</translation>
    </message>
    <message>
        <source>Load %1</source>
        <translation>加载 %1</translation>
    </message>
    <message>
        <source>Assume AGI verified in %1</source>
        <translation>假设 AGI 于 %1 年通过验证</translation>
    </message>
    <message>
        <source>Do not assume AGI verification</source>
        <translation>不假设 AGI 通过验证</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>打开 %1</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioEditor</name>
    <message>
        <source>Scenario as JSON</source>
        <translation>JSON 格式的情景</translation>
    </message>
    <message>
        <source>The scenario changed in the panel. Your edits are not applied: apply them over it, or reload the panel&apos;s scenario (Undo in the editor brings your text back).</source>
        <translation>面板中的情景已更改。您的编辑尚未应用：可将其应用到面板情景之上，或重新加载面板的情景（在编辑器中撤销可恢复您的文本）。</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>Problems in the scenario</source>
        <translation>情景中的问题</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>Update the sliders and the chart from this text (%1); Undo takes it back</source>
        <translation>根据此文本更新滑块和图表（%1）；可通过撤销还原</translation>
    </message>
    <message>
        <source>Reload from Panel</source>
        <translation>从面板重新加载</translation>
    </message>
    <message>
        <source>Replace the text with the panel&apos;s scenario; Undo in the editor brings it back</source>
        <translation>用面板的情景替换文本；在编辑器中撤销可将其恢复</translation>
    </message>
    <message>
        <source>Apply Scenario</source>
        <translation>应用情景</translation>
    </message>
    <message>
        <source>Reload Scenario from Panel</source>
        <translation>从面板重新加载情景</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>Scenario “%1” as JSON · edited, not applied</source>
        <translation>JSON 格式的情景“%1” · 已编辑，未应用</translation>
    </message>
    <message>
        <source>Scenario “%1” as JSON</source>
        <translation>JSON 格式的情景“%1”</translation>
    </message>
    <message>
        <source>The scenario model needs the Microsoft–OpenAI dataset; nothing can be applied.</source>
        <translation>情景模型需要 Microsoft–OpenAI 数据集；无法应用任何内容。</translation>
    </message>
    <message>
        <source>Edited, not applied.</source>
        <translation>已编辑，未应用。</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): the text cannot be applied.</source>
        <translation>
            <numerusform>%n 个错误: 无法应用此文本。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): fix them to apply, or the text they name would be ignored.</source>
        <translation>
            <numerusform>%n 个警告: 请修正后再应用，否则警告所指的文本将被忽略。</numerusform>
        </translation>
    </message>
    <message>
        <source>Valid, not applied yet: Apply (%1) updates the sliders and the chart.</source>
        <translation>有效，但尚未应用: 应用（%1）将更新滑块和图表。</translation>
    </message>
    <message>
        <source>The panel&apos;s scenario. Edit it here, then apply.</source>
        <translation>面板的情景。请在此编辑，然后应用。</translation>
    </message>
    <message numerus="yes">
        <source>Not applied: %n problem(s) in the text (listed below).</source>
        <translation>
            <numerusform>未应用: 文本中有 %n 个问题（见下方列表）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit Scenario as JSON</source>
        <translation>以 JSON 编辑情景</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioFanChart</name>
    <message>
        <source>Calendar year</source>
        <translation>日历年</translation>
    </message>
    <message>
        <source>Azure stack, USD billions</source>
        <translation>Azure 堆栈（十亿美元）</translation>
    </message>
    <message>
        <source>Revenue share, USD billions</source>
        <translation>收入分成（十亿美元）</translation>
    </message>
    <message>
        <source>Azure stack p10–p90</source>
        <translation>Azure 堆栈 p10–p90</translation>
    </message>
    <message>
        <source>Azure stack p50</source>
        <translation>Azure 堆栈 p50</translation>
    </message>
    <message>
        <source>Revenue share p10–p90 (right axis)</source>
        <translation>收入分成 p10–p90（右轴）</translation>
    </message>
    <message>
        <source>Revenue share p50 (right axis)</source>
        <translation>收入分成 p50（右轴）</translation>
    </message>
    <message>
        <source>AGI-year uncertainty, p10–p90 of %1 samples (illustrative): a narrow band, under these terms the AGI year barely matters</source>
        <translation>AGI 年份的不确定性，%1 个样本的 p10–p90（示意）: 区间很窄，在此合同条件下 AGI 年份几乎没有影响</translation>
    </message>
    <message>
        <source>AGI-year uncertainty, p10–p90 of %1 samples, every other assumption as set (illustrative)</source>
        <translation>AGI 年份的不确定性，%1 个样本的 p10–p90，其他假设均按当前设置（示意）</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>a range of amounts</comment>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Azure stack in %1: p10 %2, median %3, p90 %4</source>
        <translation>%1 年 Azure 堆栈：p10 %2，中位数 %3，p90 %4</translation>
    </message>
    <message>
        <source>%1. %2. The Table tab gives every year&apos;s percentiles.</source>
        <translation>%1。%2。各年的百分位数见“表格”选项卡。</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioFiles</name>
    <message>
        <source>Open &amp;Scenario…</source>
        <translation>打开情景(&amp;S)…</translation>
    </message>
    <message>
        <source>Sa&amp;ve Scenario As…</source>
        <translation>情景另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Open a Dealscope scenario file</source>
        <translation>打开 Dealscope 情景文件</translation>
    </message>
    <message>
        <source>Save the scenario&apos;s regime, horizon and changed assumptions</source>
        <translation>保存情景的合同条件、预测期和已更改的假设</translation>
    </message>
    <message>
        <source>Further problems: %1 (see the details).</source>
        <translation>其他问题: %1 个（请参阅详细信息）。</translation>
    </message>
    <message>
        <source>Cannot Open Scenario</source>
        <translation>无法打开情景</translation>
    </message>
    <message>
        <source>%1 is not a valid Dealscope scenario. The current scenario is kept.</source>
        <translation>%1 不是有效的 Dealscope 情景。将保留当前情景。</translation>
    </message>
    <message>
        <source>Opened scenario %1</source>
        <translation>已打开情景 %1</translation>
    </message>
    <message>
        <source>Opened scenario %1 (warnings: %2)</source>
        <translation>已打开情景 %1（警告: %2）</translation>
    </message>
    <message>
        <source>Cannot Save Scenario</source>
        <translation>无法保存情景</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1: %2</translation>
    </message>
    <message>
        <source>Saved scenario %1</source>
        <translation>已保存情景 %1</translation>
    </message>
    <message>
        <source>Open Scenario</source>
        <translation>打开情景</translation>
    </message>
    <message>
        <source>Dealscope scenarios (*.dealscope-scenario.json *.json);;All files (*)</source>
        <translation>Dealscope 情景 (*.dealscope-scenario.json *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>情景</translation>
    </message>
    <message>
        <source>Save Scenario As</source>
        <translation>情景另存为</translation>
    </message>
    <message>
        <source>Dealscope scenarios (*.dealscope-scenario.json)</source>
        <translation>Dealscope 情景 (*.dealscope-scenario.json)</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 已存在。要替换吗？</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioLabels</name>
    <message>
        <source>Bear preset</source>
        <translation>悲观预设</translation>
    </message>
    <message>
        <source>Base preset</source>
        <translation>基准预设</translation>
    </message>
    <message>
        <source>Bull preset</source>
        <translation>乐观预设</translation>
    </message>
    <message>
        <source>%1, same assumptions</source>
        <translation>%1，假设不变</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioPanel</name>
    <message>
        <source>&amp;Terms:</source>
        <translation>合同条件(&amp;T):</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>预设</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>对比对象</translation>
    </message>
    <message>
        <source>Draw a second scenario dashed on the chart</source>
        <translation>在图表中以虚线绘制第二个情景</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source>The other terms, same assumptions</source>
        <translation>另一套合同条件，假设不变</translation>
    </message>
    <message>
        <source>IaaS</source>
        <translation>IaaS</translation>
    </message>
    <message>
        <source>PaaS</source>
        <translation>PaaS</translation>
    </message>
    <message>
        <source>SaaS</source>
        <translation>SaaS</translation>
    </message>
    <message>
        <source>Azure stack</source>
        <translation>Azure 堆栈</translation>
    </message>
    <message>
        <source>Revenue share</source>
        <translation>收入分成</translation>
    </message>
    <message>
        <source>OpenAI-driven share of the stack</source>
        <translation>堆栈中 OpenAI 带动的占比</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>敏感性</translation>
    </message>
    <message>
        <source>AGI-year fan</source>
        <translation>AGI 年份扇形图</translation>
    </message>
    <message>
        <source>&lt;b&gt;Illustrative model — not a forecast&lt;/b&gt;, nor legal or investment advice. The IaaS/PaaS/SaaS split is not published by Microsoft: it is an assumption, as is every value marked “assumption”.</source>
        <translation>&lt;b&gt;示意模型——并非预测&lt;/b&gt;，也不构成法律或投资建议。Microsoft 并未公布 IaaS/PaaS/SaaS 的划分：这是一项假设，所有标有“假设”的值也都是假设。</translation>
    </message>
    <message>
        <source>The scenario model needs the Microsoft–OpenAI agreement&apos;s versions of 28 Oct 2025 and 27 Apr 2026; the open dataset lacks them.</source>
        <translation>情景模型需要 Microsoft–OpenAI 协议 2025 年 10 月 28 日和 2026 年 4 月 27 日的版本；当前打开的数据集缺少这些版本。</translation>
    </message>
    <message>
        <source>⚠ not published by Microsoft</source>
        <translation>⚠ Microsoft 未公布</translation>
    </message>
    <message>
        <source>Microsoft reports “Azure and other cloud services” without an IaaS / PaaS / SaaS split (fact sheet §3a, X). The split here is an assumption.</source>
        <translation>Microsoft 报告“Azure 及其他云服务”时未按 IaaS / PaaS / SaaS 划分（事实表 §3a，X）。此处的划分是一项假设。</translation>
    </message>
    <message>
        <source>◆ driven by the selected clause</source>
        <translation>◆ 由所选条款决定</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>情景: %1</translation>
    </message>
    <message>
        <source>Cumulative %1–%2, USD billions:</source>
        <translation>%1–%2 年累计（十亿美元）:</translation>
    </message>
    <message>
        <source>OpenAI-driven share of the stack &lt;b&gt;%1 %&lt;/b&gt;</source>
        <translation>堆栈中 OpenAI 带动的占比 &lt;b&gt;%1%&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Dashed: %1</source>
        <translation>虚线: %1</translation>
    </message>
    <message>
        <source>Loaded the %1</source>
        <translation>已加载 %1</translation>
    </message>
    <message>
        <source>%1 (not usable)</source>
        <translation>%1（不可用）</translation>
    </message>
    <message>
        <source>The model cannot run under this version: %1</source>
        <translation>模型无法在此版本下运行：%1</translation>
    </message>
    <message>
        <source>The contract terms the projection runs under: each version of the agreement whose terms the model can read, with the dates the dataset gives</source>
        <translation>预测所依据的合同条件：模型能读取其条件的每个协议版本，日期取自数据集</translation>
    </message>
    <message>
        <source>Bridge</source>
        <translation>桥图</translation>
    </message>
    <message>
        <source>Scenario views</source>
        <translation>情景视图</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioRegime</name>
    <message>
        <source>Oct 2025 terms</source>
        <translation>2025 年 10 月合同条件</translation>
    </message>
    <message>
        <source>Apr 2026 terms</source>
        <translation>2026 年 4 月合同条件</translation>
    </message>
    <message>
        <source>Terms of version %1</source>
        <translation>版本 %1 的合同条件</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <extracomment>A QDate format for the month and year of a version whose terms are a regime, as in &quot;Oct 2025 terms&quot;.</extracomment>
        <translation>yyyy 年 M 月</translation>
    </message>
    <message>
        <source>%1 terms</source>
        <translation>%1合同条件</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioSlider</name>
    <message>
        <source>$%1 B</source>
        <translation>%1 十亿美元</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 ×</source>
        <translation>%1 倍</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 年</translation>
    </message>
    <message>
        <source>Range %1 to %2; default %3.</source>
        <translation>范围: %1 至 %2；默认值: %3。</translation>
    </message>
    <message>
        <source>assumption</source>
        <translation>假设</translation>
    </message>
    <message>
        <source>No published figure: the default is an assumption of the model.</source>
        <translation>没有公布的数据：默认值是模型的假设。</translation>
    </message>
    <message>
        <source>source %1</source>
        <translation>来源 %1</translation>
    </message>
    <message>
        <source>The default rests on a reported figure (confidence %1 in the fact sheet).</source>
        <translation>默认值基于已报道的数据（事实表中的可信度为 %1）。</translation>
    </message>
    <message>
        <source> B</source>
        <translation> B</translation>
    </message>
    <message>
        <source> %</source>
        <translation>%</translation>
    </message>
    <message>
        <source> ×</source>
        <translation> 倍</translation>
    </message>
    <message>
        <source> yr</source>
        <translation> 年</translation>
    </message>
    <message>
        <source>Reset to the default (%1)</source>
        <translation>重置为默认值（%1）</translation>
    </message>
    <message>
        <source>Reset %1</source>
        <translation>重置 %1</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioTableModel</name>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Paid by OpenAI to Microsoft; outside the Azure stack</source>
        <translation>由 OpenAI 支付给 Microsoft；不计入 Azure 堆栈</translation>
    </message>
    <message>
        <source>Share of the year in which OpenAI&apos;s API was exclusive to Azure</source>
        <translation>当年 OpenAI API 由 Azure 独家提供的时间占比</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>合计 %1</translation>
    </message>
    <message>
        <source>CAGR %1</source>
        <translation>复合年增长率 %1</translation>
    </message>
    <message>
        <source>The OpenAI-driven parts of IaaS, PaaS and SaaS together (USD billions)</source>
        <translation>IaaS、PaaS 和 SaaS 中 OpenAI 带动部分的合计（十亿美元）</translation>
    </message>
    <message>
        <source>IaaS
$B</source>
        <translation>IaaS
十亿美元</translation>
    </message>
    <message>
        <source>PaaS
$B</source>
        <translation>PaaS
十亿美元</translation>
    </message>
    <message>
        <source>SaaS
$B</source>
        <translation>SaaS
十亿美元</translation>
    </message>
    <message>
        <source>Azure stack
$B</source>
        <translation>Azure 堆栈
十亿美元</translation>
    </message>
    <message>
        <source>OpenAI-driven
$B</source>
        <translation>OpenAI 带动
十亿美元</translation>
    </message>
    <message>
        <source>Revenue share
$B</source>
        <translation>收入分成
十亿美元</translation>
    </message>
    <message>
        <source>Stack + share
$B</source>
        <translation>堆栈 + 分成
十亿美元</translation>
    </message>
    <message>
        <source>API exclusivity
share of year</source>
        <translation>API 独占
全年占比</translation>
    </message>
    <message>
        <source>Baseline %1, OpenAI-driven %2 (USD billions)</source>
        <translation>基线 %1，OpenAI 带动 %2（十亿美元）</translation>
    </message>
    <message>
        <source>The scenario as set</source>
        <translation>按当前设置的情景</translation>
    </message>
    <message>
        <source>Compared: %1</source>
        <translation>对比: %1</translation>
    </message>
    <message>
        <source>The scenario minus the compared one</source>
        <translation>情景减去对比情景</translation>
    </message>
    <message>
        <source>Azure
stack</source>
        <translation>Azure
堆栈</translation>
    </message>
    <message>
        <source>Revenue
share</source>
        <translation>收入
分成</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>情景</translation>
    </message>
    <message>
        <source>compared</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>difference</source>
        <translation>差额</translation>
    </message>
    <message>
        <source>%1
%2
$B</source>
        <comment>a quantity, then scenario, compared or difference</comment>
        <translation>%1
%2
十亿美元</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioTablePage</name>
    <message>
        <source>S&amp;how:</source>
        <translation>显示(&amp;H)：</translation>
    </message>
    <message>
        <source>Projection by year</source>
        <translation>按年份的预测</translation>
    </message>
    <message>
        <source>Sensitivity of each assumption</source>
        <translation>各项假设的敏感性</translation>
    </message>
    <message>
        <source>AGI-year fan (percentiles)</source>
        <translation>AGI 年份扇形图（百分位数）</translation>
    </message>
    <message>
        <source>Every chart&apos;s figures as a table, readable with the keyboard and a screen reader</source>
        <translation>以表格列出每个图表的数字，可用键盘和屏幕阅读器读取</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioTornadoChart</name>
    <message>
        <source>Assumption at its minimum</source>
        <translation>假设取最小值</translation>
    </message>
    <message>
        <source>Assumption at its maximum</source>
        <translation>假设取最大值</translation>
    </message>
    <message>
        <source>Change, USD billions</source>
        <translation>变化（十亿美元）</translation>
    </message>
    <message>
        <source>Sensitivity of cumulative Microsoft revenue 2025–%2 (base $%1 B): each assumption at its minimum and maximum, all else as set — illustrative</source>
        <translation>Microsoft 2025–%2 年累计收入的敏感性（基准 %1 十亿美元）: 每项假设分别取最小值和最大值，其余按当前设置 — 示意</translation>
    </message>
    <message>
        <source>Change from the base of %1, USD billions</source>
        <translation>相对基准 %1 的变化（十亿美元）</translation>
    </message>
    <message>
        <source>Base: %1, cumulative %2–%3</source>
        <translation>基准: %1（%2–%3 年累计）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a series and the assumption&apos;s setting</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1, total %2</source>
        <comment>a change and the total it leads to</comment>
        <translation>%1，合计 %2</translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation>%1（%2 至 %3）</translation>
    </message>
    <message>
        <source>Base %1. Largest swings: %2. The Table tab gives every assumption.</source>
        <translation>基准 %1。波动最大：%2。所有假设见“表格”选项卡。</translation>
    </message>
</context>
<context>
    <name>Dealscope::SensitivityTableModel</name>
    <message>
        <source>Base, cumulative %1–%2</source>
        <translation>基准值，%1–%2 年累计</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>假设</translation>
    </message>
    <message>
        <source>Low
setting</source>
        <translation>低
设定</translation>
    </message>
    <message>
        <source>Change
at low</source>
        <translation>低设定
时的变化</translation>
    </message>
    <message>
        <source>High
setting</source>
        <translation>高
设定</translation>
    </message>
    <message>
        <source>Change
at high</source>
        <translation>高设定
时的变化</translation>
    </message>
</context>
<context>
    <name>Dealscope::SettingsRecovery</name>
    <message>
        <source>it is not a regular file</source>
        <translation>不是常规文件</translation>
    </message>
    <message>
        <source>it is larger than %1 MiB</source>
        <translation>大于 %1 MiB</translation>
    </message>
    <message>
        <source>it cannot be read: %1</source>
        <translation>无法读取: %1</translation>
    </message>
    <message>
        <source>it contains binary data</source>
        <translation>包含二进制数据</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>不是 UTF-8 文本</translation>
    </message>
    <message>
        <source>line %1 opens a section without closing it</source>
        <translation>第 %1 行开始了一个节但未闭合</translation>
    </message>
    <message>
        <source>it is not in the settings format</source>
        <translation>不是设置文件格式</translation>
    </message>
    <message>
        <source>The settings file %1 could not be used (%2) nor set aside (%3); Dealscope started with default settings.</source>
        <translation>无法使用设置文件 %1（%2），也无法将其另存备用（%3）；Dealscope 已使用默认设置启动。</translation>
    </message>
    <message>
        <source>The settings file %1 could not be used (%2). It was set aside as %3 and Dealscope started with default settings.</source>
        <translation>无法使用设置文件 %1（%2）。已将其另存为 %3 备用，Dealscope 已使用默认设置启动。</translation>
    </message>
</context>
<context>
    <name>Dealscope::SourceView</name>
    <message>
        <source>Selected item</source>
        <translation>所选项</translation>
    </message>
    <message>
        <source>Whole dataset</source>
        <translation>整个数据集</translation>
    </message>
    <message>
        <source>Show the selected clause&apos;s or event&apos;s entry only, or the whole dataset file</source>
        <translation>仅显示所选条款或事件的条目，或显示整个数据集文件</translation>
    </message>
    <message>
        <source>Source shown</source>
        <translation>显示的源码</translation>
    </message>
    <message>
        <source>Dataset source</source>
        <translation>数据集源码</translation>
    </message>
    <message>
        <source>No dataset is open.</source>
        <translation>未打开数据集。</translation>
    </message>
    <message>
        <source>Select a clause or an event to see its entry in the dataset file.</source>
        <translation>选择条款或事件以查看其在数据集文件中的条目。</translation>
    </message>
    <message>
        <source>“%1” groups entries and has none of its own in the dataset file. Select one of its clauses or events, or show the whole dataset.</source>
        <translation>“%1”用于对条目分组，在数据集文件中没有自己的条目。请选择其中的条款或事件，或显示整个数据集。</translation>
    </message>
    <message>
        <source>%1 · lines %2–%3</source>
        <translation>%1 · 第 %2–%3 行</translation>
    </message>
    <message>
        <source>%1 · %2, lines %3–%4</source>
        <translation>%1 · %2，第 %3–%4 行</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n lines</source>
        <translation>
            <numerusform>%1 · %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Scenario (editable)</source>
        <translation>情景（可编辑）</translation>
    </message>
    <message>
        <source>Show the selected clause&apos;s or event&apos;s entry, the whole dataset file, or the current scenario as JSON to edit and apply</source>
        <translation>显示所选条款或事件的条目、整个数据集文件，或以 JSON 显示当前情景以便编辑和应用</translation>
    </message>
</context>
<context>
    <name>Dealscope::StartPage</name>
    <message>
        <source>The deal at a glance</source>
        <translation>协议概览</translation>
    </message>
    <message>
        <source>the end of %1</source>
        <translation>%1年底</translation>
    </message>
    <message>
        <source>The dataset has no version of the agreement yet.</source>
        <translation>数据集中尚无协议版本。</translation>
    </message>
    <message>
        <source>Version shown: %1, %2.</source>
        <translation>当前显示的版本：%1，%2。</translation>
    </message>
    <message>
        <source>Every line links to its clause; select it to see the details and sources.</source>
        <translation>每一行都链接到对应条款；选择即可查看详情和来源。</translation>
    </message>
    <message>
        <source>Facts checked on %1.</source>
        <translation>事实核查于 %1。</translation>
    </message>
    <message>
        <source>Who gets what</source>
        <translation>各方获得什么</translation>
    </message>
    <message>
        <source>No clause is in force as of this version.</source>
        <translation>截至此版本，没有生效中的条款。</translation>
    </message>
    <message>
        <source>confidence %1</source>
        <translation>可信度 %1</translation>
    </message>
    <message>
        <source>no end date stated</source>
        <translation>未规定终止日期</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>至%1</translation>
    </message>
    <message>
        <source>until the earlier of %1</source>
        <translation>至%1中较早者</translation>
    </message>
    <message>
        <source>%1 (assumed for %2)</source>
        <translation>%1（假定为%2）</translation>
    </message>
    <message>
        <source>%1 (no date known)</source>
        <translation>%1（日期未知）</translation>
    </message>
    <message>
        <source>Key dates</source>
        <translation>关键日期</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Figures: %1</source>
        <translation>数据：%1</translation>
    </message>
    <message>
        <source>these terms run out:</source>
        <translation>以下条款到期：</translation>
    </message>
    <message>
        <source>assumed for %1</source>
        <translation>假定为%1</translation>
    </message>
    <message>
        <source>no date known</source>
        <translation>日期未知</translation>
    </message>
    <message>
        <source>these terms end then:</source>
        <translation>届时终止的条款：</translation>
    </message>
    <message>
        <source>What changed on %1</source>
        <translation>%1的变更</translation>
    </message>
    <message>
        <source>Compared with %1, %2.</source>
        <translation>与%1（%2）相比。</translation>
    </message>
    <message>
        <source>This version changed no clause.</source>
        <translation>此版本未更改任何条款。</translation>
    </message>
    <message>
        <source>Still unknown</source>
        <translation>尚不明确</translation>
    </message>
    <message>
        <source>The dataset lists no open question for this version.</source>
        <translation>数据集中没有与此版本相关的待解决问题。</translation>
    </message>
    <message>
        <source>Clauses:</source>
        <translation>条款：</translation>
    </message>
    <message>
        <source>still standing: confidence %1</source>
        <extracomment>How sure it is that a clause still stands as of the version shown, when that differs from the clause&apos;s</extracomment>
        <translation>仍然有效的可信度 %1</translation>
    </message>
    <message>
        <source>Conflicting reports</source>
        <translation>报道相互矛盾</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>Dealscope::TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Clauses of the agreement as bars from start to end, and events as markers, in one lane per category</source>
        <translation>以从开始到结束的条形表示协议条款，以标记表示事件，每个类别一条泳道</translation>
    </message>
    <message>
        <source>an unresolved milestone</source>
        <translation>尚未确定的里程碑</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>No end stated: runs on indefinitely.</source>
        <translation>未规定终止: 无限期持续。</translation>
    </message>
    <message>
        <source>Ends %1.</source>
        <translation>于 %1 终止。</translation>
    </message>
    <message>
        <source>Ends at the milestone &quot;%1&quot;; no date is known.</source>
        <translation>于里程碑“%1”时终止；日期未知。</translation>
    </message>
    <message>
        <source>Ends at the earlier of &quot;%1&quot; and %2.</source>
        <translation>于“%1”和 %2 中较早者终止。</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>日期: %1</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>自 %1 起</translation>
    </message>
    <message>
        <source>Confidence: %1</source>
        <translation>可信度: %1</translation>
    </message>
    <message>
        <source>a milestone</source>
        <translation>某个里程碑</translation>
    </message>
    <message>
        <source>until %1 · date unknown</source>
        <translation>直至 %1 · 日期未知</translation>
    </message>
    <message>
        <source>or sooner, at %1</source>
        <translation>或在 %1 时提前终止</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Assume AGI Verified in %1</source>
        <translation>假设 AGI 于 %1 年通过验证</translation>
    </message>
    <message>
        <source>Do Not Assume AGI Verification</source>
        <translation>不假设 AGI 通过验证</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n 个事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clause(s)</source>
        <translation>
            <numerusform>%n 项条款</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dealscope::UndoAction</name>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销%1(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做%1(&amp;R)</translation>
    </message>
</context>
<context>
    <name>Dealscope::UnsavedScenarioPrompt</name>
    <message>
        <source>Unsaved Scenario</source>
        <translation>未保存的情景</translation>
    </message>
    <message>
        <source>The scenario has changes that are not saved to a file.</source>
        <translation>情景中有尚未保存到文件的更改。</translation>
    </message>
    <message>
        <source>Save them before closing? Discarded changes cannot be recovered.</source>
        <translation>关闭前是否保存？放弃的更改无法恢复。</translation>
    </message>
</context>
<context>
    <name>Dealscope::UserGuideWindow</name>
    <message>
        <source>Dealscope User Guide</source>
        <translation>Dealscope 用户指南</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>前进</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>用户指南</translation>
    </message>
</context>
<context>
    <name>Dealscope::VersionAnnouncer</name>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>新增 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n amended</source>
        <translation>
            <numerusform>已修订 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ended</source>
        <translation>
            <numerusform>已终止 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not restated</source>
        <translation>
            <numerusform>未重申 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Now showing %1: no clause changed</source>
        <translation>现在显示 %1：没有条款更改</translation>
    </message>
    <message>
        <source>Now showing %1: %2</source>
        <translation>现在显示 %1：%2</translation>
    </message>
</context>
<context>
    <name>Dealscope::VersionComparison</name>
    <message>
        <source>no end stated</source>
        <translation>未规定终止</translation>
    </message>
    <message>
        <source>through %1</source>
        <translation>至%1年</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>直至%1</translation>
    </message>
    <message>
        <source>%1, whichever comes first</source>
        <translation>%1，以较早者为准</translation>
    </message>
    <message>
        <source> or </source>
        <translation>或</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>已终止</translation>
    </message>
    <message>
        <source>Amended</source>
        <translation>已修订</translation>
    </message>
    <message>
        <source>Not restated</source>
        <translation>未重申</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>措辞</translation>
    </message>
    <message>
        <source>End</source>
        <translation>终止</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>Dealscope::WindowPages</name>
    <message>
        <source>At a Glance</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Explorer</source>
        <translation>浏览器</translation>
    </message>
    <message>
        <source>Scenario (illustrative)</source>
        <translation>情景（示意）</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Open Questions</source>
        <translation>待解决问题</translation>
    </message>
    <message>
        <source>The Deal at a &amp;Glance</source>
        <translation>协议概览(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Explorer</source>
        <translation>浏览器(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Scenario</source>
        <translation>情景(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Articles</source>
        <translation>文章(&amp;A)</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>比较(&amp;O)</translation>
    </message>
    <message>
        <source>Open &amp;Questions</source>
        <translation>待解决问题(&amp;Q)</translation>
    </message>
    <message>
        <source>What each party gets, the key dates, what changed last and what is still unknown</source>
        <translation>各方获得什么、关键日期、最近一次变更了什么以及仍未知的内容</translation>
    </message>
    <message>
        <source>The clauses, their timeline and the details of the selected one</source>
        <translation>条款、其时间线以及所选项的详细信息</translation>
    </message>
    <message>
        <source>An illustrative model of Azure revenue under the agreement&apos;s terms</source>
        <translation>按协议条款估算 Azure 收入的示意模型</translation>
    </message>
    <message>
        <source>Explainer articles on the agreement and its amendment</source>
        <translation>关于协议及其修订的解读文章</translation>
    </message>
    <message>
        <source>Two versions of the agreement compared, wording beside wording</source>
        <translation>并排对照措辞比较协议的两个版本</translation>
    </message>
    <message>
        <source>Every point the sources disagree on or leave unknown, with each claim and its sources</source>
        <translation>来源存在分歧或未披露的每一点，附每种说法及其来源</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
</context>
<context>
    <name>Dealscope::ZoomActions</name>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Fit Selection</source>
        <translation>适合所选内容(&amp;F)</translation>
    </message>
    <message>
        <source>Fit the selected clauses and events across the timeline, or everything</source>
        <translation>使所选条款和事件（若未选择则为全部内容）适合时间线宽度</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>重置缩放(&amp;R)</translation>
    </message>
    <message>
        <source>Back to the whole timeline, as it opens</source>
        <translation>恢复为打开时的完整时间线</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dealscope</source>
        <translation>Dealscope</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Window</source>
        <translation>窗口(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Open Dataset…</source>
        <translation>打开数据集(&amp;O)…</translation>
    </message>
    <message>
        <source>Open another agreement described in the Dealscope dataset format</source>
        <translation>打开以 Dealscope 数据集格式描述的其他协议</translation>
    </message>
    <message>
        <source>Open &amp;Bundled Dataset</source>
        <translation>打开内置数据集(&amp;B)</translation>
    </message>
    <message>
        <source>Return to the Microsoft–OpenAI dataset that ships with Dealscope</source>
        <translation>返回 Dealscope 自带的 Microsoft–OpenAI 数据集</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Find clauses and events by title, wording or source</source>
        <translation>按标题、措辞或来源查找条款和事件</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>查找上一个(&amp;V)</translation>
    </message>
    <message>
        <source>F&amp;ilter Clauses</source>
        <translation>筛选条款(&amp;I)</translation>
    </message>
    <message>
        <source>Show only the clauses and events that match a text</source>
        <translation>仅显示与文本匹配的条款和事件</translation>
    </message>
    <message>
        <source>&amp;Previous Version</source>
        <translation>上一版本(&amp;P)</translation>
    </message>
    <message>
        <source>Show the agreement as the previous version left it</source>
        <translation>显示上一版本时的协议状态</translation>
    </message>
    <message>
        <source>&amp;Next Version</source>
        <translation>下一版本(&amp;N)</translation>
    </message>
    <message>
        <source>Show the agreement as the next version left it</source>
        <translation>显示下一版本时的协议状态</translation>
    </message>
    <message>
        <source>Ass&amp;ume AGI Verification…</source>
        <translation>假设 AGI 验证(&amp;A)…</translation>
    </message>
    <message>
        <source>Assume a year for the verification of AGI, so that terms ending then get a date</source>
        <translation>假设 AGI 获得验证的年份，使届时终止的条款获得日期</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>重置布局(&amp;R)</translation>
    </message>
    <message>
        <source>Put the docks and toolbars back where they were at first start</source>
        <translation>将停靠窗口和工具栏恢复到首次启动时的位置</translation>
    </message>
    <message>
        <source>&amp;About Dealscope</source>
        <translation>关于 Dealscope(&amp;A)</translation>
    </message>
    <message>
        <source>Show &amp;Changes</source>
        <translation>显示更改(&amp;C)</translation>
    </message>
    <message>
        <source>Mark what the selected version introduced, amended, ended or did not restate</source>
        <translation>标记所选版本新增、修订、终止或未重申的内容</translation>
    </message>
    <message>
        <source>&amp;Export Chart…</source>
        <translation>导出图表(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the scenario chart shown as PNG, SVG or PDF</source>
        <translation>将显示的情景图表保存为 PNG、SVG 或 PDF</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export &amp;Timeline…</source>
        <translation>导出时间线(&amp;T)…</translation>
    </message>
    <message>
        <source>Save the timeline as PNG, SVG or PDF</source>
        <translation>将时间线保存为 PNG、SVG 或 PDF</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>Export T&amp;able…</source>
        <translation>导出表格(&amp;A)…</translation>
    </message>
    <message>
        <source>Save a table (projection, sensitivity, fan, clauses or events) as CSV</source>
        <translation>将表格（预测、敏感性、扇形图、条款或事件）保存为 CSV</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation>导出报告(&amp;R)…</translation>
    </message>
    <message>
        <source>Save a PDF report: clauses in force, timeline, scenario charts and sources</source>
        <translation>保存 PDF 报告: 生效中的条款、时间线、情景图表和来源</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Print the timeline, or the scenario chart when the Scenario view is shown, with a preview</source>
        <translation>打印时间线（显示情景视图时则打印情景图表），并提供预览</translation>
    </message>
</context>
</TS>
