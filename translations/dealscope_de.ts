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
    <message>
        <source>Later</source>
        <translation>Später</translation>
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
    <message>
        <source>English text; no %1 translation</source>
        <translation>Englischer Text; keine Übersetzung auf %1</translation>
    </message>
    <message>
        <source>When a clause ends; when an event happened</source>
        <translation>Wann eine Klausel endet; wann ein Ereignis stattfand</translation>
    </message>
    <message>
        <source>What the selected version did: new, amended, ended or not restated</source>
        <translation>Was die ausgewählte Fassung bewirkt hat: neu, geändert, beendet oder nicht erneut genannt</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Ends / date</source>
        <translation>Endet / Datum</translation>
    </message>
    <message>
        <source>In this version: %1</source>
        <translation>In dieser Fassung: %1</translation>
    </message>
    <message>
        <source>New in the selected version</source>
        <translation>Neu in der ausgewählten Fassung</translation>
    </message>
    <message>
        <source>After the selected version (%1)</source>
        <translation>Nach der ausgewählten Fassung (%1)</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>Ebene %1</translation>
    </message>
    <message>
        <source>Level %1, in %2</source>
        <translation>Ebene %1, in %2</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Datum: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>No end</source>
        <translation>Kein Ende</translation>
    </message>
    <message>
        <source>by %1</source>
        <comment>the latest a clause can end; a milestone may end it earlier</comment>
        <translation>bis %1</translation>
    </message>
</context>
<context>
    <name>Dealscope::AgreementStatusLine</name>
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
    <message numerus="yes">
        <source>As of %1 (%2): %n clause(s) in force or not restated</source>
        <translation>
            <numerusform>Stand %1 (%2): %n Klausel in Kraft oder nicht erneut genannt</numerusform>
            <numerusform>Stand %1 (%2): %n Klauseln in Kraft oder nicht erneut genannt</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>Find in article</source>
        <translation>Im Artikel suchen</translation>
    </message>
</context>
<context>
    <name>Dealscope::AutosaveStore</name>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>cannot lock %1</source>
        <translation>%1 kann nicht gesperrt werden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Dealscope::ChartValueText</name>
    <message>
        <source>$%1 B</source>
        <translation>%1 Mrd. $</translation>
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
    <message>
        <source>Filter clauses and events</source>
        <translation>Klauseln und Ereignisse filtern</translation>
    </message>
</context>
<context>
    <name>Dealscope::CompareController</name>
    <message>
        <source>Export Changes</source>
        <translation>Änderungen exportieren</translation>
    </message>
    <message>
        <source>Redline PDF (*.pdf);;CSV table (*.csv)</source>
        <translation>PDF mit Änderungen (*.pdf);;CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <source>Compare &amp;Versions…</source>
        <translation>&amp;Fassungen vergleichen…</translation>
    </message>
    <message>
        <source>Compare two versions of the agreement, wording beside wording</source>
        <translation>Zwei Fassungen der Vereinbarung vergleichen, Wortlaut neben Wortlaut</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Outline an Earlier Version on the &amp;Timeline</source>
        <translation>Frühere Fassung auf der &amp;Zeitleiste umreißen</translation>
    </message>
    <message>
        <source>Outline on the timeline each term as %1 had it,
to compare with %2 (%3)</source>
        <translation>Auf der Zeitleiste jede Laufzeit umreißen, wie %1 sie hatte,
zum Vergleich mit %2 (%3)</translation>
    </message>
    <message>
        <source>Outline on the timeline each term as the version before had it (%1)</source>
        <translation>Auf der Zeitleiste jede Laufzeit umreißen, wie die Fassung davor sie hatte (%1)</translation>
    </message>
</context>
<context>
    <name>Dealscope::CompareView</name>
    <message>
        <source>All changes</source>
        <translation>Alle Änderungen</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Amended</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Not restated</source>
        <translation>Nicht erneut genannt</translation>
    </message>
    <message>
        <source>New events</source>
        <translation>Neue Ereignisse</translation>
    </message>
    <message>
        <source>Version &amp;A:</source>
        <translation>Fassung &amp;A:</translation>
    </message>
    <message>
        <source>Version &amp;B:</source>
        <translation>Fassung &amp;B:</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Save this comparison as a redline PDF or as a CSV table</source>
        <translation>Diesen Vergleich als PDF mit Änderungsmarkierungen oder als CSV-Tabelle speichern</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Tauschen</translation>
    </message>
    <message>
        <source>Swap versions A and B</source>
        <translation>Fassungen A und B tauschen</translation>
    </message>
    <message>
        <source>Version A</source>
        <translation>Fassung A</translation>
    </message>
    <message>
        <source>The earlier version: its wording is struck through where B differs</source>
        <translation>Die frühere Fassung: ihr Wortlaut ist durchgestrichen, wo B abweicht</translation>
    </message>
    <message>
        <source>Version B</source>
        <translation>Fassung B</translation>
    </message>
    <message>
        <source>The later version: its wording is underlined where it differs from A</source>
        <translation>Die spätere Fassung: ihr Wortlaut ist unterstrichen, wo er von A abweicht</translation>
    </message>
    <message>
        <source>Kind of change</source>
        <translation>Art der Änderung</translation>
    </message>
    <message>
        <source>Changes between versions A and B</source>
        <translation>Änderungen zwischen den Fassungen A und B</translation>
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
        <source>Facts last checked on %1.</source>
        <translation>Fakten zuletzt geprüft am %1.</translation>
    </message>
    <message>
        <source>Select a clause or an event in the tree or on the timeline to see its terms, history, confidence and sources.</source>
        <translation>Wählen Sie eine Klausel oder ein Ereignis im Baum oder auf der Zeitleiste aus, um Bedingungen, Verlauf, Verlässlichkeit und Quellen zu sehen.</translation>
    </message>
    <message>
        <source>Ended on %1</source>
        <translation>Beendet am %1</translation>
    </message>
    <message>
        <source>Expired on %1</source>
        <translation>Abgelaufen am %1</translation>
    </message>
    <message>
        <source>The last wording was:</source>
        <translation>Letzter Wortlaut:</translation>
    </message>
    <message>
        <source>Later than the selected version (%1).</source>
        <translation>Später als die ausgewählte Fassung (%1).</translation>
    </message>
    <message>
        <source>Versions: %1 · Clauses: %2 · Dated events: %3 · Open questions: %4 · Sources: %5</source>
        <translation>Fassungen: %1 · Klauseln: %2 · Datierte Ereignisse: %3 · Offene Fragen: %4 · Quellen: %5</translation>
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
    <name>Dealscope::DocumentAccessible</name>
    <message>
        <source>Link: %1</source>
        <translation>Link: %1</translation>
    </message>
