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
    <message>
        <source>Later</source>
        <translation>Posterior</translation>
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
    <message>
        <source>English text; no %1 translation</source>
        <translation>Texto en inglés; sin traducción al %1</translation>
    </message>
    <message>
        <source>When a clause ends; when an event happened</source>
        <translation>Cuándo termina una cláusula; cuándo ocurrió un evento</translation>
    </message>
    <message>
        <source>What the selected version did: new, amended, ended or not restated</source>
        <translation>Lo que hizo la versión seleccionada: nueva, modificada, finalizada o no reiterada</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Ends / date</source>
        <translation>Fin / fecha</translation>
    </message>
    <message>
        <source>In this version: %1</source>
        <translation>En esta versión: %1</translation>
    </message>
    <message>
        <source>New in the selected version</source>
        <translation>Nuevo en la versión seleccionada</translation>
    </message>
    <message>
        <source>After the selected version (%1)</source>
        <translation>Posterior a la versión seleccionada (%1)</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>Nivel %1</translation>
    </message>
    <message>
        <source>Level %1, in %2</source>
        <translation>Nivel %1, en %2</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Fecha: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>No end</source>
        <translation>Sin fin</translation>
    </message>
    <message>
        <source>by %1</source>
        <comment>the latest a clause can end; a milestone may end it earlier</comment>
        <translation>hasta %1</translation>
    </message>
</context>
<context>
    <name>Dealscope::AgreementStatusLine</name>
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
    <message numerus="yes">
        <source>As of %1 (%2): %n clause(s) in force or not restated</source>
        <translation>
            <numerusform>Según %1 (%2): %n cláusula en vigor o no reiterada</numerusform>
            <numerusform>Según %1 (%2): %n cláusulas en vigor o no reiteradas</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n coincidencia</numerusform>
            <numerusform>%n coincidencias</numerusform>
        </translation>
    </message>
    <message>
        <source>Find in article</source>
        <translation>Buscar en el artículo</translation>
    </message>
</context>
<context>
    <name>Dealscope::AutosaveStore</name>
    <message>
        <source>cannot create %1</source>
        <translation>no se puede crear %1</translation>
    </message>
    <message>
        <source>cannot lock %1</source>
        <translation>no se puede bloquear %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>Dealscope::ChartValueText</name>
    <message>
        <source>$%1 B</source>
        <translation>%1 mil M$</translation>
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
    <message>
        <source>Filter clauses and events</source>
        <translation>Filtrar cláusulas y eventos</translation>
    </message>
</context>
<context>
    <name>Dealscope::CompareController</name>
    <message>
        <source>Export Changes</source>
        <translation>Exportar cambios</translation>
    </message>
    <message>
        <source>Redline PDF (*.pdf);;CSV table (*.csv)</source>
        <translation>PDF con cambios (*.pdf);;Tabla CSV (*.csv)</translation>
    </message>
    <message>
        <source>Compare &amp;Versions…</source>
        <translation>Comparar &amp;versiones…</translation>
    </message>
    <message>
        <source>Compare two versions of the agreement, wording beside wording</source>
        <translation>Comparar dos versiones del acuerdo, redacción junto a redacción</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Outline an Earlier Version on the &amp;Timeline</source>
        <translation>Marcar una versión anterior en la &amp;cronología</translation>
    </message>
    <message>
        <source>Outline on the timeline each term as %1 had it,
to compare with %2 (%3)</source>
        <translation>Marcar en la cronología el plazo de cada término según %1,
para compararlo con %2 (%3)</translation>
    </message>
    <message>
        <source>Outline on the timeline each term as the version before had it (%1)</source>
        <translation>Marcar en la cronología el plazo de cada término según la versión anterior (%1)</translation>
    </message>
</context>
<context>
    <name>Dealscope::CompareView</name>
    <message>
        <source>All changes</source>
        <translation>Todos los cambios</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadidas</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Finalizadas</translation>
    </message>
    <message>
        <source>Amended</source>
        <translation>Modificadas</translation>
    </message>
    <message>
        <source>Not restated</source>
        <translation>No reiteradas</translation>
    </message>
    <message>
        <source>New events</source>
        <translation>Eventos nuevos</translation>
    </message>
    <message>
        <source>Version &amp;A:</source>
        <translation>Versión &amp;A:</translation>
    </message>
    <message>
        <source>Version &amp;B:</source>
        <translation>Versión &amp;B:</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Save this comparison as a redline PDF or as a CSV table</source>
        <translation>Guardar esta comparación como PDF con cambios marcados o como tabla CSV</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Intercambiar</translation>
    </message>
    <message>
        <source>Swap versions A and B</source>
        <translation>Intercambiar las versiones A y B</translation>
    </message>
    <message>
        <source>Version A</source>
        <translation>Versión A</translation>
    </message>
    <message>
        <source>The earlier version: its wording is struck through where B differs</source>
        <translation>La versión anterior: su redacción aparece tachada donde B difiere</translation>
    </message>
    <message>
        <source>Version B</source>
        <translation>Versión B</translation>
    </message>
    <message>
        <source>The later version: its wording is underlined where it differs from A</source>
        <translation>La versión posterior: su redacción aparece subrayada donde difiere de A</translation>
    </message>
    <message>
        <source>Kind of change</source>
        <translation>Tipo de cambio</translation>
    </message>
    <message>
        <source>Changes between versions A and B</source>
        <translation>Cambios entre las versiones A y B</translation>
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
        <source>Facts last checked on %1.</source>
        <translation>Datos comprobados por última vez el %1.</translation>
    </message>
    <message>
        <source>Select a clause or an event in the tree or on the timeline to see its terms, history, confidence and sources.</source>
        <translation>Seleccione una cláusula o un evento en el árbol o en la cronología para ver sus condiciones, historial, fiabilidad y fuentes.</translation>
    </message>
    <message>
        <source>Ended on %1</source>
        <translation>Finalizada el %1</translation>
    </message>
    <message>
        <source>Expired on %1</source>
        <translation>Vencida el %1</translation>
    </message>
    <message>
        <source>The last wording was:</source>
        <translation>La última redacción era:</translation>
    </message>
    <message>
        <source>Later than the selected version (%1).</source>
        <translation>Posterior a la versión seleccionada (%1).</translation>
    </message>
    <message>
        <source>Versions: %1 · Clauses: %2 · Dated events: %3 · Open questions: %4 · Sources: %5</source>
        <translation>Versiones: %1 · Cláusulas: %2 · Eventos fechados: %3 · Preguntas abiertas: %4 · Fuentes: %5</translation>
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
    <name>Dealscope::DocumentAccessible</name>
    <message>
        <source>Link: %1</source>
        <translation>Enlace: %1</translation>
    </message>
