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
    <name>ServerAddress</name>
    <message>
        <source>this computer</source>
        <translation>این رایانه</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 روی %2</translation>
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
    <message>
        <source>Use these colours for this run (%1).</source>
        <translation>این رنگ‌ها را برای این اجرا به کار ببر (%1).</translation>
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
    <message>
        <source>The upgrade was cancelled; %1 was left as it was.</source>
        <translation>ارتقا لغو شد؛ %1 بدون تغییر ماند.</translation>
    </message>
    <message>
        <source>Upgrading %1 to this version&apos;s format. Its search index is rebuilt, which can take a few minutes for a large knowledge base.</source>
        <translation>%1 به قالب این نسخه ارتقا می‌یابد. نمایهٔ جست‌وجوی آن از نو ساخته می‌شود که برای یک پایگاه دانش بزرگ ممکن است چند دقیقه طول بکشد.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Upgrading the Knowledge Base</source>
        <translation>ارتقای پایگاه دانش</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>در حال اتصال به %1…</translation>
    </message>
    <message>
        <source>Your role on the server allows reading only, so this knowledge base was opened read-only.</source>
        <translation>نقش شما روی سرور فقط اجازهٔ خواندن می‌دهد، پس این پایگاه دانش فقط‌خواندنی باز شد.</translation>
    </message>
    <message>
        <source>%1 (server)</source>
        <translation>%1 (سرور)</translation>
    </message>
    <message>
        <source>Read-only: your role on the server allows reading only.</source>
        <translation>فقط‌خواندنی: نقش شما روی سرور فقط اجازهٔ خواندن می‌دهد.</translation>
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
    <name>tkb::CitationTable</name>
    <message>
        <source>Add &amp;citation</source>
        <translation>افزودن &amp;ارجاع</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>منبع</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>بخش</translation>
    </message>
    <message>
        <source>Passage (word for word)</source>
        <translation>بند (واژه به واژه)</translation>
    </message>
    <message>
        <source>Citations</source>
        <translation>ارجاع‌ها</translation>
    </message>
    <message>
        <source>Remove citation</source>
        <translation>حذف ارجاع</translation>
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
        <translation> (از %1)</translation>
    </message>
    <message>
        <source> (until %1)</source>
        <translation> (تا %1)</translation>
    </message>
    <message>
        <source>The entry itself: %1</source>
        <translation>خودِ مدخل: %1</translation>
    </message>
    <message>
        <source>Other name: %1</source>
        <translation>نام دیگر: %1</translation>
    </message>
    <message>
        <source>Other name: %1 (%2)</source>
        <translation>نام دیگر: %1 (%2)</translation>
    </message>
    <message>
        <source>Attribute: %1: %2</source>
        <translation>ویژگی: %1: %2</translation>
    </message>
    <message>
        <source>Relation: %1 → %2</source>
        <translation>رابطه: %1 ← %2</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>تاریخ: %1</translation>
    </message>
    <message>
        <source>“%1” already rests on this passage.</source>
        <translation>«%1» از پیش بر همین پاره‌متن استوار است.</translation>
    </message>
    <message>
        <source>The claim is no longer there: it was changed meanwhile.</source>
        <translation>این ادعا دیگر وجود ندارد: در این فاصله تغییر کرده است.</translation>
    </message>
</context>
<context>
    <name>tkb::ClaimDialog</name>
    <message>
        <source>New Spelling</source>
        <translation>نگارش تازه</translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation>نگارش</translation>
    </message>
    <message>
        <source>A language code (BCP 47): az, ru, en, fa, tly …</source>
        <translation>کد زبان (BCP 47): az، ru، en، fa، tly …</translation>
    </message>
    <message>
        <source>A script code (ISO 15924): Latn, Cyrl, Arab …</source>
        <translation>کد خط (ISO 15924): Latn، Cyrl، Arab …</translation>
    </message>
    <message>
        <source>S&amp;pelling:</source>
        <translation>&amp;نگارش:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;زبان:</translation>
    </message>
    <message>
        <source>Sc&amp;ript:</source>
        <translation>&amp;خط:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>خط</translation>
    </message>
    <message>
        <source>New Attribute</source>
        <translation>ویژگی تازه</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>ویژگی</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;کلید:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;مقدار:</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>کلید</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>مقدار</translation>
    </message>
    <message>
        <source>New Relation</source>
        <translation>رابطهٔ تازه</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>رابطه</translation>
    </message>
    <message>
        <source>e.g. member-of, heads, founded, located-in</source>
        <translation>مثلاً member-of، heads، founded، located-in</translation>
    </message>
    <message>
        <source>&amp;Predicate:</source>
        <translation>&amp;گزاره:</translation>
    </message>
    <message>
        <source>&amp;Other entity:</source>
        <translation>موجودیت &amp;دیگر:</translation>
    </message>
    <message>
        <source>Predicate</source>
        <translation>گزاره</translation>
    </message>
    <message>
        <source>Other entity</source>
        <translation>موجودیت دیگر</translation>
    </message>
    <message>
        <source>New Date</source>
        <translation>تاریخ تازه</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;تاریخ:</translation>
    </message>
    <message>
        <source>Start of the period</source>
        <translation>آغاز دوره</translation>
    </message>
    <message>
        <source>End of the period</source>
        <translation>پایان دوره</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;از:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;تا:</translation>
    </message>
    <message>
        <source>How firmly it is said</source>
        <translation>چقدر قطعی گفته شده است</translation>
    </message>
    <message>
        <source>Citations</source>
        <translation>ارجاع‌ها</translation>
    </message>
    <message>
        <source>A spelling needs its text.</source>
        <translation>نگارش باید متن داشته باشد.</translation>
    </message>
    <message>
        <source>An attribute needs a key.</source>
        <translation>ویژگی باید کلید داشته باشد.</translation>
    </message>
    <message>
        <source>A relation needs a predicate and the other entity.</source>
        <translation>رابطه باید گزاره و موجودیت دیگر را داشته باشد.</translation>
    </message>
    <message>
        <source>Write the date, or cancel.</source>
        <translation>تاریخ را بنویسید یا انصراف دهید.</translation>
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
    <name>tkb::ClaimTable</name>
    <message>
        <source>&amp;Add…</source>
        <translation>اف&amp;زودن…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;تغییر…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation>نگارش</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>خط</translation>
    </message>
    <message>
        <source>Qualifiers and citations</source>
        <translation>قیدها و ارجاع‌ها</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>کلید</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>مقدار</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>دوره</translation>
    </message>
    <message>
        <source>Predicate</source>
        <translation>گزاره</translation>
    </message>
    <message>
        <source>Other entity</source>
        <translation>موجودیت دیگر</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Notation</source>
        <translation>نمادگذاری</translation>
    </message>
    <message>
        <source>according to %1</source>
        <translation>به گفتهٔ %1</translation>
    </message>
    <message>
        <source>former</source>
        <translation>پیشین</translation>
    </message>
    <message numerus="yes">
        <source>%n citation(s)</source>
        <translation>
            <numerusform>%n ارجاع</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>از %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>تا %1</translation>
    </message>
