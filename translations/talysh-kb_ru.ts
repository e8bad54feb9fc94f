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
</context>
</TS>
