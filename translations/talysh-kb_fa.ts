<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa" sourcelanguage="en">
<context>
    <name>ClaimStatus</name>
    <message>
        <source>stated</source>
        <translation>بیان‌شده</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>به نقل از دیگران</translation>
    </message>
    <message>
        <source>opinion</source>
        <translation>نظر</translation>
    </message>
    <message>
        <source>disputed</source>
        <translation>مورد مناقشه</translation>
    </message>
    <message>
        <source>ambiguous reading</source>
        <translation>خوانش مبهم</translation>
    </message>
</context>
<context>
    <name>EntityKind</name>
    <message>
        <source>Person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>سازمان</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>مکان</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>رویداد</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>هدف</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>منبع</translation>
    </message>
    <message>
        <source>People</source>
        <translation>اشخاص</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>سازمان‌ها</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>مکان‌ها</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>رویدادها</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>اهداف</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>موضوعات</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>منابع</translation>
    </message>
</context>
<context>
    <name>FuzzyDate</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 تا %2</translation>
    </message>
    <message>
        <source>%1?</source>
        <comment>an uncertain date</comment>
        <translation>%1؟</translation>
    </message>
    <message>
        <source>circa %1</source>
        <comment>an approximate date</comment>
        <translation>حدود %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <comment>a period open at its end</comment>
        <translation>از %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <comment>a period open at its start, up to and including</comment>
        <translation>تا %1</translation>
    </message>
    <message>
        <source>before %1</source>
        <translation>پیش از %1</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>پس از %1</translation>
    </message>
    <message>
        <source>beginning of %1</source>
        <comment>a year</comment>
        <translation>اوایل %1</translation>
    </message>
    <message>
        <source>mid-%1</source>
        <comment>a year</comment>
        <translation>اواسط %1</translation>
    </message>
    <message>
        <source>end of %1</source>
        <comment>a year</comment>
        <translation>اواخر %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A knowledge base of the Talysh National Movement.</source>
        <translation>پایگاه دانشی درباره‌ی جنبش ملی تالش.</translation>
    </message>
    <message>
        <source>Use this language for this run (%1).</source>
        <translation>در این اجرا از این زبان استفاده شود (%1).</translation>
    </message>
    <message>
        <source>A knowledge base file to open instead of the bundled one.</source>
        <translation>پرونده‌ی پایگاه دانشی که به‌جای پایگاه همراه برنامه باز شود.</translation>
    </message>
    <message>
        <source>Open the knowledge base, save a picture of the window to this PNG file and quit.</source>
        <translation>پایگاه دانش را باز کن، تصویری از پنجره در این پرونده PNG ذخیره کن و خارج شو.</translation>
    </message>
    <message>
        <source>Saved a picture of &quot;%1&quot; to %2.</source>
        <translation>تصویر «%1» در %2 ذخیره شد.</translation>
    </message>
    <message>
        <source>talysh-kb: cannot write the picture %1.</source>
        <translation>talysh-kb: نمی‌توان تصویر %1 را نوشت.</translation>
    </message>
</context>
<context>
    <name>tkb::ArticlePage</name>
    <message>
        <source>Article</source>
        <translation>مقاله</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>مقدمه</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>یافت نشد</translation>
    </message>
    <message>
        <source>This knowledge base holds no article.</source>
        <translation>این پایگاه دانش مقاله‌ای ندارد.</translation>
    </message>