</context>
<context>
    <name>Dealscope::ExportText</name>
    <message>
        <source>%1: choose a .png, .svg or .pdf file</source>
        <translation>%1: elija un archivo .png, .svg o .pdf</translation>
    </message>
    <message>
        <source>this dataset has no scenario model</source>
        <translation>este conjunto de datos no tiene modelo de escenario</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Exportar %1</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Dark colours instead of paper</source>
        <translation>Colores oscuros en lugar de fondo de papel</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Ancho:</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Alto:</translation>
    </message>
    <message>
        <source>Resolution (dpi):</source>
        <translation>Resolución (dpi):</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <source>This dataset has no scenario model, so there is no chart to export.</source>
        <translation>Este conjunto de datos no tiene modelo de escenario, así que no hay ningún gráfico que exportar.</translation>
    </message>
    <message>
        <source>timeline</source>
        <translation>la cronología</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Yearly projection</source>
        <translation>Proyección anual</translation>
    </message>
    <message>
        <source>Sensitivity (tornado)</source>
        <translation>Sensibilidad (tornado)</translation>
    </message>
    <message>
        <source>AGI-year fan percentiles</source>
        <translation>Percentiles del abanico del año de la AGI</translation>
    </message>
    <message>
        <source>Clauses as of the shown version</source>
        <translation>Cláusulas según la versión mostrada</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Exportar tabla</translation>
    </message>
    <message>
        <source>Table:</source>
        <translation>Tabla:</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Tabla CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Vista previa de impresión</translation>
    </message>
    <message>
        <source>--as-of &quot;%1&quot;: no such version (expected a date or one of %2)</source>
        <translation>--as-of &quot;%1&quot;: no existe esa versión (se esperaba una fecha o uno de %2)</translation>
    </message>
    <message>
        <source>--preset &quot;%1&quot;: expected one of %2</source>
        <translation>--preset &quot;%1&quot;: se esperaba uno de %2</translation>
    </message>
    <message>
        <source>Default assumptions</source>
        <translation>Supuestos predeterminados</translation>
    </message>
    <message>
        <source>--set %1=%2: out of range (%3 to %4%5)</source>
        <translation>--set %1=%2: fuera de rango (de %3 a %4%5)</translation>
    </message>
    <message>
        <source>, whole numbers</source>
        <translation>, solo números enteros</translation>
    </message>
    <message>
        <source>the dataset lacks the terms the scenario model needs: %1</source>
        <translation>al conjunto de datos le faltan las condiciones que necesita el modelo de escenario: %1</translation>
    </message>
    <message>
        <source>the dataset lacks the other terms to compare with: %1</source>
        <translation>al conjunto de datos le faltan las otras condiciones con las que comparar: %1</translation>
    </message>
    <message>
        <source>Illustrative; made with Dealscope.</source>
        <translation>Ilustrativo; hecho con Dealscope.</translation>
    </message>
    <message>
        <source>%1 chart, %2, %3</source>
        <translation>Gráfico %1, %2, %3</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>a drawing cannot be written as CSV</source>
        <translation>un dibujo no se puede escribir como CSV</translation>
    </message>
    <message>
        <source>Illustrative model of the agreement&apos;s terms, not a forecast and not advice.</source>
        <translation>Modelo ilustrativo de las condiciones del acuerdo; no es una previsión ni un asesoramiento.</translation>
    </message>
    <message>
        <source>Dealscope %1 · %2, facts checked on %3.</source>
        <translation>Dealscope %1 · %2, datos comprobados el %3.</translation>
    </message>
    <message>
        <source>Dashed: %1.</source>
        <translation>Discontinua: %1.</translation>
    </message>
    <message>
        <source>%1: clauses and events as of %2</source>
        <translation>%1: cláusulas y eventos según %2</translation>
    </message>
    <message>
        <source>Bars run from a term&apos;s start to its end; faded ends wait for a milestone such as AGI verification.</source>
        <translation>Las barras van del inicio de una condición a su fin; los extremos difuminados esperan un hito como la verificación de la AGI.</translation>
    </message>
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
        <source>No end stated</source>
        <translation>Sin fin indicado</translation>
    </message>
    <message>
        <source>At %1</source>
        <translation>Con %1</translation>
    </message>
    <message>
        <source>%1, or earlier at %2</source>
        <translation>%1, o antes con %2</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 años</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>Supuesto</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predeterminado</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Fundamento</translation>
    </message>
    <message>
        <source>assumption</source>
        <translation>supuesto</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Intervalo</translation>
    </message>
    <message>
        <source>At minimum, $B</source>
        <translation>En el mínimo, mil M$</translation>
    </message>
    <message>
        <source>At maximum, $B</source>
        <translation>En el máximo, mil M$</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versión:</translation>
    </message>
    <message>
        <source>Facts checked on:</source>
        <translation>Datos comprobados el:</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>Escenario:</translation>
    </message>
    <message>
        <source>Report made on:</source>
        <translation>Informe generado el:</translation>
    </message>
    <message>
        <source>Made with Dealscope %1. The scenario figures are illustrative: neither a forecast nor legal or investment advice. Confidence codes: A official text, B several independent reports, C a single or weak source, X not verified.</source>
        <translation>Hecho con Dealscope %1. Las cifras del escenario son ilustrativas: no son una previsión ni un asesoramiento jurídico o de inversión. Códigos de fiabilidad: A texto oficial, B varios informes independientes, C una fuente única o débil, X no verificado.</translation>
    </message>
    <message>
        <source>Clauses in force</source>
        <translation>Cláusulas en vigor</translation>
    </message>
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
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>%1 — report</source>
        <translation>%1 — informe</translation>
    </message>
    <message>
        <source>Azure stack by layer and revenue share</source>
        <translation>Pila de Azure por capa y participación en los ingresos</translation>
    </message>
    <message>
        <source>Comparison with the other terms</source>
        <translation>Comparación con las otras condiciones</translation>
    </message>
    <message>
        <source>Solid: %1. Dashed: %2. Assumptions as in the table above.</source>
        <translation>Continua: %1. Discontinua: %2. Supuestos como en la tabla anterior.</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilidad</translation>
    </message>
    <message>
        <source>AGI-year uncertainty</source>
        <translation>Incertidumbre sobre el año de la AGI</translation>
    </message>
    <message>
        <source>cannot write %1: the PDF could not be started</source>
        <translation>no se puede escribir %1: no se pudo iniciar el PDF</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Scenario: %1.</source>
        <translation>Escenario: %1.</translation>
    </message>
    <message>
        <source>Amendment bridge, term by term</source>
        <translation>Puente de la enmienda, condición por condición</translation>
    </message>
    <message>
        <source>--from &quot;%1&quot; --to &quot;%2&quot;: no such versions to compare (expected dates or two of %3)</source>
        <translation>--from &quot;%1&quot; --to &quot;%2&quot;: no existen esas versiones para comparar (se esperaban fechas o dos de %3)</translation>
    </message>
    <message>
        <source>the bridge cannot use these terms: %1</source>
        <translation>el puente no puede usar estas condiciones: %1</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Condición</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>Cláusulas</translation>
    </message>
    <message>
        <source>Microsoft total, $B</source>
        <translation>Total de Microsoft, miles de millones de $</translation>
    </message>
    <message>
        <source>Revenue share, $B</source>
        <translation>Participación en los ingresos, miles de millones de $</translation>
    </message>
    <message>
        <source>Each step is the term&apos;s average effect over every order of switching the terms (its Shapley value), so the steps add up to the difference whatever their order.</source>
        <translation>Cada paso es el efecto medio de la condición en todos los órdenes de cambio (su valor de Shapley), por lo que los pasos suman la diferencia en cualquier orden.</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Qué cambió</translation>
    </message>
    <message>
        <source>revenue by layer</source>
        <translation>ingresos por capa</translation>
    </message>
    <message>
        <source>revenue by layer, two scenarios compared</source>
        <translation>ingresos por capa, dos escenarios comparados</translation>
    </message>
    <message>
        <source>sensitivity (tornado)</source>
        <translation>sensibilidad (tornado)</translation>
    </message>
    <message>
        <source>AGI-year fan</source>
        <translation>abanico del año de la AGI</translation>
    </message>
    <message>
        <source>amendment bridge</source>
        <translation>puente de la enmienda</translation>
    </message>
    <message>
        <source>Export chart: %1</source>
        <translation>Exportar el gráfico: %1</translation>
    </message>
</context>
<context>
    <name>Dealscope::FanTableModel</name>
    <message>
        <source>Azure stack</source>
        <translation>Pila de Azure</translation>
    </message>
    <message>
        <source>Revenue share</source>
        <translation>Participación en los ingresos</translation>
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
        <translation>demasiadas copias apartadas de %1</translation>
    </message>
</context>
<context>
    <name>Dealscope::GlossaryView</name>
    <message>
        <source>Search the glossary…</source>
        <translation>Buscar en el glosario…</translation>
    </message>
    <message>
        <source>Search the glossary</source>
        <translation>Buscar en el glosario</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glosario</translation>
    </message>
    <message>
        <source>Also: %1</source>
        <translation>También: %1</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Fuentes:</translation>
    </message>
    <message>
        <source>No term matches.</source>
        <translation>Ningún término coincide.</translation>
    </message>
    <message numerus="yes">
        <source>%n term(s)</source>
        <translation>
            <numerusform>%n término</numerusform>
            <numerusform>%n términos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dealscope::HelpMenu</name>
    <message>
        <source>The Deal at a &amp;Glance</source>
        <translation>El acuerdo de un &amp;vistazo</translation>
    </message>
    <message>
        <source>What each party gets, the key dates, what changed last and what is still unknown</source>
        <translation>Qué obtiene cada parte, las fechas clave, qué cambió por última vez y qué se desconoce aún</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>Open the guide at the part about the pane you are in</source>
        <translation>Abrir la guía en la parte sobre el panel en el que está</translation>
    </message>
    <message>
        <source>&amp;Legend</source>
        <translation>&amp;Leyenda</translation>
    </message>
    <message>
        <source>What every badge, icon, shape and colour of the views means</source>
        <translation>Qué significa cada distintivo, icono, forma y color de las vistas</translation>
    </message>
    <message>
        <source>Gl&amp;ossary</source>
        <translation>Gl&amp;osario</translation>
    </message>
    <message>
        <source>The terms of the agreement and of the trade, explained</source>
        <translation>Los términos del acuerdo y del sector, explicados</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glosario</translation>
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
    <name>Dealscope::ItemFinder</name>
    <message>
        <source>Found: %1</source>
        <translation>Encontrado: %1</translation>
    </message>
    <message>
        <source>Nothing matches “%1”</source>
        <translation>Nada coincide con «%1»</translation>
    </message>
</context>
<context>
    <name>Dealscope::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>The language of the interface, the dataset texts and the articles</source>
        <translation>El idioma de la interfaz, de los textos del conjunto de datos y de los artículos</translation>
    </message>
    <message>
        <source>System Default (%1)</source>
        <translation>Predeterminado del sistema (%1)</translation>
    </message>
</context>
<context>
    <name>Dealscope::LegendButton</name>
    <message>
        <source>Legend: what the badges, icons, shapes and lines mean</source>
        <translation>Leyenda: qué significan las etiquetas, los iconos, las formas y las líneas</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Leyenda</translation>
    </message>
</context>
<context>
    <name>Dealscope::LegendDialog</name>
    <message>
        <source>Legend</source>
        <translation>Leyenda</translation>
    </message>
