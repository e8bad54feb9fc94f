<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>ClaimStatus</name>
    <message>
        <source>stated</source>
        <translation>утверждается</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>по сообщению</translation>
    </message>
    <message>
        <source>opinion</source>
        <translation>мнение</translation>
    </message>
    <message>
        <source>disputed</source>
        <translation>оспаривается</translation>
    </message>
    <message>
        <source>ambiguous reading</source>
        <translation>неоднозначное прочтение</translation>
    </message>
</context>
<context>
    <name>EntityKind</name>
    <message>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Места</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Цели</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Темы</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
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
        <translation>приблизительно %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <comment>a period open at its end</comment>
        <translation>с %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <comment>a period open at its start, up to and including</comment>
        <translation>по %1</translation>
    </message>
    <message>
        <source>before %1</source>
        <translation>до %1</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>после %1</translation>
    </message>
    <message>
        <source>beginning of %1</source>
        <comment>a year</comment>
        <translation>начало %1</translation>
    </message>
    <message>
        <source>mid-%1</source>
        <comment>a year</comment>
        <translation>середина %1</translation>
    </message>
    <message>
        <source>end of %1</source>
        <comment>a year</comment>
        <translation>конец %1</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>this computer</source>
        <translation>этом компьютере</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 на %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A knowledge base of the Talysh National Movement.</source>
        <translation>База знаний о Талышском национальном движении.</translation>
    </message>
    <message>
        <source>Use this language for this run (%1).</source>
        <translation>Использовать этот язык при этом запуске (%1).</translation>
    </message>
    <message>
        <source>A knowledge base file to open instead of the bundled one.</source>
        <translation>Файл базы знаний, который открыть вместо встроенного.</translation>
    </message>
    <message>
        <source>Open the knowledge base, save a picture of the window to this PNG file and quit.</source>
        <translation>Открыть базу знаний, сохранить снимок окна в этот файл PNG и выйти.</translation>
    </message>
    <message>
        <source>Saved a picture of &quot;%1&quot; to %2.</source>
        <translation>Снимок «%1» сохранён в %2.</translation>
    </message>
    <message>
        <source>talysh-kb: cannot write the picture %1.</source>
        <translation>talysh-kb: не удаётся записать снимок %1.</translation>
    </message>
    <message>
        <source>Use these colours for this run (%1).</source>
        <translation>Использовать эти цвета при этом запуске (%1).</translation>
    </message>
</context>
<context>
    <name>tkb::ArticlePage</name>
    <message>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Введение</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Не найдено</translation>
    </message>
    <message>
        <source>This knowledge base holds no article.</source>
        <translation>В этой базе знаний нет статьи.</translation>
    </message>