</context>
<context>
    <name>tkb::BaseOpener</name>
    <message>
        <source>%1 is already open.</source>
        <translation>%1 از قبل باز است.</translation>
    </message>
    <message>
        <source>Another Talysh KB window has this knowledge base open, so it was opened read-only.</source>
        <translation>این پایگاه دانش در پنجره‌ی دیگری از پایگاه دانش تالش باز است، بنابراین فقط‌خواندنی باز شد.</translation>
    </message>
    <message>
        <source>This knowledge base file cannot be written, so it was opened read-only.</source>
        <translation>این پرونده‌ی پایگاه دانش قابل نوشتن نیست، بنابراین فقط‌خواندنی باز شد.</translation>
    </message>
    <message>
        <source>No knowledge base open</source>
        <translation>هیچ پایگاه دانشی باز نیست</translation>
    </message>
    <message>
        <source>bundled (Talysh National Movement)</source>
        <translation>همراه برنامه (جنبش ملی تالش)</translation>
    </message>
    <message>
        <source>Knowledge base: %1</source>
        <translation>پایگاه دانش: %1</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>فقط‌خواندنی</translation>
    </message>
    <message>
        <source>Read-only: another Talysh KB window has this file open.</source>
        <translation>فقط‌خواندنی: این پرونده در پنجره‌ی دیگری از پایگاه دانش تالش باز است.</translation>
    </message>
    <message>
        <source>Read-only: the file or its folder cannot be written.</source>
        <translation>فقط‌خواندنی: پرونده یا پوشه‌ی آن قابل نوشتن نیست.</translation>
    </message>
    <message>
        <source>Cannot Open Knowledge Base</source>
        <translation>باز کردن پایگاه دانش ممکن نیست</translation>
    </message>
    <message>
        <source>The knowledge base %1 could not be opened. It was not changed.</source>
        <translation>پایگاه دانش %1 باز نشد. هیچ تغییری در آن داده نشد.</translation>
    </message>
    <message>
        <source>Open the bundled knowledge base instead</source>
        <translation>به‌جای آن پایگاه دانش همراه برنامه را باز کن</translation>
    </message>
    <message>
        <source>Keep the current one</source>
        <translation>پایگاه کنونی بماند</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>Open Knowledge Base</source>
        <translation>باز کردن پایگاه دانش</translation>
    </message>
    <message>
        <source>Talysh KB knowledge bases (*.tkb);;All files (*)</source>
        <translation>پایگاه‌های دانش تالش (*.tkb);;همه‌ی پرونده‌ها (*)</translation>
    </message>
    <message>
        <source>Import Article or Knowledge Pack</source>
        <translation>درون‌بُرد مقاله یا بسته‌ی دانش</translation>
    </message>
    <message>
        <source>Articles and knowledge packs (*.txt *.json);;Articles (*.txt);;Knowledge packs (*.json);;All files (*)</source>
        <translation>مقاله‌ها و بسته‌های دانش (*.txt *.json);;مقاله‌ها (*.txt);;بسته‌های دانش (*.json);;همه‌ی پرونده‌ها (*)</translation>
    </message>
    <message>
        <source>Import Into a New Knowledge Base</source>
        <translation>درون‌بُرد به پایگاه دانش جدید</translation>
    </message>
    <message>
        <source>The bundled knowledge base is rebuilt when the program is updated, so it cannot keep imports. Choose where to create a new knowledge base file for this import.</source>
        <translation>پایگاه دانش همراه برنامه با هر به‌روزرسانی از نو ساخته می‌شود و داده‌های درون‌بُرده را نگه نمی‌دارد. جایی را برای ساختن پرونده‌ی پایگاه دانش جدید برای این درون‌بُرد انتخاب کنید.</translation>
    </message>
    <message>
        <source>Create Knowledge Base</source>
        <translation>ساختن پایگاه دانش</translation>
    </message>
    <message>
        <source>Talysh KB knowledge bases (*.tkb)</source>
        <translation>پایگاه‌های دانش تالش (*.tkb)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>درون‌بُرد</translation>
    </message>
    <message>
        <source>Choose a file other than the bundled knowledge base.</source>
        <translation>پرونده‌ای غیر از پایگاه دانش همراه برنامه انتخاب کنید.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>در حال درون‌بُرد %1…</translation>
    </message>
    <message>
        <source>Nothing was imported from %1.</source>
        <translation>چیزی از %1 درون‌بُرد نشد.</translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation>درون‌بُرد ناموفق بود</translation>
    </message>
    <message numerus="yes">
        <source>Imported “%1” from %2: %n entities</source>
        <translation>
            <numerusform>«%1» از %2 درون‌بُرد شد: %n مدخل</numerusform>
        </translation>
    </message>
    <message>
        <source>Knowledge Base Damaged</source>
        <translation>پایگاه دانش آسیب دیده است</translation>
    </message>
    <message>
        <source>The knowledge base %1 is damaged. Nothing has been written to it; you can go on reading what can be read, but open a backup or the bundled knowledge base to work on.</source>
        <translation>پایگاه دانش %1 آسیب دیده است. چیزی در آن نوشته نشده است؛ می‌توانید آنچه خواندنی است را بخوانید، اما برای کار کردن یک نسخهٔ پشتیبان یا پایگاه دانش همراه برنامه را باز کنید.</translation>
    </message>
    <message>
        <source>The knowledge base is damaged: %1</source>
        <translation>پایگاه دانش آسیب دیده است: %1</translation>
    </message>
    <message>
        <source>The knowledge base file has been checked: it is sound.</source>
        <translation>پروندهٔ پایگاه دانش بررسی شد: سالم است.</translation>
    </message>
    <message>
        <source>Checking the knowledge base file…</source>
        <translation>در حال بررسی پروندهٔ پایگاه دانش…</translation>
    </message>
</context>
<context>
    <name>tkb::ChangeBanner</name>
    <message>
        <source>Another window or program has changed this knowledge base. The pages show it as it was.</source>
        <translation>پنجره یا برنامهٔ دیگری این پایگاه دانش را تغییر داده است. صفحه‌ها آن را به حالت پیشین نشان می‌دهند.</translation>
    </message>
    <message>
        <source>&amp;Show Changes</source>
        <translation>&amp;نمایش تغییرات</translation>
    </message>
    <message>
        <source>Read the knowledge base again and update every open page</source>
        <translation>پایگاه دانش را دوباره بخوان و همهٔ صفحه‌های باز را به‌روز کن</translation>
    </message>
    <message>
        <source>The knowledge base has changed</source>
        <translation>پایگاه دانش تغییر کرده است</translation>
    </message>
</context>
<context>
    <name>tkb::ClaimRuns</name>
    <message>
        <source>former</source>
        <comment>a claim that held once and no longer does</comment>
        <translation>پیشین</translation>
    </message>
    <message>
        <source>opinion of %1</source>
        <comment>a claim that is a named person&apos;s opinion</comment>
        <translation>به نظر %1</translation>
    </message>
    <message>
        <source>according to %1</source>
        <comment>who reports a claim</comment>
        <translation>به گفتهٔ %1</translation>
    </message>