</context>
<context>
    <name>Dealscope::LegendView</name>
    <message>
        <source>The version shown brought this clause in.</source>
        <translation>La versión mostrada introdujo esta cláusula.</translation>
    </message>
    <message>
        <source>The version shown confirmed the clause as it was.</source>
        <translation>La versión mostrada confirmó la cláusula tal como estaba.</translation>
    </message>
    <message>
        <source>The version shown changed the clause&apos;s wording or term.</source>
        <translation>La versión mostrada cambió la redacción o el plazo de la cláusula.</translation>
    </message>
    <message>
        <source>The version shown ended the clause.</source>
        <translation>La versión mostrada puso fin a la cláusula.</translation>
    </message>
    <message>
        <source>The version shown did not mention the clause: it may still apply, but nobody has confirmed it.</source>
        <translation>La versión mostrada no menciona la cláusula: puede seguir aplicándose, pero nadie lo ha confirmado.</translation>
    </message>
    <message>
        <source>Agreed, but its term starts later; or not yet agreed as of the version shown.</source>
        <translation>Acordada, pero su plazo empieza más tarde; o aún no acordada en la versión mostrada.</translation>
    </message>
    <message>
        <source>Applies as of the version shown.</source>
        <translation>Se aplica en la versión mostrada.</translation>
    </message>
    <message>
        <source>A later version did not mention the clause, so its status is unknown. It is shown as it last stood, with a dashed outline.</source>
        <translation>Una versión posterior no menciona la cláusula, así que su estado se desconoce. Se muestra como estaba por última vez, con contorno discontinuo.</translation>
    </message>
    <message>
        <source>A version ended the clause.</source>
        <translation>Una versión puso fin a la cláusula.</translation>
    </message>
    <message>
        <source>Its term ran out.</source>
        <translation>Su plazo venció.</translation>
    </message>
    <message>
        <source>Badges in the clause tree</source>
        <translation>Etiquetas del árbol de cláusulas</translation>
    </message>
    <message>
        <source>The tree&apos;s columns say what the version shown did to each item, where it stands and how well its facts are sourced.</source>
        <translation>Las columnas del árbol indican qué hizo la versión mostrada con cada elemento, en qué situación está y lo bien respaldados que están sus datos.</translation>
    </message>
    <message>
        <source>An event dated after the version shown: it was not yet known then. Its row is greyed.</source>
        <translation>Un evento posterior a la versión mostrada: aún no se conocía. Su fila aparece en gris.</translation>
    </message>
    <message>
        <source>A range is coloured by its weaker end.</source>
        <translation>Un rango toma el color de su extremo más débil.</translation>
    </message>
    <message>
        <source>Bars on the timeline</source>
        <translation>Barras de la cronología</translation>
    </message>
    <message>
        <source>Each clause is a bar from its start to its end, in the lane of its category.</source>
        <translation>Cada cláusula es una barra desde su inicio hasta su fin, en el carril de su categoría.</translation>
    </message>
    <message>
        <source>No end stated</source>
        <translation>Sin fin indicado</translation>
    </message>
    <message>
        <source>The clause states no end: the arrow says it runs on.</source>
        <translation>La cláusula no indica fin: la flecha indica que continúa.</translation>
    </message>
    <message>
        <source>Known end</source>
        <translation>Fin conocido</translation>
    </message>
    <message>
        <source>Ends on a known date, or on the date assumed for a milestone.</source>
        <translation>Termina en una fecha conocida o en la fecha supuesta para un hito.</translation>
    </message>
    <message>
        <source>Fading end</source>
        <translation>Fin difuminado</translation>
    </message>
    <message>
        <source>Ends at a milestone, such as AGI verification, that nobody can date: solid up to today, then fading out.</source>
        <translation>Termina en un hito que nadie puede fechar, como la verificación de la AGI: sólido hasta hoy y luego se difumina.</translation>
    </message>
    <message>
        <source>Hatched end</source>
        <translation>Fin rayado</translation>
    </message>
    <message>
        <source>Ends on a date at the latest, sooner if a milestone comes first: the part after today is hatched, and the dashed edge is the latest end.</source>
        <translation>Termina como tarde en una fecha, antes si un hito llega primero: la parte posterior a hoy está rayada y el borde discontinuo es el fin más tardío.</translation>
    </message>
    <message>
        <source>Compared term</source>
        <translation>Plazo comparado</translation>
    </message>
    <message>
        <source>With the Compare toggle on, the dashed outline is the clause&apos;s term in the other version.</source>
        <translation>Con Comparar activado, el contorno discontinuo es el plazo de la cláusula en la otra versión.</translation>
    </message>
    <message>
        <source>Change icons on the timeline</source>
        <translation>Iconos de cambio en la cronología</translation>
    </message>
    <message>
        <source>With View › Show Changes on, a bar starts with what the version shown did to it.</source>
        <translation>Con Ver › Mostrar cambios activado, cada barra empieza con lo que la versión mostrada hizo con ella.</translation>
    </message>
    <message>
        <source>Events on the timeline</source>
        <translation>Eventos en la cronología</translation>
    </message>
    <message>
        <source>Events are told apart by shape first, and by colour.</source>
        <translation>Los eventos se distinguen primero por la forma y luego por el color.</translation>
    </message>
    <message>
        <source>Hollow marker on a line</source>
        <translation>Marcador hueco sobre una línea</translation>
    </message>
    <message>
        <source>The date is known only to the month or the year: the line spans that period.</source>
        <translation>La fecha solo se conoce por mes o año: la línea abarca ese periodo.</translation>
    </message>
    <message>
        <source>Diamond</source>
        <translation>Rombo</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Círculo</translation>
    </message>
    <message>
        <source>Cross</source>
        <translation>Aspa</translation>
    </message>
    <message>
        <source>Square</source>
        <translation>Cuadrado</translation>
    </message>
    <message>
        <source>Triangle</source>
        <translation>Triángulo</translation>
    </message>
    <message>
        <source>An agreement or an amendment.</source>
        <translation>Un acuerdo o una modificación.</translation>
    </message>
    <message>
        <source>Money: an investment, funding or earnings.</source>
        <translation>Dinero: una inversión, financiación o resultados.</translation>
    </message>
    <message>
        <source>A dispute or a legal step.</source>
        <translation>Una disputa o un paso legal.</translation>
    </message>
    <message>
        <source>A cloud deal or a product.</source>
        <translation>Un acuerdo de nube o un producto.</translation>
    </message>
    <message>
        <source>A statement, a governance change or a report.</source>
        <translation>Una declaración, un cambio de gobierno corporativo o un informe.</translation>
    </message>
    <message>
        <source>Lines on the timeline</source>
        <translation>Líneas de la cronología</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Today&apos;s date. After it, ends that wait for a milestone fade out or are hatched.</source>
        <translation>La fecha de hoy. Después, los finales que dependen de un hito se difuminan o aparecen rayados.</translation>
    </message>
    <message>
        <source>Version shown</source>
        <translation>Versión mostrada</translation>
    </message>
    <message>
        <source>The version the tree, the timeline and the details show the agreement as of; its month is in bold on the axis.</source>
        <translation>La versión según la cual el árbol, la cronología y los detalles muestran el acuerdo; su mes aparece en negrita en el eje.</translation>
    </message>
    <message>
        <source>Other versions</source>
        <translation>Otras versiones</translation>
    </message>
    <message>
        <source>Every other version of the agreement, with its month on the axis.</source>
        <translation>Cada una de las demás versiones del acuerdo, con su mes en el eje.</translation>
    </message>
</context>
<context>
    <name>Dealscope::LoadingPlaceholder</name>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
</context>
<context>
    <name>Dealscope::MainWindow</name>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
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
        <source>Could not autosave the scenario (%1); retrying every 30 seconds.</source>
        <translation>No se pudo guardar automáticamente el escenario (%1); se reintentará cada 30 segundos.</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportado</translation>
    </message>
    <message>
        <source>Next Pane</source>
        <translation>Panel siguiente</translation>
    </message>
    <message>
        <source>Move the focus to the next pane: toolbar, views, tree, timeline, details</source>
        <translation>Mover el foco al panel siguiente: barra de herramientas, vistas, árbol, cronología, detalles</translation>
    </message>
    <message>
        <source>Previous Pane</source>
        <translation>Panel anterior</translation>
    </message>
    <message>
        <source>Move the focus to the previous pane</source>
        <translation>Mover el foco al panel anterior</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <source>Open the folder of the file just exported</source>
        <translation>Abrir la carpeta del archivo recién exportado</translation>
    </message>
    <message>
        <source>Details and source</source>
        <translation>Detalles y fuente</translation>
    </message>
    <message>
        <source>Find clauses and events</source>
        <translation>Buscar cláusulas y eventos</translation>
    </message>
</context>
<context>
    <name>Dealscope::MessageBar</name>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>Dealscope::OpenQuestionsHtml</name>
    <message>
        <source>Conflicting reports</source>
        <translation>Informes contradictorios</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>confidence %1, no source</source>
        <translation>fiabilidad %1, sin fuente</translation>
    </message>
    <message>
        <source>confidence %1; sources:</source>
        <translation>fiabilidad %1; fuentes:</translation>
    </message>
    <message>
        <source>Clauses:</source>
        <translation>Cláusulas:</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Fuentes:</translation>
    </message>
