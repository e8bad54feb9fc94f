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
    <name>ServerAddress</name>
    <message>
        <source>this computer</source>
        <translation>deze computer</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 op %2</translation>
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
    <message>
        <source>Use these colours for this run (%1).</source>
        <translation>Deze kleuren gebruiken voor deze keer (%1).</translation>
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
    <message>
        <source>The upgrade was cancelled; %1 was left as it was.</source>
        <translation>De upgrade is geannuleerd; %1 is gebleven zoals het was.</translation>
    </message>
    <message>
        <source>Upgrading %1 to this version&apos;s format. Its search index is rebuilt, which can take a few minutes for a large knowledge base.</source>
        <translation>%1 wordt bijgewerkt naar de indeling van deze versie. De zoekindex wordt opnieuw opgebouwd; bij een grote kennisbank kan dat enkele minuten duren.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Upgrading the Knowledge Base</source>
        <translation>De kennisbank bijwerken</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinden met %1…</translation>
    </message>
    <message>
        <source>Your role on the server allows reading only, so this knowledge base was opened read-only.</source>
        <translation>Uw rol op de server staat alleen lezen toe, dus deze kennisbank is alleen-lezen geopend.</translation>
    </message>
    <message>
        <source>%1 (server)</source>
        <translation>%1 (server)</translation>
    </message>
    <message>
        <source>Read-only: your role on the server allows reading only.</source>
        <translation>Alleen-lezen: uw rol op de server staat alleen lezen toe.</translation>
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
    <name>tkb::CitationTable</name>
    <message>
        <source>Add &amp;citation</source>
        <translation>&amp;Bronvermelding toevoegen</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sectie</translation>
    </message>
    <message>
        <source>Passage (word for word)</source>
        <translation>Passage (woordelijk)</translation>
    </message>
    <message>
        <source>Citations</source>
        <translation>Bronvermeldingen</translation>
    </message>
    <message>
        <source>Remove citation</source>
        <translation>Bronvermelding verwijderen</translation>
    </message>
</context>
<context>
    <name>tkb::ClaimCitation</name>
    <message>
        <source> (%1 – %2)</source>
        <translation> (%1 – %2)</translation>
    </message>
    <message>
        <source> (from %1)</source>
        <translation> (vanaf %1)</translation>
    </message>
    <message>
        <source> (until %1)</source>
        <translation> (tot %1)</translation>
    </message>
    <message>
        <source>The entry itself: %1</source>
        <translation>Het item zelf: %1</translation>
    </message>
    <message>
        <source>Other name: %1</source>
        <translation>Andere naam: %1</translation>
    </message>
    <message>
        <source>Other name: %1 (%2)</source>
        <translation>Andere naam: %1 (%2)</translation>
    </message>
    <message>
        <source>Attribute: %1: %2</source>
        <translation>Kenmerk: %1: %2</translation>
    </message>
    <message>
        <source>Relation: %1 → %2</source>
        <translation>Relatie: %1 → %2</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Datum: %1</translation>
    </message>
    <message>
        <source>“%1” already rests on this passage.</source>
        <translation>‘%1’ steunt al op deze passage.</translation>
    </message>
    <message>
        <source>The claim is no longer there: it was changed meanwhile.</source>
        <translation>De bewering is er niet meer: ze is intussen gewijzigd.</translation>
    </message>