</context>
<context>
    <name>tkb::EditActions</name>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;واگرد: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;واگرد</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;ازنو: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;ازنو</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;ویرایش</translation>
    </message>
    <message>
        <source>Undo &amp;History</source>
        <translation>&amp;تاریخچهٔ واگرد</translation>
    </message>
    <message>
        <source>Every edit of this session, to step back to any of them</source>
        <translation>همهٔ ویرایش‌های این نشست، برای بازگشت به هر یک از آن‌ها</translation>
    </message>
    <message>
        <source>&amp;Edit Entity…</source>
        <translation>&amp;ویرایش موجودیت…</translation>
    </message>
    <message>
        <source>Edit the current entity: names, text, claims, dates and citations (F2)</source>
        <translation>ویرایش موجودیت کنونی: نام‌ها، متن، ادعاها، تاریخ‌ها و ارجاع‌ها (F2)</translation>
    </message>
    <message>
        <source>&amp;New Entity…</source>
        <translation>موجودیت &amp;تازه…</translation>
    </message>
    <message>
        <source>Add &amp;Source…</source>
        <translation>افزودن &amp;منبع…</translation>
    </message>
    <message>
        <source>Add a source document: pasted text or a .txt or .md file</source>
        <translation>افزودن سند منبع: متن چسبانده‌شده یا پروندهٔ ‎.txt یا ‎.md</translation>
    </message>
    <message>
        <source>&amp;Delete Entity…</source>
        <translation>&amp;حذف موجودیت…</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>&amp;ادغام در…</translation>
    </message>
    <message>
        <source>The current entity is the same as another: merge it into that one</source>
        <translation>موجودیت کنونی همان موجودیت دیگری است: آن را در آن یکی ادغام کن</translation>
    </message>
    <message>
        <source>&amp;History of This Entity</source>
        <translation>&amp;تاریخچهٔ این موجودیت</translation>
    </message>
    <message>
        <source>Recent &amp;Changes</source>
        <translation>&amp;تغییرات اخیر</translation>
    </message>
    <message>
        <source>Your &amp;Name…</source>
        <translation>&amp;نام شما…</translation>
    </message>
    <message>
        <source>The name your changes are recorded under</source>
        <translation>نامی که تغییرات شما با آن ثبت می‌شود</translation>
    </message>
</context>
<context>
    <name>tkb::EditSession</name>
    <message>
        <source>No knowledge base is open.</source>
        <translation>هیچ پایگاه دانشی باز نیست.</translation>
    </message>
    <message>
        <source>This knowledge base is open read-only: it cannot be changed here.</source>
        <translation>این پایگاه دانش فقط‌خواندنی باز شده است: اینجا نمی‌توان آن را تغییر داد.</translation>
    </message>
    <message>
        <source>Revert %1 to revision %2</source>
        <translation>بازگرداندن %1 به ویرایش %2</translation>
    </message>
    <message>
        <source>Revert %1 to before revision %2</source>
        <translation>بازگرداندن %1 به پیش از ویرایش %2</translation>
    </message>
    <message>
        <source>Cannot undo “%1”: %2</source>
        <translation>نمی‌توان «%1» را واگرد کرد: %2</translation>
    </message>
    <message>
        <source>Cannot redo “%1”: %2</source>
        <translation>نمی‌توان «%1» را ازنو انجام داد: %2</translation>
    </message>
</context>
<context>
    <name>tkb::EntityCard</name>
    <message>
        <source>Open a person, organization, place or event to see what it is linked to.</source>
        <translation>یک شخص، سازمان، مکان یا رویداد را باز کنید تا پیوندهایش را ببینید.</translation>
    </message>
    <message>
        <source>“%1” is not in this knowledge base.</source>
        <translation>«%1» در این پایگاه دانش نیست.</translation>
    </message>
    <message>
        <source>Also written:</source>
        <translation>نگارش‌های دیگر:</translation>
    </message>
    <message>
        <source>Show in the graph</source>
        <translation>نمایش در گراف</translation>
    </message>
    <message>
        <source>Linked to</source>
        <translation>مرتبط با</translation>
    </message>
    <message>
        <source>Mentioned in</source>
        <translation>اشاره‌شده در</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>مقدمه</translation>
    </message>
</context>
<context>
    <name>tkb::EntityListModel</name>
    <message>
        <source>undated</source>
        <translation>بدون تاریخ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>نام‌های دیگر</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>خلاصه</translation>
    </message>
</context>
<context>
    <name>tkb::EntityPage</name>
    <message>
        <source>Entry: %1</source>
        <translation>مدخل: %1</translation>
    </message>
</context>
<context>
    <name>tkb::ExportComposer</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>برون‌بُرد لغو شد.</translation>
    </message>
    <message>
        <source>There is no entry “%1” in this knowledge base.</source>
        <translation>مدخل «%1» در این پایگاه دانش وجود ندارد.</translation>
    </message>
    <message>
        <source>This knowledge base holds no article.</source>
        <translation>این پایگاه دانش مقاله‌ای ندارد.</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>همه‌ی مدخل‌ها</translation>
    </message>
</context>
<context>
    <name>tkb::ExportDialog</name>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <source>The whole article</source>
        <translation>کل مقاله</translation>
    </message>
    <message>
        <source>The whole article “%1”</source>
        <translation>کل مقاله‌ی «%1»</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>مقدمه</translation>
    </message>
    <message>
        <source>Article section “%1”</source>
        <translation>بخش «%1» از مقاله</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>گاه‌شمار</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>همه‌ی مدخل‌ها</translation>
    </message>
    <message>
        <source>Search results for “%1”</source>
        <translation>نتایج جست‌وجو برای «%1»</translation>
    </message>
    <message>
        <source>This tab: %1</source>
        <translation>این زبانه: %1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>چاپ</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>برون‌بُرد به PDF</translation>
    </message>
    <message>
        <source>Choose what to print. Paper and margins can still be changed in the print dialog.</source>
        <translation>آنچه را می‌خواهید چاپ کنید انتخاب کنید. کاغذ و حاشیه‌ها را هنوز می‌توان در پنجره‌ی چاپ تغییر داد.</translation>
    </message>
    <message>
        <source>Choose what to export. The PDF has a title, the export date and source, page numbers, and links between the names it contains.</source>
        <translation>آنچه را می‌خواهید برون‌بُرد کنید انتخاب کنید. PDF عنوان، تاریخ برون‌بُرد و منبع، شماره‌ی صفحه‌ها و پیوند میان نام‌های درون خود را دارد.</translation>
    </message>
    <message>
        <source>&amp;Section:</source>
        <translation>&amp;بخش:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;کاغذ:</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>&amp;جهت:</translation>
    </message>
    <message>
        <source>&amp;Margins:</source>
        <translation>&amp;حاشیه‌ها:</translation>
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
        <translation>عمودی</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>افقی</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> میلی‌متر</translation>
    </message>
    <message>
        <source>Include the cited sentences as numbered &amp;endnotes</source>
        <translation>جمله‌های نقل‌شده به‌صورت &amp;پی‌نوشت‌های شماره‌دار آورده شوند</translation>
    </message>
    <message>
        <source>Include a summary of each &amp;named entry, linked from the text</source>
        <translation>خلاصه‌ای از هر مدخلِ &amp;نام‌برده‌شده، با پیوند از متن، آورده شود</translation>
    </message>
    <message>
        <source>&amp;Right-to-left layout</source>
        <translation>چینش &amp;راست‌به‌چپ</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;چاپ…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;برون‌بُرد…</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>مقاله</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>سندهای PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Exporting “%1”…</source>
        <translation>در حال برون‌بُرد «%1»…</translation>
    </message>
    <message>
        <source>Saved %1 (%2).</source>
        <translation>ذخیره شد: %1 (%2).</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>یک صفحه</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 صفحه</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;باز کردن</translation>
    </message>
    <message>
        <source>Printing “%1”…</source>
        <translation>در حال چاپ «%1»…</translation>
    </message>