</context>
<context>
    <name>Dealscope::OpenQuestionsView</name>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Kind of open question</source>
        <translation>Tipo de pregunta abierta</translation>
    </message>
    <message>
        <source>Filter open questions…</source>
        <translation>Filtrar preguntas abiertas…</translation>
    </message>
    <message>
        <source>Filter open questions</source>
        <translation>Filtrar preguntas abiertas</translation>
    </message>
    <message>
        <source>Open questions</source>
        <translation>Preguntas abiertas</translation>
    </message>
    <message>
        <source>No open question matches.</source>
        <translation>Ninguna pregunta abierta coincide.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>Dealscope::RedlineHtml</name>
    <message>
        <source>New event</source>
        <translation>Evento nuevo</translation>
    </message>
    <message>
        <source>Clause or event</source>
        <translation>Cláusula o evento</translation>
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
        <translation>No está en la versión B</translation>
    </message>
    <message>
        <source>Not in version A</source>
        <translation>No está en la versión A</translation>
    </message>
    <message>
        <source>Ends: %1</source>
        <translation>Fin: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Fuentes: %1</translation>
    </message>
    <message>
        <source>Replaced by %1</source>
        <translation>Sustituida por %1</translation>
    </message>
    <message>
        <source>Replaces %1</source>
        <translation>Sustituye a %1</translation>
    </message>
    <message>
        <source>%1 only in version A; %2 only in version B.</source>
        <translation>%1 solo en la versión A; %2 solo en la versión B.</translation>
    </message>
    <message>
        <source>Struck through:</source>
        <translation>Tachado:</translation>
    </message>
    <message>
        <source>underlined:</source>
        <translation>subrayado:</translation>
    </message>
    <message>
        <source>Version A:</source>
        <translation>Versión A:</translation>
    </message>
    <message>
        <source>Version B:</source>
        <translation>Versión B:</translation>
    </message>
    <message>
        <source>No clause or event differs between these versions.</source>
        <translation>Ninguna cláusula ni evento difiere entre estas versiones.</translation>
    </message>
    <message>
        <source>Redline:</source>
        <translation>Cambios:</translation>
    </message>
    <message>
        <source>Version A</source>
        <translation>Versión A</translation>
    </message>
    <message>
        <source>Version B</source>
        <translation>Versión B</translation>
    </message>