</context>
<context>
    <name>Dealscope::ExportText</name>
    <message>
        <source>%1: choose a .png, .svg or .pdf file</source>
        <translation>%1: Wählen Sie eine .png-, .svg- oder .pdf-Datei</translation>
    </message>
    <message>
        <source>this dataset has no scenario model</source>
        <translation>dieser Datensatz hat kein Szenariomodell</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Dark colours instead of paper</source>
        <translation>Dunkle Farben statt Papierweiß</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Breite:</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Höhe:</translation>
    </message>
    <message>
        <source>Resolution (dpi):</source>
        <translation>Auflösung (dpi):</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>This dataset has no scenario model, so there is no chart to export.</source>
        <translation>Dieser Datensatz hat kein Szenariomodell, daher gibt es kein Diagramm zum Exportieren.</translation>
    </message>
    <message>
        <source>timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Yearly projection</source>
        <translation>Jährliche Projektion</translation>
    </message>
    <message>
        <source>Sensitivity (tornado)</source>
        <translation>Sensitivität (Tornado)</translation>
    </message>
    <message>
        <source>AGI-year fan percentiles</source>
        <translation>Perzentile des Fächers nach AGI-Jahr</translation>
    </message>
    <message>
        <source>Clauses as of the shown version</source>
        <translation>Klauseln im Stand der angezeigten Fassung</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Tabelle exportieren</translation>
    </message>
    <message>
        <source>Table:</source>
        <translation>Tabelle:</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Druckvorschau</translation>
    </message>
    <message>
        <source>--as-of &quot;%1&quot;: no such version (expected a date or one of %2)</source>
        <translation>--as-of &quot;%1&quot;: keine solche Fassung (erwartet: ein Datum oder einer der Werte %2)</translation>
    </message>
    <message>
        <source>--preset &quot;%1&quot;: expected one of %2</source>
        <translation>--preset &quot;%1&quot;: erwartet wird einer der Werte %2</translation>
    </message>
    <message>
        <source>Default assumptions</source>
        <translation>Standardannahmen</translation>
    </message>
    <message>
        <source>--set %1=%2: out of range (%3 to %4%5)</source>
        <translation>--set %1=%2: außerhalb des Bereichs (%3 bis %4%5)</translation>
    </message>
    <message>
        <source>, whole numbers</source>
        <translation>, nur ganze Zahlen</translation>
    </message>
    <message>
        <source>the dataset lacks the terms the scenario model needs: %1</source>
        <translation>dem Datensatz fehlen die Bedingungen, die das Szenariomodell benötigt: %1</translation>
    </message>
    <message>
        <source>the dataset lacks the other terms to compare with: %1</source>
        <translation>dem Datensatz fehlen die anderen Bedingungen für den Vergleich: %1</translation>
    </message>
    <message>
        <source>Illustrative; made with Dealscope.</source>
        <translation>Illustrativ; erstellt mit Dealscope.</translation>
    </message>
    <message>
        <source>%1 chart, %2, %3</source>
        <translation>Diagramm %1, %2, %3</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>a drawing cannot be written as CSV</source>
        <translation>eine Zeichnung kann nicht als CSV geschrieben werden</translation>
    </message>
    <message>
        <source>Illustrative model of the agreement&apos;s terms, not a forecast and not advice.</source>
        <translation>Illustratives Modell der Vertragsbedingungen, keine Prognose und keine Beratung.</translation>
    </message>
    <message>
        <source>Dealscope %1 · %2, facts checked on %3.</source>
        <translation>Dealscope %1 · %2, Fakten geprüft am %3.</translation>
    </message>
    <message>
        <source>Dashed: %1.</source>
        <translation>Gestrichelt: %1.</translation>
    </message>
    <message>
        <source>%1: clauses and events as of %2</source>
        <translation>%1: Klauseln und Ereignisse, Stand %2</translation>
    </message>
    <message>
        <source>Bars run from a term&apos;s start to its end; faded ends wait for a milestone such as AGI verification.</source>
        <translation>Balken reichen vom Beginn einer Bedingung bis zu ihrem Ende; verblassende Enden warten auf einen Meilenstein wie die AGI-Verifizierung.</translation>
    </message>
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
        <source>No end stated</source>
        <translation>Kein Ende angegeben</translation>
    </message>
    <message>
        <source>At %1</source>
        <translation>Mit %1</translation>
    </message>
    <message>
        <source>%1, or earlier at %2</source>
        <translation>%1 oder früher mit %2</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 Jahre</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>Annahme</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standardwert</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Grundlage</translation>
    </message>
    <message>
        <source>assumption</source>
        <translation>Annahme</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>At minimum, $B</source>
        <translation>Bei Minimum, Mrd. $</translation>
    </message>
    <message>
        <source>At maximum, $B</source>
        <translation>Bei Maximum, Mrd. $</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Fassung:</translation>
    </message>
    <message>
        <source>Facts checked on:</source>
        <translation>Fakten geprüft am:</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>Szenario:</translation>
    </message>
    <message>
        <source>Report made on:</source>
        <translation>Bericht erstellt am:</translation>
    </message>
    <message>
        <source>Made with Dealscope %1. The scenario figures are illustrative: neither a forecast nor legal or investment advice. Confidence codes: A official text, B several independent reports, C a single or weak source, X not verified.</source>
        <translation>Erstellt mit Dealscope %1. Die Szenariozahlen sind illustrativ: weder eine Prognose noch eine Rechts- oder Anlageberatung. Verlässlichkeitscodes: A offizieller Text, B mehrere unabhängige Berichte, C eine einzelne oder schwache Quelle, X nicht überprüft.</translation>
    </message>
    <message>
        <source>Clauses in force</source>
        <translation>Klauseln in Kraft</translation>
    </message>
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
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>%1 — report</source>
        <translation>%1 — Bericht</translation>
    </message>
    <message>
        <source>Azure stack by layer and revenue share</source>
        <translation>Azure-Stack nach Schicht und Umsatzbeteiligung</translation>
    </message>
    <message>
        <source>Comparison with the other terms</source>
        <translation>Vergleich mit den anderen Bedingungen</translation>
    </message>
    <message>
        <source>Solid: %1. Dashed: %2. Assumptions as in the table above.</source>
        <translation>Durchgezogen: %1. Gestrichelt: %2. Annahmen wie in der Tabelle oben.</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensitivität</translation>
    </message>
    <message>
        <source>AGI-year uncertainty</source>
        <translation>Unsicherheit des AGI-Jahres</translation>
    </message>
    <message>
        <source>cannot write %1: the PDF could not be started</source>
        <translation>%1 kann nicht geschrieben werden: Das PDF konnte nicht begonnen werden</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Scenario: %1.</source>
        <translation>Szenario: %1.</translation>
    </message>
    <message>
        <source>Amendment bridge, term by term</source>
        <translation>Änderungsbrücke, nach Bedingung</translation>
    </message>
    <message>
        <source>--from &quot;%1&quot; --to &quot;%2&quot;: no such versions to compare (expected dates or two of %3)</source>
        <translation>--from „%1“ --to „%2“: keine solchen Fassungen zum Vergleich (erwartet: Daten oder zwei von %3)</translation>
    </message>
    <message>
        <source>the bridge cannot use these terms: %1</source>
        <translation>die Brücke kann diese Bedingungen nicht verwenden: %1</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>Klauseln</translation>
    </message>
    <message>
        <source>Microsoft total, $B</source>
        <translation>Microsoft gesamt, Mrd. $</translation>
    </message>
    <message>
        <source>Revenue share, $B</source>
        <translation>Umsatzbeteiligung, Mrd. $</translation>
    </message>
    <message>
        <source>Each step is the term&apos;s average effect over every order of switching the terms (its Shapley value), so the steps add up to the difference whatever their order.</source>
        <translation>Jeder Schritt ist die durchschnittliche Wirkung der Bedingung über alle Reihenfolgen des Wechsels (ihr Shapley-Wert), daher ergeben die Schritte in jeder Reihenfolge die Differenz.</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
    <message>
        <source>revenue by layer</source>
        <translation>Umsatz nach Schicht</translation>
    </message>
    <message>
        <source>revenue by layer, two scenarios compared</source>
        <translation>Umsatz nach Schicht, zwei Szenarien im Vergleich</translation>
    </message>
    <message>
        <source>sensitivity (tornado)</source>
        <translation>Sensitivität (Tornado)</translation>
    </message>
    <message>
        <source>AGI-year fan</source>
        <translation>Fächer nach AGI-Jahr</translation>
    </message>
    <message>
        <source>amendment bridge</source>
        <translation>Änderungsbrücke</translation>
    </message>
    <message>
        <source>Export chart: %1</source>
        <translation>Diagramm exportieren: %1</translation>
    </message>
</context>
<context>
    <name>Dealscope::FanTableModel</name>
    <message>
        <source>Azure stack</source>
        <translation>Azure-Stack</translation>
    </message>
    <message>
        <source>Revenue share</source>
        <translation>Umsatzbeteiligung</translation>
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
        <translation>zu viele beiseitegelegte Kopien von %1</translation>
    </message>
</context>
<context>
    <name>Dealscope::GlossaryView</name>
    <message>
        <source>Search the glossary…</source>
        <translation>Im Glossar suchen…</translation>
    </message>
    <message>
        <source>Search the glossary</source>
        <translation>Im Glossar suchen</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glossar</translation>
    </message>
    <message>
        <source>Also: %1</source>
        <translation>Auch: %1</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Quellen:</translation>
    </message>
    <message>
        <source>No term matches.</source>
        <translation>Kein Begriff passt.</translation>
    </message>
    <message numerus="yes">
        <source>%n term(s)</source>
        <translation>
            <numerusform>%n Begriff</numerusform>
            <numerusform>%n Begriffe</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dealscope::HelpMenu</name>
    <message>
        <source>The Deal at a &amp;Glance</source>
        <translation>Die &amp;Vereinbarung auf einen Blick</translation>
    </message>
    <message>
        <source>What each party gets, the key dates, what changed last and what is still unknown</source>
        <translation>Was jede Partei erhält, die wichtigen Daten, was sich zuletzt geändert hat und was noch unbekannt ist</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Open the guide at the part about the pane you are in</source>
        <translation>Das Handbuch an der Stelle über den Bereich öffnen, in dem Sie sind</translation>
    </message>
    <message>
        <source>&amp;Legend</source>
        <translation>&amp;Legende</translation>
    </message>
    <message>
        <source>What every badge, icon, shape and colour of the views means</source>
        <translation>Was jedes Abzeichen, Symbol, jede Form und Farbe der Ansichten bedeutet</translation>
    </message>
    <message>
        <source>Gl&amp;ossary</source>
        <translation>Gl&amp;ossar</translation>
    </message>
    <message>
        <source>The terms of the agreement and of the trade, explained</source>
        <translation>Die Begriffe der Vereinbarung und der Branche, erklärt</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glossar</translation>
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
    <name>Dealscope::ItemFinder</name>
    <message>
        <source>Found: %1</source>
        <translation>Gefunden: %1</translation>
    </message>
    <message>
        <source>Nothing matches “%1”</source>
        <translation>Keine Treffer für „%1“</translation>
    </message>
</context>
<context>
    <name>Dealscope::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>The language of the interface, the dataset texts and the articles</source>
        <translation>Die Sprache der Oberfläche, der Datensatztexte und der Artikel</translation>
    </message>
    <message>
        <source>System Default (%1)</source>
        <translation>Systemstandard (%1)</translation>
    </message>
</context>
<context>
    <name>Dealscope::LegendButton</name>
    <message>
        <source>Legend: what the badges, icons, shapes and lines mean</source>
        <translation>Legende: was Abzeichen, Symbole, Formen und Linien bedeuten</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
</context>
<context>
    <name>Dealscope::LegendDialog</name>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
