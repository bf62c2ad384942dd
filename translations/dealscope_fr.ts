<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Dealscope</name>
    <message>
        <source>Not yet agreed</source>
        <translation>Pas encore convenue</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>En vigueur</translation>
    </message>
    <message>
        <source>Not restated</source>
        <translation>Non reprise</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>Reaffirmed</source>
        <translation>Réaffirmée</translation>
    </message>
    <message>
        <source>Amended</source>
        <translation>Modifiée</translation>
    </message>
    <message>
        <source>official text (company post, filing, earnings call)</source>
        <translation>texte officiel (publication de l&apos;entreprise, déclaration réglementaire, conférence sur les résultats)</translation>
    </message>
    <message>
        <source>several independent reports agree</source>
        <translation>plusieurs rapports indépendants concordent</translation>
    </message>
    <message>
        <source>a single or weak source, or sources disagree</source>
        <translation>une source unique ou fragile, ou des sources contradictoires</translation>
    </message>
    <message>
        <source>not verified: treat as unknown</source>
        <translation>non vérifié&#xa0;: à traiter comme inconnu</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>Investissement</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation>Avenant</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Déclaration</translation>
    </message>
    <message>
        <source>Cloud deal</source>
        <translation>Contrat cloud</translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>Litige</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>Gouvernance</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Financement</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Juridique</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Ultérieur</translation>
    </message>
</context>
<context>
    <name>Dealscope::AgreementModel</name>
    <message>
        <source>Clause</source>
        <translation>Clause</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Fiabilité</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Dated events around the agreement</source>
        <translation>Événements datés autour de l&apos;accord</translation>
    </message>
    <message>
        <source>Ended %1</source>
        <translation>Terminée le&#xa0;%1</translation>
    </message>
    <message>
        <source>end of %1</source>
        <translation>fin&#xa0;%1</translation>
    </message>
    <message>
        <source>No end stated</source>
        <translation>Aucune fin indiquée</translation>
    </message>
    <message>
        <source>At %1 (no date)</source>
        <translation>Lors de&#xa0;%1 (sans date)</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>%1, or %2 if earlier</source>
        <translation>%1, ou&#xa0;%2 si antérieur</translation>
    </message>
    <message>
        <source>Ends: %1</source>
        <translation>Fin&#xa0;:&#xa0;%1</translation>
    </message>
    <message>
        <source>Confidence: %1</source>
        <translation>Fiabilité&#xa0;:&#xa0;%1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Sources&#xa0;:&#xa0;%1</translation>
    </message>
    <message>
        <source>English text; no %1 translation</source>
        <translation>Texte en anglais&#xa0;; pas de traduction en&#xa0;%1</translation>
    </message>
    <message>
        <source>When a clause ends; when an event happened</source>
        <translation>Quand une clause prend fin&#xa0;; quand un événement a eu lieu</translation>
    </message>
    <message>
        <source>What the selected version did: new, amended, ended or not restated</source>
        <translation>Ce qu&apos;a fait la version sélectionnée&#xa0;: nouvelle, modifiée, terminée ou non reprise</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Ends / date</source>
        <translation>Fin / date</translation>
    </message>
    <message>
        <source>In this version: %1</source>
        <translation>Dans cette version&#xa0;:&#xa0;%1</translation>
    </message>
    <message>
        <source>New in the selected version</source>
        <translation>Nouveau dans la version sélectionnée</translation>
    </message>
    <message>
        <source>After the selected version (%1)</source>
        <translation>Après la version sélectionnée (%1)</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>Niveau %1</translation>
    </message>
    <message>
        <source>Level %1, in %2</source>
        <translation>Niveau %1, dans %2</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Date&#xa0;:&#xa0;%1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut&#xa0;:&#xa0;%1</translation>
    </message>
    <message>
        <source>No end</source>
        <translation>Sans fin</translation>
    </message>
    <message>
        <source>by %1</source>
        <comment>the latest a clause can end; a milestone may end it earlier</comment>
        <translation>au plus tard %1</translation>
    </message>
</context>
<context>
    <name>Dealscope::AgreementStatusLine</name>
    <message>
        <source>AGI verification assumed in %1</source>
        <translation>Vérification de l&apos;AGI supposée en&#xa0;%1</translation>
    </message>
    <message>
        <source>AGI verification unresolved</source>
        <translation>Vérification de l&apos;AGI non résolue</translation>
    </message>
    <message>
        <source>facts checked %1</source>
        <translation>faits vérifiés le&#xa0;%1</translation>
    </message>
    <message numerus="yes">
        <source>As of %1 (%2): %n clause(s) in force or not restated</source>
        <translation>
            <numerusform>Selon&#xa0;%1 (%2)&#xa0;:&#xa0;%n clause en vigueur ou non reprise</numerusform>
            <numerusform>Selon&#xa0;%1 (%2)&#xa0;:&#xa0;%n clauses en vigueur ou non reprises</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dealscope::ArticleView</name>
    <message>
        <source>Parallel</source>
        <translation>Parallèle</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Show a second language side by side, paragraph by paragraph</source>
        <translation>Afficher une deuxième langue côte à côte, paragraphe par paragraphe</translation>
    </message>
    <message>
        <source>Second language</source>
        <translation>Deuxième langue</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>Texte de l&apos;article</translation>
    </message>
    <message>
        <source>Find in article…</source>
        <translation>Rechercher dans l&apos;article…</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Find previous (Shift+Enter)</source>
        <translation>Rechercher le précédent (Maj+Entrée)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Find next (Enter)</source>
        <translation>Rechercher le suivant (Entrée)</translation>
    </message>
    <message>
        <source>No articles are available.</source>
        <translation>Aucun article n&apos;est disponible.</translation>
    </message>
    <message>
        <source>The %1 version cannot be shown: %2</source>
        <translation>La version «&#xa0;%1&#xa0;» ne peut pas être affichée&#xa0;:&#xa0;%2</translation>
    </message>
    <message>
        <source>This article cannot be shown.</source>
        <translation>Cet article ne peut pas être affiché.</translation>
    </message>
    <message>
        <source>English: not translated</source>
        <translation>Anglais&#xa0;: non traduit</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Aucun résultat</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message>
        <source>Find in article</source>
        <translation>Rechercher dans l&apos;article</translation>
    </message>
</context>
<context>
    <name>Dealscope::AutosaveStore</name>
    <message>
        <source>cannot create %1</source>
        <translation>impossible de créer&#xa0;%1</translation>
    </message>
    <message>
        <source>cannot lock %1</source>
        <translation>impossible de verrouiller&#xa0;%1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire&#xa0;%1&#xa0;:&#xa0;%2</translation>
    </message>
</context>
<context>
    <name>Dealscope::ChartValueText</name>
    <message>
        <source>$%1 B</source>
        <translation>%1 Md $</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a number and its unit</comment>
        <translation>%1&#xa0;%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a series and its value</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Dealscope::ClauseTreePanel</name>
    <message>
        <source>Filter clauses and events…</source>
        <translation>Filtrer les clauses et les événements…</translation>
    </message>
    <message>
        <source>Keep the clauses and events whose title, wording or source contains every word</source>
        <translation>Conserver les clauses et les événements dont le titre, le libellé ou la source contient chacun des mots</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>Clauses</translation>
    </message>
    <message>
        <source>Filter clauses and events</source>
        <translation>Filtrer les clauses et les événements</translation>
    </message>
</context>
<context>
    <name>Dealscope::CompareController</name>
    <message>
        <source>Export Changes</source>
        <translation>Exporter les modifications</translation>
    </message>
    <message>
        <source>Redline PDF (*.pdf);;CSV table (*.csv)</source>
        <translation>PDF avec révisions (*.pdf);;Tableau CSV (*.csv)</translation>
    </message>
    <message>
        <source>Compare &amp;Versions…</source>
        <translation>Comparer les &amp;versions…</translation>
    </message>
    <message>
        <source>Compare two versions of the agreement, wording beside wording</source>
        <translation>Comparer deux versions de l&apos;accord, libellé contre libellé</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Outline an Earlier Version on the &amp;Timeline</source>
        <translation>Tracer une version antérieure sur la &amp;frise</translation>
    </message>
    <message>
        <source>Outline on the timeline each term as %1 had it,
to compare with %2 (%3)</source>
        <translation>Tracer sur la frise chaque durée telle que %1 la prévoyait,
pour la comparer à %2 (%3)</translation>
    </message>
    <message>
        <source>Outline on the timeline each term as the version before had it (%1)</source>
        <translation>Tracer sur la frise chaque durée telle que la version précédente la prévoyait (%1)</translation>
    </message>
</context>
<context>
    <name>Dealscope::CompareView</name>
    <message>
        <source>All changes</source>
        <translation>Toutes les modifications</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajoutées</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminées</translation>
    </message>
    <message>
        <source>Amended</source>
        <translation>Modifiées</translation>
    </message>
    <message>
        <source>Not restated</source>
        <translation>Non reprises</translation>
    </message>
    <message>
        <source>New events</source>
        <translation>Nouveaux événements</translation>
    </message>
    <message>
        <source>Version &amp;A:</source>
        <translation>Version &amp;A&#xa0;:</translation>
    </message>
    <message>
        <source>Version &amp;B:</source>
        <translation>Version &amp;B&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Save this comparison as a redline PDF or as a CSV table</source>
        <translation>Enregistrer cette comparaison en PDF avec marques de révision ou en tableau CSV</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Inverser</translation>
    </message>
    <message>
        <source>Swap versions A and B</source>
        <translation>Inverser les versions A et B</translation>
    </message>
    <message>
        <source>Version A</source>
        <translation>Version A</translation>
    </message>
    <message>
        <source>The earlier version: its wording is struck through where B differs</source>
        <translation>La version antérieure&#xa0;: son libellé est barré là où B diffère</translation>
    </message>
    <message>
        <source>Version B</source>
        <translation>Version B</translation>
    </message>
    <message>
        <source>The later version: its wording is underlined where it differs from A</source>
        <translation>La version postérieure&#xa0;: son libellé est souligné là où il diffère de A</translation>
    </message>
    <message>
        <source>Kind of change</source>
        <translation>Type de modification</translation>
    </message>
    <message>
        <source>Changes between versions A and B</source>
        <translation>Modifications entre les versions A et B</translation>
    </message>
</context>
<context>
    <name>Dealscope::DetailsFormatter</name>
    <message>
        <source>%1 — parts range from %2 to %3</source>
        <translation>%1 — les parties vont de&#xa0;%2 à&#xa0;%3</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>environ&#xa0;%1</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>jusqu&apos;à&#xa0;%1</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>plus de&#xa0;%1</translation>
    </message>
    <message>
        <source>See:</source>
        <translation>Voir&#xa0;:</translation>
    </message>
    <message>
        <source>Conflicting reports</source>
        <translation>Rapports contradictoires</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>selon&#xa0;%1</translation>
    </message>
    <message>
        <source>As first agreed:</source>
        <translation>Telle que convenue initialement&#xa0;:</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>not yet agreed</source>
        <translation>pas encore convenue</translation>
    </message>
    <message>
        <source>This end depends on a milestone with no known date: %1. Assume a date under View › Assume AGI Verification to see the term end there.</source>
        <translation>Cette fin dépend d&apos;un jalon sans date connue&#xa0;:&#xa0;%1. Supposez une date via Affichage › Supposer la vérification de l&apos;AGI pour voir la durée s&apos;y terminer.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Fiabilité</translation>
    </message>
    <message>
        <source>Open questions</source>
        <translation>Questions ouvertes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>Clauses</translation>
    </message>
    <message>
        <source>Facts last checked on %1.</source>
        <translation>Faits vérifiés pour la dernière fois le&#xa0;%1.</translation>
    </message>
    <message>
        <source>Select a clause or an event in the tree or on the timeline to see its terms, history, confidence and sources.</source>
        <translation>Sélectionnez une clause ou un événement dans l&apos;arborescence ou sur la chronologie pour voir ses conditions, son historique, sa fiabilité et ses sources.</translation>
    </message>
    <message>
        <source>Ended on %1</source>
        <translation>Terminée le&#xa0;%1</translation>
    </message>
    <message>
        <source>Expired on %1</source>
        <translation>Expirée le&#xa0;%1</translation>
    </message>
    <message>
        <source>The last wording was:</source>
        <translation>Dernier libellé&#xa0;:</translation>
    </message>
    <message>
        <source>Later than the selected version (%1).</source>
        <translation>Postérieur à la version sélectionnée (%1).</translation>
    </message>
    <message>
        <source>Versions: %1 · Clauses: %2 · Dated events: %3 · Open questions: %4 · Sources: %5</source>
        <translation>Versions&#xa0;:&#xa0;%1 · Clauses&#xa0;:&#xa0;%2 · Événements datés&#xa0;:&#xa0;%3 · Questions ouvertes&#xa0;:&#xa0;%4 · Sources&#xa0;:&#xa0;%5</translation>
    </message>
</context>
<context>
    <name>Dealscope::DetailsPane</name>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>Dealscope::DocumentAccessible</name>
    <message>
        <source>Link: %1</source>
        <translation>Lien&#xa0;:&#xa0;%1</translation>
    </message>
