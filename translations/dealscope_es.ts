<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Dealscope</name>
    <message>
        <source>Not yet agreed</source>
        <translation>Aún no acordada</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>En vigor</translation>
    </message>
    <message>
        <source>Not restated</source>
        <translation>No reiterada</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Finalizada</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Vencida</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>Reaffirmed</source>
        <translation>Reafirmada</translation>
    </message>
    <message>
        <source>Amended</source>
        <translation>Modificada</translation>
    </message>
    <message>
        <source>official text (company post, filing, earnings call)</source>
        <translation>texto oficial (publicación de la empresa, documento regulatorio, conferencia de resultados)</translation>
    </message>
    <message>
        <source>several independent reports agree</source>
        <translation>varios informes independientes coinciden</translation>
    </message>
    <message>
        <source>a single or weak source, or sources disagree</source>
        <translation>una fuente única o débil, o fuentes que discrepan</translation>
    </message>
    <message>
        <source>not verified: treat as unknown</source>
        <translation>no verificado: tratar como desconocido</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>Inversión</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation>Enmienda</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Declaración</translation>
    </message>
    <message>
        <source>Cloud deal</source>
        <translation>Contrato de nube</translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>Disputa</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>Gobernanza</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Financiación</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Legal</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
</context>
<context>
    <name>Dealscope::AgreementModel</name>
    <message>
        <source>Clause</source>
        <translation>Cláusula</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Fiabilidad</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Dated events around the agreement</source>
        <translation>Eventos fechados en torno al acuerdo</translation>
    </message>
    <message>
        <source>Ended %1</source>
        <translation>Finalizada el %1</translation>
    </message>
    <message>
        <source>end of %1</source>
        <translation>fin de %1</translation>
    </message>
    <message>
        <source>No end stated</source>
        <translation>Sin fin indicado</translation>
    </message>
    <message>
        <source>At %1 (no date)</source>
        <translation>Con %1 (sin fecha)</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>%1, or %2 if earlier</source>
        <translation>%1, o %2 si es anterior</translation>
    </message>
    <message>
        <source>Ends: %1</source>
        <translation>Fin: %1</translation>
    </message>
    <message>
        <source>Confidence: %1</source>
        <translation>Fiabilidad: %1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Fuentes: %1</translation>
    </message>
</context>
<context>
    <name>Dealscope::ArticleView</name>
    <message>
        <source>Parallel</source>
        <translation>Paralelo</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Show a second language side by side, paragraph by paragraph</source>
        <translation>Mostrar un segundo idioma al lado, párrafo a párrafo</translation>
    </message>
    <message>
        <source>Second language</source>
        <translation>Segundo idioma</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>Texto del artículo</translation>
    </message>
    <message>
        <source>Find in article…</source>
        <translation>Buscar en el artículo…</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Find previous (Shift+Enter)</source>
        <translation>Buscar anterior (Mayús+Intro)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Find next (Enter)</source>
        <translation>Buscar siguiente (Intro)</translation>
    </message>
    <message>
        <source>No articles are available.</source>
        <translation>No hay artículos disponibles.</translation>
    </message>
    <message>
        <source>The %1 version cannot be shown: %2</source>
        <translation>No se puede mostrar la versión «%1»: %2</translation>
    </message>
    <message>
        <source>This article cannot be shown.</source>
        <translation>No se puede mostrar este artículo.</translation>
    </message>
    <message>
        <source>English: not translated</source>
        <translation>Inglés: sin traducir</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Sin coincidencias</translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>1 coincidencia</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>%1 coincidencias</translation>
    </message>
</context>
<context>
    <name>Dealscope::ClauseTreePanel</name>
    <message>
        <source>Filter clauses and events…</source>
        <translation>Filtrar cláusulas y eventos…</translation>
    </message>
    <message>
        <source>Keep the clauses and events whose title, wording or source contains every word</source>
        <translation>Conservar las cláusulas y eventos cuyo título, redacción o fuente contengan todas las palabras</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>Cláusulas</translation>
    </message>
