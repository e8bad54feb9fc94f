<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>tkb::BaseOpener</name>
    <message numerus="yes">
        <source>Imported “%1” from %2: %n entities</source>
        <translation>
            <numerusform>Imported “%1” from %2: %n entity</numerusform>
            <numerusform>Imported “%1” from %2: %n entities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tkb::ClaimTable</name>
    <message numerus="yes">
        <source>%n citation(s)</source>
        <translation>
            <numerusform>%n citation</numerusform>
            <numerusform>%n citations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tkb::DocumentLines</name>
    <message numerus="yes">
        <source>Sources: %n</source>
        <translation>
            <numerusform>Sources: %n</numerusform>
            <numerusform>Sources: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tkb::EntityDeleter</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>What refers to it (%n): their links to it become plain text and their relations to it are removed. Undo brings everything back.</source>
        <translation>
            <numerusform>What refers to it (%n): its links to it become plain text and its relations to it are removed. Undo brings everything back.</numerusform>
            <numerusform>What refers to it (%n): their links to it become plain text and their relations to it are removed. Undo brings everything back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tkb::GraphPage</name>
    <message numerus="yes">
        <source>%n related entries. Arrow keys move between them, Enter opens one, the menu key offers more.</source>
        <translation>
            <numerusform>%n related entry. Arrow keys move between them, Enter opens one, the menu key offers more.</numerusform>
            <numerusform>%n related entries. Arrow keys move between them, Enter opens one, the menu key offers more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n related entries, grouped by relation. Arrow keys move between the groups and entries, Enter shows a group&apos;s entries or opens an entry.</source>
        <translation>
            <numerusform>%n related entry, grouped by relation. Arrow keys move between the groups and entries, Enter shows a group&apos;s entries or opens an entry.</numerusform>
            <numerusform>%n related entries, grouped by relation. Arrow keys move between the groups and entries, Enter shows a group&apos;s entries or opens an entry.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries: %1. Enter or a click shows them.</source>
        <translation>
            <numerusform>%n entry: %1. Enter or a click shows it.</numerusform>
            <numerusform>%n entries: %1. Enter or a click shows them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show %n more</source>
        <translation>
            <numerusform>Show %n more</numerusform>
            <numerusform>Show %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tkb::HistoryPage</name>
    <message numerus="yes">
        <source>%n lines differ.</source>
        <translation>
            <numerusform>%n line differs.</numerusform>
            <numerusform>%n lines differ.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tkb::ListPage</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matches</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tkb::MergeDialog</name>
    <message numerus="yes">
        <source>%n spelling(s)</source>
        <translation>
            <numerusform>%n spelling</numerusform>
            <numerusform>%n spellings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attribute(s)</source>
        <translation>
            <numerusform>%n attribute</numerusform>
            <numerusform>%n attributes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n date(s)</source>
        <translation>
            <numerusform>%n date</numerusform>
            <numerusform>%n dates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relation(s)</source>
        <translation>
            <numerusform>%n relation</numerusform>
            <numerusform>%n relations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n citation(s)</source>
        <translation>
            <numerusform>%n citation</numerusform>
            <numerusform>%n citations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re-pointed to “%1” (%n):</source>
        <translation>
            <numerusform>Re-pointed to “%1” (%n):</numerusform>
            <numerusform>Re-pointed to “%1” (%n):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tkb::PageBuilder</name>
    <message numerus="yes">
        <source>(%n times)</source>
        <translation>
            <numerusform>(%n time)</numerusform>
            <numerusform>(%n times)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tkb::RecentChangesPage</name>
    <message numerus="yes">
        <source>%n entities</source>
        <translation>
            <numerusform>%n entity</numerusform>
            <numerusform>%n entities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 by %2: %3. %n entities changed</source>
        <translation>
            <numerusform>%1 by %2: %3. %n entity changed</numerusform>
            <numerusform>%1 by %2: %3. %n entities changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest changes, newest first. %n did not apply and are kept with their problem.</source>
        <translation>
            <numerusform>The newest changes, newest first. %n did not apply and is kept with its problem.</numerusform>
            <numerusform>The newest changes, newest first. %n did not apply and are kept with their problem.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show %n older changes</source>
        <translation>
            <numerusform>Show %n older change</numerusform>
            <numerusform>Show %n older changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tkb::SearchResultsPage</name>
    <message numerus="yes">
        <source>%n result(s) for “%1”</source>
        <translation>
            <numerusform>%n result for “%1”</numerusform>
            <numerusform>%n results for “%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tkb::SelectionTargetDialog</name>
    <message numerus="yes">
        <source>%1  [%n citation(s)]</source>
        <translation>
            <numerusform>%1  [%n citation]</numerusform>
            <numerusform>%1  [%n citations]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tkb::TimelinePage</name>
    <message numerus="yes">
        <source>%n more events in view: zoom in to list them.</source>
        <translation>
            <numerusform>%n more event in view: zoom in to list it.</numerusform>
            <numerusform>%n more events in view: zoom in to list them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tkb::TimelinePainter</name>
    <message numerus="yes">
        <source>%n events, %1. Click to zoom in.</source>
        <translation>
            <numerusform>%n event, %1. Click to zoom in.</numerusform>
            <numerusform>%n events, %1. Click to zoom in.</numerusform>
        </translation>
    </message>
</context>
</TS>