</context>
<context>
    <name>Dealscope::RedlinePdf</name>
    <message>
        <source>%1: changes from %2 to %3</source>
        <translation>%1: cambios de %2 a %3</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>Dealscope::ReportQuestions</name>
    <message>
        <source>Open questions</source>
        <translation>Preguntas abiertas</translation>
    </message>
    <message>
        <source>Conflicting reports and undisclosed terms (%1). They are shown as open, not as facts.</source>
        <translation>Informes contradictorios y términos no revelados (%1). Se muestran como abiertos, no como hechos.</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioAssumptions</name>
    <message>
        <source>Azure revenue FY25</source>
        <translation>Ingresos de Azure, año fiscal 2025</translation>
    </message>
    <message>
        <source>facts.md §3a: Azure FY25 more than $75B, +34% (A)</source>
        <translation>facts.md §3a: Azure, año fiscal 2025, más de 75 mil M$, +34 % (A)</translation>
    </message>
    <message>
        <source>Azure growth, recent quarters</source>
        <translation>Crecimiento de Azure, últimos trimestres</translation>
    </message>
    <message>
        <source>facts.md §3a: Azure growth 39–40% from FY25 Q4 to FY26 Q3 (A/B); shifts FY25 to calendar 2025 as × (1 + g)^0.5 (assumption)</source>
        <translation>facts.md §3a: crecimiento de Azure del 39–40 % del T4 del año fiscal 2025 al T3 del año fiscal 2026 (A/B); traslada el año fiscal 2025 al año natural 2025 como × (1 + g)^0.5 (supuesto)</translation>
    </message>
    <message>
        <source>Baseline growth 2026</source>
        <translation>Crecimiento de referencia 2026</translation>
    </message>
    <message>
        <source>Assumption: 2026 growth of the Azure revenue OpenAI does not drive, below the 39–40% total of facts.md §3a, which includes AI</source>
        <translation>Supuesto: crecimiento en 2026 de los ingresos de Azure no impulsados por OpenAI, por debajo del 39–40 % total de facts.md §3a, que incluye la IA</translation>
    </message>
    <message>
        <source>Baseline long-run growth</source>
        <translation>Crecimiento de referencia a largo plazo</translation>
    </message>
    <message>
        <source>Assumption: the growth rate the baseline fades towards</source>
        <translation>Supuesto: la tasa de crecimiento hacia la que converge la referencia</translation>
    </message>
    <message>
        <source>Baseline and SaaS growth fade</source>
        <translation>Atenuación del crecimiento de referencia y de SaaS</translation>
    </message>
    <message>
        <source>Assumption: each year keeps this fraction of the excess of baseline and SaaS adoption growth over their long-run rates</source>
        <translation>Supuesto: cada año conserva esta fracción del exceso del crecimiento de referencia y del crecimiento de la adopción de SaaS sobre sus tasas a largo plazo</translation>
    </message>
    <message>
        <source>IaaS share of Azure 2025</source>
        <translation>Parte de IaaS en Azure en 2025</translation>
    </message>
    <message>
        <source>Assumption: Microsoft never published the IaaS/PaaS/SaaS split (facts.md §3a, X)</source>
        <translation>Supuesto: Microsoft nunca publicó el desglose IaaS/PaaS/SaaS (facts.md §3a, X)</translation>
    </message>
    <message>
        <source>PaaS share of Azure 2025</source>
        <translation>Parte de PaaS en Azure en 2025</translation>
    </message>
    <message>
        <source>Assumption: Microsoft never published the IaaS/PaaS/SaaS split (facts.md §3a, X); SaaS gets the rest</source>
        <translation>Supuesto: Microsoft nunca publicó el desglose IaaS/PaaS/SaaS (facts.md §3a, X); SaaS recibe el resto</translation>
    </message>
    <message>
        <source>OpenAI revenue 2025</source>
        <translation>Ingresos de OpenAI 2025</translation>
    </message>
    <message>
        <source>facts.md §3b: OpenAI 2025 revenue ~$13B (B)</source>
        <translation>facts.md §3b: ingresos de OpenAI en 2025 ~13 mil M$ (B)</translation>
    </message>
    <message>
        <source>OpenAI revenue growth 2026</source>
        <translation>Crecimiento de los ingresos de OpenAI 2026</translation>
    </message>
    <message>
        <source>facts.md §3b: projection ~$30B for 2026 (C), about +130%; default +120%</source>
        <translation>facts.md §3b: proyección ~30 mil M$ para 2026 (C), aproximadamente +130 %; predeterminado +120 %</translation>
    </message>
    <message>
        <source>OpenAI long-run growth</source>
        <translation>Crecimiento de OpenAI a largo plazo</translation>
    </message>
    <message>
        <source>Assumption: the rate OpenAI growth fades towards; the default path stays below the $200B projected for 2030 (facts.md §3b, C)</source>
        <translation>Supuesto: la tasa hacia la que converge el crecimiento de OpenAI; la trayectoria predeterminada se mantiene por debajo de los 200 mil M$ proyectados para 2030 (facts.md §3b, C)</translation>
    </message>
    <message>
        <source>OpenAI growth fade</source>
        <translation>Atenuación del crecimiento de OpenAI</translation>
    </message>
    <message>
        <source>Assumption: each year keeps this fraction of the excess of OpenAI growth over its long-run rate</source>
        <translation>Supuesto: cada año conserva esta fracción del exceso del crecimiento de OpenAI sobre su tasa a largo plazo</translation>
    </message>
    <message>
        <source>OpenAI compute spend per revenue dollar</source>
        <translation>Gasto en cómputo de OpenAI por dólar de ingresos</translation>
    </message>
    <message>
        <source>Assumption: facts.md §3b gives OpenAI&apos;s compute in GW only (1.9 GW in 2025, B), not in dollars</source>
        <translation>Supuesto: facts.md §3b solo da el cómputo de OpenAI en GW (1,9 GW en 2025, B), no en dólares</translation>
    </message>
    <message>
        <source>Azure share of OpenAI compute 2025</source>
        <translation>Parte de Azure en el cómputo de OpenAI en 2025</translation>
    </message>
    <message>
        <source>Assumption: Oracle, AWS, CoreWeave and Google also supply OpenAI (facts.md §3d, B)</source>
        <translation>Supuesto: Oracle, AWS, CoreWeave y Google también abastecen a OpenAI (facts.md §3d, B)</translation>
    </message>
    <message>
        <source>Azure share of OpenAI compute 2030</source>
        <translation>Parte de Azure en el cómputo de OpenAI en 2030</translation>
    </message>
    <message>
        <source>Assumption: linear path from 2025, flat after 2030, as the Oracle and AWS contracts ramp up (facts.md §3d, B)</source>
        <translation>Supuesto: trayectoria lineal desde 2025, constante después de 2030, a medida que crecen los contratos con Oracle y AWS (facts.md §3d, B)</translation>
    </message>
    <message>
        <source>Azure commitment</source>
        <translation>Compromiso con Azure</translation>
    </message>
    <message>
        <source>facts.md §3c: $250B incremental Azure commitment (A)</source>
        <translation>facts.md §3c: compromiso adicional con Azure de 250 mil M$ (A)</translation>
    </message>
    <message>
        <source>Commitment first year</source>
        <translation>Primer año del compromiso</translation>
    </message>
    <message>
        <source>Assumption: the payment schedule is undisclosed (facts.md §3c, X)</source>
        <translation>Supuesto: el calendario de pagos no se ha divulgado (facts.md §3c, X)</translation>
    </message>
    <message>
        <source>Commitment duration</source>
        <translation>Duración del compromiso</translation>
    </message>
    <message>
        <source>Assumption: schedule undisclosed (X); one analyst guesses it runs to about 2032 (facts.md §1a, C10)</source>
        <translation>Supuesto: calendario no divulgado (X); un analista estima que se extiende hasta aproximadamente 2032 (facts.md §1a, C10)</translation>
    </message>
    <message>
        <source>Commitment ramp</source>
        <translation>Progresión del compromiso</translation>
    </message>
    <message>
        <source>Assumption: 0 spreads the commitment evenly over its years, 1 ramps it up linearly</source>
        <translation>Supuesto: 0 reparte el compromiso uniformemente entre sus años, 1 lo hace crecer linealmente</translation>
    </message>
    <message>
        <source>OpenAI-driven PaaS 2025</source>
        <translation>PaaS impulsada por OpenAI 2025</translation>
    </message>
    <message>
        <source>Assumption: with the SaaS part near Microsoft&apos;s AI run rate, &gt; $13B (Jan 2025) to &gt; $37B (Apr 2026) (facts.md §3a, B)</source>
        <translation>Supuesto: junto con la parte SaaS, cerca de la tasa anualizada de ingresos de IA de Microsoft, &gt; 13 mil M$ (ene. 2025) a &gt; 37 mil M$ (abr. 2026) (facts.md §3a, B)</translation>
    </message>
    <message>
        <source>PaaS kept after exclusivity</source>
        <translation>PaaS retenida tras la exclusividad</translation>
    </message>
    <message>
        <source>Assumption: share of OpenAI-driven PaaS that stays on Azure once API exclusivity ends, with no Azure-first clause</source>
        <translation>Supuesto: parte de la PaaS impulsada por OpenAI que permanece en Azure una vez que termina la exclusividad de la API, sin cláusula de prioridad para Azure</translation>
    </message>
    <message>
        <source>PaaS kept with Azure first</source>
        <translation>PaaS retenida con prioridad para Azure</translation>
    </message>
    <message>
        <source>Assumption: the same share while OpenAI products ship first on Azure (N1, facts.md §1b, A)</source>
        <translation>Supuesto: la misma parte mientras los productos de OpenAI se lancen primero en Azure (N1, facts.md §1b, A)</translation>
    </message>
    <message>
        <source>OpenAI-based SaaS 2025</source>
        <translation>SaaS basada en OpenAI 2025</translation>
    </message>
    <message>
        <source>Assumption: Copilot, GitHub and Dynamics revenue built on OpenAI IP; see the AI run rate in facts.md §3a (B)</source>
        <translation>Supuesto: ingresos de Copilot, GitHub y Dynamics basados en la PI de OpenAI; véase la tasa anualizada de ingresos de IA en facts.md §3a (B)</translation>
    </message>
    <message>
        <source>SaaS adoption growth 2026</source>
        <translation>Crecimiento de la adopción de SaaS 2026</translation>
    </message>
    <message>
        <source>Assumption: below the +123% of Microsoft&apos;s AI run rate to Apr 2026 (facts.md §3a, B)</source>
        <translation>Supuesto: por debajo del +123 % de la tasa anualizada de ingresos de IA de Microsoft hasta abr. 2026 (facts.md §3a, B)</translation>
    </message>
    <message>
        <source>SaaS long-run growth</source>
        <translation>Crecimiento de SaaS a largo plazo</translation>
    </message>
    <message>
        <source>Assumption: the rate SaaS adoption growth fades towards</source>
        <translation>Supuesto: la tasa hacia la que converge el crecimiento de la adopción de SaaS</translation>
    </message>
    <message>
        <source>SaaS lost to a non-exclusive licence</source>
        <translation>SaaS perdida con una licencia no exclusiva</translation>
    </message>
    <message>
        <source>Assumption: OpenAI-based SaaS lost once Microsoft&apos;s IP licence is non-exclusive (N3, facts.md §1b, A)</source>
        <translation>Supuesto: SaaS basada en OpenAI que se pierde cuando la licencia de PI de Microsoft deja de ser exclusiva (N3, facts.md §1b, A)</translation>
    </message>
    <message>
        <source>SaaS lost when the IP term ends</source>
        <translation>SaaS perdida al terminar la vigencia de la PI</translation>
    </message>
    <message>
        <source>Assumption: OpenAI-based SaaS lost once the IP term ends (end of 2032, C3/N3, facts.md §1a, A)</source>
        <translation>Supuesto: SaaS basada en OpenAI que se pierde al terminar la vigencia de la PI (finales de 2032, C3/N3, facts.md §1a, A)</translation>
    </message>
    <message>
        <source>SaaS lost when research IP ends</source>
        <translation>SaaS perdida al terminar la PI de investigación</translation>
    </message>
    <message>
        <source>Assumption: OpenAI-based SaaS lost once research IP ends (earlier of AGI and 2030, C4, facts.md §1a, A)</source>
        <translation>Supuesto: SaaS basada en OpenAI que se pierde al terminar la PI de investigación (lo que ocurra primero entre la AGI y 2030, C4, facts.md §1a, A)</translation>
    </message>
    <message>
        <source>Revenue share rate 2025</source>
        <translation>Tasa de participación en los ingresos 2025</translation>
    </message>
    <message>
        <source>facts.md §3c: 20% reported (B); the Apr 2026 terms keep the same percentage (A)</source>
        <translation>facts.md §3c: 20 % según los informes (B); las condiciones de abr. 2026 mantienen el mismo porcentaje (A)</translation>
    </message>
    <message>
        <source>Revenue share rate 2030</source>
        <translation>Tasa de participación en los ingresos 2030</translation>
    </message>
    <message>
        <source>facts.md §3c: planned decline to ~10% by 2030 (B), ~8% in a later report (C); linear from 2025</source>
        <translation>facts.md §3c: descenso previsto a ~10 % para 2030 (B), ~8 % en un informe posterior (C); lineal desde 2025</translation>
    </message>
    <message>
        <source>Revenue share cap</source>
        <translation>Tope de la participación en los ingresos</translation>
    </message>
    <message>
        <source>facts.md §3c: total cap reported at $38B (B); applies under the Apr 2026 terms</source>
        <translation>facts.md §3c: tope total de 38 mil M$ según los informes (B); se aplica con las condiciones de abr. 2026</translation>
    </message>
    <message>
        <source>Microsoft&apos;s share to OpenAI</source>
        <translation>Parte que Microsoft paga a OpenAI</translation>
    </message>
    <message>
        <source>facts.md §3c: ~20% of Azure OpenAI Service and Bing revenue (B); ended 27 Apr 2026 (A)</source>
        <translation>facts.md §3c: ~20 % de los ingresos de Azure OpenAI Service y Bing (B); finalizó el 27 abr. 2026 (A)</translation>
    </message>
    <message>
        <source>AGI verification year (median)</source>
        <translation>Año de verificación de la AGI (mediana)</translation>
    </message>
    <message>
        <source>Assumption: the panel, its criteria and any date are undisclosed (facts.md §1a, C2, X); nothing was verified up to Nov 2026</source>
        <translation>Supuesto: el panel, sus criterios y cualquier fecha no se han divulgado (facts.md §1a, C2, X); no se verificó nada hasta nov. 2026</translation>
    </message>
    <message>
        <source>AGI year spread</source>
        <translation>Dispersión del año de la AGI</translation>
    </message>
    <message>
        <source>Assumption: standard deviation of the verification year in the Monte Carlo</source>
        <translation>Supuesto: desviación estándar del año de verificación en la simulación de Monte Carlo</translation>
    </message>
    <message>
        <source>AGI not within the horizon</source>
        <translation>AGI fuera del horizonte</translation>
    </message>
    <message>
        <source>Assumption: probability that no AGI verification happens within the horizon</source>
        <translation>Supuesto: probabilidad de que no haya ninguna verificación de la AGI dentro del horizonte</translation>
    </message>
    <message>
        <source>Azure and baseline growth</source>
        <translation>Crecimiento de Azure y de base</translation>
    </message>
    <message>
        <source>IaaS / PaaS / SaaS split (assumed)</source>
        <translation>Reparto IaaS / PaaS / SaaS (supuesto)</translation>
    </message>
    <message>
        <source>OpenAI revenue</source>
        <translation>Ingresos de OpenAI</translation>
    </message>
    <message>
        <source>IaaS: OpenAI compute on Azure</source>
        <translation>IaaS: cómputo de OpenAI en Azure</translation>
    </message>
    <message>
        <source>$250B Azure commitment</source>
        <translation>Compromiso de Azure de 250 mil M$</translation>
    </message>
    <message>
        <source>PaaS: OpenAI models on Azure</source>
        <translation>PaaS: modelos de OpenAI en Azure</translation>
    </message>
    <message>
        <source>SaaS: products on OpenAI IP</source>
        <translation>SaaS: productos basados en la PI de OpenAI</translation>
    </message>
    <message>
        <source>Revenue share</source>
        <translation>Participación en los ingresos</translation>
    </message>
    <message>
        <source>AGI verification</source>
        <translation>Verificación de la AGI</translation>
    </message>
    <message>
        <source>years</source>
        <translation>años</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioAutosave</name>
    <message>
        <source>An autosaved scenario could not be read (%1). It was set aside as %2.</source>
        <translation>No se pudo leer un escenario guardado automáticamente (%1). Se apartó como %2.</translation>
    </message>
    <message>
        <source>An autosaved scenario could not be read (%1) nor set aside (%2).</source>
        <translation>No se pudo leer (%1) ni apartar (%2) un escenario guardado automáticamente.</translation>
    </message>
    <message>
        <source>Restore Autosaved Scenario</source>
        <translation>Restaurar escenario guardado automáticamente</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>sin título</translation>
    </message>
    <message>
        <source>Dealscope did not close properly. Restore the unsaved changes to the scenario “%1” (autosaved %2)?</source>
        <translation>Dealscope no se cerró correctamente. ¿Restaurar los cambios no guardados del escenario «%1» (guardados automáticamente el %2)?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioBridge</name>
    <message>
        <source>API exclusivity</source>
        <translation>Exclusividad de la API</translation>
    </message>
    <message>
        <source>Azure first</source>
        <translation>Azure primero</translation>
    </message>
    <message>
        <source>IP licence</source>
        <translation>Licencia de PI</translation>
    </message>
    <message>
        <source>IP exclusivity</source>
        <translation>Exclusividad de la PI</translation>
    </message>
    <message>
        <source>Research IP</source>
        <translation>PI de investigación</translation>
    </message>
    <message>
        <source>Revenue share term</source>
        <translation>Plazo de la participación en los ingresos</translation>
    </message>
    <message>
        <source>Revenue share cap</source>
        <translation>Tope de la participación en los ingresos</translation>
    </message>
    <message>
        <source>Share paid to OpenAI</source>
        <translation>Participación pagada a OpenAI</translation>
    </message>
    <message>
        <source>Azure commitment</source>
        <translation>Compromiso con Azure</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioBridgeChart</name>
    <message>
        <source>Microsoft&apos;s OpenAI-driven revenue</source>
        <translation>ingresos de Microsoft impulsados por OpenAI</translation>
    </message>
    <message>
        <source>net revenue share</source>
        <translation>participación neta en los ingresos</translation>
    </message>
    <message>
        <source>%1: select clause %2</source>
        <translation>%1: seleccionar la cláusula %2</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>Under the terms</source>
        <translation>Con las condiciones</translation>
    </message>
    <message>
        <source>Term adds</source>
        <translation>La condición suma</translation>
    </message>
    <message>
        <source>Term takes away</source>
        <translation>La condición resta</translation>
    </message>
    <message>
        <source>USD billions</source>
        <translation>Miles de millones de USD</translation>
    </message>
    <message>
        <source>%1, cumulative %2–%3, term by term (illustrative)</source>
        <translation>%1, acumulado %2–%3, condición por condición (ilustrativo)</translation>
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
        <translation>&amp;De:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;A:</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>&amp;Medida:</translation>
    </message>
    <message>
        <source>Microsoft total</source>
        <translation>Total de Microsoft</translation>
    </message>
    <message>
        <source>Revenue share</source>
        <translation>Participación en los ingresos</translation>
    </message>
    <message>
        <source>Microsoft total: OpenAI-driven Azure revenue plus the revenue share, net of the share Microsoft paid OpenAI. Revenue share: that net share alone.</source>
        <translation>Total de Microsoft: ingresos de Azure impulsados por OpenAI más la participación en los ingresos, neta de la que Microsoft pagó a OpenAI. Participación en los ingresos: solo esa participación neta.</translation>
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
    <message>
        <source>AGI %1 (model only)</source>
        <translation>AGI %1 (solo en el modelo)</translation>
    </message>
    <message>
        <source>Revenue share cap reached</source>
        <translation>Tope de la participación en los ingresos alcanzado</translation>
    </message>
    <message>
        <source>Cap of $%1 B reached: no revenue share after %2</source>
        <translation>Tope de %1 mil M$ alcanzado: sin participación en los ingresos después de %2</translation>
    </message>
    <message>
        <source>AGI %1</source>
        <translation>AGI %1</translation>
    </message>
    <message>
        <source>Cap reached %1</source>
        <translation>Tope alcanzado en %1</translation>
    </message>
    <message>
        <source>Compared (%1)</source>
        <translation>Comparación (%1)</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <source>Revenue share</source>
        <translation>Participación en los ingresos</translation>
    </message>
    <message>
        <source>Azure stack</source>
        <translation>Pila de Azure</translation>
    </message>
    <message>
        <source>%1: IaaS %2, PaaS %3, SaaS %4, revenue share %5</source>
        <translation>%1: IaaS %2, PaaS %3, SaaS %4, participación en los ingresos %5</translation>
    </message>
    <message>
        <source>%1. %2. The Table tab gives every year.</source>
        <translation>%1. %2. La pestaña «Tabla» muestra todos los años.</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioDocument</name>
    <message>
        <source>Defaults</source>
        <translation>Valores predeterminados</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>sin título</translation>
    </message>
    <message>
        <source>%1 (modified)</source>
        <translation>%1 (modificado)</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>cambio de %1</translation>
    </message>
    <message>
        <source>Reset %1</source>
        <translation>restablecimiento de %1</translation>
    </message>
    <message>
        <source>Switch to %1</source>
        <translation>cambio a %1</translation>
    </message>
    <message>
        <source>Load %1</source>
        <translation>carga de %1</translation>
    </message>
    <message>
        <source>Assume AGI verified in %1</source>
        <translation>suposición de verificación de la AGI en %1</translation>
    </message>
    <message>
        <source>Do not assume AGI verification</source>
        <translation>sin suponer la verificación de la AGI</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>apertura de %1</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioEditor</name>
    <message>
        <source>Scenario as JSON</source>
        <translation>Escenario como JSON</translation>
    </message>
    <message>
        <source>The scenario changed in the panel. Your edits are not applied: apply them over it, or reload the panel&apos;s scenario (Undo in the editor brings your text back).</source>
        <translation>El escenario cambió en el panel. Sus cambios no se han aplicado: aplíquelos sobre él o recargue el escenario del panel (Deshacer en el editor recupera su texto).</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recargar</translation>
    </message>
    <message>
        <source>Problems in the scenario</source>
        <translation>Problemas en el escenario</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <source>Update the sliders and the chart from this text (%1); Undo takes it back</source>
        <translation>Actualizar los controles deslizantes y el gráfico a partir de este texto (%1); Deshacer lo revierte</translation>
    </message>
    <message>
        <source>Reload from Panel</source>
        <translation>Recargar desde el panel</translation>
    </message>
    <message>
        <source>Replace the text with the panel&apos;s scenario; Undo in the editor brings it back</source>
        <translation>Reemplazar el texto por el escenario del panel; Deshacer en el editor lo recupera</translation>
    </message>
    <message>
        <source>Apply Scenario</source>
        <translation>Aplicar escenario</translation>
    </message>
    <message>
        <source>Reload Scenario from Panel</source>
        <translation>Recargar escenario desde el panel</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>sin título</translation>
    </message>
    <message>
        <source>Scenario “%1” as JSON · edited, not applied</source>
        <translation>Escenario «%1» como JSON · editado, sin aplicar</translation>
    </message>
    <message>
        <source>Scenario “%1” as JSON</source>
        <translation>Escenario «%1» como JSON</translation>
    </message>
    <message>
        <source>The scenario model needs the Microsoft–OpenAI dataset; nothing can be applied.</source>
        <translation>El modelo de escenario necesita el conjunto de datos de Microsoft–OpenAI; no se puede aplicar nada.</translation>
    </message>
    <message>
        <source>Edited, not applied.</source>
        <translation>Editado, sin aplicar.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): the text cannot be applied.</source>
        <translation>
            <numerusform>%n error: no se puede aplicar el texto.</numerusform>
            <numerusform>%n errores: no se puede aplicar el texto.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): fix them to apply, or the text they name would be ignored.</source>
        <translation>
            <numerusform>%n advertencia: corríjala para aplicar; si no, el texto que indica se ignoraría.</numerusform>
            <numerusform>%n advertencias: corríjalas para aplicar; si no, el texto que indican se ignoraría.</numerusform>
        </translation>
    </message>
    <message>
        <source>Valid, not applied yet: Apply (%1) updates the sliders and the chart.</source>
        <translation>Válido, aún sin aplicar: Aplicar (%1) actualiza los controles deslizantes y el gráfico.</translation>
    </message>
    <message>
        <source>The panel&apos;s scenario. Edit it here, then apply.</source>
        <translation>El escenario del panel. Edítelo aquí y luego aplíquelo.</translation>
    </message>
    <message numerus="yes">
        <source>Not applied: %n problem(s) in the text (listed below).</source>
        <translation>
            <numerusform>Sin aplicar: %n problema en el texto (indicado abajo).</numerusform>
            <numerusform>Sin aplicar: %n problemas en el texto (indicados abajo).</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit Scenario as JSON</source>
        <translation>edición del escenario como JSON</translation>
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
    <message>
        <source>%1 to %2</source>
        <comment>a range of amounts</comment>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>Azure stack in %1: p10 %2, median %3, p90 %4</source>
        <translation>Pila de Azure en %1: p10 %2, mediana %3, p90 %4</translation>
    </message>
    <message>
        <source>%1. %2. The Table tab gives every year&apos;s percentiles.</source>
        <translation>%1. %2. La pestaña «Tabla» muestra los percentiles de todos los años.</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioFiles</name>
    <message>
        <source>Open &amp;Scenario…</source>
        <translation>Abrir &amp;escenario…</translation>
    </message>
    <message>
        <source>Sa&amp;ve Scenario As…</source>
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
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 ya existe. ¿Reemplazarlo?</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioLabels</name>
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
        <source>%1, same assumptions</source>
        <translation>%1, mismos supuestos</translation>
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
        <source>Scenario: %1</source>
        <translation>Escenario: %1</translation>
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
        <source>Dashed: %1</source>
        <translation>Discontinua: %1</translation>
    </message>
    <message>
        <source>Loaded the %1</source>
        <translation>%1 cargado</translation>
    </message>
    <message>
        <source>%1 (not usable)</source>
        <translation>%1 (no utilizable)</translation>
    </message>
    <message>
        <source>The model cannot run under this version: %1</source>
        <translation>El modelo no puede funcionar con esta versión: %1</translation>
    </message>
    <message>
        <source>The contract terms the projection runs under: each version of the agreement whose terms the model can read, with the dates the dataset gives</source>
        <translation>Las condiciones contractuales de la proyección: cada versión del acuerdo cuyas condiciones el modelo puede leer, con las fechas del conjunto de datos</translation>
    </message>
    <message>
        <source>Bridge</source>
        <translation>Puente</translation>
    </message>
    <message>
        <source>Scenario views</source>
        <translation>Vistas del escenario</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioRegime</name>
    <message>
        <source>Oct 2025 terms</source>
        <translation>Condiciones de oct. 2025</translation>
    </message>
    <message>
        <source>Apr 2026 terms</source>
        <translation>Condiciones de abr. 2026</translation>
    </message>
    <message>
        <source>Terms of version %1</source>
        <translation>Condiciones de la versión %1</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <extracomment>A QDate format for the month and year of a version whose terms are a regime, as in &quot;Oct 2025 terms&quot;.</extracomment>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <source>%1 terms</source>
        <translation>Condiciones de %1</translation>
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
    <message>
        <source>Baseline %1, OpenAI-driven %2 (USD billions)</source>
        <translation>De referencia %1, impulsada por OpenAI %2 (miles de millones de USD)</translation>
    </message>
    <message>
        <source>The scenario as set</source>
        <translation>El escenario tal como está configurado</translation>
    </message>
    <message>
        <source>Compared: %1</source>
        <translation>Comparación: %1</translation>
    </message>
    <message>
        <source>The scenario minus the compared one</source>
        <translation>El escenario menos el comparado</translation>
    </message>
    <message>
        <source>Azure