</context>
<context>
    <name>tkb::GraphPage</name>
    <message>
        <source>Graph: %1</source>
        <translation>گراف: %1</translation>
    </message>
    <message>
        <source>No relations are recorded for %1.</source>
        <translation>هیچ رابطه‌ای برای %1 ثبت نشده است.</translation>
    </message>
    <message>
        <source>Relations of %1</source>
        <translation>روابطِ %1</translation>
    </message>
    <message numerus="yes">
        <source>%n related entries. Arrow keys move between them, Enter opens one, the menu key offers more.</source>
        <translation>
            <numerusform>%n مدخل مرتبط. کلیدهای جهت‌نما میان آن‌ها جابه‌جا می‌شوند، Enter یکی را باز می‌کند و کلید منو گزینه‌های بیشتری دارد.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;باز کردن</translation>
    </message>
    <message>
        <source>Open in New &amp;Tab</source>
        <translation>باز کردن در &amp;زبانه‌ی جدید</translation>
    </message>
    <message>
        <source>Show &amp;Graph of %1</source>
        <translation>نمایش &amp;گراف %1</translation>
    </message>
    <message numerus="yes">
        <source>%n related entries, grouped by relation. Arrow keys move between the groups and entries, Enter shows a group&apos;s entries or opens an entry.</source>
        <translation>
            <numerusform>%n مدخل مرتبط، گروه‌بندی‌شده بر پایهٔ نوع رابطه. کلیدهای جهت میان گروه‌ها و مدخل‌ها جابه‌جا می‌شوند، Enter مدخل‌های یک گروه را نشان می‌دهد یا مدخلی را باز می‌کند.</numerusform>
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
            <numerusform>%n مدخل: %1. Enter یا کلیک آن‌ها را نشان می‌دهد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show %n more</source>
        <translation>
            <numerusform>نمایش %n مورد دیگر</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tkb::ImportRun</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>خواندن %1 ممکن نشد: %2</translation>
    </message>
</context>
<context>
    <name>tkb::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;زبان</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>پیش‌فرض سیستم</translation>
    </message>
</context>
<context>
    <name>tkb::ListPage</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n مدخل</numerusform>
        </translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>موردی پیدا نشد</translation>
    </message>
    <message numerus="yes">
        <source>%n matches</source>
        <translation>
            <numerusform>%n مورد</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by name or other spelling…</source>
        <translation>پالایش بر اساس نام یا املای دیگر…</translation>
    </message>
    <message>
        <source>Filter %1</source>
        <translation>پالایش %1</translation>
    </message>
    <message>
        <source>Number of entries</source>
        <translation>تعداد مدخل‌ها</translation>
    </message>
</context>
<context>
    <name>tkb::MainWindow</name>
    <message>
        <source>About Talysh KB</source>
        <translation>درباره‌ی پایگاه دانش تالش</translation>
    </message>
    <message>
        <source>Talysh KB</source>
        <translation>پایگاه دانش تالش</translation>
    </message>
    <message>
        <source>Open pages</source>
        <translation>صفحه‌های باز</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Talysh KB %1&lt;/h3&gt;&lt;p&gt;A knowledge base of the Talysh National Movement: its people, organizations, places, events and goals, every fact cited from its source.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;پایگاه دانش تالش %1&lt;/h3&gt;&lt;p&gt;پایگاه دانشی درباره‌ی جنبش ملی تالش: افراد، سازمان‌ها، مکان‌ها، رویدادها و اهداف آن، و هر واقعیت با ارجاع به منبعش.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open knowledge base</source>
        <translation>پایگاه دانش باز</translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation>(فقط‌خواندنی)</translation>
    </message>
    <message>
        <source>Zoom: %1%</source>
        <translation>بزرگ‌نمایی: %1٪</translation>
    </message>
    <message>
        <source>Your Name</source>
        <translation>نام شما</translation>
    </message>
    <message>
        <source>Your changes are recorded in the knowledge base&apos;s history under this name:</source>
        <translation>تغییرات شما با این نام در تاریخچهٔ پایگاه دانش ثبت می‌شود:</translation>
    </message>
    <message>
        <source>Work in progress</source>
        <translation>کار در جریان است</translation>
    </message>
</context>
<context>
    <name>tkb::NamedAppendix</name>
    <message>
        <source>Named in this document</source>
        <translation>نام‌برده‌شده در این سند</translation>
    </message>
