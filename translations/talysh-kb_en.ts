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