</context>
<context>
    <name>Dealscope::ExportText</name>
    <message>
        <source>%1: choose a .png, .svg or .pdf file</source>
        <translation>%1&#xa0;: choisissez un fichier .png, .svg ou .pdf</translation>
    </message>
    <message>
        <source>this dataset has no scenario model</source>
        <translation>ce jeu de données n&apos;a pas de modèle de scénario</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Exporter&#xa0;%1</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Dark colours instead of paper</source>
        <translation>Couleurs sombres au lieu du fond papier</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Largeur&#xa0;:</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Hauteur&#xa0;:</translation>
    </message>
    <message>
        <source>Resolution (dpi):</source>
        <translation>Résolution (dpi)&#xa0;:</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;exportation</translation>
    </message>
    <message>
        <source>This dataset has no scenario model, so there is no chart to export.</source>
        <translation>Ce jeu de données n&apos;a pas de modèle de scénario&#xa0;; il n&apos;y a donc aucun graphique à exporter.</translation>
    </message>
    <message>
        <source>timeline</source>
        <translation>la chronologie</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Yearly projection</source>
        <translation>Projection annuelle</translation>
    </message>
    <message>
        <source>Sensitivity (tornado)</source>
        <translation>Sensibilité (tornade)</translation>
    </message>
    <message>
        <source>AGI-year fan percentiles</source>
        <translation>Centiles de l&apos;éventail de l&apos;année AGI</translation>
    </message>
    <message>
        <source>Clauses as of the shown version</source>
        <translation>Clauses selon la version affichée</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Exporter un tableau</translation>
    </message>
    <message>
        <source>Table:</source>
        <translation>Tableau&#xa0;:</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Tableau CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Aperçu avant impression</translation>
    </message>
    <message>
        <source>--as-of &quot;%1&quot;: no such version (expected a date or one of %2)</source>
        <translation>--as-of &quot;%1&quot;&#xa0;: version inexistante (attendu&#xa0;: une date ou l&apos;une des valeurs&#xa0;%2)</translation>
    </message>
    <message>
        <source>--preset &quot;%1&quot;: expected one of %2</source>
        <translation>--preset &quot;%1&quot;&#xa0;: valeur attendue parmi&#xa0;%2</translation>
    </message>
    <message>
        <source>Default assumptions</source>
        <translation>Hypothèses par défaut</translation>
    </message>
    <message>
        <source>--set %1=%2: out of range (%3 to %4%5)</source>
        <translation>--set %1=%2&#xa0;: hors plage (de&#xa0;%3 à&#xa0;%4%5)</translation>
    </message>
    <message>
        <source>, whole numbers</source>
        <translation>, nombres entiers uniquement</translation>
    </message>
    <message>
        <source>the dataset lacks the terms the scenario model needs: %1</source>
        <translation>il manque au jeu de données les conditions dont le modèle de scénario a besoin&#xa0;:&#xa0;%1</translation>
    </message>
    <message>
        <source>the dataset lacks the other terms to compare with: %1</source>
        <translation>il manque au jeu de données les autres conditions à comparer&#xa0;:&#xa0;%1</translation>
    </message>
    <message>
        <source>Illustrative; made with Dealscope.</source>
        <translation>Illustratif&#xa0;; réalisé avec Dealscope.</translation>
    </message>
    <message>
        <source>%1 chart, %2, %3</source>
        <translation>Graphique&#xa0;%1, %2, %3</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire&#xa0;%1&#xa0;:&#xa0;%2</translation>
    </message>
    <message>
        <source>a drawing cannot be written as CSV</source>
        <translation>un dessin ne peut pas être enregistré en CSV</translation>
    </message>
    <message>
        <source>Illustrative model of the agreement&apos;s terms, not a forecast and not advice.</source>
        <translation>Modèle illustratif des conditions de l&apos;accord, ni prévision ni conseil.</translation>
    </message>
    <message>
        <source>Dealscope %1 · %2, facts checked on %3.</source>
        <translation>Dealscope&#xa0;%1 · %2, faits vérifiés le&#xa0;%3.</translation>
    </message>
    <message>
        <source>Dashed: %1.</source>
        <translation>En tirets&#xa0;:&#xa0;%1.</translation>
    </message>
    <message>
        <source>%1: clauses and events as of %2</source>
        <translation>%1&#xa0;: clauses et événements selon&#xa0;%2</translation>
    </message>
    <message>
        <source>Bars run from a term&apos;s start to its end; faded ends wait for a milestone such as AGI verification.</source>
        <translation>Les barres vont du début d&apos;une condition à sa fin&#xa0;; les fins estompées attendent un jalon tel que la vérification de l&apos;AGI.</translation>
    </message>
    <message>
        <source>Not yet agreed</source>
        <translation>Pas encore convenue</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>En vigueur</translation>
    </message>
    <message>
        <source>Not restated</source>
        <translation>Non reprise</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <source>No end stated</source>
        <translation>Aucune fin indiquée</translation>
    </message>
    <message>
        <source>At %1</source>
        <translation>Lors de&#xa0;%1</translation>
    </message>
    <message>
        <source>%1, or earlier at %2</source>
        <translation>%1, ou plus tôt lors de&#xa0;%2</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 ans</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>Hypothèse</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Fondement</translation>
    </message>
    <message>
        <source>assumption</source>
        <translation>hypothèse</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Plage</translation>
    </message>
    <message>
        <source>At minimum, $B</source>
        <translation>Au minimum, Md $</translation>
    </message>
    <message>
        <source>At maximum, $B</source>
        <translation>Au maximum, Md $</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version&#xa0;:</translation>
    </message>
    <message>
        <source>Facts checked on:</source>
        <translation>Faits vérifiés le&#xa0;:</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>Scénario&#xa0;:</translation>
    </message>
    <message>
        <source>Report made on:</source>
        <translation>Rapport établi le&#xa0;:</translation>
    </message>
    <message>
        <source>Made with Dealscope %1. The scenario figures are illustrative: neither a forecast nor legal or investment advice. Confidence codes: A official text, B several independent reports, C a single or weak source, X not verified.</source>
        <translation>Réalisé avec Dealscope&#xa0;%1. Les chiffres du scénario sont illustratifs&#xa0;: ni une prévision, ni un conseil juridique ou en investissement. Codes de fiabilité&#xa0;: A texte officiel, B plusieurs rapports indépendants, C source unique ou fragile, X non vérifié.</translation>
    </message>
    <message>
        <source>Clauses in force</source>
        <translation>Clauses en vigueur</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Clause</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Fiabilité</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>%1 — report</source>
        <translation>%1 — rapport</translation>
    </message>
    <message>
        <source>Azure stack by layer and revenue share</source>
        <translation>Pile Azure par couche et partage des revenus</translation>
    </message>
    <message>
        <source>Comparison with the other terms</source>
        <translation>Comparaison avec les autres conditions</translation>
    </message>
    <message>
        <source>Solid: %1. Dashed: %2. Assumptions as in the table above.</source>
        <translation>En trait plein&#xa0;:&#xa0;%1. En tirets&#xa0;:&#xa0;%2. Hypothèses comme dans le tableau ci-dessus.</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilité</translation>
    </message>
    <message>
        <source>AGI-year uncertainty</source>
        <translation>Incertitude sur l&apos;année AGI</translation>
    </message>
    <message>
        <source>cannot write %1: the PDF could not be started</source>
        <translation>impossible d&apos;écrire&#xa0;%1&#xa0;: le PDF n&apos;a pas pu être commencé</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Scenario: %1.</source>
        <translation>Scénario&#xa0;:&#xa0;%1.</translation>
    </message>
    <message>
        <source>Amendment bridge, term by term</source>
        <translation>Pont de l’avenant, condition par condition</translation>
    </message>
    <message>
        <source>--from &quot;%1&quot; --to &quot;%2&quot;: no such versions to compare (expected dates or two of %3)</source>
        <translation>--from «&#xa0;%1&#xa0;» --to «&#xa0;%2&#xa0;»&#xa0;: aucune version de ce type à comparer (dates attendues ou deux parmi %3)</translation>
    </message>
    <message>
        <source>the bridge cannot use these terms: %1</source>
        <translation>le pont ne peut pas utiliser ces conditions&#xa0;: %1</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>Clauses</translation>
    </message>
    <message>
        <source>Microsoft total, $B</source>
        <translation>Total Microsoft, Md$</translation>
    </message>
    <message>
        <source>Revenue share, $B</source>
        <translation>Partage des revenus, Md$</translation>
    </message>
    <message>
        <source>Each step is the term&apos;s average effect over every order of switching the terms (its Shapley value), so the steps add up to the difference whatever their order.</source>
        <translation>Chaque étape est l’effet moyen de la condition sur tous les ordres de changement (sa valeur de Shapley)&#xa0;; les étapes totalisent donc la différence, quel que soit l’ordre.</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
    <message>
        <source>revenue by layer</source>
        <translation>revenus par couche</translation>
    </message>
    <message>
        <source>revenue by layer, two scenarios compared</source>
        <translation>revenus par couche, deux scénarios comparés</translation>
    </message>
    <message>
        <source>sensitivity (tornado)</source>
        <translation>sensibilité (tornade)</translation>
    </message>
    <message>
        <source>AGI-year fan</source>
        <translation>éventail de l’année AGI</translation>
    </message>
    <message>
        <source>amendment bridge</source>
        <translation>pont de l’avenant</translation>
    </message>
    <message>
        <source>Export chart: %1</source>
        <translation>Exporter le graphique&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Dealscope::FanTableModel</name>
    <message>
        <source>Azure stack</source>
        <translation>Pile Azure</translation>
    </message>
    <message>
        <source>Revenue share</source>
        <translation>Partage des revenus</translation>
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
        <translation>trop de copies de&#xa0;%1 mises de côté</translation>
    </message>
