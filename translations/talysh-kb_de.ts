<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ClaimStatus</name>
    <message>
        <source>stated</source>
        <translation>festgestellt</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>berichtet</translation>
    </message>
    <message>
        <source>opinion</source>
        <translation>Meinung</translation>
    </message>
    <message>
        <source>disputed</source>
        <translation>umstritten</translation>
    </message>
    <message>
        <source>ambiguous reading</source>
        <translation>mehrdeutige Lesart</translation>
    </message>
</context>
<context>
    <name>EntityKind</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Orte</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
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
        <translation>ab %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <comment>a period open at its start, up to and including</comment>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>before %1</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>nach %1</translation>
    </message>
    <message>
        <source>beginning of %1</source>
        <comment>a year</comment>
        <translation>Anfang %1</translation>
    </message>
    <message>
        <source>mid-%1</source>
        <comment>a year</comment>
        <translation>Mitte %1</translation>
    </message>
    <message>
        <source>end of %1</source>
        <comment>a year</comment>
        <translation>Ende %1</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>this computer</source>
        <translation>diesem Computer</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A knowledge base of the Talysh National Movement.</source>
        <translation>Eine Wissensdatenbank über die Talysh-Nationalbewegung.</translation>
    </message>
    <message>
        <source>Use this language for this run (%1).</source>
        <translation>Diese Sprache für diesen Start verwenden (%1).</translation>
    </message>
    <message>
        <source>A knowledge base file to open instead of the bundled one.</source>
        <translation>Eine Wissensdatenbank-Datei, die statt der mitgelieferten geöffnet wird.</translation>
    </message>
    <message>
        <source>Open the knowledge base, save a picture of the window to this PNG file and quit.</source>
        <translation>Die Wissensdatenbank öffnen, ein Bild des Fensters in dieser PNG-Datei speichern und beenden.</translation>
    </message>
    <message>
        <source>Saved a picture of &quot;%1&quot; to %2.</source>
        <translation>Bild von „%1“ in %2 gespeichert.</translation>
    </message>
    <message>
        <source>talysh-kb: cannot write the picture %1.</source>
        <translation>talysh-kb: Das Bild %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Use these colours for this run (%1).</source>
        <translation>Diese Farben für diesen Start verwenden (%1).</translation>
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
        <translation>Einleitung</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>This knowledge base holds no article.</source>
        <translation>Diese Wissensdatenbank enthält keinen Artikel.</translation>
    </message>
