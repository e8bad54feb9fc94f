<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>ClaimStatus</name>
    <message>
        <source>stated</source>
        <translation>vermeld</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>bericht</translation>
    </message>
    <message>
        <source>opinion</source>
        <translation>mening</translation>
    </message>
    <message>
        <source>disputed</source>
        <translation>betwist</translation>
    </message>
    <message>
        <source>ambiguous reading</source>
        <translation>dubbelzinnige lezing</translation>
    </message>
</context>
<context>
    <name>EntityKind</name>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Gebeurtenis</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Plaatsen</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Gebeurtenissen</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Onderwerpen</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Bronnen</translation>
    </message>
</context>
<context>
    <name>FuzzyDate</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1?</source>
        <comment>an uncertain date</comment>
        <translation>%1?</translation>
    </message>
    <message>
        <source>circa %1</source>
        <comment>an approximate date</comment>
        <translation>ca. %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <comment>a period open at its end</comment>
        <translation>vanaf %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <comment>a period open at its start, up to and including</comment>
        <translation>tot en met %1</translation>
    </message>
    <message>
        <source>before %1</source>
        <translation>vóór %1</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>na %1</translation>
    </message>
    <message>
        <source>beginning of %1</source>
        <comment>a year</comment>
        <translation>begin %1</translation>
    </message>
    <message>
        <source>mid-%1</source>
        <comment>a year</comment>
        <translation>medio %1</translation>
    </message>
    <message>
        <source>end of %1</source>
        <comment>a year</comment>
        <translation>eind %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A knowledge base of the Talysh National Movement.</source>
        <translation>Een kennisbank over de Talysh Nationale Beweging.</translation>
    </message>
    <message>
        <source>Use this language for this run (%1).</source>
        <translation>Deze taal gebruiken voor deze sessie (%1).</translation>
    </message>
    <message>
        <source>A knowledge base file to open instead of the bundled one.</source>
        <translation>Een kennisbankbestand om te openen in plaats van het meegeleverde.</translation>
    </message>
    <message>
        <source>Open the knowledge base, save a picture of the window to this PNG file and quit.</source>
        <translation>Open de kennisbank, sla een afbeelding van het venster op in dit PNG-bestand en sluit af.</translation>
    </message>
    <message>
        <source>Saved a picture of &quot;%1&quot; to %2.</source>
        <translation>Afbeelding van ‘%1’ opgeslagen in %2.</translation>
    </message>
    <message>
        <source>talysh-kb: cannot write the picture %1.</source>
        <translation>talysh-kb: kan de afbeelding %1 niet schrijven.</translation>
    </message>
</context>
<context>
    <name>tkb::ArticlePage</name>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Inleiding</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Niet gevonden</translation>
    </message>
    <message>
        <source>This knowledge base holds no article.</source>
        <translation>Deze kennisbank bevat geen artikel.</translation>
    </message>