</context>
<context>
    <name>Dealscope::GlossaryView</name>
    <message>
        <source>Search the glossary…</source>
        <translation>Rechercher dans le glossaire…</translation>
    </message>
    <message>
        <source>Search the glossary</source>
        <translation>Rechercher dans le glossaire</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glossaire</translation>
    </message>
    <message>
        <source>Also: %1</source>
        <translation>Aussi&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Sources&#xa0;:</translation>
    </message>
    <message>
        <source>No term matches.</source>
        <translation>Aucun terme ne correspond.</translation>
    </message>
    <message numerus="yes">
        <source>%n term(s)</source>
        <translation>
            <numerusform>%n terme</numerusform>
            <numerusform>%n termes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dealscope::HelpMenu</name>
    <message>
        <source>The Deal at a &amp;Glance</source>
        <translation>L’accord en un &amp;coup d’œil</translation>
    </message>
    <message>
        <source>What each party gets, the key dates, what changed last and what is still unknown</source>
        <translation>Ce que reçoit chaque partie, les dates clés, ce qui a changé en dernier et ce qui reste inconnu</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guide de l’utilisateur</translation>
    </message>
    <message>
        <source>Open the guide at the part about the pane you are in</source>
        <translation>Ouvrir le guide à la partie qui traite du volet où vous êtes</translation>
    </message>
    <message>
        <source>&amp;Legend</source>
        <translation>&amp;Légende</translation>
    </message>
    <message>
        <source>What every badge, icon, shape and colour of the views means</source>
        <translation>Ce que signifie chaque badge, icône, forme et couleur des vues</translation>
    </message>
    <message>
        <source>Gl&amp;ossary</source>
        <translation>Gl&amp;ossaire</translation>
    </message>
    <message>
        <source>The terms of the agreement and of the trade, explained</source>
        <translation>Les termes de l’accord et du secteur, expliqués</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glossaire</translation>
    </message>
    <message>
        <source>About Dealscope</source>
        <translation>À propos de Dealscope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Dealscope %1&lt;/h3&gt;&lt;p&gt;An explorer for business agreements: their clauses, versions and timeline.&lt;/p&gt;&lt;p&gt;The bundled dataset describes the Microsoft–OpenAI partnership from public sources; it is not legal or investment advice.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Dealscope&#xa0;%1&lt;/h3&gt;&lt;p&gt;Un explorateur d&apos;accords commerciaux&#xa0;: leurs clauses, leurs versions et leur chronologie.&lt;/p&gt;&lt;p&gt;Le jeu de données fourni décrit le partenariat Microsoft–OpenAI à partir de sources publiques&#xa0;; il ne constitue ni un conseil juridique ni un conseil en investissement.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Dealscope::ItemFinder</name>
    <message>
        <source>Found: %1</source>
        <translation>Trouvé&#xa0;:&#xa0;%1</translation>
    </message>
    <message>
        <source>Nothing matches “%1”</source>
        <translation>Aucun résultat pour «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Dealscope::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>The language of the interface, the dataset texts and the articles</source>
        <translation>La langue de l&apos;interface, des textes du jeu de données et des articles</translation>
    </message>
    <message>
        <source>System Default (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
</context>
<context>
    <name>Dealscope::LegendButton</name>
    <message>
        <source>Legend: what the badges, icons, shapes and lines mean</source>
        <translation>Légende&#xa0;: ce que signifient les badges, icônes, formes et lignes</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
</context>
<context>
    <name>Dealscope::LegendDialog</name>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
</context>
<context>
    <name>Dealscope::LegendView</name>
    <message>
        <source>The version shown brought this clause in.</source>
        <translation>La version affichée a introduit cette clause.</translation>
    </message>
    <message>
        <source>The version shown confirmed the clause as it was.</source>
        <translation>La version affichée a confirmé la clause telle quelle.</translation>
    </message>
    <message>
        <source>The version shown changed the clause&apos;s wording or term.</source>
        <translation>La version affichée a modifié le libellé ou la durée de la clause.</translation>
    </message>
    <message>
        <source>The version shown ended the clause.</source>
        <translation>La version affichée a mis fin à la clause.</translation>
    </message>
    <message>
        <source>The version shown did not mention the clause: it may still apply, but nobody has confirmed it.</source>
        <translation>La version affichée ne mentionne pas la clause&#xa0;: elle peut encore s&apos;appliquer, mais personne ne l&apos;a confirmé.</translation>
    </message>
    <message>
        <source>Agreed, but its term starts later; or not yet agreed as of the version shown.</source>
        <translation>Convenue, mais sa durée commence plus tard&#xa0;; ou pas encore convenue dans la version affichée.</translation>
    </message>
    <message>
        <source>Applies as of the version shown.</source>
        <translation>S&apos;applique dans la version affichée.</translation>
    </message>
    <message>
        <source>A later version did not mention the clause, so its status is unknown. It is shown as it last stood, with a dashed outline.</source>
        <translation>Une version ultérieure ne mentionne pas la clause&#xa0;: son statut est inconnu. Elle est affichée dans son dernier état connu, avec un contour en pointillés.</translation>
    </message>
    <message>
        <source>A version ended the clause.</source>
        <translation>Une version a mis fin à la clause.</translation>
    </message>
    <message>
        <source>Its term ran out.</source>
        <translation>Sa durée a expiré.</translation>
    </message>
    <message>
        <source>Badges in the clause tree</source>
        <translation>Badges de l&apos;arbre des clauses</translation>
    </message>
    <message>
        <source>The tree&apos;s columns say what the version shown did to each item, where it stands and how well its facts are sourced.</source>
        <translation>Les colonnes de l&apos;arbre indiquent ce que la version affichée a fait de chaque élément, où il en est et la solidité de ses sources.</translation>
    </message>
    <message>
        <source>An event dated after the version shown: it was not yet known then. Its row is greyed.</source>
        <translation>Un événement postérieur à la version affichée&#xa0;: il n&apos;était pas encore connu. Sa ligne est grisée.</translation>
    </message>
    <message>
        <source>A range is coloured by its weaker end.</source>
        <translation>Une plage prend la couleur de son extrémité la plus faible.</translation>
    </message>
    <message>
        <source>Bars on the timeline</source>
        <translation>Barres de la frise chronologique</translation>
    </message>
    <message>
        <source>Each clause is a bar from its start to its end, in the lane of its category.</source>
        <translation>Chaque clause est une barre de son début à sa fin, dans le couloir de sa catégorie.</translation>
    </message>
    <message>
        <source>No end stated</source>
        <translation>Aucune fin indiquée</translation>
    </message>
    <message>
        <source>The clause states no end: the arrow says it runs on.</source>
        <translation>La clause n&apos;indique aucune fin&#xa0;: la flèche montre qu&apos;elle continue.</translation>
    </message>
    <message>
        <source>Known end</source>
        <translation>Fin connue</translation>
    </message>
    <message>
        <source>Ends on a known date, or on the date assumed for a milestone.</source>
        <translation>Prend fin à une date connue, ou à la date supposée d&apos;un jalon.</translation>
    </message>
    <message>
        <source>Fading end</source>
        <translation>Fin estompée</translation>
    </message>
    <message>
        <source>Ends at a milestone, such as AGI verification, that nobody can date: solid up to today, then fading out.</source>
        <translation>Prend fin à un jalon que personne ne peut dater, comme la vérification de l&apos;AGI&#xa0;: plein jusqu&apos;à aujourd&apos;hui, puis estompé.</translation>
    </message>
    <message>
        <source>Hatched end</source>
        <translation>Fin hachurée</translation>
    </message>
    <message>
        <source>Ends on a date at the latest, sooner if a milestone comes first: the part after today is hatched, and the dashed edge is the latest end.</source>
        <translation>Prend fin au plus tard à une date, plus tôt si un jalon survient avant&#xa0;: la partie après aujourd&apos;hui est hachurée et le bord en pointillés marque la fin au plus tard.</translation>
    </message>
    <message>
        <source>Compared term</source>
        <translation>Durée comparée</translation>
    </message>
    <message>
        <source>With the Compare toggle on, the dashed outline is the clause&apos;s term in the other version.</source>
        <translation>Avec Comparer activé, le contour en pointillés est la durée de la clause dans l&apos;autre version.</translation>
    </message>
    <message>
        <source>Change icons on the timeline</source>
        <translation>Icônes de modification sur la frise</translation>
    </message>
    <message>
        <source>With View › Show Changes on, a bar starts with what the version shown did to it.</source>
        <translation>Avec Affichage › Afficher les modifications, une barre commence par ce que la version affichée lui a fait.</translation>
    </message>
    <message>
        <source>Events on the timeline</source>
        <translation>Événements sur la frise</translation>
    </message>
    <message>
        <source>Events are told apart by shape first, and by colour.</source>
        <translation>Les événements se distinguent d&apos;abord par la forme, puis par la couleur.</translation>
    </message>
    <message>
        <source>Hollow marker on a line</source>
        <translation>Marqueur creux sur une ligne</translation>
    </message>
    <message>
        <source>The date is known only to the month or the year: the line spans that period.</source>
        <translation>La date n&apos;est connue qu&apos;au mois ou à l&apos;année près&#xa0;: la ligne couvre cette période.</translation>
    </message>
    <message>
        <source>Diamond</source>
        <translation>Losange</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Cercle</translation>
    </message>
    <message>
        <source>Cross</source>
        <translation>Croix</translation>
    </message>
    <message>
        <source>Square</source>
        <translation>Carré</translation>
    </message>
    <message>
        <source>Triangle</source>
        <translation>Triangle</translation>
    </message>
    <message>
        <source>An agreement or an amendment.</source>
        <translation>Un accord ou un avenant.</translation>
    </message>
    <message>
        <source>Money: an investment, funding or earnings.</source>
        <translation>Argent&#xa0;: un investissement, un financement ou des résultats.</translation>
    </message>
    <message>
        <source>A dispute or a legal step.</source>
        <translation>Un différend ou une étape juridique.</translation>
    </message>
    <message>
        <source>A cloud deal or a product.</source>
        <translation>Un contrat cloud ou un produit.</translation>
    </message>
    <message>
        <source>A statement, a governance change or a report.</source>
        <translation>Une déclaration, un changement de gouvernance ou un article.</translation>
    </message>
    <message>
        <source>Lines on the timeline</source>
        <translation>Lignes de la frise</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Today&apos;s date. After it, ends that wait for a milestone fade out or are hatched.</source>
        <translation>La date du jour. Au-delà, les fins qui attendent un jalon s&apos;estompent ou sont hachurées.</translation>
    </message>
    <message>
        <source>Version shown</source>
        <translation>Version affichée</translation>
    </message>
    <message>
        <source>The version the tree, the timeline and the details show the agreement as of; its month is in bold on the axis.</source>
        <translation>La version selon laquelle l&apos;arbre, la frise et les détails montrent l&apos;accord&#xa0;; son mois est en gras sur l&apos;axe.</translation>
    </message>
    <message>
        <source>Other versions</source>
        <translation>Autres versions</translation>
    </message>
    <message>
        <source>Every other version of the agreement, with its month on the axis.</source>
        <translation>Chacune des autres versions de l&apos;accord, avec son mois sur l&apos;axe.</translation>
    </message>
</context>
<context>
    <name>Dealscope::LoadingPlaceholder</name>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
</context>
<context>
    <name>Dealscope::MainWindow</name>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>As of:</source>
        <translation>Selon la version&#xa0;:</translation>
    </message>
    <message>
        <source>Show the agreement as this version left it</source>
        <translation>Afficher l&apos;accord tel que cette version l&apos;a laissé</translation>
    </message>
    <message>
        <source>Assume AGI verified in:</source>
        <translation>Supposer l&apos;AGI vérifiée en&#xa0;:</translation>
    </message>
    <message>
        <source>not assumed</source>
        <translation>non supposée</translation>
    </message>
    <message>
        <source>Terms that end at AGI verification end at the start of this year, as in the scenario model. Nobody knows when, or whether, the expert panel will verify AGI.</source>
        <translation>Les conditions qui prennent fin à la vérification de l&apos;AGI prennent fin au début de cette année, comme dans le modèle de scénario. Personne ne sait quand, ni si, le comité d&apos;experts vérifiera l&apos;AGI.</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Find clauses and events…</source>
        <translation>Rechercher des clauses et des événements…</translation>
    </message>
    <message>
        <source>Close Find Bar</source>
        <translation>Fermer la barre de recherche</translation>
    </message>
    <message>
        <source>%1 — Dealscope</source>
        <translation>%1 — Dealscope</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <source>Opened %1 (warnings: %2)</source>
        <translation>%1 ouvert (avertissements&#xa0;:&#xa0;%2)</translation>
    </message>
    <message>
        <source>Open Dataset</source>
        <translation>Ouvrir un jeu de données</translation>
    </message>
    <message>
        <source>Dealscope datasets (*.json);;All files (*)</source>
        <translation>Jeux de données Dealscope (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Further problems: %1 (see the details).</source>
        <translation>Autres problèmes&#xa0;:&#xa0;%1 (voir les détails).</translation>
    </message>
    <message>
        <source>Cannot Open Dataset</source>
        <translation>Impossible d&apos;ouvrir le jeu de données</translation>
    </message>
    <message>
        <source>%1 is not a valid Dealscope dataset. The current dataset stays open.</source>
        <translation>%1 n&apos;est pas un jeu de données Dealscope valide. Le jeu de données actuel reste ouvert.</translation>
    </message>
    <message>
        <source>Could not autosave the scenario (%1); retrying every 30 seconds.</source>
        <translation>Impossible d&apos;enregistrer automatiquement le scénario (%1)&#xa0;; nouvel essai toutes les 30 secondes.</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exporté</translation>
    </message>
    <message>
        <source>Next Pane</source>
        <translation>Panneau suivant</translation>
    </message>
    <message>
        <source>Move the focus to the next pane: toolbar, views, tree, timeline, details</source>
        <translation>Déplacer le focus vers le panneau suivant&#xa0;: barre d&apos;outils, vues, arborescence, chronologie, détails</translation>
    </message>
    <message>
        <source>Previous Pane</source>
        <translation>Panneau précédent</translation>
    </message>
    <message>
        <source>Move the focus to the previous pane</source>
        <translation>Déplacer le focus vers le panneau précédent</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Open the folder of the file just exported</source>
        <translation>Ouvrir le dossier du fichier qui vient d&apos;être exporté</translation>
    </message>
    <message>
        <source>Details and source</source>
        <translation>Détails et source</translation>
    </message>
    <message>
        <source>Find clauses and events</source>
        <translation>Rechercher des clauses et des événements</translation>
    </message>
</context>
<context>
    <name>Dealscope::MessageBar</name>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>Dealscope::OpenQuestionsHtml</name>
    <message>
        <source>Conflicting reports</source>
        <translation>Rapports contradictoires</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>confidence %1, no source</source>
        <translation>fiabilité %1, sans source</translation>
    </message>
    <message>
        <source>confidence %1; sources:</source>
        <translation>fiabilité %1&#xa0;; sources&#xa0;:</translation>
    </message>
    <message>
        <source>Clauses:</source>
        <translation>Clauses&#xa0;:</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Sources&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Dealscope::OpenQuestionsView</name>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Kind of open question</source>
        <translation>Type de question ouverte</translation>
    </message>
    <message>
        <source>Filter open questions…</source>
        <translation>Filtrer les questions ouvertes…</translation>
    </message>
    <message>
        <source>Filter open questions</source>
        <translation>Filtrer les questions ouvertes</translation>
    </message>
    <message>
        <source>Open questions</source>
        <translation>Questions ouvertes</translation>
    </message>
    <message>
        <source>No open question matches.</source>
        <translation>Aucune question ouverte ne correspond.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>Dealscope::RedlineHtml</name>
    <message>
        <source>New event</source>
        <translation>Nouvel événement</translation>
    </message>
    <message>
        <source>Clause or event</source>
        <translation>Clause ou événement</translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation>A&#xa0;:&#xa0;%1</translation>
    </message>
    <message>
        <source>B: %1</source>
        <translation>B&#xa0;:&#xa0;%1</translation>
    </message>
    <message>
        <source>Not in version B</source>
        <translation>Absente de la version B</translation>
    </message>
    <message>
        <source>Not in version A</source>
        <translation>Absente de la version A</translation>
    </message>
    <message>
        <source>Ends: %1</source>
        <translation>Fin&#xa0;:&#xa0;%1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut&#xa0;:&#xa0;%1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Sources&#xa0;:&#xa0;%1</translation>
    </message>
    <message>
        <source>Replaced by %1</source>
        <translation>Remplacée par %1</translation>
    </message>
    <message>
        <source>Replaces %1</source>
        <translation>Remplace %1</translation>
    </message>
    <message>
        <source>%1 only in version A; %2 only in version B.</source>
        <translation>%1 seulement dans la version A&#xa0;; %2 seulement dans la version B.</translation>
    </message>
    <message>
        <source>Struck through:</source>
        <translation>Barré&#xa0;:</translation>
    </message>
    <message>
        <source>underlined:</source>
        <translation>souligné&#xa0;:</translation>
    </message>
    <message>
        <source>Version A:</source>
        <translation>Version A&#xa0;:</translation>
    </message>
    <message>
        <source>Version B:</source>
        <translation>Version B&#xa0;:</translation>
    </message>
    <message>
        <source>No clause or event differs between these versions.</source>
        <translation>Aucune clause ni aucun événement ne diffère entre ces versions.</translation>
    </message>
    <message>
        <source>Redline:</source>
        <translation>Modifications&#xa0;:</translation>
    </message>
    <message>
        <source>Version A</source>
        <translation>Version A</translation>
    </message>
    <message>
        <source>Version B</source>
        <translation>Version B</translation>
    </message>
</context>
<context>
    <name>Dealscope::RedlinePdf</name>
    <message>
        <source>%1: changes from %2 to %3</source>
        <translation>%1&#xa0;: modifications de %2 à %3</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Dealscope::ReportQuestions</name>
    <message>
        <source>Open questions</source>
        <translation>Questions ouvertes</translation>
    </message>
    <message>
        <source>Conflicting reports and undisclosed terms (%1). They are shown as open, not as facts.</source>
        <translation>Rapports contradictoires et conditions non divulguées (%1). Ils sont présentés comme ouverts, non comme des faits.</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioAssumptions</name>
    <message>
        <source>Azure revenue FY25</source>
        <translation>Revenus Azure, exercice 2025</translation>
    </message>
    <message>
        <source>facts.md §3a: Azure FY25 more than $75B, +34% (A)</source>
        <translation>facts.md §3a&#xa0;: Azure, exercice 2025, plus de 75 Md $, +34&#xa0;% (A)</translation>
    </message>
    <message>
        <source>Azure growth, recent quarters</source>
        <translation>Croissance d&apos;Azure, derniers trimestres</translation>
    </message>
    <message>
        <source>facts.md §3a: Azure growth 39–40% from FY25 Q4 to FY26 Q3 (A/B); shifts FY25 to calendar 2025 as × (1 + g)^0.5 (assumption)</source>
        <translation>facts.md §3a&#xa0;: croissance d&apos;Azure de 39–40&#xa0;% du T4 de l&apos;exercice 2025 au T3 de l&apos;exercice 2026 (A/B)&#xa0;; ramène l&apos;exercice 2025 à l&apos;année civile 2025 par × (1 + g)^0.5 (hypothèse)</translation>
    </message>
    <message>
        <source>Baseline growth 2026</source>
        <translation>Croissance de référence 2026</translation>
    </message>
    <message>
        <source>Assumption: 2026 growth of the Azure revenue OpenAI does not drive, below the 39–40% total of facts.md §3a, which includes AI</source>
        <translation>Hypothèse&#xa0;: croissance en 2026 des revenus Azure non portés par OpenAI, inférieure aux 39–40&#xa0;% au total de facts.md §3a, qui incluent l&apos;IA</translation>
    </message>
    <message>
        <source>Baseline long-run growth</source>
        <translation>Croissance de référence à long terme</translation>
    </message>
    <message>
        <source>Assumption: the growth rate the baseline fades towards</source>
        <translation>Hypothèse&#xa0;: le taux de croissance vers lequel la référence converge</translation>
    </message>
    <message>
        <source>Baseline and SaaS growth fade</source>
        <translation>Atténuation de la croissance de référence et SaaS</translation>
    </message>
    <message>
        <source>Assumption: each year keeps this fraction of the excess of baseline and SaaS adoption growth over their long-run rates</source>
        <translation>Hypothèse&#xa0;: chaque année conserve cette fraction de l&apos;excédent de la croissance de référence et de la croissance de l&apos;adoption SaaS sur leurs taux à long terme</translation>
    </message>
    <message>
        <source>IaaS share of Azure 2025</source>
        <translation>Part d&apos;IaaS dans Azure en 2025</translation>
    </message>
    <message>
        <source>Assumption: Microsoft never published the IaaS/PaaS/SaaS split (facts.md §3a, X)</source>
        <translation>Hypothèse&#xa0;: Microsoft n&apos;a jamais publié la répartition IaaS/PaaS/SaaS (facts.md §3a, X)</translation>
    </message>
    <message>
        <source>PaaS share of Azure 2025</source>
        <translation>Part de PaaS dans Azure en 2025</translation>
    </message>
    <message>
        <source>Assumption: Microsoft never published the IaaS/PaaS/SaaS split (facts.md §3a, X); SaaS gets the rest</source>
        <translation>Hypothèse&#xa0;: Microsoft n&apos;a jamais publié la répartition IaaS/PaaS/SaaS (facts.md §3a, X)&#xa0;; le SaaS reçoit le reste</translation>
    </message>
    <message>
        <source>OpenAI revenue 2025</source>
        <translation>Revenus d&apos;OpenAI 2025</translation>
    </message>
    <message>
        <source>facts.md §3b: OpenAI 2025 revenue ~$13B (B)</source>
        <translation>facts.md §3b&#xa0;: revenus d&apos;OpenAI en 2025 ~13 Md $ (B)</translation>
    </message>
    <message>
        <source>OpenAI revenue growth 2026</source>
        <translation>Croissance des revenus d&apos;OpenAI 2026</translation>
    </message>
    <message>
        <source>facts.md §3b: projection ~$30B for 2026 (C), about +130%; default +120%</source>
        <translation>facts.md §3b&#xa0;: projection ~30 Md $ pour 2026 (C), environ +130&#xa0;%&#xa0;; par défaut +120&#xa0;%</translation>
    </message>
    <message>
        <source>OpenAI long-run growth</source>
        <translation>Croissance d&apos;OpenAI à long terme</translation>
    </message>
    <message>
        <source>Assumption: the rate OpenAI growth fades towards; the default path stays below the $200B projected for 2030 (facts.md §3b, C)</source>
        <translation>Hypothèse&#xa0;: le taux vers lequel la croissance d&apos;OpenAI converge&#xa0;; la trajectoire par défaut reste sous les 200 Md $ projetés pour 2030 (facts.md §3b, C)</translation>
    </message>
    <message>
        <source>OpenAI growth fade</source>
        <translation>Atténuation de la croissance d&apos;OpenAI</translation>
    </message>
    <message>
        <source>Assumption: each year keeps this fraction of the excess of OpenAI growth over its long-run rate</source>
        <translation>Hypothèse&#xa0;: chaque année conserve cette fraction de l&apos;excédent de la croissance d&apos;OpenAI sur son taux à long terme</translation>
    </message>
    <message>
        <source>OpenAI compute spend per revenue dollar</source>
        <translation>Dépenses de calcul d&apos;OpenAI par dollar de revenus</translation>
    </message>
    <message>
        <source>Assumption: facts.md §3b gives OpenAI&apos;s compute in GW only (1.9 GW in 2025, B), not in dollars</source>
        <translation>Hypothèse&#xa0;: facts.md §3b ne donne la capacité de calcul d&apos;OpenAI qu&apos;en GW (1,9 GW en 2025, B), pas en dollars</translation>
    </message>
    <message>
        <source>Azure share of OpenAI compute 2025</source>
        <translation>Part d&apos;Azure dans le calcul d&apos;OpenAI en 2025</translation>
    </message>
    <message>
        <source>Assumption: Oracle, AWS, CoreWeave and Google also supply OpenAI (facts.md §3d, B)</source>
        <translation>Hypothèse&#xa0;: Oracle, AWS, CoreWeave et Google approvisionnent aussi OpenAI (facts.md §3d, B)</translation>
    </message>
    <message>
        <source>Azure share of OpenAI compute 2030</source>
        <translation>Part d&apos;Azure dans le calcul d&apos;OpenAI en 2030</translation>
    </message>
    <message>
        <source>Assumption: linear path from 2025, flat after 2030, as the Oracle and AWS contracts ramp up (facts.md §3d, B)</source>
        <translation>Hypothèse&#xa0;: trajectoire linéaire à partir de 2025, stable après 2030, à mesure que les contrats avec Oracle et AWS montent en charge (facts.md §3d, B)</translation>
    </message>
    <message>
        <source>Azure commitment</source>
        <translation>Engagement Azure</translation>
    </message>
    <message>
        <source>facts.md §3c: $250B incremental Azure commitment (A)</source>
        <translation>facts.md §3c&#xa0;: engagement Azure supplémentaire de 250 Md $ (A)</translation>
    </message>
    <message>
        <source>Commitment first year</source>
        <translation>Première année de l&apos;engagement</translation>
    </message>
    <message>
        <source>Assumption: the payment schedule is undisclosed (facts.md §3c, X)</source>
        <translation>Hypothèse&#xa0;: le calendrier de paiement n&apos;est pas divulgué (facts.md §3c, X)</translation>
    </message>
    <message>
        <source>Commitment duration</source>
        <translation>Durée de l&apos;engagement</translation>
    </message>
    <message>
        <source>Assumption: schedule undisclosed (X); one analyst guesses it runs to about 2032 (facts.md §1a, C10)</source>
        <translation>Hypothèse&#xa0;: calendrier non divulgué (X)&#xa0;; un analyste estime qu&apos;il court jusqu&apos;en 2032 environ (facts.md §1a, C10)</translation>
    </message>
    <message>
        <source>Commitment ramp</source>
        <translation>Montée en charge de l&apos;engagement</translation>
    </message>
    <message>
        <source>Assumption: 0 spreads the commitment evenly over its years, 1 ramps it up linearly</source>
        <translation>Hypothèse&#xa0;: 0 répartit l&apos;engagement uniformément sur ses années, 1 le fait croître linéairement</translation>
    </message>
    <message>
        <source>OpenAI-driven PaaS 2025</source>
        <translation>PaaS portée par OpenAI 2025</translation>
    </message>
    <message>
        <source>Assumption: with the SaaS part near Microsoft&apos;s AI run rate, &gt; $13B (Jan 2025) to &gt; $37B (Apr 2026) (facts.md §3a, B)</source>
        <translation>Hypothèse&#xa0;: avec la part SaaS, proche du rythme annualisé des revenus IA de Microsoft, &gt; 13 Md $ (janv. 2025) à &gt; 37 Md $ (avr. 2026) (facts.md §3a, B)</translation>
    </message>
    <message>
        <source>PaaS kept after exclusivity</source>
        <translation>PaaS conservée après l&apos;exclusivité</translation>
    </message>
    <message>
        <source>Assumption: share of OpenAI-driven PaaS that stays on Azure once API exclusivity ends, with no Azure-first clause</source>
        <translation>Hypothèse&#xa0;: part de la PaaS portée par OpenAI qui reste sur Azure une fois l&apos;exclusivité de l&apos;API terminée, sans clause de priorité à Azure</translation>
    </message>
    <message>
        <source>PaaS kept with Azure first</source>
        <translation>PaaS conservée avec priorité à Azure</translation>
    </message>
    <message>
        <source>Assumption: the same share while OpenAI products ship first on Azure (N1, facts.md §1b, A)</source>
        <translation>Hypothèse&#xa0;: la même part tant que les produits OpenAI sortent d&apos;abord sur Azure (N1, facts.md §1b, A)</translation>
    </message>
    <message>
        <source>OpenAI-based SaaS 2025</source>
        <translation>SaaS basée sur OpenAI 2025</translation>
    </message>
    <message>
        <source>Assumption: Copilot, GitHub and Dynamics revenue built on OpenAI IP; see the AI run rate in facts.md §3a (B)</source>
        <translation>Hypothèse&#xa0;: revenus de Copilot, GitHub et Dynamics fondés sur la PI d&apos;OpenAI&#xa0;; voir le rythme annualisé des revenus IA dans facts.md §3a (B)</translation>
    </message>
    <message>
        <source>SaaS adoption growth 2026</source>
        <translation>Croissance de l&apos;adoption SaaS 2026</translation>
    </message>
    <message>
        <source>Assumption: below the +123% of Microsoft&apos;s AI run rate to Apr 2026 (facts.md §3a, B)</source>
        <translation>Hypothèse&#xa0;: inférieure aux +123&#xa0;% du rythme annualisé des revenus IA de Microsoft jusqu&apos;en avr. 2026 (facts.md §3a, B)</translation>
    </message>
    <message>
        <source>SaaS long-run growth</source>
        <translation>Croissance SaaS à long terme</translation>
    </message>
    <message>
        <source>Assumption: the rate SaaS adoption growth fades towards</source>
        <translation>Hypothèse&#xa0;: le taux vers lequel la croissance de l&apos;adoption SaaS converge</translation>
    </message>
    <message>
        <source>SaaS lost to a non-exclusive licence</source>
        <translation>SaaS perdue avec une licence non exclusive</translation>
    </message>
    <message>
        <source>Assumption: OpenAI-based SaaS lost once Microsoft&apos;s IP licence is non-exclusive (N3, facts.md §1b, A)</source>
        <translation>Hypothèse&#xa0;: SaaS basée sur OpenAI perdue dès que la licence de PI de Microsoft n&apos;est plus exclusive (N3, facts.md §1b, A)</translation>
    </message>
    <message>
        <source>SaaS lost when the IP term ends</source>
        <translation>SaaS perdue à la fin de la durée de la PI</translation>
    </message>
    <message>
        <source>Assumption: OpenAI-based SaaS lost once the IP term ends (end of 2032, C3/N3, facts.md §1a, A)</source>
        <translation>Hypothèse&#xa0;: SaaS basée sur OpenAI perdue à la fin de la durée de la PI (fin 2032, C3/N3, facts.md §1a, A)</translation>
    </message>
    <message>
        <source>SaaS lost when research IP ends</source>
        <translation>SaaS perdue à la fin de la PI de recherche</translation>
    </message>
    <message>
        <source>Assumption: OpenAI-based SaaS lost once research IP ends (earlier of AGI and 2030, C4, facts.md §1a, A)</source>
        <translation>Hypothèse&#xa0;: SaaS basée sur OpenAI perdue à la fin de la PI de recherche (AGI ou 2030, selon ce qui survient en premier, C4, facts.md §1a, A)</translation>
    </message>
    <message>
        <source>Revenue share rate 2025</source>
        <translation>Taux de partage des revenus 2025</translation>
    </message>
    <message>
        <source>facts.md §3c: 20% reported (B); the Apr 2026 terms keep the same percentage (A)</source>
        <translation>facts.md §3c&#xa0;: 20&#xa0;% selon les rapports (B)&#xa0;; les conditions d&apos;avr. 2026 conservent le même pourcentage (A)</translation>
    </message>
    <message>
        <source>Revenue share rate 2030</source>
        <translation>Taux de partage des revenus 2030</translation>
    </message>
    <message>
        <source>facts.md §3c: planned decline to ~10% by 2030 (B), ~8% in a later report (C); linear from 2025</source>
        <translation>facts.md §3c&#xa0;: baisse prévue à ~10&#xa0;% d&apos;ici 2030 (B), ~8&#xa0;% selon un rapport ultérieur (C)&#xa0;; linéaire à partir de 2025</translation>
    </message>
    <message>
        <source>Revenue share cap</source>
        <translation>Plafond du partage des revenus</translation>
    </message>
    <message>
        <source>facts.md §3c: total cap reported at $38B (B); applies under the Apr 2026 terms</source>
        <translation>facts.md §3c&#xa0;: plafond total rapporté de 38 Md $ (B)&#xa0;; s&apos;applique avec les conditions d&apos;avr. 2026</translation>
    </message>
    <message>
        <source>Microsoft&apos;s share to OpenAI</source>
        <translation>Part versée par Microsoft à OpenAI</translation>
    </message>
    <message>
        <source>facts.md §3c: ~20% of Azure OpenAI Service and Bing revenue (B); ended 27 Apr 2026 (A)</source>
        <translation>facts.md §3c&#xa0;: ~20&#xa0;% des revenus d&apos;Azure OpenAI Service et de Bing (B)&#xa0;; terminée le 27 avr. 2026 (A)</translation>
    </message>
    <message>
        <source>AGI verification year (median)</source>
        <translation>Année de vérification de l&apos;AGI (médiane)</translation>
    </message>
    <message>
        <source>Assumption: the panel, its criteria and any date are undisclosed (facts.md §1a, C2, X); nothing was verified up to Nov 2026</source>
        <translation>Hypothèse&#xa0;: le comité, ses critères et toute date ne sont pas divulgués (facts.md §1a, C2, X)&#xa0;; rien n&apos;a été vérifié jusqu&apos;en nov. 2026</translation>
    </message>
    <message>
        <source>AGI year spread</source>
        <translation>Dispersion de l&apos;année AGI</translation>
    </message>
    <message>
        <source>Assumption: standard deviation of the verification year in the Monte Carlo</source>
        <translation>Hypothèse&#xa0;: écart type de l&apos;année de vérification dans la simulation de Monte-Carlo</translation>
    </message>
    <message>
        <source>AGI not within the horizon</source>
        <translation>AGI hors de l&apos;horizon</translation>
    </message>
    <message>
        <source>Assumption: probability that no AGI verification happens within the horizon</source>
        <translation>Hypothèse&#xa0;: probabilité qu&apos;aucune vérification de l&apos;AGI n&apos;ait lieu dans l&apos;horizon</translation>
    </message>
    <message>
        <source>Azure and baseline growth</source>
        <translation>Croissance d&apos;Azure et de base</translation>
    </message>
    <message>
        <source>IaaS / PaaS / SaaS split (assumed)</source>
        <translation>Répartition IaaS / PaaS / SaaS (supposée)</translation>
    </message>
    <message>
        <source>OpenAI revenue</source>
        <translation>Revenus d&apos;OpenAI</translation>
    </message>
    <message>
        <source>IaaS: OpenAI compute on Azure</source>
        <translation>IaaS&#xa0;: calcul d&apos;OpenAI sur Azure</translation>
    </message>
    <message>
        <source>$250B Azure commitment</source>
        <translation>Engagement Azure de 250&#xa0;Md&#xa0;$</translation>
    </message>
    <message>
        <source>PaaS: OpenAI models on Azure</source>
        <translation>PaaS&#xa0;: modèles d&apos;OpenAI sur Azure</translation>
    </message>
    <message>
        <source>SaaS: products on OpenAI IP</source>
        <translation>SaaS&#xa0;: produits fondés sur la PI d&apos;OpenAI</translation>
    </message>
    <message>
        <source>Revenue share</source>
        <translation>Partage des revenus</translation>
    </message>
    <message>
        <source>AGI verification</source>
        <translation>Vérification de l&apos;AGI</translation>
    </message>
    <message>
        <source>years</source>
        <translation>ans</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioAutosave</name>
    <message>
        <source>An autosaved scenario could not be read (%1). It was set aside as %2.</source>
        <translation>Un scénario enregistré automatiquement n&apos;a pas pu être lu (%1). Il a été mis de côté sous&#xa0;%2.</translation>
    </message>
    <message>
        <source>An autosaved scenario could not be read (%1) nor set aside (%2).</source>
        <translation>Un scénario enregistré automatiquement n&apos;a pu être ni lu (%1) ni mis de côté (%2).</translation>
    </message>
    <message>
        <source>Restore Autosaved Scenario</source>
        <translation>Restaurer le scénario enregistré automatiquement</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>sans titre</translation>
    </message>
    <message>
        <source>Dealscope did not close properly. Restore the unsaved changes to the scenario “%1” (autosaved %2)?</source>
        <translation>Dealscope ne s&apos;est pas fermé correctement. Restaurer les modifications non enregistrées du scénario «&#xa0;%1&#xa0;» (enregistrées automatiquement le&#xa0;%2)&#xa0;?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioBridge</name>
    <message>
        <source>API exclusivity</source>
        <translation>Exclusivité de l’API</translation>
    </message>
    <message>
        <source>Azure first</source>
        <translation>Azure en premier</translation>
    </message>
    <message>
        <source>IP licence</source>
        <translation>Licence de PI</translation>
    </message>
    <message>
        <source>IP exclusivity</source>
        <translation>Exclusivité de la PI</translation>
    </message>
    <message>
        <source>Research IP</source>
        <translation>PI de recherche</translation>
    </message>
    <message>
        <source>Revenue share term</source>
        <translation>Durée du partage des revenus</translation>
    </message>
    <message>
        <source>Revenue share cap</source>
        <translation>Plafond du partage des revenus</translation>
    </message>
    <message>
        <source>Share paid to OpenAI</source>
        <translation>Part versée à OpenAI</translation>
    </message>
    <message>
        <source>Azure commitment</source>
        <translation>Engagement Azure</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioBridgeChart</name>
    <message>
        <source>Microsoft&apos;s OpenAI-driven revenue</source>
        <translation>revenus de Microsoft tirés par OpenAI</translation>
    </message>
    <message>
        <source>net revenue share</source>
        <translation>partage net des revenus</translation>
    </message>
    <message>
        <source>%1: select clause %2</source>
        <translation>%1&#xa0;: sélectionner la clause %2</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>Under the terms</source>
        <translation>Selon les conditions</translation>
    </message>
    <message>
        <source>Term adds</source>
        <translation>La condition ajoute</translation>
    </message>
    <message>
        <source>Term takes away</source>
        <translation>La condition retire</translation>
    </message>
    <message>
        <source>USD billions</source>
        <translation>Milliards USD</translation>
    </message>
    <message>
        <source>%1, cumulative %2–%3, term by term (illustrative)</source>
        <translation>%1, cumul %2–%3, condition par condition (illustratif)</translation>
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
        <translation>&amp;De&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;À&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>&amp;Mesure&#xa0;:</translation>
    </message>
    <message>
        <source>Microsoft total</source>
        <translation>Total Microsoft</translation>
    </message>
    <message>
        <source>Revenue share</source>
        <translation>Partage des revenus</translation>
    </message>
    <message>
        <source>Microsoft total: OpenAI-driven Azure revenue plus the revenue share, net of the share Microsoft paid OpenAI. Revenue share: that net share alone.</source>
        <translation>Total Microsoft&#xa0;: revenus Azure tirés par OpenAI plus le partage des revenus, net de la part versée par Microsoft à OpenAI. Partage des revenus&#xa0;: cette part nette seule.</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioChart</name>
    <message>
        <source>Calendar year</source>
        <translation>Année civile</translation>
    </message>
    <message>
        <source>Azure stack, USD billions</source>
        <translation>Pile Azure, milliards USD</translation>
    </message>
    <message>
        <source>Revenue share, USD billions</source>
        <translation>Partage des revenus, milliards USD</translation>
    </message>
    <message>
        <source>IaaS baseline</source>
        <translation>IaaS de référence</translation>
    </message>
    <message>
        <source>IaaS OpenAI-driven</source>
        <translation>IaaS portée par OpenAI</translation>
    </message>
    <message>
        <source>PaaS baseline</source>
        <translation>PaaS de référence</translation>
    </message>
    <message>
        <source>PaaS OpenAI-driven</source>
        <translation>PaaS portée par OpenAI</translation>
    </message>
    <message>
        <source>SaaS baseline</source>
        <translation>SaaS de référence</translation>
    </message>
    <message>
        <source>SaaS OpenAI-driven</source>
        <translation>SaaS portée par OpenAI</translation>
    </message>
    <message>
        <source>API exclusive to Azure</source>
        <translation>API exclusive à Azure</translation>
    </message>
    <message>
        <source>Revenue share (right axis)</source>
        <translation>Partage des revenus (axe de droite)</translation>
    </message>
    <message>
        <source>Compared (dashed)</source>
        <translation>Comparaison (tirets)</translation>
    </message>
    <message>
        <source>Compared: revenue share</source>
        <translation>Comparaison&#xa0;: partage des revenus</translation>
    </message>
    <message>
        <source>Azure stack by layer and revenue share, %1 (illustrative)</source>
        <translation>Pile Azure par couche et partage des revenus,&#xa0;%1 (illustratif)</translation>
    </message>
    <message>
        <source>AGI %1 (assumed)</source>
        <translation>AGI&#xa0;%1 (supposée)</translation>
    </message>
    <message>
        <source>2030: research IP, revenue share end</source>
        <translation>2030&#xa0;: fin de la PI de recherche et du partage des revenus</translation>
    </message>
    <message>
        <source>2030: research IP ends</source>
        <translation>2030&#xa0;: fin de la PI de recherche</translation>
    </message>
    <message>
        <source>2032: IP licence ends</source>
        <translation>2032&#xa0;: fin de la licence de PI</translation>
    </message>
    <message>
        <source>AGI %1 (model only)</source>
        <translation>AGI %1 (modèle seulement)</translation>
    </message>
    <message>
        <source>Revenue share cap reached</source>
        <translation>Plafond du partage des revenus atteint</translation>
    </message>
    <message>
        <source>Cap of $%1 B reached: no revenue share after %2</source>
        <translation>Plafond de&#xa0;%1 Md $ atteint&#xa0;: plus de partage des revenus après&#xa0;%2</translation>
    </message>
    <message>
        <source>AGI %1</source>
        <translation>AGI&#xa0;%1</translation>
    </message>
    <message>
        <source>Cap reached %1</source>
        <translation>Plafond atteint en&#xa0;%1</translation>
    </message>
    <message>
        <source>Compared (%1)</source>
        <translation>Comparaison (%1)</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Différence</translation>
    </message>
    <message>
        <source>Revenue share</source>
        <translation>Partage des revenus</translation>
    </message>
    <message>
        <source>Azure stack</source>
        <translation>Pile Azure</translation>
    </message>
    <message>
        <source>%1: IaaS %2, PaaS %3, SaaS %4, revenue share %5</source>
        <translation>%1&#xa0;: IaaS %2, PaaS %3, SaaS %4, partage des revenus %5</translation>
    </message>
    <message>
        <source>%1. %2. The Table tab gives every year.</source>
        <translation>%1. %2. L&apos;onglet «&#xa0;Tableau&#xa0;» présente toutes les années.</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioDocument</name>
    <message>
        <source>Defaults</source>
        <translation>Valeurs par défaut</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>sans titre</translation>
    </message>
    <message>
        <source>%1 (modified)</source>
        <translation>%1 (modifié)</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>modification de&#xa0;%1</translation>
    </message>
    <message>
        <source>Reset %1</source>
        <translation>réinitialisation de&#xa0;%1</translation>
    </message>
    <message>
        <source>Switch to %1</source>
        <translation>passage à&#xa0;%1</translation>
    </message>
    <message>
        <source>Load %1</source>
        <translation>chargement de&#xa0;%1</translation>
    </message>
    <message>
        <source>Assume AGI verified in %1</source>
        <translation>hypothèse d&apos;une vérification de l&apos;AGI en&#xa0;%1</translation>
    </message>
    <message>
        <source>Do not assume AGI verification</source>
        <translation>sans hypothèse de vérification de l&apos;AGI</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>ouverture de&#xa0;%1</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioEditor</name>
    <message>
        <source>Scenario as JSON</source>
        <translation>Scénario en JSON</translation>
    </message>
    <message>
        <source>The scenario changed in the panel. Your edits are not applied: apply them over it, or reload the panel&apos;s scenario (Undo in the editor brings your text back).</source>
        <translation>Le scénario a changé dans le panneau. Vos modifications ne sont pas appliquées&#xa0;: appliquez-les par-dessus, ou rechargez le scénario du panneau (Annuler dans l&apos;éditeur rétablit votre texte).</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Problems in the scenario</source>
        <translation>Problèmes dans le scénario</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>Update the sliders and the chart from this text (%1); Undo takes it back</source>
        <translation>Mettre à jour les curseurs et le graphique à partir de ce texte (%1)&#xa0;; Annuler revient en arrière</translation>
    </message>
    <message>
        <source>Reload from Panel</source>
        <translation>Recharger depuis le panneau</translation>
    </message>
    <message>
        <source>Replace the text with the panel&apos;s scenario; Undo in the editor brings it back</source>
        <translation>Remplacer le texte par le scénario du panneau&#xa0;; Annuler dans l&apos;éditeur le rétablit</translation>
    </message>
    <message>
        <source>Apply Scenario</source>
        <translation>Appliquer le scénario</translation>
    </message>
    <message>
        <source>Reload Scenario from Panel</source>
        <translation>Recharger le scénario depuis le panneau</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>sans titre</translation>
    </message>
    <message>
        <source>Scenario “%1” as JSON · edited, not applied</source>
        <translation>Scénario «&#xa0;%1&#xa0;» en JSON · modifié, non appliqué</translation>
    </message>
    <message>
        <source>Scenario “%1” as JSON</source>
        <translation>Scénario «&#xa0;%1&#xa0;» en JSON</translation>
    </message>
    <message>
        <source>The scenario model needs the Microsoft–OpenAI dataset; nothing can be applied.</source>
        <translation>Le modèle de scénario nécessite le jeu de données Microsoft–OpenAI&#xa0;; rien ne peut être appliqué.</translation>
    </message>
    <message>
        <source>Edited, not applied.</source>
        <translation>Modifié, non appliqué.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): the text cannot be applied.</source>
        <translation>
            <numerusform>%n erreur&#xa0;: le texte ne peut pas être appliqué.</numerusform>
            <numerusform>%n erreurs&#xa0;: le texte ne peut pas être appliqué.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): fix them to apply, or the text they name would be ignored.</source>
        <translation>
            <numerusform>%n avertissement&#xa0;: corrigez-le pour appliquer, sinon le texte qu&apos;il signale serait ignoré.</numerusform>
            <numerusform>%n avertissements&#xa0;: corrigez-les pour appliquer, sinon le texte qu&apos;ils signalent serait ignoré.</numerusform>
        </translation>
    </message>
    <message>
        <source>Valid, not applied yet: Apply (%1) updates the sliders and the chart.</source>
        <translation>Valide, pas encore appliqué&#xa0;: Appliquer (%1) met à jour les curseurs et le graphique.</translation>
    </message>
    <message>
        <source>The panel&apos;s scenario. Edit it here, then apply.</source>
        <translation>Le scénario du panneau. Modifiez-le ici, puis appliquez-le.</translation>
    </message>
    <message numerus="yes">
        <source>Not applied: %n problem(s) in the text (listed below).</source>
        <translation>
            <numerusform>Non appliqué&#xa0;:&#xa0;%n problème dans le texte (liste ci-dessous).</numerusform>
            <numerusform>Non appliqué&#xa0;:&#xa0;%n problèmes dans le texte (liste ci-dessous).</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit Scenario as JSON</source>
        <translation>modification du scénario en JSON</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioFanChart</name>
    <message>
        <source>Calendar year</source>
        <translation>Année civile</translation>
    </message>
    <message>
        <source>Azure stack, USD billions</source>
        <translation>Pile Azure, milliards USD</translation>
    </message>
    <message>
        <source>Revenue share, USD billions</source>
        <translation>Partage des revenus, milliards USD</translation>
    </message>
    <message>
        <source>Azure stack p10–p90</source>
        <translation>Pile Azure p10–p90</translation>
    </message>
    <message>
        <source>Azure stack p50</source>
        <translation>Pile Azure p50</translation>
    </message>
    <message>
        <source>Revenue share p10–p90 (right axis)</source>
        <translation>Partage des revenus p10–p90 (axe de droite)</translation>
    </message>
    <message>
        <source>Revenue share p50 (right axis)</source>
        <translation>Partage des revenus p50 (axe de droite)</translation>
    </message>
    <message>
        <source>AGI-year uncertainty, p10–p90 of %1 samples (illustrative): a narrow band, under these terms the AGI year barely matters</source>
        <translation>Incertitude sur l&apos;année de l&apos;AGI, p10–p90 sur&#xa0;%1 tirages (illustratif)&#xa0;: bande étroite, avec ces conditions l&apos;année de l&apos;AGI ne compte presque pas</translation>
    </message>
    <message>
        <source>AGI-year uncertainty, p10–p90 of %1 samples, every other assumption as set (illustrative)</source>
        <translation>Incertitude sur l&apos;année de l&apos;AGI, p10–p90 sur&#xa0;%1 tirages, toutes les autres hypothèses telles que réglées (illustratif)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>a range of amounts</comment>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Azure stack in %1: p10 %2, median %3, p90 %4</source>
        <translation>Pile Azure en %1&#xa0;: p10 %2, médiane %3, p90 %4</translation>
    </message>
    <message>
        <source>%1. %2. The Table tab gives every year&apos;s percentiles.</source>
        <translation>%1. %2. L&apos;onglet «&#xa0;Tableau&#xa0;» présente les centiles de chaque année.</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioFiles</name>
    <message>
        <source>Open &amp;Scenario…</source>
        <translation>Ouvrir un &amp;scénario…</translation>
    </message>
    <message>
        <source>Sa&amp;ve Scenario As…</source>
        <translation>Enregistrer le scénario so&amp;us…</translation>
    </message>
    <message>
        <source>Open a Dealscope scenario file</source>
        <translation>Ouvrir un fichier de scénario Dealscope</translation>
    </message>
    <message>
        <source>Save the scenario&apos;s regime, horizon and changed assumptions</source>
        <translation>Enregistrer le régime contractuel, l&apos;horizon et les hypothèses modifiées du scénario</translation>
    </message>
    <message>
        <source>Further problems: %1 (see the details).</source>
        <translation>Autres problèmes&#xa0;:&#xa0;%1 (voir les détails).</translation>
    </message>
    <message>
        <source>Cannot Open Scenario</source>
        <translation>Impossible d&apos;ouvrir le scénario</translation>
    </message>
    <message>
        <source>%1 is not a valid Dealscope scenario. The current scenario is kept.</source>
        <translation>%1 n&apos;est pas un scénario Dealscope valide. Le scénario actuel est conservé.</translation>
    </message>
    <message>
        <source>Opened scenario %1</source>
        <translation>Scénario&#xa0;%1 ouvert</translation>
    </message>
    <message>
        <source>Opened scenario %1 (warnings: %2)</source>
        <translation>Scénario&#xa0;%1 ouvert (avertissements&#xa0;:&#xa0;%2)</translation>
    </message>
    <message>
        <source>Cannot Save Scenario</source>
        <translation>Impossible d&apos;enregistrer le scénario</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Impossible d&apos;écrire&#xa0;%1&#xa0;:&#xa0;%2</translation>
    </message>
    <message>
        <source>Saved scenario %1</source>
        <translation>Scénario&#xa0;%1 enregistré</translation>
    </message>
    <message>
        <source>Open Scenario</source>
        <translation>Ouvrir un scénario</translation>
    </message>
    <message>
        <source>Dealscope scenarios (*.dealscope-scenario.json *.json);;All files (*)</source>
        <translation>Scénarios Dealscope (*.dealscope-scenario.json *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>scénario</translation>
    </message>
    <message>
        <source>Save Scenario As</source>
        <translation>Enregistrer le scénario sous</translation>
    </message>
    <message>
        <source>Dealscope scenarios (*.dealscope-scenario.json)</source>
        <translation>Scénarios Dealscope (*.dealscope-scenario.json)</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 existe déjà. Le remplacer&#xa0;?</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioLabels</name>
    <message>
        <source>Bear preset</source>
        <translation>Préréglage pessimiste</translation>
    </message>
    <message>
        <source>Base preset</source>
        <translation>Préréglage de base</translation>
    </message>
    <message>
        <source>Bull preset</source>
        <translation>Préréglage optimiste</translation>
    </message>
    <message>
        <source>%1, same assumptions</source>
        <translation>%1, mêmes hypothèses</translation>
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
        <translation>&amp;Conditions&#xa0;:</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Préréglages</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Comparer avec</translation>
    </message>
    <message>
        <source>Draw a second scenario dashed on the chart</source>
        <translation>Tracer un second scénario en tirets sur le graphique</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Rien</translation>
    </message>
    <message>
        <source>The other terms, same assumptions</source>
        <translation>Les autres conditions, mêmes hypothèses</translation>
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
        <translation>Pile Azure</translation>
    </message>
    <message>
        <source>Revenue share</source>
        <translation>Partage des revenus</translation>
    </message>
    <message>
        <source>OpenAI-driven share of the stack</source>
        <translation>Part de la pile portée par OpenAI</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilité</translation>
    </message>
    <message>
        <source>AGI-year fan</source>
        <translation>Éventail de l&apos;année AGI</translation>
    </message>
    <message>
        <source>&lt;b&gt;Illustrative model — not a forecast&lt;/b&gt;, nor legal or investment advice. The IaaS/PaaS/SaaS split is not published by Microsoft: it is an assumption, as is every value marked “assumption”.</source>
        <translation>&lt;b&gt;Modèle illustratif — pas une prévision&lt;/b&gt;, ni un conseil juridique ou en investissement. La répartition IaaS/PaaS/SaaS n&apos;est pas publiée par Microsoft&#xa0;: c&apos;est une hypothèse, comme toute valeur marquée «&#xa0;hypothèse&#xa0;».</translation>
    </message>
    <message>
        <source>The scenario model needs the Microsoft–OpenAI agreement&apos;s versions of 28 Oct 2025 and 27 Apr 2026; the open dataset lacks them.</source>
        <translation>Le modèle de scénario nécessite les versions de l&apos;accord Microsoft–OpenAI du 28 oct. 2025 et du 27 avr. 2026&#xa0;; le jeu de données ouvert ne les contient pas.</translation>
    </message>
    <message>
        <source>⚠ not published by Microsoft</source>
        <translation>⚠ non publié par Microsoft</translation>
    </message>
    <message>
        <source>Microsoft reports “Azure and other cloud services” without an IaaS / PaaS / SaaS split (fact sheet §3a, X). The split here is an assumption.</source>
        <translation>Microsoft publie «&#xa0;Azure et autres services cloud&#xa0;» sans répartition IaaS / PaaS / SaaS (fiche d&apos;information §3a, X). La répartition présentée ici est une hypothèse.</translation>
    </message>
    <message>
        <source>◆ driven by the selected clause</source>
        <translation>◆ déterminé par la clause sélectionnée</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>Scénario&#xa0;:&#xa0;%1</translation>
    </message>
    <message>
        <source>Cumulative %1–%2, USD billions:</source>
        <translation>Cumul&#xa0;%1–%2, milliards USD&#xa0;:</translation>
    </message>
    <message>
        <source>OpenAI-driven share of the stack &lt;b&gt;%1 %&lt;/b&gt;</source>
        <translation>Part de la pile portée par OpenAI &lt;b&gt;%1&#xa0;%&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Dashed: %1</source>
        <translation>En tirets&#xa0;:&#xa0;%1</translation>
    </message>
    <message>
        <source>Loaded the %1</source>
        <translation>%1 chargé</translation>
    </message>
    <message>
        <source>%1 (not usable)</source>
        <translation>%1 (inutilisable)</translation>
    </message>
    <message>
        <source>The model cannot run under this version: %1</source>
        <translation>Le modèle ne peut pas fonctionner sous cette version&#xa0;: %1</translation>
    </message>
    <message>
        <source>The contract terms the projection runs under: each version of the agreement whose terms the model can read, with the dates the dataset gives</source>
        <translation>Les conditions contractuelles de la projection&#xa0;: chaque version de l’accord dont le modèle peut lire les conditions, avec les dates du jeu de données</translation>
    </message>
    <message>
        <source>Bridge</source>
        <translation>Pont</translation>
    </message>
    <message>
        <source>Scenario views</source>
        <translation>Vues du scénario</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioRegime</name>
    <message>
        <source>Oct 2025 terms</source>
        <translation>Conditions d&apos;oct. 2025</translation>
    </message>
    <message>
        <source>Apr 2026 terms</source>
        <translation>Conditions d&apos;avr. 2026</translation>
    </message>
    <message>
        <source>Terms of version %1</source>
        <translation>Conditions de la version %1</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <extracomment>A QDate format for the month and year of a version whose terms are a regime, as in &quot;Oct 2025 terms&quot;.</extracomment>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <source>%1 terms</source>
        <translation>Conditions de %1</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioSlider</name>
    <message>
        <source>$%1 B</source>
        <translation>%1 Md $</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%1 ×</source>
        <translation>%1 ×</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 ans</translation>
    </message>
    <message>
        <source>Range %1 to %2; default %3.</source>
        <translation>Plage de&#xa0;%1 à&#xa0;%2&#xa0;; par défaut&#xa0;%3.</translation>
    </message>
    <message>
        <source>assumption</source>
        <translation>hypothèse</translation>
    </message>
    <message>
        <source>No published figure: the default is an assumption of the model.</source>
        <translation>Aucun chiffre publié&#xa0;: la valeur par défaut est une hypothèse du modèle.</translation>
    </message>
    <message>
        <source>source %1</source>
        <translation>source&#xa0;%1</translation>
    </message>
    <message>
        <source>The default rests on a reported figure (confidence %1 in the fact sheet).</source>
        <translation>La valeur par défaut repose sur un chiffre rapporté (fiabilité&#xa0;%1 dans la fiche d&apos;information).</translation>
    </message>
    <message>
        <source> B</source>
        <translation> Md</translation>
    </message>
    <message>
        <source> %</source>
        <translation>&#xa0;%</translation>
    </message>
    <message>
        <source> ×</source>
        <translation> ×</translation>
    </message>
    <message>
        <source> yr</source>
        <translation> ans</translation>
    </message>
    <message>
        <source>Reset to the default (%1)</source>
        <translation>Réinitialiser à la valeur par défaut (%1)</translation>
    </message>
    <message>
        <source>Reset %1</source>
        <translation>Réinitialiser&#xa0;%1</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioTableModel</name>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Paid by OpenAI to Microsoft; outside the Azure stack</source>
        <translation>Versé par OpenAI à Microsoft&#xa0;; hors pile Azure</translation>
    </message>
    <message>
        <source>Share of the year in which OpenAI&apos;s API was exclusive to Azure</source>
        <translation>Part de l&apos;année pendant laquelle l&apos;API d&apos;OpenAI était exclusive à Azure</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Total&#xa0;%1</translation>
    </message>
    <message>
        <source>CAGR %1</source>
        <translation>TCAC&#xa0;%1</translation>
    </message>
    <message>
        <source>The OpenAI-driven parts of IaaS, PaaS and SaaS together (USD billions)</source>
        <translation>Les parts d&apos;IaaS, de PaaS et de SaaS portées par OpenAI, cumulées (milliards USD)</translation>
    </message>
    <message>
        <source>IaaS
$B</source>
        <translation>IaaS
Md $</translation>
    </message>
    <message>
        <source>PaaS
$B</source>
        <translation>PaaS
Md $</translation>
    </message>
    <message>
        <source>SaaS
$B</source>
        <translation>SaaS
Md $</translation>
    </message>
    <message>
        <source>Azure stack
$B</source>
        <translation>Pile Azure
Md $</translation>
    </message>
    <message>
        <source>OpenAI-driven
$B</source>
        <translation>Portée par OpenAI
Md $</translation>
    </message>
    <message>
        <source>Revenue share
$B</source>
        <translation>Partage des revenus
Md $</translation>
    </message>
    <message>
        <source>Stack + share
$B</source>
        <translation>Pile + partage
Md $</translation>
    </message>
    <message>
        <source>API exclusivity
share of year</source>
        <translation>Exclusivité de l&apos;API
part de l&apos;année</translation>
    </message>
    <message>
        <source>Baseline %1, OpenAI-driven %2 (USD billions)</source>
        <translation>Référence %1, portée par OpenAI %2 (milliards USD)</translation>
    </message>
    <message>
        <source>The scenario as set</source>
        <translation>Le scénario tel que réglé</translation>
    </message>
    <message>
        <source>Compared: %1</source>
        <translation>Comparaison&#xa0;: %1</translation>
    </message>
    <message>
        <source>The scenario minus the compared one</source>
        <translation>Le scénario moins celui comparé</translation>
    </message>
    <message>
        <source>Azure
stack</source>
        <translation>Pile
Azure</translation>
    </message>
    <message>
        <source>Revenue
share</source>
        <translation>Partage
des revenus</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>scénario</translation>
    </message>
    <message>
        <source>compared</source>
        <translation>comparé</translation>
    </message>
    <message>
        <source>difference</source>
        <translation>différence</translation>
    </message>
    <message>
        <source>%1
%2
$B</source>
        <comment>a quantity, then scenario, compared or difference</comment>
        <translation>%1
%2
Md $</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioTablePage</name>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>Projection by year</source>
        <translation>Projection par année</translation>
    </message>
    <message>
        <source>Sensitivity of each assumption</source>
        <translation>Sensibilité de chaque hypothèse</translation>
    </message>
    <message>
        <source>AGI-year fan (percentiles)</source>
        <translation>Éventail de l’année de l’AGI (centiles)</translation>
    </message>
    <message>
        <source>Every chart&apos;s figures as a table, readable with the keyboard and a screen reader</source>
        <translation>Les chiffres de chaque graphique sous forme de tableau, lisibles au clavier et avec un lecteur d’écran</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioTornadoChart</name>
    <message>
        <source>Assumption at its minimum</source>
        <translation>Hypothèse à son minimum</translation>
    </message>
    <message>
        <source>Assumption at its maximum</source>
        <translation>Hypothèse à son maximum</translation>
    </message>
    <message>
        <source>Change, USD billions</source>
        <translation>Variation, milliards USD</translation>
    </message>
    <message>
        <source>Sensitivity of cumulative Microsoft revenue 2025–%2 (base $%1 B): each assumption at its minimum and maximum, all else as set — illustrative</source>
        <translation>Sensibilité du chiffre d&apos;affaires cumulé de Microsoft 2025–%2 (base&#xa0;%1 Md $)&#xa0;: chaque hypothèse à son minimum et à son maximum, tout le reste tel que réglé — illustratif</translation>
    </message>
    <message>
        <source>Change from the base of %1, USD billions</source>
        <translation>Variation par rapport à la base de&#xa0;%1, milliards USD</translation>
    </message>
    <message>
        <source>Base: %1, cumulative %2–%3</source>
        <translation>Base&#xa0;: %1, cumul %2–%3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a series and the assumption&apos;s setting</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, total %2</source>
        <comment>a change and the total it leads to</comment>
        <translation>%1, total %2</translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation>%1 de %2 à %3</translation>
    </message>
    <message>
        <source>Base %1. Largest swings: %2. The Table tab gives every assumption.</source>
        <translation>Base %1. Plus fortes variations&#xa0;: %2. L&apos;onglet «&#xa0;Tableau&#xa0;» présente toutes les hypothèses.</translation>
    </message>
</context>
<context>
    <name>Dealscope::SensitivityTableModel</name>
    <message>
        <source>Base, cumulative %1–%2</source>
        <translation>Base, cumul %1–%2</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>Hypothèse</translation>
    </message>
    <message>
        <source>Low
setting</source>
        <translation>Valeur
basse</translation>
    </message>
    <message>
        <source>Change
at low</source>
        <translation>Variation
en bas</translation>
    </message>
    <message>
        <source>High
setting</source>
        <translation>Valeur
haute</translation>
    </message>
    <message>
        <source>Change
at high</source>
        <translation>Variation
en haut</translation>
    </message>
</context>
<context>
    <name>Dealscope::SettingsRecovery</name>
    <message>
        <source>it is not a regular file</source>
        <translation>ce n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>it is larger than %1 MiB</source>
        <translation>il dépasse&#xa0;%1 Mio</translation>
    </message>
    <message>
        <source>it cannot be read: %1</source>
        <translation>il ne peut pas être lu&#xa0;:&#xa0;%1</translation>
    </message>
    <message>
        <source>it contains binary data</source>
        <translation>il contient des données binaires</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>ce n&apos;est pas du texte UTF-8</translation>
    </message>
    <message>
        <source>line %1 opens a section without closing it</source>
        <translation>la ligne&#xa0;%1 ouvre une section sans la fermer</translation>
    </message>
    <message>
        <source>it is not in the settings format</source>
        <translation>il n&apos;est pas au format des paramètres</translation>
    </message>
    <message>
        <source>The settings file %1 could not be used (%2) nor set aside (%3); Dealscope started with default settings.</source>
        <translation>Le fichier de paramètres&#xa0;%1 n&apos;a pu être ni utilisé (%2) ni mis de côté (%3)&#xa0;; Dealscope a démarré avec les paramètres par défaut.</translation>
    </message>
    <message>
        <source>The settings file %1 could not be used (%2). It was set aside as %3 and Dealscope started with default settings.</source>
        <translation>Le fichier de paramètres&#xa0;%1 n&apos;a pas pu être utilisé (%2). Il a été mis de côté sous&#xa0;%3 et Dealscope a démarré avec les paramètres par défaut.</translation>
    </message>
</context>
<context>
    <name>Dealscope::SourceView</name>
    <message>
        <source>Selected item</source>
        <translation>Élément sélectionné</translation>
    </message>
    <message>
        <source>Whole dataset</source>
        <translation>Jeu de données entier</translation>
    </message>
    <message>
        <source>Show the selected clause&apos;s or event&apos;s entry only, or the whole dataset file</source>
        <translation>Afficher uniquement l&apos;entrée de la clause ou de l&apos;événement sélectionné, ou tout le fichier du jeu de données</translation>
    </message>
    <message>
        <source>Source shown</source>
        <translation>Source affichée</translation>
    </message>
    <message>
        <source>Dataset source</source>
        <translation>Source du jeu de données</translation>
    </message>
    <message>
        <source>No dataset is open.</source>
        <translation>Aucun jeu de données n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>Select a clause or an event to see its entry in the dataset file.</source>
        <translation>Sélectionnez une clause ou un événement pour voir son entrée dans le fichier du jeu de données.</translation>
    </message>
    <message>
        <source>“%1” groups entries and has none of its own in the dataset file. Select one of its clauses or events, or show the whole dataset.</source>
        <translation>«&#xa0;%1&#xa0;» regroupe des entrées et n&apos;en a aucune en propre dans le fichier du jeu de données. Sélectionnez l&apos;une de ses clauses ou l&apos;un de ses événements, ou affichez tout le jeu de données.</translation>
    </message>
    <message>
        <source>%1 · lines %2–%3</source>
        <translation>%1 · lignes&#xa0;%2–%3</translation>
    </message>
    <message>
        <source>%1 · %2, lines %3–%4</source>
        <translation>%1 ·&#xa0;%2, lignes&#xa0;%3–%4</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n lines</source>
        <translation>
            <numerusform>%1 ·&#xa0;%n ligne</numerusform>
            <numerusform>%1 ·&#xa0;%n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Scenario (editable)</source>
        <translation>Scénario (modifiable)</translation>
    </message>
    <message>
        <source>Show the selected clause&apos;s or event&apos;s entry, the whole dataset file, or the current scenario as JSON to edit and apply</source>
        <translation>Afficher l&apos;entrée de la clause ou de l&apos;événement sélectionné, tout le fichier du jeu de données, ou le scénario actuel en JSON pour le modifier et l&apos;appliquer</translation>
    </message>
</context>
<context>
    <name>Dealscope::StartPage</name>
    <message>
        <source>The deal at a glance</source>
        <translation>L&apos;accord en un coup d&apos;œil</translation>
    </message>
    <message>
        <source>the end of %1</source>
        <translation>fin %1</translation>
    </message>
    <message>
        <source>The dataset has no version of the agreement yet.</source>
        <translation>Le jeu de données ne contient encore aucune version de l&apos;accord.</translation>
    </message>
    <message>
        <source>Version shown: %1, %2.</source>
        <translation>Version affichée&#xa0;: %1, %2.</translation>
    </message>
    <message>
        <source>Every line links to its clause; select it to see the details and sources.</source>
        <translation>Chaque ligne renvoie à sa clause&#xa0;; sélectionnez-la pour voir les détails et les sources.</translation>
    </message>
    <message>
        <source>Facts checked on %1.</source>
        <translation>Faits vérifiés le %1.</translation>
    </message>
    <message>
        <source>Who gets what</source>
        <translation>Qui obtient quoi</translation>
    </message>
    <message>
        <source>No clause is in force as of this version.</source>
        <translation>Aucune clause n&apos;est en vigueur dans cette version.</translation>
    </message>
    <message>
        <source>confidence %1</source>
        <translation>fiabilité %1</translation>
    </message>
    <message>
        <source>no end date stated</source>
        <translation>aucune date de fin indiquée</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>until the earlier of %1</source>
        <translation>jusqu&apos;au premier des termes suivants&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (assumed for %2)</source>
        <translation>%1 (supposé au %2)</translation>
    </message>
    <message>
        <source>%1 (no date known)</source>
        <translation>%1 (date inconnue)</translation>
    </message>
    <message>
        <source>Key dates</source>
        <translation>Dates clés</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Figures: %1</source>
        <translation>Chiffres&#xa0;: %1</translation>
    </message>
    <message>
        <source>these terms run out:</source>
        <translation>ces clauses expirent&#xa0;:</translation>
    </message>
    <message>
        <source>assumed for %1</source>
        <translation>supposé au %1</translation>
    </message>
    <message>
        <source>no date known</source>
        <translation>date inconnue</translation>
    </message>
    <message>
        <source>these terms end then:</source>
        <translation>ces clauses prennent fin alors&#xa0;:</translation>
    </message>
    <message>
        <source>What changed on %1</source>
        <translation>Ce qui a changé le %1</translation>
    </message>
    <message>
        <source>Compared with %1, %2.</source>
        <translation>Par rapport à %1, %2.</translation>
    </message>
    <message>
        <source>This version changed no clause.</source>
        <translation>Cette version n&apos;a modifié aucune clause.</translation>
    </message>
    <message>
        <source>Still unknown</source>
        <translation>Encore inconnu</translation>
    </message>
    <message>
        <source>The dataset lists no open question for this version.</source>
        <translation>Le jeu de données ne signale aucune question ouverte pour cette version.</translation>
    </message>
    <message>
        <source>Clauses:</source>
        <translation>Clauses&#xa0;:</translation>
    </message>
    <message>
        <source>still standing: confidence %1</source>
        <extracomment>How sure it is that a clause still stands as of the version shown, when that differs from the clause&apos;s</extracomment>
        <translation>toujours en vigueur&#xa0;: confiance %1</translation>
    </message>
    <message>
        <source>Conflicting reports</source>
        <translation>Rapports contradictoires</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
</context>
<context>
    <name>Dealscope::TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Clauses of the agreement as bars from start to end, and events as markers, in one lane per category</source>
        <translation>Les clauses de l&apos;accord sous forme de barres du début à la fin, et les événements sous forme de repères, sur une ligne par catégorie</translation>
    </message>
    <message>
        <source>an unresolved milestone</source>
        <translation>un jalon non résolu</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>No end stated: runs on indefinitely.</source>
        <translation>Aucune fin indiquée&#xa0;: se poursuit indéfiniment.</translation>
    </message>
    <message>
        <source>Ends %1.</source>
        <translation>Prend fin le&#xa0;%1.</translation>
    </message>
    <message>
        <source>Ends at the milestone &quot;%1&quot;; no date is known.</source>
        <translation>Prend fin au jalon «&#xa0;%1&#xa0;»&#xa0;; aucune date n&apos;est connue.</translation>
    </message>
    <message>
        <source>Ends at the earlier of &quot;%1&quot; and %2.</source>
        <translation>Prend fin à la première des deux échéances&#xa0;: «&#xa0;%1&#xa0;» ou le&#xa0;%2.</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Date&#xa0;:&#xa0;%1</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>À partir du&#xa0;%1</translation>
    </message>
    <message>
        <source>Confidence: %1</source>
        <translation>Fiabilité&#xa0;:&#xa0;%1</translation>
    </message>
    <message>
        <source>a milestone</source>
        <translation>un jalon</translation>
    </message>
    <message>
        <source>until %1 · date unknown</source>
        <translation>jusqu&apos;à&#xa0;%1 · date inconnue</translation>
    </message>
    <message>
        <source>or sooner, at %1</source>
        <translation>ou plus tôt, lors de&#xa0;%1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Assume AGI Verified in %1</source>
        <translation>Supposer l&apos;AGI vérifiée en %1</translation>
    </message>
    <message>
        <source>Do Not Assume AGI Verification</source>
        <translation>Ne pas supposer de vérification de l&apos;AGI</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clause(s)</source>
        <translation>
            <numerusform>%n clause</numerusform>
            <numerusform>%n clauses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dealscope::UndoAction</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler&#xa0;%1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir&#xa0;%1</translation>
    </message>
</context>
<context>
    <name>Dealscope::UnsavedScenarioPrompt</name>
    <message>
        <source>Unsaved Scenario</source>
        <translation>Scénario non enregistré</translation>
    </message>
    <message>
        <source>The scenario has changes that are not saved to a file.</source>
        <translation>Le scénario comporte des modifications qui ne sont enregistrées dans aucun fichier.</translation>
    </message>
    <message>
        <source>Save them before closing? Discarded changes cannot be recovered.</source>
        <translation>Les enregistrer avant de fermer&#xa0;? Les modifications abandonnées ne pourront pas être récupérées.</translation>
    </message>
</context>
<context>
    <name>Dealscope::UserGuideWindow</name>
    <message>
        <source>Dealscope User Guide</source>
        <translation>Guide de l’utilisateur de Dealscope</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide de l’utilisateur</translation>
    </message>
</context>
<context>
    <name>Dealscope::VersionAnnouncer</name>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n nouvelle</numerusform>
            <numerusform>%n nouvelles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n amended</source>
        <translation>
            <numerusform>%n modifiée</numerusform>
            <numerusform>%n modifiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ended</source>
        <translation>
            <numerusform>%n terminée</numerusform>
            <numerusform>%n terminées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not restated</source>
        <translation>
            <numerusform>%n non reprise</numerusform>
            <numerusform>%n non reprises</numerusform>
        </translation>
    </message>
    <message>
        <source>Now showing %1: no clause changed</source>
        <translation>Version affichée désormais&#xa0;: %1 — aucune clause modifiée</translation>
    </message>
    <message>
        <source>Now showing %1: %2</source>
        <translation>Version affichée désormais&#xa0;: %1 — %2</translation>
    </message>
</context>
<context>
    <name>Dealscope::VersionComparison</name>
    <message>
        <source>no end stated</source>
        <translation>aucune fin prévue</translation>
    </message>
    <message>
        <source>through %1</source>
        <translation>jusqu&apos;en %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>%1, whichever comes first</source>
        <translation>%1, selon l&apos;échéance la plus proche</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajoutée</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Amended</source>
        <translation>Modifiée</translation>
    </message>
    <message>
        <source>Not restated</source>
        <translation>Non reprise</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
</context>
<context>
    <name>Dealscope::WindowPages</name>
    <message>
        <source>At a Glance</source>
        <translation>En un coup d’œil</translation>
    </message>
    <message>
        <source>Explorer</source>
        <translation>Explorateur</translation>
    </message>
    <message>
        <source>Scenario (illustrative)</source>
        <translation>Scénario (illustratif)</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Open Questions</source>
        <translation>Questions ouvertes</translation>
    </message>
    <message>
        <source>The Deal at a &amp;Glance</source>
        <translation>L’accord en un &amp;coup d’œil</translation>
    </message>
    <message>
        <source>&amp;Explorer</source>
        <translation>&amp;Explorateur</translation>
    </message>
    <message>
        <source>&amp;Scenario</source>
        <translation>S&amp;cénario</translation>
    </message>
    <message>
        <source>&amp;Articles</source>
        <translation>Ar&amp;ticles</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>C&amp;omparer</translation>
    </message>
    <message>
        <source>Open &amp;Questions</source>
        <translation>&amp;Questions ouvertes</translation>
    </message>
    <message>
        <source>What each party gets, the key dates, what changed last and what is still unknown</source>
        <translation>Ce que reçoit chaque partie, les dates clés, ce qui a changé en dernier et ce qui reste inconnu</translation>
    </message>
    <message>
        <source>The clauses, their timeline and the details of the selected one</source>
        <translation>Les clauses, leur chronologie et les détails de l&apos;élément sélectionné</translation>
    </message>
    <message>
        <source>An illustrative model of Azure revenue under the agreement&apos;s terms</source>
        <translation>Un modèle illustratif des revenus Azure selon les conditions de l&apos;accord</translation>
    </message>
    <message>
        <source>Explainer articles on the agreement and its amendment</source>
        <translation>Articles explicatifs sur l&apos;accord et son avenant</translation>
    </message>
    <message>
        <source>Two versions of the agreement compared, wording beside wording</source>
        <translation>Deux versions de l&apos;accord comparées, libellé contre libellé</translation>
    </message>
    <message>
        <source>Every point the sources disagree on or leave unknown, with each claim and its sources</source>
        <translation>Chaque point sur lequel les sources divergent ou restent muettes, avec chaque affirmation et ses sources</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
</context>
<context>
    <name>Dealscope::ZoomActions</name>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Fit Selection</source>
        <translation>A&amp;juster à la sélection</translation>
    </message>
    <message>
        <source>Fit the selected clauses and events across the timeline, or everything</source>
        <translation>Ajuster les clauses et événements sélectionnés à la largeur de la chronologie, ou tout afficher</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>Réinitialiser le &amp;zoom</translation>
    </message>
    <message>
        <source>Back to the whole timeline, as it opens</source>
        <translation>Revenir à la chronologie entière, telle qu&apos;à l&apos;ouverture</translation>
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
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Window</source>
        <translation>Fe&amp;nêtre</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;Open Dataset…</source>
        <translation>&amp;Ouvrir un jeu de données…</translation>
    </message>
    <message>
        <source>Open another agreement described in the Dealscope dataset format</source>
        <translation>Ouvrir un autre accord décrit au format de jeu de données Dealscope</translation>
    </message>
    <message>
        <source>Open &amp;Bundled Dataset</source>
        <translation>Ouvrir le jeu de données &amp;fourni</translation>
    </message>
    <message>
        <source>Return to the Microsoft–OpenAI dataset that ships with Dealscope</source>
        <translation>Revenir au jeu de données Microsoft–OpenAI livré avec Dealscope</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Re&amp;chercher…</translation>
    </message>
    <message>
        <source>Find clauses and events by title, wording or source</source>
        <translation>Rechercher des clauses et des événements par titre, libellé ou source</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Rechercher le &amp;suivant</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Rechercher le &amp;précédent</translation>
    </message>
    <message>
        <source>F&amp;ilter Clauses</source>
        <translation>&amp;Filtrer les clauses</translation>
    </message>
    <message>
        <source>Show only the clauses and events that match a text</source>
        <translation>Afficher uniquement les clauses et les événements qui correspondent à un texte</translation>
    </message>
    <message>
        <source>&amp;Previous Version</source>
        <translation>Version &amp;précédente</translation>
    </message>
    <message>
        <source>Show the agreement as the previous version left it</source>
        <translation>Afficher l&apos;accord tel que la version précédente l&apos;a laissé</translation>
    </message>
    <message>
        <source>&amp;Next Version</source>
        <translation>Version &amp;suivante</translation>
    </message>
    <message>
        <source>Show the agreement as the next version left it</source>
        <translation>Afficher l&apos;accord tel que la version suivante l&apos;a laissé</translation>
    </message>
    <message>
        <source>Ass&amp;ume AGI Verification…</source>
        <translation>Supposer la vérification de l&apos;&amp;AGI…</translation>
    </message>
    <message>
        <source>Assume a year for the verification of AGI, so that terms ending then get a date</source>
        <translation>Supposer une année pour la vérification de l&apos;AGI, afin que les conditions qui prennent fin à ce moment-là reçoivent une date</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>&amp;Réinitialiser la disposition</translation>
    </message>
    <message>
        <source>Put the docks and toolbars back where they were at first start</source>
        <translation>Remettre les panneaux et les barres d&apos;outils à leur place du premier démarrage</translation>
    </message>
    <message>
        <source>&amp;About Dealscope</source>
        <translation>À &amp;propos de Dealscope</translation>
    </message>
    <message>
        <source>Show &amp;Changes</source>
        <translation>Afficher les &amp;modifications</translation>
    </message>
    <message>
        <source>Mark what the selected version introduced, amended, ended or did not restate</source>
        <translation>Marquer ce que la version sélectionnée a introduit, modifié, terminé ou non repris</translation>
    </message>
    <message>
        <source>&amp;Export Chart…</source>
        <translation>&amp;Exporter le graphique…</translation>
    </message>
    <message>
        <source>Save the scenario chart shown as PNG, SVG or PDF</source>
        <translation>Enregistrer le graphique de scénario affiché en PNG, SVG ou PDF</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export &amp;Timeline…</source>
        <translation>Exporter la &amp;chronologie…</translation>
    </message>
    <message>
        <source>Save the timeline as PNG, SVG or PDF</source>
        <translation>Enregistrer la chronologie en PNG, SVG ou PDF</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>Export T&amp;able…</source>
        <translation>Exporter un &amp;tableau…</translation>
    </message>
    <message>
        <source>Save a table (projection, sensitivity, fan, clauses or events) as CSV</source>
        <translation>Enregistrer un tableau (projection, sensibilité, éventail, clauses ou événements) en CSV</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation>Exporter le &amp;rapport…</translation>
    </message>
    <message>
        <source>Save a PDF report: clauses in force, timeline, scenario charts and sources</source>
        <translation>Enregistrer un rapport PDF&#xa0;: clauses en vigueur, chronologie, graphiques du scénario et sources</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Print the timeline, or the scenario chart when the Scenario view is shown, with a preview</source>
        <translation>Imprimer la chronologie, ou le graphique du scénario quand la vue Scénario est affichée, avec un aperçu</translation>
    </message>
</context>
</TS>
