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
        <translation>non vérifié : à traiter comme inconnu</translation>
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
        <source>Ends</source>
        <translation>Fin</translation>
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
        <translation>Terminée le %1</translation>
    </message>
    <message>
        <source>end of %1</source>
        <translation>fin %1</translation>
    </message>
    <message>
        <source>No end stated</source>
        <translation>Aucune fin indiquée</translation>
    </message>
    <message>
        <source>At %1 (no date)</source>
        <translation>Lors de %1 (sans date)</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>%1, or %2 if earlier</source>
        <translation>%1, ou %2 si antérieur</translation>
    </message>
    <message>
        <source>Ends: %1</source>
        <translation>Fin : %1</translation>
    </message>
    <message>
        <source>Confidence: %1</source>
        <translation>Fiabilité : %1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Sources : %1</translation>
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
        <translation>La version « %1 » ne peut pas être affichée : %2</translation>
    </message>
    <message>
        <source>This article cannot be shown.</source>
        <translation>Cet article ne peut pas être affiché.</translation>
    </message>
    <message>
        <source>English: not translated</source>
        <translation>Anglais : non traduit</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>1 résultat</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>%1 résultats</translation>
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
</context>
<context>
    <name>Dealscope::DetailsFormatter</name>
    <message>
        <source>%1 — parts range from %2 to %3</source>
        <translation>%1 — les parties vont de %2 à %3</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>environ %1</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>plus de %1</translation>
    </message>
    <message>
        <source>See:</source>
        <translation>Voir :</translation>
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
        <translation>selon %1</translation>
    </message>
    <message>
        <source>As first agreed:</source>
        <translation>Telle que convenue initialement :</translation>
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
        <translation>Cette fin dépend d&apos;un jalon sans date connue : %1. Supposez une date via Affichage › Supposer la vérification de l&apos;AGI pour voir la durée s&apos;y terminer.</translation>
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
        <source>%1 versions, %2 clauses, %3 dated events, %4 open questions, %5 sources.</source>
        <translation>%1 versions, %2 clauses, %3 événements datés, %4 questions ouvertes, %5 sources.</translation>
    </message>
    <message>
        <source>Facts last checked on %1.</source>
        <translation>Faits vérifiés pour la dernière fois le %1.</translation>
    </message>
    <message>
        <source>Select a clause or an event in the tree or on the timeline to see its terms, history, confidence and sources.</source>
        <translation>Sélectionnez une clause ou un événement dans l&apos;arborescence ou sur la chronologie pour voir ses conditions, son historique, sa fiabilité et ses sources.</translation>
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
    <name>Dealscope::MainWindow</name>
    <message>
        <source>Clauses</source>
        <translation>Clauses</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Scenario (illustrative)</source>
        <translation>Scénario (illustratif)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>As of:</source>
        <translation>Selon la version :</translation>
    </message>
    <message>
        <source>Show the agreement as this version left it</source>
        <translation>Afficher l&apos;accord tel que cette version l&apos;a laissé</translation>
    </message>
    <message>
        <source>Assume AGI verified in:</source>
        <translation>Supposer l&apos;AGI vérifiée en :</translation>
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
        <source>Found: %1</source>
        <translation>Trouvé : %1</translation>
    </message>
    <message>
        <source>Nothing matches “%1”</source>
        <translation>Aucun résultat pour « %1 »</translation>
    </message>
    <message>
        <source>As of %1 (%2): %3 clauses in force or not restated</source>
        <translation>Selon %1 (%2) : %3 clauses en vigueur ou non reprises</translation>
    </message>
    <message>
        <source>AGI verification assumed in %1</source>
        <translation>Vérification de l&apos;AGI supposée en %1</translation>
    </message>
    <message>
        <source>AGI verification unresolved</source>
        <translation>Vérification de l&apos;AGI non résolue</translation>
    </message>
    <message>
        <source>facts checked %1</source>
        <translation>faits vérifiés le %1</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <source>Opened %1 (warnings: %2)</source>
        <translation>%1 ouvert (avertissements : %2)</translation>
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
        <translation>Autres problèmes : %1 (voir les détails).</translation>
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
        <source>About Dealscope</source>
        <translation>À propos de Dealscope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Dealscope %1&lt;/h3&gt;&lt;p&gt;An explorer for business agreements: their clauses, versions and timeline.&lt;/p&gt;&lt;p&gt;The bundled dataset describes the Microsoft–OpenAI partnership from public sources; it is not legal or investment advice.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Dealscope %1&lt;/h3&gt;&lt;p&gt;Un explorateur d&apos;accords commerciaux : leurs clauses, leurs versions et leur chronologie.&lt;/p&gt;&lt;p&gt;Le jeu de données fourni décrit le partenariat Microsoft–OpenAI à partir de sources publiques ; il ne constitue ni un conseil juridique ni un conseil en investissement.&lt;/p&gt;</translation>
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
        <translation>Comparaison : partage des revenus</translation>
    </message>
    <message>
        <source>Azure stack by layer and revenue share, %1 (illustrative)</source>
        <translation>Pile Azure par couche et partage des revenus, %1 (illustratif)</translation>
    </message>
    <message>
        <source>AGI %1 (assumed)</source>
        <translation>AGI %1 (supposée)</translation>
    </message>
    <message>
        <source>2030: research IP, revenue share end</source>
        <translation>2030 : fin de la PI de recherche et du partage des revenus</translation>
    </message>
    <message>
        <source>2030: research IP ends</source>
        <translation>2030 : fin de la PI de recherche</translation>
    </message>
    <message>
        <source>2032: IP licence ends</source>
        <translation>2032 : fin de la licence de PI</translation>
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
        <translation>Incertitude sur l&apos;année de l&apos;AGI, p10–p90 sur %1 tirages (illustratif) : bande étroite, avec ces conditions l&apos;année de l&apos;AGI ne compte presque pas</translation>
    </message>
    <message>
        <source>AGI-year uncertainty, p10–p90 of %1 samples, every other assumption as set (illustrative)</source>
        <translation>Incertitude sur l&apos;année de l&apos;AGI, p10–p90 sur %1 tirages, toutes les autres hypothèses telles que réglées (illustratif)</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioPanel</name>
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
        <source>Open &amp;Scenario…</source>
        <translation>Ouvrir un &amp;scénario…</translation>
    </message>
    <message>
        <source>Save Scenario &amp;As…</source>
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
        <source>Defaults</source>
        <translation>Valeurs par défaut</translation>
    </message>
    <message>
        <source>The contract terms the projection runs under; their dates are read from the dataset&apos;s versions of 28 Oct 2025 and 27 Apr 2026</source>
        <translation>Les conditions contractuelles sous lesquelles la projection est calculée ; leurs dates proviennent des versions du jeu de données du 28 oct. 2025 et du 27 avr. 2026</translation>
    </message>
    <message>
        <source>&amp;Terms:</source>
        <translation>&amp;Conditions :</translation>
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
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
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
        <translation>&lt;b&gt;Modèle illustratif — pas une prévision&lt;/b&gt;, ni un conseil juridique ou en investissement. La répartition IaaS/PaaS/SaaS n&apos;est pas publiée par Microsoft : c&apos;est une hypothèse, comme toute valeur marquée « hypothèse ».</translation>
    </message>
    <message>
        <source>The scenario model needs the Microsoft–OpenAI agreement&apos;s versions of 28 Oct 2025 and 27 Apr 2026; the open dataset lacks them.</source>
        <translation>Le modèle de scénario nécessite les versions de l&apos;accord Microsoft–OpenAI du 28 oct. 2025 et du 27 avr. 2026 ; le jeu de données ouvert ne les contient pas.</translation>
    </message>
    <message>
        <source>⚠ not published by Microsoft</source>
        <translation>⚠ non publié par Microsoft</translation>
    </message>
    <message>
        <source>Microsoft reports “Azure and other cloud services” without an IaaS / PaaS / SaaS split (fact sheet §3a, X). The split here is an assumption.</source>
        <translation>Microsoft publie « Azure et autres services cloud » sans répartition IaaS / PaaS / SaaS (fiche d&apos;information §3a, X). La répartition présentée ici est une hypothèse.</translation>
    </message>
    <message>
        <source>◆ driven by the selected clause</source>
        <translation>◆ déterminé par la clause sélectionnée</translation>
    </message>
    <message>
        <source>Reset %1</source>
        <translation>réinitialisation de %1</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>modification de %1</translation>
    </message>
    <message>
        <source>Switch to %1</source>
        <translation>passage à %1</translation>
    </message>
    <message>
        <source>Assume AGI verified in %1</source>
        <translation>hypothèse d&apos;une vérification de l&apos;AGI en %1</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>Scénario : %1</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>sans titre</translation>
    </message>
    <message>
        <source>Cumulative %1–%2, USD billions:</source>
        <translation>Cumul %1–%2, milliards USD :</translation>
    </message>
    <message>
        <source>OpenAI-driven share of the stack &lt;b&gt;%1 %&lt;/b&gt;</source>
        <translation>Part de la pile portée par OpenAI &lt;b&gt;%1 %&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1, same assumptions</source>
        <translation>%1, mêmes hypothèses</translation>
    </message>
    <message>
        <source>Dashed: %1</source>
        <translation>En tirets : %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Load %1</source>
        <translation>chargement de %1</translation>
    </message>
    <message>
        <source>Loaded the %1</source>
        <translation>%1 chargé</translation>
    </message>
    <message>
        <source>Further problems: %1 (see the details).</source>
        <translation>Autres problèmes : %1 (voir les détails).</translation>
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
        <source>Open %1</source>
        <translation>ouverture de %1</translation>
    </message>
    <message>
        <source>Opened scenario %1</source>
        <translation>Scénario %1 ouvert</translation>
    </message>
    <message>
        <source>Opened scenario %1 (warnings: %2)</source>
        <translation>Scénario %1 ouvert (avertissements : %2)</translation>
    </message>
    <message>
        <source>Cannot Save Scenario</source>
        <translation>Impossible d&apos;enregistrer le scénario</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Saved scenario %1</source>
        <translation>Scénario %1 enregistré</translation>
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
</context>
<context>
    <name>Dealscope::ScenarioSlider</name>
    <message>
        <source>$%1 B</source>
        <translation>%1 Md $</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
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
        <translation>Plage de %1 à %2 ; par défaut %3.</translation>
    </message>
    <message>
        <source>assumption</source>
        <translation>hypothèse</translation>
    </message>
    <message>
        <source>No published figure: the default is an assumption of the model.</source>
        <translation>Aucun chiffre publié : la valeur par défaut est une hypothèse du modèle.</translation>
    </message>
    <message>
        <source>source %1</source>
        <translation>source %1</translation>
    </message>
    <message>
        <source>The default rests on a reported figure (confidence %1 in the fact sheet).</source>
        <translation>La valeur par défaut repose sur un chiffre rapporté (fiabilité %1 dans la fiche d&apos;information).</translation>
    </message>
    <message>
        <source> B</source>
        <translation> Md</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
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
        <translation>Réinitialiser %1</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioTableModel</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Paid by OpenAI to Microsoft; outside the Azure stack</source>
        <translation>Versé par OpenAI à Microsoft ; hors pile Azure</translation>
    </message>
    <message>
        <source>Share of the year in which OpenAI&apos;s API was exclusive to Azure</source>
        <translation>Part de l&apos;année pendant laquelle l&apos;API d&apos;OpenAI était exclusive à Azure</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <source>CAGR %1</source>
        <translation>TCAC %1</translation>
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
        <translation>Sensibilité du chiffre d&apos;affaires cumulé de Microsoft 2025–%2 (base %1 Md $) : chaque hypothèse à son minimum et à son maximum, tout le reste tel que réglé — illustratif</translation>
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
        <translation>« %1 » regroupe des entrées et n&apos;en a aucune en propre dans le fichier du jeu de données. Sélectionnez l&apos;une de ses clauses ou l&apos;un de ses événements, ou affichez tout le jeu de données.</translation>
    </message>
    <message>
        <source>%1 · lines %2–%3</source>
        <translation>%1 · lignes %2–%3</translation>
    </message>
    <message>
        <source>%1 · %2, lines %3–%4</source>
        <translation>%1 · %2, lignes %3–%4</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n lines</source>
        <translation>
            <numerusform>%1 · %n ligne</numerusform>
            <numerusform>%1 · %n lignes</numerusform>
        </translation>
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
        <translation>Aucune fin indiquée : se poursuit indéfiniment.</translation>
    </message>
    <message>
        <source>Ends %1.</source>
        <translation>Prend fin le %1.</translation>
    </message>
    <message>
        <source>Ends at the milestone &quot;%1&quot;; no date is known.</source>
        <translation>Prend fin au jalon « %1 » ; aucune date n&apos;est connue.</translation>
    </message>
    <message>
        <source>Ends at the earlier of &quot;%1&quot; and %2.</source>
        <translation>Prend fin à la première des deux échéances : « %1 » ou le %2.</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Date : %1</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>À partir du %1</translation>
    </message>
    <message>
        <source>Confidence: %1</source>
        <translation>Fiabilité : %1</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 événement</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 événements</translation>
    </message>
    <message>
        <source>1 clause</source>
        <translation>1 clause</translation>
    </message>
    <message>
        <source>%1 clauses</source>
        <translation>%1 clauses</translation>
    </message>
    <message>
        <source>a milestone</source>
        <translation>un jalon</translation>
    </message>
    <message>
        <source>until %1 · date unknown</source>
        <translation>jusqu&apos;à %1 · date inconnue</translation>
    </message>
    <message>
        <source>or sooner, at %1</source>
        <translation>ou plus tôt, lors de %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
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
        <source>Assume &amp;AGI Verification…</source>
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
</context>
</TS>
