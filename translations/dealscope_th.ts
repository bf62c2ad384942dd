<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th" sourcelanguage="en">
<context>
    <name>Dealscope</name>
    <message>
        <source>Not yet agreed</source>
        <translation>ยังไม่ได้ตกลง</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>มีผลบังคับใช้</translation>
    </message>
    <message>
        <source>Not restated</source>
        <translation>ไม่ได้ระบุซ้ำ</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>สิ้นสุดแล้ว</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>หมดอายุ</translation>
    </message>
    <message>
        <source>New</source>
        <translation>ใหม่</translation>
    </message>
    <message>
        <source>Reaffirmed</source>
        <translation>ยืนยันซ้ำ</translation>
    </message>
    <message>
        <source>Amended</source>
        <translation>แก้ไขเพิ่มเติม</translation>
    </message>
    <message>
        <source>official text (company post, filing, earnings call)</source>
        <translation>ข้อความทางการ (ประกาศของบริษัท เอกสารยื่นต่อหน่วยงานกำกับ การประชุมแถลงผลประกอบการ)</translation>
    </message>
    <message>
        <source>several independent reports agree</source>
        <translation>รายงานอิสระหลายฉบับตรงกัน</translation>
    </message>
    <message>
        <source>a single or weak source, or sources disagree</source>
        <translation>มีแหล่งที่มาเดียวหรือแหล่งที่มาไม่หนักแน่น หรือแหล่งที่มาขัดแย้งกัน</translation>
    </message>
    <message>
        <source>not verified: treat as unknown</source>
        <translation>ยังไม่ได้ตรวจสอบ: ให้ถือว่าไม่ทราบ</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>การลงทุน</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>ข้อตกลง</translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation>การแก้ไขเพิ่มเติม</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>แถลงการณ์</translation>
    </message>
    <message>
        <source>Cloud deal</source>
        <translation>ข้อตกลงคลาวด์</translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation>ผลประกอบการ</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>ข้อพิพาท</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>การกำกับดูแล</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>ผลิตภัณฑ์</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>การระดมทุน</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>กฎหมาย</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>รายงาน</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>ภายหลัง</translation>
    </message>
</context>
<context>
    <name>Dealscope::AgreementModel</name>
    <message>
        <source>Clause</source>
        <translation>ข้อสัญญา</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>ความเชื่อมั่น</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>เหตุการณ์</translation>
    </message>
    <message>
        <source>Dated events around the agreement</source>
        <translation>เหตุการณ์ที่มีวันที่ซึ่งเกี่ยวข้องกับข้อตกลง</translation>
    </message>
    <message>
        <source>Ended %1</source>
        <translation>สิ้นสุดเมื่อ %1</translation>
    </message>
    <message>
        <source>end of %1</source>
        <translation>สิ้นปี %1</translation>
    </message>
    <message>
        <source>No end stated</source>
        <translation>ไม่ได้ระบุวันสิ้นสุด</translation>
    </message>
    <message>
        <source>At %1 (no date)</source>
        <translation>เมื่อถึง %1 (ไม่มีวันที่)</translation>
    </message>
    <message>
        <source> or </source>
        <translation> หรือ </translation>
    </message>
    <message>
        <source>%1, or %2 if earlier</source>
        <translation>%1 หรือ %2 หากถึงก่อน</translation>
    </message>
    <message>
        <source>Ends: %1</source>
        <translation>สิ้นสุด: %1</translation>
    </message>
    <message>
        <source>Confidence: %1</source>
        <translation>ความเชื่อมั่น: %1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>แหล่งที่มา: %1</translation>
    </message>
    <message>
        <source>English text; no %1 translation</source>
        <translation>ข้อความภาษาอังกฤษ; ไม่มีคำแปลภาษา%1</translation>
    </message>
    <message>
        <source>When a clause ends; when an event happened</source>
        <translation>เวลาที่ข้อสัญญาสิ้นสุด; เวลาที่เหตุการณ์เกิดขึ้น</translation>
    </message>
    <message>
        <source>What the selected version did: new, amended, ended or not restated</source>
        <translation>สิ่งที่ฉบับที่เลือกเปลี่ยนแปลง: ใหม่ แก้ไขเพิ่มเติม สิ้นสุดแล้ว หรือไม่ได้ระบุซ้ำ</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>การเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>Ends / date</source>
        <translation>สิ้นสุด / วันที่</translation>
    </message>
    <message>
        <source>In this version: %1</source>
        <translation>ในฉบับนี้: %1</translation>
    </message>
    <message>
        <source>New in the selected version</source>
        <translation>ใหม่ในฉบับที่เลือก</translation>
    </message>
    <message>
        <source>After the selected version (%1)</source>
        <translation>หลังฉบับที่เลือก (%1)</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>ระดับ %1</translation>
    </message>
    <message>
        <source>Level %1, in %2</source>
        <translation>ระดับ %1 ใน %2</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>วันที่: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>สถานะ: %1</translation>
    </message>
    <message>
        <source>No end</source>
        <translation>ไม่มีวันสิ้นสุด</translation>
    </message>
    <message>
        <source>by %1</source>
        <comment>the latest a clause can end; a milestone may end it earlier</comment>
        <translation>ภายใน %1</translation>
    </message>
