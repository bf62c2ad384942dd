<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Dealscope</name>
    <message>
        <source>Not yet agreed</source>
        <translation>Noch nicht vereinbart</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>In Kraft</translation>
    </message>
    <message>
        <source>Not restated</source>
        <translation>Nicht erneut genannt</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Reaffirmed</source>
        <translation>Bekräftigt</translation>
    </message>
    <message>
        <source>Amended</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>official text (company post, filing, earnings call)</source>
        <translation>offizieller Text (Unternehmensbeitrag, Pflichtveröffentlichung, Ergebnis-Telefonkonferenz)</translation>
    </message>
    <message>
        <source>several independent reports agree</source>
        <translation>mehrere unabhängige Berichte stimmen überein</translation>
    </message>
    <message>
        <source>a single or weak source, or sources disagree</source>
        <translation>eine einzelne oder schwache Quelle, oder die Quellen widersprechen sich</translation>
    </message>
    <message>
        <source>not verified: treat as unknown</source>
        <translation>nicht überprüft: als unbekannt behandeln</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>Investition</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation>Vertragsänderung</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>Cloud deal</source>
        <translation>Cloud-Vertrag</translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation>Geschäftszahlen</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>Streitfall</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>Unternehmensführung</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Finanzierung</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Rechtliches</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
</context>
<context>
    <name>Dealscope::AgreementModel</name>
    <message>
        <source>Clause</source>
        <translation>Klausel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Endet</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Verlässlichkeit</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Dated events around the agreement</source>
        <translation>Datierte Ereignisse rund um die Vereinbarung</translation>
    </message>
    <message>
        <source>Ended %1</source>
        <translation>Beendet am %1</translation>
    </message>
    <message>
        <source>end of %1</source>
        <translation>Ende %1</translation>
    </message>
    <message>
        <source>No end stated</source>
        <translation>Kein Ende angegeben</translation>
    </message>
    <message>
        <source>At %1 (no date)</source>
        <translation>Mit %1 (kein Datum)</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>%1, or %2 if earlier</source>
        <translation>%1 oder %2, falls früher</translation>
    </message>
    <message>
        <source>Ends: %1</source>
        <translation>Endet: %1</translation>
    </message>
    <message>
        <source>Confidence: %1</source>
        <translation>Verlässlichkeit: %1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Quellen: %1</translation>
    </message>
</context>
<context>
    <name>Dealscope::ArticleView</name>
    <message>
        <source>Parallel</source>
        <translation>Parallel</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Show a second language side by side, paragraph by paragraph</source>
        <translation>Eine zweite Sprache Absatz für Absatz daneben anzeigen</translation>
    </message>
    <message>
        <source>Second language</source>
        <translation>Zweite Sprache</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>Artikeltext</translation>
    </message>
    <message>
        <source>Find in article…</source>
        <translation>Im Artikel suchen…</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Vorheriges</translation>
    </message>
    <message>
        <source>Find previous (Shift+Enter)</source>
        <translation>Vorheriges suchen (Umschalt+Eingabe)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nächstes</translation>
    </message>
    <message>
        <source>Find next (Enter)</source>
        <translation>Nächstes suchen (Eingabe)</translation>
    </message>
    <message>
        <source>No articles are available.</source>
        <translation>Keine Artikel verfügbar.</translation>
    </message>
    <message>
        <source>The %1 version cannot be shown: %2</source>
        <translation>Die Fassung „%1“ kann nicht angezeigt werden: %2</translation>
    </message>
    <message>
        <source>This article cannot be shown.</source>
        <translation>Dieser Artikel kann nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>English: not translated</source>
        <translation>Englisch: nicht übersetzt</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Kein Treffer</translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>1 Treffer</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>%1 Treffer</translation>
    </message>
