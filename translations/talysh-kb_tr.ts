<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr" sourcelanguage="en">
<context>
    <name>ClaimStatus</name>
    <message>
        <source>stated</source>
        <translation>belirtilir</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>aktarılır</translation>
    </message>
    <message>
        <source>opinion</source>
        <translation>görüş</translation>
    </message>
    <message>
        <source>disputed</source>
        <translation>tartışmalı</translation>
    </message>
    <message>
        <source>ambiguous reading</source>
        <translation>belirsiz okuma</translation>
    </message>
</context>
<context>
    <name>EntityKind</name>
    <message>
        <source>Person</source>
        <translation>Kişi</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Kuruluş</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Yer</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Olay</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Hedef</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Konu</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kaynak</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Kişiler</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Kuruluşlar</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Yerler</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Olaylar</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Hedefler</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Konular</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Kaynaklar</translation>
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
        <translation>yaklaşık %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <comment>a period open at its end</comment>
        <translation>%1 tarihinden itibaren</translation>
    </message>
    <message>
        <source>until %1</source>
        <comment>a period open at its start, up to and including</comment>
        <translation>%1 tarihine kadar</translation>
    </message>
    <message>
        <source>before %1</source>
        <translation>%1 öncesi</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>%1 sonrası</translation>
    </message>
    <message>
        <source>beginning of %1</source>
        <comment>a year</comment>
        <translation>%1 başı</translation>
    </message>
    <message>
        <source>mid-%1</source>
        <comment>a year</comment>
        <translation>%1 ortası</translation>
    </message>
    <message>
        <source>end of %1</source>
        <comment>a year</comment>
        <translation>%1 sonu</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>this computer</source>
        <translation>bu bilgisayar</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 üzerinde %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A knowledge base of the Talysh National Movement.</source>
        <translation>Talış Ulusal Hareketi hakkında bir bilgi tabanı.</translation>
    </message>
    <message>
        <source>Use this language for this run (%1).</source>
        <translation>Bu çalıştırma için bu dili kullan (%1).</translation>
    </message>
    <message>
        <source>A knowledge base file to open instead of the bundled one.</source>
        <translation>Yerleşik bilgi tabanı yerine açılacak bilgi tabanı dosyası.</translation>
    </message>
    <message>
        <source>Open the knowledge base, save a picture of the window to this PNG file and quit.</source>
        <translation>Bilgi tabanını aç, pencerenin resmini bu PNG dosyasına kaydet ve çık.</translation>
    </message>
    <message>
        <source>Saved a picture of &quot;%1&quot; to %2.</source>
        <translation>“%1” resmi %2 dosyasına kaydedildi.</translation>
    </message>
    <message>
        <source>talysh-kb: cannot write the picture %1.</source>
        <translation>talysh-kb: %1 resmi yazılamıyor.</translation>
    </message>
    <message>
        <source>Use these colours for this run (%1).</source>
        <translation>Bu çalıştırmada bu renkleri kullan (%1).</translation>
    </message>
</context>
<context>
    <name>tkb::ArticlePage</name>
    <message>
        <source>Article</source>
        <translation>Makale</translation>
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
        <translation>Bulunamadı</translation>
    </message>
    <message>
        <source>This knowledge base holds no article.</source>
        <translation>Bu bilgi tabanında makale yok.</translation>
    </message>
</context>
<context>
    <name>tkb::BaseOpener</name>
    <message>
        <source>%1 is already open.</source>
        <translation>%1 zaten açık.</translation>
    </message>
    <message>
        <source>Another Talysh KB window has this knowledge base open, so it was opened read-only.</source>
        <translation>Bu bilgi tabanı başka bir Talış KB penceresinde açık, bu yüzden salt okunur açıldı.</translation>
    </message>
    <message>
        <source>This knowledge base file cannot be written, so it was opened read-only.</source>
        <translation>Bu bilgi tabanı dosyasına yazılamıyor, bu yüzden salt okunur açıldı.</translation>
    </message>
    <message>
        <source>No knowledge base open</source>
        <translation>Açık bilgi tabanı yok</translation>
    </message>
    <message>
        <source>bundled (Talysh National Movement)</source>
        <translation>yerleşik (Talış Ulusal Hareketi)</translation>
    </message>
    <message>
        <source>Knowledge base: %1</source>
        <translation>Bilgi tabanı: %1</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>salt okunur</translation>
    </message>
    <message>
        <source>Read-only: another Talysh KB window has this file open.</source>
        <translation>Salt okunur: bu dosya başka bir Talış KB penceresinde açık.</translation>
    </message>
    <message>
        <source>Read-only: the file or its folder cannot be written.</source>
        <translation>Salt okunur: dosyaya ya da klasörüne yazılamıyor.</translation>
    </message>
    <message>
        <source>Cannot Open Knowledge Base</source>
        <translation>Bilgi tabanı açılamıyor</translation>
    </message>
    <message>
        <source>The knowledge base %1 could not be opened. It was not changed.</source>
        <translation>%1 bilgi tabanı açılamadı. Üzerinde değişiklik yapılmadı.</translation>
    </message>
    <message>
        <source>Open the bundled knowledge base instead</source>
        <translation>Bunun yerine yerleşik bilgi tabanını aç</translation>
    </message>
    <message>
        <source>Keep the current one</source>
        <translation>Geçerli olanı koru</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Open Knowledge Base</source>
        <translation>Bilgi tabanını aç</translation>
    </message>
    <message>
        <source>Talysh KB knowledge bases (*.tkb);;All files (*)</source>
        <translation>Talış KB bilgi tabanları (*.tkb);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>Import Article or Knowledge Pack</source>
        <translation>Makale ya da bilgi paketi içe aktar</translation>
    </message>
    <message>
        <source>Articles and knowledge packs (*.txt *.json);;Articles (*.txt);;Knowledge packs (*.json);;All files (*)</source>
        <translation>Makaleler ve bilgi paketleri (*.txt *.json);;Makaleler (*.txt);;Bilgi paketleri (*.json);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>Import Into a New Knowledge Base</source>
        <translation>Yeni bir bilgi tabanına içe aktar</translation>
    </message>
    <message>
        <source>The bundled knowledge base is rebuilt when the program is updated, so it cannot keep imports. Choose where to create a new knowledge base file for this import.</source>
        <translation>Yerleşik bilgi tabanı program güncellendiğinde yeniden oluşturulur, bu yüzden içe aktarılanları saklayamaz. Bu içe aktarma için yeni bilgi tabanı dosyasının nerede oluşturulacağını seçin.</translation>
    </message>
    <message>
        <source>Create Knowledge Base</source>
        <translation>Bilgi tabanı oluştur</translation>
    </message>
    <message>
        <source>Talysh KB knowledge bases (*.tkb)</source>
        <translation>Talış KB bilgi tabanları (*.tkb)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>İçe aktar</translation>
    </message>
    <message>
        <source>Choose a file other than the bundled knowledge base.</source>
        <translation>Yerleşik bilgi tabanından farklı bir dosya seçin.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 içe aktarılıyor…</translation>
    </message>
    <message>
        <source>Nothing was imported from %1.</source>
        <translation>%1 dosyasından hiçbir şey içe aktarılmadı.</translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation>İçe aktarma başarısız</translation>
    </message>
    <message numerus="yes">
        <source>Imported “%1” from %2: %n entities</source>
        <translation>
            <numerusform>“%1”, %2 dosyasından içe aktarıldı: %n kayıt</numerusform>
        </translation>
    </message>
    <message>
        <source>Knowledge Base Damaged</source>
        <translation>Bilgi Tabanı Hasarlı</translation>
    </message>
    <message>
        <source>The knowledge base %1 is damaged. Nothing has been written to it; you can go on reading what can be read, but open a backup or the bundled knowledge base to work on.</source>
        <translation>%1 bilgi tabanı hasarlı. İçine hiçbir şey yazılmadı; okunabileni okumaya devam edebilirsiniz, ancak çalışmak için bir yedeği veya birlikte gelen bilgi tabanını açın.</translation>
    </message>
    <message>
        <source>The knowledge base is damaged: %1</source>
        <translation>Bilgi tabanı hasarlı: %1</translation>
    </message>
    <message>
        <source>The knowledge base file has been checked: it is sound.</source>
        <translation>Bilgi tabanı dosyası denetlendi: sağlam.</translation>
    </message>
    <message>
        <source>Checking the knowledge base file…</source>
        <translation>Bilgi tabanı dosyası denetleniyor…</translation>
    </message>
    <message>
        <source>The upgrade was cancelled; %1 was left as it was.</source>
        <translation>Yükseltme iptal edildi; %1 olduğu gibi bırakıldı.</translation>
    </message>
    <message>
        <source>Upgrading %1 to this version&apos;s format. Its search index is rebuilt, which can take a few minutes for a large knowledge base.</source>
        <translation>%1 bu sürümün biçimine yükseltiliyor. Arama dizini yeniden oluşturuluyor; büyük bir bilgi tabanında bu birkaç dakika sürebilir.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Upgrading the Knowledge Base</source>
        <translation>Bilgi Tabanı Yükseltiliyor</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1 ile bağlantı kuruluyor…</translation>
    </message>
    <message>
        <source>Your role on the server allows reading only, so this knowledge base was opened read-only.</source>
        <translation>Sunucudaki rolünüz yalnızca okumaya izin veriyor, bu yüzden bu bilgi tabanı salt okunur açıldı.</translation>
    </message>
    <message>
        <source>%1 (server)</source>
        <translation>%1 (sunucu)</translation>
    </message>
    <message>
        <source>Read-only: your role on the server allows reading only.</source>
        <translation>Salt okunur: sunucudaki rolünüz yalnızca okumaya izin veriyor.</translation>
    </message>
</context>
<context>
    <name>tkb::ChangeBanner</name>
    <message>
        <source>Another window or program has changed this knowledge base. The pages show it as it was.</source>
        <translation>Başka bir pencere veya program bu bilgi tabanını değiştirdi. Sayfalar onu önceki hâliyle gösteriyor.</translation>
    </message>
    <message>
        <source>&amp;Show Changes</source>
        <translation>&amp;Değişiklikleri göster</translation>
    </message>
    <message>
        <source>Read the knowledge base again and update every open page</source>
        <translation>Bilgi tabanını yeniden oku ve tüm açık sayfaları güncelle</translation>
    </message>
    <message>
        <source>The knowledge base has changed</source>
        <translation>Bilgi tabanı değişti</translation>
    </message>