</context>
<context>
    <name>tkb::BaseOpener</name>
    <message>
        <source>%1 is already open.</source>
        <translation>%1 ist bereits geöffnet.</translation>
    </message>
    <message>
        <source>Another Talysh KB window has this knowledge base open, so it was opened read-only.</source>
        <translation>Ein anderes Talysh-KB-Fenster hat diese Wissensdatenbank geöffnet, daher wurde sie schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>This knowledge base file cannot be written, so it was opened read-only.</source>
        <translation>Diese Wissensdatenbank-Datei ist nicht beschreibbar, daher wurde sie schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>No knowledge base open</source>
        <translation>Keine Wissensdatenbank geöffnet</translation>
    </message>
    <message>
        <source>bundled (Talysh National Movement)</source>
        <translation>mitgeliefert (Talysh-Nationalbewegung)</translation>
    </message>
    <message>
        <source>Knowledge base: %1</source>
        <translation>Wissensdatenbank: %1</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>schreibgeschützt</translation>
    </message>
    <message>
        <source>Read-only: another Talysh KB window has this file open.</source>
        <translation>Schreibgeschützt: Ein anderes Talysh-KB-Fenster hat diese Datei geöffnet.</translation>
    </message>
    <message>
        <source>Read-only: the file or its folder cannot be written.</source>
        <translation>Schreibgeschützt: Die Datei oder ihr Ordner ist nicht beschreibbar.</translation>
    </message>
    <message>
        <source>Cannot Open Knowledge Base</source>
        <translation>Wissensdatenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The knowledge base %1 could not be opened. It was not changed.</source>
        <translation>Die Wissensdatenbank %1 konnte nicht geöffnet werden. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Open the bundled knowledge base instead</source>
        <translation>Stattdessen die mitgelieferte Wissensdatenbank öffnen</translation>
    </message>
    <message>
        <source>Keep the current one</source>
        <translation>Die aktuelle behalten</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Open Knowledge Base</source>
        <translation>Wissensdatenbank öffnen</translation>
    </message>
    <message>
        <source>Talysh KB knowledge bases (*.tkb);;All files (*)</source>
        <translation>Talysh-KB-Wissensdatenbanken (*.tkb);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import Article or Knowledge Pack</source>
        <translation>Artikel oder Wissenspaket importieren</translation>
    </message>
    <message>
        <source>Articles and knowledge packs (*.txt *.json);;Articles (*.txt);;Knowledge packs (*.json);;All files (*)</source>
        <translation>Artikel und Wissenspakete (*.txt *.json);;Artikel (*.txt);;Wissenspakete (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import Into a New Knowledge Base</source>
        <translation>In eine neue Wissensdatenbank importieren</translation>
    </message>
    <message>
        <source>The bundled knowledge base is rebuilt when the program is updated, so it cannot keep imports. Choose where to create a new knowledge base file for this import.</source>
        <translation>Die mitgelieferte Wissensdatenbank wird bei jeder Programmaktualisierung neu erstellt und kann daher keine Importe behalten. Wählen Sie, wo eine neue Wissensdatenbank-Datei für diesen Import angelegt werden soll.</translation>
    </message>
    <message>
        <source>Create Knowledge Base</source>
        <translation>Wissensdatenbank anlegen</translation>
    </message>
    <message>
        <source>Talysh KB knowledge bases (*.tkb)</source>
        <translation>Talysh-KB-Wissensdatenbanken (*.tkb)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Choose a file other than the bundled knowledge base.</source>
        <translation>Wählen Sie eine andere Datei als die mitgelieferte Wissensdatenbank.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <source>Nothing was imported from %1.</source>
        <translation>Aus %1 wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>Imported “%1” from %2: %n entities</source>
        <translation>
            <numerusform>„%1“ aus %2 importiert: %n Eintrag</numerusform>
            <numerusform>„%1“ aus %2 importiert: %n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Knowledge Base Damaged</source>
        <translation>Wissensdatenbank beschädigt</translation>
    </message>
    <message>
        <source>The knowledge base %1 is damaged. Nothing has been written to it; you can go on reading what can be read, but open a backup or the bundled knowledge base to work on.</source>
        <translation>Die Wissensdatenbank %1 ist beschädigt. Es wurde nichts hineingeschrieben; Sie können weiterlesen, was lesbar ist, aber öffnen Sie zum Arbeiten eine Sicherung oder die mitgelieferte Wissensdatenbank.</translation>
    </message>
    <message>
        <source>The knowledge base is damaged: %1</source>
        <translation>Die Wissensdatenbank ist beschädigt: %1</translation>
    </message>
    <message>
        <source>The knowledge base file has been checked: it is sound.</source>
        <translation>Die Datei der Wissensdatenbank wurde geprüft: sie ist in Ordnung.</translation>
    </message>
    <message>
        <source>Checking the knowledge base file…</source>
        <translation>Die Datei der Wissensdatenbank wird geprüft…</translation>
    </message>
    <message>
        <source>The upgrade was cancelled; %1 was left as it was.</source>
        <translation>Die Aktualisierung wurde abgebrochen; %1 blieb unverändert.</translation>
    </message>
    <message>
        <source>Upgrading %1 to this version&apos;s format. Its search index is rebuilt, which can take a few minutes for a large knowledge base.</source>
        <translation>%1 wird auf das Format dieser Version aktualisiert. Der Suchindex wird neu aufgebaut, was bei einer großen Wissensdatenbank einige Minuten dauern kann.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Upgrading the Knowledge Base</source>
        <translation>Wissensdatenbank wird aktualisiert</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1…</translation>
    </message>
    <message>
        <source>Your role on the server allows reading only, so this knowledge base was opened read-only.</source>
        <translation>Ihre Rolle auf dem Server erlaubt nur Lesen, daher wurde diese Wissensdatenbank schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>%1 (server)</source>
        <translation>%1 (Server)</translation>
    </message>
    <message>
        <source>Read-only: your role on the server allows reading only.</source>
        <translation>Schreibgeschützt: Ihre Rolle auf dem Server erlaubt nur Lesen.</translation>
    </message>
</context>
<context>
    <name>tkb::ChangeBanner</name>
    <message>
        <source>Another window or program has changed this knowledge base. The pages show it as it was.</source>
        <translation>Ein anderes Fenster oder Programm hat diese Wissensdatenbank geändert. Die Seiten zeigen den alten Stand.</translation>
    </message>
    <message>
        <source>&amp;Show Changes</source>
        <translation>Änderungen &amp;anzeigen</translation>
    </message>
    <message>
        <source>Read the knowledge base again and update every open page</source>
        <translation>Die Wissensdatenbank neu lesen und alle offenen Seiten aktualisieren</translation>
    </message>
    <message>
        <source>The knowledge base has changed</source>
        <translation>Die Wissensdatenbank wurde geändert</translation>
    </message>
</context>
<context>
    <name>tkb::CitationTable</name>
    <message>
        <source>Add &amp;citation</source>
        <translation>&amp;Beleg hinzufügen</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>Passage (word for word)</source>
        <translation>Textstelle (wörtlich)</translation>
    </message>
    <message>
        <source>Citations</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>Remove citation</source>
        <translation>Beleg entfernen</translation>
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
        <translation> (ab %1)</translation>
    </message>
    <message>
        <source> (until %1)</source>
        <translation> (bis %1)</translation>
    </message>
    <message>
        <source>The entry itself: %1</source>
        <translation>Der Eintrag selbst: %1</translation>
    </message>
    <message>
        <source>Other name: %1</source>
        <translation>Anderer Name: %1</translation>
    </message>
    <message>
        <source>Other name: %1 (%2)</source>
        <translation>Anderer Name: %1 (%2)</translation>
    </message>
    <message>
        <source>Attribute: %1: %2</source>
        <translation>Merkmal: %1: %2</translation>
    </message>
    <message>
        <source>Relation: %1 → %2</source>
        <translation>Beziehung: %1 → %2</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Datum: %1</translation>
    </message>
    <message>
        <source>“%1” already rests on this passage.</source>
        <translation>„%1“ stützt sich bereits auf diese Stelle.</translation>
    </message>
    <message>
        <source>The claim is no longer there: it was changed meanwhile.</source>
        <translation>Die Aussage ist nicht mehr vorhanden: Sie wurde inzwischen geändert.</translation>
    </message>
</context>
<context>
    <name>tkb::ClaimDialog</name>
    <message>
        <source>New Spelling</source>
        <translation>Neue Schreibweise</translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation>Schreibweise</translation>
    </message>
    <message>
        <source>A language code (BCP 47): az, ru, en, fa, tly …</source>
        <translation>Ein Sprachcode (BCP 47): az, ru, en, fa, tly …</translation>
    </message>
    <message>
        <source>A script code (ISO 15924): Latn, Cyrl, Arab …</source>
        <translation>Ein Schriftcode (ISO 15924): Latn, Cyrl, Arab …</translation>
    </message>
    <message>
        <source>S&amp;pelling:</source>
        <translation>&amp;Schreibweise:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <source>Sc&amp;ript:</source>
        <translation>Sch&amp;rift:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Schrift</translation>
    </message>
    <message>
        <source>New Attribute</source>
        <translation>Neues Merkmal</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Merkmal</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>New Relation</source>
        <translation>Neue Beziehung</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>e.g. member-of, heads, founded, located-in</source>
        <translation>z. B. member-of, heads, founded, located-in</translation>
    </message>
    <message>
        <source>&amp;Predicate:</source>
        <translation>&amp;Prädikat:</translation>
    </message>
    <message>
        <source>&amp;Other entity:</source>
        <translation>&amp;Anderer Eintrag:</translation>
    </message>
    <message>
        <source>Predicate</source>
        <translation>Prädikat</translation>
    </message>
    <message>
        <source>Other entity</source>
        <translation>Anderer Eintrag</translation>
    </message>
    <message>
        <source>New Date</source>
        <translation>Neues Datum</translation>
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
        <translation>Beginn des Zeitraums</translation>
    </message>
    <message>
        <source>End of the period</source>
        <translation>Ende des Zeitraums</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>How firmly it is said</source>
        <translation>Wie sicher es gesagt wird</translation>
    </message>
    <message>
        <source>Citations</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>A spelling needs its text.</source>
        <translation>Eine Schreibweise braucht ihren Text.</translation>
    </message>
    <message>
        <source>An attribute needs a key.</source>
        <translation>Ein Merkmal braucht einen Schlüssel.</translation>
    </message>
    <message>
        <source>A relation needs a predicate and the other entity.</source>
        <translation>Eine Beziehung braucht ein Prädikat und den anderen Eintrag.</translation>
    </message>
    <message>
        <source>Write the date, or cancel.</source>
        <translation>Geben Sie das Datum ein oder brechen Sie ab.</translation>
    </message>
</context>
<context>
    <name>tkb::ClaimRuns</name>
    <message>
        <source>former</source>
        <comment>a claim that held once and no longer does</comment>
        <translation>ehemals</translation>
    </message>
    <message>
        <source>opinion of %1</source>
        <comment>a claim that is a named person&apos;s opinion</comment>
        <translation>Meinung von %1</translation>
    </message>
    <message>
        <source>according to %1</source>
        <comment>who reports a claim</comment>
        <translation>laut %1</translation>
    </message>
</context>
<context>
    <name>tkb::ClaimTable</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Ändern…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation>Schreibweise</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Schrift</translation>
    </message>
    <message>
        <source>Qualifiers and citations</source>
        <translation>Einschränkungen und Belege</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Predicate</source>
        <translation>Prädikat</translation>
    </message>
    <message>
        <source>Other entity</source>
        <translation>Anderer Eintrag</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Notation</source>
        <translation>Notation</translation>
    </message>
    <message>
        <source>according to %1</source>
        <translation>laut %1</translation>
    </message>
    <message>
        <source>former</source>
        <translation>ehemals</translation>
    </message>
    <message numerus="yes">
        <source>%n citation(s)</source>
        <translation>
            <numerusform>%n Beleg</numerusform>
            <numerusform>%n Belege</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
</context>
<context>
    <name>tkb::ConflictDialog</name>
    <message>
        <source>Changed by Someone Else</source>
        <translation>Von jemand anderem geändert</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <source>%1 at %2: “%3”</source>
        <translation>%1 um %2: „%3“</translation>
    </message>
    <message>
        <source>“%1” was changed since you began editing it, by %2. Nothing of yours has been saved yet. Compare the two versions and choose.</source>
        <translation>„%1“ wurde geändert, seit Sie mit der Bearbeitung begonnen haben, von %2. Von Ihnen ist noch nichts gespeichert. Vergleichen Sie die beiden Fassungen und wählen Sie.</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>jemand anderem</translation>
    </message>
    <message>
        <source>In the knowledge base now</source>
        <translation>Jetzt in der Wissensdatenbank</translation>
    </message>
    <message>
        <source>With your edit on top</source>
        <translation>Mit Ihrer Bearbeitung darüber</translation>
    </message>
    <message>
        <source>The two versions side by side</source>
        <translation>Die beiden Fassungen nebeneinander</translation>
    </message>
    <message>
        <source>&amp;Save Mine on Top</source>
        <translation>Meine darüber &amp;speichern</translation>
    </message>
    <message>
        <source>Save your edit over the version now in the knowledge base; what they changed and you did not stays, and both remain in the history.</source>
        <translation>Ihre Bearbeitung über der Fassung speichern, die jetzt in der Wissensdatenbank steht; was die anderen geändert haben und Sie nicht, bleibt, und beide bleiben im Verlauf.</translation>
    </message>
    <message>
        <source>&amp;Discard Mine</source>
        <translation>Meine &amp;verwerfen</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
</context>
<context>
    <name>tkb::ConnectDialog</name>
    <message>
        <source>Connect to Server</source>
        <translation>Mit Server verbinden</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Service (optional):</source>
        <translation>&amp;Dienst (optional):</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Verschlüsselung:</translation>
    </message>
    <message>
        <source>a server name, an address, or a socket folder</source>
        <translation>ein Servername, eine Adresse oder ein Socket-Ordner</translation>
    </message>
    <message>
        <source>your login name when empty</source>
        <translation>Ihr Anmeldename, wenn leer</translation>
    </message>
    <message>
        <source>a service in pg_service.conf</source>
        <translation>ein Dienst in pg_service.conf</translation>
    </message>
    <message>
        <source>Encrypted when the server offers it</source>
        <translation>Verschlüsselt, wenn der Server es anbietet</translation>
    </message>
    <message>
        <source>Always encrypted</source>
        <translation>Immer verschlüsselt</translation>
    </message>
    <message>
        <source>Encrypted, and check the server&apos;s certificate</source>
        <translation>Verschlüsselt, mit Prüfung des Serverzertifikats</translation>
    </message>
    <message>
        <source>Never encrypted</source>
        <translation>Nie verschlüsselt</translation>
    </message>
    <message>
        <source>The password is never asked for or stored here: it is read from your ~/.pgpass file or from a service in pg_service.conf, as for every PostgreSQL program.</source>
        <translation>Das Passwort wird hier nie abgefragt oder gespeichert: Es wird, wie bei jedem PostgreSQL-Programm, aus Ihrer Datei ~/.pgpass oder einem Dienst in pg_service.conf gelesen.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Give the name of the database, or a service.</source>
        <translation>Geben Sie den Namen der Datenbank oder einen Dienst an.</translation>
    </message>
    <message>
        <source>A database name has no slash.</source>
        <translation>Ein Datenbankname enthält keinen Schrägstrich.</translation>
    </message>
    <message>
        <source>This address cannot be used: %1</source>
        <translation>Diese Adresse kann nicht verwendet werden: %1</translation>
    </message>
</context>
<context>
    <name>tkb::DateEdit</name>
    <message>
        <source>circa</source>
        <translation>um</translation>
    </message>
    <message>
        <source>uncertain</source>
        <translation>unsicher</translation>
    </message>
    <message>
        <source>e.g. 1993, 1993-08-26, 2019-early, 2014-06-29/.., [..2004]</source>
        <translation>z. B. 1993, 1993-08-26, 2019-early, 2014-06-29/.., [..2004]</translation>
    </message>
    <message>
        <source>Form…</source>
        <translation>Form…</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Beginning of the year</source>
        <translation>Anfang des Jahres</translation>
    </message>
    <message>
        <source>Middle of the year</source>
        <translation>Mitte des Jahres</translation>
    </message>
    <message>
        <source>End of the year</source>
        <translation>Ende des Jahres</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Zeitspanne</translation>
    </message>
    <message>
        <source>From (open end)</source>
        <translation>Ab (offenes Ende)</translation>
    </message>
    <message>
        <source>Until (open start)</source>
        <translation>Bis (offener Anfang)</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vor</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Rewrites the date in another form: the day, month or year it gives stays</source>
        <translation>Schreibt das Datum in einer anderen Form: Tag, Monat oder Jahr, die es angibt, bleiben</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>%1: form</source>
        <translation>%1: Form</translation>
    </message>
    <message>
        <source>%1: circa</source>
        <translation>%1: um</translation>
    </message>
    <message>
        <source>%1: uncertain</source>
        <translation>%1: unsicher</translation>
    </message>
    <message>
        <source>%1: “%2” is not a date this program reads (%3)</source>
        <translation>%1: „%2“ ist kein Datum, das dieses Programm liest (%3)</translation>
    </message>
    <message>
        <source>Not a date: use a form such as 1993, 1993-08, 1993-08-26, 1993/2008, 1993~ (circa), 1993? (uncertain), [..2004] (before), 2019-early (beginning of 2019)</source>
        <translation>Kein Datum: verwenden Sie eine Form wie 1993, 1993-08, 1993-08-26, 1993/2008, 1993~ (um), 1993? (unsicher), [..2004] (vor), 2019-early (Anfang 2019)</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Kein Datum</translation>
    </message>
</context>
<context>
    <name>tkb::DiffModel</name>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Changed from</source>
        <translation>Geändert, vorher</translation>
    </message>
    <message>
        <source>Changed to</source>
        <translation>Geändert, jetzt</translation>
    </message>
</context>
<context>
    <name>tkb::DocumentLines</name>
    <message>
        <source>lead</source>
        <translation>Einleitung</translation>
    </message>
    <message>
        <source>cites %1, %2: “%3”</source>
        <translation>zitiert %1, %2: „%3“</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Art: %1</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Name: %1</translation>
    </message>
    <message>
        <source>Alias: %1</source>
        <translation>Andere Schreibung: %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Attribute “%1”: %2</source>
        <translation>Merkmal „%1“: %2</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Datum: %1</translation>
    </message>
    <message>
        <source>in the source’s words: “%1”</source>
        <translation>in den Worten der Quelle: „%1“</translation>
    </message>
    <message numerus="yes">
        <source>Sources: %n</source>
        <translation>
            <numerusform>Quellen: %n</numerusform>
            <numerusform>Quellen: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Relation: %1 → %2</source>
        <translation>Beziehung: %1 → %2</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Verlag</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Webadresse</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Infobox “%1”: %2</source>
        <translation>Infobox „%1“: %2</translation>
    </message>
    <message>
        <source>Section “%1”</source>
        <translation>Abschnitt „%1“</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(gelöscht)</translation>
    </message>
    <message>
        <source>(did not exist)</source>
        <translation>(gab es nicht)</translation>
    </message>
    <message>
        <source>(this revision cannot be read: %1)</source>
        <translation>(diese Revision ist nicht lesbar: %1)</translation>
    </message>
</context>
<context>
    <name>tkb::EditActions</name>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Undo &amp;History</source>
        <translation>Rückgängig-&amp;Verlauf</translation>
    </message>
    <message>
        <source>Every edit of this session, to step back to any of them</source>
        <translation>Alle Bearbeitungen dieser Sitzung, um zu jeder zurückzukehren</translation>
    </message>
    <message>
        <source>&amp;Edit Entity…</source>
        <translation>Eintrag &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the current entity: names, text, claims, dates and citations (F2)</source>
        <translation>Den aktuellen Eintrag bearbeiten: Namen, Text, Aussagen, Daten und Belege (F2)</translation>
    </message>
    <message>
        <source>&amp;New Entity…</source>
        <translation>&amp;Neuer Eintrag…</translation>
    </message>
    <message>
        <source>Add &amp;Source…</source>
        <translation>&amp;Quelle hinzufügen…</translation>
    </message>
    <message>
        <source>Add a source document: pasted text or a .txt or .md file</source>
        <translation>Ein Quelldokument hinzufügen: eingefügter Text oder eine .txt- oder .md-Datei</translation>
    </message>
    <message>
        <source>&amp;Delete Entity…</source>
        <translation>Eintrag &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>&amp;Zusammenführen mit…</translation>
    </message>
    <message>
        <source>The current entity is the same as another: merge it into that one</source>
        <translation>Der aktuelle Eintrag ist derselbe wie ein anderer: in jenen zusammenführen</translation>
    </message>
    <message>
        <source>&amp;History of This Entity</source>
        <translation>&amp;Verlauf dieses Eintrags</translation>
    </message>
    <message>
        <source>Recent &amp;Changes</source>
        <translation>Letzte Ä&amp;nderungen</translation>
    </message>
    <message>
        <source>Your &amp;Name…</source>
        <translation>Ihr &amp;Name…</translation>
    </message>
    <message>
        <source>The name your changes are recorded under</source>
        <translation>Der Name, unter dem Ihre Änderungen festgehalten werden</translation>
    </message>
</context>
<context>
    <name>tkb::EditSession</name>
    <message>
        <source>No knowledge base is open.</source>
        <translation>Es ist keine Wissensdatenbank geöffnet.</translation>
    </message>
    <message>
        <source>This knowledge base is open read-only: it cannot be changed here.</source>
        <translation>Diese Wissensdatenbank ist schreibgeschützt geöffnet: Sie kann hier nicht geändert werden.</translation>
    </message>
    <message>
        <source>Revert %1 to revision %2</source>
        <translation>%1 auf Version %2 zurücksetzen</translation>
    </message>
    <message>
        <source>Revert %1 to before revision %2</source>
        <translation>%1 auf den Stand vor Version %2 zurücksetzen</translation>
    </message>
    <message>
        <source>Cannot undo “%1”: %2</source>
        <translation>„%1“ kann nicht rückgängig gemacht werden: %2</translation>
    </message>
    <message>
        <source>Cannot redo “%1”: %2</source>
        <translation>„%1“ kann nicht wiederholt werden: %2</translation>
    </message>
</context>
<context>
    <name>tkb::EntityCard</name>
    <message>
        <source>Open a person, organization, place or event to see what it is linked to.</source>
        <translation>Öffnen Sie eine Person, eine Organisation, einen Ort oder ein Ereignis, um die Verknüpfungen zu sehen.</translation>
    </message>
    <message>
        <source>“%1” is not in this knowledge base.</source>
        <translation>„%1“ ist nicht in dieser Wissensdatenbank.</translation>
    </message>
    <message>
        <source>Also written:</source>
        <translation>Auch geschrieben:</translation>
    </message>
    <message>
        <source>Show in the graph</source>
        <translation>Im Graphen zeigen</translation>
    </message>
    <message>
        <source>Linked to</source>
        <translation>Verknüpft mit</translation>
    </message>
    <message>
        <source>Mentioned in</source>
        <translation>Erwähnt in</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Einleitung</translation>
    </message>
</context>
<context>
    <name>tkb::EntityDeleter</name>
    <message>
        <source>%1 links to it as “%2”</source>
        <translation>%1 verweist darauf als „%2“</translation>
    </message>
    <message>
        <source>%1, section “%2”, links to it as “%3”</source>
        <translation>%1, Abschnitt „%2“, verweist darauf als „%3“</translation>
    </message>
    <message>
        <source>%1 —%2→ it</source>
        <translation>%1 —%2→ dieser</translation>
    </message>
    <message>
        <source>Nothing links to it. It can be brought back with Undo.</source>
        <translation>Nichts verweist darauf. Mit Rückgängig lässt er sich zurückholen.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>What refers to it (%n): their links to it become plain text and their relations to it are removed. Undo brings everything back.</source>
        <translation>
            <numerusform>Was darauf verweist (%n): die Verweise darauf werden zu einfachem Text, die Beziehungen zu ihm werden entfernt. Rückgängig holt alles zurück.</numerusform>
            <numerusform>Was darauf verweist (%n): die Verweise darauf werden zu einfachem Text, die Beziehungen zu ihm werden entfernt. Rückgängig holt alles zurück.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Entity</source>
        <translation>Eintrag löschen</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>„%1“ löschen?</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>“%1” was not deleted: %2</source>
        <translation>„%1“ wurde nicht gelöscht: %2</translation>
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
        <translation>Neuer Eintrag</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>Other spellings</source>
        <translation>Andere Schreibweisen</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Merkmale</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Beziehungen</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Every other way the name is written, in any language and script: each is found by search and by typing.</source>
        <translation>Jede andere Schreibweise des Namens, in jeder Sprache und Schrift: jede wird beim Suchen und Tippen gefunden.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Type [[ and a name in any spelling to link another entity.</source>
        <translation>Tippen Sie [[ und einen Namen in beliebiger Schreibweise, um auf einen anderen Eintrag zu verweisen.</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>Zusammen&amp;fassung:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>„%1“ (%2)</translation>
    </message>
    <message>
        <source>The entity itself cites no passage.</source>
        <translation>Der Eintrag selbst belegt keine Textstelle.</translation>
    </message>
    <message>
        <source>The entity rests on: %1</source>
        <translation>Der Eintrag stützt sich auf: %1</translation>
    </message>
    <message>
        <source>S&amp;pellings</source>
        <translation>Schrei&amp;bweisen</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>&amp;Text</translation>
    </message>
    <message>
        <source>Attri&amp;butes</source>
        <translation>&amp;Merkmale</translation>
    </message>
    <message>
        <source>Re&amp;lations</source>
        <translation>Be&amp;ziehungen</translation>
    </message>
    <message>
        <source>Dat&amp;es</source>
        <translation>&amp;Daten</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>An&amp;legen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Its id will be %1.</source>
        <translation>Die Kennung wird %1 sein.</translation>
    </message>
    <message>
        <source>Id: %1</source>
        <translation>Kennung: %1</translation>
    </message>
    <message>
        <source>An id begins with the kind, so it cannot change: %1 will be made as %2, and %1 merged into it (links and relations to it follow).</source>
        <translation>Eine Kennung beginnt mit der Art und kann sich daher nicht ändern: %1 wird als %2 angelegt und %1 darin zusammengeführt (Verweise und Beziehungen folgen).</translation>
    </message>
    <message>
        <source>That id is taken by “%1”: choose another name.</source>
        <translation>Diese Kennung hat bereits „%1“: wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>A spelling</source>
        <translation>Eine Schreibweise</translation>
    </message>
    <message>
        <source>An attribute</source>
        <translation>Ein Merkmal</translation>
    </message>
    <message>
        <source>A relation</source>
        <translation>Eine Beziehung</translation>
    </message>
    <message>
        <source>A date</source>
        <translation>Ein Datum</translation>
    </message>
    <message>
        <source>The entity needs a name.</source>
        <translation>Der Eintrag braucht einen Namen.</translation>
    </message>
    <message>
        <source>The id %1 is taken by “%2”. Choose another name, or merge the two.</source>
        <translation>Die Kennung %1 hat bereits „%2“. Wählen Sie einen anderen Namen oder führen Sie beide zusammen.</translation>
    </message>
    <message>
        <source>Throw away what you changed in this form?</source>
        <translation>Was Sie in diesem Formular geändert haben, verwerfen?</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
    <message>
        <source>Create %1</source>
        <translation>%1 anlegen</translation>
    </message>
    <message>
        <source>The knowledge base did not take the edit: %1</source>
        <translation>Die Wissensbasis hat die Bearbeitung nicht angenommen: %1</translation>
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
        <translation>Namen in beliebiger Schreibweise eingeben</translation>
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
        <translation>ohne Datum</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>Auch bekannt als</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
</context>
<context>
    <name>tkb::EntityPage</name>
    <message>
        <source>Entry: %1</source>
        <translation>Eintrag: %1</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Change this entry: its names, text, claims and citations (F2)</source>
        <translation>Diesen Eintrag ändern: Namen, Text, Aussagen und Belege (F2)</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Who changed this entry, when and why; compare and revert revisions (Ctrl+H)</source>
        <translation>Wer diesen Eintrag wann und warum geändert hat; Versionen vergleichen und zurücksetzen (Strg+H)</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Verlauf von %1</translation>
    </message>
</context>
<context>
    <name>tkb::ErrorLabel</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>tkb::ExportComposer</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
    <message>
        <source>There is no entry “%1” in this knowledge base.</source>
        <translation>In dieser Wissensdatenbank gibt es keinen Eintrag „%1“.</translation>
    </message>
    <message>
        <source>This knowledge base holds no article.</source>
        <translation>Diese Wissensdatenbank enthält keinen Artikel.</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>Alle Einträge</translation>
    </message>
</context>
<context>
    <name>tkb::ExportDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The whole article</source>
        <translation>Der ganze Artikel</translation>
    </message>
    <message>
        <source>The whole article “%1”</source>
        <translation>Der ganze Artikel „%1“</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Einleitung</translation>
    </message>
    <message>
        <source>Article section “%1”</source>
        <translation>Artikelabschnitt „%1“</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>Alle Einträge</translation>
    </message>
    <message>
        <source>Search results for “%1”</source>
        <translation>Suchergebnisse für „%1“</translation>
    </message>
    <message>
        <source>This tab: %1</source>
        <translation>Dieser Tab: %1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>Als PDF exportieren</translation>
    </message>
    <message>
        <source>Choose what to print. Paper and margins can still be changed in the print dialog.</source>
        <translation>Wählen Sie, was gedruckt werden soll. Papier und Ränder lassen sich im Druckdialog noch ändern.</translation>
    </message>
    <message>
        <source>Choose what to export. The PDF has a title, the export date and source, page numbers, and links between the names it contains.</source>
        <translation>Wählen Sie, was exportiert werden soll. Das PDF enthält einen Titel, Exportdatum und Quelle, Seitenzahlen und Verweise zwischen den darin genannten Namen.</translation>
    </message>
    <message>
        <source>&amp;Section:</source>
        <translation>&amp;Abschnitt:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>&amp;Ausrichtung:</translation>
    </message>
    <message>
        <source>&amp;Margins:</source>
        <translation>&amp;Ränder:</translation>
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
        <translation>Hochformat</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Querformat</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>Include the cited sentences as numbered &amp;endnotes</source>
        <translation>Die zitierten Sätze als nummerierte &amp;Endnoten aufnehmen</translation>
    </message>
    <message>
        <source>Include a summary of each &amp;named entry, linked from the text</source>
        <translation>Eine Zusammenfassung jedes &amp;genannten Eintrags aufnehmen, vom Text aus verlinkt</translation>
    </message>
    <message>
        <source>&amp;Right-to-left layout</source>
        <translation>Layout von &amp;rechts nach links</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Exporting “%1”…</source>
        <translation>„%1“ wird exportiert…</translation>
    </message>
    <message>
        <source>Saved %1 (%2).</source>
        <translation>%1 gespeichert (%2).</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 Seite</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 Seiten</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Printing “%1”…</source>
        <translation>„%1“ wird gedruckt…</translation>
    </message>
</context>
<context>
    <name>tkb::GraphAccessible</name>
    <message>
        <source>Shows the group&apos;s next entries.</source>
        <translation>Zeigt die nächsten Einträge der Gruppe.</translation>
    </message>
    <message>
        <source>%1, the centre of the graph</source>
        <comment>an entity kind</comment>
        <translation>%1, die Mitte des Graphen</translation>
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
        <translation>Graph: %1</translation>
    </message>
    <message>
        <source>No relations are recorded for %1.</source>
        <translation>Für %1 sind keine Beziehungen erfasst.</translation>
    </message>
    <message>
        <source>Relations of %1</source>
        <translation>Beziehungen von %1</translation>
    </message>
    <message numerus="yes">
        <source>%n related entries. Arrow keys move between them, Enter opens one, the menu key offers more.</source>
        <translation>
            <numerusform>%n verknüpfter Eintrag. Die Pfeiltasten wechseln zwischen den Einträgen, die Eingabetaste öffnet einen, die Menütaste bietet mehr.</numerusform>
            <numerusform>%n verknüpfte Einträge. Die Pfeiltasten wechseln zwischen den Einträgen, die Eingabetaste öffnet einen, die Menütaste bietet mehr.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open in New &amp;Tab</source>
        <translation>In neuem &amp;Tab öffnen</translation>
    </message>
    <message>
        <source>Show &amp;Graph of %1</source>
        <translation>&amp;Graph von %1 zeigen</translation>
    </message>
    <message numerus="yes">
        <source>%n related entries, grouped by relation. Arrow keys move between the groups and entries, Enter shows a group&apos;s entries or opens an entry.</source>
        <translation>
            <numerusform>%n verknüpfter Eintrag, nach Beziehung gruppiert. Die Pfeiltasten wechseln zwischen Gruppen und Einträgen, die Eingabetaste zeigt die Einträge einer Gruppe oder öffnet einen Eintrag.</numerusform>
            <numerusform>%n verknüpfte Einträge, nach Beziehung gruppiert. Die Pfeiltasten wechseln zwischen Gruppen und Einträgen, die Eingabetaste zeigt die Einträge einer Gruppe oder öffnet einen Eintrag.</numerusform>
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
            <numerusform>%n Eintrag: %1. Eingabetaste oder Klick zeigt ihn.</numerusform>
            <numerusform>%n Einträge: %1. Eingabetaste oder Klick zeigt sie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show %n more</source>
        <translation>
            <numerusform>%n weiteren anzeigen</numerusform>
            <numerusform>%n weitere anzeigen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tkb::GraphTable</name>
    <message>
        <source>Relations of %1, as a table</source>
        <translation>Beziehungen von %1 als Tabelle</translation>
    </message>
    <message>
        <source>One row per relation. Enter opens the related entry.</source>
        <translation>Eine Zeile je Beziehung. Eingabe öffnet den verbundenen Eintrag.</translation>
    </message>
    <message>
        <source>from %1 to the entry</source>
        <translation>von %1 zum Eintrag</translation>
    </message>
    <message>
        <source>from the entry to %1</source>
        <translation>vom Eintrag zu %1</translation>
    </message>
    <message>
        <source>Related entry</source>
        <translation>Verbundener Eintrag</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
</context>
<context>
    <name>tkb::HistoryPage</name>
    <message>
        <source>History: %1</source>
        <translation>Verlauf: %1</translation>
    </message>
    <message>
        <source>created</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>bearbeitet</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>zusammengeführt</translation>
    </message>
    <message>
        <source>reverted</source>
        <translation>zurückgesetzt</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>wiederhergestellt</translation>
    </message>
    <message>
        <source>r%1</source>
        <translation>r%1</translation>
    </message>
    <message>
        <source>Revision %1, %2 by %3: %4 %5</source>
        <translation>Revision %1, %2 von %3: %4 %5</translation>
    </message>
    <message>
        <source>Did not apply: %1</source>
        <translation>Nicht angewendet: %1</translation>
    </message>
    <message>
        <source>Change of %1 by %2 that did not apply: %3</source>
        <translation>Änderung vom %1 von %2, die nicht angewendet wurde: %3</translation>
    </message>
    <message>
        <source>Current state</source>
        <translation>Aktueller Stand</translation>
    </message>
    <message>
        <source>Before r%1 (as first imported)</source>
        <translation>Vor r%1 (wie zuerst importiert)</translation>
    </message>
    <message>
        <source>After r%1 (%2, %3)</source>
        <translation>Nach r%1 (%2, %3)</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Keine Unterschiede.</translation>
    </message>
    <message numerus="yes">
        <source>%n lines differ.</source>
        <translation>
            <numerusform>%n Zeile unterscheidet sich.</numerusform>
            <numerusform>%n Zeilen unterscheiden sich.</numerusform>
        </translation>
    </message>
    <message>
        <source>This knowledge base is open read-only.</source>
        <translation>Diese Wissensbasis ist schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>Make the entity as it was right after the chosen revision (Alt+R)</source>
        <translation>Den Eintrag so herstellen, wie er direkt nach der gewählten Revision war (Alt+R)</translation>
    </message>
    <message>
        <source>Make the entity as it was right before the chosen revision, which undoes it and what came after it (Alt+U)</source>
        <translation>Den Eintrag so herstellen, wie er direkt vor der gewählten Revision war; das macht sie und alles danach rückgängig (Alt+U)</translation>
    </message>
    <message>
        <source>Cannot undo r%1: %2</source>
        <translation>r%1 kann nicht rückgängig gemacht werden: %2</translation>
    </message>
    <message>
        <source>Cannot revert to r%1: %2</source>
        <translation>Zurücksetzen auf r%1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1 (gelöscht)</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Verlauf von %1</translation>
    </message>
    <message>
        <source>Rev&amp;isions (newest first; select two to compare them):</source>
        <translation>Rev&amp;isionen (neueste zuerst; zwei auswählen, um sie zu vergleichen):</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Revisionen</translation>
    </message>
    <message>
        <source>Changes that did not &amp;apply (kept, not dropped):</source>
        <translation>Nicht &amp;angewendete Änderungen (aufbewahrt, nicht verworfen):</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Changes that did not apply</source>
        <translation>Nicht angewendete Änderungen</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleiche</translation>
    </message>
    <message>
        <source>&amp;with</source>
        <translation>&amp;mit</translation>
    </message>
    <message>
        <source>Older state</source>
        <translation>Älterer Stand</translation>
    </message>
    <message>
        <source>Newer state</source>
        <translation>Neuerer Stand</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <source>Revert to this revision</source>
        <translation>Auf diese Revision zurücksetzen</translation>
    </message>
    <message>
        <source>Undo this revision</source>
        <translation>Diese Revision rückgängig machen</translation>
    </message>
</context>
<context>
    <name>tkb::ImportRun</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>tkb::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Names in the Language&apos;s &amp;Script</source>
        <translation>Namen in der &amp;Schrift der Sprache</translation>
    </message>
    <message>
        <source>Show a name in the script of the language where the knowledge base holds it (a Cyrillic spelling in Russian), with the source&apos;s spelling beside it</source>
        <translation>Einen Namen in der Schrift der Sprache zeigen, wo die Wissensdatenbank ihn so kennt (kyrillisch auf Russisch), mit der Schreibung der Quelle daneben</translation>
    </message>
</context>
<context>
    <name>tkb::LinkBrowser</name>
    <message>
        <source>Link: %1</source>
        <translation>Link: %1</translation>
    </message>
</context>
<context>
    <name>tkb::ListPage</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message numerus="yes">
        <source>%n matches</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by name or other spelling…</source>
        <translation>Nach Name oder anderer Schreibweise filtern…</translation>
    </message>
    <message>
        <source>Filter %1</source>
        <translation>%1 filtern</translation>
    </message>
    <message>
        <source>Number of entries</source>
        <translation>Anzahl der Einträge</translation>
    </message>
</context>
<context>
    <name>tkb::MainWindow</name>
    <message>
        <source>About Talysh KB</source>
        <translation>Über Talysh KB</translation>
    </message>
    <message>
        <source>Talysh KB</source>
        <translation>Talysh KB</translation>
    </message>
    <message>
        <source>Open pages</source>
        <translation>Geöffnete Seiten</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Talysh KB %1&lt;/h3&gt;&lt;p&gt;A knowledge base of the Talysh National Movement: its people, organizations, places, events and goals, every fact cited from its source.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Talysh KB %1&lt;/h3&gt;&lt;p&gt;Eine Wissensdatenbank über die Talysh-Nationalbewegung: ihre Personen, Organisationen, Orte, Ereignisse und Ziele, jede Angabe mit Quellennachweis.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open knowledge base</source>
        <translation>Geöffnete Wissensdatenbank</translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation>(schreibgeschützt)</translation>
    </message>
    <message>
        <source>Zoom: %1%</source>
        <translation>Zoom: %1 %</translation>
    </message>
    <message>
        <source>Your Name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Your changes are recorded in the knowledge base&apos;s history under this name:</source>
        <translation>Ihre Änderungen werden unter diesem Namen im Verlauf der Wissensdatenbank festgehalten:</translation>
    </message>
    <message>
        <source>Work in progress</source>
        <translation>Arbeit läuft</translation>
    </message>
</context>
<context>
    <name>tkb::MergeDialog</name>
    <message>
        <source>Merge %1</source>
        <translation>%1 zusammenführen</translation>
    </message>
    <message>
        <source>Keep “%1” and merge the other into it</source>
        <translation>„%1“ behalten und den anderen darin zusammenführen</translation>
    </message>
    <message>
        <source>The same entity under another entry</source>
        <translation>Derselbe Eintrag unter anderem Namen</translation>
    </message>
    <message>
        <source>What moves</source>
        <translation>Was übernommen wird</translation>
    </message>
    <message>
        <source>“%1” is the same as:</source>
        <translation>„%1“ ist dasselbe wie:</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
    <message>
        <source>Type a name of the other entry in any spelling and choose it.</source>
        <translation>Geben Sie einen Namen des anderen Eintrags in beliebiger Schreibweise ein und wählen Sie ihn.</translation>
    </message>
    <message>
        <source>An entity cannot be merged with itself.</source>
        <translation>Ein Eintrag kann nicht mit sich selbst zusammengeführt werden.</translation>
    </message>
    <message>
        <source>There is no entity %1.</source>
        <translation>Es gibt keinen Eintrag %1.</translation>
    </message>
    <message>
        <source>its name “%1” becomes a spelling of “%2”</source>
        <translation>sein Name „%1“ wird eine Schreibweise von „%2“</translation>
    </message>
    <message numerus="yes">
        <source>%n spelling(s)</source>
        <translation>
            <numerusform>%n Schreibweise</numerusform>
            <numerusform>%n Schreibweisen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attribute(s)</source>
        <translation>
            <numerusform>%n Merkmal</numerusform>
            <numerusform>%n Merkmale</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n date(s)</source>
        <translation>
            <numerusform>%n Datum</numerusform>
            <numerusform>%n Daten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relation(s)</source>
        <translation>
            <numerusform>%n Beziehung</numerusform>
            <numerusform>%n Beziehungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n citation(s)</source>
        <translation>
            <numerusform>%n Beleg</numerusform>
            <numerusform>%n Belege</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” goes into “%2” (%3 → %4). What moves: %5.</source>
        <translation>„%1“ geht in „%2“ auf (%3 → %4). Übernommen wird: %5.</translation>
    </message>
    <message numerus="yes">
        <source>Re-pointed to “%1” (%n):</source>
        <translation>
            <numerusform>Auf „%1“ umgeleitet (%n):</numerusform>
            <numerusform>Auf „%1“ umgeleitet (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>The name, summary and text of “%1” stay; what both have is not doubled. Undo takes the merge back.</source>
        <translation>Name, Zusammenfassung und Text von „%1“ bleiben; was beide haben, wird nicht verdoppelt. Rückgängig nimmt die Zusammenführung zurück.</translation>
    </message>
    <message>
        <source>Choose the other entity first.</source>
        <translation>Wählen Sie zuerst den anderen Eintrag.</translation>
    </message>
    <message>
        <source>Merge %1 into %2</source>
        <translation>%1 mit %2 zusammenführen</translation>
    </message>
    <message>
        <source>The knowledge base did not take the merge: %1</source>
        <translation>Die Wissensbasis hat die Zusammenführung nicht angenommen: %1</translation>
    </message>
</context>
<context>
    <name>tkb::NamedAppendix</name>
    <message>
        <source>Named in this document</source>
        <translation>In diesem Dokument genannt</translation>
    </message>
</context>
<context>
    <name>tkb::PageBuilder</name>
    <message>
        <source>Exported from %1 on %2</source>
        <translation>Exportiert aus %1 am %2</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Einzelnachweise</translation>
    </message>
    <message>
        <source>%1, infobox</source>
        <translation>%1, Infobox</translation>
    </message>
    <message>
        <source>%1, introduction</source>
        <translation>%1, Einleitung</translation>
    </message>
    <message>
        <source>%1, section “%2”</source>
        <translation>%1, Abschnitt „%2“</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>The knowledge base has no entry “%1”.</source>
        <translation>Die Wissensdatenbank enthält keinen Eintrag „%1“.</translation>
    </message>
    <message>
        <source>%1 “%2” from the knowledge base “%3”</source>
        <translation>%1 „%2“ aus der Wissensdatenbank „%3“</translation>
    </message>
    <message>
        <source>Relations graph</source>
        <translation>Beziehungsgraph</translation>
    </message>
    <message>
        <source>Source text</source>
        <translation>Quelltext</translation>
    </message>
    <message>
        <source>Also known as:</source>
        <translation>Auch bekannt als:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Beziehungen</translation>
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
        <translation>Einleitung</translation>
    </message>
    <message>
        <source>Mentioned in</source>
        <translation>Erwähnt in</translation>
    </message>
    <message numerus="yes">
        <source>(%n times)</source>
        <translation>
            <numerusform>(%n Mal)</numerusform>
            <numerusform>(%n Mal)</numerusform>
        </translation>
    </message>
    <message>
        <source>The article “%1”</source>
        <translation>Der Artikel „%1“</translation>
    </message>
    <message>
        <source> (from %1)</source>
        <translation> (aus %1)</translation>
    </message>
    <message>
        <source>The article “%1” has no section “%2” (it has: %3).</source>
        <translation>Der Artikel „%1“ hat keinen Abschnitt „%2“ (vorhanden: %3).</translation>
    </message>
    <message>
        <source>Section “%1” of the article “%2”</source>
        <translation>Abschnitt „%1“ des Artikels „%2“</translation>
    </message>
    <message>
        <source>From the article “%1”</source>
        <translation>Aus dem Artikel „%1“</translation>
    </message>
    <message>
        <source>Timeline — %1</source>
        <translation>Zeitleiste — %1</translation>
    </message>
    <message>
        <source>Timeline of the knowledge base “%1”</source>
        <translation>Zeitleiste der Wissensdatenbank „%1“</translation>
    </message>
    <message>
        <source>timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 Ereignis</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 Ereignisse</translation>
    </message>
    <message>
        <source>This knowledge base has no events.</source>
        <translation>Diese Wissensdatenbank enthält keine Ereignisse.</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>ohne Datum</translation>
    </message>
    <message>
        <source>%1 in the knowledge base “%2”</source>
        <translation>%1 in der Wissensdatenbank „%2“</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 Eintrag</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 Einträge</translation>
    </message>
    <message>
        <source>Nothing of this kind is in the knowledge base.</source>
        <translation>Die Wissensdatenbank enthält nichts von dieser Art.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>Auch bekannt als</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>Suche: %1</translation>
    </message>
    <message>
        <source>Search results for “%1” in the knowledge base “%2”</source>
        <translation>Suchergebnisse für „%1“ in der Wissensdatenbank „%2“</translation>
    </message>
    <message>
        <source>search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Search results for “%1”</source>
        <translation>Suchergebnisse für „%1“</translation>
    </message>
    <message>
        <source>1 result</source>
        <translation>1 Ergebnis</translation>
    </message>
    <message>
        <source>%1 results</source>
        <translation>%1 Ergebnisse</translation>
    </message>
    <message>
        <source>No results.</source>
        <translation>Keine Ergebnisse.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Where it matches</source>
        <translation>Fundstelle</translation>
    </message>
    <message>
        <source>Did you mean: %1?</source>
        <translation>Meinten Sie: %1?</translation>
    </message>
    <message>
        <source>Type what you are looking for into the search field.</source>
        <translation>Geben Sie ins Suchfeld ein, wonach Sie suchen.</translation>
    </message>
    <message>
        <source>Try another spelling, fewer words, or “All kinds”.</source>
        <translation>Versuchen Sie eine andere Schreibweise, weniger Wörter oder „Alle Arten“.</translation>
    </message>
    <message>
        <source>Article section</source>
        <translation>Artikelabschnitt</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Verlag</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Webadresse</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
</context>
<context>
    <name>tkb::PageLabels</name>
    <message>
        <source>advocates</source>
        <translation>setzt sich ein für</translation>
    </message>
    <message>
        <source>advocated by</source>
        <translation>befürwortet von</translation>
    </message>
    <message>
        <source>based in</source>
        <translation>ansässig in</translation>
    </message>
    <message>
        <source>base of</source>
        <translation>Standort von</translation>
    </message>
    <message>
        <source>board member of</source>
        <translation>Vorstandsmitglied von</translation>
    </message>
    <message>
        <source>board member</source>
        <translation>Vorstandsmitglieder</translation>
    </message>
    <message>
        <source>chairman of</source>
        <translation>Vorsitzender von</translation>
    </message>
    <message>
        <source>chairman</source>
        <translation>Vorsitzender</translation>
    </message>
    <message>
        <source>concerns</source>
        <translation>betrifft</translation>
    </message>
    <message>
        <source>subject of</source>
        <translation>Gegenstand von</translation>
    </message>
    <message>
        <source>detained by</source>
        <translation>festgenommen von</translation>
    </message>
    <message>
        <source>detained</source>
        <translation>nahm fest</translation>
    </message>
    <message>
        <source>emigrated to</source>
        <translation>emigrierte nach</translation>
    </message>
    <message>
        <source>emigration destination of</source>
        <translation>Emigrationsziel von</translation>
    </message>
    <message>
        <source>expelled from</source>
        <translation>ausgeschlossen aus</translation>
    </message>
    <message>
        <source>expelled</source>
        <translation>schloss aus</translation>
    </message>
    <message>
        <source>extradited to</source>
        <translation>ausgeliefert an</translation>
    </message>
    <message>
        <source>extradition destination of</source>
        <translation>Auslieferungsziel von</translation>
    </message>
    <message>
        <source>founded</source>
        <translation>Gründer von</translation>
    </message>
    <message>
        <source>founded by</source>
        <translation>gegründet von</translation>
    </message>
    <message>
        <source>founded in</source>
        <translation>gegründet in</translation>
    </message>
    <message>
        <source>place of founding of</source>
        <translation>Gründungsort von</translation>
    </message>
    <message>
        <source>headquartered in</source>
        <translation>Hauptsitz in</translation>
    </message>
    <message>
        <source>headquarters of</source>
        <translation>Hauptsitz von</translation>
    </message>
    <message>
        <source>heads</source>
        <translation>leitet</translation>
    </message>
    <message>
        <source>headed by</source>
        <translation>geleitet von</translation>
    </message>
    <message>
        <source>joined</source>
        <translation>trat bei</translation>
    </message>
    <message>
        <source>joined by</source>
        <translation>Beitritt von</translation>
    </message>
    <message>
        <source>located in</source>
        <translation>liegt in</translation>
    </message>
    <message>
        <source>location of</source>
        <translation>Ort von</translation>
    </message>
    <message>
        <source>member of</source>
        <translation>Mitglied von</translation>
    </message>
    <message>
        <source>member</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>membership terminated in</source>
        <translation>Mitgliedschaft beendet in</translation>
    </message>
    <message>
        <source>terminated the membership of</source>
        <translation>beendete die Mitgliedschaft von</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>eröffnete</translation>
    </message>
    <message>
        <source>opened by</source>
        <translation>eröffnet von</translation>
    </message>
    <message>
        <source>organized</source>
        <translation>organisierte</translation>
    </message>
    <message>
        <source>organized by</source>
        <translation>organisiert von</translation>
    </message>
    <message>
        <source>part of</source>
        <translation>Teil von</translation>
    </message>
    <message>
        <source>has part</source>
        <translation>umfasst</translation>
    </message>
    <message>
        <source>participated in</source>
        <translation>nahm teil an</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>president of</source>
        <translation>Präsident von</translation>
    </message>
    <message>
        <source>president</source>
        <translation>Präsident</translation>
    </message>
    <message>
        <source>re-admitted to</source>
        <translation>wieder aufgenommen in</translation>
    </message>
    <message>
        <source>re-admitted</source>
        <translation>nahm wieder auf</translation>
    </message>
    <message>
        <source>reported on</source>
        <translation>berichtete über</translation>
    </message>
    <message>
        <source>reported by</source>
        <translation>berichtet von</translation>
    </message>
    <message>
        <source>%1 (reverse)</source>
        <translation>%1 (umgekehrt)</translation>
    </message>
    <message>
        <source>Azerbaijani</source>
        <translation>Aserbaidschanisch</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russisch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>Persisch</translation>
    </message>
    <message>
        <source>Talysh</source>
        <translation>Talyschisch</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Niederländisch</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Türkisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <source>Latin</source>
        <translation>lateinische Schrift</translation>
    </message>
    <message>
        <source>Cyrillic</source>
        <translation>kyrillische Schrift</translation>
    </message>
    <message>
        <source>Arabic script</source>
        <translation>arabische Schrift</translation>
    </message>
    <message>
        <source>Armenian</source>
        <translation>armenische Schrift</translation>
    </message>
    <message>
        <source>Georgian</source>
        <translation>georgische Schrift</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>began %1, ended %2</source>
        <comment>a period whose start or end is itself uncertain: after 2004, 1993 – 1995</comment>
        <translation>Beginn: %1, Ende: %2</translation>
    </message>
    <message>
        <source>began %1</source>
        <comment>a period&apos;s start that is itself uncertain: after 2004, 1993 – 1995</comment>
        <translation>Beginn: %1</translation>
    </message>
    <message>
        <source>ended %1</source>
        <comment>a period&apos;s end that is itself uncertain: before 2010</comment>
        <translation>Ende: %1</translation>
    </message>
    <message>
        <source>%1 (former)</source>
        <comment>a relation that held once and no longer does; the end is not known</comment>
        <translation>%1 (ehemals)</translation>
    </message>
    <message>
        <source>Abbreviation</source>
        <translation>Abkürzung</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Fläche</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Geboren</translation>
    </message>
    <message>
        <source>Capital</source>
        <translation>Hauptstadt</translation>
    </message>
    <message>
        <source>Chairman</source>
        <translation>Vorsitzender</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Staatsangehörigkeit</translation>
    </message>
    <message>
        <source>Colour code</source>
        <translation>Farbcode</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Died</source>
        <translation>Gestorben</translation>
    </message>
    <message>
        <source>Dissolved</source>
        <translation>Aufgelöst</translation>
    </message>
    <message>
        <source>Formed</source>
        <translation>Gebildet</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>Gegründet</translation>
    </message>
    <message>
        <source>Founder</source>
        <translation>Gründer</translation>
    </message>
    <message>
        <source>Governing body</source>
        <translation>Leitungsgremium</translation>
    </message>
    <message>
        <source>Headquarters</source>
        <translation>Hauptsitz</translation>
    </message>
    <message>
        <source>Ideology</source>
        <translation>Ideologie</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Führung</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationalität</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Beruf</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Partei</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Geburtsort</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Bevölkerung</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>President</source>
        <translation>Präsident</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
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
        <translation>Nichts ist ausgewählt: Wählen Sie zuerst eine Textstelle aus.</translation>
    </message>
    <message>
        <source>The selection is not in the stored text (it takes in a heading, a table or a label of the page): select words of the text itself.</source>
        <translation>Die Auswahl gehört nicht zum gespeicherten Text (sie umfasst eine Überschrift, eine Tabelle oder eine Beschriftung der Seite): Wählen Sie Wörter des Textes selbst aus.</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Einleitung</translation>
    </message>
    <message>
        <source>The selection runs from “%1” into “%2”: a passage must lie within one section.</source>
        <translation>Die Auswahl reicht von „%1“ in „%2“ hinein: Eine Textstelle muss innerhalb eines Abschnitts liegen.</translation>
    </message>
    <message>
        <source>The selection is not word for word in “%1”.</source>
        <translation>Die Auswahl steht nicht wörtlich in „%1“.</translation>
    </message>
</context>
<context>
    <name>tkb::PdfExporter</name>
    <message>
        <source>The page could not be drawn.</source>
        <translation>Die Seite konnte nicht gezeichnet werden.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
    <message>
        <source>A new page could not be started.</source>
        <translation>Es konnte keine neue Seite begonnen werden.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>The document could not be finished.</source>
        <translation>Das Dokument konnte nicht abgeschlossen werden.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <source>The PDF could not be produced.</source>
        <translation>Das PDF konnte nicht erzeugt werden.</translation>
    </message>
</context>
<context>
    <name>tkb::QualifierEditor</name>
    <message>
        <source>Held once and no longer (former)</source>
        <translation>Früher zutreffend, jetzt nicht mehr (ehemals)</translation>
    </message>
    <message>
        <source>Who reports it or holds the opinion: a name, or an entity</source>
        <translation>Wer es berichtet oder die Meinung vertritt: ein Name oder ein Eintrag</translation>
    </message>
    <message>
        <source>e.g. why the words can be read more than one way</source>
        <translation>z. B. warum die Worte mehrdeutig sind</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;According to:</source>
        <translation>&amp;Laut:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Anmerkung:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>According to</source>
        <translation>Laut</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anmerkung</translation>
    </message>
</context>
<context>
    <name>tkb::RecentBases</name>
    <message>
        <source>%1 (server)</source>
        <translation>%1 (Server)</translation>
    </message>
    <message>
        <source>No recent knowledge bases</source>
        <translation>Keine zuletzt geöffneten Wissensdatenbanken</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
</context>
<context>
    <name>tkb::RecentChangesPage</name>
    <message>
        <source>Recent Changes</source>
        <translation>Letzte Änderungen</translation>
    </message>
    <message>
        <source>Did not apply: %1</source>
        <translation>Nicht angewendet: %1</translation>
    </message>
    <message>
        <source>%1 by %2: %3. Did not apply: %4</source>
        <translation>%1 von %2: %3. Nicht angewendet: %4</translation>
    </message>
    <message numerus="yes">
        <source>%n entities</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 by %2: %3. %n entities changed</source>
        <translation>
            <numerusform>%1 von %2: %3. %n Eintrag geändert</numerusform>
            <numerusform>%1 von %2: %3. %n Einträge geändert</numerusform>
        </translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(gelöscht)</translation>
    </message>
    <message>
        <source>No changes yet: the knowledge base is as its pack made it.</source>
        <translation>Noch keine Änderungen: Die Wissensbasis ist so, wie ihr Paket sie angelegt hat.</translation>
    </message>
    <message numerus="yes">
        <source>The newest changes, newest first. %n did not apply and are kept with their problem.</source>
        <translation>
            <numerusform>Die neuesten Änderungen, neueste zuerst. %n wurde nicht angewendet und ist mit dem Problem aufbewahrt.</numerusform>
            <numerusform>Die neuesten Änderungen, neueste zuerst. %n wurden nicht angewendet und sind mit ihrem Problem aufbewahrt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The newest changes, newest first.</source>
        <translation>Die neuesten Änderungen, neueste zuerst.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Recent changes</source>
        <translation>Letzte Änderungen</translation>
    </message>
    <message>
        <source>About the list</source>
        <translation>Über die Liste</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the chosen entity (Enter)</source>
        <translation>Den gewählten Eintrag öffnen (Enter)</translation>
    </message>
    <message>
        <source>Open Hi&amp;story</source>
        <translation>&amp;Verlauf öffnen</translation>
    </message>
    <message>
        <source>Open the chosen entity&apos;s history (Shift+Enter)</source>
        <translation>Den Verlauf des gewählten Eintrags öffnen (Shift+Enter)</translation>
    </message>
    <message>
        <source>Show &amp;More</source>
        <translation>&amp;Mehr zeigen</translation>
    </message>
    <message numerus="yes">
        <source>Show %n older changes</source>
        <translation>
            <numerusform>%n ältere Änderung zeigen</numerusform>
            <numerusform>%n ältere Änderungen zeigen</numerusform>
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
        <translation>Personen, Orte, Ereignisse suchen…</translation>
    </message>
    <message>
        <source>Search the knowledge base</source>
        <translation>Wissensdatenbank durchsuchen</translation>
    </message>
    <message>
        <source>Type a name in any spelling or script; Enter shows all results.</source>
        <translation>Geben Sie einen Namen in beliebiger Schreibweise oder Schrift ein; die Eingabetaste zeigt alle Ergebnisse.</translation>
    </message>
    <message>
        <source>Search the knowledge base (Ctrl+K)</source>
        <translation>Wissensdatenbank durchsuchen (Strg+K)</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <source>filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>%1, filter</source>
        <translation>%1, Filter</translation>
    </message>
</context>
<context>
    <name>tkb::SearchResultsPage</name>
    <message>
        <source>Search: %1</source>
        <translation>Suche: %1</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>No results for “%1”</source>
        <translation>Keine Ergebnisse für „%1“</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) for “%1”</source>
        <translation>
            <numerusform>%n Ergebnis für „%1“</numerusform>
            <numerusform>%n Ergebnisse für „%1“</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>Filter results by kind</source>
        <translation>Ergebnisse nach Art filtern</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
</context>
<context>
    <name>tkb::SelectionActions</name>
    <message>
        <source>C&amp;ite for…</source>
        <translation>Z&amp;itieren für…</translation>
    </message>
    <message>
        <source>Lin&amp;k to…</source>
        <translation>Ver&amp;knüpfen mit…</translation>
    </message>
    <message>
        <source>&amp;New Entity from Selection…</source>
        <translation>&amp;Neuer Eintrag aus Auswahl…</translation>
    </message>
    <message>
        <source>This knowledge base is open read-only: it cannot be changed here.</source>
        <translation>Diese Wissensdatenbank ist schreibgeschützt geöffnet: Sie kann hier nicht geändert werden.</translation>
    </message>
    <message>
        <source>Select words of the text first.</source>
        <translation>Wählen Sie zuerst Wörter des Textes aus.</translation>
    </message>
    <message>
        <source>Only a source&apos;s text can be cited: open the source and select the passage there.</source>
        <translation>Nur der Text einer Quelle kann zitiert werden: Öffnen Sie die Quelle und wählen Sie die Stelle dort aus.</translation>
    </message>
    <message>
        <source>Attach the selected passage as a citation to a claim of an entity</source>
        <translation>Die ausgewählte Stelle als Beleg an eine Aussage eines Eintrags anhängen</translation>
    </message>
    <message>
        <source>Make the selected words a link to an entity</source>
        <translation>Die ausgewählten Wörter zu einem Verweis auf einen Eintrag machen</translation>
    </message>
    <message>
        <source>The entity form is not available in this window.</source>
        <translation>Das Eintragsformular ist in diesem Fenster nicht verfügbar.</translation>
    </message>
    <message>
        <source>Create an entity named by the selected words, resting on them</source>
        <translation>Einen Eintrag mit den ausgewählten Wörtern als Namen anlegen, gestützt auf sie</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>%1 is no longer in the knowledge base.</source>
        <translation>%1 ist nicht mehr in der Wissensdatenbank.</translation>
    </message>
    <message>
        <source>Cite “%1” for %2</source>
        <translation>„%1“ für %2 zitieren</translation>
    </message>
    <message>
        <source>The text of %1 is not in the knowledge base.</source>
        <translation>Der Text von %1 ist nicht in der Wissensdatenbank.</translation>
    </message>
    <message>
        <source>The text was changed meanwhile: select the words again.</source>
        <translation>Der Text wurde inzwischen geändert: Wählen Sie die Wörter erneut aus.</translation>
    </message>
    <message>
        <source>Link “%1” to %2</source>
        <translation>„%1“ mit %2 verknüpfen</translation>
    </message>
    <message>
        <source>Only plain words of one line can become a link: the selection takes in a link, emphasis or a line break.</source>
        <translation>Nur einfache Wörter einer Zeile können zum Verweis werden: Die Auswahl umfasst einen Verweis, eine Hervorhebung oder einen Zeilenumbruch.</translation>
    </message>
    <message>
        <source>The knowledge base is still being checked; it can be changed once that is done.</source>
        <translation>Die Wissensdatenbank wird noch geprüft; sie kann geändert werden, sobald das abgeschlossen ist.</translation>
    </message>
</context>
<context>
    <name>tkb::SelectionTargetDialog</name>
    <message>
        <source>Cite for a Claim</source>
        <translation>Für eine Aussage zitieren</translation>
    </message>
    <message>
        <source>Link to an Entity</source>
        <translation>Mit einem Eintrag verknüpfen</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>Passage to cite</source>
        <translation>Zu zitierende Stelle</translation>
    </message>
    <message>
        <source>Words to link</source>
        <translation>Zu verknüpfende Wörter</translation>
    </message>
    <message>
        <source>Name in any spelling</source>
        <translation>Name in beliebiger Schreibweise</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>&amp;Entity:</source>
        <translation>&amp;Eintrag:</translation>
    </message>
    <message>
        <source>Claim the passage supports</source>
        <translation>Aussage, die die Stelle stützt</translation>
    </message>
    <message>
        <source>&amp;Claim:</source>
        <translation>&amp;Aussage:</translation>
    </message>
    <message>
        <source>C&amp;ite</source>
        <translation>Z&amp;itieren</translation>
    </message>
    <message>
        <source>Lin&amp;k</source>
        <translation>Ver&amp;knüpfen</translation>
    </message>
    <message numerus="yes">
        <source>%1  [%n citation(s)]</source>
        <translation>
            <numerusform>%1  [%n Beleg]</numerusform>
            <numerusform>%1  [%n Belege]</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the entity first.</source>
        <translation>Nennen Sie zuerst den Eintrag.</translation>
    </message>
    <message>
        <source>No entity is called “%1”.</source>
        <translation>Kein Eintrag heißt „%1“.</translation>
    </message>
    <message>
        <source>Choose the claim the passage supports.</source>
        <translation>Wählen Sie die Aussage, die die Stelle stützt.</translation>
    </message>
</context>
<context>
    <name>tkb::SidebarDock</name>
    <message>
        <source>Linked entities</source>
        <translation>Verknüpfte Einträge</translation>
    </message>
    <message>
        <source>&amp;Linked Entities</source>
        <translation>&amp;Verknüpfte Einträge</translation>
    </message>
    <message>
        <source>Show or hide the linked entities sidebar</source>
        <translation>Seitenleiste mit verknüpften Einträgen ein- oder ausblenden</translation>
    </message>
</context>
<context>
    <name>tkb::SourceDialog</name>
    <message>
        <source>&amp;Markdown: lines starting with # begin sections</source>
        <translation>&amp;Markdown: Zeilen, die mit # beginnen, eröffnen Abschnitte</translation>
    </message>
    <message>
        <source>Add Source</source>
        <translation>Quelle hinzufügen</translation>
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
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Autor:</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>&amp;Publisher:</source>
        <translation>&amp;Verlag:</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Verlag</translation>
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
        <translation>&amp;Webadresse:</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Webadresse</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Code, e.g. en, ru, az</source>
        <translation>Code, z. B. en, ru, az</translation>
    </message>
    <message>
        <source>Te&amp;xt (paste it, or read a .txt or .md file):</source>
        <translation>Te&amp;xt (einfügen oder aus einer .txt- oder .md-Datei lesen):</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>&amp;Read File…</source>
        <translation>Datei &amp;lesen…</translation>
    </message>
    <message>
        <source>Add &amp;Source</source>
        <translation>&amp;Quelle hinzufügen</translation>
    </message>
    <message>
        <source>Read a Source&apos;s Text</source>
        <translation>Text einer Quelle lesen</translation>
    </message>
    <message>
        <source>Text and Markdown (*.txt *.md *.markdown);;All files (*)</source>
        <translation>Text und Markdown (*.txt *.md *.markdown);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>A source needs a title.</source>
        <translation>Eine Quelle braucht einen Titel.</translation>
    </message>
    <message>
        <source>The web address must begin with http:// or https://.</source>
        <translation>Die Webadresse muss mit http:// oder https:// beginnen.</translation>
    </message>
    <message>
        <source>Add source %1</source>
        <translation>Quelle %1 hinzufügen</translation>
    </message>
    <message>
        <source>No knowledge base is open.</source>
        <translation>Es ist keine Wissensdatenbank geöffnet.</translation>
    </message>
    <message>
        <source>The date in EDTF: a day, a month or a year; %1 after it for circa, %2 for uncertain, %3 for a part of a year</source>
        <translation>Das Datum in EDTF: ein Tag, ein Monat oder ein Jahr; %1 dahinter für circa, %2 für unsicher, %3 für einen Teil des Jahres</translation>
    </message>
    <message>
        <source>Give the source&apos;s text (paste it, or read a .txt or .md file) or its web address.</source>
        <translation>Geben Sie den Text der Quelle an (fügen Sie ihn ein oder lesen Sie eine .txt- oder .md-Datei) oder ihre Webadresse.</translation>
    </message>
    <message>
        <source>The date “%1” is not one the base can read. EDTF dates look like these:</source>
        <translation>Das Datum „%1“ kann die Wissensdatenbank nicht lesen. EDTF-Daten sehen so aus:</translation>
    </message>
</context>
<context>
    <name>tkb::SourcePage</name>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>This knowledge base holds no article.</source>
        <translation>Diese Wissensdatenbank enthält keinen Artikel.</translation>
    </message>
    <message>
        <source>This entry has no text of its own.</source>
        <translation>Dieser Eintrag hat keinen eigenen Text.</translation>
    </message>
</context>
<context>
    <name>tkb::SourceText</name>
    <message>
        <source>“%1” is not a .txt or .md file.</source>
        <translation>„%1“ ist keine .txt- oder .md-Datei.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>“%1” is too large for a source (more than 32 MB).</source>
        <translation>„%1“ ist zu groß für eine Quelle (mehr als 32 MB).</translation>
    </message>
    <message>
        <source>“%1” is not a text file: it holds binary data.</source>
        <translation>„%1“ ist keine Textdatei: Sie enthält Binärdaten.</translation>
    </message>
    <message>
        <source>“%1” is not UTF-8 text.</source>
        <translation>„%1“ ist kein UTF-8-Text.</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>„%1“ ist leer.</translation>
    </message>
</context>
<context>
    <name>tkb::TabBar</name>
    <message>
        <source>Close Tab</source>
        <translation>Tab schließen</translation>
    </message>
</context>
<context>
    <name>tkb::TabManager</name>
    <message>
        <source>There is nothing to show at %1.</source>
        <translation>Unter %1 gibt es nichts anzuzeigen.</translation>
    </message>
    <message>
        <source>Opened %1 in your web browser.</source>
        <translation>%1 wurde im Webbrowser geöffnet.</translation>
    </message>
    <message>
        <source>Refused to open “%1”: only kb: pages and web (http, https) links are followed.</source>
        <translation>„%1“ wurde nicht geöffnet: Nur kb:-Seiten und Weblinks (http, https) werden verfolgt.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Close &amp;Others</source>
        <translation>&amp;Andere schließen</translation>
    </message>
</context>
<context>
    <name>tkb::TableSwitch</name>
    <message>
        <source>Show as &amp;table</source>
        <translation>Als &amp;Tabelle zeigen</translation>
    </message>
    <message>
        <source>The same data as rows of a table, for reading with a screen reader or the keyboard</source>
        <translation>Dieselben Daten als Tabellenzeilen, zum Lesen mit einem Screenreader oder der Tastatur</translation>
    </message>
</context>
<context>
    <name>tkb::ThemeMenu</name>
    <message>
        <source>T&amp;heme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>&amp;System folgen</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>Hoher &amp;Kontrast</translation>
    </message>
    <message>
        <source>White on black with yellow links, for low vision</source>
        <translation>Weiß auf Schwarz mit gelben Links, für Sehbehinderte</translation>
    </message>
</context>
<context>
    <name>tkb::TimelineAccessible</name>
    <message>
        <source>Events too close to tell apart at this zoom. Enter zooms in.</source>
        <translation>Ereignisse, die bei diesem Zoom zu nah beieinanderliegen. Eingabe vergrößert.</translation>
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
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>ohne Datum</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Events in chronological order</source>
        <translation>Ereignisse in zeitlicher Reihenfolge</translation>
    </message>
    <message>
        <source>Timeline of events</source>
        <translation>Zeitleiste der Ereignisse</translation>
    </message>
    <message numerus="yes">
        <source>%n more events in view: zoom in to list them.</source>
        <translation>
            <numerusform>%n weiteres Ereignis im sichtbaren Bereich: vergrößern, um es aufzulisten.</numerusform>
            <numerusform>%n weitere Ereignisse im sichtbaren Bereich: vergrößern, um sie aufzulisten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left and right arrows move between events, Enter opens one, Ctrl+wheel zooms. Where events are too many to tell apart they are grouped with their number: the arrows move between the groups, Enter zooms in.</source>
        <translation>Pfeil links und rechts wechseln zwischen Ereignissen, die Eingabetaste öffnet eines, Strg+Mausrad zoomt. Wo Ereignisse zu dicht liegen, um sie zu unterscheiden, sind sie mit ihrer Anzahl gruppiert: Die Pfeiltasten wechseln zwischen den Gruppen, die Eingabetaste vergrößert.</translation>
    </message>
    <message>
        <source>Events in chronological order, as a table</source>
        <translation>Ereignisse in zeitlicher Reihenfolge, als Tabelle</translation>
    </message>
    <message>
        <source>One row per event. Enter opens the event.</source>
        <translation>Eine Zeile je Ereignis. Eingabe öffnet das Ereignis.</translation>
    </message>
</context>
<context>
    <name>tkb::TimelinePainter</name>
    <message>
        <source>%1 to %2</source>
        <comment>the first and last day of a cluster of events</comment>
        <translation>%1 bis %2</translation>
    </message>
    <message numerus="yes">
        <source>%n events, %1. Click to zoom in.</source>
        <translation>
            <numerusform>%n Ereignis, %1. Zum Vergrößern klicken.</numerusform>
            <numerusform>%n Ereignisse, %1. Zum Vergrößern klicken.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1k</source>
        <comment>thousands of events in a cluster of the timeline</comment>
        <translation>%1 Tsd.</translation>
    </message>
</context>
<context>
    <name>tkb::TimelineView</name>
    <message>
        <source>No dated events.</source>
        <translation>Keine datierten Ereignisse.</translation>
    </message>
</context>
<context>
    <name>tkb::UndoHistoryDock</name>
    <message>
        <source>Undo History</source>
        <translation>Rückgängig-Verlauf</translation>
    </message>
    <message>
        <source>&lt;no edits yet&gt;</source>
        <translation>&lt;noch keine Bearbeitungen&gt;</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Rückgängig-Verlauf</translation>
    </message>
    <message>
        <source>Choose an edit to undo or redo every step up to it</source>
        <translation>Wählen Sie eine Bearbeitung, um alle Schritte bis dahin rückgängig zu machen oder zu wiederholen</translation>
    </message>
</context>
<context>
    <name>tkb::WindowActions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>&amp;Open Knowledge Base…</source>
        <translation>Wissensdatenbank ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open another knowledge base file</source>
        <translation>Eine andere Wissensdatenbank-Datei öffnen</translation>
    </message>
    <message>
        <source>&amp;Import Article…</source>
        <translation>Artikel &amp;importieren…</translation>
    </message>
    <message>
        <source>Import an article (.txt) or a knowledge pack (.json)</source>
        <translation>Einen Artikel (.txt) oder ein Wissenspaket (.json) importieren</translation>
    </message>
    <message>
        <source>&amp;Export to PDF…</source>
        <translation>Als PDF &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save the current page or another section as a PDF file</source>
        <translation>Die aktuelle Seite oder einen anderen Abschnitt als PDF-Datei speichern</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Druck&amp;vorschau…</translation>
    </message>
    <message>
        <source>New &amp;Tab</source>
        <translation>Neuer &amp;Tab</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>Tab &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Reopen Closed Tab</source>
        <translation>Geschlossenen Tab &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Next Tab</source>
        <translation>&amp;Nächster Tab</translation>
    </message>
    <message>
        <source>&amp;Previous Tab</source>
        <translation>&amp;Vorheriger Tab</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>Zurück (Alt+Links)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Vor</translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation>Vor (Alt+Rechts)</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Startseite</translation>
    </message>
    <message>
        <source>Overview (Alt+Home)</source>
        <translation>Übersicht (Alt+Pos1)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Normal Size</source>
        <translation>&amp;Normalgröße</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Next &amp;Pane</source>
        <translation>Nächster &amp;Bereich</translation>
    </message>
    <message>
        <source>Previous P&amp;ane</source>
        <translation>Vorheriger Be&amp;reich</translation>
    </message>
    <message>
        <source>&amp;Graph</source>
        <translation>&amp;Graph</translation>
    </message>
    <message>
        <source>The graph around the current entity (Ctrl+G)</source>
        <translation>Der Graph um den aktuellen Eintrag (Strg+G)</translation>
    </message>
    <message>
        <source>&amp;About Talysh KB</source>
        <translation>Ü&amp;ber Talysh KB</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personen</translation>
    </message>
    <message>
        <source>O&amp;rganizations</source>
        <translation>O&amp;rganisationen</translation>
    </message>
    <message>
        <source>P&amp;laces</source>
        <translation>&amp;Orte</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Ereignisse</translation>
    </message>
    <message>
        <source>G&amp;oals</source>
        <translation>&amp;Ziele</translation>
    </message>
    <message>
        <source>&amp;Topics</source>
        <translation>&amp;Themen</translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation>&amp;Quellen</translation>
    </message>
    <message>
        <source>The article: lead, history, goals and problems</source>
        <translation>Der Artikel: Einleitung, Geschichte, Ziele und Probleme</translation>
    </message>
    <message>
        <source>Everyone the article names</source>
        <translation>Alle Personen, die der Artikel nennt</translation>
    </message>
    <message>
        <source>Organizations, parties and institutions</source>
        <translation>Organisationen, Parteien und Institutionen</translation>
    </message>
    <message>
        <source>Countries, regions and cities</source>
        <translation>Länder, Regionen und Städte</translation>
    </message>
    <message>
        <source>Events in time order</source>
        <translation>Ereignisse in zeitlicher Folge</translation>
    </message>
    <message>
        <source>What the movement seeks</source>
        <translation>Was die Bewegung anstrebt</translation>
    </message>
    <message>
        <source>Languages, peoples and issues</source>
        <translation>Sprachen, Völker und Themen</translation>
    </message>
    <message>
        <source>The documents every fact is cited from</source>
        <translation>Die Dokumente, aus denen jede Angabe zitiert wird</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Connect to &amp;Server…</source>
        <translation>Mit &amp;Server verbinden…</translation>
    </message>
    <message>
        <source>Open a team&apos;s knowledge base on a PostgreSQL server</source>
        <translation>Die Wissensdatenbank eines Teams auf einem PostgreSQL-Server öffnen</translation>
    </message>
</context>
</TS>
