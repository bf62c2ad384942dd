<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi" sourcelanguage="en">
<context>
    <name>Dealscope</name>
    <message>
        <source>Not yet agreed</source>
        <translation>अभी सहमति नहीं</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>लागू</translation>
    </message>
    <message>
        <source>Not restated</source>
        <translation>दोहराया नहीं गया</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>समाप्त</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>अवधि समाप्त</translation>
    </message>
    <message>
        <source>New</source>
        <translation>नया</translation>
    </message>
    <message>
        <source>Reaffirmed</source>
        <translation>पुनः पुष्ट</translation>
    </message>
    <message>
        <source>Amended</source>
        <translation>संशोधित</translation>
    </message>
    <message>
        <source>official text (company post, filing, earnings call)</source>
        <translation>आधिकारिक पाठ (कंपनी की पोस्ट, नियामक फ़ाइलिंग, आय कॉल)</translation>
    </message>
    <message>
        <source>several independent reports agree</source>
        <translation>कई स्वतंत्र रिपोर्टें सहमत हैं</translation>
    </message>
    <message>
        <source>a single or weak source, or sources disagree</source>
        <translation>एक ही या कमज़ोर स्रोत, या स्रोतों में असहमति</translation>
    </message>
    <message>
        <source>not verified: treat as unknown</source>
        <translation>सत्यापित नहीं: अज्ञात मानें</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>निवेश</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>समझौता</translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation>संशोधन</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>वक्तव्य</translation>
    </message>
    <message>
        <source>Cloud deal</source>
        <translation>क्लाउड सौदा</translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation>आय</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>विवाद</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>शासन</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>उत्पाद</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>वित्त पोषण</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>कानूनी</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>रिपोर्ट</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>बाद का</translation>
    </message>
</context>
<context>
    <name>Dealscope::AgreementModel</name>
    <message>
        <source>Clause</source>
        <translation>खंड</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>विश्वसनीयता</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>घटनाएँ</translation>
    </message>
    <message>
        <source>Dated events around the agreement</source>
        <translation>समझौते से जुड़ी दिनांकित घटनाएँ</translation>
    </message>
    <message>
        <source>Ended %1</source>
        <translation>%1 को समाप्त</translation>
    </message>
    <message>
        <source>end of %1</source>
        <translation>%1 का अंत</translation>
    </message>
    <message>
        <source>No end stated</source>
        <translation>कोई समाप्ति नहीं बताई गई</translation>
    </message>
    <message>
        <source>At %1 (no date)</source>
        <translation>%1 पर (कोई तिथि नहीं)</translation>
    </message>
    <message>
        <source> or </source>
        <translation> या </translation>
    </message>
    <message>
        <source>%1, or %2 if earlier</source>
        <translation>%1, या %2 यदि वह पहले हो</translation>
    </message>
    <message>
        <source>Ends: %1</source>
        <translation>समाप्ति: %1</translation>
    </message>
    <message>
        <source>Confidence: %1</source>
        <translation>विश्वसनीयता: %1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>स्रोत: %1</translation>
    </message>
    <message>
        <source>English text; no %1 translation</source>
        <translation>अंग्रेज़ी पाठ; %1 में अनुवाद उपलब्ध नहीं</translation>
    </message>
    <message>
        <source>When a clause ends; when an event happened</source>
        <translation>खंड कब समाप्त होता है; घटना कब हुई</translation>
    </message>
    <message>
        <source>What the selected version did: new, amended, ended or not restated</source>
        <translation>चयनित संस्करण ने क्या किया: नया, संशोधित, समाप्त या दोहराया नहीं गया</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>बदलाव</translation>
    </message>
    <message>
        <source>Ends / date</source>
        <translation>समाप्ति / तिथि</translation>
    </message>
    <message>
        <source>In this version: %1</source>
        <translation>इस संस्करण में: %1</translation>
    </message>
    <message>
        <source>New in the selected version</source>
        <translation>चयनित संस्करण में नया</translation>
    </message>
    <message>
        <source>After the selected version (%1)</source>
        <translation>चयनित संस्करण (%1) के बाद</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>स्तर %1</translation>
    </message>
    <message>
        <source>Level %1, in %2</source>
        <translation>स्तर %1, %2 में</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>तिथि: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>स्थिति: %1</translation>
    </message>
    <message>
        <source>No end</source>
        <translation>कोई समाप्ति नहीं</translation>
    </message>
    <message>
        <source>by %1</source>
        <comment>the latest a clause can end; a milestone may end it earlier</comment>
        <translation>%1 तक</translation>
    </message>