</context>
<context>
    <name>tkb::ClaimDialog</name>
    <message>
        <source>New Spelling</source>
        <translation>Nieuwe schrijfwijze</translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation>Schrijfwijze</translation>
    </message>
    <message>
        <source>A language code (BCP 47): az, ru, en, fa, tly …</source>
        <translation>Een taalcode (BCP 47): az, ru, en, fa, tly …</translation>
    </message>
    <message>
        <source>A script code (ISO 15924): Latn, Cyrl, Arab …</source>
        <translation>Een schriftcode (ISO 15924): Latn, Cyrl, Arab …</translation>
    </message>
    <message>
        <source>S&amp;pelling:</source>
        <translation>&amp;Schrijfwijze:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>Sc&amp;ript:</source>
        <translation>Sc&amp;hrift:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Schrift</translation>
    </message>
    <message>
        <source>New Attribute</source>
        <translation>Nieuw kenmerk</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Sleutel:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Waarde:</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Sleutel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>New Relation</source>
        <translation>Nieuwe relatie</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relatie</translation>
    </message>
    <message>
        <source>e.g. member-of, heads, founded, located-in</source>
        <translation>bijv. member-of, heads, founded, located-in</translation>
    </message>
    <message>
        <source>&amp;Predicate:</source>
        <translation>&amp;Predicaat:</translation>
    </message>
    <message>
        <source>&amp;Other entity:</source>
        <translation>&amp;Andere entiteit:</translation>
    </message>
    <message>
        <source>Predicate</source>
        <translation>Predicaat</translation>
    </message>
    <message>
        <source>Other entity</source>
        <translation>Andere entiteit</translation>
    </message>
    <message>
        <source>New Date</source>
        <translation>Nieuwe datum</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Start of the period</source>
        <translation>Begin van de periode</translation>
    </message>
    <message>
        <source>End of the period</source>
        <translation>Einde van de periode</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Van:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Tot:</translation>
    </message>
    <message>
        <source>How firmly it is said</source>
        <translation>Hoe stellig het wordt gezegd</translation>
    </message>
    <message>
        <source>Citations</source>
        <translation>Bronvermeldingen</translation>
    </message>
    <message>
        <source>A spelling needs its text.</source>
        <translation>Een schrijfwijze heeft tekst nodig.</translation>
    </message>
    <message>
        <source>An attribute needs a key.</source>
        <translation>Een kenmerk heeft een sleutel nodig.</translation>
    </message>
    <message>
        <source>A relation needs a predicate and the other entity.</source>
        <translation>Een relatie heeft een predicaat en de andere entiteit nodig.</translation>
    </message>
    <message>
        <source>Write the date, or cancel.</source>
        <translation>Schrijf de datum, of annuleer.</translation>
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
    <name>tkb::ClaimTable</name>
    <message>
        <source>&amp;Add…</source>
        <translation>Toe&amp;voegen…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Wijzigen…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>V&amp;erwijderen</translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation>Schrijfwijze</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Schrift</translation>
    </message>
    <message>
        <source>Qualifiers and citations</source>
        <translation>Kwalificaties en bronvermeldingen</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Sleutel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Predicate</source>
        <translation>Predicaat</translation>
    </message>
    <message>
        <source>Other entity</source>
        <translation>Andere entiteit</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Notation</source>
        <translation>Notatie</translation>
    </message>
    <message>
        <source>according to %1</source>
        <translation>volgens %1</translation>
    </message>
    <message>
        <source>former</source>
        <translation>voormalig</translation>
    </message>
    <message numerus="yes">
        <source>%n citation(s)</source>
        <translation>
            <numerusform>%n bronvermelding</numerusform>
            <numerusform>%n bronvermeldingen</numerusform>
        </translation>
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
</context>
<context>
    <name>tkb::ConflictDialog</name>
    <message>
        <source>Changed by Someone Else</source>
        <translation>Gewijzigd door iemand anders</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 om %2</translation>
    </message>
    <message>
        <source>%1 at %2: “%3”</source>
        <translation>%1 om %2: ‘%3’</translation>
    </message>
    <message>
        <source>“%1” was changed since you began editing it, by %2. Nothing of yours has been saved yet. Compare the two versions and choose.</source>
        <translation>‘%1’ is gewijzigd sinds u het begon te bewerken, door %2. Van u is nog niets opgeslagen. Vergelijk de twee versies en kies.</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>iemand anders</translation>
    </message>
    <message>
        <source>In the knowledge base now</source>
        <translation>Nu in de kennisbank</translation>
    </message>
    <message>
        <source>With your edit on top</source>
        <translation>Met uw bewerking erbovenop</translation>
    </message>
    <message>
        <source>The two versions side by side</source>
        <translation>De twee versies naast elkaar</translation>
    </message>
    <message>
        <source>&amp;Save Mine on Top</source>
        <translation>Mijne erbovenop op&amp;slaan</translation>
    </message>
    <message>
        <source>Save your edit over the version now in the knowledge base; what they changed and you did not stays, and both remain in the history.</source>
        <translation>Uw bewerking opslaan over de versie die nu in de kennisbank staat; wat zij wijzigden en u niet, blijft, en beide blijven in de geschiedenis.</translation>
    </message>
    <message>
        <source>&amp;Discard Mine</source>
        <translation>Mijne &amp;verwerpen</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>&amp;Verder bewerken</translation>
    </message>
</context>
<context>
    <name>tkb::ConnectDialog</name>
    <message>
        <source>Connect to Server</source>
        <translation>Verbinden met server</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Poort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Gebruiker:</translation>
    </message>
    <message>
        <source>&amp;Service (optional):</source>
        <translation>&amp;Service (optioneel):</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Versleuteling:</translation>
    </message>
    <message>
        <source>a server name, an address, or a socket folder</source>
        <translation>een servernaam, een adres of een socketmap</translation>
    </message>
    <message>
        <source>your login name when empty</source>
        <translation>uw inlognaam als dit leeg is</translation>
    </message>
    <message>
        <source>a service in pg_service.conf</source>
        <translation>een service in pg_service.conf</translation>
    </message>
    <message>
        <source>Encrypted when the server offers it</source>
        <translation>Versleuteld als de server het aanbiedt</translation>
    </message>
    <message>
        <source>Always encrypted</source>
        <translation>Altijd versleuteld</translation>
    </message>
    <message>
        <source>Encrypted, and check the server&apos;s certificate</source>
        <translation>Versleuteld, en het certificaat van de server controleren</translation>
    </message>
    <message>
        <source>Never encrypted</source>
        <translation>Nooit versleuteld</translation>
    </message>
    <message>
        <source>The password is never asked for or stored here: it is read from your ~/.pgpass file or from a service in pg_service.conf, as for every PostgreSQL program.</source>
        <translation>Het wachtwoord wordt hier nooit gevraagd of bewaard: het wordt gelezen uit uw bestand ~/.pgpass of uit een service in pg_service.conf, zoals bij elk PostgreSQL-programma.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Give the name of the database, or a service.</source>
        <translation>Geef de naam van de database, of een service.</translation>
    </message>
    <message>
        <source>A database name has no slash.</source>
        <translation>Een databasenaam bevat geen schuine streep.</translation>
    </message>
    <message>
        <source>This address cannot be used: %1</source>
        <translation>Dit adres kan niet worden gebruikt: %1</translation>
    </message>