</context>
<context>
    <name>Dealscope::LegendView</name>
    <message>
        <source>The version shown brought this clause in.</source>
        <translation>Die angezeigte Fassung hat diese Klausel eingeführt.</translation>
    </message>
    <message>
        <source>The version shown confirmed the clause as it was.</source>
        <translation>Die angezeigte Fassung hat die Klausel unverändert bestätigt.</translation>
    </message>
    <message>
        <source>The version shown changed the clause&apos;s wording or term.</source>
        <translation>Die angezeigte Fassung hat Wortlaut oder Laufzeit der Klausel geändert.</translation>
    </message>
    <message>
        <source>The version shown ended the clause.</source>
        <translation>Die angezeigte Fassung hat die Klausel beendet.</translation>
    </message>
    <message>
        <source>The version shown did not mention the clause: it may still apply, but nobody has confirmed it.</source>
        <translation>Die angezeigte Fassung erwähnt die Klausel nicht: Sie kann weiter gelten, doch niemand hat das bestätigt.</translation>
    </message>
    <message>
        <source>Agreed, but its term starts later; or not yet agreed as of the version shown.</source>
        <translation>Vereinbart, aber die Laufzeit beginnt später; oder zur angezeigten Fassung noch nicht vereinbart.</translation>
    </message>
    <message>
        <source>Applies as of the version shown.</source>
        <translation>Gilt zur angezeigten Fassung.</translation>
    </message>
    <message>
        <source>A later version did not mention the clause, so its status is unknown. It is shown as it last stood, with a dashed outline.</source>
        <translation>Eine spätere Fassung erwähnt die Klausel nicht, daher ist ihr Status unbekannt. Sie wird im zuletzt bekannten Stand mit gestricheltem Rahmen gezeigt.</translation>
    </message>
    <message>
        <source>A version ended the clause.</source>
        <translation>Eine Fassung hat die Klausel beendet.</translation>
    </message>
    <message>
        <source>Its term ran out.</source>
        <translation>Ihre Laufzeit ist abgelaufen.</translation>
    </message>
    <message>
        <source>Badges in the clause tree</source>
        <translation>Abzeichen im Klauselbaum</translation>
    </message>
    <message>
        <source>The tree&apos;s columns say what the version shown did to each item, where it stands and how well its facts are sourced.</source>
        <translation>Die Spalten des Baums zeigen, was die angezeigte Fassung mit jedem Eintrag gemacht hat, wo er steht und wie gut seine Fakten belegt sind.</translation>
    </message>
    <message>
        <source>An event dated after the version shown: it was not yet known then. Its row is greyed.</source>
        <translation>Ein Ereignis nach der angezeigten Fassung: Es war damals noch nicht bekannt. Seine Zeile ist ausgegraut.</translation>
    </message>
    <message>
        <source>A range is coloured by its weaker end.</source>
        <translation>Ein Bereich erhält die Farbe seines schwächeren Endes.</translation>
    </message>
    <message>
        <source>Bars on the timeline</source>
        <translation>Balken auf der Zeitleiste</translation>
    </message>
    <message>
        <source>Each clause is a bar from its start to its end, in the lane of its category.</source>
        <translation>Jede Klausel ist ein Balken von Beginn bis Ende, in der Spur ihrer Kategorie.</translation>
    </message>
    <message>
        <source>No end stated</source>
        <translation>Kein Ende genannt</translation>
    </message>
    <message>
        <source>The clause states no end: the arrow says it runs on.</source>
        <translation>Die Klausel nennt kein Ende: Der Pfeil zeigt, dass sie weiterläuft.</translation>
    </message>
    <message>
        <source>Known end</source>
        <translation>Bekanntes Ende</translation>
    </message>
    <message>
        <source>Ends on a known date, or on the date assumed for a milestone.</source>
        <translation>Endet an einem bekannten Datum oder an dem für einen Meilenstein angenommenen Datum.</translation>
    </message>
    <message>
        <source>Fading end</source>
        <translation>Auslaufendes Ende</translation>
    </message>
    <message>
        <source>Ends at a milestone, such as AGI verification, that nobody can date: solid up to today, then fading out.</source>
        <translation>Endet mit einem Meilenstein wie der AGI-Bestätigung, den niemand datieren kann: bis heute voll, danach auslaufend.</translation>
    </message>
    <message>
        <source>Hatched end</source>
        <translation>Schraffiertes Ende</translation>
    </message>
    <message>
        <source>Ends on a date at the latest, sooner if a milestone comes first: the part after today is hatched, and the dashed edge is the latest end.</source>
        <translation>Endet spätestens an einem Datum, früher, wenn ein Meilenstein eintritt: Der Teil nach heute ist schraffiert, die gestrichelte Kante ist das späteste Ende.</translation>
    </message>
    <message>
        <source>Compared term</source>
        <translation>Verglichene Laufzeit</translation>
    </message>
    <message>
        <source>With the Compare toggle on, the dashed outline is the clause&apos;s term in the other version.</source>
        <translation>Bei eingeschaltetem Vergleichen zeigt der gestrichelte Rahmen die Laufzeit der Klausel in der anderen Fassung.</translation>
    </message>
    <message>
        <source>Change icons on the timeline</source>
        <translation>Änderungssymbole auf der Zeitleiste</translation>
    </message>
    <message>
        <source>With View › Show Changes on, a bar starts with what the version shown did to it.</source>
        <translation>Mit Ansicht › Änderungen anzeigen beginnt ein Balken mit dem, was die angezeigte Fassung mit ihm gemacht hat.</translation>
    </message>
    <message>
        <source>Events on the timeline</source>
        <translation>Ereignisse auf der Zeitleiste</translation>
    </message>
    <message>
        <source>Events are told apart by shape first, and by colour.</source>
        <translation>Ereignisse unterscheiden sich zuerst durch die Form, dann durch die Farbe.</translation>
    </message>
    <message>
        <source>Hollow marker on a line</source>
        <translation>Hohles Symbol auf einer Linie</translation>
    </message>
    <message>
        <source>The date is known only to the month or the year: the line spans that period.</source>
        <translation>Das Datum ist nur auf Monat oder Jahr genau bekannt: Die Linie umfasst diesen Zeitraum.</translation>
    </message>
    <message>
        <source>Diamond</source>
        <translation>Raute</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Kreis</translation>
    </message>
    <message>
        <source>Cross</source>
        <translation>Kreuz</translation>
    </message>
    <message>
        <source>Square</source>
        <translation>Quadrat</translation>
    </message>
    <message>
        <source>Triangle</source>
        <translation>Dreieck</translation>
    </message>
    <message>
        <source>An agreement or an amendment.</source>
        <translation>Eine Vereinbarung oder eine Änderung.</translation>
    </message>
    <message>
        <source>Money: an investment, funding or earnings.</source>
        <translation>Geld: eine Investition, Finanzierung oder Geschäftszahlen.</translation>
    </message>
    <message>
        <source>A dispute or a legal step.</source>
        <translation>Ein Streit oder ein rechtlicher Schritt.</translation>
    </message>
    <message>
        <source>A cloud deal or a product.</source>
        <translation>Ein Cloud-Geschäft oder ein Produkt.</translation>
    </message>
    <message>
        <source>A statement, a governance change or a report.</source>
        <translation>Eine Erklärung, eine Governance-Änderung oder ein Bericht.</translation>
    </message>
    <message>
        <source>Lines on the timeline</source>
        <translation>Linien auf der Zeitleiste</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Today&apos;s date. After it, ends that wait for a milestone fade out or are hatched.</source>
        <translation>Das heutige Datum. Danach laufen Enden, die auf einen Meilenstein warten, aus oder sind schraffiert.</translation>
    </message>
    <message>
        <source>Version shown</source>
        <translation>Angezeigte Fassung</translation>
    </message>
    <message>
        <source>The version the tree, the timeline and the details show the agreement as of; its month is in bold on the axis.</source>
        <translation>Die Fassung, nach deren Stand Baum, Zeitleiste und Details die Vereinbarung zeigen; ihr Monat steht fett auf der Achse.</translation>
    </message>
    <message>
        <source>Other versions</source>
        <translation>Andere Fassungen</translation>
    </message>
    <message>
        <source>Every other version of the agreement, with its month on the axis.</source>
        <translation>Jede andere Fassung der Vereinbarung, mit ihrem Monat auf der Achse.</translation>
    </message>
</context>
<context>
    <name>Dealscope::LoadingPlaceholder</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
</context>
<context>
    <name>Dealscope::MainWindow</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
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
        <translation>AGI-Verifizierung im Jahr:</translation>
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
        <source>Could not autosave the scenario (%1); retrying every 30 seconds.</source>
        <translation>Das Szenario konnte nicht automatisch gespeichert werden (%1); neuer Versuch alle 30 Sekunden.</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <source>Next Pane</source>
        <translation>Nächster Bereich</translation>
    </message>
    <message>
        <source>Move the focus to the next pane: toolbar, views, tree, timeline, details</source>
        <translation>Den Fokus in den nächsten Bereich verschieben: Werkzeugleiste, Ansichten, Baum, Zeitleiste, Details</translation>
    </message>
    <message>
        <source>Previous Pane</source>
        <translation>Vorheriger Bereich</translation>
    </message>
    <message>
        <source>Move the focus to the previous pane</source>
        <translation>Den Fokus in den vorherigen Bereich verschieben</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Open the folder of the file just exported</source>
        <translation>Den Ordner der gerade exportierten Datei öffnen</translation>
    </message>
    <message>
        <source>Details and source</source>
        <translation>Details und Quelle</translation>
    </message>
    <message>
        <source>Find clauses and events</source>
        <translation>Klauseln und Ereignisse suchen</translation>
    </message>