</context>
<context>
    <name>tkb::ConflictDialog</name>
    <message>
        <source>Changed by Someone Else</source>
        <translation>به دست کس دیگری تغییر کرده</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>%1 at %2: “%3”</source>
        <translation>%1، %2: «%3»</translation>
    </message>
    <message>
        <source>“%1” was changed since you began editing it, by %2. Nothing of yours has been saved yet. Compare the two versions and choose.</source>
        <translation>«%1» پس از آنکه ویرایشش را آغاز کردید تغییر کرده است، به دست %2. هنوز چیزی از شما ذخیره نشده است. دو نسخه را مقایسه کنید و برگزینید.</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>کس دیگری</translation>
    </message>
    <message>
        <source>In the knowledge base now</source>
        <translation>اکنون در پایگاه دانش</translation>
    </message>
    <message>
        <source>With your edit on top</source>
        <translation>با ویرایش شما روی آن</translation>
    </message>
    <message>
        <source>The two versions side by side</source>
        <translation>دو نسخه کنار هم</translation>
    </message>
    <message>
        <source>&amp;Save Mine on Top</source>
        <translation>&amp;ذخیرهٔ نسخهٔ من روی آن</translation>
    </message>
    <message>
        <source>Save your edit over the version now in the knowledge base; what they changed and you did not stays, and both remain in the history.</source>
        <translation>ویرایش خود را روی نسخه‌ای که اکنون در پایگاه دانش است ذخیره کنید؛ آنچه آنها تغییر داده‌اند و شما نه، می‌ماند و هر دو در تاریخچه می‌مانند.</translation>
    </message>
    <message>
        <source>&amp;Discard Mine</source>
        <translation>&amp;دور انداختن نسخهٔ من</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>&amp;ادامهٔ ویرایش</translation>
    </message>
</context>
<context>
    <name>tkb::ConnectDialog</name>
    <message>
        <source>Connect to Server</source>
        <translation>اتصال به سرور</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;میزبان:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;درگاه:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;پایگاه داده:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;کاربر:</translation>
    </message>
    <message>
        <source>&amp;Service (optional):</source>
        <translation>&amp;سرویس (اختیاری):</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;رمزگذاری:</translation>
    </message>
    <message>
        <source>a server name, an address, or a socket folder</source>
        <translation>نام سرور، نشانی یا پوشهٔ سوکت</translation>
    </message>
    <message>
        <source>your login name when empty</source>
        <translation>اگر خالی باشد، نام ورود شما</translation>
    </message>
    <message>
        <source>a service in pg_service.conf</source>
        <translation>یک سرویس در pg_service.conf</translation>
    </message>
    <message>
        <source>Encrypted when the server offers it</source>
        <translation>رمزگذاری‌شده وقتی سرور پیشنهاد کند</translation>
    </message>
    <message>
        <source>Always encrypted</source>
        <translation>همیشه رمزگذاری‌شده</translation>
    </message>
    <message>
        <source>Encrypted, and check the server&apos;s certificate</source>
        <translation>رمزگذاری‌شده، همراه با بررسی گواهی سرور</translation>
    </message>
    <message>
        <source>Never encrypted</source>
        <translation>هرگز رمزگذاری‌نشده</translation>
    </message>
    <message>
        <source>The password is never asked for or stored here: it is read from your ~/.pgpass file or from a service in pg_service.conf, as for every PostgreSQL program.</source>
        <translation>گذرواژه اینجا پرسیده یا نگه‌داری نمی‌شود: مانند هر برنامهٔ PostgreSQL از پروندهٔ ~/.pgpass شما یا از یک سرویس در pg_service.conf خوانده می‌شود.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;اتصال</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Give the name of the database, or a service.</source>
        <translation>نام پایگاه داده یا یک سرویس را بدهید.</translation>
    </message>
    <message>
        <source>A database name has no slash.</source>
        <translation>نام پایگاه داده خط مورب ندارد.</translation>
    </message>
    <message>
        <source>This address cannot be used: %1</source>
        <translation>این نشانی را نمی‌توان به کار برد: %1</translation>
    </message>