</context>
<context>
    <name>tkb::DateEdit</name>
    <message>
        <source>circa</source>
        <translation>circa</translation>
    </message>
    <message>
        <source>uncertain</source>
        <translation>onzeker</translation>
    </message>
    <message>
        <source>e.g. 1993, 1993-08-26, 2019-early, 2014-06-29/.., [..2004]</source>
        <translation>bijv. 1993, 1993-08-26, 2019-early, 2014-06-29/.., [..2004]</translation>
    </message>
    <message>
        <source>Form…</source>
        <translation>Vorm…</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <source>Beginning of the year</source>
        <translation>Begin van het jaar</translation>
    </message>
    <message>
        <source>Middle of the year</source>
        <translation>Midden van het jaar</translation>
    </message>
    <message>
        <source>End of the year</source>
        <translation>Einde van het jaar</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Bereik</translation>
    </message>
    <message>
        <source>From (open end)</source>
        <translation>Vanaf (open einde)</translation>
    </message>
    <message>
        <source>Until (open start)</source>
        <translation>Tot (open begin)</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vóór</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>Rewrites the date in another form: the day, month or year it gives stays</source>
        <translation>Schrijft de datum in een andere vorm: de dag, maand of het jaar dat ze geeft blijft</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>%1: form</source>
        <translation>%1: vorm</translation>
    </message>
    <message>
        <source>%1: circa</source>
        <translation>%1: circa</translation>
    </message>
    <message>
        <source>%1: uncertain</source>
        <translation>%1: onzeker</translation>
    </message>
    <message>
        <source>%1: “%2” is not a date this program reads (%3)</source>
        <translation>%1: ‘%2’ is geen datum die dit programma leest (%3)</translation>
    </message>
    <message>
        <source>Not a date: use a form such as 1993, 1993-08, 1993-08-26, 1993/2008, 1993~ (circa), 1993? (uncertain), [..2004] (before), 2019-early (beginning of 2019)</source>
        <translation>Geen datum: gebruik een vorm als 1993, 1993-08, 1993-08-26, 1993/2008, 1993~ (circa), 1993? (onzeker), [..2004] (vóór), 2019-early (begin 2019)</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Geen datum</translation>
    </message>
</context>
<context>
    <name>tkb::DiffModel</name>
    <message>
        <source>Removed</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Toegevoegd</translation>
    </message>
    <message>
        <source>Changed from</source>
        <translation>Gewijzigd, was</translation>
    </message>
    <message>
        <source>Changed to</source>
        <translation>Gewijzigd, nu</translation>
    </message>
</context>
<context>
    <name>tkb::DocumentLines</name>
    <message>
        <source>lead</source>
        <translation>inleiding</translation>
    </message>
    <message>
        <source>cites %1, %2: “%3”</source>
        <translation>citeert %1, %2: ‘%3’</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Soort: %1</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Naam: %1</translation>
    </message>
    <message>
        <source>Alias: %1</source>
        <translation>Andere spelling: %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Attribute “%1”: %2</source>
        <translation>Kenmerk ‘%1’: %2</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Datum: %1</translation>
    </message>
    <message>
        <source>in the source’s words: “%1”</source>
        <translation>in de woorden van de bron: ‘%1’</translation>
    </message>
    <message numerus="yes">
        <source>Sources: %n</source>
        <translation>
            <numerusform>Bronnen: %n</numerusform>
            <numerusform>Bronnen: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Relation: %1 → %2</source>
        <translation>Relatie: %1 → %2</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
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
    <message>
        <source>Infobox “%1”: %2</source>
        <translation>Infobox ‘%1’: %2</translation>
    </message>
    <message>
        <source>Section “%1”</source>
        <translation>Sectie ‘%1’</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(verwijderd)</translation>
    </message>
    <message>
        <source>(did not exist)</source>
        <translation>(bestond niet)</translation>
    </message>
    <message>
        <source>(this revision cannot be read: %1)</source>
        <translation>(deze revisie is niet te lezen: %1)</translation>
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
    <name>tkb::EntityDeleter</name>
    <message>
        <source>%1 links to it as “%2”</source>
        <translation>%1 linkt ernaar als ‘%2’</translation>
    </message>
    <message>
        <source>%1, section “%2”, links to it as “%3”</source>
        <translation>%1, sectie ‘%2’, linkt ernaar als ‘%3’</translation>
    </message>
    <message>
        <source>%1 —%2→ it</source>
        <translation>%1 —%2→ deze</translation>
    </message>
    <message>
        <source>Nothing links to it. It can be brought back with Undo.</source>
        <translation>Niets linkt ernaar. Met Ongedaan maken komt hij terug.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… en nog %n</numerusform>
            <numerusform>… en nog %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>What refers to it (%n): their links to it become plain text and their relations to it are removed. Undo brings everything back.</source>
        <translation>
            <numerusform>Wat ernaar verwijst (%n): de links ernaar worden gewone tekst en de relaties ermee worden verwijderd. Ongedaan maken brengt alles terug.</numerusform>
            <numerusform>Wat ernaar verwijst (%n): de links ernaar worden gewone tekst en de relaties ermee worden verwijderd. Ongedaan maken brengt alles terug.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Entity</source>
        <translation>Entiteit verwijderen</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>‘%1’ verwijderen?</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 verwijderen</translation>
    </message>
    <message>
        <source>“%1” was not deleted: %2</source>
        <translation>‘%1’ is niet verwijderd: %2</translation>
    </message>