</context>
<context>
    <name>tkb::BaseOpener</name>
    <message>
        <source>%1 is already open.</source>
        <translation>%1 is al geopend.</translation>
    </message>
    <message>
        <source>Another Talysh KB window has this knowledge base open, so it was opened read-only.</source>
        <translation>Een ander Talysh KB-venster heeft deze kennisbank geopend, daarom is ze alleen-lezen geopend.</translation>
    </message>
    <message>
        <source>This knowledge base file cannot be written, so it was opened read-only.</source>
        <translation>Dit kennisbankbestand is niet beschrijfbaar, daarom is het alleen-lezen geopend.</translation>
    </message>
    <message>
        <source>No knowledge base open</source>
        <translation>Geen kennisbank geopend</translation>
    </message>
    <message>
        <source>bundled (Talysh National Movement)</source>
        <translation>meegeleverd (Talysh Nationale Beweging)</translation>
    </message>
    <message>
        <source>Knowledge base: %1</source>
        <translation>Kennisbank: %1</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>alleen-lezen</translation>
    </message>
    <message>
        <source>Read-only: another Talysh KB window has this file open.</source>
        <translation>Alleen-lezen: een ander Talysh KB-venster heeft dit bestand geopend.</translation>
    </message>
    <message>
        <source>Read-only: the file or its folder cannot be written.</source>
        <translation>Alleen-lezen: het bestand of de map ervan is niet beschrijfbaar.</translation>
    </message>
    <message>
        <source>Cannot Open Knowledge Base</source>
        <translation>Kan kennisbank niet openen</translation>
    </message>
    <message>
        <source>The knowledge base %1 could not be opened. It was not changed.</source>
        <translation>De kennisbank %1 kon niet worden geopend. Er is niets aan veranderd.</translation>
    </message>
    <message>
        <source>Open the bundled knowledge base instead</source>
        <translation>In plaats daarvan de meegeleverde kennisbank openen</translation>
    </message>
    <message>
        <source>Keep the current one</source>
        <translation>De huidige behouden</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Open Knowledge Base</source>
        <translation>Kennisbank openen</translation>
    </message>
    <message>
        <source>Talysh KB knowledge bases (*.tkb);;All files (*)</source>
        <translation>Talysh KB-kennisbanken (*.tkb);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Import Article or Knowledge Pack</source>
        <translation>Artikel of kennispakket importeren</translation>
    </message>
    <message>
        <source>Articles and knowledge packs (*.txt *.json);;Articles (*.txt);;Knowledge packs (*.json);;All files (*)</source>
        <translation>Artikelen en kennispakketten (*.txt *.json);;Artikelen (*.txt);;Kennispakketten (*.json);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Import Into a New Knowledge Base</source>
        <translation>Importeren in een nieuwe kennisbank</translation>
    </message>
    <message>
        <source>The bundled knowledge base is rebuilt when the program is updated, so it cannot keep imports. Choose where to create a new knowledge base file for this import.</source>
        <translation>De meegeleverde kennisbank wordt bij elke update van het programma opnieuw opgebouwd en kan dus geen imports bewaren. Kies waar een nieuw kennisbankbestand voor deze import moet komen.</translation>
    </message>
    <message>
        <source>Create Knowledge Base</source>
        <translation>Kennisbank aanmaken</translation>
    </message>
    <message>
        <source>Talysh KB knowledge bases (*.tkb)</source>
        <translation>Talysh KB-kennisbanken (*.tkb)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>Choose a file other than the bundled knowledge base.</source>
        <translation>Kies een ander bestand dan de meegeleverde kennisbank.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 importeren…</translation>
    </message>
    <message>
        <source>Nothing was imported from %1.</source>
        <translation>Er is niets geïmporteerd uit %1.</translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation>Importeren mislukt</translation>
    </message>
    <message numerus="yes">
        <source>Imported “%1” from %2: %n entities</source>
        <translation>
            <numerusform>‘%1’ geïmporteerd uit %2: %n item</numerusform>
            <numerusform>‘%1’ geïmporteerd uit %2: %n items</numerusform>
        </translation>
    </message>
    <message>
        <source>Knowledge Base Damaged</source>
        <translation>Kennisbank beschadigd</translation>
    </message>
    <message>
        <source>The knowledge base %1 is damaged. Nothing has been written to it; you can go on reading what can be read, but open a backup or the bundled knowledge base to work on.</source>
        <translation>De kennisbank %1 is beschadigd. Er is niets in geschreven; u kunt lezen wat leesbaar is, maar open een reservekopie of de meegeleverde kennisbank om aan te werken.</translation>
    </message>
    <message>
        <source>The knowledge base is damaged: %1</source>
        <translation>De kennisbank is beschadigd: %1</translation>
    </message>
    <message>
        <source>The knowledge base file has been checked: it is sound.</source>
        <translation>Het kennisbankbestand is gecontroleerd: het is in orde.</translation>
    </message>
    <message>
        <source>Checking the knowledge base file…</source>
        <translation>Het kennisbankbestand wordt gecontroleerd…</translation>
    </message>
</context>
<context>
    <name>tkb::ChangeBanner</name>
    <message>
        <source>Another window or program has changed this knowledge base. The pages show it as it was.</source>
        <translation>Een ander venster of programma heeft deze kennisbank gewijzigd. De pagina&apos;s tonen haar zoals ze was.</translation>
    </message>
    <message>
        <source>&amp;Show Changes</source>
        <translation>&amp;Wijzigingen tonen</translation>
    </message>
    <message>
        <source>Read the knowledge base again and update every open page</source>
        <translation>De kennisbank opnieuw lezen en elke open pagina bijwerken</translation>
    </message>
    <message>
        <source>The knowledge base has changed</source>
        <translation>De kennisbank is gewijzigd</translation>
    </message>
</context>
<context>
    <name>tkb::ClaimRuns</name>
    <message>
        <source>former</source>
        <comment>a claim that held once and no longer does</comment>
        <translation>voormalig</translation>
    </message>
    <message>
        <source>opinion of %1</source>
        <comment>a claim that is a named person&apos;s opinion</comment>
        <translation>mening van %1</translation>
    </message>
    <message>
        <source>according to %1</source>
        <comment>who reports a claim</comment>
        <translation>volgens %1</translation>
    </message>
</context>
<context>
    <name>tkb::EditActions</name>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Ongedaan maken: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Opnieuw: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Opnieuw</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>Undo &amp;History</source>
        <translation>&amp;Geschiedenis ongedaan maken</translation>
    </message>
    <message>
        <source>Every edit of this session, to step back to any of them</source>
        <translation>Elke bewerking van deze sessie, om naar elk ervan terug te gaan</translation>
    </message>
    <message>
        <source>&amp;Edit Entity…</source>
        <translation>Entiteit &amp;bewerken…</translation>
    </message>
    <message>
        <source>Edit the current entity: names, text, claims, dates and citations (F2)</source>
        <translation>De huidige entiteit bewerken: namen, tekst, beweringen, data en bronvermeldingen (F2)</translation>
    </message>
    <message>
        <source>&amp;New Entity…</source>
        <translation>&amp;Nieuwe entiteit…</translation>
    </message>
    <message>
        <source>Add &amp;Source…</source>
        <translation>&amp;Bron toevoegen…</translation>
    </message>
    <message>
        <source>Add a source document: pasted text or a .txt or .md file</source>
        <translation>Een brondocument toevoegen: geplakte tekst of een .txt- of .md-bestand</translation>
    </message>
    <message>
        <source>&amp;Delete Entity…</source>
        <translation>Entiteit &amp;verwijderen…</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>Samen&amp;voegen met…</translation>
    </message>
    <message>
        <source>The current entity is the same as another: merge it into that one</source>
        <translation>De huidige entiteit is dezelfde als een andere: voeg haar daarmee samen</translation>
    </message>
    <message>
        <source>&amp;History of This Entity</source>
        <translation>&amp;Geschiedenis van deze entiteit</translation>
    </message>
    <message>
        <source>Recent &amp;Changes</source>
        <translation>Recente &amp;wijzigingen</translation>
    </message>
    <message>
        <source>Your &amp;Name…</source>
        <translation>Uw &amp;naam…</translation>
    </message>
    <message>
        <source>The name your changes are recorded under</source>
        <translation>De naam waaronder uw wijzigingen worden vastgelegd</translation>
    </message>