stack</source>
        <translation>Pila de
Azure</translation>
    </message>
    <message>
        <source>Revenue
share</source>
        <translation>Particip.
en ingresos</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>escenario</translation>
    </message>
    <message>
        <source>compared</source>
        <translation>comparación</translation>
    </message>
    <message>
        <source>difference</source>
        <translation>diferencia</translation>
    </message>
    <message>
        <source>%1
%2
$B</source>
        <comment>a quantity, then scenario, compared or difference</comment>
        <translation>%1
%2
mil M$</translation>
    </message>
</context>
<context>
    <name>Dealscope::ScenarioTablePage</name>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Projection by year</source>
        <translation>Proyección por año</translation>
    </message>
    <message>
        <source>Sensitivity of each assumption</source>
        <translation>Sensibilidad de cada supuesto</translation>
    </message>
    <message>
        <source>AGI-year fan (percentiles)</source>
        <translation>Abanico del año de la AGI (percentiles)</translation>
    </message>
    <message>
        <source>Every chart&apos;s figures as a table, readable with the keyboard and a screen reader</source>
        <translation>Las cifras de cada gráfico como tabla, legibles con el teclado y un lector de pantalla</translation>
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
    <message>
        <source>Change from the base of %1, USD billions</source>
        <translation>Variación respecto a la base de %1, miles de millones de USD</translation>
    </message>
    <message>
        <source>Base: %1, cumulative %2–%3</source>
        <translation>Base: %1, acumulado %2–%3</translation>
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
        <translation>%1 de %2 a %3</translation>
    </message>
    <message>
        <source>Base %1. Largest swings: %2. The Table tab gives every assumption.</source>
        <translation>Base %1. Mayores variaciones: %2. La pestaña «Tabla» muestra todos los supuestos.</translation>
    </message>
