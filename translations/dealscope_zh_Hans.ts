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
        <source>Ends</source>
        <translation>终止时间</translation>
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
    <message>
        <source>1 match</source>
        <translation>1 个匹配项</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>%1 个匹配项</translation>
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
        <source>%1 versions, %2 clauses, %3 dated events, %4 open questions, %5 sources.</source>
        <translation>%1 个版本，%2 项条款，%3 个有日期的事件，%4 个待解决问题，%5 个来源。</translation>
    </message>
    <message>
        <source>Facts last checked on %1.</source>
        <translation>事实最后核查于 %1。</translation>
    </message>
    <message>
        <source>Select a clause or an event in the tree or on the timeline to see its terms, history, confidence and sources.</source>
        <translation>在树或时间线中选择条款或事件，即可查看其条件、历史、可信度和来源。</translation>
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
    <name>Dealscope::MainWindow</name>
    <message>
        <source>Clauses</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>源码</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Scenario (illustrative)</source>
        <translation>情景（示意）</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
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
        <source>Found: %1</source>
        <translation>已找到: %1</translation>
    </message>
    <message>
        <source>Nothing matches “%1”</source>
        <translation>没有与“%1”匹配的项</translation>
    </message>
    <message>
        <source>As of %1 (%2): %3 clauses in force or not restated</source>
        <translation>截至 %1（%2）: %3 项条款生效中或未重申</translation>
    </message>
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
        <source>About Dealscope</source>
        <translation>关于 Dealscope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Dealscope %1&lt;/h3&gt;&lt;p&gt;An explorer for business agreements: their clauses, versions and timeline.&lt;/p&gt;&lt;p&gt;The bundled dataset describes the Microsoft–OpenAI partnership from public sources; it is not legal or investment advice.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Dealscope %1&lt;/h3&gt;&lt;p&gt;商业协议浏览器：查看协议的条款、版本和时间线。&lt;/p&gt;&lt;p&gt;随附的数据集根据公开来源描述 Microsoft–OpenAI 的合作关系，不构成法律或投资建议。&lt;/p&gt;</translation>
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
</context>
<context>
    <name>Dealscope::ScenarioPanel</name>
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
        <source>Open &amp;Scenario…</source>
        <translation>打开情景(&amp;S)…</translation>
    </message>
    <message>
        <source>Save Scenario &amp;As…</source>
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
        <source>Defaults</source>
        <translation>默认值</translation>
    </message>
    <message>
        <source>The contract terms the projection runs under; their dates are read from the dataset&apos;s versions of 28 Oct 2025 and 27 Apr 2026</source>
        <translation>预测所依据的合同条件；其日期读取自数据集中 2025 年 10 月 28 日和 2026 年 4 月 27 日的版本</translation>
    </message>
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
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
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
        <source>Reset %1</source>
        <translation>重置 %1</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>更改 %1</translation>
    </message>
    <message>
        <source>Switch to %1</source>
        <translation>切换到 %1</translation>
    </message>
    <message>
        <source>Assume AGI verified in %1</source>
        <translation>假设 AGI 于 %1 年通过验证</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>情景: %1</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>未命名</translation>
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
        <source>%1, same assumptions</source>
        <translation>%1，假设不变</translation>
    </message>
    <message>
        <source>Dashed: %1</source>
        <translation>虚线: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Load %1</source>
        <translation>加载 %1</translation>
    </message>
    <message>
        <source>Loaded the %1</source>
        <translation>已加载 %1</translation>
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
        <source>Open %1</source>
        <translation>打开 %1</translation>
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
        <source>1 event</source>
        <translation>1 个事件</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 个事件</translation>
    </message>
    <message>
        <source>1 clause</source>
        <translation>1 项条款</translation>
    </message>
    <message>
        <source>%1 clauses</source>
        <translation>%1 项条款</translation>
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
        <source>Assume &amp;AGI Verification…</source>
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
</context>
</TS>