</context>
<context>
    <name>tkb::EditSession</name>
    <message>
        <source>No knowledge base is open.</source>
        <translation>Er is geen kennisbank geopend.</translation>
    </message>
    <message>
        <source>This knowledge base is open read-only: it cannot be changed here.</source>
        <translation>Deze kennisbank is alleen-lezen geopend: ze kan hier niet worden gewijzigd.</translation>
    </message>
    <message>
        <source>Revert %1 to revision %2</source>
        <translation>%1 terugzetten naar revisie %2</translation>
    </message>
    <message>
        <source>Revert %1 to before revision %2</source>
        <translation>%1 terugzetten naar vóór revisie %2</translation>
    </message>
    <message>
        <source>Cannot undo “%1”: %2</source>
        <translation>Kan „%1” niet ongedaan maken: %2</translation>
    </message>
    <message>
        <source>Cannot redo “%1”: %2</source>
        <translation>Kan „%1” niet opnieuw uitvoeren: %2</translation>
    </message>
</context>
<context>
    <name>tkb::EntityCard</name>
    <message>
        <source>Open a person, organization, place or event to see what it is linked to.</source>
        <translation>Open een persoon, organisatie, plaats of gebeurtenis om te zien waarmee die verbonden is.</translation>
    </message>
    <message>
        <source>“%1” is not in this knowledge base.</source>
        <translation>‘%1’ staat niet in deze kennisbank.</translation>
    </message>
    <message>
        <source>Also written:</source>
        <translation>Ook geschreven als:</translation>
    </message>
    <message>
        <source>Show in the graph</source>
        <translation>Tonen in de graaf</translation>
    </message>
    <message>
        <source>Linked to</source>
        <translation>Gekoppeld aan</translation>
    </message>
    <message>
        <source>Mentioned in</source>
        <translation>Genoemd in</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Inleiding</translation>
    </message>
</context>
<context>
    <name>tkb::EntityListModel</name>
    <message>
        <source>undated</source>
        <translation>zonder datum</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>Ook bekend als</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
</context>
<context>
    <name>tkb::EntityPage</name>
    <message>
        <source>Entry: %1</source>
        <translation>Item: %1</translation>
    </message>
</context>
<context>
    <name>tkb::ExportComposer</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>De export is geannuleerd.</translation>
    </message>
    <message>
        <source>There is no entry “%1” in this knowledge base.</source>
        <translation>Deze kennisbank bevat geen item ‘%1’.</translation>
    </message>
    <message>
        <source>This knowledge base holds no article.</source>
        <translation>Deze kennisbank bevat geen artikel.</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>Alle items</translation>
    </message>
</context>
<context>
    <name>tkb::ExportDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>The whole article</source>
        <translation>Het hele artikel</translation>
    </message>
    <message>
        <source>The whole article “%1”</source>
        <translation>Het hele artikel ‘%1’</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Inleiding</translation>
    </message>
    <message>
        <source>Article section “%1”</source>
        <translation>Artikelsectie ‘%1’</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>Alle items</translation>
    </message>
    <message>
        <source>Search results for “%1”</source>
        <translation>Zoekresultaten voor ‘%1’</translation>
    </message>
    <message>
        <source>This tab: %1</source>
        <translation>Dit tabblad: %1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>Exporteren naar PDF</translation>
    </message>
    <message>
        <source>Choose what to print. Paper and margins can still be changed in the print dialog.</source>
        <translation>Kies wat u wilt afdrukken. Papier en marges kunt u in het afdrukvenster nog wijzigen.</translation>
    </message>
    <message>
        <source>Choose what to export. The PDF has a title, the export date and source, page numbers, and links between the names it contains.</source>
        <translation>Kies wat u wilt exporteren. De PDF krijgt een titel, de exportdatum en bron, paginanummers en koppelingen tussen de namen die erin staan.</translation>
    </message>
    <message>
        <source>&amp;Section:</source>
        <translation>&amp;Sectie:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>&amp;Oriëntatie:</translation>
    </message>
    <message>
        <source>&amp;Margins:</source>
        <translation>&amp;Marges:</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Legal</translation>
    </message>
    <message>
        <source>A5</source>
        <translation>A5</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Staand</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Liggend</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>Include the cited sentences as numbered &amp;endnotes</source>
        <translation>De geciteerde zinnen als genummerde &amp;eindnoten opnemen</translation>
    </message>
    <message>
        <source>Include a summary of each &amp;named entry, linked from the text</source>
        <translation>Een samenvatting van elk &amp;genoemd item opnemen, gekoppeld vanuit de tekst</translation>
    </message>
    <message>
        <source>&amp;Right-to-left layout</source>
        <translation>Opmaak van &amp;rechts naar links</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>Exporting “%1”…</source>
        <translation>‘%1’ exporteren…</translation>
    </message>
    <message>
        <source>Saved %1 (%2).</source>
        <translation>%1 opgeslagen (%2).</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 pagina</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 pagina&apos;s</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <source>Printing “%1”…</source>
        <translation>‘%1’ afdrukken…</translation>
    </message>
