<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>Dealscope</name>
    <message>
        <source>Not yet agreed</source>
        <translation>未合意</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Not restated</source>
        <translation>再記載なし</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>満了</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>Reaffirmed</source>
        <translation>再確認</translation>
    </message>
    <message>
        <source>Amended</source>
        <translation>修正</translation>
    </message>
    <message>
        <source>official text (company post, filing, earnings call)</source>
        <translation>公式文書（企業の発表、提出書類、決算説明会）</translation>
    </message>
    <message>
        <source>several independent reports agree</source>
        <translation>複数の独立した報道が一致</translation>
    </message>
    <message>
        <source>a single or weak source, or sources disagree</source>
        <translation>単一または弱い情報源、もしくは情報源間で食い違い</translation>
    </message>
    <message>
        <source>not verified: treat as unknown</source>
        <translation>未検証: 不明として扱う</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>投資</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>契約</translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation>修正契約</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>声明</translation>
    </message>
    <message>
        <source>Cloud deal</source>
        <translation>クラウド契約</translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation>決算</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>紛争</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>ガバナンス</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>製品</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>資金調達</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>法務</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>報道</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>後続</translation>
    </message>
</context>
<context>
    <name>Dealscope::AgreementModel</name>
    <message>
        <source>Clause</source>
        <translation>条項</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>信頼度</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Dated events around the agreement</source>
        <translation>契約に関連する日付付きのイベント</translation>
    </message>
    <message>
        <source>Ended %1</source>
        <translation>%1 に終了</translation>
    </message>
    <message>
        <source>end of %1</source>
        <translation>%1 年末</translation>
    </message>
    <message>
        <source>No end stated</source>
        <translation>終了の定めなし</translation>
    </message>
    <message>
        <source>At %1 (no date)</source>
        <translation>%1 の時点（日付不明）</translation>
    </message>
    <message>
        <source> or </source>
        <translation> または </translation>
    </message>
    <message>
        <source>%1, or %2 if earlier</source>
        <translation>%1（%2 のほうが早ければその時点）</translation>
    </message>
    <message>
        <source>Ends: %1</source>
        <translation>終了: %1</translation>
    </message>
    <message>
        <source>Confidence: %1</source>
        <translation>信頼度: %1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>出典: %1</translation>
    </message>
    <message>
        <source>English text; no %1 translation</source>
        <translation>英語のテキスト（%1 の翻訳なし）</translation>
    </message>
    <message>
        <source>When a clause ends; when an event happened</source>
        <translation>条項の終了時期、またはイベントの発生日</translation>
    </message>
    <message>
        <source>What the selected version did: new, amended, ended or not restated</source>
        <translation>選択したバージョンでの変化: 新規、修正、終了、または再記載なし</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Ends / date</source>
        <translation>終了時期 / 日付</translation>
    </message>
    <message>
        <source>In this version: %1</source>
        <translation>このバージョンでは: %1</translation>
    </message>
    <message>
        <source>New in the selected version</source>
        <translation>選択したバージョンで新規</translation>
    </message>
    <message>
        <source>After the selected version (%1)</source>
        <translation>選択したバージョン（%1）より後</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>レベル %1</translation>
    </message>
    <message>
        <source>Level %1, in %2</source>
        <translation>レベル %1、%2 の下</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>日付: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状態: %1</translation>
    </message>
    <message>
        <source>No end</source>
        <translation>終了なし</translation>
    </message>
    <message>
        <source>by %1</source>
        <comment>the latest a clause can end; a milestone may end it earlier</comment>
        <translation>%1まで</translation>
    </message>
