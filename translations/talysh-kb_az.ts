<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="az" sourcelanguage="en">
<context>
    <name>ClaimStatus</name>
    <message>
        <source>stated</source>
        <translation>bildirilir</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>xəbər verilir</translation>
    </message>
    <message>
        <source>opinion</source>
        <translation>rəy</translation>
    </message>
    <message>
        <source>disputed</source>
        <translation>mübahisəlidir</translation>
    </message>
    <message>
        <source>ambiguous reading</source>
        <translation>qeyri-müəyyən oxunuş</translation>
    </message>
</context>
<context>
    <name>EntityKind</name>
    <message>
        <source>Person</source>
        <translation>Şəxs</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Təşkilat</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Yer</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Hadisə</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Məqsəd</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Mövzu</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Mənbə</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Şəxslər</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Təşkilatlar</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Yerlər</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Hadisələr</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Məqsədlər</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Mövzular</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Mənbələr</translation>
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
        <translation>təxminən %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <comment>a period open at its end</comment>
        <translation>%1 tarixindən etibarən</translation>
    </message>
    <message>
        <source>until %1</source>
        <comment>a period open at its start, up to and including</comment>
        <translation>%1 tarixinədək</translation>
    </message>
    <message>
        <source>before %1</source>
        <translation>%1 tarixindən əvvəl</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>%1 tarixindən sonra</translation>
    </message>
    <message>
        <source>beginning of %1</source>
        <comment>a year</comment>
        <translation>%1 ilinin əvvəli</translation>
    </message>
    <message>
        <source>mid-%1</source>
        <comment>a year</comment>
        <translation>%1 ilinin ortası</translation>
    </message>
    <message>
        <source>end of %1</source>
        <comment>a year</comment>
        <translation>%1 ilinin sonu</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>this computer</source>
        <translation>bu kompüter</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1, %2 üzərində</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A knowledge base of the Talysh National Movement.</source>
        <translation>Talış Milli Hərəkatı haqqında bilik bazası.</translation>
    </message>
    <message>
        <source>Use this language for this run (%1).</source>
        <translation>Bu işə salma üçün bu dildən istifadə et (%1).</translation>
    </message>
    <message>
        <source>A knowledge base file to open instead of the bundled one.</source>
        <translation>Daxili bilik bazası əvəzinə açılacaq bilik bazası faylı.</translation>
    </message>
    <message>
        <source>Open the knowledge base, save a picture of the window to this PNG file and quit.</source>
        <translation>Bilik bazasını aç, pəncərənin şəklini bu PNG faylına yaz və çıx.</translation>
    </message>
    <message>
        <source>Saved a picture of &quot;%1&quot; to %2.</source>
        <translation>«%1» pəncərəsinin şəkli %2 faylına yazıldı.</translation>
    </message>
    <message>
        <source>talysh-kb: cannot write the picture %1.</source>
        <translation>talysh-kb: %1 şəkli yazıla bilmir.</translation>
    </message>
    <message>
        <source>Use these colours for this run (%1).</source>
        <translation>Bu işə salınmada bu rəngləri işlət (%1).</translation>
    </message>
</context>
<context>
    <name>tkb::ArticlePage</name>
    <message>
        <source>Article</source>
        <translation>Məqalə</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Giriş</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Tapılmadı</translation>
    </message>
    <message>
        <source>This knowledge base holds no article.</source>
        <translation>Bu bilik bazasında məqalə yoxdur.</translation>
    </message>
</context>
<context>
    <name>tkb::BaseOpener</name>
    <message>
        <source>%1 is already open.</source>
        <translation>%1 artıq açıqdır.</translation>
    </message>
    <message>
        <source>Another Talysh KB window has this knowledge base open, so it was opened read-only.</source>
        <translation>Bu bilik bazası başqa Talış KB pəncərəsində açıqdır, ona görə yalnız oxumaq üçün açıldı.</translation>
    </message>
    <message>
        <source>This knowledge base file cannot be written, so it was opened read-only.</source>
        <translation>Bu bilik bazası faylına yazmaq mümkün deyil, ona görə yalnız oxumaq üçün açıldı.</translation>
    </message>
    <message>
        <source>No knowledge base open</source>
        <translation>Açıq bilik bazası yoxdur</translation>
    </message>
    <message>
        <source>bundled (Talysh National Movement)</source>
        <translation>daxili (Talış Milli Hərəkatı)</translation>
    </message>
    <message>
        <source>Knowledge base: %1</source>
        <translation>Bilik bazası: %1</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>yalnız oxumaq üçün</translation>
    </message>
    <message>
        <source>Read-only: another Talysh KB window has this file open.</source>
        <translation>Yalnız oxumaq üçün: bu fayl başqa Talış KB pəncərəsində açıqdır.</translation>
    </message>
    <message>
        <source>Read-only: the file or its folder cannot be written.</source>
        <translation>Yalnız oxumaq üçün: fayla və ya onun qovluğuna yazmaq mümkün deyil.</translation>
    </message>
    <message>
        <source>Cannot Open Knowledge Base</source>
        <translation>Bilik bazasını açmaq mümkün deyil</translation>
    </message>
    <message>
        <source>The knowledge base %1 could not be opened. It was not changed.</source>
        <translation>%1 bilik bazasını açmaq mümkün olmadı. O dəyişdirilmədi.</translation>
    </message>
    <message>
        <source>Open the bundled knowledge base instead</source>
        <translation>Əvəzinə daxili bilik bazasını aç</translation>
    </message>
    <message>
        <source>Keep the current one</source>
        <translation>Cari bazanı saxla</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Bağla</translation>
    </message>
    <message>
        <source>Open Knowledge Base</source>
        <translation>Bilik bazasını aç</translation>
    </message>
    <message>
        <source>Talysh KB knowledge bases (*.tkb);;All files (*)</source>
        <translation>Talış KB bilik bazaları (*.tkb);;Bütün fayllar (*)</translation>
    </message>
    <message>
        <source>Import Article or Knowledge Pack</source>
        <translation>Məqalə və ya bilik paketinin idxalı</translation>
    </message>
    <message>
        <source>Articles and knowledge packs (*.txt *.json);;Articles (*.txt);;Knowledge packs (*.json);;All files (*)</source>
        <translation>Məqalələr və bilik paketləri (*.txt *.json);;Məqalələr (*.txt);;Bilik paketləri (*.json);;Bütün fayllar (*)</translation>
    </message>
    <message>
        <source>Import Into a New Knowledge Base</source>
        <translation>Yeni bilik bazasına idxal</translation>
    </message>
    <message>
        <source>The bundled knowledge base is rebuilt when the program is updated, so it cannot keep imports. Choose where to create a new knowledge base file for this import.</source>
        <translation>Daxili bilik bazası proqram yenilənəndə yenidən qurulur, ona görə idxal olunanları saxlaya bilməz. Bu idxal üçün yeni bilik bazası faylının harada yaradılacağını seçin.</translation>
    </message>
    <message>
        <source>Create Knowledge Base</source>
        <translation>Bilik bazası yarat</translation>
    </message>
    <message>
        <source>Talysh KB knowledge bases (*.tkb)</source>
        <translation>Talış KB bilik bazaları (*.tkb)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>İdxal</translation>
    </message>
    <message>
        <source>Choose a file other than the bundled knowledge base.</source>
        <translation>Daxili bilik bazasından fərqli bir fayl seçin.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 idxal edilir…</translation>
    </message>
    <message>
        <source>Nothing was imported from %1.</source>
        <translation>%1 faylından heç nə idxal edilmədi.</translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation>İdxal alınmadı</translation>
    </message>
    <message numerus="yes">
        <source>Imported “%1” from %2: %n entities</source>
        <translation>
            <numerusform>“%1” %2 faylından idxal edildi: %n qeyd</numerusform>
            <numerusform>“%1” %2 faylından idxal edildi: %n qeyd</numerusform>
        </translation>
    </message>
    <message>
        <source>Knowledge Base Damaged</source>
        <translation>Bilik bazası zədələnib</translation>
    </message>
    <message>
        <source>The knowledge base %1 is damaged. Nothing has been written to it; you can go on reading what can be read, but open a backup or the bundled knowledge base to work on.</source>
        <translation>%1 bilik bazası zədələnib. Ona heç nə yazılmayıb; oxuna bilənləri oxumağa davam edə bilərsiniz, amma işləmək üçün ehtiyat nüsxəni və ya daxili bilik bazasını açın.</translation>
    </message>
    <message>
        <source>The knowledge base is damaged: %1</source>
        <translation>Bilik bazası zədələnib: %1</translation>
    </message>
    <message>
        <source>The knowledge base file has been checked: it is sound.</source>
        <translation>Bilik bazası faylı yoxlanıldı: o sağlamdır.</translation>
    </message>
    <message>
        <source>Checking the knowledge base file…</source>
        <translation>Bilik bazası faylı yoxlanılır…</translation>
    </message>
    <message>
        <source>The upgrade was cancelled; %1 was left as it was.</source>
        <translation>Yeniləmə ləğv edildi; %1 olduğu kimi qaldı.</translation>
    </message>
    <message>
        <source>Upgrading %1 to this version&apos;s format. Its search index is rebuilt, which can take a few minutes for a large knowledge base.</source>
        <translation>%1 bu versiyanın formatına yenilənir. Onun axtarış indeksi yenidən qurulur; böyük bilik bazası üçün bu bir neçə dəqiqə çəkə bilər.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ləğv et</translation>
    </message>
    <message>
        <source>Upgrading the Knowledge Base</source>
        <translation>Bilik bazasının yenilənməsi</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1 ilə əlaqə qurulur…</translation>
    </message>
    <message>
        <source>Your role on the server allows reading only, so this knowledge base was opened read-only.</source>
        <translation>Serverdəki rolunuz yalnız oxumağa icazə verir, ona görə bilik bazası yalnız oxumaq üçün açıldı.</translation>
    </message>
    <message>
        <source>%1 (server)</source>
        <translation>%1 (server)</translation>
    </message>
    <message>
        <source>Read-only: your role on the server allows reading only.</source>
        <translation>Yalnız oxumaq: serverdəki rolunuz yalnız oxumağa icazə verir.</translation>
    </message>
</context>
<context>
    <name>tkb::ChangeBanner</name>
    <message>
        <source>Another window or program has changed this knowledge base. The pages show it as it was.</source>
        <translation>Başqa pəncərə və ya proqram bu bilik bazasını dəyişib. Səhifələr onu əvvəlki kimi göstərir.</translation>
    </message>
    <message>
        <source>&amp;Show Changes</source>
        <translation>&amp;Dəyişiklikləri göstər</translation>
    </message>
    <message>
        <source>Read the knowledge base again and update every open page</source>
        <translation>Bilik bazasını yenidən oxu və bütün açıq səhifələri yenilə</translation>
    </message>
    <message>
        <source>The knowledge base has changed</source>
        <translation>Bilik bazası dəyişib</translation>
    </message>