</context>
<context>
    <name>Dealscope::DetailsFormatter</name>
    <message>
        <source>%1 — parts range from %2 to %3</source>
        <translation>%1 — las partes van de %2 a %3</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>aproximadamente %1</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>hasta %1</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>más de %1</translation>
    </message>
    <message>
        <source>See:</source>
        <translation>Véase:</translation>
    </message>
    <message>
        <source>Conflicting reports</source>
        <translation>Informes contradictorios</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>según %1</translation>
    </message>
    <message>
        <source>As first agreed:</source>
        <translation>Según lo acordado inicialmente:</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Vigencia</translation>
    </message>
    <message>
        <source>not yet agreed</source>
        <translation>aún no acordada</translation>
    </message>
    <message>
        <source>This end depends on a milestone with no known date: %1. Assume a date under View › Assume AGI Verification to see the term end there.</source>
        <translation>Este fin depende de un hito sin fecha conocida: %1. Suponga una fecha en Ver › Suponer la verificación de la AGI para ver terminar ahí la vigencia.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Fiabilidad</translation>
    </message>
    <message>
        <source>Open questions</source>
        <translation>Preguntas abiertas</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Cifras</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>Cláusulas</translation>
    </message>
    <message>
        <source>%1 versions, %2 clauses, %3 dated events, %4 open questions, %5 sources.</source>
        <translation>%1 versiones, %2 cláusulas, %3 eventos fechados, %4 preguntas abiertas, %5 fuentes.</translation>
    </message>
    <message>
        <source>Facts last checked on %1.</source>
        <translation>Datos comprobados por última vez el %1.</translation>
    </message>
    <message>
        <source>Select a clause or an event in the tree or on the timeline to see its terms, history, confidence and sources.</source>
        <translation>Seleccione una cláusula o un evento en el árbol o en la cronología para ver sus condiciones, historial, fiabilidad y fuentes.</translation>
    </message>
</context>
<context>
    <name>Dealscope::DetailsPane</name>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