</context>
<context>
    <name>Dealscope::MessageBar</name>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>Dealscope::OpenQuestionsHtml</name>
    <message>
        <source>Conflicting reports</source>
        <translation>Widersprüchliche Berichte</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>confidence %1, no source</source>
        <translation>Verlässlichkeit %1, keine Quelle</translation>
    </message>
    <message>
        <source>confidence %1; sources:</source>
        <translation>Verlässlichkeit %1; Quellen:</translation>
    </message>
    <message>
        <source>Clauses:</source>
        <translation>Klauseln:</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Quellen:</translation>
    </message>
</context>
<context>
    <name>Dealscope::OpenQuestionsView</name>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Kind of open question</source>
        <translation>Art der offenen Frage</translation>
    </message>
    <message>
        <source>Filter open questions…</source>
        <translation>Offene Fragen filtern…</translation>
    </message>
    <message>
        <source>Filter open questions</source>
        <translation>Offene Fragen filtern</translation>
    </message>
    <message>
        <source>Open questions</source>
        <translation>Offene Fragen</translation>
    </message>
    <message>
        <source>No open question matches.</source>
        <translation>Keine offene Frage passt.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>Dealscope::RedlineHtml</name>
    <message>
        <source>New event</source>
        <translation>Neues Ereignis</translation>
    </message>
    <message>
        <source>Clause or event</source>
        <translation>Klausel oder Ereignis</translation>
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
        <translation>Nicht in Fassung B</translation>
    </message>
    <message>
        <source>Not in version A</source>
        <translation>Nicht in Fassung A</translation>
    </message>
    <message>
        <source>Ends: %1</source>
        <translation>Endet: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Quellen: %1</translation>
    </message>
    <message>
        <source>Replaced by %1</source>
        <translation>Ersetzt durch %1</translation>
    </message>
    <message>
        <source>Replaces %1</source>
        <translation>Ersetzt %1</translation>
    </message>
    <message>
        <source>%1 only in version A; %2 only in version B.</source>
        <translation>%1 nur in Fassung A; %2 nur in Fassung B.</translation>
    </message>
    <message>
        <source>Struck through:</source>
        <translation>Durchgestrichen:</translation>
    </message>
    <message>
        <source>underlined:</source>
        <translation>unterstrichen:</translation>
    </message>
    <message>
        <source>Version A:</source>
        <translation>Fassung A:</translation>
    </message>
    <message>
        <source>Version B:</source>
        <translation>Fassung B:</translation>
    </message>
    <message>
        <source>No clause or event differs between these versions.</source>
        <translation>Zwischen diesen Fassungen unterscheidet sich keine Klausel und kein Ereignis.</translation>
    </message>
    <message>
        <source>Redline:</source>
        <translation>Änderungen:</translation>
    </message>
    <message>
        <source>Version A</source>
        <translation>Fassung A</translation>
    </message>
    <message>
        <source>Version B</source>
        <translation>Fassung B</translation>
    </message>