</context>
<context>
    <name>tkb::CitationTable</name>
    <message>
        <source>Add &amp;citation</source>
        <translation>&amp;İstinad əlavə et</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Mənbə</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Bölmə</translation>
    </message>
    <message>
        <source>Passage (word for word)</source>
        <translation>Parça (sözbəsöz)</translation>
    </message>
    <message>
        <source>Citations</source>
        <translation>İstinadlar</translation>
    </message>
    <message>
        <source>Remove citation</source>
        <translation>İstinadı sil</translation>
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
        <translation> (%1 tarixindən)</translation>
    </message>
    <message>
        <source> (until %1)</source>
        <translation> (%1 tarixinədək)</translation>
    </message>
    <message>
        <source>The entry itself: %1</source>
        <translation>Qeydin özü: %1</translation>
    </message>
    <message>
        <source>Other name: %1</source>
        <translation>Digər ad: %1</translation>
    </message>
    <message>
        <source>Other name: %1 (%2)</source>
        <translation>Digər ad: %1 (%2)</translation>
    </message>
    <message>
        <source>Attribute: %1: %2</source>
        <translation>Atribut: %1: %2</translation>
    </message>
    <message>
        <source>Relation: %1 → %2</source>
        <translation>Əlaqə: %1 → %2</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Tarix: %1</translation>
    </message>
    <message>
        <source>“%1” already rests on this passage.</source>
        <translation>“%1” artıq bu parçaya əsaslanır.</translation>
    </message>
    <message>
        <source>The claim is no longer there: it was changed meanwhile.</source>
        <translation>Bu iddia artıq yoxdur: o, bu arada dəyişdirilib.</translation>
    </message>
</context>
<context>
    <name>tkb::ClaimDialog</name>
    <message>
        <source>New Spelling</source>
        <translation>Yeni yazılış</translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation>Yazılış</translation>
    </message>
    <message>
        <source>A language code (BCP 47): az, ru, en, fa, tly …</source>
        <translation>Dil kodu (BCP 47): az, ru, en, fa, tly …</translation>
    </message>
    <message>
        <source>A script code (ISO 15924): Latn, Cyrl, Arab …</source>
        <translation>Yazı sistemi kodu (ISO 15924): Latn, Cyrl, Arab …</translation>
    </message>
    <message>
        <source>S&amp;pelling:</source>
        <translation>&amp;Yazılış:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Dil:</translation>
    </message>
    <message>
        <source>Sc&amp;ript:</source>
        <translation>Yazı &amp;sistemi:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Yazı sistemi</translation>
    </message>
    <message>
        <source>New Attribute</source>
        <translation>Yeni atribut</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Atribut</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Açar:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Dəyər:</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Açar</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Dəyər</translation>
    </message>
    <message>
        <source>New Relation</source>
        <translation>Yeni əlaqə</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Əlaqə</translation>
    </message>
    <message>
        <source>e.g. member-of, heads, founded, located-in</source>
        <translation>məs. member-of, heads, founded, located-in</translation>
    </message>
    <message>
        <source>&amp;Predicate:</source>
        <translation>&amp;Predikat:</translation>
    </message>
    <message>
        <source>&amp;Other entity:</source>
        <translation>&amp;Digər varlıq:</translation>
    </message>
    <message>
        <source>Predicate</source>
        <translation>Predikat</translation>
    </message>
    <message>
        <source>Other entity</source>
        <translation>Digər varlıq</translation>
    </message>
    <message>
        <source>New Date</source>
        <translation>Yeni tarix</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Tarix:</translation>
    </message>
    <message>
        <source>Start of the period</source>
        <translation>Dövrün başlanğıcı</translation>
    </message>
    <message>
        <source>End of the period</source>
        <translation>Dövrün sonu</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Başlanğıc:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Son:</translation>
    </message>
    <message>
        <source>How firmly it is said</source>
        <translation>Nə dərəcədə qəti deyilir</translation>
    </message>
    <message>
        <source>Citations</source>
        <translation>İstinadlar</translation>
    </message>
    <message>
        <source>A spelling needs its text.</source>
        <translation>Yazılışın mətni olmalıdır.</translation>
    </message>
    <message>
        <source>An attribute needs a key.</source>
        <translation>Atributun açarı olmalıdır.</translation>
    </message>
    <message>
        <source>A relation needs a predicate and the other entity.</source>
        <translation>Əlaqənin predikatı və digər varlığı olmalıdır.</translation>
    </message>
    <message>
        <source>Write the date, or cancel.</source>
        <translation>Tarixi yazın və ya imtina edin.</translation>
    </message>
</context>
<context>
    <name>tkb::ClaimRuns</name>
    <message>
        <source>former</source>
        <comment>a claim that held once and no longer does</comment>
        <translation>keçmişdə</translation>
    </message>
    <message>
        <source>opinion of %1</source>
        <comment>a claim that is a named person&apos;s opinion</comment>
        <translation>fikir sahibi: %1</translation>
    </message>
    <message>
        <source>according to %1</source>
        <comment>who reports a claim</comment>
        <translation>məlumat verən: %1</translation>
    </message>
</context>
<context>
    <name>tkb::ClaimTable</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Əlavə et…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Dəyişdir…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>S&amp;il</translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation>Yazılış</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Yazı sistemi</translation>
    </message>
    <message>
        <source>Qualifiers and citations</source>
        <translation>Dəqiqləşdirmələr və istinadlar</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Açar</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Dəyər</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Dövr</translation>
    </message>
    <message>
        <source>Predicate</source>
        <translation>Predikat</translation>
    </message>
    <message>
        <source>Other entity</source>
        <translation>Digər varlıq</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <source>Notation</source>
        <translation>Yazılış forması</translation>
    </message>
    <message>
        <source>according to %1</source>
        <translation>%1 görə</translation>
    </message>
    <message>
        <source>former</source>
        <translation>keçmiş</translation>
    </message>
    <message numerus="yes">
        <source>%n citation(s)</source>
        <translation>
            <numerusform>%n istinad</numerusform>
            <numerusform>%n istinad</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>%1 tarixindən</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>%1 tarixinədək</translation>
    </message>
</context>
<context>
    <name>tkb::ConflictDialog</name>
    <message>
        <source>Changed by Someone Else</source>
        <translation>Başqası tərəfindən dəyişdirilib</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 at %2: “%3”</source>
        <translation>%1, %2: “%3”</translation>
    </message>
    <message>
        <source>“%1” was changed since you began editing it, by %2. Nothing of yours has been saved yet. Compare the two versions and choose.</source>
        <translation>Siz redaktəyə başlayandan sonra “%1” dəyişdirilib: %2. Sizin dəyişiklikləriniz hələ saxlanılmayıb. İki versiyanı müqayisə edib seçin.</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>başqası</translation>
    </message>
    <message>
        <source>In the knowledge base now</source>
        <translation>İndi bilik bazasında</translation>
    </message>
    <message>
        <source>With your edit on top</source>
        <translation>Üzərində sizin redaktənizlə</translation>
    </message>
    <message>
        <source>The two versions side by side</source>
        <translation>İki versiya yan-yana</translation>
    </message>
    <message>
        <source>&amp;Save Mine on Top</source>
        <translation>Mənimkini üzərinə &amp;saxla</translation>
    </message>
    <message>
        <source>Save your edit over the version now in the knowledge base; what they changed and you did not stays, and both remain in the history.</source>
        <translation>Redaktənizi bilik bazasındakı indiki versiyanın üzərinə saxlayın; onların dəyişdirdiyi, sizin dəyişdirmədiyiniz qalır və hər ikisi tarixçədə qalır.</translation>
    </message>
    <message>
        <source>&amp;Discard Mine</source>
        <translation>Mənimkini &amp;at</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>Redaktəyə &amp;davam et</translation>
    </message>
</context>
<context>
    <name>tkb::ConnectDialog</name>
    <message>
        <source>Connect to Server</source>
        <translation>Serverə qoşulma</translation>
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
        <translation>&amp;Verilənlər bazası:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>İs&amp;tifadəçi:</translation>
    </message>
    <message>
        <source>&amp;Service (optional):</source>
        <translation>&amp;Xidmət (istəyə görə):</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>Ş&amp;ifrələmə:</translation>
    </message>
    <message>
        <source>a server name, an address, or a socket folder</source>
        <translation>server adı, ünvan və ya soket qovluğu</translation>
    </message>
    <message>
        <source>your login name when empty</source>
        <translation>boş olduqda giriş adınız</translation>
    </message>
    <message>
        <source>a service in pg_service.conf</source>
        <translation>pg_service.conf-dakı xidmət</translation>
    </message>
    <message>
        <source>Encrypted when the server offers it</source>
        <translation>Server təklif etdikdə şifrələnmiş</translation>
    </message>
    <message>
        <source>Always encrypted</source>
        <translation>Həmişə şifrələnmiş</translation>
    </message>
    <message>
        <source>Encrypted, and check the server&apos;s certificate</source>
        <translation>Şifrələnmiş və serverin sertifikatı yoxlanılır</translation>
    </message>
    <message>
        <source>Never encrypted</source>
        <translation>Heç vaxt şifrələnməmiş</translation>
    </message>
    <message>
        <source>The password is never asked for or stored here: it is read from your ~/.pgpass file or from a service in pg_service.conf, as for every PostgreSQL program.</source>
        <translation>Parol burada soruşulmur və saxlanılmır: hər PostgreSQL proqramında olduğu kimi ~/.pgpass faylınızdan və ya pg_service.conf-dakı xidmətdən oxunur.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Qoşul</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ləğv et</translation>
    </message>
    <message>
        <source>Give the name of the database, or a service.</source>
        <translation>Verilənlər bazasının adını və ya xidməti göstərin.</translation>
    </message>
    <message>
        <source>A database name has no slash.</source>
        <translation>Verilənlər bazasının adında çəp xətt olmur.</translation>
    </message>
    <message>
        <source>This address cannot be used: %1</source>
        <translation>Bu ünvandan istifadə etmək olmur: %1</translation>
    </message>
</context>
<context>
    <name>tkb::DateEdit</name>
    <message>
        <source>circa</source>
        <translation>təxminən</translation>
    </message>
    <message>
        <source>uncertain</source>
        <translation>qeyri-müəyyən</translation>
    </message>
    <message>
        <source>e.g. 1993, 1993-08-26, 2019-early, 2014-06-29/.., [..2004]</source>
        <translation>məs. 1993, 1993-08-26, 2019-early, 2014-06-29/.., [..2004]</translation>
    </message>
    <message>
        <source>Form…</source>
        <translation>Forma…</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Gün</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Ay</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>İl</translation>
    </message>
    <message>
        <source>Beginning of the year</source>
        <translation>İlin əvvəli</translation>
    </message>
    <message>
        <source>Middle of the year</source>
        <translation>İlin ortası</translation>
    </message>
    <message>
        <source>End of the year</source>
        <translation>İlin sonu</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Aralıq</translation>
    </message>
    <message>
        <source>From (open end)</source>
        <translation>Başlanğıcdan (sonu açıq)</translation>
    </message>
    <message>
        <source>Until (open start)</source>
        <translation>Sonadək (başlanğıcı açıq)</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Əvvəl</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Sonra</translation>
    </message>
    <message>
        <source>Rewrites the date in another form: the day, month or year it gives stays</source>
        <translation>Tarixi başqa formada yazır: onun verdiyi gün, ay və ya il qalır</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <source>%1: form</source>
        <translation>%1: forma</translation>
    </message>
    <message>
        <source>%1: circa</source>
        <translation>%1: təxminən</translation>
    </message>
    <message>
        <source>%1: uncertain</source>
        <translation>%1: qeyri-müəyyən</translation>
    </message>
    <message>
        <source>%1: “%2” is not a date this program reads (%3)</source>
        <translation>%1: “%2” bu proqramın oxuduğu tarix deyil (%3)</translation>
    </message>
    <message>
        <source>Not a date: use a form such as 1993, 1993-08, 1993-08-26, 1993/2008, 1993~ (circa), 1993? (uncertain), [..2004] (before), 2019-early (beginning of 2019)</source>
        <translation>Tarix deyil: 1993, 1993-08, 1993-08-26, 1993/2008, 1993~ (təxminən), 1993? (qeyri-müəyyən), [..2004] (əvvəl), 2019-early (2019-un əvvəli) kimi formadan istifadə edin</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Tarix yoxdur</translation>
    </message>