</context>
<context>
    <name>tkb::EntityEditor</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>New Entity</source>
        <translation>Nieuwe entiteit</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bewerken</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>Other spellings</source>
        <translation>Andere schrijfwijzen</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Kenmerken</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Relaties</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Every other way the name is written, in any language and script: each is found by search and by typing.</source>
        <translation>Elke andere manier waarop de naam wordt geschreven, in elke taal en elk schrift: elk wordt gevonden bij zoeken en typen.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Type [[ and a name in any spelling to link another entity.</source>
        <translation>Typ [[ en een naam in elke schrijfwijze om naar een andere entiteit te linken.</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>Samen&amp;vatting:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>Te&amp;kst:</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>‘%1’ (%2)</translation>
    </message>
    <message>
        <source>The entity itself cites no passage.</source>
        <translation>De entiteit zelf citeert geen passage.</translation>
    </message>
    <message>
        <source>The entity rests on: %1</source>
        <translation>De entiteit steunt op: %1</translation>
    </message>
    <message>
        <source>S&amp;pellings</source>
        <translation>Sc&amp;hrijfwijzen</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>&amp;Tekst</translation>
    </message>
    <message>
        <source>Attri&amp;butes</source>
        <translation>&amp;Kenmerken</translation>
    </message>
    <message>
        <source>Re&amp;lations</source>
        <translation>&amp;Relaties</translation>
    </message>
    <message>
        <source>Dat&amp;es</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>&amp;Aanmaken</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>Its id will be %1.</source>
        <translation>De id wordt %1.</translation>
    </message>
    <message>
        <source>Id: %1</source>
        <translation>Id: %1</translation>
    </message>
    <message>
        <source>An id begins with the kind, so it cannot change: %1 will be made as %2, and %1 merged into it (links and relations to it follow).</source>
        <translation>Een id begint met de soort en kan dus niet veranderen: %1 wordt aangemaakt als %2 en %1 wordt erin samengevoegd (links en relaties volgen).</translation>
    </message>
    <message>
        <source>That id is taken by “%1”: choose another name.</source>
        <translation>Die id is al van ‘%1’: kies een andere naam.</translation>
    </message>
    <message>
        <source>A spelling</source>
        <translation>Een schrijfwijze</translation>
    </message>
    <message>
        <source>An attribute</source>
        <translation>Een kenmerk</translation>
    </message>
    <message>
        <source>A relation</source>
        <translation>Een relatie</translation>
    </message>
    <message>
        <source>A date</source>
        <translation>Een datum</translation>
    </message>
    <message>
        <source>The entity needs a name.</source>
        <translation>De entiteit heeft een naam nodig.</translation>
    </message>
    <message>
        <source>The id %1 is taken by “%2”. Choose another name, or merge the two.</source>
        <translation>De id %1 is al van ‘%2’. Kies een andere naam of voeg de twee samen.</translation>
    </message>
    <message>
        <source>Throw away what you changed in this form?</source>
        <translation>Wat u in dit formulier hebt gewijzigd weggooien?</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>&amp;Verder bewerken</translation>
    </message>
    <message>
        <source>Create %1</source>
        <translation>%1 aanmaken</translation>
    </message>
    <message>
        <source>The knowledge base did not take the edit: %1</source>
        <translation>De kennisbank nam de bewerking niet aan: %1</translation>
    </message>
</context>
<context>
    <name>tkb::EntityField</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
</context>
<context>
    <name>tkb::EntityLineEdit</name>
    <message>
        <source>Type a name in any spelling</source>
        <translation>Typ een naam in elke schrijfwijze</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (%2) · %3</source>
        <translation>%1 (%2) · %3</translation>
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
    <message>
        <source>Edit</source>
        <translation>Bewerken</translation>
    </message>
    <message>
        <source>Change this entry: its names, text, claims and citations (F2)</source>
        <translation>Dit item wijzigen: namen, tekst, beweringen en bronvermeldingen (F2)</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bewerken</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>Who changed this entry, when and why; compare and revert revisions (Ctrl+H)</source>
        <translation>Wie dit item wanneer en waarom heeft gewijzigd; versies vergelijken en terugzetten (Ctrl+H)</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Geschiedenis van %1</translation>
    </message>
</context>
<context>
    <name>tkb::ErrorLabel</name>
    <message>
        <source>Error</source>
        <translation>Fout</translation>
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
    <name>tkb::GraphAccessible</name>
    <message>
        <source>Shows the group&apos;s next entries.</source>
        <translation>Toont de volgende items van de groep.</translation>
    </message>
    <message>
        <source>%1, the centre of the graph</source>
        <comment>an entity kind</comment>
        <translation>%1, het middelpunt van de graaf</translation>
    </message>
    <message>
        <source>%1; %2 %3</source>
        <comment>kind; the centre&apos;s name, its relations to this entry</comment>
        <translation>%1; %2 %3</translation>
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
    <name>tkb::GraphTable</name>
    <message>
        <source>Relations of %1, as a table</source>
        <translation>Relaties van %1, als tabel</translation>
    </message>
    <message>
        <source>One row per relation. Enter opens the related entry.</source>
        <translation>Eén rij per relatie. Enter opent het gerelateerde item.</translation>
    </message>
    <message>
        <source>from %1 to the entry</source>
        <translation>van %1 naar het item</translation>
    </message>
    <message>
        <source>from the entry to %1</source>
        <translation>van het item naar %1</translation>
    </message>
    <message>
        <source>Related entry</source>
        <translation>Gerelateerd item</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relatie</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richting</translation>
    </message>
</context>
<context>
    <name>tkb::HistoryPage</name>
    <message>
        <source>History: %1</source>
        <translation>Geschiedenis: %1</translation>
    </message>
    <message>
        <source>created</source>
        <translation>aangemaakt</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>bewerkt</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>samengevoegd</translation>
    </message>
    <message>
        <source>reverted</source>
        <translation>teruggezet</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>hersteld</translation>
    </message>
    <message>
        <source>r%1</source>
        <translation>r%1</translation>
    </message>
    <message>
        <source>Revision %1, %2 by %3: %4 %5</source>
        <translation>Revisie %1, %2 door %3: %4 %5</translation>
    </message>
    <message>
        <source>Did not apply: %1</source>
        <translation>Niet toegepast: %1</translation>
    </message>
    <message>
        <source>Change of %1 by %2 that did not apply: %3</source>
        <translation>Wijziging van %1 door %2 die niet is toegepast: %3</translation>
    </message>
    <message>
        <source>Current state</source>
        <translation>Huidige toestand</translation>
    </message>
    <message>
        <source>Before r%1 (as first imported)</source>
        <translation>Vóór r%1 (zoals eerst geïmporteerd)</translation>
    </message>
    <message>
        <source>After r%1 (%2, %3)</source>
        <translation>Na r%1 (%2, %3)</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Geen verschillen.</translation>
    </message>
    <message numerus="yes">
        <source>%n lines differ.</source>
        <translation>
            <numerusform>%n regel verschilt.</numerusform>
            <numerusform>%n regels verschillen.</numerusform>
        </translation>
    </message>
    <message>
        <source>This knowledge base is open read-only.</source>
        <translation>Deze kennisbank is alleen-lezen geopend.</translation>
    </message>
    <message>
        <source>Make the entity as it was right after the chosen revision (Alt+R)</source>
        <translation>Zet de entiteit terug zoals ze direct na de gekozen revisie was (Alt+R)</translation>
    </message>
    <message>
        <source>Make the entity as it was right before the chosen revision, which undoes it and what came after it (Alt+U)</source>
        <translation>Zet de entiteit terug zoals ze direct vóór de gekozen revisie was; dat maakt die en alles daarna ongedaan (Alt+U)</translation>
    </message>
    <message>
        <source>Cannot undo r%1: %2</source>
        <translation>Kan r%1 niet ongedaan maken: %2</translation>
    </message>
    <message>
        <source>Cannot revert to r%1: %2</source>
        <translation>Kan niet terugzetten naar r%1: %2</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1 (verwijderd)</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Geschiedenis van %1</translation>
    </message>
    <message>
        <source>Rev&amp;isions (newest first; select two to compare them):</source>
        <translation>Rev&amp;isies (nieuwste eerst; kies er twee om ze te vergelijken):</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revisie</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Revisies</translation>
    </message>
    <message>
        <source>Changes that did not &amp;apply (kept, not dropped):</source>
        <translation>Wijzigingen die niet zijn toeg&amp;epast (bewaard, niet weggegooid):</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>Changes that did not apply</source>
        <translation>Wijzigingen die niet zijn toegepast</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vergelijk</translation>
    </message>
    <message>
        <source>&amp;with</source>
        <translation>&amp;met</translation>
    </message>
    <message>
        <source>Older state</source>
        <translation>Oudere toestand</translation>
    </message>
    <message>
        <source>Newer state</source>
        <translation>Nieuwere toestand</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Verschillen</translation>
    </message>
    <message>
        <source>Revert to this revision</source>
        <translation>Terugzetten naar deze revisie</translation>
    </message>
    <message>
        <source>Undo this revision</source>
        <translation>Deze revisie ongedaan maken</translation>
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
    <message>
        <source>Names in the Language&apos;s &amp;Script</source>
        <translation>Namen in het &amp;schrift van de taal</translation>
    </message>
    <message>
        <source>Show a name in the script of the language where the knowledge base holds it (a Cyrillic spelling in Russian), with the source&apos;s spelling beside it</source>
        <translation>Een naam tonen in het schrift van de taal als de kennisbank hem zo kent (Cyrillisch in het Russisch), met de spelling van de bron ernaast</translation>
    </message>
</context>
<context>
    <name>tkb::LinkBrowser</name>
    <message>
        <source>Link: %1</source>
        <translation>Koppeling: %1</translation>
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
    <name>tkb::MergeDialog</name>
    <message>
        <source>Merge %1</source>
        <translation>%1 samenvoegen</translation>
    </message>
    <message>
        <source>Keep “%1” and merge the other into it</source>
        <translation>‘%1’ behouden en de andere erin samenvoegen</translation>
    </message>
    <message>
        <source>The same entity under another entry</source>
        <translation>Dezelfde entiteit onder een ander item</translation>
    </message>
    <message>
        <source>What moves</source>
        <translation>Wat meegaat</translation>
    </message>
    <message>
        <source>“%1” is the same as:</source>
        <translation>‘%1’ is hetzelfde als:</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Samenvoegen</translation>
    </message>
    <message>
        <source>Type a name of the other entry in any spelling and choose it.</source>
        <translation>Typ een naam van het andere item in elke schrijfwijze en kies het.</translation>
    </message>
    <message>
        <source>An entity cannot be merged with itself.</source>
        <translation>Een entiteit kan niet met zichzelf worden samengevoegd.</translation>
    </message>
    <message>
        <source>There is no entity %1.</source>
        <translation>Er is geen entiteit %1.</translation>
    </message>
    <message>
        <source>its name “%1” becomes a spelling of “%2”</source>
        <translation>de naam ‘%1’ wordt een schrijfwijze van ‘%2’</translation>
    </message>
    <message numerus="yes">
        <source>%n spelling(s)</source>
        <translation>
            <numerusform>%n schrijfwijze</numerusform>
            <numerusform>%n schrijfwijzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attribute(s)</source>
        <translation>
            <numerusform>%n kenmerk</numerusform>
            <numerusform>%n kenmerken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n date(s)</source>
        <translation>
            <numerusform>%n datum</numerusform>
            <numerusform>%n data</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relation(s)</source>
        <translation>
            <numerusform>%n relatie</numerusform>
            <numerusform>%n relaties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n citation(s)</source>
        <translation>
            <numerusform>%n bronvermelding</numerusform>
            <numerusform>%n bronvermeldingen</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” goes into “%2” (%3 → %4). What moves: %5.</source>
        <translation>‘%1’ gaat op in ‘%2’ (%3 → %4). Wat meegaat: %5.</translation>
    </message>
    <message numerus="yes">
        <source>Re-pointed to “%1” (%n):</source>
        <translation>
            <numerusform>Omgeleid naar ‘%1’ (%n):</numerusform>
            <numerusform>Omgeleid naar ‘%1’ (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>The name, summary and text of “%1” stay; what both have is not doubled. Undo takes the merge back.</source>
        <translation>De naam, samenvatting en tekst van ‘%1’ blijven; wat beide hebben wordt niet verdubbeld. Ongedaan maken draait de samenvoeging terug.</translation>
    </message>
    <message>
        <source>Choose the other entity first.</source>
        <translation>Kies eerst de andere entiteit.</translation>
    </message>
    <message>
        <source>Merge %1 into %2</source>
        <translation>%1 samenvoegen met %2</translation>
    </message>
    <message>
        <source>The knowledge base did not take the merge: %1</source>
        <translation>De kennisbank nam de samenvoeging niet aan: %1</translation>
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
    <message>
        <source>Abbreviation</source>
        <translation>Afkorting</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Oppervlakte</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Geboren</translation>
    </message>
    <message>
        <source>Capital</source>
        <translation>Hoofdstad</translation>
    </message>
    <message>
        <source>Chairman</source>
        <translation>Voorzitter</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Staatsburgerschap</translation>
    </message>
    <message>
        <source>Colour code</source>
        <translation>Kleurcode</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Died</source>
        <translation>Overleden</translation>
    </message>
    <message>
        <source>Dissolved</source>
        <translation>Opgeheven</translation>
    </message>
    <message>
        <source>Formed</source>
        <translation>Gevormd</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>Opgericht</translation>
    </message>
    <message>
        <source>Founder</source>
        <translation>Oprichter</translation>
    </message>
    <message>
        <source>Governing body</source>
        <translation>Bestuursorgaan</translation>
    </message>
    <message>
        <source>Headquarters</source>
        <translation>Hoofdkwartier</translation>
    </message>
    <message>
        <source>Ideology</source>
        <translation>Ideologie</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Leider</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Leden</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationaliteit</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Beroep</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Partij</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Geboorteplaats</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Bevolking</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>President</source>
        <translation>President</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Omvang</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
</context>
<context>
    <name>tkb::PassageLocator</name>
    <message>
        <source>Nothing is selected: select a passage of the text first.</source>
        <translation>Er is niets geselecteerd: selecteer eerst een passage van de tekst.</translation>
    </message>
    <message>
        <source>The selection is not in the stored text (it takes in a heading, a table or a label of the page): select words of the text itself.</source>
        <translation>De selectie staat niet in de opgeslagen tekst (er valt een kop, een tabel of een label van de pagina in): selecteer woorden van de tekst zelf.</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Inleiding</translation>
    </message>
    <message>
        <source>The selection runs from “%1” into “%2”: a passage must lie within one section.</source>
        <translation>De selectie loopt van ‘%1’ door in ‘%2’: een passage moet binnen één sectie liggen.</translation>
    </message>
    <message>
        <source>The selection is not word for word in “%1”.</source>
        <translation>De selectie staat niet woordelijk in ‘%1’.</translation>
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
    <name>tkb::QualifierEditor</name>
    <message>
        <source>Held once and no longer (former)</source>
        <translation>Ooit zo, nu niet meer (voormalig)</translation>
    </message>
    <message>
        <source>Who reports it or holds the opinion: a name, or an entity</source>
        <translation>Wie het meldt of de mening heeft: een naam of een entiteit</translation>
    </message>
    <message>
        <source>e.g. why the words can be read more than one way</source>
        <translation>bijv. waarom de woorden op meer dan één manier te lezen zijn</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;According to:</source>
        <translation>&amp;Volgens:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Opmerking:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>According to</source>
        <translation>Volgens</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
</context>
<context>
    <name>tkb::RecentBases</name>
    <message>
        <source>%1 (server)</source>
        <translation>%1 (server)</translation>
    </message>
    <message>
        <source>No recent knowledge bases</source>
        <translation>Geen recente kennisbanken</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Lijst &amp;wissen</translation>
    </message>
</context>
<context>
    <name>tkb::RecentChangesPage</name>
    <message>
        <source>Recent Changes</source>
        <translation>Recente wijzigingen</translation>
    </message>
    <message>
        <source>Did not apply: %1</source>
        <translation>Niet toegepast: %1</translation>
    </message>
    <message>
        <source>%1 by %2: %3. Did not apply: %4</source>
        <translation>%1 door %2: %3. Niet toegepast: %4</translation>
    </message>
    <message numerus="yes">
        <source>%n entities</source>
        <translation>
            <numerusform>%n entiteit</numerusform>
            <numerusform>%n entiteiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 by %2: %3. %n entities changed</source>
        <translation>
            <numerusform>%1 door %2: %3. %n entiteit gewijzigd</numerusform>
            <numerusform>%1 door %2: %3. %n entiteiten gewijzigd</numerusform>
        </translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(verwijderd)</translation>
    </message>
    <message>
        <source>No changes yet: the knowledge base is as its pack made it.</source>
        <translation>Nog geen wijzigingen: de kennisbank is zoals het pakket haar maakte.</translation>
    </message>
    <message numerus="yes">
        <source>The newest changes, newest first. %n did not apply and are kept with their problem.</source>
        <translation>
            <numerusform>De nieuwste wijzigingen, nieuwste eerst. %n is niet toegepast en wordt met het probleem bewaard.</numerusform>
            <numerusform>De nieuwste wijzigingen, nieuwste eerst. %n zijn niet toegepast en worden met hun probleem bewaard.</numerusform>
        </translation>
    </message>
    <message>
        <source>The newest changes, newest first.</source>
        <translation>De nieuwste wijzigingen, nieuwste eerst.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <source>Recent changes</source>
        <translation>Recente wijzigingen</translation>
    </message>
    <message>
        <source>About the list</source>
        <translation>Over de lijst</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <source>Open the chosen entity (Enter)</source>
        <translation>De gekozen entiteit openen (Enter)</translation>
    </message>
    <message>
        <source>Open Hi&amp;story</source>
        <translation>Ge&amp;schiedenis openen</translation>
    </message>
    <message>
        <source>Open the chosen entity&apos;s history (Shift+Enter)</source>
        <translation>De geschiedenis van de gekozen entiteit openen (Shift+Enter)</translation>
    </message>
    <message>
        <source>Show &amp;More</source>
        <translation>&amp;Meer tonen</translation>
    </message>
    <message numerus="yes">
        <source>Show %n older changes</source>
        <translation>
            <numerusform>%n oudere wijziging tonen</numerusform>
            <numerusform>%n oudere wijzigingen tonen</numerusform>
        </translation>
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
    <name>tkb::SelectionActions</name>
    <message>
        <source>C&amp;ite for…</source>
        <translation>C&amp;iteren voor…</translation>
    </message>
    <message>
        <source>Lin&amp;k to…</source>
        <translation>Lin&amp;ken naar…</translation>
    </message>
    <message>
        <source>&amp;New Entity from Selection…</source>
        <translation>&amp;Nieuw item uit selectie…</translation>
    </message>
    <message>
        <source>This knowledge base is open read-only: it cannot be changed here.</source>
        <translation>Deze kennisbank is alleen-lezen geopend: ze kan hier niet worden gewijzigd.</translation>
    </message>
    <message>
        <source>Select words of the text first.</source>
        <translation>Selecteer eerst woorden van de tekst.</translation>
    </message>
    <message>
        <source>Only a source&apos;s text can be cited: open the source and select the passage there.</source>
        <translation>Alleen de tekst van een bron kan worden geciteerd: open de bron en selecteer de passage daar.</translation>
    </message>
    <message>
        <source>Attach the selected passage as a citation to a claim of an entity</source>
        <translation>De geselecteerde passage als citaat aan een bewering van een item koppelen</translation>
    </message>
    <message>
        <source>Make the selected words a link to an entity</source>
        <translation>De geselecteerde woorden een link naar een item maken</translation>
    </message>
    <message>
        <source>The entity form is not available in this window.</source>
        <translation>Het itemformulier is in dit venster niet beschikbaar.</translation>
    </message>
    <message>
        <source>Create an entity named by the selected words, resting on them</source>
        <translation>Een item maken met de geselecteerde woorden als naam, steunend op die woorden</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>samenvatting</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Selectie</translation>
    </message>
    <message>
        <source>%1 is no longer in the knowledge base.</source>
        <translation>%1 staat niet meer in de kennisbank.</translation>
    </message>
    <message>
        <source>Cite “%1” for %2</source>
        <translation>‘%1’ citeren voor %2</translation>
    </message>
    <message>
        <source>The text of %1 is not in the knowledge base.</source>
        <translation>De tekst van %1 staat niet in de kennisbank.</translation>
    </message>
    <message>
        <source>The text was changed meanwhile: select the words again.</source>
        <translation>De tekst is intussen gewijzigd: selecteer de woorden opnieuw.</translation>
    </message>
    <message>
        <source>Link “%1” to %2</source>
        <translation>‘%1’ linken naar %2</translation>
    </message>
    <message>
        <source>Only plain words of one line can become a link: the selection takes in a link, emphasis or a line break.</source>
        <translation>Alleen gewone woorden op één regel kunnen een link worden: de selectie bevat een link, nadruk of een regeleinde.</translation>
    </message>
    <message>
        <source>The knowledge base is still being checked; it can be changed once that is done.</source>
        <translation>De kennisbank wordt nog gecontroleerd; hij kan worden gewijzigd zodra dat klaar is.</translation>
    </message>
</context>
<context>
    <name>tkb::SelectionTargetDialog</name>
    <message>
        <source>Cite for a Claim</source>
        <translation>Citeren voor een bewering</translation>
    </message>
    <message>
        <source>Link to an Entity</source>
        <translation>Linken naar een item</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>‘%1’</translation>
    </message>
    <message>
        <source>Passage to cite</source>
        <translation>Te citeren passage</translation>
    </message>
    <message>
        <source>Words to link</source>
        <translation>Te linken woorden</translation>
    </message>
    <message>
        <source>Name in any spelling</source>
        <translation>Naam in elke spelling</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>&amp;Entity:</source>
        <translation>&amp;Item:</translation>
    </message>
    <message>
        <source>Claim the passage supports</source>
        <translation>Bewering die de passage ondersteunt</translation>
    </message>
    <message>
        <source>&amp;Claim:</source>
        <translation>&amp;Bewering:</translation>
    </message>
    <message>
        <source>C&amp;ite</source>
        <translation>&amp;Citeren</translation>
    </message>
    <message>
        <source>Lin&amp;k</source>
        <translation>Lin&amp;ken</translation>
    </message>
    <message numerus="yes">
        <source>%1  [%n citation(s)]</source>
        <translation>
            <numerusform>%1  [%n citaat]</numerusform>
            <numerusform>%1  [%n citaten]</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the entity first.</source>
        <translation>Noem eerst het item.</translation>
    </message>
    <message>
        <source>No entity is called “%1”.</source>
        <translation>Er is geen item met de naam ‘%1’.</translation>
    </message>
    <message>
        <source>Choose the claim the passage supports.</source>
        <translation>Kies de bewering die de passage ondersteunt.</translation>
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
    <name>tkb::SourceDialog</name>
    <message>
        <source>&amp;Markdown: lines starting with # begin sections</source>
        <translation>&amp;Markdown: regels die met # beginnen, openen een sectie</translation>
    </message>
    <message>
        <source>Add Source</source>
        <translation>Bron toevoegen</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Verplicht</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Auteur:</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>&amp;Publisher:</source>
        <translation>&amp;Uitgever:</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Uitgever</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>&amp;Web address:</source>
        <translation>&amp;Webadres:</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Webadres</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Taa&amp;l:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Code, e.g. en, ru, az</source>
        <translation>Code, bijv. en, ru, az</translation>
    </message>
    <message>
        <source>Te&amp;xt (paste it, or read a .txt or .md file):</source>
        <translation>Te&amp;kst (plak hem, of lees een .txt- of .md-bestand):</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>&amp;Read File…</source>
        <translation>Bestand l&amp;ezen…</translation>
    </message>
    <message>
        <source>Add &amp;Source</source>
        <translation>&amp;Bron toevoegen</translation>
    </message>
    <message>
        <source>Read a Source&apos;s Text</source>
        <translation>Tekst van een bron lezen</translation>
    </message>
    <message>
        <source>Text and Markdown (*.txt *.md *.markdown);;All files (*)</source>
        <translation>Tekst en Markdown (*.txt *.md *.markdown);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>A source needs a title.</source>
        <translation>Een bron heeft een titel nodig.</translation>
    </message>
    <message>
        <source>The web address must begin with http:// or https://.</source>
        <translation>Het webadres moet beginnen met http:// of https://.</translation>
    </message>
    <message>
        <source>Add source %1</source>
        <translation>Bron %1 toevoegen</translation>
    </message>
    <message>
        <source>No knowledge base is open.</source>
        <translation>Er is geen kennisbank geopend.</translation>
    </message>
    <message>
        <source>The date in EDTF: a day, a month or a year; %1 after it for circa, %2 for uncertain, %3 for a part of a year</source>
        <translation>De datum in EDTF: een dag, een maand of een jaar; %1 erachter voor circa, %2 voor onzeker, %3 voor een deel van een jaar</translation>
    </message>
    <message>
        <source>Give the source&apos;s text (paste it, or read a .txt or .md file) or its web address.</source>
        <translation>Geef de tekst van de bron (plak hem, of lees een .txt- of .md-bestand) of het webadres.</translation>
    </message>
    <message>
        <source>The date “%1” is not one the base can read. EDTF dates look like these:</source>
        <translation>De kennisbank kan de datum ‘%1’ niet lezen. EDTF-datums zien er zo uit:</translation>
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
    <name>tkb::SourceText</name>
    <message>
        <source>“%1” is not a .txt or .md file.</source>
        <translation>‘%1’ is geen .txt- of .md-bestand.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>‘%1’ kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>“%1” is too large for a source (more than 32 MB).</source>
        <translation>‘%1’ is te groot voor een bron (meer dan 32 MB).</translation>
    </message>
    <message>
        <source>“%1” is not a text file: it holds binary data.</source>
        <translation>‘%1’ is geen tekstbestand: het bevat binaire gegevens.</translation>
    </message>
    <message>
        <source>“%1” is not UTF-8 text.</source>
        <translation>‘%1’ is geen UTF-8-tekst.</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>‘%1’ is leeg.</translation>
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
    <name>tkb::TableSwitch</name>
    <message>
        <source>Show as &amp;table</source>
        <translation>Als &amp;tabel tonen</translation>
    </message>
    <message>
        <source>The same data as rows of a table, for reading with a screen reader or the keyboard</source>
        <translation>Dezelfde gegevens als rijen van een tabel, om te lezen met een schermlezer of het toetsenbord</translation>
    </message>
</context>
<context>
    <name>tkb::ThemeMenu</name>
    <message>
        <source>T&amp;heme</source>
        <translation>T&amp;hema</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>&amp;Systeem volgen</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Licht</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Donker</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>&amp;Hoog contrast</translation>
    </message>
    <message>
        <source>White on black with yellow links, for low vision</source>
        <translation>Wit op zwart met gele koppelingen, voor slechtzienden</translation>
    </message>
</context>
<context>
    <name>tkb::TimelineAccessible</name>
    <message>
        <source>Events too close to tell apart at this zoom. Enter zooms in.</source>
        <translation>Gebeurtenissen te dicht bij elkaar om bij deze zoom te onderscheiden. Enter zoomt in.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>the date of an event, its summary</comment>
        <translation>%1. %2</translation>
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
    <message>
        <source>Events in chronological order, as a table</source>
        <translation>Gebeurtenissen in chronologische volgorde, als tabel</translation>
    </message>
    <message>
        <source>One row per event. Enter opens the event.</source>
        <translation>Eén rij per gebeurtenis. Enter opent de gebeurtenis.</translation>
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
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <source>Connect to &amp;Server…</source>
        <translation>Verbinden met &amp;server…</translation>
    </message>
    <message>
        <source>Open a team&apos;s knowledge base on a PostgreSQL server</source>
        <translation>De kennisbank van een team op een PostgreSQL-server openen</translation>
    </message>
</context>
</TS>