</context>
<context>
    <name>tkb::CitationTable</name>
    <message>
        <source>Add &amp;citation</source>
        <translation>Kaynak &amp;gösterimi ekle</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kaynak</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Bölüm</translation>
    </message>
    <message>
        <source>Passage (word for word)</source>
        <translation>Pasaj (kelimesi kelimesine)</translation>
    </message>
    <message>
        <source>Citations</source>
        <translation>Kaynak gösterimleri</translation>
    </message>
    <message>
        <source>Remove citation</source>
        <translation>Kaynak gösterimini kaldır</translation>
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
        <translation> (%1 tarihinden itibaren)</translation>
    </message>
    <message>
        <source> (until %1)</source>
        <translation> (%1 tarihine kadar)</translation>
    </message>
    <message>
        <source>The entry itself: %1</source>
        <translation>Kaydın kendisi: %1</translation>
    </message>
    <message>
        <source>Other name: %1</source>
        <translation>Diğer ad: %1</translation>
    </message>
    <message>
        <source>Other name: %1 (%2)</source>
        <translation>Diğer ad: %1 (%2)</translation>
    </message>
    <message>
        <source>Attribute: %1: %2</source>
        <translation>Özellik: %1: %2</translation>
    </message>
    <message>
        <source>Relation: %1 → %2</source>
        <translation>İlişki: %1 → %2</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Tarih: %1</translation>
    </message>
    <message>
        <source>“%1” already rests on this passage.</source>
        <translation>“%1” zaten bu pasaja dayanıyor.</translation>
    </message>
    <message>
        <source>The claim is no longer there: it was changed meanwhile.</source>
        <translation>İddia artık yok: bu arada değiştirildi.</translation>
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
        <translation>Bir dil kodu (BCP 47): az, ru, en, fa, tly …</translation>
    </message>
    <message>
        <source>A script code (ISO 15924): Latn, Cyrl, Arab …</source>
        <translation>Bir yazı sistemi kodu (ISO 15924): Latn, Cyrl, Arab …</translation>
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
        <translation>Yeni öznitelik</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Öznitelik</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Anahtar:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Değer:</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Anahtar</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Değer</translation>
    </message>
    <message>
        <source>New Relation</source>
        <translation>Yeni ilişki</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>İlişki</translation>
    </message>
    <message>
        <source>e.g. member-of, heads, founded, located-in</source>
        <translation>ör. member-of, heads, founded, located-in</translation>
    </message>
    <message>
        <source>&amp;Predicate:</source>
        <translation>&amp;Yüklem:</translation>
    </message>
    <message>
        <source>&amp;Other entity:</source>
        <translation>&amp;Diğer varlık:</translation>
    </message>
    <message>
        <source>Predicate</source>
        <translation>Yüklem</translation>
    </message>
    <message>
        <source>Other entity</source>
        <translation>Diğer varlık</translation>
    </message>
    <message>
        <source>New Date</source>
        <translation>Yeni tarih</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Tarih:</translation>
    </message>
    <message>
        <source>Start of the period</source>
        <translation>Dönemin başlangıcı</translation>
    </message>
    <message>
        <source>End of the period</source>
        <translation>Dönemin sonu</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Başlangıç:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bitiş:</translation>
    </message>
    <message>
        <source>How firmly it is said</source>
        <translation>Ne kadar kesin söyleniyor</translation>
    </message>
    <message>
        <source>Citations</source>
        <translation>Kaynak gösterimleri</translation>
    </message>
    <message>
        <source>A spelling needs its text.</source>
        <translation>Bir yazılışın metni olmalıdır.</translation>
    </message>
    <message>
        <source>An attribute needs a key.</source>
        <translation>Bir özniteliğin anahtarı olmalıdır.</translation>
    </message>
    <message>
        <source>A relation needs a predicate and the other entity.</source>
        <translation>Bir ilişkinin yüklemi ve diğer varlığı olmalıdır.</translation>
    </message>
    <message>
        <source>Write the date, or cancel.</source>
        <translation>Tarihi yazın ya da vazgeçin.</translation>
    </message>
</context>
<context>
    <name>tkb::ClaimRuns</name>
    <message>
        <source>former</source>
        <comment>a claim that held once and no longer does</comment>
        <translation>eski</translation>
    </message>
    <message>
        <source>opinion of %1</source>
        <comment>a claim that is a named person&apos;s opinion</comment>
        <translation>görüş sahibi: %1</translation>
    </message>
    <message>
        <source>according to %1</source>
        <comment>who reports a claim</comment>
        <translation>aktaran: %1</translation>
    </message>
</context>
<context>
    <name>tkb::ClaimTable</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ekle…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Değiştir…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ka&amp;ldır</translation>
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
        <translation>Niteleyiciler ve kaynak gösterimleri</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Anahtar</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Değer</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Dönem</translation>
    </message>
    <message>
        <source>Predicate</source>
        <translation>Yüklem</translation>
    </message>
    <message>
        <source>Other entity</source>
        <translation>Diğer varlık</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>Notation</source>
        <translation>Gösterim</translation>
    </message>
    <message>
        <source>according to %1</source>
        <translation>%1 göre</translation>
    </message>
    <message>
        <source>former</source>
        <translation>eski</translation>
    </message>
    <message numerus="yes">
        <source>%n citation(s)</source>
        <translation>
            <numerusform>%n kaynak gösterimi</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>%1 tarihinden</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>%1 tarihine kadar</translation>
    </message>
</context>
<context>
    <name>tkb::ConflictDialog</name>
    <message>
        <source>Changed by Someone Else</source>
        <translation>Başka Biri Tarafından Değiştirildi</translation>
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
        <translation>“%1”, siz düzenlemeye başladıktan sonra %2 tarafından değiştirildi. Sizin değişiklikleriniz henüz kaydedilmedi. İki sürümü karşılaştırıp seçin.</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>başka biri</translation>
    </message>
    <message>
        <source>In the knowledge base now</source>
        <translation>Şu an bilgi tabanında</translation>
    </message>
    <message>
        <source>With your edit on top</source>
        <translation>Üzerine sizin düzenlemenizle</translation>
    </message>
    <message>
        <source>The two versions side by side</source>
        <translation>İki sürüm yan yana</translation>
    </message>
    <message>
        <source>&amp;Save Mine on Top</source>
        <translation>Benimkini üzerine &amp;kaydet</translation>
    </message>
    <message>
        <source>Save your edit over the version now in the knowledge base; what they changed and you did not stays, and both remain in the history.</source>
        <translation>Düzenlemenizi şu an bilgi tabanındaki sürümün üzerine kaydedin; onların değiştirip sizin değiştirmediğiniz kalır ve ikisi de geçmişte kalır.</translation>
    </message>
    <message>
        <source>&amp;Discard Mine</source>
        <translation>Benimkini &amp;at</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>Düzenlemeye &amp;devam et</translation>
    </message>
</context>
<context>
    <name>tkb::ConnectDialog</name>
    <message>
        <source>Connect to Server</source>
        <translation>Sunucuya Bağlan</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Ana makine:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Bağlantı noktası:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Veritabanı:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Kullanıcı:</translation>
    </message>
    <message>
        <source>&amp;Service (optional):</source>
        <translation>&amp;Hizmet (isteğe bağlı):</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>Ş&amp;ifreleme:</translation>
    </message>
    <message>
        <source>a server name, an address, or a socket folder</source>
        <translation>bir sunucu adı, bir adres ya da bir soket klasörü</translation>
    </message>
    <message>
        <source>your login name when empty</source>
        <translation>boşsa oturum adınız</translation>
    </message>
    <message>
        <source>a service in pg_service.conf</source>
        <translation>pg_service.conf içindeki bir hizmet</translation>
    </message>
    <message>
        <source>Encrypted when the server offers it</source>
        <translation>Sunucu sunduğunda şifreli</translation>
    </message>
    <message>
        <source>Always encrypted</source>
        <translation>Her zaman şifreli</translation>
    </message>
    <message>
        <source>Encrypted, and check the server&apos;s certificate</source>
        <translation>Şifreli ve sunucunun sertifikası denetlenir</translation>
    </message>
    <message>
        <source>Never encrypted</source>
        <translation>Hiçbir zaman şifreli değil</translation>
    </message>
    <message>
        <source>The password is never asked for or stored here: it is read from your ~/.pgpass file or from a service in pg_service.conf, as for every PostgreSQL program.</source>
        <translation>Parola burada asla sorulmaz ya da saklanmaz: her PostgreSQL programında olduğu gibi ~/.pgpass dosyanızdan ya da pg_service.conf içindeki bir hizmetten okunur.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Bağlan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Give the name of the database, or a service.</source>
        <translation>Veritabanının adını ya da bir hizmet verin.</translation>
    </message>
    <message>
        <source>A database name has no slash.</source>
        <translation>Bir veritabanı adında eğik çizgi olmaz.</translation>
    </message>
    <message>
        <source>This address cannot be used: %1</source>
        <translation>Bu adres kullanılamaz: %1</translation>
    </message>
</context>
<context>
    <name>tkb::DateEdit</name>
    <message>
        <source>circa</source>
        <translation>yaklaşık</translation>
    </message>
    <message>
        <source>uncertain</source>
        <translation>belirsiz</translation>
    </message>
    <message>
        <source>e.g. 1993, 1993-08-26, 2019-early, 2014-06-29/.., [..2004]</source>
        <translation>ör. 1993, 1993-08-26, 2019-early, 2014-06-29/.., [..2004]</translation>
    </message>
    <message>
        <source>Form…</source>
        <translation>Biçim…</translation>
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
        <translation>Yıl</translation>
    </message>
    <message>
        <source>Beginning of the year</source>
        <translation>Yılın başı</translation>
    </message>
    <message>
        <source>Middle of the year</source>
        <translation>Yılın ortası</translation>
    </message>
    <message>
        <source>End of the year</source>
        <translation>Yılın sonu</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Aralık</translation>
    </message>
    <message>
        <source>From (open end)</source>
        <translation>Başlangıç (sonu açık)</translation>
    </message>
    <message>
        <source>Until (open start)</source>
        <translation>Bitiş (başı açık)</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Önce</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Sonra</translation>
    </message>
    <message>
        <source>Rewrites the date in another form: the day, month or year it gives stays</source>
        <translation>Tarihi başka bir biçimde yazar: verdiği gün, ay ya da yıl kalır</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>%1: form</source>
        <translation>%1: biçim</translation>
    </message>
    <message>
        <source>%1: circa</source>
        <translation>%1: yaklaşık</translation>
    </message>
    <message>
        <source>%1: uncertain</source>
        <translation>%1: belirsiz</translation>
    </message>
    <message>
        <source>%1: “%2” is not a date this program reads (%3)</source>
        <translation>%1: “%2” bu programın okuduğu bir tarih değil (%3)</translation>
    </message>
    <message>
        <source>Not a date: use a form such as 1993, 1993-08, 1993-08-26, 1993/2008, 1993~ (circa), 1993? (uncertain), [..2004] (before), 2019-early (beginning of 2019)</source>
        <translation>Tarih değil: 1993, 1993-08, 1993-08-26, 1993/2008, 1993~ (yaklaşık), 1993? (belirsiz), [..2004] (önce), 2019-early (2019 başı) gibi bir biçim kullanın</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Tarih yok</translation>
    </message>