</context>
<context>
    <name>Dealscope::SensitivityTableModel</name>
    <message>
        <source>Base, cumulative %1–%2</source>
        <translation>Base, acumulado %1–%2</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>Supuesto</translation>
    </message>
    <message>
        <source>Low
setting</source>
        <translation>Valor
bajo</translation>
    </message>
    <message>
        <source>Change
at low</source>
        <translation>Cambio
con bajo</translation>
    </message>
    <message>
        <source>High
setting</source>
        <translation>Valor
alto</translation>
    </message>
    <message>
        <source>Change
at high</source>
        <translation>Cambio
con alto</translation>
    </message>
</context>
<context>
    <name>Dealscope::SettingsRecovery</name>
    <message>
        <source>it is not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>it is larger than %1 MiB</source>
        <translation>ocupa más de %1 MiB</translation>
    </message>
    <message>
        <source>it cannot be read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>it contains binary data</source>
        <translation>contiene datos binarios</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>no es texto UTF-8</translation>
    </message>
    <message>
        <source>line %1 opens a section without closing it</source>
        <translation>la línea %1 abre una sección sin cerrarla</translation>
    </message>
    <message>
        <source>it is not in the settings format</source>
        <translation>no está en el formato de configuración</translation>
    </message>
    <message>
        <source>The settings file %1 could not be used (%2) nor set aside (%3); Dealscope started with default settings.</source>
        <translation>No se pudo usar (%2) ni apartar (%3) el archivo de configuración %1; Dealscope se inició con la configuración predeterminada.</translation>
    </message>
    <message>
        <source>The settings file %1 could not be used (%2). It was set aside as %3 and Dealscope started with default settings.</source>
        <translation>No se pudo usar el archivo de configuración %1 (%2). Se apartó como %3 y Dealscope se inició con la configuración predeterminada.</translation>
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
    <message>
        <source>Scenario (editable)</source>
        <translation>Escenario (editable)</translation>
    </message>
    <message>
        <source>Show the selected clause&apos;s or event&apos;s entry, the whole dataset file, or the current scenario as JSON to edit and apply</source>
        <translation>Mostrar la entrada de la cláusula o del evento seleccionado, todo el archivo del conjunto de datos o el escenario actual como JSON para editarlo y aplicarlo</translation>
    </message>