</context>
<context>
    <name>tkb::GraphPage</name>
    <message>
        <source>Graph: %1</source>
        <translation>Graaf: %1</translation>
    </message>
    <message>
        <source>No relations are recorded for %1.</source>
        <translation>Voor %1 zijn geen relaties vastgelegd.</translation>
    </message>
    <message>
        <source>Relations of %1</source>
        <translation>Relaties van %1</translation>
    </message>
    <message numerus="yes">
        <source>%n related entries. Arrow keys move between them, Enter opens one, the menu key offers more.</source>
        <translation>
            <numerusform>%n gerelateerd item. De pijltoetsen gaan van item naar item, Enter opent er een, de menutoets biedt meer.</numerusform>
            <numerusform>%n gerelateerde items. De pijltoetsen gaan van item naar item, Enter opent er een, de menutoets biedt meer.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <source>Open in New &amp;Tab</source>
        <translation>Openen in nieuw &amp;tabblad</translation>
    </message>
    <message>
        <source>Show &amp;Graph of %1</source>
        <translation>&amp;Graaf van %1 tonen</translation>
    </message>
    <message numerus="yes">
        <source>%n related entries, grouped by relation. Arrow keys move between the groups and entries, Enter shows a group&apos;s entries or opens an entry.</source>
        <translation>
            <numerusform>%n verwant item, gegroepeerd per relatie. De pijltjestoetsen gaan langs de groepen en items, Enter toont de items van een groep of opent een item.</numerusform>
            <numerusform>%n verwante items, gegroepeerd per relatie. De pijltjestoetsen gaan langs de groepen en items, Enter toont de items van een groep of opent een item.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a kind of relation and how many entities it links to</comment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n entries: %1. Enter or a click shows them.</source>
        <translation>
            <numerusform>%n item: %1. Enter of een klik toont het.</numerusform>
            <numerusform>%n items: %1. Enter of een klik toont ze.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show %n more</source>
        <translation>
            <numerusform>Nog %n tonen</numerusform>
            <numerusform>Nog %n tonen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tkb::ImportRun</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan %1 niet lezen: %2</translation>
    </message>
</context>
<context>
    <name>tkb::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systeemstandaard</translation>
    </message>
</context>
<context>
    <name>tkb::ListPage</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Geen overeenkomsten</translation>
    </message>
    <message numerus="yes">
        <source>%n matches</source>
        <translation>
            <numerusform>%n overeenkomst</numerusform>
            <numerusform>%n overeenkomsten</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by name or other spelling…</source>
        <translation>Filteren op naam of andere spelling…</translation>
    </message>
    <message>
        <source>Filter %1</source>
        <translation>%1 filteren</translation>
    </message>
    <message>
        <source>Number of entries</source>
        <translation>Aantal items</translation>
    </message>
</context>
<context>
    <name>tkb::MainWindow</name>
    <message>
        <source>About Talysh KB</source>
        <translation>Over Talysh KB</translation>
    </message>
    <message>
        <source>Talysh KB</source>
        <translation>Talysh KB</translation>
    </message>
    <message>
        <source>Open pages</source>
        <translation>Geopende pagina&apos;s</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Talysh KB %1&lt;/h3&gt;&lt;p&gt;A knowledge base of the Talysh National Movement: its people, organizations, places, events and goals, every fact cited from its source.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Talysh KB %1&lt;/h3&gt;&lt;p&gt;Een kennisbank over de Talysh Nationale Beweging: haar mensen, organisaties, plaatsen, gebeurtenissen en doelen, elk feit met bronvermelding.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open knowledge base</source>
        <translation>Geopende kennisbank</translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation>(alleen-lezen)</translation>
    </message>
    <message>
        <source>Zoom: %1%</source>
        <translation>Zoom: %1%</translation>
    </message>
    <message>
        <source>Your Name</source>
        <translation>Uw naam</translation>
    </message>
    <message>
        <source>Your changes are recorded in the knowledge base&apos;s history under this name:</source>
        <translation>Uw wijzigingen worden onder deze naam in de geschiedenis van de kennisbank vastgelegd:</translation>
    </message>
    <message>
        <source>Work in progress</source>
        <translation>Bezig</translation>
    </message>
</context>
<context>
    <name>tkb::NamedAppendix</name>
    <message>
        <source>Named in this document</source>
        <translation>Genoemd in dit document</translation>
    </message>