</context>
<context>
    <name>tkb::PageBuilder</name>
    <message>
        <source>Exported from %1 on %2</source>
        <translation>برون‌بُرد از %1 در %2</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>منبع: %1</translation>
    </message>
    <message>
        <source>References</source>
        <translation>ارجاع‌ها</translation>
    </message>
    <message>
        <source>%1, infobox</source>
        <translation>%1، جعبه‌ی اطلاعات</translation>
    </message>
    <message>
        <source>%1, introduction</source>
        <translation>%1، مقدمه</translation>
    </message>
    <message>
        <source>%1, section “%2”</source>
        <translation>%1، بخش «%2»</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>یافت نشد</translation>
    </message>
    <message>
        <source>The knowledge base has no entry “%1”.</source>
        <translation>پایگاه دانش مدخلی با شناسه‌ی «%1» ندارد.</translation>
    </message>
    <message>
        <source>%1 “%2” from the knowledge base “%3”</source>
        <translation>%1 «%2» از پایگاه دانش «%3»</translation>
    </message>
    <message>
        <source>Relations graph</source>
        <translation>گراف روابط</translation>
    </message>
    <message>
        <source>Source text</source>
        <translation>متن منبع</translation>
    </message>
    <message>
        <source>Also known as:</source>
        <translation>نام‌های دیگر:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>روابط</translation>
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
        <translation>مقدمه</translation>
    </message>
    <message>
        <source>Mentioned in</source>
        <translation>اشاره‌شده در</translation>
    </message>
    <message numerus="yes">
        <source>(%n times)</source>
        <translation>
            <numerusform>(%n بار)</numerusform>
        </translation>
    </message>
    <message>
        <source>The article “%1”</source>
        <translation>مقاله‌ی «%1»</translation>
    </message>
    <message>
        <source> (from %1)</source>
        <translation> (برگرفته از %1)</translation>
    </message>
    <message>
        <source>The article “%1” has no section “%2” (it has: %3).</source>
        <translation>مقاله‌ی «%1» بخشی با عنوان «%2» ندارد (بخش‌های موجود: %3).</translation>
    </message>
    <message>
        <source>Section “%1” of the article “%2”</source>
        <translation>بخش «%1» از مقاله‌ی «%2»</translation>
    </message>
    <message>
        <source>From the article “%1”</source>
        <translation>از مقاله‌ی «%1»</translation>
    </message>
    <message>
        <source>Timeline — %1</source>
        <translation>گاه‌شمار — %1</translation>
    </message>
    <message>
        <source>Timeline of the knowledge base “%1”</source>
        <translation>گاه‌شمار پایگاه دانش «%1»</translation>
    </message>
    <message>
        <source>timeline</source>
        <translation>گاه‌شمار</translation>
    </message>
    <message>
        <source>events</source>
        <translation>رویدادها</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>گاه‌شمار</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>یک رویداد</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 رویداد</translation>
    </message>
    <message>
        <source>This knowledge base has no events.</source>
        <translation>این پایگاه دانش هیچ رویدادی ندارد.</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>رویداد</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>بدون تاریخ</translation>
    </message>
    <message>
        <source>%1 in the knowledge base “%2”</source>
        <translation>%1 در پایگاه دانش «%2»</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>یک مدخل</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 مدخل</translation>
    </message>
    <message>
        <source>Nothing of this kind is in the knowledge base.</source>
        <translation>در پایگاه دانش مدخلی از این نوع نیست.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>نام‌های دیگر</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>خلاصه</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>جست‌وجو: %1</translation>
    </message>
    <message>
        <source>Search results for “%1” in the knowledge base “%2”</source>
        <translation>نتایج جست‌وجوی «%1» در پایگاه دانش «%2»</translation>
    </message>
    <message>
        <source>search</source>
        <translation>جست‌وجو</translation>
    </message>
    <message>
        <source>Search results for “%1”</source>
        <translation>نتایج جست‌وجو برای «%1»</translation>
    </message>
    <message>
        <source>1 result</source>
        <translation>یک نتیجه</translation>
    </message>
    <message>
        <source>%1 results</source>
        <translation>%1 نتیجه</translation>
    </message>
    <message>
        <source>No results.</source>
        <translation>نتیجه‌ای یافت نشد.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <source>Where it matches</source>
        <translation>محل تطابق</translation>
    </message>
    <message>
        <source>Did you mean: %1?</source>
        <translation>آیا منظورتان این بود: %1؟</translation>
    </message>
    <message>
        <source>Type what you are looking for into the search field.</source>
        <translation>آنچه را می‌جویید در کادر جست‌وجو بنویسید.</translation>
    </message>
    <message>
        <source>Try another spelling, fewer words, or “All kinds”.</source>
        <translation>املای دیگری، واژه‌های کمتر یا «همه‌ی انواع» را امتحان کنید.</translation>
    </message>
    <message>
        <source>Article section</source>
        <translation>بخش مقاله</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>نویسنده</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>ناشر</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>تاریخ انتشار</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>نشانی وب</translation>
    </message>
    <message>
        <source>File</source>
        <translation>پرونده</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