</context>
<context>
    <name>Dealscope::RedlinePdf</name>
    <message>
        <source>%1: changes from %2 to %3</source>
        <translation>%1: Änderungen von %2 zu %3</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Dealscope::ReportQuestions</name>
    <message>
        <source>Open questions</source>
        <translation>Offene Fragen</translation>
    </message>
    <message>
        <source>Conflicting reports and undisclosed terms (%1). They are shown as open, not as facts.</source>
        <translation>Widersprüchliche Berichte und nicht offengelegte Bedingungen (%1). Sie werden als offen gezeigt, nicht als Tatsachen.</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioAssumptions</name>
    <message>
        <source>Azure revenue FY25</source>
        <translation>Azure-Umsatz GJ25</translation>
    </message>
    <message>
        <source>facts.md §3a: Azure FY25 more than $75B, +34% (A)</source>
        <translation>facts.md §3a: Azure GJ25 mehr als 75 Mrd. $, +34 % (A)</translation>
    </message>
    <message>
        <source>Azure growth, recent quarters</source>
        <translation>Azure-Wachstum, letzte Quartale</translation>
    </message>
    <message>
        <source>facts.md §3a: Azure growth 39–40% from FY25 Q4 to FY26 Q3 (A/B); shifts FY25 to calendar 2025 as × (1 + g)^0.5 (assumption)</source>
        <translation>facts.md §3a: Azure-Wachstum 39–40 % von Q4 GJ25 bis Q3 GJ26 (A/B); verschiebt GJ25 auf das Kalenderjahr 2025 als × (1 + g)^0.5 (Annahme)</translation>
    </message>
    <message>
        <source>Baseline growth 2026</source>
        <translation>Basiswachstum 2026</translation>
    </message>
    <message>
        <source>Assumption: 2026 growth of the Azure revenue OpenAI does not drive, below the 39–40% total of facts.md §3a, which includes AI</source>
        <translation>Annahme: Wachstum 2026 des Azure-Umsatzes, den OpenAI nicht treibt, unter den 39–40 % insgesamt aus facts.md §3a, die KI einschließen</translation>
    </message>
    <message>
        <source>Baseline long-run growth</source>
        <translation>Langfristiges Basiswachstum</translation>
    </message>
    <message>
        <source>Assumption: the growth rate the baseline fades towards</source>
        <translation>Annahme: die Wachstumsrate, auf die das Basiswachstum abklingt</translation>
    </message>
    <message>
        <source>Baseline and SaaS growth fade</source>
        <translation>Abklingen des Basis- und SaaS-Wachstums</translation>
    </message>
    <message>
        <source>Assumption: each year keeps this fraction of the excess of baseline and SaaS adoption growth over their long-run rates</source>
        <translation>Annahme: Jedes Jahr behält diesen Bruchteil des Überschusses von Basiswachstum und SaaS-Einführungswachstum über ihre langfristigen Raten</translation>
    </message>
    <message>
        <source>IaaS share of Azure 2025</source>
        <translation>IaaS-Anteil an Azure 2025</translation>
    </message>
    <message>
        <source>Assumption: Microsoft never published the IaaS/PaaS/SaaS split (facts.md §3a, X)</source>
        <translation>Annahme: Microsoft hat die Aufteilung in IaaS/PaaS/SaaS nie veröffentlicht (facts.md §3a, X)</translation>
    </message>
    <message>
        <source>PaaS share of Azure 2025</source>
        <translation>PaaS-Anteil an Azure 2025</translation>
    </message>
    <message>
        <source>Assumption: Microsoft never published the IaaS/PaaS/SaaS split (facts.md §3a, X); SaaS gets the rest</source>
        <translation>Annahme: Microsoft hat die Aufteilung in IaaS/PaaS/SaaS nie veröffentlicht (facts.md §3a, X); SaaS erhält den Rest</translation>
    </message>
    <message>
        <source>OpenAI revenue 2025</source>
        <translation>OpenAI-Umsatz 2025</translation>
    </message>
    <message>
        <source>facts.md §3b: OpenAI 2025 revenue ~$13B (B)</source>
        <translation>facts.md §3b: OpenAI-Umsatz 2025 ~13 Mrd. $ (B)</translation>
    </message>
    <message>
        <source>OpenAI revenue growth 2026</source>
        <translation>OpenAI-Umsatzwachstum 2026</translation>
    </message>
    <message>
        <source>facts.md §3b: projection ~$30B for 2026 (C), about +130%; default +120%</source>
        <translation>facts.md §3b: Projektion ~30 Mrd. $ für 2026 (C), etwa +130 %; Standardwert +120 %</translation>
    </message>
    <message>
        <source>OpenAI long-run growth</source>
        <translation>Langfristiges OpenAI-Wachstum</translation>
    </message>
    <message>
        <source>Assumption: the rate OpenAI growth fades towards; the default path stays below the $200B projected for 2030 (facts.md §3b, C)</source>
        <translation>Annahme: die Rate, auf die das OpenAI-Wachstum abklingt; der Standardverlauf bleibt unter den für 2030 projizierten 200 Mrd. $ (facts.md §3b, C)</translation>
    </message>
    <message>
        <source>OpenAI growth fade</source>
        <translation>Abklingen des OpenAI-Wachstums</translation>
    </message>
    <message>
        <source>Assumption: each year keeps this fraction of the excess of OpenAI growth over its long-run rate</source>
        <translation>Annahme: Jedes Jahr behält diesen Bruchteil des Überschusses des OpenAI-Wachstums über seine langfristige Rate</translation>
    </message>
    <message>
        <source>OpenAI compute spend per revenue dollar</source>
        <translation>OpenAI-Rechenausgaben pro Umsatzdollar</translation>
    </message>
    <message>
        <source>Assumption: facts.md §3b gives OpenAI&apos;s compute in GW only (1.9 GW in 2025, B), not in dollars</source>
        <translation>Annahme: facts.md §3b nennt die Rechenkapazität von OpenAI nur in GW (1,9 GW im Jahr 2025, B), nicht in Dollar</translation>
    </message>
    <message>
        <source>Azure share of OpenAI compute 2025</source>
        <translation>Azure-Anteil an der OpenAI-Rechenleistung 2025</translation>
    </message>
    <message>
        <source>Assumption: Oracle, AWS, CoreWeave and Google also supply OpenAI (facts.md §3d, B)</source>
        <translation>Annahme: Auch Oracle, AWS, CoreWeave und Google beliefern OpenAI (facts.md §3d, B)</translation>
    </message>
    <message>
        <source>Azure share of OpenAI compute 2030</source>
        <translation>Azure-Anteil an der OpenAI-Rechenleistung 2030</translation>
    </message>
    <message>
        <source>Assumption: linear path from 2025, flat after 2030, as the Oracle and AWS contracts ramp up (facts.md §3d, B)</source>
        <translation>Annahme: linearer Verlauf ab 2025, konstant nach 2030, während die Verträge mit Oracle und AWS hochlaufen (facts.md §3d, B)</translation>
    </message>
    <message>
        <source>Azure commitment</source>
        <translation>Azure-Zusage</translation>
    </message>
    <message>
        <source>facts.md §3c: $250B incremental Azure commitment (A)</source>
        <translation>facts.md §3c: zusätzliche Azure-Zusage über 250 Mrd. $ (A)</translation>
    </message>
    <message>
        <source>Commitment first year</source>
        <translation>Erstes Jahr der Zusage</translation>
    </message>
    <message>
        <source>Assumption: the payment schedule is undisclosed (facts.md §3c, X)</source>
        <translation>Annahme: Der Zahlungsplan ist nicht offengelegt (facts.md §3c, X)</translation>
    </message>
    <message>
        <source>Commitment duration</source>
        <translation>Laufzeit der Zusage</translation>
    </message>
    <message>
        <source>Assumption: schedule undisclosed (X); one analyst guesses it runs to about 2032 (facts.md §1a, C10)</source>
        <translation>Annahme: Zeitplan nicht offengelegt (X); ein Analyst schätzt, dass sie bis etwa 2032 läuft (facts.md §1a, C10)</translation>
    </message>
    <message>
        <source>Commitment ramp</source>
        <translation>Hochlauf der Zusage</translation>
    </message>
    <message>
        <source>Assumption: 0 spreads the commitment evenly over its years, 1 ramps it up linearly</source>
        <translation>Annahme: 0 verteilt die Zusage gleichmäßig über ihre Jahre, 1 steigert sie linear</translation>
    </message>
    <message>
        <source>OpenAI-driven PaaS 2025</source>
        <translation>OpenAI-getriebenes PaaS 2025</translation>
    </message>
    <message>
        <source>Assumption: with the SaaS part near Microsoft&apos;s AI run rate, &gt; $13B (Jan 2025) to &gt; $37B (Apr 2026) (facts.md §3a, B)</source>
        <translation>Annahme: zusammen mit dem SaaS-Anteil nahe der KI-Jahresumsatzrate von Microsoft, &gt; 13 Mrd. $ (Jan. 2025) bis &gt; 37 Mrd. $ (Apr. 2026) (facts.md §3a, B)</translation>
    </message>
    <message>
        <source>PaaS kept after exclusivity</source>
        <translation>Gehaltenes PaaS nach der Exklusivität</translation>
    </message>
    <message>
        <source>Assumption: share of OpenAI-driven PaaS that stays on Azure once API exclusivity ends, with no Azure-first clause</source>
        <translation>Annahme: Anteil des OpenAI-getriebenen PaaS, der nach dem Ende der API-Exklusivität auf Azure bleibt, ohne Azure-Vorrang-Klausel</translation>
    </message>
    <message>
        <source>PaaS kept with Azure first</source>
        <translation>Gehaltenes PaaS mit Azure-Vorrang</translation>
    </message>
    <message>
        <source>Assumption: the same share while OpenAI products ship first on Azure (N1, facts.md §1b, A)</source>
        <translation>Annahme: derselbe Anteil, solange OpenAI-Produkte zuerst auf Azure erscheinen (N1, facts.md §1b, A)</translation>
    </message>
    <message>
        <source>OpenAI-based SaaS 2025</source>
        <translation>OpenAI-basiertes SaaS 2025</translation>
    </message>
    <message>
        <source>Assumption: Copilot, GitHub and Dynamics revenue built on OpenAI IP; see the AI run rate in facts.md §3a (B)</source>
        <translation>Annahme: Umsatz von Copilot, GitHub und Dynamics auf Basis von OpenAI-IP; siehe die KI-Jahresumsatzrate in facts.md §3a (B)</translation>
    </message>
    <message>
        <source>SaaS adoption growth 2026</source>
        <translation>SaaS-Einführungswachstum 2026</translation>
    </message>
    <message>
        <source>Assumption: below the +123% of Microsoft&apos;s AI run rate to Apr 2026 (facts.md §3a, B)</source>
        <translation>Annahme: unter den +123 % der KI-Jahresumsatzrate von Microsoft bis Apr. 2026 (facts.md §3a, B)</translation>
    </message>
    <message>
        <source>SaaS long-run growth</source>
        <translation>Langfristiges SaaS-Wachstum</translation>
    </message>
    <message>
        <source>Assumption: the rate SaaS adoption growth fades towards</source>
        <translation>Annahme: die Rate, auf die das SaaS-Einführungswachstum abklingt</translation>
    </message>
    <message>
        <source>SaaS lost to a non-exclusive licence</source>
        <translation>SaaS-Verlust durch nicht exklusive Lizenz</translation>
    </message>
    <message>
        <source>Assumption: OpenAI-based SaaS lost once Microsoft&apos;s IP licence is non-exclusive (N3, facts.md §1b, A)</source>
        <translation>Annahme: OpenAI-basiertes SaaS, das verloren geht, sobald die IP-Lizenz von Microsoft nicht mehr exklusiv ist (N3, facts.md §1b, A)</translation>
    </message>
    <message>
        <source>SaaS lost when the IP term ends</source>
        <translation>SaaS-Verlust bei Ende der IP-Laufzeit</translation>
    </message>
    <message>
        <source>Assumption: OpenAI-based SaaS lost once the IP term ends (end of 2032, C3/N3, facts.md §1a, A)</source>
        <translation>Annahme: OpenAI-basiertes SaaS, das mit dem Ende der IP-Laufzeit verloren geht (Ende 2032, C3/N3, facts.md §1a, A)</translation>
    </message>
    <message>
        <source>SaaS lost when research IP ends</source>
        <translation>SaaS-Verlust bei Ende der Forschungs-IP</translation>
    </message>
    <message>
        <source>Assumption: OpenAI-based SaaS lost once research IP ends (earlier of AGI and 2030, C4, facts.md §1a, A)</source>
        <translation>Annahme: OpenAI-basiertes SaaS, das mit dem Ende der Forschungs-IP verloren geht (AGI oder 2030, je nachdem, was früher eintritt, C4, facts.md §1a, A)</translation>
    </message>
    <message>
        <source>Revenue share rate 2025</source>
        <translation>Umsatzbeteiligungssatz 2025</translation>
    </message>
    <message>
        <source>facts.md §3c: 20% reported (B); the Apr 2026 terms keep the same percentage (A)</source>
        <translation>facts.md §3c: 20 % laut Berichten (B); die Bedingungen vom Apr. 2026 behalten denselben Prozentsatz bei (A)</translation>
    </message>
    <message>
        <source>Revenue share rate 2030</source>
        <translation>Umsatzbeteiligungssatz 2030</translation>
    </message>
    <message>
        <source>facts.md §3c: planned decline to ~10% by 2030 (B), ~8% in a later report (C); linear from 2025</source>
        <translation>facts.md §3c: geplanter Rückgang auf ~10 % bis 2030 (B), ~8 % in einem späteren Bericht (C); linear ab 2025</translation>
    </message>
    <message>
        <source>Revenue share cap</source>
        <translation>Obergrenze der Umsatzbeteiligung</translation>
    </message>
    <message>
        <source>facts.md §3c: total cap reported at $38B (B); applies under the Apr 2026 terms</source>
        <translation>facts.md §3c: Gesamtobergrenze laut Berichten 38 Mrd. $ (B); gilt unter den Bedingungen vom Apr. 2026</translation>
    </message>
    <message>
        <source>Microsoft&apos;s share to OpenAI</source>
        <translation>Umsatzanteil von Microsoft an OpenAI</translation>
    </message>
    <message>
        <source>facts.md §3c: ~20% of Azure OpenAI Service and Bing revenue (B); ended 27 Apr 2026 (A)</source>
        <translation>facts.md §3c: ~20 % des Umsatzes mit Azure OpenAI Service und Bing (B); beendet am 27. Apr. 2026 (A)</translation>
    </message>
    <message>
        <source>AGI verification year (median)</source>
        <translation>Jahr der AGI-Verifizierung (Median)</translation>
    </message>
    <message>
        <source>Assumption: the panel, its criteria and any date are undisclosed (facts.md §1a, C2, X); nothing was verified up to Nov 2026</source>
        <translation>Annahme: Das Gremium, seine Kriterien und jedes Datum sind nicht offengelegt (facts.md §1a, C2, X); bis Nov. 2026 wurde nichts verifiziert</translation>
    </message>
    <message>
        <source>AGI year spread</source>
        <translation>Streuung des AGI-Jahres</translation>
    </message>
    <message>
        <source>Assumption: standard deviation of the verification year in the Monte Carlo</source>
        <translation>Annahme: Standardabweichung des Verifizierungsjahres in der Monte-Carlo-Simulation</translation>
    </message>
    <message>
        <source>AGI not within the horizon</source>
        <translation>Keine AGI im Zeithorizont</translation>
    </message>
    <message>
        <source>Assumption: probability that no AGI verification happens within the horizon</source>
        <translation>Annahme: Wahrscheinlichkeit, dass innerhalb des Zeithorizonts keine AGI-Verifizierung stattfindet</translation>
    </message>
    <message>
        <source>Azure and baseline growth</source>
        <translation>Azure- und Basiswachstum</translation>
    </message>
    <message>
        <source>IaaS / PaaS / SaaS split (assumed)</source>
        <translation>IaaS-/PaaS-/SaaS-Aufteilung (angenommen)</translation>
    </message>
    <message>
        <source>OpenAI revenue</source>
        <translation>OpenAI-Umsatz</translation>
    </message>
    <message>
        <source>IaaS: OpenAI compute on Azure</source>
        <translation>IaaS: OpenAI-Rechenleistung auf Azure</translation>
    </message>
    <message>
        <source>$250B Azure commitment</source>
        <translation>Azure-Zusage über 250 Mrd. $</translation>
    </message>
    <message>
        <source>PaaS: OpenAI models on Azure</source>
        <translation>PaaS: OpenAI-Modelle auf Azure</translation>
    </message>
    <message>
        <source>SaaS: products on OpenAI IP</source>
        <translation>SaaS: Produkte auf Basis von OpenAI-IP</translation>
    </message>
    <message>
        <source>Revenue share</source>
        <translation>Umsatzbeteiligung</translation>
    </message>
    <message>
        <source>AGI verification</source>
        <translation>AGI-Verifizierung</translation>
    </message>
    <message>
        <source>years</source>
        <translation>Jahre</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioAutosave</name>
    <message>
        <source>An autosaved scenario could not be read (%1). It was set aside as %2.</source>
        <translation>Ein automatisch gespeichertes Szenario konnte nicht gelesen werden (%1). Es wurde als %2 beiseitegelegt.</translation>
    </message>
    <message>
        <source>An autosaved scenario could not be read (%1) nor set aside (%2).</source>
        <translation>Ein automatisch gespeichertes Szenario konnte weder gelesen (%1) noch beiseitegelegt werden (%2).</translation>
    </message>
    <message>
        <source>Restore Autosaved Scenario</source>
        <translation>Automatisch gespeichertes Szenario wiederherstellen</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>unbenannt</translation>
    </message>
    <message>
        <source>Dealscope did not close properly. Restore the unsaved changes to the scenario “%1” (autosaved %2)?</source>
        <translation>Dealscope wurde nicht ordnungsgemäß beendet. Die nicht gespeicherten Änderungen am Szenario „%1“ (automatisch gespeichert am %2) wiederherstellen?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioBridge</name>
    <message>
        <source>API exclusivity</source>
        <translation>API-Exklusivität</translation>
    </message>
    <message>
        <source>Azure first</source>
        <translation>Azure zuerst</translation>
    </message>
    <message>
        <source>IP licence</source>
        <translation>IP-Lizenz</translation>
    </message>
    <message>
        <source>IP exclusivity</source>
        <translation>IP-Exklusivität</translation>
    </message>
    <message>
        <source>Research IP</source>
        <translation>Forschungs-IP</translation>
    </message>
    <message>
        <source>Revenue share term</source>
        <translation>Laufzeit der Umsatzbeteiligung</translation>
    </message>
    <message>
        <source>Revenue share cap</source>
        <translation>Obergrenze der Umsatzbeteiligung</translation>
    </message>
    <message>
        <source>Share paid to OpenAI</source>
        <translation>An OpenAI gezahlter Anteil</translation>
    </message>
    <message>
        <source>Azure commitment</source>
        <translation>Azure-Zusage</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioBridgeChart</name>
    <message>
        <source>Microsoft&apos;s OpenAI-driven revenue</source>
        <translation>OpenAI-getriebene Umsätze von Microsoft</translation>
    </message>
    <message>
        <source>net revenue share</source>
        <translation>Netto-Umsatzbeteiligung</translation>
    </message>
    <message>
        <source>%1: select clause %2</source>
        <translation>%1: Klausel %2 auswählen</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>Under the terms</source>
        <translation>Unter den Bedingungen</translation>
    </message>
    <message>
        <source>Term adds</source>
        <translation>Bedingung erhöht</translation>
    </message>
    <message>
        <source>Term takes away</source>
        <translation>Bedingung verringert</translation>
    </message>
    <message>
        <source>USD billions</source>
        <translation>Mrd. USD</translation>
    </message>
    <message>
        <source>%1, cumulative %2–%3, term by term (illustrative)</source>
        <translation>%1, kumuliert %2–%3, nach Bedingung (illustrativ)</translation>
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
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <source>Microsoft total</source>
        <translation>Microsoft gesamt</translation>
    </message>
    <message>
        <source>Revenue share</source>
        <translation>Umsatzbeteiligung</translation>
    </message>
    <message>
        <source>Microsoft total: OpenAI-driven Azure revenue plus the revenue share, net of the share Microsoft paid OpenAI. Revenue share: that net share alone.</source>
        <translation>Microsoft gesamt: OpenAI-getriebene Azure-Umsätze plus Umsatzbeteiligung, abzüglich des Anteils, den Microsoft an OpenAI zahlte. Umsatzbeteiligung: nur dieser Nettoanteil.</translation>
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
    <message>
        <source>AGI %1 (model only)</source>
        <translation>AGI %1 (nur im Modell)</translation>
    </message>
    <message>
        <source>Revenue share cap reached</source>
        <translation>Obergrenze der Umsatzbeteiligung erreicht</translation>
    </message>
    <message>
        <source>Cap of $%1 B reached: no revenue share after %2</source>
        <translation>Obergrenze von %1 Mrd. $ erreicht: keine Umsatzbeteiligung nach %2</translation>
    </message>
    <message>
        <source>AGI %1</source>
        <translation>AGI %1</translation>
    </message>
    <message>
        <source>Cap reached %1</source>
        <translation>Obergrenze %1 erreicht</translation>
    </message>
    <message>
        <source>Compared (%1)</source>
        <translation>Vergleich (%1)</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <source>Revenue share</source>
        <translation>Umsatzbeteiligung</translation>
    </message>
    <message>
        <source>Azure stack</source>
        <translation>Azure-Stack</translation>
    </message>
    <message>
        <source>%1: IaaS %2, PaaS %3, SaaS %4, revenue share %5</source>
        <translation>%1: IaaS %2, PaaS %3, SaaS %4, Umsatzbeteiligung %5</translation>
    </message>
    <message>
        <source>%1. %2. The Table tab gives every year.</source>
        <translation>%1. %2. Die Registerkarte „Tabelle“ enthält alle Jahre.</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioDocument</name>
    <message>
        <source>Defaults</source>
        <translation>Standardwerte</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>unbenannt</translation>
    </message>
    <message>
        <source>%1 (modified)</source>
        <translation>%1 (geändert)</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <source>Reset %1</source>
        <translation>%1 zurücksetzen</translation>
    </message>
    <message>
        <source>Switch to %1</source>
        <translation>Zu %1 wechseln</translation>
    </message>
    <message>
        <source>Load %1</source>
        <translation>%1 laden</translation>
    </message>
    <message>
        <source>Assume AGI verified in %1</source>
        <translation>AGI-Verifizierung %1 annehmen</translation>
    </message>
    <message>
        <source>Do not assume AGI verification</source>
        <translation>AGI-Verifizierung nicht annehmen</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioEditor</name>
    <message>
        <source>Scenario as JSON</source>
        <translation>Szenario als JSON</translation>
    </message>
    <message>
        <source>The scenario changed in the panel. Your edits are not applied: apply them over it, or reload the panel&apos;s scenario (Undo in the editor brings your text back).</source>
        <translation>Das Szenario wurde im Bedienfeld geändert. Ihre Änderungen sind nicht übernommen: Wenden Sie sie darauf an, oder laden Sie das Szenario des Bedienfelds neu (Rückgängig im Editor holt Ihren Text zurück).</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Problems in the scenario</source>
        <translation>Probleme im Szenario</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>Update the sliders and the chart from this text (%1); Undo takes it back</source>
        <translation>Schieberegler und Diagramm aus diesem Text aktualisieren (%1); Rückgängig nimmt es zurück</translation>
    </message>
    <message>
        <source>Reload from Panel</source>
        <translation>Aus Bedienfeld neu laden</translation>
    </message>
    <message>
        <source>Replace the text with the panel&apos;s scenario; Undo in the editor brings it back</source>
        <translation>Den Text durch das Szenario des Bedienfelds ersetzen; Rückgängig im Editor holt ihn zurück</translation>
    </message>
    <message>
        <source>Apply Scenario</source>
        <translation>Szenario anwenden</translation>
    </message>
    <message>
        <source>Reload Scenario from Panel</source>
        <translation>Szenario aus Bedienfeld neu laden</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>unbenannt</translation>
    </message>
    <message>
        <source>Scenario “%1” as JSON · edited, not applied</source>
        <translation>Szenario „%1“ als JSON · bearbeitet, nicht angewendet</translation>
    </message>
    <message>
        <source>Scenario “%1” as JSON</source>
        <translation>Szenario „%1“ als JSON</translation>
    </message>
    <message>
        <source>The scenario model needs the Microsoft–OpenAI dataset; nothing can be applied.</source>
        <translation>Das Szenariomodell benötigt den Microsoft–OpenAI-Datensatz; es kann nichts angewendet werden.</translation>
    </message>
    <message>
        <source>Edited, not applied.</source>
        <translation>Bearbeitet, nicht angewendet.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): the text cannot be applied.</source>
        <translation>
            <numerusform>%n Fehler: Der Text kann nicht angewendet werden.</numerusform>
            <numerusform>%n Fehler: Der Text kann nicht angewendet werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): fix them to apply, or the text they name would be ignored.</source>
        <translation>
            <numerusform>%n Warnung: Beheben Sie sie, um anzuwenden, sonst würde der genannte Text ignoriert.</numerusform>
            <numerusform>%n Warnungen: Beheben Sie sie, um anzuwenden, sonst würde der genannte Text ignoriert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Valid, not applied yet: Apply (%1) updates the sliders and the chart.</source>
        <translation>Gültig, noch nicht angewendet: Anwenden (%1) aktualisiert Schieberegler und Diagramm.</translation>
    </message>
    <message>
        <source>The panel&apos;s scenario. Edit it here, then apply.</source>
        <translation>Das Szenario des Bedienfelds. Hier bearbeiten, dann anwenden.</translation>
    </message>
    <message numerus="yes">
        <source>Not applied: %n problem(s) in the text (listed below).</source>
        <translation>
            <numerusform>Nicht angewendet: %n Problem im Text (unten aufgeführt).</numerusform>
            <numerusform>Nicht angewendet: %n Probleme im Text (unten aufgeführt).</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit Scenario as JSON</source>
        <translation>Szenario als JSON bearbeiten</translation>
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
    <message>
        <source>%1 to %2</source>
        <comment>a range of amounts</comment>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Azure stack in %1: p10 %2, median %3, p90 %4</source>
        <translation>Azure-Stack im Jahr %1: p10 %2, Median %3, p90 %4</translation>
    </message>
    <message>
        <source>%1. %2. The Table tab gives every year&apos;s percentiles.</source>
        <translation>%1. %2. Die Registerkarte „Tabelle“ enthält die Perzentile aller Jahre.</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioFiles</name>
    <message>
        <source>Open &amp;Scenario…</source>
        <translation>&amp;Szenario öffnen…</translation>
    </message>
    <message>
        <source>Sa&amp;ve Scenario As…</source>
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
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 gibt es bereits. Ersetzen?</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioLabels</name>
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
        <source>%1, same assumptions</source>
        <translation>%1, gleiche Annahmen</translation>
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
        <source>Scenario: %1</source>
        <translation>Szenario: %1</translation>
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
        <source>Dashed: %1</source>
        <translation>Gestrichelt: %1</translation>
    </message>
    <message>
        <source>Loaded the %1</source>
        <translation>%1 geladen</translation>
    </message>
    <message>
        <source>%1 (not usable)</source>
        <translation>%1 (nicht nutzbar)</translation>
    </message>
    <message>
        <source>The model cannot run under this version: %1</source>
        <translation>Das Modell kann unter dieser Version nicht rechnen: %1</translation>
    </message>
    <message>
        <source>The contract terms the projection runs under: each version of the agreement whose terms the model can read, with the dates the dataset gives</source>
        <translation>Die Vertragsbedingungen der Projektion: jede Version der Vereinbarung, deren Bedingungen das Modell lesen kann, mit den Daten aus dem Datensatz</translation>
    </message>
    <message>
        <source>Bridge</source>
        <translation>Brücke</translation>
    </message>
    <message>
        <source>Scenario views</source>
        <translation>Szenarioansichten</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioRegime</name>
    <message>
        <source>Oct 2025 terms</source>
        <translation>Bedingungen vom Okt. 2025</translation>
    </message>
    <message>
        <source>Apr 2026 terms</source>
        <translation>Bedingungen vom Apr. 2026</translation>
    </message>
    <message>
        <source>Terms of version %1</source>
        <translation>Bedingungen der Version %1</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <extracomment>A QDate format for the month and year of a version whose terms are a regime, as in &quot;Oct 2025 terms&quot;.</extracomment>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <source>%1 terms</source>
        <translation>Bedingungen vom %1</translation>
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
    <message>
        <source>Baseline %1, OpenAI-driven %2 (USD billions)</source>
        <translation>Basis %1, OpenAI-getrieben %2 (Mrd. USD)</translation>
    </message>
    <message>
        <source>The scenario as set</source>
        <translation>Das Szenario wie eingestellt</translation>
    </message>
    <message>
        <source>Compared: %1</source>
        <translation>Vergleich: %1</translation>
    </message>
    <message>
        <source>The scenario minus the compared one</source>
        <translation>Das Szenario minus das verglichene</translation>
    </message>
    <message>
        <source>Azure