</context>
<context>
    <name>tkb::DateEdit</name>
    <message>
        <source>circa</source>
        <translation>حدوداً</translation>
    </message>
    <message>
        <source>uncertain</source>
        <translation>نامطمئن</translation>
    </message>
    <message>
        <source>e.g. 1993, 1993-08-26, 2019-early, 2014-06-29/.., [..2004]</source>
        <translation>1993, 1993-08-26, 2019-early, 2014-06-29/.., [..2004]</translation>
    </message>
    <message>
        <source>Form…</source>
        <translation>شکل…</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>روز</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>ماه</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>سال</translation>
    </message>
    <message>
        <source>Beginning of the year</source>
        <translation>آغاز سال</translation>
    </message>
    <message>
        <source>Middle of the year</source>
        <translation>میانهٔ سال</translation>
    </message>
    <message>
        <source>End of the year</source>
        <translation>پایان سال</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>بازه</translation>
    </message>
    <message>
        <source>From (open end)</source>
        <translation>از (پایان باز)</translation>
    </message>
    <message>
        <source>Until (open start)</source>
        <translation>تا (آغاز باز)</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>پیش از</translation>
    </message>
    <message>
        <source>After</source>
        <translation>پس از</translation>
    </message>
    <message>
        <source>Rewrites the date in another form: the day, month or year it gives stays</source>
        <translation>تاریخ را به شکل دیگری می‌نویسد: روز، ماه یا سالی که می‌دهد می‌ماند</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>%1: form</source>
        <translation>%1: شکل</translation>
    </message>
    <message>
        <source>%1: circa</source>
        <translation>%1: حدوداً</translation>
    </message>
    <message>
        <source>%1: uncertain</source>
        <translation>%1: نامطمئن</translation>
    </message>
    <message>
        <source>%1: “%2” is not a date this program reads (%3)</source>
        <translation>%1: «%2» تاریخی نیست که این برنامه بخواند (%3)</translation>
    </message>
    <message>
        <source>Not a date: use a form such as 1993, 1993-08, 1993-08-26, 1993/2008, 1993~ (circa), 1993? (uncertain), [..2004] (before), 2019-early (beginning of 2019)</source>
        <translation>تاریخ نیست: شکلی مانند 1993، 1993-08، 1993-08-26، 1993/2008، 1993~ (حدوداً)، 1993? (نامطمئن)، [..2004] (پیش از)، 2019-early (آغاز 2019) به کار ببرید</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>بدون تاریخ</translation>
    </message>
</context>
<context>
    <name>tkb::DiffModel</name>
    <message>
        <source>Removed</source>
        <translation>حذف شده</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>افزوده شده</translation>
    </message>
    <message>
        <source>Changed from</source>
        <translation>تغییر یافته، پیش‌تر</translation>
    </message>
    <message>
        <source>Changed to</source>
        <translation>تغییر یافته، اکنون</translation>
    </message>