</context>
<context>
    <name>tkb::PageLabels</name>
    <message>
        <source>advocates</source>
        <translation>طرفدار</translation>
    </message>
    <message>
        <source>advocated by</source>
        <translation>طرفداران</translation>
    </message>
    <message>
        <source>based in</source>
        <translation>مستقر در</translation>
    </message>
    <message>
        <source>base of</source>
        <translation>محل استقرار</translation>
    </message>
    <message>
        <source>board member of</source>
        <translation>عضو هیئت‌مدیره</translation>
    </message>
    <message>
        <source>board member</source>
        <translation>اعضای هیئت‌مدیره</translation>
    </message>
    <message>
        <source>chairman of</source>
        <translation>ریاست</translation>
    </message>
    <message>
        <source>chairman</source>
        <translation>به ریاست</translation>
    </message>
    <message>
        <source>concerns</source>
        <translation>درباره</translation>
    </message>
    <message>
        <source>subject of</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <source>detained by</source>
        <translation>بازداشت‌شده توسط</translation>
    </message>
    <message>
        <source>detained</source>
        <translation>بازداشت‌شدگان</translation>
    </message>
    <message>
        <source>emigrated to</source>
        <translation>مهاجرت به</translation>
    </message>
    <message>
        <source>emigration destination of</source>
        <translation>مقصد مهاجرت</translation>
    </message>
    <message>
        <source>expelled from</source>
        <translation>اخراج از</translation>
    </message>
    <message>
        <source>expelled</source>
        <translation>اخراج‌شدگان</translation>
    </message>
    <message>
        <source>extradited to</source>
        <translation>استرداد به</translation>
    </message>
    <message>
        <source>extradition destination of</source>
        <translation>مقصد استرداد</translation>
    </message>
    <message>
        <source>founded</source>
        <translation>بنیان‌گذار</translation>
    </message>
    <message>
        <source>founded by</source>
        <translation>بنیان‌گذاران</translation>
    </message>
    <message>
        <source>founded in</source>
        <translation>محل تأسیس</translation>
    </message>
    <message>
        <source>place of founding of</source>
        <translation>تأسیس‌شده در اینجا</translation>
    </message>
    <message>
        <source>headquartered in</source>
        <translation>مقر در</translation>
    </message>
    <message>
        <source>headquarters of</source>
        <translation>مقر</translation>
    </message>
    <message>
        <source>heads</source>
        <translation>رهبر</translation>
    </message>
    <message>
        <source>headed by</source>
        <translation>به رهبری</translation>
    </message>
    <message>
        <source>joined</source>
        <translation>پیوستن به</translation>
    </message>
    <message>
        <source>joined by</source>
        <translation>پیوستگان</translation>
    </message>
    <message>
        <source>located in</source>
        <translation>واقع در</translation>
    </message>
    <message>
        <source>location of</source>
        <translation>محل</translation>
    </message>
    <message>
        <source>member of</source>
        <translation>عضو</translation>
    </message>
    <message>
        <source>member</source>
        <translation>اعضا</translation>
    </message>
    <message>
        <source>membership terminated in</source>
        <translation>پایان عضویت در</translation>
    </message>
    <message>
        <source>terminated the membership of</source>
        <translation>لغو عضویت</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>افتتاح</translation>
    </message>
    <message>
        <source>opened by</source>
        <translation>افتتاح‌شده توسط</translation>
    </message>
    <message>
        <source>organized</source>
        <translation>برگزارکننده</translation>
    </message>
    <message>
        <source>organized by</source>
        <translation>برگزارکنندگان</translation>
    </message>
    <message>
        <source>part of</source>
        <translation>بخشی از</translation>
    </message>
    <message>
        <source>has part</source>
        <translation>شامل</translation>
    </message>
    <message>
        <source>participated in</source>
        <translation>شرکت در</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>شرکت‌کنندگان</translation>
    </message>
    <message>
        <source>president of</source>
        <translation>رئیس</translation>
    </message>
    <message>
        <source>president</source>
        <translation>رئیس</translation>
    </message>
    <message>
        <source>re-admitted to</source>
        <translation>پذیرش دوباره در</translation>
    </message>
    <message>
        <source>re-admitted</source>
        <translation>دوباره‌پذیرفته‌شدگان</translation>
    </message>
    <message>
        <source>reported on</source>
        <translation>گزارش درباره</translation>
    </message>
    <message>
        <source>reported by</source>
        <translation>گزارش‌شده توسط</translation>
    </message>
    <message>
        <source>%1 (reverse)</source>
        <translation>%1 (معکوس)</translation>
    </message>
    <message>
        <source>Azerbaijani</source>
        <translation>آذربایجانی</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>روسی</translation>
    </message>
    <message>
        <source>English</source>
        <translation>انگلیسی</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>فارسی</translation>
    </message>
    <message>
        <source>Talysh</source>
        <translation>تالشی</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>هلندی</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>ترکی استانبولی</translation>
    </message>
    <message>
        <source>German</source>
        <translation>آلمانی</translation>
    </message>
    <message>
        <source>French</source>
        <translation>فرانسوی</translation>
    </message>
    <message>
        <source>Latin</source>
        <translation>خط لاتین</translation>
    </message>
    <message>
        <source>Cyrillic</source>
        <translation>خط سیریلیک</translation>
    </message>
    <message>
        <source>Arabic script</source>
        <translation>خط عربی</translation>
    </message>
    <message>
        <source>Armenian</source>
        <translation>خط ارمنی</translation>
    </message>
    <message>
        <source>Georgian</source>
        <translation>خط گرجی</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 تا %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>از %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>تا %1</translation>
    </message>
    <message>
        <source>began %1, ended %2</source>
        <comment>a period whose start or end is itself uncertain: after 2004, 1993 – 1995</comment>
        <translation>آغاز: %1، پایان: %2</translation>
    </message>
    <message>
        <source>began %1</source>
        <comment>a period&apos;s start that is itself uncertain: after 2004, 1993 – 1995</comment>
        <translation>آغاز: %1</translation>
    </message>
    <message>
        <source>ended %1</source>
        <comment>a period&apos;s end that is itself uncertain: before 2010</comment>
        <translation>پایان: %1</translation>
    </message>
    <message>
        <source>%1 (former)</source>
        <comment>a relation that held once and no longer does; the end is not known</comment>
        <translation>%1 (پیشین)</translation>
    </message>