</context>
<context>
    <name>Dealscope::AgreementStatusLine</name>
    <message>
        <source>AGI verification assumed in %1</source>
        <translation>สมมติว่ายืนยัน AGI ในปี %1</translation>
    </message>
    <message>
        <source>AGI verification unresolved</source>
        <translation>การยืนยัน AGI ยังไม่มีข้อยุติ</translation>
    </message>
    <message>
        <source>facts checked %1</source>
        <translation>ตรวจสอบข้อเท็จจริงเมื่อ %1</translation>
    </message>
    <message numerus="yes">
        <source>As of %1 (%2): %n clause(s) in force or not restated</source>
        <translation>
            <numerusform>ณ %1 (%2): ข้อสัญญาที่มีผลบังคับใช้หรือไม่ได้ระบุซ้ำ %n ข้อ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dealscope::ArticleView</name>
    <message>
        <source>Parallel</source>
        <translation>เทียบคู่</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>บทความ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <source>Show a second language side by side, paragraph by paragraph</source>
        <translation>แสดงภาษาที่สองเคียงข้างกันทีละย่อหน้า</translation>
    </message>
    <message>
        <source>Second language</source>
        <translation>ภาษาที่สอง</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>เนื้อหาบทความ</translation>
    </message>
    <message>
        <source>Find in article…</source>
        <translation>ค้นหาในบทความ…</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>ก่อนหน้า</translation>
    </message>
    <message>
        <source>Find previous (Shift+Enter)</source>
        <translation>ค้นหาก่อนหน้า (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>ถัดไป</translation>
    </message>
    <message>
        <source>Find next (Enter)</source>
        <translation>ค้นหาถัดไป (Enter)</translation>
    </message>
    <message>
        <source>No articles are available.</source>
        <translation>ไม่มีบทความให้แสดง</translation>
    </message>
    <message>
        <source>The %1 version cannot be shown: %2</source>
        <translation>ไม่สามารถแสดงฉบับ %1 ได้: %2</translation>
    </message>
    <message>
        <source>This article cannot be shown.</source>
        <translation>ไม่สามารถแสดงบทความนี้ได้</translation>
    </message>
    <message>
        <source>English: not translated</source>
        <translation>ภาษาอังกฤษ: ยังไม่ได้แปล</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>ไม่พบรายการที่ตรงกัน</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>พบ %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>Find in article</source>
        <translation>ค้นหาในบทความ</translation>
    </message>
</context>
<context>
    <name>Dealscope::AutosaveStore</name>
    <message>
        <source>cannot create %1</source>
        <translation>ไม่สามารถสร้าง %1 ได้</translation>
    </message>
    <message>
        <source>cannot lock %1</source>
        <translation>ไม่สามารถล็อก %1 ได้</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>ไม่สามารถเขียน %1 ได้: %2</translation>
    </message>
</context>
<context>
    <name>Dealscope::ChartValueText</name>
    <message>
        <source>$%1 B</source>
        <translation>$%1 พันล้าน</translation>
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
        <translation>กรองข้อสัญญาและเหตุการณ์…</translation>
    </message>
    <message>
        <source>Keep the clauses and events whose title, wording or source contains every word</source>
        <translation>แสดงเฉพาะข้อสัญญาและเหตุการณ์ที่ชื่อ ถ้อยคำ หรือแหล่งที่มามีคำค้นครบทุกคำ</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>ข้อสัญญา</translation>
    </message>
    <message>
        <source>Filter clauses and events</source>
        <translation>กรองข้อสัญญาและเหตุการณ์</translation>
    </message>
</context>
<context>
    <name>Dealscope::CompareController</name>
    <message>
        <source>Export Changes</source>
        <translation>ส่งออกการเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>Redline PDF (*.pdf);;CSV table (*.csv)</source>
        <translation>PDF แสดงการแก้ไข (*.pdf);;ตาราง CSV (*.csv)</translation>
    </message>
    <message>
        <source>Compare &amp;Versions…</source>
        <translation>เปรียบเทียบฉบับ(&amp;V)…</translation>
    </message>
    <message>
        <source>Compare two versions of the agreement, wording beside wording</source>
        <translation>เปรียบเทียบสองฉบับของข้อตกลง โดยวางถ้อยคำเคียงกัน</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>เปรียบเทียบ</translation>
    </message>
    <message>
        <source>Outline an Earlier Version on the &amp;Timeline</source>
        <translation>แสดงกรอบฉบับก่อนหน้าบน&amp;ไทม์ไลน์</translation>
    </message>
    <message>
        <source>Outline on the timeline each term as %1 had it,
to compare with %2 (%3)</source>
        <translation>แสดงกรอบของแต่ละระยะเวลาบนไทม์ไลน์ตาม %1
เพื่อเทียบกับ %2 (%3)</translation>
    </message>
    <message>
        <source>Outline on the timeline each term as the version before had it (%1)</source>
        <translation>แสดงกรอบของแต่ละระยะเวลาบนไทม์ไลน์ตามฉบับก่อนหน้า (%1)</translation>
    </message>
</context>
<context>
    <name>Dealscope::CompareView</name>
    <message>
        <source>All changes</source>
        <translation>การเปลี่ยนแปลงทั้งหมด</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>เพิ่มใหม่</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>สิ้นสุดแล้ว</translation>
    </message>
    <message>
        <source>Amended</source>
        <translation>แก้ไขเพิ่มเติม</translation>
    </message>
    <message>
        <source>Not restated</source>
        <translation>ไม่ได้ระบุซ้ำ</translation>
    </message>
    <message>
        <source>New events</source>
        <translation>เหตุการณ์ใหม่</translation>
    </message>
    <message>
        <source>Version &amp;A:</source>
        <translation>ฉบับ &amp;A:</translation>
    </message>
    <message>
        <source>Version &amp;B:</source>
        <translation>ฉบับ &amp;B:</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>แสดง(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>ส่งออก(&amp;E)…</translation>
    </message>
    <message>
        <source>Save this comparison as a redline PDF or as a CSV table</source>
        <translation>บันทึกการเปรียบเทียบนี้เป็น PDF แสดงการแก้ไขหรือเป็นตาราง CSV</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>สลับ</translation>
    </message>
    <message>
        <source>Swap versions A and B</source>
        <translation>สลับฉบับ A และ B</translation>
    </message>
    <message>
        <source>Version A</source>
        <translation>ฉบับ A</translation>
    </message>
    <message>
        <source>The earlier version: its wording is struck through where B differs</source>
        <translation>ฉบับก่อนหน้า: ถ้อยคำที่ต่างจาก B จะถูกขีดฆ่า</translation>
    </message>
    <message>
        <source>Version B</source>
        <translation>ฉบับ B</translation>
    </message>
    <message>
        <source>The later version: its wording is underlined where it differs from A</source>
        <translation>ฉบับหลัง: ถ้อยคำที่ต่างจาก A จะถูกขีดเส้นใต้</translation>
    </message>
    <message>
        <source>Kind of change</source>
        <translation>ประเภทการเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>Changes between versions A and B</source>
        <translation>การเปลี่ยนแปลงระหว่างฉบับ A และ B</translation>
    </message>
</context>
<context>
    <name>Dealscope::DetailsFormatter</name>
    <message>
        <source>%1 — parts range from %2 to %3</source>
        <translation>%1 — ส่วนต่าง ๆ อยู่ในช่วงตั้งแต่ %2 ถึง %3</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>ประมาณ %1</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>สูงสุด %1</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>มากกว่า %1</translation>
    </message>
    <message>
        <source>See:</source>
        <translation>ดู:</translation>
    </message>
    <message>
        <source>Conflicting reports</source>
        <translation>รายงานขัดแย้งกัน</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>ไม่ทราบ</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>ณ %1</translation>
    </message>
    <message>
        <source>As first agreed:</source>
        <translation>ตามที่ตกลงครั้งแรก:</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>ระยะเวลา</translation>
    </message>
    <message>
        <source>not yet agreed</source>
        <translation>ยังไม่ได้ตกลง</translation>
    </message>
    <message>
        <source>This end depends on a milestone with no known date: %1. Assume a date under View › Assume AGI Verification to see the term end there.</source>
        <translation>วันสิ้นสุดนี้ขึ้นอยู่กับหมุดหมายที่ยังไม่ทราบวันที่: %1 กำหนดวันที่สมมติได้ที่ มุมมอง › สมมติการยืนยัน AGI เพื่อดูระยะเวลาสิ้นสุด ณ วันนั้น</translation>
    </message>
    <message>
        <source> or </source>
        <translation> หรือ </translation>
    </message>
    <message>
        <source>History</source>
        <translation>ประวัติ</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>ความเชื่อมั่น</translation>
    </message>
    <message>
        <source>Open questions</source>
        <translation>คำถามที่ยังไม่มีคำตอบ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>แหล่งที่มา</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>ตัวเลข</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>ข้อสัญญา</translation>
    </message>
    <message>
        <source>Facts last checked on %1.</source>
        <translation>ตรวจสอบข้อเท็จจริงล่าสุดเมื่อ %1</translation>
    </message>
    <message>
        <source>Select a clause or an event in the tree or on the timeline to see its terms, history, confidence and sources.</source>
        <translation>เลือกข้อสัญญาหรือเหตุการณ์ในรายการหรือบนไทม์ไลน์ เพื่อดูเงื่อนไข ประวัติ ความเชื่อมั่น และแหล่งที่มา</translation>
    </message>
    <message>
        <source>Ended on %1</source>
        <translation>สิ้นสุดเมื่อ %1</translation>
    </message>
    <message>
        <source>Expired on %1</source>
        <translation>หมดอายุเมื่อ %1</translation>
    </message>
    <message>
        <source>The last wording was:</source>
        <translation>ถ้อยคำล่าสุดคือ:</translation>
    </message>
    <message>
        <source>Later than the selected version (%1).</source>
        <translation>เกิดขึ้นหลังฉบับที่เลือก (%1)</translation>
    </message>
    <message>
        <source>Versions: %1 · Clauses: %2 · Dated events: %3 · Open questions: %4 · Sources: %5</source>
        <translation>ฉบับ: %1 · ข้อสัญญา: %2 · เหตุการณ์ที่มีวันที่: %3 · คำถามที่ยังไม่มีคำตอบ: %4 · แหล่งที่มา: %5</translation>
    </message>
</context>
<context>
    <name>Dealscope::DetailsPane</name>
    <message>
        <source>Details</source>
        <translation>รายละเอียด</translation>
    </message>
</context>
<context>
    <name>Dealscope::DocumentAccessible</name>
    <message>
        <source>Link: %1</source>
        <translation>ลิงก์: %1</translation>
    </message>
</context>
<context>
    <name>Dealscope::ExportText</name>
    <message>
        <source>%1: choose a .png, .svg or .pdf file</source>
        <translation>%1: โปรดเลือกไฟล์ .png, .svg หรือ .pdf</translation>
    </message>
    <message>
        <source>this dataset has no scenario model</source>
        <translation>ชุดข้อมูลนี้ไม่มีแบบจำลองสถานการณ์</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>ส่งออก%1</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Dark colours instead of paper</source>
        <translation>ใช้สีเข้มแทนสีกระดาษ</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>ความกว้าง:</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>ความสูง:</translation>
    </message>
    <message>
        <source>Resolution (dpi):</source>
        <translation>ความละเอียด (dpi):</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>ส่งออกไม่สำเร็จ</translation>
    </message>
    <message>
        <source>This dataset has no scenario model, so there is no chart to export.</source>
        <translation>ชุดข้อมูลนี้ไม่มีแบบจำลองสถานการณ์ จึงไม่มีแผนภูมิให้ส่งออก</translation>
    </message>
    <message>
        <source>timeline</source>
        <translation>ไทม์ไลน์</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>ภาพ PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>ภาพวาด SVG (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>เอกสาร PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Yearly projection</source>
        <translation>การคาดการณ์รายปี</translation>
    </message>
    <message>
        <source>Sensitivity (tornado)</source>
        <translation>ความอ่อนไหว (แผนภูมิทอร์นาโด)</translation>
    </message>
    <message>
        <source>AGI-year fan percentiles</source>
        <translation>เปอร์เซ็นไทล์ของแผนภูมิรูปพัดปี AGI</translation>
    </message>
    <message>
        <source>Clauses as of the shown version</source>
        <translation>ข้อสัญญา ณ ฉบับที่แสดง</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>เหตุการณ์</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>ส่งออกตาราง</translation>
    </message>
    <message>
        <source>Table:</source>
        <translation>ตาราง:</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>ตาราง CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>ส่งออกรายงาน</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>ตัวอย่างก่อนพิมพ์</translation>
    </message>
    <message>
        <source>--as-of &quot;%1&quot;: no such version (expected a date or one of %2)</source>
        <translation>--as-of &quot;%1&quot;: ไม่มีฉบับนี้ (ต้องเป็นวันที่หรือค่าใดค่าหนึ่งใน %2)</translation>
    </message>
    <message>
        <source>--preset &quot;%1&quot;: expected one of %2</source>
        <translation>--preset &quot;%1&quot;: ต้องเป็นค่าใดค่าหนึ่งใน %2</translation>
    </message>
    <message>
        <source>Default assumptions</source>
        <translation>สมมติฐานเริ่มต้น</translation>
    </message>
    <message>
        <source>--set %1=%2: out of range (%3 to %4%5)</source>
        <translation>--set %1=%2: อยู่นอกช่วง (%3 ถึง %4%5)</translation>
    </message>
    <message>
        <source>, whole numbers</source>
        <translation>, จำนวนเต็มเท่านั้น</translation>
    </message>
    <message>
        <source>the dataset lacks the terms the scenario model needs: %1</source>
        <translation>ชุดข้อมูลไม่มีเงื่อนไขที่แบบจำลองสถานการณ์ต้องใช้: %1</translation>
    </message>
    <message>
        <source>the dataset lacks the other terms to compare with: %1</source>
        <translation>ชุดข้อมูลไม่มีชุดเงื่อนไขอีกชุดสำหรับเปรียบเทียบ: %1</translation>
    </message>
    <message>
        <source>Illustrative; made with Dealscope.</source>
        <translation>เพื่อการอธิบาย; สร้างด้วย Dealscope</translation>
    </message>
    <message>
        <source>%1 chart, %2, %3</source>
        <translation>แผนภูมิ %1, %2, %3</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>ไม่สามารถเขียน %1 ได้: %2</translation>
    </message>
    <message>
        <source>a drawing cannot be written as CSV</source>
        <translation>ไม่สามารถเขียนภาพวาดเป็น CSV ได้</translation>
    </message>
    <message>
        <source>Illustrative model of the agreement&apos;s terms, not a forecast and not advice.</source>
        <translation>แบบจำลองเงื่อนไขของข้อตกลงเพื่อการอธิบาย ไม่ใช่การพยากรณ์และไม่ใช่คำแนะนำ</translation>
    </message>
    <message>
        <source>Dealscope %1 · %2, facts checked on %3.</source>
        <translation>Dealscope %1 · %2, ตรวจสอบข้อเท็จจริงเมื่อ %3</translation>
    </message>
    <message>
        <source>Dashed: %1.</source>
        <translation>เส้นประ: %1</translation>
    </message>
    <message>
        <source>%1: clauses and events as of %2</source>
        <translation>%1: ข้อสัญญาและเหตุการณ์ ณ %2</translation>
    </message>
    <message>
        <source>Bars run from a term&apos;s start to its end; faded ends wait for a milestone such as AGI verification.</source>
        <translation>แถบแสดงระยะเวลาตั้งแต่เริ่มต้นจนสิ้นสุดของเงื่อนไข ปลายแถบที่จางลงคือส่วนที่รอหมุดหมาย เช่น การยืนยัน AGI</translation>
    </message>
    <message>
        <source>Not yet agreed</source>
        <translation>ยังไม่ได้ตกลง</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>มีผลบังคับใช้</translation>
    </message>
    <message>
        <source>Not restated</source>
        <translation>ไม่ได้ระบุซ้ำ</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>สิ้นสุดแล้ว</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>หมดอายุ</translation>
    </message>
    <message>
        <source>No end stated</source>
        <translation>ไม่ได้ระบุวันสิ้นสุด</translation>
    </message>
    <message>
        <source>At %1</source>
        <translation>เมื่อถึง %1</translation>
    </message>
    <message>
        <source>%1, or earlier at %2</source>
        <translation>%1 หรือเร็วกว่านั้นเมื่อถึง %2</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 ปี</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>สมมติฐาน</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>ค่า</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>ค่าเริ่มต้น</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>ที่มาของค่า</translation>
    </message>
    <message>
        <source>assumption</source>
        <translation>สมมติฐาน</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>ช่วง</translation>
    </message>
    <message>
        <source>At minimum, $B</source>
        <translation>ที่ค่าต่ำสุด ($ พันล้าน)</translation>
    </message>
    <message>
        <source>At maximum, $B</source>
        <translation>ที่ค่าสูงสุด ($ พันล้าน)</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>ฉบับ:</translation>
    </message>
    <message>
        <source>Facts checked on:</source>
        <translation>ตรวจสอบข้อเท็จจริงเมื่อ:</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>สถานการณ์จำลอง:</translation>
    </message>
    <message>
        <source>Report made on:</source>
        <translation>จัดทำรายงานเมื่อ:</translation>
    </message>
    <message>
        <source>Made with Dealscope %1. The scenario figures are illustrative: neither a forecast nor legal or investment advice. Confidence codes: A official text, B several independent reports, C a single or weak source, X not verified.</source>
        <translation>จัดทำด้วย Dealscope %1 ตัวเลขของสถานการณ์จำลองมีไว้เพื่อการอธิบาย: ไม่ใช่การพยากรณ์ และไม่ใช่คำแนะนำทางกฎหมายหรือการลงทุน รหัสความเชื่อมั่น: A ข้อความทางการ, B รายงานอิสระหลายฉบับ, C แหล่งที่มาเดียวหรือไม่หนักแน่น, X ยังไม่ได้ตรวจสอบ</translation>
    </message>
    <message>
        <source>Clauses in force</source>
        <translation>ข้อสัญญาที่มีผลบังคับใช้</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>ข้อสัญญา</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>สิ้นสุด</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>ความเชื่อมั่น</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>แหล่งที่มา</translation>
    </message>
    <message>
        <source>%1 — report</source>
        <translation>%1 — รายงาน</translation>
    </message>
    <message>
        <source>Azure stack by layer and revenue share</source>
        <translation>สแต็ก Azure แยกตามชั้นและส่วนแบ่งรายได้</translation>
    </message>
    <message>
        <source>Comparison with the other terms</source>
        <translation>เปรียบเทียบกับชุดเงื่อนไขอีกชุด</translation>
    </message>
    <message>
        <source>Solid: %1. Dashed: %2. Assumptions as in the table above.</source>
        <translation>เส้นทึบ: %1 เส้นประ: %2 สมมติฐานตามตารางด้านบน</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>ความอ่อนไหว</translation>
    </message>
    <message>
        <source>AGI-year uncertainty</source>
        <translation>ความไม่แน่นอนของปี AGI</translation>
    </message>
    <message>
        <source>cannot write %1: the PDF could not be started</source>
        <translation>ไม่สามารถเขียน %1 ได้: ไม่สามารถเริ่มสร้าง PDF ได้</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>ไทม์ไลน์</translation>
    </message>
    <message>
        <source>Scenario: %1.</source>
        <translation>สถานการณ์จำลอง: %1</translation>
    </message>
    <message>
        <source>Amendment bridge, term by term</source>
        <translation>บริดจ์การแก้ไขสัญญา แยกตามเงื่อนไข</translation>
    </message>
    <message>
        <source>--from &quot;%1&quot; --to &quot;%2&quot;: no such versions to compare (expected dates or two of %3)</source>
        <translation>--from &quot;%1&quot; --to &quot;%2&quot;: ไม่มีฉบับดังกล่าวให้เปรียบเทียบ (ต้องเป็นวันที่หรือสองรายการจาก %3)</translation>
    </message>
    <message>
        <source>the bridge cannot use these terms: %1</source>
        <translation>บริดจ์ใช้เงื่อนไขเหล่านี้ไม่ได้: %1</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>เงื่อนไข</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>ข้อสัญญา</translation>
    </message>
    <message>
        <source>Microsoft total, $B</source>
        <translation>รวมของ Microsoft (พันล้าน $)</translation>
    </message>
    <message>
        <source>Revenue share, $B</source>
        <translation>ส่วนแบ่งรายได้ (พันล้าน $)</translation>
    </message>
    <message>
        <source>Each step is the term&apos;s average effect over every order of switching the terms (its Shapley value), so the steps add up to the difference whatever their order.</source>
        <translation>แต่ละขั้นคือผลเฉลี่ยของเงื่อนไขนั้นในทุกลำดับของการสลับเงื่อนไข (ค่าแชปลีย์) ผลรวมของขั้นจึงเท่ากับผลต่างไม่ว่าลำดับใด</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>สิ่งที่เปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>revenue by layer</source>
        <translation>รายได้แยกตามชั้น</translation>
    </message>
    <message>
        <source>revenue by layer, two scenarios compared</source>
        <translation>รายได้แยกตามชั้น เทียบสองสถานการณ์</translation>
    </message>
    <message>
        <source>sensitivity (tornado)</source>
        <translation>ความอ่อนไหว (แผนภูมิทอร์นาโด)</translation>
    </message>
    <message>
        <source>AGI-year fan</source>
        <translation>แผนภูมิรูปพัดปี AGI</translation>
    </message>
    <message>
        <source>amendment bridge</source>
        <translation>บริดจ์การแก้ไขสัญญา</translation>
    </message>
    <message>
        <source>Export chart: %1</source>
        <translation>ส่งออกแผนภูมิ: %1</translation>
    </message>
</context>
<context>
    <name>Dealscope::FanTableModel</name>
    <message>
        <source>Azure stack</source>
        <translation>สแต็ก Azure</translation>
    </message>
    <message>
        <source>Revenue share</source>
        <translation>ส่วนแบ่งรายได้</translation>
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
        <translation>มีสำเนาที่กันไว้ของ %1 มากเกินไป</translation>
    </message>
</context>
<context>
    <name>Dealscope::GlossaryView</name>
    <message>
        <source>Search the glossary…</source>
        <translation>ค้นหาในอภิธานศัพท์…</translation>
    </message>
    <message>
        <source>Search the glossary</source>
        <translation>ค้นหาในอภิธานศัพท์</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>อภิธานศัพท์</translation>
    </message>
    <message>
        <source>Also: %1</source>
        <translation>ชื่ออื่น: %1</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>แหล่งที่มา:</translation>
    </message>
    <message>
        <source>No term matches.</source>
        <translation>ไม่มีคำที่ตรงกัน</translation>
    </message>
    <message numerus="yes">
        <source>%n term(s)</source>
        <translation>
            <numerusform>%n คำ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dealscope::HelpMenu</name>
    <message>
        <source>The Deal at a &amp;Glance</source>
        <translation>ภาพรวมข้อตกลง(&amp;G)</translation>
    </message>
    <message>
        <source>What each party gets, the key dates, what changed last and what is still unknown</source>
        <translation>สิ่งที่แต่ละฝ่ายได้รับ วันสำคัญ สิ่งที่เปลี่ยนล่าสุด และสิ่งที่ยังไม่ทราบ</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>คู่มือผู้ใช้(&amp;U)</translation>
    </message>
    <message>
        <source>Open the guide at the part about the pane you are in</source>
        <translation>เปิดคู่มือที่ส่วนที่อธิบายบานหน้าต่างที่คุณอยู่</translation>
    </message>
    <message>
        <source>&amp;Legend</source>
        <translation>คำอธิบายสัญลักษณ์(&amp;L)</translation>
    </message>
    <message>
        <source>What every badge, icon, shape and colour of the views means</source>
        <translation>ความหมายของป้าย ไอคอน รูปทรง และสีทุกแบบในมุมมองต่าง ๆ</translation>
    </message>
    <message>
        <source>Gl&amp;ossary</source>
        <translation>อภิธานศัพท์(&amp;O)</translation>
    </message>
    <message>
        <source>The terms of the agreement and of the trade, explained</source>
        <translation>คำอธิบายศัพท์ของข้อตกลงและของวงการ</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>อภิธานศัพท์</translation>
    </message>
    <message>
        <source>About Dealscope</source>
        <translation>เกี่ยวกับ Dealscope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Dealscope %1&lt;/h3&gt;&lt;p&gt;An explorer for business agreements: their clauses, versions and timeline.&lt;/p&gt;&lt;p&gt;The bundled dataset describes the Microsoft–OpenAI partnership from public sources; it is not legal or investment advice.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Dealscope %1&lt;/h3&gt;&lt;p&gt;โปรแกรมสำรวจข้อตกลงทางธุรกิจ: ข้อสัญญา ฉบับต่าง ๆ และไทม์ไลน์&lt;/p&gt;&lt;p&gt;ชุดข้อมูลที่มาพร้อมโปรแกรมอธิบายความร่วมมือระหว่าง Microsoft–OpenAI จากแหล่งข้อมูลสาธารณะ ไม่ใช่คำแนะนำทางกฎหมายหรือการลงทุน&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Dealscope::ItemFinder</name>
    <message>
        <source>Found: %1</source>
        <translation>พบ: %1</translation>
    </message>
    <message>
        <source>Nothing matches “%1”</source>
        <translation>ไม่พบรายการที่ตรงกับ “%1”</translation>
    </message>
</context>
<context>
    <name>Dealscope::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;ภาษา</translation>
    </message>
    <message>
        <source>The language of the interface, the dataset texts and the articles</source>
        <translation>ภาษาของส่วนติดต่อผู้ใช้ ข้อความในชุดข้อมูล และบทความ</translation>
    </message>
    <message>
        <source>System Default (%1)</source>
        <translation>ค่าเริ่มต้นของระบบ (%1)</translation>
    </message>
</context>
<context>
    <name>Dealscope::LegendButton</name>
    <message>
        <source>Legend: what the badges, icons, shapes and lines mean</source>
        <translation>คำอธิบายสัญลักษณ์: ความหมายของป้าย ไอคอน รูปทรง และเส้น</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>คำอธิบายสัญลักษณ์</translation>
    </message>
</context>
<context>
    <name>Dealscope::LegendDialog</name>
    <message>
        <source>Legend</source>
        <translation>คำอธิบายสัญลักษณ์</translation>
    </message>
</context>
<context>
    <name>Dealscope::LegendView</name>
    <message>
        <source>The version shown brought this clause in.</source>
        <translation>ฉบับที่แสดงได้เพิ่มข้อสัญญานี้</translation>
    </message>
    <message>
        <source>The version shown confirmed the clause as it was.</source>
        <translation>ฉบับที่แสดงยืนยันข้อสัญญาตามเดิม</translation>
    </message>
    <message>
        <source>The version shown changed the clause&apos;s wording or term.</source>
        <translation>ฉบับที่แสดงได้เปลี่ยนถ้อยคำหรือระยะเวลาของข้อสัญญา</translation>
    </message>
    <message>
        <source>The version shown ended the clause.</source>
        <translation>ฉบับที่แสดงได้ยุติข้อสัญญานี้</translation>
    </message>
    <message>
        <source>The version shown did not mention the clause: it may still apply, but nobody has confirmed it.</source>
        <translation>ฉบับที่แสดงไม่ได้กล่าวถึงข้อสัญญานี้ อาจยังมีผลอยู่ แต่ไม่มีผู้ใดยืนยัน</translation>
    </message>
    <message>
        <source>Agreed, but its term starts later; or not yet agreed as of the version shown.</source>
        <translation>ตกลงแล้วแต่ระยะเวลาเริ่มภายหลัง หรือยังไม่ได้ตกลง ณ ฉบับที่แสดง</translation>
    </message>
    <message>
        <source>Applies as of the version shown.</source>
        <translation>มีผล ณ ฉบับที่แสดง</translation>
    </message>
    <message>
        <source>A later version did not mention the clause, so its status is unknown. It is shown as it last stood, with a dashed outline.</source>
        <translation>ฉบับถัดมาไม่ได้กล่าวถึงข้อสัญญานี้ จึงไม่ทราบสถานะ แสดงตามสถานะล่าสุดที่ทราบพร้อมเส้นขอบประ</translation>
    </message>
    <message>
        <source>A version ended the clause.</source>
        <translation>มีฉบับหนึ่งยุติข้อสัญญานี้</translation>
    </message>
    <message>
        <source>Its term ran out.</source>
        <translation>ระยะเวลาสิ้นสุดแล้ว</translation>
    </message>
    <message>
        <source>Badges in the clause tree</source>
        <translation>ป้ายในแผนผังข้อสัญญา</translation>
    </message>
    <message>
        <source>The tree&apos;s columns say what the version shown did to each item, where it stands and how well its facts are sourced.</source>
        <translation>คอลัมน์ในแผนผังบอกว่าฉบับที่แสดงทำอะไรกับแต่ละรายการ สถานะปัจจุบัน และแหล่งที่มาของข้อเท็จจริงหนักแน่นเพียงใด</translation>
    </message>
    <message>
        <source>An event dated after the version shown: it was not yet known then. Its row is greyed.</source>
        <translation>เหตุการณ์หลังฉบับที่แสดง ซึ่งขณะนั้นยังไม่ทราบ แถวจะแสดงเป็นสีเทา</translation>
    </message>
    <message>
        <source>A range is coloured by its weaker end.</source>
        <translation>ช่วงจะใช้สีของระดับที่อ่อนกว่า</translation>
    </message>
    <message>
        <source>Bars on the timeline</source>
        <translation>แถบบนเส้นเวลา</translation>
    </message>
    <message>
        <source>Each clause is a bar from its start to its end, in the lane of its category.</source>
        <translation>ข้อสัญญาแต่ละข้อเป็นแถบตั้งแต่เริ่มจนสิ้นสุด ในช่องของหมวดหมู่นั้น</translation>
    </message>
    <message>
        <source>No end stated</source>
        <translation>ไม่ได้ระบุจุดสิ้นสุด</translation>
    </message>
    <message>
        <source>The clause states no end: the arrow says it runs on.</source>
        <translation>ข้อสัญญาไม่ได้ระบุจุดสิ้นสุด ลูกศรหมายถึงยังดำเนินต่อไป</translation>
    </message>
    <message>
        <source>Known end</source>
        <translation>จุดสิ้นสุดที่ทราบ</translation>
    </message>
    <message>
        <source>Ends on a known date, or on the date assumed for a milestone.</source>
        <translation>สิ้นสุดในวันที่ทราบ หรือวันที่สมมติไว้สำหรับหมุดหมาย</translation>
    </message>
    <message>
        <source>Fading end</source>
        <translation>จุดสิ้นสุดแบบจางหาย</translation>
    </message>
    <message>
        <source>Ends at a milestone, such as AGI verification, that nobody can date: solid up to today, then fading out.</source>
        <translation>สิ้นสุดที่หมุดหมายซึ่งไม่มีใครระบุวันได้ เช่น การยืนยัน AGI เป็นสีทึบจนถึงวันนี้ แล้วค่อย ๆ จางหาย</translation>
    </message>
    <message>
        <source>Hatched end</source>
        <translation>จุดสิ้นสุดแบบแรเงา</translation>
    </message>
    <message>
        <source>Ends on a date at the latest, sooner if a milestone comes first: the part after today is hatched, and the dashed edge is the latest end.</source>
        <translation>สิ้นสุดอย่างช้าในวันที่กำหนด หรือเร็วกว่านั้นหากหมุดหมายมาถึงก่อน ส่วนหลังวันนี้แรเงาไว้ และขอบเส้นประคือวันสิ้นสุดช้าที่สุด</translation>
    </message>
    <message>
        <source>Compared term</source>
        <translation>ระยะเวลาที่เปรียบเทียบ</translation>
    </message>
    <message>
        <source>With the Compare toggle on, the dashed outline is the clause&apos;s term in the other version.</source>
        <translation>เมื่อเปิดเปรียบเทียบ เส้นขอบประคือระยะเวลาของข้อสัญญาในอีกฉบับหนึ่ง</translation>
    </message>
    <message>
        <source>Change icons on the timeline</source>
        <translation>ไอคอนการเปลี่ยนแปลงบนเส้นเวลา</translation>
    </message>
    <message>
        <source>With View › Show Changes on, a bar starts with what the version shown did to it.</source>
        <translation>เมื่อเปิด มุมมอง › แสดงการเปลี่ยนแปลง ต้นแถบจะแสดงว่าฉบับที่แสดงทำอะไรกับข้อสัญญานั้น</translation>
    </message>
    <message>
        <source>Events on the timeline</source>
        <translation>เหตุการณ์บนเส้นเวลา</translation>
    </message>
    <message>
        <source>Events are told apart by shape first, and by colour.</source>
        <translation>เหตุการณ์แยกกันด้วยรูปทรงก่อน แล้วจึงด้วยสี</translation>
    </message>
    <message>
        <source>Hollow marker on a line</source>
        <translation>เครื่องหมายกลวงบนเส้น</translation>
    </message>
    <message>
        <source>The date is known only to the month or the year: the line spans that period.</source>
        <translation>ทราบวันที่เพียงระดับเดือนหรือปี เส้นจะครอบคลุมช่วงเวลานั้น</translation>
    </message>
    <message>
        <source>Diamond</source>
        <translation>รูปเพชร</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>วงกลม</translation>
    </message>
    <message>
        <source>Cross</source>
        <translation>กากบาท</translation>
    </message>
    <message>
        <source>Square</source>
        <translation>สี่เหลี่ยม</translation>
    </message>
    <message>
        <source>Triangle</source>
        <translation>สามเหลี่ยม</translation>
    </message>
    <message>
        <source>An agreement or an amendment.</source>
        <translation>ข้อตกลงหรือการแก้ไข</translation>
    </message>
    <message>
        <source>Money: an investment, funding or earnings.</source>
        <translation>เงิน: การลงทุน การระดมทุน หรือผลประกอบการ</translation>
    </message>
    <message>
        <source>A dispute or a legal step.</source>
        <translation>ข้อพิพาทหรือขั้นตอนทางกฎหมาย</translation>
    </message>
    <message>
        <source>A cloud deal or a product.</source>
        <translation>ดีลคลาวด์หรือผลิตภัณฑ์</translation>
    </message>
    <message>
        <source>A statement, a governance change or a report.</source>
        <translation>แถลงการณ์ การเปลี่ยนแปลงด้านธรรมาภิบาล หรือรายงาน</translation>
    </message>
    <message>
        <source>Lines on the timeline</source>
        <translation>เส้นบนเส้นเวลา</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>วันนี้</translation>
    </message>
    <message>
        <source>Today&apos;s date. After it, ends that wait for a milestone fade out or are hatched.</source>
        <translation>วันที่วันนี้ หลังจากนั้นจุดสิ้นสุดที่รอหมุดหมายจะจางหายหรือแรเงา</translation>
    </message>
    <message>
        <source>Version shown</source>
        <translation>ฉบับที่แสดง</translation>
    </message>
    <message>
        <source>The version the tree, the timeline and the details show the agreement as of; its month is in bold on the axis.</source>
        <translation>ฉบับที่แผนผัง เส้นเวลา และรายละเอียดใช้แสดงข้อตกลง เดือนของฉบับนั้นเป็นตัวหนาบนแกน</translation>
    </message>
    <message>
        <source>Other versions</source>
        <translation>ฉบับอื่น</translation>
    </message>
    <message>
        <source>Every other version of the agreement, with its month on the axis.</source>
        <translation>ฉบับอื่นทุกฉบับของข้อตกลง พร้อมเดือนบนแกน</translation>
    </message>
</context>
<context>
    <name>Dealscope::LoadingPlaceholder</name>
    <message>
        <source>Loading…</source>
        <translation>กำลังโหลด…</translation>
    </message>
</context>
<context>
    <name>Dealscope::MainWindow</name>
    <message>
        <source>Details</source>
        <translation>รายละเอียด</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ซอร์ส</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>แถบเครื่องมือหลัก</translation>
    </message>
    <message>
        <source>As of:</source>
        <translation>ณ ฉบับ:</translation>
    </message>
    <message>
        <source>Show the agreement as this version left it</source>
        <translation>แสดงข้อตกลงตามสภาพหลังฉบับนี้</translation>
    </message>
    <message>
        <source>Assume AGI verified in:</source>
        <translation>สมมติให้ยืนยัน AGI ในปี:</translation>
    </message>
    <message>
        <source>not assumed</source>
        <translation>ไม่ได้สมมติ</translation>
    </message>
    <message>
        <source>Terms that end at AGI verification end at the start of this year, as in the scenario model. Nobody knows when, or whether, the expert panel will verify AGI.</source>
        <translation>เงื่อนไขที่สิ้นสุดเมื่อมีการยืนยัน AGI จะสิ้นสุด ณ ต้นปีนี้ เช่นเดียวกับในแบบจำลองสถานการณ์ ไม่มีใครรู้ว่าคณะผู้เชี่ยวชาญจะยืนยัน AGI เมื่อใด หรือจะยืนยันหรือไม่</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>ค้นหา</translation>
    </message>
    <message>
        <source>Find clauses and events…</source>
        <translation>ค้นหาข้อสัญญาและเหตุการณ์…</translation>
    </message>
    <message>
        <source>Close Find Bar</source>
        <translation>ปิดแถบค้นหา</translation>
    </message>
    <message>
        <source>%1 — Dealscope</source>
        <translation>%1 — Dealscope</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>เปิด %1 แล้ว</translation>
    </message>
    <message>
        <source>Opened %1 (warnings: %2)</source>
        <translation>เปิด %1 แล้ว (คำเตือน: %2)</translation>
    </message>
    <message>
        <source>Open Dataset</source>
        <translation>เปิดชุดข้อมูล</translation>
    </message>
    <message>
        <source>Dealscope datasets (*.json);;All files (*)</source>
        <translation>ชุดข้อมูล Dealscope (*.json);;ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <source>Further problems: %1 (see the details).</source>
        <translation>ปัญหาอื่นอีก: %1 (ดูรายละเอียด)</translation>
    </message>
    <message>
        <source>Cannot Open Dataset</source>
        <translation>ไม่สามารถเปิดชุดข้อมูลได้</translation>
    </message>
    <message>
        <source>%1 is not a valid Dealscope dataset. The current dataset stays open.</source>
        <translation>%1 ไม่ใช่ชุดข้อมูล Dealscope ที่ถูกต้อง ชุดข้อมูลปัจจุบันยังคงเปิดอยู่</translation>
    </message>
    <message>
        <source>Could not autosave the scenario (%1); retrying every 30 seconds.</source>
        <translation>ไม่สามารถบันทึกสถานการณ์จำลองอัตโนมัติได้ (%1) จะลองใหม่ทุก 30 วินาที</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>ส่งออก %1 แล้ว</translation>
    </message>
    <message>
        <source>Next Pane</source>
        <translation>แผงถัดไป</translation>
    </message>
    <message>
        <source>Move the focus to the next pane: toolbar, views, tree, timeline, details</source>
        <translation>ย้ายโฟกัสไปยังแผงถัดไป: แถบเครื่องมือ มุมมอง รายการ ไทม์ไลน์ รายละเอียด</translation>
    </message>
    <message>
        <source>Previous Pane</source>
        <translation>แผงก่อนหน้า</translation>
    </message>
    <message>
        <source>Move the focus to the previous pane</source>
        <translation>ย้ายโฟกัสไปยังแผงก่อนหน้า</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>เปิดโฟลเดอร์</translation>
    </message>
    <message>
        <source>Open the folder of the file just exported</source>
        <translation>เปิดโฟลเดอร์ของไฟล์ที่เพิ่งส่งออก</translation>
    </message>
    <message>
        <source>Details and source</source>
        <translation>รายละเอียดและซอร์ส</translation>
    </message>
    <message>
        <source>Find clauses and events</source>
        <translation>ค้นหาข้อสัญญาและเหตุการณ์</translation>
    </message>
</context>
<context>
    <name>Dealscope::MessageBar</name>
    <message>
        <source>Message</source>
        <translation>ข้อความ</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>ปิด</translation>
    </message>
</context>
<context>
    <name>Dealscope::OpenQuestionsHtml</name>
    <message>
        <source>Conflicting reports</source>
        <translation>รายงานขัดแย้งกัน</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>ไม่ทราบ</translation>
    </message>
    <message>
        <source>confidence %1, no source</source>
        <translation>ความเชื่อมั่น %1 ไม่มีแหล่งที่มา</translation>
    </message>
    <message>
        <source>confidence %1; sources:</source>
        <translation>ความเชื่อมั่น %1 แหล่งที่มา:</translation>
    </message>
    <message>
        <source>Clauses:</source>
        <translation>ข้อสัญญา:</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>แหล่งที่มา:</translation>
    </message>
</context>
<context>
    <name>Dealscope::OpenQuestionsView</name>
    <message>
        <source>All kinds</source>
        <translation>ทุกประเภท</translation>
    </message>
    <message>
        <source>Kind of open question</source>
        <translation>ประเภทของคำถามที่ยังไม่มีคำตอบ</translation>
    </message>
    <message>
        <source>Filter open questions…</source>
        <translation>กรองคำถามที่ยังไม่มีคำตอบ…</translation>
    </message>
    <message>
        <source>Filter open questions</source>
        <translation>กรองคำถามที่ยังไม่มีคำตอบ</translation>
    </message>
    <message>
        <source>Open questions</source>
        <translation>คำถามที่ยังไม่มีคำตอบ</translation>
    </message>
    <message>
        <source>No open question matches.</source>
        <translation>ไม่มีคำถามที่ตรงกัน</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 จาก %2</translation>
    </message>
</context>
<context>
    <name>Dealscope::RedlineHtml</name>
    <message>
        <source>New event</source>
        <translation>เหตุการณ์ใหม่</translation>
    </message>
    <message>
        <source>Clause or event</source>
        <translation>ข้อสัญญาหรือเหตุการณ์</translation>
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
        <translation>ไม่มีในฉบับ B</translation>
    </message>
    <message>
        <source>Not in version A</source>
        <translation>ไม่มีในฉบับ A</translation>
    </message>
    <message>
        <source>Ends: %1</source>
        <translation>สิ้นสุด: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>สถานะ: %1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>แหล่งที่มา: %1</translation>
    </message>
    <message>
        <source>Replaced by %1</source>
        <translation>ถูกแทนที่ด้วย %1</translation>
    </message>
    <message>
        <source>Replaces %1</source>
        <translation>แทนที่ %1</translation>
    </message>
    <message>
        <source>%1 only in version A; %2 only in version B.</source>
        <translation>%1 มีเฉพาะในฉบับ A; %2 มีเฉพาะในฉบับ B</translation>
    </message>
    <message>
        <source>Struck through:</source>
        <translation>ขีดฆ่า:</translation>
    </message>
    <message>
        <source>underlined:</source>
        <translation>ขีดเส้นใต้:</translation>
    </message>
    <message>
        <source>Version A:</source>
        <translation>ฉบับ A:</translation>
    </message>
    <message>
        <source>Version B:</source>
        <translation>ฉบับ B:</translation>
    </message>
    <message>
        <source>No clause or event differs between these versions.</source>
        <translation>ไม่มีข้อสัญญาหรือเหตุการณ์ที่ต่างกันระหว่างฉบับเหล่านี้</translation>
    </message>
    <message>
        <source>Redline:</source>
        <translation>ร่างแก้ไข:</translation>
    </message>
    <message>
        <source>Version A</source>
        <translation>ฉบับ A</translation>
    </message>
    <message>
        <source>Version B</source>
        <translation>ฉบับ B</translation>
    </message>
</context>
<context>
    <name>Dealscope::RedlinePdf</name>
    <message>
        <source>%1: changes from %2 to %3</source>
        <translation>%1: การเปลี่ยนแปลงจาก %2 ถึง %3</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>เขียน %1 ไม่ได้: %2</translation>
    </message>
</context>
<context>
    <name>Dealscope::ReportQuestions</name>
    <message>
        <source>Open questions</source>
        <translation>คำถามที่ยังไม่มีคำตอบ</translation>
    </message>
    <message>
        <source>Conflicting reports and undisclosed terms (%1). They are shown as open, not as facts.</source>
        <translation>รายงานที่ขัดแย้งกันและเงื่อนไขที่ไม่เปิดเผย (%1 รายการ) แสดงเป็นคำถามที่ยังไม่มีคำตอบ ไม่ใช่ข้อเท็จจริง</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioAssumptions</name>
    <message>
        <source>Azure revenue FY25</source>
        <translation>รายได้ Azure FY25</translation>
    </message>
    <message>
        <source>facts.md §3a: Azure FY25 more than $75B, +34% (A)</source>
        <translation>facts.md §3a: Azure FY25 มากกว่า $75 พันล้าน, +34% (A)</translation>
    </message>
    <message>
        <source>Azure growth, recent quarters</source>
        <translation>การเติบโตของ Azure ในไตรมาสล่าสุด</translation>
    </message>
    <message>
        <source>facts.md §3a: Azure growth 39–40% from FY25 Q4 to FY26 Q3 (A/B); shifts FY25 to calendar 2025 as × (1 + g)^0.5 (assumption)</source>
        <translation>facts.md §3a: Azure เติบโต 39–40% ตั้งแต่ FY25 Q4 ถึง FY26 Q3 (A/B); แปลง FY25 เป็นปีปฏิทิน 2025 ด้วย × (1 + g)^0.5 (สมมติฐาน)</translation>
    </message>
    <message>
        <source>Baseline growth 2026</source>
        <translation>การเติบโตส่วนฐานปี 2026</translation>
    </message>
    <message>
        <source>Assumption: 2026 growth of the Azure revenue OpenAI does not drive, below the 39–40% total of facts.md §3a, which includes AI</source>
        <translation>สมมติฐาน: การเติบโตในปี 2026 ของรายได้ Azure ที่ไม่ได้มาจาก OpenAI ต่ำกว่าการเติบโตรวม 39–40% ใน facts.md §3a ซึ่งรวม AI ไว้ด้วย</translation>
    </message>
    <message>
        <source>Baseline long-run growth</source>
        <translation>การเติบโตระยะยาวของส่วนฐาน</translation>
    </message>
    <message>
        <source>Assumption: the growth rate the baseline fades towards</source>
        <translation>สมมติฐาน: อัตราการเติบโตที่ส่วนฐานค่อย ๆ ลดลงไปหา</translation>
    </message>
    <message>
        <source>Baseline and SaaS growth fade</source>
        <translation>การชะลอตัวของการเติบโตส่วนฐานและ SaaS</translation>
    </message>
    <message>
        <source>Assumption: each year keeps this fraction of the excess of baseline and SaaS adoption growth over their long-run rates</source>
        <translation>สมมติฐาน: ในแต่ละปี ส่วนที่การเติบโตของส่วนฐานและการใช้งาน SaaS สูงกว่าอัตราระยะยาวจะคงเหลืออยู่ในสัดส่วนนี้</translation>
    </message>
    <message>
        <source>IaaS share of Azure 2025</source>
        <translation>สัดส่วน IaaS ของ Azure ปี 2025</translation>
    </message>
    <message>
        <source>Assumption: Microsoft never published the IaaS/PaaS/SaaS split (facts.md §3a, X)</source>
        <translation>สมมติฐาน: Microsoft ไม่เคยเผยแพร่การแบ่งสัดส่วน IaaS/PaaS/SaaS (facts.md §3a, X)</translation>
    </message>
    <message>
        <source>PaaS share of Azure 2025</source>
        <translation>สัดส่วน PaaS ของ Azure ปี 2025</translation>
    </message>
    <message>
        <source>Assumption: Microsoft never published the IaaS/PaaS/SaaS split (facts.md §3a, X); SaaS gets the rest</source>
        <translation>สมมติฐาน: Microsoft ไม่เคยเผยแพร่การแบ่งสัดส่วน IaaS/PaaS/SaaS (facts.md §3a, X); ส่วนที่เหลือเป็นของ SaaS</translation>
    </message>
    <message>
        <source>OpenAI revenue 2025</source>
        <translation>รายได้ OpenAI ปี 2025</translation>
    </message>
    <message>
        <source>facts.md §3b: OpenAI 2025 revenue ~$13B (B)</source>
        <translation>facts.md §3b: รายได้ OpenAI ปี 2025 ประมาณ $13 พันล้าน (B)</translation>
    </message>
    <message>
        <source>OpenAI revenue growth 2026</source>
        <translation>การเติบโตของรายได้ OpenAI ปี 2026</translation>
    </message>
    <message>
        <source>facts.md §3b: projection ~$30B for 2026 (C), about +130%; default +120%</source>
        <translation>facts.md §3b: คาดการณ์ประมาณ $30 พันล้านสำหรับปี 2026 (C) หรือราว +130%; ค่าเริ่มต้น +120%</translation>
    </message>
    <message>
        <source>OpenAI long-run growth</source>
        <translation>การเติบโตระยะยาวของ OpenAI</translation>
    </message>
    <message>
        <source>Assumption: the rate OpenAI growth fades towards; the default path stays below the $200B projected for 2030 (facts.md §3b, C)</source>
        <translation>สมมติฐาน: อัตราที่การเติบโตของ OpenAI ค่อย ๆ ลดลงไปหา; เส้นทางตามค่าเริ่มต้นยังต่ำกว่า $200 พันล้านที่คาดการณ์ไว้สำหรับปี 2030 (facts.md §3b, C)</translation>
    </message>
    <message>
        <source>OpenAI growth fade</source>
        <translation>การชะลอตัวของการเติบโต OpenAI</translation>
    </message>
    <message>
        <source>Assumption: each year keeps this fraction of the excess of OpenAI growth over its long-run rate</source>
        <translation>สมมติฐาน: ในแต่ละปี ส่วนที่การเติบโตของ OpenAI สูงกว่าอัตราระยะยาวจะคงเหลืออยู่ในสัดส่วนนี้</translation>
    </message>
    <message>
        <source>OpenAI compute spend per revenue dollar</source>
        <translation>ค่าใช้จ่ายด้านการประมวลผลของ OpenAI ต่อรายได้หนึ่งดอลลาร์</translation>
    </message>
    <message>
        <source>Assumption: facts.md §3b gives OpenAI&apos;s compute in GW only (1.9 GW in 2025, B), not in dollars</source>
        <translation>สมมติฐาน: facts.md §3b ระบุกำลังการประมวลผลของ OpenAI เป็น GW เท่านั้น (1.9 GW ในปี 2025, B) ไม่ได้ระบุเป็นดอลลาร์</translation>
    </message>
    <message>
        <source>Azure share of OpenAI compute 2025</source>
        <translation>สัดส่วนของ Azure ในการประมวลผลของ OpenAI ปี 2025</translation>
    </message>
    <message>
        <source>Assumption: Oracle, AWS, CoreWeave and Google also supply OpenAI (facts.md §3d, B)</source>
        <translation>สมมติฐาน: Oracle, AWS, CoreWeave และ Google ก็จัดหากำลังประมวลผลให้ OpenAI ด้วย (facts.md §3d, B)</translation>
    </message>
    <message>
        <source>Azure share of OpenAI compute 2030</source>
        <translation>สัดส่วนของ Azure ในการประมวลผลของ OpenAI ปี 2030</translation>
    </message>
    <message>
        <source>Assumption: linear path from 2025, flat after 2030, as the Oracle and AWS contracts ramp up (facts.md §3d, B)</source>
        <translation>สมมติฐาน: เปลี่ยนแปลงแบบเส้นตรงตั้งแต่ปี 2025 และคงที่หลังปี 2030 ขณะที่สัญญากับ Oracle และ AWS ค่อย ๆ เพิ่มขึ้น (facts.md §3d, B)</translation>
    </message>
    <message>
        <source>Azure commitment</source>
        <translation>ข้อผูกพันการใช้ Azure</translation>
    </message>
    <message>
        <source>facts.md §3c: $250B incremental Azure commitment (A)</source>
        <translation>facts.md §3c: ข้อผูกพันการใช้ Azure เพิ่มเติม $250 พันล้าน (A)</translation>
    </message>
    <message>
        <source>Commitment first year</source>
        <translation>ปีแรกของข้อผูกพัน</translation>
    </message>
    <message>
        <source>Assumption: the payment schedule is undisclosed (facts.md §3c, X)</source>
        <translation>สมมติฐาน: ไม่มีการเปิดเผยกำหนดการชำระเงิน (facts.md §3c, X)</translation>
    </message>
    <message>
        <source>Commitment duration</source>
        <translation>ระยะเวลาของข้อผูกพัน</translation>
    </message>
    <message>
        <source>Assumption: schedule undisclosed (X); one analyst guesses it runs to about 2032 (facts.md §1a, C10)</source>
        <translation>สมมติฐาน: ไม่มีการเปิดเผยกำหนดการ (X); นักวิเคราะห์รายหนึ่งคาดว่าจะยาวไปถึงราวปี 2032 (facts.md §1a, C10)</translation>
    </message>
    <message>
        <source>Commitment ramp</source>
        <translation>การเพิ่มขึ้นของข้อผูกพัน</translation>
    </message>
    <message>
        <source>Assumption: 0 spreads the commitment evenly over its years, 1 ramps it up linearly</source>
        <translation>สมมติฐาน: 0 กระจายข้อผูกพันเท่า ๆ กันตลอดทุกปี, 1 เพิ่มขึ้นแบบเส้นตรง</translation>
    </message>
    <message>
        <source>OpenAI-driven PaaS 2025</source>
        <translation>PaaS ที่มาจาก OpenAI ปี 2025</translation>
    </message>
    <message>
        <source>Assumption: with the SaaS part near Microsoft&apos;s AI run rate, &gt; $13B (Jan 2025) to &gt; $37B (Apr 2026) (facts.md §3a, B)</source>
        <translation>สมมติฐาน: เมื่อรวมกับส่วน SaaS แล้วใกล้เคียงกับอัตรารายได้ต่อปี (run rate) ด้าน AI ของ Microsoft คือ &gt; $13 พันล้าน (ม.ค. 2025) ถึง &gt; $37 พันล้าน (เม.ย. 2026) (facts.md §3a, B)</translation>
    </message>
    <message>
        <source>PaaS kept after exclusivity</source>
        <translation>PaaS ที่คงอยู่หลังสิ้นสุดการผูกขาด</translation>
    </message>
    <message>
        <source>Assumption: share of OpenAI-driven PaaS that stays on Azure once API exclusivity ends, with no Azure-first clause</source>
        <translation>สมมติฐาน: สัดส่วนของ PaaS ที่มาจาก OpenAI ซึ่งยังคงอยู่บน Azure เมื่อการผูกขาด API สิ้นสุดลง โดยไม่มีข้อสัญญาเปิดตัวบน Azure ก่อน</translation>
    </message>
    <message>
        <source>PaaS kept with Azure first</source>
        <translation>PaaS ที่คงอยู่เมื่อเปิดตัวบน Azure ก่อน</translation>
    </message>
    <message>
        <source>Assumption: the same share while OpenAI products ship first on Azure (N1, facts.md §1b, A)</source>
        <translation>สมมติฐาน: สัดส่วนเดียวกันในช่วงที่ผลิตภัณฑ์ของ OpenAI เปิดตัวบน Azure ก่อน (N1, facts.md §1b, A)</translation>
    </message>
    <message>
        <source>OpenAI-based SaaS 2025</source>
        <translation>SaaS ที่อิงกับ OpenAI ปี 2025</translation>
    </message>
    <message>
        <source>Assumption: Copilot, GitHub and Dynamics revenue built on OpenAI IP; see the AI run rate in facts.md §3a (B)</source>
        <translation>สมมติฐาน: รายได้ของ Copilot, GitHub และ Dynamics ที่สร้างบน IP ของ OpenAI; ดูอัตรารายได้ต่อปีด้าน AI ใน facts.md §3a (B)</translation>
    </message>
    <message>
        <source>SaaS adoption growth 2026</source>
        <translation>การเติบโตของการใช้งาน SaaS ปี 2026</translation>
    </message>
    <message>
        <source>Assumption: below the +123% of Microsoft&apos;s AI run rate to Apr 2026 (facts.md §3a, B)</source>
        <translation>สมมติฐาน: ต่ำกว่า +123% ของอัตรารายได้ต่อปีด้าน AI ของ Microsoft จนถึง เม.ย. 2026 (facts.md §3a, B)</translation>
    </message>
    <message>
        <source>SaaS long-run growth</source>
        <translation>การเติบโตระยะยาวของ SaaS</translation>
    </message>
    <message>
        <source>Assumption: the rate SaaS adoption growth fades towards</source>
        <translation>สมมติฐาน: อัตราที่การเติบโตของการใช้งาน SaaS ค่อย ๆ ลดลงไปหา</translation>
    </message>
    <message>
        <source>SaaS lost to a non-exclusive licence</source>
        <translation>SaaS ที่สูญเสียเมื่อสิทธิ์ใช้งานไม่ผูกขาด</translation>
    </message>
    <message>
        <source>Assumption: OpenAI-based SaaS lost once Microsoft&apos;s IP licence is non-exclusive (N3, facts.md §1b, A)</source>
        <translation>สมมติฐาน: SaaS ที่อิงกับ OpenAI ซึ่งสูญเสียไปเมื่อสิทธิ์ใช้งาน IP ของ Microsoft ไม่เป็นแบบผูกขาดแล้ว (N3, facts.md §1b, A)</translation>
    </message>
    <message>
        <source>SaaS lost when the IP term ends</source>
        <translation>SaaS ที่สูญเสียเมื่อสิ้นสุดระยะเวลา IP</translation>
    </message>
    <message>
        <source>Assumption: OpenAI-based SaaS lost once the IP term ends (end of 2032, C3/N3, facts.md §1a, A)</source>
        <translation>สมมติฐาน: SaaS ที่อิงกับ OpenAI ซึ่งสูญเสียไปเมื่อระยะเวลา IP สิ้นสุดลง (สิ้นปี 2032, C3/N3, facts.md §1a, A)</translation>
    </message>
    <message>
        <source>SaaS lost when research IP ends</source>
        <translation>SaaS ที่สูญเสียเมื่อสิ้นสุด IP ด้านการวิจัย</translation>
    </message>
    <message>
        <source>Assumption: OpenAI-based SaaS lost once research IP ends (earlier of AGI and 2030, C4, facts.md §1a, A)</source>
        <translation>สมมติฐาน: SaaS ที่อิงกับ OpenAI ซึ่งสูญเสียไปเมื่อ IP ด้านการวิจัยสิ้นสุดลง (เมื่อถึง AGI หรือปี 2030 แล้วแต่อย่างใดถึงก่อน, C4, facts.md §1a, A)</translation>
    </message>
    <message>
        <source>Revenue share rate 2025</source>
        <translation>อัตราส่วนแบ่งรายได้ปี 2025</translation>
    </message>
    <message>
        <source>facts.md §3c: 20% reported (B); the Apr 2026 terms keep the same percentage (A)</source>
        <translation>facts.md §3c: มีรายงานว่า 20% (B); เงื่อนไข เม.ย. 2026 ยังคงใช้อัตราร้อยละเดิม (A)</translation>
    </message>
    <message>
        <source>Revenue share rate 2030</source>
        <translation>อัตราส่วนแบ่งรายได้ปี 2030</translation>
    </message>
    <message>
        <source>facts.md §3c: planned decline to ~10% by 2030 (B), ~8% in a later report (C); linear from 2025</source>
        <translation>facts.md §3c: มีแผนลดลงเหลือประมาณ 10% ภายในปี 2030 (B) และประมาณ 8% ในรายงานฉบับหลัง (C); ลดลงแบบเส้นตรงตั้งแต่ปี 2025</translation>
    </message>
    <message>
        <source>Revenue share cap</source>
        <translation>เพดานส่วนแบ่งรายได้</translation>
    </message>
    <message>
        <source>facts.md §3c: total cap reported at $38B (B); applies under the Apr 2026 terms</source>
        <translation>facts.md §3c: มีรายงานว่าเพดานรวมอยู่ที่ $38 พันล้าน (B); ใช้ภายใต้เงื่อนไข เม.ย. 2026</translation>
    </message>
    <message>
        <source>Microsoft&apos;s share to OpenAI</source>
        <translation>ส่วนแบ่งที่ Microsoft จ่ายให้ OpenAI</translation>
    </message>
    <message>
        <source>facts.md §3c: ~20% of Azure OpenAI Service and Bing revenue (B); ended 27 Apr 2026 (A)</source>
        <translation>facts.md §3c: ประมาณ 20% ของรายได้จาก Azure OpenAI Service และ Bing (B); สิ้นสุดเมื่อ 27 เม.ย. 2026 (A)</translation>
    </message>
    <message>
        <source>AGI verification year (median)</source>
        <translation>ปีที่ยืนยัน AGI (ค่ามัธยฐาน)</translation>
    </message>
    <message>
        <source>Assumption: the panel, its criteria and any date are undisclosed (facts.md §1a, C2, X); nothing was verified up to Nov 2026</source>
        <translation>สมมติฐาน: ไม่มีการเปิดเผยคณะผู้เชี่ยวชาญ เกณฑ์ หรือวันที่ใด ๆ (facts.md §1a, C2, X); จนถึง พ.ย. 2026 ยังไม่มีการยืนยันใด ๆ</translation>
    </message>
    <message>
        <source>AGI year spread</source>
        <translation>การกระจายของปี AGI</translation>
    </message>
    <message>
        <source>Assumption: standard deviation of the verification year in the Monte Carlo</source>
        <translation>สมมติฐาน: ส่วนเบี่ยงเบนมาตรฐานของปีที่ยืนยันในการจำลอง Monte Carlo</translation>
    </message>
    <message>
        <source>AGI not within the horizon</source>
        <translation>ไม่มี AGI ภายในช่วงเวลาคาดการณ์</translation>
    </message>
    <message>
        <source>Assumption: probability that no AGI verification happens within the horizon</source>
        <translation>สมมติฐาน: ความน่าจะเป็นที่จะไม่มีการยืนยัน AGI ภายในช่วงเวลาคาดการณ์</translation>
    </message>
    <message>
        <source>Azure and baseline growth</source>
        <translation>การเติบโตของ Azure และฐาน</translation>
    </message>
    <message>
        <source>IaaS / PaaS / SaaS split (assumed)</source>
        <translation>สัดส่วน IaaS / PaaS / SaaS (สมมติ)</translation>
    </message>
    <message>
        <source>OpenAI revenue</source>
        <translation>รายได้ของ OpenAI</translation>
    </message>
    <message>
        <source>IaaS: OpenAI compute on Azure</source>
        <translation>IaaS: การประมวลผลของ OpenAI บน Azure</translation>
    </message>
    <message>
        <source>$250B Azure commitment</source>
        <translation>ข้อผูกพัน Azure มูลค่า $250 พันล้าน</translation>
    </message>
    <message>
        <source>PaaS: OpenAI models on Azure</source>
        <translation>PaaS: โมเดลของ OpenAI บน Azure</translation>
    </message>
    <message>
        <source>SaaS: products on OpenAI IP</source>
        <translation>SaaS: ผลิตภัณฑ์บน IP ของ OpenAI</translation>
    </message>
    <message>
        <source>Revenue share</source>
        <translation>ส่วนแบ่งรายได้</translation>
    </message>
    <message>
        <source>AGI verification</source>
        <translation>การยืนยัน AGI</translation>
    </message>
    <message>
        <source>years</source>
        <translation>ปี</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioAutosave</name>
    <message>
        <source>An autosaved scenario could not be read (%1). It was set aside as %2.</source>
        <translation>ไม่สามารถอ่านสถานการณ์จำลองที่บันทึกอัตโนมัติได้ (%1) จึงกันไว้เป็น %2</translation>
    </message>
    <message>
        <source>An autosaved scenario could not be read (%1) nor set aside (%2).</source>
        <translation>ไม่สามารถอ่านสถานการณ์จำลองที่บันทึกอัตโนมัติได้ (%1) และไม่สามารถกันไว้ได้ (%2)</translation>
    </message>
    <message>
        <source>Restore Autosaved Scenario</source>
        <translation>กู้คืนสถานการณ์จำลองที่บันทึกอัตโนมัติ</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>ไม่มีชื่อ</translation>
    </message>
    <message>
        <source>Dealscope did not close properly. Restore the unsaved changes to the scenario “%1” (autosaved %2)?</source>
        <translation>Dealscope ไม่ได้ปิดอย่างถูกต้อง กู้คืนการเปลี่ยนแปลงที่ยังไม่ได้บันทึกของสถานการณ์จำลอง “%1” (บันทึกอัตโนมัติเมื่อ %2) หรือไม่</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>กู้คืน</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>ละทิ้ง</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioBridge</name>
    <message>
        <source>API exclusivity</source>
        <translation>สิทธิ์ผูกขาด API</translation>
    </message>
    <message>
        <source>Azure first</source>
        <translation>Azure ก่อน</translation>
    </message>
    <message>
        <source>IP licence</source>
        <translation>ใบอนุญาตทรัพย์สินทางปัญญา</translation>
    </message>
    <message>
        <source>IP exclusivity</source>
        <translation>สิทธิ์ผูกขาดทรัพย์สินทางปัญญา</translation>
    </message>
    <message>
        <source>Research IP</source>
        <translation>ทรัพย์สินทางปัญญางานวิจัย</translation>
    </message>
    <message>
        <source>Revenue share term</source>
        <translation>ระยะเวลาส่วนแบ่งรายได้</translation>
    </message>
    <message>
        <source>Revenue share cap</source>
        <translation>เพดานส่วนแบ่งรายได้</translation>
    </message>
    <message>
        <source>Share paid to OpenAI</source>
        <translation>ส่วนแบ่งที่จ่ายให้ OpenAI</translation>
    </message>
    <message>
        <source>Azure commitment</source>
        <translation>ข้อผูกพันการใช้ Azure</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioBridgeChart</name>
    <message>
        <source>Microsoft&apos;s OpenAI-driven revenue</source>
        <translation>รายได้ของ Microsoft ที่มาจาก OpenAI</translation>
    </message>
    <message>
        <source>net revenue share</source>
        <translation>ส่วนแบ่งรายได้สุทธิ</translation>
    </message>
    <message>
        <source>%1: select clause %2</source>
        <translation>%1: เลือกข้อสัญญา %2</translation>
    </message>
    <message>
        <source> or </source>
        <translation> หรือ </translation>
    </message>
    <message>
        <source>Under the terms</source>
        <translation>ภายใต้เงื่อนไข</translation>
    </message>
    <message>
        <source>Term adds</source>
        <translation>เงื่อนไขเพิ่ม</translation>
    </message>
    <message>
        <source>Term takes away</source>
        <translation>เงื่อนไขลด</translation>
    </message>
    <message>
        <source>USD billions</source>
        <translation>พันล้านดอลลาร์สหรัฐ</translation>
    </message>
    <message>
        <source>%1, cumulative %2–%3, term by term (illustrative)</source>
        <translation>%1 สะสม %2–%3 แยกตามเงื่อนไข (ตัวอย่างประกอบ)</translation>
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
        <translation>จาก(&amp;F):</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>ถึง(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>ตัวชี้วัด(&amp;M):</translation>
    </message>
    <message>
        <source>Microsoft total</source>
        <translation>รวมของ Microsoft</translation>
    </message>
    <message>
        <source>Revenue share</source>
        <translation>ส่วนแบ่งรายได้</translation>
    </message>
    <message>
        <source>Microsoft total: OpenAI-driven Azure revenue plus the revenue share, net of the share Microsoft paid OpenAI. Revenue share: that net share alone.</source>
        <translation>รวมของ Microsoft: รายได้ Azure ที่มาจาก OpenAI บวกส่วนแบ่งรายได้ หักส่วนที่ Microsoft จ่ายให้ OpenAI ส่วนแบ่งรายได้: เฉพาะส่วนแบ่งสุทธินั้น</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioChart</name>
    <message>
        <source>Calendar year</source>
        <translation>ปีปฏิทิน</translation>
    </message>
    <message>
        <source>Azure stack, USD billions</source>
        <translation>สแต็ก Azure (พันล้านดอลลาร์สหรัฐ)</translation>
    </message>
    <message>
        <source>Revenue share, USD billions</source>
        <translation>ส่วนแบ่งรายได้ (พันล้านดอลลาร์สหรัฐ)</translation>
    </message>
    <message>
        <source>IaaS baseline</source>
        <translation>IaaS ส่วนฐาน</translation>
    </message>
    <message>
        <source>IaaS OpenAI-driven</source>
        <translation>IaaS ส่วนที่มาจาก OpenAI</translation>
    </message>
    <message>
        <source>PaaS baseline</source>
        <translation>PaaS ส่วนฐาน</translation>
    </message>
    <message>
        <source>PaaS OpenAI-driven</source>
        <translation>PaaS ส่วนที่มาจาก OpenAI</translation>
    </message>
    <message>
        <source>SaaS baseline</source>
        <translation>SaaS ส่วนฐาน</translation>
    </message>
    <message>
        <source>SaaS OpenAI-driven</source>
        <translation>SaaS ส่วนที่มาจาก OpenAI</translation>
    </message>
    <message>
        <source>API exclusive to Azure</source>
        <translation>API ผูกขาดบน Azure</translation>
    </message>
    <message>
        <source>Revenue share (right axis)</source>
        <translation>ส่วนแบ่งรายได้ (แกนขวา)</translation>
    </message>
    <message>
        <source>Compared (dashed)</source>
        <translation>เปรียบเทียบ (เส้นประ)</translation>
    </message>
    <message>
        <source>Compared: revenue share</source>
        <translation>เปรียบเทียบ: ส่วนแบ่งรายได้</translation>
    </message>
    <message>
        <source>Azure stack by layer and revenue share, %1 (illustrative)</source>
        <translation>สแต็ก Azure แยกตามชั้นและส่วนแบ่งรายได้, %1 (เพื่อการอธิบาย)</translation>
    </message>
    <message>
        <source>AGI %1 (assumed)</source>
        <translation>AGI %1 (สมมติ)</translation>
    </message>
    <message>
        <source>2030: research IP, revenue share end</source>
        <translation>2030: สิ้นสุด IP ด้านการวิจัยและส่วนแบ่งรายได้</translation>
    </message>
    <message>
        <source>2030: research IP ends</source>
        <translation>2030: สิ้นสุด IP ด้านการวิจัย</translation>
    </message>
    <message>
        <source>2032: IP licence ends</source>
        <translation>2032: สิ้นสุดสิทธิ์ใช้งาน IP</translation>
    </message>
    <message>
        <source>AGI %1 (model only)</source>
        <translation>AGI %1 (เฉพาะในแบบจำลอง)</translation>
    </message>
    <message>
        <source>Revenue share cap reached</source>
        <translation>ถึงเพดานส่วนแบ่งรายได้แล้ว</translation>
    </message>
    <message>
        <source>Cap of $%1 B reached: no revenue share after %2</source>
        <translation>ถึงเพดาน $%1 พันล้านแล้ว: ไม่มีส่วนแบ่งรายได้หลังปี %2</translation>
    </message>
    <message>
        <source>AGI %1</source>
        <translation>AGI %1</translation>
    </message>
    <message>
        <source>Cap reached %1</source>
        <translation>ถึงเพดานในปี %1</translation>
    </message>
    <message>
        <source>Compared (%1)</source>
        <translation>เปรียบเทียบ (%1)</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>ผลต่าง</translation>
    </message>
    <message>
        <source>Revenue share</source>
        <translation>ส่วนแบ่งรายได้</translation>
    </message>
    <message>
        <source>Azure stack</source>
        <translation>สแต็ก Azure</translation>
    </message>
    <message>
        <source>%1: IaaS %2, PaaS %3, SaaS %4, revenue share %5</source>
        <translation>ปี %1: IaaS %2, PaaS %3, SaaS %4, ส่วนแบ่งรายได้ %5</translation>
    </message>
    <message>
        <source>%1. %2. The Table tab gives every year.</source>
        <translation>%1 %2 ดูค่าของทุกปีได้ในแท็บตาราง</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioDocument</name>
    <message>
        <source>Defaults</source>
        <translation>ค่าเริ่มต้น</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>ไม่มีชื่อ</translation>
    </message>
    <message>
        <source>%1 (modified)</source>
        <translation>%1 (แก้ไขแล้ว)</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>เปลี่ยน %1</translation>
    </message>
    <message>
        <source>Reset %1</source>
        <translation>รีเซ็ต %1</translation>
    </message>
    <message>
        <source>Switch to %1</source>
        <translation>สลับเป็น %1</translation>
    </message>
    <message>
        <source>Load %1</source>
        <translation>โหลด%1</translation>
    </message>
    <message>
        <source>Assume AGI verified in %1</source>
        <translation>สมมติให้ยืนยัน AGI ในปี %1</translation>
    </message>
    <message>
        <source>Do not assume AGI verification</source>
        <translation>ไม่สมมติการยืนยัน AGI</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>เปิด %1</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioEditor</name>
    <message>
        <source>Scenario as JSON</source>
        <translation>สถานการณ์จำลองในรูปแบบ JSON</translation>
    </message>
    <message>
        <source>The scenario changed in the panel. Your edits are not applied: apply them over it, or reload the panel&apos;s scenario (Undo in the editor brings your text back).</source>
        <translation>สถานการณ์จำลองในแผงเปลี่ยนไปแล้ว การแก้ไขของคุณยังไม่ได้นำไปใช้: นำไปใช้ทับสถานการณ์จำลองนั้น หรือโหลดสถานการณ์จำลองจากแผงใหม่ (เลิกทำในตัวแก้ไขจะนำข้อความของคุณกลับมา)</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>โหลดใหม่</translation>
    </message>
    <message>
        <source>Problems in the scenario</source>
        <translation>ปัญหาในสถานการณ์จำลอง</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;นำไปใช้</translation>
    </message>
    <message>
        <source>Update the sliders and the chart from this text (%1); Undo takes it back</source>
        <translation>อัปเดตแถบเลื่อนและแผนภูมิจากข้อความนี้ (%1) สามารถเลิกทำได้</translation>
    </message>
    <message>
        <source>Reload from Panel</source>
        <translation>โหลดใหม่จากแผง</translation>
    </message>
    <message>
        <source>Replace the text with the panel&apos;s scenario; Undo in the editor brings it back</source>
        <translation>แทนที่ข้อความด้วยสถานการณ์จำลองของแผง เลิกทำในตัวแก้ไขจะนำข้อความกลับมา</translation>
    </message>
    <message>
        <source>Apply Scenario</source>
        <translation>นำสถานการณ์จำลองไปใช้</translation>
    </message>
    <message>
        <source>Reload Scenario from Panel</source>
        <translation>โหลดสถานการณ์จำลองใหม่จากแผง</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>ไม่มีชื่อ</translation>
    </message>
    <message>
        <source>Scenario “%1” as JSON · edited, not applied</source>
        <translation>สถานการณ์จำลอง “%1” ในรูปแบบ JSON · แก้ไขแล้ว ยังไม่ได้นำไปใช้</translation>
    </message>
    <message>
        <source>Scenario “%1” as JSON</source>
        <translation>สถานการณ์จำลอง “%1” ในรูปแบบ JSON</translation>
    </message>
    <message>
        <source>The scenario model needs the Microsoft–OpenAI dataset; nothing can be applied.</source>
        <translation>แบบจำลองสถานการณ์ต้องใช้ชุดข้อมูล Microsoft–OpenAI จึงไม่สามารถนำสิ่งใดไปใช้ได้</translation>
    </message>
    <message>
        <source>Edited, not applied.</source>
        <translation>แก้ไขแล้ว ยังไม่ได้นำไปใช้</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): the text cannot be applied.</source>
        <translation>
            <numerusform>ข้อผิดพลาด %n รายการ: ไม่สามารถนำข้อความไปใช้ได้</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): fix them to apply, or the text they name would be ignored.</source>
        <translation>
            <numerusform>คำเตือน %n รายการ: แก้ไขก่อนนำไปใช้ มิฉะนั้นข้อความที่คำเตือนระบุจะถูกละเว้น</numerusform>
        </translation>
    </message>
    <message>
        <source>Valid, not applied yet: Apply (%1) updates the sliders and the chart.</source>
        <translation>ถูกต้อง แต่ยังไม่ได้นำไปใช้: นำไปใช้ (%1) จะอัปเดตแถบเลื่อนและแผนภูมิ</translation>
    </message>
    <message>
        <source>The panel&apos;s scenario. Edit it here, then apply.</source>
        <translation>สถานการณ์จำลองของแผง แก้ไขที่นี่ แล้วนำไปใช้</translation>
    </message>
    <message numerus="yes">
        <source>Not applied: %n problem(s) in the text (listed below).</source>
        <translation>
            <numerusform>ยังไม่ได้นำไปใช้: พบปัญหา %n รายการในข้อความ (แสดงด้านล่าง)</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit Scenario as JSON</source>
        <translation>แก้ไขสถานการณ์จำลองในรูปแบบ JSON</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioFanChart</name>
    <message>
        <source>Calendar year</source>
        <translation>ปีปฏิทิน</translation>
    </message>
    <message>
        <source>Azure stack, USD billions</source>
        <translation>สแต็ก Azure (พันล้านดอลลาร์สหรัฐ)</translation>
    </message>
    <message>
        <source>Revenue share, USD billions</source>
        <translation>ส่วนแบ่งรายได้ (พันล้านดอลลาร์สหรัฐ)</translation>
    </message>
    <message>
        <source>Azure stack p10–p90</source>
        <translation>สแต็ก Azure p10–p90</translation>
    </message>
    <message>
        <source>Azure stack p50</source>
        <translation>สแต็ก Azure p50</translation>
    </message>
    <message>
        <source>Revenue share p10–p90 (right axis)</source>
        <translation>ส่วนแบ่งรายได้ p10–p90 (แกนขวา)</translation>
    </message>
    <message>
        <source>Revenue share p50 (right axis)</source>
        <translation>ส่วนแบ่งรายได้ p50 (แกนขวา)</translation>
    </message>
    <message>
        <source>AGI-year uncertainty, p10–p90 of %1 samples (illustrative): a narrow band, under these terms the AGI year barely matters</source>
        <translation>ความไม่แน่นอนของปี AGI, p10–p90 จาก %1 ตัวอย่าง (เพื่อการอธิบาย): แถบแคบ ภายใต้เงื่อนไขเหล่านี้ปี AGI แทบไม่มีผล</translation>
    </message>
    <message>
        <source>AGI-year uncertainty, p10–p90 of %1 samples, every other assumption as set (illustrative)</source>
        <translation>ความไม่แน่นอนของปี AGI, p10–p90 จาก %1 ตัวอย่าง สมมติฐานอื่นทั้งหมดตามที่ตั้งไว้ (เพื่อการอธิบาย)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>a range of amounts</comment>
        <translation>%1 ถึง %2</translation>
    </message>
    <message>
        <source>Azure stack in %1: p10 %2, median %3, p90 %4</source>
        <translation>สแต็ก Azure ปี %1: p10 %2, ค่ามัธยฐาน %3, p90 %4</translation>
    </message>
    <message>
        <source>%1. %2. The Table tab gives every year&apos;s percentiles.</source>
        <translation>%1 %2 ดูเปอร์เซ็นไทล์ของทุกปีได้ในแท็บตาราง</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioFiles</name>
    <message>
        <source>Open &amp;Scenario…</source>
        <translation>เปิด&amp;สถานการณ์จำลอง…</translation>
    </message>
    <message>
        <source>Sa&amp;ve Scenario As…</source>
        <translation>&amp;บันทึกสถานการณ์จำลองเป็น…</translation>
    </message>
    <message>
        <source>Open a Dealscope scenario file</source>
        <translation>เปิดไฟล์สถานการณ์จำลองของ Dealscope</translation>
    </message>
    <message>
        <source>Save the scenario&apos;s regime, horizon and changed assumptions</source>
        <translation>บันทึกชุดเงื่อนไข ช่วงเวลาคาดการณ์ และสมมติฐานที่เปลี่ยนไปของสถานการณ์จำลอง</translation>
    </message>
    <message>
        <source>Further problems: %1 (see the details).</source>
        <translation>ปัญหาอื่นอีก: %1 (ดูรายละเอียด)</translation>
    </message>
    <message>
        <source>Cannot Open Scenario</source>
        <translation>ไม่สามารถเปิดสถานการณ์จำลองได้</translation>
    </message>
    <message>
        <source>%1 is not a valid Dealscope scenario. The current scenario is kept.</source>
        <translation>%1 ไม่ใช่สถานการณ์จำลอง Dealscope ที่ถูกต้อง ยังคงใช้สถานการณ์จำลองปัจจุบัน</translation>
    </message>
    <message>
        <source>Opened scenario %1</source>
        <translation>เปิดสถานการณ์จำลอง %1 แล้ว</translation>
    </message>
    <message>
        <source>Opened scenario %1 (warnings: %2)</source>
        <translation>เปิดสถานการณ์จำลอง %1 แล้ว (คำเตือน: %2)</translation>
    </message>
    <message>
        <source>Cannot Save Scenario</source>
        <translation>ไม่สามารถบันทึกสถานการณ์จำลองได้</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>ไม่สามารถเขียน %1 ได้: %2</translation>
    </message>
    <message>
        <source>Saved scenario %1</source>
        <translation>บันทึกสถานการณ์จำลอง %1 แล้ว</translation>
    </message>
    <message>
        <source>Open Scenario</source>
        <translation>เปิดสถานการณ์จำลอง</translation>
    </message>
    <message>
        <source>Dealscope scenarios (*.dealscope-scenario.json *.json);;All files (*)</source>
        <translation>สถานการณ์จำลอง Dealscope (*.dealscope-scenario.json *.json);;ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>สถานการณ์จำลอง</translation>
    </message>
    <message>
        <source>Save Scenario As</source>
        <translation>บันทึกสถานการณ์จำลองเป็น</translation>
    </message>
    <message>
        <source>Dealscope scenarios (*.dealscope-scenario.json)</source>
        <translation>สถานการณ์จำลอง Dealscope (*.dealscope-scenario.json)</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>มี %1 อยู่แล้ว ต้องการแทนที่หรือไม่</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioLabels</name>
    <message>
        <source>Bear preset</source>
        <translation>พรีเซ็ตขาลง</translation>
    </message>
    <message>
        <source>Base preset</source>
        <translation>พรีเซ็ตกรณีฐาน</translation>
    </message>
    <message>
        <source>Bull preset</source>
        <translation>พรีเซ็ตขาขึ้น</translation>
    </message>
    <message>
        <source>%1, same assumptions</source>
        <translation>%1, สมมติฐานเดิม</translation>
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
        <translation>&amp;เงื่อนไข:</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>พรีเซ็ต</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>เปรียบเทียบกับ</translation>
    </message>
    <message>
        <source>Draw a second scenario dashed on the chart</source>
        <translation>วาดสถานการณ์จำลองที่สองเป็นเส้นประบนแผนภูมิ</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <source>The other terms, same assumptions</source>
        <translation>ชุดเงื่อนไขอีกชุด สมมติฐานเดิม</translation>
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
        <translation>สแต็ก Azure</translation>
    </message>
    <message>
        <source>Revenue share</source>
        <translation>ส่วนแบ่งรายได้</translation>
    </message>
    <message>
        <source>OpenAI-driven share of the stack</source>
        <translation>สัดส่วนของสแต็กที่มาจาก OpenAI</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>แผนภูมิ</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>ตาราง</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>ความอ่อนไหว</translation>
    </message>
    <message>
        <source>AGI-year fan</source>
        <translation>แผนภูมิรูปพัดปี AGI</translation>
    </message>
    <message>
        <source>&lt;b&gt;Illustrative model — not a forecast&lt;/b&gt;, nor legal or investment advice. The IaaS/PaaS/SaaS split is not published by Microsoft: it is an assumption, as is every value marked “assumption”.</source>
        <translation>&lt;b&gt;แบบจำลองเพื่อการอธิบาย — ไม่ใช่การพยากรณ์&lt;/b&gt; และไม่ใช่คำแนะนำทางกฎหมายหรือการลงทุน Microsoft ไม่ได้เผยแพร่การแบ่งสัดส่วน IaaS/PaaS/SaaS: การแบ่งนี้เป็นสมมติฐาน เช่นเดียวกับทุกค่าที่มีป้าย “สมมติฐาน”</translation>
    </message>
    <message>
        <source>The scenario model needs the Microsoft–OpenAI agreement&apos;s versions of 28 Oct 2025 and 27 Apr 2026; the open dataset lacks them.</source>
        <translation>แบบจำลองสถานการณ์ต้องใช้ข้อตกลง Microsoft–OpenAI ฉบับวันที่ 28 ต.ค. 2025 และ 27 เม.ย. 2026 แต่ชุดข้อมูลที่เปิดอยู่ไม่มีฉบับดังกล่าว</translation>
    </message>
    <message>
        <source>⚠ not published by Microsoft</source>
        <translation>⚠ Microsoft ไม่ได้เผยแพร่</translation>
    </message>
    <message>
        <source>Microsoft reports “Azure and other cloud services” without an IaaS / PaaS / SaaS split (fact sheet §3a, X). The split here is an assumption.</source>
        <translation>Microsoft รายงาน “Azure และบริการคลาวด์อื่น ๆ” โดยไม่แยก IaaS / PaaS / SaaS (เอกสารข้อเท็จจริง §3a, X) การแบ่งสัดส่วนในที่นี้เป็นสมมติฐาน</translation>
    </message>
    <message>
        <source>◆ driven by the selected clause</source>
        <translation>◆ ขึ้นอยู่กับข้อสัญญาที่เลือก</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>สถานการณ์จำลอง: %1</translation>
    </message>
    <message>
        <source>Cumulative %1–%2, USD billions:</source>
        <translation>ยอดสะสม %1–%2 (พันล้านดอลลาร์สหรัฐ):</translation>
    </message>
    <message>
        <source>OpenAI-driven share of the stack &lt;b&gt;%1 %&lt;/b&gt;</source>
        <translation>สัดส่วนของสแต็กที่มาจาก OpenAI &lt;b&gt;%1 %&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Dashed: %1</source>
        <translation>เส้นประ: %1</translation>
    </message>
    <message>
        <source>Loaded the %1</source>
        <translation>โหลด%1แล้ว</translation>
    </message>
    <message>
        <source>%1 (not usable)</source>
        <translation>%1 (ใช้ไม่ได้)</translation>
    </message>
    <message>
        <source>The model cannot run under this version: %1</source>
        <translation>แบบจำลองใช้กับเวอร์ชันนี้ไม่ได้: %1</translation>
    </message>
    <message>
        <source>The contract terms the projection runs under: each version of the agreement whose terms the model can read, with the dates the dataset gives</source>
        <translation>เงื่อนไขสัญญาที่ใช้ในการคาดการณ์: ทุกเวอร์ชันของข้อตกลงที่แบบจำลองอ่านเงื่อนไขได้ พร้อมวันที่จากชุดข้อมูล</translation>
    </message>
    <message>
        <source>Bridge</source>
        <translation>บริดจ์</translation>
    </message>
    <message>
        <source>Scenario views</source>
        <translation>มุมมองสถานการณ์จำลอง</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioRegime</name>
    <message>
        <source>Oct 2025 terms</source>
        <translation>เงื่อนไข ต.ค. 2025</translation>
    </message>
    <message>
        <source>Apr 2026 terms</source>
        <translation>เงื่อนไข เม.ย. 2026</translation>
    </message>
    <message>
        <source>Terms of version %1</source>
        <translation>เงื่อนไขของเวอร์ชัน %1</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <extracomment>A QDate format for the month and year of a version whose terms are a regime, as in &quot;Oct 2025 terms&quot;.</extracomment>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <source>%1 terms</source>
        <translation>เงื่อนไข %1</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioSlider</name>
    <message>
        <source>$%1 B</source>
        <translation>$%1 พันล้าน</translation>
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
        <translation>%1 ปี</translation>
    </message>
    <message>
        <source>Range %1 to %2; default %3.</source>
        <translation>ช่วง %1 ถึง %2; ค่าเริ่มต้น %3</translation>
    </message>
    <message>
        <source>assumption</source>
        <translation>สมมติฐาน</translation>
    </message>
    <message>
        <source>No published figure: the default is an assumption of the model.</source>
        <translation>ไม่มีตัวเลขที่เผยแพร่: ค่าเริ่มต้นเป็นสมมติฐานของแบบจำลอง</translation>
    </message>
    <message>
        <source>source %1</source>
        <translation>ที่มา %1</translation>
    </message>
    <message>
        <source>The default rests on a reported figure (confidence %1 in the fact sheet).</source>
        <translation>ค่าเริ่มต้นอ้างอิงตัวเลขที่มีการรายงาน (ความเชื่อมั่น %1 ในเอกสารข้อเท็จจริง)</translation>
    </message>
    <message>
        <source> B</source>
        <translation> พันล้าน</translation>
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
        <translation> ปี</translation>
    </message>
    <message>
        <source>Reset to the default (%1)</source>
        <translation>รีเซ็ตเป็นค่าเริ่มต้น (%1)</translation>
    </message>
    <message>
        <source>Reset %1</source>
        <translation>รีเซ็ต %1</translation>
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
        <translation>OpenAI จ่ายให้ Microsoft; ไม่รวมอยู่ในสแต็ก Azure</translation>
    </message>
    <message>
        <source>Share of the year in which OpenAI&apos;s API was exclusive to Azure</source>
        <translation>สัดส่วนของปีที่ API ของ OpenAI ผูกขาดบน Azure</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>รวม %1</translation>
    </message>
    <message>
        <source>CAGR %1</source>
        <translation>CAGR %1</translation>
    </message>
    <message>
        <source>The OpenAI-driven parts of IaaS, PaaS and SaaS together (USD billions)</source>
        <translation>ส่วนที่มาจาก OpenAI ของ IaaS, PaaS และ SaaS รวมกัน (พันล้านดอลลาร์สหรัฐ)</translation>
    </message>
    <message>
        <source>IaaS
$B</source>
        <translation>IaaS
$ พันล้าน</translation>
    </message>
    <message>
        <source>PaaS
$B</source>
        <translation>PaaS
$ พันล้าน</translation>
    </message>
    <message>
        <source>SaaS
$B</source>
        <translation>SaaS
$ พันล้าน</translation>
    </message>
    <message>
        <source>Azure stack
$B</source>
        <translation>สแต็ก Azure
$ พันล้าน</translation>
    </message>
    <message>
        <source>OpenAI-driven
$B</source>
        <translation>มาจาก OpenAI
$ พันล้าน</translation>
    </message>
    <message>
        <source>Revenue share
$B</source>
        <translation>ส่วนแบ่งรายได้
$ พันล้าน</translation>
    </message>
    <message>
        <source>Stack + share
$B</source>
        <translation>สแต็ก + ส่วนแบ่ง
$ พันล้าน</translation>
    </message>
    <message>
        <source>API exclusivity
share of year</source>
        <translation>API ผูกขาด
สัดส่วนของปี</translation>
    </message>
    <message>
        <source>Baseline %1, OpenAI-driven %2 (USD billions)</source>
        <translation>ส่วนฐาน %1, ส่วนที่มาจาก OpenAI %2 (พันล้านดอลลาร์สหรัฐ)</translation>
    </message>
    <message>
        <source>The scenario as set</source>
        <translation>สถานการณ์จำลองตามที่ตั้งไว้</translation>
    </message>
    <message>
        <source>Compared: %1</source>
        <translation>เปรียบเทียบ: %1</translation>
    </message>
    <message>
        <source>The scenario minus the compared one</source>
        <translation>สถานการณ์จำลองลบด้วยสิ่งที่เปรียบเทียบ</translation>
    </message>
    <message>
        <source>Azure
stack</source>
        <translation>สแต็ก
Azure</translation>
    </message>
    <message>
        <source>Revenue
share</source>
        <translation>ส่วนแบ่ง
รายได้</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>สถานการณ์จำลอง</translation>
    </message>
    <message>
        <source>compared</source>
        <translation>เปรียบเทียบ</translation>
    </message>
    <message>
        <source>difference</source>
        <translation>ผลต่าง</translation>
    </message>
    <message>
        <source>%1
%2
$B</source>
        <comment>a quantity, then scenario, compared or difference</comment>
        <translation>%1
%2
$ พันล้าน</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioTablePage</name>
    <message>
        <source>S&amp;how:</source>
        <translation>แสดง(&amp;H):</translation>
    </message>
    <message>
        <source>Projection by year</source>
        <translation>การคาดการณ์รายปี</translation>
    </message>
    <message>
        <source>Sensitivity of each assumption</source>
        <translation>ความอ่อนไหวของแต่ละสมมติฐาน</translation>
    </message>
    <message>
        <source>AGI-year fan (percentiles)</source>
        <translation>แผนภูมิพัดปี AGI (เปอร์เซ็นไทล์)</translation>
    </message>
    <message>
        <source>Every chart&apos;s figures as a table, readable with the keyboard and a screen reader</source>
        <translation>ตัวเลขของทุกแผนภูมิในรูปตาราง อ่านได้ด้วยแป้นพิมพ์และโปรแกรมอ่านหน้าจอ</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioTornadoChart</name>
    <message>
        <source>Assumption at its minimum</source>
        <translation>สมมติฐานที่ค่าต่ำสุด</translation>
    </message>
    <message>
        <source>Assumption at its maximum</source>
        <translation>สมมติฐานที่ค่าสูงสุด</translation>
    </message>
    <message>
        <source>Change, USD billions</source>
        <translation>การเปลี่ยนแปลง (พันล้านดอลลาร์สหรัฐ)</translation>
    </message>
    <message>
        <source>Sensitivity of cumulative Microsoft revenue 2025–%2 (base $%1 B): each assumption at its minimum and maximum, all else as set — illustrative</source>
        <translation>ความอ่อนไหวของรายได้สะสมของ Microsoft ปี 2025–%2 (ฐาน $%1 พันล้าน): สมมติฐานแต่ละตัวที่ค่าต่ำสุดและสูงสุด ค่าอื่นตามที่ตั้งไว้ — เพื่อการอธิบาย</translation>
    </message>
    <message>
        <source>Change from the base of %1, USD billions</source>
        <translation>การเปลี่ยนแปลงจากฐาน %1 (พันล้านดอลลาร์สหรัฐ)</translation>
    </message>
    <message>
        <source>Base: %1, cumulative %2–%3</source>
        <translation>ฐาน: %1 สะสม %2–%3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a series and the assumption&apos;s setting</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, total %2</source>
        <comment>a change and the total it leads to</comment>
        <translation>%1 รวม %2</translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation>%1 จาก %2 ถึง %3</translation>
    </message>
    <message>
        <source>Base %1. Largest swings: %2. The Table tab gives every assumption.</source>
        <translation>ฐาน %1 ความผันแปรมากที่สุด: %2 ดูสมมติฐานทั้งหมดได้ในแท็บตาราง</translation>
    </message>
</context>
<context>
    <name>Dealscope::SensitivityTableModel</name>
    <message>
        <source>Base, cumulative %1–%2</source>
        <translation>ค่าฐาน สะสม %1–%2</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>สมมติฐาน</translation>
    </message>
    <message>
        <source>Low
setting</source>
        <translation>ค่า
ต่ำ</translation>
    </message>
    <message>
        <source>Change
at low</source>
        <translation>การเปลี่ยนแปลง
ที่ค่าต่ำ</translation>
    </message>
    <message>
        <source>High
setting</source>
        <translation>ค่า
สูง</translation>
    </message>
    <message>
        <source>Change
at high</source>
        <translation>การเปลี่ยนแปลง
ที่ค่าสูง</translation>
    </message>
</context>
<context>
    <name>Dealscope::SettingsRecovery</name>
    <message>
        <source>it is not a regular file</source>
        <translation>ไม่ใช่ไฟล์ปกติ</translation>
    </message>
    <message>
        <source>it is larger than %1 MiB</source>
        <translation>มีขนาดใหญ่กว่า %1 MiB</translation>
    </message>
    <message>
        <source>it cannot be read: %1</source>
        <translation>ไม่สามารถอ่านได้: %1</translation>
    </message>
    <message>
        <source>it contains binary data</source>
        <translation>มีข้อมูลไบนารี</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>ไม่ใช่ข้อความ UTF-8</translation>
    </message>
    <message>
        <source>line %1 opens a section without closing it</source>
        <translation>บรรทัด %1 เปิดส่วนไว้โดยไม่ได้ปิด</translation>
    </message>
    <message>
        <source>it is not in the settings format</source>
        <translation>ไม่ได้อยู่ในรูปแบบไฟล์การตั้งค่า</translation>
    </message>
    <message>
        <source>The settings file %1 could not be used (%2) nor set aside (%3); Dealscope started with default settings.</source>
        <translation>ไม่สามารถใช้ไฟล์การตั้งค่า %1 ได้ (%2) และไม่สามารถกันไว้ได้ (%3) Dealscope จึงเริ่มทำงานด้วยการตั้งค่าเริ่มต้น</translation>
    </message>
    <message>
        <source>The settings file %1 could not be used (%2). It was set aside as %3 and Dealscope started with default settings.</source>
        <translation>ไม่สามารถใช้ไฟล์การตั้งค่า %1 ได้ (%2) จึงกันไว้เป็น %3 และ Dealscope เริ่มทำงานด้วยการตั้งค่าเริ่มต้น</translation>
    </message>
</context>
<context>
    <name>Dealscope::SourceView</name>
    <message>
        <source>Selected item</source>
        <translation>รายการที่เลือก</translation>
    </message>
    <message>
        <source>Whole dataset</source>
        <translation>ทั้งชุดข้อมูล</translation>
    </message>
    <message>
        <source>Show the selected clause&apos;s or event&apos;s entry only, or the whole dataset file</source>
        <translation>แสดงเฉพาะรายการของข้อสัญญาหรือเหตุการณ์ที่เลือก หรือทั้งไฟล์ชุดข้อมูล</translation>
    </message>
    <message>
        <source>Source shown</source>
        <translation>ซอร์สที่แสดง</translation>
    </message>
    <message>
        <source>Dataset source</source>
        <translation>ซอร์สของชุดข้อมูล</translation>
    </message>
    <message>
        <source>No dataset is open.</source>
        <translation>ไม่มีชุดข้อมูลที่เปิดอยู่</translation>
    </message>
    <message>
        <source>Select a clause or an event to see its entry in the dataset file.</source>
        <translation>เลือกข้อสัญญาหรือเหตุการณ์เพื่อดูรายการในไฟล์ชุดข้อมูล</translation>
    </message>
    <message>
        <source>“%1” groups entries and has none of its own in the dataset file. Select one of its clauses or events, or show the whole dataset.</source>
        <translation>“%1” เป็นกลุ่มของรายการและไม่มีรายการของตนเองในไฟล์ชุดข้อมูล เลือกข้อสัญญาหรือเหตุการณ์ในกลุ่มนี้ หรือแสดงทั้งชุดข้อมูล</translation>
    </message>
    <message>
        <source>%1 · lines %2–%3</source>
        <translation>%1 · บรรทัด %2–%3</translation>
    </message>
    <message>
        <source>%1 · %2, lines %3–%4</source>
        <translation>%1 · %2, บรรทัด %3–%4</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n lines</source>
        <translation>
            <numerusform>%1 · %n บรรทัด</numerusform>
        </translation>
    </message>
    <message>
        <source>Scenario (editable)</source>
        <translation>สถานการณ์จำลอง (แก้ไขได้)</translation>
    </message>
    <message>
        <source>Show the selected clause&apos;s or event&apos;s entry, the whole dataset file, or the current scenario as JSON to edit and apply</source>
        <translation>แสดงรายการของข้อสัญญาหรือเหตุการณ์ที่เลือก ทั้งไฟล์ชุดข้อมูล หรือสถานการณ์จำลองปัจจุบันในรูปแบบ JSON เพื่อแก้ไขและนำไปใช้</translation>
    </message>
</context>
<context>
    <name>Dealscope::StartPage</name>
    <message>
        <source>The deal at a glance</source>
        <translation>ข้อตกลงโดยสังเขป</translation>
    </message>
    <message>
        <source>the end of %1</source>
        <translation>สิ้นปี %1</translation>
    </message>
    <message>
        <source>The dataset has no version of the agreement yet.</source>
        <translation>ชุดข้อมูลยังไม่มีฉบับของข้อตกลง</translation>
    </message>
    <message>
        <source>Version shown: %1, %2.</source>
        <translation>ฉบับที่แสดง: %1, %2</translation>
    </message>
    <message>
        <source>Every line links to its clause; select it to see the details and sources.</source>
        <translation>แต่ละบรรทัดลิงก์ไปยังข้อสัญญาของตน เลือกเพื่อดูรายละเอียดและแหล่งที่มา</translation>
    </message>
    <message>
        <source>Facts checked on %1.</source>
        <translation>ตรวจสอบข้อเท็จจริงเมื่อ %1</translation>
    </message>
    <message>
        <source>Who gets what</source>
        <translation>ใครได้อะไร</translation>
    </message>
    <message>
        <source>No clause is in force as of this version.</source>
        <translation>ณ ฉบับนี้ไม่มีข้อสัญญาที่มีผลบังคับใช้</translation>
    </message>
    <message>
        <source>confidence %1</source>
        <translation>ความเชื่อมั่น %1</translation>
    </message>
    <message>
        <source>no end date stated</source>
        <translation>ไม่ได้ระบุวันสิ้นสุด</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>จนถึง %1</translation>
    </message>
    <message>
        <source>until the earlier of %1</source>
        <translation>จนถึงเหตุการณ์ใดที่มาก่อนระหว่าง %1</translation>
    </message>
    <message>
        <source>%1 (assumed for %2)</source>
        <translation>%1 (สมมติเป็น %2)</translation>
    </message>
    <message>
        <source>%1 (no date known)</source>
        <translation>%1 (ไม่ทราบวันที่)</translation>
    </message>
    <message>
        <source>Key dates</source>
        <translation>วันที่สำคัญ</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Figures: %1</source>
        <translation>ตัวเลข: %1</translation>
    </message>
    <message>
        <source>these terms run out:</source>
        <translation>ข้อกำหนดเหล่านี้สิ้นสุด:</translation>
    </message>
    <message>
        <source>assumed for %1</source>
        <translation>สมมติเป็น %1</translation>
    </message>
    <message>
        <source>no date known</source>
        <translation>ไม่ทราบวันที่</translation>
    </message>
    <message>
        <source>these terms end then:</source>
        <translation>ข้อกำหนดที่สิ้นสุดเมื่อนั้น:</translation>
    </message>
    <message>
        <source>What changed on %1</source>
        <translation>สิ่งที่เปลี่ยนแปลงเมื่อ %1</translation>
    </message>
    <message>
        <source>Compared with %1, %2.</source>
        <translation>เทียบกับ %1, %2</translation>
    </message>
    <message>
        <source>This version changed no clause.</source>
        <translation>ฉบับนี้ไม่ได้เปลี่ยนข้อสัญญาใด</translation>
    </message>
    <message>
        <source>Still unknown</source>
        <translation>สิ่งที่ยังไม่ทราบ</translation>
    </message>
    <message>
        <source>The dataset lists no open question for this version.</source>
        <translation>ชุดข้อมูลไม่มีคำถามที่ยังไม่มีคำตอบสำหรับฉบับนี้</translation>
    </message>
    <message>
        <source>Clauses:</source>
        <translation>ข้อสัญญา:</translation>
    </message>
    <message>
        <source>still standing: confidence %1</source>
        <extracomment>How sure it is that a clause still stands as of the version shown, when that differs from the clause&apos;s</extracomment>
        <translation>ยังมีผลอยู่: ความเชื่อมั่น %1</translation>
    </message>
    <message>
        <source>Conflicting reports</source>
        <translation>รายงานขัดแย้งกัน</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>ไม่ทราบ</translation>
    </message>
</context>
<context>
    <name>Dealscope::TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>ไทม์ไลน์</translation>
    </message>
    <message>
        <source>Clauses of the agreement as bars from start to end, and events as markers, in one lane per category</source>
        <translation>ข้อสัญญาของข้อตกลงแสดงเป็นแถบตั้งแต่เริ่มต้นจนสิ้นสุด และเหตุการณ์แสดงเป็นเครื่องหมาย โดยแยกหนึ่งแถวต่อหนึ่งหมวดหมู่</translation>
    </message>
    <message>
        <source>an unresolved milestone</source>
        <translation>หมุดหมายที่ยังไม่มีข้อยุติ</translation>
    </message>
    <message>
        <source> or </source>
        <translation> หรือ </translation>
    </message>
    <message>
        <source>No end stated: runs on indefinitely.</source>
        <translation>ไม่ได้ระบุวันสิ้นสุด: มีผลต่อไปโดยไม่มีกำหนด</translation>
    </message>
    <message>
        <source>Ends %1.</source>
        <translation>สิ้นสุด %1</translation>
    </message>
    <message>
        <source>Ends at the milestone &quot;%1&quot;; no date is known.</source>
        <translation>สิ้นสุดเมื่อถึงหมุดหมาย &quot;%1&quot; ยังไม่ทราบวันที่</translation>
    </message>
    <message>
        <source>Ends at the earlier of &quot;%1&quot; and %2.</source>
        <translation>สิ้นสุดเมื่อถึง &quot;%1&quot; หรือ %2 แล้วแต่อย่างใดถึงก่อน</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>วันที่: %1</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>ตั้งแต่ %1</translation>
    </message>
    <message>
        <source>Confidence: %1</source>
        <translation>ความเชื่อมั่น: %1</translation>
    </message>
    <message>
        <source>a milestone</source>
        <translation>หมุดหมาย</translation>
    </message>
    <message>
        <source>until %1 · date unknown</source>
        <translation>จนถึง %1 · ไม่ทราบวันที่</translation>
    </message>
    <message>
        <source>or sooner, at %1</source>
        <translation>หรือเร็วกว่านั้น เมื่อถึง %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>วันนี้</translation>
    </message>
    <message>
        <source>Assume AGI Verified in %1</source>
        <translation>สมมติให้ยืนยัน AGI ในปี %1</translation>
    </message>
    <message>
        <source>Do Not Assume AGI Verification</source>
        <translation>ไม่สมมติการยืนยัน AGI</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n เหตุการณ์</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clause(s)</source>
        <translation>
            <numerusform>%n ข้อสัญญา</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dealscope::UndoAction</name>
    <message>
        <source>&amp;Undo</source>
        <translation>เ&amp;ลิกทำ</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>เ&amp;ลิกทำ %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;ทำซ้ำ</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;ทำซ้ำ %1</translation>
    </message>
</context>
<context>
    <name>Dealscope::UnsavedScenarioPrompt</name>
    <message>
        <source>Unsaved Scenario</source>
        <translation>สถานการณ์จำลองที่ยังไม่ได้บันทึก</translation>
    </message>
    <message>
        <source>The scenario has changes that are not saved to a file.</source>
        <translation>สถานการณ์จำลองมีการเปลี่ยนแปลงที่ยังไม่ได้บันทึกลงไฟล์</translation>
    </message>
    <message>
        <source>Save them before closing? Discarded changes cannot be recovered.</source>
        <translation>บันทึกก่อนปิดหรือไม่ การเปลี่ยนแปลงที่ละทิ้งจะกู้คืนไม่ได้</translation>
    </message>
</context>
<context>
    <name>Dealscope::UserGuideWindow</name>
    <message>
        <source>Dealscope User Guide</source>
        <translation>คู่มือผู้ใช้ Dealscope</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>ย้อนกลับ</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>ไปข้างหน้า</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>สารบัญ</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>คู่มือผู้ใช้</translation>
    </message>
</context>
<context>
    <name>Dealscope::VersionAnnouncer</name>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>ใหม่ %n ข้อ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n amended</source>
        <translation>
            <numerusform>แก้ไขเพิ่มเติม %n ข้อ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ended</source>
        <translation>
            <numerusform>สิ้นสุดแล้ว %n ข้อ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not restated</source>
        <translation>
            <numerusform>ไม่ได้ระบุซ้ำ %n ข้อ</numerusform>
        </translation>
    </message>
    <message>
        <source>Now showing %1: no clause changed</source>
        <translation>กำลังแสดง %1: ไม่มีข้อสัญญาที่เปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>Now showing %1: %2</source>
        <translation>กำลังแสดง %1: %2</translation>
    </message>
</context>
<context>
    <name>Dealscope::VersionComparison</name>
    <message>
        <source>no end stated</source>
        <translation>ไม่ได้ระบุวันสิ้นสุด</translation>
    </message>
    <message>
        <source>through %1</source>
        <translation>จนถึง %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>จนกว่า %1</translation>
    </message>
    <message>
        <source>%1, whichever comes first</source>
        <translation>%1 แล้วแต่อย่างใดจะถึงก่อน</translation>
    </message>
    <message>
        <source> or </source>
        <translation> หรือ </translation>
    </message>
    <message>
        <source>Added</source>
        <translation>เพิ่มใหม่</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>สิ้นสุดแล้ว</translation>
    </message>
    <message>
        <source>Amended</source>
        <translation>แก้ไขเพิ่มเติม</translation>
    </message>
    <message>
        <source>Not restated</source>
        <translation>ไม่ได้ระบุซ้ำ</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>ถ้อยคำ</translation>
    </message>
    <message>
        <source>End</source>
        <translation>สิ้นสุด</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>แหล่งที่มา</translation>
    </message>
</context>
<context>
    <name>Dealscope::WindowPages</name>
    <message>
        <source>At a Glance</source>
        <translation>ภาพรวม</translation>
    </message>
    <message>
        <source>Explorer</source>
        <translation>ตัวสำรวจ</translation>
    </message>
    <message>
        <source>Scenario (illustrative)</source>
        <translation>สถานการณ์จำลอง (เพื่อการอธิบาย)</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>บทความ</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>เปรียบเทียบ</translation>
    </message>
    <message>
        <source>Open Questions</source>
        <translation>คำถามที่ยังไม่มีคำตอบ</translation>
    </message>
    <message>
        <source>The Deal at a &amp;Glance</source>
        <translation>ภาพรวมข้อตกลง(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Explorer</source>
        <translation>&amp;ตัวสำรวจ</translation>
    </message>
    <message>
        <source>&amp;Scenario</source>
        <translation>&amp;สถานการณ์จำลอง</translation>
    </message>
    <message>
        <source>&amp;Articles</source>
        <translation>&amp;บทความ</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>เปรียบเทียบ(&amp;O)</translation>
    </message>
    <message>
        <source>Open &amp;Questions</source>
        <translation>คำถามที่ยังไม่มีคำตอบ(&amp;Q)</translation>
    </message>
    <message>
        <source>What each party gets, the key dates, what changed last and what is still unknown</source>
        <translation>สิ่งที่แต่ละฝ่ายได้รับ วันสำคัญ สิ่งที่เปลี่ยนล่าสุด และสิ่งที่ยังไม่ทราบ</translation>
    </message>
    <message>
        <source>The clauses, their timeline and the details of the selected one</source>
        <translation>ข้อสัญญา ไทม์ไลน์ของข้อสัญญา และรายละเอียดของรายการที่เลือก</translation>
    </message>
    <message>
        <source>An illustrative model of Azure revenue under the agreement&apos;s terms</source>
        <translation>แบบจำลองเพื่อการอธิบายรายได้ของ Azure ภายใต้เงื่อนไขของข้อตกลง</translation>
    </message>
    <message>
        <source>Explainer articles on the agreement and its amendment</source>
        <translation>บทความอธิบายข้อตกลงและการแก้ไขเพิ่มเติม</translation>
    </message>
    <message>
        <source>Two versions of the agreement compared, wording beside wording</source>
        <translation>เปรียบเทียบสองฉบับของข้อตกลง วางถ้อยคำเคียงกัน</translation>
    </message>
    <message>
        <source>Every point the sources disagree on or leave unknown, with each claim and its sources</source>
        <translation>ทุกประเด็นที่แหล่งข้อมูลเห็นไม่ตรงกันหรือยังไม่เปิดเผย พร้อมข้ออ้างแต่ละข้อและแหล่งที่มา</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>หน้า</translation>
    </message>
</context>
<context>
    <name>Dealscope::ZoomActions</name>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;ซูมเข้า</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>ซูม&amp;ออก</translation>
    </message>
    <message>
        <source>&amp;Fit Selection</source>
        <translation>ปรับให้&amp;พอดีกับส่วนที่เลือก</translation>
    </message>
    <message>
        <source>Fit the selected clauses and events across the timeline, or everything</source>
        <translation>ปรับข้อสัญญาและเหตุการณ์ที่เลือกให้พอดีกับความกว้างของไทม์ไลน์ หรือปรับทั้งหมด</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>&amp;รีเซ็ตการซูม</translation>
    </message>
    <message>
        <source>Back to the whole timeline, as it opens</source>
        <translation>กลับไปที่ไทม์ไลน์ทั้งหมดเหมือนตอนเปิด</translation>
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
        <translation>แ&amp;ฟ้ม</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>แ&amp;ก้ไข</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;มุมมอง</translation>
    </message>
    <message>
        <source>&amp;Window</source>
        <translation>&amp;หน้าต่าง</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;วิธีใช้</translation>
    </message>
    <message>
        <source>&amp;Open Dataset…</source>
        <translation>&amp;เปิดชุดข้อมูล…</translation>
    </message>
    <message>
        <source>Open another agreement described in the Dealscope dataset format</source>
        <translation>เปิดข้อตกลงอื่นที่อธิบายไว้ในรูปแบบชุดข้อมูลของ Dealscope</translation>
    </message>
    <message>
        <source>Open &amp;Bundled Dataset</source>
        <translation>เปิดชุดข้อมูลที่&amp;ติดมากับโปรแกรม</translation>
    </message>
    <message>
        <source>Return to the Microsoft–OpenAI dataset that ships with Dealscope</source>
        <translation>กลับไปยังชุดข้อมูล Microsoft–OpenAI ที่มาพร้อมกับ Dealscope</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;ออก</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;ค้นหา…</translation>
    </message>
    <message>
        <source>Find clauses and events by title, wording or source</source>
        <translation>ค้นหาข้อสัญญาและเหตุการณ์ตามชื่อ ถ้อยคำ หรือแหล่งที่มา</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>ค้นหา&amp;ถัดไป</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>ค้นหา&amp;ก่อนหน้า</translation>
    </message>
    <message>
        <source>F&amp;ilter Clauses</source>
        <translation>ก&amp;รองข้อสัญญา</translation>
    </message>
    <message>
        <source>Show only the clauses and events that match a text</source>
        <translation>แสดงเฉพาะข้อสัญญาและเหตุการณ์ที่ตรงกับข้อความ</translation>
    </message>
    <message>
        <source>&amp;Previous Version</source>
        <translation>ฉบับ&amp;ก่อนหน้า</translation>
    </message>
    <message>
        <source>Show the agreement as the previous version left it</source>
        <translation>แสดงข้อตกลงตามสภาพหลังฉบับก่อนหน้า</translation>
    </message>
    <message>
        <source>&amp;Next Version</source>
        <translation>ฉบับ&amp;ถัดไป</translation>
    </message>
    <message>
        <source>Show the agreement as the next version left it</source>
        <translation>แสดงข้อตกลงตามสภาพหลังฉบับถัดไป</translation>
    </message>
    <message>
        <source>Ass&amp;ume AGI Verification…</source>
        <translation>สมมติการยืนยัน &amp;AGI…</translation>
    </message>
    <message>
        <source>Assume a year for the verification of AGI, so that terms ending then get a date</source>
        <translation>สมมติปีที่มีการยืนยัน AGI เพื่อให้เงื่อนไขที่สิ้นสุดเมื่อนั้นมีวันที่</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>&amp;รีเซ็ตเค้าโครง</translation>
    </message>
    <message>
        <source>Put the docks and toolbars back where they were at first start</source>
        <translation>ย้ายแผงและแถบเครื่องมือกลับไปยังตำแหน่งเดิมเหมือนตอนเปิดใช้งานครั้งแรก</translation>
    </message>
    <message>
        <source>&amp;About Dealscope</source>
        <translation>เ&amp;กี่ยวกับ Dealscope</translation>
    </message>
    <message>
        <source>Show &amp;Changes</source>
        <translation>แสดงการเ&amp;ปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>Mark what the selected version introduced, amended, ended or did not restate</source>
        <translation>ทำเครื่องหมายสิ่งที่ฉบับที่เลือกเพิ่มใหม่ แก้ไขเพิ่มเติม ยุติ หรือไม่ได้ระบุซ้ำ</translation>
    </message>
    <message>
        <source>&amp;Export Chart…</source>
        <translation>ส่งออกแ&amp;ผนภูมิ…</translation>
    </message>
    <message>
        <source>Save the scenario chart shown as PNG, SVG or PDF</source>
        <translation>บันทึกแผนภูมิสถานการณ์จำลองที่แสดงอยู่เป็น PNG, SVG หรือ PDF</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export &amp;Timeline…</source>
        <translation>ส่งออกไ&amp;ทม์ไลน์…</translation>
    </message>
    <message>
        <source>Save the timeline as PNG, SVG or PDF</source>
        <translation>บันทึกไทม์ไลน์เป็น PNG, SVG หรือ PDF</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>Export T&amp;able…</source>
        <translation>ส่งออกตา&amp;ราง…</translation>
    </message>
    <message>
        <source>Save a table (projection, sensitivity, fan, clauses or events) as CSV</source>
        <translation>บันทึกตาราง (การคาดการณ์ ความอ่อนไหว แผนภูมิรูปพัด ข้อสัญญา หรือเหตุการณ์) เป็น CSV</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation>ส่งออกรา&amp;ยงาน…</translation>
    </message>
    <message>
        <source>Save a PDF report: clauses in force, timeline, scenario charts and sources</source>
        <translation>บันทึกรายงาน PDF: ข้อสัญญาที่มีผลบังคับใช้ ไทม์ไลน์ แผนภูมิสถานการณ์จำลอง และแหล่งที่มา</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;พิมพ์…</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Print the timeline, or the scenario chart when the Scenario view is shown, with a preview</source>
        <translation>พิมพ์ไทม์ไลน์ หรือพิมพ์แผนภูมิสถานการณ์จำลองเมื่อแสดงมุมมองสถานการณ์จำลองอยู่ พร้อมแสดงตัวอย่าง</translation>
    </message>
</context>
</TS>