</context>
<context>
    <name>Dealscope::StartPage</name>
    <message>
        <source>The deal at a glance</source>
        <translation>El acuerdo de un vistazo</translation>
    </message>
    <message>
        <source>the end of %1</source>
        <translation>finales de %1</translation>
    </message>
    <message>
        <source>The dataset has no version of the agreement yet.</source>
        <translation>El conjunto de datos aún no tiene ninguna versión del acuerdo.</translation>
    </message>
    <message>
        <source>Version shown: %1, %2.</source>
        <translation>Versión mostrada: %1, %2.</translation>
    </message>
    <message>
        <source>Every line links to its clause; select it to see the details and sources.</source>
        <translation>Cada línea enlaza con su cláusula; selecciónela para ver los detalles y las fuentes.</translation>
    </message>
    <message>
        <source>Facts checked on %1.</source>
        <translation>Datos comprobados el %1.</translation>
    </message>
    <message>
        <source>Who gets what</source>
        <translation>Quién obtiene qué</translation>
    </message>
    <message>
        <source>No clause is in force as of this version.</source>
        <translation>Ninguna cláusula está en vigor en esta versión.</translation>
    </message>
    <message>
        <source>confidence %1</source>
        <translation>fiabilidad %1</translation>
    </message>
    <message>
        <source>no end date stated</source>
        <translation>sin fecha de fin indicada</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>hasta %1</translation>
    </message>
    <message>
        <source>until the earlier of %1</source>
        <translation>hasta lo que ocurra antes: %1</translation>
    </message>
    <message>
        <source>%1 (assumed for %2)</source>
        <translation>%1 (supuesto para el %2)</translation>
    </message>
    <message>
        <source>%1 (no date known)</source>
        <translation>%1 (sin fecha conocida)</translation>
    </message>
    <message>
        <source>Key dates</source>
        <translation>Fechas clave</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Figures: %1</source>
        <translation>Cifras: %1</translation>
    </message>
    <message>
        <source>these terms run out:</source>
        <translation>estas condiciones vencen:</translation>
    </message>
    <message>
        <source>assumed for %1</source>
        <translation>supuesto para el %1</translation>
    </message>
    <message>
        <source>no date known</source>
        <translation>sin fecha conocida</translation>
    </message>
    <message>
        <source>these terms end then:</source>
        <translation>estas condiciones terminan entonces:</translation>
    </message>
    <message>
        <source>What changed on %1</source>
        <translation>Qué cambió el %1</translation>
    </message>
    <message>
        <source>Compared with %1, %2.</source>
        <translation>En comparación con %1, %2.</translation>
    </message>
    <message>
        <source>This version changed no clause.</source>
        <translation>Esta versión no cambió ninguna cláusula.</translation>
    </message>
    <message>
        <source>Still unknown</source>
        <translation>Aún desconocido</translation>
    </message>
    <message>
        <source>The dataset lists no open question for this version.</source>
        <translation>El conjunto de datos no recoge ninguna pregunta abierta para esta versión.</translation>
    </message>
    <message>
        <source>Clauses:</source>
        <translation>Cláusulas:</translation>
    </message>
    <message>
        <source>still standing: confidence %1</source>
        <extracomment>How sure it is that a clause still stands as of the version shown, when that differs from the clause&apos;s</extracomment>
        <translation>sigue vigente: confianza %1</translation>
    </message>
    <message>
        <source>Conflicting reports</source>
        <translation>Informes contradictorios</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
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
    <message>
        <source>Assume AGI Verified in %1</source>
        <translation>Suponer la AGI verificada en %1</translation>
    </message>
    <message>
        <source>Do Not Assume AGI Verification</source>
        <translation>No suponer la verificación de la AGI</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n evento</numerusform>
            <numerusform>%n eventos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clause(s)</source>
        <translation>
            <numerusform>%n cláusula</numerusform>
            <numerusform>%n cláusulas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dealscope::UndoAction</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Deshacer %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rehacer %1</translation>
    </message>
</context>
<context>
    <name>Dealscope::UnsavedScenarioPrompt</name>
    <message>
        <source>Unsaved Scenario</source>
        <translation>Escenario sin guardar</translation>
    </message>
    <message>
        <source>The scenario has changes that are not saved to a file.</source>
        <translation>El escenario tiene cambios que no están guardados en ningún archivo.</translation>
    </message>
    <message>
        <source>Save them before closing? Discarded changes cannot be recovered.</source>
        <translation>¿Guardarlos antes de cerrar? Los cambios descartados no se pueden recuperar.</translation>
    </message>
</context>
<context>
    <name>Dealscope::UserGuideWindow</name>
    <message>
        <source>Dealscope User Guide</source>
        <translation>Guía del usuario de Dealscope</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Adelante</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guía del usuario</translation>
    </message>
</context>
<context>
    <name>Dealscope::VersionAnnouncer</name>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n nueva</numerusform>
            <numerusform>%n nuevas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n amended</source>
        <translation>
            <numerusform>%n modificada</numerusform>
            <numerusform>%n modificadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ended</source>
        <translation>
            <numerusform>%n finalizada</numerusform>
            <numerusform>%n finalizadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not restated</source>
        <translation>
            <numerusform>%n no reiterada</numerusform>
            <numerusform>%n no reiteradas</numerusform>
        </translation>
    </message>
    <message>
        <source>Now showing %1: no clause changed</source>
        <translation>Ahora se muestra %1: ninguna cláusula ha cambiado</translation>
    </message>
    <message>
        <source>Now showing %1: %2</source>
        <translation>Ahora se muestra %1: %2</translation>
    </message>
</context>
<context>
    <name>Dealscope::VersionComparison</name>
    <message>
        <source>no end stated</source>
        <translation>sin fin estipulado</translation>
    </message>
    <message>
        <source>through %1</source>
        <translation>hasta %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>hasta %1</translation>
    </message>
    <message>
        <source>%1, whichever comes first</source>
        <translation>%1, lo que ocurra primero</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadida</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Finalizada</translation>
    </message>
    <message>
        <source>Amended</source>
        <translation>Modificada</translation>
    </message>
    <message>
        <source>Not restated</source>
        <translation>No reiterada</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>Redacción</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
</context>
<context>
    <name>Dealscope::WindowPages</name>
    <message>
        <source>At a Glance</source>
        <translation>De un vistazo</translation>
    </message>
    <message>
        <source>Explorer</source>
        <translation>Explorador</translation>
    </message>
    <message>
        <source>Scenario (illustrative)</source>
        <translation>Escenario (ilustrativo)</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Open Questions</source>
        <translation>Preguntas abiertas</translation>
    </message>
    <message>
        <source>The Deal at a &amp;Glance</source>
        <translation>El acuerdo de un &amp;vistazo</translation>
    </message>
    <message>
        <source>&amp;Explorer</source>
        <translation>&amp;Explorador</translation>
    </message>
    <message>
        <source>&amp;Scenario</source>
        <translation>Esce&amp;nario</translation>
    </message>
    <message>
        <source>&amp;Articles</source>
        <translation>A&amp;rtículos</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>C&amp;omparar</translation>
    </message>
    <message>
        <source>Open &amp;Questions</source>
        <translation>Preguntas a&amp;biertas</translation>
    </message>
    <message>
        <source>What each party gets, the key dates, what changed last and what is still unknown</source>
        <translation>Qué obtiene cada parte, las fechas clave, qué cambió por última vez y qué se desconoce aún</translation>
    </message>
    <message>
        <source>The clauses, their timeline and the details of the selected one</source>
        <translation>Las cláusulas, su cronología y los detalles del elemento seleccionado</translation>
    </message>
    <message>
        <source>An illustrative model of Azure revenue under the agreement&apos;s terms</source>
        <translation>Un modelo ilustrativo de los ingresos de Azure según las condiciones del acuerdo</translation>
    </message>
    <message>
        <source>Explainer articles on the agreement and its amendment</source>
        <translation>Artículos explicativos sobre el acuerdo y su enmienda</translation>
    </message>
    <message>
        <source>Two versions of the agreement compared, wording beside wording</source>
        <translation>Dos versiones del acuerdo comparadas, redacción junto a redacción</translation>
    </message>
    <message>
        <source>Every point the sources disagree on or leave unknown, with each claim and its sources</source>
        <translation>Cada punto en el que las fuentes discrepan o que dejan sin aclarar, con cada afirmación y sus fuentes</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
</context>
<context>
    <name>Dealscope::ZoomActions</name>
    <message>
        <source>Zoom &amp;In</source>
        <translation>A&amp;mpliar</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Re&amp;ducir</translation>
    </message>
    <message>
        <source>&amp;Fit Selection</source>
        <translation>A&amp;justar a la selección</translation>
    </message>
    <message>
        <source>Fit the selected clauses and events across the timeline, or everything</source>
        <translation>Ajustar las cláusulas y eventos seleccionados al ancho de la cronología, o todo</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>Restablecer el &amp;zoom</translation>
    </message>
    <message>
        <source>Back to the whole timeline, as it opens</source>
        <translation>Volver a la cronología completa, como al abrirla</translation>
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
        <source>Ass&amp;ume AGI Verification…</source>
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
    <message>
        <source>&amp;Export Chart…</source>
        <translation>Exportar &amp;gráfico…</translation>
    </message>
    <message>
        <source>Save the scenario chart shown as PNG, SVG or PDF</source>
        <translation>Guardar el gráfico del escenario mostrado como PNG, SVG o PDF</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export &amp;Timeline…</source>
        <translation>Exportar cro&amp;nología…</translation>
    </message>
    <message>
        <source>Save the timeline as PNG, SVG or PDF</source>
        <translation>Guardar la cronología como PNG, SVG o PDF</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>Export T&amp;able…</source>
        <translation>Exportar &amp;tabla…</translation>
    </message>
    <message>
        <source>Save a table (projection, sensitivity, fan, clauses or events) as CSV</source>
        <translation>Guardar una tabla (proyección, sensibilidad, abanico, cláusulas o eventos) como CSV</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation>Exportar in&amp;forme…</translation>
    </message>
    <message>
        <source>Save a PDF report: clauses in force, timeline, scenario charts and sources</source>
        <translation>Guardar un informe PDF: cláusulas en vigor, cronología, gráficos del escenario y fuentes</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Print the timeline, or the scenario chart when the Scenario view is shown, with a preview</source>
        <translation>Imprimir la cronología, o el gráfico del escenario cuando se muestra la vista Escenario, con vista previa</translation>
    </message>
</context>
</TS>