</context>
<context>
    <name>Dealscope::MainWindow</name>
    <message>
        <source>Clauses</source>
        <translation>Cláusulas</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>Scenario (illustrative)</source>
        <translation>Escenario (ilustrativo)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>As of:</source>
        <translation>Según la versión:</translation>
    </message>
    <message>
        <source>Show the agreement as this version left it</source>
        <translation>Mostrar el acuerdo tal como lo dejó esta versión</translation>
    </message>
    <message>
        <source>Assume AGI verified in:</source>
        <translation>Suponer la AGI verificada en:</translation>
    </message>
    <message>
        <source>not assumed</source>
        <translation>sin suponer</translation>
    </message>
    <message>
        <source>Terms that end at AGI verification end at the start of this year, as in the scenario model. Nobody knows when, or whether, the expert panel will verify AGI.</source>
        <translation>Las condiciones que terminan con la verificación de la AGI terminan al comienzo de este año, como en el modelo de escenario. Nadie sabe cuándo, ni si, el panel de expertos verificará la AGI.</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Find clauses and events…</source>
        <translation>Buscar cláusulas y eventos…</translation>
    </message>
    <message>
        <source>Close Find Bar</source>
        <translation>Cerrar la barra de búsqueda</translation>
    </message>
    <message>
        <source>%1 — Dealscope</source>
        <translation>%1 — Dealscope</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>Encontrado: %1</translation>
    </message>
    <message>
        <source>Nothing matches “%1”</source>
        <translation>Nada coincide con «%1»</translation>
    </message>
    <message>
        <source>As of %1 (%2): %3 clauses in force or not restated</source>
        <translation>Según %1 (%2): %3 cláusulas en vigor o no reiteradas</translation>
    </message>
    <message>
        <source>AGI verification assumed in %1</source>
        <translation>Verificación de la AGI supuesta en %1</translation>
    </message>
    <message>
        <source>AGI verification unresolved</source>
        <translation>Verificación de la AGI sin resolver</translation>
    </message>
    <message>
        <source>facts checked %1</source>
        <translation>datos comprobados el %1</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 abierto</translation>
    </message>
    <message>
        <source>Opened %1 (warnings: %2)</source>
        <translation>%1 abierto (advertencias: %2)</translation>
    </message>
    <message>
        <source>Open Dataset</source>
        <translation>Abrir conjunto de datos</translation>
    </message>
    <message>
        <source>Dealscope datasets (*.json);;All files (*)</source>
        <translation>Conjuntos de datos de Dealscope (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Further problems: %1 (see the details).</source>
        <translation>Otros problemas: %1 (vea los detalles).</translation>
    </message>
    <message>
        <source>Cannot Open Dataset</source>
        <translation>No se puede abrir el conjunto de datos</translation>
    </message>
    <message>
        <source>%1 is not a valid Dealscope dataset. The current dataset stays open.</source>
        <translation>%1 no es un conjunto de datos de Dealscope válido. El conjunto de datos actual sigue abierto.</translation>
    </message>
    <message>
        <source>About Dealscope</source>
        <translation>Acerca de Dealscope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Dealscope %1&lt;/h3&gt;&lt;p&gt;An explorer for business agreements: their clauses, versions and timeline.&lt;/p&gt;&lt;p&gt;The bundled dataset describes the Microsoft–OpenAI partnership from public sources; it is not legal or investment advice.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Dealscope %1&lt;/h3&gt;&lt;p&gt;Un explorador de acuerdos comerciales: sus cláusulas, versiones y cronología.&lt;/p&gt;&lt;p&gt;El conjunto de datos incluido describe la asociación entre Microsoft y OpenAI a partir de fuentes públicas; no constituye asesoramiento legal ni de inversión.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioChart</name>
    <message>
        <source>Calendar year</source>
        <translation>Año natural</translation>
    </message>
    <message>
        <source>Azure stack, USD billions</source>
        <translation>Pila de Azure, miles de millones de USD</translation>
    </message>
    <message>
        <source>Revenue share, USD billions</source>
        <translation>Participación en los ingresos, miles de millones de USD</translation>
    </message>
    <message>
        <source>IaaS baseline</source>
        <translation>IaaS de referencia</translation>
    </message>
    <message>
        <source>IaaS OpenAI-driven</source>
        <translation>IaaS impulsada por OpenAI</translation>
    </message>
    <message>
        <source>PaaS baseline</source>
        <translation>PaaS de referencia</translation>
    </message>
    <message>
        <source>PaaS OpenAI-driven</source>
        <translation>PaaS impulsada por OpenAI</translation>
    </message>
    <message>
        <source>SaaS baseline</source>
        <translation>SaaS de referencia</translation>
    </message>
    <message>
        <source>SaaS OpenAI-driven</source>
        <translation>SaaS impulsada por OpenAI</translation>
    </message>
    <message>
        <source>API exclusive to Azure</source>
        <translation>API exclusiva de Azure</translation>
    </message>
    <message>
        <source>Revenue share (right axis)</source>
        <translation>Participación en los ingresos (eje derecho)</translation>
    </message>
    <message>
        <source>Compared (dashed)</source>
        <translation>Comparación (discontinua)</translation>
    </message>
    <message>
        <source>Compared: revenue share</source>
        <translation>Comparación: participación en los ingresos</translation>
    </message>
    <message>
        <source>Azure stack by layer and revenue share, %1 (illustrative)</source>
        <translation>Pila de Azure por capa y participación en los ingresos, %1 (ilustrativo)</translation>
    </message>
    <message>
        <source>AGI %1 (assumed)</source>
        <translation>AGI %1 (supuesta)</translation>
    </message>
    <message>
        <source>2030: research IP, revenue share end</source>
        <translation>2030: fin de la PI de investigación y de la participación en los ingresos</translation>
    </message>
    <message>
        <source>2030: research IP ends</source>
        <translation>2030: fin de la PI de investigación</translation>
    </message>
    <message>
        <source>2032: IP licence ends</source>
        <translation>2032: fin de la licencia de PI</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioFanChart</name>
    <message>
        <source>Calendar year</source>
        <translation>Año natural</translation>
    </message>
    <message>
        <source>Azure stack, USD billions</source>
        <translation>Pila de Azure, miles de millones de USD</translation>
    </message>
    <message>
        <source>Revenue share, USD billions</source>
        <translation>Participación en los ingresos, miles de millones de USD</translation>
    </message>
    <message>
        <source>Azure stack p10–p90</source>
        <translation>Pila de Azure p10–p90</translation>
    </message>
    <message>
        <source>Azure stack p50</source>
        <translation>Pila de Azure p50</translation>
    </message>
    <message>
        <source>Revenue share p10–p90 (right axis)</source>
        <translation>Participación en los ingresos p10–p90 (eje derecho)</translation>
    </message>
    <message>
        <source>Revenue share p50 (right axis)</source>
        <translation>Participación en los ingresos p50 (eje derecho)</translation>
    </message>
    <message>
        <source>AGI-year uncertainty, p10–p90 of %1 samples (illustrative): a narrow band, under these terms the AGI year barely matters</source>
        <translation>Incertidumbre del año de la AGI, p10–p90 de %1 muestras (ilustrativo): una banda estrecha; con estas condiciones el año de la AGI apenas importa</translation>
    </message>
    <message>
        <source>AGI-year uncertainty, p10–p90 of %1 samples, every other assumption as set (illustrative)</source>
        <translation>Incertidumbre del año de la AGI, p10–p90 de %1 muestras, los demás supuestos según lo ajustado (ilustrativo)</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioPanel</name>
    <message>
        <source>Bear preset</source>
        <translation>Preajuste pesimista</translation>
    </message>
    <message>
        <source>Base preset</source>
        <translation>Preajuste base</translation>
    </message>
    <message>
        <source>Bull preset</source>
        <translation>Preajuste optimista</translation>
    </message>
    <message>
        <source>Open &amp;Scenario…</source>
        <translation>Abrir &amp;escenario…</translation>
    </message>
    <message>
        <source>Save Scenario &amp;As…</source>
        <translation>Guardar escenario &amp;como…</translation>
    </message>
    <message>
        <source>Open a Dealscope scenario file</source>
        <translation>Abrir un archivo de escenario de Dealscope</translation>
    </message>
    <message>
        <source>Save the scenario&apos;s regime, horizon and changed assumptions</source>
        <translation>Guardar el régimen contractual, el horizonte y los supuestos modificados del escenario</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>Valores predeterminados</translation>
    </message>
    <message>
        <source>The contract terms the projection runs under; their dates are read from the dataset&apos;s versions of 28 Oct 2025 and 27 Apr 2026</source>
        <translation>Las condiciones contractuales con las que se calcula la proyección; sus fechas se toman de las versiones del conjunto de datos del 28 oct. 2025 y el 27 abr. 2026</translation>
    </message>
    <message>
        <source>&amp;Terms:</source>
        <translation>&amp;Condiciones:</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Preajustes</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Comparar con</translation>
    </message>
    <message>
        <source>Draw a second scenario dashed on the chart</source>
        <translation>Dibujar un segundo escenario con línea discontinua en el gráfico</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nada</translation>
    </message>
    <message>
        <source>The other terms, same assumptions</source>
        <translation>Las otras condiciones, mismos supuestos</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
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
        <translation>Pila de Azure</translation>
    </message>
    <message>
        <source>Revenue share</source>
        <translation>Participación en los ingresos</translation>
    </message>
    <message>
        <source>OpenAI-driven share of the stack</source>
        <translation>Parte de la pila impulsada por OpenAI</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilidad</translation>
    </message>
    <message>
        <source>AGI-year fan</source>
        <translation>Abanico del año de la AGI</translation>
    </message>
    <message>
        <source>&lt;b&gt;Illustrative model — not a forecast&lt;/b&gt;, nor legal or investment advice. The IaaS/PaaS/SaaS split is not published by Microsoft: it is an assumption, as is every value marked “assumption”.</source>
        <translation>&lt;b&gt;Modelo ilustrativo — no es una previsión&lt;/b&gt;, ni asesoramiento legal o de inversión. Microsoft no publica el desglose IaaS/PaaS/SaaS: es un supuesto, como todo valor marcado como «supuesto».</translation>
    </message>
    <message>
        <source>The scenario model needs the Microsoft–OpenAI agreement&apos;s versions of 28 Oct 2025 and 27 Apr 2026; the open dataset lacks them.</source>
        <translation>El modelo de escenario necesita las versiones del acuerdo entre Microsoft y OpenAI del 28 oct. 2025 y el 27 abr. 2026; el conjunto de datos abierto no las incluye.</translation>
    </message>
    <message>
        <source>⚠ not published by Microsoft</source>
        <translation>⚠ no publicado por Microsoft</translation>
    </message>
    <message>
        <source>Microsoft reports “Azure and other cloud services” without an IaaS / PaaS / SaaS split (fact sheet §3a, X). The split here is an assumption.</source>
        <translation>Microsoft informa de «Azure y otros servicios en la nube» sin desglose IaaS / PaaS / SaaS (ficha de datos §3a, X). El desglose de aquí es un supuesto.</translation>
    </message>
    <message>
        <source>◆ driven by the selected clause</source>
        <translation>◆ determinado por la cláusula seleccionada</translation>
    </message>
    <message>
        <source>Reset %1</source>
        <translation>restablecimiento de %1</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>cambio de %1</translation>
    </message>
    <message>
        <source>Switch to %1</source>
        <translation>cambio a %1</translation>
    </message>
    <message>
        <source>Assume AGI verified in %1</source>
        <translation>suposición de verificación de la AGI en %1</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>Escenario: %1</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>sin título</translation>
    </message>
    <message>
        <source>Cumulative %1–%2, USD billions:</source>
        <translation>Acumulado %1–%2, miles de millones de USD:</translation>
    </message>
    <message>
        <source>OpenAI-driven share of the stack &lt;b&gt;%1 %&lt;/b&gt;</source>
        <translation>Parte de la pila impulsada por OpenAI &lt;b&gt;%1 %&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1, same assumptions</source>
        <translation>%1, mismos supuestos</translation>
    </message>
    <message>
        <source>Dashed: %1</source>
        <translation>Discontinua: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Load %1</source>
        <translation>carga de %1</translation>
    </message>
    <message>
        <source>Loaded the %1</source>
        <translation>%1 cargado</translation>
    </message>
    <message>
        <source>Further problems: %1 (see the details).</source>
        <translation>Otros problemas: %1 (vea los detalles).</translation>
    </message>
    <message>
        <source>Cannot Open Scenario</source>
        <translation>No se puede abrir el escenario</translation>
    </message>
    <message>
        <source>%1 is not a valid Dealscope scenario. The current scenario is kept.</source>
        <translation>%1 no es un escenario de Dealscope válido. Se mantiene el escenario actual.</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>apertura de %1</translation>
    </message>
    <message>
        <source>Opened scenario %1</source>
        <translation>Escenario %1 abierto</translation>
    </message>
    <message>
        <source>Opened scenario %1 (warnings: %2)</source>
        <translation>Escenario %1 abierto (advertencias: %2)</translation>
    </message>
    <message>
        <source>Cannot Save Scenario</source>
        <translation>No se puede guardar el escenario</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Saved scenario %1</source>
        <translation>Escenario %1 guardado</translation>
    </message>
    <message>
        <source>Open Scenario</source>
        <translation>Abrir escenario</translation>
    </message>
    <message>
        <source>Dealscope scenarios (*.dealscope-scenario.json *.json);;All files (*)</source>
        <translation>Escenarios de Dealscope (*.dealscope-scenario.json *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>escenario</translation>
    </message>
    <message>
        <source>Save Scenario As</source>
        <translation>Guardar escenario como</translation>
    </message>
    <message>
        <source>Dealscope scenarios (*.dealscope-scenario.json)</source>
        <translation>Escenarios de Dealscope (*.dealscope-scenario.json)</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioSlider</name>
    <message>
        <source>$%1 B</source>
        <translation>%1 mil M$</translation>
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
        <translation>%1 años</translation>
    </message>
    <message>
        <source>Range %1 to %2; default %3.</source>
        <translation>Intervalo de %1 a %2; predeterminado %3.</translation>
    </message>
    <message>
        <source>assumption</source>
        <translation>supuesto</translation>
    </message>
    <message>
        <source>No published figure: the default is an assumption of the model.</source>
        <translation>Sin cifra publicada: el valor predeterminado es un supuesto del modelo.</translation>
    </message>
    <message>
        <source>source %1</source>
        <translation>fuente %1</translation>
    </message>
    <message>
        <source>The default rests on a reported figure (confidence %1 in the fact sheet).</source>
        <translation>El valor predeterminado se basa en una cifra publicada (fiabilidad %1 en la ficha de datos).</translation>
    </message>
    <message>
        <source> B</source>
        <translation> mil M</translation>
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
        <translation> años</translation>
    </message>
    <message>
        <source>Reset to the default (%1)</source>
        <translation>Restablecer el valor predeterminado (%1)</translation>
    </message>
    <message>
        <source>Reset %1</source>
        <translation>Restablecer %1</translation>
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
        <translation>Pagado por OpenAI a Microsoft; fuera de la pila de Azure</translation>
    </message>
    <message>
        <source>Share of the year in which OpenAI&apos;s API was exclusive to Azure</source>
        <translation>Parte del año en que la API de OpenAI fue exclusiva de Azure</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <source>CAGR %1</source>
        <translation>TCAC %1</translation>
    </message>
    <message>
        <source>The OpenAI-driven parts of IaaS, PaaS and SaaS together (USD billions)</source>
        <translation>Las partes de IaaS, PaaS y SaaS impulsadas por OpenAI, en conjunto (miles de millones de USD)</translation>
    </message>
    <message>
        <source>IaaS
$B</source>
        <translation>IaaS
mil M$</translation>
    </message>
    <message>
        <source>PaaS
$B</source>
        <translation>PaaS
mil M$</translation>
    </message>
    <message>
        <source>SaaS
$B</source>
        <translation>SaaS
mil M$</translation>
    </message>
    <message>
        <source>Azure stack
$B</source>
        <translation>Pila de Azure
mil M$</translation>
    </message>
    <message>
        <source>OpenAI-driven
$B</source>
        <translation>Impulsado por OpenAI
mil M$</translation>
    </message>
    <message>
        <source>Revenue share
$B</source>
        <translation>Participación en ingresos
mil M$</translation>
    </message>
    <message>
        <source>Stack + share
$B</source>
        <translation>Pila + participación
mil M$</translation>
    </message>
    <message>
        <source>API exclusivity
share of year</source>
        <translation>Exclusividad de la API
parte del año</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioTornadoChart</name>
    <message>
        <source>Assumption at its minimum</source>
        <translation>Supuesto en su mínimo</translation>
    </message>
    <message>
        <source>Assumption at its maximum</source>
        <translation>Supuesto en su máximo</translation>
    </message>
    <message>
        <source>Change, USD billions</source>
        <translation>Variación, miles de millones de USD</translation>
    </message>
    <message>
        <source>Sensitivity of cumulative Microsoft revenue 2025–%2 (base $%1 B): each assumption at its minimum and maximum, all else as set — illustrative</source>
        <translation>Sensibilidad de los ingresos acumulados de Microsoft 2025–%2 (base %1 mil M$): cada supuesto en su mínimo y su máximo, todo lo demás según lo ajustado — ilustrativo</translation>
    </message>
</context>
<context>
    <name>Dealscope::SourceView</name>
    <message>
        <source>Selected item</source>
        <translation>Elemento seleccionado</translation>
    </message>
    <message>
        <source>Whole dataset</source>
        <translation>Conjunto de datos completo</translation>
    </message>
    <message>
        <source>Show the selected clause&apos;s or event&apos;s entry only, or the whole dataset file</source>
        <translation>Mostrar solo la entrada de la cláusula o del evento seleccionado, o el archivo completo del conjunto de datos</translation>
    </message>
    <message>
        <source>Source shown</source>
        <translation>Fuente mostrada</translation>
    </message>
    <message>
        <source>Dataset source</source>
        <translation>Fuente del conjunto de datos</translation>
    </message>
    <message>
        <source>No dataset is open.</source>
        <translation>No hay ningún conjunto de datos abierto.</translation>
    </message>
    <message>
        <source>Select a clause or an event to see its entry in the dataset file.</source>
        <translation>Seleccione una cláusula o un evento para ver su entrada en el archivo del conjunto de datos.</translation>
    </message>
    <message>
        <source>“%1” groups entries and has none of its own in the dataset file. Select one of its clauses or events, or show the whole dataset.</source>
        <translation>«%1» agrupa entradas y no tiene ninguna propia en el archivo del conjunto de datos. Seleccione una de sus cláusulas o uno de sus eventos, o muestre el conjunto de datos completo.</translation>
    </message>
    <message>
        <source>%1 · lines %2–%3</source>
        <translation>%1 · líneas %2–%3</translation>
    </message>
    <message>
        <source>%1 · %2, lines %3–%4</source>
        <translation>%1 · %2, líneas %3–%4</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n lines</source>
        <translation>
            <numerusform>%1 · %n línea</numerusform>
            <numerusform>%1 · %n líneas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dealscope::TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Clauses of the agreement as bars from start to end, and events as markers, in one lane per category</source>
        <translation>Las cláusulas del acuerdo como barras de inicio a fin y los eventos como marcadores, en un carril por categoría</translation>
    </message>
    <message>
        <source>an unresolved milestone</source>
        <translation>un hito sin resolver</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>No end stated: runs on indefinitely.</source>
        <translation>Sin fin indicado: continúa indefinidamente.</translation>
    </message>
    <message>
        <source>Ends %1.</source>
        <translation>Termina el %1.</translation>
    </message>
    <message>
        <source>Ends at the milestone &quot;%1&quot;; no date is known.</source>
        <translation>Termina con el hito «%1»; no se conoce la fecha.</translation>
    </message>
    <message>
        <source>Ends at the earlier of &quot;%1&quot; and %2.</source>
        <translation>Termina con lo que ocurra primero: «%1» o el %2.</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Fecha: %1</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Desde el %1</translation>
    </message>
    <message>
        <source>Confidence: %1</source>
        <translation>Fiabilidad: %1</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 evento</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 eventos</translation>
    </message>
    <message>
        <source>1 clause</source>
        <translation>1 cláusula</translation>
    </message>
    <message>
        <source>%1 clauses</source>
        <translation>%1 cláusulas</translation>
    </message>
    <message>
        <source>a milestone</source>
        <translation>un hito</translation>
    </message>
    <message>
        <source>until %1 · date unknown</source>
        <translation>hasta %1 · fecha desconocida</translation>
    </message>
    <message>
        <source>or sooner, at %1</source>
        <translation>o antes, con %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
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
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Window</source>
        <translation>Ve&amp;ntana</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Open Dataset…</source>
        <translation>&amp;Abrir conjunto de datos…</translation>
    </message>
    <message>
        <source>Open another agreement described in the Dealscope dataset format</source>
        <translation>Abrir otro acuerdo descrito en el formato de conjunto de datos de Dealscope</translation>
    </message>
    <message>
        <source>Open &amp;Bundled Dataset</source>
        <translation>Abrir el conjunto de datos &amp;incluido</translation>
    </message>
    <message>
        <source>Return to the Microsoft–OpenAI dataset that ships with Dealscope</source>
        <translation>Volver al conjunto de datos de Microsoft–OpenAI que se incluye con Dealscope</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>Find clauses and events by title, wording or source</source>
        <translation>Buscar cláusulas y eventos por título, redacción o fuente</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Buscar &amp;siguiente</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Buscar &amp;anterior</translation>
    </message>
    <message>
        <source>F&amp;ilter Clauses</source>
        <translation>&amp;Filtrar cláusulas</translation>
    </message>
    <message>
        <source>Show only the clauses and events that match a text</source>
        <translation>Mostrar solo las cláusulas y eventos que coincidan con un texto</translation>
    </message>
    <message>
        <source>&amp;Previous Version</source>
        <translation>Versión an&amp;terior</translation>
    </message>
    <message>
        <source>Show the agreement as the previous version left it</source>
        <translation>Mostrar el acuerdo tal como lo dejó la versión anterior</translation>
    </message>
    <message>
        <source>&amp;Next Version</source>
        <translation>Versión &amp;siguiente</translation>
    </message>
    <message>
        <source>Show the agreement as the next version left it</source>
        <translation>Mostrar el acuerdo tal como lo dejó la versión siguiente</translation>
    </message>
    <message>
        <source>Assume &amp;AGI Verification…</source>
        <translation>Suponer la verificación de la &amp;AGI…</translation>
    </message>
    <message>
        <source>Assume a year for the verification of AGI, so that terms ending then get a date</source>
        <translation>Suponer un año para la verificación de la AGI, de modo que las condiciones que terminan entonces tengan una fecha</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>&amp;Restablecer diseño</translation>
    </message>
    <message>
        <source>Put the docks and toolbars back where they were at first start</source>
        <translation>Devolver los paneles y las barras de herramientas a su posición del primer inicio</translation>
    </message>
    <message>
        <source>&amp;About Dealscope</source>
        <translation>&amp;Acerca de Dealscope</translation>
    </message>
    <message>
        <source>Show &amp;Changes</source>
        <translation>Mostrar &amp;cambios</translation>
    </message>
    <message>
        <source>Mark what the selected version introduced, amended, ended or did not restate</source>
        <translation>Marcar lo que la versión seleccionada introdujo, modificó, finalizó o no reiteró</translation>
    </message>
</context>
</TS>