</context>
<context>
    <name>tkb::DiffModel</name>
    <message>
        <source>Removed</source>
        <translation>Kaldırıldı</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Eklendi</translation>
    </message>
    <message>
        <source>Changed from</source>
        <translation>Değişti, önce</translation>
    </message>
    <message>
        <source>Changed to</source>
        <translation>Değişti, sonra</translation>
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
        <translation>kaynak: %1, %2: “%3”</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Tür: %1</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Ad: %1</translation>
    </message>
    <message>
        <source>Alias: %1</source>
        <translation>Diğer yazılış: %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Özet</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Metin</translation>
    </message>
    <message>
        <source>Attribute “%1”: %2</source>
        <translation>Özellik “%1”: %2</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Tarih: %1</translation>
    </message>
    <message>
        <source>in the source’s words: “%1”</source>
        <translation>kaynağın sözleriyle: “%1”</translation>
    </message>
    <message numerus="yes">
        <source>Sources: %n</source>
        <translation>
            <numerusform>Kaynaklar: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Relation: %1 → %2</source>
        <translation>İlişki: %1 → %2</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Yazar</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Yayıncı</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Yayım tarihi</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Web adresi</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Dosya</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>Infobox “%1”: %2</source>
        <translation>Bilgi kutusu “%1”: %2</translation>
    </message>
    <message>
        <source>Section “%1”</source>
        <translation>Bölüm “%1”</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(silindi)</translation>
    </message>
    <message>
        <source>(did not exist)</source>
        <translation>(yoktu)</translation>
    </message>
    <message>
        <source>(this revision cannot be read: %1)</source>
        <translation>(bu sürüm okunamıyor: %1)</translation>
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
        <translation>&amp;Yinele: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Yinele</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Düzen</translation>
    </message>
    <message>
        <source>Undo &amp;History</source>
        <translation>Geri alma &amp;geçmişi</translation>
    </message>
    <message>
        <source>Every edit of this session, to step back to any of them</source>
        <translation>Bu oturumun tüm düzenlemeleri: herhangi birine geri dönmek için</translation>
    </message>
    <message>
        <source>&amp;Edit Entity…</source>
        <translation>Varlığı &amp;düzenle…</translation>
    </message>
    <message>
        <source>Edit the current entity: names, text, claims, dates and citations (F2)</source>
        <translation>Geçerli varlığı düzenle: adlar, metin, iddialar, tarihler ve kaynak gösterimleri (F2)</translation>
    </message>
    <message>
        <source>&amp;New Entity…</source>
        <translation>&amp;Yeni varlık…</translation>
    </message>
    <message>
        <source>Add &amp;Source…</source>
        <translation>&amp;Kaynak ekle…</translation>
    </message>
    <message>
        <source>Add a source document: pasted text or a .txt or .md file</source>
        <translation>Kaynak belge ekle: yapıştırılmış metin veya bir .txt ya da .md dosyası</translation>
    </message>
    <message>
        <source>&amp;Delete Entity…</source>
        <translation>Varlığı &amp;sil…</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>&amp;Birleştir…</translation>
    </message>
    <message>
        <source>The current entity is the same as another: merge it into that one</source>
        <translation>Geçerli varlık başka biriyle aynı: onu o varlıkla birleştir</translation>
    </message>
    <message>
        <source>&amp;History of This Entity</source>
        <translation>Bu varlığın &amp;geçmişi</translation>
    </message>
    <message>
        <source>Recent &amp;Changes</source>
        <translation>Son &amp;değişiklikler</translation>
    </message>
    <message>
        <source>Your &amp;Name…</source>
        <translation>&amp;Adınız…</translation>
    </message>
    <message>
        <source>The name your changes are recorded under</source>
        <translation>Değişikliklerinizin kaydedildiği ad</translation>
    </message>
</context>
<context>
    <name>tkb::EditSession</name>
    <message>
        <source>No knowledge base is open.</source>
        <translation>Açık bir bilgi tabanı yok.</translation>
    </message>
    <message>
        <source>This knowledge base is open read-only: it cannot be changed here.</source>
        <translation>Bu bilgi tabanı salt okunur açıldı: burada değiştirilemez.</translation>
    </message>
    <message>
        <source>Revert %1 to revision %2</source>
        <translation>%1 varlığını %2 numaralı revizyona döndür</translation>
    </message>
    <message>
        <source>Revert %1 to before revision %2</source>
        <translation>%1 varlığını %2 numaralı revizyondan önceki hâline döndür</translation>
    </message>
    <message>
        <source>Cannot undo “%1”: %2</source>
        <translation>“%1” geri alınamıyor: %2</translation>
    </message>
    <message>
        <source>Cannot redo “%1”: %2</source>
        <translation>“%1” yinelenemiyor: %2</translation>
    </message>