</context>
<context>
    <name>tkb::PageBuilder</name>
    <message>
        <source>Exported from %1 on %2</source>
        <translation>Geëxporteerd uit %1 op %2</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Bron: %1</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Referenties</translation>
    </message>
    <message>
        <source>%1, infobox</source>
        <translation>%1, infobox</translation>
    </message>
    <message>
        <source>%1, introduction</source>
        <translation>%1, inleiding</translation>
    </message>
    <message>
        <source>%1, section “%2”</source>
        <translation>%1, sectie ‘%2’</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Niet gevonden</translation>
    </message>
    <message>
        <source>The knowledge base has no entry “%1”.</source>
        <translation>De kennisbank bevat geen item ‘%1’.</translation>
    </message>
    <message>
        <source>%1 “%2” from the knowledge base “%3”</source>
        <translation>%1 ‘%2’ uit de kennisbank ‘%3’</translation>
    </message>
    <message>
        <source>Relations graph</source>
        <translation>Relatiegraaf</translation>
    </message>
    <message>
        <source>Source text</source>
        <translation>Brontekst</translation>
    </message>
    <message>
        <source>Also known as:</source>
        <translation>Ook bekend als:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Relaties</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Inleiding</translation>
    </message>
    <message>
        <source>Mentioned in</source>
        <translation>Genoemd in</translation>
    </message>
    <message numerus="yes">
        <source>(%n times)</source>
        <translation>
            <numerusform>(%n keer)</numerusform>
            <numerusform>(%n keer)</numerusform>
        </translation>
    </message>
    <message>
        <source>The article “%1”</source>
        <translation>Het artikel ‘%1’</translation>
    </message>
    <message>
        <source> (from %1)</source>
        <translation> (uit %1)</translation>
    </message>
    <message>
        <source>The article “%1” has no section “%2” (it has: %3).</source>
        <translation>Het artikel ‘%1’ heeft geen sectie ‘%2’ (wel: %3).</translation>
    </message>
    <message>
        <source>Section “%1” of the article “%2”</source>
        <translation>Sectie ‘%1’ van het artikel ‘%2’</translation>
    </message>
    <message>
        <source>From the article “%1”</source>
        <translation>Uit het artikel ‘%1’</translation>
    </message>
    <message>
        <source>Timeline — %1</source>
        <translation>Tijdlijn — %1</translation>
    </message>
    <message>
        <source>Timeline of the knowledge base “%1”</source>
        <translation>Tijdlijn van de kennisbank ‘%1’</translation>
    </message>
    <message>
        <source>timeline</source>
        <translation>tijdlijn</translation>
    </message>
    <message>
        <source>events</source>
        <translation>gebeurtenissen</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 gebeurtenis</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 gebeurtenissen</translation>
    </message>
    <message>
        <source>This knowledge base has no events.</source>
        <translation>Deze kennisbank bevat geen gebeurtenissen.</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Gebeurtenis</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>zonder datum</translation>
    </message>
    <message>
        <source>%1 in the knowledge base “%2”</source>
        <translation>%1 in de kennisbank ‘%2’</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 item</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 items</translation>
    </message>
    <message>
        <source>Nothing of this kind is in the knowledge base.</source>
        <translation>De kennisbank bevat niets van deze soort.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>Ook bekend als</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>Zoeken: %1</translation>
    </message>
    <message>
        <source>Search results for “%1” in the knowledge base “%2”</source>
        <translation>Zoekresultaten voor ‘%1’ in de kennisbank ‘%2’</translation>
    </message>
    <message>
        <source>search</source>
        <translation>zoeken</translation>
    </message>
    <message>
        <source>Search results for “%1”</source>
        <translation>Zoekresultaten voor ‘%1’</translation>
    </message>
    <message>
        <source>1 result</source>
        <translation>1 resultaat</translation>
    </message>
    <message>
        <source>%1 results</source>
        <translation>%1 resultaten</translation>
    </message>
    <message>
        <source>No results.</source>
        <translation>Geen resultaten.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Where it matches</source>
        <translation>Waar het overeenkomt</translation>
    </message>
    <message>
        <source>Did you mean: %1?</source>
        <translation>Bedoelde u: %1?</translation>
    </message>
    <message>
        <source>Type what you are looking for into the search field.</source>
        <translation>Typ in het zoekveld wat u zoekt.</translation>
    </message>
    <message>
        <source>Try another spelling, fewer words, or “All kinds”.</source>
        <translation>Probeer een andere spelling, minder woorden of ‘Alle soorten’.</translation>
    </message>
    <message>
        <source>Article section</source>
        <translation>Artikelsectie</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Uitgever</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Gepubliceerd</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Webadres</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