stack</source>
        <translation>Azure-
Stack</translation>
    </message>
    <message>
        <source>Revenue
share</source>
        <translation>Umsatz-
beteiligung</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>compared</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <source>%1
%2
$B</source>
        <comment>a quantity, then scenario, compared or difference</comment>
        <translation>%1
%2
Mrd. $</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioTablePage</name>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <source>Projection by year</source>
        <translation>Projektion nach Jahr</translation>
    </message>
    <message>
        <source>Sensitivity of each assumption</source>
        <translation>Sensitivität jeder Annahme</translation>
    </message>
    <message>
        <source>AGI-year fan (percentiles)</source>
        <translation>AGI-Jahr-Fächer (Perzentile)</translation>
    </message>
    <message>
        <source>Every chart&apos;s figures as a table, readable with the keyboard and a screen reader</source>
        <translation>Die Zahlen jedes Diagramms als Tabelle, lesbar mit Tastatur und Bildschirmleser</translation>
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
    <message>
        <source>Change from the base of %1, USD billions</source>
        <translation>Änderung gegenüber der Basis von %1, Mrd. USD</translation>
    </message>
    <message>
        <source>Base: %1, cumulative %2–%3</source>
        <translation>Basis: %1, kumuliert %2–%3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a series and the assumption&apos;s setting</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, total %2</source>
        <comment>a change and the total it leads to</comment>
        <translation>%1, gesamt %2</translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation>%1 von %2 bis %3</translation>
    </message>
    <message>
        <source>Base %1. Largest swings: %2. The Table tab gives every assumption.</source>
        <translation>Basis %1. Größte Ausschläge: %2. Die Registerkarte „Tabelle“ enthält alle Annahmen.</translation>
    </message>
