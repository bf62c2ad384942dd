<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>Dealscope</name>
    <message>
        <source>Not yet agreed</source>
        <translation>미합의</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>유효</translation>
    </message>
    <message>
        <source>Not restated</source>
        <translation>재명시 안 됨</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>종료됨</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>만료됨</translation>
    </message>
    <message>
        <source>New</source>
        <translation>신규</translation>
    </message>
    <message>
        <source>Reaffirmed</source>
        <translation>재확인</translation>
    </message>
    <message>
        <source>Amended</source>
        <translation>수정됨</translation>
    </message>
    <message>
        <source>official text (company post, filing, earnings call)</source>
        <translation>공식 문서(회사 게시물, 공시 서류, 실적 발표)</translation>
    </message>
    <message>
        <source>several independent reports agree</source>
        <translation>여러 독립 보도가 일치함</translation>
    </message>
    <message>
        <source>a single or weak source, or sources disagree</source>
        <translation>단일하거나 약한 출처, 또는 출처 간 불일치</translation>
    </message>
    <message>
        <source>not verified: treat as unknown</source>
        <translation>검증되지 않음: 알 수 없음으로 취급</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>투자</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>계약</translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation>개정</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>성명</translation>
    </message>
    <message>
        <source>Cloud deal</source>
        <translation>클라우드 계약</translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation>실적</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>분쟁</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>거버넌스</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>제품</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>자금 조달</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>법률</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>보도</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>이후</translation>
    </message>
</context>
<context>
    <name>Dealscope::AgreementModel</name>
    <message>
        <source>Clause</source>
        <translation>조항</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>신뢰도</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>이벤트</translation>
    </message>
    <message>
        <source>Dated events around the agreement</source>
        <translation>계약 관련 날짜별 이벤트</translation>
    </message>
    <message>
        <source>Ended %1</source>
        <translation>%1에 종료됨</translation>
    </message>
    <message>
        <source>end of %1</source>
        <translation>%1년 말</translation>
    </message>
    <message>
        <source>No end stated</source>
        <translation>종료 규정 없음</translation>
    </message>
    <message>
        <source>At %1 (no date)</source>
        <translation>%1 시점(날짜 미정)</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 또는 </translation>
    </message>
    <message>
        <source>%1, or %2 if earlier</source>
        <translation>%1 또는 더 이른 경우 %2</translation>
    </message>
    <message>
        <source>Ends: %1</source>
        <translation>종료: %1</translation>
    </message>
    <message>
        <source>Confidence: %1</source>
        <translation>신뢰도: %1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>출처: %1</translation>
    </message>
    <message>
        <source>English text; no %1 translation</source>
        <translation>영어 텍스트, %1 번역 없음</translation>
    </message>
    <message>
        <source>When a clause ends; when an event happened</source>
        <translation>조항이 끝나는 시점, 이벤트가 일어난 시점</translation>
    </message>
    <message>
        <source>What the selected version did: new, amended, ended or not restated</source>
        <translation>선택한 버전에서의 변경: 신규, 수정됨, 종료됨 또는 재명시 안 됨</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>변경</translation>
    </message>
    <message>
        <source>Ends / date</source>
        <translation>종료 시점 / 날짜</translation>
    </message>
    <message>
        <source>In this version: %1</source>
        <translation>이 버전에서: %1</translation>
    </message>
    <message>
        <source>New in the selected version</source>
        <translation>선택한 버전에서 신규</translation>
    </message>
    <message>
        <source>After the selected version (%1)</source>
        <translation>선택한 버전(%1) 이후</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>레벨 %1</translation>
    </message>
    <message>
        <source>Level %1, in %2</source>
        <translation>레벨 %1, %2 아래</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>날짜: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>상태: %1</translation>
    </message>
    <message>
        <source>No end</source>
        <translation>종료 없음</translation>
    </message>
    <message>
        <source>by %1</source>
        <comment>the latest a clause can end; a milestone may end it earlier</comment>
        <translation>%1까지</translation>
    </message>
</context>
<context>
    <name>Dealscope::AgreementStatusLine</name>
    <message>
        <source>AGI verification assumed in %1</source>
        <translation>AGI 검증 %1년 가정</translation>
    </message>
    <message>
        <source>AGI verification unresolved</source>
        <translation>AGI 검증 미정</translation>
    </message>
    <message>
        <source>facts checked %1</source>
        <translation>사실 확인 %1</translation>
    </message>
    <message numerus="yes">
        <source>As of %1 (%2): %n clause(s) in force or not restated</source>
        <translation>
            <numerusform>%1(%2) 기준: 유효하거나 재명시되지 않은 조항 %n개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dealscope::ArticleView</name>
    <message>
        <source>Parallel</source>
        <translation>대역 보기</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>기사</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Show a second language side by side, paragraph by paragraph</source>
        <translation>두 번째 언어를 단락별로 나란히 표시</translation>
    </message>
    <message>
        <source>Second language</source>
        <translation>두 번째 언어</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>기사 본문</translation>
    </message>
    <message>
        <source>Find in article…</source>
        <translation>기사에서 찾기…</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>이전</translation>
    </message>
    <message>
        <source>Find previous (Shift+Enter)</source>
        <translation>이전 찾기(Shift+Enter)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>다음</translation>
    </message>
    <message>
        <source>Find next (Enter)</source>
        <translation>다음 찾기(Enter)</translation>
    </message>
    <message>
        <source>No articles are available.</source>
        <translation>사용할 수 있는 기사가 없습니다.</translation>
    </message>
    <message>
        <source>The %1 version cannot be shown: %2</source>
        <translation>%1 버전을 표시할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>This article cannot be shown.</source>
        <translation>이 기사를 표시할 수 없습니다.</translation>
    </message>
    <message>
        <source>English: not translated</source>
        <translation>영어: 번역되지 않음</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>일치 항목 없음</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n개 일치</numerusform>
        </translation>
    </message>
    <message>
        <source>Find in article</source>
        <translation>기사에서 찾기</translation>
    </message>
</context>
<context>
    <name>Dealscope::AutosaveStore</name>
    <message>
        <source>cannot create %1</source>
        <translation>%1을(를) 만들 수 없음</translation>
    </message>
    <message>
        <source>cannot lock %1</source>
        <translation>%1을(를) 잠글 수 없음</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1에 쓸 수 없음: %2</translation>
    </message>
</context>
<context>
    <name>Dealscope::ChartValueText</name>
    <message>
        <source>$%1 B</source>
        <translation>%1십억 달러</translation>
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
        <translation>조항 및 이벤트 필터…</translation>
    </message>
    <message>
        <source>Keep the clauses and events whose title, wording or source contains every word</source>
        <translation>제목, 문구 또는 출처에 모든 단어가 포함된 조항과 이벤트만 남김</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>조항</translation>
    </message>
    <message>
        <source>Filter clauses and events</source>
        <translation>조항 및 이벤트 필터</translation>
    </message>
</context>
<context>
    <name>Dealscope::CompareController</name>
    <message>
        <source>Export Changes</source>
        <translation>변경 내보내기</translation>
    </message>
    <message>
        <source>Redline PDF (*.pdf);;CSV table (*.csv)</source>
        <translation>변경 표시 PDF (*.pdf);;CSV 표 (*.csv)</translation>
    </message>
    <message>
        <source>Compare &amp;Versions…</source>
        <translation>버전 비교(&amp;V)…</translation>
    </message>
    <message>
        <source>Compare two versions of the agreement, wording beside wording</source>
        <translation>계약의 두 버전을 문구끼리 나란히 비교</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>비교</translation>
    </message>
    <message>
        <source>Outline an Earlier Version on the &amp;Timeline</source>
        <translation>이전 버전을 타임라인에 윤곽선으로 표시(&amp;T)</translation>
    </message>
    <message>
        <source>Outline on the timeline each term as %1 had it,
to compare with %2 (%3)</source>
        <translation>타임라인에 %1 당시의 각 기간을 윤곽선으로 표시하여
%2와 비교 (%3)</translation>
    </message>
    <message>
        <source>Outline on the timeline each term as the version before had it (%1)</source>
        <translation>타임라인에 직전 버전 당시의 각 기간을 윤곽선으로 표시 (%1)</translation>
    </message>