</context>
<context>
    <name>tkb::PageLabels</name>
    <message>
        <source>advocates</source>
        <translation>pleit voor</translation>
    </message>
    <message>
        <source>advocated by</source>
        <translation>bepleit door</translation>
    </message>
    <message>
        <source>based in</source>
        <translation>gevestigd in</translation>
    </message>
    <message>
        <source>base of</source>
        <translation>vestigingsplaats van</translation>
    </message>
    <message>
        <source>board member of</source>
        <translation>bestuurslid van</translation>
    </message>
    <message>
        <source>board member</source>
        <translation>bestuursleden</translation>
    </message>
    <message>
        <source>chairman of</source>
        <translation>voorzitter van</translation>
    </message>
    <message>
        <source>chairman</source>
        <translation>voorzitter</translation>
    </message>
    <message>
        <source>concerns</source>
        <translation>betreft</translation>
    </message>
    <message>
        <source>subject of</source>
        <translation>onderwerp van</translation>
    </message>
    <message>
        <source>detained by</source>
        <translation>aangehouden door</translation>
    </message>
    <message>
        <source>detained</source>
        <translation>hield aan</translation>
    </message>
    <message>
        <source>emigrated to</source>
        <translation>emigreerde naar</translation>
    </message>
    <message>
        <source>emigration destination of</source>
        <translation>emigratiebestemming van</translation>
    </message>
    <message>
        <source>expelled from</source>
        <translation>uitgesloten uit</translation>
    </message>
    <message>
        <source>expelled</source>
        <translation>sloot uit</translation>
    </message>
    <message>
        <source>extradited to</source>
        <translation>uitgeleverd aan</translation>
    </message>
    <message>
        <source>extradition destination of</source>
        <translation>uitleveringsbestemming van</translation>
    </message>
    <message>
        <source>founded</source>
        <translation>oprichter van</translation>
    </message>
    <message>
        <source>founded by</source>
        <translation>opgericht door</translation>
    </message>
    <message>
        <source>founded in</source>
        <translation>opgericht in</translation>
    </message>
    <message>
        <source>place of founding of</source>
        <translation>plaats van oprichting van</translation>
    </message>
    <message>
        <source>headquartered in</source>
        <translation>hoofdkantoor in</translation>
    </message>
    <message>
        <source>headquarters of</source>
        <translation>hoofdkantoor van</translation>
    </message>
    <message>
        <source>heads</source>
        <translation>leidt</translation>
    </message>
    <message>
        <source>headed by</source>
        <translation>geleid door</translation>
    </message>
    <message>
        <source>joined</source>
        <translation>trad toe tot</translation>
    </message>
    <message>
        <source>joined by</source>
        <translation>nieuwe leden</translation>
    </message>
    <message>
        <source>located in</source>
        <translation>ligt in</translation>
    </message>
    <message>
        <source>location of</source>
        <translation>locatie van</translation>
    </message>
    <message>
        <source>member of</source>
        <translation>lid van</translation>
    </message>
    <message>
        <source>member</source>
        <translation>leden</translation>
    </message>
    <message>
        <source>membership terminated in</source>
        <translation>lidmaatschap beëindigd bij</translation>
    </message>
    <message>
        <source>terminated the membership of</source>
        <translation>beëindigde het lidmaatschap van</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>opende</translation>
    </message>
    <message>
        <source>opened by</source>
        <translation>geopend door</translation>
    </message>
    <message>
        <source>organized</source>
        <translation>organiseerde</translation>
    </message>
    <message>
        <source>organized by</source>
        <translation>georganiseerd door</translation>
    </message>
    <message>
        <source>part of</source>
        <translation>onderdeel van</translation>
    </message>
    <message>
        <source>has part</source>
        <translation>omvat</translation>
    </message>
    <message>
        <source>participated in</source>
        <translation>nam deel aan</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>deelnemers</translation>
    </message>
    <message>
        <source>president of</source>
        <translation>president van</translation>
    </message>
    <message>
        <source>president</source>
        <translation>president</translation>
    </message>
    <message>
        <source>re-admitted to</source>
        <translation>opnieuw toegelaten tot</translation>
    </message>
    <message>
        <source>re-admitted</source>
        <translation>liet opnieuw toe</translation>
    </message>
    <message>
        <source>reported on</source>
        <translation>berichtte over</translation>
    </message>
    <message>
        <source>reported by</source>
        <translation>bericht door</translation>
    </message>
    <message>
        <source>%1 (reverse)</source>
        <translation>%1 (omgekeerd)</translation>
    </message>
    <message>
        <source>Azerbaijani</source>
        <translation>Azerbeidzjaans</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russisch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>Perzisch</translation>
    </message>
    <message>
        <source>Talysh</source>
        <translation>Talysh</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Turks</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Duits</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Frans</translation>
    </message>
    <message>
        <source>Latin</source>
        <translation>Latijns schrift</translation>
    </message>
    <message>
        <source>Cyrillic</source>
        <translation>Cyrillisch schrift</translation>
    </message>
    <message>
        <source>Arabic script</source>
        <translation>Arabisch schrift</translation>
    </message>
    <message>
        <source>Armenian</source>
        <translation>Armeens schrift</translation>
    </message>
    <message>
        <source>Georgian</source>
        <translation>Georgisch schrift</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>vanaf %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>tot %1</translation>
    </message>
    <message>
        <source>began %1, ended %2</source>
        <comment>a period whose start or end is itself uncertain: after 2004, 1993 – 1995</comment>
        <translation>begin: %1, einde: %2</translation>
    </message>
    <message>
        <source>began %1</source>
        <comment>a period&apos;s start that is itself uncertain: after 2004, 1993 – 1995</comment>
        <translation>begin: %1</translation>
    </message>
    <message>
        <source>ended %1</source>
        <comment>a period&apos;s end that is itself uncertain: before 2010</comment>
        <translation>einde: %1</translation>
    </message>
    <message>
        <source>%1 (former)</source>
        <comment>a relation that held once and no longer does; the end is not known</comment>
        <translation>%1 (voormalig)</translation>
    </message>