</context>
<context>
    <name>tkb::DocumentLines</name>
    <message>
        <source>lead</source>
        <translation>مقدمه</translation>
    </message>
    <message>
        <source>cites %1, %2: “%3”</source>
        <translation>استناد به %1، %2: «%3»</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>نوع: %1</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>نام: %1</translation>
    </message>
    <message>
        <source>Alias: %1</source>
        <translation>نگارش دیگر: %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>خلاصه</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>متن</translation>
    </message>
    <message>
        <source>Attribute “%1”: %2</source>
        <translation>ویژگی «%1»: %2</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>تاریخ: %1</translation>
    </message>
    <message>
        <source>in the source’s words: “%1”</source>
        <translation>به بیان منبع: «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Sources: %n</source>
        <translation>
            <numerusform>منابع: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Relation: %1 → %2</source>
        <translation>رابطه: %1 ← %2</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
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
    <message>
        <source>Infobox “%1”: %2</source>
        <translation>جعبه اطلاعات «%1»: %2</translation>
    </message>
    <message>
        <source>Section “%1”</source>
        <translation>بخش «%1»</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(حذف شده)</translation>
    </message>
    <message>
        <source>(did not exist)</source>
        <translation>(وجود نداشت)</translation>
    </message>
    <message>
        <source>(this revision cannot be read: %1)</source>
        <translation>(این ویرایش خوانده نمی‌شود: %1)</translation>
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
        <translation>افزودن سند منبع: متن چسبانده‌شده یا پروندهٔ txt یا md</translation>
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
    <name>tkb::EntityDeleter</name>
    <message>
        <source>%1 links to it as “%2”</source>
        <translation>%1 با عنوان «%2» به آن پیوند می‌دهد</translation>
    </message>
    <message>
        <source>%1, section “%2”, links to it as “%3”</source>
        <translation>%1، بخش «%2»، با عنوان «%3» به آن پیوند می‌دهد</translation>
    </message>
    <message>
        <source>%1 —%2→ it</source>
        <translation>%1 —%2← آن</translation>
    </message>
    <message>
        <source>Nothing links to it. It can be brought back with Undo.</source>
        <translation>هیچ چیز به آن پیوند نمی‌دهد. با «واگرد» می‌توان آن را بازگرداند.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… و %n مورد دیگر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>What refers to it (%n): their links to it become plain text and their relations to it are removed. Undo brings everything back.</source>
        <translation>
            <numerusform>آنچه به آن ارجاع می‌دهد (%n): پیوندهایشان به آن متن ساده می‌شود و روابطشان با آن حذف می‌شود. «واگرد» همه چیز را بازمی‌گرداند.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Entity</source>
        <translation>حذف موجودیت</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>«%1» حذف شود؟</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>حذف %1</translation>
    </message>
    <message>
        <source>“%1” was not deleted: %2</source>
        <translation>«%1» حذف نشد: %2</translation>
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
        <translation>موجودیت تازه</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>ویرایش %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;نام:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>نو&amp;ع:</translation>
    </message>
    <message>
        <source>Other spellings</source>
        <translation>نگارش‌های دیگر</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>ویژگی‌ها</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>روابط</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>تاریخ‌ها</translation>
    </message>
    <message>
        <source>Every other way the name is written, in any language and script: each is found by search and by typing.</source>
        <translation>هر شکل دیگری که نام نوشته می‌شود، به هر زبان و خطی: هر یک با جستجو و هنگام تایپ پیدا می‌شود.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>خلاصه</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>متن</translation>
    </message>
    <message>
        <source>Type [[ and a name in any spelling to link another entity.</source>
        <translation>برای پیوند به موجودیتی دیگر، [[ و نام را به هر نگارشی تایپ کنید.</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>&amp;خلاصه:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>م&amp;تن:</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>«%1» (%2)</translation>
    </message>
    <message>
        <source>The entity itself cites no passage.</source>
        <translation>خود موجودیت به هیچ بندی ارجاع نمی‌دهد.</translation>
    </message>
    <message>
        <source>The entity rests on: %1</source>
        <translation>موجودیت بر این‌ها تکیه دارد: %1</translation>
    </message>
    <message>
        <source>S&amp;pellings</source>
        <translation>ن&amp;گارش‌ها</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>&amp;متن</translation>
    </message>
    <message>
        <source>Attri&amp;butes</source>
        <translation>و&amp;یژگی‌ها</translation>
    </message>
    <message>
        <source>Re&amp;lations</source>
        <translation>&amp;روابط</translation>
    </message>
    <message>
        <source>Dat&amp;es</source>
        <translation>ت&amp;اریخ‌ها</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>ای&amp;جاد</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;ذخیره</translation>
    </message>
    <message>
        <source>Its id will be %1.</source>
        <translation>شناسهٔ آن %1 خواهد بود.</translation>
    </message>
    <message>
        <source>Id: %1</source>
        <translation>شناسه: %1</translation>
    </message>
    <message>
        <source>An id begins with the kind, so it cannot change: %1 will be made as %2, and %1 merged into it (links and relations to it follow).</source>
        <translation>شناسه با نوع آغاز می‌شود، پس نمی‌تواند تغییر کند: %2 ساخته می‌شود و %1 در آن ادغام می‌شود (پیوندها و روابط به آن منتقل می‌شوند).</translation>
    </message>
    <message>
        <source>That id is taken by “%1”: choose another name.</source>
        <translation>این شناسه را «%1» گرفته است: نام دیگری برگزینید.</translation>
    </message>
    <message>
        <source>A spelling</source>
        <translation>یک نگارش</translation>
    </message>
    <message>
        <source>An attribute</source>
        <translation>یک ویژگی</translation>
    </message>
    <message>
        <source>A relation</source>
        <translation>یک رابطه</translation>
    </message>
    <message>
        <source>A date</source>
        <translation>یک تاریخ</translation>
    </message>
    <message>
        <source>The entity needs a name.</source>
        <translation>موجودیت باید نام داشته باشد.</translation>
    </message>
    <message>
        <source>The id %1 is taken by “%2”. Choose another name, or merge the two.</source>
        <translation>شناسهٔ %1 را «%2» گرفته است. نام دیگری برگزینید یا آن دو را ادغام کنید.</translation>
    </message>
    <message>
        <source>Throw away what you changed in this form?</source>
        <translation>آنچه در این فرم تغییر داده‌اید دور ریخته شود؟</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>&amp;ادامهٔ ویرایش</translation>
    </message>
    <message>
        <source>Create %1</source>
        <translation>ایجاد %1</translation>
    </message>
    <message>
        <source>The knowledge base did not take the edit: %1</source>
        <translation>پایگاه دانش این ویرایش را نپذیرفت: %1</translation>
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
        <translation>نامی را به هر نگارشی تایپ کنید</translation>
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
    <message>
        <source>Edit</source>
        <translation>ویرایش</translation>
    </message>
    <message>
        <source>Change this entry: its names, text, claims and citations (F2)</source>
        <translation>تغییر این مدخل: نام‌ها، متن، ادعاها و ارجاع‌های آن (F2)</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>ویرایش %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>تاریخچه</translation>
    </message>
    <message>
        <source>Who changed this entry, when and why; compare and revert revisions (Ctrl+H)</source>
        <translation>چه کسی، کی و چرا این مدخل را تغییر داد؛ مقایسه و بازگرداندن ویرایش‌ها (Ctrl+H)</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>تاریخچهٔ %1</translation>
    </message>
</context>
<context>
    <name>tkb::ErrorLabel</name>
    <message>
        <source>Error</source>
        <translation>خطا</translation>
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
    <name>tkb::GraphAccessible</name>
    <message>
        <source>Shows the group&apos;s next entries.</source>
        <translation>مدخل‌های بعدی گروه را نشان می‌دهد.</translation>
    </message>
    <message>
        <source>%1, the centre of the graph</source>
        <comment>an entity kind</comment>
        <translation>%1، مرکز گراف</translation>
    </message>
    <message>
        <source>%1; %2 %3</source>
        <comment>kind; the centre&apos;s name, its relations to this entry</comment>
        <translation>%1؛ %2 %3</translation>
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
    <name>tkb::GraphTable</name>
    <message>
        <source>Relations of %1, as a table</source>
        <translation>روابط %1، به صورت جدول</translation>
    </message>
    <message>
        <source>One row per relation. Enter opens the related entry.</source>
        <translation>هر رابطه یک ردیف. Enter مدخل مرتبط را باز می‌کند.</translation>
    </message>
    <message>
        <source>from %1 to the entry</source>
        <translation>از %1 به این مدخل</translation>
    </message>
    <message>
        <source>from the entry to %1</source>
        <translation>از این مدخل به %1</translation>
    </message>
    <message>
        <source>Related entry</source>
        <translation>مدخل مرتبط</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>رابطه</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>جهت</translation>
    </message>
</context>
<context>
    <name>tkb::HistoryPage</name>
    <message>
        <source>History: %1</source>
        <translation>تاریخچه: %1</translation>
    </message>
    <message>
        <source>created</source>
        <translation>ایجاد شد</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>ویرایش شد</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>حذف شد</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>ادغام شد</translation>
    </message>
    <message>
        <source>reverted</source>
        <translation>بازگردانده شد</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>بازیابی شد</translation>
    </message>
    <message>
        <source>r%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>Revision %1, %2 by %3: %4 %5</source>
        <translation>ویرایش %1، %2، از %3: %4 %5</translation>
    </message>
    <message>
        <source>Did not apply: %1</source>
        <translation>اعمال نشد: %1</translation>
    </message>
    <message>
        <source>Change of %1 by %2 that did not apply: %3</source>
        <translation>تغییرِ %1 از %2 که اعمال نشد: %3</translation>
    </message>
    <message>
        <source>Current state</source>
        <translation>وضعیت کنونی</translation>
    </message>
    <message>
        <source>Before r%1 (as first imported)</source>
        <translation>پیش از ویرایش %1 (همان‌گونه که نخست درون‌بُرد شد)</translation>
    </message>
    <message>
        <source>After r%1 (%2, %3)</source>
        <translation>پس از ویرایش %1 (%2، %3)</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>تفاوتی نیست.</translation>
    </message>
    <message numerus="yes">
        <source>%n lines differ.</source>
        <translation>
            <numerusform>%n سطر تفاوت دارد.</numerusform>
        </translation>
    </message>
    <message>
        <source>This knowledge base is open read-only.</source>
        <translation>این پایگاه دانش فقط‌خواندنی باز است.</translation>
    </message>
    <message>
        <source>Make the entity as it was right after the chosen revision (Alt+R)</source>
        <translation>مدخل را به حالتِ درست پس از ویرایشِ برگزیده برگردان (Alt+R)</translation>
    </message>
    <message>
        <source>Make the entity as it was right before the chosen revision, which undoes it and what came after it (Alt+U)</source>
        <translation>مدخل را به حالتِ درست پیش از ویرایشِ برگزیده برگردان؛ این کار آن ویرایش و هرچه پس از آن آمد را برمی‌گرداند (Alt+U)</translation>
    </message>
    <message>
        <source>Cannot undo r%1: %2</source>
        <translation>ویرایش %1 برگردانده نمی‌شود: %2</translation>
    </message>
    <message>
        <source>Cannot revert to r%1: %2</source>
        <translation>بازگشت به ویرایش %1 ممکن نیست: %2</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1 (حذف شده)</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>تاریخچهٔ %1</translation>
    </message>
    <message>
        <source>Rev&amp;isions (newest first; select two to compare them):</source>
        <translation>&amp;ویرایش‌ها (نخست تازه‌ترین؛ برای سنجش دو تا را برگزینید):</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>ویرایش</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>نویسنده</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>کنش</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>توضیح</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>ویرایش‌ها</translation>
    </message>
    <message>
        <source>Changes that did not &amp;apply (kept, not dropped):</source>
        <translation>تغییراتی که &amp;اعمال نشدند (نگه داشته شده، دور ریخته نشده):</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>مشکل</translation>
    </message>
    <message>
        <source>Changes that did not apply</source>
        <translation>تغییراتی که اعمال نشدند</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;سنجش</translation>
    </message>
    <message>
        <source>&amp;with</source>
        <translation>&amp;با</translation>
    </message>
    <message>
        <source>Older state</source>
        <translation>وضعیت پیشین</translation>
    </message>
    <message>
        <source>Newer state</source>
        <translation>وضعیت پسین</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>تفاوت‌ها</translation>
    </message>
    <message>
        <source>Revert to this revision</source>
        <translation>بازگشت به این ویرایش</translation>
    </message>
    <message>
        <source>Undo this revision</source>
        <translation>واگردانی این ویرایش</translation>
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
    <message>
        <source>Names in the Language&apos;s &amp;Script</source>
        <translation>نام‌ها به &amp;خط زبان</translation>
    </message>
    <message>
        <source>Show a name in the script of the language where the knowledge base holds it (a Cyrillic spelling in Russian), with the source&apos;s spelling beside it</source>
        <translation>نام را، اگر پایگاه دانش آن را دارد، به خط زبان نشان بده (در روسی به سیریلیک)، با نگارش منبع در کنارش</translation>
    </message>
</context>
<context>
    <name>tkb::LinkBrowser</name>
    <message>
        <source>Link: %1</source>
        <translation>پیوند: %1</translation>
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
    <name>tkb::MergeDialog</name>
    <message>
        <source>Merge %1</source>
        <translation>ادغام %1</translation>
    </message>
    <message>
        <source>Keep “%1” and merge the other into it</source>
        <translation>«%1» بماند و دیگری در آن ادغام شود</translation>
    </message>
    <message>
        <source>The same entity under another entry</source>
        <translation>همان موجودیت زیر مدخلی دیگر</translation>
    </message>
    <message>
        <source>What moves</source>
        <translation>آنچه منتقل می‌شود</translation>
    </message>
    <message>
        <source>“%1” is the same as:</source>
        <translation>«%1» همان است که:</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;ادغام</translation>
    </message>
    <message>
        <source>Type a name of the other entry in any spelling and choose it.</source>
        <translation>نام مدخل دیگر را به هر نگارشی تایپ کنید و آن را برگزینید.</translation>
    </message>
    <message>
        <source>An entity cannot be merged with itself.</source>
        <translation>موجودیت را نمی‌توان با خودش ادغام کرد.</translation>
    </message>
    <message>
        <source>There is no entity %1.</source>
        <translation>موجودیت %1 وجود ندارد.</translation>
    </message>
    <message>
        <source>its name “%1” becomes a spelling of “%2”</source>
        <translation>نامش «%1» نگارشی از «%2» می‌شود</translation>
    </message>
    <message numerus="yes">
        <source>%n spelling(s)</source>
        <translation>
            <numerusform>%n نگارش</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attribute(s)</source>
        <translation>
            <numerusform>%n ویژگی</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n date(s)</source>
        <translation>
            <numerusform>%n تاریخ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relation(s)</source>
        <translation>
            <numerusform>%n رابطه</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n citation(s)</source>
        <translation>
            <numerusform>%n ارجاع</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” goes into “%2” (%3 → %4). What moves: %5.</source>
        <translation>«%1» در «%2» ادغام می‌شود (%3 → %4). آنچه منتقل می‌شود: %5.</translation>
    </message>
    <message numerus="yes">
        <source>Re-pointed to “%1” (%n):</source>
        <translation>
            <numerusform>به «%1» برگردانده می‌شود (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>The name, summary and text of “%1” stay; what both have is not doubled. Undo takes the merge back.</source>
        <translation>نام، خلاصه و متن «%1» می‌ماند؛ آنچه هر دو دارند دوبار نمی‌شود. «واگرد» ادغام را برمی‌گرداند.</translation>
    </message>
    <message>
        <source>Choose the other entity first.</source>
        <translation>نخست موجودیت دیگر را برگزینید.</translation>
    </message>
    <message>
        <source>Merge %1 into %2</source>
        <translation>ادغام %1 در %2</translation>
    </message>
    <message>
        <source>The knowledge base did not take the merge: %1</source>
        <translation>پایگاه دانش این ادغام را نپذیرفت: %1</translation>
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
    <message>
        <source>Abbreviation</source>
        <translation>اختصار</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>مساحت</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>نویسنده</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>تاریخ تولد</translation>
    </message>
    <message>
        <source>Capital</source>
        <translation>پایتخت</translation>
    </message>
    <message>
        <source>Chairman</source>
        <translation>رئیس</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>تابعیت</translation>
    </message>
    <message>
        <source>Colour code</source>
        <translation>کد رنگ</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <source>Died</source>
        <translation>تاریخ درگذشت</translation>
    </message>
    <message>
        <source>Dissolved</source>
        <translation>تاریخ انحلال</translation>
    </message>
    <message>
        <source>Formed</source>
        <translation>تاریخ تشکیل</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>تاریخ تأسیس</translation>
    </message>
    <message>
        <source>Founder</source>
        <translation>بنیان‌گذار</translation>
    </message>
    <message>
        <source>Governing body</source>
        <translation>نهاد رهبری</translation>
    </message>
    <message>
        <source>Headquarters</source>
        <translation>مقر</translation>
    </message>
    <message>
        <source>Ideology</source>
        <translation>ایدئولوژی</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>رهبر</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>مکان</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>نشان</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>اعضا</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>ملیت</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>پیشه</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>حزب</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>محل تولد</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>جمعیت</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>سمت</translation>
    </message>
    <message>
        <source>President</source>
        <translation>رئیس</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>هدف</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>منطقه</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>تعداد</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>وب‌سایت</translation>
    </message>
</context>
<context>
    <name>tkb::PassageLocator</name>
    <message>
        <source>Nothing is selected: select a passage of the text first.</source>
        <translation>چیزی انتخاب نشده است: نخست پاره‌ای از متن را انتخاب کنید.</translation>
    </message>
    <message>
        <source>The selection is not in the stored text (it takes in a heading, a table or a label of the page): select words of the text itself.</source>
        <translation>انتخاب در متنِ ذخیره‌شده نیست (سرعنوان، جدول یا برچسبی از صفحه را در بر می‌گیرد): واژه‌های خودِ متن را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>مقدمه</translation>
    </message>
    <message>
        <source>The selection runs from “%1” into “%2”: a passage must lie within one section.</source>
        <translation>انتخاب از «%1» تا «%2» ادامه دارد: پاره‌متن باید درون یک بخش باشد.</translation>
    </message>
    <message>
        <source>The selection is not word for word in “%1”.</source>
        <translation>انتخاب واژه به واژه در «%1» نیست.</translation>
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
    <name>tkb::QualifierEditor</name>
    <message>
        <source>Held once and no longer (former)</source>
        <translation>زمانی برقرار بود و دیگر نیست (پیشین)</translation>
    </message>
    <message>
        <source>Who reports it or holds the opinion: a name, or an entity</source>
        <translation>چه کسی آن را گزارش می‌کند یا این نظر را دارد: یک نام یا یک موجودیت</translation>
    </message>
    <message>
        <source>e.g. why the words can be read more than one way</source>
        <translation>مثلاً چرا واژه‌ها را می‌توان به بیش از یک گونه خواند</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;وضعیت:</translation>
    </message>
    <message>
        <source>&amp;According to:</source>
        <translation>&amp;به گفتهٔ:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;یادداشت:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>According to</source>
        <translation>به گفتهٔ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
</context>
<context>
    <name>tkb::RecentBases</name>
    <message>
        <source>%1 (server)</source>
        <translation>%1 (سرور)</translation>
    </message>
    <message>
        <source>No recent knowledge bases</source>
        <translation>پایگاه دانش اخیری نیست</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;پاک کردن فهرست</translation>
    </message>
</context>
<context>
    <name>tkb::RecentChangesPage</name>
    <message>
        <source>Recent Changes</source>
        <translation>تغییرات اخیر</translation>
    </message>
    <message>
        <source>Did not apply: %1</source>
        <translation>اعمال نشد: %1</translation>
    </message>
    <message>
        <source>%1 by %2: %3. Did not apply: %4</source>
        <translation>%1، از %2: %3. اعمال نشد: %4</translation>
    </message>
    <message numerus="yes">
        <source>%n entities</source>
        <translation>
            <numerusform>%n مدخل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 by %2: %3. %n entities changed</source>
        <translation>
            <numerusform>%1، از %2: %3. %n مدخل تغییر کرد</numerusform>
        </translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(حذف شده)</translation>
    </message>
    <message>
        <source>No changes yet: the knowledge base is as its pack made it.</source>
        <translation>هنوز تغییری نیست: پایگاه دانش همان است که بسته‌اش ساخت.</translation>
    </message>
    <message numerus="yes">
        <source>The newest changes, newest first. %n did not apply and are kept with their problem.</source>
        <translation>
            <numerusform>تازه‌ترین تغییرات، نخست تازه‌ترین. %n تغییر اعمال نشد و با مشکلش نگه داشته شده است.</numerusform>
        </translation>
    </message>
    <message>
        <source>The newest changes, newest first.</source>
        <translation>تازه‌ترین تغییرات، نخست تازه‌ترین.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>نویسنده</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>توضیح</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>تغییر یافته</translation>
    </message>
    <message>
        <source>Recent changes</source>
        <translation>تغییرات اخیر</translation>
    </message>
    <message>
        <source>About the list</source>
        <translation>دربارهٔ فهرست</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;باز کردن</translation>
    </message>
    <message>
        <source>Open the chosen entity (Enter)</source>
        <translation>مدخلِ برگزیده را باز کن (Enter)</translation>
    </message>
    <message>
        <source>Open Hi&amp;story</source>
        <translation>باز کردن &amp;تاریخچه</translation>
    </message>
    <message>
        <source>Open the chosen entity&apos;s history (Shift+Enter)</source>
        <translation>تاریخچهٔ مدخلِ برگزیده را باز کن (Shift+Enter)</translation>
    </message>
    <message>
        <source>Show &amp;More</source>
        <translation>نمایش &amp;بیشتر</translation>
    </message>
    <message numerus="yes">
        <source>Show %n older changes</source>
        <translation>
            <numerusform>نمایش %n تغییر قدیمی‌تر</numerusform>
        </translation>
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
    <name>tkb::SelectionActions</name>
    <message>
        <source>C&amp;ite for…</source>
        <translation>&amp;استناد برای…</translation>
    </message>
    <message>
        <source>Lin&amp;k to…</source>
        <translation>&amp;پیوند به…</translation>
    </message>
    <message>
        <source>&amp;New Entity from Selection…</source>
        <translation>مدخل &amp;تازه از انتخاب…</translation>
    </message>
    <message>
        <source>This knowledge base is open read-only: it cannot be changed here.</source>
        <translation>این پایگاه دانش فقط‌خواندنی باز شده است: اینجا نمی‌توان آن را تغییر داد.</translation>
    </message>
    <message>
        <source>Select words of the text first.</source>
        <translation>نخست واژه‌هایی از متن را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Only a source&apos;s text can be cited: open the source and select the passage there.</source>
        <translation>تنها از متن یک منبع می‌توان استناد کرد: منبع را باز کنید و پاره‌متن را همان‌جا انتخاب کنید.</translation>
    </message>
    <message>
        <source>Attach the selected passage as a citation to a claim of an entity</source>
        <translation>پاره‌متنِ انتخاب‌شده را به‌عنوان استناد به ادعایی از یک مدخل بیفزایید</translation>
    </message>
    <message>
        <source>Make the selected words a link to an entity</source>
        <translation>واژه‌های انتخاب‌شده را پیوندی به یک مدخل کنید</translation>
    </message>
    <message>
        <source>The entity form is not available in this window.</source>
        <translation>فرم مدخل در این پنجره در دسترس نیست.</translation>
    </message>
    <message>
        <source>Create an entity named by the selected words, resting on them</source>
        <translation>مدخلی به نام واژه‌های انتخاب‌شده بسازید که بر همان‌ها استوار باشد</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>چکیده</translation>
    </message>
    <message>
        <source>text</source>
        <translation>متن</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>انتخاب</translation>
    </message>
    <message>
        <source>%1 is no longer in the knowledge base.</source>
        <translation>%1 دیگر در پایگاه دانش نیست.</translation>
    </message>
    <message>
        <source>Cite “%1” for %2</source>
        <translation>استناد «%1» برای %2</translation>
    </message>
    <message>
        <source>The text of %1 is not in the knowledge base.</source>
        <translation>متن %1 در پایگاه دانش نیست.</translation>
    </message>
    <message>
        <source>The text was changed meanwhile: select the words again.</source>
        <translation>متن در این فاصله تغییر کرده است: واژه‌ها را دوباره انتخاب کنید.</translation>
    </message>
    <message>
        <source>Link “%1” to %2</source>
        <translation>پیوند «%1» به %2</translation>
    </message>
    <message>
        <source>Only plain words of one line can become a link: the selection takes in a link, emphasis or a line break.</source>
        <translation>تنها واژه‌های ساده‌ی یک سطر می‌توانند پیوند شوند: انتخاب، پیوند، تأکید یا شکست سطر را در بر می‌گیرد.</translation>
    </message>
    <message>
        <source>The knowledge base is still being checked; it can be changed once that is done.</source>
        <translation>پایگاه دانش هنوز در حال بررسی است؛ پس از پایان بررسی می‌توان آن را تغییر داد.</translation>
    </message>
</context>
<context>
    <name>tkb::SelectionTargetDialog</name>
    <message>
        <source>Cite for a Claim</source>
        <translation>استناد برای یک ادعا</translation>
    </message>
    <message>
        <source>Link to an Entity</source>
        <translation>پیوند به یک مدخل</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>Passage to cite</source>
        <translation>پاره‌متن برای استناد</translation>
    </message>
    <message>
        <source>Words to link</source>
        <translation>واژه‌های پیوند</translation>
    </message>
    <message>
        <source>Name in any spelling</source>
        <translation>نام با هر املایی</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>مدخل</translation>
    </message>
    <message>
        <source>&amp;Entity:</source>
        <translation>&amp;مدخل:</translation>
    </message>
    <message>
        <source>Claim the passage supports</source>
        <translation>ادعایی که پاره‌متن پشتیبان آن است</translation>
    </message>
    <message>
        <source>&amp;Claim:</source>
        <translation>ا&amp;دعا:</translation>
    </message>
    <message>
        <source>C&amp;ite</source>
        <translation>ا&amp;ستناد</translation>
    </message>
    <message>
        <source>Lin&amp;k</source>
        <translation>&amp;پیوند</translation>
    </message>
    <message numerus="yes">
        <source>%1  [%n citation(s)]</source>
        <translation>
            <numerusform>%1  [%n استناد]</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the entity first.</source>
        <translation>نخست نام مدخل را بنویسید.</translation>
    </message>
    <message>
        <source>No entity is called “%1”.</source>
        <translation>مدخلی به نام «%1» نیست.</translation>
    </message>
    <message>
        <source>Choose the claim the passage supports.</source>
        <translation>ادعایی را که پاره‌متن پشتیبان آن است برگزینید.</translation>
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
    <name>tkb::SourceDialog</name>
    <message>
        <source>&amp;Markdown: lines starting with # begin sections</source>
        <translation>&amp;مارک‌داون: سطرهایی که با # آغاز می‌شوند بخش تازه‌ای می‌گشایند</translation>
    </message>
    <message>
        <source>Add Source</source>
        <translation>افزودن منبع</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;عنوان:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>الزامی</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;نویسنده:</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>نویسنده</translation>
    </message>
    <message>
        <source>&amp;Publisher:</source>
        <translation>&amp;ناشر:</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>ناشر</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;تاریخ:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>&amp;Web address:</source>
        <translation>نشانی &amp;وب:</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>نشانی وب</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;زبان:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Code, e.g. en, ru, az</source>
        <translation>کد، مثلاً en، ru، az</translation>
    </message>
    <message>
        <source>Te&amp;xt (paste it, or read a .txt or .md file):</source>
        <translation>م&amp;تن (آن را بچسبانید یا از پرونده‌ی txt یا md بخوانید):</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>متن</translation>
    </message>
    <message>
        <source>&amp;Read File…</source>
        <translation>&amp;خواندن پرونده…</translation>
    </message>
    <message>
        <source>Add &amp;Source</source>
        <translation>افزودن &amp;منبع</translation>
    </message>
    <message>
        <source>Read a Source&apos;s Text</source>
        <translation>خواندن متن منبع</translation>
    </message>
    <message>
        <source>Text and Markdown (*.txt *.md *.markdown);;All files (*)</source>
        <translation>متن و مارک‌داون (*.txt *.md *.markdown);;همه‌ی پرونده‌ها (*)</translation>
    </message>
    <message>
        <source>A source needs a title.</source>
        <translation>منبع باید عنوان داشته باشد.</translation>
    </message>
    <message>
        <source>The web address must begin with http:// or https://.</source>
        <translation>نشانی وب باید با ‎http://‎ یا ‎https://‎ آغاز شود.</translation>
    </message>
    <message>
        <source>Add source %1</source>
        <translation>افزودن منبع %1</translation>
    </message>
    <message>
        <source>No knowledge base is open.</source>
        <translation>هیچ پایگاه دانشی باز نیست.</translation>
    </message>
    <message>
        <source>The date in EDTF: a day, a month or a year; %1 after it for circa, %2 for uncertain, %3 for a part of a year</source>
        <translation>تاریخ به قالب EDTF: یک روز، یک ماه یا یک سال؛ %1 پس از آن برای «حدوداً»، %2 برای «نامطمئن»، %3 برای بخشی از سال</translation>
    </message>
    <message>
        <source>Give the source&apos;s text (paste it, or read a .txt or .md file) or its web address.</source>
        <translation>متن منبع (آن را بچسبانید یا از پرونده‌ی txt یا md بخوانید) یا نشانی وب آن را بدهید.</translation>
    </message>
    <message>
        <source>The date “%1” is not one the base can read. EDTF dates look like these:</source>
        <translation>پایگاه نمی‌تواند تاریخ «%1» را بخواند. تاریخ‌های EDTF این‌گونه‌اند:</translation>
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
    <name>tkb::SourceText</name>
    <message>
        <source>“%1” is not a .txt or .md file.</source>
        <translation>«%1» پرونده‌ی txt یا md نیست.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>«%1» خوانده نمی‌شود: %2</translation>
    </message>
    <message>
        <source>“%1” is too large for a source (more than 32 MB).</source>
        <translation>«%1» برای یک منبع بیش از اندازه بزرگ است (بیش از ۳۲ مگابایت).</translation>
    </message>
    <message>
        <source>“%1” is not a text file: it holds binary data.</source>
        <translation>«%1» پرونده‌ی متنی نیست: داده‌ی دودویی دارد.</translation>
    </message>
    <message>
        <source>“%1” is not UTF-8 text.</source>
        <translation>«%1» متنِ UTF-8 نیست.</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>«%1» خالی است.</translation>
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
    <name>tkb::TableSwitch</name>
    <message>
        <source>Show as &amp;table</source>
        <translation>نمایش به صورت &amp;جدول</translation>
    </message>
    <message>
        <source>The same data as rows of a table, for reading with a screen reader or the keyboard</source>
        <translation>همان داده‌ها به صورت ردیف‌های جدول، برای خواندن با صفحه‌خوان یا صفحه‌کلید</translation>
    </message>
</context>
<context>
    <name>tkb::ThemeMenu</name>
    <message>
        <source>T&amp;heme</source>
        <translation>&amp;پوسته</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>مطابق &amp;سیستم</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;روشن</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;تیره</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>&amp;کنتراست بالا</translation>
    </message>
    <message>
        <source>White on black with yellow links, for low vision</source>
        <translation>متن سفید روی زمینهٔ سیاه با پیوندهای زرد، برای کم‌بینایان</translation>
    </message>
</context>
<context>
    <name>tkb::TimelineAccessible</name>
    <message>
        <source>Events too close to tell apart at this zoom. Enter zooms in.</source>
        <translation>رویدادها در این بزرگنمایی بیش از حد نزدیک‌اند تا از هم تشخیص داده شوند. Enter بزرگنمایی می‌کند.</translation>
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
    <message>
        <source>Events in chronological order, as a table</source>
        <translation>رویدادها به ترتیب زمانی، به صورت جدول</translation>
    </message>
    <message>
        <source>One row per event. Enter opens the event.</source>
        <translation>هر رویداد یک ردیف. Enter رویداد را باز می‌کند.</translation>
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
    <message>
        <source>Open &amp;Recent</source>
        <translation>باز کردن &amp;اخیر</translation>
    </message>
    <message>
        <source>Connect to &amp;Server…</source>
        <translation>اتصال به &amp;سرور…</translation>
    </message>
    <message>
        <source>Open a team&apos;s knowledge base on a PostgreSQL server</source>
        <translation>پایگاه دانش یک گروه را روی سرور PostgreSQL باز کنید</translation>
    </message>
</context>
</TS>