</context>
<context>
    <name>tkb::EntityCard</name>
    <message>
        <source>Open a person, organization, place or event to see what it is linked to.</source>
        <translation>Bağlantılarını görmek için bir kişi, kuruluş, yer ya da olay açın.</translation>
    </message>
    <message>
        <source>“%1” is not in this knowledge base.</source>
        <translation>“%1” bu bilgi tabanında yok.</translation>
    </message>
    <message>
        <source>Also written:</source>
        <translation>Diğer yazılışları:</translation>
    </message>
    <message>
        <source>Show in the graph</source>
        <translation>Çizgede göster</translation>
    </message>
    <message>
        <source>Linked to</source>
        <translation>Bağlantılı olduğu</translation>
    </message>
    <message>
        <source>Mentioned in</source>
        <translation>Geçtiği yerler</translation>
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
        <translation>%1 ona “%2” olarak bağlantı veriyor</translation>
    </message>
    <message>
        <source>%1, section “%2”, links to it as “%3”</source>
        <translation>%1, “%2” bölümü, ona “%3” olarak bağlantı veriyor</translation>
    </message>
    <message>
        <source>%1 —%2→ it</source>
        <translation>%1 —%2→ o</translation>
    </message>
    <message>
        <source>Nothing links to it. It can be brought back with Undo.</source>
        <translation>Hiçbir şey ona bağlantı vermiyor. “Geri al” ile geri getirilebilir.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… ve %n tane daha</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>What refers to it (%n): their links to it become plain text and their relations to it are removed. Undo brings everything back.</source>
        <translation>
            <numerusform>Ona başvuranlar (%n): ona verdikleri bağlantılar düz metne dönüşür ve onunla ilişkileri kaldırılır. “Geri al” her şeyi geri getirir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Entity</source>
        <translation>Varlığı sil</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>“%1” silinsin mi?</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Sil</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 silme</translation>
    </message>
    <message>
        <source>“%1” was not deleted: %2</source>
        <translation>“%1” silinmedi: %2</translation>
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
        <translation>Yeni varlık</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 düzenleme</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Ad:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tür:</translation>
    </message>
    <message>
        <source>Other spellings</source>
        <translation>Diğer yazılışlar</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Öznitelikler</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>İlişkiler</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Tarihler</translation>
    </message>
    <message>
        <source>Every other way the name is written, in any language and script: each is found by search and by typing.</source>
        <translation>Adın herhangi bir dilde ve yazı sisteminde her başka yazılışı: her biri aramayla ve yazarken bulunur.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Özet</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Metin</translation>
    </message>
    <message>
        <source>Type [[ and a name in any spelling to link another entity.</source>
        <translation>Başka bir varlığa bağlantı vermek için [[ ve herhangi bir yazılışta bir ad yazın.</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>Ö&amp;zet:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>M&amp;etin:</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>“%1” (%2)</translation>
    </message>
    <message>
        <source>The entity itself cites no passage.</source>
        <translation>Varlığın kendisi hiçbir pasaja kaynak göstermiyor.</translation>
    </message>
    <message>
        <source>The entity rests on: %1</source>
        <translation>Varlık şunlara dayanıyor: %1</translation>
    </message>
    <message>
        <source>S&amp;pellings</source>
        <translation>&amp;Yazılışlar</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>&amp;Metin</translation>
    </message>
    <message>
        <source>Attri&amp;butes</source>
        <translation>&amp;Öznitelikler</translation>
    </message>
    <message>
        <source>Re&amp;lations</source>
        <translation>&amp;İlişkiler</translation>
    </message>
    <message>
        <source>Dat&amp;es</source>
        <translation>Ta&amp;rihler</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>&amp;Oluştur</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Kaydet</translation>
    </message>
    <message>
        <source>Its id will be %1.</source>
        <translation>Kimliği %1 olacak.</translation>
    </message>
    <message>
        <source>Id: %1</source>
        <translation>Kimlik: %1</translation>
    </message>
    <message>
        <source>An id begins with the kind, so it cannot change: %1 will be made as %2, and %1 merged into it (links and relations to it follow).</source>
        <translation>Kimlik türle başlar, bu yüzden değişemez: %1, %2 olarak oluşturulacak ve %1 onunla birleştirilecek (bağlantılar ve ilişkiler onu izler).</translation>
    </message>
    <message>
        <source>That id is taken by “%1”: choose another name.</source>
        <translation>Bu kimlik “%1” tarafından kullanılıyor: başka bir ad seçin.</translation>
    </message>
    <message>
        <source>A spelling</source>
        <translation>Bir yazılış</translation>
    </message>
    <message>
        <source>An attribute</source>
        <translation>Bir öznitelik</translation>
    </message>
    <message>
        <source>A relation</source>
        <translation>Bir ilişki</translation>
    </message>
    <message>
        <source>A date</source>
        <translation>Bir tarih</translation>
    </message>
    <message>
        <source>The entity needs a name.</source>
        <translation>Varlığın bir adı olmalıdır.</translation>
    </message>
    <message>
        <source>The id %1 is taken by “%2”. Choose another name, or merge the two.</source>
        <translation>%1 kimliği “%2” tarafından kullanılıyor. Başka bir ad seçin ya da ikisini birleştirin.</translation>
    </message>
    <message>
        <source>Throw away what you changed in this form?</source>
        <translation>Bu formda değiştirdikleriniz atılsın mı?</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>Düzenlemeye &amp;devam et</translation>
    </message>
    <message>
        <source>Create %1</source>
        <translation>%1 oluşturma</translation>
    </message>
    <message>
        <source>The knowledge base did not take the edit: %1</source>
        <translation>Bilgi tabanı düzenlemeyi kabul etmedi: %1</translation>
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
        <translation>Herhangi bir yazılışta bir ad yazın</translation>
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
        <translation>tarihsiz</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>Diğer adları</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Özet</translation>
    </message>
</context>
<context>
    <name>tkb::EntityPage</name>
    <message>
        <source>Entry: %1</source>
        <translation>Kayıt: %1</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Düzenle</translation>
    </message>
    <message>
        <source>Change this entry: its names, text, claims and citations (F2)</source>
        <translation>Bu kaydı değiştir: adları, metni, iddiaları ve kaynak gösterimleri (F2)</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 düzenle</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geçmiş</translation>
    </message>
    <message>
        <source>Who changed this entry, when and why; compare and revert revisions (Ctrl+H)</source>
        <translation>Bu kaydı kimin, ne zaman ve neden değiştirdiği; sürümleri karşılaştırın ve geri alın (Ctrl+H)</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>%1 geçmişi</translation>
    </message>
</context>
<context>
    <name>tkb::ErrorLabel</name>
    <message>
        <source>Error</source>
        <translation>Hata</translation>
    </message>
</context>
<context>
    <name>tkb::ExportComposer</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>Dışa aktarma iptal edildi.</translation>
    </message>
    <message>
        <source>There is no entry “%1” in this knowledge base.</source>
        <translation>Bu bilgi tabanında “%1” kaydı yok.</translation>
    </message>
    <message>
        <source>This knowledge base holds no article.</source>
        <translation>Bu bilgi tabanında makale yok.</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>Tüm kayıtlar</translation>
    </message>
</context>
<context>
    <name>tkb::ExportDialog</name>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>The whole article</source>
        <translation>Makalenin tamamı</translation>
    </message>
    <message>
        <source>The whole article “%1”</source>
        <translation>“%1” makalesinin tamamı</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Giriş</translation>
    </message>
    <message>
        <source>Article section “%1”</source>
        <translation>Makalenin “%1” bölümü</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zaman çizelgesi</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>Tüm kayıtlar</translation>
    </message>
    <message>
        <source>Search results for “%1”</source>
        <translation>“%1” için arama sonuçları</translation>
    </message>
    <message>
        <source>This tab: %1</source>
        <translation>Bu sekme: %1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Yazdır</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>PDF olarak dışa aktar</translation>
    </message>
    <message>
        <source>Choose what to print. Paper and margins can still be changed in the print dialog.</source>
        <translation>Neyin yazdırılacağını seçin. Kâğıt ve kenar boşlukları yazdırma penceresinde yine değiştirilebilir.</translation>
    </message>
    <message>
        <source>Choose what to export. The PDF has a title, the export date and source, page numbers, and links between the names it contains.</source>
        <translation>Neyin dışa aktarılacağını seçin. PDF&apos;te başlık, dışa aktarma tarihi ve kaynak, sayfa numaraları ve içindeki adlar arasında bağlantılar bulunur.</translation>
    </message>
    <message>
        <source>&amp;Section:</source>
        <translation>&amp;Bölüm:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Kâğıt:</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>&amp;Yön:</translation>
    </message>
    <message>
        <source>&amp;Margins:</source>
        <translation>Kenar &amp;boşlukları:</translation>
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
        <translation>Dikey</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Yatay</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>Include the cited sentences as numbered &amp;endnotes</source>
        <translation>Alıntılanan cümleleri numaralı &amp;son notlar olarak ekle</translation>
    </message>
    <message>
        <source>Include a summary of each &amp;named entry, linked from the text</source>
        <translation>Adı geçen her &amp;kaydın özetini metinden bağlantıyla ekle</translation>
    </message>
    <message>
        <source>&amp;Right-to-left layout</source>
        <translation>&amp;Sağdan sola düzen</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Yazdır…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Dışa aktar…</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Makale</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF belgeleri (*.pdf)</translation>
    </message>
    <message>
        <source>Exporting “%1”…</source>
        <translation>“%1” dışa aktarılıyor…</translation>
    </message>
    <message>
        <source>Saved %1 (%2).</source>
        <translation>Kaydedildi: %1 (%2).</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 sayfa</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 sayfa</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Aç</translation>
    </message>
    <message>
        <source>Printing “%1”…</source>
        <translation>“%1” yazdırılıyor…</translation>
    </message>
</context>
<context>
    <name>tkb::GraphAccessible</name>
    <message>
        <source>Shows the group&apos;s next entries.</source>
        <translation>Grubun sonraki kayıtlarını gösterir.</translation>
    </message>
    <message>
        <source>%1, the centre of the graph</source>
        <comment>an entity kind</comment>
        <translation>%1, grafiğin merkezi</translation>
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
        <translation>Çizge: %1</translation>
    </message>
    <message>
        <source>No relations are recorded for %1.</source>
        <translation>%1 için kayıtlı ilişki yok.</translation>
    </message>
    <message>
        <source>Relations of %1</source>
        <translation>%1 ilişkileri</translation>
    </message>
    <message numerus="yes">
        <source>%n related entries. Arrow keys move between them, Enter opens one, the menu key offers more.</source>
        <translation>
            <numerusform>%n bağlantılı kayıt. Ok tuşları aralarında gezinir, Enter birini açar, menü tuşu daha fazlasını sunar.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Aç</translation>
    </message>
    <message>
        <source>Open in New &amp;Tab</source>
        <translation>Yeni &amp;sekmede aç</translation>
    </message>
    <message>
        <source>Show &amp;Graph of %1</source>
        <translation>%1 &amp;çizgesini göster</translation>
    </message>
    <message numerus="yes">
        <source>%n related entries, grouped by relation. Arrow keys move between the groups and entries, Enter shows a group&apos;s entries or opens an entry.</source>
        <translation>
            <numerusform>%n ilişkili kayıt, ilişki türüne göre gruplanmış. Ok tuşları gruplar ve kayıtlar arasında gezinir, Enter bir grubun kayıtlarını gösterir ya da bir kaydı açar.</numerusform>
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
            <numerusform>%n kayıt: %1. Enter veya tıklama bunları gösterir.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show %n more</source>
        <translation>
            <numerusform>%n tane daha göster</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tkb::GraphTable</name>
    <message>
        <source>Relations of %1, as a table</source>
        <translation>%1 ilişkileri, tablo olarak</translation>
    </message>
    <message>
        <source>One row per relation. Enter opens the related entry.</source>
        <translation>İlişki başına bir satır. Enter ilgili kaydı açar.</translation>
    </message>
    <message>
        <source>from %1 to the entry</source>
        <translation>%1 kaynaklı, kayda doğru</translation>
    </message>
    <message>
        <source>from the entry to %1</source>
        <translation>kayıttan %1 yönüne</translation>
    </message>
    <message>
        <source>Related entry</source>
        <translation>İlgili kayıt</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>İlişki</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Yön</translation>
    </message>
</context>
<context>
    <name>tkb::HistoryPage</name>
    <message>
        <source>History: %1</source>
        <translation>Geçmiş: %1</translation>
    </message>
    <message>
        <source>created</source>
        <translation>oluşturuldu</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>düzenlendi</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>silindi</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>birleştirildi</translation>
    </message>
    <message>
        <source>reverted</source>
        <translation>geri alındı</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>geri yüklendi</translation>
    </message>
    <message>
        <source>r%1</source>
        <translation>s%1</translation>
    </message>
    <message>
        <source>Revision %1, %2 by %3: %4 %5</source>
        <translation>Sürüm %1, %2, yazan %3: %4 %5</translation>
    </message>
    <message>
        <source>Did not apply: %1</source>
        <translation>Uygulanmadı: %1</translation>
    </message>
    <message>
        <source>Change of %1 by %2 that did not apply: %3</source>
        <translation>%1 tarihli, %2 tarafından yapılan ve uygulanmayan değişiklik: %3</translation>
    </message>
    <message>
        <source>Current state</source>
        <translation>Güncel durum</translation>
    </message>
    <message>
        <source>Before r%1 (as first imported)</source>
        <translation>s%1 öncesi (ilk içe aktarıldığı gibi)</translation>
    </message>
    <message>
        <source>After r%1 (%2, %3)</source>
        <translation>s%1 sonrası (%2, %3)</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Fark yok.</translation>
    </message>
    <message numerus="yes">
        <source>%n lines differ.</source>
        <translation>
            <numerusform>%n satır farklı.</numerusform>
        </translation>
    </message>
    <message>
        <source>This knowledge base is open read-only.</source>
        <translation>Bu bilgi tabanı salt okunur açık.</translation>
    </message>
    <message>
        <source>Make the entity as it was right after the chosen revision (Alt+R)</source>
        <translation>Kaydı seçilen sürümden hemen sonraki haline getir (Alt+R)</translation>
    </message>
    <message>
        <source>Make the entity as it was right before the chosen revision, which undoes it and what came after it (Alt+U)</source>
        <translation>Kaydı seçilen sürümden hemen önceki haline getir; bu, o sürümü ve sonrasını geri alır (Alt+U)</translation>
    </message>
    <message>
        <source>Cannot undo r%1: %2</source>
        <translation>s%1 geri alınamıyor: %2</translation>
    </message>
    <message>
        <source>Cannot revert to r%1: %2</source>
        <translation>s%1 sürümüne dönülemiyor: %2</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1 (silindi)</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>%1 geçmişi</translation>
    </message>
    <message>
        <source>Rev&amp;isions (newest first; select two to compare them):</source>
        <translation>Sürüm&amp;ler (önce en yeni; karşılaştırmak için iki tane seçin):</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Sürüm</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zaman</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Yazar</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>İşlem</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Açıklama</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Sürümler</translation>
    </message>
    <message>
        <source>Changes that did not &amp;apply (kept, not dropped):</source>
        <translation>&amp;Uygulanmayan değişiklikler (saklandı, atılmadı):</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Sorun</translation>
    </message>
    <message>
        <source>Changes that did not apply</source>
        <translation>Uygulanmayan değişiklikler</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Karşılaştır</translation>
    </message>
    <message>
        <source>&amp;with</source>
        <translation>&amp;ile</translation>
    </message>
    <message>
        <source>Older state</source>
        <translation>Önceki durum</translation>
    </message>
    <message>
        <source>Newer state</source>
        <translation>Sonraki durum</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Farklar</translation>
    </message>
    <message>
        <source>Revert to this revision</source>
        <translation>Bu sürüme dön</translation>
    </message>
    <message>
        <source>Undo this revision</source>
        <translation>Bu sürümü geri al</translation>
    </message>
</context>
<context>
    <name>tkb::ImportRun</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 okunamadı: %2</translation>
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
        <translation>Sistem varsayılanı</translation>
    </message>
    <message>
        <source>Names in the Language&apos;s &amp;Script</source>
        <translation>Adlar dilin &amp;yazısıyla</translation>
    </message>
    <message>
        <source>Show a name in the script of the language where the knowledge base holds it (a Cyrillic spelling in Russian), with the source&apos;s spelling beside it</source>
        <translation>Bilgi tabanında varsa adı dilin yazısıyla göster (Rusçada Kiril harfleriyle), yanında kaynaktaki yazılışıyla</translation>
    </message>
</context>
<context>
    <name>tkb::LinkBrowser</name>
    <message>
        <source>Link: %1</source>
        <translation>Bağlantı: %1</translation>
    </message>
</context>
<context>
    <name>tkb::ListPage</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n kayıt</numerusform>
        </translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Eşleşme yok</translation>
    </message>
    <message numerus="yes">
        <source>%n matches</source>
        <translation>
            <numerusform>%n eşleşme</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by name or other spelling…</source>
        <translation>Ada ya da başka bir yazılışa göre süz…</translation>
    </message>
    <message>
        <source>Filter %1</source>
        <translation>%1 süz</translation>
    </message>
    <message>
        <source>Number of entries</source>
        <translation>Kayıt sayısı</translation>
    </message>
</context>
<context>
    <name>tkb::MainWindow</name>
    <message>
        <source>About Talysh KB</source>
        <translation>Talış KB hakkında</translation>
    </message>
    <message>
        <source>Talysh KB</source>
        <translation>Talış KB</translation>
    </message>
    <message>
        <source>Open pages</source>
        <translation>Açık sayfalar</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Talysh KB %1&lt;/h3&gt;&lt;p&gt;A knowledge base of the Talysh National Movement: its people, organizations, places, events and goals, every fact cited from its source.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Talış KB %1&lt;/h3&gt;&lt;p&gt;Talış Ulusal Hareketi hakkında bir bilgi tabanı: kişileri, kuruluşları, yerleri, olayları ve hedefleri; her bilgi kaynağıyla birlikte.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open knowledge base</source>
        <translation>Açık bilgi tabanı</translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation>(salt okunur)</translation>
    </message>
    <message>
        <source>Zoom: %1%</source>
        <translation>Yakınlaştırma: %%1</translation>
    </message>
    <message>
        <source>Your Name</source>
        <translation>Adınız</translation>
    </message>
    <message>
        <source>Your changes are recorded in the knowledge base&apos;s history under this name:</source>
        <translation>Değişiklikleriniz bilgi tabanının geçmişine bu adla kaydedilir:</translation>
    </message>
    <message>
        <source>Work in progress</source>
        <translation>İş sürüyor</translation>
    </message>
</context>
<context>
    <name>tkb::MergeDialog</name>
    <message>
        <source>Merge %1</source>
        <translation>%1 birleştirme</translation>
    </message>
    <message>
        <source>Keep “%1” and merge the other into it</source>
        <translation>“%1” kalsın ve diğeri onunla birleştirilsin</translation>
    </message>
    <message>
        <source>The same entity under another entry</source>
        <translation>Başka bir kayıt altındaki aynı varlık</translation>
    </message>
    <message>
        <source>What moves</source>
        <translation>Neler taşınır</translation>
    </message>
    <message>
        <source>“%1” is the same as:</source>
        <translation>“%1” şununla aynı:</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Birleştir</translation>
    </message>
    <message>
        <source>Type a name of the other entry in any spelling and choose it.</source>
        <translation>Diğer kaydın adını herhangi bir yazılışta yazın ve onu seçin.</translation>
    </message>
    <message>
        <source>An entity cannot be merged with itself.</source>
        <translation>Bir varlık kendisiyle birleştirilemez.</translation>
    </message>
    <message>
        <source>There is no entity %1.</source>
        <translation>%1 diye bir varlık yok.</translation>
    </message>
    <message>
        <source>its name “%1” becomes a spelling of “%2”</source>
        <translation>“%1” adı, “%2” varlığının bir yazılışı olur</translation>
    </message>
    <message numerus="yes">
        <source>%n spelling(s)</source>
        <translation>
            <numerusform>%n yazılış</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attribute(s)</source>
        <translation>
            <numerusform>%n öznitelik</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n date(s)</source>
        <translation>
            <numerusform>%n tarih</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relation(s)</source>
        <translation>
            <numerusform>%n ilişki</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n citation(s)</source>
        <translation>
            <numerusform>%n kaynak gösterimi</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” goes into “%2” (%3 → %4). What moves: %5.</source>
        <translation>“%1”, “%2” içine katılıyor (%3 → %4). Taşınanlar: %5.</translation>
    </message>
    <message numerus="yes">
        <source>Re-pointed to “%1” (%n):</source>
        <translation>
            <numerusform>“%1” varlığına yönlendirilir (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>The name, summary and text of “%1” stay; what both have is not doubled. Undo takes the merge back.</source>
        <translation>“%1” varlığının adı, özeti ve metni kalır; ikisinde de olan iki kez eklenmez. “Geri al” birleştirmeyi geri alır.</translation>
    </message>
    <message>
        <source>Choose the other entity first.</source>
        <translation>Önce diğer varlığı seçin.</translation>
    </message>
    <message>
        <source>Merge %1 into %2</source>
        <translation>%1 ile %2 birleştirme</translation>
    </message>
    <message>
        <source>The knowledge base did not take the merge: %1</source>
        <translation>Bilgi tabanı birleştirmeyi kabul etmedi: %1</translation>
    </message>
</context>
<context>
    <name>tkb::NamedAppendix</name>
    <message>
        <source>Named in this document</source>
        <translation>Bu belgede adı geçenler</translation>
    </message>
</context>
<context>
    <name>tkb::PageBuilder</name>
    <message>
        <source>Exported from %1 on %2</source>
        <translation>%2 tarihinde %1 uygulamasından dışa aktarıldı</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Kaynak: %1</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Kaynakça</translation>
    </message>
    <message>
        <source>%1, infobox</source>
        <translation>%1, bilgi kutusu</translation>
    </message>
    <message>
        <source>%1, introduction</source>
        <translation>%1, giriş</translation>
    </message>
    <message>
        <source>%1, section “%2”</source>
        <translation>%1, “%2” bölümü</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Bulunamadı</translation>
    </message>
    <message>
        <source>The knowledge base has no entry “%1”.</source>
        <translation>Bilgi tabanında “%1” adlı bir kayıt yok.</translation>
    </message>
    <message>
        <source>%1 “%2” from the knowledge base “%3”</source>
        <translation>“%3” bilgi tabanından %1: “%2”</translation>
    </message>
    <message>
        <source>Relations graph</source>
        <translation>İlişki çizgesi</translation>
    </message>
    <message>
        <source>Source text</source>
        <translation>Kaynak metin</translation>
    </message>
    <message>
        <source>Also known as:</source>
        <translation>Diğer adları:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>İlişkiler</translation>
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
        <translation>Geçtiği yerler</translation>
    </message>
    <message numerus="yes">
        <source>(%n times)</source>
        <translation>
            <numerusform>(%n kez)</numerusform>
        </translation>
    </message>
    <message>
        <source>The article “%1”</source>
        <translation>“%1” makalesi</translation>
    </message>
    <message>
        <source> (from %1)</source>
        <translation> (kaynak: %1)</translation>
    </message>
    <message>
        <source>The article “%1” has no section “%2” (it has: %3).</source>
        <translation>“%1” makalesinde “%2” bölümü yok (mevcut bölümler: %3).</translation>
    </message>
    <message>
        <source>Section “%1” of the article “%2”</source>
        <translation>“%2” makalesinin “%1” bölümü</translation>
    </message>
    <message>
        <source>From the article “%1”</source>
        <translation>“%1” makalesinden</translation>
    </message>
    <message>
        <source>Timeline — %1</source>
        <translation>Zaman çizelgesi — %1</translation>
    </message>
    <message>
        <source>Timeline of the knowledge base “%1”</source>
        <translation>“%1” bilgi tabanının zaman çizelgesi</translation>
    </message>
    <message>
        <source>timeline</source>
        <translation>zaman çizelgesi</translation>
    </message>
    <message>
        <source>events</source>
        <translation>olaylar</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zaman çizelgesi</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 olay</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 olay</translation>
    </message>
    <message>
        <source>This knowledge base has no events.</source>
        <translation>Bu bilgi tabanında olay yok.</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Olay</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>tarihsiz</translation>
    </message>
    <message>
        <source>%1 in the knowledge base “%2”</source>
        <translation>“%2” bilgi tabanındaki %1</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 kayıt</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 kayıt</translation>
    </message>
    <message>
        <source>Nothing of this kind is in the knowledge base.</source>
        <translation>Bilgi tabanında bu türden kayıt yok.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>Diğer adları</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Özet</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>Arama: %1</translation>
    </message>
    <message>
        <source>Search results for “%1” in the knowledge base “%2”</source>
        <translation>“%2” bilgi tabanında “%1” için arama sonuçları</translation>
    </message>
    <message>
        <source>search</source>
        <translation>arama</translation>
    </message>
    <message>
        <source>Search results for “%1”</source>
        <translation>“%1” için arama sonuçları</translation>
    </message>
    <message>
        <source>1 result</source>
        <translation>1 sonuç</translation>
    </message>
    <message>
        <source>%1 results</source>
        <translation>%1 sonuç</translation>
    </message>
    <message>
        <source>No results.</source>
        <translation>Sonuç yok.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Sonuç</translation>
    </message>
    <message>
        <source>Where it matches</source>
        <translation>Eşleştiği yer</translation>
    </message>
    <message>
        <source>Did you mean: %1?</source>
        <translation>Bunu mu demek istediniz: %1?</translation>
    </message>
    <message>
        <source>Type what you are looking for into the search field.</source>
        <translation>Aradığınızı arama alanına yazın.</translation>
    </message>
    <message>
        <source>Try another spelling, fewer words, or “All kinds”.</source>
        <translation>Başka bir yazılış, daha az sözcük ya da “Tüm türler” seçeneğini deneyin.</translation>
    </message>
    <message>
        <source>Article section</source>
        <translation>Makale bölümü</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Yazar</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Yayıncı</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Yayın tarihi</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Web adresi</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Dosya</translation>
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
        <translation>savunduğu</translation>
    </message>
    <message>
        <source>advocated by</source>
        <translation>savunanlar</translation>
    </message>
    <message>
        <source>based in</source>
        <translation>faaliyet yeri</translation>
    </message>
    <message>
        <source>base of</source>
        <translation>burada faaliyet gösterenler</translation>
    </message>
    <message>
        <source>board member of</source>
        <translation>yönetim kurulu üyesi</translation>
    </message>
    <message>
        <source>board member</source>
        <translation>yönetim kurulu üyeleri</translation>
    </message>
    <message>
        <source>chairman of</source>
        <translation>başkanlık ettiği</translation>
    </message>
    <message>
        <source>chairman</source>
        <translation>başkanlık eden</translation>
    </message>
    <message>
        <source>concerns</source>
        <translation>ilgili olduğu</translation>
    </message>
    <message>
        <source>subject of</source>
        <translation>konu edildiği yerler</translation>
    </message>
    <message>
        <source>detained by</source>
        <translation>gözaltına alan</translation>
    </message>
    <message>
        <source>detained</source>
        <translation>gözaltına alınanlar</translation>
    </message>
    <message>
        <source>emigrated to</source>
        <translation>göç ettiği yer</translation>
    </message>
    <message>
        <source>emigration destination of</source>
        <translation>buraya göç edenler</translation>
    </message>
    <message>
        <source>expelled from</source>
        <translation>ihraç edildiği yer</translation>
    </message>
    <message>
        <source>expelled</source>
        <translation>ihraç edilenler</translation>
    </message>
    <message>
        <source>extradited to</source>
        <translation>iade edildiği ülke</translation>
    </message>
    <message>
        <source>extradition destination of</source>
        <translation>buraya iade edilenler</translation>
    </message>
    <message>
        <source>founded</source>
        <translation>kurucusu olduğu</translation>
    </message>
    <message>
        <source>founded by</source>
        <translation>kurucuları</translation>
    </message>
    <message>
        <source>founded in</source>
        <translation>kurulduğu yer</translation>
    </message>
    <message>
        <source>place of founding of</source>
        <translation>burada kurulanlar</translation>
    </message>
    <message>
        <source>headquartered in</source>
        <translation>genel merkezi</translation>
    </message>
    <message>
        <source>headquarters of</source>
        <translation>genel merkezi burada olanlar</translation>
    </message>
    <message>
        <source>heads</source>
        <translation>yönettiği</translation>
    </message>
    <message>
        <source>headed by</source>
        <translation>yöneten</translation>
    </message>
    <message>
        <source>joined</source>
        <translation>katıldığı</translation>
    </message>
    <message>
        <source>joined by</source>
        <translation>katılanlar</translation>
    </message>
    <message>
        <source>located in</source>
        <translation>bulunduğu yer</translation>
    </message>
    <message>
        <source>location of</source>
        <translation>burada bulunanlar</translation>
    </message>
    <message>
        <source>member of</source>
        <translation>üyesi</translation>
    </message>
    <message>
        <source>member</source>
        <translation>üyeleri</translation>
    </message>
    <message>
        <source>membership terminated in</source>
        <translation>üyeliğinin sona erdiği yer</translation>
    </message>
    <message>
        <source>terminated the membership of</source>
        <translation>üyeliğine son verilenler</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>açılışını yaptığı</translation>
    </message>
    <message>
        <source>opened by</source>
        <translation>açılışını yapan</translation>
    </message>
    <message>
        <source>organized</source>
        <translation>düzenlediği</translation>
    </message>
    <message>
        <source>organized by</source>
        <translation>düzenleyenler</translation>
    </message>
    <message>
        <source>part of</source>
        <translation>parçası olduğu</translation>
    </message>
    <message>
        <source>has part</source>
        <translation>parçaları</translation>
    </message>
    <message>
        <source>participated in</source>
        <translation>yer aldığı</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>katılımcılar</translation>
    </message>
    <message>
        <source>president of</source>
        <translation>başkanı</translation>
    </message>
    <message>
        <source>president</source>
        <translation>başkan</translation>
    </message>
    <message>
        <source>re-admitted to</source>
        <translation>yeniden kabul edildiği</translation>
    </message>
    <message>
        <source>re-admitted</source>
        <translation>yeniden kabul edilenler</translation>
    </message>
    <message>
        <source>reported on</source>
        <translation>haber verdiği</translation>
    </message>
    <message>
        <source>reported by</source>
        <translation>haber verenler</translation>
    </message>
    <message>
        <source>%1 (reverse)</source>
        <translation>%1 (ters)</translation>
    </message>
    <message>
        <source>Azerbaijani</source>
        <translation>Azerice</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Rusça</translation>
    </message>
    <message>
        <source>English</source>
        <translation>İngilizce</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>Farsça</translation>
    </message>
    <message>
        <source>Talysh</source>
        <translation>Talışça</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Felemenkçe</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Türkçe</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Almanca</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Fransızca</translation>
    </message>
    <message>
        <source>Latin</source>
        <translation>Latin alfabesi</translation>
    </message>
    <message>
        <source>Cyrillic</source>
        <translation>Kiril alfabesi</translation>
    </message>
    <message>
        <source>Arabic script</source>
        <translation>Arap alfabesi</translation>
    </message>
    <message>
        <source>Armenian</source>
        <translation>Ermeni alfabesi</translation>
    </message>
    <message>
        <source>Georgian</source>
        <translation>Gürcü alfabesi</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>%1 tarihinden itibaren</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>%1 tarihine kadar</translation>
    </message>
    <message>
        <source>began %1, ended %2</source>
        <comment>a period whose start or end is itself uncertain: after 2004, 1993 – 1995</comment>
        <translation>başlangıç: %1, bitiş: %2</translation>
    </message>
    <message>
        <source>began %1</source>
        <comment>a period&apos;s start that is itself uncertain: after 2004, 1993 – 1995</comment>
        <translation>başlangıç: %1</translation>
    </message>
    <message>
        <source>ended %1</source>
        <comment>a period&apos;s end that is itself uncertain: before 2010</comment>
        <translation>bitiş: %1</translation>
    </message>
    <message>
        <source>%1 (former)</source>
        <comment>a relation that held once and no longer does; the end is not known</comment>
        <translation>%1 (eski)</translation>
    </message>
    <message>
        <source>Abbreviation</source>
        <translation>Kısaltma</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Alan</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Yazar</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Doğum tarihi</translation>
    </message>
    <message>
        <source>Capital</source>
        <translation>Başkent</translation>
    </message>
    <message>
        <source>Chairman</source>
        <translation>Başkan</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Vatandaşlık</translation>
    </message>
    <message>
        <source>Colour code</source>
        <translation>Renk kodu</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ülke</translation>
    </message>
    <message>
        <source>Died</source>
        <translation>Ölüm tarihi</translation>
    </message>
    <message>
        <source>Dissolved</source>
        <translation>Fesih tarihi</translation>
    </message>
    <message>
        <source>Formed</source>
        <translation>Oluşum tarihi</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>Kuruluş tarihi</translation>
    </message>
    <message>
        <source>Founder</source>
        <translation>Kurucu</translation>
    </message>
    <message>
        <source>Governing body</source>
        <translation>Yönetim organı</translation>
    </message>
    <message>
        <source>Headquarters</source>
        <translation>Merkez</translation>
    </message>
    <message>
        <source>Ideology</source>
        <translation>İdeoloji</translation>
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
        <translation>Konum</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Üyeler</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Milliyet</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Meslek</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Parti</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Doğum yeri</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Nüfus</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Görev</translation>
    </message>
    <message>
        <source>President</source>
        <translation>Başkan</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Amaç</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Bölge</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Büyüklük</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Web sitesi</translation>
    </message>
</context>
<context>
    <name>tkb::PassageLocator</name>
    <message>
        <source>Nothing is selected: select a passage of the text first.</source>
        <translation>Hiçbir şey seçilmedi: önce metinden bir pasaj seçin.</translation>
    </message>
    <message>
        <source>The selection is not in the stored text (it takes in a heading, a table or a label of the page): select words of the text itself.</source>
        <translation>Seçim kayıtlı metinde değil (bir başlık, tablo ya da sayfa etiketi içeriyor): metnin kendi sözcüklerini seçin.</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Giriş</translation>
    </message>
    <message>
        <source>The selection runs from “%1” into “%2”: a passage must lie within one section.</source>
        <translation>Seçim “%1” bölümünden “%2” bölümüne taşıyor: bir pasaj tek bir bölümün içinde olmalıdır.</translation>
    </message>
    <message>
        <source>The selection is not word for word in “%1”.</source>
        <translation>Seçim “%1” içinde kelimesi kelimesine yer almıyor.</translation>
    </message>
</context>
<context>
    <name>tkb::PdfExporter</name>
    <message>
        <source>The page could not be drawn.</source>
        <translation>Sayfa çizilemedi.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Dışa aktarma iptal edildi.</translation>
    </message>
    <message>
        <source>A new page could not be started.</source>
        <translation>Yeni sayfa başlatılamadı.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Sayfa %1 / %2</translation>
    </message>
    <message>
        <source>The document could not be finished.</source>
        <translation>Belge tamamlanamadı.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>“%1” yazılamadı: %2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>bu bir klasör</translation>
    </message>
    <message>
        <source>The PDF could not be produced.</source>
        <translation>PDF oluşturulamadı.</translation>
    </message>
</context>
<context>
    <name>tkb::QualifierEditor</name>
    <message>
        <source>Held once and no longer (former)</source>
        <translation>Bir zamanlar geçerliydi, artık değil (eski)</translation>
    </message>
    <message>
        <source>Who reports it or holds the opinion: a name, or an entity</source>
        <translation>Bunu kim bildiriyor ya da bu görüşte: bir ad ya da bir varlık</translation>
    </message>
    <message>
        <source>e.g. why the words can be read more than one way</source>
        <translation>ör. sözlerin neden birden çok biçimde okunabileceği</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Durum:</translation>
    </message>
    <message>
        <source>&amp;According to:</source>
        <translation>&amp;Göre:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Not:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>According to</source>
        <translation>Göre</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Not</translation>
    </message>
</context>
<context>
    <name>tkb::RecentBases</name>
    <message>
        <source>%1 (server)</source>
        <translation>%1 (sunucu)</translation>
    </message>
    <message>
        <source>No recent knowledge bases</source>
        <translation>Son bilgi tabanı yok</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Listeyi &amp;temizle</translation>
    </message>
</context>
<context>
    <name>tkb::RecentChangesPage</name>
    <message>
        <source>Recent Changes</source>
        <translation>Son değişiklikler</translation>
    </message>
    <message>
        <source>Did not apply: %1</source>
        <translation>Uygulanmadı: %1</translation>
    </message>
    <message>
        <source>%1 by %2: %3. Did not apply: %4</source>
        <translation>%1, yazan %2: %3. Uygulanmadı: %4</translation>
    </message>
    <message numerus="yes">
        <source>%n entities</source>
        <translation>
            <numerusform>%n kayıt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 by %2: %3. %n entities changed</source>
        <translation>
            <numerusform>%1, yazan %2: %3. %n kayıt değişti</numerusform>
        </translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(silindi)</translation>
    </message>
    <message>
        <source>No changes yet: the knowledge base is as its pack made it.</source>
        <translation>Henüz değişiklik yok: bilgi tabanı paketinin oluşturduğu gibi.</translation>
    </message>
    <message numerus="yes">
        <source>The newest changes, newest first. %n did not apply and are kept with their problem.</source>
        <translation>
            <numerusform>En yeni değişiklikler, önce en yeni. %n değişiklik uygulanmadı ve sorunuyla birlikte saklanıyor.</numerusform>
        </translation>
    </message>
    <message>
        <source>The newest changes, newest first.</source>
        <translation>En yeni değişiklikler, önce en yeni.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zaman</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Yazar</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Açıklama</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Değişen</translation>
    </message>
    <message>
        <source>Recent changes</source>
        <translation>Son değişiklikler</translation>
    </message>
    <message>
        <source>About the list</source>
        <translation>Liste hakkında</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Aç</translation>
    </message>
    <message>
        <source>Open the chosen entity (Enter)</source>
        <translation>Seçilen kaydı aç (Enter)</translation>
    </message>
    <message>
        <source>Open Hi&amp;story</source>
        <translation>&amp;Geçmişi aç</translation>
    </message>
    <message>
        <source>Open the chosen entity&apos;s history (Shift+Enter)</source>
        <translation>Seçilen kaydın geçmişini aç (Shift+Enter)</translation>
    </message>
    <message>
        <source>Show &amp;More</source>
        <translation>Daha &amp;fazla göster</translation>
    </message>
    <message numerus="yes">
        <source>Show %n older changes</source>
        <translation>
            <numerusform>%n eski değişikliği göster</numerusform>
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
        <translation>Kişi, yer, olay arayın…</translation>
    </message>
    <message>
        <source>Search the knowledge base</source>
        <translation>Bilgi tabanında ara</translation>
    </message>
    <message>
        <source>Type a name in any spelling or script; Enter shows all results.</source>
        <translation>Bir adı herhangi bir yazılışla ya da alfabeyle yazın; Enter tüm sonuçları gösterir.</translation>
    </message>
    <message>
        <source>Search the knowledge base (Ctrl+K)</source>
        <translation>Bilgi tabanında ara (Ctrl+K)</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Öneriler</translation>
    </message>
    <message>
        <source>filter</source>
        <translation>filtre</translation>
    </message>
    <message>
        <source>%1, filter</source>
        <translation>%1, filtre</translation>
    </message>
</context>
<context>
    <name>tkb::SearchResultsPage</name>
    <message>
        <source>Search: %1</source>
        <translation>Arama: %1</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tüm türler</translation>
    </message>
    <message>
        <source>No results for “%1”</source>
        <translation>“%1” için sonuç yok</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) for “%1”</source>
        <translation>
            <numerusform>“%1” için %n sonuç</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tür:</translation>
    </message>
    <message>
        <source>Filter results by kind</source>
        <translation>Sonuçları türe göre süz</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Arama sonuçları</translation>
    </message>
</context>
<context>
    <name>tkb::SelectionActions</name>
    <message>
        <source>C&amp;ite for…</source>
        <translation>A&amp;lıntıla…</translation>
    </message>
    <message>
        <source>Lin&amp;k to…</source>
        <translation>&amp;Bağlantı ver…</translation>
    </message>
    <message>
        <source>&amp;New Entity from Selection…</source>
        <translation>Seçimden &amp;yeni kayıt…</translation>
    </message>
    <message>
        <source>This knowledge base is open read-only: it cannot be changed here.</source>
        <translation>Bu bilgi tabanı salt okunur açıldı: burada değiştirilemez.</translation>
    </message>
    <message>
        <source>Select words of the text first.</source>
        <translation>Önce metinden sözcükler seçin.</translation>
    </message>
    <message>
        <source>Only a source&apos;s text can be cited: open the source and select the passage there.</source>
        <translation>Yalnızca bir kaynağın metni alıntılanabilir: kaynağı açın ve pasajı orada seçin.</translation>
    </message>
    <message>
        <source>Attach the selected passage as a citation to a claim of an entity</source>
        <translation>Seçilen pasajı bir kaydın iddiasına alıntı olarak ekle</translation>
    </message>
    <message>
        <source>Make the selected words a link to an entity</source>
        <translation>Seçilen sözcükleri bir kayda bağlantı yap</translation>
    </message>
    <message>
        <source>The entity form is not available in this window.</source>
        <translation>Kayıt formu bu pencerede kullanılamıyor.</translation>
    </message>
    <message>
        <source>Create an entity named by the selected words, resting on them</source>
        <translation>Seçilen sözcüklerle adlandırılan ve onlara dayanan bir kayıt oluştur</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>özet</translation>
    </message>
    <message>
        <source>text</source>
        <translation>metin</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Seçim</translation>
    </message>
    <message>
        <source>%1 is no longer in the knowledge base.</source>
        <translation>%1 artık bilgi tabanında değil.</translation>
    </message>
    <message>
        <source>Cite “%1” for %2</source>
        <translation>“%1” alıntısı — %2 için</translation>
    </message>
    <message>
        <source>The text of %1 is not in the knowledge base.</source>
        <translation>%1 metni bilgi tabanında yok.</translation>
    </message>
    <message>
        <source>The text was changed meanwhile: select the words again.</source>
        <translation>Metin bu arada değişti: sözcükleri yeniden seçin.</translation>
    </message>
    <message>
        <source>Link “%1” to %2</source>
        <translation>“%1” — %2 bağlantısı</translation>
    </message>
    <message>
        <source>Only plain words of one line can become a link: the selection takes in a link, emphasis or a line break.</source>
        <translation>Yalnızca tek satırdaki düz sözcükler bağlantı olabilir: seçim bir bağlantı, vurgu ya da satır sonu içeriyor.</translation>
    </message>
    <message>
        <source>The knowledge base is still being checked; it can be changed once that is done.</source>
        <translation>Bilgi tabanı hâlâ denetleniyor; denetim bitince değiştirilebilir.</translation>
    </message>
</context>
<context>
    <name>tkb::SelectionTargetDialog</name>
    <message>
        <source>Cite for a Claim</source>
        <translation>Bir iddia için alıntıla</translation>
    </message>
    <message>
        <source>Link to an Entity</source>
        <translation>Bir kayda bağlantı</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Passage to cite</source>
        <translation>Alıntılanacak pasaj</translation>
    </message>
    <message>
        <source>Words to link</source>
        <translation>Bağlanacak sözcükler</translation>
    </message>
    <message>
        <source>Name in any spelling</source>
        <translation>Herhangi bir yazımla ad</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Kayıt</translation>
    </message>
    <message>
        <source>&amp;Entity:</source>
        <translation>&amp;Kayıt:</translation>
    </message>
    <message>
        <source>Claim the passage supports</source>
        <translation>Pasajın desteklediği iddia</translation>
    </message>
    <message>
        <source>&amp;Claim:</source>
        <translation>İ&amp;ddia:</translation>
    </message>
    <message>
        <source>C&amp;ite</source>
        <translation>&amp;Alıntıla</translation>
    </message>
    <message>
        <source>Lin&amp;k</source>
        <translation>&amp;Bağla</translation>
    </message>
    <message numerus="yes">
        <source>%1  [%n citation(s)]</source>
        <translation>
            <numerusform>%1  [%n alıntı]</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the entity first.</source>
        <translation>Önce kaydın adını yazın.</translation>
    </message>
    <message>
        <source>No entity is called “%1”.</source>
        <translation>“%1” adlı kayıt yok.</translation>
    </message>
    <message>
        <source>Choose the claim the passage supports.</source>
        <translation>Pasajın desteklediği iddiayı seçin.</translation>
    </message>
</context>
<context>
    <name>tkb::SidebarDock</name>
    <message>
        <source>Linked entities</source>
        <translation>Bağlantılı kayıtlar</translation>
    </message>
    <message>
        <source>&amp;Linked Entities</source>
        <translation>&amp;Bağlantılı kayıtlar</translation>
    </message>
    <message>
        <source>Show or hide the linked entities sidebar</source>
        <translation>Bağlantılı kayıtlar kenar çubuğunu göster ya da gizle</translation>
    </message>
</context>
<context>
    <name>tkb::SourceDialog</name>
    <message>
        <source>&amp;Markdown: lines starting with # begin sections</source>
        <translation>Mar&amp;kdown: # ile başlayan satırlar bölüm başlatır</translation>
    </message>
    <message>
        <source>Add Source</source>
        <translation>Kaynak ekle</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Başlık:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Zorunlu</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Yazar:</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Yazar</translation>
    </message>
    <message>
        <source>&amp;Publisher:</source>
        <translation>Y&amp;ayıncı:</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Yayıncı</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Tarih:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>&amp;Web address:</source>
        <translation>&amp;Web adresi:</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Web adresi</translation>
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
        <translation>Kod, örn. en, ru, az</translation>
    </message>
    <message>
        <source>Te&amp;xt (paste it, or read a .txt or .md file):</source>
        <translation>&amp;Metin (yapıştırın ya da bir .txt veya .md dosyası okuyun):</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Metin</translation>
    </message>
    <message>
        <source>&amp;Read File…</source>
        <translation>Dosya &amp;oku…</translation>
    </message>
    <message>
        <source>Add &amp;Source</source>
        <translation>Kaynağı &amp;ekle</translation>
    </message>
    <message>
        <source>Read a Source&apos;s Text</source>
        <translation>Kaynak metnini oku</translation>
    </message>
    <message>
        <source>Text and Markdown (*.txt *.md *.markdown);;All files (*)</source>
        <translation>Metin ve Markdown (*.txt *.md *.markdown);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>A source needs a title.</source>
        <translation>Bir kaynağın başlığı olmalıdır.</translation>
    </message>
    <message>
        <source>The web address must begin with http:// or https://.</source>
        <translation>Web adresi http:// ya da https:// ile başlamalıdır.</translation>
    </message>
    <message>
        <source>Add source %1</source>
        <translation>%1 kaynağını ekle</translation>
    </message>
    <message>
        <source>No knowledge base is open.</source>
        <translation>Açık bir bilgi tabanı yok.</translation>
    </message>
    <message>
        <source>The date in EDTF: a day, a month or a year; %1 after it for circa, %2 for uncertain, %3 for a part of a year</source>
        <translation>EDTF biçiminde tarih: bir gün, bir ay ya da bir yıl; yaklaşık için ardından %1, belirsiz için %2, yılın bir bölümü için %3</translation>
    </message>
    <message>
        <source>Give the source&apos;s text (paste it, or read a .txt or .md file) or its web address.</source>
        <translation>Kaynağın metnini (yapıştırın ya da bir .txt veya .md dosyasından okuyun) veya web adresini verin.</translation>
    </message>
    <message>
        <source>The date “%1” is not one the base can read. EDTF dates look like these:</source>
        <translation>Taban “%1” tarihini okuyamıyor. EDTF tarihleri şöyle görünür:</translation>
    </message>
</context>
<context>
    <name>tkb::SourcePage</name>
    <message>
        <source>Source: %1</source>
        <translation>Kaynak: %1</translation>
    </message>
    <message>
        <source>This knowledge base holds no article.</source>
        <translation>Bu bilgi tabanında makale yok.</translation>
    </message>
    <message>
        <source>This entry has no text of its own.</source>
        <translation>Bu kaydın kendine ait bir metni yok.</translation>
    </message>
</context>
<context>
    <name>tkb::SourceText</name>
    <message>
        <source>“%1” is not a .txt or .md file.</source>
        <translation>“%1” bir .txt ya da .md dosyası değil.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>“%1” okunamıyor: %2</translation>
    </message>
    <message>
        <source>“%1” is too large for a source (more than 32 MB).</source>
        <translation>“%1” bir kaynak için çok büyük (32 MB’tan fazla).</translation>
    </message>
    <message>
        <source>“%1” is not a text file: it holds binary data.</source>
        <translation>“%1” bir metin dosyası değil: ikili veri içeriyor.</translation>
    </message>
    <message>
        <source>“%1” is not UTF-8 text.</source>
        <translation>“%1” UTF-8 metni değil.</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>“%1” boş.</translation>
    </message>
</context>
<context>
    <name>tkb::TabBar</name>
    <message>
        <source>Close Tab</source>
        <translation>Sekmeyi kapat</translation>
    </message>
</context>
<context>
    <name>tkb::TabManager</name>
    <message>
        <source>There is nothing to show at %1.</source>
        <translation>%1 adresinde gösterilecek bir şey yok.</translation>
    </message>
    <message>
        <source>Opened %1 in your web browser.</source>
        <translation>%1 web tarayıcınızda açıldı.</translation>
    </message>
    <message>
        <source>Refused to open “%1”: only kb: pages and web (http, https) links are followed.</source>
        <translation>“%1” açılmadı: yalnızca kb: sayfaları ve web (http, https) bağlantıları izlenir.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Yeniden yükle</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Çoğalt</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Kapat</translation>
    </message>
    <message>
        <source>Close &amp;Others</source>
        <translation>&amp;Diğerlerini kapat</translation>
    </message>
</context>
<context>
    <name>tkb::TableSwitch</name>
    <message>
        <source>Show as &amp;table</source>
        <translation>&amp;Tablo olarak göster</translation>
    </message>
    <message>
        <source>The same data as rows of a table, for reading with a screen reader or the keyboard</source>
        <translation>Aynı veriler tablo satırları olarak; ekran okuyucu veya klavyeyle okumak için</translation>
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
        <translation>&amp;Sistemi izle</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Açık</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Koyu</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>&amp;Yüksek karşıtlık</translation>
    </message>
    <message>
        <source>White on black with yellow links, for low vision</source>
        <translation>Siyah üzerine beyaz, sarı bağlantılar; az görenler için</translation>
    </message>
</context>
<context>
    <name>tkb::TimelineAccessible</name>
    <message>
        <source>Events too close to tell apart at this zoom. Enter zooms in.</source>
        <translation>Bu yakınlaştırmada ayırt edilemeyecek kadar yakın olaylar. Enter yakınlaştırır.</translation>
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
        <translation>Zaman çizelgesi</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>tarihsiz</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Olay</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Özet</translation>
    </message>
    <message>
        <source>Events in chronological order</source>
        <translation>Kronolojik sırayla olaylar</translation>
    </message>
    <message>
        <source>Timeline of events</source>
        <translation>Olayların zaman çizelgesi</translation>
    </message>
    <message numerus="yes">
        <source>%n more events in view: zoom in to list them.</source>
        <translation>
            <numerusform>Görünür alanda %n olay daha var: listelemek için yakınlaştırın.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left and right arrows move between events, Enter opens one, Ctrl+wheel zooms. Where events are too many to tell apart they are grouped with their number: the arrows move between the groups, Enter zooms in.</source>
        <translation>Sol ve sağ ok tuşları olaylar arasında gezinir, Enter birini açar, Ctrl+tekerlek yakınlaştırır. Birbirinden ayırt edilemeyecek kadar çok olay, sayılarıyla birlikte gruplanır: ok tuşları gruplar arasında gezinir, Enter yakınlaştırır.</translation>
    </message>
    <message>
        <source>Events in chronological order, as a table</source>
        <translation>Kronolojik sırayla olaylar, tablo olarak</translation>
    </message>
    <message>
        <source>One row per event. Enter opens the event.</source>
        <translation>Olay başına bir satır. Enter olayı açar.</translation>
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
            <numerusform>%n olay, %1. Yakınlaştırmak için tıklayın.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1k</source>
        <comment>thousands of events in a cluster of the timeline</comment>
        <translation>%1 B</translation>
    </message>
</context>
<context>
    <name>tkb::TimelineView</name>
    <message>
        <source>No dated events.</source>
        <translation>Tarihli olay yok.</translation>
    </message>
</context>
<context>
    <name>tkb::UndoHistoryDock</name>
    <message>
        <source>Undo History</source>
        <translation>Geri alma geçmişi</translation>
    </message>
    <message>
        <source>&lt;no edits yet&gt;</source>
        <translation>&lt;henüz düzenleme yok&gt;</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Geri alma geçmişi</translation>
    </message>
    <message>
        <source>Choose an edit to undo or redo every step up to it</source>
        <translation>Ona kadar tüm adımları geri almak veya yinelemek için bir düzenleme seçin</translation>
    </message>
</context>
<context>
    <name>tkb::WindowActions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Dosya</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Görünüm</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Git</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Yardım</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Gezinme</translation>
    </message>
    <message>
        <source>&amp;Open Knowledge Base…</source>
        <translation>Bilgi tabanını &amp;aç…</translation>
    </message>
    <message>
        <source>Open another knowledge base file</source>
        <translation>Başka bir bilgi tabanı dosyası aç</translation>
    </message>
    <message>
        <source>&amp;Import Article…</source>
        <translation>Makale &amp;içe aktar…</translation>
    </message>
    <message>
        <source>Import an article (.txt) or a knowledge pack (.json)</source>
        <translation>Bir makale (.txt) ya da bilgi paketi (.json) içe aktar</translation>
    </message>
    <message>
        <source>&amp;Export to PDF…</source>
        <translation>PDF olarak &amp;dışa aktar…</translation>
    </message>
    <message>
        <source>Save the current page or another section as a PDF file</source>
        <translation>Geçerli sayfayı ya da başka bir bölümü PDF dosyası olarak kaydet</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Yazdır…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Baskı ön&amp;izleme…</translation>
    </message>
    <message>
        <source>New &amp;Tab</source>
        <translation>Yeni &amp;sekme</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>Sekmeyi &amp;kapat</translation>
    </message>
    <message>
        <source>&amp;Reopen Closed Tab</source>
        <translation>Kapatılan sekmeyi &amp;yeniden aç</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Çı&amp;kış</translation>
    </message>
    <message>
        <source>&amp;Next Tab</source>
        <translation>&amp;Sonraki sekme</translation>
    </message>
    <message>
        <source>&amp;Previous Tab</source>
        <translation>Ö&amp;nceki sekme</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Geri</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>Geri (Alt+Sol)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>İ&amp;leri</translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation>İleri (Alt+Sağ)</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Ana sayfa</translation>
    </message>
    <message>
        <source>Overview (Alt+Home)</source>
        <translation>Genel bakış (Alt+Home)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Yeniden yükle</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Yakınlaştır</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Uzaklaştır</translation>
    </message>
    <message>
        <source>&amp;Normal Size</source>
        <translation>&amp;Normal boyut</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Ara…</translation>
    </message>
    <message>
        <source>Next &amp;Pane</source>
        <translation>Sonraki &amp;bölme</translation>
    </message>
    <message>
        <source>Previous P&amp;ane</source>
        <translation>Önceki b&amp;ölme</translation>
    </message>
    <message>
        <source>&amp;Graph</source>
        <translation>&amp;Çizge</translation>
    </message>
    <message>
        <source>The graph around the current entity (Ctrl+G)</source>
        <translation>Geçerli kaydın çevresindeki çizge (Ctrl+G)</translation>
    </message>
    <message>
        <source>&amp;About Talysh KB</source>
        <translation>Talış KB &amp;hakkında</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Genel bakış</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Kişiler</translation>
    </message>
    <message>
        <source>O&amp;rganizations</source>
        <translation>K&amp;uruluşlar</translation>
    </message>
    <message>
        <source>P&amp;laces</source>
        <translation>&amp;Yerler</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Olaylar</translation>
    </message>
    <message>
        <source>G&amp;oals</source>
        <translation>&amp;Hedefler</translation>
    </message>
    <message>
        <source>&amp;Topics</source>
        <translation>K&amp;onular</translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation>Ka&amp;ynaklar</translation>
    </message>
    <message>
        <source>The article: lead, history, goals and problems</source>
        <translation>Makale: giriş, tarihçe, hedefler ve sorunlar</translation>
    </message>
    <message>
        <source>Everyone the article names</source>
        <translation>Makalede adı geçen herkes</translation>
    </message>
    <message>
        <source>Organizations, parties and institutions</source>
        <translation>Kuruluşlar, partiler ve kurumlar</translation>
    </message>
    <message>
        <source>Countries, regions and cities</source>
        <translation>Ülkeler, bölgeler ve şehirler</translation>
    </message>
    <message>
        <source>Events in time order</source>
        <translation>Zaman sırasına göre olaylar</translation>
    </message>
    <message>
        <source>What the movement seeks</source>
        <translation>Hareketin amaçladıkları</translation>
    </message>
    <message>
        <source>Languages, peoples and issues</source>
        <translation>Diller, halklar ve meseleler</translation>
    </message>
    <message>
        <source>The documents every fact is cited from</source>
        <translation>Her bilginin alıntılandığı belgeler</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Son Açılanlar</translation>
    </message>
    <message>
        <source>Connect to &amp;Server…</source>
        <translation>&amp;Sunucuya Bağlan…</translation>
    </message>
    <message>
        <source>Open a team&apos;s knowledge base on a PostgreSQL server</source>
        <translation>Bir ekibin PostgreSQL sunucusundaki bilgi tabanını aç</translation>
    </message>
</context>
</TS>
