<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>Dealscope::AgreementStatusLine</name>
        <message numerus="yes">
            <source>As of %1 (%2): %n clause(s) in force or not restated</source>
            <translation>
                <numerusform>As of %1 (%2): %n clause in force or not restated</numerusform>
                <numerusform>As of %1 (%2): %n clauses in force or not restated</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Dealscope::ArticleView</name>
        <message numerus="yes">
            <source>%n match(es)</source>
            <translation>
                <numerusform>%n match</numerusform>
                <numerusform>%n matches</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Dealscope::GlossaryView</name>
        <message numerus="yes">
            <source>%n term(s)</source>
            <translation>
                <numerusform>%n term</numerusform>
                <numerusform>%n terms</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Dealscope::ScenarioEditor</name>
        <message numerus="yes">
            <source>%n error(s): the text cannot be applied.</source>
            <translation>
                <numerusform>%n error: the text cannot be applied.</numerusform>
                <numerusform>%n errors: the text cannot be applied.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s): fix them to apply, or the text they name would be ignored.</source>
            <translation>
                <numerusform>%n warning: fix them to apply, or the text they name would be ignored.</numerusform>
                <numerusform>%n warnings: fix them to apply, or the text they name would be ignored.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Not applied: %n problem(s) in the text (listed below).</source>
            <translation>
                <numerusform>Not applied: %n problem in the text (listed below).</numerusform>
                <numerusform>Not applied: %n problems in the text (listed below).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Dealscope::SourceView</name>
        <message numerus="yes">
            <source>%1 · %n lines</source>
            <translation>
                <numerusform>%1 · %n line</numerusform>
                <numerusform>%1 · %n lines</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Dealscope::TimelineView</name>
        <message numerus="yes">
            <source>%n event(s)</source>
            <translation>
                <numerusform>%n event</numerusform>
                <numerusform>%n events</numerusform>
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
        <name>Dealscope::VersionAnnouncer</name>
        <message numerus="yes">
            <source>%n new</source>
            <translation>
                <numerusform>%n new</numerusform>
                <numerusform>%n new</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n amended</source>
            <translation>
                <numerusform>%n amended</numerusform>
                <numerusform>%n amended</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n ended</source>
            <translation>
                <numerusform>%n ended</numerusform>
                <numerusform>%n ended</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n not restated</source>
            <translation>
                <numerusform>%n not restated</numerusform>
                <numerusform>%n not restated</numerusform>
            </translation>
        </message>
    </context>
</TS>