</context>
<context>
    <name>tkb::BaseOpener</name>
    <message>
        <source>%1 is already open.</source>
        <translation>%1 уже открыт.</translation>
    </message>
    <message>
        <source>Another Talysh KB window has this knowledge base open, so it was opened read-only.</source>
        <translation>Эта база знаний уже открыта в другом окне Талыш KB, поэтому она открыта только для чтения.</translation>
    </message>
    <message>
        <source>This knowledge base file cannot be written, so it was opened read-only.</source>
        <translation>В этот файл базы знаний нельзя записывать, поэтому он открыт только для чтения.</translation>
    </message>
    <message>
        <source>No knowledge base open</source>
        <translation>База знаний не открыта</translation>
    </message>
    <message>
        <source>bundled (Talysh National Movement)</source>
        <translation>встроенная (Талышское национальное движение)</translation>
    </message>
    <message>
        <source>Knowledge base: %1</source>
        <translation>База знаний: %1</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>только чтение</translation>
    </message>
    <message>
        <source>Read-only: another Talysh KB window has this file open.</source>
        <translation>Только чтение: этот файл открыт в другом окне Талыш KB.</translation>
    </message>
    <message>
        <source>Read-only: the file or its folder cannot be written.</source>
        <translation>Только чтение: в файл или его папку нельзя записывать.</translation>
    </message>
    <message>
        <source>Cannot Open Knowledge Base</source>
        <translation>Не удаётся открыть базу знаний</translation>
    </message>
    <message>
        <source>The knowledge base %1 could not be opened. It was not changed.</source>
        <translation>Не удалось открыть базу знаний %1. Она не изменена.</translation>
    </message>
    <message>
        <source>Open the bundled knowledge base instead</source>
        <translation>Открыть вместо неё встроенную базу знаний</translation>
    </message>
    <message>
        <source>Keep the current one</source>
        <translation>Оставить текущую</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Open Knowledge Base</source>
        <translation>Открыть базу знаний</translation>
    </message>
    <message>
        <source>Talysh KB knowledge bases (*.tkb);;All files (*)</source>
        <translation>Базы знаний Талыш KB (*.tkb);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Import Article or Knowledge Pack</source>
        <translation>Импорт статьи или пакета знаний</translation>
    </message>
    <message>
        <source>Articles and knowledge packs (*.txt *.json);;Articles (*.txt);;Knowledge packs (*.json);;All files (*)</source>
        <translation>Статьи и пакеты знаний (*.txt *.json);;Статьи (*.txt);;Пакеты знаний (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Import Into a New Knowledge Base</source>
        <translation>Импорт в новую базу знаний</translation>
    </message>
    <message>
        <source>The bundled knowledge base is rebuilt when the program is updated, so it cannot keep imports. Choose where to create a new knowledge base file for this import.</source>
        <translation>Встроенная база знаний пересоздаётся при обновлении программы, поэтому импортированные данные в ней не сохранятся. Выберите, где создать новый файл базы знаний для этого импорта.</translation>
    </message>
    <message>
        <source>Create Knowledge Base</source>
        <translation>Создать базу знаний</translation>
    </message>
    <message>
        <source>Talysh KB knowledge bases (*.tkb)</source>
        <translation>Базы знаний Талыш KB (*.tkb)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Choose a file other than the bundled knowledge base.</source>
        <translation>Выберите другой файл, не встроенную базу знаний.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Импорт %1…</translation>
    </message>
    <message>
        <source>Nothing was imported from %1.</source>
        <translation>Из %1 ничего не импортировано.</translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation>Ошибка импорта</translation>
    </message>
    <message numerus="yes">
        <source>Imported “%1” from %2: %n entities</source>
        <translation>
            <numerusform>Импортировано «%1» из %2: %n запись</numerusform>
            <numerusform>Импортировано «%1» из %2: %n записи</numerusform>
            <numerusform>Импортировано «%1» из %2: %n записей</numerusform>
        </translation>
    </message>
    <message>
        <source>Knowledge Base Damaged</source>
        <translation>База знаний повреждена</translation>
    </message>
    <message>
        <source>The knowledge base %1 is damaged. Nothing has been written to it; you can go on reading what can be read, but open a backup or the bundled knowledge base to work on.</source>
        <translation>База знаний %1 повреждена. В неё ничего не записано; можно продолжать читать то, что читается, но для работы откройте резервную копию или встроенную базу знаний.</translation>
    </message>
    <message>
        <source>The knowledge base is damaged: %1</source>
        <translation>База знаний повреждена: %1</translation>
    </message>
    <message>
        <source>The knowledge base file has been checked: it is sound.</source>
        <translation>Файл базы знаний проверен: он исправен.</translation>
    </message>
    <message>
        <source>Checking the knowledge base file…</source>
        <translation>Проверка файла базы знаний…</translation>
    </message>
    <message>
        <source>The upgrade was cancelled; %1 was left as it was.</source>
        <translation>Обновление отменено; %1 оставлен без изменений.</translation>
    </message>
    <message>
        <source>Upgrading %1 to this version&apos;s format. Its search index is rebuilt, which can take a few minutes for a large knowledge base.</source>
        <translation>%1 обновляется до формата этой версии. Его поисковый индекс перестраивается, что для большой базы знаний может занять несколько минут.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Upgrading the Knowledge Base</source>
        <translation>Обновление базы знаний</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Подключение к %1…</translation>
    </message>
    <message>
        <source>Your role on the server allows reading only, so this knowledge base was opened read-only.</source>
        <translation>Ваша роль на сервере разрешает только чтение, поэтому база знаний открыта только для чтения.</translation>
    </message>
    <message>
        <source>%1 (server)</source>
        <translation>%1 (сервер)</translation>
    </message>
    <message>
        <source>Read-only: your role on the server allows reading only.</source>
        <translation>Только чтение: ваша роль на сервере разрешает только чтение.</translation>
    </message>
</context>
<context>
    <name>tkb::ChangeBanner</name>
    <message>
        <source>Another window or program has changed this knowledge base. The pages show it as it was.</source>
        <translation>Другое окно или программа изменили эту базу знаний. Страницы показывают её прежнее состояние.</translation>
    </message>
    <message>
        <source>&amp;Show Changes</source>
        <translation>&amp;Показать изменения</translation>
    </message>
    <message>
        <source>Read the knowledge base again and update every open page</source>
        <translation>Перечитать базу знаний и обновить все открытые страницы</translation>
    </message>
    <message>
        <source>The knowledge base has changed</source>
        <translation>База знаний изменилась</translation>
    </message>
</context>
<context>
    <name>tkb::CitationTable</name>
    <message>
        <source>Add &amp;citation</source>
        <translation>Добавить &amp;ссылку</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <source>Passage (word for word)</source>
        <translation>Отрывок (дословно)</translation>
    </message>
    <message>
        <source>Citations</source>
        <translation>Ссылки на источники</translation>
    </message>
    <message>
        <source>Remove citation</source>
        <translation>Удалить ссылку</translation>
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
        <translation> (с %1)</translation>
    </message>
    <message>
        <source> (until %1)</source>
        <translation> (до %1)</translation>
    </message>
    <message>
        <source>The entry itself: %1</source>
        <translation>Сама запись: %1</translation>
    </message>
    <message>
        <source>Other name: %1</source>
        <translation>Другое имя: %1</translation>
    </message>
    <message>
        <source>Other name: %1 (%2)</source>
        <translation>Другое имя: %1 (%2)</translation>
    </message>
    <message>
        <source>Attribute: %1: %2</source>
        <translation>Атрибут: %1: %2</translation>
    </message>
    <message>
        <source>Relation: %1 → %2</source>
        <translation>Связь: %1 → %2</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Дата: %1</translation>
    </message>
    <message>
        <source>“%1” already rests on this passage.</source>
        <translation>«%1» уже опирается на этот отрывок.</translation>
    </message>
    <message>
        <source>The claim is no longer there: it was changed meanwhile.</source>
        <translation>Этого утверждения больше нет: его тем временем изменили.</translation>
    </message>
</context>
<context>
    <name>tkb::ClaimDialog</name>
    <message>
        <source>New Spelling</source>
        <translation>Новое написание</translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation>Написание</translation>
    </message>
    <message>
        <source>A language code (BCP 47): az, ru, en, fa, tly …</source>
        <translation>Код языка (BCP 47): az, ru, en, fa, tly …</translation>
    </message>
    <message>
        <source>A script code (ISO 15924): Latn, Cyrl, Arab …</source>
        <translation>Код письменности (ISO 15924): Latn, Cyrl, Arab …</translation>
    </message>
    <message>
        <source>S&amp;pelling:</source>
        <translation>&amp;Написание:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Sc&amp;ript:</source>
        <translation>&amp;Письменность:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Письменность</translation>
    </message>
    <message>
        <source>New Attribute</source>
        <translation>Новый атрибут</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Атрибут</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Ключ:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Значение:</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>New Relation</source>
        <translation>Новая связь</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Связь</translation>
    </message>
    <message>
        <source>e.g. member-of, heads, founded, located-in</source>
        <translation>напр. member-of, heads, founded, located-in</translation>
    </message>
    <message>
        <source>&amp;Predicate:</source>
        <translation>&amp;Предикат:</translation>
    </message>
    <message>
        <source>&amp;Other entity:</source>
        <translation>&amp;Другая сущность:</translation>
    </message>
    <message>
        <source>Predicate</source>
        <translation>Предикат</translation>
    </message>
    <message>
        <source>Other entity</source>
        <translation>Другая сущность</translation>
    </message>
    <message>
        <source>New Date</source>
        <translation>Новая дата</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>Start of the period</source>
        <translation>Начало периода</translation>
    </message>
    <message>
        <source>End of the period</source>
        <translation>Конец периода</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;По:</translation>
    </message>
    <message>
        <source>How firmly it is said</source>
        <translation>Насколько твёрдо это утверждается</translation>
    </message>
    <message>
        <source>Citations</source>
        <translation>Ссылки на источники</translation>
    </message>
    <message>
        <source>A spelling needs its text.</source>
        <translation>У написания должен быть текст.</translation>
    </message>
    <message>
        <source>An attribute needs a key.</source>
        <translation>У атрибута должен быть ключ.</translation>
    </message>
    <message>
        <source>A relation needs a predicate and the other entity.</source>
        <translation>У связи должны быть предикат и другая сущность.</translation>
    </message>
    <message>
        <source>Write the date, or cancel.</source>
        <translation>Введите дату или отмените.</translation>
    </message>
</context>
<context>
    <name>tkb::ClaimRuns</name>
    <message>
        <source>former</source>
        <comment>a claim that held once and no longer does</comment>
        <translation>в прошлом</translation>
    </message>
    <message>
        <source>opinion of %1</source>
        <comment>a claim that is a named person&apos;s opinion</comment>
        <translation>мнение: %1</translation>
    </message>
    <message>
        <source>according to %1</source>
        <comment>who reports a claim</comment>
        <translation>по данным: %1</translation>
    </message>
</context>
<context>
    <name>tkb::ClaimTable</name>
    <message>
        <source>&amp;Add…</source>
        <translation>Доба&amp;вить…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation>Написание</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Письменность</translation>
    </message>
    <message>
        <source>Qualifiers and citations</source>
        <translation>Уточнения и ссылки</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Predicate</source>
        <translation>Предикат</translation>
    </message>
    <message>
        <source>Other entity</source>
        <translation>Другая сущность</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Notation</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>according to %1</source>
        <translation>по словам %1</translation>
    </message>
    <message>
        <source>former</source>
        <translation>бывш.</translation>
    </message>
    <message numerus="yes">
        <source>%n citation(s)</source>
        <translation>
            <numerusform>%n ссылка</numerusform>
            <numerusform>%n ссылки</numerusform>
            <numerusform>%n ссылок</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>с %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>до %1</translation>
    </message>
</context>
<context>
    <name>tkb::ConflictDialog</name>
    <message>
        <source>Changed by Someone Else</source>
        <translation>Изменено другим человеком</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 at %2: “%3”</source>
        <translation>%1, %2: «%3»</translation>
    </message>
    <message>
        <source>“%1” was changed since you began editing it, by %2. Nothing of yours has been saved yet. Compare the two versions and choose.</source>
        <translation>«%1» изменили после того, как вы начали правку: %2. Ваши изменения ещё не сохранены. Сравните две версии и выберите.</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>другим человеком</translation>
    </message>
    <message>
        <source>In the knowledge base now</source>
        <translation>Сейчас в базе знаний</translation>
    </message>
    <message>
        <source>With your edit on top</source>
        <translation>С вашей правкой поверх</translation>
    </message>
    <message>
        <source>The two versions side by side</source>
        <translation>Две версии рядом</translation>
    </message>
    <message>
        <source>&amp;Save Mine on Top</source>
        <translation>&amp;Сохранить мою поверх</translation>
    </message>
    <message>
        <source>Save your edit over the version now in the knowledge base; what they changed and you did not stays, and both remain in the history.</source>
        <translation>Сохранить вашу правку поверх версии, которая сейчас в базе знаний; то, что изменили они, а вы нет, останется, и обе версии сохранятся в истории.</translation>
    </message>
    <message>
        <source>&amp;Discard Mine</source>
        <translation>&amp;Отбросить мою</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>&amp;Продолжить правку</translation>
    </message>
</context>
<context>
    <name>tkb::ConnectDialog</name>
    <message>
        <source>Connect to Server</source>
        <translation>Подключение к серверу</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Узел:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Порт:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;База данных:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>По&amp;льзователь:</translation>
    </message>
    <message>
        <source>&amp;Service (optional):</source>
        <translation>&amp;Служба (необязательно):</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Шифрование:</translation>
    </message>
    <message>
        <source>a server name, an address, or a socket folder</source>
        <translation>имя сервера, адрес или папка сокета</translation>
    </message>
    <message>
        <source>your login name when empty</source>
        <translation>ваше имя входа, если пусто</translation>
    </message>
    <message>
        <source>a service in pg_service.conf</source>
        <translation>служба из pg_service.conf</translation>
    </message>
    <message>
        <source>Encrypted when the server offers it</source>
        <translation>Шифровать, если сервер предлагает</translation>
    </message>
    <message>
        <source>Always encrypted</source>
        <translation>Всегда шифровать</translation>
    </message>
    <message>
        <source>Encrypted, and check the server&apos;s certificate</source>
        <translation>Шифровать и проверять сертификат сервера</translation>
    </message>
    <message>
        <source>Never encrypted</source>
        <translation>Никогда не шифровать</translation>
    </message>
    <message>
        <source>The password is never asked for or stored here: it is read from your ~/.pgpass file or from a service in pg_service.conf, as for every PostgreSQL program.</source>
        <translation>Пароль здесь не запрашивается и не хранится: он читается из вашего файла ~/.pgpass или из службы в pg_service.conf, как в любой программе PostgreSQL.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Подключиться</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Give the name of the database, or a service.</source>
        <translation>Укажите имя базы данных или службу.</translation>
    </message>
    <message>
        <source>A database name has no slash.</source>
        <translation>Имя базы данных не содержит косой черты.</translation>
    </message>
    <message>
        <source>This address cannot be used: %1</source>
        <translation>Этот адрес нельзя использовать: %1</translation>
    </message>
</context>
<context>
    <name>tkb::DateEdit</name>
    <message>
        <source>circa</source>
        <translation>около</translation>
    </message>
    <message>
        <source>uncertain</source>
        <translation>неточно</translation>
    </message>
    <message>
        <source>e.g. 1993, 1993-08-26, 2019-early, 2014-06-29/.., [..2004]</source>
        <translation>напр. 1993, 1993-08-26, 2019-early, 2014-06-29/.., [..2004]</translation>
    </message>
    <message>
        <source>Form…</source>
        <translation>Форма…</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Beginning of the year</source>
        <translation>Начало года</translation>
    </message>
    <message>
        <source>Middle of the year</source>
        <translation>Середина года</translation>
    </message>
    <message>
        <source>End of the year</source>
        <translation>Конец года</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Промежуток</translation>
    </message>
    <message>
        <source>From (open end)</source>
        <translation>С (без конца)</translation>
    </message>
    <message>
        <source>Until (open start)</source>
        <translation>До (без начала)</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>До</translation>
    </message>
    <message>
        <source>After</source>
        <translation>После</translation>
    </message>
    <message>
        <source>Rewrites the date in another form: the day, month or year it gives stays</source>
        <translation>Переписывает дату в другой форме: указанные день, месяц или год сохраняются</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>%1: form</source>
        <translation>%1: форма</translation>
    </message>
    <message>
        <source>%1: circa</source>
        <translation>%1: около</translation>
    </message>
    <message>
        <source>%1: uncertain</source>
        <translation>%1: неточно</translation>
    </message>
    <message>
        <source>%1: “%2” is not a date this program reads (%3)</source>
        <translation>%1: «%2» — не дата, которую понимает программа (%3)</translation>
    </message>
    <message>
        <source>Not a date: use a form such as 1993, 1993-08, 1993-08-26, 1993/2008, 1993~ (circa), 1993? (uncertain), [..2004] (before), 2019-early (beginning of 2019)</source>
        <translation>Это не дата: используйте форму вроде 1993, 1993-08, 1993-08-26, 1993/2008, 1993~ (около), 1993? (неточно), [..2004] (до), 2019-early (начало 2019)</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Без даты</translation>
    </message>
</context>
<context>
    <name>tkb::DiffModel</name>
    <message>
        <source>Removed</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <source>Changed from</source>
        <translation>Изменено, было</translation>
    </message>
    <message>
        <source>Changed to</source>
        <translation>Изменено, стало</translation>
    </message>
</context>
<context>
    <name>tkb::DocumentLines</name>
    <message>
        <source>lead</source>
        <translation>вступление</translation>
    </message>
    <message>
        <source>cites %1, %2: “%3”</source>
        <translation>ссылается на %1, %2: «%3»</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Тип: %1</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Имя: %1</translation>
    </message>
    <message>
        <source>Alias: %1</source>
        <translation>Другое написание: %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Кратко</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Attribute “%1”: %2</source>
        <translation>Атрибут «%1»: %2</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Дата: %1</translation>
    </message>
    <message>
        <source>in the source’s words: “%1”</source>
        <translation>словами источника: «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Sources: %n</source>
        <translation>
            <numerusform>Источники: %n</numerusform>
            <numerusform>Источники: %n</numerusform>
            <numerusform>Источники: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Relation: %1 → %2</source>
        <translation>Связь: %1 → %2</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Издатель</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Опубликовано</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Веб-адрес</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Infobox “%1”: %2</source>
        <translation>Карточка «%1»: %2</translation>
    </message>
    <message>
        <source>Section “%1”</source>
        <translation>Раздел «%1»</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(удалено)</translation>
    </message>
    <message>
        <source>(did not exist)</source>
        <translation>(не существовало)</translation>
    </message>
    <message>
        <source>(this revision cannot be read: %1)</source>
        <translation>(эту правку нельзя прочитать: %1)</translation>
    </message>
</context>
<context>
    <name>tkb::EditActions</name>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Отменить: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Повторить: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>Undo &amp;History</source>
        <translation>&amp;Журнал отмены</translation>
    </message>
    <message>
        <source>Every edit of this session, to step back to any of them</source>
        <translation>Все правки этого сеанса: можно вернуться к любой из них</translation>
    </message>
    <message>
        <source>&amp;Edit Entity…</source>
        <translation>&amp;Редактировать сущность…</translation>
    </message>
    <message>
        <source>Edit the current entity: names, text, claims, dates and citations (F2)</source>
        <translation>Редактировать текущую сущность: имена, текст, утверждения, даты и ссылки на источники (F2)</translation>
    </message>
    <message>
        <source>&amp;New Entity…</source>
        <translation>&amp;Новая сущность…</translation>
    </message>
    <message>
        <source>Add &amp;Source…</source>
        <translation>Добавить &amp;источник…</translation>
    </message>
    <message>
        <source>Add a source document: pasted text or a .txt or .md file</source>
        <translation>Добавить исходный документ: вставленный текст или файл .txt или .md</translation>
    </message>
    <message>
        <source>&amp;Delete Entity…</source>
        <translation>&amp;Удалить сущность…</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>&amp;Объединить с…</translation>
    </message>
    <message>
        <source>The current entity is the same as another: merge it into that one</source>
        <translation>Текущая сущность совпадает с другой: объединить её с той</translation>
    </message>
    <message>
        <source>&amp;History of This Entity</source>
        <translation>&amp;История этой сущности</translation>
    </message>
    <message>
        <source>Recent &amp;Changes</source>
        <translation>Последние &amp;изменения</translation>
    </message>
    <message>
        <source>Your &amp;Name…</source>
        <translation>Ваше &amp;имя…</translation>
    </message>
    <message>
        <source>The name your changes are recorded under</source>
        <translation>Имя, под которым записываются ваши изменения</translation>
    </message>
</context>
<context>
    <name>tkb::EditSession</name>
    <message>
        <source>No knowledge base is open.</source>
        <translation>База знаний не открыта.</translation>
    </message>
    <message>
        <source>This knowledge base is open read-only: it cannot be changed here.</source>
        <translation>Эта база знаний открыта только для чтения: здесь её нельзя изменить.</translation>
    </message>
    <message>
        <source>Revert %1 to revision %2</source>
        <translation>Вернуть %1 к правке %2</translation>
    </message>
    <message>
        <source>Revert %1 to before revision %2</source>
        <translation>Вернуть %1 к состоянию до правки %2</translation>
    </message>
    <message>
        <source>Cannot undo “%1”: %2</source>
        <translation>Невозможно отменить «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot redo “%1”: %2</source>
        <translation>Невозможно повторить «%1»: %2</translation>
    </message>
</context>
<context>
    <name>tkb::EntityCard</name>
    <message>
        <source>Open a person, organization, place or event to see what it is linked to.</source>
        <translation>Откройте человека, организацию, место или событие, чтобы увидеть связи.</translation>
    </message>
    <message>
        <source>“%1” is not in this knowledge base.</source>
        <translation>«%1» нет в этой базе знаний.</translation>
    </message>
    <message>
        <source>Also written:</source>
        <translation>Другие написания:</translation>
    </message>
    <message>
        <source>Show in the graph</source>
        <translation>Показать на графе</translation>
    </message>
    <message>
        <source>Linked to</source>
        <translation>Связано с</translation>
    </message>
    <message>
        <source>Mentioned in</source>
        <translation>Упоминается в</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Введение</translation>
    </message>
</context>
<context>
    <name>tkb::EntityDeleter</name>
    <message>
        <source>%1 links to it as “%2”</source>
        <translation>%1 ссылается на неё как «%2»</translation>
    </message>
    <message>
        <source>%1, section “%2”, links to it as “%3”</source>
        <translation>%1, раздел «%2», ссылается на неё как «%3»</translation>
    </message>
    <message>
        <source>%1 —%2→ it</source>
        <translation>%1 —%2→ она</translation>
    </message>
    <message>
        <source>Nothing links to it. It can be brought back with Undo.</source>
        <translation>Ничто не ссылается на неё. Её можно вернуть командой «Отменить».</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>What refers to it (%n): their links to it become plain text and their relations to it are removed. Undo brings everything back.</source>
        <translation>
            <numerusform>Что на неё ссылается (%n): их ссылки на неё станут простым текстом, а их связи с ней будут удалены. «Отменить» вернёт всё.</numerusform>
            <numerusform>Что на неё ссылается (%n): их ссылки на неё станут простым текстом, а их связи с ней будут удалены. «Отменить» вернёт всё.</numerusform>
            <numerusform>Что на неё ссылается (%n): их ссылки на неё станут простым текстом, а их связи с ней будут удалены. «Отменить» вернёт всё.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Entity</source>
        <translation>Удалить сущность</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>Удалить «%1»?</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Удаление: %1</translation>
    </message>
    <message>
        <source>“%1” was not deleted: %2</source>
        <translation>«%1» не удалена: %2</translation>
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
        <translation>Новая сущность</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Правка: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>Other spellings</source>
        <translation>Другие написания</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Атрибуты</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Связи</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <source>Every other way the name is written, in any language and script: each is found by search and by typing.</source>
        <translation>Все другие написания имени, на любом языке и любой письменностью: каждое находится поиском и при наборе.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Краткое описание</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Type [[ and a name in any spelling to link another entity.</source>
        <translation>Введите [[ и имя в любом написании, чтобы сослаться на другую сущность.</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>Кратк&amp;ое описание:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>Те&amp;кст:</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>«%1» (%2)</translation>
    </message>
    <message>
        <source>The entity itself cites no passage.</source>
        <translation>Сама сущность не ссылается ни на какой отрывок.</translation>
    </message>
    <message>
        <source>The entity rests on: %1</source>
        <translation>Сущность опирается на: %1</translation>
    </message>
    <message>
        <source>S&amp;pellings</source>
        <translation>Написани&amp;я</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>Т&amp;екст</translation>
    </message>
    <message>
        <source>Attri&amp;butes</source>
        <translation>&amp;Атрибуты</translation>
    </message>
    <message>
        <source>Re&amp;lations</source>
        <translation>Свя&amp;зи</translation>
    </message>
    <message>
        <source>Dat&amp;es</source>
        <translation>&amp;Даты</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Its id will be %1.</source>
        <translation>Её идентификатор будет %1.</translation>
    </message>
    <message>
        <source>Id: %1</source>
        <translation>Идентификатор: %1</translation>
    </message>
    <message>
        <source>An id begins with the kind, so it cannot change: %1 will be made as %2, and %1 merged into it (links and relations to it follow).</source>
        <translation>Идентификатор начинается с типа, поэтому не может измениться: будет создана %2, и %1 объединится с ней (ссылки и связи перейдут к ней).</translation>
    </message>
    <message>
        <source>That id is taken by “%1”: choose another name.</source>
        <translation>Этот идентификатор занят «%1»: выберите другое название.</translation>
    </message>
    <message>
        <source>A spelling</source>
        <translation>Написание</translation>
    </message>
    <message>
        <source>An attribute</source>
        <translation>Атрибут</translation>
    </message>
    <message>
        <source>A relation</source>
        <translation>Связь</translation>
    </message>
    <message>
        <source>A date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>The entity needs a name.</source>
        <translation>У сущности должно быть название.</translation>
    </message>
    <message>
        <source>The id %1 is taken by “%2”. Choose another name, or merge the two.</source>
        <translation>Идентификатор %1 занят «%2». Выберите другое название или объедините обе.</translation>
    </message>
    <message>
        <source>Throw away what you changed in this form?</source>
        <translation>Отбросить изменения, сделанные в этой форме?</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>&amp;Продолжить правку</translation>
    </message>
    <message>
        <source>Create %1</source>
        <translation>Создание: %1</translation>
    </message>
    <message>
        <source>The knowledge base did not take the edit: %1</source>
        <translation>База знаний не приняла правку: %1</translation>
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
        <translation>Введите имя в любом написании</translation>
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
        <translation>без даты</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>Другие имена</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Краткое описание</translation>
    </message>
</context>
<context>
    <name>tkb::EntityPage</name>
    <message>
        <source>Entry: %1</source>
        <translation>Запись: %1</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Править</translation>
    </message>
    <message>
        <source>Change this entry: its names, text, claims and citations (F2)</source>
        <translation>Изменить эту запись: её имена, текст, утверждения и ссылки на источники (F2)</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Править: %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Who changed this entry, when and why; compare and revert revisions (Ctrl+H)</source>
        <translation>Кто, когда и почему изменял эту запись; сравнение и откат редакций (Ctrl+H)</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>История: %1</translation>
    </message>
</context>
<context>
    <name>tkb::ErrorLabel</name>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
</context>
<context>
    <name>tkb::ExportComposer</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>Экспорт отменён.</translation>
    </message>
    <message>
        <source>There is no entry “%1” in this knowledge base.</source>
        <translation>В этой базе знаний нет записи «%1».</translation>
    </message>
    <message>
        <source>This knowledge base holds no article.</source>
        <translation>В этой базе знаний нет статьи.</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>Все записи</translation>
    </message>
</context>
<context>
    <name>tkb::ExportDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>The whole article</source>
        <translation>Вся статья</translation>
    </message>
    <message>
        <source>The whole article “%1”</source>
        <translation>Вся статья «%1»</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Введение</translation>
    </message>
    <message>
        <source>Article section “%1”</source>
        <translation>Раздел статьи «%1»</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>Все записи</translation>
    </message>
    <message>
        <source>Search results for “%1”</source>
        <translation>Результаты поиска по запросу «%1»</translation>
    </message>
    <message>
        <source>This tab: %1</source>
        <translation>Эта вкладка: %1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>Экспорт в PDF</translation>
    </message>
    <message>
        <source>Choose what to print. Paper and margins can still be changed in the print dialog.</source>
        <translation>Выберите, что напечатать. Бумагу и поля можно будет изменить в окне печати.</translation>
    </message>
    <message>
        <source>Choose what to export. The PDF has a title, the export date and source, page numbers, and links between the names it contains.</source>
        <translation>Выберите, что экспортировать. В PDF будут заголовок, дата экспорта и источник, номера страниц и ссылки между упомянутыми именами.</translation>
    </message>
    <message>
        <source>&amp;Section:</source>
        <translation>&amp;Раздел:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Бумага:</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>&amp;Ориентация:</translation>
    </message>
    <message>
        <source>&amp;Margins:</source>
        <translation>По&amp;ля:</translation>
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
        <translation>Книжная</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Альбомная</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> мм</translation>
    </message>
    <message>
        <source>Include the cited sentences as numbered &amp;endnotes</source>
        <translation>Добавить цитируемые предложения как нумерованные &amp;примечания</translation>
    </message>
    <message>
        <source>Include a summary of each &amp;named entry, linked from the text</source>
        <translation>Добавить краткое описание каждой &amp;упомянутой записи со ссылкой из текста</translation>
    </message>
    <message>
        <source>&amp;Right-to-left layout</source>
        <translation>Расположение &amp;справа налево</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспортировать…</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Exporting “%1”…</source>
        <translation>Экспорт «%1»…</translation>
    </message>
    <message>
        <source>Saved %1 (%2).</source>
        <translation>Сохранено: %1 (%2).</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 страница</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>страниц: %1</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>Printing “%1”…</source>
        <translation>Печать «%1»…</translation>
    </message>
</context>
<context>
    <name>tkb::GraphAccessible</name>
    <message>
        <source>Shows the group&apos;s next entries.</source>
        <translation>Показывает следующие записи группы.</translation>
    </message>
    <message>
        <source>%1, the centre of the graph</source>
        <comment>an entity kind</comment>
        <translation>%1, центр графа</translation>
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
        <translation>Граф: %1</translation>
    </message>
    <message>
        <source>No relations are recorded for %1.</source>
        <translation>Для %1 не записано ни одной связи.</translation>
    </message>
    <message>
        <source>Relations of %1</source>
        <translation>Связи: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n related entries. Arrow keys move between them, Enter opens one, the menu key offers more.</source>
        <translation>
            <numerusform>%n связанная запись. Стрелки переходят между записями, Enter открывает запись, клавиша меню предлагает другие действия.</numerusform>
            <numerusform>%n связанные записи. Стрелки переходят между записями, Enter открывает запись, клавиша меню предлагает другие действия.</numerusform>
            <numerusform>%n связанных записей. Стрелки переходят между записями, Enter открывает запись, клавиша меню предлагает другие действия.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>Open in New &amp;Tab</source>
        <translation>Открыть в новой &amp;вкладке</translation>
    </message>
    <message>
        <source>Show &amp;Graph of %1</source>
        <translation>Показать &amp;граф для %1</translation>
    </message>
    <message numerus="yes">
        <source>%n related entries, grouped by relation. Arrow keys move between the groups and entries, Enter shows a group&apos;s entries or opens an entry.</source>
        <translation>
            <numerusform>%n связанная запись, сгруппированная по видам связей. Стрелки переходят между группами и записями, Enter показывает записи группы или открывает запись.</numerusform>
            <numerusform>%n связанные записи, сгруппированные по видам связей. Стрелки переходят между группами и записями, Enter показывает записи группы или открывает запись.</numerusform>
            <numerusform>%n связанных записей, сгруппированных по видам связей. Стрелки переходят между группами и записями, Enter показывает записи группы или открывает запись.</numerusform>
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
            <numerusform>%n запись: %1. Enter или щелчок показывает её.</numerusform>
            <numerusform>%n записи: %1. Enter или щелчок показывает их.</numerusform>
            <numerusform>%n записей: %1. Enter или щелчок показывает их.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show %n more</source>
        <translation>
            <numerusform>Показать ещё %n</numerusform>
            <numerusform>Показать ещё %n</numerusform>
            <numerusform>Показать ещё %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tkb::GraphTable</name>
    <message>
        <source>Relations of %1, as a table</source>
        <translation>Связи: %1, в виде таблицы</translation>
    </message>
    <message>
        <source>One row per relation. Enter opens the related entry.</source>
        <translation>По строке на связь. Enter открывает связанную запись.</translation>
    </message>
    <message>
        <source>from %1 to the entry</source>
        <translation>от %1 к записи</translation>
    </message>
    <message>
        <source>from the entry to %1</source>
        <translation>от записи к %1</translation>
    </message>
    <message>
        <source>Related entry</source>
        <translation>Связанная запись</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Связь</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
</context>
<context>
    <name>tkb::HistoryPage</name>
    <message>
        <source>History: %1</source>
        <translation>История: %1</translation>
    </message>
    <message>
        <source>created</source>
        <translation>создано</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>изменено</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>удалено</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>объединено</translation>
    </message>
    <message>
        <source>reverted</source>
        <translation>возвращено</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>восстановлено</translation>
    </message>
    <message>
        <source>r%1</source>
        <translation>п%1</translation>
    </message>
    <message>
        <source>Revision %1, %2 by %3: %4 %5</source>
        <translation>Правка %1, %2, автор %3: %4 %5</translation>
    </message>
    <message>
        <source>Did not apply: %1</source>
        <translation>Не применено: %1</translation>
    </message>
    <message>
        <source>Change of %1 by %2 that did not apply: %3</source>
        <translation>Изменение от %1 (автор %2), которое не применилось: %3</translation>
    </message>
    <message>
        <source>Current state</source>
        <translation>Текущее состояние</translation>
    </message>
    <message>
        <source>Before r%1 (as first imported)</source>
        <translation>До п%1 (как при первом импорте)</translation>
    </message>
    <message>
        <source>After r%1 (%2, %3)</source>
        <translation>После п%1 (%2, %3)</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Различий нет.</translation>
    </message>
    <message numerus="yes">
        <source>%n lines differ.</source>
        <translation>
            <numerusform>Различается %n строка.</numerusform>
            <numerusform>Различаются %n строки.</numerusform>
            <numerusform>Различается %n строк.</numerusform>
        </translation>
    </message>
    <message>
        <source>This knowledge base is open read-only.</source>
        <translation>Эта база знаний открыта только для чтения.</translation>
    </message>
    <message>
        <source>Make the entity as it was right after the chosen revision (Alt+R)</source>
        <translation>Вернуть запись к состоянию сразу после выбранной правки (Alt+R)</translation>
    </message>
    <message>
        <source>Make the entity as it was right before the chosen revision, which undoes it and what came after it (Alt+U)</source>
        <translation>Вернуть запись к состоянию сразу до выбранной правки: это отменяет её и всё, что было после (Alt+U)</translation>
    </message>
    <message>
        <source>Cannot undo r%1: %2</source>
        <translation>Не удалось отменить п%1: %2</translation>
    </message>
    <message>
        <source>Cannot revert to r%1: %2</source>
        <translation>Не удалось вернуть к п%1: %2</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1 (удалено)</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>История: %1</translation>
    </message>
    <message>
        <source>Rev&amp;isions (newest first; select two to compare them):</source>
        <translation>&amp;Правки (сначала новые; выберите две, чтобы сравнить):</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Правка</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Правки</translation>
    </message>
    <message>
        <source>Changes that did not &amp;apply (kept, not dropped):</source>
        <translation>Изменения, которые не &amp;применились (сохранены, не отброшены):</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Changes that did not apply</source>
        <translation>Изменения, которые не применились</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Сравнить</translation>
    </message>
    <message>
        <source>&amp;with</source>
        <translation>&amp;с</translation>
    </message>
    <message>
        <source>Older state</source>
        <translation>Более раннее состояние</translation>
    </message>
    <message>
        <source>Newer state</source>
        <translation>Более позднее состояние</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Различия</translation>
    </message>
    <message>
        <source>Revert to this revision</source>
        <translation>Вернуть к этой правке</translation>
    </message>
    <message>
        <source>Undo this revision</source>
        <translation>Отменить эту правку</translation>
    </message>
</context>
<context>
    <name>tkb::ImportRun</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
</context>
<context>
    <name>tkb::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Names in the Language&apos;s &amp;Script</source>
        <translation>Имена &amp;алфавитом языка</translation>
    </message>
    <message>
        <source>Show a name in the script of the language where the knowledge base holds it (a Cyrillic spelling in Russian), with the source&apos;s spelling beside it</source>
        <translation>Показывать имя алфавитом языка, если оно так записано в базе знаний (кириллицей по-русски), с написанием источника рядом</translation>
    </message>
</context>
<context>
    <name>tkb::LinkBrowser</name>
    <message>
        <source>Link: %1</source>
        <translation>Ссылка: %1</translation>
    </message>
</context>
<context>
    <name>tkb::ListPage</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n запись</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записей</numerusform>
        </translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Нет совпадений</translation>
    </message>
    <message numerus="yes">
        <source>%n matches</source>
        <translation>
            <numerusform>%n совпадение</numerusform>
            <numerusform>%n совпадения</numerusform>
            <numerusform>%n совпадений</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by name or other spelling…</source>
        <translation>Фильтр по имени или другому написанию…</translation>
    </message>
    <message>
        <source>Filter %1</source>
        <translation>Фильтр: %1</translation>
    </message>
    <message>
        <source>Number of entries</source>
        <translation>Число записей</translation>
    </message>
</context>
<context>
    <name>tkb::MainWindow</name>
    <message>
        <source>About Talysh KB</source>
        <translation>О программе Талыш KB</translation>
    </message>
    <message>
        <source>Talysh KB</source>
        <translation>Талыш KB</translation>
    </message>
    <message>
        <source>Open pages</source>
        <translation>Открытые страницы</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Talysh KB %1&lt;/h3&gt;&lt;p&gt;A knowledge base of the Talysh National Movement: its people, organizations, places, events and goals, every fact cited from its source.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Талыш KB %1&lt;/h3&gt;&lt;p&gt;База знаний о Талышском национальном движении: его люди, организации, места, события и цели; каждый факт подкреплён ссылкой на источник.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open knowledge base</source>
        <translation>Открытая база знаний</translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation>(только чтение)</translation>
    </message>
    <message>
        <source>Zoom: %1%</source>
        <translation>Масштаб: %1%</translation>
    </message>
    <message>
        <source>Your Name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <source>Your changes are recorded in the knowledge base&apos;s history under this name:</source>
        <translation>Ваши изменения записываются в историю базы знаний под этим именем:</translation>
    </message>
    <message>
        <source>Work in progress</source>
        <translation>Выполняется работа</translation>
    </message>
</context>
<context>
    <name>tkb::MergeDialog</name>
    <message>
        <source>Merge %1</source>
        <translation>Объединение: %1</translation>
    </message>
    <message>
        <source>Keep “%1” and merge the other into it</source>
        <translation>Оставить «%1» и объединить с ней другую</translation>
    </message>
    <message>
        <source>The same entity under another entry</source>
        <translation>Та же сущность под другой записью</translation>
    </message>
    <message>
        <source>What moves</source>
        <translation>Что переносится</translation>
    </message>
    <message>
        <source>“%1” is the same as:</source>
        <translation>«%1» — то же, что:</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Объединить</translation>
    </message>
    <message>
        <source>Type a name of the other entry in any spelling and choose it.</source>
        <translation>Введите имя другой записи в любом написании и выберите её.</translation>
    </message>
    <message>
        <source>An entity cannot be merged with itself.</source>
        <translation>Сущность нельзя объединить с самой собой.</translation>
    </message>
    <message>
        <source>There is no entity %1.</source>
        <translation>Сущности %1 нет.</translation>
    </message>
    <message>
        <source>its name “%1” becomes a spelling of “%2”</source>
        <translation>её название «%1» становится написанием «%2»</translation>
    </message>
    <message numerus="yes">
        <source>%n spelling(s)</source>
        <translation>
            <numerusform>%n написание</numerusform>
            <numerusform>%n написания</numerusform>
            <numerusform>%n написаний</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attribute(s)</source>
        <translation>
            <numerusform>%n атрибут</numerusform>
            <numerusform>%n атрибута</numerusform>
            <numerusform>%n атрибутов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n date(s)</source>
        <translation>
            <numerusform>%n дата</numerusform>
            <numerusform>%n даты</numerusform>
            <numerusform>%n дат</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relation(s)</source>
        <translation>
            <numerusform>%n связь</numerusform>
            <numerusform>%n связи</numerusform>
            <numerusform>%n связей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n citation(s)</source>
        <translation>
            <numerusform>%n ссылка</numerusform>
            <numerusform>%n ссылки</numerusform>
            <numerusform>%n ссылок</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” goes into “%2” (%3 → %4). What moves: %5.</source>
        <translation>«%1» переходит в «%2» (%3 → %4). Переносится: %5.</translation>
    </message>
    <message numerus="yes">
        <source>Re-pointed to “%1” (%n):</source>
        <translation>
            <numerusform>Перенаправляется на «%1» (%n):</numerusform>
            <numerusform>Перенаправляется на «%1» (%n):</numerusform>
            <numerusform>Перенаправляется на «%1» (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>The name, summary and text of “%1” stay; what both have is not doubled. Undo takes the merge back.</source>
        <translation>Название, краткое описание и текст «%1» остаются; то, что есть у обеих, не удваивается. «Отменить» отменит объединение.</translation>
    </message>
    <message>
        <source>Choose the other entity first.</source>
        <translation>Сначала выберите другую сущность.</translation>
    </message>
    <message>
        <source>Merge %1 into %2</source>
        <translation>Объединение %1 с %2</translation>
    </message>
    <message>
        <source>The knowledge base did not take the merge: %1</source>
        <translation>База знаний не приняла объединение: %1</translation>
    </message>
</context>
<context>
    <name>tkb::NamedAppendix</name>
    <message>
        <source>Named in this document</source>
        <translation>Упомянутые в документе</translation>
    </message>
</context>
<context>
    <name>tkb::PageBuilder</name>
    <message>
        <source>Exported from %1 on %2</source>
        <translation>Экспортировано из %1 %2</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Источник: %1</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>%1, infobox</source>
        <translation>%1, карточка</translation>
    </message>
    <message>
        <source>%1, introduction</source>
        <translation>%1, введение</translation>
    </message>
    <message>
        <source>%1, section “%2”</source>
        <translation>%1, раздел «%2»</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Не найдено</translation>
    </message>
    <message>
        <source>The knowledge base has no entry “%1”.</source>
        <translation>В базе знаний нет записи «%1».</translation>
    </message>
    <message>
        <source>%1 “%2” from the knowledge base “%3”</source>
        <translation>%1 «%2» из базы знаний «%3»</translation>
    </message>
    <message>
        <source>Relations graph</source>
        <translation>Граф связей</translation>
    </message>
    <message>
        <source>Source text</source>
        <translation>Исходный текст</translation>
    </message>
    <message>
        <source>Also known as:</source>
        <translation>Другие имена:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Связи</translation>
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
        <translation>Введение</translation>
    </message>
    <message>
        <source>Mentioned in</source>
        <translation>Упоминается в</translation>
    </message>
    <message numerus="yes">
        <source>(%n times)</source>
        <translation>
            <numerusform>(%n раз)</numerusform>
            <numerusform>(%n раза)</numerusform>
            <numerusform>(%n раз)</numerusform>
        </translation>
    </message>
    <message>
        <source>The article “%1”</source>
        <translation>Статья «%1»</translation>
    </message>
    <message>
        <source> (from %1)</source>
        <translation> (источник: %1)</translation>
    </message>
    <message>
        <source>The article “%1” has no section “%2” (it has: %3).</source>
        <translation>В статье «%1» нет раздела «%2» (есть разделы: %3).</translation>
    </message>
    <message>
        <source>Section “%1” of the article “%2”</source>
        <translation>Раздел «%1» статьи «%2»</translation>
    </message>
    <message>
        <source>From the article “%1”</source>
        <translation>Из статьи «%1»</translation>
    </message>
    <message>
        <source>Timeline — %1</source>
        <translation>Хронология — %1</translation>
    </message>
    <message>
        <source>Timeline of the knowledge base “%1”</source>
        <translation>Хронология базы знаний «%1»</translation>
    </message>
    <message>
        <source>timeline</source>
        <translation>хронология</translation>
    </message>
    <message>
        <source>events</source>
        <translation>события</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 событие</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>Событий: %1</translation>
    </message>
    <message>
        <source>This knowledge base has no events.</source>
        <translation>В этой базе знаний нет событий.</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>без даты</translation>
    </message>
    <message>
        <source>%1 in the knowledge base “%2”</source>
        <translation>%1 в базе знаний «%2»</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 запись</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>Записей: %1</translation>
    </message>
    <message>
        <source>Nothing of this kind is in the knowledge base.</source>
        <translation>В базе знаний нет записей этого типа.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>Другие имена</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Краткое описание</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>Поиск: %1</translation>
    </message>
    <message>
        <source>Search results for “%1” in the knowledge base “%2”</source>
        <translation>Результаты поиска по запросу «%1» в базе знаний «%2»</translation>
    </message>
    <message>
        <source>search</source>
        <translation>поиск</translation>
    </message>
    <message>
        <source>Search results for “%1”</source>
        <translation>Результаты поиска по запросу «%1»</translation>
    </message>
    <message>
        <source>1 result</source>
        <translation>1 результат</translation>
    </message>
    <message>
        <source>%1 results</source>
        <translation>Результатов: %1</translation>
    </message>
    <message>
        <source>No results.</source>
        <translation>Ничего не найдено.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Where it matches</source>
        <translation>Где найдено</translation>
    </message>
    <message>
        <source>Did you mean: %1?</source>
        <translation>Возможно, вы имели в виду: %1?</translation>
    </message>
    <message>
        <source>Type what you are looking for into the search field.</source>
        <translation>Введите в поле поиска то, что ищете.</translation>
    </message>
    <message>
        <source>Try another spelling, fewer words, or “All kinds”.</source>
        <translation>Попробуйте другое написание, меньше слов или «Все типы».</translation>
    </message>
    <message>
        <source>Article section</source>
        <translation>Раздел статьи</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Издатель</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Опубликовано</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Веб-адрес</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
</context>
<context>
    <name>tkb::PageLabels</name>
    <message>
        <source>advocates</source>
        <translation>выступает за</translation>
    </message>
    <message>
        <source>advocated by</source>
        <translation>сторонники</translation>
    </message>
    <message>
        <source>based in</source>
        <translation>базируется в</translation>
    </message>
    <message>
        <source>base of</source>
        <translation>здесь базируются</translation>
    </message>
    <message>
        <source>board member of</source>
        <translation>член правления</translation>
    </message>
    <message>
        <source>board member</source>
        <translation>члены правления</translation>
    </message>
    <message>
        <source>chairman of</source>
        <translation>председатель</translation>
    </message>
    <message>
        <source>chairman</source>
        <translation>председатель</translation>
    </message>
    <message>
        <source>concerns</source>
        <translation>касается</translation>
    </message>
    <message>
        <source>subject of</source>
        <translation>затрагивается в</translation>
    </message>
    <message>
        <source>detained by</source>
        <translation>задержан(а)</translation>
    </message>
    <message>
        <source>detained</source>
        <translation>задержанные</translation>
    </message>
    <message>
        <source>emigrated to</source>
        <translation>эмиграция в</translation>
    </message>
    <message>
        <source>emigration destination of</source>
        <translation>сюда эмигрировали</translation>
    </message>
    <message>
        <source>expelled from</source>
        <translation>исключение из</translation>
    </message>
    <message>
        <source>expelled</source>
        <translation>исключённые</translation>
    </message>
    <message>
        <source>extradited to</source>
        <translation>экстрадиция в</translation>
    </message>
    <message>
        <source>extradition destination of</source>
        <translation>сюда экстрадированы</translation>
    </message>
    <message>
        <source>founded</source>
        <translation>основатель</translation>
    </message>
    <message>
        <source>founded by</source>
        <translation>основатели</translation>
    </message>
    <message>
        <source>founded in</source>
        <translation>место основания</translation>
    </message>
    <message>
        <source>place of founding of</source>
        <translation>здесь основаны</translation>
    </message>
    <message>
        <source>headquartered in</source>
        <translation>штаб-квартира в</translation>
    </message>
    <message>
        <source>headquarters of</source>
        <translation>здесь штаб-квартира</translation>
    </message>
    <message>
        <source>heads</source>
        <translation>возглавляет</translation>
    </message>
    <message>
        <source>headed by</source>
        <translation>руководство</translation>
    </message>
    <message>
        <source>joined</source>
        <translation>вступление в</translation>
    </message>
    <message>
        <source>joined by</source>
        <translation>вступившие</translation>
    </message>
    <message>
        <source>located in</source>
        <translation>находится в</translation>
    </message>
    <message>
        <source>location of</source>
        <translation>здесь находятся</translation>
    </message>
    <message>
        <source>member of</source>
        <translation>член</translation>
    </message>
    <message>
        <source>member</source>
        <translation>члены</translation>
    </message>
    <message>
        <source>membership terminated in</source>
        <translation>членство прекращено в</translation>
    </message>
    <message>
        <source>terminated the membership of</source>
        <translation>прекращено членство</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>открытие</translation>
    </message>
    <message>
        <source>opened by</source>
        <translation>открыл(а)</translation>
    </message>
    <message>
        <source>organized</source>
        <translation>организатор</translation>
    </message>
    <message>
        <source>organized by</source>
        <translation>организаторы</translation>
    </message>
    <message>
        <source>part of</source>
        <translation>входит в</translation>
    </message>
    <message>
        <source>has part</source>
        <translation>включает</translation>
    </message>
    <message>
        <source>participated in</source>
        <translation>участие в</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>участники</translation>
    </message>
    <message>
        <source>president of</source>
        <translation>президент</translation>
    </message>
    <message>
        <source>president</source>
        <translation>президент</translation>
    </message>
    <message>
        <source>re-admitted to</source>
        <translation>восстановление членства в</translation>
    </message>
    <message>
        <source>re-admitted</source>
        <translation>восстановлены в членстве</translation>
    </message>
    <message>
        <source>reported on</source>
        <translation>сообщает о</translation>
    </message>
    <message>
        <source>reported by</source>
        <translation>сообщают</translation>
    </message>
    <message>
        <source>%1 (reverse)</source>
        <translation>%1 (обратное)</translation>
    </message>
    <message>
        <source>Azerbaijani</source>
        <translation>азербайджанский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>русский</translation>
    </message>
    <message>
        <source>English</source>
        <translation>английский</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>персидский</translation>
    </message>
    <message>
        <source>Talysh</source>
        <translation>талышский</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>нидерландский</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>турецкий</translation>
    </message>
    <message>
        <source>German</source>
        <translation>немецкий</translation>
    </message>
    <message>
        <source>French</source>
        <translation>французский</translation>
    </message>
    <message>
        <source>Latin</source>
        <translation>латиница</translation>
    </message>
    <message>
        <source>Cyrillic</source>
        <translation>кириллица</translation>
    </message>
    <message>
        <source>Arabic script</source>
        <translation>арабское письмо</translation>
    </message>
    <message>
        <source>Armenian</source>
        <translation>армянское письмо</translation>
    </message>
    <message>
        <source>Georgian</source>
        <translation>грузинское письмо</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>с %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>до %1</translation>
    </message>
    <message>
        <source>began %1, ended %2</source>
        <comment>a period whose start or end is itself uncertain: after 2004, 1993 – 1995</comment>
        <translation>начало: %1, конец: %2</translation>
    </message>
    <message>
        <source>began %1</source>
        <comment>a period&apos;s start that is itself uncertain: after 2004, 1993 – 1995</comment>
        <translation>начало: %1</translation>
    </message>
    <message>
        <source>ended %1</source>
        <comment>a period&apos;s end that is itself uncertain: before 2010</comment>
        <translation>конец: %1</translation>
    </message>
    <message>
        <source>%1 (former)</source>
        <comment>a relation that held once and no longer does; the end is not known</comment>
        <translation>%1 (в прошлом)</translation>
    </message>
    <message>
        <source>Abbreviation</source>
        <translation>Сокращение</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Площадь</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Capital</source>
        <translation>Столица</translation>
    </message>
    <message>
        <source>Chairman</source>
        <translation>Председатель</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <source>Colour code</source>
        <translation>Цветовой код</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Died</source>
        <translation>Дата смерти</translation>
    </message>
    <message>
        <source>Dissolved</source>
        <translation>Дата роспуска</translation>
    </message>
    <message>
        <source>Formed</source>
        <translation>Дата образования</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>Дата основания</translation>
    </message>
    <message>
        <source>Founder</source>
        <translation>Основатель</translation>
    </message>
    <message>
        <source>Governing body</source>
        <translation>Руководящий орган</translation>
    </message>
    <message>
        <source>Headquarters</source>
        <translation>Штаб-квартира</translation>
    </message>
    <message>
        <source>Ideology</source>
        <translation>Идеология</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Лидер</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Местонахождение</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Логотип</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Члены</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Национальность</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Род занятий</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Партия</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Место рождения</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Население</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>President</source>
        <translation>Президент</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Численность</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Веб-сайт</translation>
    </message>
</context>
<context>
    <name>tkb::PassageLocator</name>
    <message>
        <source>Nothing is selected: select a passage of the text first.</source>
        <translation>Ничего не выделено: сначала выделите отрывок текста.</translation>
    </message>
    <message>
        <source>The selection is not in the stored text (it takes in a heading, a table or a label of the page): select words of the text itself.</source>
        <translation>Выделение не относится к сохранённому тексту (в него попал заголовок, таблица или подпись страницы): выделите слова самого текста.</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Введение</translation>
    </message>
    <message>
        <source>The selection runs from “%1” into “%2”: a passage must lie within one section.</source>
        <translation>Выделение переходит из «%1» в «%2»: отрывок должен лежать в пределах одного раздела.</translation>
    </message>
    <message>
        <source>The selection is not word for word in “%1”.</source>
        <translation>Выделение не совпадает дословно с текстом «%1».</translation>
    </message>
</context>
<context>
    <name>tkb::PdfExporter</name>
    <message>
        <source>The page could not be drawn.</source>
        <translation>Не удалось отрисовать страницу.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Экспорт отменён.</translation>
    </message>
    <message>
        <source>A new page could not be started.</source>
        <translation>Не удалось начать новую страницу.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
    <message>
        <source>The document could not be finished.</source>
        <translation>Не удалось завершить документ.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Не удалось записать «%1»: %2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>это папка</translation>
    </message>
    <message>
        <source>The PDF could not be produced.</source>
        <translation>Не удалось создать PDF.</translation>
    </message>
</context>
<context>
    <name>tkb::QualifierEditor</name>
    <message>
        <source>Held once and no longer (former)</source>
        <translation>Было раньше, но не сейчас (бывш.)</translation>
    </message>
    <message>
        <source>Who reports it or holds the opinion: a name, or an entity</source>
        <translation>Кто сообщает это или придерживается мнения: имя или сущность</translation>
    </message>
    <message>
        <source>e.g. why the words can be read more than one way</source>
        <translation>напр. почему слова можно понять по-разному</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <source>&amp;According to:</source>
        <translation>&amp;По словам:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Примечание:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>According to</source>
        <translation>По словам</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
</context>
<context>
    <name>tkb::RecentBases</name>
    <message>
        <source>%1 (server)</source>
        <translation>%1 (сервер)</translation>
    </message>
    <message>
        <source>No recent knowledge bases</source>
        <translation>Нет недавних баз знаний</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Очистить список</translation>
    </message>
</context>
<context>
    <name>tkb::RecentChangesPage</name>
    <message>
        <source>Recent Changes</source>
        <translation>Последние изменения</translation>
    </message>
    <message>
        <source>Did not apply: %1</source>
        <translation>Не применено: %1</translation>
    </message>
    <message>
        <source>%1 by %2: %3. Did not apply: %4</source>
        <translation>%1, автор %2: %3. Не применено: %4</translation>
    </message>
    <message numerus="yes">
        <source>%n entities</source>
        <translation>
            <numerusform>%n запись</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 by %2: %3. %n entities changed</source>
        <translation>
            <numerusform>%1, автор %2: %3. Изменена %n запись</numerusform>
            <numerusform>%1, автор %2: %3. Изменены %n записи</numerusform>
            <numerusform>%1, автор %2: %3. Изменено %n записей</numerusform>
        </translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(удалено)</translation>
    </message>
    <message>
        <source>No changes yet: the knowledge base is as its pack made it.</source>
        <translation>Изменений пока нет: база знаний такая, какой её создал пакет.</translation>
    </message>
    <message numerus="yes">
        <source>The newest changes, newest first. %n did not apply and are kept with their problem.</source>
        <translation>
            <numerusform>Последние изменения, сначала новые. %n не применилось и сохранено вместе с причиной.</numerusform>
            <numerusform>Последние изменения, сначала новые. %n не применились и сохранены вместе с причиной.</numerusform>
            <numerusform>Последние изменения, сначала новые. %n не применились и сохранены вместе с причиной.</numerusform>
        </translation>
    </message>
    <message>
        <source>The newest changes, newest first.</source>
        <translation>Последние изменения, сначала новые.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <source>Recent changes</source>
        <translation>Последние изменения</translation>
    </message>
    <message>
        <source>About the list</source>
        <translation>О списке</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>Open the chosen entity (Enter)</source>
        <translation>Открыть выбранную запись (Enter)</translation>
    </message>
    <message>
        <source>Open Hi&amp;story</source>
        <translation>Открыть &amp;историю</translation>
    </message>
    <message>
        <source>Open the chosen entity&apos;s history (Shift+Enter)</source>
        <translation>Открыть историю выбранной записи (Shift+Enter)</translation>
    </message>
    <message>
        <source>Show &amp;More</source>
        <translation>Показать &amp;ещё</translation>
    </message>
    <message numerus="yes">
        <source>Show %n older changes</source>
        <translation>
            <numerusform>Показать ещё %n более раннее изменение</numerusform>
            <numerusform>Показать ещё %n более ранних изменения</numerusform>
            <numerusform>Показать ещё %n более ранних изменений</numerusform>
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
        <translation>Поиск людей, мест, событий…</translation>
    </message>
    <message>
        <source>Search the knowledge base</source>
        <translation>Поиск по базе знаний</translation>
    </message>
    <message>
        <source>Type a name in any spelling or script; Enter shows all results.</source>
        <translation>Введите имя в любом написании и любым алфавитом; Enter покажет все результаты.</translation>
    </message>
    <message>
        <source>Search the knowledge base (Ctrl+K)</source>
        <translation>Поиск по базе знаний (Ctrl+K)</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Подсказки</translation>
    </message>
    <message>
        <source>filter</source>
        <translation>фильтр</translation>
    </message>
    <message>
        <source>%1, filter</source>
        <translation>%1, фильтр</translation>
    </message>
</context>
<context>
    <name>tkb::SearchResultsPage</name>
    <message>
        <source>Search: %1</source>
        <translation>Поиск: %1</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Все типы</translation>
    </message>
    <message>
        <source>No results for “%1”</source>
        <translation>По запросу «%1» ничего не найдено</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) for “%1”</source>
        <translation>
            <numerusform>%n результат по запросу «%1»</numerusform>
            <numerusform>%n результата по запросу «%1»</numerusform>
            <numerusform>%n результатов по запросу «%1»</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>Filter results by kind</source>
        <translation>Фильтр результатов по типу</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
</context>
<context>
    <name>tkb::SelectionActions</name>
    <message>
        <source>C&amp;ite for…</source>
        <translation>&amp;Цитировать для…</translation>
    </message>
    <message>
        <source>Lin&amp;k to…</source>
        <translation>С&amp;сылка на…</translation>
    </message>
    <message>
        <source>&amp;New Entity from Selection…</source>
        <translation>&amp;Новая запись из выделения…</translation>
    </message>
    <message>
        <source>This knowledge base is open read-only: it cannot be changed here.</source>
        <translation>Эта база знаний открыта только для чтения: здесь её нельзя изменить.</translation>
    </message>
    <message>
        <source>Select words of the text first.</source>
        <translation>Сначала выделите слова текста.</translation>
    </message>
    <message>
        <source>Only a source&apos;s text can be cited: open the source and select the passage there.</source>
        <translation>Цитировать можно только текст источника: откройте источник и выделите отрывок там.</translation>
    </message>
    <message>
        <source>Attach the selected passage as a citation to a claim of an entity</source>
        <translation>Прикрепить выделенный отрывок как цитату к утверждению о записи</translation>
    </message>
    <message>
        <source>Make the selected words a link to an entity</source>
        <translation>Сделать выделенные слова ссылкой на запись</translation>
    </message>
    <message>
        <source>The entity form is not available in this window.</source>
        <translation>Форма записи в этом окне недоступна.</translation>
    </message>
    <message>
        <source>Create an entity named by the selected words, resting on them</source>
        <translation>Создать запись, названную выделенными словами и опирающуюся на них</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>краткое описание</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Выделение</translation>
    </message>
    <message>
        <source>%1 is no longer in the knowledge base.</source>
        <translation>%1 больше нет в базе знаний.</translation>
    </message>
    <message>
        <source>Cite “%1” for %2</source>
        <translation>Цитата «%1» для %2</translation>
    </message>
    <message>
        <source>The text of %1 is not in the knowledge base.</source>
        <translation>Текста %1 нет в базе знаний.</translation>
    </message>
    <message>
        <source>The text was changed meanwhile: select the words again.</source>
        <translation>Текст тем временем изменился: выделите слова заново.</translation>
    </message>
    <message>
        <source>Link “%1” to %2</source>
        <translation>Ссылка «%1» на %2</translation>
    </message>
    <message>
        <source>Only plain words of one line can become a link: the selection takes in a link, emphasis or a line break.</source>
        <translation>Ссылкой могут стать только простые слова одной строки: в выделение попала ссылка, выделенный шрифтом текст или перенос строки.</translation>
    </message>
    <message>
        <source>The knowledge base is still being checked; it can be changed once that is done.</source>
        <translation>База знаний ещё проверяется; изменить её можно будет, когда проверка закончится.</translation>
    </message>
</context>
<context>
    <name>tkb::SelectionTargetDialog</name>
    <message>
        <source>Cite for a Claim</source>
        <translation>Цитировать для утверждения</translation>
    </message>
    <message>
        <source>Link to an Entity</source>
        <translation>Ссылка на запись</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>Passage to cite</source>
        <translation>Отрывок для цитаты</translation>
    </message>
    <message>
        <source>Words to link</source>
        <translation>Слова для ссылки</translation>
    </message>
    <message>
        <source>Name in any spelling</source>
        <translation>Имя в любом написании</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>&amp;Entity:</source>
        <translation>&amp;Запись:</translation>
    </message>
    <message>
        <source>Claim the passage supports</source>
        <translation>Утверждение, которое подкрепляет отрывок</translation>
    </message>
    <message>
        <source>&amp;Claim:</source>
        <translation>&amp;Утверждение:</translation>
    </message>
    <message>
        <source>C&amp;ite</source>
        <translation>&amp;Цитировать</translation>
    </message>
    <message>
        <source>Lin&amp;k</source>
        <translation>С&amp;сылка</translation>
    </message>
    <message numerus="yes">
        <source>%1  [%n citation(s)]</source>
        <translation>
            <numerusform>%1  [%n цитата]</numerusform>
            <numerusform>%1  [%n цитаты]</numerusform>
            <numerusform>%1  [%n цитат]</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the entity first.</source>
        <translation>Сначала назовите запись.</translation>
    </message>
    <message>
        <source>No entity is called “%1”.</source>
        <translation>Нет записи с именем «%1».</translation>
    </message>
    <message>
        <source>Choose the claim the passage supports.</source>
        <translation>Выберите утверждение, которое подкрепляет отрывок.</translation>
    </message>
</context>
<context>
    <name>tkb::SidebarDock</name>
    <message>
        <source>Linked entities</source>
        <translation>Связанные записи</translation>
    </message>
    <message>
        <source>&amp;Linked Entities</source>
        <translation>&amp;Связанные записи</translation>
    </message>
    <message>
        <source>Show or hide the linked entities sidebar</source>
        <translation>Показать или скрыть боковую панель связанных записей</translation>
    </message>
</context>
<context>
    <name>tkb::SourceDialog</name>
    <message>
        <source>&amp;Markdown: lines starting with # begin sections</source>
        <translation>&amp;Markdown: строки, начинающиеся с #, открывают разделы</translation>
    </message>
    <message>
        <source>Add Source</source>
        <translation>Добавить источник</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Обязательно</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Автор:</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>&amp;Publisher:</source>
        <translation>&amp;Издатель:</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Издатель</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>&amp;Web address:</source>
        <translation>&amp;Веб-адрес:</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Веб-адрес</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Code, e.g. en, ru, az</source>
        <translation>Код, напр. en, ru, az</translation>
    </message>
    <message>
        <source>Te&amp;xt (paste it, or read a .txt or .md file):</source>
        <translation>&amp;Текст (вставьте его или прочитайте файл .txt или .md):</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>&amp;Read File…</source>
        <translation>&amp;Прочитать файл…</translation>
    </message>
    <message>
        <source>Add &amp;Source</source>
        <translation>Д&amp;обавить источник</translation>
    </message>
    <message>
        <source>Read a Source&apos;s Text</source>
        <translation>Чтение текста источника</translation>
    </message>
    <message>
        <source>Text and Markdown (*.txt *.md *.markdown);;All files (*)</source>
        <translation>Текст и Markdown (*.txt *.md *.markdown);;Все файлы (*)</translation>
    </message>
    <message>
        <source>A source needs a title.</source>
        <translation>Источнику нужно название.</translation>
    </message>
    <message>
        <source>The web address must begin with http:// or https://.</source>
        <translation>Веб-адрес должен начинаться с http:// или https://.</translation>
    </message>
    <message>
        <source>Add source %1</source>
        <translation>Добавление источника %1</translation>
    </message>
    <message>
        <source>No knowledge base is open.</source>
        <translation>База знаний не открыта.</translation>
    </message>
    <message>
        <source>The date in EDTF: a day, a month or a year; %1 after it for circa, %2 for uncertain, %3 for a part of a year</source>
        <translation>Дата в формате EDTF: день, месяц или год; %1 после неё — «около», %2 — «не точно», %3 — часть года</translation>
    </message>
    <message>
        <source>Give the source&apos;s text (paste it, or read a .txt or .md file) or its web address.</source>
        <translation>Укажите текст источника (вставьте его или прочитайте файл .txt или .md) или его веб-адрес.</translation>
    </message>
    <message>
        <source>The date “%1” is not one the base can read. EDTF dates look like these:</source>
        <translation>Дату «%1» база прочитать не может. Даты EDTF выглядят так:</translation>
    </message>
</context>
<context>
    <name>tkb::SourcePage</name>
    <message>
        <source>Source: %1</source>
        <translation>Источник: %1</translation>
    </message>
    <message>
        <source>This knowledge base holds no article.</source>
        <translation>В этой базе знаний нет статьи.</translation>
    </message>
    <message>
        <source>This entry has no text of its own.</source>
        <translation>У этой записи нет собственного текста.</translation>
    </message>
</context>
<context>
    <name>tkb::SourceText</name>
    <message>
        <source>“%1” is not a .txt or .md file.</source>
        <translation>«%1» — не файл .txt или .md.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>Не удаётся прочитать «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” is too large for a source (more than 32 MB).</source>
        <translation>«%1» слишком велик для источника (больше 32 МБ).</translation>
    </message>
    <message>
        <source>“%1” is not a text file: it holds binary data.</source>
        <translation>«%1» — не текстовый файл: в нём двоичные данные.</translation>
    </message>
    <message>
        <source>“%1” is not UTF-8 text.</source>
        <translation>«%1» — не текст в UTF-8.</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>«%1» пуст.</translation>
    </message>
</context>
<context>
    <name>tkb::TabBar</name>
    <message>
        <source>Close Tab</source>
        <translation>Закрыть вкладку</translation>
    </message>
</context>
<context>
    <name>tkb::TabManager</name>
    <message>
        <source>There is nothing to show at %1.</source>
        <translation>По адресу %1 нечего показать.</translation>
    </message>
    <message>
        <source>Opened %1 in your web browser.</source>
        <translation>%1 открыт в веб-браузере.</translation>
    </message>
    <message>
        <source>Refused to open “%1”: only kb: pages and web (http, https) links are followed.</source>
        <translation>«%1» не открыт: открываются только страницы kb: и веб-ссылки (http, https).</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Дублировать</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>Close &amp;Others</source>
        <translation>Закрыть &amp;остальные</translation>
    </message>
</context>
<context>
    <name>tkb::TableSwitch</name>
    <message>
        <source>Show as &amp;table</source>
        <translation>Показать &amp;таблицей</translation>
    </message>
    <message>
        <source>The same data as rows of a table, for reading with a screen reader or the keyboard</source>
        <translation>Те же данные строками таблицы — для чтения с программой экранного доступа или с клавиатуры</translation>
    </message>
</context>
<context>
    <name>tkb::ThemeMenu</name>
    <message>
        <source>T&amp;heme</source>
        <translation>Т&amp;ема</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>&amp;Как в системе</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Светлая</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Тёмная</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>&amp;Высокая контрастность</translation>
    </message>
    <message>
        <source>White on black with yellow links, for low vision</source>
        <translation>Белый текст на чёрном, жёлтые ссылки — для слабовидящих</translation>
    </message>
</context>
<context>
    <name>tkb::TimelineAccessible</name>
    <message>
        <source>Events too close to tell apart at this zoom. Enter zooms in.</source>
        <translation>События слишком близки, чтобы различить их при этом масштабе. Enter увеличивает.</translation>
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
        <translation>Хронология</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>без даты</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Краткое описание</translation>
    </message>
    <message>
        <source>Events in chronological order</source>
        <translation>События в хронологическом порядке</translation>
    </message>
    <message>
        <source>Timeline of events</source>
        <translation>Хронология событий</translation>
    </message>
    <message numerus="yes">
        <source>%n more events in view: zoom in to list them.</source>
        <translation>
            <numerusform>Ещё %n событие в поле зрения: приблизьте, чтобы оно попало в список.</numerusform>
            <numerusform>Ещё %n события в поле зрения: приблизьте, чтобы они попали в список.</numerusform>
            <numerusform>Ещё %n событий в поле зрения: приблизьте, чтобы они попали в список.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left and right arrows move between events, Enter opens one, Ctrl+wheel zooms. Where events are too many to tell apart they are grouped with their number: the arrows move between the groups, Enter zooms in.</source>
        <translation>Стрелки влево и вправо переходят между событиями, Enter открывает событие, Ctrl+колесо меняет масштаб. Где событий слишком много, чтобы их различить, они собраны в группы с их числом: стрелки переходят между группами, Enter приближает.</translation>
    </message>
    <message>
        <source>Events in chronological order, as a table</source>
        <translation>События в хронологическом порядке, в виде таблицы</translation>
    </message>
    <message>
        <source>One row per event. Enter opens the event.</source>
        <translation>По строке на событие. Enter открывает событие.</translation>
    </message>
</context>
<context>
    <name>tkb::TimelinePainter</name>
    <message>
        <source>%1 to %2</source>
        <comment>the first and last day of a cluster of events</comment>
        <translation>с %1 по %2</translation>
    </message>
    <message numerus="yes">
        <source>%n events, %1. Click to zoom in.</source>
        <translation>
            <numerusform>%n событие, %1. Щёлкните, чтобы приблизить.</numerusform>
            <numerusform>%n события, %1. Щёлкните, чтобы приблизить.</numerusform>
            <numerusform>%n событий, %1. Щёлкните, чтобы приблизить.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1k</source>
        <comment>thousands of events in a cluster of the timeline</comment>
        <translation>%1 тыс.</translation>
    </message>
</context>
<context>
    <name>tkb::TimelineView</name>
    <message>
        <source>No dated events.</source>
        <translation>Нет событий с датой.</translation>
    </message>
</context>
<context>
    <name>tkb::UndoHistoryDock</name>
    <message>
        <source>Undo History</source>
        <translation>Журнал отмены</translation>
    </message>
    <message>
        <source>&lt;no edits yet&gt;</source>
        <translation>&lt;правок пока нет&gt;</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Журнал отмены</translation>
    </message>
    <message>
        <source>Choose an edit to undo or redo every step up to it</source>
        <translation>Выберите правку, чтобы отменить или повторить все шаги до неё</translation>
    </message>
</context>
<context>
    <name>tkb::WindowActions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>П&amp;ереход</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Навигация</translation>
    </message>
    <message>
        <source>&amp;Open Knowledge Base…</source>
        <translation>&amp;Открыть базу знаний…</translation>
    </message>
    <message>
        <source>Open another knowledge base file</source>
        <translation>Открыть другой файл базы знаний</translation>
    </message>
    <message>
        <source>&amp;Import Article…</source>
        <translation>&amp;Импортировать статью…</translation>
    </message>
    <message>
        <source>Import an article (.txt) or a knowledge pack (.json)</source>
        <translation>Импортировать статью (.txt) или пакет знаний (.json)</translation>
    </message>
    <message>
        <source>&amp;Export to PDF…</source>
        <translation>&amp;Экспорт в PDF…</translation>
    </message>
    <message>
        <source>Save the current page or another section as a PDF file</source>
        <translation>Сохранить текущую страницу или другой раздел в файл PDF</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>П&amp;редварительный просмотр…</translation>
    </message>
    <message>
        <source>New &amp;Tab</source>
        <translation>Новая &amp;вкладка</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>&amp;Закрыть вкладку</translation>
    </message>
    <message>
        <source>&amp;Reopen Closed Tab</source>
        <translation>Восс&amp;тановить закрытую вкладку</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Next Tab</source>
        <translation>&amp;Следующая вкладка</translation>
    </message>
    <message>
        <source>&amp;Previous Tab</source>
        <translation>&amp;Предыдущая вкладка</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>Назад (Alt+Влево)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Вперёд</translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation>Вперёд (Alt+Вправо)</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Главная</translation>
    </message>
    <message>
        <source>Overview (Alt+Home)</source>
        <translation>Обзор (Alt+Home)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>У&amp;меньшить</translation>
    </message>
    <message>
        <source>&amp;Normal Size</source>
        <translation>&amp;Обычный размер</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Поиск…</translation>
    </message>
    <message>
        <source>Next &amp;Pane</source>
        <translation>Следующая &amp;панель</translation>
    </message>
    <message>
        <source>Previous P&amp;ane</source>
        <translation>Предыдущая п&amp;анель</translation>
    </message>
    <message>
        <source>&amp;Graph</source>
        <translation>&amp;Граф</translation>
    </message>
    <message>
        <source>The graph around the current entity (Ctrl+G)</source>
        <translation>Граф связей текущей записи (Ctrl+G)</translation>
    </message>
    <message>
        <source>&amp;About Talysh KB</source>
        <translation>&amp;О программе Талыш KB</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Обзор</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Люди</translation>
    </message>
    <message>
        <source>O&amp;rganizations</source>
        <translation>О&amp;рганизации</translation>
    </message>
    <message>
        <source>P&amp;laces</source>
        <translation>&amp;Места</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;События</translation>
    </message>
    <message>
        <source>G&amp;oals</source>
        <translation>&amp;Цели</translation>
    </message>
    <message>
        <source>&amp;Topics</source>
        <translation>&amp;Темы</translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation>&amp;Источники</translation>
    </message>
    <message>
        <source>The article: lead, history, goals and problems</source>
        <translation>Статья: введение, история, цели и проблемы</translation>
    </message>
    <message>
        <source>Everyone the article names</source>
        <translation>Все, кого называет статья</translation>
    </message>
    <message>
        <source>Organizations, parties and institutions</source>
        <translation>Организации, партии и учреждения</translation>
    </message>
    <message>
        <source>Countries, regions and cities</source>
        <translation>Страны, регионы и города</translation>
    </message>
    <message>
        <source>Events in time order</source>
        <translation>События в порядке времени</translation>
    </message>
    <message>
        <source>What the movement seeks</source>
        <translation>К чему стремится движение</translation>
    </message>
    <message>
        <source>Languages, peoples and issues</source>
        <translation>Языки, народы и проблемы</translation>
    </message>
    <message>
        <source>The documents every fact is cited from</source>
        <translation>Документы, из которых взят каждый факт</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Недавние</translation>
    </message>
    <message>
        <source>Connect to &amp;Server…</source>
        <translation>Подключиться к &amp;серверу…</translation>
    </message>
    <message>
        <source>Open a team&apos;s knowledge base on a PostgreSQL server</source>
        <translation>Открыть базу знаний команды на сервере PostgreSQL</translation>
    </message>
</context>
</TS>