</context>
<context>
    <name>tkb::PdfExporter</name>
    <message>
        <source>The page could not be drawn.</source>
        <translation>ترسیم صفحه ممکن نشد.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>برون‌بُرد لغو شد.</translation>
    </message>
    <message>
        <source>A new page could not be started.</source>
        <translation>شروع صفحه‌ی جدید ممکن نشد.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>صفحه‌ی %1 از %2</translation>
    </message>
    <message>
        <source>The document could not be finished.</source>
        <translation>تکمیل سند ممکن نشد.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>نوشتن «%1» ممکن نشد: %2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>این یک پوشه است</translation>
    </message>
    <message>
        <source>The PDF could not be produced.</source>
        <translation>ساختن PDF ممکن نشد.</translation>
    </message>
</context>
<context>
    <name>tkb::SearchBar</name>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1 (%2)، %3</translation>
    </message>
    <message>
        <source>Search people, places, events…</source>
        <translation>جست‌وجوی اشخاص، مکان‌ها، رویدادها…</translation>
    </message>
    <message>
        <source>Search the knowledge base</source>
        <translation>جست‌وجو در پایگاه دانش</translation>
    </message>
    <message>
        <source>Type a name in any spelling or script; Enter shows all results.</source>
        <translation>نامی را با هر املا یا خطی بنویسید؛ Enter همه‌ی نتایج را نشان می‌دهد.</translation>
    </message>
    <message>
        <source>Search the knowledge base (Ctrl+K)</source>
        <translation>جست‌وجو در پایگاه دانش (Ctrl+K)</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>پیشنهادها</translation>
    </message>
    <message>
        <source>filter</source>
        <translation>فیلتر</translation>
    </message>
    <message>
        <source>%1, filter</source>
        <translation>%1، فیلتر</translation>
    </message>
</context>
<context>
    <name>tkb::SearchResultsPage</name>
    <message>
        <source>Search: %1</source>
        <translation>جست‌وجو: %1</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>همه‌ی انواع</translation>
    </message>
    <message>
        <source>No results for “%1”</source>
        <translation>نتیجه‌ای برای «%1» یافت نشد</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) for “%1”</source>
        <translation>
            <numerusform>%n نتیجه برای «%1»</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;نوع:</translation>
    </message>
    <message>
        <source>Filter results by kind</source>
        <translation>پالایش نتایج بر اساس نوع</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>نتایج جست‌وجو</translation>
    </message>
</context>
<context>
    <name>tkb::SidebarDock</name>
    <message>
        <source>Linked entities</source>
        <translation>مدخل‌های مرتبط</translation>
    </message>
    <message>
        <source>&amp;Linked Entities</source>
        <translation>&amp;مدخل‌های مرتبط</translation>
    </message>
    <message>
        <source>Show or hide the linked entities sidebar</source>
        <translation>نمایش یا پنهان کردن نوار کناری مدخل‌های مرتبط</translation>
    </message>
</context>
<context>
    <name>tkb::SourcePage</name>
    <message>
        <source>Source: %1</source>
        <translation>منبع: %1</translation>
    </message>
    <message>
        <source>This knowledge base holds no article.</source>
        <translation>این پایگاه دانش مقاله‌ای ندارد.</translation>
    </message>
    <message>
        <source>This entry has no text of its own.</source>
        <translation>این مدخل متن مستقلی ندارد.</translation>
    </message>
</context>
<context>
    <name>tkb::TabBar</name>
    <message>
        <source>Close Tab</source>
        <translation>بستن زبانه</translation>
    </message>
</context>
<context>
    <name>tkb::TabManager</name>
    <message>
        <source>There is nothing to show at %1.</source>
        <translation>در %1 چیزی برای نمایش نیست.</translation>
    </message>
    <message>
        <source>Opened %1 in your web browser.</source>
        <translation>%1 در مرورگر وب شما باز شد.</translation>
    </message>
    <message>
        <source>Refused to open “%1”: only kb: pages and web (http, https) links are followed.</source>
        <translation>«%1» باز نشد: فقط صفحه‌های kb: و پیوندهای وب (http، https) دنبال می‌شوند.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;بارگذاری دوباره</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;تکثیر</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;بستن</translation>
    </message>
    <message>
        <source>Close &amp;Others</source>
        <translation>بستن &amp;بقیه</translation>
    </message>
</context>
<context>
    <name>tkb::TimelinePage</name>
    <message>
        <source>Timeline</source>
        <translation>گاه‌شمار</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>بدون تاریخ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>رویداد</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>خلاصه</translation>
    </message>
    <message>
        <source>Events in chronological order</source>
        <translation>رویدادها به ترتیب زمانی</translation>
    </message>
    <message>
        <source>Timeline of events</source>
        <translation>گاه‌شمار رویدادها</translation>
    </message>
    <message numerus="yes">
        <source>%n more events in view: zoom in to list them.</source>
        <translation>
            <numerusform>%n رویداد دیگر در دید است: برای دیدنشان در فهرست، بزرگ‌نمایی کنید.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left and right arrows move between events, Enter opens one, Ctrl+wheel zooms. Where events are too many to tell apart they are grouped with their number: the arrows move between the groups, Enter zooms in.</source>
        <translation>کلیدهای جهت چپ و راست میان رویدادها جابه‌جا می‌شوند، Enter یکی را باز می‌کند، Ctrl+چرخ بزرگ‌نمایی می‌کند. جایی که رویدادها بیش از آن‌اند که از هم تشخیص داده شوند، با شمارشان گروه‌بندی می‌شوند: کلیدهای جهت میان گروه‌ها جابه‌جا می‌شوند، Enter بزرگ‌نمایی می‌کند.</translation>
    </message>
</context>
<context>
    <name>tkb::TimelinePainter</name>
    <message>
        <source>%1 to %2</source>
        <comment>the first and last day of a cluster of events</comment>
        <translation>%1 تا %2</translation>
    </message>
    <message numerus="yes">
        <source>%n events, %1. Click to zoom in.</source>
        <translation>
            <numerusform>%n رویداد، %1. برای بزرگ‌نمایی کلیک کنید.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1k</source>
        <comment>thousands of events in a cluster of the timeline</comment>
        <translation>%1 هزار</translation>
    </message>