</context>
<context>
    <name>tkb::DiffModel</name>
    <message>
        <source>Removed</source>
        <translation>Silinib</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Əlavə edilib</translation>
    </message>
    <message>
        <source>Changed from</source>
        <translation>Dəyişdirilib, əvvəl</translation>
    </message>
    <message>
        <source>Changed to</source>
        <translation>Dəyişdirilib, indi</translation>
    </message>
</context>
<context>
    <name>tkb::DocumentLines</name>
    <message>
        <source>lead</source>
        <translation>giriş</translation>
    </message>
    <message>
        <source>cites %1, %2: “%3”</source>
        <translation>istinad: %1, %2: “%3”</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Növ: %1</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Ad: %1</translation>
    </message>
    <message>
        <source>Alias: %1</source>
        <translation>Digər yazılış: %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Qısa məzmun</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Mətn</translation>
    </message>
    <message>
        <source>Attribute “%1”: %2</source>
        <translation>Atribut “%1”: %2</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Tarix: %1</translation>
    </message>
    <message>
        <source>in the source’s words: “%1”</source>
        <translation>mənbənin sözləri ilə: “%1”</translation>
    </message>
    <message numerus="yes">
        <source>Sources: %n</source>
        <translation>
            <numerusform>Mənbələr: %n</numerusform>
            <numerusform>Mənbələr: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Relation: %1 → %2</source>
        <translation>Əlaqə: %1 → %2</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Başlıq</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Müəllif</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Nəşriyyat</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Nəşr tarixi</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Veb ünvanı</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fayl</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>Infobox “%1”: %2</source>
        <translation>Məlumat qutusu “%1”: %2</translation>
    </message>
    <message>
        <source>Section “%1”</source>
        <translation>Bölmə “%1”</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(silinib)</translation>
    </message>
    <message>
        <source>(did not exist)</source>
        <translation>(mövcud deyildi)</translation>
    </message>
    <message>
        <source>(this revision cannot be read: %1)</source>
        <translation>(bu redaktəni oxumaq olmur: %1)</translation>
    </message>
</context>
<context>
    <name>tkb::EditActions</name>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Geri al: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Geri al</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Təkrarla: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Təkrarla</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redaktə</translation>
    </message>
    <message>
        <source>Undo &amp;History</source>
        <translation>Geri alma &amp;tarixçəsi</translation>
    </message>
    <message>
        <source>Every edit of this session, to step back to any of them</source>
        <translation>Bu seansın bütün düzəlişləri: istənilən birinə qayıtmaq üçün</translation>
    </message>
    <message>
        <source>&amp;Edit Entity…</source>
        <translation>Varlığı &amp;redaktə et…</translation>
    </message>
    <message>
        <source>Edit the current entity: names, text, claims, dates and citations (F2)</source>
        <translation>Cari varlığı redaktə et: adlar, mətn, iddialar, tarixlər və istinadlar (F2)</translation>
    </message>
    <message>
        <source>&amp;New Entity…</source>
        <translation>&amp;Yeni varlıq…</translation>
    </message>
    <message>
        <source>Add &amp;Source…</source>
        <translation>&amp;Mənbə əlavə et…</translation>
    </message>
    <message>
        <source>Add a source document: pasted text or a .txt or .md file</source>
        <translation>Mənbə sənədi əlavə et: yapışdırılmış mətn və ya .txt, .md faylı</translation>
    </message>
    <message>
        <source>&amp;Delete Entity…</source>
        <translation>Varlığı &amp;sil…</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>&amp;Birləşdir…</translation>
    </message>
    <message>
        <source>The current entity is the same as another: merge it into that one</source>
        <translation>Cari varlıq başqası ilə eynidir: onu həmin varlıqla birləşdir</translation>
    </message>
    <message>
        <source>&amp;History of This Entity</source>
        <translation>Bu varlığın &amp;tarixçəsi</translation>
    </message>
    <message>
        <source>Recent &amp;Changes</source>
        <translation>Son &amp;dəyişikliklər</translation>
    </message>
    <message>
        <source>Your &amp;Name…</source>
        <translation>Sizin &amp;adınız…</translation>
    </message>
    <message>
        <source>The name your changes are recorded under</source>
        <translation>Dəyişikliklərinizin qeyd olunduğu ad</translation>
    </message>
</context>
<context>
    <name>tkb::EditSession</name>
    <message>
        <source>No knowledge base is open.</source>
        <translation>Heç bir bilik bazası açıq deyil.</translation>
    </message>
    <message>
        <source>This knowledge base is open read-only: it cannot be changed here.</source>
        <translation>Bu bilik bazası yalnız oxumaq üçün açılıb: burada dəyişdirilə bilməz.</translation>
    </message>
    <message>
        <source>Revert %1 to revision %2</source>
        <translation>%1 varlığını %2 nömrəli düzəlişə qaytar</translation>
    </message>
    <message>
        <source>Revert %1 to before revision %2</source>
        <translation>%1 varlığını %2 nömrəli düzəlişdən əvvəlki hala qaytar</translation>
    </message>
    <message>
        <source>Cannot undo “%1”: %2</source>
        <translation>“%1” geri alına bilmir: %2</translation>
    </message>
    <message>
        <source>Cannot redo “%1”: %2</source>
        <translation>“%1” təkrarlana bilmir: %2</translation>
    </message>
</context>
<context>
    <name>tkb::EntityCard</name>
    <message>
        <source>Open a person, organization, place or event to see what it is linked to.</source>
        <translation>Əlaqələrini görmək üçün şəxs, təşkilat, yer və ya hadisə açın.</translation>
    </message>
    <message>
        <source>“%1” is not in this knowledge base.</source>
        <translation>“%1” bu bilik bazasında yoxdur.</translation>
    </message>
    <message>
        <source>Also written:</source>
        <translation>Digər yazılışları:</translation>
    </message>
    <message>
        <source>Show in the graph</source>
        <translation>Qrafda göstər</translation>
    </message>
    <message>
        <source>Linked to</source>
        <translation>Əlaqəli olduğu</translation>
    </message>
    <message>
        <source>Mentioned in</source>
        <translation>Adı çəkilən yerlər</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Giriş</translation>
    </message>