</context>
<context>
    <name>Dealscope::ClauseTreePanel</name>
    <message>
        <source>Filter clauses and events…</source>
        <translation>Klauseln und Ereignisse filtern…</translation>
    </message>
    <message>
        <source>Keep the clauses and events whose title, wording or source contains every word</source>
        <translation>Nur Klauseln und Ereignisse behalten, deren Titel, Wortlaut oder Quelle jedes Wort enthält</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>Klauseln</translation>
    </message>
</context>
<context>
    <name>Dealscope::DetailsFormatter</name>
    <message>
        <source>%1 — parts range from %2 to %3</source>
        <translation>%1 — Teile reichen von %2 bis %3</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>etwa %1</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>bis zu %1</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>mehr als %1</translation>
    </message>
    <message>
        <source>See:</source>
        <translation>Siehe:</translation>
    </message>
    <message>
        <source>Conflicting reports</source>
        <translation>Widersprüchliche Berichte</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>Stand: %1</translation>
    </message>
    <message>
        <source>As first agreed:</source>
        <translation>Ursprünglich vereinbart:</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>not yet agreed</source>
        <translation>noch nicht vereinbart</translation>
    </message>
    <message>
        <source>This end depends on a milestone with no known date: %1. Assume a date under View › Assume AGI Verification to see the term end there.</source>
        <translation>Dieses Ende hängt von einem Meilenstein ohne bekanntes Datum ab: %1. Nehmen Sie unter Ansicht › AGI-Verifizierung annehmen ein Datum an, um die Laufzeit dort enden zu sehen.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Verlässlichkeit</translation>
    </message>
    <message>
        <source>Open questions</source>
        <translation>Offene Fragen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anmerkungen</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Zahlen</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>Klauseln</translation>
    </message>
    <message>
        <source>%1 versions, %2 clauses, %3 dated events, %4 open questions, %5 sources.</source>
        <translation>%1 Fassungen, %2 Klauseln, %3 datierte Ereignisse, %4 offene Fragen, %5 Quellen.</translation>
    </message>
    <message>
        <source>Facts last checked on %1.</source>
        <translation>Fakten zuletzt geprüft am %1.</translation>
    </message>
    <message>
        <source>Select a clause or an event in the tree or on the timeline to see its terms, history, confidence and sources.</source>
        <translation>Wählen Sie eine Klausel oder ein Ereignis im Baum oder auf der Zeitleiste aus, um Bedingungen, Verlauf, Verlässlichkeit und Quellen zu sehen.</translation>
    </message>