</context>
<context>
    <name>Dealscope::AgreementStatusLine</name>
    <message>
        <source>AGI verification assumed in %1</source>
        <translation>AGI 検証を %1 年と仮定</translation>
    </message>
    <message>
        <source>AGI verification unresolved</source>
        <translation>AGI 検証は未確定</translation>
    </message>
    <message>
        <source>facts checked %1</source>
        <translation>事実確認 %1</translation>
    </message>
    <message numerus="yes">
        <source>As of %1 (%2): %n clause(s) in force or not restated</source>
        <translation>
            <numerusform>%1（%2）時点: 有効または再記載なしの条項 %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dealscope::ArticleView</name>
    <message>
        <source>Parallel</source>
        <translation>対訳表示</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>記事</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Show a second language side by side, paragraph by paragraph</source>
        <translation>2 つ目の言語を段落ごとに並べて表示</translation>
    </message>
    <message>
        <source>Second language</source>
        <translation>2 つ目の言語</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>記事の本文</translation>
    </message>
    <message>
        <source>Find in article…</source>
        <translation>記事内を検索…</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>前へ</translation>
    </message>
    <message>
        <source>Find previous (Shift+Enter)</source>
        <translation>前を検索 (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <source>Find next (Enter)</source>
        <translation>次を検索 (Enter)</translation>
    </message>
    <message>
        <source>No articles are available.</source>
        <translation>利用できる記事はありません。</translation>
    </message>
    <message>
        <source>The %1 version cannot be shown: %2</source>
        <translation>%1 版を表示できません: %2</translation>
    </message>
    <message>
        <source>This article cannot be shown.</source>
        <translation>この記事は表示できません。</translation>
    </message>
    <message>
        <source>English: not translated</source>
        <translation>英語: 未翻訳</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>一致なし</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n 件一致</numerusform>
        </translation>
    </message>
    <message>
        <source>Find in article</source>
        <translation>記事内を検索</translation>
    </message>
</context>
<context>
    <name>Dealscope::AutosaveStore</name>
    <message>
        <source>cannot create %1</source>
        <translation>%1 を作成できません</translation>
    </message>
    <message>
        <source>cannot lock %1</source>
        <translation>%1 をロックできません</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>Dealscope::ChartValueText</name>
    <message>
        <source>$%1 B</source>
        <translation>%1 十億ドル</translation>
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
        <translation>条項とイベントを絞り込み…</translation>
    </message>
    <message>
        <source>Keep the clauses and events whose title, wording or source contains every word</source>
        <translation>タイトル、文言、出典にすべての語を含む条項とイベントだけを残す</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>条項</translation>
    </message>
    <message>
        <source>Filter clauses and events</source>
        <translation>条項とイベントを絞り込む</translation>
    </message>
</context>
<context>
    <name>Dealscope::CompareController</name>
    <message>
        <source>Export Changes</source>
        <translation>変更のエクスポート</translation>
    </message>
    <message>
        <source>Redline PDF (*.pdf);;CSV table (*.csv)</source>
        <translation>変更箇所付きPDF (*.pdf);;CSV表 (*.csv)</translation>
    </message>
    <message>
        <source>Compare &amp;Versions…</source>
        <translation>バージョンを比較(&amp;V)…</translation>
    </message>
    <message>
        <source>Compare two versions of the agreement, wording beside wording</source>
        <translation>契約の2つのバージョンを文言を並べて比較する</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>Outline an Earlier Version on the &amp;Timeline</source>
        <translation>以前のバージョンをタイムラインに枠線で表示(&amp;T)</translation>
    </message>
    <message>
        <source>Outline on the timeline each term as %1 had it,
to compare with %2 (%3)</source>
        <translation>タイムラインに各期間を %1 の時点の枠線で示し、
%2 と比較する (%3)</translation>
    </message>
    <message>
        <source>Outline on the timeline each term as the version before had it (%1)</source>
        <translation>タイムラインに各期間を一つ前のバージョンの時点の枠線で示す (%1)</translation>
    </message>
</context>
<context>
    <name>Dealscope::CompareView</name>
    <message>
        <source>All changes</source>
        <translation>すべての変更</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Amended</source>
        <translation>修正</translation>
    </message>
    <message>
        <source>Not restated</source>
        <translation>再記載なし</translation>
    </message>
    <message>
        <source>New events</source>
        <translation>新しいイベント</translation>
    </message>
    <message>
        <source>Version &amp;A:</source>
        <translation>バージョン&amp;A:</translation>
    </message>
    <message>
        <source>Version &amp;B:</source>
        <translation>バージョン&amp;B:</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>表示(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>エクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Save this comparison as a redline PDF or as a CSV table</source>
        <translation>この比較を変更箇所付きPDFまたはCSV表として保存</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>入れ替え</translation>
    </message>
    <message>
        <source>Swap versions A and B</source>
        <translation>バージョンAとBを入れ替える</translation>
    </message>
    <message>
        <source>Version A</source>
        <translation>バージョンA</translation>
    </message>
    <message>
        <source>The earlier version: its wording is struck through where B differs</source>
        <translation>前のバージョン: Bと異なる文言に取り消し線を引く</translation>
    </message>
    <message>
        <source>Version B</source>
        <translation>バージョンB</translation>
    </message>
    <message>
        <source>The later version: its wording is underlined where it differs from A</source>
        <translation>後のバージョン: Aと異なる文言に下線を引く</translation>
    </message>
    <message>
        <source>Kind of change</source>
        <translation>変更の種類</translation>
    </message>
    <message>
        <source>Changes between versions A and B</source>
        <translation>バージョンAとBの間の変更</translation>
    </message>
</context>
<context>
    <name>Dealscope::DetailsFormatter</name>
    <message>
        <source>%1 — parts range from %2 to %3</source>
        <translation>%1 — 部分により「%2」から「%3」まで</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>約 %1</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>最大 %1</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>%1 超</translation>
    </message>
    <message>
        <source>See:</source>
        <translation>参照:</translation>
    </message>
    <message>
        <source>Conflicting reports</source>
        <translation>食い違う報道</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>%1 時点</translation>
    </message>
    <message>
        <source>As first agreed:</source>
        <translation>当初の合意内容:</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>not yet agreed</source>
        <translation>未合意</translation>
    </message>
    <message>
        <source>This end depends on a milestone with no known date: %1. Assume a date under View › Assume AGI Verification to see the term end there.</source>
        <translation>この終了は日付不明のマイルストーンに依存します: %1。[表示] › [AGI 検証を仮定] で日付を仮定すると、期間がその時点で終了するように表示されます。</translation>
    </message>
    <message>
        <source> or </source>
        <translation> または </translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>信頼度</translation>
    </message>
    <message>
        <source>Open questions</source>
        <translation>未解決の問題</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>注記</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>条項</translation>
    </message>
    <message>
        <source>Facts last checked on %1.</source>
        <translation>事実の最終確認日: %1。</translation>
    </message>
    <message>
        <source>Select a clause or an event in the tree or on the timeline to see its terms, history, confidence and sources.</source>
        <translation>ツリーまたはタイムラインで条項やイベントを選択すると、その条件、履歴、信頼度、出典が表示されます。</translation>
    </message>
    <message>
        <source>Ended on %1</source>
        <translation>%1 に終了</translation>
    </message>
    <message>
        <source>Expired on %1</source>
        <translation>%1 に満了</translation>
    </message>
    <message>
        <source>The last wording was:</source>
        <translation>最後の文言:</translation>
    </message>
    <message>
        <source>Later than the selected version (%1).</source>
        <translation>選択したバージョン（%1）より後のイベントです。</translation>
    </message>
    <message>
        <source>Versions: %1 · Clauses: %2 · Dated events: %3 · Open questions: %4 · Sources: %5</source>
        <translation>バージョン: %1 · 条項: %2 · 日付付きイベント: %3 · 未解決の問題: %4 · 出典: %5</translation>
    </message>
</context>
<context>
    <name>Dealscope::DetailsPane</name>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
</context>
<context>
    <name>Dealscope::DocumentAccessible</name>
    <message>
        <source>Link: %1</source>
        <translation>リンク: %1</translation>
    </message>
</context>
<context>
    <name>Dealscope::ExportText</name>
    <message>
        <source>%1: choose a .png, .svg or .pdf file</source>
        <translation>%1: .png、.svg、.pdf のいずれかのファイルを選択してください</translation>
    </message>
    <message>
        <source>this dataset has no scenario model</source>
        <translation>このデータセットにはシナリオモデルがありません</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>%1 をエクスポート</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Dark colours instead of paper</source>
        <translation>用紙の色ではなく暗い配色を使用</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>幅:</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>高さ:</translation>
    </message>
    <message>
        <source>Resolution (dpi):</source>
        <translation>解像度 (dpi):</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>エクスポートに失敗しました</translation>
    </message>
    <message>
        <source>This dataset has no scenario model, so there is no chart to export.</source>
        <translation>このデータセットにはシナリオモデルがないため、エクスポートするグラフはありません。</translation>
    </message>
    <message>
        <source>timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 図形 (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF ドキュメント (*.pdf)</translation>
    </message>
    <message>
        <source>Yearly projection</source>
        <translation>年次予測</translation>
    </message>
    <message>
        <source>Sensitivity (tornado)</source>
        <translation>感度分析（トルネード）</translation>
    </message>
    <message>
        <source>AGI-year fan percentiles</source>
        <translation>AGI 年ファンチャートのパーセンタイル</translation>
    </message>
    <message>
        <source>Clauses as of the shown version</source>
        <translation>表示中のバージョン時点の条項</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>表をエクスポート</translation>
    </message>
    <message>
        <source>Table:</source>
        <translation>表:</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表 (*.csv)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>レポートをエクスポート</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>印刷プレビュー</translation>
    </message>
    <message>
        <source>--as-of &quot;%1&quot;: no such version (expected a date or one of %2)</source>
        <translation>--as-of &quot;%1&quot;: そのようなバージョンはありません（日付または %2 のいずれかを指定してください）</translation>
    </message>
    <message>
        <source>--preset &quot;%1&quot;: expected one of %2</source>
        <translation>--preset &quot;%1&quot;: %2 のいずれかを指定してください</translation>
    </message>
    <message>
        <source>Default assumptions</source>
        <translation>既定の仮定</translation>
    </message>
    <message>
        <source>--set %1=%2: out of range (%3 to %4%5)</source>
        <translation>--set %1=%2: 範囲外です（%3～%4%5）</translation>
    </message>
    <message>
        <source>, whole numbers</source>
        <translation>、整数</translation>
    </message>
    <message>
        <source>the dataset lacks the terms the scenario model needs: %1</source>
        <translation>シナリオモデルに必要な契約条件がデータセットにありません: %1</translation>
    </message>
    <message>
        <source>the dataset lacks the other terms to compare with: %1</source>
        <translation>比較対象となるもう一方の契約条件がデータセットにありません: %1</translation>
    </message>
    <message>
        <source>Illustrative; made with Dealscope.</source>
        <translation>例示用。Dealscope で作成。</translation>
    </message>
    <message>
        <source>%1 chart, %2, %3</source>
        <translation>%1 グラフ、%2、%3</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>a drawing cannot be written as CSV</source>
        <translation>図形は CSV として書き出せません</translation>
    </message>
    <message>
        <source>Illustrative model of the agreement&apos;s terms, not a forecast and not advice.</source>
        <translation>契約条件の例示用モデルであり、予測でも助言でもありません。</translation>
    </message>
    <message>
        <source>Dealscope %1 · %2, facts checked on %3.</source>
        <translation>Dealscope %1 · %2、事実確認日: %3。</translation>
    </message>
    <message>
        <source>Dashed: %1.</source>
        <translation>破線: %1。</translation>
    </message>
    <message>
        <source>%1: clauses and events as of %2</source>
        <translation>%1: %2 時点の条項とイベント</translation>
    </message>
    <message>
        <source>Bars run from a term&apos;s start to its end; faded ends wait for a milestone such as AGI verification.</source>
        <translation>バーは各条件の開始から終了までを示します。薄く表示された終端は、AGI 検証などのマイルストーンを待っていることを示します。</translation>
    </message>
    <message>
        <source>Not yet agreed</source>
        <translation>未合意</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Not restated</source>
        <translation>再記載なし</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>満了</translation>
    </message>
    <message>
        <source>No end stated</source>
        <translation>終了の定めなし</translation>
    </message>
    <message>
        <source>At %1</source>
        <translation>%1 の時点</translation>
    </message>
    <message>
        <source>%1, or earlier at %2</source>
        <translation>%1、または %2 の時点でより早く</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 年</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>仮定</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>既定値</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>根拠</translation>
    </message>
    <message>
        <source>assumption</source>
        <translation>仮定</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>範囲</translation>
    </message>
    <message>
        <source>At minimum, $B</source>
        <translation>最小値の場合（十億ドル）</translation>
    </message>
    <message>
        <source>At maximum, $B</source>
        <translation>最大値の場合（十億ドル）</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>バージョン:</translation>
    </message>
    <message>
        <source>Facts checked on:</source>
        <translation>事実確認日:</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>シナリオ:</translation>
    </message>
    <message>
        <source>Report made on:</source>
        <translation>レポート作成日:</translation>
    </message>
    <message>
        <source>Made with Dealscope %1. The scenario figures are illustrative: neither a forecast nor legal or investment advice. Confidence codes: A official text, B several independent reports, C a single or weak source, X not verified.</source>
        <translation>Dealscope %1 で作成。シナリオの数値は例示用であり、予測でも法律上または投資上の助言でもありません。信頼度コード: A 公式文書、B 複数の独立した報道、C 単一または弱い情報源、X 未検証。</translation>
    </message>
    <message>
        <source>Clauses in force</source>
        <translation>有効な条項</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>条項</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>終了時期</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>信頼度</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>%1 — report</source>
        <translation>%1 — レポート</translation>
    </message>
    <message>
        <source>Azure stack by layer and revenue share</source>
        <translation>レイヤー別の Azure スタックと収益分配</translation>
    </message>
    <message>
        <source>Comparison with the other terms</source>
        <translation>もう一方の契約条件との比較</translation>
    </message>
    <message>
        <source>Solid: %1. Dashed: %2. Assumptions as in the table above.</source>
        <translation>実線: %1。破線: %2。仮定は上の表のとおり。</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>感度分析</translation>
    </message>
    <message>
        <source>AGI-year uncertainty</source>
        <translation>AGI 年の不確実性</translation>
    </message>
    <message>
        <source>cannot write %1: the PDF could not be started</source>
        <translation>%1 に書き込めません: PDF を開始できませんでした</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <source>Scenario: %1.</source>
        <translation>シナリオ: %1。</translation>
    </message>
    <message>
        <source>Amendment bridge, term by term</source>
        <translation>改定ブリッジ（条件ごと）</translation>
    </message>
    <message>
        <source>--from &quot;%1&quot; --to &quot;%2&quot;: no such versions to compare (expected dates or two of %3)</source>
        <translation>--from &quot;%1&quot; --to &quot;%2&quot;: 比較できるバージョンがありません (日付または %3 のうち2つを指定)</translation>
    </message>
    <message>
        <source>the bridge cannot use these terms: %1</source>
        <translation>ブリッジはこの契約条件を使えません：%1</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>条項</translation>
    </message>
    <message>
        <source>Microsoft total, $B</source>
        <translation>Microsoft 合計（十億ドル）</translation>
    </message>
    <message>
        <source>Revenue share, $B</source>
        <translation>収益分配（十億ドル）</translation>
    </message>
    <message>
        <source>Each step is the term&apos;s average effect over every order of switching the terms (its Shapley value), so the steps add up to the difference whatever their order.</source>
        <translation>各ステップは、条件を切り替えるすべての順序にわたるその条件の平均的な効果（シャープレイ値）です。そのため順序によらず、ステップの合計は差に一致します。</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>変更点</translation>
    </message>
    <message>
        <source>revenue by layer</source>
        <translation>レイヤー別の収益</translation>
    </message>
    <message>
        <source>revenue by layer, two scenarios compared</source>
        <translation>レイヤー別の収益（2 つのシナリオの比較）</translation>
    </message>
    <message>
        <source>sensitivity (tornado)</source>
        <translation>感度分析（トルネード）</translation>
    </message>
    <message>
        <source>AGI-year fan</source>
        <translation>AGI 年ファンチャート</translation>
    </message>
    <message>
        <source>amendment bridge</source>
        <translation>改定ブリッジ</translation>
    </message>
    <message>
        <source>Export chart: %1</source>
        <translation>グラフをエクスポート：%1</translation>
    </message>
</context>
<context>
    <name>Dealscope::FanTableModel</name>
    <message>
        <source>Azure stack</source>
        <translation>Azure スタック</translation>
    </message>
    <message>
        <source>Revenue share</source>
        <translation>収益分配</translation>
    </message>
    <message>
        <source>%1, p%2</source>
        <extracomment>A column of the AGI-year fan&apos;s table: the series and a percentile, e.g. &quot;Azure stack, p50&quot;</extracomment>
        <translation>%1、p%2</translation>
    </message>
</context>
<context>
    <name>Dealscope::FileSetAside</name>
    <message>
        <source>too many set-aside copies of %1</source>
        <translation>%1 の退避コピーが多すぎます</translation>
    </message>
</context>
<context>
    <name>Dealscope::GlossaryView</name>
    <message>
        <source>Search the glossary…</source>
        <translation>用語集を検索…</translation>
    </message>
    <message>
        <source>Search the glossary</source>
        <translation>用語集を検索</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>用語集</translation>
    </message>
    <message>
        <source>Also: %1</source>
        <translation>別名：%1</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>出典：</translation>
    </message>
    <message>
        <source>No term matches.</source>
        <translation>一致する用語はありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n term(s)</source>
        <translation>
            <numerusform>%n 語</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dealscope::HelpMenu</name>
    <message>
        <source>The Deal at a &amp;Glance</source>
        <translation>契約の概要(&amp;G)</translation>
    </message>
    <message>
        <source>What each party gets, the key dates, what changed last and what is still unknown</source>
        <translation>各当事者が得るもの、主な日付、直近の変更点、まだ分かっていないこと</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>ユーザーガイド(&amp;U)</translation>
    </message>
    <message>
        <source>Open the guide at the part about the pane you are in</source>
        <translation>今いるペインについての箇所でガイドを開きます</translation>
    </message>
    <message>
        <source>&amp;Legend</source>
        <translation>凡例(&amp;L)</translation>
    </message>
    <message>
        <source>What every badge, icon, shape and colour of the views means</source>
        <translation>ビューのバッジ、アイコン、形、色がそれぞれ何を表すか</translation>
    </message>
    <message>
        <source>Gl&amp;ossary</source>
        <translation>用語集(&amp;O)</translation>
    </message>
    <message>
        <source>The terms of the agreement and of the trade, explained</source>
        <translation>契約と業界の用語の解説</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>用語集</translation>
    </message>
    <message>
        <source>About Dealscope</source>
        <translation>Dealscope について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Dealscope %1&lt;/h3&gt;&lt;p&gt;An explorer for business agreements: their clauses, versions and timeline.&lt;/p&gt;&lt;p&gt;The bundled dataset describes the Microsoft–OpenAI partnership from public sources; it is not legal or investment advice.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Dealscope %1&lt;/h3&gt;&lt;p&gt;ビジネス契約を、その条項、バージョン、タイムラインから探索するためのツールです。&lt;/p&gt;&lt;p&gt;同梱のデータセットは、公開情報をもとに Microsoft–OpenAI のパートナーシップを記述したものであり、法律上または投資上の助言ではありません。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Dealscope::ItemFinder</name>
    <message>
        <source>Found: %1</source>
        <translation>見つかりました: %1</translation>
    </message>
    <message>
        <source>Nothing matches “%1”</source>
        <translation>「%1」に一致する項目はありません</translation>
    </message>
</context>
<context>
    <name>Dealscope::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>The language of the interface, the dataset texts and the articles</source>
        <translation>インターフェイス、データセットのテキスト、記事の言語</translation>
    </message>
    <message>
        <source>System Default (%1)</source>
        <translation>システムの既定（%1）</translation>
    </message>
</context>
<context>
    <name>Dealscope::LegendButton</name>
    <message>
        <source>Legend: what the badges, icons, shapes and lines mean</source>
        <translation>凡例: バッジ、アイコン、図形、線の意味</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>凡例</translation>
    </message>
</context>
<context>
    <name>Dealscope::LegendDialog</name>
    <message>
        <source>Legend</source>
        <translation>凡例</translation>
    </message>
</context>
<context>
    <name>Dealscope::LegendView</name>
    <message>
        <source>The version shown brought this clause in.</source>
        <translation>表示中のバージョンでこの条項が導入された。</translation>
    </message>
    <message>
        <source>The version shown confirmed the clause as it was.</source>
        <translation>表示中のバージョンで条項がそのまま確認された。</translation>
    </message>
    <message>
        <source>The version shown changed the clause&apos;s wording or term.</source>
        <translation>表示中のバージョンで条項の文言または期間が変更された。</translation>
    </message>
    <message>
        <source>The version shown ended the clause.</source>
        <translation>表示中のバージョンで条項が終了した。</translation>
    </message>
    <message>
        <source>The version shown did not mention the clause: it may still apply, but nobody has confirmed it.</source>
        <translation>表示中のバージョンはこの条項に触れていない。引き続き有効な可能性はあるが、確認されていない。</translation>
    </message>
    <message>
        <source>Agreed, but its term starts later; or not yet agreed as of the version shown.</source>
        <translation>合意済みだが期間の開始が後になる、または表示中のバージョン時点では未合意。</translation>
    </message>
    <message>
        <source>Applies as of the version shown.</source>
        <translation>表示中のバージョン時点で有効。</translation>
    </message>
    <message>
        <source>A later version did not mention the clause, so its status is unknown. It is shown as it last stood, with a dashed outline.</source>
        <translation>後のバージョンがこの条項に触れていないため、状況は不明。最後に判明していた状態で、破線の枠付きで表示される。</translation>
    </message>
    <message>
        <source>A version ended the clause.</source>
        <translation>あるバージョンで条項が終了した。</translation>
    </message>
    <message>
        <source>Its term ran out.</source>
        <translation>期間が満了した。</translation>
    </message>
    <message>
        <source>Badges in the clause tree</source>
        <translation>条項ツリーのバッジ</translation>
    </message>
    <message>
        <source>The tree&apos;s columns say what the version shown did to each item, where it stands and how well its facts are sourced.</source>
        <translation>ツリーの列は、表示中のバージョンが各項目に何をしたか、現在の状況、事実の裏付けの確かさを示す。</translation>
    </message>
    <message>
        <source>An event dated after the version shown: it was not yet known then. Its row is greyed.</source>
        <translation>表示中のバージョンより後のイベント。当時はまだ知られていなかった。行は灰色で表示される。</translation>
    </message>
    <message>
        <source>A range is coloured by its weaker end.</source>
        <translation>範囲は弱い方の端の色で表示される。</translation>
    </message>
    <message>
        <source>Bars on the timeline</source>
        <translation>タイムラインのバー</translation>
    </message>
    <message>
        <source>Each clause is a bar from its start to its end, in the lane of its category.</source>
        <translation>各条項は、そのカテゴリーのレーンに開始から終了までのバーとして描かれる。</translation>
    </message>
    <message>
        <source>No end stated</source>
        <translation>終了の定めなし</translation>
    </message>
    <message>
        <source>The clause states no end: the arrow says it runs on.</source>
        <translation>条項に終了の定めがない。矢印は継続することを示す。</translation>
    </message>
    <message>
        <source>Known end</source>
        <translation>終了日が判明</translation>
    </message>
    <message>
        <source>Ends on a known date, or on the date assumed for a milestone.</source>
        <translation>判明している日付、またはマイルストーンに仮定した日付で終了する。</translation>
    </message>
    <message>
        <source>Fading end</source>
        <translation>フェードする終了</translation>
    </message>
    <message>
        <source>Ends at a milestone, such as AGI verification, that nobody can date: solid up to today, then fading out.</source>
        <translation>AGIの検証など、誰も日付を特定できないマイルストーンで終了する。今日までは塗りつぶし、その後は薄れていく。</translation>
    </message>
    <message>
        <source>Hatched end</source>
        <translation>斜線の終了</translation>
    </message>
    <message>
        <source>Ends on a date at the latest, sooner if a milestone comes first: the part after today is hatched, and the dashed edge is the latest end.</source>
        <translation>遅くとも特定の日付に終了し、マイルストーンが先に来ればそれより早く終了する。今日以降の部分は斜線で、破線の端が最も遅い終了日。</translation>
    </message>
    <message>
        <source>Compared term</source>
        <translation>比較対象の期間</translation>
    </message>
    <message>
        <source>With the Compare toggle on, the dashed outline is the clause&apos;s term in the other version.</source>
        <translation>比較をオンにすると、破線の枠がもう一方のバージョンでの条項の期間を示す。</translation>
    </message>
    <message>
        <source>Change icons on the timeline</source>
        <translation>タイムラインの変更アイコン</translation>
    </message>
    <message>
        <source>With View › Show Changes on, a bar starts with what the version shown did to it.</source>
        <translation>表示 › 変更点を表示 をオンにすると、バーの先頭に表示中のバージョンが何をしたかが示される。</translation>
    </message>
    <message>
        <source>Events on the timeline</source>
        <translation>タイムラインのイベント</translation>
    </message>
    <message>
        <source>Events are told apart by shape first, and by colour.</source>
        <translation>イベントはまず形で、次に色で区別される。</translation>
    </message>
    <message>
        <source>Hollow marker on a line</source>
        <translation>線上の中抜きマーカー</translation>
    </message>
    <message>
        <source>The date is known only to the month or the year: the line spans that period.</source>
        <translation>日付は月または年までしか分からない。線はその期間にわたる。</translation>
    </message>
    <message>
        <source>Diamond</source>
        <translation>ひし形</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>円</translation>
    </message>
    <message>
        <source>Cross</source>
        <translation>バツ印</translation>
    </message>
    <message>
        <source>Square</source>
        <translation>四角</translation>
    </message>
    <message>
        <source>Triangle</source>
        <translation>三角</translation>
    </message>
    <message>
        <source>An agreement or an amendment.</source>
        <translation>契約または修正。</translation>
    </message>
    <message>
        <source>Money: an investment, funding or earnings.</source>
        <translation>お金: 出資、資金調達、決算。</translation>
    </message>
    <message>
        <source>A dispute or a legal step.</source>
        <translation>紛争または法的手続き。</translation>
    </message>
    <message>
        <source>A cloud deal or a product.</source>
        <translation>クラウド契約または製品。</translation>
    </message>
    <message>
        <source>A statement, a governance change or a report.</source>
        <translation>声明、ガバナンスの変更、または報道。</translation>
    </message>
    <message>
        <source>Lines on the timeline</source>
        <translation>タイムラインの線</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Today&apos;s date. After it, ends that wait for a milestone fade out or are hatched.</source>
        <translation>今日の日付。これ以降、マイルストーン待ちの終了は薄れるか斜線になる。</translation>
    </message>
    <message>
        <source>Version shown</source>
        <translation>表示中のバージョン</translation>
    </message>
    <message>
        <source>The version the tree, the timeline and the details show the agreement as of; its month is in bold on the axis.</source>
        <translation>ツリー、タイムライン、詳細が契約を表示する基準のバージョン。その月は軸に太字で示される。</translation>
    </message>
    <message>
        <source>Other versions</source>
        <translation>その他のバージョン</translation>
    </message>
    <message>
        <source>Every other version of the agreement, with its month on the axis.</source>
        <translation>契約のその他の各バージョン。月が軸に示される。</translation>
    </message>
</context>
<context>
    <name>Dealscope::LoadingPlaceholder</name>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
</context>
<context>
    <name>Dealscope::MainWindow</name>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>メインツールバー</translation>
    </message>
    <message>
        <source>As of:</source>
        <translation>時点:</translation>
    </message>
    <message>
        <source>Show the agreement as this version left it</source>
        <translation>このバージョン時点の契約を表示</translation>
    </message>
    <message>
        <source>Assume AGI verified in:</source>
        <translation>AGI 検証の仮定年:</translation>
    </message>
    <message>
        <source>not assumed</source>
        <translation>仮定なし</translation>
    </message>
    <message>
        <source>Terms that end at AGI verification end at the start of this year, as in the scenario model. Nobody knows when, or whether, the expert panel will verify AGI.</source>
        <translation>AGI 検証の時点で終了する条件は、シナリオモデルと同様に、この年の初めに終了するものとします。専門家パネルがいつ AGI を検証するのか、そもそも検証するのかは誰にもわかりません。</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Find clauses and events…</source>
        <translation>条項とイベントを検索…</translation>
    </message>
    <message>
        <source>Close Find Bar</source>
        <translation>検索バーを閉じる</translation>
    </message>
    <message>
        <source>%1 — Dealscope</source>
        <translation>%1 — Dealscope</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 を開きました</translation>
    </message>
    <message>
        <source>Opened %1 (warnings: %2)</source>
        <translation>%1 を開きました（警告 %2 件）</translation>
    </message>
    <message>
        <source>Open Dataset</source>
        <translation>データセットを開く</translation>
    </message>
    <message>
        <source>Dealscope datasets (*.json);;All files (*)</source>
        <translation>Dealscope データセット (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Further problems: %1 (see the details).</source>
        <translation>その他の問題: %1 件（詳細を参照）。</translation>
    </message>
    <message>
        <source>Cannot Open Dataset</source>
        <translation>データセットを開けません</translation>
    </message>
    <message>
        <source>%1 is not a valid Dealscope dataset. The current dataset stays open.</source>
        <translation>%1 は有効な Dealscope データセットではありません。現在のデータセットは開いたままです。</translation>
    </message>
    <message>
        <source>Could not autosave the scenario (%1); retrying every 30 seconds.</source>
        <translation>シナリオを自動保存できませんでした（%1）。30 秒ごとに再試行します。</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 をエクスポートしました</translation>
    </message>
    <message>
        <source>Next Pane</source>
        <translation>次のペイン</translation>
    </message>
    <message>
        <source>Move the focus to the next pane: toolbar, views, tree, timeline, details</source>
        <translation>次のペインにフォーカスを移動: ツールバー、ビュー、ツリー、タイムライン、詳細</translation>
    </message>
    <message>
        <source>Previous Pane</source>
        <translation>前のペイン</translation>
    </message>
    <message>
        <source>Move the focus to the previous pane</source>
        <translation>前のペインにフォーカスを移動</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>フォルダーを開く</translation>
    </message>
    <message>
        <source>Open the folder of the file just exported</source>
        <translation>エクスポートしたファイルのフォルダーを開く</translation>
    </message>
    <message>
        <source>Details and source</source>
        <translation>詳細とソース</translation>
    </message>
    <message>
        <source>Find clauses and events</source>
        <translation>条項とイベントを検索</translation>
    </message>
</context>
<context>
    <name>Dealscope::MessageBar</name>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>Dealscope::OpenQuestionsHtml</name>
    <message>
        <source>Conflicting reports</source>
        <translation>食い違う報道</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>confidence %1, no source</source>
        <translation>信頼度 %1、出典なし</translation>
    </message>
    <message>
        <source>confidence %1; sources:</source>
        <translation>信頼度 %1、出典：</translation>
    </message>
    <message>
        <source>Clauses:</source>
        <translation>条項：</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>出典：</translation>
    </message>
</context>
<context>
    <name>Dealscope::OpenQuestionsView</name>
    <message>
        <source>All kinds</source>
        <translation>すべての種類</translation>
    </message>
    <message>
        <source>Kind of open question</source>
        <translation>未解決の問題の種類</translation>
    </message>
    <message>
        <source>Filter open questions…</source>
        <translation>未解決の問題を絞り込む…</translation>
    </message>
    <message>
        <source>Filter open questions</source>
        <translation>未解決の問題を絞り込む</translation>
    </message>
    <message>
        <source>Open questions</source>
        <translation>未解決の問題</translation>
    </message>
    <message>
        <source>No open question matches.</source>
        <translation>一致する未解決の問題はありません。</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 件中 %1 件</translation>
    </message>
</context>
<context>
    <name>Dealscope::RedlineHtml</name>
    <message>
        <source>New event</source>
        <translation>新しいイベント</translation>
    </message>
    <message>
        <source>Clause or event</source>
        <translation>条項またはイベント</translation>
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
        <translation>バージョンBにはない</translation>
    </message>
    <message>
        <source>Not in version A</source>
        <translation>バージョンAにはない</translation>
    </message>
    <message>
        <source>Ends: %1</source>
        <translation>終了: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状態: %1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>出典: %1</translation>
    </message>
    <message>
        <source>Replaced by %1</source>
        <translation>%1に置き換え</translation>
    </message>
    <message>
        <source>Replaces %1</source>
        <translation>%1を置き換える</translation>
    </message>
    <message>
        <source>%1 only in version A; %2 only in version B.</source>
        <translation>%1 バージョンAのみ、%2 バージョンBのみ。</translation>
    </message>
    <message>
        <source>Struck through:</source>
        <translation>取り消し線:</translation>
    </message>
    <message>
        <source>underlined:</source>
        <translation>下線:</translation>
    </message>
    <message>
        <source>Version A:</source>
        <translation>バージョンA:</translation>
    </message>
    <message>
        <source>Version B:</source>
        <translation>バージョンB:</translation>
    </message>
    <message>
        <source>No clause or event differs between these versions.</source>
        <translation>これらのバージョン間で異なる条項やイベントはない。</translation>
    </message>
    <message>
        <source>Redline:</source>
        <translation>変更箇所:</translation>
    </message>
    <message>
        <source>Version A</source>
        <translation>バージョンA</translation>
    </message>
    <message>
        <source>Version B</source>
        <translation>バージョンB</translation>
    </message>
</context>
<context>
    <name>Dealscope::RedlinePdf</name>
    <message>
        <source>%1: changes from %2 to %3</source>
        <translation>%1: %2から%3への変更</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 を書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>Dealscope::ReportQuestions</name>
    <message>
        <source>Open questions</source>
        <translation>未解決の問題</translation>
    </message>
    <message>
        <source>Conflicting reports and undisclosed terms (%1). They are shown as open, not as facts.</source>
        <translation>食い違う報道と非公開の条件（%1件）。事実ではなく、未解決として示す。</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioAssumptions</name>
    <message>
        <source>Azure revenue FY25</source>
        <translation>Azure 収益 FY25</translation>
    </message>
    <message>
        <source>facts.md §3a: Azure FY25 more than $75B, +34% (A)</source>
        <translation>facts.md §3a: Azure の FY25 収益は 750 億ドル超、+34%（A）</translation>
    </message>
    <message>
        <source>Azure growth, recent quarters</source>
        <translation>Azure の成長率（直近の四半期）</translation>
    </message>
    <message>
        <source>facts.md §3a: Azure growth 39–40% from FY25 Q4 to FY26 Q3 (A/B); shifts FY25 to calendar 2025 as × (1 + g)^0.5 (assumption)</source>
        <translation>facts.md §3a: FY25 Q4 から FY26 Q3 までの Azure の成長率は 39～40%（A/B）。FY25 を × (1 + g)^0.5 で 2025 暦年に換算（仮定）</translation>
    </message>
    <message>
        <source>Baseline growth 2026</source>
        <translation>ベースラインの成長率 2026</translation>
    </message>
    <message>
        <source>Assumption: 2026 growth of the Azure revenue OpenAI does not drive, below the 39–40% total of facts.md §3a, which includes AI</source>
        <translation>仮定: OpenAI に由来しない Azure 収益の 2026 年の成長率。AI を含む facts.md §3a の全体成長率 39～40% を下回る</translation>
    </message>
    <message>
        <source>Baseline long-run growth</source>
        <translation>ベースラインの長期成長率</translation>
    </message>
    <message>
        <source>Assumption: the growth rate the baseline fades towards</source>
        <translation>仮定: ベースラインの成長率が徐々に近づいていく水準</translation>
    </message>
    <message>
        <source>Baseline and SaaS growth fade</source>
        <translation>ベースラインと SaaS の成長率の減衰</translation>
    </message>
    <message>
        <source>Assumption: each year keeps this fraction of the excess of baseline and SaaS adoption growth over their long-run rates</source>
        <translation>仮定: ベースラインと SaaS 普及の成長率が長期成長率を上回る分のうち、毎年維持される割合</translation>
    </message>
    <message>
        <source>IaaS share of Azure 2025</source>
        <translation>Azure に占める IaaS の割合 2025</translation>
    </message>
    <message>
        <source>Assumption: Microsoft never published the IaaS/PaaS/SaaS split (facts.md §3a, X)</source>
        <translation>仮定: Microsoft は IaaS/PaaS/SaaS の内訳を公表していません（facts.md §3a、X）</translation>
    </message>
    <message>
        <source>PaaS share of Azure 2025</source>
        <translation>Azure に占める PaaS の割合 2025</translation>
    </message>
    <message>
        <source>Assumption: Microsoft never published the IaaS/PaaS/SaaS split (facts.md §3a, X); SaaS gets the rest</source>
        <translation>仮定: Microsoft は IaaS/PaaS/SaaS の内訳を公表していません（facts.md §3a、X）。残りは SaaS</translation>
    </message>
    <message>
        <source>OpenAI revenue 2025</source>
        <translation>OpenAI 収益 2025</translation>
    </message>
    <message>
        <source>facts.md §3b: OpenAI 2025 revenue ~$13B (B)</source>
        <translation>facts.md §3b: OpenAI の 2025 年の収益は約 130 億ドル（B）</translation>
    </message>
    <message>
        <source>OpenAI revenue growth 2026</source>
        <translation>OpenAI 収益の成長率 2026</translation>
    </message>
    <message>
        <source>facts.md §3b: projection ~$30B for 2026 (C), about +130%; default +120%</source>
        <translation>facts.md §3b: 2026 年の予測は約 300 億ドル（C）で約 +130%。既定値は +120%</translation>
    </message>
    <message>
        <source>OpenAI long-run growth</source>
        <translation>OpenAI の長期成長率</translation>
    </message>
    <message>
        <source>Assumption: the rate OpenAI growth fades towards; the default path stays below the $200B projected for 2030 (facts.md §3b, C)</source>
        <translation>仮定: OpenAI の成長率が徐々に近づいていく水準。既定の推移は 2030 年の予測 2,000 億ドル（facts.md §3b、C）を下回る</translation>
    </message>
    <message>
        <source>OpenAI growth fade</source>
        <translation>OpenAI の成長率の減衰</translation>
    </message>
    <message>
        <source>Assumption: each year keeps this fraction of the excess of OpenAI growth over its long-run rate</source>
        <translation>仮定: OpenAI の成長率が長期成長率を上回る分のうち、毎年維持される割合</translation>
    </message>
    <message>
        <source>OpenAI compute spend per revenue dollar</source>
        <translation>OpenAI の収益 1 ドルあたりのコンピューティング支出</translation>
    </message>
    <message>
        <source>Assumption: facts.md §3b gives OpenAI&apos;s compute in GW only (1.9 GW in 2025, B), not in dollars</source>
        <translation>仮定: facts.md §3b は OpenAI のコンピューティングを GW 単位でのみ示しており（2025 年に 1.9 GW、B）、ドル建てではありません</translation>
    </message>
    <message>
        <source>Azure share of OpenAI compute 2025</source>
        <translation>OpenAI のコンピューティングに占める Azure の割合 2025</translation>
    </message>
    <message>
        <source>Assumption: Oracle, AWS, CoreWeave and Google also supply OpenAI (facts.md §3d, B)</source>
        <translation>仮定: Oracle、AWS、CoreWeave、Google も OpenAI に供給しています（facts.md §3d、B）</translation>
    </message>
    <message>
        <source>Azure share of OpenAI compute 2030</source>
        <translation>OpenAI のコンピューティングに占める Azure の割合 2030</translation>
    </message>
    <message>
        <source>Assumption: linear path from 2025, flat after 2030, as the Oracle and AWS contracts ramp up (facts.md §3d, B)</source>
        <translation>仮定: Oracle と AWS の契約の拡大に伴い、2025 年から直線的に推移し、2030 年以降は横ばい（facts.md §3d、B）</translation>
    </message>
    <message>
        <source>Azure commitment</source>
        <translation>Azure 利用コミットメント</translation>
    </message>
    <message>
        <source>facts.md §3c: $250B incremental Azure commitment (A)</source>
        <translation>facts.md §3c: 2,500 億ドルの Azure 追加利用コミットメント（A）</translation>
    </message>
    <message>
        <source>Commitment first year</source>
        <translation>コミットメントの初年度</translation>
    </message>
    <message>
        <source>Assumption: the payment schedule is undisclosed (facts.md §3c, X)</source>
        <translation>仮定: 支払いスケジュールは非公開です（facts.md §3c、X）</translation>
    </message>
    <message>
        <source>Commitment duration</source>
        <translation>コミットメントの期間</translation>
    </message>
    <message>
        <source>Assumption: schedule undisclosed (X); one analyst guesses it runs to about 2032 (facts.md §1a, C10)</source>
        <translation>仮定: スケジュールは非公開（X）。あるアナリストは 2032 年頃まで続くと推測しています（facts.md §1a、C10）</translation>
    </message>
    <message>
        <source>Commitment ramp</source>
        <translation>コミットメントの増加傾斜</translation>
    </message>
    <message>
        <source>Assumption: 0 spreads the commitment evenly over its years, 1 ramps it up linearly</source>
        <translation>仮定: 0 ではコミットメントを各年に均等に配分し、1 では直線的に増加させます</translation>
    </message>
    <message>
        <source>OpenAI-driven PaaS 2025</source>
        <translation>OpenAI 由来の PaaS 2025</translation>
    </message>
    <message>
        <source>Assumption: with the SaaS part near Microsoft&apos;s AI run rate, &gt; $13B (Jan 2025) to &gt; $37B (Apr 2026) (facts.md §3a, B)</source>
        <translation>仮定: SaaS 部分を Microsoft の AI 年間収益ランレート付近とした場合。ランレートは 130 億ドル超（2025 年 1 月）から 370 億ドル超（2026 年 4 月）（facts.md §3a、B）</translation>
    </message>
    <message>
        <source>PaaS kept after exclusivity</source>
        <translation>独占終了後も残る PaaS</translation>
    </message>
    <message>
        <source>Assumption: share of OpenAI-driven PaaS that stays on Azure once API exclusivity ends, with no Azure-first clause</source>
        <translation>仮定: API 独占が終了し、Azure 優先条項もない場合に、OpenAI 由来の PaaS のうち Azure に残る割合</translation>
    </message>
    <message>
        <source>PaaS kept with Azure first</source>
        <translation>Azure 優先時に残る PaaS</translation>
    </message>
    <message>
        <source>Assumption: the same share while OpenAI products ship first on Azure (N1, facts.md §1b, A)</source>
        <translation>仮定: OpenAI 製品が Azure で最初に提供される間の同じ割合（N1、facts.md §1b、A）</translation>
    </message>
    <message>
        <source>OpenAI-based SaaS 2025</source>
        <translation>OpenAI ベースの SaaS 2025</translation>
    </message>
    <message>
        <source>Assumption: Copilot, GitHub and Dynamics revenue built on OpenAI IP; see the AI run rate in facts.md §3a (B)</source>
        <translation>仮定: OpenAI の IP を基盤とする Copilot、GitHub、Dynamics の収益。facts.md §3a の AI 年間収益ランレートを参照（B）</translation>
    </message>
    <message>
        <source>SaaS adoption growth 2026</source>
        <translation>SaaS 普及の成長率 2026</translation>
    </message>
    <message>
        <source>Assumption: below the +123% of Microsoft&apos;s AI run rate to Apr 2026 (facts.md §3a, B)</source>
        <translation>仮定: 2026 年 4 月までの Microsoft の AI 年間収益ランレートの +123% を下回る（facts.md §3a、B）</translation>
    </message>
    <message>
        <source>SaaS long-run growth</source>
        <translation>SaaS の長期成長率</translation>
    </message>
    <message>
        <source>Assumption: the rate SaaS adoption growth fades towards</source>
        <translation>仮定: SaaS 普及の成長率が徐々に近づいていく水準</translation>
    </message>
    <message>
        <source>SaaS lost to a non-exclusive licence</source>
        <translation>非独占ライセンスにより失われる SaaS</translation>
    </message>
    <message>
        <source>Assumption: OpenAI-based SaaS lost once Microsoft&apos;s IP licence is non-exclusive (N3, facts.md §1b, A)</source>
        <translation>仮定: Microsoft の IP ライセンスが非独占になった時点で失われる OpenAI ベースの SaaS（N3、facts.md §1b、A）</translation>
    </message>
    <message>
        <source>SaaS lost when the IP term ends</source>
        <translation>IP 期間の終了時に失われる SaaS</translation>
    </message>
    <message>
        <source>Assumption: OpenAI-based SaaS lost once the IP term ends (end of 2032, C3/N3, facts.md §1a, A)</source>
        <translation>仮定: IP 期間の終了時（2032 年末、C3/N3、facts.md §1a、A）に失われる OpenAI ベースの SaaS</translation>
    </message>
    <message>
        <source>SaaS lost when research IP ends</source>
        <translation>研究 IP の終了時に失われる SaaS</translation>
    </message>
    <message>
        <source>Assumption: OpenAI-based SaaS lost once research IP ends (earlier of AGI and 2030, C4, facts.md §1a, A)</source>
        <translation>仮定: 研究 IP の終了時（AGI と 2030 年のいずれか早いほう、C4、facts.md §1a、A）に失われる OpenAI ベースの SaaS</translation>
    </message>
    <message>
        <source>Revenue share rate 2025</source>
        <translation>収益分配率 2025</translation>
    </message>
    <message>
        <source>facts.md §3c: 20% reported (B); the Apr 2026 terms keep the same percentage (A)</source>
        <translation>facts.md §3c: 20% と報道（B）。2026 年 4 月の契約条件も同じ割合を維持（A）</translation>
    </message>
    <message>
        <source>Revenue share rate 2030</source>
        <translation>収益分配率 2030</translation>
    </message>
    <message>
        <source>facts.md §3c: planned decline to ~10% by 2030 (B), ~8% in a later report (C); linear from 2025</source>
        <translation>facts.md §3c: 2030 年までに約 10% へ引き下げる計画（B）、後の報道では約 8%（C）。2025 年から直線的に推移</translation>
    </message>
    <message>
        <source>Revenue share cap</source>
        <translation>収益分配の上限</translation>
    </message>
    <message>
        <source>facts.md §3c: total cap reported at $38B (B); applies under the Apr 2026 terms</source>
        <translation>facts.md §3c: 総額の上限は 380 億ドルと報道（B）。2026 年 4 月の契約条件で適用</translation>
    </message>
    <message>
        <source>Microsoft&apos;s share to OpenAI</source>
        <translation>Microsoft から OpenAI への分配</translation>
    </message>
    <message>
        <source>facts.md §3c: ~20% of Azure OpenAI Service and Bing revenue (B); ended 27 Apr 2026 (A)</source>
        <translation>facts.md §3c: Azure OpenAI Service と Bing の収益の約 20%（B）。2026 年 4 月 27 日に終了（A）</translation>
    </message>
    <message>
        <source>AGI verification year (median)</source>
        <translation>AGI 検証年（中央値）</translation>
    </message>
    <message>
        <source>Assumption: the panel, its criteria and any date are undisclosed (facts.md §1a, C2, X); nothing was verified up to Nov 2026</source>
        <translation>仮定: パネル、その判断基準、時期はいずれも非公開です（facts.md §1a、C2、X）。2026 年 11 月までに検証は行われていません</translation>
    </message>
    <message>
        <source>AGI year spread</source>
        <translation>AGI 年のばらつき</translation>
    </message>
    <message>
        <source>Assumption: standard deviation of the verification year in the Monte Carlo</source>
        <translation>仮定: モンテカルロ法における検証年の標準偏差</translation>
    </message>
    <message>
        <source>AGI not within the horizon</source>
        <translation>予測期間内に AGI なし</translation>
    </message>
    <message>
        <source>Assumption: probability that no AGI verification happens within the horizon</source>
        <translation>仮定: 予測期間内に AGI 検証が行われない確率</translation>
    </message>
    <message>
        <source>Azure and baseline growth</source>
        <translation>Azure とベースラインの成長</translation>
    </message>
    <message>
        <source>IaaS / PaaS / SaaS split (assumed)</source>
        <translation>IaaS / PaaS / SaaS の内訳 (仮定)</translation>
    </message>
    <message>
        <source>OpenAI revenue</source>
        <translation>OpenAI の収益</translation>
    </message>
    <message>
        <source>IaaS: OpenAI compute on Azure</source>
        <translation>IaaS: Azure 上の OpenAI コンピュート</translation>
    </message>
    <message>
        <source>$250B Azure commitment</source>
        <translation>2,500 億ドルの Azure コミットメント</translation>
    </message>
    <message>
        <source>PaaS: OpenAI models on Azure</source>
        <translation>PaaS: Azure 上の OpenAI モデル</translation>
    </message>
    <message>
        <source>SaaS: products on OpenAI IP</source>
        <translation>SaaS: OpenAI の IP に基づく製品</translation>
    </message>
    <message>
        <source>Revenue share</source>
        <translation>収益分配</translation>
    </message>
    <message>
        <source>AGI verification</source>
        <translation>AGI 検証</translation>
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
        <translation>自動保存されたシナリオを読み込めませんでした（%1）。%2 として退避しました。</translation>
    </message>
    <message>
        <source>An autosaved scenario could not be read (%1) nor set aside (%2).</source>
        <translation>自動保存されたシナリオを読み込めず（%1）、退避もできませんでした（%2）。</translation>
    </message>
    <message>
        <source>Restore Autosaved Scenario</source>
        <translation>自動保存されたシナリオの復元</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <source>Dealscope did not close properly. Restore the unsaved changes to the scenario “%1” (autosaved %2)?</source>
        <translation>Dealscope は正しく終了しませんでした。シナリオ「%1」の未保存の変更（%2 に自動保存）を復元しますか？</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>復元</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>破棄</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioBridge</name>
    <message>
        <source>API exclusivity</source>
        <translation>API 独占</translation>
    </message>
    <message>
        <source>Azure first</source>
        <translation>Azure 優先</translation>
    </message>
    <message>
        <source>IP licence</source>
        <translation>IP ライセンス</translation>
    </message>
    <message>
        <source>IP exclusivity</source>
        <translation>IP の独占性</translation>
    </message>
    <message>
        <source>Research IP</source>
        <translation>研究 IP</translation>
    </message>
    <message>
        <source>Revenue share term</source>
        <translation>収益分配の期間</translation>
    </message>
    <message>
        <source>Revenue share cap</source>
        <translation>収益分配の上限</translation>
    </message>
    <message>
        <source>Share paid to OpenAI</source>
        <translation>OpenAI への支払分</translation>
    </message>
    <message>
        <source>Azure commitment</source>
        <translation>Azure 利用コミットメント</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioBridgeChart</name>
    <message>
        <source>Microsoft&apos;s OpenAI-driven revenue</source>
        <translation>OpenAI 由来の Microsoft の収益</translation>
    </message>
    <message>
        <source>net revenue share</source>
        <translation>正味の収益分配</translation>
    </message>
    <message>
        <source>%1: select clause %2</source>
        <translation>%1：条項 %2 を選択</translation>
    </message>
    <message>
        <source> or </source>
        <translation> または </translation>
    </message>
    <message>
        <source>Under the terms</source>
        <translation>契約条件での値</translation>
    </message>
    <message>
        <source>Term adds</source>
        <translation>条件による増加</translation>
    </message>
    <message>
        <source>Term takes away</source>
        <translation>条件による減少</translation>
    </message>
    <message>
        <source>USD billions</source>
        <translation>十億米ドル</translation>
    </message>
    <message>
        <source>%1, cumulative %2–%3, term by term (illustrative)</source>
        <translation>%1、%2–%3 年の累計、条件ごと（例示）</translation>
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
        <translation>開始(&amp;F):</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>終了(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>指標(&amp;M):</translation>
    </message>
    <message>
        <source>Microsoft total</source>
        <translation>Microsoft 合計</translation>
    </message>
    <message>
        <source>Revenue share</source>
        <translation>収益分配</translation>
    </message>
    <message>
        <source>Microsoft total: OpenAI-driven Azure revenue plus the revenue share, net of the share Microsoft paid OpenAI. Revenue share: that net share alone.</source>
        <translation>Microsoft 合計：OpenAI 由来の Azure 収益と収益分配の合計から、Microsoft が OpenAI に支払った分を差し引いた値。収益分配：その正味の分配のみ。</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioChart</name>
    <message>
        <source>Calendar year</source>
        <translation>暦年</translation>
    </message>
    <message>
        <source>Azure stack, USD billions</source>
        <translation>Azure スタック（十億米ドル）</translation>
    </message>
    <message>
        <source>Revenue share, USD billions</source>
        <translation>収益分配（十億米ドル）</translation>
    </message>
    <message>
        <source>IaaS baseline</source>
        <translation>IaaS ベースライン</translation>
    </message>
    <message>
        <source>IaaS OpenAI-driven</source>
        <translation>IaaS OpenAI 由来</translation>
    </message>
    <message>
        <source>PaaS baseline</source>
        <translation>PaaS ベースライン</translation>
    </message>
    <message>
        <source>PaaS OpenAI-driven</source>
        <translation>PaaS OpenAI 由来</translation>
    </message>
    <message>
        <source>SaaS baseline</source>
        <translation>SaaS ベースライン</translation>
    </message>
    <message>
        <source>SaaS OpenAI-driven</source>
        <translation>SaaS OpenAI 由来</translation>
    </message>
    <message>
        <source>API exclusive to Azure</source>
        <translation>API の Azure 独占</translation>
    </message>
    <message>
        <source>Revenue share (right axis)</source>
        <translation>収益分配（右軸）</translation>
    </message>
    <message>
        <source>Compared (dashed)</source>
        <translation>比較対象（破線）</translation>
    </message>
    <message>
        <source>Compared: revenue share</source>
        <translation>比較対象: 収益分配</translation>
    </message>
    <message>
        <source>Azure stack by layer and revenue share, %1 (illustrative)</source>
        <translation>レイヤー別の Azure スタックと収益分配、%1（例示）</translation>
    </message>
    <message>
        <source>AGI %1 (assumed)</source>
        <translation>AGI %1 年（仮定）</translation>
    </message>
    <message>
        <source>2030: research IP, revenue share end</source>
        <translation>2030 年: 研究 IP と収益分配が終了</translation>
    </message>
    <message>
        <source>2030: research IP ends</source>
        <translation>2030 年: 研究 IP が終了</translation>
    </message>
    <message>
        <source>2032: IP licence ends</source>
        <translation>2032 年: IP ライセンスが終了</translation>
    </message>
    <message>
        <source>AGI %1 (model only)</source>
        <translation>AGI %1 年（モデルのみ）</translation>
    </message>
    <message>
        <source>Revenue share cap reached</source>
        <translation>収益分配の上限に到達</translation>
    </message>
    <message>
        <source>Cap of $%1 B reached: no revenue share after %2</source>
        <translation>上限 %1 十億ドルに到達: %2 年より後は収益分配なし</translation>
    </message>
    <message>
        <source>AGI %1</source>
        <translation>AGI %1 年</translation>
    </message>
    <message>
        <source>Cap reached %1</source>
        <translation>%1 年に上限到達</translation>
    </message>
    <message>
        <source>Compared (%1)</source>
        <translation>比較対象（%1）</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差</translation>
    </message>
    <message>
        <source>Revenue share</source>
        <translation>収益分配</translation>
    </message>
    <message>
        <source>Azure stack</source>
        <translation>Azure スタック</translation>
    </message>
    <message>
        <source>%1: IaaS %2, PaaS %3, SaaS %4, revenue share %5</source>
        <translation>%1 年: IaaS %2、PaaS %3、SaaS %4、収益分配 %5</translation>
    </message>
    <message>
        <source>%1. %2. The Table tab gives every year.</source>
        <translation>%1。%2。各年の値は「表」タブにあります。</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioDocument</name>
    <message>
        <source>Defaults</source>
        <translation>既定値</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <source>%1 (modified)</source>
        <translation>%1 (変更あり)</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>%1 を変更</translation>
    </message>
    <message>
        <source>Reset %1</source>
        <translation>%1 をリセット</translation>
    </message>
    <message>
        <source>Switch to %1</source>
        <translation>%1 に切り替え</translation>
    </message>
    <message>
        <source>Load %1</source>
        <translation>%1 を読み込み</translation>
    </message>
    <message>
        <source>Assume AGI verified in %1</source>
        <translation>AGI 検証を %1 年と仮定</translation>
    </message>
    <message>
        <source>Do not assume AGI verification</source>
        <translation>AGI 検証を仮定しない</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 を開く</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioEditor</name>
    <message>
        <source>Scenario as JSON</source>
        <translation>JSON 形式のシナリオ</translation>
    </message>
    <message>
        <source>The scenario changed in the panel. Your edits are not applied: apply them over it, or reload the panel&apos;s scenario (Undo in the editor brings your text back).</source>
        <translation>パネルでシナリオが変更されました。編集内容は適用されていません。パネルのシナリオに上書きして適用するか、パネルのシナリオを再読み込みしてください（エディターで元に戻すとテキストが戻ります）。</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <source>Problems in the scenario</source>
        <translation>シナリオ内の問題</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>適用(&amp;A)</translation>
    </message>
    <message>
        <source>Update the sliders and the chart from this text (%1); Undo takes it back</source>
        <translation>このテキストでスライダーとグラフを更新します（%1）。元に戻すで取り消せます</translation>
    </message>
    <message>
        <source>Reload from Panel</source>
        <translation>パネルから再読み込み</translation>
    </message>
    <message>
        <source>Replace the text with the panel&apos;s scenario; Undo in the editor brings it back</source>
        <translation>テキストをパネルのシナリオで置き換えます。エディターで元に戻すとテキストが戻ります</translation>
    </message>
    <message>
        <source>Apply Scenario</source>
        <translation>シナリオを適用</translation>
    </message>
    <message>
        <source>Reload Scenario from Panel</source>
        <translation>パネルからシナリオを再読み込み</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <source>Scenario “%1” as JSON · edited, not applied</source>
        <translation>JSON 形式のシナリオ「%1」 · 編集済み、未適用</translation>
    </message>
    <message>
        <source>Scenario “%1” as JSON</source>
        <translation>JSON 形式のシナリオ「%1」</translation>
    </message>
    <message>
        <source>The scenario model needs the Microsoft–OpenAI dataset; nothing can be applied.</source>
        <translation>シナリオモデルには Microsoft–OpenAI データセットが必要です。何も適用できません。</translation>
    </message>
    <message>
        <source>Edited, not applied.</source>
        <translation>編集済み、未適用。</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): the text cannot be applied.</source>
        <translation>
            <numerusform>エラー %n 件: このテキストは適用できません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): fix them to apply, or the text they name would be ignored.</source>
        <translation>
            <numerusform>警告 %n 件: 適用するには修正してください。修正しないと、警告の対象となるテキストは無視されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Valid, not applied yet: Apply (%1) updates the sliders and the chart.</source>
        <translation>有効ですが、まだ適用されていません: 適用（%1）でスライダーとグラフが更新されます。</translation>
    </message>
    <message>
        <source>The panel&apos;s scenario. Edit it here, then apply.</source>
        <translation>パネルのシナリオです。ここで編集してから適用してください。</translation>
    </message>
    <message numerus="yes">
        <source>Not applied: %n problem(s) in the text (listed below).</source>
        <translation>
            <numerusform>未適用: テキストに問題が %n 件あります（下記参照）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit Scenario as JSON</source>
        <translation>シナリオを JSON として編集</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioFanChart</name>
    <message>
        <source>Calendar year</source>
        <translation>暦年</translation>
    </message>
    <message>
        <source>Azure stack, USD billions</source>
        <translation>Azure スタック（十億米ドル）</translation>
    </message>
    <message>
        <source>Revenue share, USD billions</source>
        <translation>収益分配（十億米ドル）</translation>
    </message>
    <message>
        <source>Azure stack p10–p90</source>
        <translation>Azure スタック p10–p90</translation>
    </message>
    <message>
        <source>Azure stack p50</source>
        <translation>Azure スタック p50</translation>
    </message>
    <message>
        <source>Revenue share p10–p90 (right axis)</source>
        <translation>収益分配 p10–p90（右軸）</translation>
    </message>
    <message>
        <source>Revenue share p50 (right axis)</source>
        <translation>収益分配 p50（右軸）</translation>
    </message>
    <message>
        <source>AGI-year uncertainty, p10–p90 of %1 samples (illustrative): a narrow band, under these terms the AGI year barely matters</source>
        <translation>AGI 年の不確実性、%1 サンプルの p10–p90（例示）: 帯は狭く、この契約条件では AGI の年はほとんど影響しません</translation>
    </message>
    <message>
        <source>AGI-year uncertainty, p10–p90 of %1 samples, every other assumption as set (illustrative)</source>
        <translation>AGI 年の不確実性、%1 サンプルの p10–p90、その他の仮定は設定どおり（例示）</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>a range of amounts</comment>
        <translation>%1～%2</translation>
    </message>
    <message>
        <source>Azure stack in %1: p10 %2, median %3, p90 %4</source>
        <translation>%1 年の Azure スタック: p10 %2、中央値 %3、p90 %4</translation>
    </message>
    <message>
        <source>%1. %2. The Table tab gives every year&apos;s percentiles.</source>
        <translation>%1。%2。各年のパーセンタイルは「表」タブにあります。</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioFiles</name>
    <message>
        <source>Open &amp;Scenario…</source>
        <translation>シナリオを開く(&amp;S)…</translation>
    </message>
    <message>
        <source>Sa&amp;ve Scenario As…</source>
        <translation>名前を付けてシナリオを保存(&amp;A)…</translation>
    </message>
    <message>
        <source>Open a Dealscope scenario file</source>
        <translation>Dealscope シナリオファイルを開く</translation>
    </message>
    <message>
        <source>Save the scenario&apos;s regime, horizon and changed assumptions</source>
        <translation>シナリオの契約条件、予測期間、変更した仮定を保存</translation>
    </message>
    <message>
        <source>Further problems: %1 (see the details).</source>
        <translation>その他の問題: %1 件（詳細を参照）。</translation>
    </message>
    <message>
        <source>Cannot Open Scenario</source>
        <translation>シナリオを開けません</translation>
    </message>
    <message>
        <source>%1 is not a valid Dealscope scenario. The current scenario is kept.</source>
        <translation>%1 は有効な Dealscope シナリオではありません。現在のシナリオはそのまま保持されます。</translation>
    </message>
    <message>
        <source>Opened scenario %1</source>
        <translation>シナリオ %1 を開きました</translation>
    </message>
    <message>
        <source>Opened scenario %1 (warnings: %2)</source>
        <translation>シナリオ %1 を開きました（警告: %2）</translation>
    </message>
    <message>
        <source>Cannot Save Scenario</source>
        <translation>シナリオを保存できません</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>Saved scenario %1</source>
        <translation>シナリオ %1 を保存しました</translation>
    </message>
    <message>
        <source>Open Scenario</source>
        <translation>シナリオを開く</translation>
    </message>
    <message>
        <source>Dealscope scenarios (*.dealscope-scenario.json *.json);;All files (*)</source>
        <translation>Dealscope シナリオ (*.dealscope-scenario.json *.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>シナリオ</translation>
    </message>
    <message>
        <source>Save Scenario As</source>
        <translation>名前を付けてシナリオを保存</translation>
    </message>
    <message>
        <source>Dealscope scenarios (*.dealscope-scenario.json)</source>
        <translation>Dealscope シナリオ (*.dealscope-scenario.json)</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 は既にあります。置き換えますか?</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioLabels</name>
    <message>
        <source>Bear preset</source>
        <translation>弱気プリセット</translation>
    </message>
    <message>
        <source>Base preset</source>
        <translation>基本プリセット</translation>
    </message>
    <message>
        <source>Bull preset</source>
        <translation>強気プリセット</translation>
    </message>
    <message>
        <source>%1, same assumptions</source>
        <translation>%1（仮定は同じ）</translation>
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
        <translation>契約条件(&amp;T):</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>プリセット</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>比較対象</translation>
    </message>
    <message>
        <source>Draw a second scenario dashed on the chart</source>
        <translation>2 つ目のシナリオをグラフに破線で描画</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>The other terms, same assumptions</source>
        <translation>もう一方の契約条件（仮定は同じ）</translation>
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
        <translation>Azure スタック</translation>
    </message>
    <message>
        <source>Revenue share</source>
        <translation>収益分配</translation>
    </message>
    <message>
        <source>OpenAI-driven share of the stack</source>
        <translation>スタックに占める OpenAI 由来の割合</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>グラフ</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>感度分析</translation>
    </message>
    <message>
        <source>AGI-year fan</source>
        <translation>AGI 年ファンチャート</translation>
    </message>
    <message>
        <source>&lt;b&gt;Illustrative model — not a forecast&lt;/b&gt;, nor legal or investment advice. The IaaS/PaaS/SaaS split is not published by Microsoft: it is an assumption, as is every value marked “assumption”.</source>
        <translation>&lt;b&gt;例示用のモデルであり、予測ではありません&lt;/b&gt;。法律上または投資上の助言でもありません。IaaS/PaaS/SaaS の内訳は Microsoft が公表しておらず仮定です。「仮定」と表示された値もすべて同様です。</translation>
    </message>
    <message>
        <source>The scenario model needs the Microsoft–OpenAI agreement&apos;s versions of 28 Oct 2025 and 27 Apr 2026; the open dataset lacks them.</source>
        <translation>シナリオモデルには Microsoft–OpenAI 契約の 2025 年 10 月 28 日版と 2026 年 4 月 27 日版が必要ですが、開いているデータセットにはそれらがありません。</translation>
    </message>
    <message>
        <source>⚠ not published by Microsoft</source>
        <translation>⚠ Microsoft 非公表</translation>
    </message>
    <message>
        <source>Microsoft reports “Azure and other cloud services” without an IaaS / PaaS / SaaS split (fact sheet §3a, X). The split here is an assumption.</source>
        <translation>Microsoft は「Azure およびその他のクラウドサービス」を IaaS / PaaS / SaaS に分けずに報告しています（ファクトシート §3a、X）。ここでの内訳は仮定です。</translation>
    </message>
    <message>
        <source>◆ driven by the selected clause</source>
        <translation>◆ 選択した条項に連動</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>シナリオ: %1</translation>
    </message>
    <message>
        <source>Cumulative %1–%2, USD billions:</source>
        <translation>%1–%2 年の累計（十億米ドル）:</translation>
    </message>
    <message>
        <source>OpenAI-driven share of the stack &lt;b&gt;%1 %&lt;/b&gt;</source>
        <translation>スタックに占める OpenAI 由来の割合 &lt;b&gt;%1%&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Dashed: %1</source>
        <translation>破線: %1</translation>
    </message>
    <message>
        <source>Loaded the %1</source>
        <translation>%1 を読み込みました</translation>
    </message>
    <message>
        <source>%1 (not usable)</source>
        <translation>%1（使用不可）</translation>
    </message>
    <message>
        <source>The model cannot run under this version: %1</source>
        <translation>このバージョンではモデルを実行できません：%1</translation>
    </message>
    <message>
        <source>The contract terms the projection runs under: each version of the agreement whose terms the model can read, with the dates the dataset gives</source>
        <translation>予測に用いる契約条件：モデルが条件を読み取れる契約の各バージョン（日付はデータセットによる）</translation>
    </message>
    <message>
        <source>Bridge</source>
        <translation>ブリッジ</translation>
    </message>
    <message>
        <source>Scenario views</source>
        <translation>シナリオビュー</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioRegime</name>
    <message>
        <source>Oct 2025 terms</source>
        <translation>2025 年 10 月の契約条件</translation>
    </message>
    <message>
        <source>Apr 2026 terms</source>
        <translation>2026 年 4 月の契約条件</translation>
    </message>
    <message>
        <source>Terms of version %1</source>
        <translation>バージョン %1 の契約条件</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <extracomment>A QDate format for the month and year of a version whose terms are a regime, as in &quot;Oct 2025 terms&quot;.</extracomment>
        <translation>yyyy 年 M 月</translation>
    </message>
    <message>
        <source>%1 terms</source>
        <translation>%1の契約条件</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioSlider</name>
    <message>
        <source>$%1 B</source>
        <translation>%1 十億ドル</translation>
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
        <translation>範囲: %1～%2、既定値: %3。</translation>
    </message>
    <message>
        <source>assumption</source>
        <translation>仮定</translation>
    </message>
    <message>
        <source>No published figure: the default is an assumption of the model.</source>
        <translation>公表された数値はありません。既定値はモデルによる仮定です。</translation>
    </message>
    <message>
        <source>source %1</source>
        <translation>出典 %1</translation>
    </message>
    <message>
        <source>The default rests on a reported figure (confidence %1 in the fact sheet).</source>
        <translation>既定値は報告された数値に基づきます（ファクトシートでの信頼度 %1）。</translation>
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
        <translation>既定値（%1）にリセット</translation>
    </message>
    <message>
        <source>Reset %1</source>
        <translation>%1 をリセット</translation>
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
        <translation>OpenAI から Microsoft への支払い。Azure スタックには含まれません</translation>
    </message>
    <message>
        <source>Share of the year in which OpenAI&apos;s API was exclusive to Azure</source>
        <translation>OpenAI の API が Azure 独占だった期間がその年に占める割合</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>合計 %1</translation>
    </message>
    <message>
        <source>CAGR %1</source>
        <translation>CAGR %1</translation>
    </message>
    <message>
        <source>The OpenAI-driven parts of IaaS, PaaS and SaaS together (USD billions)</source>
        <translation>IaaS、PaaS、SaaS のうち OpenAI 由来部分の合計（十億米ドル）</translation>
    </message>
    <message>
        <source>IaaS
$B</source>
        <translation>IaaS
十億ドル</translation>
    </message>
    <message>
        <source>PaaS
$B</source>
        <translation>PaaS
十億ドル</translation>
    </message>
    <message>
        <source>SaaS
$B</source>
        <translation>SaaS
十億ドル</translation>
    </message>
    <message>
        <source>Azure stack
$B</source>
        <translation>Azure スタック
十億ドル</translation>
    </message>
    <message>
        <source>OpenAI-driven
$B</source>
        <translation>OpenAI 由来
十億ドル</translation>
    </message>
    <message>
        <source>Revenue share
$B</source>
        <translation>収益分配
十億ドル</translation>
    </message>
    <message>
        <source>Stack + share
$B</source>
        <translation>スタック + 分配
十億ドル</translation>
    </message>
    <message>
        <source>API exclusivity
share of year</source>
        <translation>API 独占
年間比率</translation>
    </message>
    <message>
        <source>Baseline %1, OpenAI-driven %2 (USD billions)</source>
        <translation>ベースライン %1、OpenAI 由来 %2（十億米ドル）</translation>
    </message>
    <message>
        <source>The scenario as set</source>
        <translation>設定どおりのシナリオ</translation>
    </message>
    <message>
        <source>Compared: %1</source>
        <translation>比較対象: %1</translation>
    </message>
    <message>
        <source>The scenario minus the compared one</source>
        <translation>シナリオから比較対象を引いた差</translation>
    </message>
    <message>
        <source>Azure
stack</source>
        <translation>Azure
スタック</translation>
    </message>
    <message>
        <source>Revenue
share</source>
        <translation>収益
分配</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>シナリオ</translation>
    </message>
    <message>
        <source>compared</source>
        <translation>比較対象</translation>
    </message>
    <message>
        <source>difference</source>
        <translation>差</translation>
    </message>
    <message>
        <source>%1
%2
$B</source>
        <comment>a quantity, then scenario, compared or difference</comment>
        <translation>%1
%2
十億ドル</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioTablePage</name>
    <message>
        <source>S&amp;how:</source>
        <translation>表示(&amp;H):</translation>
    </message>
    <message>
        <source>Projection by year</source>
        <translation>年別の予測</translation>
    </message>
    <message>
        <source>Sensitivity of each assumption</source>
        <translation>各仮定の感度</translation>
    </message>
    <message>
        <source>AGI-year fan (percentiles)</source>
        <translation>AGI 年ファンチャート（パーセンタイル）</translation>
    </message>
    <message>
        <source>Every chart&apos;s figures as a table, readable with the keyboard and a screen reader</source>
        <translation>各グラフの数値を表として表示し、キーボードとスクリーンリーダーで読めるようにします</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioTornadoChart</name>
    <message>
        <source>Assumption at its minimum</source>
        <translation>仮定を最小値にした場合</translation>
    </message>
    <message>
        <source>Assumption at its maximum</source>
        <translation>仮定を最大値にした場合</translation>
    </message>
    <message>
        <source>Change, USD billions</source>
        <translation>変化（十億米ドル）</translation>
    </message>
    <message>
        <source>Sensitivity of cumulative Microsoft revenue 2025–%2 (base $%1 B): each assumption at its minimum and maximum, all else as set — illustrative</source>
        <translation>Microsoft の 2025–%2 年累計収益の感度（基準 %1 十億ドル）: 各仮定を最小値と最大値にし、他は設定どおり — 例示</translation>
    </message>
    <message>
        <source>Change from the base of %1, USD billions</source>
        <translation>基準 %1 からの変化（十億米ドル）</translation>
    </message>
    <message>
        <source>Base: %1, cumulative %2–%3</source>
        <translation>基準: %1（%2–%3 年の累計）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a series and the assumption&apos;s setting</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1, total %2</source>
        <comment>a change and the total it leads to</comment>
        <translation>%1、合計 %2</translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation>%1（%2 から %3）</translation>
    </message>
    <message>
        <source>Base %1. Largest swings: %2. The Table tab gives every assumption.</source>
        <translation>基準 %1。最大の振れ幅: %2。すべての仮定は「表」タブにあります。</translation>
    </message>
</context>
<context>
    <name>Dealscope::SensitivityTableModel</name>
    <message>
        <source>Base, cumulative %1–%2</source>
        <translation>基準値、%1–%2 年の累計</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>仮定</translation>
    </message>
    <message>
        <source>Low
setting</source>
        <translation>低い
設定</translation>
    </message>
    <message>
        <source>Change
at low</source>
        <translation>低い設定
での変化</translation>
    </message>
    <message>
        <source>High
setting</source>
        <translation>高い
設定</translation>
    </message>
    <message>
        <source>Change
at high</source>
        <translation>高い設定
での変化</translation>
    </message>
</context>
<context>
    <name>Dealscope::SettingsRecovery</name>
    <message>
        <source>it is not a regular file</source>
        <translation>通常のファイルではありません</translation>
    </message>
    <message>
        <source>it is larger than %1 MiB</source>
        <translation>%1 MiB を超えています</translation>
    </message>
    <message>
        <source>it cannot be read: %1</source>
        <translation>読み込めません: %1</translation>
    </message>
    <message>
        <source>it contains binary data</source>
        <translation>バイナリデータが含まれています</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>UTF-8 テキストではありません</translation>
    </message>
    <message>
        <source>line %1 opens a section without closing it</source>
        <translation>%1 行目でセクションが開始されていますが、閉じられていません</translation>
    </message>
    <message>
        <source>it is not in the settings format</source>
        <translation>設定ファイルの形式ではありません</translation>
    </message>
    <message>
        <source>The settings file %1 could not be used (%2) nor set aside (%3); Dealscope started with default settings.</source>
        <translation>設定ファイル %1 を使用できず（%2）、退避もできませんでした（%3）。Dealscope は既定の設定で起動しました。</translation>
    </message>
    <message>
        <source>The settings file %1 could not be used (%2). It was set aside as %3 and Dealscope started with default settings.</source>
        <translation>設定ファイル %1 を使用できませんでした（%2）。%3 として退避し、Dealscope は既定の設定で起動しました。</translation>
    </message>
</context>
<context>
    <name>Dealscope::SourceView</name>
    <message>
        <source>Selected item</source>
        <translation>選択した項目</translation>
    </message>
    <message>
        <source>Whole dataset</source>
        <translation>データセット全体</translation>
    </message>
    <message>
        <source>Show the selected clause&apos;s or event&apos;s entry only, or the whole dataset file</source>
        <translation>選択した条項またはイベントのエントリのみ、またはデータセットファイル全体を表示</translation>
    </message>
    <message>
        <source>Source shown</source>
        <translation>表示するソース</translation>
    </message>
    <message>
        <source>Dataset source</source>
        <translation>データセットのソース</translation>
    </message>
    <message>
        <source>No dataset is open.</source>
        <translation>データセットが開かれていません。</translation>
    </message>
    <message>
        <source>Select a clause or an event to see its entry in the dataset file.</source>
        <translation>条項またはイベントを選択すると、データセットファイル内のエントリが表示されます。</translation>
    </message>
    <message>
        <source>“%1” groups entries and has none of its own in the dataset file. Select one of its clauses or events, or show the whole dataset.</source>
        <translation>「%1」はエントリをまとめるグループで、データセットファイルに独自のエントリはありません。含まれる条項かイベントを選択するか、データセット全体を表示してください。</translation>
    </message>
    <message>
        <source>%1 · lines %2–%3</source>
        <translation>%1 · %2–%3 行</translation>
    </message>
    <message>
        <source>%1 · %2, lines %3–%4</source>
        <translation>%1 · %2、%3–%4 行</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n lines</source>
        <translation>
            <numerusform>%1 · %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Scenario (editable)</source>
        <translation>シナリオ（編集可能）</translation>
    </message>
    <message>
        <source>Show the selected clause&apos;s or event&apos;s entry, the whole dataset file, or the current scenario as JSON to edit and apply</source>
        <translation>選択した条項またはイベントのエントリ、データセットファイル全体、または編集・適用できる JSON 形式の現在のシナリオを表示</translation>
    </message>
</context>
<context>
    <name>Dealscope::StartPage</name>
    <message>
        <source>The deal at a glance</source>
        <translation>契約の概要</translation>
    </message>
    <message>
        <source>the end of %1</source>
        <translation>%1年末</translation>
    </message>
    <message>
        <source>The dataset has no version of the agreement yet.</source>
        <translation>データセットにはまだ契約のバージョンがありません。</translation>
    </message>
    <message>
        <source>Version shown: %1, %2.</source>
        <translation>表示中のバージョン: %1、%2。</translation>
    </message>
    <message>
        <source>Every line links to its clause; select it to see the details and sources.</source>
        <translation>各行は対応する条項にリンクしています。選択すると詳細と情報源が表示されます。</translation>
    </message>
    <message>
        <source>Facts checked on %1.</source>
        <translation>事実確認日: %1。</translation>
    </message>
    <message>
        <source>Who gets what</source>
        <translation>誰が何を得るか</translation>
    </message>
    <message>
        <source>No clause is in force as of this version.</source>
        <translation>このバージョン時点で有効な条項はありません。</translation>
    </message>
    <message>
        <source>confidence %1</source>
        <translation>信頼度 %1</translation>
    </message>
    <message>
        <source>no end date stated</source>
        <translation>終了日の定めなし</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>%1まで</translation>
    </message>
    <message>
        <source>until the earlier of %1</source>
        <translation>%1のいずれか早い方まで</translation>
    </message>
    <message>
        <source>%1 (assumed for %2)</source>
        <translation>%1（%2と仮定）</translation>
    </message>
    <message>
        <source>%1 (no date known)</source>
        <translation>%1（日付不明）</translation>
    </message>
    <message>
        <source>Key dates</source>
        <translation>主要な日付</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Figures: %1</source>
        <translation>数値: %1</translation>
    </message>
    <message>
        <source>these terms run out:</source>
        <translation>これらの条項が期限を迎える:</translation>
    </message>
    <message>
        <source>assumed for %1</source>
        <translation>%1と仮定</translation>
    </message>
    <message>
        <source>no date known</source>
        <translation>日付不明</translation>
    </message>
    <message>
        <source>these terms end then:</source>
        <translation>その時点で終了する条項:</translation>
    </message>
    <message>
        <source>What changed on %1</source>
        <translation>%1の変更点</translation>
    </message>
    <message>
        <source>Compared with %1, %2.</source>
        <translation>%1（%2）との比較。</translation>
    </message>
    <message>
        <source>This version changed no clause.</source>
        <translation>このバージョンで変更された条項はありません。</translation>
    </message>
    <message>
        <source>Still unknown</source>
        <translation>未解明の点</translation>
    </message>
    <message>
        <source>The dataset lists no open question for this version.</source>
        <translation>データセットには、このバージョンに関する未解決の問題はありません。</translation>
    </message>
    <message>
        <source>Clauses:</source>
        <translation>条項:</translation>
    </message>
    <message>
        <source>still standing: confidence %1</source>
        <extracomment>How sure it is that a clause still stands as of the version shown, when that differs from the clause&apos;s</extracomment>
        <translation>現在も有効であることの信頼度 %1</translation>
    </message>
    <message>
        <source>Conflicting reports</source>
        <translation>食い違う報道</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
</context>
<context>
    <name>Dealscope::TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <source>Clauses of the agreement as bars from start to end, and events as markers, in one lane per category</source>
        <translation>契約の条項を開始から終了までのバーで、イベントをマーカーで、カテゴリごとに 1 レーンずつ表示</translation>
    </message>
    <message>
        <source>an unresolved milestone</source>
        <translation>未確定のマイルストーン</translation>
    </message>
    <message>
        <source> or </source>
        <translation> または </translation>
    </message>
    <message>
        <source>No end stated: runs on indefinitely.</source>
        <translation>終了の定めなし: 無期限に継続します。</translation>
    </message>
    <message>
        <source>Ends %1.</source>
        <translation>%1 に終了。</translation>
    </message>
    <message>
        <source>Ends at the milestone &quot;%1&quot;; no date is known.</source>
        <translation>マイルストーン「%1」で終了。日付は不明です。</translation>
    </message>
    <message>
        <source>Ends at the earlier of &quot;%1&quot; and %2.</source>
        <translation>「%1」と %2 のいずれか早いほうで終了。</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>日付: %1</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>%1 から</translation>
    </message>
    <message>
        <source>Confidence: %1</source>
        <translation>信頼度: %1</translation>
    </message>
    <message>
        <source>a milestone</source>
        <translation>マイルストーン</translation>
    </message>
    <message>
        <source>until %1 · date unknown</source>
        <translation>%1 まで · 日付不明</translation>
    </message>
    <message>
        <source>or sooner, at %1</source>
        <translation>または %1 の時点でより早く</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Assume AGI Verified in %1</source>
        <translation>AGI 検証を %1 年と仮定</translation>
    </message>
    <message>
        <source>Do Not Assume AGI Verification</source>
        <translation>AGI 検証を仮定しない</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n 件のイベント</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clause(s)</source>
        <translation>
            <numerusform>%n 件の条項</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dealscope::UndoAction</name>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>%1 を元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>%1 をやり直し(&amp;R)</translation>
    </message>
</context>
<context>
    <name>Dealscope::UnsavedScenarioPrompt</name>
    <message>
        <source>Unsaved Scenario</source>
        <translation>未保存のシナリオ</translation>
    </message>
    <message>
        <source>The scenario has changes that are not saved to a file.</source>
        <translation>シナリオには、ファイルに保存されていない変更があります。</translation>
    </message>
    <message>
        <source>Save them before closing? Discarded changes cannot be recovered.</source>
        <translation>閉じる前に保存しますか？破棄した変更は元に戻せません。</translation>
    </message>
</context>
<context>
    <name>Dealscope::UserGuideWindow</name>
    <message>
        <source>Dealscope User Guide</source>
        <translation>Dealscope ユーザーガイド</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>進む</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目次</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>ユーザーガイド</translation>
    </message>
</context>
<context>
    <name>Dealscope::VersionAnnouncer</name>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>新規 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n amended</source>
        <translation>
            <numerusform>修正 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ended</source>
        <translation>
            <numerusform>終了 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not restated</source>
        <translation>
            <numerusform>再記載なし %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Now showing %1: no clause changed</source>
        <translation>%1 を表示中: 変更された条項はありません</translation>
    </message>
    <message>
        <source>Now showing %1: %2</source>
        <translation>%1 を表示中: %2</translation>
    </message>
</context>
<context>
    <name>Dealscope::VersionComparison</name>
    <message>
        <source>no end stated</source>
        <translation>終了の定めなし</translation>
    </message>
    <message>
        <source>through %1</source>
        <translation>%1年まで</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>%1まで</translation>
    </message>
    <message>
        <source>%1, whichever comes first</source>
        <translation>%1のいずれか早い時点まで</translation>
    </message>
    <message>
        <source> or </source>
        <translation>または</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Amended</source>
        <translation>修正</translation>
    </message>
    <message>
        <source>Not restated</source>
        <translation>再記載なし</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>文言</translation>
    </message>
    <message>
        <source>End</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>出典</translation>
    </message>
</context>
<context>
    <name>Dealscope::WindowPages</name>
    <message>
        <source>At a Glance</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Explorer</source>
        <translation>エクスプローラー</translation>
    </message>
    <message>
        <source>Scenario (illustrative)</source>
        <translation>シナリオ（例示）</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>記事</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>Open Questions</source>
        <translation>未解決の問題</translation>
    </message>
    <message>
        <source>The Deal at a &amp;Glance</source>
        <translation>契約の概要(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Explorer</source>
        <translation>エクスプローラー(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Scenario</source>
        <translation>シナリオ(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Articles</source>
        <translation>記事(&amp;A)</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>比較(&amp;O)</translation>
    </message>
    <message>
        <source>Open &amp;Questions</source>
        <translation>未解決の問題(&amp;Q)</translation>
    </message>
    <message>
        <source>What each party gets, the key dates, what changed last and what is still unknown</source>
        <translation>各当事者が得るもの、主な日付、直近の変更点、まだ分かっていないこと</translation>
    </message>
    <message>
        <source>The clauses, their timeline and the details of the selected one</source>
        <translation>条項、そのタイムライン、選択した項目の詳細</translation>
    </message>
    <message>
        <source>An illustrative model of Azure revenue under the agreement&apos;s terms</source>
        <translation>契約条件に基づく Azure 収益の例示モデル</translation>
    </message>
    <message>
        <source>Explainer articles on the agreement and its amendment</source>
        <translation>契約とその修正契約についての解説記事</translation>
    </message>
    <message>
        <source>Two versions of the agreement compared, wording beside wording</source>
        <translation>契約の2つのバージョンを文言を並べて比較</translation>
    </message>
    <message>
        <source>Every point the sources disagree on or leave unknown, with each claim and its sources</source>
        <translation>情報源の見解が分かれる点や不明な点のすべてを、各主張とその情報源とともに示します</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>ページ</translation>
    </message>
</context>
<context>
    <name>Dealscope::ZoomActions</name>
    <message>
        <source>Zoom &amp;In</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Fit Selection</source>
        <translation>選択範囲に合わせる(&amp;F)</translation>
    </message>
    <message>
        <source>Fit the selected clauses and events across the timeline, or everything</source>
        <translation>選択した条項とイベント（選択がなければすべて）をタイムラインの幅に合わせる</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>ズームをリセット(&amp;R)</translation>
    </message>
    <message>
        <source>Back to the whole timeline, as it opens</source>
        <translation>開いたときと同じタイムライン全体の表示に戻す</translation>
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
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Window</source>
        <translation>ウィンドウ(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Open Dataset…</source>
        <translation>データセットを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open another agreement described in the Dealscope dataset format</source>
        <translation>Dealscope データセット形式で記述された別の契約を開く</translation>
    </message>
    <message>
        <source>Open &amp;Bundled Dataset</source>
        <translation>同梱のデータセットを開く(&amp;B)</translation>
    </message>
    <message>
        <source>Return to the Microsoft–OpenAI dataset that ships with Dealscope</source>
        <translation>Dealscope に同梱の Microsoft–OpenAI データセットに戻る</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>検索(&amp;F)…</translation>
    </message>
    <message>
        <source>Find clauses and events by title, wording or source</source>
        <translation>タイトル、文言、出典で条項とイベントを検索</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>次を検索(&amp;N)</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>前を検索(&amp;V)</translation>
    </message>
    <message>
        <source>F&amp;ilter Clauses</source>
        <translation>条項を絞り込み(&amp;I)</translation>
    </message>
    <message>
        <source>Show only the clauses and events that match a text</source>
        <translation>テキストに一致する条項とイベントのみを表示</translation>
    </message>
    <message>
        <source>&amp;Previous Version</source>
        <translation>前のバージョン(&amp;P)</translation>
    </message>
    <message>
        <source>Show the agreement as the previous version left it</source>
        <translation>前のバージョン時点の契約を表示</translation>
    </message>
    <message>
        <source>&amp;Next Version</source>
        <translation>次のバージョン(&amp;N)</translation>
    </message>
    <message>
        <source>Show the agreement as the next version left it</source>
        <translation>次のバージョン時点の契約を表示</translation>
    </message>
    <message>
        <source>Ass&amp;ume AGI Verification…</source>
        <translation>AGI 検証を仮定(&amp;A)…</translation>
    </message>
    <message>
        <source>Assume a year for the verification of AGI, so that terms ending then get a date</source>
        <translation>AGI が検証される年を仮定し、その時点で終了する条件に日付を与える</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>レイアウトをリセット(&amp;R)</translation>
    </message>
    <message>
        <source>Put the docks and toolbars back where they were at first start</source>
        <translation>ドックとツールバーを初回起動時の位置に戻す</translation>
    </message>
    <message>
        <source>&amp;About Dealscope</source>
        <translation>Dealscope について(&amp;A)</translation>
    </message>
    <message>
        <source>Show &amp;Changes</source>
        <translation>変更点を表示(&amp;C)</translation>
    </message>
    <message>
        <source>Mark what the selected version introduced, amended, ended or did not restate</source>
        <translation>選択したバージョンで新設、修正、終了、または再記載されなかった内容をマーク</translation>
    </message>
    <message>
        <source>&amp;Export Chart…</source>
        <translation>グラフをエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the scenario chart shown as PNG, SVG or PDF</source>
        <translation>表示中のシナリオグラフを PNG、SVG、PDF で保存</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export &amp;Timeline…</source>
        <translation>タイムラインをエクスポート(&amp;T)…</translation>
    </message>
    <message>
        <source>Save the timeline as PNG, SVG or PDF</source>
        <translation>タイムラインを PNG、SVG、PDF で保存</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>Export T&amp;able…</source>
        <translation>表をエクスポート(&amp;A)…</translation>
    </message>
    <message>
        <source>Save a table (projection, sensitivity, fan, clauses or events) as CSV</source>
        <translation>表（予測、感度分析、ファンチャート、条項、イベント）を CSV で保存</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation>レポートをエクスポート(&amp;R)…</translation>
    </message>
    <message>
        <source>Save a PDF report: clauses in force, timeline, scenario charts and sources</source>
        <translation>PDF レポートを保存: 有効な条項、タイムライン、シナリオグラフ、出典</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Print the timeline, or the scenario chart when the Scenario view is shown, with a preview</source>
        <translation>タイムライン（シナリオビューの表示中はシナリオグラフ）をプレビュー付きで印刷</translation>
    </message>
</context>
</TS>