</context>
<context>
    <name>Dealscope::SensitivityTableModel</name>
    <message>
        <source>Base, cumulative %1–%2</source>
        <translation>Basis, kumuliert %1–%2</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>Annahme</translation>
    </message>
    <message>
        <source>Low
setting</source>
        <translation>Niedrige
Einstellung</translation>
    </message>
    <message>
        <source>Change
at low</source>
        <translation>Änderung
bei niedrig</translation>
    </message>
    <message>
        <source>High
setting</source>
        <translation>Hohe
Einstellung</translation>
    </message>
    <message>
        <source>Change
at high</source>
        <translation>Änderung
bei hoch</translation>
    </message>
</context>
<context>
    <name>Dealscope::SettingsRecovery</name>
    <message>
        <source>it is not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <source>it is larger than %1 MiB</source>
        <translation>größer als %1 MiB</translation>
    </message>
    <message>
        <source>it cannot be read: %1</source>
        <translation>nicht lesbar: %1</translation>
    </message>
    <message>
        <source>it contains binary data</source>
        <translation>enthält Binärdaten</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>kein UTF-8-Text</translation>
    </message>
    <message>
        <source>line %1 opens a section without closing it</source>
        <translation>Zeile %1 öffnet einen Abschnitt, ohne ihn zu schließen</translation>
    </message>
    <message>
        <source>it is not in the settings format</source>
        <translation>nicht im Einstellungsformat</translation>
    </message>
    <message>
        <source>The settings file %1 could not be used (%2) nor set aside (%3); Dealscope started with default settings.</source>
        <translation>Die Einstellungsdatei %1 konnte weder verwendet (%2) noch beiseitegelegt werden (%3); Dealscope wurde mit Standardeinstellungen gestartet.</translation>
    </message>
    <message>
        <source>The settings file %1 could not be used (%2). It was set aside as %3 and Dealscope started with default settings.</source>
        <translation>Die Einstellungsdatei %1 konnte nicht verwendet werden (%2). Sie wurde als %3 beiseitegelegt, und Dealscope wurde mit Standardeinstellungen gestartet.</translation>
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
    <message>
        <source>Scenario (editable)</source>
        <translation>Szenario (bearbeitbar)</translation>
    </message>
    <message>
        <source>Show the selected clause&apos;s or event&apos;s entry, the whole dataset file, or the current scenario as JSON to edit and apply</source>
        <translation>Den Eintrag der ausgewählten Klausel oder des ausgewählten Ereignisses, die gesamte Datensatzdatei oder das aktuelle Szenario als JSON zum Bearbeiten und Anwenden anzeigen</translation>
    </message>
