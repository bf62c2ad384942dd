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
        <source>Ends</source>
        <translation>สิ้นสุด</translation>
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
    <message>
        <source>1 match</source>
        <translation>พบ 1 รายการ</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>พบ %1 รายการ</translation>
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
        <source>%1 versions, %2 clauses, %3 dated events, %4 open questions, %5 sources.</source>
        <translation>%1 ฉบับ, ข้อสัญญา %2 ข้อ, เหตุการณ์ที่มีวันที่ %3 รายการ, คำถามที่ยังไม่มีคำตอบ %4 ข้อ, แหล่งที่มา %5 แห่ง</translation>
    </message>
    <message>
        <source>Facts last checked on %1.</source>
        <translation>ตรวจสอบข้อเท็จจริงล่าสุดเมื่อ %1</translation>
    </message>
    <message>
        <source>Select a clause or an event in the tree or on the timeline to see its terms, history, confidence and sources.</source>
        <translation>เลือกข้อสัญญาหรือเหตุการณ์ในรายการหรือบนไทม์ไลน์ เพื่อดูเงื่อนไข ประวัติ ความเชื่อมั่น และแหล่งที่มา</translation>
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
    <name>Dealscope::MainWindow</name>
    <message>
        <source>Clauses</source>
        <translation>ข้อสัญญา</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>รายละเอียด</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ซอร์ส</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>บทความ</translation>
    </message>
    <message>
        <source>Scenario (illustrative)</source>
        <translation>สถานการณ์จำลอง (เพื่อการอธิบาย)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>เ&amp;ลิกทำ</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;ทำซ้ำ</translation>
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
        <source>Found: %1</source>
        <translation>พบ: %1</translation>
    </message>
    <message>
        <source>Nothing matches “%1”</source>
        <translation>ไม่พบรายการที่ตรงกับ “%1”</translation>
    </message>
    <message>
        <source>As of %1 (%2): %3 clauses in force or not restated</source>
        <translation>ณ %1 (%2): ข้อสัญญาที่มีผลบังคับใช้หรือไม่ได้ระบุซ้ำ %3 ข้อ</translation>
    </message>
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
        <source>About Dealscope</source>
        <translation>เกี่ยวกับ Dealscope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Dealscope %1&lt;/h3&gt;&lt;p&gt;An explorer for business agreements: their clauses, versions and timeline.&lt;/p&gt;&lt;p&gt;The bundled dataset describes the Microsoft–OpenAI partnership from public sources; it is not legal or investment advice.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Dealscope %1&lt;/h3&gt;&lt;p&gt;โปรแกรมสำรวจข้อตกลงทางธุรกิจ: ข้อสัญญา ฉบับต่าง ๆ และไทม์ไลน์&lt;/p&gt;&lt;p&gt;ชุดข้อมูลที่มาพร้อมโปรแกรมอธิบายความร่วมมือระหว่าง Microsoft–OpenAI จากแหล่งข้อมูลสาธารณะ ไม่ใช่คำแนะนำทางกฎหมายหรือการลงทุน&lt;/p&gt;</translation>
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
</context>
<context>
    <name>Dealscope::ScenarioPanel</name>
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
        <source>Open &amp;Scenario…</source>
        <translation>เปิด&amp;สถานการณ์จำลอง…</translation>
    </message>
    <message>
        <source>Save Scenario &amp;As…</source>
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
        <source>Defaults</source>
        <translation>ค่าเริ่มต้น</translation>
    </message>
    <message>
        <source>The contract terms the projection runs under; their dates are read from the dataset&apos;s versions of 28 Oct 2025 and 27 Apr 2026</source>
        <translation>เงื่อนไขสัญญาที่ใช้ในการคาดการณ์ โดยอ่านวันที่จากข้อตกลงฉบับวันที่ 28 ต.ค. 2025 และ 27 เม.ย. 2026 ในชุดข้อมูล</translation>
    </message>
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
        <source>Undo</source>
        <translation>เลิกทำ</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>ทำซ้ำ</translation>
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
        <source>Reset %1</source>
        <translation>รีเซ็ต %1</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>เปลี่ยน %1</translation>
    </message>
    <message>
        <source>Switch to %1</source>
        <translation>สลับเป็น %1</translation>
    </message>
    <message>
        <source>Assume AGI verified in %1</source>
        <translation>สมมติให้ยืนยัน AGI ในปี %1</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>สถานการณ์จำลอง: %1</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>ไม่มีชื่อ</translation>
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
        <source>%1, same assumptions</source>
        <translation>%1, สมมติฐานเดิม</translation>
    </message>
    <message>
        <source>Dashed: %1</source>
        <translation>เส้นประ: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Load %1</source>
        <translation>โหลด%1</translation>
    </message>
    <message>
        <source>Loaded the %1</source>
        <translation>โหลด%1แล้ว</translation>
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
        <source>Open %1</source>
        <translation>เปิด %1</translation>
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
        <source>1 event</source>
        <translation>1 เหตุการณ์</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 เหตุการณ์</translation>
    </message>
    <message>
        <source>1 clause</source>
        <translation>1 ข้อสัญญา</translation>
    </message>
    <message>
        <source>%1 clauses</source>
        <translation>%1 ข้อสัญญา</translation>
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
        <source>Assume &amp;AGI Verification…</source>
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
</context>
</TS>