</context>
<context>
    <name>tkb::PdfExporter</name>
    <message>
        <source>The page could not be drawn.</source>
        <translation>De pagina kon niet worden getekend.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>De export is geannuleerd.</translation>
    </message>
    <message>
        <source>A new page could not be started.</source>
        <translation>Er kon geen nieuwe pagina worden begonnen.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
    <message>
        <source>The document could not be finished.</source>
        <translation>Het document kon niet worden voltooid.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Kan ‘%1’ niet schrijven: %2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>het is een map</translation>
    </message>
    <message>
        <source>The PDF could not be produced.</source>
        <translation>De PDF kon niet worden gemaakt.</translation>
    </message>
</context>
<context>
    <name>tkb::SearchBar</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <source>Search people, places, events…</source>
        <translation>Zoek personen, plaatsen, gebeurtenissen…</translation>
    </message>
    <message>
        <source>Search the knowledge base</source>
        <translation>De kennisbank doorzoeken</translation>
    </message>
    <message>
        <source>Type a name in any spelling or script; Enter shows all results.</source>
        <translation>Typ een naam in elke spelling of elk schrift; Enter toont alle resultaten.</translation>
    </message>
    <message>
        <source>Search the knowledge base (Ctrl+K)</source>
        <translation>De kennisbank doorzoeken (Ctrl+K)</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Suggesties</translation>
    </message>
    <message>
        <source>filter</source>
        <translation>filter</translation>
    </message>
    <message>
        <source>%1, filter</source>
        <translation>%1, filter</translation>
    </message>
</context>
<context>
    <name>tkb::SearchResultsPage</name>
    <message>
        <source>Search: %1</source>
        <translation>Zoeken: %1</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle soorten</translation>
    </message>
    <message>
        <source>No results for “%1”</source>
        <translation>Geen resultaten voor ‘%1’</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) for “%1”</source>
        <translation>
            <numerusform>%n resultaat voor ‘%1’</numerusform>
            <numerusform>%n resultaten voor ‘%1’</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>Filter results by kind</source>
        <translation>Resultaten filteren op soort</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Zoekresultaten</translation>
    </message>
</context>
<context>
    <name>tkb::SidebarDock</name>
    <message>
        <source>Linked entities</source>
        <translation>Gekoppelde items</translation>
    </message>
    <message>
        <source>&amp;Linked Entities</source>
        <translation>&amp;Gekoppelde items</translation>
    </message>
    <message>
        <source>Show or hide the linked entities sidebar</source>
        <translation>De zijbalk met gekoppelde items tonen of verbergen</translation>
    </message>
</context>
<context>
    <name>tkb::SourcePage</name>
    <message>
        <source>Source: %1</source>
        <translation>Bron: %1</translation>
    </message>
    <message>
        <source>This knowledge base holds no article.</source>
        <translation>Deze kennisbank bevat geen artikel.</translation>
    </message>
    <message>
        <source>This entry has no text of its own.</source>
        <translation>Dit item heeft geen eigen tekst.</translation>
    </message>
</context>
<context>
    <name>tkb::TabBar</name>
    <message>
        <source>Close Tab</source>
        <translation>Tabblad sluiten</translation>
    </message>
</context>
<context>
    <name>tkb::TabManager</name>
    <message>
        <source>There is nothing to show at %1.</source>
        <translation>Er is niets te tonen op %1.</translation>
    </message>
    <message>
        <source>Opened %1 in your web browser.</source>
        <translation>%1 geopend in uw webbrowser.</translation>
    </message>
    <message>
        <source>Refused to open “%1”: only kb: pages and web (http, https) links are followed.</source>
        <translation>‘%1’ niet geopend: alleen kb:-pagina&apos;s en weblinks (http, https) worden gevolgd.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Opnieuw laden</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Dupliceren</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>Close &amp;Others</source>
        <translation>&amp;Andere sluiten</translation>
    </message>
</context>
<context>
    <name>tkb::TimelinePage</name>
    <message>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>zonder datum</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Gebeurtenis</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>Events in chronological order</source>
        <translation>Gebeurtenissen in chronologische volgorde</translation>
    </message>
    <message>
        <source>Timeline of events</source>
        <translation>Tijdlijn van gebeurtenissen</translation>
    </message>
    <message numerus="yes">
        <source>%n more events in view: zoom in to list them.</source>
        <translation>
            <numerusform>Nog %n gebeurtenis in beeld: zoom in om die in de lijst te zien.</numerusform>
            <numerusform>Nog %n gebeurtenissen in beeld: zoom in om ze in de lijst te zien.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left and right arrows move between events, Enter opens one, Ctrl+wheel zooms. Where events are too many to tell apart they are grouped with their number: the arrows move between the groups, Enter zooms in.</source>
        <translation>De pijltjestoetsen links en rechts gaan van gebeurtenis naar gebeurtenis, Enter opent er een, Ctrl+scrollwiel zoomt. Waar gebeurtenissen te dicht op elkaar liggen om ze te onderscheiden, zijn ze gegroepeerd met hun aantal: de pijltjestoetsen gaan van groep naar groep, Enter zoomt in.</translation>
    </message>
</context>
<context>
    <name>tkb::TimelinePainter</name>
    <message>
        <source>%1 to %2</source>
        <comment>the first and last day of a cluster of events</comment>
        <translation>%1 tot %2</translation>
    </message>
    <message numerus="yes">
        <source>%n events, %1. Click to zoom in.</source>
        <translation>
            <numerusform>%n gebeurtenis, %1. Klik om in te zoomen.</numerusform>
            <numerusform>%n gebeurtenissen, %1. Klik om in te zoomen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1k</source>
        <comment>thousands of events in a cluster of the timeline</comment>
        <translation>%1 dzd.</translation>
    </message>