</context>
<context>
    <name>Dealscope::AgreementStatusLine</name>
    <message>
        <source>AGI verification assumed in %1</source>
        <translation>AGI सत्यापन %1 में माना गया</translation>
    </message>
    <message>
        <source>AGI verification unresolved</source>
        <translation>AGI सत्यापन अनिर्णीत</translation>
    </message>
    <message>
        <source>facts checked %1</source>
        <translation>तथ्यों की जाँच %1</translation>
    </message>
    <message numerus="yes">
        <source>As of %1 (%2): %n clause(s) in force or not restated</source>
        <translation>
            <numerusform>%1 (%2) के अनुसार: %n खंड लागू है या दोहराया नहीं गया</numerusform>
            <numerusform>%1 (%2) के अनुसार: %n खंड लागू हैं या दोहराए नहीं गए</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dealscope::ArticleView</name>
    <message>
        <source>Parallel</source>
        <translation>साथ-साथ</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>लेख</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <source>Show a second language side by side, paragraph by paragraph</source>
        <translation>दूसरी भाषा को अनुच्छेद-दर-अनुच्छेद साथ-साथ दिखाएँ</translation>
    </message>
    <message>
        <source>Second language</source>
        <translation>दूसरी भाषा</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>लेख का पाठ</translation>
    </message>
    <message>
        <source>Find in article…</source>
        <translation>लेख में ढूँढें…</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>पिछला</translation>
    </message>
    <message>
        <source>Find previous (Shift+Enter)</source>
        <translation>पिछला ढूँढें (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>अगला</translation>
    </message>
    <message>
        <source>Find next (Enter)</source>
        <translation>अगला ढूँढें (Enter)</translation>
    </message>
    <message>
        <source>No articles are available.</source>
        <translation>कोई लेख उपलब्ध नहीं है।</translation>
    </message>
    <message>
        <source>The %1 version cannot be shown: %2</source>
        <translation>%1 संस्करण नहीं दिखाया जा सकता: %2</translation>
    </message>
    <message>
        <source>This article cannot be shown.</source>
        <translation>यह लेख नहीं दिखाया जा सकता।</translation>
    </message>
    <message>
        <source>English: not translated</source>
        <translation>अंग्रेज़ी: अनुवाद नहीं हुआ</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>कोई मिलान नहीं</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n मिलान</numerusform>
            <numerusform>%n मिलान</numerusform>
        </translation>
    </message>
    <message>
        <source>Find in article</source>
        <translation>लेख में ढूँढें</translation>
    </message>
</context>
<context>
    <name>Dealscope::AutosaveStore</name>
    <message>
        <source>cannot create %1</source>
        <translation>%1 बनाया नहीं जा सकता</translation>
    </message>
    <message>
        <source>cannot lock %1</source>
        <translation>%1 लॉक नहीं किया जा सकता</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 लिखा नहीं जा सकता: %2</translation>
    </message>
</context>
<context>
    <name>Dealscope::ChartValueText</name>
    <message>
        <source>$%1 B</source>
        <translation>$%1 अरब</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a number and its unit</comment>
        <translation>%1 %2</translation>
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
        <translation>खंड और घटनाएँ फ़िल्टर करें…</translation>
    </message>
    <message>
        <source>Keep the clauses and events whose title, wording or source contains every word</source>
        <translation>केवल वे खंड और घटनाएँ रखें जिनके शीर्षक, पाठ या स्रोत में हर शब्द मौजूद हो</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>खंड</translation>
    </message>
    <message>
        <source>Filter clauses and events</source>
        <translation>खंड और घटनाएँ फ़िल्टर करें</translation>
    </message>
</context>
<context>
    <name>Dealscope::CompareController</name>
    <message>
        <source>Export Changes</source>
        <translation>परिवर्तन निर्यात करें</translation>
    </message>
    <message>
        <source>Redline PDF (*.pdf);;CSV table (*.csv)</source>
        <translation>परिवर्तन-चिह्नित PDF (*.pdf);;CSV तालिका (*.csv)</translation>
    </message>
    <message>
        <source>Compare &amp;Versions…</source>
        <translation>संस्करणों की तुलना करें(&amp;V)…</translation>
    </message>
    <message>
        <source>Compare two versions of the agreement, wording beside wording</source>
        <translation>समझौते के दो संस्करणों की तुलना करें, शब्दावली के साथ शब्दावली</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>तुलना</translation>
    </message>
    <message>
        <source>Outline an Earlier Version on the &amp;Timeline</source>
        <translation>पहले के संस्करण की रूपरेखा &amp;टाइमलाइन पर दिखाएँ</translation>
    </message>
    <message>
        <source>Outline on the timeline each term as %1 had it,
to compare with %2 (%3)</source>
        <translation>टाइमलाइन पर हर अवधि की रूपरेखा वैसी दिखाएँ जैसी %1 में थी,
%2 से तुलना के लिए (%3)</translation>
    </message>
    <message>
        <source>Outline on the timeline each term as the version before had it (%1)</source>
        <translation>टाइमलाइन पर हर अवधि की रूपरेखा वैसी दिखाएँ जैसी पिछले संस्करण में थी (%1)</translation>
    </message>
</context>
<context>
    <name>Dealscope::CompareView</name>
    <message>
        <source>All changes</source>
        <translation>सभी परिवर्तन</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>जोड़े गए</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>समाप्त</translation>
    </message>
    <message>
        <source>Amended</source>
        <translation>संशोधित</translation>
    </message>
    <message>
        <source>Not restated</source>
        <translation>दोहराए नहीं गए</translation>
    </message>
    <message>
        <source>New events</source>
        <translation>नई घटनाएँ</translation>
    </message>
    <message>
        <source>Version &amp;A:</source>
        <translation>संस्करण &amp;A:</translation>
    </message>
    <message>
        <source>Version &amp;B:</source>
        <translation>संस्करण &amp;B:</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>दिखाएँ(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>निर्यात करें(&amp;E)…</translation>
    </message>
    <message>
        <source>Save this comparison as a redline PDF or as a CSV table</source>
        <translation>इस तुलना को परिवर्तन-चिह्नित PDF या CSV तालिका के रूप में सहेजें</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>अदला-बदली</translation>
    </message>
    <message>
        <source>Swap versions A and B</source>
        <translation>संस्करण A और B की अदला-बदली करें</translation>
    </message>
    <message>
        <source>Version A</source>
        <translation>संस्करण A</translation>
    </message>
    <message>
        <source>The earlier version: its wording is struck through where B differs</source>
        <translation>पहले का संस्करण: जहाँ B अलग है, वहाँ इसकी शब्दावली काटी जाती है</translation>
    </message>
    <message>
        <source>Version B</source>
        <translation>संस्करण B</translation>
    </message>
    <message>
        <source>The later version: its wording is underlined where it differs from A</source>
        <translation>बाद का संस्करण: जहाँ यह A से अलग है, वहाँ इसकी शब्दावली रेखांकित है</translation>
    </message>
    <message>
        <source>Kind of change</source>
        <translation>परिवर्तन का प्रकार</translation>
    </message>
    <message>
        <source>Changes between versions A and B</source>
        <translation>संस्करण A और B के बीच परिवर्तन</translation>
    </message>
</context>
<context>
    <name>Dealscope::DetailsFormatter</name>
    <message>
        <source>%1 — parts range from %2 to %3</source>
        <translation>%1 — भाग %2 से लेकर %3 तक</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>लगभग %1</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>अधिकतम %1</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>%1 से अधिक</translation>
    </message>
    <message>
        <source>See:</source>
        <translation>देखें:</translation>
    </message>
    <message>
        <source>Conflicting reports</source>
        <translation>परस्पर विरोधी रिपोर्टें</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>अज्ञात</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>%1 के अनुसार</translation>
    </message>
    <message>
        <source>As first agreed:</source>
        <translation>जैसा पहली बार सहमत हुआ:</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>अवधि</translation>
    </message>
    <message>
        <source>not yet agreed</source>
        <translation>अभी सहमति नहीं</translation>
    </message>
    <message>
        <source>This end depends on a milestone with no known date: %1. Assume a date under View › Assume AGI Verification to see the term end there.</source>
        <translation>यह समाप्ति एक ऐसे पड़ाव पर निर्भर है जिसकी तिथि ज्ञात नहीं है: %1। अवधि को वहाँ समाप्त होते देखने के लिए दृश्य › AGI सत्यापन मानें में एक तिथि मान लें।</translation>
    </message>
    <message>
        <source> or </source>
        <translation> या </translation>
    </message>
    <message>
        <source>History</source>
        <translation>इतिहास</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>विश्वसनीयता</translation>
    </message>
    <message>
        <source>Open questions</source>
        <translation>खुले प्रश्न</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>टिप्पणियाँ</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>आँकड़े</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>खंड</translation>
    </message>
    <message>
        <source>Facts last checked on %1.</source>
        <translation>तथ्यों की पिछली जाँच %1 को की गई।</translation>
    </message>
    <message>
        <source>Select a clause or an event in the tree or on the timeline to see its terms, history, confidence and sources.</source>
        <translation>शर्तें, इतिहास, विश्वसनीयता और स्रोत देखने के लिए ट्री में या समयरेखा पर कोई खंड या घटना चुनें।</translation>
    </message>
    <message>
        <source>Ended on %1</source>
        <translation>%1 को समाप्त हुआ</translation>
    </message>
    <message>
        <source>Expired on %1</source>
        <translation>%1 को अवधि समाप्त हुई</translation>
    </message>
    <message>
        <source>The last wording was:</source>
        <translation>अंतिम पाठ यह था:</translation>
    </message>
    <message>
        <source>Later than the selected version (%1).</source>
        <translation>चयनित संस्करण (%1) के बाद का।</translation>
    </message>
    <message>
        <source>Versions: %1 · Clauses: %2 · Dated events: %3 · Open questions: %4 · Sources: %5</source>
        <translation>संस्करण: %1 · खंड: %2 · दिनांकित घटनाएँ: %3 · खुले प्रश्न: %4 · स्रोत: %5</translation>
    </message>
</context>
<context>
    <name>Dealscope::DetailsPane</name>
    <message>
        <source>Details</source>
        <translation>विवरण</translation>
    </message>
</context>
<context>
    <name>Dealscope::DocumentAccessible</name>
    <message>
        <source>Link: %1</source>
        <translation>लिंक: %1</translation>
    </message>
</context>
<context>
    <name>Dealscope::ExportText</name>
    <message>
        <source>%1: choose a .png, .svg or .pdf file</source>
        <translation>%1: कोई .png, .svg या .pdf फ़ाइल चुनें</translation>
    </message>
    <message>
        <source>this dataset has no scenario model</source>
        <translation>इस डेटासेट में कोई परिदृश्य मॉडल नहीं है</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>%1 निर्यात करें</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Dark colours instead of paper</source>
        <translation>कागज़ी रंगों के बजाय गहरे रंग</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>चौड़ाई:</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>ऊँचाई:</translation>
    </message>
    <message>
        <source>Resolution (dpi):</source>
        <translation>रिज़ॉल्यूशन (dpi):</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>निर्यात विफल रहा</translation>
    </message>
    <message>
        <source>This dataset has no scenario model, so there is no chart to export.</source>
        <translation>इस डेटासेट में कोई परिदृश्य मॉडल नहीं है, इसलिए निर्यात करने के लिए कोई चार्ट नहीं है।</translation>
    </message>
    <message>
        <source>timeline</source>
        <translation>समयरेखा</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG छवि (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG ड्रॉइंग (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF दस्तावेज़ (*.pdf)</translation>
    </message>
    <message>
        <source>Yearly projection</source>
        <translation>वार्षिक प्रक्षेपण</translation>
    </message>
    <message>
        <source>Sensitivity (tornado)</source>
        <translation>संवेदनशीलता (टॉरनेडो)</translation>
    </message>
    <message>
        <source>AGI-year fan percentiles</source>
        <translation>AGI-वर्ष फ़ैन चार्ट के पर्सेंटाइल</translation>
    </message>
    <message>
        <source>Clauses as of the shown version</source>
        <translation>दिखाए गए संस्करण के अनुसार खंड</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>घटनाएँ</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>तालिका निर्यात करें</translation>
    </message>
    <message>
        <source>Table:</source>
        <translation>तालिका:</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV तालिका (*.csv)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>रिपोर्ट निर्यात करें</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>प्रिंट पूर्वावलोकन</translation>
    </message>
    <message>
        <source>--as-of &quot;%1&quot;: no such version (expected a date or one of %2)</source>
        <translation>--as-of &quot;%1&quot;: ऐसा कोई संस्करण नहीं (कोई तिथि या %2 में से एक अपेक्षित)</translation>
    </message>
    <message>
        <source>--preset &quot;%1&quot;: expected one of %2</source>
        <translation>--preset &quot;%1&quot;: %2 में से एक अपेक्षित</translation>
    </message>
    <message>
        <source>Default assumptions</source>
        <translation>डिफ़ॉल्ट धारणाएँ</translation>
    </message>
    <message>
        <source>--set %1=%2: out of range (%3 to %4%5)</source>
        <translation>--set %1=%2: सीमा से बाहर (%3 से %4%5)</translation>
    </message>
    <message>
        <source>, whole numbers</source>
        <translation>, केवल पूर्णांक</translation>
    </message>
    <message>
        <source>the dataset lacks the terms the scenario model needs: %1</source>
        <translation>डेटासेट में वे शर्तें नहीं हैं जिनकी परिदृश्य मॉडल को आवश्यकता है: %1</translation>
    </message>
    <message>
        <source>the dataset lacks the other terms to compare with: %1</source>
        <translation>डेटासेट में तुलना के लिए दूसरी शर्तें नहीं हैं: %1</translation>
    </message>
    <message>
        <source>Illustrative; made with Dealscope.</source>
        <translation>उदाहरणार्थ; Dealscope से बनाया गया।</translation>
    </message>
    <message>
        <source>%1 chart, %2, %3</source>
        <translation>%1 चार्ट, %2, %3</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 लिखा नहीं जा सकता: %2</translation>
    </message>
    <message>
        <source>a drawing cannot be written as CSV</source>
        <translation>ड्रॉइंग को CSV के रूप में नहीं लिखा जा सकता</translation>
    </message>
    <message>
        <source>Illustrative model of the agreement&apos;s terms, not a forecast and not advice.</source>
        <translation>समझौते की शर्तों का उदाहरणार्थ मॉडल; न पूर्वानुमान, न ही सलाह।</translation>
    </message>
    <message>
        <source>Dealscope %1 · %2, facts checked on %3.</source>
        <translation>Dealscope %1 · %2, तथ्यों की जाँच %3 को की गई।</translation>
    </message>
    <message>
        <source>Dashed: %1.</source>
        <translation>डैश रेखा: %1।</translation>
    </message>
    <message>
        <source>%1: clauses and events as of %2</source>
        <translation>%1: %2 के अनुसार खंड और घटनाएँ</translation>
    </message>
    <message>
        <source>Bars run from a term&apos;s start to its end; faded ends wait for a milestone such as AGI verification.</source>
        <translation>पट्टियाँ किसी शर्त के आरंभ से उसकी समाप्ति तक चलती हैं; फीके सिरे AGI सत्यापन जैसे किसी पड़ाव की प्रतीक्षा में हैं।</translation>
    </message>
    <message>
        <source>Not yet agreed</source>
        <translation>अभी सहमति नहीं</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>लागू</translation>
    </message>
    <message>
        <source>Not restated</source>
        <translation>दोहराया नहीं गया</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>समाप्त</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>अवधि समाप्त</translation>
    </message>
    <message>
        <source>No end stated</source>
        <translation>कोई समाप्ति नहीं बताई गई</translation>
    </message>
    <message>
        <source>At %1</source>
        <translation>%1 पर</translation>
    </message>
    <message>
        <source>%1, or earlier at %2</source>
        <translation>%1, या पहले %2 पर</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 वर्ष</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>धारणा</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>मान</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>डिफ़ॉल्ट</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>आधार</translation>
    </message>
    <message>
        <source>assumption</source>
        <translation>धारणा</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>सीमा</translation>
    </message>
    <message>
        <source>At minimum, $B</source>
        <translation>न्यूनतम पर, $ अरब</translation>
    </message>
    <message>
        <source>At maximum, $B</source>
        <translation>अधिकतम पर, $ अरब</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>संस्करण:</translation>
    </message>
    <message>
        <source>Facts checked on:</source>
        <translation>तथ्यों की जाँच की तिथि:</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>परिदृश्य:</translation>
    </message>
    <message>
        <source>Report made on:</source>
        <translation>रिपोर्ट बनाने की तिथि:</translation>
    </message>
    <message>
        <source>Made with Dealscope %1. The scenario figures are illustrative: neither a forecast nor legal or investment advice. Confidence codes: A official text, B several independent reports, C a single or weak source, X not verified.</source>
        <translation>Dealscope %1 से बनाया गया। परिदृश्य के आँकड़े उदाहरणार्थ हैं: न पूर्वानुमान, न ही कानूनी या निवेश सलाह। विश्वसनीयता कोड: A आधिकारिक पाठ, B कई स्वतंत्र रिपोर्टें, C एक ही या कमज़ोर स्रोत, X सत्यापित नहीं।</translation>
    </message>
    <message>
        <source>Clauses in force</source>
        <translation>लागू खंड</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>खंड</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>समाप्ति</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>विश्वसनीयता</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <source>%1 — report</source>
        <translation>%1 — रिपोर्ट</translation>
    </message>
    <message>
        <source>Azure stack by layer and revenue share</source>
        <translation>परत और राजस्व हिस्सेदारी के अनुसार Azure स्टैक</translation>
    </message>
    <message>
        <source>Comparison with the other terms</source>
        <translation>दूसरी शर्तों से तुलना</translation>
    </message>
    <message>
        <source>Solid: %1. Dashed: %2. Assumptions as in the table above.</source>
        <translation>ठोस रेखा: %1। डैश रेखा: %2। धारणाएँ ऊपर की तालिका के अनुसार।</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>संवेदनशीलता</translation>
    </message>
    <message>
        <source>AGI-year uncertainty</source>
        <translation>AGI-वर्ष की अनिश्चितता</translation>
    </message>
    <message>
        <source>cannot write %1: the PDF could not be started</source>
        <translation>%1 लिखा नहीं जा सकता: PDF शुरू नहीं की जा सकी</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>समयरेखा</translation>
    </message>
    <message>
        <source>Scenario: %1.</source>
        <translation>परिदृश्य: %1।</translation>
    </message>
    <message>
        <source>Amendment bridge, term by term</source>
        <translation>संशोधन ब्रिज, शर्त-दर-शर्त</translation>
    </message>
    <message>
        <source>--from &quot;%1&quot; --to &quot;%2&quot;: no such versions to compare (expected dates or two of %3)</source>
        <translation>--from &quot;%1&quot; --to &quot;%2&quot;: तुलना के लिए ऐसे संस्करण नहीं हैं (तिथियाँ या %3 में से दो अपेक्षित)</translation>
    </message>
    <message>
        <source>the bridge cannot use these terms: %1</source>
        <translation>ब्रिज इन शर्तों का उपयोग नहीं कर सकता: %1</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>शर्त</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>खंड</translation>
    </message>
    <message>
        <source>Microsoft total, $B</source>
        <translation>Microsoft कुल, अरब $</translation>
    </message>
    <message>
        <source>Revenue share, $B</source>
        <translation>राजस्व हिस्सेदारी, अरब $</translation>
    </message>
    <message>
        <source>Each step is the term&apos;s average effect over every order of switching the terms (its Shapley value), so the steps add up to the difference whatever their order.</source>
        <translation>हर चरण शर्तों को बदलने के हर क्रम पर उस शर्त का औसत प्रभाव (उसका शैप्ली मान) है, इसलिए क्रम चाहे जो हो, चरणों का योग अंतर के बराबर होता है।</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>क्या बदला</translation>
    </message>
    <message>
        <source>revenue by layer</source>
        <translation>परत के अनुसार राजस्व</translation>
    </message>
    <message>
        <source>revenue by layer, two scenarios compared</source>
        <translation>परत के अनुसार राजस्व, दो परिदृश्यों की तुलना</translation>
    </message>
    <message>
        <source>sensitivity (tornado)</source>
        <translation>संवेदनशीलता (टॉरनेडो)</translation>
    </message>
    <message>
        <source>AGI-year fan</source>
        <translation>AGI-वर्ष फ़ैन चार्ट</translation>
    </message>
    <message>
        <source>amendment bridge</source>
        <translation>संशोधन ब्रिज</translation>
    </message>
    <message>
        <source>Export chart: %1</source>
        <translation>चार्ट निर्यात करें: %1</translation>
    </message>
</context>
<context>
    <name>Dealscope::FanTableModel</name>
    <message>
        <source>Azure stack</source>
        <translation>Azure स्टैक</translation>
    </message>
    <message>
        <source>Revenue share</source>
        <translation>राजस्व हिस्सेदारी</translation>
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
        <translation>%1 की अलग रखी गई प्रतियाँ बहुत अधिक हैं</translation>
    </message>
</context>
<context>
    <name>Dealscope::GlossaryView</name>
    <message>
        <source>Search the glossary…</source>
        <translation>शब्दावली में खोजें…</translation>
    </message>
    <message>
        <source>Search the glossary</source>
        <translation>शब्दावली में खोजें</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>शब्दकोश</translation>
    </message>
    <message>
        <source>Also: %1</source>
        <translation>अन्य नाम: %1</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>स्रोत:</translation>
    </message>
    <message>
        <source>No term matches.</source>
        <translation>कोई शब्द मेल नहीं खाता।</translation>
    </message>
    <message numerus="yes">
        <source>%n term(s)</source>
        <translation>
            <numerusform>%n शब्द</numerusform>
            <numerusform>%n शब्द</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dealscope::HelpMenu</name>
    <message>
        <source>The Deal at a &amp;Glance</source>
        <translation>समझौता एक नज़र में(&amp;G)</translation>
    </message>
    <message>
        <source>What each party gets, the key dates, what changed last and what is still unknown</source>
        <translation>हर पक्ष को क्या मिलता है, मुख्य तारीखें, पिछली बार क्या बदला और क्या अभी अज्ञात है</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>उपयोगकर्ता गाइड(&amp;U)</translation>
    </message>
    <message>
        <source>Open the guide at the part about the pane you are in</source>
        <translation>गाइड को उस हिस्से पर खोलें जो आपके मौजूदा पैन के बारे में है</translation>
    </message>
    <message>
        <source>&amp;Legend</source>
        <translation>संकेत सूची(&amp;L)</translation>
    </message>
    <message>
        <source>What every badge, icon, shape and colour of the views means</source>
        <translation>दृश्यों के हर बैज, आइकन, आकार और रंग का अर्थ</translation>
    </message>
    <message>
        <source>Gl&amp;ossary</source>
        <translation>शब्दकोश(&amp;O)</translation>
    </message>
    <message>
        <source>The terms of the agreement and of the trade, explained</source>
        <translation>समझौते और उद्योग के शब्दों की व्याख्या</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>शब्दकोश</translation>
    </message>
    <message>
        <source>About Dealscope</source>
        <translation>Dealscope के बारे में</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Dealscope %1&lt;/h3&gt;&lt;p&gt;An explorer for business agreements: their clauses, versions and timeline.&lt;/p&gt;&lt;p&gt;The bundled dataset describes the Microsoft–OpenAI partnership from public sources; it is not legal or investment advice.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Dealscope %1&lt;/h3&gt;&lt;p&gt;व्यावसायिक समझौतों का एक्सप्लोरर: उनके खंड, संस्करण और समयरेखा।&lt;/p&gt;&lt;p&gt;साथ में दिया गया डेटासेट सार्वजनिक स्रोतों के आधार पर Microsoft–OpenAI साझेदारी का वर्णन करता है; यह कानूनी या निवेश सलाह नहीं है।&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Dealscope::ItemFinder</name>
    <message>
        <source>Found: %1</source>
        <translation>मिला: %1</translation>
    </message>
    <message>
        <source>Nothing matches “%1”</source>
        <translation>“%1” से कुछ भी मेल नहीं खाता</translation>
    </message>
</context>
<context>
    <name>Dealscope::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;भाषा</translation>
    </message>
    <message>
        <source>The language of the interface, the dataset texts and the articles</source>
        <translation>इंटरफ़ेस, डेटासेट के पाठों और लेखों की भाषा</translation>
    </message>
    <message>
        <source>System Default (%1)</source>
        <translation>सिस्टम डिफ़ॉल्ट (%1)</translation>
    </message>
</context>
<context>
    <name>Dealscope::LegendButton</name>
    <message>
        <source>Legend: what the badges, icons, shapes and lines mean</source>
        <translation>लेजेंड: बैज, आइकन, आकृतियों और रेखाओं का अर्थ</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>लेजेंड</translation>
    </message>
</context>
<context>
    <name>Dealscope::LegendDialog</name>
    <message>
        <source>Legend</source>
        <translation>लेजेंड</translation>
    </message>
</context>
<context>
    <name>Dealscope::LegendView</name>
    <message>
        <source>The version shown brought this clause in.</source>
        <translation>दिखाए गए संस्करण ने यह खंड जोड़ा।</translation>
    </message>
    <message>
        <source>The version shown confirmed the clause as it was.</source>
        <translation>दिखाए गए संस्करण ने खंड को यथावत पुष्ट किया।</translation>
    </message>
    <message>
        <source>The version shown changed the clause&apos;s wording or term.</source>
        <translation>दिखाए गए संस्करण ने खंड का शब्दांकन या अवधि बदली।</translation>
    </message>
    <message>
        <source>The version shown ended the clause.</source>
        <translation>दिखाए गए संस्करण ने खंड समाप्त किया।</translation>
    </message>
    <message>
        <source>The version shown did not mention the clause: it may still apply, but nobody has confirmed it.</source>
        <translation>दिखाए गए संस्करण में इस खंड का उल्लेख नहीं है: यह अब भी लागू हो सकता है, पर किसी ने इसकी पुष्टि नहीं की।</translation>
    </message>
    <message>
        <source>Agreed, but its term starts later; or not yet agreed as of the version shown.</source>
        <translation>सहमति हो चुकी है पर अवधि बाद में शुरू होती है; या दिखाए गए संस्करण तक सहमति नहीं हुई।</translation>
    </message>
    <message>
        <source>Applies as of the version shown.</source>
        <translation>दिखाए गए संस्करण के अनुसार लागू।</translation>
    </message>
    <message>
        <source>A later version did not mention the clause, so its status is unknown. It is shown as it last stood, with a dashed outline.</source>
        <translation>बाद के संस्करण में इस खंड का उल्लेख नहीं है, इसलिए इसकी स्थिति अज्ञात है। इसे अंतिम ज्ञात रूप में, धराशायी रूपरेखा के साथ दिखाया गया है।</translation>
    </message>
    <message>
        <source>A version ended the clause.</source>
        <translation>किसी संस्करण ने खंड समाप्त किया।</translation>
    </message>
    <message>
        <source>Its term ran out.</source>
        <translation>इसकी अवधि समाप्त हो गई।</translation>
    </message>
    <message>
        <source>Badges in the clause tree</source>
        <translation>खंड वृक्ष के बैज</translation>
    </message>
    <message>
        <source>The tree&apos;s columns say what the version shown did to each item, where it stands and how well its facts are sourced.</source>
        <translation>वृक्ष के स्तंभ बताते हैं कि दिखाए गए संस्करण ने हर मद के साथ क्या किया, उसकी स्थिति क्या है और उसके तथ्यों के स्रोत कितने पुख्ता हैं।</translation>
    </message>
    <message>
        <source>An event dated after the version shown: it was not yet known then. Its row is greyed.</source>
        <translation>दिखाए गए संस्करण के बाद की घटना: तब यह ज्ञात नहीं थी। इसकी पंक्ति धूसर दिखती है।</translation>
    </message>
    <message>
        <source>A range is coloured by its weaker end.</source>
        <translation>किसी सीमा का रंग उसके कमज़ोर छोर के अनुसार होता है।</translation>
    </message>
    <message>
        <source>Bars on the timeline</source>
        <translation>समयरेखा पर पट्टियाँ</translation>
    </message>
    <message>
        <source>Each clause is a bar from its start to its end, in the lane of its category.</source>
        <translation>हर खंड अपनी श्रेणी की लेन में आरंभ से अंत तक एक पट्टी है।</translation>
    </message>
    <message>
        <source>No end stated</source>
        <translation>कोई अंत नहीं बताया गया</translation>
    </message>
    <message>
        <source>The clause states no end: the arrow says it runs on.</source>
        <translation>खंड में कोई अंत नहीं बताया गया: तीर दर्शाता है कि यह जारी रहता है।</translation>
    </message>
    <message>
        <source>Known end</source>
        <translation>ज्ञात अंत</translation>
    </message>
    <message>
        <source>Ends on a known date, or on the date assumed for a milestone.</source>
        <translation>किसी ज्ञात तिथि पर, या किसी पड़ाव के लिए मानी गई तिथि पर समाप्त होता है।</translation>
    </message>
    <message>
        <source>Fading end</source>
        <translation>धुंधला होता अंत</translation>
    </message>
    <message>
        <source>Ends at a milestone, such as AGI verification, that nobody can date: solid up to today, then fading out.</source>
        <translation>AGI पुष्टि जैसे किसी पड़ाव पर समाप्त होता है जिसकी तिथि कोई नहीं जानता: आज तक ठोस, फिर धुंधला।</translation>
    </message>
    <message>
        <source>Hatched end</source>
        <translation>धारीदार अंत</translation>
    </message>
    <message>
        <source>Ends on a date at the latest, sooner if a milestone comes first: the part after today is hatched, and the dashed edge is the latest end.</source>
        <translation>अधिकतम किसी तिथि पर समाप्त होता है, पड़ाव पहले आए तो उससे पहले: आज के बाद का भाग धारीदार है और धराशायी किनारा अंतिम संभव अंत है।</translation>
    </message>
    <message>
        <source>Compared term</source>
        <translation>तुलना की गई अवधि</translation>
    </message>
    <message>
        <source>With the Compare toggle on, the dashed outline is the clause&apos;s term in the other version.</source>
        <translation>तुलना चालू होने पर धराशायी रूपरेखा दूसरे संस्करण में खंड की अवधि है।</translation>
    </message>
    <message>
        <source>Change icons on the timeline</source>
        <translation>समयरेखा पर बदलाव आइकन</translation>
    </message>
    <message>
        <source>With View › Show Changes on, a bar starts with what the version shown did to it.</source>
        <translation>दृश्य › बदलाव दिखाएँ चालू होने पर पट्टी की शुरुआत बताती है कि दिखाए गए संस्करण ने उसके साथ क्या किया।</translation>
    </message>
    <message>
        <source>Events on the timeline</source>
        <translation>समयरेखा पर घटनाएँ</translation>
    </message>
    <message>
        <source>Events are told apart by shape first, and by colour.</source>
        <translation>घटनाएँ पहले आकृति से और फिर रंग से पहचानी जाती हैं।</translation>
    </message>
    <message>
        <source>Hollow marker on a line</source>
        <translation>रेखा पर खोखला चिह्न</translation>
    </message>
    <message>
        <source>The date is known only to the month or the year: the line spans that period.</source>
        <translation>तिथि केवल महीने या वर्ष तक ज्ञात है: रेखा उस अवधि को दर्शाती है।</translation>
    </message>
    <message>
        <source>Diamond</source>
        <translation>हीरा</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>वृत्त</translation>
    </message>
    <message>
        <source>Cross</source>
        <translation>क्रॉस</translation>
    </message>
    <message>
        <source>Square</source>
        <translation>वर्ग</translation>
    </message>
    <message>
        <source>Triangle</source>
        <translation>त्रिभुज</translation>
    </message>
    <message>
        <source>An agreement or an amendment.</source>
        <translation>कोई समझौता या संशोधन।</translation>
    </message>
    <message>
        <source>Money: an investment, funding or earnings.</source>
        <translation>धन: निवेश, फ़ंडिंग या आय।</translation>
    </message>
    <message>
        <source>A dispute or a legal step.</source>
        <translation>कोई विवाद या कानूनी कदम।</translation>
    </message>
    <message>
        <source>A cloud deal or a product.</source>
        <translation>कोई क्लाउड सौदा या उत्पाद।</translation>
    </message>
    <message>
        <source>A statement, a governance change or a report.</source>
        <translation>कोई बयान, शासन में बदलाव या रिपोर्ट।</translation>
    </message>
    <message>
        <source>Lines on the timeline</source>
        <translation>समयरेखा पर रेखाएँ</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>आज</translation>
    </message>
    <message>
        <source>Today&apos;s date. After it, ends that wait for a milestone fade out or are hatched.</source>
        <translation>आज की तिथि। इसके बाद, पड़ाव की प्रतीक्षा करने वाले अंत धुंधले या धारीदार दिखते हैं।</translation>
    </message>
    <message>
        <source>Version shown</source>
        <translation>दिखाया गया संस्करण</translation>
    </message>
    <message>
        <source>The version the tree, the timeline and the details show the agreement as of; its month is in bold on the axis.</source>
        <translation>वह संस्करण जिसके अनुसार वृक्ष, समयरेखा और विवरण समझौता दिखाते हैं; इसका महीना अक्ष पर मोटे अक्षरों में है।</translation>
    </message>
    <message>
        <source>Other versions</source>
        <translation>अन्य संस्करण</translation>
    </message>
    <message>
        <source>Every other version of the agreement, with its month on the axis.</source>
        <translation>समझौते का हर अन्य संस्करण, अक्ष पर उसके महीने के साथ।</translation>
    </message>
</context>
<context>
    <name>Dealscope::LoadingPlaceholder</name>
    <message>
        <source>Loading…</source>
        <translation>लोड हो रहा है…</translation>
    </message>
</context>
<context>
    <name>Dealscope::MainWindow</name>
    <message>
        <source>Details</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>मुख्य टूलबार</translation>
    </message>
    <message>
        <source>As of:</source>
        <translation>संस्करण के अनुसार:</translation>
    </message>
    <message>
        <source>Show the agreement as this version left it</source>
        <translation>समझौते को इस संस्करण के बाद की स्थिति में दिखाएँ</translation>
    </message>
    <message>
        <source>Assume AGI verified in:</source>
        <translation>AGI सत्यापन का माना गया वर्ष:</translation>
    </message>
    <message>
        <source>not assumed</source>
        <translation>नहीं माना गया</translation>
    </message>
    <message>
        <source>Terms that end at AGI verification end at the start of this year, as in the scenario model. Nobody knows when, or whether, the expert panel will verify AGI.</source>
        <translation>जो शर्तें AGI सत्यापन पर समाप्त होती हैं, वे इस वर्ष की शुरुआत में समाप्त होंगी, जैसा कि परिदृश्य मॉडल में है। कोई नहीं जानता कि विशेषज्ञ पैनल AGI को कब सत्यापित करेगा, या करेगा भी या नहीं।</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>ढूँढें</translation>
    </message>
    <message>
        <source>Find clauses and events…</source>
        <translation>खंड और घटनाएँ ढूँढें…</translation>
    </message>
    <message>
        <source>Close Find Bar</source>
        <translation>खोज पट्टी बंद करें</translation>
    </message>
    <message>
        <source>%1 — Dealscope</source>
        <translation>%1 — Dealscope</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 खोला गया</translation>
    </message>
    <message>
        <source>Opened %1 (warnings: %2)</source>
        <translation>%1 खोला गया (चेतावनियाँ: %2)</translation>
    </message>
    <message>
        <source>Open Dataset</source>
        <translation>डेटासेट खोलें</translation>
    </message>
    <message>
        <source>Dealscope datasets (*.json);;All files (*)</source>
        <translation>Dealscope डेटासेट (*.json);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>Further problems: %1 (see the details).</source>
        <translation>अन्य समस्याएँ: %1 (विवरण देखें)।</translation>
    </message>
    <message>
        <source>Cannot Open Dataset</source>
        <translation>डेटासेट नहीं खोला जा सकता</translation>
    </message>
    <message>
        <source>%1 is not a valid Dealscope dataset. The current dataset stays open.</source>
        <translation>%1 एक मान्य Dealscope डेटासेट नहीं है। वर्तमान डेटासेट खुला रहेगा।</translation>
    </message>
    <message>
        <source>Could not autosave the scenario (%1); retrying every 30 seconds.</source>
        <translation>परिदृश्य को स्वतः सहेजा नहीं जा सका (%1); हर 30 सेकंड में फिर से प्रयास किया जा रहा है।</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 निर्यात किया गया</translation>
    </message>
    <message>
        <source>Next Pane</source>
        <translation>अगला पैनल</translation>
    </message>
    <message>
        <source>Move the focus to the next pane: toolbar, views, tree, timeline, details</source>
        <translation>फ़ोकस को अगले पैनल पर ले जाएँ: टूलबार, दृश्य, ट्री, समयरेखा, विवरण</translation>
    </message>
    <message>
        <source>Previous Pane</source>
        <translation>पिछला पैनल</translation>
    </message>
    <message>
        <source>Move the focus to the previous pane</source>
        <translation>फ़ोकस को पिछले पैनल पर ले जाएँ</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>फ़ोल्डर खोलें</translation>
    </message>
    <message>
        <source>Open the folder of the file just exported</source>
        <translation>अभी निर्यात की गई फ़ाइल का फ़ोल्डर खोलें</translation>
    </message>
    <message>
        <source>Details and source</source>
        <translation>विवरण और स्रोत</translation>
    </message>
    <message>
        <source>Find clauses and events</source>
        <translation>खंड और घटनाएँ ढूँढें</translation>
    </message>
</context>
<context>
    <name>Dealscope::MessageBar</name>
    <message>
        <source>Message</source>
        <translation>संदेश</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>खारिज करें</translation>
    </message>
</context>
<context>
    <name>Dealscope::OpenQuestionsHtml</name>
    <message>
        <source>Conflicting reports</source>
        <translation>परस्पर विरोधी रिपोर्टें</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>अज्ञात</translation>
    </message>
    <message>
        <source>confidence %1, no source</source>
        <translation>विश्वसनीयता %1, कोई स्रोत नहीं</translation>
    </message>
    <message>
        <source>confidence %1; sources:</source>
        <translation>विश्वसनीयता %1; स्रोत:</translation>
    </message>
    <message>
        <source>Clauses:</source>
        <translation>खंड:</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>स्रोत:</translation>
    </message>
</context>
<context>
    <name>Dealscope::OpenQuestionsView</name>
    <message>
        <source>All kinds</source>
        <translation>सभी प्रकार</translation>
    </message>
    <message>
        <source>Kind of open question</source>
        <translation>खुले प्रश्न का प्रकार</translation>
    </message>
    <message>
        <source>Filter open questions…</source>
        <translation>खुले प्रश्न फ़िल्टर करें…</translation>
    </message>
    <message>
        <source>Filter open questions</source>
        <translation>खुले प्रश्न फ़िल्टर करें</translation>
    </message>
    <message>
        <source>Open questions</source>
        <translation>खुले प्रश्न</translation>
    </message>
    <message>
        <source>No open question matches.</source>
        <translation>कोई खुला प्रश्न मेल नहीं खाता।</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 में से %1</translation>
    </message>
</context>
<context>
    <name>Dealscope::RedlineHtml</name>
    <message>
        <source>New event</source>
        <translation>नई घटना</translation>
    </message>
    <message>
        <source>Clause or event</source>
        <translation>खंड या घटना</translation>
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
        <translation>संस्करण B में नहीं</translation>
    </message>
    <message>
        <source>Not in version A</source>
        <translation>संस्करण A में नहीं</translation>
    </message>
    <message>
        <source>Ends: %1</source>
        <translation>समाप्ति: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>स्थिति: %1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>स्रोत: %1</translation>
    </message>
    <message>
        <source>Replaced by %1</source>
        <translation>%1 द्वारा प्रतिस्थापित</translation>
    </message>
    <message>
        <source>Replaces %1</source>
        <translation>%1 का स्थान लेता है</translation>
    </message>
    <message>
        <source>%1 only in version A; %2 only in version B.</source>
        <translation>%1 केवल संस्करण A में; %2 केवल संस्करण B में।</translation>
    </message>
    <message>
        <source>Struck through:</source>
        <translation>काटा गया:</translation>
    </message>
    <message>
        <source>underlined:</source>
        <translation>रेखांकित:</translation>
    </message>
    <message>
        <source>Version A:</source>
        <translation>संस्करण A:</translation>
    </message>
    <message>
        <source>Version B:</source>
        <translation>संस्करण B:</translation>
    </message>
    <message>
        <source>No clause or event differs between these versions.</source>
        <translation>इन संस्करणों के बीच कोई खंड या घटना अलग नहीं है।</translation>
    </message>
    <message>
        <source>Redline:</source>
        <translation>परिवर्तन:</translation>
    </message>
    <message>
        <source>Version A</source>
        <translation>संस्करण A</translation>
    </message>
    <message>
        <source>Version B</source>
        <translation>संस्करण B</translation>
    </message>
</context>
<context>
    <name>Dealscope::RedlinePdf</name>
    <message>
        <source>%1: changes from %2 to %3</source>
        <translation>%1: %2 से %3 तक के परिवर्तन</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 नहीं लिखा जा सका: %2</translation>
    </message>
</context>
<context>
    <name>Dealscope::ReportQuestions</name>
    <message>
        <source>Open questions</source>
        <translation>खुले प्रश्न</translation>
    </message>
    <message>
        <source>Conflicting reports and undisclosed terms (%1). They are shown as open, not as facts.</source>
        <translation>परस्पर विरोधी रिपोर्टें और अघोषित शर्तें (%1)। इन्हें तथ्य नहीं, खुले प्रश्नों के रूप में दिखाया गया है।</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioAssumptions</name>
    <message>
        <source>Azure revenue FY25</source>
        <translation>Azure राजस्व FY25</translation>
    </message>
    <message>
        <source>facts.md §3a: Azure FY25 more than $75B, +34% (A)</source>
        <translation>facts.md §3a: Azure FY25 $75 अरब से अधिक, +34% (A)</translation>
    </message>
    <message>
        <source>Azure growth, recent quarters</source>
        <translation>Azure वृद्धि, हाल की तिमाहियाँ</translation>
    </message>
    <message>
        <source>facts.md §3a: Azure growth 39–40% from FY25 Q4 to FY26 Q3 (A/B); shifts FY25 to calendar 2025 as × (1 + g)^0.5 (assumption)</source>
        <translation>facts.md §3a: FY25 Q4 से FY26 Q3 तक Azure वृद्धि 39–40% (A/B); FY25 को कैलेंडर वर्ष 2025 में × (1 + g)^0.5 से बदला गया है (धारणा)</translation>
    </message>
    <message>
        <source>Baseline growth 2026</source>
        <translation>आधार वृद्धि 2026</translation>
    </message>
    <message>
        <source>Assumption: 2026 growth of the Azure revenue OpenAI does not drive, below the 39–40% total of facts.md §3a, which includes AI</source>
        <translation>धारणा: Azure के उस राजस्व की 2026 की वृद्धि जो OpenAI से प्रेरित नहीं है, facts.md §3a के 39–40% कुल से कम, जिसमें AI शामिल है</translation>
    </message>
    <message>
        <source>Baseline long-run growth</source>
        <translation>आधार दीर्घकालिक वृद्धि</translation>
    </message>
    <message>
        <source>Assumption: the growth rate the baseline fades towards</source>
        <translation>धारणा: वह वृद्धि दर जिसकी ओर आधार धीरे-धीरे घटता है</translation>
    </message>
    <message>
        <source>Baseline and SaaS growth fade</source>
        <translation>आधार और SaaS वृद्धि में गिरावट</translation>
    </message>
    <message>
        <source>Assumption: each year keeps this fraction of the excess of baseline and SaaS adoption growth over their long-run rates</source>
        <translation>धारणा: हर वर्ष आधार और SaaS अपनाने की वृद्धि का उनकी दीर्घकालिक दरों से अधिक वाला हिस्सा इस अनुपात में बना रहता है</translation>
    </message>
    <message>
        <source>IaaS share of Azure 2025</source>
        <translation>2025 में Azure में IaaS का हिस्सा</translation>
    </message>
    <message>
        <source>Assumption: Microsoft never published the IaaS/PaaS/SaaS split (facts.md §3a, X)</source>
        <translation>धारणा: Microsoft ने IaaS/PaaS/SaaS विभाजन कभी प्रकाशित नहीं किया (facts.md §3a, X)</translation>
    </message>
    <message>
        <source>PaaS share of Azure 2025</source>
        <translation>2025 में Azure में PaaS का हिस्सा</translation>
    </message>
    <message>
        <source>Assumption: Microsoft never published the IaaS/PaaS/SaaS split (facts.md §3a, X); SaaS gets the rest</source>
        <translation>धारणा: Microsoft ने IaaS/PaaS/SaaS विभाजन कभी प्रकाशित नहीं किया (facts.md §3a, X); शेष SaaS का है</translation>
    </message>
    <message>
        <source>OpenAI revenue 2025</source>
        <translation>OpenAI राजस्व 2025</translation>
    </message>
    <message>
        <source>facts.md §3b: OpenAI 2025 revenue ~$13B (B)</source>
        <translation>facts.md §3b: OpenAI का 2025 का राजस्व ~$13 अरब (B)</translation>
    </message>
    <message>
        <source>OpenAI revenue growth 2026</source>
        <translation>OpenAI राजस्व वृद्धि 2026</translation>
    </message>
    <message>
        <source>facts.md §3b: projection ~$30B for 2026 (C), about +130%; default +120%</source>
        <translation>facts.md §3b: 2026 के लिए ~$30 अरब का अनुमान (C), लगभग +130%; डिफ़ॉल्ट +120%</translation>
    </message>
    <message>
        <source>OpenAI long-run growth</source>
        <translation>OpenAI दीर्घकालिक वृद्धि</translation>
    </message>
    <message>
        <source>Assumption: the rate OpenAI growth fades towards; the default path stays below the $200B projected for 2030 (facts.md §3b, C)</source>
        <translation>धारणा: वह दर जिसकी ओर OpenAI की वृद्धि धीरे-धीरे घटती है; डिफ़ॉल्ट पथ 2030 के लिए अनुमानित $200 अरब से नीचे रहता है (facts.md §3b, C)</translation>
    </message>
    <message>
        <source>OpenAI growth fade</source>
        <translation>OpenAI वृद्धि में गिरावट</translation>
    </message>
    <message>
        <source>Assumption: each year keeps this fraction of the excess of OpenAI growth over its long-run rate</source>
        <translation>धारणा: हर वर्ष OpenAI की वृद्धि का उसकी दीर्घकालिक दर से अधिक वाला हिस्सा इस अनुपात में बना रहता है</translation>
    </message>
    <message>
        <source>OpenAI compute spend per revenue dollar</source>
        <translation>प्रति राजस्व डॉलर OpenAI का कंप्यूट व्यय</translation>
    </message>
    <message>
        <source>Assumption: facts.md §3b gives OpenAI&apos;s compute in GW only (1.9 GW in 2025, B), not in dollars</source>
        <translation>धारणा: facts.md §3b OpenAI की कंप्यूट क्षमता केवल GW में देता है (2025 में 1.9 GW, B), डॉलर में नहीं</translation>
    </message>
    <message>
        <source>Azure share of OpenAI compute 2025</source>
        <translation>2025 में OpenAI के कंप्यूट में Azure का हिस्सा</translation>
    </message>
    <message>
        <source>Assumption: Oracle, AWS, CoreWeave and Google also supply OpenAI (facts.md §3d, B)</source>
        <translation>धारणा: Oracle, AWS, CoreWeave और Google भी OpenAI को कंप्यूट देते हैं (facts.md §3d, B)</translation>
    </message>
    <message>
        <source>Azure share of OpenAI compute 2030</source>
        <translation>2030 में OpenAI के कंप्यूट में Azure का हिस्सा</translation>
    </message>
    <message>
        <source>Assumption: linear path from 2025, flat after 2030, as the Oracle and AWS contracts ramp up (facts.md §3d, B)</source>
        <translation>धारणा: 2025 से रैखिक पथ, 2030 के बाद स्थिर, क्योंकि Oracle और AWS अनुबंध बढ़ते जाते हैं (facts.md §3d, B)</translation>
    </message>
    <message>
        <source>Azure commitment</source>
        <translation>Azure प्रतिबद्धता</translation>
    </message>
    <message>
        <source>facts.md §3c: $250B incremental Azure commitment (A)</source>
        <translation>facts.md §3c: $250 अरब की अतिरिक्त Azure प्रतिबद्धता (A)</translation>
    </message>
    <message>
        <source>Commitment first year</source>
        <translation>प्रतिबद्धता का पहला वर्ष</translation>
    </message>
    <message>
        <source>Assumption: the payment schedule is undisclosed (facts.md §3c, X)</source>
        <translation>धारणा: भुगतान अनुसूची का खुलासा नहीं किया गया है (facts.md §3c, X)</translation>
    </message>
    <message>
        <source>Commitment duration</source>
        <translation>प्रतिबद्धता की अवधि</translation>
    </message>
    <message>
        <source>Assumption: schedule undisclosed (X); one analyst guesses it runs to about 2032 (facts.md §1a, C10)</source>
        <translation>धारणा: अनुसूची का खुलासा नहीं (X); एक विश्लेषक का अनुमान है कि यह लगभग 2032 तक चलती है (facts.md §1a, C10)</translation>
    </message>
    <message>
        <source>Commitment ramp</source>
        <translation>प्रतिबद्धता में वृद्धि का क्रम</translation>
    </message>
    <message>
        <source>Assumption: 0 spreads the commitment evenly over its years, 1 ramps it up linearly</source>
        <translation>धारणा: 0 प्रतिबद्धता को उसके वर्षों में समान रूप से बाँटता है, 1 उसे रैखिक रूप से बढ़ाता है</translation>
    </message>
    <message>
        <source>OpenAI-driven PaaS 2025</source>
        <translation>OpenAI-प्रेरित PaaS 2025</translation>
    </message>
    <message>
        <source>Assumption: with the SaaS part near Microsoft&apos;s AI run rate, &gt; $13B (Jan 2025) to &gt; $37B (Apr 2026) (facts.md §3a, B)</source>
        <translation>धारणा: SaaS भाग के साथ Microsoft की AI रन रेट के निकट, &gt; $13 अरब (जनवरी 2025) से &gt; $37 अरब (अप्रैल 2026) (facts.md §3a, B)</translation>
    </message>
    <message>
        <source>PaaS kept after exclusivity</source>
        <translation>विशिष्टता के बाद बना रहने वाला PaaS</translation>
    </message>
    <message>
        <source>Assumption: share of OpenAI-driven PaaS that stays on Azure once API exclusivity ends, with no Azure-first clause</source>
        <translation>धारणा: OpenAI-प्रेरित PaaS का वह हिस्सा जो API विशिष्टता समाप्त होने के बाद भी Azure पर बना रहता है, जब Azure-प्रथम खंड न हो</translation>
    </message>
    <message>
        <source>PaaS kept with Azure first</source>
        <translation>Azure-प्रथम के साथ बना रहने वाला PaaS</translation>
    </message>
    <message>
        <source>Assumption: the same share while OpenAI products ship first on Azure (N1, facts.md §1b, A)</source>
        <translation>धारणा: वही हिस्सा, जब तक OpenAI के उत्पाद पहले Azure पर जारी होते हैं (N1, facts.md §1b, A)</translation>
    </message>
    <message>
        <source>OpenAI-based SaaS 2025</source>
        <translation>OpenAI-आधारित SaaS 2025</translation>
    </message>
    <message>
        <source>Assumption: Copilot, GitHub and Dynamics revenue built on OpenAI IP; see the AI run rate in facts.md §3a (B)</source>
        <translation>धारणा: OpenAI IP पर बने Copilot, GitHub और Dynamics का राजस्व; facts.md §3a में AI रन रेट देखें (B)</translation>
    </message>
    <message>
        <source>SaaS adoption growth 2026</source>
        <translation>SaaS अपनाने की वृद्धि 2026</translation>
    </message>
    <message>
        <source>Assumption: below the +123% of Microsoft&apos;s AI run rate to Apr 2026 (facts.md §3a, B)</source>
        <translation>धारणा: अप्रैल 2026 तक Microsoft की AI रन रेट के +123% से कम (facts.md §3a, B)</translation>
    </message>
    <message>
        <source>SaaS long-run growth</source>
        <translation>SaaS दीर्घकालिक वृद्धि</translation>
    </message>
    <message>
        <source>Assumption: the rate SaaS adoption growth fades towards</source>
        <translation>धारणा: वह दर जिसकी ओर SaaS अपनाने की वृद्धि धीरे-धीरे घटती है</translation>
    </message>
    <message>
        <source>SaaS lost to a non-exclusive licence</source>
        <translation>गैर-अनन्य लाइसेंस से खोया SaaS</translation>
    </message>
    <message>
        <source>Assumption: OpenAI-based SaaS lost once Microsoft&apos;s IP licence is non-exclusive (N3, facts.md §1b, A)</source>
        <translation>धारणा: Microsoft का IP लाइसेंस गैर-अनन्य होने पर खोया गया OpenAI-आधारित SaaS (N3, facts.md §1b, A)</translation>
    </message>
    <message>
        <source>SaaS lost when the IP term ends</source>
        <translation>IP अवधि समाप्त होने पर खोया SaaS</translation>
    </message>
    <message>
        <source>Assumption: OpenAI-based SaaS lost once the IP term ends (end of 2032, C3/N3, facts.md §1a, A)</source>
        <translation>धारणा: IP अवधि समाप्त होने पर खोया गया OpenAI-आधारित SaaS (2032 का अंत, C3/N3, facts.md §1a, A)</translation>
    </message>
    <message>
        <source>SaaS lost when research IP ends</source>
        <translation>शोध IP समाप्त होने पर खोया SaaS</translation>
    </message>
    <message>
        <source>Assumption: OpenAI-based SaaS lost once research IP ends (earlier of AGI and 2030, C4, facts.md §1a, A)</source>
        <translation>धारणा: शोध IP समाप्त होने पर खोया गया OpenAI-आधारित SaaS (AGI और 2030 में से जो पहले हो, C4, facts.md §1a, A)</translation>
    </message>
    <message>
        <source>Revenue share rate 2025</source>
        <translation>राजस्व हिस्सेदारी दर 2025</translation>
    </message>
    <message>
        <source>facts.md §3c: 20% reported (B); the Apr 2026 terms keep the same percentage (A)</source>
        <translation>facts.md §3c: 20% रिपोर्ट किया गया (B); अप्रैल 2026 की शर्तें वही प्रतिशत बनाए रखती हैं (A)</translation>
    </message>
    <message>
        <source>Revenue share rate 2030</source>
        <translation>राजस्व हिस्सेदारी दर 2030</translation>
    </message>
    <message>
        <source>facts.md §3c: planned decline to ~10% by 2030 (B), ~8% in a later report (C); linear from 2025</source>
        <translation>facts.md §3c: 2030 तक ~10% तक नियोजित कमी (B), बाद की एक रिपोर्ट में ~8% (C); 2025 से रैखिक</translation>
    </message>
    <message>
        <source>Revenue share cap</source>
        <translation>राजस्व हिस्सेदारी की सीमा</translation>
    </message>
    <message>
        <source>facts.md §3c: total cap reported at $38B (B); applies under the Apr 2026 terms</source>
        <translation>facts.md §3c: कुल सीमा $38 अरब रिपोर्ट की गई (B); अप्रैल 2026 की शर्तों के तहत लागू</translation>
    </message>
    <message>
        <source>Microsoft&apos;s share to OpenAI</source>
        <translation>OpenAI को Microsoft की हिस्सेदारी</translation>
    </message>
    <message>
        <source>facts.md §3c: ~20% of Azure OpenAI Service and Bing revenue (B); ended 27 Apr 2026 (A)</source>
        <translation>facts.md §3c: Azure OpenAI Service और Bing राजस्व का ~20% (B); 27 अप्रैल 2026 को समाप्त (A)</translation>
    </message>
    <message>
        <source>AGI verification year (median)</source>
        <translation>AGI सत्यापन वर्ष (माध्यिका)</translation>
    </message>
    <message>
        <source>Assumption: the panel, its criteria and any date are undisclosed (facts.md §1a, C2, X); nothing was verified up to Nov 2026</source>
        <translation>धारणा: पैनल, उसके मानदंड और कोई भी तिथि अघोषित हैं (facts.md §1a, C2, X); नवंबर 2026 तक कुछ भी सत्यापित नहीं हुआ</translation>
    </message>
    <message>
        <source>AGI year spread</source>
        <translation>AGI वर्ष का फैलाव</translation>
    </message>
    <message>
        <source>Assumption: standard deviation of the verification year in the Monte Carlo</source>
        <translation>धारणा: Monte Carlo में सत्यापन वर्ष का मानक विचलन</translation>
    </message>
    <message>
        <source>AGI not within the horizon</source>
        <translation>प्रक्षेपण अवधि में AGI नहीं</translation>
    </message>
    <message>
        <source>Assumption: probability that no AGI verification happens within the horizon</source>
        <translation>धारणा: यह संभावना कि प्रक्षेपण अवधि में कोई AGI सत्यापन नहीं होगा</translation>
    </message>
    <message>
        <source>Azure and baseline growth</source>
        <translation>Azure और आधार वृद्धि</translation>
    </message>
    <message>
        <source>IaaS / PaaS / SaaS split (assumed)</source>
        <translation>IaaS / PaaS / SaaS विभाजन (धारणा)</translation>
    </message>
    <message>
        <source>OpenAI revenue</source>
        <translation>OpenAI राजस्व</translation>
    </message>
    <message>
        <source>IaaS: OpenAI compute on Azure</source>
        <translation>IaaS: Azure पर OpenAI कंप्यूट</translation>
    </message>
    <message>
        <source>$250B Azure commitment</source>
        <translation>$250 अरब की Azure प्रतिबद्धता</translation>
    </message>
    <message>
        <source>PaaS: OpenAI models on Azure</source>
        <translation>PaaS: Azure पर OpenAI मॉडल</translation>
    </message>
    <message>
        <source>SaaS: products on OpenAI IP</source>
        <translation>SaaS: OpenAI IP पर आधारित उत्पाद</translation>
    </message>
    <message>
        <source>Revenue share</source>
        <translation>राजस्व हिस्सेदारी</translation>
    </message>
    <message>
        <source>AGI verification</source>
        <translation>AGI सत्यापन</translation>
    </message>
    <message>
        <source>years</source>
        <translation>वर्ष</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioAutosave</name>
    <message>
        <source>An autosaved scenario could not be read (%1). It was set aside as %2.</source>
        <translation>स्वतः सहेजा गया परिदृश्य पढ़ा नहीं जा सका (%1)। इसे %2 के रूप में अलग रख दिया गया।</translation>
    </message>
    <message>
        <source>An autosaved scenario could not be read (%1) nor set aside (%2).</source>
        <translation>स्वतः सहेजा गया परिदृश्य न पढ़ा जा सका (%1), न अलग रखा जा सका (%2)।</translation>
    </message>
    <message>
        <source>Restore Autosaved Scenario</source>
        <translation>स्वतः सहेजा गया परिदृश्य पुनर्स्थापित करें</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>बिना शीर्षक</translation>
    </message>
    <message>
        <source>Dealscope did not close properly. Restore the unsaved changes to the scenario “%1” (autosaved %2)?</source>
        <translation>Dealscope ठीक से बंद नहीं हुआ। परिदृश्य “%1” के बिना सहेजे गए बदलाव (स्वतः सहेजे गए %2) पुनर्स्थापित करें?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>पुनर्स्थापित करें</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>त्यागें</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioBridge</name>
    <message>
        <source>API exclusivity</source>
        <translation>API विशिष्टता</translation>
    </message>
    <message>
        <source>Azure first</source>
        <translation>Azure पहले</translation>
    </message>
    <message>
        <source>IP licence</source>
        <translation>IP लाइसेंस</translation>
    </message>
    <message>
        <source>IP exclusivity</source>
        <translation>IP विशिष्टता</translation>
    </message>
    <message>
        <source>Research IP</source>
        <translation>अनुसंधान IP</translation>
    </message>
    <message>
        <source>Revenue share term</source>
        <translation>राजस्व हिस्सेदारी की अवधि</translation>
    </message>
    <message>
        <source>Revenue share cap</source>
        <translation>राजस्व हिस्सेदारी की सीमा</translation>
    </message>
    <message>
        <source>Share paid to OpenAI</source>
        <translation>OpenAI को दिया गया हिस्सा</translation>
    </message>
    <message>
        <source>Azure commitment</source>
        <translation>Azure प्रतिबद्धता</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioBridgeChart</name>
    <message>
        <source>Microsoft&apos;s OpenAI-driven revenue</source>
        <translation>Microsoft का OpenAI-प्रेरित राजस्व</translation>
    </message>
    <message>
        <source>net revenue share</source>
        <translation>शुद्ध राजस्व हिस्सेदारी</translation>
    </message>
    <message>
        <source>%1: select clause %2</source>
        <translation>%1: खंड %2 चुनें</translation>
    </message>
    <message>
        <source> or </source>
        <translation> या </translation>
    </message>
    <message>
        <source>Under the terms</source>
        <translation>शर्तों के तहत</translation>
    </message>
    <message>
        <source>Term adds</source>
        <translation>शर्त जोड़ती है</translation>
    </message>
    <message>
        <source>Term takes away</source>
        <translation>शर्त घटाती है</translation>
    </message>
    <message>
        <source>USD billions</source>
        <translation>अरब अमेरिकी डॉलर</translation>
    </message>
    <message>
        <source>%1, cumulative %2–%3, term by term (illustrative)</source>
        <translation>%1, %2–%3 संचयी, शर्त-दर-शर्त (उदाहरणात्मक)</translation>
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
        <translation>से(&amp;F):</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>तक(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>माप(&amp;M):</translation>
    </message>
    <message>
        <source>Microsoft total</source>
        <translation>Microsoft कुल</translation>
    </message>
    <message>
        <source>Revenue share</source>
        <translation>राजस्व हिस्सेदारी</translation>
    </message>
    <message>
        <source>Microsoft total: OpenAI-driven Azure revenue plus the revenue share, net of the share Microsoft paid OpenAI. Revenue share: that net share alone.</source>
        <translation>Microsoft कुल: OpenAI-प्रेरित Azure राजस्व और राजस्व हिस्सेदारी, Microsoft द्वारा OpenAI को दिए गए हिस्से को घटाकर। राजस्व हिस्सेदारी: केवल वह शुद्ध हिस्सा।</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioChart</name>
    <message>
        <source>Calendar year</source>
        <translation>कैलेंडर वर्ष</translation>
    </message>
    <message>
        <source>Azure stack, USD billions</source>
        <translation>Azure स्टैक, अरब अमेरिकी डॉलर</translation>
    </message>
    <message>
        <source>Revenue share, USD billions</source>
        <translation>राजस्व हिस्सेदारी, अरब अमेरिकी डॉलर</translation>
    </message>
    <message>
        <source>IaaS baseline</source>
        <translation>IaaS आधार</translation>
    </message>
    <message>
        <source>IaaS OpenAI-driven</source>
        <translation>IaaS OpenAI-प्रेरित</translation>
    </message>
    <message>
        <source>PaaS baseline</source>
        <translation>PaaS आधार</translation>
    </message>
    <message>
        <source>PaaS OpenAI-driven</source>
        <translation>PaaS OpenAI-प्रेरित</translation>
    </message>
    <message>
        <source>SaaS baseline</source>
        <translation>SaaS आधार</translation>
    </message>
    <message>
        <source>SaaS OpenAI-driven</source>
        <translation>SaaS OpenAI-प्रेरित</translation>
    </message>
    <message>
        <source>API exclusive to Azure</source>
        <translation>API केवल Azure पर</translation>
    </message>
    <message>
        <source>Revenue share (right axis)</source>
        <translation>राजस्व हिस्सेदारी (दायाँ अक्ष)</translation>
    </message>
    <message>
        <source>Compared (dashed)</source>
        <translation>तुलना (डैश रेखा)</translation>
    </message>
    <message>
        <source>Compared: revenue share</source>
        <translation>तुलना: राजस्व हिस्सेदारी</translation>
    </message>
    <message>
        <source>Azure stack by layer and revenue share, %1 (illustrative)</source>
        <translation>परत और राजस्व हिस्सेदारी के अनुसार Azure स्टैक, %1 (उदाहरणार्थ)</translation>
    </message>
    <message>
        <source>AGI %1 (assumed)</source>
        <translation>AGI %1 (माना गया)</translation>
    </message>
    <message>
        <source>2030: research IP, revenue share end</source>
        <translation>2030: शोध IP, राजस्व हिस्सेदारी समाप्त</translation>
    </message>
    <message>
        <source>2030: research IP ends</source>
        <translation>2030: शोध IP समाप्त</translation>
    </message>
    <message>
        <source>2032: IP licence ends</source>
        <translation>2032: IP लाइसेंस समाप्त</translation>
    </message>
    <message>
        <source>AGI %1 (model only)</source>
        <translation>AGI %1 (केवल मॉडल में)</translation>
    </message>
    <message>
        <source>Revenue share cap reached</source>
        <translation>राजस्व हिस्सेदारी की सीमा पूरी हुई</translation>
    </message>
    <message>
        <source>Cap of $%1 B reached: no revenue share after %2</source>
        <translation>$%1 अरब की सीमा पूरी: %2 के बाद कोई राजस्व हिस्सेदारी नहीं</translation>
    </message>
    <message>
        <source>AGI %1</source>
        <translation>AGI %1</translation>
    </message>
    <message>
        <source>Cap reached %1</source>
        <translation>सीमा %1 में पूरी</translation>
    </message>
    <message>
        <source>Compared (%1)</source>
        <translation>तुलना (%1)</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>अंतर</translation>
    </message>
    <message>
        <source>Revenue share</source>
        <translation>राजस्व हिस्सेदारी</translation>
    </message>
    <message>
        <source>Azure stack</source>
        <translation>Azure स्टैक</translation>
    </message>
    <message>
        <source>%1: IaaS %2, PaaS %3, SaaS %4, revenue share %5</source>
        <translation>%1: IaaS %2, PaaS %3, SaaS %4, राजस्व हिस्सेदारी %5</translation>
    </message>
    <message>
        <source>%1. %2. The Table tab gives every year.</source>
        <translation>%1। %2। हर वर्ष के आँकड़े “तालिका” टैब में हैं।</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioDocument</name>
    <message>
        <source>Defaults</source>
        <translation>डिफ़ॉल्ट</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>बिना शीर्षक</translation>
    </message>
    <message>
        <source>%1 (modified)</source>
        <translation>%1 (बदला गया)</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>%1 बदलें</translation>
    </message>
    <message>
        <source>Reset %1</source>
        <translation>%1 रीसेट करें</translation>
    </message>
    <message>
        <source>Switch to %1</source>
        <translation>%1 पर स्विच करें</translation>
    </message>
    <message>
        <source>Load %1</source>
        <translation>%1 लोड करें</translation>
    </message>
    <message>
        <source>Assume AGI verified in %1</source>
        <translation>AGI सत्यापन %1 में मानें</translation>
    </message>
    <message>
        <source>Do not assume AGI verification</source>
        <translation>AGI सत्यापन न मानें</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 खोलें</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioEditor</name>
    <message>
        <source>Scenario as JSON</source>
        <translation>JSON के रूप में परिदृश्य</translation>
    </message>
    <message>
        <source>The scenario changed in the panel. Your edits are not applied: apply them over it, or reload the panel&apos;s scenario (Undo in the editor brings your text back).</source>
        <translation>पैनल में परिदृश्य बदल गया है। आपके संपादन लागू नहीं हुए हैं: उन्हें इसके ऊपर लागू करें, या पैनल का परिदृश्य फिर से लोड करें (संपादक में पूर्ववत करने से आपका पाठ वापस आ जाता है)।</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>फिर से लोड करें</translation>
    </message>
    <message>
        <source>Problems in the scenario</source>
        <translation>परिदृश्य में समस्याएँ</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;लागू करें</translation>
    </message>
    <message>
        <source>Update the sliders and the chart from this text (%1); Undo takes it back</source>
        <translation>इस पाठ से स्लाइडर और चार्ट अपडेट करें (%1); पूर्ववत करने से यह वापस हो जाता है</translation>
    </message>
    <message>
        <source>Reload from Panel</source>
        <translation>पैनल से फिर से लोड करें</translation>
    </message>
    <message>
        <source>Replace the text with the panel&apos;s scenario; Undo in the editor brings it back</source>
        <translation>पाठ को पैनल के परिदृश्य से बदलें; संपादक में पूर्ववत करने से यह वापस आ जाता है</translation>
    </message>
    <message>
        <source>Apply Scenario</source>
        <translation>परिदृश्य लागू करें</translation>
    </message>
    <message>
        <source>Reload Scenario from Panel</source>
        <translation>पैनल से परिदृश्य फिर से लोड करें</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>बिना शीर्षक</translation>
    </message>
    <message>
        <source>Scenario “%1” as JSON · edited, not applied</source>
        <translation>JSON के रूप में परिदृश्य “%1” · संपादित, लागू नहीं</translation>
    </message>
    <message>
        <source>Scenario “%1” as JSON</source>
        <translation>JSON के रूप में परिदृश्य “%1”</translation>
    </message>
    <message>
        <source>The scenario model needs the Microsoft–OpenAI dataset; nothing can be applied.</source>
        <translation>परिदृश्य मॉडल को Microsoft–OpenAI डेटासेट की आवश्यकता है; कुछ भी लागू नहीं किया जा सकता।</translation>
    </message>
    <message>
        <source>Edited, not applied.</source>
        <translation>संपादित, लागू नहीं।</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): the text cannot be applied.</source>
        <translation>
            <numerusform>%n त्रुटि: पाठ लागू नहीं किया जा सकता।</numerusform>
            <numerusform>%n त्रुटियाँ: पाठ लागू नहीं किया जा सकता।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): fix them to apply, or the text they name would be ignored.</source>
        <translation>
            <numerusform>%n चेतावनी: लागू करने के लिए इसे ठीक करें, अन्यथा इसमें बताया गया पाठ अनदेखा कर दिया जाएगा।</numerusform>
            <numerusform>%n चेतावनियाँ: लागू करने के लिए इन्हें ठीक करें, अन्यथा इनमें बताया गया पाठ अनदेखा कर दिया जाएगा।</numerusform>
        </translation>
    </message>
    <message>
        <source>Valid, not applied yet: Apply (%1) updates the sliders and the chart.</source>
        <translation>मान्य, अभी लागू नहीं: लागू करें (%1) स्लाइडर और चार्ट अपडेट करता है।</translation>
    </message>
    <message>
        <source>The panel&apos;s scenario. Edit it here, then apply.</source>
        <translation>पैनल का परिदृश्य। इसे यहाँ संपादित करें, फिर लागू करें।</translation>
    </message>
    <message numerus="yes">
        <source>Not applied: %n problem(s) in the text (listed below).</source>
        <translation>
            <numerusform>लागू नहीं किया गया: पाठ में %n समस्या (नीचे सूचीबद्ध)।</numerusform>
            <numerusform>लागू नहीं किया गया: पाठ में %n समस्याएँ (नीचे सूचीबद्ध)।</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit Scenario as JSON</source>
        <translation>JSON के रूप में परिदृश्य संपादित करें</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioFanChart</name>
    <message>
        <source>Calendar year</source>
        <translation>कैलेंडर वर्ष</translation>
    </message>
    <message>
        <source>Azure stack, USD billions</source>
        <translation>Azure स्टैक, अरब अमेरिकी डॉलर</translation>
    </message>
    <message>
        <source>Revenue share, USD billions</source>
        <translation>राजस्व हिस्सेदारी, अरब अमेरिकी डॉलर</translation>
    </message>
    <message>
        <source>Azure stack p10–p90</source>
        <translation>Azure स्टैक p10–p90</translation>
    </message>
    <message>
        <source>Azure stack p50</source>
        <translation>Azure स्टैक p50</translation>
    </message>
    <message>
        <source>Revenue share p10–p90 (right axis)</source>
        <translation>राजस्व हिस्सेदारी p10–p90 (दायाँ अक्ष)</translation>
    </message>
    <message>
        <source>Revenue share p50 (right axis)</source>
        <translation>राजस्व हिस्सेदारी p50 (दायाँ अक्ष)</translation>
    </message>
    <message>
        <source>AGI-year uncertainty, p10–p90 of %1 samples (illustrative): a narrow band, under these terms the AGI year barely matters</source>
        <translation>AGI-वर्ष की अनिश्चितता, %1 नमूनों का p10–p90 (उदाहरणार्थ): संकरा बैंड, इन शर्तों में AGI वर्ष से लगभग कोई फ़र्क नहीं पड़ता</translation>
    </message>
    <message>
        <source>AGI-year uncertainty, p10–p90 of %1 samples, every other assumption as set (illustrative)</source>
        <translation>AGI-वर्ष की अनिश्चितता, %1 नमूनों का p10–p90, बाकी सभी धारणाएँ निर्धारित मान पर (उदाहरणार्थ)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>a range of amounts</comment>
        <translation>%1 से %2</translation>
    </message>
    <message>
        <source>Azure stack in %1: p10 %2, median %3, p90 %4</source>
        <translation>%1 में Azure स्टैक: p10 %2, माध्यिका %3, p90 %4</translation>
    </message>
    <message>
        <source>%1. %2. The Table tab gives every year&apos;s percentiles.</source>
        <translation>%1। %2। हर वर्ष के पर्सेंटाइल “तालिका” टैब में हैं।</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioFiles</name>
    <message>
        <source>Open &amp;Scenario…</source>
        <translation>&amp;परिदृश्य खोलें…</translation>
    </message>
    <message>
        <source>Sa&amp;ve Scenario As…</source>
        <translation>परिदृश्य इस रूप में &amp;सहेजें…</translation>
    </message>
    <message>
        <source>Open a Dealscope scenario file</source>
        <translation>Dealscope परिदृश्य फ़ाइल खोलें</translation>
    </message>
    <message>
        <source>Save the scenario&apos;s regime, horizon and changed assumptions</source>
        <translation>परिदृश्य की शर्त-व्यवस्था, प्रक्षेपण अवधि और बदली गई धारणाएँ सहेजें</translation>
    </message>
    <message>
        <source>Further problems: %1 (see the details).</source>
        <translation>अन्य समस्याएँ: %1 (विवरण देखें)।</translation>
    </message>
    <message>
        <source>Cannot Open Scenario</source>
        <translation>परिदृश्य नहीं खोला जा सकता</translation>
    </message>
    <message>
        <source>%1 is not a valid Dealscope scenario. The current scenario is kept.</source>
        <translation>%1 एक मान्य Dealscope परिदृश्य नहीं है। वर्तमान परिदृश्य बना रहेगा।</translation>
    </message>
    <message>
        <source>Opened scenario %1</source>
        <translation>परिदृश्य %1 खोला गया</translation>
    </message>
    <message>
        <source>Opened scenario %1 (warnings: %2)</source>
        <translation>परिदृश्य %1 खोला गया (चेतावनियाँ: %2)</translation>
    </message>
    <message>
        <source>Cannot Save Scenario</source>
        <translation>परिदृश्य सहेजा नहीं जा सकता</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 लिखा नहीं जा सका: %2</translation>
    </message>
    <message>
        <source>Saved scenario %1</source>
        <translation>परिदृश्य %1 सहेजा गया</translation>
    </message>
    <message>
        <source>Open Scenario</source>
        <translation>परिदृश्य खोलें</translation>
    </message>
    <message>
        <source>Dealscope scenarios (*.dealscope-scenario.json *.json);;All files (*)</source>
        <translation>Dealscope परिदृश्य (*.dealscope-scenario.json *.json);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>परिदृश्य</translation>
    </message>
    <message>
        <source>Save Scenario As</source>
        <translation>परिदृश्य इस रूप में सहेजें</translation>
    </message>
    <message>
        <source>Dealscope scenarios (*.dealscope-scenario.json)</source>
        <translation>Dealscope परिदृश्य (*.dealscope-scenario.json)</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 पहले से मौजूद है। क्या इसे बदलें?</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioLabels</name>
    <message>
        <source>Bear preset</source>
        <translation>मंदी प्रीसेट</translation>
    </message>
    <message>
        <source>Base preset</source>
        <translation>आधार प्रीसेट</translation>
    </message>
    <message>
        <source>Bull preset</source>
        <translation>तेज़ी प्रीसेट</translation>
    </message>
    <message>
        <source>%1, same assumptions</source>
        <translation>%1, वही धारणाएँ</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioPanel</name>
    <message>
        <source>&amp;Terms:</source>
        <translation>&amp;शर्तें:</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>प्रीसेट</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>इससे तुलना करें</translation>
    </message>
    <message>
        <source>Draw a second scenario dashed on the chart</source>
        <translation>चार्ट पर दूसरा परिदृश्य डैश रेखा में दिखाएँ</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>कुछ नहीं</translation>
    </message>
    <message>
        <source>The other terms, same assumptions</source>
        <translation>दूसरी शर्तें, वही धारणाएँ</translation>
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
        <translation>Azure स्टैक</translation>
    </message>
    <message>
        <source>Revenue share</source>
        <translation>राजस्व हिस्सेदारी</translation>
    </message>
    <message>
        <source>OpenAI-driven share of the stack</source>
        <translation>स्टैक में OpenAI-प्रेरित हिस्सा</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>चार्ट</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>तालिका</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>संवेदनशीलता</translation>
    </message>
    <message>
        <source>AGI-year fan</source>
        <translation>AGI-वर्ष फ़ैन चार्ट</translation>
    </message>
    <message>
        <source>&lt;b&gt;Illustrative model — not a forecast&lt;/b&gt;, nor legal or investment advice. The IaaS/PaaS/SaaS split is not published by Microsoft: it is an assumption, as is every value marked “assumption”.</source>
        <translation>&lt;b&gt;उदाहरणार्थ मॉडल — पूर्वानुमान नहीं&lt;/b&gt;, न ही कानूनी या निवेश सलाह। IaaS/PaaS/SaaS विभाजन Microsoft प्रकाशित नहीं करता: यह एक धारणा है, ठीक वैसे ही जैसे “धारणा” चिह्नित हर मान।</translation>
    </message>
    <message>
        <source>The scenario model needs the Microsoft–OpenAI agreement&apos;s versions of 28 Oct 2025 and 27 Apr 2026; the open dataset lacks them.</source>
        <translation>परिदृश्य मॉडल को Microsoft–OpenAI समझौते के 28 अक्टूबर 2025 और 27 अप्रैल 2026 के संस्करणों की आवश्यकता है; खुले डेटासेट में ये नहीं हैं।</translation>
    </message>
    <message>
        <source>⚠ not published by Microsoft</source>
        <translation>⚠ Microsoft द्वारा प्रकाशित नहीं</translation>
    </message>
    <message>
        <source>Microsoft reports “Azure and other cloud services” without an IaaS / PaaS / SaaS split (fact sheet §3a, X). The split here is an assumption.</source>
        <translation>Microsoft “Azure और अन्य क्लाउड सेवाएँ” को IaaS / PaaS / SaaS विभाजन के बिना रिपोर्ट करता है (तथ्य पत्रक §3a, X)। यहाँ दिया गया विभाजन एक धारणा है।</translation>
    </message>
    <message>
        <source>◆ driven by the selected clause</source>
        <translation>◆ चयनित खंड से प्रभावित</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>परिदृश्य: %1</translation>
    </message>
    <message>
        <source>Cumulative %1–%2, USD billions:</source>
        <translation>संचयी %1–%2, अरब अमेरिकी डॉलर:</translation>
    </message>
    <message>
        <source>OpenAI-driven share of the stack &lt;b&gt;%1 %&lt;/b&gt;</source>
        <translation>स्टैक में OpenAI-प्रेरित हिस्सा &lt;b&gt;%1 %&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Dashed: %1</source>
        <translation>डैश रेखा: %1</translation>
    </message>
    <message>
        <source>Loaded the %1</source>
        <translation>%1 लोड किया गया</translation>
    </message>
    <message>
        <source>%1 (not usable)</source>
        <translation>%1 (उपयोग योग्य नहीं)</translation>
    </message>
    <message>
        <source>The model cannot run under this version: %1</source>
        <translation>इस संस्करण के तहत मॉडल नहीं चल सकता: %1</translation>
    </message>
    <message>
        <source>The contract terms the projection runs under: each version of the agreement whose terms the model can read, with the dates the dataset gives</source>
        <translation>प्रक्षेपण की अनुबंध शर्तें: समझौते का हर संस्करण जिसकी शर्तें मॉडल पढ़ सकता है, डेटासेट की तिथियों के साथ</translation>
    </message>
    <message>
        <source>Bridge</source>
        <translation>ब्रिज</translation>
    </message>
    <message>
        <source>Scenario views</source>
        <translation>परिदृश्य दृश्य</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioRegime</name>
    <message>
        <source>Oct 2025 terms</source>
        <translation>अक्टूबर 2025 की शर्तें</translation>
    </message>
    <message>
        <source>Apr 2026 terms</source>
        <translation>अप्रैल 2026 की शर्तें</translation>
    </message>
    <message>
        <source>Terms of version %1</source>
        <translation>संस्करण %1 की शर्तें</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <extracomment>A QDate format for the month and year of a version whose terms are a regime, as in &quot;Oct 2025 terms&quot;.</extracomment>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <source>%1 terms</source>
        <translation>%1 की शर्तें</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioSlider</name>
    <message>
        <source>$%1 B</source>
        <translation>$%1 अरब</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 ×</source>
        <translation>%1 ×</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 वर्ष</translation>
    </message>
    <message>
        <source>Range %1 to %2; default %3.</source>
        <translation>सीमा %1 से %2; डिफ़ॉल्ट %3।</translation>
    </message>
    <message>
        <source>assumption</source>
        <translation>धारणा</translation>
    </message>
    <message>
        <source>No published figure: the default is an assumption of the model.</source>
        <translation>कोई प्रकाशित आँकड़ा नहीं: डिफ़ॉल्ट मान मॉडल की एक धारणा है।</translation>
    </message>
    <message>
        <source>source %1</source>
        <translation>स्रोत %1</translation>
    </message>
    <message>
        <source>The default rests on a reported figure (confidence %1 in the fact sheet).</source>
        <translation>डिफ़ॉल्ट मान एक रिपोर्ट किए गए आँकड़े पर आधारित है (तथ्य पत्रक में विश्वसनीयता %1)।</translation>
    </message>
    <message>
        <source> B</source>
        <translation> अरब</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source> ×</source>
        <translation> ×</translation>
    </message>
    <message>
        <source> yr</source>
        <translation> वर्ष</translation>
    </message>
    <message>
        <source>Reset to the default (%1)</source>
        <translation>डिफ़ॉल्ट पर रीसेट करें (%1)</translation>
    </message>
    <message>
        <source>Reset %1</source>
        <translation>%1 रीसेट करें</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioTableModel</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Paid by OpenAI to Microsoft; outside the Azure stack</source>
        <translation>OpenAI द्वारा Microsoft को भुगतान; Azure स्टैक से बाहर</translation>
    </message>
    <message>
        <source>Share of the year in which OpenAI&apos;s API was exclusive to Azure</source>
        <translation>वर्ष का वह हिस्सा जिसमें OpenAI का API केवल Azure पर उपलब्ध था</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>कुल %1</translation>
    </message>
    <message>
        <source>CAGR %1</source>
        <translation>CAGR %1</translation>
    </message>
    <message>
        <source>The OpenAI-driven parts of IaaS, PaaS and SaaS together (USD billions)</source>
        <translation>IaaS, PaaS और SaaS के OpenAI-प्रेरित हिस्से मिलाकर (अरब अमेरिकी डॉलर)</translation>
    </message>
    <message>
        <source>IaaS
$B</source>
        <translation>IaaS
$ अरब</translation>
    </message>
    <message>
        <source>PaaS
$B</source>
        <translation>PaaS
$ अरब</translation>
    </message>
    <message>
        <source>SaaS
$B</source>
        <translation>SaaS
$ अरब</translation>
    </message>
    <message>
        <source>Azure stack
$B</source>
        <translation>Azure स्टैक
$ अरब</translation>
    </message>
    <message>
        <source>OpenAI-driven
$B</source>
        <translation>OpenAI-प्रेरित
$ अरब</translation>
    </message>
    <message>
        <source>Revenue share
$B</source>
        <translation>राजस्व हिस्सेदारी
$ अरब</translation>
    </message>
    <message>
        <source>Stack + share
$B</source>
        <translation>स्टैक + हिस्सेदारी
$ अरब</translation>
    </message>
    <message>
        <source>API exclusivity
share of year</source>
        <translation>API विशिष्टता
वर्ष का हिस्सा</translation>
    </message>
    <message>
        <source>Baseline %1, OpenAI-driven %2 (USD billions)</source>
        <translation>आधार %1, OpenAI-प्रेरित %2 (अरब अमेरिकी डॉलर)</translation>
    </message>
    <message>
        <source>The scenario as set</source>
        <translation>जैसा सेट है वैसा परिदृश्य</translation>
    </message>
    <message>
        <source>Compared: %1</source>
        <translation>तुलना: %1</translation>
    </message>
    <message>
        <source>The scenario minus the compared one</source>
        <translation>परिदृश्य में से तुलना वाला घटाकर</translation>
    </message>
    <message>
        <source>Azure
stack</source>
        <translation>Azure
स्टैक</translation>
    </message>
    <message>
        <source>Revenue
share</source>
        <translation>राजस्व
हिस्सेदारी</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>परिदृश्य</translation>
    </message>
    <message>
        <source>compared</source>
        <translation>तुलना</translation>
    </message>
    <message>
        <source>difference</source>
        <translation>अंतर</translation>
    </message>
    <message>
        <source>%1
%2
$B</source>
        <comment>a quantity, then scenario, compared or difference</comment>
        <translation>%1
%2
$ अरब</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioTablePage</name>
    <message>
        <source>S&amp;how:</source>
        <translation>दिखाएँ(&amp;H):</translation>
    </message>
    <message>
        <source>Projection by year</source>
        <translation>वर्षवार अनुमान</translation>
    </message>
    <message>
        <source>Sensitivity of each assumption</source>
        <translation>हर धारणा की संवेदनशीलता</translation>
    </message>
    <message>
        <source>AGI-year fan (percentiles)</source>
        <translation>AGI-वर्ष फ़ैन (पर्सेंटाइल)</translation>
    </message>
    <message>
        <source>Every chart&apos;s figures as a table, readable with the keyboard and a screen reader</source>
        <translation>हर चार्ट के आँकड़े तालिका के रूप में, कीबोर्ड और स्क्रीन रीडर से पढ़ने योग्य</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioTornadoChart</name>
    <message>
        <source>Assumption at its minimum</source>
        <translation>धारणा अपने न्यूनतम पर</translation>
    </message>
    <message>
        <source>Assumption at its maximum</source>
        <translation>धारणा अपने अधिकतम पर</translation>
    </message>
    <message>
        <source>Change, USD billions</source>
        <translation>बदलाव, अरब अमेरिकी डॉलर</translation>
    </message>
    <message>
        <source>Sensitivity of cumulative Microsoft revenue 2025–%2 (base $%1 B): each assumption at its minimum and maximum, all else as set — illustrative</source>
        <translation>Microsoft के संचयी राजस्व 2025–%2 की संवेदनशीलता (आधार $%1 अरब): हर धारणा अपने न्यूनतम और अधिकतम पर, बाकी सब निर्धारित मान पर — उदाहरणार्थ</translation>
    </message>
    <message>
        <source>Change from the base of %1, USD billions</source>
        <translation>%1 के आधार से बदलाव, अरब अमेरिकी डॉलर</translation>
    </message>
    <message>
        <source>Base: %1, cumulative %2–%3</source>
        <translation>आधार: %1, संचयी %2–%3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a series and the assumption&apos;s setting</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, total %2</source>
        <comment>a change and the total it leads to</comment>
        <translation>%1, कुल %2</translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation>%1 %2 से %3 तक</translation>
    </message>
    <message>
        <source>Base %1. Largest swings: %2. The Table tab gives every assumption.</source>
        <translation>आधार %1। सबसे बड़े उतार-चढ़ाव: %2। सभी धारणाएँ “तालिका” टैब में हैं।</translation>
    </message>
</context>
<context>
    <name>Dealscope::SensitivityTableModel</name>
    <message>
        <source>Base, cumulative %1–%2</source>
        <translation>आधार, संचयी %1–%2</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>धारणा</translation>
    </message>
    <message>
        <source>Low
setting</source>
        <translation>निम्न
सेटिंग</translation>
    </message>
    <message>
        <source>Change
at low</source>
        <translation>निम्न पर
बदलाव</translation>
    </message>
    <message>
        <source>High
setting</source>
        <translation>उच्च
सेटिंग</translation>
    </message>
    <message>
        <source>Change
at high</source>
        <translation>उच्च पर
बदलाव</translation>
    </message>
</context>
<context>
    <name>Dealscope::SettingsRecovery</name>
    <message>
        <source>it is not a regular file</source>
        <translation>यह सामान्य फ़ाइल नहीं है</translation>
    </message>
    <message>
        <source>it is larger than %1 MiB</source>
        <translation>यह %1 MiB से बड़ी है</translation>
    </message>
    <message>
        <source>it cannot be read: %1</source>
        <translation>इसे पढ़ा नहीं जा सकता: %1</translation>
    </message>
    <message>
        <source>it contains binary data</source>
        <translation>इसमें बाइनरी डेटा है</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>यह UTF-8 पाठ नहीं है</translation>
    </message>
    <message>
        <source>line %1 opens a section without closing it</source>
        <translation>पंक्ति %1 एक अनुभाग खोलती है पर उसे बंद नहीं करती</translation>
    </message>
    <message>
        <source>it is not in the settings format</source>
        <translation>यह सेटिंग्स प्रारूप में नहीं है</translation>
    </message>
    <message>
        <source>The settings file %1 could not be used (%2) nor set aside (%3); Dealscope started with default settings.</source>
        <translation>सेटिंग्स फ़ाइल %1 का उपयोग नहीं किया जा सका (%2) और न ही इसे अलग रखा जा सका (%3); Dealscope डिफ़ॉल्ट सेटिंग्स के साथ शुरू हुआ।</translation>
    </message>
    <message>
        <source>The settings file %1 could not be used (%2). It was set aside as %3 and Dealscope started with default settings.</source>
        <translation>सेटिंग्स फ़ाइल %1 का उपयोग नहीं किया जा सका (%2)। इसे %3 के रूप में अलग रख दिया गया और Dealscope डिफ़ॉल्ट सेटिंग्स के साथ शुरू हुआ।</translation>
    </message>
</context>
<context>
    <name>Dealscope::SourceView</name>
    <message>
        <source>Selected item</source>
        <translation>चयनित आइटम</translation>
    </message>
    <message>
        <source>Whole dataset</source>
        <translation>पूरा डेटासेट</translation>
    </message>
    <message>
        <source>Show the selected clause&apos;s or event&apos;s entry only, or the whole dataset file</source>
        <translation>केवल चयनित खंड या घटना की प्रविष्टि, या पूरी डेटासेट फ़ाइल दिखाएँ</translation>
    </message>
    <message>
        <source>Source shown</source>
        <translation>दिखाया गया स्रोत</translation>
    </message>
    <message>
        <source>Dataset source</source>
        <translation>डेटासेट स्रोत</translation>
    </message>
    <message>
        <source>No dataset is open.</source>
        <translation>कोई डेटासेट खुला नहीं है।</translation>
    </message>
    <message>
        <source>Select a clause or an event to see its entry in the dataset file.</source>
        <translation>डेटासेट फ़ाइल में उसकी प्रविष्टि देखने के लिए कोई खंड या घटना चुनें।</translation>
    </message>
    <message>
        <source>“%1” groups entries and has none of its own in the dataset file. Select one of its clauses or events, or show the whole dataset.</source>
        <translation>“%1” प्रविष्टियों का समूह है और डेटासेट फ़ाइल में इसकी अपनी कोई प्रविष्टि नहीं है। इसका कोई खंड या घटना चुनें, या पूरा डेटासेट दिखाएँ।</translation>
    </message>
    <message>
        <source>%1 · lines %2–%3</source>
        <translation>%1 · पंक्तियाँ %2–%3</translation>
    </message>
    <message>
        <source>%1 · %2, lines %3–%4</source>
        <translation>%1 · %2, पंक्तियाँ %3–%4</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n lines</source>
        <translation>
            <numerusform>%1 · %n पंक्ति</numerusform>
            <numerusform>%1 · %n पंक्तियाँ</numerusform>
        </translation>
    </message>
    <message>
        <source>Scenario (editable)</source>
        <translation>परिदृश्य (संपादन योग्य)</translation>
    </message>
    <message>
        <source>Show the selected clause&apos;s or event&apos;s entry, the whole dataset file, or the current scenario as JSON to edit and apply</source>
        <translation>चयनित खंड या घटना की प्रविष्टि, पूरी डेटासेट फ़ाइल, या वर्तमान परिदृश्य को संपादित और लागू करने के लिए JSON के रूप में दिखाएँ</translation>
    </message>
</context>
<context>
    <name>Dealscope::StartPage</name>
    <message>
        <source>The deal at a glance</source>
        <translation>समझौता एक नज़र में</translation>
    </message>
    <message>
        <source>the end of %1</source>
        <translation>%1 के अंत</translation>
    </message>
    <message>
        <source>The dataset has no version of the agreement yet.</source>
        <translation>डेटासेट में अभी समझौते का कोई संस्करण नहीं है।</translation>
    </message>
    <message>
        <source>Version shown: %1, %2.</source>
        <translation>दिखाया गया संस्करण: %1, %2।</translation>
    </message>
    <message>
        <source>Every line links to its clause; select it to see the details and sources.</source>
        <translation>हर पंक्ति अपने खंड से जुड़ी है; विवरण और स्रोत देखने के लिए उसे चुनें।</translation>
    </message>
    <message>
        <source>Facts checked on %1.</source>
        <translation>तथ्यों की जाँच %1 को की गई।</translation>
    </message>
    <message>
        <source>Who gets what</source>
        <translation>किसे क्या मिलता है</translation>
    </message>
    <message>
        <source>No clause is in force as of this version.</source>
        <translation>इस संस्करण के अनुसार कोई खंड लागू नहीं है।</translation>
    </message>
    <message>
        <source>confidence %1</source>
        <translation>विश्वसनीयता %1</translation>
    </message>
    <message>
        <source>no end date stated</source>
        <translation>कोई समाप्ति तिथि नहीं बताई गई</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>%1 तक</translation>
    </message>
    <message>
        <source>until the earlier of %1</source>
        <translation>%1 में से जो पहले हो, तब तक</translation>
    </message>
    <message>
        <source>%1 (assumed for %2)</source>
        <translation>%1 (%2 के लिए माना गया)</translation>
    </message>
    <message>
        <source>%1 (no date known)</source>
        <translation>%1 (कोई तिथि ज्ञात नहीं)</translation>
    </message>
    <message>
        <source>Key dates</source>
        <translation>मुख्य तिथियाँ</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Figures: %1</source>
        <translation>आँकड़े: %1</translation>
    </message>
    <message>
        <source>these terms run out:</source>
        <translation>ये शर्तें समाप्त होती हैं:</translation>
    </message>
    <message>
        <source>assumed for %1</source>
        <translation>%1 के लिए माना गया</translation>
    </message>
    <message>
        <source>no date known</source>
        <translation>कोई तिथि ज्ञात नहीं</translation>
    </message>
    <message>
        <source>these terms end then:</source>
        <translation>तब समाप्त होने वाली शर्तें:</translation>
    </message>
    <message>
        <source>What changed on %1</source>
        <translation>%1 को क्या बदला</translation>
    </message>
    <message>
        <source>Compared with %1, %2.</source>
        <translation>%1, %2 की तुलना में।</translation>
    </message>
    <message>
        <source>This version changed no clause.</source>
        <translation>इस संस्करण ने कोई खंड नहीं बदला।</translation>
    </message>
    <message>
        <source>Still unknown</source>
        <translation>अभी भी अज्ञात</translation>
    </message>
    <message>
        <source>The dataset lists no open question for this version.</source>
        <translation>डेटासेट में इस संस्करण के लिए कोई खुला प्रश्न नहीं है।</translation>
    </message>
    <message>
        <source>Clauses:</source>
        <translation>खंड:</translation>
    </message>
    <message>
        <source>still standing: confidence %1</source>
        <extracomment>How sure it is that a clause still stands as of the version shown, when that differs from the clause&apos;s</extracomment>
        <translation>अब भी लागू: विश्वसनीयता %1</translation>
    </message>
    <message>
        <source>Conflicting reports</source>
        <translation>परस्पर विरोधी रिपोर्टें</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>अज्ञात</translation>
    </message>
</context>
<context>
    <name>Dealscope::TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>समयरेखा</translation>
    </message>
    <message>
        <source>Clauses of the agreement as bars from start to end, and events as markers, in one lane per category</source>
        <translation>समझौते के खंड आरंभ से समाप्ति तक पट्टियों के रूप में, और घटनाएँ चिह्नों के रूप में, हर श्रेणी के लिए एक लेन में</translation>
    </message>
    <message>
        <source>an unresolved milestone</source>
        <translation>एक अनिर्णीत पड़ाव</translation>
    </message>
    <message>
        <source> or </source>
        <translation> या </translation>
    </message>
    <message>
        <source>No end stated: runs on indefinitely.</source>
        <translation>कोई समाप्ति नहीं बताई गई: अनिश्चित काल तक चलता है।</translation>
    </message>
    <message>
        <source>Ends %1.</source>
        <translation>%1 को समाप्त होता है।</translation>
    </message>
    <message>
        <source>Ends at the milestone &quot;%1&quot;; no date is known.</source>
        <translation>पड़ाव &quot;%1&quot; पर समाप्त होता है; कोई तिथि ज्ञात नहीं है।</translation>
    </message>
    <message>
        <source>Ends at the earlier of &quot;%1&quot; and %2.</source>
        <translation>&quot;%1&quot; और %2 में से जो पहले हो, उस पर समाप्त होता है।</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>तिथि: %1</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>%1 से</translation>
    </message>
    <message>
        <source>Confidence: %1</source>
        <translation>विश्वसनीयता: %1</translation>
    </message>
    <message>
        <source>a milestone</source>
        <translation>एक पड़ाव</translation>
    </message>
    <message>
        <source>until %1 · date unknown</source>
        <translation>%1 तक · तिथि अज्ञात</translation>
    </message>
    <message>
        <source>or sooner, at %1</source>
        <translation>या पहले, %1 पर</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>आज</translation>
    </message>
    <message>
        <source>Assume AGI Verified in %1</source>
        <translation>AGI सत्यापन %1 में मानें</translation>
    </message>
    <message>
        <source>Do Not Assume AGI Verification</source>
        <translation>AGI सत्यापन न मानें</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n घटना</numerusform>
            <numerusform>%n घटनाएँ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clause(s)</source>
        <translation>
            <numerusform>%n खंड</numerusform>
            <numerusform>%n खंड</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dealscope::UndoAction</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;पूर्ववत करें</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;पूर्ववत करें: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;फिर से करें</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;फिर से करें: %1</translation>
    </message>
</context>
<context>
    <name>Dealscope::UnsavedScenarioPrompt</name>
    <message>
        <source>Unsaved Scenario</source>
        <translation>बिना सहेजा परिदृश्य</translation>
    </message>
    <message>
        <source>The scenario has changes that are not saved to a file.</source>
        <translation>परिदृश्य में ऐसे बदलाव हैं जो किसी फ़ाइल में सहेजे नहीं गए हैं।</translation>
    </message>
    <message>
        <source>Save them before closing? Discarded changes cannot be recovered.</source>
        <translation>बंद करने से पहले इन्हें सहेजें? छोड़े गए बदलाव वापस नहीं मिल सकते।</translation>
    </message>
</context>
<context>
    <name>Dealscope::UserGuideWindow</name>
    <message>
        <source>Dealscope User Guide</source>
        <translation>Dealscope उपयोगकर्ता गाइड</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>पीछे</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>आगे</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>विषय-सूची</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>उपयोगकर्ता गाइड</translation>
    </message>
</context>
<context>
    <name>Dealscope::VersionAnnouncer</name>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n नया</numerusform>
            <numerusform>%n नए</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n amended</source>
        <translation>
            <numerusform>%n संशोधित</numerusform>
            <numerusform>%n संशोधित</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ended</source>
        <translation>
            <numerusform>%n समाप्त</numerusform>
            <numerusform>%n समाप्त</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not restated</source>
        <translation>
            <numerusform>%n दोहराया नहीं गया</numerusform>
            <numerusform>%n दोहराए नहीं गए</numerusform>
        </translation>
    </message>
    <message>
        <source>Now showing %1: no clause changed</source>
        <translation>अब %1 दिखाया जा रहा है: कोई खंड नहीं बदला</translation>
    </message>
    <message>
        <source>Now showing %1: %2</source>
        <translation>अब %1 दिखाया जा रहा है: %2</translation>
    </message>
</context>
<context>
    <name>Dealscope::VersionComparison</name>
    <message>
        <source>no end stated</source>
        <translation>कोई समाप्ति तय नहीं</translation>
    </message>
    <message>
        <source>through %1</source>
        <translation>%1 तक</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>%1 तक</translation>
    </message>
    <message>
        <source>%1, whichever comes first</source>
        <translation>%1, जो भी पहले हो</translation>
    </message>
    <message>
        <source> or </source>
        <translation> या </translation>
    </message>
    <message>
        <source>Added</source>
        <translation>जोड़ा गया</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>समाप्त</translation>
    </message>
    <message>
        <source>Amended</source>
        <translation>संशोधित</translation>
    </message>
    <message>
        <source>Not restated</source>
        <translation>दोहराया नहीं गया</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>शब्दावली</translation>
    </message>
    <message>
        <source>End</source>
        <translation>समाप्ति</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>स्रोत</translation>
    </message>
</context>
<context>
    <name>Dealscope::WindowPages</name>
    <message>
        <source>At a Glance</source>
        <translation>एक नज़र में</translation>
    </message>
    <message>
        <source>Explorer</source>
        <translation>एक्सप्लोरर</translation>
    </message>
    <message>
        <source>Scenario (illustrative)</source>
        <translation>परिदृश्य (उदाहरणार्थ)</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>लेख</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>तुलना</translation>
    </message>
    <message>
        <source>Open Questions</source>
        <translation>खुले प्रश्न</translation>
    </message>
    <message>
        <source>The Deal at a &amp;Glance</source>
        <translation>समझौता एक नज़र में(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Explorer</source>
        <translation>&amp;एक्सप्लोरर</translation>
    </message>
    <message>
        <source>&amp;Scenario</source>
        <translation>परि&amp;दृश्य</translation>
    </message>
    <message>
        <source>&amp;Articles</source>
        <translation>&amp;लेख</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>तुलना(&amp;O)</translation>
    </message>
    <message>
        <source>Open &amp;Questions</source>
        <translation>खुले प्रश्न(&amp;Q)</translation>
    </message>
    <message>
        <source>What each party gets, the key dates, what changed last and what is still unknown</source>
        <translation>हर पक्ष को क्या मिलता है, मुख्य तारीखें, पिछली बार क्या बदला और क्या अभी अज्ञात है</translation>
    </message>
    <message>
        <source>The clauses, their timeline and the details of the selected one</source>
        <translation>खंड, उनकी समयरेखा और चयनित आइटम का विवरण</translation>
    </message>
    <message>
        <source>An illustrative model of Azure revenue under the agreement&apos;s terms</source>
        <translation>समझौते की शर्तों के तहत Azure राजस्व का एक उदाहरणार्थ मॉडल</translation>
    </message>
    <message>
        <source>Explainer articles on the agreement and its amendment</source>
        <translation>समझौते और उसके संशोधन पर व्याख्यात्मक लेख</translation>
    </message>
    <message>
        <source>Two versions of the agreement compared, wording beside wording</source>
        <translation>समझौते के दो संस्करणों की तुलना, शब्दावली के साथ शब्दावली</translation>
    </message>
    <message>
        <source>Every point the sources disagree on or leave unknown, with each claim and its sources</source>
        <translation>हर वह बिंदु जिस पर स्रोत असहमत हैं या जो अज्ञात है, हर दावे और उसके स्रोतों के साथ</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>पृष्ठ</translation>
    </message>
</context>
<context>
    <name>Dealscope::ZoomActions</name>
    <message>
        <source>Zoom &amp;In</source>
        <translation>ज़ूम &amp;इन</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>ज़ूम &amp;आउट</translation>
    </message>
    <message>
        <source>&amp;Fit Selection</source>
        <translation>चयन में &amp;फ़िट करें</translation>
    </message>
    <message>
        <source>Fit the selected clauses and events across the timeline, or everything</source>
        <translation>चयनित खंडों और घटनाओं को समयरेखा की चौड़ाई में फ़िट करें, या सब कुछ</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>ज़ूम &amp;रीसेट करें</translation>
    </message>
    <message>
        <source>Back to the whole timeline, as it opens</source>
        <translation>पूरी समयरेखा पर वापस जाएँ, जैसी वह खुलने पर दिखती है</translation>
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
        <translation>&amp;फ़ाइल</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;संपादन</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;दृश्य</translation>
    </message>
    <message>
        <source>&amp;Window</source>
        <translation>&amp;विंडो</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>स&amp;हायता</translation>
    </message>
    <message>
        <source>&amp;Open Dataset…</source>
        <translation>डेटासेट &amp;खोलें…</translation>
    </message>
    <message>
        <source>Open another agreement described in the Dealscope dataset format</source>
        <translation>Dealscope डेटासेट प्रारूप में वर्णित कोई अन्य समझौता खोलें</translation>
    </message>
    <message>
        <source>Open &amp;Bundled Dataset</source>
        <translation>&amp;अंतर्निहित डेटासेट खोलें</translation>
    </message>
    <message>
        <source>Return to the Microsoft–OpenAI dataset that ships with Dealscope</source>
        <translation>Dealscope के साथ आने वाले Microsoft–OpenAI डेटासेट पर लौटें</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;बाहर निकलें</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;ढूँढें…</translation>
    </message>
    <message>
        <source>Find clauses and events by title, wording or source</source>
        <translation>शीर्षक, पाठ या स्रोत के आधार पर खंड और घटनाएँ ढूँढें</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;अगला ढूँढें</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>पि&amp;छला ढूँढें</translation>
    </message>
    <message>
        <source>F&amp;ilter Clauses</source>
        <translation>&amp;खंड फ़िल्टर करें</translation>
    </message>
    <message>
        <source>Show only the clauses and events that match a text</source>
        <translation>केवल वे खंड और घटनाएँ दिखाएँ जो किसी पाठ से मेल खाती हों</translation>
    </message>
    <message>
        <source>&amp;Previous Version</source>
        <translation>&amp;पिछला संस्करण</translation>
    </message>
    <message>
        <source>Show the agreement as the previous version left it</source>
        <translation>समझौते को पिछले संस्करण के बाद की स्थिति में दिखाएँ</translation>
    </message>
    <message>
        <source>&amp;Next Version</source>
        <translation>&amp;अगला संस्करण</translation>
    </message>
    <message>
        <source>Show the agreement as the next version left it</source>
        <translation>समझौते को अगले संस्करण के बाद की स्थिति में दिखाएँ</translation>
    </message>
    <message>
        <source>Ass&amp;ume AGI Verification…</source>
        <translation>&amp;AGI सत्यापन मानें…</translation>
    </message>
    <message>
        <source>Assume a year for the verification of AGI, so that terms ending then get a date</source>
        <translation>AGI सत्यापन का एक वर्ष मान लें, ताकि तब समाप्त होने वाली शर्तों को एक तिथि मिल सके</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>लेआउट &amp;रीसेट करें</translation>
    </message>
    <message>
        <source>Put the docks and toolbars back where they were at first start</source>
        <translation>डॉक और टूलबार को वहीं वापस रखें जहाँ वे पहली बार शुरू करने पर थे</translation>
    </message>
    <message>
        <source>&amp;About Dealscope</source>
        <translation>Dealscope के &amp;बारे में</translation>
    </message>
    <message>
        <source>Show &amp;Changes</source>
        <translation>&amp;बदलाव दिखाएँ</translation>
    </message>
    <message>
        <source>Mark what the selected version introduced, amended, ended or did not restate</source>
        <translation>चिह्नित करें कि चयनित संस्करण ने क्या जोड़ा, संशोधित किया, समाप्त किया या दोहराया नहीं</translation>
    </message>
    <message>
        <source>&amp;Export Chart…</source>
        <translation>&amp;चार्ट निर्यात करें…</translation>
    </message>
    <message>
        <source>Save the scenario chart shown as PNG, SVG or PDF</source>
        <translation>दिखाया गया परिदृश्य चार्ट PNG, SVG या PDF के रूप में सहेजें</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export &amp;Timeline…</source>
        <translation>सम&amp;यरेखा निर्यात करें…</translation>
    </message>
    <message>
        <source>Save the timeline as PNG, SVG or PDF</source>
        <translation>समयरेखा को PNG, SVG या PDF के रूप में सहेजें</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>Export T&amp;able…</source>
        <translation>&amp;तालिका निर्यात करें…</translation>
    </message>
    <message>
        <source>Save a table (projection, sensitivity, fan, clauses or events) as CSV</source>
        <translation>कोई तालिका (प्रक्षेपण, संवेदनशीलता, फ़ैन चार्ट, खंड या घटनाएँ) CSV के रूप में सहेजें</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation>&amp;रिपोर्ट निर्यात करें…</translation>
    </message>
    <message>
        <source>Save a PDF report: clauses in force, timeline, scenario charts and sources</source>
        <translation>PDF रिपोर्ट सहेजें: लागू खंड, समयरेखा, परिदृश्य चार्ट और स्रोत</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>प्रिं&amp;ट करें…</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Print the timeline, or the scenario chart when the Scenario view is shown, with a preview</source>
        <translation>समयरेखा प्रिंट करें, या जब परिदृश्य दृश्य दिखाया गया हो तो परिदृश्य चार्ट, पूर्वावलोकन के साथ</translation>
    </message>
</context>
</TS>