</context>
<context>
    <name>Dealscope::CompareView</name>
    <message>
        <source>All changes</source>
        <translation>모든 변경</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>추가됨</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>종료됨</translation>
    </message>
    <message>
        <source>Amended</source>
        <translation>수정됨</translation>
    </message>
    <message>
        <source>Not restated</source>
        <translation>재명시 안 됨</translation>
    </message>
    <message>
        <source>New events</source>
        <translation>새 이벤트</translation>
    </message>
    <message>
        <source>Version &amp;A:</source>
        <translation>버전 &amp;A:</translation>
    </message>
    <message>
        <source>Version &amp;B:</source>
        <translation>버전 &amp;B:</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>표시(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Save this comparison as a redline PDF or as a CSV table</source>
        <translation>이 비교를 변경 표시 PDF 또는 CSV 표로 저장</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>바꾸기</translation>
    </message>
    <message>
        <source>Swap versions A and B</source>
        <translation>버전 A와 B 바꾸기</translation>
    </message>
    <message>
        <source>Version A</source>
        <translation>버전 A</translation>
    </message>
    <message>
        <source>The earlier version: its wording is struck through where B differs</source>
        <translation>이전 버전: B와 다른 문구에 취소선이 그어집니다</translation>
    </message>
    <message>
        <source>Version B</source>
        <translation>버전 B</translation>
    </message>
    <message>
        <source>The later version: its wording is underlined where it differs from A</source>
        <translation>이후 버전: A와 다른 문구에 밑줄이 그어집니다</translation>
    </message>
    <message>
        <source>Kind of change</source>
        <translation>변경 종류</translation>
    </message>
    <message>
        <source>Changes between versions A and B</source>
        <translation>버전 A와 B 사이의 변경</translation>
    </message>
</context>
<context>
    <name>Dealscope::DetailsFormatter</name>
    <message>
        <source>%1 — parts range from %2 to %3</source>
        <translation>%1 — 부분에 따라 ‘%2’부터 ‘%3’까지</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>약 %1</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>최대 %1</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>%1 초과</translation>
    </message>
    <message>
        <source>See:</source>
        <translation>참조:</translation>
    </message>
    <message>
        <source>Conflicting reports</source>
        <translation>상충되는 보도</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>%1 기준</translation>
    </message>
    <message>
        <source>As first agreed:</source>
        <translation>최초 합의 내용:</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>not yet agreed</source>
        <translation>미합의</translation>
    </message>
    <message>
        <source>This end depends on a milestone with no known date: %1. Assume a date under View › Assume AGI Verification to see the term end there.</source>
        <translation>이 종료는 날짜가 알려지지 않은 마일스톤에 따라 달라집니다: %1. 보기 › AGI 검증 가정에서 날짜를 가정하면 기간이 그 시점에 끝나는 것을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 또는 </translation>
    </message>
    <message>
        <source>History</source>
        <translation>이력</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>신뢰도</translation>
    </message>
    <message>
        <source>Open questions</source>
        <translation>미해결 문제</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>참고</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>수치</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>조항</translation>
    </message>
    <message>
        <source>Facts last checked on %1.</source>
        <translation>사실 최종 확인일: %1.</translation>
    </message>
    <message>
        <source>Select a clause or an event in the tree or on the timeline to see its terms, history, confidence and sources.</source>
        <translation>트리나 타임라인에서 조항 또는 이벤트를 선택하면 해당 조건, 이력, 신뢰도, 출처가 표시됩니다.</translation>
    </message>
    <message>
        <source>Ended on %1</source>
        <translation>%1에 종료됨</translation>
    </message>
    <message>
        <source>Expired on %1</source>
        <translation>%1에 만료됨</translation>
    </message>
    <message>
        <source>The last wording was:</source>
        <translation>마지막 문구:</translation>
    </message>
    <message>
        <source>Later than the selected version (%1).</source>
        <translation>선택한 버전(%1) 이후의 이벤트입니다.</translation>
    </message>
    <message>
        <source>Versions: %1 · Clauses: %2 · Dated events: %3 · Open questions: %4 · Sources: %5</source>
        <translation>버전: %1 · 조항: %2 · 날짜가 있는 이벤트: %3 · 미해결 문제: %4 · 출처: %5</translation>
    </message>
</context>
<context>
    <name>Dealscope::DetailsPane</name>
    <message>
        <source>Details</source>
        <translation>세부 정보</translation>
    </message>
</context>
<context>
    <name>Dealscope::DocumentAccessible</name>
    <message>
        <source>Link: %1</source>
        <translation>링크: %1</translation>
    </message>
</context>
<context>
    <name>Dealscope::ExportText</name>
    <message>
        <source>%1: choose a .png, .svg or .pdf file</source>
        <translation>%1: .png, .svg 또는 .pdf 파일을 선택하십시오</translation>
    </message>
    <message>
        <source>this dataset has no scenario model</source>
        <translation>이 데이터 세트에는 시나리오 모델이 없음</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>%1 내보내기</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Dark colours instead of paper</source>
        <translation>용지 색 대신 어두운 색 사용</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>너비:</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>높이:</translation>
    </message>
    <message>
        <source>Resolution (dpi):</source>
        <translation>해상도(dpi):</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>내보내기 실패</translation>
    </message>
    <message>
        <source>This dataset has no scenario model, so there is no chart to export.</source>
        <translation>이 데이터 세트에는 시나리오 모델이 없으므로 내보낼 차트가 없습니다.</translation>
    </message>
    <message>
        <source>timeline</source>
        <translation>타임라인</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 드로잉 (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <source>Yearly projection</source>
        <translation>연도별 예측</translation>
    </message>
    <message>
        <source>Sensitivity (tornado)</source>
        <translation>민감도(토네이도)</translation>
    </message>
    <message>
        <source>AGI-year fan percentiles</source>
        <translation>AGI 연도 팬 차트 백분위수</translation>
    </message>
    <message>
        <source>Clauses as of the shown version</source>
        <translation>표시된 버전 기준 조항</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>이벤트</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>표 내보내기</translation>
    </message>
    <message>
        <source>Table:</source>
        <translation>표:</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV 표 (*.csv)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>보고서 내보내기</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>인쇄 미리 보기</translation>
    </message>
    <message>
        <source>--as-of &quot;%1&quot;: no such version (expected a date or one of %2)</source>
        <translation>--as-of &quot;%1&quot;: 해당 버전이 없음(날짜 또는 %2 중 하나가 필요함)</translation>
    </message>
    <message>
        <source>--preset &quot;%1&quot;: expected one of %2</source>
        <translation>--preset &quot;%1&quot;: %2 중 하나가 필요함</translation>
    </message>
    <message>
        <source>Default assumptions</source>
        <translation>기본 가정</translation>
    </message>
    <message>
        <source>--set %1=%2: out of range (%3 to %4%5)</source>
        <translation>--set %1=%2: 범위를 벗어남(%3~%4%5)</translation>
    </message>
    <message>
        <source>, whole numbers</source>
        <translation>, 정수</translation>
    </message>
    <message>
        <source>the dataset lacks the terms the scenario model needs: %1</source>
        <translation>데이터 세트에 시나리오 모델에 필요한 계약 조건이 없음: %1</translation>
    </message>
    <message>
        <source>the dataset lacks the other terms to compare with: %1</source>
        <translation>데이터 세트에 비교할 다른 계약 조건이 없음: %1</translation>
    </message>
    <message>
        <source>Illustrative; made with Dealscope.</source>
        <translation>예시용. Dealscope로 작성.</translation>
    </message>
    <message>
        <source>%1 chart, %2, %3</source>
        <translation>%1 차트, %2, %3</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1에 쓸 수 없음: %2</translation>
    </message>
    <message>
        <source>a drawing cannot be written as CSV</source>
        <translation>드로잉은 CSV로 쓸 수 없음</translation>
    </message>
    <message>
        <source>Illustrative model of the agreement&apos;s terms, not a forecast and not advice.</source>
        <translation>계약 조건의 예시용 모델이며 예측이나 자문이 아닙니다.</translation>
    </message>
    <message>
        <source>Dealscope %1 · %2, facts checked on %3.</source>
        <translation>Dealscope %1 · %2, 사실 확인일: %3.</translation>
    </message>
    <message>
        <source>Dashed: %1.</source>
        <translation>점선: %1.</translation>
    </message>
    <message>
        <source>%1: clauses and events as of %2</source>
        <translation>%1: %2 기준 조항 및 이벤트</translation>
    </message>
    <message>
        <source>Bars run from a term&apos;s start to its end; faded ends wait for a milestone such as AGI verification.</source>
        <translation>막대는 각 조건의 시작부터 끝까지를 나타냅니다. 흐리게 표시된 끝은 AGI 검증 같은 마일스톤을 기다리는 것입니다.</translation>
    </message>
    <message>
        <source>Not yet agreed</source>
        <translation>미합의</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>유효</translation>
    </message>
    <message>
        <source>Not restated</source>
        <translation>재명시 안 됨</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>종료됨</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>만료됨</translation>
    </message>
    <message>
        <source>No end stated</source>
        <translation>종료 규정 없음</translation>
    </message>
    <message>
        <source>At %1</source>
        <translation>%1 시점</translation>
    </message>
    <message>
        <source>%1, or earlier at %2</source>
        <translation>%1 또는 %2 시점에 조기 종료</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1년</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>가정</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>기본값</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>근거</translation>
    </message>
    <message>
        <source>assumption</source>
        <translation>가정</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>범위</translation>
    </message>
    <message>
        <source>At minimum, $B</source>
        <translation>최솟값일 때(십억 달러)</translation>
    </message>
    <message>
        <source>At maximum, $B</source>
        <translation>최댓값일 때(십억 달러)</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>버전:</translation>
    </message>
    <message>
        <source>Facts checked on:</source>
        <translation>사실 확인일:</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>시나리오:</translation>
    </message>
    <message>
        <source>Report made on:</source>
        <translation>보고서 작성일:</translation>
    </message>
    <message>
        <source>Made with Dealscope %1. The scenario figures are illustrative: neither a forecast nor legal or investment advice. Confidence codes: A official text, B several independent reports, C a single or weak source, X not verified.</source>
        <translation>Dealscope %1로 작성. 시나리오 수치는 예시용이며 예측이나 법률 또는 투자 자문이 아닙니다. 신뢰도 코드: A 공식 문서, B 여러 독립 보도, C 단일하거나 약한 출처, X 검증되지 않음.</translation>
    </message>
    <message>
        <source>Clauses in force</source>
        <translation>유효한 조항</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>조항</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>종료 시점</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>신뢰도</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>%1 — report</source>
        <translation>%1 — 보고서</translation>
    </message>
    <message>
        <source>Azure stack by layer and revenue share</source>
        <translation>계층별 Azure 스택 및 수익 배분</translation>
    </message>
    <message>
        <source>Comparison with the other terms</source>
        <translation>다른 계약 조건과의 비교</translation>
    </message>
    <message>
        <source>Solid: %1. Dashed: %2. Assumptions as in the table above.</source>
        <translation>실선: %1. 점선: %2. 가정은 위 표와 같습니다.</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>민감도</translation>
    </message>
    <message>
        <source>AGI-year uncertainty</source>
        <translation>AGI 연도 불확실성</translation>
    </message>
    <message>
        <source>cannot write %1: the PDF could not be started</source>
        <translation>%1에 쓸 수 없음: PDF를 시작할 수 없음</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>타임라인</translation>
    </message>
    <message>
        <source>Scenario: %1.</source>
        <translation>시나리오: %1.</translation>
    </message>
    <message>
        <source>Amendment bridge, term by term</source>
        <translation>개정 브리지(조건별)</translation>
    </message>
    <message>
        <source>--from &quot;%1&quot; --to &quot;%2&quot;: no such versions to compare (expected dates or two of %3)</source>
        <translation>--from &quot;%1&quot; --to &quot;%2&quot;: 비교할 해당 버전이 없습니다 (날짜 또는 %3 중 두 개 필요)</translation>
    </message>
    <message>
        <source>the bridge cannot use these terms: %1</source>
        <translation>브리지에서 이 조건을 쓸 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>조건</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>조항</translation>
    </message>
    <message>
        <source>Microsoft total, $B</source>
        <translation>Microsoft 합계(십억 달러)</translation>
    </message>
    <message>
        <source>Revenue share, $B</source>
        <translation>수익 배분(십억 달러)</translation>
    </message>
    <message>
        <source>Each step is the term&apos;s average effect over every order of switching the terms (its Shapley value), so the steps add up to the difference whatever their order.</source>
        <translation>각 단계는 모든 전환 순서에 걸친 해당 조건의 평균 효과(섀플리 값)이므로, 순서와 관계없이 단계의 합은 차이와 같습니다.</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>변경 사항</translation>
    </message>
    <message>
        <source>revenue by layer</source>
        <translation>계층별 수익</translation>
    </message>
    <message>
        <source>revenue by layer, two scenarios compared</source>
        <translation>계층별 수익(두 시나리오 비교)</translation>
    </message>
    <message>
        <source>sensitivity (tornado)</source>
        <translation>민감도(토네이도)</translation>
    </message>
    <message>
        <source>AGI-year fan</source>
        <translation>AGI 연도 팬 차트</translation>
    </message>
    <message>
        <source>amendment bridge</source>
        <translation>개정 브리지</translation>
    </message>
    <message>
        <source>Export chart: %1</source>
        <translation>차트 내보내기: %1</translation>
    </message>
</context>
<context>
    <name>Dealscope::FanTableModel</name>
    <message>
        <source>Azure stack</source>
        <translation>Azure 스택</translation>
    </message>
    <message>
        <source>Revenue share</source>
        <translation>수익 배분</translation>
    </message>
    <message>
        <source>%1, p%2</source>
        <extracomment>A column of the AGI-year fan&apos;s table: the series and a percentile, e.g. &quot;Azure stack, p50&quot;</extracomment>
        <translation>%1, p%2</translation>
    </message>
</context>
<context>
    <name>Dealscope::FileSetAside</name>
    <message>
        <source>too many set-aside copies of %1</source>
        <translation>%1의 별도 보관 사본이 너무 많음</translation>
    </message>
</context>
<context>
    <name>Dealscope::GlossaryView</name>
    <message>
        <source>Search the glossary…</source>
        <translation>용어집 검색…</translation>
    </message>
    <message>
        <source>Search the glossary</source>
        <translation>용어집 검색</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>용어집</translation>
    </message>
    <message>
        <source>Also: %1</source>
        <translation>다른 이름: %1</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>출처:</translation>
    </message>
    <message>
        <source>No term matches.</source>
        <translation>일치하는 용어가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n term(s)</source>
        <translation>
            <numerusform>용어 %n개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dealscope::HelpMenu</name>
    <message>
        <source>The Deal at a &amp;Glance</source>
        <translation>계약 한눈에 보기(&amp;G)</translation>
    </message>
    <message>
        <source>What each party gets, the key dates, what changed last and what is still unknown</source>
        <translation>각 당사자가 얻는 것, 주요 날짜, 최근 변경 사항, 아직 알려지지 않은 것</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>사용자 가이드(&amp;U)</translation>
    </message>
    <message>
        <source>Open the guide at the part about the pane you are in</source>
        <translation>현재 창 영역에 관한 부분에서 가이드를 엽니다</translation>
    </message>
    <message>
        <source>&amp;Legend</source>
        <translation>범례(&amp;L)</translation>
    </message>
    <message>
        <source>What every badge, icon, shape and colour of the views means</source>
        <translation>보기의 각 배지, 아이콘, 모양, 색의 의미</translation>
    </message>
    <message>
        <source>Gl&amp;ossary</source>
        <translation>용어집(&amp;O)</translation>
    </message>
    <message>
        <source>The terms of the agreement and of the trade, explained</source>
        <translation>계약 및 업계 용어 설명</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>용어집</translation>
    </message>
    <message>
        <source>About Dealscope</source>
        <translation>Dealscope 정보</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Dealscope %1&lt;/h3&gt;&lt;p&gt;An explorer for business agreements: their clauses, versions and timeline.&lt;/p&gt;&lt;p&gt;The bundled dataset describes the Microsoft–OpenAI partnership from public sources; it is not legal or investment advice.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Dealscope %1&lt;/h3&gt;&lt;p&gt;비즈니스 계약의 조항, 버전, 타임라인을 살펴보는 탐색 도구입니다.&lt;/p&gt;&lt;p&gt;함께 제공되는 데이터 세트는 공개 자료를 바탕으로 Microsoft–OpenAI 파트너십을 설명하며, 법률 또는 투자 자문이 아닙니다.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Dealscope::ItemFinder</name>
    <message>
        <source>Found: %1</source>
        <translation>찾음: %1</translation>
    </message>
    <message>
        <source>Nothing matches “%1”</source>
        <translation>“%1”과(와) 일치하는 항목 없음</translation>
    </message>
</context>
<context>
    <name>Dealscope::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>The language of the interface, the dataset texts and the articles</source>
        <translation>인터페이스, 데이터 세트 텍스트 및 기사의 언어</translation>
    </message>
    <message>
        <source>System Default (%1)</source>
        <translation>시스템 기본값(%1)</translation>
    </message>
</context>
<context>
    <name>Dealscope::LegendButton</name>
    <message>
        <source>Legend: what the badges, icons, shapes and lines mean</source>
        <translation>범례: 배지, 아이콘, 모양, 선의 의미</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>범례</translation>
    </message>
</context>
<context>
    <name>Dealscope::LegendDialog</name>
    <message>
        <source>Legend</source>
        <translation>범례</translation>
    </message>
</context>
<context>
    <name>Dealscope::LegendView</name>
    <message>
        <source>The version shown brought this clause in.</source>
        <translation>표시된 버전에서 이 조항이 도입되었습니다.</translation>
    </message>
    <message>
        <source>The version shown confirmed the clause as it was.</source>
        <translation>표시된 버전에서 조항이 그대로 재확인되었습니다.</translation>
    </message>
    <message>
        <source>The version shown changed the clause&apos;s wording or term.</source>
        <translation>표시된 버전에서 조항의 문구나 기간이 변경되었습니다.</translation>
    </message>
    <message>
        <source>The version shown ended the clause.</source>
        <translation>표시된 버전에서 조항이 종료되었습니다.</translation>
    </message>
    <message>
        <source>The version shown did not mention the clause: it may still apply, but nobody has confirmed it.</source>
        <translation>표시된 버전은 이 조항을 언급하지 않았습니다. 여전히 적용될 수 있지만 확인된 바는 없습니다.</translation>
    </message>
    <message>
        <source>Agreed, but its term starts later; or not yet agreed as of the version shown.</source>
        <translation>합의되었으나 기간이 나중에 시작되거나, 표시된 버전 기준으로 아직 합의되지 않았습니다.</translation>
    </message>
    <message>
        <source>Applies as of the version shown.</source>
        <translation>표시된 버전 기준으로 적용됩니다.</translation>
    </message>
    <message>
        <source>A later version did not mention the clause, so its status is unknown. It is shown as it last stood, with a dashed outline.</source>
        <translation>이후 버전이 이 조항을 언급하지 않아 상태를 알 수 없습니다. 마지막으로 알려진 상태로 점선 테두리와 함께 표시됩니다.</translation>
    </message>
    <message>
        <source>A version ended the clause.</source>
        <translation>어느 버전에서 조항이 종료되었습니다.</translation>
    </message>
    <message>
        <source>Its term ran out.</source>
        <translation>기간이 만료되었습니다.</translation>
    </message>
    <message>
        <source>Badges in the clause tree</source>
        <translation>조항 트리의 배지</translation>
    </message>
    <message>
        <source>The tree&apos;s columns say what the version shown did to each item, where it stands and how well its facts are sourced.</source>
        <translation>트리의 열은 표시된 버전이 각 항목에 무엇을 했는지, 현재 상태, 사실의 출처가 얼마나 확실한지를 보여 줍니다.</translation>
    </message>
    <message>
        <source>An event dated after the version shown: it was not yet known then. Its row is greyed.</source>
        <translation>표시된 버전 이후의 이벤트로, 당시에는 알려지지 않았습니다. 행이 회색으로 표시됩니다.</translation>
    </message>
    <message>
        <source>A range is coloured by its weaker end.</source>
        <translation>범위는 더 약한 쪽의 색으로 표시됩니다.</translation>
    </message>
    <message>
        <source>Bars on the timeline</source>
        <translation>타임라인의 막대</translation>
    </message>
    <message>
        <source>Each clause is a bar from its start to its end, in the lane of its category.</source>
        <translation>각 조항은 해당 범주의 레인에 시작부터 끝까지 막대로 표시됩니다.</translation>
    </message>
    <message>
        <source>No end stated</source>
        <translation>종료 명시 없음</translation>
    </message>
    <message>
        <source>The clause states no end: the arrow says it runs on.</source>
        <translation>조항에 종료가 명시되어 있지 않습니다. 화살표는 계속된다는 뜻입니다.</translation>
    </message>
    <message>
        <source>Known end</source>
        <translation>알려진 종료</translation>
    </message>
    <message>
        <source>Ends on a known date, or on the date assumed for a milestone.</source>
        <translation>알려진 날짜 또는 마일스톤에 가정한 날짜에 종료됩니다.</translation>
    </message>
    <message>
        <source>Fading end</source>
        <translation>흐려지는 종료</translation>
    </message>
    <message>
        <source>Ends at a milestone, such as AGI verification, that nobody can date: solid up to today, then fading out.</source>
        <translation>AGI 검증처럼 아무도 날짜를 알 수 없는 마일스톤에 종료됩니다. 오늘까지는 진하게, 이후로는 흐려집니다.</translation>
    </message>
    <message>
        <source>Hatched end</source>
        <translation>빗금 친 종료</translation>
    </message>
    <message>
        <source>Ends on a date at the latest, sooner if a milestone comes first: the part after today is hatched, and the dashed edge is the latest end.</source>
        <translation>늦어도 특정 날짜에 종료되며, 마일스톤이 먼저 오면 더 일찍 종료됩니다. 오늘 이후 부분은 빗금으로, 점선 가장자리는 가장 늦은 종료일입니다.</translation>
    </message>
    <message>
        <source>Compared term</source>
        <translation>비교 대상 기간</translation>
    </message>
    <message>
        <source>With the Compare toggle on, the dashed outline is the clause&apos;s term in the other version.</source>
        <translation>비교를 켜면 점선 테두리가 다른 버전에서의 조항 기간을 나타냅니다.</translation>
    </message>
    <message>
        <source>Change icons on the timeline</source>
        <translation>타임라인의 변경 아이콘</translation>
    </message>
    <message>
        <source>With View › Show Changes on, a bar starts with what the version shown did to it.</source>
        <translation>보기 › 변경 사항 표시를 켜면 막대 앞에 표시된 버전이 한 일이 나타납니다.</translation>
    </message>
    <message>
        <source>Events on the timeline</source>
        <translation>타임라인의 이벤트</translation>
    </message>
    <message>
        <source>Events are told apart by shape first, and by colour.</source>
        <translation>이벤트는 먼저 모양으로, 그다음 색으로 구별됩니다.</translation>
    </message>
    <message>
        <source>Hollow marker on a line</source>
        <translation>선 위의 속이 빈 표시</translation>
    </message>
    <message>
        <source>The date is known only to the month or the year: the line spans that period.</source>
        <translation>날짜가 월이나 연도까지만 알려져 있으며, 선은 그 기간에 걸쳐 있습니다.</translation>
    </message>
    <message>
        <source>Diamond</source>
        <translation>마름모</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>원</translation>
    </message>
    <message>
        <source>Cross</source>
        <translation>X자</translation>
    </message>
    <message>
        <source>Square</source>
        <translation>사각형</translation>
    </message>
    <message>
        <source>Triangle</source>
        <translation>삼각형</translation>
    </message>
    <message>
        <source>An agreement or an amendment.</source>
        <translation>계약 또는 수정.</translation>
    </message>
    <message>
        <source>Money: an investment, funding or earnings.</source>
        <translation>자금: 투자, 자금 조달 또는 실적.</translation>
    </message>
    <message>
        <source>A dispute or a legal step.</source>
        <translation>분쟁 또는 법적 절차.</translation>
    </message>
    <message>
        <source>A cloud deal or a product.</source>
        <translation>클라우드 계약 또는 제품.</translation>
    </message>
    <message>
        <source>A statement, a governance change or a report.</source>
        <translation>성명, 지배구조 변경 또는 보도.</translation>
    </message>
    <message>
        <source>Lines on the timeline</source>
        <translation>타임라인의 선</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <source>Today&apos;s date. After it, ends that wait for a milestone fade out or are hatched.</source>
        <translation>오늘 날짜. 이후로는 마일스톤을 기다리는 종료가 흐려지거나 빗금으로 표시됩니다.</translation>
    </message>
    <message>
        <source>Version shown</source>
        <translation>표시된 버전</translation>
    </message>
    <message>
        <source>The version the tree, the timeline and the details show the agreement as of; its month is in bold on the axis.</source>
        <translation>트리, 타임라인, 세부 정보가 계약을 보여 주는 기준 버전으로, 해당 월이 축에 굵게 표시됩니다.</translation>
    </message>
    <message>
        <source>Other versions</source>
        <translation>다른 버전</translation>
    </message>
    <message>
        <source>Every other version of the agreement, with its month on the axis.</source>
        <translation>계약의 다른 모든 버전으로, 해당 월이 축에 표시됩니다.</translation>
    </message>
</context>
<context>
    <name>Dealscope::LoadingPlaceholder</name>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
</context>
<context>
    <name>Dealscope::MainWindow</name>
    <message>
        <source>Details</source>
        <translation>세부 정보</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>소스</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>기본 도구 모음</translation>
    </message>
    <message>
        <source>As of:</source>
        <translation>기준 시점:</translation>
    </message>
    <message>
        <source>Show the agreement as this version left it</source>
        <translation>이 버전 시점의 계약 표시</translation>
    </message>
    <message>
        <source>Assume AGI verified in:</source>
        <translation>AGI 검증 가정 연도:</translation>
    </message>
    <message>
        <source>not assumed</source>
        <translation>가정 안 함</translation>
    </message>
    <message>
        <source>Terms that end at AGI verification end at the start of this year, as in the scenario model. Nobody knows when, or whether, the expert panel will verify AGI.</source>
        <translation>AGI 검증 시점에 끝나는 조건은 시나리오 모델과 마찬가지로 해당 연도 초에 끝나는 것으로 봅니다. 전문가 패널이 언제 AGI를 검증할지, 검증하기는 할지 아무도 모릅니다.</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>찾기</translation>
    </message>
    <message>
        <source>Find clauses and events…</source>
        <translation>조항 및 이벤트 찾기…</translation>
    </message>
    <message>
        <source>Close Find Bar</source>
        <translation>찾기 표시줄 닫기</translation>
    </message>
    <message>
        <source>%1 — Dealscope</source>
        <translation>%1 — Dealscope</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1을(를) 열었습니다</translation>
    </message>
    <message>
        <source>Opened %1 (warnings: %2)</source>
        <translation>%1을(를) 열었습니다(경고 %2개)</translation>
    </message>
    <message>
        <source>Open Dataset</source>
        <translation>데이터 세트 열기</translation>
    </message>
    <message>
        <source>Dealscope datasets (*.json);;All files (*)</source>
        <translation>Dealscope 데이터 세트 (*.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Further problems: %1 (see the details).</source>
        <translation>추가 문제: %1개(자세한 내용 참조).</translation>
    </message>
    <message>
        <source>Cannot Open Dataset</source>
        <translation>데이터 세트를 열 수 없음</translation>
    </message>
    <message>
        <source>%1 is not a valid Dealscope dataset. The current dataset stays open.</source>
        <translation>%1은(는) 유효한 Dealscope 데이터 세트가 아닙니다. 현재 데이터 세트가 계속 열려 있습니다.</translation>
    </message>
    <message>
        <source>Could not autosave the scenario (%1); retrying every 30 seconds.</source>
        <translation>시나리오를 자동 저장할 수 없습니다(%1). 30초마다 다시 시도합니다.</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1을(를) 내보냈습니다</translation>
    </message>
    <message>
        <source>Next Pane</source>
        <translation>다음 패널</translation>
    </message>
    <message>
        <source>Move the focus to the next pane: toolbar, views, tree, timeline, details</source>
        <translation>다음 패널로 포커스 이동: 도구 모음, 보기, 트리, 타임라인, 세부 정보</translation>
    </message>
    <message>
        <source>Previous Pane</source>
        <translation>이전 패널</translation>
    </message>
    <message>
        <source>Move the focus to the previous pane</source>
        <translation>이전 패널로 포커스 이동</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>폴더 열기</translation>
    </message>
    <message>
        <source>Open the folder of the file just exported</source>
        <translation>방금 내보낸 파일의 폴더 열기</translation>
    </message>
    <message>
        <source>Details and source</source>
        <translation>세부 정보 및 소스</translation>
    </message>
    <message>
        <source>Find clauses and events</source>
        <translation>조항 및 이벤트 찾기</translation>
    </message>
</context>
<context>
    <name>Dealscope::MessageBar</name>
    <message>
        <source>Message</source>
        <translation>메시지</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>Dealscope::OpenQuestionsHtml</name>
    <message>
        <source>Conflicting reports</source>
        <translation>상충되는 보도</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>confidence %1, no source</source>
        <translation>신뢰도 %1, 출처 없음</translation>
    </message>
    <message>
        <source>confidence %1; sources:</source>
        <translation>신뢰도 %1, 출처:</translation>
    </message>
    <message>
        <source>Clauses:</source>
        <translation>조항:</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>출처:</translation>
    </message>
</context>
<context>
    <name>Dealscope::OpenQuestionsView</name>
    <message>
        <source>All kinds</source>
        <translation>모든 유형</translation>
    </message>
    <message>
        <source>Kind of open question</source>
        <translation>미해결 문제 유형</translation>
    </message>
    <message>
        <source>Filter open questions…</source>
        <translation>미해결 문제 필터…</translation>
    </message>
    <message>
        <source>Filter open questions</source>
        <translation>미해결 문제 필터</translation>
    </message>
    <message>
        <source>Open questions</source>
        <translation>미해결 문제</translation>
    </message>
    <message>
        <source>No open question matches.</source>
        <translation>일치하는 미해결 문제가 없습니다.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2개 중 %1개</translation>
    </message>
</context>
<context>
    <name>Dealscope::RedlineHtml</name>
    <message>
        <source>New event</source>
        <translation>새 이벤트</translation>
    </message>
    <message>
        <source>Clause or event</source>
        <translation>조항 또는 이벤트</translation>
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
        <translation>버전 B에 없음</translation>
    </message>
    <message>
        <source>Not in version A</source>
        <translation>버전 A에 없음</translation>
    </message>
    <message>
        <source>Ends: %1</source>
        <translation>종료: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>상태: %1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>출처: %1</translation>
    </message>
    <message>
        <source>Replaced by %1</source>
        <translation>%1(으)로 대체됨</translation>
    </message>
    <message>
        <source>Replaces %1</source>
        <translation>%1을(를) 대체</translation>
    </message>
    <message>
        <source>%1 only in version A; %2 only in version B.</source>
        <translation>%1 버전 A에만 있음, %2 버전 B에만 있음.</translation>
    </message>
    <message>
        <source>Struck through:</source>
        <translation>취소선:</translation>
    </message>
    <message>
        <source>underlined:</source>
        <translation>밑줄:</translation>
    </message>
    <message>
        <source>Version A:</source>
        <translation>버전 A:</translation>
    </message>
    <message>
        <source>Version B:</source>
        <translation>버전 B:</translation>
    </message>
    <message>
        <source>No clause or event differs between these versions.</source>
        <translation>두 버전 사이에 다른 조항이나 이벤트가 없습니다.</translation>
    </message>
    <message>
        <source>Redline:</source>
        <translation>변경 표시:</translation>
    </message>
    <message>
        <source>Version A</source>
        <translation>버전 A</translation>
    </message>
    <message>
        <source>Version B</source>
        <translation>버전 B</translation>
    </message>
</context>
<context>
    <name>Dealscope::RedlinePdf</name>
    <message>
        <source>%1: changes from %2 to %3</source>
        <translation>%1: %2에서 %3으로의 변경</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1을(를) 쓸 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>Dealscope::ReportQuestions</name>
    <message>
        <source>Open questions</source>
        <translation>미해결 문제</translation>
    </message>
    <message>
        <source>Conflicting reports and undisclosed terms (%1). They are shown as open, not as facts.</source>
        <translation>상충되는 보도와 공개되지 않은 조건(%1건). 사실이 아니라 미해결로 표시한다.</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioAssumptions</name>
    <message>
        <source>Azure revenue FY25</source>
        <translation>Azure 매출 FY25</translation>
    </message>
    <message>
        <source>facts.md §3a: Azure FY25 more than $75B, +34% (A)</source>
        <translation>facts.md §3a: Azure FY25 매출 750억 달러 초과, +34%(A)</translation>
    </message>
    <message>
        <source>Azure growth, recent quarters</source>
        <translation>Azure 성장률(최근 분기)</translation>
    </message>
    <message>
        <source>facts.md §3a: Azure growth 39–40% from FY25 Q4 to FY26 Q3 (A/B); shifts FY25 to calendar 2025 as × (1 + g)^0.5 (assumption)</source>
        <translation>facts.md §3a: FY25 Q4부터 FY26 Q3까지 Azure 성장률 39~40%(A/B). FY25를 × (1 + g)^0.5로 2025 연도로 환산(가정)</translation>
    </message>
    <message>
        <source>Baseline growth 2026</source>
        <translation>기준선 성장률 2026</translation>
    </message>
    <message>
        <source>Assumption: 2026 growth of the Azure revenue OpenAI does not drive, below the 39–40% total of facts.md §3a, which includes AI</source>
        <translation>가정: OpenAI가 견인하지 않는 Azure 매출의 2026년 성장률. AI를 포함한 facts.md §3a의 전체 성장률 39~40%보다 낮음</translation>
    </message>
    <message>
        <source>Baseline long-run growth</source>
        <translation>기준선 장기 성장률</translation>
    </message>
    <message>
        <source>Assumption: the growth rate the baseline fades towards</source>
        <translation>가정: 기준선 성장률이 점차 수렴하는 수준</translation>
    </message>
    <message>
        <source>Baseline and SaaS growth fade</source>
        <translation>기준선 및 SaaS 성장률 감쇠</translation>
    </message>
    <message>
        <source>Assumption: each year keeps this fraction of the excess of baseline and SaaS adoption growth over their long-run rates</source>
        <translation>가정: 기준선 및 SaaS 도입 성장률이 장기 성장률을 초과하는 부분 중 매년 유지되는 비율</translation>
    </message>
    <message>
        <source>IaaS share of Azure 2025</source>
        <translation>Azure 중 IaaS 비중 2025</translation>
    </message>
    <message>
        <source>Assumption: Microsoft never published the IaaS/PaaS/SaaS split (facts.md §3a, X)</source>
        <translation>가정: Microsoft는 IaaS/PaaS/SaaS 구분을 공개한 적이 없음(facts.md §3a, X)</translation>
    </message>
    <message>
        <source>PaaS share of Azure 2025</source>
        <translation>Azure 중 PaaS 비중 2025</translation>
    </message>
    <message>
        <source>Assumption: Microsoft never published the IaaS/PaaS/SaaS split (facts.md §3a, X); SaaS gets the rest</source>
        <translation>가정: Microsoft는 IaaS/PaaS/SaaS 구분을 공개한 적이 없음(facts.md §3a, X). 나머지는 SaaS</translation>
    </message>
    <message>
        <source>OpenAI revenue 2025</source>
        <translation>OpenAI 매출 2025</translation>
    </message>
    <message>
        <source>facts.md §3b: OpenAI 2025 revenue ~$13B (B)</source>
        <translation>facts.md §3b: OpenAI 2025년 매출 약 130억 달러(B)</translation>
    </message>
    <message>
        <source>OpenAI revenue growth 2026</source>
        <translation>OpenAI 매출 성장률 2026</translation>
    </message>
    <message>
        <source>facts.md §3b: projection ~$30B for 2026 (C), about +130%; default +120%</source>
        <translation>facts.md §3b: 2026년 예상 약 300억 달러(C), 약 +130%. 기본값 +120%</translation>
    </message>
    <message>
        <source>OpenAI long-run growth</source>
        <translation>OpenAI 장기 성장률</translation>
    </message>
    <message>
        <source>Assumption: the rate OpenAI growth fades towards; the default path stays below the $200B projected for 2030 (facts.md §3b, C)</source>
        <translation>가정: OpenAI 성장률이 점차 수렴하는 수준. 기본 경로는 2030년 예상치 2,000억 달러(facts.md §3b, C)보다 낮음</translation>
    </message>
    <message>
        <source>OpenAI growth fade</source>
        <translation>OpenAI 성장률 감쇠</translation>
    </message>
    <message>
        <source>Assumption: each year keeps this fraction of the excess of OpenAI growth over its long-run rate</source>
        <translation>가정: OpenAI 성장률이 장기 성장률을 초과하는 부분 중 매년 유지되는 비율</translation>
    </message>
    <message>
        <source>OpenAI compute spend per revenue dollar</source>
        <translation>OpenAI 매출 1달러당 컴퓨팅 지출</translation>
    </message>
    <message>
        <source>Assumption: facts.md §3b gives OpenAI&apos;s compute in GW only (1.9 GW in 2025, B), not in dollars</source>
        <translation>가정: facts.md §3b는 OpenAI의 컴퓨팅을 GW 단위로만 제시하며(2025년 1.9 GW, B) 달러 기준은 없음</translation>
    </message>
    <message>
        <source>Azure share of OpenAI compute 2025</source>
        <translation>OpenAI 컴퓨팅 중 Azure 비중 2025</translation>
    </message>
    <message>
        <source>Assumption: Oracle, AWS, CoreWeave and Google also supply OpenAI (facts.md §3d, B)</source>
        <translation>가정: Oracle, AWS, CoreWeave, Google도 OpenAI에 공급함(facts.md §3d, B)</translation>
    </message>
    <message>
        <source>Azure share of OpenAI compute 2030</source>
        <translation>OpenAI 컴퓨팅 중 Azure 비중 2030</translation>
    </message>
    <message>
        <source>Assumption: linear path from 2025, flat after 2030, as the Oracle and AWS contracts ramp up (facts.md §3d, B)</source>
        <translation>가정: Oracle 및 AWS 계약이 확대됨에 따라 2025년부터 선형으로 변화하고 2030년 이후 일정(facts.md §3d, B)</translation>
    </message>
    <message>
        <source>Azure commitment</source>
        <translation>Azure 사용 약정</translation>
    </message>
    <message>
        <source>facts.md §3c: $250B incremental Azure commitment (A)</source>
        <translation>facts.md §3c: 2,500억 달러 규모의 Azure 추가 사용 약정(A)</translation>
    </message>
    <message>
        <source>Commitment first year</source>
        <translation>약정 첫해</translation>
    </message>
    <message>
        <source>Assumption: the payment schedule is undisclosed (facts.md §3c, X)</source>
        <translation>가정: 지급 일정은 공개되지 않음(facts.md §3c, X)</translation>
    </message>
    <message>
        <source>Commitment duration</source>
        <translation>약정 기간</translation>
    </message>
    <message>
        <source>Assumption: schedule undisclosed (X); one analyst guesses it runs to about 2032 (facts.md §1a, C10)</source>
        <translation>가정: 일정 비공개(X). 한 애널리스트는 2032년경까지 이어질 것으로 추정함(facts.md §1a, C10)</translation>
    </message>
    <message>
        <source>Commitment ramp</source>
        <translation>약정 증가 기울기</translation>
    </message>
    <message>
        <source>Assumption: 0 spreads the commitment evenly over its years, 1 ramps it up linearly</source>
        <translation>가정: 0이면 약정을 각 연도에 균등하게 배분하고, 1이면 선형으로 증가시킴</translation>
    </message>
    <message>
        <source>OpenAI-driven PaaS 2025</source>
        <translation>OpenAI 견인 PaaS 2025</translation>
    </message>
    <message>
        <source>Assumption: with the SaaS part near Microsoft&apos;s AI run rate, &gt; $13B (Jan 2025) to &gt; $37B (Apr 2026) (facts.md §3a, B)</source>
        <translation>가정: SaaS 부분을 Microsoft의 AI 연환산 매출 수준으로 볼 때, 130억 달러 초과(2025년 1월)에서 370억 달러 초과(2026년 4월)(facts.md §3a, B)</translation>
    </message>
    <message>
        <source>PaaS kept after exclusivity</source>
        <translation>독점 종료 후 유지되는 PaaS</translation>
    </message>
    <message>
        <source>Assumption: share of OpenAI-driven PaaS that stays on Azure once API exclusivity ends, with no Azure-first clause</source>
        <translation>가정: API 독점이 끝나고 Azure 우선 조항도 없을 때 OpenAI 견인 PaaS 중 Azure에 남는 비율</translation>
    </message>
    <message>
        <source>PaaS kept with Azure first</source>
        <translation>Azure 우선 시 유지되는 PaaS</translation>
    </message>
    <message>
        <source>Assumption: the same share while OpenAI products ship first on Azure (N1, facts.md §1b, A)</source>
        <translation>가정: OpenAI 제품이 Azure에서 먼저 출시되는 동안의 같은 비율(N1, facts.md §1b, A)</translation>
    </message>
    <message>
        <source>OpenAI-based SaaS 2025</source>
        <translation>OpenAI 기반 SaaS 2025</translation>
    </message>
    <message>
        <source>Assumption: Copilot, GitHub and Dynamics revenue built on OpenAI IP; see the AI run rate in facts.md §3a (B)</source>
        <translation>가정: OpenAI IP 기반 Copilot, GitHub, Dynamics 매출. facts.md §3a의 AI 연환산 매출 참조(B)</translation>
    </message>
    <message>
        <source>SaaS adoption growth 2026</source>
        <translation>SaaS 도입 성장률 2026</translation>
    </message>
    <message>
        <source>Assumption: below the +123% of Microsoft&apos;s AI run rate to Apr 2026 (facts.md §3a, B)</source>
        <translation>가정: 2026년 4월까지 Microsoft AI 연환산 매출의 +123%보다 낮음(facts.md §3a, B)</translation>
    </message>
    <message>
        <source>SaaS long-run growth</source>
        <translation>SaaS 장기 성장률</translation>
    </message>
    <message>
        <source>Assumption: the rate SaaS adoption growth fades towards</source>
        <translation>가정: SaaS 도입 성장률이 점차 수렴하는 수준</translation>
    </message>
    <message>
        <source>SaaS lost to a non-exclusive licence</source>
        <translation>비독점 라이선스로 잃는 SaaS</translation>
    </message>
    <message>
        <source>Assumption: OpenAI-based SaaS lost once Microsoft&apos;s IP licence is non-exclusive (N3, facts.md §1b, A)</source>
        <translation>가정: Microsoft의 IP 라이선스가 비독점이 되면 잃는 OpenAI 기반 SaaS(N3, facts.md §1b, A)</translation>
    </message>
    <message>
        <source>SaaS lost when the IP term ends</source>
        <translation>IP 기간 종료 시 잃는 SaaS</translation>
    </message>
    <message>
        <source>Assumption: OpenAI-based SaaS lost once the IP term ends (end of 2032, C3/N3, facts.md §1a, A)</source>
        <translation>가정: IP 기간이 끝나면(2032년 말, C3/N3, facts.md §1a, A) 잃는 OpenAI 기반 SaaS</translation>
    </message>
    <message>
        <source>SaaS lost when research IP ends</source>
        <translation>연구 IP 종료 시 잃는 SaaS</translation>
    </message>
    <message>
        <source>Assumption: OpenAI-based SaaS lost once research IP ends (earlier of AGI and 2030, C4, facts.md §1a, A)</source>
        <translation>가정: 연구 IP가 끝나면(AGI와 2030년 중 이른 시점, C4, facts.md §1a, A) 잃는 OpenAI 기반 SaaS</translation>
    </message>
    <message>
        <source>Revenue share rate 2025</source>
        <translation>수익 배분율 2025</translation>
    </message>
    <message>
        <source>facts.md §3c: 20% reported (B); the Apr 2026 terms keep the same percentage (A)</source>
        <translation>facts.md §3c: 20%로 보도됨(B). 2026년 4월 계약 조건도 같은 비율 유지(A)</translation>
    </message>
    <message>
        <source>Revenue share rate 2030</source>
        <translation>수익 배분율 2030</translation>
    </message>
    <message>
        <source>facts.md §3c: planned decline to ~10% by 2030 (B), ~8% in a later report (C); linear from 2025</source>
        <translation>facts.md §3c: 2030년까지 약 10%로 낮출 계획(B), 이후 보도에서는 약 8%(C). 2025년부터 선형</translation>
    </message>
    <message>
        <source>Revenue share cap</source>
        <translation>수익 배분 상한</translation>
    </message>
    <message>
        <source>facts.md §3c: total cap reported at $38B (B); applies under the Apr 2026 terms</source>
        <translation>facts.md §3c: 총 상한 380억 달러로 보도됨(B). 2026년 4월 계약 조건에서 적용</translation>
    </message>
    <message>
        <source>Microsoft&apos;s share to OpenAI</source>
        <translation>Microsoft가 OpenAI에 주는 배분</translation>
    </message>
    <message>
        <source>facts.md §3c: ~20% of Azure OpenAI Service and Bing revenue (B); ended 27 Apr 2026 (A)</source>
        <translation>facts.md §3c: Azure OpenAI Service 및 Bing 매출의 약 20%(B). 2026년 4월 27일 종료(A)</translation>
    </message>
    <message>
        <source>AGI verification year (median)</source>
        <translation>AGI 검증 연도(중앙값)</translation>
    </message>
    <message>
        <source>Assumption: the panel, its criteria and any date are undisclosed (facts.md §1a, C2, X); nothing was verified up to Nov 2026</source>
        <translation>가정: 패널, 그 기준, 시기는 모두 공개되지 않음(facts.md §1a, C2, X). 2026년 11월까지 검증된 것은 없음</translation>
    </message>
    <message>
        <source>AGI year spread</source>
        <translation>AGI 연도 분산</translation>
    </message>
    <message>
        <source>Assumption: standard deviation of the verification year in the Monte Carlo</source>
        <translation>가정: 몬테카를로 시뮬레이션에서 검증 연도의 표준 편차</translation>
    </message>
    <message>
        <source>AGI not within the horizon</source>
        <translation>예측 기간 내 AGI 없음</translation>
    </message>
    <message>
        <source>Assumption: probability that no AGI verification happens within the horizon</source>
        <translation>가정: 예측 기간 내에 AGI 검증이 이루어지지 않을 확률</translation>
    </message>
    <message>
        <source>Azure and baseline growth</source>
        <translation>Azure 및 기준 성장</translation>
    </message>
    <message>
        <source>IaaS / PaaS / SaaS split (assumed)</source>
        <translation>IaaS / PaaS / SaaS 구성비 (가정)</translation>
    </message>
    <message>
        <source>OpenAI revenue</source>
        <translation>OpenAI 매출</translation>
    </message>
    <message>
        <source>IaaS: OpenAI compute on Azure</source>
        <translation>IaaS: Azure의 OpenAI 컴퓨팅</translation>
    </message>
    <message>
        <source>$250B Azure commitment</source>
        <translation>2,500억 달러 Azure 약정</translation>
    </message>
    <message>
        <source>PaaS: OpenAI models on Azure</source>
        <translation>PaaS: Azure의 OpenAI 모델</translation>
    </message>
    <message>
        <source>SaaS: products on OpenAI IP</source>
        <translation>SaaS: OpenAI IP 기반 제품</translation>
    </message>
    <message>
        <source>Revenue share</source>
        <translation>수익 배분</translation>
    </message>
    <message>
        <source>AGI verification</source>
        <translation>AGI 검증</translation>
    </message>
    <message>
        <source>years</source>
        <translation>년</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioAutosave</name>
    <message>
        <source>An autosaved scenario could not be read (%1). It was set aside as %2.</source>
        <translation>자동 저장된 시나리오를 읽을 수 없습니다(%1). %2(으)로 따로 보관했습니다.</translation>
    </message>
    <message>
        <source>An autosaved scenario could not be read (%1) nor set aside (%2).</source>
        <translation>자동 저장된 시나리오를 읽을 수 없고(%1) 따로 보관할 수도 없습니다(%2).</translation>
    </message>
    <message>
        <source>Restore Autosaved Scenario</source>
        <translation>자동 저장된 시나리오 복원</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>제목 없음</translation>
    </message>
    <message>
        <source>Dealscope did not close properly. Restore the unsaved changes to the scenario “%1” (autosaved %2)?</source>
        <translation>Dealscope가 제대로 종료되지 않았습니다. 시나리오 “%1”의 저장되지 않은 변경 사항(%2에 자동 저장됨)을 복원하시겠습니까?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>복원</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>버리기</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioBridge</name>
    <message>
        <source>API exclusivity</source>
        <translation>API 독점</translation>
    </message>
    <message>
        <source>Azure first</source>
        <translation>Azure 우선</translation>
    </message>
    <message>
        <source>IP licence</source>
        <translation>IP 라이선스</translation>
    </message>
    <message>
        <source>IP exclusivity</source>
        <translation>IP 독점성</translation>
    </message>
    <message>
        <source>Research IP</source>
        <translation>연구 IP</translation>
    </message>
    <message>
        <source>Revenue share term</source>
        <translation>수익 배분 기간</translation>
    </message>
    <message>
        <source>Revenue share cap</source>
        <translation>수익 배분 상한</translation>
    </message>
    <message>
        <source>Share paid to OpenAI</source>
        <translation>OpenAI에 지급한 몫</translation>
    </message>
    <message>
        <source>Azure commitment</source>
        <translation>Azure 사용 약정</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioBridgeChart</name>
    <message>
        <source>Microsoft&apos;s OpenAI-driven revenue</source>
        <translation>OpenAI 기인 Microsoft 매출</translation>
    </message>
    <message>
        <source>net revenue share</source>
        <translation>순 수익 배분</translation>
    </message>
    <message>
        <source>%1: select clause %2</source>
        <translation>%1: 조항 %2 선택</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 또는 </translation>
    </message>
    <message>
        <source>Under the terms</source>
        <translation>해당 조건에서</translation>
    </message>
    <message>
        <source>Term adds</source>
        <translation>조건이 더함</translation>
    </message>
    <message>
        <source>Term takes away</source>
        <translation>조건이 뺌</translation>
    </message>
    <message>
        <source>USD billions</source>
        <translation>십억 달러</translation>
    </message>
    <message>
        <source>%1, cumulative %2–%3, term by term (illustrative)</source>
        <translation>%1, %2–%3년 누적, 조건별(예시)</translation>
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
        <translation>시작(&amp;F):</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>끝(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>지표(&amp;M):</translation>
    </message>
    <message>
        <source>Microsoft total</source>
        <translation>Microsoft 합계</translation>
    </message>
    <message>
        <source>Revenue share</source>
        <translation>수익 배분</translation>
    </message>
    <message>
        <source>Microsoft total: OpenAI-driven Azure revenue plus the revenue share, net of the share Microsoft paid OpenAI. Revenue share: that net share alone.</source>
        <translation>Microsoft 합계: OpenAI 기인 Azure 매출과 수익 배분의 합에서 Microsoft가 OpenAI에 지급한 몫을 뺀 값. 수익 배분: 그 순 배분만.</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioChart</name>
    <message>
        <source>Calendar year</source>
        <translation>연도</translation>
    </message>
    <message>
        <source>Azure stack, USD billions</source>
        <translation>Azure 스택(십억 달러)</translation>
    </message>
    <message>
        <source>Revenue share, USD billions</source>
        <translation>수익 배분(십억 달러)</translation>
    </message>
    <message>
        <source>IaaS baseline</source>
        <translation>IaaS 기준선</translation>
    </message>
    <message>
        <source>IaaS OpenAI-driven</source>
        <translation>IaaS OpenAI 견인</translation>
    </message>
    <message>
        <source>PaaS baseline</source>
        <translation>PaaS 기준선</translation>
    </message>
    <message>
        <source>PaaS OpenAI-driven</source>
        <translation>PaaS OpenAI 견인</translation>
    </message>
    <message>
        <source>SaaS baseline</source>
        <translation>SaaS 기준선</translation>
    </message>
    <message>
        <source>SaaS OpenAI-driven</source>
        <translation>SaaS OpenAI 견인</translation>
    </message>
    <message>
        <source>API exclusive to Azure</source>
        <translation>API Azure 독점</translation>
    </message>
    <message>
        <source>Revenue share (right axis)</source>
        <translation>수익 배분(오른쪽 축)</translation>
    </message>
    <message>
        <source>Compared (dashed)</source>
        <translation>비교 대상(점선)</translation>
    </message>
    <message>
        <source>Compared: revenue share</source>
        <translation>비교 대상: 수익 배분</translation>
    </message>
    <message>
        <source>Azure stack by layer and revenue share, %1 (illustrative)</source>
        <translation>계층별 Azure 스택 및 수익 배분, %1(예시)</translation>
    </message>
    <message>
        <source>AGI %1 (assumed)</source>
        <translation>AGI %1년(가정)</translation>
    </message>
    <message>
        <source>2030: research IP, revenue share end</source>
        <translation>2030년: 연구 IP 및 수익 배분 종료</translation>
    </message>
    <message>
        <source>2030: research IP ends</source>
        <translation>2030년: 연구 IP 종료</translation>
    </message>
    <message>
        <source>2032: IP licence ends</source>
        <translation>2032년: IP 라이선스 종료</translation>
    </message>
    <message>
        <source>AGI %1 (model only)</source>
        <translation>AGI %1년(모델에서만)</translation>
    </message>
    <message>
        <source>Revenue share cap reached</source>
        <translation>수익 배분 상한 도달</translation>
    </message>
    <message>
        <source>Cap of $%1 B reached: no revenue share after %2</source>
        <translation>상한 %1십억 달러 도달: %2년 이후 수익 배분 없음</translation>
    </message>
    <message>
        <source>AGI %1</source>
        <translation>AGI %1년</translation>
    </message>
    <message>
        <source>Cap reached %1</source>
        <translation>%1년 상한 도달</translation>
    </message>
    <message>
        <source>Compared (%1)</source>
        <translation>비교 대상(%1)</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>차이</translation>
    </message>
    <message>
        <source>Revenue share</source>
        <translation>수익 배분</translation>
    </message>
    <message>
        <source>Azure stack</source>
        <translation>Azure 스택</translation>
    </message>
    <message>
        <source>%1: IaaS %2, PaaS %3, SaaS %4, revenue share %5</source>
        <translation>%1년: IaaS %2, PaaS %3, SaaS %4, 수익 배분 %5</translation>
    </message>
    <message>
        <source>%1. %2. The Table tab gives every year.</source>
        <translation>%1. %2. 모든 연도의 값은 표 탭에서 볼 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioDocument</name>
    <message>
        <source>Defaults</source>
        <translation>기본값</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>제목 없음</translation>
    </message>
    <message>
        <source>%1 (modified)</source>
        <translation>%1 (수정됨)</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>%1 변경</translation>
    </message>
    <message>
        <source>Reset %1</source>
        <translation>%1 재설정</translation>
    </message>
    <message>
        <source>Switch to %1</source>
        <translation>%1(으)로 전환</translation>
    </message>
    <message>
        <source>Load %1</source>
        <translation>%1 불러오기</translation>
    </message>
    <message>
        <source>Assume AGI verified in %1</source>
        <translation>AGI 검증을 %1년으로 가정</translation>
    </message>
    <message>
        <source>Do not assume AGI verification</source>
        <translation>AGI 검증을 가정하지 않음</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 열기</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioEditor</name>
    <message>
        <source>Scenario as JSON</source>
        <translation>JSON 형식 시나리오</translation>
    </message>
    <message>
        <source>The scenario changed in the panel. Your edits are not applied: apply them over it, or reload the panel&apos;s scenario (Undo in the editor brings your text back).</source>
        <translation>패널에서 시나리오가 변경되었습니다. 편집 내용은 적용되지 않았습니다. 패널 시나리오 위에 적용하거나 패널의 시나리오를 다시 불러오십시오(편집기에서 실행 취소하면 텍스트가 돌아옵니다).</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>다시 불러오기</translation>
    </message>
    <message>
        <source>Problems in the scenario</source>
        <translation>시나리오의 문제</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>적용(&amp;A)</translation>
    </message>
    <message>
        <source>Update the sliders and the chart from this text (%1); Undo takes it back</source>
        <translation>이 텍스트로 슬라이더와 차트를 업데이트합니다(%1). 실행 취소로 되돌릴 수 있습니다</translation>
    </message>
    <message>
        <source>Reload from Panel</source>
        <translation>패널에서 다시 불러오기</translation>
    </message>
    <message>
        <source>Replace the text with the panel&apos;s scenario; Undo in the editor brings it back</source>
        <translation>텍스트를 패널의 시나리오로 바꿉니다. 편집기에서 실행 취소하면 되돌아옵니다</translation>
    </message>
    <message>
        <source>Apply Scenario</source>
        <translation>시나리오 적용</translation>
    </message>
    <message>
        <source>Reload Scenario from Panel</source>
        <translation>패널에서 시나리오 다시 불러오기</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>제목 없음</translation>
    </message>
    <message>
        <source>Scenario “%1” as JSON · edited, not applied</source>
        <translation>JSON 형식 시나리오 “%1” · 편집됨, 적용 안 됨</translation>
    </message>
    <message>
        <source>Scenario “%1” as JSON</source>
        <translation>JSON 형식 시나리오 “%1”</translation>
    </message>
    <message>
        <source>The scenario model needs the Microsoft–OpenAI dataset; nothing can be applied.</source>
        <translation>시나리오 모델에는 Microsoft–OpenAI 데이터 세트가 필요합니다. 아무것도 적용할 수 없습니다.</translation>
    </message>
    <message>
        <source>Edited, not applied.</source>
        <translation>편집됨, 적용 안 됨.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): the text cannot be applied.</source>
        <translation>
            <numerusform>오류 %n개: 이 텍스트를 적용할 수 없습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): fix them to apply, or the text they name would be ignored.</source>
        <translation>
            <numerusform>경고 %n개: 적용하려면 수정하십시오. 그렇지 않으면 해당 텍스트가 무시됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Valid, not applied yet: Apply (%1) updates the sliders and the chart.</source>
        <translation>유효하지만 아직 적용되지 않음: 적용(%1)하면 슬라이더와 차트가 업데이트됩니다.</translation>
    </message>
    <message>
        <source>The panel&apos;s scenario. Edit it here, then apply.</source>
        <translation>패널의 시나리오입니다. 여기서 편집한 다음 적용하십시오.</translation>
    </message>
    <message numerus="yes">
        <source>Not applied: %n problem(s) in the text (listed below).</source>
        <translation>
            <numerusform>적용 안 됨: 텍스트에 문제가 %n개 있습니다(아래 목록 참조).</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit Scenario as JSON</source>
        <translation>시나리오를 JSON으로 편집</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioFanChart</name>
    <message>
        <source>Calendar year</source>
        <translation>연도</translation>
    </message>
    <message>
        <source>Azure stack, USD billions</source>
        <translation>Azure 스택(십억 달러)</translation>
    </message>
    <message>
        <source>Revenue share, USD billions</source>
        <translation>수익 배분(십억 달러)</translation>
    </message>
    <message>
        <source>Azure stack p10–p90</source>
        <translation>Azure 스택 p10–p90</translation>
    </message>
    <message>
        <source>Azure stack p50</source>
        <translation>Azure 스택 p50</translation>
    </message>
    <message>
        <source>Revenue share p10–p90 (right axis)</source>
        <translation>수익 배분 p10–p90(오른쪽 축)</translation>
    </message>
    <message>
        <source>Revenue share p50 (right axis)</source>
        <translation>수익 배분 p50(오른쪽 축)</translation>
    </message>
    <message>
        <source>AGI-year uncertainty, p10–p90 of %1 samples (illustrative): a narrow band, under these terms the AGI year barely matters</source>
        <translation>AGI 연도 불확실성, 샘플 %1개의 p10–p90(예시): 범위가 좁음. 이 계약 조건에서는 AGI 연도가 거의 영향을 주지 않음</translation>
    </message>
    <message>
        <source>AGI-year uncertainty, p10–p90 of %1 samples, every other assumption as set (illustrative)</source>
        <translation>AGI 연도 불확실성, 샘플 %1개의 p10–p90, 나머지 가정은 설정값 그대로(예시)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>a range of amounts</comment>
        <translation>%1~%2</translation>
    </message>
    <message>
        <source>Azure stack in %1: p10 %2, median %3, p90 %4</source>
        <translation>%1년 Azure 스택: p10 %2, 중앙값 %3, p90 %4</translation>
    </message>
    <message>
        <source>%1. %2. The Table tab gives every year&apos;s percentiles.</source>
        <translation>%1. %2. 모든 연도의 백분위수는 표 탭에서 볼 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioFiles</name>
    <message>
        <source>Open &amp;Scenario…</source>
        <translation>시나리오 열기(&amp;S)…</translation>
    </message>
    <message>
        <source>Sa&amp;ve Scenario As…</source>
        <translation>다른 이름으로 시나리오 저장(&amp;A)…</translation>
    </message>
    <message>
        <source>Open a Dealscope scenario file</source>
        <translation>Dealscope 시나리오 파일 열기</translation>
    </message>
    <message>
        <source>Save the scenario&apos;s regime, horizon and changed assumptions</source>
        <translation>시나리오의 계약 조건, 예측 기간, 변경한 가정을 저장</translation>
    </message>
    <message>
        <source>Further problems: %1 (see the details).</source>
        <translation>추가 문제: %1개(자세한 내용 참조).</translation>
    </message>
    <message>
        <source>Cannot Open Scenario</source>
        <translation>시나리오를 열 수 없음</translation>
    </message>
    <message>
        <source>%1 is not a valid Dealscope scenario. The current scenario is kept.</source>
        <translation>%1은(는) 유효한 Dealscope 시나리오가 아닙니다. 현재 시나리오가 유지됩니다.</translation>
    </message>
    <message>
        <source>Opened scenario %1</source>
        <translation>시나리오 %1을(를) 열었습니다</translation>
    </message>
    <message>
        <source>Opened scenario %1 (warnings: %2)</source>
        <translation>시나리오 %1을(를) 열었습니다(경고: %2)</translation>
    </message>
    <message>
        <source>Cannot Save Scenario</source>
        <translation>시나리오를 저장할 수 없음</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Saved scenario %1</source>
        <translation>시나리오 %1을(를) 저장했습니다</translation>
    </message>
    <message>
        <source>Open Scenario</source>
        <translation>시나리오 열기</translation>
    </message>
    <message>
        <source>Dealscope scenarios (*.dealscope-scenario.json *.json);;All files (*)</source>
        <translation>Dealscope 시나리오 (*.dealscope-scenario.json *.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>시나리오</translation>
    </message>
    <message>
        <source>Save Scenario As</source>
        <translation>다른 이름으로 시나리오 저장</translation>
    </message>
    <message>
        <source>Dealscope scenarios (*.dealscope-scenario.json)</source>
        <translation>Dealscope 시나리오 (*.dealscope-scenario.json)</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 파일이 이미 있습니다. 바꾸시겠습니까?</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioLabels</name>
    <message>
        <source>Bear preset</source>
        <translation>약세 프리셋</translation>
    </message>
    <message>
        <source>Base preset</source>
        <translation>기준 프리셋</translation>
    </message>
    <message>
        <source>Bull preset</source>
        <translation>강세 프리셋</translation>
    </message>
    <message>
        <source>%1, same assumptions</source>
        <translation>%1, 동일 가정</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioPanel</name>
    <message>
        <source>&amp;Terms:</source>
        <translation>계약 조건(&amp;T):</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>프리셋</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>비교 대상</translation>
    </message>
    <message>
        <source>Draw a second scenario dashed on the chart</source>
        <translation>두 번째 시나리오를 차트에 점선으로 표시</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>The other terms, same assumptions</source>
        <translation>다른 계약 조건, 동일 가정</translation>
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
        <translation>Azure 스택</translation>
    </message>
    <message>
        <source>Revenue share</source>
        <translation>수익 배분</translation>
    </message>
    <message>
        <source>OpenAI-driven share of the stack</source>
        <translation>스택 중 OpenAI 견인 비중</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>차트</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>표</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>민감도</translation>
    </message>
    <message>
        <source>AGI-year fan</source>
        <translation>AGI 연도 팬 차트</translation>
    </message>
    <message>
        <source>&lt;b&gt;Illustrative model — not a forecast&lt;/b&gt;, nor legal or investment advice. The IaaS/PaaS/SaaS split is not published by Microsoft: it is an assumption, as is every value marked “assumption”.</source>
        <translation>&lt;b&gt;예시용 모델이며 예측이 아닙니다&lt;/b&gt;. 법률 또는 투자 자문도 아닙니다. IaaS/PaaS/SaaS 구분은 Microsoft가 공개하지 않은 가정이며, “가정”으로 표시된 모든 값도 마찬가지입니다.</translation>
    </message>
    <message>
        <source>The scenario model needs the Microsoft–OpenAI agreement&apos;s versions of 28 Oct 2025 and 27 Apr 2026; the open dataset lacks them.</source>
        <translation>시나리오 모델에는 Microsoft–OpenAI 계약의 2025년 10월 28일 버전과 2026년 4월 27일 버전이 필요하지만, 열려 있는 데이터 세트에는 이 버전이 없습니다.</translation>
    </message>
    <message>
        <source>⚠ not published by Microsoft</source>
        <translation>⚠ Microsoft 미공개</translation>
    </message>
    <message>
        <source>Microsoft reports “Azure and other cloud services” without an IaaS / PaaS / SaaS split (fact sheet §3a, X). The split here is an assumption.</source>
        <translation>Microsoft는 “Azure 및 기타 클라우드 서비스”를 IaaS / PaaS / SaaS로 구분하지 않고 보고합니다(팩트 시트 §3a, X). 여기서의 구분은 가정입니다.</translation>
    </message>
    <message>
        <source>◆ driven by the selected clause</source>
        <translation>◆ 선택한 조항에 따라 결정됨</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>시나리오: %1</translation>
    </message>
    <message>
        <source>Cumulative %1–%2, USD billions:</source>
        <translation>%1–%2년 누적(십억 달러):</translation>
    </message>
    <message>
        <source>OpenAI-driven share of the stack &lt;b&gt;%1 %&lt;/b&gt;</source>
        <translation>스택 중 OpenAI 견인 비중 &lt;b&gt;%1%&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Dashed: %1</source>
        <translation>점선: %1</translation>
    </message>
    <message>
        <source>Loaded the %1</source>
        <translation>%1 불러옴</translation>
    </message>
    <message>
        <source>%1 (not usable)</source>
        <translation>%1(사용 불가)</translation>
    </message>
    <message>
        <source>The model cannot run under this version: %1</source>
        <translation>이 버전으로는 모델을 실행할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The contract terms the projection runs under: each version of the agreement whose terms the model can read, with the dates the dataset gives</source>
        <translation>예측에 쓰이는 계약 조건: 모델이 조건을 읽을 수 있는 계약의 각 버전(날짜는 데이터셋 기준)</translation>
    </message>
    <message>
        <source>Bridge</source>
        <translation>브리지</translation>
    </message>
    <message>
        <source>Scenario views</source>
        <translation>시나리오 보기</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioRegime</name>
    <message>
        <source>Oct 2025 terms</source>
        <translation>2025년 10월 계약 조건</translation>
    </message>
    <message>
        <source>Apr 2026 terms</source>
        <translation>2026년 4월 계약 조건</translation>
    </message>
    <message>
        <source>Terms of version %1</source>
        <translation>버전 %1 계약 조건</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <extracomment>A QDate format for the month and year of a version whose terms are a regime, as in &quot;Oct 2025 terms&quot;.</extracomment>
        <translation>yyyy년 M월</translation>
    </message>
    <message>
        <source>%1 terms</source>
        <translation>%1 계약 조건</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioSlider</name>
    <message>
        <source>$%1 B</source>
        <translation>%1십억 달러</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 ×</source>
        <translation>%1배</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1년</translation>
    </message>
    <message>
        <source>Range %1 to %2; default %3.</source>
        <translation>범위: %1~%2, 기본값: %3.</translation>
    </message>
    <message>
        <source>assumption</source>
        <translation>가정</translation>
    </message>
    <message>
        <source>No published figure: the default is an assumption of the model.</source>
        <translation>공개된 수치가 없습니다. 기본값은 모델의 가정입니다.</translation>
    </message>
    <message>
        <source>source %1</source>
        <translation>출처 %1</translation>
    </message>
    <message>
        <source>The default rests on a reported figure (confidence %1 in the fact sheet).</source>
        <translation>기본값은 보도된 수치를 근거로 합니다(팩트 시트의 신뢰도 %1).</translation>
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
        <translation>배</translation>
    </message>
    <message>
        <source> yr</source>
        <translation>년</translation>
    </message>
    <message>
        <source>Reset to the default (%1)</source>
        <translation>기본값(%1)으로 재설정</translation>
    </message>
    <message>
        <source>Reset %1</source>
        <translation>%1 재설정</translation>
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
        <translation>OpenAI가 Microsoft에 지급. Azure 스택에 포함되지 않음</translation>
    </message>
    <message>
        <source>Share of the year in which OpenAI&apos;s API was exclusive to Azure</source>
        <translation>해당 연도 중 OpenAI API가 Azure 독점이었던 기간의 비율</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>합계 %1</translation>
    </message>
    <message>
        <source>CAGR %1</source>
        <translation>CAGR %1</translation>
    </message>
    <message>
        <source>The OpenAI-driven parts of IaaS, PaaS and SaaS together (USD billions)</source>
        <translation>IaaS, PaaS, SaaS 중 OpenAI 견인 부분의 합계(십억 달러)</translation>
    </message>
    <message>
        <source>IaaS
$B</source>
        <translation>IaaS
십억 달러</translation>
    </message>
    <message>
        <source>PaaS
$B</source>
        <translation>PaaS
십억 달러</translation>
    </message>
    <message>
        <source>SaaS
$B</source>
        <translation>SaaS
십억 달러</translation>
    </message>
    <message>
        <source>Azure stack
$B</source>
        <translation>Azure 스택
십억 달러</translation>
    </message>
    <message>
        <source>OpenAI-driven
$B</source>
        <translation>OpenAI 견인
십억 달러</translation>
    </message>
    <message>
        <source>Revenue share
$B</source>
        <translation>수익 배분
십억 달러</translation>
    </message>
    <message>
        <source>Stack + share
$B</source>
        <translation>스택 + 배분
십억 달러</translation>
    </message>
    <message>
        <source>API exclusivity
share of year</source>
        <translation>API 독점
연중 비율</translation>
    </message>
    <message>
        <source>Baseline %1, OpenAI-driven %2 (USD billions)</source>
        <translation>기준선 %1, OpenAI 견인 %2(십억 달러)</translation>
    </message>
    <message>
        <source>The scenario as set</source>
        <translation>설정한 그대로의 시나리오</translation>
    </message>
    <message>
        <source>Compared: %1</source>
        <translation>비교 대상: %1</translation>
    </message>
    <message>
        <source>The scenario minus the compared one</source>
        <translation>시나리오에서 비교 대상을 뺀 값</translation>
    </message>
    <message>
        <source>Azure
stack</source>
        <translation>Azure
스택</translation>
    </message>
    <message>
        <source>Revenue
share</source>
        <translation>수익
배분</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>시나리오</translation>
    </message>
    <message>
        <source>compared</source>
        <translation>비교 대상</translation>
    </message>
    <message>
        <source>difference</source>
        <translation>차이</translation>
    </message>
    <message>
        <source>%1
%2
$B</source>
        <comment>a quantity, then scenario, compared or difference</comment>
        <translation>%1
%2
십억 달러</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioTablePage</name>
    <message>
        <source>S&amp;how:</source>
        <translation>표시(&amp;H):</translation>
    </message>
    <message>
        <source>Projection by year</source>
        <translation>연도별 예측</translation>
    </message>
    <message>
        <source>Sensitivity of each assumption</source>
        <translation>각 가정의 민감도</translation>
    </message>
    <message>
        <source>AGI-year fan (percentiles)</source>
        <translation>AGI 연도 팬 차트(백분위수)</translation>
    </message>
    <message>
        <source>Every chart&apos;s figures as a table, readable with the keyboard and a screen reader</source>
        <translation>각 차트의 수치를 표로 보여 주어 키보드와 화면 낭독기로 읽을 수 있습니다</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioTornadoChart</name>
    <message>
        <source>Assumption at its minimum</source>
        <translation>가정 최솟값</translation>
    </message>
    <message>
        <source>Assumption at its maximum</source>
        <translation>가정 최댓값</translation>
    </message>
    <message>
        <source>Change, USD billions</source>
        <translation>변화(십억 달러)</translation>
    </message>
    <message>
        <source>Sensitivity of cumulative Microsoft revenue 2025–%2 (base $%1 B): each assumption at its minimum and maximum, all else as set — illustrative</source>
        <translation>Microsoft 2025–%2년 누적 매출의 민감도(기준 %1십억 달러): 각 가정을 최솟값과 최댓값으로, 나머지는 설정값 그대로 — 예시</translation>
    </message>
    <message>
        <source>Change from the base of %1, USD billions</source>
        <translation>기준 %1 대비 변화(십억 달러)</translation>
    </message>
    <message>
        <source>Base: %1, cumulative %2–%3</source>
        <translation>기준: %1, %2–%3년 누적</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a series and the assumption&apos;s setting</comment>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <source>%1, total %2</source>
        <comment>a change and the total it leads to</comment>
        <translation>%1, 합계 %2</translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation>%1(%2에서 %3까지)</translation>
    </message>
    <message>
        <source>Base %1. Largest swings: %2. The Table tab gives every assumption.</source>
        <translation>기준 %1. 가장 큰 변동: %2. 모든 가정은 표 탭에서 볼 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>Dealscope::SensitivityTableModel</name>
    <message>
        <source>Base, cumulative %1–%2</source>
        <translation>기준값, %1–%2년 누적</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>가정</translation>
    </message>
    <message>
        <source>Low
setting</source>
        <translation>낮은
설정</translation>
    </message>
    <message>
        <source>Change
at low</source>
        <translation>낮은 설정
시 변화</translation>
    </message>
    <message>
        <source>High
setting</source>
        <translation>높은
설정</translation>
    </message>
    <message>
        <source>Change
at high</source>
        <translation>높은 설정
시 변화</translation>
    </message>
</context>
<context>
    <name>Dealscope::SettingsRecovery</name>
    <message>
        <source>it is not a regular file</source>
        <translation>일반 파일이 아님</translation>
    </message>
    <message>
        <source>it is larger than %1 MiB</source>
        <translation>%1 MiB보다 큼</translation>
    </message>
    <message>
        <source>it cannot be read: %1</source>
        <translation>읽을 수 없음: %1</translation>
    </message>
    <message>
        <source>it contains binary data</source>
        <translation>바이너리 데이터가 포함됨</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>UTF-8 텍스트가 아님</translation>
    </message>
    <message>
        <source>line %1 opens a section without closing it</source>
        <translation>%1행에서 섹션이 열렸지만 닫히지 않음</translation>
    </message>
    <message>
        <source>it is not in the settings format</source>
        <translation>설정 형식이 아님</translation>
    </message>
    <message>
        <source>The settings file %1 could not be used (%2) nor set aside (%3); Dealscope started with default settings.</source>
        <translation>설정 파일 %1을(를) 사용할 수 없고(%2) 따로 보관할 수도 없습니다(%3). Dealscope가 기본 설정으로 시작되었습니다.</translation>
    </message>
    <message>
        <source>The settings file %1 could not be used (%2). It was set aside as %3 and Dealscope started with default settings.</source>
        <translation>설정 파일 %1을(를) 사용할 수 없습니다(%2). %3(으)로 따로 보관했으며 Dealscope가 기본 설정으로 시작되었습니다.</translation>
    </message>
</context>
<context>
    <name>Dealscope::SourceView</name>
    <message>
        <source>Selected item</source>
        <translation>선택한 항목</translation>
    </message>
    <message>
        <source>Whole dataset</source>
        <translation>전체 데이터 세트</translation>
    </message>
    <message>
        <source>Show the selected clause&apos;s or event&apos;s entry only, or the whole dataset file</source>
        <translation>선택한 조항 또는 이벤트의 항목만 표시하거나 전체 데이터 세트 파일을 표시</translation>
    </message>
    <message>
        <source>Source shown</source>
        <translation>표시할 소스</translation>
    </message>
    <message>
        <source>Dataset source</source>
        <translation>데이터 세트 소스</translation>
    </message>
    <message>
        <source>No dataset is open.</source>
        <translation>열려 있는 데이터 세트가 없습니다.</translation>
    </message>
    <message>
        <source>Select a clause or an event to see its entry in the dataset file.</source>
        <translation>조항이나 이벤트를 선택하면 데이터 세트 파일의 해당 항목이 표시됩니다.</translation>
    </message>
    <message>
        <source>“%1” groups entries and has none of its own in the dataset file. Select one of its clauses or events, or show the whole dataset.</source>
        <translation>“%1”은(는) 항목을 묶는 그룹이며 데이터 세트 파일에 자체 항목이 없습니다. 그 안의 조항이나 이벤트를 선택하거나 전체 데이터 세트를 표시하세요.</translation>
    </message>
    <message>
        <source>%1 · lines %2–%3</source>
        <translation>%1 · %2–%3행</translation>
    </message>
    <message>
        <source>%1 · %2, lines %3–%4</source>
        <translation>%1 · %2, %3–%4행</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n lines</source>
        <translation>
            <numerusform>%1 · %n행</numerusform>
        </translation>
    </message>
    <message>
        <source>Scenario (editable)</source>
        <translation>시나리오(편집 가능)</translation>
    </message>
    <message>
        <source>Show the selected clause&apos;s or event&apos;s entry, the whole dataset file, or the current scenario as JSON to edit and apply</source>
        <translation>선택한 조항이나 이벤트의 항목, 전체 데이터 세트 파일 또는 편집하고 적용할 수 있는 JSON 형식의 현재 시나리오 표시</translation>
    </message>
</context>
<context>
    <name>Dealscope::StartPage</name>
    <message>
        <source>The deal at a glance</source>
        <translation>계약 한눈에 보기</translation>
    </message>
    <message>
        <source>the end of %1</source>
        <translation>%1년 말</translation>
    </message>
    <message>
        <source>The dataset has no version of the agreement yet.</source>
        <translation>데이터 세트에 아직 계약 버전이 없습니다.</translation>
    </message>
    <message>
        <source>Version shown: %1, %2.</source>
        <translation>표시된 버전: %1, %2.</translation>
    </message>
    <message>
        <source>Every line links to its clause; select it to see the details and sources.</source>
        <translation>각 줄은 해당 조항으로 연결됩니다. 선택하면 세부 정보와 출처가 표시됩니다.</translation>
    </message>
    <message>
        <source>Facts checked on %1.</source>
        <translation>사실 확인일: %1.</translation>
    </message>
    <message>
        <source>Who gets what</source>
        <translation>누가 무엇을 얻는가</translation>
    </message>
    <message>
        <source>No clause is in force as of this version.</source>
        <translation>이 버전 기준으로 유효한 조항이 없습니다.</translation>
    </message>
    <message>
        <source>confidence %1</source>
        <translation>신뢰도 %1</translation>
    </message>
    <message>
        <source>no end date stated</source>
        <translation>종료일 명시 없음</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>%1까지</translation>
    </message>
    <message>
        <source>until the earlier of %1</source>
        <translation>%1 중 먼저 도래하는 시점까지</translation>
    </message>
    <message>
        <source>%1 (assumed for %2)</source>
        <translation>%1(%2로 가정)</translation>
    </message>
    <message>
        <source>%1 (no date known)</source>
        <translation>%1(날짜 미상)</translation>
    </message>
    <message>
        <source>Key dates</source>
        <translation>주요 날짜</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <source>Figures: %1</source>
        <translation>수치: %1</translation>
    </message>
    <message>
        <source>these terms run out:</source>
        <translation>다음 조항이 만료됨:</translation>
    </message>
    <message>
        <source>assumed for %1</source>
        <translation>%1로 가정</translation>
    </message>
    <message>
        <source>no date known</source>
        <translation>날짜 미상</translation>
    </message>
    <message>
        <source>these terms end then:</source>
        <translation>그때 종료되는 조항:</translation>
    </message>
    <message>
        <source>What changed on %1</source>
        <translation>%1 변경 사항</translation>
    </message>
    <message>
        <source>Compared with %1, %2.</source>
        <translation>%1(%2) 대비.</translation>
    </message>
    <message>
        <source>This version changed no clause.</source>
        <translation>이 버전에서 변경된 조항은 없습니다.</translation>
    </message>
    <message>
        <source>Still unknown</source>
        <translation>아직 알 수 없는 것</translation>
    </message>
    <message>
        <source>The dataset lists no open question for this version.</source>
        <translation>데이터 세트에 이 버전에 대한 미해결 문제가 없습니다.</translation>
    </message>
    <message>
        <source>Clauses:</source>
        <translation>조항:</translation>
    </message>
    <message>
        <source>still standing: confidence %1</source>
        <extracomment>How sure it is that a clause still stands as of the version shown, when that differs from the clause&apos;s</extracomment>
        <translation>여전히 유효: 신뢰도 %1</translation>
    </message>
    <message>
        <source>Conflicting reports</source>
        <translation>상충되는 보도</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>알 수 없음</translation>
    </message>
</context>
<context>
    <name>Dealscope::TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>타임라인</translation>
    </message>
    <message>
        <source>Clauses of the agreement as bars from start to end, and events as markers, in one lane per category</source>
        <translation>계약 조항은 시작부터 끝까지 막대로, 이벤트는 표식으로, 범주마다 한 레인씩 표시</translation>
    </message>
    <message>
        <source>an unresolved milestone</source>
        <translation>미해결 마일스톤</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 또는 </translation>
    </message>
    <message>
        <source>No end stated: runs on indefinitely.</source>
        <translation>종료 규정 없음: 무기한 계속됩니다.</translation>
    </message>
    <message>
        <source>Ends %1.</source>
        <translation>%1에 종료.</translation>
    </message>
    <message>
        <source>Ends at the milestone &quot;%1&quot;; no date is known.</source>
        <translation>마일스톤 “%1”에서 종료. 날짜는 알 수 없습니다.</translation>
    </message>
    <message>
        <source>Ends at the earlier of &quot;%1&quot; and %2.</source>
        <translation>“%1”과(와) %2 중 이른 시점에 종료.</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>날짜: %1</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>%1부터</translation>
    </message>
    <message>
        <source>Confidence: %1</source>
        <translation>신뢰도: %1</translation>
    </message>
    <message>
        <source>a milestone</source>
        <translation>마일스톤</translation>
    </message>
    <message>
        <source>until %1 · date unknown</source>
        <translation>%1까지 · 날짜 미정</translation>
    </message>
    <message>
        <source>or sooner, at %1</source>
        <translation>또는 %1 시점에 조기 종료</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <source>Assume AGI Verified in %1</source>
        <translation>AGI 검증을 %1년으로 가정</translation>
    </message>
    <message>
        <source>Do Not Assume AGI Verification</source>
        <translation>AGI 검증을 가정하지 않음</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>이벤트 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clause(s)</source>
        <translation>
            <numerusform>조항 %n개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dealscope::UndoAction</name>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>%1 실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>%1 다시 실행(&amp;R)</translation>
    </message>
</context>
<context>
    <name>Dealscope::UnsavedScenarioPrompt</name>
    <message>
        <source>Unsaved Scenario</source>
        <translation>저장되지 않은 시나리오</translation>
    </message>
    <message>
        <source>The scenario has changes that are not saved to a file.</source>
        <translation>시나리오에 파일로 저장되지 않은 변경 사항이 있습니다.</translation>
    </message>
    <message>
        <source>Save them before closing? Discarded changes cannot be recovered.</source>
        <translation>닫기 전에 저장하시겠습니까? 버린 변경 사항은 복구할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>Dealscope::UserGuideWindow</name>
    <message>
        <source>Dealscope User Guide</source>
        <translation>Dealscope 사용자 가이드</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>뒤로</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>앞으로</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>목차</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>사용자 가이드</translation>
    </message>
</context>
<context>
    <name>Dealscope::VersionAnnouncer</name>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>신규 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n amended</source>
        <translation>
            <numerusform>수정됨 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ended</source>
        <translation>
            <numerusform>종료됨 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not restated</source>
        <translation>
            <numerusform>재명시 안 됨 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Now showing %1: no clause changed</source>
        <translation>%1 표시 중: 변경된 조항 없음</translation>
    </message>
    <message>
        <source>Now showing %1: %2</source>
        <translation>%1 표시 중: %2</translation>
    </message>
</context>
<context>
    <name>Dealscope::VersionComparison</name>
    <message>
        <source>no end stated</source>
        <translation>종료 명시 없음</translation>
    </message>
    <message>
        <source>through %1</source>
        <translation>%1년까지</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>%1까지</translation>
    </message>
    <message>
        <source>%1, whichever comes first</source>
        <translation>%1 중 먼저 도래하는 시점</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 또는 </translation>
    </message>
    <message>
        <source>Added</source>
        <translation>추가됨</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>종료됨</translation>
    </message>
    <message>
        <source>Amended</source>
        <translation>수정됨</translation>
    </message>
    <message>
        <source>Not restated</source>
        <translation>재명시 안 됨</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>문구</translation>
    </message>
    <message>
        <source>End</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>출처</translation>
    </message>
</context>
<context>
    <name>Dealscope::WindowPages</name>
    <message>
        <source>At a Glance</source>
        <translation>한눈에 보기</translation>
    </message>
    <message>
        <source>Explorer</source>
        <translation>탐색기</translation>
    </message>
    <message>
        <source>Scenario (illustrative)</source>
        <translation>시나리오(예시)</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>기사</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>비교</translation>
    </message>
    <message>
        <source>Open Questions</source>
        <translation>미해결 문제</translation>
    </message>
    <message>
        <source>The Deal at a &amp;Glance</source>
        <translation>계약 한눈에 보기(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Explorer</source>
        <translation>탐색기(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Scenario</source>
        <translation>시나리오(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Articles</source>
        <translation>기사(&amp;A)</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>비교(&amp;O)</translation>
    </message>
    <message>
        <source>Open &amp;Questions</source>
        <translation>미해결 문제(&amp;Q)</translation>
    </message>
    <message>
        <source>What each party gets, the key dates, what changed last and what is still unknown</source>
        <translation>각 당사자가 얻는 것, 주요 날짜, 최근 변경 사항, 아직 알려지지 않은 것</translation>
    </message>
    <message>
        <source>The clauses, their timeline and the details of the selected one</source>
        <translation>조항, 타임라인, 선택한 항목의 세부 정보</translation>
    </message>
    <message>
        <source>An illustrative model of Azure revenue under the agreement&apos;s terms</source>
        <translation>계약 조건에 따른 Azure 매출의 예시 모델</translation>
    </message>
    <message>
        <source>Explainer articles on the agreement and its amendment</source>
        <translation>계약과 그 개정에 관한 해설 기사</translation>
    </message>
    <message>
        <source>Two versions of the agreement compared, wording beside wording</source>
        <translation>계약의 두 버전을 문구끼리 나란히 비교</translation>
    </message>
    <message>
        <source>Every point the sources disagree on or leave unknown, with each claim and its sources</source>
        <translation>출처 간에 의견이 다르거나 알려지지 않은 모든 점을 각 주장과 출처와 함께 보여 줍니다</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>페이지</translation>
    </message>
</context>
<context>
    <name>Dealscope::ZoomActions</name>
    <message>
        <source>Zoom &amp;In</source>
        <translation>확대(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>축소(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Fit Selection</source>
        <translation>선택 영역에 맞춤(&amp;F)</translation>
    </message>
    <message>
        <source>Fit the selected clauses and events across the timeline, or everything</source>
        <translation>선택한 조항과 이벤트(선택이 없으면 전체)를 타임라인 너비에 맞춤</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>확대/축소 재설정(&amp;R)</translation>
    </message>
    <message>
        <source>Back to the whole timeline, as it opens</source>
        <translation>열었을 때처럼 전체 타임라인 보기로 돌아가기</translation>
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
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Window</source>
        <translation>창(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Open Dataset…</source>
        <translation>데이터 세트 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open another agreement described in the Dealscope dataset format</source>
        <translation>Dealscope 데이터 세트 형식으로 작성된 다른 계약 열기</translation>
    </message>
    <message>
        <source>Open &amp;Bundled Dataset</source>
        <translation>기본 제공 데이터 세트 열기(&amp;B)</translation>
    </message>
    <message>
        <source>Return to the Microsoft–OpenAI dataset that ships with Dealscope</source>
        <translation>Dealscope와 함께 제공되는 Microsoft–OpenAI 데이터 세트로 돌아가기</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>찾기(&amp;F)…</translation>
    </message>
    <message>
        <source>Find clauses and events by title, wording or source</source>
        <translation>제목, 문구 또는 출처로 조항과 이벤트 찾기</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>다음 찾기(&amp;N)</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>이전 찾기(&amp;V)</translation>
    </message>
    <message>
        <source>F&amp;ilter Clauses</source>
        <translation>조항 필터(&amp;I)</translation>
    </message>
    <message>
        <source>Show only the clauses and events that match a text</source>
        <translation>텍스트와 일치하는 조항과 이벤트만 표시</translation>
    </message>
    <message>
        <source>&amp;Previous Version</source>
        <translation>이전 버전(&amp;P)</translation>
    </message>
    <message>
        <source>Show the agreement as the previous version left it</source>
        <translation>이전 버전 시점의 계약 표시</translation>
    </message>
    <message>
        <source>&amp;Next Version</source>
        <translation>다음 버전(&amp;N)</translation>
    </message>
    <message>
        <source>Show the agreement as the next version left it</source>
        <translation>다음 버전 시점의 계약 표시</translation>
    </message>
    <message>
        <source>Ass&amp;ume AGI Verification…</source>
        <translation>AGI 검증 가정(&amp;A)…</translation>
    </message>
    <message>
        <source>Assume a year for the verification of AGI, so that terms ending then get a date</source>
        <translation>AGI 검증 연도를 가정하여 그때 끝나는 조건에 날짜를 부여</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>레이아웃 재설정(&amp;R)</translation>
    </message>
    <message>
        <source>Put the docks and toolbars back where they were at first start</source>
        <translation>도킹 창과 도구 모음을 처음 시작할 때의 위치로 되돌리기</translation>
    </message>
    <message>
        <source>&amp;About Dealscope</source>
        <translation>Dealscope 정보(&amp;A)</translation>
    </message>
    <message>
        <source>Show &amp;Changes</source>
        <translation>변경 사항 표시(&amp;C)</translation>
    </message>
    <message>
        <source>Mark what the selected version introduced, amended, ended or did not restate</source>
        <translation>선택한 버전에서 신설, 수정, 종료되거나 재명시되지 않은 내용을 표시</translation>
    </message>
    <message>
        <source>&amp;Export Chart…</source>
        <translation>차트 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the scenario chart shown as PNG, SVG or PDF</source>
        <translation>표시된 시나리오 차트를 PNG, SVG 또는 PDF로 저장</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export &amp;Timeline…</source>
        <translation>타임라인 내보내기(&amp;T)…</translation>
    </message>
    <message>
        <source>Save the timeline as PNG, SVG or PDF</source>
        <translation>타임라인을 PNG, SVG 또는 PDF로 저장</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>Export T&amp;able…</source>
        <translation>표 내보내기(&amp;A)…</translation>
    </message>
    <message>
        <source>Save a table (projection, sensitivity, fan, clauses or events) as CSV</source>
        <translation>표(예측, 민감도, 팬 차트, 조항 또는 이벤트)를 CSV로 저장</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation>보고서 내보내기(&amp;R)…</translation>
    </message>
    <message>
        <source>Save a PDF report: clauses in force, timeline, scenario charts and sources</source>
        <translation>PDF 보고서 저장: 유효한 조항, 타임라인, 시나리오 차트 및 출처</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>인쇄(&amp;P)…</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Print the timeline, or the scenario chart when the Scenario view is shown, with a preview</source>
        <translation>타임라인(시나리오 보기가 표시되어 있으면 시나리오 차트)을 미리 보기와 함께 인쇄</translation>
    </message>
</context>
</TS>