</context>
<context>
    <name>tkb::TimelineView</name>
    <message>
        <source>No dated events.</source>
        <translation>Geen gedateerde gebeurtenissen.</translation>
    </message>
</context>
<context>
    <name>tkb::UndoHistoryDock</name>
    <message>
        <source>Undo History</source>
        <translation>Geschiedenis ongedaan maken</translation>
    </message>
    <message>
        <source>&lt;no edits yet&gt;</source>
        <translation>&lt;nog geen bewerkingen&gt;</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Geschiedenis ongedaan maken</translation>
    </message>
    <message>
        <source>Choose an edit to undo or redo every step up to it</source>
        <translation>Kies een bewerking om elke stap tot daar ongedaan te maken of opnieuw uit te voeren</translation>
    </message>
</context>
<context>
    <name>tkb::WindowActions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ga</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigatie</translation>
    </message>
    <message>
        <source>&amp;Open Knowledge Base…</source>
        <translation>Kennisbank &amp;openen…</translation>
    </message>
    <message>
        <source>Open another knowledge base file</source>
        <translation>Een ander kennisbankbestand openen</translation>
    </message>
    <message>
        <source>&amp;Import Article…</source>
        <translation>Artikel &amp;importeren…</translation>
    </message>
    <message>
        <source>Import an article (.txt) or a knowledge pack (.json)</source>
        <translation>Een artikel (.txt) of kennispakket (.json) importeren</translation>
    </message>
    <message>
        <source>&amp;Export to PDF…</source>
        <translation>&amp;Exporteren naar PDF…</translation>
    </message>
    <message>
        <source>Save the current page or another section as a PDF file</source>
        <translation>De huidige pagina of een andere sectie als PDF-bestand opslaan</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Afdruk&amp;voorbeeld…</translation>
    </message>
    <message>
        <source>New &amp;Tab</source>
        <translation>Nieuw &amp;tabblad</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>Tabblad &amp;sluiten</translation>
    </message>
    <message>
        <source>&amp;Reopen Closed Tab</source>
        <translation>Gesloten tabblad &amp;heropenen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Next Tab</source>
        <translation>&amp;Volgend tabblad</translation>
    </message>
    <message>
        <source>&amp;Previous Tab</source>
        <translation>V&amp;orig tabblad</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Terug</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>Terug (Alt+Links)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Vooruit</translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation>Vooruit (Alt+Rechts)</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>Overview (Alt+Home)</source>
        <translation>Overzicht (Alt+Home)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Opnieuw laden</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Inzoomen</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Uitzoomen</translation>
    </message>
    <message>
        <source>&amp;Normal Size</source>
        <translation>&amp;Normale grootte</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Zoeken…</translation>
    </message>
    <message>
        <source>Next &amp;Pane</source>
        <translation>Volgend &amp;paneel</translation>
    </message>
    <message>
        <source>Previous P&amp;ane</source>
        <translation>Vorig p&amp;aneel</translation>
    </message>
    <message>
        <source>&amp;Graph</source>
        <translation>&amp;Graaf</translation>
    </message>
    <message>
        <source>The graph around the current entity (Ctrl+G)</source>
        <translation>De graaf rond het huidige item (Ctrl+G)</translation>
    </message>
    <message>
        <source>&amp;About Talysh KB</source>
        <translation>&amp;Over Talysh KB</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Overzicht</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personen</translation>
    </message>
    <message>
        <source>O&amp;rganizations</source>
        <translation>O&amp;rganisaties</translation>
    </message>
    <message>
        <source>P&amp;laces</source>
        <translation>P&amp;laatsen</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Gebeurtenissen</translation>
    </message>
    <message>
        <source>G&amp;oals</source>
        <translation>&amp;Doelen</translation>
    </message>
    <message>
        <source>&amp;Topics</source>
        <translation>O&amp;nderwerpen</translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation>&amp;Bronnen</translation>
    </message>
    <message>
        <source>The article: lead, history, goals and problems</source>
        <translation>Het artikel: inleiding, geschiedenis, doelen en problemen</translation>
    </message>
    <message>
        <source>Everyone the article names</source>
        <translation>Iedereen die het artikel noemt</translation>
    </message>
    <message>
        <source>Organizations, parties and institutions</source>
        <translation>Organisaties, partijen en instellingen</translation>
    </message>
    <message>
        <source>Countries, regions and cities</source>
        <translation>Landen, regio&apos;s en steden</translation>
    </message>
    <message>
        <source>Events in time order</source>
        <translation>Gebeurtenissen in tijdsvolgorde</translation>
    </message>
    <message>
        <source>What the movement seeks</source>
        <translation>Wat de beweging nastreeft</translation>
    </message>
    <message>
        <source>Languages, peoples and issues</source>
        <translation>Talen, volken en kwesties</translation>
    </message>
    <message>
        <source>The documents every fact is cited from</source>
        <translation>De documenten waaruit elk feit geciteerd wordt</translation>
    </message>
</context>
</TS>