</context>
<context>
    <name>tkb::EntityDeleter</name>
    <message>
        <source>%1 links to it as “%2”</source>
        <translation>%1 ona “%2” kimi istinad edir</translation>
    </message>
    <message>
        <source>%1, section “%2”, links to it as “%3”</source>
        <translation>%1, “%2” bölməsi, ona “%3” kimi istinad edir</translation>
    </message>
    <message>
        <source>%1 —%2→ it</source>
        <translation>%1 —%2→ o</translation>
    </message>
    <message>
        <source>Nothing links to it. It can be brought back with Undo.</source>
        <translation>Heç nə ona istinad etmir. Onu “Geri al” ilə qaytarmaq olar.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… və daha %n</numerusform>
            <numerusform>… və daha %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>What refers to it (%n): their links to it become plain text and their relations to it are removed. Undo brings everything back.</source>
        <translation>
            <numerusform>Ona istinad edənlər (%n): onların ona keçidləri adi mətnə çevrilir, ona olan əlaqələri silinir. “Geri al” hər şeyi qaytarır.</numerusform>
            <numerusform>Ona istinad edənlər (%n): onların ona keçidləri adi mətnə çevrilir, ona olan əlaqələri silinir. “Geri al” hər şeyi qaytarır.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Entity</source>
        <translation>Varlığı sil</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>“%1” silinsin?</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Sil</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Silmə: %1</translation>
    </message>
    <message>
        <source>“%1” was not deleted: %2</source>
        <translation>“%1” silinmədi: %2</translation>
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
        <translation>Yeni varlıq</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Redaktə: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Növ</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Ad:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Növ:</translation>
    </message>
    <message>
        <source>Other spellings</source>
        <translation>Digər yazılışlar</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Atributlar</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Əlaqələr</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Tarixlər</translation>
    </message>
    <message>
        <source>Every other way the name is written, in any language and script: each is found by search and by typing.</source>
        <translation>Adın istənilən dildə və yazı sistemində hər başqa yazılışı: hər biri axtarışla və yazarkən tapılır.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Qısa təsvir</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Mətn</translation>
    </message>
    <message>
        <source>Type [[ and a name in any spelling to link another entity.</source>
        <translation>Başqa varlığa keçid vermək üçün [[ və adı istənilən yazılışda yazın.</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>Q&amp;ısa təsvir:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>M&amp;ətn:</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>“%1” (%2)</translation>
    </message>
    <message>
        <source>The entity itself cites no passage.</source>
        <translation>Varlığın özü heç bir parçaya istinad etmir.</translation>
    </message>
    <message>
        <source>The entity rests on: %1</source>
        <translation>Varlıq bunlara əsaslanır: %1</translation>
    </message>
    <message>
        <source>S&amp;pellings</source>
        <translation>Ya&amp;zılışlar</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>&amp;Mətn</translation>
    </message>
    <message>
        <source>Attri&amp;butes</source>
        <translation>A&amp;tributlar</translation>
    </message>
    <message>
        <source>Re&amp;lations</source>
        <translation>Əla&amp;qələr</translation>
    </message>
    <message>
        <source>Dat&amp;es</source>
        <translation>Tari&amp;xlər</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>&amp;Yarat</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Saxla</translation>
    </message>
    <message>
        <source>Its id will be %1.</source>
        <translation>Onun identifikatoru %1 olacaq.</translation>
    </message>
    <message>
        <source>Id: %1</source>
        <translation>İdentifikator: %1</translation>
    </message>
    <message>
        <source>An id begins with the kind, so it cannot change: %1 will be made as %2, and %1 merged into it (links and relations to it follow).</source>
        <translation>İdentifikator növlə başlayır, ona görə dəyişə bilməz: %2 yaradılacaq və %1 onunla birləşdiriləcək (keçidlər və əlaqələr ona keçəcək).</translation>
    </message>
    <message>
        <source>That id is taken by “%1”: choose another name.</source>
        <translation>Bu identifikator “%1” tərəfindən tutulub: başqa ad seçin.</translation>
    </message>
    <message>
        <source>A spelling</source>
        <translation>Yazılış</translation>
    </message>
    <message>
        <source>An attribute</source>
        <translation>Atribut</translation>
    </message>
    <message>
        <source>A relation</source>
        <translation>Əlaqə</translation>
    </message>
    <message>
        <source>A date</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <source>The entity needs a name.</source>
        <translation>Varlığın adı olmalıdır.</translation>
    </message>
    <message>
        <source>The id %1 is taken by “%2”. Choose another name, or merge the two.</source>
        <translation>%1 identifikatoru “%2” tərəfindən tutulub. Başqa ad seçin və ya ikisini birləşdirin.</translation>
    </message>
    <message>
        <source>Throw away what you changed in this form?</source>
        <translation>Bu formada etdiyiniz dəyişikliklər atılsın?</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>Redaktəyə &amp;davam et</translation>
    </message>
    <message>
        <source>Create %1</source>
        <translation>Yaratma: %1</translation>
    </message>
    <message>
        <source>The knowledge base did not take the edit: %1</source>
        <translation>Bilik bazası düzəlişi qəbul etmədi: %1</translation>
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
        <translation>Adı istənilən yazılışda yazın</translation>
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
        <translation>tarixsiz</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>Digər adları</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Xülasə</translation>
    </message>
</context>
<context>
    <name>tkb::EntityPage</name>
    <message>
        <source>Entry: %1</source>
        <translation>Qeyd: %1</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Redaktə et</translation>
    </message>
    <message>
        <source>Change this entry: its names, text, claims and citations (F2)</source>
        <translation>Bu qeydi dəyişdir: adları, mətni, iddiaları və istinadları (F2)</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Redaktə et: %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Tarixçə</translation>
    </message>
    <message>
        <source>Who changed this entry, when and why; compare and revert revisions (Ctrl+H)</source>
        <translation>Bu qeydi kim, nə vaxt və niyə dəyişib; redaktələri müqayisə edin və geri qaytarın (Ctrl+H)</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>%1: tarixçə</translation>
    </message>
</context>
<context>
    <name>tkb::ErrorLabel</name>
    <message>
        <source>Error</source>
        <translation>Xəta</translation>
    </message>
</context>
<context>
    <name>tkb::ExportComposer</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>İxrac ləğv edildi.</translation>
    </message>
    <message>
        <source>There is no entry “%1” in this knowledge base.</source>
        <translation>Bu bilik bazasında “%1” qeydi yoxdur.</translation>
    </message>
    <message>
        <source>This knowledge base holds no article.</source>
        <translation>Bu bilik bazasında məqalə yoxdur.</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>Bütün qeydlər</translation>
    </message>
</context>
<context>
    <name>tkb::ExportDialog</name>
    <message>
        <source>Cancel</source>
        <translation>İmtina</translation>
    </message>
    <message>
        <source>The whole article</source>
        <translation>Bütün məqalə</translation>
    </message>
    <message>
        <source>The whole article “%1”</source>
        <translation>Bütün “%1” məqaləsi</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Giriş</translation>
    </message>
    <message>
        <source>Article section “%1”</source>
        <translation>Məqalənin “%1” bölməsi</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Xronologiya</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>Bütün qeydlər</translation>
    </message>
    <message>
        <source>Search results for “%1”</source>
        <translation>“%1” üzrə axtarış nəticələri</translation>
    </message>
    <message>
        <source>This tab: %1</source>
        <translation>Bu vərəq: %1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Çap</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>PDF-ə ixrac</translation>
    </message>
    <message>
        <source>Choose what to print. Paper and margins can still be changed in the print dialog.</source>
        <translation>Nəyi çap edəcəyinizi seçin. Kağızı və kənar boşluqları çap pəncərəsində də dəyişmək olar.</translation>
    </message>
    <message>
        <source>Choose what to export. The PDF has a title, the export date and source, page numbers, and links between the names it contains.</source>
        <translation>Nəyi ixrac edəcəyinizi seçin. PDF-də başlıq, ixrac tarixi və mənbə, səhifə nömrələri və içindəki adlar arasında keçidlər olur.</translation>
    </message>
    <message>
        <source>&amp;Section:</source>
        <translation>&amp;Bölmə:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Kağız:</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>&amp;İstiqamət:</translation>
    </message>
    <message>
        <source>&amp;Margins:</source>
        <translation>&amp;Kənar boşluqlar:</translation>
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
        <translation>Portret</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Albom</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>Include the cited sentences as numbered &amp;endnotes</source>
        <translation>Sitat gətirilən cümlələri nömrələnmiş &amp;son qeydlər kimi əlavə et</translation>
    </message>
    <message>
        <source>Include a summary of each &amp;named entry, linked from the text</source>
        <translation>Adı çəkilən hər &amp;qeydin xülasəsini mətndən keçidlə əlavə et</translation>
    </message>
    <message>
        <source>&amp;Right-to-left layout</source>
        <translation>&amp;Sağdan sola düzülüş</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Ç&amp;ap et…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>İ&amp;xrac et…</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Məqalə</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF sənədləri (*.pdf)</translation>
    </message>
    <message>
        <source>Exporting “%1”…</source>
        <translation>“%1” ixrac edilir…</translation>
    </message>
    <message>
        <source>Saved %1 (%2).</source>
        <translation>Saxlanıldı: %1 (%2).</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 səhifə</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 səhifə</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Aç</translation>
    </message>
    <message>
        <source>Printing “%1”…</source>
        <translation>“%1” çap edilir…</translation>
    </message>
</context>
<context>
    <name>tkb::GraphAccessible</name>
    <message>
        <source>Shows the group&apos;s next entries.</source>
        <translation>Qrupun növbəti qeydlərini göstərir.</translation>
    </message>
    <message>
        <source>%1, the centre of the graph</source>
        <comment>an entity kind</comment>
        <translation>%1, qrafın mərkəzi</translation>
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
        <translation>Qraf: %1</translation>
    </message>
    <message>
        <source>No relations are recorded for %1.</source>
        <translation>%1 üçün heç bir əlaqə qeydə alınmayıb.</translation>
    </message>
    <message>
        <source>Relations of %1</source>
        <translation>%1: əlaqələr</translation>
    </message>
    <message numerus="yes">
        <source>%n related entries. Arrow keys move between them, Enter opens one, the menu key offers more.</source>
        <translation>
            <numerusform>%n əlaqəli qeyd. Ox düymələri onlar arasında keçir, Enter birini açır, menyu düyməsi başqa imkanlar təklif edir.</numerusform>
            <numerusform>%n əlaqəli qeyd. Ox düymələri onlar arasında keçir, Enter birini açır, menyu düyməsi başqa imkanlar təklif edir.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Aç</translation>
    </message>
    <message>
        <source>Open in New &amp;Tab</source>
        <translation>Yeni &amp;vərəqdə aç</translation>
    </message>
    <message>
        <source>Show &amp;Graph of %1</source>
        <translation>%1 üçün &amp;qrafı göstər</translation>
    </message>
    <message numerus="yes">
        <source>%n related entries, grouped by relation. Arrow keys move between the groups and entries, Enter shows a group&apos;s entries or opens an entry.</source>
        <translation>
            <numerusform>%n əlaqəli qeyd, əlaqə növünə görə qruplaşdırılıb. Ox düymələri qruplar və qeydlər arasında keçir, Enter qrupun qeydlərini göstərir və ya qeydi açır.</numerusform>
            <numerusform>%n əlaqəli qeyd, əlaqə növünə görə qruplaşdırılıb. Ox düymələri qruplar və qeydlər arasında keçir, Enter qrupun qeydlərini göstərir və ya qeydi açır.</numerusform>
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
            <numerusform>%n qeyd: %1. Enter və ya klik onu göstərir.</numerusform>
            <numerusform>%n qeyd: %1. Enter və ya klik onları göstərir.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show %n more</source>
        <translation>
            <numerusform>Daha %n göstər</numerusform>
            <numerusform>Daha %n göstər</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tkb::GraphTable</name>
    <message>
        <source>Relations of %1, as a table</source>
        <translation>%1 əlaqələri, cədvəl kimi</translation>
    </message>
    <message>
        <source>One row per relation. Enter opens the related entry.</source>
        <translation>Hər əlaqə üçün bir sətir. Enter əlaqəli qeydi açır.</translation>
    </message>
    <message>
        <source>from %1 to the entry</source>
        <translation>%1 tərəfindən qeydə doğru</translation>
    </message>
    <message>
        <source>from the entry to %1</source>
        <translation>qeyddən %1 tərəfə doğru</translation>
    </message>
    <message>
        <source>Related entry</source>
        <translation>Əlaqəli qeyd</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Əlaqə</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>İstiqamət</translation>
    </message>
</context>
<context>
    <name>tkb::HistoryPage</name>
    <message>
        <source>History: %1</source>
        <translation>Tarixçə: %1</translation>
    </message>
    <message>
        <source>created</source>
        <translation>yaradılıb</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>redaktə edilib</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>silinib</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>birləşdirilib</translation>
    </message>
    <message>
        <source>reverted</source>
        <translation>geri qaytarılıb</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>bərpa edilib</translation>
    </message>
    <message>
        <source>r%1</source>
        <translation>r%1</translation>
    </message>
    <message>
        <source>Revision %1, %2 by %3: %4 %5</source>
        <translation>Redaktə %1, %2, müəllif %3: %4 %5</translation>
    </message>
    <message>
        <source>Did not apply: %1</source>
        <translation>Tətbiq edilmədi: %1</translation>
    </message>
    <message>
        <source>Change of %1 by %2 that did not apply: %3</source>
        <translation>%1 tarixli, müəllifi %2 olan və tətbiq edilməyən dəyişiklik: %3</translation>
    </message>
    <message>
        <source>Current state</source>
        <translation>Hazırkı vəziyyət</translation>
    </message>
    <message>
        <source>Before r%1 (as first imported)</source>
        <translation>r%1-dən əvvəl (ilk idxal edildiyi kimi)</translation>
    </message>
    <message>
        <source>After r%1 (%2, %3)</source>
        <translation>r%1-dən sonra (%2, %3)</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Fərq yoxdur.</translation>
    </message>
    <message numerus="yes">
        <source>%n lines differ.</source>
        <translation>
            <numerusform>%n sətir fərqlənir.</numerusform>
            <numerusform>%n sətir fərqlənir.</numerusform>
        </translation>
    </message>
    <message>
        <source>This knowledge base is open read-only.</source>
        <translation>Bu bilik bazası yalnız oxumaq üçün açıqdır.</translation>
    </message>
    <message>
        <source>Make the entity as it was right after the chosen revision (Alt+R)</source>
        <translation>Qeydi seçilmiş redaktədən dərhal sonrakı vəziyyətinə qaytarmaq (Alt+R)</translation>
    </message>
    <message>
        <source>Make the entity as it was right before the chosen revision, which undoes it and what came after it (Alt+U)</source>
        <translation>Qeydi seçilmiş redaktədən dərhal əvvəlki vəziyyətinə qaytarmaq: bu, həmin redaktəni və ondan sonrakıları ləğv edir (Alt+U)</translation>
    </message>
    <message>
        <source>Cannot undo r%1: %2</source>
        <translation>r%1 ləğv edilə bilmir: %2</translation>
    </message>
    <message>
        <source>Cannot revert to r%1: %2</source>
        <translation>r%1 vəziyyətinə qaytarmaq olmur: %2</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1 (silinib)</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>%1: tarixçə</translation>
    </message>
    <message>
        <source>Rev&amp;isions (newest first; select two to compare them):</source>
        <translation>Redaktə&amp;lər (əvvəlcə yeniləri; müqayisə üçün ikisini seçin):</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Redaktə</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Vaxt</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Müəllif</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Əməliyyat</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Şərh</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Redaktələr</translation>
    </message>
    <message>
        <source>Changes that did not &amp;apply (kept, not dropped):</source>
        <translation>&amp;Tətbiq edilməyən dəyişikliklər (saxlanılıb, atılmayıb):</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Changes that did not apply</source>
        <translation>Tətbiq edilməyən dəyişikliklər</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Müqayisə et</translation>
    </message>
    <message>
        <source>&amp;with</source>
        <translation>il&amp;ə</translation>
    </message>
    <message>
        <source>Older state</source>
        <translation>Əvvəlki vəziyyət</translation>
    </message>
    <message>
        <source>Newer state</source>
        <translation>Sonrakı vəziyyət</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Fərqlər</translation>
    </message>
    <message>
        <source>Revert to this revision</source>
        <translation>Bu redaktəyə qaytar</translation>
    </message>
    <message>
        <source>Undo this revision</source>
        <translation>Bu redaktəni ləğv et</translation>
    </message>
</context>
<context>
    <name>tkb::ImportRun</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 oxunmadı: %2</translation>
    </message>
</context>
<context>
    <name>tkb::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Dil</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Sistem dili</translation>
    </message>
    <message>
        <source>Names in the Language&apos;s &amp;Script</source>
        <translation>Adlar dilin &amp;yazısında</translation>
    </message>
    <message>
        <source>Show a name in the script of the language where the knowledge base holds it (a Cyrillic spelling in Russian), with the source&apos;s spelling beside it</source>
        <translation>Bilik bazasında varsa, adı dilin yazısında göstər (rus dilində kiril yazısı ilə), yanında mənbədəki yazılışı ilə</translation>
    </message>
</context>
<context>
    <name>tkb::LinkBrowser</name>
    <message>
        <source>Link: %1</source>
        <translation>Keçid: %1</translation>
    </message>
</context>
<context>
    <name>tkb::ListPage</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n qeyd</numerusform>
            <numerusform>%n qeyd</numerusform>
        </translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Uyğunluq yoxdur</translation>
    </message>
    <message numerus="yes">
        <source>%n matches</source>
        <translation>
            <numerusform>%n uyğunluq</numerusform>
            <numerusform>%n uyğunluq</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by name or other spelling…</source>
        <translation>Ada və ya başqa yazılışa görə süz…</translation>
    </message>
    <message>
        <source>Filter %1</source>
        <translation>Süzgəc: %1</translation>
    </message>
    <message>
        <source>Number of entries</source>
        <translation>Qeydlərin sayı</translation>
    </message>
</context>
<context>
    <name>tkb::MainWindow</name>
    <message>
        <source>About Talysh KB</source>
        <translation>Talış KB haqqında</translation>
    </message>
    <message>
        <source>Talysh KB</source>
        <translation>Talış KB</translation>
    </message>
    <message>
        <source>Open pages</source>
        <translation>Açıq səhifələr</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Talysh KB %1&lt;/h3&gt;&lt;p&gt;A knowledge base of the Talysh National Movement: its people, organizations, places, events and goals, every fact cited from its source.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Talış KB %1&lt;/h3&gt;&lt;p&gt;Talış Milli Hərəkatı haqqında bilik bazası: onun şəxsləri, təşkilatları, yerləri, hadisələri və məqsədləri; hər fakt öz mənbəsinə istinadla verilir.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open knowledge base</source>
        <translation>Açıq bilik bazası</translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation>(yalnız oxumaq üçün)</translation>
    </message>
    <message>
        <source>Zoom: %1%</source>
        <translation>Miqyas: %1%</translation>
    </message>
    <message>
        <source>Your Name</source>
        <translation>Sizin adınız</translation>
    </message>
    <message>
        <source>Your changes are recorded in the knowledge base&apos;s history under this name:</source>
        <translation>Dəyişiklikləriniz bilik bazasının tarixçəsində bu adla qeyd olunur:</translation>
    </message>
    <message>
        <source>Work in progress</source>
        <translation>İş gedir</translation>
    </message>
</context>
<context>
    <name>tkb::MergeDialog</name>
    <message>
        <source>Merge %1</source>
        <translation>Birləşdirmə: %1</translation>
    </message>
    <message>
        <source>Keep “%1” and merge the other into it</source>
        <translation>“%1” saxlanılsın, digəri onunla birləşdirilsin</translation>
    </message>
    <message>
        <source>The same entity under another entry</source>
        <translation>Başqa qeyd altında eyni varlıq</translation>
    </message>
    <message>
        <source>What moves</source>
        <translation>Nə köçürülür</translation>
    </message>
    <message>
        <source>“%1” is the same as:</source>
        <translation>“%1” bununla eynidir:</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Birləşdir</translation>
    </message>
    <message>
        <source>Type a name of the other entry in any spelling and choose it.</source>
        <translation>Digər qeydin adını istənilən yazılışda yazın və onu seçin.</translation>
    </message>
    <message>
        <source>An entity cannot be merged with itself.</source>
        <translation>Varlıq özü ilə birləşdirilə bilməz.</translation>
    </message>
    <message>
        <source>There is no entity %1.</source>
        <translation>%1 varlığı yoxdur.</translation>
    </message>
    <message>
        <source>its name “%1” becomes a spelling of “%2”</source>
        <translation>onun “%1” adı “%2” varlığının yazılışına çevrilir</translation>
    </message>
    <message numerus="yes">
        <source>%n spelling(s)</source>
        <translation>
            <numerusform>%n yazılış</numerusform>
            <numerusform>%n yazılış</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attribute(s)</source>
        <translation>
            <numerusform>%n atribut</numerusform>
            <numerusform>%n atribut</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n date(s)</source>
        <translation>
            <numerusform>%n tarix</numerusform>
            <numerusform>%n tarix</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relation(s)</source>
        <translation>
            <numerusform>%n əlaqə</numerusform>
            <numerusform>%n əlaqə</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n citation(s)</source>
        <translation>
            <numerusform>%n istinad</numerusform>
            <numerusform>%n istinad</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” goes into “%2” (%3 → %4). What moves: %5.</source>
        <translation>“%1” “%2” ilə birləşir (%3 → %4). Köçürülənlər: %5.</translation>
    </message>
    <message numerus="yes">
        <source>Re-pointed to “%1” (%n):</source>
        <translation>
            <numerusform>“%1” varlığına yönləndirilir (%n):</numerusform>
            <numerusform>“%1” varlığına yönləndirilir (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>The name, summary and text of “%1” stay; what both have is not doubled. Undo takes the merge back.</source>
        <translation>“%1” varlığının adı, qısa təsviri və mətni qalır; hər ikisində olan təkrarlanmır. “Geri al” birləşdirməni ləğv edir.</translation>
    </message>
    <message>
        <source>Choose the other entity first.</source>
        <translation>Əvvəlcə digər varlığı seçin.</translation>
    </message>
    <message>
        <source>Merge %1 into %2</source>
        <translation>%1 ilə %2 birləşdirmə</translation>
    </message>
    <message>
        <source>The knowledge base did not take the merge: %1</source>
        <translation>Bilik bazası birləşdirməni qəbul etmədi: %1</translation>
    </message>
</context>
<context>
    <name>tkb::NamedAppendix</name>
    <message>
        <source>Named in this document</source>
        <translation>Sənəddə adı çəkilənlər</translation>
    </message>
</context>
<context>
    <name>tkb::PageBuilder</name>
    <message>
        <source>Exported from %1 on %2</source>
        <translation>%2 tarixində %1 proqramından ixrac edilib</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Mənbə: %1</translation>
    </message>
    <message>
        <source>References</source>
        <translation>İstinadlar</translation>
    </message>
    <message>
        <source>%1, infobox</source>
        <translation>%1, məlumat qutusu</translation>
    </message>
    <message>
        <source>%1, introduction</source>
        <translation>%1, giriş</translation>
    </message>
    <message>
        <source>%1, section “%2”</source>
        <translation>%1, “%2” bölməsi</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Tapılmadı</translation>
    </message>
    <message>
        <source>The knowledge base has no entry “%1”.</source>
        <translation>Bilik bazasında “%1” adlı qeyd yoxdur.</translation>
    </message>
    <message>
        <source>%1 “%2” from the knowledge base “%3”</source>
        <translation>“%3” bilik bazasından %1: “%2”</translation>
    </message>
    <message>
        <source>Relations graph</source>
        <translation>Əlaqələr qrafı</translation>
    </message>
    <message>
        <source>Source text</source>
        <translation>Mənbə mətni</translation>
    </message>
    <message>
        <source>Also known as:</source>
        <translation>Digər adları:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Əlaqələr</translation>
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
        <translation>Giriş</translation>
    </message>
    <message>
        <source>Mentioned in</source>
        <translation>Adı çəkilən yerlər</translation>
    </message>
    <message numerus="yes">
        <source>(%n times)</source>
        <translation>
            <numerusform>(%n dəfə)</numerusform>
            <numerusform>(%n dəfə)</numerusform>
        </translation>
    </message>
    <message>
        <source>The article “%1”</source>
        <translation>“%1” məqaləsi</translation>
    </message>
    <message>
        <source> (from %1)</source>
        <translation> (mənbə: %1)</translation>
    </message>
    <message>
        <source>The article “%1” has no section “%2” (it has: %3).</source>
        <translation>“%1” məqaləsində “%2” bölməsi yoxdur (mövcud bölmələr: %3).</translation>
    </message>
    <message>
        <source>Section “%1” of the article “%2”</source>
        <translation>“%2” məqaləsinin “%1” bölməsi</translation>
    </message>
    <message>
        <source>From the article “%1”</source>
        <translation>“%1” məqaləsindən</translation>
    </message>
    <message>
        <source>Timeline — %1</source>
        <translation>Xronologiya — %1</translation>
    </message>
    <message>
        <source>Timeline of the knowledge base “%1”</source>
        <translation>“%1” bilik bazasının xronologiyası</translation>
    </message>
    <message>
        <source>timeline</source>
        <translation>xronologiya</translation>
    </message>
    <message>
        <source>events</source>
        <translation>hadisələr</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Xronologiya</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 hadisə</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 hadisə</translation>
    </message>
    <message>
        <source>This knowledge base has no events.</source>
        <translation>Bu bilik bazasında hadisə yoxdur.</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Hadisə</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>tarixsiz</translation>
    </message>
    <message>
        <source>%1 in the knowledge base “%2”</source>
        <translation>“%2” bilik bazasında %1</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 qeyd</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 qeyd</translation>
    </message>
    <message>
        <source>Nothing of this kind is in the knowledge base.</source>
        <translation>Bilik bazasında bu növdən qeyd yoxdur.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>Digər adları</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Xülasə</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>Axtarış: %1</translation>
    </message>
    <message>
        <source>Search results for “%1” in the knowledge base “%2”</source>
        <translation>“%2” bilik bazasında “%1” üzrə axtarış nəticələri</translation>
    </message>
    <message>
        <source>search</source>
        <translation>axtarış</translation>
    </message>
    <message>
        <source>Search results for “%1”</source>
        <translation>“%1” üzrə axtarış nəticələri</translation>
    </message>
    <message>
        <source>1 result</source>
        <translation>1 nəticə</translation>
    </message>
    <message>
        <source>%1 results</source>
        <translation>%1 nəticə</translation>
    </message>
    <message>
        <source>No results.</source>
        <translation>Nəticə yoxdur.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Nəticə</translation>
    </message>
    <message>
        <source>Where it matches</source>
        <translation>Harada tapılıb</translation>
    </message>
    <message>
        <source>Did you mean: %1?</source>
        <translation>Bunu nəzərdə tuturdunuz: %1?</translation>
    </message>
    <message>
        <source>Type what you are looking for into the search field.</source>
        <translation>Axtardığınızı axtarış sahəsinə yazın.</translation>
    </message>
    <message>
        <source>Try another spelling, fewer words, or “All kinds”.</source>
        <translation>Başqa yazılışı, daha az sözü və ya “Bütün növlər” seçimini sınayın.</translation>
    </message>
    <message>
        <source>Article section</source>
        <translation>Məqalə bölməsi</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Müəllif</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Nəşriyyat</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Nəşr tarixi</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Veb ünvanı</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fayl</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
</context>
<context>
    <name>tkb::PageLabels</name>
    <message>
        <source>advocates</source>
        <translation>müdafiə etdiyi</translation>
    </message>
    <message>
        <source>advocated by</source>
        <translation>tərəfdarları</translation>
    </message>
    <message>
        <source>based in</source>
        <translation>fəaliyyət yeri</translation>
    </message>
    <message>
        <source>base of</source>
        <translation>burada fəaliyyət göstərənlər</translation>
    </message>
    <message>
        <source>board member of</source>
        <translation>idarə heyətinin üzvü</translation>
    </message>
    <message>
        <source>board member</source>
        <translation>idarə heyətinin üzvləri</translation>
    </message>
    <message>
        <source>chairman of</source>
        <translation>sədri</translation>
    </message>
    <message>
        <source>chairman</source>
        <translation>sədr</translation>
    </message>
    <message>
        <source>concerns</source>
        <translation>aid olduğu</translation>
    </message>
    <message>
        <source>subject of</source>
        <translation>bəhs edildiyi yerlər</translation>
    </message>
    <message>
        <source>detained by</source>
        <translation>saxlayan orqan</translation>
    </message>
    <message>
        <source>detained</source>
        <translation>saxlanılanlar</translation>
    </message>
    <message>
        <source>emigrated to</source>
        <translation>mühacirət etdiyi ölkə</translation>
    </message>
    <message>
        <source>emigration destination of</source>
        <translation>buraya mühacirət edənlər</translation>
    </message>
    <message>
        <source>expelled from</source>
        <translation>çıxarıldığı təşkilat</translation>
    </message>
    <message>
        <source>expelled</source>
        <translation>çıxarılanlar</translation>
    </message>
    <message>
        <source>extradited to</source>
        <translation>ekstradisiya edildiyi ölkə</translation>
    </message>
    <message>
        <source>extradition destination of</source>
        <translation>buraya ekstradisiya edilənlər</translation>
    </message>
    <message>
        <source>founded</source>
        <translation>təsisçisi olduğu</translation>
    </message>
    <message>
        <source>founded by</source>
        <translation>təsisçiləri</translation>
    </message>
    <message>
        <source>founded in</source>
        <translation>təsis edildiyi yer</translation>
    </message>
    <message>
        <source>place of founding of</source>
        <translation>burada təsis edilənlər</translation>
    </message>
    <message>
        <source>headquartered in</source>
        <translation>mənzil-qərargahı</translation>
    </message>
    <message>
        <source>headquarters of</source>
        <translation>mənzil-qərargahı burada olanlar</translation>
    </message>
    <message>
        <source>heads</source>
        <translation>rəhbərlik etdiyi</translation>
    </message>
    <message>
        <source>headed by</source>
        <translation>rəhbəri</translation>
    </message>
    <message>
        <source>joined</source>
        <translation>qoşulduğu</translation>
    </message>
    <message>
        <source>joined by</source>
        <translation>qoşulanlar</translation>
    </message>
    <message>
        <source>located in</source>
        <translation>yerləşdiyi yer</translation>
    </message>
    <message>
        <source>location of</source>
        <translation>burada yerləşənlər</translation>
    </message>
    <message>
        <source>member of</source>
        <translation>üzvü</translation>
    </message>
    <message>
        <source>member</source>
        <translation>üzvləri</translation>
    </message>
    <message>
        <source>membership terminated in</source>
        <translation>üzvlüyünə xitam verildiyi</translation>
    </message>
    <message>
        <source>terminated the membership of</source>
        <translation>üzvlüyünə xitam verilənlər</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>açılışını etdiyi</translation>
    </message>
    <message>
        <source>opened by</source>
        <translation>açılışını edən</translation>
    </message>
    <message>
        <source>organized</source>
        <translation>təşkil etdiyi</translation>
    </message>
    <message>
        <source>organized by</source>
        <translation>təşkilatçıları</translation>
    </message>
    <message>
        <source>part of</source>
        <translation>tərkib hissəsi olduğu</translation>
    </message>
    <message>
        <source>has part</source>
        <translation>tərkib hissələri</translation>
    </message>
    <message>
        <source>participated in</source>
        <translation>iştirak etdiyi</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>iştirakçılar</translation>
    </message>
    <message>
        <source>president of</source>
        <translation>prezidenti</translation>
    </message>
    <message>
        <source>president</source>
        <translation>prezident</translation>
    </message>
    <message>
        <source>re-admitted to</source>
        <translation>yenidən qəbul edildiyi</translation>
    </message>
    <message>
        <source>re-admitted</source>
        <translation>yenidən qəbul edilənlər</translation>
    </message>
    <message>
        <source>reported on</source>
        <translation>məlumat verdiyi</translation>
    </message>
    <message>
        <source>reported by</source>
        <translation>məlumat verənlər</translation>
    </message>
    <message>
        <source>%1 (reverse)</source>
        <translation>%1 (əks)</translation>
    </message>
    <message>
        <source>Azerbaijani</source>
        <translation>azərbaycanca</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>rusca</translation>
    </message>
    <message>
        <source>English</source>
        <translation>ingiliscə</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>farsca</translation>
    </message>
    <message>
        <source>Talysh</source>
        <translation>talışca</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>niderlandca</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>türkcə</translation>
    </message>
    <message>
        <source>German</source>
        <translation>almanca</translation>
    </message>
    <message>
        <source>French</source>
        <translation>fransızca</translation>
    </message>
    <message>
        <source>Latin</source>
        <translation>latın əlifbası</translation>
    </message>
    <message>
        <source>Cyrillic</source>
        <translation>kiril əlifbası</translation>
    </message>
    <message>
        <source>Arabic script</source>
        <translation>ərəb əlifbası</translation>
    </message>
    <message>
        <source>Armenian</source>
        <translation>erməni əlifbası</translation>
    </message>
    <message>
        <source>Georgian</source>
        <translation>gürcü əlifbası</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>%1 tarixindən</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>%1 tarixinədək</translation>
    </message>
    <message>
        <source>began %1, ended %2</source>
        <comment>a period whose start or end is itself uncertain: after 2004, 1993 – 1995</comment>
        <translation>başlanğıc: %1, son: %2</translation>
    </message>
    <message>
        <source>began %1</source>
        <comment>a period&apos;s start that is itself uncertain: after 2004, 1993 – 1995</comment>
        <translation>başlanğıc: %1</translation>
    </message>
    <message>
        <source>ended %1</source>
        <comment>a period&apos;s end that is itself uncertain: before 2010</comment>
        <translation>son: %1</translation>
    </message>
    <message>
        <source>%1 (former)</source>
        <comment>a relation that held once and no longer does; the end is not known</comment>
        <translation>%1 (keçmişdə)</translation>
    </message>
    <message>
        <source>Abbreviation</source>
        <translation>Qısaltma</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Sahə</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Müəllif</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Doğum tarixi</translation>
    </message>
    <message>
        <source>Capital</source>
        <translation>Paytaxt</translation>
    </message>
    <message>
        <source>Chairman</source>
        <translation>Sədr</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Vətəndaşlıq</translation>
    </message>
    <message>
        <source>Colour code</source>
        <translation>Rəng kodu</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ölkə</translation>
    </message>
    <message>
        <source>Died</source>
        <translation>Ölüm tarixi</translation>
    </message>
    <message>
        <source>Dissolved</source>
        <translation>Buraxılma tarixi</translation>
    </message>
    <message>
        <source>Formed</source>
        <translation>Yaranma tarixi</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>Təsis tarixi</translation>
    </message>
    <message>
        <source>Founder</source>
        <translation>Təsisçi</translation>
    </message>
    <message>
        <source>Governing body</source>
        <translation>İdarəetmə orqanı</translation>
    </message>
    <message>
        <source>Headquarters</source>
        <translation>Mərkəzi qərargah</translation>
    </message>
    <message>
        <source>Ideology</source>
        <translation>İdeologiya</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Lider</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Yerləşmə</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Loqo</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Üzvlər</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Milliyyət</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Məşğuliyyət</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Partiya</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Doğum yeri</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Əhali</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Vəzifə</translation>
    </message>
    <message>
        <source>President</source>
        <translation>Prezident</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Məqsəd</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Say</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Növ</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Veb-sayt</translation>
    </message>
</context>
<context>
    <name>tkb::PassageLocator</name>
    <message>
        <source>Nothing is selected: select a passage of the text first.</source>
        <translation>Heç nə seçilməyib: əvvəlcə mətndən bir parça seçin.</translation>
    </message>
    <message>
        <source>The selection is not in the stored text (it takes in a heading, a table or a label of the page): select words of the text itself.</source>
        <translation>Seçim saxlanmış mətndə deyil (ona başlıq, cədvəl və ya səhifənin yazısı düşüb): mətnin öz sözlərini seçin.</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Giriş</translation>
    </message>
    <message>
        <source>The selection runs from “%1” into “%2”: a passage must lie within one section.</source>
        <translation>Seçim “%1” bölməsindən “%2” bölməsinə keçir: parça bir bölmənin içində olmalıdır.</translation>
    </message>
    <message>
        <source>The selection is not word for word in “%1”.</source>
        <translation>Seçim “%1” mətnində hərfi-hərfinə yoxdur.</translation>
    </message>
</context>
<context>
    <name>tkb::PdfExporter</name>
    <message>
        <source>The page could not be drawn.</source>
        <translation>Səhifəni çəkmək mümkün olmadı.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>İxrac ləğv edildi.</translation>
    </message>
    <message>
        <source>A new page could not be started.</source>
        <translation>Yeni səhifəyə başlamaq mümkün olmadı.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Səhifə %1 / %2</translation>
    </message>
    <message>
        <source>The document could not be finished.</source>
        <translation>Sənədi tamamlamaq mümkün olmadı.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>“%1” yazılmadı: %2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>bu qovluqdur</translation>
    </message>
    <message>
        <source>The PDF could not be produced.</source>
        <translation>PDF yaratmaq mümkün olmadı.</translation>
    </message>
</context>
<context>
    <name>tkb::QualifierEditor</name>
    <message>
        <source>Held once and no longer (former)</source>
        <translation>Bir vaxtlar olub, indi yox (keçmiş)</translation>
    </message>
    <message>
        <source>Who reports it or holds the opinion: a name, or an entity</source>
        <translation>Bunu kim bildirir və ya bu fikirdədir: ad və ya varlıq</translation>
    </message>
    <message>
        <source>e.g. why the words can be read more than one way</source>
        <translation>məs. sözlər niyə bir neçə cür oxuna bilər</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;According to:</source>
        <translation>&amp;Görə:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Qeyd:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>According to</source>
        <translation>Görə</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Qeyd</translation>
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
        <translation>Son bilik bazası yoxdur</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Siyahını &amp;təmizlə</translation>
    </message>
</context>
<context>
    <name>tkb::RecentChangesPage</name>
    <message>
        <source>Recent Changes</source>
        <translation>Son dəyişikliklər</translation>
    </message>
    <message>
        <source>Did not apply: %1</source>
        <translation>Tətbiq edilmədi: %1</translation>
    </message>
    <message>
        <source>%1 by %2: %3. Did not apply: %4</source>
        <translation>%1, müəllif %2: %3. Tətbiq edilmədi: %4</translation>
    </message>
    <message numerus="yes">
        <source>%n entities</source>
        <translation>
            <numerusform>%n qeyd</numerusform>
            <numerusform>%n qeyd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 by %2: %3. %n entities changed</source>
        <translation>
            <numerusform>%1, müəllif %2: %3. %n qeyd dəyişdirilib</numerusform>
            <numerusform>%1, müəllif %2: %3. %n qeyd dəyişdirilib</numerusform>
        </translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(silinib)</translation>
    </message>
    <message>
        <source>No changes yet: the knowledge base is as its pack made it.</source>
        <translation>Hələ dəyişiklik yoxdur: bilik bazası paketin yaratdığı kimidir.</translation>
    </message>
    <message numerus="yes">
        <source>The newest changes, newest first. %n did not apply and are kept with their problem.</source>
        <translation>
            <numerusform>Son dəyişikliklər, əvvəlcə yeniləri. %n dəyişiklik tətbiq edilmədi və səbəbi ilə saxlanılıb.</numerusform>
            <numerusform>Son dəyişikliklər, əvvəlcə yeniləri. %n dəyişiklik tətbiq edilmədi və səbəbi ilə saxlanılıb.</numerusform>
        </translation>
    </message>
    <message>
        <source>The newest changes, newest first.</source>
        <translation>Son dəyişikliklər, əvvəlcə yeniləri.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Vaxt</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Müəllif</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Şərh</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Dəyişdirilib</translation>
    </message>
    <message>
        <source>Recent changes</source>
        <translation>Son dəyişikliklər</translation>
    </message>
    <message>
        <source>About the list</source>
        <translation>Siyahı haqqında</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Aç</translation>
    </message>
    <message>
        <source>Open the chosen entity (Enter)</source>
        <translation>Seçilmiş qeydi aç (Enter)</translation>
    </message>
    <message>
        <source>Open Hi&amp;story</source>
        <translation>&amp;Tarixçəni aç</translation>
    </message>
    <message>
        <source>Open the chosen entity&apos;s history (Shift+Enter)</source>
        <translation>Seçilmiş qeydin tarixçəsini aç (Shift+Enter)</translation>
    </message>
    <message>
        <source>Show &amp;More</source>
        <translation>&amp;Daha çox göstər</translation>
    </message>
    <message numerus="yes">
        <source>Show %n older changes</source>
        <translation>
            <numerusform>Daha %n köhnə dəyişikliyi göstər</numerusform>
            <numerusform>Daha %n köhnə dəyişikliyi göstər</numerusform>
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
        <translation>Şəxs, yer, hadisə axtarın…</translation>
    </message>
    <message>
        <source>Search the knowledge base</source>
        <translation>Bilik bazasında axtarış</translation>
    </message>
    <message>
        <source>Type a name in any spelling or script; Enter shows all results.</source>
        <translation>Adı istənilən yazılışda və əlifbada yazın; Enter bütün nəticələri göstərir.</translation>
    </message>
    <message>
        <source>Search the knowledge base (Ctrl+K)</source>
        <translation>Bilik bazasında axtarış (Ctrl+K)</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Təkliflər</translation>
    </message>
    <message>
        <source>filter</source>
        <translation>filtr</translation>
    </message>
    <message>
        <source>%1, filter</source>
        <translation>%1, filtr</translation>
    </message>
</context>
<context>
    <name>tkb::SearchResultsPage</name>
    <message>
        <source>Search: %1</source>
        <translation>Axtarış: %1</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Bütün növlər</translation>
    </message>
    <message>
        <source>No results for “%1”</source>
        <translation>“%1” üzrə nəticə yoxdur</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) for “%1”</source>
        <translation>
            <numerusform>“%1” üzrə %n nəticə</numerusform>
            <numerusform>“%1” üzrə %n nəticə</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Növ:</translation>
    </message>
    <message>
        <source>Filter results by kind</source>
        <translation>Nəticələri növə görə süz</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Axtarış nəticələri</translation>
    </message>
</context>
<context>
    <name>tkb::SelectionActions</name>
    <message>
        <source>C&amp;ite for…</source>
        <translation>&amp;İstinad et…</translation>
    </message>
    <message>
        <source>Lin&amp;k to…</source>
        <translation>&amp;Keçid ver…</translation>
    </message>
    <message>
        <source>&amp;New Entity from Selection…</source>
        <translation>Seçimdən &amp;yeni qeyd…</translation>
    </message>
    <message>
        <source>This knowledge base is open read-only: it cannot be changed here.</source>
        <translation>Bu bilik bazası yalnız oxumaq üçün açılıb: burada dəyişdirilə bilməz.</translation>
    </message>
    <message>
        <source>Select words of the text first.</source>
        <translation>Əvvəlcə mətndən sözlər seçin.</translation>
    </message>
    <message>
        <source>Only a source&apos;s text can be cited: open the source and select the passage there.</source>
        <translation>Yalnız mənbənin mətnindən sitat gətirmək olar: mənbəni açın və parçanı orada seçin.</translation>
    </message>
    <message>
        <source>Attach the selected passage as a citation to a claim of an entity</source>
        <translation>Seçilmiş parçanı qeydin bir iddiasına sitat kimi əlavə et</translation>
    </message>
    <message>
        <source>Make the selected words a link to an entity</source>
        <translation>Seçilmiş sözləri qeydə keçid et</translation>
    </message>
    <message>
        <source>The entity form is not available in this window.</source>
        <translation>Qeyd forması bu pəncərədə mövcud deyil.</translation>
    </message>
    <message>
        <source>Create an entity named by the selected words, resting on them</source>
        <translation>Seçilmiş sözlərlə adlanan və onlara əsaslanan qeyd yarat</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>qısa təsvir</translation>
    </message>
    <message>
        <source>text</source>
        <translation>mətn</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Seçim</translation>
    </message>
    <message>
        <source>%1 is no longer in the knowledge base.</source>
        <translation>%1 artıq bilik bazasında yoxdur.</translation>
    </message>
    <message>
        <source>Cite “%1” for %2</source>
        <translation>“%1” sitatı — %2 üçün</translation>
    </message>
    <message>
        <source>The text of %1 is not in the knowledge base.</source>
        <translation>%1 mətni bilik bazasında yoxdur.</translation>
    </message>
    <message>
        <source>The text was changed meanwhile: select the words again.</source>
        <translation>Mətn bu arada dəyişib: sözləri yenidən seçin.</translation>
    </message>
    <message>
        <source>Link “%1” to %2</source>
        <translation>“%1” — %2 keçidi</translation>
    </message>
    <message>
        <source>Only plain words of one line can become a link: the selection takes in a link, emphasis or a line break.</source>
        <translation>Yalnız bir sətrin sadə sözləri keçid ola bilər: seçimə keçid, vurğu və ya sətir keçidi düşüb.</translation>
    </message>
    <message>
        <source>The knowledge base is still being checked; it can be changed once that is done.</source>
        <translation>Bilik bazası hələ yoxlanılır; yoxlama bitəndən sonra onu dəyişmək olar.</translation>
    </message>
</context>
<context>
    <name>tkb::SelectionTargetDialog</name>
    <message>
        <source>Cite for a Claim</source>
        <translation>İddia üçün istinad</translation>
    </message>
    <message>
        <source>Link to an Entity</source>
        <translation>Qeydə keçid</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Passage to cite</source>
        <translation>Sitat üçün parça</translation>
    </message>
    <message>
        <source>Words to link</source>
        <translation>Keçid ediləcək sözlər</translation>
    </message>
    <message>
        <source>Name in any spelling</source>
        <translation>İstənilən yazılışda ad</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Qeyd</translation>
    </message>
    <message>
        <source>&amp;Entity:</source>
        <translation>&amp;Qeyd:</translation>
    </message>
    <message>
        <source>Claim the passage supports</source>
        <translation>Parçanın dəstəklədiyi iddia</translation>
    </message>
    <message>
        <source>&amp;Claim:</source>
        <translation>&amp;İddia:</translation>
    </message>
    <message>
        <source>C&amp;ite</source>
        <translation>&amp;İstinad et</translation>
    </message>
    <message>
        <source>Lin&amp;k</source>
        <translation>&amp;Keçid ver</translation>
    </message>
    <message numerus="yes">
        <source>%1  [%n citation(s)]</source>
        <translation>
            <numerusform>%1  [%n sitat]</numerusform>
            <numerusform>%1  [%n sitat]</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the entity first.</source>
        <translation>Əvvəlcə qeydin adını yazın.</translation>
    </message>
    <message>
        <source>No entity is called “%1”.</source>
        <translation>“%1” adlı qeyd yoxdur.</translation>
    </message>
    <message>
        <source>Choose the claim the passage supports.</source>
        <translation>Parçanın dəstəklədiyi iddianı seçin.</translation>
    </message>
</context>
<context>
    <name>tkb::SidebarDock</name>
    <message>
        <source>Linked entities</source>
        <translation>Əlaqəli qeydlər</translation>
    </message>
    <message>
        <source>&amp;Linked Entities</source>
        <translation>Əlaqəli &amp;qeydlər</translation>
    </message>
    <message>
        <source>Show or hide the linked entities sidebar</source>
        <translation>Əlaqəli qeydlər yan panelini göstər və ya gizlət</translation>
    </message>
</context>
<context>
    <name>tkb::SourceDialog</name>
    <message>
        <source>&amp;Markdown: lines starting with # begin sections</source>
        <translation>Mar&amp;kdown: # ilə başlayan sətirlər bölmə açır</translation>
    </message>
    <message>
        <source>Add Source</source>
        <translation>Mənbə əlavə et</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Başlıq:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Başlıq</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Mütləqdir</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>Müə&amp;llif:</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Müəllif</translation>
    </message>
    <message>
        <source>&amp;Publisher:</source>
        <translation>&amp;Nəşriyyat:</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Nəşriyyat</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Tarix:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <source>&amp;Web address:</source>
        <translation>&amp;Veb ünvan:</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Veb ünvan</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Dil:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>Code, e.g. en, ru, az</source>
        <translation>Kod, məs. en, ru, az</translation>
    </message>
    <message>
        <source>Te&amp;xt (paste it, or read a .txt or .md file):</source>
        <translation>&amp;Mətn (yapışdırın və ya .txt, .md faylını oxuyun):</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Mətn</translation>
    </message>
    <message>
        <source>&amp;Read File…</source>
        <translation>Faylı &amp;oxu…</translation>
    </message>
    <message>
        <source>Add &amp;Source</source>
        <translation>Mənbəni əlavə &amp;et</translation>
    </message>
    <message>
        <source>Read a Source&apos;s Text</source>
        <translation>Mənbənin mətnini oxu</translation>
    </message>
    <message>
        <source>Text and Markdown (*.txt *.md *.markdown);;All files (*)</source>
        <translation>Mətn və Markdown (*.txt *.md *.markdown);;Bütün fayllar (*)</translation>
    </message>
    <message>
        <source>A source needs a title.</source>
        <translation>Mənbənin başlığı olmalıdır.</translation>
    </message>
    <message>
        <source>The web address must begin with http:// or https://.</source>
        <translation>Veb ünvan http:// və ya https:// ilə başlamalıdır.</translation>
    </message>
    <message>
        <source>Add source %1</source>
        <translation>%1 mənbəyinin əlavə edilməsi</translation>
    </message>
    <message>
        <source>No knowledge base is open.</source>
        <translation>Heç bir bilik bazası açıq deyil.</translation>
    </message>
    <message>
        <source>The date in EDTF: a day, a month or a year; %1 after it for circa, %2 for uncertain, %3 for a part of a year</source>
        <translation>EDTF formatında tarix: gün, ay və ya il; təxmini üçün ondan sonra %1, qeyri-müəyyən üçün %2, ilin bir hissəsi üçün %3</translation>
    </message>
    <message>
        <source>Give the source&apos;s text (paste it, or read a .txt or .md file) or its web address.</source>
        <translation>Mənbənin mətnini (yapışdırın və ya .txt ya da .md faylından oxuyun) və ya veb ünvanını göstərin.</translation>
    </message>
    <message>
        <source>The date “%1” is not one the base can read. EDTF dates look like these:</source>
        <translation>Baza “%1” tarixini oxuya bilmir. EDTF tarixləri belə görünür:</translation>
    </message>
</context>
<context>
    <name>tkb::SourcePage</name>
    <message>
        <source>Source: %1</source>
        <translation>Mənbə: %1</translation>
    </message>
    <message>
        <source>This knowledge base holds no article.</source>
        <translation>Bu bilik bazasında məqalə yoxdur.</translation>
    </message>
    <message>
        <source>This entry has no text of its own.</source>
        <translation>Bu qeydin öz mətni yoxdur.</translation>
    </message>
</context>
<context>
    <name>tkb::SourceText</name>
    <message>
        <source>“%1” is not a .txt or .md file.</source>
        <translation>“%1” .txt və ya .md faylı deyil.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>“%1” oxuna bilmir: %2</translation>
    </message>
    <message>
        <source>“%1” is too large for a source (more than 32 MB).</source>
        <translation>“%1” mənbə üçün çox böyükdür (32 MB-dan çox).</translation>
    </message>
    <message>
        <source>“%1” is not a text file: it holds binary data.</source>
        <translation>“%1” mətn faylı deyil: onda ikili verilənlər var.</translation>
    </message>
    <message>
        <source>“%1” is not UTF-8 text.</source>
        <translation>“%1” UTF-8 mətni deyil.</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>“%1” boşdur.</translation>
    </message>
</context>
<context>
    <name>tkb::TabBar</name>
    <message>
        <source>Close Tab</source>
        <translation>Vərəqi bağla</translation>
    </message>
</context>
<context>
    <name>tkb::TabManager</name>
    <message>
        <source>There is nothing to show at %1.</source>
        <translation>%1 ünvanında göstəriləcək heç nə yoxdur.</translation>
    </message>
    <message>
        <source>Opened %1 in your web browser.</source>
        <translation>%1 veb-brauzerdə açıldı.</translation>
    </message>
    <message>
        <source>Refused to open “%1”: only kb: pages and web (http, https) links are followed.</source>
        <translation>“%1” açılmadı: yalnız kb: səhifələri və veb (http, https) keçidləri açılır.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Yenilə</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Dublikat yarat</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Bağla</translation>
    </message>
    <message>
        <source>Close &amp;Others</source>
        <translation>&amp;Digərlərini bağla</translation>
    </message>
</context>
<context>
    <name>tkb::TableSwitch</name>
    <message>
        <source>Show as &amp;table</source>
        <translation>&amp;Cədvəl kimi göstər</translation>
    </message>
    <message>
        <source>The same data as rows of a table, for reading with a screen reader or the keyboard</source>
        <translation>Eyni məlumatlar cədvəl sətirləri kimi — ekran oxuyucusu və ya klaviatura ilə oxumaq üçün</translation>
    </message>
</context>
<context>
    <name>tkb::ThemeMenu</name>
    <message>
        <source>T&amp;heme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>&amp;Sistemdəki kimi</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Açıq</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Tünd</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>&amp;Yüksək kontrast</translation>
    </message>
    <message>
        <source>White on black with yellow links, for low vision</source>
        <translation>Qara fonda ağ mətn, sarı keçidlər — zəif görənlər üçün</translation>
    </message>
</context>
<context>
    <name>tkb::TimelineAccessible</name>
    <message>
        <source>Events too close to tell apart at this zoom. Enter zooms in.</source>
        <translation>Bu miqyasda ayırd etmək üçün hadisələr çox yaxındır. Enter yaxınlaşdırır.</translation>
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
        <translation>Xronologiya</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>tarixsiz</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Hadisə</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Xülasə</translation>
    </message>
    <message>
        <source>Events in chronological order</source>
        <translation>Hadisələr xronoloji ardıcıllıqla</translation>
    </message>
    <message>
        <source>Timeline of events</source>
        <translation>Hadisələrin xronologiyası</translation>
    </message>
    <message numerus="yes">
        <source>%n more events in view: zoom in to list them.</source>
        <translation>
            <numerusform>Görünən hissədə daha %n hadisə var: siyahıda görmək üçün yaxınlaşdırın.</numerusform>
            <numerusform>Görünən hissədə daha %n hadisə var: siyahıda görmək üçün yaxınlaşdırın.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left and right arrows move between events, Enter opens one, Ctrl+wheel zooms. Where events are too many to tell apart they are grouped with their number: the arrows move between the groups, Enter zooms in.</source>
        <translation>Sol və sağ ox düymələri hadisələr arasında keçir, Enter birini açır, Ctrl+təkər miqyası dəyişir. Ayırd edilə bilməyəcək qədər çox hadisə sayı ilə birlikdə qruplaşdırılır: ox düymələri qruplar arasında keçir, Enter yaxınlaşdırır.</translation>
    </message>
    <message>
        <source>Events in chronological order, as a table</source>
        <translation>Xronoloji ardıcıllıqla hadisələr, cədvəl kimi</translation>
    </message>
    <message>
        <source>One row per event. Enter opens the event.</source>
        <translation>Hər hadisə üçün bir sətir. Enter hadisəni açır.</translation>
    </message>
</context>
<context>
    <name>tkb::TimelinePainter</name>
    <message>
        <source>%1 to %2</source>
        <comment>the first and last day of a cluster of events</comment>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>%n events, %1. Click to zoom in.</source>
        <translation>
            <numerusform>%n hadisə, %1. Yaxınlaşdırmaq üçün klikləyin.</numerusform>
            <numerusform>%n hadisə, %1. Yaxınlaşdırmaq üçün klikləyin.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1k</source>
        <comment>thousands of events in a cluster of the timeline</comment>
        <translation>%1 min</translation>
    </message>
</context>
<context>
    <name>tkb::TimelineView</name>
    <message>
        <source>No dated events.</source>
        <translation>Tarixli hadisə yoxdur.</translation>
    </message>
</context>
<context>
    <name>tkb::UndoHistoryDock</name>
    <message>
        <source>Undo History</source>
        <translation>Geri alma tarixçəsi</translation>
    </message>
    <message>
        <source>&lt;no edits yet&gt;</source>
        <translation>&lt;hələ düzəliş yoxdur&gt;</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Geri alma tarixçəsi</translation>
    </message>
    <message>
        <source>Choose an edit to undo or redo every step up to it</source>
        <translation>Ona qədər bütün addımları geri almaq və ya təkrarlamaq üçün düzəlişi seçin</translation>
    </message>
</context>
<context>
    <name>tkb::WindowActions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fayl</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Görünüş</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Keçid</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Kömək</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Naviqasiya</translation>
    </message>
    <message>
        <source>&amp;Open Knowledge Base…</source>
        <translation>Bilik bazasını &amp;aç…</translation>
    </message>
    <message>
        <source>Open another knowledge base file</source>
        <translation>Başqa bilik bazası faylını aç</translation>
    </message>
    <message>
        <source>&amp;Import Article…</source>
        <translation>Məqaləni &amp;idxal et…</translation>
    </message>
    <message>
        <source>Import an article (.txt) or a knowledge pack (.json)</source>
        <translation>Məqaləni (.txt) və ya bilik paketini (.json) idxal et</translation>
    </message>
    <message>
        <source>&amp;Export to PDF…</source>
        <translation>PDF-ə i&amp;xrac et…</translation>
    </message>
    <message>
        <source>Save the current page or another section as a PDF file</source>
        <translation>Cari səhifəni və ya başqa bölməni PDF faylı kimi saxla</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Ç&amp;ap et…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Çapdan əvvəl &amp;baxış…</translation>
    </message>
    <message>
        <source>New &amp;Tab</source>
        <translation>Yeni &amp;vərəq</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>Vərəqi &amp;bağla</translation>
    </message>
    <message>
        <source>&amp;Reopen Closed Tab</source>
        <translation>Bağlanmış vərəqi &amp;yenidən aç</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Çı&amp;xış</translation>
    </message>
    <message>
        <source>&amp;Next Tab</source>
        <translation>&amp;Növbəti vərəq</translation>
    </message>
    <message>
        <source>&amp;Previous Tab</source>
        <translation>Ə&amp;vvəlki vərəq</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Geri</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>Geri (Alt+Sola)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;İrəli</translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation>İrəli (Alt+Sağa)</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Əsas səhifə</translation>
    </message>
    <message>
        <source>Overview (Alt+Home)</source>
        <translation>İcmal (Alt+Home)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Yenilə</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Böyüt</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Kiçilt</translation>
    </message>
    <message>
        <source>&amp;Normal Size</source>
        <translation>&amp;Normal ölçü</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Axtarış…</translation>
    </message>
    <message>
        <source>Next &amp;Pane</source>
        <translation>Növbəti &amp;panel</translation>
    </message>
    <message>
        <source>Previous P&amp;ane</source>
        <translation>Əvvəlki p&amp;anel</translation>
    </message>
    <message>
        <source>&amp;Graph</source>
        <translation>&amp;Qraf</translation>
    </message>
    <message>
        <source>The graph around the current entity (Ctrl+G)</source>
        <translation>Cari qeydin əlaqələr qrafı (Ctrl+G)</translation>
    </message>
    <message>
        <source>&amp;About Talysh KB</source>
        <translation>Talış KB &amp;haqqında</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>İ&amp;cmal</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>Şə&amp;xslər</translation>
    </message>
    <message>
        <source>O&amp;rganizations</source>
        <translation>&amp;Təşkilatlar</translation>
    </message>
    <message>
        <source>P&amp;laces</source>
        <translation>&amp;Yerlər</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Hadisələr</translation>
    </message>
    <message>
        <source>G&amp;oals</source>
        <translation>&amp;Məqsədlər</translation>
    </message>
    <message>
        <source>&amp;Topics</source>
        <translation>Mö&amp;vzular</translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation>Mən&amp;bələr</translation>
    </message>
    <message>
        <source>The article: lead, history, goals and problems</source>
        <translation>Məqalə: giriş, tarix, məqsədlər və problemlər</translation>
    </message>
    <message>
        <source>Everyone the article names</source>
        <translation>Məqalədə adı çəkilən hər kəs</translation>
    </message>
    <message>
        <source>Organizations, parties and institutions</source>
        <translation>Təşkilatlar, partiyalar və qurumlar</translation>
    </message>
    <message>
        <source>Countries, regions and cities</source>
        <translation>Ölkələr, bölgələr və şəhərlər</translation>
    </message>
    <message>
        <source>Events in time order</source>
        <translation>Hadisələr zaman ardıcıllığı ilə</translation>
    </message>
    <message>
        <source>What the movement seeks</source>
        <translation>Hərəkatın nəyə can atdığı</translation>
    </message>
    <message>
        <source>Languages, peoples and issues</source>
        <translation>Dillər, xalqlar və məsələlər</translation>
    </message>
    <message>
        <source>The documents every fact is cited from</source>
        <translation>Hər faktın götürüldüyü sənədlər</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Son açılanlar</translation>
    </message>
    <message>
        <source>Connect to &amp;Server…</source>
        <translation>&amp;Serverə qoşul…</translation>
    </message>
    <message>
        <source>Open a team&apos;s knowledge base on a PostgreSQL server</source>
        <translation>Komandanın PostgreSQL serverindəki bilik bazasını aç</translation>
    </message>
</context>
</TS>