</context>
<context>
    <name>Dealscope::DetailsPane</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>Dealscope::MainWindow</name>
    <message>
        <source>Clauses</source>
        <translation>Klauseln</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Scenario (illustrative)</source>
        <translation>Szenario (illustrativ)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Wieder&amp;herstellen</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>As of:</source>
        <translation>Stand:</translation>
    </message>
    <message>
        <source>Show the agreement as this version left it</source>
        <translation>Die Vereinbarung im Stand dieser Fassung anzeigen</translation>
    </message>
    <message>
        <source>Assume AGI verified in:</source>
        <translation>Angenommenes Jahr der AGI-Verifizierung:</translation>
    </message>
    <message>
        <source>not assumed</source>
        <translation>nicht angenommen</translation>
    </message>
    <message>
        <source>Terms that end at AGI verification end at the start of this year, as in the scenario model. Nobody knows when, or whether, the expert panel will verify AGI.</source>
        <translation>Bedingungen, die mit der AGI-Verifizierung enden, enden zu Beginn dieses Jahres, wie im Szenariomodell. Niemand weiß, wann oder ob das Expertengremium AGI verifizieren wird.</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Find clauses and events…</source>
        <translation>Klauseln und Ereignisse suchen…</translation>
    </message>
    <message>
        <source>Close Find Bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
    <message>
        <source>%1 — Dealscope</source>
        <translation>%1 — Dealscope</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>Gefunden: %1</translation>
    </message>
    <message>
        <source>Nothing matches “%1”</source>
        <translation>Keine Treffer für „%1“</translation>
    </message>
    <message>
        <source>As of %1 (%2): %3 clauses in force or not restated</source>
        <translation>Stand %1 (%2): %3 Klauseln in Kraft oder nicht erneut genannt</translation>
    </message>
    <message>
        <source>AGI verification assumed in %1</source>
        <translation>AGI-Verifizierung %1 angenommen</translation>
    </message>
    <message>
        <source>AGI verification unresolved</source>
        <translation>AGI-Verifizierung offen</translation>
    </message>
    <message>
        <source>facts checked %1</source>
        <translation>Fakten geprüft am %1</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Opened %1 (warnings: %2)</source>
        <translation>%1 geöffnet (Warnungen: %2)</translation>
    </message>
    <message>
        <source>Open Dataset</source>
        <translation>Datensatz öffnen</translation>
    </message>
    <message>
        <source>Dealscope datasets (*.json);;All files (*)</source>
        <translation>Dealscope-Datensätze (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Further problems: %1 (see the details).</source>
        <translation>Weitere Probleme: %1 (siehe Details).</translation>
    </message>
    <message>
        <source>Cannot Open Dataset</source>
        <translation>Datensatz kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 is not a valid Dealscope dataset. The current dataset stays open.</source>
        <translation>%1 ist kein gültiger Dealscope-Datensatz. Der aktuelle Datensatz bleibt geöffnet.</translation>
    </message>
    <message>
        <source>About Dealscope</source>
        <translation>Über Dealscope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Dealscope %1&lt;/h3&gt;&lt;p&gt;An explorer for business agreements: their clauses, versions and timeline.&lt;/p&gt;&lt;p&gt;The bundled dataset describes the Microsoft–OpenAI partnership from public sources; it is not legal or investment advice.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Dealscope %1&lt;/h3&gt;&lt;p&gt;Ein Explorer für Geschäftsvereinbarungen: ihre Klauseln, Fassungen und Zeitleiste.&lt;/p&gt;&lt;p&gt;Der mitgelieferte Datensatz beschreibt die Partnerschaft zwischen Microsoft und OpenAI anhand öffentlicher Quellen; er ist keine Rechts- oder Anlageberatung.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioChart</name>
    <message>
        <source>Calendar year</source>
        <translation>Kalenderjahr</translation>
    </message>
    <message>
        <source>Azure stack, USD billions</source>
        <translation>Azure-Stack, Mrd. USD</translation>
    </message>
    <message>
        <source>Revenue share, USD billions</source>
        <translation>Umsatzbeteiligung, Mrd. USD</translation>
    </message>
    <message>
        <source>IaaS baseline</source>
        <translation>IaaS-Basis</translation>
    </message>
    <message>
        <source>IaaS OpenAI-driven</source>
        <translation>IaaS OpenAI-getrieben</translation>
    </message>
    <message>
        <source>PaaS baseline</source>
        <translation>PaaS-Basis</translation>
    </message>
    <message>
        <source>PaaS OpenAI-driven</source>
        <translation>PaaS OpenAI-getrieben</translation>
    </message>
    <message>
        <source>SaaS baseline</source>
        <translation>SaaS-Basis</translation>
    </message>
    <message>
        <source>SaaS OpenAI-driven</source>
        <translation>SaaS OpenAI-getrieben</translation>
    </message>
    <message>
        <source>API exclusive to Azure</source>
        <translation>API exklusiv auf Azure</translation>
    </message>
    <message>
        <source>Revenue share (right axis)</source>
        <translation>Umsatzbeteiligung (rechte Achse)</translation>
    </message>
    <message>
        <source>Compared (dashed)</source>
        <translation>Vergleich (gestrichelt)</translation>
    </message>
    <message>
        <source>Compared: revenue share</source>
        <translation>Vergleich: Umsatzbeteiligung</translation>
    </message>
    <message>
        <source>Azure stack by layer and revenue share, %1 (illustrative)</source>
        <translation>Azure-Stack nach Schicht und Umsatzbeteiligung, %1 (illustrativ)</translation>
    </message>
    <message>
        <source>AGI %1 (assumed)</source>
        <translation>AGI %1 (angenommen)</translation>
    </message>
    <message>
        <source>2030: research IP, revenue share end</source>
        <translation>2030: Forschungs-IP und Umsatzbeteiligung enden</translation>
    </message>
    <message>
        <source>2030: research IP ends</source>
        <translation>2030: Forschungs-IP endet</translation>
    </message>
    <message>
        <source>2032: IP licence ends</source>
        <translation>2032: IP-Lizenz endet</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioFanChart</name>
    <message>
        <source>Calendar year</source>
        <translation>Kalenderjahr</translation>
    </message>
    <message>
        <source>Azure stack, USD billions</source>
        <translation>Azure-Stack, Mrd. USD</translation>
    </message>
    <message>
        <source>Revenue share, USD billions</source>
        <translation>Umsatzbeteiligung, Mrd. USD</translation>
    </message>
    <message>
        <source>Azure stack p10–p90</source>
        <translation>Azure-Stack p10–p90</translation>
    </message>
    <message>
        <source>Azure stack p50</source>
        <translation>Azure-Stack p50</translation>
    </message>
    <message>
        <source>Revenue share p10–p90 (right axis)</source>
        <translation>Umsatzbeteiligung p10–p90 (rechte Achse)</translation>
    </message>
    <message>
        <source>Revenue share p50 (right axis)</source>
        <translation>Umsatzbeteiligung p50 (rechte Achse)</translation>
    </message>
    <message>
        <source>AGI-year uncertainty, p10–p90 of %1 samples (illustrative): a narrow band, under these terms the AGI year barely matters</source>
        <translation>Unsicherheit des AGI-Jahres, p10–p90 aus %1 Stichproben (illustrativ): ein schmales Band – unter diesen Bedingungen spielt das AGI-Jahr kaum eine Rolle</translation>
    </message>
    <message>
        <source>AGI-year uncertainty, p10–p90 of %1 samples, every other assumption as set (illustrative)</source>
        <translation>Unsicherheit des AGI-Jahres, p10–p90 aus %1 Stichproben, alle anderen Annahmen wie eingestellt (illustrativ)</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioPanel</name>
    <message>
        <source>Bear preset</source>
        <translation>Voreinstellung „Pessimistisch“</translation>
    </message>
    <message>
        <source>Base preset</source>
        <translation>Voreinstellung „Basis“</translation>
    </message>
    <message>
        <source>Bull preset</source>
        <translation>Voreinstellung „Optimistisch“</translation>
    </message>
    <message>
        <source>Open &amp;Scenario…</source>
        <translation>&amp;Szenario öffnen…</translation>
    </message>
    <message>
        <source>Save Scenario &amp;As…</source>
        <translation>Szenario speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Open a Dealscope scenario file</source>
        <translation>Eine Dealscope-Szenariodatei öffnen</translation>
    </message>
    <message>
        <source>Save the scenario&apos;s regime, horizon and changed assumptions</source>
        <translation>Vertragsregime, Zeithorizont und geänderte Annahmen des Szenarios speichern</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>Standardwerte</translation>
    </message>
    <message>
        <source>The contract terms the projection runs under; their dates are read from the dataset&apos;s versions of 28 Oct 2025 and 27 Apr 2026</source>
        <translation>Die Vertragsbedingungen, unter denen die Projektion läuft; ihre Daten stammen aus den Fassungen des Datensatzes vom 28. Okt. 2025 und 27. Apr. 2026</translation>
    </message>
    <message>
        <source>&amp;Terms:</source>
        <translation>Bedin&amp;gungen:</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Voreinstellungen</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Vergleichen mit</translation>
    </message>
    <message>
        <source>Draw a second scenario dashed on the chart</source>
        <translation>Ein zweites Szenario gestrichelt im Diagramm zeichnen</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nichts</translation>
    </message>
    <message>
        <source>The other terms, same assumptions</source>
        <translation>Die anderen Bedingungen, gleiche Annahmen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
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
        <translation>Azure-Stack</translation>
    </message>
    <message>
        <source>Revenue share</source>
        <translation>Umsatzbeteiligung</translation>
    </message>
    <message>
        <source>OpenAI-driven share of the stack</source>
        <translation>OpenAI-getriebener Anteil am Stack</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensitivität</translation>
    </message>
    <message>
        <source>AGI-year fan</source>
        <translation>Fächer nach AGI-Jahr</translation>
    </message>
    <message>
        <source>&lt;b&gt;Illustrative model — not a forecast&lt;/b&gt;, nor legal or investment advice. The IaaS/PaaS/SaaS split is not published by Microsoft: it is an assumption, as is every value marked “assumption”.</source>
        <translation>&lt;b&gt;Illustratives Modell – keine Prognose&lt;/b&gt; und keine Rechts- oder Anlageberatung. Die Aufteilung in IaaS/PaaS/SaaS wird von Microsoft nicht veröffentlicht: Sie ist eine Annahme, wie jeder als „Annahme“ markierte Wert.</translation>
    </message>
    <message>
        <source>The scenario model needs the Microsoft–OpenAI agreement&apos;s versions of 28 Oct 2025 and 27 Apr 2026; the open dataset lacks them.</source>
        <translation>Das Szenariomodell benötigt die Fassungen der Microsoft–OpenAI-Vereinbarung vom 28. Okt. 2025 und 27. Apr. 2026; dem geöffneten Datensatz fehlen sie.</translation>
    </message>
    <message>
        <source>⚠ not published by Microsoft</source>
        <translation>⚠ von Microsoft nicht veröffentlicht</translation>
    </message>
    <message>
        <source>Microsoft reports “Azure and other cloud services” without an IaaS / PaaS / SaaS split (fact sheet §3a, X). The split here is an assumption.</source>
        <translation>Microsoft weist „Azure und andere Cloud-Dienste“ ohne Aufteilung in IaaS / PaaS / SaaS aus (Faktenblatt §3a, X). Die Aufteilung hier ist eine Annahme.</translation>
    </message>
    <message>
        <source>◆ driven by the selected clause</source>
        <translation>◆ durch die ausgewählte Klausel bestimmt</translation>
    </message>
    <message>
        <source>Reset %1</source>
        <translation>%1 zurücksetzen</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <source>Switch to %1</source>
        <translation>Zu %1 wechseln</translation>
    </message>
    <message>
        <source>Assume AGI verified in %1</source>
        <translation>AGI-Verifizierung %1 annehmen</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>Szenario: %1</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>unbenannt</translation>
    </message>
    <message>
        <source>Cumulative %1–%2, USD billions:</source>
        <translation>Kumuliert %1–%2, Mrd. USD:</translation>
    </message>
    <message>
        <source>OpenAI-driven share of the stack &lt;b&gt;%1 %&lt;/b&gt;</source>
        <translation>OpenAI-getriebener Anteil am Stack &lt;b&gt;%1 %&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1, same assumptions</source>
        <translation>%1, gleiche Annahmen</translation>
    </message>
    <message>
        <source>Dashed: %1</source>
        <translation>Gestrichelt: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Load %1</source>
        <translation>%1 laden</translation>
    </message>
    <message>
        <source>Loaded the %1</source>
        <translation>%1 geladen</translation>
    </message>
    <message>
        <source>Further problems: %1 (see the details).</source>
        <translation>Weitere Probleme: %1 (siehe Details).</translation>
    </message>
    <message>
        <source>Cannot Open Scenario</source>
        <translation>Szenario kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 is not a valid Dealscope scenario. The current scenario is kept.</source>
        <translation>%1 ist kein gültiges Dealscope-Szenario. Das aktuelle Szenario bleibt erhalten.</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>Opened scenario %1</source>
        <translation>Szenario %1 geöffnet</translation>
    </message>
    <message>
        <source>Opened scenario %1 (warnings: %2)</source>
        <translation>Szenario %1 geöffnet (Warnungen: %2)</translation>
    </message>
    <message>
        <source>Cannot Save Scenario</source>
        <translation>Szenario kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Saved scenario %1</source>
        <translation>Szenario %1 gespeichert</translation>
    </message>
    <message>
        <source>Open Scenario</source>
        <translation>Szenario öffnen</translation>
    </message>
    <message>
        <source>Dealscope scenarios (*.dealscope-scenario.json *.json);;All files (*)</source>
        <translation>Dealscope-Szenarien (*.dealscope-scenario.json *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>szenario</translation>
    </message>
    <message>
        <source>Save Scenario As</source>
        <translation>Szenario speichern unter</translation>
    </message>
    <message>
        <source>Dealscope scenarios (*.dealscope-scenario.json)</source>
        <translation>Dealscope-Szenarien (*.dealscope-scenario.json)</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioSlider</name>
    <message>
        <source>$%1 B</source>
        <translation>%1 Mrd. $</translation>
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
        <translation>%1 Jahre</translation>
    </message>
    <message>
        <source>Range %1 to %2; default %3.</source>
        <translation>Bereich %1 bis %2; Standardwert %3.</translation>
    </message>
    <message>
        <source>assumption</source>
        <translation>Annahme</translation>
    </message>
    <message>
        <source>No published figure: the default is an assumption of the model.</source>
        <translation>Keine veröffentlichte Zahl: Der Standardwert ist eine Annahme des Modells.</translation>
    </message>
    <message>
        <source>source %1</source>
        <translation>Quelle %1</translation>
    </message>
    <message>
        <source>The default rests on a reported figure (confidence %1 in the fact sheet).</source>
        <translation>Der Standardwert beruht auf einer berichteten Zahl (Verlässlichkeit %1 im Faktenblatt).</translation>
    </message>
    <message>
        <source> B</source>
        <translation> Mrd.</translation>
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
        <translation> J.</translation>
    </message>
    <message>
        <source>Reset to the default (%1)</source>
        <translation>Auf Standardwert zurücksetzen (%1)</translation>
    </message>
    <message>
        <source>Reset %1</source>
        <translation>%1 zurücksetzen</translation>
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
        <translation>Von OpenAI an Microsoft gezahlt; außerhalb des Azure-Stacks</translation>
    </message>
    <message>
        <source>Share of the year in which OpenAI&apos;s API was exclusive to Azure</source>
        <translation>Anteil des Jahres, in dem die API von OpenAI exklusiv auf Azure lief</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Summe %1</translation>
    </message>
    <message>
        <source>CAGR %1</source>
        <translation>CAGR %1</translation>
    </message>
    <message>
        <source>The OpenAI-driven parts of IaaS, PaaS and SaaS together (USD billions)</source>
        <translation>Die OpenAI-getriebenen Anteile von IaaS, PaaS und SaaS zusammen (Mrd. USD)</translation>
    </message>
    <message>
        <source>IaaS
$B</source>
        <translation>IaaS
Mrd. $</translation>
    </message>
    <message>
        <source>PaaS
$B</source>
        <translation>PaaS
Mrd. $</translation>
    </message>
    <message>
        <source>SaaS
$B</source>
        <translation>SaaS
Mrd. $</translation>
    </message>
    <message>
        <source>Azure stack
$B</source>
        <translation>Azure-Stack
Mrd. $</translation>
    </message>
    <message>
        <source>OpenAI-driven
$B</source>
        <translation>OpenAI-getrieben
Mrd. $</translation>
    </message>
    <message>
        <source>Revenue share
$B</source>
        <translation>Umsatzbeteiligung
Mrd. $</translation>
    </message>
    <message>
        <source>Stack + share
$B</source>
        <translation>Stack + Beteiligung
Mrd. $</translation>
    </message>
    <message>
        <source>API exclusivity
share of year</source>
        <translation>API-Exklusivität
Anteil am Jahr</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioTornadoChart</name>
    <message>
        <source>Assumption at its minimum</source>
        <translation>Annahme auf Minimum</translation>
    </message>
    <message>
        <source>Assumption at its maximum</source>
        <translation>Annahme auf Maximum</translation>
    </message>
    <message>
        <source>Change, USD billions</source>
        <translation>Änderung, Mrd. USD</translation>
    </message>
    <message>
        <source>Sensitivity of cumulative Microsoft revenue 2025–%2 (base $%1 B): each assumption at its minimum and maximum, all else as set — illustrative</source>
        <translation>Sensitivität des kumulierten Microsoft-Umsatzes 2025–%2 (Basis %1 Mrd. $): jede Annahme auf Minimum und Maximum, alles andere wie eingestellt – illustrativ</translation>
    </message>
</context>
<context>
    <name>Dealscope::SourceView</name>
    <message>
        <source>Selected item</source>
        <translation>Ausgewähltes Element</translation>
    </message>
    <message>
        <source>Whole dataset</source>
        <translation>Gesamter Datensatz</translation>
    </message>
    <message>
        <source>Show the selected clause&apos;s or event&apos;s entry only, or the whole dataset file</source>
        <translation>Nur den Eintrag der ausgewählten Klausel bzw. des ausgewählten Ereignisses oder die gesamte Datensatzdatei anzeigen</translation>
    </message>
    <message>
        <source>Source shown</source>
        <translation>Angezeigte Quelle</translation>
    </message>
    <message>
        <source>Dataset source</source>
        <translation>Datensatz-Quelltext</translation>
    </message>
    <message>
        <source>No dataset is open.</source>
        <translation>Kein Datensatz geöffnet.</translation>
    </message>
    <message>
        <source>Select a clause or an event to see its entry in the dataset file.</source>
        <translation>Wählen Sie eine Klausel oder ein Ereignis aus, um den zugehörigen Eintrag in der Datensatzdatei zu sehen.</translation>
    </message>
    <message>
        <source>“%1” groups entries and has none of its own in the dataset file. Select one of its clauses or events, or show the whole dataset.</source>
        <translation>„%1“ gruppiert Einträge und hat in der Datensatzdatei keinen eigenen Eintrag. Wählen Sie eine der zugehörigen Klauseln oder eines der Ereignisse aus, oder zeigen Sie den gesamten Datensatz an.</translation>
    </message>
    <message>
        <source>%1 · lines %2–%3</source>
        <translation>%1 · Zeilen %2–%3</translation>
    </message>
    <message>
        <source>%1 · %2, lines %3–%4</source>
        <translation>%1 · %2, Zeilen %3–%4</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n lines</source>
        <translation>
            <numerusform>%1 · %n Zeile</numerusform>
            <numerusform>%1 · %n Zeilen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dealscope::TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Clauses of the agreement as bars from start to end, and events as markers, in one lane per category</source>
        <translation>Klauseln der Vereinbarung als Balken von Beginn bis Ende und Ereignisse als Markierungen, in einer Spur je Kategorie</translation>
    </message>
    <message>
        <source>an unresolved milestone</source>
        <translation>ein offener Meilenstein</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>No end stated: runs on indefinitely.</source>
        <translation>Kein Ende angegeben: läuft unbefristet weiter.</translation>
    </message>
    <message>
        <source>Ends %1.</source>
        <translation>Endet am %1.</translation>
    </message>
    <message>
        <source>Ends at the milestone &quot;%1&quot;; no date is known.</source>
        <translation>Endet mit dem Meilenstein „%1“; kein Datum bekannt.</translation>
    </message>
    <message>
        <source>Ends at the earlier of &quot;%1&quot; and %2.</source>
        <translation>Endet mit dem früheren Zeitpunkt von „%1“ und %2.</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Datum: %1</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Ab %1</translation>
    </message>
    <message>
        <source>Confidence: %1</source>
        <translation>Verlässlichkeit: %1</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 Ereignis</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 Ereignisse</translation>
    </message>
    <message>
        <source>1 clause</source>
        <translation>1 Klausel</translation>
    </message>
    <message>
        <source>%1 clauses</source>
        <translation>%1 Klauseln</translation>
    </message>
    <message>
        <source>a milestone</source>
        <translation>ein Meilenstein</translation>
    </message>
    <message>
        <source>until %1 · date unknown</source>
        <translation>bis %1 · Datum unbekannt</translation>
    </message>
    <message>
        <source>or sooner, at %1</source>
        <translation>oder früher, mit %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
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
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Window</source>
        <translation>&amp;Fenster</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Open Dataset…</source>
        <translation>Datensatz ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open another agreement described in the Dealscope dataset format</source>
        <translation>Eine andere Vereinbarung im Dealscope-Datensatzformat öffnen</translation>
    </message>
    <message>
        <source>Open &amp;Bundled Dataset</source>
        <translation>&amp;Mitgelieferten Datensatz öffnen</translation>
    </message>
    <message>
        <source>Return to the Microsoft–OpenAI dataset that ships with Dealscope</source>
        <translation>Zum mit Dealscope mitgelieferten Microsoft–OpenAI-Datensatz zurückkehren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Find clauses and events by title, wording or source</source>
        <translation>Klauseln und Ereignisse nach Titel, Wortlaut oder Quelle suchen</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Nächstes suchen</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Vorheriges suchen</translation>
    </message>
    <message>
        <source>F&amp;ilter Clauses</source>
        <translation>Klauseln &amp;filtern</translation>
    </message>
    <message>
        <source>Show only the clauses and events that match a text</source>
        <translation>Nur die Klauseln und Ereignisse anzeigen, die zu einem Text passen</translation>
    </message>
    <message>
        <source>&amp;Previous Version</source>
        <translation>&amp;Vorherige Fassung</translation>
    </message>
    <message>
        <source>Show the agreement as the previous version left it</source>
        <translation>Die Vereinbarung im Stand der vorherigen Fassung anzeigen</translation>
    </message>
    <message>
        <source>&amp;Next Version</source>
        <translation>&amp;Nächste Fassung</translation>
    </message>
    <message>
        <source>Show the agreement as the next version left it</source>
        <translation>Die Vereinbarung im Stand der nächsten Fassung anzeigen</translation>
    </message>
    <message>
        <source>Assume &amp;AGI Verification…</source>
        <translation>&amp;AGI-Verifizierung annehmen…</translation>
    </message>
    <message>
        <source>Assume a year for the verification of AGI, so that terms ending then get a date</source>
        <translation>Ein Jahr für die Verifizierung von AGI annehmen, damit Bedingungen, die dann enden, ein Datum erhalten</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>Layout &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Put the docks and toolbars back where they were at first start</source>
        <translation>Andockfenster und Werkzeugleisten wieder wie beim ersten Start anordnen</translation>
    </message>
    <message>
        <source>&amp;About Dealscope</source>
        <translation>Ü&amp;ber Dealscope</translation>
    </message>
    <message>
        <source>Show &amp;Changes</source>
        <translation>Änderungen an&amp;zeigen</translation>
    </message>
    <message>
        <source>Mark what the selected version introduced, amended, ended or did not restate</source>
        <translation>Markieren, was die ausgewählte Fassung eingeführt, geändert, beendet oder nicht erneut genannt hat</translation>
    </message>
</context>
</TS>