</context>
<context>
    <name>tkb::TimelineView</name>
    <message>
        <source>No dated events.</source>
        <translation>رویداد تاریخ‌داری وجود ندارد.</translation>
    </message>
</context>
<context>
    <name>tkb::UndoHistoryDock</name>
    <message>
        <source>Undo History</source>
        <translation>تاریخچهٔ واگرد</translation>
    </message>
    <message>
        <source>&lt;no edits yet&gt;</source>
        <translation>&lt;هنوز ویرایشی نیست&gt;</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>تاریخچهٔ واگرد</translation>
    </message>
    <message>
        <source>Choose an edit to undo or redo every step up to it</source>
        <translation>ویرایشی را برگزینید تا همهٔ گام‌ها تا آن واگرد یا ازنو انجام شود</translation>
    </message>
</context>
<context>
    <name>tkb::WindowActions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;پرونده</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;نما</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;برو</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;راهنما</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>ناوبری</translation>
    </message>
    <message>
        <source>&amp;Open Knowledge Base…</source>
        <translation>&amp;باز کردن پایگاه دانش…</translation>
    </message>
    <message>
        <source>Open another knowledge base file</source>
        <translation>باز کردن پرونده‌ی پایگاه دانش دیگری</translation>
    </message>
    <message>
        <source>&amp;Import Article…</source>
        <translation>&amp;درون‌بُرد مقاله…</translation>
    </message>
    <message>
        <source>Import an article (.txt) or a knowledge pack (.json)</source>
        <translation>درون‌بُرد یک مقاله (.txt) یا بسته‌ی دانش (.json)</translation>
    </message>
    <message>
        <source>&amp;Export to PDF…</source>
        <translation>&amp;برون‌بُرد به PDF…</translation>
    </message>
    <message>
        <source>Save the current page or another section as a PDF file</source>
        <translation>ذخیره‌ی صفحه‌ی کنونی یا بخشی دیگر به‌صورت پرونده‌ی PDF</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;چاپ…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;پیش‌نمایش چاپ…</translation>
    </message>
    <message>
        <source>New &amp;Tab</source>
        <translation>&amp;زبانه‌ی جدید</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>&amp;بستن زبانه</translation>
    </message>
    <message>
        <source>&amp;Reopen Closed Tab</source>
        <translation>&amp;بازگشایی زبانه‌ی بسته‌شده</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Next Tab</source>
        <translation>زبانه‌ی &amp;بعدی</translation>
    </message>
    <message>
        <source>&amp;Previous Tab</source>
        <translation>زبانه‌ی &amp;قبلی</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;عقب</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>عقب (Alt+چپ)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;جلو</translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation>جلو (Alt+راست)</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;خانه</translation>
    </message>
    <message>
        <source>Overview (Alt+Home)</source>
        <translation>نمای کلی (Alt+Home)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;بارگذاری دوباره</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;بزرگ‌نمایی</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;کوچک‌نمایی</translation>
    </message>
    <message>
        <source>&amp;Normal Size</source>
        <translation>اندازه‌ی &amp;عادی</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;جست‌وجو…</translation>
    </message>
    <message>
        <source>Next &amp;Pane</source>
        <translation>&amp;قاب بعدی</translation>
    </message>
    <message>
        <source>Previous P&amp;ane</source>
        <translation>ق&amp;اب قبلی</translation>
    </message>
    <message>
        <source>&amp;Graph</source>
        <translation>&amp;گراف</translation>
    </message>
    <message>
        <source>The graph around the current entity (Ctrl+G)</source>
        <translation>گراف پیرامون مدخل کنونی (Ctrl+G)</translation>
    </message>
    <message>
        <source>&amp;About Talysh KB</source>
        <translation>&amp;درباره‌ی پایگاه دانش تالش</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;نمای کلی</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;اشخاص</translation>
    </message>
    <message>
        <source>O&amp;rganizations</source>
        <translation>&amp;سازمان‌ها</translation>
    </message>
    <message>
        <source>P&amp;laces</source>
        <translation>&amp;مکان‌ها</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;رویدادها</translation>
    </message>
    <message>
        <source>G&amp;oals</source>
        <translation>ا&amp;هداف</translation>
    </message>
    <message>
        <source>&amp;Topics</source>
        <translation>مو&amp;ضوعات</translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation>من&amp;ابع</translation>
    </message>
    <message>
        <source>The article: lead, history, goals and problems</source>
        <translation>مقاله: مقدمه، تاریخچه، اهداف و مشکلات</translation>
    </message>
    <message>
        <source>Everyone the article names</source>
        <translation>همه‌ی کسانی که مقاله از آن‌ها نام می‌برد</translation>
    </message>
    <message>
        <source>Organizations, parties and institutions</source>
        <translation>سازمان‌ها، احزاب و نهادها</translation>
    </message>
    <message>
        <source>Countries, regions and cities</source>
        <translation>کشورها، مناطق و شهرها</translation>
    </message>
    <message>
        <source>Events in time order</source>
        <translation>رویدادها به ترتیب زمان</translation>
    </message>
    <message>
        <source>What the movement seeks</source>
        <translation>آنچه جنبش در پی آن است</translation>
    </message>
    <message>
        <source>Languages, peoples and issues</source>
        <translation>زبان‌ها، مردمان و مسائل</translation>
    </message>
    <message>
        <source>The documents every fact is cited from</source>
        <translation>اسنادی که هر واقعیت از آن‌ها نقل شده است</translation>
    </message>
</context>
</TS>