</context>
<context>
    <name>Dealscope::StartPage</name>
    <message>
        <source>The deal at a glance</source>
        <translation>Der Deal auf einen Blick</translation>
    </message>
    <message>
        <source>the end of %1</source>
        <translation>Ende %1</translation>
    </message>
    <message>
        <source>The dataset has no version of the agreement yet.</source>
        <translation>Der Datensatz enthält noch keine Fassung der Vereinbarung.</translation>
    </message>
    <message>
        <source>Version shown: %1, %2.</source>
        <translation>Angezeigte Fassung: %1, %2.</translation>
    </message>
    <message>
        <source>Every line links to its clause; select it to see the details and sources.</source>
        <translation>Jede Zeile verweist auf ihre Klausel; wählen Sie sie aus, um Details und Quellen zu sehen.</translation>
    </message>
    <message>
        <source>Facts checked on %1.</source>
        <translation>Fakten geprüft am %1.</translation>
    </message>
    <message>
        <source>Who gets what</source>
        <translation>Wer bekommt was</translation>
    </message>
    <message>
        <source>No clause is in force as of this version.</source>
        <translation>Zu dieser Fassung ist keine Klausel in Kraft.</translation>
    </message>
    <message>
        <source>confidence %1</source>
        <translation>Verlässlichkeit %1</translation>
    </message>
    <message>
        <source>no end date stated</source>
        <translation>kein Enddatum genannt</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>until the earlier of %1</source>
        <translation>bis zum früheren Zeitpunkt von %1</translation>
    </message>
    <message>
        <source>%1 (assumed for %2)</source>
        <translation>%1 (angenommen für %2)</translation>
    </message>
    <message>
        <source>%1 (no date known)</source>
        <translation>%1 (kein Datum bekannt)</translation>
    </message>
    <message>
        <source>Key dates</source>
        <translation>Wichtige Daten</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Figures: %1</source>
        <translation>Zahlen: %1</translation>
    </message>
    <message>
        <source>these terms run out:</source>
        <translation>diese Bedingungen laufen aus:</translation>
    </message>
    <message>
        <source>assumed for %1</source>
        <translation>angenommen für %1</translation>
    </message>
    <message>
        <source>no date known</source>
        <translation>kein Datum bekannt</translation>
    </message>
    <message>
        <source>these terms end then:</source>
        <translation>diese Bedingungen enden dann:</translation>
    </message>
    <message>
        <source>What changed on %1</source>
        <translation>Was sich am %1 geändert hat</translation>
    </message>
    <message>
        <source>Compared with %1, %2.</source>
        <translation>Verglichen mit %1, %2.</translation>
    </message>
    <message>
        <source>This version changed no clause.</source>
        <translation>Diese Fassung hat keine Klausel geändert.</translation>
    </message>
    <message>
        <source>Still unknown</source>
        <translation>Noch unbekannt</translation>
    </message>
    <message>
        <source>The dataset lists no open question for this version.</source>
        <translation>Der Datensatz nennt zu dieser Fassung keine offene Frage.</translation>
    </message>
    <message>
        <source>Clauses:</source>
        <translation>Klauseln:</translation>
    </message>
    <message>
        <source>still standing: confidence %1</source>
        <extracomment>How sure it is that a clause still stands as of the version shown, when that differs from the clause&apos;s</extracomment>
        <translation>weiter gültig: Verlässlichkeit %1</translation>
    </message>
    <message>
        <source>Conflicting reports</source>
        <translation>Widersprüchliche Berichte</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
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
    <message>
        <source>Assume AGI Verified in %1</source>
        <translation>AGI-Verifizierung %1 annehmen</translation>
    </message>
    <message>
        <source>Do Not Assume AGI Verification</source>
        <translation>AGI-Verifizierung nicht annehmen</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clause(s)</source>
        <translation>
            <numerusform>%n Klausel</numerusform>
            <numerusform>%n Klauseln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dealscope::UndoAction</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Wieder&amp;herstellen</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>Wieder&amp;herstellen: %1</translation>
    </message>
</context>
<context>
    <name>Dealscope::UnsavedScenarioPrompt</name>
    <message>
        <source>Unsaved Scenario</source>
        <translation>Nicht gespeichertes Szenario</translation>
    </message>
    <message>
        <source>The scenario has changes that are not saved to a file.</source>
        <translation>Das Szenario enthält Änderungen, die in keiner Datei gespeichert sind.</translation>
    </message>
    <message>
        <source>Save them before closing? Discarded changes cannot be recovered.</source>
        <translation>Vor dem Schließen speichern? Verworfene Änderungen lassen sich nicht wiederherstellen.</translation>
    </message>
</context>
<context>
    <name>Dealscope::UserGuideWindow</name>
    <message>
        <source>Dealscope User Guide</source>
        <translation>Dealscope-Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vor</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
</context>
<context>
    <name>Dealscope::VersionAnnouncer</name>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n neu</numerusform>
            <numerusform>%n neu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n amended</source>
        <translation>
            <numerusform>%n geändert</numerusform>
            <numerusform>%n geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ended</source>
        <translation>
            <numerusform>%n beendet</numerusform>
            <numerusform>%n beendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not restated</source>
        <translation>
            <numerusform>%n nicht erneut genannt</numerusform>
            <numerusform>%n nicht erneut genannt</numerusform>
        </translation>
    </message>
    <message>
        <source>Now showing %1: no clause changed</source>
        <translation>Jetzt angezeigt: %1 – keine Klausel geändert</translation>
    </message>
    <message>
        <source>Now showing %1: %2</source>
        <translation>Jetzt angezeigt: %1 – %2</translation>
    </message>
</context>
<context>
    <name>Dealscope::VersionComparison</name>
    <message>
        <source>no end stated</source>
        <translation>kein Ende genannt</translation>
    </message>
    <message>
        <source>through %1</source>
        <translation>bis Ende %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>%1, whichever comes first</source>
        <translation>%1, je nachdem, was zuerst eintritt</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Amended</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Not restated</source>
        <translation>Nicht erneut genannt</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>Wortlaut</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
</context>
<context>
    <name>Dealscope::WindowPages</name>
    <message>
        <source>At a Glance</source>
        <translation>Auf einen Blick</translation>
    </message>
    <message>
        <source>Explorer</source>
        <translation>Explorer</translation>
    </message>
    <message>
        <source>Scenario (illustrative)</source>
        <translation>Szenario (illustrativ)</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Open Questions</source>
        <translation>Offene Fragen</translation>
    </message>
    <message>
        <source>The Deal at a &amp;Glance</source>
        <translation>Die &amp;Vereinbarung auf einen Blick</translation>
    </message>
    <message>
        <source>&amp;Explorer</source>
        <translation>&amp;Explorer</translation>
    </message>
    <message>
        <source>&amp;Scenario</source>
        <translation>Szena&amp;rio</translation>
    </message>
    <message>
        <source>&amp;Articles</source>
        <translation>Ar&amp;tikel</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>Ver&amp;gleich</translation>
    </message>
    <message>
        <source>Open &amp;Questions</source>
        <translation>&amp;Offene Fragen</translation>
    </message>
    <message>
        <source>What each party gets, the key dates, what changed last and what is still unknown</source>
        <translation>Was jede Partei erhält, die wichtigen Daten, was sich zuletzt geändert hat und was noch unbekannt ist</translation>
    </message>
    <message>
        <source>The clauses, their timeline and the details of the selected one</source>
        <translation>Die Klauseln, ihre Zeitleiste und die Details des ausgewählten Elements</translation>
    </message>
    <message>
        <source>An illustrative model of Azure revenue under the agreement&apos;s terms</source>
        <translation>Ein illustratives Modell des Azure-Umsatzes unter den Vertragsbedingungen</translation>
    </message>
    <message>
        <source>Explainer articles on the agreement and its amendment</source>
        <translation>Erläuternde Artikel zur Vereinbarung und ihrer Änderung</translation>
    </message>
    <message>
        <source>Two versions of the agreement compared, wording beside wording</source>
        <translation>Zwei Fassungen der Vereinbarung im Vergleich, Wortlaut neben Wortlaut</translation>
    </message>
    <message>
        <source>Every point the sources disagree on or leave unknown, with each claim and its sources</source>
        <translation>Jeder Punkt, in dem die Quellen uneins sind oder den sie offenlassen, mit jeder Behauptung und ihren Quellen</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
</context>
<context>
    <name>Dealscope::ZoomActions</name>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Fit Selection</source>
        <translation>Auswahl ein&amp;passen</translation>
    </message>
    <message>
        <source>Fit the selected clauses and events across the timeline, or everything</source>
        <translation>Die ausgewählten Klauseln und Ereignisse an die Breite der Zeitleiste anpassen, oder alles</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>Zoo&amp;m zurücksetzen</translation>
    </message>
    <message>
        <source>Back to the whole timeline, as it opens</source>
        <translation>Zurück zur gesamten Zeitleiste, wie beim Öffnen</translation>
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
        <source>Ass&amp;ume AGI Verification…</source>
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
    <message>
        <source>&amp;Export Chart…</source>
        <translation>Diagramm &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save the scenario chart shown as PNG, SVG or PDF</source>
        <translation>Das angezeigte Szenariodiagramm als PNG, SVG oder PDF speichern</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export &amp;Timeline…</source>
        <translation>&amp;Zeitleiste exportieren…</translation>
    </message>
    <message>
        <source>Save the timeline as PNG, SVG or PDF</source>
        <translation>Die Zeitleiste als PNG, SVG oder PDF speichern</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>Export T&amp;able…</source>
        <translation>&amp;Tabelle exportieren…</translation>
    </message>
    <message>
        <source>Save a table (projection, sensitivity, fan, clauses or events) as CSV</source>
        <translation>Eine Tabelle (Projektion, Sensitivität, Fächer, Klauseln oder Ereignisse) als CSV speichern</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation>Be&amp;richt exportieren…</translation>
    </message>
    <message>
        <source>Save a PDF report: clauses in force, timeline, scenario charts and sources</source>
        <translation>Einen PDF-Bericht speichern: Klauseln in Kraft, Zeitleiste, Szenariodiagramme und Quellen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Print the timeline, or the scenario chart when the Scenario view is shown, with a preview</source>
        <translation>Die Zeitleiste drucken oder, wenn die Szenario-Ansicht angezeigt wird, das Szenariodiagramm, jeweils mit Vorschau</translation>
    </message>
</context>
</TS>
